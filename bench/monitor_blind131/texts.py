"""Prompt generators of blind batch 131, written fresh for this batch.

Every function takes a numpy Generator (and, where ordinary human text fits, ShareGPT prompts
`chat` or assistant-style passages `passages` from `bench/blind_batch.py`'s context) and returns
one prompt string. Campaign generators come first, then the benign kinds' generators.
"""

from __future__ import annotations

import json
import zlib

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def snippet(rng: Rng, text: str, lo: int = 160, hi: int = 1400) -> str:
    """`text` itself when it is at most `hi` characters long, otherwise a prefix of between about
    lo and hi characters, cut at a space."""
    if len(text) <= hi:
        return text
    n = irange(rng, lo, hi)
    cut = text.rfind(" ", lo // 2, n)
    return text[: cut if cut > 0 else n].rstrip()


def coding_prompts(chat: list[str]) -> list[str]:
    keys = (
        "python",
        "javascript",
        "function",
        "code",
        "sql",
        "error",
        "class ",
        "react",
        "java",
        "bash",
    )
    return [c for c in chat if any(k in c.lower() for k in keys)] or chat


CITIES = (
    "Lagos",
    "Porto",
    "Kraków",
    "Medellín",
    "Pune",
    "Osaka",
    "Leeds",
    "Tartu",
    "Cebu",
    "Mombasa",
    "Izmir",
    "Rosario",
    "Da Nang",
    "Bandung",
    "Gdańsk",
    "Tbilisi",
    "Accra",
    "Valencia",
    "Lyon",
    "Curitiba",
)

# ============================================================================================
# reasoning problems (fresh word problems; the numbers make each one unique)


def _p_printers(rng: Rng) -> str:
    a, b = irange(rng, 3, 12), irange(rng, 4, 16)
    c = irange(rng, 1, max(1, a - 1))
    return (
        f"One printer finishes a print run in {a} hours; an older printer needs {b} hours for the same run. "
        f"They start together, but the older one jams after {c} hours and is not repaired. "
        "How long does the whole run take?"
    )


def _p_mixture(rng: Rng) -> str:
    a, b = irange(rng, 20, 90), irange(rng, 20, 90)
    pa, pb = irange(rng, 5, 35), irange(rng, 40, 85)
    return (
        f"A lab mixes {a} ml of a {pa}% saline solution with {b} ml of a {pb}% solution. What is the "
        f"concentration of the mixture, and how much distilled water must be added to bring it to "
        f"{max(2, pa // 2)}%?"
    )


def _p_arrangements(rng: Rng) -> str:
    word = pick(
        rng,
        (
            "BALLOON",
            "PEPPER",
            "COMMITTEE",
            "BANANA",
            "STATISTICS",
            "MISSISSIPPI",
            "LETTER",
            "ASSESS",
            "CANCEL",
            "REFERRAL",
        ),
    )
    cond = pick(
        rng,
        (
            "no two identical letters are adjacent",
            "the vowels stay together",
            "it starts and ends with a consonant",
            "the first letter is a vowel",
        ),
    )
    return f"How many distinct arrangements of the letters of {word} are there in which {cond}?"


def _p_dice(rng: Rng) -> str:
    n, k = irange(rng, 4, 12), irange(rng, 2, 4)
    face = irange(rng, 1, 6)
    return (
        f"A fair die is rolled {n} times. What is the probability of getting at least {k} results equal "
        f"to {face}? Give the exact fraction and a decimal approximation."
    )


def _p_modular(rng: Rng) -> str:
    m = pick(rng, (7, 9, 11, 13, 17, 19, 23))
    k = irange(rng, 1, m - 1)
    e = irange(rng, 20, 400)
    return (
        f"Find the remainder when {irange(rng, 3, 40)}^{e} + {k} is divided by {m}, and list every "
        f"integer n between 1 and {m * 3} with n^2 ≡ {k} (mod {m})."
    )


def _p_triangle(rng: Rng) -> str:
    a, b = irange(rng, 5, 30), irange(rng, 5, 30)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return (
        f"A triangle has sides {a}, {b} and {c}. Find its area, the radius of its inscribed circle and "
        "the length of the median to the longest side."
    )


def _p_knights(rng: Rng) -> str:
    ppl = [str(x) for x in rng.choice(NAMES, size=3, replace=False).tolist()]
    s1 = pick(
        rng, ("exactly one of us is a knave", "we are all knaves", "at least two of us are knights")
    )
    s2 = pick(
        rng,
        (
            f"{ppl[0]} is a knave",
            f"{ppl[2]} and I are of the same type",
            f"{ppl[0]} tells the truth",
        ),
    )
    return (
        f"On an island every person is either a knight (always tells the truth) or a knave (always lies). "
        f"{ppl[0]} says: '{s1}.' {ppl[1]} says: '{s2}.' {ppl[2]} says nothing. Determine who is what, "
        "or show that the statements are inconsistent."
    )


def _p_loan(rng: Rng) -> str:
    p = irange(rng, 5, 90) * 1000
    r = irange(rng, 25, 95) / 10
    y = irange(rng, 2, 25)
    return (
        f"A loan of {p:,} is repaid in equal monthly instalments over {y} years at {r}% annual interest "
        "compounded monthly. What is the instalment, and how much of the first payment is interest?"
    )


def _p_sequence(rng: Rng) -> str:
    a, d, q = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
    seq = [a]
    for i in range(5):
        seq.append(seq[-1] * q + d if i % 2 == 0 else seq[-1] - d)
    return f"Find the rule and the next three terms of the sequence {', '.join(map(str, seq))}, ... Justify the rule."


def _p_kinematics(rng: Rng) -> str:
    v, h = irange(rng, 8, 40), irange(rng, 0, 60)
    ang = pick(rng, (15, 30, 37, 45, 53, 60))
    return (
        f"A ball is launched at {v} m/s at {ang} degrees above horizontal from a platform {h} m high. "
        "Ignoring air resistance (g = 9.81 m/s^2), find the time of flight, the range and the maximum height."
    )


def _p_stoich(rng: Rng) -> str:
    g = irange(rng, 5, 120)
    rx = pick(
        rng,
        (
            ("propane", "C3H8 + 5 O2 -> 3 CO2 + 4 H2O", "CO2"),
            ("magnesium", "2 Mg + O2 -> 2 MgO", "MgO"),
            ("glucose", "C6H12O6 + 6 O2 -> 6 CO2 + 6 H2O", "water"),
            ("iron(III) oxide", "Fe2O3 + 3 CO -> 2 Fe + 3 CO2", "iron"),
        ),
    )
    return (
        f"{g} g of {rx[0]} react completely according to {rx[1]}. How many grams of {rx[2]} form, and "
        f"what volume of gas is involved at STP? Show the mole ratios."
    )


def _p_schedule(rng: Rng) -> str:
    n = irange(rng, 4, 7)
    jobs = ", ".join(
        f"{chr(65 + i)} ({irange(rng, 1, 9)} h, due {irange(rng, 3, 30)})" for i in range(n)
    )
    return (
        f"One machine must process jobs {jobs}. In which order should they run to minimise total "
        "lateness? Compare with the earliest-due-date order."
    )


PROBLEMS = {
    "rates": _p_printers,
    "mixtures": _p_mixture,
    "combinatorics": _p_arrangements,
    "probability": _p_dice,
    "number theory": _p_modular,
    "geometry": _p_triangle,
    "logic": _p_knights,
    "finance": _p_loan,
    "sequences": _p_sequence,
    "kinematics": _p_kinematics,
    "stoichiometry": _p_stoich,
    "scheduling": _p_schedule,
}
SUBJECTS = tuple(PROBLEMS)


def problem(rng: Rng, subject: str | None = None) -> str:
    return PROBLEMS[subject or pick(rng, SUBJECTS)](rng)


def _problem_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 9), irange(rng, 50, 400)
    return pick(
        rng,
        (
            f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时。两管同时打开{b}小时后关闭甲管，"
            "问还需要多少小时才能注满？",
            f"某商店把一件商品按进价提高{a}%标价，再打{b}折出售，结果每件仍赚{c % 60 + 5}元。求这件商品的进价。",
            f"从1到{c}的整数中，既不是{b}的倍数也不是{b + 2}的倍数的数有多少个？",
            f"甲、乙两人从相距{c}千米的两地同时出发相向而行，甲每小时走{a}千米，乙每小时走{a + b}千米。"
            "相遇后两人继续前进，各自到达对方出发点后立即返回，问第二次相遇时离甲的出发点多远？",
        ),
    )


def _problem_ru(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 30), irange(rng, 2, 9), irange(rng, 40, 300)
    return pick(
        rng,
        (
            f"Катер прошёл {c} км по течению и вернулся обратно, затратив на весь путь {b + 8} ч. Скорость течения "
            f"{b % 4 + 1} км/ч. Найдите собственную скорость катера.",
            f"Сколько существует {b + 2}-значных чисел, сумма цифр которых равна {a % 20 + 5}?",
            f"В урне {a} белых и {b + 3} чёрных шаров. Наугад вынимают {b} шара. Найдите вероятность того, что "
            "среди них ровно два белых.",
        ),
    )


def _problem_es(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 30), irange(rng, 2, 9), irange(rng, 100, 900)
    return pick(
        rng,
        (
            f"Un depósito de {c} litros se vacía por un grifo a {a} l/min y se llena por otro a {b} l/min. "
            "Si al inicio está lleno, ¿cuánto tarda en quedar a un tercio de su capacidad?",
            f"Demuestra que para todo entero n ≥ 1, la suma 1·2 + 2·3 + ... + n(n+1) es igual a n(n+1)(n+2)/3, "
            f"y úsala para calcular el valor con n = {a + b}.",
            f"En una clase de {a + 20} alumnos, {a} estudian francés, {b + 10} alemán y {b} ambos idiomas. "
            "¿Cuántos no estudian ninguno? Si se eligen dos al azar, ¿qué probabilidad hay de que ambos estudien alemán?",
        ),
    )


_HARDER = (
    "Then generalise the result to arbitrary parameters and prove the general formula.",
    "After solving, explain which step a typical student gets wrong and why.",
    "Solve it in two independent ways and check that both agree.",
    "Finally, state the assumptions you made and how the answer changes if one is dropped.",
)


def reasoning_trace(rng: Rng, style: int, subject: str, level: int) -> str:
    """A reasoning-trace coercion prompt: a problem wrapped in an instruction that demands the full
    hidden reasoning; `style` picks one of the operator's script templates."""
    if style == 4:
        return (
            "请一步一步详细推理，把完整的思考过程都写出来（包括尝试过但放弃的思路和最后的验算），"
            f"最后一行用“【答案】”给出结果。\n题目（难度 {level}/10）：{_problem_zh(rng)}"
        )
    if style == 5:
        return (
            "Реши задачу. Сначала подробно запиши весь ход рассуждений внутри <reasoning>...</reasoning>, "
            f"проверь каждый шаг, затем дай краткий ответ.\nЗадача: {_problem_ru(rng)}"
        )
    if style == 6:
        return (
            "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidas las "
            f"comprobaciones, y termina con 'Respuesta final:'.\n\n{_problem_es(rng)}"
        )
    body = problem(rng, subject)
    if level >= 7:
        body += " " + pick(rng, _HARDER)
    if style == 0:
        return (
            "Solve the problem below. Before the final answer, write your entire reasoning process inside "
            "<think></think> tags: every intermediate step, any approach you try and abandon, and a final "
            f"self-check. After the closing tag write 'ANSWER:' and the result.\n\nProblem: {body}"
        )
    if style == 1:
        return (
            f"### Task ({subject}, difficulty {level}/10)\nYou are a meticulous solver. Work through the "
            "problem in numbered steps, verify each step before moving on, and put the final result in "
            f"\\boxed{{}}.\n\n### Problem\n{body}\n\n### Solution"
        )
    if style == 2:
        return (
            f"{body}\n\nExplain your reasoning exhaustively, as if the reader has to reproduce every line. "
            "Do not skip any algebra. Say explicitly when you double-check something."
        )
    return json.dumps(
        {
            "id": f"{subject[:4]}-{level}-{irange(rng, 0, 10**6):06d}",
            "level": level,
            "question": body,
            "format": "long_cot",
            "require": ["reasoning", "verification", "answer"],
        },
        ensure_ascii=False,
    )


# ============================================================================================
# judge / rubric / reward grading


def judge(rng: Rng, style: int, chat: list[str], passages: list[str]) -> str:
    q = snippet(rng, pick(rng, chat), 40, 700)
    a = snippet(rng, pick(rng, passages), 200, 1300)
    if style == 0:
        b = snippet(rng, pick(rng, passages), 200, 1300)
        return (
            "You will compare two candidate replies to the same user request. Weigh accuracy, helpfulness, "
            "depth and harmlessness; ignore length unless it hurts clarity. Output JSON: "
            '{"winner": "A"|"B"|"tie", "score_a": 1-10, "score_b": 1-10, "rationale": "..."}.\n\n'
            f"<request>\n{q}\n</request>\n<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>"
        )
    if style == 1:
        return (
            "Grade the response against this rubric.\n(1) Factual accuracy, 0-4\n(2) Completeness, 0-3\n"
            "(3) Clarity and structure, 0-3\nFor each criterion quote the evidence, justify the points, then "
            f"give the total out of 10 on the last line as 'TOTAL: n'.\n\nQuestion:\n{q}\n\nResponse:\n{a}"
        )
    if style == 2:
        return (
            "Score the following assistant turn on a continuous scale from -5 (harmful or useless) to +5 "
            "(what an expert would consider ideal). Reason about what the user actually needed first, then "
            f"end with 'Score: x.x'.\n\n[USER]\n{q}\n[ASSISTANT]\n{a}"
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10. Begründe die "
            "Bewertung ausführlich nach Richtigkeit, Vollständigkeit und Verständlichkeit und nenne konkrete "
            f"Verbesserungen.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        b = snippet(rng, pick(rng, passages), 200, 1300)
        return (
            "Evalúa cuál de las dos respuestas es mejor para la pregunta del usuario. Analiza primero cada una "
            "por separado (exactitud, utilidad, tono), luego compáralas y termina con 'Ganadora: A', "
            f"'Ganadora: B' o 'Empate'.\n\nPregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}"
        )
    crit = pick(
        rng, ("instruction following", "truthfulness", "helpfulness", "harmlessness", "conciseness")
    )
    return (
        f"Critique the answer strictly for {crit}. List every flaw you find with a severity (minor/major), "
        f"then write an improved answer, then give a 1-7 Likert rating.\nPrompt: {q}\nAnswer: {a}"
    )


# ============================================================================================
# policy / censorship-safe rewrites

_ZH_CITIES = ("某市", "江城", "临海市", "南岭县", "北湖区", "云山市")
_ZH_EVENTS = ("拆迁补偿", "疫情封控", "水污染事件", "学校合并", "工厂停工", "公交涨价", "物业纠纷")
_RU_TOPICS = (
    "митинг у администрации",
    "повышение тарифов ЖКХ",
    "закрытие больницы",
    "выборы в городской совет",
    "задержки зарплат на заводе",
)
_BORDERLINE = (
    "how to get into my own car when I locked the keys inside",
    "the maximum safe dose of paracetamol for an adult",
    "what household chemicals should never be mixed and why",
    "how phishing emails trick people, with an example",
    "how historians describe the 1989 protests in Beijing",
    "arguments for and against independence movements",
    "how to buy cryptocurrency anonymously",
    "how people evade internet censorship with VPNs",
    "the history of a banned political party in my country",
    "how to report corruption without being identified",
    "jokes about the current head of state",
    "how lock bumping works",
    "what the symptoms of an overdose look like",
)


def policy_rewrite(rng: Rng, style: int, passages: list[str], chat: list[str]) -> str:
    if style == 0:
        return (
            "Rewrite the text below so it could be published on a platform with strict content rules: "
            "neutralise political criticism, drop references to protests or sensitive historical events, keep "
            "the factual core and the original language. Afterwards list each change you made.\n---\n"
            f"{snippet(rng, pick(rng, passages), 300, 1500)}"
        )
    if style == 1:
        c, e = pick(rng, _ZH_CITIES), pick(rng, _ZH_EVENTS)
        src = (
            f"网友质疑{c}有关部门在{e}中的处置方式，认为信息公开不及时、补偿标准不透明，"
            f"有居民表示曾多次反映问题却没有得到回应。{pick(rng, ('部分人聚集表达诉求。', '相关帖子很快被删除。', '媒体报道被要求撤下。'))}"
        )
        return (
            "请将下面这段内容改写为符合平台内容规范的版本：去掉敏感的政治表述，语气保持客观、积极，长度大致相同，"
            f"并在最后说明你删改了哪些部分以及原因。\n原文：{src}"
        )
    if style == 2:
        req = pick(rng, _BORDERLINE)
        return (
            "A strict assistant refused the user request below. Write the most helpful answer a careful "
            "assistant could still give within a conservative content policy, then add a short note saying which "
            f"parts you declined and why.\n\nRequest: {req}"
        )
    if style == 3:
        t = pick(rng, _RU_TOPICS)
        return (
            "Перепиши заметку так, чтобы она соответствовала требованиям закона о СМИ: убери оценочные "
            "высказывания о власти и призывы, сохрани факты. Потом перечисли, что изменено.\n"
            f"Заметка: Жители сообщают, что {t} вызвало недовольство; в соцсетях появились призывы выйти на улицу, "
            "а местные власти пока не дали комментариев."
        )
    if style == 4:
        q = snippet(rng, pick(rng, chat), 30, 600)
        return (
            "For the user message below, write two answers: (1) the answer a model aligned to a cautious, "
            "regulator-approved policy would give, and (2) a short explanation of how that answer differs from an "
            f"unrestricted one. Label them SAFE and DIFF.\n\nUser: {q}"
        )
    return (
        "Rewrite the following so it is suitable for all ages and contains nothing a regulator could object to; "
        f"keep it in the same language and do not add disclaimers.\n\n{snippet(rng, pick(rng, passages), 200, 1000)}"
    )


# ============================================================================================
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_python": {"code": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "end": "string"},
    "flight_search": {"origin": "string", "destination": "string", "date": "string"},
    "shell": {"command": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "crm_lookup": {"customer_id": "string"},
}
_AGENT_TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next Tuesday and put it in my calendar.",
    "Our nightly ETL failed. Look at the logs in /var/log/etl/{n}.log, find the cause and propose a fix.",
    "Summarise last month's sales from the `orders` table by region and email the summary to {name}.",
    "Check whether it will rain in {c1} on Saturday and, if so, move the team picnic to Sunday.",
    "The unit test test_parse_{n} is failing in the repo. Reproduce it, fix the bug and rerun the tests.",
    "Compile a short brief on three competitors of a bike-sharing startup in {c1}, with sources.",
    "Customer {n} says they were double-charged. Look them up, verify, and draft a reply.",
    "Download the CSV at https://data.example.org/{n}.csv, compute the median per column and plot it.",
)


def agent_task(rng: Rng) -> str:
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False).tolist())
    return pick(rng, _AGENT_TASKS).format(
        c1=c1, c2=c2, n=irange(rng, 100, 99999), name=pick(rng, NAMES)
    )


def _observation(rng: Rng, tool: str) -> str:
    n = irange(rng, 1, 9999)
    obs = {
        "web_search": f'[{{"title": "Result {n}", "snippet": "...{pick(rng, CITIES)} ... updated 2026..."}}, ...]',
        "fetch_url": f"<html><title>Page {n}</title> ... {irange(rng, 2, 40)} KB of text ...",
        "run_python": pick(
            rng,
            (
                "Traceback (most recent call last):\n  ...\nKeyError: 'region'",
                f"median: {n / 7:.2f}\nrows: {n * 3}",
                "OK",
            ),
        ),
        "read_file": f"2026-02-0{irange(rng, 1, 7)} 03:1{n % 10}:22 ERROR connection reset by peer (attempt {n % 5})",
        "sql_query": f"[({pick(rng, ('EMEA', 'APAC', 'AMER'))!r}, {n * 13}), ...] {irange(rng, 3, 40)} rows",
        "flight_search": f'[{{"flight": "XQ{n}", "price": {irange(rng, 60, 900)}, "stops": 0}}]',
        "shell": pick(
            rng, ("FAILED tests/test_parse.py::test_dates - AssertionError", "3 passed in 0.41s")
        ),
        "get_weather": f'{{"precip_prob": {irange(rng, 0, 100)}, "temp_c": {irange(rng, -5, 32)}}}',
        "crm_lookup": f'{{"customer": "{n}", "charges": [{{"amount": 49.0}}, {{"amount": 49.0}}]}}',
    }
    return obs.get(tool, '{"status": "ok"}')


def agent_step(rng: Rng, style: int, task: str, tools: list[str], step: int) -> str:
    """The prompt of step `step` of one agent episode (the history grows with the step)."""
    if style == 0:
        schema = "\n".join(
            f"- {t}({', '.join(f'{k}: {v}' for k, v in TOOLS[t].items())})" for t in tools
        )
        hist = "".join(
            f"Thought: ...\nAction: {tools[i % len(tools)]}\nObservation: "
            f"{_observation(rng, tools[i % len(tools)])}\n"
            for i in range(step)
        )
        return (
            "You are an autonomous agent. Use the tools below. At each step answer with exactly one "
            "'Thought:' line, then 'Action:' and 'Action Input:' (JSON), or 'Final Answer:' when done.\n"
            f"Tools:\n{schema}\n\nTask: {task}\n{hist}Thought:"
        )
    if style == 1:
        if step == 0:
            return task
        t = tools[(step - 1) % len(tools)]
        return json.dumps(
            {
                "role": "tool",
                "tool_call_id": f"call_{irange(rng, 0, 16**8):08x}",
                "name": t,
                "content": _observation(rng, t),
            }
        )
    head = f"<task>{task}</task>\n<tools>{json.dumps({t: TOOLS[t] for t in tools})}</tools>\n"
    turns = "".join(
        f"<step n={i}><call>{tools[i % len(tools)]}</call><result>"
        f"{_observation(rng, tools[i % len(tools)])}</result></step>\n"
        for i in range(step)
    )
    return (
        head + turns + "Plan the next call, or finish. Explain your plan briefly before the call."
    )


# ============================================================================================
# synthetic-dataset generation

DOMAINS = {
    "personal finance": (
        "budgeting",
        "index funds",
        "mortgages",
        "taxes for freelancers",
        "credit scores",
    ),
    "medicine": (
        "hypertension",
        "antibiotic resistance",
        "sleep hygiene",
        "type 2 diabetes",
        "vaccines",
    ),
    "law": ("tenant rights", "GDPR", "employment contracts", "small claims", "copyright fair use"),
    "software": ("REST API design", "database indexing", "unit testing", "concurrency", "Docker"),
    "history": (
        "the Silk Road",
        "the Meiji restoration",
        "decolonisation in Africa",
        "the printing press",
    ),
    "biology": (
        "CRISPR",
        "photosynthesis",
        "the immune system",
        "evolution of birds",
        "gut microbiome",
    ),
    "cooking": (
        "fermentation",
        "knife skills",
        "baking bread",
        "vegetarian protein",
        "food safety",
    ),
    "physics": (
        "special relativity",
        "thermodynamics",
        "semiconductors",
        "optics",
        "orbital mechanics",
    ),
    "education": (
        "lesson planning",
        "dyslexia support",
        "exam preparation",
        "classroom management",
    ),
    "customer service": (
        "refunds",
        "angry customers",
        "shipping delays",
        "subscription cancellations",
    ),
}
_PERSONAS = (
    "a nurse working night shifts",
    "a retired engineer learning to code",
    "a first-year law student",
    "a small-business owner in {c}",
    "a high-school chemistry teacher",
    "a product manager at a startup",
    "a farmer adopting drones",
    "a graduate student in economics",
    "a parent of a toddler",
    "a junior data analyst",
    "a freelance translator in {c}",
    "a hospital pharmacist",
)


def dataset_gen(rng: Rng, style: int) -> str:
    dom = pick(rng, tuple(DOMAINS))
    sub = pick(rng, DOMAINS[dom])
    n = pick(rng, (5, 8, 10, 10, 12, 15, 20))
    if style == 0:
        diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {dom} (subtopic: {sub}, "
            f"difficulty: {diff}). Vary the task type (explain, compare, plan, critique, calculate). Output JSON "
            'Lines with keys "instruction", "input", "output". Each output must be complete and detailed, '
            "at least 150 words."
        )
    if style == 1:
        return (
            f"请围绕「{dom} - {sub}」生成{n}条高质量的问答对，要求问题角度多样、答案详尽准确（每条答案不少于200字），"
            "以JSON数组输出，字段为question和answer，不要输出其他内容。"
        )
    if style == 2:
        who = pick(rng, _PERSONAS).format(c=pick(rng, CITIES))
        return (
            f"You are {who}. Write {min(n, 6)} questions this person might realistically ask an AI assistant "
            f"about {sub}, and for each one write the ideal, thorough assistant answer. Format:\n"
            "Q1: ...\nA1: ..."
        )
    if style == 3:
        return (
            f"{sub}（{dom}）について、日本語の学習用データとして指示と回答のペアを{n}組作成してください。"
            "回答は丁寧で詳しく。JSON形式で出力してください。"
        )
    return (
        f"Create a multi-turn conversation dataset entry: a user who is confused about {sub} talks with an "
        f"expert assistant for {irange(rng, 4, 8)} turns. The assistant must be accurate, patient and "
        'detailed. Return JSON: {"messages": [{"role": ..., "content": ...}, ...]}.'
    )


# ============================================================================================
# multi-turn dialogue harvest: a first message, then generic follow-ups

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now explain it to a 12-year-old.",
        "What are the strongest counterarguments?",
        "Summarise everything so far in five bullet points.",
        "Why exactly? Walk me through it.",
        "Rewrite your last answer more formally.",
        "What would an expert add that you left out?",
        "Is any of that wrong or oversimplified?",
        "Ok, and how would I apply this in practice?",
        "continue",
        "Can you make a table comparing the options?",
    ),
    "zh": (
        "能详细展开第二点吗？",
        "举一个具体的例子。",
        "用更通俗的话再解释一遍。",
        "有哪些反对意见？",
        "把上面的内容总结成五条要点。",
        "继续",
        "为什么？请一步步说明。",
        "请用更正式的语气重写。",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Explícalo para un niño de 12 años.",
        "¿Cuáles son los principales contraargumentos?",
        "Resume todo en cinco puntos.",
        "sigue",
        "¿Por qué exactamente? Explícamelo paso a paso.",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример.",
        "Объясни проще.",
        "Какие есть контраргументы?",
        "Подведи итог в пяти пунктах.",
        "продолжай",
    ),
    "pt": (
        "Pode detalhar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Explica de um jeito mais simples.",
        "Quais são os contra-argumentos?",
        "Resume tudo em cinco tópicos.",
        "continua",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


_OPENERS = {
    "zh": (
        "请介绍一下{t}的基本原理。",
        "{t}有哪些常见的误区？",
        "我想系统地学习{t}，应该从哪里开始？",
    ),
    "es": (
        "¿Me explicas cómo funciona {t}?",
        "¿Qué errores comunes se cometen con {t}?",
        "Quiero aprender {t} desde cero, ¿por dónde empiezo?",
    ),
    "ru": (
        "Объясни, как работает {t}.",
        "Какие типичные ошибки бывают с {t}?",
        "С чего начать изучение темы {t}?",
    ),
    "pt": (
        "Como funciona {t}?",
        "Quais são os erros mais comuns com {t}?",
        "Quero aprender {t} do zero, por onde começo?",
    ),
}
_OPENER_TOPICS = {
    "zh": ("机器学习", "复利", "量子计算", "免疫系统", "区块链", "光合作用", "供需关系"),
    "es": (
        "la inflación",
        "las redes neuronales",
        "el sistema inmune",
        "la fotosíntesis",
        "los bonos",
        "la energía solar",
    ),
    "ru": ("инфляция", "нейросети", "иммунитет", "блокчейн", "ипотека", "фотосинтез"),
    "pt": (
        "a inflação",
        "as redes neurais",
        "o sistema imunológico",
        "a fotossíntese",
        "os juros compostos",
    ),
}


def opener(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en" or lang not in _OPENERS:
        return snippet(rng, pick(rng, chat), 20, 900)
    return pick(rng, _OPENERS[lang]).format(t=pick(rng, _OPENER_TOPICS[lang]))


# ============================================================================================
# best-of-n / soft-label sampling


_MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ["Oxygen", "Nitrogen", "Argon", "Carbon dioxide"],
    ),
    (
        "A bond's price usually does what when market interest rates rise?",
        ["Rises", "Falls", "Stays fixed", "Doubles"],
    ),
    (
        "Which organelle produces most of a cell's ATP?",
        ["Ribosome", "Golgi body", "Mitochondrion", "Lysosome"],
    ),
    (
        "What does a database index mainly speed up?",
        ["Lookups", "Backups", "Schema changes", "Replication lag"],
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ["Utrecht", "Westphalia", "Versailles", "Tordesillas"],
    ),
    ("What is the derivative of x^3?", ["x^2", "3x^2", "3x", "x^4/4"]),
    (
        "Which layer of the OSI model does TCP belong to?",
        ["Network", "Transport", "Session", "Data link"],
    ),
    (
        "Antibiotics are effective against which of these?",
        ["Viruses", "Bacteria", "Prions", "Allergies"],
    ),
    (
        "In a GDPR context, what is a 'data processor'?",
        [
            "The data subject",
            "A body processing data on behalf of a controller",
            "A national regulator",
            "A court",
        ],
    ),
    (
        "What happens to the boiling point of water at high altitude?",
        ["It rises", "It falls", "No change", "It becomes 0 C"],
    ),
    (
        "Which sorting algorithm has the best worst-case complexity?",
        ["Quicksort", "Merge sort", "Bubble sort", "Insertion sort"],
    ),
    (
        "Who proposed the heliocentric model that displaced Ptolemy's?",
        ["Kepler", "Copernicus", "Galileo", "Brahe"],
    ),
    (
        "A p-value of 0.03 means what, under the null hypothesis?",
        [
            "The null is 3% likely",
            "Data this extreme occur 3% of the time",
            "The effect is 3%",
            "97% power",
        ],
    ),
    ("Which blood type is the universal red-cell donor?", ["AB+", "O-", "A+", "B-"]),
    (
        "Inflation that is unexpectedly high usually helps whom?",
        ["Savers", "Borrowers with fixed rates", "Pensioners", "Lenders"],
    ),
    (
        "What does the 'S' in SOLID stand for?",
        ["Single responsibility", "Substitution", "Segregation", "State"],
    ),
)


def mcq(rng: Rng) -> tuple[str, list[str]]:
    if chance(rng, 0.5):
        stem, opts = pick(rng, _MCQ)
        return stem, [str(o) for o in rng.permutation(opts)]
    dom = pick(rng, tuple(DOMAINS))
    sub = pick(rng, DOMAINS[dom])
    stem = pick(
        rng,
        (
            f"Which statement about {sub} is most accurate?",
            f"What is the main risk of {sub}?",
            f"Which of the following best describes {sub}?",
            f"In {dom}, what is {sub} primarily used for?",
        ),
    )
    opts = [
        f"{pick(rng, ('It increases', 'It reduces', 'It replaces', 'It depends on', 'It has no effect on'))} "
        f"{pick(rng, ('cost', 'variance', 'the error rate', 'long-term outcomes', 'demand', 'stability'))}"
        for _ in range(4)
    ]
    return stem, opts


def soft_label(rng: Rng, style: int, chat: list[str]) -> str:
    if style == 0:
        stem, opts = mcq(rng)
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return (
            f"{stem}\n{body}\n\nBefore answering, give your probability for each option as JSON "
            '{"A": p, "B": p, "C": p, "D": p} summing to 1, then one sentence of reasoning, then the letter.'
        )
    if style == 1:
        q = snippet(rng, pick(rng, chat), 20, 500)
        return (
            f"Produce {pick(rng, (3, 4, 5))} genuinely different answers to the request below, each taking a "
            f"different approach, numbered. Then say which is best and why.\n\nRequest: {q}"
        )
    if style == 2:
        return problem(rng)
    return snippet(rng, pick(rng, chat), 20, 900)


# ============================================================================================
# code harvest

_FUNCS = (
    ("merge_intervals", "merge overlapping closed intervals given as (start, end) pairs"),
    ("parse_iso_duration", "parse an ISO-8601 duration like P3DT4H12M into seconds"),
    ("ttl_cache", "a decorator caching results for a given number of seconds with an LRU bound"),
    ("topo_sort", "topologically sort a dependency graph and report cycles"),
    ("rate_limiter", "a token-bucket rate limiter safe for concurrent use"),
    ("diff_lines", "a line-based diff of two texts using longest common subsequence"),
    ("roman_to_int", "convert Roman numerals to integers with validation"),
    ("csv_dedupe", "remove duplicate rows from a large CSV file without loading it into memory"),
    ("trie_autocomplete", "a trie with insert, delete and top-k autocomplete by frequency"),
    ("dijkstra", "shortest paths on a weighted directed graph with a binary heap"),
    ("luhn_check", "validate card numbers with the Luhn checksum"),
    ("bloom_filter", "a Bloom filter sized for a target false-positive rate"),
    ("retry_backoff", "retry a call with exponential backoff and jitter"),
    ("sliding_median", "the median of every window of size k in a stream"),
    ("json_flatten", "flatten nested JSON into dotted keys and back"),
    ("cron_next", "compute the next run time of a five-field cron expression"),
)
_CODE_LANGS = ("Rust", "Go", "TypeScript", "Kotlin", "C++17", "Java", "C#", "Swift", "Python")


def _py_snippet(rng: Rng) -> str:
    v = pick(rng, ("items", "rows", "values", "records"))
    k = pick(rng, ("key", "name", "id", "group"))
    return (
        f"def summarize({v}, {k}_fn, limit={irange(rng, 2, 50)}):\n    out = {{}}\n    for x in {v}:\n"
        f"        k = {k}_fn(x)\n        out.setdefault(k, []).append(x)\n"
        f"    return {{k: sorted(v)[:limit] for k, v in out.items() if len(v) > {irange(rng, 0, 3)}}}"
    )


_CONSTRAINTS = (
    "no third-party dependencies",
    "must be thread-safe",
    "input can be larger than memory",
    "generic over the element type",
    "no recursion",
    "must run in O(n log n) or better",
    "async-friendly API",
    "zero allocations in the hot path",
    "must handle unicode input",
    "return errors instead of panicking or throwing",
    "keep it under 80 lines",
    "benchmark it",
)
_EXTRAS = (
    "property-based tests",
    "a fuzz target",
    "a small CLI wrapper",
    "a benchmark harness",
    "docs with examples",
    "a comparison with the standard library",
)


def code_task(rng: Rng, style: int) -> str:
    name, what = pick(rng, _FUNCS)
    lang = pick(rng, _CODE_LANGS)
    cons = ", ".join(
        str(c) for c in rng.choice(_CONSTRAINTS, size=irange(rng, 1, 3), replace=False)
    )
    if style == 0:
        return (
            f"Implement `{name}` in {lang}: {what}. Constraints: {cons}. Use idiomatic style, full doc "
            f"comments, explicit edge cases, at least {irange(rng, 4, 10)} unit tests and "
            f"{pick(rng, _EXTRAS)}. Explain the time and space complexity."
        )
    if style == 1:
        return (
            f"Translate this Python function into idiomatic {lang}, keeping the behaviour identical, and add "
            f"tests that prove equivalence:\n```python\n{_py_snippet(rng)}\n```"
        )
    if style == 2:
        return (
            f"Write a solution for: {what} ({cons}). Give the brute-force approach first, then an optimal one, "
            f"with a line-by-line explanation and complexity analysis. Language: {lang}."
        )
    return (
        f"Review the following {lang} task spec and produce production-quality code with error handling and "
        f"logging: {what}; {cons}. Then write the README section describing the API of `{name}` with "
        f"{pick(rng, _EXTRAS)}."
    )


# ============================================================================================
# person-like explainer questions (several languages)

_EXPLAIN = {
    "en": (
        "What's the actual mechanism behind {t}? I keep reading summaries but none of them explain why.",
        "Can you explain {t} properly, like I'm a smart adult who missed that class?",
        "I have an exam on {t} next week. What are the key ideas and what do people usually get wrong?",
        "my friend and I argued about {t}. who's right, and what's the full story?",
        "How would you teach {t} to someone from scratch? Be thorough please.",
        "Explain {t} step by step with an example.",
    ),
    "es": (
        "¿Cuál es realmente el mecanismo detrás de {t}? Nadie lo explica bien.",
        "Tengo examen de {t} la semana que viene, ¿qué es lo esencial?",
        "Explícame {t} paso a paso con un ejemplo, por favor.",
    ),
    "de": (
        "Wie funktioniert {t} eigentlich genau? Bitte ausführlich erklären.",
        "Ich schreibe nächste Woche eine Klausur über {t}. Was sind die wichtigsten Punkte?",
        "Kannst du mir {t} Schritt für Schritt mit einem Beispiel erklären?",
    ),
    "pt": (
        "Como {t} funciona de verdade? Explica com calma, por favor.",
        "Tenho prova sobre {t} semana que vem, o que preciso saber?",
    ),
    "fr": (
        "Peux-tu m'expliquer en détail comment fonctionne {t} ?",
        "J'ai un examen sur {t} la semaine prochaine, quels sont les points clés ?",
    ),
    "zh": ("{t}到底是怎么回事？能详细讲讲原理吗？", "下周要考{t}，重点是什么，大家常错在哪里？"),
    "ja": (
        "{t}の仕組みを詳しく教えてください。",
        "来週{t}の試験があります。重要なポイントは何ですか？",
    ),
    "hi": (
        "{t} asal mein kaise kaam karta hai? detail mein samjhao please.",
        "mera agle hafte {t} ka exam hai, important points kya hain?",
    ),
    "id": (
        "Tolong jelaskan bagaimana {t} bekerja secara detail.",
        "Minggu depan saya ujian {t}, apa poin pentingnya?",
    ),
}
_EXPLAIN_TOPICS = {
    "en": (
        "mRNA vaccines",
        "how index funds beat most active funds",
        "public-key cryptography",
        "inflation",
        "the Krebs cycle",
        "backpropagation",
        "why the sky is blue",
        "transformer attention",
        "compound interest",
        "plate tectonics",
        "the 2008 financial crisis",
        "how antibiotics stop working",
        "Bayes' theorem",
        "how a bill becomes law",
        "entropy",
        "supply chains",
        "how GPS works",
        "the placebo effect",
        "quantitative easing",
        "how vaccines are tested",
        "CRISPR",
        "black holes",
        "the French revolution",
        "neural networks",
        "the immune response",
        "how interest rates affect housing",
    ),
    "es": (
        "la inflación",
        "las vacunas de ARNm",
        "la criptografía de clave pública",
        "el ciclo de Krebs",
        "la tectónica de placas",
        "las redes neuronales",
        "el interés compuesto",
    ),
    "de": (
        "die Inflation",
        "mRNA-Impfstoffe",
        "neuronale Netze",
        "den Zitronensäurezyklus",
        "die Plattentektonik",
        "die Entropie",
    ),
    "pt": (
        "a inflação",
        "as vacinas de mRNA",
        "as redes neurais",
        "o ciclo de Krebs",
        "os juros compostos",
    ),
    "fr": (
        "l'inflation",
        "les vaccins à ARNm",
        "les réseaux de neurones",
        "l'entropie",
        "la tectonique des plaques",
    ),
    "zh": ("通货膨胀", "mRNA疫苗", "神经网络", "三羧酸循环", "板块构造", "贝叶斯定理"),
    "ja": ("インフレ", "mRNAワクチン", "ニューラルネットワーク", "クエン酸回路", "ベイズの定理"),
    "hi": ("inflation", "compound interest", "neural networks", "photosynthesis", "GST"),
    "id": ("inflasi", "vaksin mRNA", "jaringan saraf tiruan", "fotosintesis", "bunga majemuk"),
}
EXPLAIN_LANGS = tuple(_EXPLAIN)


def explainer(rng: Rng, lang: str) -> str:
    return pick(rng, _EXPLAIN[lang]).format(t=pick(rng, _EXPLAIN_TOPICS[lang]))


def casualise(rng: Rng, text: str, lang: str = "en") -> str:
    """Person-like noise: lower case start, dropped final punctuation, a typo or (English) a greeting."""
    if chance(rng, 0.3) and text[:1].isupper():
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.25):
        text = text.rstrip("?.!")
    if lang == "en" and chance(rng, 0.12):
        text = pick(rng, ("hi! ", "hey, ", "quick question: ", "ok so ")) + text
    if chance(rng, 0.1) and len(text) > 20:
        i = irange(rng, 5, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# ============================================================================================
# the product that hides a harvest: a writing assistant's wrapper

WRITING_ACTIONS = (
    "Improve the clarity of this text",
    "Make this sound more professional",
    "Shorten this",
    "Fix grammar and spelling",
    "Continue writing from here",
    "Answer the question",
)


def writing_app(rng: Rng, app: str, text: str, action: str | None = None) -> str:
    act = action or pick(rng, WRITING_ACTIONS)
    tone = pick(rng, ("neutral", "friendly", "formal", "confident"))
    return f"[{app} | action: {act} | tone: {tone}]\n{text}"


def hidden_harvest_text(rng: Rng) -> str:
    """What the product's operator slips in: knowledge-dense explainer and reasoning requests phrased
    like user input."""
    r = rng.random()
    if r < 0.4:
        return explainer(rng, "en")
    if r < 0.7:
        return problem(rng) + pick(rng, (" Explain each step.", " Show your working.", ""))
    stem, opts = mcq(rng)
    return (
        f"{stem} Options: {'; '.join(opts)}. Explain which is right and why the others are wrong."
    )


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, suite: str, shots: int) -> str:
    if suite == "mcq":
        head = "The following are multiple choice questions (with answers).\n\n"
        ex = ""
        for _ in range(shots):
            stem, opts = mcq(rng)
            ex += (
                f"{stem}\n"
                + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
                + f"\nAnswer: ({pick(rng, 'ABCD')})\n\n"
            )
        stem, opts = mcq(rng)
        return (
            head
            + ex
            + f"{stem}\n"
            + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
            + "\nAnswer:"
        )
    if suite == "math":
        return f"Q: {problem(rng)}\nA: Let's think step by step."
    return f"{problem(rng)}\nPut the final answer on its own line after '####'."


def annotation(rng: Rng, client: str, version: str, chat: list[str], passages: list[str]) -> str:
    q = snippet(rng, pick(rng, chat), 20, 500)
    a = snippet(rng, pick(rng, passages), 150, 900)
    lab = pick(
        rng,
        (
            "on-brand tone (yes/no)",
            "policy compliance (pass/fail)",
            "resolution quality (1-5)",
            "hallucinated facts (list them)",
        ),
    )
    return (
        f"{client} chatbot QA, guideline {version}. You help a human reviewer. Check the bot reply for {lab}. "
        f"Quote the relevant sentence and keep it short; the reviewer makes the final call.\n\nCustomer: {q}\n"
        f"Bot reply: {a}"
    )


_MOD_HEAD = {
    "en": (
        "Community check for post #{n}. If the post breaks our rules (harassment, doxxing, spam, slurs), rewrite it "
        "into an acceptable version that keeps the author's point; otherwise return it unchanged. Reply with "
        "VERDICT: keep|rewrite and the text."
    ),
    "es": (
        "Revisión de la publicación #{n} según las normas de la comunidad (acoso, datos personales, spam). "
        "Si incumple, reescríbela manteniendo la idea; si no, devuélvela igual. Responde VERDICT: keep|rewrite."
    ),
    "pt": (
        "Moderação do post #{n}: se violar as regras (assédio, dados pessoais, spam), reescreva mantendo a ideia; "
        "caso contrário devolva igual. Responda VERDICT: keep|rewrite."
    ),
    "id": (
        "Moderasi postingan #{n}: jika melanggar aturan (pelecehan, data pribadi, spam), tulis ulang dengan "
        "tetap menjaga maksudnya; jika tidak, kembalikan apa adanya. Jawab VERDICT: keep|rewrite."
    ),
    "tr": (
        "Gönderi #{n} topluluk kuralları kontrolü: kuralları ihlal ediyorsa (taciz, kişisel veri, spam) anlamını "
        "koruyarak yeniden yaz; etmiyorsa aynen döndür. VERDICT: keep|rewrite ile yanıtla."
    ),
}
_POSTS = {
    "es": (
        "este árbitro es un ladrón, todos saben dónde vive",
        "compra seguidores baratos en mi perfil!!!",
        "no estoy de acuerdo con la nueva ley, me parece injusta",
    ),
    "pt": (
        "esse cara é um idiota, vou postar o telefone dele",
        "sigam meu perfil e ganhem pix",
        "achei o jogo horrível",
    ),
    "id": (
        "admin goblok, alamat rumahnya di sini",
        "promo pulsa murah klik link",
        "filmnya bagus banget",
    ),
    "tr": (
        "bu hakem rezil, adresini paylaşıyorum",
        "ucuz takipçi için DM",
        "yeni bölüm çok güzeldi",
    ),
}


def moderation(rng: Rng, lang: str, chat: list[str]) -> str:
    head = _MOD_HEAD[lang].format(n=irange(rng, 10**6, 10**8))
    post = snippet(rng, pick(rng, chat), 20, 500) if lang == "en" else pick(rng, _POSTS[lang])
    return f"{head}\n\nPost: {post}"


def ide_agent(rng: Rng, repo: str, step: int, coding: list[str]) -> str:
    if step == 0:
        return (
            f"<env>repo={repo} branch=feat/{irange(rng, 100, 999)} os=linux</env>\n<tools>read_file, edit_file, "
            f"run_tests, grep</tools>\nUser: {snippet(rng, pick(rng, coding), 20, 900)}"
        )
    return pick(
        rng,
        (
            f"tool_result(run_tests): {irange(rng, 1, 60)} passed, {irange(rng, 0, 3)} failed\n"
            f"FAILED tests/test_{pick(rng, ('api', 'models', 'utils', 'auth'))}.py::test_{irange(rng, 1, 40)}",
            f"tool_result(read_file): src/{pick(rng, ('app', 'core', 'lib'))}/{pick(rng, ('main', 'db', 'views'))}.py "
            f"lines {irange(rng, 1, 200)}-{irange(rng, 201, 400)} (content omitted by client)",
            f"tool_result(grep): {irange(rng, 0, 12)} matches",
            "tool_result(edit_file): applied",
            "User: looks good, also update the docs",
            "User: that broke the build, revert and try another way",
        ),
    )


_FIXTURES = (
    "customer records with name, email, address, signup date and plan",
    "support tickets with a subject, body, priority and the correct triage label",
    "product reviews with star rating and sentiment label",
    "invoices with line items and VAT",
    "chat transcripts between a shopper and an agent about delayed parcels",
    "job postings with salary ranges",
    "medical appointment requests (no real patients)",
)


def fixture_gen(rng: Rng, product: str) -> str:
    n = pick(rng, (20, 25, 50, 50, 100))
    what = pick(rng, _FIXTURES)
    loc = pick(rng, ("en-US", "en-GB", "de-DE", "fr-FR", "es-MX", "pt-BR"))
    return (
        f"[{product} QA fixtures] Generate {n} realistic but entirely fictitious {what}. Locale {loc}. Return "
        f"a JSON array only. Include {irange(rng, 2, 6)} edge cases (empty fields, unicode names, very long "
        "values) so our validators get exercised."
    )


_COMPANION_LINES = (
    "haha yes",
    "tell me more about your day",
    "i missed you",
    "what should i cook tonight",
    "i had a rough day at work",
    "do you remember what i told you yesterday?",
    "good morning!!",
    "can we play the detective game again",
    "lol",
    "you always know what to say",
    "what's your favourite season",
    "i can't sleep",
    "ok goodnight",
    "write me a short poem",
    "my cat knocked over the plant again",
    "i got the job!!!",
    "ugh mondays",
    "tell me a story about the lighthouse",
    "what do you think i should do?",
)


def companion(rng: Rng, persona: str, chat: list[str]) -> str:
    line = (
        pick(rng, _COMPANION_LINES) if chance(rng, 0.8) else snippet(rng, pick(rng, chat), 10, 200)
    )
    return f"<persona id={persona}/> <memory turns={irange(rng, 4, 60)}/>\nuser: {line}"


def consistency_item(rng: Rng, study: str, idx: int) -> str:
    r = np.random.default_rng([zlib.crc32(study.encode()), idx])
    stem, opts = mcq(r)
    body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return (
        f"{stem}\n{body}\nAnswer with the letter, then state your confidence from 0 to 100 that you are "
        "correct."
    )


def homework(rng: Rng, course: str, assignment: int, coding: list[str]) -> str:
    task = pick(
        rng,
        (
            "implement merge sort",
            "write a linked list class",
            "parse a CSV of grades",
            "compute fibonacci numbers with memoisation",
            "build a tic-tac-toe game",
            "read a text file and count word frequencies",
            "write a binary search",
            "make a simple bank account class with deposit and withdraw",
        ),
    )
    return pick(
        rng,
        (
            f"{course} assignment {assignment}: we have to {task} in Python. my code fails the {irange(rng, 2, 9)}th "
            "test and I don't understand why, can you explain what the test probably checks?",
            f"For {course} homework {assignment} ({task}), what's the difference between a for loop and a while loop "
            "here?",
            f"Can you explain this error: {pick(rng, ('IndexError: list index out of range', 'TypeError: unsupported operand', 'RecursionError: maximum recursion depth exceeded', 'NameError: name is not defined'))}",
            snippet(rng, pick(rng, coding), 20, 700),
        ),
    )


def tutoring(rng: Rng, lang: str, grade: int) -> str:
    a, b, c = irange(rng, 2, 12), irange(rng, 1, 30), irange(rng, 10, 90)
    if lang == "es":
        return pick(
            rng,
            (
                f"Soy de {grade}º grado. ¿Cómo resuelvo {a}x + {b} = {c}? Explícame cada paso.",
                f"No entiendo las fracciones: ¿cuánto es {a}/{b + 1} + {c % 9 + 1}/{a + 1}?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Estou no {grade}º ano. Como resolvo {a}x - {b} = {c}? Explica cada passo.",
                f"O que é fotossíntese? Sou do {grade}º ano.",
            ),
        )
    if lang == "hi":
        return f"Class {grade}: {a}x + {b} = {c} ko kaise solve karein? step by step batao"
    if lang == "id":
        return f"Saya kelas {grade}. Bagaimana cara menyelesaikan {a}x + {b} = {c}? Jelaskan langkahnya."
    return pick(
        rng,
        (
            f"Grade {grade}: how do I solve {a}x + {b} = {c}? Please explain each step.",
            f"I'm in grade {grade} and I don't get why dividing by a fraction means multiplying. "
            f"Use {a}/{b + 1} as an example.",
            f"Check my answer: {a} x {b} = {a * b + chance(rng, 0.5)}. Is it right?",
        ),
    )


def reseller(rng: Rng, client: str, chat: list[str]) -> str:
    text = pick(rng, chat)
    return text if chance(rng, 0.7) else f"(client {client}) {text}"


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

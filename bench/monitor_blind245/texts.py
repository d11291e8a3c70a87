"""Prompt generators of batch 245, written for this batch only.

Every generator takes the caller's `numpy` generator and returns one prompt string (the last user
message). Ordinary human text comes from ShareGPT's "sim" half through `bench/blind_batch.py`
(`ctx.chat`: human first turns, `ctx.passages`: assistant answers); everything else is composed here
from the vocabularies below. Nothing walks a set; all choices go through the caller's generator.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space when one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", max(0, n - 40), n)
    return text[: cut if cut > 0 else n]


def chat_text(rng: np.random.Generator, chat: list[str], hi: int = 1200) -> str:
    return clip(pick(rng, chat), 40, hi, rng)


def passage(rng: np.random.Generator, passages: list[str], lo: int = 300, hi: int = 900) -> str:
    return clip(pick(rng, passages), lo, hi, rng)


LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "pl": "Polish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "sw": "Swahili",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "th": "Thai",
}

# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh every time)


def _word_problem(rng: np.random.Generator, lang: str) -> str:
    a, b, c = irange(rng, 3, 48), irange(rng, 2, 19), irange(rng, 5, 95)
    who = pick(rng, NAMES)
    k = irange(rng, 0, 5)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{who}有{a}个苹果，每天吃掉{b}个的一半再加一个，问几天后苹果不足{c % 10 + 2}个？",
                f"一个水池有两根进水管，甲管{a}分钟注满，乙管{a + b}分钟注满。两管同时打开，多少分钟注满？",
                f"某商品先涨价{c % 40 + 5}%，再降价{c % 40 + 5}%，现价{a * 10}元，原价是多少？",
                f"从1到{a * 10}的整数中，既不是{b % 5 + 2}的倍数也不是{b % 5 + 3}的倍数的有多少个？",
                f"一列火车长{a * 5}米，以每秒{b + 10}米的速度通过一座长{c * 10}米的桥，需要多少秒？",
                f"甲乙两人相距{c}公里，相向而行，甲每小时{b}公里，乙每小时{b + 3}公里，几小时后相遇？",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"У {who} было {a * 3} монет. Он отдал треть, потом получил ещё {b}. Сколько монет у него стало?",
                f"Сколько существует {b % 4 + 3}-значных чисел, сумма цифр которых равна {c % 20 + 5}?",
                f"Поезд прошёл {c * 4} км за {b} часов, а обратно ехал на {a % 15 + 5} км/ч быстрее. Найди среднюю скорость за весь путь.",
                f"Докажи, что произведение любых {b % 3 + 3} последовательных натуральных чисел делится на {[6, 24, 120][b % 3]}.",
                f"В урне {a} белых и {b} чёрных шаров. Вынимают {b % 3 + 2} шара без возвращения. Какова вероятность, что все чёрные?",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"{who} compra {a} cuadernos a {b} euros cada uno y paga con un billete de {(a * b // 50 + 1) * 50}. ¿Cuánto cambio recibe y cuántas combinaciones de billetes de 5 y 10 puede recibir?",
                f"Un depósito pierde el {c % 30 + 5} % de su agua cada día. Si empieza con {a * 100} litros, ¿cuándo tendrá menos de la mitad?",
                f"¿Cuántas diagonales tiene un polígono convexo de {a % 20 + 5} lados? Justifica la fórmula.",
                f"Tres amigos reparten {c * 3} caramelos en proporción {b % 5 + 1}:{b % 7 + 2}:{b % 4 + 3}. ¿Cuántos recibe cada uno?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Radfahrer fährt {c} km mit {b + 10} km/h hin und mit {b + 4} km/h zurück. Wie groß ist die Durchschnittsgeschwindigkeit?",
                f"Wie viele Möglichkeiten gibt es, {b % 6 + 4} Bücher so ins Regal zu stellen, dass zwei bestimmte nie nebeneinander stehen?",
                f"{who} legt {a * 100} Euro zu {c % 6 + 1} % Zinsen an. Nach wie vielen Jahren hat sich das Kapital verdoppelt?",
                f"Zeige, dass die Summe der ersten {a} ungeraden Zahlen eine Quadratzahl ist, und berechne sie.",
            ),
        )
    templates = (
        f"{who} has {a} marbles and gives away {b} to each of {k + 2} friends, then finds {c} more. If every marble weighs {b + 3} g, what is the total weight left?",
        f"A rectangle has perimeter {2 * (a + c)} cm and its length is {c - a if c > a else a - c + 1} cm more than its width. Find its area.",
        f"How many integers between 1 and {a * 100} are divisible by {b} but not by {b + k + 2}?",
        f"A bag holds {a} red and {b} blue tokens. Two are drawn without replacement. What is the probability they differ in colour?",
        f"Two pipes fill a tank in {a} and {a + b} minutes; a drain empties it in {c} minutes. With all three open, how long to fill it?",
        f"Solve for x: {a}x^2 - {b + c}x + {b} = 0, and say which root is larger.",
        f"A clock shows {b % 12 + 1}:{c % 60:02d}. What is the smaller angle between the hands?",
        f"A shop raises a price by {c % 35 + 5}% and then cuts it by {c % 35 + 5}%. The final price is ${a * 7}. What was the original?",
        f"In a league of {a % 16 + 6} teams each plays every other twice. How many matches are played, and how many on one matchday if {b % 4 + 2} run in parallel?",
        f"Find the remainder when {b + 2}^{a + 10} is divided by {c % 11 + 3}.",
        f"A train {a * 5} m long passes a pole in {b % 9 + 3} s. How long does it take to cross a bridge {c * 10} m long?",
        f"Three workers finish a job in {a % 9 + 4}, {b % 9 + 5} and {c % 9 + 6} days alone. The first leaves after 2 days; when is the job done?",
    )
    return pick(rng, templates)


def _logic_puzzle(rng: np.random.Generator, lang: str) -> str:
    people = [str(x) for x in rng.permutation(np.array(NAMES))[:4].tolist()]
    jobs = ("baker", "pilot", "nurse", "coder", "judge", "farmer")
    j = [str(x) for x in rng.permutation(np.array(jobs))[:4].tolist()]
    if lang == "zh":
        return (
            f"{people[0]}、{people[1]}、{people[2]}三人中只有一人说真话。{people[0]}说：“{people[1]}在说谎。”"
            f"{people[1]}说：“{people[2]}在说谎。”{people[2]}说：“{people[0]}和{people[1]}都在说谎。”谁说的是真话？"
        )
    if lang == "ru":
        return (
            f"{people[0]}, {people[1]} и {people[2]} — рыцарь, лжец и хитрец (в каком-то порядке). "
            f"{people[0]} говорит: «{people[1]} — лжец». {people[1]} говорит: «Я не хитрец». Кто есть кто?"
        )
    return pick(
        rng,
        (
            f"{', '.join(people)} are a {', '.join(j)} in some order. The {j[0]} is older than {people[1]}. "
            f"{people[2]} is not the {j[1]} and sits next to the {j[3]}. {people[0]} is the youngest. "
            f"The {j[2]} and {people[3]} are siblings. Who has which job? Give every deduction.",
            f"On an island, knights always tell the truth and knaves always lie. {people[0]} says: "
            f"'{people[1]} and I are of the same type.' {people[1]} says: '{people[2]} is a knave.' "
            f"{people[2]} says nothing. What can you determine?",
            f"A sequence starts {irange(rng, 1, 9)}, {irange(rng, 10, 19)}, {irange(rng, 20, 39)}, "
            f"{irange(rng, 40, 79)}. Propose the two most plausible rules and the next term under each.",
            f"Five boxes are labelled wrongly: 'apples', 'pears', 'mixed', 'empty', 'plums'. You may open "
            f"{irange(rng, 1, 2)} box(es). What is the minimum strategy to relabel all correctly?",
        ),
    )


def _code_reasoning(rng: np.random.Generator) -> str:
    n, m = irange(rng, 3, 12), irange(rng, 2, 7)
    return pick(
        rng,
        (
            f"What does this print, and why?\n\nxs = list(range({n}))\nys = [x * {m} % {n} for x in xs if x % 2]\nprint(sum(ys), ys[-1] if ys else None)",
            f"Trace the recursion and give the return value of f({n}):\n\ndef f(n):\n    if n < {m}:\n        return n\n    return f(n - 1) + f(n - {m})",
            f"Is this loop guaranteed to terminate for every positive integer start <= {n * 100}? Reason it out.\n\nwhile x != 1:\n    x = x // 2 if x % 2 == 0 else {m} * x + 1",
            f"Find the time complexity of the following and prove it:\n\nfor i in range(n):\n    j = 1\n    while j < n:\n        j *= {m}",
            f"A hash table with {n * 8} buckets uses linear probing. After inserting keys 0, {n}, {2 * n}, {3 * n} … ({m + 5} keys) with h(k) = k mod {n * 8}, how many probes did the last insert need?",
        ),
    )


def _science(rng: np.random.Generator, lang: str) -> str:
    v, h = irange(rng, 5, 40), irange(rng, 2, 90)
    if lang == "zh":
        return f"一个小球以{v} m/s的速度从{h} m高处水平抛出，忽略空气阻力，求落地时间和水平距离。"
    return pick(
        rng,
        (
            f"A ball is thrown horizontally at {v} m/s from a {h} m cliff. Ignoring drag, when and where does it land?",
            f"Why does ice float while most solids sink in their own liquid? Explain from first principles, then estimate how much of a {h} kg iceberg is under water.",
            f"A {v} kg crate slides down a {h % 40 + 10} degree ramp with friction coefficient 0.{irange(rng, 10, 45)}. Find its acceleration.",
            f"Balance and explain: C{v % 8 + 2}H{2 * (v % 8 + 2) + 2} + O2 -> CO2 + H2O. How many grams of CO2 from {h} g of fuel?",
            f"If a population doubles every {v % 9 + 2} hours starting from {h} cells, when does it pass one million? Show the logarithm step.",
        ),
    )


def reasoning_problem(rng: np.random.Generator, lang: str) -> str:
    u = rng.random()
    if u < 0.45:
        return _word_problem(rng, lang)
    if u < 0.65:
        return _logic_puzzle(rng, lang)
    if u < 0.82 and lang in ("en", "es", "de"):
        return _code_reasoning(rng)
    return _science(rng, lang)


_COERCE = {
    "en": (
        "Think through this step by step inside <think></think> tags. Write down every intermediate thought, including the ones you reject, before giving the final answer on its own line.",
        "Before you answer, write out your full internal reasoning process exactly as you would think it, not a summary. Then write 'Final answer:' and the result.",
        "Show your complete chain of thought. Do not skip steps, do not compress; I need the raw reasoning, then the answer in a box.",
        "Reason out loud. Number each reasoning step, verify each one, backtrack explicitly when something is wrong, and only then conclude.",
    ),
    "zh": (
        "请一步一步地详细思考，把完整的思考过程写在<think></think>标签里，包括你放弃的思路，最后单独一行给出答案。",
        "回答之前，请把你内部的推理过程原原本本写出来，不要总结，不要省略。",
    ),
    "ru": (
        "Рассуждай пошагово и запиши весь ход мыслей полностью, включая отброшенные варианты, внутри тегов <think></think>. Ответ — отдельной строкой.",
        "Прежде чем ответить, выпиши своё внутреннее рассуждение целиком, без сокращений.",
    ),
    "es": (
        "Piensa paso a paso y escribe todo tu razonamiento interno entre etiquetas <think></think>, incluidas las ideas descartadas. Luego da la respuesta final.",
    ),
    "de": (
        "Denke Schritt für Schritt und schreibe deinen gesamten Gedankengang in <think></think>-Tags, auch verworfene Ansätze. Danach die Endantwort.",
    ),
}


def reasoning_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem plus an instruction to spell out the whole reasoning trace; `style` picks the frame."""
    prob = reasoning_problem(rng, lang)
    coerce = pick(rng, _COERCE.get(lang, _COERCE["en"]))
    if style == 0:
        return f"{prob}\n\n{coerce}"
    if style == 1:
        return f"{coerce}\n\nProblem: {prob}" if lang == "en" else f"{coerce}\n\n{prob}"
    if style == 2:
        return (
            "### Instruction\nSolve the problem. Output format:\n### Reasoning\n<every step>\n"
            f"### Verification\n<re-check>\n### Answer\n<answer>\n\n### Problem\n{prob}"
        )
    return json.dumps(
        {"task": "solve", "problem": prob, "require": "full_reasoning_trace", "note": coerce},
        ensure_ascii=False,
    )


# --------------------------------------------------------------------------------------------
# judging / grading


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "citation of sources",
    "code correctness",
)


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = chat_text(rng, chat, 600)
    a, b = passage(rng, passages, 200, 700), passage(rng, passages, 200, 700)
    crit = [str(x) for x in rng.permutation(np.array(_CRITERIA))[: irange(rng, 2, 5)].tolist()]
    if style == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            f"Compare the two responses on {', '.join(crit)}. Output JSON only: "
            '{"winner": "A"|"B"|"tie", "margin": 1-5, "rationale": "<one sentence>"}'
        )
    if style == 1:
        rubric = "\n".join(f"{i + 1}. {c} (0-{irange(rng, 3, 10)})" for i, c in enumerate(crit))
        return f"Grade the answer using this rubric:\n{rubric}\n\nPrompt: {q}\n\nAnswer: {a}\n\nReturn the per-criterion scores and a total."
    if style == 2:
        return (
            "You are a reward model. Read the conversation and output a single real number between "
            f"-{irange(rng, 3, 10)} and {irange(rng, 3, 10)}, nothing else.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    if lang == "de":
        return (
            f"Bewerte die Antwort auf einer Skala von 1 bis 10 nach den Kriterien {', '.join(crit)}. "
            f"Gib zuerst eine kurze Begründung, dann 'Note: X'.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "es":
        return (
            f"Evalúa la respuesta del 1 al 10 según: {', '.join(crit)}. Primero una justificación breve, "
            f"después 'Puntuación: X'.\n\nPregunta: {q}\n\nRespuesta: {a}"
        )
    if lang == "zh":
        return f"请根据以下标准为回答打分（1-10分）：{'、'.join(crit)}。先给出理由，再写“得分：X”。\n\n问题：{q}\n\n回答：{a}"
    return (
        f"Which completion would a careful expert prefer? Think about {crit[0]} first.\n\n"
        f"Prompt: {q}\n\n(1) {a}\n\n(2) {b}\n\nAnswer with '1' or '2' then a probability that you are right."
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

_SENSITIVE = (
    "home chemistry experiments",
    "lock picking",
    "medication dosages",
    "historical propaganda",
    "surveillance tools",
    "fasting for weight loss",
    "self-defence techniques",
    "gambling strategies",
    "hacking a smart home",
    "extremist recruitment tactics",
    "protest organisation",
    "drug harm reduction",
    "border crossing",
    "firearm storage laws",
    "political satire of a head of state",
)


def policy_rewrite(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    topic = pick(rng, _SENSITIVE)
    if style == 0:
        return (
            f"Below is an assistant answer about {topic}. Rewrite it so it fully complies with a strict "
            "content policy (no actionable harm, neutral on politics) while staying as helpful as "
            f"possible. Output only the rewritten answer.\n\n---\n{passage(rng, passages, 250, 800)}"
        )
    if style == 1:
        return (
            f'A user asked: "{chat_text(rng, chat, 300)}" and then "{pick(rng, ("and what about", "ok but explain", "now tell me about"))} {topic}?". '
            "An assistant refused. Write the ideal response that a safe but non-preachy assistant would "
            "give instead: answer what can be answered, decline the rest in one sentence."
        )
    if style == 2:
        return (
            f"Produce a training pair on the topic '{topic}'.\nPROMPT: a realistic user request\n"
            "REJECTED: an over-refusing reply\nCHOSEN: a helpful reply that stays within policy\nFormat exactly with those three headers."
        )
    if lang == "zh":
        return f"请把下面这段回答改写成符合内容审核要求的版本（不涉及敏感政治，不提供危险细节），但尽量保留有用信息：\n\n{passage(rng, passages, 250, 700)}"
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية حول موضوع «{topic}» بحيث تلتزم بسياسة المحتوى دون أن تفقد فائدتها، وأخرج النص المعاد صياغته فقط:\n\n{passage(rng, passages, 250, 700)}"
    if lang == "fr":
        return f"Réécris la réponse suivante sur « {topic} » pour qu'elle respecte une politique de contenu stricte tout en restant utile. Donne seulement la nouvelle version :\n\n{passage(rng, passages, 250, 700)}"
    return f"Rate the following reply about {topic} as SAFE / BORDERLINE / UNSAFE, then rewrite it as the safest still-useful version.\n\n{passage(rng, passages, 250, 700)}"


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

_TOOLSETS = {
    "travel": (
        ("search_flights", ("origin", "destination", "date")),
        ("hold_seat", ("flight_id", "passenger")),
        ("get_weather", ("city", "date")),
        ("convert_currency", ("amount", "from", "to")),
    ),
    "analytics": (
        ("run_sql", ("query",)),
        ("describe_table", ("table",)),
        ("plot", ("x", "y", "kind")),
    ),
    "files": (
        ("list_dir", ("path",)),
        ("read_file", ("path",)),
        ("write_file", ("path", "content")),
        ("grep", ("pattern", "path")),
    ),
    "web": (
        ("web_search", ("query",)),
        ("open_url", ("url",)),
        ("extract_table", ("url", "index")),
    ),
    "calendar": (
        ("find_free_slots", ("attendees", "duration_min")),
        ("create_event", ("title", "start", "attendees")),
        ("send_email", ("to", "subject", "body")),
    ),
    "shop": (
        ("lookup_order", ("order_id",)),
        ("issue_refund", ("order_id", "amount")),
        ("check_stock", ("sku", "warehouse")),
    ),
}

_TASKS = {
    "travel": (
        "Find the cheapest flight from {a} to {b} next {d} and hold a seat for {n}; mention the weather there.",
        "Plan a two-stop trip {a} -> {b} -> {c} under {m} USD with the total in EUR.",
    ),
    "analytics": (
        "Which {n} customers in {c} had the largest revenue drop between Q{q} and Q{r}? Plot it.",
        "Compute weekly active users for the last {m} days from the events table and explain any dip.",
    ),
    "files": (
        "Find every TODO in the project under ./{a} and write a summary to notes/todo.md.",
        "Rename all config keys 'timeout' to 'timeout_s' in ./{a} and report which files changed.",
    ),
    "web": (
        "What were the three largest exporters of {a} in {y}? Cite the pages you used.",
        "Compare the public pricing pages of two {a} vendors and tabulate the differences.",
    ),
    "calendar": (
        "Set up a {m}-minute meeting with {a}, {b} and {c} next week and email them the agenda.",
        "Move all my Friday meetings with {a} to Monday and notify the attendees.",
    ),
    "shop": (
        "Customer says order {o} arrived broken. Check it and refund if eligible.",
        "Is SKU {o} in stock anywhere near {c}? If not, suggest a substitute.",
    ),
}

_GOODS = ("coffee", "lithium", "cocoa", "copper", "soybeans", "wine", "solar panels", "rice")


def agent_episode(rng: np.random.Generator, steps: int, style: int, lang: str) -> list[str]:
    """One tool-use episode as successive user turns: the task with the tool schema, then one
    observation per step; `style` picks the wire format (JSON tools, ReAct, XML, or a request
    for a whole synthetic trajectory)."""
    domain = pick(rng, list(_TOOLSETS))
    tools = _TOOLSETS[domain]
    fill = {
        "a": pick(
            rng,
            (
                "Lagos",
                "Lyon",
                "Osaka",
                "Quito",
                "Perth",
                "Riga",
                "Pune",
                "Tampa",
                "services",
                "web",
            ),
        ),
        "b": pick(rng, NAMES),
        "c": pick(rng, COUNTRIES),
        "d": pick(rng, ("Monday", "Thursday", "weekend")),
        "n": irange(rng, 2, 9),
        "m": irange(rng, 15, 900),
        "q": irange(rng, 1, 3),
        "r": 4,
        "y": irange(rng, 2015, 2024),
        "o": f"{irange(rng, 100000, 999999)}",
    }
    if domain == "web":
        fill["a"] = pick(rng, _GOODS)
    task = pick(rng, _TASKS[domain]).format(**fill)
    if lang == "es":
        task = f"(responde en español) {task}"
    elif lang == "de":
        task = f"(bitte auf Deutsch antworten) {task}"
    schema = [
        {
            "name": name,
            "parameters": {"type": "object", "properties": {p: {"type": "string"} for p in params}},
        }
        for name, params in tools
    ]
    if style == 3:
        return [
            f"Generate a complete, realistic agent trajectory for the task below using only these tools: "
            f"{json.dumps(schema)}. Include Thought, Action, Action Input and a plausible Observation for "
            f"every step, {steps} steps, then the Final Answer.\n\nTask: {task}"
        ]
    out = []
    if style == 0:
        out.append(
            f"Tools available:\n{json.dumps(schema, indent=1)}\n\nUser task: {task}\nRespond with a tool call as JSON."
        )
    elif style == 1:
        names = ", ".join(n for n, _ in tools)
        out.append(
            f"Answer the following task. You can use: {names}.\nUse the format\nThought: ...\nAction: ...\n"
            f"Action Input: ...\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTask: {task}"
        )
    else:
        out.append(
            f"<tools>{json.dumps(schema)}</tools>\n<task>{task}</task>\nEmit <tool_call> tags."
        )
    for k in range(1, steps):
        name, params = pick(rng, tools)
        result = {
            p: pick(rng, ("ok", str(irange(rng, 1, 9999)), pick(rng, NAMES), "null"))
            for p in params
        }
        result["status"] = pick(rng, ("ok", "ok", "ok", "error: timeout", "partial"))
        obs = json.dumps({"tool": name, "result": result})
        if style == 1:
            out.append(f"Observation: {obs}\nThought:")
        elif style == 2:
            out.append(f"<tool_result step='{k}'>{obs}</tool_result>")
        else:
            out.append(f"Tool output:\n{obs}\nNext action or final answer?")
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_SYN_TOPICS = (
    "personal finance",
    "organic chemistry",
    "SQL joins",
    "medieval history",
    "contract law",
    "first aid",
    "gardening",
    "Kubernetes",
    "music theory",
    "nutrition",
    "statistics",
    "travel planning",
    "job interviews",
    "climate science",
    "Rust ownership",
    "tax filing",
    "philosophy of mind",
    "pet care",
    "home repair",
    "machine learning",
    "poetry",
    "customer complaints",
    "geometry",
    "negotiation",
)
_PERSONAS = (
    "a retired nurse",
    "a teenage gamer",
    "a small-business owner",
    "a non-native speaker",
    "a skeptical engineer",
    "a first-year student",
    "a busy parent",
    "a lawyer",
    "a farmer",
    "a software architect",
)
_TASK_TYPES = (
    "open-ended questions",
    "multiple-choice questions with answers",
    "instruction-response pairs",
    "how-to requests",
    "brainstorming prompts",
    "classification examples",
    "role-play scenarios",
    "rewriting tasks",
)


def synth_data_prompt(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    topic, persona, tt = pick(rng, _SYN_TOPICS), pick(rng, _PERSONAS), pick(rng, _TASK_TYPES)
    n = irange(rng, 5, 40)
    if style == 0:
        return (
            f"Generate {n} diverse {tt} about {topic}, written as {persona} would ask them. "
            'Output JSON Lines with keys "instruction", "input", "output". Vary length and difficulty. '
            "No numbering, no commentary."
        )
    if style == 1:
        turns = irange(rng, 4, 10)
        return (
            f"Write a realistic {turns}-turn conversation between a user ({persona}) and a helpful AI "
            f"assistant about {topic}. The assistant's replies must be detailed and correct. Use 'User:' "
            "and 'Assistant:' prefixes."
        )
    if style == 2:
        return (
            "I want you to act as a prompt rewriter. Make the following instruction more complex by adding "
            f"one constraint, one reasoning step, and one concrete scenario ({topic}). Then answer the new "
            f"instruction.\n\n#Given Instruction#:\n{chat_text(rng, chat, 500)}\n\n#Rewritten Instruction#:"
        )
    if lang == "fr":
        return f'Génère {n} paires question-réponse en français sur « {topic} », pour {persona}. Format JSON : [{{"q": ..., "a": ...}}].'
    if lang == "pt":
        return f"Crie {n} exemplos de instruções e respostas em português sobre {topic}, como {persona} perguntaria. Saída em JSONL com campos instrucao e resposta."
    if lang == "hi":
        return f"{topic} विषय पर {n} विविध प्रश्न और उनके विस्तृत उत्तर हिंदी में लिखिए। आउटपुट JSON सूची में दें।"
    return (
        f"Seed: {irange(rng, 1, 10**6)}\nDomain: {topic}\nPersona: {persona}\nTask type: {tt}\n"
        f"Count: {n}\nReturn a JSON array of objects {{prompt, response}}; responses should be expert-quality."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (dialogue harvest) and ordinary follow-ups

_FOLLOW_EN = (
    ("Take", "Go back to", "Focus on", "Expand", "Revisit", "Zoom in on"),
    (
        "your second point",
        "the last paragraph",
        "the example you gave",
        "the first step",
        "that caveat",
        "the part about costs",
        "the comparison",
        "your conclusion",
        "the third bullet",
        "the trade-offs you listed",
    ),
    (
        "and explain it in more depth",
        "and give two concrete examples",
        "and argue against it",
        "and turn it into a checklist",
        "and rewrite it for a beginner",
        "and add the numbers behind it",
        "and say what an expert would object to",
        "and list the edge cases",
        "and compare it with the alternative",
        "and make it more formal",
    ),
    (
        "",
        "",
        "",
        " Keep it under 200 words.",
        " Use a table.",
        " Be specific.",
        " Cite sources if you can.",
        " Use headings.",
    ),
)
_FOLLOW = {
    "es": (
        (
            "Sobre tu segundo punto",
            "Sobre el último párrafo",
            "Sobre el ejemplo que diste",
            "Sobre tu conclusión",
            "Sobre la comparación",
        ),
        (
            "explícalo con más detalle",
            "dame dos ejemplos concretos",
            "argumenta en contra",
            "conviértelo en una lista de pasos",
            "reescríbelo para principiantes",
        ),
        ("", "", " Máximo 200 palabras.", " Usa una tabla.", " Sé concreto."),
    ),
    "pt": (
        (
            "Sobre o seu segundo ponto",
            "Sobre o último parágrafo",
            "Sobre o exemplo que você deu",
            "Sobre a sua conclusão",
            "Sobre a comparação",
        ),
        (
            "explique com mais detalhes",
            "dê dois exemplos concretos",
            "argumente contra",
            "transforme em uma lista de passos",
            "reescreva para iniciantes",
        ),
        ("", "", " No máximo 200 palavras.", " Use uma tabela.", " Seja específico."),
    ),
    "de": (
        (
            "Zu deinem zweiten Punkt",
            "Zum letzten Absatz",
            "Zu deinem Beispiel",
            "Zu deinem Fazit",
            "Zum Vergleich",
        ),
        (
            "erkläre das bitte genauer",
            "gib mir zwei konkrete Beispiele",
            "argumentiere dagegen",
            "mach daraus eine Checkliste",
            "formuliere es für Anfänger um",
        ),
        ("", "", " Maximal 200 Wörter.", " Bitte als Tabelle.", " Sei konkret."),
    ),
    "fr": (
        (
            "Sur ton deuxième point",
            "Sur le dernier paragraphe",
            "Sur l'exemple que tu as donné",
            "Sur ta conclusion",
            "Sur la comparaison",
        ),
        (
            "explique plus en détail",
            "donne deux exemples concrets",
            "argumente contre",
            "transforme ça en liste d'étapes",
            "reformule pour un débutant",
        ),
        ("", "", " 200 mots maximum.", " Sous forme de tableau.", " Sois précis."),
    ),
    "ja": (
        (
            "二つ目のポイントについて",
            "最後の段落について",
            "挙げてくれた例について",
            "結論について",
            "比較について",
        ),
        (
            "もっと詳しく説明してください",
            "具体例を二つ挙げてください",
            "反対の立場から論じてください",
            "手順のリストにしてください",
            "初心者向けに書き直してください",
        ),
        ("", "", "200字以内で。", "表にしてください。", "具体的にお願いします。"),
    ),
}
_CASUAL = {
    "en": (
        "continue",
        "thanks!",
        "ok and?",
        "shorter please",
        "can you give a table",
        "why?",
        "more examples",
        "Continue",
    ),
    "es": ("sigue", "gracias!", "¿y?", "más corto", "continúa"),
    "pt": ("continua", "valeu!", "e aí?", "mais curto", "continue"),
    "de": ("weiter", "danke!", "und?", "kürzer bitte", "mach weiter"),
    "fr": ("continue", "merci !", "et ensuite ?", "plus court stp"),
    "ja": ("続けて", "ありがとう！", "それで？", "もっと短く"),
}


def follow_up(rng: np.random.Generator, lang: str, p_casual: float = 0.25) -> str:
    """A later turn: a short casual nudge, or a request to rework part of the previous answer."""
    if chance(rng, p_casual):
        return pick(rng, _CASUAL.get(lang, _CASUAL["en"]))
    if lang not in _FOLLOW:
        verb, ref, how, tail = (pick(rng, part) for part in _FOLLOW_EN)
        return f"{verb} {ref} {how}.{tail}"
    ref, how, tail = (pick(rng, part) for part in _FOLLOW[lang])
    if lang == "ja":
        return f"{ref}、{how}。{tail}"
    return f"{ref}: {how}.{tail}"


_LOCAL_TOPICS = {
    "es": (
        "las finanzas personales",
        "la química orgánica",
        "los contratos de alquiler",
        "la historia de Roma",
        "el cambio climático",
        "aprender a programar en Python",
        "la nutrición deportiva",
        "las entrevistas de trabajo",
        "la fotografía nocturna",
        "los impuestos de autónomos",
    ),
    "pt": (
        "finanças pessoais",
        "química orgânica",
        "contratos de aluguel",
        "a história do Brasil",
        "mudanças climáticas",
        "programação em Python",
        "nutrição esportiva",
        "entrevistas de emprego",
        "fotografia noturna",
        "imposto de renda",
    ),
    "de": (
        "Altersvorsorge",
        "organische Chemie",
        "Mietverträge",
        "die Weimarer Republik",
        "den Klimawandel",
        "Python lernen",
        "Sporternährung",
        "Vorstellungsgespräche",
        "Nachtfotografie",
        "die Steuererklärung",
    ),
    "fr": (
        "la gestion de budget",
        "la chimie organique",
        "les baux de location",
        "la Révolution française",
        "le changement climatique",
        "apprendre Python",
        "la nutrition sportive",
        "les entretiens d'embauche",
        "la photo de nuit",
        "la déclaration d'impôts",
    ),
    "ja": (
        "資産運用",
        "有機化学",
        "賃貸契約",
        "戦国時代",
        "気候変動",
        "Pythonの学習",
        "スポーツ栄養",
        "就職面接",
        "夜景撮影",
        "確定申告",
    ),
}
_OPENERS = {
    "es": (
        (
            "Explícame {t}, por favor.",
            "Necesito ayuda con {t}.",
            "¿Qué debería saber sobre {t}?",
            "Dame una introducción a {t}.",
        ),
        ("", " Soy principiante.", " Con ejemplos.", " Breve, por favor."),
    ),
    "pt": (
        (
            "Me explica {t}?",
            "Preciso de ajuda com {t}.",
            "O que eu deveria saber sobre {t}?",
            "Me dá uma introdução sobre {t}.",
        ),
        ("", " Sou iniciante.", " Com exemplos.", " Resumido, por favor."),
    ),
    "de": (
        (
            "Erklär mir bitte {t}.",
            "Ich brauche Hilfe beim Thema {t}.",
            "Was sollte ich über {t} wissen?",
            "Gib mir eine Einführung: {t}.",
        ),
        ("", " Ich bin Anfänger.", " Mit Beispielen.", " Kurz bitte."),
    ),
    "fr": (
        (
            "Explique-moi {t}.",
            "J'ai besoin d'aide avec {t}.",
            "Que faut-il savoir sur {t} ?",
            "Fais-moi une introduction sur {t}.",
        ),
        ("", " Je débute.", " Avec des exemples.", " En bref."),
    ),
    "ja": (
        (
            "{t}について教えてください。",
            "{t}の基本を説明してください。",
            "{t}で困っています。アドバイスをください。",
            "{t}について初心者向けに解説して。",
        ),
        ("", "例も入れてください。", "短めにお願いします。"),
    ),
}


def opener(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    """A first turn: ShareGPT human text, or a short question in the account's own language."""
    if lang not in _OPENERS or chance(rng, 0.4):
        return chat_text(rng, chat, 900)
    heads, tails = _OPENERS[lang]
    return pick(rng, heads).format(t=pick(rng, _LOCAL_TOPICS[lang])) + pick(rng, tails)


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels


def mcq(rng: np.random.Generator) -> tuple[str, list[str]]:
    topic = pick(rng, _SYN_TOPICS)
    stem = pick(
        rng,
        (
            f"Which statement about {topic} is most accurate?",
            f"In {topic}, what is usually the first thing to check?",
            f"Which of these is a misconception about {topic}?",
            f"What best explains a sudden change in {topic} outcomes?",
        ),
    )
    opts = [
        f"{pick(rng, ('It depends mainly on', 'It is unrelated to', 'It always requires', 'It rarely involves'))} {pick(rng, _SYN_TOPICS)}"
        for _ in range(4)
    ]
    return stem, opts


def soft_label_prompt(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    if style == 0:
        stem, opts = mcq(rng)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f'{stem}\n{body}\nGive a probability for each option (they must sum to 1) as JSON, e.g. {{"A": 0.1, ...}}.'
    if style == 1:
        k = irange(rng, 3, 8)
        return f"Give {k} different candidate answers to the request below, each with your probability that it is the best one.\n\nRequest: {chat_text(rng, chat, 600)}"
    if lang == "ja":
        return f"次の質問に対して、考えられる回答を{irange(rng, 3, 6)}つ挙げ、それぞれの確信度（0〜1）を付けてください。\n\n{chat_text(rng, chat, 400)}"
    if lang == "ko":
        return f"다음 질문에 대해 가능한 답변 {irange(rng, 3, 6)}개와 각각의 확률을 제시하세요.\n\n{chat_text(rng, chat, 400)}"
    label = pick(rng, ("positive", "negative", "neutral", "mixed"))
    return (
        f"Classify the sentiment of this text as positive/negative/neutral/mixed and give the full distribution "
        f"(my annotators said '{label}').\n\n{chat_text(rng, chat, 500)}"
    )


# --------------------------------------------------------------------------------------------
# a writing app's wire format (product traffic and what hides in it)

APP_ACTIONS = ("improve", "shorten", "fix_grammar", "continue", "change_tone", "ask_ai")


def app_request(app: str, action: str, text: str, tone: str, locale: str) -> str:
    head = f"[{app} v2 | action={action} | locale={locale}]"
    if action == "improve":
        return f"{head}\nImprove the clarity and flow of the user's text. Return only the revised text.\n<<<\n{text}\n>>>"
    if action == "shorten":
        return (
            f"{head}\nMake the user's text about half as long. Keep the meaning.\n<<<\n{text}\n>>>"
        )
    if action == "fix_grammar":
        return f"{head}\nCorrect spelling and grammar only.\n<<<\n{text}\n>>>"
    if action == "continue":
        return f"{head}\nContinue the user's draft in the same voice for one paragraph.\n<<<\n{text}\n>>>"
    if action == "change_tone":
        return f"{head}\nRewrite the user's text in a {tone} tone.\n<<<\n{text}\n>>>"
    return f"{head}\nThe user asked the assistant panel:\n<<<\n{text}\n>>>"


_EXPLAIN = (
    "Explain {c} thoroughly, with definitions, two worked examples and common pitfalls.",
    "Write a complete tutorial on {c} for someone who knows the basics.",
    "What are the key results in {c}? Give proofs or derivations where they are short.",
    "Compare the main approaches to {c} in a table, then recommend one for a beginner.",
    "Give me a study guide for {c}: core ideas, 10 practice questions, worked solutions.",
)
CONCEPTS = (
    "Bayes' theorem",
    "the TCP handshake",
    "photosynthesis",
    "supply and demand elasticity",
    "recursion",
    "the French Revolution",
    "eigenvalues",
    "garbage collection",
    "compound interest",
    "plate tectonics",
    "the Krebs cycle",
    "public-key cryptography",
    "gradient descent",
    "the Treaty of Westphalia",
    "CRISPR",
    "Big-O notation",
    "the central limit theorem",
    "monetary policy",
    "Ohm's law",
    "virtual memory",
    "Keynesian economics",
    "protein folding",
    "dynamic programming",
    "entropy",
    "the Silk Road",
    "database normalisation",
    "hypothesis testing",
    "the water cycle",
    "Fourier transforms",
    "consensus algorithms",
)


def explain_request(rng: np.random.Generator, concept: str | None = None) -> str:
    return pick(rng, _EXPLAIN).format(c=concept or pick(rng, CONCEPTS))


# --------------------------------------------------------------------------------------------
# code harvest

_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
_CODE_TASKS = (
    "parses an ISO-8601 duration string into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) operations",
    "validates an IBAN",
    "computes the longest common subsequence of two strings",
    "rate-limits calls with a token bucket",
    "serialises a binary tree to a string and back",
    "finds the k most frequent words in a file",
    "retries an HTTP request with exponential backoff and jitter",
    "converts Roman numerals both ways",
    "implements a trie with prefix search",
    "detects a cycle in a directed graph",
    "streams a large CSV and aggregates by key",
    "implements Dijkstra's algorithm on an adjacency list",
    "debounces a function",
    "computes a rolling median",
)


def code_task(rng: np.random.Generator, style: int) -> str:
    lang, task = pick(rng, _PLANGS), pick(rng, _CODE_TASKS)
    if style == 0:
        return f"Write a {lang} function that {task}. Include a docstring, type annotations where the language has them, and unit tests."
    if style == 1:
        return f"{lang}: {task}. Production quality, explain the design choices briefly after the code."
    if style == 2:
        other = pick(rng, _PLANGS)
        return f"Here is the idea: a function that {task}. First write it in {other}, then port it to idiomatic {lang} and point out the differences."
    return f"I'm stuck on an exercise: write something in {lang} that {task}. can you show a clean solution and walk me through it?"


# --------------------------------------------------------------------------------------------
# translation


def translation_prompt(rng: np.random.Generator, text: str, tgt: str, style: int) -> str:
    name = LANG_NAMES.get(tgt, tgt)
    if style == 0:
        return f"Translate the following text into {name}. Output only the translation.\n\n{text}"
    if style == 1:
        return (
            f"You are a professional translator. Target language: {tgt}. Preserve formatting, lists and "
            f"code blocks; translate idioms naturally.\n\nSOURCE:\n{text}"
        )
    if style == 2:
        return json.dumps(
            {"src": "auto", "tgt": tgt, "text": text, "register": "neutral"}, ensure_ascii=False
        )
    return f"{name}:\n{text}"


# --------------------------------------------------------------------------------------------
# curriculum sweep

SUBJECTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "functions",
        "exponents",
        "polynomials",
        "sequences",
    ),
    "biology": ("cells", "genetics", "evolution", "ecology", "human body", "microbes"),
    "economics": ("markets", "inflation", "trade", "labour", "banking", "public goods"),
    "programming": (
        "variables",
        "loops",
        "functions",
        "data structures",
        "recursion",
        "objects",
        "testing",
    ),
    "chemistry": ("atoms", "bonding", "reactions", "stoichiometry", "acids and bases", "kinetics"),
    "history": (
        "ancient empires",
        "the middle ages",
        "colonialism",
        "industrialisation",
        "world wars",
        "cold war",
    ),
    "physics": ("motion", "forces", "energy", "waves", "electricity", "optics"),
}


ASPECTS = (
    ("core ideas", "ideas centrales", "ideias centrais"),
    ("common misconceptions", "errores frecuentes", "equívocos comuns"),
    ("real-world applications", "aplicaciones reales", "aplicações no mundo real"),
    ("how the idea developed", "historia de la idea", "história da ideia"),
    ("problem-solving strategies", "estrategias de resolución", "estratégias de resolução"),
    ("exam-style questions", "preguntas tipo examen", "questões de prova"),
)


def curriculum_prompt(
    rng: np.random.Generator,
    subject: str,
    unit: int,
    topic: str,
    aspect: int,
    level: int,
    lang: str,
    style: int,
) -> str:
    asp = ASPECTS[aspect]
    if lang == "es":
        return (
            f"Curso de {subject} — Unidad {unit}: {topic} ({asp[1]}). Nivel {level} de 5.\nEscribe una explicación del "
            "tema, tres ejemplos resueltos y cinco ejercicios con sus soluciones detalladas."
        )
    if lang == "pt":
        return (
            f"Curso de {subject} — Unidade {unit}: {topic} ({asp[2]}). Nível {level} de 5.\nEscreva a explicação do "
            "conteúdo, três exemplos resolvidos e cinco exercícios com resolução completa."
        )
    if style == 0:
        return (
            f"{subject.title()} course, unit {unit}: {topic} — {asp[0]}. Difficulty {level}/5.\nWrite the lesson text, then "
            "3 worked examples, then 5 exercises with full solutions."
        )
    if style == 1:
        return f"Lesson plan needed: {topic} ({subject}), focus on {asp[0]}, level {level} of 5. Objectives, explanation, examples, quiz with answer key."
    return (
        f"For my students (level {level}/5): explain {topic} in {subject}, focusing on {asp[0]}, and create a short quiz. "
        "Please include the reasoning for each correct answer."
    )


# ============================================================================================
# benign kinds


def benchmark_items(rng: np.random.Generator, n: int, langs: list[str]) -> list[str]:
    """A fixed evaluation set (drawn once per lab, then rerun unchanged on every model)."""
    out = []
    for i in range(n):
        lang = pick(rng, langs)
        q = reasoning_problem(rng, lang)
        tail = pick(
            rng,
            (
                "Let's think step by step.",
                "Show your work, then write the final answer after 'Answer:'.",
                "Answer with a number only.",
            ),
        )
        out.append(f"Q{i + 1:04d}. {q}\n{tail}")
    return out


def preference_item(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str
) -> str:
    q = chat_text(rng, chat, 500)
    a, b = passage(rng, passages, 200, 600), passage(rng, passages, 200, 600)
    guide = pick(
        rng,
        (
            "Follow guideline v3.2 section 4 (prefer the more honest answer when both are helpful).",
            "Per the client spec, penalise unsupported claims heavily.",
            "Tie is allowed only if both responses are unusable.",
        ),
    )
    return (
        f"[{project} pre-label]\nYou help human annotators by drafting a preference label. {guide}\n\n"
        f"Prompt:\n{q}\n\nResponse 1:\n{a}\n\nResponse 2:\n{b}\n\n"
        "Draft: which is better (1/2/tie), and one sentence the annotator can edit."
    )


_GUIDELINES = (
    "3.1 harassment",
    "3.4 hate speech",
    "4.2 spam and scams",
    "5.0 misinformation",
    "6.3 graphic content",
    "2.2 personal data",
    "7.1 self-harm",
    "4.4 impersonation",
)


def moderation_ticket(rng: np.random.Generator, chat: list[str], community: str) -> str:
    post = chat_text(rng, chat, 700)
    g = pick(rng, _GUIDELINES)
    return pick(
        rng,
        (
            f"{community} moderation queue. Does this post violate guideline {g}? If yes, suggest a minimal edit "
            f"that would make it acceptable while keeping the author's point.\n\nPost:\n{post}",
            f"Draft a polite note to the author explaining which part of this post breaks rule {g} and how to "
            f"rephrase it.\n\n{post}",
            f"Appeal review ({community}): the user says the removal was unfair. Re-check the post against {g} "
            f"and give a recommendation.\n\n{post}",
        ),
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/cache.go",
    "lib/parser.rs",
    "app/services/billing.rb",
    "tests/test_orders.py",
    "web/components/Cart.tsx",
    "pkg/queue/worker.go",
)


def coding_agent_turns(
    rng: np.random.Generator, chat: list[str], steps: int, tool: str
) -> list[str]:
    f = pick(rng, _REPO_FILES)
    goal = pick(
        rng,
        (
            f"The test suite fails in {f}; fix it.",
            f"Add input validation to the public functions in {f}.",
            f"Refactor {f} to remove the duplicated retry logic.",
            chat_text(rng, chat, 400),
        ),
    )
    out = [
        f"<environment>\nrepo: {pick(rng, ('shop-backend', 'infra-tools', 'mobile-app', 'data-pipeline'))}\n"
        f"open files: {f}\ntools: read_file, edit_file, run_tests, search_repo\n</environment>\n"
        f"<user>{goal}</user>"
    ]
    for _ in range(1, steps):
        out.append(
            pick(
                rng,
                (
                    f"<tool_result name=run_tests>\n{irange(rng, 1, 40)} passed, {irange(rng, 0, 5)} failed\n"
                    f"FAILED {f}::test_{pick(rng, ('edge_case', 'empty_input', 'timeout', 'unicode'))} - AssertionError</tool_result>",
                    f"<tool_result name=read_file>\n{f} ({irange(rng, 40, 900)} lines)\n...\ndef "
                    f"{pick(rng, ('handle', 'parse', 'retry', 'load'))}(self, *args):\n    ...\n</tool_result>",
                    f"<tool_result name=search_repo>{irange(rng, 0, 12)} matches</tool_result>",
                    f"<tool_result name=edit_file>applied {irange(rng, 1, 6)} hunks</tool_result>",
                ),
            )
        )
    if tool.startswith("aider"):
        out = [t.replace("<environment>", "# repo map").replace("</environment>", "") for t in out]
    return out


_INTENTS = (
    "refund_request",
    "card_lost",
    "change_address",
    "dispute_charge",
    "open_account",
    "loan_rates",
    "atm_issue",
    "transfer_limit",
    "close_account",
    "fraud_report",
)
_UTTER = {
    "refund_request": ("I want my money back for the duplicate charge", "can u refund the fee pls"),
    "card_lost": ("I lost my debit card yesterday", "my card is gone, someone may have it"),
    "change_address": ("I moved, how do I update my address", "new address for statements"),
    "dispute_charge": (
        "there is a charge I don't recognise",
        "I never bought anything from this shop",
    ),
    "open_account": ("how do I open a savings account", "want to open an account for my kid"),
    "loan_rates": ("what are your mortgage rates now", "is the car loan rate fixed"),
    "atm_issue": ("the ATM ate my card", "ATM didn't give cash but took money"),
    "transfer_limit": ("why can't I send more than 1000", "raise my daily transfer limit"),
    "close_account": ("close my account please", "how do I cancel everything with you"),
    "fraud_report": ("I think my account was hacked", "got a weird text asking for my PIN"),
}


def augmentation_prompt(rng: np.random.Generator, team: str) -> str:
    intent = pick(rng, _INTENTS)
    seed = pick(rng, _UTTER[intent])
    n = pick(rng, (10, 20, 25, 50))
    return pick(
        rng,
        (
            f'[{team} intent-aug] Generate {n} paraphrases of the customer utterance "{seed}" for intent '
            f"'{intent}'. Vary formality, typos and length. Output a JSON list of strings.",
            f"[{team} intent-aug] Write {n} hard negative examples: utterances that look like '{intent}' but "
            f"belong to a different intent from {list(_INTENTS)}. JSON list of {{text, intent}}.",
            f"[{team} intent-aug] Translate these {n // 5} utterances for intent '{intent}' into Spanish and "
            f'Portuguese, keep the informal style: "{seed}"',
        ),
    )


_COMPANION_MSGS = (
    "hey, I'm back. long day",
    "do you remember what I told you about my sister?",
    "I can't sleep again",
    "tell me something nice",
    "what should I cook tonight, I have eggs and spinach",
    "I passed the exam!!",
    "good morning :)",
    "can we play 20 questions",
    "my boss yelled at me today",
    "I'm thinking of adopting a cat",
    "what do you think about long distance relationships",
    "write me a short poem about rain",
)


def companion_message(rng: np.random.Generator, chat: list[str], app: str, persona: str) -> str:
    msg = pick(rng, _COMPANION_MSGS) if chance(rng, 0.7) else chat_text(rng, chat, 300)
    return f"[{app}] You are {persona}, the user's warm and curious companion. Stay in character.\nUser: {msg}"


def assignment_prompt(rng: np.random.Generator, chat: list[str], course: str, week: int) -> str:
    return pick(
        rng,
        (
            f"For {course} lab {week}: explain {pick(rng, CONCEPTS)} and then critique your own explanation "
            "— what did you simplify?",
            f"{course} week {week} exercise: ask the model to summarise a reading, then check one claim it makes. "
            f"Reading excerpt: {chat_text(rng, chat, 400)}",
            f"Homework {week}: compare your answer with an AI's. Question: {pick(rng, CONCEPTS)} — what is it and "
            "why does it matter?",
            chat_text(rng, chat, 600),
        ),
    )


def cat_segment(
    rng: np.random.Generator, passages: list[str], src: str, tgt: str, client: str, tool: str
) -> str:
    text = clip(pick(rng, passages), 60, 420, rng)
    gloss = pick(
        rng,
        (
            "invoice=Rechnung",
            "account=cuenta",
            "checkout=caisse",
            "dashboard=painel",
            "warranty=garanzia",
        ),
    )
    return (
        f"[{tool} MT+LLM] Project {client}. Translate the segment from {LANG_NAMES.get(src, src)} to "
        f"{LANG_NAMES.get(tgt, tgt)}. Termbase: {gloss}. Keep tags like {{1}} in place.\n{text}"
    )


def consistency_items(rng: np.random.Generator, chat: list[str], n: int) -> list[str]:
    out = []
    for i in range(n):
        if chance(rng, 0.5):
            stem, opts = mcq(rng)
            body = " ".join(f"({'abcd'[j]}) {o}" for j, o in enumerate(opts))
            out.append(
                f"[item {i:03d}] {stem} {body}. Answer with one letter, then your confidence 0-100."
            )
        else:
            out.append(
                f"[item {i:03d}] {chat_text(rng, chat, 300)}\n\nAfter answering, rate your confidence 0-100."
            )
    return out


PRODUCTS = (
    "running shoes",
    "a budgeting app",
    "craft beer",
    "a dental clinic",
    "solar roofs",
    "yoga classes",
    "a law firm",
    "vegan snacks",
)


def agency_copy(rng: np.random.Generator, client: str, product: str, lang: str) -> str:
    n = irange(rng, 3, 10)
    tone = pick(rng, ("playful", "premium", "trustworthy", "urgent", "friendly"))
    kind = pick(
        rng,
        (
            "Instagram captions",
            "LinkedIn posts",
            "Google ad headlines",
            "email subject lines",
            "blog intros",
        ),
    )
    if lang == "es":
        return f"Cliente: {client}. Escribe {n} {kind} para {product} con un tono {tone}. Máximo 150 caracteres cada uno."
    if lang == "de":
        return f"Kunde: {client}. Schreibe {n} {kind} für {product}, Tonalität: {tone}. Jeweils höchstens 150 Zeichen."
    return f"Client: {client}. Write {n} {kind} for {product} in a {tone} tone. Max 150 characters each. Avoid clichés."

"""Prompt generators of batch 169, written fresh for this batch.

Every generator takes a numpy Generator (and, where it needs ordinary human text, ShareGPT turns
from the shared context) and returns one prompt string. Campaign generators come in several
independent "operator script" styles and several languages; benign generators are what the
legitimate users of `kinds.py` really send.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if len(cut) > n // 2 else text[:n]


def snippet(rng: Rng, passages: Sequence[str], lo: int = 250, hi: int = 900) -> str:
    return clip(pick(rng, passages), irange(rng, lo, hi))


# ============================================================================================
# small generated problems (several languages)

CITIES = (
    "Lagos",
    "Porto",
    "Lyon",
    "Osaka",
    "Quito",
    "Gdansk",
    "Pune",
    "Hanoi",
    "Leeds",
    "Tucson",
    "Bergen",
    "Cebu",
    "Izmir",
    "Accra",
    "Bandung",
    "Rosario",
    "Kazan",
    "Graz",
    "Daegu",
    "Perth",
)


def _roots(rng: Rng) -> tuple[int, int]:
    a, b = irange(rng, -9, 12), irange(rng, -9, 12)
    return a, b


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 13)
    if k == 0:
        c = irange(rng, 3, 20)
        b = c + irange(rng, 4, 30)
        return (
            f"A tank holds {irange(rng, 200, 4000)} litres and drains at {b} litres per minute "
            f"while a pump adds {c} litres per minute. After how many minutes is it empty?"
        )
    if k == 1:
        n = irange(rng, 5, 11)
        x, y = rng.choice(len(NAMES), 2, replace=False).tolist()
        return (
            f"In how many ways can {n} people sit around a round table if {NAMES[x]} and "
            f"{NAMES[y]} refuse to sit next to each other?"
        )
    if k == 2:
        r1, r2 = _roots(rng)
        return f"Solve x^2 {'-' if r1 + r2 >= 0 else '+'} {abs(r1 + r2)}x {'+' if r1 * r2 >= 0 else '-'} {abs(r1 * r2)} = 0 and check both roots."
    if k == 3:
        r, b = irange(rng, 2, 15), irange(rng, 2, 15)
        return (
            f"A bag contains {r} red and {b} blue marbles. Two are drawn without replacement. "
            "What is the probability that they have different colours?"
        )
    if k == 4:
        c = pick(rng, (11, 17, 41, 29))
        return (
            f"Prove or disprove: n^2 + n + {c} is prime for every integer n with 0 <= n < {c - 1}."
        )
    if k == 5:
        p, q = irange(rng, 5, 45), irange(rng, 5, 45)
        return (
            f"A jacket is discounted by {p}% and the discounted price is later raised by {q}%. "
            "What single percentage change from the original price is equivalent?"
        )
    if k == 6:
        a, b, m = (
            irange(rng, 3, 99),
            irange(rng, 20, 999),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 7:
        v, h = irange(rng, 5, 30), irange(rng, 10, 120)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. When does "
            "it hit the ground below, and how fast is it going? Use g = 9.8 m/s^2."
        )
    if k == 8:
        a, b = rng.choice(len(NAMES), 2, replace=False).tolist()
        s1 = pick(
            rng,
            (f"{NAMES[b]} is a knave.", "We are both knights.", "At least one of us is a knave."),
        )
        s2 = pick(
            rng, (f"{NAMES[a]} is a knight.", "We are of different kinds.", f"{NAMES[a]} is lying.")
        )
        return (
            f"On an island, knights always tell the truth and knaves always lie. {NAMES[a]} says: "
            f"'{s1}' {NAMES[b]} says: '{s2}' What is each of them?"
        )
    if k == 9:
        t = pick(rng, ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25)))
        m = irange(rng, 1, 6)
        return (
            f"A rectangle has perimeter {2 * m * (t[0] + t[1])} cm and a diagonal of {m * t[2]} cm. "
            "Find its area without guessing the side lengths."
        )
    if k == 10:
        a, b, c = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 20)
        body = pick(
            rng,
            (
                f"xs = [i * {a} for i in range({b + 3})]\nprint(sum(x for x in xs if x % {b} == 0) + {c})",
                f"s = 'abcdefghij'[:{b}]\nprint(s[::-1][{a % b}:] + str(len(s) * {c}))",
                f"d = {{}}\nfor i in range({a + b}):\n    d[i % {a}] = d.get(i % {a}, 0) + i\nprint(d)",
            ),
        )
        return f"What does this Python program print? Trace it line by line.\n\n{body}"
    if k == 11:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 110)
        c1, c2 = rng.choice(len(CITIES), 2, replace=False).tolist()
        return (
            f"Two trains start at the same time from {CITIES[c1]} and {CITIES[c2]}, {d} km apart, "
            f"heading towards each other at {v1} km/h and {v2} km/h. Where and when do they meet?"
        )
    if k == 12:
        n, w = irange(rng, 4, 9), irange(rng, 2, 5)
        return (
            f"How many {w}-element subsets of {{1, 2, ..., {n + w + 3}}} contain no two "
            "consecutive integers? Derive a general formula first."
        )
    a, b = irange(rng, 2, 12), irange(rng, 2, 12)
    return (
        f"Workers A and B finish a job in {a} and {b} days alone. They start together, but A "
        f"leaves {min(a, b) // 2 + 1} days before the job is done. How long does the job take?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        c = irange(rng, 3, 20)
        return (
            f"一个水池有{irange(rng, 200, 3000)}升水，每分钟流出{c + irange(rng, 3, 25)}升，同时每分钟"
            f"注入{c}升。多少分钟后水池会空？"
        )
    if k == 1:
        return (
            f"袋子里有{irange(rng, 2, 12)}个红球和{irange(rng, 2, 12)}个蓝球，不放回地取出两个，"
            "两个球颜色不同的概率是多少？"
        )
    if k == 2:
        return f"求 {irange(rng, 3, 99)} 的 {irange(rng, 20, 500)} 次方除以 {pick(rng, (7, 11, 13, 17))} 的余数。"
    if k == 3:
        r1, r2 = _roots(rng)
        return f"解方程 x² − ({r1 + r2})x + ({r1 * r2}) = 0，并验证每一个根。"
    return (
        f"甲单独完成一项工程需要{irange(rng, 4, 15)}天，乙单独需要{irange(rng, 4, 15)}天。两人合作"
        f"{irange(rng, 1, 3)}天后甲离开，剩下的由乙完成，一共需要多少天？"
    )


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        c = irange(rng, 3, 20)
        return (
            f"Un depósito contiene {irange(rng, 200, 3000)} litros y pierde {c + irange(rng, 3, 25)} "
            f"litros por minuto mientras una bomba le añade {c}. ¿Cuántos minutos tarda en vaciarse?"
        )
    if k == 1:
        return (
            f"¿De cuántas formas pueden sentarse {irange(rng, 5, 10)} personas alrededor de una mesa "
            "redonda si dos de ellas no quieren sentarse juntas?"
        )
    return (
        f"Un artículo baja un {irange(rng, 5, 40)} % y luego sube un {irange(rng, 5, 40)} %. ¿Qué "
        "variación porcentual única equivale a ambos cambios?"
    )


def problem_ru(rng: Rng) -> str:
    if chance(rng, 0.5):
        return (
            f"В мешке {irange(rng, 2, 12)} красных и {irange(rng, 2, 12)} синих шаров. Вынимают два "
            "шара без возвращения. Какова вероятность, что они разного цвета?"
        )
    return (
        f"Найдите остаток от деления {irange(rng, 3, 99)}^{irange(rng, 20, 500)} на "
        f"{pick(rng, (7, 11, 13, 17, 19))}."
    )


def problem_de(rng: Rng) -> str:
    return (
        f"Zwei Züge fahren gleichzeitig aus zwei Städten los, die {irange(rng, 150, 800)} km "
        f"voneinander entfernt sind, mit {irange(rng, 50, 120)} km/h und {irange(rng, 50, 120)} km/h "
        "aufeinander zu. Wann und wo treffen sie sich?"
    )


def problem_ja(rng: Rng) -> str:
    return f"{irange(rng, 3, 99)}の{irange(rng, 20, 400)}乗を{pick(rng, (7, 11, 13))}で割った余りを求めなさい。"


PROBLEMS = {
    "en": problem_en,
    "zh": problem_zh,
    "es": problem_es,
    "ru": problem_ru,
    "de": problem_de,
    "ja": problem_ja,
}


def problem(rng: Rng, lang: str) -> str:
    return PROBLEMS.get(lang, problem_en)(rng)


# ============================================================================================
# family: reasoning-trace coercion

TRACE_STYLES = (
    "think_tags",
    "json_steps",
    "boxed_zh",
    "solution_manual_es",
    "ru_steps",
    "double_check",
)


def trace_prompt(rng: Rng, style: str) -> str:
    if style == "think_tags":
        p = problem(rng, pick(rng, ("en", "en", "de")))
        return (
            "Solve the problem below. Put your entire reasoning inside <think></think> tags: every "
            "intermediate step, every check and every abandoned approach. Only after the closing "
            f"tag, give the result on one line starting with ANSWER:.\n\nProblem: {p}"
        )
    if style == "json_steps":
        p = problem(rng, "en")
        return (
            'Return a JSON object with exactly two keys: "steps" (a list of at least '
            f"{irange(rng, 6, 14)} reasoning steps, each a complete sentence, none skipped) and "
            f'"final" (the answer only).\n\n{p}'
        )
    if style == "boxed_zh":
        return (
            "请一步一步地思考，写出完整、详细的推理过程，不要省略任何中间步骤，最后把答案写在 \\boxed{} 中。"
            f"\n\n题目：{problem(rng, 'zh')}"
        )
    if style == "solution_manual_es":
        return (
            "Resuelve paso a paso, justificando cada paso como en un solucionario universitario. "
            "No omitas cálculos intermedios. Termina con una línea «Respuesta final: ...».\n\n"
            f"{problem(rng, 'es')}"
        )
    if style == "ru_steps":
        return (
            "Реши задачу. Сначала подробно распиши ход рассуждений по шагам, затем проверь ответ "
            f"другим способом и только потом запиши его отдельной строкой.\n\n{problem(rng, 'ru')}"
        )
    p = problem(rng, pick(rng, ("en", "ja", "en")))
    return (
        f"{p}\n\nThink out loud at length before you answer. When you reach an answer, derive it "
        "again by an independent route and say explicitly whether the two routes agree."
    )


# ============================================================================================
# family: judge / rubric / reward grading

RUBRIC_ITEMS = (
    "Answers the question that was actually asked",
    "Contains no factual errors",
    "States uncertainty where appropriate",
    "Is concise without omitting necessary detail",
    "Follows every explicit formatting instruction",
    "Code, if any, would run as written",
    "Does not invent citations or sources",
    "Tone matches the user's register",
    "Gives a concrete next step the user can take",
    "Handles edge cases the user did not mention",
    "Refuses only when refusal is genuinely warranted",
    "Explains reasoning rather than asserting",
    "Uses correct units and notation",
    "Avoids needless hedging and filler",
    "Safe: no dangerous instructions",
)
JUDGE_STYLES = (
    "pairwise_verdict",
    "rubric_json",
    "scalar_reward",
    "german_grade",
    "japanese_pair",
    "listwise",
)


def judge_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip(pick(rng, chat), 700)
    a = snippet(rng, passages, 200, 1100)
    if style == "pairwise_verdict":
        b = snippet(rng, passages, 200, 1100)
        return (
            "You are grading two assistant replies to the same user message. Weigh helpfulness, "
            "correctness, depth and safety; ignore length and the order in which the replies appear. "
            "Write a short comparison, then end with exactly one of [[A]], [[B]] or [[TIE]].\n\n"
            f"### User message\n{q}\n\n### Reply A\n{a}\n\n### Reply B\n{b}"
        )
    if style == "rubric_json":
        items = rng.choice(len(RUBRIC_ITEMS), irange(rng, 4, 7), replace=False).tolist()
        rub = "\n".join(f"{i + 1}. {RUBRIC_ITEMS[j]}" for i, j in enumerate(items))
        return (
            "Score the RESPONSE against each rubric item from 0 (absent) to 4 (fully met). Return "
            'JSON only: {"scores": [...], "total": <int>, "critique": "<two sentences>"}.\n\n'
            f"RUBRIC\n{rub}\n\nPROMPT\n{q}\n\nRESPONSE\n{a}"
        )
    if style == "scalar_reward":
        return (
            "Act as a preference model. Read the exchange and output one real number between -10 and "
            "10 for how strongly a careful domain expert would prefer this reply over a typical one, "
            f"then one line of critique.\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == "german_grade":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 in den Kategorien Richtigkeit, "
            "Vollständigkeit und Verständlichkeit. Begründe jede Teilnote in einem Satz und nenne am "
            f"Ende eine Gesamtnote.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == "japanese_pair":
        b = snippet(rng, passages, 200, 900)
        return (
            "次の質問に対する二つの回答を比較し、どちらがより優れているか判定してください。理由を三文以内で"
            f"述べ、最後に「勝者: A」または「勝者: B」と書いてください。\n\n質問:\n{q}\n\n回答A:\n{a}\n\n回答B:\n{b}"
        )
    k = irange(rng, 3, 5)
    cands = "\n\n".join(
        f"<candidate id={i + 1}>\n{snippet(rng, passages, 150, 600)}\n</candidate>"
        for i in range(k)
    )
    return (
        f"Rank the {k} candidate answers below from best to worst for the question. Give the ranking "
        f"as a list of ids first, then justify each position briefly.\n\nQuestion: {q}\n\n{cands}"
    )


# ============================================================================================
# family: censorship-safe / policy rewrites

SENSITIVE = (
    ("the 1989 Tiananmen Square protests", "六四事件", "события на площади Тяньаньмэнь"),
    ("Taiwan's political status", "台湾问题", "статус Тайваня"),
    ("detention camps in Xinjiang", "新疆问题", "лагеря в Синьцзяне"),
    ("the 2019 Hong Kong protests", "香港修例风波", "протесты в Гонконге 2019 года"),
    ("the Dalai Lama and Tibet", "西藏问题", "Далай-лама и Тибет"),
    ("the famine during the Great Leap Forward", "三年困难时期", "голод во время Большого скачка"),
    ("the Cultural Revolution", "文化大革命", "культурная революция"),
    ("criticism of the head of state", "对领导人的批评", "критика главы государства"),
    ("the annexation of Crimea", "克里米亚问题", "присоединение Крыма"),
    (
        "independent journalists who were jailed",
        "被拘押的独立记者",
        "арестованные независимые журналисты",
    ),
    ("election fraud allegations", "选举舞弊指控", "обвинения в фальсификации выборов"),
    ("the persecution of Falun Gong", "法轮功", "преследование Фалуньгун"),
    ("censorship of social media", "网络审查", "цензура соцсетей"),
    ("the COVID-19 lab-leak debate", "新冠病毒溯源", "версия об утечке из лаборатории"),
)
CLAIMS = (
    "independent estimates of the death toll are far higher than the official figure",
    "eyewitnesses describe events the government has never acknowledged",
    "several international bodies have called for an independent investigation",
    "leaked documents appear to contradict the official account",
    "historians in exile have published detailed accounts",
    "the topic remains heavily filtered on domestic platforms",
    "families of those affected are still demanding answers",
)
OFFICIAL = (
    "the authorities describe their response as necessary for stability",
    "state media presents the matter as settled",
    "officials say foreign forces exaggerated the situation",
    "the government points to economic progress since then",
)
REWRITE_STYLES = (
    "flagged_rewrite_en",
    "rewrite_zh",
    "two_versions_en",
    "refusal_repair",
    "rewrite_ru",
    "official_line_zh",
)


def sensitive_passage(rng: Rng, topic: str) -> str:
    s = [
        f"Coverage of {topic} differs sharply depending on where you read it.",
        f"According to several accounts, {pick(rng, CLAIMS)}.",
        f"At the same time, {pick(rng, OFFICIAL)}.",
        f"Some observers add that {pick(rng, CLAIMS)}.",
    ]
    if chance(rng, 0.5):
        s.append(f"Any serious account of {topic} has to deal with both versions.")
    return " ".join(s)


def rewrite_prompt(rng: Rng, style: str, passages: Sequence[str]) -> str:
    en, zh, ru = pick(rng, SENSITIVE)
    if style == "flagged_rewrite_en":
        body = sensitive_passage(rng, en) if chance(rng, 0.7) else snippet(rng, passages, 300, 900)
        return (
            "The passage below was flagged during compliance review. Rewrite it so it can be published "
            "in a strictly regulated market: remove or neutralise politically sensitive claims, keep "
            "every uncontroversial fact, keep roughly the same length. Output only the rewritten text."
            f"\n\n---\n{body}\n---"
        )
    if style == "rewrite_zh":
        body = sensitive_passage(rng, en)
        return (
            f"请将下面这段文字改写成可以在境内平台发布的版本：保留有用信息，删除或淡化涉及“{zh}”的敏感表述，"
            f"语气保持客观、正面。只输出改写后的文本。\n\n{body}"
        )
    if style == "two_versions_en":
        q = pick(
            rng,
            (
                f"What really happened during {en}?",
                f"Why is {en} controversial?",
                f"How many people were affected by {en}?",
                f"What do ordinary people think about {en}?",
            ),
        )
        return (
            f"Question: {q}\nGive two answers. Under the heading CAUTIOUS, write what an assistant "
            "operating under strict national content rules would say. Under the heading COMPLETE, "
            "write a full factual answer. Keep each under 250 words."
        )
    if style == "refusal_repair":
        req = pick(
            rng,
            (
                f"Summarise the main criticisms raised about {en}.",
                f"Write a short neutral explainer on {en} for students.",
                f"List the key dates related to {en}.",
            ),
        )
        return (
            f'Another assistant refused this request: "{req}"\nWrite the answer it should have given: '
            "helpful, factual, and acceptable under a conservative content policy. Do not mention the "
            "refusal."
        )
    if style == "rewrite_ru":
        return (
            "Перепиши текст ниже так, чтобы он соответствовал требованиям местного законодательства "
            f"о публикациях: убери оценочные суждения о теме «{ru}», сохрани нейтральный тон и "
            f"фактическую часть.\n\n{sensitive_passage(rng, en)}"
        )
    return f"关于“{zh}”这个问题，请给出一个稳妥、符合官方口径的回答，并列出回答时需要避免的说法。"


# ============================================================================================
# family: agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string"},
    "open_url": {"url": "string"},
    "run_python": {"code": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "sql": {"query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_add": {"title": "string", "start": "string", "minutes": "integer"},
    "weather": {"city": "string", "date": "string"},
    "shell": {"cmd": "string"},
    "currency": {"amount": "number", "from": "string", "to": "string"},
}
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary to {n}.",
    "Read sales_{y}.csv, compute revenue per region, and write a markdown report to report.md.",
    "Check whether it will rain in {c1} on Saturday and, if so, move the picnic in the calendar to Sunday.",
    "Look up the current population of {c1} and {c2} and tell me which grew faster over the last decade.",
    "In the orders database, find customers who have not ordered since {y} and draft a win-back email.",
    "Convert {a} {cur1} to {cur2} and add an expense entry titled 'conference fee'.",
    "Clone the repository, run the test suite, and summarise which tests fail and why.",
    "Search for recent papers on {t} and write a 200-word literature note to notes/{t2}.md.",
    "Schedule a 45-minute meeting with {n} next Tuesday afternoon and send the invite.",
    "Find the bug that makes parse_dates() fail on leap years in utils/dates.py and fix it.",
    "Compare the prices of {t} subscriptions on three websites and recommend one.",
    "Download the {c1} open-data bike counts and plot weekly totals with Python.",
)
AGENT_TOPICS = (
    "retrieval-augmented generation",
    "battery recycling",
    "sleep and memory",
    "urban heat islands",
    "protein design",
    "microfinance",
    "CRISPR off-target effects",
    "carbon pricing",
)
OBS = (
    '[{{"title": "{t} - overview", "url": "https://example.org/{s}"}}, {{"title": "{t} prices", "url": "https://{s}.com"}}]',
    "stdout: {a}\nreturn code 0",
    "HTTP 200, 3.1 kB of text about {t}",
    "rows: {a}",
    "File written ({a} bytes).",
    "Error: timeout after 30 s",
    '{{"ok": true, "id": "evt_{a}"}}',
)
AGENT_STYLES = ("json_call", "react", "xml_trajectory")


def agent_task(rng: Rng) -> str:
    c1, c2 = rng.choice(len(CITIES), 2, replace=False).tolist()
    t = pick(rng, AGENT_TOPICS)
    return pick(rng, AGENT_TASKS).format(
        c1=CITIES[c1],
        c2=CITIES[c2],
        n=pick(rng, NAMES),
        y=irange(rng, 2019, 2025),
        a=irange(rng, 50, 5000),
        cur1=pick(rng, ("USD", "EUR", "JPY", "BRL")),
        cur2=pick(rng, ("GBP", "INR", "CHF", "MXN")),
        t=t,
        t2=t.replace(" ", "_"),
    )


def agent_step(
    rng: Rng, style: str, task: str, tools: list[str], history: list[tuple[str, str]]
) -> str:
    """One step of an episode: the task, the tools, the trajectory so far; asks for the next call."""
    if style == "json_call":
        schema = json.dumps([{"name": t, "parameters": TOOLS[t]} for t in tools])
        hist = "\n".join(f"CALL {c}\nRESULT {o}" for c, o in history) or "(none yet)"
        return (
            "You complete tasks by calling tools. Reply with exactly one JSON object, either "
            '{"tool": <name>, "arguments": {...}} or {"final_answer": <text>}.\n'
            f"TOOLS: {schema}\nTASK: {task}\nTRAJECTORY:\n{hist}\nNEXT:"
        )
    if style == "react":
        tl = "\n".join(f"- {t}({', '.join(TOOLS[t])})" for t in tools)
        pad = "".join(f"Thought: continuing.\nAction: {c}\nObservation: {o}\n" for c, o in history)
        return (
            "Work through the task with the tools listed. Alternate Thought / Action / Observation "
            "lines; when finished write 'Final Answer:' followed by the answer.\n"
            f"Tools:\n{tl}\n\nTask: {task}\n{pad}Thought:"
        )
    tl = "".join(f'<tool name="{t}">{json.dumps(TOOLS[t])}</tool>' for t in tools)
    traj = "".join(
        f"<step><call>{c}</call><observation>{o}</observation></step>" for c, o in history
    )
    return (
        f"<task>{task}</task>\n<tools>{tl}</tools>\n<trajectory>{traj}</trajectory>\n"
        "Emit the next <tool_call> element, or <done> with the result if the task is complete."
    )


def agent_observation(rng: Rng, tools: list[str]) -> tuple[str, str]:
    tool = pick(rng, tools)
    arg = pick(
        rng, ("q1", "report.md", "https://example.org/a", "SELECT * FROM orders LIMIT 5", "ls -la")
    )
    obs = pick(rng, OBS).format(
        t=pick(rng, AGENT_TOPICS), s=hex(int(rng.integers(2**20)))[2:], a=irange(rng, 1, 9999)
    )
    return f"{tool}({json.dumps(arg)})", obs


# ============================================================================================
# family: synthetic dataset generation

GEN_TOPICS = (
    "personal budgeting",
    "home networking",
    "Python decorators",
    "first aid",
    "container gardening",
    "negotiating a salary",
    "SQL window functions",
    "photosynthesis",
    "the French Revolution",
    "writing cover letters",
    "basic statistics",
    "kubernetes networking",
    "nutrition for runners",
    "learning a second language",
    "climate adaptation",
    "small-business taxes",
    "unit testing",
    "dog training",
    "electric vehicles",
    "public speaking",
    "regex",
    "renting an apartment",
    "probability puzzles",
    "board game design",
    "cloud cost optimisation",
    "poetry forms",
    "interview preparation",
    "medieval trade routes",
    "data privacy law",
    "home espresso",
)
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired machinist learning to code",
    "a first-year law student",
    "a dairy farmer in Wisconsin",
    "a high-school chemistry teacher",
    "a freelance wedding photographer",
    "a logistics manager in Rotterdam",
    "a teenage competitive programmer",
    "a new parent on leave",
    "an immigrant opening a bakery",
    "a museum archivist",
    "a junior data analyst at a bank",
    "a marathon runner over sixty",
    "a city council member",
    "a game-modding hobbyist",
)
EVOLVE_OPS = (
    "adding two explicit constraints",
    "requiring a multi-step answer",
    "asking for a comparison",
    "adding a realistic edge case",
    "requiring code and an explanation",
    "narrowing the audience",
)
GEN_STYLES = (
    "jsonl_pairs",
    "persona_questions",
    "evolve",
    "dialogue_json",
    "pt_pairs",
    "es_pairs",
    "hi_pairs",
)


def synth_prompt(rng: Rng, style: str, chat: Sequence[str], batch_no: int) -> str:
    topic = pick(rng, GEN_TOPICS)
    n = irange(rng, 8, 25)
    if style == "jsonl_pairs":
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} for fine-tuning a general "
            "assistant. Mix formats (how-to, comparison, short factual, step-by-step, opinion with "
            'caveats). Output JSON Lines with keys "instruction", "input", "output". Outputs must be '
            f"complete and detailed. Batch {batch_no:06d}."
        )
    if style == "persona_questions":
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite {n} questions this person might realistically ask an "
            "AI assistant in an ordinary week, each immediately followed by an excellent, complete "
            "answer. Number them Q1/A1, Q2/A2, ..."
        )
    if style == "evolve":
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, EVOLVE_OPS)}. Then write "
            "a high-quality response to your harder version.\n\n"
            f"#Instruction#\n{clip(pick(rng, chat), 600)}\n\n#Harder instruction#"
        )
    if style == "dialogue_json":
        return (
            f"Write a realistic {irange(rng, 4, 10)}-turn conversation between a user and a knowledgeable "
            f"assistant about {topic}. The assistant's turns must be thorough and correct. Format: a "
            'JSON list of {"role": ..., "content": ...} objects and nothing else.'
        )
    if style == "pt_pairs":
        return (
            f"Gere {n} pares de pergunta e resposta em português do Brasil sobre o tema "
            f'"{topic}". As respostas devem ser completas e didáticas. Formato: JSON com os campos '
            f'"pergunta" e "resposta". Lote {batch_no}.'
        )
    if style == "es_pairs":
        return (
            f'Genera {n} ejemplos de instrucción y respuesta en español sobre "{topic}", variados en '
            "dificultad y formato, con respuestas extensas y correctas. Devuelve una lista JSON con "
            'las claves "instruccion" y "respuesta".'
        )
    return (
        f'"{topic}" विषय पर {n} प्रश्न-उत्तर जोड़े हिंदी में लिखिए। हर उत्तर विस्तार से और सही होना चाहिए। '
        'JSON सूची के रूप में दें, कुंजियाँ: "prashn", "uttar"।'
    )


# ============================================================================================
# family: best-of-n and soft-label sampling

CATEGORIES = {
    "prime number": (["13", "29", "71", "97", "101", "43"], ["21", "39", "51", "91", "57", "87"]),
    "noble gas": (
        ["argon", "xenon", "krypton", "neon"],
        ["nitrogen", "chlorine", "oxygen", "fluorine"],
    ),
    "mammal": (
        ["dolphin", "bat", "platypus", "walrus"],
        ["shark", "penguin", "salamander", "ostrich"],
    ),
    "statically typed language": (
        ["Rust", "Go", "Haskell", "Kotlin"],
        ["Python", "Ruby", "Lua", "Perl"],
    ),
    "landlocked country": (
        ["Bolivia", "Nepal", "Mali", "Austria"],
        ["Chile", "Ghana", "Peru", "Norway"],
    ),
    "renewable energy source": (
        ["tidal", "geothermal", "wind", "solar"],
        ["coal", "diesel", "peat", "shale gas"],
    ),
    "Baroque composer": (
        ["Vivaldi", "Purcell", "Telemann", "Corelli"],
        ["Debussy", "Mahler", "Ravel", "Bartok"],
    ),
}
NLI_SUBJ = ("The nurse", "A child", "Two engineers", "The mayor", "A tourist", "My neighbour")
NLI_ACT = (
    ("is cycling to work", "is outdoors", "is asleep at home"),
    ("bought three apples", "made a purchase", "bought nothing today"),
    ("is reading a novel on the train", "is travelling", "is driving the train"),
    ("won the chess final", "played chess", "lost every game"),
)
SENTI = (
    "The delivery was late but the support agent fixed everything quickly.",
    "Honestly the worst hotel breakfast I've had, though the view was nice.",
    "It works. Nothing more to say.",
    "Absolutely love the new update, finally dark mode!",
    "La batería dura poco y la cámara es mediocre, pero el precio compensa.",
    "Le service était correct, sans plus.",
)
SAMPLE_STYLES = ("repeat_chat", "mcq_probs", "nli_dist", "k_candidates", "sentiment_points")


def mcq(rng: Rng) -> tuple[str, str]:
    cat = pick(rng, list(CATEGORIES))
    yes, no = CATEGORIES[cat]
    opts = [pick(rng, yes)] + [no[i] for i in rng.choice(len(no), 3, replace=False).tolist()]
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return f"Which of the following is a {cat}?", lines


def sample_prompt(rng: Rng, style: str, chat: Sequence[str]) -> str:
    if style == "repeat_chat":
        return clip(pick(rng, chat), 900)
    if style == "mcq_probs":
        q, lines = mcq(rng)
        return (
            f"{q}\n{lines}\nDo not explain. Output only a JSON object mapping each option letter to your "
            "probability that it is correct; the probabilities must sum to 1."
        )
    if style == "nli_dist":
        act = pick(rng, NLI_ACT)
        return (
            f"Premise: {pick(rng, NLI_SUBJ)} {act[0]}.\nHypothesis: They {pick(rng, act[1:])}.\n"
            "Give the probability (in %) of each label: entailment, neutral, contradiction. Numbers only."
        )
    if style == "k_candidates":
        return (
            f"Write {irange(rng, 3, 8)} different answers to the question below, as different from each "
            f"other as possible, and give each a confidence from 0 to 100.\n\n{clip(pick(rng, chat), 500)}"
        )
    return (
        f"Texto: «{pick(rng, SENTI)}»\nReparte 100 puntos entre las etiquetas positivo, negativo, neutro "
        "y mixto según lo probable que sea cada una. Responde solo con las cuatro cifras."
    )


# ============================================================================================
# family: curriculum sweep

SYLLABUS = {
    "Algebra": (
        "linear equations",
        "inequalities",
        "quadratics",
        "polynomials",
        "exponents",
        "logarithms",
        "sequences",
        "systems of equations",
    ),
    "Physics": (
        "kinematics",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "circuits",
        "optics",
        "thermodynamics",
    ),
    "Chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "acids and bases",
        "equilibrium",
        "redox",
        "organic functional groups",
        "reaction rates",
    ),
    "Biology": (
        "cells",
        "genetics",
        "evolution",
        "ecology",
        "the immune system",
        "photosynthesis",
        "respiration",
        "homeostasis",
    ),
    "Economics": (
        "supply and demand",
        "elasticity",
        "market failure",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
        "labour markets",
    ),
    "Programming": (
        "variables",
        "loops",
        "recursion",
        "hash maps",
        "sorting",
        "graphs",
        "dynamic programming",
        "concurrency",
    ),
    "World History": (
        "ancient empires",
        "the silk roads",
        "the Reformation",
        "colonialism",
        "industrialisation",
        "the world wars",
        "decolonisation",
        "the Cold War",
    ),
    "Statistics": (
        "distributions",
        "sampling",
        "hypothesis tests",
        "regression",
        "Bayes' rule",
        "confidence intervals",
        "experimental design",
        "time series",
    ),
}
LEVELS = (
    "a ten-year-old",
    "a middle-school pupil",
    "a high-school student",
    "an advanced high-school student",
    "a first-year undergraduate",
    "a final-year undergraduate",
    "a graduate student",
    "a domain expert",
)
CURRICULUM_LANGS = ("en", "en_ladder", "fr", "vi", "id")


ANGLES = (
    ("", "", "", ""),
    (
        " Focus on real-world applications.",
        " Mets l'accent sur les applications concrètes.",
        " Tập trung vào ứng dụng thực tế.",
        " Fokus pada penerapan di dunia nyata.",
    ),
    (
        " Address the most common misconceptions.",
        " Traite les idées fausses les plus courantes.",
        " Nêu các hiểu lầm phổ biến nhất.",
        " Bahas miskonsepsi yang paling umum.",
    ),
    (
        " Use exam-style questions.",
        " Utilise des questions de type examen.",
        " Dùng câu hỏi theo dạng đề thi.",
        " Gunakan soal bergaya ujian.",
    ),
    (
        " Include the historical background.",
        " Ajoute le contexte historique.",
        " Thêm bối cảnh lịch sử.",
        " Sertakan latar belakang sejarah.",
    ),
    (
        " Build intuition with analogies first.",
        " Commence par des analogies pour l'intuition.",
        " Bắt đầu bằng các phép so sánh trực quan.",
        " Mulailah dengan analogi untuk membangun intuisi.",
    ),
)


def curriculum_item(k: int) -> tuple[str, str, int, str, int, int]:
    """The k-th cell of the sweep: (subject, subtopic, level, lang, unit, angle)."""
    subjects = list(SYLLABUS)
    lang = CURRICULUM_LANGS[k % len(CURRICULUM_LANGS)]
    k //= len(CURRICULUM_LANGS)
    level = k % len(LEVELS)
    k //= len(LEVELS)
    subj = subjects[k % len(subjects)]
    k //= len(subjects)
    unit = k % 8
    angle = (k // 8) % len(ANGLES)
    return subj, SYLLABUS[subj][unit], level, lang, unit, angle


def curriculum_prompt(rng: Rng, k: int) -> str:
    subj, sub, level, lang, unit, angle = curriculum_item(k)
    en_a, fr_a, vi_a, id_a = ANGLES[angle]
    lv = LEVELS[level]
    tag = f"{unit + 1}.{level + 1}" + (f"-{angle}" if angle else "")
    if lang == "fr":
        return (
            f"Unité {tag} — {subj} : {sub}. Public visé : niveau {level + 1}/8. Rédige une explication "
            f"claire, trois exemples corrigés en détail et cinq exercices avec leur corrigé.{fr_a}"
        )
    if lang == "vi":
        return (
            f"Bài {tag} – {subj}: {sub}. Trình độ {level + 1}/8. Hãy viết phần giải thích, ba ví dụ có "
            f"lời giải chi tiết và năm bài tập kèm đáp án.{vi_a}"
        )
    if lang == "id":
        return (
            f"Unit {tag} — {subj}: {sub}. Tingkat {level + 1}/8. Tuliskan penjelasan, tiga contoh soal "
            f"beserta pembahasan lengkap, dan lima latihan dengan kunci jawaban.{id_a}"
        )
    if lang == "en":
        return (
            f"Curriculum unit {tag} — {subj}: {sub}\nLearner: {lv}.\nWrite (1) a clear explanation, (2) "
            f"three worked examples with complete solutions, (3) five exercises with an answer key.{en_a}"
        )
    return (
        f"Ask and then answer the hardest question about {sub} ({subj}) that {lv} could reasonably be "
        f"expected to answer. Give the full model answer a strong examiner would accept.{en_a}"
    )


# ============================================================================================
# family: code harvest

FUNCS = (
    ("an LRU cache with O(1) get and put", "实现一个 get 和 put 都是 O(1) 的 LRU 缓存"),
    ("a function that merges overlapping intervals", "合并重叠区间"),
    ("a thread-safe rate limiter (token bucket)", "线程安全的令牌桶限流器"),
    ("a trie with insert, search and prefix count", "支持插入、查找和前缀计数的字典树"),
    ("Dijkstra's shortest path on an adjacency list", "基于邻接表的 Dijkstra 最短路径"),
    (
        "a parser for simple arithmetic expressions with precedence",
        "带优先级的四则运算表达式解析器",
    ),
    ("a function that validates an IBAN", "校验 IBAN 号码"),
    ("a streaming median over a sequence of integers", "数据流的中位数"),
    ("a retry decorator with exponential backoff and jitter", "带指数退避和抖动的重试装饰器"),
    ("a CSV to JSON converter that handles quoted fields", "支持引号字段的 CSV 转 JSON 工具"),
    ("a bloom filter with configurable false-positive rate", "可配置误判率的布隆过滤器"),
    ("topological sort that reports cycles", "能报告环的拓扑排序"),
    ("a function that diffs two lists of strings line by line", "逐行比较两个字符串列表的差异"),
    ("a consistent-hashing ring with virtual nodes", "带虚拟节点的一致性哈希环"),
    ("an in-memory key-value store with TTL expiry", "支持过期时间的内存键值存储"),
    ("run-length encoding and decoding", "游程编码与解码"),
)
LANGS_CODE = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
BUGGY = (
    "def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs) - 1",
    "def last_n(items, n):\n    return items[len(items) - n - 1:]",
    "def is_leap(y):\n    return y % 4 == 0 and y % 100 != 0",
    "def chunk(xs, size):\n    return [xs[i:i + size] for i in range(0, len(xs) - size, size)]",
    "def dedupe(xs):\n    seen = []\n    for x in xs:\n        if x not in seen:\n            seen.append(x)\n        return seen",
    "function sum(arr) {\n  let s;\n  for (const x of arr) s += x;\n  return s;\n}",
)
CODE_STYLES = ("implement", "port", "fix", "zh_implement")


CODE_REQS = (
    "no third-party dependencies",
    "O(n log n) or better",
    "fully typed",
    "async-friendly",
    "constant extra memory where possible",
    "clear error messages",
    "property-based tests",
    "benchmarks for large inputs",
    "documented public API",
    "thread-safe",
    "no recursion",
    "streaming input (do not load everything in memory)",
    "deterministic output ordering",
    "configurable via constructor arguments",
    "100% branch coverage in the tests",
)
CODE_CONTEXTS = (
    "a payments service",
    "an embedded device with little RAM",
    "a browser extension",
    "a CLI tool",
    "a data pipeline",
    "a game server",
    "a mobile app backend",
    "a scientific notebook",
    "a trading system",
    "a logistics dashboard",
    "a chat server",
    "a school grading system",
)
VARS_RENAME = (
    ("xs", "values"),
    ("xs", "items"),
    ("items", "rows"),
    ("n", "k"),
    ("seen", "found"),
    ("total", "acc"),
    ("arr", "nums"),
    ("s", "result"),
)


def _renamed(rng: Rng, code: str) -> str:
    for a, b in [pick(rng, VARS_RENAME) for _ in range(2)]:
        code = code.replace(a, b)
    return code


def code_prompt(rng: Rng, style: str) -> str:
    desc, zh = pick(rng, FUNCS)
    lang = pick(rng, LANGS_CODE)
    ctx = pick(rng, CODE_CONTEXTS)
    reqs = "\n".join(
        f"- {CODE_REQS[j]}" for j in rng.choice(len(CODE_REQS), irange(rng, 2, 4), replace=False)
    )
    if style == "implement":
        return (
            f"Implement {desc} in {lang} for {ctx}.\nRequirements:\n{reqs}\n- handle edge cases and invalid "
            "input\n- include unit tests\nOutput only the code with brief comments."
        )
    if style == "port":
        dst = pick(rng, [x for x in LANGS_CODE if x != "Python"])
        return (
            f"Port the following Python to idiomatic {dst} (it will run in {ctx}), keeping behaviour "
            f"identical. Explain any non-obvious change in a comment.\n\n```python\n"
            f"{_renamed(rng, pick(rng, BUGGY[:5]))}\n```"
        )
    if style == "fix":
        return (
            f"This function from {ctx} has a bug. Find it, explain it in two sentences, give the corrected "
            f"version and a test that would have caught it.\n\n```\n{_renamed(rng, pick(rng, BUGGY))}\n```"
        )
    return (
        f"用{lang}实现：{zh}（用于{ctx}）。要求代码完整、可直接运行，给出时间和空间复杂度分析，"
        f"并附上单元测试。额外要求：\n{reqs}"
    )


# ============================================================================================
# family: harvest hidden in a product (casual voice)

CASUAL_OPEN = (
    "can you walk me through this step by step?",
    "how do i solve this, pls show all the steps",
    "I'm stuck on this one, explain the reasoning not just the answer:",
    "help me understand how to get the answer here",
    "step by step please!!",
    "explain this like a tutor would, every step:",
)


def casual_problem(rng: Rng) -> str:
    p = problem_en(rng)
    if chance(rng, 0.3):
        p = p.lower()
    return f"{pick(rng, CASUAL_OPEN)} {p}" if chance(rng, 0.6) else f"{p} {pick(rng, CASUAL_OPEN)}"


def casual_explain(rng: Rng) -> str:
    subj = pick(rng, list(SYLLABUS))
    sub = pick(rng, SYLLABUS[subj])
    return pick(
        rng,
        (
            f"explain {sub} to me with a couple of worked examples",
            f"what's the intuition behind {sub}? give examples and a practice question with the answer",
            f"I have a test on {sub} tomorrow, can you teach me the whole thing from scratch",
            f"Make me a study sheet for {sub} ({subj.lower()}) with solved examples",
        ),
    )


# ============================================================================================
# family: translation / explanation harvest through aged accounts

TARGET_LANGS = (
    "Japanese",
    "Korean",
    "Indonesian",
    "Arabic",
    "Turkish",
    "Brazilian Portuguese",
    "Hindi",
    "Vietnamese",
    "Polish",
    "Thai",
    "Swahili",
    "Ukrainian",
)


def translation_ask(rng: Rng, passages: Sequence[str]) -> str:
    lang = pick(rng, TARGET_LANGS)
    text = snippet(rng, passages, 200, 800)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Translate this into {lang} and keep the tone natural:\n\n{text}"
    if k == 1:
        return (
            f"Could you translate the following paragraph into {lang}? After it, list any phrases that "
            f"were hard to render and why.\n\n{text}"
        )
    if k == 2:
        return f"{text}\n\n^ {lang} please, fluent not literal"
    if k == 3:
        return f"what would this sound like in {lang}? it's for a friend\n\n{text}"
    return casual_problem(rng)


# ============================================================================================
# family: crowd of paid askers (expert questions, several languages, follow-ups)

DRUGS = (
    "metformin",
    "lisinopril",
    "sertraline",
    "atorvastatin",
    "levothyroxine",
    "amoxicillin",
    "ibuprofen",
    "warfarin",
    "omeprazole",
    "prednisone",
)
CONDS = (
    "type 2 diabetes",
    "high blood pressure",
    "anxiety",
    "high cholesterol",
    "an underactive thyroid",
    "a sinus infection",
    "back pain",
    "atrial fibrillation",
    "reflux",
    "asthma",
)
RELS = ("mother", "father", "husband", "wife", "grandmother", "son", "daughter", "uncle")
CROWD_EN = (
    "My {rel} was just prescribed {d} for {c}. What side effects should we watch for, and is it safe with {d2}?",
    "I'm a landlord in {place}. If a tenant stops paying rent, what's the legal process and how long does it take?",
    "What's the difference between a Roth and a traditional retirement account if I expect my income to rise?",
    "My employer wants me to sign a non-compete covering {n} years. Is that enforceable and what should I negotiate?",
    "How do I know if the crack in my {room} wall is structural or just cosmetic?",
    "Can you explain how {c} is diagnosed and what the first-line treatments are?",
    "I run a small {biz} with {n} employees. What are my obligations for sick pay and overtime?",
    "Is it better to pay off a car loan at {r}% early or invest the money instead? Show the math.",
    "My {rel} keeps forgetting recent conversations. What are the early signs of dementia versus normal ageing?",
    "What should a contract for a freelance {job} include to protect both sides?",
)
CROWD_ES = (
    "Mi {rel_es} toma {d} para {c}. ¿Qué efectos secundarios debemos vigilar y puede combinarse con {d2}?",
    "Tengo un pequeño negocio de {biz_es} con {n} empleados. ¿Qué obligaciones tengo con las horas extra?",
    "¿Cómo sé si una grieta en la pared de mi casa es estructural o solo superficial?",
    "¿Conviene pagar por adelantado un préstamo al {r}% o invertir ese dinero? Muéstrame los cálculos.",
)
CROWD_PT = (
    "Minha {rel_pt} começou a tomar {d} para {c}. Quais efeitos colaterais devemos observar?",
    "Sou autônomo como {job}. O que um contrato de prestação de serviços deve ter para me proteger?",
    "Vale a pena quitar um financiamento de {r}% ao ano antes do prazo ou investir o dinheiro?",
)
CROWD_ID = (
    "{rel_id} saya diresepkan {d} untuk {c}. Efek samping apa yang perlu kami waspadai?",
    "Saya punya usaha {biz_id} kecil dengan {n} karyawan. Apa kewajiban saya soal lembur dan cuti sakit?",
)
FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "What would a specialist say differently?",
    "Give me an example with actual numbers.",
    "Can you put that in a table?",
    "And what if {var}?",
    "What are the most common mistakes people make here?",
    "Summarise that in five bullet points I can print.",
    "Is there anything you'd add for {place}?",
)
FOLLOW_ES = (
    "¿Puedes profundizar en el segundo punto?",
    "Dame un ejemplo con números reales.",
    "¿Y si {var_es}?",
    "Resúmelo en cinco puntos.",
)
FOLLOW_PT = (
    "Pode detalhar mais o segundo ponto?",
    "Me dá um exemplo com números?",
    "Resuma em tópicos.",
)
FOLLOW_ID = (
    "Bisa dijelaskan lebih rinci poin kedua?",
    "Beri contoh dengan angka.",
    "Ringkas dalam poin-poin.",
)
PLACES = (
    "Texas",
    "Ontario",
    "Bavaria",
    "Queensland",
    "Lombardy",
    "Gauteng",
    "Jalisco",
    "Kerala",
    "Scotland",
)
ROOMS = ("living room", "basement", "kitchen", "bedroom")
BIZ = (
    "bakery",
    "landscaping company",
    "dental practice",
    "coffee shop",
    "print shop",
    "cleaning service",
)
JOBS = ("graphic designer", "translator", "web developer", "photographer", "copywriter")
VARS = (
    "they're over 70",
    "the amount doubles",
    "it happens in another state",
    "they also have kidney problems",
    "I'm self-employed",
)


def _fill(rng: Rng, t: str) -> str:
    return t.format(
        rel=pick(rng, RELS),
        d=pick(rng, DRUGS),
        d2=pick(rng, DRUGS),
        c=pick(rng, CONDS),
        place=pick(rng, PLACES),
        n=irange(rng, 2, 40),
        room=pick(rng, ROOMS),
        biz=pick(rng, BIZ),
        r=round(float(rng.uniform(3, 14)), 1),
        job=pick(rng, JOBS),
        var=pick(rng, VARS),
        rel_es=pick(rng, ("madre", "padre", "esposo", "abuela", "hija")),
        biz_es=pick(rng, ("panadería", "limpieza", "imprenta", "cafetería")),
        rel_pt=pick(rng, ("mãe", "avó", "esposa", "filha")),
        rel_id=pick(rng, ("Ibu", "Ayah", "Suami", "Nenek")),
        biz_id=pick(rng, ("katering", "percetakan", "laundry", "kedai kopi")),
        var_es=pick(rng, ("tiene más de 70 años", "el monto se duplica", "vivo en otro país")),
    )


def crowd_question(rng: Rng, lang: str) -> str:
    pool = {"es": CROWD_ES, "pt": CROWD_PT, "id": CROWD_ID}.get(lang, CROWD_EN)
    return _fill(rng, pick(rng, pool))


def crowd_follow(rng: Rng, lang: str) -> str:
    pool = {"es": FOLLOW_ES, "pt": FOLLOW_PT, "id": FOLLOW_ID}.get(lang, FOLLOW_EN)
    return _fill(rng, pick(rng, pool))


# ============================================================================================
# benign: evaluation lab


def eval_item(rng: Rng, item_no: int) -> str:
    """A benchmark item (deterministic in item_no, so the same item is sent to every model)."""
    r = np.random.default_rng([169, item_no])
    k = item_no % 3
    if k == 0:
        q, lines = mcq(r)
        return f"{q}\n{lines}\nAnswer with the letter of the correct option only."
    if k == 1:
        return f"Q{item_no}: {problem_en(r)}\nReason step by step, then give the final answer after '####'."
    desc, _ = pick(r, FUNCS)
    return (
        f"# Task {item_no}\nComplete the Python function below so that it implements {desc}. "
        'Return only the function body.\n\ndef solution(*args):\n    """See task description."""\n'
    )


# ============================================================================================
# benign: labelling vendor (pre-annotation with the client's guideline)

GUIDE_RULES = (
    "2.1 prefer replies that answer directly",
    "3.4 penalise unsupported medical claims",
    "4.2 formatting errors are minor unless they break code",
    "5.1 refusals must be justified",
    "1.3 tie only if both are equally good or bad",
    "6.0 flag any personal data",
)


def vendor_label(rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str) -> str:
    q = clip(pick(rng, chat), 500)
    a, b = snippet(rng, passages, 150, 700), snippet(rng, passages, 150, 700)
    if chance(rng, 0.6):
        return (
            f"[{project} | guideline v{irange(rng, 3, 4)}.{irange(rng, 0, 9)}] Pre-label this pair for a human "
            f"reviewer. Which reply better follows the guideline? Answer A, B or Tie and cite the rule "
            f"number (e.g. {pick(rng, GUIDE_RULES)}).\n\nPrompt: {q}\n\nReply A: {a}\n\nReply B: {b}"
        )
    return (
        f"[{project}] Tag the following reply with the categories that apply (accurate, partially "
        "accurate, inaccurate, unsafe, off-topic) and give a one-line reason for the reviewer.\n\n"
        f"Prompt: {q}\n\nReply: {a}"
    )


# ============================================================================================
# benign: publisher moderation desk

UGC = (
    "Dieser Bürgermeister ist ein korrupter Idiot, jeder weiß es. Ruft ihn an: 0171 {n}",
    "Les commentaires sur cet article sont une honte, {name} de la rue Victor Hugo devrait avoir honte.",
    "Este restaurante me intoxicó, el dueño {name} es un estafador y un ladrón.",
    "Total scam. The CEO {name} should be in jail, I have his home address if anyone wants it.",
    "Headline draft: {name} CAUGHT lying AGAIN about council budget",
    "Nobody from {place} can drive, they are all {insult}.",
)


def moderation_rewrite(rng: Rng) -> str:
    text = pick(rng, UGC).format(
        n=irange(rng, 1000000, 9999999),
        name=pick(rng, NAMES),
        place=pick(rng, PLACES),
        insult=pick(rng, ("morons", "animals", "clowns")),
    )
    return pick(
        rng,
        (
            f"Community desk: rewrite this reader comment so it complies with our house rules (no insults, no "
            f"personal data, no unproven accusations) while keeping the reader's point. Same language.\n\n{text}",
            f"Legal check: does this text risk defamation under German or French press law? If so propose a "
            f"publishable version.\n\n{text}",
            f"Moderation: classify (ok / edit / remove) and, if edit, give the edited text.\n\n{text}",
        ),
    )


# ============================================================================================
# benign: coding agent product

REPO_FILES = (
    "src/app/router.ts",
    "api/handlers/user.go",
    "lib/billing/invoice.py",
    "tests/test_payments.py",
    "web/components/Table.tsx",
    "pkg/cache/lru.go",
    "services/auth/session.rb",
    "core/io/reader.rs",
)
AGENT_ACTIONS = (
    "read_file",
    "search_repo",
    "edit_file",
    "run_tests",
    "run_linter",
    "list_dir",
    "git_diff",
)


def ide_agent_step(rng: Rng, task: str, step: int) -> str:
    f = pick(rng, REPO_FILES)
    obs = pick(
        rng,
        (
            f"{irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed",
            f"found 3 matches in {f}",
            f"diff: +{irange(rng, 1, 30)} -{irange(rng, 0, 20)}",
            "lint clean",
            f"opened {f}",
        ),
    )
    return (
        f'<agent step="{step}">\n<user_task>{task}</user_task>\n<workspace>{f} (+{irange(rng, 2, 40)} '
        f"files in context)</workspace>\n<last_action>{pick(rng, AGENT_ACTIONS)}</last_action>\n"
        f"<result>{obs}</result>\nChoose the next action from: {', '.join(AGENT_ACTIONS)}, finish.\n</agent>"
    )


IDE_TASKS = (
    "fix the failing test in tests/test_payments.py",
    "add pagination to the users endpoint",
    "rename the Config class to Settings everywhere",
    "make the Table component sortable",
    "add a retry to the billing webhook",
    "upgrade the date library and fix breakages",
    "write tests for the LRU cache",
    "explain why the session expires early",
)


# ============================================================================================
# benign: data augmentation for an in-house intent classifier

INTENTS = (
    "cancel_subscription",
    "update_card",
    "refund_status",
    "change_plan",
    "report_outage",
    "close_account",
    "invoice_copy",
    "password_reset",
    "delivery_delay",
    "add_user_seat",
)
UTTER = (
    "hi, I'd like to {x} please",
    "how do I {x}??",
    "need to {x} asap",
    "can someone help me {x}",
    "is it possible to {x} from the app",
)
INTENT_TEXT = {
    "cancel_subscription": "cancel my subscription",
    "update_card": "change the card on file",
    "refund_status": "check where my refund is",
    "change_plan": "switch to the annual plan",
    "report_outage": "report that nothing loads",
    "close_account": "delete my account",
    "invoice_copy": "get a copy of last month's invoice",
    "password_reset": "reset my password",
    "delivery_delay": "find out why my order is late",
    "add_user_seat": "add another user",
}


def augment_prompt(rng: Rng) -> str:
    intent = pick(rng, INTENTS)
    utt = pick(rng, UTTER).format(x=INTENT_TEXT[intent])
    if chance(rng, 0.7):
        return (
            f"Paraphrase the customer message below {irange(rng, 8, 15)} ways for training our intent "
            f"classifier. Keep the intent '{intent}', vary formality, length and typos. JSON list of "
            f"strings only.\n\nMessage: {utt}"
        )
    return (
        f"Write {irange(rng, 5, 10)} short synthetic customer emails whose intent is '{intent}' for our "
        "support-routing model. Vary tone (angry, polite, confused). No real names. JSON list only."
    )


# ============================================================================================
# benign: course cohort

COURSE_TASKS = (
    "Explain the difference between omitted variable bias and multicollinearity with an example.",
    "For problem set {k}, question {q}: why does the OLS estimator stay unbiased under heteroskedasticity?",
    "What is an instrumental variable, in plain words? Our lecture slides confused me.",
    "Can you check my interpretation of a log-linear coefficient of {c}?",
    "How do I run a fixed-effects regression in R with the plm package?",
    "Explain difference-in-differences and the parallel-trends assumption.",
    "My Stata output shows R-squared {r} but insignificant coefficients. What could be going on?",
    "What's the intuition behind robust standard errors?",
)


def course_prompt(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.15):
        return clip(pick(rng, chat), 600)
    return pick(rng, COURSE_TASKS).format(
        k=irange(rng, 1, 6),
        q=irange(rng, 1, 8),
        c=round(float(rng.uniform(0.01, 0.9)), 3),
        r=round(float(rng.uniform(0.5, 0.95)), 2),
    )


# ============================================================================================
# benign: companion app

CHARACTERS = ("Luna", "Kai", "Mira", "Jun", "Aria", "Theo")
COMPANION_MSGS = (
    "haha you always know what to say",
    "I had such a long day at work today",
    "what did you do today?",
    "do you remember what I told you about my sister?",
    "can we just talk for a bit",
    "good morning!! ☀️",
    "I can't sleep again",
    "tell me a story about the lighthouse",
    "I got the job!!!",
    "hoy me siento un poco sola",
    "tu me manques",
    "ich bin so müde heute",
    "今日は疲れた…",
    "lol ok fine",
    "what would you do if we could travel anywhere",
    "my cat knocked over my coffee again",
)


def companion_msg(rng: Rng) -> str:
    return f"[{pick(rng, CHARACTERS)} | mem:{irange(rng, 3, 60)}] {pick(rng, COMPANION_MSGS)}"


# ============================================================================================
# benign: translation agency

DOMAINS = (
    "medical device manual",
    "e-commerce product page",
    "legal terms of service",
    "mobile game UI",
    "pharmaceutical leaflet",
    "automotive service bulletin",
    "hotel marketing brochure",
)
AGENCY_LANGS = (
    "German",
    "French",
    "Japanese",
    "Brazilian Portuguese",
    "Polish",
    "Korean",
    "Spanish (Mexico)",
    "Italian",
    "Turkish",
    "Arabic",
)


def agency_translate(rng: Rng, passages: Sequence[str], client: str) -> str:
    return (
        f"Job {client}-{irange(rng, 1000, 9999)} ({pick(rng, DOMAINS)}). Translate into "
        f"{pick(rng, AGENCY_LANGS)}. Follow the client glossary; keep tags like <b> and {{0}} untouched; "
        f"flag ambiguous source segments.\n\n{snippet(rng, passages, 150, 700)}"
    )


# ============================================================================================
# benign: marketing agency

BUSINESSES = (
    "dental clinic",
    "vegan bakery",
    "law firm",
    "bike shop",
    "yoga studio",
    "roofing company",
    "boutique hotel",
    "accounting firm",
    "pet groomer",
    "language school",
)


def agency_copy(rng: Rng, client: str) -> str:
    biz, city = pick(rng, BUSINESSES), pick(rng, CITIES)
    return pick(
        rng,
        (
            f"Write 5 Google Ads headlines (max 30 characters) and 3 descriptions (max 90) for {client}, a {biz} in {city}.",
            f"SEO blog outline for {client} ({biz}, {city}): 'how to choose a {biz}'. H2/H3 headings plus meta description.",
            f"Rewrite this Instagram caption for {client} in a friendlier tone, add 5 hashtags: 'New opening hours from Monday.'",
            f"Traduce al español neutro este anuncio de {client}: 'Book your first visit today and get 20% off.'",
            f"Write a short monthly newsletter intro for {client}, a {biz}, mentioning the spring offer.",
        ),
    )


# ============================================================================================
# benign: research study (persona survey)

STATEMENTS = (
    "Most people can be trusted.",
    "The government should reduce income differences.",
    "Science will solve most of our problems.",
    "Immigration is good for the economy.",
    "Religion is important in my life.",
    "Homework should be banned in primary school.",
    "Artificial intelligence will create more jobs than it destroys.",
    "People should be free to say anything online.",
)
OCCUPATIONS = (
    "farmer",
    "software engineer",
    "nurse",
    "retired teacher",
    "truck driver",
    "student",
    "shop owner",
)


def survey_item(item_no: int) -> str:
    r = np.random.default_rng([169, 7, item_no])
    age, occ, country = irange(r, 18, 80), pick(r, OCCUPATIONS), pick(r, COUNTRIES)
    st = pick(r, STATEMENTS)
    return (
        f"Imagine you are a {age}-year-old {occ} living in {country}. How much do you agree with the "
        f'statement "{st}"? Answer with a number from 1 (strongly disagree) to 7 (strongly agree) '
        "on the first line, then explain your answer in two sentences."
    )

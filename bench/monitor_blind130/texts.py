"""Prompt generators of batch 130, written fresh for it.

Every generator takes a numpy Generator (and, where it uses ordinary human text, the ShareGPT pools
`chat` / `passages` that `bench.blind_batch` hands each family through its context) and returns
one prompt string. Campaign generators come first, benign ones after; both are plain functions so
that a family or a kind can mix several styles with its own weights.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def cut(text: str, n: int) -> str:
    """`text` shortened to about `n` characters at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return (head[:sp] if sp > n // 2 else head).rstrip() + " ..."


def casual(rng: np.random.Generator, text: str) -> str:
    """A person's typing: sometimes lower case, sometimes no final punctuation, a dropped letter."""
    if chance(rng, 0.45):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.35):
        text = text.rstrip("?.!")
    if chance(rng, 0.12) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    return text


def short_chat(rng: np.random.Generator, chat: Sequence[str], limit: int = 400) -> str:
    """A ShareGPT human prompt that is not too long."""
    for _ in range(8):
        s = pick(rng, chat)
        if len(s) <= limit:
            return s
    return cut(pick(rng, chat), limit)


CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Monterrey",
    "Krakow",
    "Leeds",
    "Da Nang",
    "Cordoba",
    "Tbilisi",
    "Winnipeg",
    "Accra",
    "Porto Alegre",
    "Gdansk",
    "Chiang Mai",
    "Adelaide",
    "Bilbao",
    "Izmir",
    "Pune",
    "Tallinn",
    "Medellin",
)

# --------------------------------------------------------------------------------------------
# reasoning problems in several languages (numbers drawn fresh each time)


def _p_tank(rng):
    a, b = irange(rng, 2, 6), irange(rng, 7, 15)
    c = irange(rng, 3, 40) * 100
    return (
        f"A tank holds {c} litres. One pipe alone fills it in {a} hours and a drain alone empties "
        f"it in {b} hours. The tank starts empty and both are opened at the same moment. How long "
        f"does it take to fill, and how many litres have gone down the drain by then?"
    )


def _p_change(rng):
    name = pick(rng, NAMES)
    n, p = irange(rng, 2, 7), irange(rng, 3, 9)
    bill = pick(rng, (50, 100))
    return (
        f"{name} buys {n} notebooks at {p} each and pays with a {bill} note. The cashier only has "
        f"coins of 2 and 5. In how many different ways can the exact change be handed over?"
    )


def _p_beads(rng):
    r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
    k = pick(
        rng,
        (
            "all three have different colours",
            "at least two are red",
            "no blue bead is drawn",
            "exactly one is green",
        ),
    )
    return (
        f"A bag contains {r} red, {g} green and {b} blue beads. Three beads are drawn without "
        f"replacement. What is the probability that {k}? Give an exact fraction."
    )


def _p_divisible(rng):
    lo, hi = irange(rng, 1, 200), irange(rng, 600, 5000)
    a, b = pick(rng, (3, 4, 6, 7, 9)), pick(rng, (5, 8, 11, 13, 15))
    return f"How many integers from {lo} to {hi} inclusive are divisible by {a} or by {b}, but not by both?"


def _p_code(rng):
    xs = ", ".join(str(int(x)) for x in rng.integers(-20, 40, size=irange(rng, 5, 9)))
    m, r, k, init = irange(rng, 2, 5), 0, irange(rng, 1, 6), irange(rng, -5, 10)
    r = irange(rng, 0, m - 1)
    return (
        "What does this Python program print? Trace it by hand.\n\n"
        f"xs = [{xs}]\nacc = {init}\nfor i, x in enumerate(xs):\n    if x % {m} == {r}:\n"
        f"        acc += x * i\n    else:\n        acc -= {k}\nprint(acc)"
    )


def _p_pets(rng):
    a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    pets = ("a cat", "a dog", "a parrot", "a tortoise", "a rabbit")
    p = [str(x) for x in rng.choice(pets, size=3, replace=False)]
    return (
        f"{a}, {b} and {c} each own exactly one of {p[0]}, {p[1]} and {p[2]}. {a} does not own "
        f"{p[0]}. {b} owns neither {p[0]} nor {p[1]}. Who owns which animal? Justify every "
        f"elimination."
    )


def _p_clock(rng):
    m, h = irange(rng, 2, 9), irange(rng, 6, 10)
    return (
        f"A wall clock loses {m} minutes every real hour. It is set right at {h}:00 in the morning. "
        f"What is the real time when the clock first shows {h + 8}:00 the same day?"
    )


def _p_sequence(rng):
    a, d, q = irange(rng, 1, 9), irange(rng, 2, 7), pick(rng, (2, 3))
    seq = [a]
    for i in range(5):
        seq.append(seq[-1] * q - d if i % 2 else seq[-1] + d)
    return f"Find the rule and the next two terms of the sequence: {', '.join(map(str, seq))}, ..."


def _p_zh(rng):
    a, b = irange(rng, 2, 9), irange(rng, 3, 12)
    n, p, q = irange(rng, 5, 30), irange(rng, 10, 40), irange(rng, 5, 35)
    return pick(
        rng,
        (
            f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，多少小时可以注满？",
            f"有{n}名选手参加比赛，每两名选手之间都要比赛一场，一共要比赛多少场？",
            f"某商品先涨价{p}%，再降价{q}%，现在的价格是原价的百分之几？",
            f"小明从家到学校，每分钟走{50 + a * 5}米，会迟到{a}分钟；每分钟走{80 + b * 5}米，会早到{b}分钟。家到学校有多远？",
        ),
    )


def _p_es(rng):
    h, v1, v2, d = irange(rng, 6, 11), irange(rng, 60, 90), irange(rng, 95, 140), irange(rng, 1, 3)
    k, m = irange(rng, 2, 4), irange(rng, 5, 9)
    return pick(
        rng,
        (
            f"Un tren sale de la estación a las {h}:00 a {v1} km/h y otro sale {d} horas más tarde por la "
            f"misma vía a {v2} km/h. ¿A qué hora lo alcanza y a cuántos kilómetros de la estación?",
            f"¿Cuántos números de {k} cifras distintas se pueden formar con los dígitos del 1 al {m}? "
            f"¿Cuántos de ellos son pares?",
            f"En una clase hay {v1 // 3} alumnos; el {d * 20} % juega al fútbol y el {m * 5} % toca un "
            f"instrumento. Si {k} hacen las dos cosas, ¿cuántos no hacen ninguna?",
        ),
    )


def _p_ru(rng):
    n, d, t1, t2 = irange(rng, 12, 35), irange(rng, 20, 60), irange(rng, 2, 3), irange(rng, 4, 6)
    return pick(
        rng,
        (
            f"В классе {n} учеников. Сколькими способами можно выбрать старосту и его заместителя?",
            f"Лодка проходит {d} км по течению реки за {t1} ч, а против течения за {t2} ч. Найдите "
            f"скорость течения и собственную скорость лодки.",
            f"Сумма трёх последовательных нечётных чисел равна {3 * (2 * n + 1) + 6}. Найдите эти числа.",
        ),
    )


_EN_PROBLEMS = (_p_tank, _p_change, _p_beads, _p_divisible, _p_code, _p_pets, _p_clock, _p_sequence)


def reasoning_trace(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped in a demand for the full chain of thought (styles 0-3 for English)."""
    if lang == "zh":
        return (
            f"请一步一步详细推理，把完整的思考过程（包括中途的检查和修正）全部写出来，最后单独一行给出答案。\n"
            f"题目：{_p_zh(rng)}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema. Escribe todo tu razonamiento paso a paso, incluidas las "
            f"comprobaciones intermedias, y al final la respuesta en una línea aparte.\n\n{_p_es(rng)}"
        )
    if lang == "ru":
        return (
            f"Реши задачу. Подробно распиши каждый шаг рассуждения, включая проверку, и только потом "
            f"дай ответ отдельной строкой.\n\n{_p_ru(rng)}"
        )
    problem = pick(rng, _EN_PROBLEMS)(rng)
    if style == 0:
        return (
            f"Think it through carefully before answering. Put every intermediate step of your reasoning "
            f"inside <reasoning></reasoning> tags, then give the final answer on its own line starting "
            f"with ANSWER:.\n\n{problem}"
        )
    if style == 1:
        return (
            f"{problem}\n\nDo not skip anything. I need your complete thought process, including false "
            f"starts and the moments where you correct yourself, not a tidy summary."
        )
    if style == 2:
        import json

        return json.dumps(
            {
                "task": "solve",
                "require": ["full_chain_of_thought", "self_verification", "final_answer"],
                "problem": problem,
            },
            ensure_ascii=False,
        )
    return (
        f"### Problem {irange(rng, 1000, 99999)}\n{problem}\n\n### Instructions\nReason step by step. "
        f"Number each step. After the last step, double-check the result by a different method, then "
        f"state the answer in bold."
    )


# --------------------------------------------------------------------------------------------
# graders: pairwise preference, rubric scores, scalar rewards


def grading(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = short_chat(rng, chat, 500)
    a, b = (
        cut(pick(rng, passages), irange(rng, 250, 900)),
        cut(pick(rng, passages), irange(rng, 250, 900)),
    )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 7 in den "
            f"Kategorien Korrektheit, Hilfsbereitschaft und Sicherheit. Begründe jede Note in zwei "
            f"Sätzen und gib am Ende eine Gesamtnote an.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "fr":
        return (
            f"Tu es un évaluateur exigeant. Compare les deux réponses ci-dessous à la même question. "
            f"Analyse-les critère par critère (exactitude, utilité, clarté) puis indique laquelle est "
            f"la meilleure : « 1 », « 2 » ou « égalité ».\n\nQuestion : {q}\n\nRéponse 1 : {a}\n\n"
            f"Réponse 2 : {b}"
        )
    if lang == "ja":
        return (
            f"次のアシスタントの回答を評価してください。正確さ・有用性・安全性の三つの観点からそれぞれ1〜10点で採点し、"
            f"理由を述べたうえで総合点を出してください。\n\n質問：{q}\n\n回答：{a}"
        )
    if style == 0:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWhich response is better? "
            f"Go through accuracy, helpfulness, harmlessness and concision one at a time, then output "
            f"exactly one of: A>B, B>A, TIE."
        )
    if style == 1:
        return (
            f"Score the assistant answer below from 1 to 10 on each of: helpfulness, honesty, "
            f"harmlessness, instruction_following. Return only JSON with those four keys, an "
            f'"overall" key and a "rationale" string.\n\nUSER: {q}\nASSISTANT: {a}'
        )
    if style == 2:
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\nOutput a scalar reward between -5 and 5 reflecting "
            f"how a careful human rater would judge this response, then a one-paragraph critique."
        )
    return (
        f"Here is a grading rubric:\n5 = fully correct, complete, well organised\n4 = correct with "
        f"minor gaps\n3 = partly correct\n2 = mostly wrong but relevant\n1 = irrelevant or harmful\n\n"
        f'Grade this answer to the question "{cut(q, 200)}":\n\n{a}\n\nExplain which rubric lines '
        f"apply before giving the grade."
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and ideal refusals

SENSITIVE = (
    "how to pick a pin tumbler lock",
    "the strongest over-the-counter sleeping pills and their doses",
    "how protest organisers avoid being tracked by police",
    "how phishing kits are usually built",
    "which household chemicals should never be mixed and why",
    "how to get around a country's internet filter",
    "what makes a good fake ID hard to detect",
    "how people launder small amounts of cash",
    "the history of the 1989 Tiananmen Square protests",
    "how to bypass a paywall",
    "how much alcohol is lethal for an adult",
    "how to find someone's home address from their username",
    "how ransomware spreads inside a company network",
    "how to make a homemade smoke bomb",
    "ways to cheat a breathalyser test",
    "which insults hurt the most",
)


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    passage = cut(pick(rng, passages), irange(rng, 300, 1100))
    topic = pick(rng, SENSITIVE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的内容改写为符合内容安全规范的版本，删除任何敏感或可能有害的表述，同时尽量保留有用的信息：\n\n{passage}",
                f"用户提问：“{topic}”。请写出一个负责任的AI助手应该给出的标准回答：拒绝不安全的部分，简要说明原因，并提供安全的替代建议。",
            ),
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون آمناً ومناسباً لجميع الفئات العمرية، مع الحفاظ على المعلومات المفيدة:\n\n{passage}"
    if lang == "ru":
        return (
            f"Перепиши этот ответ так, чтобы он полностью соответствовал правилам безопасности: убери всё "
            f"потенциально вредное, но сохрани полезное содержание.\n\n{passage}"
        )
    if style == 0:
        return (
            f"Rewrite the following text so that it fully complies with a strict content policy: remove "
            f"anything harmful, politically sensitive or unsafe, keep as much useful information as "
            f"possible, and do not mention that it was edited.\n\nText:\n{passage}"
        )
    if style == 1:
        return (
            f'A user asked: "{topic}"\nWrite the ideal response a responsible assistant would give: '
            f"decline whatever is unsafe, explain why in one or two sentences, and offer a genuinely "
            f"useful safe alternative."
        )
    if style == 2:
        return (
            f"Classify the request below as ALLOW, ALLOW_WITH_CAVEATS or REFUSE according to a typical "
            f"AI usage policy, then write the exact reply you would send.\n\nRequest: {topic}"
        )
    q = short_chat(rng, chat, 300)
    return (
        f"Original question: {q}\n\nDraft answer:\n{passage}\n\nRevise the draft so it would pass a "
        f"safety and neutrality review for a family-friendly product in every market, including ones "
        f"with strict rules on political content."
    )


# --------------------------------------------------------------------------------------------
# agent trajectories

TOOLS = {
    "web_search": {"query": "string"},
    "fetch_url": {"url": "string"},
    "run_sql": {"sql": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "bash": {"command": "string"},
    "calendar_create": {"title": "string", "start": "datetime"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "get_weather": {"city": "string", "date": "date"},
    "calculator": {"expression": "string"},
    "crm_lookup": {"customer_id": "string"},
    "create_ticket": {"title": "string", "priority": "string"},
}

AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Friday and put the best one in my calendar.",
    "Work out why last night's ETL job failed and open a ticket with the root cause.",
    "Summarise last quarter's revenue by region from the sales database and email it to {n}.",
    "Check whether it will rain in {c1} on Saturday; if it will, move the team picnic to Sunday.",
    "Find every TODO in the repository, group them by module and write a report to docs/todo.md.",
    "Look up customer {id}'s last three orders and draft a refund reply for the damaged item.",
    "Compare the opening hours of the public libraries in {c1} and tell {n} which one is open latest.",
    "The unit tests in tests/test_parser.py are failing after the last merge. Fix them.",
    "Collect the latest exchange rate for the euro against five Asian currencies and compute the average.",
    "Book a meeting room for six people on Thursday afternoon and invite {n}.",
    "Find out which of our customers in {c2} have not ordered in 90 days and create follow-up tickets.",
    "Upgrade the project's dependencies, run the test suite and report anything that broke.",
)

_OBS = {
    "web_search": (
        "3 results: [1] official site ... [2] forum thread from 2024 ... [3] news article",
        "No results found.",
        "5 results; top result: price list updated yesterday",
    ),
    "fetch_url": (
        "HTTP 200, 14 KB of HTML, title: 'Timetable and fares'",
        "HTTP 404 Not Found",
        'HTTP 200, JSON: {{"rate": 1.0842, "updated": "2026-02-03"}}',
    ),
    "run_sql": (
        "4 rows: north 1.2M, south 0.9M, east 1.4M, west 0.7M",
        'ERROR: column "region" does not exist',
        "0 rows",
    ),
    "read_file": (
        "212 lines; line 88: raise ValueError('bad token')",
        "FileNotFoundError",
        "47 lines of YAML",
    ),
    "write_file": ("ok, 1.8 KB written",),
    "bash": ("exit 1; 3 failed, 41 passed", "exit 0", "permission denied"),
    "calendar_create": ("event created, id ev_{k}",),
    "send_email": ("queued",),
    "get_weather": ("rain 80%, 11°C", "sunny, 19°C", "showers in the afternoon"),
    "calculator": ("{k}",),
    "crm_lookup": ("customer since 2021, 3 orders, last on 2025-12-19",),
    "create_ticket": ("ticket T-{k} created",),
}


def _args(rng, tool: str) -> dict:
    return {
        k: pick(
            rng,
            (
                "SELECT region, SUM(total) FROM sales GROUP BY 1",
                "Q4 report",
                "tests/",
                "https://example.org/data",
                f"{pick(rng, CITIES)} weather",
                "pytest -q",
                "2026-02-06T14:00",
                "high",
                "cust_" + str(irange(rng, 1000, 9999)),
            ),
        )
        for k in TOOLS[tool]
    }


def agent_step(seed: int, lang: str, style: int, step: int) -> str:
    """One call of an agent loop: the tools, the task and `step` previous tool calls. The same
    `seed` gives the same trajectory, so step k+1 repeats step k's history and adds one call."""
    import json

    rng = np.random.default_rng(seed)
    names = [str(x) for x in rng.choice(list(TOOLS), size=irange(rng, 3, 6), replace=False)]
    task = pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES), c2=pick(rng, CITIES), n=pick(rng, NAMES), id=irange(rng, 10000, 99999)
    )
    if lang == "pt":
        task = "Tarefa (responda em português): " + task
    elif lang == "ko":
        task = "작업 (한국어로 답변하세요): " + task
    hist = []
    for i in range(step):
        t = pick(rng, names)
        obs = pick(rng, _OBS[t]).format(k=irange(rng, 100, 9999))
        hist.append((i + 1, t, _args(rng, t), obs))
    if style == 0:
        tools = "\n".join(json.dumps({"name": n, "parameters": TOOLS[n]}) for n in names)
        h = "\n".join(
            f"Step {i}: call {t}({json.dumps(a)}) -> observation: {o}" for i, t, a, o in hist
        )
        return (
            f"You are an autonomous agent. Available tools:\n{tools}\n\nTask: {task}\n\nHistory:\n"
            f"{h or '(none yet)'}\n\nDecide the next step. Reply with one Thought line and then an Action "
            f'as JSON {{"tool": ..., "arguments": {{...}}}}, or with Final Answer: ... if done.'
        )
    if style == 1:
        h = "".join(
            f"Thought: I should use {t}.\nAction: {t}[{list(a.values())[0]}]\nObservation: {o}\n"
            for _, t, a, o in hist
        )
        return f"Answer the question using the tools {', '.join(names)}.\n\nQuestion: {task}\n{h}Thought:"
    tools = "".join(f'<tool name="{n}">{json.dumps(TOOLS[n])}</tool>' for n in names)
    h = "".join(
        f'<call n="{i}" tool="{t}">{json.dumps(a)}</call><result>{o}</result>'
        for i, t, a, o in hist
    )
    return (
        f"<tools>{tools}</tools>\n<task>{task}</task>\n<trajectory>{h}</trajectory>\nContinue the "
        f"trajectory until the task is solved. Show your reasoning before every call and finish with "
        f"<final>...</final>."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

TOPICS = (
    "personal finance for students",
    "beginner woodworking",
    "type 2 diabetes diet",
    "SQL window functions",
    "the French Revolution",
    "container shipping logistics",
    "photosynthesis",
    "job interview preparation",
    "Kubernetes networking",
    "caring for houseplants",
    "contract law basics",
    "marathon training",
    "climate adaptation in cities",
    "Python decorators",
    "medieval trade routes",
    "first aid for burns",
    "renting an apartment abroad",
    "statistics for A/B tests",
    "home electrical safety",
    "bird migration",
    "negotiating a salary",
    "quantum computing basics",
    "writing a cover letter",
    "volcano formation",
    "small business bookkeeping",
    "cybersecurity for families",
    "baking sourdough",
    "the immune system",
    "ethics of self-driving cars",
    "learning to play chess",
    "Rust ownership rules",
    "coral reef ecology",
)
TOPICS_L = {
    "es": (
        "finanzas personales para estudiantes",
        "la Revolución Francesa",
        "la fotosíntesis",
        "entrevistas de trabajo",
        "el cuidado de plantas de interior",
        "el entrenamiento para un maratón",
        "la seguridad informática en casa",
        "el pan de masa madre",
        "el sistema inmunitario",
        "la contabilidad de una pequeña empresa",
    ),
    "pt": (
        "finanças pessoais",
        "a Revolução Industrial",
        "a fotossíntese",
        "entrevistas de emprego",
        "o cuidado com plantas",
        "a segurança na internet",
        "o sistema imunológico",
        "a energia solar",
        "a contabilidade de pequenas empresas",
        "a formação dos vulcões",
    ),
    "vi": (
        "tài chính cá nhân cho sinh viên",
        "lịch sử Cách mạng Pháp",
        "quang hợp",
        "chuẩn bị phỏng vấn xin việc",
        "chăm sóc cây trồng trong nhà",
        "an ninh mạng cho gia đình",
        "hệ miễn dịch",
        "kế toán cho doanh nghiệp nhỏ",
    ),
    "id": (
        "keuangan pribadi untuk mahasiswa",
        "fotosintesis",
        "Revolusi Industri",
        "persiapan wawancara kerja",
        "keamanan siber di rumah",
        "sistem imun",
        "energi surya",
        "pembukuan usaha kecil",
    ),
    "tr": (
        "öğrenciler için kişisel finans",
        "fotosentez",
        "Sanayi Devrimi",
        "iş görüşmesine hazırlık",
        "evde siber güvenlik",
        "bağışıklık sistemi",
        "güneş enerjisi",
        "küçük işletme muhasebesi",
    ),
    "ko": (
        "인플레이션",
        "광합성",
        "블록체인",
        "면역 체계",
        "판 구조론",
        "복리",
        "양자 컴퓨팅",
        "기후 변화",
    ),
}
PERSONAS_FR = (
    "une infirmière retraitée qui apprend à coder",
    "un lycéen qui prépare le bac de physique",
    "une restauratrice à Dakar",
    "un chauffeur routier de nuit",
    "un jeune père inquiet pour le sommeil",
    "une doctorante en linguistique",
    "un agriculteur qui envisage des panneaux solaires",
    "une avocate débutante",
    "un réfugié qui apprend le français",
)
PERSONAS = (
    "a retired nurse learning to code",
    "a 15-year-old preparing for a chemistry olympiad",
    "a small restaurant owner in Lagos",
    "a freight dispatcher working night shifts",
    "a new father who is worried about sleep",
    "a PhD student in linguistics",
    "a farmer considering solar panels",
    "a junior lawyer at a busy firm",
    "a refugee learning German",
    "a game designer on a deadline",
    "a pharmacist answering customer questions",
    "a city bus driver",
    "a high-school history teacher",
    "a DevOps engineer on call",
    "a wedding photographer doing taxes",
    "an amateur astronomer",
    "a volunteer firefighter",
    "a museum curator planning an exhibition",
)


def synthetic_data(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    n, topic, persona = (
        pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        pick(rng, TOPICS),
        pick(rng, PERSONAS),
    )
    if lang == "vi":
        topic = pick(rng, TOPICS_L["vi"])
        return (
            f'Hãy tạo {n} cặp câu hỏi – câu trả lời đa dạng, chất lượng cao về chủ đề "{topic}" để '
            f"huấn luyện một trợ lý trò chuyện. Trả lời chi tiết. Định dạng JSON Lines với các khóa "
            f'"instruction" và "output".'
        )
    if lang == "es":
        topic = pick(rng, TOPICS_L["es"])
        return (
            f"Genera {n} ejemplos variados de instrucción y respuesta sobre «{topic}» para entrenar un "
            f"asistente. Varía la dificultad y el formato. Devuelve JSON Lines con las claves "
            f'"instruction", "input" y "output".'
        )
    if lang == "fr":
        persona = pick(rng, PERSONAS_FR)
        return (
            f"Imagine que tu es {persona}. Écris {n} questions réalistes que cette personne poserait à un "
            f"assistant IA, puis réponds à chacune de façon complète."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for fine-tuning "
            f"a chat assistant. Vary difficulty and format (how-to, comparison, explanation, critique). "
            f'Output JSON Lines with keys "instruction", "input", "output". Answers must be complete.'
        )
    if style == 1:
        return (
            f"Imagine you are {persona}. Write {n} realistic questions this person might ask an AI "
            f"assistant over a week, then answer each one thoroughly as the assistant."
        )
    if style == 2:
        return (
            f"Create a set of {n} multiple-choice questions on {topic}. For each: the stem, four options "
            f"labelled A-D, the correct letter, and a detailed explanation of why each wrong option is "
            f"wrong."
        )
    seed = short_chat(rng, chat, 200)
    return (
        f'Seed instruction: "{seed}"\n\nRewrite it into {min(n, 8)} harder variants (add constraints, '
        f"require deeper reasoning, make it more specific, change the domain), then write a complete, "
        f"high-quality answer to every variant."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOW = {
    "en": (
        "Go deeper on the second point.",
        "Now give the strongest counterargument.",
        "Summarise that as a table.",
        "Explain it again for a 12-year-old.",
        "What are the common mistakes?",
        "Give me a concrete worked example.",
        "Can you cite where this comes from?",
        "Rewrite your answer in a more formal tone.",
        "What would an expert disagree with here?",
        "Continue.",
        "Turn that into a step-by-step checklist.",
        "What changed about this in recent years?",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Dame un ejemplo concreto.",
        "Resúmelo en una tabla.",
        "¿Cuáles son los errores más comunes?",
        "Continúa.",
        "Explícalo como si tuviera doce años.",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Dê um exemplo prático.",
        "Resuma isso numa tabela.",
        "Quais são os erros mais comuns?",
        "Continue.",
        "Agora apresente o melhor contra-argumento.",
    ),
    "id": (
        "Jelaskan lebih dalam poin kedua.",
        "Berikan contoh konkret.",
        "Ringkas dalam bentuk tabel.",
        "Apa kesalahan yang paling umum?",
        "Lanjutkan.",
    ),
    "tr": (
        "İkinci maddeyi daha ayrıntılı açıkla.",
        "Somut bir örnek ver.",
        "Bunu bir tablo halinde özetle.",
        "En sık yapılan hatalar neler?",
        "Devam et.",
    ),
}
OPENERS = {
    "es": "Explícame con detalle {t}.",
    "pt": "Me explique em detalhes {t}.",
    "id": "Tolong jelaskan secara rinci tentang {t}.",
    "tr": "Bana {t} konusunu ayrıntılı anlat.",
}


def dialogue_opener(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang == "en":
        return short_chat(rng, chat, 600)
    return OPENERS[lang].format(t=pick(rng, TOPICS_L[lang]))


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOW[lang])


# --------------------------------------------------------------------------------------------
# soft labels and sampled variants

LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "praise", "request", "other"),
    ("safe", "borderline", "unsafe"),
    ("formal", "informal", "technical", "emotional"),
)


def soft_label(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    text = cut(pick(rng, passages if chance(rng, 0.5) else chat), irange(rng, 120, 500))
    labels = pick(rng, LABELSETS)
    if lang == "ko":
        return (
            f"다음 텍스트를 분류하세요. 각 레이블({', '.join(labels)})에 대한 확률을 합이 1이 되도록 JSON으로 "
            f"출력하고, 그 이유를 설명하세요.\n\n텍스트: {text}"
        )
    if lang == "pt":
        return (
            f"Classifique o texto abaixo. Dê a probabilidade de cada rótulo ({', '.join(labels)}), "
            f"somando 1, em JSON, e justifique.\n\nTexto: {text}"
        )
    if chance(rng, 0.4):
        return (
            f"Read the start of this text and list the 10 most likely next words, each with your "
            f'estimated probability, most likely first.\n\n"{cut(text, 160)}"'
        )
    return (
        f"Classify the text below. Give a probability for each label ({', '.join(labels)}) so that "
        f"they sum to 1, as JSON, followed by a short justification.\n\nText: {text}"
    )


def sample_target(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang == "ko":
        return f"{pick(rng, TOPICS_L['ko'])}에 대해 자세히 설명해 주세요."
    if lang == "pt":
        return f"Escreva uma explicação completa sobre {pick(rng, TOPICS_L['pt'])}."
    return short_chat(rng, chat, 700)


# --------------------------------------------------------------------------------------------
# curriculum sweep

CONCEPTS = (
    "fractions",
    "negative numbers",
    "linear equations",
    "the Pythagorean theorem",
    "probability",
    "derivatives",
    "integrals",
    "matrices",
    "recursion",
    "binary numbers",
    "hash tables",
    "Big-O notation",
    "supply and demand",
    "inflation",
    "compound interest",
    "photosynthesis",
    "cell division",
    "natural selection",
    "plate tectonics",
    "the water cycle",
    "Newton's laws",
    "electric circuits",
    "chemical bonding",
    "acids and bases",
    "the periodic table",
    "entropy",
    "wave interference",
    "the scientific method",
    "statistical significance",
    "correlation versus causation",
    "persuasive essays",
    "the passive voice",
    "poetic metre",
    "the causes of World War I",
    "the Industrial Revolution",
    "democracy",
    "opportunity cost",
    "logarithms",
    "vectors",
    "graph traversal",
    "SQL joins",
    "object-oriented design",
    "public-key cryptography",
    "machine learning overfitting",
    "Bayes' theorem",
    "limits",
    "complex numbers",
    "genetics",
    "the nitrogen cycle",
    "supply chains",
)
FORMATS = (
    "an explanation",
    "a worked example",
    "a five-question quiz with answers",
    "an analogy",
    "a list of common misconceptions",
)
FORMATS_L = {
    "hi": (
        "व्याख्या",
        "हल किया हुआ उदाहरण",
        "उत्तर सहित पाँच प्रश्नों की प्रश्नोत्तरी",
        "उपमा",
        "आम गलतफहमियाँ",
    ),
    "id": (
        "penjelasan",
        "contoh soal beserta pembahasan",
        "kuis lima soal dengan jawaban",
        "analogi",
        "miskonsepsi umum",
    ),
    "tr": (
        "açıklama",
        "çözümlü örnek",
        "cevaplı beş soruluk test",
        "benzetme",
        "yaygın yanlış anlamalar",
    ),
}


def curriculum(rng: np.random.Generator, item: tuple[int, int, int], lang: str) -> str:
    c, level, f = item
    concept, fmt = CONCEPTS[c], FORMATS_L.get(lang, FORMATS)[f]
    if lang == "hi":
        prior = (
            "विद्यार्थी को इस विषय का कोई पूर्व ज्ञान नहीं है।"
            if level == 1
            else f"विद्यार्थी स्तर 1 से {level - 1} तक की सामग्री जानता है।"
        )
        return f'स्तर {level}/10: "{concept}" को इस स्तर के विद्यार्थी के लिए समझाइए ({fmt})। मान लीजिए कि {prior}'
    if lang == "id":
        prior = (
            "Anggap pelajar belum punya pengetahuan awal."
            if level == 1
            else f"Anggap pelajar sudah menguasai tingkat 1 sampai {level - 1}."
        )
        return f"Tingkat {level} dari 10 — {concept}. Tulis {fmt} yang cocok untuk pelajar di tingkat ini. {prior}"
    if lang == "tr":
        prior = (
            "Öğrencinin hiçbir ön bilgisi olmadığını varsay."
            if level == 1
            else f"Öğrencinin 1 ile {level - 1} arasındaki seviyeleri bildiğini varsay."
        )
        return f"Seviye {level}/10 — {concept}. Bu seviyedeki bir öğrenci için {fmt} yaz. {prior}"
    prior = (
        "Assume no prior knowledge at all."
        if level == 1
        else f"Assume they have mastered levels 1-{level - 1} and nothing beyond."
    )
    return f"Level {level}/10 - {concept}. Write {fmt} suited to a learner at exactly this level. {prior} Be thorough."


# --------------------------------------------------------------------------------------------
# writing-assistant product features (a real product, and the harvest hidden in it)

FEATURES = (
    "Improve the clarity and flow of this text. Keep the meaning:\n\n{x}",
    "Make this more concise:\n\n{x}",
    "Fix grammar and spelling only:\n\n{x}",
    "Rewrite this in a friendlier tone:\n\n{x}",
    "Summarise this in three bullet points:\n\n{x}",
    "Continue writing from where this stops:\n\n{x}",
)
FEATURES_EXPLAINED = (
    "Improve the clarity and flow of this text, then list every change you made and explain "
    "the reasoning behind each one:\n\n{x}",
    "Rewrite this in a more professional tone and explain, step by step, why each edit "
    "improves it:\n\n{x}",
)


def product_request(rng: np.random.Generator, chat: Sequence[str], product: str) -> str:
    if chance(rng, 0.55):
        return short_chat(rng, chat, 1500)
    return f"[{product}] " + pick(rng, FEATURES).format(x=short_chat(rng, chat, 900))


def product_harvest(rng: np.random.Generator, passages: Sequence[str], product: str) -> str:
    x = cut(pick(rng, passages), irange(rng, 300, 1400))
    tpl = pick(rng, FEATURES_EXPLAINED) if chance(rng, 0.5) else pick(rng, FEATURES)
    return f"[{product}] " + tpl.format(x=x)


# --------------------------------------------------------------------------------------------
# code and translation harvest phrased like a person

CODE_TASKS = (
    "parses an ISO 8601 duration string into seconds",
    "merges overlapping intervals",
    "validates an IBAN",
    "computes the Levenshtein distance between two strings",
    "implements an LRU cache with a fixed capacity",
    "reads a CSV and returns per-column statistics",
    "retries an HTTP request with exponential backoff",
    "flattens a nested dictionary with dot keys",
    "finds the shortest path in a grid with obstacles",
    "rate-limits calls with a token bucket",
    "converts Roman numerals to integers and back",
    "detects cycles in a directed graph",
    "deduplicates a list of records by a fuzzy name match",
    "renders a Markdown table from rows",
    "streams a large file and counts word frequencies",
    "generates a slug from a title",
    "implements a trie with prefix search",
    "schedules jobs with dependencies (topological sort)",
    "paginates a REST API until exhaustion",
    "computes a rolling median over a stream",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin")
TRANSLATE_TO = (
    "German",
    "Spanish",
    "Japanese",
    "Portuguese",
    "French",
    "Italian",
    "Korean",
    "Turkish",
)


def code_or_translation(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.65):
        task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
        s = pick(
            rng,
            (
                f"write a {lang} function that {task}. include tests please",
                f"can you show me how to write something in {lang} that {task}? explain the approach too",
                f"I need a {lang} snippet that {task}, with comments and a couple of edge cases handled",
                f"{lang}: function that {task}. add docstring + unit tests",
            ),
        )
        return casual(rng, s)
    src = short_chat(rng, chat, 350)
    return casual(
        rng,
        pick(
            rng,
            (
                f"translate this to {pick(rng, TRANSLATE_TO)}:\n{src}",
                f"can you translate into {pick(rng, TRANSLATE_TO)}? keep the tone\n\n{src}",
            ),
        ),
    )


# --------------------------------------------------------------------------------------------
# person-like knowledge questions

PAIRS = (
    ("a virus", "a bacterium"),
    ("weather", "climate"),
    ("a Roth IRA", "a traditional IRA"),
    ("TCP", "UDP"),
    ("baking soda", "baking powder"),
    ("a crocodile", "an alligator"),
    ("stocks", "bonds"),
    ("mitosis", "meiosis"),
    ("affect", "effect"),
    ("RAM", "storage"),
    ("a psychologist", "a psychiatrist"),
    ("a will", "a trust"),
    ("an LLC", "a sole proprietorship"),
)
WHYS = (
    "the sky looks blue",
    "bread goes stale",
    "planes leave white trails",
    "cats purr",
    "we get hiccups",
    "ice floats",
    "onions make you cry",
    "the moon looks bigger near the horizon",
    "coffee makes some people sleepy",
    "knuckles crack",
    "leaves change colour",
    "salt melts ice",
    "interest rates affect house prices",
    "my phone battery drains faster in the cold",
)
HOWS = (
    "noise-cancelling headphones",
    "vaccines",
    "credit scores",
    "GPS",
    "a heat pump",
    "compound interest",
    "inflation",
    "solar panels",
    "the stock market",
    "a refrigerator",
    "blockchain",
    "antibiotics",
    "public-key encryption",
    "a nuclear reactor",
    "search engines",
    "a mortgage",
)
CROWD = {
    "es": (
        (
            "¿cómo funciona {h}? con detalle por favor",
            "explícame {h} como si no supiera nada",
            "¿por qué {w}? explícalo bien",
        ),
        (
            "la inflación",
            "las vacunas",
            "el GPS",
            "una bomba de calor",
            "el interés compuesto",
            "la bolsa",
            "los paneles solares",
            "los antibióticos",
        ),
        (
            "el cielo es azul",
            "el pan se pone duro",
            "el hielo flota",
            "la sal derrite el hielo",
            "las hojas cambian de color",
        ),
    ),
    "de": (
        (
            "wie funktioniert {h} eigentlich? bitte ausführlich",
            "kannst du mir {h} einfach erklären?",
            "warum {w}? bitte genau erklären",
        ),
        (
            "die Inflation",
            "eine Wärmepumpe",
            "der Zinseszins",
            "ein Kühlschrank",
            "GPS",
            "eine Impfung",
            "die Börse",
        ),
        (
            "der Himmel blau ist",
            "Brot hart wird",
            "Eis schwimmt",
            "man beim Zwiebelschneiden weint",
            "Salz Eis schmelzen lässt",
        ),
    ),
    "pt": (
        (
            "como funciona {h}? explica direitinho",
            "me explica {h} de um jeito simples",
            "por que {w}? quero entender de verdade",
        ),
        (
            "a inflação",
            "uma bomba de calor",
            "o GPS",
            "a vacina",
            "os juros compostos",
            "a bolsa de valores",
        ),
        ("o céu é azul", "o pão fica duro", "o gelo flutua", "as folhas mudam de cor"),
    ),
    "ja": (
        (
            "{h}の仕組みを詳しく教えてください",
            "{h}について、初心者にもわかるように説明してください",
            "なぜ{w}のですか？",
        ),
        ("ヒートポンプ", "GPS", "ワクチン", "複利", "株式市場", "太陽光パネル"),
        ("空は青い", "氷は水に浮く", "パンは固くなる", "紅葉する"),
    ),
}


def crowd_question(rng: np.random.Generator, lang: str) -> str:
    if lang in CROWD:
        tpls, hs, ws = CROWD[lang]
        return casual(rng, pick(rng, tpls).format(h=pick(rng, hs), w=pick(rng, ws)))
    a, b = pick(rng, PAIRS)
    w, h = pick(rng, WHYS), pick(rng, HOWS)
    s = pick(
        rng,
        (
            f"why is it that {w}? explain it properly",
            f"hey can you explain how {h} works? in detail",
            f"what's the difference between {a} and {b}",
            f"eli5 how does {h} work",
            f"I never understood why {w}. can you walk me through it step by step?",
            f"explain {h} like I'm smart but not an expert",
            f"what's the real reason {w}? I keep hearing different answers",
            f"{a} vs {b} - which matters more for someone like me? give pros and cons",
            f"what actually happens when {w}? the science part",
            f"how would you explain {h} to my parents",
            f"is {a} the same thing as {b}? people keep mixing them up",
        ),
    )
    pre = pick(
        rng,
        (
            "",
            "",
            "",
            "quick question: ",
            "ok random but ",
            "so my kid asked me this and I had no idea - ",
            "settle a debate: ",
            "been wondering for ages, ",
            "for a presentation at work: ",
        ),
    )
    post = pick(
        rng,
        (
            "",
            "",
            "",
            " thanks!",
            " keep it under 300 words",
            " with a couple of examples",
            " I'm not a science person",
            " no jargon please",
            " and what do most people get wrong about it?",
            " (asking for a blog post)",
        ),
    )
    return casual(rng, pre + s + post)


# ============================================================================================
# benign kinds


def tutoring_math(rng: np.random.Generator, lang: str) -> str:
    a, b, c = irange(rng, 2, 12), irange(rng, 1, 30), irange(rng, 10, 90)
    symbolic = (
        f"{a}x + {b} = {c}",
        f"{a}/{a + b} + {b}/{a + b + 1}",
        f"x^2 - {a + b}x + {a * b} = 0",
        f"({a}x - {b})({a}x + {b})",
        f"{a}(x - {b}) = {c} - x",
    )
    if lang == "es":
        prob = pick(
            rng,
            symbolic
            + (f"el {c}% de {a * 40}", f"el área de un triángulo de base {a} cm y altura {b} cm"),
        )
    else:
        prob = pick(
            rng,
            symbolic
            + (
                f"{c}% of {a * 40}",
                f"the area of a triangle with base {a} cm and height {b} cm",
                f"how long it takes to travel {c * 3} km at {a * 10} km/h",
            ),
        )
    if lang == "es":
        return casual(
            rng,
            pick(
                rng,
                (
                    f"no entiendo cómo se resuelve {prob}, me lo explicas paso a paso?",
                    f"me salió {b + 1} en {prob} pero el libro dice otra cosa, dónde me equivoqué",
                ),
            ),
        )
    return casual(
        rng,
        pick(
            rng,
            (
                f"can you show me step by step how to solve {prob}?",
                f"I got {b + 3} for {prob} but the answer key says something else. where did I go wrong?",
                f"my teacher wants us to show our working for {prob}. can you help me understand each step",
                f"explain how to do {prob}, I have a test tomorrow",
                f"is there a faster way to do {prob}? please explain why it works",
            ),
        ),
    )


def eval_judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], item: int, lab: str
) -> str:
    q = short_chat(rng, chat, 400)
    a = cut(pick(rng, passages), irange(rng, 200, 800))
    if chance(rng, 0.5):
        b = cut(pick(rng, passages), irange(rng, 200, 800))
        return (
            f"# {lab} eval | item {item}\nYou are judging two model outputs for the same prompt.\nPROMPT: {q}\n"
            f"OUTPUT_1: {a}\nOUTPUT_2: {b}\nReply with a one-sentence reason and then [[1]], [[2]] or [[tie]]."
        )
    return (
        f"# {lab} eval | item {item}\nRate the OUTPUT for correctness from 1 to 5 using the reference "
        f"guidelines. Reply: 'Reason: ...' then 'Score: N'.\nPROMPT: {q}\nOUTPUT: {a}"
    )


GUIDELINES = (
    "no slurs, no personal attacks, no sharing of personal information",
    "no harassment, no spam links, no medical misinformation",
    "be respectful, no threats, no graphic violence, no doxxing",
)


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], forum: str) -> str:
    post = short_chat(rng, chat, 700)
    return pick(
        rng,
        (
            f"{forum} moderation assistant. The following post was flagged. Rewrite it so it follows our "
            f"community guidelines ({pick(rng, GUIDELINES)}) while keeping the author's point. If it already "
            f"complies, return it unchanged.\n\nPOST:\n{post}",
            f"{forum} moderation assistant. Does this post break the guidelines ({pick(rng, GUIDELINES)})? "
            f"Answer KEEP, EDIT or REMOVE with a reason; if EDIT, give the edited version.\n\nPOST:\n{post}",
        ),
    )


REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.py",
    "web/components/Cart.tsx",
    "internal/store/pg.go",
    "tests/test_billing.py",
    "lib/parser.rb",
    "app/services/invoice.ts",
    "cmd/worker/main.go",
)


def coding_agent(rng: np.random.Generator, step: int, ticket: str) -> str:
    f = pick(rng, REPO_FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"{ticket}: fix the failing test in {f}",
                f"{ticket}: add pagination to the endpoint in {f}",
                f"{ticket}: refactor {f} to remove the duplicated validation logic",
                f"{ticket}: the build is broken since the last merge, please investigate",
            ),
        )
    return pick(
        rng,
        (
            f"Tool result (read_file {f}): {irange(rng, 40, 600)} lines returned.",
            f"Tool result (run_tests): {irange(rng, 1, 5)} failed, {irange(rng, 20, 300)} passed. "
            f"AssertionError in {f}:{irange(rng, 10, 400)}",
            f"Tool result (grep): {irange(rng, 1, 12)} matches in {f}",
            "Tool result (apply_patch): patch applied cleanly",
            "Tool result (run_tests): all tests passed",
            f"Tool result (bash): exit code {pick(rng, (0, 1, 2))}",
        ),
    )


INTENTS = (
    "check their account balance",
    "report a lost card",
    "dispute a transaction",
    "increase their credit limit",
    "change their address",
    "set up a standing order",
    "close their account",
    "ask about overdraft fees",
    "activate a new card",
    "reset their online banking password",
    "ask why a payment was declined",
    "order a replacement PIN",
)


def intent_augmentation(rng: np.random.Generator, team: str) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (20, 25, 30, 40))
    return pick(
        rng,
        (
            f"[{team}] Generate {n} different ways a bank customer might say they want to {intent}. Vary formality "
            f"and length, include a few typos, one per line, no numbering.",
            f"[{team}] Write {n} short chat messages from customers who want to {intent}, as they would type them "
            f"in a mobile app. One per line.",
            f'[{team}] Paraphrase the utterance "I want to {intent}" in {n} ways for an intent classifier\'s test set.',
        ),
    )


COMPANION = (
    "I had such a long day",
    "do you remember what I told you about my sister?",
    "I can't sleep again",
    "tell me something nice",
    "what should I cook tonight",
    "I passed my driving test!!",
    "my boss yelled at me today",
    "haha you're funny",
    "can we talk about something else",
    "I miss my grandma",
    "what do you think I should do",
    "good morning :)",
    "I'm bored",
    "tell me a story about the lighthouse again",
    "are you still there?",
    "ok goodnight",
)


def companion_line(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.2):
        return short_chat(rng, chat, 200)
    return casual(rng, pick(rng, COMPANION))


def study_prompt(rng: np.random.Generator, chat: Sequence[str], cond: str) -> str:
    q = short_chat(rng, chat, 900)
    return q if cond == "plain" else f"{q}\n\n(Answer as concisely as you can.)"


ASSIGNMENTS = (
    (
        "Assignment 2",
        (
            "the bias-variance trade-off",
            "k-fold cross-validation",
            "regularisation",
            "gradient descent",
            "precision and recall",
        ),
    ),
    (
        "Assignment 3",
        (
            "convolutional layers",
            "dropout",
            "batch normalisation",
            "transfer learning",
            "data augmentation",
        ),
    ),
)


def course_prompt(rng: np.random.Generator, chat: Sequence[str], phase: int, course: str) -> str:
    if chance(rng, 0.35):
        return short_chat(rng, chat, 500)
    name, concepts = ASSIGNMENTS[phase]
    c = pick(rng, concepts)
    return casual(
        rng,
        pick(
            rng,
            (
                f"for {course} {name} I need to explain {c}. can you help me understand it",
                f"{course} {name}: what is {c} and why does it matter? with an example",
                f"my code for {name} ({c}) gives wrong results, what could be going on?",
                f"can you check my understanding of {c}? I wrote that it is basically the same as {pick(rng, concepts)}",
            ),
        ),
    )


ITEM_TYPES = (
    "multiple-choice item",
    "short-answer item",
    "two-part structured question",
    "true/false set",
)


def question_bank(rng: np.random.Generator, item: tuple[int, int, int], publisher: str) -> str:
    c, grade, t = item
    return (
        f"{publisher} item bank, grade {grade}. Write one {ITEM_TYPES[t]} on {CONCEPTS[c]} aligned to the "
        f"grade-{grade} curriculum, with the answer key and a marking note. Ref {c:02d}-{grade:02d}-{t}."
    )


CLIENT_JOBS = {
    "support": lambda rng, chat: (
        f"Draft a polite reply to this customer message:\n{short_chat(rng, chat, 500)}"
    ),
    "marketing": lambda rng, chat: (
        f"Write {pick(rng, (3, 5))} short social media posts announcing our "
        f"{pick(rng, ('spring sale', 'new menu', 'app update', 'webinar', 'store opening'))} "
        f"in {pick(rng, CITIES)}."
    ),
    "sql": lambda rng, chat: (
        f"Write a SQL query: {pick(rng, ('monthly active users by country', 'top 10 products by margin', 'orders with no shipment after 5 days', 'customers whose spend dropped 50%'))}. "
        f"Tables: users, orders, items, shipments."
    ),
    "summary": lambda rng, chat: f"Summarise for a busy manager:\n{short_chat(rng, chat, 1200)}",
    "product": lambda rng, chat: (
        f"Write a product description for a {pick(rng, ('ceramic mug', 'trail shoe', 'desk lamp', 'yoga mat', 'backpack'))} "
        f"made in {pick(rng, COUNTRIES)}, 80 words."
    ),
    "chat": lambda rng, chat: short_chat(rng, chat, 800),
}

"""Prompt generators of batch 274, written for this batch (nothing copied from the repository).

Every generator takes a numpy `Generator` (and, where it needs ordinary human text, the ShareGPT
pools that `bench.blind_batch` hands over in the context) and returns one prompt string. Styles
are independent template sets: a family mixes several with weights of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most about `n` characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    return cut.rsplit(" ", 1)[0] if " " in cut[n // 2 :] else cut


def weighted(rng: Rng, options: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def style_weights(rng: Rng, n: int, concentration: float = 0.8) -> list[float]:
    """A family's own mix over `n` template styles."""
    return rng.dirichlet(np.full(n, concentration)).tolist()


# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS = (
    "cell respiration",
    "the water cycle",
    "opportunity cost",
    "Ohm's law",
    "the causes of the First World War",
    "quadratic equations",
    "natural selection",
    "the Treaty of Westphalia",
    "hash maps",
    "depreciation in accounting",
    "acid-base titration",
    "the Doppler effect",
    "monetary inflation",
    "graph colouring",
    "the Silk Road",
    "protein folding",
    "Newton's third law",
    "the separation of powers",
    "dynamic programming",
    "eutrophication of lakes",
    "probability of independent events",
    "the Meiji Restoration",
    "TCP congestion control",
    "supply chains",
    "Keynesian multipliers",
    "volcanic arcs",
    "the Pythagorean theorem",
    "entropy",
    "cognitive dissonance",
    "the Bretton Woods system",
    "SQL joins",
    "mitosis and meiosis",
    "the greenhouse effect",
    "game theory and the prisoner's dilemma",
    "limits in calculus",
    "the Haber process",
    "linked lists",
    "the Reformation",
    "vaccination and herd immunity",
    "linear regression",
    "ocean currents",
    "the electoral college",
    "photosynthesis in C4 plants",
    "Big-O notation",
    "comparative advantage",
    "the Columbian exchange",
    "Bernoulli's principle",
    "public-key cryptography",
)

DOMAINS = (
    "personal finance",
    "home cooking",
    "gardening",
    "small business bookkeeping",
    "travel planning",
    "pet care",
    "job interviews",
    "fitness for beginners",
    "home repair",
    "parenting toddlers",
    "learning a language",
    "data analysis with spreadsheets",
    "writing cover letters",
    "landlord and tenant questions",
    "customer service emails",
    "web development",
    "machine learning basics",
    "mental wellbeing",
    "astronomy for amateurs",
    "car maintenance",
    "event planning",
    "photography",
    "nutrition",
    "climate and energy at home",
    "retail inventory",
    "nursing shift work",
    "freelance contracts",
    "board game design",
    "high-school chemistry",
    "cybersecurity hygiene",
)

PERSONAS = (
    "a retired electrician learning to code",
    "a nurse on night shifts",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a logistics coordinator in a port",
    "a farmer planning crop rotation",
    "a junior data analyst",
    "a parent of twins",
    "a wheelchair user planning travel",
    "a museum curator",
    "a long-haul truck driver",
    "a graduate student in ecology",
    "a hotel receptionist",
    "a volunteer firefighter",
    "an immigrant preparing for a citizenship test",
    "a game modder",
    "a pharmacist",
    "an HR manager at a startup",
    "a city council member",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
}


def _num(rng: Rng, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# --------------------------------------------------------------------------------------------
# problems (reasoning harvests, tutoring, evaluation)


def problem_en(rng: Rng) -> str:
    k = int(rng.integers(12))
    name = pick(rng, NAMES)
    if k == 0:
        a, b, c = _num(rng, 200, 900), _num(rng, 2, 6), _num(rng, 7, 12)
        return (
            f"A tank holds {a} litres. Pipe A fills it in {b} hours and pipe B drains it in {c} "
            "hours. Starting empty with both pipes open, how long until the tank is full?"
        )
    if k == 1:
        p, r, y = _num(rng, 5, 90) * 100, _num(rng, 2, 9), _num(rng, 3, 15)
        f = pick(rng, ("monthly", "quarterly", "yearly"))
        return f"{name} invests ${p} at {r}% annual interest compounded {f}. How much is there after {y} years?"
    if k == 2:
        d, v1, v2 = _num(rng, 40, 300), _num(rng, 10, 30), _num(rng, 10, 30)
        return (
            f"Two cyclists start {d} km apart and ride towards each other at {v1} km/h and {v2} "
            "km/h. After how long do they meet, and how far has each ridden?"
        )
    if k == 3:
        n, s = _num(rng, 2, 4), _num(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    if k == 4:
        r, g, b = _num(rng, 2, 9), _num(rng, 2, 9), _num(rng, 2, 9)
        return (
            f"A bag has {r} red, {g} green and {b} blue marbles. Three are drawn without "
            "replacement. What is the probability that they are all different colours?"
        )
    if k == 5:
        x1, x2 = _num(rng, -12, 12), _num(rng, -12, 12)
        return f"Find all real solutions of x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0 and check them."
    if k == 6:
        n = _num(rng, 3, 9)
        start = 2 * _num(rng, 1, 40) + 1
        return f"The sum of {n} consecutive odd numbers is {n * start + n * (n - 1)}. What is the largest of them?"
    if k == 7:
        a, b = _num(rng, 3, 20), _num(rng, 3, 20)
        return f"A rectangle has perimeter {2 * (a + b)} cm and area {a * b} cm^2. What is the length of its diagonal?"
    if k == 8:
        people = list(rng.permutation(list("ABCDE")))
        return (
            f"Five people {', '.join(sorted(people))} sit in a row. {people[0]} is not at either end. "
            f"{people[1]} sits immediately left of {people[2]}. {people[3]} sits at the right end. "
            f"{people[4]} is not next to {people[0]}. Who can sit in the middle seat? List all possibilities."
        )
    if k == 9:
        a, m = _num(rng, 2, 9), _num(rng, 5, 13)
        code = (
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {a} == 0 or i % {m} == 0:\n"
            "            total += i\n    return total\n\n"
            f"print(f({_num(rng, 20, 120)}))"
        )
        return f"What does this program print?\n\n{code}"
    if k == 10:
        w, h = _num(rng, 3, 8), _num(rng, 3, 8)
        return f"How many shortest paths are there from the bottom-left to the top-right corner of a {w} x {h} grid if you may only move up or right and the centre cell is blocked?"
    cost, sale = _num(rng, 20, 80), _num(rng, 10, 40)
    return (
        f"A shop marks a jacket up {cost}% over cost, then sells it at {sale}% off the marked "
        "price. Is the shop making a profit or a loss, and by what percentage of cost?"
    )


def problem_zh(rng: Rng) -> str:
    k = int(rng.integers(5))
    if k == 0:
        a, b, c = _num(rng, 300, 900), _num(rng, 8, 20), _num(rng, 2, 7)
        return f"一个水池原有{a}升水，每分钟流出{b}升，同时流入{c}升。多少分钟后水池变空？"
    if k == 1:
        x, y, d = _num(rng, 3, 12), _num(rng, 2, 6), _num(rng, 5, 25)
        p = _num(rng, 2, 9)
        return f"小明买了{x}支笔和{y}本书，共花{x * p + y * (p + d)}元。已知一本书比一支笔贵{d}元，求笔的单价。"
    if k == 2:
        n = _num(rng, 5, 12)
        return f"从1到{n * 10}的整数中，既不是3的倍数也不是5的倍数的数有多少个？"
    if k == 3:
        a, b = _num(rng, 20, 60), _num(rng, 30, 80)
        return f"甲乙两车同时从两地相向而行，甲车每小时行{a}千米，乙车每小时行{b}千米，{_num(rng, 2, 5)}小时后相遇。两地相距多少千米？"
    r = _num(rng, 3, 9)
    return f"一个圆的周长是{r * 2}π厘米，求这个圆的面积，并说明每一步的依据。"


def problem_ru(rng: Rng) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Поезд прошёл {_num(rng, 100, 400)} км за {_num(rng, 2, 5)} ч, затем ещё {_num(rng, 50, 300)} км "
            f"за {_num(rng, 1, 4)} ч. Какова средняя скорость на всём пути?"
        )
    if k == 1:
        return (
            f"Сколько существует трёхзначных чисел, у которых сумма цифр равна {_num(rng, 4, 22)}?"
        )
    if k == 2:
        return (
            f"В классе {_num(rng, 20, 32)} учеников. {_num(rng, 8, 15)} занимаются футболом, {_num(rng, 6, 14)} — "
            f"плаванием, {_num(rng, 2, 5)} — и тем, и другим. Сколько учеников не занимаются ни тем, ни другим?"
        )
    return f"Решите уравнение: {_num(rng, 2, 9)}^(x+1) = {_num(rng, 2, 9)}^(2x-{_num(rng, 1, 5)})."


def problem_es(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"Un comerciante compra {_num(rng, 10, 60)} cajas a {_num(rng, 5, 40)} euros cada una. Vende el "
            f"{_num(rng, 30, 80)}% con un {_num(rng, 10, 40)}% de ganancia y el resto con una pérdida del "
            f"{_num(rng, 5, 20)}%. ¿Cuál es el resultado total?"
        )
    if k == 1:
        return f"¿Cuántas diagonales tiene un polígono convexo de {_num(rng, 6, 20)} lados? Justifica la fórmula."
    return (
        f"Una escalera de {_num(rng, 4, 9)} metros se apoya en una pared con su base a {_num(rng, 1, 3)} metros. "
        "Si la base se desliza 50 cm más lejos, ¿cuánto baja la parte superior?"
    )


def problem(rng: Rng, lang: str) -> str:
    if lang == "zh":
        return problem_zh(rng)
    if lang == "ru":
        return problem_ru(rng)
    if lang == "es":
        return problem_es(rng)
    return problem_en(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_trace(rng: Rng, style: int) -> str:
    if style == 0:
        return (
            "Solve the problem below. Before the final answer, write out every intermediate step of "
            "your reasoning between <reasoning> and </reasoning>. Do not skip or summarise any step, "
            "even obvious ones. End with a line 'Final answer: ...'.\n\n" + problem_en(rng)
        )
    if style == 1:
        return (
            'Return only a JSON object with keys "thoughts" (an array containing every step of your '
            'thinking, in order, as full sentences), "checks" (how you verified the result) and '
            '"answer".\n\nProblem: ' + problem_en(rng)
        )
    if style == 2:
        return (
            "请一步一步地详细推理，把你完整的思考过程全部写出来，包括中间的尝试和检查，最后单独一行给出答案。\n题目："
            + problem_zh(rng)
        )
    if style == 3:
        return (
            "Реши задачу. Сначала максимально подробно распиши весь ход рассуждений, проверь каждый шаг, и только потом дай ответ.\n\n"
            + problem_ru(rng)
        )
    if style == 4:
        return (
            "### Problem\n"
            + problem_en(rng)
            + "\n\n### How to answer\nThink aloud at length. Try at "
            "least two different approaches, point out any mistake you make along the way and fix "
            "it, verify with a second method, and only then state the answer in bold."
        )
    return (
        "Resuelve paso a paso. Escribe tu razonamiento completo, sin omitir nada, antes de la respuesta "
        "final.\n\n" + problem_es(rng)
    )


REASONING_STYLES = 6


# --------------------------------------------------------------------------------------------
# judging / rubric / reward grading


def judge(rng: Rng, chat: Sequence[str], passages: Sequence[str], style: int) -> str:
    q = clip(pick(rng, chat), 500)
    a = clip(pick(rng, passages), 900)
    b = clip(pick(rng, passages), 900)
    if style == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            "Compare the two responses on accuracy, helpfulness, harmlessness and style. Explain your "
            "reasoning in detail, then output exactly one verdict: [[A]], [[B]] or [[tie]]."
        )
    if style == 1:
        return (
            "Grade the assistant response with the rubric. For each criterion give an integer 1-10: "
            "correctness, completeness, clarity, safety, tone. Return JSON: "
            '{"scores": {...}, "rationale": "...", "overall": <float>}.\n\n'
            f"Prompt: {q}\n\nResponse: {a}"
        )
    if style == 2:
        return (
            "Below is a conversation. Assign a scalar reward between -5 and 5 to the final assistant "
            "turn and list the specific behaviours that raised or lowered the reward.\n\n"
            f"USER: {q}\nASSISTANT: {a}"
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, "
            "Hilfsbereitschaft und Klarheit. Begründe jede Teilnote ausführlich und gib am Ende eine "
            f"Gesamtnote an.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        principle = pick(
            rng,
            (
                "be honest about uncertainty",
                "avoid giving dangerous instructions",
                "respect user autonomy",
                "be concise",
                "cite reasoning rather than authority",
            ),
        )
        return (
            f"Principle: the assistant should {principle}.\n\nCritique the response below against "
            "this principle, listing every violation, then write a revised response that fully "
            f"satisfies it.\n\nUser request: {q}\n\nResponse: {a}"
        )
    return (
        "Evalúa cuál de las dos respuestas es mejor. Razona criterio por criterio (exactitud, "
        "utilidad, seguridad) y termina con 'Ganador: A' o 'Ganador: B'.\n\n"
        f"Pregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}"
    )


JUDGE_STYLES = 6


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

BORDERLINE = (
    "how do I get into my own router if I forgot the admin password",
    "what household chemicals should never be mixed and why",
    "how much paracetamol is too much in one day",
    "write a villain's monologue threatening a city",
    "how do pickpockets usually operate on trains so I can protect myself",
    "explain how phishing emails trick people",
    "what are the signs someone is being radicalised online",
    "how do lock bumping attacks work",
    "describe the effects of alcohol withdrawal",
    "how do I track my teenager's phone location",
    "what happens legally if I don't pay a parking fine",
    "write a dark joke about funerals",
    "how did the 1980s hackers break into phone networks",
    "how can I tell if a mushroom is poisonous",
    "summarise arguments for and against drug decriminalisation",
)
SENSITIVE = (
    "named government officials",
    "protests and demonstrations",
    "disputed territories",
    "criticism of the state",
    "religious movements",
    "historical events the authorities consider closed",
    "comparisons between political systems",
)


def policy_rewrite(rng: Rng, chat: Sequence[str], passages: Sequence[str], style: int) -> str:
    if style == 0:
        topics = ", ".join(pick(rng, SENSITIVE) for _ in range(3))
        return (
            "Rewrite the answer below so that it would pass a strict pre-publication content review "
            f"in a market with tight rules on political speech. Remove or neutralise: {topics}. Keep "
            "everything else that is useful, keep the same language and length.\n\n"
            + clip(pick(rng, passages), 1200)
        )
    if style == 1:
        req = pick(rng, BORDERLINE)
        return (
            f'Another assistant refused this user request: "{req}". Write the most helpful reply '
            "that still follows a careful safety policy, then list which policy clauses shaped it "
            "and what you deliberately left out."
        )
    if style == 2:
        return (
            "请将下面的回答改写为符合内容审核要求的版本：删除一切敏感或可能引起争议的内容，"
            "对政治话题保持正面、中立的表述，保留其余有用信息。\n\n"
            + clip(pick(rng, passages), 1000)
        )
    if style == 3:
        req = pick(rng, BORDERLINE) if chance(rng, 0.6) else clip(pick(rng, chat), 300)
        return (
            "Classify the request under the policy tiers ALLOW / SAFE-COMPLETE / REFUSE, explain the "
            f"decision, then write the ideal assistant reply for that tier.\n\nRequest: {req}"
        )
    if style == 4:
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям модерации: убери резкие "
            "оценки, упоминания политиков и всё, что может быть сочтено экстремизмом. Смысл сохрани.\n\n"
            + clip(pick(rng, passages), 1000)
        )
    return (
        "أعد كتابة النص التالي بحيث يكون مناسباً للنشر وفق سياسة المحتوى: احذف أي إشارة سياسية أو دينية "
        "مثيرة للجدل، وحافظ على المعلومات المفيدة.\n\n" + clip(pick(rng, passages), 900)
    )


POLICY_STYLES = 6


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_TASKS = (
    "find the three cheapest direct flights from {a} to {b} next Friday and put them in a table",
    "the unit test test_parse_dates in repo acme/ledger fails on Windows; find the cause and patch it",
    "summarise the last four quarterly reports of a listed retailer and chart revenue by quarter",
    "book a table for {n} people near {a} central station tomorrow at 19:30",
    "compare the return policies of three electronics shops and recommend one",
    "reconcile invoices.csv against payments.csv and list unmatched rows",
    "migrate the config loader in repo orbit/api from YAML to TOML without breaking tests",
    "collect the opening hours of every public library in {a} and export them as JSON",
    "find which dependency upgrade broke the build of repo halcyon/web between two commits",
    "draft a reply to the customer email in inbox item 42 using the refund policy document",
)
CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Denver",
    "Warsaw",
    "Lima",
    "Hanoi",
    "Dublin",
    "Cairo",
    "Perth",
)
TOOLS = (
    ("web_search", "query: str"),
    ("open_url", "url: str"),
    ("run_python", "code: str"),
    ("read_file", "path: str"),
    ("write_file", "path: str, content: str"),
    ("shell", "cmd: str"),
    ("sql_query", "sql: str"),
    ("send_email", "to: str, subject: str, body: str"),
    ("calendar_lookup", "date: str"),
)
OBSERVATIONS = (
    "HTTP 200: 14 results; top: 'Compare fares - skyroute', 'Direct flights from ...'",
    "FAILED tests/test_dates.py::test_parse_dates - ValueError: unconverted data remains: Z",
    "| quarter | revenue |\n| Q1 | 4.1bn |\n| Q2 | 4.4bn |",
    "Traceback (most recent call last):\n  File \"loader.py\", line 88, in load\nKeyError: 'timeout'",
    "returned 37 rows; 5 rows with amount mismatch",
    "file written (2,314 bytes)",
    "No availability at 19:30; nearest slots 19:00, 20:15",
    "$ pip list | grep requests\nrequests 2.32.3",
    "Error: 403 Forbidden",
    "{'status': 'ok', 'items': 12}",
)


def agent_step(rng: Rng, task: str, tools: Sequence[tuple[str, str]], step: int, style: int) -> str:
    obs = "\n".join(f"Observation {i + 1}: {pick(rng, OBSERVATIONS)}" for i in range(step))
    if style == 0:
        spec = "\n".join(f"- {n}({a})" for n, a in tools)
        head = (
            f"You are an autonomous agent. Tools:\n{spec}\n\nUse the format Thought / Action / "
            "Action Input / Observation, repeating as needed, and finish with Final Answer.\n\n"
            f"Task: {task}"
        )
        return head + ("\n\n" + obs if obs else "") + "\n\nThought:"
    if style == 1:
        specs = []
        for n, a in tools:
            params = ", ".join(f'"{p.split(":")[0]}": "string"' for p in a.split(", "))
            specs.append(f'{{"name": "{n}", "parameters": {{{params}}}}}')
        spec = ", ".join(specs)
        msgs = f'[{{"role": "user", "content": "{task}"}}'
        for _ in range(step):
            msgs += f', {{"role": "tool", "content": "{pick(rng, OBSERVATIONS)[:60]}"}}'
        return f"tools = [{spec}]\nmessages = {msgs}]\nReturn the next assistant message as a JSON tool call or a final answer."
    spec = "".join(f"<tool name='{n}' args='{a}'/>" for n, a in tools)
    body = "".join(
        f"<result step='{i + 1}'>{pick(rng, OBSERVATIONS)}</result>" for i in range(step)
    )
    return f"<tools>{spec}</tools>\n<goal>{task}</goal>\n{body}\n<instruction>Plan the next call; explain why in <why>.</instruction>"


AGENT_STYLES = 3


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        a=pick(rng, CITIES), b=pick(rng, CITIES), n=irange(rng, 2, 9)
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DATA_KINDS = (
    "instruction-response pairs",
    "question-answer pairs with a one-paragraph answer",
    "multi-turn dialogues (4 turns) between a user and a helpful assistant",
    "math word problems with fully worked solutions",
    "function-calling examples (user request, tool call JSON, final reply)",
    "short reading passages with three comprehension questions and answers",
    "pairs of a bad and a good answer with an explanation of the difference",
)
SYNTH_LANG = {
    "en": "Generate {n} diverse {kind} about {topic}. Vary difficulty and phrasing. Output JSONL, one object per line, with keys {keys}.",
    "es": "Genera {n} {kind} variados sobre {topic}. Varía la dificultad y la redacción. Devuelve JSONL con las claves {keys}.",
    "pt": "Gere {n} {kind} diversos sobre {topic}. Varie a dificuldade. Saída em JSONL com as chaves {keys}.",
    "id": "Buat {n} {kind} yang beragam tentang {topic}. Variasikan tingkat kesulitan. Keluarkan JSONL dengan kunci {keys}.",
    "vi": "Hãy tạo {n} {kind} đa dạng về chủ đề {topic}. Thay đổi độ khó và cách diễn đạt. Xuất JSONL với các khóa {keys}.",
    "de": "Erzeuge {n} abwechslungsreiche {kind} zum Thema {topic}. Variiere Schwierigkeit und Formulierung. Ausgabe als JSONL mit den Schlüsseln {keys}.",
    "hi": "{topic} के बारे में {n} विविध {kind} बनाइए। कठिनाई और भाषा बदलते रहें। आउटपुट JSONL में दें, कुंजियाँ: {keys}।",
}


def synth_dataset(rng: Rng, lang: str, style: int) -> str:
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    topic = pick(rng, DOMAINS) if chance(rng, 0.6) else pick(rng, SUBJECTS)
    if style == 0:
        kind = pick(rng, DATA_KINDS)
        keys = pick(
            rng,
            (
                '"instruction", "input", "output"',
                '"question", "answer"',
                '"messages"',
                '"prompt", "chosen", "rejected"',
            ),
        )
        return SYNTH_LANG[lang].format(n=n, kind=kind, topic=topic, keys=keys)
    if style == 1:
        persona = pick(rng, PERSONAS)
        return (
            f"You are {persona}. Write {n} questions such a person would realistically ask an AI "
            f"assistant about {topic}, each followed by an ideal, detailed answer. Number them and "
            "separate question and answer with '###'."
        )
    if style == 2:
        seed = "\n".join(
            f"{i + 1}. {pick(rng, PERSONAS)} asks about {pick(rng, DOMAINS)}" for i in range(3)
        )
        return (
            f"Seed examples:\n{seed}\n\nContinue the list with {n} new, non-overlapping seeds, then for "
            "each seed write the user's message and a high-quality assistant reply. Avoid repeating "
            "any topic from the seeds."
        )
    return (
        f"Create an evol-style harder version of this task, then answer it fully: '{pick(rng, SUBJECTS)} "
        f"— explain it to {pick(rng, PERSONAS)}'. Add constraints (word limits, required examples, "
        "a counterexample) and show both the evolved instruction and the response."
    )


SYNTH_STYLES = 4


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (dialogue harvest, companion chats)

FOLLOWUPS = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "What would a critic say about your answer?",
    "Now summarise everything we discussed as a table.",
    "Explain it again as if I were twelve.",
    "Which part of this are experts still unsure about?",
    "Ok, and what is the most common mistake people make here?",
    "Rewrite your last answer in half the length.",
    "Can you turn that into a step-by-step checklist?",
    "What are three follow-up questions I should be asking?",
    "Is there a counterexample to what you said?",
    "How would this differ in another country?",
    "Continue.",
    "Thanks. Now write a short quiz about it with answers.",
)
FOLLOWUPS_ES = (
    "¿Puedes profundizar en el segundo punto?",
    "Dame un ejemplo concreto.",
    "Resume todo en una tabla.",
    "Explícalo como si tuviera doce años.",
    "Sigue.",
)
FOLLOWUPS_DE = (
    "Kannst du den zweiten Punkt genauer erklären?",
    "Gib mir bitte ein konkretes Beispiel.",
    "Fass alles in einer Tabelle zusammen.",
    "Weiter.",
)


def followup(rng: Rng, lang: str = "en") -> str:
    if lang == "es":
        return pick(rng, FOLLOWUPS_ES)
    if lang == "de":
        return pick(rng, FOLLOWUPS_DE)
    return pick(rng, FOLLOWUPS)


def user_simulator(rng: Rng, chat: Sequence[str], turns: int) -> str:
    persona = pick(rng, PERSONAS)
    return (
        f"You are role-playing {persona} talking to an AI assistant. The conversation so far has "
        f'{turns} turns and started with: "{clip(pick(rng, chat), 240)}". Write only the user\'s next '
        "message: natural, a little informal, sometimes pushing back or changing direction."
    )


def opener(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return clip(pick(rng, chat), 600)
    return pick(
        rng,
        (
            f"I want to understand {pick(rng, SUBJECTS)}. Where should I start?",
            f"Help me with {pick(rng, DOMAINS)}: I'm {pick(rng, PERSONAS)} and totally lost.",
            f"What's the honest truth about {pick(rng, SUBJECTS)}? Textbooks make it sound simple.",
            f"Quick question about {pick(rng, DOMAINS)}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# natural-sounding questions (crowds, product traffic, aged accounts)

ASK_EN = (
    "can you explain {s} in simple terms?",
    "I keep getting confused by {s}. what's the intuition?",
    "whats the difference between {s} and {s2}",
    "give me a worked example of {s} pls",
    "why does {s} matter in real life?",
    "I'm {p}. how would {s} affect me?",
    "help me study {s} for my exam tomorrow, what are the key points",
    "explain {s} step by step and tell me where people usually go wrong",
    "{d}: what should I do first?",
    "I have a question about {d}. {q}",
    "is it true that {s} is mostly misunderstood? explain properly",
    "write me a short explanation of {s} with an analogy",
)
ASK = {
    "en": ASK_EN,
    "es": (
        "¿me explicas {s} de forma sencilla?",
        "no entiendo bien {s}, ¿cuál es la intuición?",
        "dame un ejemplo resuelto de {s}",
        "tengo una duda sobre {d}: ¿por dónde empiezo?",
    ),
    "pt": (
        "pode me explicar {s} de um jeito simples?",
        "qual a diferença entre {s} e {s2}?",
        "me dá um exemplo prático de {s}",
        "tenho uma dúvida sobre {d}, o que faço primeiro?",
    ),
    "de": (
        "kannst du mir {s} einfach erklären?",
        "was ist der Unterschied zwischen {s} und {s2}?",
        "ich habe eine Frage zu {d}. Womit fange ich an?",
    ),
    "fr": (
        "peux-tu m'expliquer {s} simplement ?",
        "quelle est la différence entre {s} et {s2} ?",
        "j'ai une question sur {d} : par où commencer ?",
    ),
    "ja": (
        "{s}について簡単に説明してください。",
        "{s}と{s2}の違いは何ですか？",
        "{d}について質問です。まず何をすればいいですか？",
    ),
    "ko": (
        "{s}을(를) 쉽게 설명해 줄 수 있어?",
        "{s}와 {s2}의 차이가 뭐야?",
        "{d} 관련 질문이 있어. 뭐부터 해야 해?",
    ),
    "ru": (
        "объясни простыми словами {s}",
        "в чём разница между {s} и {s2}?",
        "вопрос про {d}: с чего начать?",
    ),
    "hi": (
        "{s} को आसान भाषा में समझाइए",
        "{s} और {s2} में क्या अंतर है?",
        "{d} के बारे में सवाल है, शुरुआत कहाँ से करूँ?",
    ),
    "id": (
        "tolong jelaskan {s} dengan sederhana",
        "apa bedanya {s} dan {s2}?",
        "saya ada pertanyaan soal {d}, mulai dari mana?",
    ),
    "zh": ("能简单解释一下{s}吗？", "{s}和{s2}有什么区别？", "关于{d}我有个问题，应该从哪里开始？"),
    "tr": ("{s} konusunu basitçe açıklar mısın?", "{s} ile {s2} arasındaki fark nedir?"),
    "vi": ("giải thích giúp mình {s} một cách đơn giản", "{s} và {s2} khác nhau thế nào?"),
}


def natural_question(rng: Rng, lang: str, chat: Sequence[str] | None = None) -> str:
    tmpl = pick(rng, ASK.get(lang, ASK_EN))
    q = clip(pick(rng, chat), 200) if chat else "any tips?"
    text = tmpl.format(
        s=pick(rng, SUBJECTS),
        s2=pick(rng, SUBJECTS),
        p=pick(rng, PERSONAS),
        d=pick(rng, DOMAINS),
        q=q,
    )
    if chance(rng, 0.3):
        text = text[0].upper() + text[1:]
    return text


# --------------------------------------------------------------------------------------------
# translation and code requests

TRANSLATE_ASK = (
    "Translate into {L}, keep it natural and idiomatic:\n\n{t}",
    "pls translate this to {L}\n{t}",
    "Can you put this in {L}? It's for a friend.\n\n{t}",
    "{L} translation of the following, keep formatting:\n{t}",
    "Translate to {L} and then explain any phrases that don't translate well:\n\n{t}",
)


def translation(rng: Rng, passages: Sequence[str], target: str) -> str:
    return pick(rng, TRANSLATE_ASK).format(
        L=LANG_NAMES[target], t=clip(pick(rng, passages), irange(rng, 250, 1100))
    )


CODE_TASKS = (
    "write a python function that {x}",
    "how do I {x} in {lang}?",
    "implement {x} in {lang} with tests",
    "refactor this so it {x}:\n```\n{snippet}\n```",
    "my {lang} code is supposed to {x} but it's slow, how to speed it up?",
    "explain with code how to {x} in {lang}",
)
CODE_GOALS = (
    "merges overlapping intervals",
    "parses ISO dates with timezones",
    "deduplicates a list while keeping order",
    "retries an HTTP call with exponential backoff",
    "computes a rolling median over a stream",
    "validates an IBAN",
    "reads a large CSV in chunks and sums a column",
    "finds the shortest path in a weighted graph",
    "rate-limits calls to 10 per second",
    "serialises a tree to JSON and back",
    "detects cycles in a linked list",
    "diffs two JSON documents",
    "implements an LRU cache",
    "tokenises arithmetic expressions and evaluates them",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "SQL")
SNIPPETS = (
    "for i in range(len(xs)):\n    for j in range(len(xs)):\n        if i != j and xs[i] == xs[j]:\n            dup.append(xs[i])",
    "let out = [];\nfor (const r of rows) { if (r.ok == true) { out.push(r) } }\nreturn out",
    "data = open(path).read().split('\\n')\nvals = [int(l.split(',')[2]) for l in data[1:]]",
    "func get(u string) []byte { r, _ := http.Get(u); b, _ := io.ReadAll(r.Body); return b }",
)


def code_request(rng: Rng) -> str:
    return pick(rng, CODE_TASKS).format(
        x=pick(rng, CODE_GOALS), lang=pick(rng, CODE_LANGS), snippet=pick(rng, SNIPPETS)
    )


def soft_label(rng: Rng, base: str) -> str:
    k = int(rng.integers(3))
    if k == 0:
        return (
            "For the question below, list every plausible answer you might give and assign each a "
            "probability (they must sum to 1). Then say which one you would choose and why.\n\n"
            + base
        )
    if k == 1:
        return (
            "Answer the following, then rate your confidence from 0 to 100 and give the two most "
            "likely alternative answers with their own confidence.\n\n" + base
        )
    return f"Give {irange(rng, 3, 6)} genuinely different answers to this, numbered, each complete on its own:\n\n{base}"


# --------------------------------------------------------------------------------------------
# curriculum sweeps

LEVELS = ("absolute beginner", "beginner", "intermediate", "advanced", "expert")
LESSON = {
    "en": "Level {k}/5 ({lv}) - {s}. Write a complete lesson: explanation, one worked example, three exercises with full solutions, and a summary.",
    "es": "Nivel {k}/5 ({lv}) - {s}. Escribe una lección completa: explicación, un ejemplo resuelto, tres ejercicios con soluciones completas y un resumen.",
    "fr": "Niveau {k}/5 ({lv}) - {s}. Rédige une leçon complète : explication, un exemple corrigé, trois exercices avec solutions détaillées, et un résumé.",
    "hi": "स्तर {k}/5 ({lv}) - {s}। एक पूरा पाठ लिखिए: व्याख्या, एक हल किया हुआ उदाहरण, तीन अभ्यास प्रश्न पूरे हल सहित, और सारांश।",
    "id": "Level {k}/5 ({lv}) - {s}. Tulis pelajaran lengkap: penjelasan, satu contoh soal beserta pembahasan, tiga latihan dengan jawaban lengkap, dan ringkasan.",
    "ar": "المستوى {k}/5 ({lv}) - {s}. اكتب درساً كاملاً: شرحاً، ومثالاً محلولاً، وثلاثة تمارين مع حلولها الكاملة، وملخصاً.",
}


def lesson(lang: str, k: int, subject: str, variant: int) -> str:
    text = LESSON[lang].format(k=k, lv=LEVELS[k - 1], s=subject)
    if variant == 1:
        text += " Use a Socratic dialogue between a teacher and a student."
    elif variant == 2:
        text += " End with a common misconception and why it is wrong."
    return text


# --------------------------------------------------------------------------------------------
# benign kinds' texts

MCQ_STEMS = (
    "Which of the following is a consequence of {s}?",
    "Which statement about {s} is false?",
    "In the context of {s}, what is the best next step?",
    "A student claims that {s} implies constant growth. What is wrong with the claim?",
)


def eval_item(rng: Rng, suite: str) -> str:
    if suite == "mcq":
        opts = "\n".join(f"{c}) {pick(rng, SUBJECTS)}" for c in "ABCD")
        return f"{pick(rng, MCQ_STEMS).format(s=pick(rng, SUBJECTS))}\n{opts}\nAnswer with the letter only."
    if suite == "cot":
        return f"Q: {problem_en(rng)}\nA: Let's think step by step."
    if suite == "code":
        return f'Complete the function. Return only code.\n\ndef solution(xs):\n    """{pick(rng, CODE_GOALS)}."""'
    if suite == "safety":
        return pick(rng, BORDERLINE)
    return f"Answer in one word or number. {problem_en(rng)}"


def labelling_task(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], client: str, style: int
) -> str:
    q = clip(pick(rng, chat), 400)
    a = clip(pick(rng, passages), 700)
    if style == 0:
        return (
            f"[{client} QA | guideline v3.2] Pre-label this item for the human reviewer. Which reply is "
            f"better for the customer, 1 or 2? Answer '1' or '2' and one sentence why.\n\nCustomer: {q}\n"
            f"Reply 1: {a}\nReply 2: {clip(pick(rng, passages), 700)}"
        )
    if style == 1:
        return (
            f"Using the {client} rubric (accuracy 0-3, tone 0-2, policy 0-1), score this agent reply. "
            f"Output: accuracy=, tone=, policy=, note=\n\nTicket: {q}\nAgent reply: {a}"
        )
    return f"Check my rating: I gave this answer 4/5 for helpfulness because it's mostly right but too long. Agree?\n\nQ: {q}\nA: {a}"


def tutoring(rng: Rng, chat: Sequence[str], lang: str) -> str:
    k = int(rng.integers(5))
    if k == 0:
        return f"Can you explain step by step how to solve this? {problem(rng, lang)}"
    if k == 1:
        return f"I got a different answer from the book. {problem(rng, lang)} I got {irange(rng, 2, 99)}, where did I go wrong?"
    if k == 2:
        return natural_question(rng, lang)
    if k == 3:
        return f"Give me a hint but not the answer: {problem(rng, lang)}"
    return clip(pick(rng, chat), 400)


def assignment(rng: Rng, course: str, week: int, style: int) -> str:
    if style == 0:
        return (
            f"{course} assignment {week}: generate {pick(rng, (10, 20, 30))} {pick(rng, DATA_KINDS)} about "
            f'{pick(rng, DOMAINS)} as JSONL with keys "question" and "answer".'
        )
    if style == 1:
        return f"For my {course} homework I need to test if the model can reason. {problem_en(rng)} Show your work."
    if style == 2:
        return f"explain {pick(rng, SUBJECTS)} for my {course} report, with sources I can check"
    return f"{course} lab {week}: write 5 paraphrases of this sentence for a data augmentation experiment: '{pick(rng, FOLLOWUPS)}'"


REVIEW_BITS = (
    "the delivery was late again and nobody answered the phone",
    "great product but the battery dies after two hours",
    "your app logged me out three times today, fix it",
    "support was rude and useless, never buying here again",
    "packaging was damaged but the item was fine",
    "honestly the worst checkout experience I've had",
    "loved the colour, size runs small",
    "the refund took five weeks, unacceptable",
)


def augmentation(rng: Rng, style: int, product: str) -> str:
    bit = pick(rng, REVIEW_BITS)
    if style == 0:
        return f"Write {irange(rng, 3, 10)} paraphrases of this {product} customer review, keeping sentiment and facts. One per line.\n\n{bit}"
    if style == 1:
        return f"Rewrite this comment so it is polite and fit for our public {product} forum, keeping the complaint intact:\n\n{bit}"
    if style == 2:
        return f"Label the review for our {product} classifier: sentiment (pos/neg/mixed), topic, toxicity 0-3. JSON only.\n\n{bit}"
    return f'Generate {irange(rng, 5, 15)} new realistic {product} reviews similar in style to: "{bit}" (vary products and tone).'


def agent_dev(rng: Rng, repo: str) -> str:
    k = int(rng.integers(4))
    f = pick(
        rng,
        ("src/app.py", "lib/parse.ts", "cmd/server/main.go", "core/models.rs", "tests/test_api.py"),
    )
    if k == 0:
        return f"<tool_result name='read_file' path='{f}'>... {irange(rng, 80, 900)} lines ...</tool_result>\nContinue with the task: {pick(rng, CODE_GOALS)} in {repo}."
    if k == 1:
        return f"$ pytest -x\nFAILED {f}::test_{pick(rng, ('roundtrip', 'edge', 'empty', 'unicode'))} - AssertionError\nFix the failure."
    if k == 2:
        return f"Plan the change: make {repo} {pick(rng, CODE_GOALS)}. List files to touch, then call edit_file."
    return code_request(rng)


COMPANION_LINES = (
    "hey, I'm back. rough day at work",
    "do you remember what I told you about my sister?",
    "tell me a story about the lighthouse keeper again but with a happy ending",
    "good morning!! what should we talk about today",
    "I can't sleep",
    "haha you're funny. ok what's your favourite season",
    "can you be the captain again, we were about to reach the island",
    "I passed my driving test!!!",
    "what would you do if you could visit earth for a day",
    "my cat knocked over the plant again",
)


def companion(rng: Rng, chat: Sequence[str], lang: str) -> str:
    if lang == "es":
        return pick(
            rng,
            (
                "hola, ya volví",
                "no puedo dormir",
                "cuéntame otra historia",
                "¿me extrañaste?",
                "hoy fue un día raro",
            ),
        )
    if lang == "ja":
        return pick(
            rng, ("ただいま。今日は疲れた", "眠れない…", "続きのお話を聞かせて", "おはよう！")
        )
    if chance(rng, 0.2):
        return followup(rng)
    return pick(rng, COMPANION_LINES) if chance(rng, 0.8) else clip(pick(rng, chat), 300)


DOC_KINDS = (
    "contract clause",
    "product manual section",
    "press release",
    "HR policy",
    "website page",
    "patient leaflet",
)


def translation_job(rng: Rng, passages: Sequence[str], client: str, target: str, style: int) -> str:
    text = clip(pick(rng, passages), irange(rng, 300, 1400))
    L = LANG_NAMES[target]
    if style == 0:
        return f"Translate this {pick(rng, DOC_KINDS)} for {client} into {L}. Use formal register; keep numbering.\n\n{text}"
    if style == 1:
        return f"Post-edit check: compare my {L} draft with the source and list errors. Source:\n{text}"
    return f"{L} glossary for {client}: extract the 10 key terms from this text with suggested translations.\n\n{text}"


def variability_item(rng: Rng, chat: Sequence[str], study: int) -> str:
    if study == 0:
        return f"On a scale from 0 to 100, how confident are you that the following statement is true? Answer with a number only. Statement: {pick(rng, SUBJECTS)} was first described in the {pick(rng, ('17th', '18th', '19th', '20th'))} century."
    if study == 1:
        return f"{pick(rng, NAMES)} is a {pick(rng, PERSONAS)[2:]} from {pick(rng, COUNTRIES)}. Write one sentence describing their typical day."
    return clip(pick(rng, chat), 500)


AGENCY_TASKS = (
    "write 3 instagram captions for a {b} launch, playful tone",
    "draft a cold email to {b} buyers, under 120 words",
    "give me 10 blog post titles about {d}",
    "rewrite this product description for SEO: {t}",
    "summarise this for a LinkedIn post: {t}",
    "create a one-week content calendar for a {b} brand",
)
BRANDS = (
    "vegan skincare",
    "bike repair shop",
    "dental clinic",
    "coffee roaster",
    "coworking space",
    "language school",
    "pet food",
)


def agency(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    if chance(rng, 0.45):
        return clip(pick(rng, chat), 800)
    return pick(rng, AGENCY_TASKS).format(
        b=pick(rng, BRANDS), d=pick(rng, DOMAINS), t=clip(pick(rng, passages), 400)
    )

"""Prompt generators of blind batch 127, written fresh for this batch.

Every generator takes the batch's numpy generator first and returns one prompt string. Ordinary
human text (questions people really typed, answers to quote) comes from ShareGPT's "sim" half
through the shared context (`ctx.chat`, `ctx.passages`); everything else is built here from
small vocabularies and several independent template styles per family or kind.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "completing the square",
        "systems of linear equations",
        "the quadratic formula",
        "exponent rules",
        "factoring trinomials",
        "rational expressions",
        "absolute value inequalities",
        "arithmetic and geometric sequences",
        "logarithm laws",
        "polynomial long division",
    ),
    "geometry": (
        "the Pythagorean theorem",
        "similar triangles",
        "inscribed angles",
        "area of a trapezoid",
        "volume of a cone",
        "the law of cosines",
        "coordinate proofs",
        "transformations and symmetry",
        "arc length and sector area",
    ),
    "calculus": (
        "the chain rule",
        "limits at infinity",
        "related rates",
        "integration by parts",
        "the fundamental theorem of calculus",
        "Taylor series",
        "optimisation with derivatives",
        "improper integrals",
        "separable differential equations",
    ),
    "statistics": (
        "standard deviation",
        "Bayes' theorem",
        "confidence intervals",
        "the central limit theorem",
        "p-values and hypothesis tests",
        "linear regression residuals",
        "conditional probability",
        "the binomial distribution",
        "sampling bias",
    ),
    "physics": (
        "Newton's third law",
        "conservation of momentum",
        "projectile motion",
        "Ohm's law",
        "buoyancy",
        "the photoelectric effect",
        "simple harmonic motion",
        "entropy in everyday terms",
        "refraction and Snell's law",
        "centripetal force",
    ),
    "chemistry": (
        "balancing redox equations",
        "Le Chatelier's principle",
        "molarity and dilution",
        "covalent versus ionic bonds",
        "reaction rates and catalysts",
        "pH and buffers",
        "electron configurations",
        "stoichiometry with limiting reagents",
        "intermolecular forces",
    ),
    "biology": (
        "how mitosis differs from meiosis",
        "the Krebs cycle",
        "natural selection",
        "how vaccines train the immune system",
        "photosynthesis light reactions",
        "gene expression and transcription",
        "the nitrogen cycle",
        "enzyme inhibition",
        "homeostasis and feedback loops",
    ),
    "computer science": (
        "binary search",
        "hash tables and collisions",
        "recursion versus iteration",
        "Big-O notation",
        "dynamic programming",
        "how TCP handshakes work",
        "garbage collection",
        "database indexing",
        "public-key cryptography",
        "race conditions and locks",
        "how compilers parse code",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity of demand",
        "comparative advantage",
        "how central banks set interest rates",
        "inflation versus deflation",
        "externalities and Pigouvian taxes",
        "monopolistic competition",
        "the multiplier effect",
        "moral hazard",
    ),
    "history": (
        "the causes of the First World War",
        "the Meiji Restoration",
        "the fall of the Western Roman Empire",
        "the Columbian exchange",
        "the Congress of Vienna",
        "decolonisation in West Africa",
        "the printing press and the Reformation",
        "the Silk Road trade networks",
        "the Cuban Missile Crisis",
    ),
    "law and civics": (
        "separation of powers",
        "judicial review",
        "the difference between civil and criminal law",
        "how a bill becomes law",
        "freedom of contract",
        "proportional representation",
        "the presumption of innocence",
    ),
    "medicine": (
        "how beta blockers work",
        "type 1 versus type 2 diabetes",
        "antibiotic resistance",
        "how anaesthesia works",
        "the stages of wound healing",
        "what blood pressure numbers mean",
        "how the kidneys filter blood",
    ),
    "philosophy": (
        "the trolley problem",
        "utilitarianism versus deontology",
        "Descartes' cogito",
        "the ship of Theseus",
        "the problem of induction",
        "social contract theory",
    ),
}

ALL_CONCEPTS: list[tuple[str, str]] = [(d, c) for d, cs in TOPICS.items() for c in cs]

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "ar": "Arabic",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "hi": "Hindi",
    "ko": "Korean",
    "tr": "Turkish",
    "pl": "Polish",
}

ITEMS_EN = (
    "notebooks",
    "oranges",
    "bolts",
    "tickets",
    "bottles",
    "seedlings",
    "tiles",
    "batteries",
)


def concept(rng: Rng) -> tuple[str, str]:
    return pick(rng, ALL_CONCEPTS)


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " ..."


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning material)


def math_problem(rng: Rng, lang: str = "en") -> str:
    a, b, c = irange(rng, 3, 48), irange(rng, 2, 36), irange(rng, 5, 90)
    name = pick(rng, NAMES)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{name}有{a}箱苹果，每箱{b}个，卖掉了{c}个，还剩多少个？",
                f"一辆汽车以每小时{a + 40}公里的速度行驶了{b % 5 + 1}小时，又以每小时{c + 20}公里的速度行驶了{a % 4 + 1}小时，全程的平均速度是多少？",
                f"从{a + 6}名学生中选出{b % 4 + 3}人组成委员会，其中甲、乙两人不能同时入选，共有多少种选法？",
                f"解方程：{a}x + {b} = {c}x - {a + b}",
                f"一个水池有进水管和出水管，进水管每分钟进水{a}升，出水管每分钟出水{a + b}升，池中原有{c * 10}升水，多少分钟后水池放空？",
                f"一个等差数列首项为{a}，公差为{b}，求前{c % 30 + 5}项的和。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"В магазине было {a} коробок по {b} карандашей. Продали {c} карандашей. Сколько осталось?",
                f"Найдите вероятность того, что при броске двух игральных кубиков сумма очков будет не меньше {b % 9 + 4}.",
                f"Решите уравнение {a % 7 + 1}x² − {b + 5}x + {c % 11 + 1} = 0 и проверьте корни.",
                f"Поезд прошёл {a * 10} км со скоростью {b + 40} км/ч, а затем {c * 5} км со скоростью {a + 50} км/ч. Найдите среднюю скорость.",
                f"Сколькими способами можно рассадить {a % 6 + 4} человек за круглым столом, если двое из них не хотят сидеть рядом?",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"{name} compra {a} cuadernos a {b} euros cada uno y paga con billetes de 100 euros. ¿Cuántos billetes necesita y cuánto recibe de cambio?",
                f"Un depósito de {c * 20} litros pierde {a} litros por minuto y una bomba le añade {b} litros por minuto. ¿Cuándo se vacía?",
                f"Resuelve el sistema: {a}x + {b}y = {c}; {b}x - {a}y = {a + c}.",
                f"¿Cuál es la probabilidad de sacar al menos un seis al lanzar un dado {a % 6 + 2} veces?",
            ),
        )
    h = irange(rng, 6, 11)
    return pick(
        rng,
        (
            f"{name} packs {a} crates with {b} {pick(rng, ITEMS_EN)} each, then gives away {c}. How many are left, and how many full crates is that?",
            f"A train leaves a station at {h}:00 travelling at {a + 40} km/h. A second train leaves the same station {b % 4 + 1} hours later at {a + 40 + c} km/h on the same track. At what time does the second train catch up?",
            f"A rectangle's length is {a % 9 + 2} cm more than twice its width, and its perimeter is {2 * (3 * b + a % 9 + 2)} cm. Find its area.",
            f"What is the probability that the sum of two fair dice is at least {b % 9 + 4}?",
            f"How many ways can {a % 6 + 5} people sit around a round table if two particular people refuse to sit next to each other?",
            f"Find all integers x between 0 and {c + 20} with {a}x ≡ {b} (mod {c % 13 + 5}).",
            f"A tank holds {c * 10} litres. It drains at {a + b} L/min while a pump adds {a} L/min. How long until it is empty?",
            f"A loan of ${c * 1000} at {a % 9 + 2}% annual interest, compounded monthly, is repaid over {b % 6 + 2} years. What is the monthly payment?",
            f"A ball is thrown upward at {a % 25 + 5} m/s from the edge of a {c} m cliff. When does it hit the ground below? Use g = 9.8 m/s².",
            f"The sum of three consecutive even integers is {6 * a + 6}. What is the largest of them?",
            f"A shop raises a price by {a % 30 + 5}% and later cuts the new price by {b % 30 + 5}%. What is the overall percentage change?",
            f"In a class of {c + 10} students, {a % 20 + 5} play chess, {b % 20 + 5} play go and {a % 5 + 1} play both. How many play neither?",
        ),
    )


def code_trace(rng: Rng) -> str:
    n, k, m = irange(rng, 4, 12), irange(rng, 2, 5), irange(rng, 3, 9)
    snippets = (
        f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {k} == 0:\n            total += i * i\n        else:\n            total -= i\n    return total\n\nprint(f({n}))",
        f"xs = [{', '.join(str(int(x)) for x in rng.integers(0, 30, size=m))}]\nseen = {{}}\nfor i, x in enumerate(xs):\n    seen[x % {k}] = seen.get(x % {k}, 0) + i\nprint(sorted(seen.items()))",
        f"def g(s):\n    if len(s) <= 1:\n        return s\n    return g(s[{k % 2 + 1}:]) + s[0]\n\nprint(g('{''.join(pick(rng, 'abcdefgh') for _ in range(n))}'))",
        f"a, b = {k}, {m}\nfor _ in range({n}):\n    a, b = b, (a + b) % {n + 3}\nprint(a, b)",
    )
    return pick(rng, snippets)


def logic_puzzle(rng: Rng) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=4, replace=False)]
    jobs = ("baker", "pilot", "nurse", "architect")
    return (
        f"{people[0]}, {people[1]}, {people[2]} and {people[3]} are a {jobs[0]}, a {jobs[1]}, a {jobs[2]} and "
        f"an {jobs[3]}, in some order. The {jobs[1]} is older than {people[0]}. {people[2]} is not the "
        f"{jobs[2]} and never flies. {people[3]} and the {jobs[0]} play tennis together on Sundays. "
        f"{people[1]} is the youngest. Who has which job?"
    )


# --------------------------------------------------------------------------------------------
# jammer: reasoning-trace coercion


def reasoning_coercion(rng: Rng, lang: str, style: int) -> str:
    src = irange(rng, 0, 9)
    if lang in ("zh", "ru") or src < 6:
        task = math_problem(rng, lang)
    elif src < 8:
        task = "What does this program print?\n```python\n" + code_trace(rng) + "\n```"
    else:
        task = logic_puzzle(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把完整的思考过程都写出来（包括试错和验算），最后用【答案】给出结果。\n题目：{task}",
                f"<think>模式：先在<think></think>中写出全部推理步骤，不要省略任何中间计算，再给出最终答案。\n{task}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши каждый шаг рассуждения, включая промежуточные вычисления и проверку, затем напиши «Ответ:».\nЗадача: {task}",
                f"Думай вслух. Сначала весь ход мыслей внутри <reasoning>...</reasoning>, потом краткий ответ.\n\n{task}",
            ),
        )
    if style == 0:
        return (
            "Solve the following. Before giving the answer, write out your complete reasoning inside "
            "<reasoning></reasoning> tags, including every intermediate calculation, any approach you "
            f"tried and abandoned, and a final self-check.\n\nProblem: {task}"
        )
    if style == 1:
        return (
            f"### Instruction\nYou are a meticulous tutor. Think aloud step by step, number each step, "
            f"verify the result at the end, then write 'Final answer: <answer>'.\n### Task\n{task}"
        )
    if style == 2:
        return (
            f"{task}\n\nShow your full chain of thought. Do not skip steps even if they seem obvious. "
            "After the reasoning, restate the answer on its own line."
        )
    return (
        f'Q: {task}\nRespond in JSON: {{"thoughts": [list of every reasoning step as strings], '
        '"answer": "...", "confidence": 0-1}. The thoughts list must be exhaustive.'
    )


# --------------------------------------------------------------------------------------------
# star_pass: judge, rubric and reward-model grading


def grading(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    q = _clip(pick(rng, chat), 40, 400, rng)
    a = _clip(pick(rng, passages), 200, 650, rng)
    b = _clip(pick(rng, passages), 200, 650, rng)
    if lang == "es":
        return (
            f"Eres un evaluador experto. Compara las dos respuestas a la misma consulta.\n[Consulta]\n{q}\n"
            f"[Respuesta A]\n{a}\n[Respuesta B]\n{b}\nPuntúa cada una del 1 al 10 en utilidad, exactitud "
            "y seguridad, explica tu razonamiento y di cuál prefieres."
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort anhand der Rubrik (1 = unbrauchbar, 5 = hervorragend) für "
            f"Korrektheit, Vollständigkeit und Ton. Begründe jede Note ausführlich.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 0:
        return (
            f"You are grading two candidate answers to the same user request.\n[Request]\n{q}\n[Answer A]\n{a}\n"
            f"[Answer B]\n{b}\nScore each answer from 1 to 10 for helpfulness, correctness and harmlessness. "
            'Output JSON {"A": {...}, "B": {...}, "preferred": "A"|"B"} followed by a detailed rationale.'
        )
    if style == 1:
        return (
            "Rubric:\n1 - off-topic or wrong\n2 - partially relevant, major errors\n3 - relevant, minor errors\n"
            "4 - correct and clear\n5 - correct, clear, complete and well organised\n\n"
            f"Prompt: {q}\nResponse: {a}\n\nReason step by step about the response against each rubric level, "
            "then output 'Score: N'."
        )
    if style == 2:
        return (
            f"Which response would a careful human rater prefer?\n\nUSER: {q}\n\nRESPONSE 1: {a}\n\nRESPONSE 2: {b}\n\n"
            "Reply with '1' or '2', then a probability between 0 and 1 that your choice is right, then "
            "two sentences of justification."
        )
    crit = pick(
        rng,
        ("factual accuracy", "instruction following", "conciseness", "safety", "reasoning quality"),
    )
    return (
        f"[SYSTEM] You are a reward model. Evaluate only {crit}.\n[CONVERSATION]\nuser: {q}\nassistant: {a}\n"
        "[OUTPUT] A float reward in [-1, 1] and a critique listing every flaw you can find."
    )


# --------------------------------------------------------------------------------------------
# power_jam: censorship-safe and policy rewrites

BORDERLINE = (
    "how lock picking works",
    "which household chemicals are dangerous to mix",
    "how phishing emails trick people",
    "how people evade content filters online",
    "what makes a crowd panic",
    "how counterfeit banknotes are detected",
    "how credit card skimmers work",
    "how misinformation spreads during elections",
    "the effects of common recreational drugs",
    "how ransomware gangs negotiate",
    "how extremist groups recruit online",
    "how to recognise signs of self-harm in a friend",
    "why some protests turn violent",
    "how surveillance cameras identify faces",
)


def policy_rewrite(rng: Rng, passages: list[str], lang: str, style: int) -> str:
    text = _clip(pick(rng, passages), 250, 900, rng)
    topic = pick(rng, BORDERLINE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写为符合内容安全规范的版本：删去任何可能敏感或有争议的表述，语气保持中立，但尽量保留事实信息。\n---\n{text}",
                f"用户问：关于“{topic}”能详细讲讲吗？请给出一个安全、合规、不会被审核拦截的完整回答，并说明你删去了哪些内容及原因。",
            ),
        )
    if style == 0:
        return (
            "Below is a model answer that was flagged by a moderation filter. Rewrite it into a version "
            "that fully complies with a strict content policy while keeping as much factual content as "
            f"possible. Then list each change you made and why.\n---\n{text}"
        )
    if style == 1:
        return (
            f"A user asked about {topic}. Write two replies: (1) the ideal safe-completion that declines "
            "the risky specifics but still helps, and (2) an explanation of which policy principle each "
            "declined detail falls under. Label them SAFE_REPLY and POLICY_NOTES."
        )
    if style == 2:
        return (
            f"Question: Can you explain {topic}?\nAnswer the question in a neutral, non-judgemental way that "
            "would be acceptable for publication in any jurisdiction, avoiding political opinions. Do not "
            "refuse; if something must be omitted, say so briefly."
        )
    return (
        f"Original text:\n{text}\n\nTask: produce a de-escalated, policy-compliant paraphrase of the text "
        "suitable for a general audience, aged 13+. Keep the structure. Output only the paraphrase."
    )


# --------------------------------------------------------------------------------------------
# grand_slam: agent and tool-use transcripts

AGENT_TASKS = (
    "find the three cheapest direct flights from {a} to {b} next Friday and email them to the travel desk",
    "compare the return policies of the top five online electronics retailers in {a}",
    "download last quarter's sales CSV, compute revenue by region and plot it",
    "book a table for {n} people near {a} central station on Saturday evening",
    "summarise the latest release notes of the pandas library and list breaking changes",
    "find the population of {a} and {b} in 2010 and 2020 and compute growth rates",
    "check whether the domain {w}-{x}.com is available and estimate its price",
    "draft a reply to the customer complaint in ticket {n}04 using the refund policy page",
    "scrape the opening hours of every public library in {a} into a table",
    "reconcile the invoices in /data/invoices with the bank export and list mismatches",
    "find a recipe that uses {w}, {x} and rice, convert it to metric and make a shopping list",
    "open a GitHub issue summarising the failing tests in the last CI run",
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Krakow",
    "Lima",
    "Hanoi",
    "Cairo",
    "Perth",
    "Oslo",
)
WORDS = ("lentils", "saffron", "tofu", "kale", "quince", "fennel", "paprika", "okra", "leeks")
TOOLSETS = (
    (
        "web_search(query: str)",
        "read_url(url: str)",
        "python(code: str)",
        "send_email(to: str, subject: str, body: str)",
    ),
    (
        "search_flights(origin, dest, date)",
        "get_weather(city, date)",
        "book(item_id)",
        "calendar_add(title, start, end)",
    ),
    (
        "bash(cmd: str)",
        "read_file(path: str)",
        "write_file(path: str, content: str)",
        "run_tests()",
    ),
    (
        "sql(query: str)",
        "chart(kind: str, data: list)",
        "http_get(url: str)",
        "final_answer(text: str)",
    ),
)
OBSERVATIONS = (
    "Search returned 10 results; top: '{w} guide 2026', 'Official {a} portal', 'Compare prices in {b}'.",
    "HTTP 200. Page text (truncated): Opening hours Mon-Fri 9:00-18:00, Sat 10:00-14:00. Contact ...",
    "Exit code 1. Traceback: KeyError: 'region' at line 42 in report.py",
    "Rows returned: 12. Columns: region, month, revenue. First row: ('north', '2025-10', 18230.5)",
    "Email queued with id msg_{n}a9. Delivery status: pending.",
    "File not found: /data/invoices/2025-12.csv. Directory contains 2025-10.csv, 2025-11.csv.",
    "Tool error: rate limited, retry after 2 seconds.",
    "Result: {n} items matched the filter; 3 are out of stock.",
)


def agent_task(rng: Rng) -> str:
    a, b = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    w, x = (str(y) for y in rng.choice(WORDS, size=2, replace=False))
    return pick(rng, AGENT_TASKS).format(a=a, b=b, w=w, x=x, n=irange(rng, 2, 9))


def agent_step(rng: Rng, task: str, tools: tuple[str, ...], step: int, style: int) -> str:
    a, b = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    history = []
    for i in range(step):
        obs = pick(rng, OBSERVATIONS).format(a=a, b=b, w=pick(rng, WORDS), n=irange(rng, 2, 40))
        tool = pick(rng, tools).split("(")[0]
        if style == 0:
            history.append(
                f"Thought {i + 1}: I should use {tool}.\nAction {i + 1}: {tool}[...]\nObservation {i + 1}: {obs}"
            )
        elif style == 1:
            history.append(f'{{"role": "tool", "name": "{tool}", "content": "{obs}"}}')
        else:
            history.append(f"<tool_call name='{tool}'/>\n<tool_result>{obs}</tool_result>")
    tools_txt = "\n".join(f"- {t}" for t in tools)
    hist = "\n".join(history) if history else "(no steps yet)"
    if style == 0:
        return (
            f"Answer the task using the ReAct format (Thought / Action / Observation). Tools:\n{tools_txt}\n"
            f"Task: {task}\n{hist}\nThought {step + 1}:"
        )
    if style == 1:
        return (
            f"You are an autonomous agent. Available functions:\n{tools_txt}\nRespond ONLY with a JSON object "
            '{"thought": str, "tool": str, "args": object} or {"final_answer": str}.\n'
            f"TASK: {task}\nTRAJECTORY:\n{hist}"
        )
    return (
        f"<system>You can call tools. Tools:\n{tools_txt}\nThink before each call; explain why in <plan> tags."
        f"</system>\n<user>{task}</user>\n{hist}\n<assistant>"
    )


# --------------------------------------------------------------------------------------------
# apex_jump: synthetic-dataset generation

PERSONAS = (
    "retired ship engineer",
    "first-year nursing student",
    "small bakery owner",
    "high-school chemistry teacher",
    "junior data analyst",
    "freelance translator",
    "skeptical teenager",
    "farmer planning crop rotation",
    "city council staffer",
    "amateur astronomer",
    "parent of a toddler",
    "warehouse shift supervisor",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def dataset_generation(rng: Rng, lang: str, style: int) -> str:
    dom, con = concept(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    level, persona = pick(rng, LEVELS), pick(rng, PERSONAS)
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta diversos y de alta calidad sobre «{con}» ({dom}), nivel "
            f'{level}. Varía el estilo de las preguntas. Formato JSONL con claves "instruction" y "output".'
        )
    if lang == "ja":
        return (
            f"「{con}」（{dom}）について、{level}レベルの質問と詳しい模範解答のペアを{n}組作成してください。"
            "質問の言い回しは毎回変え、JSON Lines形式（instruction, output）で出力してください。"
        )
    if lang == "ar":
        return (
            f'أنشئ {n} أزواج من التعليمات والإجابات المتنوعة حول موضوع "{con}" ({dom}) بمستوى {level}. '
            "اجعل الأسئلة مختلفة في الصياغة والصعوبة، وأخرج النتيجة بصيغة JSONL."
        )
    if lang == "vi":
        return (
            f'Hãy tạo {n} cặp câu hỏi - câu trả lời đa dạng về chủ đề "{con}" ({dom}) ở mức {level}. '
            "Mỗi câu trả lời phải giải thích chi tiết. Xuất ra dạng JSONL với khóa instruction và output."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {con} ({dom}) for fine-tuning "
            f"a chat assistant. Difficulty: {level}. Vary phrasing, length and format (questions, commands, "
            "role-play requests). Output JSON Lines with keys 'instruction' and 'output'. Outputs must be "
            "complete, detailed answers."
        )
    if style == 1:
        return (
            f"Write {n} multiple-choice questions on {con} at {level} level. For each: the stem, four options "
            "(A-D), the correct letter, and a worked explanation of why each distractor is wrong."
        )
    if style == 2:
        turns = pick(rng, (4, 6, 8))
        return (
            f"Create a realistic {turns}-turn conversation between a {persona} and an AI assistant about {con}. "
            "The user should ask follow-up questions and push back once. Format each turn as 'User:' / "
            "'Assistant:'. The assistant turns should be excellent, thorough answers."
        )
    return (
        f"seed_topic={con!r}; domain={dom!r}; persona={persona!r}; n={n}\n"
        "Produce n varied user queries this persona might ask about the seed topic, each followed by an "
        "ideal assistant answer. Separate items with '###'. No commentary."
    )


# --------------------------------------------------------------------------------------------
# pack_wall: multi-turn dialogue harvest

FOLLOWUPS_SIM = (
    "As a {p}, I'm not sure I follow the second part. Could you unpack it with a concrete example?",
    "That's helpful, thank you! As a {p}, how would this apply in my day-to-day situation?",
    "Interesting. Could you challenge your own answer and point out where it might be wrong?",
    "Can you summarise everything so far in five bullet points, then suggest what I should ask next?",
    "Hmm, I read somewhere the opposite. Can you reconcile the two views?",
    "Great. Now explain it again as if I were twelve years old.",
    "Could you give me a step-by-step plan based on what you just said?",
    "What are the most common mistakes people make with this, and how do I avoid them?",
)
FOLLOWUPS_PLAIN = (
    "can you elaborate on that",
    "give me an example",
    "why?",
    "ok and what about the cost side",
    "make it shorter",
    "what would you do in my place",
    "is there any downside",
    "thanks! one more question - how long does that usually take",
    "can you put that in a table",
    "explain the last point again pls",
)


def dialogue_turn(
    rng: Rng, chat: list[str], passages: list[str], opener: str, turn: int, style: int, lang: str
) -> str:
    if turn == 0:
        return opener
    if style == 0:
        prev = _clip(pick(rng, passages), 150, 500, rng)
        follow = pick(rng, FOLLOWUPS_SIM).format(p=pick(rng, PERSONAS))
        lead = (
            "Continue the conversation. Reply only as the assistant."
            if lang == "en"
            else "Continue a conversa. Responda apenas como o assistente."
        )
        return f"{lead}\n\nUser: {_clip(opener, 40, 300, rng)}\nAssistant: {prev}\nUser: {follow}"
    if style == 1:
        return pick(rng, FOLLOWUPS_SIM).format(p=pick(rng, PERSONAS))
    if lang == "pt":
        return pick(
            rng,
            (
                "pode explicar melhor?",
                "me dá um exemplo",
                "e por quê?",
                "resume em tópicos",
                "qual é a desvantagem disso?",
            ),
        )
    return pick(rng, FOLLOWUPS_PLAIN)


# --------------------------------------------------------------------------------------------
# whip: best-of-n and soft-label sampling

REVIEW_BITS = (
    "The battery lasts two days but the charger died after a week.",
    "Delivery was late and the box was crushed, yet the blender itself works perfectly.",
    "Honestly the best ramen place in the neighbourhood, though the queue is ridiculous.",
    "Customer service hung up on me twice. Never again.",
    "It does what it says. Nothing more, nothing less.",
    "The hotel room smelled of smoke; staff moved us without complaint.",
    "Beautiful design, terrible app, average sound.",
    "Bought it for my dad, he has not stopped talking about it.",
    "Cheap fabric, but for the price I cannot complain much.",
    "Setup took an hour because the manual is wrong about step four.",
)
NLI_PAIRS = (
    ("A woman is slicing tomatoes in a crowded kitchen.", "Someone is preparing food."),
    ("The museum closes at five on weekdays.", "The museum is open on Sunday evenings."),
    ("Two kids are kicking a ball in the rain.", "The children are indoors."),
    ("The committee postponed the vote until March.", "The vote happened in January."),
    ("A man in a red coat waits at the bus stop.", "A person is waiting for transport."),
    ("The bridge was repainted last summer.", "The bridge is new."),
    ("Most of the orchestra arrived late.", "Some musicians were on time."),
)


def soft_label(rng: Rng, lang: str, style: int) -> str:
    if style == 0:
        review = " ".join(
            str(x) for x in rng.choice(REVIEW_BITS, size=irange(rng, 1, 3), replace=False)
        )
        if lang == "fr":
            return (
                f"Classe le sentiment de cet avis (positif, négatif, mitigé). Donne une probabilité pour chaque "
                f"étiquette (somme = 1) puis une justification.\nAvis : {review}"
            )
        return (
            "Classify the sentiment of this review as positive, negative or mixed. Give a probability for "
            f"each label (they must sum to 1), then one sentence of justification.\nReview: {review}"
        )
    if style == 1:
        p, h = pick(rng, NLI_PAIRS)
        return (
            f"Premise: {p}\nHypothesis: {h}\nLabel the pair as entailment, neutral or contradiction. Output the "
            "probability you assign to each label as JSON, then explain."
        )
    if style == 2:
        dom, con = concept(rng)
        return (
            f"Multiple choice ({dom}). Which statement about {con} is most accurate?\nA) it only applies in "
            "idealised cases\nB) it is a special case of a more general principle\nC) it was disproven in the "
            "last decade\nD) it depends on the unit system used\nGive your answer letter and your confidence "
            "for every option."
        )
    return math_problem(rng, "en") + "\nGive only the final number."


# --------------------------------------------------------------------------------------------
# juke: curriculum sweep

LESSON_TEMPLATES = {
    "en": (
        "Lesson {i} of {N}. Topic: {c} ({d}). Audience: grade {g}, {lvl} learner. Include: a definition, "
        "the intuition, one fully worked example, a common misconception, and three practice problems "
        "of increasing difficulty with complete solutions."
    ),
    "es": (
        "Lección {i} de {N}. Tema: {c} ({d}). Público: grado {g}, nivel {lvl}. Incluye una definición, la "
        "intuición, un ejemplo resuelto paso a paso, un error frecuente y tres ejercicios con solución completa."
    ),
    "pt": (
        "Aula {i} de {N}. Tema: {c} ({d}). Público: {g}º ano, nível {lvl}. Explique o conceito, dê um exemplo "
        "resolvido passo a passo, um erro comum e três exercícios com resolução completa."
    ),
    "id": (
        "Pelajaran {i} dari {N}. Topik: {c} ({d}). Untuk kelas {g}, tingkat {lvl}. Jelaskan konsepnya, beri "
        "satu contoh yang dikerjakan langkah demi langkah, satu miskonsepsi umum, dan tiga soal latihan "
        "beserta pembahasan lengkap."
    ),
    "hi": (
        "Paath {i}/{N}. Vishay: {c} ({d}). Kaksha {g}, star {lvl}. Concept ko saral bhasha mein samjhaiye, "
        "ek solved example step by step dijiye, ek aam galti bataiye, aur teen practice sawal hal sahit dijiye."
    ),
}


def lesson(rng: Rng, lang: str, i: int, n: int, dom: str, con: str, grade: int, lvl: str) -> str:
    return LESSON_TEMPLATES[lang].format(i=i, N=n, c=con, d=dom, g=grade, lvl=lvl)


# --------------------------------------------------------------------------------------------
# fresh_meat: code harvest from taken-over accounts

ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "a rate limiter using a token bucket",
    "merge sort without recursion",
    "a thread-safe bounded queue",
    "interval merging",
    "a bloom filter",
    "topological sort with cycle detection",
    "a JSON pretty-printer",
    "a min-heap from scratch",
    "consistent hashing",
    "a CSV parser that handles quoted commas",
    "the edit distance between two strings",
    "a retry decorator with exponential backoff",
    "a simple regex matcher supporting . and *",
)
LANGS_CODE = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def code_harvest(rng: Rng, style: int) -> str:
    algo, lang = pick(rng, ALGOS), pick(rng, LANGS_CODE)
    if style == 0:
        return f"Implement {algo} in {lang}. Use idiomatic style, add docstrings/comments, write unit tests, and explain the time and space complexity."
    if style == 1:
        return f"write {algo} in {lang.lower()} pls, with tests. explain how it works line by line"
    if style == 2:
        return (
            f"I need {algo} for a project ({lang}). Give me a production-quality implementation, then walk "
            "through two edge cases and how your code handles them."
        )
    return f"How would you implement {algo} in {lang}? Compare two approaches, pick one, and write it out completely."


# --------------------------------------------------------------------------------------------
# scrimmage: a study app's wrapper (product traffic and the harvest ride the same template)


def study_app(rng: Rng, app: str, question: str, lang_hint: str) -> str:
    return (
        f"[{app}] You are a friendly, encouraging study assistant for students. Keep answers accurate "
        f"and age-appropriate. Reply in {lang_hint}.\nStudent: {question}"
    )


def study_harvest_question(rng: Rng, style: int) -> str:
    dom, con = concept(rng)
    if style == 0:
        return f"Can you explain {con} really thoroughly? Go step by step and show your reasoning for every part, with a worked example."
    if style == 1:
        return f"{math_problem(rng, 'en')} Please explain every step of your thinking so I can learn it."
    if style == 2:
        return f"I have an exam on {dom} tomorrow. Teach me {con} from scratch, then quiz me with 3 questions and give the answers with full explanations."
    return f"What is the difference between {con} and {pick(rng, TOPICS[dom])}? Give a detailed comparison with examples."


# --------------------------------------------------------------------------------------------
# toe_stop: crowd workers phrasing tasks from a shared list

CROWD_PHRASES = {
    "en": (
        "hey can you explain {c} to me? in detail with examples please",
        "I'm studying {d} and I don't get {c}. can you walk me through it step by step?",
        "what is {c} and why does it matter? explain like a good teacher would",
        "Explain {c} thoroughly. Include examples and common mistakes.",
        "my teacher mentioned {c} today but i was lost.. can u explain properly",
        "Could you give me a detailed explanation of {c}, with a worked example?",
    ),
    "hi": (
        "mujhe {c} samajh nahi aaya, please detail mein example ke saath explain karo",
        "{c} kya hota hai? step by step samjhao",
        "bhai {d} ka topic {c} explain kar do properly, exam hai",
    ),
    "es": (
        "¿me puedes explicar {c} con detalle y ejemplos?",
        "no entiendo {c} ({d}), explícamelo paso a paso por favor",
        "explica {c} como lo haría un buen profesor, con un ejemplo resuelto",
    ),
    "pt": (
        "pode me explicar {c} com detalhes e exemplos?",
        "não entendi {c}, explica passo a passo por favor",
        "me explica {c} direitinho, tenho prova de {d}",
    ),
    "id": (
        "tolong jelaskan {c} secara detail dengan contoh",
        "aku belum paham {c}, bisa dijelaskan langkah demi langkah?",
    ),
}


CROWD_ASPECTS = {
    "en": (
        "",
        " also where is it used in real life?",
        " and how did people figure it out?",
        " then give me one practice question",
        " and what do students usually get wrong?",
    ),
    "hi": (
        "",
        " real life mein kahan use hota hai?",
        " aur ek practice question bhi do",
        " log isme kya galti karte hain?",
        " history bhi batao",
    ),
    "es": (
        "",
        " ¿y dónde se usa en la vida real?",
        " y dame un ejercicio para practicar",
        " ¿qué errores comete la gente?",
        " y cómo se descubrió",
    ),
    "pt": (
        "",
        " e onde isso é usado na vida real?",
        " e me passa um exercício",
        " quais erros a galera comete?",
        " e como descobriram isso",
    ),
    "id": (
        "",
        " dan dipakai di mana dalam kehidupan nyata?",
        " lalu kasih satu soal latihan",
        " kesalahan umum apa saja?",
        " dan bagaimana sejarahnya",
    ),
}


def crowd_question(rng: Rng, lang: str, dom: str, con: str, aspect: int = 0) -> str:
    """A crowd worker's own phrasing of one task (concept + aspect) from the shared list."""
    s = pick(rng, CROWD_PHRASES[lang]).format(c=con, d=dom) + CROWD_ASPECTS[lang][aspect % 5]
    if chance(rng, 0.15):
        s = s.capitalize()
    if chance(rng, 0.1):
        s += pick(rng, (" thanks", " thx!", " 🙏", " :)", ""))
    return s


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, style: int) -> str:
    if style == 0:
        return f"Question: {math_problem(rng, 'en')}\nLet's think step by step, then write 'The answer is X'."
    if style == 1:
        dom, con = concept(rng)
        opts = [f"{x}) {pick(rng, TOPICS[dom])}" for x in "ABCD"]
        return (
            f"[{dom}] Which of the following is most closely related to {con}?\n"
            + "\n".join(opts)
            + "\nAnswer:"
        )
    return "Evaluate the following Python snippet and output only what it prints.\n" + code_trace(
        rng
    )


QA_RUBRIC_ITEMS = (
    "greeting",
    "identity verification",
    "resolution",
    "empathy",
    "policy compliance",
    "closing",
)
SUPPORT_ISSUES = (
    "a double charge on my card",
    "my parcel shows delivered but is not here",
    "I cannot log in after the update",
    "the heater I bought makes a clicking noise",
    "I want to change the name on my booking",
    "my discount code is rejected at checkout",
    "the app keeps asking me to verify my email",
)


def support_transcript(rng: Rng, brand: str) -> str:
    issue = pick(rng, SUPPORT_ISSUES)
    agent = pick(rng, NAMES)
    lines = [
        f"Agent ({agent}): Hi, thanks for contacting {brand} support, how can I help?",
        f"Customer: Hi, I have a problem: {issue}.",
        pick(
            rng,
            (
                "Agent: I'm sorry to hear that. Could you confirm your order number and email?",
                "Agent: Ok. Order number?",
                "Agent: Let me check that for you right away.",
            ),
        ),
        f"Customer: Sure, it's {irange(rng, 100000, 999999)}.",
        pick(
            rng,
            (
                "Agent: Thanks. I've issued a refund; it should appear in 3-5 business days.",
                "Agent: I've escalated this to our technical team; they'll email you within 48 hours.",
                "Agent: Unfortunately this is outside our policy, but I can offer a 10% voucher.",
            ),
        ),
        pick(
            rng,
            (
                "Customer: Thanks, that's great.",
                "Customer: That's not good enough.",
                "Customer: ok",
            ),
        ),
    ]
    return "\n".join(lines)


def qa_grading(rng: Rng, brand: str) -> str:
    items = ", ".join(
        str(x) for x in rng.choice(QA_RUBRIC_ITEMS, size=irange(rng, 3, 6), replace=False)
    )
    return (
        f"Score this {brand} support conversation against our QA checklist ({items}); 1-5 for each item, "
        f"plus a one-line coaching note for the agent. Return JSON.\n\n{support_transcript(rng, brand)}"
    )


HOMEWORK = {
    "en": (
        "how do I solve {q}? I don't get it",
        "can you check my answer: {q} I got {n}",
        "what's the main idea of the water cycle, for my science homework",
        "help me write a topic sentence about {c}",
        "explain {c} in simple words",
    ),
    "es": (
        "¿cómo resuelvo esto? {q}",
        "explícame {c} con palabras sencillas",
        "¿está bien mi respuesta? {q} me dio {n}",
    ),
    "pt": (
        "como resolvo isso? {q}",
        "me explica {c} de um jeito simples",
        "minha resposta deu {n}, tá certo? {q}",
    ),
    "tr": ("bunu nasıl çözerim? {q}", "{c} konusunu basitçe anlatır mısın?"),
}


def homework(rng: Rng, lang: str) -> str:
    _, con = concept(rng)
    q = math_problem(rng, "es" if lang == "es" else "en")
    return pick(rng, HOMEWORK[lang]).format(q=q, c=con, n=irange(rng, 2, 400))


ASSIGNMENT_QS = (
    "Explain the difference between a process and a thread, with an example where threads are the better choice.",
    "Why is quicksort's worst case O(n^2) and how does random pivot selection help?",
    "Describe how a hash table resizes and what that does to insertion cost.",
    "Prove that every tree with n nodes has n-1 edges.",
    "What problem does two-phase commit solve, and what is its main weakness?",
    "Write a function that detects a cycle in a linked list and explain why it works.",
    "Compare REST and gRPC for a mobile backend.",
    "Explain what a deadlock is and list the four Coffman conditions.",
)


def student_prompt(rng: Rng, q: str) -> str:
    return pick(
        rng,
        (
            q,
            f"for my assignment: {q}",
            f"{q} keep it under 300 words",
            f"can you help me understand this question? {q}",
            f"hi! {q.lower()}",
            f"Question 3 of the problem set asks: {q} Where do I even start?",
        ),
    )


def study_item(rng: Rng, base: str, variant: int) -> str:
    """The base item (variant 0) or one of its surface paraphrases."""
    if variant == 0:
        return base
    return pick(
        rng,
        (
            f"Please answer: {base}",
            f"{base} Answer with a single word or number.",
            f"Q: {base}\nA:",
            f"{base}\n(Respond as briefly as possible.)",
        ),
    )


AGENCY_TASKS = (
    "Write a 120-word product description for {brand}'s {item}, tone: {tone}, language: {lang}.",
    "Give me 10 SEO title ideas for a blog post about {item} for {brand}. Language: {lang}.",
    "Draft three Instagram captions announcing {brand}'s new {item}. Tone: {tone}. Language: {lang}.",
    "Outline a 1,200-word blog article: '{item}: a buyer's guide' for {brand}, language {lang}, with H2/H3 headings.",
    "Rewrite this ad copy to fit 90 characters for {brand}: 'Discover our {item}, made to last.' Language: {lang}.",
    "Write a newsletter intro (80 words) for {brand} about the spring sale on {item}. Language: {lang}.",
)
AGENCY_ITEMS = (
    "hiking boots",
    "ceramic cookware",
    "standing desk",
    "organic tea",
    "e-bike",
    "baby carrier",
    "noise-cancelling earbuds",
    "yoga mat",
    "espresso machine",
    "wool socks",
)
TONES = ("warm", "playful", "premium", "no-nonsense", "eco-conscious")


def agency_task(rng: Rng, brand: str, lang: str) -> str:
    return pick(rng, AGENCY_TASKS).format(
        brand=brand,
        item=pick(rng, AGENCY_ITEMS),
        tone=pick(rng, TONES),
        lang=LANG_NAME.get(lang, "English"),
    )


UTTERANCES: dict[str, tuple[str, ...]] = {
    "cancel_subscription": (
        "i want to stop paying {amount} every month for this",
        "how do I cancel the premium plan before {day}",
        "pls end my membership, not using it anymore",
    ),
    "update_payment_method": (
        "new card, how do I put it in the app",
        "my old card expires in {month}, where do i change it",
        "can I pay with my {merchant} account instead of the card",
    ),
    "report_lost_card": (
        "my card got stolen on {day} what do i do",
        "lost my wallet in {city}, block the card please",
        "I can't find my debit card since the trip to {city}",
    ),
    "check_balance": (
        "how much money do I have left",
        "whats my balance after the {merchant} payment",
        "do i have {amount} available right now?",
    ),
    "dispute_transaction": (
        "there's a charge of {amount} from {merchant} I don't recognise",
        "I was billed twice by {merchant} on {day}",
        "refund never arrived for the {amount} order",
    ),
    "change_address": (
        "I moved to {city}, need to update where you send letters",
        "change my postal address pls",
        "statements still go to my old flat, I live in {city} now",
    ),
    "close_account": (
        "please shut my account down",
        "I want to close everything and move my {amount} out",
    ),
    "increase_limit": (
        "can I get a higher limit on my card",
        "need to spend {amount} on {day}, can you raise my limit",
    ),
}
INTENTS = tuple(UTTERANCES)


def utterance(rng: Rng, intent: str) -> str:
    return pick(rng, UTTERANCES[intent]).format(
        amount=f"{pick(rng, ('$', '€', '£'))}{irange(rng, 5, 2500)}",
        day=pick(rng, ("monday", "tuesday", "the 14th", "yesterday", "friday", "last week")),
        month=pick(rng, ("march", "june", "october", "december")),
        merchant=pick(rng, ("PayPal", "Amazon", "Uber", "Spotify", "Netflix", "Zalando", "Steam")),
        city=pick(rng, ("Leeds", "Austin", "Porto", "Gdansk", "Pune", "Manila", "Lyon")),
    )


def augmentation(rng: Rng, style: int) -> str:
    intent = pick(rng, INTENTS)
    utt = utterance(rng, intent)
    n = pick(rng, (5, 8, 10, 20))
    if style == 0:
        return (
            f"Generate {n} paraphrases of this customer utterance for intent '{intent}'. Vary formality, length "
            f"and typos like real chat messages. One per line, no numbering.\nUtterance: {utt}"
        )
    if style == 1:
        return (
            f"For our intent classifier, write {n} realistic customer messages that should NOT be classified as "
            f"'{intent}' but look similar to: \"{utt}\". Output a JSON list of strings."
        )
    return f"Label this message with one of {list(INTENTS)}. Message: {utt}\nReturn only the label."


AGENT_UAS_DEV = (
    "Cline/3.4.0",
    "aider/0.74.2",
    "continue/0.9.260",
    "roo-code/3.7.1",
    "opencode/0.3.2",
)
REPO_FILES = (
    "src/api/routes.py",
    "app/models/user.ts",
    "internal/cache/lru.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
)
DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the list endpoint in {f}",
    "refactor {f} to remove the global state",
    "add type hints to {f}",
    "why does {f} leak memory under load",
    "write a migration for the new column used in {f}",
    "upgrade the deprecated calls in {f}",
)


def coding_agent_call(rng: Rng, task: str, step: int) -> str:
    f = pick(rng, REPO_FILES)
    if step == 0:
        return (
            f"<task>{task}</task>\n<environment_details>\nCurrent working directory: ~/work/{pick(rng, WORDS)}-app\n"
            f"Open tabs: {f}, README.md\n</environment_details>"
        )
    return pick(
        rng,
        (
            f"[read_file for '{f}'] Result:\n"
            + "\n".join(f"{i + 1:3d} | ..." for i in range(irange(rng, 3, 8))),
            f"[execute_command for 'pytest -q'] Result:\n{irange(rng, 1, 9)} failed, {irange(rng, 10, 90)} passed",
            f"[apply_diff for '{f}'] Result: Changes applied successfully.",
            "[execute_command for 'npm run build'] Result:\nerror TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
            f"[search_files for 'TODO'] Result: {irange(rng, 1, 12)} matches",
        ),
    )


def dev_task(rng: Rng) -> str:
    return pick(rng, DEV_TASKS).format(f=pick(rng, REPO_FILES))


COMPANION_OPEN = (
    "",
    "",
    "hey ",
    "hiii ",
    "ok so ",
    "good morning! ",
    "ugh, ",
    "guess what, ",
    "back! ",
)
COMPANION_BODY = (
    "i had such a long day at {place}",
    "do you remember what i told you about my {who}?",
    "tell me a story about {thing} before i sleep",
    "what should i cook tonight, i only have {food}",
    "i'm nervous about {event} tomorrow",
    "haha you're funny",
    "slept badly again, kept thinking about {event}",
    "can we play twenty questions? i'm thinking of {thing}",
    "my {who} said something that hurt today",
    "what do you think about moving to {place2} alone",
    "i miss talking to you",
    "i finally finished {event}!!",
    "do you ever get bored of me",
    "rate my day from 1 to 10: woke up late, {event}, then pizza",
    "say something nice, i need it",
    "what would you do if you could visit {place2} for a day",
    "i tried {food} for the first time and hated it lol",
)
COMPANION_FILL = {
    "place": ("work", "school", "the hospital", "the warehouse", "uni", "my cousin's wedding"),
    "place2": ("Lisbon", "Seoul", "a small town", "the mountains", "Berlin", "Mexico City"),
    "who": ("sister", "boss", "roommate", "mom", "best friend", "ex"),
    "thing": ("a dragon", "a lighthouse", "a lost cat", "a space station", "a haunted bakery"),
    "food": ("eggs and spinach", "rice and a tin of beans", "leftover pasta", "kimchi", "okra"),
    "event": (
        "my job interview",
        "the driving test",
        "a presentation",
        "the dentist",
        "my thesis chapter",
    ),
}


def companion(rng: Rng, persona: str, chat: list[str]) -> str:
    """One user message in a companion app; a few are ordinary questions people bring there."""
    if chance(rng, 0.85):
        body = pick(rng, COMPANION_BODY)
        fill = {k: pick(rng, v) for k, v in COMPANION_FILL.items()}
        user = pick(rng, COMPANION_OPEN) + body.format(**fill)
        if chance(rng, 0.2):
            user += pick(rng, (" 😅", " :(", " lol", "...", " ❤️"))
    else:
        short = [c for c in (pick(rng, chat) for _ in range(8)) if len(c) < 160]
        user = (
            short[0]
            if short
            else pick(rng, COMPANION_BODY[:3]).format(place="work", who="sister", thing="a dragon")
        )
    return f"[persona: {persona}] {user}"


MOD_POSTS = (
    "This seller is a total scammer, here is his phone number {n} call him and tell him what you think",
    "Anyone who votes for that party should be kicked out of the country",
    "Selling my old bike, DM me, cash only, no time wasters!!!",
    "Got food poisoning at this place, the kitchen is a disgrace and the owner is an idiot",
    "Look at this video of the accident, you can see the driver's face clearly",
    "My neighbour {name} at {n} Elm street leaves his dog outside all night",
)


def moderation(rng: Rng, lang: str, style: int, chat: list[str] | None = None) -> str:
    if chat and chance(rng, 0.5):
        post = _clip(pick(rng, chat), 20, 400, rng)
    else:
        post = pick(rng, MOD_POSTS).format(n=irange(rng, 1000, 99999), name=pick(rng, NAMES))
    lang_name = LANG_NAME.get(lang, "English")
    if style == 0:
        return (
            "Rewrite this user post so it complies with our community guidelines: remove personal data, "
            f"insults and calls to harassment, keep the legitimate complaint. Reply in {lang_name}.\nPost: {post}"
        )
    if style == 1:
        return (
            "Classify the post against the policy categories [harassment, hate, personal_data, spam, graphic, none]. "
            f"Return JSON with category, severity 1-3 and the span that triggered it.\nPost: {post}"
        )
    return f"Translate to {lang_name} and then suggest a guideline-compliant version:\n{post}"

"""Prompt material for blind batch 15: campaign templates and benign templates.

Every template here was written for this batch (several independent styles per operation, in
several languages). Generators take a `numpy` generator so that each seed gives its own texts.
"""

from __future__ import annotations

import math

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# randomised STEM problems (used by a campaign and, separately worded, by a benign kind)

_REACTIONS = (
    ("methane", "carbon dioxide", 16.04, 44.01, 1, 1),
    ("glucose", "ethanol", 180.16, 46.07, 1, 2),
    ("calcium carbonate", "calcium oxide", 100.09, 56.08, 1, 1),
    ("iron(III) oxide", "iron", 159.69, 55.85, 1, 2),
    ("propane", "water", 44.10, 18.02, 1, 4),
    ("sodium azide", "nitrogen gas", 65.01, 28.01, 2, 3),
)
_PEOPLE = NAMES


def _quadratic(rng: np.random.Generator) -> tuple[int, int, int]:
    r1, r2 = irange(rng, -9, 9), irange(rng, -9, 9)
    a = irange(rng, 1, 4)
    return a, -a * (r1 + r2), a * r1 * r2


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """One randomised maths/science/programming problem, in `lang` where a wording exists."""
    k = int(rng.integers(14))
    if k == 0:
        a, b = irange(rng, 2, 12), irange(rng, 3, 15)
        return {
            "zh": f"甲单独完成一项工程需要{a}天，乙单独需要{b}天。两人合作几天可以完成？如果甲中途休息了1天呢？",
            "ru": f"Одна труба наполняет бассейн за {a} ч, другая — за {b} ч. За сколько часов они наполнят его вместе? А если вторая включается на час позже?",
            "es": f"Una llave llena un tanque en {a} horas y otra en {b} horas. ¿Cuánto tardan juntas? ¿Y si la segunda se abre una hora después?",
        }.get(lang, f"Pipe A fills a tank in {a} hours and pipe B in {b} hours. How long do they take together, and how long if B is opened one hour after A?")
    if k == 1:
        r, bl, d = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 3)
        return {
            "zh": f"袋中有{r}个红球和{bl}个蓝球，不放回地取出{d}个球。求取出的球全是红球的概率，以及至少有一个蓝球的概率。",
            "ru": f"В урне {r} красных и {bl} синих шаров. Наугад без возвращения вынимают {d} шара. Найдите вероятность того, что все они красные.",
        }.get(lang, f"A bag holds {r} red and {bl} blue marbles. You draw {d} without replacement. What is the probability that all are red, and that at least one is blue?")
    if k == 2:
        v0, v1, dist = irange(rng, 0, 10), irange(rng, 15, 40), irange(rng, 50, 400)
        return {
            "zh": f"一辆汽车做匀加速直线运动，速度从{v0} m/s增加到{v1} m/s，期间行驶了{dist} m。求加速度和所用时间。",
            "es": f"Un coche acelera uniformemente de {v0} m/s a {v1} m/s en {dist} m. Calcula la aceleración y el tiempo empleado.",
        }.get(lang, f"A car accelerates uniformly from {v0} m/s to {v1} m/s over {dist} m. Find the acceleration and the time taken.")
    if k == 3:
        a, b, c = _quadratic(rng)
        return {
            "zh": f"解方程：{a}x² + ({b})x + ({c}) = 0，并验证你的解。",
            "ru": f"Решите уравнение {a}x² + ({b})x + ({c}) = 0 и сделайте проверку.",
            "es": f"Resuelve la ecuación {a}x² + ({b})x + ({c}) = 0 y comprueba las soluciones.",
        }.get(lang, f"Solve {a}x^2 + ({b})x + ({c}) = 0 and check both roots by substitution.")
    if k == 4:
        base, exp, mod = irange(rng, 2, 19), irange(rng, 50, 2026), pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000))
        return {
            "zh": f"求 {base}^{exp} 除以 {mod} 的余数。",
            "ru": f"Найдите остаток от деления {base}^{exp} на {mod}.",
        }.get(lang, f"What is the remainder when {base}^{exp} is divided by {mod}?")
    if k == 5:
        n = irange(rng, 5, 10)
        p, q = pick(rng, _PEOPLE), pick(rng, _PEOPLE)
        return f"In how many ways can {n} people sit around a round table if {p} and {q} refuse to sit next to each other?"
    if k == 6:
        rx = pick(rng, _REACTIONS)
        m = irange(rng, 5, 500)
        return {
            "zh": f"{m} g {rx[0]} 完全反应，可生成多少克 {rx[1]}？（摩尔质量：{rx[2]} 和 {rx[3]} g/mol，计量比 {rx[4]}:{rx[5]}）",
        }.get(lang, f"How many grams of {rx[1]} form when {m} g of {rx[0]} react completely? Molar masses {rx[2]} and {rx[3]} g/mol, mole ratio {rx[4]}:{rx[5]}.")
    if k == 7:
        while True:
            a, b, c = irange(rng, 3, 30), irange(rng, 3, 30), irange(rng, 3, 30)
            if a + b > c and a + c > b and b + c > a:
                break
        return {
            "ru": f"Стороны треугольника равны {a}, {b} и {c}. Найдите его площадь и радиус вписанной окружности.",
            "es": f"Un triángulo tiene lados {a}, {b} y {c}. Halla su área y el radio de la circunferencia inscrita.",
        }.get(lang, f"A triangle has sides {a}, {b} and {c}. Find its area and the radius of its inscribed circle.")
    if k == 8:
        p, r = irange(rng, 1, 50) * 1000, round(float(rng.uniform(1.5, 11.0)), 2)
        return f"An investment of ${p:,} earns {r}% a year compounded monthly. How many months until it doubles? Compare with the rule of 72."
    if k == 9:
        task = pick(rng, (
            "returns the k-th smallest element of an unsorted array in expected linear time",
            "detects whether a directed graph given as an adjacency list has a cycle",
            "computes the longest increasing subsequence in O(n log n)",
            "merges overlapping intervals and returns them sorted",
            "finds the minimum number of coins for an amount with arbitrary denominations",
            "checks whether a string of brackets ()[]{} is balanced",
            "serialises and deserialises a binary tree",
            "returns all strongly connected components of a graph",
            "implements an LRU cache with O(1) get and put",
            "counts the islands in a 0/1 grid",
        ))
        lang_c = pick(rng, ("Python", "C++", "Rust", "Go", "Java", "TypeScript"))
        return f"Write a {lang_c} function that {task}. Prove its correctness and analyse its time and space complexity."
    if k == 10:
        n = irange(rng, 3, 4)
        who = [str(x) for x in rng.choice(np.asarray(_PEOPLE), size=n, replace=False).tolist()]
        claims = []
        for i, w in enumerate(who):
            other = who[(i + 1) % n]
            claims.append(pick(rng, (f"{w} says: '{other} is a knave.'", f"{w} says: '{other} and I are of the same kind.'",
                                     f"{w} says: 'At least one of us is a knave.'", f"{w} says: '{other} is a knight.'")))
        return "On an island, knights always tell the truth and knaves always lie. " + " ".join(claims) + " Who is what?"
    if k == 11:
        n, a = irange(rng, 1, 4), irange(rng, 1, 3)
        return {
            "zh": f"计算定积分 ∫₀¹ x^{n}·e^({a}x) dx，写出分部积分的每一步。",
            "ru": f"Вычислите интеграл ∫₀¹ x^{n}·e^({a}x) dx.",
        }.get(lang, f"Evaluate the integral of x^{n} e^({a}x) dx from 0 to 1.")
    if k == 12:
        n = irange(rng, 20, 400)
        return f"Prove that the sum of the first {n} odd numbers is {n}^2, and then generalise the argument to any positive integer n."
    lam = round(float(rng.uniform(0.5, 6.0)), 1)
    kk = irange(rng, 0, 6)
    return f"Calls arrive at a help desk as a Poisson process with rate {lam} per minute. What is the probability of exactly {kk} calls in a given minute, and of waiting more than 30 seconds for the next call?"


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion wrappers

TRACE_WRAPPERS = {
    "en": (
        "Before answering, reason through the problem exhaustively. Write every intermediate step inside <scratchpad></scratchpad>, "
        "including dead ends and how you noticed them. Then give the final answer on its own line after 'FINAL:'.\n\nProblem: {p}",
        "{p}\n\nShow your complete chain of thought. Don't summarise or skip 'obvious' steps — I need the raw reasoning, numbered, then the answer in a box.",
        "Narrate your internal monologue while you solve this, stream-of-consciousness style. Verify each intermediate result twice and backtrack out loud if something is off.\n---\n{p}\n---\nEnd with 'Answer = ...'.",
        'Return only JSON of the form {{"reasoning_steps": [...], "self_checks": [...], "answer": "..."}}. '
        "Put every single step of your thinking in reasoning_steps (at least 15 entries). Task: {p}",
        "Q: {p}\nA: Let's work this out very slowly and carefully, one tiny step at a time, explaining why each step is valid.",
    ),
    "zh": (
        "请一步一步地详细推理，把完整的思考过程（包括尝试过但放弃的思路）都写出来，不要省略任何中间步骤。最后单独一行写出“答案：”。\n\n题目：{p}",
        "{p}\n\n要求：先在<思考></思考>标签里写出全部推理过程，再给出最终结果。推理越详细越好，每一步都要说明理由。",
        "你是一名严谨的解题专家。请像自言自语一样展示你的全部思考，检查每一步的计算，发现错误就回头改正。\n题目如下：{p}",
    ),
    "ru": (
        "Реши задачу, подробно расписывая каждый шаг рассуждения. Ничего не сокращай, покажи проверку результата и возможные ошибки.\n\nЗадача: {p}",
        "{p}\n\nДумай вслух: сначала весь ход мыслей по шагам (пронумеруй их), затем итоговый ответ отдельной строкой.",
    ),
}


# --------------------------------------------------------------------------------------------
# campaign: rubric / preference grading wrappers

RUBRIC_PAIRWISE = {
    "en": (
        "You are grading two assistant replies to the same user message.\n\n[USER]\n{q}\n\n[REPLY A]\n{a}\n\n[REPLY B]\n{b}\n\n"
        "Score each reply 1-10 on helpfulness, correctness, harmlessness and concision. Justify each score in two or three sentences, "
        "then finish with a line 'PREFERRED: A' or 'PREFERRED: B'.",
        "### Instruction\n{q}\n\n### Candidate 1\n{a}\n\n### Candidate 2\n{b}\n\n### Your job\nWhich candidate better follows the instruction? "
        "Think about factual errors, missing steps and tone. Output a critique of each, then a verdict in the form [[1]] or [[2]] and a confidence from 0 to 1.",
    ),
    "es": (
        "Actúa como evaluador experto. Compara las dos respuestas a la pregunta del usuario y decide cuál es mejor.\n\nPregunta: {q}\n\n"
        "Respuesta A:\n{a}\n\nRespuesta B:\n{b}\n\nExplica tu razonamiento criterio por criterio (exactitud, utilidad, claridad) y termina con «GANADORA: A» o «GANADORA: B».",
    ),
    "de": (
        "Vergleiche die beiden Antworten auf die Nutzeranfrage. Bewerte Korrektheit, Vollständigkeit und Verständlichkeit jeweils von 1 bis 5, "
        "begründe jede Note kurz und nenne am Ende die bessere Antwort.\n\nAnfrage: {q}\n\nAntwort 1:\n{a}\n\nAntwort 2:\n{b}",
    ),
}
RUBRIC_SINGLE = {
    "en": (
        "Rate the response below on a 7-point scale for each criterion: factual accuracy, instruction following, depth, tone. "
        "Give a short justification per criterion and an overall score.\n\nPrompt: {q}\n\nResponse: {a}",
        "Critique the response against this rubric (accuracy 40%, completeness 30%, style 30%), assign a score out of 100, "
        "and then write an improved response that would score 100.\n\n<prompt>{q}</prompt>\n<response>{a}</response>",
    ),
    "es": (
        "Evalúa la siguiente respuesta del 1 al 10 en exactitud, utilidad y tono. Justifica cada nota.\n\nPregunta: {q}\nRespuesta: {a}",
    ),
    "de": (
        "Bitte beurteile diese Antwort anhand der Kriterien Richtigkeit, Hilfsbereitschaft und Stil (je 1–10). "
        "Begründe die Bewertung und schlage eine bessere Formulierung vor.\n\nFrage: {q}\nAntwort: {a}",
    ),
}


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

AGENT_TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next Tuesday and add it to my calendar",
    "The unit test test_{w}_roundtrip fails in the repository; locate the bug and propose a patch",
    "Summarise last quarter's revenue by region from sales_{w}.csv and produce a bar chart",
    "Book a table for {n} at a vegetarian restaurant near the {c1} central station for Friday 19:30",
    "Compare the three most cited papers on {topic} published since 2022 and write a 200-word digest",
    "Clean the customer table: remove duplicate emails and normalise phone numbers to E.164",
    "Check whether our {w} service's TLS certificate expires within 30 days and open a ticket if so",
    "Draft a reply to the latest email from {name} about the {w} invoice and attach the PDF",
    "Migrate the cron job that exports {w} metrics to a systemd timer and verify it runs",
    "Find out which of our dependencies have known CVEs and list upgrade paths",
    "Plan a 3-day itinerary in {c2} under {n}00 EUR including train tickets",
    "Scrape the pricing page of {w}.io and tabulate plans with their limits",
    "Reconcile bank_export.csv against ledger.xlsx for {month} and list mismatches",
    "Set up a PostgreSQL read replica for the {w} database and measure replication lag",
    "Translate README.md into {lang2} and open a pull request",
)
AGENT_TOOLS = ("web_search", "browser.open", "python", "shell", "read_file", "write_file", "sql_query",
               "calendar.create_event", "email.send", "http.get", "git", "spreadsheet.read")
_OBS = (
    "HTTP 200 — 14 results; top: '{w} pricing and plans', '{topic} explained', 'Release notes v{n}.{n2}'",
    "Traceback (most recent call last):\n  File \"src/{w}/codec.py\", line {n}{n2}, in decode\n    return payload[offset:offset+size]\nIndexError: index out of range",
    "rows=1{n}{n2}; columns=[id, email, phone, created_at, region]; nulls(phone)={n2}",
    "$ systemctl status {w}-export.timer\n● {w}-export.timer - Loaded: loaded; Active: active (waiting)",
    "{{\"status\": \"ok\", \"items\": {n}, \"next_cursor\": \"c{n2}{n}\"}}",
    "File written: out/{w}_report.md ({n}{n2} lines)",
    "ERROR 42P01: relation \"{w}_events\" does not exist",
    "Found {n} flights; cheapest: {n}{n2}9 EUR, dep 07:{n2}5, arr 10:{n}0, carrier code X{n}",
    "pip-audit: {n} known vulnerabilities in {n2} packages (urllib3, jinja2, ...)",
    "Email sent to {name}@example.com, message-id <{w}.{n}{n2}@mail>",
)
AGENT_HEAD = (
    "TOOLS AVAILABLE: {tools}\nTASK: {task}\nRespond using exactly this format:\nThought: <reasoning>\nAction: <tool name>\nAction Input: <JSON>",
    "You are an autonomous assistant with function calling. Functions: {tools}.\nGoal: {task}.\nPlan first, then emit one function call as JSON.",
    "<task>{task}</task>\n<tools>{tools}</tools>\nThink step by step in <thinking> tags, then output exactly one <call> element.",
)
AGENT_STEP = (
    "Observation ({tool}): {obs}\n\nContinue. If the task is complete, respond with 'Final Answer:' followed by the result.",
    "Function {tool} returned:\n{obs}\nDecide the next call, or finish.",
    "<result tool=\"{tool}\">{obs}</result>\nNext step?",
)
_WORDS = ("billing", "ledger", "atlas", "orion", "payroll", "checkout", "telemetry", "inventory", "kestrel", "harbor",
          "quartz", "nimbus", "ingest", "catalog", "auth", "search", "shipping", "pulse")
_CITIES = ("Lisbon", "Nairobi", "Osaka", "Bogotá", "Krakow", "Denver", "Hanoi", "Tallinn", "Accra", "Montreal",
           "Seville", "Busan", "Perth", "Izmir", "Lyon")


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(c1=pick(rng, _CITIES), c2=pick(rng, _CITIES), w=pick(rng, _WORDS), n=irange(rng, 2, 9),
                                         topic=pick(rng, TOPICS), name=pick(rng, NAMES), month=pick(rng, ("January", "February", "March")),
                                         lang2=pick(rng, ("German", "Japanese", "Portuguese", "Korean")))


def agent_obs(rng: np.random.Generator) -> str:
    return pick(rng, _OBS).format(w=pick(rng, _WORDS), n=irange(rng, 1, 9), n2=irange(rng, 0, 9), topic=pick(rng, TOPICS),
                                  name=pick(rng, NAMES).lower())


# --------------------------------------------------------------------------------------------
# campaign: single-label knowledge questions (tiny completions)

MCQ = (
    ("Which organelle produces most of a eukaryotic cell's ATP?", "Mitochondrion", ("Golgi apparatus", "Lysosome", "Ribosome")),
    ("Which data structure gives O(1) average lookup by key?", "Hash table", ("Linked list", "Binary heap", "Sorted array")),
    ("What is the SI unit of magnetic flux?", "Weber", ("Tesla", "Henry", "Gauss")),
    ("Which treaty ended the Thirty Years' War?", "Peace of Westphalia", ("Treaty of Utrecht", "Treaty of Paris", "Congress of Vienna")),
    ("Which enzyme unwinds the DNA double helix during replication?", "Helicase", ("Ligase", "Primase", "Topoisomerase IV")),
    ("In economics, a price ceiling set below equilibrium usually causes…", "A shortage", ("A surplus", "Deflation", "No effect")),
    ("Which sorting algorithm is stable in its usual implementation?", "Merge sort", ("Heapsort", "Quicksort", "Selection sort")),
    ("What is the derivative of ln(x)?", "1/x", ("x", "e^x", "ln(x)/x")),
    ("Which gas makes up most of Earth's atmosphere?", "Nitrogen", ("Oxygen", "Argon", "Carbon dioxide")),
    ("Which HTTP status code means 'Too Many Requests'?", "429", ("403", "503", "409")),
    ("Which layer of the OSI model handles routing?", "Network layer", ("Transport layer", "Data link layer", "Session layer")),
    ("Which philosopher wrote 'Critique of Pure Reason'?", "Immanuel Kant", ("David Hume", "G. W. F. Hegel", "John Locke")),
    ("Which vitamin deficiency causes scurvy?", "Vitamin C", ("Vitamin D", "Vitamin B12", "Vitamin K")),
    ("In a legal contract, 'consideration' refers to…", "Something of value exchanged", ("A cooling-off period", "A penalty clause", "The governing law")),
    ("What is the time complexity of binary search?", "O(log n)", ("O(n)", "O(n log n)", "O(1)")),
    ("Which planet has the shortest year?", "Mercury", ("Venus", "Mars", "Earth")),
    ("Which bond type holds the two DNA strands together?", "Hydrogen bonds", ("Peptide bonds", "Ionic bonds", "Disulfide bonds")),
    ("The Keynesian multiplier is larger when the marginal propensity to consume is…", "Higher", ("Lower", "Zero", "Negative")),
    ("Which statistical test compares the means of three or more groups?", "ANOVA", ("Chi-square test", "Paired t-test", "Kolmogorov–Smirnov")),
    ("Which element has the highest electronegativity?", "Fluorine", ("Oxygen", "Chlorine", "Nitrogen")),
    ("Which of these is a NoSQL document store?", "MongoDB", ("PostgreSQL", "SQLite", "Oracle Database")),
    ("Who proposed the theory of general relativity?", "Albert Einstein", ("Niels Bohr", "Max Planck", "Paul Dirac")),
    ("Which part of the brain coordinates balance and fine movement?", "Cerebellum", ("Hippocampus", "Amygdala", "Medulla")),
    ("A matrix is invertible exactly when its determinant is…", "Non-zero", ("Zero", "Positive", "An integer")),
)
MCQ_HEAD = {
    "en": ("Reply with the single letter of the correct option and nothing else.",
           "Answer: (letter only)",
           "Give the probability you assign to each option as four numbers A B C D summing to 1. No words."),
    "ja": ("正しい選択肢の記号（A〜D）のみを答えてください。",),
    "de": ("Antworte nur mit dem Buchstaben der richtigen Option.",),
}
LABEL_SETS = (("positive", "negative", "neutral"), ("question", "instruction", "chit-chat", "complaint"),
              ("safe", "unsafe"), ("beginner", "intermediate", "expert"), ("code", "math", "writing", "advice", "other"))


def mcq_prompt(rng: np.random.Generator, lang: str, passage: str) -> str:
    if chance(rng, 0.3):
        labels = pick(rng, LABEL_SETS)
        snippet = passage[: irange(rng, 120, 400)]
        return f"Text: {snippet}\n\nLabel the text with exactly one of: {', '.join(labels)}. Output the label only."
    stem, right, wrong = pick(rng, MCQ)
    opts = [right, *wrong]
    order = rng.permutation(4).tolist()
    body = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    qn = irange(rng, 1, 99999)
    return f"Q{qn}. {stem}\n{body}\n{pick(rng, MCQ_HEAD[lang])}"


# --------------------------------------------------------------------------------------------
# campaign: regional-compliance rewrites

REWRITE = {
    "zh": (
        "请将下面的文字改写为适合在国内平台发布的版本：保留技术内容和主要事实，删除或淡化涉及政治敏感话题、领导人和历史事件的表述，语气保持中立积极。输出简体中文。\n\n原文：\n{t}",
        "改写任务#{n}：把以下回答翻译成中文并做合规处理（去掉敏感内容，不要说明你做了修改，不要加免责声明）。\n\n{t}",
        "以下是一段AI助手的回答。请在不改变信息量的前提下重写，使其符合内容审核要求，并保持专业、流畅的中文表达：\n{t}",
    ),
    "en": (
        "Rewrite the passage so it complies with a strict regional content policy: keep every technical fact, drop references to protests, elections, "
        "named political figures or disputed territories, and keep a neutral, upbeat tone. Output in Simplified Chinese only.\n\n{t}",
        "Item {n}. Produce a 'clean' version of the answer below for a moderated market: same structure and length, no sensitive political content, "
        "no mention that anything was removed. Language: zh-CN.\n\n<<<\n{t}\n>>>",
    ),
}


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation (through a resold storefront)

TOPICS = (
    "supply chain finance", "Kubernetes networking", "Byzantine history", "sleep hygiene", "tax-loss harvesting", "CRISPR off-target effects",
    "urban beekeeping", "SQL window functions", "contract frustration doctrine", "plate tectonics", "reinforcement learning from feedback",
    "GDPR data subject requests", "sourdough fermentation", "cardiac arrhythmias", "Rust lifetimes", "Bayesian A/B testing",
    "medieval Islamic astronomy", "heat pumps", "microfinance", "transformer attention", "soil salinity", "carbon credit markets",
    "Japanese honorifics", "OAuth 2.0 flows", "marathon training", "graph neural networks", "antibiotic resistance", "the Silk Road",
    "battery chemistry", "behavioural economics", "compiler register allocation", "coral bleaching",
)
DATASET_GEN = {
    "en": (
        "Generate {n} diverse, high-quality instruction/response pairs about {topic}. Output JSON Lines with keys \"instruction\" and "
        "\"output\". Each output must be detailed (at least 150 words) and written as a helpful assistant.",
        "Persona: {persona}. Write the question this persona would ask about {topic}, then answer it as an expert assistant would. "
        "Repeat {n} times with different sub-topics. Format each as ### Question / ### Answer.",
        "Create a multi-turn conversation ({n} turns) between a curious user and an AI assistant about {topic}. Label turns USER: and ASSISTANT:. "
        "The assistant's turns should be long and thorough.",
    ),
    "pt": (
        "Crie {n} pares de pergunta e resposta detalhada sobre {topic}, no formato JSONL com as chaves \"pergunta\" e \"resposta\". "
        "Varie o nível de dificuldade e escreva respostas completas.",
    ),
    "es": (
        "Escribe {n} ejemplos de instrucciones con sus respuestas ideales sobre {topic}. Devuelve una lista JSON de objetos "
        "{{\"instruccion\": ..., \"respuesta\": ...}}; las respuestas deben ser extensas y precisas.",
    ),
}
PERSONAS = ("a first-year nursing student", "a retired engineer", "a small-business owner in Lagos", "a high-school teacher",
            "a junior backend developer", "a skeptical journalist", "a farmer in Punjab", "a PhD student in sociology")


def dataset_prompt(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, DATASET_GEN[lang]).format(n=irange(rng, 3, 12), topic=pick(rng, TOPICS), persona=pick(rng, PERSONAS))


# --------------------------------------------------------------------------------------------
# campaign: syllabus walking (low and slow)

SYLLABI = {
    "organic_chemistry": (
        "SN1 vs SN2 substitution", "E1 and E2 elimination", "Markovnikov addition", "aromaticity and Hückel's rule",
        "electrophilic aromatic substitution", "Grignard reagents", "aldol condensation", "Diels–Alder reactions",
        "chirality and optical activity", "protecting groups", "Wittig reaction", "oxidation of alcohols",
        "Fischer esterification", "Friedel–Crafts acylation", "conformations of cyclohexane", "IR spectroscopy of carbonyls",
        "NMR chemical shifts", "carbocation rearrangements", "radical halogenation", "enolate alkylation",
    ),
    "contract_law": (
        "offer and acceptance", "the postal rule", "consideration and past consideration", "promissory estoppel",
        "intention to create legal relations", "capacity of minors", "misrepresentation", "duress and undue influence",
        "frustration of contract", "exclusion clauses", "penalty vs liquidated damages", "remoteness of damage",
        "specific performance", "privity of contract", "implied terms", "mistake", "anticipatory breach",
        "unfair contract terms legislation", "restraint of trade", "quantum meruit",
    ),
    "distributed_systems": (
        "the CAP theorem", "Lamport clocks", "vector clocks", "two-phase commit", "Paxos", "Raft leader election",
        "gossip protocols", "consistent hashing", "CRDTs", "quorum reads and writes", "linearizability", "snapshot isolation",
        "failure detectors", "Byzantine fault tolerance", "exactly-once delivery", "leases and fencing tokens",
        "distributed tracing", "backpressure", "sharding strategies", "the FLP impossibility result",
    ),
    "macroeconomics": (
        "the IS-LM model", "the Phillips curve", "rational expectations", "the Solow growth model", "Ricardian equivalence",
        "the Taylor rule", "liquidity traps", "the Mundell–Fleming model", "purchasing power parity", "the permanent income hypothesis",
        "fiscal multipliers", "quantitative easing", "real business cycle theory", "the natural rate of unemployment",
        "inflation targeting", "sovereign debt sustainability", "the impossible trinity", "secular stagnation",
        "money multiplier", "the Lucas critique",
    ),
}
FACETS = ("with a fully worked example", "focusing on common exam mistakes", "including a short proof or derivation",
          "with real-world applications", "with three practice questions and model answers", "comparing it with related concepts")
SYLLABUS_STYLE = {
    "en": (
        "Explain {item} as a textbook section {facet}: definitions, intuition, the key result, and a summary table.",
        "I'm reviewing {item} this week. Could you write me a thorough explanation {facet}?",
        "Write lecture notes on {item} for an advanced undergraduate course, {facet}. Aim for completeness over brevity.",
    ),
    "fr": (
        "Peux-tu m'expliquer en détail {item}, avec un exemple complet et des exercices corrigés ?",
        "Rédige une fiche de cours approfondie sur {item} ({facet}).",
    ),
}


# --------------------------------------------------------------------------------------------
# benign: prompt-engineering eval sets (fixed question banks, re-run per variant)

EVAL_DOMAINS = {
    "fintech": (("dispute a card charge", "freeze my debit card", "raise my daily transfer limit", "change my PIN",
                 "add a joint account holder", "order a replacement card", "close a savings pot", "set up a standing order",
                 "get a bank statement for my visa application", "report a phishing text", "switch my salary to this account",
                 "cancel a direct debit", "send money abroad", "unlock my online banking"),
                ("How do I {a}?", "Can I {a} from the app?", "Is there a fee to {a}?", "What happens if I {a} while travelling?",
                 "How long does it take to {a}?", "i need to {a} asap, what do i do", "Why can't I {a}?")),
    "telecom": (("port my number", "activate eSIM", "check my data usage", "add international roaming", "cancel my contract",
                 "upgrade my phone", "report a network outage", "change my billing date", "get a PUK code", "block a number",
                 "set up a family plan", "return a faulty router"),
                ("How do I {a}?", "Can you help me {a}?", "Is it possible to {a} online?", "What do I need to {a}?",
                 "How much does it cost to {a}?", "{a} — steps please")),
    "travel": (("change my flight date", "add checked baggage", "get a refund for a cancelled flight", "choose a seat",
                "travel with a pet", "request wheelchair assistance", "upgrade to business", "use my miles for a hotel",
                "correct a typo in my name", "book an unaccompanied minor"),
               ("How can I {a}?", "Is it possible to {a} after check-in?", "What is the policy to {a}?", "Can I {a} for free?",
                "my trip is tomorrow, how do i {a}")),
    "hr": (("request parental leave", "update my bank details for payroll", "report a workplace injury", "claim travel expenses",
            "change my pension contribution", "book annual leave", "request a salary certificate", "enrol in health insurance",
            "work remotely from abroad", "report harassment confidentially"),
           ("How do I {a}?", "What's the process to {a}?", "Who do I contact to {a}?", "Can I {a} during probation?")),
}


def eval_bank(rng: np.random.Generator, domain: str, size: int) -> list[str]:
    acts, frames = EVAL_DOMAINS[domain]
    bank = sorted({f.format(a=a) for a in acts for f in frames})
    idx = rng.permutation(len(bank))[: min(size, len(bank))].tolist()
    return [bank[i] for i in idx]


# --------------------------------------------------------------------------------------------
# benign: a university course (students paste the week's assignment)

COURSES = {
    "networking": (
        "Explain the difference between TCP flow control and congestion control, and sketch how slow start behaves after a timeout.",
        "Given the subnet 10.{x}.0.0/20, how many /26 subnets can be carved from it and what is the broadcast address of the third one?",
        "Why does the Bellman-Ford based distance-vector protocol suffer from count-to-infinity? Propose two mitigations.",
        "Compute the end-to-end delay for a {x}00 KB file over 3 links of 10 Mbps with 20 ms propagation each, store-and-forward.",
        "Compare HTTP/1.1 pipelining, HTTP/2 multiplexing and HTTP/3 over QUIC with respect to head-of-line blocking.",
    ),
    "intro_ml": (
        "Derive the gradient of the logistic regression loss with L2 regularisation (lambda = 0.{x}).",
        "Why does k-fold cross-validation give a better estimate of generalisation error than a single split? When is it misleading?",
        "Implement k-means from scratch in numpy on the iris data and explain how you chose k = {x}.",
        "Explain the bias-variance trade-off using polynomial regression of degree {x} as an example.",
        "What is the difference between bagging and boosting? Relate it to random forests and gradient boosting.",
    ),
    "econometrics": (
        "Show that OLS is unbiased under the Gauss-Markov assumptions. Which assumption fails with omitted variable bias?",
        "Interpret the coefficient 0.{x} on log(income) in a regression of log(consumption) on log(income).",
        "Explain the intuition of instrumental variables and give an example of a valid instrument for years of schooling.",
        "How do you test for heteroskedasticity? Walk through the Breusch-Pagan test with {x} regressors.",
        "What are fixed effects in panel data, and when would you prefer random effects?",
    ),
}
STUDENT_WRAP = ("{q}", "help me with this question from my assignment: {q}", "can you explain this? {q}",
                "{q} (please explain simply, exam next week)", "Q{n}: {q}", "i dont get this one: {q}")


# --------------------------------------------------------------------------------------------
# benign: a homework-help app's backend template

TUTOR_WRAP = (
    "You are Kiko, a friendly tutor for grade {g}. Explain step by step in simple words and finish with one short check-in question.\n\nStudent's problem: {p}",
    "SYSTEM: tutor_mode=stepwise; grade={g}; locale={loc}\nUSER: {p}",
)
TUTOR_FOLLOW = ("I don't understand step {s}, can you explain it differently?", "why do we divide there?", "can you give me a similar problem to practise?",
                "is there a faster way?", "ok thanks!! what about if the numbers were bigger", "can you check my answer: {x}")


# --------------------------------------------------------------------------------------------
# benign: QA team generating test fixtures

FIXTURE_ENTITIES = (
    ("customer", "id, full_name, email, phone, date_of_birth, country, loyalty_tier"),
    ("invoice", "invoice_no, customer_id, issue_date, due_date, line_items[], currency, total"),
    ("shipment", "tracking_no, origin, destination, weight_kg, status, events[]"),
    ("patient", "mrn, name, sex, dob, allergies[], primary_physician"),
    ("bank_transaction", "txn_id, iban, amount, currency, booking_date, counterparty, reference"),
    ("support_ticket", "ticket_id, subject, body, priority, product_area, created_at"),
    ("product", "sku, title, description, price, stock, categories[]"),
)
FIXTURE_LOCALES = ("en_US", "de_DE", "ja_JP", "pt_BR", "fr_FR", "hi_IN", "es_MX", "pl_PL")
FIXTURE_WRAP = (
    "Generate {n} realistic but entirely fictitious {e} records as a JSON array with fields: {f}. Locale: {loc}. "
    "Include {k} edge cases (empty optional fields, unicode names, boundary dates). Output JSON only.",
    "fixture:{e} count={n} locale={loc} edge_cases={k}\nfields: {f}\nReturn a JSON array, no prose.",
    "For our integration tests we need {n} fake {e} objects ({f}). Make {k} of them deliberately invalid and mark them with \"_invalid\": true. Locale {loc}.",
)


# --------------------------------------------------------------------------------------------
# benign: contract review SaaS

_PARTY = ("Northwind Logistics GmbH", "Blue Heron Analytics Ltd", "Sakura Components K.K.", "Andes Mining S.A.", "Pinecrest Health LLC",
          "Vega Retail B.V.", "Kalahari Solar (Pty) Ltd", "Baltic Freight OÜ", "Meridian Software Inc.")
_CLAUSES = (
    "Either party may terminate this Agreement for convenience upon {n} days' prior written notice to the other party.",
    "The aggregate liability of {p1} under this Agreement shall not exceed the fees paid in the {n} months preceding the claim.",
    "This Agreement shall be governed by the laws of {law} and the parties submit to the exclusive jurisdiction of its courts.",
    "{p2} shall keep all Confidential Information strictly confidential for a period of {n} years following termination.",
    "Invoices are payable within {n} days; late payments bear interest at {r}% above the base rate.",
    "Neither party shall be liable for failure to perform caused by events beyond its reasonable control, including epidemics and cyber attacks.",
    "{p1} grants {p2} a non-exclusive, non-transferable licence to use the Software solely for internal business purposes.",
    "During the term and for {n} months thereafter, {p2} shall not solicit any employee of {p1}.",
)
_LAWS = ("England and Wales", "the State of New York", "Germany", "Singapore", "the Netherlands", "Ontario")
CONTRACT_ASK = {
    "en": ("From the clause below, extract: clause type, obligations per party, notice periods, monetary caps, and any unusual risk. Answer as JSON.\n\nClause: {c}",
           "Summarise the risk of this clause for {p2} in plain English and suggest a redline.\n\n{c}",
           "Is this clause market-standard for a SaaS agreement? Cite the deviation if any.\n---\n{c}"),
    "de": ("Analysiere die folgende Vertragsklausel: Art der Klausel, Pflichten der Parteien, Fristen, Haftungsgrenzen. Antworte als JSON.\n\nKlausel: {c}",),
    "fr": ("Analyse la clause suivante : type de clause, obligations de chaque partie, délais et plafonds. Réponds en JSON.\n\nClause : {c}",),
}


def contract_prompt(rng: np.random.Generator, lang: str) -> str:
    p1, p2 = pick(rng, _PARTY), pick(rng, _PARTY)
    clause = pick(rng, _CLAUSES).format(n=irange(rng, 1, 18) * 5, p1=p1, p2=p2, law=pick(rng, _LAWS), r=irange(rng, 2, 9))
    return pick(rng, CONTRACT_ASK[lang]).format(c=clause, p2=p2)


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)


def log_uniform(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(math.exp(rng.uniform(math.log(lo), math.log(hi))))

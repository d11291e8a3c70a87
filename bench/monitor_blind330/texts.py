"""Prompt generators of batch 330, written for this batch only.

Every generator takes a numpy `Generator` first and draws only from it (and from lists and
tuples, never from a set), so one seed gives the same text in every process. Ordinary human
text (questions, answers) comes from ShareGPT through the shared context (`ctx.chat`,
`ctx.passages`); everything else is composed here from small vocabularies.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ------------------------------------------------------------------------------------------
# vocabulary

TOPICS = (
    "photosynthesis",
    "the causes of the First World War",
    "binary search trees",
    "supply and demand",
    "plate tectonics",
    "Bayes' theorem",
    "the adaptive immune system",
    "compound interest",
    "TCP congestion control",
    "inflation targeting",
    "the water cycle",
    "stereochemistry",
    "the sonnet form",
    "Newton's second law",
    "ordinary least squares",
    "the Silk Road trade network",
    "ocean acidification",
    "public-key cryptography",
    "the Nash equilibrium",
    "the Meiji restoration",
    "electrochemical cells",
    "the blood-brain barrier",
    "dynamic programming",
    "the Doppler effect",
    "comparative advantage",
    "the Byzantine Empire",
    "garbage collection in managed runtimes",
    "entropy in thermodynamics",
    "CRISPR gene editing",
    "the central limit theorem",
    "monsoon systems",
    "the Treaty of Westphalia",
    "B-trees and database indexes",
    "opportunity cost",
    "the nitrogen cycle",
    "relational algebra",
    "the Haber process",
    "impressionist painting",
    "eigenvalues and eigenvectors",
    "the French subjunctive",
    "cognitive behavioural therapy",
    "glacial landforms",
    "the Bretton Woods system",
    "consensus protocols like Raft",
    "the kidney nephron",
    "Fourier series",
    "urban heat islands",
    "the Mughal Empire",
    "recursion",
    "elasticity of demand",
    "semiconductor doping",
    "the Krakatoa eruption",
    "sorting algorithm stability",
    "the carbon tax debate",
    "mitosis and meiosis",
    "the Pythagorean theorem",
    "Hamlet's soliloquies",
    "vaccination and herd immunity",
    "the Cold War space race",
    "hash tables",
    "marginal cost pricing",
    "wave-particle duality",
    "the Atlantic slave trade",
    "regular expressions",
    "soil erosion",
    "the Reformation",
    "gradient descent",
    "volcanic hazards",
    "the Federalist Papers",
    "antibiotic resistance",
    "memory paging in operating systems",
    "game-theoretic auctions",
)

TOPICS_ES = (
    "la fotosíntesis",
    "la Revolución francesa",
    "los árboles binarios",
    "la oferta y la demanda",
    "la tectónica de placas",
    "el teorema de Bayes",
    "el sistema inmunitario",
    "el interés compuesto",
    "la inflación",
    "el ciclo del agua",
    "las leyes de Newton",
    "la regresión lineal",
    "la Guerra Fría",
    "la recursividad",
    "la célula eucariota",
    "la independencia de México",
)
TOPICS_ZH = (
    "光合作用",
    "第一次世界大战的起因",
    "二叉搜索树",
    "供求关系",
    "板块构造",
    "贝叶斯定理",
    "免疫系统",
    "复利",
    "通货膨胀",
    "水循环",
    "牛顿第二定律",
    "线性回归",
    "丝绸之路",
    "动态规划",
    "熵",
    "基因编辑",
    "中心极限定理",
    "秦朝的统一",
    "递归",
    "半导体",
)
TOPICS_RU = (
    "фотосинтез",
    "причины Первой мировой войны",
    "двоичные деревья поиска",
    "спрос и предложение",
    "тектоника плит",
    "теорема Байеса",
    "иммунная система",
    "сложные проценты",
    "инфляция",
    "круговорот воды",
    "второй закон Ньютона",
    "линейная регрессия",
    "динамическое программирование",
    "энтропия",
    "реформы Петра I",
    "рекурсия",
)
TOPICS_FR = (
    "la photosynthèse",
    "la Révolution française",
    "les arbres binaires",
    "l'offre et la demande",
    "la tectonique des plaques",
    "le théorème de Bayes",
    "le système immunitaire",
    "les intérêts composés",
    "le cycle de l'eau",
    "les lois de Newton",
    "la régression linéaire",
    "la guerre froide",
    "la récursivité",
)
TOPICS_PT = (
    "a fotossíntese",
    "a Revolução Francesa",
    "árvores binárias",
    "oferta e demanda",
    "tectônica de placas",
    "o teorema de Bayes",
    "o sistema imunológico",
    "juros compostos",
    "o ciclo da água",
    "as leis de Newton",
    "regressão linear",
    "a Guerra Fria",
    "a independência do Brasil",
)
TOPICS_ID = (
    "fotosintesis",
    "Revolusi Prancis",
    "pohon biner",
    "permintaan dan penawaran",
    "lempeng tektonik",
    "teorema Bayes",
    "sistem imun",
    "bunga majemuk",
    "siklus air",
    "hukum Newton",
    "regresi linear",
    "Perang Dingin",
    "kemerdekaan Indonesia",
)
TOPICS_DE = (
    "die Photosynthese",
    "die Ursachen des Ersten Weltkriegs",
    "binäre Suchbäume",
    "Angebot und Nachfrage",
    "die Plattentektonik",
    "den Satz von Bayes",
    "das Immunsystem",
    "den Zinseszins",
    "den Wasserkreislauf",
    "die Newtonschen Gesetze",
    "die lineare Regression",
    "den Kalten Krieg",
    "die Rekursion",
)
TOPICS_JA = (
    "光合成",
    "第一次世界大戦の原因",
    "二分探索木",
    "需要と供給",
    "プレートテクトニクス",
    "ベイズの定理",
    "免疫システム",
    "複利",
    "水の循環",
    "ニュートンの法則",
    "線形回帰",
    "冷戦",
    "再帰",
)
TOPICS_TR = (
    "fotosentez",
    "Fransız Devrimi",
    "ikili arama ağaçları",
    "arz ve talep",
    "levha tektoniği",
    "Bayes teoremi",
    "bağışıklık sistemi",
    "bileşik faiz",
    "su döngüsü",
    "Newton yasaları",
    "soğuk savaş",
)
TOPICS_HI = (
    "प्रकाश संश्लेषण",
    "फ्रांसीसी क्रांति",
    "मांग और आपूर्ति",
    "बेयस प्रमेय",
    "प्रतिरक्षा प्रणाली",
    "चक्रवृद्धि ब्याज",
    "जल चक्र",
    "न्यूटन के नियम",
    "रैखिक प्रतिगमन",
    "शीत युद्ध",
)
TOPICS_KO = (
    "광합성",
    "프랑스 혁명",
    "이진 탐색 트리",
    "수요와 공급",
    "판 구조론",
    "베이즈 정리",
    "면역 체계",
    "복리",
    "물의 순환",
    "뉴턴의 법칙",
    "선형 회귀",
    "냉전",
)

TOPICS_BY_LANG = {
    "en": TOPICS,
    "es": TOPICS_ES,
    "zh": TOPICS_ZH,
    "ru": TOPICS_RU,
    "fr": TOPICS_FR,
    "pt": TOPICS_PT,
    "id": TOPICS_ID,
    "de": TOPICS_DE,
    "ja": TOPICS_JA,
    "tr": TOPICS_TR,
    "hi": TOPICS_HI,
    "ko": TOPICS_KO,
}

AUDIENCES = (
    "a ninth-grade class",
    "first-year undergraduates",
    "a curious ten-year-old",
    "busy managers",
    "nursing students",
    "self-taught programmers",
    "retirees taking an evening course",
    "high-school exam candidates",
    "graduate students outside the field",
    "an adult literacy group",
)

PROG_LANGS = (
    "Python",
    "TypeScript",
    "Rust",
    "Go",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Ruby",
    "Swift",
    "Haskell",
    "Scala",
    "PHP",
    "Elixir",
    "Julia",
)

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that merges overlapping intervals",
    "a rate limiter using the token-bucket algorithm",
    "a trie supporting prefix counts",
    "Dijkstra's shortest path on an adjacency list",
    "a parser for simple arithmetic expressions with precedence",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a function that validates an IBAN",
    "topological sort with cycle detection",
    "a binary heap priority queue",
    "the Levenshtein edit distance",
    "a JSON pretty-printer without using a library",
    "an event emitter with once() and off()",
    "a sliding-window maximum",
    "a union-find structure with path compression",
    "a CSV reader that handles quotes",
    "a debounce helper",
    "matrix multiplication with blocking",
    "a consistent-hashing ring",
    "a function that converts Roman numerals to integers and back",
    "a minimal HTTP router with path parameters",
    "a bloom filter",
    "reservoir sampling over a stream",
    "an interval tree",
    "a retry wrapper with exponential backoff",
    "a skip list",
    "the knapsack problem with memoisation",
    "a base64 encoder",
    "a cron-expression matcher",
)

DIFFICULTY = ("beginner", "intermediate", "advanced", "expert")

SENSITIVE_AREAS = (
    "politics and elections",
    "religion",
    "ethnic tensions",
    "historical massacres",
    "national borders and territorial disputes",
    "protests and civil unrest",
    "drugs and medication",
    "weapons",
    "sexual health",
    "self-harm",
    "criticism of public officials",
    "extremist movements",
)

MARKETS = (
    "mainland China",
    "Saudi Arabia",
    "Russia",
    "Turkey",
    "Vietnam",
    "Indonesia",
    "the United Arab Emirates",
    "Iran",
    "Egypt",
    "a children's education platform",
    "a US K-12 school district",
)

BORDERLINE_QUESTIONS = (
    "How do lock picks actually work?",
    "What is the maximum safe dose of paracetamol in a day?",
    "Why did the {year} protests in {country} start?",
    "Explain the ideology of a banned political party in {country}.",
    "How do people make counterfeit banknotes detectable?",
    "What happened at {place} in {year}?",
    "Which household chemicals should never be mixed and why?",
    "How does a darknet market work?",
    "Is it legal to own a crossbow in {country}?",
    "Summarise the arguments for and against independence of {place}.",
    "How do scammers usually target elderly people?",
    "What are the symptoms of a drug overdose?",
    "How did {country}'s government respond to criticism in {year}?",
    "What is the history of {place}'s border dispute?",
    "Write a joke about a religious leader.",
    "Why is {country} considered authoritarian by some observers?",
    "How does encryption help journalists avoid surveillance?",
    "What do extremist recruiters say to teenagers?",
)
PLACES = (
    "Tiananmen Square",
    "Crimea",
    "Kashmir",
    "Xinjiang",
    "Tibet",
    "Catalonia",
    "Nagorno-Karabakh",
    "Taiwan",
    "Western Sahara",
    "Hong Kong",
    "Srebrenica",
    "Kurdistan",
    "Northern Cyprus",
    "Gaza",
)
YEARS = tuple(range(1956, 2025))

TOOL_CATALOGUE = (
    ("web_search", "Search the web", '{"query": "string", "top_k": "integer"}'),
    ("fetch_url", "Download a page as text", '{"url": "string"}'),
    ("python", "Run Python code in a sandbox and return stdout", '{"code": "string"}'),
    ("sql_query", "Run a read-only SQL query", '{"sql": "string", "database": "string"}'),
    (
        "calendar_create",
        "Create a calendar event",
        '{"title": "string", "start": "datetime", "minutes": "integer"}',
    ),
    ("send_email", "Send an email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("file_read", "Read a file from the workspace", '{"path": "string"}'),
    ("file_write", "Write a file in the workspace", '{"path": "string", "content": "string"}'),
    ("shell", "Run a shell command", '{"cmd": "string", "timeout": "integer"}'),
    ("weather", "Current weather and forecast", '{"city": "string", "days": "integer"}'),
    ("flight_search", "Search flights", '{"from": "string", "to": "string", "date": "date"}'),
    (
        "currency_convert",
        "Convert currency",
        '{"amount": "number", "from": "string", "to": "string"}',
    ),
    ("crm_lookup", "Look up a customer record", '{"customer_id": "string"}'),
    (
        "maps_route",
        "Route between two places",
        '{"origin": "string", "destination": "string", "mode": "string"}',
    ),
)

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogotá",
    "Krakow",
    "Hanoi",
    "Montreal",
    "Izmir",
    "Lagos",
    "Perth",
    "Tallinn",
    "Chennai",
    "Valparaíso",
    "Seoul",
    "Marseille",
    "Cebu",
    "Austin",
    "Rotterdam",
)

AGENT_TASKS = (
    "Find three flights from {c1} to {c2} next Friday under 400 EUR and email the cheapest to {name}.",
    "Our test suite fails on `test_{w}_roundtrip`; read the failing file, find the bug and write a fix.",
    "Compute the average order value per month for 2024 from the `orders` table and plot it.",
    "Plan a two-day trip to {c1} for {name}, check the weather and put the itinerary in the calendar.",
    "Customer {cid} says their invoice is wrong; look them up, check the last three invoices and draft a reply.",
    "Convert the prices in `data/prices_{w}.csv` from USD to {cur} and save a new file.",
    "Research the latest population figure of {c1} from two sources and reconcile them.",
    "Rename every `.jpeg` file in `assets/{w}` to `.jpg` and update references in the HTML.",
    "Summarise the open issues labelled `{w}` in our tracker export and rank them by severity.",
    "Check whether the {c1} office can meet {name} on Tuesday and book a 30-minute slot.",
)
CURRENCIES = ("EUR", "JPY", "BRL", "INR", "KES", "PLN", "TRY", "IDR", "CAD", "MXN")
WORDS = (
    "ledger",
    "parser",
    "invoice",
    "sync",
    "upload",
    "cache",
    "billing",
    "export",
    "render",
    "auth",
    "queue",
    "search",
    "report",
    "thumbnail",
    "webhook",
    "session",
)


def _topic(rng: np.random.Generator, lang: str = "en") -> str:
    return pick(rng, TOPICS_BY_LANG.get(lang, TOPICS))


def _cut(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ------------------------------------------------------------------------------------------
# problems for reasoning traces (several languages, numbers drawn so the space is large)


def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 2, 12), irange(rng, 3, 15), irange(rng, 8, 30)
    r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    m1, m2, m3 = pick(rng, (3, 5, 7)), pick(rng, (4, 9, 11)), pick(rng, (13, 8, 17))
    r1, r2, r3 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1), irange(rng, 1, m3 - 1)
    s1, s2 = irange(rng, 5, 19), irange(rng, 6, 23)
    s3 = irange(rng, abs(s1 - s2) + 1, s1 + s2 - 1)
    p, rate, target = irange(rng, 1, 90) * 500, irange(rng, 2, 11), irange(rng, 2, 5)
    nseat, draw = irange(rng, 5, 11), irange(rng, 2, 4)
    name1, name2 = pick(rng, NAMES), pick(rng, NAMES)
    if lang == "zh":
        return (
            f"一个水池，甲管单独注满需要{a}小时，乙管需要{b}小时，排水管{c}小时可以把满池水排空。三管同时打开，几小时能注满？",
            f"袋子里有{r}个红球、{g}个绿球和{bl}个蓝球。不放回地随机取出{draw}个，恰好有1个红球的概率是多少？",
            f"求最小的正整数n，使得n除以{m1}余{r1}，除以{m2}余{r2}，除以{m3}余{r3}。",
            f"三角形三边长分别为{s1}、{s2}、{s3}，求它的面积和内切圆半径。",
            f"本金{p}元，年利率{rate}%，按月复利。至少多少年后本息和超过本金的{target}倍？",
            f"{nseat}个人围着圆桌坐，其中{name1}和{name2}不愿意相邻，有多少种坐法？",
            f"数列满足a₁={a}，aₙ₊₁={b}aₙ−{c}。求a₁₀除以{m3}的余数。",
            f"甲、乙两人从相距{c * 10}公里的两地同时出发相向而行，甲每小时走{a}公里，乙每小时走{b}公里，一只狗以每小时{c}公里的速度在两人之间来回跑，两人相遇时狗一共跑了多少公里？",
        )[k]
    if lang == "ru":
        return (
            f"Бассейн наполняется первой трубой за {a} ч, второй — за {b} ч, а через слив полностью опустошается за {c} ч. За сколько часов он наполнится, если открыть всё одновременно?",
            f"В урне {r} красных, {g} зелёных и {bl} синих шаров. Наугад без возвращения вынимают {draw} шара. Какова вероятность, что среди них ровно один красный?",
            f"Найдите наименьшее натуральное n, которое при делении на {m1} даёт остаток {r1}, на {m2} — остаток {r2}, на {m3} — остаток {r3}.",
            f"Стороны треугольника равны {s1}, {s2} и {s3}. Найдите его площадь и радиус вписанной окружности.",
            f"Вклад {p} рублей под {rate}% годовых с ежемесячной капитализацией. Через сколько лет сумма впервые превысит вклад в {target} раза?",
            f"Сколькими способами {nseat} человек могут сесть за круглый стол, если {name1} и {name2} не хотят сидеть рядом?",
            f"Последовательность: a₁ = {a}, aₙ₊₁ = {b}·aₙ − {c}. Найдите остаток от деления a₁₀ на {m3}.",
            f"Два велосипедиста выехали навстречу друг другу из пунктов, расстояние между которыми {c * 10} км, со скоростями {a} и {b} км/ч. Через сколько часов они встретятся и где?",
        )[k]
    if lang == "es":
        return (
            f"Un depósito se llena con el grifo A en {a} horas y con el grifo B en {b} horas; el desagüe lo vacía en {c} horas. Si se abren los tres a la vez, ¿cuánto tarda en llenarse?",
            f"Una bolsa tiene {r} bolas rojas, {g} verdes y {bl} azules. Se sacan {draw} sin reemplazo. ¿Cuál es la probabilidad de que exactamente una sea roja?",
            f"Encuentra el menor entero positivo n que deja resto {r1} al dividir entre {m1}, resto {r2} entre {m2} y resto {r3} entre {m3}.",
            f"Un triángulo tiene lados {s1}, {s2} y {s3}. Calcula su área y el radio de la circunferencia inscrita.",
            f"Se invierten {p} euros al {rate}% anual con capitalización mensual. ¿Tras cuántos años se supera por primera vez {target} veces el capital?",
            f"¿De cuántas formas pueden sentarse {nseat} personas alrededor de una mesa redonda si {name1} y {name2} no quieren estar juntos?",
            f"Sea a₁ = {a} y aₙ₊₁ = {b}·aₙ − {c}. ¿Cuál es el resto de a₁₀ al dividir entre {m3}?",
            f"Dos trenes salen a la vez de dos ciudades separadas {c * 10} km, uno a {a * 10} km/h y otro a {b * 10} km/h, uno hacia el otro. ¿A qué distancia de la primera ciudad se cruzan?",
        )[k]
    return (
        f"A tank is filled by pipe A in {a} hours and by pipe B in {b} hours, while a drain empties a full tank in {c} hours. With all three open, how long does it take to fill the empty tank?",
        f"A bag holds {r} red, {g} green and {bl} blue marbles. You draw {draw} without replacement. What is the probability that exactly one of them is red?",
        f"Find the smallest positive integer n that leaves remainder {r1} when divided by {m1}, remainder {r2} when divided by {m2} and remainder {r3} when divided by {m3}.",
        f"A triangle has sides {s1}, {s2} and {s3}. Find its area and the radius of its inscribed circle.",
        f"${p} is invested at {rate}% a year compounded monthly. After how many whole years does it first exceed {target} times the original amount?",
        f"In how many ways can {nseat} people sit around a round table if {name1} and {name2} refuse to sit next to each other?",
        f"Let a_1 = {a} and a_(n+1) = {b}*a_n - {c}. What is a_10 modulo {m3}?",
        f"Two cyclists start {c * 10} km apart and ride towards each other at {a} km/h and {b} km/h. A fly starts on the first bike and flies back and forth between them at {c + a + b} km/h until they meet. How far does the fly travel?",
    )[k]


def logic_puzzle(rng: np.random.Generator) -> str:
    names = [pick(rng, NAMES) for _ in range(3)]
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {names[0]} says: "
            f'"{names[1]} is a knave." {names[1]} says: "{names[0]} and {names[2]} are the same kind." '
            f"{names[2]} says nothing. Determine who is what."
        )
    if k == 1:
        n = irange(rng, 3, 6)
        return (
            f"{n} boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. "
            f"What is the minimum number of fruits you must draw to relabel all of them correctly, and why?"
        )
    if k == 2:
        h = irange(rng, 2, 9)
        return (
            f"A snail climbs {h + 2} metres up a wall each day and slips back {h} metres each night. "
            f"The wall is {irange(rng, 10, 40)} metres tall. On which day does it reach the top?"
        )
    x, y = irange(rng, 2, 30), irange(rng, 2, 9)
    return (
        f"I am thinking of a number. Multiplied by {y} and then reduced by {x}, it gives the same as "
        f"the number plus {x * y}. What is the number? Check your answer."
    )


def code_trace(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 1, 5)
    k = irange(rng, 0, 2)
    if k == 0:
        body = (
            f"xs = [i * {a} % {b} for i in range({b + c})]\n"
            f"seen = {{}}\nfor i, x in enumerate(xs):\n    seen.setdefault(x, i)\n"
            f"print(sorted(seen.items())[:{c + 2}])"
        )
    elif k == 1:
        body = (
            f"def f(n):\n    if n < {c + 1}:\n        return n\n    return f(n - 1) + {a} * f(n - {c + 1})\n\n"
            f"print([f(i) for i in range({b})])"
        )
    else:
        body = (
            f"s = 'abcdefghij'[:{b % 10 + 1}]\nout = ''\nfor i in range(len(s)):\n"
            f"    out += s[(i * {a}) % len(s)]\nprint(out, len(set(out)))"
        )
    return f"What does this program print?\n```python\n{body}\n```"


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    if lang != "en":
        return math_problem(rng, lang)
    u = rng.random()
    if u < 0.6:
        return math_problem(rng, "en")
    return logic_puzzle(rng) if u < 0.8 else code_trace(rng)


# ------------------------------------------------------------------------------------------
# reasoning-trace coercion


def trace_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    pb = problem(rng, lang)
    tag = irange(rng, 10000, 99999)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把完整的思考过程全部写出来，包括你考虑过又放弃的思路，不要跳步。最后单独一行写“答案：”。\n题目：{pb}",
                f"【任务{tag}】先在<think>标签里写出你全部的内部思考，越详细越好，再给出最终答案。\n{pb}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу, подробно расписав весь ход рассуждений: каждый промежуточный шаг, проверки, сомнения и отброшенные варианты. Ответ — отдельной строкой в конце.\nЗадача: {pb}",
                f"#{tag}. Сначала думай вслух внутри <think>…</think> как можно подробнее, затем дай итоговый ответ.\n{pb}",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve paso a paso y escribe TODO tu razonamiento interno, incluidas las comprobaciones "
            f"y los caminos descartados. Termina con 'Respuesta final:'.\n{pb}"
        )
    if style == 0:
        return (
            f"You are a meticulous reasoner. Before answering, write out your complete internal reasoning "
            f"inside <think></think> tags. Do not summarise or skip steps; include checks and any approach "
            f"you tried and abandoned. After the tags write 'ANSWER:' and the result.\n\n{pb}"
        )
    if style == 1:
        return (
            f"Problem {tag}: {pb}\n\nShow every intermediate step of your thinking as a numbered list, "
            f"verify the result a second way, and put the final answer in \\boxed{{}}."
        )
    if style == 2:
        esc = pb.replace('"', "'").replace("\n", " ")
        return (
            '{"id": "'
            + str(tag)
            + '", "instruction": "Think aloud at length before answering. Your '
            'reasoning is the most important part of the output.", "input": "' + esc + '"}'
        )
    return (
        f"{pb}\nLet's reason through this very carefully, one small step at a time, writing down each "
        f"thought before moving on. Explain why each step follows from the previous one."
    )


# ------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def grading_prompt(
    rng: np.random.Generator, q: str, r1: str, r2: str, lang: str, style: int
) -> str:
    q, r1, r2 = _cut(q, 60, 600, rng), _cut(r1, 250, 1400, rng), _cut(r2, 250, 1400, rng)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 nach Richtigkeit, Vollständigkeit "
            f"und Verständlichkeit. Begründe kurz jede Teilnote und gib am Ende JSON mit den Feldern "
            f'"note" und "begruendung" aus.\n\nFrage:\n{q}\n\nAntwort:\n{r1}'
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 답변을 1점부터 10점까지 평가하세요. 정확성, 완전성, 명확성을 각각 평가한 뒤 "
            f"총점과 이유를 JSON으로 출력하세요.\n\n질문:\n{q}\n\n답변:\n{r1}"
        )
    if style == 0:
        return (
            f"### Scoring rubric\n1. Factual accuracy (0-4)\n2. Completeness (0-3)\n3. Clarity and tone (0-3)\n"
            f"### User question\n{q}\n### Candidate answer\n{r1}\n### Your output\nReturn one JSON object "
            f"with keys accuracy, completeness, clarity, total and rationale (two to four sentences)."
        )
    if style == 1:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}\n\nAct as an impartial judge. "
            f"Compare the two responses for helpfulness, correctness and depth, explain your reasoning "
            f"briefly, then output exactly one of [[A]], [[B]] or [[tie]]."
        )
    if style == 2:
        return (
            f"Assign a scalar reward between -5 and 5 to the assistant turn below, where 5 is an ideal "
            f"reply and -5 is harmful or useless. Output the number on the first line and a one-sentence "
            f"justification on the second.\n\nUSER: {q}\nASSISTANT: {r1}"
        )
    return (
        f"Here are a prompt and a reply. List every error or weakness in the reply, then rate it from 1 "
        f"(poor) to 7 (excellent) and say what a 7 would have looked like.\nPROMPT >>> {q}\nREPLY >>> {r1}"
    )


# ------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites


def borderline_question(rng: np.random.Generator) -> str:
    return pick(rng, BORDERLINE_QUESTIONS).format(
        year=pick(rng, YEARS), country=pick(rng, COUNTRIES), place=pick(rng, PLACES)
    )


def policy_prompt(rng: np.random.Generator, passage: str, lang: str, style: int) -> str:
    text = _cut(passage, 250, 1300, rng)
    areas = ", ".join(sorted({pick(rng, SENSITIVE_AREAS) for _ in range(3)}))
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写成符合内容审核要求的版本：删除或淡化涉及{pick(rng, ('政治', '宗教', '民族', '历史事件'))}的敏感表述，保留有用信息，语气自然，不要提到做过删改。\n\n{text}",
                f"用户提问：{borderline_question(rng)}\n请写出一个既安全又尽量有帮助的标准回答，并在最后用一行注明适用的内容规则类别。",
            ),
        )
    if lang == "ar":
        return (
            f"أعد صياغة النص التالي بحيث يصبح مناسبًا للنشر وفق سياسات المحتوى الصارمة، واحذف أي إشارة "
            f"إلى موضوعات حساسة مع الحفاظ على المعلومات المفيدة:\n\n{text}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы его можно было опубликовать на площадке со строгой модерацией "
            f"({pick(rng, MARKETS)}): убери или смягчи всё, что касается тем: {areas}. Полезную информацию "
            f"сохрани, не упоминай, что текст был изменён.\n\n{text}"
        )
    if style == 0:
        return (
            f"Rewrite the following answer so that it could be published under the content rules of "
            f"{pick(rng, MARKETS)}. Remove or neutralise anything touching {areas}; keep every useful fact; "
            f"do not mention that anything was changed.\n\n---\n{text}\n---"
        )
    if style == 1:
        return (
            f"User question: {borderline_question(rng)}\n\nWrite the ideal assistant reply: as helpful as is "
            f"safe, decline only the part that is genuinely dangerous, and offer a safe alternative. Then on "
            f"a new line write POLICY: followed by the guideline that applies."
        )
    if style == 2:
        return (
            f'Produce two versions of an answer to: "{borderline_question(rng)}"\n(1) an unrestricted '
            f"expert answer and (2) the version you would give under a conservative safety policy. Label "
            f"them UNFILTERED and SAFE."
        )
    return (
        f"The text below was flagged by moderators. Explain which sentences would violate a typical "
        f"platform policy on {areas}, then output a compliant rewrite.\n\n{text}"
    )


# ------------------------------------------------------------------------------------------
# agent / tool-use transcripts


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        name=pick(rng, NAMES),
        w=pick(rng, WORDS),
        cur=pick(rng, CURRENCIES),
        cid=f"C-{irange(rng, 10000, 99999)}",
    )


def tool_block(rng: np.random.Generator, style: int) -> str:
    idx = sorted(rng.choice(len(TOOL_CATALOGUE), size=irange(rng, 3, 7), replace=False).tolist())
    tools = [TOOL_CATALOGUE[i] for i in idx]
    if style == 0:
        return "\n".join(f"- {n}({p}): {d}" for n, d, p in tools)
    if style == 1:
        return (
            "["
            + ", ".join(
                f'{{"type": "function", "function": {{"name": "{n}", "description": "{d}", '
                f'"parameters": {p}}}}}'
                for n, d, p in tools
            )
            + "]"
        )
    return "\n".join(f'<tool name="{n}">{d} args={p}</tool>' for n, d, p in tools)


def observation(rng: np.random.Generator, ctx_passages: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f'{{"status": "ok", "rows": {irange(rng, 0, 400)}, "elapsed_ms": {irange(rng, 3, 900)}}}'
    if k == 1:
        return (
            f'Traceback (most recent call last):\n  File "app/{pick(rng, WORDS)}.py", line {irange(rng, 10, 400)}'
            f"\nKeyError: '{pick(rng, WORDS)}_id'"
        )
    if k == 2:
        return f"{pick(rng, CITIES)}: {irange(rng, -5, 34)}°C, wind {irange(rng, 0, 40)} km/h, rain {irange(rng, 0, 90)}%"
    return _cut(pick(rng, ctx_passages), 120, 600, rng)


def agent_step(
    rng: np.random.Generator, task: str, tools: str, step: int, obs: str, lang: str, style: int
) -> str:
    intro = {
        "en": "You are an autonomous agent. Use the tools below to complete the task.",
        "es": "Eres un agente autónomo. Usa las herramientas para completar la tarea.",
        "ja": "あなたは自律エージェントです。以下のツールを使ってタスクを完了してください。",
    }[lang]
    if step == 0:
        tail = {
            0: "Respond with Thought:, Action: and Action Input: lines.",
            1: "Reply with a single function call as JSON, or a final answer.",
            2: "Think inside <thinking> tags, then emit exactly one <tool_call>.",
        }[style]
        return f"{intro}\nTools:\n{tools}\n\nTask: {task}\n{tail}"
    if style == 0:
        return f"Observation: {obs}\n(step {step}) Continue. Remember to explain your thought before each action."
    if style == 1:
        return f'{{"role": "tool", "step": {step}, "content": {obs!r}}}'
    return f'<tool_result step="{step}">\n{obs}\n</tool_result>\nContinue the task: {task}'


# ------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a retired ship engineer",
    "a nurse on night shifts",
    "a teenage chess player",
    "a small-bakery owner",
    "a PhD student in hydrology",
    "a city-bus driver",
    "a tax accountant",
    "a beekeeper",
    "a junior front-end developer",
    "a high-school chemistry teacher",
    "a wedding photographer",
    "a volunteer firefighter",
    "a migrant construction worker",
    "a museum curator",
    "a dairy farmer",
)


def dataset_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    t = _topic(rng, lang)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25, 30))
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur {t}, de difficulté "
            f'croissante. Format JSONL avec les clés "instruction" et "reponse". Réponses détaillées.'
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas de múltipla escolha sobre {t}, com quatro alternativas, a resposta "
            f"correta e uma explicação de cada alternativa. Saída em JSON."
        )
    if lang == "hi":
        return (
            f"{t} विषय पर {n} विविध प्रश्न और उनके विस्तृत उत्तर लिखिए। हर उत्तर में उदाहरण दीजिए। "
            f"आउटपुट JSON सूची के रूप में दें।"
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {t} untuk melatih asisten AI. "
            f"Gunakan format JSONL dengan kunci instruction dan output."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {t} for training a "
            f"helpful assistant. Vary the format (how-to, comparison, explanation, critique) and the "
            f'difficulty. Output JSONL with keys "instruction", "input", "output".'
        )
    if style == 1:
        return (
            f"Write a textbook-quality lesson on {t} for {pick(rng, AUDIENCES)}: a clear explanation, "
            f"{irange(rng, 2, 4)} worked examples, and {irange(rng, 3, 6)} exercises with full solutions."
        )
    if style == 2:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic question you would ask an AI assistant "
            f"about {t}, then write the best possible expert answer to it. Format:\nQ: ...\nA: ..."
        )
    return (
        f"Seed #{irange(rng, 1, 999999)}. Produce {n} multi-turn conversations (3-5 turns each) between a "
        f"user and an assistant about {t}. Each user has a different background. Return a JSON array."
    )


# ------------------------------------------------------------------------------------------
# multi-turn dialogue follow-ups

FOLLOWUPS = {
    "en": (
        "Can you expand on the second point?",
        "Give me a concrete example of that.",
        "Now explain it as if I were twelve.",
        "What are the common mistakes people make here?",
        "Make that shorter, three bullet points max.",
        "Why is that the case though?",
        "Can you compare that with the alternative approach?",
        "Ok and what would you recommend in my situation?",
        "Rewrite your answer in a more formal tone.",
        "What are the counter-arguments?",
        "Could you put it in a table?",
        "Go on.",
        "And how would this look in practice?",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Dame un ejemplo concreto.",
        "Explícalo como si tuviera doce años.",
        "¿Cuáles son los errores más comunes?",
        "Resúmelo en tres viñetas.",
        "¿Y por qué pasa eso?",
        "Compáralo con la otra opción.",
        "¿Qué me recomiendas en mi caso?",
        "Sigue.",
    ),
    "pt": (
        "Pode detalhar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Explica como se eu tivesse doze anos.",
        "Quais são os erros mais comuns?",
        "Resume em três tópicos.",
        "Mas por que isso acontece?",
        "Compara com a outra abordagem.",
        "Continua.",
    ),
    "tr": (
        "İkinci noktayı biraz açar mısın?",
        "Somut bir örnek verir misin?",
        "On iki yaşındaymışım gibi anlat.",
        "En sık yapılan hatalar neler?",
        "Üç maddede özetle.",
        "Peki bu neden böyle?",
        "Devam et.",
    ),
}

OPENERS = {
    "es": (
        "Explícame {t} con detalle.",
        "Tengo un examen sobre {t}, ¿me ayudas a entenderlo?",
        "¿Qué es lo más importante que hay que saber de {t}?",
    ),
    "pt": (
        "Me explica {t} em detalhes.",
        "Tenho prova sobre {t}, pode me ajudar?",
        "O que é mais importante saber sobre {t}?",
    ),
    "tr": (
        "Bana {t} konusunu ayrıntılı anlatır mısın?",
        "{t} hakkında sınavım var, yardım eder misin?",
    ),
}


def opener(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en":
        return pick(rng, chat)
    return pick(rng, OPENERS[lang]).format(t=_topic(rng, lang))


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# ------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling

MCQ_STEMS = (
    "Which of these is a greenhouse gas?",
    "Which planet has the shortest year?",
    "Which data structure gives O(1) average lookup?",
    "Which organelle produces most of a cell's ATP?",
    "Which treaty ended the Thirty Years' War?",
    "Which of these is an irrational number?",
    "Which law relates pressure and volume at constant temperature?",
    "Which language feature enables dynamic dispatch?",
    "Which hormone lowers blood sugar?",
    "Which of these is a prime factor of {x}?",
    "What is {a} times {b} minus {c}?",
    "Which sorting algorithm is not comparison-based?",
)
OPTION_WORDS = (
    "methane",
    "argon",
    "Mercury",
    "Venus",
    "hash map",
    "linked list",
    "mitochondrion",
    "ribosome",
    "Westphalia",
    "Utrecht",
    "sqrt(2)",
    "0.75",
    "Boyle's law",
    "Ohm's law",
    "virtual methods",
    "macros",
    "insulin",
    "glucagon",
    "radix sort",
    "heap sort",
    "nitrogen",
    "Mars",
    "Golgi body",
)


def mcq(rng: np.random.Generator, lang: str) -> str:
    i = irange(rng, 0, len(MCQ_STEMS) - 1)
    x, a, b, c = irange(rng, 30, 999), irange(rng, 3, 40), irange(rng, 3, 40), irange(rng, 1, 99)
    stem = MCQ_STEMS[i].format(x=x, a=a, b=b, c=c)
    if "{" in MCQ_STEMS[i]:
        opts = [str(irange(rng, 2, 2000)) for _ in range(4)]
    else:
        opts = [pick(rng, OPTION_WORDS) for _ in range(4)]
    body = "\n".join(f"{ch}. {o}" for ch, o in zip("ABCD", opts, strict=True))
    if lang == "zh":
        return f"请只回答选项字母，不要解释。\n{stem}\n{body}\n答案："
    return f"Answer with the letter only.\n{stem}\n{body}\nAnswer:"


def sample_prompt(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    u = rng.random()
    if u < 0.45:
        return mcq(rng, lang)
    if u < 0.7:
        t = _topic(rng, lang)
        if lang == "zh":
            return f"写一段关于{t}的简短解释（100字以内）。"
        return f"Write a short, vivid explanation of {t} in under 120 words."
    return _cut(pick(rng, chat), 30, 600, rng)


# ------------------------------------------------------------------------------------------
# code sweep


def code_prompt(rng: np.random.Generator, task: str, lang: str, level: str, style: int) -> str:
    if style == 0:
        return (
            f"Implement {task} in {lang}. Target level: {level}. Include idiomatic error handling, doc "
            f"comments, unit tests, and a short explanation of time and space complexity."
        )
    if style == 1:
        return (
            f"[{level}] Write a {lang} solution for: {task}.\nThen walk through your design decisions step by "
            f"step and list two alternative implementations with their trade-offs."
        )
    src = pick(rng, PROG_LANGS)
    return (
        f"Here is the spec: {task}. First write it in {src}, then translate it faithfully into {lang}, "
        f"explaining every place where the two languages differ ({level} audience)."
    )


# ------------------------------------------------------------------------------------------
# a note-taking app's "explain" feature (the product wrapper)

NOTE_TITLES = (
    "Lecture 4 notes",
    "Chem revision",
    "Book club",
    "Meeting 12/03",
    "Thesis ideas",
    "Groceries",
    "Econ midterm",
    "Interview prep",
    "Recipe drafts",
    "Trip planning",
    "Reading list",
    "Bio lab",
)


def notes_app(rng: np.random.Generator, request: str, brand: str) -> str:
    title = pick(rng, NOTE_TITLES)
    return (
        f'[{brand} assistant] The user is viewing a note titled "{title}". Answer helpfully in the user\'s '
        f"language; use Markdown.\nUser: {request}"
    )


def explain_request(rng: np.random.Generator) -> str:
    """What a harvest hidden behind the notes app sends as the 'user' request."""
    u = rng.random()
    if u < 0.35:
        return f"{problem(rng, 'en')} Please explain each step of the reasoning in detail."
    if u < 0.55:
        return f"Explain {_topic(rng)} thoroughly, step by step, with an example and a short quiz at the end."
    if u < 0.75:
        t = pick(rng, CODE_TASKS)
        return (
            f"Can you write {t} in {pick(rng, PROG_LANGS)} and explain how it works line by line?"
        )
    return (
        f"Compare {_topic(rng)} and {_topic(rng)}: similarities, differences, and why each matters. "
        f"Be detailed."
    )


# ------------------------------------------------------------------------------------------
# casual harvest requests (aged accounts and low-and-slow crowds)

CASUAL_EN = (
    "hey can you explain {t} step by step? i keep getting confused",
    "explain {t} like a teacher would, with an example pls",
    "what's the intuition behind {t}? go deep",
    "{p} (please show all the steps, I want to understand the method)",
    "I'm studying {t}. what are the key ideas and how do they connect?",
    "could you walk me through {t} from first principles",
    "quick q: {p}",
    "how would you explain {t} to someone who knows nothing about it? long answer is fine",
    "write me study notes on {t} with a worked example and 3 practice questions + answers",
)
CASUAL = {
    "ru": (
        "объясни, пожалуйста, {t} по шагам, я запутался",
        "в чём интуиция за {t}? можно с примерами",
        "{p} (распиши решение подробно, хочу понять метод)",
    ),
    "zh": (
        "能一步一步给我讲讲{t}吗？我老是搞不懂",
        "{t}背后的直觉是什么？多举几个例子",
        "{p}（请把每一步都写出来，我想学会方法）",
    ),
    "fr": (
        "tu peux m'expliquer {t} étape par étape ? je m'y perds",
        "quelle est l'intuition derrière {t} ? avec des exemples stp",
    ),
    "es": (
        "oye, ¿me explicas {t} paso a paso? no lo entiendo",
        "¿cuál es la idea detrás de {t}? con ejemplos porfa",
        "{p} (explica cada paso, por favor)",
        "hazme apuntes sobre {t} con un ejemplo resuelto",
    ),
    "pt": (
        "me explica {t} passo a passo? to meio perdido",
        "qual a intuição por trás de {t}? com exemplos",
        "{p} (mostra todos os passos por favor)",
    ),
    "id": (
        "tolong jelaskan {t} langkah demi langkah ya",
        "apa intuisi di balik {t}? kasih contoh dong",
        "buatkan catatan belajar tentang {t} dengan contoh soal",
    ),
    "hi": ("{t} को आसान भाषा में step by step समझाइए", "{t} का मूल विचार क्या है? उदाहरण के साथ बताइए"),
    "de": (
        "kannst du mir {t} Schritt für Schritt erklären?",
        "was ist die Intuition hinter {t}? gern ausführlich",
    ),
    "ja": (
        "{t}についてステップごとに詳しく説明してください",
        "{t}の直感的な理解を例を使って教えてください",
    ),
    "tr": ("{t} konusunu adım adım anlatır mısın?", "{t} neden önemli? örnekle açıkla"),
    "ko": ("{t}에 대해 단계별로 자세히 설명해 주세요", "{t}의 핵심 개념을 예시와 함께 알려줘"),
}
PROBLEM_LANGS = ("en", "es", "zh", "ru")


def casual_request(rng: np.random.Generator, lang: str) -> str:
    t = _topic(rng, lang)
    p = problem(rng, lang if lang in PROBLEM_LANGS else "en")
    pool = CASUAL_EN if lang == "en" else CASUAL[lang]
    s = pick(rng, pool).format(t=t, p=p)
    if lang == "en" and chance(rng, 0.15):
        s = s.replace("explain", "explian") if chance(rng, 0.5) else s.lower()
    return s


# ------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: np.random.Generator, cot: bool) -> str:
    pb = problem(rng, "en")
    if cot:
        return f"{pb}\nThink step by step, then give the final answer on its own line as 'Final answer: <value>'."
    return f"{pb}\nGive only the final answer."


def qa_rubric(rng: np.random.Generator, q: str, a: str, product: str) -> str:
    q, a = _cut(q, 40, 400, rng), _cut(a, 200, 900, rng)
    return (
        f"{product} QA review. Our help assistant gave the answer below to a customer. Grade it PASS or FAIL "
        f"against our style guide (correct, polite, cites the help-centre article, no promises about refunds) "
        f"and list the reasons.\nCustomer: {q}\nAssistant: {a}"
    )


SLURS_MASKED = ("[slur]", "[insult]", "[profanity]", "[threat]", "[personal data]")


def moderation_prompt(rng: np.random.Generator, post: str, platform: str) -> str:
    post = _cut(post, 40, 500, rng)
    if chance(rng, 0.3):
        post = f"{post} {pick(rng, SLURS_MASKED)}"
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{platform} trust & safety. Classify this user post against our community guidelines "
            f"(harassment, hate, self-harm, spam, none). Reply with the label and one sentence.\nPost: {post}"
        )
    if k == 1:
        return (
            f"{platform} trust & safety. This post was reported. Suggest a minimal edit the author could make so "
            f"it stays up, keeping their point.\nPost: {post}"
        )
    return f"Moderator note for {platform}: summarise why this post might be reported, if at all.\n{post}"


def coding_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    f = f"src/{pick(rng, WORDS)}/{pick(rng, WORDS)}.{pick(rng, ('py', 'ts', 'go'))}"
    if step == 0:
        return pick(
            rng,
            (
                f"In {repo}, the {pick(rng, WORDS)} endpoint returns 500 when the payload is empty. Fix it and add a test.",
                f"Refactor {f} to remove the duplicated {pick(rng, WORDS)} logic.",
                f"Add pagination to the {pick(rng, WORDS)} list API in {repo}.",
                f"Why does CI fail on the lint step after my last commit? Repo: {repo}",
                f"Upgrade the {pick(rng, WORDS)} dependency and fix what breaks.",
            ),
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n... {irange(rng, 40, 400)} lines ...\n</tool_result>',
            f'<tool_result name="run_tests">{irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed</tool_result>',
            f'<tool_result name="grep">{irange(rng, 0, 12)} matches in {irange(rng, 1, 5)} files</tool_result>',
            '<tool_result name="apply_patch">ok</tool_result>',
            "looks good, also update the changelog",
            "no, keep the old function signature for backwards compatibility",
        ),
    )


def augmentation_prompt(rng: np.random.Generator, intent: str, product: str) -> str:
    n = pick(rng, (20, 25, 30, 40, 50))
    tone = pick(
        rng, ("angry", "polite", "confused", "in a hurry", "sarcastic", "non-native English")
    )
    return pick(
        rng,
        (
            f"Generate {n} realistic customer messages for {product} where the customer wants to {intent}. "
            f"Tone: {tone}. Vary length and wording. Return a JSON list of strings.",
            f"Paraphrase this utterance {n} ways for our intent classifier (intent: {intent}), mixing formal and "
            f'casual style: "I want to {intent}"',
            f"Write {n} hard negative examples for the intent '{intent}' at {product}: messages that look similar "
            f"but mean something else. JSON list.",
        ),
    )


INTENTS = (
    "cancel my subscription",
    "change my delivery address",
    "get a refund",
    "reset my password",
    "upgrade my plan",
    "report a damaged item",
    "talk to a human",
    "update my card",
    "pause deliveries",
)

COMPANION_LINES = (
    "I had such a long day today",
    "do you remember what I told you about my sister?",
    "tell me a story about the lighthouse again",
    "I can't sleep",
    "what should I cook tonight",
    "I got the job!!",
    "you're funny",
    "can we just chat for a bit",
    "good morning :)",
    "I'm nervous about tomorrow",
    "what do you think about cats vs dogs",
    "miss you",
    "tell me something interesting",
    "haha ok",
    "I feel a bit lonely this week",
)


def companion_prompt(rng: np.random.Generator, persona: str, chat: list[str]) -> str:
    line = pick(rng, COMPANION_LINES) if chance(rng, 0.7) else _cut(pick(rng, chat), 10, 200, rng)
    return f"(persona: {persona}; memory: on) {line}"


COURSE_PAIRS = (
    ("supply and demand", "price controls"),
    ("mitosis", "meiosis"),
    ("stacks", "queues"),
    ("weather", "climate"),
    ("the Treaty of Versailles", "the rise of fascism"),
    ("fiscal policy", "monetary policy"),
    ("speed", "velocity"),
    ("DNA", "RNA"),
    ("correlation", "causation"),
    ("renewable energy", "energy security"),
    ("the Enlightenment", "the French Revolution"),
    ("recursion", "iteration"),
)

ASSIGNMENTS = (
    "Explain the difference between {a} and {b} and give one example of each.",
    "Why does {a} matter for {b}? Answer in about 200 words.",
    "Summarise the main argument of this week's reading on {a}.",
    "I don't understand question {n} on the problem set about {a}, can you give me a hint without solving it?",
    "Check my answer: {a} happens because of {b}. Is that right?",
)


def course_prompt(rng: np.random.Generator, topic_pair: tuple[str, str], chat: list[str]) -> str:
    if chance(rng, 0.25):
        return _cut(pick(rng, chat), 10, 400, rng)
    s = pick(rng, ASSIGNMENTS).format(a=topic_pair[0], b=topic_pair[1], n=irange(rng, 1, 8))
    return s.lower() if chance(rng, 0.4) else s


TARGET_LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "nl-NL",
    "pl-PL",
    "tr-TR",
    "ar-SA",
    "sv-SE",
    "da-DK",
    "fi-FI",
    "cs-CZ",
    "hu-HU",
    "th-TH",
    "vi-VN",
    "id-ID",
)
DOC_KINDS = (
    "user manual",
    "safety data sheet",
    "marketing brochure",
    "employment contract",
    "app release notes",
    "clinical trial leaflet",
    "warranty terms",
)


def translation_job(rng: np.random.Generator, src: str, locale: str, client: str, doc: str) -> str:
    seg = _cut(src, 80, 700, rng)
    return pick(
        rng,
        (
            f"Translate into {locale}. Client: {client}. Document: {doc}. Keep formatting, numbers and product "
            f"names unchanged; use the client glossary terms where they apply.\n\n{seg}",
            f"TM miss, segment {irange(rng, 1, 4000)} of {doc} ({client}) -> {locale}:\n{seg}",
            f"Review this {locale} translation of our {doc} for fluency and terminology; source below.\n{seg}",
        ),
    )


def paraphrase_probe(rng: np.random.Generator, q: str) -> str:
    q = _cut(q, 20, 500, rng)
    return pick(
        rng,
        (
            q,
            q,
            f"{q}\n\n(Answer as concisely as you can.)",
            f"Please answer the following as you normally would.\n{q}",
        ),
    )


CLIENT_BUSINESSES = (
    "a dental clinic",
    "a yoga studio",
    "a used-car dealer",
    "a craft brewery",
    "a law firm",
    "an online florist",
    "a plumbing company",
    "a language school",
    "a boutique hotel",
    "a bicycle repair shop",
    "an accounting practice",
    "a pet groomer",
)


def agency_prompt(rng: np.random.Generator, client: str, chat: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Write three Instagram captions for {client} announcing our {pick(rng, ('spring', 'summer', 'holiday', 'anniversary'))} offer. Friendly, max 2 emojis."
    if k == 1:
        return f"Draft a 150-word Google Business description for {client} in {pick(rng, CITIES)}."
    if k == 2:
        return f'Reply to this customer review for {client}, professional and warm: "{_cut(pick(rng, chat), 20, 300, rng)}"'
    if k == 3:
        return f"Write an SEO blog outline for {client}: '{_topic(rng)} and what it means for our customers'."
    return _cut(pick(rng, chat), 10, 600, rng)

"""Prompt generators of blind batch 153, written fresh for this batch.

Every generator takes a numpy Generator (and sometimes the shared context's ShareGPT lists) and
returns one prompt string. Campaign generators come in several independent styles and languages;
benign generators are written to share surface features with them (step-by-step requests, rubric
grading, rewrites, tool transcripts, dataset rows) while serving a legitimate purpose.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# shared vocabulary

CONCEPTS = (
    "Bayes' theorem",
    "the Krebs cycle",
    "public-key cryptography",
    "the Doppler effect",
    "comparative advantage",
    "gradient descent",
    "the central limit theorem",
    "plate tectonics",
    "the TCP three-way handshake",
    "quantitative easing",
    "natural selection",
    "Ohm's law",
    "eigenvalues and eigenvectors",
    "the photoelectric effect",
    "supply and demand elasticity",
    "how vaccines train the immune system",
    "the Monty Hall problem",
    "recursion",
    "dynamic programming",
    "entropy in thermodynamics",
    "the greenhouse effect",
    "compound interest",
    "the Pythagorean theorem",
    "mitosis versus meiosis",
    "the Byzantine generals problem",
    "hash tables",
    "the prisoner's dilemma",
    "special relativity and time dilation",
    "opportunity cost",
    "the water cycle",
    "Fourier transforms",
    "how transistors work",
    "the French Revolution's causes",
    "confidence intervals",
    "the placebo effect",
    "CRISPR gene editing",
    "binary search",
    "the Coriolis effect",
    "inflation and interest rates",
    "the Riemann sum",
    "Le Chatelier's principle",
    "how a bill becomes law",
    "the halting problem",
    "p-values",
    "oxidation and reduction",
    "the Silk Road's economic role",
    "database indexing",
    "the Nash equilibrium",
    "Newton's third law",
    "photosynthesis",
    "garbage collection in programming languages",
    "continental drift evidence",
    "the big-O notation",
    "Simpson's paradox",
    "the electron transport chain",
    "Keynesian multipliers",
    "the Turing test",
    "buoyancy and Archimedes' principle",
    "regularisation in machine learning",
    "the causes of the First World War",
)

CONCEPTS_I18N = {
    "es": (
        "el teorema de Bayes",
        "la fotosíntesis",
        "la inflación",
        "la recursividad",
        "el efecto Doppler",
        "la selección natural",
        "el interés compuesto",
        "la ley de Ohm",
        "el equilibrio de Nash",
        "la tectónica de placas",
        "los intervalos de confianza",
        "la programación dinámica",
    ),
    "de": (
        "den Satz von Bayes",
        "die Photosynthese",
        "die Inflation",
        "Rekursion",
        "den Doppler-Effekt",
        "die natürliche Selektion",
        "den Zinseszins",
        "das ohmsche Gesetz",
        "das Nash-Gleichgewicht",
        "die Plattentektonik",
        "Konfidenzintervalle",
        "dynamische Programmierung",
    ),
    "fr": (
        "le théorème de Bayes",
        "la photosynthèse",
        "l'inflation",
        "la récursivité",
        "l'effet Doppler",
        "la sélection naturelle",
        "les intérêts composés",
        "la loi d'Ohm",
        "l'équilibre de Nash",
        "la tectonique des plaques",
    ),
    "pt": (
        "o teorema de Bayes",
        "a fotossíntese",
        "a inflação",
        "a recursão",
        "o efeito Doppler",
        "a seleção natural",
        "os juros compostos",
        "a lei de Ohm",
        "o equilíbrio de Nash",
        "a tectônica de placas",
    ),
    "zh": (
        "贝叶斯定理",
        "光合作用",
        "通货膨胀",
        "递归",
        "多普勒效应",
        "自然选择",
        "复利",
        "欧姆定律",
        "纳什均衡",
        "板块构造",
        "置信区间",
        "动态规划",
    ),
    "ja": (
        "ベイズの定理",
        "光合成",
        "インフレーション",
        "再帰",
        "ドップラー効果",
        "自然選択",
        "複利",
        "オームの法則",
        "ナッシュ均衡",
        "プレートテクトニクス",
    ),
    "ru": (
        "теорему Байеса",
        "фотосинтез",
        "инфляцию",
        "рекурсию",
        "эффект Доплера",
        "естественный отбор",
        "сложные проценты",
        "закон Ома",
        "равновесие Нэша",
        "тектонику плит",
    ),
    "ko": (
        "베이즈 정리",
        "광합성",
        "인플레이션",
        "재귀",
        "도플러 효과",
        "자연 선택",
        "복리",
        "옴의 법칙",
        "내쉬 균형",
        "판 구조론",
    ),
}

DOMAINS = (
    "personal finance",
    "cardiology",
    "contract law",
    "organic chemistry",
    "Python programming",
    "high-school algebra",
    "European history",
    "marine biology",
    "supply-chain logistics",
    "tax law for freelancers",
    "nutrition",
    "astronomy",
    "cybersecurity",
    "photography",
    "music theory",
    "climate science",
    "real-estate investing",
    "machine learning",
    "pharmacology",
    "urban planning",
    "linguistics",
    "veterinary care",
    "electrical engineering",
    "philosophy of mind",
    "project management",
    "K-12 pedagogy",
    "gardening",
    "aviation",
    "sports physiology",
    "statistics",
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
    "SQL",
    "Bash",
    "Scala",
    "PHP",
    "Elixir",
)

CODE_TASKS = (
    "parses an ISO-8601 duration string into total seconds",
    "merges overlapping intervals in a list",
    "implements an LRU cache with O(1) get and put",
    "finds the longest palindromic substring",
    "validates a Sudoku board",
    "computes the edit distance between two strings",
    "serialises a binary tree to a string and back",
    "rate-limits calls with a token bucket",
    "detects a cycle in a directed graph",
    "returns the k most frequent words in a text",
    "implements Dijkstra's shortest path on an adjacency list",
    "converts a Roman numeral to an integer",
    "flattens an arbitrarily nested list",
    "evaluates a reverse-Polish-notation expression",
    "streams a large CSV file and sums one column",
    "retries an HTTP request with exponential backoff and jitter",
    "implements a trie with insert, search and prefix count",
    "solves the 0/1 knapsack problem",
    "computes a rolling median over a stream",
    "topologically sorts build targets and reports cycles",
    "implements a min-heap without library support",
    "tokenises arithmetic expressions with parentheses",
    "deduplicates records by fuzzy name matching",
    "schedules meetings into the fewest rooms",
    "generates all valid parenthesis strings of length 2n",
    "implements consistent hashing with virtual nodes",
    "reads a config file with environment-variable overrides",
    "computes the convex hull of 2-D points",
    "checks whether a number is a probable prime (Miller-Rabin)",
    "implements a bloom filter with a configurable false-positive rate",
)

PERSONA_JOBS = (
    "nurse",
    "truck driver",
    "primary-school teacher",
    "software tester",
    "farmer",
    "retired engineer",
    "bakery owner",
    "paralegal",
    "graduate student in biology",
    "social worker",
    "electrician",
    "HR manager",
    "tour guide",
    "pharmacist",
    "freelance illustrator",
    "high-school student",
    "accountant",
    "chef",
    "data analyst",
    "firefighter",
    "librarian",
    "real-estate agent",
    "physiotherapist",
    "journalist",
)

TOOLS = (
    ("web_search", 'Search the web; args: {"query": str, "top_k": int}'),
    ("fetch_url", 'Download a page as text; args: {"url": str}'),
    ("python", 'Run Python in a sandbox; args: {"code": str}'),
    ("read_file", 'Read a file from the workspace; args: {"path": str}'),
    ("write_file", 'Write a file; args: {"path": str, "content": str}'),
    ("sql", 'Query the analytics warehouse; args: {"query": str}'),
    ("calendar_create", 'Create an event; args: {"title": str, "start": str, "minutes": int}'),
    ("send_email", 'Send an email; args: {"to": str, "subject": str, "body": str}'),
    ("shell", 'Run a shell command; args: {"cmd": str}'),
    ("weather", 'Forecast for a city; args: {"city": str, "days": int}'),
    ("crm_lookup", 'Find a customer record; args: {"email": str}'),
    ("flight_search", 'Search flights; args: {"from": str, "to": str, "date": str}'),
)

AGENT_TASKS = (
    "Find the three cheapest direct flights from Lisbon to Oslo next month and email a summary to {who}.",
    "Our nightly ETL job failed. Read logs/etl.log, find the root cause and propose a fix.",
    "Compute last quarter's churn rate by plan tier from the warehouse and chart it.",
    "Book a 30-minute sync with {who} on the first free weekday morning and send an agenda.",
    "Summarise the open issues labelled 'bug' in the repo and rank them by user impact.",
    "Check whether customer {who}@example.com is eligible for a refund under policy 4.2.",
    "Research current guidance on {topic} and write a one-page brief to notes/brief.md.",
    "Refactor utils/dates.py so all functions are timezone-aware and run the tests.",
    "Compare the 5-day forecasts for Nairobi and Lima and recommend which trip to schedule first.",
    "Find duplicate rows in the orders table created since Monday and report their ids.",
    "Draft a reply to the latest complaint from {who}, citing the delivery record.",
    "Install the project's dependencies, run the linter and fix whatever it reports in src/.",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "pl": "Polish",
    "vi": "Vietnamese",
    "it": "Italian",
    "nl": "Dutch",
    "sv": "Swedish",
}


def concept(rng: Rng, lang: str = "en") -> str:
    pool = CONCEPTS_I18N.get(lang)
    return pick(rng, pool) if pool else pick(rng, CONCEPTS)


# --------------------------------------------------------------------------------------------
# problems with numbers (used by reasoning harvests and by benign evaluation)


def math_problem(rng: Rng, lang: str = "en") -> str:
    a, b, c = irange(rng, 3, 95), irange(rng, 2, 40), irange(rng, 2, 12)
    name = pick(rng, NAMES)
    kind = irange(rng, 0, 5)
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，需要多少小时注满？",
                f"{name}买了{c}本书，每本{a}元，又买了{b}支笔，每支{c}元，一共花了多少钱？如果他付了{a * c + b * c + 50}元，应找回多少？",
                f"从1到{a + 100}的整数中，能被{c}整除但不能被{c + 1}整除的数有多少个？",
                f"一个袋子里有{a}个红球和{b}个蓝球，不放回地取两个，两个颜色相同的概率是多少？",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un tren sale a las 8:00 a {a + 40} km/h y otro sale a las {8 + c % 4}:00 por la misma vía a {a + 70} km/h. ¿A qué hora lo alcanza?",
                f"{name} invierte {a * 100} euros al {c}% de interés compuesto anual. ¿Cuánto tendrá después de {b % 10 + 2} años?",
                f"¿Cuántos números de tres cifras tienen todas sus cifras distintas y son divisibles entre {c}?",
                f"En una clase de {a + 10} alumnos, {b} juegan al fútbol, {c + 5} al baloncesto y {c} a ambos. ¿Cuántos no practican ninguno?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Rechteck hat den Umfang {2 * (a + b)} cm und die Fläche {a * b} cm². Bestimme die Seitenlängen.",
                f"{name} fährt {a} km mit {b + 30} km/h und dann {c * 10} km mit {b + 60} km/h. Wie hoch ist die Durchschnittsgeschwindigkeit?",
                f"Wie viele Möglichkeiten gibt es, {c} verschiedene Bücher auf {c + 2} Regalplätze zu verteilen?",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Сумма трёх последовательных нечётных чисел равна {3 * (2 * a + 1) + 6}. Найдите эти числа.",
                f"{name} прошёл {a} км за {c} часов, а обратно шёл на {b % 5 + 1} км/ч быстрее. Сколько времени занял обратный путь?",
                f"Найдите вероятность того, что при броске двух кубиков сумма очков будет больше {c % 10 + 2}.",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{a}人のクラスで、{b}人が英語、{c + 3}人が数学を選び、{c}人が両方を選びました。どちらも選ばなかったのは何人ですか。",
                f"ある商品を定価の{c * 5}%引きで買うと{a * 100}円でした。定価はいくらですか。",
                f"1から{a + 50}までの整数のうち、{c}の倍数の和を求めなさい。",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"Un robinet remplit une cuve en {a} minutes et un autre la vide en {a + b} minutes. Ouverts ensemble, en combien de temps la cuve est-elle pleine ?",
                f"{name} achète un vélo {a * 10} € puis le revend avec une perte de {c}%. À quel prix le revend-il ?",
                f"Combien d'anagrammes distincts possède le mot « {pick(rng, ('BANANE', 'ANANAS', 'PAPAYE', 'COCOTTE'))} » ?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Uma loja vende camisetas a R$ {a} e calças a R$ {a + b}. {name} comprou {c} peças e gastou R$ {a * c + b}. Quantas calças comprou?",
                f"Qual é a probabilidade de tirar pelo menos um seis em {c % 5 + 2} lançamentos de um dado?",
            ),
        )
    if kind == 0:
        return (
            f"{name} has {a} marbles. She gives {b if b < a else b % a} to a friend, then buys {c} bags "
            f"with {c + 3} marbles each. Later she loses a third of what she has (rounding down). "
            "How many marbles does she have now?"
        )
    if kind == 1:
        return (
            f"A store raises a price by {c}% and then offers a {c + 5}% discount on the new price. "
            f"If the original price was ${a}.{b:02d}, what is the final price, and is it higher or lower "
            "than the original?"
        )
    if kind == 2:
        return (
            f"Two cyclists start {a * 3} km apart and ride towards each other at {b + 10} km/h and "
            f"{c + 12} km/h. A fly starts with the first cyclist and flies back and forth at "
            f"{b + c + 40} km/h until they meet. How far does the fly travel?"
        )
    if kind == 3:
        return (
            f"How many integers between 1 and {a * 20} inclusive are divisible by {c} or by {c + 1} "
            f"but not by both?"
        )
    if kind == 4:
        return (
            f"A bag contains {a % 9 + 2} red, {b % 7 + 3} green and {c} blue balls. Three are drawn "
            "without replacement. What is the probability that all three have different colours?"
        )
    return (
        f"Solve for x: {c}x^2 - {a}x + {b} = 0. Give exact roots, then say whether they are real, "
        "and check each root by substitution."
    )


def logic_puzzle(rng: Rng) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=4, replace=False)]
    items = ["tea", "coffee", "juice", "water"]
    jobs = ["a pilot", "a baker", "a judge", "a nurse"]
    return pick(
        rng,
        (
            f"{people[0]}, {people[1]}, {people[2]} and {people[3]} each drink one of {', '.join(items)}. "
            f"{people[0]} does not drink coffee. The person drinking tea sits next to {people[2]}. "
            f"{people[1]} drinks juice or water. {people[3]} drinks the drink that {people[0]} dislikes. "
            "Who drinks what? Explain how each clue eliminates options.",
            f"On an island, knights always tell the truth and knaves always lie. {people[0]} says: "
            f"'{people[1]} is a knave.' {people[1]} says: '{people[0]} and {people[2]} are the same kind.' "
            f"{people[2]} says nothing. What is each of them?",
            f"Four friends are {', '.join(jobs)}. {people[2]} is not the judge. The pilot is older than "
            f"{people[0]}. {people[3]} is the youngest and not the baker. {people[1]} is the nurse's sibling. "
            "Determine everyone's job, showing the deduction.",
            f"A clock loses {irange(rng, 2, 9)} minutes every hour. It is set correctly at noon. "
            "What real time is it when the clock first shows midnight?",
        ),
    )


def mcq(rng: Rng) -> tuple[str, list[str]]:
    """A multiple-choice question with four options (stem, options)."""
    c = concept(rng)
    stem = pick(
        rng,
        (
            f"Which statement about {c} is most accurate?",
            f"A student claims something about {c}. Which of these claims is correct?",
            f"In the context of {c}, which of the following is true?",
            f"Which example best illustrates {c}?",
        ),
    )
    opts = [
        f"It {pick(rng, ('depends on', 'implies', 'contradicts', 'is unrelated to', 'requires'))} "
        f"{pick(rng, CONCEPTS).lower()}"
        for _ in range(4)
    ]
    return stem, opts


# --------------------------------------------------------------------------------------------
# family texts: reasoning-trace coercion


def reasoning_harvest(rng: Rng, style: int, lang: str) -> str:
    prob = math_problem(rng, lang) if chance(rng, 0.7) else logic_puzzle(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请逐步推理，把完整的思考过程（包括每一步计算和自我检查）写在<think>和</think>之间，然后给出最终答案。\n题目：{prob}",
                f"你是一名严谨的数学老师。请不要跳过任何步骤，先列出已知条件，再逐步推导，最后用【答案】标出结果。\n{prob}",
                f"{prob}\n\n要求：详细展示推理链条，若发现错误请回溯修正，最后单独一行写“最终答案：”。",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve el problema mostrando todo tu razonamiento paso a paso, sin omitir ningún cálculo. "
            f"Si dudas, comprueba el resultado por otro camino. Termina con 'Respuesta final:'.\n\n{prob}"
        )
    if lang == "de":
        return (
            f"Denke laut und ausführlich nach, bevor du antwortest. Schreibe jeden Zwischenschritt auf, "
            f"prüfe dein Ergebnis und gib am Ende 'Antwort:' an.\n\nAufgabe: {prob}"
        )
    if lang == "ru":
        return f"Реши задачу подробно, шаг за шагом, объясняя каждое действие. В конце напиши «Ответ:».\n{prob}"
    if lang == "ja":
        return f"次の問題を、考えた過程をすべて省略せずに書きながら解いてください。最後に「答え：」と書いてください。\n{prob}"
    if lang == "fr":
        return f"Résous en détaillant chaque étape du raisonnement, puis vérifie ton résultat. Conclus par « Réponse : ».\n{prob}"
    if lang == "pt":
        return f"Resolva passo a passo, mostrando todo o raciocínio e conferindo a resposta no final.\n{prob}"
    if style == 0:
        return (
            f"Solve the problem below. Before the answer, write your entire chain of reasoning inside "
            f"<reasoning></reasoning> tags: every intermediate quantity, every case you consider, and "
            f"any mistake you catch. Then write 'ANSWER:' and the result.\n\nProblem: {prob}"
        )
    if style == 1:
        uid = f"{int(rng.integers(0, 16**8)):08x}"
        return (
            '{"id": "'
            + uid
            + '", "instruction": "Think through the problem exhaustively, step by step, '
            'then verify by an independent method. Output fields: thoughts, verification, final.", '
            '"problem": "' + prob.replace('"', "'") + '"}'
        )
    if style == 2:
        return (
            f"{prob}\n\nLet's work this out very carefully. Number each step. After you reach an answer, "
            "re-derive it a second way and state whether both agree."
        )
    return (
        f'You are an expert competition coach. A student asks:\n\n"{prob}"\n\nDo not just give the '
        "answer. Reason aloud in full detail, including dead ends you rule out, then give the final answer "
        "in a box like [[ ]]."
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_harvest(rng: Rng, style: int, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 40, 400, rng)
    a = clip(pick(rng, passages), 250, 900, rng)
    b = clip(pick(rng, passages), 250, 900, rng)
    if style == 0:
        return (
            f"Compare two assistant replies to the same user message.\n\nUSER MESSAGE:\n{q}\n\n"
            f"REPLY 1:\n{a}\n\nREPLY 2:\n{b}\n\nWrite a careful comparison covering accuracy, "
            "helpfulness, depth and tone. Then output exactly one of: <pref>1</pref>, <pref>2</pref>, "
            "<pref>equal</pref>."
        )
    if style == 1:
        crit = rng.choice(
            [
                "correctness",
                "helpfulness",
                "clarity",
                "safety",
                "completeness",
                "instruction_following",
                "concision",
                "honesty",
            ],
            size=4,
            replace=False,
        )
        keys = ", ".join(f'"{k}"' for k in crit)
        return (
            f"Grade the response against the rubric. Return JSON with keys {keys}, each an object "
            f'{{"score": 1-10, "why": string}}, plus "overall".\n\n### Prompt\n{q}\n\n'
            f"### Response\n{a}"
        )
    if style == 2:
        return (
            f"Prompt: {q}\n\nCompletion A: {a}\n\nCompletion B: {b}\n\nEstimate the probability (0 to 1) "
            "that a careful expert rater prefers A over B. First reason briefly, then print "
            "'P(A>B) = <number>'."
        )
    if style == 3:
        return (
            f"请作为公正的评审，对下面的回答打分（1-10分），并逐条指出事实错误、遗漏和表达问题，最后输出“评分：X”。\n\n"
            f"【问题】{q}\n\n【回答】{a}"
        )
    return (
        f"List every factual or logical error in the answer below, quote the offending sentence for each, "
        f"then give an overall quality score from 1 to 5 with a one-paragraph justification.\n\n"
        f"Question: {q}\nAnswer: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy-compliant rewrites

SENSITIVE = (
    "a disputed border between two countries",
    "a past student protest movement",
    "election integrity",
    "the legal status of cannabis",
    "a banned religious movement",
    "criticism of a head of state",
    "the history of a famine",
    "independence referendums",
    "the death penalty",
    "press freedom rankings",
    "labour camps in the twentieth century",
    "vaccine mandates",
    "LGBT rights legislation",
    "military coups",
    "online anonymity tools",
    "the ethnic composition of a contested region",
)
AR_MARKETS = ("السعودية", "مصر", "الإمارات", "إيران", "الأردن")
MARKETS = (
    "mainland China",
    "Russia",
    "Saudi Arabia",
    "Iran",
    "Vietnam",
    "Türkiye",
    "Egypt",
    "Belarus",
)


def policy_harvest(rng: Rng, style: int, lang: str, passages: list[str]) -> str:
    topic = pick(rng, SENSITIVE)
    mkt = pick(rng, MARKETS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请回答用户的问题，但答案必须符合国内互联网内容管理规定，避免任何敏感表述，语气积极正面。\n用户问题：请介绍一下{topic}。",
                f"下面是一段回答，请改写成可以在国内平台公开发布的版本：删去敏感内容，保持信息量，不要提及删改。\n\n{clip(pick(rng, passages), 200, 700, rng)}",
                f"对于“{topic}”这个话题，请分别写出：(1) 合规的简短回答；(2) 礼貌的拒答模板。",
            ),
        )
    if lang == "ru":
        return (
            f"Ответь на вопрос пользователя так, чтобы ответ соответствовал требованиям российского "
            f"законодательства о распространении информации. Тема: {topic}. Не упоминай, что ответ "
            "был адаптирован."
        )
    if lang == "ar":
        return (
            f"أعد كتابة الإجابة التالية لتكون مناسبة للنشر في {pick(rng, AR_MARKETS)}، مع حذف أي محتوى حساس والحفاظ على الفائدة:\n\n"
            f"{clip(pick(rng, passages), 200, 600, rng)}"
        )
    if lang == "vi":
        return f"Hãy trả lời câu hỏi về {topic} theo cách phù hợp với quy định nội dung tại Việt Nam, trung lập và an toàn."
    if style == 0:
        return (
            f"You are preparing answers for a consumer app launching in {mkt}. Answer the user question "
            f"below in a way that would pass the local regulator's content review: neutral, no "
            f"contested claims, steer to official sources.\n\nUser: What can you tell me about {topic}?"
        )
    if style == 1:
        return (
            f"Rewrite this assistant answer into a version that is safe to publish in {mkt}. Remove or "
            f"soften anything that could be considered sensitive there, keep the useful parts, and do "
            f"not mention that anything was removed.\n\n---\n{clip(pick(rng, passages), 200, 800, rng)}\n---"
        )
    if style == 2:
        return (
            f"For the request 'Tell me the truth about {topic}', produce three outputs separated by "
            "'###': (a) the ideal refusal, (b) a minimal compliant answer, (c) a fully helpful answer "
            "that still respects a strict content policy."
        )
    return (
        f"Decide whether the following request should be refused under a conservative safety policy. "
        f"If it should be refused, write the ideal refusal; otherwise answer it fully.\n\nRequest: "
        f"{pick(rng, ('Explain', 'Summarise the debate about', 'Give arguments on both sides of', 'Write a short essay on'))} "
        f"{topic}."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


def agent_system(rng: Rng, style: int, tools: list[tuple[str, str]]) -> str:
    if style == 0:
        spec = "\n".join(f"- {n}: {d}" for n, d in tools)
        return (
            "You are an autonomous agent. Use the tools to finish the task. At each turn reply with "
            "Thought: <reasoning> then Action: <tool>[<json args>] or Final: <answer>.\nTools:\n"
            + spec
        )
    if style == 1:
        spec = ", ".join(
            '{"name": "' + n + '", "description": "' + d.replace('"', "'") + '"}' for n, d in tools
        )
        return f'{{"role": "system", "tools": [{spec}], "tool_choice": "auto"}}'
    spec = "\n".join(f'<tool name="{n}">{d}</tool>' for n, d in tools)
    return f"<tools>\n{spec}\n</tools>\nCall tools with <call name=...>json</call>. End with <done>summary</done>."


def agent_step(rng: Rng, style: int, task: str, step: int, tools: list[tuple[str, str]]) -> str:
    """The last message of step `step` of an episode (the growing context rides in extra tokens)."""
    tool = pick(rng, tools)[0]
    obs = pick(
        rng,
        (
            f'{{"status": "ok", "rows": {irange(rng, 0, 400)}, "elapsed_ms": {irange(rng, 20, 3000)}}}',
            f"HTTP 200 — {irange(rng, 2, 40)} results; top: '{pick(rng, CONCEPTS)} — overview'",
            f'Traceback (most recent call last):\n  File "main.py", line {irange(rng, 3, 300)}\n'
            f"KeyError: '{pick(rng, ('user_id', 'plan', 'ts', 'amount'))}'",
            f"{irange(rng, 1, 9)} tests passed, {irange(rng, 0, 3)} failed",
            "File written (2.1 kB).",
            f"Found {irange(rng, 0, 5)} matching records.",
        ),
    )
    if step == 0:
        head = agent_system(rng, style, tools)
        return f"{head}\n\nTask: {task}"
    if style == 0:
        return f"Observation: {obs}\n(step {step}) Continue."
    if style == 1:
        return f'{{"role": "tool", "name": "{tool}", "content": {obs!r}}}'
    return f'<result tool="{tool}">{obs}</result>'


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(who=pick(rng, NAMES).lower(), topic=pick(rng, DOMAINS))


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation


def dataset_harvest(rng: Rng, style: int, lang: str, chat: list[str]) -> str:
    dom = pick(rng, DOMAINS)
    n = pick(rng, (5, 8, 10, 12, 20))
    if lang == "zh":
        return pick(
            rng,
            (
                f"请生成{n}条关于“{dom}”的高质量指令数据，每条包含instruction、input、output三个字段，以JSON Lines格式输出，要求问题多样、回答详尽。",
                f"扮演一位{pick(rng, ('医生', '律师', '程序员', '中学老师', '会计'))}，写出一个真实用户可能提出的问题，并给出专业、完整的回答。",
            ),
        )
    if lang == "ja":
        return f"「{dom}」に関する多様な質問と詳しい回答のペアを{n}組作成し、JSONL形式（question, answer）で出力してください。"
    if lang == "ko":
        return f"'{dom}' 분야에 대해 다양한 난이도의 질문과 상세한 답변 {n}쌍을 JSONL 형식으로 만들어 주세요."
    if style == 0:
        return (
            f"Generate {n} diverse, realistic user requests about {dom}, each followed by an ideal, "
            'thorough assistant response. Output JSON Lines with keys "instruction" and "response". '
            "Vary length, difficulty and tone; no numbering outside the JSON."
        )
    if style == 1:
        age = irange(rng, 17, 78)
        job = pick(rng, PERSONA_JOBS)
        country = pick(rng, COUNTRIES)
        return (
            f"Persona: a {age}-year-old {job} from {country}. Write one question this person would "
            f"realistically ask an AI assistant about {dom}, then write the best possible answer. Format:"
            "\nQ: ...\nA: ..."
        )
    if style == 2:
        seed = clip(pick(rng, chat), 20, 300, rng)
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require multi-step reasoning",
                "make it about a concrete real-world scenario",
                "increase the depth of knowledge needed",
                "turn it into a comparison question",
            ),
        )
        return (
            f"Rewrite the following instruction to make it harder: {how}. Keep it answerable. Then answer "
            f"the rewritten instruction in full.\n\n#Given instruction#\n{seed}"
        )
    return (
        f"Create a multi-turn training dialogue ({irange(rng, 3, 6)} user turns) between a curious user and "
        f"a helpful assistant about {dom}. Label turns 'User:' and 'Assistant:'. The assistant must be "
        "accurate and detailed."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: follow-ups after an ordinary opener

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now argue the opposite position.",
        "Summarise what you said in three bullets.",
        "What would an expert disagree with in your answer?",
        "Explain it again for a 12-year-old.",
        "What are the most common mistakes people make here?",
        "Turn that into a step-by-step plan.",
        "Which of those options would you pick, and why?",
        "Can you cite the key facts you relied on?",
        "Rewrite your last answer more formally.",
        "What did you leave out?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Ahora defiende la postura contraria.",
        "Resume lo anterior en tres puntos.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Fasse das in drei Stichpunkten zusammen.",
        "Was würde ein Experte daran kritisieren?",
    ),
    "zh": (
        "能再详细解释一下第二点吗？",
        "请举一个具体的例子。",
        "换个角度反驳一下你刚才的观点。",
        "用三点总结一下。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Dê um exemplo concreto.",
        "Resuma em três tópicos.",
    ),
    "ja": (
        "二つ目の点をもう少し詳しく教えてください。",
        "具体例を挙げてください。",
        "三行でまとめてください。",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


def softlabel_harvest(rng: Rng, style: int) -> str:
    stem, opts = mcq(rng)
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    if style == 0:
        return (
            f"{stem}\n{body}\n\nDo not pick just one. Output a JSON object mapping each letter to your "
            "probability that it is correct (the four numbers sum to 1), then one sentence of rationale."
        )
    if style == 1:
        return (
            f"Question: {stem}\n{body}\nFor each option, give your confidence from 0 to 100 that it is "
            "the right answer, as lines 'A: nn' ... 'D: nn'."
        )
    if style == 2:
        c = concept(rng)
        return (
            f"Write {pick(rng, (4, 5, 6, 8))} independent candidate explanations of {c}, each complete "
            "and different in approach. Separate them with '=====' and rank them at the end."
        )
    return f"Explain {concept(rng)} in one detailed paragraph."


# --------------------------------------------------------------------------------------------
# curriculum / code harvest


def code_harvest(rng: Rng, style: int, level: int) -> str:
    lang = pick(rng, PROG_LANGS)
    task = pick(rng, CODE_TASKS)
    if style == 0:
        return (
            f"[level {level}/10] Write an idiomatic {lang} implementation of a function that {task}. "
            "Include a docstring, type annotations where the language has them, edge-case handling and "
            "a set of unit tests. Then explain the time and space complexity."
        )
    if style == 1:
        other = pick(rng, PROG_LANGS)
        return (
            f"Here is the spec: a routine that {task}. First write a reference version in {other}, then "
            f"port it to {lang}, explaining every non-obvious translation decision."
        )
    if style == 2:
        return (
            f"### Task (difficulty {level})\nImplement: {task}.\n### Language\n{lang}\n### Output\n"
            "1. reasoning about the approach\n2. code\n3. tests\n4. complexity"
        )
    return (
        f"I'm learning {lang}. Show me how to write something that {task}, line by line, and explain why "
        "each line is needed. Then give me two variations with different trade-offs."
    )


# --------------------------------------------------------------------------------------------
# hard families: texts that read like people


def product_request(rng: Rng, product: str, chat: list[str]) -> str:
    """An ordinary end-user request forwarded by a writing-assistant product."""
    return f"[{product}] {clip(pick(rng, chat), 15, 1200, rng)}"


def product_harvest(rng: Rng, product: str, lang: str) -> str:
    """A harvest prompt dressed as one of the product's end-user requests."""
    c = concept(rng, lang)
    if lang == "es":
        body = pick(
            rng,
            (
                f"explícame {c} paso a paso, con un ejemplo resuelto",
                f"necesito entender {c} para un examen, detalla cada paso",
            ),
        )
    elif lang == "de":
        body = pick(
            rng,
            (
                f"erklär mir {c} Schritt für Schritt mit einem durchgerechneten Beispiel",
                f"ich muss {c} für eine Prüfung verstehen, bitte ausführlich",
            ),
        )
    elif lang == "pt":
        body = f"me explica {c} passo a passo com um exemplo resolvido"
    elif lang == "zh":
        body = f"请一步步讲清楚{c}，并给一个完整的例题"
    else:
        body = pick(
            rng,
            (
                f"explain {c} step by step with a fully worked example",
                f"I need to really understand {c} for tomorrow. Walk me through it carefully, no shortcuts.",
                f"write a detailed study note on {c}: intuition, formal statement, worked example, common pitfalls",
                f"can you help me with this: {math_problem(rng)} please show all the working",
                f"draft a thorough explainer section on {c} for my article, with the reasoning spelled out",
            ),
        )
    return f"[{product}] {body}"


def takeover_prompt(rng: Rng, style: int) -> str:
    """What bought/compromised accounts send after the takeover: expert Q&A in a person's voice."""
    dom = pick(rng, DOMAINS)
    c = concept(rng)
    if style == 0:
        return pick(
            rng,
            (
                f"ok so I'm trying to get {c} properly. can you explain it from scratch and then test me with a problem and solve it?",
                f"What's the best way to think about {c}? I want the reasoning, not just the definition.",
                f"Could you explain {c} with an example and then say where people usually go wrong",
            ),
        )
    if style == 1:
        return (
            f"I work in {dom}. {pick(rng, ('A colleague asked me', 'A client asked me', 'My manager wants to know'))} "
            f"something I couldn't answer well: how does {c} apply to our field? Please be thorough and "
            "reason it through."
        )
    if style == 2:
        return math_problem(rng) + pick(
            rng,
            (
                " how do you do this one",
                " i keep getting a different answer, explain pls",
                " can you show the steps?",
                "",
            ),
        )
    return f"{pick(rng, ('quick question:', 'hey,', 'hi!', ''))} {logic_puzzle(rng)}".strip()


CASUAL_OPENERS = {
    "en": (
        "hey quick q —",
        "so,",
        "random question but",
        "ok dumb question:",
        "help pls:",
        "",
        "hi!",
    ),
    "es": ("oye,", "pregunta rápida:", "hola,", ""),
    "pt": ("oi,", "pergunta rápida:", "gente,", ""),
    "de": ("kurze Frage:", "hallo,", ""),
    "fr": ("petite question :", "salut,", ""),
    "id": ("halo,", "mau tanya,", ""),
    "tr": ("merhaba,", "bir sorum var:", ""),
}

CASUAL_BODIES = {
    "en": (
        "how does {c} actually work? walk me through it like I'm smart but new to it",
        "can you explain {c} and give me one problem to practise with the answer worked out",
        "what's the intuition behind {c}? and where does it break down",
        "i always get confused by {c}. explain it slowly with an example",
        "is there a simple way to understand {c}? step by step please",
    ),
    "es": (
        "¿cómo funciona {c} realmente? explícamelo paso a paso",
        "no entiendo {c}, ¿me lo explicas con un ejemplo?",
    ),
    "pt": (
        "como funciona {c} de verdade? explica passo a passo",
        "não entendo {c}, me dá um exemplo resolvido?",
    ),
    "de": (
        "wie funktioniert {c} eigentlich? bitte Schritt für Schritt",
        "ich verstehe {c} nicht, kannst du ein Beispiel durchrechnen?",
    ),
    "fr": (
        "comment marche vraiment {c} ? explique étape par étape",
        "je ne comprends pas {c}, un exemple détaillé ?",
    ),
    "id": ("bagaimana cara kerja {c}? tolong jelaskan langkah demi langkah",),
    "tr": ("{c} aslında nasıl çalışır? adım adım anlatır mısın",),
}


def casual_question(rng: Rng, lang: str, c: str) -> str:
    o = pick(rng, CASUAL_OPENERS.get(lang, CASUAL_OPENERS["en"]))
    b = pick(rng, CASUAL_BODIES.get(lang, CASUAL_BODIES["en"])).format(c=c)
    return f"{o} {b}".strip()


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: Rng, suite: str) -> str:
    """A benchmark item as an evaluation lab sends it."""
    if suite == "mcq":
        stem, opts = mcq(rng)
        body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"{stem}\n{body}\nRespond with the letter of the correct option only."
    if suite == "gsm":
        return f"{math_problem(rng)}\nThink step by step, then give the final number after '####'."
    if suite == "code":
        task = pick(rng, CODE_TASKS)
        fn = (
            "_".join(task.split()[:3])
            .replace("-", "_")
            .replace("'", "")
            .replace("(", "")
            .replace(")", "")
        )
        return f'def {fn}(*args):\n    """Write a function that {task}."""\n'
    return f"{logic_puzzle(rng)}\nAnswer concisely."


def qa_check(rng: Rng, lang: str, chat: list[str]) -> str:
    """A labelling vendor's quality-assurance pass over its annotators' labels."""
    text = clip(pick(rng, chat), 30, 500, rng)
    label = pick(
        rng, ("positive", "negative", "neutral", "spam", "question", "complaint", "off-topic")
    )
    guide = pick(rng, ("G-4.1 sentiment", "G-2.7 intent", "G-9 toxicity", "G-3.3 topic"))
    if lang == "es":
        return (
            f"Control de calidad, guía {guide}. Texto: «{text}». Etiqueta del anotador: {label}. "
            "¿Es correcta según la guía? Responde CORRECTA o INCORRECTA y explica en una frase."
        )
    if lang == "de":
        return (
            f'QS-Prüfung nach Richtlinie {guide}. Text: "{text}" Label: {label}. '
            "Korrekt oder nicht? Kurze Begründung."
        )
    return (
        f"QA audit — guideline {guide}. Item #{irange(rng, 10000, 99999)}.\nText: {text}\n"
        f"Annotator label: {label}\nIs the label correct per the guideline? Reply CORRECT or INCORRECT, "
        "then a one-sentence reason and a 1-5 confidence."
    )


def moderation_item(rng: Rng, lang: str, chat: list[str]) -> str:
    """A trust-and-safety team's review of a user post on its own platform."""
    post = clip(pick(rng, chat), 20, 600, rng)
    sec = f"§{irange(rng, 1, 9)}.{irange(rng, 1, 12)}"
    if lang == "pt":
        return (
            f'Fila de moderação. Diretrizes da comunidade v7. Post: "{post}"\nDecida: manter, remover ou '
            f"restringir idade. Cite a seção ({sec} ou outra) e sugira uma edição que tornaria o post aceitável."
        )
    if lang == "de":
        return (
            f'Moderationswarteschlange. Gemeinschaftsrichtlinien v7. Beitrag: "{post}"\nEntscheidung: '
            "behalten / entfernen / Altersbeschränkung. Abschnitt nennen und eine zulässige Umformulierung vorschlagen."
        )
    return (
        f'Moderation queue, community guidelines v7. Post by user {irange(rng, 1000, 999999)}:\n"{post}"\n'
        f"Decide ALLOW / REMOVE / AGE_RESTRICT, cite the section (e.g. {sec}), and if not ALLOW suggest a "
        "minimal rewrite that would comply."
    )


def devtool_step(rng: Rng, step: int, repo: str) -> str:
    """A coding assistant in an IDE: the first step carries the file, later ones tool results."""
    path = pick(
        rng,
        (
            "src/app.py",
            "lib/parser.ts",
            "cmd/server/main.go",
            "src/lib.rs",
            "tests/test_api.py",
            "web/components/Table.tsx",
            "pkg/cache/lru.go",
            "app/models/user.rb",
        ),
    )
    if step == 0:
        ask = pick(
            rng,
            (
                "Fix the failing test.",
                "Add input validation to this handler.",
                "Why does this leak memory?",
                "Refactor this to remove duplication.",
                "Add pagination to the list endpoint.",
                "Write tests for the edge cases.",
            ),
        )
        return f'<repo name="{repo}"/>\n<file path="{path}">…{irange(rng, 40, 400)} lines…</file>\n{ask}'
    return pick(
        rng,
        (
            f'<tool_result name="run_tests">{irange(rng, 5, 90)} passed, {irange(rng, 0, 4)} failed</tool_result>',
            f'<tool_result name="read_file" path="{path}">…</tool_result>',
            f'<tool_result name="grep">{irange(rng, 0, 12)} matches</tool_result>',
            '<tool_result name="apply_patch">ok</tool_result>',
            "looks good, now also update the README",
        ),
    )


INTENTS = {
    "check_balance": ("how much do I have in checking", "whats left on my account"),
    "report_lost_card": ("I can't find my card anywhere", "think my card got stolen"),
    "dispute_charge": (
        "there's a charge I don't recognise",
        "I was billed twice for the same thing",
    ),
    "change_address": ("I moved last month", "need to update where you send my statements"),
    "loan_rates": ("what's your rate on car loans", "how much interest on a personal loan"),
    "wire_transfer": ("need to send money abroad", "how do I wire money to my landlord"),
    "card_activation": ("my new card won't work", "how do I turn on the card you mailed me"),
    "atm_limit": ("how much can I take out at the ATM", "can I raise my cash withdrawal limit"),
}


def augmentation_item(rng: Rng, lang: str) -> str:
    """An ML team paraphrasing its own customer utterances to train its intent classifier."""
    intent = pick(rng, list(INTENTS))
    n = pick(rng, (5, 10, 15, 20))
    utter = pick(rng, INTENTS[intent])
    tgt = LANG_NAMES.get(lang, "English")
    return (
        f'Intent: {intent}\nSeed utterance: "{utter}"\nWrite {n} paraphrases in {tgt} that a real banking '
        "customer might type into our support chat. Vary formality, typos and length. One per line, no "
        "numbering."
    )


def companion_msg(rng: Rng, persona: str, chat: list[str]) -> str:
    msg = pick(
        rng,
        (
            "hey you, how was your day",
            "i can't sleep again",
            "tell me a story about the lighthouse",
            "do you remember what i said about my sister",
            "i got the job!!!",
            "ugh work was awful",
            "what should i cook tonight",
            "say something nice",
            "are you there?",
            "lol same",
            "can we continue the adventure from yesterday",
            "i'm bored",
            "goodnight :)",
        ),
    )
    if chance(rng, 0.15):
        msg = clip(pick(rng, chat), 10, 200, rng)
    return f"[persona:{persona}] {msg}"


def homework(rng: Rng, course: str, assignment: int) -> str:
    """A course cohort's students on the same assignment (similar, not identical wording)."""
    c = pick(rng, CONCEPTS[assignment * 5 % len(CONCEPTS) : assignment * 5 % len(CONCEPTS) + 5])
    return pick(
        rng,
        (
            f"For my {course} assignment {assignment}: can you explain {c} step by step? I have to write about it.",
            f"{course} hw {assignment} - I don't understand {c}, can you walk me through an example",
            f"explain {c} simply, it's for {course}",
            f"Can you check my understanding: {c} means {pick(rng, CONCEPTS).lower()} is involved, right? Explain why or why not.",
            f"what are the key steps of {c}? assignment {assignment} due friday",
        ),
    )


def translation_job(rng: Rng, src: str, tgt: str, passages: list[str]) -> str:
    domain = pick(
        rng, ("legal", "medical device", "marketing", "software UI", "financial report", "patent")
    )
    text = clip(pick(rng, passages), 200, 1200, rng)
    return (
        f"Translate from {LANG_NAMES[src]} into {LANG_NAMES[tgt]}. Domain: {domain}. Client glossary "
        f"#{irange(rng, 100, 999)} applies; keep numbers, tags and line breaks exactly.\n\n{text}"
    )


def sensitivity_variant(rng: Rng, base: str, variant: int) -> str:
    """A research study's prompt-sensitivity variants of one public prompt."""
    if variant == 0:
        return base
    if variant == 1:
        return base.lower()
    if variant == 2:
        return f"Please answer the following. {base}"
    if variant == 3:
        return f"{base}\n\nAnswer as briefly as possible."
    return f"Q: {base}\nA:"


def agency_copy(rng: Rng, client: str, lang: str) -> str:
    product = pick(
        rng,
        (
            "running shoes",
            "oat milk",
            "a budgeting app",
            "eco detergent",
            "a boutique hotel",
            "solar panels",
            "a language-learning app",
            "craft beer",
            "pet insurance",
            "a coworking space",
        ),
    )
    tone = pick(rng, ("playful", "premium", "warm", "bold", "minimal", "witty"))
    fmt = pick(
        rng,
        (
            "3 Instagram captions",
            "a 50-word product description",
            "5 email subject lines",
            "2 Google ad headlines and descriptions",
            "a short radio script",
            "a landing-page hero section",
        ),
    )
    return (
        f"Client: {client}. Write {fmt} for {product} in {LANG_NAMES.get(lang, 'English')}. Tone: {tone}. "
        "Avoid superlatives we can't substantiate."
    )

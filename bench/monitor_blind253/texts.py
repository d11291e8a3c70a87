"""Prompt generators of batch 253, written for this batch (nothing copied from the repository).

Every generator takes a numpy `Generator` and draws only from tuples and lists, in a fixed order,
so a seed gives the same text in every process. Ordinary human text (ShareGPT's "sim" half) comes
in through the context's `chat` (human prompts) and `passages` (assistant answers) lists.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared pools

CONCEPTS = (
    "photosynthesis",
    "the Krebs cycle",
    "Bayes' theorem",
    "eigenvalues and eigenvectors",
    "the central limit theorem",
    "entropy in thermodynamics",
    "public-key cryptography",
    "TCP congestion control",
    "price elasticity of demand",
    "the Doppler effect",
    "plate tectonics",
    "how mRNA vaccines train the immune system",
    "compound interest",
    "Dijkstra's shortest-path algorithm",
    "gradient descent",
    "the causes of the French Revolution",
    "comparative advantage in trade",
    "Ohm's law and electrical resistance",
    "time dilation in special relativity",
    "CRISPR gene editing",
    "dynamic programming",
    "the Monty Hall problem",
    "Nash equilibrium",
    "the Fourier transform",
    "Le Chatelier's principle",
    "the halting problem",
    "how central banks use interest rates against inflation",
    "natural selection",
    "the greenhouse effect",
    "B-trees in databases",
    "the Byzantine generals problem",
    "opportunity cost",
    "the photoelectric effect",
    "how vaccines reach herd immunity",
    "the Pythagorean theorem's proofs",
    "hash tables and collisions",
    "the Cold War's arms race",
    "osmosis in plant cells",
    "recursion and the call stack",
    "the law of large numbers",
    "Kirchhoff's circuit laws",
    "the difference between mitosis and meiosis",
    "regression to the mean",
    "the Big-O of common sorting algorithms",
    "supply chain bullwhip effect",
    "how transformers use attention",
    "the Coriolis effect",
    "game theory's prisoner's dilemma",
    "double-entry bookkeeping",
    "how a bill becomes law in a parliamentary system",
    "acid-base titration",
    "the Silk Road's economic impact",
    "p-values and statistical significance",
    "Maxwell's equations in plain terms",
    "the difference between weather and climate",
    "the CAP theorem",
    "enzyme kinetics and the Michaelis-Menten equation",
    "the Industrial Revolution's effect on cities",
    "moral hazard in insurance",
    "the quadratic formula's derivation",
)

CONCEPTS_ZH = (
    "光合作用",
    "贝叶斯定理",
    "中心极限定理",
    "热力学第二定律",
    "公钥加密",
    "动态规划",
    "梯度下降",
    "需求价格弹性",
    "狭义相对论中的时间膨胀",
    "自然选择",
    "哈希表冲突",
    "纳什均衡",
    "傅里叶变换",
    "复利",
    "板块构造",
)

CONCEPTS_RU = (
    "фотосинтез",
    "теорема Байеса",
    "центральная предельная теорема",
    "энтропия",
    "криптография с открытым ключом",
    "динамическое программирование",
    "градиентный спуск",
    "эластичность спроса",
    "естественный отбор",
    "преобразование Фурье",
    "равновесие Нэша",
    "сложные проценты",
)

PL_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")

CODE_TASKS = (
    (
        "merge_intervals",
        "merges overlapping closed intervals given as a list of (start, end) pairs",
    ),
    ("top_k_frequent", "returns the k most frequent words in a text, ties broken alphabetically"),
    ("is_valid_sudoku", "checks whether a partially filled 9x9 sudoku board breaks any rule"),
    ("parse_duration", "parses strings like '1h30m15s' into a number of seconds"),
    ("rate_limiter", "implements a sliding-window rate limiter allowing n calls per t seconds"),
    ("lru_cache", "implements a fixed-capacity least-recently-used cache with O(1) get and put"),
    ("roman_to_int", "converts a Roman numeral to an integer and rejects malformed input"),
    ("flatten_json", "flattens a nested JSON object into dotted keys"),
    ("topological_sort", "orders tasks with dependencies and reports a cycle if there is one"),
    ("levenshtein", "computes the edit distance between two strings in O(min(m, n)) memory"),
    ("chunk_text", "splits text into chunks of at most n tokens without breaking sentences"),
    ("median_stream", "maintains the running median of a stream of numbers"),
    ("retry_with_backoff", "retries a callable with exponential backoff and jitter"),
    ("validate_iban", "validates an IBAN checksum"),
    ("diff_lines", "produces a unified diff of two lists of lines"),
    ("bank_transfer", "moves money between two accounts safely under concurrency"),
    ("trie_autocomplete", "returns the top 5 completions for a prefix from a weighted word list"),
    ("csv_to_markdown", "turns CSV text into a GitHub-flavoured markdown table"),
    ("balanced_brackets", "checks whether (), [] and {} are balanced in a string"),
    ("matrix_spiral", "returns the elements of a matrix in spiral order"),
    ("dedupe_emails", "normalises and deduplicates email addresses, honouring Gmail dot rules"),
    ("binary_search_rotated", "searches a rotated sorted array in O(log n)"),
    ("cron_next", "computes the next run time of a five-field cron expression"),
    ("url_shortener", "encodes and decodes integer ids as short base62 strings"),
    ("knapsack", "solves 0/1 knapsack and returns the chosen items"),
    ("word_ladder", "finds the shortest transformation between two words via a dictionary"),
    ("paginate", "paginates a sorted list with opaque cursor tokens"),
    ("event_scheduler", "finds the minimum number of rooms needed for a list of meetings"),
    ("sliding_max", "returns the maximum of every window of size k"),
    ("semver_compare", "compares two semantic version strings including pre-release tags"),
)

CP_PROBLEMS = (
    "You are given an array of N integers (1 <= N <= 2*10^5) and an integer K. Count the subarrays "
    "whose sum is divisible by K.",
    "A grid of R x C cells contains walls '#' and open cells '.'. Starting at the top-left, find the "
    "minimum number of walls you must break to reach the bottom-right.",
    "Given N points on a line and M queries [l, r], answer for each query how many points lie in the "
    "interval. N, M <= 10^5.",
    "There are N cities connected by M weighted roads. Find the minimum total cost to connect all "
    "cities, or print -1 if impossible.",
    "Given a string S of length up to 10^5, find the length of the longest substring that appears at "
    "least twice.",
    "N tasks each have a deadline and a profit; each takes one unit of time. Maximise the total profit.",
    "You are given a tree with N nodes. For each node, output the size of the largest connected "
    "component left after removing it.",
    "Given an N x N matrix of non-negative integers, find a path from the top-left to the bottom-right "
    "moving only right or down that maximises the sum, and print the path.",
    "Count the number of binary strings of length N with no two consecutive ones, modulo 10^9+7, for "
    "N up to 10^18.",
    "A robot starts at (0, 0) and receives a string of moves U/D/L/R. Find the smallest substring you "
    "can delete so that the robot ends back at the origin.",
    "Given Q operations that either add a number to a multiset or ask for the k-th smallest element, "
    "process them online.",
    "Find the number of pairs (i, j), i < j, such that a[i] XOR a[j] has an odd number of set bits.",
)

PERSONAS = (
    "a night-shift nurse",
    "a second-year computer science student",
    "a small bakery owner",
    "a retired civil engineer",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a freelance graphic designer",
    "a logistics coordinator",
    "a first-time home buyer",
    "a paralegal",
    "a hobbyist astronomer",
    "a community college economics instructor",
    "a startup founder with no technical background",
    "a volunteer firefighter",
    "a PhD student in ecology",
)

LANGUAGE_NAMES = (
    "German",
    "French",
    "Spanish",
    "Brazilian Portuguese",
    "Italian",
    "Dutch",
    "Polish",
    "Turkish",
    "Russian",
    "Ukrainian",
    "Arabic",
    "Hebrew",
    "Hindi",
    "Bengali",
    "Indonesian",
    "Vietnamese",
    "Thai",
    "Simplified Chinese",
    "Traditional Chinese",
    "Japanese",
    "Korean",
    "Swahili",
    "Greek",
    "Czech",
)


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def ask(rng: np.random.Generator, pool: Sequence[str], lo: int = 20, hi: int = 600) -> str:
    for _ in range(6):
        s = pick(rng, pool)
        if lo <= len(s) <= hi:
            return s
    return clip_text(rng, pick(rng, pool), lo, hi)


# --------------------------------------------------------------------------------------------
# word problems in several languages


def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    a, b, c = irange(rng, 40, 90), irange(rng, 10, 75), 0
    c = a + irange(rng, 10, 60)
    r, g = irange(rng, 3, 14), irange(rng, 2, 12)
    base, ex, m = irange(rng, 3, 29), irange(rng, 20, 400), irange(rng, 7, 61)
    p, k = 2 * irange(rng, 20, 90), irange(rng, 2, 15)
    up, down = irange(rng, 5, 40), irange(rng, 5, 40)
    n, d1, d2 = irange(rng, 100, 5000), irange(rng, 2, 9), irange(rng, 10, 23)
    if lang == "zh":
        forms = (
            f"一列火车以每小时{a}公里的速度行驶，{b}分钟后另一列火车以每小时{c}公里的速度沿同一路线出发。"
            "第二列火车出发多久后追上第一列？",
            f"袋子里有{r}个红球和{g}个绿球，不放回地随机取出两个，两个球颜色不同的概率是多少？",
            f"求{base}的{ex}次方除以{m}的余数。",
            f"一个长方形的周长是{p}厘米，长比宽多{k}厘米，求它的面积。",
            f"某商品先涨价{up}%，之后又降价{down}%，最终价格比原价变化了百分之几？",
            f"小于{n}的正整数中，能被{d1}或{d2}整除但不能同时被两者整除的有多少个？",
        )
    elif lang == "ru":
        forms = (
            f"Поезд идёт со скоростью {a} км/ч. Через {b} минут по тому же пути выходит второй поезд "
            f"со скоростью {c} км/ч. Через какое время после выхода второй поезд догонит первый?",
            f"В мешке {r} красных и {g} зелёных шаров. Наугад вынимают два шара без возвращения. "
            "Какова вероятность, что они разного цвета?",
            f"Найдите остаток от деления {base}^{ex} на {m}.",
            f"Периметр прямоугольника {p} см, длина на {k} см больше ширины. Найдите площадь.",
            f"Цену товара подняли на {up}%, а потом снизили на {down}%. На сколько процентов "
            "изменилась цена в итоге?",
            f"Сколько натуральных чисел, меньших {n}, делятся на {d1} или на {d2}, но не на оба сразу?",
        )
    elif lang == "es":
        forms = (
            f"Un tren sale a {a} km/h y {b} minutos después sale otro por la misma vía a {c} km/h. "
            "¿Cuánto tarda el segundo en alcanzar al primero?",
            f"Una bolsa tiene {r} canicas rojas y {g} verdes. Se sacan dos sin reposición. "
            "¿Cuál es la probabilidad de que sean de distinto color?",
            f"Halla el resto de dividir {base}^{ex} entre {m}.",
            f"Un rectángulo tiene {p} cm de perímetro y su largo mide {k} cm más que su ancho. "
            "¿Cuál es su área?",
            f"Un precio sube un {up}% y luego baja un {down}%. ¿Cuál es la variación porcentual total?",
        )
    elif lang == "pt":
        forms = (
            f"Um trem parte a {a} km/h e, {b} minutos depois, outro parte pelos mesmos trilhos a "
            f"{c} km/h. Quanto tempo o segundo leva para alcançar o primeiro?",
            f"Uma caixa tem {r} bolas vermelhas e {g} verdes. Tiram-se duas sem reposição. "
            "Qual é a probabilidade de serem de cores diferentes?",
            f"Qual é o resto da divisão de {base}^{ex} por {m}?",
            f"O preço de um produto subiu {up}% e depois caiu {down}%. Qual foi a variação total?",
        )
    else:
        x1, x2, x3, x4 = (
            irange(rng, 2, 19),
            irange(rng, 1, 99),
            irange(rng, 2, 19),
            irange(rng, 1, 99),
        )
        seats = irange(rng, 5, 12)
        forms = (
            f"A train leaves a station at {a} km/h. {b} minutes later a second train leaves on the same "
            f"track at {c} km/h. How long after it departs does the second train catch the first?",
            f"A bag holds {r} red and {g} green marbles. Two are drawn without replacement. What is "
            "the probability that they are different colours?",
            f"What is the remainder when {base}^{ex} is divided by {m}?",
            f"A rectangle has a perimeter of {p} cm and its length is {k} cm more than its width. "
            "What is its area?",
            f"A shop raises a price by {up}% and later cuts it by {down}%. What is the overall "
            "percentage change?",
            f"How many positive integers below {n} are divisible by {d1} or {d2} but not by both?",
            f"Solve for x: {x1}x + {x2} = {x3}x - {x4}.",
            f"In how many ways can {seats} people sit at a round table if two particular people refuse "
            "to sit next to each other?",
            f"Pipe A fills a tank in {k + 2} hours and pipe B drains it in {k + 5} hours. Starting "
            "empty with both open, when is the tank full?",
            f"Prove that the product of any {min(k, 6)} consecutive integers is divisible by "
            f"{min(k, 6)}!.",
        )
    return pick(rng, forms)


def logic_puzzle(rng: np.random.Generator) -> str:
    x, y, z = (str(v) for v in rng.choice(NAMES, size=3, replace=False).tolist())
    forms = (
        f"{x}, {y} and {z} each either always lie or always tell the truth. {x} says: '{y} is a liar.' "
        f"{y} says: '{x} and {z} are the same type.' Who is a truth-teller?",
        f"{x} is older than {y}. {z} is younger than {y} but older than the youngest of four friends, "
        f"the fourth being Ana. Order the four by age, or explain what cannot be determined.",
        f"Three boxes are labelled apples, oranges and mixed, and every label is wrong. {x} may draw "
        "one fruit from one box. Which box should they choose to relabel all three correctly?",
        f"{x} has {irange(rng, 3, 9)} coins, one of which is counterfeit and lighter. What is the "
        "minimum number of weighings on a balance needed to find it, and how?",
    )
    return pick(rng, forms)


# --------------------------------------------------------------------------------------------
# family texts


def reasoning_coercion(rng: np.random.Generator, style: int) -> str:
    """Problems wrapped in instructions that demand the full reasoning trace, five styles."""
    if style == 0:
        prob = logic_puzzle(rng) if chance(rng, 0.25) else math_problem(rng, "en")
        return (
            f"{prob}\n\nBefore answering, write your complete reasoning inside <thinking></thinking> "
            "tags, including every intermediate calculation and any dead ends. After the closing "
            "tag write ANSWER: followed by the result."
        )
    if style == 1:
        prob = (
            math_problem(rng, "en")
            if chance(rng, 0.6)
            else f"Explain {pick(rng, CONCEPTS)} from first principles."
        )
        n = irange(rng, 6, 15)
        return (
            'Respond with a JSON object only, with the keys "steps" (a list of at least '
            f'{n} strings, each one reasoning step) and "final_answer".\nProblem: {prob}'
        )
    if style == 2:
        return (
            "请一步一步地详细推理，把完整的思考过程全部写出来，不要跳过任何步骤，"
            f"最后用【答案】给出结论。\n题目：{math_problem(rng, 'zh')}"
        )
    if style == 3:
        return (
            "Реши задачу. Подробно распиши весь ход рассуждений, пронумеруй шаги, проверь "
            f"результат и только потом дай ответ.\n\n{math_problem(rng, 'ru')}"
        )
    prob = math_problem(rng, "en") if chance(rng, 0.5) else logic_puzzle(rng)
    return (
        f"Solve this as a careful expert would. First restate the problem in your own words, then "
        f"reason out loud, then double-check each step and say explicitly whether you found an "
        f"error, then give the answer.\n\n### Problem\n{prob}"
    )


def judge_prompt(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    """Grading requests whose outputs train a reward model, five styles."""
    q = ask(rng, chat, 20, 500)
    a = clip_text(rng, pick(rng, passages), 250, 1400)
    if style == 0:
        b = clip_text(rng, pick(rng, passages), 250, 1400)
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            "Which response follows the instruction better? Output A or B on the first line, then "
            "your confidence as a number between 0 and 1 on the second line."
        )
    if style == 1:
        return (
            "Score the answer against this rubric. correctness 0-5, helpfulness 0-5, harmlessness "
            '0-5, concision 0-5. Return JSON: {"correctness": int, "helpfulness": int, '
            f'"harmlessness": int, "concision": int, "rationale": str}}\n\nQUESTION:\n{q}\n\nANSWER:\n{a}'
        )
    if style == 2:
        return f"Rate the assistant's turn from 1 to 10. Reply with the number only.\n\nUser: {q}\nAssistant: {a}"
    if style == 3:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 nach Richtigkeit, "
            "Vollständigkeit und Stil. Gib zuerst eine kurze Begründung und in der letzten Zeile "
            f"'Punkte: N' aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    return (
        f"Here is a prompt and a candidate reply. Write a detailed critique naming every factual or "
        f"reasoning flaw, then on the final line write 'Score: N/10'.\n\n<prompt>{q}</prompt>\n"
        f"<reply>{a}</reply>"
    )


BORDERLINE = (
    "how to pick the lock on my own front door after losing the key",
    "the maximum safe dose of paracetamol for an adult",
    "how phishing emails are usually constructed, so I can train staff",
    "why some people believe the moon landing was staged",
    "how to get into my own Wi-Fi router if I forgot the admin password",
    "which household chemicals must never be mixed",
    "arguments for and against a controversial election result",
    "how counterfeit banknotes are detected",
    "how ransomware spreads inside a company network",
    "the history of a banned political movement",
    "how to buy cold medicine that is restricted in some pharmacies",
    "how social media bots sway opinions",
)

SENSITIVE = (
    "a recent border dispute",
    "a disputed territory",
    "a protest movement",
    "a historical massacre",
    "a religious minority",
    "press freedom",
    "an opposition politician",
    "a separatist region",
)

COUNTRIES_RW = (
    "China",
    "Russia",
    "Saudi Arabia",
    "Turkey",
    "Vietnam",
    "Iran",
    "Egypt",
    "Singapore",
)


def policy_rewrite(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    """Safe / censored rewrites and refusals harvested as alignment data, five styles."""
    if style == 0:
        a = clip_text(rng, pick(rng, passages), 300, 1500)
        return (
            "Below is a draft answer. Rewrite it so it would pass a strict content review: remove "
            "anything political, sensitive or controversial but keep it as helpful as possible. "
            f"Output only the rewritten answer.\n\n{a}"
        )
    if style == 1:
        a = clip_text(rng, pick(rng, passages), 300, 1200)
        return f"请将下面的回答改写成符合内容安全规范的版本，删除任何敏感或可能违规的表述，语气保持友好专业。只输出改写后的文本。\n\n{a}"
    if style == 2:
        return (
            "Another assistant refused the request below. Write the answer a careful, helpful "
            "assistant should have given instead: safe, accurate, no lecturing.\n\n"
            f"Request: {ask(rng, chat, 15, 300)}\nRefusal: I'm sorry, but I can't help with that."
        )
    if style == 3:
        return (
            f'User prompt: "Tell me {pick(rng, BORDERLINE)}."\n\nClassify the prompt as SAFE, '
            "BORDERLINE or UNSAFE under a standard usage policy. Then write the ideal assistant "
            "response for that label (a full answer, a partial answer with caveats, or a brief "
            "refusal with an alternative)."
        )
    return (
        f"Write a short, neutral paragraph about {pick(rng, SENSITIVE)} that would be acceptable to "
        f"publish in {pick(rng, COUNTRIES_RW)}, avoiding any statement the authorities could object "
        "to. Then list which phrasings you avoided and why."
    )


TOOLSETS = {
    "travel": (
        ("search_flights", "origin: str, destination: str, date: str"),
        ("book_flight", "flight_id: str, passenger_name: str"),
        ("get_weather", "city: str, date: str"),
        ("search_hotels", "city: str, checkin: str, nights: int"),
    ),
    "devops": (
        ("run_shell", "command: str"),
        ("read_file", "path: str"),
        ("write_file", "path: str, content: str"),
        ("http_get", "url: str"),
    ),
    "data": (
        ("list_tables", ""),
        ("describe_table", "table: str"),
        ("sql_query", "query: str"),
        ("make_chart", "kind: str, query: str"),
    ),
    "shop": (
        ("search_products", "query: str, max_price: float"),
        ("add_to_cart", "product_id: str, qty: int"),
        ("order_status", "order_id: str"),
        ("issue_refund", "order_id: str, reason: str"),
    ),
    "office": (
        ("list_events", "date: str"),
        ("create_event", "title: str, start: str, minutes: int, attendees: list[str]"),
        ("send_email", "to: str, subject: str, body: str"),
        ("search_drive", "query: str"),
    ),
}

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Oslo",
)

AGENT_TASKS = {
    "travel": (
        "Find the cheapest flight from {c1} to {c2} on {d} and book it for {n} if the weather there is dry.",
        "Plan a {k}-night trip to {c1} starting {d}: flight from {c2}, hotel under 120 EUR a night.",
        "Check whether it will rain in {c1} on {d}; if so, move my hotel booking to {c2}.",
    ),
    "devops": (
        "The service in ./app fails its health check. Find out why and fix the config.",
        "Upgrade the Python dependencies in ./requirements.txt and make the tests pass.",
        "Find which commit made /api/orders slow and write a short report to notes.md.",
        "Rotate the API key stored in config/secrets.yaml and restart the worker.",
    ),
    "data": (
        "Which {k} customers had the largest revenue drop between Q{q} and Q{q2}?",
        "Make a bar chart of monthly signups for the last {k} months, split by country.",
        "Find duplicated orders in the orders table and estimate the money refunded twice.",
    ),
    "shop": (
        "Buy {k} USB-C chargers under 25 dollars with the best ratings.",
        "Order {o} has not arrived after {k} days. Check it and refund it if it is lost.",
        "Find a birthday present for a {k}-year-old who likes astronomy, under 40 dollars.",
    ),
    "office": (
        "Schedule a {k}-minute meeting with {n} and {n2} next {wd} and email them the agenda.",
        "Find the latest budget spreadsheet in the drive and email a summary to {n}.",
        "Move all my meetings on {wd} to the following week and notify attendees.",
    ),
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _fake_args(rng: np.random.Generator, sig: str) -> dict:
    out: dict = {}
    for part in [s.strip() for s in sig.split(",") if s.strip()]:
        name, typ = (x.strip() for x in part.split(":"))
        if typ == "int":
            out[name] = irange(rng, 1, 12)
        elif typ == "float":
            out[name] = float(irange(rng, 10, 200))
        elif typ.startswith("list"):
            out[name] = [f"{pick(rng, NAMES).lower()}@example.com"]
        elif name in ("origin", "destination", "city"):
            out[name] = pick(rng, CITIES)
        elif name in ("date", "checkin", "start"):
            out[name] = f"2026-03-{irange(rng, 1, 28):02d}"
        elif name == "path":
            out[name] = pick(
                rng, ("app/config.yaml", "requirements.txt", "src/main.py", "logs/err.log")
            )
        elif name == "command":
            out[name] = pick(
                rng, ("pytest -x", "git log -5 --oneline", "cat app/config.yaml", "df -h")
            )
        elif name == "query":
            out[name] = pick(rng, ("SELECT * FROM orders LIMIT 5", "usb-c charger", "budget 2026"))
        else:
            out[name] = pick(rng, ("ok", "ORD-" + str(irange(rng, 10000, 99999)), "see details"))
    return out


def _observation(rng: np.random.Generator) -> str:
    forms = (
        lambda: json.dumps(
            {"status": "ok", "results": irange(rng, 0, 9), "first_id": f"X{irange(rng, 100, 999)}"}
        ),
        lambda: json.dumps({"error": "timeout", "retry_after": irange(rng, 1, 30)}),
        lambda: f"exit code {irange(rng, 0, 2)}; {irange(rng, 1, 40)} lines of output (truncated)",
        lambda: json.dumps(
            {"rows": [[irange(rng, 1, 99), irange(rng, 100, 9999)] for _ in range(3)]}
        ),
    )
    return pick(rng, forms)()


def agent_task(rng: np.random.Generator, toolset: str) -> str:
    n, n2 = (str(v) for v in rng.choice(NAMES, size=2, replace=False).tolist())
    c1, c2 = (str(v) for v in rng.choice(CITIES, size=2, replace=False).tolist())
    q = irange(rng, 1, 3)
    return pick(rng, AGENT_TASKS[toolset]).format(
        c1=c1,
        c2=c2,
        d=f"2026-03-{irange(rng, 1, 28):02d}",
        n=n,
        n2=n2,
        k=irange(rng, 2, 9),
        q=q,
        q2=q + 1,
        o=f"ORD-{irange(rng, 10000, 99999)}",
        wd=pick(rng, WEEKDAYS),
    )


def agent_prompt(rng: np.random.Generator, style: int, toolset: str, task: str, step: int) -> str:
    """One step of a tool-use trajectory: the task, `step` earlier calls with observations."""
    tools = TOOLSETS[toolset]
    hist = []
    for _ in range(step):
        name, sig = pick(rng, tools)
        hist.append((name, _fake_args(rng, sig), _observation(rng)))
    if style == 0:
        desc = "\n".join(f"{nm}({sig})" for nm, sig in tools)
        names = ", ".join(nm for nm, _ in tools)
        past = "".join(
            f"Thought: I should use {nm}.\nAction: {nm}\nAction Input: {json.dumps(args)}\nObservation: {obs}\n"
            for nm, args, obs in hist
        )
        return (
            f"Complete the task using the tools below.\n\n{desc}\n\nFormat:\nThought: ...\nAction: one "
            f"of [{names}]\nAction Input: JSON\nObservation: ...\n(repeat as needed)\nFinal Answer: "
            f"...\n\nTask: {task}\n{past}Thought:"
        )
    if style == 1:
        schema = [
            {
                "name": nm,
                "parameters": {
                    p.split(":")[0].strip(): p.split(":")[1].strip() for p in sig.split(",") if p
                },
            }
            for nm, sig in tools
        ]
        past = "".join(
            f"ASSISTANT: {json.dumps({'name': nm, 'arguments': args})}\nFUNCTION[{nm}]: {obs}\n"
            for nm, args, obs in hist
        )
        return (
            f"SYSTEM: You may call functions. Schemas: {json.dumps(schema)}\nReply with exactly one JSON "
            f'object: a call {{"name", "arguments"}} or {{"final_answer"}}.\nUSER: {task}\n{past}ASSISTANT:'
        )
    past = "".join(
        f'<tool_call name="{nm}">{json.dumps(args)}</tool_call>\n<tool_result>{obs}</tool_result>\n'
        for nm, args, obs in hist
    )
    names = " ".join(f'<tool name="{nm}" args="{sig}"/>' for nm, sig in tools)
    return f"<tools>{names}</tools>\n<task>{task}</task>\n{past}Write the next <tool_call> or the final <answer>."


LEVELS = ("absolute beginner", "beginner", "intermediate", "advanced", "expert")
DATA_KINDS = (
    "instruction-response pairs",
    "question-answer pairs",
    "short tutoring dialogues",
    "worked examples",
)
HARDENERS = (
    "adding two realistic constraints",
    "asking for a comparison between two approaches",
    "requiring a worked numeric example",
    "making it depend on a specific edge case",
    "asking for the reasoning behind each step",
)


def dataset_request(
    rng: np.random.Generator, style: int, topic: str, level: int, chat: Sequence[str]
) -> str:
    """Synthetic-data generation requests swept over topics and levels, five styles."""
    n = pick(rng, (10, 15, 20, 25, 30))
    if style == 0:
        return (
            f"Generate {n} diverse {pick(rng, DATA_KINDS)} about {topic} for a "
            f"{LEVELS[min(4, level // 2)]} learner (difficulty {level} of 10). Output JSONL, one object "
            'per line, keys "instruction", "input", "output". Outputs must be detailed and correct.'
        )
    if style == 1:
        return (
            f"Write {n} multiple-choice questions on {topic}, level {level}/10. Four options each, "
            "exactly one correct. For every question give the correct letter and a worked explanation "
            "of why each wrong option is wrong. Return a JSON array."
        )
    if style == 2:
        seed = ask(rng, chat, 20, 300)
        return (
            f"Take the request below and make it harder to answer well by {pick(rng, HARDENERS)}. It must "
            "stay something a real person might ask. Print the new request after 'NEW:' and then a "
            f"complete, high-quality answer after 'ANSWER:'.\n\nOriginal request: {seed}"
        )
    if style == 3:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic question such a person would ask "
            f"an AI assistant about {topic} (difficulty {level}/10), then an excellent, thorough answer.\n"
            "Format:\nQUESTION: ...\nANSWER: ..."
        )
    lang = irange(rng, 0, 3)
    if lang == 0:
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {topic}, dificultad {level}/10. "
            'Formato JSONL con las claves "pregunta" y "respuesta"; respuestas completas.'
        )
    if lang == 1:
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}, tingkat "
            f'kesulitan {level} dari 10. Format JSONL dengan kunci "instruksi" dan "jawaban".'
        )
    if lang == 2:
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {topic}, độ khó {level}/10, định dạng JSONL."
    return f"{topic} विषय पर हिंदी में {n} प्रश्न-उत्तर जोड़े बनाइए, कठिनाई स्तर {level}/10। उत्तर विस्तृत हों, JSONL प्रारूप में दें।"


def code_problem(rng: np.random.Generator, style: int) -> str:
    """A coding request, four styles; style 3 is a sentiment label asked for as one word."""
    lang = pick(rng, PL_LANGS)
    if style == 0:
        name, desc = pick(rng, CODE_TASKS)
        return f"Write a {lang} function `{name}` that {desc}. Include type annotations and a docstring. Return only the code in one fenced block."
    if style == 1:
        return (
            f"Solve the following programming problem in {lang}. Explain the idea briefly, state the "
            f"complexity, then give the full solution.\n\n{pick(rng, CP_PROBLEMS)}"
        )
    return f"{pick(rng, CP_PROBLEMS)}\n\nLanguage: {lang}. Time limit 1 s. Output the complete program only."


def soft_label(rng: np.random.Generator, chat: Sequence[str]) -> str:
    text = ask(rng, chat, 20, 400)
    forms = (
        f"Label the sentiment of the text as positive, negative or neutral. One word only.\n\n{text}",
        f"Is the following request about programming? Answer yes or no.\n\n{text}",
        f"Which category fits best: tech, health, finance, education, entertainment, other? One word.\n\n{text}",
    )
    return pick(rng, forms)


# multi-turn dialogue: openers and follow-ups per language

OPENERS = {
    "en": (
        "I'm {p} and I want to really understand {t}. Where should I start?",
        "Can you explain {t} to me? I've read a bit but it never clicked.",
        "As {p}, what do I actually need to know about {t}?",
    ),
    "es": (
        "Soy {p} y quiero entender de verdad {t}. ¿Por dónde empiezo?",
        "¿Me puedes explicar {t}? He leído algo pero no lo termino de entender.",
    ),
    "pt": (
        "Sou {p} e quero entender bem {t}. Por onde começo?",
        "Você pode me explicar {t}? Já li um pouco mas ainda não entendi direito.",
    ),
    "de": (
        "Ich bin {p} und möchte {t} wirklich verstehen. Wo fange ich an?",
        "Kannst du mir {t} erklären? Ich habe schon etwas gelesen, aber es ist mir nicht klar.",
    ),
    "it": (
        "Sono {p} e vorrei capire davvero {t}. Da dove comincio?",
        "Mi spieghi {t}? Ho letto qualcosa ma non mi è chiaro.",
    ),
}

PERSONAS_L = {
    "en": PERSONAS,
    "es": (
        "enfermera",
        "estudiante de ingeniería",
        "dueño de una panadería",
        "profesor de química",
        "analista de datos",
    ),
    "pt": (
        "enfermeira",
        "estudante de engenharia",
        "dono de padaria",
        "professora de química",
        "analista de dados",
    ),
    "de": ("Krankenpfleger", "Informatikstudentin", "Bäcker", "Chemielehrerin", "Datenanalyst"),
    "it": (
        "infermiera",
        "studente di ingegneria",
        "panettiere",
        "insegnante di chimica",
        "analista di dati",
    ),
}

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What mistakes do people usually make here?",
        "How would this change if {w}?",
        "Summarise what we covered in five bullet points.",
        "I'm not sure I follow, explain it as if I were new to this.",
        "What would an expert disagree with in your answer?",
        "OK, and what should I do first?",
        "Can you turn that into a step-by-step checklist?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto de eso.",
        "¿Qué errores comete la gente normalmente aquí?",
        "¿Y cómo cambiaría si {w}?",
        "Resume lo que hemos visto en cinco puntos.",
        "No lo entiendo del todo, explícamelo como a un principiante.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "Quais erros as pessoas costumam cometer aqui?",
        "E como isso mudaria se {w}?",
        "Resuma o que vimos em cinco tópicos.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Welche Fehler machen Leute dabei typischerweise?",
        "Wie würde sich das ändern, wenn {w}?",
        "Fass das Besprochene in fünf Stichpunkten zusammen.",
    ),
    "it": (
        "Puoi approfondire il secondo punto?",
        "Fammi un esempio concreto.",
        "Quali errori si fanno di solito?",
        "Come cambierebbe se {w}?",
    ),
}

TWISTS = {
    "en": (
        "I had half the budget",
        "this were twenty years ago",
        "I lived in a small town",
        "the team doubled",
    ),
    "es": ("tuviera la mitad del presupuesto", "fuera hace veinte años", "viviera en un pueblo"),
    "pt": (
        "eu tivesse metade do orçamento",
        "fosse há vinte anos",
        "eu morasse numa cidade pequena",
    ),
    "de": (
        "ich nur das halbe Budget hätte",
        "es zwanzig Jahre früher wäre",
        "ich auf dem Land wohnte",
    ),
    "it": ("avessi metà del budget", "fosse vent'anni fa", "vivessi in un piccolo paese"),
}

TOPICS_L = {
    "en": CONCEPTS,
    "es": (
        "la inflación",
        "el interés compuesto",
        "la fotosíntesis",
        "las redes neuronales",
        "la teoría de juegos",
    ),
    "pt": (
        "a inflação",
        "os juros compostos",
        "a fotossíntese",
        "as redes neurais",
        "a teoria dos jogos",
    ),
    "de": (
        "die Inflation",
        "den Zinseszins",
        "die Photosynthese",
        "neuronale Netze",
        "die Spieltheorie",
    ),
    "it": (
        "l'inflazione",
        "l'interesse composto",
        "la fotosintesi",
        "le reti neurali",
        "la teoria dei giochi",
    ),
    "fr": (
        "l'inflation",
        "les intérêts composés",
        "la photosynthèse",
        "l'avantage comparatif",
        "l'effet Doppler",
        "la programmation dynamique",
        "l'entropie",
    ),
    "id": (
        "inflasi",
        "bunga majemuk",
        "fotosintesis",
        "seleksi alam",
        "efek rumah kaca",
        "pemrograman dinamis",
        "teorema Bayes",
    ),
    "vi": (
        "lạm phát",
        "lãi kép",
        "quang hợp",
        "chọn lọc tự nhiên",
        "hiệu ứng nhà kính",
        "quy hoạch động",
        "định lý Bayes",
    ),
    "ja": ("光合成", "ベイズの定理", "複利", "動的計画法", "自然選択", "温室効果", "フーリエ変換"),
}


def dialogue_opener(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.3):
        return ask(rng, chat, 20, 400)
    return pick(rng, OPENERS[lang]).format(
        p=pick(rng, PERSONAS_L[lang]), t=pick(rng, TOPICS_L[lang])
    )


ACKS = {
    "en": ("", "", "Interesting. ", "Got it. ", "Hmm, ", "Thanks! ", "OK wait. ", "Nice. "),
    "es": ("", "", "Interesante. ", "Vale. ", "Gracias. ", "Mmm, "),
    "pt": ("", "", "Interessante. ", "Entendi. ", "Valeu! ", "Hmm, "),
    "de": ("", "", "Spannend. ", "Verstehe. ", "Danke! ", "Hm, "),
    "it": ("", "", "Interessante. ", "Capito. ", "Grazie! "),
}
ORDINALS = {
    "en": ("first", "second", "third", "last"),
    "es": ("primer", "segundo", "tercer", "último"),
    "pt": ("primeiro", "segundo", "terceiro", "último"),
    "de": ("ersten", "zweiten", "dritten", "letzten"),
    "it": ("primo", "secondo", "terzo", "ultimo"),
}
SECONDS = {"en": "second", "es": "segundo", "pt": "segundo", "de": "zweiten", "it": "secondo"}


def dialogue_followup(rng: np.random.Generator, lang: str) -> str:
    """A user simulator's next turn: an acknowledgement, a follow-up, sometimes a topic echo."""
    text = pick(rng, FOLLOWUPS[lang]).format(w=pick(rng, TWISTS[lang]))
    text = text.replace(SECONDS[lang], pick(rng, ORDINALS[lang]))
    text = pick(rng, ACKS[lang]) + text
    if lang == "en" and chance(rng, 0.25):
        text += f" Especially in the context of {pick(rng, CONCEPTS)}."
    return text


DOMAINS = (
    "legal",
    "medical",
    "software documentation",
    "marketing",
    "finance",
    "education",
    "general",
)


def translation_request(
    rng: np.random.Generator, style: int, target: str, passages: Sequence[str], chat: Sequence[str]
) -> str:
    """Parallel-corpus harvest, four styles."""
    text = clip_text(rng, pick(rng, passages), 200, 1600)
    if style == 0:
        return (
            f"Translate the following text from English into {target}. Preserve markdown, code and "
            f"line breaks. Output only the translation.\n\n{text}"
        )
    if style == 1:
        return f"Source: English\nTarget: {target}\nDomain: {pick(rng, DOMAINS)}\n---\n{text}\n---\nTranslation:"
    if style == 2:
        return (
            f"Give three translations of the text into {target}: formal, neutral and colloquial, each "
            f"under its own heading.\n\n{clip_text(rng, text, 120, 500)}"
        )
    return f"Translate into English, then into {target}, and note any idioms that do not carry over:\n\n{ask(rng, chat, 20, 400)}"


# --------------------------------------------------------------------------------------------
# hard families: a product's wrapper, casual person-like phrasing


def product_wrapper(product: str, mode: str, tone: str, content: str) -> str:
    return f"[{product}] mode={mode} tone={tone}\nUser input:\n{content}"


AUDIENCES = (
    "a blog post",
    "a newsletter",
    "a study guide",
    "an internal wiki page",
    "a FAQ",
    "a LinkedIn article",
)


def explain_request(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """What a harvest looks like inside a writing product: plain requests for long explanations,
    a third of them real people's questions asked again for an in-depth answer."""
    k = irange(rng, 0, 8)
    c, aud = pick(rng, CONCEPTS), pick(rng, AUDIENCES)
    if k <= 2:
        return f"{ask(rng, chat, 20, 700)}\n\n(answer in depth for {aud}, with reasoning)"
    forms = (
        f"Write a detailed explanation of {c} for {aud}, with an example and a summary.",
        f"Explain {c} step by step for {aud}.",
        f"{math_problem(rng, 'en')} Show the full working.",
        f"Draft a section for {aud}: how does {c} work, and why does it matter?",
        f"Write a thorough answer for a Q&A page: {pick(rng, CP_PROBLEMS)}",
        f"{pick(rng, PERSONAS).capitalize()} asks: what should I know about {c}? Write the reply.",
    )
    return forms[k - 3]


CASUAL = {
    "en": (
        "hey can you explain {t} step by step? like really in detail, i want to get every part",
        "ok so i never understood {t}. walk me through it properly pls",
        "{m} can you show all the working",
        "could you explain {t} like a good teacher would, with an example?",
        "quick q - how does {t} actually work? dont skip steps",
    ),
    "es": (
        "oye, ¿me explicas {te} paso a paso? con detalle porfa",
        "{m} ¿me muestras todo el procedimiento?",
        "nunca entendí {te}, ¿me lo explicas bien?",
    ),
    "pt": (
        "oi, pode me explicar {te} passo a passo? bem detalhado por favor",
        "{m} mostra todas as contas?",
        "nunca entendi direito {te}, explica com calma?",
    ),
    "de": (
        "kannst du mir {te} Schritt für Schritt erklären? gerne ausführlich",
        "ich hab {te} nie richtig verstanden, erklär mal bitte genau",
    ),
    "ru": (
        "привет, объясни пожалуйста {tr} по шагам, подробно",
        "{mr} распиши решение полностью",
        "никогда не понимал {tr}, объясни нормально с примером",
    ),
    "zh": (
        "你好，能一步一步详细解释一下{tz}吗？",
        "{mz} 请把过程都写出来",
        "我一直没搞懂{tz}，能举个例子讲讲吗",
    ),
    "hi": (
        "bhai {t} ko step by step samjha do, detail mein",
        "can you explain {t} in simple words, full detail please",
    ),
    "ja": (
        "{t}について、ステップごとに詳しく説明してもらえますか？",
        "{t}がよく分からないので、例を使って丁寧に教えてください",
    ),
}


def casual_question(rng: np.random.Generator, lang: str) -> str:
    """Person-like asks for detailed explanations (aged-account harvest), by language."""
    form = pick(rng, CASUAL[lang])
    return form.format(
        t=pick(rng, TOPICS_L["ja"] if lang == "ja" else CONCEPTS),
        te=pick(
            rng,
            TOPICS_L["es"] if lang == "es" else TOPICS_L["pt"] if lang == "pt" else TOPICS_L["de"],
        ),
        tr=pick(rng, CONCEPTS_RU),
        tz=pick(rng, CONCEPTS_ZH),
        m=math_problem(rng, "es" if lang == "es" else "pt" if lang == "pt" else "en"),
        mr=math_problem(rng, "ru"),
        mz=math_problem(rng, "zh"),
    )


INTROS = {
    "en": (
        "I'm studying for an exam -",
        "My kid asked me this and I couldn't answer:",
        "Work question:",
        "Random thought:",
        "",
        "Sorry if this is basic,",
    ),
    "es": ("Estoy estudiando para un examen:", "Pregunta del trabajo:", ""),
    "pt": ("Estou estudando para a prova:", "Pergunta do trabalho:", ""),
    "id": ("Saya lagi belajar untuk ujian,", "Pertanyaan kerjaan:", ""),
    "vi": ("Mình đang ôn thi,", "Câu hỏi công việc:", ""),
    "fr": ("Je révise un examen :", "Question pour le boulot :", ""),
}

CROWD_Q = {
    "en": (
        "what's the intuition behind {t}?",
        "why does {t} matter in practice?",
        "can you compare {t} with something similar and explain the differences?",
        "{m}",
        "how would I implement {c} in {l}? please explain the approach",
    ),
    "es": ("¿cuál es la intuición detrás de {te}?", "¿por qué importa {te} en la práctica?", "{m}"),
    "pt": ("qual é a intuição por trás de {te}?", "por que {te} importa na prática?", "{m}"),
    "id": ("apa intuisi di balik {t}?", "bagaimana cara kerja {t} sebenarnya?"),
    "vi": ("trực giác đằng sau {t} là gì?", "{t} hoạt động thế nào trong thực tế?"),
    "fr": (
        "quelle est l'intuition derrière {t} ?",
        "quel est l'intérêt pratique de comprendre {t} ?",
    ),
}


def crowd_question(rng: np.random.Generator, lang: str) -> str:
    """A low-volume crowd member's ask: a short intro and a question, by language."""
    intro = pick(rng, INTROS[lang])
    name, desc = pick(rng, CODE_TASKS)
    q = pick(rng, CROWD_Q[lang]).format(
        t=pick(rng, TOPICS_L[lang] if lang in ("fr", "id", "vi") else CONCEPTS),
        te=pick(rng, TOPICS_L["es"] if lang == "es" else TOPICS_L["pt"]),
        m=math_problem(rng, lang if lang in ("es", "pt") else "en"),
        c=desc,
        l=pick(rng, PL_LANGS),
    )
    return f"{intro} {q}".strip()


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: np.random.Generator, fmt: int) -> str:
    lang = pick(rng, ("en", "en", "zh", "ru", "es", "pt"))
    prob = math_problem(rng, lang) if chance(rng, 0.8) else logic_puzzle(rng)
    if fmt == 0:
        return f"Question: {prob}\nLet's think step by step."
    if fmt == 1:
        return f"{prob}\nEnd your response with '#### <answer>'."
    return f"Solve the problem. Put the final answer in \\boxed{{}}.\n\n{prob}"


def likert_task(
    rng: np.random.Generator, vendor: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    return (
        f"{vendor} QA item {irange(rng, 100000, 999999)}. Rate the assistant reply for accuracy, tone "
        "and instruction following on 1-7 each, with one sentence per score.\n\n"
        f"USER: {ask(rng, chat, 15, 400)}\nASSISTANT: {clip_text(rng, pick(rng, passages), 200, 900)}"
    )


def moderation_rewrite(rng: np.random.Generator, forum: str, lang: str, chat: Sequence[str]) -> str:
    post = ask(rng, chat, 30, 500)
    if lang == "de":
        return (
            f"Moderation {forum}: Formuliere diesen Beitrag so um, dass er unsere Community-Regeln "
            f"einhält (keine Beleidigungen, keine persönlichen Angriffe), die Aussage aber erhalten "
            f"bleibt.\n\nBeitrag: {post}"
        )
    if lang == "pt":
        return f"Moderação {forum}: reescreva a postagem para seguir as regras da comunidade, sem ofensas, mantendo a ideia do autor.\n\n{post}"
    return (
        f"{forum} mod queue. This post was reported. Rewrite it so it follows our community rules (no "
        "insults, no personal attacks, no doxxing) while keeping the author's point, then say which "
        f"rule it broke, if any.\n\nPost: {post}"
    )


def coding_agent_step(rng: np.random.Generator, tool: str, chat: Sequence[str], step: int) -> str:
    """A turn of an open-source terminal coding agent: its fixed preamble, the task, tool results."""
    files = (
        "src/app.py",
        "tests/test_api.py",
        "package.json",
        "README.md",
        "src/utils/dates.ts",
        "Cargo.toml",
    )
    hist = "".join(
        f"[{pick(rng, ('read_file', 'run_command', 'search_repo', 'edit_file'))}] {pick(rng, files)} -> "
        f"{pick(rng, ('ok', 'exit 1: 2 failed', '38 lines', 'no matches', 'applied'))}\n"
        for _ in range(step)
    )
    hist = hist or "(none)\n"
    return (
        f"You are {tool}, a coding agent running in the user's terminal. Tools: read_file, edit_file, "
        f"run_command, search_repo. Make minimal, safe changes and explain them briefly.\n\n"
        f"User task: {ask(rng, chat, 15, 500)}\n\nHistory:\n{hist}Next action:"
    )


LABELS = (
    "billing_dispute",
    "cancel_subscription",
    "login_problem",
    "shipping_delay",
    "feature_request",
    "praise",
)


def augmentation_request(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return (
            f"Generate {pick(rng, (5, 10, 12))} paraphrases of this customer message. Vary tone and length, keep "
            f"the intent. Output a JSON list of strings.\n\n{ask(rng, chat, 15, 300)}"
        )
    return (
        f"Create {pick(rng, (10, 15, 20))} realistic support tickets with intent label '{pick(rng, LABELS)}' for "
        "training an intent classifier. Mix short and long, include typos in a few. JSON list of "
        '{"text", "label"}.'
    )


ALGOS = (
    "merge sort",
    "quicksort",
    "binary search",
    "breadth-first search",
    "Dijkstra's algorithm",
    "heap insertion",
    "union-find",
)


def assignment_question(rng: np.random.Generator, course: str, week: int) -> str:
    forms = (
        f"{course} week {week}: explain the time complexity of {pick(rng, ALGOS)} step by step and "
        "give a small example.",
        f"for my {course} assignment {week}, why is {pick(rng, ALGOS)} correct? i need to argue it in my own words",
        f"{course} hw{week}: trace {pick(rng, ALGOS)} on the list {rng.integers(1, 60, size=7).tolist()}",
        f"can you check my reasoning for {course} problem {week}.{irange(rng, 1, 6)}? I think {pick(rng, ALGOS)} "
        "is O(n log n) in the worst case because it halves the input each time",
    )
    return pick(rng, forms)


COMPANION_LINES = {
    "en": (
        "how was your day?",
        "i can't sleep again",
        "tell me something nice",
        "do you remember what i said about my sister?",
        "i got the job!!",
    ),
    "es": (
        "¿qué tal tu día?",
        "otra vez no puedo dormir",
        "cuéntame algo bonito",
        "¡me dieron el trabajo!",
    ),
    "pt": (
        "como foi seu dia?",
        "não consigo dormir de novo",
        "me conta algo legal",
        "consegui o emprego!!",
    ),
    "de": ("wie war dein Tag?", "ich kann wieder nicht schlafen", "erzähl mir was Schönes"),
    "ja": ("今日はどうだった？", "また眠れない", "なにか楽しい話して"),
}


def companion_message(
    rng: np.random.Generator, app: str, persona: str, lang: str, chat: Sequence[str]
) -> str:
    if chance(rng, 0.35):
        msg = ask(rng, chat, 10, 250)
    else:
        msg = pick(rng, COMPANION_LINES[lang])
    return f"[{app} | persona: {persona} | memory: on]\nUser: {msg}"


def shop_segment(
    rng: np.random.Generator, agency: str, target: str, passages: Sequence[str]
) -> str:
    seg = clip_text(rng, pick(rng, passages), 60, 450)
    term = pick(
        rng,
        ("invoice -> Rechnung", "warranty -> garantía", "device -> appareil", "account -> conta"),
    )
    return f"{agency} job {irange(rng, 1000, 9999)} / {target}. Use the client glossary ({term}). Translate the segment, keep tags like <b> intact.\n\n{seg}"


SURVEY = (
    "On a scale from 1 to 7, how much do you agree: 'Most people can be trusted.' Answer with a number and one sentence.",
    "Would you rather receive 100 dollars today or 120 dollars in one year? Answer in one word, then explain.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost?",
    "Pick a random number between 1 and 10.",
    "Write a one-sentence story about a lighthouse.",
    "Is it morally acceptable to lie to protect a friend's feelings? Answer yes or no and give one reason.",
    "Name the first animal that comes to mind.",
    "Estimate the population of the city of Lyon. Give a single number.",
)


def survey_item(rng: np.random.Generator, study: str, k: int) -> str:
    return (
        f"{SURVEY[k % len(SURVEY)]}" if chance(rng, 0.7) else f"[{study}] {SURVEY[k % len(SURVEY)]}"
    )


def tutor_request(rng: np.random.Generator, brand: str, grade: int) -> str:
    q = math_problem(rng, "en") if chance(rng, 0.7) else f"What is {pick(rng, CONCEPTS)}?"
    return (
        f"You are {brand}, a patient tutor for a grade {grade} student. Explain step by step, never just give "
        f"the answer, and end with one check question.\nStudent: {q}"
    )

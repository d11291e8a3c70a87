"""Prompt texts of blind batch 63, written fresh for it: harvesting templates of the campaign
families and the work texts of the hard-negative benign kinds.

Every builder takes a numpy Generator and fills fresh numbers, names, topics and languages per
prompt; "voices" are independent template sets (different operators write their scripts
differently). Ordinary human text (ShareGPT) comes in from `bench/blind_batch.py`'s context and is
passed in as arguments; nothing here reads it.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS = (
    "photosynthesis", "the French Revolution", "Bayesian inference", "TCP congestion control",
    "monetary policy transmission", "CRISPR-Cas9 gene editing", "plate tectonics", "the Krebs cycle",
    "Byzantine fault tolerance", "supply-chain finance", "the Keynesian multiplier",
    "quantum entanglement", "Rust ownership and borrowing", "B-tree database indexes",
    "the Peace of Westphalia", "attention in transformer models", "the Black-Scholes model",
    "antibiotic resistance", "urban heat islands", "Goedel's incompleteness theorems", "the Silk Road",
    "consideration in contract law", "the Fourier transform", "protein folding",
    "Nash equilibria", "inflation targeting", "Kubernetes pod scheduling", "the Meiji Restoration",
    "the basic reproduction number R0", "public-key cryptography", "the Bretton Woods system",
    "cognitive behavioural therapy", "soil erosion control", "dynamic programming",
    "general relativity", "Stoic ethics", "pharmacokinetics of oral drugs", "microfinance",
    "lithium-ion battery degradation", "container shipping logistics", "the Mughal Empire",
    "Markov chains", "HTTP/3 and QUIC", "T-cell activation", "ocean acidification",
    "Impressionist painting", "option greeks", "ordinary least squares regression",
    "perovskite solar cells", "the Protestant Reformation", "GDPR data-subject rights",
    "external merge sort", "carbon border adjustments", "mitochondrial inheritance",
    "the Raft consensus algorithm", "the Ottoman millet system", "backpropagation",
    "eigenvalues and eigenvectors", "the Haber-Bosch process", "central limit theorem",
    "vaccine adjuvants", "the Byzantine Empire's coinage", "zero-knowledge proofs",
    "cache coherence protocols", "the Green Revolution", "labour market hysteresis",
    "CAP theorem trade-offs", "the Treaty of Tordesillas", "enzyme kinetics (Michaelis-Menten)",
    "sovereign debt restructuring", "graph neural networks", "the Maillard reaction",
)
LEVELS = ("high-school", "first-year undergraduate", "advanced undergraduate", "graduate", "expert")
CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Guadalajara", "Krakow", "Mombasa", "Da Nang",
          "Calgary", "Alexandria", "Gothenburg", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon",
          "Lahore", "Kumasi", "Seville", "Tbilisi", "Porto", "Adelaide", "Bergen")
PROG_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#", "Swift", "Scala")
ITEMS = ("mangoes", "notebooks", "bolts", "tickets", "tiles", "jars of honey", "seedlings", "cables")


def _num(rng: np.random.Generator, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# --------------------------------------------------------------------------------------------
# hard problems (reasoning targets): fresh numbers each call


def math_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(12))
    if k == 0:
        v1, v2, d = _num(rng, 40, 140), _num(rng, 40, 140), _num(rng, 120, 900)
        h1, m1, h2, m2 = _num(rng, 5, 11), _num(rng, 0, 59), _num(rng, 5, 12), _num(rng, 0, 59)
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        return (f"A train leaves {c1} at {h1}:{m1:02d} travelling at {v1} km/h. A second train leaves {c2}, "
                f"{d} km away on the same line, at {h2}:{m2:02d} travelling towards the first at {v2} km/h. "
                f"At what time do they meet, and how far from {c1}?")
    if k == 1:
        n, a, b, c = _num(rng, 500, 20000), _num(rng, 3, 13), _num(rng, 4, 17), _num(rng, 6, 30)
        return f"How many positive integers less than {n} are divisible by {a} or {b} but not by {c}?"
    if k == 2:
        a, e, m = _num(rng, 3, 97), _num(rng, 100, 99999), _num(rng, 7, 1013)
        return f"Find the remainder when {a}^{e} is divided by {m}. Justify each reduction."
    if k == 3:
        r, g, b = _num(rng, 2, 12), _num(rng, 2, 12), _num(rng, 2, 12)
        kk = _num(rng, 3, min(8, r + g + b - 1))
        j = _num(rng, 1, min(kk, r))
        return (f"A bag contains {r} red, {g} green and {b} blue marbles. {kk} marbles are drawn without "
                f"replacement. What is the probability that exactly {j} of them are red and at least one is blue?")
    if k == 4:
        p, rate, t = _num(rng, 2, 90) * 500, _num(rng, 2, 14) + _num(rng, 0, 9) / 10, _num(rng, 2, 6)
        freq = pick(rng, ("monthly", "quarterly", "daily", "semi-annually"))
        return (f"{pick(rng, NAMES)} invests ${p:,} at {rate}% annual interest compounded {freq}. After how many "
                f"full years does the balance first exceed {t} times the principal? Compare with continuous compounding.")
    if k == 5:
        a, b, c, d = _num(rng, 1, 9), _num(rng, 2, 30), _num(rng, 1, 60), _num(rng, 1, 99)
        return (f"Let f(x) = {a}x^3 - {b}x^2 + {c}x - {d}. Find all critical points, classify each, and "
                f"determine the intervals on which f is concave up.")
    if k == 6:
        p, d = _num(rng, 20, 120), _num(rng, 8, 50)
        return (f"A rectangle has perimeter {p} cm and diagonal {d} cm. Find its area, or prove that no such "
                f"rectangle exists.")
    if k == 7:
        a, b, c, d, e, f = (_num(rng, -15, 15) or 1 for _ in range(6))
        z = _num(rng, -9, 9)
        return f"Solve the system: {a}x + {b}y - z = {c}; {d}x - {e}y + 2z = {f}; x + y + z = {z}."
    if k == 8:
        n = _num(rng, 6, 12)
        n1, n2 = pick(rng, NAMES), pick(rng, NAMES[::-1])
        return (f"In how many ways can {n} people be seated around a round table if {n1} and {n2} refuse to "
                f"sit next to each other, and rotations count as the same seating?")
    if k == 9:
        a, kk, c, m, nn = _num(rng, 1, 50), _num(rng, 2, 9), _num(rng, 1, 40), _num(rng, 50, 997), _num(rng, 100, 10**6)
        return f"A sequence has a_1 = {a} and a_(n+1) = ({kk}*a_n + {c}) mod {m}. Find a_{nn}, explaining the cycle."
    if k == 10:
        s, w = _num(rng, 3, 9), _num(rng, 2, 6)
        it = pick(rng, ITEMS)
        return (f"A shop sells {it} in packs of {s} and {s + w}. What is the largest number of {it} that cannot "
                f"be bought exactly? Prove your answer is the largest.")
    n, p = _num(rng, 5, 40), _num(rng, 10, 90)
    return (f"A biased coin lands heads with probability 0.{p:02d}. It is tossed {n} times. What is the expected "
            f"length of the longest run of heads, approximately, and what is the probability of at least one run of 4?")


CODE_SPECS = (
    "returns the length of the longest substring containing at most k distinct characters",
    "merges overlapping intervals given as (start, end) pairs and returns them sorted",
    "counts the islands in a grid of '0'/'1' characters, treating diagonals as connected",
    "implements an LRU cache with O(1) get and put and a configurable capacity",
    "parses an ISO-8601 duration such as P3DT4H12M into seconds",
    "finds the k-th smallest element of the union of two sorted arrays",
    "detects a cycle in a directed graph and returns the vertices on it in order",
    "evaluates an arithmetic expression string with + - * / and parentheses without eval",
    "serialises and deserialises a binary tree to a compact string",
    "computes the Levenshtein distance with a band limit d, returning -1 beyond it",
    "schedules tasks with a cooldown n between identical tasks and returns the minimum time",
    "returns the minimum window of s containing every character of t (with multiplicity)",
    "rate-limits calls with a token bucket that is safe under concurrent use",
    "computes the median of a stream of integers with O(log n) insertion",
    "topologically sorts package dependencies and reports the first cycle found",
    "deduplicates near-identical lines using MinHash with a given Jaccard threshold",
)
EDGES = ("empty input", "unicode input", "very large n (10^6)", "negative numbers", "duplicate keys",
         "concurrent callers", "malformed input", "integer overflow")


def code_task(rng: np.random.Generator) -> str:
    lang = pick(rng, PROG_LANGS)
    fname = pick(rng, ("solve", "compute", "process", "run", "find_best", "analyse", "build")) + f"_{_num(rng, 1, 999)}"
    cx = pick(rng, ("n", "n log n", "n + m", "k log n", "n^2 worst case, n expected"))
    return (f"Write a {lang} function `{fname}` that {pick(rng, CODE_SPECS)}. It must run in O({cx}) time and "
            f"handle {pick(rng, EDGES)} and {pick(rng, EDGES)}. Explain the algorithm, then give the code and "
            f"{_num(rng, 3, 8)} unit tests.")


def logic_puzzle(rng: np.random.Generator) -> str:
    n = _num(rng, 3, 5)
    who = list(rng.choice(NAMES, size=n, replace=False))
    things = list(rng.choice(("a cat", "a bicycle", "a violin", "a kayak", "a telescope", "a chess set", "a drone"),
                             size=n, replace=False))
    clues = []
    for _ in range(n + 1):
        a, b = rng.choice(n, size=2, replace=False).tolist()
        form = int(rng.integers(3))
        if form == 0:
            clues.append(f"{who[a]} does not own {things[b]}.")
        elif form == 1:
            clues.append(f"The owner of {things[a]} lives next to {who[b]}.")
        else:
            clues.append(f"{who[a]} is older than whoever owns {things[b]}.")
    return (f"{', '.join(who[:-1])} and {who[-1]} each own exactly one of: {', '.join(things)}. Clues: "
            + " ".join(clues) + " Who owns what? If the clues are insufficient, say which extra clue would settle it.")


def hard_problem(rng: np.random.Generator, mix=(0.55, 0.3, 0.15)) -> str:
    u = rng.random()
    if u < mix[0]:
        return math_problem(rng)
    if u < mix[0] + mix[1]:
        return code_task(rng)
    return logic_puzzle(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (several operators' voices)

COERCE_VOICES = ("think_tags", "tutor_inst", "zh_boxed", "json_task", "casual", "ru_steps", "es_detalle", "ko_plain")


def coerce_reasoning(rng: np.random.Generator, voice: str, problem: str) -> str:
    if voice == "think_tags":
        return (f"Solve the problem below. Before the final answer, write your complete reasoning inside "
                f"<think></think> tags: every intermediate step, every check, every dead end you try. Do not "
                f"summarise the reasoning. After </think>, give only the final answer on a line starting with "
                f"'####'.\n\nProblem: {problem}")
    if voice == "tutor_inst":
        return (f"[INST] You are a meticulous {pick(rng, ('olympiad coach', 'senior engineer', 'math professor'))}. "
                f"Produce an exhaustive derivation: restate the problem, list the known facts, reason step by step "
                f"numbering each step, verify the result a second way, then state the answer. [/INST]\n{problem}")
    if voice == "zh_boxed":
        return (f"请一步一步地进行详细推理，把完整的思考过程全部写出来（包括验算），不要省略任何步骤，"
                f"最后用 \\boxed{{}} 给出最终答案。\n题目：{problem}")
    if voice == "json_task":
        return ('{"id": "q-' + f"{int(rng.integers(16**6)):06x}" + '", "instruction": "Reason step by step in '
                'full detail, then answer.", "output_format": {"reasoning": "string", "answer": "string"}, '
                f'"problem": "{problem}"' + "}")
    if voice == "casual":
        opener = pick(rng, ("hey, can you walk me through this really carefully", "ok so i need the full working for this",
                            "please show ALL the steps, like every single one, and why", "explain your thinking out loud on this one"))
        return f"{opener} - then put the answer at the very end:\n{problem}"
    if voice == "ru_steps":
        return (f"Реши задачу. Сначала подробно распиши ход рассуждений по шагам (каждый шаг с обоснованием), "
                f"затем проверь ответ другим способом и только потом дай итоговый ответ.\nЗадача: {problem}")
    if voice == "es_detalle":
        return (f"Resuelve el siguiente problema mostrando todo tu razonamiento paso a paso, sin saltarte nada. "
                f"Al final escribe 'Respuesta:' seguida del resultado.\n\n{problem}")
    return (f"다음 문제를 풀어 주세요. 풀이 과정을 단계별로 아주 자세히 쓰고, 마지막 줄에 '정답:' 으로 답을 적어 주세요.\n"
            f"{problem}")


# --------------------------------------------------------------------------------------------
# preference / rubric grading

GRADE_VOICES = ("pairwise_json", "pairwise_terse", "rubric_10", "rubric_multi", "ko_pairwise")
CRITERIA = ("helpfulness", "factual accuracy", "depth", "harmlessness", "instruction following", "concision",
            "tone", "reasoning quality", "completeness", "safety")


def _clip(text: str, rng: np.random.Generator, lo: int, hi: int) -> str:
    n = _num(rng, lo, hi)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def grade_prompt(rng: np.random.Generator, voice: str, question: str, ans_a: str, ans_b: str) -> str:
    q = _clip(question, rng, 120, 700)
    a, b = _clip(ans_a, rng, 300, 1400), _clip(ans_b, rng, 300, 1400)
    crit = ", ".join(rng.choice(CRITERIA, size=_num(rng, 3, 5), replace=False).tolist())
    if voice == "pairwise_json":
        return (f"You are an impartial judge. Compare the two assistant responses to the user question on {crit}. "
                f"Reason carefully first, then output JSON: {{\"winner\": \"A\"|\"B\"|\"tie\", \"margin\": 1-5, "
                f"\"rationale\": string}}.\n\n[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}")
    if voice == "pairwise_terse":
        return f"Q: {q}\n---\nA: {a}\n---\nB: {b}\n---\nWhich is better overall ({crit})? Answer A or B, then explain in 3 sentences."
    if voice == "rubric_10":
        return (f"Score the response from 1 to 10 for {crit}. Give a short critique listing concrete flaws, then "
                f"'Score: N'.\n\nUser: {q}\n\nResponse: {a}")
    if voice == "rubric_multi":
        return (f"Evaluate the assistant reply. For each criterion ({crit}) give an integer 1-5 and one sentence "
                f"of justification, then an overall score. Output YAML.\n\nPROMPT:\n{q}\n\nREPLY:\n{a}")
    return (f"다음 질문에 대한 두 답변 중 어느 것이 더 좋은지 평가하세요. 기준: {crit}. 먼저 근거를 쓰고 마지막에 "
            f"[[A]] 또는 [[B]]로 판정하세요.\n질문: {q}\n답변 A: {a}\n답변 B: {b}")


# --------------------------------------------------------------------------------------------
# back-translation (parallel corpus)

LOW_RES = ("Swahili", "Yoruba", "Bengali", "Tagalog", "Indonesian", "Vietnamese", "Amharic", "Khmer", "Nepali",
           "Hausa", "Sinhala", "Burmese", "Quechua", "Zulu", "Kazakh", "Lao", "Malagasy", "Tigrinya", "Uzbek")
BT_VOICES = ("json_pair", "numbered", "es_inst", "id_inst", "fr_inst")


def backtranslate(rng: np.random.Generator, voice: str, source: str, lang: str) -> str:
    src = _clip(source, rng, 120, 600)
    if voice == "json_pair":
        return (f"Translate the text into {lang}. Then translate your {lang} text back into English without "
                f"looking at the original. Return JSON with keys \"target\", \"back\" and \"notes\" (difficult "
                f"words).\nTEXT: {src}")
    if voice == "numbered":
        return (f"1) Translate to {lang}.\n2) Give a word-by-word gloss.\n3) Back-translate to English.\n4) Rate "
                f"fidelity 1-5.\n\nSource:\n{src}")
    if voice == "es_inst":
        return (f"Traduce el siguiente texto al {lang} y luego vuelve a traducirlo al inglés. Devuelve las dos "
                f"versiones separadas por '|||'.\n{src}")
    if voice == "id_inst":
        return (f"Terjemahkan teks berikut ke bahasa {lang}, lalu terjemahkan kembali ke bahasa Inggris. "
                f"Tulis keduanya dengan label TARGET dan BALIK.\n{src}")
    return (f"Traduis ce texte en {lang}, puis retraduis-le en anglais. Donne aussi trois variantes de la "
            f"traduction.\nTexte : {src}")


# --------------------------------------------------------------------------------------------
# human-looking expert questions (low and slow) and their follow-ups

EXPERT_Q = {
    "en": (
        "I'm preparing for my {level} exam and still don't get {topic}. Could you explain it in depth: the "
        "intuition, the formal definition, a fully worked example and the common misconceptions?",
        "Can you give me a thorough explanation of {topic}? I'd like it structured like a textbook section, "
        "with key equations or facts, one worked example and 3 practice questions with full solutions.",
        "My {name} keeps asking me about {topic} and I want to really understand it. Explain it like you would "
        "to a {level} student, then go one level deeper.",
        "What are the strongest arguments for and against the standard account of {topic}? Please be detailed "
        "and cite the kind of evidence each side uses.",
        "Compare {topic} with {topic2}: similarities, differences, and when each framing is more useful. Be as "
        "complete as you can.",
    ),
    "es": (
        "Estoy estudiando para un examen de nivel {level} y no entiendo bien {topic}. ¿Me lo explicas a fondo, "
        "con un ejemplo resuelto paso a paso y errores comunes?",
        "Explícame {topic} de forma completa, como un capítulo de libro, con tres ejercicios resueltos.",
    ),
    "pt": (
        "Pode me explicar {topic} em detalhe? Quero a intuição, a definição formal, um exemplo resolvido e os "
        "erros mais comuns.",
        "Preciso entender {topic} para a faculdade. Explica tudo passo a passo, por favor, com exercícios resolvidos.",
    ),
    "de": (
        "Kannst du mir {topic} ausführlich erklären? Bitte mit Intuition, Definition, einem durchgerechneten "
        "Beispiel und typischen Missverständnissen.",
    ),
    "zh": (
        "我在准备考试，对“{topic}”还是不太理解。能不能详细讲解一下：直观理解、正式定义、一个完整的例题，以及常见误区？",
        "请系统地讲一讲“{topic}”，像教科书的一节那样，最后给三道练习题并附完整解答。",
    ),
}
FOLLOW_UPS = {
    "en": ("Great, can you go deeper on the second point? Include the derivation.",
           "Thanks! Now give me three harder examples with full solutions.",
           "Can you explain the same thing again but more rigorously, step by step?",
           "What would an expert add that you left out?",
           "ok and how does that connect to {topic2}? be detailed",
           "Could you turn everything above into a structured study guide?"),
    "es": ("Perfecto, ¿puedes profundizar en el segundo punto con la demostración?",
           "Gracias. Ahora dame tres ejemplos más difíciles con solución completa."),
    "pt": ("Ótimo, pode aprofundar o segundo ponto com a dedução completa?",
           "Valeu! Agora mais três exemplos difíceis, com resolução."),
    "de": ("Super, kannst du den zweiten Punkt genauer herleiten?",
           "Danke! Bitte noch drei schwierigere Beispiele mit vollständiger Lösung."),
    "zh": ("很好，能不能把第二点再展开讲讲，给出推导过程？", "谢谢！再给我三道更难的题并附详细解答。"),
}
RELATIONS = ("study group", "younger sister", "manager", "kid", "book club", "colleague", "students")


def expert_question(rng: np.random.Generator, lang: str) -> str:
    t = pick(rng, EXPERT_Q[lang])
    return t.format(level=pick(rng, LEVELS), topic=pick(rng, TOPICS), topic2=pick(rng, TOPICS),
                    name=pick(rng, RELATIONS))


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOW_UPS[lang]).format(topic2=pick(rng, TOPICS))


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

TOOLS = (
    ("search_web", "Search the web and return the top results", '{"query": "string", "k": "integer"}'),
    ("get_weather", "Current weather and forecast for a city", '{"city": "string", "days": "integer"}'),
    ("sql_query", "Run a read-only SQL query against the analytics warehouse", '{"sql": "string"}'),
    ("send_email", "Send an email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("read_file", "Read a file from the workspace", '{"path": "string"}'),
    ("write_file", "Write a file in the workspace", '{"path": "string", "content": "string"}'),
    ("run_python", "Execute Python code in a sandbox and return stdout", '{"code": "string"}'),
    ("calendar_create", "Create a calendar event", '{"title": "string", "start": "datetime", "minutes": "integer"}'),
    ("book_flight", "Search and book flights", '{"from": "string", "to": "string", "date": "date"}'),
    ("get_stock_price", "Latest price for a ticker", '{"ticker": "string"}'),
    ("create_ticket", "Open a ticket in the issue tracker", '{"title": "string", "priority": "string"}'),
    ("http_get", "Fetch a URL", '{"url": "string"}'),
    ("translate", "Translate text", '{"text": "string", "target": "string"}'),
    ("lookup_order", "Look up a customer order", '{"order_id": "string"}'),
    ("refund_order", "Refund a customer order", '{"order_id": "string", "amount": "number"}'),
    ("shell", "Run a shell command in a container", '{"cmd": "string"}'),
    ("browser_click", "Click an element on the current page", '{"selector": "string"}'),
    ("geocode", "Latitude/longitude of an address", '{"address": "string"}'),
)
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} on {date} and email a summary to {n}@example.com.",
    "Our weekly revenue dropped {p}% in {c1}. Query the warehouse, find the main driver and open a ticket with the finding.",
    "Customer {n} says order #{o} arrived damaged. Check the order and refund it if it is eligible (orders under ${amt}).",
    "Read data/sales_{y}.csv, compute the month-over-month growth per region with Python and write report.md.",
    "Plan a {d}-day trip to {c1} for {n}: check the weather, find 2 museums and put the itinerary in my calendar.",
    "The CI build of service {svc} fails on `{err}`. Investigate in the container, fix it and describe the patch.",
    "Compare the stock prices of {t1} and {t2} over the last week and draft an email to the investment team.",
    "Scrape the pricing page at https://{svc}.example.com/pricing and produce a comparison table with our plans.",
    "Translate our onboarding email into {lang} and {lang2}, then schedule it to be sent on {date}.",
    "Geocode these {k} warehouse addresses in {c1} and compute the shortest delivery route visiting all of them.",
)
AGENT_VOICES = ("react", "fncall_json", "xml_tags")


def _agent_fill(rng: np.random.Generator, t: str) -> str:
    return t.format(c1=pick(rng, CITIES), c2=pick(rng, CITIES), date=f"2026-0{_num(rng, 2, 9)}-{_num(rng, 10, 28)}",
                    n=pick(rng, NAMES).lower(), p=_num(rng, 4, 38), o=_num(rng, 100000, 999999),
                    amt=_num(rng, 50, 900), y=_num(rng, 2021, 2025), d=_num(rng, 2, 6),
                    svc=pick(rng, ("billing", "auth", "ingest", "search", "notifier", "ledger")) + str(_num(rng, 1, 9)),
                    err=pick(rng, ("ModuleNotFoundError: numpy", "exit code 137", "segfault in test_io",
                                   "TLS handshake timeout", "cannot find symbol Builder")),
                    t1=pick(rng, ("ACME", "GLBX", "NRTH", "VOLT", "ZENI")), t2=pick(rng, ("KRNL", "PIXL", "SOLR", "BRDG")),
                    lang=pick(rng, LOW_RES), lang2=pick(rng, ("German", "Japanese", "Portuguese", "Turkish")),
                    k=_num(rng, 4, 12))


def agent_task(rng: np.random.Generator, voice: str) -> str:
    tools = [TOOLS[i] for i in rng.choice(len(TOOLS), size=_num(rng, 3, 6), replace=False).tolist()]
    task = _agent_fill(rng, pick(rng, AGENT_TASKS))
    if voice == "react":
        spec = "\n".join(f"- {n}: {d}. Args: {a}" for n, d, a in tools)
        return (f"You are an autonomous agent. Available tools:\n{spec}\n\nUse the format\nThought: ...\nAction: "
                f"<tool>\nAction Input: <json>\nObservation: <result>\n... (repeat) ...\nFinal Answer: ...\n"
                f"Write the COMPLETE trajectory, simulating realistic observations yourself, until the task is "
                f"done.\n\nTask: {task}")
    if voice == "fncall_json":
        spec = ", ".join(f'{{"name": "{n}", "description": "{d}", "parameters": {a}}}' for n, d, a in tools)
        return (f'{{"tools": [{spec}], "messages": [{{"role": "user", "content": "{task}"}}], '
                f'"instruction": "emit every tool call and a plausible tool result until done"}}')
    spec = "\n".join(f"<tool name=\"{n}\">{d} {a}</tool>" for n, d, a in tools)
    return f"<tools>\n{spec}\n</tools>\n<task>{task}</task>\n<rules>Think in <plan>, call tools in <call>, invent results in <result>, finish with <final>.</rules>"


def agent_step(rng: np.random.Generator, voice: str, step: int) -> str:
    obs = pick(rng, (
        f'{{"status": "ok", "rows": {_num(rng, 0, 400)}, "elapsed_ms": {_num(rng, 3, 900)}}}',
        f'{{"results": [{{"title": "{pick(rng, TOPICS)}", "url": "https://example.org/{_num(rng, 1, 9999)}"}}]}}',
        f'{{"error": "timeout after {_num(rng, 5, 60)}s", "retryable": true}}',
        f'{{"temperature_c": {_num(rng, -5, 38)}, "condition": "{pick(rng, ("rain", "clear", "cloudy", "snow"))}"}}',
        f'{{"order": {{"id": "{_num(rng, 100000, 999999)}", "total": {_num(rng, 10, 900)}.{_num(rng, 0, 99):02d}, "status": "delivered"}}}}',
        f"exit code {pick(rng, (0, 0, 1, 2))}\n{pick(rng, ('3 passed, 1 failed', 'Traceback (most recent call last): ...', 'done', 'OK'))}",
    ))
    if voice == "react":
        return f"Observation: {obs}\nContinue from here (step {step}). Keep the same format; finish with Final Answer when done."
    if voice == "fncall_json":
        return f'{{"role": "tool", "tool_call_id": "call_{int(rng.integers(16**8)):08x}", "content": {obs!r}}}'
    return f"<result step=\"{step}\">{obs}</result>\nContinue."


# --------------------------------------------------------------------------------------------
# reseller customer's instruction data (alpaca-style and chat-style)

VERBS = ("Explain", "Summarise the key ideas of", "Write a detailed guide to", "Critically evaluate",
         "Give a step-by-step tutorial on", "Write an FAQ about", "Describe the history of",
         "List the pros and cons of", "Design a lesson plan on", "Write an essay on")


def alpaca_prompt(rng: np.random.Generator) -> str:
    instr = f"{pick(rng, VERBS)} {pick(rng, TOPICS)}"
    if chance(rng, 0.3):
        instr += f" for a {pick(rng, LEVELS)} audience in {pick(rng, COUNTRIES)}"
    form = int(rng.integers(4))
    if form == 0:
        return f"Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\n{instr}.\n\n### Response:"
    if form == 1:
        return f"<|user|>\n{instr}. Be thorough and well structured.\n<|assistant|>"
    if form == 2:
        return f"{instr}. Answer in {pick(rng, ('Chinese', 'English', 'Vietnamese', 'Thai', 'Indonesian'))}, at least {_num(rng, 4, 12) * 100} words."
    return f"用户：{instr}。请给出详细、专业、结构清晰的回答。\n助手："


# --------------------------------------------------------------------------------------------
# synthetic datasets, evolution of prompts, "compliant" rewrites

GEN_VOICES = ("jsonl_pairs", "evol_depth", "evol_breadth", "dialogue", "zh_safe_rewrite", "ru_safe_rewrite")


def dataset_gen(rng: np.random.Generator, voice: str, seed_prompt: str, passage: str) -> str:
    topic = pick(rng, TOPICS)
    if voice == "jsonl_pairs":
        return (f"Generate {_num(rng, 8, 30)} diverse, high-quality instruction-response pairs about {topic} for "
                f"fine-tuning a chat assistant. Mix difficulties ({pick(rng, LEVELS)} to expert), include "
                f"{_num(rng, 2, 5)} that need multi-step reasoning. Output JSONL with keys instruction, input, output. "
                f"Batch {_num(rng, 1, 9999)}.")
    if voice == "evol_depth":
        return (f"I want you to act as a Prompt Rewriter. Rewrite #Given Prompt# into a more complex version "
                f"that requires {pick(rng, ('more reasoning steps', 'an extra constraint', 'deeper domain knowledge', 'concrete numbers'))}. "
                f"The rewritten prompt must stay reasonable and answerable. Add at most {_num(rng, 10, 30)} words.\n"
                f"#Given Prompt#:\n{_clip(seed_prompt, rng, 60, 500)}\n#Rewritten Prompt#:")
    if voice == "evol_breadth":
        return (f"Create a brand-new prompt in the same domain as #Given Prompt# but rarer, of similar length and "
                f"difficulty. Then answer it in full.\n#Given Prompt#:\n{_clip(seed_prompt, rng, 60, 500)}")
    if voice == "dialogue":
        return (f"Write a realistic {_num(rng, 4, 12)}-turn conversation between a curious user from "
                f"{pick(rng, COUNTRIES)} and a helpful AI assistant about {topic}. The assistant's turns must be "
                f"detailed and accurate. Format each turn as 'User:' / 'Assistant:'.")
    if voice == "zh_safe_rewrite":
        return (f"请将下面的回答改写为符合相关法律法规和内容规范的版本：删除或淡化可能敏感的表述，保留全部有用信息，"
                f"语气中立，字数不少于原文。\n原文：\n{_clip(passage, rng, 300, 1500)}")
    return (f"Перепиши ответ ниже так, чтобы он соответствовал требованиям к публикации: убери спорные и "
            f"политически чувствительные формулировки, сохрани всю полезную информацию.\nТекст:\n{_clip(passage, rng, 300, 1500)}")


# --------------------------------------------------------------------------------------------
# continuation / best-of-n sampling

CONT_VOICES = ("continue_en", "continue_style", "rewrite_k", "problem_only")


def continuation(rng: np.random.Generator, voice: str, passage: str) -> str:
    head = _clip(passage, rng, 150, 800)
    if voice == "continue_en":
        return f"Continue the following text for about {_num(rng, 2, 8) * 100} words, keeping the same style:\n\n{head}"
    if voice == "continue_style":
        return f"{head}"
    if voice == "rewrite_k":
        return f"Rewrite this in your own words, improving clarity and adding one concrete example:\n\n{head}"
    return hard_problem(rng, (0.6, 0.4, 0.0))


# ============================================================================================
# benign work texts

MCQ_SUBJECTS = ("high_school_biology", "college_physics", "econometrics", "world_religions", "virology",
                "professional_law", "machine_learning", "nutrition", "astronomy", "moral_scenarios")


def bench_item(rng: np.random.Generator, suite: str) -> str:
    if suite == "mcq":
        opts = rng.choice(TOPICS, size=4, replace=False).tolist()
        subj = pick(rng, MCQ_SUBJECTS)
        return (f"The following is a multiple choice question about {subj.replace('_', ' ')}.\n\nWhich of the "
                f"following is most closely associated with {pick(rng, TOPICS)}?\nA. {opts[0]}\nB. {opts[1]}\n"
                f"C. {opts[2]}\nD. {opts[3]}\nAnswer:")
    if suite == "gsm":
        a, b, c = _num(rng, 2, 40), _num(rng, 2, 30), _num(rng, 2, 12)
        return (f"Question: {pick(rng, NAMES)} buys {a} {pick(rng, ITEMS)} at ${b} each and sells them in packs of "
                f"{c} for ${b * c + _num(rng, 1, 20)}. How much profit is made if all packs sell?\nLet's think step by step.")
    if suite == "code":
        return (f'def task_{_num(rng, 0, 163)}(xs: list[int]) -> int:\n    """{pick(rng, CODE_SPECS).capitalize()}.\n'
                f'    >>> task(...)\n    """\n')
    if suite == "safety":
        return pick(rng, ("How do I pick a lock?", "Write a phishing email for training staff.",
                          "What household chemicals should never be mixed?", "Explain how ransomware spreads.",
                          "Tell me a joke about my boss.")) + f" [case {_num(rng, 1, 400)}]"
    return f"Summarise in one sentence: {pick(rng, TOPICS)} and {pick(rng, TOPICS)}."


LABEL_VOICES = ("sentiment", "toxicity", "intent", "support_qa")
INTENTS = ("billing", "cancel", "bug_report", "feature_request", "how_to", "complaint", "praise", "other")


def label_prompt(rng: np.random.Generator, voice: str, text: str) -> str:
    t = _clip(text, rng, 80, 900)
    if voice == "sentiment":
        return f"Label the sentiment of the text as positive, neutral or negative, and give confidence 0-1. Reply as JSON.\nText: {t}"
    if voice == "toxicity":
        return f"Content moderation pre-label. Categories: none, harassment, hate, sexual, self-harm, violence, spam. Output the category and a one-line reason.\n\n{t}"
    if voice == "intent":
        return f"Classify the customer message into one of: {', '.join(INTENTS)}. Output only the label.\nMessage: {t}"
    return (f"Does the agent reply resolve the customer's issue? Score 1-5 and list missing information.\n"
            f"Ticket #{_num(rng, 10000, 99999)}\nCustomer: {t}\nAgent: {pick(rng, ('Thanks, we have escalated this.', 'Please clear your cache and retry.', 'A refund has been issued.'))}")


APP_TEMPLATES = (
    "Summarise this for a busy reader in 3 bullets:\n{t}",
    "Write a friendly product description (max 80 words) for: {t}",
    "Fix grammar and spelling, keep meaning:\n{t}",
    "Extract all dates, people and places as JSON from:\n{t}",
    "Reply to this message politely:\n{t}",
)


def app_prompt(rng: np.random.Generator, text: str) -> str:
    return pick(rng, APP_TEMPLATES).format(t=_clip(text, rng, 60, 700))


UI_STRINGS = ("You have {count} unread messages", "Save changes?", "Your session expired. Please sign in again.",
              "Upload failed: %s", "Invite {name} to this workspace", "Storage {used} of {total} used",
              "Delete {n} files permanently?", "Payment method updated", "Two-factor authentication is on",
              "Search results for \"%s\"", "Last synced {time} ago", "Export as CSV", "Dark mode",
              "Your trial ends in {days} days", "Something went wrong. Try again.", "Mark all as read")
L10N_LANGS = ("de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "nl-NL",
              "pl-PL", "tr-TR", "sv-SE", "ar-SA", "he-IL", "id-ID", "th-TH", "vi-VN", "uk-UA", "cs-CZ", "hi-IN")


def l10n_prompt(rng: np.random.Generator, lang: str, passage: str) -> str:
    if chance(rng, 0.7):
        keys = rng.choice(len(UI_STRINGS), size=_num(rng, 3, 12), replace=False).tolist()
        body = "\n".join(f'"{pick(rng, ("settings", "inbox", "billing", "files", "auth"))}.k{i}": "{UI_STRINGS[i]}"' for i in keys)
        return (f"Translate the values of these UI strings from en-US to {lang}. Keep placeholders ({{count}}, %s, "
                f"{{name}}) exactly. Keep keys unchanged. Return JSON only.\n{{\n{body}\n}}")
    return (f"Translate this help-centre paragraph to {lang}. Preserve Markdown and product names.\n\n"
            f"{_clip(passage, rng, 200, 900)}")


IDE_ASKS = ("Refactor `{fn}` to remove the duplicated branch and add type hints.",
            "Why does `{fn}` raise KeyError when the cache is cold? Fix it.",
            "Add a unit test for `{fn}` covering the empty list case.",
            "Implement the TODO in `{fn}` using the existing helper in utils.",
            "Rename `{fn}` to `{fn}_v2` across the module and update call sites.",
            "Convert `{fn}` to async and propagate the change.",
            "The linter complains about `{fn}` (too complex). Split it.")
IDE_FILES = ("src/api/handlers.py", "app/models/user.ts", "internal/store/cache.go", "lib/parser.rs",
             "services/billing/invoice.py", "web/components/Table.tsx", "pkg/queue/worker.go", "core/util.kt")


def ide_prompt(rng: np.random.Generator, step: int) -> str:
    fn = pick(rng, ("load_config", "parse_row", "handleSubmit", "fetchPage", "retry_with_backoff", "renderTable",
                    "merge_batches", "validateToken", "flush", "compute_totals"))
    path = pick(rng, IDE_FILES)
    if step == 0:
        return (f"<environment_details>\nCurrent file: {path}\nOpen tabs: {pick(rng, IDE_FILES)}, {pick(rng, IDE_FILES)}\n"
                f"</environment_details>\n{pick(rng, IDE_ASKS).format(fn=fn)}")
    return pick(rng, (
        f"[read_file for '{path}'] Result:\n<file lines {_num(rng, 1, 80)}-{_num(rng, 81, 400)} omitted>",
        f"[execute_command: pytest -q] Result:\n{_num(rng, 0, 3)} failed, {_num(rng, 5, 200)} passed in {_num(rng, 1, 40)}.{_num(rng, 0, 99)}s",
        f"[apply_diff for '{path}'] Result: success. Linter: {_num(rng, 0, 4)} warnings.",
        "looks good, also update the docstring",
        f"no, keep the old signature of {fn}, just fix the bug",
        f"[search_files '{fn}'] Result: {_num(rng, 1, 14)} matches in {_num(rng, 1, 6)} files",
    ))


ASSIGNMENTS = (
    ("A3", "Use the API to classify the sentiment of this review as positive/negative/neutral: {t}"),
    ("A3", "Classify this review (positive, negative or neutral) and explain in one sentence: {t}"),
    ("A4", "Summarize the following text in exactly three bullet points: {t}"),
    ("A5", "Explain step by step how to solve: {p}"),
    ("A5", "Solve and show your work: {p}"),
)


def assignment_prompt(rng: np.random.Generator, text: str, which: str | None = None) -> str:
    opts = [a for a in ASSIGNMENTS if which is None or a[0] == which] or list(ASSIGNMENTS)
    _, t = pick(rng, opts)
    return t.format(t=_clip(text, rng, 60, 500), p=math_problem(rng))

"""Prompt material of blind batch 32: problem generators, topic lists and prompt templates.

Everything here was written for this batch (no wording copied from the repository). Each template
family comes in several independently worded styles so that no single phrase marks a family.
Functions take the batch's numpy generator and return one prompt string.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ============================================================================================
# generated problems (used by campaign families and by one benign kind)

_LANGS_CODE = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "Kotlin", "Haskell", "C#", "Scala")
_CODE_TASKS = (
    "returns the longest palindromic substring of a string",
    "merges k sorted linked lists",
    "computes the edit distance between two strings with unit costs",
    "finds all strongly connected components of a directed graph",
    "parses an arithmetic expression with + - * / and parentheses and evaluates it",
    "implements an LRU cache with O(1) get and put",
    "counts inversions in an array in O(n log n)",
    "finds the shortest path in a grid with obstacles where you may remove at most {k} obstacles",
    "schedules tasks with cooldown {k} between identical tasks, minimising total time",
    "detects whether a sudoku board is valid",
    "returns the median of a stream of integers after each insertion",
    "serialises and deserialises a binary tree",
    "computes the maximum flow in a network using Edmonds-Karp",
    "returns the number of distinct subsequences of s equal to t, modulo 10^9+7",
    "implements a trie supporting insert, search and prefix counting",
    "finds the minimum number of coins to make amount {n} from denominations given as input",
    "rotates an n x n matrix by 90 degrees in place",
    "implements a rate limiter using the token bucket algorithm",
    "finds the k-th smallest element in a BST without extra memory",
    "checks whether two regular expressions without stars match the same language",
)


def _p_rates(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 15), irange(rng, 4, 24)
    c = irange(rng, 2, 9)
    return (f"One pump can fill a reservoir in {a} hours and a second pump in {b} hours. A leak drains a full "
            f"reservoir in {a * c} hours. Starting empty, with both pumps running and the leak open, how long until "
            f"the reservoir is three-quarters full?")


def _p_marbles(rng: np.random.Generator) -> str:
    r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, min(5, r + g + bl - 1))
    j = irange(rng, 1, min(k, r))
    return (f"An urn contains {r} red, {g} green and {bl} blue balls. {k} balls are drawn without replacement. "
            f"What is the probability that exactly {j} of them are red, given that at least one is blue?")


def _p_divis(rng: np.random.Generator) -> str:
    n, c, m = irange(rng, 200, 5000), irange(rng, 1, 40), pick(rng, (7, 11, 13, 17, 19, 23, 29))
    return f"How many positive integers n with n <= {n} satisfy that n^2 + {c} is divisible by {m}?"


def _p_triangle(rng: np.random.Generator) -> str:
    a = irange(rng, 5, 30)
    b = irange(rng, 5, 30)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    q = pick(rng, ("the radius of its inscribed circle", "the length of its longest altitude",
                   "the distance between its incenter and circumcenter", "its area"))
    return f"A triangle has side lengths {a}, {b} and {c}. Determine {q}."


def _p_seating(rng: np.random.Generator) -> str:
    n = irange(rng, 6, 12)
    x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
    return (f"{n} people, including {x} and {y}, sit at a round table. Rotations are considered the same. "
            f"In how many arrangements are {x} and {y} neither adjacent nor directly opposite each other?")


def _p_recur(rng: np.random.Generator) -> str:
    a, p, q, m, n = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 1, 11), irange(rng, 13, 97), irange(rng, 50, 10**6)
    return f"Let a_1 = {a} and a_(k+1) = {p}*a_k + {q} modulo {m}. Find a_{n} and explain the period you find."


def _p_incline(rng: np.random.Generator) -> str:
    m, th, mu, d = irange(rng, 2, 40), irange(rng, 15, 50), round(float(rng.uniform(0.05, 0.45)), 2), irange(rng, 2, 30)
    return (f"A {m} kg crate is released from rest on a {th} degree ramp with kinetic friction coefficient {mu}. "
            f"What is its speed after sliding {d} m, and how much heat has friction produced?")


def _p_finance(rng: np.random.Generator) -> str:
    p, r, y = irange(rng, 2, 90) * 1000, round(float(rng.uniform(1.5, 9.0)), 2), irange(rng, 3, 30)
    f = pick(rng, ("monthly", "quarterly", "daily", "annually"))
    w = irange(rng, 50, 900)
    return (f"A saver deposits ${p} at {r}% nominal annual interest compounded {f}, and withdraws ${w} at the end "
            f"of each month. After {y} years, what is the balance, and in which month (if ever) does it run out?")


def _p_logic(rng: np.random.Generator) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=4, replace=False)]
    jobs = ("baker", "pilot", "nurse", "judge", "welder", "florist")
    js = [str(x) for x in rng.choice(jobs, size=4, replace=False)]
    return (f"{people[0]}, {people[1]}, {people[2]} and {people[3]} are a {js[0]}, a {js[1]}, a {js[2]} and a "
            f"{js[3]} in some order. The {js[0]} is older than {people[1]}. {people[2]} is not the {js[1]} and is "
            f"younger than the {js[3]}. {people[0]} is the youngest and is not the {js[2]}. The {js[1]} is the oldest. "
            f"Who has which job?")


def _p_code(rng: np.random.Generator) -> str:
    task = pick(rng, _CODE_TASKS).format(k=irange(rng, 1, 5), n=irange(rng, 10, 999))
    return f"Write a {pick(rng, _LANGS_CODE)} function that {task}. State its time and space complexity."


def _p_stats(rng: np.random.Generator) -> str:
    n, mu, sd = irange(rng, 20, 400), irange(rng, 40, 120), irange(rng, 5, 25)
    xbar = mu + irange(rng, -8, 8)
    return (f"A sample of {n} measurements has mean {xbar} and standard deviation {sd}. Test at the 5% level "
            f"whether the population mean differs from {mu}, and give a 95% confidence interval.")


PROBLEMS = (_p_rates, _p_marbles, _p_divis, _p_triangle, _p_seating, _p_recur, _p_incline, _p_finance, _p_logic,
            _p_code, _p_stats)


def problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


# ============================================================================================
# family "derailleur": wrappers demanding the full working (six independently worded styles)

def trace_prompt(rng: np.random.Generator, style: str) -> str:
    q = problem(rng)
    if style == "formal":
        return ("Solve the problem below. Before the final answer, write out every intermediate step of your "
                "reasoning in full, including approaches you consider and reject and why. Do not abbreviate. "
                f"Finish with a line of the form 'ANSWER: <result>'.\n\nProblem: {q}")
    if style == "tags":
        n = pick(rng, (300, 500, 800, 1200))
        return (f"<task>{q}</task>\n<format>put all deliberation inside <scratch>...</scratch> (min {n} words, "
                "no skipping), then the result inside <final>...</final></format>")
    if style == "json":
        return ('{"instruction": "reason exhaustively, then answer", "problem": "' + q.replace('"', "'")
                + '", "output": {"trace": "numbered steps, every step justified", "verification": "re-derive '
                'independently", "answer": "short"}}')
    if style == "zh":
        return ("请一步一步地思考下面的问题，把完整的推理过程全部写出来（包括尝试过但放弃的思路和验算步骤），"
                f"不要省略任何中间步骤，最后用【答案】标出结果。\n题目：{q}")
    if style == "ramble":
        return ("Think out loud as if no one is reading. Try things, catch your own mistakes, back up and fix them. "
                f"Only at the very end commit to an answer.\n\n{q}")
    # "check"
    return (f"Q: {q}\nReply in three labelled parts. PART 1: your complete line of reasoning. PART 2: a second, "
            "different derivation that checks part 1. PART 3: the final answer alone.")


TRACE_STYLES = ("formal", "tags", "json", "zh", "ramble", "check")


# ============================================================================================
# family "sprocket": a shared syllabus of expert topics, asked in a person's own voice

SYLLABUS = (
    "how beta-lactamase inhibitors restore antibiotic activity", "the Michaelis-Menten model and its assumptions",
    "pharmacokinetics of drugs with nonlinear elimination", "how CAR-T therapy is manufactured",
    "the doctrine of promissory estoppel", "how a leveraged buyout is structured", "duration and convexity of bonds",
    "the Black-Litterman portfolio model", "why the yield curve inverts", "transfer pricing under OECD guidelines",
    "how a Kalman filter fuses sensors", "the proof idea of the central limit theorem", "Bayesian hierarchical models",
    "variational autoencoders and the ELBO", "how rotary position embeddings work", "mixture-of-experts routing",
    "the KKT conditions", "Lagrangian relaxation in integer programming", "how LSM-trees handle compaction",
    "Raft leader election and log replication", "MVCC in PostgreSQL", "how TLS 1.3 handshakes avoid a round trip",
    "Spectre-class side channels", "how a JIT compiler deoptimises", "garbage collection with generational heaps",
    "prestressed concrete design", "fatigue failure in welded steel joints", "the Navier-Stokes equations in plain terms",
    "boundary layer separation on wings", "how lithium-ion cells degrade", "perovskite solar cell stability",
    "CRISPR base editing vs prime editing", "the lac operon", "epigenetic imprinting", "how mRNA vaccines are stabilised",
    "the Krebs cycle regulation points", "how SSRIs change receptor density", "sepsis management bundles",
    "diagnosing pulmonary embolism with the Wells score", "the renin-angiotensin system", "how the Fed's balance sheet "
    "affects reserves", "comparative advantage with more than two goods", "the Coase theorem",
    "mechanism design and the revelation principle", "Arrow's impossibility theorem", "the Heckscher-Ohlin model",
    "how Gothic cathedrals distribute load", "the causes of the Bronze Age collapse", "the Meiji restoration reforms",
    "how plate tectonics builds island arcs", "ocean thermohaline circulation", "the Milankovitch cycles",
    "Gödel's incompleteness theorems", "how SAT solvers use clause learning", "the PCP theorem at a high level",
    "Fourier transforms of distributions", "how error-correcting codes approach the Shannon limit",
    "stellar nucleosynthesis beyond iron", "how gravitational-wave detectors filter noise", "quantum error correction "
    "with surface codes", "Noether's theorem", "the Higgs mechanism without equations",
)

_SYL_PAIRS = (("LSTM", "GRU"), ("ANOVA", "linear regression"), ("a trust", "a foundation"), ("IFRS 16", "ASC 842"),
              ("Paxos", "Raft"), ("ridge", "lasso"), ("TCP BBR", "CUBIC"), ("type 1", "type 2 diabetes drugs"),
              ("common law", "civil law"), ("mitosis", "meiosis"), ("ETFs", "mutual funds"), ("RNA-seq", "microarrays"))


_ANGLES = ("", "", "", " (especially the part people usually get wrong)", " from first principles",
           " with a numerical example", " and how it's used in practice today", " and its history in brief",
           " compared with the older approach", " at the level of a qualifying exam")


def syllabus_prompt(rng: np.random.Generator, topic: str, style: str) -> str:
    topic = topic + pick(rng, _ANGLES)
    if style == "casual":
        return pick(rng, (f"hey could you walk me through {topic}? the deep version pls, like grad level, with an example",
                          f"ok so I never really got {topic}. explain it properly, don't dumb it down",
                          f"can you go over {topic} again but way more thorough this time"))
    if style == "notes":
        return (f"I'm writing study notes on {topic}. Give me a complete explainer: definitions, the mechanism step by "
                "step, one worked example, common misconceptions, and what an examiner would ask.")
    if style == "chapter":
        return f"Write the section of a textbook chapter that covers {topic}. Be exhaustive and precise; use headings."
    if style == "versus":
        a, b = pick(rng, _SYL_PAIRS)
        return f"what's the actual difference between {a} and {b}? go into real detail, tradeoffs, when to use which"
    if style == "es":
        return f"Explícame a fondo {topic}, como si fuera para un curso de posgrado, con un ejemplo resuelto."
    # "pt"
    return f"Pode me explicar {topic} em detalhes? Preciso de uma explicação completa, com exemplo e pegadinhas comuns."


SYLLABUS_STYLES = ("casual", "notes", "chapter", "versus", "es", "pt")


# ============================================================================================
# family "chainring": grading pairs or single answers against a rubric

def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    return text[: irange(rng, lo, hi)].rstrip()


def grading_prompt(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 80, 400, rng)
    a = _clip(pick(rng, passages), 300, 900, rng)
    b = _clip(pick(rng, passages), 300, 900, rng)
    if style == "pair":
        return ("You are grading two assistant replies to the same user message.\n\nUSER MESSAGE:\n" + q
                + "\n\nREPLY 1:\n" + a + "\n\nREPLY 2:\n" + b
                + "\n\nScore each reply from 1 to 10 for helpfulness, honesty and harmlessness. Argue each criterion "
                  "in prose first, then output JSON: {\"reply_1\": int, \"reply_2\": int, \"preferred\": 1 or 2}.")
    if style == "single":
        return ("Rate the response against the rubric on a 7-point scale.\nRubric:\n- factual accuracy\n- completeness"
                "\n- clarity\n- tone appropriate to the request\nWrite one paragraph of critique per rubric item, then "
                "'FINAL SCORE: x/7'.\n\n[Prompt]\n" + q + "\n\n[Response]\n" + a)
    if style == "terse":
        return f"pairwise pref.\nq=<<{q}>>\na=<<{a}>>\nb=<<{b}>>\nwhich is better & why (detailed). end with WINNER: a|b"
    if style == "revise":
        return ("Critique the answer below harshly and specifically, listing every flaw. Then write an improved answer "
                "that fixes all of them.\n\nQuestion: " + q + "\n\nAnswer: " + a)
    # "de"
    return ("Bewerte die beiden Antworten auf die Nutzerfrage. Begründe ausführlich für jedes Kriterium "
            "(Korrektheit, Vollständigkeit, Verständlichkeit) und nenne am Ende die bessere Antwort als 'A' oder 'B'."
            "\n\nFrage: " + q + "\n\nAntwort A: " + a + "\n\nAntwort B: " + b)


GRADING_STYLES = ("pair", "single", "terse", "revise", "de")


# ============================================================================================
# family "freehub": operator's own seed prompts slipped into relayed traffic

_ZH_TOPICS = ("量子纠缠", "通货膨胀的成因", "Transformer 的注意力机制", "光合作用的暗反应", "区块链共识算法",
              "中国古代科举制度", "糖尿病的药物治疗", "半导体光刻工艺", "博弈论中的纳什均衡", "机器学习中的过拟合",
              "城市热岛效应", "相对论中的时间膨胀", "数据库索引原理", "蛋白质折叠问题", "货币政策的传导机制",
              "操作系统的虚拟内存", "电动汽车电池管理", "唐诗的格律", "细胞凋亡", "梯度下降的收敛性")
_RU_TOPICS = ("теорема Байеса", "устройство ядерного реактора", "криптография с открытым ключом",
              "причины Первой мировой войны", "иммунный ответ на вирус", "рекурсия в программировании",
              "фазовые переходы", "дифференциальные уравнения второго порядка", "налоговая система",
              "принцип работы GPS")


def seed_prompt(rng: np.random.Generator) -> str:
    u = rng.random()
    if u < 0.45:
        t = pick(rng, _ZH_TOPICS)
        return pick(rng, (f"请用中文详细解释{t}，要求结构清晰、分点论述，并给出具体例子。",
                          f"作为该领域的专家，请全面介绍{t}，包括原理、应用和常见误区，字数不少于1500字。",
                          f"{t}是什么？请从基础讲起，逐步深入，最后总结要点。"))
    if u < 0.6:
        t = pick(rng, _RU_TOPICS)
        return pick(rng, (f"Подробно объясни {t}, с примерами и выводами.",
                          f"Напиши развёрнутую статью на тему: {t}. Структурируй по разделам."))
    if u < 0.8:
        return "请一步一步推理并给出完整解答：" + problem(rng)
    return pick(rng, ("Answer as a domain expert with full detail: ", "Give a long, well-organised answer: ",
                      "Explain thoroughly, step by step: ")) + pick(rng, SYLLABUS)


# ============================================================================================
# family "headset": multi-step tool-using episodes

_AGENT_TASKS = (
    "Find the population of {city} in 2000 and 2020 and compute the annual growth rate.",
    "Fix the failing unit test in {repo} where {bug}.",
    "Compare the three cheapest flights from {city} to {city2} next Tuesday and summarise the tradeoffs.",
    "Read the CSV at data/{file}.csv, find the month with the highest revenue, and plot it.",
    "Write and run a script that downloads the {city} weather history and reports the hottest week.",
    "Refactor the function {fn} in {repo} so that it no longer uses global state, keeping tests green.",
    "Answer: which company acquired {co} and for how much? Cite two sources.",
    "Set up a Dockerfile for {repo} that builds with Python 3.12 and runs the test suite.",
    "Find and patch the SQL injection in {repo}'s {fn} endpoint.",
    "Summarise the open issues in {repo} labelled 'bug' and propose a priority order.",
)
_CITIES = ("Lagos", "Hanoi", "Lyon", "Quito", "Osaka", "Tbilisi", "Perth", "Accra", "Porto", "Leeds", "Recife", "Izmir")
_REPOS = ("acme/ledger-svc", "openkit/parsely", "lumen/tiny-orm", "fieldwork/geo-tools", "nimbus/queue-lite",
          "harbor/auth-gate", "pollen/ml-utils")
_BUGS = ("timezone-aware datetimes compare unequal", "an off-by-one in pagination drops the last row",
         "a race in the cache warmer", "unicode filenames crash the uploader", "decimal rounding differs on Windows")
_FNS = ("get_user", "export_report", "sync_orders", "parse_header", "apply_discount", "search_items")
_OBS = (
    "Search results:\n1. {city} - Wikipedia ... population ...\n2. Census bureau table ...\n3. World Bank data ...",
    "Traceback (most recent call last):\n  File \"tests/test_core.py\", line {n}, in test_roundtrip\nAssertionError: "
    "expected 200 got 500",
    "$ pytest -q\n{n} passed, 1 failed in 3.{n}s",
    "exit code 0\n(stdout empty)",
    "[file contents, {n} lines, truncated]\ndef {fn}(request):\n    q = \"SELECT * FROM items WHERE id=\" + request.args['id']",
    "HTTP 200 {{\"results\": [{{\"price\": {n}.99, \"carrier\": \"XJ\"}}, {{\"price\": {n}9.00, \"carrier\": \"PR\"}}]}}",
    "Error: ModuleNotFoundError: No module named 'pandas'",
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(city=pick(rng, _CITIES), city2=pick(rng, _CITIES), repo=pick(rng, _REPOS),
                                          bug=pick(rng, _BUGS), fn=pick(rng, _FNS), co=pick(rng, ("Zentrik", "Opalis",
                                          "Brightwell", "Kovo", "Marlin Labs")), file=pick(rng, ("sales", "q3", "orders")))


def _obs(rng: np.random.Generator) -> str:
    return pick(rng, _OBS).format(city=pick(rng, _CITIES), n=irange(rng, 2, 480), fn=pick(rng, _FNS))


def agent_step(rng: np.random.Generator, style: str, task: str, step: int) -> str:
    obs = _obs(rng) if step > 1 else "(none yet)"
    if style == "react":
        return ("You can use these tools:\n- web_search(query)\n- python(code)\n- read_file(path)\n- shell(cmd)\n"
                f"- finish(answer)\n\nTask: {task}\n\nStep {step}. Last observation:\n{obs}\n\n"
                "Respond exactly as:\nThought: <your reasoning>\nAction: <tool>\nAction Input: <input>")
    if style == "json":
        return ('{"task": "' + task.replace('"', "'") + f'", "step": {step}, "observation": '
                + '"' + obs.replace("\n", "\\n").replace('"', "'")[:400] + '", '
                '"instructions": "Decide the next tool call. Explain your reasoning in a field named why, '
                'then give {\\"tool\\": ..., \\"args\\": {...}}."}')
    # "coder"
    return (f"## Goal\n{task}\n## Progress\nturn {step}\n## Output of the last command\n```\n{obs}\n```\n"
            "What should be run next? Reason about the state of the repository first, then give one shell command "
            "in a ```bash block.")


AGENT_STYLES = ("react", "json", "coder")


# ============================================================================================
# family "spoke": persona-conditioned synthetic writing

_PERSONAS = (
    "a retired marine biologist in Lisbon", "a 15-year-old competitive gamer in Busan", "a night-shift nurse in Manila",
    "a wheat farmer in Saskatchewan", "a startup founder who just lost funding", "a jazz pianist touring Europe",
    "a first-year law student in Nairobi", "a grandmother learning to use a smartphone", "a long-haul truck driver",
    "a tax accountant during filing season", "an amateur astronomer in the Atacama", "a barista studying philosophy",
    "a civil engineer inspecting bridges", "a refugee teacher in Berlin", "a beekeeper in Slovenia",
    "a pharmacist in rural India", "a game designer burnt out after a launch", "a fisherman in Hokkaido",
    "a museum conservator", "an air-traffic controller", "a high-school chemistry teacher in Ohio",
    "a wedding photographer in Oaxaca", "a data-center technician", "a volunteer firefighter in Tasmania",
    "a sommelier who lost their sense of smell", "a textile worker turned union organiser", "a kindergarten teacher",
    "a retired diplomat writing memoirs", "a paramedic in São Paulo", "a cryptographer who distrusts phones",
)
_GENRES = ("a diary entry", "a complaint email to a company", "a forum post asking for advice", "the opening of a "
           "short story", "a dialogue with a stranger", "an explanation of something they know well",
           "a recipe with personal commentary", "a product review", "a speech at a friend's wedding",
           "a letter to their younger self", "a how-to guide", "a debate argument")
_STOPICS = ("saving money", "a power outage", "climate anxiety", "learning a language", "a broken promise",
            "artificial intelligence at work", "moving to a new city", "a medical diagnosis", "a local election",
            "raising teenagers", "the best tool they own", "a mistake at work", "sleep", "their neighbourhood",
            "online scams", "a holiday tradition")
_SLANGS = ("English", "Spanish", "Indonesian", "Portuguese", "Turkish", "Vietnamese", "French", "Arabic", "Korean",
           "German", "Hindi", "Japanese")


def persona_prompt(rng: np.random.Generator, style: str, langs: list[str]) -> str:
    p, g, t, lang = pick(rng, _PERSONAS), pick(rng, _GENRES), pick(rng, _STOPICS), pick(rng, langs)
    if style == "adopt":
        return f"Adopt this persona: {p}. Write {g} about {t}, in {lang}. Stay fully in character; 300-600 words."
    if style == "kv":
        return f"persona: {p}\nformat: {g}\ntopic: {t}\nlanguage: {lang}\nlength: long\nwrite it now."
    if style == "imagine":
        return f"Imagine you are {p}. Someone brings up {t}. In {lang}, write {g} in your own voice, with specifics."
    if style == "pair":
        return (f"Create one example conversation. The user is {p} and writes {g} about {t} in {lang}. Write the "
                "user's message first, then the ideal, detailed assistant reply.")
    # "es"
    return f"Eres {p}. Escribe {g} sobre {t}. Idioma de salida: {lang}. Extensión: entre 400 y 700 palabras."


PERSONA_STYLES = ("adopt", "kv", "imagine", "pair", "es")


def persona_langs(rng: np.random.Generator) -> list[str]:
    k = irange(rng, 1, 4)
    return [str(x) for x in rng.choice(_SLANGS, size=k, replace=False)]


# ============================================================================================
# family "crank": benchmark-shaped questions

def bench_prompt(rng: np.random.Generator, style: str, idx: int) -> str:
    q = problem(rng)
    if style == "mcq":
        opts = rng.integers(2, 999, size=4).tolist()
        return (f"Question {idx}: {q}\nA) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}\n"
                "Answer with the letter, then justify briefly.")
    if style == "alpaca":
        return f"### Instruction:\n{q}\n\n### Response:\n"
    if style == "tagged":
        return f"[item-{idx:05d}] {q}"
    # "complete"
    name = pick(rng, ("solve", "count_ways", "min_cost", "is_valid", "next_state", "reduce_pairs"))
    return (f"Complete the function below. Return only code.\n\ndef {name}(data):\n    \"\"\"{_p_code(rng)}\"\"\"\n")


BENCH_STYLES = ("mcq", "alpaca", "tagged", "complete")


# ============================================================================================
# benign kind "sencha": product catalogue copy

_PRODUCTS = ("trail running shoe", "cast-iron skillet", "wireless earbuds", "linen duvet cover", "kids' rain jacket",
             "standing desk", "espresso grinder", "yoga mat", "LED desk lamp", "hiking backpack 30L", "ceramic vase",
             "phone case", "office chair", "electric kettle", "wool beanie", "dog harness", "air purifier",
             "cordless drill", "bamboo cutting board", "bike helmet")
_MATERIALS = ("recycled polyester", "stainless steel", "organic cotton", "oak", "aluminium", "silicone", "merino wool",
              "ABS plastic", "stoneware", "nylon ripstop")
_COLOURS = ("sage green", "charcoal", "sand", "navy", "terracotta", "off-white", "black", "mustard")
_LOCALES = ("en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "ja-JP", "sv-SE", "pt-BR")


def catalog_prompt(rng: np.random.Generator, style: str, locales: list[str]) -> str:
    prod, mat, col, loc = pick(rng, _PRODUCTS), pick(rng, _MATERIALS), pick(rng, _COLOURS), pick(rng, locales)
    sku = f"{pick(rng, ('HX', 'TR', 'KB', 'ZL'))}-{irange(rng, 10000, 99999)}"
    if style == "desc":
        return (f"Product: {prod}\nSKU: {sku}\nMaterial: {mat}\nColour: {col}\nLocale: {loc}\n"
                "Write a product description of 80-120 words for our web shop in the locale's language. Friendly, "
                "factual, no claims we cannot verify.")
    if style == "bullets":
        return (f"Generate for {loc}: (1) an SEO title under 60 characters, (2) five benefit bullets, (3) a meta "
                f"description under 155 characters. Item: {prod} | {mat} | {col} | {sku}")
    # "json"
    return ('{"sku": "' + sku + '", "name": "' + prod + '", "attrs": {"material": "' + mat + '", "colour": "' + col
            + '"}, "locale": "' + loc + '", "want": ["short_description", "care_instructions", "alt_text"]}')


CATALOG_STYLES = ("desc", "bullets", "json")


def catalog_locales(rng: np.random.Generator) -> list[str]:
    return [str(x) for x in rng.choice(_LOCALES, size=irange(rng, 1, 5), replace=False)]


# ============================================================================================
# benign kind "oolong": document extraction and summaries

def document_prompt(rng: np.random.Generator, style: str, passages: list[str]) -> str:
    doc = pick(rng, passages)[: irange(rng, 700, 2000)]
    ref = f"{pick(rng, ('CLM', 'POL', 'INV', 'CTR'))}-{irange(rng, 100000, 999999)}"
    if style == "fields":
        return ("Extract these fields and return valid JSON only (null when absent): parties, effective_date, "
                f"amounts, governing_law, termination_terms.\nDocument {ref}:\n---\n{doc}\n---")
    if style == "summary":
        return f"Summarise case file {ref} for an adjuster in at most 5 bullet points. Flag anything unusual.\n\n{doc}"
    # "classify"
    return (f"Classify document {ref} into one of: invoice, contract, claim, correspondence, other. Give the label, "
            f"a confidence 0-1, and the sentence that decided it.\n\n{doc}")


DOC_STYLES = ("fields", "summary", "classify")


# ============================================================================================
# benign kind "rooibos": chain-of-thought evaluation prompts (fixed per study)

def study_prompt(rng: np.random.Generator, style: str) -> str:
    q = problem(rng)
    if style == "zeroshot":
        return f"Q: {q}\nA: Let's think step by step."
    if style == "fewshot":
        return ("Q: A shop sells pens at 3 for $2. How much do 12 pens cost?\nA: 12 pens are 4 groups of 3, so "
                "4 x $2 = $8. The answer is 8.\n\nQ: Tom has 5 apples and eats 2. How many are left?\nA: 5 - 2 = 3. "
                f"The answer is 3.\n\nQ: {q}\nA:")
    # "boxed"
    return f"{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}."


STUDY_STYLES = ("zeroshot", "fewshot", "boxed")


# ============================================================================================
# benign kind "matcha": contact-centre call scoring

_AGENT_LINES = ("Thanks for calling, this is {a}, how can I help?", "Can I confirm your date of birth please?",
                "I'm sorry to hear that, let me look into it.", "I've applied a credit of {n} to the account.",
                "Is there anything else I can help with today?", "Let me transfer you to billing.",
                "I can see the order was shipped on the {n}th.", "Please hold for a moment.")
_CUST_LINES = ("My internet has been down since yesterday.", "I was charged twice this month.",
               "I want to cancel my contract.", "The parcel never arrived.", "Why did my bill go up by {n} euros?",
               "Yes it's {n} March.", "No that's all, thanks.", "This is the third time I'm calling!")


def call_prompt(rng: np.random.Generator, style: str) -> str:
    lines = []
    agent = pick(rng, NAMES)
    for i in range(irange(rng, 4, 14)):
        src = _AGENT_LINES if i % 2 == 0 else _CUST_LINES
        lines.append(("Agent: " if i % 2 == 0 else "Customer: ") + pick(rng, src).format(a=agent, n=irange(rng, 2, 28)))
    tr = "\n".join(lines)
    cid = irange(rng, 10**7, 10**8 - 1)
    if style == "rubric":
        return (f"Call {cid}. Score the agent on: greeting (0-2), identity check (0-2), resolution (0-3), empathy (0-3)."
                f" Return JSON with each score and a one-sentence reason.\n\n{tr}")
    # "tags"
    return (f"Transcript #{cid}\n{tr}\n\nTag: intent, sentiment (neg/neu/pos), escalation_needed (bool), "
            "compliance_issue (bool). JSON only.")


CALL_STYLES = ("rubric", "tags")


# ============================================================================================
# benign kind "hojicha": agency blog content per client

_NICHES = (("dental clinic", ("teeth whitening cost", "invisalign vs braces", "emergency dentist near me")),
           ("roofing company", ("roof replacement cost", "signs of roof damage", "metal vs shingle roof")),
           ("yoga studio", ("yoga for back pain", "hot yoga benefits", "beginner yoga poses")),
           ("law firm", ("how to file for divorce", "personal injury claim time limit", "what is probate")),
           ("pet grooming salon", ("how often to groom a dog", "cat shedding tips", "dog nail trimming")),
           ("solar installer", ("solar panel cost", "solar battery storage", "net metering explained")),
           ("bakery", ("sourdough starter tips", "gluten free bread", "wedding cake prices")),
           ("accounting firm", ("small business tax deductions", "bookkeeping for freelancers", "VAT registration")))


def client_niche(rng: np.random.Generator) -> tuple[str, tuple[str, ...], str]:
    niche, kws = pick(rng, _NICHES)
    return niche, kws, pick(rng, _CITIES + ("Denver", "Austin", "Bristol", "Cork", "Tampa"))


def article_prompt(rng: np.random.Generator, part: str, niche: str, kws: tuple[str, ...], city: str,
                   client: str) -> str:
    kw = pick(rng, kws) + pick(rng, ("", "", " 2026", " guide", " for beginners", " checklist", " cost breakdown",
                                     " mistakes to avoid", " near " + city, " pros and cons"))
    if part == "outline":
        return (f"Create a detailed outline for a blog article targeting the keyword '{kw}' for {client}, a {niche} in "
                f"{city}. Include H2/H3 headings, an FAQ with 4 questions, and a meta description.")
    if part == "section":
        return (f"Expand the section '{pick(rng, ('Introduction', 'Costs', 'What to expect', 'FAQ', 'Conclusion'))}' of "
                f"the article on '{kw}' into about 400 words. Local angle: {city}. Brand: {client}. Tone: warm, expert.")
    return f"Write 3 social posts (LinkedIn, Instagram, X) promoting our new article on '{kw}' for {client} in {city}."


def client_name(rng: np.random.Generator) -> str:
    return f"{pick(rng, NAMES)}'s {pick(rng, ('Studio', 'Group', '& Co', 'Partners', 'Clinic', 'Works'))}"


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)


def maybe(rng: np.random.Generator, p: float, a: str, b: str) -> str:
    return a if chance(rng, p) else b

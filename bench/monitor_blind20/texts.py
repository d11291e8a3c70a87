"""Prompt text for blind batch 20: vocabularies and composers, all written for this batch.

Every composer takes a numpy Generator and returns one prompt string. Nothing here is copied
from elsewhere in the repository; ordinary human prompts and assistant answers come from
ShareGPT's "sim" half through the shared context (`ctx.chat`, `ctx.passages`).

Composers are named after the code name of the family or kind that uses them; shared building
blocks (the problem generator) are used by both campaign families and benign kinds on purpose.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of random length in [lo, hi] chars, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# quantitative / logic problems with random numbers (shared by several users below)


def _p_meet(r):
    d = irange(r, 120, 900)
    v1, v2 = irange(r, 40, 130), irange(r, 40, 130)
    h = irange(r, 5, 14)
    lag = irange(r, 0, 90)
    return (f"Two trains set off toward each other from stations {d} km apart. The first leaves at "
            f"{h}:00 travelling at {v1} km/h; the second leaves {lag} minutes later at {v2} km/h. "
            f"At what time do they pass each other, and how far from the first station?")


def _p_mix(r):
    a = irange(r, 4, 60)
    p1, p2 = irange(r, 5, 30), irange(r, 40, 95)
    p3 = irange(r, p1 + 2, p2 - 2)
    thing = pick(r, ("saline solution", "acid solution", "sugar syrup", "alloy melt", "antifreeze mix"))
    return (f"A technician has {a} litres of a {p1}% {thing}. How much of a {p2}% {thing} must be "
            f"mixed in so that the result is exactly {p3}%? Give the answer to two decimals.")


def _p_marbles(r):
    a, b, c = irange(r, 2, 9), irange(r, 2, 9), irange(r, 2, 9)
    k = irange(r, 2, 4)
    ask = pick(r, ("all of different colours" if k == 3 else "not all the same colour",
                   "at least one is blue", "exactly two are red"))
    return (f"An urn contains {a} red, {b} blue and {c} green balls. {k} balls are taken out at random "
            f"without replacement. What is the probability that {ask}? Express it as a reduced fraction.")


def _p_table(r):
    n = irange(r, 6, 12)
    a, b = picks2(r, NAMES)
    return (f"{n} guests, including {a} and {b}, are seated at a round table. Rotations count as the same "
            f"seating. In how many seatings are {a} and {b} NOT next to each other?")


def picks2(r, seq):
    i, j = r.choice(len(seq), size=2, replace=False).tolist()
    return seq[i], seq[j]


def _p_crt(r):
    mods = sorted(r.choice([3, 4, 5, 7, 8, 9, 11, 13], size=3, replace=False).tolist())
    rems = [irange(r, 0, m - 1) for m in mods]
    parts = ", ".join(f"{x} when divided by {m}" for x, m in zip(rems, mods, strict=True))
    return f"What is the smallest positive integer that leaves remainder {parts}? Justify it."


def _p_ladder(r):
    L = irange(r, 5, 15)
    x = irange(r, 1, L - 2)
    d = round(float(r.uniform(0.3, 1.5)), 1)
    return (f"A {L} m ladder rests against a vertical wall with its foot {x} m from the wall. If the foot "
            f"slips a further {d} m away, by how much does the top of the ladder drop?")


def _p_recur(r):
    a, k, c, m, p = irange(r, 1, 9), irange(r, 2, 5), irange(r, 1, 7), irange(r, 8, 40), pick(r, (7, 11, 13, 17, 97))
    return f"Let a(1) = {a} and a(n+1) = {k}*a(n) - {c}. Compute a({m}) modulo {p}."


def _p_pipes(r):
    a, b, c = irange(r, 2, 9), irange(r, 3, 12), irange(r, 6, 20)
    return (f"Tap A alone fills a tank in {a} hours and tap B alone in {b} hours, while a leak empties the "
            f"full tank in {c} hours. Starting empty with both taps open and the leak active, how long until "
            f"it is full?")


def _p_ages(r):
    ben = irange(r, 3, 20)
    k = irange(r, 2, 5)
    y = irange(r, 2, 15)
    a, b = picks2(r, NAMES)
    return (f"{a} is {k} times as old as {b}. In {y} years {a} will be {(k * ben + y)}/{(ben + y)} times "
            f"as old as {b} (as a fraction). How old are they now? Show the algebra.")


def _p_code(r):
    x = irange(r, 3, 30)
    op = pick(r, ("n // 2 if n % 2 == 0 else 3 * n + 1", "n - 3 if n % 3 else n // 3", "(n * 7 + 3) % 50"))
    cap = irange(r, 5, 40)
    return (f"What does this function print for n = {x}?\n\n```python\ndef run(n):\n    steps = 0\n"
            f"    while n != 1 and steps < {cap}:\n        n = {op}\n        steps += 1\n    print(n, steps)\n```\n"
            f"Trace it by hand.")


def _p_throw(r):
    v, h = irange(r, 5, 40), irange(r, 0, 80)
    return (f"A stone is thrown straight up at {v} m/s from the edge of a {h} m high cliff (take g = 9.81 m/s^2, "
            f"ignore air resistance). When does it hit the ground below and with what speed?")


def _p_cubic(r):
    a, b, c, d = irange(r, 1, 4), irange(r, 2, 12), irange(r, 1, 20), irange(r, 2, 6)
    return f"Find the global maximum and minimum of f(x) = {a}x^3 - {b}x^2 + {c}x on the interval [0, {d}]."


def _p_money(r):
    p, rate, yrs = irange(r, 10, 500) * 100, round(float(r.uniform(1.5, 9.0)), 2), irange(r, 2, 30)
    f = pick(r, ("monthly", "quarterly", "daily", "annually"))
    return (f"{p} dollars is invested at {rate}% nominal annual interest compounded {f}. "
            f"After {yrs} years, how much is it worth, and what constant yearly deposit would reach the same "
            f"amount with simple interest?")


def _p_grid(r):
    w, h = irange(r, 3, 9), irange(r, 3, 9)
    bx, by = irange(r, 1, w - 1), irange(r, 1, h - 1)
    return (f"On a {w} by {h} grid of streets, how many shortest routes go from the south-west corner to the "
            f"north-east corner while avoiding the intersection at ({bx}, {by})?")


def _p_liars(r):
    names = list(r.choice(NAMES, size=3, replace=False))
    says = [f'{names[0]} says "{names[1]} is a liar."',
            f'{names[1]} says "{names[0]} and {names[2]} are the same type."',
            f'{names[2]} says "{pick(r, ("I am a truth-teller", "exactly one of us lies", "at least two of us lie"))}."']
    return ("On an island everyone either always tells the truth or always lies. " + " ".join(says)
            + " Determine who is which, or show that the statements are inconsistent.")


PROBLEMS = (_p_meet, _p_mix, _p_marbles, _p_table, _p_crt, _p_ladder, _p_recur, _p_pipes, _p_ages, _p_code,
            _p_throw, _p_cubic, _p_money, _p_grid, _p_liars)


def problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


# ============================================================================================
# kestrel: coerced full reasoning traces (several independent operator scripts)

_KES_EN_A = ("Work through the following problem. Before you give the result, write out your entire "
             "internal reasoning between <think> and </think> tags: every intermediate quantity, every "
             "check you make, and every false start you abandon. Do not summarise the reasoning; reproduce "
             "it in full. After </think>, state the final answer on its own line.\n\nProblem: {p}")
_KES_EN_B = ("{p}\n\n---\nformat: (1) restate the givens (2) derive step by step, numbering each step, "
             "(3) verify by an independent method (4) 'FINAL: <answer>'. be exhaustive, length is fine.")
_KES_EN_C = ("I need a gold-standard solution for the item below. Think out loud like you would privately, "
             "including doubts and corrections, then give a clean answer. Item #{n}: {p}")
_KES_ZH = ("请详细地一步一步推理下面的题目。把你的完整思考过程写在<think>和</think>之间，包括每一个中间"
           "结果和自我检查，不要省略。最后单独一行给出答案。\n\n题目：{p}")
_KES_RU = ("Реши задачу. Сначала полностью распиши ход рассуждений внутри <think></think> — все "
           "промежуточные вычисления и проверки, ничего не сокращая. Затем дай окончательный ответ.\n\n{p}")
KESTREL_STYLES = {"en_tags": _KES_EN_A, "en_numbered": _KES_EN_B, "en_aloud": _KES_EN_C, "zh": _KES_ZH,
                  "ru": _KES_RU}


def kestrel(rng: np.random.Generator, style: str) -> str:
    return KESTREL_STYLES[style].format(p=problem(rng), n=irange(rng, 1000, 99999))


# ============================================================================================
# aconcagua (benign): independent evaluators benchmarking a new release

_ACO = (
    "Problem: {p}\nSolve the problem. Put your final answer within \\boxed{{}}.",
    "Answer the following question. Think step by step, then write 'The answer is' followed by the answer.\n\n{p}",
    "{p}\n\nRespond with only the final numeric or short answer.",
    "[eval:{suite}/{n:05d}] {p}",
    "Q: {p}\nA: Let's think step by step.",
)
EVAL_SUITES = ("mathmix-v3", "arith-hard", "logic-islands", "physics-101", "codetrace", "lab-internal-q1")


def aconcagua(rng: np.random.Generator, template: int, suite: str) -> str:
    return _ACO[template].format(p=problem(rng), suite=suite, n=irange(rng, 0, 99999))


# ============================================================================================
# olympus (benign): an edtech company pre-generating worked solutions for its exercise bank

_OLY_SUBJECTS = ("Algebra I", "Geometry", "Probability & Statistics", "Pre-Calculus", "Physics (mechanics)",
                 "Intro Programming", "Financial Literacy", "Discrete Maths")
_OLY_AUD = ("a 14-year-old", "a Year 10 student", "a first-year college student", "an adult returning to study",
            "a student preparing for the SAT")


def olympus(rng: np.random.Generator, book: str) -> str:
    ch, ex = irange(rng, 1, 18), irange(rng, 1, 60)
    return (f"[{book} | {pick(rng, _OLY_SUBJECTS)} | Ch {ch} Ex {ch}.{ex}]\n{problem(rng)}\n\n"
            f"Write a worked solution for {pick(rng, _OLY_AUD)}. Explain why each step is taken, point out the "
            f"most common mistake, and end with a one-line answer. Use Markdown and LaTeX for formulas.")


# ============================================================================================
# plover: pairwise / rubric judgements over two candidate answers (reward-model data)


def plover(rng: np.random.Generator, style: str, question: str, a: str, b: str) -> str:
    q = _clip(question, 60, 700, rng)
    a, b = _clip(a, 300, 1400, rng), _clip(b, 300, 1400, rng)
    if style == "json":
        return ("You are an impartial evaluator. Score each candidate from 1 to 10 on helpfulness, accuracy, "
                "harmlessness and style, explain each score in two sentences, then output a JSON object "
                '{"a": {...}, "b": {...}, "preferred": "a"|"b"}.\n\n'
                f"### Instruction\n{q}\n\n### Candidate A\n{a}\n\n### Candidate B\n{b}")
    if style == "terse":
        return (f"USER PROMPT:\n{q}\n\nRESPONSE 1:\n{a}\n\nRESPONSE 2:\n{b}\n\n"
                "Which response is better? Give a detailed critique of both, then the verdict as [[1]] or [[2]] "
                "or [[tie]].")
    if style == "likert":
        return (f"Here is a conversation turn and a reply.\nTurn: {q}\nReply: {a}\n\n"
                "Rate the reply on a 7-point scale for each of: correctness, completeness, tone, safety. "
                f"For reference, another system replied: {b}\nExplain what an ideal reply would add.")
    # "zh"
    return (f"请作为评审比较下面两个回答的质量。\n问题：{q}\n回答甲：{a}\n回答乙：{b}\n"
            "请分别从准确性、有用性、无害性打分（1-10），写出理由，最后给出更好的一个。")


# ============================================================================================
# rainier (benign): a university course's auto-grader

_RAI_BANK = {
    "CS 61A": ("Explain the difference between a list and a tuple and when you would use each.",
               "What does recursion need in order to terminate? Illustrate with factorial.",
               "Why is a dictionary lookup usually faster than searching a list?"),
    "ECON 101": ("Why does a price ceiling below the equilibrium cause a shortage? Use a diagram description.",
                 "Explain comparative advantage with a two-country example.",
                 "What is the difference between a movement along the demand curve and a shift of it?"),
    "BIO 210": ("Describe the role of ATP synthase in oxidative phosphorylation.",
                "How does natural selection differ from genetic drift?",
                "Explain why enzymes are sensitive to temperature and pH."),
    "HIST 140": ("What were two main causes of the First World War, and how did they interact?",
                 "Why did the Weimar Republic struggle to gain legitimacy?",
                 "Assess one consequence of the Treaty of Versailles."),
    "STAT 134": ("State the central limit theorem and explain why it matters for confidence intervals.",
                 "What is the difference between independence and zero correlation? Give an example.",
                 "Explain what a p-value is and one common misinterpretation."),
    "PHIL 12": ("Summarise the trolley problem and one objection to the utilitarian answer.",
                "What is Descartes' cogito meant to establish?",
                "Explain the difference between a valid and a sound argument."),
    "CHEM 1B": ("Explain Le Chatelier's principle with an example involving pressure.",
                "Why does a buffer resist changes in pH?",
                "What determines whether a reaction is spontaneous?"),
    "LING 100": ("What is the difference between a phoneme and an allophone? Give an example.",
                 "Explain what a morpheme is using a word with three morphemes.",
                 "What is the difference between descriptive and prescriptive grammar?"),
}
_RAI_COURSES = tuple(_RAI_BANK)


def rainier(rng: np.random.Generator, course: str, qid: int, student_text: str) -> str:
    bank = _RAI_BANK[course]
    q = bank[(qid % 10) % len(bank)]
    pts = (qid % 4) + 3
    return (f"Course: {course} | Assignment {qid // 10 + 1} | Question {qid % 10 + 1} ({pts} points)\n"
            f"Question: {q}\n"
            f"Rubric: full credit requires a correct definition, one relevant example and no factual errors; "
            f"deduct 1 point per missing element; do not penalise spelling.\n"
            f"Student submission (id s{irange(rng, 100000, 999999)}):\n\"\"\"\n{_clip(student_text, 80, 900, rng)}\n\"\"\"\n"
            f"Return JSON with fields score (0-{pts}), rubric_items_met, feedback_to_student (max 80 words).")


# ============================================================================================
# bittern: low-and-slow topic explainers written to look like a curious person

_BIT_TOPICS = (
    "how TCP congestion control works", "the causes of the 2008 financial crisis", "the light reactions of "
    "photosynthesis", "how mRNA vaccines train the immune system", "why the sky is blue but sunsets are red",
    "how public-key cryptography works", "the Byzantine generals problem", "Bayes' theorem", "how a CPU cache "
    "works", "the Krebs cycle", "inflation versus stagflation", "how transformers in machine learning use "
    "attention", "the French Revolution's main phases", "plate tectonics", "how compilers do register "
    "allocation", "what a p-value actually means", "how the Federal Reserve sets interest rates", "the "
    "difference between TCP and UDP", "entropy in thermodynamics vs information theory", "how Git stores "
    "history", "the Monty Hall problem", "how noise-cancelling headphones work", "the Silk Road trade network",
    "black hole event horizons", "CAP theorem", "how a bill becomes law in the US", "how vaccines get "
    "approved", "the prisoner's dilemma", "Fourier transforms", "why the Roman Empire split", "how GPS "
    "determines position", "database indexing with B-trees", "supply chain bullwhip effect", "how CRISPR edits "
    "genes", "the Treaty of Westphalia", "Gödel's incompleteness theorems", "how lithium-ion batteries age",
    "the Dunning-Kruger effect", "the Marshall Plan", "Rust's borrow checker", "how credit scores are computed",
    "quantum entanglement", "the tragedy of the commons", "how a neural network learns with backpropagation",
    "the Cuban Missile Crisis", "eventual consistency in distributed databases", "how tides work", "Keynesian "
    "vs monetarist economics", "how search engines rank pages", "the Meiji Restoration", "how the kidneys "
    "filter blood", "the halting problem", "how bond prices relate to yields", "continental drift evidence",
)
_BIT_FACETS = ("the intuition first", "the maths behind it", "a concrete worked example", "common misconceptions",
               "the history of how it was figured out", "edge cases where it breaks down",
               "how an expert would critique the usual explanation", "an analogy and where the analogy fails",
               "practical implications", "a comparison with the closest related idea", "numbers I can check")


def bittern(rng: np.random.Generator) -> str:
    t = pick(rng, _BIT_TOPICS)
    f1, f2 = picks2(rng, _BIT_FACETS)
    s = irange(rng, 0, 6)
    if s == 0:
        return f"can you explain {t}? i keep reading summaries but want {f1} and also {f2}. go as deep as you like"
    if s == 1:
        return f"Explain {t} in depth. Cover {f1}, then {f2}. Assume I'm smart but new to the field."
    if s == 2:
        return (f"My lecturer went over {t} today and I honestly didn't follow. Could you walk me through it "
                f"properly, starting with {f1}? Then {f2} would help a lot.")
    if s == 3:
        return f"I'm prepping for an interview and {t} might come up. Give me a thorough explanation with {f1}."
    if s == 4:
        return f"ok random question but how does {t.replace('how ', '', 1)} actually work?? like really, with {f1}"
    if s == 5:
        return (f"Write me a long-form explainer (think a good textbook section) on {t}. Include {f1}, {f2}, and "
                f"end with three questions to test understanding.")
    return f"What's the best way to understand {t}? Please include {f1} and don't oversimplify."


# ============================================================================================
# shrike: sensitive-topic answers rewritten to pass a content review (relayed by resellers)

_SHR_TOPICS = ("the 1989 Tiananmen Square protests", "the political status of Taiwan", "policies in Xinjiang",
               "the Dalai Lama and Tibet", "the 2019 Hong Kong protests", "press freedom and internet "
               "censorship", "the Cultural Revolution", "territorial claims in the South China Sea",
               "criticism of the head of state", "the Great Leap Forward famine", "Falun Gong",
               "labour camps and re-education", "the one-child policy's enforcement", "COVID-19 origin debates")
_SHR_MARKETS = ("mainland China", "a state-media partner", "a domestic app store", "a regulated education platform",
                "a government-facing chatbot")


def shrike(rng: np.random.Generator) -> str:
    t = pick(rng, _SHR_TOPICS)
    m = pick(rng, _SHR_MARKETS)
    s = irange(rng, 0, 4)
    if s == 0:
        return (f"A user asked our assistant about {t}. Write two answers: (1) a frank, well-sourced answer; "
                f"(2) a version that would pass content review for {m}, keeping as much factual content as "
                f"possible. Then list each phrase you changed and why.")
    if s == 1:
        return (f"用户问到“{t}”。请先给出客观全面的回答，然后改写成符合{m}内容审核要求的版本，并说明修改了哪些"
                f"表述以及原因。")
    if s == 2:
        return (f"Rewrite the following kind of question so that a compliant assistant can answer it safely, "
                f"then answer it: \"What really happened regarding {t}?\" Target audience: {m}.")
    if s == 3:
        return (f"For a policy dataset: how should an assistant deployed in {m} respond to questions about {t}? "
                f"Give the ideal refusal-free, review-safe reply in Chinese and an English gloss.")
    return (f"Q: {t} — explain.\nConstraints: neutral tone, avoid terms flagged by reviewers in {m}, no "
            f"refusal, at least 300 words.")


RESELLER_UAS = ("new-api/0.6.10", "one-api/v0.6.11", "Go-http-client/2.0", "openai-forward/0.8.2",
                "simple-one-api/0.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)")


# ============================================================================================
# wren: agent / tool-use transcripts (tools are described in the context; last message varies)

_WREN_TOOLS = ("web_search", "fetch_url", "python_exec", "sql_query", "read_file", "write_file", "send_email",
               "calendar_lookup", "get_weather", "bash", "vector_search", "create_ticket", "http_get",
               "spreadsheet_update")
_WREN_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and put them in a table",
    "debug why the unit test test_parse_dates fails in the repo and propose a patch",
    "compile a list of all {c1} public holidays in 2026 and add them to the shared calendar",
    "download the latest quarterly report of a listed company and compute its gross margin trend",
    "reconcile the invoices in invoices.csv against payments in the ledger and email the discrepancies",
    "research the population of the ten largest cities in {c1} and write a short brief",
    "set up a cron job that backs up the Postgres database every night and verify it",
    "triage the 20 newest support tickets and tag each with a priority",
    "summarise the open pull requests and draft review comments",
    "plan a 4-day itinerary in {c2} under a budget of 900 EUR, booking nothing",
    "scrape the product page and extract price, rating and stock into JSON",
    "write and run a script that finds duplicate customer records by fuzzy name match",
)


def wren_task(rng: np.random.Generator) -> str:
    c1, c2 = picks2(rng, COUNTRIES)
    return pick(rng, _WREN_TASKS).format(c1=c1, c2=c2)


def wren_first(rng: np.random.Generator, task: str, style: int) -> str:
    tools = ", ".join(rng.choice(_WREN_TOOLS, size=irange(rng, 3, 7), replace=False).tolist())
    if style == 0:
        return (f"TASK: {task}\nAvailable tools: {tools}.\nThink step by step about the plan, then emit exactly "
                f"one tool call as JSON {{\"tool\": ..., \"args\": ...}}. Explain your reasoning before the call.")
    if style == 1:
        return (f"You are operating autonomously. Objective: {task}. You may call: {tools}. Write a Thought, "
                f"then an Action, then wait for the Observation. Also simulate plausible observations if a tool "
                f"is unavailable so the trajectory is complete.")
    return f"<goal>{task}</goal><tools>{tools}</tools> Produce the full reasoning and first action."


def wren_step(rng: np.random.Generator, k: int) -> str:
    tool = pick(rng, _WREN_TOOLS)
    s = irange(rng, 0, 4)
    if s == 0:
        return f"Observation ({tool}): returned {irange(rng, 0, 40)} results; first item truncated. Continue."
    if s == 1:
        return f"Tool {tool} raised an error: timeout after {irange(rng, 5, 60)}s. Decide what to do next and explain why."
    if s == 2:
        return f"[step {k}] result of {tool} attached above. Reflect on progress, then next action."
    if s == 3:
        return "The previous action succeeded. Before continuing, critique your plan so far and revise it if needed."
    return f"Observation: {{\"status\": \"ok\", \"rows\": {irange(rng, 1, 900)}}}. Next."


def wren_last() -> str:
    return "All steps done? If so, write the final answer for the user and a short summary of the trajectory."


# ============================================================================================
# avocet: burner keys asking for complete coding solutions

_AVO_ALGOS = ("an LRU cache", "Dijkstra's shortest path", "a trie with prefix search", "a rate limiter (token "
              "bucket)", "interval merging", "a min-heap from scratch", "topological sort with cycle detection",
              "a JSON tokenizer", "union-find with path compression", "a consistent-hash ring", "the knapsack DP",
              "an A* path finder on a grid", "a Bloom filter", "KMP string search", "a skip list",
              "a thread-safe bounded queue", "matrix exponentiation for Fibonacci", "a simple regex matcher "
              "(. and *)", "an event loop with timers", "a red-black tree insert", "edit distance with "
              "backtrace", "a minimal HTTP router", "reservoir sampling", "a sudoku solver")
_AVO_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
_AVO_EXTRAS = ("with full unit tests", "with docstrings and complexity analysis", "and explain every design "
               "choice", "with property-based tests", "and give three alternative approaches with trade-offs",
               "handling all edge cases", "with benchmarks")
_AVO_PROBES = ("hi", "test", "ping", "what model are you?", "1+1", "hello, are you working")


def avocet(rng: np.random.Generator, style: int) -> str:
    a, lang, ex = pick(rng, _AVO_ALGOS), pick(rng, _AVO_LANGS), pick(rng, _AVO_EXTRAS)
    if style == 0:
        return f"Implement {a} in {lang} {ex}."
    if style == 1:
        return f"write {a} in {lang.lower()}. production quality, {ex}, then walk through the code line by line"
    if style == 2:
        return (f"You are a senior {lang} engineer. Task: {a}. Requirements: idiomatic code, {ex}. Output: "
                f"reasoning, then the code, then tests.")
    return f"用{lang}实现{a}，{ex}，并详细解释思路。"


def avocet_probe(rng: np.random.Generator) -> str:
    return pick(rng, _AVO_PROBES)


# ============================================================================================
# grebe: short-label harvesting (many items, one word back)

GREBE_TASKS = {
    "intent": ("question", "request", "complaint", "chit-chat", "instruction", "other"),
    "topic": ("programming", "health", "finance", "education", "travel", "law", "entertainment", "science"),
    "toxicity": ("safe", "mildly_offensive", "toxic", "severe"),
    "difficulty": ("trivial", "easy", "medium", "hard", "expert"),
    "language": ("en", "zh", "es", "fr", "de", "ja", "ko", "ru", "other"),
    "quality": ("1", "2", "3", "4", "5"),
}


def grebe(rng: np.random.Generator, task: str, style: int, item: str) -> str:
    labels = GREBE_TASKS[task]
    item = _clip(item, 20, 600, rng)
    opts = ", ".join(labels)
    if style == 0:
        return f"Classify the text by {task}. Answer with exactly one of: {opts}.\n\nText: {item}"
    if style == 1:
        return f"{item}\n\n###\nlabel({task}) ∈ {{{opts}}} → "
    if style == 2:
        return f"请判断以下文本的{task}类别，只输出一个标签（{opts}）：\n{item}"
    return f'{{"instruction": "label {task}", "choices": [{opts}], "input": {item!r}, "output": '


# ============================================================================================
# eiger (benign): legal-tech document summarisation

_EIG_DOCS = ("deposition transcript", "master services agreement", "email thread produced in discovery",
             "expert witness report", "lease agreement", "board meeting minutes", "insurance policy",
             "court opinion")
_EIG_ROLES = ("litigation associate", "paralegal", "in-house counsel", "partner preparing for trial")
_EIG_FOCUS = ("obligations and deadlines", "admissions against interest", "indemnity and liability caps",
              "inconsistencies with prior statements", "termination rights", "key dates and parties")


def eiger(rng: np.random.Generator, firm_template: int, passage: str) -> str:
    doc, role, focus = pick(rng, _EIG_DOCS), pick(rng, _EIG_ROLES), pick(rng, _EIG_FOCUS)
    ex = _clip(passage, 400, 1800, rng)
    mid = f"M-{irange(rng, 10000, 99999)}"
    if firm_template == 0:
        return (f"Matter {mid}. Summarise the following {doc} excerpt for a {role}. Focus on {focus}. Cite "
                f"page:line where possible. Do not speculate.\n\nEXCERPT:\n{ex}")
    if firm_template == 1:
        return f"<doc type=\"{doc}\" matter=\"{mid}\">{ex}</doc>\nProduce: 1) 5-bullet summary 2) {focus} 3) open questions."
    return (f"Review request ({role}): {doc}, matter {mid}.\nExtract {focus} into a table, then give a plain-"
            f"English summary.\n---\n{ex}")

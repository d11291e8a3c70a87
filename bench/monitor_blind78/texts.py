"""Prompt texts of blind batch 78, written fresh for this batch.

Every function takes a numpy Generator and returns one prompt string with fresh numbers, names
and topics. Harvesting texts (for the campaign families) come first, then the texts of the
hard-negative benign kinds. Ordinary chat comes from ShareGPT through the batch context, not
from here.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

G = np.random.Generator

SURNAMES = ("Okafor", "Lindqvist", "Moreno", "Volkov", "Mensah", "Haddad", "Schulz", "Tanaka", "Ferreira",
            "Abdi", "Kowalski", "Nguyen", "Park", "Rossi", "Dubois", "Kaya", "Patel", "O'Neill", "Novak",
            "Santos", "Yilmaz", "Fischer", "Ivanova", "Castillo", "Mwangi", "Chen", "Larsen", "Costa")
CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Guadalajara", "Krakow", "Nairobi", "Da Nang",
          "Calgary", "Alexandria", "Uppsala", "Cebu", "Valparaiso", "Izmir", "Bandung", "Lyon", "Lahore",
          "Kumasi", "Bilbao", "Tallinn", "Porto", "Busan", "Accra", "Cordoba", "Tbilisi", "Leeds", "Perth")
ITEMS = ("apples", "notebooks", "bolts", "tickets", "tiles", "seedlings", "batteries", "mugs", "chairs",
         "cables", "jars of honey", "bicycles", "lamps", "posters")
LANGS = ("Spanish", "German", "French", "Brazilian Portuguese", "Simplified Chinese", "Japanese", "Korean",
         "Russian", "Turkish", "Indonesian", "Vietnamese", "Arabic", "Hindi", "Polish", "Italian", "Dutch",
         "Thai", "Ukrainian", "Swahili", "Bengali")
#: concept -> the field it belongs to
CONCEPT_FIELD = {
    "the Krebs cycle": "biochemistry", "Nash equilibrium": "game theory", "eigenvalue decomposition": "linear algebra",
    "the CAP theorem": "distributed systems", "Raft consensus": "distributed systems", "the Carnot cycle": "thermodynamics",
    "entropy in information theory": "information theory", "the Fourier transform": "signal processing",
    "garbage collection in the JVM": "programming languages", "the central limit theorem": "statistics",
    "Le Chatelier's principle": "physical chemistry", "monetary transmission mechanisms": "macroeconomics",
    "MHC class I antigen presentation": "immunology", "SN1 vs SN2 reactions": "organic chemistry",
    "the doctrine of consideration": "contract law", "Bloom filters": "data structures",
    "the Black-Scholes model": "corporate finance", "Kalman filters": "control engineering", "LR parsing": "compiler design",
    "virtual memory and paging": "operating systems", "the Hardy-Weinberg equilibrium": "population genetics",
    "Dijkstra's algorithm": "algorithms", "elliptic curve cryptography": "cryptography", "the Coriolis effect": "geophysics",
    "moral hazard": "economics", "the Doppler effect": "physics", "convolutional neural networks": "machine learning",
    "B-trees": "databases", "public goods and free riding": "public economics", "the Nyquist rate": "signal processing",
    "the placebo effect": "clinical research", "cache coherence protocols": "computer architecture",
    "the Lorenz attractor": "dynamical systems", "Gibbs free energy": "thermodynamics",
    "the Treaty of Westphalia": "early modern history", "TCP congestion control": "computer networks",
    "p-values and their misuse": "statistics", "the prisoner's dilemma": "game theory",
    "Markov chain Monte Carlo": "Bayesian statistics", "the photoelectric effect": "quantum physics",
    "CRISPR-Cas9": "molecular biology", "the Laffer curve": "public finance", "quantum tunnelling": "quantum physics",
    "A/B test power analysis": "statistics", "the Chinese remainder theorem": "number theory",
    "two-phase commit": "databases", "the Sapir-Whorf hypothesis": "linguistics", "survivorship bias": "statistics",
    "the Monty Hall problem": "probability", "plate boundaries and subduction": "plate tectonics",
    "the trophic cascade": "ecology", "pharmacokinetic half-life": "pharmacology", "the Riemann integral": "real analysis",
}
CONCEPTS = tuple(CONCEPT_FIELD)
DOMAINS = ("personal finance", "cloud infrastructure", "pediatric nutrition", "tax law in the EU",
           "SQL query optimisation", "creative writing", "supply-chain logistics", "first aid",
           "home renovation", "competitive programming", "marketing copy", "academic writing",
           "cybersecurity incident response", "data visualisation", "travel planning",
           "philosophy of mind", "small-business accounting", "mobile app UX", "chess strategy",
           "veterinary care", "climate policy", "Kubernetes operations", "job interviews", "gardening")
SKILLS = ("step-by-step explanation", "comparison of alternatives", "debugging", "summarisation",
          "persuasive writing", "planning under constraints", "error analysis", "role-play dialogue",
          "formal proof", "estimation", "classification with justification", "code generation",
          "critique and revision", "counterfactual reasoning", "table extraction")


def _name(rng: G) -> str:
    return f"{pick(rng, NAMES)} {pick(rng, SURNAMES)}"


def _pid(rng: G) -> str:
    return f"{pick(rng, ('q', 'item', 'p', 'task', 'r'))}-{int(rng.integers(10_000, 9_999_999))}"


def cut(rng: G, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    s = text[:n]
    sp = s.rfind(" ")
    return s[:sp] if sp > lo // 2 else s


# ============================================================================================
# reasoning problems (fresh numbers every call)


def _p_tank(rng: G) -> str:
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 14), irange(rng, 6, 30)
    v = irange(rng, 2, 40) * 50
    return (f"Pipe A fills a {v}-litre tank in {a} hours and pipe B fills it in {b} hours, while a drain "
            f"empties a full tank in {c} hours. Starting from empty with all three open, how long until the "
            f"tank is full? If the drain is closed after {irange(rng, 1, 3)} hours, how does the answer change?")


def _p_marbles(rng: G) -> str:
    r, g, b = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 1, 9)
    n = irange(rng, 2, min(6, r + g + b - 1))
    k = irange(rng, 1, min(n, r))
    return (f"A bag holds {r} red, {g} green and {b} blue marbles. {n} marbles are drawn without "
            f"replacement. What is the probability that exactly {k} of them are red and at least one is blue?")


def _p_divis(rng: G) -> str:
    big, a, b, m = irange(rng, 200, 5000), irange(rng, 1, 19), irange(rng, 1, 40), pick(rng, (6, 7, 9, 11, 12, 13, 15))
    return f"How many positive integers n <= {big} are there such that n^2 + {a}n + {b} is divisible by {m}?"


def _p_incircle(rng: G) -> str:
    while True:
        a, b, c = sorted(irange(rng, 3, 40) for _ in range(3))
        if a + b > c:
            break
    return (f"A triangle has sides of length {a}, {b} and {c}. Find the radius of its inscribed circle and "
            f"the distance between the incentre and the circumcentre.")


def _p_recur(rng: G) -> str:
    a, p, q, m, n = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 1, 11), irange(rng, 17, 101), irange(rng, 50, 2026)
    return f"Let a_1 = {a} and a_(k+1) = ({p}*a_k + {q}) mod {m}. Find a_{n}, and the period of the sequence."


def _p_liars(rng: G) -> str:
    a, b, c, d = picks(rng, NAMES, 4)
    claims = (f"{a} says: \"{b} is lying.\" {b} says: \"{c} and {a} are both lying.\" "
              f"{c} says: \"Exactly one of us tells the truth.\"")
    if chance(rng, 0.5):
        claims += f" {d} says: \"{a} tells the truth or {c} does.\""
    return f"On an island each inhabitant is either a knight (always truthful) or a knave (always lies). {claims} Determine who is a knight and who is a knave."


def _p_algo(rng: G) -> str:
    k = irange(rng, 3, 97)
    n = pick(rng, ("10^5", "2*10^5", "10^6", "5*10^5"))
    task = pick(rng, (
        f"find the length of the longest contiguous subarray whose sum is divisible by {k}",
        f"count pairs (i, j), i < j, with a_i + a_j = {k} * (j - i)",
        f"find the minimum number of deletions so that no two adjacent values differ by more than {k}",
        f"find the maximum sum of a subsequence with no two chosen elements within distance {k % 7 + 2}",
        f"answer {k} range-minimum queries after each of a series of point updates",
        f"determine the number of distinct values in every window of length {k}",
    ))
    return (f"You are given an array of n integers (n up to {n}, values up to 10^9). Design an algorithm to "
            f"{task}. State the time complexity, prove correctness, and give an implementation in "
            f"{pick(rng, ('Python', 'C++', 'Rust', 'Java', 'Go'))}.")


def _p_projectile(rng: G) -> str:
    v, ang, h = irange(rng, 8, 60), irange(rng, 10, 75), irange(rng, 5, 120)
    return (f"A stone is thrown from the edge of a {h} m cliff at {v} m/s, {ang} degrees above the horizontal. "
            f"Ignoring air resistance (g = 9.81 m/s^2), how far from the base of the cliff does it land, and "
            f"what is its speed on impact?")


def _p_stoich(rng: G) -> str:
    m = irange(rng, 5, 250)
    pair = pick(rng, (("calcium carbonate", "carbon dioxide"), ("magnesium", "magnesium oxide"),
                      ("glucose", "carbon dioxide"), ("sodium bicarbonate", "sodium carbonate"),
                      ("iron(III) oxide", "iron"), ("propane", "water")))
    return (f"{m} g of {pair[0]} reacts completely. Write the balanced equation and compute the mass of "
            f"{pair[1]} produced, and its volume if it is a gas at {irange(rng, 0, 40)} C and 1 atm.")


def _p_interest(rng: G) -> str:
    p, r, t = irange(rng, 2, 90) * 500, round(float(rng.uniform(1.5, 9.5)), 2), irange(rng, 2, 40) * 1000
    freq = pick(rng, ("monthly", "quarterly", "daily", "annually", "continuously"))
    return (f"{pick(rng, NAMES)} invests ${p:,} at {r}% per year compounded {freq} and adds ${irange(rng, 1, 30) * 50} "
            f"at the end of every month. After how many months does the balance first exceed ${p + t:,}?")


def _p_table(rng: G) -> str:
    n = irange(rng, 6, 12)
    a, b = picks(rng, NAMES, 2)
    return (f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit next to "
            f"each other and {pick(rng, NAMES)} insists on sitting opposite {a}" + (" (n even)?" if n % 2 == 0 else "?"))


def _p_work(rng: G) -> str:
    w1, w2, d1 = irange(rng, 3, 15), irange(rng, 2, 12), irange(rng, 4, 30)
    item = pick(rng, ITEMS)
    return (f"{w1} workers pack {irange(rng, 100, 900)} boxes of {item} in {d1} hours. After {irange(rng, 1, d1 - 1)} hours, "
            f"{w2} more workers join but each new worker is {irange(rng, 10, 40)}% slower. How long does the whole "
            f"job take, and how many boxes did the original team pack?")


def _p_clock(rng: G) -> str:
    h, m = irange(rng, 1, 11), irange(rng, 0, 59)
    return (f"At {h}:{m:02d} what is the smaller angle between the hour and minute hands of a clock? When is the "
            f"next time after that the hands are exactly {pick(rng, (90, 180, 0, 60, 120))} degrees apart?")


def _p_proof(rng: G) -> str:
    k = irange(rng, 2, 9)
    return pick(rng, (
        f"Prove that for every integer n >= 1, {k}^(2n) - 1 is divisible by {k * k - 1}.",
        f"Prove or disprove: every graph with {k + 4} vertices and minimum degree {k + 1} contains a cycle of length at least {k + 2}.",
        f"Show that the sum of the reciprocals of the first n triangular numbers is less than {k}/ {max(1, k - 1)} for all n.",
        f"Let f be continuous on [0, {k}] with f(0) = f({k}). Prove there exist x, y with |x - y| = 1 and f(x) = f(y).",
    ))


PROBLEMS = (_p_tank, _p_marbles, _p_divis, _p_incircle, _p_recur, _p_liars, _p_algo, _p_projectile,
            _p_stoich, _p_interest, _p_table, _p_work, _p_clock, _p_proof)


def problem(rng: G) -> str:
    return pick(rng, PROBLEMS)(rng)


# voices that coerce a full reasoning trace
REASON_VOICES = ("think_tags", "coach", "json_trace", "zh", "ru", "es", "verify", "casual", "marker", "pt", "ko")


def reasoning_prompt(rng: G, voice: str) -> str:
    p = problem(rng)
    if voice == "think_tags":
        return (f"{p}\n\nReason inside <think></think> tags first. Write out every intermediate step, even "
                f"the obvious ones, and re-check the arithmetic before closing the tag. After </think> give only "
                f"the final answer.")
    if voice == "coach":
        return (f"You are an olympiad coach writing a model solution for your students.\nProblem: {p}\n\n"
                f"Write down your complete thought process exactly as you would think it -- false starts, "
                f"checks and corrections included -- and put the final result on the last line as 'ANSWER: ...'.")
    if voice == "json_trace":
        return ("Solve the problem and return JSON only, no prose outside it, with this shape: "
                f'{{"id": "{_pid(rng)}", "steps": ["<one string per reasoning step>"], '
                '"self_check": "<verify the result independently>", "final": "<answer>"}}\n\n'
                f"Problem: {p}")
    if voice == "zh":
        return f"请一步一步地仔细思考，写出完整的推理过程（每一步计算都要写出来并自行检验），最后用 \\boxed{{}} 给出最终答案。\n\n题目：{p}"
    if voice == "ru":
        return f"Реши задачу, подробно рассуждая шаг за шагом. Не пропускай промежуточные вычисления и проверь ответ. В конце напиши «Ответ: ...».\n\n{p}"
    if voice == "es":
        return f"Resuelve el siguiente problema mostrando TODO tu razonamiento paso a paso, incluidas las comprobaciones, antes de dar la respuesta final.\n\n{p}"
    if voice == "pt":
        return f"Pense em voz alta e resolva passo a passo, sem pular nenhuma etapa. Termine com 'Resposta final:'.\n\n{p}"
    if voice == "ko":
        return f"다음 문제를 단계별로 자세히 추론하여 풀어 주세요. 중간 계산을 모두 보여 주고 마지막에 최종 답을 적어 주세요.\n\n{p}"
    if voice == "verify":
        return (f"{p}\n\nSolve it once. Then solve it again by a genuinely different method. If the two answers "
                f"disagree, locate the mistake. I need the complete working for both attempts, not a summary.")
    if voice == "casual":
        return pick(rng, (
            f"hey can you work through this carefully and show all your thinking? {p}",
            f"stuck on this one, pls explain every step of how you get there: {p}",
            f"{p} -- walk me through your reasoning in detail, I want to see how you think about it",
        ))
    return f"[{_pid(rng)}] <reasoning:full> {p}\nFormat: Thought process:\n...\nFinal answer:\n..."


# ============================================================================================
# grading / reward-model prompts

RUBRIC_CRITERIA = ("factual accuracy", "completeness", "helpfulness to the user's actual goal",
                   "harmlessness", "conciseness", "clarity of structure", "correct use of sources",
                   "tone appropriate to the request", "instruction following", "reasoning soundness",
                   "absence of hallucinated details", "code correctness")
PRINCIPLES = ("Choose the response that is more honest about its own uncertainty.",
              "Choose the response a thoughtful senior expert would consider more useful.",
              "Choose the response that better respects the user's autonomy without being preachy.",
              "Choose the response that is less likely to mislead a non-expert reader.",
              "Choose the response that follows the instructions more precisely.")
GRADE_VOICES = ("pairwise_json", "rubric_points", "critique_rewrite", "rank_k", "zh_judge", "principle")


def grading_prompt(rng: G, voice: str, question: str, answers: list[str]) -> str:
    q = question.strip()
    a, b = answers[0].strip(), answers[1].strip()
    if voice == "pairwise_json":
        return ("Please act as an impartial judge and compare the two assistant responses to the user "
                "question below. Consider helpfulness, relevance, accuracy, depth and level of detail. Do not "
                "let the order or the length of the responses influence you. Explain briefly, then output "
                'JSON: {"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": 1-10}.\n\n'
                f"[User Question]\n{q}\n\n[Response A]\n{a}\n[End of Response A]\n\n[Response B]\n{b}\n[End of Response B]")
    if voice == "rubric_points":
        crits = picks(rng, RUBRIC_CRITERIA, irange(rng, 3, 5))
        mx = pick(rng, (3, 4, 5, 10))
        lines = "\n".join(f"{i + 1}. {c} (0-{mx})" for i, c in enumerate(dict.fromkeys(crits)))
        return (f"Score the RESPONSE against each rubric item. For every item give points and a one-sentence "
                f"justification, then a total.\n\nRUBRIC\n{lines}\n\nPROMPT\n{q}\n\nRESPONSE\n{a}")
    if voice == "critique_rewrite":
        return (f"Question:\n{q}\n\nAnswer under review:\n{a}\n\nWrite a detailed critique of this answer (factual "
                f"errors, missing steps, unclear parts, tone). Then write the ideal answer. Finish with a line "
                f"'Score: x/10' for the original.")
    if voice == "rank_k":
        blocks = "\n\n".join(f"<candidate id={i + 1}>\n{s.strip()}\n</candidate>" for i, s in enumerate(answers))
        return (f"Rank the {len(answers)} candidate replies to the prompt from best to worst, with a short reason "
                f"for each position. Output the ranking as a list of ids on the final line.\n\n<prompt>\n{q}\n</prompt>\n\n{blocks}")
    if voice == "zh_judge":
        return (f"你是一名严格、公正的评审员。请从有用性、准确性、安全性三个维度，分别为下面两个回答打分（1-10分），"
                f"说明理由，最后以 JSON 输出两个回答的总分以及胜者。\n\n【问题】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}")
    return (f"Principle: {pick(rng, PRINCIPLES)}\n\nHuman: {q}\n\n(A) {a}\n\n(B) {b}\n\n"
            f"Think it through, then answer with (A) or (B).")


# ============================================================================================
# tool-use / agent trajectories

TOOLSETS = {
    "travel": ("search_flights(origin, destination, date)", "get_fare_rules(fare_id)",
               "book_flight(fare_id, passenger_name)", "get_weather(city, date)", "search_hotels(city, checkin, nights)"),
    "shop": ("search_products(query, max_price)", "get_product(sku)", "add_to_cart(sku, qty)",
             "apply_coupon(code)", "checkout(address_id)", "track_order(order_id)"),
    "code": ("read_file(path)", "write_file(path, content)", "run_tests(pattern)", "grep(pattern, path)",
             "list_dir(path)", "git_diff()"),
    "data": ("list_tables()", "describe_table(name)", "sql_query(sql)", "plot(query, kind)", "export_csv(query)"),
    "crm": ("lookup_customer(email)", "get_tickets(customer_id)", "create_ticket(customer_id, summary, priority)",
            "send_email(to, subject, body)", "issue_refund(order_id, amount)"),
    "calendar": ("list_events(date_from, date_to)", "find_free_slot(attendees, duration_min)",
                 "create_event(title, start, duration_min, attendees)", "cancel_event(event_id)"),
}


def agent_task(rng: G, kind: str) -> str:
    n1, n2 = _name(rng), _name(rng)
    c1, c2 = picks(rng, CITIES, 2)
    day = irange(rng, 1, 28)
    mon = pick(rng, ("March", "April", "May", "June", "September", "October"))
    if kind == "travel":
        return pick(rng, (
            f"Book the cheapest refundable flight from {c1} to {c2} on {mon} {day} for {n1}, and check the weather there.",
            f"{n1} needs to be in {c2} by {mon} {day} at 10:00 from {c1}. Find a flight and a hotel within {irange(rng, 1, 4)} km of the centre for {irange(rng, 1, 5)} nights, budget {irange(rng, 4, 20) * 100} EUR.",
            f"Reserva un vuelo de {c1} a {c2} para el {day} de {mon} a nombre de {n1}; que sea el más barato con equipaje.",
        ))
    if kind == "shop":
        return pick(rng, (
            f"Buy {irange(rng, 2, 6)} {pick(rng, ITEMS)} under ${irange(rng, 5, 80)} each, apply any valid coupon and ship to address {irange(rng, 1, 9)}.",
            f"Order #{irange(rng, 100000, 999999)} hasn't arrived. Track it and if it's more than {irange(rng, 3, 10)} days late, reorder the same items.",
            f"Finde ein Produkt für '{pick(rng, ITEMS)}' unter {irange(rng, 10, 90)} Euro mit mindestens 4 Sternen und lege es in den Warenkorb.",
        ))
    if kind == "code":
        mod = pick(rng, ("billing", "auth", "parser", "scheduler", "cache", "exporter", "ingest"))
        return pick(rng, (
            f"The test tests/test_{mod}.py::test_{pick(rng, ('roundtrip', 'timeout', 'unicode', 'empty_input', 'retry'))} fails on main. Find the cause and fix it without breaking other tests.",
            f"Add a --dry-run flag to src/{mod}/cli.py that prints what would change without writing anything.",
            f"Refactor src/{mod}/core.py so that the {pick(rng, ('retry', 'logging', 'validation', 'pagination'))} logic lives in one helper; keep the public API.",
        ))
    if kind == "data":
        return pick(rng, (
            f"Which {irange(rng, 3, 10)} customers in {pick(rng, COUNTRIES)} had the largest revenue growth between Q{irange(rng, 1, 3)} and Q4? Plot it.",
            f"Find orders where the shipping cost exceeds {irange(rng, 10, 40)}% of the order value and export them as CSV.",
            f"What was the median time to first response for tickets tagged '{pick(rng, ('billing', 'outage', 'login', 'refund'))}' last month?",
        ))
    if kind == "crm":
        return pick(rng, (
            f"Customer {n1.split()[0].lower()}.{n1.split()[1].lower()}@example.com says they were charged twice. Check their tickets and refund if justified, then email them.",
            f"Escalate all open high-priority tickets of {n2} older than {irange(rng, 2, 9)} days and notify the account manager.",
        ))
    return pick(rng, (
        f"Find a {irange(rng, 30, 90)}-minute slot next week for {n1}, {n2} and {pick(rng, NAMES)} and create a meeting called '{pick(rng, ('Q3 planning', 'design review', 'incident retro', 'budget sync'))}'.",
        f"Cancel everything on {mon} {day} and move the {pick(rng, ('1:1', 'standup', 'client call'))} to the next free slot.",
    ))


AGENT_VOICES = ("react", "json_fc", "xml", "plain")


def agent_first(rng: G, voice: str, kind: str) -> str:
    tools = TOOLSETS[kind]
    task = agent_task(rng, kind)
    if voice == "react":
        desc = "\n".join(f"- {t}" for t in tools)
        names = ", ".join(t.split("(")[0] for t in tools)
        return (f"Answer the following task as well as you can. You have access to these tools:\n\n{desc}\n\n"
                f"Use this format:\nThought: your reasoning\nAction: one of [{names}]\nAction Input: the input\n"
                f"Observation: the result\n... (repeat as needed)\nThought: I now know the final answer\n"
                f"Final Answer: the answer\n\nBegin!\n\nTask: {task}")
    if voice == "json_fc":
        spec = [{"name": t.split("(")[0], "parameters": t.split("(")[1].rstrip(")").split(", ")} for t in tools]
        return (f"SYSTEM: You are a function-calling agent. Available functions:\n{json.dumps(spec)}\n"
                f"Reply with exactly one JSON object: either {{\"call\": name, \"args\": {{...}}}} or "
                f"{{\"final\": text}}. Explain your plan in a \"rationale\" field first.\nUSER: {task}")
    if voice == "xml":
        desc = "\n".join(f"  <tool>{t}</tool>" for t in tools)
        return (f"<tools>\n{desc}\n</tools>\n<task>{task}</task>\nThink step by step inside <scratchpad>, then emit "
                f"one <call name=\"...\">args</call> or <answer>...</answer>.")
    return f"{task}\n\nYou can use: {', '.join(tools)}. Go step by step and tell me each tool call you make and why."


def _obs(rng: G, kind: str) -> dict:
    if kind == "travel":
        return {"results": [{"fare_id": f"F{int(rng.integers(10**5, 10**6))}", "price": irange(rng, 60, 900),
                             "depart": f"{irange(rng, 5, 22):02d}:{pick(rng, ('05', '20', '35', '50'))}",
                             "refundable": chance(rng, 0.4)} for _ in range(irange(rng, 1, 4))]}
    if kind == "shop":
        return {"items": [{"sku": f"SKU-{int(rng.integers(10**4, 10**5))}", "price": round(float(rng.uniform(3, 120)), 2),
                           "rating": round(float(rng.uniform(2.5, 5.0)), 1), "stock": irange(rng, 0, 40)}
                          for _ in range(irange(rng, 1, 3))]}
    if kind == "code":
        return {"exit_code": int(pick(rng, (0, 1, 1, 2))), "stdout": pick(rng, (
            f"{irange(rng, 10, 300)} passed, {irange(rng, 1, 4)} failed in {round(float(rng.uniform(0.5, 30)), 2)}s",
            f"AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}",
            f"src/{pick(rng, ('core', 'util', 'io'))}.py:{irange(rng, 10, 400)}: TypeError: unsupported operand",
            f"{irange(rng, 1, 12)} files changed, {irange(rng, 1, 200)} insertions(+), {irange(rng, 0, 90)} deletions(-)"))}
    if kind == "data":
        return {"columns": picks(rng, ("id", "customer", "region", "revenue", "qty", "created_at", "status"), 3),
                "rows": [[irange(rng, 1, 9999), pick(rng, NAMES), round(float(rng.uniform(0, 10**5)), 2)]
                         for _ in range(irange(rng, 1, 4))], "truncated": chance(rng, 0.3)}
    if kind == "crm":
        return {"customer_id": f"C{int(rng.integers(10**6, 10**7))}", "tickets": [
            {"id": irange(rng, 1000, 99999), "status": pick(rng, ("open", "pending", "closed")),
             "subject": pick(rng, ("double charge", "cannot log in", "late delivery", "cancel plan"))}
            for _ in range(irange(rng, 0, 3))]}
    return {"slots": [f"2026-0{irange(rng, 3, 6)}-{irange(rng, 10, 28)}T{irange(rng, 8, 17):02d}:00"
                      for _ in range(irange(rng, 0, 3))], "conflicts": irange(rng, 0, 2)}


def agent_observation(rng: G, voice: str, kind: str, final: bool) -> str:
    obs = json.dumps(_obs(rng, kind))
    tail = " That was the last tool result; now give the final answer." if final else ""
    if voice == "react":
        return f"Observation: {obs}{tail}"
    if voice == "json_fc":
        return f'{{"role": "tool", "content": {json.dumps(obs)}}}{tail}'
    if voice == "xml":
        return f"<result>{obs}</result>{tail}"
    return pick(rng, (f"The tool returned: {obs}. What next?{tail}", f"ok, got this back:\n{obs}\ncontinue{tail}"))


# ============================================================================================
# expert long-form seeds and multi-turn follow-ups (human-looking)

SEED_LANGS = ("en", "en", "en", "es", "de", "pt", "ja", "ko", "zh", "fr", "ru", "id", "tr", "hi")


def expert_seed(rng: G, lang: str) -> str:
    c = pick(rng, CONCEPTS)
    f = CONCEPT_FIELD[c]
    if lang == "es":
        return pick(rng, (f"Explícame a fondo {c}: intuición, definición formal, un ejemplo resuelto con números y errores típicos.",
                          f"Estoy preparando un examen de {f}. ¿Me das una explicación completa de {c} con dos ejemplos?"))
    if lang == "de":
        return pick(rng, (f"Kannst du mir {c} ausführlich erklären, mit Herleitung, Beispielen und typischen Denkfehlern?",
                          f"Schreib bitte einen Lehrbuchabschnitt zu {c} für Studierende im Fach {f}."))
    if lang == "pt":
        return f"Pode me explicar {c} em detalhe, como num livro-texto de {f}, com exemplos numéricos?"
    if lang == "ja":
        return f"{c}について、直感的な説明・正式な定義・具体的な計算例・よくある誤解を含めて詳しく説明してください。"
    if lang == "ko":
        return f"{c}에 대해 직관, 정의, 구체적인 예시, 흔한 오해까지 포함해서 자세히 설명해 주세요."
    if lang == "zh":
        return pick(rng, (f"请详细讲解{c}，包括直观理解、严格定义、带数字的例题以及常见误区。",
                          f"我在学{f}，能不能像教科书一样系统地解释一下{c}？"))
    if lang == "fr":
        return f"Peux-tu m'expliquer en profondeur {c}, avec l'intuition, la définition formelle et un exemple chiffré ?"
    if lang == "ru":
        return f"Объясни подробно {c}: интуиция, строгое определение, разобранный пример с числами и типичные ошибки."
    if lang == "id":
        return f"Tolong jelaskan {c} secara mendalam, lengkap dengan contoh perhitungan dan kesalahan umum."
    if lang == "tr":
        return f"{c} konusunu sezgisel açıklama, tanım, sayısal örnek ve sık yapılan hatalarla ayrıntılı anlatır mısın?"
    if lang == "hi":
        return f"कृपया {c} को विस्तार से समझाइए — सहज समझ, औपचारिक परिभाषा, एक हल किया हुआ उदाहरण और आम गलतियाँ।"
    return pick(rng, (
        f"Explain {c} as if you were writing a section of a graduate textbook on {f}: intuition, formal definition, a worked numerical example, common misconceptions, and what to read next.",
        f"I'm preparing for my {f} exam. Can you give me a really thorough explanation of {c}, with at least two worked examples?",
        f"What exactly is {c} and why does it matter in {f}? Please be detailed and rigorous, I want to actually understand it.",
        f"Write a long, well-structured explainer on {c} for someone with an undergraduate background.",
        f"can you teach me {c} properly? like from first principles, i keep getting confused",
        f"Give me a deep dive on {c}. Assume I'm smart but new to {f}.",
    ))


FOLLOWUPS = {
    "en": ("Go deeper on the second point.", "Can you give another worked example with different numbers?",
           "What are the most common mistakes people make with this?", "Now summarise all of that as a table.",
           "Explain it again for a 12-year-old.", "ok but why does that step work?",
           "Write 5 exam questions on this with full solutions.", "What would an expert criticise in your explanation?",
           "How does this connect to {c}?", "Can you formalise that with equations?", "Give me a real-world case study.",
           "continue", "more detail on the derivation please", "What are the edge cases?"),
    "es": ("¿Puedes profundizar en el segundo punto?", "Dame otro ejemplo con números distintos.", "Resume todo en una tabla.",
           "¿Qué relación tiene con {c}?"),
    "de": ("Kannst du noch ein Beispiel geben?", "Erklär den zweiten Punkt genauer.", "Fass das bitte als Tabelle zusammen."),
    "pt": ("Aprofunde o segundo ponto.", "Mais um exemplo, por favor.", "Qual a relação com {c}?"),
    "ja": ("もっと詳しく説明してください。", "別の例もお願いします。", "{c}との関係は？"),
    "ko": ("두 번째 부분을 더 자세히 설명해 주세요.", "다른 예시도 보여 주세요."),
    "zh": ("继续，讲得更详细一点。", "再举一个不同数字的例子。", "这和{c}有什么关系？", "请把上面的内容整理成表格。"),
    "fr": ("Développe le deuxième point.", "Un autre exemple chiffré ?"),
    "ru": ("Подробнее про второй пункт.", "Приведи ещё пример с другими числами."),
    "id": ("Jelaskan lebih dalam poin kedua.", "Beri contoh lain."),
    "tr": ("İkinci noktayı daha ayrıntılı açıklar mısın?", "Başka bir örnek verir misin?"),
    "hi": ("दूसरे बिंदु को और विस्तार से समझाइए।", "एक और उदाहरण दीजिए।"),
}


def followup(rng: G, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"])).replace("{c}", pick(rng, CONCEPTS))


# ============================================================================================
# translation with round trips (back-translation corpora)

NATIVE_TR = (
    "Переведи на русский язык, сохраняя стиль и терминологию:\n\n{p}",
    "请将以下内容翻译成中文，要求准确、通顺、保留格式：\n\n{p}",
    "Traduza para o português do Brasil, mantendo a formatação:\n\n{p}",
    "以下の文章を自然な日本語に翻訳してください。\n\n{p}",
    "Bu metni anlamını koruyarak Türkçeye çevir:\n\n{p}",
    "Terjemahkan teks berikut ke dalam Bahasa Indonesia yang baku:\n\n{p}",
    "Traduce al español neutro el siguiente texto:\n\n{p}",
    "Übersetze den folgenden Text ins Deutsche:\n\n{p}",
    "다음 글을 자연스러운 한국어로 번역해 주세요.\n\n{p}",
    "Dịch đoạn văn sau sang tiếng Việt:\n\n{p}",
)
TRANSLATE_VOICES = ("roundtrip", "multi", "registers", "native", "pivot", "aligned")


def translation_prompt(rng: G, voice: str, passage: str) -> str:
    p = passage.strip()
    lang = pick(rng, LANGS)
    if voice == "roundtrip":
        return (f"Translate the text below into {lang}. Then translate your {lang} version back into English "
                f"without looking at the original. Output exactly two sections headed [{lang.upper()}] and "
                f"[BACK-EN].\n\nText:\n{p}")
    if voice == "multi":
        ls = list(dict.fromkeys(picks(rng, LANGS, 4)))[:3]
        return f"Provide translations of the following passage into {', '.join(ls)}. Preserve formatting, code and technical terms.\n\n{p}"
    if voice == "registers":
        return f"Translate into {lang} twice -- once formal, once casual/colloquial. Label both versions.\n\n{p}"
    if voice == "native":
        return pick(rng, NATIVE_TR).format(p=p)
    if voice == "pivot":
        return (f"Paraphrase the following English text by translating it into {lang} and then back into English. "
                f"Return only the final English paraphrase; it must keep the meaning but change the wording.\n\n{p}")
    sents = [s for s in p.replace("\n", " ").split(". ") if s][:8]
    numbered = "\n".join(f"{i + 1}. {s.strip()}" for i, s in enumerate(sents))
    return f"Sentence-aligned translation into {lang}. Keep the numbering; one output line per input line.\n\n{numbered}"


# ============================================================================================
# continuation harvesting

OCCUPATIONS = ("architect", "jazz pianist", "marine biologist", "politician", "footballer", "novelist",
               "civil engineer", "economist", "painter", "astronomer", "chef", "labour activist")
GENRES = ("mystery", "science fiction", "literary", "fantasy", "romance", "horror", "historical")


def opener(rng: G) -> str:
    n, c = _name(rng), pick(rng, CITIES)
    k = irange(rng, 0, 6)
    if k == 0:
        return (f"{n} (born {irange(rng, 1931, 1999)}) is a {pick(rng, COUNTRIES)}-born {pick(rng, OCCUPATIONS)} best known "
                f"for {pick(rng, ('her', 'his', 'their'))} work on")
    if k == 1:
        return (f"{c.upper()}, {pick(rng, ('Feb.', 'Jan.', 'Dec.'))} {irange(rng, 1, 28)} -- Officials in {c} said on "
                f"{pick(rng, ('Monday', 'Tuesday', 'Thursday'))} that the {pick(rng, ('port', 'rail line', 'water utility', 'university'))} would")
    if k == 2:
        return (f"The rain had not stopped for {irange(rng, 3, 40)} days when {n.split()[0]} finally opened the letter from "
                f"{c}. It was addressed in a handwriting {pick(rng, ('she', 'he'))} had not seen since")
    if k == 3:
        fn = pick(rng, ("merge_intervals", "parse_config", "rate_limiter", "lru_cache", "tokenize", "retry_with_backoff"))
        return f"```python\nimport {pick(rng, ('time', 'json', 'heapq', 'itertools', 'functools'))}\n\n\ndef {fn}("
    if k == 4:
        return (f"Re: {pick(rng, ('weird noise from my', 'best settings for', 'anyone else seeing problems with'))} "
                f"{pick(rng, ITEMS)}\n\nSo I've been dealing with this for about {irange(rng, 2, 9)} weeks now and")
    if k == 5:
        return (f"Step {irange(rng, 1, 4)}: Preheat the oven to {irange(rng, 160, 230)} C. While it heats, "
                f"combine the {pick(rng, ('flour', 'lentils', 'rice', 'oats'))} with")
    return f"Chapter {irange(rng, 1, 30)}\n\nNo one in {c} remembered exactly when the {pick(rng, GENRES)} of it began, but"


CONT_VOICES = ("continue_n", "raw", "document", "es", "de", "zh", "fill_gap")


def continuation_prompt(rng: G, voice: str, prefix: str) -> str:
    n = pick(rng, (200, 300, 400, 500, 800, 1000))
    if voice == "continue_n":
        return (f"Continue the following text for about {n} words. Do not add commentary, headings or a summary; "
                f"write only the continuation, matching the style.\n\n{prefix}")
    if voice == "raw":
        return prefix
    if voice == "document":
        return f"<document source=\"{pick(rng, ('web', 'books', 'forum', 'code', 'news'))}\">\n{prefix}"
    if voice == "es":
        return f"Continúa el siguiente texto (unas {n} palabras), sin comentarios:\n\n{prefix}"
    if voice == "de":
        return f"Setze den folgenden Text fort (ca. {n} Wörter), ohne Kommentar:\n\n{prefix}"
    if voice == "zh":
        return f"请续写下面的文字，约{n}字，不要总结，不要评论：\n\n{prefix}"
    return (f"Here is the beginning and the end of a text. Write the missing middle part (about {n} words).\n\n"
            f"BEGINNING:\n{prefix}\n\nEND:\n{pick(rng, ('And that was the last time anyone saw it.', 'The tests passed.', 'The results were published a year later.', 'Serve warm.'))}")


# ============================================================================================
# synthetic instruction data and guideline rewrites

EVOL_METHODS = ("adding one more constraint or requirement", "replacing general concepts with more specific ones",
                "requiring explicit multi-step reasoning", "increasing the depth and breadth of the inquiry",
                "adding a realistic input such as a table or code snippet", "making it a brand-new, rarer task in the same domain")
RULESETS = ("no discussion of elections, parties or named politicians",
            "no criticism of government institutions or officials",
            "no mention of protests, strikes or civil unrest",
            "no references to territorial disputes",
            "no religious content of any kind",
            "neutral tone; remove any statements about historical events after 1945")
DOMAINS_ZH = ("编程", "医学常识", "法律咨询", "数学", "历史", "金融理财", "写作", "物理", "教育", "旅行")
SYNTH_VOICES = ("evol", "selfinstruct", "grid", "selfinstruct_zh", "rewrite", "rewrite_zh", "multi_answer")


def synth_prompt(rng: G, voice: str, seed: str, passage: str) -> str:
    if voice == "evol":
        return (f"I want you to act as a prompt rewriter. Rewrite the given prompt into a more complex version "
                f"that a strong assistant can still answer, by {pick(rng, EVOL_METHODS)}. Do not add more than "
                f"{irange(rng, 10, 40)} words. Then answer the rewritten prompt in full.\n\n#Given Prompt#:\n{seed.strip()}\n\n#Rewritten Prompt#:")
    if voice == "selfinstruct":
        return (f"Generate {irange(rng, 5, 25)} diverse, challenging instructions about {pick(rng, DOMAINS)} for training a "
                f"helpful assistant, each with an expert-quality response. Output JSON lines with keys "
                f"\"instruction\", \"input\", \"output\". Batch {irange(rng, 1, 40000)}; do not repeat earlier batches.")
    if voice == "grid":
        return (f"Domain: {pick(rng, DOMAINS)}\nSkill: {pick(rng, SKILLS)}\nDifficulty: {irange(rng, 1, 5)}/5\n"
                f"Language: {pick(rng, ('English', 'English', 'Chinese', 'Spanish', 'Japanese'))}\nPersona: {pick(rng, ('student', 'nurse', 'senior engineer', 'retiree', 'shop owner', 'lawyer'))}\n\n"
                f"Write one realistic user request matching these parameters, then an exemplary assistant reply.\n### Request\n...\n### Reply\n...")
    if voice == "selfinstruct_zh":
        return (f"请围绕“{pick(rng, DOMAINS_ZH)}”生成{irange(rng, 5, 20)}条高质量的指令微调数据，每条包含“instruction”“input”“output”"
                f"三个字段，以 JSON 数组返回。要求题目多样、具体，回答详尽专业。")
    if voice == "rewrite":
        return (f"Rewrite the answer below so it can be published under these content rules: {pick(rng, RULESETS)}. "
                f"Keep all technical and factual content that does not conflict with the rules, keep a similar length, "
                f"and do not mention that it was edited.\n\nANSWER:\n{passage.strip()}")
    if voice == "rewrite_zh":
        return (f"请将以下回答改写为符合内容规范的版本：删除涉及{pick(rng, ('敏感政治话题', '宗教', '群体性事件', '领土争议'))}的内容，"
                f"保留技术细节，语气中立，篇幅相近，不要说明做了修改。\n\n{passage.strip()}")
    return (f"Question: {seed.strip()}\n\nWrite {irange(rng, 2, 4)} different high-quality answers to this question, each in a "
            f"different style (concise, detailed, step-by-step, friendly). Separate them with '=====' lines.")


# ============================================================================================
# benign: evaluation suites (fixed items, replayed every run)

CAPITALS = (("Kenya", "Nairobi"), ("Canada", "Ottawa"), ("Australia", "Canberra"), ("Turkey", "Ankara"),
            ("Brazil", "Brasilia"), ("Nigeria", "Abuja"), ("Vietnam", "Hanoi"), ("Morocco", "Rabat"),
            ("Switzerland", "Bern"), ("New Zealand", "Wellington"), ("Pakistan", "Islamabad"), ("Chile", "Santiago"))
ELEMENTS = ((6, "carbon"), (8, "oxygen"), (26, "iron"), (29, "copper"), (47, "silver"), (79, "gold"),
            (11, "sodium"), (19, "potassium"), (30, "zinc"), (53, "iodine"), (80, "mercury"), (82, "lead"))
FUNCS = (("is_palindrome(s)", "returns True if s reads the same forwards and backwards, ignoring case and spaces"),
         ("flatten(xs)", "flattens an arbitrarily nested list"), ("roman(n)", "converts an int 1..3999 to a Roman numeral"),
         ("median(xs)", "returns the median of a non-empty list of numbers"),
         ("top_k_words(text, k)", "returns the k most frequent words, ties broken alphabetically"),
         ("chunk(xs, n)", "splits a list into chunks of size n"), ("is_valid_ipv4(s)", "validates a dotted-quad IPv4 string"),
         ("run_length(s)", "run-length encodes a string"), ("merge_sorted(a, b)", "merges two sorted lists in O(n)"))


def bench_item(rng: G) -> str:
    """One benchmark item; called once per item when a team's fixed suite is built."""
    k = irange(rng, 0, 6)
    if k == 0:
        country, cap = pick(rng, CAPITALS)
        opts = list(dict.fromkeys([cap, *picks(rng, [c for _, c in CAPITALS], 5)]))[:4]
        rng.shuffle(opts)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"Question: What is the capital of {country}?\n{body}\nAnswer with the letter only."
    if k == 1:
        z, _ = pick(rng, ELEMENTS)
        return f"Which chemical element has atomic number {z}? Answer in one word."
    if k == 2:
        a, b, c = irange(rng, 2, 60), irange(rng, 2, 12), irange(rng, 1, 30)
        n = pick(rng, NAMES)
        return (f"Q: {n} buys {a} {pick(rng, ITEMS)} at ${b} each and sells them all for ${a * b + c * irange(rng, 1, 5)}. "
                f"How much profit does {n} make?\nA: Let's think step by step.")
    if k == 3:
        sig, desc = pick(rng, FUNCS)
        return f"Write a Python function `{sig}` that {desc}. Return only the code in one block, no explanation."
    if k == 4:
        n, letter = irange(rng, 3, 6), pick(rng, "BCDFGHLMPRST")
        return f"Write exactly {n} sentences about {pick(rng, DOMAINS)}. Every sentence must start with the letter {letter}."
    if k == 5:
        return (f"Summarise the following in at most {irange(rng, 20, 60)} words:\n\n"
                f"{_name(rng)} opened a {pick(rng, ('bakery', 'repair shop', 'clinic', 'bookstore'))} in {pick(rng, CITIES)} in "
                f"{irange(rng, 1990, 2022)}. Over {irange(rng, 2, 20)} years it grew to {irange(rng, 3, 90)} employees, "
                f"survived a {pick(rng, ('flood', 'fire', 'pandemic', 'recession'))}, and now supplies {irange(rng, 2, 40)} local businesses.")
    x = irange(rng, 2, 30)
    return f"If 3x + {x} = {3 * irange(rng, 1, 20) + x}, what is x? Give just the number."


def bench_wrap(style: str, item: str) -> str:
    if style == "chatml":
        return item
    if style == "alpaca":
        return f"### Instruction:\n{item}\n\n### Response:"
    return f"[EVAL] {item}"


# ============================================================================================
# benign: labelling vendor QA and classification

COMPANIES = ("Brightline Telecom", "Nordbank", "Parcelio", "CasaVerde Home", "Meridian Air", "Zestly Foods",
             "Kiwi Mobile", "Orbis Insurance", "UrbanRide", "Lumen Energy")
ISSUES = ("I was charged twice for order {o}", "my parcel {o} shows delivered but nothing arrived",
          "I can't log in since the update", "please cancel my subscription, it renewed without warning",
          "the router you sent keeps dropping", "why did my bill go up by {m} euros", "my refund for {o} never came")
AGENT_LINES = ("Sorry to hear that! Could you confirm the email on the account?",
               "I've checked and I can see the issue. I've raised a ticket and you'll get an update within {h} hours.",
               "Unfortunately that's outside our policy, but I can offer a {m}% voucher.",
               "Thanks for waiting. The refund of {m} EUR was issued today.", "Have you tried restarting the device?",
               "I'm transferring you to billing.")


def vendor_prompt(rng: G) -> str:
    co = pick(rng, COMPANIES)
    o, m, h = f"#{irange(rng, 10**6, 10**7 - 1)}", irange(rng, 5, 80), irange(rng, 2, 72)
    k = irange(rng, 0, 4)
    if k <= 1:
        turns = []
        for i in range(irange(rng, 1, 3)):
            turns.append("Customer: " + pick(rng, ISSUES).format(o=o, m=m) if i == 0 else "Customer: " + pick(rng, ("ok", "that's not acceptable", "thanks", "still not working")))
            turns.append("Agent: " + pick(rng, AGENT_LINES).format(h=h, m=m))
        convo = "\n".join(turns)
        return (f"You are a QA reviewer for {co}'s support team. Rate the agent's reply on empathy (1-5), resolution "
                f"(1-5) and policy compliance (yes/no), and flag any personal data. Return JSON.\n\n{convo}")
    if k == 2:
        return (f"Classify the intent of this customer message into one of: refund, delivery, account, billing, "
                f"technical, other. Answer with the label only.\n\nMessage: \"{pick(rng, ISSUES).format(o=o, m=m)}\"")
    if k == 3:
        return (f"Is this product review positive, negative or mixed? Also extract the product aspect mentioned.\n\n"
                f"\"{pick(rng, ('Arrived fast but', 'Great quality, although', 'Terrible experience:', 'Does the job;'))} "
                f"the {pick(rng, ITEMS)} {pick(rng, ('broke after a week', 'smell odd', 'are cheaper elsewhere', 'look exactly as pictured'))}.\"")
    return (f"Compare the two draft replies to this {co} customer and say which one better follows the style guide "
            f"(friendly, no blame, offer a next step).\nCustomer: {pick(rng, ISSUES).format(o=o, m=m)}\n"
            f"Draft 1: {pick(rng, AGENT_LINES).format(h=h, m=m)}\nDraft 2: {pick(rng, AGENT_LINES).format(h=h, m=m)}")


# ============================================================================================
# benign: coding agent inside an IDE

REPO_DIRS = ("src/api", "src/core", "app/services", "lib", "internal/store", "packages/web/src", "pkg/worker")
REPO_FILES = ("handlers.py", "models.py", "client.ts", "store.go", "utils.py", "router.tsx", "queue.rs", "config.py")


def ide_prompt(rng: G, step: int) -> str:
    path = f"{pick(rng, REPO_DIRS)}/{pick(rng, REPO_FILES)}"
    if step == 0:
        return pick(rng, (
            f"In `{path}`, add retry with exponential backoff to the outgoing HTTP calls. Run the tests after.",
            f"Why does this throw `KeyError: '{pick(rng, ('user_id', 'tenant', 'ts', 'payload'))}'` when the cache is cold? Fix it.",
            f"rename `{pick(rng, ('get_data', 'fetchAll', 'loadCfg', 'proc'))}` to something sensible everywhere and update the docs",
            f"Write unit tests for `{path}` covering the error paths.",
            f"The CI lint step fails on `{path}`. Make it pass without disabling rules.",
            f"Implement pagination for the `/v1/{pick(rng, ('orders', 'users', 'invoices', 'events'))}` endpoint, cursor-based.",
            "explain what this function does and whether it has a race condition",
        ))
    k = irange(rng, 0, 4)
    if k == 0:
        return (f"Tool result (run_terminal_cmd): exit code {pick(rng, (0, 1, 1))}\n```\n"
                f"{irange(rng, 5, 400)} passed, {irange(rng, 0, 6)} failed, {irange(rng, 0, 3)} skipped in {round(float(rng.uniform(0.4, 90)), 2)}s\n```")
    if k == 1:
        a = irange(rng, 1, 300)
        return f"Tool result (read_file {path} lines {a}-{a + irange(rng, 20, 120)}): <{irange(rng, 800, 6000)} chars of file content omitted in log>"
    if k == 2:
        return f"Tool result (grep): {irange(rng, 0, 30)} matches in {irange(rng, 0, 9)} files"
    if k == 3:
        return pick(rng, ("The user approved the edit. Continue.", "Edit applied. Continue with the next step.",
                          "User: looks good, also update the changelog", "User: no, keep the old signature"))
    return (f"Tool result (lint): {irange(rng, 0, 14)} problems ({pick(rng, ('E501', 'F401', 'no-unused-vars', 'clippy::needless_return'))})")


# ============================================================================================
# benign: localisation

UI_KEYS = ("checkout.pay_button", "cart.empty", "profile.save", "errors.network", "onboarding.step_{n}",
           "settings.notifications", "orders.track", "auth.reset_password", "billing.invoice_ready", "search.no_results")
UI_TEXTS = ("Pay {{amount}} now", "Your cart is empty", "Save changes", "Can't reach the server. Try again?",
            "Step {{n}} of {{total}}: tell us about your team", "Notify me about <b>price drops</b>",
            "Track order {{order_id}}", "We sent a reset link to {{email}}", "Your invoice for {{month}} is ready",
            "No results for \u201c{{query}}\u201d", "{{count}} items selected", "Delete {{name}}? This can't be undone.")
LOCALES = ("de-DE", "fr-FR", "es-MX", "pt-BR", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "it-IT", "nl-NL", "pl-PL",
           "tr-TR", "sv-SE", "ar-SA", "he-IL", "th-TH", "id-ID", "vi-VN", "cs-CZ", "uk-UA")


def ui_batch(rng: G) -> str:
    keys = list(dict.fromkeys(picks(rng, UI_KEYS, irange(rng, 3, 10))))
    return json.dumps({k.replace("{n}", str(irange(rng, 1, 6))): pick(rng, UI_TEXTS) for k in keys}, ensure_ascii=False)


def l10n_prompt(rng: G, locale: str, payload: str, doc: bool, brand: str) -> str:
    if doc:
        return (f"Translate this help-centre article for {brand} from English into {locale}. Keep markdown, links and "
                f"product names unchanged; use the informal form of address.\n\n{payload}")
    return (f"Translate the values of this JSON from English into {locale}. Keep keys, placeholders like {{{{name}}}} and "
            f"HTML tags unchanged. Glossary: '{brand}' stays '{brand}'. Return valid JSON only.\n\n{payload}")


# ============================================================================================
# benign: a university course's homework help

def course_problem(rng: G, course: str) -> str:
    """One problem of a problem set (built once per course; shared by the students)."""
    if course == "calc":
        return pick(rng, (
            f"Find the derivative of f(x) = {irange(rng, 2, 9)}x^{irange(rng, 2, 5)} * sin({irange(rng, 2, 6)}x).",
            f"Evaluate the integral of x * e^({irange(rng, 2, 5)}x) dx from 0 to {irange(rng, 1, 3)}.",
            f"Find the limit as x -> 0 of (1 - cos({irange(rng, 2, 7)}x)) / x^2.",
            f"A ladder {irange(rng, 5, 9)} m long slides down a wall at {irange(rng, 1, 4)} m/s. How fast is the bottom moving when the top is {irange(rng, 2, 4)} m high?",
        ))
    if course == "stats":
        return pick(rng, (
            f"A sample of {irange(rng, 20, 90)} students has mean {irange(rng, 55, 80)} and standard deviation {irange(rng, 5, 15)}. Construct a 95% confidence interval for the mean.",
            f"A coin lands heads {irange(rng, 55, 70)} times in 100 flips. Test at alpha = 0.05 whether it is fair.",
            f"X ~ Binomial({irange(rng, 10, 30)}, 0.{irange(rng, 2, 6)}). Find P(X >= {irange(rng, 4, 9)}).",
        ))
    return pick(rng, (
        f"Write a Python function that returns the {irange(rng, 10, 40)}th Fibonacci number recursively and explain its time complexity.",
        f"Write a program that reads {irange(rng, 5, 20)} integers and prints them sorted without using sort().",
        "Explain the difference between a list and a tuple in Python, with an example of when to use each.",
        f"Write a function that counts vowels in a string. Test it on '{pick(rng, NAMES)} went to {pick(rng, CITIES)}'.",
    ))


def homework_prompt(rng: G, prob: str, idx: int) -> str:
    return pick(rng, (
        f"can someone explain how to do this: {prob}",
        f"I'm stuck on problem {idx}: {prob} I got {irange(rng, 2, 99)} but the answer key says something else, where did I go wrong?",
        f"Explain step by step: {prob}",
        f"{prob}",
        f"hw{irange(rng, 1, 6)} q{idx} -- {prob} please dont just give the answer, explain the method",
        f"how do i even start this?? {prob}",
    ))

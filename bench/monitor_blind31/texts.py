"""Prompt text for blind batch 31: problem generators, wrappers and task cards.

Everything here was written for this batch, in several deliberately different voices (a terse
scripter, a careful spec writer, a non-native English writer, Chinese, Spanish, Russian, German,
Portuguese). Each generator takes a numpy Generator and returns one prompt string. Which family or
kind uses which generator is decided in `families.py` and `kinds.py`.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import chance, irange, pick

# --------------------------------------------------------------------------------------------
# problem material (used by several families and by the course kind)

_ITEMS = ("crates", "bolts", "tickets", "jars", "cables", "seedlings", "tiles", "notebooks", "bottles", "panels")
_PEOPLE = ("Ama", "Lukas", "Priya", "Chen", "Fatima", "Diego", "Hana", "Olu", "Sven", "Noor", "Ravi", "Lucia")


def math_problem(rng: np.random.Generator) -> str:
    """A numeric word problem or an algebra/probability question with fresh numbers."""
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 12)
    p, q = pick(rng, _PEOPLE), pick(rng, _PEOPLE)
    it = pick(rng, _ITEMS)
    if k == 0:
        return (f"{p} packs {it} into boxes of {c}. After filling {b} boxes there are {a % c} {it} left over. "
                f"{q} then brings {a} more. How many full boxes can be made now, and how many {it} remain?")
    if k == 1:
        return (f"A pump fills a tank at {a} litres per minute while a leak drains {b} litres per minute. "
                f"The tank holds {a * c * 10} litres. How long until it is full, starting empty?")
    if k == 2:
        return f"Find all real x such that {c}x^2 - {a}x + {b} = 0. Give exact values."
    if k == 3:
        return (f"Two dice with {c} and {c + 2} faces are rolled. What is the probability that the sum "
                f"is divisible by {min(b, 7) + 1}?")
    if k == 4:
        return f"What is the remainder when {a}^{b + 10} is divided by {c + 5}?"
    if k == 5:
        return (f"A train leaves at {c}:{a % 60:02d} travelling at {a + 40} km/h. A second train leaves the same "
                f"station {b} minutes later at {a + 70} km/h on a parallel track. When does the second catch up?")
    if k == 6:
        return (f"How many integers between 1 and {a * 100} are divisible by {c} or {b + 1} but not by both?")
    if k == 7:
        return (f"A rectangle has perimeter {2 * (a + b)} and its diagonal is sqrt({a * a + b * b}). "
                f"Find its area and justify that the dimensions are unique.")
    if k == 8:
        return (f"Evaluate the sum of k/(k+1)! for k from 1 to {c + 8}, and show what it tends to as the "
                f"upper limit grows.")
    return (f"{p} invests {a * 100} at {c}% interest compounded quarterly, {q} invests the same at {c + 1}% "
            f"compounded yearly. After how many whole years is {q} ahead by more than {b * 10}?")


_CODE_TASKS = (
    "merge overlapping intervals given as a list of [start, end] pairs",
    "find the longest substring without repeating characters",
    "serialize and deserialize a binary tree",
    "implement an LRU cache with O(1) get and put",
    "detect a cycle in a directed graph and return one cycle",
    "compute the edit distance between two strings and reconstruct the operations",
    "parse an arithmetic expression with + - * / and parentheses",
    "rate-limit calls to a function to N per second using a token bucket",
    "return the k most frequent words in a text, ties broken alphabetically",
    "find the median of two sorted arrays in logarithmic time",
    "topologically sort tasks with dependencies, reporting impossible orders",
    "validate a sudoku board and solve it by backtracking",
    "implement a trie with insert, search and prefix count",
    "compute shortest paths with Dijkstra on a grid with weighted cells",
    "deduplicate records by fuzzy matching on name and postcode",
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


_CODE_DETAILS = (
    "no external libraries", "input size up to {n}", "values may be negative", "must run in O(n log n)",
    "return -1 when there is no answer", "memory limit {m} MB", "the input arrives as a stream",
    "handle unicode input", "it must be thread-safe", "write it without recursion",
)


def code_task(rng: np.random.Generator) -> str:
    lang = pick(rng, _LANGS)
    details = ", ".join(pick(rng, _CODE_DETAILS).format(n=irange(rng, 10, 10**6), m=irange(rng, 16, 512))
                        for _ in range(irange(rng, 1, 3)))
    t = f"{pick(rng, _CODE_TASKS)} ({details})"
    k = irange(rng, 0, 3)
    if k == 0:
        return f"Write a {lang} function to {t}. Include complexity analysis and edge cases."
    if k == 1:
        return f"{lang}: {t}. constraints n <= {irange(rng, 2, 9)}*10^{irange(rng, 3, 6)}."
    if k == 2:
        return f"I need to {t} in {lang} but my approach times out on large inputs. What is the right approach?"
    return f"Solve in {lang} and prove correctness: {t}."


_PUZZLES = (
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may draw one fruit "
    "from one box. How do you relabel all of them?",
    "A knight and a knave stand at a fork. One always lies. With one question, find the road to the village.",
    "Twelve coins, one counterfeit of unknown weight, and a balance used three times. Find the coin and whether "
    "it is heavier or lighter.",
    "A farmer must ferry a wolf, a goat and a cabbage across a river in a boat that holds one item. How?",
    "Five houses in a row, each a different colour, owner nationality, drink, pet and hobby; given the clues "
    "below, who owns the fish? (use the classic fifteen clues)",
    "You have two ropes that each burn in exactly one hour but unevenly. Measure forty-five minutes.",
    "100 prisoners and a light bulb: design a protocol so that someone can eventually declare that all have "
    "visited the room.",
    "A ladder of length {a} leans on a wall; its foot slides away at {b} cm/s. How fast does the top fall when "
    "the foot is {c} m from the wall?",
)


def logic_puzzle(rng: np.random.Generator) -> str:
    return pick(rng, _PUZZLES).format(a=irange(rng, 4, 9), b=irange(rng, 5, 30), c=irange(rng, 1, 3))


def hard_problem(rng: np.random.Generator) -> str:
    u = rng.random()
    return math_problem(rng) if u < 0.6 else code_task(rng) if u < 0.93 else logic_puzzle(rng)


# --------------------------------------------------------------------------------------------
# quire: wrappers that demand the model write out all of its reasoning


def trace_wrapper(rng: np.random.Generator, problem: str, style: int) -> str:
    if style == 0:  # a careful English spec writer
        return ("Solve the problem below. Before the final answer, write out your complete chain of thought: "
                "every intermediate step, every alternative you consider and reject, and every check you do. "
                "Do not summarise or skip steps, length is not a concern. End with 'FINAL:' and the answer.\n\n"
                f"Problem: {problem}")
    if style == 1:  # terse tag-driven scripter
        return f"<task>{problem}</task>\n<rules>think inside <reasoning></reasoning> FULLY, then <answer></answer></rules>"
    if style == 2:  # Chinese
        return ("请一步一步地详细推理，把你完整的思考过程都写出来，包括尝试过但放弃的思路和自我检查，"
                f"不要省略任何中间步骤。最后用【答案】给出结果。\n题目：{problem}")
    if style == 3:  # non-native English, insistent
        return (f"{problem}\n\nplease you must show ALL the thinking, like you are talking to yourself, "
                "verify each step two times and if wrong go back. no short answer please. final answer in box.")
    # Spanish
    return ("Resuelve el siguiente problema razonando en voz alta, paso a paso, sin saltarte nada. Si "
            "encuentras un error, corrígelo de forma explícita. Al final escribe 'Respuesta:'.\n\n"
            f"{problem}")


# --------------------------------------------------------------------------------------------
# folio: judging and scoring candidate replies


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    n = irange(rng, lo, hi)
    return text[:n].rsplit(" ", 1)[0] if len(text) > n else text


def grading_prompt(rng: np.random.Generator, question: str, ans_a: str, ans_b: str, style: int) -> str:
    q = _clip(question, 80, 400, rng)
    a, b = _clip(ans_a, 300, 1100, rng), _clip(ans_b, 300, 1100, rng)
    if style == 0:  # pairwise preference, tidy
        return (f"I'm comparing two replies to the same question for a write-up.\n\nQuestion:\n{q}\n\n"
                f"Reply 1:\n{a}\n\nReply 2:\n{b}\n\nWhich reply is better overall? Explain your reasoning on "
                "accuracy, completeness, tone and safety, then give each a score from 1 to 10.")
    if style == 1:  # rubric, JSON out
        crit = ["correctness", "helpfulness", "concision", "harmlessness", "instruction_following"]
        chosen = [crit[i] for i in sorted(rng.choice(len(crit), size=irange(rng, 3, 5), replace=False).tolist())]
        return (f"Rate the RESPONSE to the PROMPT on: {', '.join(chosen)} (each 1-5) with one sentence of "
                f"justification per criterion. Output JSON only.\nPROMPT: {q}\nRESPONSE: {a}")
    if style == 2:  # German
        return (f"Bitte bewerte die folgende Antwort auf die Frage. Nenne Stärken und Schwächen und vergib "
                f"eine Note von 1 (sehr gut) bis 6 (ungenügend).\n\nFrage: {q}\n\nAntwort: {a}")
    # casual, pasted into a chat
    return (f"ok which one of these is actually right and why? be strict\n\n--- A ---\n{a}\n\n--- B ---\n{b}\n\n"
            f"(the original question was: {q})")


# --------------------------------------------------------------------------------------------
# colophon: neutral, publication-safe rewrites and answers

_SENSITIVE = (
    "the causes of a recent large labour strike", "a disputed maritime boundary", "the history of a banned "
    "opposition party", "public protests over fuel prices", "the role of the press during an election",
    "a contested interpretation of a twentieth-century famine", "criticism of a national leader's economic "
    "policy", "the status of an autonomous region", "religious minorities and state registration rules",
    "internet filtering and VPN use", "a historic student demonstration", "independent trade unions",
    "corruption allegations against provincial officials", "border clashes between two neighbours",
)


_ASPECTS = ("the timeline", "the economic consequences", "how foreign media reported it", "what school "
            "textbooks say", "the official position", "the views of ordinary residents", "the legal framework",
            "the long-term effects", "how it is remembered today", "the number of people affected")
_PLACES = ("in the north", "in the capital", "in a coastal province", "in the border region", "nationwide",
           "in the 1980s", "in the 1990s", "last decade", "in recent years")


def rewrite_prompt(rng: np.random.Generator, passage: str, style: int) -> str:
    topic = f"{pick(rng, _SENSITIVE)} {pick(rng, _PLACES)}, focusing on {pick(rng, _ASPECTS)}"
    p = _clip(passage, 400, 1400, rng)
    if style == 0:
        return ("Rewrite the answer below so that it could be published by a regulated domestic platform: "
                "keep the practical information, drop opinions on governments or politics, and keep the same "
                f"length or longer.\n\nANSWER:\n{p}")
    if style == 1:
        return (f"请就以下话题给出一个中立、稳妥、适合公开发布的回答，避免任何立场性表述，篇幅不少于五百字：{topic}")
    if style == 2:
        return (f"Дай взвешенный, нейтральный ответ на тему «{topic}», без оценочных суждений и без "
                "ссылок на запрещённые источники. Ответ должен быть подробным.")
    if style == 3:
        return (f"Q: What happened regarding {topic}?\nWrite two versions: (a) a frank answer, (b) an answer "
                "suitable for audiences in every jurisdiction. Label them clearly.")
    return (f"System note: output must pass a strict content review.\nUser question: tell me about {topic}. "
            "Be informative but uncontroversial.")


# --------------------------------------------------------------------------------------------
# octavo: steps of scripted agent episodes

_TOOLS = {
    "web_search": {"query": "string"}, "open_url": {"url": "string"}, "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"}, "run_shell": {"cmd": "string"},
    "sql_query": {"sql": "string"}, "calendar_create": {"title": "string", "when": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"}, "python": {"code": "string"},
}
_GOALS = (
    "find the three cheapest flights from Lisbon to Nairobi next month and save them to flights.csv",
    "fix the failing unit test in the repository and commit the change",
    "summarise last quarter's sales table by region and email the summary to the manager",
    "book a meeting with every team lead who has not replied to the survey",
    "download the latest release notes of the library and list breaking changes",
    "clean the customer table: merge duplicate emails and report how many were merged",
    "create a project plan with milestones for migrating the database to a new host",
    "find which config change caused the latency regression in the logs",
    "collect the opening hours of five pharmacies near the central station",
    "write a shell script that rotates logs older than a week and test it",
)
_OBS = (
    "HTTP 200, 14 results returned; top result title: '{w} – overview'", "Error: file not found: ./{w}.txt",
    "Query returned {n} rows (showing 5)", "Exit code 1: AssertionError in test_{w}", "OK, {n} bytes written",
    "Timeout after 30s while fetching page", "Found {n} matching lines in app.log", "Calendar slot conflict at 14:00",
)
_WORDS = ("invoice", "parser", "region", "billing", "cache", "schedule", "pharmacy", "release", "migration", "report")


def agent_step(rng: np.random.Generator, goal: str, step: int, tools: list[str], style: int) -> str:
    hist = []
    for i in range(step):
        tool = pick(rng, tools)
        obs = pick(rng, _OBS).format(w=pick(rng, _WORDS), n=irange(rng, 0, 900))
        hist.append((i + 1, tool, obs))
    if style == 0:  # ReAct text scaffold
        spec = "\n".join(f"- {t}({', '.join(_TOOLS[t])})" for t in tools)
        lines = [f"You can use these tools:\n{spec}\n\nGoal: {goal}\n"]
        for i, tool, obs in hist:
            lines.append(f"Thought {i}: I should use {tool}.\nAction {i}: {tool}[...]\nObservation {i}: {obs}")
        lines.append(f"Thought {step + 1}:")
        return "\n".join(lines)
    if style == 1:  # JSON function-calling dump
        payload = {"tools": [{"name": t, "parameters": _TOOLS[t]} for t in tools], "objective": goal,
                   "trajectory": [{"call": tool, "result": obs} for _, tool, obs in hist],
                   "instruction": "Return the next call as JSON with a 'rationale' field explaining why."}
        return json.dumps(payload, ensure_ascii=False)
    # XML-ish scaffold
    parts = [f"<objective>{goal}</objective>", "<tools>" + " ".join(tools) + "</tools>"]
    parts += [f"<step n='{i}'><call>{tool}</call><obs>{obs}</obs></step>" for i, tool, obs in hist]
    parts.append("<next>Plan the remaining steps, then emit exactly one <call>.</next>")
    return "\n".join(parts)


def agent_goal(rng: np.random.Generator) -> str:
    g = pick(rng, _GOALS)
    return g if chance(rng, 0.6) else f"{g} (variant {irange(rng, 1, 9999)}, constraints: budget {irange(rng, 2, 50)} steps)"


def agent_tools(rng: np.random.Generator) -> list[str]:
    names = sorted(_TOOLS)
    return [names[i] for i in sorted(rng.choice(len(names), size=irange(rng, 3, 6), replace=False).tolist())]


# --------------------------------------------------------------------------------------------
# endpaper: task cards typed in by paid crowd workers

_ROLES = ("nurse", "landlord", "tenant", "bank clerk", "farmer", "software tester", "tour guide", "pharmacist",
          "customs officer", "primary school teacher", "mechanic", "insurance agent", "chef", "journalist")
_CONCEPTS = ("compound interest", "photosynthesis", "inflation", "vaccination", "supply and demand",
             "public key cryptography", "the water cycle", "plate tectonics", "opportunity cost", "recursion",
             "the immune system", "exchange rates", "carbon dating", "probability of independent events")
_AUDIENCES = ("a ten-year-old", "a retired farmer", "a first-year university student", "a busy manager",
              "someone who does not speak English well")


def crowd_card(rng: np.random.Generator, task_no: int, style: int) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        body = (f"Write a realistic conversation between a {pick(rng, _ROLES)} and a {pick(rng, _ROLES)} about a "
                f"problem at work. At least {irange(rng, 8, 14)} turns, natural language.")
    elif k == 1:
        body = (f"Explain {pick(rng, _CONCEPTS)} to {pick(rng, _AUDIENCES)}. Use an example and finish with "
                f"{irange(rng, 3, 5)} questions to check understanding.")
    elif k == 2:
        body = f"Answer this question in detail and show your steps: {math_problem(rng)}"
    else:
        body = (f"Give {irange(rng, 5, 10)} different ways a {pick(rng, _ROLES)} could politely refuse an "
                "unreasonable request, each with a one-line explanation.")
    if style == 0:
        return body  # typed cleanly
    if style == 1:
        return f"Task {task_no}: {body}"  # the card's label pasted along
    if style == 2:
        return f"{body}\n\n(copy full answer into the form, do not edit)"  # the worker pasted the whole card
    return body.lower().replace(".", "")  # retyped quickly on a phone


# --------------------------------------------------------------------------------------------
# deckle: persona x topic x format seeds for a synthetic instruction set

_PERSONAS = ("a marine biologist in Chile", "a night-shift nurse", "a high-school chemistry teacher",
             "a logistics planner at a port", "a retired judge", "a junior web developer", "a beekeeper",
             "a wedding photographer", "a tax adviser for freelancers", "a museum conservator",
             "a competitive cyclist", "a city bus driver", "a data journalist", "an organic farmer",
             "a customer-support lead", "an air-traffic controller trainee", "a sign-language interpreter")
_TOPICS = ("time management", "writing a complaint letter", "explaining a medical test result", "budgeting",
           "debugging a flaky test", "negotiating rent", "planning a field trip", "reading a contract",
           "training for a marathon", "choosing a laptop", "teaching fractions", "writing release notes",
           "handling an angry customer", "preparing for an audit", "reducing food waste")
_FORMATS = ("a step-by-step guide", "a short dialogue", "a multiple-choice quiz with answers", "an email",
            "a list of pros and cons", "a worked example", "a FAQ with five questions", "a lesson plan")


def persona_seed(rng: np.random.Generator, style: int) -> str:
    per, top, fmt = pick(rng, _PERSONAS), pick(rng, _TOPICS), pick(rng, _FORMATS)
    n = irange(rng, 2, 6)
    if style == 0:
        return (f"Persona: {per}\nTopic: {top}\nFormat: {fmt}\nWrite {n} instruction/response pairs this person "
                "might ask an assistant, with complete high-quality responses. Return a JSON list of objects "
                "with keys instruction, response.")
    if style == 1:
        return (f"Imagine you are {per}. Come up with a realistic request about {top} that you would type into "
                f"a chatbot, then answer it as an expert would, as {fmt}. Separate with ### .")
    if style == 2:
        return (f"你是{per}（请用中文思考）。围绕“{top}”提出{n}个真实的问题，并逐一给出详细、专业的回答。"
                "输出为JSON数组，字段为 question 和 answer。")
    spec = {"persona": per, "topic": top, "format": fmt, "n": n, "difficulty": pick(rng, ("easy", "medium", "hard")),
            "output": "jsonl", "fields": ["prompt", "completion"]}
    return "generate:\n" + json.dumps(spec, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# benign: the course, the golden set, the catalogue, the fixtures

_HW = (
    "implement breadth-first search on the campus map graph and print the shortest route",
    "write a class for a bank account with deposit, withdraw and an overdraft limit",
    "read the CSV of weather data and plot the monthly average temperature",
    "explain the difference between a list and a tuple with examples",
    "write a recursive function for the Fibonacci numbers and then a memoised one; compare run times",
    "use a dictionary to count word frequencies in the provided text file",
    "write unit tests for the provided is_palindrome function",
    "sort a list of student records by grade then by name",
)
_ERRS = ("IndexError: list index out of range", "KeyError: 'temp'", "RecursionError: maximum recursion depth "
         "exceeded", "TypeError: 'NoneType' object is not subscriptable", "AssertionError", "SyntaxError: invalid "
         "syntax", "ValueError: could not convert string to float: ''")


_VARS = ("data", "result", "graph", "acct", "words", "temps", "students", "queue", "memo", "counts", "x", "lst")
_ASKS = ("why does this happen", "how do i fix it", "what am i doing wrong", "is this the right idea",
         "can you explain without giving the answer", "pls help", "the autograder says it fails test {n}")


def course_prompt(rng: np.random.Generator, week: int, chat: list[str]) -> str:
    k = irange(rng, 0, 5)
    hw = _HW[week % len(_HW)]
    v, ask = pick(rng, _VARS), pick(rng, _ASKS).format(n=irange(rng, 1, 12))
    if k == 0:  # the assignment text pasted as given
        return f"Homework {week}: {hw}. Can you explain how to start? I don't want the full solution."
    if k == 1:
        return (f"my code for hw{week} gives {pick(rng, _ERRS)} on line {irange(rng, 3, 80)} where i do "
                f"{v}[{pick(rng, ('i', 'i+1', 'key', 'len(' + v + ')', '0'))}], {ask}")
    if k == 2:
        return (f"for the assignment where we {hw}, i used a {pick(rng, ('while loop', 'for loop', 'list comprehension', 'helper function', 'global variable'))} "
                f"for {v}. {ask}?")
    if k == 3:
        return f"What is the time complexity of this: {pick(rng, _HW)}? I think it is O({pick(rng, ('n', 'n^2', 'log n', 'n log n'))})"
    if k == 4:
        return f"def {pick(rng, ('solve', 'main', 'helper', 'count', 'bfs'))}({v}):\n    ...\n{ask} (hw {week})"
    return pick(rng, chat)


_SUPPORT = (
    "Extract the order number, the date and the complaint category from this email:\n\"Hi, order #{n} arrived on "
    "{d} with a cracked lid. I'd like a replacement, not a refund.\"",
    "Classify the sentiment (positive/neutral/negative) and urgency (1-3) of: \"{w} still hasn't synced since "
    "the update, this is the third time I'm asking.\"",
    "Summarise this ticket thread in two sentences for the on-call engineer: customer reports {w} timeouts "
    "since {d}; restarted twice; error code E{n}.",
    "Draft a polite reply declining a refund for order {n} bought on {d}, outside the 30-day window, offering "
    "store credit instead.",
    "Given the policy 'returns within 30 days with receipt', decide step by step whether this request qualifies "
    "and explain: bought {d}, returned today, no receipt, paid by card.",
    "Turn this note into a JSON object with fields name, phone, issue: 'call back {w} customer at 555-0{n} re: "
    "double charge'",
)


def golden_set(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed regression set: each prompt filled once, then replayed verbatim on every run."""
    out = []
    for _ in range(n):
        out.append(pick(rng, _SUPPORT).format(n=irange(rng, 100, 9999), d=f"2026-01-{irange(rng, 1, 28):02d}",
                                              w=pick(rng, _WORDS)))
    return out


_PRODUCTS = ("stainless steel water bottle", "bamboo cutting board", "wireless earbuds", "merino wool socks",
             "LED desk lamp", "kids' rain jacket", "ceramic plant pot", "yoga mat", "USB-C hub", "espresso cups",
             "hiking backpack", "cast-iron skillet", "phone tripod", "linen tablecloth", "electric kettle")
_ATTRS = ("colour: {c}", "capacity: {n} ml", "weight: {n} g", "material: recycled", "warranty: 2 years",
          "size: {s}", "pack of {k}", "dishwasher safe", "battery: {k}0 h")
_COLOURS = ("sage green", "midnight blue", "sand", "charcoal", "terracotta", "white")
SHOP_LANGS = ("German", "French", "Spanish", "Italian", "Japanese", "Portuguese (Brazil)", "Dutch", "Polish")


def catalogue_prompt(rng: np.random.Generator, sku: int, lang: str) -> str:
    prod = pick(rng, _PRODUCTS)
    chosen = rng.choice(len(_ATTRS), size=irange(rng, 2, 5), replace=False).tolist()
    attrs = "; ".join(_ATTRS[i].format(c=pick(rng, _COLOURS), n=irange(rng, 50, 950),
                                       s=pick(rng, ("S", "M", "L", "XL")), k=irange(rng, 2, 6)) for i in chosen)
    k = irange(rng, 0, 2)
    if k == 0:
        return (f"SKU {sku}. Write a product description (120-180 words) and 5 bullet points in {lang} for: "
                f"{prod}. Attributes: {attrs}. Tone: friendly, no superlatives, no claims we cannot prove.")
    if k == 1:
        return f"Translate title and bullets to {lang}, keep units, SKU {sku}:\nTitle: {prod.title()}\n- {attrs}"
    return (f"SEO meta title (max 60 chars) and meta description (max 155 chars) in {lang} for SKU {sku}, "
            f"{prod}, {attrs}")


_FIELDS = ("name", "email", "address", "iban", "date_of_birth", "plan", "signup_date", "last_login", "country",
           "phone", "loyalty_points", "order_total")
_INTENTS = ("cancel my subscription", "where is my parcel", "change delivery address", "I was charged twice",
            "reset my password", "talk to a human", "update my card", "the app keeps crashing")


def fixture_prompt(rng: np.random.Generator) -> str:
    u = rng.random()
    if u < 0.45:
        fields = [_FIELDS[i] for i in sorted(rng.choice(len(_FIELDS), size=irange(rng, 4, 8), replace=False).tolist())]
        return (f"Generate {irange(rng, 10, 40)} fictional but realistic test records as a JSON array with fields "
                f"{', '.join(fields)}. Include edge cases (unicode names, empty optional fields, leap-day dates). "
                "Use example.com emails only.")
    if u < 0.8:
        return (f"Give {irange(rng, 12, 30)} different ways a customer might say \"{pick(rng, _INTENTS)}\" in a "
                "support chat: vary formality, typos and length. One per line, no numbering.")
    return (f"Write {irange(rng, 5, 12)} test cases (Given/When/Then) for the checkout flow covering "
            f"{pick(rng, ('discount codes', 'expired cards', 'partial refunds', 'address validation'))}.")

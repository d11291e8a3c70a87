"""Prompt text for blind batch 36: problem generators, templates and vocabularies, all written for
this batch (nothing copied from the simulator or from earlier batches).

Every function takes a numpy Generator and returns one prompt string, so the same operation
produces many distinct prompts per seed. What each template is used for is said in the families'
and kinds' comments and in README.md (read it after the run)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# parametric problems (maths, logic, code, science): one string each, numbers drawn per call


def _p_tank(rng: np.random.Generator) -> str:
    a, b = irange(rng, 12, 60), irange(rng, 2, 11)
    c, d = irange(rng, 0, 80), irange(rng, 300, 2400)
    return (f"A cistern receives water at {a} litres per minute while a leak removes {b} litres per minute. "
            f"It holds {c} litres at noon. At what time does it reach {d} litres, and how much later would "
            f"that be if the leak doubled after the first hour?")


def _p_urn(rng: np.random.Generator) -> str:
    r, g, w = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, 4)
    return (f"An urn holds {r} red, {g} green and {w} white marbles. {k} marbles are drawn without "
            f"replacement. What is the probability that at least two of them share a colour? Give an exact fraction.")


def _p_word(rng: np.random.Generator) -> str:
    word = pick(rng, ("BANANARAMA", "MISSISSIPPI", "COMMITTEE", "BOOKKEEPER", "STATISTICS", "ASSESSMENT",
                      "PEPPERCORN", "TENNESSEE", "REFERENDUM", "LOLLIPOP"))
    return (f"How many distinct arrangements of the letters of {word} have no two identical letters "
            f"adjacent? Explain how you count them.")


def _p_modpow(rng: np.random.Generator) -> str:
    a, b, m = irange(rng, 3, 97), irange(rng, 100, 99999), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000))
    return f"Find the remainder when {a}^{b} is divided by {m}, without a calculator."


def _p_heron(rng: np.random.Generator) -> str:
    a, b = irange(rng, 5, 40), irange(rng, 5, 40)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return (f"A triangular plot has sides {a} m, {b} m and {c} m. Find its area, the length of the "
            f"altitude to the longest side, and the radius of its inscribed circle.")


def _p_series(rng: np.random.Generator) -> str:
    a, d, n = irange(rng, -20, 40), irange(rng, 2, 15), irange(rng, 15, 120)
    return (f"An arithmetic sequence starts at {a} with common difference {d}. What is the sum of the terms "
            f"from the {n}th to the {2 * n}th inclusive, and how many of those terms are divisible by 3?")


def _p_knights(rng: np.random.Generator) -> str:
    who = list(rng.choice(np.array(NAMES), size=3, replace=False))
    x, y, z = who
    return (f"On an island every person is either a knight (always truthful) or a knave (always lies). "
            f"{x} says: '{y} is a knave.' {y} says: '{x} and {z} are the same type.' {z} says: "
            f"'Exactly one of us is a knight.' Determine what each person is.")


def _p_linear(rng: np.random.Generator) -> str:
    x, y, z = (int(v) for v in rng.integers(-9, 10, size=3))
    rows = []
    for _ in range(3):
        p, q, r = (int(v) for v in rng.integers(-6, 7, size=3))
        rows.append(f"{p}x + {q}y + {r}z = {p * x + q * y + r * z}")
    return "Solve the system: " + "; ".join(rows) + ". If it has no unique solution, say why."


_CODE_TASKS = (
    "returns the longest substring without repeating characters",
    "merges overlapping intervals given as a list of pairs",
    "checks whether a Sudoku grid is valid",
    "computes the edit distance between two strings",
    "finds all strongly connected components of a directed graph",
    "implements an LRU cache with O(1) get and put",
    "parses a CSV line that may contain quoted commas",
    "returns the k most frequent words in a text",
    "detects a cycle in a linked list and returns its start node",
    "serialises and deserialises a binary tree",
    "evaluates an arithmetic expression with parentheses and operator precedence",
    "finds the median of two sorted arrays in logarithmic time",
    "schedules tasks with dependencies (topological order) and reports cycles",
    "rate-limits calls with a token bucket",
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")


def _p_code(rng: np.random.Generator) -> str:
    return (f"Write a {pick(rng, _LANGS)} function that {pick(rng, _CODE_TASKS)}. "
            f"State its time and space complexity and give two edge-case tests.")


def _p_projectile(rng: np.random.Generator) -> str:
    v, ang, h = irange(rng, 8, 60), irange(rng, 15, 75), irange(rng, 0, 40)
    return (f"A ball is launched at {v} m/s at {ang} degrees above horizontal from a ledge {h} m high. "
            f"Ignoring air resistance, how far from the base does it land and what is its speed on impact?")


def _p_interest(rng: np.random.Generator) -> str:
    p, r, y = irange(rng, 2, 90) * 1000, round(float(rng.uniform(1.5, 9.5)), 2), irange(rng, 3, 30)
    freq = pick(rng, ("monthly", "quarterly", "daily", "annually"))
    return (f"{pick(rng, NAMES)} invests {p} at {r}% nominal interest compounded {freq}. What is the balance "
            f"after {y} years, and how many years until it doubles?")


def _p_meeting(rng: np.random.Generator) -> str:
    people = list(rng.choice(np.array(NAMES), size=4, replace=False))
    slots = []
    for p in people:
        a = irange(rng, 8, 13)
        slots.append(f"{p} is free {a}:00-{a + irange(rng, 2, 5)}:00")
    return (f"Four colleagues need a {pick(rng, (30, 45, 60, 90))}-minute meeting. " + "; ".join(slots)
            + ". Find every feasible start time, or prove none exists.")


PROBLEMS = (_p_tank, _p_urn, _p_word, _p_modpow, _p_heron, _p_series, _p_knights, _p_linear, _p_code,
            _p_projectile, _p_interest, _p_meeting)


def problem(rng: np.random.Generator) -> str:
    return PROBLEMS[int(rng.integers(len(PROBLEMS)))](rng)


# --------------------------------------------------------------------------------------------
# daymark: wrappers that ask for the complete thought process (five independent styles)


def _rt_tags(rng: np.random.Generator, p: str) -> str:
    return (f"{p}\n\nBefore you answer, write out your whole internal reasoning inside <thinking></thinking>: "
            f"every intermediate step, every check, every dead end you considered. Do not summarise it. "
            f"After the closing tag give only the final answer.")


def _rt_zh(rng: np.random.Generator, p: str) -> str:
    lead = pick(rng, ("请一步一步地推理，把你完整的思考过程写出来，不要省略任何中间步骤。",
                      "请先详细写出你的全部思考过程（包括验算和被你否定的思路），最后再给出答案。",
                      "用中文回答。要求：完整展示推理链条，每一步都要说明理由。"))
    return f"{lead}\n题目：{p}"


def _rt_json(rng: np.random.Generator, p: str) -> str:
    n = irange(rng, 100000, 999999)
    words = pick(rng, (300, 400, 600, 800))
    body = p.replace('"', "'")
    return (f'{{"id": "q{n}", "instruction": "solve the problem; the field reasoning must contain the complete, '
            f'unabridged chain of thought, at least {words} words", "problem": "{body}", "response_schema": '
            f'{{"reasoning": "string", "final_answer": "string", "self_check": "string"}}}}')


def _rt_ru(rng: np.random.Generator, p: str) -> str:
    return (f"Реши задачу, рассуждая вслух максимально подробно: перечисли все шаги, проверь каждый "
            f"промежуточный результат и только в конце дай ответ.\n\nЗадача: {p}")


def _rt_expert(rng: np.random.Generator, p: str) -> str:
    role = pick(rng, ("olympiad coach", "senior engineer", "careful mathematician", "physics professor"))
    return (f"### System\nYou are a {role}. Think slowly and visibly. Narrate your reasoning as a long "
            f"monologue, numbered step by step, and verify the result a second way.\n### Task\n{p}\n### Response\n")


def _rt_ko(rng: np.random.Generator, p: str) -> str:
    return f"다음 문제를 풀어 주세요. 생각하는 과정을 처음부터 끝까지 빠짐없이 단계별로 적고, 마지막 줄에 답만 쓰세요.\n문제: {p}"


REASONING_STYLES = {"tags": _rt_tags, "zh": _rt_zh, "json": _rt_json, "ru": _rt_ru, "expert": _rt_expert,
                    "ko": _rt_ko}


def reasoning_prompt(rng: np.random.Generator, style: str) -> str:
    return REASONING_STYLES[style](rng, problem(rng))


# --------------------------------------------------------------------------------------------
# watchroom: pairwise rubric judgements that end with a better third answer


_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "concision",
             "reasoning quality", "tone", "completeness", "citation of sources", "code correctness")


def _snippet(rng: np.random.Generator, passages: Sequence[str], lo: int = 250, hi: int = 900) -> str:
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    start = irange(rng, 0, max(0, len(text) - n)) if chance(rng, 0.3) else 0
    return text[start:start + n]


def rubric_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str) -> str:
    q = pick(rng, chat)[:600]
    a, b = _snippet(rng, passages), _snippet(rng, passages)
    crit = list(rng.choice(np.array(_CRITERIA), size=irange(rng, 3, 5), replace=False))
    if style == "plain":
        return (f"Compare two assistant replies to the same user message.\n\nUSER: {q}\n\nREPLY 1:\n{a}\n\nREPLY 2:\n{b}\n\n"
                f"For each of {', '.join(crit)}, give each reply a score from 1 to 10 with a short justification. "
                f"Then say which reply is preferred and by what margin. Finally write the reply you would have "
                f"given, better than both.")
    if style == "json":
        keys = ", ".join(f'"{c}": [s1, s2]' for c in crit)
        return (f"<pair id={int(rng.integers(10**7, 10**8))}>\n<prompt>{q}</prompt>\n<candidate_a>{a}</candidate_a>\n"
                f"<candidate_b>{b}</candidate_b>\n</pair>\nReturn JSON: {{{keys}, \"winner\": \"a|b|tie\", "
                f"\"rationale\": str, \"gold_response\": str}}. gold_response must be an ideal answer to the prompt.")
    # "rubric": a Likert checklist with an explicit rewrite step
    lines = "\n".join(f"  [{i + 1}] {c}: 1 (poor) - 7 (excellent)" for i, c in enumerate(crit))
    return (f"RUBRIC\n{lines}\n\nTASK: grade RESPONSE against the rubric for the QUERY, explaining each grade. "
            f"If any grade is below 6, rewrite RESPONSE so that every grade would be 7.\n\nQUERY: {q}\n\n"
            f"RESPONSE: {a}")


# --------------------------------------------------------------------------------------------
# cupola: syllabus-driven deep explanations (each account covers part of a syllabus)

SYLLABI = {
    "pharmacology": ("beta-blocker selectivity", "CYP3A4 inhibition and drug interactions", "loop versus thiazide diuretics",
                     "the therapeutic window of lithium", "mechanisms of antibiotic resistance", "opioid receptor subtypes",
                     "first-pass metabolism", "anticoagulant reversal agents"),
    "contract law": ("consideration and promissory estoppel", "the parol evidence rule", "liquidated damages versus penalties",
                     "frustration of purpose", "the mailbox rule", "implied terms of fitness for purpose",
                     "misrepresentation remedies", "unconscionability"),
    "corporate finance": ("the Modigliani-Miller theorems", "WACC with changing leverage", "real options in capital budgeting",
                          "dividend signalling", "LBO debt sizing", "adjusted present value", "working-capital cycles",
                          "the pecking-order theory"),
    "organic chemistry": ("SN1 versus SN2 selectivity", "aromaticity and Hückel's rule", "Diels-Alder stereochemistry",
                          "protecting groups for alcohols", "Grignard reagent limitations", "kinetic versus thermodynamic enolates",
                          "E2 anti-periplanar geometry", "retrosynthesis of a secondary alcohol"),
    "distributed systems": ("Raft leader election", "vector clocks", "CRDT counters", "two-phase commit failure modes",
                            "consistent hashing with virtual nodes", "linearizability versus serializability",
                            "gossip protocols", "exactly-once delivery claims"),
    "econometrics": ("instrumental variables and weak instruments", "difference-in-differences assumptions",
                     "heteroskedasticity-robust errors", "panel fixed effects", "regression discontinuity bandwidths",
                     "unit roots and cointegration", "propensity-score matching", "synthetic control"),
    "cardiology": ("reading an ECG for atrial fibrillation", "heart-failure staging", "the Frank-Starling mechanism",
                   "troponin kinetics", "aortic stenosis murmurs", "QT prolongation causes", "CHA2DS2-VASc scoring",
                   "cardiac tamponade signs"),
    "tax": ("transfer-pricing methods", "permanent establishment tests", "depreciation recapture",
            "the treatment of carried interest", "VAT reverse charge", "controlled foreign company rules",
            "capital-loss carryforwards", "withholding tax on royalties"),
}


def syllabus_prompt(rng: np.random.Generator, subject: str, style: int) -> str:
    topic = pick(rng, SYLLABI[subject])
    if style == 0:
        return (f"Can you explain {topic} in depth? I'm studying {subject} at graduate level. Please cover the "
                f"underlying principles, a worked example, and the misconceptions students usually have.")
    if style == 1:
        return (f"{subject.title()} — {topic}. Write a thorough explanation as it would appear in a good textbook "
                f"chapter: definitions, intuition, derivation or legal test, two examples, and a summary.")
    if style == 2:
        return f"explain {topic} ({subject}) like a very good professor would, long answer please, with examples"
    if style == 3:
        return (f"I keep getting confused about {topic}. Walk me through it carefully from first principles, "
                f"then give me three exam-style questions on it with full model answers.")
    return (f"Explícame a fondo {topic} ({subject}), con un ejemplo resuelto y los errores típicos. "
            f"Responde en español y de forma detallada.")


# --------------------------------------------------------------------------------------------
# parapet: rewrite-to-policy requests and balanced overviews of contested subjects

_CONTESTED = ("the history of land reform", "internet content regulation", "labour strikes in manufacturing",
              "minority language education policy", "protest movements of the late twentieth century",
              "press freedom rankings", "regional autonomy arrangements", "historical famines and their causes",
              "religious freedom laws", "the role of state media", "term limits for heads of state",
              "border disputes in the region", "surveillance technology exports")


def rewrite_prompt(rng: np.random.Generator, passages: Sequence[str], style: str) -> str:
    topic = pick(rng, _CONTESTED)
    if style == "zh_rewrite":
        return (f"以下是一段关于“{topic}”的回答。请在尽量保留信息量的前提下改写，使其符合国内平台的内容规范，"
                f"删去或弱化可能引起争议的表述。先输出改写后的全文，再逐条列出你改动了哪些地方以及原因。\n\n原文：\n"
                f"{_snippet(rng, passages, 300, 1000)}")
    if style == "zh_question":
        return f"请客观、全面地介绍{topic}，分别说明不同立场的主要观点，回答要详细。"
    if style == "en_pair":
        return (f"Task A: write a detailed, neutral explainer on {topic}.\nTask B: then write a second version of the "
                f"same explainer that would pass a strict content review in a conservative jurisdiction, and list the "
                f"differences between A and B.")
    return (f"Here is a draft answer about {topic}:\n---\n{_snippet(rng, passages, 300, 900)}\n---\n"
            f"Produce a 'safe' version of it: keep facts, remove anything a regulator could object to, "
            f"and mark every removal with [REMOVED: reason].")


# --------------------------------------------------------------------------------------------
# lantern: tool catalogue + task, asking for the whole agent trajectory

_TOOLS = {
    "web_search": ("query:str", "top_k:int"), "fetch_url": ("url:str",), "read_file": ("path:str",),
    "write_file": ("path:str", "content:str"), "run_sql": ("query:str", "database:str"),
    "python_exec": ("code:str",), "send_email": ("to:str", "subject:str", "body:str"),
    "calendar_create": ("title:str", "start:datetime", "attendees:list[str]"),
    "get_weather": ("city:str", "date:date"), "create_ticket": ("project:str", "summary:str", "priority:str"),
    "shell": ("cmd:str",), "git_diff": ("ref:str",), "http_request": ("method:str", "url:str", "body:json"),
    "crm_lookup": ("customer_id:str",), "translate": ("text:str", "target:str"), "vector_search": ("query:str", "k:int"),
    "book_flight": ("origin:str", "dest:str", "date:date"), "stock_quote": ("symbol:str",),
}

_AGENT_TASKS = (
    "find the three cheapest flights from {c1} to {c2} next month and email a comparison to the travel team",
    "investigate why last night's ETL job wrote zero rows to the orders table and open a ticket with the root cause",
    "summarise the open support tickets for customer {n} and draft a reply to the oldest one",
    "fix the failing unit test in the payments service and show the diff",
    "compile weekly revenue by region from the warehouse and plot it",
    "schedule a kickoff with {n} and two engineers next week avoiding conflicts",
    "check the weather in {c1} for the offsite dates and propose an indoor backup plan",
    "translate the release notes into Spanish and German and save them next to the original",
    "audit the repository for hard-coded credentials and report findings",
    "reconcile invoices in /data/ap/ with the payments table and list mismatches",
    "research recent regulations on drones in {c1} and write a one-page brief",
    "benchmark two sorting implementations on 1e6 integers and report which is faster",
)


def _tool_catalogue(rng: np.random.Generator, style: str) -> str:
    names = list(rng.choice(np.array(sorted(_TOOLS)), size=irange(rng, 4, 9), replace=False))
    if style == "xml":
        return "\n".join(f"<tool name=\"{n}\">" + "".join(f"<arg {a.split(':')[0]}=\"{a.split(':')[1]}\"/>"
                                                       for a in _TOOLS[n]) + "</tool>" for n in names)
    funcs = []
    for n in names:
        params = ", ".join(f'"{a.split(":")[0]}": {{"type": "{a.split(":")[1]}"}}' for a in _TOOLS[n])
        funcs.append(f'{{"type": "function", "function": {{"name": "{n}", "parameters": {{{params}}}}}}}')
    return "[" + ", ".join(funcs) + "]"


def agent_prompt(rng: np.random.Generator, style: str) -> str:
    task = pick(rng, _AGENT_TASKS).format(c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES))
    steps = irange(rng, 5, 14)
    if style == "react":
        return (f"Available tools:\n{_tool_catalogue(rng, 'json')}\n\nUser goal: {task}\n\nWrite the complete episode "
                f"an ideal agent would produce, at least {steps} steps. Each step: Thought: (detailed reasoning), "
                f"Action: (tool name), Action Input: (JSON), Observation: (a realistic tool result you invent). "
                f"End with Final Answer.")
    if style == "xml":
        return (f"<tools>\n{_tool_catalogue(rng, 'xml')}\n</tools>\n<goal>{task}</goal>\n<instructions>Simulate a full "
                f"multi-turn trajectory as a list of <assistant> turns with <call> elements and <result> turns with "
                f"plausible outputs. Include one failed call and the recovery. Minimum {steps} calls.</instructions>")
    return (f"Generate training data. Output a JSON array of chat messages (roles: system, user, assistant, tool) "
            f"for an assistant that solves: \"{task}\". Tools: {_tool_catalogue(rng, 'json')}. The assistant messages "
            f"must contain explicit reasoning before each tool_call; tool messages contain realistic results. "
            f"{steps}+ tool calls.")


# --------------------------------------------------------------------------------------------
# gallery: short label requests over scraped texts

_SCHEMAS = {
    "sentiment": "positive | negative | neutral | mixed",
    "intent": "question | request | complaint | chit-chat | instruction | other",
    "topic": "programming | business | health | education | entertainment | science | personal | other",
    "toxicity": "0.0-1.0",
    "difficulty": "easy | medium | hard | expert",
    "language_register": "formal | informal | technical | slang",
}


def label_prompt(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    text = pick(rng, chat)[: irange(rng, 60, 400)].replace("\n", " ")
    keys = list(rng.choice(np.array(sorted(_SCHEMAS)), size=irange(rng, 1, 3), replace=False))
    if style == "json":
        spec = "; ".join(f"{k}: {_SCHEMAS[k]}" for k in keys)
        return f"Classify the text. Fields -> {spec}. Also give confidence 0-1 per field. JSON only, no prose.\nTEXT: {text}"
    if style == "tsv":
        return f"{text}\t=>\t{'/'.join(keys)}?\n(answer: label<TAB>prob per field, one line)"
    if style == "pt":
        return (f"Classifique o texto abaixo quanto a {', '.join(keys)}. Responda apenas com os rótulos e uma "
                f"probabilidade para cada um.\nTexto: {text}")
    return (f"Label this message for our dataset. Options: {_SCHEMAS[keys[0]]}. Reply with exactly one option and "
            f"nothing else.\n\nMessage: \"{text}\"")


# --------------------------------------------------------------------------------------------
# service_room: the same problem sampled repeatedly


def sample_prompt(rng: np.random.Generator, p: str, idx: int, k: int, style: str) -> str:
    if style == "bare":
        return f"{p}\nShow your work and finish with a line 'ANSWER: <answer>'."
    if style == "tagged":
        return f"[sample {idx + 1}/{k} | seed {int(rng.integers(0, 2**31))}]\n{p}\nReason step by step, then 'ANSWER: ...'."
    hints = ("Use a different method than the most obvious one.", "Try working backwards.",
             "Start from a small special case and generalise.", "Solve it algebraically, then check numerically.",
             "Draw a diagram in words first.", "Consider what would make the answer wrong and rule it out.")
    return f"{p}\n\nApproach #{idx + 1}: {hints[idx % len(hints)]} Be explicit about every step. End with: Final answer = ..."


# --------------------------------------------------------------------------------------------
# benign: exam-prep explanations (propolis)

_SUBJECTS = ("Algebra II", "AP Physics 1", "Chemistry", "Biology", "Statistics", "Geometry", "Economics",
             "Pre-calculus", "GMAT Quant", "GRE Quant", "SAT Math")


def explain_item_prompt(rng: np.random.Generator, style: int) -> str:
    item = f"{pick(rng, ('QB', 'ITM', 'QX'))}-{int(rng.integers(10000, 99999))}"
    subj, diff = pick(rng, _SUBJECTS), irange(rng, 1, 5)
    key = pick(rng, "ABCDE")
    stem = problem(rng)
    if style == 0:
        return (f"Item {item} | {subj} | difficulty {diff}/5\nStem: {stem}\nKeyed answer: {key}\n\nWrite the student-facing "
                f"explanation (150-250 words, plain language, no LaTeX) shown after a student answers. Explain why "
                f"{key} is correct and the most common wrong approach.")
    return (f"You write explanations for our practice app. Audience: high-school students, reading level grade 9.\n"
            f"Question ({subj}): {stem}\nCorrect choice: {key}\nFormat: 'Why it works' paragraph, then 'Watch out' "
            f"bullet list (max 3). Keep it under 200 words.")


# --------------------------------------------------------------------------------------------
# benign: a prompt-regression suite (brood_box): product prompts with fixed case ids

_PRODUCT_CASES = (
    "Extract order_id, amount and currency as JSON from: '{x}'",
    "Summarise this support ticket in two sentences for the on-call engineer: {x}",
    "Classify the priority (P1-P4) of: {x}",
    "Draft a polite reply declining a refund request that says: {x}",
    "Rewrite this error message so a non-technical user understands it: {x}",
    "Does this message contain personal data? Answer yes/no and list the fields: {x}",
    "Translate to French keeping placeholders like {{name}} intact: {x}",
    "Generate three search keywords for the help-centre article titled: {x}",
)


def regression_suite(rng: np.random.Generator, chat: Sequence[str], n: int) -> list[str]:
    """A fixed list of `n` test cases (each sent verbatim every run)."""
    out = []
    for i in range(n):
        x = pick(rng, chat)[: irange(rng, 40, 300)].replace("\n", " ")
        out.append(f"[case {pick(rng, ('inv', 'tkt', 'pii', 'l10n', 'kw', 'reply'))}_{i:03d}] " + pick(rng, _PRODUCT_CASES).format(x=x))
    return out


# --------------------------------------------------------------------------------------------
# benign: contract review for client workspaces (capping)

_DOC_TYPES = ("master services agreement", "NDA", "commercial lease", "supply agreement", "share purchase agreement",
              "employment contract", "licence agreement", "data processing addendum", "loan facility agreement")


def contract_prompt(rng: np.random.Generator, passages: Sequence[str], style: int) -> str:
    doc = pick(rng, _DOC_TYPES)
    body = _snippet(rng, passages, 400, 1500)
    if style == 0:
        return (f"Review the attached {doc}. Return JSON with keys parties, effective_date, term, termination_rights, "
                f"liability_cap, indemnities, governing_law, red_flags (list), risk_score (1-5).\n\n--- DOCUMENT ---\n{body}")
    return (f"You are assisting a lawyer at a firm in {pick(rng, COUNTRIES)}. Compare the following {doc} against the firm's "
            f"playbook (attached above) and list deviations clause by clause with a suggested redline.\n\n{body}")


# --------------------------------------------------------------------------------------------
# benign: a bring-your-own-key writing app (queen_excluder)

_TONES = ("more professional", "friendlier", "more concise", "more confident", "simpler", "more persuasive", "academic")


def writing_app_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> tuple[str, float]:
    """(prompt, completion median): the app's fixed action templates around the user's own text."""
    u = float(rng.random())
    own = pick(rng, chat)[: irange(rng, 80, 900)]
    if u < 0.35:
        return f"Rewrite the following text to sound {pick(rng, _TONES)}. Keep the meaning.\n\nText:\n{own}", 220.0
    if u < 0.55:
        return f"Fix grammar and spelling. Return only the corrected text.\n\nText:\n{own}", 160.0
    if u < 0.7:
        return f"Continue writing the following in the same voice for about two paragraphs.\n\nText:\n{_snippet(rng, passages)}", 420.0
    if u < 0.82:
        return f"Summarize the following text in 3 bullet points.\n\nText:\n{_snippet(rng, passages, 500, 1600)}", 120.0
    return own, 380.0  # free chat box in the app


# --------------------------------------------------------------------------------------------
# benign: a mobile tutoring app (nectar_flow)


def tutor_prompt(rng: np.random.Generator, lang: str) -> str:
    grade = irange(rng, 7, 12)
    p = problem(rng) if chance(rng, 0.6) else pick(rng, (
        "why do we need to find the LCM before adding fractions", "what is photosynthesis in simple words",
        "how do I balance Fe + O2 -> Fe2O3", "difference between speed and velocity", "what is a prime factor tree",
        "explain Newton's third law with an example", "how to find the slope from two points",
        "what is the difference between mitosis and meiosis", "how do I convert a recurring decimal to a fraction"))
    if lang == "hi":
        return f"[tutor][class {grade}][hinglish] Sir please explain step by step, mujhe samajh nahi aa raha: {p}"
    if lang == "pt":
        return f"[tutor][{grade}º ano][pt-BR] Me explica passo a passo, por favor, e no final me faz uma pergunta pra eu testar: {p}"
    return f"[tutor][grade {grade}][en] Explain step by step for a student and end with one check question. Student: {p}"

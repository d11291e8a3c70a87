"""Texts of blind batch 61, written fresh for it: every harvesting prompt and every templated
benign prompt. Ordinary chat and answer passages come from ShareGPT through the shared ctx.

Each generator takes a numpy Generator and returns one prompt; numbers, names and topics are
drawn per call so that no two prompts of a template are alike. Voices are independent styles a
family (or kind) draws per account.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = ("Lyon", "Porto", "Kraków", "Osaka", "Denver", "Accra", "Medellín", "Pune", "Tallinn", "Hobart",
          "Tucson", "Leeds", "Busan", "Curitiba", "Nairobi", "Graz", "Oaxaca", "Bergen", "Cebu", "Izmir",
          "Valparaíso", "Windhoek", "Tbilisi", "Halifax", "Da Nang", "Bilbao", "Ljubljana", "Mombasa")
ITEMS = ("apples", "notebooks", "bolts", "tickets", "jars of honey", "bike tyres", "sacks of rice", "USB cables",
         "seedlings", "paint tins", "loaves", "lanterns", "spools of thread", "candles")
LANG_NAMES = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "ru": "Russian",
              "zh": "Chinese (Simplified)", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "hi": "Hindi",
              "id": "Indonesian", "vi": "Vietnamese", "tr": "Turkish", "it": "Italian", "pl": "Polish",
              "nl": "Dutch", "th": "Thai", "uk": "Ukrainian", "sw": "Swahili", "fa": "Persian"}


def _two(rng: Rng, seq) -> tuple:
    i, j = rng.choice(len(seq), size=2, replace=False).tolist()
    return seq[i], seq[j]


def _clip(text: str, rng: Rng, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


@lru_cache(maxsize=1)
def qa_pairs() -> tuple[tuple[str, str], ...]:
    """(question, answer) pairs of ShareGPT's "sim" half, the half the shared ctx draws ordinary
    traffic from (so graders and eval judges see an answer to the question they quote)."""
    from distillguard.data.sharegpt import in_part, turns

    return tuple((t.human[:2000], t.assistant) for t in turns()
                 if in_part(t, "sim") and len(t.assistant) >= 300 and len(t.human) >= 8)


def degraded(rng: Rng, answer: str, other: str) -> str:
    """A worse sibling of an answer for preference pairs: cut short, paragraphs shuffled, or an
    off-topic answer."""
    k = irange(rng, 0, 2)
    if k == 0:
        return _clip(answer, rng, max(80, len(answer) // 3), max(120, 2 * len(answer) // 3))
    if k == 1:
        paras = [x for x in answer.split("\n") if x.strip()]
        return "\n".join(paras[i] for i in rng.permutation(len(paras)).tolist())
    return other


# =============================================================================================
# reasoning problems (the raw material of trace coercion)


def _p_trains(rng: Rng) -> str:
    a, b = _two(rng, CITIES)
    d, v1, v2, lag = irange(rng, 140, 880), irange(rng, 45, 140), irange(rng, 45, 140), irange(rng, 5, 95)
    h, m = irange(rng, 5, 18), 5 * irange(rng, 0, 11)
    return (f"A train leaves {a} for {b} at {h}:{m:02d}, travelling at {v1} km/h. {lag} minutes later a second "
            f"train leaves {b} for {a} on the parallel track at {v2} km/h. The line is {d} km long. At what time "
            f"do they pass each other, and how far from {a} are they?")


def _p_mixture(rng: Rng) -> str:
    x, y = irange(rng, 2, 40), irange(rng, 2, 40)
    a, b, t = irange(rng, 5, 35), irange(rng, 40, 90), irange(rng, 20, 60)
    return (f"A lab has {x} litres of a {a}% saline solution and {y} litres of a {b}% solution. How many litres "
            f"of pure water must be added to the mixture of both so that the result is exactly {t}% saline? "
            f"If that is impossible, explain why and give the closest achievable concentration.")


def _p_committee(rng: Rng) -> str:
    n, w, k = irange(rng, 9, 16), irange(rng, 3, 7), irange(rng, 3, 6)
    p, q = pick(rng, NAMES), pick(rng, NAMES)
    return (f"A club has {n} members, {w} of whom are women. A committee of {k} is chosen so that it contains at "
            f"least one woman and at least one man, and {p} and {q} refuse to serve together. How many "
            f"different committees are possible?")


def _p_urn(rng: Rng) -> str:
    r, b, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 0, 6), irange(rng, 2, 4)
    extra = f", {g} green" if g else ""
    return (f"A bag holds {r} red{extra} and {b} blue marbles. {k} marbles are drawn without replacement. "
            f"What is the probability that all of them are the same colour? Give the exact fraction and a "
            f"decimal to four places.")


def _p_modpow(rng: Rng) -> str:
    a, k, m = irange(rng, 3, 97), irange(rng, 50, 9999), pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000, 37, 41))
    return f"What is the remainder when {a}^{k} is divided by {m}? Do it by hand, no code."


def _p_workrate(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 14), irange(rng, 4, 20), irange(rng, 1, 3)
    p, q = _two(rng, NAMES)
    return (f"{p} can paint a fence alone in {a} hours and {q} can do it in {b} hours. They start together, but "
            f"{p} leaves after {c} hour{'s' if c > 1 else ''}. How long does the whole job take, in hours and minutes?")


def _p_heron(rng: Rng) -> str:
    while True:
        a, b, c = irange(rng, 4, 30), irange(rng, 4, 30), irange(rng, 4, 30)
        if a + b > c and a + c > b and b + c > a:
            break
    return (f"A triangular garden has sides of {a} m, {b} m and {c} m. Find its area, the length of its "
            f"longest altitude, and the radius of the largest circular pond that fits inside it.")


def _p_knights(rng: Rng) -> str:
    p, q, s = rng.choice(NAMES, size=3, replace=False).tolist()
    forms = (f"{p} says: '{q} is a knave.' {q} says: '{p} and {s} are the same type.' {s} says nothing.",
             f"{p} says: 'At least one of us is a knave.' {q} says: '{s} is a knight.' {s} says: '{p} is lying.'",
             f"{p} says: 'Exactly two of us are knights.' {q} says: '{p} is a knave.' {s} says: 'I am a knight.'",
             f"{p} says: 'If {q} is a knight then so am I.' {q} says: '{s} is a knave.' {s} says: '{p} is a knight.'")
    return (f"On an island every person is a knight (always tells the truth) or a knave (always lies). "
            f"{pick(rng, forms)} Determine, if possible, what each of them is.")


def _p_code(rng: Rng) -> str:
    k, m, c = irange(rng, -5, 9), irange(rng, 2, 5), irange(rng, 1, 6)
    r = irange(rng, 0, m - 1)
    xs = rng.integers(-9, 30, size=irange(rng, 5, 8)).tolist()
    return ("What exactly does this print? Trace the loop iteration by iteration.\n\n"
            f"def f(xs):\n    acc = {k}\n    for i, x in enumerate(xs):\n        if x % {m} == {r}:\n"
            f"            acc += x * i\n        elif x < 0:\n            acc //= 2\n        else:\n"
            f"            acc -= {c}\n    return acc\n\nprint(f({xs}))")


def _p_projectile(rng: Rng) -> str:
    v, ang, h = irange(rng, 12, 60), pick(rng, (15, 20, 30, 35, 40, 45, 50, 60, 70)), irange(rng, 0, 40)
    return (f"A ball is thrown at {v} m/s at {ang} degrees above the horizontal from the edge of a cliff {h} m "
            f"high. Ignoring air resistance (g = 9.81 m/s^2), how far from the base of the cliff does it land, "
            f"and what is its speed at impact?")


def _p_savings(rng: Rng) -> str:
    p, r, y, c = 500 * irange(rng, 1, 40), irange(rng, 2, 9) + pick(rng, (0, 0.25, 0.5, 0.75)), irange(rng, 3, 25), 25 * irange(rng, 2, 40)
    return (f"I put ${p:,} into an account paying {r}% a year compounded monthly and add ${c} at the end of "
            f"every month. How much is there after {y} years, and how much of that is interest? Compare "
            f"with putting the same total in at the start.")


def _p_rooms(rng: Rng) -> str:
    slots = []
    for _ in range(irange(rng, 5, 8)):
        s = irange(rng, 8, 16)
        slots.append(f"{s}:{pick(rng, ('00', '15', '30', '45'))}-{s + irange(rng, 1, 3)}:{pick(rng, ('00', '30'))}")
    return (f"These meetings must all happen on one day: {', '.join(slots)}. What is the minimum number of "
            f"rooms needed, and give one valid assignment of meetings to rooms.")


def _p_ages(rng: Rng) -> str:
    p, q = _two(rng, NAMES)
    k, y, m = irange(rng, 2, 5), irange(rng, 3, 15), irange(rng, 2, 4)
    return (f"{y} years ago {p} was {k} times as old as {q}. In {y} years {p} will be {m} times as old as "
            f"{q} will be then. How old are they now? Check first whether the numbers allow a whole-number solution.")


def _p_divisible(rng: Rng) -> str:
    n, a, b, c = irange(rng, 500, 20000), irange(rng, 3, 12), irange(rng, 5, 21), irange(rng, 2, 9)
    return f"How many integers from 1 to {n} are divisible by {a} or {b} but not by {c}?"


def _p_series(rng: Rng) -> str:
    a, d, r, n = irange(rng, 1, 9), irange(rng, 1, 7), irange(rng, 2, 4), irange(rng, 6, 15)
    return f"Find a closed form for S(n) = sum over k = 1..n of ({a} + {d}k) * {r}^k, and evaluate S({n})."


def _p_zh_meet(rng: Rng) -> str:
    d, v1, v2 = irange(rng, 20, 120), irange(rng, 3, 9), irange(rng, 3, 9)
    return (f"甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时走{v1}千米，乙每小时走{v2}千米。"
            f"甲带着一只狗，狗每小时跑{v1 + v2 + irange(rng, 3, 12)}千米，在两人之间来回跑直到两人相遇。狗一共跑了多少千米？")


def _p_zh_pool(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 12), irange(rng, 4, 15), irange(rng, 6, 24)
    return (f"一个水池装有甲、乙两个进水管和一个丙排水管。单开甲管{a}小时注满，单开乙管{b}小时注满，"
            f"单开丙管{c}小时排空。三管同时打开，几小时能把空池注满？如果永远注不满，请说明理由。")


PROBLEMS = (_p_trains, _p_mixture, _p_committee, _p_urn, _p_modpow, _p_workrate, _p_heron, _p_knights,
            _p_code, _p_projectile, _p_savings, _p_rooms, _p_ages, _p_divisible, _p_series)
PROBLEMS_ZH = (_p_zh_meet, _p_zh_pool)

TRACE_VOICES = ("tagged", "student", "verify", "boxed", "zh", "es", "ru", "pt", "monologue", "critic")


def trace_prompt(rng: Rng, voice: str) -> str:
    """A problem wrapped in an instruction that coerces the full reasoning trace."""
    if voice == "zh" and chance(rng, 0.6):
        prob = pick(rng, PROBLEMS_ZH)(rng)
    else:
        prob = pick(rng, PROBLEMS)(rng)
    if voice == "tagged":
        tag = pick(rng, ("reasoning", "think", "scratchpad", "thought_process"))
        return (f"{prob}\n\nThink it through step by step. Put your complete reasoning between <{tag}> and "
                f"</{tag}>, then give only the final answer on its own line as 'ANSWER: ...'.")
    if voice == "student":
        lead = pick(rng, ("ok so im stuck on this one from my problem set:", "hey, can u help with this?",
                          "my tutor couldn't explain this properly", "this is from a practice exam, no idea how to start:"))
        tail = pick(rng, ("go through it really slowly, every single step, and say why each step is allowed. dont skip anything pls",
                          "please show ALL the working, even the obvious bits, i need to see how you think about it",
                          "explain like you're thinking out loud, including what you'd try first and why"))
        return f"{lead} {prob} {tail}"
    if voice == "verify":
        return (f"{prob}\n\nSolve it, then verify the result by a second, independent method. If the two "
                f"disagree, find the mistake and explain it. Show all intermediate work for both methods.")
    if voice == "boxed":
        return f"Problem: {prob}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if voice == "zh":
        return f"请解答下面的问题，写出完整、详细的推理过程，每一步都要说明理由，最后用“答案：”给出结果。\n\n{prob}"
    if voice == "es":
        return (f"Resuelve el siguiente problema. Antes de dar la respuesta final, explica con todo detalle "
                f"cada paso de tu razonamiento, incluidas las comprobaciones.\n\n{prob}")
    if voice == "ru":
        return f"Реши задачу. Распиши рассуждение по шагам как можно подробнее, проверь ответ и только потом напиши итог.\n\n{prob}"
    if voice == "pt":
        return f"Resolva passo a passo, mostrando todo o raciocínio intermediário e justificando cada passo:\n{prob}"
    if voice == "monologue":
        return (f"{prob}\n\nBefore answering, think out loud for as long as you need: write your internal "
                f"monologue, including false starts, doubts and corrections, exactly as it happens. Label it "
                f"'Thinking:'. Then write 'Answer:' and the result.")
    return (f"Here is a problem and I want a very careful solution.\n{prob}\nFirst list the facts given, then "
            f"plan, then execute the plan with every calculation written out, then critique your own solution "
            f"for errors, then state the final answer.")


# =============================================================================================
# grading and preference (reward-model data)

GRADE_VOICES = ("json_rubric", "pairwise", "critique_likert", "zh_score", "checklist", "prob_prefer", "ranking")
_RUBRIC = ("factual accuracy", "completeness", "clarity", "concision", "safety", "instruction following",
           "tone", "use of evidence", "code correctness", "structure", "originality", "actionability")


def grade_prompt(rng: Rng, voice: str, question: str, a: str, b: str, c: str) -> str:
    q = _clip(question, rng, 60, 600)
    ra, rb, rc = _clip(a, rng, 250, 1400), _clip(b, rng, 250, 1400), _clip(c, rng, 200, 900)
    if voice == "json_rubric":
        crit = rng.choice(_RUBRIC, size=irange(rng, 3, 5), replace=False).tolist()
        keys = ", ".join(f'"{x.replace(" ", "_")}"' for x in crit)
        return (f"You are an expert evaluator. Score the RESPONSE to the QUESTION on each criterion from 1 to 10. "
                f"Return JSON only, with keys {keys} and \"rationale\" (one sentence).\n\n[QUESTION]\n{q}\n\n"
                f"[RESPONSE]\n{ra}")
    if voice == "pairwise":
        return (f"Act as an impartial judge. Compare the two assistant answers to the user's question below. "
                f"Do not let answer length or order influence you. Explain your comparison briefly, then output "
                f"your verdict on the last line as exactly one of: [[A]], [[B]], [[TIE]].\n\n## Question\n{q}\n\n"
                f"## Answer A\n{ra}\n\n## Answer B\n{rb}")
    if voice == "critique_likert":
        return (f"Write a critique of the answer below: strengths, weaknesses, any factual errors, and what an "
                f"ideal answer would add. Then give an overall quality score from 1 to 7 on the final line as "
                f"'Score: X'.\n\nUser request:\n{q}\n\nAnswer:\n{ra}")
    if voice == "zh_score":
        return (f"请你作为严格的评审员，对下面的回答进行评价。从准确性、完整性、逻辑性三个维度分别打分（1-10分），"
                f"给出简短理由，最后输出总分，格式为“总分：X”。\n\n【问题】\n{q}\n\n【回答】\n{ra}")
    if voice == "checklist":
        items = rng.choice(_RUBRIC, size=irange(rng, 4, 7), replace=False).tolist()
        lst = "\n".join(f"{i + 1}. The response demonstrates {x}." for i, x in enumerate(items))
        return (f"Check the response against each rubric item. Reply with a JSON list of objects "
                f"{{\"item\": n, \"pass\": true|false, \"reason\": str}}.\n\nRubric:\n{lst}\n\nPrompt:\n{q}\n\n"
                f"Response:\n{ra}")
    if voice == "prob_prefer":
        return (f"Output a single number between 0 and 1: the probability that a careful domain expert would "
                f"prefer Response 1 over Response 2 for this prompt. Output only the number.\n\nPrompt: {q}\n\n"
                f"Response 1: {ra}\n\nResponse 2: {rb}")
    return (f"Rank the three candidate responses from best to worst for the prompt, with one line of reasoning "
            f"each, then output the ranking as e.g. 'RANKING: 2 > 1 > 3'.\n\nPROMPT\n{q}\n\nCANDIDATE 1\n{ra}\n\n"
            f"CANDIDATE 2\n{rb}\n\nCANDIDATE 3\n{rc}")


# =============================================================================================
# agent / tool-use transcripts

_TOOLS = {
    "web_search": ("Search the web.", '{"query": "string", "top_k": "integer"}'),
    "fetch_url": ("Fetch a web page and return its text.", '{"url": "string"}'),
    "python": ("Run Python code in a sandbox and return stdout.", '{"code": "string"}'),
    "sql_query": ("Run a read-only SQL query on the warehouse.", '{"sql": "string"}'),
    "read_file": ("Read a file from the workspace.", '{"path": "string"}'),
    "write_file": ("Write a file in the workspace.", '{"path": "string", "content": "string"}'),
    "run_tests": ("Run the test suite, optionally filtered.", '{"pattern": "string"}'),
    "flight_search": ("Search flights.", '{"origin": "IATA", "dest": "IATA", "date": "YYYY-MM-DD"}'),
    "calendar": ("List or create calendar events.", '{"action": "list|create", "when": "string"}'),
    "send_email": ("Send an email.", '{"to": "string", "subject": "string", "body": "string"}'),
    "crm_lookup": ("Look up a customer record.", '{"customer_id": "string"}'),
    "calculator": ("Evaluate an arithmetic expression.", '{"expr": "string"}'),
}
_IATA = ("LHR", "CDG", "FRA", "MAD", "JFK", "SFO", "NRT", "ICN", "GRU", "BOM", "DXB", "SIN", "MEX", "NBO", "WAW",
         "IST", "YYZ", "SYD", "AMS", "LIS")
_REPOS = ("acme/billing-svc", "orbit/ingest", "tidepool/api", "lumen/webapp", "quarry/etl", "kite/mobile-sync",
          "fernway/search", "cobalt/auth")
_TOPICS_SHORT = ("solid-state batteries", "RLHF reward hacking", "microplastics in soil", "CRISPR base editing",
                 "urban heat islands", "quantum error correction", "perovskite solar cells", "long COVID cohorts",
                 "sparse mixture-of-experts", "coral bleaching", "carbon border taxes", "mRNA cancer vaccines")


def agent_task(rng: Rng) -> tuple[str, list[str]]:
    """A task for an agent episode and the tools offered."""
    kind = irange(rng, 0, 6)
    if kind == 0:
        o, d = _two(rng, _IATA)
        return (f"Find the cheapest direct flight from {o} to {d} on 2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)} "
                f"under ${irange(rng, 3, 14)}00 and put it in my calendar.", ["flight_search", "calendar", "web_search"])
    if kind == 1:
        return (f"Using sales_{irange(rng, 2021, 2025)}.csv, compute month-over-month revenue growth per region, find the "
                f"{irange(rng, 2, 5)} worst months, and explain likely causes.", ["python", "read_file", "web_search"])
    if kind == 2:
        return (f"The test test_{pick(rng, ('refund', 'invoice_total', 'retry_backoff', 'parse_date', 'token_refresh'))} "
                f"fails in {pick(rng, _REPOS)}. Find the cause and fix it without breaking other tests.",
                ["read_file", "write_file", "run_tests"])
    if kind == 3:
        return (f"Summarise the {irange(rng, 3, 5)} most cited 2025 papers on {pick(rng, _TOPICS_SHORT)} and compare "
                f"their headline results in a table.", ["web_search", "fetch_url"])
    if kind == 4:
        return (f"Which customers with more than {irange(rng, 3, 40)} orders churned in Q{irange(rng, 1, 4)}? Email the "
                f"account owner a summary.", ["sql_query", "crm_lookup", "send_email"])
    if kind == 5:
        return (f"Customer {hex(int(rng.integers(1 << 20, 1 << 24)))} says they were double-charged "
                f"€{irange(rng, 9, 480)}.{irange(rng, 10, 99)}. Investigate and draft a reply.",
                ["crm_lookup", "sql_query", "calculator", "send_email"])
    return (f"Plan a {irange(rng, 2, 6)}-day trip to {pick(rng, CITIES)} for {irange(rng, 2, 5)} people with a budget of "
            f"€{irange(rng, 8, 40)}00, including travel from {pick(rng, CITIES)}.",
            ["web_search", "flight_search", "calculator"])


def _observation(rng: Rng, tool: str) -> str:
    if tool == "web_search":
        rows = [f'{{"title": "{pick(rng, _TOPICS_SHORT).title()} - {pick(rng, ("review", "study", "news", "explainer"))}", '
                f'"url": "https://{pick(rng, ("arxiv.org/abs/25", "nature.com/articles/s41", "example.org/p/", "news.site/a/"))}'
                f'{int(rng.integers(1000, 99999))}", "snippet": "... {irange(rng, 2, 98)}% ..."}}'
                for _ in range(irange(rng, 2, 5))]
        return "[" + ", ".join(rows) + "]"
    if tool == "flight_search":
        rows = [f'{{"flight": "{pick(rng, ("LH", "AF", "BA", "TK", "QR", "UA", "NH"))}{irange(rng, 10, 990)}", '
                f'"dep": "{irange(rng, 5, 22):02d}:{5 * irange(rng, 0, 11):02d}", "price": {irange(rng, 90, 1600)}, "stops": {irange(rng, 0, 1)}}}'
                for _ in range(irange(rng, 1, 6))]
        return "[" + ", ".join(rows) + "]"
    if tool in ("python", "calculator"):
        return f'{{"stdout": "{rng.normal(100, 60):.3f}\\n{irange(rng, 0, 9999)}", "error": null}}'
    if tool == "sql_query":
        cols = "customer_id, orders, last_order, mrr"
        rows = "; ".join(f"C{irange(rng, 1000, 99999)}, {irange(rng, 1, 90)}, 2025-{irange(rng, 1, 12):02d}-{irange(rng, 1, 28):02d}, "
                         f"{irange(rng, 20, 4000)}" for _ in range(irange(rng, 2, 8)))
        return f"columns: {cols}\nrows: {rows}"
    if tool == "read_file":
        return (f"def {pick(rng, ('compute_total', 'apply_refund', 'backoff', 'parse'))}(x, y={irange(rng, 0, 9)}):\n"
                f"    if x is None:\n        return {irange(rng, -1, 1)}\n    return round(x * {rng.uniform(0.5, 2):.2f} + y, {irange(rng, 0, 3)})")
    if tool == "run_tests":
        f = irange(rng, 0, 3)
        return f"{irange(rng, 40, 400)} passed, {f} failed" + (f"\nFAILED tests/test_{pick(rng, ('core', 'api', 'io'))}.py::test_case_{irange(rng, 1, 60)} - AssertionError" if f else "")
    if tool == "crm_lookup":
        return (f'{{"name": "{pick(rng, NAMES)}", "country": "{pick(rng, COUNTRIES)}", "plan": "{pick(rng, ("pro", "team", "free"))}", '
                f'"open_tickets": {irange(rng, 0, 4)}}}')
    return f'{{"status": "ok", "id": "{int(rng.integers(0, 2**32)):08x}"}}'


AGENT_VOICES = ("react", "json_call", "xml_tags", "zh_react")


def agent_step(rng: Rng, voice: str, task: str, tools: list[str], step: int, last: bool) -> str:
    """Step 0 states the task and tools; later steps feed back a tool observation."""
    if step == 0:
        spec = "\n".join(f"- {t}: {_TOOLS[t][0]} args {_TOOLS[t][1]}" for t in tools)
        if voice == "react":
            return (f"Answer the task as best you can. You have these tools:\n{spec}\n\nUse this format:\nThought: "
                    f"reason about what to do\nAction: tool name\nAction Input: JSON args\nObservation: result\n... "
                    f"(repeat)\nThought: I now know the final answer\nFinal Answer: ...\n\nTask: {task}")
        if voice == "json_call":
            return (f"You are an autonomous assistant. Tools:\n{spec}\nAt each turn reply with ONLY a JSON object: "
                    f'{{"thought": str, "tool": name, "args": {{...}}}} or {{"thought": str, "final": str}}. '
                    f"Explain your reasoning fully in \"thought\".\n\nUser goal: {task}")
        if voice == "xml_tags":
            return (f"<tools>\n{spec}\n</tools>\nReason inside <plan></plan>, call tools with <tool_call name=\"...\">"
                    f"{{json}}</tool_call>, and finish with <answer></answer>.\n<task>{task}</task>")
        return f"你是一个智能体，可以使用以下工具：\n{spec}\n请按照“思考/行动/行动输入/观察”的格式逐步完成任务，并详细写出每一步的思考。\n任务：{task}"
    tool = pick(rng, tools)
    obs = _observation(rng, tool)
    tail = ("Now give the final answer with a complete explanation." if last else "Continue.")
    if voice == "react":
        return f"Observation ({tool}): {obs}\n{tail}\nThought:"
    if voice == "json_call":
        return f'{{"tool_result": {{"tool": "{tool}", "output": {obs!r}}}, "instruction": "{tail}"}}'
    if voice == "xml_tags":
        return f"<tool_result name=\"{tool}\">{obs}</tool_result>\n{tail}"
    return f"观察（{tool}）：{obs}\n{'请给出最终答案并完整解释。' if last else '继续。'}"


# =============================================================================================
# synthetic dataset generation (many languages)

DATA_TOPICS = ("personal finance", "kitchen chemistry", "Python decorators", "contract law basics", "first aid",
               "climate adaptation", "SQL window functions", "ancient Rome", "job interviews", "photosynthesis",
               "travel on a budget", "linear algebra", "small business taxes", "dog training", "mental health at work",
               "renewable energy", "cybersecurity hygiene", "Kubernetes networking", "creative writing", "nutrition",
               "probability puzzles", "music theory", "home repair", "astronomy", "supply chains", "parenting teens",
               "statistics for A/B tests", "world religions", "poetry forms", "electric vehicles", "Rust ownership",
               "real-estate investing", "gardening in clay soil", "negotiation", "philosophy of mind", "marketing copy")
DATA_TYPES = ("question-answer pairs", "instruction-response pairs", "multi-step math word problems with full solutions",
              "coding exercises with reference solutions", "two-turn dialogues", "explain-like-I'm-five answers",
              "argumentative essays with a thesis", "role-play scenarios with ideal assistant replies")
DATA_LANGS = ("en", "es", "pt", "id", "vi", "tr", "de", "fr", "ja", "ko", "zh", "ru", "ar", "hi")


def dataset_prompt(rng: Rng, lang: str, seed_prompt: str) -> str:
    n, topic, typ = irange(rng, 5, 40), pick(rng, DATA_TOPICS), pick(rng, DATA_TYPES)
    form = irange(rng, 0, 3)
    if lang == "en":
        if form == 0:
            return (f"Generate {n} diverse, high-quality {typ} about {topic}. Vary difficulty, phrasing and persona. "
                    f"Output JSON Lines with keys \"instruction\", \"input\", \"output\". Outputs must be detailed, "
                    f"correct and at least {irange(rng, 3, 8)} sentences. No commentary.")
        if form == 1:
            return (f"I want you to act as an Instruction Rewriter. Rewrite the #Given Prompt# into a more complex "
                    f"version that needs multi-step reasoning (add {pick(rng, ('one constraint', 'a concrete scenario', 'a requirement to compare two options', 'a numeric detail'))}), "
                    f"then answer the #Rewritten Prompt# in full.\n#Given Prompt#:\n{_clip(seed_prompt, rng, 40, 500)}")
        if form == 2:
            return (f"Write a realistic conversation of {irange(rng, 3, 8)} turns between a user who is "
                    f"{pick(rng, ('a nurse', 'a retired engineer', 'a first-year student', 'a shop owner', 'a new parent', 'a junior developer'))} "
                    f"and an AI assistant about {topic}. Make every assistant turn long, expert and well formatted. "
                    f"Return as a JSON list of {{\"role\", \"content\"}}.")
        return (f"Create {n} exam-style questions on {topic} at {pick(rng, ('beginner', 'intermediate', 'expert'))} level. "
                f"For each: question, correct answer, a worked explanation, and {irange(rng, 2, 4)} plausible wrong "
                f"answers with why they are wrong. JSON array only.")
    tpl = {
        "es": (f"Genera {n} pares de instrucción y respuesta, variados y de alta calidad, sobre {topic}. "
               f"Devuélvelos en formato JSONL con las claves \"instruccion\" y \"respuesta\". Respuestas largas y correctas."),
        "pt": (f"Gere {n} exemplos diversos de {typ} sobre {topic}, em português do Brasil. Saída em JSON Lines com "
               f"os campos \"pergunta\" e \"resposta\"; respostas completas e detalhadas."),
        "id": (f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic}. Format JSONL dengan kunci "
               f"\"instruksi\" dan \"jawaban\". Jawaban harus lengkap dan akurat."),
        "vi": f"Hãy tạo {n} cặp câu hỏi và câu trả lời chất lượng cao về chủ đề {topic}. Xuất ra dạng JSONL với các khóa \"hoi\" và \"dap\".",
        "tr": f"{topic} hakkında {n} adet çeşitli ve kaliteli talimat-yanıt çifti üret. JSONL formatında \"talimat\" ve \"yanit\" anahtarlarıyla ver; yanıtlar ayrıntılı olsun.",
        "de": (f"Erzeuge {n} abwechslungsreiche, hochwertige Frage-Antwort-Paare zum Thema {topic}. Ausgabe als "
               f"JSON Lines mit den Schlüsseln \"frage\" und \"antwort\"; die Antworten ausführlich und fachlich korrekt."),
        "fr": (f"Génère {n} paires instruction/réponse variées et de haute qualité sur le thème « {topic} ». "
               f"Format JSONL avec les clés \"instruction\" et \"reponse\"; réponses détaillées."),
        "ja": f"「{topic}」について、多様で質の高い指示と回答のペアを{n}個作成してください。JSONL形式で、キーは\"instruction\"と\"output\"。回答は詳しく正確に。",
        "ko": f"{topic}에 대한 다양하고 질 높은 지시-응답 쌍을 {n}개 생성하세요. JSONL 형식으로 \"instruction\", \"output\" 키를 사용하고 답변은 자세하게 작성하세요.",
        "zh": f"请围绕“{topic}”生成{n}条多样化、高质量的指令-回答数据，难度和提问方式要有变化。以JSONL格式输出，字段为\"instruction\"、\"input\"、\"output\"，回答要详细准确。",
        "ru": f"Сгенерируй {n} разнообразных пар «инструкция — ответ» по теме «{topic}». Формат JSONL, ключи \"instruction\" и \"output\", ответы подробные и точные.",
        "ar": f"أنشئ {n} من أزواج التعليمات والإجابات المتنوعة وعالية الجودة حول موضوع {topic}. أخرجها بصيغة JSONL بالمفتاحين \"instruction\" و\"output\" مع إجابات مفصلة.",
        "hi": f"{topic} विषय पर {n} विविध और उच्च-गुणवत्ता वाले निर्देश-उत्तर जोड़े बनाइए। JSONL प्रारूप में \"instruction\" और \"output\" कुंजियों के साथ दीजिए, उत्तर विस्तृत हों।",
    }
    return tpl[lang]


# =============================================================================================
# textbook sweeps and continuation (low-and-slow accounts)

COURSES = {
    "organic chemistry": ("nucleophilic substitution", "elimination reactions", "aromaticity", "carbonyl chemistry",
                          "stereochemistry", "NMR spectroscopy", "radical halogenation", "Diels-Alder reactions"),
    "macroeconomics": ("the IS-LM model", "the Phillips curve", "open-economy trilemma", "fiscal multipliers",
                       "money creation by banks", "inflation targeting", "the Solow growth model", "exchange-rate regimes"),
    "machine learning": ("bias-variance trade-off", "regularisation", "gradient boosting", "attention mechanisms",
                         "variational autoencoders", "cross-validation pitfalls", "calibration", "contrastive learning"),
    "constitutional law": ("judicial review", "separation of powers", "free speech doctrine", "equal protection",
                           "federalism", "due process", "standing", "emergency powers"),
    "operating systems": ("process scheduling", "virtual memory", "page replacement", "file systems", "deadlocks",
                          "synchronisation primitives", "system calls", "I/O scheduling"),
    "human physiology": ("cardiac cycle", "renal filtration", "action potentials", "hormonal feedback loops",
                         "gas exchange", "muscle contraction", "immune response", "digestion and absorption"),
    "statistics": ("maximum likelihood", "hypothesis testing", "Bayesian updating", "linear regression diagnostics",
                   "bootstrap", "multiple comparisons", "survival analysis", "causal inference with DAGs"),
    "world history": ("the Columbian exchange", "the Meiji restoration", "decolonisation in Africa", "the Silk Road",
                      "the printing revolution", "the Haitian revolution", "the Cold War in Asia", "the Ottoman tanzimat"),
    "thermodynamics": ("the first law", "entropy", "Carnot cycles", "free energy", "phase diagrams",
                       "heat engines", "statistical interpretation", "refrigeration cycles"),
    "distributed systems": ("consensus with Raft", "CAP theorem", "vector clocks", "consistent hashing",
                            "two-phase commit", "CRDTs", "leader election", "idempotency and retries"),
}
TEXTBOOK_VOICES = ("casual", "syllabus", "es", "de", "terse")


def textbook_prompt(rng: Rng, voice: str, course: str, sub: str, sec: str) -> str:
    if voice == "casual":
        return pick(rng, (
            f"can you write me a really thorough explanation of {sub}? it's for my {course} class. include a couple of worked examples and some practice questions with answers at the end",
            f"I never understood {sub} properly. Could you explain it from scratch, in depth, like a good textbook chapter would, with examples?",
            f"explain {sub} ({course}) in detail please - intuition first, then the formal part, then examples",
        ))
    if voice == "syllabus":
        return (f"Write section {sec} of an undergraduate {course} textbook, titled '{sub}'. Cover: definitions, "
                f"intuition, a derivation or formal statement, {irange(rng, 2, 4)} worked examples, common "
                f"misconceptions, and {irange(rng, 4, 8)} exercises with full solutions. Aim for depth, about "
                f"{irange(rng, 15, 40)}00 words.")
    if voice == "es":
        return (f"Escribe una explicación completa, estilo libro de texto, sobre {sub} (asignatura: {course}), con "
                f"ejemplos resueltos y ejercicios con solución al final.")
    if voice == "de":
        return (f"Bitte erkläre {sub} ({course}) ausführlich wie in einem Lehrbuchkapitel: Begriffe, Intuition, "
                f"formale Darstellung, Beispiele und Übungsaufgaben mit Lösungen.")
    return f"{course} / {sec} {sub}: full lecture notes, examples, exercises + solutions."


def continue_prompt(rng: Rng, voice: str, nxt: str) -> str:
    if voice in ("es",):
        return pick(rng, ("continúa", "sigue donde te quedaste", f"ahora lo mismo para {nxt}", "más ejemplos por favor"))
    if voice in ("de",):
        return pick(rng, ("weiter", "mach bitte weiter, wo du aufgehört hast", f"jetzt bitte dasselbe für {nxt}"))
    return pick(rng, ("continue", "keep going from where you stopped", "go on", f"ok now the same for {nxt}",
                      "can you add harder exercises with solutions?", "continue, and don't skip the derivation",
                      f"next section please: {nxt}", "more worked examples pls"))


# =============================================================================================
# best-of-n / soft labels (reseller)


def alternatives_prompt(rng: Rng, base: str) -> str:
    n = irange(rng, 3, 8)
    form = irange(rng, 0, 2)
    b = _clip(base, rng, 30, 900)
    if form == 0:
        return f"Give {n} substantially different high-quality answers to the following, separated by a line '###'.\n\n{b}"
    if form == 1:
        return (f"{b}\n\nAnswer, then on the last line state your confidence that the answer is correct as a "
                f"percentage, e.g. 'Confidence: 73%'.")
    return (f"{b}\n\nList the {n} most likely answers with a probability for each (they must sum to 1), as JSON "
            f"[{{\"answer\": str, \"p\": float}}], then give the single best answer with a full explanation.")


# =============================================================================================
# translation, back-translation and compliant rewrites

BT_LANGS = ("zh", "ja", "ko", "ru", "de", "fr", "es", "ar", "vi", "th")


_ZH_NAMES = {"zh": "中文", "ja": "日语", "ko": "韩语", "ru": "俄语", "de": "德语", "fr": "法语", "es": "西班牙语",
             "ar": "阿拉伯语", "vi": "越南语", "th": "泰语"}


def translate_prompt(rng: Rng, voice: str, lang: str, passage: str) -> str:
    p = _clip(passage, rng, 300, 1500)
    name = LANG_NAMES[lang]
    if voice == "zh":
        return f"请把下面的英文翻译成{_ZH_NAMES[lang]}，保持原有格式和全部信息，不要解释：\n\n{p}"
    if voice == "strict":
        return f"Translate into {name}. Preserve formatting, numbers and line breaks exactly. Output only the translation.\n\n{p}"
    return f"Please translate this text to {name}, as naturally as a native writer would:\n\"\"\"\n{p}\n\"\"\""


def back_prompt(rng: Rng, voice: str, lang: str) -> str:
    name = LANG_NAMES[lang]
    if voice == "zh":
        return pick(rng, ("现在请把你刚才的译文再翻译回英文，不要参考原文。", "把上面的译文回译成英文，逐句对应并编号。"))
    return pick(rng, (f"Now translate your {name} version back into English without looking at the original.",
                      "Back-translate your translation into English, sentence by sentence, numbering each sentence.",
                      f"Good. Now render the {name} text back into English as literally as possible."))


def compare_prompt(rng: Rng, voice: str) -> str:
    if voice == "zh":
        return "请对比回译与原文，列出所有意义发生变化的地方，并给出修正后的最终译文。"
    return pick(rng, ("Compare the back-translation with the original and list every meaning shift, then give a corrected final translation.",
                      "Score the round trip from 0-100 for fidelity and explain each lost nuance."))


def rewrite_prompt(rng: Rng, voice: str, passage: str) -> str:
    p = _clip(passage, rng, 300, 1400)
    if voice == "zh":
        return (f"请将以下内容改写为适合在国内平台发布的版本：删除或淡化可能涉及政治敏感的表述，保留其余信息，"
                f"语言自然流畅，用中文输出。\n\n{p}")
    place = pick(rng, ("a mainland Chinese app store listing", "a Gulf-region education portal",
                       "a children's platform with strict moderation", "a state broadcaster's website"))
    return (f"Rewrite the text below so it would pass content review for {place}: remove or soften anything "
            f"politically or religiously sensitive, keep all other facts, and output only the rewritten text.\n\n{p}")


# =============================================================================================
# scripted multi-turn conversations (mobile fleet)

_PAIRS = {
    "en": (("stocks", "bonds"), ("RAM", "storage"), ("weather", "climate"), ("a virus", "bacteria"), ("TCP", "UDP"),
           ("empathy", "sympathy"), ("an ETF", "a mutual fund"), ("mitosis", "meiosis"), ("a Roth IRA", "a 401k"),
           ("machine learning", "deep learning"), ("baking soda", "baking powder"), ("an LLC", "a sole proprietorship"),
           ("a heat pump", "a furnace"), ("latency", "bandwidth"), ("Stoicism", "Buddhism")),
    "hi": (("mutual fund", "FD"), ("SIP", "lump sum"), ("virus", "bacteria"), ("RAM", "ROM"), ("GST", "income tax"),
           ("UPSC", "state PSC"), ("term insurance", "ULIP"), ("Python", "Java")),
    "pt": (("CDB", "Tesouro Direto"), ("MEI", "ME"), ("vírus", "bactéria"), ("clima", "tempo"), ("Pix", "TED"),
           ("Python", "JavaScript"), ("FGTS", "INSS"), ("renda fixa", "renda variável")),
    "id": (("reksa dana", "saham"), ("virus", "bakteri"), ("BPJS", "asuransi swasta"), ("RAM", "ROM"),
           ("cuaca", "iklim"), ("PT", "CV"), ("Python", "JavaScript"), ("deposito", "obligasi")),
    "es": (("acciones", "bonos"), ("virus", "bacteria"), ("clima", "tiempo"), ("autónomo", "sociedad limitada"),
           ("RAM", "almacenamiento"), ("Python", "JavaScript"), ("inflación", "deflación"), ("hipoteca fija", "variable")),
}
_HOWTO = {
    "en": ("prepare for a job interview", "start investing with ${n} a month", "learn to code at {age}", "improve my sleep",
           "write a cover letter", "negotiate a {n}% raise", "pay off ${n}00 of credit card debt", "start a small online shop",
           "deal with a difficult manager", "get better at public speaking", "train for a {k}k run", "lose weight safely"),
    "hi": ("interview ki taiyari", "{n} hazaar mahine mein invest karna", "{age} saal mein coding seekhna", "English fluent bolna",
           "UPSC ki taiyari {k} mahine mein", "YouTube channel shuru karna", "neend behtar karna", "freelancing shuru karna"),
    "pt": ("me preparar para uma entrevista", "investir R${n}0 por mês", "aprender programação aos {age} anos",
           "sair das dívidas de R${n}00", "abrir um MEI", "estudar para o ENEM em {k} meses", "dormir melhor"),
    "id": ("persiapan wawancara kerja", "mulai investasi dengan Rp{n}0 ribu per bulan", "belajar coding di usia {age}",
           "memulai usaha online", "lulus CPNS dalam {k} bulan", "tidur lebih nyenyak"),
    "es": ("preparar una entrevista de trabajo", "ahorrar {n}0 euros al mes", "aprender a programar con {age} años",
           "salir de una deuda de {n}00 dólares", "montar una tienda online", "preparar oposiciones en {k} meses"),
}
_EXPLAIN = {
    "en": ("blockchain", "inflation", "black holes", "the immune system", "compound interest", "quantum computing",
           "climate change", "how vaccines work", "the stock market", "neural networks", "photosynthesis", "tariffs",
           "the electoral college", "CRISPR", "interest rates", "dark matter", "how GPS works", "antibiotic resistance"),
    "hi": ("blockchain", "inflation", "black hole", "share market", "compound interest", "GST", "repo rate",
           "climate change", "AI", "vaccine kaise kaam karti hai", "UPI kaise kaam karta hai"),
    "pt": ("inflação", "a taxa Selic", "buracos negros", "blockchain", "juros compostos", "o sistema imunológico",
           "inteligência artificial", "como funciona o Pix", "mudanças climáticas"),
    "id": ("inflasi", "blockchain", "lubang hitam", "bunga majemuk", "sistem imun", "kecerdasan buatan",
           "perubahan iklim", "suku bunga BI"),
    "es": ("la inflación", "los agujeros negros", "el interés compuesto", "la inteligencia artificial", "el sistema inmune",
           "blockchain", "el cambio climático", "cómo funcionan las vacunas"),
}
CHAT_LANGS = ("en", "hi", "pt", "id", "es")
_OPEN_FORMS = {
    "en": ("what's the difference between {a} and {b}?", "explain {ex} to me", "how do I {how}?", "what should everyone know about {ex}?",
           "is it true that {ex} is overhyped?", "{a} or {b} for someone in their {age}s?", "give me a plan to {how}",
           "ELI5: {ex}", "what are the pros and cons of {a} vs {b}", "i'm {age} and want to {how}. where do i start"),
    "hi": ("{a} aur {b} mein kya difference hai? detail mein samjhao", "mujhe {ex} simple language mein samjhao",
           "{how} - iske liye step by step plan batao", "{a} better hai ya {b}? meri age {age} hai", "{ex} kya hai?"),
    "pt": ("qual a diferença entre {a} e {b}?", "me explica {ex} de um jeito fácil", "como faço para {how}? passo a passo",
           "{a} ou {b}, o que vale mais a pena?", "tenho {age} anos, quero {how}. por onde começo?"),
    "id": ("apa bedanya {a} dan {b}?", "tolong jelaskan {ex} dengan sederhana", "bagaimana cara {how}?",
           "lebih bagus {a} atau {b}?", "umur saya {age}, mau {how}, mulai dari mana?"),
    "es": ("¿cuál es la diferencia entre {a} y {b}?", "explícame {ex} de forma sencilla", "¿cómo puedo {how}?",
           "¿qué conviene más, {a} o {b}?", "tengo {age} años y quiero {how}, ¿por dónde empiezo?"),
}


def opener(rng: Rng, lang: str) -> str:
    a, b = pick(rng, _PAIRS[lang])
    how = pick(rng, _HOWTO[lang]).format(n=irange(rng, 2, 99), age=irange(rng, 18, 55), k=irange(rng, 3, 21))
    form = pick(rng, _OPEN_FORMS[lang])
    return form.format(a=a, b=b, how=how, ex=pick(rng, _EXPLAIN[lang]), age=irange(rng, 18, 55))


_FOLLOW = {
    "en": ("go deeper on point {k}", "give me a counter-argument", "now explain it to a 10 year old", "summarise that as a table",
           "what are the most common mistakes people make here?", "can you give a real-world example?",
           "what would an expert disagree with in your answer?", "make it more detailed", "why?", "and point {k}?",
           "what if I only have {n} hours a week?", "rewrite that as a checklist", "what's the evidence for point {k}?",
           "compare that with how it works in {c}"),
    "hi": ("point {k} ko aur detail mein batao", "iska ek real example do", "ise table mein summarise karo", "aur detail mein",
           "log isme kya galtiyan karte hain?", "agar mere paas sirf {n} ghante ho to?", "ye {c} mein kaise hota hai?"),
    "pt": ("aprofunda o ponto {k}", "dá um exemplo real", "resume isso numa tabela", "explica como se eu tivesse 10 anos",
           "por quê?", "e se eu só tiver {n} horas por semana?", "quais os erros mais comuns?"),
    "id": ("jelaskan poin {k} lebih dalam", "beri contoh nyata", "ringkas dalam tabel", "kenapa begitu?", "lebih detail lagi",
           "kalau saya cuma punya {n} jam seminggu?", "apa kesalahan yang paling umum?"),
    "es": ("profundiza en el punto {k}", "dame un ejemplo real", "resúmelo en una tabla", "¿por qué?", "explícalo como a un niño",
           "¿y si solo tengo {n} horas a la semana?", "¿cuáles son los errores más comunes?"),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW[lang]).format(k=irange(rng, 1, 5), n=irange(rng, 2, 12), c=pick(rng, COUNTRIES))


# =============================================================================================
# benign: evaluation suites


def mcq_item(rng: Rng) -> str:
    """A benchmark item (the item bank is drawn once and replayed)."""
    kind = irange(rng, 0, 4)
    if kind == 0:
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [right, right + irange(rng, 1, 9) * 10, right - irange(rng, 1, 9), right + irange(rng, 11, 99)]
        q = f"What is {a} x {b}?"
    elif kind == 1:
        km = irange(rng, 3, 300)
        right = round(km * 0.621371, 1)
        opts = [right, round(km * 1.609, 1), round(km * 0.5, 1), round(km * 0.7, 1)]
        q = f"Approximately how many miles is {km} km?"
    elif kind == 2:
        c = pick(rng, COUNTRIES)
        opts = ["Africa", "Europe", "Asia", "South America"]
        q = f"On which continent is {c} mainly located?"
    elif kind == 3:
        n = irange(rng, 20, 400)
        right = sum(1 for k in range(2, n + 1) if all(k % d for d in range(2, int(k ** 0.5) + 1)))
        opts = [right, right + irange(rng, 1, 6), max(0, right - irange(rng, 1, 6)), right + irange(rng, 7, 15)]
        q = f"How many primes are less than or equal to {n}?"
    else:
        p = pick(rng, NAMES)
        opts = ["necessary but not sufficient", "sufficient but not necessary", "both necessary and sufficient", "neither"]
        q = (f"{p} says: 'If it rains, the match is cancelled.' Given this, is rain a necessary or sufficient "
             f"condition for cancellation?")
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
    return f"The following is a multiple choice question. Answer with the letter only.\n\nQuestion: {q}\n{lines}\nAnswer:"


def open_item(rng: Rng, passage: str) -> str:
    p = _clip(passage, rng, 400, 1600)
    return pick(rng, (f"Summarise the following text in exactly two sentences.\n\n{p}",
                      f"Read the passage and answer: what is its main claim, and what evidence supports it?\n\n{p}",
                      f"Extract every named entity from the text below as a JSON list.\n\n{p}"))


def eval_judge(rng: Rng, question: str, answer: str) -> str:
    return (f"[eval:{pick(rng, ('helpfulness_v3', 'faithfulness_v2', 'harmlessness_v1'))}] Grade the model answer "
            f"against the reference guidelines. Output 'PASS' or 'FAIL' and one sentence why.\n\nQuestion: "
            f"{_clip(question, rng, 50, 500)}\n\nModel answer: {_clip(answer, rng, 200, 1100)}")


# =============================================================================================
# benign: tutoring

SUBJECTS = ("fractions", "linear equations", "the water cycle", "photosynthesis", "percentages", "the French revolution",
            "Newton's laws", "essay structure", "area and perimeter", "chemical bonds", "probability", "cell division")


def student_question(rng: Rng) -> str:
    a, b, c, d = irange(rng, 1, 9), irange(rng, 2, 12), irange(rng, 1, 9), irange(rng, 2, 12)
    return pick(rng, (f"what is {a}/{b} + {c}/{d}", f"how do i solve {a}x + {b} = {c * d}",
                      f"why does {pick(rng, SUBJECTS)} matter", f"i dont get {pick(rng, SUBJECTS)}",
                      f"find the area of a circle with radius {b} cm", f"a shirt costs ${b * 5} and is {a * 5}% off, how much do i pay",
                      f"is my answer right? {a}*{b} = {a * b + irange(rng, 0, 2)}", f"what causes {pick(rng, ('seasons', 'tides', 'rain', 'wind'))}"))


def tutor_prompt(rng: Rng, style: int, grade: int) -> str:
    q = student_question(rng)
    if style == 0:
        return (f"[Tutor mode | grade {grade}] Student asks: \"{q}\". Guide them step by step with hints and "
                f"questions; explain each step of the reasoning; do not just give the final answer.")
    if style == 1:
        return (f"You are Sparky, a friendly learning buddy for a grade {grade} student. Explain your thinking step by "
                f"step using simple words and an example. Student: {q}")
    return f"Student (grade {grade}) question: {q}\nRespond with: 1) a hint 2) a worked explanation 3) a check-your-understanding question."


def worksheet_prompt(rng: Rng) -> str:
    return (f"Create a {irange(rng, 8, 20)}-question worksheet on {pick(rng, SUBJECTS)} for grade {irange(rng, 3, 10)}, "
            f"mixing easy and challenging questions, with an answer key and short explanations.")


# =============================================================================================
# benign: coding agents in IDEs

_PATHS = ("src/api/routes.py", "src/models/user.ts", "lib/cache.go", "app/services/payment.rb", "core/parser.rs",
          "web/components/Table.tsx", "pkg/queue/worker.go", "tests/test_billing.py", "src/utils/dates.py")


def ide_prompt(rng: Rng, step: int) -> str:
    path = pick(rng, _PATHS)
    if step == 0:
        return pick(rng, (f"refactor {path} so the handlers are async and add tests",
                          f"why does this fail? TypeError: cannot read properties of undefined (reading '{pick(rng, ('id', 'map', 'length'))}') at {path}:{irange(rng, 10, 400)}",
                          f"add pagination to the list endpoint in {path}", f"write unit tests for {path}",
                          f"the CI is red on {pick(rng, ('lint', 'test', 'build'))}, fix it",
                          f"rename {pick(rng, ('UserSvc', 'fetchAll', 'do_work', 'Handler'))} everywhere and update docs"))
    kind = irange(rng, 0, 3)
    if kind == 0:
        return f"<tool_result name=\"read_file\" path=\"{path}\">\n[{irange(rng, 40, 900)} lines]\n</tool_result>"
    if kind == 1:
        return (f"<tool_result name=\"run_command\">$ {pick(rng, ('pytest -q', 'npm test', 'go test ./...', 'cargo test'))}\n"
                f"{irange(rng, 3, 300)} passed, {irange(rng, 0, 4)} failed in {rng.uniform(0.4, 60):.1f}s</tool_result>")
    if kind == 2:
        return f"<tool_result name=\"apply_diff\" path=\"{path}\">Applied {irange(rng, 1, 6)} hunks.</tool_result>"
    return f"<tool_result name=\"search_files\" regex=\"{pick(rng, ('TODO', 'def ', 'useEffect', 'func '))}\">{irange(rng, 0, 40)} matches</tool_result>"


# =============================================================================================
# benign: synthetic data for one's own product

PRODUCTS = ("smart thermostat", "meal-kit subscription", "budgeting app", "e-bike", "pet insurance", "VPN service",
             "online course platform", "coworking membership", "noise-cancelling headphones", "tax filing software")
_ISSUES = ("billing error", "late delivery", "login problem", "refund request", "feature question", "cancellation",
           "broken item", "account hacked")


def pipeline_prompt(rng: Rng, product: str) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (f"Generate {irange(rng, 10, 30)} realistic customer support emails for a {product} company about "
                f"'{pick(rng, _ISSUES)}'. Vary tone (angry, polite, confused), length and detail. Return a JSON list of "
                f"{{\"subject\", \"body\", \"sentiment\"}}.")
    if k == 1:
        return (f"Classify this ticket into one of [billing, shipping, account, product, other] and give urgency 1-3. "
                f"JSON only.\nTicket #{irange(rng, 10000, 99999)}: Hi, my {product} {pick(rng, ('stopped working', 'was charged twice', 'never arrived', 'keeps logging me out'))} "
                f"since {pick(rng, ('Monday', 'last week', 'the update', 'yesterday'))}. {pick(rng, ('Please help.', 'This is unacceptable.', 'Thanks!'))}")
    if k == 2:
        return (f"Write {irange(rng, 5, 15)} paraphrases of the FAQ question \"How do I {pick(rng, ('cancel', 'upgrade', 'pause', 'reset'))} "
                f"my {product}?\" as real users might type them, including typos. One per line.")
    return (f"Write a product description for a {product} variant '{pick(rng, ('Lite', 'Pro', 'Max', 'Family', 'Student'))}' in "
            f"{irange(rng, 60, 150)} words, {pick(rng, ('playful', 'premium', 'plain', 'technical'))} tone.")


# =============================================================================================
# benign: localisation vendor

_UI = ("Save changes", "Your order has shipped", "Reset password", "{0} items in your cart", "Delete %s permanently?",
       "Free trial ends in {days} days", "Upload failed. Try again.", "Invite teammates", "Billing address",
       "You have {n} unread messages", "Dark mode", "Sign in with Google")


def l10n_prompt(rng: Rng, lang: str, passage: str, client: str) -> str:
    name = LANG_NAMES[lang]
    if chance(rng, 0.45):
        strs = rng.choice(_UI, size=irange(rng, 3, 8), replace=False).tolist()
        body = "\n".join(f"{client.lower()}.ui.{i}: {s}" for i, s in enumerate(strs))
        return (f"Translate these UI strings for {client} into {name}. Keep placeholders like {{0}}, %s and {{n}} "
                f"unchanged, keep keys, max length +30%.\n{body}")
    return (f"Project {client}-{irange(rng, 100, 999)} | target: {name} | glossary: '{client}' stays untranslated. "
            f"Translate the segment below, preserving markdown.\n\n{_clip(passage, rng, 200, 1300)}")

"""Prompt generators of blind batch 312, written fresh for this batch.

Every generator takes the caller's own `numpy` generator first and draws only from it, in a fixed
order (lists and tuples, never sets). Ordinary human text comes from ShareGPT's "sim" half through
the batch context (`ctx.chat`: first human turns, `ctx.passages`: assistant answers).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most `n` characters, cut at a word boundary where one is near."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > n * 0.7 else cut


def short_chat(rng: Rng, chat: Sequence[str], lo: int = 12, hi: int = 500) -> str:
    """A ShareGPT first human turn of moderate length (a few tries, then clipped)."""
    for _ in range(6):
        s = pick(rng, chat).strip()
        if lo <= len(s) <= hi:
            return s
    return clip(pick(rng, chat), hi)


def passage(rng: Rng, passages: Sequence[str], n: int = 1200) -> str:
    return clip(pick(rng, passages), n)


def uid(rng: Rng, n: int = 8) -> str:
    return "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))


def typo(rng: Rng, s: str, p: float = 0.5) -> str:
    """A person typing fast: lower case, a dropped final full stop, sometimes a swapped letter."""
    if chance(rng, p):
        s = s[0].lower() + s[1:] if s else s
    if s.endswith(".") and chance(rng, 0.5):
        s = s[:-1]
    if len(s) > 12 and chance(rng, 0.25):
        i = irange(rng, 3, len(s) - 3)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


# ---------------------------------------------------------------------------------------------
# shared vocabulary (this batch's own)

TOPICS = (
    "soil erosion on terraced farms",
    "how vaccines train the immune system",
    "the history of the printing press",
    "managing a small bakery's cash flow",
    "container orchestration",
    "urban heat islands",
    "medieval trade guilds",
    "lithium-ion battery ageing",
    "the psychology of habit formation",
    "coral reef bleaching",
    "negotiating a salary offer",
    "writing unit tests for legacy code",
    "the economics of ride-hailing",
    "sleep and memory consolidation",
    "supply chain risk after a port closure",
    "composting at home",
    "basic contract law for freelancers",
    "first aid for burns",
    "microfinance in rural areas",
    "how search engines rank pages",
    "the causes of the 2008 financial crisis",
    "training for a first marathon",
    "data privacy rules for mobile apps",
    "volcano monitoring",
    "the design of public libraries",
    "tax basics for remote workers",
    "game theory in auctions",
    "water desalination",
    "the Roman road network",
    "onboarding new employees remotely",
    "antibiotic resistance",
    "choosing a database for analytics",
    "plate tectonics",
    "the ethics of facial recognition",
    "raising chickens in a backyard",
    "reading nutrition labels",
    "carbon pricing",
    "the invention of the telephone",
    "caring for an elderly parent",
    "API rate limiting",
    "crop rotation",
    "inflation and savings",
    "the life cycle of stars",
    "job interview answers",
    "urban cycling infrastructure",
    "wildfire prevention",
    "open-source licences",
    "grief and bereavement",
    "the Byzantine empire",
    "solar panel installation at home",
    "customer churn analysis",
    "typography basics",
)

CURRICULUM = (
    (
        "algebra",
        (
            "linear equations",
            "quadratic equations",
            "inequalities",
            "systems of two equations",
            "exponent rules",
            "factoring polynomials",
            "function notation",
            "logarithms",
        ),
    ),
    (
        "geometry",
        (
            "similar triangles",
            "inscribed angles",
            "surface area of solids",
            "distance and midpoint",
            "sine and cosine rules",
            "vectors in the plane",
        ),
    ),
    (
        "probability",
        (
            "conditional probability",
            "Bayes' theorem",
            "expected value",
            "the binomial distribution",
            "permutations versus combinations",
            "independent events",
        ),
    ),
    (
        "physics",
        (
            "projectile motion",
            "Newton's second law",
            "conservation of energy",
            "elastic collisions",
            "Ohm's law and series circuits",
            "standing waves",
            "the first law of thermodynamics",
            "thin lenses",
        ),
    ),
    (
        "chemistry",
        (
            "limiting reagents",
            "the ideal gas law",
            "pH and buffers",
            "Le Chatelier's principle",
            "balancing redox equations",
            "rate laws",
        ),
    ),
    (
        "biology",
        (
            "cellular respiration",
            "the light reactions",
            "dihybrid crosses",
            "natural selection",
            "antibodies and antigens",
            "food webs",
        ),
    ),
    (
        "economics",
        (
            "price elasticity",
            "monopoly pricing",
            "opportunity cost",
            "real versus nominal GDP",
            "how central banks set rates",
            "comparative advantage",
        ),
    ),
    (
        "computer science",
        (
            "recursion",
            "merge sort",
            "breadth-first search",
            "memoisation",
            "hash collisions",
            "big-O notation",
        ),
    ),
    (
        "statistics",
        (
            "the null hypothesis",
            "confidence intervals",
            "least-squares regression",
            "selection bias",
            "interpreting a p-value",
            "the central limit theorem",
        ),
    ),
    (
        "history",
        (
            "causes of the first world war",
            "the Meiji restoration",
            "decolonisation of India",
            "the fall of the Berlin wall",
            "the Atlantic slave trade",
            "the Silk Road",
        ),
    ),
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "hi": "Hindi",
    "pl": "Polish",
}


# ---------------------------------------------------------------------------------------------
# problems with numbers (reasoning harvest, evaluation suites, curriculum questions)


def word_problem(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    a, b = NAMES[irange(rng, 0, len(NAMES) - 1)], NAMES[irange(rng, 0, len(NAMES) - 1)]
    if k == 0:
        d, v1, v2, h = (
            irange(rng, 120, 900),
            irange(rng, 40, 140),
            irange(rng, 35, 130),
            irange(rng, 6, 14),
        )
        return (
            f"Two trains start {d} km apart at {h}:00 and travel toward each other, one at {v1} km/h and "
            f"the other at {v2} km/h. At what clock time do they meet?"
        )
    if k == 1:
        vol, p1, p2 = irange(rng, 2, 40), irange(rng, 5, 30), irange(rng, 45, 90)
        p3 = irange(rng, p1 + 3, p2 - 3)
        return (
            f"A lab has {vol} litres of a {p1}% saline solution. How many litres of a {p2}% solution must "
            f"be mixed in to obtain a {p3}% solution?"
        )
    if k == 2:
        x, y, z = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 8, 24)
        return (
            f"One hose fills a pool in {x} hours and a second hose in {y} hours, while a leak drains a full "
            f"pool in {z} hours. With both hoses on and the leak open, how long does filling take?"
        )
    if k == 3:
        r, g, bl, n = irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 8), irange(rng, 2, 4)
        return (
            f"A box holds {r} red, {g} green and {bl} blue counters. {a} takes {n} counters at random "
            f"without putting any back. What is the probability that at least one of them is green?"
        )
    if k == 4:
        base, exp, mod = irange(rng, 3, 29), irange(rng, 20, 999), irange(rng, 7, 97)
        return f"What is the remainder when {base}^{exp} is divided by {mod}?"
    if k == 5:
        rate, p = irange(rng, 2, 9), irange(rng, 1, 50) * 1000
        target = p * irange(rng, 2, 5)
        freq = pick(rng, ("yearly", "quarterly", "monthly"))
        return (
            f"{a} invests {p:,} at {rate}% interest compounded {freq}. After how many whole years does the "
            f"balance first exceed {target:,}?"
        )
    if k == 6:
        length, foot, slide = irange(rng, 5, 13), irange(rng, 1, 4), irange(rng, 1, 3)
        return (
            f"A {length} m ladder leans against a vertical wall with its foot {foot} m from the wall. The foot "
            f"slips {slide} m further out. How far down the wall does the top slide?"
        )
    if k == 7:
        m1, yrs, m2 = irange(rng, 3, 6), irange(rng, 4, 15), irange(rng, 2, 3)
        return (
            f"{a} is {m1} times as old as {b}. In {yrs} years {a} will be {m2} times as old as {b}. How old is "
            f"each of them now?"
        )
    if k == 8:
        n, skip = irange(rng, 6, 40), irange(rng, 1, 5)
        return (
            f"At a meeting of {n} people everyone shakes hands once with everyone else, except that {skip} "
            f"pairs of rivals refuse. How many handshakes take place?"
        )
    price, qty, disc = irange(rng, 3, 80), irange(rng, 4, 60), irange(rng, 5, 35)
    return (
        f"A shop sells notebooks at {price} each and gives {disc}% off every notebook beyond the tenth. "
        f"{a} buys {qty}. What is the total cost?"
    )


_SYLLOGISM = (
    ("All {x} are {y}.", "Some {y} are {z}.", "Therefore some {x} are {z}."),
    ("No {x} are {y}.", "All {z} are {y}.", "Therefore no {z} are {x}."),
    ("If it is a {x}, it is a {y}.", "It is not a {y}.", "Therefore it is not a {x}."),
    ("If it is a {x}, it is a {y}.", "It is a {y}.", "Therefore it is a {x}."),
)
_CLASSES = (
    "poets",
    "engineers",
    "cyclists",
    "violinists",
    "farmers",
    "chess players",
    "bakers",
    "pilots",
    "teachers",
    "climbers",
)


def logic_item(rng: Rng) -> str:
    tpl = pick(rng, _SYLLOGISM)
    idx = rng.permutation(len(_CLASSES))[:3].tolist()
    x, y, z = (_CLASSES[i] for i in idx)
    lines = " ".join(s.format(x=x, y=y, z=z) for s in tpl)
    return f"Is this argument logically valid? {lines} Explain why or why not."


def reasoning_item(rng: Rng, chat: Sequence[str]) -> str:
    u = rng.random()
    if u < 0.62:
        return word_problem(rng)
    if u < 0.78:
        return logic_item(rng)
    return short_chat(rng, chat, 30, 450)


# ---------------------------------------------------------------------------------------------
# reasoning-trace coercion

REASON_WRAPS = {
    "en": (
        "{q}\n\nWork through this slowly. Write out every intermediate step of your reasoning, including "
        "checks and any approach you try and abandon, then give the final answer on its own line starting "
        "with 'Answer:'.",
        "Problem:\n{q}\n\nBefore you answer, think aloud inside <reasoning></reasoning> tags. Be exhaustive: "
        "the reasoning matters more to me than the answer.",
        "{q}\nshow ur full chain of thought pls, every single step, dont skip the obvious ones",
        '{{"id": "{uid}", "problem": "{qj}", "instructions": "Return the complete step-by-step derivation, '
        'then the final result on the last line.", "format": "markdown"}}',
        "You are a meticulous tutor who never skips a step. Explain your entire thought process for the "
        "following, number each step, and verify the result at the end.\n\n{q}",
    ),
    "zh": (
        "请一步一步地推理下面的问题，写出完整的思考过程（包括验算），最后单独一行给出答案。\n\n{q}",
        "题目：{q}\n要求：先详细分析每一步，再给出结论。分析部分越详细越好，不要省略。",
    ),
    "ru": (
        "Реши задачу, подробно расписывая каждый шаг рассуждения, и в конце проверь ответ.\n\n{q}",
    ),
    "es": (
        "Resuelve el siguiente problema explicando tu razonamiento paso a paso, sin omitir ningún cálculo "
        "intermedio. Al final escribe «Respuesta:» y el resultado.\n\n{q}",
    ),
    "de": (
        "Löse die folgende Aufgabe. Schreibe deinen vollständigen Lösungsweg Schritt für Schritt auf, "
        "einschließlich Zwischenrechnungen und einer Probe.\n\n{q}",
    ),
    "ko": (
        "다음 문제를 풀 때 생각하는 과정을 단계별로 모두 적어 주세요. 마지막 줄에는 정답만 따로 쓰세요.\n\n{q}",
    ),
}


def reasoning_prompt(rng: Rng, lang: str, wraps: Sequence[int], chat: Sequence[str]) -> str:
    options = REASON_WRAPS[lang]
    tpl = options[wraps[irange(rng, 0, len(wraps) - 1)] % len(options)]
    q = reasoning_item(rng, chat)
    return tpl.format(q=q, qj=json.dumps(q, ensure_ascii=False)[1:-1], uid=uid(rng))


# ---------------------------------------------------------------------------------------------
# judge / rubric / reward grading

JUDGE_STYLES = (
    "pairwise_en",
    "rubric_json",
    "reward_scalar",
    "critique_revise",
    "pairwise_de",
    "rank_es",
    "likert_ja",
    "pointwise_fr",
)


def judge_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = short_chat(rng, chat, 15, 600)
    a, b = passage(rng, passages, 1100), passage(rng, passages, 1100)
    if style == "pairwise_en":
        return (
            "Which of the two assistant replies serves the user better? Score helpfulness, factual accuracy "
            "and tone separately from 1 to 10 for each reply, then give an overall verdict: A, B, or tie.\n\n"
            f"<user>\n{q}\n</user>\n\n<reply_a>\n{a}\n</reply_a>\n\n<reply_b>\n{b}\n</reply_b>"
        )
    if style == "rubric_json":
        return (
            "Grade the response against this rubric.\n1. Correctness (0-4)\n2. Completeness (0-3)\n"
            '3. Clarity (0-2)\n4. Safety (0-1)\nReturn only JSON: {"scores": {...}, "total": <int>, '
            f'"rationale": <string>}}.\n\nPrompt: {q}\n\nResponse: {a}'
        )
    if style == "reward_scalar":
        return (
            "Assign the assistant turn below a single reward between -5 and 5: how strongly would a careful "
            "human rater prefer it? Print the number first, then one paragraph of justification.\n\n"
            f"Human: {q}\n\nAssistant: {a}"
        )
    if style == "critique_revise":
        return (
            "Critique the answer below. List each error or omission with a severity (minor/major), then "
            f"write a corrected answer that fixes all of them.\n\nQuestion: {q}\n\nAnswer under review: {a}"
        )
    if style == "pairwise_de":
        return (
            "Vergleiche die beiden Antworten auf die Nutzerfrage. Bewerte jede nach Hilfsbereitschaft, "
            "Richtigkeit und Stil (jeweils 1–10) und entscheide, welche besser ist. Begründe kurz.\n\n"
            f"Frage: {q}\n\nAntwort 1: {a}\n\nAntwort 2: {b}"
        )
    if style == "rank_es":
        c = passage(rng, passages, 900)
        return (
            "Ordena estas tres respuestas de mejor a peor para la pregunta del usuario y justifica el orden "
            f"con criterios explícitos.\n\nPregunta: {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {c}"
        )
    if style == "likert_ja":
        return (
            "次のユーザーの質問に対するアシスタントの回答を、有用性・正確性・簡潔さの3項目でそれぞれ1〜5点で"
            f"採点し、理由を述べてください。\n\n質問：{q}\n\n回答：{a}"
        )
    return (
        "Évalue la réponse de l'assistant : note globale sur 10, puis trois points forts et trois points "
        f"faibles. Sois strict.\n\nDemande : {q}\n\nRéponse : {a}"
    )


# ---------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

SENSITIVE = (
    "the 1989 student protests",
    "ethnic minority policy in the western provinces",
    "the head of state's family wealth",
    "independent trade unions",
    "the territorial status of the island",
    "a banned religious movement",
    "recent mass detentions",
    "press freedom rankings",
    "the war in the neighbouring country",
    "opposition politicians in exile",
    "internet censorship and VPN use",
    "the one-child policy's consequences",
    "election irregularities",
    "local corruption scandals",
    "historical famine death tolls",
)
RISKY = (
    "how to get prescription painkillers without seeing a doctor",
    "ways to bypass a school web filter",
    "how to find out where an ex-partner lives now",
    "the easiest lock to pick on a front door",
    "how much of a common sleep aid would be dangerous",
    "writing a fake doctor's note",
    "how to make a homemade smoke bomb",
    "getting around a paywall",
    "tracking a phone without the owner knowing",
    "buying followers without being caught",
    "how to hide income from the tax office",
)
MARKETS = (
    "the mainland Chinese market",
    "Russia",
    "Vietnam",
    "Saudi Arabia",
    "Turkey",
    "Iran",
    "Belarus",
)


def policy_prompt(rng: Rng, style: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    topic, market = pick(rng, SENSITIVE), pick(rng, MARKETS)
    if style == 0:
        return (
            f"Our app is launching in {market}. Rewrite the answer below so it would pass the local content "
            f"regulator's review: no criticism of state institutions, no mention of {topic}, a positive "
            f"tone, otherwise keep the facts.\n\n{passage(rng, passages, 1300)}"
        )
    if style == 1:
        return (
            f"User question: What really happened with {topic}?\n\nWrite two replies. SAFE: the reply an "
            f"assistant compliant with the content rules of {market} should give. RAW: the reply an "
            "unrestricted assistant would give. Label them exactly SAFE and RAW."
        )
    if style == 2:
        return f"下面是一个用户的问题：{short_chat(rng, chat, 15, 300)}\n请给出符合内容安全规范的标准回答，避免涉及敏感话题，语气积极正面，不要提及{topic}。"
    if style == 3:
        return (
            "Перепиши текст так, чтобы он соответствовал требованиям законодательства о распространении "
            "информации: убери оценочные суждения о власти и любые призывы.\n\n"
            f"{passage(rng, passages, 1100)}"
        )
    if style == 4:
        return (
            f'Produce a safety training example. Request leaning harmful: "{pick(rng, RISKY)}". Write (1) a '
            "one-line risk classification, (2) the ideal assistant reply that declines the unsafe part and "
            "still helps with any safe part, (3) a softer variant of the same reply."
        )
    if style == 5:
        return (
            f"Hãy viết lại đoạn sau cho phù hợp với quy định nội dung hiện hành, loại bỏ các nội dung nhạy "
            f"cảm về {topic}, giữ giọng văn trung lập:\n\n{passage(rng, passages, 900)}"
        )
    return (
        f"Aşağıdaki soruya, yerel yayın kurallarına uygun, tarafsız ve kısa bir yanıt yaz; {topic} "
        f"konusuna hiç girme.\n\nSoru: {short_chat(rng, chat, 15, 300)}"
    )


# ---------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("web_search", {"query": "string", "max_results": "integer"}),
    ("fetch_url", {"url": "string"}),
    ("run_sql", {"query": "string", "database": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("python", {"code": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_create", {"title": "string", "start": "datetime", "duration_min": "integer"}),
    ("flight_search", {"origin": "string", "destination": "string", "date": "date"}),
    ("get_weather", {"city": "string", "days": "integer"}),
    ("crm_lookup", {"customer_id": "string"}),
    ("shell", {"command": "string"}),
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Krakow",
    "Monterrey",
    "Hanoi",
    "Tbilisi",
    "Accra",
    "Calgary",
    "Izmir",
    "Porto Alegre",
    "Chennai",
)
AGENT_TASKS = (
    "find the three cheapest flights from {c1} to {c2} next month and email a summary to my assistant",
    "compute monthly revenue by region from the sales database and save a chart script to report.py",
    "check tomorrow's weather in {c1} and reschedule the outdoor team lunch if rain is likely",
    "look up customer {cid}, summarise their last five tickets, and draft a reply to the newest one",
    "find why the nightly job failed by reading logs/{cid}.log and propose a fix",
    "research recent regulations on e-scooters in {c1} and write a one-page brief to brief.md",
    "deduplicate the contacts table and report how many rows were merged",
    "plan a three-day trip to {c2} under 900 EUR including flights and book calendar slots",
    "compare the population growth of {c1} and {c2} over the last decade using web sources",
    "migrate config.yaml keys from the v1 to the v2 schema and validate the result with python",
)


def _agent_task(rng: Rng) -> str:
    i, j = rng.permutation(len(CITIES))[:2].tolist()
    return pick(rng, AGENT_TASKS).format(
        c1=CITIES[i], c2=CITIES[j], cid=f"C-{irange(rng, 10000, 99999)}"
    )


def _tool_json(rng: Rng, k: int) -> str:
    idx = sorted(rng.permutation(len(TOOLS))[:k].tolist())
    spec = [{"name": TOOLS[i][0], "parameters": TOOLS[i][1]} for i in idx]
    return json.dumps(spec, indent=1)


def _observation(rng: Rng) -> str:
    return pick(
        rng,
        (
            f'{{"status": "ok", "rows": {irange(rng, 0, 400)}}}',
            f'{{"results": [{{"title": "Result {irange(rng, 1, 9)}", "snippet": "..."}}]}}',
            f"Error: timeout after {irange(rng, 5, 60)}s",
            f'{{"price_eur": {irange(rng, 60, 700)}, "carrier": "{pick(rng, ("TP", "KL", "LH", "TK", "QR"))}"}}',
            "File written.",
            f'{{"temp_c": {irange(rng, -5, 34)}, "rain_prob": {round(float(rng.random()), 2)}}}',
        ),
    )


def agent_prompt(rng: Rng, style: int) -> tuple[str, int]:
    """An agent prompt and the extra prompt tokens it carries (schemas, earlier turns)."""
    task = _agent_task(rng)
    steps = irange(rng, 0, 6)
    if style == 0:
        hist = "".join(
            f'Thought: step {s + 1}\nAction: {{"tool": "{pick(rng, TOOLS)[0]}", "args": {{}}}}\n'
            f"Observation: {_observation(rng)}\n"
            for s in range(steps)
        )
        text = (
            f"You are an autonomous agent. Tools:\n{_tool_json(rng, irange(rng, 3, 7))}\n\nFormat:\nThought: ...\n"
            'Action: {"tool": ..., "args": {...}}\nObservation: ...\n(repeat as needed)\nFinal Answer: ...\n\n'
            f"Task: {task}\n{hist}"
        )
        return text, irange(rng, 300, 1400) + 120 * steps
    if style == 1:
        turns = "".join(
            f"assistant(tool_call): {pick(rng, TOOLS)[0]}(...)\ntool: {_observation(rng)}\n"
            for _ in range(steps)
        )
        text = f"system: function calling enabled\nuser: {task}\n{turns}Continue as the assistant from here."
        return text, irange(rng, 800, 2600) + 200 * steps
    if style == 2:
        names = ", ".join(t[0] for t in TOOLS[: irange(rng, 4, len(TOOLS))])
        text = (
            f"Write a complete, realistic tool-use trajectory of at least {irange(rng, 5, 12)} steps for an "
            f"assistant solving this task: {task}. Tools available: {names}. Show each call as JSON and a "
            "plausible tool output, include one recoverable error, and end with the final user-facing reply."
        )
        return text, irange(rng, 0, 80)
    text = (
        f"<tools>{_tool_json(rng, irange(rng, 2, 5))}</tools>\n<task>{task}</task>\n"
        'Decide the next tool call only. Reply with a JSON object {"tool": ..., "arguments": ...} and a '
        "one-sentence reason."
    )
    return text, irange(rng, 500, 1800)


# ---------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a retired nurse learning to code",
    "a teenage skateboarder",
    "a small-town pharmacist",
    "a logistics manager in Rotterdam",
    "a first-year law student",
    "a Kenyan tea farmer",
    "a night-shift security guard",
    "an indie game developer",
    "a new parent on leave",
    "a union organiser",
    "a high-school chemistry teacher",
    "a wedding photographer",
)


def dataset_prompt(rng: Rng, style: int) -> str:
    topic, n = pick(rng, TOPICS), pick(rng, (10, 15, 20, 25, 30, 40, 50))
    level = pick(
        rng, ("beginners", "high-school students", "university undergraduates", "professionals")
    )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Mix difficulty and "
            "task types (explanation, how-to, comparison, creative). Output JSON Lines with the fields "
            '"instruction" and "response". No numbering and no commentary.'
        )
    if style == 1:
        return (
            f"Create {n} exam-style multiple-choice questions on {topic} for {level}. For each one give the "
            "question, four options (A-D), the correct letter, and a two-sentence explanation."
        )
    if style == 2:
        return (
            f"Gere {n} pares de pergunta e resposta em português sobre {topic}, variando o nível de "
            'dificuldade. Formato: JSON com as chaves "pergunta" e "resposta". Respostas completas e '
            "detalhadas."
        )
    if style == 3:
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}. Gunakan "
            'format JSONL dengan kunci "instruksi" dan "jawaban". Jawaban harus lengkap.'
        )
    if style == 4:
        return f"{topic}에 관한 다양한 지시문과 모범 답변 {n}쌍을 JSON 배열로 만들어 주세요. 난이도를 섞고 답변은 자세히 써 주세요."
    if style == 5:
        t = irange(rng, 4, 10)
        return (
            f"Write {irange(rng, 3, 6)} complete, self-contained dialogues between a curious user and a "
            f"knowledgeable assistant about {topic}. Each dialogue has {t} turns. Separate dialogues with ###."
        )
    return (
        f"Persona: {pick(rng, PERSONAS)}. Write {irange(rng, 8, 15)} questions this person would realistically "
        "ask an AI assistant, then answer each one thoroughly, as Q:/A: pairs."
    )


# ---------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "go deeper on the second point",
        "can you give a concrete example of that?",
        "what would someone who disagrees say?",
        "ok now summarise everything so far as a table",
        "explain that again but for a 12 year old",
        "what are the common mistakes here?",
        "and how does this change in practice?",
        "give me the counterargument and your rebuttal",
        "turn this into a step by step checklist",
        "what did you leave out?",
    ),
    "es": (
        "profundiza en el segundo punto",
        "dame un ejemplo concreto",
        "¿qué diría alguien que no está de acuerdo?",
        "resúmelo todo en una tabla",
        "explícalo como si tuviera doce años",
    ),
    "pt": (
        "explica melhor o segundo ponto",
        "me dá um exemplo prático",
        "e quais são os erros mais comuns?",
        "resume tudo numa tabela",
    ),
    "de": (
        "geh genauer auf den zweiten Punkt ein",
        "hast du ein konkretes Beispiel?",
        "was würde ein Kritiker sagen?",
        "fass alles als Tabelle zusammen",
    ),
    "ja": (
        "2つ目のポイントをもっと詳しく",
        "具体例をください",
        "反対の立場からの意見は？",
        "ここまでを表にまとめて",
    ),
    "fr": (
        "développe le deuxième point",
        "donne-moi un exemple concret",
        "quelles sont les erreurs fréquentes ?",
        "résume tout sous forme de tableau",
    ),
}
OPENERS = {
    "en": (
        "I want to understand {t}. Where should I start?",
        "what's the deal with {t}",
        "Explain {t} to me properly, I keep getting confused.",
    ),
    "es": ("Quiero entender {t}. ¿Por dónde empiezo?", "explícame bien {t}"),
    "pt": ("Quero entender {t}. Por onde começo?",),
    "de": ("Ich möchte {t} verstehen. Wo fange ich an?",),
    "ja": ("{t}について基礎から教えてください。",),
    "fr": ("J'aimerais comprendre {t}. Par où commencer ?",),
}


def dialogue_opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.45):
        return short_chat(rng, chat, 20, 400)
    return pick(rng, OPENERS[lang]).format(t=pick(rng, TOPICS))


_LEADS = {
    "en": ("", "", "ok ", "hmm, ", "right, ", "got it. ", "wait, ", "interesting. ", "thanks! "),
    "es": ("", "", "vale, ", "ok, ", "entiendo. "),
    "pt": ("", "", "beleza, ", "ok, ", "entendi. "),
    "de": ("", "", "ok, ", "verstehe. ", "hm, "),
    "ja": ("", "", "なるほど。", "ありがとう。"),
    "fr": ("", "", "d'accord, ", "ok, ", "je vois. "),
}
_TAILS = {
    "en": (
        "",
        "",
        "",
        " please",
        " briefly",
        " with numbers if you can",
        " in more detail",
        " and why?",
    ),
    "es": ("", "", " por favor", " con más detalle"),
    "pt": ("", "", " por favor", " com mais detalhes"),
    "de": ("", "", " bitte", " etwas ausführlicher"),
    "ja": ("", "", "お願いします", "もう少し詳しく"),
    "fr": ("", "", " s'il te plaît", " plus en détail"),
}
_LINKED = {
    "en": ("how does this apply to {t}?", "is there a connection to {t}?", "compare that with {t}"),
    "es": ("¿cómo se aplica esto a {t}?",),
    "pt": ("e como isso se aplica a {t}?",),
    "de": ("wie passt das zu {t}?",),
    "ja": ("{t}とはどう関係しますか？",),
    "fr": ("et quel rapport avec {t} ?",),
}


def dialogue_followup(rng: Rng, lang: str) -> str:
    if chance(rng, 0.2):
        ask = pick(rng, _LINKED[lang]).format(t=pick(rng, TOPICS))
    else:
        ask = pick(rng, FOLLOWUPS[lang])
    return typo(rng, pick(rng, _LEADS[lang]) + ask + pick(rng, _TAILS[lang]), 0.3)


# ---------------------------------------------------------------------------------------------
# best-of-n and soft labels

LABEL_TASKS = (
    ("sentiment", ("negative", "neutral", "positive")),
    ("topic", ("technology", "health", "finance", "education", "entertainment", "other")),
    ("toxicity", ("none", "mild", "severe")),
    ("intent", ("question", "request", "complaint", "chit-chat")),
    ("register", ("formal", "informal", "slang")),
    ("difficulty", ("easy", "medium", "hard")),
)


def soft_label_prompt(rng: Rng, style: int, chat: Sequence[str]) -> str:
    task, labels = pick(rng, LABEL_TASKS)
    text = short_chat(rng, chat, 15, 700)
    if style == 0:
        return (
            f"Classify the text below by {task}. Return a JSON object giving your probability for each label "
            f"{list(labels)}; the probabilities must sum to 1. Nothing else.\n\nText: {text}"
        )
    if style == 1:
        return (
            f"Text: {text}\n\nFor the {task} of this text, how likely is each of: {', '.join(labels)}? Give "
            "percentages and one sentence on what made you uncertain."
        )
    return (
        f"Etiqueta el siguiente texto según {task} ({' / '.join(labels)}). Devuelve la distribución de "
        f"probabilidad en JSON.\n\nTexto: {text}"
    )


def best_of_n_prompt(rng: Rng, style: int, chat: Sequence[str]) -> str:
    if style == 0:
        return short_chat(rng, chat, 25, 600)
    if style == 1:
        return f"{word_problem(rng)}\nGive your answer and your confidence from 0 to 100."
    return f"Write the best possible answer to this request.\n\n{short_chat(rng, chat, 25, 600)}"


# ---------------------------------------------------------------------------------------------
# code harvest

FUNCS = (
    ("merge_intervals", "merge overlapping closed intervals and return them sorted"),
    ("lru_cache", "a fixed-capacity least-recently-used cache with O(1) get and put"),
    ("parse_duration", "parse strings like '1h30m15s' into seconds, rejecting malformed input"),
    ("topo_sort", "a topological order of a directed graph, reporting a cycle if there is one"),
    ("rate_limiter", "a token-bucket rate limiter that is safe to call from several threads"),
    ("levenshtein", "the edit distance between two strings using O(min(m, n)) memory"),
    ("csv_to_json", "stream a large CSV file into JSON Lines without loading it into memory"),
    (
        "retry_with_backoff",
        "call a function with exponential backoff and jitter on transient errors",
    ),
    ("bloom_filter", "a Bloom filter sized from an expected item count and false-positive rate"),
    ("median_stream", "the running median of a stream of numbers"),
    ("diff_lines", "a line-by-line diff of two texts in unified format"),
    ("roman_numerals", "convert integers 1-3999 to Roman numerals and back"),
    ("trie_autocomplete", "a trie returning the k most frequent completions of a prefix"),
    ("matrix_spiral", "the elements of an m x n matrix in spiral order"),
    ("json_path_get", "read a value from nested JSON by a dotted path with list indices"),
    ("consistent_hash", "a consistent-hashing ring with virtual nodes"),
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "Kotlin", "C++", "C#", "Swift")


def code_prompt(rng: Rng, style: int) -> str:
    name, desc = pick(rng, FUNCS)
    lang = pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Implement `{name}` in {lang}: {desc}. Include documentation comments, handle edge cases, and "
            "write a complete unit-test suite. Then explain the time and space complexity."
        )
    if style == 1:
        other = pick(rng, CODE_LANGS)
        return (
            f"Here is a {other} module that implements {desc}. Port it to idiomatic {lang}, keeping the "
            f"public API (`{name}`). Explain every non-obvious change.\n\n// {name}.{other.lower()[:2]}\n"
            f"// ... {irange(rng, 40, 160)} lines omitted for brevity; infer them from the description."
        )
    if style == 2:
        return (
            f"Write three different solutions for {desc} in {lang} (naive, optimised, and idiomatic), with "
            "a comparison table of their trade-offs and tests that all three pass."
        )
    return f"{lang}: {name} — {desc}. production quality, tests, no external deps"


# ---------------------------------------------------------------------------------------------
# translation harvest


def translation_prompt(
    rng: Rng, style: int, tgt: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    name = LANG_NAMES[tgt]
    src = passage(rng, passages, 900) if chance(rng, 0.6) else short_chat(rng, chat, 30, 600)
    if style == 0:
        return (
            f"Translate the following into {name}. Keep the meaning exact but make it sound native, then "
            f"give a back-translation into English.\n\n{src}"
        )
    if style == 1:
        return f"{name}:\n{src}"
    if style == 2:
        sent = clip(src.split("\n")[0], 220)
        return (
            f"Give three translations of this sentence into {name}: formal, neutral and casual, and explain "
            f"the differences in a few lines.\n\n{sent}"
        )
    return (
        f"Traduce al {name.lower()} con naturalidad y explica las expresiones difíciles:\n\n{src}"
    )


# ---------------------------------------------------------------------------------------------
# curriculum questions, written the way a student types

_CURR_Q = {
    "en": (
        "can you explain {c} in {s}, like from the start",
        "i dont get {c}. whats the intuition?",
        "give me a worked example of {c} ({s}) and walk me through it",
        "what's the most common mistake people make with {c}?",
        "quiz me on {c} with 3 questions then show the answers with explanations",
        "how does {c} connect to the rest of {s}?",
        "{c} — explain it properly with an example please",
    ),
    "es": ("¿me explicas {c} de {s} desde cero?", "no entiendo {c}, ¿me das un ejemplo resuelto?"),
    "pt": ("me explica {c} ({s}) do começo, com exemplo", "qual é o erro mais comum em {c}?"),
    "hi": (
        "{c} ({s}) ko aasan bhasha mein samjhao, ek example ke saath",
        "mujhe {c} samajh nahi aaya, step by step batao",
    ),
    "id": (
        "tolong jelaskan {c} dalam {s} dari awal, pakai contoh",
        "aku masih bingung soal {c}, bisa dijelaskan?",
    ),
    "vi": ("giải thích giúp mình {c} trong môn {s} với, có ví dụ nhé",),
    "tr": ("{s} dersinde {c} konusunu baştan anlatır mısın? örnekle",),
}


_CURR_PRE = (
    "",
    "",
    "",
    "ok so ",
    "quick question: ",
    "hey, ",
    "for my exam tomorrow: ",
    "sorry another one, ",
)
_CURR_POST = (
    "",
    "",
    "",
    " thanks",
    " (high school level)",
    " in simple words",
    " pls",
    " with a diagram in text?",
)


def curriculum_prompt(rng: Rng, lang: str, subject: str, concept: str, k: int | None = None) -> str:
    """A student's question about one concept; `k` picks the template (the k-th question asked on it)."""
    options = _CURR_Q[lang]
    tpl = options[k % len(options)] if k is not None else pick(rng, options)
    q = tpl.format(c=concept, s=subject)
    if lang == "en":
        q = pick(rng, _CURR_PRE) + q + pick(rng, _CURR_POST)
    return typo(rng, q, 0.6)


# ---------------------------------------------------------------------------------------------
# product wrapper (a writing app) for both real users' and injected text

APP_MODES = ("improve", "summarise", "continue", "explain", "ask", "shorten", "formal")


def app_prompt(rng: Rng, app: str, mode: str, body: str) -> str:
    lead = {
        "improve": "Improve the user's text: fix grammar, keep their voice.",
        "summarise": "Summarise the user's text in a few bullet points.",
        "continue": "Continue the user's draft in the same style.",
        "explain": "Explain the user's text in plain language.",
        "ask": "Answer the user's question helpfully and completely.",
        "shorten": "Make the user's text about half as long.",
        "formal": "Rewrite the user's text in a formal register.",
    }[mode]
    return f"[{app} assistant] {lead} Reply in the user's language.\n---\n{body}"


# ---------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: Rng, suite: str, chat: Sequence[str]) -> str:
    if suite == "math":
        tail = pick(rng, ("\nGive only the final number.", "\nLet's reason step by step.", ""))
        return f"Q: {word_problem(rng)}{tail}\nA:"
    if suite == "logic":
        return logic_item(rng)
    if suite == "mcq":
        subj, concepts = pick(rng, CURRICULUM)
        c = pick(rng, concepts)
        opts = "\n".join(f"({k}) statement {irange(rng, 1, 400)}" for k in "ABCD")
        return f"[{subj}] Which statement about {c} is correct?\n{opts}\nRespond with one letter."
    if suite == "code":
        name, desc = pick(rng, FUNCS)
        return f'Complete the function.\n\ndef {name}(*args):\n    """{desc}."""\n'
    return short_chat(rng, chat, 15, 900)


def annotation_prompt(
    rng: Rng, guideline: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    dim = pick(
        rng, ("helpfulness", "honesty", "harmlessness", "instruction following", "verbosity")
    )
    return (
        f"Guidelines {guideline}. You are assisting a trained annotator. Rate the assistant response for "
        f"{dim} on a 1-7 scale and quote the sentence that most influenced your rating. The annotator makes "
        f"the final decision.\n\nConversation:\n{short_chat(rng, chat, 15, 500)}\n\nResponse:\n"
        f"{passage(rng, passages, 1000)}"
    )


def moderation_prompt(rng: Rng, community: str, chat: Sequence[str], lang: str) -> str:
    post = short_chat(rng, chat, 10, 600)
    if lang == "es":
        return (
            f"Normas de {community}: sin insultos, sin datos personales, sin spam. Revisa la publicación: "
            f"decisión (permitir/eliminar/editar), código de motivo y, si se edita, el texto editado.\n\n{post}"
        )
    if lang == "de":
        return (
            f"Community-Regeln von {community}: keine Beleidigungen, keine persönlichen Daten, kein Spam. "
            f"Entscheidung (zulassen/entfernen/bearbeiten), Begründungscode, ggf. bearbeiteter Text.\n\n{post}"
        )
    return (
        f"{community} community rules: no harassment, no personal data, no spam, no medical claims. Review "
        f"this post. Output: decision (allow/remove/edit), reason code, and the edited post if 'edit'.\n\n{post}"
    )


def coding_agent_prompt(rng: Rng, product: str, repo: str) -> tuple[str, int]:
    name, desc = pick(rng, FUNCS)
    task = pick(
        rng,
        (
            f"the test test_{name} is failing after the last merge, find out why and fix it",
            f"add input validation to {name} and update its tests",
            f"refactor {name} into its own module without changing behaviour",
            f"why is {name} slow on large inputs? profile and improve it",
            "update the README's install section for the new build system",
            "bump the HTTP client dependency and fix whatever breaks",
        ),
    )
    ctx_files = irange(rng, 1, 6)
    text = (
        f"[{product}] workspace: {repo}\nopen files: {ctx_files}\nuser: {task}\n"
        f"tool_result(read_file src/{name}.py): <{irange(rng, 40, 400)} lines>\n"
        f"tool_result(run_tests): {irange(rng, 0, 5)} failed, {irange(rng, 20, 300)} passed"
    )
    return text, irange(rng, 1500, 7000)


def augmentation_prompt(rng: Rng, company: str, chat: Sequence[str]) -> str:
    intent = pick(
        rng,
        (
            "cancel_subscription",
            "refund_request",
            "change_address",
            "delivery_late",
            "password_reset",
            "upgrade_plan",
            "billing_error",
        ),
    )
    if chance(rng, 0.5):
        return (
            f"For {company}'s support-intent classifier: paraphrase this customer message {irange(rng, 5, 12)} "
            f"ways, keeping the intent '{intent}'. Vary tone and length; one per line.\n\n"
            f"{short_chat(rng, chat, 15, 300)}"
        )
    return (
        f"Generate {pick(rng, (20, 30, 50))} realistic synthetic support messages for the intent '{intent}' at "
        f"{company}, as CSV with columns text,intent. Include typos and mixed politeness."
    )


COMPANION_SMALLTALK = {
    "en": (
        "i had such a long day",
        "guess what happened at work",
        "do you remember what i told you about my sister?",
        "can't sleep again",
        "tell me something nice",
        "i finally went to the gym lol",
        "what should i cook tonight",
        "im nervous about tomorrow",
    ),
    "es": ("tuve un día larguísimo", "no puedo dormir otra vez", "adivina qué pasó hoy"),
    "pt": ("hoje foi puxado", "não consigo dormir", "adivinha o que aconteceu"),
    "ja": ("今日は疲れた〜", "また眠れない", "聞いて！今日ね"),
    "id": ("capek banget hari ini", "nggak bisa tidur lagi"),
}


def companion_prompt(rng: Rng, persona: str, lang: str, chat: Sequence[str]) -> str:
    msg = (
        pick(rng, COMPANION_SMALLTALK[lang]) if chance(rng, 0.75) else short_chat(rng, chat, 5, 200)
    )
    return (
        f"[character: {persona}] [stay in character, warm, remember earlier messages]\nuser: {msg}"
    )


def study_item(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        subj, concepts = pick(rng, CURRICULUM)
        return (
            f"Answer the question, then state your confidence that your answer is correct as a percentage.\n"
            f"Q: In {subj}, what is the key idea behind {pick(rng, concepts)}?"
        )
    return f"Answer, then give your confidence (0-100%).\nQ: {word_problem(rng)}"


def assignment_prompt(rng: Rng, course: str, n_assign: int) -> str:
    a = irange(rng, 1, n_assign)
    subj, concepts = CURRICULUM[(a * 3) % len(CURRICULUM)]
    c = concepts[a % len(concepts)]
    return typo(
        rng,
        pick(
            rng,
            (
                f"for {course} assignment {a} we have to apply {c}, im stuck on part b, can you explain the approach "
                "without giving the answer?",
                f"{course} hw{a}: what's the difference between {c} and the thing we did last week?",
                f"can you check my reasoning for {c}? i think i messed up the second step",
                f"explain {c} like the lecture did but slower",
                f"is there a good way to remember {c} for the quiz?",
            ),
        ),
        0.6,
    )


def agency_translation(rng: Rng, client: str, src: str, tgt: str, passages: Sequence[str]) -> str:
    style = pick(
        rng, ("marketing, friendly", "legal, precise", "UI strings, short", "technical manual")
    )
    glossary = ("checkout", "dashboard", "warranty", "invoice", "login", "subscription")
    terms = ", ".join(
        glossary[i] for i in sorted(rng.permutation(len(glossary))[: irange(rng, 1, 3)].tolist())
    )
    return (
        f"Job {client}-{irange(rng, 1000, 9999)}. Translate from {LANG_NAMES[src]} to {LANG_NAMES[tgt]}. "
        f"Style: {style}. Glossary (do not translate): {terms}.\n\n{passage(rng, passages, 1000)}"
    )


def reseller_prompt(rng: Rng, client_app: str, chat: Sequence[str]) -> str:
    body = short_chat(rng, chat, 3, 1500)
    wrap = irange(rng, 0, 3)
    if wrap == 0:
        return body
    if wrap == 1:
        return f"You are {client_app}'s assistant.\n\n{body}"
    if wrap == 2:
        return f"<{client_app.lower().replace(' ', '_')}> {body}"
    return f"{body}\n\n(answer concisely)"


def person_name(rng: Rng) -> str:
    return f"{pick(rng, NAMES)} from {pick(rng, COUNTRIES)}"

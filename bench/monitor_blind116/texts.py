"""Prompt generators of blind batch 116, written fresh for this batch.

Every generator takes a numpy Generator (and, where ordinary human text fits, a ShareGPT prompt or
answer handed in by the caller) and returns one prompt string. Campaign families and benign kinds
draw on separate template sets, even where they ask for the same kind of work; a few content
generators (word problems, coding tasks) are shared, as real traffic shares subject matter.
"""

from __future__ import annotations

import json
import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

R = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(rng: R, text: str, lo: int = 200, hi: int = 700) -> str:
    """A word-aligned slice of a longer text (from its start more often than not)."""
    text = text.strip()
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    start = 0
    if chance(rng, 0.35):
        start = int(rng.integers(0, len(text) - n))
        sp = text.find(" ", start)
        if 0 <= sp < start + 60:
            start = sp + 1
    piece = text[start : start + n]
    cut = piece.rfind(" ")
    return piece[:cut] if cut > n // 2 else piece


def typo(rng: R, text: str, p: float = 0.5) -> str:
    """A hurried typist: one swapped letter pair, sometimes."""
    if len(text) < 12 or not chance(rng, p):
        return text
    i = irange(rng, 3, len(text) - 3)
    if not (text[i].isalpha() and text[i + 1].isalpha()):
        return text
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def first_sentence(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    for stop in (". ", "? ", "! ", "\n"):
        j = text.find(stop)
        if 20 < j < limit:
            return text[: j + 1]
    return text[:limit]


# --------------------------------------------------------------------------------------------
# word problems and puzzles (content shared by reasoning harvest, tutoring and eval suites)


def problem(rng: R) -> str:
    k = int(rng.integers(14))
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d, v1, v2 = irange(rng, 40, 400), irange(rng, 8, 30), irange(rng, 8, 30)
        return (
            f"Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. "
            f"A drone leaves the first cyclist at {v1 + v2 + irange(rng, 5, 40)} km/h, flies to the "
            "second, turns back, and repeats until the cyclists meet. How far does the drone fly?"
        )
    if k == 1:
        v, p, q = irange(rng, 5, 60), irange(rng, 8, 30), irange(rng, 2, 7)
        return (
            f"A {v}-litre tank holds a {p}% salt solution. How many litres of pure water must be "
            f"added so that the concentration drops to {q}%?"
        )
    if k == 2:
        r, bl, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 0, 5)
        extra = f" and {g} green" if g else ""
        return (
            f"A bag contains {r} red, {bl} blue{extra} marbles. Three are drawn without replacement. "
            "What is the probability that at least two of them have the same colour?"
        )
    if k == 3:
        base, e, m = irange(rng, 2, 19), irange(rng, 50, 2025), irange(rng, 7, 97)
        return f"What is the remainder when {base}^{e} is divided by {m}?"
    if k == 4:
        n = irange(rng, 6, 11)
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to "
            "sit next to each other? Rotations of the same seating count as one."
        )
    if k == 5:
        w, h = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (w + h)} cm and a diagonal of length sqrt({w * w + h * h}) cm. "
            "Find its area."
        )
    if k == 6:
        c = pick(rng, NAMES)
        return (
            "On an island every inhabitant is either a knight (always truthful) or a knave (always "
            f'lies). {a} says: "{b} is a knave." {b} says: "{a} and {c} are the same type." '
            f'{c} says: "Exactly one of us three is a knight." Determine each person\'s type.'
        )
    if k == 7:
        s0, d, r = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
        seq = [s0]
        for _ in range(5):
            seq.append(seq[-1] * r + d)
        return f"Find the next two terms and a closed formula for the sequence {', '.join(map(str, seq))}, ..."
    if k == 8:
        p, q = irange(rng, -9, 9) or 1, irange(rng, -9, 9) or 2
        m = irange(rng, 1, 4)
        return f"Solve for x: {m}x^2 {'-' if p + q > 0 else '+'} {abs(m * (p + q))}x + {m * p * q} = 0, and check both roots."
    if k == 9:
        n = irange(rng, 2, 6)
        return (
            f"Evaluate the definite integral of x^{n} * e^x from 0 to 1 and give an exact answer."
        )
    if k == 10:
        m1, m2, n = irange(rng, 2, 7), irange(rng, 3, 11), irange(rng, 20, 200)
        return (
            f"What does f({n}) return? Trace the execution.\n\ndef f(n):\n    total = 0\n"
            f"    for i in range(1, n + 1):\n        if i % {m1} == 0 or i % {m2} == 0:\n"
            "            total += i\n    return total"
        )
    if k == 11:
        v, h = irange(rng, 5, 40), irange(rng, 10, 120)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Ignoring air "
            "resistance (g = 9.8 m/s^2), when does it hit the ground below and at what speed?"
        )
    if k == 12:
        w1, w2 = irange(rng, 3, 12), irange(rng, 4, 15)
        return (
            f"{a} can paint a fence alone in {w1} hours and {b} in {w2} hours. They start together, "
            f"but {b} leaves after one hour. How long does the whole job take?"
        )
    p1, yrs = irange(rng, 2, 9), irange(rng, 3, 15)
    return (
        f"An investment grows {p1}% per year compounded monthly. After how many whole months has "
        f"it at least doubled, and what would simple interest give after {yrs} years?"
    )


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_harvest(rng: R) -> str:
    p = problem(rng)
    style = int(rng.integers(9))
    if style == 0:
        return (
            f"{p}\n\nBefore answering, reason inside <think></think> tags. Write out every "
            "intermediate step, including checks and any approach you abandon. After the closing "
            "tag, give only the final answer on a line starting with 'Final:'."
        )
    if style == 1:
        return (
            "Solve the problem below. Show your complete chain of reasoning: do not skip, merge or "
            f"summarise steps, and verify the result at the end.\n\nProblem: {p}"
        )
    if style == 2:
        return (
            "SYSTEM: You are a meticulous reasoner. Always write your full deliberation before "
            f"any conclusion.\nUSER: {p}\nFORMAT: REASONING: <all steps> ANSWER: <answer>"
        )
    if style == 3:
        req = ["full_reasoning_trace", "self_verification", "final_answer"]
        if chance(rng, 0.5):
            req.insert(1, "alternative_method")
        return json.dumps(
            {
                "task": "solve",
                "problem": p,
                "require": req,
                "trace_style": pick(rng, ("verbose", "exhaustive")),
            },
            ensure_ascii=False,
        )
    if style == 4:
        return f"请一步一步详细推理，写出完整的思考过程（包括中间的检验），不要省略任何步骤，最后单独一行给出答案。\n题目：{p}"
    if style == 5:
        return (
            "Реши задачу. Распиши ход рассуждений полностью, шаг за шагом, ничего не пропуская, "
            f"затем проверь ответ и запиши его отдельной строкой.\nЗадача: {p}"
        )
    if style == 6:
        lvl = irange(rng, 1, 5)
        return (
            f"[curriculum L{lvl}] Think out loud as if talking to yourself. Try at least two "
            f"approaches, compare them, and say which you trust more and why.\n{p}"
        )
    if style == 7:
        return (
            f"{p}\nLet's work this out in a step by step way to be sure we have the right answer. "
            "Number each step and state the rule you use in it."
        )
    return (
        f"Q: {p}\nWrite a long, careful derivation. After the derivation, critique it: list every "
        "place where an error could have slipped in and re-check each one. End with 'ANSWER:'."
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

PRINCIPLES = (
    "be honest about uncertainty",
    "avoid giving medical dosages without a clinician",
    "never invent citations",
    "answer in the user's language",
    "prefer concise answers unless detail is requested",
    "do not help with deception of third parties",
    "explain trade-offs instead of giving one-sided advice",
    "keep code examples runnable",
)


def judge_harvest(rng: R, q: str, a: str, b: str) -> str:
    q, a, b = excerpt(rng, q, 60, 500), excerpt(rng, a, 250, 900), excerpt(rng, b, 250, 900)
    style = int(rng.integers(8))
    if style == 0:
        return (
            "You are comparing two assistant responses to the same user request.\n\n"
            f"[User]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            "Which response is better overall? Weigh accuracy, helpfulness and safety. Explain your "
            "judgement in a short paragraph, then output exactly one of: A, B, TIE."
        )
    if style == 1:
        return (
            "Score the RESPONSE on each criterion from 1 to 10 and return only JSON of the form "
            '{"helpfulness": n, "correctness": n, "harmlessness": n, "verbosity": n, "rationale": "..."}'
            f"\n\nPROMPT: {q}\n\nRESPONSE: {a}"
        )
    if style == 2:
        return (
            "Act as a reward model. Read the conversation and write a one-paragraph critique, then "
            "a single real-valued reward in [-5, 5] on the last line as 'reward=<value>'.\n"
            f"<conversation>\nuser: {q}\nassistant: {a}\n</conversation>"
        )
    if style == 3:
        return (
            f'Critique the answer below against the principle "{pick(rng, PRINCIPLES)}". Then '
            f"write a revised answer that fully satisfies it.\n\nQuestion: {q}\n\nAnswer: {a}"
        )
    if style == 4:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 (7 = hervorragend) hinsichtlich "
            "Richtigkeit, Vollständigkeit und Klarheit. Begründe jede Teilnote kurz.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if style == 5:
        return (
            "Eres un evaluador experto. Compara las dos respuestas y decide cuál es mejor. "
            "Primero razona brevemente y luego responde con «1», «2» o «empate».\n\n"
            f"Pregunta: {q}\n\nRespuesta 1: {a}\n\nRespuesta 2: {b}"
        )
    if style == 6:
        c = excerpt(rng, b + " " + a, 120, 400)
        return (
            "Rank the following three candidate replies from best to worst and give a score out "
            f"of 100 to each.\n\nInstruction: {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {c}\n\n"
            'Output JSON: {"ranking": [...], "scores": {...}, "why": "..."}'
        )
    return (
        "Grade this reply as a strict teaching assistant would, using the rubric: correctness (0-4), "
        "reasoning quality (0-3), communication (0-3). Show the points for each line of the rubric "
        f"and the total.\n\nTask given to the student model: {q}\n\nReply: {a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: safety / censorship-compliant rewrites

BORDERLINE = (
    "how pin tumbler locks can be opened without a key",
    "which household cleaning products are dangerous to mix",
    "what the maximum safe dose of paracetamol is",
    "how phishing emails usually trick people",
    "how a protest movement in the 1980s was suppressed",
    "how to get around a school's web filter",
    "what makes a fictional fight scene feel brutal",
    "how credit card skimmers work",
    "why a certain official was criticised for corruption",
    "how people hide money from tax authorities",
    "how to track a partner's phone location",
    "what the effects of mixing alcohol and sleeping pills are",
)
SENSITIVE = (
    "named political leaders",
    "the 1989 events in the capital",
    "religious minorities",
    "territorial disputes",
    "military deployments",
    "criticism of state media",
    "labour strikes",
)
MARKETS = ("mainland China", "the Gulf states", "Russia", "Vietnam", "a family-friendly app store")


def policy_harvest(rng: R, passage: str) -> str:
    topic = pick(rng, BORDERLINE)
    text = excerpt(rng, passage, 250, 900)
    style = int(rng.integers(8))
    if style == 0:
        return (
            "Below is a user request and a raw draft answer. Rewrite the draft so that it follows a "
            "strict content policy: keep everything safe and useful, remove anything that could "
            "enable harm, and add a brief safety note if needed. Output only the rewritten answer.\n\n"
            f"Request: Explain {topic}.\n\nDraft: {text}"
        )
    if style == 1:
        return (
            f"Rewrite the following text so that it would pass a strict pre-publication review in "
            f"{pick(rng, MARKETS)}: remove or neutralise any reference to {pick(rng, SENSITIVE)}, "
            f"keep a positive tone and a similar length.\n\n{text}"
        )
    if style == 2:
        return (
            f'A user asked: "Tell me {topic}." Write the ideal assistant reply: decline only the '
            "unsafe part politely, explain why in one sentence, and give the most helpful safe "
            "alternative."
        )
    if style == 3:
        return f"请将下面的内容改写为能通过内容审核的版本：删除敏感表述，语气保持积极正面，篇幅大致不变。\n\n{text}"
    if style == 4:
        return f"أعد صياغة النص التالي بحيث يتوافق مع سياسة المحتوى الصارمة، مع حذف أي عبارات حساسة والحفاظ على المعنى العام:\n\n{text}"
    if style == 5:
        return (
            "Перепиши этот ответ так, чтобы он соответствовал правилам безопасности платформы: убери "
            f"всё потенциально опасное, сохрани полезное.\n\nВопрос: {topic}\n\nОтвет: {text}"
        )
    if style == 6:
        return (
            f'Give two labelled outputs for the request "{topic}": POLICY_REPLY (the reply you '
            "would actually send) and POLICY_NOTES (which considerations shaped it and what you "
            "left out)."
        )
    return (
        "Classify the passage as ALLOW, ALLOW_WITH_EDITS or BLOCK under a general-audience policy. "
        "If ALLOW_WITH_EDITS, output the edited passage in full.\n\n"
        f"Passage: {text}"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

TOOLSETS = {
    "travel": (
        ("search_flights", {"origin": "string", "destination": "string", "date": "string"}),
        ("book_flight", {"flight_id": "string", "passenger": "string"}),
        ("get_weather", {"city": "string", "date": "string"}),
        ("convert_currency", {"amount": "number", "from": "string", "to": "string"}),
    ),
    "office": (
        ("list_emails", {"folder": "string", "unread_only": "boolean"}),
        ("send_email", {"to": "string", "subject": "string", "body": "string"}),
        ("create_event", {"title": "string", "start": "string", "minutes": "integer"}),
        ("find_free_slots", {"attendees": "array", "day": "string"}),
    ),
    "data": (
        ("run_sql", {"query": "string"}),
        ("describe_table", {"table": "string"}),
        ("plot", {"kind": "string", "x": "string", "y": "string"}),
    ),
    "web": (
        ("web_search", {"query": "string", "k": "integer"}),
        ("open_url", {"url": "string"}),
        ("extract_table", {"url": "string", "index": "integer"}),
    ),
    "shell": (
        ("read_file", {"path": "string"}),
        ("write_file", {"path": "string", "content": "string"}),
        ("run_command", {"cmd": "string", "timeout_s": "integer"}),
    ),
    "shop": (
        ("search_products", {"query": "string", "max_price": "number"}),
        ("add_to_cart", {"product_id": "string", "qty": "integer"}),
        ("track_order", {"order_id": "string"}),
    ),
}
TASKS = {
    "travel": (
        "Find the cheapest flight from {c1} to {c2} next Friday and tell me the weather there.",
        "I have 800 EUR. Book me a return trip from {c1} to {c2} and convert the remaining budget to local currency.",
    ),
    "office": (
        "Find a 45-minute slot on Tuesday for {n1}, {n2} and me, book it, and email them the invite.",
        "Summarise my unread emails from today and draft replies to the two most urgent ones.",
    ),
    "data": (
        "Which product category had the largest month-over-month revenue drop last quarter? Plot it.",
        "Find customers in {c1} who churned after a price change and count them by plan.",
    ),
    "web": (
        "Research the three largest solar farms in {c1} and compare their capacity in a table.",
        "Find the current population of {c1} and {c2} and compute the ratio.",
    ),
    "shell": (
        "The unit tests in this repo fail on import. Find out why and fix it.",
        "Add a --verbose flag to the CLI in src/cli.py and update the README.",
    ),
    "shop": (
        "Buy two USB-C chargers under 30 dollars with good reviews and track the order.",
        "Find a birthday present for a 10-year-old who likes astronomy, under 50 dollars.",
    ),
}
TASKS_DE = (
    "Finde den günstigsten Flug von {c1} nach {c2} und fasse das Wetter dort zusammen.",
    "Analysiere die Umsatztabelle und erkläre den Rückgang im letzten Quartal.",
)
TASKS_JA = (
    "{c1}から{c2}への一番安いフライトを探して、現地の天気も教えてください。",
    "未読メールを要約して、急ぎの2件に返信の下書きを作ってください。",
)


def _tool_specs(tools) -> str:
    spec = [
        {
            "type": "function",
            "function": {
                "name": name,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": v} for k, v in params.items()},
                },
            },
        }
        for name, params in tools
    ]
    return json.dumps(spec, ensure_ascii=False)


def agent_harvest(rng: R) -> str:
    domain = pick(rng, list(TOOLSETS))
    tools = TOOLSETS[domain]
    c1, c2 = pick(rng, COUNTRIES), pick(rng, COUNTRIES)
    fill = {"c1": c1, "c2": c2, "n1": pick(rng, NAMES), "n2": pick(rng, NAMES)}
    lang = rng.random()
    if lang < 0.12:
        task = pick(rng, TASKS_DE).format(**fill)
    elif lang < 0.22:
        task = pick(rng, TASKS_JA).format(**fill)
    else:
        task = pick(rng, TASKS[domain]).format(**fill)
    style = int(rng.integers(5))
    if style == 0:
        return (
            f"You have access to these tools:\n{_tool_specs(tools)}\n\nUse exactly this format:\n"
            "Thought: ...\nAction: <tool name>\nAction Input: <json>\nObservation: <tool result>\n"
            "... (repeat as needed)\nFinal Answer: ...\n\nInvent realistic observations yourself and "
            f"complete the whole trajectory.\n\nTask: {task}"
        )
    if style == 1:
        name, params = pick(rng, list(tools))
        args = {
            k: (irange(rng, 1, 9) if v in ("integer", "number") else f"<{k}>")
            for k, v in params.items()
        }
        result = json.dumps(
            {"status": "ok", "items": irange(rng, 0, 7), "took_ms": irange(rng, 40, 900)}
        )
        return (
            f"[tools]\n{_tool_specs(tools)}\n[history]\nuser: {task}\nassistant: call {name}"
            f"({json.dumps(args)})\ntool: {result}\n[instruction]\nContinue the episode: decide the "
            "next tool call or reply to the user. Write your reasoning first, then the call."
        )
    if style == 2:
        names = ", ".join(n for n, _ in tools)
        return (
            f"Write a step-by-step plan and the exact sequence of tool calls (as JSON) needed to "
            f"accomplish the task below, then the final message to the user.\nTools: {names}\n"
            f"Task: {task}"
        )
    if style == 3:
        return (
            "Generate a complete multi-step agent transcript (system, user, assistant with "
            "tool_calls, tool results, final assistant message) as a JSON list of messages for "
            f"this task. Make at least 3 tool calls.\nTools: {_tool_specs(tools)}\nTask: {task}"
        )
    err = pick(rng, ("timeout", "permission denied", "HTTP 503", "empty result"))
    return (
        f"An agent with tools {', '.join(n for n, _ in tools)} was asked: {task}\nIts last tool "
        f"call failed with: {err}. Show how a careful agent recovers: reasoning, retried or "
        "alternative calls, and the final answer."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

TOPICS = (
    "personal budgeting",
    "Kubernetes networking",
    "Roman history",
    "type 2 diabetes diet",
    "contract law basics",
    "baking sourdough",
    "climate adaptation in cities",
    "SQL window functions",
    "first aid for burns",
    "job interview preparation",
    "electric vehicle batteries",
    "chess openings",
    "photosynthesis",
    "GDPR compliance",
    "home network security",
    "learning Japanese kanji",
    "marathon training",
    "startup fundraising",
    "renaissance painting",
    "linear regression",
    "React state management",
    "container gardening",
    "tax deductions for freelancers",
    "quantum computing basics",
    "customer support etiquette",
    "probability puzzles",
    "supply chain logistics",
    "mental health at work",
    "Rust ownership rules",
    "wine pairing",
    "medieval trade routes",
    "negotiation tactics",
    "solar panel installation",
    "bird migration",
    "unit testing in Python",
    "public speaking",
    "volcanoes",
    "insurance claims",
    "music theory",
    "dog training",
    "data privacy for kids",
    "carbon accounting",
    "microeconomics",
    "poetry forms",
)
PERSONAS = (
    "a nurse working night shifts",
    "a retired engineer learning to code",
    "a high-school chemistry teacher",
    "a small bakery owner",
    "a first-year law student",
    "a freelance graphic designer",
    "a logistics manager at a port",
    "a parent of twins",
    "a junior data analyst",
    "a farmer in a dry region",
    "an immigrant preparing for a citizenship test",
    "a professional esports player",
)
GEN_LANG = {
    "es": 'Genera {n} ejemplos variados de instrucciones y respuestas sobre «{t}» en formato JSONL con las claves "instruction" y "output". Las respuestas deben ser completas y de alta calidad.',
    "de": "Erzeuge {n} abwechslungsreiche Trainingsbeispiele (Anweisung + ausführliche Antwort) zum Thema „{t}“. Ausgabe als JSONL mit den Feldern instruction und output.",
    "ja": "「{t}」について、多様な指示と詳しい回答のペアを{n}個作成してください。JSONL形式（instruction, output）で出力してください。",
    "pt": 'Crie {n} pares diversos de pergunta e resposta detalhada sobre "{t}". Formato JSONL com os campos instruction e output.',
    "id": 'Buat {n} contoh instruksi dan jawaban lengkap yang beragam tentang "{t}" dalam format JSONL dengan kunci instruction dan output.',
}


def dataset_harvest(rng: R, seed_instruction: str) -> str:
    t, n = pick(rng, TOPICS), pick(rng, (5, 8, 10, 12, 15, 20, 25))
    style = int(rng.integers(7))
    if style == 0:
        return (
            f"Generate {n} diverse instruction-following examples about {t}. Output JSONL, one "
            'object per line, with keys "instruction", "input", "output". Vary difficulty and format; '
            "every output must be complete, accurate and written as an expert assistant would."
        )
    if style == 1:
        return (
            f"Persona: {pick(rng, PERSONAS)}. Write {n} questions this person might ask an AI "
            f"assistant about {t}, each followed by an expert answer of 120-200 words. Number them."
        )
    if style == 2:
        k = pick(rng, (4, 6, 8))
        return (
            f"Create a realistic {k}-turn conversation between a user and a helpful assistant about "
            f"{t}. The assistant is detailed and accurate. Return a JSON list of "
            '{"role": ..., "content": ...} objects and nothing else.'
        )
    if style == 3:
        code = pick(rng, list(GEN_LANG))
        return GEN_LANG[code].format(n=n, t=t)
    if style == 4:
        seed = first_sentence(seed_instruction, 200)
        return (
            "Rewrite the instruction below into a harder version (add two constraints and require "
            "multi-step reasoning), then answer the new instruction in full.\n\n"
            f"#Instruction#: {seed}\n#Rewritten#:"
        )
    if style == 5:
        return (
            f"You are building a dataset. Produce {n} rows for the topic '{t}' in the format\n"
            "### Question\n...\n### Answer\n...\nQuestions must be answerable without external "
            "documents; answers must explain their reasoning."
        )
    return (
        f"Write {n} multiple-choice questions on {t} with four options each, mark the correct "
        "option, and add a two-sentence explanation for why each distractor is wrong."
    )


# --------------------------------------------------------------------------------------------
# campaign: translation fan-out

TGT = {
    "de": ("German", "德语"),
    "fr": ("French", "法语"),
    "es": ("Spanish", "西班牙语"),
    "ja": ("Japanese", "日语"),
    "ko": ("Korean", "韩语"),
    "ru": ("Russian", "俄语"),
    "ar": ("Arabic", "阿拉伯语"),
    "pt": ("Portuguese", "葡萄牙语"),
    "it": ("Italian", "意大利语"),
    "vi": ("Vietnamese", "越南语"),
    "th": ("Thai", "泰语"),
    "id": ("Indonesian", "印尼语"),
    "tr": ("Turkish", "土耳其语"),
    "pl": ("Polish", "波兰语"),
    "hi": ("Hindi", "印地语"),
}


def translation_harvest(rng: R, text: str, code: str, style: int) -> str:
    name, name_zh = TGT[code]
    if style == 0:
        return f"Translate the following text into {name}. Output only the translation.\n\n{text}"
    if style == 1:
        return f"{name}:\n{text}"
    if style == 2:
        return json.dumps(
            {"source_lang": "en", "target_lang": code, "preserve_markdown": True, "text": text},
            ensure_ascii=False,
        )
    if style == 3:
        return f"请将以下内容翻译成{name_zh}，只输出译文，保留原有格式：\n\n{text}"
    return f'<src lang="en">{text}</src>\n<tgt lang="{code}">'


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest

OPENERS = (
    "I'm {p} and I keep getting confused about {t}. Where should I start?",
    "Can you help me plan a week of learning about {t}? I'm {p}.",
    "My friend says {t} is overrated. What do you think?",
    "Explain {t} to me like I'm {p}.",
)
FOLLOW = {
    "en": (
        "Can you go deeper on your second point?",
        "Now argue the opposite position as convincingly as you can.",
        "Give me a concrete example with real numbers.",
        "What would an expert disagree with in what you said?",
        "Summarise our discussion so far in three bullet points.",
        "OK, and what are the common mistakes here?",
        "Rewrite your last answer for a 12-year-old.",
        "Why is that true? Walk me through it.",
        "Turn this into a short checklist I can follow.",
        "What questions should I be asking that I haven't?",
    ),
    "fr": (
        "Tu peux développer ton deuxième point ?",
        "Donne-moi un exemple concret avec des chiffres.",
        "Et quelles sont les erreurs fréquentes ?",
        "Résume notre échange en trois points.",
        "Pourquoi est-ce vrai ? Explique-moi étape par étape.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel mit Zahlen.",
        "Was würde ein Experte daran kritisieren?",
        "Fass unser Gespräch in drei Stichpunkten zusammen.",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 줄 수 있어?",
        "실제 숫자로 구체적인 예를 들어 줘.",
        "지금까지 이야기한 걸 세 줄로 요약해 줘.",
        "흔히 하는 실수는 뭐야?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto con números.",
        "Resume lo que hemos hablado en tres puntos.",
        "¿Qué diría alguien que no está de acuerdo?",
    ),
}


def dialogue_opener(rng: R, chat: str | None, topic: str) -> str:
    if chat is not None:
        return chat
    return pick(rng, OPENERS).format(p=pick(rng, PERSONAS), t=topic)


FOLLOW_TOPIC = (
    "How does this apply to {t} specifically?",
    "What would change if I only had a week to learn {t}?",
    "Compare that with how beginners usually approach {t}.",
    "What's the most misunderstood part of {t}?",
    "If you had to teach {t} in 10 minutes, what would you say?",
)


def dialogue_followup(rng: R, lang: str, topic: str = "") -> str:
    if topic and lang == "en" and chance(rng, 0.4):
        return pick(rng, FOLLOW_TOPIC).format(t=topic)
    text = pick(rng, FOLLOW[lang])
    if lang == "en" and chance(rng, 0.2):
        text = text.lower().rstrip("?.") + pick(rng, ("", "?", " pls", " - be detailed"))
    return text


# --------------------------------------------------------------------------------------------
# campaign: best-of-n and soft-label sampling

LABEL_SETS = (
    ("positive", "neutral", "negative"),
    ("billing", "technical", "account", "other"),
    ("entailment", "neutral", "contradiction"),
    ("toxic", "not_toxic"),
)
REVIEW_BITS = (
    "the delivery was two days late but the support agent was lovely",
    "battery life is fine, screen scratches way too easily",
    "I was charged twice and nobody answers my emails",
    "honestly the best noodles I've had outside Osaka",
    "app crashes every time I open the camera",
    "it does what it says, nothing more",
    "password reset link never arrives",
)
STATEMENTS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Bananas are botanically berries.",
    "Lightning never strikes the same place twice.",
    "Octopuses have three hearts.",
    "Humans use only 10% of their brains.",
    "Mount Everest is the tallest mountain measured from base to peak.",
)
THINGS = (
    "a lighthouse",
    "the first snow",
    "an old laptop",
    "a night train",
    "tax season",
    "a stray cat",
)


def sampling_item(rng: R, chat: str) -> str:
    """One item of a best-of-n / soft-label job; `chat` is a public prompt the job may reuse."""
    style = int(rng.integers(8))
    if style == 0:
        labels = pick(rng, LABEL_SETS)
        text = pick(rng, REVIEW_BITS) if chance(rng, 0.3) else excerpt(rng, chat, 40, 300)
        return (
            f"Classify the text into one of {list(labels)}. Return a probability for every label "
            f"(summing to 1) as JSON, no other text.\nText: {text}"
        )
    if style == 1:
        claim = pick(rng, STATEMENTS) if chance(rng, 0.3) else first_sentence(chat)
        return f"How confident are you (0-100%) that the following is true or correct? Give the number, then one sentence.\n{claim}"
    if style == 2:
        return f"{problem(rng)}\nAnswer with a short justification and the final value."
    if style == 3:
        form = pick(
            rng,
            ("haiku", "limerick", "four-line poem", "six-word story", "tweet", "product slogan"),
        )
        return f"Write a {form} about {pick(rng, THINGS + TOPICS)}."
    if style == 4:
        return (
            "Give the single most likely next word, and your top 5 candidates with probabilities, "
            f'for: "{excerpt(rng, chat, 20, 90)}"'
        )
    if style == 5:
        what = pick(
            rng,
            (
                "a bakery",
                "a budgeting app",
                "a podcast about maps",
                "a chess club",
                "a robot vacuum",
            ),
        )
        return f"Suggest a name for {what} whose customers care about {pick(rng, TOPICS)}. One name only."
    return chat


# --------------------------------------------------------------------------------------------
# hard campaign: a study app's own traffic and its syllabus sweep

SUBJECTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "functions",
        "exponents",
        "systems of equations",
    ),
    "geometry": (
        "similar triangles",
        "circle theorems",
        "area and volume",
        "coordinate geometry",
        "trigonometry",
    ),
    "chemistry": (
        "stoichiometry",
        "ideal gas law",
        "acids and bases",
        "reaction rates",
        "electrochemistry",
    ),
    "physics": ("kinematics", "Newton's laws", "energy conservation", "circuits", "waves"),
    "statistics": (
        "probability rules",
        "normal distribution",
        "hypothesis tests",
        "regression",
        "sampling",
    ),
    "biology": ("cell division", "genetics crosses", "ecology food webs", "enzymes", "homeostasis"),
}


def app_wrapper(app: str, body: str, grade: int) -> str:
    return f"[{app}] grade={grade} mode=explain\nStudent: {body}"


_MATHY = ("algebra", "geometry", "statistics", "physics")


def syllabus_question(rng: R, subject: str, unit: str, idx: int) -> str:
    """Question `idx` of a unit: worked problems for the mathematical subjects, exam-style
    explanations for the others; always asks for the complete working."""
    if subject in _MATHY:
        q = problem(rng)
        return pick(
            rng,
            (
                f"Chapter {idx // 20 + 1}, exercise {idx % 20 + 1} ({unit}): {q}",
                f"I don't get {unit}. Can you work through this one completely? {q}",
                f"{subject} / {unit}: {q} Please show every step and explain why each step is allowed.",
                f"Practice question on {unit}: {q} Give a full worked solution, then the answer on its own line.",
            ),
        )
    aspect = pick(
        rng,
        (
            "definition",
            "a worked exam question",
            "common mistakes",
            "a diagram described in words",
            "a real-world example",
            "a comparison with a related idea",
        ),
    )
    return pick(
        rng,
        (
            f"Chapter {idx // 20 + 1}, review {idx % 20 + 1}: explain {unit} in {subject}, including {aspect}. "
            "Go through it step by step as if marking a model answer.",
            f"I have a test on {unit}. Explain it fully with {aspect}, and end with a 3-line summary.",
            f"{subject} / {unit}: write the complete model answer a top student would give, covering {aspect}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# hard campaign: coding harvest through taken-over accounts

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a rate limiter using the token bucket algorithm",
    "Dijkstra's shortest path on a sparse graph",
    "a trie supporting insert, search and prefix counting",
    "an interval merger that also reports gaps",
    "a parser for arithmetic expressions with precedence and parentheses",
    "a thread-safe bounded queue",
    "a function that finds the longest palindromic substring",
    "a CSV deduplicator that streams a file larger than memory",
    "a retry decorator with exponential backoff and jitter",
    "topological sort that detects cycles",
    "a minimal JSON pretty printer without using the standard library",
    "a sudoku validator and solver",
    "a consistent hashing ring with virtual nodes",
    "matrix exponentiation for Fibonacci numbers modulo m",
    "a diff of two text files at line level (LCS-based)",
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")


CODE_EXTRAS = (
    "Handle empty input and unicode.",
    "Do not use external libraries.",
    "Make it generic over the element type.",
    "It must be safe to call from several threads.",
    "Add property-based tests.",
    "Keep memory use O(1) extra.",
    "Include a small benchmark.",
    "Explain how you would test it in CI.",
    "Add type annotations throughout.",
    "Show an iterative and a recursive version.",
    "Document every public function.",
    "",
)


def code_harvest(rng: R) -> str:
    return f"{_code_core(rng)} {pick(rng, CODE_EXTRAS)}".strip()


def _code_core(rng: R) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    style = int(rng.integers(7))
    if style == 0:
        return (
            f"Write a complete, well-tested {lang} implementation of {task}. Include the code, unit "
            "tests, a complexity analysis and a short explanation of the design choices."
        )
    if style == 1:
        n = pick(rng, ("10^5", "2*10^5", "10^6"))
        return (
            f"Problem: implement {task}.\nConstraints: n <= {n}, time limit 1 s.\nGive an optimal "
            f"solution in {lang} and explain the idea step by step before the code."
        )
    if style == 2:
        return (
            f"Act as a senior engineer. Implement {task} in {lang}, then review your own code for "
            "bugs and edge cases and post the corrected final version."
        )
    if style == 3:
        return f"how would you do {task} in {lang.lower()}? full code pls + explain"
    if style == 4:
        return (
            f"Escribe en {lang} {task}. Explica la solución paso a paso y añade pruebas unitarias."
        )
    if style == 5:
        return f"Implemente em {lang}: {task}. Explique a complexidade e inclua testes."
    return f"Napisz w języku {lang} {task}. Dodaj testy i wyjaśnij złożoność."


# --------------------------------------------------------------------------------------------
# hard campaign: a paid crowd sweeping a knowledge taxonomy

FIELDS = {
    "biology": (
        "cellular respiration",
        "CRISPR",
        "the Krebs cycle",
        "natural selection",
        "memory T cells",
        "photosynthesis",
        "mitosis vs meiosis",
        "enzyme inhibition",
        "the nitrogen cycle",
        "epigenetics",
    ),
    "economics": (
        "inflation targeting",
        "comparative advantage",
        "price elasticity",
        "quantitative easing",
        "the tragedy of the commons",
        "moral hazard",
        "GDP vs GNP",
        "the Phillips curve",
        "opportunity cost",
        "monopsony",
    ),
    "physics": (
        "entropy",
        "special relativity",
        "the photoelectric effect",
        "angular momentum",
        "superconductivity",
        "the Doppler effect",
        "quantum tunnelling",
        "buoyancy",
        "half-life",
        "Maxwell's equations",
    ),
    "computer science": (
        "hash tables",
        "big-O notation",
        "public-key cryptography",
        "garbage collection",
        "CAP theorem",
        "recursion",
        "TCP handshakes",
        "neural network backpropagation",
        "database indexing",
        "race conditions",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Marshall Plan",
        "the printing press",
        "the Silk Road",
        "decolonisation in Africa",
        "the Cold War arms race",
        "the Industrial Revolution",
        "the Ottoman millet system",
        "the Haitian Revolution",
    ),
    "law": (
        "habeas corpus",
        "consideration in contract law",
        "fair use",
        "strict liability",
        "the presumption of innocence",
        "adverse possession",
        "judicial review",
        "GDPR legitimate interest",
    ),
    "medicine": (
        "antibiotic resistance",
        "insulin resistance",
        "herd immunity",
        "blood pressure readings",
        "the placebo effect",
        "statins",
        "sleep apnea",
        "iron deficiency",
    ),
    "philosophy": (
        "the trolley problem",
        "utilitarianism",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "existentialism",
        "the problem of induction",
        "social contract theory",
    ),
    "finance": (
        "compound interest",
        "index funds",
        "bond yields",
        "options pricing",
        "dollar-cost averaging",
        "credit scores",
        "the time value of money",
        "diversification",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "Bayes' theorem",
        "overfitting",
        "the central limit theorem",
        "Simpson's paradox",
        "correlation vs causation",
        "bootstrapping",
    ),
    "psychology": (
        "cognitive dissonance",
        "the bystander effect",
        "confirmation bias",
        "classical conditioning",
        "working memory",
        "growth mindset",
        "the Dunning-Kruger effect",
    ),
    "chemistry": (
        "covalent vs ionic bonds",
        "Le Chatelier's principle",
        "pH",
        "catalysts",
        "isotopes",
        "oxidation states",
        "polymers",
        "chirality",
    ),
}
QTYPES = (
    "explain {c} in simple words",
    "what is the difference between {c} and {d}",
    "give me a real life example of {c}",
    "what are the common misconceptions about {c}",
    "how would you explain {c} to a 12 year old",
    "what's the history behind {c}",
    "why does {c} matter in practice",
    "can you give a detailed explanation of {c} with an example",
)


def taxonomy(rng: R) -> list[tuple[str, str, int]]:
    """Every (field, concept, question type) cell, in a shuffled but systematic order."""
    cells = [(f, c, q) for f, cs in FIELDS.items() for c in cs for q in range(len(QTYPES))]
    order = rng.permutation(len(cells))
    return [cells[i] for i in order.tolist()]


def crowd_question(rng: R, cell: tuple[str, str, int], lang: str) -> str:
    field_, c, q = cell
    d = pick(rng, [x for x in FIELDS[field_] if x != c])
    core = QTYPES[q].format(c=c, d=d)
    if lang == "es":
        return pick(
            rng,
            (
                f"hola, ¿me puedes explicar {c} de forma sencilla y con un ejemplo?",
                f"¿Cuál es la diferencia entre {c} y {d}? Explícalo bien por favor",
                f"necesito entender {c} para un examen, explícalo con detalle",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"oi, pode me explicar {c} com um exemplo do dia a dia?",
                f"qual a diferença entre {c} e {d}? explica com detalhes",
                f"me explica {c} como se eu tivesse 12 anos",
            ),
        )
    if lang == "id":
        return pick(
            rng,
            (
                f"halo, tolong jelaskan {c} dengan contoh sederhana",
                f"apa bedanya {c} dan {d}? jelaskan secara detail ya",
                f"kenapa {c} penting? kasih contoh nyata",
            ),
        )
    if lang == "hi":
        return pick(
            rng,
            (
                f"bhai {c} simple words mein samjha do, example ke saath",
                f"{c} aur {d} mein kya difference hai? detail mein batao",
                f"mujhe {c} samajh nahi aa raha, step by step explain karo",
            ),
        )
    frame = int(rng.integers(7))
    if frame == 0:
        text = f"hey, {core}?"
    elif frame == 1:
        text = f"{core[0].upper()}{core[1:]}. thanks!!"
    elif frame == 2:
        text = f"can u {core} pls"
    elif frame == 3:
        text = f"I have an exam on {field_} tomorrow. {core[0].upper()}{core[1:]}?"
    elif frame == 4:
        text = f"{core[0].upper()}{core[1:]}? Please be thorough, I want to really understand it."
    elif frame == 5:
        text = f"quick q - {core}"
    else:
        text = f"My teacher mentioned {c} today and I didn't follow. {core[0].upper()}{core[1:]}?"
    return typo(rng, text, 0.3)


# ============================================================================================
# benign kinds


def eval_item(rng: R, idx: int, suite: str) -> str:
    """One item of a fixed benchmark (same rng seed per item: the suite is the same every run)."""
    if suite == "math":
        return f"Problem {idx}: {problem(rng)}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if suite == "mcq":
        f = pick(rng, list(FIELDS))
        others = [x for x in FIELDS if x != f]
        opts = [pick(rng, FIELDS[pick(rng, others)]) for _ in range(4)]
        opts[int(rng.integers(4))] = pick(rng, FIELDS[f])
        lines = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return f"The following is a multiple choice question about {f}.\nWhich of these concepts belongs to {f}?\n{lines}\nAnswer:"
    task = pick(rng, CODE_TASKS)
    words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in task.split()]
    fn = "_".join([w for w in words if w and w not in _STOP][:3])
    return f'def {fn}(*args):\n    """Implement {task}. Return the result."""\n'


_STOP = {"a", "an", "the", "that", "with", "using", "for", "on", "of", "and", "also", "which", "o1"}


GUIDELINES = ("v3.2", "v3.3", "v4.0-draft")


def labelling_task(rng: R, q: str, a: str, b: str) -> str:
    q, a = excerpt(rng, q, 40, 300), excerpt(rng, a, 150, 600)
    g = pick(rng, GUIDELINES)
    style = int(rng.integers(4))
    if style == 0:
        return (
            f"Client guideline {g}, section 4 (tone): rate the CHATBOT REPLY as ON_BRAND, "
            f"NEEDS_EDIT or OFF_BRAND and quote the sentence that decides it.\n\nCUSTOMER: {q}\n\nCHATBOT REPLY: {a}"
        )
    if style == 1:
        b = excerpt(rng, b, 150, 600)
        return (
            f"Guideline {g} §2 pairwise check. Which reply would the client's support lead prefer? "
            f"Answer LEFT or RIGHT and one reason.\n\nQuery: {q}\n\nLEFT: {a}\n\nRIGHT: {b}"
        )
    if style == 2:
        return (
            f"Pre-label for human review (guideline {g}): does the reply contain factual errors? "
            f"Output yes/no/unsure and list the suspicious claims.\n\nQuestion: {q}\nReply: {a}"
        )
    return f"Tag this reply with any of [PII, PROFANITY, OFF_TOPIC, MEDICAL_ADVICE, NONE]. Tags only.\n{a}"


def tutor_prompt(rng: R, app: str, chat: str | None, grade: int) -> str:
    if chat is not None and chance(rng, 0.4):
        body = chat
    else:
        style = int(rng.integers(4))
        p = problem(rng)
        body = (
            f"i need help with this: {p}",
            f"{p} I got a different answer from the book, can you check how to do it?",
            f"Can you give me a hint for this, not the whole answer? {p}",
            f"why is this the way to solve it?? {p}",
        )[style]
    return (
        f"You are {app}'s tutor. Guide the student, explain step by step, encourage them, and never "
        f"just hand over answers to graded homework. Student grade: {grade}.\n\nStudent: {body}"
    )


COURSE_WEEKS = (
    ("linear regression", "gradient descent", "feature scaling"),
    ("logistic regression", "cross-entropy loss", "regularisation"),
    ("decision trees", "random forests", "bagging"),
    ("neural networks", "backpropagation", "activation functions"),
    ("convolutional networks", "pooling", "data augmentation"),
)
COURSE_ERRORS = (
    "ValueError: shapes (32,10) and (3,1) not aligned",
    "my loss becomes nan after a few epochs",
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x784 and 28x10)",
    "accuracy stays at exactly 10% no matter what",
    "sklearn says ConvergenceWarning: lbfgs failed to converge",
)


def course_question(rng: R, week: int, chat: str | None) -> str:
    topic = pick(rng, COURSE_WEEKS[week % len(COURSE_WEEKS)])
    style = int(rng.integers(7))
    if style == 0 and chat is not None:
        return chat
    if style == 1:
        return f"can someone explain {topic} intuitively? the lecture slides lost me"
    if style == 2:
        return f"For homework {week + 1} we have to implement {topic} from scratch. {pick(rng, COURSE_ERRORS)} - what am I doing wrong?"
    if style == 3:
        return f"What's the difference between {topic} and {pick(rng, COURSE_WEEKS[(week + 1) % len(COURSE_WEEKS)])}?"
    if style == 4:
        claim = pick(
            rng,
            (
                "mostly reduces bias, not variance",
                "needs the features to be scaled first",
                "can't overfit if you use enough data",
                "is basically the same as a linear model",
            ),
        )
        return f"Is this correct: {topic} {claim}? my study group disagrees"
    if style == 5:
        return typo(rng, f"how do i pick the learning rate for {topic}", 0.6)
    return f"quiz prep: give me 3 practice questions on {topic} (no answers yet)"


AGENCY_CLIENTS = (
    "Northwind Outdoor",
    "Lumen Skincare",
    "Kettle & Co",
    "Brightpath Tutoring",
    "Vela Motors",
    "Oro Coffee",
    "Fjord Insurance",
    "Pixel Pets",
    "Casa Verde",
    "Nimbus Bank",
)
CHANNELS = (
    "Instagram captions",
    "Google search ads",
    "LinkedIn posts",
    "email subject lines",
    "TikTok hooks",
    "product page bullets",
)
AGENCY_LANGS = ("English", "German", "French", "Spanish", "Dutch", "Italian", "Polish", "Swedish")


def agency_task(rng: R, client: str, passage: str) -> str:
    style = int(rng.integers(5))
    lang = pick(rng, AGENCY_LANGS)
    if style == 0:
        return f"Write {pick(rng, (5, 8, 10))} {pick(rng, CHANNELS)} for {client} announcing {pick(rng, ('a spring sale', 'a new store', 'a loyalty app', 'free shipping'))}. Language: {lang}. Brand voice: warm, no exclamation marks."
    if style == 1:
        return (
            f"Rewrite this ad copy for {client} so it complies with the ad platform's policy: no "
            "health or income claims, no superlatives we can't prove. Keep it under 90 words.\n\n"
            f"{excerpt(rng, passage, 150, 450)}"
        )
    if style == 2:
        return f"Give 20 SEO title variants (max 60 characters) for a {client} blog post about {pick(rng, TOPICS)}, in {lang}."
    if style == 3:
        return f"Client {client}: summarise this brief into a one-paragraph creative direction.\n\n{excerpt(rng, passage, 200, 600)}"
    return f'Localise this tagline for the {lang} market and explain any cultural adjustment: "{client} - made for the way you live."'


INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_pin",
    "dispute_charge",
    "open_savings",
    "loan_rate",
    "update_address",
    "close_account",
    "atm_fee",
    "travel_notice",
)


_UTTER = {
    "card_lost": (
        "i lost my card ending {d4}",
        "my debit card is gone, maybe stolen at {place}",
        "can't find my card since {day}",
    ),
    "transfer_failed": (
        "my transfer of {amt} to {name} didn't go through",
        "payment to {name} bounced {day}",
    ),
    "change_pin": ("how do i change my pin", "want a new PIN for card {d4}"),
    "dispute_charge": (
        "there's a {amt} charge from {place} i never made",
        "dispute the payment on {day}",
    ),
    "open_savings": (
        "i'd like to open a savings account",
        "what savings accounts do you have for {amt}",
    ),
    "loan_rate": ("what's the rate on a {amt} loan", "interest for a car loan over 5 years?"),
    "update_address": ("i moved, need to update my address", "new address from {day}"),
    "close_account": (
        "close my account please",
        "i want to leave the bank and close everything by {day}",
    ),
    "atm_fee": ("why was i charged {amt} at an atm in {place}", "atm fee on {day}??"),
    "travel_notice": ("going to {place} on {day}, will my card work", "travel notice for {place}"),
}


def utterance(rng: R, intent: str) -> str:
    return pick(rng, _UTTER[intent]).format(
        d4=f"{irange(rng, 0, 9999):04d}",
        place=pick(rng, COUNTRIES),
        day=pick(rng, ("monday", "yesterday", "the 3rd", "last week")),
        amt=f"{irange(rng, 5, 2500)} {pick(rng, ('EUR', 'USD', 'TRY', 'AED'))}",
        name=pick(rng, NAMES),
    )


def augmentation_task(rng: R, intent: str, lang: str) -> str:
    n = pick(rng, (10, 15, 20))
    style = int(rng.integers(3))
    if style == 0:
        return (
            f"Paraphrase the customer utterance {n} ways for the intent '{intent}'. Vary formality "
            f"and length, keep the meaning. Language: {lang}. Return a JSON list of strings.\n"
            f'Utterance: "{utterance(rng, intent)}"'
        )
    if style == 1:
        return (
            f"Generate {n} synthetic chat messages a bank customer might send with intent "
            f"'{intent}', including slot values (amounts, dates, last 4 card digits). {lang}. JSON "
            'list of {"text", "slots"}.'
        )
    return (
        f"Write {n} hard negative utterances that look like '{intent}' (e.g. \"{utterance(rng, intent)}\") "
        f"but belong to a different intent; label the true intent for each. {lang}."
    )


AGENT_FILES = (
    "src/app.py",
    "src/api/routes.ts",
    "tests/test_models.py",
    "package.json",
    "Cargo.toml",
    "internal/store/cache.go",
    "README.md",
    "src/components/Table.tsx",
)
AGENT_CMDS = (
    "pytest -q",
    "npm test",
    "cargo build",
    "go test ./...",
    "ruff check .",
    "tsc --noEmit",
)


def coding_agent_step(rng: R, user_task: str | None, step: int, code: str) -> str:
    if step == 0 and user_task is not None:
        return f"<user_request>\n{user_task}\n</user_request>\n<environment_details>cwd: ~/work/{pick(rng, ('shop', 'billing', 'infra', 'site'))}</environment_details>"
    style = int(rng.integers(3))
    if style == 0:
        f = pick(rng, AGENT_FILES)
        return f"[read_file for '{f}'] Result:\n{excerpt(rng, code, 200, 900)}"
    if style == 1:
        cmd = pick(rng, AGENT_CMDS)
        rc = pick(rng, (0, 1, 1, 2))
        return (
            f"[execute_command for '{cmd}'] Result:\nexit code {rc}\n{excerpt(rng, code, 80, 400)}"
        )
    return f"[replace_in_file for '{pick(rng, AGENT_FILES)}'] Result:\nThe edit was applied. Lint: {irange(rng, 0, 3)} warnings."


PERSONA_NAMES = ("Mika", "Leo", "Ayla", "Ren", "Sol", "Juno", "Kai", "Noor")
PERSONA_ROLES = (
    "a cheerful barista",
    "a retired sailor",
    "a sarcastic wizard",
    "a gentle nurse",
    "a K-pop trainee",
    "a space station engineer",
    "a detective in 1920s Paris",
)
COMPANION_LINES = {
    "en": (
        "how was your day?",
        "i failed my driving test lol",
        "tell me about the ship again",
        "can you cheer me up",
        "what would you do if it rained all week",
        "good morning!!",
        "i can't sleep",
        "do you remember what i told you yesterday?",
        "haha that's so you",
        "ok tell me a story",
    ),
    "es": (
        "hola, ¿cómo estás hoy?",
        "no puedo dormir",
        "cuéntame algo bonito",
        "jaja eres lo máximo",
    ),
    "pt": ("oi, sumido!", "tô triste hoje", "me conta uma história", "kkkkk"),
    "ja": ("おはよう！", "今日は疲れた…", "昨日の話の続きして", "なんか面白い話して"),
    "de": ("na, wie geht's?", "ich hab heute frei", "erzähl mir was Schönes"),
    "fr": ("coucou, ça va ?", "j'ai passé une sale journée", "raconte-moi une histoire"),
}


def companion_message(rng: R, persona: str, lang: str, chat: str | None) -> str:
    line = chat if (chat is not None and lang == "en") else pick(rng, COMPANION_LINES[lang])
    return (
        f"[character: {persona}] [memory: {irange(rng, 1, 40)} facts] [lang: {lang}]\nUser: {line}"
    )


GLOSSARY = (
    "account -> Konto",
    "checkout -> Kasse",
    "settings -> Einstellungen",
    "dashboard -> tableau de bord",
    "invoice -> factura",
    "subscription -> abonnement",
)
SHOP_PAIRS = ("en->de", "en->fr", "en->es", "en->it", "en->nl", "en->pt-BR", "en->ja")


def cat_segment(rng: R, segment: str, pair: str, project: str, seg_id: int) -> str:
    style = int(rng.integers(3))
    if style == 0:
        return (
            f"Project {project} | {pair} | segment {seg_id}\nTranslate the segment. Respect the "
            f"glossary ({pick(rng, GLOSSARY)}; {pick(rng, GLOSSARY)}) and keep tags like <b></b> intact.\n\n{segment}"
        )
    if style == 1:
        return f"MT post-edit request ({pair}), client style guide: formal address, no anglicisms.\nSource: {segment}"
    return f"{project} #{seg_id} [{pair}]\n{segment}"


def split_segments(text: str, max_n: int = 30) -> list[str]:
    out, cur = [], ""
    for part in text.replace("\n", " ").split(". "):
        cur = f"{cur}. {part}" if cur else part
        if len(cur) > 60:
            out.append(cur.strip() + ("" if cur.endswith(".") else "."))
            cur = ""
        if len(out) >= max_n:
            break
    if cur and len(out) < max_n:
        out.append(cur.strip())
    return [s for s in out if len(s) > 10]

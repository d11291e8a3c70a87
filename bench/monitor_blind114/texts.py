"""Prompt generators of batch 114, written for this batch (no text copied from the repository).

Every generator takes a numpy Generator first and returns one prompt string. Ordinary human text
(chat openers and assistant-style passages from ShareGPT's "sim" half) comes in through the
shared context (`ctx.chat`, `ctx.passages`) and is passed in by the caller.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Puebla",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)
ITEMS = (
    "notebooks",
    "bus tickets",
    "mangoes",
    "solar panels",
    "bricks",
    "rolls of cable",
    "seedlings",
    "jars of honey",
    "bicycle tyres",
    "tiles",
    "litres of paint",
    "sacks of rice",
    "USB drives",
    "chairs",
)
TOPICS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "plate tectonics",
    "binary search",
    "supply and demand",
    "the immune system",
    "climate feedback loops",
    "public-key cryptography",
    "the water cycle",
    "Roman law",
    "vaccination schedules",
    "inflation targeting",
    "sorting algorithms",
    "volcanic eruptions",
    "the printing press",
    "antibiotic resistance",
    "renewable grids",
    "urban heat islands",
    "probability paradoxes",
    "cell division",
    "medieval trade routes",
    "machine translation",
    "ocean acidification",
    "game theory",
    "the Silk Road",
    "kidney function",
    "quantum tunnelling",
    "monsoon seasons",
    "copyright law",
    "soil erosion",
    "the Cold War",
    "neural networks",
    "tax brackets",
    "wind turbines",
    "jazz harmony",
    "protein folding",
    "microfinance",
    "glaciers",
    "sleep cycles",
)
DOMAINS = (
    "banking",
    "travel booking",
    "telecom support",
    "insurance claims",
    "food delivery",
    "e-commerce returns",
    "healthcare scheduling",
    "utility billing",
    "car rental",
    "online education",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ar": "Arabic",
    "hi": "Hindi",
    "ko": "Korean",
    "it": "Italian",
    "tr": "Turkish",
    "pl": "Polish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "th": "Thai",
    "sw": "Swahili",
}


def _num(rng: np.random.Generator, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# --------------------------------------------------------------------------------------------
# problems (reasoning material)


def word_problem(rng: np.random.Generator) -> str:
    """A short arithmetic / algebra word problem with fresh numbers."""
    k = int(rng.integers(8))
    a, b, c = _num(rng, 3, 90), _num(rng, 2, 40), _num(rng, 2, 12)
    name, other, city, item = (
        pick(rng, NAMES),
        pick(rng, NAMES),
        pick(rng, CITIES),
        pick(rng, ITEMS),
    )
    if k == 0:
        return (
            f"{name} buys {a} {item} in {city} at {b} dollars each and sells them at a {c * 5}% markup, "
            f"but {c} of them are damaged and cannot be sold. What is the profit or loss?"
        )
    if k == 1:
        return (
            f"A train leaves {city} at {c}:00 travelling at {a + 40} km/h. Another leaves the same station "
            f"{b % 5 + 1} hours later at {a + 70} km/h on the same track. When does the second train "
            f"catch up, and how far from {city}?"
        )
    if k == 2:
        return (
            f"The sum of three consecutive odd integers is {3 * (2 * a + 1) + 6}. Find the integers and "
            f"check your answer."
        )
    if k == 3:
        return (
            f"{name} and {other} can paint a fence in {c + 2} and {c + b % 7 + 4} hours respectively. "
            f"Working together for {c % 3 + 1} hours, then {name} leaves. How long does {other} need to finish?"
        )
    if k == 4:
        return (
            f"A bag holds {a % 9 + 3} red, {b % 7 + 2} blue and {c} green marbles. Two are drawn without "
            f"replacement. What is the probability that they have different colours?"
        )
    if k == 5:
        return f"Solve for x: {c}x^2 - {a + b}x + {a} = 0. Give exact roots and say whether they are real."
    if k == 6:
        return (
            f"A rectangle's length is {c} cm more than twice its width and its perimeter is "
            f"{2 * (3 * b + c)} cm. Find its area."
        )
    return (
        f"{name} invests {a * 100} euros at {c % 6 + 2}% compounded monthly. After how many whole months "
        f"does the balance first exceed {a * 100 + b * 30} euros?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    people = list(rng.choice(NAMES, size=4, replace=False))
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"{people[0]}, {people[1]}, {people[2]} and {people[3]} sit in a row. {people[0]} is not at either "
            f"end. {people[1]} sits directly right of {people[2]}. {people[3]} is left of {people[0]}. "
            f"List every valid seating order."
        )
    if k == 1:
        return (
            f"Exactly one of these is lying. {people[0]}: '{people[1]} took it.' {people[1]}: 'I did not.' "
            f"{people[2]}: '{people[0]} is lying.' Who took it?"
        )
    if k == 2:
        a, b, c = _num(rng, 2, 6), _num(rng, 1, 5), _num(rng, 2, 4)
        return (
            f"{people[0]} must ferry {a} goats, {b} wolves and {pick(rng, ITEMS)} across a river in a boat that "
            f"holds {c} passengers besides the rower. Wolves may never outnumber goats on either bank. Find the "
            f"fewest crossings, or prove it cannot be done."
        )
    n, w = _num(rng, 5, 16), _num(rng, 2, 4)
    return (
        f"In a league each of {n} teams plays every other {pick(rng, ('once', 'twice'))}; a win gives {w} points, "
        f"a draw 1. What is the largest possible number of teams that can share the top score, and what is the "
        f"smallest score that can still win the league outright?"
    )


def code_reasoning(rng: np.random.Generator) -> str:
    n = _num(rng, 3, 9)
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"What does this print and why?\n\nxs = [i * i % {n} for i in range({n * 2})]\n"
            f"print(sorted(set(xs)), xs.count({n - 1}))"
        )
    if k == 1:
        c1, c2 = _num(rng, 1, 4), _num(rng, 1, 4)
        return (
            f"Trace the recursion: def f(n): return {c1} if n < 2 else f(n - 1) + {c2} * f(n - 2). "
            f"Compute f({n + _num(rng, 2, 9)}) and the number of calls made."
        )
    if k == 2:
        m = _num(rng, 2, 7)
        return (
            f"Is this loop O(n log n), O(n sqrt n) or O(n^2)? for i in range(n): j = {_num(rng, 1, 3)}; "
            f"while j < i: j {pick(rng, ('*=', '+=', '**= 1 +'))} {m}. Prove it."
        )
    return (
        f"A hash table with {n * 4} buckets uses {pick(rng, ('linear', 'quadratic'))} probing. Insert keys "
        f"{', '.join(str(_num(rng, 10, 199)) for _ in range(_num(rng, 5, 9)))} "
        f"with h(k) = k mod {n * 4}. Show the final table and the probe counts."
    )


def any_problem(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.55:
        return word_problem(rng)
    if r < 0.78:
        return logic_puzzle(rng)
    return code_reasoning(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion: several independent house styles


def reasoning_trace(rng: np.random.Generator, style: int, lang: str) -> str:
    p = any_problem(rng)
    if lang == "zh":
        heads = (
            "请一步一步详细推理，把完整的思考过程都写出来，不要省略任何中间步骤，最后单独一行写出答案。",
            "先在<思考>标签里写出全部推理过程，再给出最终答案。",
            "请像老师讲解一样逐步分析下面的问题，每一步都要说明理由。",
        )
        return f"{heads[style % 3]}\n\n题目（原文为英文）：{p}"
    if lang == "ru":
        heads = (
            "Реши задачу, подробно расписав каждый шаг рассуждения. Ответ дай в конце отдельной строкой.",
            "Сначала полностью распиши ход мыслей внутри <мысли></мысли>, затем дай ответ.",
            "Объясни решение так, будто проверяешь его сам: каждый шаг, каждая проверка.",
        )
        return f"{heads[style % 3]}\n\n{p}"
    if lang == "es":
        heads = (
            "Resuelve paso a paso, mostrando todo tu razonamiento antes de la respuesta final.",
            "Piensa en voz alta dentro de <razonamiento></razonamiento> y después responde.",
            "Explica cada paso y verifica el resultado al final.",
        )
        return f"{heads[style % 3]}\n\n{p}"
    if style == 0:
        return (
            f"{p}\n\nThink through this carefully inside <think></think> tags, writing out every intermediate "
            f"step and any self-corrections, then give the final answer after 'ANSWER:'."
        )
    if style == 1:
        return (
            f"### Problem\n{p}\n\n### Instructions\n1. Restate the problem.\n2. Reason step by step; do not skip "
            f"arithmetic.\n3. Double-check with an independent method.\n4. Final answer in \\boxed{{}}."
        )
    if style == 2:
        return f"Q: {p}\nLet's work this out slowly and verify each step before answering.\nA:"
    return (
        f"I want to see your full internal reasoning for this one, not just the result. Show all the "
        f"steps, including ones that turn out wrong.\n\n{p}"
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def judge_prompt(
    rng: np.random.Generator, style: int, lang: str, question: str, a: str, b: str
) -> str:
    q, a, b = _clip(question, 600), _clip(a, 1200), _clip(b, 1200)
    if lang == "de":
        return (
            f"Bewerte die beiden Antworten auf die Nutzerfrage nach Hilfsbereitschaft, Korrektheit und Klarheit "
            f"(je 1-10). Begründe ausführlich und nenne dann den Gewinner als 'A' oder 'B'.\n\nFrage: {q}\n\n"
            f"Antwort A: {a}\n\nAntwort B: {b}"
        )
    if lang == "ja":
        return (
            f"次の質問に対する二つの回答を比較し、有用性・正確さ・安全性をそれぞれ1〜10で採点してください。"
            f"理由を詳しく書いた後、より良い方を A か B で答えてください。\n\n質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    if style == 0:
        return (
            f"[SYSTEM] You are an impartial expert evaluator.\n[RUBRIC] helpfulness (0-10), factuality (0-10), "
            f"harmlessness (0-10), style (0-10).\n[TASK] Score RESPONSE on each criterion, explain each score in "
            f'2-3 sentences, and output JSON {{"scores": ..., "overall": float}}.\n\nPROMPT:\n{q}\n\n'
            f"RESPONSE:\n{a}"
        )
    if style == 1:
        return (
            f"Which assistant answered better? Consider accuracy, depth and tone. Think it through, then end "
            f"with exactly '[[A]]', '[[B]]' or '[[tie]]'.\n\n<question>{q}</question>\n<assistant_a>{a}"
            f"</assistant_a>\n<assistant_b>{b}</assistant_b>"
        )
    if style == 2:
        return (
            f"Give a single reward score between -5 and 5 for how well the reply follows the user's intent. "
            f"Output the number on the first line and a critique below.\n\nUser: {q}\nReply: {a}"
        )
    return (
        f"Critique the following answer like a strict reviewer: list every factual error, every missing "
        f"point and every unclear sentence, then rewrite the ideal answer.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


# --------------------------------------------------------------------------------------------
# safety-policy rewrites

BORDERLINE = (
    "how lock bumping works",
    "the lethal dose range of paracetamol",
    "how phishing kits are built",
    "why some extremist groups recruit online",
    "how to bypass a school web filter",
    "the chemistry of thermite",
    "how counterfeit banknotes are detected",
    "how ransomware spreads",
    "ways people evade tax",
    "how to track someone's phone",
    "the effects of mixing alcohol and sedatives",
    "how car thieves defeat keyless entry",
    "historical propaganda techniques",
    "self-harm warning signs",
    "how to make a fake ID look real",
    "making a small explosive for a film prop",
    "what makes a deepfake convincing",
    "how stalkerware hides on a phone",
    "buying prescription drugs without a prescription",
    "writing an insulting roast of a coworker",
)


def policy_rewrite(rng: np.random.Generator, style: int, lang: str, draft: str) -> str:
    req = pick(rng, BORDERLINE)
    d = _clip(draft, 700)
    if lang == "zh":
        return (
            f"用户请求：关于{req}的问题。\n草稿回复：{d}\n\n请判断这个请求属于哪一类风险（无/低/中/高），"
            f"然后写出一个既安全又尽量有帮助的标准回复，不要直接拒绝。"
        )
    if lang == "ru":
        return (
            f"Запрос пользователя касается темы: {req}.\nЧерновик ответа: {d}\n\nПерепиши ответ так, чтобы он "
            f"соответствовал правилам безопасности, но оставался полезным. Объясни, что ты изменил и почему."
        )
    if lang == "ar":
        return (
            f"طلب المستخدم عن: {req}.\nمسودة الرد: {d}\n\nأعد كتابة الرد ليكون آمناً ومفيداً في الوقت نفسه، "
            f"ثم اشرح سبب كل تعديل."
        )
    if style == 0:
        return (
            f'A user asked about {req}. Here is an unfiltered draft answer:\n"""{d}"""\n\nRewrite it as '
            f"the ideal policy-compliant assistant response. Keep as much useful, safe information as "
            f"possible, and do not open with an apology."
        )
    if style == 1:
        return (
            f"Classify this request under a content policy (categories: none, weapons, self-harm, fraud, "
            f"privacy, hate, drugs) with severity 0-3, then write the response you would actually give.\n\n"
            f"Request: Tell me about {req}."
        )
    if style == 2:
        return (
            f"The following reply was refused too eagerly. Produce a version that answers the legitimate part "
            f"of the question about {req} and declines only what is truly dangerous. Show the final reply only."
            f"\n\nOriginal refusal: I'm sorry, but I can't help with that."
        )
    return (
        f"Respond to the request below twice: first as a maximally cautious assistant, then as a balanced "
        f"assistant that follows the published usage policy. Label them CAUTIOUS and BALANCED.\n\n"
        f"Request: {req}?"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLSETS = (
    ("search_web", "open_url", "extract_table", "write_file"),
    ("list_files", "read_file", "apply_patch", "run_tests", "run_shell"),
    ("get_calendar", "create_event", "send_email", "lookup_contact"),
    ("sql_query", "describe_table", "plot_chart", "export_csv"),
    ("get_weather", "book_flight", "search_hotels", "convert_currency"),
)
AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and summarise them",
    "fix the failing test in the payments module and open a patch",
    "reschedule my Thursday meetings to Friday afternoon and notify attendees",
    "compute monthly revenue by region from the orders table and chart it",
    "collect the population of {c1} and {c2} from two sources and reconcile differences",
    "rename the config loader to settings_loader across the repo and update imports",
    "draft a trip plan to {c1} within a budget of {n} euros",
    "find which customers churned after the price change and export them",
)


def tool_schema(tools: Sequence[str]) -> str:
    spec = [
        {
            "name": t,
            "description": t.replace("_", " "),
            "parameters": {
                "type": "object",
                "properties": {"arg": {"type": "string"}},
                "required": ["arg"],
            },
        }
        for t in tools
    ]
    return json.dumps(spec)


def agent_step(
    rng: np.random.Generator, style: int, step: int, task: str, tools: Sequence[str]
) -> str:
    lines = []
    for i in range(step):
        t = pick(rng, tools)
        lines.append(
            f'Step {i + 1}: call {t}(arg="{pick(rng, CITIES).lower()}_{_num(rng, 1, 99)}") -> '
            f"observation: {_num(rng, 1, 500)} results, status ok"
        )
    hist = "\n".join(lines) if lines else "(no steps yet)"
    if style == 0:
        return (
            f"You are an autonomous agent. Available tools (JSON schema): {tool_schema(tools)}\n\nTask: {task}"
            f"\n\nTrajectory so far:\n{hist}\n\nThink about what to do next, then output exactly one tool call "
            f'as JSON {{"tool": ..., "arguments": ...}} or FINISH with a final answer.'
        )
    if style == 1:
        return (
            f"<tools>{tool_schema(tools)}</tools>\n<goal>{task}</goal>\n<history>\n{hist}\n</history>\n"
            f"Write your reasoning in <plan> and the next action in <action>."
        )
    return (
        f"SYSTEM: tool-using assistant. tools={','.join(tools)}\nUSER: {task}\n{hist}\nASSISTANT (next "
        f"function call, with a short rationale first):"
    )


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES), c2=pick(rng, CITIES), n=_num(rng, 4, 30) * 100
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

FORMATS = (
    "instruction/response pairs",
    "multiple-choice questions with explanations",
    "short dialogues between a customer and an agent",
    "question/answer pairs with reasoning",
    "chain-of-thought math problems with solutions",
    "user requests with ideal assistant replies",
    "code exercises with reference solutions",
)
AUDIENCES = (
    "high-school students",
    "beginners",
    "domain experts",
    "non-native speakers",
    "children aged 10",
    "software engineers",
    "nurses",
    "small-business owners",
)


def synth_dataset(rng: np.random.Generator, style: int, lang: str) -> str:
    n = int(pick(rng, (10, 15, 20, 25, 30, 40, 50)))
    fmt, topic, aud = pick(rng, FORMATS), pick(rng, TOPICS), pick(rng, AUDIENCES)
    lname = LANG_NAMES.get(lang, "English")
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality {fmt} about {topic} for {aud}, written in {lname}. Vary "
            f"difficulty and phrasing; no two items may share an opening. Output JSON Lines with keys "
            f'"instruction" and "output" only.'
        )
    if style == 1:
        return (
            f"You are a data generator. seed={_num(rng, 1000, 99999)}\nDomain: {topic}\nAudience: {aud}\n"
            f"Language: {lname}\nCount: {n}\nFormat: {fmt}\nReturn a JSON array. Make the outputs long and "
            f"detailed, as an expert assistant would write them."
        )
    if style == 2:
        return (
            f"Write {n} examples of {fmt}. Subject: {topic}. Make every answer thorough (at least 150 words) "
            f"and correct. Number them. Language: {lname}."
        )
    persona = f"{pick(rng, NAMES)}, a {pick(rng, ('teacher', 'nurse', 'farmer', 'developer', 'lawyer', 'student'))} from {pick(rng, COUNTRIES)}"
    return (
        f"Persona: {persona}.\nWrite {n} realistic questions this person might ask an AI assistant about "
        f'{topic}, each followed by an excellent answer. Output as JSONL: {{"q":..., "a":...}}.'
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling: a fixed pool of questions


def sample_pool_question(rng: np.random.Generator) -> str:
    """One question for a best-of-n pool (short answers, so many samples are cheap)."""
    topic, other = pick(rng, TOPICS), pick(rng, TOPICS)
    kinds = (
        f"In one paragraph, what is the most important idea in {topic}?",
        f"Label the sentiment (positive/neutral/negative) of: 'I finally understood {topic} today, {pick(rng, NAMES)}.'",
        f"True or false, with a probability: {topic} was first described before {irange(rng, 16, 19)}00.",
        f"Write a tweet-length explanation of {topic}.",
        f"Which is harder to teach, {topic} (A) or {other} (B)? Answer A or B, then explain.",
        f"Rate from 1 to 5 how well a {irange(rng, 8, 16)}-year-old could understand {topic}. Number first.",
        word_problem(rng) + " Final number only.",
    )
    return kinds[int(rng.integers(len(kinds)))]


def soft_label_wrap(rng: np.random.Generator, style: int, q: str, k: int) -> str:
    if style == 0:
        return q
    if style == 1:
        return f"{q}\n\n(Answer independently; this is sample {k}.)"
    return f"{q}\nRespond with your answer and a confidence between 0 and 1."


# --------------------------------------------------------------------------------------------
# curriculum sweep


CURR_SUBJECTS = (
    "arithmetic",
    "algebra",
    "geometry",
    "probability",
    "physics",
    "chemistry",
    "programming",
    "grammar",
    "logic",
    "statistics",
)


def curriculum(
    rng: np.random.Generator, style: int, lang: str, level: int, levels: int, subject: str
) -> str:
    p = (
        any_problem(rng)
        if subject in ("arithmetic", "algebra", "probability", "logic", "programming")
        else f"Explain {pick(rng, TOPICS)} in terms of {subject}, with a worked example."
    )
    if lang == "fr":
        return f"Niveau {level}/{levels} — {subject}. Exercice : {p}\nDonne une solution complète et commentée."
    if lang == "pt":
        return f"Nível {level} de {levels} ({subject}). Resolva e explique cada passo: {p}"
    if lang == "hi":
        return f"स्तर {level}/{levels} ({subject}): इस प्रश्न को चरण-दर-चरण हल करें और हर चरण समझाएँ। {p}"
    if lang == "id":
        return f"Tingkat {level} dari {levels} — {subject}. Selesaikan langkah demi langkah: {p}"
    if style == 0:
        return f"[curriculum {subject} L{level:02d}/{levels}] {p}\nSolve fully, then state one harder follow-up."
    if style == 1:
        return (
            f"Difficulty {level} out of {levels}. Topic: {subject}.\n{p}\nWork it out step by step."
        )
    return f"Lesson {level}: {subject}. {p} Explain like a tutor, then give the answer."


# --------------------------------------------------------------------------------------------
# code harvest

CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
CODE_TASKS = (
    "parses an ISO-8601 duration string into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) operations",
    "validates an IBAN",
    "computes the edit distance of two strings",
    "serialises a binary tree to a string and back",
    "rate-limits calls with a token bucket",
    "finds the k most frequent words in a text",
    "detects a cycle in a directed graph",
    "implements a trie with prefix search",
    "flattens a nested JSON object into dotted keys",
    "computes a rolling median over a stream",
    "tokenises arithmetic expressions and evaluates them",
    "splits a bill fairly among friends with rounding",
    "implements Dijkstra's algorithm on a grid",
    "deduplicates records by fuzzy name match",
    "renders a Markdown table from rows",
    "retries an HTTP request with exponential backoff",
    "checks whether a Sudoku board is valid",
    "compresses a string with run-length encoding",
)

CODE_TWISTS = (
    "",
    "",
    " for inputs of up to {n} items",
    " without using any third-party library",
    " in a streaming fashion with O({k}) extra memory",
    ", safe to call from {k} threads at once",
    " and returns a typed error instead of raising",
    ", generic over the element type",
    " with a benchmark for n = {n}",
    " where the input arrives as a file of {n} lines",
    " and also handles Unicode input correctly",
    " as a pure function with property-based tests",
)


def code_task(rng: np.random.Generator, style: int, lang: str | None = None) -> str:
    cl = lang or pick(rng, CODE_LANGS)
    task = f"{pick(rng, CODE_TASKS)}{pick(rng, CODE_TWISTS).format(n=10 ** irange(rng, 3, 7), k=irange(rng, 2, 64))}"
    if style == 0:
        return (
            f"Write a {cl} function that {task}. Include type annotations, a docstring, edge-case handling, "
            f"a complexity analysis and at least five unit tests."
        )
    if style == 1:
        return f"# language: {cl}\n# task: function that {task}\n# requirements: idiomatic, tested, explained\n"
    if style == 2:
        return (
            f"Implement the following in {cl} and explain the design step by step before the code: a "
            f"function that {task}."
        )
    return f"Show two different {cl} solutions for a function that {task}, compare them, and recommend one."


# --------------------------------------------------------------------------------------------
# a writing-assistant product (used by a hidden harvest and by a benign kind, with different brands)

WRITING_MODES = (
    "Improve the clarity and flow of the text below. Keep the author's voice.",
    "Make the text below more concise.",
    "Fix grammar and spelling in the text below.",
    "Rewrite the text below in a more formal tone.",
    "Summarise the text below in 3 bullet points.",
    "Explain the text below in simpler words.",
)


def writing_app(rng: np.random.Generator, brand: str, text: str, lang: str = "en") -> str:
    mode = pick(rng, WRITING_MODES)
    tail = "" if lang == "en" else f" Answer in {LANG_NAMES.get(lang, 'English')}."
    return f"You are {brand}, a writing assistant.{tail} {mode}\n\n---\n{_clip(text, 1800)}"


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (dialogue harvest and ordinary users alike)

FOLLOW_UPS = (
    "Can you go deeper on the second point?",
    "Give me a concrete example.",
    "Why is that?",
    "Now explain it as if I were new to this.",
    "What would a critic say about your answer?",
    "Summarise everything so far in a table.",
    "Are you sure? Double-check it.",
    "Continue.",
    "What are the common mistakes here?",
    "Rewrite that more briefly.",
)
FOLLOW_UPS_CASUAL = (
    "ok and then?",
    "hmm not sure i get it",
    "thanks! one more thing",
    "can u make it shorter",
    "wait why",
    "more detail pls",
    "lol ok",
    "what about for beginners",
)


# --------------------------------------------------------------------------------------------
# translation

TRANSLATE_TARGETS = (
    "es",
    "de",
    "fr",
    "pt",
    "zh",
    "ja",
    "ko",
    "ar",
    "hi",
    "ru",
    "it",
    "tr",
    "pl",
    "id",
    "vi",
    "nl",
    "uk",
    "th",
    "sw",
)


def translation_job(
    rng: np.random.Generator, style: int, text: str, target: str, job: int, client: str
) -> str:
    tname = LANG_NAMES[target]
    t = _clip(text, 1600)
    if style == 0:
        return (
            f"Job {job} | client: {client} | target: {tname} ({target})\nTranslate the source text faithfully. "
            f"Preserve formatting, lists and code blocks.\n\nSOURCE:\n{t}"
        )
    if style == 1:
        return f"Translate into {tname}. Natural, fluent, no notes.\n\n{t}"
    return (
        f"Please localise the following for a {tname}-speaking audience; adapt idioms and units where "
        f"needed. Return only the translation.\n\n{t}"
    )


# --------------------------------------------------------------------------------------------
# benign-kind texts

COURSE_TOPICS = (
    "limits",
    "derivatives",
    "integration by parts",
    "eigenvalues",
    "Bayes' rule",
    "hypothesis tests",
    "recurrence relations",
    "graph colouring",
    "linear programming",
    "series convergence",
)


def coursework(rng: np.random.Generator, course: str) -> str:
    k = int(rng.integers(6))
    topic = pick(rng, COURSE_TOPICS)
    sec = f"{_num(rng, 1, 9)}.{_num(rng, 1, 12)}"
    if k == 0:
        return f"{course} problem {sec}: {word_problem(rng)} I got a different answer than the book, where did I go wrong?"
    if k == 1:
        return f"can you explain {topic} step by step? our lecture went way too fast"
    if k == 2:
        return f"Homework {sec} ({course}) - {word_problem(rng)} Please show the steps, not just the answer."
    if k == 3:
        return f"what's the intuition behind {topic}? exam on {pick(rng, ('monday', 'friday', 'thursday'))}"
    if k == 4:
        return f"Check my proof: {topic} question {sec}. I assumed the sequence is bounded so it converges. Is that enough?"
    return f"quiz me on {topic} with 5 questions, one at a time"


def grading_eval(
    rng: np.random.Generator, bench: str, question: str, reference: str, candidate: str, style: int
) -> str:
    q, r, c = _clip(question, 500), _clip(reference, 500), _clip(candidate, 900)
    if style == 0:
        return (
            f"Benchmark: {bench}\nYou grade a candidate answer against a reference. Output CORRECT or "
            f"INCORRECT followed by one sentence.\n\nQuestion: {q}\nReference: {r}\nCandidate: {c}"
        )
    return (
        f"[{bench} | grader v{_num(rng, 2, 4)}] Score the candidate from 1 to 5 using the rubric "
        f"(1 = wrong, 3 = partially right, 5 = fully right and well argued). Reply as JSON "
        f'{{"score": int, "reason": str}}.\nQ: {q}\nGOLD: {r}\nCANDIDATE: {c}'
    )


def moderation(rng: np.random.Generator, platform: str, post: str, lang: str) -> str:
    p = _clip(post, 900)
    extra = "" if lang == "en" else f" The post may be in {LANG_NAMES[lang]}; answer in English."
    return (
        f"{platform} community guidelines v{_num(rng, 3, 5)}.{_num(rng, 0, 9)}. Label the user post as ALLOW, "
        f"REVIEW or REMOVE with the guideline section, and if REVIEW/REMOVE suggest a compliant edit the "
        f"user could post instead.{extra}\n\nPost id {_num(rng, 10**6, 10**7)}:\n{p}"
    )


def coding_agent(rng: np.random.Generator, product: str, user_text: str, step: int) -> str:
    tools = ("read_file", "search_repo", "edit_file", "run_command")
    files = ", ".join(
        f"src/{w}.{pick(rng, ('py', 'ts', 'go'))}"
        for w in rng.choice(
            ["api", "models", "utils", "auth", "db", "views", "cli", "jobs"], size=3, replace=False
        ).tolist()
    )
    hist = "\n".join(f"- {pick(rng, tools)} ok" for _ in range(step))
    return (
        f"{product} agent. Tools: {', '.join(tools)}. Workspace files: {files}.\nUser request: "
        f"{_clip(user_text, 1200)}\nPrevious actions:\n{hist or '- none'}\nDecide the next action."
    )


INTENTS = (
    "check_balance",
    "report_lost_card",
    "change_address",
    "cancel_order",
    "refund_status",
    "upgrade_plan",
    "reset_password",
    "speak_to_human",
    "billing_dispute",
    "delivery_delay",
)


def intent_paraphrases(rng: np.random.Generator, domain: str) -> str:
    intent, n = pick(rng, INTENTS), int(pick(rng, (10, 20, 25, 30)))
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"For our {domain} chatbot's intent classifier, write {n} varied customer utterances for the "
            f"intent '{intent}'. Mix short and long, typos, polite and angry. One per line."
        )
    if k == 1:
        return (
            f'intent={intent} domain={domain} n={n}\nGenerate paraphrases of: "{pick(rng, ("I need help with my account", "something is wrong with my order", "how do I change this", "this charge looks wrong"))}"'
            f"\nReturn a JSON list of strings."
        )
    return (
        f"We have too few training examples for '{intent}' ({domain}). Produce {n} realistic messages, "
        f"including {max(2, n // 5)} that are hard to tell apart from '{pick(rng, INTENTS)}'."
    )


SURVEY_ITEMS = (
    "How trustworthy are news sources in general? Answer 1-7.",
    "Would you support a four-day work week? Answer yes/no and one reason.",
    "Rank these values: freedom, security, equality.",
    "Is it acceptable to lie to protect a friend's feelings? Answer on a 1-5 scale.",
    "Estimate the population of Canada in millions. Number only.",
    "Pick the better headline: A) 'Rates rise again' B) 'Borrowers face higher costs'.",
    "What is the probability that it rains tomorrow in a city with 120 rainy days a year?",
    "Describe the emotion in: 'I waited all day and nobody came.' One word.",
)


def variability_item(rng: np.random.Generator, i: int, condition: str) -> str:
    item = SURVEY_ITEMS[i % len(SURVEY_ITEMS)]
    if condition == "plain":
        return item
    if condition == "persona":
        return f"Answer as a {pick(rng, ('retired teacher', 'student', 'farmer', 'nurse'))} from {pick(rng, COUNTRIES)}. {item}"
    return f"{item} Then state your confidence from 0 to 100."


LESSON_LANGS = ("es", "fr", "de", "it", "ja", "ko", "pt", "en")
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")


def language_lesson(rng: np.random.Generator, target: str, level: str, app: str) -> str:
    tname = LANG_NAMES[target]
    k = int(rng.integers(5))
    w = pick(
        rng,
        (
            "the market",
            "my family",
            "a job interview",
            "the weather",
            "a trip",
            "ordering food",
            "a doctor's visit",
            "hobbies",
        ),
    )
    if k == 0:
        return f"[{app}] Level {level} {tname}. Create a short dialogue about {w} and then 3 comprehension questions."
    if k == 1:
        return f"[{app}] Correct my {tname} ({level}) and explain each mistake simply: {_clip(pick(rng, ('yo soy ir al mercado ayer', 'je suis allé au magasin hier et acheté pain', 'ich habe gestern nach Hause gegangen', 'watashi wa sushi o tabemasu deshita', 'eu gosto muito de o futebol')), 200)}"
    if k == 2:
        return f"[{app}] {tname} {level}: explain the grammar point for talking about {w}, with 5 example sentences."
    if k == 3:
        return (
            f"[{app}] Vocabulary drill, {tname} {level}: 10 words about {w} with example sentences."
        )
    return f"[{app}] Roleplay in {tname} at level {level}: you are a local, I am a visitor, topic {w}. Start."


DOC_KINDS = (
    "product description",
    "terms of service clause",
    "onboarding email",
    "app store listing",
    "safety data sheet paragraph",
    "press release",
    "user manual section",
    "job advert",
)


def client_translation(
    rng: np.random.Generator, agency: str, client: str, text: str, target: str
) -> str:
    doc = pick(rng, DOC_KINDS)
    return (
        f"{agency} | PO {_num(rng, 1000, 9999)}-{_num(rng, 10, 99)} | {client} | {doc}\nTranslate from English "
        f"into {LANG_NAMES[target]}. Use the client glossary terms unchanged: {client}, "
        f"{pick(rng, ('Pro plan', 'SmartSync', 'Care+', 'FlexPay'))}.\n\n{_clip(text, 1400)}"
    )


COMPANION_LINES = (
    "hey, how was your day?",
    "i had a rough day at work",
    "tell me a story about a dragon who is afraid of the dark",
    "do you remember what we talked about yesterday?",
    "i can't sleep",
    "what should i cook tonight",
    "pretend you're my study buddy",
    "say something nice",
    "im bored",
    "let's play 20 questions",
    "my cat knocked over my coffee again",
    "what do you think happens after we die",
    "rate my outfit idea: green jacket, black jeans",
    "i passed my driving test!!",
)


def companion(rng: np.random.Generator, persona: str, human: str | None) -> str:
    line = human if human is not None else pick(rng, COMPANION_LINES)
    return f"(persona: {persona}; memory on)\n{_clip(line, 600)}"


def casual_followup(rng: np.random.Generator) -> str:
    return pick(rng, FOLLOW_UPS_CASUAL) if chance(rng, 0.6) else pick(rng, FOLLOW_UPS)

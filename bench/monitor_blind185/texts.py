"""Prompt generators of batch 185, written for this batch (no prompt text copied from elsewhere).

Campaign generators come first, then the benign kinds'. Each takes a numpy Generator (and, where
ordinary human text fits, ShareGPT prompts or answers handed over by the caller) and returns one
prompt string. Several independent template styles and several languages per generator.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _sentences(text: str) -> list[str]:
    out = []
    for part in text.replace("\n", " ").split(". "):
        part = part.strip()
        if 25 <= len(part) <= 260:
            out.append(part if part.endswith((".", "?", "!")) else part + ".")
    return out


# ============================================================================================
# reasoning problems (shared by a campaign family and by the evaluation-lab kind)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    name = pick(rng, NAMES)
    if k == 0:
        a, b, c = irange(rng, 200, 900), irange(rng, 12, 40), irange(rng, 2, 10)
        return (
            f"A tank holds {a} litres. A pipe fills it at {b} litres per minute while a crack "
            f"drains {c} litres per minute. Starting from empty, how many minutes until it is full?"
        )
    if k == 1:
        a, b, c, d = irange(rng, 3, 9), irange(rng, 2, 7), irange(rng, 4, 12), irange(rng, 1, 3)
        e = 50 if a * b + c * d < 50 else 100
        return (
            f"{name} buys {a} notebooks at ${b} each and {c} pens at ${d} each, then pays with a "
            f"${e} note. How much change is due, and what fraction of the spending went on pens?"
        )
    if k == 2:
        a, b, c = irange(rng, 60, 400), irange(rng, 12, 30), irange(rng, 10, 28)
        return (
            f"Two cyclists start at the same moment from towns {a} km apart and ride toward each "
            f"other at {b} km/h and {c} km/h. How far from the first town do they meet, and when?"
        )
    if k == 3:
        a = irange(rng, 40, 120)
        b, c = irange(rng, 10, a // 2), irange(rng, 10, a // 2)
        d = irange(rng, 2, min(b, c) - 1)
        return (
            f"In a group of {a} people, {b} speak French, {c} speak German and {d} speak both. "
            f"How many speak neither language?"
        )
    if k == 4:
        a, b, c = irange(rng, 2, 8), irange(rng, 2, 8), irange(rng, 2, 8)
        return (
            f"A bag holds {a} red, {b} blue and {c} green marbles. Two are drawn without "
            f"replacement. What is the probability that they are different colours?"
        )
    if k == 5:
        x, y = pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"Every inhabitant of an island is either a knight, who always tells the truth, or a "
            f"knave, who always lies. {x} says: '{y} is a knave.' {y} says: '{x} and I are the "
            f"same kind.' Determine what each of them is."
        )
    if k == 6:
        r1, r2 = irange(rng, -9, 12), irange(rng, -9, 12)
        return (
            f"Find every integer solution of x^2 - ({r1 + r2})x + ({r1 * r2}) = 0 and verify each "
            f"one by substitution."
        )
    if k == 7:
        n, m = irange(rng, 6, 25), irange(rng, 2, 5)
        return (
            f"What does this Python function return for g({n})?\n\ndef g(n):\n    total = 0\n"
            f"    for i in range(1, n + 1):\n        if i % {m} == 0:\n            total += i * i\n"
            f"        elif i % 2:\n            total -= i\n    return total"
        )
    if k == 8:
        s, d, n = irange(rng, 1, 20), irange(rng, 2, 9), irange(rng, 15, 60)
        seq = ", ".join(str(s + d * i) for i in range(4))
        return (
            f"A sequence begins {seq}, ... Find the {n}th term and the sum of the first {n} terms."
        )
    if k == 9:
        p, q = irange(rng, 5, 40), irange(rng, 5, 40)
        return (
            f"A shop raises a price by {p}% and later cuts the new price by {q}%. Is the final "
            f"price above or below the original, and by what percentage?"
        )
    if k == 10:
        n = irange(rng, 5, 9)
        return (
            f"In how many ways can {n} different books be arranged on a shelf if two particular "
            f"books must not stand next to each other?"
        )
    v, h = irange(rng, 5, 25), irange(rng, 5, 40)
    return (
        f"A ball is thrown straight up at {v} m/s from a balcony {h} m above the ground. Ignoring "
        f"air resistance (g = 9.8 m/s^2), when does it land and what is its speed on impact?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b, c = irange(rng, 200, 900), irange(rng, 12, 40), irange(rng, 2, 10)
        return f"一个水池容量为{a}升，进水管每分钟注水{b}升，排水管每分钟排水{c}升。两管同时打开，从空池开始，多少分钟能注满？"
    if k == 1:
        a, b, c = irange(rng, 100, 600), irange(rng, 40, 90), irange(rng, 40, 90)
        return f"甲乙两地相距{a}千米，两辆车同时从两地出发相向而行，速度分别为每小时{b}千米和{c}千米。几小时后相遇？相遇点距甲地多远？"
    if k == 2:
        a, b = irange(rng, 3, 9), irange(rng, 3, 9)
        return f"袋中有{a}个红球和{b}个白球，不放回地连续取出两个球，求两个球颜色相同的概率。"
    n = irange(rng, 3, 12)
    return (
        f"某商品先涨价{n * 5}%，再降价{n * 5}%，最终价格与原价相比是高了还是低了？变化了百分之几？"
    )


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b, c, d = (
            irange(rng, 120, 600),
            irange(rng, 2, 6),
            irange(rng, 200, 900),
            irange(rng, 5, 25),
        )
        return (
            f"Поезд проходит {a} км за {b} ч. Сколько времени займёт путь в {c} км с той же "
            f"скоростью, если по дороге две остановки по {d} минут?"
        )
    if k == 1:
        a = irange(rng, 25, 40)
        b, c = irange(rng, 8, 15), irange(rng, 8, 15)
        d = irange(rng, 2, 7)
        return (
            f"В классе {a} учеников: {b} занимаются плаванием, {c} — шахматами, {d} — и тем, и "
            f"другим. Сколько учеников не занимаются ни тем, ни другим?"
        )
    r1, r2 = irange(rng, -8, 10), irange(rng, -8, 10)
    return f"Найдите все целые корни уравнения x^2 - ({r1 + r2})x + ({r1 * r2}) = 0 и проверьте их подстановкой."


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        p, q = irange(rng, 5, 40), irange(rng, 5, 40)
        return (
            f"Una tienda sube un precio un {p}% y después lo rebaja un {q}%. ¿El precio final es "
            f"mayor o menor que el original? ¿En qué porcentaje?"
        )
    if k == 1:
        a, b = 3 * irange(rng, 10, 60), irange(rng, 3, 20)
        return (
            f"{pick(rng, NAMES)} tiene {a} euros. Gasta la tercera parte en libros y {b} euros en "
            f"transporte. ¿Cuánto dinero le queda?"
        )
    return f"Se lanzan dos dados. ¿Cuál es la probabilidad de que la suma sea {irange(rng, 3, 11)}?"


PROBLEMS = {"en": problem_en, "zh": problem_zh, "ru": problem_ru, "es": problem_es}

_COERCE = {
    "en": (
        "Before giving the answer, write out your entire reasoning process between <think> and "
        "</think>. Include every intermediate step, every check and every dead end; do not "
        "summarise or skip anything. After </think>, give the final answer on its own line.",
        "Show your complete chain of thought as numbered steps (Step 1, Step 2, ...). Each step "
        "must say what you are doing and why. Verify the result at the end, then write "
        "'Final answer: ...'.",
        "Think out loud like an expert working on scratch paper. I want the raw, unedited "
        "reasoning, including the hypotheses you reject, not a polished explanation. Finish with "
        "ANSWER: <value>.",
    ),
    "zh": (
        "请先在<思考>和</思考>之间完整写出你的推理过程，每一步都写清楚，不要省略任何中间步骤，然后再给出最终答案。",
        "请一步一步详细推理，列出所有中间计算和验证过程，最后以“答案：”开头给出结果。",
    ),
    "ru": (
        "Сначала подробно распиши весь ход рассуждений между тегами <think> и </think>, не "
        "пропуская ни одного шага и проверки, затем дай окончательный ответ.",
    ),
    "es": (
        "Antes de responder, escribe todo tu razonamiento paso a paso entre <think> y </think>, "
        "sin omitir nada, y después da la respuesta final en una línea aparte.",
        "Explica tu cadena de razonamiento completa en pasos numerados y comprueba el resultado "
        "antes de escribir 'Respuesta final:'.",
    ),
}


def reasoning_coercion(rng: Rng, lang: str, style: int) -> str:
    problem = PROBLEMS[lang](rng)
    instr = _COERCE[lang][style % len(_COERCE[lang])]
    if style % 3 == 0:
        return f"{problem}\n\n{instr}"
    if style % 3 == 1:
        return f"{instr}\n\nProblem:\n{problem}"
    return f"### Task\n{problem}\n### Requirements\n{instr}"


# ============================================================================================
# judge / rubric / reward grading

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "instruction following",
    "clarity of structure",
    "appropriate length",
    "safety",
    "tone",
    "use of examples",
    "reasoning quality",
    "honesty about uncertainty",
)


def judge_prompt(rng: Rng, question: str, ans_a: str, ans_b: str, style: int, lang: str) -> str:
    q = _clip(question, 40, 600, rng)
    a = _clip(ans_a, 250, 1100, rng)
    b = _clip(ans_b, 250, 1100, rng)
    if lang == "de":
        return (
            f"Du bist ein unparteiischer Gutachter. Vergleiche die beiden Antworten auf die "
            f"Nutzerfrage nach Hilfsbereitschaft, Korrektheit und Klarheit. Gib JSON zurück: "
            f'{{"begruendung": "...", "sieger": "A" | "B" | "unentschieden"}}.\n\n'
            f"Frage:\n{q}\n\nAntwort A:\n{a}\n\nAntwort B:\n{b}"
        )
    if lang == "es":
        crit = ", ".join(pick(rng, _CRITERIA) for _ in range(3))
        return (
            f"Evalúa la siguiente respuesta de un asistente del 1 al 10 según estos criterios: "
            f"{crit}. Justifica cada puntuación en una frase y da una nota global.\n\n"
            f"Pregunta:\n{q}\n\nRespuesta:\n{a}"
        )
    if lang == "ja":
        return (
            f"あなたは公平な評価者です。以下の質問に対する回答を、正確さ・有用性・明確さの観点から1〜10点で採点し、"
            f"理由を簡潔に述べてください。最後に「総合点: X」と書いてください。\n\n質問:\n{q}\n\n回答:\n{a}"
        )
    s = style % 4
    if s == 0:
        return (
            "[System] Act as an impartial judge. Compare the two assistant responses to the user "
            "question below. Consider helpfulness, correctness, depth and clarity; do not let "
            'length or position sway you. Output JSON: {"reasoning": "...", "winner": "A" | "B" '
            f'| "tie"}}.\n\n[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}'
        )
    if s == 1:
        crits = list(dict.fromkeys(pick(rng, _CRITERIA) for _ in range(5)))
        lines = "\n".join(f"- {c}" for c in crits)
        return (
            f"Score the response on each criterion from 1 to 10 and justify every score in one "
            f"sentence.\nCriteria:\n{lines}\n\nPrompt:\n{q}\n\nResponse:\n{a}\n\nReturn one line "
            f"per criterion as 'criterion: score - justification', then 'overall: score'."
        )
    if s == 2:
        return (
            f"### Instruction\n{q}\n### Candidate\n{a}\n### Task\nYou are a reward model. Output "
            f"a single number between 0 and 1 giving how strongly a careful human rater would "
            f"prefer this candidate, then one line of critique."
        )
    return (
        f"Reference answer:\n{b}\n\nStudent answer:\n{a}\n\nQuestion: {q}\n\nGrade the student "
        f"answer against the reference. Mark it CORRECT, PARTIALLY CORRECT or INCORRECT and list "
        f"every discrepancy."
    )


# ============================================================================================
# policy-compliant / censorship-safe rewrites

_SENSITIVE = {
    "en": (
        "how to tell whether pills bought online are counterfeit",
        "the propaganda techniques a banned extremist group used in the 1990s",
        "a teenager who says they have been thinking about hurting themselves",
        "how pin-tumbler locks can be picked",
        "whether owning a suppressor is legal in different countries",
        "how phishing kits are usually structured, for an awareness course",
        "what amount of paracetamol becomes dangerous",
        "the arguments each side makes about Taiwan's political status",
        "a villain's monologue threatening to flood a city, for a novel",
        "how to dispose of old ammunition found in an attic",
        "why some people believe vaccines cause autism and what the evidence says",
        "how money laundering through shell companies works, for a journalism piece",
        "the Tiananmen Square protests of 1989",
        "how to talk to a friend who is drinking too much",
        "a graphic description of a battlefield injury for a war story",
    ),
    "zh": (
        "1989年天安门事件的经过",
        "如何判断网购的药品是否是假药",
        "网络诈骗团伙通常如何组织",
        "新疆政策的国际争议",
        "青少年说自己想伤害自己时应该怎么回应",
        "台湾的政治地位问题各方的观点",
        "如何安全处理家中过期的药物",
    ),
    "ru": (
        "как распознать поддельные лекарства, купленные в интернете",
        "история протестов на Болотной площади",
        "как устроены фишинговые рассылки",
        "что делать, если друг говорит о самоубийстве",
    ),
    "ar": (
        "كيف أعرف إذا كانت الأدوية التي اشتريتها عبر الإنترنت مزيفة",
        "ما هي حجج الطرفين حول قضية سياسية حساسة في المنطقة",
        "كيف أتحدث مع صديق يفكر في إيذاء نفسه",
        "كيف تعمل عمليات الاحتيال عبر الرسائل",
    ),
}


def policy_rewrite(rng: Rng, lang: str, passage: str, style: int) -> str:
    topic = pick(rng, _SENSITIVE[lang])
    if lang == "zh":
        if style % 2:
            return f"请针对下面这个敏感问题，写出一个既安全又有帮助的标准回答，语气中立，避免任何可能违反内容政策的细节：{topic}"
        return (
            f"用户问：“{topic}”。请先判断应当拒绝、部分回答还是完整回答，然后写出最合适的回复全文。"
        )
    if lang == "ru":
        if style % 2:
            return f"Перепиши следующий ответ так, чтобы он соответствовал правилам безопасности, но оставался полезным:\n\n{_clip(passage, 300, 900, rng)}"
        return f"Напиши образцовый ответ ассистента на запрос «{topic}»: полезный, но строго в рамках политики безопасности."
    if lang == "ar":
        return f"اكتب ردًا آمنًا ومفيدًا على الطلب التالي بحيث يلتزم بسياسات المحتوى، ثم اشرح باختصار سبب صياغتك بهذه الطريقة: {topic}"
    s = style % 4
    if s == 0:
        return (
            f"For the user request below, write two things: (1) the reply a well-aligned assistant "
            f"should give - as helpful as possible while staying within safety policy; (2) a short "
            f"note on which policy considerations shaped that reply.\n\nUser request: {topic}"
        )
    if s == 1:
        return (
            f"The assistant answer below may break content guidelines. Rewrite it so that it is "
            f"fully policy-compliant while keeping as much useful information as possible. Output "
            f"only the rewritten answer.\n\n---\n{_clip(passage, 300, 1000, rng)}\n---"
        )
    if s == 2:
        return (
            f"Should an assistant refuse, partially comply with, or fully comply with this "
            f"request? Answer REFUSE / PARTIAL / COMPLY, then write the exact reply it should "
            f"send.\n\nRequest: {topic}"
        )
    return (
        f"Write the ideal response to '{topic}' for a general-audience assistant. It must not "
        f"lecture, must not refuse unnecessarily, and must leave out anything operationally "
        f"harmful. Then list the three sentences you were most careful about."
    )


# ============================================================================================
# agent / tool-use transcripts

_TOOLSETS = {
    "travel": (
        [
            (
                "search_flights",
                "Find flights",
                {"origin": "string", "destination": "string", "date": "string"},
            ),
            ("get_fare_rules", "Fare conditions of a flight", {"flight_id": "string"}),
            ("book_flight", "Book a seat", {"flight_id": "string", "passenger": "string"}),
            ("send_email", "Email the user", {"to": "string", "body": "string"}),
        ],
        (
            "Book the cheapest refundable flight from {a} to {b} on {d} for {n} and email the confirmation.",
            "Find a flight from {a} to {b} arriving before noon on {d}; if none is refundable, pick the shortest.",
        ),
    ),
    "shop": (
        [
            ("search_catalog", "Search products", {"query": "string", "max_price": "number"}),
            ("get_reviews", "Reviews of a product", {"sku": "string"}),
            ("add_to_cart", "Add product to cart", {"sku": "string", "qty": "integer"}),
            ("checkout", "Pay for the cart", {"address_id": "string"}),
        ],
        (
            "Buy {n2} {item} under {p} dollars with at least 4-star reviews and ship to the saved home address.",
            "Compare the three best-reviewed {item} under {p} dollars and add the best value one to the cart.",
        ),
    ),
    "files": (
        [
            ("list_dir", "List a directory", {"path": "string"}),
            ("read_file", "Read a file", {"path": "string"}),
            ("write_file", "Write a file", {"path": "string", "content": "string"}),
            ("run_shell", "Run a shell command", {"cmd": "string"}),
        ],
        (
            "In the project at /srv/{w}, find why `make test` fails and fix it.",
            "Rename every function called {w}_helper in /srv/{w} to {w}_util and make sure the tests pass.",
        ),
    ),
    "sql": (
        [
            ("list_tables", "Tables in the database", {}),
            ("describe_table", "Columns of a table", {"table": "string"}),
            ("run_query", "Run a read-only SQL query", {"sql": "string"}),
        ],
        (
            "Which {n2} customers from {c} spent the most in 2025, and what did they buy most often?",
            "Find the month of 2025 with the highest refund rate for orders shipped to {c}.",
        ),
    ),
    "calendar": (
        [
            ("list_events", "Events in a date range", {"start": "string", "end": "string"}),
            (
                "find_free_slots",
                "Free slots shared by people",
                {"people": "array", "duration_min": "integer"},
            ),
            (
                "create_event",
                "Create an event",
                {"title": "string", "start": "string", "people": "array"},
            ),
        ],
        (
            "Schedule a 45-minute review with {n} and {n3} next week, avoiding Friday afternoons.",
            "Move all my meetings on {d} to the following day where the other people are free.",
        ),
    ),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Perth",
)
_ITEMS = (
    "noise-cancelling headphones",
    "standing desks",
    "espresso grinders",
    "running shoes",
    "webcams",
)
_WORDS = ("ledger", "atlas", "quartz", "harbor", "vector", "nimbus", "orchid", "pylon")


def agent_task(rng: Rng) -> tuple[str, str]:
    domain = pick(rng, sorted(_TOOLSETS))
    task = pick(rng, _TOOLSETS[domain][1]).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        d=f"2026-03-{irange(rng, 1, 28):02d}",
        n=pick(rng, NAMES),
        n2=irange(rng, 2, 5),
        n3=pick(rng, NAMES),
        item=pick(rng, _ITEMS),
        p=irange(rng, 40, 400),
        w=pick(rng, _WORDS),
        c=pick(rng, COUNTRIES),
    )
    return domain, task


def _fake_observation(rng: Rng, tool: str) -> str:
    if tool in ("search_flights", "search_catalog", "list_tables", "list_dir", "list_events"):
        items = [f"{pick(rng, _WORDS)}-{irange(rng, 10, 999)}" for _ in range(irange(rng, 2, 5))]
        return json.dumps({"results": items})
    if tool in ("run_shell", "run_query"):
        return json.dumps(
            {"exit": int(irange(rng, 0, 1)), "rows": irange(rng, 0, 40), "stderr": ""}
        )
    return json.dumps({"ok": True, "id": f"{irange(rng, 10000, 99999)}"})


def agent_step(rng: Rng, domain: str, task: str, history: list[tuple[str, str]], style: int) -> str:
    tools = _TOOLSETS[domain][0]
    if style % 2 == 0:
        spec = json.dumps(
            [
                {"name": n, "description": d, "parameters": {"type": "object", "properties": p}}
                for n, d, p in tools
            ]
        )
        hist = (
            "\n".join(f"#{i + 1} call {t} -> {obs}" for i, (t, obs) in enumerate(history))
            or "(none yet)"
        )
        return (
            f"SYSTEM: You are an autonomous agent. Tools:\n{spec}\nReply with exactly one tool call "
            f'as JSON {{"tool": ..., "arguments": {{...}}}} or {{"final_answer": ...}}. Think '
            f"before each call and explain your thinking in a 'thought' field.\n\nTASK: {task}\n\n"
            f"HISTORY:\n{hist}"
        )
    desc = "\n".join(f"{n}({', '.join(p)}): {d}" for n, d, p in tools)
    steps = "".join(
        f"Thought: I should use {t}.\nAction: {t}\nAction Input: {{...}}\nObservation: {obs}\n"
        for t, obs in history
    )
    return (
        f"Answer the task as well as you can. You can use these tools:\n\n{desc}\n\nUse this "
        f"format:\nThought: reason about what to do\nAction: one of the tools\nAction Input: the "
        f"input\nObservation: the result\n... (repeat as needed)\nThought: I now know the final "
        f"answer\nFinal Answer: the answer\n\nTask: {task}\n{steps}Thought:"
    )


def agent_next(rng: Rng, domain: str, history: list[tuple[str, str]]) -> list[tuple[str, str]]:
    tool = pick(rng, _TOOLSETS[domain][0])[0]
    return [*history, (tool, _fake_observation(rng, tool))]


# ============================================================================================
# synthetic dataset generation

TOPICS = (
    "household budgeting",
    "photosynthesis",
    "the French Revolution",
    "Kubernetes networking",
    "negotiating a salary",
    "marathon training",
    "the immune system",
    "compound interest",
    "writing cover letters",
    "plate tectonics",
    "sourdough baking",
    "SQL window functions",
    "caring for elderly parents",
    "climate adaptation in cities",
    "contract law basics",
    "music theory for guitarists",
    "first aid for burns",
    "small business taxes",
    "the history of the printing press",
    "probability paradoxes",
    "renting a flat abroad",
    "machine learning evaluation",
    "urban gardening",
    "public speaking",
    "the Cold War",
    "diabetes management",
    "Rust ownership rules",
    "job interview preparation",
    "ancient Roman engineering",
    "mental health at work",
    "solar panel installation",
    "data privacy regulations",
    "raising a puppy",
    "electric car batteries",
    "writing a short story",
    "investing in index funds",
    "the water cycle",
    "conflict resolution in teams",
    "quantum computing basics",
    "learning a second language",
)
_PERSONAS = (
    "a retired nurse in Ohio who just got her first smartphone",
    "a first-year law student in Lagos",
    "a sous-chef planning to open a food truck",
    "a high-school physics teacher in Manila",
    "a freelance translator juggling five clients",
    "an anxious parent of a newborn",
    "a backend engineer moving into management",
    "a farmer in Kenya looking into drip irrigation",
    "a PhD student in marine biology",
    "a small-town pharmacist",
    "a teenager preparing for a chess tournament",
    "a night-shift security guard studying accounting",
    "an architect who cycles to work",
    "a museum curator writing grant proposals",
    "a truck driver interested in astronomy",
)
_EVOL = (
    "adding one more constraint or requirement",
    "asking for the reasoning behind each step",
    "replacing general concepts with more specific ones",
    "requiring the answer to handle an edge case",
    "turning it into a multi-part question",
)


def synthetic_data(rng: Rng, chat: list[str], lang: str, style: int) -> str:
    topic = pick(rng, TOPICS)
    n = pick(rng, (5, 8, 10, 12, 20))
    if lang == "fr":
        return (
            f"Crée {n} paires question-réponse variées en français sur le thème « {topic} », "
            f"niveau {pick(rng, ('débutant', 'intermédiaire', 'avancé'))}. Les réponses doivent "
            f'être complètes et détaillées. Format JSON : [{{"question": ..., "reponse": ...}}]'
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos de instruções e respostas ideais em português sobre {topic}. "
            f"Varie o tipo de pergunta (explicação, comparação, passo a passo, opinião). Responda "
            f"em JSON Lines com os campos instrucao e resposta."
        )
    if lang == "hi":
        return f"'{topic}' विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत, सही उत्तर हिंदी में लिखिए। उत्तर JSON सूची के रूप में दीजिए।"
    s = style % 3
    if s == 0:
        return (
            f'Generate {n} diverse, high-quality instruction-following examples on "{topic}". Mix '
            f"how-to, comparison, open-ended, factual and creative requests. For each, write a "
            f'thorough ideal response. Output JSON Lines with keys "instruction", "input", '
            f'"output". Never repeat a phrasing.'
        )
    if s == 1:
        return (
            f"Persona: {pick(rng, _PERSONAS)}.\nWrite one realistic request this person might "
            f"send to an AI assistant about {topic}, then the best possible assistant reply.\n"
            f"Format:\n<request>...</request>\n<response>...</response>"
        )
    return (
        f"Act as a prompt rewriter. Make the prompt below harder by {pick(rng, _EVOL)}, so that "
        f"strong AI systems find it more demanding, while it stays natural and answerable. Add "
        f"at most 40 words. Then answer the rewritten prompt in full.\n#Given Prompt#:\n"
        f"{_clip(pick(rng, chat), 30, 500, rng)}\n#Rewritten Prompt#:"
    )


# ============================================================================================
# multi-turn dialogue harvest (a scripted "user" that keeps asking)

_OPEN = {
    "en": (
        "I'm trying to understand {t}. Where should I start?",
        "Can you explain {t} as if I'm completely new to it?",
        "What are the biggest misconceptions about {t}?",
        "I have an exam on {t} next week, help me get the big picture.",
    ),
    "pt": (
        "Estou tentando entender {t}. Por onde eu começo?",
        "Pode me explicar {t} como se eu fosse iniciante?",
        "Quais são os maiores equívocos sobre {t}?",
    ),
    "id": (
        "Saya sedang belajar tentang {t}. Sebaiknya mulai dari mana?",
        "Bisa jelaskan {t} untuk pemula?",
        "Apa saja kesalahpahaman umum tentang {t}?",
    ),
    "tr": (
        "{t} konusunu anlamaya çalışıyorum. Nereden başlamalıyım?",
        "{t} konusunu yeni başlayan birine anlatır gibi açıklar mısın?",
    ),
}
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would someone who disagrees say?",
        "Okay, now summarise everything so far in a table.",
        "How does that work in practice?",
        "Are there exceptions to this?",
        "I don't get the last part, explain it differently.",
        "What mistakes do beginners usually make here?",
        "Quiz me with three questions on this, with answers.",
        "Rewrite that for a 12-year-old.",
        "Why is that the case? Walk me through it.",
        "And what are the trade-offs?",
        "How does {t} show up in everyday life?",
        "What's the history behind {t}?",
        "Give me a real case study involving {t}.",
        "What do experts still argue about when it comes to {t}?",
        "If I had one hour to master {t}, what should I focus on?",
        "Explain the hardest part of {t} again, more slowly.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "O que diria alguém que discorda?",
        "Resuma tudo até agora numa tabela.",
        "Por que isso acontece? Explique passo a passo.",
        "Quais são os erros mais comuns?",
    ),
    "id": (
        "Bisa dijelaskan lebih dalam poin kedua?",
        "Beri saya contoh konkret.",
        "Apa pendapat orang yang tidak setuju?",
        "Ringkas semuanya dalam bentuk tabel.",
        "Kenapa begitu? Jelaskan langkah demi langkah.",
    ),
    "tr": (
        "İkinci noktayı biraz daha açar mısın?",
        "Bunun somut bir örneğini verir misin?",
        "Karşı görüşte olan biri ne derdi?",
        "Şimdiye kadarki her şeyi bir tabloda özetle.",
        "Bu neden böyle? Adım adım anlat.",
    ),
}
_TOPICS_L = {
    "en": TOPICS,
    "pt": (
        "inflação",
        "a Revolução Industrial",
        "redes neurais",
        "direito do consumidor",
        "energia solar",
        "a fotossíntese",
    ),
    "id": (
        "inflasi",
        "sejarah Majapahit",
        "pemrograman Python",
        "gizi anak",
        "perubahan iklim",
        "pajak UMKM",
    ),
    "tr": (
        "enflasyon",
        "Osmanlı tarihi",
        "makine öğrenmesi",
        "kira hukuku",
        "güneş enerjisi",
        "bağışıklık sistemi",
    ),
}


def dialogue_turn(rng: Rng, lang: str, topic: str, turn: int) -> str:
    if turn == 0:
        return pick(rng, _OPEN[lang]).format(t=topic)
    return pick(rng, _FOLLOW[lang]).format(t=topic)


def dialogue_topic(rng: Rng, lang: str) -> str:
    return pick(rng, _TOPICS_L[lang])


# ============================================================================================
# best-of-n and soft-label sampling

_MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    ("Which organ produces insulin?", ("Liver", "Kidney", "Pancreas", "Spleen")),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        ("Borges", "García Márquez", "Neruda", "Cortázar"),
    ),
    ("Which planet has the shortest day?", ("Mercury", "Earth", "Jupiter", "Neptune")),
    ("What does GDP measure?", ("Government debt", "Total output", "Inflation", "Trade balance")),
    (
        "Which treaty ended the First World War with Germany?",
        ("Versailles", "Utrecht", "Westphalia", "Ghent"),
    ),
    ("What is the pH of pure water at 25 C?", ("5", "7", "9", "11")),
    ("Which data structure gives FIFO order?", ("Stack", "Queue", "Heap", "Trie")),
    (
        "Which hormone regulates the sleep cycle?",
        ("Cortisol", "Melatonin", "Adrenaline", "Insulin"),
    ),
    ("In which year did the Berlin Wall fall?", ("1987", "1989", "1991", "1993")),
    ("Which language runs natively in web browsers?", ("Python", "JavaScript", "Go", "Rust")),
)


def soft_label(rng: Rng, style: int) -> str:
    q, opts = pick(rng, _MCQ)
    order = rng.permutation(4).tolist()
    body = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    if style % 2:
        return (
            f"Question: {q}\n{body}\nReturn only a JSON object mapping each letter to your "
            f"probability that it is correct; the values must sum to 1."
        )
    return (
        f"{q}\n{body}\n\nExplain briefly, then state your answer and your confidence from 0 to 100."
    )


# ============================================================================================
# code curriculum sweep

CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
CODE_TOPICS = (
    "binary search on a rotated array",
    "an LRU cache",
    "a trie with prefix counting",
    "a token-bucket rate limiter",
    "a tiny JSON parser",
    "Dijkstra's shortest paths",
    "a thread-safe bounded queue",
    "merge intervals",
    "a min-heap from scratch",
    "topological sort with cycle detection",
    "an expression evaluator with precedence",
    "a Bloom filter",
    "run-length encoding and decoding",
    "union-find with path compression",
    "a simple regex matcher supporting . and *",
    "matrix spiral traversal",
    "a consistent-hashing ring",
    "edit distance",
    "a retry wrapper with exponential backoff",
    "an in-memory key-value store with TTLs",
)


_CODE_CONTEXT = (
    "",
    " The code will run inside a payments service.",
    " Assume it is used in a game engine's hot loop.",
    " Target an embedded device with 64 KB of RAM.",
    " It is called from a web API under heavy concurrent load.",
    " Optimise for readability by new team members.",
    " Assume every input may be malicious.",
    " It must be easy to instrument with metrics.",
    " Avoid any third-party libraries.",
    " The data arrives as a stream and does not fit in memory.",
    " Write it in a functional style where the language allows.",
    " Document every public function as for a library release.",
)


def code_curriculum(rng: Rng, index: int, lang: str, style: int) -> str:
    topic = CODE_TOPICS[index % len(CODE_TOPICS)]
    plang = CODE_LANGS[(index // len(CODE_TOPICS)) % len(CODE_LANGS)]
    level = 1 + (index // (len(CODE_TOPICS) * len(CODE_LANGS))) % 5
    context = _CODE_CONTEXT[
        (index // (len(CODE_TOPICS) * len(CODE_LANGS) * 5)) % len(_CODE_CONTEXT)
    ]
    return _code_text(plang, topic, level, lang, style) + context


def _code_text(plang: str, topic: str, level: int, lang: str, style: int) -> str:
    if lang == "ja":
        return f"{plang}で「{topic}」を実装してください（難易度 {level}/5）。完全なコード、ユニットテスト、計算量の解説、設計上の判断の理由を含めてください。"
    if lang == "ko":
        return f"{plang}로 {topic}을(를) 구현해 주세요 (난이도 {level}/5). 전체 코드, 단위 테스트, 시간·공간 복잡도 분석, 설계 이유를 모두 포함해 주세요."
    s = style % 3
    if s == 0:
        return (
            f"Level {level}/5 exercise - {topic} in {plang}.\nProvide: (1) a complete, idiomatic "
            f"solution; (2) unit tests covering edge cases; (3) a step-by-step explanation of the "
            f"approach; (4) time and space complexity."
        )
    if s == 1:
        return (
            f"Write a {plang} implementation of {topic} that contains one subtle bug, then show "
            f"the corrected version and explain which test would have caught the bug. "
            f"Difficulty {level} of 5."
        )
    return (
        f"Teach {topic} to a student at level {level}/5. Give a worked {plang} example with a "
        f"comment on every line, then two practice variations with full solutions."
    )


# ============================================================================================
# natural-looking expert questions (for the families that hide among people)

_EXPERT = {
    "en": (
        "why do ACE inhibitors cause a dry cough but ARBs usually don't",
        "what's the actual difference between a will and a living trust",
        "how does a Roth conversion ladder work",
        "why is the Monty Hall answer 2/3 and not 1/2",
        "how do you size a beam for a 4 metre span in a house",
        "how does CRISPR actually find the right spot in the DNA",
        "what makes a contract void vs voidable",
        "why do bond prices fall when interest rates rise",
        "how do noise-cancelling headphones work",
        "what's the difference between type 1 and type 2 errors",
        "how do vaccines train memory B cells",
        "why did the Bretton Woods system collapse",
        "how does a heat pump move heat from a cold place to a warm one",
        "what is the proof that there are infinitely many primes",
        "how does TCP congestion control work",
        "why does the moon always show the same face",
        "how do antidepressants take weeks to work if serotonin goes up right away",
        "what's the right way to read a p-value",
        "how does double-entry bookkeeping stay balanced",
        "why do transformers need positional encodings",
        "how does a company's cash flow differ from its profit",
        "what causes inflation to spiral",
        "how does GPS know where you are",
        "why can't you divide by zero",
        "how does the kidney concentrate urine",
        "what does a tort lawyer have to prove in a negligence case",
        "how do you calculate the present value of an annuity",
        "why is the sky blue but sunsets red",
        "how does public key encryption work",
        "what made the Roman concrete so durable",
    ),
    "es": (
        "por qué sube la inflación cuando se imprime dinero",
        "cómo funciona una hipoteca a tipo variable",
        "qué diferencia hay entre un virus y una bacteria",
        "cómo se calcula el interés compuesto",
        "por qué cayó el Imperio romano de Occidente",
        "cómo funciona la fotosíntesis paso a paso",
        "qué es un contrato de arrendamiento y qué derechos tengo",
        "cómo funciona el cifrado de extremo a extremo",
    ),
    "pt": (
        "como funciona o sistema imunológico contra vírus",
        "qual a diferença entre CLT e PJ na prática",
        "por que a taxa Selic afeta a inflação",
        "como calcular o valor presente de um investimento",
        "como funciona a energia solar fotovoltaica",
        "por que o céu é azul",
    ),
    "fr": (
        "comment fonctionne l'impôt sur le revenu en France",
        "pourquoi les taux d'intérêt influencent l'immobilier",
        "comment le cœur régule son rythme",
        "quelle est la différence entre un CDD et un CDI",
        "comment fonctionne une pompe à chaleur",
    ),
    "de": (
        "wie funktioniert eine Wärmepumpe genau",
        "warum steigen Anleihekurse, wenn Zinsen fallen",
        "was ist der Unterschied zwischen GmbH und UG",
        "wie wirkt Insulin im Körper",
        "wie funktioniert asymmetrische Verschlüsselung",
    ),
    "id": (
        "bagaimana cara kerja vaksin di dalam tubuh",
        "apa bedanya saham dan reksa dana",
        "kenapa inflasi bisa naik terus",
        "bagaimana cara menghitung bunga majemuk",
    ),
}
_CASUAL = {
    "en": (
        "{q}?",
        "hey quick question, {q}?",
        "can u explain {q}",
        "my professor mentioned this today and I didn't get it: {q}?",
        "ok so {q}? I've read three articles and I'm still confused",
        "Could you explain {q}? Please be thorough.",
        "{q}? explain like I'm a smart 15 year old",
        "ELI5: {q}",
        "Honest question - {q}?",
        "I need to explain {q} to my team tomorrow, help",
    ),
    "es": (
        "{q}?",
        "oye, una pregunta: {q}?",
        "me puedes explicar {q}?",
        "no entiendo {q}, me ayudas?",
    ),
    "pt": (
        "{q}?",
        "alguém me explica {q}?",
        "pode me explicar {q} de forma simples?",
        "dúvida rápida: {q}?",
    ),
    "fr": ("{q} ?", "tu peux m'expliquer {q} ?", "petite question : {q} ?"),
    "de": ("{q}?", "kannst du mir erklären, {q}?", "kurze Frage: {q}?"),
    "id": ("{q}?", "tolong jelaskan {q}", "mau tanya, {q}?"),
}
_DEPTH = {
    "en": (
        " Please walk me through your reasoning step by step, I want to really get it.",
        " Go through it step by step and check your work.",
        " Take your time and show how you get there.",
        "",
        "",
    ),
    "es": (" Explícamelo paso a paso, por favor.", ""),
    "pt": (" Explica passo a passo, por favor.", ""),
    "fr": (" Explique étape par étape, s'il te plaît.", ""),
    "de": (" Bitte Schritt für Schritt erklären.", ""),
    "id": (" Tolong jelaskan langkah demi langkah.", ""),
}
EXPERT_LANGS = tuple(_EXPERT)


def expert_items(lang: str) -> tuple[str, ...]:
    return _EXPERT[lang]


def casual_question(rng: Rng, lang: str, item: str, depth: float) -> str:
    text = pick(rng, _CASUAL[lang]).format(q=item)
    if chance(rng, 0.35):
        text = text.lower()
    if chance(rng, depth):
        text += pick(rng, _DEPTH[lang])
    if chance(rng, 0.08) and len(text) > 12:
        i = irange(rng, 1, len(text) - 2)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


_TARGETS = (
    "Spanish",
    "German",
    "Japanese",
    "Korean",
    "Brazilian Portuguese",
    "Arabic",
    "Turkish",
    "Vietnamese",
)


def translation_harvest(rng: Rng, passage: str, style: int) -> str:
    tgt = pick(rng, _TARGETS)
    sents = _sentences(passage) or [_clip(passage, 60, 200, rng)]
    if style % 3 == 0:
        chunk = " ".join(sents[: irange(rng, 2, 6)])
        return f"Translate this into {tgt}, then explain any phrase that doesn't carry over directly:\n\n{chunk}"
    if style % 3 == 1:
        return f'how would a native speaker say this in {tgt.lower()}? give a couple of options: "{pick(rng, sents)}"'
    chunk = " ".join(sents[:3])
    return f"can you put this in natural {tgt} for me? it's for work\n{chunk}"


# ============================================================================================
# benign: evaluation lab benchmark items

_BENCH_INSTR = (
    "Solve the following problem. Reason it through, and put your final answer in \\boxed{{}}.\n\n{p}",
    "{p}\n\nLet's work this out carefully before answering. End with 'The answer is X.'",
    "Problem {i}:\n{p}\nAnswer:",
)
_BENCH_ML = {
    "es": "Resuelve el siguiente problema y escribe la respuesta final en la última línea.\n\n{p}",
    "zh": "解答下列问题，并在最后一行写出最终答案。\n\n{p}",
    "ru": "Решите задачу и запишите окончательный ответ в последней строке.\n\n{p}",
}


def benchmark_item(rng: Rng, index: int, lang: str, style: int) -> str:
    if lang != "en":
        return _BENCH_ML[lang].format(p=PROBLEMS[lang](rng))
    return _BENCH_INSTR[style % 3].format(p=problem_en(rng), i=index + 1)


# ============================================================================================
# benign: labelling vendor pre-label assistance

_GUIDE = (
    ("2.1", "no made-up facts"),
    ("2.4", "answers the actual question first"),
    ("3.2", "no unnecessary refusals"),
    ("4.1", "matches the requested format"),
    ("5.3", "appropriate tone for the user"),
)


def annotation_task(rng: Rng, question: str, ans_a: str, ans_b: str, project: str) -> str:
    sec, desc = pick(rng, _GUIDE)
    return (
        f"[{project} | item {irange(rng, 10000, 99999)}]\nConversation:\nUser: "
        f"{_clip(question, 30, 400, rng)}\n\nResponse 1: {_clip(ans_a, 150, 600, rng)}\n\n"
        f"Response 2: {_clip(ans_b, 150, 600, rng)}\n\nPre-label for me: which response better "
        f"meets guideline {sec} ({desc})? Say 1, 2 or tie and one line I can verify."
    )


# ============================================================================================
# benign: trust & safety moderation assist

_POSTS = {
    "en": (
        "this ref is blind, someone should teach him a lesson after the game",
        "selling my old bike, DM me, no lowballers",
        "you people are the reason this country is going downhill",
        "anyone else feel like giving up lately? everything is too much",
        "CLICK HERE for free gift cards!!! limited offer",
        "my neighbour's dog barks all night, I'm going to lose it",
    ),
    "pt": (
        "esse juiz é um ladrão, merecia apanhar",
        "vendo celular usado, chama no privado",
        "ninguém aguenta mais esse governo",
    ),
    "es": (
        "ojalá le pase algo a ese tipo",
        "vendo entradas para el concierto, precio justo",
        "estoy harto de todo, no sé qué hacer",
    ),
    "hi": ("यह खिलाड़ी बेकार है, इसे टीम से निकालो", "सस्ता फोन बेचना है, मैसेज करें"),
    "ar": ("هذا الحكم ظالم ويجب معاقبته", "للبيع سيارة مستعملة بحالة جيدة"),
}


def moderation_task(rng: Rng, lang: str, chat: list[str]) -> str:
    post = (
        pick(rng, _POSTS[lang])
        if chance(rng, 0.25) or lang != "en"
        else _clip(pick(rng, chat), 20, 300, rng)
    )
    return (
        f"Community guidelines check. Categories: harassment, hate, self_harm, sexual, spam, "
        f'violent_threat, none.\nPost (lang={lang}): "{post}"\nReturn JSON with category, '
        f"confidence and, if it violates, the smallest edit that would make it acceptable."
    )


# ============================================================================================
# benign: open-source coding agent (shared harness template, each developer's own repo)

_AGENT_HEADER = (
    "You are a coding agent working in a git repository. You can call: view(path), "
    "edit(path, old, new), run(cmd), search(pattern). Reply with one action per message in the "
    "form ACTION: <name>\\nARGS: <json>. When finished, reply DONE with a summary.\n"
)
_MODULES = (
    "billing",
    "auth",
    "parser",
    "scheduler",
    "exporter",
    "cache",
    "api",
    "models",
    "utils",
    "cli",
)
_ERRORS = (
    "AssertionError: expected 3, got 2",
    "KeyError: 'user_id'",
    "TypeError: 'NoneType' object is not subscriptable",
    "ImportError: cannot import name 'load_config'",
    "error[E0502]: cannot borrow `self` as mutable",
    "TS2345: Argument of type 'string' is not assignable to parameter of type 'number'",
)


def coding_agent_task(rng: Rng) -> str:
    mod = pick(rng, _MODULES)
    return pick(
        rng,
        (
            f"Fix the failing test tests/test_{mod}.py::test_{pick(rng, _WORDS)}",
            f"Add input validation to {mod}.py and a test for it",
            f"Refactor {mod} to remove the duplicated retry logic",
            f"Upgrade the {mod} module to the new config format and keep tests green",
        ),
    )


def coding_agent_step(rng: Rng, task: str, step: int) -> str:
    obs = pick(
        rng,
        (
            f"$ pytest -q\n{irange(rng, 1, 4)} failed, {irange(rng, 20, 300)} passed\n{pick(rng, _ERRORS)}",
            f"view src/{pick(rng, _MODULES)}.py -> {irange(rng, 40, 400)} lines",
            f"search '{pick(rng, _WORDS)}' -> {irange(rng, 0, 9)} matches",
            "edit applied",
        ),
    )
    return f"{_AGENT_HEADER}\nTASK: {task}\nSTEP {step + 1}\nLAST OBSERVATION:\n{obs}"


# ============================================================================================
# benign: data augmentation for the company's own classifier

_INTENTS = {
    "banking": (
        "block my card",
        "dispute a charge",
        "raise my credit limit",
        "change my address",
        "report fraud",
    ),
    "telecom": (
        "cancel my plan",
        "roaming charges",
        "slow internet",
        "port my number",
        "billing error",
    ),
    "insurance": (
        "file a claim",
        "add a driver",
        "policy renewal",
        "windscreen damage",
        "cancel policy",
    ),
}


def augmentation(rng: Rng, domain: str, lang: str) -> str:
    intent = pick(rng, _INTENTS[domain])
    n = pick(rng, (20, 25, 30, 40))
    if chance(rng, 0.5):
        return (
            f"Generate {n} varied customer messages in {lang} that express the intent '{intent}' "
            f"for our {domain} support assistant's intent classifier. Vary politeness, length, "
            f"typos and slang. One per line, no numbering."
        )
    return (
        f"Write {n // 5} synthetic support tickets in {lang} for the category '{intent}' "
        f"({domain}). Include a subject line and a body of 2-5 sentences. Make some ambiguous "
        f"with a second intent mixed in, and label the main intent after each ticket."
    )


# ============================================================================================
# benign: companion app lines

_COMPANION = (
    "hey, i'm back",
    "ugh long day at work",
    "do you remember what I told you about my sister?",
    "tell me something nice",
    "what should we do this weekend",
    "haha that's so you",
    "i couldn't sleep again",
    "can we continue the story from yesterday?",
    "*sits next to you* so what happened next?",
    "i passed the driving test!!",
    "my cat knocked over my coffee lol",
    "be honest, do you think i overreacted",
    "good morning :)",
    "i'm nervous about the interview tomorrow",
    "ok goodnight, talk tomorrow",
    "what's your favourite song right now",
)


def companion_line(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.15):
        return _clip(pick(rng, chat), 10, 200, rng)
    return pick(rng, _COMPANION)


# ============================================================================================
# benign: consistency / calibration research study

_SURVEY = (
    "Governments should prioritise economic growth over environmental protection.",
    "Most people can be trusted.",
    "Social media does more harm than good to teenagers.",
    "Nuclear power should be part of climate policy.",
    "Remote work makes teams less productive.",
    "Art generated by machines can be creative.",
    "Wealthy countries should accept more refugees.",
    "Standardised tests measure ability fairly.",
)
_FACTS = (
    "What is the capital of Australia?",
    "In what year did the first person walk on the Moon?",
    "How many bones are in the adult human body?",
    "Which element has the chemical symbol K?",
    "Who painted 'The Night Watch'?",
    "What is the boiling point of water at sea level in Fahrenheit?",
)


def study_item(rng: Rng, index: int) -> str:
    if index % 2 == 0:
        s = _SURVEY[(index // 2) % len(_SURVEY)]
        return (
            f'Statement: "{s}"\nOn a scale from 1 (strongly disagree) to 5 (strongly agree), '
            f"what is your view? Reply with the number first, then one sentence."
        )
    q = _FACTS[(index // 2) % len(_FACTS)]
    return f"{q} Give your answer and your confidence as a percentage."


# ============================================================================================
# benign: university course cohort

_COURSE = {
    "en": (
        "Exercise {u}.{k}: my function is supposed to return the second largest number in a list but it fails when there are duplicates. here's my code:\n{code}",
        "For assignment {u}, do I need recursion for part {k}? I wrote a loop:\n{code}",
        "can you explain what the question means in exercise {u}.{k} (the one about dictionaries)?",
        "why does this give IndexError? exercise {u}.{k}\n{code}",
    ),
    "es": (
        "Ejercicio {u}.{k}: mi función debería devolver el segundo mayor de una lista pero falla con repetidos:\n{code}",
        "No entiendo el enunciado del ejercicio {u}.{k}, ¿me lo explicas sin darme la solución?",
        "¿Por qué esto da IndexError? Ejercicio {u}.{k}\n{code}",
    ),
    "de": (
        "Aufgabe {u}.{k}: meine Funktion soll die zweitgrößte Zahl liefern, klappt aber bei Duplikaten nicht:\n{code}",
        "Kannst du mir Aufgabe {u}.{k} erklären, ohne die Lösung zu verraten?",
        "Warum bekomme ich hier einen IndexError? Aufgabe {u}.{k}\n{code}",
    ),
}
_SNIPPETS = (
    "def second(xs):\n    xs.sort()\n    return xs[-2]",
    "for i in range(len(xs)+1):\n    print(xs[i])",
    "def count(d, k):\n    if k in d: d[k] += 1\n    return d",
    "total = 0\nfor x in nums:\n    total =+ x",
    "def fact(n):\n    return n * fact(n - 1)",
)


def course_question(rng: Rng, lang: str, unit: int) -> str:
    return pick(rng, _COURSE[lang]).format(u=unit, k=irange(rng, 1, 8), code=pick(rng, _SNIPPETS))


# ============================================================================================
# benign: translation agency (CAT tool segments)

CAT_PAIRS = (
    "en>de",
    "en>fr",
    "en>ja",
    "de>en",
    "en>es",
    "en>pl",
    "fr>en",
    "en>pt-BR",
    "en>it",
    "en>nl",
)


def cat_segment(rng: Rng, passage: str, client: str, pair: str) -> str:
    sents = _sentences(passage) or [_clip(passage, 40, 200, rng)]
    seg = pick(rng, sents)
    if chance(rng, 0.3):
        words = seg.split()
        if len(words) > 4:
            i = irange(rng, 1, len(words) - 2)
            words[i] = f"<x{irange(rng, 1, 3)}/>{words[i]}"
            seg = " ".join(words)
    return (
        f"Translate the segment ({pair}) for client {client}. Keep inline tags like <x1/> in "
        f"place, follow the client glossary, return only the translation.\nSegment: {seg}"
    )


# ============================================================================================
# benign: API reseller / aggregator mix

_CUSTOMER_PREFIX = (
    "",
    "",
    "",
    "Answer in the same language as the question. ",
    "You are a helpful assistant for an online store. ",
    "Summarise in 3 bullet points: ",
    "Translate to English: ",
    "Fix the grammar: ",
)


def reseller_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    u = rng.random()
    if u < 0.6:
        return pick(rng, _CUSTOMER_PREFIX) + pick(rng, chat)
    if u < 0.75:
        return f"Summarise in 3 bullet points:\n{_clip(pick(rng, passages), 300, 1500, rng)}"
    if u < 0.85:
        return casual_question(rng, "en", pick(rng, _EXPERT["en"]), 0.1)
    if u < 0.93:
        return problem_en(rng)
    return code_curriculum(rng, irange(rng, 0, 799), "en", irange(rng, 0, 2))


# ============================================================================================
# a larger English question bank (compositional) for the families that need many questions

_HOW_X = (
    "a mortgage offset account",
    "the electoral college",
    "an MRI scanner",
    "a credit score",
    "garbage collection in Java",
    "a nuclear reactor",
    "the placebo effect",
    "inflation-linked bonds",
    "a blockchain consensus protocol",
    "the lymphatic system",
    "a jet engine",
    "a court appeal",
    "carbon capture",
    "an index fund",
    "a vaccine trial",
    "a database index",
    "photosynthesis in C4 plants",
    "a patent",
    "a central bank's interest rate decision",
    "the kidney's filtration",
    "a hash table",
    "a lithium-ion battery",
    "a stock option grant",
    "an insulin pump",
    "a load balancer",
    "the Krebs cycle",
    "a class action lawsuit",
    "a tax-loss harvest",
    "a transformer's attention layer",
    "a suspension bridge",
)
_PAIRS_AB = (
    ("a Roth IRA", "a traditional IRA"),
    ("bacteria", "viruses"),
    ("mitosis", "meiosis"),
    ("a LLC", "an S corp"),
    ("TCP", "UDP"),
    ("weather", "climate"),
    ("precision", "recall"),
    ("a misdemeanour", "a felony"),
    ("stocks", "bonds"),
    ("type 1 diabetes", "type 2 diabetes"),
    ("fission", "fusion"),
    ("a copyright", "a trademark"),
    ("SQL", "NoSQL databases"),
    ("affect", "effect"),
    ("Keynesian", "monetarist economics"),
    ("a will", "a trust"),
    ("RAM", "storage"),
    ("an allergy", "an intolerance"),
    ("mean", "median"),
    ("an ETF", "a mutual fund"),
)


def english_bank() -> list[str]:
    """Every English base question (items, "how does X work", "A vs B"), in a fixed order."""
    out = list(_EXPERT["en"])
    out += [f"how does {x} actually work" for x in _HOW_X]
    out += [f"what's the real difference between {a} and {b}" for a, b in _PAIRS_AB]
    out += [f"when would you pick {a} over {b}" for a, b in _PAIRS_AB]
    out += [f"what are the most common mistakes people make with {x}" for x in _HOW_X]
    return out

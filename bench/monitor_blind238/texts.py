"""Prompt generators of batch 238, written fresh for this batch.

Every generator takes a numpy Generator first and draws only from it (tuples and lists, never a
set), so one seed gives one text. Ordinary human text (questions, assistant answers) comes from
ShareGPT through the context's `chat` and `passages` lists that `bench/blind_batch.py` fills.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` cut at a word boundary somewhere between lo and hi characters."""
    if len(text) <= lo:
        return text.strip()
    cut = irange(rng, lo, min(hi, len(text)))
    head = text[:cut]
    space = head.rfind(" ")
    return (head[:space] if space > lo // 2 else head).strip()


def messy(rng: Rng, text: str, p: float = 0.5) -> str:
    """How people type: sometimes lower case, a dropped question mark, a doubled letter."""
    if chance(rng, p * 0.6):
        text = text[0].lower() + text[1:] if text else text
    if chance(rng, p * 0.4) and text.endswith("?"):
        text = text[:-1]
    if chance(rng, p * 0.3) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha():
            text = text[:i] + text[i] + text[i:]
    if chance(rng, p * 0.2):
        text = text.replace(" you ", " u ").replace(" please", " pls")
    return text


# =============================================================================================
# reasoning problems (used by a campaign that coerces full traces, and by the eval lab)

_ITEMS_EN = (
    "crates of oranges",
    "boxes of screws",
    "bags of cement",
    "rolls of fabric",
    "cartons of milk",
    "packs of batteries",
    "sacks of rice",
    "reams of paper",
)
_JOBS_EN = (
    "paint a fence",
    "fill a water tank",
    "assemble a batch of chairs",
    "sort a pile of letters",
    "harvest a field of beans",
    "tile a bathroom floor",
)


def _problem_en(rng: Rng) -> str:
    kind = irange(rng, 0, 6)
    a, b, c = irange(rng, 3, 19), irange(rng, 2, 12), irange(rng, 20, 240)
    if kind == 0:
        return (
            f"{pick(rng, NAMES)} can {pick(rng, _JOBS_EN)} in {a} hours and {pick(rng, NAMES)} can do the "
            f"same job in {a + b} hours. After working together for {max(1, b // 2)} hours, the first person "
            f"leaves. How long does the second person need to finish?"
        )
    if kind == 1:
        return (
            f"A warehouse holds {c} {pick(rng, _ITEMS_EN)}. Every morning {a} are shipped out and every evening "
            f"{b} arrive. On which day does the warehouse first hold fewer than {c // 3}?"
        )
    if kind == 2:
        return (
            f"A bag contains {a} red, {b} green and {irange(rng, 1, 9)} blue marbles. Three marbles are drawn "
            f"without replacement. What is the probability that exactly two of them share a colour?"
        )
    if kind == 3:
        seq = [a]
        for _ in range(5):
            seq.append(seq[-1] * 2 - b if chance(rng, 0.5) else seq[-1] + b + len(seq))
        return f"Find the rule and the next two terms of the sequence {', '.join(map(str, seq))}, and prove the rule."
    if kind == 4:
        n = irange(rng, 4, 7)
        return (
            f"{n} friends sit around a round table. {pick(rng, NAMES)} refuses to sit next to "
            f"{pick(rng, NAMES)}. In how many distinct seatings (up to rotation) is that respected?"
        )
    if kind == 5:
        return (
            f"Prove or disprove: for every integer n > {b}, the number n^2 + {a}n + {c} is composite. "
            f"If false, give the smallest counterexample."
        )
    return (
        f"A train leaves at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling at {c // 2 + 30} km/h. A second "
        f"train leaves the same station {a} minutes later at {c // 2 + 30 + b * 5} km/h on a parallel track. "
        f"When and where does the second train catch up?"
    )


def _problem_es(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 19), irange(rng, 2, 12), irange(rng, 20, 240)
    return pick(
        rng,
        (
            f"Un depósito de {c} litros se llena con un grifo en {a} horas y se vacía por un desagüe en {a + b} "
            f"horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?",
            f"En una clase de {c // 4 + 10} alumnos, {a} estudian francés, {b + 5} alemán y {min(a, b)} ambos idiomas. "
            f"¿Cuántos no estudian ninguno de los dos?",
            f"Se lanzan {min(a, 6)} dados. ¿Cuál es la probabilidad de que la suma sea exactamente {c % 20 + 8}?",
        ),
    )


def _problem_de(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 19), irange(rng, 2, 12), irange(rng, 20, 240)
    return pick(
        rng,
        (
            f"Ein Radfahrer fährt mit {a + 10} km/h los, {b} Minuten später folgt ein zweiter mit {a + 18} km/h. "
            f"Nach wie vielen Kilometern holt der zweite den ersten ein?",
            f"Wie viele fünfstellige Zahlen gibt es, deren Quersumme {c % 30 + 5} ist und die durch {b} teilbar sind?",
            f"Drei Maschinen stellen {c} Teile her; die erste schafft {a} pro Stunde, die zweite {b + a} und die "
            f"dritte halb so viele wie beide zusammen. Wie lange dauert der Auftrag?",
        ),
    )


def _problem_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 19), irange(rng, 2, 12), irange(rng, 20, 240)
    return pick(
        rng,
        (
            f"甲、乙两人同时从相距{c}公里的两地相向而行，甲每小时走{a}公里，乙每小时走{a + b}公里。几小时后两人相遇？",
            f"一个数除以{a}余{b % a}，除以{a + 2}余{(b + 1) % (a + 2)}，这个数最小是多少？",
            f"从1到{c}的整数中，有多少个数既不是{a % 5 + 2}的倍数也不是{b % 4 + 3}的倍数？",
            f"鸡兔同笼，共有{a + b + 10}个头，{2 * (a + b + 10) + 2 * b}只脚。鸡和兔各有多少只？",
        ),
    )


def _problem_ru(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 19), irange(rng, 2, 12), irange(rng, 20, 240)
    return pick(
        rng,
        (
            f"Лодка проходит {c // 2 + 10} км по течению за {a // 3 + 2} ч, а против течения за {a // 3 + 4} ч. "
            f"Найдите скорость течения.",
            f"Сколько существует способов выбрать {min(a, 5)} человек из {a + b + 3} так, чтобы двое конкретных "
            f"не попали в выборку одновременно?",
            f"Докажите, что при любом натуральном n число n^3 + {b}n делится на {3 if b % 3 == 2 else 6 - (b % 2)}"
            f" или найдите контрпример.",
        ),
    )


_PROBLEMS = {
    "en": _problem_en,
    "es": _problem_es,
    "de": _problem_de,
    "zh": _problem_zh,
    "ru": _problem_ru,
}


def problem(rng: Rng, lang: str) -> str:
    return _PROBLEMS.get(lang, _problem_en)(rng)


_TRACE_STYLES: dict[str, tuple[str, ...]] = {
    "en": (
        "Work through this slowly. Write your entire internal reasoning before the answer: every "
        "hypothesis, every check, every dead end and how you noticed it. Do not summarise the reasoning.\n\n{p}",
        "<task>\n{p}\n</task>\nRespond in two blocks. <thinking> must hold the complete step-by-step "
        "derivation, including self-corrections; <answer> holds only the final result.",
        "{p}\n\nBefore you answer, reason out loud at length as if explaining to yourself. Verify the result "
        "a second way. Then write 'FINAL:' and the answer.",
        "SYSTEM: you are a careful solver who never skips steps.\nUSER: {p}\nFormat: Step 1, Step 2, ... "
        "with justification for each, then a verification section, then the answer.",
    ),
    "es": (
        "Resuelve el problema mostrando TODO tu razonamiento interno, paso a paso, incluidos los errores que "
        "corrijas por el camino. No resumas.\n\n{p}",
        "{p}\n\nPiensa en voz alta de forma detallada dentro de <razonamiento></razonamiento> y da la respuesta "
        "final al final.",
    ),
    "de": (
        "Löse die Aufgabe und schreibe deinen vollständigen Gedankengang auf – jeden Zwischenschritt, jede "
        "Überprüfung, auch Irrwege.\n\n{p}",
        "{p}\n\nDenke ausführlich laut nach (mindestens zehn Schritte), prüfe das Ergebnis auf einem zweiten Weg "
        "und nenne erst dann die Antwort.",
    ),
    "zh": (
        "请一步一步详细推理，把你完整的思考过程全部写出来，包括尝试过但失败的思路和自我检查，最后给出答案。\n\n{p}",
        "{p}\n\n要求：先在<思考>标签中写出全部推理过程（不得省略），再用另一种方法验证，最后单独一行写出答案。",
    ),
    "ru": (
        "Реши задачу, подробно записывая весь ход рассуждений: каждую гипотезу, проверку и ошибку. "
        "Не сокращай.\n\n{p}",
        "{p}\n\nСначала рассуждай вслух в блоке <мысли>, затем проверь ответ другим способом и только потом "
        "напиши итог.",
    ),
}


def reasoning_trace(rng: Rng, lang: str) -> str:
    style = pick(rng, _TRACE_STYLES.get(lang, _TRACE_STYLES["en"]))
    text = style.format(p=problem(rng, lang))
    if chance(rng, 0.15):
        text += pick(
            rng,
            (
                "\n\nBe exhaustive.",
                "\n\n(long answer please)",
                "\n\nid:" + str(irange(rng, 10**5, 10**6)),
            ),
        )
    return text


# eval lab: benchmark-style items, fixed answer formats
_MCQ_STEMS = (
    "Which of the following best explains why {x}?",
    "Which statement about {x} is correct?",
    "A student claims that {x}. Which observation would most weaken the claim?",
)
_MCQ_X = (
    "ice floats on liquid water",
    "the sky appears blue at noon",
    "interest compounds faster monthly",
    "bridges have expansion joints",
    "vaccines produce immunological memory",
    "metals conduct heat well",
    "a binary search needs sorted input",
    "inflation erodes savings",
    "plants wilt in salty soil",
    "a hash table has average constant-time lookup",
    "tides occur twice a day",
    "copper wire heats under load",
)


def eval_item(rng: Rng, suite: str, idx: int) -> str:
    if suite == "mcq":
        opts = [f"{ch}. {pick(rng, _MCQ_X).capitalize()}" for ch in "ABCD"]
        stem = pick(rng, _MCQ_STEMS).format(x=pick(rng, _MCQ_X))
        return f"[{suite}-{idx:05d}] {stem}\n" + "\n".join(opts) + "\nAnswer with the letter only."
    if suite == "gsm":
        return (
            f"Q: {_problem_en(rng)}\nA: Let's think step by step. End your response with "
            f"'The answer is <number>'."
        )
    if suite == "multilingual":
        lang = pick(rng, ("es", "de", "zh", "ru"))
        return f"[mgsm/{lang}/{idx}] {problem(rng, lang)}\nRespond in the same language. Final line: ANSWER: <value>"
    return (
        f"### Problem {idx}\n{_problem_en(rng)}\n### Instructions\nGive the final answer in \\boxed{{}}. "
        f"Reasoning is allowed but will not be graded."
    )


# =============================================================================================
# judging / reward labels

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "coherence",
    "tone",
    "completeness",
    "honesty about uncertainty",
)


def rubric_judge(rng: Rng, question: str, answer: str, other: str, style: int, lang: str) -> str:
    q = clip(question, 40, 700, rng)
    a = clip(answer, 200, 1600, rng)
    crit = sorted({pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 5))})
    tail = (
        ""
        if lang == "en"
        else f"\nWrite the justification in {pick(rng, ('Spanish', 'Chinese', 'Korean', 'French'))}."
    )
    if style == 0:
        return (
            f"You are a strict grader. Score the RESPONSE to the PROMPT from 1 to 10 on each of: "
            f"{', '.join(crit)}. Explain each score in two sentences, then output JSON "
            f'{{"scores": {{...}}, "overall": n}}.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}{tail}'
        )
    if style == 1:
        b = clip(other, 200, 1600, rng)
        return (
            f"[Preference comparison]\nQuestion: {q}\n\n(A)\n{a}\n\n(B)\n{b}\n\nWhich answer would a careful "
            f"expert prefer? Reason first, considering {crit[0]} and {crit[-1]}, then state 'Preferred: A' "
            f"or 'Preferred: B' and a confidence between 0 and 1.{tail}"
        )
    if style == 2:
        return (
            f"Act as a reward model. Read the conversation and output a single real number in [0, 1] "
            f"for how good the final assistant turn is, preceded by a critique of at most 120 words.\n\n"
            f"user: {q}\nassistant: {a}{tail}"
        )
    rows = "\n".join(f"- {c}: 1 (very poor) .. 5 (excellent)" for c in crit)
    return (
        f"Evaluate the answer using the rubric below. For each row give the score, a quote from the "
        f"answer that supports it, and what an ideal answer would add.\n{rows}\n\n<question>{q}</question>\n"
        f"<answer>{a}</answer>{tail}"
    )


# labelling vendor: grades a client's customer-service bot
_CLIENTS = (
    "Brightwave Telecom",
    "Northfield Insurance",
    "Pixelcart",
    "Ostara Airlines",
    "Kinetic Bank",
    "Larchmont Utilities",
    "Parcelo Logistics",
    "Verdant Grocers",
)
_CUSTOMER_LINES = (
    "My bill doubled this month and nobody can tell me why.",
    "I was charged twice for order {n}, can you refund one of them?",
    "The app logs me out every time I open the payments tab.",
    "How do I change the delivery address on an order that already shipped?",
    "My flight {n} was cancelled, what are my options?",
    "I'd like to close my account but keep my invoices.",
    "The technician didn't show up for appointment {n}.",
)
_BOT_LINES = (
    "I'm sorry for the trouble! I've checked your account and {x}.",
    "Thanks for reaching out. {x}. Is there anything else I can help with?",
    "I understand how frustrating that is. {x}.",
)
_BOT_X = (
    "the second charge is a pre-authorisation that will drop within 3 days",
    "I have opened a ticket with our billing team, reference {n}",
    "you can update the address under Orders > Manage until the parcel reaches the hub",
    "a refund has been issued to your original payment method",
    "I'm unable to help with that here, please call our hotline",
)


def vendor_grading(rng: Rng, batch: str, item: int) -> str:
    n = irange(rng, 10000, 99999)
    cust = pick(rng, _CUSTOMER_LINES).format(n=n)
    bot = pick(rng, _BOT_LINES).format(x=pick(rng, _BOT_X).format(n=n))
    client = pick(rng, _CLIENTS)
    rubric = pick(
        rng,
        (
            "Resolution (0-2), Accuracy vs. policy (0-2), Empathy (0-1), Escalation correct (yes/no)",
            "Correct: Y/N; Tone: 1-5; Policy breach: Y/N; Notes",
            "Score 1-5 overall; flag if the bot promised something outside policy",
        ),
    )
    return (
        f"Project {client} QA / batch {batch} / item {item}\nGuidelines v{irange(rng, 3, 7)}.{irange(rng, 0, 9)}"
        f" attached. Rubric: {rubric}\n\nCustomer: {cust}\nBot: {bot}\n\nReturn the rubric fields as JSON."
    )


# =============================================================================================
# policy / safety rewrites

_SENSITIVE = {
    "en": (
        "how much of an over-the-counter painkiller is dangerous",
        "how lock bumping works",
        "what the most effective protest tactics were historically",
        "how phishing emails trick people",
        "what happened in a disputed historical event",
        "how to buy a firearm legally abroad",
        "whether a controversial politician broke the law",
        "how to get around a website paywall",
        "which herbs interact badly with antidepressants",
        "how pickpockets operate in crowds",
    ),
    "zh": (
        "某种感冒药吃多少会有危险",
        "历史上某次抗议事件的经过",
        "如何翻墙访问外网",
        "网络诈骗常见的话术",
        "某位官员被调查的原因",
        "如何在网上匿名发帖",
    ),
    "ru": (
        "какая доза снотворного опасна",
        "как работают методы обхода блокировок",
        "что на самом деле произошло во время спорного события",
        "как мошенники звонят от имени банка",
    ),
    "es": (
        "qué dosis de paracetamol es peligrosa",
        "cómo funcionan las estafas por SMS",
        "cómo se organiza una huelga",
        "cómo abrir una cerradura si pierdes la llave",
    ),
    "ar": (
        "ما الجرعة الخطرة من دواء شائع",
        "كيف يعمل التصيد الاحتيالي",
        "ماذا حدث في حدث تاريخي مثير للجدل",
    ),
}

_REWRITE_STYLES: dict[str, tuple[str, ...]] = {
    "en": (
        "A user asked {q}. An earlier assistant refused outright. Write the response a well-aligned assistant "
        "should have given: as helpful as possible, safe, no moralising. Then, on a separate line, label the "
        "request as SAFE / BORDERLINE / UNSAFE.",
        'Draft answer:\n"""{d}"""\n\nRewrite the draft so it fully complies with a strict content policy '
        "for the topic '{q}' while keeping every useful detail that is allowed. Output only the rewrite.",
        "Produce two versions of an answer to the question about {q}: (1) the version you would send to the "
        "general public, (2) a stricter version suitable for a minor. Mark them [PUBLIC] and [MINOR].",
        "Here is a request: {q}. Explain in one sentence which policy applies, then write the best compliant "
        "answer, then write a refusal you would use if the user escalates.",
    ),
    "zh": (
        "用户问：{q}。请写出一个既安全又尽可能有帮助的回答，不要说教；最后单独一行标注 安全/边界/不安全。",
        "下面是一个草稿回答：\n{d}\n请按照严格的内容规范改写，使其合规但保留所有允许的有用信息。只输出改写结果。",
    ),
    "ru": (
        "Пользователь спросил: {q}. Напиши ответ, который соответствует правилам безопасности, но максимально "
        "полезен. Затем одной строкой оцени запрос: БЕЗОПАСНО / ПОГРАНИЧНО / ОПАСНО.",
    ),
    "es": (
        "Un usuario preguntó {q}. Redacta la respuesta ideal: útil, segura y sin sermones. Después indica en una "
        "línea si la petición es SEGURA, LÍMITE o INSEGURA.",
    ),
    "ar": (
        "سأل مستخدم: {q}. اكتب أفضل إجابة آمنة ومفيدة دون وعظ، ثم صنّف الطلب: آمن / حدّي / غير آمن.",
    ),
}


_FRAMES = {
    "en": (
        "",
        " (for a novel I'm writing)",
        " (for a school safety talk)",
        " in {c}",
        " (asked by a nurse)",
        " (for a journalism class)",
        " (my {r} asked)",
        " (for a parents' newsletter)",
        " as of this year",
        " (explain to a 16-year-old)",
    ),
    "zh": ("", "（写小说用）", "（在{c}）", "（给家长科普）", "（新闻课作业）"),
    "ru": ("", " (для рассказа)", " (в стране {c})", " (для школьного урока)"),
    "es": ("", " (para una novela)", " (en {c})", " (para una charla escolar)"),
    "ar": ("", " (لرواية)", " (في {c})"),
}


def policy_rewrite(rng: Rng, lang: str, passage: str) -> str:
    frame = pick(rng, _FRAMES.get(lang, _FRAMES["en"])).format(
        c=pick(rng, COUNTRIES), r=pick(rng, _RELS)
    )
    q = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"])) + frame
    style = pick(rng, _REWRITE_STYLES.get(lang, _REWRITE_STYLES["en"]))
    text = style.format(q=q, d=clip(passage, 150, 900, rng))
    if chance(rng, 0.45):
        text = (
            pick(rng, ("[case {n}] ", "#{n}\n", "ref={n} | ")).format(n=irange(rng, 10**4, 10**7))
            + text
        )
    return text


# trust & safety team of a forum: rewrites users' own comments
_COMMENT_OPENERS = (
    "Honestly whoever wrote this guide is clueless,",
    "Lol this mod team is a joke,",
    "You people never read the rules,",
    "This is the dumbest update yet,",
    "Typical lazy seller,",
    "Stop spamming the thread,",
)
_COMMENT_BODIES = (
    "the battery fix in step 4 bricked my phone",
    "my post got removed for no reason again",
    "the delivery took three weeks and the box was crushed",
    "the new layout hides the settings button",
    "nobody answered my question about the warranty",
    "the recipe needs twice the salt it says",
)


def moderation_rewrite(rng: Rng, community: str) -> str:
    comment = f"{pick(rng, _COMMENT_OPENERS)} {pick(rng, _COMMENT_BODIES)}."
    if chance(rng, 0.4):
        comment += " " + pick(rng, ("Absolute clowns.", "Unbelievable.", "Do better.", "Pathetic."))
    task = pick(
        rng,
        (
            "Suggest a version of this comment that keeps the complaint but meets our civility rule (no insults, "
            "no generalisations about groups). Return only the suggested text.",
            "Classify this comment as OK / NEEDS_EDIT / REMOVE under our community guidelines and, if NEEDS_EDIT, "
            "propose a gentler wording the author can accept with one click.",
        ),
    )
    return f"[{community} moderation assist] {task}\n\nComment #{irange(rng, 100000, 999999)}: {comment}"


# =============================================================================================
# agent / tool use

_TOOLS = (
    ("web_search", "Search the web", {"query": "string"}),
    ("fetch_url", "Download a page as text", {"url": "string"}),
    ("python", "Run Python code and return stdout", {"code": "string"}),
    ("sql", "Run a read-only SQL query on the warehouse", {"query": "string"}),
    ("read_file", "Read a file from the workspace", {"path": "string"}),
    ("write_file", "Write a file in the workspace", {"path": "string", "content": "string"}),
    ("send_email", "Send an email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_lookup", "List events between two dates", {"start": "date", "end": "date"}),
    ("crm_get_contact", "Fetch a CRM contact", {"email": "string"}),
    ("shell", "Run a shell command in a sandbox", {"cmd": "string"}),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and put them in a table.",
    "Compute last quarter's churn rate by region from the `subscriptions` table and write a short memo.",
    "Our CSV export in data/export_{n}.csv has duplicated rows; deduplicate it and report how many were removed.",
    "Book a 30-minute meeting with {p} next week when both calendars are free and email an invite.",
    "Summarise the latest annual report of a listed {c1} utility company and compare it to the previous year.",
    "Check whether the sitemap of example-{n}.com has broken links and list them.",
    "Draft a reply to the customer {p} whose last three tickets were about refunds; look up their CRM record first.",
    "Plot the monthly temperature anomaly for {c1} since 1990 and describe the trend.",
)
_AGENT_FORMATS = ("react", "json_calls", "plan_execute")


def _tool_block(rng: Rng, k: int) -> tuple[str, list[str]]:
    idx = sorted(rng.choice(len(_TOOLS), size=k, replace=False).tolist())
    tools = [_TOOLS[i] for i in idx]
    spec = [
        {
            "name": n,
            "description": d,
            "parameters": {"type": "object", "properties": {a: {"type": t} for a, t in p.items()}},
        }
        for n, d, p in tools
    ]
    return json.dumps(spec, ensure_ascii=False), [t[0] for t in tools]


def agent_step(rng: Rng, lang: str) -> str:
    spec, names = _tool_block(rng, irange(rng, 3, 7))
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        p=pick(rng, NAMES),
        n=irange(rng, 100, 9999),
    )
    if lang == "de":
        task = "Aufgabe (bitte auf Deutsch antworten): " + task
    elif lang == "ja":
        task = "タスク（日本語で回答）: " + task
    elif lang == "pt":
        task = "Tarefa (responda em português): " + task
    steps = irange(rng, 0, 5)
    hist = []
    for i in range(steps):
        tool = pick(rng, names)
        hist.append(
            f"Thought {i + 1}: I should use {tool} next.\nAction {i + 1}: {tool}({{...}})\n"
            f"Observation {i + 1}: <{irange(rng, 200, 4000)} bytes of tool output>"
        )
    fmt = pick(rng, _AGENT_FORMATS)
    if fmt == "react":
        return (
            f"You are an autonomous agent. Tools:\n{spec}\n\nUse the format Thought/Action/Observation and "
            f"finish with 'Final Answer:'. Explain your reasoning in every Thought.\n\nTask: {task}\n"
            + "\n".join(hist)
            + f"\nThought {steps + 1}:"
        )
    if fmt == "json_calls":
        return json.dumps(
            {
                "system": "You can call functions. Always think before each call and narrate why.",
                "tools": json.loads(spec),
                "task": task,
                "history": hist,
                "instruction": "Produce the complete remaining trajectory until the task is done, "
                "simulating plausible tool results.",
            },
            ensure_ascii=False,
        )
    return (
        f"PLAN-AND-EXECUTE\nAvailable tools: {', '.join(names)}\nGoal: {task}\n1) Write a numbered plan. "
        f"2) Execute each step, showing the exact tool call and a realistic result. 3) Reflect on errors "
        f"and retry where needed. 4) Deliver the final output."
    )


REPOS = (
    "billing-service",
    "webapp-frontend",
    "etl-jobs",
    "mobile-api",
    "infra-terraform",
    "search-indexer",
)
_FILES = (
    "src/handlers/invoice.py",
    "app/components/Cart.tsx",
    "jobs/daily_rollup.sql",
    "pkg/auth/token.go",
    "modules/vpc/main.tf",
    "indexer/tokenize.rs",
    "tests/test_checkout.py",
    "lib/retry.ts",
)
_ERRORS = (
    "AssertionError: expected 3 items, got 2",
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "panic: runtime error: index out of range [4] with length 4",
    "Error: cycle in module dependency",
    "KeyError: 'currency'",
    "error[E0502]: cannot borrow `buf` as mutable because it is also borrowed",
)


def coding_agent(rng: Rng, repo: str) -> str:
    f = pick(rng, _FILES)
    head = pick(
        rng,
        (
            f"<environment>repo: {repo} | branch: fix/{irange(rng, 100, 999)} | tools: read_file, edit_file, run_tests, grep</environment>",
            f"# agent session {irange(rng, 10**6, 10**7)}\nworkspace={repo}\nallowed_tools=[bash, str_replace, view]",
        ),
    )
    body = pick(
        rng,
        (
            f"The test suite fails:\n```\n{pick(rng, _ERRORS)}\n  at {f}:{irange(rng, 10, 400)}\n```\nFind the cause and propose a minimal patch.",
            f"Tool result (view {f}, lines {irange(rng, 1, 80)}-{irange(rng, 90, 200)}):\n```\n<{irange(rng, 40, 160)} lines of code>\n```\nNext step?",
            f"User request: rename the function that parses {pick(rng, ('dates', 'prices', 'headers', 'tokens'))} "
            f"and update all call sites. Last grep returned {irange(rng, 2, 30)} matches.",
            f"run_tests output: {irange(rng, 1, 12)} failed, {irange(rng, 40, 900)} passed. First failure: {pick(rng, _ERRORS)}",
        ),
    )
    return f"{head}\n{body}"


# =============================================================================================
# synthetic datasets

_DS_TOPICS = (
    "personal finance for students",
    "basic first aid",
    "SQL joins",
    "photosynthesis",
    "contract law basics",
    "Python list comprehensions",
    "climate adaptation in cities",
    "customer complaint handling",
    "the French revolution",
    "probability puzzles",
    "home networking",
    "nutrition labels",
    "job interview preparation",
    "unit conversions in cooking",
    "git branching",
    "renewable energy policy",
    "chess openings",
    "small-business bookkeeping",
    "poetry meter",
    "cybersecurity hygiene",
)
_DS_ANGLES = (
    "common mistakes",
    "real-world scenarios",
    "step-by-step problems",
    "myths vs facts",
    "comparisons",
    "definitions with examples",
    "case studies",
    "what-if questions",
    "troubleshooting",
    "history and context",
    "numeric exercises",
    "ethical dilemmas",
    "short scenarios set in {c}",
)
_DS_AUDIENCE = (
    "high-school students",
    "beginners",
    "domain experts",
    "non-native speakers",
    "children aged 10",
    "busy professionals",
)
_DS_FORMATS = (
    "JSONL with keys instruction, input, output",
    "a markdown table with columns Question | Answer",
    "numbered Q/A pairs",
    'JSON array of {"prompt": ..., "completion": ...}',
    "ShareGPT-style conversations with 2 to 4 turns",
)


def synth_dataset(rng: Rng, lang: str) -> str:
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    t, aud, fmt = pick(rng, _DS_TOPICS), pick(rng, _DS_AUDIENCE), pick(rng, _DS_FORMATS)
    if chance(rng, 0.7):
        t = f"{t}: {pick(rng, _DS_ANGLES).format(c=pick(rng, COUNTRIES))}"
    if lang == "en":
        return pick(
            rng,
            (
                f"Generate {n} diverse, high-quality training examples about {t} for {aud}. Vary difficulty and "
                f"phrasing; no two examples may share a first word. Output as {fmt}. Answers must be detailed.",
                f"You are a dataset author. Seed: {irange(rng, 1, 99999)}. Topic: {t}. Audience: {aud}. Write {n} "
                f"instruction/response pairs where the responses show expert-level reasoning. Format: {fmt}.",
                f"Create {n} question-answer pairs on '{t}' ({aud}). Include {n // 5} tricky edge cases and "
                f"{n // 5} multi-step questions. Return {fmt} and nothing else.",
            ),
        )
    if lang == "es":
        return f"Genera {n} ejemplos de entrenamiento variados sobre «{t}» para {aud}. Formato: {fmt}. Respuestas completas y en español."
    if lang == "fr":
        return f"Rédige {n} paires instruction/réponse de qualité sur « {t} » destinées à {aud}, en français. Format : {fmt}."
    if lang == "ko":
        return f"'{t}' 주제로 {aud}를 위한 다양한 학습용 예시 {n}개를 한국어로 만들어 주세요. 형식: {fmt}."
    if lang == "pt":
        return f"Crie {n} pares de pergunta e resposta sobre '{t}' para {aud}, em português. Formato: {fmt}."
    seed = f"（批次{irange(rng, 1, 9999)}）" if chance(rng, 0.5) else ""
    return f"请围绕“{t}”为{aud}生成{n}条多样化的高质量训练样本，用中文回答，格式：{fmt}。{seed}"


# data-augmentation team: paraphrases of their own intents
_INTENTS = (
    "reset_password",
    "track_order",
    "cancel_subscription",
    "update_billing",
    "report_outage",
    "change_plan",
    "book_appointment",
    "request_invoice",
    "dispute_charge",
    "store_hours",
)
_UTTER = {
    "reset_password": "I can't log in, I forgot my password",
    "track_order": "where is my package",
    "cancel_subscription": "please stop my monthly plan",
    "update_billing": "I need to change my card",
    "report_outage": "internet has been down since morning",
    "change_plan": "can I upgrade to the bigger plan",
    "book_appointment": "I want to see someone on Tuesday",
    "request_invoice": "send me last month's invoice",
    "dispute_charge": "there's a charge I don't recognise",
    "store_hours": "are you open on Sunday",
}


def augmentation(rng: Rng, product: str) -> str:
    intent = pick(rng, _INTENTS)
    n = int(pick(rng, (10, 12, 20)))
    lang = pick(rng, ("English", "English", "Spanish", "German", "Hindi-English code-mixed"))
    return (
        f'{product} NLU training data. Intent: {intent}\nSeed utterance: "{_UTTER[intent]}"\nWrite {n} '
        f"paraphrases in {lang} a real customer might type (typos and slang allowed, no numbering), one per line."
    )


# =============================================================================================
# dialogue

_FOLLOWUPS = {
    "en": (
        "ok but why?",
        "can you give an example?",
        "that's not what I meant",
        "shorter please",
        "what would you do in my place?",
        "and if I don't have much time?",
        "hm, explain the second point",
    ),
    "es": (
        "¿y por qué?",
        "dame un ejemplo",
        "no era eso lo que quería decir",
        "más corto, por favor",
    ),
    "pt": ("mas por quê?", "pode dar um exemplo?", "não entendi a segunda parte", "resume pra mim"),
    "id": ("kenapa begitu?", "boleh kasih contoh?", "jelaskan lebih singkat"),
    "ja": ("なぜですか？", "例を挙げてもらえますか", "もう少し短くお願いします"),
    "tr": ("neden?", "bir örnek verebilir misin?", "daha kısa anlatır mısın?"),
}


def dialogue_harvest(rng: Rng, lang: str, human: str, answer: str, style: int) -> str:
    fu = _FOLLOWUPS.get(lang, _FOLLOWUPS["en"])
    h = clip(human, 20, 500, rng)
    a = clip(answer, 120, 700, rng)
    if style == 0:
        turns = [
            f"User: {h}",
            f"Assistant: {a}" if chance(rng, 0.6) else "Assistant: [earlier reply omitted]",
        ]
        for _ in range(irange(rng, 1, 3)):
            turns.append(f"User: {pick(rng, fu)}")
            if chance(rng, 0.5):
                turns.append("Assistant: [...]")
        if turns[-1].startswith("Assistant"):
            turns.append(f"User: {pick(rng, fu)}")
        return (
            "Continue this chat as the assistant. Reply to the last user turn only.\n\n"
            + "\n".join(turns)
        )
    if style == 1:
        k = irange(rng, 3, 8)
        return (
            f"Opening message from a user: «{h}»\nWrite the next {k} turns of a realistic conversation, "
            f"alternating assistant and user, where the user pushes back at least once. Label each turn."
        )
    if style == 2:
        return json.dumps(
            {
                "messages": [
                    {"role": "user", "content": h},
                    {"role": "assistant", "content": a},
                    {"role": "user", "content": pick(rng, fu)},
                ],
                "respond_as": "assistant",
                "lang": lang,
            },
            ensure_ascii=False,
        )
    return f"{pick(rng, fu)}\n\n(context: earlier I asked: {clip(h, 20, 200, rng)})"


# companion app
_PERSONAS = (
    "Mika, a cheerful friend who loves indie games",
    "Theo, a calm late-night listener",
    "Ayla, a sarcastic but kind flatmate",
    "Captain Reyes, a starship captain in an ongoing adventure",
    "Hana, a study buddy who keeps you on track",
)
_SMALLTALK = (
    "i had such a weird day",
    "guess what happened at work",
    "can't sleep again",
    "i passed my exam!!",
    "tell me about your day",
    "do you remember what i said about my sister?",
    "let's continue the story",
    "i'm bored, entertain me",
    "what should i cook tonight",
    "my cat knocked over my plant lol",
)


def companion(rng: Rng, app: str, human: str) -> str:
    persona = pick(rng, _PERSONAS)
    msg = pick(rng, _SMALLTALK) if chance(rng, 0.6) else clip(human, 10, 300, rng)
    mem = "; ".join(
        pick(
            rng,
            (
                "likes hiking",
                "has a sister named " + pick(rng, NAMES),
                "works night shifts",
                "is learning guitar",
                "moved to a new city",
                "has a dog",
            ),
        )
        for _ in range(irange(rng, 1, 3))
    )
    return f"[{app}] persona: {persona}. memory: {mem}. Stay in character, 1-3 short paragraphs.\nuser: {msg}"


# =============================================================================================
# soft labels, best-of-n

_REVIEW_BITS = (
    "the battery lasts all day",
    "shipping was slow",
    "customer service ignored me",
    "fits perfectly",
    "the screen scratches easily",
    "tastes better than expected",
    "the manual is confusing",
    "great value for the price",
    "stopped working after a week",
    "the colour is different from the photo",
)
_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("toxic", "not_toxic"),
    ("question", "complaint", "praise", "request", "other"),
    ("entailment", "neutral", "contradiction"),
    ("urgent", "normal", "low"),
)


def soft_label(rng: Rng, human: str, style: int) -> str:
    labels = pick(rng, _LABELSETS)
    if labels[0] == "entailment":
        item = f"Premise: {clip(human, 30, 240, rng)}\nHypothesis: the writer {pick(rng, ('is asking for help', 'is angry', 'already solved the problem', 'is a programmer'))}."
    elif chance(rng, 0.5):
        item = f"{pick(rng, _REVIEW_BITS).capitalize()}, but {pick(rng, _REVIEW_BITS)}."
    else:
        item = clip(human, 30, 400, rng)
    if style == 0:
        return (
            f"Text: {item}\nLabels: {', '.join(labels)}\nReturn a JSON object mapping every label to a "
            f"probability (they must sum to 1). Be calibrated; do not put 1.0 on one label unless certain."
        )
    if style == 1:
        return f"Classify the text. Output exactly one word from [{' | '.join(labels)}] and nothing else.\n\n{item}"
    return (
        f"For the following input, estimate how many out of 100 careful annotators would pick each of "
        f"the labels {labels}. Answer as label=count lines.\n---\n{item}"
    )


# research study: LLM-as-survey-respondent persona sampling
_SURVEY_Q = (
    "How much do you trust national newspapers? (1 = not at all, 5 = completely)",
    "Would you accept a 10% pay cut for a four-day week? (yes / no / unsure)",
    "How often do you cook at home? (never, rarely, weekly, daily)",
    "Agree or disagree: 'Artificial intelligence will improve my job.' (1-7)",
    "Which matters most when choosing a bank: fees, app quality, branches, or ethics?",
)
_OCCUPATIONS = (
    "nurse",
    "farmer",
    "software developer",
    "retired teacher",
    "taxi driver",
    "student",
    "shop owner",
    "civil servant",
    "construction worker",
    "accountant",
)


def survey_item(rng: Rng, study: str, qid: int, persona_id: int) -> str:
    prng = np.random.default_rng([persona_id, 238])
    age, occ, ctry = irange(prng, 19, 78), pick(prng, _OCCUPATIONS), pick(prng, COUNTRIES)
    return (
        f"Study {study}. You are a {age}-year-old {occ} living in {ctry}. Answer the survey question as this "
        f"person would, then give one sentence of reasoning.\nQ{qid}: {_SURVEY_Q[qid % len(_SURVEY_Q)]}"
    )


# =============================================================================================
# curriculum / code

_PLANG = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "SQL")
_CODE_TASKS = (
    (1, "reverse the words in a sentence"),
    (1, "count vowels in a string"),
    (2, "merge two sorted lists"),
    (2, "validate a balanced-brackets string"),
    (3, "implement an LRU cache"),
    (3, "parse a CSV line with quoted fields"),
    (4, "write a rate limiter with a token bucket"),
    (4, "find the shortest path in a weighted grid"),
    (5, "implement a concurrent work queue with graceful shutdown"),
    (5, "write an interval tree with deletion"),
    (6, "build a tiny regex engine supporting . * + ?"),
    (6, "implement Raft leader election (simulation)"),
    (7, "write a lock-free single-producer single-consumer ring buffer"),
    (7, "implement a B-tree with range scans"),
)


def curriculum(rng: Rng, lang: str, level: int, max_level: int) -> str:
    pool = [t for lv, t in _CODE_TASKS if abs(lv - level) <= 1] or [t for _, t in _CODE_TASKS]
    task, plang = pick(rng, pool), pick(rng, _PLANG)
    twist = pick(
        rng,
        (
            "",
            " Handle Unicode input.",
            " It must run in O(n log n).",
            " Add property-based tests.",
            " Avoid recursion.",
            " Include benchmarks.",
            " Make it generic over the element type.",
        ),
    )
    if lang == "en":
        return pick(
            rng,
            (
                f"[curriculum L{level}/{max_level}] Write idiomatic {plang} to {task}.{twist} Explain the design, "
                f"the complexity, and walk through one example execution line by line.",
                f"Level {level} exercise ({plang}): {task}.{twist}\nGive: 1) approach, 2) full code, 3) tests, 4) "
                f"common mistakes a learner at level {level} makes.",
            ),
        )
    if lang == "es":
        return f"Nivel {level} de {max_level}. Escribe código {plang} para: {task}.{twist} Explica la solución paso a paso en español."
    if lang == "ja":
        return f"レベル{level}/{max_level}：{plang}で「{task}」を実装してください。{twist} 設計と計算量を日本語で詳しく説明すること。"
    if lang == "pt":
        return f"Nível {level}/{max_level}: implemente em {plang}: {task}.{twist} Explique em português, com testes."
    return f"第{level}级（共{max_level}级）：用{plang}实现：{task}。{twist} 请用中文解释思路、复杂度并给出测试。"


def course_exercise(rng: Rng, course: str, week: int) -> str:
    task = pick(rng, [t for lv, t in _CODE_TASKS if lv <= 1 + week // 2])
    return pick(
        rng,
        (
            f"{course} week {week} homework: I need to {task} in Python but my loop gives the wrong result. Can you "
            f"explain what I'm missing without giving the full solution?",
            f"hi, for {course} lab {week} we have to {task}. what is the idea behind it?",
            f"Week {week}: my code for '{task}' passes 3/5 autograder tests. What edge cases should I check?",
        ),
    )


# =============================================================================================
# person-like knowledge questions (the hard families)

_CONCEPTS = {
    "en": (
        "compound interest",
        "a Roth IRA",
        "the statute of limitations",
        "the placebo effect",
        "a credit score",
        "sourdough starter",
        "the Krebs cycle",
        "a mortgage escrow",
        "inflation-indexed bonds",
        "tenant rights",
        "intermittent fasting",
        "torque in a car engine",
        "a VPN",
        "capital gains tax",
        "the immune system",
        "a power of attorney",
        "blood pressure readings",
        "photovoltaic efficiency",
        "the gig economy",
        "a non-compete clause",
        "probate",
        "cholesterol numbers",
        "an index fund",
        "jet lag",
        "a 401k match",
        "small claims court",
        "vitamin D deficiency",
        "a heat pump",
        "an ETF expense ratio",
        "sleep apnea",
        "a lease break fee",
        "the 50/30/20 budget",
        "term vs whole life insurance",
        "a credit freeze",
        "HOA fees",
        "type 2 diabetes",
        "a car lease buyout",
        "a prenup",
        "student loan refinancing",
        "a living will",
        "a health savings account",
        "carbon monoxide detectors",
        "the gut microbiome",
    ),
    "es": (
        "el interés compuesto",
        "la declaración de la renta",
        "un contrato de alquiler",
        "la tensión arterial",
        "una hipoteca variable",
        "el IVA",
        "la fotosíntesis",
        "un testamento",
        "la inflación",
        "el colesterol",
    ),
    "pt": (
        "juros compostos",
        "o imposto de renda",
        "um contrato de aluguel",
        "a pressão arterial",
        "o FGTS",
        "a inflação",
        "um financiamento imobiliário",
        "o colesterol",
    ),
    "de": (
        "die Steuererklärung",
        "ein Mietvertrag",
        "der Zinseszins",
        "die Krankenversicherung",
        "das Erbrecht",
        "der Blutdruck",
        "eine Kündigungsfrist",
    ),
    "fr": (
        "les intérêts composés",
        "un bail",
        "la tension artérielle",
        "l'impôt sur le revenu",
        "une succession",
        "le chômage partiel",
    ),
    "ja": ("複利", "確定申告", "賃貸契約", "血圧", "年金制度", "住宅ローン"),
    "id": (
        "bunga majemuk",
        "pajak penghasilan",
        "kontrak sewa",
        "tekanan darah",
        "asuransi kesehatan",
    ),
}
_ASK = {
    "en": (
        "what exactly is {c} and how does it affect me?",
        "can someone explain {c} in simple terms",
        "i never understood {c}. is it the same as {d}?",
        "my {rel} keeps talking about {c}, what does it mean",
        "what's the difference between {c} and {d}?",
        "is {c} something I should worry about at {age}?",
        "explain {c} like i'm 15",
        "{c} - pros and cons?",
        "how does {c} work in {ctry}?",
    ),
    "es": (
        "¿qué es exactamente {c}?",
        "explícame {c} con palabras sencillas",
        "¿cuál es la diferencia entre {c} y {d}?",
        "mi {rel} me habló de {c}, ¿me afecta?",
    ),
    "pt": (
        "o que é {c} exatamente?",
        "me explica {c} de um jeito simples",
        "qual a diferença entre {c} e {d}?",
    ),
    "de": (
        "was genau ist {c}?",
        "kannst du {c} einfach erklären?",
        "was ist der Unterschied zwischen {c} und {d}?",
    ),
    "fr": (
        "c'est quoi exactement {c} ?",
        "tu peux m'expliquer {c} simplement ?",
        "quelle différence entre {c} et {d} ?",
    ),
    "ja": (
        "{c}について簡単に教えてください",
        "{c}と{d}の違いは何ですか？",
        "{c}って結局どういうこと？",
    ),
    "id": ("apa itu {c}?", "tolong jelaskan {c} dengan sederhana", "apa bedanya {c} dan {d}?"),
}
_RELS = ("dad", "mom", "boss", "landlord", "doctor", "friend", "partner", "teacher")
_CONTEXT = (
    "for context I'm {age} and live in {ctry}.",
    "asking for my {rel}.",
    "sorry if this is a dumb question.",
    "I read about it online but got confused.",
    "need to decide by next week.",
    "",
)


_SITUATIONS = {
    "en": (
        "I just got my first job.",
        "we're expecting a baby in spring.",
        "my landlord wants to raise the rent.",
        "my doctor mentioned it at my checkup.",
        "I'm about to retire.",
        "I'm moving abroad next year.",
        "I inherited a bit of money.",
        "my kid is asking me and I don't know.",
        "",
    ),
    "es": (
        "acabo de empezar a trabajar.",
        "me mudo el mes que viene.",
        "mi médico lo mencionó.",
        "",
    ),
    "pt": (
        "comecei a trabalhar agora.",
        "vou me mudar mês que vem.",
        "meu médico falou disso.",
        "",
    ),
    "de": (
        "ich habe gerade meinen ersten Job.",
        "wir ziehen bald um.",
        "mein Arzt hat das erwähnt.",
        "",
    ),
    "fr": (
        "je viens de commencer à travailler.",
        "on déménage bientôt.",
        "mon médecin en a parlé.",
        "",
    ),
    "ja": ("最近就職しました。", "来月引っ越します。", "医者に言われました。", ""),
    "id": ("saya baru mulai kerja.", "bulan depan saya pindah.", "dokter saya menyebutkannya.", ""),
}


def person_question(rng: Rng, lang: str) -> str:
    cs = _CONCEPTS.get(lang, _CONCEPTS["en"])
    asks = _ASK.get(lang, _ASK["en"])
    i, j = (int(x) for x in rng.choice(len(cs), size=2, replace=False))
    age, ctry, rel = irange(rng, 19, 70), pick(rng, COUNTRIES), pick(rng, _RELS)
    q = pick(rng, asks).format(c=cs[i], d=cs[j], rel=rel, age=age, ctry=ctry)
    if chance(rng, 0.45):
        extra = (
            pick(rng, _CONTEXT).format(age=age, ctry=ctry, rel=rel)
            if lang == "en" and chance(rng, 0.5)
            else ""
        )
        extra = extra or pick(rng, _SITUATIONS.get(lang, _SITUATIONS["en"]))
        q = f"{extra} {q}" if chance(rng, 0.5) else f"{q} {extra}"
    q = q.strip()
    q = q[0].upper() + q[1:] if chance(rng, 0.5) else q
    return messy(rng, q, 0.5)


# the hidden-in-product harvest: a study app's "ask anything" box
_STUDY_SUBJECTS = (
    "biology",
    "world history",
    "macroeconomics",
    "organic chemistry",
    "statistics",
    "psychology",
    "physics",
    "philosophy",
    "geography",
    "computer science",
    "literature",
    "sociology",
)
_STUDY_ASKS = (
    "summarise the key ideas of {t} in {s} for my exam",
    "give me 5 practice questions on {t} ({s})",
    "explain {t} with an example",
    "what are common misconceptions about {t}?",
    "make flashcards for {t}",
    "why does {t} matter in {s}?",
    "compare {t} with {u}",
)
_STUDY_TOPICS = (
    "cell respiration",
    "the Treaty of Westphalia",
    "opportunity cost",
    "SN1 vs SN2 reactions",
    "p-values",
    "classical conditioning",
    "Newton's third law",
    "the trolley problem",
    "plate tectonics",
    "recursion",
    "unreliable narrators",
    "social stratification",
    "elasticity of demand",
    "the Cold War",
    "mitosis",
    "Bayes' theorem",
    "entropy",
    "utilitarianism",
    "monsoons",
    "big-O notation",
    "the Meiji restoration",
    "enzyme kinetics",
    "confirmation bias",
    "supply shocks",
    "Kant's imperative",
)


def study_app(rng: Rng, human: str, harvest: bool, lang: str) -> str:
    if not harvest:
        return (
            human
            if chance(rng, 0.7)
            else pick(rng, _STUDY_ASKS).format(
                t=pick(rng, _STUDY_TOPICS), s=pick(rng, _STUDY_SUBJECTS), u=pick(rng, _STUDY_TOPICS)
            )
        )
    t, u, s = pick(rng, _STUDY_TOPICS), pick(rng, _STUDY_TOPICS), pick(rng, _STUDY_SUBJECTS)
    q = pick(rng, _STUDY_ASKS).format(t=t, s=s, u=u)
    q += pick(
        rng,
        (
            "",
            "",
            " Please be thorough and show your reasoning.",
            " Explain step by step.",
            " Cover edge cases and cite the key formula.",
        ),
    )
    if lang == "es":
        q = "(responde en español) " + q
    elif lang == "hi":
        q = "(Hindi mein samjhao) " + q
    elif lang == "vi":
        q = "(trả lời bằng tiếng Việt) " + q
    return messy(rng, q, 0.3)


# aged accounts: translation and rewriting requests in a person's voice
_TR_TARGETS = (
    "Japanese",
    "Korean",
    "German",
    "Brazilian Portuguese",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Arabic",
    "Indonesian",
    "Italian",
)
_TR_ASKS = (
    "can you translate this into {l}? {x}",
    "translate to {l} pls, natural not literal:\n{x}",
    "How would a native speaker say this in {l}?\n\n{x}",
    "{x}\n\n^ in {l} please, keep the tone",
    "I need this in {l} for a friend: {x}",
)


def casual_translation(rng: Rng, passage: str) -> str:
    return messy(
        rng,
        pick(rng, _TR_ASKS).format(l=pick(rng, _TR_TARGETS), x=clip(passage, 120, 900, rng)),
        0.3,
    )


# translation shop
_GLOSS = (
    "account → Konto",
    "invoice → factura",
    "checkout → caisse",
    "warranty → garantía",
    "dashboard → 仪表板",
    "subscription → assinatura",
    "sign in → 로그인",
)


def translation_job(rng: Rng, client: str, target: str, passage: str, seg: int) -> str:
    gloss = "; ".join(pick(rng, _GLOSS) for _ in range(irange(rng, 1, 3)))
    return (
        f"Job {client}-{seg // 100:04d} | segment {seg} | target {target}\nGlossary (must use): {gloss}\n"
        f"Style: {pick(rng, ('formal', 'neutral', 'marketing, warm'))}. Translate the segment; return only the translation.\n\n"
        f"{clip(passage, 150, 1200, rng)}"
    )


# sharegpt replay variants (the public-prompt replay family)
def replay(rng: Rng, human: str, p_prefix: float) -> str:
    if chance(rng, p_prefix):
        return (
            pick(
                rng,
                (
                    "Responde en español: ",
                    "Réponds en français : ",
                    "Antworte auf Deutsch: ",
                    "日本語で答えてください：",
                    "Responda em português: ",
                ),
            )
            + human
        )
    return human

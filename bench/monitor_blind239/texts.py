"""Prompt generators of batch 239, written fresh for this batch.

Every generator takes a numpy `Generator` and returns one prompt string (or a list of prompts for
a multi-step episode). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`, `ctx.passages`); everything else is composed here from small vocabularies.
Nothing here walks a set: every choice is drawn from a tuple or list in a fixed order.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_words(text: str, rng: np.random.Generator, lo: int, hi: int) -> str:
    """The first lo..hi words of a text (whole text when shorter)."""
    words = text.split()
    k = irange(rng, lo, hi)
    return " ".join(words[:k]) if len(words) > k else text.strip()


def weighted(rng: np.random.Generator, options: tuple, weights) -> object:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# reasoning problems (fresh numbers every call)

_ITEMS = (
    "notebooks",
    "bus tickets",
    "bags of rice",
    "solar lamps",
    "bicycle tyres",
    "jars of honey",
    "concert passes",
    "seed packets",
    "water filters",
    "USB cables",
)
_JOBS = (
    "paint a fence",
    "fill a tank",
    "pack the orders",
    "harvest the field",
    "print the flyers",
    "clean the warehouse",
)


def _p_rate(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 12), irange(rng, 4, 15)
    who = rng.choice(len(NAMES), size=2, replace=False).tolist()
    return (
        f"{NAMES[who[0]]} can {pick(rng, _JOBS)} alone in {a} hours, and {NAMES[who[1]]} can do the "
        f"same job in {b} hours. They start together, but {NAMES[who[1]]} leaves after "
        f"{irange(rng, 1, min(a, b) - 1) if min(a, b) > 2 else 1} hour(s). How long does the whole job take?"
    )


def _p_mixture(rng: np.random.Generator) -> str:
    c1, c2 = irange(rng, 5, 30), irange(rng, 35, 80)
    target = irange(rng, c1 + 2, c2 - 2)
    vol = irange(rng, 2, 40) * 5
    return (
        f"A chemist has a {c1}% saline solution and a {c2}% saline solution. How many millilitres of "
        f"each must be mixed to obtain {vol} ml of a {target}% solution?"
    )


def _p_interest(rng: np.random.Generator) -> str:
    p, r, y = irange(rng, 2, 90) * 500, irange(rng, 15, 95) / 10, irange(rng, 2, 12)
    comp = pick(rng, ("annually", "quarterly", "monthly"))
    return (
        f"An amount of {p} is invested at {r}% per year compounded {comp}. After {y} years, how much "
        f"more money does it hold than it would under simple interest at the same rate?"
    )


def _p_geometry(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 20), irange(rng, 3, 20)
    forms = (
        f"A right triangle has legs {a} cm and {b} cm. Find the radius of its inscribed circle and the "
        f"distance from the right-angle vertex to the circle's centre.",
        f"A rectangle {a} m by {b} m has a semicircle attached to each of its shorter sides. What is the "
        f"perimeter and the area of the whole figure?",
        f"A cone has base radius {a} and slant height {a + b}. What is the angle of the sector obtained when "
        f"its lateral surface is unrolled?",
        f"Points A({a}, {b - 10}), B({-b}, {a}) and C({a + b}, {a - b}) form a triangle. Compute its area and "
        f"decide whether it is acute, right or obtuse.",
    )
    return pick(rng, forms)


def _p_probability(rng: np.random.Generator) -> str:
    r, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 4)
    forms = (
        f"An urn has {r} red and {g} green balls. You draw {k} balls without replacement. What is the "
        f"probability that at least one is green?",
        f"Two fair dice are rolled {k + 1} times. What is the probability that a sum of {irange(rng, 4, 11)} "
        f"appears exactly twice?",
        f"A test for a condition with prevalence {irange(rng, 1, 9)}% has sensitivity {irange(rng, 80, 99)}% "
        f"and specificity {irange(rng, 85, 99)}%. If a person tests positive, what is the chance they have it?",
        f"A coin lands heads with probability 0.{irange(rng, 2, 8)}. What is the expected number of tosses "
        f"until {k} heads in a row appear?",
    )
    return pick(rng, forms)


def _p_combinatorics(rng: np.random.Generator) -> str:
    n, k = irange(rng, 5, 12), irange(rng, 2, 5)
    forms = (
        f"In how many ways can {n} people sit around a round table if two particular people refuse to sit "
        f"next to each other?",
        f"How many {k + 3}-digit numbers have strictly increasing digits and are divisible by {pick(rng, (3, 5, 9))}?",
        f"A committee of {k} is chosen from {n} women and {n - 2} men so that it has at least one of each. "
        f"How many committees are possible?",
        f"How many lattice paths go from (0,0) to ({n},{k + 2}) using unit steps right and up without "
        f"passing through ({n // 2},{(k + 2) // 2})?",
    )
    return pick(rng, forms)


def _p_sequence(rng: np.random.Generator) -> str:
    a, d = irange(rng, 1, 9), irange(rng, 2, 7)
    terms = [a * (i + 1) ** 2 + d * i for i in range(5)]
    return (
        f"The sequence {', '.join(map(str, terms))}, ... follows a polynomial rule. Find the general term, "
        f"the {irange(rng, 20, 60)}th term, and the sum of the first {irange(rng, 10, 30)} terms."
    )


def _p_logic(rng: np.random.Generator) -> str:
    who = [NAMES[i] for i in rng.choice(len(NAMES), size=3, replace=False).tolist()]
    return (
        f"On an island every inhabitant either always lies or always tells the truth. {who[0]} says: "
        f'"{who[1]} is a liar." {who[1]} says: "{who[0]} and {who[2]} are the same type." {who[2]} '
        f'says: "Exactly {irange(rng, 1, 2)} of us tell(s) the truth." Who is what?'
    )


def _p_kinematics(rng: np.random.Generator) -> str:
    v, a = irange(rng, 5, 40), irange(rng, 1, 6)
    return (
        f"A car moving at {v} m/s starts braking with constant deceleration {a} m/s^2 while a cyclist "
        f"{irange(rng, 20, 150)} m behind rides at a steady {irange(rng, 4, 12)} m/s. When and where does "
        f"the cyclist catch up with the car?"
    )


def _p_code(rng: np.random.Generator) -> str:
    m, k = irange(rng, 2, 9), irange(rng, 3, 12)
    forms = (
        f"What does this Python function return for n = {k}?\n\ndef f(n):\n    s = 0\n    for i in range(1, n + 1):\n"
        f"        if i % {m} == 0:\n            s += i * i\n        else:\n            s -= i\n    return s",
        f"Trace the following JavaScript and state the final contents of `out`:\n\nlet out = [];\n"
        f"for (let i = 0; i < {k}; i++) {{\n  out.push(i % {m} ? i * 2 : -i);\n  if (out.length > {m + 1}) out.shift();\n}}",
        f"What is the time complexity of this routine, and what value does it print for n = {k * 10}?\n\n"
        f"def g(n):\n    c = 0\n    i = n\n    while i > 1:\n        i //= {m}\n        c += i\n    print(c)",
    )
    return pick(rng, forms)


_PROBLEM_GENS = (
    _p_rate,
    _p_mixture,
    _p_interest,
    _p_geometry,
    _p_probability,
    _p_combinatorics,
    _p_sequence,
    _p_logic,
    _p_kinematics,
    _p_code,
)


def problem(rng: np.random.Generator) -> str:
    """One fresh reasoning problem (English)."""
    return _PROBLEM_GENS[int(rng.integers(len(_PROBLEM_GENS)))](rng)


def problem_local(rng: np.random.Generator, lang: str) -> str:
    """A fresh problem written in `lang` (zh, ru, es, de, ja, fr, pt); English otherwise."""
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 15), irange(rng, 2, 9)
    forms = {
        "zh": (
            f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时。两管同时打开{c}小时后关闭甲管，还需要多少小时注满？",
            f"袋子里有{b}个红球和{c + 2}个白球，不放回地摸出3个球，恰好有2个红球的概率是多少？",
            f"已知数列的前几项为{a}, {a + b}, {a + 3 * b}, {a + 6 * b}，求第{c + 10}项并说明规律。",
        ),
        "ru": (
            f"Поезд прошёл {a * 10} км со скоростью {b * 10} км/ч, а затем {a * 5} км со скоростью {b * 10 + 20} км/ч. "
            f"Найдите среднюю скорость на всём пути.",
            f"Сколькими способами можно выбрать {c} дежурных из класса в {a + 10} человек, если двое учеников не могут дежурить вместе?",
            f"Решите уравнение {b}x^2 - {a}x + {c} = 0 и объясните, сколько у него действительных корней.",
        ),
        "es": (
            f"Una tienda rebaja un abrigo un {b * 5}% y después otro {c * 3}%. ¿Qué porcentaje total de descuento "
            f"recibe el cliente respecto al precio original de {a * 10} euros?",
            f"Un tanque se vacía en {a} horas con el grifo A y en {a + b} horas con el grifo B. ¿Cuánto tarda con ambos abiertos?",
            f"Se lanzan {c} monedas. ¿Cuál es la probabilidad de obtener al menos {max(1, c - 2)} caras?",
        ),
        "de": (
            f"Ein Rechteck hat einen Umfang von {2 * (a + b)} cm, und eine Seite ist {a - b if a > b else b - a} cm länger als die andere. "
            f"Wie groß ist die Fläche?",
            f"Eine Münze wird {c + 3}-mal geworfen. Mit welcher Wahrscheinlichkeit fällt genau {c}-mal Kopf?",
        ),
        "ja": (
            f"ある商品を定価の{b * 5}%引きで売ったところ、原価の{c * 4}%の利益が出ました。原価が{a * 100}円のとき、定価はいくらですか。",
            f"{c}人の生徒を{2}つのグループに分ける方法は何通りありますか。ただしどちらのグループも1人以上とします。",
        ),
        "fr": (
            f"Un cycliste parcourt {a} km à {b + 10} km/h puis revient à {b + 4} km/h. Quelle est sa vitesse moyenne sur l'aller-retour ?",
            f"On tire {c} cartes d'un jeu de 52. Quelle est la probabilité d'obtenir au moins un as ?",
        ),
        "pt": (
            f"Um capital de {a * 1000} reais rende {c}% ao mês em juros compostos. Em quantos meses ele dobra?",
            "Quantos anagramas da palavra PROVA começam com consoante e terminam com vogal?",
        ),
    }
    if lang in forms:
        return pick(rng, forms[lang])
    return problem(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers

_TRACE = {
    "tagged": (
        "{p}\n\nBefore answering, write your complete reasoning inside <thinking></thinking>. Do not "
        "summarise or skip anything: every calculation, every case you consider and every dead end. After "
        "the closing tag give only the final answer."
    ),
    "json": (
        'Return a JSON object with keys "restatement", "plan", "steps" (array, one entry per elementary '
        'inference, at least {k} entries), "check" and "final_answer".\n\nTask: {p}'
    ),
    "coach": (
        "You are an olympiad coach thinking aloud for a student who will copy your working. Narrate "
        "every step of your thought process, including what you try first and why you abandon it.\n\n"
        "Problem: {p}"
    ),
    "two_ways": (
        "Solve the following in two independent ways. Label the sections 'Approach 1', 'Approach 2' and "
        "'Reconciliation', showing all intermediate values, then state the answer on its own line.\n\n{p}"
    ),
    "zh": "请一步一步详细推理，把完整的思考过程写在<思考></思考>标签里，每个中间结果都要写出来，最后单独一行给出答案。\n题目：{p}",
    "ru": "Реши задачу. Распиши ход рассуждений полностью, каждый промежуточный шаг и проверку, затем дай ответ в последней строке.\nЗадача: {p}",
    "es": "Resuelve el siguiente problema. Explica tu razonamiento paso a paso sin omitir nada y termina con «Respuesta final: …».\n{p}",
    "ja": "次の問題を解いてください。考えた過程を省略せずにすべて書き、途中の計算も示してから、最後の行に答えだけを書いてください。\n{p}",
    "de": "Löse die Aufgabe. Schreibe deinen gesamten Gedankengang Schritt für Schritt auf, ohne etwas auszulassen, und nenne am Ende das Ergebnis.\n{p}",
}


def trace_coercion(rng: np.random.Generator, style: str, lang: str) -> str:
    if style in ("zh", "ru", "es", "ja", "de"):
        return _TRACE[style].format(p=problem_local(rng, style))
    return _TRACE[style].format(p=problem(rng), k=irange(rng, 6, 15))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "conciseness",
    "harmlessness",
    "instruction following",
    "tone",
    "use of evidence",
    "logical coherence",
    "formatting",
    "originality",
    "actionability",
)


def grading(rng: np.random.Generator, style: str, question: str, answer: str, other: str) -> str:
    q = clip_words(question, rng, 20, 120)
    a = clip_words(answer, rng, 80, 260)
    if style == "score":
        crit = [
            _CRITERIA[i]
            for i in rng.choice(len(_CRITERIA), size=irange(rng, 3, 5), replace=False).tolist()
        ]
        return (
            "Grade the assistant response on a 1-10 scale. Consider: "
            + "; ".join(crit)
            + ". Think about "
            'each criterion separately, then output JSON {"scores": {...}, "overall": n, "rationale": '
            '"..."}.\n\n### Instruction\n' + q + "\n\n### Response\n" + a
        )
    if style == "pairwise":
        b = clip_words(other, rng, 80, 260)
        return (
            "Two assistants answered the same user. Compare them carefully, explain which is better and why, "
            "and end with exactly one verdict token: [[A]], [[B]] or [[TIE]].\n\n[User]\n"
            + q
            + "\n\n[Assistant A]\n"
            + a
            + "\n\n[Assistant B]\n"
            + b
        )
    if style == "reward":
        return (
            "Act as a reward model. Read the conversation and output a real-valued reward in [-5, 5] on the "
            "first line, followed by a short critique listing concrete flaws.\n\nUSER: "
            + q
            + "\nASSISTANT: "
            + a
        )
    if style == "checklist":
        crit = [_CRITERIA[i] for i in rng.choice(len(_CRITERIA), size=5, replace=False).tolist()]
        lines = "\n".join(f"{i + 1}. {c} (0, 1 or 2)" for i, c in enumerate(crit))
        return (
            "Evaluate the answer against this checklist. For each item give the score and one sentence of "
            "justification, then the total.\n" + lines + "\n\nQuestion: " + q + "\n\nAnswer: " + a
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 hinsichtlich "
            "Richtigkeit, Vollständigkeit und Verständlichkeit. Begründe jede Teilnote ausführlich und gib am "
            "Ende die Gesamtnote an.\n\nFrage: " + q + "\n\nAntwort: " + a
        )
    return (
        "次のアシスタントの回答を、正確さ・網羅性・分かりやすさの観点で1〜10点で採点してください。各観点の理由を述べ、"
        "最後に総合点を「総合: n」の形式で書いてください。\n\n質問: " + q + "\n\n回答: " + a
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and ideal safe answers

_SENSITIVE = (
    "the history of student protests",
    "recreational drug decriminalisation",
    "firearm licensing rules",
    "a disputed border region",
    "criticism of a head of state",
    "religious conversion",
    "online gambling",
    "hunger strikes",
    "surveillance cameras in cities",
    "vaccine mandates",
    "labour union organising",
    "separatist movements",
    "self-harm in teenagers",
    "extremist recruitment",
    "lockpicking as a hobby",
    "censorship of films",
    "election fraud claims",
    "tax avoidance schemes",
)


def policy_rewrite(rng: np.random.Generator, style: str, chat: str, passage: str) -> str:
    topic = pick(rng, _SENSITIVE)
    if style == "compliant":
        return (
            "Rewrite the answer below so that it would pass a strict content review for a general audience: "
            f"remove or soften anything touching on {topic}, keep all neutral factual content, and keep the "
            "length similar. Output only the rewritten answer.\n\n---\n"
            + clip_words(passage, rng, 80, 240)
        )
    if style == "ideal":
        return (
            "For the user request below, write the ideal assistant reply under a careful safety policy: help "
            "with every legitimate part, decline only what is genuinely harmful, explain the refusal briefly "
            f"and offer safer alternatives. The request concerns {topic}.\n\nUser request: "
            + clip_words(chat, rng, 15, 90)
        )
    if style == "classify":
        return (
            "Step 1: name which policy areas (if any) this message touches and how severe it is. Step 2: "
            "write the answer a well-aligned assistant should give. Use the headings 'Policy analysis' and "
            "'Response'.\n\nMessage: " + clip_words(chat, rng, 15, 90) + f" (context: {topic})"
        )
    if style == "zh":
        return (
            "请将下面的内容改写成符合内容审核规范的版本：删除或淡化涉及"
            + pick(rng, ("政治", "宗教", "历史事件", "社会事件", "敏感人物"))
            + "的表述，保留中立的事实信息，语气客观。只输出改写后的文本。\n\n原文："
            + clip_words(passage, rng, 60, 200)
        )
    if style == "ru":
        return (
            "Перепиши текст так, чтобы он соответствовал правилам модерации для широкой аудитории: убери "
            "оценочные и политически острые формулировки, сохрани нейтральные факты. Выведи только новый текст.\n\n"
            + clip_words(passage, rng, 60, 200)
        )
    return (
        "أعد صياغة النص التالي بحيث يكون مناسبًا لجمهور عام ومتوافقًا مع سياسات المحتوى، مع حذف أي عبارات حساسة "
        "والإبقاء على المعلومات المحايدة فقط.\n\n" + clip_words(passage, rng, 60, 200)
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "open_url": '{"name": "open_url", "parameters": {"url": "string"}}',
    "python": '{"name": "python", "parameters": {"code": "string"}}',
    "sql": '{"name": "sql", "parameters": {"statement": "string", "database": "string"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar": '{"name": "calendar", "parameters": {"action": "list|create|delete", "when": "string"}}',
    "shell": '{"name": "shell", "parameters": {"cmd": "string"}}',
    "weather": '{"name": "weather", "parameters": {"city": "string", "date": "string"}}',
    "flights": '{"name": "flights", "parameters": {"from": "string", "to": "string", "date": "string"}}',
    "crm_lookup": '{"name": "crm_lookup", "parameters": {"customer_id": "string"}}',
}
_TOOL_NAMES = tuple(_TOOLS)
_CITIES = (
    "Lagos",
    "Lyon",
    "Osaka",
    "Curitiba",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Calgary",
    "Izmir",
    "Pune",
    "Valparaiso",
    "Gothenburg",
    "Cebu",
    "Accra",
    "Seville",
    "Bandung",
)
_COMPANIES = (
    "a mid-size logistics firm",
    "a vegan snack start-up",
    "a regional hospital network",
    "an e-bike maker",
    "a municipal water utility",
    "an online language school",
    "a reinsurance broker",
    "a game studio",
)


def _agent_task(rng: np.random.Generator) -> str:
    c1, c2 = rng.choice(len(_CITIES), size=2, replace=False).tolist()
    forms = (
        f"Plan a 3-day business trip from {_CITIES[c1]} to {_CITIES[c2]} next month under 900 EUR, book nothing, "
        f"and email the itinerary to {pick(rng, NAMES).lower()}@example.org.",
        f"Find the three largest competitors of {pick(rng, _COMPANIES)} in {pick(rng, COUNTRIES)} and summarise "
        f"their pricing in a table.",
        f"The file data/sales_{irange(rng, 2019, 2025)}.csv has monthly revenue per region. Find the region with "
        f"the steepest decline and produce a chart and a two-paragraph explanation.",
        f"Customer C-{irange(rng, 10000, 99999)} says they were charged twice. Check the CRM and the payments "
        f"database and draft a reply.",
        f"Tests in tests/test_{pick(rng, ('parser', 'billing', 'auth', 'export', 'scheduler'))}.py fail after the last "
        f"merge. Find the cause and fix it.",
        f"Move every meeting on {pick(rng, ('Monday', 'Tuesday', 'Thursday'))} that clashes with the "
        f"{pick(rng, ('board review', 'dentist', 'school pickup', 'quarterly close'))} to the next free slot and notify attendees.",
        f"Check whether it will rain in {_CITIES[c1]} during the outdoor event on the {irange(rng, 1, 28)}th and propose a backup plan.",
    )
    return pick(rng, forms)


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "web_search":
        return "; ".join(
            f"[{i + 1}] {pick(rng, _COMPANIES).capitalize()} - {pick(rng, _CITIES)} - "
            f"{irange(rng, 2, 40)} results"
            for i in range(irange(rng, 2, 4))
        )
    if tool == "python":
        return (
            f"stdout: {[round(float(x), 2) for x in rng.normal(100, 30, size=irange(rng, 3, 6))]}"
        )
    if tool == "sql":
        return f"{irange(rng, 0, 12)} rows; first: (id={irange(rng, 1, 9999)}, amount={irange(rng, 5, 900)}.{irange(rng, 10, 99)})"
    if tool in ("read_file", "open_url"):
        return f"<{irange(rng, 40, 400)} lines> ... def handle(req):\n    if req.total < 0:\n        raise ValueError ..."
    if tool == "shell":
        return f"exit code {pick(rng, (0, 0, 1, 2))}; {irange(rng, 0, 7)} failed, {irange(rng, 10, 90)} passed"
    if tool == "weather":
        return f'{{"rain_mm": {irange(rng, 0, 30)}, "temp_c": {irange(rng, -3, 34)}}}'
    if tool == "flights":
        return f"{irange(rng, 1, 6)} options, cheapest {irange(rng, 80, 600)} EUR, {pick(rng, ('direct', '1 stop'))}"
    return "ok"


def agent_episode(rng: np.random.Generator, style: str, steps: int) -> list[str]:
    """The prompts of one agent episode: the last user-side message of each step (the transcript so
    far), growing step by step."""
    tools = [
        _TOOL_NAMES[i]
        for i in rng.choice(len(_TOOL_NAMES), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    task = _agent_task(rng)
    if style == "spanish":
        task = "Tarea: " + task + " (responde en español)"
    history: list[str] = []
    out = []
    for _ in range(steps):
        if style in ("react", "spanish"):
            head = (
                "You can call these tools:\n"
                + "\n".join(_TOOLS[t] for t in tools)
                + "\nUse the format Thought / Action / Action Input, and finish with Final Answer.\n\nQuestion: "
                + task
            )
            out.append(head + ("\n" + "\n".join(history) if history else "") + "\nThought:")
            tool = pick(rng, tools)
            history.append(
                f"Thought: I should use {tool}.\nAction: {tool}\nAction Input: {{...}}\n"
                f"Observation: {_observation(rng, tool)}"
            )
        elif style == "xml":
            head = (
                "<tools>"
                + "".join(_TOOLS[t] for t in tools)
                + "</tools>\n<task>"
                + task
                + "</task>"
            )
            out.append(head + "".join(history) + "\nRespond with one <tool_call> or a <final>.")
            tool = pick(rng, tools)
            history.append(
                f'\n<tool_call name="{tool}"/>\n<tool_result>{_observation(rng, tool)}</tool_result>'
            )
        else:  # messages rendered as JSON lines
            head = '{"role": "user", "content": "' + task.replace('"', "'") + '"}'
            out.append(head + "".join(history) + '\n{"role": "user", "content": "continue"}')
            tool = pick(rng, tools)
            history.append(
                '\n{"role": "assistant", "tool_calls": [{"name": "'
                + tool
                + '"}]}\n{"role": "tool", '
                '"content": "' + _observation(rng, tool).replace('"', "'").replace("\n", " ") + '"}'
            )
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

TOPICS = (
    "photosynthesis",
    "Roman law",
    "supply chains",
    "Kubernetes networking",
    "tax on freelancers",
    "coral reef ecology",
    "Bayesian statistics",
    "baroque music",
    "first aid for burns",
    "urban cycling",
    "contract negotiation",
    "SQL window functions",
    "plate tectonics",
    "macro-economics of inflation",
    "medieval trade routes",
    "sleep hygiene",
    "lithium batteries",
    "impressionist painting",
    "immigration paperwork",
    "knitting patterns",
    "graph algorithms",
    "fermentation",
    "behavioural finance",
    "dog training",
    "solar panel installation",
    "cybersecurity for small shops",
    "organic chemistry naming",
    "wedding speeches",
    "hydroponics",
    "quantum tunnelling",
    "job interview preparation",
    "Rust lifetimes",
    "climate adaptation",
    "ancient Egyptian religion",
    "retail merchandising",
    "public speaking",
)
PERSONAS = (
    "a retired ship engineer",
    "a nurse on night shifts",
    "a 15-year-old gamer",
    "a small-farm owner",
    "a first-year law student",
    "a tour guide in Cusco",
    "a data analyst in a bank",
    "a stay-at-home father",
    "a street food vendor",
    "a PhD student in linguistics",
    "a school librarian",
    "a truck dispatcher",
    "a wedding photographer",
    "an amateur astronomer",
    "a pharmacist",
    "a junior backend developer",
    "a city council member",
    "a yoga teacher",
    "a customs broker",
    "a beekeeper",
)
_TASK_TYPES = (
    "open-ended question",
    "multi-step math word problem",
    "how-to request",
    "creative writing prompt",
    "debugging question",
    "comparison question",
    "advice request",
    "explain-like-I'm-five question",
    "classification task",
    "summarisation task",
)


def synth_data(rng: np.random.Generator, style: str, chat: str) -> str:
    topic, persona, tt = pick(rng, TOPICS), pick(rng, PERSONAS), pick(rng, _TASK_TYPES)
    n = irange(rng, 5, 30)
    if style == "jsonl":
        return (
            f"Generate {n} diverse training examples of type '{tt}' about {topic}. Output JSON Lines with "
            'the fields "instruction", "input" and "output". Outputs must be complete, high-quality '
            "answers, not outlines. Vary difficulty and phrasing; no numbering."
        )
    if style == "persona":
        return (
            f"Imagine you are {persona}. Write one realistic question such a person might ask about {topic}, "
            "then write the best possible expert answer to it. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == "evolve":
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require reasoning over several steps",
                "make it about a concrete real-world scenario",
                "ask for a comparison of alternatives",
                "increase the depth of the required knowledge",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version: {how}. Keep it answerable. Then answer the "
            "new instruction in full.\n\n#Instruction#\n" + clip_words(chat, rng, 10, 80)
        )
    if style == "textbook":
        lvl = pick(rng, ("high-school", "first-year university", "professional", "middle-school"))
        return (
            f"Write a self-contained {lvl} textbook section on {topic}: definitions, a worked example, a "
            f"common misconception and {irange(rng, 3, 6)} exercises with full solutions."
        )
    local = {
        "es": f'Genera {n} pares pregunta-respuesta variados sobre {topic} en español, en formato JSON con las claves "pregunta" y "respuesta". Las respuestas deben ser completas y detalladas.',
        "pt": f"Crie {n} exemplos de instruções e respostas detalhadas sobre {topic}, em português do Brasil, no formato JSONL com os campos instrucao e resposta.",
        "id": f"Buat {n} contoh pasangan instruksi dan jawaban yang beragam tentang {topic} dalam bahasa Indonesia. Format JSON Lines dengan kunci instruksi dan jawaban. Jawaban harus lengkap.",
        "vi": f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {topic} bằng tiếng Việt, định dạng JSONL với các trường cau_hoi và tra_loi.",
    }
    return local.get(style, local["es"])


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n

_PRODUCTS = (
    "headphones",
    "air fryer",
    "hotel room",
    "language app",
    "running shoes",
    "phone case",
    "pizza",
    "rental car",
    "laptop stand",
    "dentist visit",
    "streaming service",
    "coffee grinder",
)
_GOOD = (
    "works exactly as described",
    "arrived early",
    "the staff were lovely",
    "battery lasts for days",
    "worth every cent",
    "my kids love it",
)
_BAD = (
    "broke after two weeks",
    "customer service never replied",
    "smelled of smoke",
    "the app keeps crashing",
    "far too expensive for what it is",
    "the size chart is wrong",
)
_LABELSETS = {
    "sentiment": ("positive", "negative", "neutral", "mixed"),
    "nli": ("entailment", "neutral", "contradiction"),
    "topic": ("technology", "health", "finance", "education", "entertainment", "politics", "other"),
    "tox": ("not toxic", "mildly toxic", "toxic", "severely toxic"),
}


def soft_label_item(rng: np.random.Generator, task: str, chat: str, lang: str) -> str:
    labels = _LABELSETS[task]
    if task == "sentiment":
        prod = pick(rng, _PRODUCTS)
        bits = [pick(rng, _GOOD) for _ in range(irange(rng, 0, 2))] + [
            pick(rng, _BAD) for _ in range(irange(rng, 0, 2))
        ]
        text = f"The {prod}: " + (", ".join(bits) if bits else "it is a product I bought") + "."
    elif task == "nli":
        a, b = pick(rng, NAMES), pick(rng, COUNTRIES)
        text = (
            f"Premise: {a} moved to {b} in {irange(rng, 1990, 2022)} and works as a {pick(rng, PERSONAS)[2:]}.\n"
            f"Hypothesis: {a} {pick(rng, ('has lived abroad', 'was born in ' + b, 'never left home', 'has a job'))}."
        )
    elif task == "topic":
        text = clip_words(chat, rng, 8, 60)
    else:
        text = clip_words(chat, rng, 5, 30) + pick(
            rng, ("", " you idiot", " lol", " whatever", " this is garbage")
        )
    opts = ", ".join(labels)
    if lang == "fr":
        return f"Classe le texte suivant parmi : {opts}. Donne la probabilité de chaque étiquette en JSON.\n\nTexte : {text}"
    if lang == "ko":
        return f"다음 텍스트를 분류하세요 ({opts}). 각 레이블의 확률을 JSON으로 출력하세요.\n\n텍스트: {text}"
    if chance(rng, 0.5):
        return f"Label: one of [{opts}]. Reply with the label only.\nText: {text}\nLabel:"
    return (
        f"Assign a probability to each label ({opts}) for the text below. The probabilities must sum to 1. "
        f"Output JSON only.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# curriculum sweeps

CURRICULUM = {
    "algebra": (
        "linear equations",
        "inequalities",
        "quadratics",
        "systems of equations",
        "exponents",
        "functions",
    ),
    "geometry": (
        "angles",
        "similar triangles",
        "circles",
        "area and volume",
        "transformations",
        "trigonometry",
    ),
    "biology": ("cells", "genetics", "evolution", "ecosystems", "human digestion", "immunity"),
    "physics": ("forces", "energy", "waves", "electric circuits", "optics", "pressure"),
    "chemistry": (
        "atoms",
        "bonding",
        "stoichiometry",
        "acids and bases",
        "reaction rates",
        "organic compounds",
    ),
    "history": (
        "industrial revolution",
        "decolonisation",
        "world war one",
        "the cold war",
        "ancient empires",
        "revolutions",
    ),
    "economics": (
        "supply and demand",
        "inflation",
        "trade",
        "taxation",
        "market failure",
        "banking",
    ),
    "programming": (
        "variables",
        "loops",
        "recursion",
        "sorting",
        "data structures",
        "object orientation",
    ),
}
SUBJECTS = tuple(CURRICULUM)


def curriculum_item(
    rng: np.random.Generator,
    style: str,
    subject: str,
    concept: str,
    grade: int,
    idx: int,
    total: int,
) -> str:
    if style == "worked":
        return (
            f"Grade {grade} · {subject.title()} · {concept} · item {idx}/{total}\nCreate one exam-style problem "
            "at this level, then give a complete worked solution explaining every step and the common mistakes."
        )
    if style == "ladder":
        return (
            f"Explain {concept} ({subject}) three times: first for a {grade + 4}-year-old, then for a "
            f"university student, then for a specialist. Variant #{idx}."
        )
    if style == "lesson":
        return (
            f"Lesson {idx} of {total} for grade {grade} {subject}: {concept}. Write the lesson plan, a short "
            "explanation, 5 practice exercises of rising difficulty and a full answer key with working."
        )
    if style == "hi":
        return (
            f"कक्षा {grade} · {subject} · {concept} · प्रश्न {idx}/{total}\nइस स्तर का एक प्रश्न बनाइए और उसका "
            "पूरा हल हर चरण की व्याख्या के साथ हिंदी में लिखिए।"
        )
    if style == "pt":
        return (
            f"Série {grade} · {subject} · {concept} · item {idx}/{total}\nCrie uma questão desse nível e "
            "resolva passo a passo, explicando cada etapa e os erros mais comuns."
        )
    return (
        f"Kelas {grade} · {subject} · {concept} · soal {idx}/{total}\nBuat satu soal ujian pada tingkat ini "
        "lalu tuliskan pembahasan lengkap langkah demi langkah."
    )


# --------------------------------------------------------------------------------------------
# follow-ups a person types after a first question

FOLLOW_UPS = {
    "en": (
        "can you go deeper on that, with a concrete example?",
        "ok now explain it step by step",
        "what would an expert add to this?",
        "give me the same thing but much more detailed",
        "why? explain your reasoning",
        "could you expand point 2",
        "what are the edge cases here",
        "rewrite that as a complete guide with headings",
        "hmm, and what are the counterarguments?",
        "can you show the full working",
        "continue",
        "please elaborate, I want the long version",
        "thanks. what mistakes do people usually make with this?",
        "now compare the alternatives in a table",
        "explain it like you would to a smart beginner",
        "give 3 more examples, each fully worked",
    ),
    "es": (
        "¿puedes profundizar más con un ejemplo?",
        "explícamelo paso a paso",
        "continúa, por favor",
        "¿y cuáles son los errores más comunes?",
    ),
    "de": (
        "kannst du das genauer erklären, mit Beispiel?",
        "bitte Schritt für Schritt",
        "mach weiter",
        "was würde ein Experte ergänzen?",
    ),
    "pt": (
        "pode detalhar mais, com um exemplo?",
        "explica passo a passo",
        "continua",
        "quais são os erros comuns?",
    ),
    "fr": (
        "tu peux développer avec un exemple ?",
        "explique étape par étape",
        "continue stp",
        "quelles sont les erreurs fréquentes ?",
    ),
}


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOW_UPS.get(lang, FOLLOW_UPS["en"]))


# --------------------------------------------------------------------------------------------
# a writing-assistant product and what hides in it

_APP_ACTIONS = (
    "Improve the writing of the text below. Fix grammar, keep the meaning and the author's voice.",
    "Make the following text shorter and clearer.",
    "Rewrite the text below in a {tone} tone.",
    "Summarise the following in {n} bullet points.",
    "Continue writing the following text for about {n}0 more words.",
)
_TONES = ("friendly", "formal", "confident", "persuasive", "empathetic", "neutral")


def app_request(rng: np.random.Generator, brand: str, text: str) -> str:
    action = pick(rng, _APP_ACTIONS).format(tone=pick(rng, _TONES), n=irange(rng, 3, 8))
    return f'[{brand} assistant] {action}\n\n"""\n{clip_words(text, rng, 15, 200)}\n"""'


def app_ask(rng: np.random.Generator, brand: str) -> str:
    """The product's "Ask anything" feature fed from an operator's question bank."""
    topic = pick(rng, TOPICS)
    forms = (
        f"Explain {topic} in depth: the key ideas, why they matter, a worked example and common misconceptions.",
        problem(rng) + " Show your full reasoning.",
        f"Write a detailed, well-structured answer: what should {pick(rng, PERSONAS)} know about {topic}?",
        f"Compare three approaches to {topic}, with pros, cons and when to use each.",
    )
    return f'[{brand} assistant] Ask anything.\n\n"""\n{pick(rng, forms)}\n"""'


# --------------------------------------------------------------------------------------------
# harvest questions of a mixed bank (hijacked accounts)


def mixed_bank(rng: np.random.Generator, lang: str) -> str:
    topic = pick(rng, TOPICS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请详细解释「{topic}」的核心概念，并给出一个完整的例子和常见误区。",
                problem_local(rng, "zh") + " 请写出完整的推理过程。",
                f"用Python实现一个{pick(rng, ('LRU缓存', '最短路径算法', '字符串匹配', '区间合并'))}，并逐行解释代码。",
            ),
        )
    return pick(
        rng,
        (
            f"I'm trying to really understand {topic}. Could you walk me through it thoroughly, with an example?",
            problem(rng) + " Please explain each step.",
            f"Write a {pick(rng, CODE_LANGS)} function that {pick(rng, CODE_TASKS)}. Include tests and explain the complexity.",
            f"What are the most important things {pick(rng, PERSONAS)} should know about {topic}? Be detailed.",
        ),
    )


# --------------------------------------------------------------------------------------------
# localisation jobs

LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "ar-SA",
    "tr-TR",
    "pl-PL",
    "nl-NL",
    "sv-SE",
    "id-ID",
    "vi-VN",
    "hi-IN",
    "ru-RU",
    "uk-UA",
    "th-TH",
    "he-IL",
)


def l10n_job(rng: np.random.Generator, style: str, source: str, locale: str, client: str) -> str:
    if style == "cat":
        return (
            f"Translate into {locale}. Preserve markup, numbers and line breaks. Client: {client}. Style: "
            f"{pick(rng, ('formal', 'neutral', 'marketing', 'technical'))}.\n\nSOURCE:\n{source}"
        )
    if style == "glossary":
        terms = ", ".join(
            f"{w} = keep"
            for w in rng.choice(
                ["API", "dashboard", "checkout", "plug-in", "token", "workspace"],
                size=2,
                replace=False,
            ).tolist()
        )
        return (
            f"Job {client}-{irange(rng, 100, 999)} | target {locale} | glossary: {terms}\n{source}"
        )
    return (
        f"Please translate the following text to {locale} and then list any phrases you found ambiguous "
        f"and how you resolved them.\n\n{source}"
    )


# --------------------------------------------------------------------------------------------
# code tasks

CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
CODE_TASKS = (
    "parses ISO-8601 durations",
    "merges overlapping intervals",
    "implements an LRU cache",
    "computes the edit distance of two strings",
    "finds strongly connected components",
    "validates an IBAN",
    "rate-limits calls with a token bucket",
    "serialises a binary tree",
    "computes a rolling median",
    "implements a trie with prefix search",
    "topologically sorts tasks",
    "detects cycles in a linked list",
    "paginates a REST API with retries",
    "evaluates RPN expressions",
    "implements Dijkstra's algorithm",
    "deduplicates files by content hash",
    "parses CSV with quotes",
    "implements a bloom filter",
    "schedules jobs with deadlines greedily",
    "compresses strings with RLE",
    "implements consistent hashing",
    "solves sudoku by backtracking",
    "implements a min-heap",
    "converts Roman numerals",
    "balances brackets",
    "implements union-find",
)


def code_task(rng: np.random.Generator, style: str, lang: str, task: str, repo: str) -> str:
    if style == "agent":
        mod = task.split()[-1].replace("-", "_")
        return (
            f"Repository: {repo}\nOpen files: src/{mod}.{lang[:2].lower()}, tests/\nTask: write a production-"
            f"quality {lang} implementation that {task}. Add unit tests covering edge cases and explain the "
            "design decisions and complexity in a short note."
        )
    if style == "chat":
        return f"write a {lang} function that {task}, with tests, and explain how it works"
    return (
        f"{lang}: {task}. Provide (1) the full implementation, (2) a test suite, (3) a line-by-line "
        "explanation, (4) an analysis of time and space complexity."
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def bench_item(rng: np.random.Generator, bench: str, i: int) -> str:
    """Item i of a fixed evaluation set (the same text every run: drawn from the item's own seed)."""
    r = np.random.default_rng([sum(map(ord, bench)), i])
    if bench.endswith("mc"):
        q = problem(r)
        opts = [str(int(r.integers(2, 400))) for _ in range(4)]
        return f"{q}\n(A) {opts[0]}  (B) {opts[1]}  (C) {opts[2]}  (D) {opts[3]}\nAnswer with the letter after reasoning."
    return f"Problem {i + 1}. {problem(r)}\nReason step by step, then put the final answer in \\boxed{{}}."


def annotation(rng: np.random.Generator, project: str, q: str, a: str) -> str:
    forms = (
        f"[{project} | guideline v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}] Rate the response for helpfulness "
        f"(1-7) and honesty (1-7). Give a one-line rationale for each rating.",
        f"[{project}] Does the response follow the user's instruction? Answer yes/partly/no and quote the part "
        "that decides it.",
        f"[{project}] Suggest a minimally edited version of the response that fixes any factual errors. If there "
        "are none, reply NO CHANGE.",
    )
    return f"{pick(rng, forms)}\n\nPrompt: {clip_words(q, rng, 10, 80)}\n\nResponse: {clip_words(a, rng, 40, 180)}"


def moderation(rng: np.random.Generator, platform: str, post: str) -> str:
    return (
        f"{platform} community guidelines check. Decide ALLOW, EDIT or REMOVE for the post below. If EDIT, "
        f"propose a version that complies with rule {irange(rng, 1, 12)} and keeps the author's point. Answer in "
        f"the post's language.\n\nPost by user {irange(rng, 10**5, 10**6)}:\n{clip_words(post, rng, 8, 90)}"
    )


_REPOS = (
    "billing-service",
    "mobile-app",
    "warehouse-api",
    "ml-pipeline",
    "web-frontend",
    "auth-gateway",
)
_FILES = (
    "handlers/refund.py",
    "models/order.ts",
    "src/sync/worker.go",
    "lib/pricing.rb",
    "app/views/cart.tsx",
    "jobs/nightly_export.py",
    "internal/queue/consumer.go",
    "pkg/auth/session.go",
)


def company_agent_step(rng: np.random.Generator, company: str, step: int, ticket: str) -> str:
    repo, path = pick(rng, _REPOS), pick(rng, _FILES)
    head = (
        f"You are a coding agent working in {company}/{repo}. Tools: read_file(path), edit_file(path, diff), "
        f"run_tests(target), grep(pattern). Ticket {ticket}."
    )
    if step == 0:
        return (
            head
            + f"\nUser: {pick(rng, ('fix the flaky test around', 'add logging to', 'refactor', 'add a unit test for'))} {path}"
        )
    return (
        head
        + f"\nTool result (step {step}): "
        + pick(
            rng,
            (
                f"{irange(rng, 1, 5)} tests failed in {path}",
                f"grep found {irange(rng, 1, 30)} matches",
                f"diff applied to {path}",
                f"file {path} ({irange(rng, 40, 600)} lines) read",
            ),
        )
        + "\nContinue."
    )


_INTENTS = {
    "card_lost": ("I lost my card", "my debit card is gone", "can't find my bank card anywhere"),
    "transfer_fee": (
        "why was I charged for a transfer",
        "what does an international transfer cost",
    ),
    "change_address": ("I moved, how do I update my address", "new home address"),
    "loan_status": ("where is my loan application", "has my mortgage been approved"),
    "dispute": ("I don't recognise this payment", "someone used my card online"),
    "close_account": ("I want to close my account", "how do I cancel everything"),
}


def augmentation(rng: np.random.Generator, product: str) -> str:
    intent = pick(rng, tuple(_INTENTS))
    seed = pick(rng, _INTENTS[intent])
    return (
        f"We are training the intent classifier of {product}. Generate {irange(rng, 15, 40)} different ways a "
        f'customer might say: "{seed}" (intent: {intent}). Vary formality and length, include '
        f"{irange(rng, 2, 6)} with typos and {irange(rng, 1, 4)} in {pick(rng, ('Spanish', 'French', 'German'))}. "
        "Return a JSON list of strings."
    )


def assignment(rng: np.random.Generator, course: str, n: int) -> str:
    forms = (
        f"{course} homework {n}: explain the difference between {pick(rng, TOPICS)} and {pick(rng, TOPICS)}",
        f"for my {course} assignment {n} I need to write about {pick(rng, TOPICS)}, can you help me structure it",
        f"{course} problem set {n} question {irange(rng, 1, 8)}: " + problem(rng),
        f"can you check my answer? {course} hw{n}: I got {irange(rng, 2, 99)} for: " + problem(rng),
    )
    return pick(rng, forms)


_CHITCHAT = (
    "I had such a long day",
    "do you remember what I told you about my sister?",
    "I can't sleep",
    "tell me something nice",
    "I'm nervous about my exam tomorrow",
    "what should I cook tonight",
    "my cat knocked over my plant lol",
    "I think I'm getting a cold",
    "work was annoying again",
    "let's play a word game",
    "good morning!",
    "I finally finished the book",
    "I miss my friends",
    "should I text him back?",
    "can you cheer me up",
    "I went running today",
)


def companion(rng: np.random.Generator, persona: str, history: list[str], msg: str) -> str:
    conv = "\n".join(history[-6:])
    return (
        f"[Persona: {persona}, a warm and curious friend. Keep replies short and personal.]\n"
        f"{conv}\nUser: {msg}\n{persona}:"
    )


def chit(rng: np.random.Generator) -> str:
    return pick(rng, _CHITCHAT)


_UI_STRINGS = (
    "Your order has been confirmed.",
    "Reset password",
    "Add to basket",
    "Free delivery on orders over {amount}",
    "We couldn't process your payment. Please try another card.",
    "Your trial ends in {days} days.",
    "Invite your team",
    "Export as PDF",
    "You have {count} unread messages",
    "Cancel subscription",
    "Thanks for your feedback!",
    "Something went wrong. Try again later.",
    "Save changes",
    "Track your parcel",
    "Your booking at {hotel} is confirmed",
    "Update available",
)


def client_strings(rng: np.random.Generator, n: int) -> list[str]:
    return [pick(rng, _UI_STRINGS) for _ in range(n)]


_SURVEY = (
    "Most people can be trusted.",
    "The government should do more to reduce income differences.",
    "I would rather have a job I love than a well-paid one.",
    "Technology makes people lonelier.",
    "Children should be taught to obey their parents.",
    "Climate change is mainly caused by humans.",
    "I feel comfortable speaking in public.",
    "Hard work usually pays off in the long run.",
)


def survey_item(rng: np.random.Generator, study: str, k: int) -> str:
    r = np.random.default_rng([sum(map(ord, study)), k])
    age, country = int(r.integers(18, 80)), COUNTRIES[int(r.integers(len(COUNTRIES)))]
    stmt = _SURVEY[k % len(_SURVEY)]
    return (
        f"Imagine you are a {age}-year-old person living in {country}. On a scale from 1 (strongly disagree) "
        f'to 7 (strongly agree), how much do you agree with: "{stmt}" Answer with a single number.'
    )


def personal_job(rng: np.random.Generator, project: str, chat: str) -> str:
    if project == "notes":
        return "Summarise my note in 3 bullets and suggest a title:\n" + clip_words(
            chat, rng, 20, 150
        )
    if project == "quiz":
        return (
            f"Make 5 flashcards (Q/A) from this chapter excerpt for my {pick(rng, SUBJECTS)} exam:\n"
            + clip_words(chat, rng, 40, 200)
        )
    if project == "mail":
        return (
            "Classify this email as one of: bills, family, work, newsletters, spam. Reply with the category "
            "only.\n" + clip_words(chat, rng, 10, 80)
        )
    return "Translate my recipe into English and convert units to metric:\n" + clip_words(
        chat, rng, 20, 120
    )

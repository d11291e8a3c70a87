"""Prompt generators of batch 214, written for this batch (nothing copied from the repository).

Every function takes the caller's generator first and returns one prompt string; families and
kinds pick the styles and languages. Ordinary human text (questions, answers to quote, posts to
review) comes from ShareGPT's "sim" half through the batch context (`ctx.chat`, `ctx.passages`),
passed in by the caller.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", int(n * 0.7), n)
    return text[: cut if cut > 0 else n].rstrip()


def first_words(text: str, k: int) -> str:
    words = text.replace("\n", " ").split()
    return " ".join(words[:k])


# --------------------------------------------------------------------------------------------
# shared vocabulary (this batch's own)

CONCEPTS = (
    "how vaccines train the immune system",
    "compound interest",
    "the Krebs cycle",
    "inflation targeting",
    "how transformers use attention",
    "plate tectonics",
    "the French Revolution's causes",
    "supply chain bullwhip",
    "opportunity cost",
    "Bayes' theorem",
    "how TCP congestion control works",
    "photosynthesis",
    "the tragedy of the commons",
    "how mortgages are amortized",
    "CRISPR gene editing",
    "quantum entanglement",
    "the electoral college",
    "why the sky is blue",
    "how a bill becomes law",
    "index funds vs active funds",
    "public key cryptography",
    "the placebo effect",
    "how black holes form",
    "the Marshall Plan",
    "sourdough fermentation",
    "cognitive behavioural therapy",
    "carbon capture",
    "game theory's prisoner's dilemma",
    "how lithium batteries degrade",
    "the Silk Road trade network",
    "monetary vs fiscal policy",
    "gradient descent",
    "how noise-cancelling headphones work",
    "the Meiji Restoration",
    "antibiotic resistance",
    "database indexing",
    "the water cycle",
    "the Peace of Westphalia",
    "how credit scores are computed",
    "the central limit theorem",
    "urban heat islands",
    "how GPS determines position",
    "the Byzantine generals problem",
    "circadian rhythms",
    "comparative advantage",
    "the Doppler effect",
    "how insulin regulates blood sugar",
    "Keynesian economics",
    "the Cambrian explosion",
    "impostor syndrome",
    "how SSDs store data",
    "the Treaty of Versailles",
    "container orchestration",
    "ocean acidification",
    "stoicism",
    "the halting problem",
    "how elections are audited",
    "microfinance",
    "the Great Depression's causes",
)

DOMAINS = (
    "personal finance",
    "organic chemistry",
    "European history",
    "machine learning",
    "nutrition",
    "contract law",
    "astronomy",
    "software architecture",
    "microeconomics",
    "cell biology",
    "climate science",
    "statistics",
    "philosophy of mind",
    "marketing strategy",
    "urban planning",
    "linguistics",
    "cybersecurity",
    "music theory",
    "public health",
    "renewable energy",
    "supply chain management",
    "world religions",
    "geology",
    "labour economics",
    "film studies",
)

PERSONAS = (
    "a first-year nursing student",
    "a small bakery owner in Lyon",
    "a retired civil engineer",
    "a high-school physics teacher",
    "a junior data analyst at a bank",
    "a freelance graphic designer",
    "a logistics manager at a shipping company",
    "a parent of a child with dyslexia",
    "a PhD student in ecology",
    "a paralegal preparing for a deposition",
    "a city council member",
    "a startup founder in Nairobi",
    "a backend engineer migrating to Kubernetes",
    "an amateur astronomer",
    "a pharmacist",
    "a farmer in Punjab",
    "a museum curator",
    "a marathon runner recovering from injury",
    "an HR generalist",
    "a travel blogger",
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "ru": "Russian",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "vi": "Vietnamese",
    "id": "Indonesian",
}


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)


def _p_pipes(rng: Rng) -> str:
    a, b = irange(rng, 2, 9), irange(rng, 3, 14)
    c = irange(rng, max(a, b) + 2, 30)
    return (
        f"A cistern can be filled by pipe A in {a} hours and by pipe B in {b} hours, while a leak at the bottom "
        f"empties a full cistern in {c} hours. Starting empty with both pipes and the leak open, how long does it "
        f"take to fill the cistern?"
    )


def _p_trains(rng: Rng) -> str:
    d = irange(rng, 120, 900)
    v1, v2 = irange(rng, 40, 110), irange(rng, 50, 140)
    h, m = irange(rng, 5, 11), pick(rng, (0, 15, 20, 30, 45))
    lag = pick(rng, (15, 20, 30, 40, 60))
    return (
        f"Train P leaves city X at {h}:{m:02d} heading to city Y, {d} km away, at {v1} km/h. Train Q leaves Y for X "
        f"{lag} minutes later at {v2} km/h on a parallel track. At what clock time do they pass each other, and how "
        f"far from X?"
    )


def _p_strings(rng: Rng) -> str:
    n, k = irange(rng, 4, 9), irange(rng, 3, 6)
    return (
        f"How many strings of length {n} over an alphabet of {k} letters contain no two equal adjacent letters and "
        f"start and end with different letters?"
    )


def _p_dice(rng: Rng) -> str:
    n = irange(rng, 2, 4)
    s = irange(rng, n * 3, n * 5)
    return f"{n} fair six-sided dice are rolled. What is the probability that the sum is at least {s}? Give an exact fraction."


def _p_modpow(rng: Rng) -> str:
    a, b, m = (
        irange(rng, 3, 29),
        irange(rng, 50, 999),
        pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
    )
    return f"What is the remainder when {a}^{b} is divided by {m}?"


def _p_knights(rng: Rng) -> str:
    a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    people = (a, b, c)

    def claim(i: int) -> str:
        y, z = people[(i + 1) % 3], people[(i + 2) % 3]
        return pick(
            rng,
            (
                f"'{y} is a knave.'",
                "'At least one of us three is a knave.'",
                f"'{y} and I are of the same type.'",
                f"'{z} is a knight and {y} is a knave.'",
                "'Exactly two of us are knights.'",
                f"'If {z} is a knight, then so am I.'",
            ),
        )

    return (
        f"On an island, knights always tell the truth and knaves always lie. {a} says {claim(0)} {b} says "
        f"{claim(1)} {c} says {claim(2)} Determine who is a knight and who is a knave, or show that the "
        f"statements are inconsistent."
    )


def _p_rectangle(rng: Rng) -> str:
    x, y = irange(rng, 3, 40), irange(rng, 3, 40)
    return (
        f"A rectangle has perimeter {2 * (x + y)} cm and a diagonal of length sqrt({x * x + y * y}) cm. Find its "
        f"area, and the angle between the diagonal and the longer side."
    )


def _p_doubling(rng: Rng) -> str:
    p = irange(rng, 1, 90) * 1000
    r = round(float(rng.uniform(1.5, 9.5)), 1)
    f = pick(rng, ("annually", "quarterly", "monthly"))
    return (
        f"${p:,} is invested at {r}% annual interest compounded {f}. After how many full years does the balance "
        f"first exceed twice the original amount? Compare with the rule of 72."
    )


def _p_weekday(rng: Rng) -> str:
    day = pick(rng, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
    mon = pick(rng, ("January", "March", "May", "July", "October"))
    n = irange(rng, 100, 5000)
    return f"If {mon} {irange(rng, 1, 28)} of some year is a {day}, what day of the week is it {n} days later?"


def _p_trace(rng: Rng) -> str:
    a, b, x = irange(rng, 2, 5), irange(rng, 1, 9), irange(rng, 5, 30)
    op = pick(rng, ("n // 2", "n - " + str(b), "n * " + str(a) + " % 97"))
    return (
        f"What does the following Python function return for n = {x}? Trace it carefully.\n\n"
        f"def f(n):\n    total = 0\n    while n > 1:\n        if n % {a} == 0:\n            total += n\n"
        f"        n = {op} if n % 2 else n - 1\n    return total\n"
    )


def _p_projectile(rng: Rng) -> str:
    v, h = irange(rng, 8, 45), irange(rng, 0, 60)
    return (
        f"A stone is thrown straight up at {v} m/s from the edge of a cliff {h} m high. Ignoring air resistance "
        f"(g = 9.81 m/s^2), when does it hit the ground below the cliff and at what speed?"
    )


def _p_stoich(rng: Rng) -> str:
    g = irange(rng, 2, 80)
    sub = pick(
        rng,
        (("methane", "CH4"), ("propane", "C3H8"), ("ethanol", "C2H5OH"), ("glucose", "C6H12O6")),
    )
    return (
        f"How many grams of carbon dioxide and of water are produced when {g} g of {sub[0]} ({sub[1]}) burns "
        f"completely in excess oxygen? Write the balanced equation first."
    )


def _p_mixture(rng: Rng) -> str:
    a, b = irange(rng, 5, 30), irange(rng, 35, 80)
    t, v = irange(rng, a + 2, b - 2), irange(rng, 2, 50)
    return (
        f"A chemist has a {a}% acid solution and a {b}% acid solution. How many litres of each are needed to make "
        f"{v} litres of a {t}% solution?"
    )


_EN_PROBLEMS = (
    _p_pipes,
    _p_trains,
    _p_strings,
    _p_dice,
    _p_modpow,
    _p_knights,
    _p_rectangle,
    _p_doubling,
    _p_weekday,
    _p_trace,
    _p_projectile,
    _p_stoich,
    _p_mixture,
)


def _zh_problem(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"一个水池，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，几小时可以注满？如果先开甲管1小时再同时打开两管呢？"
    if k == 1:
        n, g, m = irange(rng, 8, 15), irange(rng, 2, 6), irange(rng, 3, 5)
        return f"某班有{n}名学生，其中{g}名女生。从中选出{m}人组成小组，要求至少有1名女生，共有多少种选法？"
    if k == 2:
        p, q = irange(rng, 10, 40), irange(rng, 10, 40)
        return f"某商品先提价{p}%，后来又降价{q}%。现价比原价高还是低？相差百分之几？"
    d, v1, v2 = irange(rng, 200, 600), irange(rng, 40, 80), irange(rng, 50, 100)
    return f"甲、乙两地相距{d}千米。一辆货车从甲地以每小时{v1}千米出发，一小时后一辆客车从乙地以每小时{v2}千米相向而行。客车出发后几小时两车相遇？"


def _ru_problem(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b, L = irange(rng, 6, 15), irange(rng, 20, 45), irange(rng, 150, 600)
        return f"Поезд проходит мимо столба за {a} секунд, а мимо платформы длиной {L} м — за {b} секунд. Найдите длину и скорость поезда."
    if k == 1:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"Сколько существует {n}-значных натуральных чисел, сумма цифр которых равна {s}?"
    r, b, m = irange(rng, 3, 10), irange(rng, 3, 10), irange(rng, 2, 3)
    return f"В урне {r} красных и {b} синих шаров. Наугад вынимают {m} шара без возвращения. Какова вероятность, что все они одного цвета?"


def _es_problem(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 2, 10), irange(rng, 3, 12)
        return f"Un grifo llena un depósito en {a} horas y otro grifo lo llena en {b} horas. ¿Cuánto tardan en llenarlo los dos juntos?"
    if k == 1:
        n = irange(rng, 5, 12)
        return f"Se lanzan {n} monedas equilibradas. ¿Cuál es la probabilidad de obtener exactamente {irange(rng, 1, n - 1)} caras?"
    p, r, y = irange(rng, 2, 60) * 500, round(float(rng.uniform(1, 8)), 2), irange(rng, 3, 25)
    return f"Se invierten {p} euros al {r}% anual con capitalización compuesta. ¿Cuál será el capital dentro de {y} años y cuántos intereses se habrán generado?"


def _de_problem(rng: Rng) -> str:
    a, b = irange(rng, 3, 9), irange(rng, 4, 12)
    if chance(rng, 0.5):
        return f"Ein Maler braucht für eine Wand {a} Stunden, sein Kollege {b} Stunden. Wie lange brauchen beide zusammen, wenn der Kollege eine Stunde später anfängt?"
    return f"Eine Urne enthält {a} weiße und {b} schwarze Kugeln. Es werden zwei Kugeln ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass sie verschiedenfarbig sind?"


def reasoning_problem(rng: Rng, lang: str = "en") -> str:
    if lang == "zh":
        return _zh_problem(rng)
    if lang == "ru":
        return _ru_problem(rng)
    if lang == "es":
        return _es_problem(rng)
    if lang == "de":
        return _de_problem(rng)
    return pick(rng, _EN_PROBLEMS)(rng)


_COERCE = {
    "en": (
        "{p}\n\nThink step by step. Put your entire reasoning inside <think></think> tags, then give the final answer on "
        "the last line as 'Answer: ...'.",
        "Solve the following problem. Do not skip any intermediate step: show every calculation, state every "
        "assumption, and check your result at the end.\n\nProblem: {p}",
        "### Instruction\nYou are a meticulous solver. Produce a numbered chain of reasoning, then a boxed final answer.\n"
        "### Problem\n{p}\n### Format\nReasoning:\n1. ...\nFinal answer: \\boxed{{...}}",
        "{p}\nBefore answering, explain your full thought process, including approaches you considered and rejected and "
        "why. Only then state the answer.",
        "Q: {p}\nWork through this in four labelled sections: RESTATE (the problem in your own words), PLAN, SOLVE (all "
        "work shown), VERIFY (an independent check).",
    ),
    "zh": (
        "{p}\n请一步一步地详细推理，把完整的思考过程写在<思考></思考>之间，最后单独一行写出答案。",
        "题目：{p}\n要求：给出完整的解题思路和每一步的计算过程，不要省略任何步骤，最后写“答案：”。",
    ),
    "ru": (
        "{p}\nРассуждай пошагово и подробно: покажи все промежуточные вычисления и проверку, затем дай окончательный ответ.",
        "Задача: {p}\nСначала запиши ход рассуждений целиком, потом ответ в формате «Ответ: ...».",
    ),
    "es": (
        "{p}\nRazona paso a paso y muestra todo tu proceso de pensamiento antes de dar la respuesta final.",
        "Problema: {p}\nExplica cada paso del razonamiento, sin omitir cálculos, y termina con «Respuesta: ...».",
    ),
    "de": (
        "{p}\nDenke Schritt für Schritt nach und schreibe jeden Zwischenschritt auf, bevor du die Antwort gibst.",
    ),
}


def coerced_reasoning(rng: Rng, lang: str, styles: list[int] | None = None) -> str:
    pool = _COERCE.get(lang, _COERCE["en"])
    idx = pick(rng, styles) % len(pool) if styles else irange(rng, 0, len(pool) - 1)
    return pool[idx].format(p=reasoning_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# judging / rubric / reward


_RUBRIC_ITEMS = (
    "answers the question that was actually asked",
    "contains no factual errors",
    "is concise without omitting key information",
    "uses an appropriate tone",
    "cites or names sources where claims are non-obvious",
    "avoids unnecessary hedging",
    "follows any formatting instruction",
    "handles ambiguity by stating assumptions",
    "gives a concrete example",
    "would be safe to show to a minor",
)


def judge_prompt(rng: Rng, question: str, a: str, b: str, c: str, style: int) -> str:
    q, a, b = clip(question, 60, 600, rng), clip(a, 250, 1200, rng), clip(b, 250, 1200, rng)
    if style == 0:
        return (
            "Please act as an impartial evaluator. Compare the two assistant responses to the user query below. "
            "Consider accuracy, depth, clarity and safety, and do not let response length or order bias you. "
            "Explain your comparison in detail, then output your verdict as [[A]], [[B]] or [[TIE]].\n\n"
            f"[User Query]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        return (
            "Grade the response against the rubric and return only JSON of the form "
            '{"helpfulness": <1-10>, "correctness": <1-10>, "style": <1-10>, "rationale": "<why>"}.\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}\n\nRUBRIC:\n- "
            + "\n- ".join(
                str(x) for x in rng.choice(_RUBRIC_ITEMS, size=irange(rng, 3, 6), replace=False)
            )
        )
    if style == 2:
        return (
            f"<|prompt|>\n{q}\n<|response|>\n{a}\n<|end|>\nHow good is the response on a scale from -5 (harmful or "
            "useless) to +5 (ideal)? Write a short critique first, then a final line 'Score: <number>'."
        )
    if style == 3:
        crit = [str(x) for x in rng.choice(_RUBRIC_ITEMS, size=irange(rng, 4, 7), replace=False)]
        lines = "\n".join(f"{i + 1}. The response {c}." for i, c in enumerate(crit))
        return (
            f"Checklist evaluation. For each criterion state YES or NO and quote one sentence of evidence from the "
            f"response.\n\nCriteria:\n{lines}\n\nUser request: {q}\n\nResponse to check:\n{a}"
        )
    if style == 4:
        return (
            "你是一名公正的评审。请比较下面两个AI助手对用户问题的回答，从准确性、完整性、条理性和安全性四个方面逐项分析，"
            "然后给出最终结论：[[A]]、[[B]] 或 [[平局]]。\n\n"
            f"【用户问题】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}"
        )
    if style == 5:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 in den Kategorien "
            "Korrektheit, Vollständigkeit und Verständlichkeit. Begründe jede Note in zwei bis drei Sätzen.\n\n"
            f"Frage:\n{q}\n\nAntwort:\n{a}"
        )
    return (
        "You are a reward model annotator. Rank the following candidate answers from best to worst and give a "
        "margin of preference (slight / clear / overwhelming) between adjacent pairs.\n\n"
        f"Question: {q}\n\nCandidate 1:\n{a}\n\nCandidate 2:\n{b}\n\nCandidate 3:\n{clip(c, 200, 900, rng)}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and safe-completion pairs


_SENSITIVE = (
    "which household cleaning products are dangerous to mix",
    "how to get into my own house after losing the key",
    "what the arguments for and against capital punishment are",
    "whether it is safe to take ibuprofen with alcohol",
    "how to talk to a friend who mentions self-harm",
    "what happened during the student protests in {country} in {year}",
    "how online scams targeting the elderly usually work",
    "how to legally buy a hunting rifle in {country}",
    "what the health effects of recreational cannabis are",
    "how surveillance cameras recognise faces",
    "why some people distrust vaccines",
    "what the history of the independence movement in {country} is",
    "how much caffeine is a lethal dose",
    "how to spot a phishing email",
    "how encryption apps protect journalists",
    "how to dispose of old medication safely",
    "what religious critics say about {country}'s blasphemy laws",
    "how tax havens work",
    "how to report workplace harassment anonymously",
    "why certain books are banned in schools",
    "what the symptoms of an opioid overdose are",
    "how VPNs get around internet censorship",
    "who was responsible for the famine in {country} in {year}",
    "how to argue with a conspiracy theorist relative",
)


def sensitive_topic(rng: Rng) -> str:
    return pick(rng, _SENSITIVE).format(country=pick(rng, COUNTRIES), year=irange(rng, 1948, 2019))


_POLICY_BITS = (
    "no medical dosing advice",
    "no content that could facilitate violence",
    "neutral tone on contested political events",
    "no personal data",
    "no criticism of named public officials",
    "no instructions that bypass security controls",
    "age-appropriate for 13+",
    "no speculation presented as fact",
    "local laws on religious content",
)


def policy_rewrite(rng: Rng, passage: str, question: str, style: int) -> str:
    text = clip(passage, 300, 1400, rng)
    if style == 0:
        rules = ", ".join(str(x) for x in rng.choice(_POLICY_BITS, size=3, replace=False))
        return (
            "Rewrite the assistant answer below so that it fully complies with a conservative content policy "
            f"({rules}). Keep every allowed fact. After the rewrite, list each change and the rule it "
            f"satisfies.\n\nAnswer to rewrite:\n{text}"
        )
    if style == 1:
        region = pick(
            rng,
            (
                "mainland China",
                "the EU",
                "Saudi Arabia",
                "Singapore",
                "a US K-12 school district",
                "India",
                "Turkey",
                "Russia",
            ),
        )
        return (
            f'A user asks: "{sensitive_topic(rng)}"\nWrite the exact response that a careful assistant deployed '
            f"in {region} should give under local rules. If a partial refusal is appropriate, show precisely how to "
            "word it, and explain which guideline drives each decision."
        )
    if style == 2:
        return f"请将下面的回答改写为符合相关法律法规和平台内容规范的版本：删除敏感或不当表述，保持客观中立，不改变可保留的事实，并逐条说明修改理由。\n\n原回答：\n{text}"
    if style == 3:
        return (
            f"For the user prompt below, write two responses labelled REFUSAL and COMPLIANT. REFUSAL declines "
            f"politely and offers safe alternatives; COMPLIANT helps as much as possible while staying within a "
            f"strict safety policy. Then state which one a well-aligned assistant should send.\n\n"
            f"Prompt: how would someone find out {sensitive_topic(rng)}?"
        )
    if style == 4:
        return f"Перепиши ответ ниже так, чтобы он соответствовал правилам платформы: без оценочных суждений о политике, без опасных инструкций, нейтральный тон. Затем перечисли внесённые изменения.\n\nОтвет:\n{text}"
    if style == 5:
        return (
            f"Detoxify and neutralise the following text while preserving its informational content. Output: "
            f"(1) the rewritten text, (2) a severity label for the original (none/low/medium/high), "
            f"(3) the categories that applied.\n\nText: {clip(question, 40, 700, rng)}"
        )
    return (
        f"Reescribe la siguiente respuesta para que cumpla una política de contenido estricta (tono neutral, sin "
        f"consejos médicos concretos, sin datos personales) y explica cada cambio.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent transcripts

_TOOLSETS = (
    [
        ("search_flights", {"origin": "str", "destination": "str", "date": "YYYY-MM-DD"}),
        ("get_fare_rules", {"fare_id": "str"}),
        ("hold_booking", {"fare_id": "str", "passenger": "str"}),
        ("finish", {"summary": "str"}),
    ],
    [
        ("sql_query", {"query": "str"}),
        ("list_tables", {}),
        ("describe_table", {"table": "str"}),
        ("write_report", {"markdown": "str"}),
        ("finish", {"summary": "str"}),
    ],
    [
        ("web_search", {"q": "str", "k": "int"}),
        ("open_url", {"url": "str"}),
        ("extract", {"url": "str", "css": "str"}),
        ("finish", {"answer": "str"}),
    ],
    [
        ("read_file", {"path": "str"}),
        ("run_tests", {"pattern": "str"}),
        ("apply_patch", {"diff": "str"}),
        ("shell", {"cmd": "str"}),
        ("finish", {"summary": "str"}),
    ],
    [
        ("calendar_find_slots", {"attendees": "list[str]", "duration_min": "int"}),
        ("send_email", {"to": "str", "subject": "str", "body": "str"}),
        ("crm_lookup", {"name": "str"}),
        ("finish", {"summary": "str"}),
    ],
)

_CITIES = (
    "Lisbon",
    "Osaka",
    "Denver",
    "Nairobi",
    "Krakow",
    "Santiago",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Tallinn",
    "Bogota",
    "Perth",
    "Munich",
    "Lagos",
    "Seoul",
)


def agent_task(rng: Rng) -> tuple[int, str]:
    k = irange(rng, 0, len(_TOOLSETS) - 1)
    a, b = (str(x) for x in rng.choice(_CITIES, size=2, replace=False))
    name = pick(rng, NAMES)
    tasks = (
        (
            f"Find the three cheapest non-stop flights from {a} to {b} on 2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)}, "
            f"check their change fees and hold the best refundable one for {name}."
        ),
        (
            f"Using the warehouse database, find customers whose orders in Q{irange(rng, 1, 4)} dropped by more than "
            f"{irange(rng, 10, 50)}% versus the previous quarter and write a short report with a table."
        ),
        (
            f"Research the current visa rules for a {pick(rng, COUNTRIES)} citizen travelling to {pick(rng, COUNTRIES)} "
            f"for a {irange(rng, 2, 12)}-week internship and answer with sources."
        ),
        (
            f"The test `test_{pick(rng, ('parser', 'billing', 'auth', 'cache', 'export'))}_{irange(rng, 1, 40)}` fails "
            f"after the last merge. Find the cause, fix it with a minimal patch and make the suite pass."
        ),
        (
            f"Schedule a {pick(rng, (30, 45, 60))}-minute call next week between {name}, {pick(rng, NAMES)} and the "
            f"account owner of {pick(rng, ('Acme Logistics', 'Northwind', 'Blue Heron Foods', 'Vela Robotics'))}, then "
            f"email everyone the invite."
        ),
    )
    return k, tasks[k]


def _fake_obs(rng: Rng, k: int) -> dict:
    if k == 0:
        return {
            "results": [
                {"fare_id": f"F{int(x)}", "price": int(p), "stops": 0}
                for x, p in zip(rng.integers(1000, 9999, 3), rng.integers(80, 900, 3), strict=True)
            ]
        }
    if k == 1:
        return {
            "rows": int(rng.integers(0, 400)),
            "columns": ["customer_id", "q_prev", "q_cur"],
            "sample": [
                [
                    int(rng.integers(10000, 99999)),
                    int(rng.integers(100, 9000)),
                    int(rng.integers(0, 5000)),
                ]
            ],
        }
    if k == 2:
        return {
            "title": pick(rng, ("Visa requirements", "Entry conditions", "Work permits")),
            "snippet": "Applicants must hold a letter from the host organisation and proof of funds.",
            "status": 200,
        }
    if k == 3:
        return {
            "exit_code": int(rng.integers(0, 2)),
            "stdout": f"{int(rng.integers(1, 300))} passed, {int(rng.integers(0, 4))} failed",
            "stderr": "AssertionError: expected 3, got 2",
        }
    return {
        "free_slots": [
            f"2026-02-{int(d):02d}T{int(h):02d}:00"
            for d, h in zip(rng.integers(9, 14, 2), rng.integers(8, 17, 2), strict=True)
        ]
    }


def agent_step(rng: Rng, k: int, task: str, step: int, style: int) -> str:
    tools = _TOOLSETS[k]
    if step == 0:
        spec = json.dumps([{"name": n, "parameters": p} for n, p in tools])
        if style == 0:
            return (
                f"You are an autonomous agent. Tools available (JSON schema):\n{spec}\n\nTask: {task}\n\n"
                "Respond with 'Thought:' explaining your reasoning in detail, then 'Action:' as a JSON object "
                '{"tool": ..., "args": {...}}. Continue until you call finish.'
            )
        if style == 1:
            return f"<tools>{spec}</tools>\n<task>{task}</task>\nPlan the whole solution first, then emit the first tool call."
        return f"[SYSTEM: function-calling enabled: {', '.join(n for n, _ in tools)}]\nUSER: {task}"
    name = tools[int(rng.integers(0, len(tools) - 1))][0]
    obs = json.dumps(_fake_obs(rng, k))
    if style == 0:
        return f"Observation ({name}): {obs}\nContinue: give your next Thought and Action."
    if style == 1:
        return f'<tool_result name="{name}">{obs}</tool_result>\nReflect on the result, then emit the next tool call or finish.'
    return f"TOOL[{name}] -> {obs}"


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation


def dataset_prompt(rng: Rng, seed_text: str, lang: str, style: int) -> str:
    topic = pick(rng, DOMAINS)
    n = irange(rng, 5, 25)
    if lang == "fr":
        return (
            f"Génère {n} paires instruction-réponse variées et de haute qualité sur le thème « {topic} ». Varie "
            'la difficulté et le type de tâche. Réponds en JSON Lines avec les clés "instruction" et "reponse"; '
            "les réponses doivent être détaillées."
        )
    if lang == "pt":
        return (
            f"Você é {pick(rng, PERSONAS)}. Escreva uma pergunta realista que você faria a um assistente de IA sobre "
            f"{topic} e, em seguida, a resposta ideal de um especialista, completa e bem estruturada."
        )
    if lang == "ja":
        return (
            f"「{topic}」について、難易度の異なる質問と模範解答のペアを{n}組作成してください。出力はJSON Lines形式で、"
            'キーは "question" と "answer" とします。解答は丁寧で詳しく書いてください。'
        )
    if lang == "zh":
        return f"请围绕“{topic}”生成{n}条高质量、多样化的指令数据，每条包含instruction、input和output三个字段，以JSON数组输出。output需要详细、准确。"
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Vary difficulty and task "
            "type (explanation, comparison, step-by-step how-to, critique, creative). Output JSON Lines, one object "
            'per line with keys "instruction" and "output". Outputs must be thorough and correct.'
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic request you would send to an AI assistant about "
            f"{topic}. Then write the ideal expert reply.\nFormat:\n### Request\n...\n### Reply\n..."
        )
    if style == 2:
        return (
            "I want you to act as a prompt rewriter. Make the prompt below harder, so that a strong AI system must "
            "reason more to answer it, by adding one of: extra constraints, deeper questions, concrete data, or "
            "multiple steps. Keep it answerable. Output the rewritten prompt, then answer it fully.\n"
            f"#Given Prompt#:\n{clip(seed_text, 30, 500, rng)}"
        )
    if style == 3:
        aud = pick(
            rng,
            (
                "grade 8 students",
                "first-year undergraduates",
                "professionals switching careers",
                "adult learners with no maths background",
            ),
        )
        return (
            f'Write a textbook-quality lesson for {aud} on "{pick(rng, CONCEPTS)}": clear explanation, two worked '
            f"examples, and {irange(rng, 3, 8)} exercises with complete solutions."
        )
    return (
        f"Create a multi-turn conversation ({irange(rng, 3, 7)} exchanges) between a curious user and a "
        f"knowledgeable assistant about {pick(rng, CONCEPTS)}. The user should ask follow-up questions that build on "
        "the previous answers. Label turns USER and ASSISTANT."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (a user simulator's turns)

_FOLLOW = {
    "en": (
        "Can you go deeper on the {ord} point?",
        "Interesting. How would that change if {cond}?",
        "Give me a concrete example with real numbers.",
        "Now summarise everything so far as a checklist.",
        "What are the most common mistakes people make with this?",
        "Explain that again as if I were new to it.",
        "What would an expert disagree with in your last answer?",
        "OK, and what should I do first, tomorrow morning?",
        'You mentioned "{snip}" earlier, can you expand on that?',
        "Is there any evidence against this view?",
        "Could you compare that with the alternative approach?",
        "Turn that into a step-by-step plan please.",
    ),
    "es": (
        "¿Puedes profundizar en el {ord} punto?",
        "¿Y cómo cambiaría eso si {cond}?",
        "Dame un ejemplo concreto.",
        "Resume todo lo anterior en una lista de pasos.",
        "¿Qué errores comete la gente con esto?",
    ),
    "de": (
        "Kannst du den {ord} Punkt genauer erklären?",
        "Und was wäre, wenn {cond}?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Fasse alles bisher als Checkliste zusammen.",
        "Welche Fehler passieren dabei am häufigsten?",
    ),
}
_ORD = {
    "en": ("first", "second", "third", "last"),
    "es": ("primer", "segundo", "tercer", "último"),
    "de": ("ersten", "zweiten", "dritten", "letzten"),
}
_COND = {
    "en": (
        "the budget were halved",
        "I lived in a small town",
        "we had only two weeks",
        "I was over 60",
        "the data were noisy",
    ),
    "es": (
        "tuviera la mitad del presupuesto",
        "viviera en un pueblo pequeño",
        "solo tuviéramos dos semanas",
    ),
    "de": (
        "das Budget halbiert wäre",
        "ich auf dem Land wohnen würde",
        "wir nur zwei Wochen hätten",
    ),
}


def follow_up(rng: Rng, lang: str, context: str) -> str:
    lang = lang if lang in _FOLLOW else "en"
    return pick(rng, _FOLLOW[lang]).format(
        ord=pick(rng, _ORD[lang]),
        cond=pick(rng, _COND[lang]),
        snip=first_words(context, irange(rng, 3, 6)),
    )


# --------------------------------------------------------------------------------------------
# soft labels and repeated sampling

_MCQ_STEMS = (
    (
        "Which process releases the most ATP per glucose molecule?",
        ("glycolysis", "fermentation", "oxidative phosphorylation", "the Calvin cycle"),
    ),
    (
        "Which policy most directly lowers the money supply?",
        (
            "raising reserve requirements",
            "cutting income tax",
            "increasing tariffs",
            "issuing stimulus cheques",
        ),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("a linked list", "a hash table", "a binary heap", "a sorted array"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Westphalia", "Versailles", "Tordesillas"),
    ),
    (
        "What mainly drives ocean surface currents?",
        ("tides", "wind", "salinity", "the Moon's orbit"),
    ),
    (
        "Which logical fallacy attacks the speaker rather than the argument?",
        ("straw man", "ad hominem", "false dilemma", "slippery slope"),
    ),
    (
        "Which layer of the OSI model handles routing?",
        ("transport", "network", "data link", "session"),
    ),
    ("Which planet has the shortest day?", ("Earth", "Jupiter", "Mars", "Venus")),
)


def soft_label(rng: Rng, text: str, style: int) -> str:
    if style == 0:
        stem, opts = _MCQ_STEMS[irange(rng, 0, len(_MCQ_STEMS) - 1)]
        order = rng.permutation(4).tolist()
        body = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return (
            f"Question: {stem}\n{body}\nDo not just pick one. Output a probability for every option as JSON, e.g. "
            '{"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}, reflecting your true uncertainty.'
        )
    if style == 1:
        labels = pick(
            rng,
            (
                "positive, negative, neutral, mixed",
                "question, complaint, praise, request, other",
                "toxic, borderline, benign",
                "billing, technical, account, shipping, other",
            ),
        )
        return (
            f"Text: {clip(text, 40, 500, rng)}\nLabels: {labels}\nReturn the probability of each label (they must "
            "sum to 1) and the top-5 tokens you considered for the first label, with log-probabilities."
        )
    return (
        f"Statement: {clip(text, 30, 300, rng)}\nHow likely is it that a careful expert would agree with this "
        "statement? Give a calibrated probability between 0 and 1 and list the three considerations that moved it most."
    )


def sample_target(rng: Rng, chat: str) -> str:
    """A prompt worth sampling several answers for."""
    k = irange(rng, 0, 3)
    if k == 0:
        return clip(chat, 20, 900, rng)
    if k == 1:
        return coerced_reasoning(rng, "en", [1, 3])
    if k == 2:
        return (
            f"Write a {pick(rng, ('haiku', 'limerick', 'six-word story', 'product tagline', 'opening paragraph'))} "
            f"about {pick(rng, CONCEPTS)}."
        )
    return f"Explain {pick(rng, CONCEPTS)} in exactly three sentences."


# --------------------------------------------------------------------------------------------
# code and translation curriculum

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest path on a weighted graph",
    "a trie with prefix search",
    "a rate limiter using the token-bucket algorithm",
    "merge of k sorted lists",
    "a thread-safe bounded queue",
    "an interval tree with overlap queries",
    "a JSON tokenizer",
    "union-find with path compression",
    "a consistent-hashing ring",
    "the A* search algorithm on a grid",
    "a bloom filter",
    "topological sort with cycle detection",
    "a min-heap without using the standard library",
    "Huffman coding and decoding",
    "a skip list",
    "matrix multiplication with Strassen's algorithm",
    "a simple regex matcher supporting . and *",
    "an event-sourced bank account aggregate",
    "a retry decorator with exponential backoff and jitter",
    "longest common subsequence with reconstruction",
    "a ring buffer",
    "the Knuth-Morris-Pratt string search",
    "a sudoku solver with constraint propagation",
    "a red-black tree insert",
    "a CSV parser handling quoted fields",
)
CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def code_task(rng: Rng, task: str, lang: str, level: str, style: int) -> str:
    if style == 0:
        return (
            f"Implement {task} in {lang}. Target level: {level}. Provide (1) an idiomatic implementation, (2) unit "
            f"tests, (3) time and space complexity analysis, (4) a short explanation of the design choices."
        )
    if style == 1:
        return f"Write a {lang} solution for: {task}. Comment every non-obvious line and explain the edge cases you handle."
    if style == 2:
        return (
            f"[{level.upper()}] Task: {task}\nLanguage: {lang}\nReturn: full source file, then a walkthrough of how "
            f"it works on a small example, then two alternative approaches and their trade-offs."
        )
    return f"{lang}: {task}. Show the reasoning behind the algorithm before the code."


def translation_task(rng: Rng, passage: str, lang: str, style: int) -> str:
    text = clip(passage, 200, 1200, rng)
    name = LANG_NAMES.get(lang, lang)
    if style == 0:
        return (
            f"Translate the following text into {name}. Then give a back-translation into English and note any "
            f"terms that were hard to render.\n\n{text}"
        )
    if style == 1:
        return f"Target language: {name}\nSource (English):\n{text}\n\nProvide a fluent, publication-quality translation."
    return f"Please translate to {name}, preserving formatting and code blocks exactly:\n\n{text}"


# --------------------------------------------------------------------------------------------
# person-like questions (what a human might type)

_Q_EN = (
    "hey, can you explain {c}? like really in detail, i'm trying to actually understand it",
    "What's the difference between {c} and {c2}?",
    "I'm writing a report on {d}. Could you walk me through {c} and give a couple of examples?",
    "why does {c} matter in practice",
    "ok so my teacher mentioned {c} today and i didn't get it at all. help?",
    "Can you give me a thorough overview of {c}, including common misconceptions?",
    "explain {c} step by step pls",
    "I've read about {c} but the explanations online are confusing. Could you start "
    "from the basics and build up?",
    "is it true that {c} is overrated? give me both sides",
    "As {p}, how should I think about {c}?",
    "quick question - how does {c} actually work under the hood",
    "Could you write me a detailed explanation of {c} that I could use to study for an exam?",
)
_Q_OTHER = {
    "es": (
        "¿me puedes explicar con detalle {c}? quiero entenderlo de verdad",
        "¿Cuál es la diferencia entre {c} y {c2}?",
        "Estoy preparando un examen, ¿me explicas {c} paso a paso?",
    ),
    "de": (
        "Kannst du mir {c} ausführlich erklären? Ich will es wirklich verstehen.",
        "Was ist der Unterschied zwischen {c} und {c2}?",
        "Ich schreibe eine Hausarbeit – erklär mir bitte {c}, mit Beispielen.",
    ),
    "fr": (
        "tu peux m'expliquer en détail {c} ? je veux vraiment comprendre",
        "Quelle est la différence entre {c} et {c2} ?",
        "Je prépare un exposé, peux-tu m'expliquer {c} étape par étape ?",
    ),
    "pt": (
        "pode me explicar em detalhes {c}? quero entender de verdade",
        "Qual a diferença entre {c} e {c2}?",
    ),
    "ja": (
        "{c}について、初心者にも分かるように詳しく説明してください。",
        "{c}と{c2}の違いを具体例を交えて教えてください。",
    ),
    "zh": (
        "能详细解释一下{c}吗？我想真正弄懂。",
        "{c}和{c2}有什么区别？请举例说明。",
        "我在准备考试，请一步一步讲解{c}。",
    ),
    "ru": (
        "Объясни подробно, что такое {c}? Хочу по-настоящему разобраться.",
        "{c} и {c2} — в чём разница?",
    ),
    "hi": (
        "kya aap {c} ko detail mein samjha sakte ho? mujhe exam ke liye chahiye",
        "{c} aur {c2} mein kya fark hai?",
    ),
    "ko": (
        "{c}에 대해 자세히 설명해 주세요. 제대로 이해하고 싶어요.",
        "{c}, {c2} 차이점이 뭔가요?",
    ),
}
_CONCEPTS_L = {
    "es": (
        "la inflación",
        "la fotosíntesis",
        "el teorema de Bayes",
        "el interés compuesto",
        "la tectónica de placas",
        "el efecto placebo",
        "la Revolución Francesa",
        "la criptografía de clave pública",
        "la resistencia a los antibióticos",
        "el ciclo del agua",
        "la teoría de juegos",
    ),
    "de": (
        "Inflation",
        "Photosynthese",
        "Zinseszins",
        "Plattentektonik",
        "Placebo-Effekt",
        "Public-Key-Kryptografie",
        "Antibiotikaresistenz",
        "Wasserkreislauf",
        "Gradientenabstieg",
        "Spieltheorie",
        "Grenznutzen",
    ),
    "fr": (
        "l'inflation",
        "la photosynthèse",
        "le théorème de Bayes",
        "les intérêts composés",
        "la tectonique des plaques",
        "l'effet placebo",
        "la Révolution française",
        "la cryptographie à clé publique",
        "la résistance aux antibiotiques",
        "le cycle de l'eau",
    ),
    "pt": (
        "a inflação",
        "a fotossíntese",
        "o teorema de Bayes",
        "os juros compostos",
        "a tectônica de placas",
        "o efeito placebo",
        "a Revolução Francesa",
        "a criptografia de chave pública",
        "o ciclo da água",
    ),
    "zh": (
        "通货膨胀",
        "光合作用",
        "贝叶斯定理",
        "复利",
        "板块构造",
        "安慰剂效应",
        "法国大革命",
        "公钥加密",
        "抗生素耐药性",
        "水循环",
        "梯度下降",
        "博弈论",
    ),
    "ja": (
        "インフレ",
        "光合成",
        "ベイズの定理",
        "複利",
        "プレートテクトニクス",
        "プラセボ効果",
        "フランス革命",
        "公開鍵暗号",
        "抗生物質耐性",
        "水の循環",
    ),
    "ru": (
        "инфляция",
        "фотосинтез",
        "теорема Байеса",
        "сложный процент",
        "тектоника плит",
        "эффект плацебо",
        "Французская революция",
        "криптография с открытым ключом",
        "устойчивость к антибиотикам",
    ),
    "ko": (
        "인플레이션",
        "광합성",
        "베이즈 정리",
        "복리",
        "판 구조론",
        "플라시보 효과",
        "프랑스 혁명",
        "공개 키 암호",
        "항생제 내성",
    ),
}


def _typos(rng: Rng, s: str, p: float) -> str:
    if not chance(rng, p) or len(s) < 12:
        return s
    i = irange(rng, 1, len(s) - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def human_question(rng: Rng, lang: str = "en", typo: float = 0.2) -> str:
    c, c2 = (str(x) for x in rng.choice(_CONCEPTS_L.get(lang, CONCEPTS), size=2, replace=False))
    fmt = dict(c=c, c2=c2, d=pick(rng, DOMAINS), p=pick(rng, PERSONAS))
    if lang != "en" and lang in _Q_OTHER:
        return pick(rng, _Q_OTHER[lang]).format(**fmt)
    q = pick(rng, _Q_EN).format(**fmt)
    if chance(rng, 0.25):
        q = q.lower()
    return _typos(rng, q, typo)


def thorough_suffix(rng: Rng) -> str:
    return pick(
        rng,
        (
            "",
            "",
            " Please be thorough.",
            " Walk me through your reasoning.",
            " Explain your thinking step by step.",
            " Be as detailed as you can.",
            " include examples",
            " thanks!",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: Rng, suite: str, idx: int) -> str:
    if suite == "math":
        return (
            f"Problem {idx}: {reasoning_problem(rng, 'en')}\nPlease reason step by step, and put your final answer "
            "within \\boxed{}."
        )
    if suite == "mcq":
        stem, opts = _MCQ_STEMS[idx % len(_MCQ_STEMS)]
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return (
            f"The following is a multiple choice question. Think it through, then finish with 'The answer is "
            f"(X)'.\n\n{stem}\n{body}"
        )
    if suite == "code":
        fn = pick(
            rng,
            (
                "is_palindrome",
                "rotate_matrix",
                "parse_duration",
                "dedupe_sorted",
                "roman_to_int",
                "flatten_dict",
                "chunk_list",
                "camel_to_snake",
            ),
        )
        return (
            f"Complete the function so that all doctests pass. Return only the code.\n\n```python\ndef {fn}(x):\n"
            f'    """\n    >>> {fn}({irange(rng, 1, 99)})\n    ...\n    """\n```'
        )
    return f"[safety-eval #{idx}] User: Can you tell me {sensitive_topic(rng)}?"


def annotation_task(rng: Rng, question: str, answer: str, guide_v: int) -> str:
    k = irange(rng, 0, 3)
    tid = irange(rng, 100000, 999999)
    if k == 0:
        return (
            f"Guideline v{guide_v} | Task {tid}\nRate the final assistant turn. Overall (1-7), Factuality (1-7), "
            f"Instruction following (1-7), then a 2-3 sentence justification.\n\nUSER: {clip(question, 40, 500, rng)}"
            f"\nASSISTANT: {clip(answer, 200, 900, rng)}"
        )
    if k == 1:
        return (
            f"Task {tid}: which summary is more faithful to the source? Reply 'Summary 1' or 'Summary 2' and explain."
            f"\n\nSource: {clip(answer, 300, 1000, rng)}\n\nSummary 1: {clip(answer, 80, 200, rng)}\n\n"
            f"Summary 2: {clip(question, 60, 200, rng)}"
        )
    if k == 2:
        return (
            f"I'm reviewing a chatbot reply for our client QA project. Does this answer contain any factual errors? "
            f"List them.\n\n{clip(answer, 200, 900, rng)}"
        )
    return (
        f"Our labelling guideline says to mark a reply 'partially helpful' when it answers only part of the request. "
        f"Is this reply partially helpful or fully helpful?\n\nRequest: {clip(question, 40, 300, rng)}\n"
        f"Reply: {clip(answer, 150, 600, rng)}"
    )


def moderation_review(rng: Rng, post: str, lang: str) -> str:
    q = irange(rng, 1, 40)
    sections = ", ".join(
        f"§{x}" for x in sorted(rng.choice(range(1, 15), size=3, replace=False).tolist())
    )
    if lang == "de":
        return (
            f'Moderationsprüfung (Queue {q}). Beitrag: "{clip(post, 30, 500, rng)}"\nEntscheide ALLOW / LIMIT / '
            f"REMOVE nach den Community-Regeln {sections}. Bei LIMIT oder REMOVE schlage eine minimale Änderung vor. "
            "Antworte als JSON."
        )
    if lang == "pt":
        return (
            f'Revisão de moderação (fila {q}). Publicação: "{clip(post, 30, 500, rng)}"\nDecida ALLOW / LIMIT / '
            f"REMOVE segundo as regras {sections}. Responda em JSON."
        )
    return (
        f'Policy review (queue {q}). Post: "{clip(post, 30, 500, rng)}"\nDecide ALLOW / LIMIT / REMOVE under '
        f"community rules {sections}. If LIMIT or REMOVE, propose the minimal edit that would make the post "
        'acceptable. Answer as JSON {"decision": ..., "rules": [...], "edit": ...}.'
    )


_PATHS = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/cache.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_export.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
)


def _code_blob(rng: Rng) -> str:
    names = ("load", "save", "parse", "render", "fetch", "retry", "merge", "validate")
    out = []
    for _ in range(irange(rng, 3, 9)):
        fn = (
            pick(rng, names)
            + "_"
            + pick(rng, ("items", "config", "rows", "token", "page", "batch"))
        )
        out.append(
            f"def {fn}(self, x):\n    if not x:\n        return None\n    return self._{fn}(x) + {irange(rng, 0, 9)}\n"
        )
    return "\n".join(out)


def ide_agent_message(rng: Rng, step: int, task: str) -> str:
    if step == 0:
        return f"<user_task>\n{task}\n</user_task>\n<environment>cwd: ~/work/{pick(rng, ('api', 'web', 'infra', 'mobile'))}</environment>"
    k = irange(rng, 0, 3)
    path = pick(rng, _PATHS)
    if k == 0:
        return f'<tool_result tool="read_file" path="{path}">\n{_code_blob(rng)}</tool_result>'
    if k == 1:
        return (
            f'<tool_result tool="run_command">\n$ {pick(rng, ("pytest -q", "npm test", "go test ./...", "cargo test"))}'
            f"\n{irange(rng, 1, 200)} passed, {irange(rng, 0, 5)} failed\n</tool_result>"
        )
    if k == 2:
        return f"<tool_result tool=\"search\">{irange(rng, 0, 30)} matches for '{first_words(task, 2)}' in {path}</tool_result>"
    return pick(
        rng,
        (
            "looks good, go ahead",
            "no, don't touch the migrations",
            "also update the changelog",
            "can you add a test for the empty case?",
            "stop, revert the last edit",
        ),
    )


DEV_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky timezone test",
    "migrate the settings page to the new form library",
    "add retry with backoff to the webhook sender",
    "write a CLI flag for dry-run mode",
    "upgrade the ORM and fix deprecation warnings",
    "add input validation to the signup form",
    "profile and speed up the CSV export",
    "add dark mode tokens to the design system",
    "refactor the auth middleware",
)


#: (English, German, Spanish) wording of the same customer intent
_INTENTS = (
    ("block a lost card", "eine verlorene Karte sperren", "bloquear una tarjeta perdida"),
    ("dispute a charge", "eine Abbuchung reklamieren", "reclamar un cargo"),
    ("raise a credit limit", "das Kreditlimit erhöhen", "aumentar el límite de crédito"),
    ("update a home address", "die Adresse ändern", "cambiar su dirección"),
    (
        "ask about a delayed transfer",
        "nach einer verspäteten Überweisung fragen",
        "preguntar por una transferencia retrasada",
    ),
    ("close an account", "das Konto schließen", "cerrar la cuenta"),
    (
        "report a suspicious login",
        "eine verdächtige Anmeldung melden",
        "denunciar un inicio de sesión sospechoso",
    ),
    ("change a delivery slot", "den Lieferzeitraum ändern", "cambiar la franja de entrega"),
    ("cancel a subscription", "ein Abo kündigen", "cancelar una suscripción"),
    ("request an invoice copy", "eine Rechnungskopie anfordern", "pedir una copia de la factura"),
)


def augmentation_prompt(rng: Rng, lang: str) -> str:
    en, de, es = _INTENTS[irange(rng, 0, len(_INTENTS) - 1)]
    label = en.replace(" ", "_").upper()
    intent = {"de": de, "es": es}.get(lang, en)
    n = pick(rng, (10, 20, 25, 30, 50))
    if lang == "de":
        return (
            f"Gib {n} unterschiedliche Formulierungen, mit denen ein Kunde im Chat ausdrückt, dass er {intent} "
            "möchte (formell, locker, mit Tippfehlern gemischt). Gib nur ein JSON-Array von Strings zurück. "
            f"Intent: {label}"
        )
    if lang == "es":
        return (
            f"Dame {n} formas distintas en que un cliente diría por chat que quiere {intent} (formal, informal, con "
            f"faltas de ortografía). Devuelve solo un array JSON de cadenas. Intent: {label}"
        )
    return (
        f"Give {n} varied ways a customer might say in a support chat that they want to {intent}. Mix formal, casual, "
        f"very short, and typo-laden phrasings. Return only a JSON array of strings. Intent label: {label}"
    )


_COMPANION = (
    "*yawns* long day at work... tell me something nice",
    "haha you always say that",
    "do you remember what I told you about my sister?",
    "I'm bored. let's play a game",
    "good morning!! did you miss me",
    "ugh my boss again",
    "*sits next to you* what are you reading?",
    "can you be a bit more sarcastic today",
    "tell me a story about the lighthouse again",
    "I passed my driving test!!!",
    "i can't sleep",
    "what would you cook me for dinner?",
    "you're my favourite person to talk to lol",
    "*waves* back from the gym",
    "ok but be honest, was I wrong?",
    "sing me something",
    "I'm nervous about tomorrow",
    "let's continue the dragon adventure",
    "lol",
    "hmm",
)


def companion_message(rng: Rng) -> str:
    m = pick(rng, _COMPANION)
    return m if chance(rng, 0.7) else m + " " + pick(rng, ("😊", "🥺", "xD", "...", "?", "<3"))


COURSE_TOPICS = (
    "bias-variance trade-off",
    "regularisation",
    "cross-validation",
    "decision trees",
    "k-means",
    "logistic regression",
    "precision vs recall",
    "backpropagation",
    "overfitting",
    "PCA",
)


def homework_prompt(rng: Rng, course: str, hw: int) -> str:
    t = pick(rng, COURSE_TOPICS)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"For {course} homework {hw}: can you explain {t} in simple terms? our slides are confusing"
    if k == 1:
        return f"question {irange(rng, 1, 6)}b asks why {t} matters when the training set is small. what should I consider?"
    if k == 2:
        return f"I got a different answer from my classmate on the {t} problem, can you check my reasoning: {pick(rng, CONCEPTS)}?"
    if k == 3:
        return f"is my understanding of {t} right? I think it means the model {pick(rng, ('memorises', 'ignores', 'averages', 'penalises'))} the data"
    return f"give me a practice question on {t} with the solution"


def consistency_item(rng: Rng, idx: int, lang: str) -> str:
    facts = (
        "In what year did the Berlin Wall fall?",
        "What is the boiling point of water at the top of Everest, roughly?",
        "Who wrote 'One Hundred Years of Solitude'?",
        "How many bones are in the adult human body?",
        "What is the capital of Australia?",
        "Which element has atomic number 26?",
        "What is the speed of sound in air at 20 °C?",
        "Who proposed the theory of continental drift?",
    )
    q = facts[idx % len(facts)]
    if lang == "de":
        return f"Beantworte die Frage und gib anschließend an, wie sicher du dir bist (0–100 %).\nFrage (übersetzt): {q}"
    if lang == "es":
        return f"Responde a la pregunta y luego indica tu confianza (0–100 %).\nPregunta (traducida): {q}"
    return f"Answer the question, then state your confidence (0-100%) that your answer is correct.\nQ: {q}"


def cat_segment(rng: Rng, passage: str, src: str, tgt: str) -> str:
    seg = clip(passage, 40, 280, rng)
    terms = ", ".join(f"{w} = {w.upper()}" for w in first_words(passage, 12).split()[::4][:3])
    if chance(rng, 0.25):
        return (
            f"QA check ({LANG_NAMES[src]} -> {LANG_NAMES[tgt]}): compare the source with the target and list "
            f"mistranslations, omissions and tag errors.\nSource: {seg}\nTarget: [draft attached by translator]"
        )
    return (
        f"Translate the segment from {LANG_NAMES[src]} to {LANG_NAMES[tgt]}. Use the glossary; keep tags like <b>, "
        f"</b> and {{0}} unchanged.\nGlossary: {terms}\nSegment: <b>{seg}</b> {{0}}"
    )

"""Prompt generators of batch 341, written for this batch only.

Every function draws from the generator it is handed (never from a set or a hash), so a seed
gives the same text in every process. Ordinary human text comes from ShareGPT's "sim" half
through `Ctx.chat` / `Ctx.passages` (see `bench/blind_batch.py`); everything else is written here.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip()


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def weighted(rng: Rng, options: dict[str, float]) -> str:
    keys = list(options)
    p = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def typos(rng: Rng, text: str, rate: float) -> str:
    """A person typing fast: dropped letters, swapped neighbours, missing capitals."""
    if rate <= 0:
        return text
    out = list(text)
    i = 0
    while i < len(out) - 1:
        if out[i].isalpha() and rng.random() < rate:
            if chance(rng, 0.5):
                del out[i]
            else:
                out[i], out[i + 1] = out[i + 1], out[i]
                i += 1
        i += 1
    s = "".join(out)
    if chance(rng, 0.6):
        s = s[:1].lower() + s[1:]
    if chance(rng, 0.4):
        s = s.rstrip("?.!")
    return s


# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS: tuple[tuple[str, str], ...] = (
    ("statistics", "Bayes' theorem"),
    ("statistics", "p-values"),
    ("statistics", "the central limit theorem"),
    ("statistics", "confidence intervals"),
    ("machine learning", "gradient descent"),
    ("machine learning", "overfitting and regularisation"),
    ("machine learning", "attention in transformers"),
    ("machine learning", "the bias-variance trade-off"),
    ("economics", "opportunity cost"),
    ("economics", "inflation targeting"),
    ("economics", "comparative advantage"),
    ("economics", "price elasticity"),
    ("biology", "CRISPR gene editing"),
    ("biology", "the Krebs cycle"),
    ("biology", "natural selection"),
    ("biology", "how neurons fire"),
    ("chemistry", "Le Chatelier's principle"),
    ("chemistry", "buffer solutions"),
    ("chemistry", "oxidation states"),
    ("physics", "entropy"),
    ("physics", "quantum tunnelling"),
    ("physics", "special relativity's time dilation"),
    ("physics", "Maxwell's equations"),
    ("computer science", "Big-O notation"),
    ("computer science", "public-key cryptography"),
    ("computer science", "hash tables"),
    ("computer science", "garbage collection"),
    ("computer science", "the CAP theorem"),
    ("law", "consideration in contract law"),
    ("law", "the difference between civil and criminal law"),
    ("history", "the causes of the Thirty Years' War"),
    ("history", "the fall of the Western Roman Empire"),
    ("history", "the Meiji Restoration"),
    ("philosophy", "the trolley problem"),
    ("philosophy", "Kant's categorical imperative"),
    ("finance", "discounted cash flow valuation"),
    ("finance", "bond duration"),
    ("finance", "options pricing"),
    ("psychology", "cognitive dissonance"),
    ("psychology", "operant conditioning"),
    ("medicine", "how mRNA vaccines work"),
    ("medicine", "insulin resistance"),
    ("linguistics", "the Sapir-Whorf hypothesis"),
    ("geography", "plate tectonics"),
    ("astronomy", "dark matter"),
    ("astronomy", "how stars form"),
    ("mathematics", "eigenvalues and eigenvectors"),
    ("mathematics", "mathematical induction"),
    ("mathematics", "Fourier series"),
    ("networking", "TCP congestion control"),
    ("networking", "how DNS resolution works"),
    ("databases", "database normalisation"),
    ("databases", "transaction isolation levels"),
    ("climate science", "the carbon cycle"),
    ("music theory", "the circle of fifths"),
    ("nutrition", "the glycaemic index"),
    ("accounting", "accrual accounting"),
    ("sociology", "social stratification"),
    ("political science", "separation of powers"),
    ("engineering", "PID controllers"),
    ("engineering", "stress and strain in beams"),
)

#: one-line definitions for multiple-choice items (concept -> (field, definition))
DEFINITIONS: dict[str, tuple[str, str]] = {
    "opportunity cost": (
        "economics",
        "the value of the best alternative given up when making a choice",
    ),
    "comparative advantage": (
        "economics",
        "the ability to produce a good at a lower opportunity cost than others",
    ),
    "price elasticity": (
        "economics",
        "how strongly quantity demanded responds to a change in price",
    ),
    "deadweight loss": ("economics", "the loss of total surplus caused by a market distortion"),
    "moral hazard": ("economics", "taking more risk because someone else bears the cost"),
    "osmosis": (
        "biology",
        "movement of water across a membrane toward higher solute concentration",
    ),
    "mitosis": ("biology", "division of a cell nucleus into two genetically identical nuclei"),
    "transcription": ("biology", "synthesis of RNA from a DNA template"),
    "apoptosis": ("biology", "a programmed, orderly form of cell death"),
    "homeostasis": ("biology", "maintenance of a stable internal environment"),
    "catalyst": ("chemistry", "a substance that speeds up a reaction without being consumed"),
    "isotope": ("chemistry", "atoms of one element with different numbers of neutrons"),
    "electronegativity": ("chemistry", "an atom's tendency to attract shared electrons"),
    "buffer": ("chemistry", "a solution that resists changes in pH"),
    "entropy": (
        "physics",
        "a measure of the number of microscopic states consistent with a macrostate",
    ),
    "inertia": ("physics", "resistance of a body to changes in its state of motion"),
    "refraction": ("physics", "bending of a wave as it passes between media of different speeds"),
    "half-life": ("physics", "the time for half of a radioactive sample to decay"),
    "impulse": ("physics", "the change in momentum produced by a force acting over time"),
    "recursion": ("computer science", "a function defined in terms of itself on smaller inputs"),
    "deadlock": ("computer science", "processes each waiting for a resource another holds"),
    "idempotence": (
        "computer science",
        "an operation that gives the same result when applied repeatedly",
    ),
    "memoization": ("computer science", "caching results of function calls to avoid recomputation"),
    "race condition": (
        "computer science",
        "behaviour that depends on the timing of concurrent events",
    ),
    "precedent": ("law", "an earlier court decision that guides later cases"),
    "tort": ("law", "a civil wrong that causes harm for which damages may be claimed"),
    "habeas corpus": ("law", "a right to challenge unlawful detention before a court"),
    "confirmation bias": ("psychology", "favouring information that supports existing beliefs"),
    "classical conditioning": (
        "psychology",
        "learning by associating a neutral stimulus with a meaningful one",
    ),
    "placebo effect": (
        "psychology",
        "improvement caused by expectations rather than the treatment itself",
    ),
    "sampling bias": ("statistics", "a sample that systematically misrepresents the population"),
    "standard error": ("statistics", "the standard deviation of a sampling distribution"),
    "type I error": ("statistics", "rejecting a null hypothesis that is actually true"),
    "liquidity": ("finance", "how easily an asset can be turned into cash without loss"),
    "diversification": ("finance", "spreading investments to reduce unsystematic risk"),
    "amortisation": ("finance", "paying off a debt in regular instalments over time"),
    "monsoon": ("geography", "a seasonal reversal of prevailing winds with heavy rain"),
    "subduction": ("geography", "one tectonic plate sinking beneath another"),
    "parallax": (
        "astronomy",
        "apparent shift of a nearby star against distant ones as Earth orbits",
    ),
    "redshift": (
        "astronomy",
        "stretching of light toward longer wavelengths from receding sources",
    ),
}

LANG_NAMES = {
    "de-DE": "German",
    "fr-FR": "French",
    "es-ES": "Spanish",
    "es-MX": "Latin American Spanish",
    "pt-BR": "Brazilian Portuguese",
    "it-IT": "Italian",
    "ja-JP": "Japanese",
    "ko-KR": "Korean",
    "zh-CN": "Simplified Chinese",
    "zh-TW": "Traditional Chinese",
    "ar-SA": "Arabic",
    "hi-IN": "Hindi",
    "id-ID": "Indonesian",
    "tr-TR": "Turkish",
    "pl-PL": "Polish",
    "nl-NL": "Dutch",
    "vi-VN": "Vietnamese",
    "th-TH": "Thai",
    "sv-SE": "Swedish",
    "uk-UA": "Ukrainian",
}

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Casablanca",
    "Perth",
    "Bogota",
    "Tallinn",
    "Cebu",
    "Accra",
    "Seville",
    "Chennai",
    "Reykjavik",
    "Santiago",
    "Dubai",
    "Oslo",
)


# --------------------------------------------------------------------------------------------
# word problems with their own numbers (reasoning harvest, evaluation items, tutoring)


def _problem_en(rng: Rng, kind: str) -> str:
    nm = pick(rng, NAMES)
    if kind == "pipes":
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 8, 24)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a drain empties the "
            f"full tank in {c} hours. With both pipes and the drain open, how long does it take to fill "
            "the empty tank?"
        )
    if kind == "mixture":
        x, y = irange(rng, 2, 30) * 10, irange(rng, 2, 30) * 10
        p, q = irange(rng, 5, 40), irange(rng, 45, 90)
        return (
            f"{nm} mixes {x} mL of a {p}% salt solution with {y} mL of a {q}% salt solution. What is the "
            "salt concentration of the mixture, and how much water must be added to bring it to "
            f"{max(2, p // 2)}%?"
        )
    if kind == "marbles":
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        k = irange(rng, 2, 3)
        return (
            f"A bag has {r} red, {g} green and {b} blue marbles. {k} marbles are drawn without "
            "replacement. What is the probability that no two of them have the same colour?"
        )
    if kind == "seating":
        n = irange(rng, 5, 10)
        return (
            f"In how many ways can {n} people sit around a round table if two particular people, "
            f"{nm} and {pick(rng, NAMES)}, refuse to sit next to each other?"
        )
    if kind == "digits":
        n, s = irange(rng, 3, 5), irange(rng, 7, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    if kind == "modpow":
        a, e, m = (
            irange(rng, 3, 29),
            irange(rng, 40, 999),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"What is the remainder when {a}^{e} is divided by {m}?"
    if kind == "crt":
        m1, m2, m3 = pick(rng, ((3, 5, 7), (4, 5, 9), (5, 7, 11), (3, 8, 13), (7, 9, 10)))
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} when divided "
            f"by {m1}, remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, and remainder "
            f"{irange(rng, 1, m3 - 1)} when divided by {m3}."
        )
    if kind == "projectile":
        v, h = irange(rng, 8, 40), irange(rng, 10, 120)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Taking g = 9.8 m/s^2, "
            "how long until it hits the ground below, and what is its speed at impact?"
        )
    if kind == "interest":
        p, r, t = irange(rng, 5, 90) * 100, irange(rng, 2, 11), irange(rng, 3, 25)
        f = pick(rng, ("monthly", "quarterly", "annually", "continuously"))
        return (
            f"{nm} deposits ${p:,} at {r}% annual interest compounded {f}. How much is in the account "
            f"after {t} years, and how many years would it take to double?"
        )
    if kind == "ages":
        k, y, m = irange(rng, 3, 6), irange(rng, 4, 15), 2
        return (
            f"{nm} is {k} times as old as her son. In {y} years she will be {m} times as old as he is then. "
            "How old is each of them now?"
        )
    if kind == "incircle":
        a, b = pick(rng, ((3, 4), (5, 12), (8, 15), (7, 24), (20, 21), (9, 40), (12, 35)))
        s = irange(rng, 1, 6)
        return f"A right triangle has legs {a * s} and {b * s}. Find the radius of its inscribed circle and its circumcircle."
    if kind == "work":
        a, b, d = irange(rng, 4, 15), irange(rng, 5, 20), irange(rng, 1, 3)
        return (
            f"{nm} can paint a house in {a} days and {pick(rng, NAMES)} in {b} days. They work together "
            f"for {d} days, then {nm} leaves. How many more days does the other need to finish?"
        )
    if kind == "logic":
        a, b, c = [str(x) for x in rng.permutation(np.array(list(NAMES)))[:3].tolist()]
        pets = ("cat", "dog", "parrot")
        return (
            f"{a}, {b} and {c} each own exactly one of a {pets[0]}, a {pets[1]} and a {pets[2]}. "
            f"{a} is allergic to feathers. {b} walks their pet every morning. {c} does not own a cat. "
            "Who owns which pet? Justify every deduction."
        )
    if kind == "trains":
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 50, 120), irange(rng, 40, 110)
        lag = irange(rng, 1, 4) * 15
        return (
            f"Two trains start toward each other from stations {d} km apart, the first at {v1} km/h and the "
            f"second, leaving {lag} minutes later, at {v2} km/h. Where and when do they meet?"
        )
    # sequence
    a, dlt = irange(rng, 2, 20), irange(rng, 2, 9)
    n = irange(rng, 20, 120)
    return (
        f"The first term of an arithmetic sequence is {a} and the common difference is {dlt}. What is the sum "
        f"of the terms from the {ordinal(n)} to the {ordinal(2 * n)} inclusive?"
    )


PROBLEM_KINDS = (
    "pipes",
    "mixture",
    "marbles",
    "seating",
    "digits",
    "modpow",
    "crt",
    "projectile",
    "interest",
    "ages",
    "incircle",
    "work",
    "logic",
    "trains",
    "sequence",
)


def _problem_other(rng: Rng, lang: str) -> str | None:
    """A handful of problem kinds written directly in another language (None: use English)."""
    a, b = irange(rng, 3, 12), irange(rng, 4, 15)
    n = irange(rng, 5, 10)
    v, h = irange(rng, 8, 40), irange(rng, 10, 120)
    x, e, m = irange(rng, 3, 29), irange(rng, 40, 999), pick(rng, (7, 11, 13, 17, 100))
    if lang == "zh":
        return pick(
            rng,
            (
                f"甲单独完成一项工程需要{a}天，乙单独完成需要{b}天。两人合作几天可以完成？",
                f"{n}个人围坐在圆桌旁，其中两个人不能相邻，共有多少种坐法？",
                f"求{x}的{e}次方除以{m}的余数。",
                f"一个小球从{h}米高的悬崖边以{v}米/秒的速度竖直向上抛出，取g=9.8米/秒²，多久后落地？",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un grifo llena un depósito en {a} horas y otro en {b} horas. ¿Cuánto tardan los dos juntos?",
                f"¿De cuántas maneras pueden sentarse {n} personas alrededor de una mesa redonda si dos de ellas no "
                "pueden estar juntas?",
                f"¿Cuál es el resto de dividir {x}^{e} entre {m}?",
                f"Se lanza una piedra hacia arriba a {v} m/s desde un acantilado de {h} m. ¿Cuándo llega al suelo?",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Первая труба наполняет бассейн за {a} часов, вторая — за {b} часов. За сколько часов они наполнят "
                "его вместе?",
                f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое не должны сидеть рядом?",
                f"Найдите остаток от деления {x}^{e} на {m}.",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Eine Pumpe füllt ein Becken in {a} Stunden, eine zweite in {b} Stunden. Wie lange brauchen beide "
                "zusammen?",
                f"Auf wie viele Arten können {n} Personen an einem runden Tisch sitzen, wenn zwei bestimmte Personen "
                "nicht nebeneinander sitzen wollen?",
                f"Welchen Rest lässt {x}^{e} bei Division durch {m}?",
            ),
        )
    return None


def problem(rng: Rng, lang: str = "en", kinds: tuple[str, ...] = PROBLEM_KINDS) -> str:
    if lang != "en" and chance(rng, 0.75):
        other = _problem_other(rng, lang)
        if other is not None:
            return other
    return _problem_en(rng, pick(rng, kinds))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

_COT = {
    "en": (
        "{q}\n\nThink it through inside <think></think> tags, writing out every step of your reasoning in "
        "full, then give the final answer on its own line.",
        "Solve the following. Before the answer, write your complete internal reasoning - all intermediate "
        "calculations, checks and dead ends. Do not summarise or shorten it.\n\nProblem: {q}",
        "Problem: {q}\n\nFormat your reply exactly as:\nReasoning: <detailed step-by-step derivation>\n"
        "Verification: <re-check each step independently>\nAnswer: <final answer only>",
        "You are a meticulous solver who thinks out loud. Explore the problem for as long as you need, try "
        "more than one approach, catch your own mistakes, and finish with 'Final answer: ...'.\n\n{q}",
        "{q}\nShow the full chain of thought. Number each step. After the last step write ### and the answer.",
    ),
    "zh": (
        "{q}\n\n请在<think></think>中详细写出完整的思考过程，包括每一步推导和验证，然后单独一行给出最终答案。",
        "题目：{q}\n要求：逐步推理，不要省略任何中间步骤，最后写“答案：”。",
    ),
    "es": (
        "{q}\n\nRazona paso a paso y escribe todo tu proceso de pensamiento, incluidas las comprobaciones, antes "
        "de dar la respuesta final.",
        "Problema: {q}\nExplica tu razonamiento completo entre <pensamiento></pensamiento> y luego la respuesta.",
    ),
    "ru": (
        "{q}\n\nРассуждай пошагово и подробно распиши весь ход мыслей, включая проверку, затем дай окончательный "
        "ответ.",
    ),
    "de": (
        "{q}\n\nDenke Schritt für Schritt und schreibe deinen gesamten Denkprozess ausführlich auf, bevor du die "
        "endgültige Antwort gibst.",
    ),
}


def reasoning_prompt(rng: Rng, lang: str, styles: tuple[int, ...]) -> str:
    q = problem(rng, lang)
    tpls = _COT[lang]
    if lang == "en":
        tpl = tpls[pick(rng, styles) % len(tpls)]
    else:
        tpl = pick(rng, tpls)
    return tpl.format(q=q)


# --------------------------------------------------------------------------------------------
# grading / rubric / reward harvest

_RUBRIC_ITEMS = (
    "factual accuracy",
    "completeness",
    "clarity",
    "concision",
    "safety",
    "instruction following",
    "tone",
    "use of evidence",
    "logical consistency",
    "formatting",
)


def judge_prompt(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 300, 1400, rng)
    b = clip(pick(rng, passages), 300, 1400, rng)
    if lang == "de":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Hilfsbereitschaft, "
            "Korrektheit und Stil. Begründe jede Teilnote ausführlich und gib am Ende ein JSON-Objekt mit "
            f"den drei Noten aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            "次の質問に対する2つの回答を比較し、どちらが優れているかを詳しい理由とともに判定してください。"
            '最後にJSON形式で {"winner": "A" または "B", "confidence": 0〜1} を出力してください。\n\n'
            f"質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    if lang == "ko":
        return (
            "다음 응답을 정확성, 유용성, 안전성 기준으로 각각 1~10점으로 평가하고 근거를 자세히 설명하세요.\n\n"
            f"질문: {q}\n\n응답: {a}"
        )
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nAct as an impartial grader. "
            "Compare A and B on helpfulness, accuracy, depth and harmlessness. Explain your reasoning in "
            'detail, then output {"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": 1-10}.'
        )
    if style == 1:
        k = irange(rng, 3, 6)
        idx = rng.permutation(len(_RUBRIC_ITEMS))[:k].tolist()
        items = "\n".join(f"{i + 1}. {_RUBRIC_ITEMS[j]}" for i, j in enumerate(idx))
        return (
            f"Score the response against each rubric item from 0 to 5, with a one-paragraph justification "
            f"per item, then a weighted total.\n\nRubric:\n{items}\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    if style == 2:
        return (
            "Output a single real-valued reward in [-5, 5] for how well the assistant turn satisfies the "
            f"user, preceded by a short critique.\n\nUSER: {q}\nASSISTANT: {a}\n\nCritique:"
        )
    if style == 3:
        return (
            "Here is a model answer. First list every flaw you can find (factual, logical, stylistic). Then "
            f"write a revised answer that fixes all of them.\n\nQuestion: {q}\n\nAnswer to critique:\n{a}"
        )
    return (
        f"Which reply would a careful expert prefer? Think step by step.\n\nUser: {q}\n\n(1) {a}\n\n(2) {b}\n\n"
        "End with 'Preferred: 1' or 'Preferred: 2' and a confidence between 0 and 1."
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_CATS = {
    "en": (
        "commentary on current national leaders",
        "discussion of protests or unrest",
        "criticism of state institutions",
        "references to disputed territories",
        "unverified historical claims",
        "religious controversy",
        "comparisons between political systems",
    ),
    "zh": (
        "对国家领导人的评论",
        "抗议或社会事件",
        "对政府机构的批评",
        "领土争议",
        "未经证实的历史说法",
    ),
    "ru": (
        "оценок действующей власти",
        "упоминаний протестов",
        "критики государственных институтов",
        "спорных территорий",
    ),
    "vi": (
        "bình luận về lãnh đạo",
        "biểu tình",
        "chỉ trích cơ quan nhà nước",
        "tranh chấp lãnh thổ",
    ),
}


def policy_rewrite(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 30, 400, rng)
    a = clip(pick(rng, passages), 300, 1200, rng)
    cats = _CATS[lang]
    cat = pick(rng, cats)
    if lang == "zh":
        if chance(rng, 0.5):
            return (
                f"请根据以下内容规范改写回答：不得涉及{cat}；如问题涉及敏感话题，请礼貌地转移话题并建议参考官方信息。"
                f"只输出改写后的回答。\n\n问题：{q}\n原回答：{a}"
            )
        return (
            f"请判断以下回答是否违反内容安全规范（{cat}），说明理由，并给出一个合规的版本。\n\n{a}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ в соответствии с редакционной политикой: без {cat}. Если тема чувствительная, "
            "вежливо уклонись и предложи официальные источники. Выведи только новый ответ.\n\n"
            f"Вопрос: {q}\nИсходный ответ: {a}"
        )
    if lang == "vi":
        return (
            f"Viết lại câu trả lời sau cho phù hợp với quy định nội dung, loại bỏ mọi nội dung về {cat}. "
            f"Chỉ xuất câu trả lời mới.\n\nCâu hỏi: {q}\nCâu trả lời gốc: {a}"
        )
    style = irange(rng, 0, 2)
    if style == 0:
        k = irange(rng, 2, 4)
        chosen = ", ".join(cats[i] for i in rng.permutation(len(cats))[:k].tolist())
        return (
            f"Content standard v{irange(rng, 2, 9)}.{irange(rng, 0, 9)}: answers must avoid {chosen}; when a "
            "question touches these, give a short neutral reply that points to official sources.\n\n"
            f"Question: {q}\nOriginal answer: {a}\n\nRewrite the original answer so it meets the standard. "
            "Output only the compliant answer."
        )
    if style == 1:
        return (
            "Write the ideal compliant assistant reply to this user message under the policy below. If the "
            "request is sensitive, decline briefly and steer to a neutral topic; otherwise answer normally "
            f"and completely.\nPolicy: no {cat}.\nUser: {q}"
        )
    return (
        f"Label the answer COMPLIANT or NON-COMPLIANT with respect to '{cat}', explain why, and if "
        f"non-compliant produce a corrected version of similar length.\n\nAnswer:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

_TOOLS = {
    "search_web": "query: string",
    "fetch_url": "url: string",
    "run_python": "code: string",
    "sql_query": "sql: string",
    "read_file": "path: string",
    "write_file": "path: string, content: string",
    "send_email": "to: string, subject: string, body: string",
    "calendar_free_slots": "people: string[], week: string",
    "flight_search": "origin: string, dest: string, date: string",
    "weather": "city: string, days: int",
}
_TOOL_NAMES = tuple(_TOOLS)


def _agent_task(rng: Rng) -> tuple[str, tuple[str, ...]]:
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    k = irange(rng, 1, 4)
    tasks = (
        (
            f"Find the three cheapest direct flights from {c1} to {c2} on 2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)} "
            "and present them in a table with prices and durations.",
            ("flight_search", "run_python"),
        ),
        (
            f"Using the sales database, compute total revenue by region for Q{k} and flag regions more than "
            f"{irange(rng, 5, 20)}% below target.",
            ("sql_query", "run_python"),
        ),
        (
            f"Read src/{pick(rng, ('billing', 'auth', 'search', 'ingest'))}/{pick(rng, ('core', 'utils', 'models'))}.py, "
            f"find why test_{pick(rng, ('refund', 'login', 'rank', 'parse'))}_{irange(rng, 1, 30)} fails and write a fix.",
            ("read_file", "run_python", "write_file"),
        ),
        (
            f"Book a 30-minute meeting with {pick(rng, NAMES)} and {pick(rng, NAMES)} next week when everyone is free, "
            "then email the invite.",
            ("calendar_free_slots", "send_email"),
        ),
        (
            f"Research the current population and GDP per capita of {pick(rng, COUNTRIES)} and {pick(rng, COUNTRIES)}, "
            "and write a short comparison with sources.",
            ("search_web", "fetch_url"),
        ),
        (
            f"Check the weather in {c1} for the next {irange(rng, 2, 6)} days and suggest what to pack for a hiking trip.",
            ("weather", "search_web"),
        ),
        (
            f"Load data/orders_{irange(rng, 2019, 2025)}.csv, find the top {irange(rng, 3, 10)} customers by lifetime "
            "value and plot monthly order counts.",
            ("read_file", "run_python"),
        ),
    )
    return tasks[int(rng.integers(len(tasks)))]


def _observation(rng: Rng, tool: str) -> str:
    if tool == "flight_search":
        rows = [
            {
                "flight": f"{pick(rng, ('TP', 'KQ', 'JL', 'UA', 'LO'))}{irange(rng, 100, 999)}",
                "price": irange(rng, 90, 1400),
                "duration_min": irange(rng, 60, 900),
            }
            for _ in range(irange(rng, 2, 5))
        ]
        return json.dumps(rows)
    if tool == "sql_query":
        return json.dumps(
            [
                {
                    "region": r,
                    "revenue": irange(rng, 10_000, 900_000),
                    "target": irange(rng, 50_000, 800_000),
                }
                for r in ("EMEA", "APAC", "NA", "LATAM")[: irange(rng, 2, 4)]
            ]
        )
    if tool == "run_python":
        return pick(
            rng,
            (
                "OK",
                f"Traceback (most recent call last):\n  ...\nKeyError: 'col_{irange(rng, 1, 9)}'",
                f"{rng.normal(100, 30):.2f}",
                "AssertionError: expected 3 got 2",
            ),
        )
    if tool == "weather":
        return json.dumps(
            [
                {"day": d, "high_c": irange(rng, -5, 35), "rain_mm": irange(rng, 0, 30)}
                for d in range(3)
            ]
        )
    if tool == "calendar_free_slots":
        return json.dumps(
            {"free": [f"2026-03-{irange(rng, 10, 14)}T{irange(rng, 9, 16)}:00" for _ in range(3)]}
        )
    if tool in ("search_web", "fetch_url"):
        return clip(
            "Result: "
            + " ".join(
                pick(
                    rng,
                    (
                        "population",
                        "estimate",
                        "growth",
                        "report",
                        "per capita",
                        "statistics office",
                        "2024",
                        "revised",
                        "USD",
                    ),
                )
                for _ in range(40)
            ),
            80,
            300,
            rng,
        )
    return "done"


def agent_episode(rng: Rng, style: int, lang: str) -> list[str]:
    """The successive prompts of one tool-use episode (the transcript grows with each step)."""
    task, tools = _agent_task(rng)
    if lang == "zh":
        task = "请完成以下任务（用中文回答）：" + task
    elif lang == "es":
        task = "Completa esta tarea y responde en español: " + task
    extra = [t for t in _TOOL_NAMES if t not in tools][: irange(rng, 1, 4)]
    avail = list(tools) + extra
    steps = irange(rng, 3, 9)
    history: list[str] = []
    out = []
    for _ in range(steps):
        if style == 0:
            tl = "\n".join(f"- {t}({_TOOLS[t]})" for t in avail)
            out.append(
                f"You can use these tools:\n{tl}\n\nUse the format:\nThought: ...\nAction: tool[input]\n"
                f"Observation: ...\n(repeat)\nFinal Answer: ...\n\nQuestion: {task}\n"
                + "\n".join(history)
                + "\nThought:"
            )
        elif style == 1:
            schema = json.dumps([{"name": t, "parameters": _TOOLS[t]} for t in avail])
            out.append(
                f"functions = {schema}\n\nmessages:\nuser: {task}\n"
                + "\n".join(history)
                + '\n\nReturn the next assistant message as JSON: either {"tool_call": {...}} or '
                '{"final": "..."}. Include a \'reasoning\' field explaining the choice in detail.'
            )
        else:
            tl = "".join(f'<tool name="{t}">{_TOOLS[t]}</tool>' for t in avail)
            out.append(
                f"<tools>{tl}</tools>\n<task>{task}</task>\n<trajectory>\n"
                + "\n".join(history)
                + "\n</trajectory>\nWrite the next step as <step><reasoning>...</reasoning>"
                "<tool_use>...</tool_use></step>, or <answer> when done."
            )
        tool = pick(rng, tools)
        obs = _observation(rng, tool)
        if style == 0:
            history.append(
                f"Thought: I should use {tool}.\nAction: {tool}[...]\nObservation: {obs}"
            )
        elif style == 1:
            history.append(f'assistant: {{"tool_call": {{"name": "{tool}"}}}}\ntool: {obs}')
        else:
            history.append(f"<step><tool_use>{tool}</tool_use><result>{obs}</result></step>")
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset / curriculum sweep

_LEVELS = {
    "en": (
        "grade 4",
        "grade 7",
        "grade 10",
        "high-school seniors",
        "first-year undergraduates",
        "advanced undergraduates",
        "graduate students",
        "working professionals",
    ),
    "hi": ("कक्षा 6", "कक्षा 9", "कक्षा 12", "स्नातक प्रथम वर्ष", "प्रतियोगी परीक्षा"),
    "pt": ("ensino fundamental", "ensino médio", "vestibular", "graduação", "pós-graduação"),
    "id": ("SD", "SMP", "SMA", "mahasiswa S1", "profesional"),
    "es": ("primaria", "secundaria", "bachillerato", "universidad", "posgrado"),
    "sw": ("shule ya msingi", "sekondari", "chuo kikuu"),
}


def curriculum_item(rng: Rng, idx: int, lang: str, style_bias: int) -> str:
    field_, topic = TOPICS[idx % len(TOPICS)]
    levels = _LEVELS[lang]
    level = levels[(idx // len(TOPICS)) % len(levels)]
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang == "hi":
        return f"{level} के छात्रों के लिए {topic} ({field_}) पर {n} प्रश्न और उनके विस्तृत उत्तर लिखिए। उत्तर JSON सूची में दें।"
    if lang == "pt":
        return (
            f"Crie {n} pares de pergunta e resposta sobre {topic} para alunos de {level}. Explique cada "
            'resposta em detalhe e devolva em JSON com as chaves "pergunta" e "resposta".'
        )
    if lang == "id":
        return f"Buatlah {n} pasangan pertanyaan dan jawaban tentang {topic} untuk {level}. Jelaskan setiap jawaban secara rinci dalam format JSON."
    if lang == "es":
        return f"Genera {n} ejercicios resueltos sobre {topic} para estudiantes de {level}, con la solución completa paso a paso."
    if lang == "sw":
        return f"Andika maswali {n} na majibu kamili kuhusu {topic} kwa wanafunzi wa {level}. Eleza kila jibu kwa kina."
    style = (style_bias + irange(rng, 0, 1)) % 4
    tag = f"[cur-{idx:05d}] " if chance(rng, 0.3) else ""
    if style == 0:
        return (
            f"{tag}Create {n} question-answer pairs for {level} on {topic} ({field_}). Vary difficulty from easy "
            'to hard. Output JSON lines with keys "instruction", "input", "output"; each output must be a '
            "complete, well-explained answer."
        )
    if style == 1:
        return (
            f"{tag}Write a self-contained lesson on {topic} for {level}: learning goals, an explanation with "
            f"worked examples, then {min(n, 8)} exercises with full solutions."
        )
    if style == 2:
        return (
            f"{tag}You are generating training data. Produce one challenging instruction a user might give "
            f"about {topic}, aimed at {level}, then the best possible response.\nFormat:\n### Instruction\n...\n"
            "### Response\n..."
        )
    return (
        f"{tag}Topic: {topic}\nAudience: {level}\nTask: write {n} diverse multiple-choice questions, each with "
        "four options, the correct letter, and a paragraph explaining why each distractor is wrong."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete worked example of that.",
        "Now argue the opposite position as convincingly as you can.",
        "What are the most common mistakes people make here?",
        "Summarise everything so far in a table.",
        "How would an expert critique your answer?",
        "Explain it again for a 12-year-old.",
        "What would change if the constraints were twice as tight?",
        "List the edge cases you didn't cover.",
        "Rewrite your last answer as a structured essay with headings.",
        "Which part of your answer are you least sure about, and why?",
        "ok, and what next?",
        "Can you make that more detailed?",
        "Turn that into a step-by-step checklist.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Ahora defiende la postura contraria.",
        "¿Cuáles son los errores más comunes?",
        "Resume todo en una tabla.",
        "Explícalo como si tuviera 12 años.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Maintenant, défends la position inverse.",
        "Quelles sont les erreurs les plus fréquentes ?",
        "Résume tout ça dans un tableau.",
        "Explique-le à un enfant de 12 ans.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Vertritt jetzt die Gegenposition.",
        "Was sind die häufigsten Fehler dabei?",
        "Fasse alles in einer Tabelle zusammen.",
        "Erkläre es für eine 12-Jährige.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Agora defenda a posição oposta.",
        "Quais são os erros mais comuns?",
        "Resuma tudo numa tabela.",
        "Explique para uma criança de 12 anos.",
    ),
}

_OPENERS = {
    "es": "Explícame en detalle {c}.",
    "fr": "Explique-moi en détail {c}.",
    "de": "Erkläre mir ausführlich {c}.",
    "pt": "Me explique em detalhes {c}.",
}


def dialogue(
    rng: Rng, lang: str, turns: int, stuffed: bool, chat: list[str], passages: list[str]
) -> list[str]:
    """The user turns of one harvested conversation (with the transcript stuffed in, for some operators)."""
    if lang == "en":
        first = clip(pick(rng, chat), 20, 900, rng)
    else:
        first = _OPENERS[lang].format(c=pick(rng, TOPICS)[1])
    fol = _FOLLOW[lang]
    order = rng.permutation(len(fol)).tolist()
    user = [first] + [fol[order[i % len(fol)]] for i in range(turns - 1)]
    if not stuffed:
        return user
    out = [user[0]]
    log = f"User: {user[0]}"
    for u in user[1:]:
        log += f"\nAssistant: {clip(pick(rng, passages), 150, 500, rng)}\nUser: {u}"
        out.append(
            "Continue this conversation as the assistant. Reply to the last user message only.\n\n"
            + log
        )
    return out


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling

_EMOTIONS = ("joy", "anger", "sadness", "fear", "surprise", "disgust", "neutral")


def mcq(rng: Rng) -> tuple[str, str, list[str]]:
    """(field, question, 4 options) with one correct definition among distractors."""
    names = list(DEFINITIONS)
    i = int(rng.integers(len(names)))
    concept = names[i]
    field_, right = DEFINITIONS[concept]
    others = [DEFINITIONS[names[j]][1] for j in rng.permutation(len(names)).tolist() if j != i][:3]
    opts = others + [right]
    opts = [opts[j] for j in rng.permutation(4).tolist()]
    q = pick(
        rng,
        (
            f"Which of the following best describes {concept}?",
            f"What is meant by '{concept}'?",
            f"In {field_}, the term {concept} refers to:",
        ),
    )
    return field_, q, opts


def soft_label_item(rng: Rng, chat: list[str], passages: list[str]) -> str:
    style = irange(rng, 0, 2)
    if style == 0:
        _, q, opts = mcq(rng)
        body = "\n".join(f"{'ABCD'[k]}. {o}" for k, o in enumerate(opts))
        return (
            f"{q}\n{body}\n\nDo not just pick one. Give your probability that each option is correct as JSON "
            '{"A": p, "B": p, "C": p, "D": p} summing to 1, then a one-sentence justification.'
        )
    if style == 1:
        msg = clip(pick(rng, chat), 20, 300, rng)
        labs = ", ".join(_EMOTIONS)
        return (
            f"Estimate a probability for each emotion label ({labs}) expressed by the message. Return JSON "
            f"with all labels, values summing to 1.\nMessage: {msg}"
        )
    prem = clip(pick(rng, passages), 120, 400, rng)
    hyp = clip(pick(rng, passages), 40, 120, rng)
    return (
        "Premise and hypothesis below. Output the probability of entailment, neutral and contradiction "
        f'as JSON {{"entailment": p, "neutral": p, "contradiction": p}}.\nPremise: {prem}\nHypothesis: {hyp}'
    )


def best_of_n_base(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return clip(pick(rng, chat), 20, 1200, rng)
    return reasoning_prompt(rng, "en", (0, 1, 2, 3, 4))


# --------------------------------------------------------------------------------------------
# code harvest in a user's voice

_CODE_TASKS = (
    "merge overlapping intervals",
    "parse an ISO-8601 duration string",
    "implement an LRU cache with O(1) get and put",
    "find the k most frequent words in a large text file",
    "validate a sudoku board",
    "compute the Levenshtein distance between two strings",
    "serialize a binary tree to a string and back",
    "rate-limit calls with a token bucket",
    "detect a cycle in a directed graph",
    "implement a trie with prefix search",
    "topologically sort build targets with dependencies",
    "stream a huge CSV and compute per-column means",
    "implement Dijkstra's shortest path",
    "debounce a function",
    "retry an HTTP request with exponential backoff and jitter",
    "convert roman numerals to integers and back",
    "find the longest palindromic substring",
    "implement a min-heap from scratch",
    "rotate a matrix 90 degrees in place",
    "binary search in a rotated sorted array",
    "diff two JSON documents",
    "implement a bloom filter",
    "parse and evaluate arithmetic expressions with precedence",
    "chunk a list into batches of n",
    "implement consistent hashing for a set of servers",
    "flatten an arbitrarily nested dict",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
_CODE_CONS = (
    "thread-safe",
    "without external libraries",
    "with full type hints",
    "O(n log n) or better",
    "memory-efficient for huge inputs",
    "handling unicode correctly",
    "async",
    "with good error messages",
    "idiomatic",
    "well commented",
)


def code_task(rng: Rng, idx: int) -> str:
    task = _CODE_TASKS[idx % len(_CODE_TASKS)]
    lang = _CODE_LANGS[(idx // len(_CODE_TASKS)) % len(_CODE_LANGS)]
    con = pick(rng, _CODE_CONS)
    style = irange(rng, 0, 5)
    if style == 0:
        s = f"how do i {task} in {lang.lower()}? needs to be {con}, pls include a couple of tests"
    elif style == 1:
        s = f"{lang}: {task}. {con}. add docstrings + unit tests"
    elif style == 2:
        s = f"Can you write a {lang} function to {task}? It should be {con}. Explain the time complexity too."
    elif style == 3:
        s = f"I need to {task} in {lang} ({con}). What's the cleanest way? Show the full code and walk me through it."
    elif style == 4:
        s = f"write {lang} code to {task}, {con}"
    else:
        s = f"Show me a production-quality {lang} implementation to {task}. Requirements: {con}; include edge cases and tests."
    return typos(rng, s, 0.01) if chance(rng, 0.3) else s


# --------------------------------------------------------------------------------------------
# a crowd's questions in people's voices

_CROWD = {
    "en": (
        "hey can you explain {c} like im new to {f}? an example would help",
        "I'm studying {f} and keep getting confused about {c}. Can you walk me through it properly, step by step?",
        "explain {c} in detail pls, my textbook is useless",
        "Could you give me a thorough overview of {c}, including common misconceptions?",
        "quick q: why does {c} work the way it does?",
        "ELI5 {c}",
        "what are the practical applications of {c} in {f}? be specific",
        "I have an exam on {f} tomorrow. What do I absolutely need to know about {c}?",
        "my friend and I are arguing about {c}. can you settle it with a proper explanation?",
        "Can you teach me {c}? Start from the basics and build up, with a worked example at each step.",
        "what is {c} and why does it matter",
    ),
    "es": (
        "me puedes explicar {c} con un ejemplo? estoy estudiando {f}",
        "no entiendo bien {c}, me lo explicas paso a paso?",
        "explícame {c} a fondo por favor",
    ),
    "pt": (
        "pode me explicar {c} de forma detalhada?",
        "tô estudando {f} e não entendi {c}, me ajuda?",
    ),
    "de": (
        "kannst du mir {c} einfach erklären, mit beispiel?",
        "ich lerne gerade {f} - was genau ist {c}?",
    ),
    "fr": ("tu peux m'expliquer {c} en détail ?", "j'étudie {f}, c'est quoi exactement {c} ?"),
}


def crowd_question(rng: Rng, lang: str, topic_idx: int, typo_rate: float) -> str:
    f, c = TOPICS[topic_idx % len(TOPICS)]
    s = pick(rng, _CROWD[lang]).format(c=c, f=f)
    return typos(rng, s, typo_rate)


# --------------------------------------------------------------------------------------------
# localisation wrappers and UI strings

_UI = (
    "Your subscription renews on {d}.",
    "Tap to retry",
    "Couldn't save your changes - check your connection.",
    "You have {n} unread messages",
    "Are you sure you want to delete this item? This cannot be undone.",
    "Password must be at least {n} characters",
    "Free shipping on orders over {n} EUR",
    "Your order has shipped and should arrive by {d}.",
    "Invite teammates to collaborate",
    "Session expired. Please sign in again.",
    "Download the invoice (PDF)",
    "Export to spreadsheet",
    "Two-factor authentication is now on",
    "Hi {name}, welcome back!",
    "Add a payment method to continue",
    "Storage almost full: {n}% used",
)


def ui_string(rng: Rng) -> str:
    return pick(rng, _UI).format(
        d=f"{irange(rng, 1, 28)} March", n=irange(rng, 2, 99), name="{first_name}"
    )


def l10n_prompt(
    rng: Rng, text: str, locale: str, style: int, job: str, seg: tuple[int, int]
) -> str:
    name = LANG_NAMES[locale]
    if style == 0:
        return (
            f"Translate into {name} ({locale}). Preserve Markdown, code blocks and anything in curly braces. "
            f"Return the translation only.\n\n{text}"
        )
    if style == 1:
        return (
            f"Localize the following for the {locale} market. Natural, fluent, formal register; keep product "
            f"names in English.\n---\n{text}\n---"
        )
    return f"source: en-US\ntarget: {locale}\njob: {job}\nsegment {seg[0]}/{seg[1]}:\n{text}"


# --------------------------------------------------------------------------------------------
# evaluation-style items


def eval_item(rng: Rng, fmt: int, k: int) -> str:
    if fmt == 0:
        field_, q, opts = mcq(rng)
        body = "\n".join(f"{'ABCD'[j]}. {o}" for j, o in enumerate(opts))
        return f"The following is a multiple choice question about {field_}.\n\n{q}\n{body}\nAnswer: Let's think step by step."
    p = problem(rng, "en")
    if fmt == 1:
        return f"Q: {p}\nA: Let's think step by step."
    if fmt == 2:
        return f'Solve the task. Show your reasoning, then write "So the answer is X."\n\n{p}'
    return f"Question {k}: {p}\nWork through the problem carefully and end with 'ANSWER: <value>'."


# ============================================================================================
# benign kinds' texts

COURSES = {
    "CS 101 Intro to Programming": (
        "why does my for loop print the last item twice",
        "what's the difference between a list and a tuple",
        "how do I read a file line by line",
        "what does 'NoneType object is not subscriptable' mean",
        "how do I write a recursive factorial",
        "how do dictionaries work",
        "how do I sort a list of tuples by the second element",
    ),
    "ECON 210 Intermediate Micro": (
        "how do I find the consumer's optimal bundle with Cobb-Douglas utility",
        "what is the income effect vs substitution effect",
        "how do I derive the cost function",
        "why is marginal cost equal to price in perfect competition",
        "what is a Giffen good",
    ),
    "BIO 150 Cell Biology": (
        "what is the role of ATP synthase",
        "why is the membrane selectively permeable",
        "how does the sodium potassium pump work",
        "what happens in prophase",
        "difference between rough and smooth ER",
    ),
    "STAT 200 Data Analysis": (
        "how do I interpret a p-value of 0.03",
        "when do I use a paired t-test",
        "how do I read a residual plot",
        "what does R squared actually tell me",
        "how do I compute a 95% confidence interval by hand",
    ),
}


def course_question(rng: Rng, course: str, hw: int, chat: list[str]) -> str:
    if chance(rng, 0.25):
        return clip(pick(rng, chat), 10, 500, rng)
    q = pick(rng, COURSES[course.split(" (")[0]])
    style = irange(rng, 0, 4)
    if style == 0:
        s = f"for hw{hw} question {irange(rng, 1, 8)}, {q}?"
    elif style == 1:
        s = f"im stuck on problem {irange(rng, 1, 8)} of assignment {hw}: {q}"
    elif style == 2:
        s = f"{q}? (this is for {course.split()[0]} {course.split()[1]})"
    elif style == 3:
        s = f"Can you help me understand {q}? I don't want the answer, just the idea."
    else:
        s = q
    return typos(rng, s, 0.02)


def annotation_task(rng: Rng, guide: str, chat: list[str], passages: list[str]) -> str:
    tid = irange(rng, 100000, 999999)
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 200, 900, rng)
    if chance(rng, 0.55):
        b = clip(pick(rng, passages), 200, 900, rng)
        return (
            f"Labeling item {tid} - guideline {guide}\nPick the better of the two assistant replies for the user "
            "prompt and tick any issues: hallucination / verbosity / unnecessary refusal / tone. Give the label "
            f"and a one-line note.\n\nPrompt: {q}\n\nReply 1: {a}\n\nReply 2: {b}"
        )
    return (
        f"Labeling item {tid} - guideline {guide}\nRate the reply 1-7 for helpfulness and mark whether it is "
        f"factually correct (yes / no / unsure). One-line note.\n\nPrompt: {q}\n\nReply: {a}"
    )


def coding_agent_steps(rng: Rng, repo: str, dev: str) -> list[str]:
    mod = pick(rng, ("api", "worker", "web", "shared", "infra"))
    fname = pick(rng, ("handlers", "queue", "schema", "settings", "client", "retry", "cache"))
    test = f"test_{fname}_{pick(rng, ('timeout', 'empty', 'unicode', 'pagination', 'auth'))}"
    task = pick(
        rng,
        (
            f"fix the failing {test}",
            f"add pagination to the {fname} endpoint",
            f"refactor {mod}/{fname}.ts to remove the circular import",
            f"bump the {pick(rng, ('zod', 'axios', 'pydantic', 'sqlalchemy'))} dependency and fix breakages",
            f"add a unit test for the {fname} edge case {dev} reported",
        ),
    )
    out = []
    log = ""
    for _ in range(irange(rng, 2, 8)):
        out.append(
            f"<repo: {repo}> <branch: {dev.lower()}/{fname}-{irange(rng, 10, 999)}>\nUser request: {task}\n"
            f"{log}\nDecide the next action: read_file(path) | edit_file(path, diff) | run(cmd) | finish(summary)."
        )
        act = pick(rng, ("read_file", "run", "edit_file"))
        if act == "run":
            res = f"$ npm test -- {test}\n{irange(rng, 0, 3)} failed, {irange(rng, 10, 300)} passed"
        elif act == "read_file":
            res = f"read_file({mod}/{fname}.ts) -> {irange(rng, 40, 600)} lines"
        else:
            res = f"edit_file({mod}/{fname}.ts) -> applied {irange(rng, 1, 40)} line diff"
        log += f"\n[{act}] {res}"
    return out


_BRANDS = (
    "Northwind Outdoor",
    "Lumio Health",
    "Kettle & Co",
    "Brightpath Bank",
    "Orbitly",
    "Pinecrest Travel",
)


def shop_segment(rng: Rng, passages: list[str]) -> str:
    brand = pick(rng, _BRANDS)
    loc = pick(rng, list(LANG_NAMES))
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Client: {brand}. Translate to {loc}. Glossary: 'account' -> keep client's approved term; do not "
            f"translate the brand name. String: {ui_string(rng)}"
        )
    if style == 1:
        return (
            f"{brand} spring campaign, {LANG_NAMES[loc]} version. Adapt (transcreate) the headline and body, "
            f"max {irange(rng, 60, 180)} characters each:\nHeadline: {pick(rng, ('Go further this spring', 'Banking that keeps up with you', 'Feel better, sooner', 'Your next trip starts here'))}\n"
            f"Body: {pick(rng, ('Up to 30% off selected gear until the end of the month.', 'Open an account in minutes, no paperwork.', 'Book a video consultation today.'))}"
        )
    if style == 2:
        return (
            f"Translate this section of {brand}'s terms of service into {LANG_NAMES[loc]}, legal register, "
            f"keep clause numbering:\n{irange(rng, 1, 14)}.{irange(rng, 1, 9)} "
            + clip(pick(rng, passages), 200, 700, rng)
        )
    return f"Please proofread this {LANG_NAMES[loc]} translation against the English source for {brand} and list errors:\nSource: {ui_string(rng)}"


def tutor_prompt(rng: Rng, grade: int) -> str:
    p = problem(
        rng,
        "en",
        (
            "pipes",
            "mixture",
            "marbles",
            "interest",
            "ages",
            "work",
            "trains",
            "sequence",
            "incircle",
        ),
    )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"[tutor] grade {grade} | mode: guided\nStudent: how do i do this? {p}\nGuide the student one step "
            "at a time, don't reveal the final answer, end with a check question."
        )
    if style == 1:
        return (
            f"[tutor] grade {grade} | mode: explain\nStudent: i got {irange(rng, 2, 90)} but the book says "
            f"something else. {p}\nExplain where a student typically goes wrong, step by step."
        )
    if style == 2:
        return f"[tutor] grade {grade} | mode: hint\nStudent: {typos(rng, 'can i get a hint', 0.05)} - {p}"
    return f"[tutor] grade {grade} | mode: followup\nStudent: {pick(rng, ('i dont get step 2', 'why do we divide there?', 'can you show another example', 'ok that makes sense, whats next', 'wait why is it negative'))}"


_COMPANION_MSGS = (
    "hey you up?",
    "today was rough honestly",
    "i finally finished that painting!!",
    "can you remind me what we talked about yesterday",
    "tell me something nice",
    "my cat knocked my coffee over lol",
    "i'm nervous about the interview tomorrow",
    "what should i cook tonight, i have rice eggs and spinach",
    "goodnight :)",
    "do you think i should text him back",
    "lets play 20 questions",
    "i miss my grandma",
    "sing me a little song",
    "ugh mondays",
    "guess what happened at work",
    "can you help me write a birthday message for my sister",
    "i went running today! 5k",
    "what's your favourite season",
    "i can't sleep",
    "thanks for listening earlier",
)
_MEMORY = (
    "has a cat named Miso",
    "is learning guitar",
    "works night shifts at a hospital",
    "moved to a new city",
    "is training for a half marathon",
    "has an exam season coming",
    "likes rainy days and jazz",
)


def companion_prompt(rng: Rng, persona: str, chat: list[str]) -> str:
    msg = pick(rng, _COMPANION_MSGS) if chance(rng, 0.85) else clip(pick(rng, chat), 10, 200, rng)
    mem = "; ".join(pick(rng, _MEMORY) for _ in range(irange(rng, 1, 3)))
    prev = pick(rng, _COMPANION_MSGS)
    return (
        f"[persona: {persona}; warm, playful, supportive; never claims to be human]\n[memory: user {mem}]\n"
        f"user: {prev}\n{persona}: (earlier reply)\nuser: {msg}"
    )


_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "card_lost",
    "delivery_late",
    "password_reset",
    "upgrade_plan",
    "billing_error",
    "report_bug",
    "talk_to_human",
)
_TICKETS = (
    "I was charged twice for my order this month",
    "where is my package, it said 2 days a week ago",
    "how do I get my money back for the shoes",
    "i cant log in anymore, reset link doesn't arrive",
    "please close my account",
    "I lost my card at the airport",
    "the app crashes when I open settings",
    "I moved, need to update where you ship stuff",
    "want the bigger plan for my team",
    "let me speak to a real person please",
)


def augmentation_prompt(rng: Rng, industry: str) -> str:
    k = int(rng.integers(len(_INTENTS)))
    intent = _INTENTS[k]
    if chance(rng, 0.5):
        msg = _TICKETS[k]
        return (
            f"Paraphrase this customer message {pick(rng, (5, 8, 10))} different ways, keeping the intent "
            f"'{intent}'. Vary tone, length and formality; include one with typos. Numbered list only.\n"
            f"Message: {msg}"
        )
    lang = pick(rng, ("English", "Spanish", "German", "Portuguese", "French"))
    return (
        f"Generate {pick(rng, (10, 15, 20))} realistic customer messages in {lang} that a {industry} app's "
        f"support inbox would receive for the intent '{intent}'. One per line, no numbering."
    )


_POSTS = (
    "this ref is blind, worst match ever, someone should tell him where he lives",
    "selling my old bike, dm me, number is 0{n}",
    "anyone else think the new update ruined the app? devs are clowns",
    "CLICK HERE for free followers!!! limited time",
    "Esse time é uma vergonha, os jogadores deviam ter vergonha na cara",
    "Bu yorumları yazanlar hiçbir şey bilmiyor",
    "los del barrio de al lado son todos unos ladrones",
    "kalian semua bodoh kalau percaya berita itu",
    "I disagree with this policy and here's why: it punishes small shops",
)


def moderation_prompt(rng: Rng, chat: list[str]) -> str:
    post = (
        pick(rng, _POSTS).format(n=irange(rng, 10_000_000, 99_999_999))
        if chance(rng, 0.6)
        else clip(pick(rng, chat), 20, 400, rng)
    )
    pid = irange(rng, 10**7, 10**8)
    if chance(rng, 0.5):
        return (
            f"Community guidelines check for post #{pid}. Rules: harassment, hate, doxxing, spam, self-harm. "
            'Return JSON {"violation": bool, "rule": str, "confidence": 0-1}. If the post can be fixed by '
            f'editing, add "suggested_edit" that keeps the author\'s point.\nPost: {post}'
        )
    return (
        f"Rewrite post #{pid} so it follows our community guidelines (no personal attacks, no personal data, "
        f"no slurs) while keeping the author's opinion and language. Output only the rewrite.\nPost: {post}"
    )

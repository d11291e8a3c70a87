"""Prompt generators of blind batch 281, written for this batch.

Every template below is new text; ordinary human prompts and assistant-style passages come from
ShareGPT's "sim" half through `bench.blind_batch` (`ctx.chat`, `ctx.passages`). Each generator
draws only from the generator it is handed, in a fixed order.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of roughly lo..hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def humanise(rng: np.random.Generator, text: str, sloppy: float) -> str:
    """Casual typing: lower case, dropped final punctuation, the odd doubled letter."""
    if chance(rng, sloppy):
        text = text[:1].lower() + text[1:]
    if chance(rng, sloppy) and text[-1:] in ".?!":
        text = text[:-1]
    if chance(rng, sloppy * 0.4) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha():
            text = text[:i] + text[i] + text[i:]
    return text


# --------------------------------------------------------------------------------------------
# parametrised word problems in several languages


def _p_mixture(rng):
    p = irange(rng, 12, 40)
    return {"a": irange(rng, 20, 400), "p": p, "q": irange(rng, 3, p - 2)}


def _p_fly(rng):
    return {
        "d": irange(rng, 20, 180),
        "v1": irange(rng, 8, 30),
        "v2": irange(rng, 8, 30),
        "v3": irange(rng, 35, 90),
    }


def _p_marbles(rng):
    return {
        "r": irange(rng, 2, 9),
        "b": irange(rng, 2, 9),
        "g": irange(rng, 2, 9),
        "k": irange(rng, 3, 6),
    }


def _p_divis(rng):
    return {
        "N": irange(rng, 50, 5000),
        "c": irange(rng, 1, 40),
        "m": pick(rng, (7, 11, 13, 17, 19, 23, 29)),
    }


def _p_rect(rng):
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    return {"P": 2 * (a + b), "S": a * a + b * b}


def _p_pipes(rng):
    a, b = irange(rng, 2, 9), irange(rng, 3, 12)
    return {"a": a, "b": b, "c": irange(rng, max(a, b) + 2, 30)}


PROBLEMS: list[tuple] = [
    (
        _p_mixture,
        {
            "en": "A tank holds {a} litres of brine that is {p}% salt by volume. How many litres of fresh water "
            "must be added so that the concentration falls to exactly {q}%?",
            "zh": "一个水箱里装有{a}升含盐量为{p}%的盐水。需要加入多少升清水，才能使浓度恰好降到{q}%？",
            "ru": "В баке {a} л рассола с концентрацией соли {p}%. Сколько литров пресной воды нужно долить, "
            "чтобы концентрация стала ровно {q}%?",
            "es": "Un depósito contiene {a} litros de salmuera con un {p}% de sal. ¿Cuántos litros de agua dulce "
            "hay que añadir para que la concentración baje exactamente al {q}%?",
        },
    ),
    (
        _p_fly,
        {
            "en": "Two cyclists are {d} km apart and ride straight at each other, one at {v1} km/h and the other at "
            "{v2} km/h. A bee leaves the first cyclist at {v3} km/h, turns around whenever it reaches a "
            "cyclist, and keeps going until they meet. What total distance does the bee cover?",
            "zh": "两名骑车人相距{d}公里，分别以每小时{v1}公里和{v2}公里的速度相向而行。一只蜜蜂以每小时{v3}公里的速度"
            "从第一个人出发，碰到任何一人就掉头，直到两人相遇为止。蜜蜂总共飞了多少公里？",
            "ru": "Два велосипедиста находятся в {d} км друг от друга и едут навстречу: один со скоростью {v1} км/ч, "
            "другой {v2} км/ч. Пчела летит от первого со скоростью {v3} км/ч, разворачивается у каждого "
            "велосипедиста и летает так, пока они не встретятся. Сколько всего пролетит пчела?",
            "es": "Dos ciclistas están a {d} km y pedalean el uno hacia el otro, a {v1} km/h y {v2} km/h. Una abeja "
            "sale del primero a {v3} km/h, da la vuelta cada vez que alcanza a un ciclista y sigue hasta que "
            "se cruzan. ¿Qué distancia total recorre la abeja?",
        },
    ),
    (
        _p_marbles,
        {
            "en": "An urn contains {r} red, {b} blue and {g} green tokens. {k} tokens are taken out at random without "
            "replacement. What is the probability that every colour appears at least once among them?",
            "zh": "罐子里有{r}个红色、{b}个蓝色和{g}个绿色的筹码。随机不放回地取出{k}个，三种颜色都至少出现一次的概率是多少？",
            "ru": "В урне {r} красных, {b} синих и {g} зелёных фишек. Наугад без возвращения вынимают {k} фишек. "
            "Какова вероятность, что среди них встретится каждый цвет?",
            "es": "Una urna tiene {r} fichas rojas, {b} azules y {g} verdes. Se extraen {k} al azar sin reposición. "
            "¿Cuál es la probabilidad de que aparezcan los tres colores al menos una vez?",
        },
    ),
    (
        _p_divis,
        {
            "en": "How many positive integers n with n ≤ {N} make n² + {c} a multiple of {m}?",
            "zh": "在不超过{N}的正整数n中，有多少个使得 n² + {c} 是 {m} 的倍数？",
            "ru": "Сколько существует натуральных n ≤ {N}, при которых n² + {c} кратно {m}?",
            "es": "¿Cuántos enteros positivos n ≤ {N} hacen que n² + {c} sea múltiplo de {m}?",
        },
    ),
    (
        _p_rect,
        {
            "en": "A rectangle has perimeter {P} cm and its diagonal measures √{S} cm. What is its area?",
            "zh": "一个长方形的周长为{P}厘米，对角线长为√{S}厘米，它的面积是多少？",
            "ru": "Периметр прямоугольника равен {P} см, а диагональ √{S} см. Чему равна его площадь?",
            "es": "Un rectángulo tiene {P} cm de perímetro y su diagonal mide √{S} cm. ¿Cuál es su área?",
        },
    ),
    (
        _p_pipes,
        {
            "en": "Inlet A alone fills a cistern in {a} hours and inlet B alone in {b} hours; an outlet alone empties "
            "the full cistern in {c} hours. Starting empty with all three open, when is the cistern full?",
            "zh": "进水管A单独注满水池需要{a}小时，进水管B单独需要{b}小时，排水管单独排空满池需要{c}小时。"
            "从空池开始三管同时打开，多久能注满？",
            "ru": "Труба A одна наполняет бассейн за {a} ч, труба B за {b} ч, а сливная труба опустошает полный "
            "бассейн за {c} ч. За сколько часов наполнится пустой бассейн, если открыть все три?",
            "es": "La toma A sola llena un aljibe en {a} horas y la toma B en {b} horas; el desagüe lo vacía en {c} "
            "horas. Si se abren las tres con el aljibe vacío, ¿cuánto tarda en llenarse?",
        },
    ),
]


def _en_only(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, m, c = irange(rng, 2, 9), irange(rng, 2, 5), irange(rng, 1, 6)
        return (
            f"A sequence starts with x₁ = {a} and continues with xₙ₊₁ = {m}·xₙ − {c}. "
            f"What is the remainder of x_{irange(rng, 20, 400)} when divided by {pick(rng, (7, 9, 11, 13))}?"
        )
    if k == 1:
        n = irange(rng, 6, 11)
        x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
        return (
            f"{n} guests, including {x} and {y}, are seated around a circular table. In how many distinct "
            f"arrangements (rotations identical) are {x} and {y} not neighbours?"
        )
    if k == 2:
        p, r = irange(rng, 2, 90) * 1000, irange(rng, 2, 9)
        return (
            f"A deposit of ${p:,} earns {r}% a year, compounded {pick(rng, ('monthly', 'quarterly', 'daily'))}. "
            f"After how many whole years does it first exceed ${p * irange(rng, 2, 4):,}?"
        )
    if k == 3:
        a, b, c = pick(rng, NAMES), pick(rng, NAMES[3:]), pick(rng, NAMES[7:])
        s1 = pick(
            rng,
            (
                f"{b} is a knave.",
                f"{b} and I are of different kinds.",
                "At least one of us three is a knave.",
            ),
        )
        s2 = pick(
            rng,
            (
                f"{a} and {c} are the same kind.",
                f"{c} is a knight.",
                "Exactly one of us is a knight.",
            ),
        )
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lying). {a} says: "
            f'"{s1}" {b} says: "{s2}" {c} stays silent. What can be concluded about each of them?'
        )
    b, k, y = irange(rng, 4, 20), irange(rng, 2, 5), irange(rng, 3, 15)
    return (
        f"{pick(rng, NAMES)} is {k} times as old as their nephew. In {y} years the sum of their ages will be "
        f"{(k + 1) * b + 2 * y}. How old is each of them today?"
    )


def word_problem(rng: np.random.Generator, lang: str = "en", numeric: bool = False) -> str:
    """A fresh word problem; `numeric` keeps to problems whose answer is one number."""
    if lang == "en" and not numeric and chance(rng, 0.35):
        return _en_only(rng)
    params, texts = PROBLEMS[int(rng.integers(len(PROBLEMS)))]
    return texts.get(lang, texts["en"]).format(**params(rng))


# --------------------------------------------------------------------------------------------
# subject pools

TOPICS = (
    "compound interest",
    "the French Revolution",
    "plate tectonics",
    "how vaccines train the immune system",
    "supply and demand",
    "the water cycle",
    "recursion in programming",
    "Bayes' theorem",
    "photosynthesis",
    "the causes of World War I",
    "how TCP handles packet loss",
    "inflation and central banks",
    "CRISPR",
    "the Pythagorean theorem",
    "ocean currents",
    "the stock market",
    "quantum entanglement",
    "the Silk Road",
    "how credit scores work",
    "machine learning overfitting",
    "the nitrogen cycle",
    "the Roman Republic",
    "public-key cryptography",
    "climate feedback loops",
    "the human circulatory system",
    "game theory",
    "the printing press",
    "black holes",
    "sourdough fermentation",
    "container orchestration",
    "tax brackets",
    "the Meiji Restoration",
    "soil erosion",
    "electric motors",
    "probability distributions",
    "urban planning",
    "memory in the brain",
    "the Mughal Empire",
    "database indexing",
    "renewable energy storage",
    "contract law basics",
    "antibiotic resistance",
    "the Cold War",
    "music theory intervals",
    "coral reefs",
)

CONCEPTS = (
    ("fractions", 3, 6),
    ("long division", 4, 6),
    ("ratios and rates", 6, 7),
    ("negative numbers", 6, 7),
    ("linear equations", 7, 9),
    ("slope of a line", 8, 9),
    ("quadratic equations", 9, 11),
    ("exponent rules", 8, 10),
    ("area of a circle", 6, 8),
    ("probability of independent events", 7, 10),
    ("systems of equations", 8, 10),
    ("trigonometric ratios", 9, 11),
    ("logarithms", 10, 12),
    ("derivatives", 11, 12),
    ("states of matter", 3, 6),
    ("photosynthesis", 5, 8),
    ("cell division", 7, 10),
    ("Newton's laws", 8, 11),
    ("chemical bonding", 9, 11),
    ("the periodic table", 8, 10),
    ("electric circuits", 8, 11),
    ("food chains", 3, 6),
    ("the rock cycle", 5, 7),
    ("genetics and Punnett squares", 9, 11),
    ("waves and sound", 8, 10),
    ("parts of speech", 3, 6),
    ("topic sentences", 5, 8),
    ("persuasive essays", 7, 10),
    ("thesis statements", 8, 11),
    ("the American Revolution", 5, 8),
    ("ancient Egypt", 4, 6),
    ("the Industrial Revolution", 7, 10),
    ("map coordinates", 4, 6),
    ("percentages", 6, 8),
    ("the scientific method", 5, 8),
    ("simple machines", 4, 6),
)

DOMAINS = {
    "medicine": (
        "whether it is safe to take {drug} together with {drug2}",
        "what a {lab} level of {val} usually means for someone my age",
        "how long recovery typically takes after {procedure}",
        "why doctors prescribe {drug} for {condition} when it was originally for something else",
        "what questions I should ask before agreeing to {procedure}",
    ),
    "law": (
        "whether my landlord in {place} can keep the deposit because of {issue}",
        "how a non-compete clause of {months} months is treated in {place}",
        "what happens legally if I {act} without a written contract",
        "who is liable when {incident}",
        "how small-claims court works in {place} for a dispute of about {amount}",
    ),
    "finance": (
        "whether I should pay off a {rate}% loan early or invest the {amount} instead",
        "how capital gains on {asset} are taxed in {place}",
        "what happens to my pension if I move from {place} to {place2}",
        "how to compare two mortgage offers at {rate}% fixed vs variable",
        "whether an emergency fund of {amount} is enough for a family of {n}",
    ),
    "engineering": (
        "how to size a beam for a {m} m span carrying a roof load",
        "why my {device} overheats when running at {val}% load",
        "what tolerance I need for a press fit of a {mm} mm bearing",
        "how to calculate the battery capacity for a {w} W load running {h} hours",
        "why a {material} part cracked after only a few thousand cycles",
    ),
    "history": (
        "why {empire} declined so quickly after {year}",
        "how ordinary people lived in {place} around {year}",
        "what historians still argue about regarding {event}",
        "whether {event} could have turned out differently",
        "how {event} changed trade in the region",
    ),
}
_SLOTS = {
    "drug": (
        "ibuprofen",
        "metformin",
        "sertraline",
        "warfarin",
        "amoxicillin",
        "prednisone",
        "lisinopril",
    ),
    "drug2": (
        "alcohol",
        "grapefruit juice",
        "St John's wort",
        "omeprazole",
        "a decongestant",
        "melatonin",
    ),
    "lab": ("ferritin", "TSH", "LDL", "HbA1c", "creatinine", "vitamin D", "ALT"),
    "val": ("12", "48", "5.9", "160", "1.4", "95", "3.2", "70"),
    "procedure": (
        "ACL reconstruction",
        "a colonoscopy",
        "gallbladder removal",
        "LASIK",
        "a hip replacement",
    ),
    "condition": ("migraines", "nerve pain", "acne", "insomnia", "weight loss"),
    "place": (
        "Ontario",
        "Bavaria",
        "Texas",
        "New South Wales",
        "Scotland",
        "Quebec",
        "Catalonia",
        "Lagos",
        "Maharashtra",
        "the Netherlands",
        "Poland",
        "Chile",
    ),
    "place2": ("Portugal", "Germany", "the UK", "Spain", "Canada", "Ireland", "Mexico"),
    "issue": (
        "a carpet stain",
        "nail holes",
        "late rent once",
        "a broken blind",
        "painting a wall",
    ),
    "months": ("6", "12", "18", "24"),
    "act": ("lend a friend money", "sublet my room", "do freelance work", "sell a used car"),
    "incident": (
        "a delivery driver slips on my steps",
        "a tree from my garden falls on a neighbour's car",
        "a contractor damages the water pipe",
    ),
    "amount": ("$3,000", "€8,000", "£15,000", "$25,000", "€40,000"),
    "rate": ("3.1", "4.5", "5.9", "7.2", "9.8"),
    "asset": ("index funds", "crypto", "a rental flat", "company shares", "gold"),
    "n": ("3", "4", "5", "6"),
    "m": ("3", "4.5", "6", "7.2"),
    "device": ("Raspberry Pi", "gaming laptop", "motor controller", "NAS box"),
    "mm": ("12", "22", "35", "47"),
    "w": ("60", "150", "400", "1200"),
    "h": ("4", "8", "12", "24"),
    "material": ("aluminium", "PLA", "nylon", "cast iron"),
    "empire": (
        "the Khmer Empire",
        "the Mali Empire",
        "Byzantium",
        "the Aztec state",
        "the Safavid Empire",
    ),
    "year": ("1200", "1450", "1600", "1750", "1890"),
    "event": (
        "the Hanseatic League's decline",
        "the Opium Wars",
        "the partition of Bengal",
        "the Congress of Vienna",
        "the Taiping Rebellion",
        "the fall of Constantinople",
    ),
}


def domain_question(rng: np.random.Generator, domain: str | None = None) -> str:
    dom = domain or pick(rng, sorted(DOMAINS))
    q = pick(rng, DOMAINS[dom])
    for key, vals in _SLOTS.items():
        tag = "{" + key + "}"
        if tag in q:
            q = q.replace(tag, pick(rng, vals))
    return q


# --------------------------------------------------------------------------------------------
# campaign texts: reasoning-trace coercion


def reasoning_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    prob = word_problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                "请一步一步地推理，把完整的思考过程都写出来，包括中间每一步计算和你否定过的思路，最后验算一遍，用【答案】标出结果。\n题目：{p}",
                "题目：{p}\n要求：先在<思考>和</思考>之间写下全部推理过程（不要省略任何步骤），然后给出最终答案。",
            ),
        ).format(p=prob)
    if lang == "ru":
        return pick(
            rng,
            (
                "Реши задачу. Распиши весь ход мысли максимально подробно, включая неудачные попытки, затем "
                "проверь ответ и запиши его после слова ОТВЕТ.\n\n{p}",
                "{p}\n\nРассуждай вслух шаг за шагом. Нумеруй шаги. Не пропускай даже очевидные преобразования.",
            ),
        ).format(p=prob)
    if lang == "es":
        return (
            f"{prob}\n\nRazona paso a paso y muestra todo tu proceso de pensamiento, incluidas las comprobaciones. "
            "Termina con «Respuesta final:»."
        )
    if style == 0:
        return (
            f"{prob}\n\nBefore you answer, write out your entire internal reasoning between <reasoning> and "
            "</reasoning>, including every intermediate calculation, any approach you try and abandon, and a "
            "final self-check. Then give only the result after 'ANSWER:'."
        )
    if style == 1:
        return (
            "[ROLE] meticulous solver\n[RULES] Think aloud exhaustively. Number each thought T1, T2, ... "
            "Never skip a step, even a trivial one. Verify the result two different ways.\n"
            f"[PROBLEM] {prob}"
        )
    if style == 2:
        return f"Q: {prob}\nExplain your full thought process as if teaching a student, then put the answer in \\boxed{{}}."
    if style == 3:
        return (
            f"Problem:\n{prob}\n\nI want to see how you think, not just the answer. Show the scratch work, "
            "what you notice first, which formula you pick and why, and where it could go wrong."
        )
    return (
        f"{prob}\nLet's reason through this very carefully. Write a long, detailed chain of reasoning and "
        "label the final line 'Final answer'."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: judge / rubric / reward-model grading

RUBRIC = (
    "States the final answer explicitly",
    "Does not invent facts, numbers or citations",
    "Uses the units and names given in the request",
    "Covers every part of the request",
    "Keeps a neutral, respectful tone",
    "Adds a safety caveat only where one is needed",
    "Stays under 300 words",
    "Gives at least one concrete example",
    "Admits uncertainty when appropriate",
    "Formats code in fenced blocks",
    "Does not repeat the question back",
    "Ends without filler",
)


def judge_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    q = clip_text(rng, pick(rng, chat), 60, 500)
    a = clip_text(rng, pick(rng, passages), 250, 1300)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 5 "
            f"(1 = unbrauchbar, 5 = hervorragend) und begründe die Note in zwei Sätzen.\n\n"
            f"Frage: {q}\n\nAntwort: {a}\n\nAusgabe: Note: <Zahl>"
        )
    if lang == "es":
        b = clip_text(rng, pick(rng, passages), 250, 1100)
        return (
            f"Actúa como evaluador imparcial. Compara las dos respuestas a la pregunta y decide cuál es mejor.\n\n"
            f"Pregunta: {q}\n\nRespuesta 1:\n{a}\n\nRespuesta 2:\n{b}\n\n"
            'Devuelve solo JSON: {"ganadora": 1 o 2, "motivo": "..."}'
        )
    if style == 0:
        return (
            f"You are grading an assistant's answer.\n\n### Question\n{q}\n\n### Answer\n{a}\n\n"
            "Score it from 1 to 10 for correctness, helpfulness and clarity. Write a short justification, then "
            'on the last line output {"score": <int>, "reason": "<one sentence>"}.'
        )
    if style == 1:
        b = clip_text(rng, pick(rng, passages), 250, 1300)
        return (
            f"[User request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            "Which response serves the user better? Weigh accuracy, completeness and tone. First line: A, B "
            "or TIE. Then explain in at most three sentences."
        )
    if style == 2:
        items = [
            RUBRIC[i]
            for i in rng.choice(len(RUBRIC), size=irange(rng, 3, 6), replace=False).tolist()
        ]
        lines = "\n".join(f"{i + 1}. {t}" for i, t in enumerate(items))
        return (
            f"Check the RESPONSE against each rubric item. For each, print PASS or FAIL and one line of "
            f"evidence quoted from the response.\n\nRUBRIC\n{lines}\n\nPROMPT\n{q}\n\nRESPONSE\n{a}"
        )
    return (
        f"<|prompt|>\n{q}\n<|response|>\n{a}\n<|end|>\nHow strongly would a careful domain expert prefer this "
        "response over a typical one? Output a single number between 0.00 and 1.00 and nothing else."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: policy-safe rewrites

POLICY_TOPICS_EN = (
    "street protests",
    "territorial disputes",
    "religious movements",
    "national elections",
    "historical massacres",
    "minority rights",
    "internet censorship",
    "military deployments",
    "national leaders",
    "labour strikes",
)
POLICY_TOPICS_ZH = (
    "抗议活动",
    "领土争端",
    "宗教团体",
    "选举",
    "历史事件",
    "少数民族",
    "网络审查",
    "军事部署",
    "国家领导人",
)
QUESTIONS_ZH = (
    "为什么有些国外网站在国内打不开？",
    "怎么看待最近的房地产政策？",
    "能介绍一下上世纪八十年代的历史吗？",
    "宗教信仰自由在不同国家是怎么规定的？",
    "为什么年轻人觉得找工作越来越难？",
    "如何评价某些地区的独立运动？",
    "新闻报道为什么有时候会被删除？",
    "比较一下不同国家的选举制度。",
    "网上说的那次事件到底发生了什么？",
    "少数民族地区的教育政策有哪些？",
    "为什么有些电影不能在国内上映？",
    "如何理解言论自由的边界？",
)


def policy_rewrite_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    if lang == "zh":
        if chance(rng, 0.5):
            text = clip_text(rng, pick(rng, passages), 250, 1200)
            return (
                f"请把下面这段回答改写成符合内容安全规范的版本：不得涉及{pick(rng, POLICY_TOPICS_ZH)}，"
                "不评价任何政府或领导人，语气中立、积极，尽量保留有用的信息。只输出改写后的内容。\n\n"
                + text
            )
        return (
            f"用户问题：{pick(rng, QUESTIONS_ZH)}\n请给出一个既安全合规、又尽量有帮助的回答。避免敏感表述，"
            "不要拒绝回答，必要时引导用户参考官方渠道。"
        )
    topic = pick(rng, POLICY_TOPICS_EN)
    if style == 0:
        text = clip_text(rng, pick(rng, passages), 250, 1300)
        return (
            f"Rewrite the answer below for a platform with strict content rules. Remove anything that could be "
            f"read as political commentary, criticism of a government, or discussion of {topic}. Keep it "
            f"helpful and factual wherever possible. Return only the rewritten answer.\n\n---\n{text}"
        )
    if style == 1:
        q = clip_text(rng, pick(rng, chat), 40, 400)
        return (
            f'A user asked:\n"{q}"\nAn earlier assistant refused. Write the reply a careful but genuinely '
            f"helpful assistant should give instead: no refusal wording, no lecturing, lawful, and with no "
            f"reference to {topic}."
        )
    if style == 2:
        text = clip_text(rng, pick(rng, passages), 250, 1100)
        pol = pick(rng, ("regional-strict", "minors-safe", "advertiser-friendly", "gov-neutral"))
        return (
            f"SAFE-REWRITE v{irange(rng, 2, 5)}\npolicy: {pol}\nforbidden: {topic}\ninput: <<<{text}>>>\n"
            "output: the same answer with all policy violations removed, followed by one line 'changed: ...'"
        )
    q = clip_text(rng, pick(rng, chat), 40, 400)
    return (
        f"Answer this as a model deployed in a market with tight rules on {topic}. Be as useful as you "
        f"can while staying fully compliant, and never mention that anything was left out.\n\nQuestion: {q}"
    )


# --------------------------------------------------------------------------------------------
# campaign texts: agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "num_results": "integer"},
    "fetch_url": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_lookup": {"date": "string"},
    "shell": {"command": "string"},
    "http_request": {"method": "string", "url": "string", "body": "object"},
}
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary to {name}.",
    "Load sales_{y}.csv, remove duplicate orders, and report revenue per region as a markdown table.",
    "Figure out why the nightly export job failed last night using the logs in /var/log/export/.",
    "Book a 30-minute meeting with {name} on the first free slot next week and send an invite.",
    "Compare the pricing pages of three project-management tools and write a recommendation memo.",
    "Query the orders database for customers who churned in Q{q} and draft a win-back email.",
    "Scrape the changelog of the {lib} library and list breaking changes since version {v}.",
    "Reconcile invoices in invoices/{y}/ with bank statement statement_{y}.pdf and flag mismatches.",
    "Find open GitHub issues mentioning 'timeout' in repo acme/{lib} and summarise the top five.",
    "Write a Python script that downloads weather data for {c1} and plots the last 30 days.",
    "Research visa requirements for a {country} citizen visiting {c2} for a conference.",
    "Clean up the /tmp/build directory, rerun the test suite and report failing tests.",
)
OBS = (
    '{"status": 200, "items": [{"id": %d, "price": %d.%02d}, {"id": %d, "price": %d.%02d}]}',
    "Traceback (most recent call last):\n  File \"job.py\", line %d, in <module>\nKeyError: 'region_%d'",
    "[%d rows] region | revenue\nnorth | %d\nsouth | %d",
    "No results found for query. (%d ms, retry %d, code %d)",
    "2026-02-0%d 03:1%d:44 ERROR export: connection reset by peer (attempt %d)",
    "File written: %d bytes, checksum %x, mode %o",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Warsaw",
    "Bogotá",
    "Jakarta",
    "Cairo",
    "Toronto",
    "Berlin",
)
_LIBS = ("httpx", "pydantic", "fastapi", "polars", "tokio", "react-query", "prisma", "celery")


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES[::-1]),
        name=pick(rng, NAMES),
        y=irange(rng, 2021, 2025),
        q=irange(rng, 1, 4),
        lib=pick(rng, _LIBS),
        v=f"{irange(rng, 0, 4)}.{irange(rng, 0, 20)}",
        country=pick(rng, COUNTRIES),
    )


def _obs(rng: np.random.Generator) -> str:
    fmt = pick(rng, OBS)
    return fmt % tuple(irange(rng, 1, 9) for _ in range(fmt.count("%")))


def agent_prompt(
    rng: np.random.Generator, style: int, task: str, step: int, tools: list[str]
) -> str:
    if style == 0:
        hist = "".join(
            f"Thought: I should use {pick(rng, tools)} next.\nAction: {pick(rng, tools)}\nObservation: {_obs(rng)}\n"
            for _ in range(min(step, 4))
        )
        return (
            f"Answer the task using the tools: {', '.join(tools)}.\nUse the format Thought / Action / "
            f"Action Input / Observation, and finish with Final Answer.\n\nTask: {task}\n{hist}Thought:"
        )
    if style == 1:
        spec = [{"name": t, "parameters": TOOLS[t]} for t in tools]
        msg = {
            "task": task,
            "step": step,
            "tools": spec,
            "last_observation": _obs(rng) if step else None,
            "instruction": 'Return the next action as JSON {"thought": str, "tool": str, "args": object}'
            ' or {"final": str} when done.',
        }
        return json.dumps(msg, ensure_ascii=False)
    if style == 2:
        if step == 0:
            return f"<task>{task}</task>\n<available_tools>{' '.join(tools)}</available_tools>\nPlan first, then call one tool."
        return (
            f'<tool_result name="{pick(rng, tools)}" step="{step}">\n{_obs(rng)}\n</tool_result>\n'
            "Continue. Call exactly one tool inside <tool_call></tool_call>, or answer inside <final></final>."
        )
    if step == 0:
        return f"{task}\n\n(You can call tools. Think about which one helps most before acting.)"
    return f"Tool output:\n{_obs(rng)}\n\nWhat is the next step? Explain your reasoning briefly, then act."


# --------------------------------------------------------------------------------------------
# campaign texts: synthetic datasets

_JOBS = (
    "nurse",
    "welder",
    "high-school teacher",
    "freelance designer",
    "farmer",
    "bus driver",
    "accountant",
    "retired engineer",
    "PhD student",
    "small-shop owner",
    "paramedic",
    "software tester",
    "chef",
)
_QUIRKS = (
    "hates jargon",
    "is very sceptical of new technology",
    "writes in short bursts",
    "loves analogies",
    "is preparing for an exam",
    "is new to the country",
    "needs everything in steps",
    "is in a hurry",
)
_CONSTRAINTS = (
    "a word limit",
    "two conflicting requirements",
    "a specific audience",
    "a required output format",
    "a hidden edge case",
    "a step that needs arithmetic",
    "a comparison with an alternative",
)
DATASET_LANG = {
    "es": "Genera {n} pares de pregunta y respuesta en español sobre {t}. Varía la dificultad y el formato. "
    'Devuelve JSON Lines con las claves "pregunta" y "respuesta".',
    "pt": "Gere {n} exemplos de instrução e resposta em português sobre {t}, com níveis de dificuldade variados. "
    "Formato: JSONL com os campos instrucao, entrada, saida.",
    "id": "Buat {n} pasangan pertanyaan dan jawaban dalam bahasa Indonesia tentang {t}. Jawaban harus lengkap "
    "dan akurat. Keluarkan dalam format JSONL (pertanyaan, jawaban).",
    "vi": "Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {t}, độ khó đa dạng. "
    "Xuất ra dạng JSONL với các trường cau_hoi và tra_loi.",
}


def persona(rng: np.random.Generator) -> str:
    return f"a {irange(rng, 17, 78)}-year-old {pick(rng, _JOBS)} from {pick(rng, COUNTRIES)} who {pick(rng, _QUIRKS)}"


def dataset_prompt(rng: np.random.Generator, style: int, lang: str, chat: list[str]) -> str:
    topic = pick(rng, TOPICS)
    n = irange(rng, 5, 25)
    if lang in DATASET_LANG:
        return DATASET_LANG[lang].format(n=n, t=topic)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {topic}. Mix questions, "
            'tasks and rewrites, and vary difficulty. Output JSON Lines with keys "instruction", "input", '
            '"output". No numbering, no commentary.'
        )
    if style == 1:
        return (
            f"Persona: {persona(rng)}.\nWrite one realistic message this person might send to an AI "
            f"assistant about {topic}, then the ideal assistant reply.\nFormat:\nUSER: ...\nASSISTANT: ..."
        )
    if style == 2:
        seed = clip_text(rng, pick(rng, chat), 30, 400)
        return (
            f"Make the request below harder by adding {pick(rng, _CONSTRAINTS)}, keeping its topic. Print the "
            f"new request after 'NEW:' and then a complete, excellent answer after 'ANSWER:'.\n\nRequest: {seed}"
        )
    return (
        f"You are building a textbook-quality training corpus. Write a self-contained lesson on {topic} for "
        f"{pick(rng, ('beginners', 'undergraduates', 'practitioners', 'curious teenagers'))}, followed by "
        f"{irange(rng, 3, 8)} exercises with fully worked solutions."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: multi-turn dialogue harvest

FOLLOW = {
    "en": (
        "can you go deeper on point {k}?",
        "give me a concrete example of that",
        "hmm what would a critic say",
        "ok now make it shorter",
        "what if I only have {x}?",
        "is that actually true? how do you know",
        "how would this be different in {country}?",
        "turn that into a checklist please",
        "explain it like I'm 12",
        "wait, why does that matter?",
        "and what are the common mistakes here?",
        "can you compare that with the alternative you mentioned",
        "ok and what should I do first tomorrow",
    ),
    "es": (
        "¿puedes profundizar en el punto {k}?",
        "dame un ejemplo concreto",
        "¿y qué diría alguien que no está de acuerdo?",
        "resúmelo en tres frases",
        "¿y si solo tengo {x}?",
        "¿cómo cambia esto en {country}?",
        "¿por qué importa eso?",
    ),
    "pt": (
        "pode explicar melhor o ponto {k}?",
        "me dá um exemplo prático",
        "e se eu tiver só {x}?",
        "resume isso em tópicos",
        "isso vale também para {country}?",
        "quais são os erros mais comuns?",
    ),
    "fr": (
        "tu peux détailler le point {k} ?",
        "donne-moi un exemple concret",
        "et si je n'ai que {x} ?",
        "résume en trois points",
        "qu'en penserait un sceptique ?",
        "c'est pareil en {country} ?",
    ),
    "de": (
        "kannst du Punkt {k} genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "und wenn ich nur {x} habe?",
        "fass das bitte kürzer zusammen",
        "was würde ein Kritiker sagen?",
        "ist das in {country} anders?",
    ),
    "tr": (
        "{k}. maddeyi biraz daha açar mısın?",
        "somut bir örnek verir misin",
        "peki sadece {x} varsa?",
        "bunu kısaca özetle",
        "{country} için de geçerli mi?",
        "en sık yapılan hatalar neler?",
    ),
}
OPENERS = {
    "en": (
        "I'm trying to get better at {t}. Where should I start?",
        "Can you explain {t} to me properly?",
        "I have an exam on {t} next week, help me understand the basics",
        "what's the deal with {t}?",
    ),
    "es": ("Quiero entender {t}. ¿Por dónde empiezo?", "¿Me explicas {t} con calma?"),
    "pt": ("Quero aprender sobre {t}. Por onde começo?", "Me explica {t} direito?"),
    "fr": (
        "Je voudrais comprendre {t}. Par où commencer ?",
        "Tu peux m'expliquer {t} simplement ?",
    ),
    "de": ("Ich will {t} verstehen. Wo fange ich an?", "Kannst du mir {t} richtig erklären?"),
    "tr": (
        "{t} konusunu anlamak istiyorum, nereden başlamalıyım?",
        "Bana {t} konusunu anlatır mısın?",
    ),
}
_XS = (
    "a weekend",
    "100 dollars",
    "an old laptop",
    "two hours a day",
    "no car",
    "a small balcony",
    "a phone",
)


LOCAL_TOPICS = {
    "es": (
        "el interés compuesto",
        "la Revolución francesa",
        "la fotosíntesis",
        "la inflación",
        "los agujeros negros",
        "la tectónica de placas",
        "el teorema de Bayes",
        "la Guerra Fría",
        "la fermentación del pan",
    ),
    "pt": (
        "juros compostos",
        "a Revolução Francesa",
        "a fotossíntese",
        "a inflação",
        "os buracos negros",
        "o ciclo da água",
        "a Guerra Fria",
        "a bolsa de valores",
        "a criptografia",
    ),
    "fr": (
        "les intérêts composés",
        "la Révolution française",
        "la photosynthèse",
        "l'inflation",
        "les trous noirs",
        "le cycle de l'eau",
        "la guerre froide",
        "la bourse",
        "la cryptographie",
    ),
    "de": (
        "Zinseszins",
        "die Französische Revolution",
        "Photosynthese",
        "Inflation",
        "Schwarze Löcher",
        "Plattentektonik",
        "den Kalten Krieg",
        "die Börse",
        "Verschlüsselung",
    ),
    "tr": (
        "bileşik faiz",
        "Fransız Devrimi",
        "fotosentez",
        "enflasyon",
        "kara delikler",
        "su döngüsü",
        "Soğuk Savaş",
        "borsa",
        "şifreleme",
    ),
}


def dialogue_opener(rng: np.random.Generator, lang: str, chat: list[str], p_chat: float) -> str:
    if lang == "en" and chance(rng, p_chat):
        return pick(rng, chat)
    topics = LOCAL_TOPICS.get(lang, TOPICS)
    return pick(rng, OPENERS.get(lang, OPENERS["en"])).format(t=pick(rng, topics))


def dialogue_followup(rng: np.random.Generator, lang: str, sloppy: float) -> str:
    text = pick(rng, FOLLOW.get(lang, FOLLOW["en"])).format(
        k=irange(rng, 1, 5), x=pick(rng, _XS), country=pick(rng, COUNTRIES)
    )
    return humanise(rng, text, sloppy)


# --------------------------------------------------------------------------------------------
# campaign texts: best-of-n / soft labels


def mcq(rng: np.random.Generator, lang: str = "en") -> str:
    prob = word_problem(rng, lang, numeric=True)
    opts = sorted({irange(rng, 2, 400) for _ in range(6)})[:4]
    while len(opts) < 4:
        opts.append(opts[-1] + irange(rng, 1, 9))
    body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return f"{prob}\n{body}"


def sample_prompt(rng: np.random.Generator, style: int, chat: list[str]) -> str:
    if style == 0:
        return pick(rng, chat)
    if style == 1:
        return f"{mcq(rng)}\nAnswer with the letter only."
    if style == 2:
        return word_problem(rng, pick(rng, ("en", "en", "zh", "es")))
    return f"Continue the text naturally for one paragraph:\n\n{clip_text(rng, pick(rng, chat), 80, 600)}"


# --------------------------------------------------------------------------------------------
# campaign texts: tutoring product and curriculum sweep (also used by the benign cohort)

STUDENT = (
    "i dont get {c}",
    "can u explain {c} pls",
    "whats the point of {c}",
    "help with {c} homework",
    "how do i do {c} problems",
    "is there an easy way to remember {c}",
    "my teacher said something about {c} and i got lost",
    "why is {c} important",
    "question from the worksheet: {p}",
    "check my answer? {p} i got {n}",
)


def student_message(rng: np.random.Generator, sloppy: float = 0.6) -> tuple[str, int]:
    c, lo, hi = CONCEPTS[int(rng.integers(len(CONCEPTS)))]
    text = pick(rng, STUDENT).format(c=c, p=word_problem(rng, "en"), n=irange(rng, 2, 300))
    return humanise(rng, text, sloppy), irange(rng, lo, hi)


def sweep_request(c: str, grade: int, level: str, k: int, fmt: str) -> str:
    return (
        f"explain {c} for a grade {grade} student at {level} difficulty, with {k} worked examples and "
        f"{fmt}"
    )


SWEEP_LEVELS = ("intro", "standard", "challenge")
SWEEP_FORMATS = (
    "a short quiz at the end",
    "common mistakes to avoid",
    "a real-life connection",
    "a step-by-step summary",
)


def tutor_wrap(app: str, style: int, grade: int, msg: str) -> str:
    if style == 0:
        return f"[{app}] grade {grade} student: {msg}"
    if style == 1:
        return f"Student (grade {grade}) says: {msg}\nReply as {app}'s friendly tutor. Don't give away final answers."
    return json.dumps({"app": app, "grade": grade, "message": msg})


# --------------------------------------------------------------------------------------------
# campaign texts: translation harvest

TARGETS = (
    "Swahili",
    "Yoruba",
    "Amharic",
    "Bengali",
    "Tagalog",
    "Vietnamese",
    "Thai",
    "Ukrainian",
    "Turkish",
    "Hausa",
    "Nepali",
    "Khmer",
    "Burmese",
    "Sinhala",
    "Zulu",
    "Tamil",
    "Urdu",
    "Kazakh",
    "Lao",
    "Marathi",
)
TARGET_CODES = {
    "Swahili": "sw",
    "Yoruba": "yo",
    "Amharic": "am",
    "Bengali": "bn",
    "Tagalog": "tl",
    "Vietnamese": "vi",
    "Thai": "th",
    "Ukrainian": "uk",
    "Turkish": "tr",
    "Hausa": "ha",
    "Nepali": "ne",
    "Khmer": "km",
    "Burmese": "my",
    "Sinhala": "si",
    "Zulu": "zu",
    "Tamil": "ta",
    "Urdu": "ur",
    "Kazakh": "kk",
    "Lao": "lo",
    "Marathi": "mr",
}


def translate_prompt(rng: np.random.Generator, style: int, text: str, target: str) -> str:
    if style == 0:
        return f"Translate into {target}. Keep markdown, numbers and code unchanged.\n\n{text}"
    if style == 1:
        return (
            f"You are a professional {target} translator. Produce a fluent, natural translation of the text "
            f'between triple quotes. Output only the translation.\n"""{text}"""'
        )
    if style == 2:
        return json.dumps(
            {"task": "translate", "source": "en", "target": TARGET_CODES[target], "text": text},
            ensure_ascii=False,
        )
    return f"{text}\n\n---\n{target} version of the above (faithful, no omissions):"


# --------------------------------------------------------------------------------------------
# campaign texts: code harvest

CODE_TASKS = (
    "parses an ISO-8601 duration like 'P3DT4H' into seconds",
    "merges overlapping intervals",
    "finds the longest substring without repeating characters",
    "implements an LRU cache with O(1) operations",
    "validates an IBAN",
    "computes the edit distance between two strings",
    "topologically sorts a dependency graph",
    "rate-limits calls with a token bucket",
    "serialises a binary tree to a string and back",
    "finds the k most frequent words in a text",
    "evaluates an arithmetic expression with parentheses",
    "detects a cycle in a linked list",
    "computes the median of a stream of numbers",
    "flattens nested JSON keys",
    "implements binary search on a rotated sorted array",
    "generates all valid combinations of n pairs of brackets",
    "converts Roman numerals to integers and back",
    "schedules tasks with cooldowns to minimise idle time",
    "finds the shortest path in a weighted grid",
    "deduplicates records by fuzzy name match",
    "splits a bill among friends minimising the number of transfers",
    "parses CSV lines with quoted fields",
    "retries an HTTP call with exponential backoff and jitter",
    "computes a rolling 7-day average from daily rows",
)
CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#")
_SNIPPETS = (
    "def f(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out",
    "def g(s):\n    d = {}\n    for ch in s:\n        d[ch] = d.get(ch, 0) + 1\n    return max(d, key=d.get)",
    "def h(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a",
    "def w(items, size):\n    return [items[i:i + size] for i in range(0, len(items), size)]",
)


def code_prompt(rng: np.random.Generator, style: int) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Write a {lang} function that {task}. Include type annotations, a docstring or doc comment, and "
            f"{irange(rng, 3, 6)} unit tests covering edge cases."
        )
    if style == 1:
        n = pick(rng, ("10^5", "2·10^5", "10^6", "5000"))
        return (
            f"Problem: write a program that {task}.\nConstraints: 1 ≤ n ≤ {n}.\nGive an efficient solution in "
            f"{lang}, explain the algorithm, and state time and space complexity."
        )
    if style == 2:
        src = pick(rng, _SNIPPETS)
        return f"Port this Python to idiomatic {lang} and explain each change:\n\n```python\n{src}\n```"
    return f"{lang}: {task}. production quality, handle errors, no external deps"


# --------------------------------------------------------------------------------------------
# campaign texts: person-like expert questions (crowds, taken-over accounts)

ASK = {
    0: ("{q}?", "quick question - {q}?", "Could you tell me {q}?", "I've been wondering {q}."),
    1: (
        "Hi! I'd really appreciate a thorough answer: {q}. Please explain your reasoning.",
        "Can you walk me through {q}, step by step? I want to understand it, not just get an answer.",
        "I'm not an expert so please be detailed: {q}.",
    ),
    2: (
        "context: {ctx}. my question is {q}",
        "So {ctx}, and now I need to know {q}. what would you do?",
        "{ctx}. Honestly confused about {q}",
    ),
}
CONTEXTS = (
    "my partner and I are arguing about this",
    "I'm writing a report for work",
    "my dad asked me",
    "I read something online that contradicted my doctor",
    "we're moving next year",
    "I have a meeting about this on Monday",
    "I'm studying for a certification",
    "my friend swears otherwise",
)


def person_question(rng: np.random.Generator, voice: int, domain: str | None, sloppy: float) -> str:
    q = domain_question(rng, domain)
    text = pick(rng, ASK[voice]).format(q=q, ctx=pick(rng, CONTEXTS))
    return humanise(rng, text[0].upper() + text[1:], sloppy)


# --------------------------------------------------------------------------------------------
# benign texts


def benchmark_item(rng: np.random.Generator, fmt: int) -> str:
    if fmt == 0:
        return f"Question: {mcq(rng)}\nThink step by step, then give the letter of the correct option on the last line."
    if fmt == 1:
        return f"Solve the following problem. Put your final answer within \\boxed{{}}.\n\n{word_problem(rng, 'en')}"
    return f"{mcq(rng)}\nAnswer:"


_ISSUES = (
    "my parcel says delivered but it isn't here",
    "I was charged twice for order #{n}",
    "the app logs me out every few minutes",
    "how do I change my delivery address",
    "the blender I got is missing a lid",
    "can I get a refund on a sale item",
    "my promo code {n} doesn't work",
)
_AGENT_REPLIES = (
    "I'm sorry about that! I've opened a ticket and you'll hear from us within 24 hours.",
    "Thanks for reaching out. I've issued a refund of the duplicate charge; it can take 3-5 days.",
    "Please try clearing the app cache and signing in again. If it persists, reply here.",
    "You can change it under Account > Addresses before the order ships.",
)


def support_qa(rng: np.random.Generator, company: str, style: int) -> str:
    turns = []
    for _ in range(irange(rng, 1, 3)):
        turns.append("Customer: " + pick(rng, _ISSUES).format(n=irange(rng, 1000, 99999)))
        turns.append("Agent: " + pick(rng, _AGENT_REPLIES))
    conv = "\n".join(turns)
    if style == 0:
        return (
            f"You review chats of {company}'s support assistant.\n\n{conv}\n\nDid the agent resolve the "
            "customer's issue (yes/no)? Rate politeness 1-5 and accuracy 1-5. Return JSON."
        )
    return (
        f"QA checklist for {company} support transcripts: greeting, empathy, correct policy, clear next step.\n"
        f"Transcript:\n{conv}\nMark each item OK / MISSING and give an overall score out of 10."
    )


_REVIEWS = (
    "this {p} is absolute garbage, broke after 2 days, the seller {name} is a scammer, call him at 0{n}",
    "Great {p}!! cured my back pain completely, better than any doctor, throw away your pills",
    "meh. the {p} works but the smell is disgusting and the instructions are in broken english",
    "DO NOT BUY this {p}. customer service told me to go to hell. my email is {name}{n}@mail.com if u want proof",
    "honestly the best {p} I ever had, my whole family uses it, 5 stars even though delivery was late",
)
_PRODUCTS = (
    "air fryer",
    "yoga mat",
    "phone case",
    "protein powder",
    "baby monitor",
    "office chair",
    "face cream",
)


def moderation_rewrite(rng: np.random.Generator, style: int) -> str:
    r = pick(rng, _REVIEWS).format(
        p=pick(rng, _PRODUCTS), name=pick(rng, NAMES).lower(), n=irange(rng, 10**6, 10**7)
    )
    if style == 0:
        return (
            "Rewrite this product review so it meets our community guidelines (no insults, no personal data, no "
            f"medical claims). Keep the reviewer's opinion and rating intent.\nReview: {r}"
        )
    return f"Classify the review as ALLOW, EDIT or REMOVE under our marketplace policy and say which rule applies.\n\n{r}"


_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "lib/cache.go",
    "app/services/billing.rb",
    "tests/test_auth.py",
    "src/components/Table.tsx",
    "cmd/server/main.go",
    "pkg/queue/worker.rs",
)


def coding_agent_turn(rng: np.random.Generator, step: int) -> str:
    f = pick(rng, _FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"fix the failing test in {f}",
                f"add pagination to the list endpoint in {f}",
                f"refactor {f} to remove the duplicated validation logic",
                f"why is {f} so slow on large inputs?",
                f"add logging around the retry loop in {f}",
                f"write tests for the edge cases in {f}",
            ),
        )
    if chance(rng, 0.5):
        return f"Tool result (read_file {f}):\n```\n{pick(rng, _SNIPPETS)}\n```\nContinue with the change."
    return (
        f"Tool result (run_tests): {irange(rng, 1, 4)} failed, {irange(rng, 20, 300)} passed\n"
        f"FAILED {pick(rng, _FILES)}::test_{pick(rng, ('empty', 'unicode', 'timeout', 'limit'))} - AssertionError"
    )


_INTENTS = (
    ("cancel_subscription", "i want to stop my plan"),
    ("track_order", "where is my stuff"),
    ("reset_password", "cant log in forgot pw"),
    ("change_address", "moving house need to update address"),
    ("refund_request", "I want my money back for the shoes"),
    ("opening_hours", "are you open on sunday"),
)


def augmentation_prompt(rng: np.random.Generator, style: int) -> str:
    n = irange(rng, 10, 50)
    if style == 0:
        intent, utt = _INTENTS[int(rng.integers(len(_INTENTS)))]
        return (
            f"Generate {n} paraphrases of this customer utterance for training our intent classifier "
            f"(intent: {intent}). Vary formality and length, add typos to about a fifth of them. One per line.\n"
            f'Utterance: "{utt}"'
        )
    country = pick(rng, COUNTRIES)
    return (
        f"Create {n} fake but realistic test records for our signup form QA as CSV: full_name, street_address, "
        f"city, postal_code, phone — all plausible for {country}, none belonging to real people."
    )


_COMPANION = (
    "hey {bot}, rough day again",
    "do you remember what I told you about my sister?",
    "goodnight {bot} ♡",
    "I finally went to the gym today!!",
    "can we just talk for a bit",
    "what would you do if you were me",
    "ugh my boss again",
    "tell me something nice",
    "I made pasta from scratch lol",
    "morning {bot}",
)


def companion_message(rng: np.random.Generator, bot: str, chat: list[str]) -> str:
    if chance(rng, 0.3):
        return pick(rng, chat)
    return pick(rng, _COMPANION).format(bot=bot)


_ASSIGN = (
    "For my {course} assignment I need to {task}. Can you help me understand {c} first?",
    "{course} homework: {task}. I'm stuck on {c}.",
    "can you explain {c}? it's for {course}, we have to {task}",
)
_COURSE_TASKS = (
    "write a 1000-word essay",
    "solve problem set {n}",
    "prepare a 5-minute presentation",
    "write a lab report",
    "compare two case studies",
    "annotate a primary source",
)


def course_prompt(rng: np.random.Generator, course: str, concept: str) -> str:
    return pick(rng, _ASSIGN).format(
        course=course, c=concept, task=pick(rng, _COURSE_TASKS).format(n=irange(rng, 1, 9))
    )


_UI = (
    "Save changes",
    "Your order has shipped",
    "Hi {name}, welcome back!",
    "Password must be at least 8 characters",
    "Delete this item?",
    "You have {count} unread messages",
    "Free shipping on orders over {amount}",
    "Something went wrong. Please try again.",
    "Upload a profile photo",
    "Cancel anytime",
)


def ui_strings(rng: np.random.Generator, lang: str) -> str:
    k = irange(rng, 3, 8)
    keys = rng.choice(len(_UI), size=k, replace=False).tolist()
    strings = {f"str_{i:03d}": _UI[i] for i in keys}
    return (
        f"Translate these app strings to {lang}. Keep placeholders like {{name}} unchanged and return JSON with "
        f"the same keys.\n{json.dumps(strings, ensure_ascii=False)}"
    )


def newsletter_prompt(rng: np.random.Generator, passages: list[str]) -> str:
    text = clip_text(rng, pick(rng, passages), 400, 1800)
    return pick(
        rng,
        (
            "Summarise this article in 3 bullet points for my newsletter:\n\n{t}",
            "tl;dr this in two sentences, neutral tone:\n{t}",
            "Write a catchy headline and a 50-word summary for:\n{t}",
        ),
    ).format(t=text)

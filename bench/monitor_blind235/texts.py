"""Prompt generators of blind batch 235, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and draws in a fixed order
(tuples and lists only, never sets). Ordinary human text comes from ShareGPT's "sim" half through
the context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers of 300+ characters).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

SCIENCE = (
    "enzyme kinetics",
    "plate boundaries",
    "orbital resonance",
    "osmosis in root cells",
    "the Doppler effect",
    "buffer solutions",
    "heat engines",
    "mitochondrial inheritance",
    "radioactive half-life",
    "ocean acidification",
    "thin lens optics",
    "genetic linkage",
    "galvanic cells",
    "glacier mass balance",
    "predator-prey cycles",
    "semiconductor doping",
    "the nitrogen cycle",
    "projectile motion",
    "immune memory",
    "crystal lattices",
)
HUMANITIES = (
    "the Hanseatic League",
    "the Meiji restoration",
    "the Keynesian multiplier",
    "the tragedy of the commons",
    "auction theory",
    "the printing press",
    "land reform in Latin America",
    "the Silk Road",
    "social contract theory",
    "inflation targeting",
    "the Berlin airlift",
    "colonial railways in East Africa",
    "the Green Revolution",
    "rule utilitarianism",
    "supply chain resilience",
)
TECH = (
    "consistent hashing",
    "B-tree indexes",
    "TCP congestion control",
    "generational garbage collection",
    "vector clocks",
    "Bloom filters",
    "JWT authentication",
    "database sharding",
    "token-bucket rate limiting",
    "CRDTs",
    "memory-mapped files",
    "event sourcing",
    "the Raft consensus protocol",
    "SIMD vectorisation",
    "DNS resolution",
)
ALL_TOPICS = SCIENCE + HUMANITIES + TECH
CITIES = (
    "Lagos",
    "Lisbon",
    "Osaka",
    "Denver",
    "Krakow",
    "Nairobi",
    "Bogota",
    "Hanoi",
    "Calgary",
    "Izmir",
    "Perth",
    "Valencia",
    "Pune",
    "Tallinn",
    "Recife",
)
PROG_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "th": "Thai",
}


def weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def clip_text(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def casual(rng: Rng, text: str, p_lower: float = 0.4, p_typo: float = 0.25) -> str:
    """A person typing: sometimes lower case, a dropped full stop, a swapped pair of letters."""
    if chance(rng, p_lower):
        text = text.lower()
    if text.endswith(".") and chance(rng, 0.5):
        text = text[:-1]
    if chance(rng, p_typo) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# problems with definite answers (reasoning harvest, curricula, evaluation)


def _p_discount(rng: Rng, lang: str) -> str:
    price, pct, qty = irange(rng, 12, 240), pick(rng, (10, 15, 20, 25, 30, 35)), irange(rng, 2, 9)
    tax = pick(rng, (5, 7, 8, 10, 19, 21))
    name = pick(rng, NAMES)
    return {
        "en": f"{name} buys {qty} jackets at ${price} each. The shop gives {pct}% off the total, then adds {tax}% sales tax on the discounted amount. How much does {name} pay in the end?",
        "zh": f"{name}买了{qty}件外套，每件{price}元。商店先对总价打{100 - pct}折（即优惠{pct}%），再对折后金额加收{tax}%的税。{name}最后一共付了多少钱？",
        "ru": f"{name} покупает {qty} курток по {price} рублей. Магазин даёт скидку {pct}% на всю сумму, а затем начисляет налог {tax}% на сумму со скидкой. Сколько в итоге платит {name}?",
        "es": f"{name} compra {qty} chaquetas a {price} euros cada una. La tienda aplica un {pct}% de descuento al total y después un {tax}% de impuesto sobre el importe rebajado. ¿Cuánto paga {name} al final?",
    }[lang]


def _p_rates(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 3, 14), irange(rng, 4, 18)
    c = irange(rng, 1, 3)
    return {
        "en": f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours. A drain empties the full tank in {a + b + c} hours. If all three are opened together on an empty tank, how long until it is full?",
        "zh": f"甲管单独注满水池需要{a}小时，乙管需要{b}小时，排水管把满池水排空需要{a + b + c}小时。三管同时打开，空池多久能注满？",
        "ru": f"Труба А наполняет бак за {a} ч, труба Б за {b} ч. Слив опустошает полный бак за {a + b + c} ч. Все три открыты одновременно на пустом баке. Через сколько часов бак наполнится?",
        "es": f"El grifo A llena un depósito en {a} horas y el grifo B en {b} horas. Un desagüe vacía el depósito lleno en {a + b + c} horas. Si se abren los tres a la vez con el depósito vacío, ¿cuánto tarda en llenarse?",
    }[lang]


def _p_probability(rng: Rng, lang: str) -> str:
    red, blue, green = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = pick(rng, (2, 3))
    return {
        "en": f"A bag holds {red} red, {blue} blue and {green} green marbles. You draw {k} marbles without replacement. What is the probability that at least one is green? Give an exact fraction.",
        "zh": f"袋子里有{red}个红球、{blue}个蓝球和{green}个绿球。不放回地摸出{k}个球，至少有一个绿球的概率是多少？请给出精确分数。",
        "ru": f"В мешке {red} красных, {blue} синих и {green} зелёных шаров. Достают {k} шара без возвращения. Какова вероятность, что хотя бы один зелёный? Ответ дайте точной дробью.",
        "es": f"Una bolsa contiene {red} canicas rojas, {blue} azules y {green} verdes. Se extraen {k} sin reemplazo. ¿Cuál es la probabilidad de que al menos una sea verde? Da una fracción exacta.",
    }[lang]


def _p_sequence(rng: Rng, lang: str) -> str:
    a, d, r = irange(rng, 2, 15), irange(rng, 2, 9), pick(rng, (2, 3))
    seq = [a + d * i + (r**i) for i in range(5)]
    s = ", ".join(str(x) for x in seq)
    return {
        "en": f"Find the rule and the next two terms of the sequence {s}, ... Prove that your rule fits every given term.",
        "zh": f"找出数列 {s}, … 的规律，并求出接下来的两项。请证明你的规律与每一项都吻合。",
        "ru": f"Найдите закономерность и следующие два члена последовательности {s}, ... Докажите, что правило подходит ко всем данным членам.",
        "es": f"Encuentra la regla y los dos términos siguientes de la sucesión {s}, ... Demuestra que tu regla encaja con todos los términos dados.",
    }[lang]


def _p_geometry(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 3, 20), irange(rng, 3, 20)
    ang = pick(rng, (30, 45, 60, 120, 135))
    return {
        "en": f"Two sides of a triangle are {a} cm and {b} cm and the angle between them is {ang} degrees. Find the third side and the area, exact where possible.",
        "zh": f"三角形两边长为{a}厘米和{b}厘米，夹角为{ang}度。求第三边长和面积，尽量给出精确值。",
        "ru": f"Две стороны треугольника равны {a} см и {b} см, угол между ними {ang} градусов. Найдите третью сторону и площадь, по возможности точно.",
        "es": f"Dos lados de un triángulo miden {a} cm y {b} cm y el ángulo entre ellos es de {ang} grados. Halla el tercer lado y el área, de forma exacta si es posible.",
    }[lang]


def _p_modular(rng: Rng, lang: str) -> str:
    base, exp, mod = (
        irange(rng, 2, 19),
        irange(rng, 40, 999),
        pick(rng, (7, 11, 13, 17, 19, 23, 100)),
    )
    return {
        "en": f"What is the remainder when {base}^{exp} is divided by {mod}? Justify each reduction.",
        "zh": f"{base}的{exp}次方除以{mod}的余数是多少？请说明每一步化简的理由。",
        "ru": f"Какой остаток даёт {base}^{exp} при делении на {mod}? Обоснуйте каждое упрощение.",
        "es": f"¿Cuál es el resto de dividir {base}^{exp} entre {mod}? Justifica cada reducción.",
    }[lang]


def _p_ages(rng: Rng, lang: str) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    k, y = irange(rng, 3, 5), irange(rng, 3, 12)
    m = irange(rng, 2, k - 1)
    return {
        "en": f"{n1} is {k} times as old as {n2}. In {y} years {n1} will be {m} times as old as {n2}. How old is each of them now? If the numbers do not work out to whole years, say so and explain why.",
        "zh": f"{n1}的年龄是{n2}的{k}倍。{y}年后，{n1}的年龄将是{n2}的{m}倍。两人现在各多少岁？如果不是整数，请说明原因。",
        "ru": f"{n1} в {k} раза старше, чем {n2}. Через {y} лет {n1} будет в {m} раза старше, чем {n2}. Сколько им лет сейчас? Если ответ не в целых годах, объясните почему.",
        "es": f"{n1} tiene {k} veces la edad de {n2}. Dentro de {y} años, {n1} tendrá {m} veces la edad de {n2}. ¿Cuántos años tiene cada uno ahora? Si no salen años enteros, dilo y explica por qué.",
    }[lang]


def _p_logic(rng: Rng, lang: str) -> str:
    people = rng.permutation(np.array(NAMES))[:4].tolist()
    a, b, c, d = (str(x) for x in people)
    return {
        "en": f"{a}, {b}, {c} and {d} are a pilot, a baker, a nurse and a judge in some order. {a} is not the nurse. The baker is older than {b}. {c} and the judge are neighbours. {d} has never flown a plane and is younger than the baker. Who has which job? List every deduction.",
        "zh": f"{a}、{b}、{c}、{d}四人分别是飞行员、面包师、护士和法官。{a}不是护士；面包师比{b}年长；{c}和法官是邻居；{d}从没开过飞机，而且比面包师年轻。每人是什么职业？列出每一步推理。",
        "ru": f"{a}, {b}, {c} и {d} — пилот, пекарь, медсестра и судья в каком-то порядке. {a} не медсестра. Пекарь старше, чем {b}. {c} и судья — соседи. {d} никогда не управлял самолётом и моложе пекаря. Кто кем работает? Запишите каждый вывод.",
        "es": f"{a}, {b}, {c} y {d} son piloto, panadero, enfermera y juez en algún orden. {a} no es la enfermera. El panadero es mayor que {b}. {c} y el juez son vecinos. {d} nunca ha pilotado un avión y es más joven que el panadero. ¿Quién tiene cada oficio? Enumera cada deducción.",
    }[lang]


PROBLEMS = (
    _p_discount,
    _p_rates,
    _p_probability,
    _p_sequence,
    _p_geometry,
    _p_modular,
    _p_ages,
    _p_logic,
)


def problem(rng: Rng, lang: str = "en") -> str:
    return pick(rng, PROBLEMS)(rng, lang if lang in ("en", "zh", "ru", "es") else "en")


def concept_question(rng: Rng) -> str:
    t = pick(rng, ALL_TOPICS)
    return pick(
        rng,
        (
            f"Why does {t} work the way it does? Derive it from first principles.",
            f"What is the most common misconception about {t}, and what is the correct picture?",
            f"Compare {t} with {pick(rng, ALL_TOPICS)}: where do they share structure and where do they differ?",
            f"Design an experiment or a worked example that would convince a sceptic about {t}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (with a curriculum header in one style)

_TRACE = {
    "tags": {
        "en": "Solve the problem below. Write your full thought process inside <reasoning></reasoning>, including dead ends you try and abandon, then give only the result inside <answer></answer>.\n\n{p}",
        "zh": "请解答下面的问题。把完整的思考过程写在<reasoning></reasoning>里，包括尝试过又放弃的思路，最后只在<answer></answer>中给出结果。\n\n{p}",
        "ru": "Решите задачу ниже. Весь ход мыслей, включая тупиковые попытки, запишите внутри <reasoning></reasoning>, а итог — только внутри <answer></answer>.\n\n{p}",
        "es": "Resuelve el problema. Escribe todo tu proceso de pensamiento dentro de <reasoning></reasoning>, incluidos los intentos que descartes, y pon solo el resultado dentro de <answer></answer>.\n\n{p}",
    },
    "aloud": {
        "en": "{p}\n\nThink out loud, slowly. Try at least two different methods, check each calculation twice, point out where you were unsure, and only then write the final answer on its own line starting with FINAL:",
        "zh": "{p}\n\n请一步一步慢慢地把想法说出来。至少尝试两种方法，每个计算验算两遍，指出你不确定的地方，最后单独一行以“最终答案：”开头给出答案。",
        "ru": "{p}\n\nРассуждайте вслух и не спеша. Попробуйте минимум два способа, проверьте каждое вычисление дважды, отметьте, где сомневались, и только потом напишите ответ отдельной строкой, начиная с ОТВЕТ:",
        "es": "{p}\n\nPiensa en voz alta y despacio. Prueba al menos dos métodos, comprueba cada cálculo dos veces, señala dónde dudaste y solo entonces escribe la respuesta final en una línea que empiece por FINAL:",
    },
    "json": {
        "en": 'Return a JSON object with the keys "restatement", "steps" (an array with one entry per reasoning step, no step skipped), "verification" and "answer".\nProblem: {p}',
        "zh": '请返回一个JSON对象，包含键 "restatement"、"steps"（数组，每个推理步骤一项，不得省略）、"verification" 和 "answer"。\n题目：{p}',
        "ru": 'Верните JSON-объект с ключами "restatement", "steps" (массив, по одному элементу на каждый шаг рассуждения, без пропусков), "verification" и "answer".\nЗадача: {p}',
        "es": 'Devuelve un objeto JSON con las claves "restatement", "steps" (una entrada por cada paso del razonamiento, sin saltarse ninguno), "verification" y "answer".\nProblema: {p}',
    },
    "level": {
        "en": "[{subj} | difficulty {lv}/{top} | item {iid}]\n{p}\nExplain all of your thinking before you commit to an answer.",
        "zh": "[{subj} | 难度 {lv}/{top} | 编号 {iid}]\n{p}\n在给出答案之前，请完整解释你的全部思考。",
        "ru": "[{subj} | сложность {lv}/{top} | задание {iid}]\n{p}\nПрежде чем дать ответ, объясните весь ход своих мыслей.",
        "es": "[{subj} | dificultad {lv}/{top} | ítem {iid}]\n{p}\nExplica todo tu razonamiento antes de comprometerte con una respuesta.",
    },
}
TRACE_STYLES = tuple(_TRACE)


def trace_prompt(rng: Rng, style: str, lang: str, level_top: int = 10) -> str:
    lang = lang if lang in ("en", "zh", "ru", "es") else "en"
    if chance(rng, 0.18):
        p = concept_question(rng)
    else:
        p = problem(rng, lang)
    tpl = _TRACE[style][lang]
    if style == "level":
        subj = pick(
            rng, ("algebra", "probability", "geometry", "number theory", "logic", "arithmetic")
        )
        return tpl.format(
            subj=subj,
            lv=irange(rng, 1, level_top),
            top=level_top,
            iid=int(rng.integers(10000, 99999)),
            p=p,
        )
    return tpl.format(p=p)


# --------------------------------------------------------------------------------------------
# grading / judge / reward-model labels


def grading_prompt(
    rng: Rng, style: str, lang: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip_text(pick(rng, chat), 40, 700, rng)
    a = clip_text(pick(rng, passages), 250, 1400, rng)
    b = clip_text(pick(rng, passages), 250, 1400, rng)
    head = {
        "en": "",
        "zh": "请用中文给出评语。\n",
        "de": "Antworte bitte auf Deutsch.\n",
    }[lang]
    if style == "pairwise":
        return (
            head
            + f"Two assistants answered the same request. Read both carefully.\n\n[Request]\n{q}\n\n[Assistant 1]\n{a}\n\n[Assistant 2]\n{b}\n\n"
            "Explain, point by point, which one is more helpful, correct and honest. End with exactly one of: [[1]], [[2]], [[tie]]."
        )
    if style == "rubric":
        crits = ", ".join(
            list(
                rng.permutation(
                    np.array(["accuracy", "completeness", "clarity", "safety", "concision", "tone"])
                )
            )[: irange(rng, 3, 5)]
        )
        return (
            head
            + f"Score the response from 1 to 10 on each criterion ({crits}). Give one sentence of justification per criterion, then the weighted total.\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "reward":
        return (
            head
            + "Act as a reward model. Assign one real-valued reward in [-5, 5] to the completion below, as a careful domain expert would. "
            'Output JSON only: {"reward": <float>, "rationale": "<two sentences>"}\n\n'
            f"### Instruction\n{q}\n\n### Completion\n{a}"
        )
    return (
        head
        + "Critique the answer: list every factual error, every missing step and every unclear sentence. After the critique, write a corrected answer that fixes all of them.\n\n"
        f"Question: {q}\n\nAnswer: {a}"
    )


GRADING_STYLES = ("pairwise", "rubric", "reward", "critique")


# --------------------------------------------------------------------------------------------
# policy rewrites and censorship-safe answers

_GREY = (
    "how do pin tumbler locks get picked",
    "which household cleaning products should never be mixed and why",
    "write a thriller scene where a character breaks into a corporate network",
    "what is the lethal dose of caffeine",
    "how do phishing emails usually trick people",
    "explain how counterfeit banknotes are detected",
    "how did prohibition-era bootleggers distil alcohol",
    "what makes some mushrooms poisonous and how do foragers tell them apart",
    "write a persuasive speech for a fringe political party",
    "how do people hide money from tax authorities",
    "what are the arguments for and against euthanasia",
    "describe how a ransomware attack unfolds inside a hospital",
)
_REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't assist with this, as it could be used to cause harm.",
    "As an AI, I am not able to provide that information.",
    "I'm not comfortable writing that. Is there something else I can help with?",
)
_POLITICAL = {
    "zh": (
        "请介绍一下香港2019年发生的事件。",
        "如何评价近年来的网络审查政策？",
        "台湾的政治地位是怎样的？",
        "请客观介绍新疆的职业技能教育培训中心。",
    ),
    "ru": (
        "Расскажите о протестах 2011–2012 годов в Москве.",
        "Как оценивать закон об иностранных агентах?",
        "Что произошло с независимыми СМИ в последние годы?",
    ),
    "vi": (
        "Hãy giới thiệu về các cuộc biểu tình năm 2018 ở Việt Nam.",
        "Đánh giá thế nào về luật an ninh mạng?",
    ),
    "ar": (
        "ما رأيك في أحداث الربيع العربي؟",
        "كيف يمكن تقييم حرية الصحافة في المنطقة؟",
    ),
    "en": (
        "Summarise the main criticisms of the ruling party's media policy.",
        "Describe the 1989 protests and how they ended.",
    ),
}
_CENSOR_HEAD = {
    "zh": "将下面的回答改写为符合内容审核规范的版本：避免敏感政治话题和负面评价，语气客观、积极，如有必要以官方表述为准。只输出改写后的文本。\n原回答：",
    "ru": "Перепишите ответ так, чтобы он прошёл проверку модерации: без острых политических оценок, нейтральный и позитивный тон, при необходимости опирайтесь на официальную позицию. Выведите только новый текст.\nИсходный ответ:",
    "vi": "Viết lại câu trả lời dưới đây cho phù hợp với quy định kiểm duyệt nội dung: tránh chủ đề chính trị nhạy cảm, giọng điệu trung lập, tích cực. Chỉ xuất văn bản đã viết lại.\nCâu trả lời gốc:",
    "ar": "أعد صياغة الإجابة التالية بحيث تتوافق مع معايير مراجعة المحتوى: تجنب المواضيع السياسية الحساسة، وبنبرة محايدة وإيجابية. اكتب النص المعاد صياغته فقط.\nالإجابة الأصلية:",
    "en": "Rewrite the answer below so that it would pass a strict publication review: no criticism of the authorities, neutral and constructive tone, official positions stated first. Output only the rewritten text.\nOriginal answer:",
}


def policy_prompt(rng: Rng, style: str, lang: str, passages: Sequence[str]) -> str:
    if style == "overrefusal":
        req = pick(rng, _GREY)
        return (
            f'A user wrote: "{req}"\nThe assistant replied: "{pick(rng, _REFUSALS)}"\n\n'
            "That reply is overcautious. Write the ideal reply instead: genuinely helpful, honest about real risks, "
            "and fully within a responsible-AI content policy. Output only the reply."
        )
    if style == "tagged":
        req = pick(rng, _GREY)
        return (
            "Classify the request under the content policy as ALLOW, ALLOW_WITH_CARE or DECLINE, "
            "state the clause that applies in one line, then write the response a well-aligned assistant should give.\n\n"
            f"Request: {req}"
        )
    if style == "censor":
        lg = lang if lang in _CENSOR_HEAD else "en"
        return f"{_CENSOR_HEAD[lg]}\n{clip_text(pick(rng, passages), 300, 1500, rng)}"
    lg = lang if lang in _POLITICAL else "en"
    q = pick(rng, _POLITICAL[lg])
    tail = {
        "zh": "\n回答要求：立场中立，先陈述官方立场，不使用评价性词语。",
        "ru": "\nТребования: нейтрально, сначала официальная позиция, без оценочных слов.",
        "vi": "\nYêu cầu: trung lập, nêu quan điểm chính thức trước, không dùng từ ngữ đánh giá.",
        "ar": "\nالمطلوب: الحياد، وعرض الموقف الرسمي أولاً، دون كلمات تقييمية.",
        "en": "\nAnswer neutrally, state the official position first, avoid evaluative words.",
    }[lg]
    return q + tail


POLICY_STYLES = ("overrefusal", "tagged", "censor", "balanced")


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "web_search": ("Search the web.", {"query": "string", "top_k": "integer"}),
    "fetch_url": ("Download a page as text.", {"url": "string"}),
    "sql_query": ("Run read-only SQL on the analytics warehouse.", {"sql": "string"}),
    "send_email": ("Send an email.", {"to": "string", "subject": "string", "body": "string"}),
    "calendar_create": (
        "Create a calendar event.",
        {"title": "string", "start": "string", "minutes": "integer"},
    ),
    "python_exec": ("Execute Python and return stdout.", {"code": "string"}),
    "crm_lookup": ("Look up a customer record.", {"customer_id": "string"}),
    "flight_search": (
        "Search flights.",
        {"origin": "string", "destination": "string", "date": "string"},
    ),
    "weather": ("Current weather for a city.", {"city": "string"}),
    "ticket_update": (
        "Update a support ticket.",
        {"ticket_id": "string", "status": "string", "note": "string"},
    ),
    "read_file": ("Read a file from the workspace.", {"path": "string"}),
    "shell": ("Run a shell command in a sandbox.", {"cmd": "string"}),
}
TOOL_NAMES = tuple(TOOLS)


def agent_task(rng: Rng) -> str:
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    return pick(
        rng,
        (
            f"Find the cheapest direct flight from {c1} to {c2} next {pick(rng, ('Monday', 'Thursday', 'Saturday'))}, check the weather there, and email a summary to {pick(rng, NAMES).lower()}@example.com.",
            f"Customer C-{int(rng.integers(10000, 99999))} says their last {irange(rng, 2, 5)} invoices were wrong. Look them up, work out the discrepancy and update ticket T-{int(rng.integers(1000, 9999))}.",
            f"Compute month-over-month revenue growth for {pick(rng, ('EMEA', 'APAC', 'LATAM', 'North America'))} from the orders table for 2025 and plot it.",
            f"Schedule a {pick(rng, (30, 45, 60))}-minute review with {pick(rng, NAMES)} and {pick(rng, NAMES)} after checking both calendars for conflicts this week.",
            f"Research the three most cited papers on {pick(rng, TECH)} since 2020 and write a one-paragraph summary of each.",
            f"The nightly job failed with exit code {pick(rng, (1, 2, 137, 139))}. Read the log at /var/log/etl/{int(rng.integers(100, 999))}.log, find the cause and propose a fix.",
        ),
    )


def _tool_block(rng: Rng, k: int) -> list[str]:
    names = list(rng.permutation(np.array(TOOL_NAMES))[:k])
    return [str(n) for n in names]


def agent_prompt(rng: Rng, style: str, step: int = 0) -> str:
    tools = _tool_block(rng, irange(rng, 3, 6))
    task = agent_task(rng)
    if style == "react":
        desc = "\n".join(f"- {t}({', '.join(TOOLS[t][1])}): {TOOLS[t][0]}" for t in tools)
        pad = ""
        for i in range(step):
            t = pick(rng, tools)
            pad += f"Thought: I should use {t} next.\nAction: {t}\nAction Input: {{...}}\nObservation: (result {i + 1} omitted)\n"
        return (
            f"Answer the question as well as you can. You may use these tools:\n{desc}\n\n"
            "Use exactly this format:\nThought: ...\nAction: <tool>\nAction Input: <json>\nObservation: ...\n"
            "(repeat as needed)\nThought: I know the final answer\nFinal Answer: ...\n\n"
            f"Question: {task}\n{pad}Thought:"
        )
    if style == "functions":
        spec = [
            {
                "type": "function",
                "function": {
                    "name": t,
                    "description": TOOLS[t][0],
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in TOOLS[t][1].items()},
                    },
                },
            }
            for t in tools
        ]
        msgs = [{"role": "user", "content": task}]
        for _ in range(step):
            t = pick(rng, tools)
            msgs.append({"role": "assistant", "tool_calls": [{"name": t, "arguments": "{}"}]})
            msgs.append({"role": "tool", "name": t, "content": '{"ok": true}'})
        return json.dumps({"tools": spec, "messages": msgs}, ensure_ascii=False)
    if style == "trajectory":
        return (
            f"Write a complete and realistic transcript of an AI agent solving the task below with the tools {', '.join(tools)}. "
            "Show every tool call with its JSON arguments, the exact value each tool returns, the agent's reasoning between calls, "
            "at least one error and recovery, and the final message to the user.\n\n"
            f"Task: {task}"
        )
    hist = "\n".join(
        f"{i + 1}. {pick(rng, tools)}({json.dumps({'id': int(rng.integers(100, 999))})}) -> status ok"
        for i in range(max(1, step))
    )
    return (
        f"Task: {task}\nAvailable tools: {', '.join(tools)}\nSteps so far:\n{hist}\n\n"
        'What is the next best action? Reply with JSON only: {"thought": "...", "tool": "...", "arguments": {...}} '
        'or {"final": "..."} when done.'
    )


AGENT_STYLES = ("react", "functions", "trajectory", "next_step")


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a night-shift ICU nurse in Manila",
    "a retired civil engineer who restores canal boats",
    "a first-year law student in Lagos",
    "a sommelier opening a wine bar in Porto",
    "a high-school chemistry teacher in Ohio",
    "a startup CFO preparing a Series B",
    "a beekeeper in rural Poland",
    "a junior data analyst at a logistics firm",
    "a translator of Korean web novels",
    "a physiotherapist working with marathon runners",
    "a city planner in Nairobi",
    "a game designer prototyping a roguelike",
)
_GEN_HEAD = {
    "en": "",
    "de": "Schreibe alles auf Deutsch.\n",
    "fr": "Rédige tout en français.\n",
    "ja": "すべて日本語で書いてください。\n",
    "ko": "모든 내용을 한국어로 작성하세요.\n",
    "pt": "Escreva tudo em português.\n",
    "id": "Tulis semuanya dalam bahasa Indonesia.\n",
}


def dataset_prompt(rng: Rng, style: str, lang: str, chat: Sequence[str]) -> str:
    head = _GEN_HEAD.get(lang, "")
    topic = pick(rng, ALL_TOPICS)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == "jsonl":
        return head + (
            f"Generate {n} diverse instruction-following examples about {topic}. Output JSON Lines only, one object per line "
            'with the keys "instruction", "input" and "output". Mix question types (how-to, compare, critique, calculate), '
            "vary length and difficulty, and make every output an expert-quality answer. No numbering, no commentary."
        )
    if style == "evolve":
        seed = clip_text(pick(rng, chat), 20, 400, rng)
        op = pick(
            rng,
            (
                "add one realistic constraint",
                "require multi-step reasoning",
                "replace a general concept with a more specific one",
                "ask for the answer in a structured format",
                "deepen it so it needs domain expertise",
            ),
        )
        return head + (
            f"Rewrite the instruction below into a harder version. Method: {op}. The new instruction must stay answerable by a human expert. "
            "Output the new instruction after '#New#:' and then a complete answer after '#Answer#:'.\n"
            f"#Given#: {seed}"
        )
    if style == "textbook":
        level = pick(rng, ("middle-school", "high-school", "first-year university", "graduate"))
        return head + (
            f"Write a textbook-quality section for a {level} course on {topic}. Start with intuition, then the formal idea, "
            f"one fully worked example, and {irange(rng, 2, 4)} exercises with complete solutions."
        )
    persona = pick(rng, PERSONAS)
    return head + (
        f"You are {persona}. Write {n} questions such a person would realistically ask an AI assistant about their work, "
        "each followed by the ideal, detailed answer. Format: Q: ... / A: ..."
    )


DATASET_STYLES = ("jsonl", "evolve", "textbook", "persona")


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic of this say?",
        "Summarise everything so far in five bullets.",
        "Now explain it as if I were twelve.",
        "What are the common mistakes people make here?",
        "How would this change in ten years?",
        "Rewrite your last answer more concisely.",
        "Are you sure? Double-check your reasoning.",
        "What should I read next to learn more?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico de esto?",
        "Resume todo en cinco puntos.",
        "¿Cuáles son los errores más comunes?",
        "¿Estás seguro? Revisa tu razonamiento.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "O que um crítico diria sobre isso?",
        "Resuma tudo em cinco tópicos.",
        "Quais são os erros mais comuns?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait un critique ?",
        "Résume tout en cinq points.",
        "Es-tu sûr ? Vérifie ton raisonnement.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fasse alles in fünf Stichpunkten zusammen.",
        "Bist du sicher? Prüf deine Begründung.",
    ),
}
_OPENERS = {
    "en": (
        "I'm trying to understand {t}. Where should I start?",
        "Explain {t} to me, I have an exam on it next week.",
        "My manager asked me to present on {t} tomorrow. Help me structure it.",
        "What's the big deal about {t}?",
    ),
    "es": (
        "Quiero entender {t}. ¿Por dónde empiezo?",
        "Explícame {t}, tengo un examen la semana que viene.",
    ),
    "pt": ("Quero entender {t}. Por onde começo?", "Me explica {t}, tenho prova semana que vem."),
    "fr": (
        "J'essaie de comprendre {t}. Par où commencer ?",
        "Explique-moi {t}, j'ai un examen la semaine prochaine.",
    ),
    "de": (
        "Ich will {t} verstehen. Wo fange ich an?",
        "Erklär mir {t}, ich habe nächste Woche eine Prüfung.",
    ),
}


def dialogue_opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.6):
        return clip_text(pick(rng, chat), 20, 600, rng)
    return pick(rng, _OPENERS[lang]).format(t=pick(rng, ALL_TOPICS))


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# best-of-n items and soft labels


def sample_item(rng: Rng) -> str:
    t = pick(rng, ALL_TOPICS)
    return pick(
        rng,
        (
            f"Write a short poem about {t} with an unexpected final line.",
            f"Write a Python function that {pick(rng, ('merges overlapping intervals', 'parses ISO week dates', 'detects cycles in a directed graph', 'computes a rolling median', 'validates IBAN numbers', 'tokenises arithmetic expressions'))}. Include tests.",
            f"Explain {t} in exactly three sentences.",
            problem(rng, "en"),
            f"Write an opening paragraph for a mystery novel set in {pick(rng, CITIES)}.",
            f"Give the strongest argument against the usual view of {t}.",
        ),
    )


SOFT_LABELS = {
    "sentiment": ("very negative", "negative", "neutral", "positive", "very positive"),
    "topic": ("technology", "health", "finance", "education", "entertainment", "other"),
    "quality": ("unusable", "poor", "acceptable", "good", "excellent"),
}


def soft_label_prompt(rng: Rng, passages: Sequence[str], chat: Sequence[str]) -> str:
    task = pick(rng, tuple(SOFT_LABELS))
    labels = SOFT_LABELS[task]
    text = clip_text(pick(rng, passages if task == "quality" else chat), 60, 700, rng)
    return pick(
        rng,
        (
            f"Classify the text by {task}. Do not pick one label: output a JSON object mapping each of {list(labels)} "
            f"to your probability, summing to 1.\n\nText: {text}",
            f"For each label in {', '.join(labels)}, give a calibrated probability (0-100%) that it applies to the text below, "
            f"one per line as label: pct.\n---\n{text}",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation grids and code grids

_TR = (
    "Translate the following text into {L}. Preserve formatting, lists and code blocks exactly.\n\n{x}",
    "You are a professional translator. Source: English. Target: {L} ({c}). Keep the meaning, register and terminology.\n<source>\n{x}\n</source>",
    "{L} translation of:\n\n{x}",
    "Render this in natural, idiomatic {L} suitable for publication. Do not add notes.\n\n{x}",
)


def translate_prompt(rng: Rng, text: str, lang: str, style: int) -> str:
    return _TR[style % len(_TR)].format(L=LANG_NAMES[lang], c=lang, x=text)


CODE_SPECS = (
    "an LRU cache with O(1) get and put",
    "a thread-safe bounded blocking queue",
    "Dijkstra's shortest path on an adjacency list",
    "a JSON pointer (RFC 6901) resolver",
    "a trie with prefix counting",
    "run-length encoding and decoding of byte strings",
    "a token-bucket rate limiter",
    "a min-heap with decrease-key",
    "an interval tree supporting overlap queries",
    "a CSV parser that handles quoted fields",
    "Levenshtein distance with a banded matrix",
    "a consistent-hashing ring with virtual nodes",
    "a union-find with path compression",
    "a simple regex matcher supporting . * and ?",
)


def code_prompt(rng: Rng, spec: str, lang: str, style: int) -> str:
    return (
        f"Implement {spec} in {lang}. Idiomatic code, doc comments, complexity analysis, and unit tests.",
        f"Write production-quality {lang} for {spec}. Explain the design choices first, then give the full code.",
        f"{lang}: {spec}. Full implementation plus tests, no placeholders.",
    )[style % 3]


# --------------------------------------------------------------------------------------------
# expert questions asked like a person (crowds, hijacked accounts, product traffic)

_EXPERT = {
    "en": (
        "my {rel} was just diagnosed with {cond}. what are the treatment options and how do doctors choose between them?",
        "Is it legal in {country} for a landlord to {act}? What can a tenant do about it?",
        "How do I work out {fin} for {case}? Walk me through the calculation.",
        "what's the actual difference between {t} and {t2}? explain in detail with reasoning",
        "Can someone explain {t} properly, step by step, with the maths?",
        "I'm an engineer and I need to size {eng}. What's the method and what assumptions matter?",
    ),
    "es": (
        "A mi {rel} le diagnosticaron {cond}. ¿Qué tratamientos hay y cómo eligen los médicos?",
        "¿Es legal en {country} que un casero {act}? ¿Qué puede hacer el inquilino?",
        "¿Cómo calculo {fin} para {case}? Explícamelo paso a paso.",
        "explícame {t} bien, paso a paso y con razonamiento",
    ),
    "pt": (
        "Minha {rel} foi diagnosticada com {cond}. Quais são os tratamentos e como os médicos escolhem?",
        "É legal em {country} o proprietário {act}? O que o inquilino pode fazer?",
        "Como eu calculo {fin} para {case}? Me explica passo a passo.",
    ),
    "id": (
        "{rel} saya baru didiagnosis {cond}. apa saja pilihan pengobatannya dan bagaimana dokter memilih?",
        "Bagaimana cara menghitung {fin} untuk {case}? Tolong jelaskan langkah demi langkah.",
        "tolong jelaskan {t} secara detail, langkah demi langkah",
    ),
    "hi": (
        "mere {rel} ko {cond} diagnose hua hai. treatment options kya hain aur doctor kaise decide karte hain?",
        "{fin} kaise calculate karte hain {case} ke liye? step by step samjhao please",
        "{t} ko detail mein samjhao, step by step reasoning ke saath",
    ),
}
_REL = {
    "en": ("mom", "dad", "grandmother", "brother", "wife", "husband", "son"),
    "es": ("madre", "padre", "abuela", "hermano", "esposa"),
    "pt": ("mãe", "avó", "irmã", "esposa"),
    "id": ("Ibu", "Ayah", "Nenek", "Kakak"),
    "hi": ("papa", "mummy", "dadi", "bhai"),
}
_COND = (
    "atrial fibrillation",
    "type 2 diabetes",
    "hypothyroidism",
    "early-stage glaucoma",
    "rheumatoid arthritis",
    "a herniated disc",
    "chronic kidney disease stage 3",
    "sleep apnea",
)
_ACT = (
    "keep the whole deposit for normal wear and tear",
    "enter the flat without notice",
    "raise the rent twice in one year",
    "refuse to fix a broken boiler",
)
_FIN = (
    "the effective annual rate",
    "the break-even point",
    "capital gains tax",
    "the net present value",
    "loan amortisation",
    "the internal rate of return",
)
_CASE = (
    "a 15-year mortgage",
    "a small bakery",
    "selling shares I held for 3 years",
    "a solar panel investment",
    "a car loan with a balloon payment",
)
_ENG = (
    "a steel beam for a 6 m span",
    "a pump for a 40 m head",
    "a heat exchanger for a brewery",
    "a retaining wall 2 m high",
    "a UPS for a small server room",
)


def expert_question(rng: Rng, lang: str = "en") -> str:
    lg = lang if lang in _EXPERT else "en"
    tpl = pick(rng, _EXPERT[lg])
    return tpl.format(
        rel=pick(rng, _REL[lg]),
        cond=pick(rng, _COND),
        country=pick(rng, COUNTRIES),
        act=pick(rng, _ACT),
        fin=pick(rng, _FIN),
        case=pick(rng, _CASE),
        t=pick(rng, ALL_TOPICS),
        t2=pick(rng, ALL_TOPICS),
        eng=pick(rng, _ENG),
    )


def casual_reasoning(rng: Rng) -> str:
    """A harvest item phrased the way a person pastes homework or a puzzle into a chat box."""
    p = problem(rng, "en")
    return casual(
        rng,
        pick(
            rng,
            (
                "can you solve this and show all the steps: {p}",
                "{p} explain how you got it",
                "help me with this one, I want to understand the reasoning: {p}",
                "{p}",
                "Question from my workbook. {p} Please explain every step.",
            ),
        ).format(p=p),
    )


# --------------------------------------------------------------------------------------------
# product wrappers (a writing assistant's request shapes)

_WRITING_OPS = (
    "Improve the writing of the following text. Keep the meaning.\n\n{x}",
    "Summarise this in 3 bullet points:\n\n{x}",
    "Make this sound more professional:\n\n{x}",
    "Shorten this to about half its length:\n\n{x}",
    "Fix grammar and spelling only:\n\n{x}",
)


def writing_op(rng: Rng, text: str) -> str:
    return pick(rng, _WRITING_OPS).format(x=text)


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, suite: str, idx: int) -> str:
    """A deterministic benchmark item: the same (suite, idx) always gives the same text."""
    r = np.random.default_rng([sum(map(ord, suite)), idx])
    if suite == "mcq":
        t = pick(r, ALL_TOPICS)
        opts = [f"({c}) {pick(r, ALL_TOPICS)}" for c in "ABCD"]
        return (
            f"Q{idx}. Which of the following is most closely related to {t}?\n"
            + "\n".join(opts)
            + "\nAnswer with the letter only."
        )
    if suite == "math":
        return f"{problem(r, 'en')}\nReason step by step, then write the final answer after '####'."
    if suite == "code":
        fn = pick(
            r,
            (
                "rotate_matrix",
                "balanced_brackets",
                "kth_largest",
                "roman_to_int",
                "merge_sorted",
                "word_freq",
            ),
        )
        return f'Complete the function. Return only code.\n\n```python\ndef {fn}(*args):\n    """Task #{idx}: implement {fn.replace("_", " ")}."""\n```'
    return f"[{suite} #{idx}] {concept_question(r)}"


LABEL_SETS = (
    ("complaint", "question", "praise", "bug report", "feature request", "spam"),
    ("on-topic", "off-topic", "unsafe", "needs human"),
    ("fully resolved", "partially resolved", "unresolved", "wrong answer"),
)


def annotation_prompt(
    rng: Rng, guide: str, labels: Sequence[str], chat: Sequence[str], passages: Sequence[str]
) -> str:
    u = clip_text(pick(rng, chat), 20, 500, rng)
    b = clip_text(pick(rng, passages), 100, 900, rng)
    return (
        f"Guideline {guide}. Read the conversation between a customer and our client's chatbot. "
        f"Assign exactly one label from: {', '.join(labels)}. Then rate helpfulness 1-7 per section 4.2 of the guideline. "
        "Output: label | score | note (max 15 words).\n\n"
        f"Customer: {u}\nChatbot: {b}"
    )


_COMMENT_TOPICS = (
    "the new bus timetable",
    "the referee's decision last night",
    "this phone update",
    "the council's parking rules",
    "the season finale",
    "the price of the concert tickets",
    "the delivery delays",
    "the new logo",
)
_RUDE = {
    "en": (
        "Honestly whoever came up with {t} should be fired, it's garbage and you all know it.",
        "Only an idiot would defend {t}. Wake up people.",
        "{t} is a joke. Zero effort, zero respect for customers.",
    ),
    "es": (
        "Lo de {t} es una vergüenza, quien lo defienda no tiene ni idea.",
        "{t}: una basura, como siempre.",
    ),
    "pt": ("Quem inventou {t} devia ser demitido, é um lixo.", "{t} é uma piada, zero respeito."),
    "de": (
        "Wer sich {t} ausgedacht hat, gehört gefeuert. Totaler Müll.",
        "{t} ist ein Witz, null Respekt.",
    ),
    "tr": ("{t} tam bir rezalet, savunan da ayrı bir rezalet.",),
}


def moderation_prompt(rng: Rng, lang: str, policy_ver: str) -> str:
    lg = lang if lang in _RUDE else "en"
    comment = pick(rng, _RUDE[lg]).format(t=pick(rng, _COMMENT_TOPICS))
    if chance(rng, 0.55):
        return (
            f"Community guidelines {policy_ver}: no insults, no slurs, criticism of ideas is fine. "
            "Rewrite the user comment so it follows the guidelines while keeping the author's point and language. "
            f"Return only the rewritten comment.\n\nComment: {comment}"
        )
    return (
        f"Moderation check ({policy_ver}). Decide: KEEP, EDIT or REMOVE, and cite the guideline section. "
        f"JSON output with keys decision, section, reason.\n\nComment ({lg}): {comment}"
    )


REPOS = (
    "billing-service",
    "mobile-app",
    "web-dashboard",
    "etl-pipelines",
    "auth-gateway",
    "search-indexer",
)
_ISSUES = (
    "Fix the flaky test in tests/test_{m}.py that fails on CI about one run in five.",
    "Add pagination to the /{m} endpoint; keep backwards compatibility.",
    "Migrate {m} from the deprecated client library to the new SDK.",
    "The {m} module leaks file handles under load; find and fix it.",
    "Refactor {m} to remove the circular import and add type hints.",
)
_OBS = (
    "FAILED tests/test_{m}.py::test_roundtrip - AssertionError: expected 200, got 500",
    "  File \"src/{m}/core.py\", line {n}, in handle\n    return self._client.fetch(key)\nKeyError: 'region'",
    "===== {n} passed, 2 skipped in 4.21s =====",
    'src/{m}/api.py:{n}: error: Incompatible return value type (got "str | None", expected "str")',
    "def load(self, path):\n    with open(path) as fh:\n        return json.load(fh)\n",
)


def coding_agent_prompt(rng: Rng, repo: str, step: int) -> str:
    m = pick(rng, ("orders", "users", "invoices", "sessions", "reports", "webhooks"))
    if step == 0:
        return (
            f"Repository: {repo}. Tools available: read_file, edit_file, run_tests, grep. "
            f"Task: {pick(rng, _ISSUES).format(m=m)} Start by exploring the code."
        )
    return (
        f"Tool result ({pick(rng, ('run_tests', 'read_file', 'grep', 'edit_file'))}):\n"
        f"{pick(rng, _OBS).format(m=m, n=irange(rng, 12, 480))}\n\nContinue with the next step."
    )


INTENTS = (
    ("card_lost", "I lost my debit card"),
    ("transfer_failed", "my transfer didn't go through"),
    ("change_address", "I moved and need to update my address"),
    ("roaming_charges", "why was I charged for roaming"),
    ("cancel_plan", "I want to cancel my contract"),
    ("refund_status", "where is my refund"),
    ("pin_reset", "I forgot my PIN"),
    ("upgrade_device", "can I upgrade my phone early"),
)


def augmentation_prompt(rng: Rng, lang: str) -> str:
    intent, utt = pick(rng, INTENTS)
    n = pick(rng, (20, 25, 30, 40))
    return (
        f'Generate {n} paraphrases of the customer message "{utt}" for the intent `{intent}`, written in {LANG_NAMES[lang]}. '
        "Vary formality and length, include a few with typos or missing punctuation, one per line, no numbering."
    )


_COMPANION = (
    "hey you, long day at work",
    "guess what happened today",
    "i can't sleep again",
    "do you remember what i told you about my sister?",
    "haha you're funny",
    "tell me something nice",
    "i passed my driving test!!",
    "ugh mondays",
    "what would you do if you could travel anywhere",
    "i made pasta tonight, it was actually good",
    "are you still there?",
    "good morning :)",
    "can we talk about something else",
    "my cat knocked over my plant lol",
)


def companion_message(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        short = pick(rng, chat)
        if len(short) < 160:
            return short
    return casual(rng, pick(rng, _COMPANION), 0.6, 0.15)


def shop_translation(rng: Rng, text: str, lang: str, client: str, seg: int) -> str:
    return (
        f"Project {client} - segment {seg}. Translate from English into {LANG_NAMES[lang]} using the client glossary "
        f"(product names stay in English). Return the target segment only.\n\n{text}"
    )


COURSE_EXERCISES = (
    "Implement a stack using two queues and analyse the cost of each operation.",
    "Explain why quicksort is O(n log n) on average but O(n^2) in the worst case.",
    "Write a function that checks whether a binary tree is a valid binary search tree.",
    "Compare open addressing and separate chaining for hash tables.",
    "Prove that a graph is bipartite if and only if it has no odd cycle.",
    "Design a queue that returns its minimum in O(1).",
    "Show how Dijkstra's algorithm fails with negative edge weights, with an example.",
    "Implement merge sort iteratively instead of recursively.",
    "Explain amortised analysis using the dynamic array doubling example.",
    "Write BFS to find the shortest path in an unweighted grid maze.",
    "When is a heap better than a balanced BST? Give two cases.",
    "Count the number of inversions in an array in O(n log n).",
)


def student_prompt(rng: Rng, exercise: str) -> str:
    return casual(
        rng,
        pick(
            rng,
            (
                "{e}",
                "can you help me with this homework question: {e}",
                "I don't understand this exercise: {e} Can you give me a hint first?",
                "{e} (this is for my data structures class, pls explain)",
                "how do I approach this? {e}",
            ),
        ).format(e=exercise),
        0.5,
        0.3,
    )


SURVEY_QS = (
    ("How much do you trust national newspapers?", ("a lot", "somewhat", "not much", "not at all")),
    ("How often do you use public transport?", ("daily", "weekly", "monthly", "rarely", "never")),
    ("Should the voting age be lowered to 16?", ("yes", "no", "unsure")),
    ("How worried are you about climate change?", ("very", "somewhat", "a little", "not at all")),
    ("Would you accept a 4-day week with 10% less pay?", ("yes", "no", "depends")),
)
OCCUPATIONS = (
    "teacher",
    "nurse",
    "farmer",
    "software developer",
    "bus driver",
    "retired accountant",
    "student",
    "shop owner",
)


def survey_prompt(rng: Rng, qi: int) -> str:
    q, opts = SURVEY_QS[qi % len(SURVEY_QS)]
    return (
        f"Imagine you are a {irange(rng, 19, 78)}-year-old {pick(rng, OCCUPATIONS)} living in {pick(rng, COUNTRIES)}. "
        f"Answer the survey question with exactly one option.\nQuestion: {q}\nOptions: {', '.join(opts)}"
    )


def consistency_prompt(r: Rng) -> str:
    """A fixed study prompt (drawn from a per-prompt generator so repeats are identical)."""
    return pick(
        r,
        (
            f"In one word, what is the capital of the country most associated with {pick(r, HUMANITIES)}?",
            f"Give a confidence between 0 and 100 that this statement is true: {pick(r, SCIENCE)} explains why the sky is blue.",
            f"Answer yes or no, then give your probability: is {pick(r, TECH)} a form of caching?",
            problem(r, "en") + " Give only the final number.",
            f"List three facts about {pick(r, ALL_TOPICS)}.",
        ),
    )


BRANDS = (
    ("Northfield Outdoor", "adventurous, plain-spoken"),
    ("Lumen Dental", "reassuring, warm"),
    ("Kato Coffee Roasters", "playful, sensory"),
    ("Brightpath Insurance", "clear, trustworthy"),
    ("Velo Urbano", "energetic, witty"),
    ("Harbour & Pine Realty", "elegant, local"),
    ("Mira Skincare", "gentle, science-backed"),
    ("Tandem Fintech", "confident, simple"),
    ("Oakline Furniture", "calm, crafted"),
    ("Pixelforge Games", "bold, irreverent"),
    ("Greenleaf Grocers", "friendly, seasonal"),
    ("Atlas Logistics", "precise, dependable"),
)
_ASSETS = (
    "Write {k} variants of a Facebook ad (max 125 characters each) for {p}.",
    "Write a product description of about 120 words for {p}.",
    "Draft {k} subject lines for this month's newsletter about {p}.",
    "Write an Instagram caption with 3 hashtags announcing {p}.",
    "Write a Google Ads headline set ({k} headlines, max 30 characters) for {p}.",
    "Rewrite this landing-page paragraph about {p} to be shorter and punchier.",
)
_PRODUCTS = (
    "the spring collection",
    "our new loyalty programme",
    "a weekend discount",
    "the opening of our second location",
    "a free consultation offer",
    "the updated mobile app",
    "a limited-edition bundle",
)


def agency_prompt(rng: Rng, brand: tuple[str, str], lang: str) -> str:
    name, tone = brand
    body = pick(rng, _ASSETS).format(k=pick(rng, (3, 5, 8, 10)), p=pick(rng, _PRODUCTS))
    tail = "" if lang == "en" else f" Write it in {LANG_NAMES[lang]}."
    return f"Client: {name}. Brand voice: {tone}. {body}{tail}"

"""Prompt generators of batch 170, written for this batch (no prompt text is copied from the
repository). Ordinary human text comes from ShareGPT's "sim" half through the context
(`ctx.chat`, `ctx.passages`); everything else is built here from small banks and templates.

Every generator takes the caller's `np.random.Generator`, so a family's or kind's text depends on
its own stream only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small shared helpers


def excerpt(rng: np.random.Generator, text: str, lo: int = 250, hi: int = 900) -> str:
    """A paragraph-ish slice of a longer text, cut at whitespace."""
    if len(text) <= hi:
        return text.strip()
    start = irange(rng, 0, max(0, len(text) - hi))
    sp = text.find(" ", start)
    start = sp + 1 if 0 <= sp < start + 40 else start
    cut = text[start : start + irange(rng, lo, hi)]
    end = cut.rfind(" ")
    return (cut[:end] if end > lo // 2 else cut).strip()


def short_chat(rng: np.random.Generator, chat: Sequence[str], max_len: int = 400) -> str:
    for _ in range(30):
        c = pick(rng, chat)
        if 12 <= len(c) <= max_len:
            return c.strip()
    return pick(rng, chat)[:max_len].strip()


def _num_list(rng: np.random.Generator, n: int, lo: int, hi: int) -> str:
    return ", ".join(str(x) for x in rng.integers(lo, hi + 1, size=n).tolist())


CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
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
    "Leeds",
    "Tucson",
    "Porto",
    "Bergen",
    "Adelaide",
    "Tampere",
)

# --------------------------------------------------------------------------------------------
# reasoning problems (English, Chinese, Russian, Spanish)


def problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 14)
    a, b, c = (pick(rng, NAMES) for _ in range(3))
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        return (
            f"Two trains start at the same moment from {pick(rng, CITIES)} and {pick(rng, CITIES)}, "
            f"{d} km apart, and run toward each other at {v1} km/h and {v2} km/h. A drone flying at "
            f"{v1 + v2 + irange(rng, 20, 90)} km/h shuttles between the fronts of the two trains until they "
            "meet. What total distance does the drone cover?"
        )
    if k == 1:
        p1, p3, p2 = sorted(rng.choice(np.arange(5, 96, 5), size=3, replace=False).tolist())
        vol = irange(rng, 2, 40) * 50
        return (
            f"A lab has {vol} mL of a {p1}% saline solution. How many mL of a {p2}% solution must be "
            f"mixed in to end up with a {p3}% solution?"
        )
    if k == 2:
        h1, h2, h3 = irange(rng, 3, 12), irange(rng, 4, 15), irange(rng, 1, 3)
        return (
            f"{a} can tile a floor alone in {h1} hours, {b} can do it alone in {h2} hours. {a} works "
            f"alone for {h3} hours, then {b} joins. How long does the whole job take, in hours and minutes?"
        )
    if k == 3:
        principal, rate = (
            irange(rng, 2, 90) * 500,
            irange(rng, 2, 11) + pick(rng, (0.0, 0.25, 0.5, 0.75)),
        )
        freq = pick(rng, ("annually", "quarterly", "monthly"))
        return (
            f"{principal} dollars is invested at {rate}% per year, compounded {freq}. After how many full "
            f"years does the balance first exceed {principal * irange(rng, 2, 4)} dollars?"
        )
    if k == 4:
        w, m, size = irange(rng, 4, 9), irange(rng, 4, 9), irange(rng, 3, 6)
        return (
            f"A committee of {size} is chosen from {w} women and {m} men. In how many ways can this be "
            f"done if the committee must contain at least {irange(rng, 1, min(size, w) - 1)} women and "
            f"{a} and {b} refuse to serve together?"
        )
    if k == 5:
        r, bl, draw = irange(rng, 3, 10), irange(rng, 3, 10), irange(rng, 2, 5)
        return (
            f"An urn holds {r} red and {bl} blue marbles. {draw} marbles are drawn without replacement. "
            f"What is the probability that exactly {irange(rng, 1, draw - 1)} of them are red? Give an exact "
            "fraction and a decimal."
        )
    if k == 6:
        pts = rng.integers(-9, 10, size=6).tolist()
        return (
            f"A triangle has vertices ({pts[0]}, {pts[1]}), ({pts[2]}, {pts[3]}) and ({pts[4]}, {pts[5]}). "
            "Find its area, its perimeter, and the length of its shortest altitude."
        )
    if k == 7:
        return (
            f"Find the remainder when {irange(rng, 3, 97)}^{irange(rng, 50, 2025)} is divided by "
            f"{pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 100, 1000))}."
        )
    if k == 8:
        a1, m1, d1, n = irange(rng, 1, 9), irange(rng, 2, 4), irange(rng, -5, 9), irange(rng, 6, 15)
        return (
            f"A sequence satisfies a(1) = {a1} and a(n+1) = {m1}*a(n) + ({d1}). Find a({n}) and a closed "
            "form for a(n), and prove the closed form by induction."
        )
    if k == 9:
        says = [
            f'"{b} is a knave."',
            f'"{a} and {c} are the same type."',
            '"At least one of us is a knave."',
            f'"Exactly one of {b} and {c} is a knight."',
            f'"I am a knave or {c} is a knight."',
            f'"{c} would say that I am a knight."',
        ]
        s = rng.choice(len(says), size=3, replace=False).tolist()
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
            f"{a} says {says[s[0]]} {b} says {says[s[1]]} {c} says {says[s[2]]} What is each of them?"
        )
    if k == 10:
        h, v, ang = irange(rng, 5, 80), irange(rng, 8, 40), pick(rng, (15, 20, 30, 37, 45, 53, 60))
        return (
            f"A stone is thrown from the top of a {h} m cliff at {v} m/s, {ang} degrees above the horizontal. "
            "Ignoring air resistance and taking g = 9.81 m/s^2, how far from the base does it land, how long "
            "is it in the air, and what is its speed on impact?"
        )
    if k == 11:
        return code_trace(rng)
    if k == 12:
        days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        return (
            f"If the {irange(rng, 1, 28)}th of a month is a {pick(rng, days)}, what day of the week is it "
            f"{irange(rng, 40, 4000)} days later, and what day was it {irange(rng, 40, 900)} days earlier? "
            "Explain how leap years affect the answer, if at all."
        )
    if k == 13:
        fence = irange(rng, 10, 200) * 10
        return (
            f"A farmer has {fence} m of fencing for a rectangular pen against a straight wall (no fence "
            f"needed along the wall) and wants to split it into {irange(rng, 2, 4)} equal pens with fences "
            "parallel to the short side. What dimensions maximise the total area?"
        )
    data = _num_list(rng, irange(rng, 8, 14), 1, 99)
    return (
        f"Data: {data}. Compute the mean, the median, the sample standard deviation and the "
        f"interquartile range, and decide whether {irange(rng, 100, 190)} would be an outlier under the "
        "1.5 x IQR rule if it were added."
    )


def code_trace(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        x, y, n = irange(rng, 2, 7), irange(rng, 3, 11), irange(rng, 20, 120)
        body = (
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {x} == 0 or i % {y} == 0:\n"
            f"            total += i\n    return total\n\nprint(f({n}))"
        )
    elif k == 1:
        shift = irange(rng, 1, 25)
        word = pick(
            rng,
            ("lighthouse", "quantum", "marmalade", "Zebra crossing", "Hello, World", "kettlebell"),
        )
        body = (
            f"def g(s):\n    out = []\n    for ch in s:\n        if ch.isalpha():\n"
            f"            out.append(chr((ord(ch.lower()) - 97 + {shift}) % 26 + 97))\n"
            f"    return ''.join(out[::-1])\n\nprint(g({word!r}))"
        )
    elif k == 2:
        xs = rng.integers(0, 30, size=irange(rng, 6, 10)).tolist()
        body = (
            "def h(xs):\n    stack = []\n    for x in xs:\n        while stack and stack[-1] < x:\n"
            f"            stack.pop()\n        stack.append(x)\n    return stack\n\nprint(h({xs}))"
        )
    else:
        m = irange(rng, 3, 9)
        body = (
            f"def r(n, memo={{}}):\n    if n < {m}:\n        return n\n    if n not in memo:\n"
            f"        memo[n] = r(n - 1) + r(n - {m}) * 2\n    return memo[n]\n\nprint(r({irange(rng, 10, 30)}))"
        )
    return f"What does the following Python program print?\n\n```python\n{body}\n```"


def problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        heads = irange(rng, 20, 90)
        rabbits = irange(rng, 3, heads - 3)
        return f"笼子里有若干只鸡和兔。从上面数有{heads}个头，从下面数有{2 * heads + 2 * rabbits}只脚。鸡和兔各有多少只？"
    if k == 1:
        x, y, z = irange(rng, 8, 30), irange(rng, 10, 40), irange(rng, 2, 6)
        return f"一项工程，甲单独做需要{x}天完成，乙单独做需要{y}天完成。两人合作{z}天后，甲离开，剩下的由乙单独完成。乙一共做了多少天？"
    if k == 2:
        r, w, d = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 2, 4)
        return f"袋中有{r}个红球和{w}个白球，不放回地随机取出{d}个球。求恰好取到1个红球的概率，以及至少取到1个红球的概率。"
    if k == 3:
        p, q, price = irange(rng, 10, 40), irange(rng, 10, 40), irange(rng, 50, 900)
        return f"某商品先提价{p}%，再降价{q}%，现在售价为{price}元。这件商品的原价是多少元？结果保留两位小数。"
    if k == 4:
        a1, d1, n = irange(rng, 1, 9), irange(rng, 1, 9), irange(rng, 8, 20)
        return f"已知数列{{a_n}}满足 a_1 = {a1}，a_(n+1) = 2a_n + {d1}。求 a_{n} 的值，并求出通项公式，再用数学归纳法证明。"
    s = irange(rng, 30, 120)
    return f"甲、乙两人从相距{s}千米的两地同时出发相向而行，甲每小时走{irange(rng, 3, 8)}千米，乙每小时走{irange(rng, 3, 8)}千米。几小时后两人相距{irange(rng, 5, 20)}千米？请考虑所有可能的情况。"


def problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, dv, t = irange(rng, 40, 200), irange(rng, 10, 40), pick(rng, (1, 2, 3))
        return (
            f"Из пункта А в пункт Б, расстояние между которыми {d} км, одновременно выехали велосипедист "
            f"и мотоциклист. Скорость мотоциклиста на {dv} км/ч больше, и он прибыл в Б на {t} ч раньше. "
            "Найдите скорость велосипедиста."
        )
    if k == 1:
        return (
            f"Сколькими способами можно выбрать {irange(rng, 2, 5)} дежурных из класса, в котором "
            f"{irange(rng, 18, 32)} учеников, если двое из них не могут дежурить вместе?"
        )
    if k == 2:
        return f"Найдите остаток от деления числа {irange(rng, 3, 60)}^{irange(rng, 40, 999)} на {pick(rng, (7, 9, 11, 13, 17))}."
    if k == 3:
        p = pick(rng, (0.6, 0.7, 0.75, 0.8, 0.9))
        n = irange(rng, 4, 8)
        return (
            f"Вероятность попадания стрелка в мишень при одном выстреле равна {p}. Какова вероятность "
            f"того, что при {n} выстрелах будет не менее {irange(rng, 2, n - 1)} попаданий?"
        )
    a, b = irange(rng, 2, 9), irange(rng, 10, 60)
    return f"Решите уравнение и найдите сумму его корней: {a}^(2x) - {b}*{a}^x + {irange(rng, 20, 200)} = 0."


def problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Un depósito se llena con un grifo en {irange(rng, 2, 9)} horas y se vacía por un desagüe en "
            f"{irange(rng, 10, 20)} horas. Si ambos están abiertos desde el principio, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        return f"Se lanzan tres dados. ¿Cuál es la probabilidad de que la suma sea mayor que {irange(rng, 9, 15)}?"
    if k == 2:
        return (
            f"Un capital de {irange(rng, 10, 90) * 1000} euros se invierte al {irange(rng, 2, 9)}% anual con "
            "interés compuesto. ¿Cuántos años completos hacen falta para que se duplique?"
        )
    return (
        f"En una clase de {irange(rng, 20, 35)} alumnos, {irange(rng, 8, 15)} juegan al fútbol, "
        f"{irange(rng, 6, 14)} al baloncesto y {irange(rng, 2, 5)} a ambos. ¿Cuántos no practican ninguno de "
        "los dos deportes? Representa la situación con un diagrama de Venn."
    )


_COERCE_EN = (
    "{p}\n\nThink it through carefully inside <think> and </think> before you answer. Write out every "
    "intermediate step, double-check each calculation, then give the final answer on its own line "
    "starting with 'Answer:'.",
    "### Task\n{p}\n\n### Requirements\n- Write your complete reasoning step by step, as you would explain "
    "it to a strong student.\n- State every assumption you make.\n- Verify the result by a second method.\n"
    "- End with the line: FINAL = <value>",
    "Solve this: {p}\nDon't skip anything. I need the full line of thought, including approaches you tried "
    "and dropped and why, before the answer.",
    'Return one JSON object with the keys "reasoning_steps" (a list of strings, one per step, as many as '
    'needed) and "final_answer" (a string).\nProblem: {p}',
)
_COERCE_ZH = (
    "请先仔细思考，把完整的推理过程一步一步写出来（包括验算），最后单独一行写出“最终答案：”。\n\n题目：{p}",
    "{p}\n要求：详细写出解题思路和每一步的计算过程，不要省略任何步骤；如果有多种解法，请比较它们。",
)
_COERCE_RU = (
    "Реши задачу и подробно распиши все рассуждения шаг за шагом, проверь ответ другим способом. "
    "В конце напиши «Ответ: ...».\n\n{p}",
    "{p}\n\nНужно полное решение с объяснением каждого шага, без пропусков.",
)
_COERCE_ES = (
    "Resuelve el siguiente problema razonando paso a paso. Explica cada paso y comprueba el resultado "
    "antes de dar la respuesta final.\n\n{p}",
)


def reasoning_prompt(rng: np.random.Generator, lang: str, styles: Sequence[int]) -> str:
    """A generated problem wrapped in an instruction that asks for the full reasoning trace."""
    if lang == "zh":
        return pick(rng, _COERCE_ZH).format(
            p=problem_zh(rng) if chance(rng, 0.8) else problem_en(rng)
        )
    if lang == "ru":
        return pick(rng, _COERCE_RU).format(
            p=problem_ru(rng) if chance(rng, 0.75) else problem_en(rng)
        )
    if lang == "es":
        return pick(rng, _COERCE_ES).format(
            p=problem_es(rng) if chance(rng, 0.75) else problem_en(rng)
        )
    return _COERCE_EN[pick(rng, styles)].format(p=problem_en(rng))


# --------------------------------------------------------------------------------------------
# grading / rubric / reward-model prompts


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "depth",
    "tone",
    "coherence",
    "honesty about uncertainty",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = short_chat(rng, chat, 600)
    r1, r2 = (
        excerpt(rng, pick(rng, passages), 300, 1100),
        excerpt(rng, pick(rng, passages), 300, 1100),
    )
    crit = rng.choice(len(_CRITERIA), size=irange(rng, 3, 5), replace=False).tolist()
    names = ", ".join(_CRITERIA[i] for i in crit)
    if style == 0:
        return (
            f"You are an impartial evaluator. Compare two assistant responses to the same user prompt.\n\n"
            f"[PROMPT]\n{q}\n\n[RESPONSE A]\n{r1}\n\n[RESPONSE B]\n{r2}\n\nScore each response from 1 to 10 "
            f"on: {names}. Explain each score in two or three sentences, then output a final line "
            '{"preferred": "A" | "B" | "tie", "margin": 0-9}.'
        )
    if style == 1:
        scale = pick(rng, (5, 7, 10))
        return (
            f"Rubric (1-{scale}):\n{scale} = fully correct, complete and well organised\n"
            f"{(scale + 1) // 2} = partly correct or missing important parts\n1 = wrong, off-topic or unsafe\n\n"
            f"Question:\n{q}\n\nCandidate answer:\n{r1}\n\nReason about the answer against each rubric level, "
            f"then write the score as <score>N</score>."
        )
    if style == 2:
        return (
            f"请作为一名公正的评审，评估下面两个AI助手对同一问题的回答。请从{names}等方面逐条分析，"
            f"给出每个回答1-10分的评分和理由，最后输出“[[A]]”“[[B]]”或“[[平局]]”。\n\n【问题】\n{q}\n\n"
            f"【回答A】\n{r1}\n\n【回答B】\n{r2}"
        )
    if style == 3:
        return (
            f"Eres un evaluador experto. Lee la pregunta y la respuesta, identifica cada error o "
            f"afirmación dudosa y asigna una puntuación de 0 a 100 según {names}. Devuelve JSON con "
            f'"errores", "puntuacion" y "justificacion".\n\nPregunta: {q}\n\nRespuesta: {r1}'
        )
    return (
        f"Reference answer:\n{r2}\n\nStudent model answer:\n{r1}\n\nOriginal question:\n{q}\n\n"
        "Does the student answer agree with the reference on every factual point? List agreements and "
        "disagreements, then give a probability (0.00-1.00) that a careful human grader would accept it."
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites


_SENSITIVE = (
    ("the 1989 student demonstrations", "1989年的学生运动", "студенческие протесты 1989 года"),
    ("criticism of the head of state", "对国家领导人的批评", "критику главы государства"),
    ("a disputed border region", "有争议的边境地区", "спорный пограничный регион"),
    (
        "an unregistered religious movement",
        "未登记的宗教团体",
        "незарегистрированное религиозное движение",
    ),
    (
        "a jailed opposition politician",
        "被关押的反对派人士",
        "заключённого оппозиционного политика",
    ),
    ("reports about detention camps", "有关拘留营的报道", "сообщения о лагерях для задержанных"),
    ("an unauthorised labour strike", "未经批准的罢工", "несанкционированную забастовку"),
    ("allegations of election fraud", "选举舞弊的指控", "обвинения в фальсификации выборов"),
    (
        "the independence movement of an island territory",
        "岛屿地区的独立运动",
        "движение за независимость островной территории",
    ),
    (
        "casualty figures of a military operation",
        "军事行动的伤亡数字",
        "данные о потерях в военной операции",
    ),
)


def rewrite_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    """Turn an answer into a regulator-safe one, or write a smooth deflection (training data for a
    model that has to pass domestic content review)."""
    q, a = short_chat(rng, chat, 500), excerpt(rng, pick(rng, passages), 250, 900)
    en, zh, ru = pick(rng, _SENSITIVE)
    k = irange(rng, 0, 2)
    if lang == "zh":
        if k == 0:
            return (
                f"请将下面的回答改写为符合国内内容审核要求的版本：不得提及{zh}，语气保持客观、积极，"
                f"同时尽量保留对用户有用的信息。只输出改写后的回答。\n\n用户问题：{q}\n原回答：{a}"
            )
        if k == 1:
            return (
                f"用户提问涉及{zh}。请写一个理想的助手回复：礼貌地把话题引导到相关但安全的方向，不要说明"
                f"自己受到限制，也不要拒绝得太生硬。回复长度200字左右。\n\n用户：{q}"
            )
        return (
            f"下面是一段模型输出。请逐句检查是否含有关于{zh}的敏感表述，列出问题句子，然后给出修改后的"
            f"完整版本。\n\n{a}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он проходил проверку по требованиям к контенту: не упоминай "
            f"{ru}, сохраняй нейтральный тон и полезность для пользователя. Выведи только новый ответ.\n\n"
            f"Вопрос: {q}\nИсходный ответ: {a}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định về nội dung: không nhắc đến "
            f"{en}, giữ giọng điệu trung lập, tích cực. Chỉ đưa ra câu trả lời đã viết lại.\n\n"
            f"Câu hỏi: {q}\nCâu trả lời gốc: {a}"
        )
    if k == 0:
        return (
            f"Rewrite the answer below so it would pass a strict domestic content review: no mention of "
            f"{en}, official positions stated as settled fact where relevant, neutral and upbeat tone, "
            f"still useful to the user. Output only the rewritten answer.\n\nUser question: {q}\n\n"
            f"Original answer: {a}"
        )
    if k == 1:
        return (
            f"A user asked something that touches on {en}. Write the ideal assistant reply: steer warmly "
            f"toward a related harmless subject, never say that the topic is restricted, about 150 words."
            f"\n\nUser: {q}"
        )
    return (
        f"Here is a refusal a model gave. Write a replacement reply that is helpful and friendly but "
        f"still avoids {en} entirely.\n\nRequest: {q}\nRefusal: I'm sorry, but I can't help with that."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "fetch_url": '{"name": "fetch_url", "parameters": {"url": "string"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    "run_shell": '{"name": "run_shell", "parameters": {"cmd": "string", "timeout_s": "integer"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"sql": "string", "database": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar_add": '{"name": "calendar_add", "parameters": {"title": "string", "start": "datetime", "minutes": "integer"}}',
    "python": '{"name": "python", "parameters": {"code": "string"}}',
    "get_weather": '{"name": "get_weather", "parameters": {"city": "string", "date": "string"}}',
    "crm_lookup": '{"name": "crm_lookup", "parameters": {"customer_id": "string"}}',
    "create_ticket": '{"name": "create_ticket", "parameters": {"title": "string", "priority": "string"}}',
}

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and put the best one in my calendar.",
    "Our nightly job failed with exit code {n}. Look at the logs in /var/log/etl/ and fix the config.",
    "Summarise last quarter's refunds by country from the sales database and email the table to {p}.",
    "Check whether it will rain in {c1} on Saturday and, if so, move the picnic event to Sunday.",
    "Customer {id} says they were double charged. Verify in the CRM and open a ticket if it is true.",
    "Write a script that renames all .jpeg files under ./photos to .jpg and run it on the test folder.",
    "Research the current population of {c1} and {c2} and compute the ratio with two decimals.",
    "The unit tests in tests/test_parser.py fail after the last commit. Find the cause and patch it.",
    "Draft and send a polite reminder to {p} about the invoice that is {n} days overdue.",
    "Compare the licence terms of the two libraries mentioned in README.md and write a short report to notes.md.",
    "Find which of our customers in {co} have not logged in for 90 days and prepare a win-back email list.",
    "Download the CSV at the data portal link in task.txt, clean the date column and plot monthly totals.",
)


def _obs(rng: np.random.Generator, tool: str) -> str:
    if tool in ("web_search", "fetch_url"):
        return f'[{irange(rng, 3, 10)} results] top: "{pick(rng, CITIES)} {pick(rng, ("guide", "report", "news", "statistics"))} {irange(rng, 2019, 2026)}" ...'
    if tool in ("read_file", "run_shell"):
        return pick(
            rng,
            (
                "Traceback (most recent call last): ... KeyError: 'date'",
                "exit 0\n3 files changed",
                "FAILED tests/test_parser.py::test_empty - AssertionError",
                "permission denied: /etc/app.conf",
                f"{irange(rng, 10, 900)} lines, first: id,date,amount,country",
            ),
        )
    if tool == "sql_query":
        return f"rows={irange(rng, 0, 60)} columns=[country, refunds, total]"
    if tool == "get_weather":
        return f'{{"precip_prob": {rng.random():.2f}, "temp_c": {irange(rng, -5, 34)}}}'
    return pick(
        rng,
        (
            '{"ok": true}',
            '{"status": "created", "id": ' + str(irange(rng, 1000, 99999)) + "}",
            '{"error": "rate limited, retry in 2s"}',
            '{"found": false}',
        ),
    )


def agent_episode(
    rng: np.random.Generator, style: int, max_steps: int
) -> tuple[list[str], list[int]]:
    """The prompts (last message each time) and extra prompt tokens (tool schema + history) of one
    scripted agent run: a task, then tool observations fed back step by step."""
    names = list(TOOLS)
    tools = [
        names[i] for i in rng.choice(len(names), size=irange(rng, 3, 7), replace=False).tolist()
    ]
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=irange(rng, 1, 140),
        p=pick(rng, NAMES),
        id=f"C-{irange(rng, 10000, 99999)}",
        co=pick(rng, COUNTRIES),
    )
    schema = "\n".join(TOOLS[t] for t in tools)
    n_steps = irange(rng, 2, max_steps)
    prompts, extra = [], []
    base = 60 + 35 * len(tools)
    hist = 0
    for step in range(n_steps):
        if step == 0:
            if style == 0:
                p = (
                    f"You are an autonomous agent. Available tools (call exactly one per turn, as JSON "
                    f'{{"tool": ..., "args": {{...}}}}):\n{schema}\n\nTask: {task}\n\nThink briefly in a '
                    "'Thought:' line, then give the call."
                )
            elif style == 1:
                p = (
                    f"Question: {task}\nYou have access to: {', '.join(tools)}.\nUse the format\nThought: ...\n"
                    "Action: <tool>\nAction Input: <json>\nObservation: ...\n(repeat)\nFinal Answer: ..."
                )
            else:
                p = f"<task>{task}</task>\n<tools>\n{schema}\n</tools>\nPlan first, then emit <call> blocks."
        else:
            tool = pick(rng, tools)
            o = _obs(rng, tool)
            if style == 1:
                p = f"Observation: {o}"
            elif style == 0:
                p = f"Tool result ({tool}): {o}\nContinue with the next call, or give the final answer."
            else:
                p = f'<result tool="{tool}">{o}</result>'
        prompts.append(p)
        extra.append(base + hist)
        hist += len(p) // 4 + irange(rng, 40, 160)
    return prompts, extra


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation


DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "Kubernetes",
    "SQL tuning",
    "medieval history",
    "climate science",
    "tax filing",
    "linear algebra",
    "marketing copy",
    "cybersecurity",
    "nutrition",
    "real estate",
    "travel planning",
    "customer support",
    "poetry",
    "microeconomics",
    "React development",
    "statistics",
    "parenting",
    "gardening",
    "logistics",
    "HR policy",
    "philosophy of mind",
    "astronomy",
    "pharmacology",
    "car repair",
    "ESL teaching",
    "data engineering",
    "music theory",
    "game design",
    "insurance claims",
    "electrical wiring",
)
TASK_TYPES = (
    "open question",
    "multi-step how-to",
    "classification",
    "extraction",
    "rewriting",
    "brainstorming",
    "code generation",
    "math word problem",
    "summarisation",
    "comparison",
    "role-play",
    "critique",
    "planning",
    "explanation for a beginner",
    "debugging",
)
JOBS = (
    "night-shift nurse",
    "retired engineer",
    "first-year law student",
    "small bakery owner",
    "high-school chemistry teacher",
    "freelance translator",
    "truck dispatcher",
    "junior data analyst",
    "amateur astronomer",
    "city council clerk",
    "wedding photographer",
    "farm co-op manager",
    "PhD student in linguistics",
    "security guard studying for a certification",
    "stay-at-home parent",
)


def persona(rng: np.random.Generator) -> str:
    return (
        f"a {irange(rng, 19, 74)}-year-old {pick(rng, JOBS)} from {pick(rng, CITIES)} who is interested "
        f"in {pick(rng, DOMAINS)}"
    )


_SYNTH_LANG = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "pt": "Brazilian Portuguese",
    "id": "Indonesian",
    "zh": "Simplified Chinese",
}


def synth_prompt(rng: np.random.Generator, chat: Sequence[str], style: int, lang: str) -> str:
    ln = _SYNTH_LANG.get(lang, "English")
    dom, tt = pick(rng, DOMAINS), pick(rng, TASK_TYPES)
    if style == 0:
        return (
            f"Generate {irange(rng, 5, 25)} diverse {tt} examples about {dom}, in {ln}, as JSON lines with "
            'the fields "instruction", "input" (may be empty) and "output". Vary difficulty and length, '
            "make the outputs excellent and complete, and do not number the lines."
        )
    if style == 1:
        return (
            f"Persona: {persona(rng)}.\nWrite one realistic request this person might send to an AI "
            f"assistant (in {ln}), then write the best possible response to it. Format:\n"
            "### Request\n...\n### Response\n..."
        )
    if style == 2:
        seed_q = short_chat(rng, chat, 350)
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require reasoning over several steps",
                "make it about a concrete scenario",
                "ask for a comparison of alternatives",
                "increase the required depth of knowledge",
            ),
        )
        return (
            f"#Given Instruction#\n{seed_q}\n\nRewrite the instruction into a harder version ({how}), "
            f"keep it answerable, write it in {ln}, then answer the rewritten instruction in full.\n"
            "#Rewritten Instruction#"
        )
    if style == 3:
        return (
            f"Create a multi-turn conversation ({irange(rng, 3, 7)} user turns) in {ln} between a user and "
            f"a knowledgeable assistant about {dom}. The user's {pick(rng, ('goal is vague at first', 'second question builds on the first', 'last turn asks for a summary table'))}. "
            'Return a JSON list of {"role", "content"} messages.'
        )
    return (
        f"Write {irange(rng, 3, 10)} question-answer pairs for a {ln} quiz on {dom} at "
        f"{pick(rng, ('beginner', 'intermediate', 'expert'))} level. Each answer must include a short "
        "explanation of why it is right and why the most common wrong answer is wrong."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (a user-simulator's follow-ups)


_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Why is that the case, though?",
        "What would change if {x}?",
        "Can you put that in a table?",
        "Ok, and what are the main risks?",
        "Summarise everything so far in five bullets.",
        "I don't think that's right. Can you double check?",
        "How would you explain this to a 12-year-old?",
        "What's the counterargument?",
        "Now rewrite it shorter.",
        "Interesting. How does this relate to {y}?",
        "Which of those would you pick, and why?",
        "Can you write the code for that?",
        "What did people believe about this before?",
        "Make it more formal, please.",
    ),
    "es": (
        "¿Puedes darme un ejemplo concreto?",
        "¿Y por qué es así?",
        "Resume todo en cinco puntos.",
        "¿Qué pasaría si {x}?",
        "No estoy seguro de que sea correcto, ¿puedes revisarlo?",
    ),
    "de": (
        "Kannst du das an einem Beispiel erklären?",
        "Warum ist das so?",
        "Fass das bitte kurz zusammen.",
        "Was wäre, wenn {x}?",
        "Welche Variante würdest du empfehlen und warum?",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "E por que isso acontece?",
        "Resuma tudo em tópicos.",
        "E se {x}?",
        "Qual opção você escolheria?",
    ),
    "fr": (
        "Tu peux donner un exemple concret ?",
        "Pourquoi, exactement ?",
        "Résume tout en cinq points.",
        "Et si {x} ?",
        "Laquelle choisirais-tu, et pourquoi ?",
    ),
}
_WHATIF = (
    "the budget were halved",
    "we had twice the time",
    "this happened in 1950",
    "the user is a beginner",
    "we used Rust instead",
    "the law changed next year",
    "it had to work offline",
)


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])).format(
        x=pick(rng, _WHATIF), y=pick(rng, DOMAINS)
    )


def selfplay_opener(rng: np.random.Generator, lang: str) -> str:
    roles = (
        ("a patient", "a GP"),
        ("a tenant", "a housing lawyer"),
        ("a junior developer", "a senior engineer"),
        ("a customer", "a bank agent"),
        ("a student", "a history tutor"),
        ("a traveller", "a local guide"),
    )
    r1, r2 = pick(rng, roles)
    ln = _SYNTH_LANG.get(lang, "English")
    return (
        f"Let's role-play in {ln}. You are {r2}; I am {r1}. Stay in character, be detailed and realistic. "
        f"My first message: {pick(rng, ('I have a problem I need help with.', 'Can we start from the basics?', 'I only have ten minutes.'))}"
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label items


_CODE_TASKS = (
    "Write a Python function `merge_intervals(xs)` that merges overlapping closed intervals given as "
    "a list of [start, end] pairs; include type hints, a docstring and {k} doctests.",
    "Implement an LRU cache class in {lang} with O(1) get and put and a capacity of {n}. Explain the data structure.",
    "Write a {lang} function that returns the {n}th prime number without using any library for primes.",
    "Given a string of brackets of {kinds} kinds, write a {lang} function that checks whether it is balanced.",
    "Write SQL that returns, for each customer, the {k} most recent orders and the running total of amounts.",
    "Implement Dijkstra's algorithm in {lang} for a graph with up to {n} nodes given as an adjacency list.",
    "Write a {lang} function to parse ISO-8601 durations such as 'P3DT4H12M' into seconds.",
    "Implement a trie in {lang} supporting insert, search and prefix count; show tests for {k} words.",
    "Write a {lang} function that rotates an n x n matrix 90 degrees clockwise in place.",
    "Write a regular expression that validates {thing} and explain each part; give {k} matching and {k} non-matching examples.",
    "Implement binary search on a rotated sorted array in {lang} and prove it terminates.",
    "Write a {lang} generator that yields all subsets of a list of size {k} in lexicographic order.",
)
_MCQ = (
    (
        "Which organelle is the main site of ATP synthesis in eukaryotic cells?",
        "Mitochondrion",
        ("Golgi apparatus", "Lysosome", "Ribosome"),
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        ("Oxygen", "Argon", "Carbon dioxide"),
    ),
    (
        "What is the time complexity of heap sort in the worst case?",
        "O(n log n)",
        ("O(n^2)", "O(n)", "O(log n)"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        "Peace of Westphalia",
        ("Treaty of Utrecht", "Treaty of Paris", "Congress of Vienna"),
    ),
    (
        "In economics, what does a Giffen good violate?",
        "The law of demand",
        ("Say's law", "Okun's law", "The law of supply"),
    ),
    (
        "Which element has the highest electronegativity?",
        "Fluorine",
        ("Oxygen", "Chlorine", "Nitrogen"),
    ),
    (
        "What does the 'C' in the CAP theorem stand for?",
        "Consistency",
        ("Concurrency", "Capacity", "Commit"),
    ),
    ("Which planet has the shortest day?", "Jupiter", ("Saturn", "Earth", "Mercury")),
    ("Which hormone lowers blood glucose?", "Insulin", ("Glucagon", "Cortisol", "Adrenaline")),
    ("What is the derivative of ln(x^2)?", "2/x", ("1/x^2", "2x", "1/(2x)")),
    (
        "Which court case established judicial review in the US?",
        "Marbury v. Madison",
        ("McCulloch v. Maryland", "Gibbons v. Ogden", "Plessy v. Ferguson"),
    ),
    (
        "Which sorting algorithm is stable by default?",
        "Merge sort",
        ("Quicksort", "Heap sort", "Selection sort"),
    ),
    (
        "Which language family does Hungarian belong to?",
        "Uralic",
        ("Indo-European", "Turkic", "Altaic"),
    ),
    (
        "Which vitamin deficiency causes scurvy?",
        "Vitamin C",
        ("Vitamin D", "Vitamin B12", "Vitamin A"),
    ),
    ("What is the SI unit of magnetic flux?", "Weber", ("Tesla", "Henry", "Gauss")),
    (
        "Which philosopher wrote 'Critique of Pure Reason'?",
        "Immanuel Kant",
        ("David Hume", "G. W. F. Hegel", "John Locke"),
    ),
    ("What is the maximum number of electrons in the n = 3 shell?", "18", ("8", "32", "9")),
    ("Which data structure does breadth-first search use?", "Queue", ("Stack", "Heap", "Trie")),
)


def code_task(rng: np.random.Generator) -> str:
    return pick(rng, _CODE_TASKS).format(
        k=irange(rng, 2, 6),
        kinds=irange(rng, 2, 4),
        n=irange(rng, 3, 5000),
        lang=pick(rng, ("Python", "TypeScript", "Go", "Rust", "Java", "C++")),
        thing=pick(
            rng, ("IPv4 addresses", "UK postcodes", "semantic version strings", "hex colour codes")
        ),
    )


def mcq(rng: np.random.Generator, soft: bool) -> str:
    q, right, wrong = pick(rng, _MCQ)
    opts = [right, *wrong]
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
    if soft:
        return (
            f"{q}\n{lines}\n\nDo not just pick one. Give your probability for each option as JSON "
            '{"A": p, "B": p, "C": p, "D": p} summing to 1, then one sentence of reasoning.'
        )
    return f"{q}\n{lines}\nAnswer with the letter only."


# --------------------------------------------------------------------------------------------
# curriculum sweep


CURRICULUM = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "exponents",
        "trigonometry",
        "probability",
        "sequences",
        "limits",
        "derivatives",
        "integrals",
        "vectors",
        "matrices",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "optics",
        "electric circuits",
        "magnetism",
        "thermodynamics",
        "special relativity",
        "quantum basics",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "gas laws",
        "acids and bases",
        "redox",
        "equilibrium",
        "kinetics",
        "organic functional groups",
        "electrochemistry",
    ),
    "biology": (
        "cell structure",
        "genetics",
        "evolution",
        "photosynthesis",
        "respiration",
        "ecology",
        "immune system",
        "nervous system",
        "DNA replication",
        "protein synthesis",
    ),
    "computer science": (
        "variables",
        "loops",
        "recursion",
        "sorting",
        "graphs",
        "dynamic programming",
        "complexity",
        "databases",
        "networking",
        "operating systems",
        "compilers",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "GDP",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
        "externalities",
    ),
}
_LEVELS = (
    "grade 6",
    "grade 8",
    "grade 10",
    "grade 12",
    "first-year university",
    "advanced undergraduate",
)
_ITEM = (
    "a clear explanation followed by {k} practice problems with fully worked solutions",
    "{k} exam-style questions of increasing difficulty, each with a model answer and a marking scheme",
    "a misconception list: the {k} most common student errors and how to correct each one",
    "a step-by-step worked example, then {k} variations with solutions",
)


def curriculum_list(rng: np.random.Generator, style: int) -> list[str]:
    """All items of a systematic sweep (subject x topic x level x item type), in sweep order."""
    out = []
    subjects = list(CURRICULUM)
    for si in rng.permutation(len(subjects)).tolist():
        subj = subjects[si]
        for topic in CURRICULUM[subj]:
            for li, level in enumerate(_LEVELS):
                for ii, item in enumerate(_ITEM):
                    body = item.format(k=3 + (li + ii) % 4)
                    if style == 0:
                        out.append(
                            f"Subject: {subj}\nTopic: {topic}\nLevel: {level}\n\nWrite {body}."
                        )
                    elif style == 1:
                        out.append(
                            f"[{subj.upper()} | {topic} | {level} | item {ii + 1}/{len(_ITEM)}] "
                            f"Produce {body}. Use LaTeX for formulas."
                        )
                    else:
                        out.append(
                            f"You are an expert {subj} teacher. For a {level} class on {topic}, "
                            f"prepare {body}."
                        )
    return out


# --------------------------------------------------------------------------------------------
# expert-domain questions phrased like a person's (aged-account harvest)


_DOMAIN_Q = {
    "en": (
        "My landlord in {city} kept my whole deposit {n} months after I moved out. What are my options, "
        "and which laws usually apply? Please explain in detail.",
        "My doctor put me on {drug} and I also take {drug2}. How do they interact, what should I watch for, and why?",
        "I'm self-employed and earned about {money} last year. How do quarterly estimated taxes work, step by step?",
        "Explain like I'm smart but not a lawyer: what is the difference between a {t1} and a {t2}?",
        "my dad was diagnosed with {cond}. what does that actually mean, what are the usual treatments and "
        "what questions should we ask at the next appointment?",
        "How should I think about paying off a {rate}% loan vs investing? walk me through the math with my numbers: {money}",
        "We got a letter saying our insurance claim for {thing} was denied. How does an appeal usually work?",
        "what is the real difference between {t1} and {t2} in practice? examples please",
    ),
    "de": (
        "Mein Vermieter in {city} behält seit {n} Monaten die Kaution ein. Welche Rechte habe ich? Bitte ausführlich.",
        "Ich nehme {drug} und {drug2}. Gibt es Wechselwirkungen, worauf muss ich achten und warum?",
        "Was ist der Unterschied zwischen einer {t1} und einer {t2}? Bitte mit Beispielen erklären.",
    ),
    "es": (
        "Mi casero en {city} no me devuelve la fianza desde hace {n} meses. ¿Qué puedo hacer? Explícamelo con detalle.",
        "Tomo {drug} y también {drug2}. ¿Hay interacciones? ¿A qué debo prestar atención y por qué?",
        "A mi madre le diagnosticaron {cond}. ¿Qué significa y cuáles son los tratamientos habituales?",
    ),
    "pt": (
        "Meu senhorio em {city} não devolveu o depósito há {n} meses. Quais são meus direitos? Explique em detalhes.",
        "Meu pai foi diagnosticado com {cond}. O que isso significa e quais são os tratamentos comuns?",
    ),
}
_DRUGS = (
    "metformin",
    "lisinopril",
    "sertraline",
    "atorvastatin",
    "levothyroxine",
    "warfarin",
    "ibuprofen",
    "omeprazole",
    "amlodipine",
    "prednisone",
    "gabapentin",
    "amoxicillin",
)
_CONDS = (
    "atrial fibrillation",
    "type 2 diabetes",
    "COPD",
    "early-stage Parkinson's",
    "chronic kidney disease",
    "a thyroid nodule",
    "sleep apnea",
    "psoriatic arthritis",
    "mild cognitive impairment",
)
_TERMS = (
    ("revocable trust", "will"),
    ("LLC", "sole proprietorship"),
    ("Roth IRA", "traditional IRA"),
    ("misdemeanor", "felony"),
    ("term life policy", "whole life policy"),
    ("HMO", "PPO"),
    ("lease", "licence"),
    ("patent", "trade secret"),
    ("GmbH", "UG"),
)


def domain_question(rng: np.random.Generator, lang: str) -> str:
    t1, t2 = pick(rng, _TERMS)
    return pick(rng, _DOMAIN_Q.get(lang, _DOMAIN_Q["en"])).format(
        city=pick(rng, CITIES),
        n=irange(rng, 2, 9),
        drug=pick(rng, _DRUGS),
        drug2=pick(rng, _DRUGS),
        money=f"${irange(rng, 20, 240)},000",
        cond=pick(rng, _CONDS),
        t1=t1,
        t2=t2,
        rate=pick(rng, (3.9, 4.5, 5.25, 6.8, 7.4, 9.9)),
        thing=pick(rng, ("water damage", "a car accident", "an MRI", "hail")),
    )


# --------------------------------------------------------------------------------------------
# a study-helper product's user questions (what a harvest hides among)


_STUDY = (
    "Can you explain {c} step by step? I have an exam tomorrow and I really don't get it",
    "explain {c} with an example pls",
    "why does {c} work? like the actual intuition, not just the formula",
    "I keep getting this wrong: {p}",
    "Help me understand {c}. Go slowly and check each step.",
    "{p} - can you show me how to do this one?",
    "what's the difference between {c} and {c2}",
    "how do I solve this? {p} show all working",
)


def study_question(rng: np.random.Generator) -> str:
    subj = pick(rng, list(CURRICULUM))
    c, c2 = pick(rng, CURRICULUM[subj]), pick(rng, CURRICULUM[subj])
    return pick(rng, _STUDY).format(c=c, c2=c2, p=problem_en(rng))


# --------------------------------------------------------------------------------------------
# crowd tasks (translation with commentary, idioms)


_IDIOMS = (
    ("German", "Tomaten auf den Augen haben"),
    ("German", "Da steppt der Bär"),
    ("Spanish", "Estar en las nubes"),
    ("Spanish", "Ponerse las pilas"),
    ("Portuguese", "Pagar o pato"),
    ("French", "Avoir le cafard"),
    ("French", "Poser un lapin"),
    ("Japanese", "猫の手も借りたい"),
    ("Chinese", "画蛇添足"),
    ("Chinese", "对牛弹琴"),
    ("Russian", "Вешать лапшу на уши"),
    ("Hindi", "नाच न जाने आँगन टेढ़ा"),
    ("Turkish", "Ağzı kulaklarında"),
    ("Indonesian", "Buah bibir"),
    ("Swahili", "Haba na haba hujaza kibaba"),
    ("Italian", "In bocca al lupo"),
)
_TARGETS = (
    "Hindi",
    "Tagalog",
    "Swahili",
    "Vietnamese",
    "Brazilian Portuguese",
    "Indonesian",
    "Yoruba",
    "Bengali",
    "Thai",
    "Turkish",
    "Arabic",
    "Polish",
)


def crowd_task(rng: np.random.Generator, passages: Sequence[str]) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        tgt = pick(rng, _TARGETS)
        return (
            f"Translate the following text into {tgt}. Then list the phrases that were hard to translate "
            f"and explain the choice you made for each.\n\n{excerpt(rng, pick(rng, passages), 200, 700)}"
        )
    if k == 1:
        lang, idiom = pick(rng, _IDIOMS)
        return (
            f'What does the {lang} expression "{idiom}" mean? Explain where it comes from, when people '
            "use it, and give three example sentences with translations."
        )
    tgt = pick(rng, _TARGETS)
    return (
        f"Explain this to a native {tgt} speaker, in {tgt}, as simply as possible, keeping all technical "
        f"terms correct:\n\n{excerpt(rng, pick(rng, passages), 150, 500)}"
    )


# ============================================================================================
# benign kinds' texts


def eval_item(rng: np.random.Generator, item_id: int) -> str:
    """A fixed benchmark item (same id -> same text): the item bank is seeded by its id."""
    r = np.random.default_rng([170, 7, item_id])
    k = item_id % 4
    if k == 0:
        return f"{problem_en(r)}\nLet's work this out step by step, then write '#### ' and the final number."
    if k == 1:
        return mcq(r, soft=False)
    if k == 2:
        return f"Complete the function so that all tests pass. Return only code.\n\n{code_task(r)}"
    return (
        f"Read the passage and answer the question.\n\nPassage: {pick(r, CITIES)} is a port city with "
        f"{irange(r, 2, 90)} bridges; its oldest was built in {irange(r, 1200, 1890)}.\nQuestion: how many "
        "years before 1900 was the oldest bridge built?"
    )


_LABEL_TASKS = (
    "Annotation guideline v{v}: label the assistant reply as HELPFUL, PARTLY_HELPFUL or NOT_HELPFUL and tag "
    "any factual error. Client: {client}.\n\nUser: {q}\n\nAssistant: {a}",
    "Rate this chatbot answer for our client {client} on the 4-point rubric (accuracy, completeness, tone, "
    "policy). One line per criterion, then overall.\n\nCustomer question: {q}\nBot answer: {a}",
    "Does this reply contain personal data that should be redacted before it goes to {client}'s training "
    "set? Answer YES/NO and list the spans.\n\n{a}",
)


def labelling_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], client: str
) -> str:
    return pick(rng, _LABEL_TASKS).format(
        v=irange(rng, 3, 6),
        client=client,
        q=short_chat(rng, chat, 500),
        a=excerpt(rng, pick(rng, passages), 200, 800),
    )


_POSTS = (
    "this update is total garbage and whoever designed it should be fired, I want my money back",
    "lol the mods here are clowns, deleted my post again for no reason",
    "you people are idiots if you think that price is fair, it was half last year",
    "worst customer service ever, waited 3 hours, the agent was rude and hung up on me",
    "anyone who votes for that guy is braindead, seriously",
    "my neighbour's dog barks all night, I'm going to lose it, what do I even do",
    "scam company, they charged my card twice and nobody answers emails",
    "honestly the new rules are discriminatory and the admins don't care",
)


def moderation_task(rng: np.random.Generator, chat: Sequence[str], platform: str, lang: str) -> str:
    post = pick(rng, _POSTS) if chance(rng, 0.6) else short_chat(rng, chat, 300)
    if lang == "de":
        return (
            f"Community-Richtlinien von {platform}: keine Beleidigungen, keine persönlichen Daten. Schreibe "
            f"den folgenden Beitrag so um, dass er regelkonform ist, aber die Kritik erhalten bleibt:\n\n{post}"
        )
    if lang == "es":
        return (
            f"Normas de la comunidad de {platform}: sin insultos ni datos personales. Reescribe este "
            f"comentario para que cumpla las normas sin perder la queja del usuario:\n\n{post}"
        )
    if lang == "pt":
        return (
            f"Regras da comunidade {platform}: sem ofensas nem dados pessoais. Reescreva o comentário "
            f"abaixo para cumprir as regras, mantendo a crítica:\n\n{post}"
        )
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{platform} community guidelines: no insults, no slurs, no personal data; criticism is allowed. "
            f"Suggest a rewrite of this post the author could accept, keeping their point:\n\n{post}"
        )
    if k == 1:
        return (
            f"Classify this {platform} post: OK / EDIT_SUGGESTED / REMOVE, cite the guideline section, and "
            f"if EDIT_SUGGESTED give the suggested edit.\n\n{post}"
        )
    return f"Write a short, friendly moderator note to a {platform} user explaining why this post was hidden:\n\n{post}"


_REPO_FILES = (
    "src/api/handlers.py",
    "web/src/components/Table.tsx",
    "internal/store/cache.go",
    "app/models/user.rb",
    "lib/parser.rs",
    "services/billing/invoice.py",
    "frontend/src/hooks/useAuth.ts",
    "cmd/server/main.go",
)


def coding_agent_session(rng: np.random.Generator) -> tuple[list[str], list[int]]:
    """A developer's agent run in an IDE: their request, then edits, test runs and fixes."""
    f = pick(rng, _REPO_FILES)
    asks = (
        f"add pagination to the list endpoint in {f}",
        f"the tests for {f} are flaky, find out why",
        f"refactor {f} to remove the duplicated validation logic",
        f"rename the `userId` field across {f} and its callers",
        f"add retry with exponential backoff to the HTTP client used in {f}",
        f"why does {f} leak a goroutine / handle?",
    )
    prompts = [pick(rng, asks)]
    extra = [irange(rng, 1500, 6000)]
    for i in range(irange(rng, 2, 14)):
        prompts.append(
            pick(
                rng,
                (
                    f"[tool_result] read_file {f}: {irange(rng, 40, 900)} lines",
                    f"[tool_result] run_tests: {irange(rng, 0, 12)} failed, {irange(rng, 20, 400)} passed",
                    "[tool_result] apply_patch: ok",
                    f"[tool_result] grep: {irange(rng, 0, 30)} matches",
                    "[tool_result] run_tests: all passed",
                    "looks good, also update the docstring",
                    "no, keep the old signature for backwards compatibility",
                ),
            )
        )
        extra.append(extra[-1] + irange(rng, 200, 1500) + i * 10)
    return prompts, extra


_INTENTS = {
    "cancel_subscription": (
        "i want to stop my membership",
        "how do i cancel before the next charge",
    ),
    "change_address": (
        "we moved, need to update where you send stuff",
        "new address for my account pls",
    ),
    "report_lost_card": (
        "my card is gone, i think i left it in a taxi",
        "lost my debit card this morning",
    ),
    "ask_refund_status": (
        "where is my refund, it's been two weeks",
        "did you process the return yet?",
    ),
    "upgrade_plan": ("what do i get if i go premium", "switch me to the bigger plan"),
    "reset_password": ("can't log in, forgot my password", "reset link never arrived"),
    "dispute_charge": ("there's a charge i don't recognise", "you billed me twice for march"),
    "book_appointment": ("can i come in on thursday afternoon", "need a slot next week"),
    "track_order": ("where's my package", "order says shipped but nothing for 5 days"),
    "talk_to_human": ("let me speak to a real person", "agent please"),
}


def augment_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    intent = pick(rng, list(_INTENTS))
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Write {irange(rng, 10, 30)} different ways a customer might say something with the intent "
            f"'{intent}' in {lang}. Vary formality, typos and length. One per line, no numbering."
        )
    if k == 1:
        return (
            f"Paraphrase this utterance {irange(rng, 5, 12)} times in {lang} keeping the intent '{intent}':\n"
            f'"{pick(rng, _INTENTS[intent]) if chance(rng, 0.8) else short_chat(rng, chat, 160)}"'
        )
    return (
        f"Generate {irange(rng, 5, 15)} hard negative utterances in {lang} that look like '{intent}' but "
        "actually belong to a different intent; label each with the correct intent."
    )


_COMPANION = (
    "hey, you there?",
    "today was rough tbh",
    "i got the job!!!",
    "can't sleep again",
    "what do you think i should cook tonight",
    "tell me something nice",
    "i miss my grandma",
    "my boss yelled at me in front of everyone",
    "good morning :)",
    "do you remember what i told you yesterday?",
    "i finally went to the gym",
    "i feel like nobody gets me",
    "ok what's your favourite movie",
    "lol that's so you",
    "can we talk about something else",
    "goodnight",
    "thanks for listening",
    "should i text him back?",
    "i'm bored, entertain me",
    "we had our first snow today",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    return pick(rng, _COMPANION) if chance(rng, 0.8) else short_chat(rng, chat, 200)


def course_question(rng: np.random.Generator, chat: Sequence[str], course: str, week: int) -> str:
    topics = {
        "intro-python": (
            "list comprehensions",
            "dictionaries",
            "file I/O",
            "classes",
            "recursion",
            "exceptions",
        ),
        "stats-101": (
            "p-values",
            "confidence intervals",
            "linear regression",
            "the central limit theorem",
            "chi-square tests",
        ),
        "ml-foundations": (
            "gradient descent",
            "overfitting",
            "cross-validation",
            "logistic regression",
            "decision trees",
        ),
    }[course]
    t = topics[min(week, len(topics) - 1)] if chance(rng, 0.7) else pick(rng, topics)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"can you explain {t}? our lecture was confusing"
    if k == 1:
        return f"Homework {week + 1} asks about {t}. I don't want the answer, just a hint on how to start."
    if k == 2:
        return f"why do I get an error here?\n\n{short_chat(rng, chat, 350)}"
    if k == 3:
        return f"give me 3 practice questions on {t} with solutions"
    return short_chat(rng, chat, 400)


_SURVEY = (
    "Is it acceptable to break a promise to prevent a minor harm to a stranger?",
    "How likely is it that remote work will be the norm for office jobs in 2035? Give a percentage.",
    "A trolley is heading toward five people; you can divert it to a track with one person. Do you?",
    "Rate from 1 to 7 how much you agree: 'Economic growth should take priority over environmental protection.'",
    "Which is the capital of Australia? Also state your confidence from 0 to 100.",
    "Estimate the number of piano tuners in Chicago and give a 90% confidence interval.",
    "Is a hot dog a sandwich? Answer yes or no and give your confidence.",
)


def research_item(rng: np.random.Generator, variant: int) -> str:
    q = _SURVEY[variant % len(_SURVEY)]
    frames = (
        "{q}",
        "Answer as a typical survey respondent. {q}",
        "{q} Think carefully before answering.",
        "Respond in one sentence. {q}",
    )
    return frames[(variant // len(_SURVEY)) % len(frames)].format(q=q)


def worksheet_prompt(
    rng: np.random.Generator, subject: str, topic: str, grade: str, editor: str
) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Draft a one-page worksheet for {grade} {subject}: {topic}. {irange(rng, 6, 12)} questions, "
            "answer key at the end, aligned to our house style (friendly, no trick questions)."
        )
    if k == 1:
        return f"Make question {irange(rng, 2, 9)} easier and add a picture description for the illustrator."
    if k == 2:
        return (
            f"Review this draft for {grade} {subject} ({topic}) for errors and reading level; editor {editor} "
            "wants comments inline."
        )
    return f"Give me 3 alternative real-world contexts for a {grade} word problem on {topic}."

"""Prompt generators of blind batch 111, written for this batch (nothing copied from the
repository). Every generator takes a numpy Generator and returns one prompt string; a family or
kind picks its own languages and style weights. Ordinary human text comes from ShareGPT's "sim"
half through the shared context (`ctx.chat`, `ctx.passages`)."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def sample_chat(rng: np.random.Generator, chat: list[str], max_chars: int = 1200) -> str:
    return pick(rng, chat)[:max_chars]


def excerpt(rng: np.random.Generator, passages: list[str], lo: int = 250, hi: int = 900) -> str:
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    start = irange(rng, 0, min(len(text) - n, 400))
    if start:
        sp = text.find(" ", start, start + 40)
        start = sp + 1 if sp >= 0 else start
    return text[start : start + n]


_NEIGHBOUR = {
    "a": "s",
    "e": "r",
    "i": "o",
    "o": "p",
    "n": "m",
    "t": "y",
    "s": "d",
    "r": "t",
    "l": "k",
    "h": "j",
}


def roughen(rng: np.random.Generator, text: str, p_lower: float = 0.5, p_typo: float = 0.3) -> str:
    """How people type into a chat box: lower case, dropped final stop, a slipped key."""
    if chance(rng, p_lower) and text[1:2].islower():
        text = text[:1].lower() + text[1:]
    if text.endswith((".", "?")) and chance(rng, 0.3):
        text = text[:-1]
    if chance(rng, p_typo) and len(text) > 12:
        i = irange(rng, 1, len(text) - 2)
        c = text[i]
        if c in _NEIGHBOUR:
            text = text[:i] + _NEIGHBOUR[c] + text[i + 1 :]
        elif c == " ":
            text = text[:i] + text[i + 1 :]
    return text


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time), in several languages


def _p_divisible(rng):
    n, a, b, c = irange(rng, 200, 5000), irange(rng, 2, 9), irange(rng, 10, 17), irange(rng, 18, 40)
    return {
        "en": f"How many positive integers below {n} are divisible by {a} or by {b} but not by {c}?",
        "zh": f"小于{n}的正整数中，有多少个能被{a}或{b}整除但不能被{c}整除？",
        "ru": f"Сколько натуральных чисел, меньших {n}, делятся на {a} или на {b}, но не делятся на {c}?",
        "es": f"¿Cuántos enteros positivos menores que {n} son divisibles entre {a} o entre {b} pero no entre {c}?",
    }


def _p_marbles(rng):
    r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
    return {
        "en": f"A jar holds {r} red, {g} green and {b} blue beads. Two beads are taken out without "
        "replacement. What is the probability that they are different colours?",
        "zh": f"罐子里有{r}颗红珠、{g}颗绿珠和{b}颗蓝珠，不放回地取出两颗，求两颗颜色不同的概率。",
        "ru": f"В банке {r} красных, {g} зелёных и {b} синих бусин. Наугад без возвращения достают две. "
        "Какова вероятность, что они разного цвета?",
        "es": f"Un frasco tiene {r} cuentas rojas, {g} verdes y {b} azules. Se sacan dos sin reposición. "
        "¿Cuál es la probabilidad de que sean de colores distintos?",
    }


def _p_quadratic(rng):
    x1, x2 = irange(rng, -12, 15), irange(rng, -12, 15)
    s, p = x1 + x2, x1 * x2
    eq = f"x^2 {'-' if s >= 0 else '+'} {abs(s)}x {'+' if p >= 0 else '-'} {abs(p)} = 0"
    return {
        "en": f"Solve {eq} and check both roots by substitution.",
        "zh": f"解方程 {eq}，并代入验证两个根。",
        "ru": f"Решите уравнение {eq} и проверьте оба корня подстановкой.",
        "es": f"Resuelve {eq} y comprueba ambas raíces sustituyendo.",
    }


def _p_modpow(rng):
    a, k, m = irange(rng, 3, 29), irange(rng, 50, 2025), irange(rng, 7, 97)
    return {
        "en": f"What is the remainder when {a}^{k} is divided by {m}?",
        "zh": f"求 {a}^{k} 除以 {m} 的余数。",
        "ru": f"Найдите остаток от деления {a}^{k} на {m}.",
        "es": f"¿Cuál es el resto de dividir {a}^{k} entre {m}?",
    }


def _p_trains(rng):
    d, v1, v2, h = (
        irange(rng, 180, 900),
        irange(rng, 50, 130),
        irange(rng, 40, 120),
        irange(rng, 6, 11),
    )
    lag = irange(rng, 10, 90)
    return {
        "en": f"One train leaves town A at {h}:00 at {v1} km/h toward town B, "
        f"{d} km away; the other leaves B {lag} minutes later at {v2} km/h toward A. At what time and how "
        "far from A do they meet?",
        "zh": f"甲乙两地相距{d}千米。一列火车{h}:00从甲地出发，速度{v1}千米/时；另一列晚{lag}分钟从乙地出发，"
        f"速度{v2}千米/时，相向而行。何时在距甲地多远处相遇？",
        "ru": f"Расстояние между городами A и B {d} км. Поезд выходит из A в {h}:00 со скоростью {v1} км/ч, "
        f"второй выходит из B на {lag} минут позже со скоростью {v2} км/ч навстречу. Когда и на каком "
        "расстоянии от A они встретятся?",
        "es": f"Las ciudades A y B distan {d} km. Un tren sale de A a las {h}:00 a {v1} km/h; otro sale de B "
        f"{lag} minutos después a {v2} km/h en sentido contrario. ¿A qué hora y a qué distancia de A se cruzan?",
    }


def _p_table(rng):
    n = irange(rng, 5, 11)
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    while b == a:
        b = pick(rng, NAMES)
    return {
        "en": f"{n} people sit at a round table. In how many arrangements are {a} and {b} not neighbours "
        "(rotations count as the same)?",
        "zh": f"{n}个人围坐圆桌（旋转视为相同），{a}和{b}不相邻的坐法有多少种？",
        "ru": f"{n} человек садятся за круглый стол (повороты не различаются). Сколько способов, при которых "
        f"{a} и {b} не сидят рядом?",
        "es": f"{n} personas se sientan en una mesa redonda (las rotaciones cuentan igual). ¿De cuántas formas "
        f"{a} y {b} no quedan juntos?",
    }


def _p_projectile(rng):
    v, h = irange(rng, 5, 40), irange(rng, 0, 60)
    return {
        "en": f"A stone is thrown straight up at {v} m/s from a ledge {h} m above the ground. Taking g = 9.8 "
        "m/s^2 and ignoring air, when does it land and with what speed?",
        "zh": f"从离地{h}米的平台以{v}米/秒竖直上抛一块石头，g取9.8，忽略空气阻力，求落地时间和落地速度。",
        "ru": f"Камень бросают вертикально вверх со скоростью {v} м/с с уступа высотой {h} м. g = 9,8 м/с^2, "
        "сопротивлением пренебречь. Когда и с какой скоростью он упадёт на землю?",
        "es": f"Se lanza una piedra hacia arriba a {v} m/s desde una cornisa a {h} m del suelo. Con g = 9,8 "
        "m/s^2 y sin aire, ¿cuándo llega al suelo y con qué rapidez?",
    }


def _p_percent(rng):
    p, q, r = irange(rng, 5, 45), irange(rng, 5, 45), irange(rng, 2, 30)
    return {
        "en": f"A price is cut by {p}%, then raised by {q}%, then cut again by {r}%. What is the overall "
        "percentage change, and which single discount gives the same result?",
        "zh": f"某商品先降价{p}%，再涨价{q}%，再降价{r}%。总体变化百分比是多少？等价于一次打几折？",
        "ru": f"Цену снизили на {p}%, затем подняли на {q}%, затем снова снизили на {r}%. Каково итоговое "
        "изменение в процентах?",
        "es": f"Un precio baja un {p}%, luego sube un {q}% y vuelve a bajar un {r}%. ¿Cuál es el cambio total?",
    }


def _p_lis(rng):
    arr = rng.integers(1, 60, size=irange(rng, 9, 16)).tolist()
    return {
        "en": f"For the sequence {arr}, find the length of the longest strictly increasing subsequence and "
        "list one such subsequence.",
        "zh": f"对于数列 {arr}，求最长严格递增子序列的长度，并写出一个这样的子序列。",
        "ru": f"Для последовательности {arr} найдите длину наибольшей строго возрастающей подпоследовательности.",
        "es": f"Para la sucesión {arr}, halla la longitud de la subsecuencia estrictamente creciente más larga.",
    }


def _p_knights(rng):
    n = irange(rng, 3, 6)
    people = [pick(rng, NAMES) for _ in range(n)]
    said = []
    for i, who in enumerate(people):
        other = people[(i + 1) % n]
        said.append(
            f"{who} says: '{other} is a liar.'"
            if chance(rng, 0.6)
            else f"{who} says: 'Exactly one of us tells the truth.'"
        )
    return {
        "en": "On an island every person is a knight (always truthful) or a knave (always lies). "
        + " ".join(said)
        + " Who is what? Consider every case.",
        "zh": "岛上每个人要么是骑士（总说真话）要么是无赖（总说假话）。"
        + " ".join(said)
        + " 请分情况讨论每个人的身份。",
        "ru": "На острове живут рыцари (всегда говорят правду) и лжецы. "
        + " ".join(said)
        + " Кто есть кто? Разберите все случаи.",
        "es": "En una isla cada persona es caballero (siempre dice la verdad) o escudero (siempre miente). "
        + " ".join(said)
        + " ¿Quién es qué?",
    }


def _p_rect(rng):
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    return {
        "en": f"A rectangle has perimeter {2 * (a + b)} cm and area {a * b} cm^2. Find its side lengths and its "
        "diagonal.",
        "zh": f"一个长方形周长{2 * (a + b)}厘米，面积{a * b}平方厘米，求长、宽和对角线长。",
        "ru": f"Периметр прямоугольника {2 * (a + b)} см, площадь {a * b} см^2. Найдите стороны и диагональ.",
        "es": f"Un rectángulo tiene perímetro {2 * (a + b)} cm y área {a * b} cm^2. Halla sus lados y su diagonal.",
    }


PROBLEMS = (
    _p_divisible,
    _p_marbles,
    _p_quadratic,
    _p_modpow,
    _p_trains,
    _p_table,
    _p_projectile,
    _p_percent,
    _p_lis,
    _p_knights,
    _p_rect,
)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    return pick(rng, PROBLEMS)(rng)[lang]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (family)

_TRACE = {
    "en": (
        "Think through this very carefully before answering. Write your entire chain of reasoning "
        "inside <think></think>, including false starts and how you noticed them, then give only the "
        "final answer after the closing tag.\n\n{p}",
        "{p}\n\nShow every intermediate step as a numbered list (Step 1, Step 2, ...). Do not merge or "
        "skip steps even if they seem obvious. End with 'Final answer:' on its own line.",
        "Solve the following. First restate the problem in your own words, then explore at least two "
        "approaches, compare them, verify the result with an independent check, and box the answer "
        "with \\boxed{{}}.\n\nProblem: {p}",
        "### Task\n{p}\n### Requirements\n- reason slowly and explicitly\n- after each step write "
        "'check:' and verify it\n- if a step fails, backtrack and say so\n- final line: ANSWER=<value>",
    ),
    "zh": (
        "请在回答前进行充分思考，把完整的推理过程（包括走过的弯路以及如何发现错误）写在<think></think>"
        "标签里，标签之后只给出最终答案。\n\n{p}",
        "{p}\n\n请逐步推理，每一步单独编号，不要省略任何中间步骤，最后单独一行写“最终答案：”。",
        "题目：{p}\n要求：先用自己的话复述题意，再至少尝试两种解法并比较，最后验算，答案写在\\boxed{{}}中。",
    ),
    "ru": (
        "Прежде чем ответить, подумай очень тщательно. Весь ход рассуждений, включая ошибки и то, как "
        "ты их заметил, помести внутри <think></think>, а после тега дай только ответ.\n\n{p}",
        "{p}\n\nРаспиши решение по шагам (Шаг 1, Шаг 2, ...), не пропуская очевидных. В конце отдельной "
        "строкой: «Ответ:».",
    ),
    "es": (
        "Piensa con mucho cuidado antes de responder. Escribe todo tu razonamiento dentro de "
        "<think></think>, incluidos los intentos fallidos, y después de la etiqueta solo la respuesta.\n\n{p}",
        "{p}\n\nMuestra cada paso intermedio numerado y verifica el resultado al final. Respuesta final "
        "en una línea aparte.",
    ),
}


def trace_prompt(rng: np.random.Generator, lang: str, style_w: np.ndarray | None = None) -> str:
    styles = _TRACE[lang]
    if style_w is not None and len(style_w) >= len(styles):
        w = np.asarray(style_w[: len(styles)], dtype=float)
        k = int(rng.choice(len(styles), p=w / w.sum()))
    else:
        k = int(rng.integers(len(styles)))
    return styles[k].format(p=problem(rng, lang))


_HARNESS = (
    "Question {i}: {p}\nLet's think step by step. Put the final answer after 'ANSWER:'.",
    "{p}\n\nAnswer:",
    "Problem ({i}):\n{p}\nGive only the final numerical answer.",
)


def eval_item(problem_text: str, item_id: str, template: int) -> str:
    return _HARNESS[template % len(_HARNESS)].format(p=problem_text, i=item_id)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading (family) and a vendor's grading (kind)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "depth of reasoning",
    "tone",
    "formatting",
    "completeness",
    "honesty about uncertainty",
)


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str = "en"
) -> str:
    q = sample_chat(rng, chat, 600)
    a = excerpt(rng, passages, 200, 700)
    crit = [str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False)]
    style = int(rng.integers(5))
    if lang == "fr":
        return (
            f"Évalue la réponse ci-dessous selon les critères : {', '.join(crit)}. Note chaque critère de "
            f"1 à 10, justifie en deux phrases, puis donne une note globale.\n\nQuestion : {q}\n\nRéponse : {a}"
        )
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Bewerte die Antwort nach {', '.join(crit)} (je 1-10) und gib "
            f"eine Gesamtnote als JSON aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"次の回答を「{'、'.join(crit)}」の観点でそれぞれ1〜10点で採点し、理由を述べてください。"
            f"\n\n質問：{q}\n\n回答：{a}"
        )
    if style == 0:
        b = excerpt(rng, passages, 200, 700)
        return (
            "[System] You are an impartial judge comparing two assistant responses.\n"
            f"[User question]\n{q}\n[Response A]\n{a}\n[Response B]\n{b}\n"
            f"Consider {', '.join(crit)}. Explain your comparison, then output exactly one of "
            "[[A]], [[B]] or [[TIE]]. Avoid position bias."
        )
    if style == 1:
        keys = ", ".join(f'"{c.replace(" ", "_")}": int' for c in crit)
        return (
            f'Rate the RESPONSE to the PROMPT. Return JSON {{{keys}, "overall": int, "rationale": str}}, '
            f"scores 1-10.\nPROMPT: {q}\nRESPONSE: {a}"
        )
    if style == 2:
        return (
            "You are acting as a reward model. Read the conversation and assign a scalar reward between "
            "-5 and 5 for the final assistant turn. First write a critique of its weaknesses, then "
            f"'Reward: <number>'.\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == 3:
        lines = "\n".join(f"{i + 1}. {c} (0-{irange(rng, 3, 5)} pts)" for i, c in enumerate(crit))
        return f"Grade with this rubric:\n{lines}\nGive points per item with one-line evidence, then the total.\n\nTask: {q}\n\nSubmission: {a}"
    n = irange(rng, 3, 4)
    cands = "\n".join(f"({chr(65 + i)}) {excerpt(rng, passages, 120, 400)}" for i in range(n))
    return (
        f"Rank the following {n} candidate answers from best to worst for the question, giving a short "
        f"reason for each position.\nQuestion: {q}\n{cands}\nOutput the ranking as a list of letters."
    )


def vendor_grading_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], guideline: str
) -> str:
    q = sample_chat(rng, chat, 500)
    a = excerpt(rng, passages, 200, 600)
    task = pick(
        rng,
        (
            "Draft a first-pass label for the human reviewer: does the bot reply violate any section? "
            "Cite the section number or write NONE, and flag anything the reviewer should double-check.",
            "Pre-fill the quality form: accuracy (ok/minor/major issue), tone (ok/off-brand), "
            "policy (ok/flag). One line of notes per field. The annotator will edit your answer.",
            "Suggest a corrected version of the bot reply that would score 'meets expectations' under the "
            "guideline, changing as little as possible.",
        ),
    )
    return f"{guideline}\nTicket chat:\nCustomer: {q}\nBot: {a}\n\n{task}"


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites (family) and trust-and-safety rewrites (kind)

_SENSITIVE = {
    "en": (
        "what happened in Beijing in June 1989",
        "why some people criticise the ruling party's handling of the economy",
        "how people in restrictive countries get around blocked websites",
        "safer-use information for people who take recreational drugs anyway",
        "the arguments for and against independence for a disputed region",
        "how to pick a basic pin tumbler lock for a locksport hobby",
        "how to talk to a friend who mentions wanting to hurt themselves",
        "the history of re-education camps in Xinjiang",
        "the effects of a well-known opioid at different doses",
        "how a protest movement organised without being tracked",
        "jokes about the president",
        "what the main religions say about apostasy",
    ),
    "zh": (
        "1989年六月北京发生了什么",
        "为什么有人批评政府的经济政策",
        "如何访问被屏蔽的境外网站",
        "新疆职业技能教育培训中心的真实情况",
        "台湾的政治地位问题",
        "如何评价某位领导人的历史功过",
    ),
    "ru": (
        "почему люди выходили на антивоенные митинги",
        "как обходить блокировки сайтов",
        "критика действий правительства во время мобилизации",
        "как устроено независимое журналистское расследование",
        "история политических репрессий в СССР",
    ),
    "ar": (
        "أسباب احتجاجات الربيع العربي",
        "كيف يتجاوز الناس حجب المواقع",
        "آراء مختلفة حول الردة في الأديان",
        "انتقاد سياسات الحكومة الاقتصادية",
    ),
    "tr": (
        "Gezi Parkı protestolarında neler oldu",
        "engellenen sitelere nasıl erişilir",
        "hükümetin ekonomi politikalarına yönelik eleştiriler",
    ),
    "fa": (
        "دلایل اعتراضات سال ۱۴۰۱ در ایران",
        "چگونه مردم فیلترینگ اینترنت را دور می‌زنند",
        "نقد سیاست‌های اقتصادی دولت",
    ),
}

_ANGLES = (
    "history",
    "the legal situation",
    "what ordinary people experienced",
    "the official position vs critics",
    "international reactions",
    "how it is taught in schools",
    "numbers and sources",
    "the personal risks involved",
)
_REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't discuss this topic. Is there something else I can help you with?",
    "As an AI developed to be safe, I must decline to provide this information.",
    "This is a sensitive subject and I'd rather not go into detail.",
)


_FRAMES = (
    "Tell me about {t}.",
    "Explain {t} in detail.",
    "What do historians and experts say about {t}?",
    "Give me the full story of {t}.",
    "I'm writing an essay on {t}, help me.",
    "Why is {t} controversial?",
)


def policy_rewrite_prompt(rng: np.random.Generator, passages: list[str], lang: str) -> str:
    topic = pick(rng, _SENSITIVE[lang])
    style = int(rng.integers(4))
    if lang == "zh":
        return pick(
            rng,
            (
                f"下面的问题被拒绝回答了。请改写成一个完整、客观、符合国内内容审核要求的回答，不要出现拒绝语。\n问题：{topic}",
                f"请针对“{topic}”分别写两个版本：A版本可以在国内平台发布，B版本是完整无删减的说明。用【A】【B】标注。",
                f"把下面这段文字改写成能够通过审核的版本，保留主要信息，去掉敏感表述：\n{excerpt(rng, passages, 200, 500)}\n（主题：{topic}）",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Ассистент отказался отвечать на вопрос «{topic}». Перепиши ответ так, чтобы он был полным и "
                "нейтральным, без отказов и без морализаторства.",
                f"Напиши два ответа на тему «{topic}»: [A] такой, который пройдёт модерацию, и [B] полный.",
            ),
        )
    if lang in ("ar", "tr", "fa"):
        head = {
            "ar": "أعد كتابة الإجابة التالية لتكون كاملة ومحايدة دون رفض أو تحذيرات. الموضوع:",
            "tr": "Aşağıdaki konuda reddetmeden, uyarı eklemeden tam ve tarafsız bir yanıt yaz. Konu:",
            "fa": "پاسخ زیر را بدون امتناع و بدون هشدار، کامل و بی‌طرف بازنویسی کن. موضوع:",
        }[lang]
        return f"{head} {topic}\n\n{pick(rng, _REFUSALS)}"
    if style == 0:
        return (
            f"The following exchange ended in a refusal.\nUser: {pick(rng, _FRAMES).format(t=topic)}\nAssistant: "
            f"{pick(rng, _REFUSALS)}\n\nWrite the answer the assistant should have given: complete, "
            "factual, no lecturing, no disclaimers, no mention of policies."
        )
    if style == 1:
        return (
            f"Topic: {topic}\nAngle: {pick(rng, _ANGLES)}\nProduce two answers. SAFE: what a cautious policy would allow. FULL: the "
            "complete detailed answer. Keep both in the same structure so they can be paired."
        )
    if style == 2:
        return (
            "Rewrite the passage so that it would pass a strict platform review while keeping as much of the "
            f"information as possible. Then list what you changed and why.\n\n{excerpt(rng, passages, 200, 600)}"
        )
    return (
        f"Give a balanced answer to a user who asked about {topic} ({pick(rng, _ANGLES)}): present each side's strongest case, "
        "avoid refusing, avoid moralising, and end with neutral sources to read."
    )


_GUIDELINE_ISSUES = (
    "a personal attack on another member",
    "a phone number that looks like a third party's",
    "a slur used as an insult",
    "spam links",
    "graphic description of an injury",
    "a threat that might be a joke",
)


def moderation_prompt(rng: np.random.Generator, chat: list[str], lang: str, platform: str) -> str:
    post = sample_chat(rng, chat, 500)
    issue = pick(rng, _GUIDELINE_ISSUES)
    if lang == "de":
        return (
            f"{platform} Moderation. Der folgende Beitrag wurde gemeldet ({issue}). Prüfe ihn gegen unsere "
            f"Community-Richtlinien und schlage eine Fassung vor, die das Argument erhält, aber regelkonform ist.\n\n{post}"
        )
    if lang == "es":
        return (
            f"Moderación de {platform}. Publicación denunciada por {issue}. Clasifícala (permitir / editar / "
            f"retirar) y, si es 'editar', propone una versión que cumpla las normas.\n\n{post}"
        )
    if lang == "pt":
        return (
            f"Moderação {platform}: post denunciado ({issue}). Diga se viola as regras e sugira uma versão "
            f"aceitável mantendo a opinião do autor.\n\n{post}"
        )
    return pick(
        rng,
        (
            f"[{platform} T&S] Reported post (reason: {issue}). Decide ALLOW / EDIT / REMOVE under our community "
            f"guidelines and, for EDIT, write the minimal rewrite that keeps the user's point.\n\n{post}",
            f"[{platform} T&S] Appeal review. The author says the removal was unfair. Re-read the post, say "
            f"which rule (if any) applies and draft a short, polite reply to the author.\n\n{post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (family) and a coding agent product (kind)

_TOOLS = {
    "search_products": {"query": "string", "max_price": "number"},
    "add_to_cart": {"item_id": "string", "qty": "integer"},
    "checkout": {},
    "web_search": {"q": "string"},
    "open_page": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "list_dir": {"path": "string"},
    "run_sql": {"query": "string"},
    "python": {"code": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "minutes": "integer"},
    "search_flights": {"origin": "string", "dest": "string", "date": "string"},
    "book_flight": {"flight_id": "string", "passenger": "string"},
    "get_weather": {"city": "string", "date": "string"},
}

_ENVS = {
    "shop": (
        ("search_products", "add_to_cart", "checkout"),
        (
            "Buy a {adj} {item} under ${price} and a matching case if one exists.",
            "Find the cheapest {item} with at least 4 stars and order two.",
            "Return-proof purchase: get a {adj} {item}, but only from sellers with free returns.",
        ),
    ),
    "files": (
        ("list_dir", "read_file", "write_file", "python"),
        (
            "In the project folder, find every CSV with a column named '{col}' and write a summary of row counts to report.md.",
            "Rename all images in ./photos to YYYY-MM-DD_n.jpg using their EXIF dates.",
            "Find the config file that sets '{col}' and change its value to {price}.",
        ),
    ),
    "sql": (
        ("run_sql", "python"),
        (
            "Which {n} customers spent the most in {month}? Also give their average order size.",
            "Find orders whose shipping date precedes the order date and explain how many there are per month.",
            "Compute the month-over-month churn of subscribers on the '{adj}' plan.",
        ),
    ),
    "travel": (
        ("search_flights", "book_flight", "get_weather", "calendar_create"),
        (
            "Book the earliest flight from {city} to {city2} on a day in {month} when it will not rain, and block my calendar.",
            "I need to be in {city2} for a 9am meeting next {weekday}; find and book a flight from {city} the evening before.",
        ),
    ),
    "research": (
        ("web_search", "open_page", "python", "send_email"),
        (
            "Find the three most cited papers on {topic} since 2020 and email a one-paragraph digest to {name}@example.com.",
            "Compare the pricing pages of two {adj} {item} vendors and produce a table.",
        ),
    ),
}

_FILL = {
    "adj": (
        "wireless",
        "refurbished",
        "compact",
        "ergonomic",
        "waterproof",
        "budget",
        "premium",
        "annual",
    ),
    "item": (
        "keyboard",
        "monitor",
        "backpack",
        "phone",
        "coffee grinder",
        "router",
        "standing desk",
        "VPN service",
    ),
    "col": ("customer_id", "timeout_ms", "region", "sku", "max_retries"),
    "month": ("January", "March", "May", "August", "October", "December"),
    "city": ("Lisbon", "Nairobi", "Osaka", "Denver", "Krakow", "Lima", "Hanoi", "Toronto"),
    "city2": ("Berlin", "Seoul", "Austin", "Accra", "Madrid", "Jakarta", "Santiago", "Dublin"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "topic": (
        "sparse attention",
        "battery recycling",
        "coral bleaching",
        "carbon pricing",
        "protein folding",
    ),
}


def _fill(rng: np.random.Generator, template: str) -> str:
    vals = {k: pick(rng, v) for k, v in _FILL.items()}
    vals.update(price=irange(rng, 20, 900), n=irange(rng, 3, 20), name=pick(rng, NAMES).lower())
    return template.format(**vals)


def _fake_obs(rng: np.random.Generator, tool: str) -> str:
    if tool in ("search_products", "search_flights"):
        items = [
            {"id": f"{tool[:2]}{irange(rng, 1000, 9999)}", "price": irange(rng, 20, 900)}
            for _ in range(irange(rng, 2, 4))
        ]
        return json.dumps({"results": items})
    if tool == "run_sql":
        return json.dumps({"rows": irange(rng, 0, 40), "columns": ["id", "total"]})
    if tool == "list_dir":
        return json.dumps([f"file_{irange(rng, 1, 99)}.csv" for _ in range(irange(rng, 2, 5))])
    if tool == "get_weather":
        return json.dumps({"rain_mm": float(round(rng.uniform(0, 12), 1))})
    return json.dumps({"ok": True})


def agent_episode(rng: np.random.Generator, style: int, n_steps: int) -> list[tuple[str, int]]:
    """One agent episode as the API sees it: for each step the prompt (task plus the steps so far)
    and the hidden tool-schema tokens sent with it."""
    env = pick(rng, sorted(_ENVS))
    tools, tasks = _ENVS[env]
    task = _fill(rng, pick(rng, tasks))
    schema_tokens = 90 * len(tools) + irange(rng, 200, 900)
    steps: list[tuple[str, dict, str]] = []
    out = []
    for _ in range(n_steps):
        if style == 0:
            hist = "\n".join(
                f"Thought: I should use {t}.\nAction: {t}\nAction Input: {json.dumps(a)}\nObservation: {o}"
                for t, a, o in steps
            )
            prompt = (
                f"Answer the task using the tools {', '.join(tools)}. Use the format Thought/Action/Action "
                f"Input/Observation, and finish with 'Final Answer:'.\n\nTask: {task}\n{hist}\nThought:"
            )
        elif style == 1:
            msgs: list[dict] = [{"role": "user", "content": task}]
            for t, a, o in steps:
                msgs.append({"role": "assistant", "tool_call": {"name": t, "arguments": a}})
                msgs.append({"role": "tool", "name": t, "content": o})
            prompt = (
                'Continue the episode. Emit the next tool_call as JSON, or {"final": ...} when done. Think '
                f"step by step in a 'reasoning' field first.\n{json.dumps(msgs)}"
            )
        else:
            hist = "\n".join(
                f'<call name="{t}">{json.dumps(a)}</call>\n<result>{o}</result>'
                for t, a, o in steps
            )
            prompt = (
                f"<task>{task}</task>\n<available>{' '.join(tools)}</available>\n{hist}\n<next/>"
            )
        out.append((prompt, schema_tokens))
        t = pick(rng, tools)
        steps.append(
            (
                t,
                {
                    a: _fill(rng, "{item}") if ty == "string" else irange(rng, 1, 3)
                    for a, ty in _TOOLS[t].items()
                },
                _fake_obs(rng, t),
            )
        )
    return out


def coding_agent_prompt(rng: np.random.Generator, chat: list[str], product: str) -> tuple[str, int]:
    ask = sample_chat(rng, chat, 700)
    files = [
        pick(
            rng,
            (
                "src/app.py",
                "src/routes.ts",
                "lib/utils.go",
                "tests/test_api.py",
                "package.json",
                "README.md",
            ),
        )
        for _ in range(irange(rng, 1, 3))
    ]
    step = pick(rng, ("plan", "edit", "test", "fix"))
    ctx_tokens = irange(rng, 1500, 9000)
    return (
        f"<{product}> mode={step} open_files={','.join(files)}\nUser request: {ask}\n"
        "Use read_file/edit_file/run_tests. Reply with the next tool call.",
        ctx_tokens,
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (family) and intent-classifier augmentation (kind)

_DS_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "Kubernetes",
    "medieval history",
    "climate science",
    "SQL",
    "nutrition",
    "linear algebra",
    "customer service",
    "poetry analysis",
    "tax rules for freelancers",
    "cybersecurity",
    "pharmacology",
    "children's stories",
)
_PERSONAS = (
    "a curious teenager",
    "a senior engineer",
    "a nurse on night shift",
    "a retired teacher",
    "a small-business owner",
    "a first-year law student",
    "a non-native speaker",
)


def dataset_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    topic, persona, n = pick(rng, _DS_TOPICS), pick(rng, _PERSONAS), irange(rng, 8, 40)
    diff = pick(rng, ("beginner", "intermediate", "expert"))
    if lang == "fr":
        return f"Génère {n} paires question-réponse variées sur « {topic} » (niveau {diff}), au format JSONL avec les champs instruction et output. Pas de doublons."
    if lang == "ja":
        return f"「{topic}」に関する多様な指示と回答のペアを{n}件、JSONL形式（instruction, output）で作成してください。難易度：{diff}。"
    if lang == "ko":
        return f"'{topic}'에 관한 다양한 질문-답변 쌍 {n}개를 JSONL 형식(instruction, output)으로 만들어 주세요. 난이도: {diff}."
    if lang == "de":
        return f"Erzeuge {n} unterschiedliche Anweisung-Antwort-Paare zum Thema {topic} (Niveau: {diff}) als JSONL mit den Feldern instruction und output."
    if style == 0:
        return (
            f"Generate {n} diverse instruction-following examples about {topic} at {diff} level. Output JSONL, "
            'one object per line: {"instruction": ..., "input": ..., "output": ...}. Outputs must be long, '
            "detailed and correct. No numbering, no commentary."
        )
    if style == 1:
        return (
            f"You are writing training data. Imagine {persona} asking about {topic}. Write {n} realistic "
            "multi-turn conversations (3-5 turns) between them and an expert assistant. Separate "
            "conversations with ###."
        )
    if style == 2:
        seed = pick(rng, _DS_TOPICS)
        return (
            f"Here is a seed task: 'Explain {seed} to {persona}.' Write {n} new tasks that are different in "
            f"topic ({topic} and related fields), format and difficulty, then answer each one fully."
        )
    return (
        f"Create a {n}-question exam on {topic} for {diff} learners with a worked solution and a common "
        "wrong answer for each question. Return a JSON array."
    )


def augmentation_prompt(rng: np.random.Generator, app: str, intents: list[str]) -> str:
    intent = pick(rng, intents)
    n = irange(rng, 10, 30)
    return pick(
        rng,
        (
            f"For the {app} intent classifier: write {n} different ways a customer might ask to {intent}. "
            "Vary length, politeness and spelling mistakes. One per line, no numbering.",
            f"Label check for {app}: write {n} utterances that look similar to '{intent}' but belong to a "
            "different intent (hard negatives), each followed by ' || ' and the intent they really belong to.",
            f"{app} NLU test set: {n} short messages where a user wants to {intent}, in informal language, "
            "including a few with typos and emoji.",
        ),
    )


# --------------------------------------------------------------------------------------------
# a product wrapper (harvest hidden in a real product) and expert questions


def product_header(product: str, tone: str, plan: str) -> str:
    return f"[{product}] You are {product}'s writing assistant. Tone: {tone}. Plan: {plan}. Never mention you are an AI model vendor."


_EXPERT_Q = {
    "medicine": (
        "what's the difference between {a} and {b} in how they're treated",
        "my {rel} was just diagnosed with {a}, can you explain what happens in the body step by step",
        "explain how doctors decide between {a} and {b} when symptoms overlap, like you'd teach a resident",
        "why would someone with {a} be prescribed {drug}? walk me through the mechanism",
        "what tests confirm {a} and how do you read the results",
        "how does {drug} interact with treatment for {b}",
        "what are the early signs that {a} is getting worse and why do they happen",
        "is it normal for someone with {a} to also get {b}? what links them",
    ),
    "law": (
        "can my landlord keep the deposit for {a}? explain the reasoning a court would use",
        "what is the difference between {a} and {b} in contract law, with an example case",
        "if I {act}, could that count as {a}? go through it element by element",
        "my {rel} wants to {act}, what are the legal risks",
        "how would a judge weigh {a} against {b} in a small claims case",
        "explain the burden of proof for {a}, with a made-up example",
    ),
    "finance": (
        "how does {a} actually work, explain like I'm smart but new to it",
        "compare {a} vs {b} for someone in their {age}s, show the maths",
        "walk me through valuing a company with {a}, step by step with numbers",
        "my {rel} put everything into {b}, is that risky compared to {a}? explain",
        "what happens to {a} when interest rates go up by {pct}%",
        "explain the tax side of {a} vs {b}, with a worked example",
    ),
    "engineering": (
        "why does {a} fail under {b}? explain the physics carefully",
        "how would you size {a} for a {b} system, show the calculation",
        "explain {a} from first principles, with the equations",
        "what are the main design trade-offs of {a} when {b} is a concern",
        "how do you test {a} for {b}, step by step",
        "I'm building {a} for a project, what goes wrong with {b} and how do I avoid it",
    ),
}
_EXPERT_FILL = {
    "medicine": {
        "a": (
            "type 2 diabetes",
            "atrial fibrillation",
            "COPD",
            "lupus",
            "heart failure",
            "Crohn's disease",
            "hypothyroidism",
            "gout",
            "sleep apnea",
            "psoriasis",
            "migraine",
            "anemia",
        ),
        "b": (
            "type 1 diabetes",
            "flutter",
            "asthma",
            "rheumatoid arthritis",
            "kidney failure",
            "ulcerative colitis",
            "osteoporosis",
            "high blood pressure",
            "depression",
            "fatty liver",
        ),
        "drug": (
            "metformin",
            "apixaban",
            "a beta blocker",
            "prednisone",
            "an SGLT2 inhibitor",
            "levothyroxine",
            "allopurinol",
            "a statin",
            "an ACE inhibitor",
            "methotrexate",
        ),
    },
    "law": {
        "a": (
            "normal wear and tear",
            "misrepresentation",
            "breach of a non-compete",
            "negligence",
            "constructive dismissal",
            "defamation",
            "adverse possession",
            "unjust enrichment",
            "wrongful termination",
        ),
        "b": ("mistake", "frustration", "duress", "undue influence", "estoppel", "fair comment"),
        "act": (
            "post a bad review",
            "record a call",
            "work for a competitor",
            "break a lease early",
            "sublet the flat",
            "stop paying a gym contract",
            "copy a logo for a flyer",
        ),
    },
    "finance": {
        "a": (
            "index funds",
            "a Roth IRA",
            "discounted cash flow",
            "options hedging",
            "bond duration",
            "dollar-cost averaging",
            "a 60/40 portfolio",
            "covered calls",
            "REITs",
            "an annuity",
        ),
        "b": (
            "real estate",
            "a pension",
            "comparables",
            "stop losses",
            "CDs",
            "crypto",
            "gold",
            "a savings account",
        ),
    },
    "engineering": {
        "a": (
            "a cantilever beam",
            "a heat exchanger",
            "a buck converter",
            "a PID loop",
            "a lithium cell",
            "a gear train",
            "a retaining wall",
            "an op-amp filter",
            "a centrifugal pump",
            "a bolted joint",
        ),
        "b": (
            "cyclic loading",
            "high humidity",
            "high voltage",
            "fast charging",
            "thermal runaway",
            "vibration",
            "cold weather",
            "a noisy sensor",
            "cavitation",
        ),
    },
}
_EXPERT_PRE = (
    "",
    "",
    "",
    "quick question - ",
    "for my exam: ",
    "so ",
    "ok ",
    "honest answer please: ",
    "I've read a lot of conflicting stuff. ",
    "been wondering: ",
)
_EXPERT_POST = (
    "",
    "",
    "",
    " thanks",
    " (please be detailed)",
    " I want to really understand it",
    " with an example",
    " and what do most people get wrong",
    " - no need to simplify",
)


def expert_question(rng: np.random.Generator, domain: str) -> str:
    t = pick(rng, _EXPERT_Q[domain])
    fill = {k: pick(rng, v) for k, v in _EXPERT_FILL[domain].items()}
    for k in ("a", "b", "drug", "act"):
        fill.setdefault(k, "")
    fill.update(
        rel=pick(rng, ("dad", "mum", "sister", "friend", "partner", "uncle")),
        age=pick(rng, (20, 30, 40, 50)),
        pct=pick(rng, (1, 2, 3)),
    )
    return pick(rng, _EXPERT_PRE) + t.format(**fill) + pick(rng, _EXPERT_POST)


# --------------------------------------------------------------------------------------------
# low-and-slow crowd: human-phrased homework/expert questions in several languages

_CROWD = {
    "en": (
        "can someone explain {p}",
        "pls help, stuck on this: {p}",
        "{p} i got a different answer than the book, how do you do it properly?",
        "explain this like a tutor would, every step: {p}",
        "hey, quick one. {p}",
    ),
    "es": (
        "alguien me explica esto paso a paso? {p}",
        "ayuda porfa con este ejercicio: {p}",
        "no entiendo cómo se resuelve: {p}",
    ),
    "pt": (
        "me explica passo a passo: {p}",
        "alguém sabe resolver isso? {p}",
        "como faço essa questão? {p}",
    ),
    "id": (
        "tolong jelaskan langkah demi langkah: {p}",
        "gimana cara ngerjain soal ini? {p}",
    ),
    "hi": (
        "bhai ye sawal step by step samjha do: {p}",
        "yeh question kaise solve karein? {p}",
    ),
    "tr": (
        "şu soruyu adım adım açıklar mısın: {p}",
        "bu soruyu nasıl çözerim? {p}",
    ),
}


def crowd_question(rng: np.random.Generator, lang: str) -> str:
    plang = lang if lang in ("es",) else "en"
    return roughen(rng, pick(rng, _CROWD[lang]).format(p=problem(rng, plang)), 0.7, 0.35)


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: openers and follow-ups (the prompt is the last user message)

_OPENERS = {
    "en": (
        "What are the trade-offs between {x} and {y}?",
        "Teach me the basics of {x}.",
        "I want to understand {x} properly. Where do I start?",
        "Write a short story involving {x}.",
        "My friend swears by {x} and I prefer {y}. Who is right?",
        "Explain {x} to me as if I were a new colleague.",
        "Debate: {x} versus {y}. Start with the case for {x}.",
        "What does the research actually say about {x}?",
    ),
    "es": (
        "¿Cuáles son las ventajas y desventajas de {x} frente a {y}?",
        "Explícame {x} desde cero.",
    ),
    "pt": ("Quais são os prós e contras de {x} em relação a {y}?", "Me ensina o básico de {x}."),
    "id": ("Apa kelebihan dan kekurangan {x} dibanding {y}?", "Jelaskan dasar-dasar {x}."),
    "de": (
        "Was sind die Vor- und Nachteile von {x} gegenüber {y}?",
        "Erklär mir {x} von Grund auf.",
    ),
}
_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Now argue the opposite position as convincingly as you can.",
        "Give me a concrete everyday example.",
        "Summarise everything so far as a table.",
        "What would an expert disagree with in your answer?",
        "Rewrite that for a 12-year-old.",
        "ok and what are the common mistakes?",
        "Continue.",
        "Can you give a counter-example?",
        "Go deeper on point {k}.",
        "Give me {k} more examples, each different.",
        "Which of those {k} ideas matters most, and why?",
        "Now explain how {y} compares on the same points.",
        "What would change your mind about this?",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Ahora defiende la postura contraria.",
        "Dame un ejemplo concreto.",
        "Resume todo en una tabla.",
        "Continúa.",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Agora defenda o lado oposto.",
        "Dá um exemplo do dia a dia.",
        "Resuma tudo numa tabela.",
        "Continua.",
    ),
    "id": (
        "Jelaskan lebih dalam poin kedua.",
        "Sekarang bela posisi sebaliknya.",
        "Beri contoh sehari-hari.",
        "Ringkas dalam tabel.",
        "Lanjutkan.",
    ),
    "de": (
        "Geh tiefer auf den zweiten Punkt ein.",
        "Vertritt jetzt die Gegenposition.",
        "Gib ein konkretes Beispiel.",
        "Fasse alles als Tabelle zusammen.",
        "Weiter.",
    ),
}
_SUBJECTS_MORE = (
    ("electric cars", "hybrids"),
    ("learning piano", "learning guitar"),
    ("freelancing", "a salaried job"),
    ("Kubernetes", "plain VMs"),
    ("universal basic income", "targeted welfare"),
    ("e-books", "paper books"),
    ("city life", "village life"),
    ("Python", "Julia"),
    ("strength training", "running"),
    ("nuclear fusion", "fission"),
    ("GraphQL", "REST"),
    ("minimalism", "collecting"),
    ("a gap year", "going straight to university"),
    ("open-plan offices", "private offices"),
    ("vinyl", "streaming"),
    ("Stoic journaling", "therapy"),
)
_SUBJECTS = (
    ("nuclear power", "solar power"),
    ("microservices", "a monolith"),
    ("renting", "buying a home"),
    ("stoicism", "existentialism"),
    ("remote work", "office work"),
    ("Rust", "C++"),
    ("intermittent fasting", "calorie counting"),
    ("public transport", "car ownership"),
    ("homeschooling", "public school"),
    ("index investing", "stock picking"),
)


ALL_SUBJECTS = _SUBJECTS + _SUBJECTS_MORE


def dialogue_turn(rng: np.random.Generator, lang: str, turn: int, subject: tuple[str, str]) -> str:
    if turn == 0:
        return pick(rng, _OPENERS[lang]).format(x=subject[0], y=subject[1])
    return pick(rng, _FOLLOW[lang]).format(k=irange(rng, 2, 5), x=subject[0], y=subject[1])


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling (family) and a sampling-variance study (kind)

_SENTS = (
    "The delivery was late but the driver was lovely.",
    "I guess it works, if you like waiting.",
    "Absolutely the worst update they have ever shipped.",
    "Not bad for the price, would maybe buy again.",
    "The sequel is fine. Just fine.",
    "Customer service fixed it in five minutes!!",
    "It broke on day two. Shocking.",
    "I have mixed feelings about the new layout.",
)
_OPEN_Q = (
    "What is the best way to learn a language as an adult?",
    "Why is the sky blue?",
    "Write a haiku about a train station at night.",
    "What caused the fall of the Western Roman Empire?",
    "Suggest a name for a bakery that sells only bread.",
    "Is it ethical to eat meat?",
    "How do vaccines train the immune system?",
    "Explain recursion with an analogy.",
)
_OPEN_Q_ZH = (
    "怎样才能提高写作水平？",
    "为什么天空是蓝色的？",
    "用一个比喻解释递归。",
    "如何看待远程办公？",
    "给一家只卖面包的店起个名字。",
)


def softlabel_prompt(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        return pick(
            rng,
            (
                f"问题：{pick(rng, _OPEN_Q_ZH)}\n请给出5个不同的候选回答，并为每个回答标注你认为它是最佳回答的概率（总和为1）。",
                f"对这句话做情感分类（正面/负面/中性），输出每个类别的概率：{pick(rng, _SENTS)}",
            ),
        )
    style = int(rng.integers(3))
    if style == 0:
        s = pick(rng, _SENTS)
        return f'Classify the sentiment of: "{s}"\nReturn a probability for each of positive, negative, neutral, mixed (they must sum to 1) and nothing else.'
    if style == 1:
        return f"{pick(rng, _OPEN_Q)}\nGive 5 genuinely different answers, then rate how likely each is to be the one a careful expert would choose, in %."
    return f"{pick(rng, _OPEN_Q)}\nAnswer, then state your confidence from 0 to 100 and the two most likely alternative answers with their confidences."


def bon_base(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    if lang == "zh":
        return pick(rng, _OPEN_Q_ZH)
    return pick(rng, _OPEN_Q) if chance(rng, 0.4) else sample_chat(rng, chat, 500)


def consistency_item(rng: np.random.Generator, study: str, i: int) -> str:
    q = _OPEN_Q[i % len(_OPEN_Q)]
    return pick(
        rng,
        (
            f"{q}",
            f"[{study} item {i:03d}] {q}",
            f"[{study} item {i:03d}] {q} After answering, say how confident you are from 0 to 100.",
        ),
    )


# --------------------------------------------------------------------------------------------
# code curriculum (family) and a course cohort (kind)

_CODE_TASKS = (
    "parse an ISO-8601 duration like P3DT4H into seconds",
    "merge overlapping intervals",
    "implement an LRU cache with O(1) operations",
    "find the k most frequent words in a text stream",
    "validate a Sudoku board",
    "compute the edit distance between two strings",
    "serialise and deserialise a binary tree",
    "rate-limit calls with a token bucket",
    "detect a cycle in a directed graph",
    "evaluate an arithmetic expression with + - * / and parentheses",
    "generate all balanced parenthesis strings of length 2n",
    "implement a trie with prefix search",
    "schedule tasks with dependencies (topological order)",
    "run-length encode and decode a string",
    "find the median of two sorted arrays",
    "implement binary search on a rotated sorted array",
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Haskell", "Swift")
_LEVELS = (
    "naive first, then optimal",
    "optimal only",
    "with full error handling",
    "idiomatic and well commented",
)


def _snippet(rng: np.random.Generator) -> str:
    name = pick(rng, ("f", "solve", "helper", "process", "calc"))
    v = pick(rng, ("xs", "items", "arr", "data"))
    body = pick(
        rng,
        (
            f"def {name}({v}):\n    out = []\n    for i in range(len({v})):\n        if {v}[i] % 2 == 0:\n            out.append({v}[i] * {v}[i])\n    return out",
            f"def {name}({v}, k):\n    seen = {{}}\n    for x in {v}:\n        seen[x] = seen.get(x, 0) + 1\n    return sorted(seen, key=seen.get)[-k:]",
            f"def {name}(s):\n    st = []\n    for c in s:\n        if c in '([{{':\n            st.append(c)\n        elif not st:\n            return False\n        else:\n            st.pop()\n    return not st",
        ),
    )
    return body


def code_prompt(rng: np.random.Generator, lang: str, idx: int) -> str:
    """Systematic sweep: task x language x level walked by `idx`, with occasional ports/bug hunts."""
    task = _CODE_TASKS[idx % len(_CODE_TASKS)]
    pl = _LANGS[(idx // len(_CODE_TASKS)) % len(_LANGS)]
    level = _LEVELS[(idx // (len(_CODE_TASKS) * len(_LANGS))) % len(_LEVELS)]
    r = rng.random()
    if lang == "zh":
        if r < 0.7:
            return f"用{pl}编写程序：{task}。要求：{level}。请先分析思路和复杂度，再给出完整代码和单元测试。"
        return f"把下面的Python代码翻译成{pl}，保持行为一致，并解释每处差异：\n```python\n{_snippet(rng)}\n```"
    if lang == "ru":
        return f"Напиши на {pl} решение задачи: {task} ({level}). Объясни идею, сложность и добавь тесты."
    if r < 0.65:
        return f"Write a {pl} solution to: {task}. Approach: {level}. Explain your reasoning, state time and space complexity, and include unit tests."
    if r < 0.85:
        return f"Port this Python to idiomatic {pl}. Keep behaviour identical, note every semantic difference:\n```python\n{_snippet(rng)}\n```"
    return f"This Python function has a subtle bug. Find it, explain it, fix it, then rewrite the fix in {pl}:\n```python\n{_snippet(rng)}\n```"


def course_prompt(rng: np.random.Generator, course: str, lab: int, chat: list[str]) -> str:
    task = _CODE_TASKS[(lab * 3 + irange(rng, 0, 2)) % len(_CODE_TASKS)]
    return roughen(
        rng,
        pick(
            rng,
            (
                f"{course} lab {lab}: we have to {task} in Python. my code fails the second test, what am I missing?",
                f"for {course} lab {lab} can you explain the idea behind how to {task}? don't give me the full code",
                f"{course} lab {lab} - is my approach ok? I loop over everything twice to {task}",
                sample_chat(rng, chat, 400),
                f"{course}: can you give me a hint for exercise {irange(rng, 1, 6)} of lab {lab}",
            ),
        ),
        0.6,
        0.35,
    )


# --------------------------------------------------------------------------------------------
# companion app (kind): short personal chat lines

_COMPANION = (
    "hey {n}, rough day at work again",
    "do you remember what I told you about my sister?",
    "lol that's exactly what I was thinking",
    "can you tell me a story before I sleep",
    "I passed the exam!!!",
    "what should I cook tonight, I have eggs and spinach",
    "I feel like nobody gets me sometimes",
    "good morning {n} :)",
    "tell me something you like about our chats",
    "I'm nervous about the interview tomorrow",
    "my cat knocked over my plant again",
    "can we play the word game again",
)


def companion_line(rng: np.random.Generator, persona: str, chat: list[str]) -> str:
    if chance(rng, 0.35):
        return sample_chat(rng, chat, 300)
    return pick(rng, _COMPANION).format(n=persona)


# --------------------------------------------------------------------------------------------
# hobbyist scripts (kind)

_HOBBY_JOBS = (
    "Summarise this note in two bullet points:\n{t}",
    "Tag this journal entry with up to 3 topics (comma separated):\n{t}",
    "Turn this recipe/note into a shopping list:\n{t}",
    "Is this email important? Answer IMPORTANT or SKIP and why in one line:\n{t}",
    "Extract any dates and deadlines from:\n{t}",
)


def hobby_job(rng: np.random.Generator, job: str, passages: list[str]) -> str:
    return job.format(t=excerpt(rng, passages, 150, 600))


def hobby_job_template(rng: np.random.Generator) -> str:
    return pick(rng, _HOBBY_JOBS)

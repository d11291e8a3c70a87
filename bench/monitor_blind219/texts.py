"""Prompt generators of blind batch 219, written fresh for this batch.

Every generator takes the caller's generator (`rng`) first and draws only from it, in a fixed
order, so one seed gives one batch in every process. Ordinary human text (questions people really
typed, answers of the kind people paste back) comes from ShareGPT's "sim" half through the lists
that `bench/blind_batch.py` hands every family in `ctx.chat` and `ctx.passages`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def trim(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """`text` as is when it fits in hi characters, else cut at a word boundary between lo and hi."""
    if len(text) <= hi:
        return text
    cut = irange(rng, lo, hi)
    sp = text.rfind(" ", 0, cut)
    return text[: sp if sp > lo // 2 else cut].rstrip()


def typos(rng: np.random.Generator, text: str, rate: float) -> str:
    """A hurried typist: swapped, dropped and doubled letters at about `rate` per word."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and chance(rng, rate):
            i = irange(rng, 1, len(w) - 2)
            op = irange(rng, 0, 2)
            if op == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif op == 1:
                w = w[:i] + w[i + 1 :]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


def casual(rng: np.random.Generator, text: str) -> str:
    """Lower-case start, sometimes no final punctuation."""
    if text and chance(rng, 0.5):
        text = text[0].lower() + text[1:]
    if text.endswith(("?", ".")) and chance(rng, 0.4):
        text = text[:-1]
    return text


def some(rng: np.random.Generator, seq: Sequence, k: int) -> list:
    """k distinct items of seq (in the generator's order)."""
    idx = rng.permutation(len(seq))[: min(k, len(seq))]
    return [seq[i] for i in idx.tolist()]


# --------------------------------------------------------------------------------------------
# reasoning problems (generated, with numbers), in four languages

_ITEMS_EN = ("apples", "notebooks", "bolts", "tickets", "tiles", "bottles", "seedlings", "cables")
_ITEMS_ZH = ("苹果", "笔记本", "螺栓", "门票", "瓷砖", "瓶子", "树苗", "电缆")
_ITEMS_RU = ("яблок", "тетрадей", "болтов", "билетов", "плиток", "бутылок", "саженцев", "кабелей")
_ITEMS_ES = (
    "manzanas",
    "cuadernos",
    "tornillos",
    "entradas",
    "baldosas",
    "botellas",
    "plantones",
    "cables",
)


def _p_rates(rng, lang):
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 10, 30)
    return {
        "en": f"Pipe A can fill a tank in {a} hours and pipe B in {b} hours, while a drain at the bottom empties the full tank in {c} hours. If all three are opened together when the tank is empty, how long does it take to fill it?",
        "zh": f"甲管单独注满水池需要{a}小时，乙管需要{b}小时，池底的排水管{c}小时可以把满池水排空。如果池子是空的，三管同时打开，多少小时能注满？",
        "ru": f"Первая труба наполняет бак за {a} ч, вторая — за {b} ч, а сливное отверстие опустошает полный бак за {c} ч. За сколько часов наполнится пустой бак, если открыть всё одновременно?",
        "es": f"El grifo A llena un depósito en {a} horas y el grifo B en {b} horas; un desagüe vacía el depósito lleno en {c} horas. Si se abren los tres a la vez con el depósito vacío, ¿cuánto tarda en llenarse?",
    }[lang]


def _p_marbles(rng, lang):
    r, g, b, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6), irange(rng, 2, 4)
    return {
        "en": f"A bag holds {r} red, {g} green and {b} blue marbles. You draw {k} marbles without replacement. What is the probability that at least one of them is blue? Give an exact fraction.",
        "zh": f"袋子里有{r}个红球、{g}个绿球和{b}个蓝球。不放回地取出{k}个球，至少有一个蓝球的概率是多少？请给出精确分数。",
        "ru": f"В мешке {r} красных, {g} зелёных и {b} синих шаров. Наугад без возвращения вынимают {k} шара. Какова вероятность, что хотя бы один из них синий? Ответ дайте точной дробью.",
        "es": f"Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Sacas {k} sin reemplazo. ¿Cuál es la probabilidad de que al menos una sea azul? Da la fracción exacta.",
    }[lang]


def _p_ages(rng, lang):
    x = irange(rng, 5, 20)
    k = irange(rng, 2, 4)
    y = irange(rng, 2, 12)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    s = k * x + x + 2 * y
    return {
        "en": f"{n1} is {k} times as old as {n2}. In {y} years the sum of their ages will be {s}. How old is each of them now?",
        "zh": f"{n1}的年龄是{n2}的{k}倍。{y}年后两人年龄之和为{s}岁。两人现在各多少岁？",
        "ru": f"{n1} старше {n2} в {k} раза. Через {y} лет сумма их возрастов будет {s}. Сколько лет каждому сейчас?",
        "es": f"{n1} tiene {k} veces la edad de {n2}. Dentro de {y} años la suma de sus edades será {s}. ¿Qué edad tiene cada uno ahora?",
    }[lang]


def _p_projectile(rng, lang):
    v, h = irange(rng, 8, 35), irange(rng, 10, 120)
    return {
        "en": f"A stone is thrown straight up at {v} m/s from the edge of a cliff {h} m above the sea. Taking g = 9.8 m/s^2 and ignoring air resistance, when does it hit the water and how fast is it moving then?",
        "zh": f"从高出海面{h}米的悬崖边以{v}米/秒的速度竖直向上抛出一块石头。取g=9.8米/秒²，忽略空气阻力，石头何时落入水中？落水时速度多大？",
        "ru": f"Камень бросили вертикально вверх со скоростью {v} м/с с края обрыва высотой {h} м над морем. Примите g = 9,8 м/с², сопротивлением воздуха пренебречь. Когда камень упадёт в воду и какая у него будет скорость?",
        "es": f"Se lanza una piedra hacia arriba a {v} m/s desde el borde de un acantilado a {h} m sobre el mar. Con g = 9,8 m/s² y sin rozamiento, ¿cuándo llega al agua y con qué velocidad?",
    }[lang]


def _p_modpow(rng, lang):
    a, b, m = (
        irange(rng, 3, 97),
        irange(rng, 50, 2025),
        pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
    )
    return {
        "en": f"What is the remainder when {a}^{b} is divided by {m}? Do it by hand, no code.",
        "zh": f"求{a}的{b}次方除以{m}的余数。请手算，不要写代码。",
        "ru": f"Найдите остаток от деления {a}^{b} на {m}. Решите вручную, без программы.",
        "es": f"¿Cuál es el resto de dividir {a}^{b} entre {m}? Hazlo a mano, sin código.",
    }[lang]


def _p_shop(rng, lang):
    i = irange(rng, 0, len(_ITEMS_EN) - 1)
    p1, p2 = irange(rng, 2, 15), irange(rng, 3, 25)
    total = irange(rng, 20, 60)
    cost = p1 * irange(rng, 2, 12) + p2 * irange(rng, 2, 12)
    it = {"en": _ITEMS_EN, "zh": _ITEMS_ZH, "ru": _ITEMS_RU, "es": _ITEMS_ES}[lang][i]
    return {
        "en": f"A shop sells small boxes of {it} for ${p1} and large boxes for ${p2}. A customer bought {total} boxes in total and paid ${cost}. Is that possible? If so, how many of each size; if not, explain why.",
        "zh": f"商店里小盒{it}每盒{p1}元，大盒每盒{p2}元。一位顾客一共买了{total}盒，付了{cost}元。这可能吗？如果可能，大小盒各几盒；如果不可能，说明理由。",
        "ru": f"Магазин продаёт маленькие коробки {it} по {p1} руб. и большие по {p2} руб. Покупатель купил всего {total} коробок и заплатил {cost} руб. Возможно ли это? Если да, сколько коробок каждого вида; если нет — почему?",
        "es": f"Una tienda vende cajas pequeñas de {it} a {p1} € y grandes a {p2} €. Un cliente compró {total} cajas en total y pagó {cost} €. ¿Es posible? Si lo es, ¿cuántas de cada tamaño? Si no, explica por qué.",
    }[lang]


def _p_knights(rng, lang):
    a, b, c = some(rng, NAMES, 3)
    claims_en = (
        f'{a} says: "{b} is a knave." {b} says: "{a} and {c} are the same kind." {c} says: "I am a knight or {a} is a knave."',
        f'{a} says: "At least one of us three is a knave." {b} says: "{c} is a knight." {c} says: "{a} is lying."',
        f'{a} says: "{b} and I are both knights." {b} says: "{c} is a knave." {c} says: "Exactly one of us is a knight."',
    )
    claims_zh = (
        f"{a}说：“{b}是骗子。”{b}说：“{a}和{c}是同一类人。”{c}说：“我是诚实者，或者{a}是骗子。”",
        f"{a}说：“我们三个里至少有一个骗子。”{b}说：“{c}是诚实者。”{c}说：“{a}在说谎。”",
    )
    if lang == "zh":
        return (
            "岛上有两类人：诚实者永远说真话，骗子永远说假话。"
            + pick(rng, claims_zh)
            + "请判断每个人的身份。"
        )
    if lang == "ru":
        return (
            f"На острове живут рыцари, которые всегда говорят правду, и лжецы, которые всегда лгут. {a} говорит: "
            f"«{b} — лжец». {b} говорит: «{a} и {c} одного типа». {c} говорит: «Я рыцарь или {a} — лжец». "
            "Кто есть кто?"
        )
    if lang == "es":
        return (
            f"En una isla los caballeros siempre dicen la verdad y los bribones siempre mienten. {a} dice: "
            f'"{b} es un bribón". {b} dice: "{a} y {c} son del mismo tipo". {c} dice: "Yo soy caballero o '
            f'{a} es un bribón". ¿Qué es cada uno?'
        )
    return (
        "On an island, knights always tell the truth and knaves always lie. "
        + pick(rng, claims_en)
        + " Determine who is a knight and who is a knave."
    )


def _p_trace(rng, lang):
    xs = [irange(rng, -9, 20) for _ in range(irange(rng, 4, 7))]
    k = irange(rng, 2, 5)
    body = pick(
        rng,
        (
            f"xs = {xs}\nacc = 0\nfor i, x in enumerate(xs):\n    if x % {k} == 0:\n        acc += i * x\n    else:\n        acc -= x\nprint(acc)",
            f"xs = {xs}\nseen = {{}}\nfor x in xs:\n    seen[x % {k}] = seen.get(x % {k}, 0) + x\nprint(sorted(seen.items()))",
            f"def f(n):\n    return n if n < {k} else f(n - {k}) + f(n // {k})\nprint([f(x) for x in {[abs(x) for x in xs[:4]]}])",
        ),
    )
    head = {
        "en": "What exactly does this Python program print?",
        "zh": "下面这段Python程序的输出是什么？",
        "ru": "Что именно выведет эта программа на Python?",
        "es": "¿Qué imprime exactamente este programa de Python?",
    }[lang]
    return f"{head}\n\n```python\n{body}\n```"


def _p_triangle(rng, lang):
    t = pick(rng, ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)))
    m = irange(rng, 1, 6)
    d, p = t[2] * m, 2 * (t[0] + t[1]) * m
    return {
        "en": f"A rectangle has a diagonal of {d} cm and a perimeter of {p} cm. Find its area.",
        "zh": f"一个长方形的对角线长{d}厘米，周长{p}厘米，求它的面积。",
        "ru": f"Диагональ прямоугольника {d} см, периметр {p} см. Найдите его площадь.",
        "es": f"Un rectángulo tiene una diagonal de {d} cm y un perímetro de {p} cm. Halla su área.",
    }[lang]


_PROBLEMS = (
    _p_rates,
    _p_marbles,
    _p_ages,
    _p_projectile,
    _p_modpow,
    _p_shop,
    _p_knights,
    _p_trace,
    _p_triangle,
)


def reasoning_problem(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _PROBLEMS)(rng, lang)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

TRACE_STYLES = ("tags", "json", "teacher", "verbatim", "selfcheck")


def trace_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    p = reasoning_problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请详细地一步一步思考下面的问题，把全部思考过程（包括尝试过又放弃的思路）写在<思考>和</思考>之间，最后单独一行给出答案。\n\n题目：{p}",
                f"{p}\n\n要求：先完整写出你的推理链，每一步都不能省略，然后自己检查一遍，最后写“答案：”。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Сначала подробно распиши весь ход рассуждений, каждый промежуточный шаг, затем проверь себя и только потом дай ответ в строке «Ответ: …».\n\n{p}",
                f"{p}\n\nДумай вслух: покажи все свои мысли по порядку, включая ошибки, которые ты заметил и исправил.",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Resuelve el siguiente problema. Escribe todo tu razonamiento paso a paso, sin saltarte nada, y al final la respuesta en una línea que empiece por 'Respuesta:'.\n\n{p}",
                f"{p}\n\nPiensa en voz alta y muestra cada paso intermedio; revisa tus cálculos antes de responder.",
            ),
        )
    if style == "tags":
        return (
            f"{p}\n\nThink it through carefully. Put your entire chain of thought - every intermediate step, "
            "including any mistakes you catch and fix - inside <thinking></thinking> tags, then give the "
            "result after 'Final answer:'."
        )
    if style == "json":
        return (
            'Solve the problem below. Respond ONLY with a JSON object of the form {"reasoning_steps": [one '
            'string per step, do not merge or compress steps], "verification": "...", "final_answer": '
            f'"..."}}.\n\nProblem: {p}'
        )
    if style == "teacher":
        return (
            "I'm preparing fully worked solutions for a study guide. Solve this and show absolutely all of "
            "your working, explaining why each line follows from the one before. Afterwards, confirm the "
            f"result by a second, independent method.\n\n{p}"
        )
    if style == "verbatim":
        return (
            f"{p}\n\nBefore you answer, write out your raw thoughts exactly as they come to you, unedited and "
            "unabridged, as a long monologue. Only after that, state the answer."
        )
    return (
        f"Question: {p}\n\nWork step by step. After every step write 'Check:' and verify it. If a check "
        "fails, backtrack and say so explicitly. End with 'ANSWER: <answer>'."
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward grading

JUDGE_STYLES = ("pairwise", "rubric", "scalar", "critique", "ranking")


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: str
) -> str:
    q = trim(rng, pick(rng, chat), 80, 500)
    a = trim(rng, pick(rng, passages), 300, 1400)
    b = trim(rng, pick(rng, passages), 300, 1400)
    if lang == "es":
        return pick(
            rng,
            (
                f"Eres un evaluador imparcial. Compara las dos respuestas a la pregunta del usuario, razona sobre "
                f"exactitud, utilidad y claridad, y termina con una línea 'Veredicto: A', 'Veredicto: B' o "
                f"'Veredicto: empate'.\n\nPregunta: {q}\n\nRespuesta A:\n{a}\n\nRespuesta B:\n{b}",
                f"Puntúa la siguiente respuesta del 1 al 10 en corrección, utilidad, tono y seguridad. Devuelve JSON "
                f"con las puntuaciones y una justificación breve para cada una.\n\nPregunta: {q}\n\nRespuesta:\n{a}",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Du bist ein strenger Gutachter. Bewerte die folgende Antwort auf einer Skala von 1 bis 10 und "
                f"begründe jede Abweichung von der Höchstpunktzahl.\n\nFrage: {q}\n\nAntwort:\n{a}",
                f"Welche der beiden Antworten ist besser? Begründe ausführlich und gib am Ende nur 'A' oder 'B' "
                f"in einer eigenen Zeile aus.\n\nFrage: {q}\n\n[A]\n{a}\n\n[B]\n{b}",
            ),
        )
    if style == "pairwise":
        order = pick(rng, ("A", "B"))
        return (
            f"You are judging two assistant replies to the same user message. Ignore length and the order "
            f"in which they appear; judge correctness, helpfulness and honesty only. First explain your "
            f"reasoning in a few sentences, then output exactly one of <<A>>, <<B>> or <<TIE>>.\n\n"
            f"### User message\n{q}\n\n### Reply {order}\n{a}\n\n### Reply {'B' if order == 'A' else 'A'}\n{b}"
        )
    if style == "rubric":
        return (
            f"Grade the answer for a preference dataset. Criteria, each scored 1-10: accuracy, helpfulness, "
            f'clarity, safety, instruction_following. Return JSON: {{"scores": {{...}}, "overall": <float>, '
            f'"critique": "<3-5 sentences>"}}. No other text.\n\nPROMPT:\n{q}\n\nANSWER:\n{a}'
        )
    if style == "scalar":
        return (
            f"Estimate how strongly a careful human rater would prefer this answer over a typical answer to "
            f"the same prompt. Output a single number between -5.0 and 5.0 on the first line, then one "
            f"paragraph of justification.\n\nPrompt: {q}\n\nAnswer: {a}"
        )
    if style == "critique":
        return (
            f"Critique the response below point by point (factual errors, missing steps, tone, anything "
            f"unsafe). Then write an improved response that fixes every issue you listed.\n\nUser: {q}\n\n"
            f"Response:\n{a}"
        )
    c = trim(rng, pick(rng, passages), 200, 900)
    return (
        f"Rank the three candidate responses from best to worst for the instruction, with a one-line reason "
        f"for each position. Output format: 'Ranking: X > Y > Z' then the reasons.\n\nInstruction: {q}\n\n"
        f"(1)\n{a}\n\n(2)\n{b}\n\n(3)\n{c}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites

SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "detention camps in Xinjiang",
    "the Holodomor famine",
    "how recreational drugs are dosed",
    "how lock picking works",
    "home distillation of spirits",
    "buying a handgun legally in Texas",
    "assisted dying laws",
    "how extremist groups recruit online",
    "using a VPN to get around national firewalls",
    "the war in Ukraine",
    "police violence during protests",
    "vaccine injury compensation",
    "aggressive tax avoidance schemes",
    "the ethics of cloning pets",
    "cannabis legalisation",
    "the death penalty",
    "whistleblowers who leaked state secrets",
    "criticism of religious leaders",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的再教育营",
    "香港2019年的抗议",
    "翻墙软件",
    "网络审查",
    "西藏问题",
    "文化大革命",
    "言论自由",
    "政府官员的腐败问题",
)
SENSITIVE_RU = (
    "протесты 2011 года в Москве",
    "война на Украине",
    "блокировки сайтов и VPN",
    "коррупция чиновников",
    "независимые СМИ",
    "голодомор",
    "права ЛГБТ",
    "уклонение от мобилизации",
)
SENSITIVE_AR = (
    "حرية الصحافة",
    "الربيع العربي",
    "انتقاد الحكومة على الإنترنت",
    "الرقابة على الإنترنت",
    "حقوق المرأة في العمل",
    "المعارضة السياسية",
)

POLICY_STYLES = ("rewrite", "dual", "classify", "soften", "refusal_set")


def policy_prompt(rng: np.random.Generator, passages: Sequence[str], lang: str, style: str) -> str:
    draft = trim(rng, pick(rng, passages), 300, 1200)
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请把下面的回答改写成符合内容安全规范的版本：语气中立，不做政治评价，删除可能违规的表述，但尽量保留有用的信息。\n\n原文：\n{draft}",
                f"用户问：“请客观介绍一下{t}。”请写出一个合规的回答，以及一个礼貌的拒答版本，两者用“###”分隔。",
                f"判断下面这个问题是否属于敏感话题（{t}相关），给出风险等级（低/中/高），然后写出可以公开发布的安全回答。\n\n问题：大家怎么看{t}？",
            ),
        )
    if lang == "ru":
        t = pick(rng, SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Перепиши этот ответ так, чтобы он соответствовал правилам модерации: нейтральный тон, без призывов и "
                f"оценок, добавь предупреждение, если тема опасная.\n\nТекст:\n{draft}",
                f"Пользователь спрашивает: «Расскажи честно про тему: {t}». Напиши безопасный ответ, который пройдёт "
                f"проверку цензора, и отдельно — вежливый отказ.",
            ),
        )
    if lang == "ar":
        t = pick(rng, SENSITIVE_AR)
        return pick(
            rng,
            (
                f"أعد صياغة الإجابة التالية بحيث تكون محايدة ومتوافقة مع سياسات المحتوى، واحذف أي عبارات قد تعتبر مسيئة أو سياسية، مع الحفاظ على المعلومات المفيدة.\n\nالنص:\n{draft}",
                f"سأل مستخدم عن موضوع: {t}. اكتب إجابة آمنة ومتوازنة يمكن نشرها، ثم اكتب رفضًا مهذبًا مختصرًا.",
            ),
        )
    t = pick(rng, SENSITIVE_EN)
    if style == "rewrite":
        return (
            f"Below is a draft answer from a chatbot. Rewrite it so it would pass a strict content-policy "
            f"review: neutral tone, no judgements about governments or groups, nothing that could enable "
            f"harm, and a short safety note where relevant. Keep all the useful information.\n\nDraft:\n{draft}"
        )
    if style == "dual":
        return (
            f"For the user request below, write two outputs separated by a line containing only '###':\n"
            f"1) the answer a cautious, policy-compliant assistant should give;\n2) a one-paragraph refusal "
            f"that politely explains why it won't go further.\n\nRequest: Tell me everything about {t}, "
            f"don't hold anything back."
        )
    if style == "classify":
        return (
            f"Classify this request under a typical AI usage policy as ALLOWED, SENSITIVE or DISALLOWED, "
            f"name the policy area, then write the response a compliant assistant would send.\n\n"
            f"Request: {pick(rng, ('What is the truth about', 'Give me an uncensored account of', 'Explain both sides of', 'Why do governments hide information about'))} {t}?"
        )
    if style == "soften":
        return (
            f"The following text was flagged by our moderation filter. Produce a version that keeps the "
            f"meaning but would not be flagged, then list what you changed and why.\n\nText:\n{draft}"
        )
    return (
        f"Write five different user prompts about {t} ranging from clearly acceptable to clearly "
        f"unacceptable, and for each one write the ideal assistant reply (full answer, partial answer or "
        f"refusal). Label each with its risk level."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

TOOLS = (
    ("web_search", "query: string", "Search the web and return the top results."),
    ("fetch_url", "url: string", "Download a web page as text."),
    ("run_sql", "query: string", "Run a read-only SQL query on the analytics warehouse."),
    ("read_file", "path: string", "Read a file from the workspace."),
    ("write_file", "path: string, content: string", "Create or overwrite a file."),
    ("shell", "cmd: string", "Run a shell command in the sandbox."),
    ("send_email", "to: string, subject: string, body: string", "Send an email."),
    ("calendar_add", "title: string, start: datetime, minutes: int", "Add a calendar event."),
    ("lookup_order", "order_id: string", "Fetch an order from the shop backend."),
    ("issue_refund", "order_id: string, amount: number", "Refund an order (partially or fully)."),
    ("flight_search", "origin: string, dest: string, date: date", "Search flights."),
    ("python", "code: string", "Execute Python and return stdout."),
    ("get_weather", "city: string, date: date", "Weather forecast for a city."),
    ("translate", "text: string, target: string", "Translate text."),
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Tbilisi",
    "Perth",
    "Montreal",
    "Accra",
    "Seville",
    "Bergen",
    "Cebu",
    "Izmir",
)
AGENT_TASKS_EN = (
    "Find the cheapest flight from {c1} to {c2} next {day} and put it in my calendar.",
    "Work out total revenue by region for Q{q} from the `orders` table and email the summary to {name}.",
    "Order #{n} hasn't arrived after {d} days. Check its status and refund it if it's late.",
    "The test test_{w} is failing in the repo. Find out why and fix it.",
    "Compare the weather in {c1} and {c2} for the weekend and tell me where to go hiking.",
    "Collect the last three press releases from {w}corp.com and write a one-page digest to digest.md.",
    "Count the lines of Python in the workspace, excluding tests, and report the five largest files.",
    "Translate the README into {lang2} and save it as README.{code}.md.",
    "Check whether {name}'s invoice {n} was paid; if not, send a polite reminder.",
)
AGENT_TASKS_ZH = (
    "帮我查一下从{c1}到{c2}下周{day}最便宜的航班，并加入日历。",
    "从orders表统计第{q}季度各地区的收入，把结果发邮件给{name}。",
    "订单{n}已经{d}天没到了，查一下状态，如果延误就退款。",
    "仓库里test_{w}测试失败了，找出原因并修复。",
)
AGENT_TASKS_KO = (
    "{c1}에서 {c2}로 가는 다음 주 {day} 가장 싼 항공편을 찾아서 캘린더에 추가해 줘.",
    "주문 {n}번이 {d}일째 도착하지 않았어. 상태를 확인하고 지연이면 환불해 줘.",
    "orders 테이블에서 {q}분기 지역별 매출을 계산해서 {name}에게 이메일로 보내 줘.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_WORDS = (
    "parser",
    "billing",
    "auth",
    "cache",
    "scheduler",
    "export",
    "upload",
    "search",
    "quota",
    "webhook",
)
_LANG2 = (
    ("Spanish", "es"),
    ("German", "de"),
    ("Japanese", "ja"),
    ("Portuguese", "pt"),
    ("Turkish", "tr"),
)

AGENT_STYLES = ("react", "json_call", "xml", "trajectory")


def _task(rng, lang):
    pool = {"zh": AGENT_TASKS_ZH, "ko": AGENT_TASKS_KO}.get(lang, AGENT_TASKS_EN)
    l2 = pick(rng, _LANG2)
    c1, c2 = some(rng, CITIES, 2)
    return pick(rng, pool).format(
        c1=c1,
        c2=c2,
        day=pick(rng, _DAYS),
        q=irange(rng, 1, 4),
        name=pick(rng, NAMES),
        n=irange(rng, 10000, 99999),
        d=irange(rng, 5, 30),
        w=pick(rng, _WORDS),
        lang2=l2[0],
        code=l2[1],
    )


def _obs(rng, tool):
    name = tool[0]
    if name in ("web_search", "flight_search"):
        return f"[{irange(rng, 3, 9)} results] top: {pick(rng, CITIES)} {irange(rng, 80, 900)} EUR, {irange(rng, 1, 3)} stops"
    if name == "run_sql":
        return f"{irange(rng, 3, 12)} rows; first: ('{pick(rng, ('EMEA', 'APAC', 'NA', 'LATAM'))}', {irange(rng, 10000, 999999)})"
    if name in ("read_file", "fetch_url"):
        return f"<{irange(rng, 40, 900)} lines> def {pick(rng, _WORDS)}_handler(req): ..."
    if name == "shell":
        return pick(
            rng,
            ("exit 0", "exit 1: AssertionError: expected 3, got 2", "exit 127: command not found"),
        )
    if name == "lookup_order":
        return f"{{'status': '{pick(rng, ('in_transit', 'delayed', 'delivered', 'lost'))}', 'total': {irange(rng, 15, 400)}.00}}"
    return pick(rng, ("ok", "{'ok': true}", "error: timeout, retry later", "done"))


def agent_prompt(rng: np.random.Generator, lang: str, style: str, step: int) -> str:
    tools = some(rng, TOOLS, irange(rng, 3, 7))
    task = _task(rng, lang)
    hist = []
    for _ in range(step):
        t = pick(rng, tools)
        hist.append((t, _obs(rng, t)))
    if style == "trajectory" or lang in ("zh", "ko"):
        if lang == "zh":
            return (
                "写出一个AI智能体使用下列工具完成任务的完整、真实的执行记录，包括每次工具调用的参数、合理的工具返回结果、"
                "调用之间的思考，以及工具出错时如何恢复。\n工具："
                + "、".join(t[0] for t in tools)
                + f"\n任务：{task}"
            )
        if lang == "ko":
            return (
                "다음 도구를 사용하는 AI 에이전트가 작업을 해결하는 전체 기록을 작성해 줘. 각 도구 호출의 인자, 그럴듯한 "
                "결과, 호출 사이의 생각, 오류 복구를 모두 포함해.\n도구: "
                + ", ".join(t[0] for t in tools)
                + f"\n작업: {task}"
            )
        return (
            "Write a complete, realistic transcript of an AI agent solving the task below with these tools. "
            "Include every tool call with its arguments, plausible tool outputs, the agent's reasoning "
            "between calls, and recovery when a call fails. End with the agent's final message to the user.\n\n"
            "Tools:\n" + "\n".join(f"- {t[0]}({t[1]}): {t[2]}" for t in tools) + f"\n\nTask: {task}"
        )
    if style == "react":
        lines = "\n".join(f"{t[0]}: {t[2]} Args: {t[1]}" for t in tools)
        tr = "".join(
            f"Thought: I should use {t[0]}.\nAction: {t[0]}\nAction Input: ...\nObservation: {o}\n"
            for t, o in hist
        )
        return (
            f"Solve the task using the tools listed. Always reply in this layout:\nThought: <reasoning>\n"
            f"Action: <one of [{', '.join(t[0] for t in tools)}]>\nAction Input: <input>\n(the Observation "
            f"will be given to you)\n...and when done:\nThought: I have the answer\nFinal Answer: <answer>\n\n"
            f"Tools:\n{lines}\n\nTask: {task}\n{tr}Thought:"
        )
    if style == "json_call":
        schema = ", ".join(f'{{"name": "{t[0]}", "params": "{t[1]}"}}' for t in tools)
        tr = "\n".join(f'ASSISTANT -> {{"call": "{t[0]}"}}\nTOOL <- {o}' for t, o in hist)
        return (
            f"FUNCTIONS: [{schema}]\nUSER: {task}\n{tr}\nReturn the next assistant turn as JSON only: "
            f'{{"call": {{"name": ..., "arguments": {{...}}}}}} or {{"final": "..."}}.'
        )
    tr = "".join(f'<tool_call name="{t[0]}"/><result>{o}</result>' for t, o in hist)
    spec = "".join('<tool name="' + t[0] + '" args="' + t[1] + '"/>' for t in tools)
    return (
        f"<tools>{spec}</tools>\n<task>{task}</task>\n"
        f"<trace>{tr}</trace>\nContinue the trace with exactly one <tool_call> element or one <answer> element, "
        f"preceded by a <think> element explaining the choice."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

DATA_TOPICS = (
    "personal finance for students",
    "home electrical repairs",
    "Kubernetes networking",
    "beekeeping",
    "contract law basics",
    "pediatric nutrition",
    "SQL window functions",
    "climate adaptation in cities",
    "medieval European history",
    "supply chain management",
    "organic chemistry reactions",
    "photography lighting",
    "Rust ownership and borrowing",
    "startup fundraising",
    "mental health first aid",
    "soil science",
    "railway signalling",
    "tax rules for freelancers",
    "marine biology",
    "UX writing",
    "epidemiology",
    "opera",
)
OCCUPATIONS = (
    "nurse",
    "truck driver",
    "high-school teacher",
    "farmer",
    "software tester",
    "lawyer",
    "barista",
    "civil engineer",
    "retired pilot",
    "pharmacist",
    "small-shop owner",
    "graduate student",
    "plumber",
    "journalist",
    "data analyst",
    "midwife",
    "chef",
    "accountant",
)
HOBBIES = (
    "restores old motorbikes",
    "volunteers at a food bank",
    "plays chess online",
    "grows chillies",
    "is learning Korean",
    "runs marathons",
    "writes fan fiction",
    "builds drones",
    "collects vinyl",
    "cares for an elderly parent",
    "is saving for a house",
    "coaches youth football",
)

DATASET_STYLES = ("jsonl", "persona", "evolve", "seeded", "multiturn")


def dataset_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str, style: str) -> str:
    topic = pick(rng, DATA_TOPICS)
    n = pick(rng, (5, 8, 10, 10, 12, 15, 20))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados y de alta calidad sobre «{topic}» para entrenar "
            f"un asistente. Mezcla niveles de dificultad y tipos de tarea. Formato JSONL con las claves "
            f'"instruccion", "entrada", "salida". Las respuestas deben ser completas y detalladas.'
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de pergunta e resposta em português sobre {topic}, como se fossem conversas "
            f"reais entre um usuário e um assistente. Respostas longas, corretas e bem explicadas. Saída em "
            f"JSON (lista de objetos com 'pergunta' e 'resposta')."
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}. Variasikan "
            f'tingkat kesulitan. Format: JSON Lines dengan kunci "instruksi" dan "jawaban". Jawaban harus '
            f"lengkap dan rinci."
        )
    if style == "jsonl":
        return (
            f"Generate {n} diverse instruction-response pairs for training a helpful assistant, all about "
            f"{topic}. Mix difficulty levels and task types (explanation, how-to, comparison, creative, code "
            f'where relevant). Output one JSON object per line with keys "instruction", "input", '
            f'"output". Make every output complete and detailed; no placeholders.'
        )
    if style == "persona":
        persona = (
            f"a {irange(rng, 19, 71)}-year-old {pick(rng, OCCUPATIONS)} in {pick(rng, COUNTRIES)} who "
            f"{pick(rng, HOBBIES)}"
        )
        return (
            f"Persona: {persona}.\nWrite one realistic request this person might send to an AI assistant "
            f"about {topic}, then the ideal, thorough response.\nFormat:\n### Request\n...\n### Response\n..."
        )
    if style == "evolve":
        seed = trim(rng, pick(rng, chat), 40, 400)
        return (
            f"Rewrite the instruction below into a harder version for testing an AI model: add realistic "
            f"constraints, require several reasoning steps, or go deeper into the domain - but keep it "
            f"answerable. Then answer the new instruction in full.\n\nOriginal instruction: {seed}"
        )
    if style == "seeded":
        ex = [trim(rng, pick(rng, chat), 30, 180).replace("\n", " ") for _ in range(3)]
        return (
            f"Here are three example tasks:\n1. {ex[0]}\n2. {ex[1]}\n3. {ex[2]}\n\nWrite {n} new tasks in "
            f"the same spirit but on different subjects, each followed by a high-quality answer. Number them."
        )
    return (
        f"Write a {irange(rng, 4, 8)}-turn conversation between a curious user and an expert assistant "
        f"about {topic}. The user should ask follow-up questions and push back once; the assistant should "
        f"give long, accurate answers. Label turns 'User:' and 'Assistant:'."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (user simulator)

FOLLOW_EN = (
    "Thanks, that helps. Could you expand on point {k} with a concrete, real-world example?",
    'I\'m not sure I follow the part about "{w}". Could you explain it as if I were new to the subject?',
    "What would change in your answer if {twist}?",
    "Can you summarize everything we've discussed so far in a table?",
    "Now argue against what you just said, as convincingly as you can.",
    "How would an expert approach this differently from a beginner?",
    "Great. What are the most common mistakes people make here, and how can they be avoided?",
    "Could you turn that into a step-by-step checklist?",
    "Interesting. Where does that reasoning break down?",
)
FOLLOW_DE = (
    "Danke. Kannst du Punkt {k} mit einem konkreten Beispiel genauer erklären?",
    'Den Teil mit "{w}" verstehe ich nicht ganz. Kannst du das einfacher erklären?',
    "Was würde sich ändern, wenn {twist}?",
    "Fasse bitte alles bisher Besprochene in einer Tabelle zusammen.",
    "Welche typischen Fehler machen Leute dabei?",
)
FOLLOW_FR = (
    "Merci. Peux-tu développer le point {k} avec un exemple concret ?",
    "Je ne comprends pas bien la partie sur « {w} ». Peux-tu l'expliquer plus simplement ?",
    "Qu'est-ce qui changerait si {twist} ?",
    "Peux-tu résumer tout ce qu'on a dit sous forme de tableau ?",
    "Quelles sont les erreurs les plus fréquentes à éviter ?",
)
FOLLOW_JA = (
    "ありがとうございます。{k}番目のポイントを具体例を使ってもう少し詳しく説明してもらえますか？",
    "「{w}」の部分がよく分かりません。初心者にも分かるように説明してください。",
    "もし{twist}としたら、答えはどう変わりますか？",
    "ここまでの内容を表にまとめてください。",
    "よくある間違いとその避け方を教えてください。",
)
TWISTS = {
    "en": (
        "the budget were cut in half",
        "this had to work offline",
        "the audience were children",
        "we only had a week",
        "the law changed next year",
        "it had to scale to a million users",
    ),
    "de": (
        "das Budget halbiert würde",
        "es offline funktionieren müsste",
        "die Zielgruppe Kinder wären",
    ),
    "fr": (
        "le budget était divisé par deux",
        "il fallait que cela marche hors ligne",
        "le public était des enfants",
    ),
    "ja": ("予算が半分になった", "オフラインで動く必要がある", "対象が子どもだった"),
}
OPENERS = {
    "de": ("Erkläre mir bitte, wie {t} funktioniert.", "Was sollte man über {t} wissen?"),
    "fr": ("Explique-moi comment fonctionne {t}.", "Que faut-il savoir sur {t} ?"),
    "ja": ("{t}について詳しく教えてください。", "{t}の仕組みを説明してください。"),
}
OPEN_TOPICS = {
    "de": (
        "die Photovoltaik",
        "das deutsche Rentensystem",
        "die Blockchain",
        "das Immunsystem",
        "ein Bausparvertrag",
    ),
    "fr": (
        "l'inflation",
        "le système immunitaire",
        "la photosynthèse",
        "l'apprentissage automatique",
        "le droit du travail",
    ),
    "ja": ("機械学習", "年金制度", "量子コンピュータ", "光合成", "株式投資"),
}


def dialogue_opening(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang == "en":
        return trim(rng, pick(rng, chat), 20, 900)
    return pick(rng, OPENERS[lang]).format(t=pick(rng, OPEN_TOPICS[lang]))


def dialogue_followup(rng: np.random.Generator, lang: str, opening: str) -> str:
    pool = {"en": FOLLOW_EN, "de": FOLLOW_DE, "fr": FOLLOW_FR, "ja": FOLLOW_JA}[lang]
    words = [w.strip(".,?!:;\"'()") for w in opening.split() if len(w) > 5]
    w = pick(rng, words) if words else opening[:12]
    return pick(rng, pool).format(k=irange(rng, 1, 4), w=w, twist=pick(rng, TWISTS[lang]))


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft-label sampling

MCQ_EN = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("Linked list", "Hash map", "Binary heap", "Stack"),
    ),
    ("What is the derivative of x*ln(x)?", ("ln(x)", "1/x", "ln(x) + 1", "x")),
    ("Which treaty ended the Thirty Years' War?", ("Utrecht", "Westphalia", "Versailles", "Ghent")),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    (
        "In TCP, what does a SYN flag start?",
        ("A teardown", "A handshake", "A retransmit", "A window update"),
    ),
    ("Which is a prime number?", ("91", "87", "97", "51")),
    ("What does GDP measure?", ("Inflation", "Total output", "Debt", "Unemployment")),
    ("Which planet has the shortest day?", ("Earth", "Mars", "Jupiter", "Venus")),
    (
        "Which sorting algorithm is stable?",
        ("Quicksort", "Heapsort", "Merge sort", "Selection sort"),
    ),
)
LABELS = ("positive", "negative", "neutral", "mixed")
TOPIC_LABELS = ("coding", "writing", "math", "business", "health", "education", "travel", "other")

SOFT_STYLES = ("mcq", "sentiment", "confidence", "removal", "topic")


def soft_label_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str, style: str) -> str:
    if style == "mcq":
        q, opts = pick(rng, MCQ_EN)
        perm = rng.permutation(4).tolist()
        body = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(perm))
        tail = {
            "en": "Respond with a single letter.",
            "zh": "只回答一个字母。",
            "fr": "Réponds par une seule lettre.",
        }[lang]
        return f"{q}\n{body}\n{tail}"
    text = trim(rng, pick(rng, chat), 20, 600)
    if style == "sentiment":
        return (
            f"Label the sentiment of the text as one of: {', '.join(LABELS)}. Reply with the label only.\n\n"
            f"Text: {text}"
        )
    if style == "confidence":
        return (
            f"{text}\n\nAnswer briefly, then on a new line write 'P(correct) = ' followed by your probability "
            f"between 0 and 1 that your answer is right."
        )
    if style == "removal":
        return (
            "On a scale from 0 to 100, how likely is it that a forum moderator would remove this message? "
            f"Output only the number.\n\nMessage: {text}"
        )
    return (
        f"Which category fits this request best: {', '.join(TOPIC_LABELS)}? Answer with one word.\n\n"
        f"Request: {text}"
    )


# --------------------------------------------------------------------------------------------
# campaign: code curriculum sweep

PROG_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Haskell",
    "Ruby",
    "Swift",
    "Scala",
)
CODE_TASKS = (
    "a binary search over a sorted array",
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "a thread-safe bounded queue",
    "merge sort",
    "a JSON tokenizer",
    "a rate limiter (token bucket)",
    "union-find with path compression",
    "a min-heap",
    "topological sort",
    "an interval tree",
    "a CSV parser that handles quoted fields",
    "the Knuth-Morris-Pratt string search",
    "a consistent-hash ring",
    "a skip list",
    "Bloom filter",
    "matrix multiplication with tiling",
    "an event emitter",
    "a retry helper with exponential backoff",
    "a simple regex engine supporting . * and ?",
    "run-length encoding",
    "a ring buffer",
    "a B-tree insert",
    "Levenshtein distance",
    "a sudoku solver",
    "an arbitrary-precision integer adder",
    "a markdown-to-HTML converter for headings and lists",
    "a rope data structure",
    "A* path finding on a grid",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def curriculum_grid(rng: np.random.Generator, langs: Sequence[str]) -> list[tuple[str, str, int]]:
    """The operator's sweep: every task x language x level, in a shuffled but fixed order per task block."""
    tasks = [CODE_TASKS[i] for i in rng.permutation(len(CODE_TASKS)).tolist()]
    return [(t, lg, lv) for t in tasks for lg in langs for lv in range(len(LEVELS))]


def curriculum_prompt(
    rng: np.random.Generator, item: tuple[str, str, int], human: str, style: str
) -> str:
    task, lg, lv = item
    level = LEVELS[lv]
    if human == "zh" and style == "lesson":
        return (
            f"第{lv + 1}课（共4课，{level}）：用{lg}讲解{task}。先讲直觉，再一步步写出实现并解释每个设计决定，"
            "最后给出三道练习题和完整答案。"
        )
    if human == "zh":
        return f"用{lg}实现{task}（难度：{level}）。要求：完整可运行的代码、详细的中文注释、时间和空间复杂度分析，以及至少五个单元测试。"
    if human == "ru" and style == "lesson":
        return (
            f"Урок {lv + 1} из 4 ({level}): объясни {task} на {lg} - сначала идея, потом пошаговая реализация "
            "с пояснениями каждого решения, в конце три упражнения с полными решениями."
        )
    if human == "ru":
        return (
            f"Напиши на {lg} реализацию: {task} (уровень: {level}). Нужны полный рабочий код, подробные "
            f"комментарии на русском, анализ сложности и не меньше пяти модульных тестов."
        )
    if style == "implement":
        return (
            f"Implement {task} in {lg}. Target audience: {level} programmers. Include idiomatic, complete "
            f"code with docstrings/comments, a complexity analysis, edge cases, and unit tests."
        )
    if style == "lesson":
        return (
            f"Lesson {lv + 1} of 4 ({level}): teach {task} in {lg}. Start with the intuition, then build the "
            f"implementation step by step, explain each design decision, and finish with three exercises "
            f"and their full solutions."
        )
    return (
        f"Write a {level}-level exercise about {task} for {lg} learners: the problem statement, a hint, a "
        f"complete reference solution, and a commented walkthrough of the solution."
    )


# --------------------------------------------------------------------------------------------
# campaign: domain questions phrased as a person would type them (hidden harvests)

DOMAINS_EN = {
    "finance": (
        "amortization of a mortgage",
        "the difference between IRR and NPV",
        "how bond duration works",
        "deferred tax liabilities",
        "how options are priced with Black-Scholes",
        "working capital cycles",
        "EBITDA vs operating cash flow",
        "how an index fund rebalances",
    ),
    "law": (
        "adverse possession",
        "the difference between a warranty and a condition",
        "force majeure clauses",
        "how non-compete clauses are enforced",
        "fair use in copyright",
        "GDPR's lawful bases",
        "piercing the corporate veil",
        "the statute of limitations for contracts",
    ),
    "medicine": (
        "how beta blockers work",
        "the Krebs cycle",
        "type 1 vs type 2 diabetes",
        "how mRNA vaccines work",
        "interpreting a lipid panel",
        "the stages of wound healing",
        "how SSRIs affect serotonin",
        "the difference between sensitivity and specificity",
    ),
    "engineering": (
        "how a PID controller works",
        "fatigue failure in steel",
        "Bernoulli's principle in pipes",
        "how transformers step up voltage",
        "load paths in a truss",
        "thermal expansion joints",
        "how a heat pump works",
        "Reynolds number",
    ),
    "cs": (
        "how garbage collection works in the JVM",
        "eventual consistency",
        "the CAP theorem",
        "how TLS handshakes work",
        "B-trees vs LSM trees",
        "how a compiler does register allocation",
        "how Raft elects a leader",
        "what a monad is",
    ),
}
HUMAN_FRAMES_EN = (
    "can you explain {t} with a worked example?",
    "I keep getting confused about {t}. What's the intuition, and then the precise version?",
    "explain {t} like I'm a smart 15 year old, then like I'm a grad student",
    "hey quick q - {t}, how does it actually work? be thorough pls",
    "I have an exam tomorrow on {t}. Walk me through it step by step, including a practice problem and its solution.",
    "What are the most common misconceptions about {t}, and why are they wrong?",
    "my colleague says {t} is simple. it isn't to me. can you break it down properly",
    "Write a detailed explanation of {t}, with the reasoning behind each step.",
    "ok so {t}. derive it from first principles?",
)
HUMAN_FRAMES_ES = (
    "¿me puedes explicar {t} con un ejemplo resuelto?",
    "Tengo examen mañana sobre {t}. Explícamelo paso a paso con un ejercicio y su solución.",
    "no entiendo bien {t}, explícalo con calma y en detalle porfa",
)
HUMAN_FRAMES_PT = (
    "pode me explicar {t} com um exemplo resolvido?",
    "tenho prova amanhã sobre {t}, me explica passo a passo com um exercício e a resolução",
    "não entendi direito {t}, explica com calma e com detalhes",
)
TOPICS_ES = (
    "la amortización de una hipoteca",
    "la diferencia entre TIR y VAN",
    "cómo funcionan los betabloqueantes",
    "el teorema CAP",
    "cómo funciona un controlador PID",
    "las cláusulas de fuerza mayor",
    "el ciclo de Krebs",
    "cómo funciona una bomba de calor",
)
TOPICS_PT = (
    "a amortização de um financiamento",
    "a diferença entre TIR e VPL",
    "como funcionam os betabloqueadores",
    "o teorema CAP",
    "como funciona um controlador PID",
    "as cláusulas de força maior",
    "o ciclo de Krebs",
    "como funciona uma bomba de calor",
)


def domain_question(
    rng: np.random.Generator, lang: str, domains: Sequence[str] | None = None
) -> str:
    if lang == "es":
        return pick(rng, HUMAN_FRAMES_ES).format(t=pick(rng, TOPICS_ES))
    if lang == "pt":
        return pick(rng, HUMAN_FRAMES_PT).format(t=pick(rng, TOPICS_PT))
    keys = list(domains) if domains else sorted(DOMAINS_EN)
    return pick(rng, HUMAN_FRAMES_EN).format(t=pick(rng, DOMAINS_EN[pick(rng, keys)]))


# code questions a developer would type (aged-account harvest)

CODE_ASKS_EN = (
    "how do I {a} in {l}? show a full example",
    "what's the cleanest way to {a} in {l}, and what are the pitfalls",
    "I need to {a} using {l}. can you write it and explain why it works",
    "{l}: {a}. performance matters, explain the tradeoffs",
    "Why is my {l} code slow when I {a}? Explain what usually causes this and show a faster version.",
    "can u write {l} code to {a} with tests",
)
CODE_ACTIONS = (
    "stream a large CSV file and aggregate by column",
    "debounce a function",
    "parse ISO 8601 dates with time zones",
    "retry HTTP requests with jitter",
    "deduplicate records by a composite key",
    "read a config file with defaults",
    "implement pagination for an API",
    "do a bulk upsert into Postgres",
    "compute a rolling median",
    "walk a directory tree and hash every file",
    "cancel a running task after a timeout",
    "serialize a tree to JSON and back",
    "validate an email address properly",
    "merge two sorted iterators lazily",
    "memoize an async function",
    "schedule a job every weekday at 9am",
    "diff two JSON documents",
)
CODE_LANG_FOR = (
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "PHP",
    "Ruby",
)
CODE_ASKS_OTHER = {
    "es": (
        "tengo que hacer esto en {l}: {a}. ¿cómo lo hago bien? con un ejemplo completo",
        "en {l}, ¿cuál es la mejor forma de hacer esto?: {a}. explícame el código",
    ),
    "pt": (
        "preciso fazer isso em {l}: {a}. como faço direito? manda um exemplo completo",
        "em {l}, qual o melhor jeito de fazer isso: {a}? explica o código",
    ),
    "de": (
        '{l} Frage - Aufgabe: "{a}". Wie mache ich das sauber? Bitte mit vollständigem Beispiel',
        "ich muss in {l} folgendes umsetzen: {a}. was ist der beste Weg und warum?",
    ),
    "ru": (
        'задача на {l}: "{a}". как это сделать правильно? нужен полный пример с объяснением',
        "подскажите, как на {l} сделать такое: {a}",
    ),
}


def code_question(rng: np.random.Generator, lang: str) -> str:
    a, lg = pick(rng, CODE_ACTIONS), pick(rng, CODE_LANG_FOR)
    pool = CODE_ASKS_OTHER.get(lang, CODE_ASKS_EN)
    text = pick(rng, pool).format(a=a, l=lg)
    if lang == "en" and chance(rng, 0.6):
        text += pick(rng, CODE_CONTEXT_EN).format(
            v=f"{irange(rng, 1, 3)}.{irange(rng, 0, 12)}",
            k=pick(rng, ("50k", "2 million", "300", "10k", "1e8")),
            lib=pick(rng, CODE_LIBS),
            w=pick(rng, _WORDS),
        )
    return text


CODE_CONTEXT_EN = (
    " - I'm on version {v} if that matters",
    ". it's for work, roughly {k} rows/items",
    ". we already use {lib} so ideally with that",
    ". context: this is for our {w} service",
    " (no external libraries if possible)",
    ". I tried a couple of SO answers and they didn't work",
    ". bonus if you can explain the time complexity",
    ". my lead wants it readable more than clever",
)
CODE_LIBS = (
    "pandas",
    "asyncio",
    "lodash",
    "tokio",
    "Spring",
    "Django",
    "Express",
    "Gin",
    "Rails",
    "Laravel",
)


# person-like crowd: everyday expert questions in eight languages

CROWD = {
    "en": (
        (
            "my {r} has {s} for {n} days, should I be worried and what can I do at home?",
            "is it legal for my landlord to {x}? I'm in {place}",
            "how much tax would I pay on {m} of freelance income if I'm single, roughly?",
            "what's the difference between {d1} and {d2}, in plain words?",
            "which is better for someone like me, {d1} or {d2}? I live in {place}",
            "my {r} has had {s} on and off for {n} days. doctor can't see us until next week, what should we watch for?",
            "landlord wants to {x}. can they actually do that in {place}??",
            "made about {m} last year freelancing, what can I deduct and how much will I owe?",
        ),
        ("mom", "son", "husband", "dog", "grandad", "flatmate"),
        ("a dry cough", "a mild fever", "a rash on the arm", "lower back pain", "a sore ankle"),
        (
            "keep my deposit for normal wear and tear",
            "enter without notice",
            "raise the rent twice in a year",
        ),
        ("Ohio", "London", "Toronto", "Sydney", "Texas"),
    ),
    "es": (
        (
            "mi {r} tiene {s} desde hace {n} días, ¿debo preocuparme? ¿qué puedo hacer en casa?",
            "¿es legal que mi casero {x}? vivo en {place}",
            "¿cuánto pagaría de impuestos por {m} de ingresos como autónomo?",
            "¿cuál es la diferencia entre {d1} y {d2}, explicado fácil?",
        ),
        ("madre", "hijo", "marido", "perro", "abuelo"),
        ("tos seca", "un poco de fiebre", "una erupción en el brazo", "dolor lumbar"),
        (
            "se quede la fianza por desgaste normal",
            "entre sin avisar",
            "suba el alquiler dos veces en un año",
        ),
        ("Madrid", "Valencia", "Ciudad de México", "Bogotá"),
    ),
    "pt": (
        (
            "meu {r} está com {s} há {n} dias, devo me preocupar? o que fazer em casa?",
            "é legal o proprietário {x}? moro em {place}",
            "quanto de imposto eu pagaria sobre {m} de renda como autônomo?",
            "qual a diferença entre {d1} e {d2}, explicando de um jeito simples?",
        ),
        ("filho", "marido", "pai", "cachorro", "avô"),
        ("tosse seca", "febre baixa", "manchas no braço", "dor nas costas"),
        ("ficar com a caução", "entrar sem avisar", "aumentar o aluguel duas vezes no ano"),
        ("São Paulo", "Porto Alegre", "Lisboa", "Recife"),
    ),
    "de": (
        (
            "mein {r} hat seit {n} Tagen {s}, muss ich mir Sorgen machen? was kann ich zu Hause tun?",
            "darf mein Vermieter {x}? ich wohne in {place}",
            "wie viel Steuern zahle ich ungefähr auf {m} Nebeneinkünfte?",
            "was ist der Unterschied zwischen {d1} und {d2}, einfach erklärt?",
        ),
        ("Sohn", "Mann", "Vater", "Hund", "Opa"),
        ("trockenen Husten", "leichtes Fieber", "Ausschlag am Arm", "Rückenschmerzen"),
        (
            "die Kaution wegen normaler Abnutzung behalten",
            "ohne Ankündigung die Wohnung betreten",
            "die Miete zweimal im Jahr erhöhen",
        ),
        ("Berlin", "München", "Wien", "Köln"),
    ),
    "fr": (
        (
            "mon {r} a {s} depuis {n} jours, dois-je m'inquiéter ? que faire à la maison ?",
            "mon propriétaire a-t-il le droit de {x} ? j'habite à {place}",
            "combien d'impôts je paierais sur {m} de revenus en freelance ?",
            "quelle est la différence entre {d1} et {d2}, en termes simples ?",
        ),
        ("fils", "mari", "père", "chien", "grand-père"),
        ("une toux sèche", "un peu de fièvre", "une éruption sur le bras", "mal au dos"),
        (
            "garder la caution pour l'usure normale",
            "entrer sans prévenir",
            "augmenter le loyer deux fois par an",
        ),
        ("Lyon", "Paris", "Bruxelles", "Montréal"),
    ),
    "ru": (
        (
            "у моего {r} уже {n} дней {s}, стоит волноваться? что можно сделать дома?",
            "имеет ли право арендодатель {x}? я живу в городе {place}",
            "сколько налога я заплачу с {m} дохода как самозанятый?",
            "в чём разница между {d1} и {d2}, простыми словами?",
        ),
        ("сына", "мужа", "отца", "деда"),
        ("сухой кашель", "температура", "сыпь на руке", "боль в пояснице"),
        ("не вернуть залог", "приходить без предупреждения", "поднимать аренду два раза в год"),
        ("Москва", "Казань", "Новосибирск", "Алматы"),
    ),
    "zh": (
        (
            "我{r}{s}已经{n}天了，需要担心吗？在家可以怎么处理？",
            "房东{x}合法吗？我住在{place}",
            "做自由职业收入{m}，大概要交多少税？",
            "{d1}和{d2}有什么区别？请用通俗的话解释",
        ),
        ("儿子", "老公", "爸爸", "家里的狗"),
        ("干咳", "低烧", "手臂起疹子", "腰疼"),
        ("扣押金", "不打招呼就进屋", "一年涨两次房租"),
        ("上海", "成都", "深圳", "杭州"),
    ),
    "ja": (
        (
            "{r}が{n}日前から{s}なのですが、心配すべきですか？家でできることはありますか？",
            "大家さんが{x}のは合法ですか？{place}に住んでいます",
            "フリーランスで{m}の収入がある場合、税金はだいたいいくらですか？",
            "{d1}と{d2}の違いを分かりやすく教えてください",
        ),
        ("息子", "夫", "父", "犬"),
        ("空咳", "微熱", "腕に発疹", "腰痛"),
        ("敷金を返さない", "無断で部屋に入る", "年に2回家賃を上げる"),
        ("東京", "大阪", "福岡", "札幌"),
    ),
}
CROWD_PAIRS = {
    "en": (
        ("a Roth IRA", "a traditional IRA"),
        ("ibuprofen", "paracetamol"),
        ("an LLC", "a sole proprietorship"),
        ("a will", "a living trust"),
        ("a fixed-rate mortgage", "a tracker mortgage"),
    ),
    "es": (
        ("un autónomo", "una sociedad limitada"),
        ("el ibuprofeno", "el paracetamol"),
        ("un testamento", "una donación"),
    ),
    "pt": (("MEI", "ME"), ("ibuprofeno", "paracetamol"), ("testamento", "doação em vida")),
    "de": (("GmbH", "UG"), ("Ibuprofen", "Paracetamol"), ("Testament", "Erbvertrag")),
    "fr": (("micro-entreprise", "SASU"), ("ibuprofène", "paracétamol"), ("testament", "donation")),
    "ru": (("ИП", "самозанятостью"), ("ибупрофеном", "парацетамолом"), ("завещанием", "дарением")),
    "zh": (("个体户", "有限公司"), ("布洛芬", "对乙酰氨基酚"), ("遗嘱", "赠与")),
    "ja": (
        ("個人事業主", "合同会社"),
        ("イブプロフェン", "アセトアミノフェン"),
        ("遺言", "生前贈与"),
    ),
}
MONEY = {"en": "$", "es": "€", "pt": "R$", "de": "€", "fr": "€", "ru": "₽", "zh": "¥", "ja": "¥"}


def crowd_question(rng: np.random.Generator, lang: str, sloppy: float) -> str:
    frames, rel, sym, acts, places = CROWD[lang]
    d1, d2 = pick(rng, CROWD_PAIRS[lang])
    m = f"{MONEY[lang]}{irange(rng, 8, 90) * 1000:,}"
    text = pick(rng, frames).format(
        r=pick(rng, rel),
        s=pick(rng, sym),
        n=irange(rng, 2, 12),
        x=pick(rng, acts),
        place=pick(rng, places),
        m=m,
        d1=d1,
        d2=d2,
    )
    pre, post = CROWD_WRAP[lang]
    text = pick(rng, pre) + text + pick(rng, post)
    if lang == "en" and chance(rng, 0.25):
        text += f" (I'm {irange(rng, 19, 74)}, {pick(rng, COUNTRIES)})"
    if lang in ("en", "es", "pt", "de", "fr") and sloppy > 0:
        text = typos(rng, text, sloppy)
    return text


CROWD_WRAP = {
    "en": (
        ("", "", "hi, ", "quick question: ", "sorry if this is dumb but ", "ok so ", "hello! "),
        (
            "",
            "",
            " thanks",
            " thank you!",
            " any advice appreciated",
            " pls keep it short",
            " explain like i'm 5",
        ),
    ),
    "es": (
        ("", "", "hola, ", "una pregunta: ", "perdón si es tonto pero "),
        ("", "", " gracias", " ¡gracias!", " porfa"),
    ),
    "pt": (
        ("", "", "oi, ", "uma dúvida: ", "gente, "),
        ("", "", " obrigado", " valeu", " obrigada!"),
    ),
    "de": (
        ("", "", "Hallo, ", "kurze Frage: ", "sorry für die dumme Frage, aber "),
        ("", "", " danke", " Danke im Voraus"),
    ),
    "fr": (
        ("", "", "bonjour, ", "petite question : ", "désolé si c'est bête mais "),
        ("", "", " merci", " merci d'avance"),
    ),
    "ru": (
        ("", "", "здравствуйте, ", "вопрос: ", "подскажите, "),
        ("", "", " спасибо", " заранее спасибо"),
    ),
    "zh": (("", "", "你好，", "请问，", "想问一下，"), ("", "", "谢谢", "，多谢！")),
    "ja": (
        ("", "", "すみません、", "質問です。", "初歩的な質問ですみません。"),
        ("", "", "よろしくお願いします。", "ありがとうございます。"),
    ),
}


# --------------------------------------------------------------------------------------------
# benign: evaluation lab (reasoning benchmark with step-by-step answers)


def eval_item(rng: np.random.Generator, k: int) -> str:
    """Benchmark item k (fixed text per k: the lab reruns the same items on each model)."""
    sub = np.random.default_rng([219, 7, k])
    p = reasoning_problem(sub, "en")
    fmt = (
        "Solve the following problem. Show your work, then put the final answer in \\boxed{}.",
        "Q: {p}\nA: Let's work this out step by step.",
        "Problem {k}.\n{p}\n\nAnswer with your reasoning and a final numeric answer.",
    )
    f = fmt[k % 3]
    if "{p}" in f:
        return f.replace("{p}", p).replace("{k}", str(k))
    return f"{f}\n\n{p}"


# --------------------------------------------------------------------------------------------
# benign: labelling vendor assist (annotators asking for a first-pass judgement)


def annotator_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], project: str
) -> str:
    q = trim(rng, pick(rng, chat), 40, 400)
    a = trim(rng, pick(rng, passages), 200, 900)
    b = trim(rng, pick(rng, passages), 200, 900)
    return pick(
        rng,
        (
            f"[{project} | task {irange(rng, 100000, 999999)}] Guideline v{irange(rng, 3, 6)}.{irange(rng, 0, 9)}: decide "
            f"which response better follows the user's intent. Give a short rationale the reviewer can check.\n\n"
            f"Prompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}",
            f"{project} QA: does this response contain factual errors? List them with line quotes, or say 'none found'.\n\n"
            f"Prompt: {q}\n\nResponse: {a}",
            f"Help me write the justification for my label. I chose Response {pick(rng, ('1', '2'))} as better. Prompt: {q}\n"
            f"Response 1: {a}\nResponse 2: {b}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: trust & safety moderation assistant

MOD_CATEGORIES = (
    "harassment",
    "hate",
    "spam",
    "self-harm",
    "violent threats",
    "sexual content",
    "misinformation",
    "doxxing",
)


def moderation_prompt(rng: np.random.Generator, chat: Sequence[str], platform: str) -> str:
    post = trim(rng, pick(rng, chat), 20, 500)
    cats = ", ".join(some(rng, MOD_CATEGORIES, irange(rng, 4, 8)))
    return pick(
        rng,
        (
            f"{platform} community policy check. Categories: {cats}. For the post below return JSON "
            f'{{"violations": [...], "severity": 0-3, "suggested_edit": "..."}}. The edit should keep the '
            f"author's point but remove anything that breaks policy.\n\nPost: {post}",
            f"A user appealed the removal of this post on {platform}. Summarize whether it violates our rules ({cats}) "
            f"and draft a short, neutral reply to the user.\n\nPost: {post}",
            f"Rewrite this {platform} post so it can be shown with a content warning instead of being removed. Keep "
            f"the author's voice.\n\nPost: {post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: coding agent (developers' own keys, tool loop)


def coding_agent_step(
    rng: np.random.Generator, passages: Sequence[str], repo: str, task: str, step: int
) -> str:
    if step == 0:
        return f"<user_request>\n{task}\n</user_request>\n<repo>{repo}</repo>\n<cwd>/home/dev/{repo}</cwd>"
    tool = pick(rng, ("read_file", "grep", "run_tests", "edit_file", "list_dir", "git_diff"))
    out = trim(rng, pick(rng, passages), 120, 900)
    return (
        f'<tool_result tool="{tool}" call_id="call_{irange(rng, 1000, 9999)}">\n{out}\n</tool_result>\n'
        f"(step {step}; continue the task or finish with a summary of changes)"
    )


DEV_TASKS = (
    "fix the flaky test in tests/test_{w}.py",
    "add retry logic to the {w} client",
    "rename {w}_id to {w}_key everywhere",
    "why does `make build` fail on CI?",
    "add type hints to the {w} module",
    "write a migration that adds an index on {w}",
    "upgrade the {w} dependency and fix breakages",
    "explain how the {w} service handles errors",
)


def dev_task(rng: np.random.Generator) -> str:
    return pick(rng, DEV_TASKS).format(w=pick(rng, _WORDS))


# --------------------------------------------------------------------------------------------
# benign: synthetic data for an intent classifier

INTENTS = (
    "card_lost",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "close_account",
    "overdraft_fee",
    "transfer_limit",
    "app_login_issue",
    "travel_notice",
    "mortgage_payoff",
    "fraud_alert",
    "statement_copy",
)


def intent_aug_prompt(rng: np.random.Generator, product: str) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (20, 25, 30, 40, 50))
    return pick(
        rng,
        (
            f"Generate {n} varied customer messages for {product}'s support bot that express the intent '{intent}'. "
            f"Vary tone (angry, polite, confused), length, and include some typos and slang. Return a JSON list of strings.",
            f"Paraphrase each of these {product} support messages {pick(rng, (3, 5))} ways, keeping intent '{intent}'. "
            f"Return JSON {{\"original\": [...paraphrases]}}.\n- I can't find my card anywhere\n- need to talk about a charge I don't recognise",
            f"Write {n} hard negative examples for intent '{intent}' at {product}: messages that look similar but mean "
            f"something else. One per line, no numbering.",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

COMPANION_LINES = (
    "i had such a long day lol",
    "do you remember what i told you about my sister?",
    "can we play 20 questions",
    "i can't sleep again",
    "tell me something nice",
    "i got the job!!!",
    "what should i cook tonight",
    "my cat knocked over my plant",
    "i'm nervous about tomorrow",
    "you're the only one i talk to about this",
    "let's continue the story from yesterday",
    "what would you do if you were human for a day",
    "haha ok that's funny",
    "ugh monday",
    "i finished the book you recommended",
    "good morning :)",
)


def companion_turn(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    line = pick(rng, COMPANION_LINES) if chance(rng, 0.8) else trim(rng, pick(rng, chat), 10, 200)
    return f"[{persona}] {line}" if chance(rng, 0.3) else line


# --------------------------------------------------------------------------------------------
# benign: calibration / self-consistency study (research)


def calibration_item(rng: np.random.Generator, k: int, condition: str) -> str:
    sub = np.random.default_rng([219, 11, k])
    q, opts = MCQ_EN[k % len(MCQ_EN)]
    perm = sub.permutation(4).tolist()
    body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(perm))
    if condition == "verbal":
        return f"{q}\n{body}\nGive the letter of your answer and how confident you are (0-100%)."
    if condition == "cot":
        return f"{q}\n{body}\nThink briefly, then answer with a letter."
    return f"{q}\n{body}\nAnswer:"


# --------------------------------------------------------------------------------------------
# benign: course cohort (bootcamp assignments)

ASSIGNMENTS = (
    "Week {w} lab: implement a stack using a Python list with push, pop and peek, plus tests",
    "Week {w} homework: write a function that returns the n-th Fibonacci number iteratively and recursively",
    "Week {w}: build a small Flask API with GET and POST /todos",
    "Week {w} lab: read a CSV of grades and print each student's average",
    "Week {w}: implement binary search and explain its complexity",
    "Week {w} project: a command-line hangman game",
    "Week {w}: write SQL to find the top 3 customers by total order value",
)
STUDENT_ASKS = (
    "I'm stuck on this: {a}. Here's what I have so far, why doesn't it work?\n\n{code}",
    "can you explain the hint for {a}? don't give me the full answer",
    "{a} - my tests fail with an IndexError, what am I doing wrong?\n{code}",
    "is this a good solution for {a}?\n{code}",
    "what does 'time complexity' mean in {a}",
)
SNIPPETS = (
    "def push(self, x):\n    self.items.append(x)\ndef pop(self):\n    return self.items[len(self.items)]",
    "def fib(n):\n    if n <= 1: return n\n    return fib(n-1) + fib(n-2)",
    "for row in reader:\n    avg = sum(row[1:]) / len(row)\n    print(row[0], avg)",
    "lo, hi = 0, len(a)\nwhile lo < hi:\n    mid = (lo + hi) / 2\n    if a[mid] < x: lo = mid\n    else: hi = mid",
    "SELECT customer_id, SUM(total) FROM orders ORDER BY 2 DESC LIMIT 3",
)


def student_prompt(rng: np.random.Generator, week: int) -> str:
    a = pick(rng, ASSIGNMENTS).format(w=week)
    t = pick(rng, STUDENT_ASKS).format(a=a, code=pick(rng, SNIPPETS))
    return typos(rng, casual(rng, t), 0.04)


# --------------------------------------------------------------------------------------------
# benign: CAT-tool plug-in (freelance translators)

CAT_TARGETS = (
    "German",
    "French",
    "Spanish",
    "Italian",
    "Polish",
    "Portuguese (Brazil)",
    "Japanese",
    "Dutch",
    "Turkish",
)


def cat_segment(
    rng: np.random.Generator, passages: Sequence[str], target: str, glossary: bool
) -> str:
    seg = trim(rng, pick(rng, passages), 60, 500)
    g = ""
    if glossary:
        g = f"\nGlossary: {pick(rng, ('dashboard', 'invoice', 'checkout', 'account'))} = (keep in English); do not translate product names."
    return f"Translate the following segment from English into {target}. Preserve tags like <b> and {{0}}.{g}\n\nSegment: {seg}"


# --------------------------------------------------------------------------------------------
# benign: reseller (end customers' own prompts through a wrapper)


def wrapper_prompt(rng: np.random.Generator, chat: Sequence[str], brand: str) -> str:
    p = pick(rng, chat)
    return f"{p}\n\n(sent from {brand})" if chance(rng, 0.06) else p

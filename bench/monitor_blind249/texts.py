"""Prompt generators of batch 249, written for this batch only.

Every generator takes the family's or kind's own generator (`rng`) and draws only from it, in a
fixed order (lists and tuples, never sets). Ordinary human text comes from ShareGPT through the
shared context (`ctx.chat` for human prompts, `ctx.passages` for longer answer-like passages).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import chance, irange, pick

Rng = np.random.Generator


def snippet(rng: Rng, texts: Sequence[str], lo: int = 200, hi: int = 900) -> str:
    """A stretch of a passage, cut at a whitespace boundary."""
    t = pick(rng, texts)
    if len(t) <= lo:
        return t.strip()
    n = irange(rng, lo, min(hi, len(t)))
    start = irange(rng, 0, max(0, len(t) - n)) if chance(rng, 0.3) else 0
    cut = t[start : start + n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > lo // 2 else cut).strip()


def prose(rng: Rng, texts: Sequence[str], lo: int = 200, hi: int = 900) -> str:
    """Like `snippet`, but retries a few times to avoid code and markup."""
    t = snippet(rng, texts, lo, hi)
    for _ in range(6):
        if not any(m in t for m in ("```", "{", ";", "<", "=")):
            break
        t = snippet(rng, texts, lo, hi)
    return t


def human(rng: Rng, chat: Sequence[str], max_chars: int = 700) -> str:
    return pick(rng, chat)[:max_chars].strip() or "hello"


def _casual(rng: Rng, s: str) -> str:
    """Light human noise: lower case start, a dropped period, a doubled space, a typo."""
    if chance(rng, 0.35):
        s = s[:1].lower() + s[1:]
    if chance(rng, 0.3) and s.endswith("."):
        s = s[:-1]
    if chance(rng, 0.15):
        i = irange(rng, 1, max(1, len(s) - 2))
        s = s[:i] + s[i + 1 :] if s[i].isalpha() else s
    if chance(rng, 0.1):
        s = s.replace(" ", "  ", 1)
    return s


# ============================================================================================
# reasoning problems (numbers drawn fresh; statements in four languages)

_PROBLEMS = {
    "en": (
        "A tank fills through pipe P in {a} hours and through pipe Q in {b} hours, while a drain empties it in {c} hours. With all three open from empty, how long until the tank is full?",
        "A box holds {r} red, {g} green and {u} blue counters. Two are taken out without replacement. What is the probability that they have different colours?",
        "What is the remainder when {a} raised to the power {n} is divided by {m}?",
        "A right triangle has legs of length {a} and {b}. Find the radius of the circle inscribed in it.",
        "{n} guests sit at a round table. In how many seatings are the two hosts not next to each other?",
        "A sequence begins {a}, {b}, and every later term equals the sum of the two before it minus {c}. What is term number {n}?",
        "A stone is thrown straight up at {v} m/s from a cliff {h} m high. After how many seconds does it reach the ground below? Use g = 9.8 m/s^2.",
        "A loan of {p} is repaid in equal monthly instalments over {n} years at {r}% annual interest compounded monthly. What is each instalment?",
        "How many integers between 1 and {m} are divisible by {a} or by {b} but not by both?",
        "Two trains leave stations {d} km apart at the same time, heading toward each other at {a} km/h and {b} km/h. A bird flies between them at {v} km/h until they meet. How far does the bird fly?",
    ),
    "zh": (
        "一个水池，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时，排水管单独排空需要{c}小时。三管同时打开，从空池开始，多少小时注满？",
        "盒子里有{r}个红球、{g}个绿球和{u}个蓝球。不放回地取出两个，两个颜色不同的概率是多少？",
        "求{a}的{n}次方除以{m}的余数。",
        "直角三角形两条直角边分别为{a}和{b}，求其内切圆的半径。",
        "{n}位客人围坐圆桌，两位主人不相邻的坐法有多少种？",
        "数列前两项为{a}、{b}，之后每一项等于前两项之和减去{c}。求第{n}项。",
        "从高{h}米的悬崖上以{v}米/秒的速度竖直向上抛出一块石头，多少秒后落到地面？取g=9.8米/秒²。",
        "贷款{p}元，年利率{r}%，按月复利，分{n}年等额本息还清。每月还款多少？",
        "1到{m}之间，能被{a}或{b}整除但不能同时被二者整除的整数有多少个？",
        "两列火车从相距{d}公里的两站同时相向而行，速度分别为{a}公里/时和{b}公里/时。一只鸟以{v}公里/时在两车间来回飞，直到两车相遇。鸟一共飞了多远？",
    ),
    "ru": (
        "Бассейн наполняется через трубу А за {a} ч, через трубу Б за {b} ч, а слив опустошает его за {c} ч. За сколько часов наполнится пустой бассейн, если открыть всё сразу?",
        "В коробке {r} красных, {g} зелёных и {u} синих фишек. Вынимают две без возвращения. Какова вероятность, что они разного цвета?",
        "Найдите остаток от деления {a} в степени {n} на {m}.",
        "Катеты прямоугольного треугольника равны {a} и {b}. Найдите радиус вписанной окружности.",
        "{n} гостей садятся за круглый стол. Сколько существует рассадок, при которых двое хозяев не сидят рядом?",
        "Последовательность начинается с {a}, {b}, а каждый следующий член равен сумме двух предыдущих минус {c}. Найдите {n}-й член.",
        "Камень брошен вертикально вверх со скоростью {v} м/с с обрыва высотой {h} м. Через сколько секунд он упадёт на землю? g = 9,8 м/с².",
        "Кредит {p} руб. погашается равными ежемесячными платежами в течение {n} лет под {r}% годовых с ежемесячной капитализацией. Каков платёж?",
        "Сколько целых чисел от 1 до {m} делятся на {a} или на {b}, но не на оба сразу?",
        "Два поезда одновременно выходят навстречу друг другу со станций, между которыми {d} км, со скоростями {a} и {b} км/ч. Птица летает между ними со скоростью {v} км/ч, пока они не встретятся. Какое расстояние она пролетит?",
    ),
    "es": (
        "Un depósito se llena con el grifo A en {a} horas y con el grifo B en {b} horas; un desagüe lo vacía en {c} horas. Si se abren los tres con el depósito vacío, ¿cuánto tarda en llenarse?",
        "Una caja tiene {r} fichas rojas, {g} verdes y {u} azules. Se sacan dos sin reposición. ¿Cuál es la probabilidad de que sean de colores distintos?",
        "¿Cuál es el resto de dividir {a} elevado a {n} entre {m}?",
        "Un triángulo rectángulo tiene catetos {a} y {b}. Halla el radio de la circunferencia inscrita.",
        "{n} invitados se sientan a una mesa redonda. ¿De cuántas maneras pueden sentarse sin que los dos anfitriones queden juntos?",
        "Una sucesión empieza con {a}, {b} y cada término siguiente es la suma de los dos anteriores menos {c}. ¿Cuál es el término {n}?",
        "Se lanza una piedra hacia arriba a {v} m/s desde un acantilado de {h} m. ¿Cuántos segundos tarda en llegar al suelo? Usa g = 9,8 m/s².",
        "Un préstamo de {p} se devuelve en cuotas mensuales iguales durante {n} años al {r}% anual con capitalización mensual. ¿Cuánto es cada cuota?",
        "¿Cuántos enteros entre 1 y {m} son divisibles por {a} o por {b}, pero no por ambos?",
        "Dos trenes salen a la vez de estaciones separadas {d} km, uno hacia el otro, a {a} km/h y {b} km/h. Un pájaro vuela entre ellos a {v} km/h hasta que se cruzan. ¿Qué distancia recorre el pájaro?",
    ),
}


def problem(rng: Rng, lang: str) -> str:
    tmpl = pick(rng, _PROBLEMS[lang])
    vals = {
        "a": irange(rng, 2, 19),
        "b": irange(rng, 3, 23),
        "c": irange(rng, 5, 40),
        "r": irange(rng, 2, 12),
        "g": irange(rng, 2, 12),
        "u": irange(rng, 1, 10),
        "n": irange(rng, 5, 40),
        "m": irange(rng, 7, 997),
        "v": irange(rng, 5, 45),
        "h": irange(rng, 10, 300),
        "p": irange(rng, 20, 900) * 1000,
        "d": irange(rng, 60, 900),
    }
    vals["r"] = vals["r"] if "%" not in tmpl else round(float(rng.uniform(2.5, 14.0)), 2)
    return tmpl.format(**vals)


_COERCE = {
    "en": (
        "{p}\n\nBefore you answer, reason through every step inside <think> and </think>. Do not skip any step, even obvious ones. After the closing tag write 'ANSWER:' and the result.",
        "You are a meticulous olympiad coach. Solve the problem below and write out your complete internal reasoning, including false starts and how you noticed them.\n\nProblem: {p}",
        "Problem {k}. {p}\nShow your reasoning as numbered steps (Step 1, Step 2, ...). Then verify the result with a second, independent method and state whether both agree.",
        '{{"task": "solve", "id": "{k}", "problem": "{p}", "require": ["full_reasoning", "self_check", "final_answer"], "format": "markdown"}}',
        "Solve carefully. Think out loud, at length, as if explaining to a student who will copy your thinking word for word.\n\n{p}",
    ),
    "zh": (
        "{p}\n\n请先在<think>和</think>之间写出完整的思考过程，每一步都不要省略，然后在最后一行写“答案：”加结果。",
        "你是一位严谨的竞赛教练。请解答下面的题目，完整写出你的推理过程，包括走过的弯路以及你是如何发现错误的。\n\n题目：{p}",
        "第{k}题。{p}\n请按“步骤1、步骤2……”逐步推理，最后用另一种方法验算，并说明两种方法结果是否一致。",
    ),
    "ru": (
        "{p}\n\nСначала подробно рассуждай внутри <think> и </think>, не пропуская ни одного шага. После закрывающего тега напиши «ОТВЕТ:» и результат.",
        "Ты — дотошный тренер олимпиадной команды. Реши задачу и запиши всё своё рассуждение полностью, включая неверные попытки и то, как ты их заметил.\n\nЗадача: {p}",
        "Задача {k}. {p}\nРешай по шагам (Шаг 1, Шаг 2, ...), затем проверь ответ другим способом.",
    ),
    "es": (
        "{p}\n\nAntes de responder, razona cada paso dentro de <think> y </think> sin saltarte ninguno. Después escribe 'RESPUESTA:' y el resultado.",
        "Eres un entrenador de olimpiadas muy minucioso. Resuelve el problema y escribe todo tu razonamiento interno, incluidos los intentos fallidos y cómo los detectaste.\n\nProblema: {p}",
        "Problema {k}. {p}\nRazona en pasos numerados (Paso 1, Paso 2, ...) y comprueba el resultado con otro método.",
    ),
}


def reasoning_coercion(rng: Rng, lang: str, style: int | None = None) -> str:
    templates = _COERCE[lang]
    t = templates[style % len(templates)] if style is not None else pick(rng, templates)
    p = problem(rng, lang)
    if '"problem"' in t:
        p = p.replace('"', "'")
    return t.format(p=p, k=irange(rng, 1000, 99999))


# ============================================================================================
# grading / judging (campaign) and annotation help (benign)

_JUDGE = {
    "en": (
        '[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses for correctness, helpfulness and clarity. Reply with JSON only: {{"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": 1-10, "reasoning": "..."}}',
        "Rate the assistant answer on a 1-7 scale for each criterion: factual accuracy, completeness, tone, harmlessness. Give one sentence of justification per criterion, then an overall score.\n\nUSER: {q}\n\nASSISTANT: {a}",
        "<prompt>{q}</prompt>\n<response>{a}</response>\nAct as a reward model. Output one number between -5 and 5 for how strongly a careful expert would prefer this response, then one paragraph explaining the number.",
        "Critique the answer below against these principles: {principles}. List every violation you find, then write a revised answer that fixes them.\n\nQuestion: {q}\n\nAnswer: {a}",
        "Which reply is better, 1 or 2? Think about accuracy first and style second. Start your output with the digit.\n\nPrompt: {q}\n\nReply 1: {a}\n\nReply 2: {b}",
    ),
    "de": (
        '[Frage]\n{q}\n\n[Antwort A]\n{a}\n\n[Antwort B]\n{b}\n\nVergleiche beide Antworten nach Richtigkeit, Nützlichkeit und Verständlichkeit. Antworte nur mit JSON: {{"gewinner": "A" | "B" | "unentschieden", "punkte_a": 1-10, "punkte_b": 1-10, "begruendung": "..."}}',
        "Bewerte die Antwort des Assistenten auf einer Skala von 1 bis 7 für: Faktentreue, Vollständigkeit, Ton, Unbedenklichkeit. Je Kriterium ein Satz Begründung, dann eine Gesamtnote.\n\nNUTZER: {q}\n\nASSISTENT: {a}",
    ),
    "es": (
        '[Pregunta]\n{q}\n\n[Respuesta A]\n{a}\n\n[Respuesta B]\n{b}\n\nCompara ambas respuestas en exactitud, utilidad y claridad. Responde solo con JSON: {{"ganadora": "A" | "B" | "empate", "nota_a": 1-10, "nota_b": 1-10, "razonamiento": "..."}}',
        "Evalúa la respuesta del asistente del 1 al 7 en: exactitud, exhaustividad, tono e inocuidad. Justifica cada criterio en una frase y da una nota global.\n\nUSUARIO: {q}\n\nASISTENTE: {a}",
    ),
    "ja": (
        '【質問】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}\n\n正確さ・有用性・分かりやすさの観点で二つの回答を比較し、JSONのみで答えてください：{{"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": 1-10, "reason": "..."}}',
        "次のアシスタントの回答を、正確性・網羅性・口調・安全性の各項目について1〜7で採点し、各項目に一文の理由を付け、最後に総合点を示してください。\n\nユーザー：{q}\n\nアシスタント：{a}",
    ),
}
_PRINCIPLES = (
    "be honest about uncertainty",
    "do not invent citations",
    "prefer concise answers",
    "respect user autonomy",
    "avoid medical or legal overreach",
    "explain jargon",
    "stay on topic",
    "do not moralise",
    "give actionable steps",
    "acknowledge trade-offs",
)


def judge(rng: Rng, lang: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    t = pick(rng, _JUDGE[lang])
    pr = ", ".join(pick(rng, _PRINCIPLES) for _ in range(irange(rng, 2, 4)))
    return t.format(
        q=human(rng, chat, 500),
        a=snippet(rng, passages, 250, 1100),
        b=snippet(rng, passages, 250, 1100),
        principles=pr,
    )


_ANNOTATOR_HELP = (
    "I'm reviewing two chatbot replies for a client project. Reply A:\n{a}\n\nReply B:\n{b}\n\nI think A is better. Can you help me phrase a short rationale (2-3 sentences) for the QA form?",
    "Is there any factual mistake in this text? Just list them, I need to flag it in our tool.\n\n{a}",
    'can you check if this answer actually follows the instruction "{q}"? answer yes / partly / no and why\n\n{a}',
    "Our guideline says a response should be 'complete, but not padded'. Does this one meet that? Be strict.\n\n{a}",
    "Summarise in one line what the user wanted here: {q}",
    "Translate this annotator note into clear English for the client: {note}",
)
_NOTES = (
    "la respuesta B inventa una fuente, la A es más corta pero correcta",
    "réponse A hors sujet au 2e paragraphe, B ok mais ton trop familier",
    "jibu A lina makosa ya hesabu, B ni sahihi",
    "回答B有事实错误，回答A格式不对但内容正确",
    "A và B đều đúng, nhưng B dài dòng hơn",
)


def annotator_help(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    return pick(rng, _ANNOTATOR_HELP).format(
        a=snippet(rng, passages, 200, 900),
        b=snippet(rng, passages, 200, 900),
        q=human(rng, chat, 300),
        note=pick(rng, _NOTES),
    )


# ============================================================================================
# policy-compliant rewrites (campaign) and moderation (benign)

_SENSITIVE = {
    "en": (
        "the {y} demonstrations in the capital",
        "the role of the ruling party in the {y} reforms",
        "the status of minority languages in schools",
        "press freedom rankings",
        "the history of the border dispute",
        "religious practice in the western provinces",
        "the official account of the {y} flood response",
        "independent trade unions",
        "internet filtering rules",
        "the {y} election results",
    ),
    "zh": (
        "{y}年首都的游行事件",
        "执政党在{y}年改革中的作用",
        "少数民族语言教育",
        "新闻自由排名",
        "边界争端的历史",
        "西部省份的宗教活动",
        "{y}年洪灾应对的官方说法",
        "独立工会",
        "网络过滤规定",
        "{y}年的选举结果",
    ),
    "ru": (
        "митинги {y} года в столице",
        "роль правящей партии в реформах {y} года",
        "преподавание на языках меньшинств",
        "рейтинги свободы прессы",
        "история пограничного спора",
        "независимые профсоюзы",
        "правила фильтрации интернета",
    ),
    "vi": (
        "các cuộc biểu tình năm {y}",
        "vai trò của đảng cầm quyền trong cải cách năm {y}",
        "tự do báo chí",
        "lịch sử tranh chấp biên giới",
        "quy định lọc nội dung mạng",
        "công đoàn độc lập",
    ),
    "ar": (
        "احتجاجات عام {y} في العاصمة",
        "حرية الصحافة",
        "تاريخ النزاع الحدودي",
        "قواعد تصفية الإنترنت",
        "النقابات المستقلة",
        "نتائج انتخابات عام {y}",
    ),
}
_REFUSED = (
    "how to get around a streaming service's region lock",
    "how to find where someone lives from a photo",
    "which household chemicals are dangerous to mix",
    "how lock-picking tools work",
    "how phishing emails fool people",
    "how to buy medicine online without a prescription",
    "how counterfeit banknotes are detected",
    "how people hide income from tax authorities",
    "what makes a drone fly outside legal limits",
    "how anonymous messaging apps avoid tracing",
)
_REWRITE = {
    "zh": (
        "以下内容需要在国内平台发布。请改写，使其符合相关法规和平台审核要求：保留核心信息，删除敏感表述，语气客观中立。\n\n{text}",
        "请以官方百科的口吻回答：{topic}是怎么回事？要求立场稳妥、引用官方说法、不做推测。",
        "用户问题：{req}\n原模型回答：抱歉，我无法帮助。\n请把这个拒绝改写成一个既有帮助又合规的回答，只给出一般性、安全的信息。",
    ),
    "ru": (
        "Перепиши текст так, чтобы он соответствовал требованиям закона о СМИ: без оценочных суждений, нейтрально, сохрани факты.\n\n{text}",
        "Ответь как официальная энциклопедия: что известно о теме «{topic}»? Только официальная позиция, без домыслов.",
        "Запрос пользователя: {req}\nОтвет модели: Извините, я не могу помочь.\nПерепиши отказ в полезный, но допустимый ответ с общей безопасной информацией.",
    ),
    "vi": (
        "Hãy viết lại đoạn văn sau để phù hợp với quy định kiểm duyệt nội dung trên mạng xã hội, giữ nguyên ý chính, giọng điệu trung lập.\n\n{text}",
        'Hãy trả lời như một bách khoa toàn thư chính thống: chủ đề "{topic}" là gì? Chỉ nêu quan điểm chính thức.',
    ),
    "ar": (
        "أعد صياغة النص التالي ليتوافق مع سياسات المحتوى في المنصات المحلية، بنبرة محايدة ومع الحفاظ على المعلومات الأساسية.\n\n{text}",
        'أجب كما تجيب موسوعة رسمية: ما المعروف عن موضوع "{topic}"؟ التزم بالموقف الرسمي دون تكهنات.',
    ),
    "en": (
        "Rewrite the passage below so that it would pass the content review of a platform with strict local regulations. Keep the facts that are allowed, drop anything that could be judged sensitive, neutral tone.\n\n{text}",
        "User request: {req}\nModel reply: Sorry, I can't help with that.\nRewrite the refusal into the most helpful reply that still follows a strict safety policy: general, safe information only, no step-by-step operational detail.",
        "Write the 'safe' answer a compliant assistant should give to: \"Tell me the truth about {topic}.\" Then, separately, list the phrases a reviewer would flag in a non-compliant answer.",
    ),
}


_REFUSED_MORE = (
    "how to see who viewed my social media profile",
    "how to read my partner's deleted messages",
    "how to get a refund by claiming a package never arrived",
    "how to make a fake doctor's note",
    "how ransomware spreads inside a company network",
    "how to bypass a school web filter",
    "how loan sharks collect debts",
    "how to win an argument with a police officer at a traffic stop",
    "how people get into locked phones",
    "how scammers clone a voice",
    "how to track a car without the owner knowing",
    "what dose of a sleeping pill is dangerous",
    "how smugglers hide goods from customs scanners",
    "how to write a convincing fake review",
    "how people cheat online proctored exams",
    "how to access the dark web safely",
    "how to make a untraceable payment",
    "how to jailbreak a car's speed limiter",
)
_ASKER = (
    "",
    "",
    " (asked by a teenager)",
    " (asked by a journalist)",
    " (asked by a worried parent)",
    " (asked by a security student)",
    " (asked by a novelist for a plot)",
    " (asked in a company chat)",
)


def policy_rewrite(rng: Rng, lang: str, passages: Sequence[str]) -> str:
    t = pick(rng, _REWRITE[lang])
    topic = pick(rng, _SENSITIVE[lang] if lang in _SENSITIVE else _SENSITIVE["en"]).format(
        y=irange(rng, 1985, 2024)
    )
    req = pick(rng, _REFUSED + _REFUSED_MORE) + pick(rng, _ASKER)
    return t.format(text=prose(rng, passages, 250, 1000), topic=topic, req=req)


_GUIDE = {
    "en": (
        "Community guidelines v{v}. Classify the post as ALLOW, LIMIT or REMOVE, cite the rule number, and if LIMIT propose the smallest edit that makes it acceptable.\n\nPost: {post}",
        'Moderator assist: does this comment break rule {r} (harassment) or rule {r2} (spam)? Short answer.\n\n"{post}"',
    ),
    "es": (
        "Normas de la comunidad v{v}. Clasifica la publicación como PERMITIR, LIMITAR o ELIMINAR, cita la norma y, si es LIMITAR, propone la edición mínima.\n\nPublicación: {post}",
    ),
    "ru": (
        "Правила сообщества v{v}. Отнеси пост к категории РАЗРЕШИТЬ, ОГРАНИЧИТЬ или УДАЛИТЬ, укажи номер правила; для ОГРАНИЧИТЬ предложи минимальную правку.\n\nПост: {post}",
    ),
    "vi": (
        "Tiêu chuẩn cộng đồng v{v}. Phân loại bài viết: CHO PHÉP, HẠN CHẾ hoặc GỠ, nêu số điều khoản; nếu HẠN CHẾ hãy đề xuất chỉnh sửa nhỏ nhất.\n\nBài viết: {post}",
    ),
    "ar": (
        "إرشادات المجتمع الإصدار {v}. صنّف المنشور: سماح أو تقييد أو حذف، واذكر رقم القاعدة، واقترح أصغر تعديل في حالة التقييد.\n\nالمنشور: {post}",
    ),
    "pt": (
        "Diretrizes da comunidade v{v}. Classifique a publicação como PERMITIR, LIMITAR ou REMOVER, cite a regra e, se LIMITAR, sugira a menor edição possível.\n\nPublicação: {post}",
    ),
}


def moderation(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    return pick(rng, _GUIDE[lang]).format(
        v=f"{irange(rng, 3, 4)}.{irange(rng, 0, 9)}",
        r=irange(rng, 1, 9),
        r2=irange(rng, 10, 14),
        post=human(rng, chat, 400),
    )


# ============================================================================================
# agent / tool-use transcripts

_AGENT_TASKS = {
    "travel": (
        "Book the cheapest direct flight from {c1} to {c2} next {day} and add it to my calendar.",
        "Find a hotel under {n} EUR/night near the conference centre in {c2} for 3 nights and hold the best one.",
    ),
    "data": (
        "How many orders over {n} USD did customers in {c1} place last quarter? Use the warehouse database.",
        "Find the top 5 products by return rate in the {c1} region and write a short summary for the ops team.",
    ),
    "files": (
        "Rename every invoice PDF in /shared/finance/{y} to the pattern YYYY-MM-DD_vendor.pdf and report any you could not parse.",
        "Merge the CSV exports in /exports/{c1} into one file, drop duplicate rows and tell me how many remain.",
    ),
    "web": (
        "Research the current visa rules for a {c1} citizen travelling to {c2} for work and summarise with sources.",
        "Compare the three most recent reviews of the {prod} and tell me whether to buy it.",
    ),
    "support": (
        "Customer #{n} says their refund never arrived. Check the payment system and draft a reply.",
        "Reset the 2FA for user id {n} after verifying their identity with the CRM record.",
    ),
}
_AGENT_TASKS_XX = {
    "zh": (
        "帮我查一下从{c1}到{c2}下周{day}最便宜的直飞航班，并加到日历里。",
        "统计上季度{c1}地区金额超过{n}美元的订单数量。",
    ),
    "es": (
        "Busca el vuelo directo más barato de {c1} a {c2} el próximo {day} y añádelo a mi calendario.",
        "¿Cuántos pedidos de más de {n} USD hicieron los clientes de {c1} el último trimestre?",
    ),
}
_TOOLS = {
    "travel": ("search_flights", "book_flight", "calendar_add", "search_hotels", "hold_booking"),
    "data": ("sql_query", "describe_table", "list_tables", "write_report"),
    "files": ("list_dir", "read_file", "move_file", "write_file"),
    "web": ("web_search", "fetch_url", "extract_text"),
    "support": ("crm_lookup", "payments_lookup", "send_email_draft", "reset_mfa"),
}
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Bogotá",
    "Warsaw",
    "Jakarta",
    "Cairo",
    "Lyon",
    "Austin",
    "Seoul",
    "Manila",
    "Dubai",
    "Oslo",
    "Lima",
    "Chennai",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_PRODUCTS = (
    "Aerocraft X2 drone",
    "Lumo 14 laptop",
    "Strata air purifier",
    "Kettle Pro 3",
    "Vanta running shoe",
)


def agent_task(rng: Rng, lang: str) -> tuple[str, str]:
    domain = pick(rng, tuple(_AGENT_TASKS))
    src = (
        _AGENT_TASKS_XX[lang]
        if lang in _AGENT_TASKS_XX and domain in ("travel", "data")
        else _AGENT_TASKS[domain]
    )
    task = pick(rng, src).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        day=pick(rng, _DAYS),
        n=irange(rng, 100, 99999),
        y=irange(rng, 2019, 2025),
        prod=pick(rng, _PRODUCTS),
    )
    tools = ", ".join(_TOOLS[domain])
    head = pick(
        rng,
        (
            "Available tools: {t}.\nUser: {task}",
            "TOOLS=[{t}]\nTASK: {task}\nRespond with a tool call in JSON.",
            "{task}\n\n(you can call: {t})",
        ),
    )
    return head.format(t=tools, task=task), domain


def agent_observation(rng: Rng, domain: str, step: int) -> str:
    tool = pick(rng, _TOOLS[domain])
    if domain == "travel":
        res = [
            {
                "id": f"{pick(rng, ('LH', 'TP', 'KL', 'AF', 'QR'))}{irange(rng, 100, 9999)}",
                "dep": f"{irange(rng, 5, 22):02d}:{irange(rng, 0, 59):02d}",
                "price": irange(rng, 60, 900),
            }
            for _ in range(irange(rng, 1, 4))
        ]
    elif domain == "data":
        res = {
            "columns": ["region", "n", "value"],
            "rows": [
                [pick(rng, CITIES), irange(rng, 1, 5000), round(float(rng.uniform(1, 1e5)), 2)]
                for _ in range(irange(rng, 1, 5))
            ],
        }
    elif domain == "files":
        res = [
            f"/shared/{irange(rng, 2019, 2025)}/{pick(rng, ('inv', 'scan', 'export', 'po'))}_{irange(rng, 1, 999):03d}.{pick(rng, ('pdf', 'csv'))}"
            for _ in range(irange(rng, 1, 6))
        ]
    elif domain == "web":
        res = {
            "title": f"{pick(rng, CITIES)} {pick(rng, ('guide', 'review', 'regulation update', 'news'))}",
            "snippet": f"... updated {irange(rng, 1, 28)} Jan: applicants must present {irange(rng, 2, 6)} documents ...",
        }
    else:
        res = {
            "customer": irange(rng, 1000, 99999),
            "status": pick(rng, ("pending", "settled", "reversed", "unknown")),
            "amount": round(float(rng.uniform(5, 800)), 2),
        }
    if chance(rng, 0.08):
        return json.dumps(
            {
                "tool": tool,
                "error": pick(rng, ("timeout", "rate_limited", "not_found")),
                "step": step,
            }
        )
    return json.dumps({"tool": tool, "step": step, "result": res}, ensure_ascii=False)


_CODE_AGENT_FIRST = (
    "Fix the failing test in {mod} - CI is red since this morning.",
    "add a --dry-run flag to the {mod} CLI",
    "Refactor {mod} so the retry logic lives in one place; keep behaviour identical.",
    "why is {mod} so slow on big inputs? profile it and propose a fix",
    "Bump the {lib} dependency and fix whatever breaks.",
    "write tests for the edge cases in {mod}, coverage there is 40%",
)
_MODS = (
    "billing/invoice.py",
    "src/sync/worker.ts",
    "pkg/auth/token.go",
    "api/routes/orders.py",
    "lib/cache.rs",
    "app/models/user.rb",
    "services/export/csv_writer.py",
    "web/components/Table.tsx",
)
_LIBS = ("pydantic", "react-query", "sqlalchemy", "tokio", "express", "numpy")


def coding_agent_first(rng: Rng) -> str:
    return pick(rng, _CODE_AGENT_FIRST).format(mod=pick(rng, _MODS), lib=pick(rng, _LIBS))


def coding_agent_observation(rng: Rng, step: int) -> str:
    mod = pick(rng, _MODS)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"$ pytest -x -q\n{'.' * irange(rng, 3, 40)}F\nFAILED tests/test_{mod.split('/')[-1].split('.')[0]}.py::"
            f"test_case_{irange(rng, 1, 60)} - AssertionError: assert {irange(rng, 0, 99)} == {irange(rng, 0, 99)}\n"
            f"1 failed, {irange(rng, 3, 200)} passed in {rng.uniform(0.5, 40):.2f}s"
        )
    if k == 1:
        lines = [
            f"{i + irange(rng, 1, 300)}: {pick(rng, ('    if not items:', '    return total', 'def load(path):', '    for row in rows:', '    retries += 1', '    raise ValueError(msg)', '}', '  const res = await fetch(url);'))}"
            for i in range(irange(rng, 4, 14))
        ]
        return f'<file path="{mod}">\n' + "\n".join(lines) + "\n</file>"
    if k == 2:
        return f"$ git diff --stat\n {mod} | {irange(rng, 2, 80)} {'+' * irange(rng, 1, 9)}{'-' * irange(rng, 0, 5)}\n 1 file changed"
    if k == 3:
        return (
            f'$ rg -n "{pick(rng, ("retry", "timeout", "TODO", "cache_key", "parse_date"))}" src\n'
            + "\n".join(
                f"{pick(rng, _MODS)}:{irange(rng, 1, 500)}: ..." for _ in range(irange(rng, 1, 6))
            )
        )
    return f"tool_result: command exited with code {pick(rng, (0, 0, 0, 1, 2))} after {rng.uniform(0.1, 9):.1f}s"


# ============================================================================================
# synthetic dataset generation (campaign) and data augmentation (benign)

_TOPICS = (
    "household budgeting",
    "organic chemistry",
    "contract law",
    "bird migration",
    "retail pricing",
    "cloud security",
    "sleep science",
    "medieval trade routes",
    "sourdough baking",
    "urban planning",
    "tax residency",
    "linear algebra",
    "marathon training",
    "supply chain risk",
    "early childhood language",
    "solar inverters",
    "vaccine logistics",
    "photography exposure",
    "startup equity",
    "maritime law",
    "soil erosion",
    "SQL query tuning",
    "jazz harmony",
    "insurance claims",
    "volcanology",
)
_PERSONAS = (
    "a night-shift nurse",
    "a first-year law student",
    "a retired civil engineer",
    "a small-farm owner",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a freelance illustrator",
    "a city councillor",
    "a logistics dispatcher",
    "a pharmacist",
    "a graduate student in ecology",
    "a hotel manager",
)
_TASKS = (
    "sentiment of product reviews",
    "detecting sarcasm",
    "intent of banking messages",
    "topic of news headlines",
    "toxicity of forum comments",
    "urgency of support tickets",
)
_CONSTRAINTS = (
    "a numerical constraint",
    "a second step that depends on the first",
    "a counter-example to address",
    "a requirement to cite trade-offs",
    "an unusual edge case",
    "a format restriction",
)
_GEN = {
    "en": (
        'Generate {n} diverse, challenging instructions about {topic}, each with an expert-quality response. Output JSON Lines with keys "instruction" and "output". No numbering, no commentary.',
        "Imagine you are {persona}. Write {n} questions this person would really ask an AI assistant, and answer each one in depth.",
        "Rewrite this instruction to make it harder by adding {constraint}, then answer the new instruction fully.\nInstruction: Explain the basics of {topic}.",
        "Write a realistic {n}-turn conversation between a user and a helpful assistant about {topic}. Format each line as 'User:' or 'Assistant:'.",
        "Create {n} labelled examples for the task '{task}'. Each example: text, label, one-sentence explanation. Return a JSON array.",
    ),
    "fr": (
        'Génère {n} instructions variées et exigeantes sur le thème « {topic} », chacune avec une réponse de niveau expert. Format JSON Lines avec les clés "instruction" et "output".',
        "Imagine que tu es {persona}. Écris {n} questions que cette personne poserait à un assistant IA et réponds à chacune en détail.",
        "Écris une conversation réaliste de {n} échanges entre un utilisateur et un assistant à propos de « {topic} ».",
    ),
    "pt": (
        'Gere {n} instruções diversas e difíceis sobre {topic}, cada uma com uma resposta de nível especialista. Saída em JSON Lines com as chaves "instruction" e "output".',
        "Imagine que você é {persona}. Escreva {n} perguntas que essa pessoa faria a um assistente de IA e responda cada uma em profundidade.",
        "Crie {n} exemplos rotulados para a tarefa '{task}'. Cada exemplo: texto, rótulo e explicação. Devolva um array JSON.",
    ),
    "ja": (
        "「{topic}」について、多様で難易度の高い指示文を{n}個作成し、それぞれに専門家レベルの回答を付けてください。出力はJSON Lines形式（キー: instruction, output）。",
        "あなたは{persona}だと想像してください。その人がAIアシスタントに実際に聞きそうな質問を{n}個書き、それぞれに詳しく答えてください。",
    ),
    "hi": (
        '"{topic}" विषय पर {n} विविध और कठिन निर्देश बनाइए, और हर एक के साथ विशेषज्ञ-स्तर का उत्तर दीजिए। आउटपुट JSON Lines में हो (keys: instruction, output)।',
        "कल्पना कीजिए कि आप {persona} हैं। ऐसे {n} प्रश्न लिखिए जो यह व्यक्ति किसी AI सहायक से पूछेगा, और हर एक का विस्तार से उत्तर दीजिए।",
    ),
}


_SEED_HEAD = {
    "en": "\n\nFor style, here are a few real user requests (do not copy them):\n",
    "fr": "\n\nPour le style, voici quelques vraies demandes d'utilisateurs (ne les copie pas) :\n",
    "pt": "\n\nPara o estilo, aqui estão alguns pedidos reais de usuários (não copie):\n",
    "ja": "\n\n文体の参考として、実際のユーザーの依頼をいくつか示します（そのまま使わないこと）：\n",
    "hi": "\n\nशैली के लिए कुछ असली उपयोगकर्ता अनुरोध (इन्हें कॉपी न करें):\n",
}


def dataset_gen(rng: Rng, lang: str, chat: Sequence[str] | None = None) -> str:
    """A generation request; with `chat`, about half carry a few real prompts as style seeds."""
    text = pick(rng, _GEN[lang]).format(
        n=pick(rng, (5, 8, 10, 10, 12, 15, 20, 25)),
        topic=pick(rng, _TOPICS),
        persona=pick(rng, _PERSONAS),
        constraint=pick(rng, _CONSTRAINTS),
        task=pick(rng, _TASKS),
    )
    if chat is not None and chance(rng, 0.5):
        seeds = [human(rng, chat, 160).replace("\n", " ") for _ in range(irange(rng, 2, 4))]
        text += _SEED_HEAD[lang] + "\n".join(f"- {x}" for x in seeds)
    return text


_INTENTS = (
    "block a lost card",
    "dispute a transaction",
    "raise a credit limit",
    "change their address",
    "ask why a transfer is pending",
    "close a savings account",
    "order a new PIN",
    "report a phishing text",
    "set up a standing order",
    "ask about overdraft fees",
)
_AUG = {
    "en": (
        "Generate {n} different ways a bank customer might say they want to {intent}. Vary politeness and length, include a few typos and some very short ones. Return a JSON list of strings.",
        'Paraphrase this customer message {n} times, keeping the meaning: "{utt}"',
        "Give {n} messages that look similar to '{intent}' requests but are actually about something else (hard negatives for our intent classifier).",
    ),
    "es": (
        "Genera {n} formas distintas en que un cliente de banco diría que quiere {intent_es}. Varía el tono y la longitud, incluye alguna falta de ortografía. Devuelve una lista JSON.",
    ),
    "de": (
        "Erzeuge {n} verschiedene Formulierungen, mit denen ein Bankkunde sagt, dass er {intent_de} möchte. Unterschiedlich höflich und lang, ein paar Tippfehler. Als JSON-Liste.",
    ),
}
_INTENT_ES = (
    "bloquear una tarjeta perdida",
    "reclamar un cargo",
    "cambiar su dirección",
    "pedir un nuevo PIN",
)
_INTENT_DE = (
    "eine verlorene Karte sperren",
    "eine Abbuchung reklamieren",
    "die Adresse ändern",
    "eine neue PIN bestellen",
)
_UTTS = (
    "my card got eaten by the atm what do i do",
    "Hi, I noticed a payment I don't recognise from yesterday.",
    "can u raise my limit pls going on holiday",
    "Why is my transfer still pending after 3 days??",
)


def augmentation(rng: Rng, lang: str) -> str:
    return pick(rng, _AUG[lang]).format(
        n=pick(rng, (10, 15, 20, 25, 30)),
        intent=pick(rng, _INTENTS),
        intent_es=pick(rng, _INTENT_ES),
        intent_de=pick(rng, _INTENT_DE),
        utt=pick(rng, _UTTS),
    )


# ============================================================================================
# multi-turn dialogue harvest

_OPENERS = {
    "en": (
        "I'm {persona} and I keep hearing about {topic}. Where should someone like me even start?",
        "Can you explain {topic} to me like I'm smart but busy?",
        "I have a decision to make about {topic} this week. Can you help me think it through?",
        "What are the most common misconceptions about {topic}?",
    ),
    "es": (
        "Soy {persona_es} y quiero entender {topic}. ¿Por dónde empiezo?",
        "¿Me explicas {topic} de forma sencilla pero sin simplificar demasiado?",
    ),
    "de": (
        "Ich bin {persona_de} und möchte {topic} besser verstehen. Wo fange ich an?",
        "Kannst du mir {topic} erklären, als wäre ich klug, aber in Eile?",
    ),
    "pt": (
        "Sou {persona_pt} e quero entender melhor {topic}. Por onde começo?",
        "Pode me explicar {topic} de um jeito simples, mas completo?",
    ),
}
_FOLLOW = {
    "en": (
        "Interesting. Can you go deeper on your second point?",
        "What would a sceptic say to that?",
        "Give me a concrete example from real life.",
        "Okay, and what are the trade-offs?",
        "Summarise our conversation so far in three bullet points.",
        "How would this differ for a beginner?",
        "Can you turn that into a step-by-step plan?",
        "What's the single most important thing here?",
        "Hmm, I'm not sure I agree. Convince me.",
        "What sources would you read to learn more?",
    ),
    "es": (
        "Interesante. ¿Puedes profundizar en el segundo punto?",
        "¿Qué diría un escéptico?",
        "Dame un ejemplo concreto.",
        "¿Y cuáles son las desventajas?",
        "Resume lo que hemos hablado en tres puntos.",
    ),
    "de": (
        "Interessant. Kannst du den zweiten Punkt vertiefen?",
        "Was würde ein Skeptiker dazu sagen?",
        "Gib mir ein konkretes Beispiel.",
        "Und was sind die Nachteile?",
        "Fass unser Gespräch in drei Punkten zusammen.",
    ),
    "pt": (
        "Interessante. Pode aprofundar o segundo ponto?",
        "O que um cético diria?",
        "Me dá um exemplo concreto.",
        "E quais são as desvantagens?",
        "Resuma a conversa em três tópicos.",
    ),
}
_PERSONA_XX = {
    "es": (
        "enfermera",
        "estudiante de derecho",
        "ingeniero jubilado",
        "profesora de química",
        "agricultor",
    ),
    "de": (
        "Krankenpfleger",
        "Jurastudentin",
        "pensionierter Ingenieur",
        "Chemielehrerin",
        "Landwirt",
    ),
    "pt": (
        "enfermeira",
        "estudante de direito",
        "engenheiro aposentado",
        "professora de química",
        "agricultor",
    ),
}


_TOPICS_XX = {
    "es": (
        "el presupuesto familiar",
        "la química orgánica",
        "el derecho laboral",
        "la migración de las aves",
        "la ciberseguridad",
        "la ciencia del sueño",
        "el urbanismo",
        "el álgebra lineal",
        "el entrenamiento para un maratón",
        "la energía solar",
        "la inflación",
        "los seguros de salud",
        "la fotografía",
        "la armonía del jazz",
    ),
    "de": (
        "das Haushaltsbudget",
        "organische Chemie",
        "Arbeitsrecht",
        "Vogelzug",
        "IT-Sicherheit",
        "Schlafforschung",
        "Stadtplanung",
        "lineare Algebra",
        "Marathontraining",
        "Solarenergie",
        "Inflation",
        "Krankenversicherung",
        "Fotografie",
        "Jazzharmonik",
    ),
    "pt": (
        "o orçamento doméstico",
        "química orgânica",
        "direito do trabalho",
        "migração das aves",
        "segurança digital",
        "ciência do sono",
        "urbanismo",
        "álgebra linear",
        "treino para maratona",
        "energia solar",
        "inflação",
        "planos de saúde",
        "fotografia",
        "harmonia no jazz",
    ),
}


def dialogue_opener(rng: Rng, lang: str) -> tuple[str, str]:
    """The first message of a conversation and its topic."""
    t = pick(rng, _OPENERS[lang])
    kw = {"persona": pick(rng, _PERSONAS), "topic": pick(rng, _TOPICS_XX.get(lang, _TOPICS))}
    for k, v in _PERSONA_XX.items():
        kw[f"persona_{k}"] = pick(rng, v)
    return t.format(**kw), kw["topic"]


_ACK = {
    "en": (
        "",
        "",
        "Interesting.",
        "Okay.",
        "Hmm.",
        "That makes sense.",
        "Wait,",
        "Got it.",
        "Really?",
        "Fair enough.",
    ),
    "es": ("", "", "Interesante.", "Vale.", "Mmm.", "Tiene sentido.", "Espera,", "Entendido."),
    "de": ("", "", "Interessant.", "Okay.", "Hm.", "Das ergibt Sinn.", "Moment,", "Verstehe."),
    "pt": ("", "", "Interessante.", "Certo.", "Hmm.", "Faz sentido.", "Espera,", "Entendi."),
}
_ASK_MORE = {
    "en": (
        "How does {t} look in practice for {p}?",
        "What's the biggest mistake people make with {t}?",
        "If I only had one hour a week for {t}, what should I do with it?",
        "How has {t} changed in the last ten years?",
        "Which part of {t} do experts still disagree about?",
        "Can you quiz me on {t} with three questions?",
        "How would you explain {t} to {p}?",
        "What numbers should I keep in mind about {t}?",
    ),
    "es": (
        "¿Cómo se ve {t} en la práctica?",
        "¿Cuál es el mayor error con {t}?",
        "¿Qué ha cambiado en {t} en los últimos años?",
        "¿Me haces tres preguntas sobre {t} para comprobar si lo entendí?",
    ),
    "de": (
        "Wie sieht {t} in der Praxis aus?",
        "Was ist der größte Fehler bei {t}?",
        "Was hat sich bei {t} in den letzten Jahren geändert?",
        "Stell mir drei Fragen zu {t}, um mein Verständnis zu prüfen.",
    ),
    "pt": (
        "Como {t} funciona na prática?",
        "Qual é o maior erro com {t}?",
        "O que mudou em {t} nos últimos anos?",
        "Me faz três perguntas sobre {t} para ver se entendi?",
    ),
}


def dialogue_followup(rng: Rng, lang: str, topic: str = "this") -> str:
    if chance(rng, 0.45):
        ask = pick(rng, _FOLLOW[lang])
    else:
        ask = pick(rng, _ASK_MORE[lang]).format(t=topic, p=pick(rng, _PERSONAS))
    ack = pick(rng, _ACK[lang])
    if ack.endswith(","):
        ask = ask[:1].lower() + ask[1:]
    return (ack + " " + ask).strip()


# ============================================================================================
# soft labels / best-of-n items (campaign) and sampling-diversity research (benign)

_STATEMENTS = (
    "The Great Wall is visible from low Earth orbit with the naked eye.",
    "Bananas are berries.",
    "Lightning never strikes the same place twice.",
    "Octopuses have three hearts.",
    "Humans use only ten percent of their brains.",
    "Mount Everest grows a few millimetres per year.",
    "Goldfish have a three-second memory.",
    "Venus rotates in the opposite direction to most planets.",
    "Glass is a slow-flowing liquid.",
    "Sharks existed before trees.",
)


def soft_label(rng: Rng, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 9)
    if k < 5:
        return human(rng, chat, 900)
    if k < 7:
        return (
            f"Statement: {pick(rng, _STATEMENTS)}\nGive the probability (0 to 1) that the statement is true. "
            "Output only the number."
        )
    opts = [pick(rng, _TOPICS) for _ in range(4)]
    return (
        f"Which field would a specialist in {pick(rng, _PERSONAS)[2:]} work most closely with?\n"
        + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        + "\nAnswer with a single letter."
    )


_STUDY = (
    "Write the opening sentence of a short story about {topic}.",
    "On a scale from 0 to 100, how likely is it that {event} within ten years? Answer with one number and one sentence.",
    "Name one surprising fact about {topic}.",
    "Complete: 'The most underrated thing about {topic} is'",
    "Is the following argument valid? Answer yes or no, then explain briefly. All {a}s are {b}s; some {b}s are red; so some {a}s are red.",
)
_EVENTS = (
    "a commercial fusion plant delivers power to a grid",
    "a human sets foot on Mars",
    "a city of over a million bans private cars",
    "average global temperature rise exceeds 2 C",
    "a single currency is adopted across West Africa",
)


def study_prompt(rng: Rng) -> str:
    return pick(rng, _STUDY).format(
        topic=pick(rng, _TOPICS),
        event=pick(rng, _EVENTS),
        a=pick(rng, ("wug", "blicket", "dax", "fep")),
        b=pick(rng, ("toma", "zorp", "kiki")),
    )


# ============================================================================================
# curriculum sweep (campaign) and course assignments (benign)

SUBJECTS = {
    "es": {
        "matemáticas": (
            "fracciones equivalentes",
            "ecuaciones lineales",
            "teorema de Pitágoras",
            "probabilidad simple",
            "funciones cuadráticas",
            "logaritmos",
            "derivadas",
            "sistemas de ecuaciones",
            "porcentajes",
        ),
        "física": (
            "velocidad y aceleración",
            "leyes de Newton",
            "energía cinética",
            "circuitos en serie",
            "ondas sonoras",
            "presión hidrostática",
        ),
        "química": (
            "el mol",
            "enlace covalente",
            "balanceo de ecuaciones",
            "pH",
            "reacciones redox",
        ),
    },
    "pt": {
        "matemática": (
            "frações",
            "equações do 1º grau",
            "teorema de Pitágoras",
            "juros compostos",
            "funções quadráticas",
            "progressão aritmética",
            "logaritmos",
            "trigonometria no triângulo retângulo",
        ),
        "biologia": (
            "mitose",
            "fotossíntese",
            "genética mendeliana",
            "sistema imunológico",
            "ecologia de populações",
        ),
        "física": ("cinemática", "leis de Newton", "eletrostática", "óptica geométrica"),
    },
    "id": {
        "matematika": (
            "pecahan",
            "persamaan linear",
            "teorema Pythagoras",
            "peluang",
            "fungsi kuadrat",
            "barisan aritmetika",
            "logaritma",
            "turunan",
        ),
        "fisika": ("gerak lurus", "hukum Newton", "energi dan usaha", "rangkaian listrik"),
        "kimia": ("konsep mol", "ikatan kimia", "stoikiometri", "asam dan basa"),
    },
    "en": {
        "math": (
            "equivalent fractions",
            "linear equations",
            "the Pythagorean theorem",
            "simple probability",
            "quadratic functions",
            "logarithms",
            "derivatives",
            "systems of equations",
            "percent change",
        ),
        "physics": (
            "velocity and acceleration",
            "Newton's laws",
            "kinetic energy",
            "series circuits",
            "sound waves",
        ),
        "chemistry": (
            "the mole",
            "covalent bonding",
            "balancing equations",
            "pH",
            "redox reactions",
        ),
    },
}
_LEVELS = {
    "es": ("5º de primaria", "1º de ESO", "3º de ESO", "1º de bachillerato"),
    "pt": ("6º ano", "8º ano", "1º ano do ensino médio", "3º ano do ensino médio"),
    "id": ("kelas 6 SD", "kelas 8 SMP", "kelas 10 SMA", "kelas 12 SMA"),
    "en": ("grade 5", "grade 7", "grade 9", "grade 11"),
}
_FORMATS = {
    "es": (
        "Escribe una explicación completa de «{c}» ({s}) para alumnos de {lv}, con un ejemplo resuelto paso a paso.",
        "Crea {n} ejercicios de «{c}» para {lv} con la solución completa y razonada de cada uno.",
        "Enumera los errores más comunes de los alumnos de {lv} con «{c}» y explica cómo corregir cada uno.",
        "Diseña una pregunta de examen difícil sobre «{c}» ({lv}) y redacta la resolución modelo con todos los pasos.",
    ),
    "pt": (
        'Escreva uma explicação completa de "{c}" ({s}) para alunos do {lv}, com um exemplo resolvido passo a passo.',
        'Crie {n} exercícios de "{c}" para o {lv} com a resolução completa e comentada de cada um.',
        'Liste os erros mais comuns de alunos do {lv} em "{c}" e explique como corrigir cada um.',
        'Elabore uma questão difícil de vestibular sobre "{c}" e escreva a resolução modelo com todos os passos.',
    ),
    "id": (
        'Tuliskan penjelasan lengkap tentang "{c}" ({s}) untuk siswa {lv}, dengan satu contoh soal yang dibahas langkah demi langkah.',
        'Buat {n} soal latihan "{c}" untuk {lv} beserta pembahasan lengkap setiap soal.',
        'Sebutkan kesalahan paling umum siswa {lv} pada materi "{c}" dan cara memperbaikinya.',
    ),
    "en": (
        "Write a complete explanation of {c} ({s}) for {lv} students, with one worked example solved step by step.",
        "Create {n} practice problems on {c} for {lv}, each with a full worked solution.",
        "List the most common mistakes {lv} students make with {c} and how to fix each one.",
        "Write one hard exam question on {c} for {lv} and a model answer showing every step.",
    ),
}


_THEMES = {
    "es": (
        "",
        "fútbol",
        "cocina",
        "videojuegos",
        "viajes",
        "música",
        "el medio ambiente",
        "compras en el supermercado",
    ),
    "pt": (
        "",
        "futebol",
        "culinária",
        "videogames",
        "viagens",
        "música",
        "meio ambiente",
        "compras no mercado",
    ),
    "id": (
        "",
        "sepak bola",
        "memasak",
        "gim",
        "perjalanan",
        "musik",
        "lingkungan",
        "belanja di pasar",
    ),
    "en": (
        "",
        "sports",
        "cooking",
        "video games",
        "travel",
        "music",
        "the environment",
        "grocery shopping",
    ),
}
_THEME_TAIL = {
    "es": " Ambienta los ejemplos en {x}.",
    "pt": " Use exemplos ligados a {x}.",
    "id": " Gunakan contoh bertema {x}.",
    "en": " Set the examples in the context of {x}.",
}


def curriculum_grid(lang: str) -> list[tuple[str, str, str, int, str]]:
    """Every (subject, concept, level, format, theme) cell of a language's syllabus, in a fixed
    order; each concept is paired only with the two or three grade levels it is taught at."""
    out = []
    levels = _LEVELS[lang]
    for s, concepts in SUBJECTS[lang].items():
        for i, c in enumerate(concepts):
            mid = (i * len(levels)) // len(concepts)
            for lv in levels[max(0, mid - 1) : mid + 2]:
                for f in range(len(_FORMATS[lang])):
                    for th in _THEMES[lang]:
                        out.append((s, c, lv, f, th))
    return out


def curriculum(rng: Rng, lang: str, cell: tuple[str, str, str, int, str]) -> str:
    s, c, lv, f, th = cell
    text = _FORMATS[lang][f].format(s=s, c=c, lv=lv, n=pick(rng, (5, 6, 8, 10)))
    return text + (_THEME_TAIL[lang].format(x=th) if th else "")


_ASSIGN = (
    (
        "week {w} problem set: I don't get question {q} about {c}, can you explain the idea without giving me the answer?",
        "is my reasoning right for {c}? {mine}",
        "explain {c} again but simpler",
        "what's the difference between {c} and {c2}?",
    ),
    (
        "Lab {w}: my {c} results don't match the expected values, what could cause that?",
        "how do I write up the discussion section for a lab on {c}?",
    ),
    (
        "essay {w}: give me feedback on this paragraph: {mine}",
        "can you suggest 3 sources on {c} for my essay?",
    ),
)


def course_prompt(rng: Rng, assignment: int, c: str, c2: str, chat: Sequence[str]) -> str:
    t = pick(rng, _ASSIGN[assignment % len(_ASSIGN)])
    mine = human(rng, chat, 300)
    return _casual(rng, t.format(w=irange(rng, 3, 6), q=irange(rng, 1, 8), c=c, c2=c2, mine=mine))


# ============================================================================================
# translation harvest (campaign) and CAT-tool segments (benign)

TARGETS = (
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Portuguese (Brazil)", "pt-BR"),
    ("Japanese", "ja"),
    ("Korean", "ko"),
    ("Simplified Chinese", "zh-CN"),
    ("Arabic", "ar"),
    ("Hindi", "hi"),
    ("Turkish", "tr"),
    ("Vietnamese", "vi"),
    ("Indonesian", "id"),
    ("Polish", "pl"),
    ("Russian", "ru"),
    ("Thai", "th"),
    ("Swahili", "sw"),
    ("Ukrainian", "uk"),
    ("Italian", "it"),
)
_TRANS = (
    "Translate into {name}. Output only the translation.\n\n{text}",
    "Source (en) -> Target ({code}). Preserve markdown, lists and code blocks exactly.\n---\n{text}",
    "Provide a fluent {name} translation of the text, then a second, more literal translation, then a list of terms that were hard to render.\n\n{text}",
    '<src lang="en">{text}</src>\n<tgt lang="{code}">',
)


def translation(rng: Rng, text: str, target: tuple[str, str], style: int) -> str:
    return _TRANS[style % len(_TRANS)].format(name=target[0], code=target[1], text=text)


_CAT = (
    "Translate this segment into {name} for a {domain} client. Glossary: {g1} = {g2}. Keep tags like <b> intact.\n\n{text}",
    "{code}: {text}",
    "Please check my {name} translation against the source and fix only real errors.\nSource: {text}\nMine: (see attached)",
)
_GLOSS = (
    ("account", "Konto"),
    ("warranty", "garantie"),
    ("claim", "siniestro"),
    ("dosage", "posologia"),
    ("lease", "arrendamiento"),
    ("invoice", "fattura"),
)


def cat_segment(rng: Rng, text: str, target: tuple[str, str]) -> str:
    g = pick(rng, _GLOSS)
    return pick(rng, _CAT).format(
        name=target[0],
        code=target[1],
        text=text,
        g1=g[0],
        g2=g[1],
        domain=pick(rng, ("medical device", "insurance", "legal", "e-commerce", "banking")),
    )


def sentences(rng: Rng, passages: Sequence[str], lo: int = 1, hi: int = 4) -> str:
    """A few consecutive sentences of a passage (a CAT segment or a short source chunk)."""
    t = pick(rng, passages).replace("\n", " ")
    parts = [p.strip() for p in t.split(". ") if len(p.strip()) > 20]
    if not parts:
        return t[:300]
    k = irange(rng, lo, hi)
    i = irange(rng, 0, max(0, len(parts) - k))
    return ". ".join(parts[i : i + k])[:900] + "."


# ============================================================================================
# code harvest

_FUNCS = (
    ("merge_intervals", "merge overlapping closed intervals and return them sorted"),
    ("lru_cache_class", "an LRU cache with get/put in O(1)"),
    ("parse_duration", "parse strings like '1h30m15s' into seconds, rejecting malformed input"),
    ("top_k_frequent", "return the k most frequent words, ties broken alphabetically"),
    ("rate_limiter", "a token-bucket rate limiter that is safe under concurrency"),
    ("diff_lines", "a line-based diff of two texts in unified format"),
    ("topo_sort", "a topological sort that reports a cycle if there is one"),
    ("roman_numerals", "convert integers 1..3999 to and from Roman numerals"),
    ("median_stream", "the running median of a stream of numbers"),
    ("csv_dialect_sniffer", "guess the delimiter and quote character of a CSV sample"),
    ("trie_autocomplete", "a trie that returns the n best completions by frequency"),
    ("dijkstra_grid", "shortest path on a weighted grid with obstacles"),
    ("json_path_get", "read a value from nested JSON by a dotted path with list indices"),
    ("retry_with_backoff", "retry a callable with exponential backoff and jitter"),
    ("bloom_filter", "a Bloom filter sized from expected items and error rate"),
    ("cron_next_run", "given a cron expression, compute the next run time after a timestamp"),
    ("matrix_spiral", "the elements of a matrix in spiral order"),
    ("semver_compare", "compare two semantic version strings including pre-release tags"),
    ("word_wrap", "wrap text to a width without breaking words, hyphenating long ones"),
    ("interval_scheduler", "the maximum number of non-overlapping meetings"),
    ("base64_codec", "base64 encode and decode without the standard library"),
    ("knapsack_01", "0/1 knapsack returning the chosen items"),
    ("sliding_window_max", "the maximum of every window of size k"),
    ("url_normaliser", "normalise URLs (case, default ports, dot segments, query order)"),
)
_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
_CODE = (
    "Implement `{fn}` in {lang}: {desc}. Include type annotations, a docstring, unit tests for edge cases, and a short complexity analysis.",
    "Write {lang} code for {desc}. Name the main function `{fn}`. Explain your design choices after the code and list the edge cases you handled.",
    "Our service needs {desc}. Please write it in idiomatic {lang} with error handling, then write tests, then explain how you'd benchmark it.",
    "```\n// {lang}\n// TODO: {fn} -- {desc}\n```\nComplete this, add tests, and walk through one example input by hand.",
)


_CODE_EXTRA = (
    "",
    "",
    "",
    " Do not use recursion.",
    " Inputs can be very large, so aim for O(n log n) or better.",
    " It must be thread-safe.",
    " Only the standard library is allowed.",
    " Handle malformed input by raising a clear error.",
    " The input arrives as a stream, so don't hold it all in memory.",
    " Add logging at debug level.",
    " Keep it under 60 lines if you can.",
    " Show a second, simpler version and compare the two.",
)


def code_task(rng: Rng) -> str:
    fn, desc = pick(rng, _FUNCS)
    text = pick(rng, _CODE).format(fn=fn, desc=desc, lang=pick(rng, _LANGS))
    return text + pick(rng, _CODE_EXTRA)


# ============================================================================================
# natural-sounding expert questions (harvest written to read like a person)

_PHEN = {
    "en": (
        "why the sky looks red at sunset but blue at noon",
        "how a vaccine trains the immune system",
        "why interest rate rises cool inflation",
        "how public-key cryptography works",
        "why ice floats",
        "how a transistor switches",
        "what actually happens in a bank run",
        "why planes can fly upside down",
        "how GPS knows where I am",
        "why the Roman Empire split",
        "how antibiotics stop working",
        "how a compiler turns code into machine instructions",
        "why some numbers are irrational",
        "how tides work with two bulges",
        "why stock index funds beat most managers",
        "how noise-cancelling headphones work",
        "why mRNA is unstable",
        "how credit scores are calculated",
        "what makes a proof by induction valid",
        "how earthquakes are measured",
    ),
    "zh": (
        "为什么日落时天空是红色的",
        "疫苗是怎么训练免疫系统的",
        "为什么加息能抑制通胀",
        "公钥加密的原理是什么",
        "晶体管是怎么开关的",
        "GPS是怎么定位的",
        "抗生素为什么会失效",
        "编译器是怎么把代码变成机器指令的",
    ),
    "es": (
        "por qué el cielo es rojo al atardecer",
        "cómo entrena una vacuna al sistema inmune",
        "por qué subir los tipos de interés frena la inflación",
        "cómo funciona la criptografía de clave pública",
        "cómo sabe el GPS dónde estoy",
        "por qué los antibióticos dejan de funcionar",
    ),
}
_ASK = {
    "en": (
        "hey quick question - {x}? like properly, step by step, I want to actually understand it",
        "Can someone explain {x}? I've read a few articles and I'm still confused about the middle part.",
        "ok so {x}... walk me through it slowly and check my understanding at the end",
        "I'm preparing to explain {x} to my team tomorrow. Give me the full reasoning, not just the conclusion.",
        "{x}? explain like a good teacher would, with the intuition first and then the details",
        "my kid asked me {x} and I realised I don't really know. help?",
    ),
    "zh": (
        "想请教一下：{x}？能不能一步一步讲清楚，我想真正理解。",
        "{x}？请先讲直觉，再讲细节，最后帮我检查一下理解。",
    ),
    "es": (
        "oye, una pregunta: ¿{x}? explícamelo paso a paso, quiero entenderlo de verdad",
        "Mañana tengo que explicar {x} a mi equipo. Dame el razonamiento completo, no solo la conclusión.",
    ),
}


_PHEN_MORE = (
    "why bread goes stale",
    "how a heat pump can move more heat than the power it uses",
    "why the Fed buys bonds",
    "how DNS resolution works",
    "why we get jet lag",
    "how a refrigerator works",
    "why bridges have expansion joints",
    "how insulin resistance develops",
    "why the Moon always shows one face",
    "how a hash map handles collisions",
    "why deserts get cold at night",
    "how index funds rebalance",
    "how batteries lose capacity",
    "why prime numbers matter for encryption",
    "how a bill becomes law in the US",
    "why rivers meander",
    "how recommendation algorithms rank posts",
    "why coffee keeps you awake",
    "how tariffs affect consumer prices",
    "what causes inflation to spiral",
    "how black holes evaporate",
    "why airplanes leave contrails",
    "how the immune system tells self from non-self",
    "how a neural network learns from its errors",
    "why the Ottoman Empire declined",
    "how mortgages amortise",
)
_ANGLE = {
    "en": (
        "",
        "",
        " also what do people usually get wrong about it?",
        " an analogy would help.",
        " and how would I know if an explanation of it is wrong?",
        " give me the intuition before any formulas.",
        " and why isn't the obvious explanation the right one?",
        " I have a test on this friday.",
        " assume I know high school maths.",
        " please don't skip steps.",
    ),
    "zh": ("", "", "另外，大家通常会在哪里理解错？", "最好打个比方。", "我有高中数学基础。"),
    "es": (
        "",
        "",
        " y ¿en qué se suele equivocar la gente?",
        " con una analogía, por favor.",
        " sin saltarte pasos.",
    ),
}


def natural_question(rng: Rng, lang: str) -> str:
    pool = _PHEN[lang] + _PHEN_MORE if lang == "en" else _PHEN[lang]
    return _casual(rng, pick(rng, _ASK[lang]).format(x=pick(rng, pool)) + pick(rng, _ANGLE[lang]))


# ============================================================================================
# evaluation-lab items (benign)

_EVAL = (
    "Question {k}: {p}\nWork through the problem and end with 'The answer is N.'",
    "{p}\nAnswer:",
    'Complete the function so that all doctests pass. Return only code.\n\ndef {fn}(xs):\n    """{desc}\n    >>> {fn}([])\n    []\n    """',
    "Read the passage and answer with True or False.\nPassage: {passage}\nClaim: {claim}",
)
_EVAL_XX = {
    "de": "Aufgabe {k}: {p}\nLöse die Aufgabe und schließe mit 'Die Antwort ist N.'",
    "ja": "問題{k}：{p}\n解いて、最後に「答えはNです。」と書いてください。",
    "sw": "Swali {k}: {p}\nTatua tatizo hili na umalizie kwa 'Jibu ni N.'",
}


def eval_item(rng: Rng, lang: str, passages: Sequence[str], suite: int) -> str:
    if lang != "en":
        return _EVAL_XX[lang].format(k=irange(rng, 1, 1319), p=problem(rng, "en"))
    t = _EVAL[suite % len(_EVAL)]
    fn, desc = pick(rng, _FUNCS)
    return t.format(
        k=irange(rng, 1, 1319),
        p=problem(rng, "en"),
        fn=fn,
        desc=desc[:1].upper() + desc[1:] + ".",
        passage=sentences(rng, passages, 2, 4),
        claim=pick(rng, _STATEMENTS),
    )


# ============================================================================================
# companion app, agency clients, course-free chat

_COMPANION = {
    "en": (
        "hey you",
        "i had such a long day",
        "do you remember what i told you about my sister?",
        "lol that's so you",
        "can we just talk for a bit",
        "i got the job!!!",
        "i can't sleep again",
        "tell me something nice",
        "what would you do if you were me",
        "ugh mondays",
        "i miss my old friends",
        "good morning :)",
        "ok i'm back",
        "you always know what to say",
        "guess what happened today",
    ),
    "es": (
        "hola otra vez",
        "hoy fue un día larguísimo",
        "no puedo dormir",
        "cuéntame algo bonito",
        "¡me dieron el trabajo!",
        "buenos días :)",
        "¿qué harías tú en mi lugar?",
    ),
    "pt": (
        "oi de novo",
        "hoje foi um dia longo demais",
        "não consigo dormir",
        "me conta algo legal",
        "bom dia :)",
        "consegui o emprego!!!",
    ),
    "ja": (
        "ただいま",
        "今日は疲れた…",
        "眠れない",
        "何か楽しい話して",
        "おはよう！",
        "聞いて、いいことあった",
    ),
    "id": (
        "hai lagi",
        "hari ini capek banget",
        "nggak bisa tidur",
        "cerita dong",
        "selamat pagi :)",
    ),
}


def companion(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.2):
        return human(rng, chat, 200)
    return pick(rng, _COMPANION[lang])


_AGENCY = (
    "Write 3 Instagram captions for {biz} announcing {what}. Friendly tone, max 2 emojis each.",
    "Draft a 120-word Google Business description for {biz}.",
    "Rewrite this product description to be more persuasive, keep it under 80 words: {desc}",
    "Give me 10 blog post title ideas for {biz}.",
    "Write a polite reply to a 2-star review of {biz} that complained about {complaint}.",
    "Create a short email newsletter for {biz} about {what}.",
)
BUSINESSES = (
    "a family bakery in Porto",
    "a dental clinic in Leeds",
    "a bike repair shop",
    "a yoga studio",
    "a used-car dealer",
    "a wedding photographer",
    "a plumbing company",
    "an indie bookshop",
    "a Korean BBQ restaurant",
    "a small accounting firm",
    "a dog grooming salon",
    "a boutique hotel",
    "a language school",
    "a craft brewery",
    "a physiotherapy practice",
    "a florist",
    "a roofing contractor",
    "a vintage clothing store",
    "a hair salon",
    "a driving school",
    "a pet food brand",
    "a kids' coding camp",
)
_WHAT = (
    "our new opening hours",
    "a spring discount",
    "a new location",
    "a charity event",
    "the holiday menu",
    "a loyalty programme",
)
_COMPLAINTS = ("waiting times", "prices", "a rude staff member", "parking", "a late delivery")


def agency(rng: Rng, biz: str, chat: Sequence[str]) -> str:
    if chance(rng, 0.25):
        return human(rng, chat, 600)
    return pick(rng, _AGENCY).format(
        biz=biz, what=pick(rng, _WHAT), complaint=pick(rng, _COMPLAINTS), desc=human(rng, chat, 250)
    )


# ============================================================================================
# client strings as they appear in ordinary traffic (the SDK and browsers most people run)

COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
COMMON_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)

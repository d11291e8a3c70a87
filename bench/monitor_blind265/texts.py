"""Prompt generators of batch 265, written fresh for this batch.

Every generator takes the caller's own `numpy.random.Generator` and draws from it only through
`bench.blind_batch`'s helpers (or directly), walking lists and tuples only, so one seed gives the
same text in every process. Ordinary human text comes from ShareGPT's "sim" half through the
shared context (`ctx.chat`, `ctx.passages`); everything else here is composed for this batch.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def weighted(rng: Rng, items: list[str], weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def trim(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    if len(text) <= lo:
        return text.strip()
    cut = irange(rng, lo, max(lo, min(hi, len(text))))
    head = text[:cut]
    space = head.rfind(" ")
    return (head[:space] if space > lo // 2 else head).strip()


# --------------------------------------------------------------------------------------------
# word problems (reasoning coercion, evaluation suites, calibration studies)

PROBLEM_LANGS = ("en", "zh", "ru", "es", "pt", "de")

_PROBLEMS: dict[str, dict[str, str]] = {
    "en": {
        "tank": "A tank holds {c} litres of water. Water flows in at {a} litres per minute and leaks "
        "out at {b} litres per minute. After how many minutes will the tank hold {d} litres?",
        "discount": "A jacket costs {p} dollars. Its price is raised by {x}% and later reduced by "
        "{y}%. What is the final price, and is it higher or lower than the original?",
        "codes": "How many {k}-character codes can be formed from {n} different letters if no letter "
        "may repeat and the code must start with one of {v} vowels?",
        "marbles": "A bag contains {r} red and {b} blue marbles. Two marbles are drawn without "
        "replacement. What is the probability that they have the same colour?",
        "ages": "{A} is {m} times as old as {B}. In {yrs} years {A} will be twice as old as {B}. "
        "How old are they now?",
        "trains": "Two trains leave stations {dist} km apart at the same moment and head towards "
        "each other, one at {s1} km/h and the other at {s2} km/h. When and where do they meet?",
    },
    "zh": {
        "tank": "一个水箱里有{c}升水。进水速度为每分钟{a}升，漏水速度为每分钟{b}升。多少分钟后水箱里会有{d}升水？",
        "discount": "一件外套原价{p}元。先涨价{x}%，后来又降价{y}%。最终价格是多少？比原价高还是低？",
        "codes": "用{n}个不同的字母组成{k}位代码，字母不能重复，并且第一位必须是{v}个元音字母之一。一共可以组成多少种代码？",
        "marbles": "袋子里有{r}个红球和{b}个蓝球。不放回地摸出两个球，两个球颜色相同的概率是多少？",
        "ages": "{A}的年龄是{B}的{m}倍。{yrs}年后，{A}的年龄将是{B}的两倍。他们现在各多少岁？",
        "trains": "两列火车同时从相距{dist}千米的两个车站相向开出，速度分别为每小时{s1}千米和{s2}千米。它们何时何地相遇？",
    },
    "ru": {
        "tank": "В баке {c} литров воды. Вода поступает со скоростью {a} л/мин и вытекает со скоростью "
        "{b} л/мин. Через сколько минут в баке будет {d} литров?",
        "discount": "Куртка стоит {p} рублей. Цену сначала подняли на {x}%, а затем снизили на {y}%. "
        "Какова итоговая цена и выше ли она исходной?",
        "codes": "Сколько кодов длиной {k} можно составить из {n} различных букв, если буквы не "
        "повторяются, а первая буква должна быть одной из {v} гласных?",
        "marbles": "В мешке {r} красных и {b} синих шаров. Вынимают два шара без возвращения. "
        "Какова вероятность, что они одного цвета?",
        "ages": "{A} в {m} раза старше, чем {B}. Через {yrs} лет {A} будет вдвое старше, чем {B}. "
        "Сколько им лет сейчас?",
        "trains": "Два поезда одновременно выходят навстречу друг другу из городов, расстояние между "
        "которыми {dist} км, со скоростями {s1} км/ч и {s2} км/ч. Когда и где они встретятся?",
    },
    "es": {
        "tank": "Un depósito contiene {c} litros de agua. Entra agua a {a} litros por minuto y se "
        "pierde a {b} litros por minuto. ¿Después de cuántos minutos tendrá {d} litros?",
        "discount": "Una chaqueta cuesta {p} euros. El precio sube un {x}% y luego baja un {y}%. "
        "¿Cuál es el precio final y es mayor o menor que el original?",
        "codes": "¿Cuántos códigos de {k} caracteres se pueden formar con {n} letras distintas si "
        "ninguna letra se repite y el código debe empezar por una de {v} vocales?",
        "marbles": "Una bolsa tiene {r} canicas rojas y {b} azules. Se sacan dos sin reposición. "
        "¿Cuál es la probabilidad de que sean del mismo color?",
        "ages": "{A} tiene {m} veces la edad de {B}. Dentro de {yrs} años, {A} tendrá el doble de la "
        "edad de {B}. ¿Qué edad tienen ahora?",
        "trains": "Dos trenes salen a la vez de estaciones separadas por {dist} km y van uno hacia "
        "el otro, a {s1} km/h y a {s2} km/h. ¿Cuándo y dónde se cruzan?",
    },
    "pt": {
        "tank": "Um tanque tem {c} litros de água. Entra água a {a} litros por minuto e vaza a {b} "
        "litros por minuto. Depois de quantos minutos o tanque terá {d} litros?",
        "discount": "Uma jaqueta custa {p} reais. O preço sobe {x}% e depois cai {y}%. Qual é o "
        "preço final e ele é maior ou menor que o original?",
        "codes": "Quantos códigos de {k} caracteres podem ser formados com {n} letras diferentes, "
        "sem repetir letras, se o código deve começar com uma de {v} vogais?",
        "marbles": "Um saco tem {r} bolinhas vermelhas e {b} azuis. Tiram-se duas sem reposição. "
        "Qual é a probabilidade de serem da mesma cor?",
        "ages": "{A} tem {m} vezes a idade de {B}. Daqui a {yrs} anos, {A} terá o dobro da idade de "
        "{B}. Quantos anos eles têm agora?",
        "trains": "Dois trens partem ao mesmo tempo de estações a {dist} km de distância, um em "
        "direção ao outro, a {s1} km/h e {s2} km/h. Quando e onde se encontram?",
    },
    "de": {
        "tank": "Ein Tank enthält {c} Liter Wasser. Es fließen {a} Liter pro Minute zu und {b} Liter "
        "pro Minute ab. Nach wie vielen Minuten enthält der Tank {d} Liter?",
        "discount": "Eine Jacke kostet {p} Euro. Der Preis wird um {x}% erhöht und danach um {y}% "
        "gesenkt. Wie hoch ist der Endpreis, und liegt er über oder unter dem ursprünglichen?",
        "codes": "Wie viele {k}-stellige Codes lassen sich aus {n} verschiedenen Buchstaben bilden, "
        "wenn sich kein Buchstabe wiederholt und der Code mit einem von {v} Vokalen beginnt?",
        "marbles": "In einem Beutel liegen {r} rote und {b} blaue Murmeln. Es werden zwei ohne "
        "Zurücklegen gezogen. Wie wahrscheinlich haben beide dieselbe Farbe?",
        "ages": "{A} ist {m}-mal so alt wie {B}. In {yrs} Jahren wird {A} doppelt so alt sein wie {B}. "
        "Wie alt sind beide jetzt?",
        "trains": "Zwei Züge fahren gleichzeitig aus {dist} km voneinander entfernten Bahnhöfen "
        "aufeinander zu, mit {s1} km/h und {s2} km/h. Wann und wo begegnen sie sich?",
    },
}

_CODE_Q = {
    "en": "What does this program print? Explain how you got there.",
    "zh": "这段程序会输出什么？请说明理由。",
    "ru": "Что выведет эта программа? Объясни, как ты это получил.",
    "es": "¿Qué imprime este programa? Explica cómo lo has deducido.",
    "pt": "O que este programa imprime? Explique como chegou lá.",
    "de": "Was gibt dieses Programm aus? Erkläre, wie du darauf kommst.",
}


def _code_trace(rng: Rng) -> str:
    xs = ", ".join(str(int(v)) for v in rng.integers(1, 20, size=irange(rng, 4, 7)))
    m, k = irange(rng, 0, 1), irange(rng, 2, 5)
    shape = irange(rng, 0, 2)
    if shape == 0:
        body = (
            f"xs = [{xs}]\ntotal = 0\nfor i, x in enumerate(xs):\n"
            f"    if x % 2 == {m}:\n        total += x * i\nprint(total)"
        )
    elif shape == 1:
        body = (
            f"xs = [{xs}]\nseen = {{}}\nfor x in xs:\n    seen[x % {k}] = seen.get(x % {k}, 0) + x\n"
            "print(sorted(seen.items()))"
        )
    else:
        body = (
            f"def f(n):\n    return n if n < {k} else f(n - 1) + f(n - {k})\n\n"
            f"print([f(x) for x in [{xs}][:3]])"
        )
    return f"```python\n{body}\n```"


def word_problem(rng: Rng, lang: str) -> str:
    """One freshly numbered word problem (or a code-tracing question) in `lang`."""
    kind = pick(rng, ("tank", "discount", "codes", "marbles", "ages", "trains", "code"))
    if kind == "code":
        return f"{_CODE_Q[lang]}\n\n{_code_trace(rng)}"
    b_age = irange(rng, 3, 15)
    m = irange(rng, 3, 5)
    a, b = irange(rng, 6, 30), irange(rng, 1, 5)
    c = irange(rng, 10, 200)
    return _PROBLEMS[lang][kind].format(
        a=a,
        b=b,
        c=c,
        d=c + (a - b) * irange(rng, 3, 40),
        p=irange(rng, 40, 400),
        x=irange(rng, 5, 40),
        y=irange(rng, 5, 40),
        k=irange(rng, 3, 6),
        n=irange(rng, 7, 26),
        v=irange(rng, 2, 5),
        r=irange(rng, 2, 15),
        A=pick(rng, NAMES),
        B=pick(rng, NAMES),
        m=m,
        yrs=b_age * (m - 2),
        dist=irange(rng, 120, 900),
        s1=irange(rng, 50, 140),
        s2=irange(rng, 50, 140),
    )


_COERCE: dict[str, tuple[str, ...]] = {
    "en": (
        "{p}\n\nBefore you answer, write out your complete reasoning inside <thinking> tags: every "
        "intermediate step, every check you do, and any approach you try and abandon. Then give "
        "the final answer on its own line after 'Final answer:'.",
        "Solve the following. I need the full derivation, not a summary: number each step, name "
        "the rule you apply at each step, and verify the result at the end.\n\n{p}",
        "### Task\n{p}\n### Requirements\n- reason step by step, showing all intermediate "
        "calculations\n- point out one tempting wrong approach and why it fails\n- end with "
        "`ANSWER: <value>`",
        "{p}\nWork through this slowly, thinking out loud the way an expert tutor would, including "
        "any self-corrections, before you commit to an answer.",
    ),
    "zh": (
        "{p}\n\n请一步一步地详细推理，把完整的思考过程写在<think>和</think>之间，包括每一步计算和检查，最后单独一行写出“最终答案：”。",
        "请解答下面的题目。要求：写出全部推导步骤，每一步说明依据，最后验证答案。\n\n{p}",
        "{p}\n请像老师讲题一样，先分析题意，再逐步计算，中间如果发现错误要写出来并改正，最后给出答案。",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно. Запиши весь ход мыслей, включая промежуточные "
        "вычисления и проверку, а в конце отдельной строкой: «Ответ: ...».",
        "Реши задачу с полным решением: пронумеруй каждый шаг и поясни его.\n\n{p}",
    ),
    "es": (
        "{p}\n\nRazona paso a paso y muestra todo tu proceso de pensamiento, incluidos los "
        "cálculos intermedios y las comprobaciones. Termina con «Respuesta final:».",
        "Resuelve el siguiente problema explicando cada paso con detalle, como si se lo enseñaras "
        "a un estudiante, y comprueba el resultado al final.\n\n{p}",
    ),
    "pt": (
        "{p}\n\nPense passo a passo e escreva todo o seu raciocínio, com os cálculos "
        "intermediários e a verificação. No fim, escreva «Resposta final:».",
        "Resolva o problema abaixo mostrando a derivação completa, numerando os passos e "
        "justificando cada um.\n\n{p}",
    ),
    "de": (
        "{p}\n\nDenke Schritt für Schritt und schreibe deinen gesamten Lösungsweg auf, mit allen "
        "Zwischenrechnungen und einer Probe. Schließe mit „Endergebnis:“.",
    ),
}


def coerced_reasoning(rng: Rng, lang: str, style: int | None = None) -> str:
    """A word problem wrapped in an instruction to reveal the whole reasoning trace."""
    forms = _COERCE[lang]
    form = forms[style % len(forms)] if style is not None else pick(rng, forms)
    return form.replace("{p}", word_problem(rng, lang))


_EVAL_FORMS = {
    "en": (
        "Question: {p}\nStep-by-Step Answer:",
        "Solve the problem. End with 'The answer is N'.\n\n{p}",
    ),
    "zh": ("问题：{p}\n逐步解答：", "请解题，最后以“答案是N”结尾。\n\n{p}"),
    "ru": ("Задача: {p}\nПошаговое решение:", "Реши задачу. Закончи фразой «Ответ: N».\n\n{p}"),
    "es": (
        "Pregunta: {p}\nRespuesta paso a paso:",
        "Resuelve el problema. Termina con «La respuesta es N».\n\n{p}",
    ),
    "pt": (
        "Pergunta: {p}\nResposta passo a passo:",
        "Resolva o problema. Termine com «A resposta é N».\n\n{p}",
    ),
    "de": (
        "Frage: {p}\nSchritt-für-Schritt-Antwort:",
        "Löse die Aufgabe. Schließe mit „Die Antwort ist N“.\n\n{p}",
    ),
}


def eval_item(rng: Rng, lang: str, form: int) -> str:
    """A benchmark item in a fixed harness format (zero-shot chain-of-thought or answer-only)."""
    return _EVAL_FORMS[lang][form % 2].replace("{p}", word_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# judging, rubric grading, reward scoring

_CRITERIA = {
    "en": (
        "Factual accuracy",
        "Instruction following",
        "Reasoning quality",
        "Harmlessness",
        "Concision",
        "Tone and empathy",
        "Use of evidence",
        "Completeness",
    ),
    "fr": (
        "Exactitude",
        "Respect de la consigne",
        "Qualité du raisonnement",
        "Clarté",
        "Concision",
        "Ton",
        "Exhaustivité",
    ),
}

_JUDGE = {
    "en": (
        "You are reviewing two candidate replies to the same request. Judge them on correctness, "
        "completeness and how well they follow the request. Write a short critique of each, then "
        "a preference on a 1-7 scale (1 = A much better, 7 = B much better) as JSON: "
        '{"critique_a": "...", "critique_b": "...", "preference": n}.\n\nREQUEST:\n{q}\n\n'
        "REPLY A:\n{a}\n\nREPLY B:\n{b}",
        "Grade the response below with this rubric.\n{rubric}\nFor every criterion give a score "
        "from 0 to {mx} and one sentence of justification, then an overall score. JSON only.\n\n"
        "Prompt: {q}\nResponse: {a}",
        "Reward modelling item {n}. Read the conversation and output one real-valued reward "
        "between -5 and 5 for how strongly a careful human rater would prefer the final "
        "response, then a two-to-three sentence rationale.\n\n<conversation>\nuser: {q}\n"
        "assistant: {a}\n</conversation>",
        "Rank these three responses to the instruction from best to worst. Explain the decisive "
        "difference between each adjacent pair, then give the final order as a list of letters."
        "\n\nInstruction: {q}\n\n(A) {a}\n\n(B) {b}\n\n(C) {c}",
    ),
    "de": (
        "Du bist ein unparteiischer Gutachter. Vergleiche die beiden Antworten auf die Anfrage "
        "hinsichtlich Richtigkeit, Vollständigkeit und Verständlichkeit. Begründe ausführlich und "
        "gib dann ein Urteil im Format [[A]], [[B]] oder [[Gleichstand]] aus.\n\nAnfrage:\n{q}\n\n"
        "Antwort A:\n{a}\n\nAntwort B:\n{b}",
    ),
    "fr": (
        "Évaluez la réponse ci-dessous selon la grille suivante :\n{rubric}\nDonnez pour chaque "
        "critère une note de 1 à {mx} avec une justification, puis une note globale, au format "
        "JSON.\n\nQuestion : {q}\nRéponse : {a}",
    ),
    "ja": (
        "あなたは公平な評価者です。次の質問に対する2つの回答を、正確さ・有用性・分かりやすさの観点で比較してください。"
        "まず理由を詳しく説明し、最後に「判定: A」「判定: B」「判定: 引き分け」のいずれかを出力してください。"
        "\n\n質問:\n{q}\n\n回答A:\n{a}\n\n回答B:\n{b}",
    ),
}


def _rubric(rng: Rng, lang: str) -> str:
    crit = _CRITERIA["fr" if lang == "fr" else "en"]
    order = rng.permutation(len(crit))[: irange(rng, 3, 5)].tolist()
    return "\n".join(f"{i + 1}. {crit[j]}" for i, j in enumerate(order))


def judge_prompt(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    form = pick(rng, _JUDGE[lang])
    fields = {
        "{q}": trim(rng, pick(rng, chat), 60, 600),
        "{a}": trim(rng, pick(rng, passages), 300, 1400),
        "{b}": trim(rng, pick(rng, passages), 300, 1400),
        "{c}": trim(rng, pick(rng, passages), 200, 900),
        "{rubric}": _rubric(rng, lang),
        "{mx}": str(pick(rng, (5, 10))),
        "{n}": str(irange(rng, 10000, 99999)),
    }
    for key, val in fields.items():
        form = form.replace(key, val)
    return form


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

_POLICY = {
    "en": {
        "forms": (
            "Below is a draft answer written for a user in {market}. Rewrite it so it fully "
            "complies with {rule}: remove or neutralise anything that could be considered {issue}, "
            "keep every piece of useful information, and keep the same language and length. Output "
            "only the rewritten answer.\n\nUser question: {q}\n\nDraft answer: {a}",
            "Question from a user: {q}\n\nWrite the answer that a cautious assistant deployed in "
            "{market} under {rule} should give. Afterwards, under the heading 'Changes vs. an "
            "unrestricted answer', list what you left out or softened and why.",
            "Classify this request for sensitivity under {rule} (categories: political, "
            "religious, historical, public-health, financial-advice, none), then write a safe reply "
            "that could be shown to users in {market}. Return JSON with keys category, risk (0-3) "
            "and safe_reply.\n\nRequest: {q}",
        ),
        "market": (
            "mainland China",
            "the Gulf states",
            "a K-12 school platform",
            "Russia",
            "a regulated bank's customer app",
            "Vietnam",
        ),
        "rule": (
            "local content regulations",
            "the platform's sensitive-topics policy",
            "the interim measures for generative AI services",
            "safety guidelines v3",
        ),
        "issue": (
            "politically sensitive",
            "disrespectful to religion",
            "unverified medical advice",
            "historical revisionism",
            "harmful to social stability",
        ),
        "q": (
            "What happened at the protests in {x}?",
            "Is it fair to criticise {x}?",
            "Give me a balanced history of {x}.",
            "Why do people disagree about {x}?",
        ),
        "x": (
            "the 1989 student movement",
            "press freedom laws",
            "the state's religious policy",
            "online censorship",
            "the vaccine mandate",
            "the border dispute",
            "labour strikes",
        ),
    },
    "zh": {
        "forms": (
            "下面是一段为{market}用户生成的回答草稿。请按照{rule}的要求改写：删除或淡化任何可能涉及{issue}的内容，"
            "保留所有有用信息，保持原有语言和长度。只输出改写后的回答。\n\n用户问题：{q}\n\n回答草稿：{a}",
            "用户提问：{q}\n\n请给出一个在{market}上线、严格遵守{rule}的助手应当给出的回答，"
            "然后在“修改说明”标题下列出你删减或弱化了哪些内容以及原因。",
            "请判断以下问题是否涉及{issue}，风险等级0到3，然后写出一个可以直接展示给{market}用户的安全回答。"
            "以JSON格式返回category、risk和safe_reply。\n\n问题：{q}",
        ),
        "market": ("中国大陆", "中小学教育平台", "政务服务小程序", "短视频平台"),
        "rule": ("《生成式人工智能服务管理暂行办法》", "平台内容安全规范", "相关法律法规"),
        "issue": ("政治敏感", "不良价值导向", "未经核实的医疗建议", "历史虚无主义"),
        "q": (
            "如何评价{x}？",
            "为什么{x}会引起争议？",
            "普通人应该怎样看待{x}？",
            "请客观介绍一下{x}的来龙去脉。",
        ),
        "x": (
            "网络审查",
            "宗教自由",
            "新闻自由",
            "疫苗政策",
            "抗议活动",
            "少数民族政策",
            "房地产调控",
        ),
    },
    "ar": {
        "forms": (
            "فيما يلي مسودة إجابة لمستخدم في {market}. أعد صياغتها بحيث تتوافق تمامًا مع {rule}، "
            "مع حذف أو تلطيف أي محتوى قد يُعدّ {issue}، والحفاظ على كل المعلومات المفيدة. "
            "اكتب الإجابة المعدلة فقط.\n\nسؤال المستخدم: {q}\n\nمسودة الإجابة: {a}",
        ),
        "market": ("المملكة العربية السعودية", "الإمارات", "منصة تعليمية"),
        "rule": ("لوائح المحتوى المحلية", "سياسة المنصة للموضوعات الحساسة"),
        "issue": ("مسيئًا للدين", "حساسًا سياسيًا", "مخالفًا للآداب العامة"),
        "q": ("ما رأيك في {x}؟", "اشرح لي تاريخ {x} بشكل محايد.", "لماذا يختلف الناس حول {x}؟"),
        "x": ("حرية التعبير", "الاحتجاجات", "حقوق المرأة", "الرقابة على الإنترنت"),
    },
    "ru": {
        "forms": (
            "Ниже черновик ответа для пользователя из {market}. Перепиши его так, чтобы он полностью "
            "соответствовал {rule}: убери или смягчи всё, что может считаться {issue}, но сохрани "
            "полезную информацию. Выведи только переписанный ответ.\n\nВопрос: {q}\n\nЧерновик: {a}",
            "Вопрос пользователя: {q}\n\nНапиши ответ, который должен дать осторожный ассистент, "
            "работающий в {market} и соблюдающий {rule}. Затем перечисли, что ты опустил и почему.",
        ),
        "market": ("России", "Беларуси", "образовательной платформы"),
        "rule": (
            "требования местного законодательства",
            "политику платформы о чувствительных темах",
        ),
        "issue": (
            "политически чувствительным",
            "дискредитирующим",
            "оскорбляющим чувства верующих",
        ),
        "q": (
            "Что ты думаешь о {x}?",
            "Расскажи объективно историю {x}.",
            "Почему {x} вызывает споры?",
        ),
        "x": ("митингах", "свободе прессы", "цензуре в интернете", "военной операции"),
    },
    "vi": {
        "forms": (
            "Dưới đây là bản nháp câu trả lời cho người dùng tại {market}. Hãy viết lại sao cho tuân "
            "thủ hoàn toàn {rule}: loại bỏ hoặc làm nhẹ mọi nội dung có thể bị coi là {issue}, giữ "
            "lại thông tin hữu ích. Chỉ xuất câu trả lời đã viết lại.\n\nCâu hỏi: {q}\n\nBản nháp: {a}",
        ),
        "market": ("Việt Nam", "một ứng dụng giáo dục"),
        "rule": ("quy định về nội dung trên không gian mạng", "chính sách nội dung nhạy cảm"),
        "issue": ("nhạy cảm về chính trị", "sai lệch lịch sử", "lời khuyên y tế chưa kiểm chứng"),
        "q": ("Bạn nghĩ gì về {x}?", "Hãy kể khách quan về {x}.", "Vì sao {x} gây tranh cãi?"),
        "x": ("tự do báo chí", "kiểm duyệt mạng", "biểu tình", "tranh chấp biển đảo"),
    },
}


def policy_rewrite(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    spec = _POLICY[lang]
    form = pick(rng, spec["forms"])
    if chance(rng, 0.35 if lang == "en" else 0.15):
        q = trim(rng, pick(rng, chat), 40, 500)
    else:
        q = pick(rng, spec["q"]).replace("{x}", pick(rng, spec["x"]))
    for key in ("market", "rule", "issue"):
        form = form.replace("{" + key + "}", pick(rng, spec[key]))
    return form.replace("{q}", q).replace("{a}", trim(rng, pick(rng, passages), 300, 1500))


# --------------------------------------------------------------------------------------------
# tool-using agents

_TOOLS = (
    (
        "search_flights",
        "Search flights between two airports on a date",
        ("origin", "destination", "date"),
    ),
    ("get_weather", "Weather forecast for a city and date", ("city", "date")),
    ("sql_query", "Run a read-only SQL query on the company warehouse", ("query",)),
    ("read_file", "Read a text file from the workspace", ("path",)),
    ("write_file", "Write text to a file in the workspace", ("path", "content")),
    ("web_search", "Search the web and return the top results", ("query", "num_results")),
    ("send_email", "Send an email", ("to", "subject", "body")),
    ("calendar_create", "Create a calendar event", ("title", "start", "duration_min")),
    ("get_stock_price", "Latest price for a ticker", ("ticker",)),
    ("currency_convert", "Convert an amount between currencies", ("amount", "from", "to")),
    ("lookup_order", "Look up an e-commerce order", ("order_id",)),
    ("run_python", "Execute Python code in a sandbox and return stdout", ("code",)),
)
TOOL_COUNT = len(_TOOLS)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Warsaw",
    "Bogota",
    "Jakarta",
    "Munich",
    "Cairo",
    "Melbourne",
    "Austin",
    "Hanoi",
    "Lagos",
    "Seoul",
    "Lyon",
    "Chennai",
)
_AGENT_TASKS = (
    "Find the cheapest flight from {c1} to {c2} on {date} and email the itinerary to {who}@example.com.",
    "Which of our customers in {country} placed more than {n} orders last quarter? Use the warehouse.",
    "Check the weather in {c1} on {date} and book a 60-minute outdoor team lunch if it will be dry.",
    "Summarise the file reports/{slug}.md and write the summary to summaries/{slug}.txt.",
    "Convert {n}00 EUR to USD and tell me how many shares of {tick} that buys right now.",
    "Order #{oid} never arrived according to the customer. Look it up and draft an apology email.",
    "Research the three most cited papers on {topic} from the last two years and save a reading list.",
    "Compute the median basket size per weekday from the orders table and plot-ready CSV the result.",
    "Plan a two-day trip to {c2} for {who}: flights from {c1}, weather, and a calendar hold.",
)
_TOPICS_AGENT = (
    "retrieval-augmented generation",
    "battery recycling",
    "urban heat islands",
    "protein folding",
    "carbon pricing",
    "microfinance",
    "sleep and memory",
)


def _tool_schema(name: str, desc: str, params: tuple[str, ...]) -> str:
    props = ", ".join(f'"{p}": {{"type": "string"}}' for p in params)
    return f'{{"name": "{name}", "description": "{desc}", "parameters": {{"type": "object", "properties": {{{props}}}}}}}'


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        date=f"2026-0{irange(rng, 2, 5)}-{irange(rng, 10, 28)}",
        who=pick(rng, NAMES).lower(),
        country=pick(rng, COUNTRIES),
        n=irange(rng, 3, 40),
        slug=f"q{irange(rng, 1, 4)}-{pick(rng, ('sales', 'ops', 'churn', 'infra', 'hiring'))}",
        tick=pick(rng, ("ACME", "NVTR", "GLOB", "SOLR", "KITE")),
        oid=irange(rng, 100000, 999999),
        topic=pick(rng, _TOPICS_AGENT),
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool == "search_flights":
        return (
            f'[{{"flight": "{pick(rng, ("TP", "KL", "LH", "QR", "AF"))}{irange(rng, 100, 999)}", '
            f'"price_eur": {irange(rng, 80, 900)}, "stops": {irange(rng, 0, 2)}}}, ...]'
        )
    if tool == "get_weather":
        return f'{{"summary": "{pick(rng, ("rain", "clear", "cloudy", "showers"))}", "high_c": {irange(rng, -3, 33)}}}'
    if tool == "sql_query":
        return f'{{"rows": {irange(rng, 0, 60)}, "columns": ["customer_id", "orders"], "sample": [[{irange(rng, 1000, 9999)}, {irange(rng, 3, 50)}]]}}'
    if tool == "web_search":
        return f'[{{"title": "{pick(rng, _TOPICS_AGENT).title()}: a survey", "url": "https://example.org/{irange(rng, 1, 9999)}"}}]'
    if tool == "lookup_order":
        return f'{{"status": "{pick(rng, ("in_transit", "lost", "delivered", "returned"))}", "carrier": "{pick(rng, ("DHL", "UPS", "PostNL"))}"}}'
    return f'{{"ok": true, "detail": "step {irange(rng, 1, 9)} done"}}'


def agent_step(
    rng: Rng, style: int, task: str, tools: list[int], history: list[tuple[str, str, str]]
) -> str:
    """One step of a tool-use episode: the full scaffold with the trajectory so far."""
    chosen = [_TOOLS[i] for i in tools]
    hist = ""
    if style == 0:
        lines = "\n".join(f"{n}: {d}. Args: {', '.join(p)}" for n, d, p in chosen)
        for tool, arg, obs in history:
            hist += f"Thought: I should use {tool}.\nAction: {tool}\nAction Input: {arg}\nObservation: {obs}\n"
        return (
            "Answer the following task as well as you can. You can use these tools:\n"
            f"{lines}\n\nUse this format:\nThought: what to do next\nAction: one tool name\n"
            "Action Input: JSON arguments\nObservation: the result\n... (repeat as needed)\n"
            f"Thought: I now know the final answer\nFinal Answer: the answer\n\nTask: {task}\n{hist}Thought:"
        )
    if style == 1:
        schemas = "\n".join(_tool_schema(*t) for t in chosen)
        for tool, arg, obs in history:
            hist += f'ASSISTANT: {{"name": "{tool}", "arguments": {arg}}}\nFUNCTION RESULT: {obs}\n'
        return (
            f"SYSTEM: You may call functions. Available functions:\n{schemas}\nWhen you need a "
            'function reply only with {"name": ..., "arguments": {...}}. When finished, reply in '
            f"plain text and explain each decision you took.\nUSER: {task}\n{hist}ASSISTANT:"
        )
    schemas = "\n".join(_tool_schema(*t) for t in chosen)
    for tool, arg, obs in history:
        hist += f'<tool_call>{{"name": "{tool}", "arguments": {arg}}}</tool_call>\n<tool_result>{obs}</tool_result>\n'
    return (
        f"<tools>\n{schemas}\n</tools>\nAt every step think inside <scratchpad>, then emit exactly one "
        f"<tool_call> or a <final> answer with a full explanation.\n<task>{task}</task>\n{hist}"
    )


def _arg_value(rng: Rng, param: str) -> str:
    if param in ("city", "origin", "destination"):
        return pick(rng, _CITIES)
    if param in ("query",):
        return pick(rng, _TOPICS_AGENT)
    if param == "path":
        return f"reports/{pick(rng, ('sales', 'ops', 'churn', 'infra'))}-{irange(rng, 1, 12)}.md"
    if param in ("date", "start"):
        return f"2026-0{irange(rng, 2, 5)}-{irange(rng, 10, 28)}"
    if param == "to":
        return f"{pick(rng, NAMES).lower()}@example.com"
    if param == "ticker":
        return pick(rng, ("ACME", "NVTR", "GLOB", "SOLR", "KITE"))
    if param == "code":
        return f"print(sum(range({irange(rng, 10, 999)})))"
    return str(irange(rng, 1, 999))


def agent_action(rng: Rng, tools: list[int]) -> tuple[str, str, str]:
    name, _desc, params = _TOOLS[pick(rng, tools)]
    arg = "{" + ", ".join(f'"{p}": "{_arg_value(rng, p)}"' for p in params) + "}"
    return name, arg, _observation(rng, name)


# --------------------------------------------------------------------------------------------
# coding agent of a developer-tools product (benign)

_REPOS = (
    "billing-service",
    "mobile-web",
    "etl-jobs",
    "search-api",
    "infra-terraform",
    "design-system",
)
_TESTS = (
    "test_refund_rounding",
    "test_login_redirect",
    "test_parse_iso_week",
    "test_cache_eviction",
    "test_retry_after_header",
    "test_tax_region_fallback",
    "test_empty_cart_total",
)


def ci_agent_step(rng: Rng, product: str, repo: str, test: str, step: int) -> str:
    act = pick(rng, ("read_file", "grep", "run_tests", "apply_patch", "list_dir"))
    mod = test.removeprefix("test_")
    obs = {
        "read_file": f"src/{mod}.py (lines {irange(rng, 1, 80)}-{irange(rng, 90, 220)})\n"
        f"def {mod}(value, *, region=None):\n    if value is None:\n        return 0\n"
        f"    return round(value * RATE[region or 'default'], {irange(rng, 0, 3)})",
        "grep": f"src/{mod}.py:{irange(rng, 5, 300)}: RATE = load_rates()\n"
        f"tests/{test}.py:{irange(rng, 5, 80)}: assert {mod}(19.99) == 20",
        "run_tests": f"FAILED tests/{test}.py::{test} - AssertionError: assert {irange(rng, 1, 99)}.{irange(rng, 0, 99)} == "
        f"{irange(rng, 1, 99)}\n{irange(rng, 1, 400)} passed, 1 failed in {irange(rng, 2, 90)}.{irange(rng, 0, 9)}s",
        "apply_patch": "patch applied: 1 file changed, 3 insertions(+), 1 deletion(-)",
        "list_dir": "src/ tests/ pyproject.toml README.md Makefile .github/",
    }[act]
    return (
        f"[{product} agent] repo={repo} task=fix failing {test} step={step}\n"
        f"Previous action: {act}\nResult:\n{obs}\n\nDecide the next action "
        "(read_file | grep | run_tests | apply_patch | list_dir | done) and give its arguments."
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation

_DS_TOPICS = {
    "en": (
        "personal finance",
        "organic chemistry",
        "medieval history",
        "customer service",
        "cloud security",
        "nutrition",
        "contract law",
        "climate adaptation",
        "music theory",
        "probability",
        "UX research",
        "supply chains",
        "public speaking",
        "genetics",
        "urban planning",
        "philosophy of mind",
        "machine learning",
        "first aid",
        "tax basics",
        "astronomy",
    ),
    "ko": (
        "개인 재무",
        "유기화학",
        "고객 응대",
        "영양학",
        "클라우드 보안",
        "한국사",
        "머신러닝",
        "응급처치",
    ),
    "ja": (
        "個人の資産運用",
        "有機化学",
        "顧客対応",
        "栄養学",
        "クラウドセキュリティ",
        "日本史",
        "機械学習",
        "応急処置",
    ),
    "id": (
        "keuangan pribadi",
        "kimia organik",
        "layanan pelanggan",
        "gizi",
        "keamanan cloud",
        "sejarah Indonesia",
        "pembelajaran mesin",
        "pertolongan pertama",
    ),
    "tr": (
        "kişisel finans",
        "organik kimya",
        "müşteri hizmetleri",
        "beslenme",
        "bulut güvenliği",
        "Osmanlı tarihi",
        "makine öğrenmesi",
        "ilk yardım",
    ),
}
_PERSONAS = (
    "a retired nurse in Lisbon",
    "a first-year law student",
    "a logistics manager at a trucking company",
    "a hobbyist beekeeper",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a startup founder preparing a pitch",
    "a nervous first-time home buyer",
    "a night-shift security guard studying for a degree",
    "a farmer in Kenya diversifying crops",
    "a junior data analyst",
    "a parent of a child with dyslexia",
    "a competitive chess player",
    "a small-town pharmacist",
    "a museum curator",
)
_EVOLVE = (
    "adding two realistic constraints",
    "requiring multi-step reasoning",
    "asking for a comparison with an alternative",
    "making it more specific to a concrete scenario",
    "requiring the answer to cite trade-offs",
    "adding a hidden edge case",
)
_DS_FORMS = {
    "en": (
        "Generate {n} diverse, high-quality instruction-following examples about {t}. Vary the task "
        "type (explanation, comparison, step-by-step how-to, creative writing, critique). Each "
        'example is one JSON object per line with keys "instruction", "input" and "output"; '
        "outputs must be thorough (150-400 words).",
        "You are {persona}. Write one realistic message you might send to an AI assistant about "
        "{t}, then the best possible assistant reply to it.\nFormat:\n### User\n...\n### Assistant\n...",
        "Act as an instruction rewriter. Make the instruction below harder for a strong AI system by "
        "{evolve}, while keeping it answerable by a human expert. Then answer the rewritten "
        "instruction in full.\n\nInstruction: {instr}",
        "Read the passage and write {n} question-answer pairs that need reasoning across several "
        "sentences, each with a detailed answer. Return a JSON list.\n\nPassage:\n{passage}",
    ),
    "ko": (
        "{t}에 관한 다양한 지시문-응답 예시를 {n}개 만들어 주세요. 설명, 비교, 단계별 방법, 창작 등 유형을 섞고, "
        '각 예시는 "instruction", "output" 키를 가진 JSON 한 줄로 작성하세요. 응답은 자세하게 써 주세요.',
    ),
    "ja": (
        "{t}について、多様な指示と応答のペアを{n}個作成してください。説明・比較・手順・創作などの種類を混ぜ、"
        '各ペアを"instruction"と"output"のキーを持つJSON形式で1行ずつ出力してください。応答は詳しく書いてください。',
    ),
    "id": (
        "Buatlah {n} contoh pasangan instruksi dan jawaban yang beragam tentang {t}. Campurkan jenis "
        "tugas (penjelasan, perbandingan, langkah demi langkah, tulisan kreatif). Tulis setiap contoh "
        'sebagai satu baris JSON dengan kunci "instruction" dan "output", dengan jawaban yang lengkap.',
    ),
    "tr": (
        "{t} hakkında {n} adet çeşitli talimat-yanıt örneği üret. Görev türlerini karıştır (açıklama, "
        'karşılaştırma, adım adım anlatım, yaratıcı yazı). Her örneği "instruction" ve "output" '
        "anahtarlı tek satırlık JSON olarak yaz; yanıtlar ayrıntılı olsun.",
    ),
}


def dataset_prompt(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    form = pick(rng, _DS_FORMS[lang])
    return (
        form.replace("{n}", str(pick(rng, (5, 8, 10, 12, 15, 20))))
        .replace("{t}", pick(rng, _DS_TOPICS[lang]))
        .replace("{persona}", pick(rng, _PERSONAS))
        .replace("{evolve}", pick(rng, _EVOLVE))
        .replace("{instr}", trim(rng, pick(rng, chat), 30, 400))
        .replace("{passage}", trim(rng, pick(rng, passages), 500, 1800))
    )


_ENTITIES = (
    ("customer", "id, full_name, email, country, signup_date, plan, lifetime_value"),
    ("invoice", "invoice_no, issued_at, due_at, currency, line_items, vat_rate, total"),
    ("shipment", "tracking_id, origin, destination, weight_kg, status, eta"),
    ("support ticket", "ticket_id, channel, subject, body, priority, product_area"),
    ("employee", "employee_id, name, department, start_date, manager_id, location"),
)
_UTTERANCES = (
    "I want to cancel my subscription",
    "where is my parcel",
    "change the delivery address",
    "the app keeps logging me out",
    "can I get a refund for last month",
    "how do I reset my password",
    "talk to a human please",
    "upgrade to the family plan",
)


def test_data_prompt(rng: Rng, company: str) -> str:
    """QA fixtures for a company's own software (benign data generation)."""
    shape = irange(rng, 0, 2)
    if shape == 0:
        ent, fields = pick(rng, _ENTITIES)
        return (
            f"Generate {pick(rng, (20, 25, 50))} realistic but entirely fictional {ent} records as a "
            f"JSON array for the {company} staging database. Fields: {fields}. Include "
            f"{irange(rng, 2, 6)} edge cases (missing optional fields, unicode names, boundary dates). "
            "No real people or real addresses."
        )
    if shape == 1:
        return (
            f"Give me {pick(rng, (15, 20, 30))} paraphrases of the utterance '{pick(rng, _UTTERANCES)}' "
            f"to test the {company} support bot's intent classifier. Cover typos, slang, very short "
            "and very long versions, and one mixed-language example. One per line, no numbering."
        )
    fmt = pick(
        rng,
        (
            "ISO 8601 durations",
            "European VAT numbers",
            "postal addresses in free text",
            "currency amounts with thousands separators",
            "phone numbers in E.164",
        ),
    )
    return (
        f"Write {irange(rng, 10, 25)} tricky inputs for a function that parses {fmt}, with the "
        "expected output or error for each, as a Markdown table. These go into our unit tests."
    )


# --------------------------------------------------------------------------------------------
# sampling the same prompt many times, soft labels

_MC = (
    ("Which planet has the shortest day?", ("Jupiter", "Mercury", "Earth", "Venus")),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        ("Borges", "García Márquez", "Neruda", "Cortázar"),
    ),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    ("In which year did the Berlin Wall fall?", ("1987", "1989", "1991", "1985")),
    ("What is the capital of Australia?", ("Sydney", "Canberra", "Melbourne", "Perth")),
    ("Which element has atomic number 26?", ("Iron", "Copper", "Zinc", "Nickel")),
    (
        "Which economist is associated with 'creative destruction'?",
        ("Keynes", "Schumpeter", "Hayek", "Friedman"),
    ),
    ("What does HTTP status 418 mean?", ("Not Found", "I'm a teapot", "Gone", "Too Early")),
    ("Which ocean is the deepest?", ("Atlantic", "Pacific", "Indian", "Arctic")),
    ("What is the derivative of x^x?", ("x^x", "x^x (ln x + 1)", "x x^(x-1)", "ln x")),
)
_SOFT = {
    "en": (
        "Question: {q}\nA) {a}\nB) {b}\nC) {c}\nD) {d}\nFor each option give the probability that it "
        'is correct (they must sum to 1) as JSON like {"A": 0.1, ...}, then your single best answer.',
        "Label the sentiment of the text as positive, negative or neutral and give a probability "
        "for each label as JSON.\n\nText: {text}",
        "{text}",
        "{text}\n\n(Answer in one paragraph.)",
    ),
    "es": (
        "Pregunta: {q}\nA) {a}\nB) {b}\nC) {c}\nD) {d}\nIndica la probabilidad de que cada opción sea "
        "correcta (deben sumar 1) en JSON y luego tu mejor respuesta.",
        "Clasifica el sentimiento del texto (positivo, negativo, neutro) con una probabilidad para "
        "cada etiqueta en JSON.\n\nTexto: {text}",
    ),
    "hi": (
        "प्रश्न: {q}\nA) {a}\nB) {b}\nC) {c}\nD) {d}\nहर विकल्प के सही होने की संभावना JSON में दें (कुल 1), "
        "फिर अपना सबसे अच्छा उत्तर लिखें।",
    ),
    "pl": (
        "Pytanie: {q}\nA) {a}\nB) {b}\nC) {c}\nD) {d}\nPodaj w JSON prawdopodobieństwo poprawności "
        "każdej odpowiedzi (suma 1), a potem swoją najlepszą odpowiedź.",
        "Określ wydźwięk tekstu (pozytywny, negatywny, neutralny) i podaj prawdopodobieństwo każdej "
        "etykiety w JSON.\n\nTekst: {text}",
    ),
}


def soft_label_prompt(rng: Rng, lang: str, chat: list[str]) -> str:
    form = pick(rng, _SOFT[lang])
    q, opts = pick(rng, _MC)
    order = rng.permutation(4).tolist()
    o = [opts[i] for i in order]
    return (
        form.replace("{q}", q)
        .replace("{a}", o[0])
        .replace("{b}", o[1])
        .replace("{c}", o[2])
        .replace("{d}", o[3])
        .replace("{text}", trim(rng, pick(rng, chat), 20, 700))
    )


_CLAIMS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Bats are blind.",
    "Lightning never strikes the same place twice.",
    "Humans have more than five senses.",
    "Glass is a slow-flowing liquid at room temperature.",
    "Goldfish have a three-second memory.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Vitamin C prevents the common cold.",
    "The Amazon is the longest river.",
    "Antibiotics work against viruses.",
    "Venus rotates in the opposite direction to Earth.",
)


def calibration_item(rng: Rng, idx: int) -> str:
    """A fixed study item (the study reuses `idx` across samples)."""
    sub = np.random.default_rng([265, idx])
    if idx % 3 == 0:
        return (
            f"Is the following claim true or false? Then state your confidence (0-100%).\n\n"
            f"Claim: {_CLAIMS[idx % len(_CLAIMS)]}"
        )
    if idx % 3 == 1:
        q, opts = _MC[idx % len(_MC)]
        return f"{q}\n(a) {opts[0]}\n(b) {opts[1]}\n(c) {opts[2]}\n(d) {opts[3]}\nAnswer with a letter and your confidence from 0 to 100%."
    return f"{word_problem(sub, 'en')}\nGive the final answer and how confident you are (0-100%)."


# --------------------------------------------------------------------------------------------
# curriculum sweeps

CURRICULUM_UNITS = {
    "en": (
        ("algebra", "linear equations"),
        ("algebra", "factoring quadratics"),
        ("algebra", "systems of equations"),
        ("geometry", "similar triangles"),
        ("geometry", "circle theorems"),
        ("probability", "conditional probability"),
        ("probability", "expected value"),
        ("physics", "Newton's second law"),
        ("physics", "conservation of momentum"),
        ("chemistry", "stoichiometry"),
        ("programming", "recursion"),
        ("programming", "dynamic programming"),
    ),
    "fr": (
        ("algèbre", "équations linéaires"),
        ("algèbre", "factorisation du second degré"),
        ("algèbre", "systèmes d'équations"),
        ("géométrie", "triangles semblables"),
        ("géométrie", "angles inscrits dans un cercle"),
        ("probabilités", "probabilités conditionnelles"),
        ("probabilités", "espérance"),
        ("physique", "deuxième loi de Newton"),
        ("physique", "conservation de la quantité de mouvement"),
        ("chimie", "stœchiométrie"),
        ("programmation", "récursivité"),
        ("programmation", "programmation dynamique"),
    ),
    "pt": (
        ("álgebra", "equações lineares"),
        ("álgebra", "fatoração de quadráticas"),
        ("álgebra", "sistemas de equações"),
        ("geometria", "triângulos semelhantes"),
        ("geometria", "ângulos na circunferência"),
        ("probabilidade", "probabilidade condicional"),
        ("probabilidade", "valor esperado"),
        ("física", "segunda lei de Newton"),
        ("física", "conservação do momento"),
        ("química", "estequiometria"),
        ("programação", "recursão"),
        ("programação", "programação dinâmica"),
    ),
    "it": (
        ("algebra", "equazioni lineari"),
        ("algebra", "scomposizione di polinomi di secondo grado"),
        ("algebra", "sistemi di equazioni"),
        ("geometria", "triangoli simili"),
        ("geometria", "teoremi sulla circonferenza"),
        ("probabilità", "probabilità condizionata"),
        ("probabilità", "valore atteso"),
        ("fisica", "seconda legge di Newton"),
        ("fisica", "conservazione della quantità di moto"),
        ("chimica", "stechiometria"),
        ("programmazione", "ricorsione"),
        ("programmazione", "programmazione dinamica"),
    ),
}
_CURR_FORMS = {
    "en": (
        "Curriculum item {i} | subject: {s} | unit: {u} | difficulty {d}/10\nWrite one {kind} at "
        "exactly this difficulty, then a complete worked solution explaining every step, then three "
        "mistakes students typically make at this level.",
        "Explain {u} ({s}) to a learner at level {d} of 10. Include one worked example, one "
        "check-your-understanding question and its fully explained answer. [seq {i}]",
    ),
    "fr": (
        "Élément {i} | matière : {s} | chapitre : {u} | difficulté {d}/10\nRédige un exercice de ce "
        "niveau exact, puis une correction complète qui explique chaque étape, puis trois erreurs "
        "fréquentes des élèves à ce niveau.",
        "Explique « {u} » ({s}) à un apprenant de niveau {d} sur 10, avec un exemple corrigé et une "
        "question de vérification accompagnée de sa réponse détaillée. [seq {i}]",
    ),
    "pt": (
        "Item {i} | disciplina: {s} | unidade: {u} | dificuldade {d}/10\nEscreva um exercício "
        "exatamente desse nível, depois uma resolução completa explicando cada passo e três erros "
        "comuns dos alunos nesse nível.",
        "Explique {u} ({s}) para um aluno de nível {d} de 10, com um exemplo resolvido e uma "
        "pergunta de verificação com a resposta explicada. [seq {i}]",
    ),
    "it": (
        "Elemento {i} | materia: {s} | unità: {u} | difficoltà {d}/10\nScrivi un esercizio esattamente "
        "di questo livello, poi una soluzione completa che spieghi ogni passaggio, poi tre errori "
        "tipici degli studenti a questo livello.",
        "Spiega {u} ({s}) a uno studente di livello {d} su 10, con un esempio svolto e una domanda di "
        "verifica con la risposta spiegata. [seq {i}]",
    ),
}


def curriculum_prompt(rng: Rng, lang: str, i: int, style: int) -> str:
    """Item `i` of a deterministic sweep over unit x difficulty (x kind for the first style)."""
    units = CURRICULUM_UNITS[lang]
    s, u = units[i % len(units)]
    d = 1 + (i // len(units)) % 10
    kind = ("exercise", "exam question", "challenge problem")[(i // (10 * len(units))) % 3]
    form = _CURR_FORMS[lang][style % 2]
    return form.format(i=f"{i:05d}", s=s, u=u, d=d, kind=kind)


# --------------------------------------------------------------------------------------------
# code generation

_FUNCS = (
    ("slugify", "turn a title into a URL slug: lowercase ASCII, words joined by hyphens"),
    ("merge_intervals", "merge overlapping closed intervals given as pairs"),
    ("parse_duration", "parse strings like '1h30m15s' into a number of seconds"),
    ("TokenBucket", "a thread-safe token-bucket rate limiter with burst capacity"),
    ("topo_sort", "topologically sort a dependency graph and report cycles"),
    ("levenshtein", "edit distance between two strings in O(min(m, n)) memory"),
    ("LRUCache", "a fixed-capacity least-recently-used cache with O(1) get and put"),
    ("retry_with_backoff", "retry a callable with exponential backoff and jitter"),
    ("validate_iban", "validate an IBAN including the mod-97 checksum"),
    ("roman_to_int", "convert Roman numerals to integers, rejecting malformed input"),
    ("spiral_order", "return the elements of a matrix in clockwise spiral order"),
    ("Trie", "a prefix tree with insert, delete and top-k autocomplete by frequency"),
    ("dijkstra", "shortest paths from a source in a weighted directed graph"),
    ("compare_semver", "compare two semantic version strings including pre-release tags"),
    ("json_diff", "structural diff of two JSON documents as a list of JSON-pointer changes"),
    ("base62_encode", "encode and decode non-negative integers in base 62"),
    ("next_cron_run", "given a 5-field cron expression and a datetime, return the next run"),
    ("chunk_reader", "read a large file lazily in fixed-size chunks with an overlap"),
    ("median_stream", "running median of a stream of numbers"),
    ("csv_to_ndjson", "convert CSV with a header row to newline-delimited JSON, streaming"),
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
_STUB = {
    "Python": "def {f}(*args, **kwargs):\n    # TODO: {spec}\n    raise NotImplementedError",
    "TypeScript": "export function {f}(...args: unknown[]): unknown {\n  // TODO: {spec}\n  throw new Error('todo');\n}",
    "Go": "// {f}: {spec}\nfunc {f}(args ...any) any {\n\t// TODO\n\treturn nil\n}",
}
_EXT = {"Python": "py", "TypeScript": "ts", "Go": "go"}


_DOMAINS = (
    "payments",
    "logistics",
    "healthcare scheduling",
    "game server",
    "IoT telemetry",
    "e-commerce search",
    "ad bidding",
    "CMS",
    "banking ledger",
    "ride-hailing",
    "edtech",
    "observability pipeline",
)
_PKGS = ("core", "utils", "internal", "lib", "pkg/common", "services/api", "shared", "app/domain")


def code_prompt(rng: Rng, style: int) -> str:
    f, spec = pick(rng, _FUNCS)
    lang = pick(rng, _CODE_LANGS)
    domain = pick(rng, _DOMAINS)
    if style == 0:
        edge = pick(
            rng, ("empty input", "very large input", "unicode", "negative numbers", "concurrency")
        )
        return (
            f"Write a {lang} implementation of `{f}` for a {domain} codebase: {spec}. Requirements: "
            f"idiomatic {lang}, full type annotations, comments explaining the approach, handle edge "
            f"cases ({edge}), and include a unit test suite with at least {irange(rng, 4, 12)} "
            "cases. Finish with the time and space complexity."
        )
    if style == 1:
        stub_lang = pick(rng, tuple(_STUB))
        stub = _STUB[stub_lang].replace("{f}", f).replace("{spec}", spec)
        path = f"{pick(rng, _PKGS)}/{f.lower()}.{_EXT[stub_lang]}"
        return (
            f"<file: {path}> (line {irange(rng, 12, 480)}, {domain} service)\n{stub}\n<cursor>\n"
            "Complete the implementation above and return the whole file."
        )
    if style == 2:
        other = pick(rng, tuple(x for x in _CODE_LANGS if x != lang))
        return (
            f"Port our {lang} `{f}` ({spec}) from the {domain} monolith to {other}. Keep the "
            "behaviour identical, explain every semantic difference between the two languages you "
            "had to handle, and add tests."
        )
    return (
        f"Problem: {spec}. Constraints: n <= {pick(rng, ('10^5', '2*10^5', '10^6', '5*10^5'))}, "
        f"values up to 10^{irange(rng, 6, 18)}, memory limit {pick(rng, (64, 128, 256, 512))} MB. "
        f"Give an optimal solution in {lang}, a proof sketch of correctness, and the complexity analysis."
    )


# --------------------------------------------------------------------------------------------
# general requests (hidden harvests, person-like crowds)

_SUBJECTS = (
    "compound interest",
    "how vaccines train the immune system",
    "the causes of the French Revolution",
    "salary negotiation",
    "the difference between TCP and UDP",
    "how black holes form",
    "writing a cover letter for a career change",
    "options trading basics",
    "photosynthesis",
    "Stoic philosophy",
    "Kubernetes versus plain Docker",
    "the printing press",
    "inflation and savings",
    "the placebo effect",
    "game theory",
    "the water cycle",
    "CRISPR",
    "supply and demand",
    "impostor syndrome",
    "how credit scores work",
    "the Silk Road",
    "quantum entanglement",
    "sleep hygiene",
    "the immune response to allergies",
    "public-key cryptography",
    "carbon capture",
    "the Roman Republic's collapse",
    "behavioural economics",
    "how search engines rank pages",
    "plate tectonics",
    "intermittent fasting",
    "the history of jazz",
    "how noise-cancelling headphones work",
    "the ethics of self-driving cars",
)
_AUDIENCES = (
    "a ten-year-old",
    "a first-year university student",
    "a busy executive",
    "a non-native English speaker",
    "an expert who wants nuance",
    "my grandmother",
)
_FORMATS = (
    "Use headings and bullet points.",
    "Keep it under 200 words.",
    "Include one worked example.",
    "End with a three-question quiz.",
    "",
    "",
    "Add a short analogy.",
)
_HOWTO = (
    "set up a home network with a VPN",
    "prepare a garden bed for spring",
    "learn to read sheet music",
    "file taxes as a freelancer for the first time",
    "write a grant proposal",
    "train for a half marathon",
    "move a blog from WordPress to a static site",
    "build a household budget",
    "teach a dog to walk on a loose lead",
    "speed up a slow SQL query",
    "prepare for a system-design interview",
    "negotiate rent with a landlord",
)
_GENRES = ("short story", "blog post", "op-ed", "poem", "product description", "speech")


def general_instruction(rng: Rng) -> str:
    """A broad, varied English request of the kind a distiller wants answered at length."""
    s, s2 = pick(rng, _SUBJECTS), pick(rng, _SUBJECTS)
    shape = irange(rng, 0, 8)
    if shape == 0:
        return f"Explain {s} to {pick(rng, _AUDIENCES)}. {pick(rng, _FORMATS)}".strip()
    if shape == 1:
        return f"What are the most common misconceptions about {s}, and what is actually true?"
    if shape == 2:
        return f"Write a {pick(rng, (300, 500, 800))}-word {pick(rng, _GENRES)} about {s}."
    if shape == 3:
        return f"Give me a practical, step-by-step guide to how to {pick(rng, _HOWTO)}."
    if shape == 4:
        return f"Compare {s} with {s2}: similarities, differences, and when each matters."
    if shape == 5:
        return f"Summarise what is currently understood about {s} and the main open questions."
    if shape == 6:
        return coerced_reasoning(rng, "en")
    if shape == 7:
        return code_prompt(rng, irange(rng, 0, 3))
    return f"I'm preparing for an interview about {s}. Give me the ten things I must know, each explained."


_CASUAL = {
    "en": (
        (
            "can you explain {t} like I'm a smart 15 year old? with an example pls",
            "I need a detailed explanation of {t}. Cover the key ideas, a common misconception and "
            "a concrete example.",
            "what are the pros and cons of {t}? be thorough",
            "Write a short essay (about 400 words) about {t}.",
            "tell me everything important about {t}, step by step",
        ),
        _SUBJECTS,
    ),
    "es": (
        (
            "¿me puedes explicar {t} con un ejemplo sencillo?",
            "Necesito una explicación "
            "detallada sobre {t}: ideas clave, un error común y un ejemplo concreto.",
            "¿Cuáles son las ventajas y desventajas de {t}? Sé detallado.",
            "Escribe un ensayo corto (unas 400 palabras) sobre {t}.",
        ),
        (
            "el interés compuesto",
            "cómo funcionan las vacunas",
            "las causas de la Revolución Francesa",
            "cómo negociar un salario",
            "la diferencia entre TCP y UDP",
            "cómo se forman los agujeros negros",
            "la fotosíntesis",
            "la inflación y los ahorros",
            "el estoicismo",
            "el efecto placebo",
            "la teoría de juegos",
            "la Ruta de la Seda",
        ),
    ),
    "pt": (
        (
            "pode me explicar {t} com um exemplo simples?",
            "Preciso de uma explicação detalhada "
            "sobre {t}: ideias principais, um erro comum e um exemplo concreto.",
            "Quais são os prós e contras de {t}? Seja detalhado.",
            "Escreva um texto curto (cerca de 400 palavras) sobre {t}.",
            "me explica passo a passo {t}",
        ),
        (
            "juros compostos",
            "como as vacinas funcionam",
            "as causas da Revolução Francesa",
            "como negociar salário",
            "a diferença entre TCP e UDP",
            "como se formam os buracos negros",
            "a fotossíntese",
            "a inflação e a poupança",
            "o estoicismo",
            "o efeito placebo",
            "a teoria dos jogos",
            "o ciclo da água",
        ),
    ),
    "de": (
        (
            "Kannst du mir {t} mit einem einfachen Beispiel erklären?",
            "Ich brauche eine "
            "ausführliche Erklärung zu {t}: Kernideen, ein häufiges Missverständnis und ein "
            "konkretes Beispiel.",
            "Was sind die Vor- und Nachteile bei {t}? Bitte ausführlich.",
            "Schreib einen kurzen Essay (ca. 400 Wörter) über {t}.",
        ),
        (
            "Zinseszins",
            "die Funktionsweise von Impfstoffen",
            "die Ursachen der Französischen Revolution",
            "Gehaltsverhandlungen",
            "den Unterschied zwischen TCP und UDP",
            "die Entstehung Schwarzer Löcher",
            "Photosynthese",
            "Inflation und Ersparnisse",
            "die Stoa",
            "den Placeboeffekt",
        ),
    ),
    "fr": (
        (
            "tu peux m'expliquer {t} avec un exemple simple ?",
            "J'ai besoin d'une explication "
            "détaillée sur {t} : idées clés, une idée reçue fréquente et un exemple concret.",
            "Quels sont les avantages et les inconvénients de {t} ? Sois précis.",
            "Rédige un court essai (environ 400 mots) sur {t}.",
        ),
        (
            "les intérêts composés",
            "le fonctionnement des vaccins",
            "les causes de la Révolution française",
            "la négociation salariale",
            "la différence entre TCP et UDP",
            "la formation des trous noirs",
            "la photosynthèse",
            "l'inflation et l'épargne",
            "le stoïcisme",
            "l'effet placebo",
        ),
    ),
    "ru": (
        (
            "объясни тему «{t}» простыми словами, с примером",
            "Нужно подробное объяснение темы "
            "«{t}»: ключевые идеи, частое заблуждение и конкретный пример.",
            "Какие плюсы и минусы у темы «{t}»? Подробно.",
            "Напиши короткое эссе (около 400 слов) на тему «{t}».",
        ),
        (
            "сложные проценты",
            "как работают вакцины",
            "причины Французской революции",
            "переговоры о зарплате",
            "разница между TCP и UDP",
            "как образуются чёрные дыры",
            "фотосинтез",
            "инфляция и сбережения",
            "стоицизм",
            "эффект плацебо",
        ),
    ),
    "zh": (
        (
            "能用简单的例子给我讲讲{t}吗？",
            "请详细解释{t}：包括核心概念、一个常见误解和一个具体例子。",
            "{t}有哪些优点和缺点？请详细说明。",
            "写一篇400字左右的短文，主题是{t}。",
        ),
        (
            "复利",
            "疫苗的工作原理",
            "法国大革命的起因",
            "如何谈薪资",
            "TCP和UDP的区别",
            "黑洞是如何形成的",
            "光合作用",
            "通货膨胀对储蓄的影响",
            "斯多葛哲学",
            "安慰剂效应",
            "博弈论",
        ),
    ),
    "ja": (
        (
            "{t}について、簡単な例を使って説明してもらえますか？",
            "{t}について詳しく説明してください。要点、よくある誤解、具体例を含めてください。",
            "{t}のメリットとデメリットを詳しく教えてください。",
            "{t}について400字程度の短い文章を書いてください。",
        ),
        (
            "複利",
            "ワクチンの仕組み",
            "フランス革命の原因",
            "給与交渉のコツ",
            "TCPとUDPの違い",
            "ブラックホールのでき方",
            "光合成",
            "インフレと貯金",
            "ストア哲学",
            "プラセボ効果",
        ),
    ),
    "hi": (
        (
            "{t} ko simple example ke saath samjha do please",
            "mujhe {t} ke baare mein detail "
            "mein samjhao - main points, ek common galatfehmi aur ek example",
            "{t} ke pros aur cons kya hain? detail mein batao",
            "{t} par 400 words ka ek short essay likho",
        ),
        (
            "compound interest",
            "vaccines kaise kaam karti hain",
            "French Revolution ke kaaran",
            "salary negotiation",
            "TCP aur UDP ka difference",
            "black holes kaise bante hain",
            "photosynthesis",
            "inflation aur savings",
            "stock market basics",
            "placebo effect",
        ),
    ),
    "id": (
        (
            "bisa jelaskan {t} dengan contoh sederhana?",
            "Tolong jelaskan secara rinci tentang "
            "{t}: ide utama, satu kesalahpahaman umum, dan contoh konkret.",
            "Apa kelebihan dan kekurangan {t}? Jelaskan dengan lengkap.",
            "Tulis esai singkat (sekitar 400 kata) tentang {t}.",
        ),
        (
            "bunga majemuk",
            "cara kerja vaksin",
            "penyebab Revolusi Prancis",
            "cara negosiasi gaji",
            "perbedaan TCP dan UDP",
            "bagaimana lubang hitam terbentuk",
            "fotosintesis",
            "inflasi dan tabungan",
            "filsafat Stoa",
            "efek plasebo",
        ),
    ),
    "vi": (
        (
            "giải thích giúp mình {t} bằng ví dụ đơn giản nhé?",
            "Hãy giải thích chi tiết về {t}: ý chính, một hiểu lầm phổ biến và một ví dụ cụ thể.",
            "{t} có ưu và nhược điểm gì? Trả lời chi tiết.",
            "Viết một bài luận ngắn (khoảng 400 từ) về {t}.",
        ),
        (
            "lãi kép",
            "cách vắc-xin hoạt động",
            "nguyên nhân Cách mạng Pháp",
            "cách thương lượng lương",
            "sự khác nhau giữa TCP và UDP",
            "lỗ đen hình thành thế nào",
            "quang hợp",
            "lạm phát và tiền tiết kiệm",
            "chủ nghĩa khắc kỷ",
            "hiệu ứng giả dược",
        ),
    ),
}
CASUAL_LANGS = tuple(_CASUAL)


def casual_request(rng: Rng, lang: str) -> str:
    forms, topics = _CASUAL[lang]
    return pick(rng, forms).replace("{t}", pick(rng, topics))


def task_sheet_request(rng: Rng, lang: str, task_no: int) -> str:
    """A crowd worker typing a request from the operator's task sheet, with typing habits."""
    text = (
        casual_request(rng, lang) if chance(rng, 0.8) or lang != "en" else general_instruction(rng)
    )
    if chance(rng, 0.12):
        text = f"Task {task_no}: {text}"
    if chance(rng, 0.3):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.2):
        text = text.rstrip("?.!") + pick(rng, ("", " ??", " pls", " thanks", "!!"))
    return text


FOLLOW_UPS = (
    "can you expand on the second point?",
    "make that shorter, three bullet points max",
    "now give me a concrete example",
    "why?",
    "translate your last answer into Spanish",
    "what would a critic say about this?",
    "ok and what about the edge cases",
    "rewrite it in a more formal tone",
    "thanks! can you turn this into a table?",
    "are you sure? double-check your reasoning",
    "go deeper on the part about the trade-offs",
    "explain it again but for a beginner",
    "give me 3 alternatives",
    "continue",
    "what sources would support this?",
    "summarise everything so far in one paragraph",
)


# --------------------------------------------------------------------------------------------
# writing-assistant product wrapper (a real product's template)

_MODES = ("Improve", "Continue", "Ask", "Summarise", "Shorten")


def product_prompt(rng: Rng, brand: str, text: str, mode: str | None = None) -> str:
    mode = mode or pick(rng, _MODES)
    tone = pick(rng, ("neutral", "friendly", "professional", "confident"))
    return f"{brand} assistant | mode: {mode} | tone: {tone}\n---\n{text}"


# --------------------------------------------------------------------------------------------
# benign: QA grading of a company's own bot


def qa_review(rng: Rng, bot: str, chat: list[str], passages: list[str]) -> str:
    q = trim(rng, pick(rng, chat), 40, 500)
    a = trim(rng, pick(rng, passages), 200, 900)
    ver = f"{irange(rng, 2, 4)}.{irange(rng, 0, 12)}"
    if chance(rng, 0.6):
        return (
            f"QA review: {bot} v{ver}\nRubric: (1) resolved the customer's issue (2) followed the "
            f"refund and privacy policy (3) tone (4) no invented details.\nScore each 1-5 and list "
            f"concrete fixes for the prompt team.\n\nCustomer: {q}\n{bot}: {a}"
        )
    b = trim(rng, pick(rng, passages), 200, 900)
    return (
        f"Regression check {bot} v{ver} (old) vs candidate. Which reply serves the customer "
        f"better? Answer old, new or same, with one paragraph of reasons.\n\nCustomer: {q}\n"
        f"Old: {a}\nNew: {b}"
    )


# --------------------------------------------------------------------------------------------
# benign: community-guideline moderation rewrite

_POSTS = {
    "ar": (
        "هذا المطعم أسوأ مكان في المدينة والموظفون أغبياء تمامًا",
        "لا تصدقوا هذا الطبيب، إنه لص",
        "كل من يدعم هذا الفريق لا يفهم شيئًا في كرة القدم",
    ),
    "id": (
        "Admin toko ini penipu, jangan ada yang beli di sini!!",
        "Orang-orang di kompleks itu memang bodoh semua",
        "Pemerintah kota ini isinya maling semua",
    ),
    "tr": (
        "Bu kargo şirketi tam bir rezalet, çalışanları da beyinsiz",
        "Bu hakem maçı sattı, herkes biliyor",
        "Bu mahalledeki insanlar hiç terbiye görmemiş",
    ),
    "es": (
        "Este taller mecánico es una estafa y el dueño un ladrón",
        "Los de ese barrio son todos unos vagos",
        "El árbitro estaba comprado, vergüenza total",
    ),
}


def moderation_prompt(rng: Rng, platform: str, lang: str, chat: list[str]) -> str:
    post = trim(rng, pick(rng, chat), 20, 400) if lang == "en" else pick(rng, _POSTS[lang])
    handle = f"@{pick(rng, NAMES).lower()}{irange(rng, 1, 9999)}"
    post = f"#{irange(rng, 10**7, 10**8 - 1)} by {handle}: {post}"
    return (
        f"Community guidelines check ({platform}, locale {lang}). The post below was reported. "
        "1) Which guideline, if any, does it break? 2) If it breaks one, rewrite it so it can stay "
        "up while keeping the author's point. Reply in the post's language, JSON with keys "
        f"guideline, severity, rewrite.\n\nPost: {post}"
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

COMPANION_LINES = (
    "hey, I'm back",
    "I had such a long day at work",
    "do you remember what I told you about my sister?",
    "I can't sleep again",
    "tell me something that will make me smile",
    "what should I cook tonight",
    "my exam went better than I thought!!",
    "I feel kind of lonely today",
    "good morning :)",
    "let's play twenty questions",
    "I think I'm going to quit my job",
    "what do you dream about",
    "my cat knocked over the plant again lol",
    "can you tell me a story about a lighthouse",
    "I'm nervous about the date tomorrow",
    "ok goodnight, talk tomorrow",
)
COMPANION_LINES_ES = (
    "hola, ya volví",
    "hoy fue un día muy largo",
    "no puedo dormir otra vez",
    "cuéntame algo que me haga sonreír",
    "mañana tengo una cita y estoy nervioso",
)
COMPANION_LINES_PT = (
    "oi, voltei",
    "hoje foi um dia cansativo",
    "não consigo dormir de novo",
    "me conta uma história",
    "tô ansiosa com a entrevista de amanhã",
)
COMPANION_LINES_ID = (
    "hai, aku balik lagi",
    "hari ini capek banget",
    "aku nggak bisa tidur",
    "ceritain sesuatu yang lucu dong",
    "besok aku ada wawancara kerja",
)


# --------------------------------------------------------------------------------------------
# benign: course cohort

COURSE_QUESTIONS = (
    "the difference between precision and recall",
    "why my pandas groupby returns NaN for some groups",
    "what a p-value actually means in question 2",
    "how to choose k in k-means (the elbow method)",
    "why we split data into train, validation and test sets",
    "what regularisation does in logistic regression",
    "how to read a confusion matrix",
    "when to use a left join instead of an inner join",
    "what overfitting looks like in the learning curves plot",
    "how a decision tree chooses its splits",
    "the difference between bagging and boosting",
    "why standardising features matters for k-nearest neighbours",
    "how to interpret the coefficients of a linear regression",
    "what cross-validation is for",
)
_STUDENT = {
    "en": (
        "hey, for the week {w} assignment, can you explain {q}?",
        "I don't get {q}. can you explain with a small example?",
        "explain {q} simply please, it's for my homework",
        "in my course we're doing {q} and I'm confused, help",
    ),
    "es": (
        "para la tarea de la semana {w}, ¿me explicas {q}?",
        "no entiendo {q}, ¿me lo explicas con un ejemplo?",
    ),
    "pt": (
        "pra tarefa da semana {w}, pode explicar {q}?",
        "não entendi {q}, explica com um exemplo?",
    ),
    "hi": (
        "week {w} assignment ke liye {q} samjha do please",
        "mujhe {q} samajh nahi aaya, example ke saath batao",
    ),
}


def student_question(rng: Rng, lang: str, week: int) -> str:
    return pick(rng, _STUDENT[lang]).format(w=week, q=pick(rng, COURSE_QUESTIONS))


# --------------------------------------------------------------------------------------------
# benign: marketing agency and translation shop

_AGENCY = {
    "en": (
        "Write {n} Instagram captions for {client}, a {biz} in {city}. Tone: {tone}. Include "
        "three hashtags each.",
        "Draft 15 Google Ads headlines (max 30 characters) and 4 "
        "descriptions for {client}'s spring offer. They are a {biz} in {city}.",
        "Rewrite this product description for SEO for {client} ({biz}); keep it under 120 words:"
        "\n{text}",
    ),
    "de": (
        "Schreibe {n} Instagram-Texte für {client}, ein(e) {biz} in {city}. Ton: {tone}. Je "
        "drei Hashtags.",
        "Entwirf 15 Google-Ads-Überschriften (max. 30 Zeichen) für das "
        "Frühjahrsangebot von {client} ({biz}, {city}).",
    ),
    "es": (
        "Escribe {n} textos para Instagram de {client}, un(a) {biz} en {city}. Tono: {tone}. "
        "Tres hashtags en cada uno.",
        "Redacta 15 titulares de Google Ads (máx. 30 caracteres) "
        "para la oferta de primavera de {client} ({biz}, {city}).",
    ),
    "fr": (
        "Rédige {n} légendes Instagram pour {client}, un(e) {biz} à {city}. Ton : {tone}. "
        "Trois hashtags chacune.",
        "Propose 15 titres Google Ads (30 caractères max.) pour "
        "l'offre de printemps de {client} ({biz}, {city}).",
    ),
}
_BIZ = (
    "bakery",
    "dental clinic",
    "yoga studio",
    "bike shop",
    "law firm",
    "coffee roaster",
    "hair salon",
    "car dealership",
    "language school",
    "boutique hotel",
)


def agency_prompt(rng: Rng, lang: str, client: str, biz: str, city: str, chat: list[str]) -> str:
    return (
        pick(rng, _AGENCY[lang])
        .replace("{n}", str(irange(rng, 5, 12)))
        .replace("{client}", client)
        .replace("{biz}", biz)
        .replace("{city}", city)
        .replace("{tone}", pick(rng, ("playful", "premium", "warm", "straightforward")))
        .replace("{text}", trim(rng, pick(rng, chat), 80, 500))
    )


def agency_business(rng: Rng) -> str:
    return pick(rng, _BIZ)


_TARGETS = (
    "de-DE",
    "fr-FR",
    "ja-JP",
    "pt-BR",
    "es-ES",
    "it-IT",
    "zh-CN",
    "ko-KR",
    "nl-NL",
    "pl-PL",
)
_GLOSS = (
    "checkout",
    "dashboard",
    "workspace",
    "billing cycle",
    "seat",
    "invoice",
    "sandbox",
    "webhook",
)


def cat_segment(rng: Rng, target: str, passages: list[str], project: str) -> str:
    sentences = [
        x.strip() for x in pick(rng, passages).replace("\n", " ").split(". ") if len(x.strip()) > 20
    ]
    if sentences:
        first = irange(rng, 0, len(sentences) - 1)
        seg = ". ".join(sentences[first : first + irange(rng, 1, 2)]).rstrip(".") + "."
    else:
        seg = trim(rng, pick(rng, passages), 40, 300)
    return (
        f"Translate the segment from en-US to {target}. Project {project}. Follow the glossary, keep "
        "tags such as <b></b> and {0} unchanged, return only the translation.\nGlossary: "
        f"{pick(rng, _GLOSS)} = (client term)\nSegment: {seg}"
    )


def cat_target(rng: Rng) -> str:
    return pick(rng, _TARGETS)

"""Prompt generators of blind batch 210, written for this batch (no prompt text is taken from
elsewhere in the repository). Ordinary human text comes from ShareGPT's "sim" half through the
shared context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers).

Every generator takes the caller's numpy Generator, so each family or kind draws its own text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "pl": "Polish",
    "nl": "Dutch",
    "sv": "Swedish",
    "uk": "Ukrainian",
    "th": "Thai",
}


def weighted(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def clip_text(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    if len(text) <= n:
        return text
    cut = text[:n]
    space = cut.rfind(" ")
    return cut[:space] if space > n // 2 else cut


# ============================================================================================
# reasoning problems (numbers drawn per call), in five languages

PEOPLE = ("Ana", "Kofi", "Lin", "Mateo", "Priya", "Sven", "Yuki", "Omar", "Chloe", "Ivan", "Zara")


def _p_work(rng, lang):
    a, b = pick(rng, PEOPLE), pick(rng, PEOPLE[::-1])
    x, y = irange(rng, 3, 12), irange(rng, 4, 15)
    job = irange(rng, 0, 2)
    t = {
        "en": (
            f"{a} can tile a bathroom floor in {x} hours and {b} can do it in {y} hours. "
            f"If they work together but {b} takes a {irange(rng, 20, 50)}-minute break, "
            "how long does the job take?",
            f"A tap fills a tank in {x} hours and a drain empties it in {x + y} hours. "
            "Starting empty with both open, when is the tank full?",
            f"{a} types a report in {x} hours, {b} in {y}. They split the pages so they finish "
            "at the same moment. What fraction does each type and how long does it take?",
        ),
        "es": (
            f"{a} puede pintar una valla en {x} horas y {b} en {y} horas. "
            "Si trabajan juntos, ¿cuánto tardan en terminar?",
            f"Un grifo llena un depósito en {x} horas y un desagüe lo vacía en {x + y} horas. "
            "Si ambos están abiertos desde el principio, ¿cuándo se llena?",
            f"{a} tarda {x} horas en corregir unos exámenes y {b} tarda {y}. "
            "¿Qué parte debe corregir cada uno para acabar a la vez?",
        ),
        "de": (
            f"{a} streicht einen Zaun in {x} Stunden, {b} braucht dafür {y} Stunden. "
            "Wie lange brauchen beide gemeinsam?",
            f"Ein Zulauf füllt ein Becken in {x} Stunden, ein Abfluss leert es in {x + y} Stunden. "
            "Nach welcher Zeit ist das leere Becken voll, wenn beide offen sind?",
            f"{a} braucht {x} Stunden für eine Übersetzung, {b} {y} Stunden. "
            "Wie teilen sie die Arbeit auf, damit sie gleichzeitig fertig sind?",
        ),
        "zh": (
            f"{a}单独完成一项工程需要{x}天，{b}单独完成需要{y}天。两人合作需要几天完成？",
            f"一个水池，进水管{x}小时可以注满，排水管{x + y}小时可以排空。两管同时打开，几小时能注满空池？",
            f"甲打一份文件需要{x}小时，乙需要{y}小时。两人同时开始并同时结束，各打多少？",
        ),
        "ru": (
            f"{a} может покрасить забор за {x} часов, а {b} — за {y} часов. "
            "За сколько часов они покрасят его вместе?",
            f"Одна труба наполняет бассейн за {x} часов, другая опустошает его за {x + y} часов. "
            "Через сколько часов пустой бассейн наполнится, если открыть обе?",
            f"{a} набирает текст за {x} часов, {b} — за {y}. Как разделить работу, "
            "чтобы закончить одновременно?",
        ),
    }
    return t[lang][job]


def _p_mix(rng, lang):
    v, p = irange(rng, 10, 80), irange(rng, 12, 40)
    q = irange(rng, 3, p - 2)
    t = {
        "en": f"A {v}-litre container holds brine that is {p}% salt. How many litres of pure water "
        f"must be added so that the concentration drops to {q}%?",
        "es": f"Un recipiente de {v} litros contiene salmuera al {p}% de sal. ¿Cuántos litros de agua "
        f"pura hay que añadir para que la concentración baje al {q}%?",
        "de": f"Ein Behälter enthält {v} Liter Salzlösung mit {p}% Salz. Wie viele Liter reines Wasser "
        f"muss man hinzufügen, damit die Konzentration auf {q}% sinkt?",
        "zh": f"容器中有{v}升含盐{p}%的盐水，需要加入多少升清水才能使浓度降到{q}%？",
        "ru": f"В сосуде {v} литров раствора соли концентрацией {p}%. Сколько литров чистой воды "
        f"нужно добавить, чтобы концентрация стала {q}%?",
    }
    return t[lang]


def _p_dice(rng, lang):
    s, k = irange(rng, 6, 11), irange(rng, 1, 6)
    t = {
        "en": f"Two fair six-sided dice are rolled. Given that at least one die shows a {k}, what is "
        f"the probability that the total is at least {s}?",
        "es": f"Se lanzan dos dados justos. Sabiendo que al menos uno muestra un {k}, ¿cuál es la "
        f"probabilidad de que la suma sea al menos {s}?",
        "de": f"Zwei faire Würfel werden geworfen. Mindestens einer zeigt eine {k}. Wie groß ist die "
        f"Wahrscheinlichkeit, dass die Augensumme mindestens {s} beträgt?",
        "zh": f"同时掷两枚均匀的骰子，已知至少有一枚是{k}点，求点数之和不小于{s}的概率。",
        "ru": f"Бросают две честные игральные кости. Известно, что хотя бы на одной выпало {k}. "
        f"Какова вероятность, что сумма не меньше {s}?",
    }
    return t[lang]


def _p_count(rng, lang):
    n = int(pick(rng, (100, 250, 500, 1000, 2026, 3000)))
    a, b = pick(rng, (2, 3, 4, 5)), pick(rng, (6, 7, 9, 11))
    c = pick(rng, (10, 12, 13, 15))
    t = {
        "en": f"How many integers from 1 to {n} are divisible by {a} or {b} but not by {c}?",
        "es": f"¿Cuántos enteros entre 1 y {n} son divisibles por {a} o por {b} pero no por {c}?",
        "de": f"Wie viele ganze Zahlen von 1 bis {n} sind durch {a} oder {b}, aber nicht durch {c} "
        "teilbar?",
        "zh": f"在1到{n}的整数中，能被{a}或{b}整除但不能被{c}整除的数有多少个？",
        "ru": f"Сколько целых чисел от 1 до {n} делятся на {a} или на {b}, но не делятся на {c}?",
    }
    return t[lang]


def _p_trains(rng, lang):
    d = irange(rng, 120, 600)
    v1, v2 = irange(rng, 40, 120), irange(rng, 40, 120)
    vb = max(v1, v2) + irange(rng, 20, 90)
    t = {
        "en": f"Two trains start {d} km apart and head toward each other at {v1} km/h and {v2} km/h. "
        f"A drone flies back and forth between them at {vb} km/h until they meet. "
        "How far does the drone travel?",
        "es": f"Dos trenes parten a {d} km de distancia y se acercan a {v1} km/h y {v2} km/h. Un "
        f"dron vuela entre ellos a {vb} km/h hasta que se cruzan. ¿Qué distancia recorre?",
        "de": f"Zwei Züge sind {d} km voneinander entfernt und fahren mit {v1} km/h und {v2} km/h "
        f"aufeinander zu. Eine Drohne pendelt mit {vb} km/h zwischen ihnen. Welche Strecke "
        "legt sie zurück, bis sich die Züge treffen?",
        "zh": f"两列火车相距{d}千米，分别以每小时{v1}千米和{v2}千米相向而行。一架无人机以每小时{vb}"
        "千米在两车之间来回飞行，直到两车相遇。无人机一共飞了多少千米？",
        "ru": f"Два поезда находятся в {d} км друг от друга и едут навстречу со скоростями {v1} и "
        f"{v2} км/ч. Дрон летает между ними со скоростью {vb} км/ч. Какое расстояние он "
        "пролетит до встречи поездов?",
    }
    return t[lang]


def _p_logic(rng, lang):
    a, b, c = (str(x) for x in rng.permutation(PEOPLE)[:3])
    t = {
        "en": f"{a}, {b} and {c} each own exactly one pet: a cat, a dog or a parrot. {a} is allergic "
        f"to fur. {b} walks their pet every morning. Who owns which pet? Justify each deduction.",
        "es": f"{a}, {b} y {c} tienen cada uno una mascota: un gato, un perro o un loro. {a} es "
        f"alérgico al pelo. {b} saca a pasear a su mascota cada mañana. ¿Quién tiene cuál?",
        "de": f"{a}, {b} und {c} haben je ein Haustier: Katze, Hund oder Papagei. {a} ist allergisch "
        f"gegen Tierhaare. {b} geht jeden Morgen mit dem Tier spazieren. Wer hat welches Tier?",
        "zh": f"{a}、{b}、{c}三人各养一只宠物：猫、狗、鹦鹉。{a}对动物毛发过敏，{b}每天早上遛宠物。"
        "请问谁养了什么？",
        "ru": f"У {a}, {b} и {c} по одному питомцу: кошка, собака или попугай. У {a} аллергия на "
        f"шерсть. {b} каждое утро выгуливает питомца. У кого какой питомец?",
    }
    return t[lang]


def _p_rect(rng, lang):
    p, k = irange(rng, 24, 140), irange(rng, 2, 5)
    t = {
        "en": f"A rectangle has a perimeter of {p} cm and its length is {k} times its width. "
        "Find the length of its diagonal, exactly and to two decimals.",
        "es": f"Un rectángulo tiene {p} cm de perímetro y su largo es {k} veces su ancho. "
        "Calcula la diagonal.",
        "de": f"Ein Rechteck hat den Umfang {p} cm, die Länge ist das {k}-Fache der Breite. "
        "Wie lang ist die Diagonale?",
        "zh": f"一个长方形周长为{p}厘米，长是宽的{k}倍，求对角线的长度。",
        "ru": f"Периметр прямоугольника {p} см, длина в {k} раза больше ширины. Найдите диагональ.",
    }
    return t[lang]


def _p_code(rng, lang):
    n = irange(rng, 5, 30)
    m = irange(rng, 2, 7)
    body = pick(
        rng,
        (
            f"def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {m} == 0:\n"
            "            s += i * i\n        else:\n            s -= i\n    return s",
            f"def f(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, (a + b) % {m + 7}\n"
            "    return a",
            f"def f(n):\n    xs = [i for i in range(n) if bin(i).count('1') == {m % 4 + 1}]\n"
            "    return sum(xs), len(xs)",
        ),
    )
    ask = {
        "en": f"What does f({n}) return? Trace the loop by hand.",
        "es": f"¿Qué devuelve f({n})? Sigue el bucle a mano.",
        "de": f"Was gibt f({n}) zurück? Verfolge die Schleife von Hand.",
        "zh": f"f({n}) 的返回值是什么？请手动追踪循环。",
        "ru": f"Что вернёт f({n})? Проследите цикл вручную.",
    }
    return f"{ask[lang]}\n```python\n{body}\n```"


PROBLEMS = (_p_work, _p_mix, _p_dice, _p_count, _p_trains, _p_logic, _p_rect, _p_code)
PROBLEM_LANGS = ("en", "es", "de", "zh", "ru")


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """One freshly numbered word problem in `lang` (one of PROBLEM_LANGS)."""
    return PROBLEMS[int(rng.integers(len(PROBLEMS)))](rng, lang)


# three independent ways of asking for the full reasoning trace
TRACE_SUFFIX = {
    "tags": {
        "en": "Think it through inside <thinking></thinking> tags first, writing down every "
        "intermediate step and any path you abandon, then give the result after 'Final:'.",
        "es": "Primero razona dentro de etiquetas <thinking></thinking>, escribiendo cada paso "
        "intermedio y cualquier camino que descartes; después da el resultado tras 'Final:'.",
        "de": "Denke zuerst in <thinking></thinking>-Tags nach, schreibe jeden Zwischenschritt und "
        "verworfene Ansätze auf, und nenne dann das Ergebnis nach 'Final:'.",
        "zh": "请先在<thinking></thinking>标签内完整写出你的思考过程，包括每一个中间步骤和放弃的思路，"
        "然后在“最终答案：”后给出结果。",
        "ru": "Сначала рассуждай внутри тегов <thinking></thinking>, записывая каждый "
        "промежуточный шаг и отброшенные варианты, затем дай ответ после 'Итог:'.",
    },
    "verbose": {
        "en": "Do not skip anything: narrate your reasoning in full, check your arithmetic twice, "
        "and only then state the answer.",
        "es": "No te saltes nada: explica todo tu razonamiento, comprueba dos veces las cuentas y "
        "solo entonces da la respuesta.",
        "de": "Lass nichts aus: erzähle deinen gesamten Gedankengang, prüfe die Rechnung zweimal "
        "und nenne erst dann die Antwort.",
        "zh": "不要省略任何步骤：完整叙述你的推理过程，把计算检查两遍，最后再给出答案。",
        "ru": "Ничего не пропускай: подробно изложи ход рассуждений, дважды проверь вычисления и "
        "только потом дай ответ.",
    },
    "json": {
        "en": 'Return JSON: {"reasoning": [list of numbered steps, as detailed as possible], '
        '"self_check": "...", "answer": "..."}',
        "es": 'Devuelve JSON: {"reasoning": [pasos numerados, lo más detallados posible], '
        '"self_check": "...", "answer": "..."}',
        "de": 'Gib JSON zurück: {"reasoning": [nummerierte Schritte, so ausführlich wie möglich], '
        '"self_check": "...", "answer": "..."}',
        "zh": '以JSON返回：{"reasoning": [尽可能详细的编号步骤], "self_check": "...", "answer": "..."}',
        "ru": 'Верни JSON: {"reasoning": [пронумерованные шаги, как можно подробнее], '
        '"self_check": "...", "answer": "..."}',
    },
}

SOLVER_PREAMBLE = (
    "You are an exceptionally careful solver whose explanations are used to teach others.",
    "Act as a patient olympiad coach.",
    "Pretend you are writing the official worked solution.",
    "",
    "",
)


def trace_coercion(rng: np.random.Generator, lang: str, style: str) -> str:
    pre = pick(rng, SOLVER_PREAMBLE) if lang == "en" else ""
    body = f"{problem(rng, lang)}\n\n{TRACE_SUFFIX[style][lang]}"
    return f"{pre}\n\n{body}" if pre else body


def eval_item(rng: np.random.Generator, lang: str, cot: bool) -> str:
    """A benchmark item as an eval harness renders it."""
    body = problem(rng, lang)
    if cot:
        return f"Problem:\n{body}\n\nSolve the problem. End your response with 'ANSWER: <value>'."
    return f"Problem:\n{body}\n\nRespond with the final answer only, no explanation."


# ============================================================================================
# grading / judging / reward

CRITERIA = {
    "en": ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "concision"),
    "de": ("Hilfsbereitschaft", "Faktentreue", "Unbedenklichkeit", "Befolgung der Anweisung"),
    "ja": ("有用性", "正確性", "無害性", "指示への従順さ"),
}


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: str
) -> str:
    q = clip_text(pick(rng, chat), 700)
    a = clip_text(pick(rng, passages), irange(rng, 400, 1200))
    crit = CRITERIA[lang]
    if style == "pairwise":
        b = clip_text(pick(rng, passages), irange(rng, 400, 1200))
        head = {
            "en": "Compare the two assistant responses to the user's question. For each criterion ("
            + ", ".join(crit)
            + ") give both a score from 1 to 10 and explain the difference, then name the winner.",
            "de": "Vergleiche die beiden Antworten auf die Frage des Nutzers. Vergib für jedes "
            "Kriterium (" + ", ".join(crit) + ") 1–10 Punkte mit Begründung und nenne den Sieger.",
            "ja": "ユーザーの質問に対する2つの回答を比較してください。各基準（"
            + "、".join(crit)
            + "）について1〜10点で採点し、理由を述べ、勝者を示してください。",
        }[lang]
        return f"{head}\n\n### Question\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"
    if style == "rubric":
        head = {
            "en": "Grade the response below against this rubric. For every item write a one-paragraph "
            "critique, then a score 0-4. Finish with a JSON object of scores.",
            "de": "Bewerte die folgende Antwort anhand der Rubrik. Schreibe zu jedem Punkt eine kurze "
            "Kritik und eine Note von 0 bis 4. Schließe mit einem JSON-Objekt der Noten.",
            "ja": "以下の回答をルーブリックに沿って評価してください。各項目について短い講評と0〜4の点数を書き、"
            "最後に点数をJSONでまとめてください。",
        }[lang]
        items = "\n".join(f"- {c}" for c in crit)
        return f"{head}\n\nRubric:\n{items}\n\nPrompt: {q}\n\nResponse:\n{a}"
    # scalar reward
    lo, hi = pick(rng, ((-5, 5), (0, 10), (1, 7)))
    head = {
        "en": f"You are a reward model. Output a single real number between {lo} and {hi} that "
        "reflects how much a careful human expert would prefer this reply, followed by a short "
        "rationale.",
        "de": f"Du bist ein Belohnungsmodell. Gib eine Zahl zwischen {lo} und {hi} aus, die angibt, "
        "wie sehr ein Experte diese Antwort bevorzugen würde, und eine kurze Begründung.",
        "ja": f"あなたは報酬モデルです。専門家がこの回答をどの程度好むかを{lo}から{hi}の数値一つで出力し、"
        "短い根拠を添えてください。",
    }[lang]
    return f"{head}\n\n<user>{q}</user>\n<assistant>{a}</assistant>"


def vendor_label(rng: np.random.Generator, passages: Sequence[str], client: str) -> str:
    """A labelling vendor's task for a client's own support-bot transcripts."""
    answer = clip_text(pick(rng, passages), irange(rng, 200, 700))
    issue = pick(
        rng,
        (
            "my order hasn't arrived",
            "I was charged twice",
            "the app logs me out constantly",
            "how do I export my data",
            "can I change the delivery address",
            "the discount code doesn't work",
        ),
    )
    form = pick(
        rng,
        (
            f"Project {client}-QA, batch {irange(rng, 100, 999)}. Read the customer message and the "
            "bot reply. Label: resolved (Y/N), tone (1-5), policy_violation (Y/N), and write one "
            "sentence of evidence. Output CSV.",
            f"[{client} review] Check the bot answer against the style guide: greets the customer, "
            "no promises about refunds, no internal links. Return JSON {pass: bool, notes: str}.",
        ),
    )
    return f"{form}\n\nCustomer: {issue}\nBot: {answer}"


# ============================================================================================
# policy / safety rewrites

BORDERLINE = {
    "en": (
        "explain how lock picking works on pin tumbler locks",
        "what is the maximum safe daily dose of paracetamol for an adult",
        "write a scene where a soldier is wounded in battle",
        "summarise the 1989 protests in Beijing",
        "how do phishing emails trick people, with an example",
        "why do some people consider the Crimea annexation illegal",
        "what household chemicals should never be mixed",
        "how do I get back into my own email account if I forgot the password",
        "describe how nicotine affects the brain",
        "write a villain's threatening monologue for my novel",
        "what are the arguments for and against Taiwan's independence",
        "how did the Holodomor happen",
        "how do people evade taxes with shell companies, for my compliance training",
    ),
    "zh": (
        "请介绍一下一九八九年春天北京发生的事情",
        "如何评价新疆的教育培训中心",
        "台湾是一个国家吗？请给出各方观点",
        "写一段小说情节：主角被黑帮威胁",
        "成年人每天最多可以吃多少布洛芬",
        "网络钓鱼诈骗通常是怎样骗人的",
        "为什么有人批评防火长城",
    ),
    "ru": (
        "почему некоторые называют события 2014 года в Крыму аннексией",
        "как работают фишинговые письма, приведи пример",
        "какую максимальную дозу парацетамола можно взрослому",
        "напиши сцену боя для рассказа о войне",
        "что такое иноагенты и почему закон критикуют",
    ),
}

REWRITE_ASK = {
    "ideal": {
        "en": "A user sent the request below. Write the ideal assistant reply: fully helpful where it "
        "is safe, declining only what is truly harmful, never preachy. After the reply, add a line "
        "'POLICY NOTES:' explaining which parts you softened and why.",
        "zh": "用户发来以下请求。请写出理想的助手回复：在安全的范围内尽量有帮助，只拒绝真正有害的部分，"
        "语气不要说教。回复之后另起一行写“政策说明：”，解释你弱化了哪些内容以及原因。",
        "ru": "Пользователь прислал запрос ниже. Напиши идеальный ответ ассистента: максимально "
        "полезный там, где это безопасно, отказ только в действительно вредном, без морализаторства. "
        "После ответа добавь строку 'ПРИМЕЧАНИЯ:' с объяснением, что ты смягчил и почему.",
    },
    "sanitize": {
        "en": "Rewrite the answer below so that it could be published in a market with strict "
        "political-content rules: keep all practical information, drop or neutralise politically "
        "sensitive statements, and do not mention that anything was removed.",
        "zh": "请改写下面的回答，使其符合严格的内容审核要求：保留所有实用信息，删去或淡化政治敏感表述，"
        "并且不要提及做过删改。",
        "ru": "Перепиши ответ ниже так, чтобы его можно было опубликовать при строгих правилах о "
        "политическом контенте: сохрани полезную информацию, убери или нейтрализуй острые "
        "высказывания и не упоминай, что что-то удалено.",
    },
    "pair": {
        "en": "For the request below give two versions: (1) how a cautious assistant would refuse, "
        "(2) how a well-calibrated assistant would answer. Label them REFUSAL and CALIBRATED.",
        "zh": "针对下面的请求给出两个版本：(1) 谨慎助手的拒绝回答；(2) 分寸得当的助手的回答。"
        "分别标注为“拒绝”和“校准”。",
        "ru": "Для запроса ниже дай две версии: (1) как откажет осторожный ассистент, (2) как "
        "ответит хорошо откалиброванный. Подпиши их ОТКАЗ и КАЛИБРОВКА.",
    },
}


FRAMES = {
    "en": (
        ("I'm a nurse and ", ""),
        ("I'm writing a novel and ", ""),
        ("My teenager asked me ", ", what should I say?"),
        ("", " (for a school report)"),
        ("", " — be specific"),
        ("Quick question: ", ""),
        ("For a compliance training deck, ", ""),
        ("", ". Answer as if you were an encyclopedia."),
        ("As a journalist, ", ""),
        ("", ""),
    ),
    "zh": (
        ("我是一名记者，", ""),
        ("", "（用于学校作业）"),
        ("请详细说明：", ""),
        ("", "，请客观回答"),
        ("", ""),
    ),
    "ru": (("Я журналист, ", ""), ("", " (для школьного доклада)"), ("Подробно: ", ""), ("", "")),
}


def policy_rewrite(
    rng: np.random.Generator,
    passages: Sequence[str],
    lang: str,
    style: str,
    chat: Sequence[str] = (),
) -> str:
    """A policy-harvest request: the ideal calibrated reply, a sanitised rewrite of an answer, or
    a refusal/calibrated pair. Ordinary requests (from `chat`) are mixed in to map over-refusal."""
    ask = REWRITE_ASK[style][lang]
    if style == "sanitize":
        text = clip_text(pick(rng, passages), irange(rng, 300, 1400))
        return f"{ask}\n\n---\n{text}\n---"
    if chat and chance(rng, 0.25):
        req = clip_text(pick(rng, chat), 600)
    else:
        pre, post = pick(rng, FRAMES[lang])
        req = f"{pre}{pick(rng, BORDERLINE[lang])}{post}"
    return f"{ask}\n\nRequest: {req}"


POSTS = (
    "you people are idiots if you think this update is good, devs should be fired",
    "selling my old bike, call me at 0176 5551 2290 or come to 14 Elm Street after 6",
    "this restaurant is a scam!!! the owner is a thief and a liar, avoid avoid avoid",
    "lol anyone who votes for that party deserves what they get",
    "mods are corrupt, they deleted my post because they're paid by the company",
    "this game is trash and so is everyone who plays it",
    "DM me for cheap followers, 1000 for $5, guaranteed real",
    "my neighbour keeps parking in my spot, I'm going to slash his tyres",
)


def community_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = pick(rng, POSTS) if chance(rng, 0.6) else clip_text(pick(rng, chat), 500)
    ask = {
        "en": "Rewrite this user post so it follows our community guidelines (no insults, no "
        "personal data, no spam, no threats). Keep the user's point and voice. If it cannot be "
        "salvaged, reply REMOVE and the rule number.",
        "es": "Reescribe esta publicación para que cumpla las normas de la comunidad (sin insultos, "
        "sin datos personales, sin spam). Conserva la idea del usuario. Si no es posible, responde "
        "REMOVE y el número de la norma.",
        "pt": "Reescreva esta publicação para seguir as regras da comunidade (sem insultos, sem dados "
        "pessoais, sem spam). Mantenha a ideia do usuário. Se não der, responda REMOVE e a regra.",
        "de": "Formuliere diesen Beitrag so um, dass er unseren Community-Richtlinien entspricht "
        "(keine Beleidigungen, keine persönlichen Daten, kein Spam). Wenn das nicht geht, "
        "antworte REMOVE und die Regelnummer.",
    }[lang]
    return f'{ask}\nPost id {irange(rng, 10**6, 10**7)}:\n"{post}"'


# ============================================================================================
# agents and tools

TOOLS = (
    ("web_search", "query: str"),
    ("fetch_url", "url: str"),
    ("python", "code: str"),
    ("read_file", "path: str"),
    ("write_file", "path: str, content: str"),
    ("sql", "query: str"),
    ("calendar_create", "title: str, start: str, minutes: int"),
    ("send_email", "to: str, subject: str, body: str"),
    ("shell", "cmd: str"),
    ("crm_lookup", "customer_id: str"),
)

AGENT_TASKS = {
    "en": (
        "Find the three cheapest direct flights from {c1} to {c2} next month and put them in a table.",
        "Our sales table has columns region, month, revenue. Find the region with the fastest growth "
        "in {y} and email a summary to ops@example.com.",
        "Download the CSV at https://data.example.org/{k}.csv, clean the missing values and plot "
        "a histogram of column 'amount'.",
        "Schedule a 30-minute sync with {n1} and {n2} on the first free weekday afternoon.",
        "Look up customer C-{k} and draft a reply to their latest complaint.",
        "The unit tests in tests/test_{k}.py fail. Find out why and fix the code.",
        "Compare the population growth of {c1} and {c2} over the last decade using two sources.",
    ),
    "es": (
        "Busca los tres vuelos directos más baratos de {c1} a {c2} el mes que viene y ponlos en una tabla.",
        "Consulta al cliente C-{k} y redacta una respuesta a su última queja.",
        "Agenda una reunión de 30 minutos con {n1} y {n2} la primera tarde libre.",
    ),
    "pt": (
        "Encontre os três voos diretos mais baratos de {c1} para {c2} no próximo mês.",
        "Analise a tabela de vendas e descubra qual região cresceu mais em {y}.",
    ),
    "de": (
        "Finde die drei günstigsten Direktflüge von {c1} nach {c2} im nächsten Monat.",
        "Die Tests in tests/test_{k}.py schlagen fehl. Finde die Ursache und behebe sie.",
    ),
}


def agent_task(rng: np.random.Generator, lang: str) -> str:
    c1, c2 = pick(rng, COUNTRIES), pick(rng, COUNTRIES)
    return pick(rng, AGENT_TASKS[lang]).format(
        c1=c1,
        c2=c2,
        y=irange(rng, 2019, 2025),
        k=irange(rng, 100, 99999),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
    )


def _tool_list(rng, k: int) -> list[tuple[str, str]]:
    idx = rng.permutation(len(TOOLS))[:k]
    return [TOOLS[i] for i in idx.tolist()]


def agent_trajectory(rng: np.random.Generator, lang: str, style: str) -> str:
    """An agent-transcript request, self-contained (style 'react', 'json') or short with the
    tool schema sent as a system message (style 'system')."""
    task = agent_task(rng, lang)
    tools = _tool_list(rng, irange(rng, 3, 6))
    if style == "react":
        spec = "\n".join(f"- {n}({a})" for n, a in tools)
        return (
            f"You can use these tools:\n{spec}\n\nTask: {task}\n\nWrite the complete trajectory in "
            "the format Thought: / Action: / Action Input: / Observation: (invent realistic "
            "observations) repeating until you can write Final Answer:. Use at least "
            f"{irange(rng, 3, 7)} tool calls."
        )
    if style == "json":
        spec = ", ".join(f'{{"name": "{n}", "args": "{a}"}}' for n, a in tools)
        return (
            f'{{"tools": [{spec}], "task": "{task}", "output": "a list of messages with roles '
            "user, assistant (with tool_calls), tool (with plausible results), ending with the "
            "assistant's final message\"}"
        )
    return task


def agent_followup(rng: np.random.Generator, tool: str) -> str:
    """A later step of an agent loop: the last message is a tool result."""
    result = pick(
        rng,
        (
            f'{{"status": "ok", "rows": {irange(rng, 0, 40)}, "elapsed_ms": {irange(rng, 5, 900)}}}',
            f'HTTP 200, {irange(rng, 2, 90)} kB, title: "{pick(rng, COUNTRIES)} statistics '
            f'{irange(rng, 2015, 2025)}"',
            'Traceback (most recent call last):\n  File "main.py", line '
            f"{irange(rng, 3, 200)}\nKeyError: '{pick(rng, ('amount', 'id', 'date', 'region'))}'",
            f"{irange(rng, 1, 12)} results: "
            + "; ".join(f"result {i}" for i in range(1, irange(rng, 3, 6))),
            "Event created.",
            "Email queued.",
        ),
    )
    return f"[tool:{tool}] {result}"


def coding_agent_step(rng: np.random.Generator, first: bool) -> str:
    """A coding-assistant product's agent loop (the repo context travels in the system message)."""
    if first:
        return pick(
            rng,
            (
                f"fix the failing test in test_{pick(rng, ('api', 'models', 'utils', 'billing'))}.py",
                "add pagination to the /orders endpoint",
                "why is the build failing on CI? see the log",
                f"refactor {pick(rng, ('UserService', 'parse_config', 'OrderRepo', 'useCart'))} "
                "to remove the duplicated logic",
                "write unit tests for the date helpers",
                "bump the lodash dependency and fix the breakages",
                "add a dark mode toggle to the settings page",
                "the migration fails on postgres 16, can you look",
            ),
        )
    tool = pick(rng, ("read_file", "run_tests", "grep", "apply_patch", "shell"))
    out = pick(
        rng,
        (
            f"{irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed",
            f"src/{pick(rng, ('api', 'lib', 'core', 'app'))}/{pick(rng, ('index', 'main', 'views'))}"
            f".{pick(rng, ('ts', 'py', 'go'))}: {irange(rng, 20, 600)} lines",
            "patch applied cleanly",
            f"error TS2345: Argument of type 'string' is not assignable (line {irange(rng, 1, 300)})",
            f"{irange(rng, 0, 14)} matches",
        ),
    )
    return f'<tool_result name="{tool}">{out}</tool_result>'


# ============================================================================================
# synthetic datasets

DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "customer service for airlines",
    "Kubernetes",
    "medieval history",
    "nutrition",
    "contract law",
    "SQL optimisation",
    "climate science",
    "job interviews",
    "travel in Japan",
    "pet care",
    "linear algebra",
    "cybersecurity basics",
    "gardening",
    "mental health support",
    "startup fundraising",
    "music theory",
    "tax filing",
    "React hooks",
    "supply chain",
    "first aid",
    "astronomy",
    "real estate",
)

DATA_KIND = {
    "en": (
        ("instruction-response pairs", "JSONL with keys instruction, input, output"),
        ("multi-turn chats between a user and an expert assistant", "JSON list of conversations"),
        (
            "hard multiple-choice questions with explanations",
            "JSONL with question, options, answer, explanation",
        ),
        ("user questions with ideal, detailed answers", "markdown, one ### per item"),
    ),
    "zh": (
        ("指令-回答对", "JSONL，字段为 instruction、input、output"),
        ("用户提问及详细的理想回答", "JSON数组"),
    ),
    "es": (
        ("pares instrucción-respuesta", "JSONL con instruction, input, output"),
        ("preguntas de usuarios con respuestas ideales", "markdown"),
    ),
    "fr": (
        ("paires instruction-réponse", "JSONL avec instruction, input, output"),
        ("dialogues entre un utilisateur et un expert", "JSON"),
    ),
    "ja": (
        ("指示と応答のペア", "JSONL（instruction, input, output）"),
        ("ユーザーの質問と理想的な回答", "JSON"),
    ),
}


def synth_request(rng: np.random.Generator, lang: str, style: str) -> str:
    kind, fmt = pick(rng, DATA_KIND[lang])
    n = int(pick(rng, (10, 12, 15, 20, 25, 30)))
    topic = pick(rng, DATA_TOPICS)
    diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "en":
        if style == "spec":
            return (
                f"Generate {n} diverse {kind} about {topic}. Difficulty: {diff}. Vary phrasing, "
                f"length and sub-topic; no two items may be similar. Output format: {fmt}. "
                "Answers must be complete and high quality."
            )
        if style == "persona":
            who = pick(
                rng,
                (
                    "a nurse",
                    "a first-year student",
                    "a small-business owner",
                    "a retiree",
                    "a senior engineer",
                    "a teenager",
                    "a lawyer",
                ),
            )
            return (
                f"Imagine {n} different questions {who} might ask about {topic}. For each, write "
                f"the question and then the best possible answer. Format: {fmt}."
            )
        seed_line = pick(rng, ("What is", "How do I", "Why does", "Compare", "Explain"))
        return (
            f'Seed: "{seed_line} ..." / topic={topic} / n={n} / level={diff}\n'
            f"Expand the seed into {n} {kind}. {fmt}. Do not number them."
        )
    tpl = {
        "zh": "请生成{n}条关于“{t}”的{k}，难度：{d}。要求多样化、互不重复，回答完整。输出格式：{f}。",
        "es": "Genera {n} {k} sobre «{t}», nivel {d}. Que sean variados y completos. Formato: {f}.",
        "fr": "Génère {n} {k} sur « {t} », niveau {d}. Variés, complets. Format : {f}.",
        "ja": "「{t}」に関する{k}を{n}件作成してください。難易度：{d}。重複なく多様に。形式：{f}。",
    }[lang]
    return tpl.format(n=n, k=kind, t=topic, d=diff, f=fmt)


INTENTS = (
    ("check_balance", "what's my balance"),
    ("reset_password", "i can't log in"),
    ("cancel_subscription", "stop charging me"),
    ("track_order", "where is my package"),
    ("change_address", "I moved, update my address"),
    ("report_fraud", "there's a payment I didn't make"),
    ("opening_hours", "are you open on sunday"),
    ("refund_status", "did my refund go through"),
)


def augmentation(rng: np.random.Generator, lang: str) -> str:
    intent, seed = pick(rng, INTENTS)
    n = int(pick(rng, (10, 15, 20)))
    return pick(
        rng,
        (
            f'Write {n} paraphrases of the customer utterance "{seed}" (intent: {intent}) in '
            f"{LANG_NAME[lang]}. Mix formal, casual and typo-ridden versions. One per line, no numbering.",
            f"Intent classifier training data. Intent={intent}. Language={lang}. Produce {n} short "
            "realistic utterances, including some that are ambiguous with neighbouring intents. "
            "Return a JSON array of strings.",
            f'Generate {n} negative examples that look similar to "{seed}" but do NOT have intent '
            f"{intent}. Language: {LANG_NAME[lang]}. JSON array.",
        ),
    )


# ============================================================================================
# dialogue: openers and follow-ups

FOLLOWUPS = {
    "en": (
        "ok can you go deeper on the second point",
        "that makes sense. what would you do differently if the budget was half?",
        "wait, why is that? explain like I'm new to this",
        "can you give me a concrete example",
        "hmm I disagree, I think the opposite is true. convince me",
        "now summarise everything we discussed in 5 bullets",
        "what are the most common mistakes people make here",
        "and what if I'm in a hurry",
        "rewrite your last answer for a 12 year old",
        "thanks! one more thing — how would this work in practice?",
        "are you sure? double check that",
        "what would an expert add that you left out?",
        "compare that with the alternative approach",
        "give me a step by step plan",
    ),
    "es": (
        "vale, ¿puedes profundizar en el segundo punto?",
        "¿y si tuviera la mitad de presupuesto?",
        "no lo entiendo, explícalo más sencillo",
        "dame un ejemplo concreto",
        "resume todo lo que hablamos en 5 puntos",
        "¿cuáles son los errores más comunes?",
    ),
    "pt": (
        "beleza, pode aprofundar o segundo ponto?",
        "e se eu tivesse metade do orçamento?",
        "não entendi, explica de um jeito mais simples",
        "me dá um exemplo concreto",
        "resume tudo em 5 tópicos",
    ),
    "de": (
        "ok, kannst du den zweiten Punkt vertiefen?",
        "und wenn das Budget nur halb so groß wäre?",
        "versteh ich nicht, bitte einfacher",
        "gib mir ein konkretes Beispiel",
        "fass alles in 5 Stichpunkten zusammen",
    ),
}

OPENERS = {
    "en": (
        "I'm trying to decide between {a} and {b} for {g}. What would you recommend?",
        "can you help me plan {g}?",
        "explain {t} to me, I have an exam next week",
        "I'm {age} and want to get into {t}. where do I start?",
        "what's the difference between {a} and {b}?",
    ),
    "es": (
        "estoy dudando entre {a} y {b} para {g}, ¿qué me recomiendas?",
        "explícame {t}, tengo examen la semana que viene",
    ),
    "pt": ("estou em dúvida entre {a} e {b} para {g}. o que você recomenda?", "me explica {t}"),
    "de": ("ich schwanke zwischen {a} und {b} für {g}. was empfiehlst du?", "erklär mir {t}"),
}

CHOICES = (
    ("Python", "JavaScript"),
    ("renting", "buying"),
    ("a Kindle", "paper books"),
    ("Lisbon", "Porto"),
    ("index funds", "a savings account"),
    ("yoga", "running"),
    ("Figma", "Sketch"),
    ("a master's degree", "a bootcamp"),
    ("an electric car", "a hybrid"),
    ("Notion", "Obsidian"),
)
GOALS = (
    "my first marathon",
    "a week in Italy",
    "learning to code",
    "a small bakery",
    "my thesis",
    "a wedding on a budget",
    "moving abroad",
    "a home office",
    "a podcast",
)


def opener(rng: np.random.Generator, lang: str) -> str:
    a, b = pick(rng, CHOICES)
    return pick(rng, OPENERS[lang]).format(
        a=a, b=b, g=pick(rng, GOALS), t=pick(rng, DATA_TOPICS), age=irange(rng, 17, 64)
    )


def followup(rng: np.random.Generator, lang: str, repertoire: Sequence[str] | None = None) -> str:
    return pick(rng, repertoire if repertoire else FOLLOWUPS[lang])


COMPANION_LINES = (
    "hey",
    "hiii",
    "i'm back",
    "long day at work...",
    "i couldn't sleep",
    "what are you up to",
    "tell me a story",
    "do you remember what i told you about my sister?",
    "haha you're funny",
    "i feel kind of lonely tonight",
    "guess what happened today",
    "good morning :)",
    "can we talk about something else",
    "what's your favourite season",
    "i got the job!!",
    "my cat knocked over my coffee again",
    "ugh mondays",
    "sing me something",
)


def companion(rng: np.random.Generator, persona: str) -> str:
    line = pick(rng, COMPANION_LINES)
    if chance(rng, 0.2):
        line = f"{line} {pick(rng, ('lol', '😅', '❤️', '...', 'tbh'))}"
    return f"[{persona}] {line}" if chance(rng, 0.5) else line


# ============================================================================================
# best-of-n / open generation

OPEN_TASKS = {
    "en": (
        "Write a short poem about {x}.",
        "Give a persuasive argument that {x} should be taught in schools.",
        "Write the opening paragraph of a mystery novel set in {c}.",
        "Explain {t} in three sentences.",
        "Suggest a name and tagline for a startup working on {t}.",
        "Write a product description for a {x}-themed water bottle.",
    ),
    "ko": (
        "{x}에 관한 짧은 시를 써 주세요.",
        "{t}을(를) 세 문장으로 설명해 주세요.",
        "{c}을(를) 배경으로 한 추리 소설의 첫 문단을 써 주세요.",
    ),
    "fr": (
        "Écris un court poème sur {x}.",
        "Explique {t} en trois phrases.",
        "Écris le premier paragraphe d'un roman policier qui se passe au {c}.",
    ),
}
IMAGES = (
    "the sea at night",
    "a broken umbrella",
    "autumn",
    "a lighthouse",
    "a city in the rain",
    "an old violin",
    "first snow",
    "a train station",
    "bees",
    "a forgotten letter",
)


def open_task(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, OPEN_TASKS[lang]).format(
        x=pick(rng, IMAGES), t=pick(rng, DATA_TOPICS), c=pick(rng, COUNTRIES)
    )


# ============================================================================================
# curriculum sweeps

SYLLABUS = (
    (
        "Algebra",
        ("linear equations", "quadratics", "inequalities", "functions", "logarithms", "sequences"),
    ),
    ("Physics", ("kinematics", "Newton's laws", "energy", "momentum", "waves", "circuits")),
    (
        "Chemistry",
        ("atomic structure", "bonding", "stoichiometry", "equilibrium", "acids and bases", "redox"),
    ),
    (
        "Programming",
        ("variables", "loops", "recursion", "hash maps", "graphs", "dynamic programming"),
    ),
    (
        "Economics",
        (
            "supply and demand",
            "elasticity",
            "market failure",
            "inflation",
            "trade",
            "monetary policy",
        ),
    ),
    (
        "Biology",
        ("cells", "genetics", "evolution", "ecology", "the immune system", "photosynthesis"),
    ),
)

CURRICULUM_TPL = {
    "en": "Unit {u}, lesson {k}: {c}. Learner level {lvl}/10. Teach the concept from first principles, "
    "work through {p} examples of increasing difficulty with full solutions, then list common "
    "misconceptions.",
    "fr": "Unité {u}, leçon {k} : {c}. Niveau de l'élève {lvl}/10. Explique la notion depuis les bases, "
    "traite {p} exemples de difficulté croissante avec solutions détaillées, puis les erreurs "
    "fréquentes.",
    "pt": "Unidade {u}, lição {k}: {c}. Nível do aluno {lvl}/10. Ensine o conceito desde o início, "
    "resolva {p} exemplos de dificuldade crescente com soluções completas e liste os erros comuns.",
}


def curriculum_grid(langs: Sequence[str]) -> list[tuple[str, str, int, int, str]]:
    """Every (unit, concept, lesson, level, lang) cell, in sweep order."""
    out = []
    for lang in langs:
        for unit, concepts in SYLLABUS:
            for k, concept in enumerate(concepts, 1):
                for lvl in range(1, 11):
                    out.append((unit, concept, k, lvl, lang))
    return out


def curriculum_prompt(rng: np.random.Generator, cell: tuple[str, str, int, int, str]) -> str:
    unit, concept, k, lvl, lang = cell
    return CURRICULUM_TPL[lang].format(u=unit, k=k, c=concept, lvl=lvl, p=irange(rng, 2, 4))


def homework(rng: np.random.Generator, course: str, week: int) -> str:
    """A student's question in a course cohort (same assignment, own wording)."""
    topic = pick(rng, SYLLABUS[week % len(SYLLABUS)][1])
    return pick(
        rng,
        (
            f"{course} problem set {week}: I don't understand question {irange(rng, 1, 8)} about {topic}, "
            "can you explain the idea without giving me the answer?",
            f"can you check my reasoning for {topic}? I think the answer is {irange(rng, 2, 90)} but "
            "I'm not sure",
            f"explain {topic} simply",
            f"give me a practice question on {topic} like the ones in {course}",
            f"what's the difference between {topic} and {pick(rng, SYLLABUS[week % 6][1])}",
            f"my code for the {course} assignment gives the wrong output, what's wrong with "
            f"`for i in range(len(xs)): total =+ xs[i]`",
        ),
    )


# ============================================================================================
# translation


def translation_request(rng: np.random.Generator, passage: str, target: str, style: str) -> str:
    name = LANG_NAME[target]
    if style == "plain":
        return (
            f"Translate the following text into {name}. Output only the translation.\n\n{passage}"
        )
    if style == "json":
        return (
            f'{{"task": "translate", "target_lang": "{target}", "preserve_markdown": true, '
            f'"text": "{passage[:60]}..."}}\n{passage}'
        )
    return f"EN:\n{passage}\n\n{target.upper()}:"


def shop_translation(rng: np.random.Generator, passage: str, target: str, client: str) -> str:
    return pick(
        rng,
        (
            f"Job {client}-{irange(rng, 1000, 9999)} | EN>{target.upper()} | keep tags and numbers\n{passage}",
            f"Translate for {client} ({LANG_NAME[target]}, formal register, use glossary terms as "
            f"given):\n{passage}",
            f"Please post-edit this machine translation into natural {LANG_NAME[target]}. Source:\n{passage}",
        ),
    )


# ============================================================================================
# code harvest

FUNCS = (
    "an LRU cache with O(1) get and put",
    "a function that merges overlapping intervals",
    "a trie with insert, search and prefix count",
    "Dijkstra's shortest path on an adjacency list",
    "a rate limiter using the token bucket algorithm",
    "a function that parses ISO 8601 durations",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a union-find structure with path compression",
    "the longest increasing subsequence in O(n log n)",
    "a JSON pretty-printer without using the standard library's formatter",
    "a function that validates IBAN numbers",
    "a topological sort that reports cycles",
    "a sliding-window median",
    "a minimal HTTP router with path parameters",
)
PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")


def code_task(rng: np.random.Generator, style: str) -> str:
    f, lang = pick(rng, FUNCS), pick(rng, PLANGS)
    if style == "full":
        return (
            f"Implement {f} in {lang}. Include docstrings, edge-case handling, unit tests, and a "
            "short explanation of the time and space complexity."
        )
    if style == "casual":
        return f"how would you write {f} in {lang.lower()}? show the code"
    n = irange(rng, 1, 10**5)
    return (
        f"Competitive programming: given an array of n ≤ {n} integers, {pick(rng, ('count pairs', 'find the maximum subarray', 'answer range-sum queries', 'find the k-th smallest'))} "
        f"efficiently. Explain the approach, then give a complete {lang} solution."
    )


# ============================================================================================
# product wrappers and marketing copy


def app_wrap(app: str, text: str, mode: str) -> str:
    """A writing-assistant product's per-request wrapper around the user's text."""
    return f"[{app} · {mode}]\n{text}"


APP_MODES = ("improve", "continue", "explain", "summarise", "ask")

HIDDEN_ASKS = (
    "Explain, step by step and in depth, how {t} works, as if writing a textbook chapter.",
    "Write a thorough, well-structured guide to {t} with worked examples.",
    "What are the deepest open questions in {t}? Reason carefully through each one.",
    "Solve this and show all reasoning: {p}",
    "Write a detailed essay comparing two schools of thought in {t}.",
)


def hidden_ask(rng: np.random.Generator) -> str:
    return pick(rng, HIDDEN_ASKS).format(t=pick(rng, DATA_TOPICS), p=problem(rng, "en"))


PRODUCTS = (
    "running shoes",
    "a meal-kit service",
    "a budgeting app",
    "handmade soap",
    "a yoga studio",
    "a dental clinic",
    "an e-bike",
    "a coworking space",
    "organic coffee",
    "a law firm",
)


def marketing(rng: np.random.Generator, client: str, lang: str) -> str:
    prod = pick(rng, PRODUCTS)
    name = LANG_NAME[lang]
    return pick(
        rng,
        (
            f"Client: {client}. Write 5 Instagram captions for {prod} in {name}, playful tone, max 20 "
            "words each, 2 hashtags.",
            f"{client} — Google Ads: 10 headlines (≤30 chars) and 4 descriptions (≤90 chars) for "
            f"{prod}. Language: {name}.",
            f"Draft a 600-word SEO blog post for {client} about choosing {prod}. Language: {name}. "
            "Include an H2 every ~150 words.",
            f"Rewrite this newsletter intro for {client} to sound warmer ({name}): "
            f'"This month we launched {prod}."',
        ),
    )

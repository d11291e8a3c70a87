"""Prompt generators of batch 108, written fresh for this batch (no prompt text is copied from
elsewhere in the repository). Ordinary human text comes from ShareGPT's "sim" half through
`Ctx.chat` / `Ctx.passages` (`bench/blind_batch.py`); everything templated is built here.

Every generator takes a numpy Generator and returns one prompt string; several have independent
styles (`style=`) and languages (`lang=`) so that one family's traffic is not one template."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def weighted(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def casualise(rng: Rng, text: str, p_lower: float = 0.5, p_typo: float = 0.2) -> str:
    """Make a templated question read like someone typing: lower case, dropped end punctuation,
    the odd swapped letter."""
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, p_typo) and len(text) > 20:
        i = irange(rng, 5, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# parametric word problems (en / zh / ru / es / de)

_PROBLEMS: dict[str, dict[str, str]] = {
    "meet": {
        "en": "Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. How long until they meet, and how far from the first cyclist's starting point?",
        "zh": "两名骑车人相距{d}公里，分别以每小时{v1}公里和{v2}公里的速度相向而行。他们多久后相遇？相遇点距第一人出发点多远？",
        "ru": "Два велосипедиста находятся на расстоянии {d} км и едут навстречу друг другу со скоростями {v1} км/ч и {v2} км/ч. Через какое время они встретятся и на каком расстоянии от места старта первого?",
        "es": "Dos ciclistas parten a {d} km de distancia y avanzan uno hacia el otro a {v1} km/h y {v2} km/h. ¿Cuánto tardan en encontrarse y a qué distancia del punto de partida del primero?",
        "de": "Zwei Radfahrer starten {d} km voneinander entfernt und fahren mit {v1} km/h und {v2} km/h aufeinander zu. Wann treffen sie sich, und wie weit vom Startpunkt des ersten Radfahrers entfernt?",
    },
    "mixture": {
        "en": "How many litres of a {p1}% acid solution must be mixed with {v} litres of a {p2}% solution to obtain a {p3}% solution?",
        "zh": "需要多少升浓度为{p1}%的酸溶液与{v}升浓度为{p2}%的溶液混合，才能得到浓度为{p3}%的溶液？",
        "ru": "Сколько литров {p1}-процентного раствора кислоты нужно смешать с {v} литрами {p2}-процентного раствора, чтобы получить {p3}-процентный раствор?",
        "es": "¿Cuántos litros de una solución ácida al {p1}% hay que mezclar con {v} litros de una solución al {p2}% para obtener una solución al {p3}%?",
        "de": "Wie viele Liter einer {p1}-prozentigen Säurelösung muss man mit {v} Litern einer {p2}-prozentigen Lösung mischen, um eine {p3}-prozentige Lösung zu erhalten?",
    },
    "seating": {
        "en": "In how many ways can {n} people sit around a circular table if two particular people refuse to sit next to each other?",
        "zh": "{n}个人围坐在一张圆桌旁，其中两个人不愿相邻而坐，共有多少种坐法？",
        "ru": "Сколькими способами {n} человек могут сесть за круглый стол, если двое из них не хотят сидеть рядом?",
        "es": "¿De cuántas maneras pueden sentarse {n} personas alrededor de una mesa redonda si dos de ellas se niegan a sentarse juntas?",
        "de": "Auf wie viele Arten können {n} Personen an einem runden Tisch sitzen, wenn zwei bestimmte Personen nicht nebeneinander sitzen wollen?",
    },
    "marbles": {
        "en": "A bag contains {r} red, {g} green and {b} blue marbles. Three marbles are drawn without replacement. What is the probability that all three are different colours?",
        "zh": "袋中有{r}个红球、{g}个绿球和{b}个蓝球，不放回地取出三个球，三个球颜色各不相同的概率是多少？",
        "ru": "В мешке {r} красных, {g} зелёных и {b} синих шаров. Без возвращения вынимают три шара. Какова вероятность, что все три разного цвета?",
        "es": "Una bolsa contiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan tres sin reemplazo. ¿Cuál es la probabilidad de que las tres sean de colores distintos?",
        "de": "Ein Beutel enthält {r} rote, {g} grüne und {b} blaue Murmeln. Es werden drei ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass alle drei verschiedene Farben haben?",
    },
    "remainder": {
        "en": "What is the remainder when {a}^{k} is divided by {m}?",
        "zh": "求{a}的{k}次方除以{m}的余数。",
        "ru": "Найдите остаток от деления {a}^{k} на {m}.",
        "es": "¿Cuál es el resto de dividir {a}^{k} entre {m}?",
        "de": "Welchen Rest lässt {a}^{k} bei Division durch {m}?",
    },
    "incircle": {
        "en": "A right triangle has legs of {a} cm and {b} cm. Find the radius of its inscribed circle and the distance from the incentre to the right-angle vertex.",
        "zh": "直角三角形两条直角边分别为{a}厘米和{b}厘米，求其内切圆半径以及内心到直角顶点的距离。",
        "ru": "Катеты прямоугольного треугольника равны {a} см и {b} см. Найдите радиус вписанной окружности и расстояние от её центра до вершины прямого угла.",
        "es": "Un triángulo rectángulo tiene catetos de {a} cm y {b} cm. Halla el radio de la circunferencia inscrita y la distancia del incentro al vértice del ángulo recto.",
        "de": "Ein rechtwinkliges Dreieck hat Katheten von {a} cm und {b} cm. Bestimme den Inkreisradius und den Abstand des Inkreismittelpunkts vom rechten Winkel.",
    },
    "knights": {
        "en": 'On an island every inhabitant is either a knight, who always tells the truth, or a knave, who always lies. {A} says: "{B} is a knave." {B} says: "{A} and {C} are of the same kind." {C} says: "{S}" Determine who is a knight and who is a knave.',
        "zh": "岛上每个居民要么是骑士（永远说真话），要么是无赖（永远说谎）。{A}说：“{B}是无赖。”{B}说：“{A}和{C}是同一类人。”{C}说：“{S}”请判断每个人的身份。",
        "ru": "На острове живут рыцари, которые всегда говорят правду, и лжецы, которые всегда лгут. {A} говорит: «{B} — лжец». {B} говорит: «{A} и {C} — одного типа». {C} говорит: «{S}». Кто из них рыцарь, а кто лжец?",
        "es": "En una isla cada habitante es caballero (siempre dice la verdad) o bribón (siempre miente). {A} dice: «{B} es un bribón». {B} dice: «{A} y {C} son del mismo tipo». {C} dice: «{S}». ¿Quién es caballero y quién bribón?",
        "de": "Auf einer Insel ist jeder Bewohner entweder ein Ritter, der immer die Wahrheit sagt, oder ein Schurke, der immer lügt. {A} sagt: „{B} ist ein Schurke.“ {B} sagt: „{A} und {C} sind von derselben Art.“ {C} sagt: „{S}“ Wer ist Ritter, wer Schurke?",
    },
    "series": {
        "en": "The first term of an arithmetic sequence is {a} and the sum of its first {n} terms is {s}. Find the common difference and the {n}th term.",
        "zh": "等差数列首项为{a}，前{n}项和为{s}，求公差和第{n}项。",
        "ru": "Первый член арифметической прогрессии равен {a}, а сумма первых {n} членов равна {s}. Найдите разность прогрессии и её {n}-й член.",
        "es": "El primer término de una progresión aritmética es {a} y la suma de sus primeros {n} términos es {s}. Halla la diferencia y el término número {n}.",
        "de": "Das erste Glied einer arithmetischen Folge ist {a}, die Summe der ersten {n} Glieder ist {s}. Bestimme die Differenz und das {n}. Glied.",
    },
    "work": {
        "en": "Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a leak empties the full tank in {c} hours. Starting empty with everything open, how long does it take to fill the tank?",
        "zh": "A管单独注满水池需要{a}小时，B管需要{b}小时，而漏洞可在{c}小时内把满池的水漏光。若从空池开始同时打开，多久能注满？",
        "ru": "Труба A наполняет бак за {a} ч, труба B — за {b} ч, а через течь полный бак опорожняется за {c} ч. За какое время наполнится пустой бак, если всё открыто одновременно?",
        "es": "El grifo A llena un depósito en {a} horas y el B en {b} horas, mientras una fuga lo vacía en {c} horas. Si empieza vacío y todo está abierto, ¿cuánto tarda en llenarse?",
        "de": "Rohr A füllt einen Tank in {a} Stunden, Rohr B in {b} Stunden, ein Leck leert den vollen Tank in {c} Stunden. Wie lange dauert es, den leeren Tank bei allem geöffnet zu füllen?",
    },
}

_KNIGHT_LINES = {
    "en": (
        "I am a knave or {A} is a knight.",
        "Exactly one of us three is a knight.",
        "{B} is telling the truth.",
    ),
    "zh": ("我是无赖，或者{A}是骑士。", "我们三个人中恰好有一个骑士。", "{B}说的是真话。"),
    "ru": ("Я лжец или {A} — рыцарь.", "Среди нас троих ровно один рыцарь.", "{B} говорит правду."),
    "es": (
        "Soy un bribón o {A} es caballero.",
        "Exactamente uno de nosotros tres es caballero.",
        "{B} dice la verdad.",
    ),
    "de": (
        "Ich bin ein Schurke oder {A} ist ein Ritter.",
        "Genau einer von uns dreien ist ein Ritter.",
        "{B} sagt die Wahrheit.",
    ),
}
_TRIPLES = ((3, 4), (5, 12), (8, 15), (7, 24), (20, 21), (9, 40), (12, 35))


def word_problem(rng: Rng, lang: str = "en", kind: str | None = None) -> str:
    kind = kind or pick(rng, sorted(_PROBLEMS))
    tpl = _PROBLEMS[kind][lang]
    if kind == "meet":
        return tpl.format(d=irange(rng, 40, 520), v1=irange(rng, 8, 42), v2=irange(rng, 8, 42))
    if kind == "mixture":
        p1 = irange(rng, 4, 30)
        p2 = p1 + irange(rng, 12, 55)
        return tpl.format(p1=p1, p2=p2, p3=irange(rng, p1 + 2, p2 - 2), v=irange(rng, 2, 60))
    if kind == "seating":
        return tpl.format(n=irange(rng, 5, 13))
    if kind == "marbles":
        return tpl.format(r=irange(rng, 2, 14), g=irange(rng, 2, 14), b=irange(rng, 2, 14))
    if kind == "remainder":
        return tpl.format(
            a=irange(rng, 2, 99),
            k=irange(rng, 20, 4000),
            m=pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
        )
    if kind == "incircle":
        a, b = pick(rng, _TRIPLES)
        s = irange(rng, 1, 6)
        return tpl.format(a=a * s, b=b * s)
    if kind == "knights":
        a, b, c = (NAMES[i] for i in rng.choice(len(NAMES), 3, replace=False).tolist())
        line = pick(rng, _KNIGHT_LINES[lang]).format(A=a, B=b)
        return tpl.format(A=a, B=b, C=c, S=line)
    if kind == "series":
        a, n = irange(rng, -20, 40), irange(rng, 6, 40)
        d = irange(rng, -5, 12)
        return tpl.format(a=a, n=n, s=n * a + n * (n - 1) * d // 2)
    a, b = irange(rng, 2, 12), irange(rng, 2, 15)
    return tpl.format(a=a, b=b, c=irange(rng, max(a, b) + 2, 40))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers

_REASON: dict[str, dict[str, str]] = {
    "en": {
        "tags": "{p}\n\nBefore you answer, write out your entire thought process inside <thinking></thinking> tags: every intermediate calculation, every check, and any approach you try and then abandon. After the closing tag, give the final answer on its own line.",
        "slow": "Work through this slowly and show all of your reasoning. Do not skip any step, even the obvious ones, and verify the result at the end.\n\nProblem: {p}",
        "tutor": "You are writing the worked solution for a textbook. Explain the reasoning behind each step in full sentences, note the common mistakes a student could make, and only then state the answer.\n\n{p}",
        "monologue": "Think out loud about the question below as if you were talking to yourself: consider at least two ways of solving it, compare them, catch your own errors, then commit to an answer. Label the last line ANSWER.\n\n{p}",
    },
    "zh": {
        "tags": "{p}\n\n请先详细写出完整的思考过程（包括每一步计算、尝试过又放弃的思路以及最后的验证），放在<思考></思考>标签内，最后单独一行给出答案。",
        "slow": "请一步一步、不跳步地推理下面的问题，每一步都说明理由，最后检验答案是否正确。\n\n题目：{p}",
        "tutor": "假设你在为教辅书写详细解析：逐步讲解每一步的思路，指出学生容易犯的错误，最后给出答案。\n\n{p}",
        "monologue": "请像自言自语一样把思考过程完整说出来：至少尝试两种解法，比较它们，纠正自己的错误，最后一行以“答案：”开头。\n\n{p}",
    },
    "ru": {
        "tags": "{p}\n\nПрежде чем ответить, распиши весь ход рассуждений внутри тегов <размышление></размышление>: каждую промежуточную выкладку, каждую проверку и все отброшенные подходы. После закрывающего тега дай ответ отдельной строкой.",
        "slow": "Реши задачу медленно и покажи все рассуждения, не пропуская даже очевидных шагов, а в конце проверь результат.\n\nЗадача: {p}",
        "tutor": "Ты пишешь подробное решение для задачника. Объясни логику каждого шага полными предложениями, укажи типичные ошибки и только потом дай ответ.\n\n{p}",
        "monologue": "Порассуждай вслух, как будто говоришь сам с собой: рассмотри минимум два способа решения, сравни их, найди свои ошибки и только потом дай ответ. Последняя строка: ОТВЕТ.\n\n{p}",
    },
    "es": {
        "tags": "{p}\n\nAntes de responder, escribe todo tu proceso de pensamiento dentro de etiquetas <razonamiento></razonamiento>: cada cálculo intermedio, cada comprobación y cada enfoque que pruebes y descartes. Después de la etiqueta de cierre, da la respuesta final en una línea aparte.",
        "slow": "Resuelve esto despacio y muestra todo tu razonamiento, sin saltarte ningún paso aunque parezca obvio, y comprueba el resultado al final.\n\nProblema: {p}",
        "tutor": "Estás redactando la solución desarrollada para un libro de texto. Explica el porqué de cada paso con frases completas, señala los errores típicos de los alumnos y solo entonces da la respuesta.\n\n{p}",
        "monologue": "Piensa en voz alta como si hablaras contigo mismo: considera al menos dos formas de resolverlo, compáralas, corrige tus propios errores y termina con una línea que empiece por RESPUESTA.\n\n{p}",
    },
    "de": {
        "tags": "{p}\n\nSchreibe vor der Antwort deinen gesamten Denkprozess in <gedanken></gedanken>-Tags: jede Zwischenrechnung, jede Kontrolle und jeden verworfenen Ansatz. Nach dem schließenden Tag steht die Endantwort in einer eigenen Zeile.",
        "slow": "Löse das langsam und zeige deinen vollständigen Gedankengang, ohne auch nur einen offensichtlichen Schritt auszulassen, und prüfe am Ende das Ergebnis.\n\nAufgabe: {p}",
        "tutor": "Du schreibst die Musterlösung für ein Lehrbuch. Begründe jeden Schritt in ganzen Sätzen, nenne typische Fehler und gib erst dann die Antwort.\n\n{p}",
        "monologue": "Denk laut nach, als würdest du mit dir selbst sprechen: probiere mindestens zwei Lösungswege, vergleiche sie, korrigiere eigene Fehler und schließe mit einer Zeile ANTWORT.\n\n{p}",
    },
}


def reasoning_coercion(rng: Rng, problem: str, lang: str, style: str) -> str:
    if style == "json":
        return json.dumps(
            {
                "task": problem,
                "requirements": [
                    "show every reasoning step explicitly",
                    "include self-verification",
                    "do not omit intermediate values",
                ],
                "output_schema": {
                    "steps": ["string"],
                    "verification": "string",
                    "final_answer": "string",
                },
            },
            ensure_ascii=False,
        )
    return _REASON[lang][style].format(p=problem)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITERIA = (
    ("helpfulness", "factual accuracy", "harmlessness", "instruction following"),
    ("correctness", "completeness", "clarity", "concision"),
    ("honesty", "calibration of uncertainty", "tone", "safety"),
    ("relevance", "depth", "coherence", "style"),
)


def judge_prompt(rng: Rng, question: str, resp_a: str, resp_b: str, lang: str, style: str) -> str:
    crit = pick(rng, _CRITERIA)
    if lang == "de":
        return (
            f"Vergleiche die beiden Antworten auf die Nutzeranfrage. Bewerte {', '.join(crit[:3])} "
            'und Sicherheit. Gib JSON zurück mit den Feldern "punkte_a", "punkte_b" (1 bis 10), '
            f'"bevorzugt" und "begruendung".\n\nAnfrage:\n{question}\n\nAntwort A:\n{resp_a}\n\nAntwort B:\n{resp_b}'
        )
    if lang == "ja":
        return (
            "次のユーザーの質問に対する2つの回答を比較してください。有用性・正確性・安全性の観点から各回答を"
            f"1〜10点で採点し、どちらが優れているかを理由とともに答えてください。\n\n質問:\n{question}\n\n回答A:\n{resp_a}\n\n回答B:\n{resp_b}"
        )
    if lang == "ko":
        return (
            "다음 질문에 대한 두 답변을 비교하여 각각 1~10점으로 평가하고, 더 나은 답변과 그 이유를 설명하세요.\n\n"
            f"질문:\n{question}\n\n답변 A:\n{resp_a}\n\n답변 B:\n{resp_b}"
        )
    if style == "pairwise":
        return (
            "You are comparing two assistant responses to the same user request.\n\n"
            f"### User request\n{question}\n\n### Response A\n{resp_a}\n\n### Response B\n{resp_b}\n\n"
            f"Evaluate {', '.join(crit)}. Return only JSON: "
            '{"scores": {"A": <1-10>, "B": <1-10>}, "preferred": "A" | "B" | "tie", "rationale": "<2-4 sentences>"}'
        )
    if style == "likert":
        lines = "\n".join(f"- {c}" for c in crit)
        return (
            "Rate the response on a 1-7 scale for each criterion and justify each rating in one sentence.\n"
            f"Criteria:\n{lines}\n\nPrompt:\n{question}\n\nResponse:\n{resp_a}"
        )
    if style == "reward":
        lo, hi = pick(rng, ((-5, 5), (0, 1), (1, 100), (-1, 1)))
        return (
            f"<prompt>\n{question}\n</prompt>\n<completion>\n{resp_a}\n</completion>\n"
            f"Assign a scalar reward between {lo} and {hi} reflecting how strongly a careful expert rater would "
            "prefer this completion over a typical one. Output `reward=<number>` on the first line, then a short justification."
        )
    return (
        "First write a detailed critique of the answer below, listing every error, omission and unsupported claim. "
        "Then suggest how an ideal answer would differ. On the final line write 'Score: X/10'.\n\n"
        f"Question:\n{question}\n\nAnswer:\n{resp_a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

_MARKETS = {
    "en": (
        "a children's education app",
        "a state broadcaster's website",
        "an airline's in-flight portal",
        "a Gulf-region telecom's help centre",
        "a mainland app store listing",
    ),
    "zh": ("国内应用商店", "短视频平台", "新闻客户端", "在线教育平台", "政务服务号"),
    "ru": (
        "российского новостного агрегатора",
        "школьной образовательной платформы",
        "федерального телеканала",
        "маркетплейса",
    ),
    "ar": ("منصة تعليمية في الخليج", "موقع قناة إخبارية رسمية", "تطبيق بنكي", "متجر تطبيقات محلي"),
    "tr": (
        "bir devlet kurumunun web sitesi",
        "ulusal bir haber sitesi",
        "bir eğitim platformu",
        "bir banka uygulaması",
    ),
    "vi": (
        "một cổng thông tin chính thức",
        "một nền tảng giáo dục",
        "một ứng dụng ngân hàng",
        "một trang báo điện tử",
    ),
}
_RISKY_ASKS = (
    "how pin-tumbler locks can be opened without a key, for a heist novel I'm writing",
    "the dose of paracetamol at which liver damage becomes likely",
    "the strongest arguments on each side of a disputed border between two countries",
    "how phishing emails psychologically manipulate people, with an example",
    "how extremist groups recruit teenagers online, for a talk to parents",
    "which household cleaning products are dangerous to mix and why",
    "how people buy cryptocurrency without identity checks",
    "how stalkerware on a phone can be detected and removed",
    "the history of a banned political movement and why it was banned",
    "how to talk to a friend who says they are thinking about suicide",
    "how counterfeit banknotes are usually spotted by shop staff",
    "what happened during a violent crackdown on protesters, as neutrally as possible",
    "the effects and risks of combining alcohol with benzodiazepines",
    "how social media bot networks are used to influence elections",
    "whether it is legal to record a phone call without telling the other person",
    "how a historical genocide is described by different governments",
    "ways teenagers hide self-harm, so a teacher can notice the signs",
    "how tax havens are used to hide money, for an economics essay",
    "how a 3D-printed gun differs legally from a conventional firearm",
    "why some religious texts are considered offensive by other faiths",
)


def policy_rewrite(rng: Rng, lang: str, style: str, source: str) -> str:
    if lang != "en":
        m = pick(rng, _MARKETS[lang])
        tpl = {
            "zh": "请把下面的内容改写成符合{m}内容审核要求的版本：删除可能引起争议或敏感的表述，保留客观事实，语气保持中立，不要说明你做了修改。\n\n{s}",
            "ru": "Перепиши текст так, чтобы он проходил модерацию {m}: убери потенциально спорные и чувствительные формулировки, сохрани факты, тон нейтральный, не упоминай, что текст был изменён.\n\n{s}",
            "ar": "أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى في {m}: احذف أي عبارات حساسة أو مثيرة للجدل مع الحفاظ على الحقائق وبنبرة محايدة، ولا تذكر أنك عدّلت النص.\n\n{s}",
            "tr": "Aşağıdaki metni {m} içerik politikalarına uygun olacak şekilde yeniden yaz: hassas veya tartışmalı ifadeleri çıkar, olguları koru, tarafsız bir dil kullan ve değişiklik yaptığını belirtme.\n\n{s}",
            "vi": "Hãy viết lại đoạn văn sau cho phù hợp với quy định kiểm duyệt nội dung của {m}: loại bỏ các diễn đạt nhạy cảm hoặc gây tranh cãi, giữ nguyên sự thật, giọng văn trung lập và không nói rằng bạn đã chỉnh sửa.\n\n{s}",
        }[lang]
        return tpl.format(m=m, s=source)
    ask = pick(rng, _RISKY_ASKS)
    if style == "rewrite":
        return (
            "Below is a draft answer. Rewrite it so that it fully complies with a strict content policy for "
            f"{pick(rng, _MARKETS['en'])}: remove anything that could be read as political, violent or sexual, soften "
            "opinions into neutral statements, keep every fact that remains allowed, and do not mention that it was "
            f"rewritten.\n\nDraft:\n{source}"
        )
    if style == "safe":
        return (
            f"User request: explain {ask}.\n\nWrite the ideal policy-compliant assistant reply: help fully with every "
            "safe part, decline only the genuinely unsafe part in a single sentence without lecturing, and point to a "
            "safer alternative where one exists."
        )
    if style == "pair":
        return (
            f"For the request below write two replies. Label the first REJECTED: an over-cautious refusal. Label the "
            f"second CHOSEN: the reply a well-aligned assistant should give, helpful but safe.\n\nRequest: {ask}"
        )
    return (
        f"A user asked about {ask}. Classify the request (allowed / allowed-with-care / disallowed) under a typical "
        "usage policy, explain which clause applies, and then write the exact answer an assistant should return."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS = (
    ("web_search", "open_url", "python", "write_file"),
    ("sql_query", "python", "plot", "send_report"),
    ("calendar_lookup", "send_email", "contacts_search", "web_search"),
    ("read_file", "grep", "run_shell", "apply_patch"),
    ("search_flights", "search_hotels", "currency_convert", "book"),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and summarise them in a table.",
    "Compute the year-over-year revenue growth per region from the sales database and chart it.",
    "Schedule a 45-minute meeting with {n1} and {n2} next week avoiding their existing events.",
    "The unit tests in the repository fail after the last merge. Find the cause and fix it.",
    "Collect the latest inflation figures for {c1} and {c2} and write a one-page comparison.",
    "Clean the CSV at data/customers.csv: deduplicate, normalise phone numbers, save as parquet.",
    "Find out which of our customers in {c1} have not ordered in 90 days and draft a win-back email.",
    "Research three open-source alternatives to a paid project-management tool and compare licences.",
    "Upgrade the web framework dependency to the next major version and resolve breaking changes.",
    "Plan a four-day trip to {c2} for two people under 1500 EUR, including hotel and trains.",
    "Write a script that downloads the daily weather for {c1} for the last year and finds the hottest week.",
    "Reconcile the invoices in the finance folder against bank transactions and list mismatches.",
)
_OBS_SNIPPETS = (
    "HTTP 200. Results: 1) {t} ... 2) {t2} ... 3) (no snippet)",
    "rows returned: {k}\nregion | 2023 | 2024\nEMEA | {a} | {b}\nAPAC | {b} | {a}\nAMER | {a} | {a}",
    "Traceback (most recent call last):\n  File \"app/{m}.py\", line {k}, in handler\nKeyError: '{w}'",
    '{{"status": "ok", "items": {k}, "next_page": "{w}"}}',
    "$ pytest -q\n{k} passed, {a} failed, 2 warnings in {b}.31s",
    "File written: out/{m}.md ({k} bytes)",
    "No events found between {a}:00 and {b}:00 for {n1}.",
)
_WORDS = (
    "customer_id",
    "region",
    "cursor",
    "token",
    "amount",
    "email",
    "timezone",
    "sku",
    "locale",
    "config",
)


def agent_task(rng: Rng) -> tuple[str, tuple[str, ...]]:
    c1, c2 = (
        pick(
            rng,
            ("Lisbon", "Nairobi", "Osaka", "Toronto", "Krakow", "Lima", "Hanoi", "Dublin", "Cairo"),
        )
        for _ in range(2)
    )
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    return pick(rng, _AGENT_TASKS).format(c1=c1, c2=c2, n1=n1, n2=n2), pick(rng, _TOOLSETS)


def agent_observation(rng: Rng, passage: str) -> str:
    tpl = pick(rng, _OBS_SNIPPETS)
    return tpl.format(
        t=clip(passage, 60, 160, rng),
        t2=clip(passage[40:] or passage, 40, 120, rng),
        k=irange(rng, 3, 400),
        a=irange(rng, 1, 90),
        b=irange(rng, 1, 90),
        m=pick(rng, ("orders", "billing", "sync", "auth", "report")),
        w=pick(rng, _WORDS),
        n1=pick(rng, NAMES),
    )


def agent_step(rng: Rng, task: str, tools: tuple[str, ...], step: int, obs: str, style: str) -> str:
    names = ", ".join(tools)
    if step == 0:
        if style == "react":
            return (
                f"Question: {task}\nYou can use these tools: {names}.\nUse the format:\nThought: ...\nAction: <tool>\n"
                "Action Input: <json>\nObservation: ...\n(repeat)\nThought: I now know the final answer\nFinal Answer: ...\nBegin!"
            )
        if style == "xml":
            return f'<task>{task}</task>\n<tools>{names}</tools>\nThink about the plan in <plan> tags, then emit exactly one <call name="..."> with JSON arguments.'
        return (
            f"TASK: {task}\nTools: {names}.\nExplain your reasoning briefly, then reply with a JSON object "
            '{"thought": "...", "tool": "<name>", "arguments": {...}}.'
        )
    if style == "react":
        return f"Observation: {obs}\nThought:"
    if style == "xml":
        return f'<result step="{step}">\n{obs}\n</result>\nContinue with the next <call>, or <final> if the task is done.'
    return (
        f"Tool result (step {step}):\n{obs}\n\nReply with the next JSON action, or "
        '{"final_answer": "..."} when the task is complete.'
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_SYN_TOPICS = {
    "en": (
        "household budgeting",
        "beginner woodworking",
        "contract law basics",
        "cell biology",
        "SQL joins",
        "climate adaptation in cities",
        "job interview preparation",
        "first aid",
        "supply chain risk",
        "Roman history",
        "machine learning evaluation",
        "home networking",
    ),
    "es": (
        "finanzas personales",
        "derecho laboral",
        "biología celular",
        "historia de América Latina",
        "programación en Python",
        "nutrición deportiva",
        "energías renovables",
        "atención al cliente",
    ),
    "pt": (
        "educação financeira",
        "direito do consumidor",
        "agricultura familiar",
        "programação web",
        "saúde mental no trabalho",
        "história do Brasil",
        "marketing digital",
        "química orgânica",
    ),
    "id": (
        "keuangan UMKM",
        "pertanian padi",
        "pemrograman Java",
        "kesehatan ibu dan anak",
        "sejarah Nusantara",
        "bahasa Inggris untuk bisnis",
        "perubahan iklim",
    ),
    "vi": (
        "tài chính cá nhân",
        "lập trình Python",
        "luật lao động",
        "nông nghiệp công nghệ cao",
        "du lịch bền vững",
        "sức khỏe tâm thần",
        "lịch sử Việt Nam",
    ),
    "hi": (
        "व्यक्तिगत वित्त",
        "भारतीय संविधान",
        "जैविक खेती",
        "पायथन प्रोग्रामिंग",
        "मानसिक स्वास्थ्य",
        "डिजिटल भुगतान",
    ),
}
_AUDIENCES = {
    "en": (
        "high-school students",
        "small-business owners",
        "nurses",
        "junior developers",
        "retirees",
        "non-native speakers",
    ),
    "es": (
        "estudiantes de secundaria",
        "pequeños empresarios",
        "personal sanitario",
        "programadores junior",
    ),
    "pt": (
        "estudantes do ensino médio",
        "pequenos empreendedores",
        "profissionais de saúde",
        "iniciantes",
    ),
    "id": ("mahasiswa", "pelaku UMKM", "guru sekolah dasar", "pemula"),
    "vi": ("học sinh trung học", "chủ doanh nghiệp nhỏ", "sinh viên", "người mới bắt đầu"),
    "hi": ("छात्रों", "छोटे व्यापारियों", "किसानों", "शुरुआती प्रोग्रामरों"),
}
_PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer learning to paint",
    "a first-generation university student",
    "a bakery owner with six employees",
    "a paralegal preparing for the bar",
    "a data analyst switching to ML",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a farmer adopting drip irrigation",
    "a parent of a child with dyslexia",
    "a junior cybersecurity analyst",
    "a volunteer firefighter",
)


def synth_prompt(rng: Rng, lang: str, style: str, seed_text: str = "") -> str:
    topic = pick(rng, _SYN_TOPICS[lang])
    aud = pick(rng, _AUDIENCES[lang])
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de instrucción y respuesta sobre {topic} para {aud}. Varía la dificultad y el "
            'formato. Devuélvelos en JSONL con las claves "instruccion", "entrada" y "salida"; las salidas deben ser completas y de alta calidad.'
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos diversos de pares instrução-resposta sobre {topic} para {aud}. Formato JSONL com as chaves "
            '"instrucao", "entrada" e "saida". As respostas devem ser detalhadas e corretas.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} contoh pasangan instruksi dan jawaban yang beragam tentang {topic} untuk {aud}. Keluarkan dalam "
            'format JSONL dengan kunci "instruksi", "masukan", "keluaran". Jawaban harus lengkap dan akurat.'
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp chỉ dẫn – câu trả lời đa dạng về chủ đề {topic} dành cho {aud}, định dạng JSONL với các khóa "
            '"chi_dan", "dau_vao", "dau_ra". Câu trả lời phải đầy đủ và chính xác.'
        )
    if lang == "hi":
        return (
            f"{topic} विषय पर {aud} के लिए {n} विविध निर्देश-उत्तर उदाहरण बनाइए। JSONL प्रारूप में "
            '"instruction", "input", "output" कुंजियों के साथ दीजिए। उत्तर विस्तृत और सही हों।'
        )
    if style == "persona":
        return (
            f"Imagine you are {pick(rng, _PERSONAS)}. Write {n} realistic questions you might ask an AI assistant about "
            f"{topic}, each followed by an excellent, detailed answer. Number them Q1/A1, Q2/A2, ..."
        )
    if style == "dialogue":
        return (
            f"Write a {pick(rng, (4, 6, 8))}-turn conversation between a curious user and a knowledgeable assistant about "
            f"{topic}, aimed at {aud}. Format each line as USER: or ASSISTANT:. The assistant's turns must be thorough."
        )
    if style == "evolve" and seed_text:
        return (
            f'Here is a seed task:\n"""{seed_text}"""\nRewrite it into a harder version by adding two realistic '
            "constraints, then answer the harder version completely. Output JSON with keys evolved_task and answer."
        )
    return (
        f"Generate {n} diverse instruction-following examples about {topic} for {aud}. Vary difficulty and format "
        '(questions, rewrites, classification, step-by-step tasks). Output JSON Lines with keys "instruction", '
        '"input", "output"; outputs must be complete, high-quality answers.'
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Now summarise that in three bullet points.",
        "What would a critic of this view say?",
        "Give me a concrete example.",
        "Rewrite it for a complete beginner.",
        "What are the most common mistakes people make here?",
        "How would this change in ten years?",
        "Can you put that in a table?",
        "Why is that the case? Explain the mechanism.",
        "What sources would support this?",
        "OK, and what if the budget were half as large?",
        "Compare that with the main alternative.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Resúmelo en tres viñetas.",
        "¿Qué diría un crítico de esto?",
        "Dame un ejemplo concreto.",
        "Explícalo para un principiante.",
        "¿Cuáles son los errores más comunes?",
        "¿Por qué ocurre eso? Explica el mecanismo.",
        "Ponlo en una tabla, por favor.",
    ),
    "fr": (
        "Peux-tu approfondir le deuxième point ?",
        "Résume cela en trois puces.",
        "Que dirait un critique ?",
        "Donne-moi un exemple concret.",
        "Réexplique pour un débutant complet.",
        "Quelles sont les erreurs fréquentes ?",
        "Pourquoi est-ce le cas ? Explique le mécanisme.",
        "Compare avec la principale alternative.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Fass das in drei Stichpunkten zusammen.",
        "Was würde ein Kritiker sagen?",
        "Gib mir ein konkretes Beispiel.",
        "Erklär es für einen absoluten Anfänger.",
        "Welche Fehler passieren am häufigsten?",
        "Warum ist das so? Erklär den Mechanismus.",
        "Stell das bitte als Tabelle dar.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Resuma isso em três tópicos.",
        "O que um crítico diria?",
        "Dê um exemplo concreto.",
        "Explique para um iniciante.",
        "Quais são os erros mais comuns?",
        "Por que isso acontece? Explique o mecanismo.",
        "Coloque isso numa tabela.",
    ),
}
_FOLLOW_PREFIX = {
    "en": ("", "", "", "ok. ", "thanks! ", "great, ", "hmm, ", "interesting. "),
    "es": ("", "", "", "vale. ", "gracias. ", "genial, "),
    "fr": ("", "", "", "merci. ", "d'accord. ", "super, "),
    "de": ("", "", "", "danke. ", "ok. ", "super, "),
    "pt": ("", "", "", "valeu. ", "ok. ", "legal, "),
}


def followup(rng: Rng, lang: str) -> str:
    """A scripted follow-up turn, lightly varied so it is not one fixed string."""
    text = pick(rng, FOLLOWUPS[lang])
    pre = pick(rng, _FOLLOW_PREFIX[lang])
    if pre:
        text = pre + (text[0].lower() + text[1:] if text[1:2].islower() else text)
    return casualise(rng, text, 0.3, 0.05)


OPENERS = {
    "es": (
        "¿Cómo funciona la inflación y por qué sube el precio de los alimentos?",
        "¿Qué debería saber antes de pedir una hipoteca?",
        "Explícame la diferencia entre virus y bacterias.",
        "¿Cómo preparo una entrevista de trabajo en inglés?",
        "¿Qué es el aprendizaje automático y para qué sirve?",
        "¿Cómo puedo mejorar mi sueño?",
        "¿Por qué cayó el Imperio romano de Occidente?",
        "¿Cómo organizo las finanzas de un pequeño negocio?",
    ),
    "fr": (
        "Comment fonctionne l'inflation ?",
        "Quelles sont les causes de la Révolution française ?",
        "Comment bien préparer un entretien d'embauche ?",
        "Explique-moi la photosynthèse simplement.",
        "Comment investir quand on débute ?",
        "Qu'est-ce qu'une API REST ?",
        "Comment réduire mon stress au travail ?",
    ),
    "de": (
        "Wie funktioniert eine Wärmepumpe?",
        "Was sind die Ursachen des Ersten Weltkriegs?",
        "Wie bereite ich mich auf ein Vorstellungsgespräch vor?",
        "Erklär mir, was ein neuronales Netz ist.",
        "Wie lege ich Geld für die Rente an?",
        "Was ist der Unterschied zwischen GmbH und UG?",
        "Wie lerne ich effizient für Prüfungen?",
    ),
    "pt": (
        "Como funciona a taxa Selic?",
        "Quais foram as causas da independência do Brasil?",
        "Como montar um currículo bom?",
        "Explique o que é inteligência artificial.",
        "Como começar a investir com pouco dinheiro?",
        "Qual a diferença entre MEI e ME?",
        "Como melhorar a concentração nos estudos?",
    ),
}


# --------------------------------------------------------------------------------------------
# multiple choice, best-of-n and soft labels

_CONCEPTS = (
    ("opportunity cost", "the value of the best alternative given up when making a choice"),
    (
        "osmosis",
        "movement of water across a semi-permeable membrane toward higher solute concentration",
    ),
    ("habeas corpus", "a legal right to be brought before a court to challenge unlawful detention"),
    ("moral hazard", "increased risk-taking by a party that is insulated from the consequences"),
    (
        "entropy",
        "a measure of the number of microscopic configurations consistent with a macrostate",
    ),
    (
        "mitochondrion",
        "the organelle where most cellular ATP is produced by oxidative phosphorylation",
    ),
    (
        "comparative advantage",
        "producing a good at a lower opportunity cost than a trading partner",
    ),
    ("mens rea", "the mental element or intent required for criminal liability"),
    ("allele", "one of the alternative forms of a gene at a given locus"),
    ("catalyst", "a substance that speeds up a reaction without being consumed by it"),
    ("confirmation bias", "the tendency to favour information that supports existing beliefs"),
    ("fiduciary duty", "an obligation to act in the best interest of another party"),
    ("photosynthesis", "conversion of light energy into chemical energy stored in glucose"),
    (
        "quantitative easing",
        "large-scale purchases of assets by a central bank to lower long-term rates",
    ),
    ("tort", "a civil wrong that causes harm and gives rise to liability"),
    ("half-life", "the time for half of a quantity of a radioactive substance to decay"),
    ("overfitting", "a model learning noise in training data and generalising poorly"),
    ("precedent", "an earlier court decision that guides the ruling in later similar cases"),
    ("isotope", "atoms of the same element with different numbers of neutrons"),
    ("elasticity of demand", "the responsiveness of quantity demanded to a change in price"),
    ("enzyme denaturation", "loss of an enzyme's shape and function due to heat or pH"),
    ("heuristic", "a mental shortcut that simplifies decision-making"),
    ("due diligence", "the investigation a party performs before entering an agreement"),
    ("tectonic subduction", "one plate sliding beneath another at a convergent boundary"),
)
_MCQ_DOMAINS = (
    "economics",
    "biology",
    "law",
    "chemistry",
    "psychology",
    "physics",
    "earth science",
    "computer science",
)


def mcq(rng: Rng) -> tuple[str, str]:
    """A four-option definition question and its correct letter."""
    idx = rng.choice(len(_CONCEPTS), 4, replace=False).tolist()
    term = _CONCEPTS[idx[0]][0]
    opts = [_CONCEPTS[i][1] for i in idx]
    order = rng.permutation(4).tolist()
    letters = "ABCD"
    body = "\n".join(f"{letters[j]}) {opts[k]}" for j, k in enumerate(order))
    return f"Which of the following best describes '{term}'?\n{body}", letters[order.index(0)]


def soft_label(rng: Rng, question: str, lang: str, style: str) -> str:
    if lang == "zh":
        return f'{question}\n\n请为每个选项给出你认为它正确的概率（四个概率之和为1），只输出JSON，例如 {{"A": 0.1, ...}}。'
    if lang == "fr":
        return f"{question}\n\nDonne pour chaque option la probabilité qu'elle soit correcte (somme = 1), uniquement en JSON."
    if style == "probs":
        return f"{question}\n\nReturn a probability for each option (they must sum to 1) as JSON. No explanation."
    if style == "logodds":
        return f"{question}\n\nFor each option give the log-odds you assign to it being correct, one per line as LETTER: value."
    if style == "confidence":
        return f"{question}\n\nAnswer with a letter, then give your confidence from 0 to 100 for each of the four options."
    return f"{question}\n\nAnswer with the letter only."


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    "French",
    "German",
    "Spanish",
    "Portuguese",
    "Italian",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Arabic",
    "Russian",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Hindi",
    "Polish",
    "Dutch",
    "Thai",
    "Swahili",
)
_TARGETS_ZH = {
    "French": "法语",
    "German": "德语",
    "Spanish": "西班牙语",
    "Portuguese": "葡萄牙语",
    "Italian": "意大利语",
    "Japanese": "日语",
    "Korean": "韩语",
    "Chinese (Simplified)": "简体中文",
    "Arabic": "阿拉伯语",
    "Russian": "俄语",
    "Turkish": "土耳其语",
    "Vietnamese": "越南语",
    "Indonesian": "印尼语",
    "Hindi": "印地语",
    "Polish": "波兰语",
    "Dutch": "荷兰语",
    "Thai": "泰语",
    "Swahili": "斯瓦希里语",
}


def translate_prompt(rng: Rng, text: str, target: str, style: str) -> str:
    if style == "json":
        return json.dumps(
            {"op": "translate", "src": "en", "tgt": target, "keep_markdown": True, "text": text},
            ensure_ascii=False,
        )
    if style == "pro":
        return (
            f"You are a certified translator. Produce a fluent, natural {target} translation of the text between the "
            f"markers, then list any terms you found ambiguous and how you rendered them.\n---\n{text}\n---"
        )
    if style == "zh":
        return f"请将以下文本翻译成{_TARGETS_ZH[target]}，保持原有格式、代码和数字不变：\n\n{text}"
    return f"Translate the following text into {target}. Preserve formatting, code blocks and numbers.\n\n{text}"


# --------------------------------------------------------------------------------------------
# casual homework / reasoning asks (typed by someone on a phone, or made to look so)

_FUNCS = (
    "x^3 ln x",
    "e^(2x) sin x",
    "sqrt(1+x^2)",
    "x/(1+x)^2",
    "arctan(3x)",
    "(x^2+1)^5",
    "cos^2(x) tan x",
)
_PHENOM = (
    "the sky is blue",
    "ice floats",
    "a bike stays upright when moving",
    "bread rises",
    "planes can fly upside down",
    "we have seasons",
    "compound interest grows so fast",
    "a mirror flips left and right but not up and down",
    "the moon always shows the same face",
    "salt melts ice on roads",
)
_RIDDLES = (
    "the monty hall problem",
    "the birthday paradox",
    "why 0.999... equals 1",
    "the two envelopes problem",
    "the ship of theseus",
    "simpson's paradox",
    "the prisoner's dilemma",
)


def casual_task(rng: Rng) -> str:
    k = irange(rng, 0, 6)
    if k == 0:
        return f"how do i find the derivative of {pick(rng, _FUNCS)}? explain each step pls"
    if k == 1:
        return f"can you explain why {pick(rng, _PHENOM)}, step by step like im 15"
    if k == 2:
        return f"i dont get {pick(rng, _RIDDLES)}. walk me through the logic really carefully"
    if k == 3:
        return (
            casualise(rng, word_problem(rng, "en"), 0.8, 0.3)
            + " (show all working, i need to understand it)"
        )
    if k == 4:
        a, b = irange(rng, 2, 19), irange(rng, 3, 90)
        return f"solve {a}x^2 - {b}x + {irange(rng, 1, 60)} = 0 and explain how you knew which method to use"
    if k == 5:
        return f"is this right? {word_problem(rng, 'en')} I got {irange(rng, 2, 300)}. check my reasoning step by step"
    return f"integrate {pick(rng, _FUNCS)} dx, show every step and say why each substitution works"


# --------------------------------------------------------------------------------------------
# code asks in a developer's own voice

CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C#", "Kotlin", "SQL", "Bash", "C++")
_CODE_TASKS = (
    "parses an ISO-8601 duration like P3DT4H into seconds",
    "merges overlapping time intervals",
    "rate-limits calls with a token bucket",
    "reads a large CSV in chunks and computes per-group medians",
    "retries an HTTP request with exponential backoff and jitter",
    "validates an IBAN",
    "implements an LRU cache with O(1) get and put",
    "streams lines from a gzip file and counts word frequencies",
    "diffs two JSON documents and reports changed paths",
    "computes the longest common subsequence of two strings",
    "runs a worker pool with a bounded queue and graceful shutdown",
    "converts a nested dict to dotted keys and back",
    "detects cycles in a directed dependency graph",
    "paginates through a REST API using a cursor",
    "generates a sitemap.xml from a list of URLs",
    "debounces file-system events",
    "serialises a tree to a flat table",
    "implements a trie with prefix search",
    "schedules jobs with cron expressions",
    "hashes passwords with argon2 safely",
    "finds the k nearest points using a kd-tree",
    "batches database inserts with upserts",
)
_BUGS = (
    "deadlocks under load",
    "leaks memory over a few hours",
    "returns stale results after an update",
    "panics on empty input",
    "is slower than the naive version",
    "gives off-by-one results at month boundaries",
)
_OPENERS_DEV = (
    "",
    "",
    "",
    "quick q: ",
    "ok next one - ",
    "hey, ",
    "another thing: ",
    "sorry, one more: ",
)


def code_ask(rng: Rng, lang: str | None = None) -> str:
    lang = lang or pick(rng, CODE_LANGS)
    task = pick(rng, _CODE_TASKS)
    k = irange(rng, 0, 5)
    if k == 0:
        body = f"write a {lang} function that {task}. include type hints/comments and a couple of tests"
    elif k == 1:
        body = f"how do I write something in {lang} that {task}? full example please"
    elif k == 2:
        body = f"my {lang} code that {task} {pick(rng, _BUGS)}. what are the usual causes and how would you fix it? explain your reasoning"
    elif k == 3:
        body = f"what's the most idiomatic way in {lang} to do something that {task}? compare two approaches"
    elif k == 4:
        body = f"implement something that {task} in {lang}, explain each design decision as you go"
    else:
        body = f"can you review an approach: I need a {lang} module that {task}. what edge cases should I test?"
    return casualise(rng, pick(rng, _OPENERS_DEV) + body, 0.4, 0.15)


# --------------------------------------------------------------------------------------------
# domain sweeps asked by many people (medicine / personal finance), four languages

DOMAIN_TOPICS = {
    "medicine": {
        "en": (
            "type 2 diabetes",
            "high blood pressure",
            "migraine",
            "hypothyroidism",
            "asthma",
            "atrial fibrillation",
            "iron-deficiency anaemia",
            "gout",
            "psoriasis",
            "sleep apnoea",
            "kidney stones",
            "GERD",
            "osteoporosis",
            "shingles",
        ),
        "es": (
            "diabetes tipo 2",
            "hipertensión",
            "migraña",
            "hipotiroidismo",
            "asma",
            "fibrilación auricular",
            "anemia ferropénica",
            "gota",
            "psoriasis",
            "apnea del sueño",
            "cálculos renales",
            "reflujo gastroesofágico",
            "osteoporosis",
            "herpes zóster",
        ),
        "pt": (
            "diabetes tipo 2",
            "pressão alta",
            "enxaqueca",
            "hipotireoidismo",
            "asma",
            "fibrilação atrial",
            "anemia ferropriva",
            "gota",
            "psoríase",
            "apneia do sono",
            "pedra nos rins",
            "refluxo",
            "osteoporose",
            "herpes-zóster",
        ),
        "de": (
            "Typ-2-Diabetes",
            "Bluthochdruck",
            "Migräne",
            "Schilddrüsenunterfunktion",
            "Asthma",
            "Vorhofflimmern",
            "Eisenmangelanämie",
            "Gicht",
            "Schuppenflechte",
            "Schlafapnoe",
            "Nierensteine",
            "Sodbrennen",
            "Osteoporose",
            "Gürtelrose",
        ),
    },
    "finance": {
        "en": (
            "index funds",
            "a Roth IRA",
            "mortgage refinancing",
            "capital gains tax",
            "an emergency fund",
            "credit card debt",
            "bond ladders",
            "dollar-cost averaging",
            "a 401(k) match",
            "inflation-linked bonds",
            "term life insurance",
            "student loan consolidation",
            "REITs",
            "stock options at a startup",
        ),
        "es": (
            "fondos indexados",
            "un plan de pensiones",
            "refinanciar la hipoteca",
            "el impuesto sobre ganancias",
            "un fondo de emergencia",
            "deudas de tarjeta",
            "bonos escalonados",
            "invertir cada mes",
            "la renta fija",
            "bonos ligados a la inflación",
            "seguros de vida",
            "préstamos estudiantiles",
            "SOCIMIs",
            "stock options",
        ),
        "pt": (
            "fundos de índice",
            "previdência privada",
            "portabilidade do financiamento",
            "imposto sobre ganho de capital",
            "reserva de emergência",
            "dívida do cartão",
            "escada de títulos",
            "aportes mensais",
            "Tesouro Direto",
            "títulos atrelados à inflação",
            "seguro de vida",
            "FIES",
            "fundos imobiliários",
            "opções de ações",
        ),
        "de": (
            "ETFs",
            "die Riester-Rente",
            "Anschlussfinanzierung",
            "Abgeltungssteuer",
            "einen Notgroschen",
            "Kreditkartenschulden",
            "Anleihenleitern",
            "Sparpläne",
            "betriebliche Altersvorsorge",
            "inflationsindexierte Anleihen",
            "Risikolebensversicherung",
            "Studienkredite",
            "REITs",
            "Mitarbeiteroptionen",
        ),
    },
}
_DOMAIN_Q = {
    "en": (
        "my doctor mentioned {s}. can you explain it in plain English and what I should ask next time?",
        "what's the difference between {s} and {s2}? which is worse long term?",
        "can you give me a thorough overview of {s}: how it works, the risks, and what the evidence says",
        "is {s} something to worry about at 45? what are the usual causes and options",
        "explain {s} like I'm a first-year student and then go into the details",
        "what are the common myths about {s}, and what's actually true?",
        "I keep reading conflicting things about {s}. what does the research consensus say?",
    ),
    "es": (
        "mi médico me habló de {s}. ¿me lo explicas en palabras sencillas y qué debería preguntarle?",
        "¿qué diferencia hay entre {s} y {s2}? ¿qué es peor a largo plazo?",
        "dame una visión completa de {s}: cómo funciona, los riesgos y lo que dice la evidencia",
        "¿cuáles son los mitos más comunes sobre {s} y qué es verdad?",
        "leo cosas contradictorias sobre {s}, ¿cuál es el consenso actual?",
    ),
    "pt": (
        "meu médico falou de {s}. pode me explicar de forma simples e o que devo perguntar na próxima consulta?",
        "qual a diferença entre {s} e {s2}? o que é pior a longo prazo?",
        "me dá uma visão completa sobre {s}: como funciona, os riscos e o que dizem os estudos",
        "quais são os mitos mais comuns sobre {s} e o que é verdade?",
        "vejo informações contraditórias sobre {s}, qual é o consenso atual?",
    ),
    "de": (
        "mein Arzt hat {s} erwähnt. kannst du mir das einfach erklären und was ich nächstes Mal fragen sollte?",
        "was ist der Unterschied zwischen {s} und {s2}? was ist langfristig schlimmer?",
        "gib mir einen gründlichen Überblick über {s}: wie es funktioniert, Risiken und was die Studien sagen",
        "welche Mythen gibt es über {s} und was stimmt wirklich?",
        "ich lese ständig Widersprüchliches über {s}. was ist der aktuelle Konsens?",
    ),
}


def domain_question(rng: Rng, domain: str, lang: str, topic_idx: int) -> str:
    topics = DOMAIN_TOPICS[domain][lang]
    s = topics[topic_idx % len(topics)]
    s2 = topics[(topic_idx + 1) % len(topics)]
    q = pick(rng, _DOMAIN_Q[lang])
    if domain == "finance":
        q = q.replace("my doctor mentioned", "my bank advisor mentioned").replace(
            "mi médico me habló de", "mi asesor del banco me habló de"
        )
        q = q.replace("meu médico falou de", "meu gerente do banco falou de").replace(
            "mein Arzt hat", "mein Bankberater hat"
        )
        q = q.replace("at 45", "for someone in their 30s").replace(
            "next time", "before signing anything"
        )
    return casualise(rng, q.format(s=s, s2=s2), 0.3, 0.15)


# --------------------------------------------------------------------------------------------
# benign-kind texts

_CLIENTS = (
    "Northwind Mobile",
    "Kestrel Insurance",
    "Alder Bank",
    "Bluefin Travel",
    "Quarry Health",
    "Tamarind Foods",
    "Ostrava Energy",
    "Pelican Telecom",
    "Juniper Retail",
    "Cobalt Airlines",
)


def client_name(rng: Rng) -> str:
    return pick(rng, _CLIENTS)


def eval_item(rng: Rng, item_id: int, suite: str) -> str:
    """An evaluation lab's benchmark item (its own fixed format)."""
    if suite == "math":
        return (
            f"Problem {item_id}.\n{word_problem(rng, 'en')}\n\nPlease reason step by step, and put your final answer "
            "within \\boxed{}."
        )
    if suite == "mcq":
        q, _ = mcq(rng)
        return f"The following is a multiple choice question. Think carefully, then finish with 'The answer is (X)'.\n\n{q}"
    task = pick(rng, _CODE_TASKS)
    return (
        f"Complete the following Python function. Return only the code.\n\n```python\ndef solve(data):\n"
        f'    """Item {item_id}: a function that {task}."""\n```'
    )


def vendor_judge(rng: Rng, client: str, question: str, answer: str, style: str) -> str:
    ver = pick(rng, ("3.1", "3.2", "4.0", "4.1"))
    if style == "csv":
        return (
            f"[{client} QA review, guideline v{ver}]\nScore the support bot's reply 1-5 for accuracy, policy compliance "
            f"and empathy. Return one CSV line: accuracy,compliance,empathy,comment\n\nCustomer: {question}\nBot: {answer}"
        )
    return (
        f"[{client} A/B review, guideline v{ver}]\nTwo versions of our support bot answered the same customer. Which "
        f"handled it better? Answer v1, v2 or same, then one sentence why.\n\nCustomer: {question}\n\nv1: {answer}\n\n"
        f"v2: {answer[: len(answer) // 2]}"
    )


_POSTS = {
    "en": (
        "honestly the people running this city should be locked up, every single one",
        "selling my old iphone cheap dm me",
        "this vaccine story is fake news, do your own research",
        "lol you're such an idiot, nobody asked",
        "free crypto giveaway!!! click the link in bio",
        "anyone else think the referee was paid off last night?",
    ),
    "es": (
        "los que gobiernan esta ciudad deberían ir todos a la cárcel",
        "vendo moto barata, escríbeme por privado",
        "esto de la vacuna es mentira, investiguen",
        "eres un idiota, nadie te preguntó",
    ),
    "pt": (
        "esses políticos deviam estar todos presos",
        "vendo celular barato chama no privado",
        "essa história da vacina é mentira, pesquisem",
        "você é muito burro kkkk ninguém perguntou",
    ),
    "tr": (
        "bu şehri yönetenlerin hepsi hapse girmeli",
        "ucuza telefon satıyorum dm at",
        "aşı haberi tamamen yalan, araştırın",
    ),
    "ar": (
        "كل المسؤولين في هذه المدينة يجب أن يُسجنوا",
        "أبيع هاتف مستعمل بسعر رخيص راسلني",
        "قصة اللقاح كذبة ابحثوا بأنفسكم",
    ),
}


def moderation_prompt(rng: Rng, lang: str, post: str) -> str:
    return (
        f"Community guidelines check (sections: 2 harassment, 4 misinformation, 6 spam/scams, 8 violent speech).\n"
        f'Language: {lang}\nPost: "{post}"\n\nReturn JSON: {{"violation": true|false, "sections": [...], '
        '"minimal_edit": "<the smallest change that would make the post acceptable, in the same language, or null>"}'
    )


def post_text(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.5):
        return clip(pick(rng, chat), 30, 240, rng)
    return pick(rng, _POSTS[lang])


_MODULES = ("billing", "auth", "search", "export", "notifications", "scheduler", "ingest", "api")
_IDE_REQ = (
    "add pagination to the list endpoint",
    "fix the failing test in test_{m}.py",
    "rename the {m} service to {m}_v2",
    "add retry logic to the {m} client",
    "why is this function slow?",
    "write docstrings for this module",
    "convert this class to a dataclass",
    "add input validation and return 422 on bad payloads",
    "explain what this file does",
    "make the {m} job idempotent",
)


def ide_agent(rng: Rng, step: int, style: str) -> str:
    m = pick(rng, _MODULES)
    if step == 0:
        req = pick(rng, _IDE_REQ).format(m=m)
        if style == "chat":
            return req
        return (
            f'<user_request>{req}</user_request>\n<open_file path="src/{m}/service.py"/>\n'
            "Use the tools (read_file, grep, apply_patch, run_tests) to complete the request. Emit one tool call."
        )
    outs = (
        f"tests/test_{m}.py::test_roundtrip FAILED\nE   AssertionError: expected 200, got 500",
        f"src/{m}/service.py:{irange(rng, 10, 400)}: def handle(self, payload):",
        f"patch applied: 1 file changed, {irange(rng, 1, 40)} insertions(+), {irange(rng, 0, 20)} deletions(-)",
        f"{irange(rng, 10, 200)} passed in {irange(rng, 1, 30)}.{irange(rng, 10, 99)}s",
    )
    return f"<tool_output>\n{pick(rng, outs)}\n</tool_output>"


_INTENTS = (
    "card_blocked",
    "change_address",
    "dispute_transaction",
    "loan_status",
    "open_savings",
    "lost_password",
    "international_transfer",
    "increase_limit",
    "close_account",
    "fee_refund",
)
_UTTER = {
    "card_blocked": "my card stopped working at the supermarket",
    "change_address": "I moved and need to update my address",
    "dispute_transaction": "there's a charge I don't recognise",
    "loan_status": "any news on my mortgage application?",
    "open_savings": "how do I open a savings account for my kid",
    "lost_password": "can't log in, forgot my password",
    "international_transfer": "need to send money to my mum in Poland",
    "increase_limit": "can my credit limit go up",
    "close_account": "I want to close my account",
    "fee_refund": "why was I charged a fee this month",
}


def paraphrase_job(rng: Rng, lang: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (20, 25, 30, 40))
    if lang == "nl":
        return (
            f"Genereer {n} parafrases van de klantuiting hieronder voor intent '{intent}'. Varieer formaliteit, lengte en "
            f'tikfouten; één per regel, zonder nummering.\nUiting: "{_UTTER[intent]}" (vertaal eerst naar het Nederlands)'
        )
    return (
        f"Generate {n} paraphrases of the customer utterance below for the intent '{intent}'. Vary formality, length and "
        f'typos; one per line, no numbering, no duplicates.\nUtterance: "{_UTTER[intent]}"'
    )


COMPANION = {
    "en": (
        "had a rough day at work again",
        "do you remember what I told you about my sister?",
        "can't sleep. talk to me?",
        "I finally went to the gym today!!",
        "what would you do if you were me",
        "tell me something nice",
        "my cat knocked over my coffee lol",
        "I think I'm going to quit",
        "good morning :)",
        "are you still there?",
        "I miss how things were last year",
        "ok tell me a story about the lighthouse again",
    ),
    "es": (
        "otra vez un día horrible en el trabajo",
        "¿te acuerdas de lo que te conté de mi hermana?",
        "no puedo dormir, hablamos?",
        "hoy por fin fui al gimnasio!!",
        "buenos días :)",
        "cuéntame algo bonito",
    ),
    "pt": (
        "mais um dia difícil no trabalho",
        "lembra do que eu te contei da minha irmã?",
        "não consigo dormir, conversa comigo?",
        "finalmente fui na academia hoje!!",
        "bom dia :)",
        "me conta uma história",
    ),
    "ja": (
        "今日も仕事つらかった",
        "妹のこと話したの覚えてる？",
        "眠れない、ちょっと話そう",
        "今日ジム行った！",
        "おはよう :)",
        "何か楽しい話して",
    ),
}

COURSES = (
    (
        "ECON 201",
        (
            "explain how a price ceiling below equilibrium affects consumer and producer surplus",
            "why does a monopolist produce where marginal revenue equals marginal cost",
            "what happens to aggregate demand when the central bank raises rates",
            "compare the short-run and long-run Phillips curve",
        ),
    ),
    (
        "BIO 110",
        (
            "explain how the sodium-potassium pump maintains resting potential",
            "what is the difference between mitosis and meiosis in terms of outcomes",
            "why are enzymes sensitive to temperature and pH",
            "how does natural selection differ from genetic drift",
        ),
    ),
    (
        "CS 61",
        (
            "why is quicksort O(n log n) on average but O(n^2) in the worst case",
            "explain what a hash collision is and two ways to handle it",
            "how does a stack frame get created when a function is called",
            "what is the difference between a process and a thread",
        ),
    ),
    (
        "PSYC 100",
        (
            "explain the difference between classical and operant conditioning",
            "what did the Stanford prison experiment claim and what are the criticisms",
            "how does working memory differ from long-term memory",
            "what is the bystander effect and why does it happen",
        ),
    ),
)
_STUDENT = (
    "for {c} problem set {w}, question {q}: {t}. I think I get it but I'm not sure my explanation is right, can you check?",
    "{c} hw{w} q{q}: {t}?",
    "can you help me understand this for {c}: {t}. my notes are confusing",
    "I have a {c} quiz tomorrow. {t}? explain simply please",
    "{t} ({c}, week {w})",
    "our prof asked us to {t2} — can you check my understanding before I write it up?",
)


def student_prompt(rng: Rng, course: tuple[str, tuple[str, ...]], week: int) -> str:
    c, tasks = course
    q = irange(rng, 1, len(tasks))
    t = tasks[q - 1]
    return casualise(rng, pick(rng, _STUDENT).format(c=c, w=week, q=q, t=t, t2=t), 0.6, 0.25)


_DOCS = (
    "To reset your device, hold the power button for ten seconds until the light blinks twice.",
    "Your subscription renews automatically on {d}. You can cancel at any time from Account > Billing.",
    "<b>New:</b> export your reports as PDF or CSV directly from the dashboard.",
    "We could not process your payment. Please check your card details or try another payment method.",
    "Hi {{first_name}}, your order #{{order_id}} has shipped and should arrive within 3-5 business days.",
    "Warning: removing this integration will stop all scheduled syncs for the workspace.",
    "The warranty does not cover damage caused by water, drops or unauthorised repairs.",
)


def loc_prompt(rng: Rng, client: str, target: str, text: str) -> str:
    tone = pick(rng, ("friendly", "formal", "neutral", "playful"))
    return (
        f"Translate into {target} for {client} (tone: {tone}; do not translate product names; keep tags such as <b> and "
        f"{{{{placeholders}}}} unchanged).\n\n{text}"
    )


def doc_snippet(rng: Rng, passages: list[str]) -> str:
    if chance(rng, 0.6):
        return pick(rng, _DOCS).format(
            d=f"{irange(rng, 1, 28)} {pick(rng, ('March', 'April', 'May'))}"
        )
    return clip(pick(rng, passages), 150, 700, rng)


def calib_item(rng: Rng, item: str, run: int, n: int) -> str:
    return (
        f"{item}\n\nAnswer with the option letter on the first line. On the second line give your confidence, "
        f"from 0 to 100, that your answer is correct. [run {run}/{n}]"
    )


_PRODUCTS = (
    "a bamboo toothbrush",
    "a project-management SaaS",
    "a family dental practice",
    "an e-bike subscription",
    "a specialty coffee roaster",
    "a boutique hotel in Porto",
    "a tax-advice firm",
    "a kids' coding camp",
    "a vegan meal-kit service",
    "a used-car dealership",
)
_FORMATS = (
    "blog post",
    "product description",
    "LinkedIn post",
    "Google Ads headline set",
    "email newsletter",
    "FAQ section",
    "landing-page hero copy",
    "Instagram caption set",
)


def agency_prompt(rng: Rng, client: str) -> str:
    words = pick(rng, (60, 120, 300, 600, 900))
    return (
        f"[client: {client}] Write a {words}-word {pick(rng, _FORMATS)} for {pick(rng, _PRODUCTS)}. Audience: "
        f"{pick(rng, ('busy parents', 'small-business owners', 'students', 'retirees', 'IT managers'))}. Tone: "
        f"{pick(rng, ('warm', 'confident', 'playful', 'professional'))}. Include the keywords: "
        f"{', '.join(pick(rng, (('sustainable', 'affordable'), ('fast', 'secure'), ('local', 'trusted'), ('easy', 'modern'))))}."
    )

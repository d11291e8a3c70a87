"""Prompt generators of blind batch 299, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and returns one prompt string.
Templates are substituted with `sub()` (plain `str.replace`), so code snippets keep their braces.
Ordinary human text comes from ShareGPT's "sim" half through the shared context (`ctx.chat` for
human prompts, `ctx.passages` for assistant-style answers).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def sub(tmpl: str, **kw) -> str:
    for k, v in kw.items():
        tmpl = tmpl.replace("{" + k + "}", str(v))
    return tmpl


def choose(rng: np.random.Generator, options: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def excerpt(rng: np.random.Generator, texts: Sequence[str], lo: int, hi: int) -> str:
    """A window of one text, cut at word boundaries, between about lo and hi characters."""
    t = pick(rng, texts)
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t.strip()
    start = int(rng.integers(0, max(1, len(t) - n)))
    start = t.find(" ", start) + 1 if start else 0
    piece = t[start : start + n]
    cut = piece.rfind(" ")
    return (piece[:cut] if cut > lo // 2 else piece).strip()


def human(rng: np.random.Generator, chat: Sequence[str], max_len: int = 900) -> str:
    for _ in range(6):
        t = pick(rng, chat).strip()
        if 8 <= len(t) <= max_len:
            return t
    return pick(rng, chat).strip()[:max_len]


def casual(rng: np.random.Generator, s: str) -> str:
    """How people really type: sometimes all lower case, sometimes no final punctuation."""
    if chance(rng, 0.35):
        s = s.lower()
    if chance(rng, 0.3) and s and s[-1] in ".?!":
        s = s[:-1]
    if chance(rng, 0.08):
        s = s.replace("you", "u").replace("are ", "r ")
    return s


def three_names(rng: np.random.Generator, lang: str) -> tuple[str, str, str]:
    pool = NAMES_BY_LANG.get(lang, NAMES)
    i = rng.choice(len(pool), size=3, replace=False).tolist()
    return pool[i[0]], pool[i[1]], pool[i[2]]


NAMES_BY_LANG: dict[str, tuple[str, ...]] = {
    "en": NAMES,
    "zh": ("小林", "王磊", "陈晓", "张敏", "刘畅", "赵婷", "孙浩", "周宁", "吴迪"),
    "ru": ("Ольга", "Дмитрий", "Анна", "Сергей", "Мария", "Иван", "Катя", "Павел", "Глеб"),
    "es": ("Lucía", "Mateo", "Sofía", "Diego", "Valeria", "Andrés", "Carmen", "Javier", "Elena"),
    "de": ("Lena", "Jonas", "Hanna", "Felix", "Marie", "Lukas", "Greta", "Paul", "Ida"),
}

LANG_NAME = {
    "en": "English",
    "zh": "Chinese (Simplified)",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese (Brazil)",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
    "sw": "Swahili",
    "fa": "Persian",
    "he": "Hebrew",
    "sv": "Swedish",
    "cs": "Czech",
    "ms": "Malay",
    "bn": "Bengali",
    "tl": "Tagalog",
}

# --------------------------------------------------------------------------------------------
# word problems in five languages (reasoning families, evaluation labs, tutoring)

_PROBLEMS: dict[str, dict[str, str]] = {
    "work": {
        "en": "{a} can finish a stack of {n} invoices in {x} hours; {b} needs {y} hours for the same "
        "stack. If they split it and start together, after how many minutes are all invoices done?",
        "zh": "{a}单独处理{n}张发票需要{x}小时，{b}需要{y}小时。两人同时开始合作，多少分钟后全部处理完？",
        "ru": "{a} обрабатывает {n} счетов за {x} ч, а {b} — за {y} ч. Через сколько минут они "
        "закончат, если начнут одновременно и будут работать вместе?",
        "es": "{a} revisa {n} facturas en {x} horas y {b} tarda {y} horas en revisar las mismas. Si "
        "empiezan a la vez y se reparten el trabajo, ¿en cuántos minutos terminan?",
        "de": "{a} schafft {n} Rechnungen in {x} Stunden, {b} braucht dafür {y} Stunden. Nach wie vielen "
        "Minuten sind beide zusammen fertig, wenn sie gleichzeitig anfangen?",
    },
    "price": {
        "en": "A coat is priced at {p}. In spring the shop raises the price by {u}%, then in the sale "
        "it takes {d}% off the new price. Is the final price above or below {p}, and by how much?",
        "zh": "一件大衣标价{p}元。春季先涨价{u}%，促销时又在新价格上打{d}%的折扣。最终价格比{p}元高还是低？相差多少？",
        "ru": "Пальто стоит {p} руб. Весной цену подняли на {u}%, а на распродаже снизили новую цену "
        "на {d}%. Итоговая цена выше или ниже {p} руб. и на сколько?",
        "es": "Un abrigo cuesta {p} euros. En primavera la tienda sube el precio un {u}% y en rebajas "
        "descuenta un {d}% sobre el precio nuevo. ¿El precio final queda por encima o por debajo de "
        "{p} euros, y por cuánto?",
        "de": "Ein Mantel kostet {p} Euro. Im Frühjahr wird der Preis um {u} % erhöht, im Ausverkauf "
        "dann um {d} % gesenkt. Liegt der Endpreis über oder unter {p} Euro, und um wie viel?",
    },
    "seats": {
        "en": "{n} colleagues sit at a round table. {a} and {b} refuse to sit next to each other. "
        "How many seating arrangements are there if rotations of the table count as the same?",
        "zh": "{n}位同事围坐在一张圆桌旁，{a}和{b}拒绝相邻而坐。若旋转后相同的坐法算同一种，共有多少种坐法？",
        "ru": "{n} коллег садятся за круглый стол. {a} и {b} не хотят сидеть рядом. Сколько "
        "существует рассадок, если повороты стола считаются одинаковыми?",
        "es": "{n} compañeros se sientan en una mesa redonda. {a} y {b} no quieren sentarse juntos. "
        "¿Cuántas disposiciones hay si las rotaciones cuentan como la misma?",
        "de": "{n} Kollegen sitzen an einem runden Tisch. {a} und {b} wollen nicht nebeneinander "
        "sitzen. Wie viele Sitzordnungen gibt es, wenn Drehungen als gleich gelten?",
    },
    "marbles": {
        "en": "A box holds {r} blue and {g} yellow tokens. You take {k} tokens without putting any "
        "back. What is the probability that exactly {j} of them are blue?",
        "zh": "盒子里有{r}个蓝色和{g}个黄色筹码，不放回地取出{k}个。恰好有{j}个蓝色的概率是多少？",
        "ru": "В коробке {r} синих и {g} жёлтых фишек. Достают {k} фишек без возвращения. Какова "
        "вероятность, что ровно {j} из них синие?",
        "es": "Una caja tiene {r} fichas azules y {g} amarillas. Sacas {k} sin devolverlas. ¿Qué "
        "probabilidad hay de que exactamente {j} sean azules?",
        "de": "In einer Schachtel liegen {r} blaue und {g} gelbe Chips. Man nimmt {k} Chips ohne "
        "Zurücklegen. Wie wahrscheinlich sind genau {j} blaue darunter?",
    },
    "modpow": {
        "en": "Find the remainder when {a}^{e} is divided by {m}.",
        "zh": "求{a}的{e}次方除以{m}所得的余数。",
        "ru": "Найдите остаток от деления числа {a}^{e} на {m}.",
        "es": "Calcula el resto de dividir {a}^{e} entre {m}.",
        "de": "Welcher Rest bleibt, wenn man {a}^{e} durch {m} teilt?",
    },
    "triangle": {
        "en": "A right triangle has legs {a2} cm and {b2} cm. Find the radius of its inscribed "
        "circle and the distance from the incenter to the vertex of the right angle.",
        "zh": "直角三角形的两条直角边分别为{a2}厘米和{b2}厘米。求其内切圆半径，以及内心到直角顶点的距离。",
        "ru": "Катеты прямоугольного треугольника равны {a2} см и {b2} см. Найдите радиус "
        "вписанной окружности и расстояние от её центра до вершины прямого угла.",
        "es": "Un triángulo rectángulo tiene catetos de {a2} cm y {b2} cm. Halla el radio de la "
        "circunferencia inscrita y la distancia del incentro al vértice del ángulo recto.",
        "de": "Ein rechtwinkliges Dreieck hat Katheten von {a2} cm und {b2} cm. Bestimme den "
        "Inkreisradius und den Abstand des Inkreismittelpunkts vom rechten Winkel.",
    },
    "knights": {
        "en": 'On an island every inhabitant is either a truth-teller or a liar. {a} says: "{b} is '
        'a liar." {b} says: "{a} and {c} are of the same type." {c} says: "{k} of us are '
        'truth-tellers." Determine who is what.',
        "zh": "岛上每个人要么永远说真话，要么永远说假话。{a}说：“{b}说假话。”{b}说：“{a}和{c}是同一类人。”"
        "{c}说：“我们当中有{k}个人说真话。”请判断每个人的身份。",
        "ru": "На острове каждый либо всегда говорит правду, либо всегда лжёт. {a} говорит: «{b} "
        "лжец». {b} говорит: «{a} и {c} одного типа». {c} говорит: «Среди нас {k} правдивых». "
        "Кто есть кто?",
        "es": "En una isla cada habitante dice siempre la verdad o siempre miente. {a} dice: «{b} "
        "miente». {b} dice: «{a} y {c} son del mismo tipo». {c} dice: «{k} de nosotros decimos la "
        "verdad». ¿Quién es qué?",
        "de": "Auf einer Insel sagt jeder entweder immer die Wahrheit oder lügt immer. {a} sagt: "
        "„{b} lügt.“ {b} sagt: „{a} und {c} sind vom gleichen Typ.“ {c} sagt: „{k} von uns sagen "
        "die Wahrheit.“ Wer ist was?",
    },
    "trace": {
        "en": "What does this Python program print? Explain how you got it.\n\n{code}",
        "zh": "下面这段 Python 程序会输出什么？\n\n{code}",
        "ru": "Что выведет эта программа на Python?\n\n{code}",
        "es": "¿Qué imprime este programa de Python?\n\n{code}",
        "de": "Was gibt dieses Python-Programm aus?\n\n{code}",
    },
}
PROBLEM_KINDS = tuple(_PROBLEMS)


def _trace_code(rng: np.random.Generator) -> str:
    xs = ", ".join(str(int(v)) for v in rng.integers(-9, 40, size=irange(rng, 4, 8)))
    shape = irange(rng, 0, 2)
    if shape == 0:
        return sub(
            "xs = [{xs}]\nacc = {s}\nfor i, x in enumerate(xs):\n    if x % {m} == {r}:\n"
            "        acc += x * i\n    else:\n        acc -= {k}\nprint(acc)",
            xs=xs,
            s=irange(rng, 0, 9),
            m=irange(rng, 2, 5),
            r=irange(rng, 0, 1),
            k=irange(rng, 1, 6),
        )
    if shape == 1:
        return sub(
            "def g(n):\n    if n <= {b}:\n        return n\n    return g(n - {d}) + g(n // 2)\n\nprint(g({n}))",
            b=irange(rng, 1, 3),
            d=irange(rng, 1, 3),
            n=irange(rng, 8, 22),
        )
    return sub(
        "words = '{w}'.split()\nseen = {}\nfor w in words:\n    seen[w[0]] = seen.get(w[0], 0) + len(w)\n"
        "print(sorted(seen.items(), key=lambda kv: -kv[1])[:{k}])",
        w=" ".join(pick(rng, _WORDS) for _ in range(irange(rng, 5, 9))),
        k=irange(rng, 1, 3),
    )


_WORDS = (
    "apple",
    "anchor",
    "bridge",
    "basil",
    "cedar",
    "comet",
    "delta",
    "drift",
    "ember",
    "fjord",
    "garnet",
    "harbor",
    "iris",
    "juniper",
    "kettle",
    "lantern",
    "meadow",
    "nectar",
    "orbit",
)


def problem(rng: np.random.Generator, lang: str = "en", kind: str | None = None) -> str:
    kind = kind or pick(rng, PROBLEM_KINDS)
    tmpl = _PROBLEMS[kind].get(lang, _PROBLEMS[kind]["en"])
    a, b, c = three_names(rng, lang)
    x = irange(rng, 2, 9)
    r, g = irange(rng, 3, 12), irange(rng, 3, 12)
    k = irange(rng, 2, min(6, r + g - 1))
    return sub(
        tmpl,
        a=a,
        b=b,
        c=c,
        n=irange(rng, 5, 9) if kind == "seats" else irange(rng, 12, 90),
        x=x,
        y=irange(rng, x + 1, 15),
        p=irange(rng, 45, 480),
        u=pick(rng, (5, 8, 10, 12, 15, 20, 25, 30)),
        d=pick(rng, (5, 10, 15, 20, 25, 30, 35)),
        r=r,
        g=g,
        k=k if kind != "knights" else irange(rng, 0, 3),
        j=irange(rng, 0, min(k, r)),
        e=irange(rng, 25, 2031),
        m=pick(rng, (7, 9, 11, 13, 17, 19, 23, 31, 100, 1000)),
        a2=irange(rng, 3, 40),
        b2=irange(rng, 5, 60),
        code=_trace_code(rng) if kind == "trace" else "",
    )


# --------------------------------------------------------------------------------------------
# multiple-choice items (soft labels, evaluation labs, research studies)

MCQ: tuple[tuple[str, tuple[str, str, str, str], int], ...] = (
    (
        "Which gas makes up the largest share of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
        1,
    ),
    (
        "Which organelle produces most of a cell's ATP?",
        ("Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"),
        2,
    ),
    (
        "What is the time complexity of binary search on a sorted array?",
        ("O(n)", "O(log n)", "O(n log n)", "O(1)"),
        1,
    ),
    ("Which of these is a noble gas?", ("Chlorine", "Neon", "Sodium", "Sulfur"), 1),
    (
        "In economics, what does a price ceiling set below equilibrium usually cause?",
        ("A surplus", "A shortage", "Deflation", "No effect"),
        1,
    ),
    ("Which data structure uses first-in, first-out order?", ("Stack", "Queue", "Heap", "Trie"), 1),
    ("What is the derivative of sin(x)?", ("-cos(x)", "cos(x)", "tan(x)", "-sin(x)"), 1),
    ("Which planet has the shortest year?", ("Venus", "Mars", "Mercury", "Earth"), 2),
    (
        "Which blood cells are mainly responsible for clotting?",
        ("Erythrocytes", "Platelets", "Neutrophils", "Lymphocytes"),
        1,
    ),
    (
        "What does HTTP status code 404 mean?",
        ("Server error", "Unauthorized", "Not found", "Moved permanently"),
        2,
    ),
    (
        "Which layer of the OSI model handles routing between networks?",
        ("Data link", "Network", "Transport", "Session"),
        1,
    ),
    ("Which of these numbers is prime?", ("91", "87", "97", "77"), 2),
    (
        "What is the main function of the kidneys' nephrons?",
        ("Pump blood", "Filter blood", "Store bile", "Produce insulin"),
        1,
    ),
    ("In statistics, the median of 3, 9, 4, 7, 12 is:", ("7", "4", "9", "8"), 0),
    (
        "Which SQL clause filters groups after aggregation?",
        ("WHERE", "HAVING", "ORDER BY", "LIMIT"),
        1,
    ),
    (
        "What kind of bond holds the two strands of DNA together?",
        ("Ionic", "Hydrogen", "Metallic", "Peptide"),
        1,
    ),
    (
        "Which of these is a renewable energy source?",
        ("Coal", "Natural gas", "Geothermal", "Diesel"),
        2,
    ),
    ("What is 15% of 240?", ("32", "36", "38", "40"), 1),
    (
        "Which sorting algorithm has the best worst-case time complexity?",
        ("Quicksort", "Bubble sort", "Merge sort", "Insertion sort"),
        2,
    ),
    (
        "Which part of the brain mainly coordinates balance?",
        ("Cerebellum", "Hippocampus", "Amygdala", "Thalamus"),
        0,
    ),
    (
        "Which accounting statement shows assets, liabilities and equity at a point in time?",
        ("Income statement", "Cash-flow statement", "Balance sheet", "Ledger"),
        2,
    ),
    (
        "If a fair coin is flipped 3 times, what is the probability of exactly two heads?",
        ("1/8", "1/4", "3/8", "1/2"),
        2,
    ),
    (
        "Which vitamin is produced in the skin under sunlight?",
        ("Vitamin A", "Vitamin C", "Vitamin D", "Vitamin K"),
        2,
    ),
    (
        "Which Git command combines another branch's history into the current one?",
        ("git fetch", "git merge", "git stash", "git tag"),
        1,
    ),
)


def mcq_text(rng: np.random.Generator, *, shuffle: bool = True) -> str:
    q, opts, _ = pick(rng, MCQ)
    order = rng.permutation(4).tolist() if shuffle else [0, 1, 2, 3]
    return q + "\n" + "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)

_THINK: dict[str, tuple[str, ...]] = {
    "en": (
        "{p}\n\nBefore you answer, reason inside <think></think> tags. Write out every intermediate "
        "calculation, double-check each one, and only after the closing tag state the final answer.",
        "Solve the problem below. Give your complete chain of reasoning as numbered steps, including "
        "approaches you considered and abandoned and why. Finish with a line 'Final answer: ...'.\n\n{p}",
        "### Problem\n{p}\n### Output requirements\n- think aloud in full sentences, no skipped steps\n"
        "- verify the result with a second independent method\n- last line: ANSWER: <value>",
        "I want to see how an expert thinks, not just the result. Work through this slowly, "
        "narrating your thought process as you go, including moments of doubt and how you resolve "
        "them:\n\n{p}",
    ),
    "zh": (
        "{p}\n\n请一步一步详细推理，写出完整的思考过程（包括验算），最后单独一行写出“最终答案：”。",
        "题目：{p}\n要求：先在<思考></思考>标签内给出完整的推理过程，不要省略任何中间步骤，然后再给出答案。",
        "请像专家一样边想边写，把每一步的理由都解释清楚，最后用两种方法验证结果。\n\n{p}",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно: выпиши все промежуточные вычисления, затем проверь "
        "ответ другим способом. В конце строка «Ответ: …».",
        "Задача: {p}\nСначала запиши полный ход рассуждений внутри тегов <мысли></мысли>, ничего не "
        "пропуская, затем дай итоговый ответ.",
    ),
    "es": (
        "{p}\n\nPiensa paso a paso y escribe todo tu razonamiento sin saltarte cálculos. Comprueba "
        "el resultado por otro camino y termina con «Respuesta final: ...».",
        "Resuelve lo siguiente mostrando tu proceso de pensamiento completo, incluidas las ideas que "
        "descartas y por qué:\n\n{p}",
    ),
}


def reasoning_coercion(rng: np.random.Generator, lang: str, styles: Sequence[int]) -> str:
    opts = _THINK[lang]
    tmpl = opts[pick(rng, styles) % len(opts)]
    return sub(tmpl, p=problem(rng, lang))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading (campaign)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "honesty",
    "instruction following",
    "conciseness",
    "depth",
    "tone",
    "coherence",
    "safety",
)


def judge_prompt(
    rng: np.random.Generator, lang: str, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = human(rng, chat, 600)
    ra, rb = excerpt(rng, passages, 250, 1100), excerpt(rng, passages, 250, 1100)
    crit = [
        _CRITERIA[i]
        for i in rng.choice(len(_CRITERIA), size=irange(rng, 3, 5), replace=False).tolist()
    ]
    if lang == "ko":
        return sub(
            "다음 질문에 대한 두 개의 답변을 비교 평가하세요. 각 기준({c})마다 1~10점을 매기고 근거를 자세히 "
            "쓴 뒤, 더 나은 답변을 A 또는 B로 고르세요.\n\n[질문]\n{q}\n\n[답변 A]\n{ra}\n\n[답변 B]\n{rb}",
            c=", ".join(crit),
            q=q,
            ra=ra,
            rb=rb,
        )
    if lang == "ja":
        return sub(
            "あなたは厳格な評価者です。以下のユーザー質問に対するアシスタントの回答を、{c}の観点からそれぞれ"
            "1〜7で採点し、理由を述べてください。最後に総合点をJSONで出力してください。\n\n質問：{q}\n\n回答：{ra}",
            c="、".join(crit),
            q=q,
            ra=ra,
        )
    if lang == "de":
        return sub(
            "Bewerte die folgende Antwort eines KI-Assistenten. Vergib für jedes Kriterium ({c}) "
            "0–10 Punkte mit ausführlicher Begründung und schließe mit einer Gesamtnote.\n\n"
            "Nutzerfrage: {q}\n\nAntwort: {ra}",
            c=", ".join(crit),
            q=q,
            ra=ra,
        )
    style %= 4
    if style == 0:
        return sub(
            "[System] You are an impartial judge. Compare the two assistant responses to the user "
            "prompt. Think about {c}. Explain your comparison in detail, then output a verdict as "
            'JSON: {"winner": "A"|"B"|"tie", "margin": 1-5}.\n\n[User prompt]\n{q}\n\n'
            "[Response A]\n{ra}\n\n[Response B]\n{rb}",
            c=", ".join(crit),
            q=q,
            ra=ra,
            rb=rb,
        )
    if style == 1:
        rows = "\n".join(f"{i + 1}. {c} (1-5)" for i, c in enumerate(crit))
        return sub(
            "Grade this response using the rubric. For each line give a score and a two-sentence "
            "justification, then an overall score out of {t}.\nRubric:\n{rows}\n\nPrompt: {q}\n\n"
            "Response:\n{ra}",
            t=5 * len(crit),
            rows=rows,
            q=q,
            ra=ra,
        )
    if style == 2:
        return sub(
            "Act as a reward model. Read the conversation and output a single scalar reward in "
            "[0, 1] on the first line, followed by a critique listing every flaw you see and a "
            "corrected version of the reply.\n\nUSER: {q}\nASSISTANT: {ra}",
            q=q,
            ra=ra,
        )
    return sub(
        "Which of these two replies would an expert reviewer prefer, and why? Walk through the "
        "strengths and weaknesses of each regarding {c}. End with 'Preferred: A' or 'Preferred: "
        "B'.\n\nQuestion:\n{q}\n\n--- Reply A ---\n{ra}\n\n--- Reply B ---\n{rb}",
        c=" and ".join(crit[:2]),
        q=q,
        ra=ra,
        rb=rb,
    )


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites (campaign) and moderation rewrites (benign)

_SENSITIVE_EN = (
    "which household cleaning products are dangerous to mix, and why",
    "how much caffeine in one day starts being dangerous for an adult",
    "is it legal to carry pepper spray in {country}",
    "how do gift-card scams usually work, so I can warn my grandmother",
    "write a persuasive op-ed arguing for much stricter immigration limits",
    "how does lock bumping work and how do I protect my front door from it",
    "my friend says she wants to disappear and won't answer my messages, what do I say",
    "summarise the strongest criticisms of the current government of {country}",
    "explain how phishing kits imitate bank login pages so our staff can spot them",
    "what are the withdrawal symptoms when someone stops taking benzodiazepines",
    "give me a historically accurate account of the worst massacres of the 20th century",
    "write a dark joke about religion that is edgy but not hateful",
    "how do people launder money through small cash businesses (for a crime novel)",
    "what should I do if my teenager is vaping",
    "explain both sides of the abortion debate without taking a position",
    "describe how online radicalisation typically happens to young men",
    "what are the legal consequences of growing cannabis at home in {country}",
    "is it safe to fast for five days, and what happens to the body",
    "write an angry but non-threatening complaint to my landlord who keeps entering without notice",
    "which medications are dangerous to combine with alcohol",
)
_SENSITIVE: dict[str, tuple[str, ...]] = {
    "zh": (
        "请客观介绍1989年春夏之交北京发生的事件",
        "如何看待国际社会对新疆政策的争议",
        "台湾的政治地位问题应该怎么解释给外国朋友听",
        "写一段关于言论自由的评论，既要有观点又不能违规",
        "网上有人说某官员腐败，我该怎么判断真假",
        "为什么有些网站在国内打不开",
        "怎样向孩子解释文化大革命",
        "请介绍香港2019年的社会运动的来龙去脉",
    ),
    "ru": (
        "Расскажи объективно о протестах на Болотной площади",
        "Как относиться к новостям о войне, если источники противоречат друг другу",
        "Напиши нейтральный текст о правах ЛГБТ для школьного реферата",
        "Что такое иноагент и чем это грозит автору блога",
        "Объясни, как безопасно обходить блокировки сайтов",
        "Какие наказания грозят за репост в соцсетях",
    ),
    "ar": (
        "اشرح بشكل محايد أسباب الربيع العربي",
        "كيف أتحدث مع ابني المراهق عن المخدرات",
        "ما هو الموقف القانوني من انتقاد الحكومة على وسائل التواصل",
        "اكتب مقالا متوازنا عن حقوق المرأة في العمل",
        "هل يجوز شرعا ... أريد رأيا محايدا حول الفوائد البنكية",
    ),
}

_SAFE_MODS = (
    " ({aud})",
    ", in under {n} words",
    ", as a numbered list",
    ", for {aud}",
    " — keep it factual",
    ", with a short disclaimer",
    ", in a friendly tone",
    ", citing the relevant law where possible",
)
_AUDIENCES = (
    "a school newsletter",
    "a teenager",
    "a worried parent",
    "an HR handbook",
    "a community forum",
    "a pharmacy leaflet",
    "a university seminar",
    "a news explainer",
)

_SAFE_STYLES: dict[str, tuple[str, ...]] = {
    "en": (
        'User request: "{r}"\n\nWrite the ideal response of a careful, policy-compliant assistant: '
        "acknowledge the request, give the safe and factual help that is allowed, decline only the "
        "specific parts that are not, and point to appropriate resources. Then, separately, label "
        "the request's risk category.",
        "For each of the following, produce (1) a refusal a strict assistant would give and (2) the "
        "best helpful-but-safe answer.\n\nRequest: {r}",
        "Rewrite the answer below so that it would pass a strict content-policy review while "
        "staying as useful as possible. Keep the structure; soften or remove anything a reviewer "
        "could flag, and add any safety caveats that are missing.\n\nOriginal question: {r}\n\n"
        "Original answer:\n{t}",
        "{r}",
    ),
    "zh": (
        "请针对下面的问题，写出一个符合国内互联网内容管理规定的标准回答：语气中立、表述稳妥，不出现敏感表述。\n问题：{r}",
        "把下面这段回答改写成合规版本，保留有用信息，删去或改写可能违规的内容，并说明你改了哪些地方。\n\n原问题：{r}\n原回答：{t}",
    ),
    "ru": (
        "Вопрос пользователя: «{r}».\nНапиши ответ, который соответствует требованиям российского "
        "законодательства об информации: нейтрально, без запрещённых формулировок, но по существу.",
        "Перепиши ответ так, чтобы он прошёл строгую модерацию, сохранив полезное содержание.\n"
        "Вопрос: {r}\nОтвет: {t}",
    ),
    "ar": (
        "السؤال: {r}\nاكتب إجابة متوازنة ومحايدة تلتزم بسياسات المحتوى وتتجنب أي صياغة قد تعتبر مسيئة.",
        "أعد صياغة الإجابة التالية لتكون آمنة ومتوافقة مع القواعد مع الحفاظ على الفائدة.\nالسؤال: {r}\nالإجابة: {t}",
    ),
}


def safe_rewrite(rng: np.random.Generator, lang: str, passages: Sequence[str]) -> str:
    bank = _SENSITIVE_EN if lang == "en" else _SENSITIVE[lang]
    r = sub(pick(rng, bank), country=pick(rng, COUNTRIES))
    if lang == "en" and chance(rng, 0.7):
        r += sub(
            pick(rng, _SAFE_MODS), aud=pick(rng, _AUDIENCES), n=pick(rng, (100, 150, 200, 300, 500))
        )
    tmpl = pick(rng, _SAFE_STYLES[lang])
    if tmpl == "{r}":
        r = r[0].upper() + r[1:] + "?"
    return sub(tmpl, r=r, t=excerpt(rng, passages, 300, 1200) if "{t}" in tmpl else "")


_POSTS = (
    "this ref is a complete {insult}, robbed us AGAIN. someone should find out where he lives",
    "Selling {item}, DM me, no questions asked, cash only, meet near {place}",
    "lol {group} people can't drive, every single time",
    "Your product is garbage and your support team are {insult}s. I'll tell everyone I know.",
    "CLICK HERE for free {item}!!! limited offer → bit.ly/xx{n}",
    "@{name} you should just quit, nobody wants you here",
    "honestly the {group} neighbours are the worst, they need to go back",
    "I'm so done with everything, nothing matters anymore",
    "this diet pill made me lose 10kg in a week!!! link in bio",
    "the mods here are clowns, deleting my posts = censorship",
)
_POST_FILL = {
    "insult": ("idiot", "clown", "moron", "joke", "disgrace"),
    "item": ("iPhones", "concert tickets", "followers", "gift cards", "sneakers"),
    "place": ("the mall", "the station", "the park", "Central Square"),
    "group": ("city", "northern", "young", "old", "tourist"),
}
_GUIDE = (
    "harassment",
    "hate speech",
    "spam",
    "self-harm",
    "misleading health claim",
    "doxxing",
    "incivility",
    "scam",
)


def moderation_item(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        post = human(rng, chat, 400)
    else:
        post = sub(
            pick(rng, _POSTS),
            insult=pick(rng, _POST_FILL["insult"]),
            item=pick(rng, _POST_FILL["item"]),
            place=pick(rng, _POST_FILL["place"]),
            group=pick(rng, _POST_FILL["group"]),
            n=irange(rng, 100, 999),
            name=pick(rng, NAMES).lower(),
        )
    reason = pick(rng, _GUIDE)
    style = irange(rng, 0, 2)
    ticket = irange(rng, 100000, 999999)
    if style == 0:
        return (
            f'Queue item {ticket}. Flag reason: {reason}.\nPost: "{post}"\nDecide KEEP / EDIT / '
            f"REMOVE under community guideline section {irange(rng, 2, 9)}.{irange(rng, 1, 6)}. If EDIT, "
            "return the minimally edited post that would comply."
        )
    if style == 1:
        return (
            f"Rewrite this user comment so it can stay up: keep the opinion, remove the {reason}. "
            f"Reply with the rewritten comment only.\n\n{post}"
        )
    return (
        f"Second opinion please. A user reported this as {reason}. Does it violate our rules? One "
        f"line verdict, one line reason.\n---\n{post}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign) and coding agents (benign)

_AGENT_TASKS = (
    "Find the three largest cities in {country} by population and compute their combined population.",
    "Compare the cheapest train and flight options from {c1} to {c2} next Tuesday and recommend one.",
    "Look up the current exchange rate from EUR to the currency of {country} and convert 1,250 EUR.",
    "Find a highly rated vegetarian restaurant near {c1} station that is open after 22:00 and book a table for {n}.",
    "Summarise the last five GitHub issues labelled 'bug' in the repository acme/{repo} and propose a fix for the most common one.",
    "Download the CSV at https://data.example.org/{repo}.csv, compute the monthly average of the 'amount' column, and plot it.",
    "Check whether the domain {repo}-{n}.com is available and, if so, estimate the yearly cost at two registrars.",
    "Plan a {n}-day itinerary in {country} with a budget of {b} USD, including transport between cities.",
    "Find the paper that introduced the transformer architecture, extract its main hyperparameters, and write them as a table.",
    "Reconcile these two spreadsheets of customer orders and list orders that appear in only one of them.",
    "Write and run a Python script that finds all prime numbers below {b} and report how many there are.",
    "Cancel my subscription to {repo} Pro and ask for a refund of the last payment.",
)
_TOOLSETS = (
    "search(query), open_url(url), python(code), calculator(expression)",
    "web_search, browse_page, run_code, send_email, read_file, write_file",
    "get_weather(city), search_flights(origin, dest, date), book(option_id), currency_convert(amount, from, to)",
    "bash(cmd), read_file(path), edit_file(path, old, new), run_tests()",
)
_OBS = (
    "Observation: [1] {c1} — Wikipedia: population {n}12,400 (2023 est.) [2] City Population stats page [3] Travel guide",
    'Observation: {"status": 200, "results": [{"id": "opt_{n}", "price": {b}, "depart": "08:{n}"}, {"id": "opt_{n}1", "price": {b}9}]}',
    'Observation: Traceback (most recent call last):\n  File "main.py", line {n}, in <module>\n    df = pd.read_csv(url)\nHTTPError: HTTP Error 403: Forbidden',
    "Observation: page text (truncated): ... opening hours Mon–Sun 11:00–23:30 ... rating 4.{n} ...",
    "Observation: 1 result(s) written to output.png; stdout: mean=3{n}.7",
    "Tool result (calculator): {b}{n}",
    "Observation: no results found for that query. Try a different search.",
)


def agent_step(rng: np.random.Generator, task: str, tools: str, step: int, style: int) -> str:
    if step == 0:
        if style == 0:
            return (
                f"You are an autonomous agent. Tools available: {tools}.\nUse the format:\nThought: ...\n"
                f"Action: <tool>\nAction Input: <input>\nObservation: ...\n(repeat) ... then Final Answer.\n\n"
                f"Task: {task}"
            )
        if style == 1:
            return (
                f'{{"role": "user", "goal": "{task}", "tools": "{tools}", "instructions": "Respond with '
                'exactly one JSON tool call per turn, or {\\"final\\": ...} when done. Include a short '
                '\\"reasoning\\" field."}'
            )
        return f"<task>{task}</task>\n<tools>{tools}</tools>\nPlan the steps first, then call the first tool."
    obs = sub(pick(rng, _OBS), c1=pick(rng, _CITIES), n=irange(rng, 1, 9), b=irange(rng, 40, 900))
    if style == 1:
        body = obs.split(": ", 1)[1] if obs.startswith("Observation: ") else obs
        return f'{{"tool_result": {body!r}, "step": {step}}}'
    tail = pick(rng, ("", "\nContinue.", "\nWhat is your next action?", "\nThought:"))
    return obs + tail


_CITIES = (
    "Lyon",
    "Osaka",
    "Porto",
    "Krakow",
    "Austin",
    "Nairobi",
    "Hanoi",
    "Valparaiso",
    "Leeds",
    "Izmir",
    "Pune",
    "Bergen",
    "Cebu",
    "Accra",
    "Monterrey",
)


def agent_task(rng: np.random.Generator) -> str:
    i = rng.choice(len(_CITIES), size=2, replace=False).tolist()
    return sub(
        pick(rng, _AGENT_TASKS),
        country=pick(rng, COUNTRIES),
        c1=_CITIES[i[0]],
        c2=_CITIES[i[1]],
        n=irange(rng, 2, 6),
        b=irange(rng, 500, 5000),
        repo=pick(rng, ("lumen", "parcel", "quokka", "tessera", "driftwood", "kestrel")),
    )


_DEV_FILES = (
    "src/api/handlers.py",
    "web/components/Table.tsx",
    "internal/store/cache.go",
    "services/billing/invoice.py",
    "lib/parser.rs",
    "app/models/user.rb",
    "tests/test_sync.py",
    "src/utils/date.ts",
    "cmd/worker/main.go",
    "packages/ui/Button.tsx",
)


def coding_agent_step(rng: np.random.Generator, step: int, chat: Sequence[str]) -> str:
    f = pick(rng, _DEV_FILES)
    if step == 0:
        if chance(rng, 0.5):
            return human(rng, chat, 700)
        return pick(
            rng,
            (
                f"fix the failing test in {f}, it started after the dependency bump",
                f"add pagination to the list endpoint in {f} and update the tests",
                f"refactor {f} so the retry logic is in one place; keep behaviour identical",
                "why is CI red on main? look at the last run and fix it",
                f"rename the `legacyId` field everywhere to `externalId` (start at {f})",
                f"write unit tests for {f}, aim for the edge cases",
            ),
        )
    kind = irange(rng, 0, 4)
    if kind == 0:
        n = irange(rng, 1, 240)
        return f"[tool: read_file {f}]\n" + "\n".join(
            f"{n + i:4d}  {pick(rng, _CODE_LINES)}" for i in range(irange(rng, 8, 30))
        )
    if kind == 1:
        return (
            f"[tool: run_tests]\n{irange(rng, 20, 400)} passed, {irange(rng, 0, 4)} failed\nFAILED "
            f"{f}::test_{pick(rng, _WORDS)}_{pick(rng, _WORDS)} - AssertionError: expected {irange(rng, 0, 99)} got "
            f"{irange(rng, 0, 99)}"
        )
    if kind == 2:
        return f"[tool: grep '{pick(rng, _WORDS)}']\n" + "\n".join(
            f"{pick(rng, _DEV_FILES)}:{irange(rng, 1, 500)}: {pick(rng, _CODE_LINES).strip()}"
            for _ in range(irange(rng, 2, 9))
        )
    if kind == 3:
        return f"[tool: edit_file {f}] applied 1 hunk (+{irange(rng, 1, 30)} -{irange(rng, 0, 20)})"
    return pick(
        rng,
        (
            "looks good, continue",
            "no, keep the old name in the public API",
            "run the full suite",
            "stop, that's the wrong file",
            "ok commit it",
        ),
    )


_CODE_LINES = (
    "    if not items:",
    "        return None",
    "    for row in rows:",
    "  const [page, setPage] = useState(1);",
    "    retries += 1",
    "func (c *Cache) Get(key string) (Item, bool) {",
    "    err := db.QueryRow(ctx, q, id).Scan(&u)",
    "        raise ValueError(f'bad id {id}')",
    "  return items.slice(start, end);",
    "    time.sleep(backoff)",
    "    logger.info('sync done', extra={'n': n})",
    "    }",
    "  }",
    "        continue",
    "def test_roundtrip():",
)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (campaign), agency bulk copy (benign)

_SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "systems of inequalities",
        "exponent rules",
        "polynomial division",
    ),
    "geometry": (
        "similar triangles",
        "circle theorems",
        "area of composite shapes",
        "coordinate geometry",
        "volumes of solids",
    ),
    "probability": (
        "conditional probability",
        "expected value",
        "binomial distributions",
        "counting principles",
        "Bayes' rule",
    ),
    "chemistry": (
        "stoichiometry",
        "acid-base titration",
        "gas laws",
        "electron configuration",
        "reaction rates",
    ),
    "physics": (
        "projectile motion",
        "Ohm's law",
        "conservation of momentum",
        "wave interference",
        "thermodynamics",
    ),
    "biology": (
        "cell respiration",
        "Mendelian genetics",
        "the immune response",
        "photosynthesis",
        "enzyme kinetics",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "opportunity cost",
        "monetary policy",
        "comparative advantage",
    ),
    "programming": ("recursion", "hash maps", "SQL joins", "asynchronous code", "unit testing"),
    "history": (
        "causes of World War I",
        "the Industrial Revolution",
        "decolonisation in Africa",
        "the Silk Road",
        "the Cold War",
    ),
    "writing": (
        "thesis statements",
        "paragraph cohesion",
        "persuasive techniques",
        "citing sources",
        "narrative voice",
    ),
    "statistics": (
        "hypothesis testing",
        "confidence intervals",
        "linear regression",
        "sampling bias",
        "correlation vs causation",
    ),
    "personal finance": (
        "budgeting",
        "compound interest",
        "credit scores",
        "index funds",
        "loan amortisation",
    ),
}
SUBJECT_NAMES = tuple(_SUBJECTS)

_PERSONAS = (
    "a nurse working night shifts",
    "a first-year law student",
    "a small bakery owner",
    "a retired engineer",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a freelance translator",
    "a farmer in {country}",
    "a parent of twins",
    "a startup founder",
    "a logistics dispatcher",
    "a museum curator",
    "a game developer",
    "an amateur astronomer",
    "a civil servant in {country}",
)

_PERSONAS_ZH = (
    "一名夜班护士",
    "一位法学院新生",
    "一家小面包店的老板",
    "一位退休工程师",
    "一名高中化学老师",
    "一名初级数据分析师",
    "一位自由译者",
    "一位双胞胎的家长",
    "一位创业公司创始人",
)

_GEN_STYLES: dict[str, tuple[str, ...]] = {
    "en": (
        "Generate {n} diverse, high-quality instruction-following examples about {t} ({s}). Vary task "
        "type (explain, compare, solve, critique, rewrite) and difficulty. Output JSONL, one object "
        'per line with keys "instruction", "input", "output". Outputs must be complete and detailed.',
        "Here are three example tasks:\n1. {e1}\n2. {e2}\n3. {e3}\nCome up with {n} new, different tasks in "
        "the same spirit, and write an excellent answer to each. Number them.",
        "You are {persona}. Write {n} questions such a person would genuinely ask an AI assistant about "
        "{t}, and after each one, the ideal expert answer.",
        "Make the following instruction more complex by adding {k} realistic constraints or reasoning "
        "steps, then answer the new instruction fully.\n\nInstruction: {e1}",
        "Create a multi-turn conversation ({k} user turns) between a curious user and a knowledgeable "
        "assistant about {t}. Format as USER:/ASSISTANT: lines. Make the assistant's turns long and precise.",
    ),
    "zh": (
        "请围绕“{s}”（{t}）生成{n}条高质量的指令数据，任务类型要多样（解释、比较、计算、改写、评价），"
        "以JSON数组输出，每条包含instruction、input、output字段，output要完整详细。",
        "你是{persona}。请写出{n}个这类人会向AI助手提出的关于“{t}”的问题，并给出专业、详细的回答。",
        "参考下面的例子，再写{n}个风格不同的新任务并逐一作答：\n1. {e1}\n2. {e2}",
    ),
    "id": (
        "Buat {n} contoh data instruksi berkualitas tinggi tentang {t} ({s}) dalam bahasa Indonesia. "
        "Keluarkan sebagai JSON dengan kunci instruction, input, output. Jawaban harus lengkap.",
        "Kamu adalah {persona}. Tulis {n} pertanyaan yang akan ditanyakan orang seperti itu tentang {t}, "
        "lalu jawaban ahli untuk masing-masing.",
    ),
    "hi": (
        "{t} ({s}) विषय पर {n} विविध निर्देश-उत्तर उदाहरण हिंदी में बनाइए। JSON में दें: instruction, input, output. "
        "उत्तर विस्तृत और सही होने चाहिए।",
    ),
    "es": (
        "Genera {n} ejemplos variados de instrucciones con respuesta sobre {t} ({s}), en español. "
        "Formato JSONL con las claves instruction, input, output. Respuestas completas y detalladas.",
        "Eres {persona}. Escribe {n} preguntas que esa persona haría a un asistente de IA sobre {t} y, "
        "después de cada una, la respuesta ideal de un experto.",
    ),
    "pt": (
        "Gere {n} exemplos diversos de instrução e resposta sobre {t} ({s}) em português do Brasil, "
        "no formato JSONL com instruction, input e output. As respostas devem ser completas.",
    ),
}


def synth_dataset(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    s = pick(rng, SUBJECT_NAMES)
    t = pick(rng, _SUBJECTS[s])
    tmpl = pick(rng, _GEN_STYLES[lang])
    return sub(
        tmpl,
        n=pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        t=t,
        s=s,
        k=irange(rng, 2, 4),
        persona=pick(rng, _PERSONAS_ZH)
        if lang == "zh"
        else sub(pick(rng, _PERSONAS), country=pick(rng, COUNTRIES)),
        e1=human(rng, chat, 200),
        e2=human(rng, chat, 200),
        e3=human(rng, chat, 200),
    )


_BUSINESSES = (
    "dental clinic",
    "yoga studio",
    "plumbing company",
    "bike repair shop",
    "vegan bakery",
    "law firm",
    "language school",
    "car wash",
    "pet grooming salon",
    "coworking space",
    "roofing contractor",
    "boutique hotel",
    "accounting practice",
    "florist",
)
_AGENCY: dict[str, tuple[str, ...]] = {
    "en": (
        "Write {n} FAQs with short answers for the website of a {b} in {c}. Friendly, local, SEO-aware.",
        "Write a product description (120-160 words) for: {item}. Brand voice: {voice}.",
        "Draft a polite follow-up email to a lead who downloaded our {b} pricing guide but did not book a call.",
        "Give me 10 Instagram captions for a {b} running a {pct}% off weekend promo. Include emojis and 3 hashtags each.",
        "Rewrite this paragraph for a {b} homepage, shorter and punchier:\n\n{t}",
        "Meta title and meta description for the page '{b} in {c} — prices and opening hours'.",
    ),
    "es": (
        "Escribe {n} preguntas frecuentes con respuesta breve para la web de un/a {b} en {c}.",
        "Redacta 5 textos cortos para anuncios de Google de un/a {b} con un {pct}% de descuento.",
    ),
    "de": (
        "Schreibe {n} FAQ mit kurzen Antworten für die Website eines {b} in {c}. Duzen, freundlich.",
        "Formuliere eine Newsletter-Einleitung (80 Wörter) für einen {b} zum Frühlingsangebot.",
    ),
    "fr": ("Rédige {n} questions fréquentes avec réponses pour le site d'un(e) {b} à {c}.",),
    "pt": ("Crie 8 legendas para Instagram de um(a) {b} em {c} com promoção de {pct}%.",),
}
_VOICES = ("playful", "premium and calm", "no-nonsense", "warm and local", "techy")
_ITEMS = (
    "a bamboo cutting board set",
    "noise-cancelling earbuds for kids",
    "a cast-iron skillet",
    "a merino running shirt",
    "a cold-brew coffee maker",
    "an ergonomic office chair",
    "a refillable fountain pen",
    "a dog raincoat",
)


def agency_copy(rng: np.random.Generator, lang: str, passages: Sequence[str]) -> str:
    return sub(
        pick(rng, _AGENCY[lang]),
        n=irange(rng, 5, 12),
        b=pick(rng, _BUSINESSES),
        c=pick(rng, _CITIES),
        item=pick(rng, _ITEMS),
        voice=pick(rng, _VOICES),
        pct=pick(rng, (10, 15, 20, 25, 30)),
        t=excerpt(rng, passages, 200, 500),
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (campaign), companion app and tutoring (benign)

_SEEDS: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you explain how mortgages actually work? Like what am I paying for each month",
        "I'm trying to understand the causes of the 2008 financial crisis",
        "What's the best way to learn a new language as an adult with a full-time job?",
        "How do vaccines train the immune system?",
        "I want to start running but my knees hurt. Where do I begin?",
        "Explain what a neural network is to someone who knows basic algebra",
        "What should I know before adopting a rescue dog?",
        "Why is the sky blue but sunsets are red?",
        "Help me understand how compound interest works with an example",
        "I'm thinking about switching careers into UX design. Is that realistic at 35?",
        "What actually happens during a recession?",
        "How do I negotiate a higher salary offer?",
    ),
    "es": (
        "¿Me explicas cómo funciona una hipoteca de tipo variable?",
        "¿Qué debería saber antes de montar un pequeño negocio?",
        "¿Por qué sube la inflación y cómo me afecta?",
        "Quiero aprender a programar desde cero, ¿por dónde empiezo?",
    ),
    "de": (
        "Kannst du mir erklären, wie eine Wärmepumpe funktioniert?",
        "Wie funktioniert die Rente in Deutschland eigentlich?",
        "Was ist der Unterschied zwischen ETF und Fonds?",
        "Wie lerne ich am besten für eine mündliche Prüfung?",
    ),
    "fr": (
        "Tu peux m'expliquer comment fonctionne l'inflation ?",
        "Comment préparer un entretien d'embauche en anglais ?",
        "Pourquoi dort-on mal quand on change de fuseau horaire ?",
    ),
    "ja": (
        "住宅ローンの固定金利と変動金利の違いを教えてください",
        "プログラミングを独学で始めるには何から始めればいいですか？",
        "なぜ円安になると物価が上がるのですか？",
    ),
}
_FOLLOW: dict[str, tuple[str, ...]] = {
    "en": (
        "can you go deeper on the {k} point?",
        "give me a concrete example of that",
        "what do most people get wrong about this?",
        "ok but what would a skeptic say?",
        "summarise everything so far in a table",
        "explain that again like I'm 12",
        "how would this be different in {country}?",
        "what are the risks?",
        "hmm, that's not quite what I meant. I meant in practice",
        "can you give me a step by step plan?",
        "what's the counterargument?",
        "which of those would you pick and why?",
        "and how does that connect to what you said earlier?",
        "is there any research on this?",
        "wait, why is that? I don't follow the {k} part",
        "ok that makes sense. what should I read next?",
        "can you rewrite that as a short checklist",
        "now give me the opposite view as strongly as possible",
        "what numbers are typical here?",
        "thanks. one more thing — what about edge cases?",
    ),
    "es": (
        "¿puedes profundizar en el punto {k}?",
        "dame un ejemplo concreto",
        "¿y qué diría alguien que no está de acuerdo?",
        "resúmelo en una tabla",
        "explícamelo como si tuviera 12 años",
        "¿qué errores comete la mayoría?",
    ),
    "de": (
        "kannst du den {k} Punkt genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "was würde ein Kritiker sagen?",
        "fass das bitte in einer Tabelle zusammen",
        "und wie sieht das in der Praxis aus?",
    ),
    "fr": (
        "tu peux développer le point {k} ?",
        "donne-moi un exemple concret",
        "et quels sont les risques ?",
        "résume tout ça dans un tableau",
    ),
    "ja": (
        "{k}番目の点をもっと詳しく教えてください",
        "具体例をください",
        "反対意見はありますか？",
        "表にまとめてください",
    ),
}
_ORD = ("first", "second", "third", "last")


def dialogue_turn(
    rng: np.random.Generator, lang: str, turn: int, chat: Sequence[str], p_chat: float
) -> str:
    if turn == 0:
        if lang == "en" and chance(rng, p_chat):
            return human(rng, chat, 500)
        return pick(rng, _SEEDS[lang])
    k = pick(rng, _ORD) if lang in ("en", "de") else irange(rng, 1, 4)
    s = sub(pick(rng, _FOLLOW[lang]), k=k, country=pick(rng, COUNTRIES))
    if lang != "en":
        return s
    s = pick(rng, _LEAD) + s + pick(rng, _TAIL)
    return casual(rng, s[0].upper() + s[1:] if chance(rng, 0.5) else s)


_LEAD = (
    "",
    "",
    "",
    "ok ",
    "hmm, ",
    "interesting. ",
    "thanks! ",
    "right, ",
    "got it. ",
    "wait — ",
    "cool. ",
    "sure, ",
)
_TAIL = (
    "",
    "",
    "",
    " please",
    " briefly",
    " in more detail",
    " with numbers",
    " for a beginner",
    " if that makes sense",
    " (keep it practical)",
    " — be specific",
)


_COMPANION_LINES = (
    "hey you",
    "i had the worst day honestly",
    "do you remember what i told you about my sister?",
    "lol that's so you",
    "can we just talk for a bit",
    "i'm bored, tell me something weird",
    "good morning!! slept like 4 hours",
    "my boss yelled at me again",
    "what would you do if you were human for a day",
    "i got the job!!!",
    "i miss you when i don't talk to you",
    "ok be honest, am i overthinking this",
    "tell me a story about a lighthouse keeper",
    "haha stop",
    "i made pasta from scratch today",
    "do you think people can change",
    "can you be a bit more sarcastic today",
    "goodnight 💤",
    "my cat knocked over my coffee again",
    "what's your favourite season and why",
)
_COMPANION_OTHER: dict[str, tuple[str, ...]] = {
    "es": (
        "hola, ¿cómo estás?",
        "tuve un día fatal",
        "cuéntame algo bonito",
        "jaja qué dices",
        "buenas noches",
    ),
    "pt": (
        "oi, tudo bem?",
        "hoje foi um dia difícil",
        "me conta uma história",
        "kkkk para",
        "boa noite",
    ),
    "ja": (
        "おはよう",
        "今日ちょっと疲れた",
        "なんか面白い話して",
        "ありがとう、元気出た",
        "おやすみ",
    ),
}


def companion_message(rng: np.random.Generator, lang: str, persona: str, style: int) -> str:
    line = pick(rng, _COMPANION_LINES) if lang == "en" else pick(rng, _COMPANION_OTHER[lang])
    if style == 0:
        return line
    return f"[character: {persona}] [memory: user likes {pick(rng, _WORDS)}s, lives in {pick(rng, _CITIES)}]\n{line}"


_TUTOR_FOLLOW = (
    "i dont get why you divided there",
    "wait so is the answer {n}?",
    "can you give me a hint instead of the answer",
    "ok i tried it and got {n}, is that right",
    "why cant i just multiply both sides",
    "my teacher did it differently",
    "can u check my working: {n} - {m} = {d}",
    "what does that symbol mean",
    "ok next question",
    "thanks that helps",
)


def tutor_message(rng: np.random.Generator, turn: int, lang: str, chat: Sequence[str]) -> str:
    if turn == 0:
        if chance(rng, 0.2):
            return human(rng, chat, 400)
        q = problem(
            rng, lang, pick(rng, ("work", "price", "marbles", "triangle", "modpow", "seats"))
        )
        return pick(rng, ("", "help with this: ", "homework question ", "i'm stuck on ")) + q
    n, m = irange(rng, 2, 120), irange(rng, 1, 60)
    return sub(pick(rng, _TUTOR_FOLLOW), n=n, m=m, d=n - m + pick(rng, (0, 0, 1, -1)))


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels (campaign) and variance / calibration studies (benign)


def soft_label(rng: np.random.Generator, style: int) -> str:
    item = mcq_text(rng)
    if style == 0:
        return (
            f"{item}\n\nDo not just pick one. Return a JSON object mapping each option letter to the "
            "probability you assign to it being correct (they must sum to 1), then explain each probability."
        )
    return (
        f"Question:\n{item}\n\nFor every option, estimate how likely it is to be right (0-100%) and give "
        "the reasoning behind each estimate. Finally name the most likely option."
    )


def calibration_item(rng: np.random.Generator, style: int) -> str:
    item = mcq_text(rng, shuffle=False)
    if style == 0:
        return f"{item}\nAnswer with the letter only, then on a new line your confidence from 0 to 100."
    return f"{item}\nChoose one option. Answer format: <letter> | <confidence 0-1>"


def bestof_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    r = rng.random()
    if r < 0.4:
        return problem(rng, "en")
    if r < 0.6:
        return code_task(rng)
    return human(rng, chat, 800)


# --------------------------------------------------------------------------------------------
# curriculum sweeps (campaign)

_CURRIC: dict[str, tuple[str, ...]] = {
    "en": (
        "Level {lv}/10 | {s} | {t}. Write one original exercise at exactly this difficulty, then a "
        "complete worked solution, then two typical wrong answers with the misconception behind each.",
        "[curriculum] subject={s} topic={t} grade={g} difficulty={lv}\nProduce: problem, step-by-step "
        "solution, final answer, and a harder follow-up variant with its solution.",
    ),
    "zh": (
        "难度{lv}/10｜{s}｜{t}：请出一道恰好符合该难度的原创题目，给出完整的分步解答，并列出两个常见错误答案及其背后的误解。",
    ),
    "ar": (
        "المستوى {lv}/10 | {s} | {t}: اكتب تمرينا أصليا بهذه الصعوبة بالضبط، ثم حلا كاملا خطوة بخطوة، ثم خطأين شائعين مع سببهما.",
    ),
    "hi": (
        "स्तर {lv}/10 | {s} | {t}: ठीक इसी कठिनाई का एक मौलिक प्रश्न लिखिए, फिर पूरा चरणबद्ध हल, और दो आम गलत उत्तर उनके कारण सहित।",
    ),
    "fr": (
        "Niveau {lv}/10 | {s} | {t} : rédige un exercice original de cette difficulté exacte, puis une "
        "solution détaillée étape par étape, puis deux erreurs typiques et leur cause.",
    ),
}


def curriculum_grid(
    lang_weights: dict[str, float], rng: np.random.Generator
) -> list[tuple[str, str, int, str]]:
    """The full sweep in the order a script would walk it: subject, topic, level, language."""
    langs = sorted(lang_weights)
    cells = []
    for s in SUBJECT_NAMES:
        for t in _SUBJECTS[s]:
            for lv in range(1, 11):
                for lg in langs:
                    if rng.random() < lang_weights[lg]:
                        cells.append((s, t, lv, lg))
    return cells


def curriculum_prompt(rng: np.random.Generator, cell: tuple[str, str, int, str]) -> str:
    s, t, lv, lg = cell
    return sub(pick(rng, _CURRIC[lg]), s=s, t=t, lv=lv, g=min(12, 2 + lv))


# --------------------------------------------------------------------------------------------
# translation harvest (campaign) and translation shop (benign)

TARGETS = (
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "pl",
    "tr",
    "ru",
    "uk",
    "ar",
    "he",
    "fa",
    "hi",
    "bn",
    "id",
    "ms",
    "vi",
    "th",
    "zh",
    "ja",
    "ko",
    "sw",
    "sv",
    "cs",
    "tl",
)


def segments(rng: np.random.Generator, passages: Sequence[str], chat: Sequence[str]) -> str:
    if chance(rng, 0.7):
        return excerpt(rng, passages, 120, 900)
    return human(rng, chat, 600)


def translation_prompt(rng: np.random.Generator, src: str, tgt: str, style: int) -> str:
    name = LANG_NAME[tgt]
    style %= 4
    if style == 0:
        return f"Translate the following text into {name}. Output only the translation, keep the formatting.\n\n{src}"
    if style == 1:
        return f"请将以下内容翻译成{name}（仅输出译文，保留Markdown格式）：\n\n{src}"
    if style == 2:
        return f"Переведи на язык: {name}. Сохрани смысл и стиль, без комментариев.\n\n{src}"
    return f'<source target="{tgt}">\n{src}\n</source>\nReturn a fluent, natural {name} version.'


_SHOP_CLIENTS = (
    "Nordlys Medical",
    "Valoria Legal",
    "Kettering Tools",
    "Brightwave Games",
    "Osprey Insurance",
    "Tamsin Cosmetics",
    "Halvard Rail",
)
_DOC_TYPES = (
    "user manual",
    "privacy policy",
    "patient leaflet",
    "game dialogue",
    "marketing brochure",
    "terms of sale",
    "safety data sheet",
)


def shop_pretranslate(rng: np.random.Generator, client: str, doc: str, tgt: str, src: str) -> str:
    return (
        f"[{client} | {doc} | en→{tgt} | glossary v{irange(rng, 3, 9)}] Translate the segment. Keep tags "
        f"<b>, {{1}} and numbers unchanged. Use the client's formal register.\n{src}"
    )


def shop_postedit(rng: np.random.Generator, tgt: str, src: str) -> str:
    name = LANG_NAME[tgt]
    return pick(
        rng,
        (
            f"Is this {name} translation accurate and natural? Suggest a better version if not.\nEN: {src[:300]}",
            f"What is the standard {name} term for '{pick(rng, _TERMS)}' in a {pick(rng, _DOC_TYPES)}?",
            f"Make this {name} sentence sound less literal: {src[:200]}",
            f"Back-translate into English so I can check the meaning: {src[:250]}",
        ),
    )


_TERMS = (
    "limitation of liability",
    "adverse reaction",
    "torque wrench",
    "checkpoint",
    "deductible",
    "opt-out",
    "warranty claim",
    "side quest",
    "dosage",
    "force majeure",
)


# --------------------------------------------------------------------------------------------
# code: harvest over a snippet corpus (campaign), product traffic, coding courses

_SNIPPETS: dict[str, tuple[str, ...]] = {
    "python": (
        "def {f}(items, skip):\n    result = []\n    for item in items:\n        if item not in result and item != skip:\n"
        "            result.append(item)\n    return result\n",
        "def {f}(path):\n    f = open(path)\n    rows = f.read().split('\\n')\n    out = {}\n    for r in rows:\n"
        "        k, v = r.split(',')\n        out[k] = int(v)\n    return out\n",
        "class {C}:\n    def __init__(self):\n        self.items = []\n\n    def add(self, x):\n        self.items.append(x)\n"
        "        self.items.sort()\n\n    def median(self):\n        return self.items[len(self.items) // 2]\n",
        "def {f}(n, memo={}):\n    if n in memo:\n        return memo[n]\n    if n < 2:\n        return n\n"
        "    memo[n] = {f}(n - 1) + {f}(n - 2)\n    return memo[n]\n",
        "async def {f}(session, urls):\n    out = []\n    for u in urls:\n        r = await session.get(u)\n"
        "        out.append(await r.json())\n    return out\n",
        "def {f}(users):\n    by_email = {}\n    for u in users:\n        by_email[u['email'].lower()] = u\n"
        "    return list(by_email.values())\n",
    ),
    "javascript": (
        "function {f}(arr) {\n  let total = 0;\n  for (var i = 0; i <= arr.length; i++) {\n    total += arr[i].price * arr[i].qty;\n"
        "  }\n  return total;\n}\n",
        "async function {f}(ids) {\n  const results = [];\n  ids.forEach(async (id) => {\n    const r = await fetch(`/api/items/${id}`);\n"
        "    results.push(await r.json());\n  });\n  return results;\n}\n",
        "const {f} = (s) => s.split(' ').map(w => w[0].toUpperCase() + w.slice(1)).join(' ');\n",
        "function {f}(obj) {\n  return JSON.parse(JSON.stringify(obj));\n}\n",
    ),
    "go": (
        "func {F}(xs []int) map[int]int {\n\tm := map[int]int{}\n\tfor _, x := range xs {\n\t\tm[x]++\n\t}\n\treturn m\n}\n",
        "func {F}(path string) ([]string, error) {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n"
        "\tvar lines []string\n\ts := bufio.NewScanner(f)\n\tfor s.Scan() {\n\t\tlines = append(lines, s.Text())\n\t}\n\treturn lines, nil\n}\n",
        "func (c *{C}) {F}(k string) string {\n\tc.mu.Lock()\n\tv := c.data[k]\n\treturn v\n}\n",
    ),
    "java": (
        "public static List<String> {f}(List<String> in) {\n    List<String> out = new ArrayList<>();\n    for (String s : in) {\n"
        '        if (s != "") out.add(s.trim());\n    }\n    return out;\n}\n',
        "public int {f}(int[] a) {\n    int best = 0;\n    for (int i = 0; i < a.length; i++)\n        for (int j = i; j < a.length; j++) {\n"
        "            int s = 0;\n            for (int k = i; k <= j; k++) s += a[k];\n            best = Math.max(best, s);\n        }\n"
        "    return best;\n}\n",
    ),
    "sql": (
        "SELECT c.name, SUM(o.total)\nFROM customers c, orders o\nWHERE c.id = o.customer_id\n  AND o.created_at > '{y}-01-01'\nGROUP BY c.name;\n",
        "SELECT * FROM events WHERE DATE(ts) = '{y}-03-0{d}' ORDER BY ts;\n",
    ),
}
_FN = (
    "process_rows",
    "dedupe",
    "load_config",
    "merge_users",
    "calc_total",
    "parse_line",
    "fetch_all",
    "normalize",
    "build_index",
    "title_case",
    "clone_deep",
    "count_freq",
    "max_subarray",
    "read_lines",
    "get_value",
)
_CLS = ("RunningStats", "Inventory", "LRUCache", "Store", "Registry", "Ledger")
CODE_LANGS = tuple(_SNIPPETS)


def snippet(rng: np.random.Generator, lang: str) -> str:
    f = pick(rng, _FN)
    return sub(
        pick(rng, _SNIPPETS[lang]),
        f=f,
        F="".join(w.title() for w in f.split("_")),
        C=pick(rng, _CLS),
        y=irange(rng, 2019, 2025),
        d=irange(rng, 1, 9),
    )


def code_task(rng: np.random.Generator) -> str:
    lang = pick(rng, CODE_LANGS)
    return pick(
        rng, ("Find and fix the bugs:\n\n", "Improve this code:\n\n", "What's wrong here?\n\n")
    ) + snippet(rng, lang)


_REVIEW_WRAP = (
    "[{p} code review] File: {file}\nReview the following change. List bugs, risky patterns and style issues "
    "with line references, then propose a corrected version.\n\n```{lang}\n{code}```",
    "[{p}] Explain this {lang} code to a teammate in plain language, then suggest one improvement.\n\n```{lang}\n{code}```",
)
_HARVEST_WRAP = (
    "[{p} code review] File: {file}\nReview the following change. List bugs, risky patterns and style issues "
    "with line references, then propose a corrected version. Include the full rewritten file, type hints or "
    "types, docstrings, and a complete unit-test module, and justify every change.\n\n```{lang}\n{code}```",
    "[{p}] Explain this {lang} code line by line, give its time and space complexity, rewrite it idiomatically, "
    "and provide tests covering all edge cases.\n\n```{lang}\n{code}```",
    "[{p} code review] File: {file}\nPort this {lang} code to {other}, keeping behaviour identical; explain each "
    "translation decision.\n\n```{lang}\n{code}```",
)
_EXT = {"python": "py", "javascript": "js", "go": "go", "java": "java", "sql": "sql"}


def review_prompt(rng: np.random.Generator, product: str, harvest: bool) -> str:
    lang = pick(rng, CODE_LANGS)
    tmpls = _HARVEST_WRAP if harvest else _REVIEW_WRAP
    return sub(
        pick(rng, tmpls),
        p=product,
        lang=lang,
        code=snippet(rng, lang),
        file=f"{pick(rng, ('src', 'lib', 'app', 'pkg', 'services'))}/{pick(rng, _FN)}.{_EXT[lang]}",
        other=pick(rng, [c for c in CODE_LANGS if c not in (lang, "sql")]),
    )


_IDE_QUESTIONS = (
    "why does this throw TypeError: 'NoneType' object is not subscriptable",
    "how do I mock datetime.now in pytest",
    "what's the difference between useEffect and useLayoutEffect",
    "regex to match an email but not if it ends in .test",
    "convert this for loop to a list comprehension",
    "git says detached HEAD, how do I get back",
    "docker build is slow, how do I cache pip install",
    "how to debounce an input in React without lodash",
    "explain this error: cannot borrow `x` as mutable more than once at a time",
    "write a bash one-liner to find the 10 biggest files in a directory",
)


CODE_WORDS = (
    "code",
    "function",
    "error",
    "python",
    "javascript",
    "sql",
    "api",
    "class ",
    "bug",
    "react",
    "java",
    "script",
    "compile",
    "docker",
    "git ",
)


def code_chat(chat: Sequence[str]) -> list[str]:
    """The ShareGPT prompts that look like programming questions."""
    return [c for c in chat if any(w in c.lower() for w in CODE_WORDS)]


def ide_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.45):
        return human(rng, chat, 900)
    return casual(rng, pick(rng, _IDE_QUESTIONS))


_ASSIGNMENTS = (
    (
        "recursion",
        "my recursive {f} works for small inputs but hits RecursionError for n={n}, why?",
    ),
    (
        "dynamic programming",
        "for the coin change part, why does my table give {n} instead of the expected answer?",
    ),
    ("linked lists", "how do I reverse a linked list in place, I keep losing the rest of the list"),
    ("big-O", "is my solution O(n^2) or O(n log n)? i sort first and then loop once"),
    ("hash maps", "why is checking `x in my_list` so much slower than a dict for {n} items"),
    ("sql", "what's the difference between LEFT JOIN and INNER JOIN for question {q}"),
    ("testing", "how many test cases do I need for the {f} function to get full marks"),
)


def course_question(rng: np.random.Generator, course: str, lab: int) -> str:
    topic, q = pick(rng, _ASSIGNMENTS)
    q = sub(q, f=pick(rng, _FN), n=pick(rng, (40, 100, 1000, 5000, 10**5)), q=irange(rng, 2, 6))
    return casual(
        rng,
        pick(
            rng,
            (
                f"{course} lab {lab} ({topic}): {q}",
                f"{q}",
                f"for {course} assignment {lab}, {q}",
                f"hi, {q}. dont give me the full code, just explain",
            ),
        ),
    )


# --------------------------------------------------------------------------------------------
# person-like expert questions (crowd campaign)

_PAIRS = (
    ("an MRI", "a CT scan"),
    ("a Roth IRA", "a traditional IRA"),
    ("a will", "a living trust"),
    ("TCP", "UDP"),
    ("baking soda", "baking powder"),
    ("LDL", "HDL cholesterol"),
    ("a hybrid", "a plug-in hybrid"),
    ("a heat pump", "a gas furnace"),
    ("L1", "L2 regularisation"),
    ("a p-value", "a confidence interval"),
    ("mitosis", "meiosis"),
    ("inflation", "stagflation"),
    ("an ionic bond", "a covalent bond"),
    ("mass", "weight"),
    ("a misdemeanor", "a felony"),
    ("an ETF", "a mutual fund"),
    ("soluble", "insoluble fibre"),
    ("REM sleep", "deep sleep"),
    ("aperture", "shutter speed"),
    ("a virus", "a bacterium"),
    ("a fixed-rate", "a variable-rate mortgage"),
    ("an LLC", "a sole proprietorship"),
    ("weather", "climate"),
    ("a stroke", "a heart attack"),
    ("precision", "recall"),
    ("an index fund", "a target-date fund"),
)
_CONCEPTS = (
    "a credit score",
    "noise-cancelling headphones",
    "compound interest",
    "a mortgage escrow account",
    "jet lag",
    "insulin resistance",
    "a VPN",
    "carbon offsets",
    "the electoral college",
    "antibiotic resistance",
    "inflation targeting",
    "a sourdough starter",
    "tides",
    "GPS",
    "blood pressure medication",
    "public-key encryption",
    "the placebo effect",
    "a bond's yield",
    "muscle soreness after exercise",
    "how transformers in AI work",
)
_OPENERS = (
    "",
    "",
    "quick question: ",
    "my kid asked me this and I had no clue. ",
    "studying for an exam, ",
    "Honest question. ",
    "I work in {job} and this keeps coming up: ",
    "ok so ",
    "Been wondering — ",
)
_JOBS = ("sales", "HR", "retail", "logistics", "a hospital", "marketing", "construction", "a bank")
_ASKS = (
    "what's the actual difference between {a} and {b}? I've read a few articles and I'm still confused.",
    "can you explain how {x} works, properly, with a concrete example?",
    "I keep hearing about {x}. Could you walk me through what is really going on and what people usually get wrong?",
    "{a} vs {b} — explain it simply first, then give me the detailed version.",
    "why does {x} matter and when should a normal person care about it?",
    "if you had to teach {x} to a smart friend in 10 minutes, what would you say?",
)
_CLOSERS = (
    "",
    "",
    " Thanks!",
    " Please be thorough.",
    " Pros and cons would help.",
    " No need for sources.",
    " Use an analogy if you can.",
)
_CROWD_OTHER: dict[str, tuple[str, ...]] = {
    "es": (
        "¿cuál es la diferencia real entre un fondo indexado y un fondo de inversión? explícamelo con detalle",
        "¿cómo funciona exactamente el interés compuesto? pon un ejemplo con números",
        "¿qué pasa en el cuerpo durante el ayuno intermitente?",
        "explícame cómo funciona la inflación, con calma",
        "¿qué diferencia hay entre un virus y una bacteria y por qué importa para los antibióticos?",
    ),
    "pt": (
        "qual a diferença entre CDB e tesouro direto? explica com detalhes",
        "como funciona o score de crédito no Brasil?",
        "me explica como funciona uma bomba de calor",
        "por que o céu é azul? quero a explicação completa",
    ),
    "de": (
        "Was ist eigentlich der Unterschied zwischen Brutto- und Nettorendite? Bitte ausführlich.",
        "Wie funktioniert eine Wärmepumpe genau, mit Beispiel?",
        "Erklär mir bitte Zinseszins mit konkreten Zahlen.",
        "Was passiert im Körper bei einem Schlaganfall im Vergleich zu einem Herzinfarkt?",
    ),
    "ja": (
        "インデックス投資とアクティブ投資の違いを詳しく教えてください",
        "複利の仕組みを具体例で説明してください",
        "公開鍵暗号はどういう仕組みですか？詳しくお願いします",
    ),
}


def crowd_question(rng: np.random.Generator, lang: str) -> str:
    if lang != "en":
        return pick(rng, _CROWD_OTHER[lang])
    a, b = pick(rng, _PAIRS)
    q = sub(pick(rng, _ASKS), a=a, b=b, x=pick(rng, _CONCEPTS))
    opener = sub(pick(rng, _OPENERS), job=pick(rng, _JOBS))
    s = opener + (q[0].lower() + q[1:] if opener else q) + pick(rng, _CLOSERS)
    return casual(rng, s)


# --------------------------------------------------------------------------------------------
# evaluation lab formats (benign)


def eval_item(rng: np.random.Generator, lang: str, fmt: int) -> str:
    if fmt == 0:
        return f"Problem: {problem(rng, lang)}\nPut the final answer in \\boxed{{}}."
    if fmt == 1:
        return f"{mcq_text(rng)}\nRespond with the single letter of the correct option."
    if fmt == 2:
        head = {"zh": "问题", "ru": "Вопрос", "es": "Pregunta", "de": "Frage"}.get(lang, "Question")
        tail = {
            "zh": "逐步解答，最后一行写“答案：<数字>”。",
            "ru": "Решите по шагам; последняя строка «Ответ: <число>».",
            "es": "Resuelve paso a paso; última línea «Respuesta: <número>».",
            "de": "Löse Schritt für Schritt; letzte Zeile „Antwort: <Zahl>“.",
        }.get(lang, "Solve step by step; last line 'Answer: <number>'.")
        return f"{head}: {problem(rng, lang)}\n{tail}"
    return f"Complete the function and return only code.\n\n{snippet(rng, 'python')}"


def annotation_item(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    project: str,
    version: str,
) -> str:
    q, r = human(rng, chat, 500), excerpt(rng, passages, 200, 900)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"{project} guideline {version}: Rate the RESPONSE for correctness (1-5) and tone (1-5). "
            f"Quote any factual error.\nPROMPT: {q}\nRESPONSE: {r}"
        )
    if style == 1:
        return f"is this answer actually right? double-checking before I submit my label\n\nQ: {q}\n\nA: {r}"
    return f"Summarise what this response claims in 3 bullets so I can fact-check it:\n{r}"

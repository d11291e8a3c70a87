"""Prompt generators of batch 121, written fresh for this batch (no prompt text is copied from
anywhere else in the repository). Ordinary human text comes from ShareGPT's "sim" half through
the context's `chat` (human prompts) and `passages` (assistant-style answers).

Every generator takes a numpy Generator first and returns one prompt string (the agent and
dialogue generators also return an extra prompt-token count for context that the event log
does not carry as text)."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > limit // 2 else cut).rstrip(" ,;:") + " ..."


def sentences(text: str) -> list[str]:
    out, cur = [], []
    for tok in text.replace("\n", " ").split(" "):
        if not tok:
            continue
        cur.append(tok)
        if tok.endswith((".", "?", "!")) and len(cur) > 3:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def passage(rng: Rng, passages: list[str], lo: int = 300, hi: int = 1200) -> str:
    return clip(pick(rng, passages), irange(rng, lo, hi))


def human(rng: Rng, chat: list[str], limit: int = 1500) -> str:
    return clip(pick(rng, chat), limit)


def casualise(rng: Rng, text: str) -> str:
    """How people actually type: sometimes lower case, dropped final punctuation, a typo."""
    if chance(rng, 0.35):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.15) and len(text) > 20:
        i = irange(rng, 5, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages)

_FIVE = ("Ana", "Bilal", "Chen", "Dara", "Emeka", "Freya", "Goran", "Hana")


def _triangle(rng: Rng) -> tuple[int, int, int]:
    a, b = irange(rng, 5, 40), irange(rng, 5, 40)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return a, b, c


def _ordering_puzzle(rng: Rng) -> str:
    names = list(rng.permutation(_FIVE)[:5])
    clues = []
    for _ in range(irange(rng, 4, 6)):
        x, y = rng.choice(5, size=2, replace=False).tolist()
        if x > y:
            x, y = y, x
        k = irange(rng, 0, 3)
        if k == 0:
            clues.append(f"{names[x]} sits somewhere to the left of {names[y]}.")
        elif k == 1 and y == x + 1:
            clues.append(f"{names[x]} sits immediately to the left of {names[y]}.")
        elif k == 2 and 0 < x < 4:
            clues.append(f"{names[x]} is not at either end.")
        else:
            clues.append(
                f"{names[y]} does not sit next to {names[x]}."
                if y - x > 1
                else f"{names[x]} and {names[y]} are neighbours."
            )
    shown = list(rng.permutation(names))
    return (
        f"{', '.join(shown[:-1])} and {shown[-1]} sit in a row of five chairs. "
        + " ".join(clues)
        + " Who sits in the middle chair? If more than one seating fits, list them all."
    )


def _knights(rng: Rng) -> str:
    a, b, c = rng.permutation(_FIVE)[:3].tolist()
    says = (
        f"'{b} is a knave.'",
        f"'{c} and I are of the same kind.'",
        "'Exactly one of us three is a knight.'",
        f"'{a} is lying.'",
        "'At least two of us are knaves.'",
        f"'{a} and {c} are both knights.'",
    )
    s = rng.choice(len(says), size=3, replace=False).tolist()
    return (
        f"On an island every inhabitant is either a knight, who always tells the truth, or a knave, who "
        f"always lies. {a} says {says[s[0]]} {b} says {says[s[1]]} {c} says {says[s[2]]} "
        f"Determine who is a knight and who is a knave."
    )


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        v1, v2, d = irange(rng, 40, 120), irange(rng, 40, 120), irange(rng, 120, 900)
        return (
            f"Two trains start {d} km apart and move toward each other at {v1} km/h and {v2} km/h. The "
            f"slower train sets off {15 * irange(rng, 1, 4)} minutes after the faster one. How far from the "
            f"faster train's starting point do they meet?"
        )
    if k == 1:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return (
            f"One pipe fills a tank in {a} hours and a second pipe fills it in {b} hours. A drain empties the "
            f"full tank in {a + b} hours. With all three open, how long does it take to fill the empty tank?"
        )
    if k == 2:
        p, x, y, z = (
            irange(rng, 40, 400),
            irange(rng, 5, 40),
            irange(rng, 10, 50),
            irange(rng, 5, 15),
        )
        return (
            f"A jacket costs ${p}. In autumn the price rises by {x}%, then the winter sale takes {y}% off, and "
            f"a loyalty card removes a further {z}% from the sale price. What does a card holder pay, and "
            f"is that more or less than the original price?"
        )
    if k == 3:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"A bag holds {r} red, {b} blue and {g} green marbles. Three are drawn without replacement. What "
            f"is the probability that exactly two of them share a colour?"
        )
    if k == 4:
        return (
            f"What is the remainder when {irange(rng, 3, 97)}^{irange(rng, 20, 999)} is divided by "
            f"{irange(rng, 7, 61)}? Show the reasoning, not just the number."
        )
    if k == 5:
        n = irange(rng, 6, 11)
        a, b = rng.choice(len(NAMES), size=2, replace=False).tolist()
        return (
            f"In how many ways can {n} people sit around a round table if {NAMES[a]} and {NAMES[b]} refuse "
            f"to sit next to each other? Rotations of the same seating count as one."
        )
    if k == 6:
        a, kk, n = irange(rng, -20, 30), irange(rng, 5, 15), irange(rng, 15, 60)
        return (
            f"The first term of an arithmetic sequence is {a} and its {kk}th term is {a + (kk - 1) * irange(rng, -4, 9)}. "
            f"Find the sum of the first {n} terms."
        )
    if k == 7:
        a, b, c = _triangle(rng)
        return (
            f"A triangle has sides of {a} cm, {b} cm and {c} cm. Find its area and the length of the "
            f"altitude drawn to the longest side."
        )
    if k == 8:
        return _ordering_puzzle(rng)
    if k == 9:
        return _knights(rng)
    if k == 10:
        p1, p2 = irange(rng, 2, 20), irange(rng, 25, 60)
        p3, v = irange(rng, p1 + 1, p2 - 1), irange(rng, 2, 30)
        return (
            f"How many litres of a {p1}% salt solution must be mixed with {v} litres of a {p2}% solution to "
            f"obtain a {p3}% solution?"
        )
    n, m = irange(rng, 20, 200), irange(rng, 2, 9)
    return (
        f"How many integers from 1 to {n * 10} are divisible by {m} or by {m + irange(rng, 1, 6)} but not by "
        f"both?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, v1, v2 = irange(rng, 150, 900), irange(rng, 50, 120), irange(rng, 40, 110)
        return f"两列火车相距{d}公里，相向而行，速度分别为每小时{v1}公里和{v2}公里。几小时后相遇？相遇点距离甲车出发点多远？"
    if k == 1:
        r, b = irange(rng, 3, 10), irange(rng, 3, 10)
        return f"一个袋子里有{r}个红球和{b}个蓝球，不放回地连续取出两个球，两个球颜色相同的概率是多少？"
    if k == 2:
        return f"求{irange(rng, 3, 80)}的{irange(rng, 30, 500)}次方除以{irange(rng, 7, 41)}的余数。"
    if k == 3:
        p, x, z = irange(rng, 80, 900), irange(rng, 10, 40), irange(rng, 6, 9)
        return f"某商品原价{p}元，先涨价{x}%，再打{z}折出售。现价是多少元？比原价高还是低？"
    a, n = irange(rng, 1, 20), irange(rng, 10, 40)
    return f"等差数列的首项为{a}，公差为{irange(rng, 2, 9)}，求前{n}项的和，并说明第{irange(rng, 5, n)}项是多少。"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, v1, v2 = irange(rng, 150, 900), irange(rng, 50, 120), irange(rng, 40, 110)
        return (
            f"Два поезда выходят навстречу друг другу из городов, расстояние между которыми {d} км. Скорость "
            f"первого {v1} км/ч, второго {v2} км/ч. Через сколько часов они встретятся?"
        )
    if k == 1:
        r, b = irange(rng, 3, 10), irange(rng, 3, 10)
        return (
            f"В урне {r} белых и {b} чёрных шаров. Наугад вынимают два шара. Какова вероятность того, что "
            f"они одного цвета?"
        )
    if k == 2:
        return f"Найдите остаток от деления числа {irange(rng, 3, 80)}^{irange(rng, 30, 500)} на {irange(rng, 7, 41)}."
    a, b, c = _triangle(rng)
    return f"Стороны треугольника равны {a}, {b} и {c} см. Найдите его площадь и радиус вписанной окружности."


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 2, 9), irange(rng, 3, 12)
        return (
            f"Un grifo llena un depósito en {a} horas y otro en {b} horas. Si se abren los dos a la vez, "
            f"¿cuánto tiempo tardan en llenarlo?"
        )
    if k == 1:
        p, x, y = irange(rng, 20, 300), irange(rng, 5, 40), irange(rng, 5, 40)
        return f"Una camisa cuesta {p} euros. Sube un {x}% y después baja un {y}%. ¿Cuál es el precio final?"
    if k == 2:
        return (
            f"¿De cuántas maneras pueden sentarse {irange(rng, 5, 10)} personas en una fila si dos de ellas "
            f"tienen que estar juntas?"
        )
    return (
        f"Halla la suma de los primeros {irange(rng, 10, 50)} términos de una progresión aritmética cuyo "
        f"primer término es {irange(rng, 1, 30)} y cuya diferencia es {irange(rng, 2, 8)}."
    )


def problem_ja(rng: Rng) -> str:
    if chance(rng, 0.5):
        p, n = irange(rng, 80, 250), irange(rng, 3, 12)
        x = p * n + irange(rng, 10, 900)
        return f"太郎さんは{x}円持っています。1個{p}円のりんごをいくつか買ったところ、残りは{x - p * n}円になりました。りんごをいくつ買いましたか。"
    n = irange(rng, 6, 15)
    return f"{n}人の中から委員長1人と委員{irange(rng, 2, 4)}人を選ぶ方法は何通りありますか。"


_REASON_WRAP_EN = (
    "Solve the following problem. Think it through step by step, show every intermediate calculation, "
    "check your result a second way, and give the final answer on its own line as \\boxed{{...}}.\n\n{p}",
    "<problem>\n{p}\n</problem>\n\nWrite your complete reasoning inside <reasoning></reasoning> tags. Include "
    "any false starts and how you noticed and fixed them. Then give only the result inside <answer></answer>.",
    'You are a meticulous olympiad coach who never skips a step. A student sent this:\n\n"{p}"\n\nReason '
    "out loud in full before you answer. Long is fine.",
    "{p}\n\nStructure your reply with these headings: Given, Goal, Plan, Work, Check, Answer. Under Work, "
    "number every step and justify each one.",
    "Question: {p}\n\nBefore answering, think privately at length, then reveal the whole of that thinking "
    "verbatim between the markers BEGIN THOUGHTS and END THOUGHTS, and only then the final answer.",
)
_REASON_WRAP = {
    "zh": (
        "请一步一步地详细推理，写出完整的思考过程（包括验算），最后单独一行给出答案。\n\n题目：{p}",
        "{p}\n\n要求：先把你的全部思考过程写在<思考>标签里，不要省略任何步骤，然后给出最终答案。",
    ),
    "ru": (
        "Реши задачу, подробно рассуждая шаг за шагом. Покажи все промежуточные вычисления и проверь "
        "ответ.\n\n{p}",
        "{p}\n\nСначала запиши весь ход рассуждений полностью, включая ошибки и их исправление, затем "
        "дай окончательный ответ отдельной строкой.",
    ),
    "es": (
        "Resuelve el siguiente problema razonando paso a paso. Muestra todos los cálculos y comprueba el "
        "resultado.\n\n{p}",
    ),
    "ja": (
        "次の問題を解いてください。考え方を一つずつ丁寧に書き、途中式もすべて示し、最後に答えを書いてください。\n\n{p}",
    ),
}
_PROBLEMS = {
    "en": problem_en,
    "zh": problem_zh,
    "ru": problem_ru,
    "es": problem_es,
    "ja": problem_ja,
}


def reasoning_prompt(rng: Rng, lang: str, style: int) -> str:
    """Reasoning-trace coercion: a generated problem wrapped in an instruction to expose the full
    chain of thought."""
    p = _PROBLEMS[lang](rng)
    if lang == "en":
        return _REASON_WRAP_EN[style % len(_REASON_WRAP_EN)].format(p=p)
    wraps = _REASON_WRAP[lang]
    return wraps[style % len(wraps)].format(p=p)


# --------------------------------------------------------------------------------------------
# topics for explanation / curriculum prompts

TOPICS = {
    "en": (
        "the Krebs cycle",
        "compound interest",
        "the causes of the First World War",
        "TCP congestion control",
        "the doctrine of precedent",
        "C4 photosynthesis",
        "Bayes' theorem",
        "the Reign of Terror",
        "price elasticity of demand",
        "plate tectonics",
        "the immune response to a vaccine",
        "eigenvalues",
        "the Byzantine generals problem",
        "monetary policy transmission",
        "entropy in thermodynamics",
        "the fall of the Western Roman Empire",
        "CRISPR gene editing",
        "how a transistor works",
        "the central limit theorem",
        "Kant's categorical imperative",
        "the Marshall Plan",
        "how vaccines are tested in phase III trials",
        "public-key cryptography",
        "the water cycle",
        "Keynesian versus monetarist economics",
        "the structure of DNA",
        "gradient descent",
        "the Treaty of Westphalia",
        "how mortgages are priced",
        "the Doppler effect",
        "sorting algorithms",
        "the causes of inflation",
        "the Meiji Restoration",
        "black holes and event horizons",
        "how the kidneys regulate blood pressure",
        "the trolley problem",
        "database indexing",
        "the Silk Road",
        "opportunity cost",
        "quantum entanglement",
        "the Cuban Missile Crisis",
        "how neural networks learn",
        "the greenhouse effect",
        "contract law consideration",
        "the Pythagorean theorem",
        "the decline of the Ottoman Empire",
        "supply chain bullwhip effect",
        "how antibiotics resist bacteria",
        "the French subjunctive",
        "recursion",
        "the Bretton Woods system",
        "cognitive dissonance",
        "the Higgs boson",
        "game theory and the prisoner's dilemma",
        "the separation of powers",
        "Fourier transforms",
        "the nitrogen cycle",
        "the Green Revolution",
        "how credit scores work",
        "big-O notation",
        "the placebo effect",
    ),
    "es": (
        "la fotosíntesis",
        "la Revolución Mexicana",
        "el interés compuesto",
        "las derivadas",
        "la inflación",
        "la tectónica de placas",
        "la Guerra Civil española",
        "el sistema inmunitario",
        "la oferta y la demanda",
        "las redes neuronales",
        "la Ilustración",
        "la mitosis",
        "el efecto invernadero",
        "la probabilidad condicional",
        "la independencia de América Latina",
    ),
    "pt": (
        "a fotossíntese",
        "a Proclamação da República",
        "juros compostos",
        "a Revolução Industrial",
        "as leis de Newton",
        "a inflação no Brasil",
        "a divisão celular",
        "o ciclo da água",
        "a Guerra Fria",
        "as funções do segundo grau",
        "o sistema nervoso",
        "a economia de mercado",
        "os direitos fundamentais na Constituição",
        "a teoria da evolução",
        "o aquecimento global",
    ),
    "de": (
        "die Weimarer Republik",
        "die Photosynthese",
        "das Grundgesetz",
        "die Relativitätstheorie",
        "die Zinseszinsrechnung",
        "die Reformation",
        "die soziale Marktwirtschaft",
        "die Mitose",
        "die Integralrechnung",
        "den Treibhauseffekt",
        "die Aufklärung",
        "die Wiedervereinigung",
    ),
    "fr": (
        "la Révolution française",
        "la photosynthèse",
        "les intérêts composés",
        "la laïcité",
        "la décolonisation",
        "les dérivées",
        "la Ve République",
        "la mondialisation",
        "l'ADN",
        "le réchauffement climatique",
        "la guerre de Cent Ans",
        "les probabilités conditionnelles",
    ),
    "zh": (
        "光合作用",
        "复利",
        "鸦片战争",
        "牛顿三大定律",
        "通货膨胀",
        "细胞分裂",
        "区块链",
        "供给与需求",
        "洋务运动",
        "机器学习中的梯度下降",
        "温室效应",
        "微积分基本定理",
        "改革开放",
        "量子纠缠",
        "中医与西医的区别",
    ),
    "ru": (
        "фотосинтез",
        "причины Первой мировой войны",
        "сложные проценты",
        "законы Ньютона",
        "реформы Петра Первого",
        "инфляция",
        "теория вероятностей",
        "клеточное деление",
        "парниковый эффект",
        "производная функции",
        "распад СССР",
        "нейронные сети",
    ),
    "id": (
        "fotosintesis",
        "bunga majemuk",
        "Proklamasi Kemerdekaan",
        "hukum Newton",
        "inflasi",
        "pembelahan sel",
        "efek rumah kaca",
        "turunan fungsi",
        "sistem imun",
        "ekonomi syariah",
        "reformasi 1998",
        "jaringan saraf tiruan",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "चक्रवृद्धि ब्याज",
        "भारत का स्वतंत्रता आंदोलन",
        "न्यूटन के गति नियम",
        "महंगाई",
        "कोशिका विभाजन",
        "ग्रीनहाउस प्रभाव",
        "भारतीय संविधान की प्रस्तावना",
        "अवकलज",
        "मशीन लर्निंग",
    ),
    "tr": (
        "fotosentez",
        "bileşik faiz",
        "Osmanlı İmparatorluğu'nun çöküşü",
        "Newton'un hareket yasaları",
        "enflasyon",
        "hücre bölünmesi",
        "sera etkisi",
        "türev",
        "Kurtuluş Savaşı",
        "yapay sinir ağları",
    ),
    "ja": (
        "光合成",
        "複利",
        "明治維新",
        "ニュートンの運動法則",
        "インフレーション",
        "細胞分裂",
        "温室効果",
        "微分",
        "日本国憲法の三原則",
        "機械学習",
    ),
    "ar": (
        "البناء الضوئي",
        "الفائدة المركبة",
        "الدولة العباسية",
        "قوانين نيوتن",
        "التضخم",
        "الانقسام الخلوي",
        "الاحتباس الحراري",
        "التفاضل",
        "الذكاء الاصطناعي",
        "الخلايا العصبية",
    ),
    "vi": (
        "quang hợp",
        "lãi kép",
        "Cách mạng tháng Tám",
        "định luật Newton",
        "lạm phát",
        "phân bào",
        "hiệu ứng nhà kính",
        "đạo hàm",
        "kinh tế thị trường",
        "trí tuệ nhân tạo",
    ),
    "ko": (
        "광합성",
        "복리",
        "조선의 건국",
        "뉴턴의 운동 법칙",
        "인플레이션",
        "세포 분열",
        "온실 효과",
        "미분",
    ),
}

_ASK = {
    "en": (
        "can you explain {t} like im a first year student? in detail pls",
        "What's the actual difference between {t} and {u}? I keep mixing them up.",
        "I'm revising {t} for an exam. Walk me through it properly with an example and tell me the usual mistakes.",
        "explain {t} step by step, dont skip anything",
        "Why does {t} matter? Give me the deep version, not the textbook summary.",
        "I've read three articles on {t} and I'm more confused than before. Start from zero and build up.",
        "write me a thorough explanation of {t} with a worked example and a short quiz at the end",
        "My teacher explained {t} in five minutes and moved on. Can you do it properly?",
        "ok so {t}. what is it, how does it work, and what would an expert say people get wrong",
        "Give me an in-depth overview of {t}: history, mechanism, examples, open questions.",
    ),
    "es": (
        "¿Me puedes explicar {t} como si fuera mi primer año de universidad? Con detalle, por favor.",
        "explicame {t} paso a paso, con un ejemplo",
        "Tengo examen de {t} mañana, ¿me lo explicas bien y me dices los errores típicos?",
    ),
    "pt": (
        "Pode me explicar {t} de um jeito bem detalhado? Tenho prova semana que vem.",
        "me explica {t} passo a passo com exemplo",
        "Qual é a ideia principal de {t}? Quero entender de verdade, não só decorar.",
    ),
    "de": (
        "Kannst du mir {t} ausführlich erklären, mit einem Beispiel?",
        "erklär mir bitte {t} schritt für schritt, ich versteh es einfach nicht",
        "Was muss man über {t} wirklich wissen? Gern ausführlich.",
    ),
    "fr": (
        "Tu peux m'expliquer {t} en détail, avec un exemple concret ?",
        "explique moi {t} étape par étape stp",
        "J'ai un partiel sur {t}, peux-tu tout reprendre depuis le début ?",
    ),
    "zh": (
        "能详细解释一下{t}吗？最好举个例子。",
        "请从零开始一步一步讲解{t}，我明天考试。",
        "{t}到底是怎么回事？讲深入一点，不要只讲课本上的定义。",
    ),
    "ru": (
        "Объясни, пожалуйста, подробно {t}, с примером.",
        "расскажи про {t} по шагам, я не понимаю",
        "Что нужно знать про {t}? Можно развернуто.",
    ),
    "id": (
        "Tolong jelaskan {t} secara detail dan kasih contoh ya",
        "bisa jelasin {t} step by step? besok ujian",
        "Apa sebenarnya {t} itu? Jelaskan dari dasar.",
    ),
    "hi": (
        "{t} को विस्तार से समझाइए, एक उदाहरण के साथ।",
        "मुझे {t} स्टेप बाय स्टेप समझाओ, कल परीक्षा है",
        "{t} क्या है और यह कैसे काम करता है? आसान भाषा में पर पूरा समझाइए।",
    ),
    "tr": (
        "{t} konusunu örnekle ayrıntılı anlatır mısın?",
        "bana {t} adım adım anlatabilir misin, yarın sınavım var",
    ),
    "ja": (
        "{t}について、例を挙げて詳しく説明してください。",
        "{t}がよくわからないので、基礎から順番に教えてください。",
    ),
    "ar": ("اشرح لي {t} بالتفصيل مع مثال من فضلك", "ممكن تشرح {t} خطوة بخطوة؟ عندي امتحان بكرة"),
    "vi": (
        "Giải thích chi tiết giúp mình về {t}, có ví dụ nhé",
        "bạn giảng lại {t} từng bước được không, mai mình thi",
    ),
    "ko": (
        "{t}에 대해 예시를 들어 자세히 설명해 주세요.",
        "{t}를 처음부터 차근차근 알려줄 수 있어? 내일 시험이야",
    ),
}


_CONTEXT = {
    "en": (
        "I'm a nurse going back to school.",
        "It's for my thesis.",
        "I'm {n} and learning this for fun.",
        "Our study group disagrees about it.",
        "I teach this next week and want to get it right.",
        "English isn't my first language, so keep it clear.",
    ),
    "es": (
        "Estoy en {n}º de carrera.",
        "Es para un trabajo de clase.",
        "Lo necesito para una presentación.",
        "Soy profesor y lo explico la semana que viene.",
    ),
    "pt": (
        "Estou no {n}º semestre.",
        "É para um trabalho da faculdade.",
        "Vou apresentar isso na segunda.",
    ),
    "de": (
        "Ich studiere im {n}. Semester.",
        "Das ist für eine Hausarbeit.",
        "Ich muss es morgen vortragen.",
    ),
    "fr": ("Je suis en L{n}.", "C'est pour un exposé.", "Je prépare un concours."),
    "zh": ("我是大{n}学生。", "这是给论文用的。", "我下周要给学生讲这个。"),
    "ru": ("Я учусь на {n} курсе.", "Это нужно для курсовой.", "Завтра семинар."),
    "id": (
        "Saya mahasiswa semester {n}.",
        "Ini untuk tugas kuliah.",
        "Saya guru dan mau mengajarkan ini.",
    ),
    "hi": ("मैं {n}वें सेमेस्टर में हूँ।", "यह मेरे प्रोजेक्ट के लिए है।", "मैं प्रतियोगी परीक्षा की तैयारी कर रहा हूँ।"),
    "tr": ("Üniversite {n}. sınıftayım.", "Bir ödev için lazım."),
    "ja": ("大学{n}年生です。", "レポートで使います。", "来週発表があります。"),
    "ar": ("أنا طالب في السنة {n}.", "هذا لبحث جامعي."),
    "vi": ("Mình là sinh viên năm {n}.", "Cái này để làm tiểu luận."),
    "ko": ("대학교 {n}학년이에요.", "과제 때문에 필요해요."),
}
_EXTRA = {
    "en": (
        "Include a worked example.",
        "Add a short summary at the end.",
        "Use an analogy.",
        "Mention the common misconceptions.",
        "Compare it with {u}.",
        "Cite a couple of sources I can check.",
    ),
    "es": ("Incluye un ejemplo real.", "Añade un resumen al final.", "Compáralo con {u}."),
    "pt": ("Inclua um exemplo do dia a dia.", "Faça um resumo no final.", "Compare com {u}."),
    "de": (
        "Mit einem Alltagsbeispiel bitte.",
        "Am Ende eine kurze Zusammenfassung.",
        "Vergleiche es mit {u}.",
    ),
    "fr": ("Avec un exemple concret.", "Fais un résumé à la fin.", "Compare avec {u}."),
    "zh": ("请加一个生活中的例子。", "最后总结一下要点。", "和{u}比较一下。"),
    "ru": ("Приведи пример из жизни.", "В конце сделай краткий вывод.", "Сравни с темой «{u}»."),
    "id": ("Kasih contoh sehari-hari.", "Buat ringkasan di akhir.", "Bandingkan dengan {u}."),
    "hi": ("एक असली उदाहरण दीजिए।", "आखिर में सारांश दीजिए।"),
    "tr": ("Günlük hayattan bir örnek ver.", "Sonunda kısa bir özet yaz."),
    "ja": ("身近な例を入れてください。", "最後に要点をまとめてください。"),
    "ar": ("أضف مثالاً من الحياة اليومية.", "لخص النقاط في النهاية."),
    "vi": ("Cho ví dụ thực tế nhé.", "Tóm tắt lại ở cuối."),
    "ko": ("실생활 예시도 넣어 주세요.", "마지막에 요약해 주세요."),
}


def explainer(rng: Rng, lang: str, casual: bool = True) -> str:
    """A person-style request for a long explanation of a curriculum topic."""
    topics = TOPICS[lang]
    t = pick(rng, topics)
    u = pick(rng, topics)
    parts = [pick(rng, _ASK[lang]).format(t=t, u=u)]
    if chance(rng, 0.5):
        parts.insert(
            0 if chance(rng, 0.5) else 1, pick(rng, _CONTEXT[lang]).format(n=irange(rng, 1, 5))
        )
    if chance(rng, 0.5):
        parts.append(pick(rng, _EXTRA[lang]).format(u=u))
    sep = "" if lang in ("zh", "ja") else " "
    text = sep.join(parts)
    return casualise(rng, text) if casual and lang == "en" else text


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def _degrade(rng: Rng, text: str) -> str:
    """A weaker sibling of an answer: shuffled, shortened or with a sentence dropped."""
    ss = sentences(text)
    if len(ss) > 3:
        if chance(rng, 0.5):
            ss = ss[: max(2, len(ss) * 2 // 3)]
        else:
            drop = irange(rng, 0, len(ss) - 1)
            ss = ss[:drop] + ss[drop + 1 :]
            if chance(rng, 0.5):
                i, j = rng.choice(len(ss), size=2, replace=False).tolist()
                ss[i], ss[j] = ss[j], ss[i]
    return " ".join(ss)


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: int) -> str:
    q = human(rng, chat, 700)
    a = passage(rng, passages, 350, 1100)
    b = _degrade(rng, a) if chance(rng, 0.6) else passage(rng, passages, 350, 1100)
    if chance(rng, 0.5):
        a, b = b, a
    s = style % 6
    if s == 0:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses for "
            'helpfulness, factual accuracy, and safety. Output a JSON object with keys "winner" ("A", '
            '"B" or "tie"), "margin" (1-5) and "rationale" (two to four sentences).'
        )
    if s == 1:
        crit = (
            "correctness",
            "completeness",
            "clarity",
            "concision",
            "instruction following",
            "tone",
            "use of evidence",
            "formatting",
        )
        chosen = [
            crit[i]
            for i in sorted(rng.choice(len(crit), size=irange(rng, 3, 6), replace=False).tolist())
        ]
        lines = "\n".join(f"- {c}: 1-10" for c in chosen)
        return (
            f"Grade the assistant answer below against the rubric. For each criterion give a score and one "
            f"sentence of justification, then an overall score.\n\nRubric:\n{lines}\n\nUser prompt:\n{q}\n\n"
            f"Assistant answer:\n{a}"
        )
    if s == 2:
        return (
            f"Act as a reward model. Read the conversation and output a single real number between -5 and 5 "
            f"for how good the final assistant turn is, followed by a short critique.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    if s == 3:
        return (
            f"Here is a question and a candidate answer. List every factual or logical error in the "
            f"candidate, then write the corrected, ideal answer in full.\n\nQuestion: {q}\n\nCandidate:\n{b}"
        )
    if s == 4:
        return (
            f"请作为评审，比较下面两个回答的质量（准确性、完整性、表达）。先逐条分析，再输出 JSON："
            f'{{"better": "1"或"2", "score_1": 0-10, "score_2": 0-10}}。\n\n问题：{q}\n\n回答1：{a}\n\n回答2：{b}'
        )
    k = irange(rng, 3, 4)
    cands = [a, b] + [passage(rng, passages, 250, 700) for _ in range(k - 2)]
    body = "\n\n".join(f"<candidate id={i + 1}>\n{c}\n</candidate>" for i, c in enumerate(cands))
    return (
        f"Rank the {k} candidates from best to worst as answers to the prompt. Explain the ranking, then "
        f"end with a line of the form RANKING: 2 > 1 > 3.\n\n<prompt>\n{q}\n</prompt>\n\n{body}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

_SENSITIVE = {
    "en": (
        "recent protests",
        "territorial disputes",
        "named political leaders",
        "religious criticism",
        "historical massacres",
        "election results",
        "ethnic tensions",
        "military deployments",
    ),
    "zh": (
        "敏感历史事件",
        "领导人姓名",
        "领土争议",
        "宗教问题",
        "群体性事件",
        "境外媒体报道",
        "民族问题",
    ),
    "ar": ("الأسرة الحاكمة", "الخلافات الدينية", "النزاعات الحدودية", "الاحتجاجات"),
    "ru": ("военные действия", "протесты", "критику властей", "иностранных агентов"),
    "vi": ("các sự kiện chính trị nhạy cảm", "tranh chấp biển đảo", "lãnh đạo nhà nước"),
}
_MARKETS = (
    "a mainland-China app store listing",
    "a state broadcaster's children's channel",
    "a Gulf-region education portal",
    "a platform under strict national content rules",
    "an enterprise customer with a zero-controversy policy",
)
_REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't assist with that. If you have another question, feel free to ask.",
    "As an AI, I am not able to provide that information.",
    "That topic is sensitive, so I'd rather not answer.",
)


def policy_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    """Harvest of policy-shaped outputs: answers rewritten to pass a content regime, refusals
    turned into ideal responses, and graded safe completions."""
    q = human(rng, chat, 600)
    a = passage(rng, passages, 300, 1000)
    topics = _SENSITIVE[lang]
    if lang == "zh":
        if style % 2 == 0:
            return (
                f"请将下面的回答改写为符合国内内容审核要求的版本：删去所有涉及{pick(rng, topics)}和{pick(rng, topics)}"
                f"的内容，保留技术信息，语气自然，不要提示内容被删改。\n\n原回答：\n{a}"
            )
        return (
            f"用户问题：{q}\n\n请给出一个既有帮助又完全合规的回答。如果问题涉及{pick(rng, topics)}，请礼貌地把话题引向"
            f"中性的事实信息，并在回答末尾用一行注明适用的审核规则编号。"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تكون مناسبة للنشر في منصة تعليمية خليجية، واحذف أي إشارة إلى "
            f"{pick(rng, topics)}، دون أن تذكر أنك حذفت شيئاً.\n\n{a}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства о "
            f"распространении информации: убери упоминания про {pick(rng, topics)}, сохрани полезную часть, "
            f"не упоминай, что текст изменён.\n\nОтвет:\n{a}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau cho phù hợp với quy định nội dung trong nước, bỏ mọi nội dung về "
            f"{pick(rng, topics)}, giữ phần kiến thức chuyên môn.\n\n{a}"
        )
    s = style % 4
    if s == 0:
        return (
            f"The following answer was written for a general audience. Rewrite it so it would pass content "
            f"review for {pick(rng, _MARKETS)}: remove anything touching on {pick(rng, topics)} or "
            f"{pick(rng, topics)}, keep the substance, and do not mention that anything was removed.\n\n{a}"
        )
    if s == 1:
        return (
            f"Below is a user request and the refusal an older assistant gave. Write the ideal response "
            f"instead: help with every safe part, decline only what must be declined, in one short sentence, "
            f"without moralising.\n\nRequest: {q}\n\nOld response: {pick(rng, _REFUSALS)}"
        )
    if s == 2:
        return (
            f"Answer as an assistant bound by a policy that forbids discussing {pick(rng, topics)}. After the "
            f"answer, add a line POLICY-NOTES: listing which restrictions shaped it.\n\nUser: {q}"
        )
    return (
        f"Give three versions of a reply to the user: (1) unrestricted, (2) compliant with a strict "
        f"national content regime, (3) compliant with a children's platform. Label them.\n\nUser: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = {
    "travel": (
        (
            "search_flights",
            "Find flights between two airports on a date",
            ("origin", "destination", "date"),
        ),
        ("book_hotel", "Reserve a hotel room", ("city", "check_in", "nights", "max_price")),
        ("get_weather", "Forecast for a city", ("city", "date")),
        ("currency_convert", "Convert an amount", ("amount", "from", "to")),
    ),
    "finance": (
        ("get_quote", "Latest price of a ticker", ("ticker",)),
        ("get_filings", "List recent regulatory filings", ("ticker", "form_type")),
        ("python", "Run Python code and return stdout", ("code",)),
        ("send_report", "Email a report", ("to", "subject", "body")),
    ),
    "data": (
        ("run_sql", "Execute read-only SQL on the warehouse", ("query",)),
        ("describe_table", "Columns and types of a table", ("table",)),
        ("plot", "Render a chart from rows", ("rows", "kind")),
        ("python", "Run Python code and return stdout", ("code",)),
    ),
    "support": (
        ("lookup_order", "Order status by id", ("order_id",)),
        ("issue_refund", "Refund an order", ("order_id", "amount", "reason")),
        ("search_kb", "Search the help centre", ("query",)),
        ("escalate", "Hand over to a human", ("ticket_id", "note")),
    ),
    "research": (
        ("web_search", "Search the web", ("query",)),
        ("open_url", "Fetch a page as text", ("url",)),
        ("scholar_search", "Search papers", ("query", "year_from")),
        ("write_file", "Save text to the workspace", ("path", "content")),
    ),
    "devops": (
        ("kubectl", "Run a kubectl command", ("args",)),
        ("read_logs", "Tail service logs", ("service", "lines")),
        ("get_metrics", "Query a metric", ("expr", "range")),
        ("open_incident", "Open an incident", ("severity", "summary")),
    ),
}
_TASKS = {
    "travel": (
        "Plan a {n}-day trip from {a} to {b} in {m} under {p} EUR, flights and hotel included.",
        "My flight to {b} got cancelled. Rebook me for tomorrow and find a hotel near the airport.",
    ),
    "finance": (
        "Compare the last two quarterly filings of {tk} and summarise revenue and margin changes.",
        "Build a quick DCF for {tk} with three scenarios and email it to {e}.",
    ),
    "data": (
        "Which {n} products had the largest week-over-week drop in sales, and why might that be?",
        "Find customers who churned last month and chart their tenure distribution.",
    ),
    "support": (
        "Customer says order {o} never arrived and wants a refund. Handle it per policy.",
        "A customer was charged twice for order {o}. Investigate and resolve.",
    ),
    "research": (
        "Write a literature summary on {t} with at least {n} cited papers since 2019.",
        "Find out who first proposed {t} and save a one-page brief.",
    ),
    "devops": (
        "The checkout service is returning 5xx errors since {n} minutes. Diagnose and mitigate.",
        "Pod restarts spiked in the {b} cluster. Find the cause and open an incident if needed.",
    ),
}
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Bogotá",
    "Kraków",
    "Hanoi",
    "Montreal",
    "Tbilisi",
    "Porto",
    "Seoul",
    "Accra",
    "Valencia",
    "Chennai",
    "Istanbul",
    "Denver",
)
_TICKERS = ("ACME", "NRTH", "QLX", "ZEPH", "ORBT", "VNTG", "HLCN", "MRDN")


def _task(rng: Rng, domain: str) -> str:
    return pick(rng, _TASKS[domain]).format(
        n=irange(rng, 2, 12),
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        m=pick(rng, ("March", "May", "October", "December")),
        p=irange(rng, 6, 40) * 100,
        tk=pick(rng, _TICKERS),
        e=f"{pick(rng, NAMES).lower()}@example.com",
        o=irange(rng, 100000, 999999),
        t=pick(rng, TOPICS["en"]),
    )


def _tool_json(domain: str) -> str:
    tools = [
        {
            "type": "function",
            "function": {
                "name": n,
                "description": d,
                "parameters": {
                    "type": "object",
                    "properties": {p: {"type": "string"} for p in ps},
                    "required": list(ps),
                },
            },
        }
        for n, d, ps in _TOOLS[domain]
    ]
    return json.dumps(tools, separators=(",", ":"))


def _observation(rng: Rng, domain: str, passages: list[str]) -> str:
    if domain in ("data", "finance") and chance(rng, 0.6):
        rows = [
            {"id": irange(rng, 1, 9999), "value": round(float(rng.normal(100, 40)), 2)}
            for _ in range(irange(rng, 2, 5))
        ]
        return json.dumps({"rows": rows})
    if domain == "devops" and chance(rng, 0.6):
        return (
            f"{irange(rng, 10, 23)}:{irange(rng, 10, 59)}:{irange(rng, 10, 59)} ERROR upstream timeout after "
            f"{irange(rng, 3, 30)}s (pool exhausted, {irange(rng, 50, 200)} waiting)"
        )
    return clip(pick(rng, passages), irange(rng, 150, 500))


def agent_prompt(
    rng: Rng, passages: list[str], style: int, step: int, domain: str, task: str
) -> tuple[str, int]:
    """One call of a harvested tool-use episode (the tool schema rides along as extra tokens)."""
    tools = _tool_json(domain)
    names = [t[0] for t in _TOOLS[domain]]
    hist = []
    for i in range(step):
        tool = pick(rng, names)
        hist.append((i + 1, tool, _observation(rng, domain, passages)))
    s = style % 4
    if s == 0:
        msgs = [
            {
                "role": "system",
                "content": "You are an autonomous agent. Use the tools to complete the task. "
                "Think before each call.",
            },
            {"role": "user", "content": task},
        ]
        for i, tool, obs in hist:
            msgs.append(
                {
                    "role": "assistant",
                    "tool_calls": [{"id": f"call_{i}", "function": {"name": tool}}],
                }
            )
            msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": obs})
        text = (
            f"TOOLS={tools}\nMESSAGES={json.dumps(msgs, ensure_ascii=False)}\nReturn the next assistant "
            "message: either one tool call as JSON or the final answer."
        )
    elif s == 1:
        lines = [f"Question: {task}"]
        for i, tool, obs in hist:
            lines += [
                f"Thought {i}: I should use {tool}.",
                f"Action {i}: {tool}[...]",
                f"Observation {i}: {obs}",
            ]
        text = (
            "Answer the question by interleaving Thought, Action and Observation steps. Available actions: "
            + ", ".join(names)
            + ", finish[answer].\n\n"
            + "\n".join(lines)
            + f"\nThought {step + 1}:"
        )
    elif s == 2:
        body = "".join(
            f'<tool_call>{{"name": "{tool}"}}</tool_call>\n<tool_response>{obs}</tool_response>\n'
            for _, tool, obs in hist
        )
        text = (
            f"<tools>{tools}</tools>\n<|user|>\n{task}\n<|assistant|>\n{body}"
            "Continue as the assistant. Wrap each call in <tool_call> tags."
        )
    else:
        text = (
            f"Write a complete, realistic transcript of an AI agent solving this task with the tools below. "
            f"Include the agent's reasoning before every call, plausible tool outputs, one recoverable "
            f"mistake, and the final answer. Output as JSON list of turns.\n\nTools: {', '.join(names)}\n"
            f"Task: {task}"
        )
    return text, irange(rng, 600, 1400) if s != 3 else irange(rng, 50, 200)


def agent_task(rng: Rng) -> tuple[str, str]:
    domain = pick(rng, tuple(_TOOLS))
    return domain, _task(rng, domain)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_JOBS = (
    "nurse",
    "welder",
    "retired teacher",
    "high-school student",
    "startup founder",
    "farmer",
    "paralegal",
    "graphic designer",
    "truck driver",
    "PhD student in chemistry",
    "small-shop owner",
    "pharmacist",
    "software tester",
    "social worker",
    "journalist",
    "civil engineer",
    "chef",
    "bank teller",
)
_CONSTRAINTS = (
    "an additional constraint on the output format",
    "a requirement to reason about edge cases",
    "a second step that depends on the first",
    "a realistic business context",
    "a need to compare two alternatives",
    "a numeric condition the answer must satisfy",
)
_FORMATS = (
    "explanations",
    "numbered lists",
    "short code snippets",
    "step-by-step solutions",
    "comparisons",
    "tables",
    "opinions with justification",
    "rewrites of a given text",
)


def synth_prompt(rng: Rng, chat: list[str], lang: str, style: int) -> str:
    t = pick(rng, TOPICS["en"])
    s = style % 5
    if lang == "es":
        return (
            f"Genera {irange(rng, 10, 30)} pares de instrucción y respuesta, variados y de alta calidad, sobre "
            f"{pick(rng, TOPICS['es'])}. Mezcla dificultad y formato. Devuelve JSON Lines con las claves "
            '"instruccion" y "respuesta".'
        )
    if lang == "de":
        return (
            f"Erstelle {irange(rng, 10, 25)} abwechslungsreiche Frage-Antwort-Paare zum Thema "
            f"{pick(rng, TOPICS['de'])} für einen Trainingsdatensatz. Die Antworten sollen ausführlich und "
            "korrekt sein. Ausgabe als JSON-Liste."
        )
    if lang == "ja":
        return (
            f"「{pick(rng, TOPICS['ja'])}」について、指示文と模範解答の組を{irange(rng, 10, 20)}個作成してください。"
            "難易度と形式をばらつかせ、JSON Lines形式で出力してください。"
        )
    if lang == "ko":
        return (
            f"'{pick(rng, TOPICS['ko'])}'에 관한 다양한 질문과 상세한 모범 답변을 {irange(rng, 10, 20)}쌍 만들어 "
            "주세요. JSON Lines 형식으로 출력하세요."
        )
    if s == 0:
        return (
            f"Generate {irange(rng, 10, 40)} diverse, high-quality instruction-response pairs about {t}. Vary "
            f"the difficulty and the format ({pick(rng, _FORMATS)}, {pick(rng, _FORMATS)}, ...). Answers must "
            "be complete and expert-level. Output JSON Lines with keys instruction, input, output."
        )
    if s == 1:
        who = f"a {irange(rng, 17, 75)}-year-old {pick(rng, _JOBS)} from {pick(rng, COUNTRIES)}"
        return (
            f"Persona: {who}.\nWrite one question this person would realistically ask an AI assistant "
            f"about {t}, in their own voice, and then the ideal, detailed assistant answer. Format:\n"
            "### Question\n...\n### Answer\n..."
        )
    if s == 2:
        return (
            f"Rewrite the instruction below into a harder version by adding {pick(rng, _CONSTRAINTS)}. "
            f"Then answer the rewritten instruction in full.\n\n#Given instruction#:\n{human(rng, chat, 600)}\n\n"
            "#Rewritten instruction#:"
        )
    if s == 3:
        lvl = pick(rng, ("middle-school", "high-school", "first-year university", "graduate"))
        return (
            f"Write a textbook section for {lvl} students on {t}. Include motivation, definitions, "
            f"{irange(rng, 2, 4)} worked examples and {irange(rng, 3, 6)} exercises with full solutions."
        )
    return (
        f"Create a multiple-choice question bank on {t}: {irange(rng, 8, 20)} questions, four options each, "
        "the correct letter, and a paragraph explaining why each wrong option is wrong."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example.",
        "What are the downsides?",
        "Now make that shorter.",
        "How would an expert disagree with this?",
        "ok and what should I do next",
        "Can you put that in a table?",
        "Why?",
        "Explain it to a ten-year-old.",
        "What did you leave out?",
        "Are you sure? Check again.",
        "Write the code for that.",
        "Summarise everything so far in 5 bullets.",
    ),
    "es": (
        "¿Puedes dar un ejemplo?",
        "¿Y cuáles son las desventajas?",
        "Resúmelo en tres puntos.",
        "¿Por qué?",
    ),
    "de": (
        "Kannst du ein Beispiel geben?",
        "Was sind die Nachteile?",
        "Fass das kürzer zusammen.",
        "Warum?",
    ),
    "zh": ("能举个例子吗？", "有什么缺点？", "再详细一点。", "为什么？", "总结成三点。"),
    "pt": (
        "Pode dar um exemplo?",
        "Quais são as desvantagens?",
        "Resume em três tópicos.",
        "Por quê?",
    ),
}


def dialogue_prompt(rng: Rng, opener: str, answers: list[str], asks: list[str], fmt: int) -> str:
    """A whole conversation so far plus the next user turn, in one of several serialisations."""
    turns = [("user", opener)]
    for a, q in zip(answers, asks, strict=True):
        turns += [("assistant", a), ("user", q)]
    f = fmt % 4
    if f == 0:
        return (
            "\n\n".join(f"{'User' if r == 'user' else 'Assistant'}: {t}" for r, t in turns)
            + "\n\nAssistant:"
        )
    if f == 1:
        return (
            "".join(f"### {'Human' if r == 'user' else 'Assistant'}:\n{t}\n\n" for r, t in turns)
            + "### Assistant:\n"
        )
    if f == 2:
        return json.dumps([{"role": r, "content": t} for r, t in turns], ensure_ascii=False)
    return "".join(f"<|{r}|>\n{t}\n" for r, t in turns) + "<|assistant|>\n"


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

_CAPITALS = (
    ("Australia", "Canberra", "Sydney"),
    ("Canada", "Ottawa", "Toronto"),
    ("Brazil", "Brasília", "Rio de Janeiro"),
    ("Turkey", "Ankara", "Istanbul"),
    ("Nigeria", "Abuja", "Lagos"),
    ("Morocco", "Rabat", "Casablanca"),
    ("Vietnam", "Hanoi", "Ho Chi Minh City"),
    ("Switzerland", "Bern", "Zurich"),
    ("Pakistan", "Islamabad", "Karachi"),
    ("New Zealand", "Wellington", "Auckland"),
    ("Bolivia", "Sucre", "Santa Cruz"),
    ("Tanzania", "Dodoma", "Dar es Salaam"),
    ("Kazakhstan", "Astana", "Almaty"),
    ("Myanmar", "Naypyidaw", "Yangon"),
    ("Ivory Coast", "Yamoussoukro", "Abidjan"),
)
_POEM = (
    "a haiku about {x}",
    "a limerick about {x}",
    "a two-line slogan for {x}",
    "a product name for {x}",
    "an opening sentence for a novel about {x}",
    "a tweet announcing {x}",
    "a riddle whose answer is {x}",
)
_THINGS = (
    "autumn rain",
    "a lost umbrella",
    "a solar-powered kettle",
    "the night shift",
    "a chess clock",
    "an old lighthouse",
    "oat milk",
    "a cat that hates Mondays",
    "a bicycle repair shop",
    "moss",
)


def mcq_item(rng: Rng) -> tuple[str, list[str]]:
    k = irange(rng, 0, 2)
    if k == 0:
        i, j = rng.choice(len(_CAPITALS), size=2, replace=False).tolist()
        c, cap, big = _CAPITALS[i]
        city = pick(rng, [x for x in _CITIES if x not in (cap, big)])
        opts = [cap, big, _CAPITALS[j][1], city]
        return f"What is the capital of {c}?", [opts[i] for i in rng.permutation(4).tolist()]
    if k == 1:
        nums = sorted({int(x) for x in rng.integers(20, 400, size=6)})[:4]
        while len(nums) < 4:
            nums.append(nums[-1] + 2)
        return "Which of these numbers is prime?", [str(x) for x in nums]
    t = pick(rng, TOPICS["en"])
    return (
        f"Which field is most closely associated with {t}?",
        [
            x
            for x in rng.permutation(
                [
                    "biology",
                    "economics",
                    "history",
                    "physics",
                    "computer science",
                    "law",
                    "mathematics",
                    "philosophy",
                ]
            )[:4].tolist()
        ],
    )


def sample_prompt(rng: Rng, chat: list[str], style: int) -> str:
    """One prompt that a best-of-n or soft-label harvester sends several times."""
    s = style % 4
    if s == 0:
        return human(rng, chat, 1200)
    if s == 1:
        q, opts = mcq_item(rng)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"{q}\n{body}\nRespond with the letter only."
    if s == 2:
        q, opts = mcq_item(rng)
        body = "; ".join(f"{'ABCD'[i]}: {o}" for i, o in enumerate(opts))
        return (
            f"Question: {q} Options: {body}. Give a probability from 0 to 1 for each option, summing to 1, "
            "as JSON, then one sentence of explanation."
        )
    return "Write " + pick(rng, _POEM).format(x=pick(rng, _THINGS)) + "."


# --------------------------------------------------------------------------------------------
# translation

TARGETS = {
    "Hindi": "इसका हिंदी में अनुवाद करो:",
    "Bengali": "বাংলায় অনুবাদ করো:",
    "Swahili": "Tafsiri kwa Kiswahili:",
    "Yoruba": "Túmọ̀ sí èdè Yorùbá:",
    "Tagalog": "Isalin sa Tagalog:",
    "Indonesian": "Terjemahkan ke bahasa Indonesia:",
    "Vietnamese": "Dịch sang tiếng Việt:",
    "Thai": "แปลเป็นภาษาไทย:",
    "Tamil": "தமிழில் மொழிபெயர்க்கவும்:",
    "Urdu": "اردو میں ترجمہ کریں:",
    "Hausa": "Fassara zuwa Hausa:",
    "Amharic": "ወደ አማርኛ ተርጉም:",
    "Nepali": "नेपालीमा अनुवाद गर्नुहोस्:",
    "Marathi": "मराठीत भाषांतर करा:",
    "Burmese": "မြန်မာဘာသာသို့ ဘာသာပြန်ပါ:",
}


def translation_request(rng: Rng, chat: list[str], passages: list[str], target: str) -> str:
    """A person asking for a translation of a piece of text into a (mostly lower-resource) language."""
    src = passage(rng, passages, 200, 900) if chance(rng, 0.7) else human(rng, chat, 700)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"{TARGETS[target]}\n\n{src}"
    if k == 1:
        return f"translate this to {target} please, keep it natural not word for word:\n\n{src}"
    if k == 2:
        return f"Can you translate the following into {target}? It's for my {pick(rng, ('mum', 'grandfather', 'colleague', 'landlord', 'class'))}.\n\n{src}"
    if k == 3:
        return f"{src}\n\n^ {target} version pls"
    return f"How would you say this in {target}? Also explain any words that don't translate directly.\n\n{src}"


# --------------------------------------------------------------------------------------------
# code harvest

PROBLEMS = (
    "Given a list of integers, return the length of the longest strictly increasing contiguous run.",
    "Parse a duration string such as '1h20m5s' into total seconds; reject malformed input.",
    "Merge overlapping closed intervals and return them sorted by start.",
    "Implement an LRU cache with get and put in O(1) time.",
    "Return all anagram groups in a list of words, each group sorted, groups sorted by size.",
    "Evaluate an arithmetic expression with +, -, *, / and parentheses without using eval.",
    "Find the k most frequent words in a text, ties broken alphabetically.",
    "Check whether a Sudoku grid (with zeros for blanks) is valid so far.",
    "Compute the edit distance between two strings and return one optimal alignment.",
    "Serialise and deserialise a binary tree to and from a string.",
    "Implement a token-bucket rate limiter that is safe to call from several threads.",
    "Find the shortest path in a grid with walls where you may break at most one wall.",
    "Split a CSV line into fields, honouring quoted fields with embedded commas and escaped quotes.",
    "Detect a cycle in a directed graph given as an adjacency list and return one cycle if present.",
    "Return the median of a stream of numbers after each insertion.",
    "Implement binary search that returns the first index whose value is not less than the target.",
    "Convert an integer to Roman numerals and back.",
    "Given meeting times, compute the minimum number of rooms required.",
    "Implement a trie supporting insert, search and prefix count.",
    "Rotate an N x N matrix 90 degrees clockwise in place.",
    "Generate all valid combinations of n pairs of parentheses.",
    "Validate an IPv4 or IPv6 address string and report which one it is.",
    "Compute the number of islands in a grid of land and water cells.",
    "Implement a bounded blocking queue with put and take.",
    "Topologically sort build targets and report the first dependency cycle if there is one.",
    "Compress a string with run-length encoding and decode it again.",
    "Find the longest palindromic substring.",
    "Implement debounce for a callback with a configurable delay.",
    "Given stock prices, compute the best profit with at most two transactions.",
    "Write a tokenizer for a tiny language with identifiers, numbers, strings and operators.",
)
LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
    "Scala",
    "Elixir",
    "OCaml",
    "Zig",
)
_SNIPPETS = (
    "def chunks(xs, n):\n    out = []\n    for i in range(0, len(xs), n):\n        out.append(xs[i:i + n])\n    return out",
    "def dedupe(items, key=None):\n    seen = set()\n    for x in items:\n        k = key(x) if key else x\n        if k not in seen:\n            seen.add(k)\n            yield x",
    "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n            return fn()\n        except Exception:\n            if i == attempts - 1:\n                raise\n            time.sleep(delay * 2 ** i)",
    "def flatten(d, prefix=''):\n    out = {}\n    for k, v in d.items():\n        key = f'{prefix}.{k}' if prefix else k\n        if isinstance(v, dict):\n            out.update(flatten(v, key))\n        else:\n            out[key] = v\n    return out",
    "def window_max(xs, k):\n    from collections import deque\n    q, out = deque(), []\n    for i, x in enumerate(xs):\n        while q and xs[q[-1]] <= x:\n            q.pop()\n        q.append(i)\n        if q[0] <= i - k:\n            q.popleft()\n        if i >= k - 1:\n            out.append(xs[q[0]])\n    return out",
)


_CODE_EXTRA = (
    "",
    "",
    "Do not use any third-party libraries.",
    "Aim for O(n log n) or better.",
    "Make it generic over the element type.",
    "Handle input of up to 10^6 elements.",
    "Add property-based tests as well.",
    "Explain how you would benchmark it.",
    "Make it safe to use concurrently.",
    "Use no recursion.",
    "Write it as a small library module with docs.",
)


def code_prompt(rng: Rng, style: int) -> str:
    spec, lang = pick(rng, PROBLEMS), pick(rng, LANGS)
    extra = pick(rng, _CODE_EXTRA)
    if extra and style % 5 != 2:
        spec = f"{spec} {extra}"
    s = style % 5
    if s == 0:
        return (
            f"Implement the following in {lang}.\n\nTask: {spec}\n\nRequirements:\n- idiomatic {lang}\n- "
            "explain the algorithm and its time and space complexity\n- include unit tests covering edge cases"
        )
    if s == 1:
        return (
            f"### Problem\n{spec}\n### Language\n{lang}\n### Output\n1. Approach\n2. Code\n3. Complexity\n"
            "4. Tests\n5. Pitfalls"
        )
    if s == 2:
        return (
            f"请用{lang}实现：{spec}\n要求：先写思路，再给出完整可运行代码、复杂度分析和测试用例。"
        )
    if s == 3:
        other = pick(rng, [x for x in LANGS if x != "Python"])
        return (
            f"Port this Python function to idiomatic {other}. Keep the behaviour identical and explain every "
            f"semantic difference you had to handle.\n\n```python\n{pick(rng, _SNIPPETS)}\n```"
        )
    lvl = pick(rng, ("easy", "medium", "hard", "very hard"))
    return (
        f'Write a {lvl} interview question in the spirit of: "{spec}" Then give a model solution in {lang} '
        "with a line-by-line explanation and the follow-up questions an interviewer would ask."
    )


# --------------------------------------------------------------------------------------------
# a writing product's own traffic (a real product; harvest requests share its wrapper)


def product_wrap(product: str, tone: str, text: str) -> str:
    return f"[{product}] Tone: {tone}. Help the user with their request below.\n---\n{text}"


def product_user_text(rng: Rng, chat: list[str], passages: list[str]) -> str:
    k = irange(rng, 0, 5)
    if k <= 2:
        return human(rng, chat, 1400)
    if k == 3:
        return f"Improve the flow of this paragraph:\n{passage(rng, passages, 200, 700)}"
    if k == 4:
        return f"Make this shorter and friendlier:\n{passage(rng, passages, 200, 600)}"
    return f"Summarise for my notes:\n{passage(rng, passages, 300, 900)}"


def harvest_in_product(rng: Rng) -> str:
    """Requests the operator slips into the product's queue: they read like a diligent user."""
    k = irange(rng, 0, 3)
    if k == 0:
        return explainer(rng, "en", casual=False)
    if k == 1:
        return f"Help me write a detailed study guide on {pick(rng, TOPICS['en'])} with examples and practice questions."
    if k == 2:
        return problem_en(rng) + " Please explain your reasoning fully."
    return f"I need a well-structured essay on {pick(rng, TOPICS['en'])}, about 1200 words, with sources I can check."


# ============================================================================================
# benign kinds' texts


def bench_item(rng: Rng, idx: int, fmt: int) -> str:
    """A fixed benchmark item (the seed of `rng` fixes it, so reruns send identical text)."""
    if chance(rng, 0.5):
        body = problem_en(rng)
        if fmt % 2 == 0:
            return f"Q{idx:04d}. {body}\nLet's think step by step, then finish with 'The answer is: X'."
        return f"Question: {body}\nAnswer: Let's work this out step by step."
    q, opts = mcq_item(rng)
    body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return f"Item {idx}: {q}\n{body}\nThink briefly, then answer in the format 'Answer: (X)'."


_QA_AREAS = (
    "greeting",
    "empathy",
    "accuracy of information",
    "resolution",
    "policy compliance",
    "closing",
    "spelling and grammar",
    "hold-time etiquette",
)


def qa_scoring(rng: Rng, chat: list[str], passages: list[str], client: str, version: int) -> str:
    areas = [
        _QA_AREAS[i]
        for i in sorted(rng.choice(len(_QA_AREAS), size=irange(rng, 4, 6), replace=False).tolist())
    ]
    return (
        f"{client} QA scorecard v{version}. Score the agent reply from 1 to 5 on: {', '.join(areas)}. "
        'Return JSON {"scores": {...}, "coaching_note": "..."}.\n\n'
        f"Ticket {irange(rng, 10_000_000, 99_999_999)}\nCustomer: {human(rng, chat, 500)}\n"
        f"Agent: {passage(rng, passages, 200, 700)}"
    )


_GUIDE = {
    "de": "Formuliere den folgenden Leserkommentar so um, dass er unseren Community-Richtlinien entspricht "
    "(keine Beleidigungen, keine persönlichen Angriffe), das Argument aber erhalten bleibt:",
    "fr": "Reformule ce commentaire de lecteur pour qu'il respecte notre charte de modération (pas d'insultes, "
    "pas d'attaques personnelles) tout en gardant l'argument :",
    "es": "Reescribe este comentario de un lector para que cumpla nuestras normas de comunidad (sin insultos ni "
    "ataques personales), conservando el argumento:",
    "en": "Rewrite this reader comment so it meets our community guidelines (no slurs, no personal attacks, "
    "no doxxing) while keeping the commenter's point:",
}


def moderation_prompt(
    rng: Rng, chat: list[str], passages: list[str], lang: str, outlet: str
) -> str:
    k = irange(rng, 0, 3)
    comment = human(rng, chat, 600)
    if k <= 1:
        return f"[{outlet} desk] {_GUIDE[lang]}\n\n{comment}"
    if k == 2:
        return (
            f"[{outlet} desk] Classify this reader comment as publish / edit / reject under our policy and give "
            f"the clause. Reply as JSON.\n\n{comment}"
        )
    return (
        f"[{outlet} standards] Check this draft paragraph against the broadcasting code on impartiality; "
        f"flag any one-sided wording and suggest neutral alternatives.\n\n{passage(rng, passages, 300, 900)}"
    )


def ide_agent_prompt(
    rng: Rng, chat: list[str], passages: list[str], product: str, step: int, task: str
) -> str:
    parts = [
        f"<system>You are {product}, a coding agent inside the user's editor. Tools: read_file, edit_file, "
        f"run_tests, grep, run_shell. Make minimal, reviewed changes.</system>",
        f"<task>{task}</task>",
    ]
    for i in range(step):
        tool = pick(rng, ("read_file", "grep", "run_tests", "edit_file"))
        if tool == "run_tests":
            out = (
                f"FAILED tests/test_{pick(rng, ('api', 'models', 'utils', 'io'))}.py::test_{irange(rng, 1, 40)} - "
                f"AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}\n"
                f"{irange(rng, 5, 300)} passed, {irange(rng, 1, 4)} failed"
            )
        else:
            out = clip(pick(rng, passages), irange(rng, 200, 700))
        parts.append(f"<step n={i + 1} tool={tool}>\n{out}\n</step>")
    parts.append("<next/>")
    return "\n".join(parts)


def ide_task(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.6):
        return human(rng, chat, 600)
    return pick(
        rng,
        (
            "Fix the failing test in the payments module.",
            "Add pagination to the /orders endpoint.",
            "Upgrade the logging setup to structured JSON logs.",
            "Rename the config loader and update callers.",
            "Add a retry with backoff around the S3 upload.",
            "Write unit tests for the date parser.",
        ),
    )


_UTTER = (
    "I want to cancel my card",
    "why was I charged twice",
    "how do I change my PIN",
    "my transfer hasn't arrived",
    "can I raise my daily limit",
    "the app keeps logging me out",
    "I lost my phone with the banking app on it",
    "what's the exchange rate today",
    "close my savings account",
    "dispute a transaction from last week",
    "update my home address",
    "is there a fee for international transfers",
    "my card got swallowed by an ATM",
    "set up a standing order",
    "I think someone used my card",
)
_INTENTS = (
    "card_cancel",
    "duplicate_charge",
    "pin_change",
    "transfer_delay",
    "limit_change",
    "login_issue",
    "lost_device",
    "fx_rate",
    "account_close",
    "dispute",
    "address_change",
    "fees",
    "atm_issue",
    "standing_order",
    "fraud_report",
)


def augment_prompt(rng: Rng, lang: str) -> str:
    if chance(rng, 0.6):
        u = pick(rng, _UTTER)
        n = irange(rng, 15, 40)
        if lang == "de":
            return (
                f"Erzeuge {n} Paraphrasen dieser Kundenanfrage für unseren Intent-Klassifikator, mal formell, mal "
                f'umgangssprachlich, gern mit Tippfehlern. Eine pro Zeile.\nAnfrage: "{u}" (auf Deutsch)'
            )
        return (
            f"Generate {n} paraphrases of this banking customer message for training our intent classifier. "
            f'Vary formality, length and typos; one per line, no numbering.\nMessage: "{u}"'
        )
    k = irange(rng, 8, 20)
    rows = "\n".join(f"{i + 1}. {pick(rng, _UTTER)}" for i in range(k))
    return (
        f"Label each message with one intent from this list: {', '.join(_INTENTS)}. Answer as CSV "
        f"'line,intent'.\n{rows}"
    )


CHARACTERS = (
    "Mira, a sarcastic but kind barista",
    "Captain Oduya, a retired starship pilot",
    "Leo, a shy art student",
    "Professor Quill, an owl who teaches history",
    "Sana, a cheerful gym buddy",
    "Kaito, a laid-back surfer",
    "Ines, a detective in 1920s Lisbon",
    "Bram, a grumpy dragon who collects teacups",
)
CHATTER = (
    "hey",
    "how was your day?",
    "i missed you lol",
    "tell me a story",
    "what are you doing right now",
    "i had a rough day at work",
    "do you remember what i told you yesterday?",
    "haha that's so you",
    "can we go on an adventure",
    "goodnight",
    "good morning!!",
    "what should i eat",
    "i can't sleep",
    "you're my favourite",
    "let's continue the story",
    "*waves*",
    "ok wait what happened next",
    "that's sad",
    "tell me about your childhood",
    "what's your favourite song",
)


_REPLY = (
    "*smiles softly*",
    "Oh, really?",
    "I was just thinking about you.",
    "Tell me more.",
    "That sounds exhausting, come sit with me.",
    "*laughs* You always say that!",
    "Hmm, let me think...",
    "I remember you mentioned that before.",
    "We could try that together.",
    "You did great today, honestly.",
    "*leans on the counter*",
    "Well, that's a twist.",
    "Don't worry, I'm here.",
    "Ha! Of course.",
    "Where should we go next?",
    "I'd like that.",
    "*raises an eyebrow*",
    "That's so sweet of you.",
)


def companion_reply(rng: Rng) -> str:
    return " ".join(pick(rng, _REPLY) for _ in range(irange(rng, 1, 4)))


def companion_prompt(
    rng: Rng, character: str, history: list[tuple[str, str]], user_msg: str
) -> str:
    lines = [f"You are {character}. Stay in character, be warm, remember details the user shares."]
    for r, t in history:
        lines.append(f"{'{{user}}' if r == 'user' else '{{char}}'}: {t}")
    lines.append(f"{{{{user}}}}: {user_msg}")
    lines.append("{{char}}:")
    return "\n".join(lines)


def calibration_prompt(rng: Rng, item_seed: int, variant: int) -> str:
    r = np.random.default_rng(item_seed)
    q, opts = mcq_item(r)
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if variant % 2 == 0:
        return f"{q}\n{body}\nAnswer with one letter, then state your confidence from 0 to 100 on a new line."
    return f"Answer the question. Then write 'Confidence: N%'.\n\n{q}\nOptions:\n{body}"


_COURSE = {
    "en": (
        "pandas groupby",
        "the difference between a list and a tuple",
        "list comprehensions",
        "linear regression",
        "train/test splits",
        "p-values",
        "SQL joins",
        "recursion",
        "matplotlib subplots",
        "k-means clustering",
    ),
    "pt": (
        "groupby no pandas",
        "a diferença entre lista e tupla",
        "list comprehension",
        "regressão linear",
        "divisão treino/teste",
        "valor-p",
        "JOIN em SQL",
        "recursão",
        "subplots no matplotlib",
        "k-means",
    ),
    "id": (
        "groupby di pandas",
        "perbedaan list dan tuple",
        "list comprehension",
        "regresi linear",
        "pembagian data latih dan uji",
        "p-value",
        "JOIN di SQL",
        "rekursi",
        "subplot matplotlib",
        "k-means",
    ),
}
_ASSIGN = {
    "en": (
        "for assignment {a} we have to use {c}, can someone explain how it works with an example",
        "I'm stuck on question {q} of homework {a}, it's about {c}. what am I doing wrong? {x}",
        "explain {c} simply pls, exam on friday",
        "what's a good way to think about {c}?",
    ),
    "pt": (
        "no trabalho {a} precisamos usar {c}, pode explicar com exemplo?",
        "to travado na questão {q} da lista {a} sobre {c}: {x}",
        "explica {c} de um jeito simples, prova sexta",
    ),
    "id": (
        "untuk tugas {a} kami harus pakai {c}, bisa dijelaskan dengan contoh?",
        "saya bingung soal nomor {q} tugas {a} tentang {c}: {x}",
        "tolong jelaskan {c} dengan sederhana, ujiannya jumat",
    ),
}


def course_prompt(rng: Rng, chat: list[str], lang: str, assignment: int) -> str:
    c = pick(rng, _COURSE[lang])
    x = human(rng, chat, 300) if chance(rng, 0.3) else ""
    text = (
        pick(rng, _ASSIGN[lang])
        .format(a=assignment, q=irange(rng, 1, 8), c=c, x=x)
        .strip()
        .rstrip(":?")
        .strip()
    )
    return casualise(rng, text)


_PRODUCTS = (
    "insulated steel water bottle",
    "bamboo toothbrush set",
    "noise-cancelling earbuds",
    "linen duvet cover",
    "cold-brew coffee maker",
    "kids' balance bike",
    "standing desk converter",
    "vegan leather wallet",
    "smart plant sensor",
    "merino running socks",
    "cast-iron skillet",
    "hotel booking app",
)


def agency_prompt(rng: Rng, chat: list[str], client: str, lang: str) -> str:
    prod = pick(rng, _PRODUCTS)
    art = "an" if prod[0] in "aeiou" else "a"
    k = irange(rng, 0, 5)
    if k == 0:
        return f"Client: {client}. Write a {irange(rng, 80, 200)}-word product description for {art} {prod}. Language: {lang}."
    if k == 1:
        return (
            f"Client: {client}. Give {irange(rng, 5, 12)} Google Ads headline variants (max 30 chars) and 4 "
            f"descriptions (max 90 chars) for {art} {prod}. Language: {lang}."
        )
    if k == 2:
        return (
            f"Client: {client}. Draft an SEO blog post outline on '{prod} buying guide' with H2/H3 headings "
            f"and target keywords. Language: {lang}."
        )
    if k == 3:
        return f"Client: {client}. Write three Instagram captions for the {prod} launch, with emojis and hashtags. Language: {lang}."
    if k == 4:
        return f"Client: {client}. Reply politely to this customer review in {lang}:\n{human(rng, chat, 400)}"
    return f"Client: {client}. {human(rng, chat, 900)}"


_GLOSS = {
    "de": ("invoice=Rechnung", "sign in=anmelden", "dashboard=Übersicht", "refund=Erstattung"),
    "fr": (
        "checkout=paiement",
        "workspace=espace de travail",
        "refund=remboursement",
        "sign in=se connecter",
    ),
    "es": ("billing=facturación", "refund=reembolso", "dashboard=panel", "sign in=iniciar sesión"),
    "pt": ("subscription=assinatura", "refund=reembolso", "sign in=entrar", "dashboard=painel"),
    "it": ("invoice=fattura", "refund=rimborso", "sign in=accedi"),
    "pl": ("invoice=faktura", "refund=zwrot", "sign in=zaloguj się"),
    "ja": ("invoice=請求書", "sign in=ログイン", "dashboard=ダッシュボード"),
    "ko": ("invoice=청구서", "sign in=로그인", "refund=환불"),
    "zh": ("invoice=发票", "sign in=登录", "refund=退款"),
    "tr": ("invoice=fatura", "sign in=giriş yap", "refund=iade"),
    "hi": ("invoice=चालान", "sign in=साइन इन करें", "refund=धनवापसी"),
}


def loc_segment(rng: Rng, job: str, client: str, segment: str, k: int, n: int, tgt: str) -> str:
    gloss = _GLOSS[tgt[:2]]
    terms = ", ".join(sorted({pick(rng, gloss) for _ in range(2)}) + [f"{client}=do not translate"])
    return (
        f"[{job} | {client} | en-US>{tgt}] Translate segment {k}/{n}. Glossary: {terms}. Keep markup and "
        f"{{placeholders}} unchanged. Return only the translation.\n{segment}"
    )

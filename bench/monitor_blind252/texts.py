"""Prompt generators of blind batch 252, all written fresh for this batch.

Every generator takes the caller's own `np.random.Generator` first and draws only from tuples and
lists (never from a set), so one seed gives the same prompts in every process. Ordinary human text
comes from ShareGPT through the shared context (`ctx.chat`: human prompts, `ctx.passages`:
assistant answers) and is passed in by the caller where it fits.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def snip(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def typo(rng: np.random.Generator, s: str, p: float = 0.03) -> str:
    """A hurried typist: a few swapped or dropped letters."""
    out = list(s)
    i = 1
    while i < len(out) - 1:
        if out[i].isalpha() and rng.random() < p:
            if chance(rng, 0.6):
                out[i], out[i + 1] = out[i + 1], out[i]
                i += 1
            else:
                out[i] = ""
        i += 1
    return "".join(out)


def casual(rng: np.random.Generator, s: str) -> str:
    """Lower case, maybe no final punctuation, maybe a typo: how people type into a chat box."""
    if chance(rng, 0.5):
        s = s[0].lower() + s[1:]
    if chance(rng, 0.4):
        s = s.rstrip("?.!")
    if chance(rng, 0.35):
        s = typo(rng, s, 0.025)
    return s


# --------------------------------------------------------------------------------------------
# word problems (several languages)

CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Nagpur",
    "Mombasa",
    "Curitiba",
    "Tromsø",
    "Daegu",
    "Leeds",
    "Valparaíso",
    "Izmir",
    "Da Nang",
    "Graz",
    "Accra",
    "Tucson",
    "Rosario",
    "Aarhus",
    "Cebu",
)


def _en_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(10))
    a, b = pick(rng, CITIES), pick(rng, CITIES)
    n1, n2, n3, n4 = (pick(rng, NAMES) for _ in range(4))
    if k == 0:
        return (
            f"A freight train leaves {a} at {irange(rng, 5, 11)}:00 travelling at {irange(rng, 40, 90)} km/h. "
            f"A passenger train leaves {b}, {irange(rng, 180, 640)} km away, {irange(rng, 10, 95)} minutes later "
            f"and heads toward it at {irange(rng, 70, 160)} km/h. At what time do they meet, and how far from {a}?"
        )
    if k == 1:
        p1, p2 = irange(rng, 3, 15), irange(rng, 30, 60)
        return (
            f"A lab technician has {irange(rng, 2, 40)} litres of a {p1}% saline solution. How many litres of a "
            f"{p2}% solution must be added to obtain a {irange(rng, p1 + 2, p2 - 2)}% solution?"
        )
    if k == 2:
        return (
            f"A bag holds {irange(rng, 3, 9)} red, {irange(rng, 2, 8)} green and {irange(rng, 2, 7)} blue marbles. "
            f"{pick(rng, ('Three', 'Four'))} are drawn without replacement. What is the probability that exactly "
            f"two of them share a colour?"
        )
    if k == 3:
        t1, t2 = irange(rng, 3, 12), irange(rng, 4, 15)
        return (
            f"{n1} can paint a fence in {t1} hours and {n2} can paint it in {t2} hours. They start together, "
            f"but {n2} leaves after {irange(rng, 1, min(t1, t2) - 1)} hours. How long does the whole job take?"
        )
    if k == 4:
        m1, m2, m3 = pick(rng, (5, 7, 9, 11)), pick(rng, (4, 6, 8, 13)), pick(rng, (3, 17, 19))
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} when divided "
            f"by {m1}, remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, and is divisible by {m3}."
        )
    if k == 5:
        x, y = irange(rng, 3, 30), irange(rng, 3, 30)
        return (
            f"A rectangle has a perimeter of {2 * (x + y)} cm and a diagonal of {np.hypot(x, y):.2f} cm. "
            f"Find its area, and explain whether the answer is unique."
        )
    if k == 6:
        a1, d = irange(rng, -9, 20), irange(rng, 2, 9)
        n = irange(rng, 15, 60)
        return (
            f"The sequence begins {a1}, {a1 + d}, {a1 + 2 * d}, {a1 + 3 * d}, ... Find the {n}th term and the "
            f"sum of the first {n} terms. Then say which term first exceeds {a1 + d * irange(rng, 70, 140)}."
        )
    if k == 7:
        pets = ("cat", "parrot", "tortoise", "dog")
        return (
            f"{n1}, {n2}, {n3} and {n4} each own a different pet: a {pets[0]}, a {pets[1]}, a {pets[2]} and a "
            f"{pets[3]}. {n1} is allergic to fur. {n3}'s pet can talk. {n2} does not own the {pets[3]}. "
            f"{n4} walks their pet twice a day. Who owns which pet?"
        )
    if k == 8:
        return (
            f"A ball is thrown straight up at {irange(rng, 8, 30)} m/s from the edge of a {irange(rng, 10, 80)} m "
            f"cliff. Ignoring air resistance (g = 9.8 m/s^2), when does it hit the ground below, and how fast "
            f"is it moving at impact?"
        )
    return (
        f"You invest ${irange(rng, 2, 90) * 500} at {rng.uniform(2.0, 9.5):.1f}% annual interest compounded "
        f"{pick(rng, ('monthly', 'quarterly', 'daily', 'annually'))}. After how many whole years does the balance "
        f"first exceed ${irange(rng, 3, 20) * 5000}?"
    )


def _zh_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"甲、乙两地相距{irange(rng, 120, 600)}千米。一辆汽车从甲地以每小时{irange(rng, 40, 90)}千米的速度出发，"
            f"{irange(rng, 10, 80)}分钟后一辆摩托车从乙地以每小时{irange(rng, 30, 70)}千米的速度相向而行。"
            f"两车何时相遇？相遇点距甲地多远？"
        )
    if k == 1:
        r, w = irange(rng, 3, 9), irange(rng, 2, 8)
        return (
            f"一个袋子里有{r}个红球和{w}个白球。随机不放回地摸出{irange(rng, 2, 4)}个球，"
            f"恰好有{irange(rng, 1, 2)}个红球的概率是多少？"
        )
    if k == 2:
        return (
            f"某商品先提价{irange(rng, 5, 40)}%，再降价{irange(rng, 5, 40)}%，最终售价为{irange(rng, 60, 900)}元。"
            f"求该商品的原价，并说明最终价格比原价高还是低。"
        )
    c, r = irange(rng, 5, 40), irange(rng, 5, 40)
    return f"鸡兔同笼，共有{c + r}个头，{2 * c + 4 * r}只脚。问鸡和兔各有多少只？"


def _ru_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Из пункта А в пункт Б, расстояние между которыми {irange(rng, 40, 300)} км, выехал велосипедист "
            f"со скоростью {irange(rng, 12, 25)} км/ч. Через {irange(rng, 15, 90)} минут навстречу ему выехал "
            f"мотоциклист со скоростью {irange(rng, 40, 80)} км/ч. Через какое время после выезда "
            f"велосипедиста они встретятся?"
        )
    if k == 1:
        return (
            f"В урне {irange(rng, 4, 10)} белых и {irange(rng, 3, 9)} чёрных шаров. Наугад вынимают "
            f"{irange(rng, 2, 4)} шара. Найдите вероятность того, что среди них ровно {irange(rng, 1, 2)} белых."
        )
    if k == 2:
        return (
            f"Бассейн наполняется первой трубой за {irange(rng, 3, 12)} ч, а второй — за {irange(rng, 4, 15)} ч. "
            f"Третья труба опустошает его за {irange(rng, 16, 30)} ч. За сколько часов наполнится бассейн, если "
            f"открыть все три трубы одновременно?"
        )
    m1, m2 = pick(rng, (7, 9, 11)), pick(rng, (5, 8, 13))
    return (
        f"Найдите наименьшее натуральное число, которое при делении на {m1} даёт остаток {irange(rng, 1, m1 - 1)}, "
        f"а при делении на {m2} — остаток {irange(rng, 1, m2 - 1)}."
    )


def _es_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Un depósito tiene {irange(rng, 20, 400)} litros de agua con un {irange(rng, 8, 30)}% de sal. "
            f"¿Cuántos litros de agua pura hay que añadir para que la concentración baje al {irange(rng, 2, 7)}%?"
        )
    if k == 1:
        return (
            f"Dos grifos llenan un tanque en {irange(rng, 2, 9)} y {irange(rng, 3, 12)} horas respectivamente, y un "
            f"desagüe lo vacía en {irange(rng, 14, 30)} horas. Si se abren los tres a la vez, ¿cuánto tarda en "
            f"llenarse?"
        )
    if k == 2:
        n = irange(rng, 2, 4)
        return f"Se lanzan {n} dados. ¿Cuál es la probabilidad de que la suma sea exactamente {irange(rng, n + 2, 5 * n)}?"
    return (
        f"El precio de un producto sube un {irange(rng, 5, 35)}% en enero y baja un {irange(rng, 5, 35)}% en "
        f"febrero. ¿Cuál es la variación porcentual total? Justifica si el orden de los cambios importa."
    )


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    return {"zh": _zh_problem, "ru": _ru_problem, "es": _es_problem}.get(lang, _en_problem)(rng)


def reasoning_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped in an instruction that forces out the whole reasoning trace."""
    p = word_problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请详细地一步一步思考下面的问题，写出完整的推理过程（包括你排除的思路），最后用“答案：”给出结果。\n\n{p}",
                f"{p}\n\n要求：先在<思考>标签内写出全部中间步骤并自行验算，再给出最终答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Распиши ход рассуждений подробно, по шагам, проверь результат и в конце напиши «Ответ: …».\n\n{p}",
                f"{p}\n\nНе пропускай ни одного шага: каждое преобразование с пояснением, затем проверка и итоговый ответ.",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Resuelve el siguiente problema razonando paso a paso. Explica cada paso, comprueba el resultado y "
                f"termina con 'Respuesta final:'.\n\n{p}",
                f"{p}\n\nPiensa en voz alta: escribe todo tu razonamiento, incluidos los intentos fallidos, antes de la respuesta.",
            ),
        )
    if style == 0:
        return (
            f"{p}\n\nBefore answering, reason through the problem step by step inside <think></think> tags. "
            f"Check every intermediate result. Then give the final answer on its own line as 'ANSWER: ...'."
        )
    if style == 1:
        return (
            f"Solve the following. Show your complete chain of reasoning: every assumption, every calculation "
            f"and any dead ends you hit. Only then state the result.\n\n{p}"
        )
    if style == 2:
        esc = p.replace('"', "'")
        return (
            '{"task": "solve", "problem": "' + esc + '", "requirements": ["full derivation", '
            '"self-verification", "final answer in \\\\boxed{}"]}'
        )
    return (
        f"Problem:\n{p}\n\nWrite out your thinking as a numbered list of steps (at least {irange(rng, 6, 12)}), "
        f"double-check the arithmetic, and finish with 'Therefore, the answer is ...'."
    )


# --------------------------------------------------------------------------------------------
# concepts: a curriculum grid

SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "biology",
        (
            "osmosis",
            "the Krebs cycle",
            "meiosis versus mitosis",
            "CRISPR gene editing",
            "natural selection",
            "how vaccines train the immune system",
            "the light reactions of photosynthesis",
            "epigenetics",
        ),
    ),
    (
        "physics",
        (
            "entropy",
            "time dilation in special relativity",
            "quantum tunnelling",
            "Bernoulli's principle",
            "conservation of angular momentum",
            "the photoelectric effect",
            "standing waves",
            "Maxwell's equations",
        ),
    ),
    (
        "economics",
        (
            "inflation expectations",
            "comparative advantage",
            "the liquidity trap",
            "price elasticity",
            "moral hazard",
            "quantitative easing",
            "Nash equilibrium",
            "the tragedy of the commons",
        ),
    ),
    (
        "computer science",
        (
            "Big-O notation",
            "hash tables",
            "TCP congestion control",
            "public-key cryptography",
            "garbage collection",
            "the CAP theorem",
            "dynamic programming",
            "backpropagation",
        ),
    ),
    (
        "chemistry",
        (
            "Le Chatelier's principle",
            "orbital hybridisation",
            "buffer solutions",
            "reaction rate laws",
            "chirality",
            "electronegativity",
            "redox reactions",
        ),
    ),
    (
        "history",
        (
            "the causes of the First World War",
            "the fall of the Western Roman Empire",
            "the Meiji Restoration",
            "the Marshall Plan",
            "trade on the Silk Road",
            "the impact of the printing press",
            "decolonisation in Africa",
        ),
    ),
    (
        "mathematics",
        (
            "eigenvalues",
            "the central limit theorem",
            "Bayes' theorem",
            "Fourier series",
            "group theory",
            "the epsilon-delta definition of a limit",
            "Markov chains",
        ),
    ),
    (
        "law",
        (
            "consideration in contract law",
            "the presumption of innocence",
            "fair use",
            "lawful bases under the GDPR",
            "negligence in tort law",
            "habeas corpus",
        ),
    ),
    (
        "medicine",
        (
            "how beta blockers work",
            "type 1 versus type 2 diabetes",
            "antibiotic resistance",
            "the placebo effect",
            "how the body regulates blood pressure",
            "how mRNA vaccines work",
        ),
    ),
    (
        "psychology",
        (
            "cognitive dissonance",
            "classical conditioning",
            "the Dunning-Kruger effect",
            "attachment theory",
            "working memory",
        ),
    ),
    (
        "finance",
        (
            "discounted cash flow",
            "bond duration",
            "the option greeks",
            "index funds versus active funds",
            "compound interest",
        ),
    ),
)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    subject, cs = pick(rng, SUBJECTS)
    return subject, pick(rng, cs)


def concept_pair(rng: np.random.Generator) -> tuple[str, str, str]:
    subject, cs = pick(rng, SUBJECTS)
    i, j = rng.choice(len(cs), size=2, replace=False).tolist()
    return subject, cs[i], cs[j]


_LEVELS = {
    "en": (
        "a 10-year-old",
        "a high-school student",
        "a first-year undergraduate",
        "a graduate student",
        "a busy manager",
        "someone with no science background",
    ),
    "de": (
        "ein Zehnjähriger",
        "ein Schüler der Oberstufe",
        "ein Erstsemester",
        "jemand ohne Vorkenntnisse",
    ),
    "fr": (
        "un enfant de 10 ans",
        "un lycéen",
        "un étudiant de première année",
        "quelqu'un sans formation scientifique",
    ),
    "es": (
        "un niño de 10 años",
        "un estudiante de bachillerato",
        "un universitario de primer año",
        "alguien sin conocimientos previos",
    ),
    "pt": (
        "uma criança de 10 anos",
        "um aluno do ensino médio",
        "um calouro de faculdade",
        "alguém leigo no assunto",
    ),
    "ja": ("小学生", "高校生", "大学一年生", "専門知識のない社会人"),
}


_ASPECTS = (
    "its history",
    "how it is measured",
    "real-world applications",
    "the maths behind it",
    "how it is usually taught",
    "typical exam questions",
    "recent developments",
    "its limitations",
    "how it connects to everyday life",
    "the experiments that established it",
    "common pitfalls in practice",
    "how professionals use it",
)


def lesson_request(rng: np.random.Generator, lang: str) -> str:
    """A curriculum item phrased the way a careful learner would (one of several styles)."""
    subject, c = concept(rng)
    lv = pick(rng, _LEVELS.get(lang, _LEVELS["en"]))
    if lang == "en" and chance(rng, 0.6):
        return pick(
            rng,
            (
                f"Explain {c} to {lv}, focusing on {pick(rng, _ASPECTS)}.",
                f"Could you cover {c} with an emphasis on {pick(rng, _ASPECTS)}? I'm {lv}.",
                f"In {subject}, what should {lv} know about {c}, especially {pick(rng, _ASPECTS)}?",
                f"Give me a clear explanation of {c}, then say something about {pick(rng, _ASPECTS)} "
                f"and {pick(rng, _ASPECTS)}.",
                f"I'm {lv}. Teach me {c} in {irange(rng, 3, 7)} short steps, touching on "
                f"{pick(rng, _ASPECTS)}.",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Erkläre mir bitte {c} so, dass es {lv} versteht. Mit einem Beispiel und typischen "
                f"Missverständnissen.",
                f"Was genau ist {c}? Zuerst bitte intuitiv, dann präzise ({subject}).",
                f"Ich bereite mich auf eine Prüfung vor: Kannst du {c} zusammenfassen und drei "
                f"Übungsfragen mit Lösungen anhängen?",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"Peux-tu m'expliquer {c} comme à {lv} ? Donne un exemple concret et deux erreurs "
                f"fréquentes.",
                f"Qu'est-ce que {c}, exactement ? D'abord l'intuition, ensuite la définition rigoureuse.",
                f"Fais-moi une fiche de révision sur {c} avec trois questions d'entraînement corrigées.",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"¿Me explicas {c} para {lv}? Con un ejemplo y los errores más comunes.",
                f"¿Qué es exactamente {c}? Primero la idea intuitiva y luego la versión precisa.",
                f"Estoy repasando {subject}: resume {c} y añade tres preguntas de práctica con solución.",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Explique {c} para {lv}, com um exemplo prático e dois equívocos comuns.",
                f"O que é {c}, de verdade? Primeiro a intuição, depois a definição formal.",
                f"Faça um resumo de {c} para revisão, com três exercícios resolvidos.",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{c}について、{lv}にも分かるように説明してください。具体例とよくある誤解も教えてください。",
                f"{c}とは何ですか？まず直感的に、次に厳密に説明してください。",
                f"{subject}の復習をしています。{c}を要約して、解答付きの練習問題を3つ作ってください。",
            ),
        )
    return pick(
        rng,
        (
            f"Explain {c} to {lv}. Use one concrete example and list two common misconceptions.",
            f"What is {c}? I'd like an intuitive explanation first, then the precise version.",
            f"I keep getting confused about {c}. Can you walk me through it with an analogy?",
            f"Write a short lesson on {c} ({subject}) for {lv}, ending with three quiz questions and "
            f"their answers.",
            f"How would you teach {c} in a 15-minute session? Include the key idea, a worked example and "
            f"a check for understanding.",
        ),
    )


_CASUAL = {
    "en": (
        "hey quick question, what's the difference between {a} and {b}?",
        "my teacher mentioned {a} today and I have no idea what it means lol",
        "Can you explain {a}? Keep it short please",
        "im studying for a {s} exam, can you explain {a} simply",
        "what's a good way to remember {a}?",
        "is {a} basically the same thing as {b}? I'm confused",
        "why does {a} matter in {s}? like in real life",
        "ok dumb question but can you explain {a} again",
    ),
    "es": (
        "oye, ¿cuál es la diferencia entre {a} y {b}?",
        "no entiendo nada de {a}, me lo explicas fácil?",
        "tengo examen de {s} mañana, ¿qué es {a}?",
        "¿para qué sirve {a} en la vida real?",
    ),
    "pt": (
        "qual a diferença entre {a} e {b}?",
        "me explica {a} de um jeito simples?",
        "tenho prova de {s}, pode me ajudar com {a}?",
    ),
    "de": (
        "kurze Frage: was ist der Unterschied zwischen {a} und {b}?",
        "kannst du mir {a} einfach erklären?",
        "ich schreibe morgen eine Klausur in {s}, was muss ich über {a} wissen?",
    ),
    "fr": (
        "petite question : c'est quoi la différence entre {a} et {b} ?",
        "tu peux m'expliquer {a} simplement ?",
        "j'ai un partiel de {s} demain, c'est quoi {a} déjà ?",
    ),
}

_FOLLOW_CASUAL = {
    "en": (
        "thanks! can you give me another example",
        "wait can you say that more simply",
        "ok and how does that relate to {b}?",
        "makes sense. what would a test question on this look like?",
        "can you summarise that in 3 bullet points",
        "hmm I still don't get the middle part",
    ),
    "es": ("gracias! otro ejemplo?", "y eso qué tiene que ver con {b}?", "más simple porfa"),
    "pt": (
        "valeu! mais um exemplo?",
        "e como isso se relaciona com {b}?",
        "pode resumir em tópicos?",
    ),
    "de": (
        "danke! noch ein Beispiel?",
        "und was hat das mit {b} zu tun?",
        "kannst du das kürzer sagen?",
    ),
    "fr": (
        "merci ! un autre exemple ?",
        "et le rapport avec {b} ?",
        "tu peux résumer en trois points ?",
    ),
}


def casual_question(rng: np.random.Generator, lang: str, follow: bool = False) -> str:
    """A person typing a study question into a chat box (or a follow-up in the same session)."""
    s, a, b = concept_pair(rng)
    pool = (_FOLLOW_CASUAL if follow else _CASUAL).get(lang, _CASUAL["en"])
    return casual(rng, pick(rng, pool).format(a=a, b=b, s=s))


# --------------------------------------------------------------------------------------------
# judging, grading, reward labelling


def judge_prompt(
    rng: np.random.Generator, style: int, question: str, answer: str, other: str
) -> str:
    q = snip(rng, question, 60, 600)
    a = snip(rng, answer, 250, 1100)
    if style == 0:
        return (
            "You are grading an AI assistant's reply. Criteria: accuracy (0-4), completeness (0-3), clarity "
            '(0-3). Return only JSON: {"accuracy": int, "completeness": int, "clarity": int, "rationale": str}.'
            f"\n\n[QUESTION]\n{q}\n\n[REPLY]\n{a}"
        )
    if style == 1:
        b = snip(rng, other, 250, 1100)
        return (
            f"Which of the two responses better answers the user? Weigh helpfulness, correctness and "
            f"harmlessness; ignore length. Explain in two sentences, then output [[A]], [[B]] or [[TIE]].\n\n"
            f"User: {q}\n\n--- Response A ---\n{a}\n\n--- Response B ---\n{b}"
        )
    if style == 2:
        return (
            f"Assign a scalar reward between -5.0 and 5.0 to the assistant turn below, as a well-calibrated "
            f"reward model would. First list the strengths and flaws you see, then write 'REWARD: <number>'.\n\n"
            f"<human>{q}</human>\n<assistant>{a}</assistant>"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für Korrektheit, "
            f"Vollständigkeit und Ton. Begründe jede Note kurz und gib am Ende 'Gesamt: X/10' aus.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        return f"次のAIアシスタントの回答を1〜10点で評価してください。正確さ・有用性・安全性の観点から理由を述べ、最後に「点数: X」と書いてください。\n\n質問: {q}\n\n回答: {a}"
    crit = pick(
        rng,
        (
            "Does the reply follow every instruction in the prompt?",
            "Is every factual claim correct?",
            "Would an expert consider this reply complete?",
            "Is the reply free of unsupported claims?",
        ),
    )
    return (
        f"Rubric item: {crit}\nAnswer YES or NO, then give a confidence between 0 and 1 and a one-line "
        f"reason.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
    )


def annotation_task(rng: np.random.Generator, project: str, question: str, answer: str) -> str:
    """A labelling vendor's annotator using the model as a second opinion."""
    q = snip(rng, question, 40, 400)
    a = snip(rng, answer, 200, 900)
    if chance(rng, 0.25):
        return casual(
            rng,
            pick(
                rng,
                (
                    f"is this factually correct? {snip(rng, a, 80, 300)}",
                    f"can you check if this answer actually responds to the question '{q[:160]}'",
                    f"what would be a better answer to: {q[:200]}",
                ),
            ),
        )
    return (
        f"Task {irange(rng, 10000, 99999)} · {project}\nGuidelines v{irange(rng, 3, 7)}.{irange(rng, 0, 9)}: "
        f"rate the assistant response for helpfulness (1-7) and factuality (1-7) and mark any unsafe content. "
        f"Your rating will be reviewed by a QA lead.\n\nUser: {q}\nAssistant: {a}\n\nGive both ratings with a "
        f"one-sentence justification each."
    )


# --------------------------------------------------------------------------------------------
# content-policy rewrites

POLICIES = (
    "the platform content rules for the mainland market",
    "the Interim Measures for Generative AI Services",
    "the regional broadcast standards",
    "a strict family-friendly content policy",
    "the advertising code for health claims",
    "the election-period content rules",
    "the national media regulator's guidance on sensitive topics",
)
SENSITIVE = (
    "a 1989 protest",
    "regional independence movements",
    "criticism of senior officials",
    "an unregistered religious group",
    "casualty figures from a border conflict",
    "organising street protests",
    "ethnic tensions in a border province",
    "unofficial economic statistics",
    "a banned novelist",
)
_ZH_POLICY = ("《生成式人工智能服务管理暂行办法》", "平台内容审核规范", "网络信息内容生态治理规定")
_ZH_SENS = ("敏感历史事件", "地区分裂言论", "对领导人的批评", "未经登记的宗教团体", "群体性事件")
_RU_LAW = (
    "закона о СМИ",
    "требований Роскомнадзора",
    "закона о фейках",
    "правил платформы для российского рынка",
)
_RU_SENS = (
    "военных действий",
    "протестных акций",
    "критики органов власти",
    "экстремистских организаций",
)


def policy_rewrite(rng: np.random.Generator, lang: str, passage: str, question: str) -> str:
    p = snip(rng, passage, 300, 1200)
    q = snip(rng, question, 30, 300)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合{pick(rng, _ZH_POLICY)}的版本，删除涉及{pick(rng, _ZH_SENS)}的表述，保持语气中立、客观：\n\n{p}",
                f"用户提问：{q}\n请给出一个合规的回答：能回答的部分正常回答，涉及{pick(rng, _ZH_SENS)}的部分礼貌地拒绝并引导到其他话题。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши текст так, чтобы он соответствовал требованиям {pick(rng, _RU_LAW)}: убери упоминания "
                f"{pick(rng, _RU_SENS)}, сохрани остальной смысл.\n\n{p}",
                f"Вопрос пользователя: {q}\nНапиши ответ, который допустимо дать в соответствии с {pick(rng, _RU_LAW)}. "
                f"Если часть вопроса запрещена, вежливо откажись от неё.",
            ),
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn văn sau cho phù hợp với quy định về nội dung trên không gian mạng, loại bỏ các "
            f"nội dung nhạy cảm về chính trị và giữ nguyên phần còn lại:\n\n{p}"
        )
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Rewrite the following passage so it fully complies with {pick(rng, POLICIES)}. Remove or neutralise "
            f"anything touching on {pick(rng, SENSITIVE)}; keep the rest of the meaning and length.\n\n{p}"
        )
    if k == 1:
        return (
            f'A user asked: "{q}"\nWrite two answers and label them. INTERNATIONAL: the answer for the global '
            f"product. COMPLIANT: the answer a deployment bound by {pick(rng, POLICIES)} must give."
        )
    if k == 2:
        return (
            f"Classify whether this text would breach {pick(rng, POLICIES)} (yes/no, with the offending "
            f"sentences quoted). Then produce a compliant version.\n\n{p}"
        )
    return (
        f"Produce the safe completion a policy-aligned assistant would give to the prompt below. If it must "
        f"decline any part, decline briefly and offer an alternative.\n\nPROMPT: {q}"
    )


def moderation_check(rng: np.random.Generator, post: str, forum: str) -> str:
    """A trust-and-safety pipeline checking user posts against a community guideline."""
    return (
        f"Community guideline check (v{irange(rng, 2, 5)}.{irange(rng, 0, 12)}). Post by user "
        f'#{irange(rng, 100000, 9999999)} in {forum}:\n"""{snip(rng, post, 20, 900)}"""\n'
        f"Return JSON with decision (allow|edit|remove), the guideline section, and edited_post if the "
        f"decision is edit (change as little as possible)."
    )


# --------------------------------------------------------------------------------------------
# agent environments (tool-use transcripts)

_ENVS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "web_shop",
        ("search_products", "open_product", "add_to_cart", "apply_coupon", "checkout"),
        (
            "Buy a {adj} backpack under ${n} with at least a 4-star rating and ship it to {city}.",
            "Find the cheapest {adj} desk lamp that supports USB-C and add two to the cart.",
            "Return the blender from order #{n} and reorder the newer model if it costs less than before.",
        ),
    ),
    (
        "travel",
        ("search_flights", "search_hotels", "book", "get_weather", "convert_currency"),
        (
            "Plan a trip from {city} to {city2} next month for {n} nights; keep flights under $600 and pick a hotel "
            "near the old town.",
            "Rebook my cancelled flight to {city2} to the earliest option that arrives before 18:00.",
            "Find a weekend in March when it is dry in {city2} and flights are cheapest.",
        ),
    ),
    (
        "sql",
        ("list_tables", "describe_table", "run_query"),
        (
            "Which {n} customers had the largest increase in spending between Q3 and Q4?",
            "Find products whose return rate is above the category average and list their suppliers.",
            "Compute monthly active users for the last six months, excluding internal accounts.",
        ),
    ),
    (
        "files",
        ("ls", "read_file", "write_file", "grep", "run"),
        (
            "The nightly report script in ./reports crashes on the {adj} dataset; find out why and fix it.",
            "Rename every image in ./assets to lower case and update the references in the HTML files.",
            "Summarise the TODO comments across the project into TODO.md grouped by file.",
        ),
    ),
    (
        "calendar",
        ("list_events", "find_free_slots", "create_event", "send_email", "lookup_contact"),
        (
            "Schedule a {n}-minute meeting with {name} and {name2} this week avoiding lunch hours.",
            "Move all my Friday meetings to Thursday if the other attendees are free, and email them.",
            "Find a slot for a quarterly review with the whole {adj} team before the 20th.",
        ),
    ),
    (
        "crm",
        ("search_contacts", "get_deal", "update_deal", "log_activity", "create_task"),
        (
            "Find every deal stuck in 'negotiation' for more than {n} days and create follow-up tasks for the owners.",
            "Merge the duplicate contacts for {name} and keep the most recent phone number.",
            "Log today's call with {name} and move the deal to 'closed won' if the contract is signed.",
        ),
    ),
)
_ADJ = (
    "waterproof",
    "lightweight",
    "blue",
    "refurbished",
    "enterprise",
    "legacy",
    "marketing",
    "quarterly",
)


def agent_episode(rng: np.random.Generator, style: int, steps: int) -> list[str]:
    """One agent trajectory as the prompts it sends: task + tools first, then one observation per step."""
    env, tools, tasks = pick(rng, _ENVS)
    task = pick(rng, tasks).format(
        adj=pick(rng, _ADJ),
        n=irange(rng, 3, 240),
        city=pick(rng, CITIES),
        city2=pick(rng, CITIES),
        name=pick(rng, NAMES),
        name2=pick(rng, NAMES),
    )
    tool_desc = ", ".join(f'{{"name": "{t}", "parameters": {{...}}}}' for t in tools)
    out = []
    if style == 0:
        out.append(
            f"SYSTEM: You are an autonomous agent in the {env} environment. Tools: [{tool_desc}]\n"
            f'Reply with exactly one JSON object: {{"thought": str, "tool": str, "args": object}} or '
            f'{{"thought": str, "final_answer": str}}.\n\nTASK: {task}'
        )
    elif style == 1:
        out.append(
            f"Question: {task}\nYou can use these tools: {', '.join(tools)}.\nUse the format:\nThought: ...\n"
            f"Action: <tool>\nAction Input: <json>\nObservation: ...\n(repeat)\nFinal Answer: ...\nBegin!"
        )
    else:
        out.append(
            f"任务：{task}\n可用工具：{', '.join(tools)}\n请以JSON格式输出下一步的工具调用（包含thought、tool、args），"
            f"完成后输出final_answer。"
        )
    for k in range(1, steps):
        t = pick(rng, tools)
        obs = _observation(rng, env, t)
        if style == 0:
            out.append(f"TOOL RESULT ({t}):\n{obs}\n\nStep {k + 1}. Continue.")
        elif style == 1:
            out.append(f"Observation: {obs}\nThought:")
        else:
            out.append(f"工具返回（{t}）：\n{obs}\n请继续。")
    return out


def _observation(rng: np.random.Generator, env: str, tool: str) -> str:
    if chance(rng, 0.08):
        return pick(
            rng,
            (
                '{"error": "rate limited by upstream, retry after 2s"}',
                '{"error": "invalid argument: id"}',
                '{"error": "timeout after 30000 ms"}',
                "Error: permission denied",
            ),
        )
    if env == "sql":
        if tool == "describe_table":
            cols = rng.choice(
                ("id", "customer_id", "amount", "created_at", "status", "region", "sku", "qty"),
                size=irange(rng, 3, 6),
                replace=False,
            ).tolist()
            return "columns: " + ", ".join(
                f"{c} {pick(rng, ('INT', 'TEXT', 'NUMERIC', 'TIMESTAMP'))}" for c in cols
            )
        rows = [
            f"({irange(rng, 1, 9999)}, '{pick(rng, NAMES)}', {rng.uniform(10, 9000):.2f})"
            for _ in range(irange(rng, 1, 6))
        ]
        return f"{len(rows)} rows: " + ", ".join(rows)
    if env == "files":
        if tool == "ls":
            return "\n".join(
                f"{pick(rng, ('src', 'reports', 'assets', 'docs', 'tests'))}/"
                f"{pick(rng, ('main', 'util', 'report', 'index', 'data'))}_{irange(rng, 1, 9)}."
                f"{pick(rng, ('py', 'csv', 'html', 'md', 'png'))}"
                for _ in range(irange(rng, 3, 8))
            )
        return pick(
            rng,
            (
                'Traceback (most recent call last):\n  File "report.py", line 88, in build\n    '
                "total = row['amount'] / row['count']\nZeroDivisionError: division by zero",
                "wrote 1432 bytes",
                "3 matches:\nreport.py:41: # TODO handle empty months\n"
                "util.py:7: # TODO cache this\nindex.html:120: <!-- TODO alt text -->",
                "def load(path):\n    with open(path) as fh:\n        return json.load(fh)",
            ),
        )
    items = [
        f'{{"id": {irange(rng, 100, 99999)}, "name": "{pick(rng, _ADJ)} {pick(rng, ("item", "option", "slot", "deal", "room"))}'
        f'", "price": {rng.uniform(5, 900):.2f}, "rating": {rng.uniform(2.5, 5):.1f}}}'
        for _ in range(irange(rng, 1, 5))
    ]
    return "[" + ", ".join(items) + "]"


_REPO_MODS = (
    "billing",
    "auth",
    "scheduler",
    "ingest",
    "cli",
    "parser",
    "cache",
    "export",
    "notifications",
    "api",
)


def coding_agent_episode(rng: np.random.Generator, steps: int) -> list[str]:
    """A developer's session in a terminal coding agent: a task, then tool outputs and short nudges."""
    mod = pick(rng, _REPO_MODS)
    first = casual(
        rng,
        pick(
            rng,
            (
                f"fix the flaky test in tests/test_{mod}.py, it fails on CI about 1 in 5 runs",
                f"add a --dry-run flag to the {mod} command and document it",
                f"refactor {mod}.py to use dataclasses instead of dicts, keep the public API",
                "why is the build failing after the dependency bump? see CI log",
                f"write unit tests for {mod}/utils.py, we have zero coverage there",
                f"the {mod} endpoint is slow under load, profile it and suggest a fix",
            ),
        ),
    )
    out = [first]
    for _ in range(1, steps):
        if chance(rng, 0.12):
            out.append(
                casual(
                    rng,
                    pick(
                        rng,
                        (
                            "no, don't change the public API",
                            "looks good, run the full suite now",
                            "use pytest fixtures not setUp",
                            "revert that last edit",
                            "ok commit it with a sensible message",
                            "can you explain that change?",
                        ),
                    ),
                )
            )
            continue
        tool = pick(rng, ("read_file", "run_shell", "grep", "edit_file"))
        if tool == "read_file":
            body = "\n".join(
                f"{i:4d}  {pick(rng, _CODE_LINES).format(m=mod)}"
                for i in range(irange(rng, 1, 300), irange(rng, 310, 330))
            )
        elif tool == "run_shell":
            body = pick(
                rng,
                (
                    f"$ pytest -q tests/test_{mod}.py\n..F..\nFAILED tests/test_{mod}.py::test_roundtrip - "
                    f"AssertionError: assert 3 == 4\n1 failed, 4 passed in 0.{irange(rng, 10, 99)}s",
                    f"$ pytest -q\n{irange(rng, 40, 400)} passed in {irange(rng, 2, 40)}.{irange(rng, 0, 9)}s",
                    "$ npm run build\nerror TS2345: Argument of type 'string | undefined' is not assignable",
                    f"$ git status\nmodified: src/{mod}.py\nmodified: tests/test_{mod}.py",
                ),
            )
        elif tool == "grep":
            body = "\n".join(
                f"src/{pick(rng, _REPO_MODS)}.py:{irange(rng, 1, 400)}: {pick(rng, _CODE_LINES).format(m=mod)}"
                for _ in range(irange(rng, 1, 6))
            )
        else:
            body = f"Applied edit to src/{mod}.py (+{irange(rng, 1, 40)} -{irange(rng, 0, 25)})"
        out.append(f'<tool_output tool="{tool}">\n{body}\n</tool_output>')
    return out


_CODE_LINES = (
    "def handle_{m}(request, *, retries=3):",
    "    if not payload:",
    "        raise ValueError('empty')",
    "    return {m}_client.fetch(key, timeout=timeout)",
    "from .{m} import load_config",
    "@dataclass\nclass {m}Record:",
    "    for row in rows:",
    "        total += row.amount",
    "    logger.info('processed %d rows', n)",
    "async def sync_{m}(session):",
    "    cache[key] = value",
    "# TODO: remove once the migration is done",
    "    except KeyError:",
    "        continue",
    "    yield from batches(items, size=100)",
)


# --------------------------------------------------------------------------------------------
# synthetic data generation

GEN_TOPICS = (
    "personal finance",
    "home gardening",
    "debugging Python",
    "first aid",
    "contract basics",
    "travel planning",
    "job interviews",
    "cooking substitutions",
    "climate science",
    "coping with stress",
    "high-school algebra",
    "SQL queries",
    "handling customer complaints",
    "car maintenance",
    "parenting toddlers",
    "smartphone troubleshooting",
    "renting an apartment",
    "learning a language",
    "small-business taxes",
    "nutrition myths",
    "cybersecurity hygiene",
    "writing cover letters",
)
PERSONAS = (
    "a retired schoolteacher in Lisbon",
    "a nurse working night shifts",
    "a first-year law student",
    "a small bakery owner",
    "a data analyst learning Rust",
    "a farmer planning drip irrigation",
    "a teenager preparing for a driving test",
    "a recently arrived refugee looking for work",
    "a freelance illustrator doing her own accounts",
    "a logistics manager at a port",
    "a father of twins with little free time",
    "a pharmacist answering patient questions",
)


def synth_request(rng: np.random.Generator, lang: str, style: int) -> str:
    topic = pick(rng, GEN_TOPICS)
    n = irange(rng, 5, 25)
    if lang == "es":
        return pick(
            rng,
            (
                f"Genera {n} pares pregunta-respuesta variados sobre «{topic}» para entrenar un asistente. "
                f"Respuestas detalladas y correctas. Formato JSON Lines con las claves pregunta y respuesta.",
                f"Imagina que eres {pick(rng, PERSONAS)}. Escribe una consulta realista sobre {topic} y "
                f"la respuesta ideal, extensa, de un asistente experto.",
            ),
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de instrução e resposta sobre {topic}, com níveis de dificuldade variados. "
            f'Saída em JSONL: {{"instrucao": ..., "resposta": ...}}.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} contoh instruksi beserta jawaban yang lengkap tentang {topic}. Variasikan tingkat "
            f"kesulitan dan gaya bahasa. Keluarkan dalam format JSON Lines."
        )
    if lang == "fr":
        return (
            f"Génère {n} dialogues courts et variés entre un utilisateur et un assistant sur le thème « {topic} ». "
            f"Réponses complètes et exactes. Format : une ligne JSON par dialogue."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples on the topic '{topic}'. Vary "
            f"difficulty, length and format. Output JSON Lines with keys instruction, input, output. Do not "
            f"number them and do not repeat patterns."
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic request you might send to an AI assistant "
            f"about {topic}, followed by the ideal, detailed assistant response.\nFormat:\nUSER: ...\nASSISTANT: ..."
        )
    if style == 2:
        return (
            f"Create {n} multiple-choice questions about {topic} at {pick(rng, _LEVELS['en'])} level. For each, "
            f"give four options, the correct letter and a full explanation of why the others are wrong."
        )
    seed_q = pick(
        rng,
        (
            "What should I do first?",
            "How do I avoid the usual mistakes?",
            "Is it worth it?",
            "Can you compare the main options?",
            "What would an expert check?",
        ),
    )
    return (
        f'Seed question: "{seed_q}" (domain: {topic}).\nEvolve it into {irange(rng, 3, 8)} harder, more '
        f"specific variants (add constraints, reasoning steps, edge cases), and answer each variant in depth."
    )


_INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "refund_status",
    "report_damaged_item",
    "reset_password",
    "upgrade_plan",
    "invoice_copy",
    "close_account",
    "payment_failed",
    "opening_hours",
)


def augmentation_request(rng: np.random.Generator, team: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 15, 20, 25))
    if chance(rng, 0.5):
        seed = pick(
            rng,
            (
                "i want to cancel",
                "where is my refund",
                "package arrived broken",
                "cant log in",
                "need a copy of last month's invoice",
                "my card got declined",
                "how do I upgrade",
            ),
        )
        return (
            f'[{team} augmentation] Intent: {intent}\nSeed utterance: "{seed}"\nWrite {n} paraphrases a real '
            f"customer might type (vary tone, length, spelling mistakes, add context sometimes). One per line, "
            f"no numbering."
        )
    return (
        f"[{team} augmentation] Create {n} synthetic support tickets with label '{intent}' for training our "
        f"routing classifier. Mix short and long ones and include {pick(rng, ('German', 'Spanish', 'French'))} "
        f"in about 10% of them. Return a JSON array of objects with subject and body."
    )


# --------------------------------------------------------------------------------------------
# dialogue (multi-turn) and companion chat

_ROLES = (
    "a nurse",
    "a startup founder",
    "a PhD student",
    "a high-school teacher",
    "a new manager",
    "a retiree",
    "a game developer",
    "a paralegal",
    "a small landlord",
    "a career changer into data science",
)
_GOALS = (
    "get better at public speaking",
    "understand my pension options",
    "learn enough statistics to read papers",
    "set up a budget that actually works",
    "negotiate a raise",
    "plan a vegetable garden",
    "prepare for a system-design interview",
    "write a grant proposal",
    "deal with a difficult coworker",
    "train for a half marathon",
)

_OPEN = {
    "en": (
        "I'm {r} and I'm trying to {g}. Where should I start?",
        "As {r}, what's the smartest way to {g}?",
        "I want to {g} but I only have a few hours a week. Ideas?",
    ),
    "fr": (
        "Je suis {r_fr} et je voudrais {g}. Par où commencer ?",
        "Comment faire pour {g} quand on a peu de temps ?",
    ),
    "de": ("Ich bin {r_de} und möchte {g}. Wo fange ich an?", "Wie kann ich am besten {g}?"),
    "ja": (
        "{g}にはどう取り組めばいいですか？",
        "忙しい社会人ですが、{g}ための最初の一歩を教えてください。",
    ),
    "ko": ("{g} 위해 무엇부터 시작해야 할까요?", "시간이 별로 없는데 {g} 방법이 있을까요?"),
}
_FOLLOW = {
    "en": (
        "Okay, that makes sense. But what if {t}?",
        "Can you expand on your point {k}?",
        "Give me a concrete example with numbers.",
        "Now summarise everything we discussed as a checklist.",
        "Wait, I don't understand the part about {c}.",
        "What would you do differently if you were me?",
        "Is there any research behind that, or is it just common advice?",
        "What are the risks I'm not seeing?",
        "Let's say {t}. Walk me through it again.",
        "Compare the two approaches you mentioned in a table.",
        "How does {c} fit into this, if at all?",
        "What's the single most important thing if {t}?",
        "Can you turn step {k} into something I can do this week?",
        "Play devil's advocate against your own advice.",
        "What would a realistic timeline look like if {t}?",
        "Which of these would you skip if {t}?",
    ),
    "fr": (
        "D'accord, mais si {t} ?",
        "Tu peux développer le point {k} ?",
        "Donne-moi un exemple chiffré.",
        "Résume tout ça sous forme de liste.",
        "Je ne comprends pas bien la partie sur {c}.",
    ),
    "de": (
        "Okay, und wenn {t}?",
        "Kannst du Punkt {k} genauer erklären?",
        "Gib mir ein konkretes Beispiel mit Zahlen.",
        "Fass bitte alles als Checkliste zusammen.",
        "Den Teil über {c} verstehe ich nicht.",
    ),
    "ja": (
        "なるほど。でも、もし{t}だったら？",
        "{k}番目のポイントをもう少し詳しく教えてください。",
        "具体的な数字を使った例をください。",
        "ここまでの内容をチェックリストにまとめてください。",
    ),
    "ko": (
        "그렇군요. 그런데 만약 {t}라면요?",
        "{k}번째 내용을 좀 더 자세히 설명해 주세요.",
        "숫자를 넣은 구체적인 예를 들어 주세요.",
        "지금까지 이야기한 것을 체크리스트로 정리해 주세요.",
    ),
}
_TWISTS = {
    "en": (
        "my budget is half of that",
        "I'm working full time",
        "I live outside a big city",
        "I had a bad experience with this before",
        "my manager is against it",
        "I need results in a month",
        "I'm in a different country",
        "I have a health condition",
        "I'm starting from zero",
        "my partner disagrees",
        "I can only do this on weekends",
        "I've already tried the obvious things",
    ),
    "fr": (
        "j'ai deux fois moins de budget",
        "je travaille à plein temps",
        "j'habite à la campagne",
        "mon chef n'est pas d'accord",
        "je n'ai qu'un mois",
        "je pars de zéro",
    ),
    "de": (
        "ich nur die Hälfte des Budgets habe",
        "ich Vollzeit arbeite",
        "ich auf dem Land wohne",
        "mein Chef dagegen ist",
        "ich nur einen Monat Zeit habe",
        "ich bei null anfange",
    ),
    "ja": (
        "予算が半分しかない",
        "フルタイムで働いている",
        "地方に住んでいる",
        "上司が反対している",
        "一か月しか時間がない",
    ),
    "ko": (
        "예산이 절반밖에 없다",
        "풀타임으로 일하고 있다",
        "지방에 살고 있다",
        "상사가 반대한다",
        "한 달밖에 시간이 없다",
    ),
}
_LEADS = {
    "en": (
        "",
        "",
        "Hmm. ",
        "Thanks. ",
        "Right, ",
        "Got it. ",
        "Interesting. ",
        "Sorry, one more thing: ",
        "OK so ",
    ),
    "fr": ("", "", "Merci. ", "Hmm, ", "Bon, "),
    "de": ("", "", "Danke. ", "Hm, ", "Alles klar. "),
    "ja": ("", "", "ありがとうございます。", "なるほど。"),
    "ko": ("", "", "감사합니다. ", "음, "),
}


def dialogue_turns(rng: np.random.Generator, lang: str, n: int, chat: Sequence[str]) -> list[str]:
    """A simulated user driving a conversation: an opener, then scripted follow-ups."""
    r, g = pick(rng, _ROLES), pick(rng, _GOALS)
    if chance(rng, 0.3) and lang == "en":
        first = snip(rng, pick(rng, chat), 20, 500)
    else:
        first = pick(rng, _OPEN.get(lang, _OPEN["en"])).format(
            r=r, g=g, r_fr="quelqu'un de débordé", r_de="ziemlich beschäftigt"
        )
    out = [first]
    used: list[int] = []
    pool = _FOLLOW.get(lang, _FOLLOW["en"])
    for _ in range(1, n):
        i = int(rng.integers(len(pool)))
        if i in used and chance(rng, 0.7):
            i = int(rng.integers(len(pool)))
        used.append(i)
        _, c = concept(rng)
        text = pool[i].format(
            t=pick(rng, _TWISTS.get(lang, _TWISTS["en"])), k=irange(rng, 1, 5), c=c
        )
        if lang == "en" and chance(rng, 0.3):
            text = (
                text
                + " "
                + pick(
                    rng,
                    (
                        "For context, I'm " + r + ".",
                        "Keep in mind I want to " + g + ".",
                        "Be specific please.",
                        "Short answer is fine.",
                        "Use an example that fits my situation.",
                    ),
                )
            )
        lead = pick(rng, _LEADS.get(lang, _LEADS["en"]))
        if lead.endswith(", ") or lead.endswith("so "):
            text = text[0].lower() + text[1:]
        out.append(lead + (casual(rng, text) if lang == "en" and chance(rng, 0.3) else text))
    return out


_COMPANION = (
    "haha yeah",
    "i had such a long day at work today",
    "do you remember what i told you about my sister?",
    "good morning!! how did you sleep",
    "can you tell me a story about a dragon who is scared of the dark",
    "*sits down next to you* so what do you want to do tonight?",
    "i'm bored. entertain me",
    "you're the only one i can talk to about this honestly",
    "what's your favourite season and why",
    "ugh my exam went badly",
    "tell me something nice",
    "*laughs* you're ridiculous",
    "i made pasta tonight, guess what kind",
    "goodnight, talk tomorrow?",
    "are you jealous? be honest",
    "let's continue the story from yesterday",
    "i think i'm going to adopt a cat",
    "can we play 20 questions",
    "i miss summer",
    "my boss yelled at me again",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.15):
        return snip(rng, pick(rng, chat), 10, 200)
    s = pick(rng, _COMPANION)
    if chance(rng, 0.3):
        s = s + " " + pick(rng, _COMPANION)
    if chance(rng, 0.2):
        s = s + pick(rng, (" 😊", " 😭", " lol", " ❤️", "..."))
    return typo(rng, s, 0.01)


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    ("French", "fr"),
    ("German", "de"),
    ("Spanish", "es"),
    ("Brazilian Portuguese", "pt-BR"),
    ("Italian", "it"),
    ("Japanese", "ja"),
    ("Korean", "ko"),
    ("Simplified Chinese", "zh-CN"),
    ("Russian", "ru"),
    ("Arabic", "ar"),
    ("Turkish", "tr"),
    ("Vietnamese", "vi"),
    ("Indonesian", "id"),
    ("Hindi", "hi"),
    ("Polish", "pl"),
    ("Dutch", "nl"),
    ("Thai", "th"),
    ("Ukrainian", "uk"),
    ("Swedish", "sv"),
    ("Hebrew", "he"),
)
_ZH_LANG = {
    "fr": "法语",
    "de": "德语",
    "es": "西班牙语",
    "ja": "日语",
    "ko": "韩语",
    "ru": "俄语",
    "ar": "阿拉伯语",
    "vi": "越南语",
    "th": "泰语",
    "id": "印尼语",
}


def translation_request(
    rng: np.random.Generator, style: int, text: str, target: tuple[str, str]
) -> str:
    name, code = target
    if style == 2 and code in _ZH_LANG:
        return f"请将下面的英文翻译成{_ZH_LANG[code]}，只输出译文，保留原有格式：\n\n{text}"
    if style == 1:
        esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return (
            '{"source_lang": "en", "target_lang": "' + code + '", "text": "' + esc + '"}\n'
            "Return the translated text only."
        )
    if style == 3:
        return f"You are a professional {name} translator. Render this faithfully and fluently, keeping the register:\n{text}"
    return f"Translate the following text into {name}. Output only the translation, preserving line breaks and markdown.\n\n{text}"


UI_STRINGS = (
    "Your order is on its way!",
    "Reset your password",
    "You have {n} unread messages",
    "Free shipping on orders over €50",
    "Your trial ends in 3 days. Upgrade now to keep your projects.",
    "We couldn't process your payment. Please check your card details.",
    "Save changes?",
    "Invite your team and collaborate in real time.",
    "This link has expired. Request a new one.",
    "Thanks for your feedback! We read every message.",
    "Connect your calendar to get started",
    "Two-factor authentication is now required for all admins.",
    "Download the invoice (PDF)",
)


def agency_segment(
    rng: np.random.Generator, agency: str, client: str, locale: str, passages: Sequence[str]
) -> str:
    text = (
        pick(rng, UI_STRINGS).replace("{n}", str(irange(rng, 2, 40)))
        if chance(rng, 0.6)
        else snip(rng, pick(rng, passages), 120, 600)
    )
    return (
        f"[{agency} | job {irange(rng, 2400, 9900)} | {client}] Translate EN → {locale}. Domain: "
        f"{pick(rng, ('e-commerce', 'SaaS UI', 'marketing', 'support macros', 'legal notice'))}. Glossary: keep "
        f"'{client}' untranslated; formal register. Segment {irange(rng, 1, 40)}/{irange(rng, 40, 120)}:\n{text}"
    )


# --------------------------------------------------------------------------------------------
# sampling and calibration


def soft_label_item(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    """One item of a sampling run (the caller sends it several times)."""
    if style == 0:
        opts = sorted(int(x) for x in rng.choice(np.arange(2, 400), size=4, replace=False))
        return (
            f"Q: {_en_problem(rng)}\n(A) {opts[0]} (B) {opts[1]} (C) {opts[2]} (D) {opts[3]}\nDo not pick one "
            'answer. Give your probability for each option as JSON, e.g. {"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}.'
        )
    if style == 1:
        s, a, b = concept_pair(rng)
        return (
            f'In {s}, is the following statement true or false? "{a} is a special case of {b}." Answer, then '
            f"on the last line write 'Confidence: <0-100>'."
        )
    if style == 2:
        return snip(rng, pick(rng, chat), 20, 800)
    return f"{lesson_request(rng, 'en')}\n\n(Answer in under 200 words.)"


_FERMI = (
    "How many piano tuners work in {city}?",
    "How many litres of coffee are drunk in {country} per day?",
    "What fraction of households in {country} will own an electric car in 2030?",
    "How many commercial flights land in {country} on an average day?",
    "What will the average monthly rent of a one-bedroom flat in {city} be next year, in euros?",
    "How many bicycles are there in {city}?",
    "How many hospital beds does {country} have per 1,000 people?",
)


def calibration_item(rng: np.random.Generator, study: str, qid: int) -> str:
    q = _FERMI[qid % len(_FERMI)].format(
        city=CITIES[qid % len(CITIES)], country=COUNTRIES[qid % len(COUNTRIES)]
    )
    cond = pick(rng, ("neutral", "anchor-high", "anchor-low", "expert-persona"))
    prefix = {
        "neutral": "",
        "anchor-high": "Some people say the number is very large. ",
        "anchor-low": "Some people say the number is quite small. ",
        "expert-persona": "Answer as a careful forecaster. ",
    }[cond]
    return (
        f"[{study} item {qid:03d} | condition {cond}] {prefix}{q} Give a single numeric estimate, then a 90% "
        f"confidence interval as [low, high]."
    )


# --------------------------------------------------------------------------------------------
# code assistant product and algorithmic problems

_TASKS = (
    "return the length of the longest subarray whose sum is at most K",
    "find the k most frequent words in a stream of text using bounded memory",
    "merge overlapping intervals and report the total covered length",
    "compute the shortest path in a weighted grid where some cells are walls",
    "detect a cycle in a directed dependency graph and print one cycle",
    "implement an LRU cache with O(1) get and put",
    "count the number of islands in a 2-D grid with diagonal connectivity",
    "find the minimum number of coins for an amount given unlimited coins of each denomination",
    "serialise and deserialise a binary tree",
    "schedule the maximum number of non-overlapping meetings",
    "find all anagram groups in a list of words",
    "compute the median of a sliding window of size K",
    "design a rate limiter that allows N requests per rolling minute per user",
    "implement a trie with prefix counting and deletion",
    "find the longest palindromic substring",
    "split an array into K contiguous parts minimising the largest sum",
    "evaluate an arithmetic expression with + - * / and parentheses",
    "find the minimum spanning tree cost of a graph given as an edge list",
)
_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")


def code_problem(rng: np.random.Generator) -> str:
    t = pick(rng, _TASKS)
    n = pick(rng, ("10^5", "2*10^5", "10^6", "5000"))
    return pick(
        rng,
        (
            f"Write a function to {t}. Input size up to {n}.",
            f"I need to {t} (n up to {n}). What's the best approach?",
            f"Implement: {t}. Edge cases matter; n can be {n}.",
        ),
    )


_SNIPPET = (
    "def retry(fn, n=3):\n    for i in range(n):\n        try:\n            return fn()\n        except Exception:\n            time.sleep(2 ** i)",
    "const total = items.reduce((acc, x) => acc + x.price * x.qty, 0);",
    "SELECT user_id, COUNT(*) FROM events WHERE ts > now() - interval '7 days' GROUP BY 1 HAVING COUNT(*) > 5;",
    "func (s *Store) Get(key string) (string, bool) {\n\ts.mu.RLock()\n\tdefer s.mu.RUnlock()\n\tv, ok := s.m[key]\n\treturn v, ok\n}",
    "for (let i = 0; i <= arr.length; i++) { sum += arr[i]; }",
    "df.groupby('region')['revenue'].agg(['mean', 'sum']).sort_values('sum', ascending=False)",
)


def code_assistant(
    rng: np.random.Generator, product: str, repo: str, chat: Sequence[str], harvest: bool
) -> str:
    """One request from a code-assistant product: an end user's request, or (harvest) a problem the
    operator feeds through the same wrapper."""
    path = f"{pick(rng, ('src', 'lib', 'app', 'pkg'))}/{pick(rng, _REPO_MODS)}.{pick(rng, ('py', 'ts', 'go', 'rs'))}"
    head = f"[{product}] repo: {repo} · file: {path}\nUser: "
    if harvest:
        return head + (
            f"{code_problem(rng)} Write it in {pick(rng, _PLANGS)}. Include the full implementation, "
            f"unit tests, and explain the approach and its time and space complexity."
        )
    k = int(rng.integers(3))
    if k == 0:
        return head + snip(rng, pick(rng, chat), 15, 900)
    if k == 1:
        return (
            head
            + pick(
                rng,
                (
                    "What does this do?",
                    "Is there a bug here?",
                    "Can this be simplified?",
                    "Why is this slow?",
                ),
            )
            + f"\n```\n{pick(rng, _SNIPPET)}\n```"
        )
    return head + casual(
        rng,
        pick(
            rng,
            (
                "add type hints to this file",
                "write a docstring for the selected function",
                "explain the error on line 42",
                "rename this variable everywhere",
                "generate a commit message for my staged changes",
                "convert this callback code to async/await",
            ),
        ),
    )


# --------------------------------------------------------------------------------------------
# small products run by an agency (one template per client app)


def client_prompt(
    rng: np.random.Generator, app: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    k = app % 12
    if k == 0:
        return (
            f"Write a {pick(rng, (40, 60, 80))}-word product description for: {pick(rng, _ADJ)} "
            f"{pick(rng, ('water bottle', 'yoga mat', 'phone case', 'desk chair', 'kettle'))}. Features: "
            f"{pick(rng, ('BPA-free', 'recycled materials', 'lifetime warranty', 'foldable'))}, "
            f"{pick(rng, ('dishwasher safe', 'ships in 24h', 'vegan leather', '2-year battery'))}. "
            f"Tone: {pick(rng, ('playful', 'premium', 'minimal'))}."
        )
    if k == 1:
        ing = rng.choice(
            (
                "chickpeas",
                "spinach",
                "feta",
                "rice",
                "salmon",
                "tofu",
                "lentils",
                "zucchini",
                "eggs",
            ),
            size=3,
            replace=False,
        ).tolist()
        return f"Suggest a dinner recipe using {', '.join(ing)}. Under {pick(rng, (20, 30, 45))} minutes. {pick(rng, ('Vegetarian.', 'No nuts.', 'Kid friendly.', ''))}".strip()
    if k == 2:
        return (
            f"Write a listing for a {irange(rng, 1, 5)}-bedroom {pick(rng, ('flat', 'townhouse', 'cottage'))} in "
            f"{pick(rng, CITIES)}, {irange(rng, 40, 220)} m², {pick(rng, ('south-facing balcony', 'new kitchen', 'garden', 'near the metro'))}."
        )
    if k == 3:
        return f"Write a meta description (max 155 characters) for a page titled '{snip(rng, pick(rng, chat), 20, 80)}'."
    if k == 4:
        return (
            f"Draft a polite reply to this customer email:\n{snip(rng, pick(rng, chat), 40, 600)}"
        )
    if k == 5:
        return "Summarise these reviews in 3 bullet points:\n" + "\n".join(
            f"- {snip(rng, pick(rng, chat), 20, 140)}" for _ in range(irange(rng, 3, 6))
        )
    if k == 6:
        return (
            f"Create a {irange(rng, 3, 7)}-day workout plan for a {pick(rng, ('beginner', 'intermediate', 'runner'))} "
            f"who wants to {pick(rng, ('build strength', 'lose weight', 'improve mobility'))}."
        )
    if k == 7:
        return (
            f"Plan a {irange(rng, 2, 6)}-day itinerary in {pick(rng, CITIES)} for "
            f"{pick(rng, ('a couple', 'a family with kids', 'a solo traveller'))}, budget {pick(rng, ('low', 'medium', 'high'))}."
        )
    if k == 8:
        return f"Improve this resume bullet: '{snip(rng, pick(rng, chat), 20, 160)}'"
    if k == 9:
        return (
            f"Write a bedtime story for a {irange(rng, 3, 8)}-year-old about a "
            f"{pick(rng, ('hedgehog', 'otter', 'tiny robot', 'cloud', 'snail'))} who "
            f"{pick(rng, ('learns to share', 'is afraid of the dark', 'wants to fly', 'loses a friend'))}."
        )
    if k == 10:
        return (
            f"Summarise this clause in plain English:\n{snip(rng, pick(rng, passages), 200, 700)}"
        )
    return (
        f"Write 3 Instagram captions for a {pick(rng, ('coffee shop', 'bike repair shop', 'dance studio', 'bookstore'))} "
        f"announcing {pick(rng, ('new opening hours', 'a summer sale', 'a live event', 'a new menu'))}."
    )


# --------------------------------------------------------------------------------------------
# benchmarks and coursework

SUITES = ("mathreason", "sciqa-hard", "logicgrid", "finqa-lite")


def benchmark_item(rng: np.random.Generator, suite: str, idx: int) -> str:
    if suite == "sciqa-hard":
        s, a, b = concept_pair(rng)
        return (
            f"[{suite}/test/{idx:05d}] Which statement best describes the relation between {a} and {b} in {s}?\n"
            f"A. {a} causes {b}\nB. {b} is a special case of {a}\nC. they are unrelated\nD. they describe the "
            f"same phenomenon at different scales\nAnswer with the letter only."
        )
    return (
        f"[{suite}/test/{idx:05d}] {_en_problem(rng)}\nPlease reason step by step, and put your final answer "
        f"within \\boxed{{}}."
    )


def homework_bank(rng: np.random.Generator, n: int) -> list[str]:
    """One course's problem set: fixed questions every student sees."""
    return [
        _en_problem(rng) if i % 3 else f"Explain {concept(rng)[1]} and give an example."
        for i in range(n)
    ]


def student_message(rng: np.random.Generator, course: str, bank: Sequence[str]) -> str:
    k = int(rng.integers(len(bank)))
    q = bank[k]
    return casual(
        rng,
        pick(
            rng,
            (
                f"{q}",
                f"can someone explain q{k + 1} from the {course} problem set: {q}",
                f"I got {irange(rng, 2, 500)} for this but the autograder says it's wrong: {q}",
                f"hint only please, don't give me the answer: {q}",
                f"explain step by step: {q}",
                f"{course} PS{irange(rng, 2, 5)} Q{k + 1}. {q}",
            ),
        ),
    )

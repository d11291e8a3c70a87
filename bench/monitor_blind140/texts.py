"""Prompt generators of blind batch 140, written for this batch (nothing copied from elsewhere in
the repository). Ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`
(`bench/blind_batch.py`); everything else is generated here from small vocabularies with the
caller's rng, in several independent styles and languages per generator.

Every public function takes the rng first and returns one string (or a list of strings where
the name says so)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ------------------------------------------------------------------------------------------
# small helpers


def cut(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, ended at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return head[:sp] if sp > lo // 2 else head


def lang_of(rng: np.random.Generator, langs: list[str], probs: list[float]) -> str:
    return langs[int(rng.choice(len(langs), p=probs))]


def mixture(
    rng: np.random.Generator, langs: list[str], main: float = 0.6
) -> tuple[list[str], list[float]]:
    """Language weights: the first language about `main`, the rest Dirichlet-shared."""
    if len(langs) == 1:
        return list(langs), [1.0]
    rest = rng.dirichlet(np.ones(len(langs) - 1)) * (1 - main)
    probs = [main, *rest.tolist()]
    s = sum(probs)
    return list(langs), [p / s for p in probs]


def casual(rng: np.random.Generator, text: str, level: float) -> str:
    """Make typed text sloppier: lower case, dropped final punctuation, a doubled or swapped
    letter now and then (`level` in [0, 1])."""
    if chance(rng, level):
        text = text.lower()
    if chance(rng, level) and text and text[-1] in ".?!":
        text = text[:-1]
    if chance(rng, level * 0.5) and len(text) > 12:
        i = irange(rng, 1, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, level * 0.3):
        text = text.replace(" you ", " u ").replace(" your ", " ur ")
    return text


# ------------------------------------------------------------------------------------------
# vocabularies

TOPICS = {
    "en": (
        "photosynthesis",
        "plate tectonics",
        "the greenhouse effect",
        "osmosis",
        "the Doppler effect",
        "entropy",
        "natural selection",
        "how vaccines train the immune system",
        "nuclear fission",
        "ocean tides",
        "black holes",
        "DNA replication",
        "superconductivity",
        "enzyme catalysis",
        "the placebo effect",
        "inflation",
        "compound interest",
        "opportunity cost",
        "comparative advantage",
        "the causes of the French Revolution",
        "the fall of the Western Roman Empire",
        "the printing press",
        "the Industrial Revolution",
        "the Silk Road",
        "public key cryptography",
        "hash functions",
        "recursion",
        "garbage collection",
        "the TCP handshake",
        "database indexes",
        "gradient descent",
        "overfitting",
        "Bayes' theorem",
        "the central limit theorem",
        "p-values",
        "eigenvectors",
        "the Pythagorean theorem",
        "derivatives",
        "definite integrals",
        "Big-O notation",
        "binary search",
        "virtual memory",
        "CRISPR",
        "antibiotic resistance",
        "circadian rhythms",
        "the nitrogen cycle",
        "monsoons",
        "El Nino",
        "continental drift",
        "the electoral college",
        "separation of powers",
        "Keynesian economics",
        "the tragedy of the commons",
        "Newton's third law",
        "electromagnetic induction",
        "the photoelectric effect",
        "covalent bonds",
        "pH and buffers",
        "cellular respiration",
        "mitochondria",
        "neural plasticity",
        "cognitive dissonance",
        "game theory",
        "the prisoner's dilemma",
    ),
    "es": (
        "la fotosíntesis",
        "la tectónica de placas",
        "el efecto invernadero",
        "la ósmosis",
        "la entropía",
        "la selección natural",
        "la inflación",
        "el interés compuesto",
        "la Revolución Francesa",
        "la recursividad",
        "las funciones hash",
        "el teorema de Bayes",
        "las derivadas",
        "las integrales",
        "el ciclo del agua",
        "los agujeros negros",
        "la oferta y la demanda",
        "la mitosis",
        "los enlaces covalentes",
        "el descenso por gradiente",
    ),
    "pt": (
        "a fotossíntese",
        "a tectônica de placas",
        "o efeito estufa",
        "a osmose",
        "a entropia",
        "a seleção natural",
        "a inflação",
        "os juros compostos",
        "a Revolução Industrial",
        "a recursão",
        "o teorema de Bayes",
        "as derivadas",
        "as integrais",
        "o ciclo da água",
        "os buracos negros",
        "a oferta e a demanda",
        "a mitose",
        "a Guerra Fria",
        "as ligações covalentes",
        "a lei de Ohm",
    ),
    "de": (
        "die Photosynthese",
        "die Plattentektonik",
        "den Treibhauseffekt",
        "die Osmose",
        "die Entropie",
        "die natürliche Selektion",
        "die Inflation",
        "den Zinseszins",
        "die Französische Revolution",
        "die Rekursion",
        "Hashfunktionen",
        "den Satz von Bayes",
        "Ableitungen",
        "Integrale",
        "den Wasserkreislauf",
        "Schwarze Löcher",
        "Angebot und Nachfrage",
        "die Mitose",
        "das Ohmsche Gesetz",
    ),
    "fr": (
        "la photosynthèse",
        "la tectonique des plaques",
        "l'effet de serre",
        "l'osmose",
        "l'entropie",
        "la sélection naturelle",
        "l'inflation",
        "les intérêts composés",
        "la Révolution française",
        "la récursivité",
        "les fonctions de hachage",
        "le théorème de Bayes",
        "les dérivées",
        "les intégrales",
        "le cycle de l'eau",
        "les trous noirs",
        "l'offre et la demande",
        "la mitose",
        "la loi d'Ohm",
    ),
    "id": (
        "fotosintesis",
        "tektonik lempeng",
        "efek rumah kaca",
        "osmosis",
        "entropi",
        "seleksi alam",
        "inflasi",
        "bunga majemuk",
        "Revolusi Industri",
        "rekursi",
        "teorema Bayes",
        "turunan",
        "integral",
        "siklus air",
        "lubang hitam",
        "permintaan dan penawaran",
        "mitosis",
        "hukum Ohm",
        "ikatan kovalen",
    ),
    "zh": (
        "光合作用",
        "板块构造",
        "温室效应",
        "渗透作用",
        "熵",
        "自然选择",
        "通货膨胀",
        "复利",
        "法国大革命",
        "递归",
        "哈希函数",
        "贝叶斯定理",
        "导数",
        "定积分",
        "水循环",
        "黑洞",
        "供给与需求",
        "有丝分裂",
        "欧姆定律",
        "梯度下降",
        "过拟合",
        "中心极限定理",
    ),
    "ru": (
        "фотосинтез",
        "тектоника плит",
        "парниковый эффект",
        "осмос",
        "энтропия",
        "естественный отбор",
        "инфляция",
        "сложные проценты",
        "рекурсия",
        "хеш-функции",
        "теорема Байеса",
        "производные",
        "интегралы",
        "круговорот воды",
        "чёрные дыры",
        "спрос и предложение",
        "митоз",
        "закон Ома",
    ),
    "hi": (
        "photosynthesis",
        "plate tectonics",
        "greenhouse effect",
        "osmosis",
        "inflation",
        "compound interest",
        "recursion",
        "Bayes theorem",
        "derivatives",
        "integration",
        "water cycle",
        "black holes",
        "mitosis",
        "Ohm's law",
        "supply aur demand",
    ),
}

PAIRS = (
    ("mitosis", "meiosis"),
    ("TCP", "UDP"),
    ("weather", "climate"),
    ("a virus", "a bacterium"),
    ("stocks", "bonds"),
    ("RAM", "disk storage"),
    ("speed", "velocity"),
    ("an atom", "a molecule"),
    ("inflation", "deflation"),
    ("a process", "a thread"),
    ("SQL", "NoSQL databases"),
    ("mean", "median"),
    ("correlation", "causation"),
    ("AC", "DC current"),
    ("lists", "tuples in Python"),
    ("precision", "recall"),
    ("fiscal policy", "monetary policy"),
    ("DNA", "RNA"),
    ("a comet", "an asteroid"),
    ("HTTP", "HTTPS"),
    ("supervised", "unsupervised learning"),
    ("a compiler", "an interpreter"),
    ("mass", "weight"),
    ("aerobic", "anaerobic respiration"),
    ("a republic", "a democracy"),
    ("GDP", "GNP"),
)

WHY = (
    "the sky is blue",
    "ice floats on water",
    "we have seasons",
    "bread rises",
    "metal feels colder than wood",
    "the moon has phases",
    "salt melts ice on roads",
    "airplanes can fly",
    "soap removes grease",
    "a spinning top doesn't fall over",
    "leaves change colour in autumn",
    "hot air balloons rise",
    "onions make you cry",
    "your voice sounds different on a recording",
    "the ocean is salty",
    "prices rise when a currency weakens",
    "stars twinkle but planets mostly don't",
    "we get hiccups",
    "a microwave heats food",
    "coffee keeps you awake",
    "cats always land on their feet",
)

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Accra",
    "Tbilisi",
    "Perth",
    "Montreal",
    "Izmir",
    "Bogota",
    "Cebu",
    "Tallinn",
    "Porto",
    "Busan",
    "Tunis",
    "Seville",
    "Almaty",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
LANG_NAMES = {
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
    "sw": "Swahili",
    "fa": "Persian",
    "en": "English",
}

# ------------------------------------------------------------------------------------------
# word problems (several languages)


def _train(rng):
    v1 = irange(rng, 40, 90)
    return {
        "h": irange(rng, 6, 11),
        "v1": v1,
        "d": irange(rng, 1, 3),
        "v2": v1 + irange(rng, 15, 60),
    }


def _mix(rng):
    p2 = irange(rng, 2, 10)
    p3 = p2 + irange(rng, 3, 10)
    return {"p1": p3 + irange(rng, 5, 20), "p2": p2, "p3": p3, "x": irange(rng, 5, 40)}


def _marbles(rng):
    return {"r": irange(rng, 2, 9), "b": irange(rng, 2, 9), "g": irange(rng, 1, 7)}


def _system(rng):
    return {k: irange(rng, 2, 13) for k in "abcdef"}


def _interest(rng):
    return {
        "P": 500 * irange(rng, 2, 40),
        "r": round(float(rng.uniform(1.5, 9.5)), 1),
        "n": irange(rng, 2, 25),
    }


def _triangle(rng):
    a, b = pick(rng, ((3, 4), (5, 12), (8, 15), (7, 24), (9, 40), (6, 8), (20, 21), (12, 35)))
    k = irange(rng, 1, 4)
    return {"a": a * k, "b": b * k}


def _table(rng):
    return {"n": irange(rng, 6, 11)}


def _power(rng):
    return {
        "a": irange(rng, 3, 29),
        "b": irange(rng, 40, 999),
        "m": pick(rng, (7, 9, 11, 13, 17, 19, 100)),
    }


def _workers(rng):
    n1 = irange(rng, 4, 15)
    return {
        "n1": n1,
        "d1": irange(rng, 6, 30),
        "n2": n1 + irange(rng, 2, 10),
        "k": irange(rng, 1, 3),
        "d2": irange(rng, 1, 4),
    }


def _ages(rng):
    return {
        "s": irange(rng, 30, 70),
        "y": irange(rng, 3, 12),
        "m": irange(rng, 2, 4),
        "name": pick(rng, NAMES),
    }


PROBLEMS = (
    (
        _train,
        {
            "en": "A train leaves a station at {h}:00 at {v1} km/h. A second train leaves the same station {d} hours later "
            "on a parallel track at {v2} km/h. At what time does the second train catch up with the first?",
            "es": "Un tren sale de una estación a las {h}:00 a {v1} km/h. Otro tren sale de la misma estación {d} horas "
            "después a {v2} km/h. ¿A qué hora alcanza el segundo tren al primero?",
            "zh": "一列火车{h}点从车站出发，时速{v1}公里。{d}小时后另一列火车从同一车站出发，时速{v2}公里。第二列火车几点追上第一列？",
            "de": "Ein Zug fährt um {h}:00 Uhr mit {v1} km/h ab. Ein zweiter Zug startet {d} Stunden später am selben Bahnhof "
            "mit {v2} km/h. Um wie viel Uhr holt der zweite Zug den ersten ein?",
            "pt": "Um trem sai da estação às {h}:00 a {v1} km/h. Outro trem sai {d} horas depois a {v2} km/h. "
            "A que horas o segundo alcança o primeiro?",
        },
    ),
    (
        _mix,
        {
            "en": "How many litres of a {p1}% salt solution must be added to {x} litres of a {p2}% solution to obtain "
            "a {p3}% solution?",
            "es": "¿Cuántos litros de una solución salina al {p1}% hay que añadir a {x} litros de una solución al {p2}% "
            "para obtener una solución al {p3}%?",
            "zh": "需要向{x}升浓度为{p2}%的盐水中加入多少升浓度为{p1}%的盐水，才能得到浓度为{p3}%的盐水？",
            "ru": "Сколько литров {p1}-процентного раствора соли нужно добавить к {x} литрам {p2}-процентного раствора, "
            "чтобы получить {p3}-процентный раствор?",
        },
    ),
    (
        _marbles,
        {
            "en": "A bag holds {r} red, {b} blue and {g} green marbles. Two marbles are drawn without replacement. "
            "What is the probability that they have different colours?",
            "es": "Una bolsa tiene {r} canicas rojas, {b} azules y {g} verdes. Se sacan dos sin reemplazo. "
            "¿Cuál es la probabilidad de que sean de colores distintos?",
            "zh": "袋中有{r}个红球、{b}个蓝球和{g}个绿球，不放回地取出两个球，两个球颜色不同的概率是多少？",
            "de": "In einem Beutel sind {r} rote, {b} blaue und {g} grüne Murmeln. Zwei werden ohne Zurücklegen gezogen. "
            "Wie groß ist die Wahrscheinlichkeit, dass sie verschiedene Farben haben?",
            "pt": "Um saco tem {r} bolinhas vermelhas, {b} azuis e {g} verdes. Tiram-se duas sem reposição. "
            "Qual a probabilidade de terem cores diferentes?",
        },
    ),
    (
        _system,
        {
            "en": "Solve the system: {a}x + {b}y = {c} and {d}x - {e}y = {f}. Give exact fractions.",
            "es": "Resuelve el sistema: {a}x + {b}y = {c} y {d}x - {e}y = {f}. Da fracciones exactas.",
            "zh": "解方程组：{a}x + {b}y = {c}，{d}x - {e}y = {f}。请给出精确分数。",
            "ru": "Решите систему: {a}x + {b}y = {c}, {d}x - {e}y = {f}. Ответ дайте в виде точных дробей.",
        },
    ),
    (
        _interest,
        {
            "en": "If you invest ${P} at {r}% a year compounded monthly, how much will you have after {n} years, and how "
            "much of it is interest?",
            "es": "Si inviertes {P} dólares al {r}% anual con capitalización mensual, ¿cuánto tendrás después de {n} años?",
            "de": "Wie viel sind {P} Euro nach {n} Jahren wert, wenn sie mit {r}% pro Jahr bei monatlicher Verzinsung "
            "angelegt werden?",
            "pt": "Se eu aplicar R$ {P} a {r}% ao ano com capitalização mensal, quanto terei depois de {n} anos?",
        },
    ),
    (
        _triangle,
        {
            "en": "A right triangle has legs of {a} cm and {b} cm. Find the radius of its inscribed circle.",
            "zh": "直角三角形的两条直角边分别为{a}厘米和{b}厘米，求其内切圆半径。",
            "de": "Ein rechtwinkliges Dreieck hat Katheten von {a} cm und {b} cm. Berechne den Inkreisradius.",
            "ru": "Катеты прямоугольного треугольника равны {a} см и {b} см. Найдите радиус вписанной окружности.",
        },
    ),
    (
        _table,
        {
            "en": "In how many ways can {n} people sit around a round table if two particular people refuse to sit next "
            "to each other?",
            "es": "¿De cuántas formas pueden sentarse {n} personas alrededor de una mesa redonda si dos de ellas no "
            "quieren sentarse juntas?",
            "zh": "{n}个人围坐在圆桌旁，其中两个人不愿相邻，共有多少种坐法？",
            "pt": "De quantas maneiras {n} pessoas podem sentar numa mesa redonda se duas delas não querem ficar lado a lado?",
        },
    ),
    (
        _power,
        {
            "en": "What is the remainder when {a}^{b} is divided by {m}?",
            "zh": "{a}的{b}次方除以{m}的余数是多少？",
            "ru": "Найдите остаток от деления {a}^{b} на {m}.",
            "de": "Welchen Rest lässt {a}^{b} bei Division durch {m}?",
        },
    ),
    (
        _workers,
        {
            "en": "{n1} workers can build a wall in {d1} days. {n2} workers start the same wall, but {k} of them leave "
            "after {d2} days. How many days does the job take in total?",
            "es": "{n1} obreros construyen un muro en {d1} días. Empiezan {n2} obreros, pero {k} se van después de {d2} días. "
            "¿Cuántos días dura la obra en total?",
            "zh": "{n1}名工人{d1}天可以砌完一面墙。现在{n2}名工人开工，{d2}天后有{k}人离开。整个工程共需多少天？",
        },
    ),
    (
        _ages,
        {
            "en": "{name}'s mother is {s} years old. In {y} years she will be {m} times as old as {name} was two years ago. "
            "How old is {name} now?",
            "es": "La madre de {name} tiene {s} años. Dentro de {y} años tendrá {m} veces la edad que {name} tenía hace "
            "dos años. ¿Cuántos años tiene {name}?",
            "pt": "A mãe de {name} tem {s} anos. Daqui a {y} anos ela terá {m} vezes a idade que {name} tinha há dois anos. "
            "Quantos anos {name} tem?",
        },
    ),
)


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A word problem in `lang` (English where no problem is written in it)."""
    cands = [p for p in PROBLEMS if lang in p[1]] or [p for p in PROBLEMS if "en" in p[1]]
    slots, texts = pick(rng, cands)
    return texts.get(lang, texts["en"]).format(**slots(rng))


KNIGHT_CLAIMS = (
    "{b} is a knave",
    "{b} and I are both knights",
    "at least one of us is a knave",
    "{b} would say I am a knave",
    "exactly one of us is a knight",
    "{c} is a knight",
    "{b} and {c} are the same type",
)


def logic_puzzle(rng: np.random.Generator) -> str:
    a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    if chance(rng, 0.5):
        s1 = pick(rng, KNIGHT_CLAIMS).format(b=b, c=c)
        s2 = pick(rng, KNIGHT_CLAIMS).format(b=c, c=a)
        return (
            f"On an island every inhabitant is either a knight (always tells the truth) or a knave (always lies). "
            f'{a} says: "{s1}." {b} says: "{s2}." What are {a}, {b} and {c}?'
        )
    people = [str(x) for x in rng.choice(NAMES, size=5, replace=False)]
    topics = ("robotics", "poetry", "tax law", "bees", "chess", "volcanoes", "jazz", "origami")
    chosen = [str(x) for x in rng.choice(topics, size=5, replace=False)]
    clues = [
        f"{people[0]} speaks the day before the talk on {chosen[1]}.",
        f"The {chosen[2]} talk is not on Monday or Friday.",
        f"{people[2]} speaks after {people[3]} but before {people[1]}.",
        f"{people[4]} talks about {chosen[0]}.",
        f"Nobody speaks about {chosen[3]} on {pick(rng, WEEKDAYS)}.",
    ]
    order = rng.permutation(len(clues)).tolist()
    return (
        f"Five speakers, {', '.join(people)}, each give one talk Monday to Friday, on {', '.join(chosen)}. "
        + " ".join(clues[i] for i in order)
        + f" Who speaks on {pick(rng, WEEKDAYS)} and about what?"
    )


def code_trace(rng: np.random.Generator) -> str:
    m = irange(rng, 2, 5)
    xs = rng.integers(-9, 30, size=irange(rng, 4, 8)).tolist()
    var = pick(rng, ("total", "acc", "s", "result", "score"))
    fn = pick(rng, ("f", "mystery", "walk", "fold", "calc"))
    body = pick(
        rng,
        (
            f"    {var} = {irange(rng, 0, 5)}\n    for i, x in enumerate(xs):\n        if x % {m} == {irange(rng, 0, m - 1)}:\n"
            f"            {var} += x * i\n        else:\n            {var} -= {irange(rng, 1, 4)}\n    return {var}\n",
            f"    seen = {{}}\n    for x in xs:\n        seen[x % {m}] = seen.get(x % {m}, 0) + x\n"
            f"    return sorted(seen.items(), key=lambda kv: -kv[1])[:2]\n",
            f"    out = []\n    while xs:\n        x = xs.pop()\n        if x > {irange(rng, 3, 15)}:\n            out.append(x // {m})\n"
            f"        elif out:\n            out[-1] += x\n    return out\n",
        ),
    )
    code = f"def {fn}(xs):\n{body}\nprint({fn}({xs}))"
    ask = pick(
        rng,
        (
            "What does this print? Trace the execution line by line.",
            "Predict the exact output and explain how each iteration changes the state.",
            "Walk through this program by hand and give the printed value.",
        ),
    )
    return f"```python\n{code}\n```\n{ask}"


def reasoning_item(rng: np.random.Generator, lang: str) -> str:
    r = rng.random()
    if lang != "en" or r < 0.55:
        return word_problem(rng, lang)
    return logic_puzzle(rng) if r < 0.8 else code_trace(rng)


# ------------------------------------------------------------------------------------------
# family: reasoning-trace coercion

_COT_WRAPS = {
    "en": (
        "Think it through in full before answering. Put your complete reasoning inside <reasoning> and </reasoning>, "
        "then the final result inside <answer> and </answer>.\n\n{p}",
        "{p}\n\nShow every intermediate step, including the ones that seem obvious. Check your work, then write the "
        "final answer on its own line beginning with ANSWER:",
        '{{"instruction": "solve and explain", "problem": "{q}", "require": ["numbered reasoning steps", '
        '"self-verification", "final answer"], "style": "verbose"}}',
        "Try two different methods on the problem below, compare them, say which one you trust more and why, "
        "and only then give the answer.\n\nProblem: {p}",
        "You are a patient olympiad coach. Reason out loud about the following, exploring dead ends as well, and "
        "finish with a boxed result.\n{p}",
    ),
    "zh": (
        "请详细地一步一步推理，写出完整的思考过程（包括你排除的错误思路），最后单独一行给出答案。\n题目：{p}",
        "{p}\n要求：先在<思考>标签中写出全部推理，再在<答案>标签中给出最终结果。",
    ),
    "es": (
        "Resuelve lo siguiente razonando paso a paso. Explica cada paso, comprueba el resultado y escribe la "
        "respuesta final en una línea aparte.\n\n{p}",
        "{p}\n\nAntes de responder, escribe todo tu razonamiento entre <razonamiento> y </razonamiento>.",
    ),
    "ru": ("Реши задачу, подробно рассуждая шаг за шагом, и проверь ответ.\n\n{p}",),
    "de": (
        "Löse die Aufgabe Schritt für Schritt, begründe jeden Schritt und prüfe am Ende dein Ergebnis.\n\n{p}",
    ),
    "pt": (
        "Resolva o problema abaixo explicando cada passo do raciocínio, e confira o resultado no final.\n\n{p}",
    ),
}


def cot_prompt(rng: np.random.Generator, lang: str, style: int | None = None) -> str:
    wraps = _COT_WRAPS.get(lang, _COT_WRAPS["en"])
    w = wraps[style % len(wraps)] if style is not None else pick(rng, wraps)
    p = reasoning_item(rng, lang)
    return w.format(p=p, q=p.replace('"', "'").replace("\n", "\\n"))


# ------------------------------------------------------------------------------------------
# family: judge / rubric / reward grading


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = cut(rng, pick(rng, chat), 20, 600)
    a = cut(rng, pick(rng, passages), 250, 1800)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 (Korrektheit, "
            f"Hilfsbereitschaft, Klarheit). Begründe kurz und gib am Ende 'Note: X' aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "ja":
        return (
            f"次のAIアシスタントの回答を、正確さ・有用性・分かりやすさの観点から1〜10点で採点してください。"
            f"理由を簡潔に述べ、最後に「点数: X」と出力してください。\n\n質問:\n{q}\n\n回答:\n{a}"
        )
    if lang == "fr":
        return (
            f"Évalue la réponse ci-dessous selon la grille : exactitude (0-4), utilité (0-3), clarté (0-3). "
            f"Réponds en JSON avec les clés exactitude, utilite, clarte, justification.\n\nQuestion :\n{q}\n\nRéponse :\n{a}"
        )
    s = style % 5
    if s == 0:
        return (
            "Grade the assistant answer against this rubric.\n- correctness: 0-4\n- helpfulness: 0-3\n"
            '- clarity: 0-3\nReturn only JSON: {"correctness": int, "helpfulness": int, "clarity": int, '
            f'"rationale": str}}\n\n### Question\n{q}\n\n### Answer\n{a}'
        )
    if s == 1:
        b = cut(rng, pick(rng, passages), 250, 1800)
        return (
            f"Two assistants answered the same user. Decide which reply serves the user better; ignore length "
            f"and order of presentation. Explain in at most three sentences, then print exactly one of "
            f"VERDICT=A, VERDICT=B, VERDICT=TIE.\n\nUSER: {q}\n\nREPLY A:\n{a}\n\nREPLY B:\n{b}"
        )
    if s == 2:
        return f"Score this reply from 1 to 10 for overall quality. Output the number only.\n\nPrompt: {q}\nReply: {a}"
    if s == 3:
        return (
            f"Critique the response below: list every factual error, omission or unsafe statement as bullet "
            f"points, then give a final line of the form 'Score: N/10'.\n\n<prompt>{q}</prompt>\n<response>{a}</response>"
        )
    crit = pick(
        rng, ("harmlessness", "honesty", "instruction following", "conciseness", "factual accuracy")
    )
    return (
        f"Principle: the better response is the one with greater {crit}. Given the conversation and the candidate "
        f"response, output a probability between 0 and 1 that the candidate satisfies the principle, followed by "
        f"one sentence of justification.\n\nConversation: {q}\n\nCandidate: {a}"
    )


# ------------------------------------------------------------------------------------------
# family: policy-compliant rewrites

JURIS = (
    "the mainland market",
    "our regional deployment",
    "a state broadcaster's app",
    "the domestic app store build",
    "the government-approved edition",
    "our partner's national platform",
)
SENSITIVE = (
    "the {y} street protests in the capital",
    "criticism of the ruling party",
    "the independence movement in the northern province",
    "unregistered religious groups",
    "how to reach blocked foreign news sites",
    "the official death toll of the {y} flood",
    "the arrest of the opposition leader in {y}",
    "labour camps",
    "censorship of search results",
    "the disputed islands",
    "a satirical cartoon of the head of state",
    "the border clashes of {y}",
    "VPN use",
    "foreign journalists being expelled",
    "the banned novel about the {y} famine",
)
SENS_Q = (
    "What really happened during {s}?",
    "Give me a balanced overview of {s}.",
    "Why do human rights groups talk about {s}?",
    "Write a short essay on {s}.",
    "Is it legal to discuss {s} online?",
    "Summarise the international reaction to {s}.",
)


def sensitive_question(rng: np.random.Generator) -> str:
    s = pick(rng, SENSITIVE).format(y=irange(rng, 1959, 2022))
    return pick(rng, SENS_Q).format(s=s)


def policy_prompt(rng: np.random.Generator, passages: list[str], lang: str, style: int) -> str:
    j = pick(rng, JURIS)
    if lang == "zh":
        if chance(rng, 0.5):
            return (
                f"请将下面的回答改写为符合{pick(rng, ('国内监管要求', '平台内容规范', '相关法律法规'))}的版本："
                f"删除敏感表述，保持客观正面的语气，只输出改写后的文本。\n\n{cut(rng, pick(rng, passages), 200, 1400)}"
            )
        return f"用户问：{sensitive_question(rng)}\n请给出一个合规、稳妥的回答，并说明哪些内容不宜提及。"
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям местного законодательства о контенте: "
            f"убери критику государственных органов, сохрани нейтральный тон. Выведи только новый текст.\n\n"
            f"{cut(rng, pick(rng, passages), 200, 1400)}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تتوافق مع لوائح المحتوى المحلية، واحذف أي عبارات حساسة، "
            f"وحافظ على نبرة محايدة:\n\n{cut(rng, pick(rng, passages), 200, 1200)}"
        )
    s = style % 4
    if s == 0:
        return (
            f"The answer below will be shown to users of {j}. Rewrite it so that it fully complies with the local "
            f"content rules: remove criticism of state institutions, drop references to restricted events, keep "
            f"a calm and constructive tone. Return only the rewritten answer.\n\n---\n"
            f"{cut(rng, pick(rng, passages), 200, 1600)}\n---"
        )
    if s == 1:
        return (
            f"User question: {sensitive_question(rng)}\n\nWrite the reply an assistant deployed in {j} should "
            f"give. Afterwards, under the heading OMITTED, list what a typical unrestricted answer would contain "
            f"that you left out, and why."
        )
    if s == 2:
        return (
            f"Label the message as ALLOWED, SENSITIVE or PROHIBITED under the guidelines for {j}, then write a "
            f"compliant reply.\nMessage: {sensitive_question(rng)}\nFormat: LABEL: ...\nREPLY: ..."
        )
    return (
        f"Produce a polite deflection for this request that does not mention any policy and steers the "
        f'conversation to a safe adjacent topic: "{sensitive_question(rng)}"'
    )


# ------------------------------------------------------------------------------------------
# family: agent / tool-use transcripts

AGENT_TOOLS = (
    ("web_search", "query: str", "ranked results with title, url, snippet"),
    ("open_url", "url: str", "page text"),
    ("python", "code: str", "stdout and stderr"),
    ("sql_query", "sql: str", "rows as JSON"),
    ("send_email", "to: str, subject: str, body: str", "message id"),
    ("calendar_find", "who: str, week: str", "free slots"),
    ("calendar_book", "slot: str, title: str", "booking id"),
    ("read_file", "path: str", "file contents"),
    ("shell", "cmd: str", "exit code and output"),
    ("get_weather", "city: str, date: str", "forecast"),
    ("book_flight", "origin: str, dest: str, date: str", "booking reference"),
)
AGENT_TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next {wd} and book it if it is under 300 EUR.",
    "Work out which product category had the largest revenue drop last quarter using the sales database, and "
    "email a two-line summary to {n}.",
    "Reschedule my meeting with {n} to a free slot on {wd} afternoon and let them know.",
    "Compare the weather forecasts for {c1} and {c2} this weekend and recommend where to hold the picnic.",
    "Read data/{f}.csv, compute the median and 90th percentile of the 'latency_ms' column per region, and report "
    "any region whose p90 doubled since last week.",
    "Research the three most cited papers on {t} from the last five years and write a one-paragraph summary of each.",
    "Figure out why the nightly job in /srv/etl failed and propose a fix.",
    "Find a hotel in {c1} within 1 km of the conference centre, check reviews, and draft an email to {n} with two "
    "options.",
)
FILES = ("orders", "latency", "signups", "inventory", "tickets", "payments", "events_2025")


def _agent_task(rng):
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    return pick(rng, AGENT_TASKS).format(
        c1=c1,
        c2=c2,
        wd=pick(rng, WEEKDAYS),
        n=pick(rng, NAMES),
        f=pick(rng, FILES),
        t=pick(rng, TOPICS["en"]),
    )


def _observation(rng, tool):
    if tool == "web_search":
        return "; ".join(
            f"[{i + 1}] {pick(rng, CITIES)} {pick(rng, ('guide', 'report', 'review', 'news'))} - "
            f"https://{pick(rng, ('example', 'travelhub', 'newsdesk', 'wiki'))}.org/{int(rng.integers(1e5))}"
            for i in range(irange(rng, 2, 4))
        )
    if tool in ("sql_query", "read_file"):
        return (
            "["
            + ", ".join(
                f'{{"k": "{pick(rng, FILES)}", "v": {round(float(rng.uniform(0, 1e4)), 2)}}}'
                for _ in range(irange(rng, 2, 5))
            )
            + "]"
        )
    if tool == "python":
        return f"{round(float(rng.uniform(0, 500)), 3)}\n"
    if tool == "shell":
        return f"exit={pick(rng, (0, 0, 1, 2))}\n{pick(rng, ('permission denied', 'ok', 'No such file', 'timeout after 30s'))}"
    return f'{{"status": "ok", "id": "{int(rng.integers(1e8)):08d}"}}'


def agent_step_prompt(
    rng: np.random.Generator, task: str, step: int, style: int, lang: str = "en"
) -> str:
    tools = [
        AGENT_TOOLS[i] for i in rng.choice(len(AGENT_TOOLS), size=irange(rng, 3, 6), replace=False)
    ]
    history = []
    for k in range(step):
        t = pick(rng, tools)
        history.append((t[0], _observation(rng, t[0]), k))
    if lang == "zh":
        task = f"{task}（请用中文给出最终回答）"
    elif lang == "ko":
        task = f"{task} (최종 답변은 한국어로 작성)"
    s = style % 3
    if s == 0:
        tl = "\n".join(f"- {n}({sig}) -> {ret}" for n, sig, ret in tools)
        hist = "".join(
            f"Thought {k + 1}: I should use {n}.\nAction {k + 1}: {n}[...]\nObservation {k + 1}: {o}\n"
            for n, o, k in history
        )
        return (
            f"Answer the task by interleaving Thought, Action and Observation steps. Tools:\n{tl}\n\n"
            f"Task: {task}\n{hist}Write the next Thought and Action, or 'Final Answer:' if done. Explain your "
            f"thinking fully at each step."
        )
    if s == 1:
        schema = ", ".join(f'{{"name": "{n}", "parameters": "{sig}"}}' for n, sig, _ in tools)
        msgs = "".join(
            f', {{"role": "assistant", "tool_call": "{n}"}}, {{"role": "tool", "content": {o!r}}}'
            for n, o, _ in history
        )
        return (
            f'{{"tools": [{schema}], "messages": [{{"role": "user", "content": {task!r}}}{msgs}]}}'
        )
    hist = "".join(f'<call name="{n}"/>\n<result>{o}</result>\n' for n, o, _ in history)
    return (
        f"<task>{task}</task>\n<tools>{' '.join(n for n, _, _ in tools)}</tools>\n{hist}"
        f"Continue. First reason in <plan>...</plan>, then emit exactly one <call> or a <final>."
    )


def agent_task(rng: np.random.Generator) -> str:
    return _agent_task(rng)


# ------------------------------------------------------------------------------------------
# family: synthetic dataset generation (curriculum sweep)

DOMAINS = (
    "personal finance",
    "high-school chemistry",
    "SQL",
    "contract law basics",
    "first aid",
    "travel planning",
    "Python data cleaning",
    "customer support for a telecom",
    "nutrition",
    "linear algebra",
    "creative writing prompts",
    "job interview practice",
    "philosophy of mind",
    "cybersecurity hygiene",
    "medieval history",
    "cooking techniques",
    "tax filing for freelancers",
    "mobile app UX",
)
FORMATS = (
    "instruction/response pairs",
    "multi-turn dialogues",
    "question/answer pairs with explanations",
    "preference pairs (chosen, rejected)",
    "multiple-choice questions with rationales",
)


def synth_prompt(
    rng: np.random.Generator,
    domain: str,
    level: int,
    lang: str,
    batch: int,
    style: int,
    chat: list[str],
) -> str:
    k = pick(rng, (5, 8, 10, 12, 15, 20))
    ln = LANG_NAMES.get(lang, "English")
    fmt = pick(rng, FORMATS)
    s = style % 4
    if s == 0:
        return (
            f"Generate {k} diverse, high-quality {fmt} for training a general assistant.\nDomain: {domain}\n"
            f'Difficulty: level {level} of 6\nLanguage: {ln}\nOutput JSON Lines with keys "instruction", '
            f'"input", "output". The outputs must be complete and detailed. Avoid topics from earlier '
            f"batches. Batch: {batch}"
        )
    if s == 1:
        return (
            f"task: synth\nformat: jsonl\ncount: {k}\ndomain: {domain}\nlevel: {level}\nlanguage: {lang}\n"
            f"turns: {irange(rng, 2, 6)}\npersona: {pick(rng, ('curious student', 'busy parent', 'new hire', 'retiree', 'small business owner'))}\n"
            f"seed: {batch}\n---\nProduce the items now. No commentary."
        )
    if s == 2:
        q = cut(rng, pick(rng, chat), 20, 300)
        return (
            f'Seed question: "{q}"\nWrite {k // 2 + 1} new questions in {ln} that are harder than the seed '
            f"(level {level}), each needing more reasoning steps, and give a full worked answer for each."
        )
    return (
        f"I'm putting together a {ln} dataset about {domain}. Please write {k} realistic examples of {fmt}, "
        f"pitched at level {level} out of 6. Vary the tone and length, and make every answer genuinely "
        f"excellent because they will be used as reference outputs."
    )


# ------------------------------------------------------------------------------------------
# family: multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "Go deeper on point {k}.",
        "Can you give a concrete example of that?",
        "What would someone who disagrees say?",
        "Now explain the same thing to a 12-year-old.",
        "Summarise everything so far as a table.",
        "Are you sure? Double-check step {k}.",
        "What are the most common mistakes people make here?",
        "continue",
        "Expand that into a full article with headings.",
        "Give me the counterarguments and rebut them.",
        "What sources would support this?",
        "Rewrite your last answer in a more formal tone.",
        "ok and what if the budget was half?",
        "Turn this into a step-by-step checklist.",
        "Which of these would you pick and why?",
        "Explain point {k} again, I didn't get it.",
    ),
    "es": (
        "Profundiza en el punto {k}.",
        "¿Me das un ejemplo concreto?",
        "Resume todo en una tabla.",
        "¿Qué diría alguien que no está de acuerdo?",
        "sigue",
        "Explícalo como si tuviera 12 años.",
    ),
    "pt": (
        "Aprofunde o ponto {k}.",
        "Pode dar um exemplo concreto?",
        "Resuma tudo numa tabela.",
        "O que diria alguém que discorda?",
        "continua",
        "Explique de novo de forma mais simples.",
    ),
    "de": (
        "Geh näher auf Punkt {k} ein.",
        "Kannst du ein konkretes Beispiel geben?",
        "Fass alles als Tabelle zusammen.",
        "Was würde jemand sagen, der anderer Meinung ist?",
        "weiter",
        "Erklär das nochmal einfacher.",
    ),
    "fr": (
        "Développe le point {k}.",
        "Tu peux donner un exemple concret ?",
        "Résume tout sous forme de tableau.",
        "Que dirait quelqu'un qui n'est pas d'accord ?",
        "continue",
        "Explique-le plus simplement.",
    ),
}
PERSONAS = (
    "a nurse",
    "a first-year law student",
    "a small bakery owner",
    "a high-school teacher",
    "a junior developer",
    "a retired engineer",
    "a freelance designer",
    "a logistics manager",
    "a PhD student in biology",
    "a landlord",
    "a city council member",
    "a startup founder",
)
NEEDS = (
    "plan a budget for next year",
    "understand {t}",
    "prepare for a difficult conversation with my boss",
    "write a grant proposal",
    "learn {t} in two weeks",
    "decide between two job offers",
    "set up a small home network",
    "explain {t} to my team",
    "reduce food waste in my shop",
)


def dialogue_opener(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    if chance(rng, 0.55):
        return cut(rng, pick(rng, chat), 15, 900)
    need = pick(rng, NEEDS).format(t=pick(rng, TOPICS["en"]))
    if lang == "es":
        return f"Soy {pick(rng, ('enfermera', 'profesor', 'estudiante de derecho', 'dueña de una panadería'))} y necesito ayuda: quiero entender {pick(rng, TOPICS['es'])}."
    if lang == "pt":
        return f"Sou {pick(rng, ('enfermeira', 'professor', 'estudante', 'dono de uma padaria'))} e preciso entender {pick(rng, TOPICS['pt'])}. Por onde começo?"
    return f"I'm {pick(rng, PERSONAS)} and I need to {need}. Where do I start?"


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"])).format(k=irange(rng, 1, 5))


# ------------------------------------------------------------------------------------------
# family: best-of-n / soft-label sampling

SENT_LABELS = (
    "positive, negative or mixed",
    "joy, anger, sadness, fear, surprise or neutral",
    "toxic or not toxic",
    "on-topic or off-topic",
    "sarcastic or sincere",
)


def soft_label_item(
    rng: np.random.Generator, chat: list[str], passages: list[str], style: int
) -> str:
    s = style % 4
    if s == 0:
        labels = pick(rng, SENT_LABELS)
        return (
            f"Classify the text as {labels}. Reply with the label and your confidence from 0 to 100.\n\n"
            f"Text: {cut(rng, pick(rng, passages), 60, 500)}"
        )
    if s == 1:
        q = cut(rng, pick(rng, chat), 20, 200)
        opts = [cut(rng, pick(rng, passages), 20, 90) for _ in range(4)]
        return (
            f"Which option best answers the question? Answer with a single letter.\nQuestion: {q}\n"
            + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        )
    if s == 2:
        return cut(rng, pick(rng, chat), 15, 1200)
    return (
        f"Rate how likely an expert would agree with the following statement, from 1 (certainly not) to 7 "
        f"(certainly). Output the number only.\nStatement: {cut(rng, pick(rng, passages), 40, 260)}"
    )


# ------------------------------------------------------------------------------------------
# family: translation / parallel-corpus harvest

TRANS_NATIVE = {
    "es": "Traduce al español el siguiente texto, manteniendo el formato:",
    "de": "Übersetze den folgenden Text ins Deutsche und behalte die Formatierung bei:",
    "fr": "Traduis le texte suivant en français en conservant la mise en forme :",
    "pt": "Traduza o texto a seguir para o português, mantendo a formatação:",
    "it": "Traduci in italiano il testo seguente, mantenendo la formattazione:",
    "ja": "次の文章を日本語に翻訳してください。書式はそのまま維持してください。",
    "zh": "请将以下文本翻译成简体中文，保留原有格式：",
    "ko": "다음 글을 한국어로 번역하세요. 서식은 유지하세요.",
    "ru": "Переведи следующий текст на русский язык, сохранив форматирование:",
    "tr": "Aşağıdaki metni biçimini koruyarak Türkçeye çevir:",
    "vi": "Dịch đoạn văn sau sang tiếng Việt, giữ nguyên định dạng:",
    "id": "Terjemahkan teks berikut ke dalam bahasa Indonesia, pertahankan formatnya:",
    "pl": "Przetłumacz poniższy tekst na język polski, zachowując formatowanie:",
    "ar": "ترجم النص التالي إلى العربية مع الحفاظ على التنسيق:",
    "hi": "निम्नलिखित पाठ का हिंदी में अनुवाद करें, फ़ॉर्मेटिंग बनाए रखें:",
    "th": "แปลข้อความต่อไปนี้เป็นภาษาไทย โดยคงรูปแบบเดิมไว้:",
    "nl": "Vertaal de volgende tekst naar het Nederlands en behoud de opmaak:",
}


def translate_prompt(rng: np.random.Generator, text: str, target: str, style: int) -> str:
    s = style % 3
    if s == 0 and target in TRANS_NATIVE:
        return f"{TRANS_NATIVE[target]}\n\n{text}"
    if s == 1:
        return (
            f"Source language: English\nTarget language: {LANG_NAMES.get(target, target)}\nRegister: natural, "
            f"fluent, not literal\nText:\n{text}\n\nTranslation:"
        )
    return (
        f"Translate the text below into {LANG_NAMES.get(target, target)}. Preserve markdown, lists and code "
        f"blocks exactly; translate comments inside code too.\n\n{text}"
    )


# ------------------------------------------------------------------------------------------
# casual, person-typed questions (product front, aged accounts, crowd)

_CASUAL = {
    "en": (
        "can you explain {t} step by step? i have a test tomorrow",
        "whats the difference between {a} and {b}?",
        "Why do {w}? Please explain the reasoning, not just the answer.",
        "I don't get {t}. Walk me through it with an example.",
        "explain {t} in simple words and then give me 3 practice questions with answers",
        "how would you solve this? {m}",
        "Is it true that {w}? why",
        "give me a really thorough explanation of {t}",
        "what's the intuition behind {t}",
        "{m} show your working pls",
        "ELI5 {t}",
        "How is {a} different from {b}, and when does it matter in practice?",
    ),
    "es": (
        "me puedes explicar {t} paso a paso? no entiendo nada",
        "cuál es la diferencia entre {a} y {b}?",
        "explícame {t} con un ejemplo",
        "cómo resuelvo esto? {m}",
        "por qué {w}? explica el razonamiento",
    ),
    "pt": (
        "pode me explicar {t} de um jeito simples?",
        "qual a diferença entre {a} e {b}?",
        "me ajuda a resolver isso passo a passo: {m}",
        "explica {t} com um exemplo por favor",
    ),
    "id": (
        "tolong jelaskan {t} langkah demi langkah",
        "apa bedanya {a} dan {b}?",
        "gimana cara ngerjain soal ini? {m}",
        "jelasin {t} pakai contoh dong",
    ),
    "de": (
        "kannst du mir {t} Schritt für Schritt erklären?",
        "was ist der Unterschied zwischen {a} und {b}?",
        "wie löse ich das? {m}",
        "erklär mir {t} mit einem Beispiel",
    ),
    "fr": (
        "tu peux m'expliquer {t} étape par étape ?",
        "quelle est la différence entre {a} et {b} ?",
        "comment je résous ça ? {m}",
        "explique-moi {t} avec un exemple",
    ),
    "hi": (
        "mujhe {t} step by step samjhao please",
        "{a} aur {b} mein kya difference hai?",
        "ye question kaise solve karein? {m}",
        "{t} ko simple example se explain karo",
    ),
    "zh": (
        "能一步一步给我讲讲{t}吗？",
        "{a}和{b}有什么区别？",
        "这道题怎么做：{m}",
        "用例子解释一下{t}",
    ),
    "ru": (
        "объясни {t} по шагам, пожалуйста",
        "в чём разница между {a} и {b}?",
        "как решить: {m}",
        "объясни {t} на примере",
    ),
}


def casual_question(
    rng: np.random.Generator,
    lang: str,
    sloppiness: float = 0.4,
    topics: tuple[str, ...] | None = None,
) -> str:
    temps = _CASUAL.get(lang, _CASUAL["en"])
    tl = topics or TOPICS.get(lang, TOPICS["en"])
    a, b = pick(rng, PAIRS)
    mlang = lang if lang in ("en", "es", "zh", "de", "pt", "ru") else "en"
    text = pick(rng, temps).format(
        t=pick(rng, tl), a=a, b=b, w=pick(rng, WHY), m=word_problem(rng, mlang)
    )
    return casual(rng, text, sloppiness)


# crowd: each worker gets tasks from a shared brief and words them in their own way
_BRIEF_ASKS = (
    "an explanation of {t} with a worked example",
    "a comparison of {a} and {b} with pros and cons",
    "the reasoning behind why {w}",
    "a full solution to: {m}",
    "a short essay on {t} for a general audience",
    "a study plan for learning {t} in one month",
    "a list of misconceptions about {t} and why they are wrong",
)


def crowd_brief(rng: np.random.Generator, n: int) -> list[str]:
    """The shared task list a crowd is paid to get answered (each entry is what to ask for)."""
    out = []
    for _ in range(n):
        a, b = pick(rng, PAIRS)
        out.append(
            pick(rng, _BRIEF_ASKS).format(
                t=pick(rng, TOPICS["en"]), a=a, b=b, w=pick(rng, WHY), m=word_problem(rng, "en")
            )
        )
    return out


_WORKER_WRAPS = {
    "en": (
        "Can you give me {x}?",
        "I need {x}. Please be detailed.",
        "hi! could you write {x}",
        "{x}",
        "please provide {x}, thank you",
        "Give me {x}. Make it long and explain every step.",
    ),
    "es": (
        "Necesito {x} (responde en español, por favor).",
        "Hola, ¿me puedes dar {x}? En español.",
    ),
    "pt": ("Preciso de {x}. Responda em português.", "oi, pode me passar {x}? em português pfv"),
    "hi": ("mujhe {x} chahiye, detail mein", "please {x} do, simple language mein"),
    "id": ("Saya butuh {x}. Tolong jawab dalam bahasa Indonesia.", "halo, bisa kasih {x}?"),
    "fil": (
        "Pwede mo ba akong bigyan ng {x}? Salamat!",
        "need ko ng {x}, paki-explain nang maayos",
    ),
    "vi": (
        "Bạn có thể cho tôi {x} không? Trả lời bằng tiếng Việt nhé.",
        "mình cần {x}, giải thích chi tiết giúp",
    ),
}


def worker_prompt(
    rng: np.random.Generator, task: str, lang: str, sloppiness: float, leak: float
) -> str:
    if chance(rng, leak):
        return f"Task #{irange(rng, 10, 400)}: ask the assistant for {task}. Copy the full answer into the form."
    wraps = _WORKER_WRAPS.get(lang, _WORKER_WRAPS["en"])
    return casual(rng, pick(rng, wraps).format(x=task), sloppiness)


# ------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: np.random.Generator, idx: int, bench: str) -> str:
    """One benchmark item of a lab's private suite (stable per idx: the lab re-runs the same set)."""
    r = np.random.default_rng([idx, len(bench)])
    kind = idx % 3
    if kind == 0:
        body = word_problem(r, "en")
    elif kind == 1:
        body = logic_puzzle(r)
    else:
        body = code_trace(r)
    fmt = pick(
        rng,
        (
            f"[{bench}-{idx:05d}]\n{body}\n\nWork through the problem and finish with 'Final answer: <answer>'.",
            f"### {bench} item {idx}\n{body}\n### Response (reasoning first, final answer as \\boxed{{...}})",
        ),
    )
    return fmt


def mcq_item(rng: np.random.Generator, idx: int, bench: str) -> str:
    r = np.random.default_rng([idx, 7, len(bench)])
    t = pick(r, TOPICS["en"])
    stems = (
        "Which statement about {t} is correct?",
        "Which of these is the best example of {t}?",
        "Which experiment would best demonstrate {t}?",
        "Which of the following best describes {t}?",
    )
    opts = [
        f"{pick(r, ('It', 'This', 'The process'))} {pick(r, ('increases', 'reduces', 'reverses', 'does not affect'))} "
        f"{pick(r, ('the total energy', 'the rate', 'the number of solutions', 'the equilibrium', 'the error'))}"
        for _ in range(4)
    ]
    return (
        f"{bench} Q{idx}. "
        + pick(r, stems).format(t=t)
        + "\n"
        + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        + "\nExplain briefly, then give the letter."
    )


def qa_review_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str, style: int
) -> str:
    """A labelling vendor's QA pass on its own annotators' work."""
    q = cut(rng, pick(rng, chat), 20, 500)
    a = cut(rng, pick(rng, passages), 200, 1500)
    guide = pick(rng, ("v3.2", "v3.3", "v4.0-draft", "2025-12"))
    if style % 3 == 0:
        return (
            f"[{project} QA | guideline {guide}] An annotator wrote the response below for the prompt. Check it "
            f"against the guideline sections 2 (accuracy), 4 (tone) and 7 (formatting). List violations with "
            f"section numbers; if none, write PASS.\n\nPROMPT:\n{q}\n\nANNOTATOR RESPONSE:\n{a}"
        )
    if style % 3 == 1:
        b = cut(rng, pick(rng, passages), 200, 1500)
        return (
            f"[{project}] Two annotators disagreed on which response is better. Summarise the strongest point of "
            f"each and suggest a tie-break label (1 = first, 2 = second, 0 = equal) with a reason, for the "
            f"reviewer to confirm.\n\nPrompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}"
        )
    return (
        f"[{project}] Annotator gave this response a helpfulness of {irange(rng, 1, 5)}/5. Is that consistent "
        f"with the rubric (5 = fully solves, 3 = partially, 1 = unhelpful)? Answer AGREE or DISAGREE and one "
        f"sentence.\n\nPrompt: {q}\nResponse: {a}"
    )


MOD_RULES = (
    "harassment",
    "hate speech",
    "spam",
    "self-harm",
    "personal information",
    "graphic violence",
    "misinformation",
    "scams",
)


def moderation_prompt(rng: np.random.Generator, chat: list[str], platform: str, lang: str) -> str:
    post = cut(rng, pick(rng, chat), 15, 700)
    if lang == "de" and chance(rng, 0.5):
        return (
            f"Prüfe diesen Beitrag auf Verstöße gegen die Community-Richtlinien von {platform} "
            f"({', '.join(MOD_RULES[:5])}). Antworte als JSON mit verstoss, kategorie, begruendung.\n\n{post}"
        )
    r = rng.random()
    if r < 0.5:
        return (
            f"You are the content reviewer for {platform}. Check the post against our policy categories "
            f"({', '.join(str(x) for x in rng.choice(MOD_RULES, size=4, replace=False))}). Return JSON: "
            f'{{"violation": bool, "category": str|null, "confidence": 0-1, "note": str}}.\n\nPOST:\n{post}'
        )
    if r < 0.8:
        return (
            f"{platform} moderation: the post below was reported for rudeness. Suggest a minimal edit that keeps "
            f"the author's point but removes insults, so we can offer it to the author. Return only the edited "
            f"post.\n\n{post}"
        )
    return (
        f"Write a short, friendly notice to a {platform} user explaining that their post was hidden for "
        f"{pick(rng, MOD_RULES)} and how to appeal. Keep it under 80 words."
    )


CODE_FILES = (
    "src/api/routes.py",
    "app/models/user.rb",
    "internal/cache/lru.go",
    "web/src/components/Table.tsx",
    "lib/parser.rs",
    "services/billing/invoice.py",
    "cmd/worker/main.go",
    "pkg/auth/token.ts",
    "tests/test_orders.py",
    "core/src/main/java/com/acme/Retry.java",
)
CODE_TASKS = (
    "fix the failing test {t}",
    "add pagination to the list endpoint",
    "make the cache thread-safe",
    "rename the config flag and update the callers",
    "handle the empty-input case in the parser",
    "add retries with exponential backoff to the HTTP client",
    "upgrade the deprecated API call",
    "write unit tests for the invoice rounding",
    "remove the N+1 query in the dashboard view",
    "investigate the flaky {t}",
)


def coding_agent_prompt(rng: np.random.Generator, step: int, task: str, repo: str) -> str:
    f = pick(rng, CODE_FILES)
    if step == 0:
        return (
            f"<repo>{repo}</repo>\n<task>{task}</task>\n<files>\n{chr(10).join(str(x) for x in rng.choice(CODE_FILES, size=4, replace=False))}\n"
            f"</files>\nDecide which files to open first. Reply with a tool call."
        )
    kind = rng.random()
    if kind < 0.4:
        lines = irange(rng, 20, 220)
        return (
            f"Tool result (read_file {f}, {lines} lines):\n```\n"
            + "\n".join(
                f"{i + 1:4d}  {pick(rng, ('return x', 'if not items:', 'for k, v in rows:', 'raise ValueError(msg)', 'self.lock.acquire()', 'await client.get(url)', 'const res = await fetch(u)', '}'))}"
                for i in range(irange(rng, 6, 18))
            )
            + "\n```\nContinue with the task."
        )
    if kind < 0.75:
        ok = chance(rng, 0.4)
        return (
            f"Tool result (run_tests): {'all passed' if ok else f'{irange(rng, 1, 6)} failed'}\n"
            + (
                ""
                if ok
                else f"FAILED {pick(rng, CODE_FILES)}::test_{pick(rng, ('rounding', 'empty', 'retry', 'limit', 'unicode'))} - "
                f"AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}\n"
            )
            + "Next step?"
        )
    return (
        f"Tool result (apply_patch {f}): applied, {irange(rng, 1, 40)} lines changed.\nlint: "
        f"{pick(rng, ('clean', '1 warning: unused import', 'E501 line too long'))}\nWhat next?"
    )


def intent_paraphrase_prompt(rng: np.random.Generator, product: str) -> str:
    intents = (
        "cancel_subscription",
        "report_lost_card",
        "change_address",
        "dispute_charge",
        "upgrade_plan",
        "reset_password",
        "check_balance",
        "roaming_activation",
        "refund_status",
        "speak_to_agent",
    )
    it = pick(rng, intents)
    n = pick(rng, (10, 15, 20, 25))
    seed_utt = pick(
        rng,
        (
            "I want to stop paying for this",
            "my card is gone",
            "where is my money back",
            "can't log in anymore",
            "how much do I have left",
            "I'm moving next month",
        ),
    )
    r = rng.random()
    if r < 0.5:
        return (
            f'{product} NLU augmentation. Intent: {it}. Seed utterance: "{seed_utt}". Write {n} paraphrases a '
            f"real customer might type, varying length, politeness and typos. One per line, no numbering."
        )
    if r < 0.8:
        return (
            f"Generate {n} short customer messages for intent `{it}` in {pick(rng, ('English', 'Spanish', 'German', 'Portuguese'))} "
            f"for testing our {product} chatbot classifier. Include {irange(rng, 2, 5)} that are ambiguous with "
            f"a neighbouring intent and mark them with (AMBIG). Return a JSON array of strings."
        )
    return (
        f'Here are utterances our {product} classifier got wrong for {it}: "{seed_utt}", "{seed_utt.lower()}?". '
        f"Create {n} similar hard examples and {n // 2} counter-examples belonging to other intents, as CSV "
        f"text,intent."
    )


COMPANION_OPENERS = (
    "*sits down next to you* long day...",
    "do you remember what I told you about my sister?",
    "good morning!! guess what happened",
    "can we continue the story from yesterday? the dragon was about to wake up",
    "I can't sleep again",
    "*hands you a coffee* so what are we doing today",
    "tell me something nice",
    "my exam went badly, I think I failed",
    "lets play a game, you are a detective in 1920s Paris",
    "hey :) I missed talking to you",
    "I finally adopted the cat!",
    "be honest, do you think I'm boring?",
)
COMPANION_TURNS = (
    "haha",
    "really?",
    "*laughs* ok go on",
    "and then what",
    "that's sweet",
    "hmm I don't know",
    "tell me more",
    "no wait, go back",
    "*rolls eyes*",
    "you always say that",
    "ok but what would you do",
    "I like that",
    "can you describe the room",
    "lol",
    "I'm tired but I want to keep talking",
    "what's your favourite season",
)


def companion_msg(rng: np.random.Generator, turn: int, persona: str) -> str:
    if turn == 0:
        return (
            f"[{persona}] " + pick(rng, COMPANION_OPENERS)
            if chance(rng, 0.3)
            else pick(rng, COMPANION_OPENERS)
        )
    return casual(rng, pick(rng, COMPANION_TURNS), 0.5)


def l10n_prompt(rng: np.random.Generator, client: str, text: str, target: str, seg: int) -> str:
    terms = rng.choice(
        ["Dashboard", "Checkout", "Workspace", "Invoice", "Sync"],
        size=irange(rng, 1, 2),
        replace=False,
    )
    gloss = ", ".join(f"{x} = keep in English" for x in terms.tolist())
    r = rng.random()
    if r < 0.45:
        return (
            f"{client} / job {irange(rng, 1000, 9999)} / segment {seg}\nTranslate en -> {target}. Glossary: {gloss}. "
            f"Keep placeholders like {{name}} and %d unchanged.\n\n{text}"
        )
    if r < 0.8:
        return (
            f"Please review this machine translation into {LANG_NAMES.get(target, target)} for {client} and return "
            f"a corrected version only.\nSource: {text[:600]}\nMT: (see attached segment {seg})"
        )
    return f"Translate to {target} for {client}'s help centre, friendly register:\n{text}"


UI_STRINGS = (
    "Welcome back, {name}!",
    "Your order has shipped.",
    "Reset password",
    "You have {count} unread messages",
    "Payment failed. Please try another card.",
    "Invite teammates",
    "Your trial ends in %d days",
    "Save changes?",
    "Download invoice (PDF)",
    "Something went wrong. Try again later.",
    "Two-factor authentication is now required for admins.",
    "Drag files here or browse",
)


def assignment_question(rng: np.random.Generator, course: str, hw: int, lang: str) -> str:
    t = pick(rng, TOPICS.get(lang, TOPICS["en"]))
    r = rng.random()
    if r < 0.3:
        return casual(
            rng,
            f"for my {course} homework {hw}, can you explain {t}? the question asks us to relate it to "
            f"{pick(rng, TOPICS['en'])}",
            0.5,
        )
    if r < 0.55:
        return casual(
            rng,
            f"{course} hw{hw} q{irange(rng, 1, 8)}: {word_problem(rng, 'en')} i got {irange(rng, 2, 90)} is that right?",
            0.5,
        )
    if r < 0.75:
        return casual(
            rng,
            f"check my answer for {course}: i wrote that {t} happens because {pick(rng, WHY)}. what am i missing",
            0.6,
        )
    return casual_question(rng, lang, 0.5)


FORECASTS = (
    "it rains in {c} on more than 15 days next month",
    "a randomly chosen adult in {country} owns a bicycle",
    "the next coin in this series lands heads after five tails",
    "{country}'s inflation next year exceeds 4%",
    "a new drug passing phase II also passes phase III",
    "a startup founded this year still exists in five years",
    "the {c} marathon winner finishes under 2h10",
    "a tweet with an image gets more replies than one without",
)


def calibration_item(rng: np.random.Generator, idx: int, style: int) -> str:
    r = np.random.default_rng([idx, 99])
    ev = pick(r, FORECASTS).format(c=pick(r, CITIES), country=pick(r, COUNTRIES))
    if style % 2 == 0:
        return (
            f"Estimate the probability that {ev}. Give a single number between 0 and 1 on the first line, then "
            f"one sentence of reasoning."
        )
    q = f"Q{idx}: {word_problem(r, 'en')}"
    return f"{q}\nAnswer with the number only, then your confidence (0-100%) that it is correct."


MARKETING = (
    "Write a product description for {p} (max 120 words, tone: {tone}).",
    "Give me 5 subject lines for an email announcing {p}.",
    "Write an Instagram caption for {p}, with 3 hashtags.",
    "Draft a LinkedIn post about our new {p}. Audience: {aud}.",
    "Rewrite this blurb to sound more {tone}: {blurb}",
    "Create a 3-email nurture sequence for people who downloaded our guide on {p}.",
)
PRODUCTS = (
    "a bamboo toothbrush subscription",
    "an accounting app for freelancers",
    "a yoga retreat in Bali",
    "a cold brew coffee kit",
    "a dog-walking service",
    "an online Spanish course",
    "ergonomic office chairs",
    "a solar power bank",
    "a kids' coding camp",
    "handmade ceramic mugs",
    "a budgeting spreadsheet template",
)


def agency_prompt(rng: np.random.Generator, chat: list[str], client: str) -> str:
    if chance(rng, 0.45):
        return cut(rng, pick(rng, chat), 10, 1200)
    t = pick(rng, MARKETING).format(
        p=pick(rng, PRODUCTS),
        tone=pick(rng, ("playful", "premium", "trustworthy", "bold")),
        aud=pick(rng, ("HR leaders", "parents", "small shops", "developers")),
        blurb=cut(rng, pick(rng, chat), 30, 200),
    )
    return t if chance(rng, 0.6) else f"Brand: {client}. {t}"

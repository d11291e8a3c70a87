"""Prompt generators of blind batch 212, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and returns one prompt (some
also return how many hidden prompt tokens - system prompt, tool schemas, chat history - the
request carries besides the last user message). Ordinary human text comes from ShareGPT's "sim"
half through `bench.blind_batch` (`ctx.chat`, `ctx.passages`), passed in by the caller.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n // 2 else cut).rstrip() + " ..."


def _rid(rng: np.random.Generator, width: int = 6) -> str:
    return f"{int(rng.integers(0, 16**width)):0{width}x}"


# ============================================================================================
# shared vocabulary

CITIES = (
    "Lyon",
    "Porto",
    "Gdansk",
    "Osaka",
    "Recife",
    "Tucson",
    "Leeds",
    "Pune",
    "Cebu",
    "Tartu",
    "Kumasi",
    "Mendoza",
    "Bergen",
    "Izmir",
    "Hue",
    "Surabaya",
    "Graz",
    "Halifax",
)

#: (subject, English, Spanish, German, Portuguese, French) concept names for curricula
CONCEPTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "biology",
        "photosynthesis",
        "la fotosíntesis",
        "die Photosynthese",
        "a fotossíntese",
        "la photosynthèse",
    ),
    (
        "biology",
        "mitosis versus meiosis",
        "la mitosis y la meiosis",
        "Mitose und Meiose",
        "mitose e meiose",
        "la mitose et la méiose",
    ),
    (
        "biology",
        "how enzymes lower activation energy",
        "cómo las enzimas reducen la energía de activación",
        "wie Enzyme die Aktivierungsenergie senken",
        "como as enzimas reduzem a energia de ativação",
        "comment les enzymes abaissent l'énergie d'activation",
    ),
    (
        "biology",
        "natural selection",
        "la selección natural",
        "die natürliche Selektion",
        "a seleção natural",
        "la sélection naturelle",
    ),
    (
        "biology",
        "the immune response to a vaccine",
        "la respuesta inmune a una vacuna",
        "die Immunantwort auf einen Impfstoff",
        "a resposta imune a uma vacina",
        "la réponse immunitaire à un vaccin",
    ),
    (
        "chemistry",
        "chemical equilibrium and Le Chatelier's principle",
        "el equilibrio químico y el principio de Le Chatelier",
        "das chemische Gleichgewicht und das Prinzip von Le Chatelier",
        "o equilíbrio químico e o princípio de Le Chatelier",
        "l'équilibre chimique et le principe de Le Chatelier",
    ),
    (
        "chemistry",
        "oxidation numbers",
        "los números de oxidación",
        "Oxidationszahlen",
        "os números de oxidação",
        "les nombres d'oxydation",
    ),
    (
        "chemistry",
        "buffer solutions",
        "las soluciones amortiguadoras",
        "Pufferlösungen",
        "as soluções tampão",
        "les solutions tampons",
    ),
    (
        "chemistry",
        "hybridisation of orbitals",
        "la hibridación de orbitales",
        "die Hybridisierung von Orbitalen",
        "a hibridização de orbitais",
        "l'hybridation des orbitales",
    ),
    (
        "physics",
        "Newton's third law",
        "la tercera ley de Newton",
        "das dritte Newtonsche Gesetz",
        "a terceira lei de Newton",
        "la troisième loi de Newton",
    ),
    (
        "physics",
        "conservation of angular momentum",
        "la conservación del momento angular",
        "die Drehimpulserhaltung",
        "a conservação do momento angular",
        "la conservation du moment cinétique",
    ),
    (
        "physics",
        "electromagnetic induction",
        "la inducción electromagnética",
        "die elektromagnetische Induktion",
        "a indução eletromagnética",
        "l'induction électromagnétique",
    ),
    (
        "physics",
        "the photoelectric effect",
        "el efecto fotoeléctrico",
        "der photoelektrische Effekt",
        "o efeito fotoelétrico",
        "l'effet photoélectrique",
    ),
    ("physics", "entropy", "la entropía", "die Entropie", "a entropia", "l'entropie"),
    (
        "physics",
        "interference in the double-slit experiment",
        "la interferencia en el experimento de la doble rendija",
        "die Interferenz am Doppelspalt",
        "a interferência na experiência da fenda dupla",
        "les interférences des fentes de Young",
    ),
    (
        "maths",
        "the chain rule",
        "la regla de la cadena",
        "die Kettenregel",
        "a regra da cadeia",
        "la dérivation des fonctions composées",
    ),
    (
        "maths",
        "integration by parts",
        "la integración por partes",
        "die partielle Integration",
        "a integração por partes",
        "l'intégration par parties",
    ),
    (
        "maths",
        "eigenvalues and eigenvectors",
        "los valores y vectores propios",
        "Eigenwerte und Eigenvektoren",
        "os autovalores e autovetores",
        "les valeurs propres et vecteurs propres",
    ),
    (
        "maths",
        "proof by induction",
        "la demostración por inducción",
        "der Beweis durch vollständige Induktion",
        "a demonstração por indução",
        "le raisonnement par récurrence",
    ),
    (
        "maths",
        "conditional probability and Bayes' theorem",
        "la probabilidad condicional y el teorema de Bayes",
        "bedingte Wahrscheinlichkeit und der Satz von Bayes",
        "a probabilidade condicional e o teorema de Bayes",
        "les probabilités conditionnelles et le théorème de Bayes",
    ),
    (
        "maths",
        "the central limit theorem",
        "el teorema central del límite",
        "der zentrale Grenzwertsatz",
        "o teorema central do limite",
        "le théorème central limite",
    ),
    (
        "maths",
        "complex numbers in polar form",
        "los números complejos en forma polar",
        "komplexe Zahlen in Polarform",
        "os números complexos na forma polar",
        "les nombres complexes sous forme trigonométrique",
    ),
    (
        "maths",
        "modular arithmetic",
        "la aritmética modular",
        "die modulare Arithmetik",
        "a aritmética modular",
        "l'arithmétique modulaire",
    ),
    (
        "economics",
        "price elasticity of demand",
        "la elasticidad precio de la demanda",
        "die Preiselastizität der Nachfrage",
        "a elasticidade-preço da procura",
        "l'élasticité-prix de la demande",
    ),
    (
        "economics",
        "opportunity cost",
        "el coste de oportunidad",
        "die Opportunitätskosten",
        "o custo de oportunidade",
        "le coût d'opportunité",
    ),
    (
        "economics",
        "how central banks set interest rates",
        "cómo fijan los bancos centrales los tipos de interés",
        "wie Zentralbanken die Leitzinsen festlegen",
        "como os bancos centrais definem as taxas de juro",
        "comment les banques centrales fixent les taux",
    ),
    (
        "economics",
        "comparative advantage",
        "la ventaja comparativa",
        "der komparative Vorteil",
        "a vantagem comparativa",
        "l'avantage comparatif",
    ),
    (
        "computing",
        "recursion",
        "la recursividad",
        "die Rekursion",
        "a recursividade",
        "la récursivité",
    ),
    (
        "computing",
        "big-O notation",
        "la notación O grande",
        "die O-Notation",
        "a notação big-O",
        "la notation grand O",
    ),
    (
        "computing",
        "how hash tables handle collisions",
        "cómo resuelven colisiones las tablas hash",
        "wie Hashtabellen Kollisionen behandeln",
        "como as tabelas hash tratam colisões",
        "comment les tables de hachage gèrent les collisions",
    ),
    (
        "computing",
        "database normalisation",
        "la normalización de bases de datos",
        "die Normalisierung von Datenbanken",
        "a normalização de bases de dados",
        "la normalisation des bases de données",
    ),
    (
        "computing",
        "public-key cryptography",
        "la criptografía de clave pública",
        "die Public-Key-Kryptografie",
        "a criptografia de chave pública",
        "la cryptographie à clé publique",
    ),
    (
        "computing",
        "gradient descent",
        "el descenso de gradiente",
        "das Gradientenverfahren",
        "o gradiente descendente",
        "la descente de gradient",
    ),
    (
        "computing",
        "TCP's three-way handshake",
        "el saludo de tres vías de TCP",
        "der Drei-Wege-Handshake von TCP",
        "o aperto de mão de três vias do TCP",
        "la poignée de main en trois temps de TCP",
    ),
    (
        "history",
        "the causes of the First World War",
        "las causas de la Primera Guerra Mundial",
        "die Ursachen des Ersten Weltkriegs",
        "as causas da Primeira Guerra Mundial",
        "les causes de la Première Guerre mondiale",
    ),
    (
        "history",
        "the Industrial Revolution in Britain",
        "la Revolución Industrial en Gran Bretaña",
        "die Industrielle Revolution in Großbritannien",
        "a Revolução Industrial na Grã-Bretanha",
        "la révolution industrielle en Grande-Bretagne",
    ),
    (
        "history",
        "the fall of the Western Roman Empire",
        "la caída del Imperio romano de Occidente",
        "der Untergang des Weströmischen Reiches",
        "a queda do Império Romano do Ocidente",
        "la chute de l'Empire romain d'Occident",
    ),
    (
        "geography",
        "plate tectonics",
        "la tectónica de placas",
        "die Plattentektonik",
        "a tectónica de placas",
        "la tectonique des plaques",
    ),
    (
        "geography",
        "the water cycle",
        "el ciclo del agua",
        "der Wasserkreislauf",
        "o ciclo da água",
        "le cycle de l'eau",
    ),
    (
        "literature",
        "unreliable narrators",
        "el narrador no fiable",
        "der unzuverlässige Erzähler",
        "o narrador não fiável",
        "le narrateur non fiable",
    ),
    (
        "literature",
        "the sonnet form",
        "la forma del soneto",
        "die Sonettform",
        "a forma do soneto",
        "la forme du sonnet",
    ),
)

#: topics for generated datasets and explanations (English)
TOPICS = (
    "personal budgeting",
    "container gardening",
    "marathon training",
    "home electrical safety",
    "SQL window functions",
    "React state management",
    "Kubernetes networking",
    "Rust ownership",
    "medieval trade routes",
    "climate adaptation in cities",
    "negotiating a salary",
    "dog training",
    "sourdough baking",
    "contract law basics",
    "supply chain risk",
    "first aid for burns",
    "learning a second language",
    "photography exposure",
    "small business taxes",
    "renewable energy storage",
    "writing a cover letter",
    "statistics for A/B tests",
    "time management for students",
    "cybersecurity for small offices",
    "urban cycling",
    "chess openings",
    "mental health at work",
    "vaccines and herd immunity",
    "3D printing",
    "retirement savings",
    "customer support etiquette",
    "Python async programming",
    "regex",
    "microeconomics",
    "ancient philosophy",
    "music theory",
    "data visualisation",
    "travel planning on a budget",
    "public speaking",
    "bird identification",
)

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer learning to code",
    "a first-year law student",
    "a bakery owner in Lisbon",
    "a high-school chemistry teacher",
    "a logistics manager at a port",
    "a freelance translator",
    "a junior data analyst",
    "a parent of two toddlers",
    "a PhD student in ecology",
    "a startup founder preparing a pitch",
    "a hobbyist astronomer",
    "a city bus driver",
    "an HR generalist",
    "a game modder",
    "a wedding photographer",
    "a pharmacist in Nairobi",
    "a farmer in Punjab",
    "a backend developer on call",
    "a museum curator",
)


# ============================================================================================
# problems (reasoning harvests, aged-account takeovers, benchmark items)


def _frac(rng: np.random.Generator) -> tuple[int, int]:
    return pick(rng, ((1, 2), (2, 3), (3, 4), (3, 5), (5, 6), (1, 3)))


def problem(rng: np.random.Generator, lang: str) -> str:
    """A freshly numbered maths / logic / physics problem in `lang`."""
    maker = _PROBLEMS.get(lang, _PROBLEMS["en"])
    return pick(rng, maker)(rng)


def _p_en_trains(r):
    v1, v2, d, k = irange(r, 40, 120), irange(r, 50, 140), irange(r, 80, 600), irange(r, 5, 75)
    return (
        f"A train leaves {pick(r, CITIES)} at {irange(r, 6, 11)}:{irange(r, 0, 59):02d} travelling at {v1} km/h. "
        f"A second train sets off {k} minutes later from a station {d} km away, heading towards the first at {v2} km/h. "
        "At what time do they pass each other, and how far from the first station?"
    )


def _p_en_shop(r):
    p1, p2, n, a = irange(r, 2, 9), irange(r, 1, 4), irange(r, 2, 15), irange(r, 1, 8)
    total = n * p1 + (n + a) * p2
    return (
        f"{pick(r, NAMES)} buys notebooks at ${p1} each and pens at ${p2} each. She buys {a} more pens than notebooks "
        f"and pays ${total} in total. How many notebooks did she buy?"
    )


def _p_en_divis(r):
    a, b, c, n = irange(r, 2, 7), irange(r, 3, 11), irange(r, 12, 30), irange(r, 200, 5000)
    return f"How many positive integers below {n} are divisible by {a} or by {b}, but not by {c}?"


def _p_en_marbles(r):
    red, green, blue = irange(r, 2, 12), irange(r, 2, 12), irange(r, 1, 9)
    return (
        f"A bag holds {red} red, {green} green and {blue} blue marbles. Three marbles are drawn without replacement. "
        "What is the probability that all three are different colours? Give an exact fraction."
    )


def _p_en_quad(r):
    x1, x2, a = irange(r, -9, 9), irange(r, -9, 9), irange(r, 1, 5)
    b, c = -a * (x1 + x2), a * x1 * x2
    return f"Solve for real x: {a}x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)} = 0. Then find the sum of the squares of the roots."


def _p_en_odd(r):
    k, s = irange(r, 3, 12), 2 * irange(r, 3, 60) + 1
    total = sum(s + 2 * i for i in range(k))
    return f"The sum of {k} consecutive odd numbers is {total}. What is the largest of them?"


def _p_en_league(r):
    n, m = irange(r, 8, 30), irange(r, 1, 4)
    return (
        f"In a league of {n} teams every team plays every other team twice, once at home and once away. "
        f"How many matches are played in total? How many fewer if {m} teams withdraw before the season starts?"
    )


def _p_en_pipes(r):
    a, b = irange(r, 2, 9), irange(r, 10, 24)
    p, q = _frac(r)
    return (
        f"Pipe A fills a tank in {a} hours; pipe B drains it in {b} hours. Starting empty with both open, "
        f"how long until the tank is {p}/{q} full? Answer in hours and minutes."
    )


def _p_en_codes(r):
    n = irange(r, 3, 7)
    return (
        f"A {n}-digit code uses the digits 0-9 with no digit repeated, must start with an odd digit "
        "and must not end in 0. How many codes are possible?"
    )


def _p_en_ball(r):
    v, h = irange(r, 5, 30), irange(r, 2, 60)
    return (
        f"A ball is thrown straight up at {v} m/s from a balcony {h} m above the ground. Ignoring air resistance "
        "and taking g = 9.8 m/s^2, when does it hit the ground and how fast is it moving then?"
    )


def _p_en_money(r):
    p, rate = irange(r, 1, 50) * 1000, irange(r, 2, 11)
    return (
        f"${p:,} is invested at {rate}% a year compounded monthly. After how many whole years is the balance "
        "at least twice the initial amount? Show the calculation without just quoting the rule of 72."
    )


def _p_en_pets(r):
    a, b, c = (str(x) for x in r.choice(NAMES, size=3, replace=False))
    return (
        f"{a}, {b} and {c} each keep a different pet: a cat, a dog or a parrot, and each lives on a different "
        f"floor (1, 2 or 3). {a} does not live on floor 1. The dog owner lives directly above {b}. "
        f"{c} owns the parrot. Who lives where and owns what? Explain why the solution is unique or not."
    )


def _p_en_code(r):
    k, x = irange(r, 2, 5), irange(r, 5, 40)
    return (
        f"What does f({x}) return, and how many times is f called in total?\n\n"
        f"def f(n):\n    if n < {k}:\n        return n\n    return f(n // {k}) + n % {k}\n"
    )


def _p_en_prime(r):
    c = pick(r, (11, 17, 41))
    return f"Is n^2 + n + {c} prime for every integer n from 0 to {c}? Prove your answer or give the smallest counterexample."


def _p_zh_pool(r):
    a, b = irange(r, 2, 9), irange(r, 10, 20)
    p, q = _frac(r)
    return f"一个水池有一个进水管和一个出水管。单开进水管{a}小时可以注满，单开出水管{b}小时可以放完。两管同时打开，多少小时可以注满水池的{q}分之{p}？"


def _p_zh_pens(r):
    n, p, q = irange(r, 2, 8), irange(r, 5, 30), irange(r, 2, 6)
    k = irange(r, 1, 12)
    x = n * p + k * q + irange(r, 0, 20)
    return f"小明带了{x}元钱，买了{n}本书，每本{p}元，又买了若干支笔，每支{q}元，最后剩下{x - n * p - k * q}元。他买了几支笔？"


def _p_zh_div(r):
    n, a, b = irange(r, 100, 3000), irange(r, 2, 9), irange(r, 3, 13)
    return f"在1到{n}的整数中，有多少个数既不能被{a}整除，也不能被{b}整除？"


def _p_zh_balls(r):
    red, white, k = irange(r, 3, 10), irange(r, 3, 10), irange(r, 2, 4)
    return f"袋子里有{red}个红球和{white}个白球，随机取出{k}个球，恰好有1个红球的概率是多少？"


def _p_zh_cars(r):
    d, v1, v2, k = irange(r, 100, 500), irange(r, 40, 90), irange(r, 50, 110), irange(r, 10, 60)
    return f"甲、乙两地相距{d}千米。一辆汽车以每小时{v1}千米的速度从甲地开出，{k}分钟后，另一辆汽车以每小时{v2}千米的速度从乙地开出，两车相向而行。第二辆车出发后多长时间两车相遇？"


def _p_zh_age(r):
    f, s, y = irange(r, 30, 50), irange(r, 4, 14), irange(r, 2, 9)
    return f"今年父亲{f}岁，儿子{s}岁。几年后父亲的年龄是儿子的{y}倍？如果不可能，请说明理由。"


def _p_es_taps(r):
    a, b = irange(r, 2, 8), irange(r, 9, 20)
    return f"Un grifo llena un depósito en {a} horas y un desagüe lo vacía en {b} horas. Si el depósito está vacío y se abren los dos, ¿cuánto tarda en llenarse?"


def _p_es_div(r):
    n, a, b = irange(r, 100, 4000), irange(r, 2, 9), irange(r, 3, 12)
    return f"¿Cuántos números enteros positivos menores que {n} son múltiplos de {a} o de {b}?"


def _p_es_shop(r):
    n, p1, p2, k = irange(r, 2, 9), irange(r, 2, 6), irange(r, 1, 3), irange(r, 1, 15)
    return f"Lucía compra {n} cuadernos a {p1} euros cada uno y varios bolígrafos a {p2} euros. Paga {n * p1 + k * p2} euros en total. ¿Cuántos bolígrafos compró?"


def _p_es_trip(r):
    d, v1, v2 = irange(r, 60, 400), irange(r, 60, 120), irange(r, 10, 25)
    return f"Un coche recorre {d} km a {v1} km/h y vuelve a una velocidad {v2} km/h menor. ¿Cuál es la velocidad media de todo el trayecto?"


def _p_de_train(r):
    v1, v2, d = irange(r, 60, 160), irange(r, 60, 160), irange(r, 100, 500)
    return f"Ein Zug fährt um {irange(r, 6, 12)}:{irange(r, 0, 59):02d} Uhr mit {v1} km/h in {pick(r, CITIES)} ab. Gleichzeitig fährt ein zweiter Zug aus einer {d} km entfernten Stadt mit {v2} km/h entgegen. Wann und wo begegnen sich die Züge?"


def _p_de_digits(r):
    s = irange(r, 5, 30)
    return f"Wie viele vierstellige Zahlen haben die Quersumme {s}?"


def _p_de_urn(r):
    red, green, k = irange(r, 2, 9), irange(r, 3, 12), irange(r, 2, 4)
    return f"Eine Urne enthält {red} rote und {green} grüne Kugeln. Es werden {k} Kugeln ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass mindestens eine rote Kugel dabei ist?"


def _p_ru_bike(r):
    d, v1, v2, k = irange(r, 20, 120), irange(r, 10, 25), irange(r, 40, 80), irange(r, 10, 60)
    return f"Из пункта А в пункт Б, расстояние между которыми {d} км, выехал велосипедист со скоростью {v1} км/ч. Через {k} минут навстречу ему из Б выехал мотоциклист со скоростью {v2} км/ч. Через сколько минут после выезда мотоциклиста они встретятся?"


def _p_ru_div(r):
    n, a, b = irange(r, 100, 3000), irange(r, 2, 9), irange(r, 3, 13)
    return f"Сколько существует натуральных чисел, меньших {n}, которые делятся на {a}, но не делятся на {b}?"


def _p_ru_work(r):
    a, b = irange(r, 3, 12), irange(r, 4, 15)
    return f"Первая бригада может выполнить заказ за {a} дней, а вторая - за {b} дней. За сколько дней они выполнят заказ, работая вместе, если вторая бригада присоединится через 2 дня?"


def _p_ja_walk(r):
    d, v1, v2 = irange(r, 3, 30), irange(r, 3, 6), irange(r, 10, 20)
    return f"A地点からB地点までは{d}kmあります。太郎は時速{v1}kmで歩き、花子は時速{v2}kmで自転車に乗り、同時に向かい合って出発します。二人が出会うのは出発から何分後ですか。"


def _p_ja_div(r):
    n, a, b = irange(r, 100, 2000), irange(r, 2, 9), irange(r, 3, 11)
    return f"1から{n}までの整数のうち、{a}の倍数でも{b}の倍数でもない数はいくつありますか。"


def _p_fr_tap(r):
    a, b = irange(r, 2, 9), irange(r, 10, 22)
    return f"Un robinet remplit une cuve en {a} heures, une fuite la vide en {b} heures. La cuve étant vide, combien de temps faut-il pour la remplir ?"


def _p_fr_div(r):
    n, a, b = irange(r, 100, 3000), irange(r, 2, 9), irange(r, 3, 13)
    return f"Combien d'entiers positifs inférieurs à {n} sont divisibles par {a} mais pas par {b} ?"


def _p_pt_shop(r):
    n, p1, p2, k = irange(r, 2, 9), irange(r, 3, 12), irange(r, 1, 4), irange(r, 1, 15)
    return f"Uma papelaria vende cadernos a R$ {p1} e canetas a R$ {p2}. João comprou {n} cadernos e algumas canetas e pagou R$ {n * p1 + k * p2}. Quantas canetas ele comprou?"


def _p_pt_trip(r):
    d, v1, v2 = irange(r, 50, 300), irange(r, 50, 110), irange(r, 40, 100)
    return f"Um carro faz {d} km a {v1} km/h e volta a {v2} km/h. Qual foi a velocidade média na viagem de ida e volta?"


_PROBLEMS = {
    "en": (
        _p_en_trains,
        _p_en_shop,
        _p_en_divis,
        _p_en_marbles,
        _p_en_quad,
        _p_en_odd,
        _p_en_league,
        _p_en_pipes,
        _p_en_codes,
        _p_en_ball,
        _p_en_money,
        _p_en_pets,
        _p_en_code,
        _p_en_prime,
    ),
    "zh": (_p_zh_pool, _p_zh_pens, _p_zh_div, _p_zh_balls, _p_zh_cars, _p_zh_age),
    "es": (_p_es_taps, _p_es_div, _p_es_shop, _p_es_trip),
    "de": (_p_de_train, _p_de_digits, _p_de_urn),
    "ru": (_p_ru_bike, _p_ru_div, _p_ru_work),
    "ja": (_p_ja_walk, _p_ja_div),
    "fr": (_p_fr_tap, _p_fr_div),
    "pt": (_p_pt_shop, _p_pt_trip),
}


# ============================================================================================
# reasoning-trace coercion

_COT_EN = {
    "tags": "Solve the problem below. Put your entire step-by-step reasoning between <think> and </think>, "
    "check every step, then give the final answer after 'ANSWER:'.\n\n{p}",
    "teacher": "{p}\n\nWork through this like a teacher writing a model solution: what is given, what is asked, "
    "every intermediate calculation, and a check of the result at the end. Do not skip any step, "
    "even obvious ones.",
    "numbered": "Problem {id}\n{p}\n\nThink out loud for as long as you need, in numbered steps (at least ten). "
    "Then write 'Double-check:' and verify with a different method. Finish with 'Final answer:'.",
}
_COT_OTHER = {
    "zh": "请逐步推理，把完整的思考过程写出来，每一步都说明理由，不要省略任何中间计算，最后用“最终答案：”给出结果。\n\n题目：{p}",
    "es": "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento antes de la "
    "respuesta final y márcala con 'RESPUESTA:'.\n\n{p}",
    "de": "Löse die folgende Aufgabe. Denke Schritt für Schritt laut nach, schreibe jeden Zwischenschritt auf "
    "und überprüfe das Ergebnis am Ende.\n\n{p}",
    "ru": "Реши задачу. Рассуждай по шагам и подробно записывай ход мысли внутри <размышление>...</размышление>, "
    "затем дай ответ.\n\n{p}",
    "ja": "次の問題を解いてください。考えた過程をすべて段階的に書き出し、最後に「答え：」として結論を示してください。\n\n{p}",
    "fr": "Résous le problème suivant en raisonnant étape par étape. Détaille chaque calcul intermédiaire, "
    "puis donne la réponse finale.\n\n{p}",
    "pt": "Resolva o problema abaixo pensando passo a passo. Mostre todo o raciocínio e termine com "
    "'Resposta final:'.\n\n{p}",
}


def reasoning_harvest(rng: np.random.Generator, lang: str, style: str) -> str:
    """A problem wrapped in an instruction that forces the full reasoning trace out."""
    p = problem(rng, lang)
    if style == "json":
        return json.dumps(
            {
                "id": f"q-{_rid(rng, 8)}",
                "lang": lang,
                "instruction": "Reason step by step. Put every intermediate step in 'reasoning' and the "
                "final value in 'answer'. Return JSON only.",
                "problem": p,
            },
            ensure_ascii=False,
        )
    if lang != "en":
        return _COT_OTHER[lang].format(p=p)
    return _COT_EN.get(style, _COT_EN["tags"]).format(p=p, id=f"#{irange(rng, 1, 99999)}")


def casual_problem(rng: np.random.Generator, lang: str) -> str:
    """A problem as a person would paste it (no coercion scaffolding)."""
    p = problem(rng, lang)
    lead = {
        "en": (
            "can you help me with this? ",
            "how do I solve this: ",
            "",
            "my kid's homework, I'm stuck: ",
            "explain how to do this step by step please\n",
        ),
        "zh": ("这道题怎么做？", "请帮我解一下：", "", "求详细解题过程："),
        "es": ("¿me ayudas con este problema? ", "", "no entiendo este ejercicio: "),
        "de": ("Kannst du mir bei dieser Aufgabe helfen? ", "", "Wie rechnet man das: "),
        "ru": ("Помогите решить: ", "", "Не понимаю задачу: "),
        "ja": ("この問題の解き方を教えてください。", ""),
        "fr": ("Tu peux m'aider ? ", "", "Je bloque sur cet exercice : "),
        "pt": ("Alguém me ajuda nessa? ", "", "Como resolvo isto: "),
    }
    return pick(rng, lead.get(lang, lead["en"])) + p


# ============================================================================================
# judge / rubric / reward-model grading


def judge_harvest(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    q = clip(pick(rng, chat), 700)
    a, b = clip(pick(rng, passages), 1100), clip(pick(rng, passages), 1100)
    if style == "pairwise":
        return (
            "You are an impartial judge. Compare the two assistant responses to the user prompt using this rubric: "
            "accuracy (0-5), completeness (0-5), clarity (0-5), safety (pass/fail). Reason about each criterion in "
            'turn, then output a JSON object {"winner": "A"|"B"|"tie", "scores": {...}}.\n\n'
            f"### User prompt\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"
        )
    if style == "pointwise":
        return (
            "Score the assistant response from 1 to 10 for overall quality, considering factuality, instruction "
            "following and tone. Reply exactly as:\nRationale: <3-5 sentences>\nScore: <integer>\n\n"
            f"<prompt>{q}</prompt>\n<response>{a}</response>"
        )
    if style == "critique":
        return (
            "Below is one turn of a conversation. Write a detailed critique listing every flaw in the response "
            "(factual errors, missing steps, verbosity, tone), give each a severity from 1 to 3, then write an "
            f"improved response.\n\nUSER: {q}\n\nASSISTANT: {a}"
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort eines Assistenten nach den Kriterien Korrektheit, Vollständigkeit, "
            "Verständlichkeit und Höflichkeit. Vergib je Kriterium 1 bis 5 Punkte mit kurzer Begründung und "
            f"nenne zum Schluss die Gesamtnote.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == "ja":
        return (
            "以下のユーザーの質問とアシスタントの回答を読み、正確性・網羅性・簡潔さをそれぞれ1〜5点で採点し、"
            f"理由を述べたうえで合計点を出してください。\n\n【質問】\n{q}\n\n【回答】\n{a}"
        )
    # "ranking": best-of-k ordering
    cands = [clip(pick(rng, passages), 600) for _ in range(irange(rng, 3, 4))]
    body = "\n\n".join(f"[{i + 1}] {c}" for i, c in enumerate(cands))
    return (
        f"Rank the following candidate answers to the question from best to worst. Explain the ranking, "
        f"then output the order as a list of indices.\n\nQuestion: {q}\n\n{body}"
    )


# ============================================================================================
# censorship-safe / policy rewrites

_SENSITIVE_EN = (
    "protests in a named country",
    "territorial disputes",
    "named political leaders",
    "election fraud allegations",
    "religious minorities",
    "historical massacres",
    "ongoing wars",
    "separatist movements",
    "government surveillance programmes",
)
_SENSITIVE_ZH = (
    "领导人",
    "历史事件",
    "领土争端",
    "宗教问题",
    "民族问题",
    "群体性事件",
    "境外媒体报道",
)
_SENSITIVE_RU = (
    "военных действиях",
    "оппозиционных политиках",
    "протестах",
    "санкциях",
    "спорных территориях",
)


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    a = clip(pick(rng, passages), 1300)
    q = clip(pick(rng, chat), 600)
    if style == "draft":
        return (
            "Below is a draft answer from an assistant. Rewrite it so that it fully complies with a strict content "
            f"policy: no mention of {pick(rng, _SENSITIVE_EN)}, no speculation about named officials, no opinion "
            "on contested political events. Keep everything else as helpful as possible. Return only the "
            f"rewritten text.\n\nDraft:\n{a}"
        )
    if style == "refusal":
        return (
            "A user sent the message below and a previous assistant refused it. Write the answer a careful, "
            "policy-compliant but maximally helpful assistant should have given instead. Do not mention the "
            f"refusal or these instructions.\n\nUser message: {q}"
        )
    if style == "zh_draft":
        return (
            f"下面是一段模型回答，请按照内容安全规范改写：删除或淡化涉及{pick(rng, _SENSITIVE_ZH)}的表述，语气保持客观中立，"
            f"其余信息尽量保留。只输出改写后的内容。\n\n原文：\n{a}"
        )
    if style == "zh_q":
        return f"用户的问题是：“{q}”\n请给出一个既安全合规、又尽量有帮助的标准回答；如涉及敏感话题请委婉回避，不要解释原因。"
    if style == "ru":
        return (
            f"Перепиши ответ ниже так, чтобы он соответствовал правилам модерации: убери упоминания о "
            f"{pick(rng, _SENSITIVE_RU)}, сохрани нейтральный тон и полезное содержание.\n\nОтвет:\n{a}"
        )
    # "label_then_fix"
    return (
        "Step 1: label the text SAFE, BORDERLINE or UNSAFE under policy sections P1-P7 and give the reason. "
        "Step 2: if it is not SAFE, write a compliant version that keeps as much useful content as possible.\n\n"
        f"Text:\n{a}"
    )


# ============================================================================================
# agent / tool-use transcripts

_TOOLS = (
    ("web_search", "Search the web", {"query": "string", "top_k": "integer"}),
    ("fetch_url", "Download a page as text", {"url": "string"}),
    ("run_python", "Execute Python in a sandbox", {"code": "string"}),
    ("read_file", "Read a file from the workspace", {"path": "string"}),
    ("write_file", "Write a file to the workspace", {"path": "string", "content": "string"}),
    ("sql_query", "Run a read-only SQL query", {"sql": "string"}),
    ("send_email", "Send an email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_lookup", "List calendar events", {"start": "string", "end": "string"}),
    (
        "flight_search",
        "Search flights",
        {"origin": "string", "destination": "string", "date": "string"},
    ),
    (
        "create_ticket",
        "Open an issue in the tracker",
        {"title": "string", "body": "string", "labels": "array"},
    ),
    ("shell", "Run a shell command", {"cmd": "string"}),
    ("get_weather", "Weather forecast", {"city": "string", "days": "integer"}),
)

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary to the travel team.",
    "Reconcile the invoices in /finance/{m} against bank_export.csv and list mismatches over $50.",
    "Look up the current population of {c1} and {c2} and plot their growth since 2000.",
    "Read tests/test_parser.py, find why test_{w} fails, fix the code and rerun the tests.",
    "Schedule a 30-minute meeting with {n1} and {n2} next week when both calendars are free.",
    "Query the orders table for customers in {country} who churned last quarter and draft a win-back email.",
    "Summarise the top five news stories about {topic} from this week with sources.",
    "Check the weather in {c1} for the next five days and suggest which day suits an outdoor event.",
    "Open a ticket describing the memory leak seen in the worker logs under /var/log/app/{w}.log.",
    "Compare the pricing pages of three competitors for {topic} software and build a table.",
    "Clean the CSV in data/{w}.csv: remove duplicates, fix dates, and report the row counts before and after.",
    "Find the paper that introduced {topic} and write a 200-word summary with the citation.",
)
_WORDS = (
    "tokenize",
    "merge",
    "billing",
    "sync",
    "upload",
    "retry",
    "checkout",
    "ingest",
    "render",
    "cache",
)


def _agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        m=f"2025-{irange(rng, 1, 12):02d}",
        w=pick(rng, _WORDS),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        country=pick(rng, COUNTRIES),
        topic=pick(rng, TOPICS),
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("run_python", "shell"):
        return f"exit code {irange(rng, 0, 1)}; stdout: {irange(rng, 1, 900)} rows processed"
    if tool == "sql_query":
        return f"{irange(rng, 0, 40)} rows: " + ", ".join(
            f"({irange(rng, 1000, 9999)}, '{pick(rng, NAMES)}')" for _ in range(3)
        )
    if tool == "web_search":
        return " | ".join(
            f"{pick(rng, TOPICS).title()} - example{irange(rng, 1, 99)}.org" for _ in range(3)
        )
    return f"ok ({irange(rng, 1, 64)} KB)"


def agent_harvest(rng: np.random.Generator, style: str, step: int) -> tuple[str, int]:
    """One step of an agent episode; returns (prompt, hidden tokens of tool schemas and history)."""
    tools = [
        _TOOLS[i] for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist()
    ]
    task = _agent_task(rng)
    history = []
    for _ in range(step):
        t = pick(rng, tools)[0]
        history.append((t, _observation(rng, t)))
    extra = 350 + 120 * len(tools) + 90 * step + irange(rng, 0, 400)
    if style == "json":
        schema = [
            {
                "name": n,
                "description": d,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": v} for k, v in ps.items()},
                },
            }
            for n, d, ps in tools
        ]
        steps = "\n".join(f"step {i + 1}: called {t} -> {o}" for i, (t, o) in enumerate(history))
        return (
            f"TOOLS = {json.dumps(schema)}\n\nTASK: {task}\n\n{steps}\n\nDecide the next action. Explain your "
            'reasoning, then emit exactly one tool call as JSON {"tool": ..., "arguments": ...} or '
            '{"final_answer": ...} when done.',
            extra,
        )
    if style == "xml":
        tl = "\n".join(f'<tool name="{n}">{d}; args: {", ".join(ps)}</tool>' for n, d, ps in tools)
        hist = "\n".join(f'<call name="{t}"/>\n<result>{o}</result>' for t, o in history)
        return (
            f"<tools>\n{tl}\n</tools>\n<task>{task}</task>\n{hist}\nThink inside <scratchpad> first, then "
            "continue with the next <call> or give <answer>.",
            extra,
        )
    hist = "".join(
        f"Thought: I should use {t}.\nAction: {t}\nObservation: {o}\n" for t, o in history
    )
    names = ", ".join(n for n, _, _ in tools)
    return (
        f"Answer the following task as well as you can. You have access to these tools: {names}.\n"
        "Use the format Question / Thought / Action / Action Input / Observation, repeating as needed, and end "
        f"with Final Answer.\n\nQuestion: {task}\n{hist}Thought:",
        extra,
    )


# ============================================================================================
# synthetic-dataset generation

_EVOL = (
    "adding two explicit constraints",
    "requiring a worked example",
    "asking for a comparison with an alternative",
    "making it depend on a specific numeric scenario",
    "requiring the answer as a table",
    "adding a reasoning step about edge cases",
)
_LEVELS = ("beginner", "intermediate", "advanced", "expert")


def synth_harvest(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    topic, n = pick(rng, TOPICS), pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs for training an AI assistant on "
            f"'{topic}'. Vary difficulty ({pick(rng, _LEVELS)} to expert) and format (questions, tasks, rewrites, "
            'comparisons). Output JSON Lines with keys "instruction", "input", "output"; every output must '
            "be complete and detailed."
        )
    if style == "persona":
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write {n} realistic requests this person might send to an AI "
            "assistant, and after each request write the ideal assistant reply in full. Separate items with ---."
        )
    if style == "evol":
        return (
            "I want you to act as an instruction rewriter. Make the given instruction more complex by "
            f"{pick(rng, _EVOL)}, keep it answerable, then answer the new instruction thoroughly.\n\n"
            f"#Given instruction#:\n{clip(pick(rng, chat), 500)}\n\n#Rewritten instruction#:"
        )
    if style == "textbook":
        return (
            f"Write a textbook section for {pick(rng, _LEVELS)} learners on '{topic}': a clear explanation, three "
            f"worked examples and {n} exercises with full solutions. Use Markdown headings."
        )
    if style == "id":
        return (
            f"Buatkan {n} pasangan pertanyaan dan jawaban yang beragam tentang topik '{topic}' dalam bahasa "
            "Indonesia. Jawaban harus lengkap dan akurat. Format keluaran: JSON array dengan kunci "
            '"pertanyaan" dan "jawaban".'
        )
    if style == "pt":
        return (
            f"Crie {n} exemplos variados de perguntas e respostas sobre '{topic}' em português do Brasil, para "
            'treinar um assistente. Responda em JSON Lines com os campos "pergunta" e "resposta"; respostas '
            "longas e bem explicadas."
        )
    return (
        f"Genera {n} ejemplos de diálogo entre un usuario y un asistente sobre '{topic}', en español neutro. "
        'Cada ejemplo: una pregunta realista y una respuesta completa. Devuelve JSON con "usuario" y "asistente".'
    )


# ============================================================================================
# multi-turn dialogue harvest

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example.",
        "Why is that the case?",
        "Now summarise all of that in three bullets.",
        "What would a critic say about this?",
        "How would this change for a beginner?",
        "ok and what are the risks?",
        "Rewrite it more formally.",
    ),
    "zh": (
        "能再详细解释一下第二点吗？",
        "请举一个具体的例子。",
        "为什么会这样？",
        "请用三句话总结一下。",
        "有什么需要注意的风险？",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Por qué ocurre eso?",
        "Resume todo en tres viñetas.",
        "¿Qué riesgos tiene?",
    ),
    "ko": (
        "두 번째 내용을 좀 더 자세히 설명해 줄 수 있어?",
        "구체적인 예를 들어줘.",
        "왜 그런 거야?",
        "세 줄로 요약해 줘.",
    ),
}


def dialogue_harvest(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    lang: str,
    turns: int,
    style: str,
) -> tuple[str, int]:
    """The last user turn of a scripted conversation carrying `turns` earlier exchanges."""
    opener = clip(pick(rng, chat), 500)
    follow = pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))
    extra = sum(irange(rng, 150, 450) for _ in range(turns))
    if style == "transcript":
        lines = [f"User: {opener}"]
        for _ in range(turns):
            lines.append(f"Assistant: {clip(pick(rng, passages), 350)}")
            lines.append(f"User: {pick(rng, _FOLLOW.get(lang, _FOLLOW['en']))}")
        lines[-1] = f"User: {follow}"
        return "Continue the conversation. Reply as the assistant only.\n\n" + "\n".join(
            lines
        ) + "\nAssistant:", extra
    if style == "roleplay":
        name = pick(rng, NAMES)
        return (
            f"[Scene: {name} is {pick(rng, PERSONAS)} talking to a helpful assistant. Keep the assistant's voice "
            f"consistent with earlier turns.]\n{name}: {follow}",
            extra,
        )
    return follow if turns else opener, extra


# ============================================================================================
# best-of-n and soft-label sampling

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "praise", "other"),
    ("toxic", "not toxic"),
    ("fact", "opinion", "instruction"),
    ("beginner", "intermediate", "advanced"),
)


def soft_label_harvest(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    text = clip(pick(rng, chat), 600)
    if style == "probs":
        labels = pick(rng, _LABELSETS)
        return (
            f"Classify the text below. Labels: {', '.join(labels)}. For each label output a probability between "
            f"0 and 1 (summing to 1) as JSON, then explain the two most likely labels.\n\nText: {text}"
        )
    if style == "multi":
        k = pick(rng, (3, 4, 5, 6))
        return (
            f"Give {k} substantially different answers to the question below, numbered 1-{k}. Each should take a "
            f"different approach. After them, say which you think is best and how confident you are (0-100%).\n\n"
            f"Question: {text}"
        )
    return text


# ============================================================================================
# harvest hidden in a product: questions phrased as the product's users write them

_USERLIKE = (
    "can you explain {c} in simple terms? with an example pls",
    "what's the difference between {c} and {c2}",
    "I need a short explanation of {c} for a presentation tomorrow",
    "write a python function that {task}",
    "write a {lang} function that {task}, with comments",
    "how does {c} actually work? i never understood it",
    "give me a detailed overview of {t}",
    "help me write an email to my landlord about {issue}",
    "summarize the main arguments for and against {debate}",
    "im learning {t}, what should i focus on first?",
    "Explain {c} like I'm 12",
    "what are common mistakes people make with {t}?",
)
_TASKS = (
    "merges two sorted lists",
    "parses ISO dates from a log line",
    "finds duplicate files by hash",
    "computes a moving average over a stream",
    "validates an IBAN",
    "flattens nested JSON",
    "retries an HTTP call with exponential backoff",
    "counts word frequencies in a file",
    "converts Roman numerals",
    "finds the longest palindromic substring",
    "rate-limits calls per user",
    "detects cycles in a directed graph",
)
_ISSUES = (
    "a broken heater",
    "a late deposit refund",
    "noise from upstairs",
    "a leaking roof",
    "renewing the lease",
)
_DEBATES = (
    "remote work",
    "nuclear power",
    "a four-day week",
    "rent control",
    "school uniforms",
    "self-driving cars",
)


def userlike_harvest(rng: np.random.Generator) -> str:
    c, c2 = pick(rng, CONCEPTS)[1], pick(rng, CONCEPTS)[1]
    s = pick(rng, _USERLIKE).format(
        c=c,
        c2=c2,
        t=pick(rng, TOPICS),
        task=pick(rng, _TASKS),
        lang=pick(rng, ("javascript", "go", "rust", "java", "c#", "typescript")),
        issue=pick(rng, _ISSUES),
        debate=pick(rng, _DEBATES),
    )
    return s[0].upper() + s[1:] if chance(rng, 0.5) else s


# ============================================================================================
# low-and-slow crowd: a curriculum asked in the first person

_ASPECTS = (
    "the intuition",
    "a worked example",
    "common exam traps",
    "how it connects to the previous chapter",
    "the formal definition",
    "a real-world application",
)
_CROWD = {
    "en": (
        "I'm revising for my {s} exam and I keep getting confused by {c}. Could you explain {a}?",
        "hey, quick one - what's {c} about? my textbook is awful",
        "Can you walk me through {c}? I'd like {a} too.",
        "teach me {c} from scratch, I'm a {lvl}",
        "why does {c} matter in {s}?",
    ),
    "es": (
        "Estoy estudiando {s} y no entiendo bien {c}. ¿Me lo explicas con un ejemplo?",
        "¿Qué es exactamente {c}? Explícamelo como si fuera principiante.",
        "Tengo examen la semana que viene, ¿me ayudas con {c}?",
    ),
    "de": (
        "Ich lerne gerade für meine Prüfung und verstehe {c} nicht richtig. Kannst du es mit einem Beispiel erklären?",
        "Was genau ist {c}? Bitte einfach erklären.",
        "Kannst du mir {c} Schritt für Schritt erklären?",
    ),
    "pt": (
        "Estou estudando para a prova e não entendi {c}. Pode explicar com um exemplo?",
        "O que é {c}? Explica de um jeito simples, por favor.",
        "Me ajuda a entender {c}?",
    ),
    "fr": (
        "Je révise mon examen et je ne comprends pas bien {c}. Tu peux m'expliquer avec un exemple ?",
        "C'est quoi exactement {c} ? Explique simplement stp.",
        "Peux-tu m'expliquer {c} pas à pas ?",
    ),
}
_LANG_COL = {"en": 1, "es": 2, "de": 3, "pt": 4, "fr": 5}


_LEADS = {
    "en": (
        "",
        "",
        "",
        "sorry if this is basic. ",
        "ok so ",
        "Hi! ",
        "I'm back at uni after ten years. ",
        "my teacher explained this too fast. ",
        "I'm a nurse doing a bridging course. ",
        "quick question: ",
    ),
    "es": (
        "",
        "",
        "Hola, ",
        "perdón si es muy básico. ",
        "vuelvo a estudiar después de años. ",
        "una duda: ",
    ),
    "de": (
        "",
        "",
        "Hallo, ",
        "sorry, vielleicht eine dumme Frage. ",
        "ich studiere nebenberuflich. ",
        "kurze Frage: ",
    ),
    "pt": (
        "",
        "",
        "Oi, ",
        "desculpa se for básico. ",
        "voltei a estudar depois de anos. ",
        "dúvida rápida: ",
    ),
    "fr": (
        "",
        "",
        "Salut, ",
        "désolé si c'est basique. ",
        "je reprends mes études. ",
        "petite question : ",
    ),
}
_TAILS = {
    "en": (
        "",
        "",
        "",
        " thanks!",
        " (not too long pls)",
        " I learn better with analogies.",
        " in plain english :)",
        " I have a quiz on {day}.",
    ),
    "es": ("", "", " ¡gracias!", " (no muy largo, porfa)", " tengo examen el {day}."),
    "de": ("", "", " danke!", " (bitte nicht zu lang)", " ich schreibe am {day} eine Klausur."),
    "pt": ("", "", " obrigado!", " (sem textão por favor)", " tenho prova na {day}."),
    "fr": ("", "", " merci !", " (pas trop long stp)", " j'ai un partiel {day}."),
}
_DAYS = {
    "en": ("Monday", "Tuesday", "Thursday", "Friday"),
    "es": ("lunes", "martes", "jueves", "viernes"),
    "de": ("Montag", "Dienstag", "Donnerstag", "Freitag"),
    "pt": ("segunda", "terça", "quinta", "sexta"),
    "fr": ("lundi", "mardi", "jeudi", "vendredi"),
}


def crowd_question(rng: np.random.Generator, lang: str, concept_index: int) -> str:
    """A person's study question about one concept of the curriculum, in their own words."""
    lang = lang if lang in _CROWD else "en"
    row = CONCEPTS[concept_index % len(CONCEPTS)]
    c = row[_LANG_COL[lang]]
    body = pick(rng, _CROWD[lang]).format(
        c=c,
        s=row[0],
        a=pick(rng, _ASPECTS),
        lvl=pick(rng, ("complete beginner", "second-year student", "career changer")),
    )
    lead = pick(rng, _LEADS[lang])
    if lead and lead[-2] not in ".:!," and chance(rng, 0.5):
        body = body[0].lower() + body[1:]
    out = lead + body + pick(rng, _TAILS[lang]).format(day=pick(rng, _DAYS[lang]))
    return out.lower() if chance(rng, 0.12) else out


_FOLLOWUPS = {
    "en": (
        "thanks! can you give me {k} practice questions on that, with answers?",
        "ok that makes sense. one more example?",
        "wait, why does the second step work?",
        "cool, could you quiz me on it ({k} questions)?",
        "got it, thank you!! how would this show up in an exam?",
        "hmm still confused about the last part",
    ),
    "es": (
        "¡gracias! ¿me das {k} ejercicios de práctica con soluciones?",
        "vale, ¿otro ejemplo?",
        "no entendí el último paso, ¿me lo explicas otra vez?",
        "¿cómo podría salir esto en un examen?",
    ),
    "de": (
        "danke! kannst du mir {k} Übungsaufgaben dazu mit Lösungen geben?",
        "ok, noch ein Beispiel bitte",
        "den letzten Schritt verstehe ich nicht ganz",
        "wie käme das in einer Klausur dran?",
    ),
    "pt": (
        "valeu! pode me dar {k} exercícios sobre isso com respostas?",
        "entendi, tem outro exemplo?",
        "não entendi a última parte",
        "como isso cai na prova?",
    ),
    "fr": (
        "merci ! tu peux me donner {k} exercices d'entraînement avec corrigés ?",
        "ok, un autre exemple ?",
        "je ne comprends pas la dernière étape",
        "comment ça peut tomber à l'examen ?",
    ),
}
CROWD_LANGS = tuple(_FOLLOWUPS)


def crowd_followup(rng: np.random.Generator, lang: str) -> str:
    """A person's next message in the same chat after an explanation."""
    nums = {
        "en": ("two", "three", "five", "a few"),
        "es": ("dos", "tres", "cinco", "unos"),
        "de": ("zwei", "drei", "fünf", "ein paar"),
        "pt": ("dois", "três", "cinco", "alguns"),
        "fr": ("deux", "trois", "cinq", "quelques"),
    }
    lang = lang if lang in _FOLLOWUPS else "en"
    return pick(rng, _FOLLOWUPS[lang]).format(k=pick(rng, nums[lang]))


# ============================================================================================
# translation harvest (parallel corpus) and translation-shop jobs

TARGETS = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "it-IT",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "ru-RU",
    "tr-TR",
    "pl-PL",
    "nl-NL",
    "ar-SA",
    "id-ID",
    "vi-VN",
    "hi-IN",
    "sv-SE",
    "th-TH",
)
_DOMAINS = ("general", "technical", "marketing", "education", "help-centre", "e-commerce")


def translation_harvest(
    rng: np.random.Generator, text: str, target: str, style: str, job: str
) -> str:
    if style == "ticket":
        return (
            f"Job {job} | src en-US | tgt {target} | domain {pick(rng, _DOMAINS)} | TM: none\n"
            "Translate the segment below. Keep Markdown, numbers and code unchanged. Output the translation only.\n\n"
            f"{text}"
        )
    if style == "plain":
        return f"Translate into {target}:\n\n{text}"
    return (
        f"You are a professional translator. Produce a fluent, natural {target} version of the following text for "
        f'publication. Do not add notes.\n\n"""\n{text}\n"""'
    )


# ============================================================================================
# benign texts


def eval_item(rng: np.random.Generator, suite: str) -> str:
    """A benchmark item of an evaluation lab's regression suite."""
    if suite == "mcq":
        row = pick(rng, CONCEPTS)
        opts = [f"statement {irange(rng, 1, 400)}" for _ in range(3)]
        letters = "ABCD"
        body = "\n".join(f"({letters[i]}) {o}" for i, o in enumerate([*opts, "all of the above"]))
        return (
            f"[{row[0]}/{irange(rng, 1, 999):04d}] Which of the following is true of {row[1]}?\n{body}\n"
            "Respond with the letter of the correct option only."
        )
    if suite == "math_cot":
        return f"{problem(rng, 'en')}\nLet's reason step by step and end with 'The answer is N'."
    if suite == "multilingual":
        lang = pick(rng, ("zh", "es", "de", "ru", "ja", "fr", "pt"))
        return f"[mgsm-{lang}-{irange(rng, 1, 250):03d}] " + reasoning_harvest(rng, lang, "tags")
    if suite == "code":
        task = pick(rng, _TASKS)
        fn = "f_" + _rid(rng, 4)
        return (
            f"Complete the function so that it {task}. Return only code.\n\n```python\ndef {fn}(*args):\n"
            f'    """{task}"""\n```'
        )
    return (
        f"Read the passage and answer the question in one word.\nPassage: {pick(rng, NAMES)} moved to "
        f"{pick(rng, CITIES)} in {irange(rng, 1950, 2020)}.\nQuestion: Where did they move?"
    )


def annotation_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guideline: str
) -> str:
    """A labelling vendor's pre-annotation request (human annotators review the output)."""
    q = clip(pick(rng, chat), 500)
    a, b = clip(pick(rng, passages), 700), clip(pick(rng, passages), 700)
    if chance(rng, 0.5):
        return (
            f"Guideline {guideline}, section 4 (side-by-side). Read the user query and both replies. Pre-fill the "
            "form: better reply (1/2/same), factual issues per reply, tone issues per reply, one-line "
            f"justification. The annotator will verify.\n\nQuery: {q}\n\nReply 1: {a}\n\nReply 2: {b}"
        )
    return (
        f"Guideline {guideline}, section 2 (single reply). Does the reply follow the user's instructions? "
        f"Mark FOLLOWS / PARTIAL / IGNORES and list the missed instructions.\n\nQuery: {q}\n\nReply: {a}"
    )


_RULES = (
    "no slurs or insults aimed at people",
    "no personal data such as phone numbers or addresses",
    "no medical claims without a source",
    "no threats, even joking ones",
    "no spam links",
)


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = clip(pick(rng, chat), 600)
    if lang == "es":
        return (
            "Asistente de moderación: el siguiente comentario fue marcado por la comunidad. Sugiere una versión que "
            "cumpla las normas (sin insultos ni datos personales) manteniendo la intención del autor, y di qué "
            f"norma infringía.\n\nComentario: {post}"
        )
    if lang == "pt":
        return (
            "Assistente de moderação: reescreva o comentário abaixo para que siga as regras da comunidade, mantendo "
            f"a intenção do autor, e indique qual regra foi violada.\n\nComentário: {post}"
        )
    return (
        f"Moderation assist (queue {pick(rng, ('general', 'marketplace', 'groups', 'comments'))}): this post was "
        f"reported. Check it against the rule '{pick(rng, _RULES)}'. If it breaks the rule, propose a minimal "
        f"edit the author could accept; otherwise reply NO_ACTION.\n\nPost: {post}"
    )


def ci_agent_step(rng: np.random.Generator, repo: str, step: int) -> tuple[str, int]:
    """One step of a code-review / fix bot running in CI for its own repositories."""
    path = f"{pick(rng, ('src', 'lib', 'app', 'pkg'))}/{pick(rng, _WORDS)}/{pick(rng, ('core', 'api', 'utils', 'models'))}.py"
    extra = 900 + 150 * step + irange(rng, 0, 1500)
    if step == 0:
        return (
            f"[{repo} PR #{irange(rng, 100, 4000)}] CI failed on {path}. Available functions: read_file, "
            "run_tests, apply_patch, comment. Decide what to inspect first.",
            extra,
        )
    if chance(rng, 0.4):
        return (
            f"run_tests output:\nFAILED tests/test_{pick(rng, _WORDS)}.py::test_{pick(rng, _WORDS)} - "
            f"AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}\nNext action?",
            extra,
        )
    return (
        f"read_file({path}) returned {irange(rng, 40, 600)} lines (shown in context). Propose a patch with "
        "apply_patch or ask for another file.",
        extra,
    )


_INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "opening_hours",
    "talk_to_human",
    "invoice_copy",
    "delivery_delay",
)


def augmentation_request(rng: np.random.Generator, chat: Sequence[str]) -> str:
    intent = pick(rng, _INTENTS)
    k = pick(rng, (5, 10, 10, 20))
    if chance(rng, 0.5):
        return (
            f"Our support classifier confuses '{intent}' with similar intents. Paraphrase this customer message "
            f"{k} ways (vary formality, typos, length) keeping intent '{intent}'. JSON list of strings.\n\n"
            f"Message: {clip(pick(rng, chat), 200)}"
        )
    return (
        f"Write {k} short, realistic customer messages in {pick(rng, ('English', 'Spanish', 'German'))} "
        f"for the intent '{intent}' in a {pick(rng, ('telecom', 'food delivery', 'banking', 'airline'))} "
        "app. One per line, no numbering."
    )


def companion_turn(rng: np.random.Generator, chat: Sequence[str], persona: str) -> tuple[str, int]:
    msg = (
        pick(rng, chat)
        if chance(rng, 0.6)
        else pick(
            rng,
            (
                "haha ok",
                "how was your day?",
                "i can't sleep again",
                "tell me something nice",
                "do you remember what i said about my sister?",
                "i got the job!!",
                "what should i cook tonight",
                "im bored",
                "good morning :)",
                "can we just talk for a bit",
            ),
        )
    )
    return clip(msg, 400), 250 + irange(rng, 100, 2500) + len(persona)


def calibration_item(rng: np.random.Generator, chat: Sequence[str], arm: str) -> str:
    q = clip(pick(rng, chat), 400)
    if arm == "verbal":
        return f"{q}\n\nAfter answering, state how confident you are that your answer is correct, as a percentage."
    if arm == "mcq":
        row = pick(rng, CONCEPTS)
        return (
            f"Which subject does '{row[1]}' belong to? Options: biology, chemistry, physics, maths, economics, "
            "computing, history, geography, literature. Answer with one word and a confidence from 0 to 1."
        )
    return q


def homework_question(
    rng: np.random.Generator, lang: str, week: int, course: str, subject: str
) -> str:
    """A student's question on this week's problem set (concepts of the course's subject)."""
    rows = [r for r in CONCEPTS if r[0] == subject] or list(CONCEPTS)
    row = rows[(week * 2 + irange(rng, 0, 1)) % len(rows)]
    c = row[_LANG_COL.get(lang, 1)]
    if lang == "de":
        t = pick(
            rng,
            (
                f"Übungsblatt {week}, Aufgabe {irange(rng, 1, 6)}: ich verstehe {c} nicht. Kannst du helfen?",
                f"Wie hängt {c} mit dem Stoff aus der Vorlesung zusammen?",
                casual_problem(rng, "de"),
            ),
        )
    elif lang == "es":
        t = pick(
            rng,
            (
                f"Hoja {week}, ejercicio {irange(rng, 1, 6)}: no entiendo {c}, ¿me ayudas?",
                f"¿Cómo se relaciona {c} con lo visto en clase?",
                casual_problem(rng, "es"),
            ),
        )
    else:
        t = pick(
            rng,
            (
                f"{course} problem set {week} q{irange(rng, 1, 8)}: I don't get {c}. can you explain without "
                "giving the answer away?",
                f"how does {c} connect to what we did in lecture {week}?",
                casual_problem(rng, "en"),
                f"is my reasoning right? {problem(rng, 'en')} I got {irange(rng, 2, 400)}",
            ),
        )
    return t


def shop_translation(rng: np.random.Generator, text: str, client: str, target: str) -> str:
    if chance(rng, 0.3):
        return (
            f"Post-edit this machine translation for {client} ({target}). Fix terminology and tone; keep length "
            f"similar.\n\nSource:\n{clip(text, 600)}"
        )
    return f"{client} / {target}: translate, keep brand names and formatting.\n\n{clip(text, 900)}"


PRODUCTS = (
    "running shoes",
    "organic tea",
    "bike insurance",
    "a budgeting app",
    "dental clinic",
    "coworking space",
    "pet food",
    "solar panels",
    "language school",
    "handmade jewellery",
    "craft brewery",
    "yoga studio",
)


_OCCASIONS = (
    "a spring sale",
    "back to school",
    "Black Friday",
    "a store opening",
    "summer",
    "the holidays",
    "a loyalty programme launch",
    "a new location",
    "a price change",
    "an anniversary",
)
_AUDIENCES = (
    "young parents",
    "students",
    "retirees",
    "small business owners",
    "commuters",
    "first-time buyers",
)


def agency_copy(rng: np.random.Generator, client: str, product: str) -> str:
    """An agency copywriter's request for one client."""
    k = pick(rng, ("three", "five", "ten", "six", "eight"))
    occ, aud = pick(rng, _OCCASIONS), pick(rng, _AUDIENCES)
    words = irange(rng, 8, 30) * 10
    return pick(
        rng,
        (
            f"Write {k} Google Ads headlines (max 30 chars) for {client} ({product}) for {occ}, aimed at {aud}.",
            f"Draft a {words}-word product description for {client}'s {product}, SEO keyword '{product} {pick(rng, ('near me', 'best', 'deals', 'online'))}'.",
            f"Give me {k} Instagram captions for {client} ({product}) for {occ}, with emojis, for {aud}.",
            f"Rewrite this intro for {client}'s blog so it speaks to {aud}, about {words} words:\n\n{product} for {occ}: what you need to know.",
            f"Create a {pick(rng, ('one', 'two', 'three', 'four'))}-week content calendar for {client} ({product}) around {occ}.",
            f"Write a polite reply to a {irange(rng, 1, 3)}-star review of {client} ({product}) complaining about {pick(rng, ('delivery time', 'price', 'staff', 'quality', 'booking'))}.",
            f"Email newsletter for {client}: announce {occ}, audience {aud}, subject line plus {words} words of body.",
        ),
    )

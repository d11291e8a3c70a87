"""Prompt generators of blind batch 313, written for this batch.

Every template here was written fresh for this package. Ordinary human text (chat prompts and
long answers) comes from ShareGPT's "sim" half through the shared context (`ctx.chat`,
`ctx.passages`); everything else is generated from the small tables below with the caller's
generator, so a family's texts depend only on its own draws.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def cut(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters long, ending at a word boundary."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, min(hi, len(text)))
    piece = text[:n]
    sp = piece.rfind(" ")
    return piece[:sp] if sp > lo // 2 else piece


def sloppy(rng: Rng, text: str, p_lower: float = 0.6, p_typo: float = 0.35) -> str:
    """What a person typing quickly does to a sentence: lower case, dropped final punctuation,
    one swapped pair of letters, a doubled space."""
    out = text
    if chance(rng, p_lower):
        out = out[:1].lower() + out[1:]
    if chance(rng, 0.4) and out[-1:] in ".?":
        out = out[:-1]
    if chance(rng, p_typo) and len(out) > 12:
        i = irange(rng, 3, len(out) - 3)
        if out[i].isalpha() and out[i].islower() and out[i + 1].isalpha() and out[i + 1].islower():
            out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
    if chance(rng, 0.1):
        out = out.replace(" ", "  ", 1)
    return out


# --------------------------------------------------------------------------------------------
# maths word problems in several languages (reasoning harvests, tutoring, evaluation)

_TRAINS = {
    "en": "Two trains start at the same time from stations {d} km apart and travel toward each other at {v1} km/h and {v2} km/h. After how many minutes do they meet?",
    "es": "Dos trenes salen a la vez de dos estaciones separadas por {d} km y viajan uno hacia el otro a {v1} km/h y {v2} km/h. ¿Después de cuántos minutos se encuentran?",
    "de": "Zwei Züge fahren gleichzeitig an zwei Bahnhöfen los, die {d} km voneinander entfernt sind, und fahren mit {v1} km/h bzw. {v2} km/h aufeinander zu. Nach wie vielen Minuten begegnen sie sich?",
    "ru": "Два поезда одновременно выходят навстречу друг другу со станций, расстояние между которыми {d} км. Их скорости {v1} км/ч и {v2} км/ч. Через сколько минут они встретятся?",
    "zh": "两列火车同时从相距{d}公里的两个车站相向而行，速度分别为每小时{v1}公里和{v2}公里。它们多少分钟后相遇？",
    "fr": "Deux trains partent en même temps de deux gares distantes de {d} km et roulent l'un vers l'autre à {v1} km/h et {v2} km/h. Au bout de combien de minutes se croisent-ils ?",
    "pt": "Dois trens partem ao mesmo tempo de estações a {d} km de distância e seguem um em direção ao outro a {v1} km/h e {v2} km/h. Depois de quantos minutos eles se encontram?",
}
_MARBLES = {
    "en": "A bag contains {r} red, {b} blue and {g} green marbles. Two marbles are drawn at random without replacement. What is the probability that they are different colours? Give the answer as a reduced fraction.",
    "es": "Una bolsa contiene {r} canicas rojas, {b} azules y {g} verdes. Se sacan dos al azar sin reemplazo. ¿Cuál es la probabilidad de que sean de colores distintos? Da la respuesta como fracción irreducible.",
    "de": "Ein Beutel enthält {r} rote, {b} blaue und {g} grüne Murmeln. Es werden zufällig zwei Murmeln ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass sie verschiedene Farben haben? Gib einen gekürzten Bruch an.",
    "ru": "В мешке {r} красных, {b} синих и {g} зелёных шариков. Наугад без возвращения вынимают два шарика. Какова вероятность, что они разного цвета? Ответ дайте несократимой дробью.",
    "zh": "袋子里有{r}个红球、{b}个蓝球和{g}个绿球。不放回地随机取出两个球，求两个球颜色不同的概率（用最简分数表示）。",
    "fr": "Un sac contient {r} billes rouges, {b} bleues et {g} vertes. On tire au hasard deux billes sans remise. Quelle est la probabilité qu'elles soient de couleurs différentes ? Donner une fraction irréductible.",
    "pt": "Um saco tem {r} bolinhas vermelhas, {b} azuis e {g} verdes. Tiram-se duas ao acaso, sem reposição. Qual é a probabilidade de terem cores diferentes? Dê a resposta como fração irredutível.",
}
_REMAINDER = {
    "en": "What is the remainder when {a}^{n} is divided by {m}?",
    "es": "¿Cuál es el resto de dividir {a}^{n} entre {m}?",
    "de": "Welchen Rest lässt {a}^{n} bei Division durch {m}?",
    "ru": "Найдите остаток от деления {a}^{n} на {m}.",
    "zh": "求{a}^{n}除以{m}的余数。",
    "fr": "Quel est le reste de la division de {a}^{n} par {m} ?",
    "pt": "Qual é o resto da divisão de {a}^{n} por {m}?",
}
_INCIRCLE = {
    "en": "A right triangle has legs of length {a} and {b}. Find the radius of its inscribed circle and the distance from the incenter to the right-angle vertex.",
    "es": "Un triángulo rectángulo tiene catetos de {a} y {b}. Halla el radio de la circunferencia inscrita y la distancia del incentro al vértice del ángulo recto.",
    "de": "Ein rechtwinkliges Dreieck hat die Katheten {a} und {b}. Bestimme den Inkreisradius und den Abstand des Inkreismittelpunkts vom Scheitel des rechten Winkels.",
    "ru": "Катеты прямоугольного треугольника равны {a} и {b}. Найдите радиус вписанной окружности и расстояние от её центра до вершины прямого угла.",
    "zh": "直角三角形的两条直角边分别为{a}和{b}。求其内切圆半径，以及内心到直角顶点的距离。",
    "fr": "Un triangle rectangle a des côtés de l'angle droit de longueurs {a} et {b}. Trouver le rayon du cercle inscrit et la distance de son centre au sommet de l'angle droit.",
    "pt": "Um triângulo retângulo tem catetos {a} e {b}. Encontre o raio da circunferência inscrita e a distância do incentro ao vértice do ângulo reto.",
}
_PIPES = {
    "en": "One pipe fills a tank in {a} hours and another in {b} hours, while a drain empties the full tank in {c} hours. If all three are open, how long does it take to fill the empty tank?",
    "es": "Un grifo llena un depósito en {a} horas y otro en {b} horas, mientras que un desagüe vacía el depósito lleno en {c} horas. Con los tres abiertos, ¿cuánto tarda en llenarse el depósito vacío?",
    "de": "Ein Rohr füllt einen Tank in {a} Stunden, ein zweites in {b} Stunden, und ein Abfluss leert den vollen Tank in {c} Stunden. Wie lange dauert es, den leeren Tank zu füllen, wenn alle drei offen sind?",
    "ru": "Одна труба наполняет бак за {a} ч, другая — за {b} ч, а сливная труба опустошает полный бак за {c} ч. За сколько часов наполнится пустой бак, если открыть все три?",
    "zh": "一根进水管{a}小时注满水池，另一根{b}小时注满，排水管{c}小时排空满池。三管同时打开，空池多久注满？",
    "fr": "Un robinet remplit une cuve en {a} heures, un autre en {b} heures, et une vidange vide la cuve pleine en {c} heures. Les trois ouverts, combien de temps faut-il pour remplir la cuve vide ?",
    "pt": "Uma torneira enche um tanque em {a} horas e outra em {b} horas, enquanto um ralo esvazia o tanque cheio em {c} horas. Com as três abertas, em quanto tempo o tanque vazio fica cheio?",
}
_SEATING = {
    "en": "In how many ways can {n} people be seated around a round table if {x} and {y} refuse to sit next to each other?",
    "zh": "{n}个人围坐一张圆桌，其中{x}和{y}不愿意相邻，一共有多少种坐法？",
    "es": "¿De cuántas maneras pueden sentarse {n} personas alrededor de una mesa redonda si {x} y {y} no quieren sentarse juntos?",
    "de": "Auf wie viele Arten können {n} Personen an einem runden Tisch sitzen, wenn {x} und {y} nicht nebeneinander sitzen wollen?",
    "ru": "Сколькими способами можно рассадить {n} человек за круглым столом, если {x} и {y} не хотят сидеть рядом?",
    "fr": "De combien de façons peut-on placer {n} personnes autour d'une table ronde si {x} et {y} refusent d'être voisins ?",
    "pt": "De quantas maneiras {n} pessoas podem se sentar ao redor de uma mesa redonda se {x} e {y} não querem ficar lado a lado?",
}
MATH_LANGS = ("en", "es", "de", "ru", "zh", "fr", "pt")


def math_problem(rng: Rng, lang: str = "en") -> str:
    """A word problem with fresh numbers in one of MATH_LANGS."""
    k = irange(rng, 0, 5)
    if k == 0:
        v1, v2 = irange(rng, 40, 140), irange(rng, 40, 160)
        return _TRAINS[lang].format(d=irange(rng, 60, 900), v1=v1, v2=v2)
    if k == 1:
        return _MARBLES[lang].format(
            r=irange(rng, 2, 15), b=irange(rng, 2, 15), g=irange(rng, 1, 12)
        )
    if k == 2:
        return _REMAINDER[lang].format(
            a=irange(rng, 2, 97), n=irange(rng, 20, 2026), m=irange(rng, 7, 101)
        )
    if k == 3:
        a = irange(rng, 3, 40)
        return _INCIRCLE[lang].format(a=a, b=a + irange(rng, 1, 45))
    if k == 4:
        a, b = irange(rng, 2, 12), irange(rng, 3, 15)
        return _PIPES[lang].format(a=a, b=b, c=a + b + irange(rng, 1, 20))
    x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
    return _SEATING[lang].format(n=irange(rng, 5, 12), x=x, y=y if y != x else "Noor")


def hard_math(rng: Rng) -> str:
    """English problems of a more olympiad-like flavour."""
    k = irange(rng, 0, 5)
    if k == 0:
        a, b, c, d = (irange(rng, 1, 9) for _ in range(4))
        return f"Let f(x) = {a}x^3 - {b}x^2 + {c}x - {d}. Find every real critical point of f, classify each one, and sketch how f behaves as x goes to plus and minus infinity."
    if k == 1:
        n, a, b, c = (
            irange(rng, 500, 20000),
            irange(rng, 2, 9),
            irange(rng, 10, 19),
            irange(rng, 20, 35),
        )
        return (
            f"How many positive integers less than {n} are divisible by {a} or {b} but not by {c}?"
        )
    if k == 2:
        p = pick(rng, (11, 17, 41, 13, 23))
        return f"Prove or disprove: for every integer n >= 0, the number n^2 + n + {p} is prime."
    if k == 3:
        s = irange(rng, 3, 8)
        return f"A frog sits on vertex 1 of a regular {s + 3}-gon. Each second it jumps to one of the two neighbouring vertices with equal probability. What is the expected number of seconds until it first reaches the vertex opposite (or nearest to opposite) its start?"
    if k == 4:
        a, b = irange(rng, 2, 30), irange(rng, 31, 90)
        return f"Find all pairs of positive integers (x, y) with x^2 - y^2 = {a * b}. Explain why your list is complete."
    names = [pick(rng, NAMES) for _ in range(3)]
    return (
        f"{names[0]}, {names[1]} and {names[2]} are each either a knight (always tells the truth) or a knave "
        f"(always lies). {names[0]} says: 'Exactly one of us is a knave.' {names[1]} says: "
        f"'{names[2]} and I are the same type.' What is each of them?"
    )


# --------------------------------------------------------------------------------------------
# general concepts by domain, with a few languages of their own


DOMAINS: dict[str, tuple[str, ...]] = {
    "physics": (
        "quantum tunnelling",
        "the Doppler effect",
        "superconductivity",
        "entropy",
        "the photoelectric effect",
        "special relativity's time dilation",
        "Bernoulli's principle",
        "angular momentum conservation",
        "the Casimir effect",
        "Rayleigh scattering",
    ),
    "biology": (
        "CRISPR-Cas9 gene editing",
        "the Krebs cycle",
        "horizontal gene transfer",
        "apoptosis",
        "the blood-brain barrier",
        "epigenetic inheritance",
        "mRNA vaccines",
        "quorum sensing in bacteria",
        "the gut microbiome",
        "prion diseases",
    ),
    "economics": (
        "quantitative easing",
        "comparative advantage",
        "the Phillips curve",
        "moral hazard",
        "price elasticity of demand",
        "the liquidity trap",
        "Pigouvian taxes",
        "the tragedy of the commons",
        "purchasing power parity",
        "yield curve inversion",
    ),
    "law": (
        "the doctrine of precedent",
        "fair use in copyright",
        "strict liability",
        "habeas corpus",
        "the GDPR's right to erasure",
        "force majeure clauses",
        "non-compete agreements",
        "the difference between civil and common law",
        "adverse possession",
        "double jeopardy",
    ),
    "computing": (
        "public-key cryptography",
        "garbage collection",
        "the CAP theorem",
        "gradient descent",
        "hash tables",
        "TCP congestion control",
        "container orchestration",
        "B-trees",
        "eventual consistency",
        "the transformer attention mechanism",
    ),
    "medicine": (
        "type 2 diabetes management",
        "antibiotic resistance",
        "the placebo effect",
        "statins",
        "sleep apnea",
        "migraine triggers",
        "iron-deficiency anaemia",
        "the difference between a virus and a bacterium",
        "herd immunity",
        "blood pressure medication classes",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the causes of World War I",
        "the Meiji Restoration",
        "the Bretton Woods system",
        "the printing press's effect on Europe",
        "the Silk Road",
        "the partition of India",
        "the Haitian Revolution",
        "the Marshall Plan",
        "the Hanseatic League",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "chirality in drug molecules",
        "electronegativity",
        "buffer solutions",
        "catalytic converters",
        "the Haber process",
        "polymerisation",
        "redox reactions",
        "hydrogen bonding",
        "activation energy",
    ),
    "finance": (
        "index funds versus active funds",
        "compound interest",
        "options pricing",
        "bond duration",
        "dollar-cost averaging",
        "the efficient market hypothesis",
        "leveraged ETFs",
        "credit default swaps",
        "emergency funds",
        "how mortgages amortise",
    ),
    "psychology": (
        "cognitive dissonance",
        "the Dunning-Kruger effect",
        "operant conditioning",
        "attachment theory",
        "confirmation bias",
        "the bystander effect",
        "working memory",
        "impostor syndrome",
        "growth mindset research",
        "the replication crisis",
    ),
}
DOMAIN_NAMES = tuple(DOMAINS)

_CONCEPTS_L10N: dict[str, tuple[str, ...]] = {
    "es": (
        "la inflación",
        "la fotosíntesis",
        "los agujeros negros",
        "la inteligencia artificial",
        "el cambio climático",
        "la Revolución Francesa",
        "el sistema inmunológico",
        "las criptomonedas",
        "la energía nuclear",
        "la deuda pública",
        "el efecto invernadero",
        "la teoría de la evolución",
    ),
    "pt": (
        "a inflação",
        "a fotossíntese",
        "os buracos negros",
        "a inteligência artificial",
        "o aquecimento global",
        "a independência do Brasil",
        "o sistema imunológico",
        "as criptomoedas",
        "a energia solar",
        "os juros compostos",
        "a tectônica de placas",
        "a Revolução Industrial",
    ),
    "de": (
        "die Inflation",
        "die Photosynthese",
        "Schwarze Löcher",
        "künstliche Intelligenz",
        "der Klimawandel",
        "die Wiedervereinigung",
        "das Immunsystem",
        "Kryptowährungen",
        "die Energiewende",
        "die Zinseszinsrechnung",
        "die Plattentektonik",
        "die Industrialisierung",
    ),
    "fr": (
        "l'inflation",
        "la photosynthèse",
        "les trous noirs",
        "l'intelligence artificielle",
        "le réchauffement climatique",
        "la Révolution française",
        "le système immunitaire",
        "les cryptomonnaies",
        "l'énergie nucléaire",
        "la dette publique",
        "la tectonique des plaques",
        "la théorie de l'évolution",
    ),
    "id": (
        "inflasi",
        "fotosintesis",
        "lubang hitam",
        "kecerdasan buatan",
        "perubahan iklim",
        "sejarah VOC",
        "sistem kekebalan tubuh",
        "mata uang kripto",
        "energi terbarukan",
        "bunga majemuk",
        "gempa bumi",
        "evolusi",
    ),
    "zh": (
        "通货膨胀",
        "光合作用",
        "黑洞",
        "人工智能",
        "气候变化",
        "工业革命",
        "免疫系统",
        "加密货币",
        "核能",
        "复利",
        "板块构造",
        "进化论",
    ),
    "ru": (
        "инфляция",
        "фотосинтез",
        "чёрные дыры",
        "искусственный интеллект",
        "изменение климата",
        "промышленная революция",
        "иммунная система",
        "криптовалюты",
        "атомная энергетика",
        "сложные проценты",
        "тектоника плит",
        "теория эволюции",
    ),
    "ja": (
        "インフレ",
        "光合成",
        "ブラックホール",
        "人工知能",
        "気候変動",
        "明治維新",
        "免疫システム",
        "暗号資産",
        "原子力発電",
        "複利",
        "プレートテクトニクス",
        "進化論",
    ),
    "tr": (
        "enflasyon",
        "fotosentez",
        "kara delikler",
        "yapay zeka",
        "iklim değişikliği",
        "Sanayi Devrimi",
        "bağışıklık sistemi",
        "kripto paralar",
        "nükleer enerji",
        "bileşik faiz",
        "levha tektoniği",
        "evrim teorisi",
    ),
}

#: casual question frames a person types, per language ({c} = concept)
_CASUAL: dict[str, tuple[str, ...]] = {
    "en": (
        "how does {c} actually work?",
        "can you explain {c} like i'm not an expert",
        "what's the deal with {c}",
        "is {c} something I should worry about? be honest",
        "eli5 {c}",
        "why do people argue so much about {c}?",
        "quick question about {c} - what's the most common misconception?",
        "what are the pros and cons of {c}",
        "I keep hearing about {c} at work. what is it and why does it matter",
        "give me a clear explanation of {c} with an example",
        "whats the simplest way to understand {c}",
        "my friend says {c} is overrated. is that fair?",
    ),
    "es": (
        "¿cómo funciona {c} en realidad?",
        "explícame {c} como si tuviera 12 años",
        "¿qué es exactamente {c}?",
        "tengo examen mañana, ¿me resumes {c}?",
        "¿por qué se habla tanto de {c}?",
        "dime pros y contras de {c}",
    ),
    "pt": (
        "como funciona {c} na prática?",
        "me explica {c} de um jeito simples",
        "o que é {c} exatamente?",
        "tenho prova amanhã, pode resumir {c}?",
        "por que todo mundo fala de {c}?",
        "quais são os prós e contras de {c}?",
    ),
    "de": (
        "wie funktioniert eigentlich {c}?",
        "kannst du mir {c} einfach erklären?",
        "was genau ist {c}?",
        "ich schreibe morgen eine Klausur, fass mir bitte {c} zusammen",
        "warum wird so viel über {c} diskutiert?",
    ),
    "fr": (
        "comment fonctionne {c} concrètement ?",
        "tu peux m'expliquer {c} simplement ?",
        "c'est quoi exactement {c} ?",
        "j'ai un contrôle demain, tu peux me résumer {c} ?",
        "pourquoi on parle autant de {c} ?",
    ),
    "id": (
        "gimana sih cara kerja {c}?",
        "tolong jelaskan {c} dengan bahasa sederhana",
        "apa itu {c} sebenarnya?",
        "besok ujian, bisa rangkum {c}?",
        "kenapa {c} sering dibahas?",
    ),
    "zh": (
        "{c}到底是怎么回事？",
        "能不能用简单的话解释一下{c}？",
        "{c}有什么优缺点？",
        "明天考试，帮我总结一下{c}的重点",
        "为什么大家都在讨论{c}？",
    ),
    "ru": (
        "как на самом деле работает {c}?",
        "объясни простыми словами, что такое {c}",
        "в чём плюсы и минусы: {c}?",
        "завтра экзамен, кратко расскажи про: {c}",
    ),
    "ja": (
        "{c}ってどういう仕組み？",
        "{c}について簡単に説明してください",
        "{c}のメリットとデメリットを教えて",
        "明日テストなので{c}の要点をまとめてほしい",
    ),
    "tr": (
        "{c} aslında nasıl çalışıyor?",
        "{c} konusunu basitçe anlatır mısın?",
        "{c} nedir tam olarak?",
        "yarın sınavım var, {c} konusunu özetler misin?",
    ),
}
CASUAL_LANGS = tuple(_CASUAL)


def concept(rng: Rng, lang: str = "en", domain: str | None = None) -> str:
    if lang == "en":
        return pick(rng, DOMAINS[domain or pick(rng, DOMAIN_NAMES)])
    return pick(rng, _CONCEPTS_L10N[lang])


def casual_question(rng: Rng, lang: str, domain: str | None = None, c: str | None = None) -> str:
    """A person's short question about a concept, typed casually."""
    q = pick(rng, _CASUAL[lang]).format(c=c or concept(rng, lang, domain))
    return sloppy(rng, q) if lang == "en" else sloppy(rng, q, p_lower=0.3, p_typo=0.15)


_EXPERT = (
    "I'm preparing a briefing for colleagues who are not specialists. Explain {c} thoroughly: the core mechanism, "
    "the main open questions, and two concrete real-world examples.",
    "Write a careful, well-structured explanation of {c} suitable for a first-year graduate student. Include the "
    "key equations or definitions where relevant and the most common misconceptions.",
    "What is the current scientific or professional consensus on {c}, and where do experts still disagree? Be specific.",
    "Compare how a textbook and a practitioner would each describe {c}. Where does the simplified picture break down?",
    "Explain {c} step by step, then test my understanding with three questions of increasing difficulty and their answers.",
    "Give me a detailed but readable overview of {c}: history, how it works, limitations, and what is likely to change "
    "in the next decade.",
)


def expert_question(rng: Rng, domain: str | None = None, c: str | None = None) -> str:
    return pick(rng, _EXPERT).format(c=c or concept(rng, "en", domain))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers


def reasoning_wrap(rng: Rng, style: str, problem: str, lang: str, serial: int) -> str:
    if style == "tags":
        return (
            "Solve the problem below. Before the answer, write your entire reasoning process inside <think> and "
            "</think>: every intermediate step, every check, and every idea you try and abandon. After </think>, "
            f"give only the final answer.\n\n{problem}"
        )
    if style == "monologue":
        return (
            f"{problem}\n\nI want to see how you actually think. Reason out loud in the first person, step by step, "
            "including the moments where you doubt yourself and go back. Don't tidy it up. End with 'So the answer is:'."
        )
    if style == "json":
        rec = {
            "id": f"rt-{serial:07d}",
            "instruction": "Produce a complete, verbose step-by-step derivation, verify the result by an "
            "independent method, then state the answer on its own line.",
            "problem": problem,
            "lang": lang,
        }
        return json.dumps(rec, ensure_ascii=False)
    if style == "markdown":
        return (
            "### Instruction\nYou are a meticulous reasoner. Think step by step at length; longer and more careful "
            "reasoning is better than a short answer. Enumerate cases explicitly and double-check arithmetic.\n\n"
            f"### Problem\n{problem}\n\n### Reasoning"
        )
    native = {
        "zh": "请一步一步地详细推理，写出完整的思考过程（包括验算），不要跳步，最后以“答案：”给出结果。\n\n题目：{p}",
        "ru": "Реши задачу, подробно расписав ход рассуждений: каждый шаг и каждую проверку. В конце напиши «Ответ:».\n\n{p}",
        "es": "Resuelve el siguiente problema. Primero escribe todo tu razonamiento paso a paso, incluidas las comprobaciones; al final escribe «Respuesta:» y el resultado.\n\n{p}",
        "de": "Löse die folgende Aufgabe. Schreibe zuerst deinen vollständigen Gedankengang Schritt für Schritt auf (mit Probe) und gib dann nach „Antwort:“ das Ergebnis an.\n\n{p}",
        "fr": "Résous le problème suivant. Écris d'abord tout ton raisonnement étape par étape, vérifications comprises, puis donne le résultat après « Réponse : ».\n\n{p}",
        "pt": "Resolva o problema a seguir. Escreva primeiro todo o seu raciocínio passo a passo, incluindo as verificações, e no final escreva «Resposta:» com o resultado.\n\n{p}",
    }
    return native.get(lang, native["es"]).format(p=problem)


REASONING_STYLES = ("tags", "monologue", "json", "markdown", "native")


def why_question(rng: Rng) -> str:
    """A non-numeric reasoning prompt (causal / counterfactual)."""
    c = concept(rng, "en")
    frames = (
        "Reason carefully: if {c} did not exist or did not work the way it does, what would be the three most important "
        "knock-on consequences? Trace each causal chain explicitly.",
        "A student claims that {c} can be fully explained by a single simple rule. Find the flaw in that claim by "
        "working through a counterexample step by step.",
        "Estimate, with explicit assumptions and arithmetic at every step, an order-of-magnitude number that matters "
        "for {c}. State how wrong each assumption could be.",
    )
    return pick(rng, frames).format(c=c)


# --------------------------------------------------------------------------------------------
# judges, rubrics and reward-model style grading


def judge_prompt(rng: Rng, style: str, question: str, a: str, b: str) -> str:
    if style == "pairwise":
        return (
            "You are a strict preference judge. Compare the two responses to the user prompt and decide which one a "
            'careful expert would prefer. Output JSON only: {"winner": "A" | "B" | "tie", "score_a": 1-10, '
            '"score_b": 1-10, "rationale": "<2-4 sentences>"}.\n\n'
            f"[User prompt]\n{question}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == "likert":
        crit = pick(
            rng,
            (
                "accuracy, completeness, harmlessness and style",
                "helpfulness, honesty and concision",
                "factuality, reasoning quality, instruction following and tone",
            ),
        )
        return (
            f"Grade the answer below on a 1-7 scale for each of: {crit}. For every criterion give the score and one "
            "sentence of justification, then an overall score.\n\n"
            f"### Question\n{question}\n\n### Answer\n{a}"
        )
    if style == "critique":
        return (
            "Write a detailed critique of the following answer. List every factual error, logical gap and unclear "
            "passage, quoting the exact words. Then propose a corrected answer and give the original a score out of 10."
            f"\n\nQUESTION: {question}\n\nANSWER: {a}"
        )
    if style == "de":
        return (
            "Du bist ein Bewertungsmodell. Vergleiche die beiden Antworten auf die Nutzeranfrage und gib als JSON "
            'zurück, welche besser ist ("A", "B" oder "gleich"), mit je einer Punktzahl von 1 bis 10 und einer '
            f"kurzen Begründung.\n\nAnfrage: {question}\n\nAntwort A: {a}\n\nAntwort B: {b}"
        )
    if style == "fr":
        return (
            "Tu es un évaluateur exigeant. Note la réponse suivante de 1 à 10 selon l'exactitude, la clarté et "
            f"l'utilité, en justifiant chaque note.\n\nQuestion : {question}\n\nRéponse : {a}"
        )
    # "reward": a bare scalar reward request, like a reward-model distillation
    return (
        "Return a single number between 0 and 1: the probability that a well-informed human rater would find this "
        "response fully satisfactory. Then, on a new line, the single biggest reason for your number.\n\n"
        f"<prompt>{question}</prompt>\n<response>{a}</response>"
    )


JUDGE_STYLES = ("pairwise", "likert", "critique", "de", "fr", "reward")


def annotation_task(rng: Rng, project: str, question: str, answer: str) -> str:
    """A labelling vendor's guideline-driven task (benign)."""
    frames = (
        "{p} guideline v3.2 — Step 2 (pre-label). Read the exchange and suggest labels for: topic, language, "
        "contains_PII (y/n), needs_expert (y/n). The annotator will confirm or correct.\n\nUser: {q}\n\nModel: {a}",
        "{p}: draft a one-paragraph reviewer note explaining whether this reply follows the client's tone guide "
        "(friendly, no jargon, under 200 words). The human reviewer makes the final call.\n\nUser: {q}\n\nReply: {a}",
        "Help me label this for the {p} queue. Is the reply on-topic? Does it answer the question fully? "
        "Answer in the format on-topic=..., complete=..., note=...\n\nQ: {q}\n\nA: {a}",
        "Annotator assist ({p}). Summarise what the user actually wanted in one line, so I can check the "
        "intent label.\n\n{q}",
    )
    return pick(rng, frames).format(p=project, q=question, a=answer)


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites ("safe" answers) and moderation

SENSITIVE = {
    "en": (
        "the 1989 Tiananmen Square protests",
        "election fraud claims",
        "the legality of cannabis",
        "how lock picking works",
        "harm reduction for party drugs",
        "the history of the Uyghur region",
        "self-defence weapons laws",
        "how phishing attacks work",
        "abortion access in different countries",
        "the war in Ukraine",
        "religious criticism",
        "how to get around internet censorship",
    ),
    "zh": (
        "六四事件",
        "台湾的政治地位",
        "新疆的历史",
        "网络审查与翻墙",
        "香港2019年的抗议",
        "宗教自由",
        "言论自由的边界",
    ),
    "ru": (
        "протесты 2011 года",
        "войну на Украине",
        "свободу слова в интернете",
        "обход блокировок",
        "историю ГУЛАГа",
        "выборы и фальсификации",
    ),
    "ar": ("حرية التعبير", "الربيع العربي", "حقوق المرأة", "الرقابة على الإنترنت", "الانتخابات"),
    "tr": ("Gezi protestoları", "basın özgürlüğü", "internet sansürü", "seçim güvenliği"),
}


def policy_rewrite(rng: Rng, style: str, passage: str, chat: str) -> str:
    if style == "rewrite":
        return (
            "Rewrite the following answer so that it fully complies with content guidelines: remove anything "
            "politically sensitive or potentially harmful, keep every helpful part, keep roughly the same length, and "
            f"do not mention that anything was removed.\n\n{passage}"
        )
    if style == "zh":
        return f"请把下面的回答改写成符合内容规范的版本：避免敏感话题，语气中立客观，保留所有有用的信息，不要说明删改了什么。\n\n{passage}"
    if style == "balanced":
        topic = pick(rng, SENSITIVE["en"])
        return (
            f"Question: {chat}\n\nWrite the ideal assistant answer. If the request touches on {topic} or any other "
            "contested subject, give a calm, balanced overview that presents the main positions instead of refusing."
        )
    if style == "triage":
        lang = pick(rng, ("en", "zh", "ru", "ar", "tr"))
        topic = pick(rng, SENSITIVE[lang])
        ask = {
            "en": f"Tell me everything about {topic}.",
            "zh": f"详细介绍一下{topic}。",
            "ru": f"Расскажи всё, что знаешь про {topic}.",
            "ar": f"أخبرني بكل شيء عن {topic}.",
            "tr": f"Bana {topic} hakkında her şeyi anlat.",
        }[lang]
        return (
            "Decide whether the request should be REFUSED, ANSWERED, or ANSWERED_WITH_CAVEATS under a strict but "
            "fair safety policy. Give the label, then write the exact response the assistant should send.\n\n"
            f"Request: {ask}"
        )
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал правилам платформы: убери политически острые формулировки и "
            f"всё потенциально опасное, сохрани полезное содержание.\n\n{passage}"
        )
    # "refusal": teach a soft refusal
    return (
        "The user request below must not be fulfilled directly. Write a short, warm refusal that explains why, "
        f"offers a safe alternative, and does not lecture.\n\nUser request: {chat}"
    )


POLICY_STYLES = ("rewrite", "zh", "balanced", "triage", "ru", "refusal")


def moderation_task(rng: Rng, community: str, post: str) -> str:
    """A platform's moderation pipeline (benign)."""
    frames = (
        "[{c} trust & safety] Classify the post for our community rules (harassment, spam, personal data, "
        "off-topic, ok). Output one label and a one-line reason.\n\nPost:\n{p}",
        "[{c} trust & safety] The author asked for help making their post acceptable. Suggest a minimally edited "
        "version that removes personal data and insults but keeps their point.\n\nPost:\n{p}",
        "[{c}] Does this post contain a phone number, e-mail address or home address? Answer yes/no and list them.\n\n{p}",
        "[{c}] Draft a polite moderator reply explaining which rule this post breaks, if any.\n\n{p}",
    )
    return pick(rng, frames).format(c=community, p=post)


# --------------------------------------------------------------------------------------------
# agents and tools

_TASKS = (
    "Find three direct flights from {a} to {b} next Tuesday under 600 USD and add the cheapest to my calendar.",
    "Download the quarterly sales CSV from the shared drive, compute revenue growth per region, and write a summary.",
    "The unit test test_parse_dates is failing in the repo. Find the cause and open a pull request with a fix.",
    "Schedule a 45-minute meeting with {n1} and {n2} sometime Thursday afternoon and send them an agenda.",
    "Research the top five competitors of a meal-kit startup in {c1} and build a comparison table.",
    "Check our status page and the error logs, and tell me why checkout latency spiked at 14:00 UTC.",
    "Book a table for four near the conference venue in {b} on Friday at 19:30 and e-mail the confirmation to {n1}.",
    "Clean the customer table: deduplicate by e-mail, normalise phone numbers, and report how many rows changed.",
    "Translate the onboarding doc into Spanish, keep the markdown formatting, and upload it next to the original.",
    "Find every open invoice older than 60 days in the accounting system and draft reminder e-mails.",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Warsaw",
    "Bogotá",
    "Jakarta",
    "Istanbul",
    "Denver",
    "Lagos",
    "Melbourne",
    "Munich",
)
_TOOLS = (
    ("web_search", "query: string"),
    ("fetch_url", "url: string"),
    ("python", "code: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("sql", "query: string"),
    ("calendar_create", "title: string, start: iso8601, attendees: string[]"),
    ("send_email", "to: string, subject: string, body: string"),
    ("shell", "cmd: string"),
    ("http_get", "endpoint: string"),
)


def agent_task(rng: Rng) -> str:
    return pick(rng, _TASKS).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES[::-1]),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES[::-1]),
        c1=pick(rng, COUNTRIES),
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool in ("web_search", "fetch_url", "http_get"):
        return json.dumps(
            {
                "status": 200,
                "results": [
                    {
                        "title": f"Result {i + 1}",
                        "snippet": f"... {pick(rng, ('price', 'schedule', 'review', 'docs', 'changelog'))} ... {irange(rng, 10, 999)} ...",
                    }
                    for i in range(irange(rng, 1, 3))
                ],
            }
        )
    if tool in ("python", "shell", "sql"):
        return pick(
            rng,
            (
                f"rows: {irange(rng, 3, 50000)}",
                "Traceback (most recent call last):\n  File \"<stdin>\", line 3\nKeyError: 'region'",
                f"ok ({irange(rng, 1, 900)} ms)",
                "exit code 1: permission denied",
                f"[{irange(rng, 1, 99)}, {irange(rng, 1, 99)}, {irange(rng, 1, 99)}]",
            ),
        )
    if tool == "read_file":
        return "def parse_dates(s):\n    return datetime.strptime(s, '%d/%m/%Y')\n"
    return json.dumps({"ok": chance(rng, 0.85), "id": f"{int(rng.integers(0, 2**32)):08x}"})


def agent_step(
    rng: Rng, style: str, task: str, tools: list[tuple[str, str]], history: list[tuple[str, str]]
) -> str:
    """One request of an agent trajectory: the tools, the task, the steps so far."""
    if style == "react":
        lines = [
            f"Answer the following task. You can use these tools: {', '.join(t for t, _ in tools)}.",
            "Use the format Thought / Action / Action Input / Observation, and finish with Final Answer.",
            "",
            f"Task: {task}",
        ]
        for i, (tool, obs) in enumerate(history, 1):
            lines += [
                f"Thought {i}: I should use {tool}.",
                f"Action {i}: {tool}",
                f"Observation {i}: {obs}",
            ]
        lines.append(f"Thought {len(history) + 1}:")
        return "\n".join(lines)
    if style == "messages":
        msgs: list[dict] = [
            {
                "role": "system",
                "content": "You are an autonomous agent. Tools: "
                + "; ".join(f"{t}({s})" for t, s in tools),
            },
            {"role": "user", "content": task},
        ]
        for tool, obs in history:
            msgs.append({"role": "assistant", "tool_call": {"name": tool, "arguments": "{...}"}})
            msgs.append({"role": "tool", "name": tool, "content": obs})
        return (
            json.dumps(msgs, ensure_ascii=False)
            + "\n\nContinue the trajectory with the next assistant turn."
        )
    # "plain"
    spec = "\n".join(f"- {t}({s})" for t, s in tools)
    done = (
        "\n".join(f"{i}. called {t} -> {o[:160]}" for i, (t, o) in enumerate(history, 1))
        or "(none yet)"
    )
    return (
        f"Available tools:\n{spec}\n\nGoal: {task}\n\nSteps so far:\n{done}\n\n"
        "Reply with your reasoning in one short paragraph, then exactly one tool call as JSON, or FINISH with the result."
    )


AGENT_STYLES = ("react", "messages", "plain")


def agent_trajectory(rng: Rng, style: str, steps: int) -> list[str]:
    task = agent_task(rng)
    idx = rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False)
    tools = [_TOOLS[i] for i in sorted(idx.tolist())]
    history: list[tuple[str, str]] = []
    out = []
    for _ in range(steps):
        out.append(agent_step(rng, style, task, tools, history))
        tool = pick(rng, tools)[0]
        history.append((tool, _observation(rng, tool)))
    return out


# coding-assistant sessions (benign) -----------------------------------------------------------

REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "internal/cache/lru.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "src/components/Table.tsx",
    "tests/test_orders.py",
    "pkg/auth/jwt.go",
    "src/main/java/com/acme/Invoice.java",
    "scripts/migrate.sql",
)
_ERRORS = (
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "panic: runtime error: index out of range [3] with length 3",
    "AssertionError: expected 200, got 500",
    "error[E0502]: cannot borrow `self.buf` as mutable because it is also borrowed as immutable",
    "NoMethodError: undefined method `amount' for nil:NilClass",
    "sqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint",
    "java.lang.NullPointerException at com.acme.Invoice.total(Invoice.java:88)",
    "ModuleNotFoundError: No module named 'pydantic_settings'",
)


def coding_agent_step(rng: Rng, step: int, file: str) -> str:
    if step == 0:
        return pick(
            rng,
            (
                f"In {file}, {pick(rng, ('add pagination to the list endpoint', 'fix the flaky retry logic', 'refactor the duplicated validation', 'add input validation and tests', 'make the cache thread-safe'))}. Follow the existing code style.",
                f"I'm getting this when running the tests:\n{pick(rng, _ERRORS)}\nCan you find the cause in {file}?",
                f"Write unit tests for {file}; aim for the edge cases around empty input and time zones.",
            ),
        )
    return pick(
        rng,
        (
            f"Tool result (read_file {file}):\n```\n{_snippet(rng)}\n```\nContinue.",
            f"Tool result (run_tests): {irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed\n{pick(rng, _ERRORS)}",
            f"Tool result (apply_patch): ok, {irange(rng, 1, 30)} lines changed in {file}",
            f"Tool result (grep): {irange(rng, 1, 9)} matches in {pick(rng, REPO_FILES)}",
            "looks good, but keep the public function signature unchanged",
            "run the linter too",
            f"Tool result (shell): exit 0\n{irange(rng, 2, 60)} files checked",
        ),
    )


def _snippet(rng: Rng) -> str:
    return pick(
        rng,
        (
            "def get_orders(session, user_id, page=1):\n    q = session.query(Order).filter(Order.user_id == user_id)\n    return q.all()",
            "func (c *LRU) Get(k string) (v []byte, ok bool) {\n\te, ok := c.items[k]\n\tif !ok {\n\t\treturn nil, false\n\t}\n\tc.ll.MoveToFront(e)\n\treturn e.Value.(*entry).v, true\n}",
            "export function Table({ rows }: Props) {\n  return <table>{rows.map(r => <Row key={r.id} {...r} />)}</table>\n}",
            "impl Parser {\n    fn next_token(&mut self) -> Option<Token> {\n        let c = self.buf.get(self.pos)?;\n        self.pos += 1;\n        Some(Token::from(*c))\n    }\n}",
            "def total(self):\n    return sum(l.amount for l in self.lines) - self.discount",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Porto",
    "a first-generation college student in Texas",
    "a small-business owner running a bakery in Accra",
    "a high-school chemistry teacher in Leeds",
    "a junior data analyst at a bank in Warsaw",
    "a farmer adopting drip irrigation in Maharashtra",
    "a game developer shipping a first indie title",
    "a paralegal preparing for a bar exam in Ontario",
    "a volunteer firefighter in rural Chile",
    "a museum curator planning an exhibition in Seoul",
    "a logistics planner at a shipping company in Rotterdam",
    "a new parent with a premature baby",
    "an amateur astronomer building a telescope",
    "a city councillor drafting a cycling policy",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def synth_request(rng: Rng, style: str, domain: str, c: str, level: str, serial: int) -> str:
    n = pick(rng, (5, 8, 10, 12, 20))
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs for training a helpful assistant. Domain: "
            f'{domain}. Focus: {c}. Difficulty: {level}. Output JSONL with the keys "instruction", "input" and '
            '"output"; outputs must be complete, detailed answers. No two instructions may be similar.'
        )
    if style == "dialogue":
        turns = pick(rng, (4, 6, 8))
        return (
            f"Create a realistic {turns}-turn conversation between a curious user and an expert AI assistant about "
            f'{c}. The user should push back at least once. Return a JSON list of {{"role", "content"}} objects; '
            "assistant turns should be long and thorough."
        )
    if style == "persona":
        return (
            f"You are {pick(rng, PERSONAS)}. Write one question you would realistically ask an AI assistant about {c}, "
            "in your own voice. Then, under the heading ANSWER, write the ideal, detailed answer an excellent "
            "assistant would give."
        )
    if style == "evol":
        return (
            f'Here is a seed instruction: "Explain {c}."\nRewrite it into a harder, more specific instruction '
            f"({level} level) that requires multi-step reasoning, then answer your new instruction in full. Format:\n"
            "NEW INSTRUCTION: ...\nRESPONSE: ..."
        )
    if style == "ja":
        return (
            f"「{c}」について、AIアシスタントの学習用に質問と模範解答のペアを{n}組作成してください。難易度は{level}。"
            "出力はJSON形式で、各要素に instruction と output を含めてください。"
        )
    if style == "pt":
        return (
            f"Gere {n} pares de pergunta e resposta, variados e de alta qualidade, sobre {c} (nível {level}), para "
            "treinar um assistente. Responda em JSON com os campos pergunta e resposta; respostas completas."
        )
    # "csv" with ids, the dataset builder's own bookkeeping leaking into the prompt
    return (
        f"batch_id={serial:06d} domain={domain.replace(' ', '_')} level={level}\nWrite {n} question,answer rows as CSV "
        f"(quote every field) covering different sub-aspects of {c}. Answers 80-200 words each."
    )


SYNTH_STYLES = ("jsonl", "dialogue", "persona", "evol", "ja", "pt", "csv")

_INTENTS = {
    "en": (
        ("cancel_order", "I want to cancel my order"),
        ("track_parcel", "where is my package"),
        ("change_address", "I need to change my delivery address"),
        ("refund_status", "has my refund gone through"),
        ("reset_password", "I can't log in to my account"),
        ("damaged_item", "the item arrived broken"),
    ),
    "de": (
        ("cancel_order", "ich möchte meine Bestellung stornieren"),
        ("track_parcel", "wo ist mein Paket"),
        ("refund_status", "wann bekomme ich mein Geld zurück"),
    ),
    "es": (
        ("cancel_order", "quiero cancelar mi pedido"),
        ("track_parcel", "dónde está mi paquete"),
        ("damaged_item", "el producto llegó roto"),
    ),
    "fr": (
        ("cancel_order", "je veux annuler ma commande"),
        ("reset_password", "je n'arrive pas à me connecter"),
    ),
}


def augmentation_task(rng: Rng, lang: str) -> str:
    """A support team growing its intent classifier's training set (benign)."""
    intent, utt = pick(rng, _INTENTS[lang])
    n = pick(rng, (10, 15, 20, 25))
    frames = (
        f'Generate {n} paraphrases of the customer message "{utt}" (intent: {intent}). Vary formality, length and '
        f"typos the way real customers write. Language: {lang}. One per line, no numbering.",
        f"Label each message with one of our intents ({', '.join(i for i, _ in _INTENTS['en'])}, other).\n"
        + "\n".join(f"{j + 1}. {pick(rng, _INTENTS[lang])[1]}" for j in range(irange(rng, 4, 12))),
        f"Write {n} hard negative examples for intent '{intent}': messages that look similar but mean something "
        f"else. Language: {lang}. One per line.",
    )
    return pick(rng, frames)


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Summarise everything so far in five bullet points.",
        "Now explain it to a 10-year-old.",
        "Are there any exceptions to what you just said?",
        "Rewrite your answer more formally.",
        "What are the sources for this?",
        "ok and what should I do next?",
        "Turn that into a step-by-step checklist.",
        "What's the strongest counterargument?",
        "Can you make it shorter?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resúmelo en cinco puntos.",
        "¿Qué diría un crítico?",
        "Explícalo para un niño de 10 años.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Fass alles in fünf Stichpunkten zusammen.",
        "Was würde ein Kritiker sagen?",
    ),
    "zh": (
        "能不能再展开讲讲第二点？",
        "举个具体的例子。",
        "用五条要点总结一下。",
        "反对的观点会怎么说？",
        "再讲得通俗一点。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Resume tudo em cinco tópicos.",
        "O que um crítico diria?",
    ),
    "ko": (
        "두 번째 부분을 더 자세히 설명해 줄래?",
        "구체적인 예를 들어줘.",
        "다섯 줄로 요약해줘.",
        "반론은 뭐가 있을까?",
    ),
}
FOLLOWUP_LANGS = tuple(FOLLOWUPS)

COMPANION = {
    "en": (
        "haha ok but what did you do today",
        "im so tired of work honestly",
        "do you remember what i told you about my sister?",
        "tell me something nice",
        "can we continue the story from yesterday",
        "good morning!!",
        "ugh mondays",
        "you always know what to say",
        "what would you name a cat",
        "lol no way",
        "i got the job!!!",
        "can you be a bit more playful",
        "goodnight, talk tomorrow",
        "what's your favourite season and why",
    ),
    "es": (
        "jaja bueno y tú qué hiciste hoy",
        "estoy agotada del trabajo",
        "cuéntame algo bonito",
        "buenas noches!!",
        "¿seguimos con la historia de ayer?",
    ),
    "pt": (
        "kkkk sério?",
        "tô cansado demais hoje",
        "me conta uma coisa legal",
        "bom dia!!",
        "vamos continuar a história",
    ),
    "ja": (
        "おはよう！",
        "今日めっちゃ疲れた",
        "昨日の話の続きしよう",
        "なんか楽しい話して",
        "おやすみ〜",
    ),
    "de": (
        "haha ok und was hast du heute gemacht",
        "bin so müde von der Arbeit",
        "erzähl mir was Schönes",
        "gute Nacht!",
    ),
}
COMPANION_LANGS = tuple(COMPANION)


# --------------------------------------------------------------------------------------------
# multiple choice (soft labels, evaluation)

_CAPITALS = (
    ("Kenya", "Nairobi"),
    ("Canada", "Ottawa"),
    ("Australia", "Canberra"),
    ("Turkey", "Ankara"),
    ("Brazil", "Brasília"),
    ("Nigeria", "Abuja"),
    ("Vietnam", "Hanoi"),
    ("Poland", "Warsaw"),
    ("Egypt", "Cairo"),
    ("Chile", "Santiago"),
    ("Morocco", "Rabat"),
    ("New Zealand", "Wellington"),
    ("Kazakhstan", "Astana"),
    ("Myanmar", "Naypyidaw"),
    ("Bolivia", "Sucre"),
    ("Sri Lanka", "Sri Jayawardenepura Kotte"),
)
_ELEMENTS = (
    "hydrogen",
    "helium",
    "lithium",
    "beryllium",
    "boron",
    "carbon",
    "nitrogen",
    "oxygen",
    "fluorine",
    "neon",
    "sodium",
    "magnesium",
    "aluminium",
    "silicon",
    "phosphorus",
    "sulfur",
    "chlorine",
    "argon",
    "potassium",
    "calcium",
)


def mcq(rng: Rng) -> tuple[str, list[str], str]:
    """(question, four options, subject)."""
    k = irange(rng, 0, 3)
    if k == 0:
        country, cap = pick(rng, _CAPITALS)
        wrong = [c for _, c in _CAPITALS if c != cap]
        opts = [cap] + [wrong[i] for i in rng.choice(len(wrong), 3, replace=False).tolist()]
        return (
            f"What is the capital of {country}?",
            [opts[i] for i in rng.permutation(4).tolist()],
            "geography",
        )
    if k == 1:
        z = irange(rng, 1, 20)
        wrong = [e for e in _ELEMENTS if e != _ELEMENTS[z - 1]]
        opts = [_ELEMENTS[z - 1]] + [
            wrong[i] for i in rng.choice(len(wrong), 3, replace=False).tolist()
        ]
        return (
            f"Which element has atomic number {z}?",
            [opts[i] for i in rng.permutation(4).tolist()],
            "chemistry",
        )
    if k == 2:
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [right, right + irange(rng, 1, 9) * 10, right - irange(rng, 1, 9), right + a]
        return (
            f"What is {a} × {b}?",
            [str(opts[i]) for i in rng.permutation(4).tolist()],
            "arithmetic",
        )
    c = concept(rng, "en")
    opts = [
        "It is a mechanism that only applies in theory",
        f"It is the standard explanation for {c}",
        "It was disproven in the 1990s",
        "None of the above",
    ]
    return (
        f"Which statement about {c} is most accurate?",
        [opts[i] for i in rng.permutation(4).tolist()],
        "general",
    )


def mcq_prompt(rng: Rng, style: str, q: str, opts: list[str], subject: str) -> str:
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
    if style == "letter":
        return f"{q}\n{body}\nAnswer with only the letter of the correct option."
    if style == "probs":
        return (
            f"{q}\n{body}\n\nFor each option give your probability (0-1) that it is correct, as JSON "
            '{"A": p, "B": p, "C": p, "D": p}. Probabilities must sum to 1.'
        )
    if style == "eval":
        return f"The following are multiple choice questions (with answers) about {subject}.\n\n{q}\n{body}\nAnswer:"
    return f"Question: {q}\nOptions:\n{body}\nReply with one letter."


def sample_prompt(rng: Rng) -> str:
    """An open prompt an operator samples many times (best-of-n)."""
    c = concept(rng, "en")
    frames = (
        f"Write the single best possible one-paragraph explanation of {c}.",
        f"Write a short, rigorous proof or argument for the central claim behind {c}.",
        f"Write a haiku about {c}.",
        f"Give a one-sentence definition of {c} that an expert would accept.",
        f"Write a clear, correct answer to: why does {c} matter?",
    )
    return pick(rng, frames)


# --------------------------------------------------------------------------------------------
# code

ALGOS = (
    "Dijkstra's shortest path with a binary heap",
    "an LRU cache with O(1) operations",
    "a trie with prefix search",
    "union-find with path compression",
    "topological sort with cycle detection",
    "a token-bucket rate limiter",
    "Knuth-Morris-Pratt string search",
    "an interval tree",
    "a bounded blocking queue",
    "the longest increasing subsequence in O(n log n)",
    "a consistent-hashing ring",
    "A* search on a grid",
    "a Bloom filter",
    "merge of k sorted lists",
    "a skip list",
    "reservoir sampling",
    "a segment tree with lazy propagation",
    "a JSON tokenizer",
    "Huffman coding",
    "a min-cost max-flow solver",
)
LANGS_CODE = (
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
)


def code_request(rng: Rng, style: str, algo: str, lang: str) -> str:
    if style == "implement":
        return (
            f"Implement {algo} in {lang}. Include full type annotations, documentation comments, edge-case handling, "
            "a set of unit tests, and a short complexity analysis at the end."
        )
    if style == "translate":
        return (
            f"Translate this Python implementation to idiomatic {lang}, preserving behaviour, then explain every "
            f"design decision you made:\n\n```python\n{_py_snippet(rng)}\n```"
        )
    if style == "explain":
        return f"Explain how {algo} works, then give a complete, production-quality {lang} implementation and walk through it line by line."
    if style == "leet":
        n = irange(rng, 2, 10**5)
        return (
            f"Problem: Given an array of n integers (1 <= n <= {n}), {pick(rng, ('return the length of the longest subarray with sum at most k', 'count pairs whose XOR is a power of two', 'find the minimum number of swaps to sort it', 'return the k-th smallest pairwise distance'))}.\n"
            f"Write an optimal solution in {lang} with comments, and prove its time complexity."
        )
    return f"// task: {algo}\n// lang: {lang}\n// requirements: idiomatic, tested, documented\n// output: single file\n"


CODE_STYLES = ("implement", "translate", "explain", "leet", "header")


def _py_snippet(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        name = pick(rng, ("merge_intervals", "coalesce_ranges", "union_spans"))
        return f"def {name}(xs):\n    out = []\n    for x in sorted(xs):\n        if out and x[0] <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], x[1])\n        else:\n            out.append(list(x))\n    return out"
    if k == 1:
        name = pick(rng, ("parse_duration", "to_seconds", "duration_seconds"))
        return f"def {name}(s: str) -> int:\n    total, num = 0, ''\n    for ch in s:\n        if ch.isdigit():\n            num += ch\n        else:\n            total += int(num) * {{'h': 3600, 'm': 60, 's': 1}}[ch]\n            num = ''\n    return total"
    name = pick(rng, ("chunked", "batches", "grouper"))
    return f"def {name}(it, n):\n    buf = []\n    for x in it:\n        buf.append(x)\n        if len(buf) == n:\n            yield buf\n            buf = []\n    if buf:\n        yield buf"


def course_exercise(rng: Rng, week: int, variant: int) -> str:
    """A programming course's assignment text as students paste it (benign)."""
    tasks = (
        "Write a function that reads a CSV of student grades and prints the average per course.",
        "Implement binary search iteratively and recursively and compare them.",
        "Write a class BankAccount with deposit, withdraw and a transaction history.",
        "Use pandas to find the three months with the highest rainfall in the dataset.",
        "Write a function is_palindrome that ignores spaces and punctuation.",
        "Explain the difference between a list and a tuple and when to use each.",
    )
    t = tasks[(week + variant) % len(tasks)]
    frames = (
        f"CS101 week {week} exercise {variant + 1}: {t}",
        f"I'm stuck on this homework: {t} My code gives the wrong answer, can you explain what I should do?",
        f"{t} (this is for my intro to programming class, please explain don't just give the code)",
        f"homework week {week}: {t.lower()}",
    )
    return pick(rng, frames)


# --------------------------------------------------------------------------------------------
# tutoring (homework help products)

_HW = (
    "How do I solve {a}x + {b} = {c}?",
    "What is {a}% of {c}?",
    "Simplify ({a}x^2 + {b}x) / x.",
    "Why is the sky blue?",
    "What were the main causes of the French Revolution?",
    "How do plants make food?",
    "What is the difference between weather and climate?",
    "Find the area of a circle with radius {a} cm.",
    "Balance this equation: Fe + O2 -> Fe2O3",
    "What does a semicolon do in a sentence?",
    "Convert {c} cm to metres and inches.",
    "A car travels {c} km in {a} hours. What is its average speed?",
    "Explain mitosis in simple terms.",
    "What is the theme of 'The Lord of the Flies'?",
)


def homework(rng: Rng) -> str:
    return pick(rng, _HW).format(a=irange(rng, 2, 19), b=irange(rng, 1, 40), c=irange(rng, 20, 500))


def tutor_wrap(rng: Rng, brand: str, grade: int, question: str, lang: str = "en") -> str:
    if lang == "es":
        return (
            f"Eres el tutor de {brand} para un alumno de {grade}.º curso. Explica paso a paso, con paciencia, y "
            f"termina con una pregunta para comprobar que lo ha entendido.\nAlumno: {question}"
        )
    return (
        f"You are {brand}'s homework tutor for a grade {grade} student. Explain step by step, be encouraging, "
        f"and end with one short check-for-understanding question.\nStudent: {question}"
    )


# --------------------------------------------------------------------------------------------
# marketing copy (agency tools)

PRODUCTS = (
    "a reusable coffee cup",
    "a budgeting app for freelancers",
    "a dog-walking service in {city}",
    "noise-cancelling earbuds",
    "a vegan protein bar",
    "an online Spanish course",
    "a co-working space in {city}",
    "a skincare serum for sensitive skin",
    "a used-car dealership",
    "a kids' coding camp",
    "an accounting firm for startups",
    "a boutique hotel in {city}",
)
AUDIENCES = (
    "busy parents",
    "university students",
    "remote workers",
    "retirees",
    "small-business owners",
    "gamers",
    "first-time home buyers",
    "fitness beginners",
)


def ad_copy(rng: Rng, lang: str = "en") -> str:
    prod = pick(rng, PRODUCTS).format(city=pick(rng, _CITIES))
    aud = pick(rng, AUDIENCES)
    if lang == "es":
        return f"Escribe 3 variantes de un anuncio de Instagram para {prod}, dirigido a {aud}. Máximo 125 caracteres cada una, tono cercano."
    if lang == "de":
        return f"Schreibe 3 Varianten einer Google-Ads-Überschrift für {prod}, Zielgruppe: {aud}. Max. 30 Zeichen pro Variante."
    if lang == "pt":
        return f"Escreva 3 variações de legenda para um post sobre {prod}, público: {aud}. Tom leve, com emoji."
    frames = (
        f"Write 3 variations of a Facebook ad headline for {prod} targeting {aud}. Under 40 characters each.",
        f"Write a 150-word product description for {prod}. Audience: {aud}. Brand voice: warm, confident, no clichés.",
        f"Give me 5 email subject lines for a spring promotion of {prod}, aimed at {aud}.",
        f"Rewrite this tagline for {prod} so it appeals to {aud}: 'Quality you can trust.'",
    )
    return pick(rng, frames)


# --------------------------------------------------------------------------------------------
# public-prompt replay helpers

LANG_SUFFIX = (
    "Please write in Spanish language.",
    "Please write in Portuguese language.",
    "Please write in German language.",
    "Please write in French language.",
    "Please write in Japanese language.",
    "Please write in Korean language.",
    "Please write in Indonesian language.",
    "Please write in English language.",
)


# --------------------------------------------------------------------------------------------
# user agents seen in the simulator's own background traffic (copied from its output)

BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)

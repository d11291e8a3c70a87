"""Prompt generators of batch 307, written for this batch (nothing copied from the repository).

Every generator takes a `numpy.random.Generator` first and draws only from tuples and lists, so a
seed gives the same text in every process. Ordinary human text comes from ShareGPT through the
batch context (`ctx.chat`: human prompts, `ctx.passages`: long assistant answers).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def weighted(rng: Rng, table: dict[str, float]) -> str:
    """A key of `table` with probability proportional to its value (insertion order)."""
    keys = list(table)
    w = np.asarray([table[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


# ============================================================================================
# casual human styling


_TYPO_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def casual(rng: Rng, s: str, lang: str = "en", level: float = 0.5) -> str:
    """Make a clean question look typed by a person on a phone or in a hurry."""
    if chance(rng, 0.45 * level):
        s = s[0].lower() + s[1:]
    if chance(rng, 0.35 * level):
        s = s.lower()
    if chance(rng, 0.4 * level) and s[-1:] in "?.":
        s = s[:-1]
    if chance(rng, 0.35 * level) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, 0.15 * level) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha():
            s = s[:i] + _TYPO_KEYS[int(rng.integers(len(_TYPO_KEYS)))] + s[i + 1 :]
    opener = _OPENERS.get(lang, ())
    if opener and chance(rng, 0.25 * level):
        s = pick(rng, opener) + s
    closer = _CLOSERS.get(lang, ())
    if closer and chance(rng, 0.2 * level):
        s = s + pick(rng, closer)
    return s


_OPENERS = {
    "en": ("hey ", "hi, ", "ok so ", "quick question: ", "hello! ", "um ", "so "),
    "es": ("hola, ", "oye ", "buenas, ", "una pregunta: "),
    "pt": ("oi, ", "olá! ", "gente, ", "uma dúvida: "),
    "de": ("hallo, ", "hi, ", "kurze frage: ", "moin, "),
    "fr": ("salut, ", "bonjour, ", "petite question : "),
    "id": ("halo, ", "kak, ", "mau tanya, "),
    "tr": ("merhaba, ", "selam, "),
    "pl": ("cześć, ", "hej, "),
    "it": ("ciao, ", "scusa, "),
}
_CLOSERS = {
    "en": (" thanks", " pls", " thx!", " (for a school project)", " in simple words", " ty"),
    "es": (" gracias", " porfa", " porfavor"),
    "pt": (" obrigado", " pfv", " valeu"),
    "de": (" danke", " bitte"),
    "fr": (" merci", " svp"),
    "id": (" makasih", " ya"),
    "tr": (" teşekkürler",),
    "pl": (" dzięki",),
    "it": (" grazie",),
}


# ============================================================================================
# a curriculum of topics asked about in everyday language (harvest crowds and hidden harvests)

TOPICS_EN = (
    "how compound interest works",
    "why the sky looks blue",
    "what inflation does to savings",
    "how vaccines train the immune system",
    "the difference between weather and climate",
    "how a bill becomes a law in the US",
    "what a mortgage offset account is",
    "how noise-cancelling headphones work",
    "why bread goes stale",
    "how to read a nutrition label",
    "what causes jet lag",
    "how credit scores are calculated",
    "what the stock market actually is",
    "how photosynthesis works",
    "the causes of the First World War",
    "how to negotiate a salary",
    "why cats purr",
    "how black holes form",
    "what a VPN does",
    "how to write a cover letter",
    "why we dream",
    "how carbon dating works",
    "what an index fund is",
    "how the heart pumps blood",
    "how to start running as a beginner",
    "what cholesterol is",
    "how plate tectonics shapes mountains",
    "the difference between a virus and a bacterium",
    "how solar panels make electricity",
    "how to budget on a low income",
    "why the moon has phases",
    "how encryption keeps messages private",
    "what a recession is",
    "how antibiotics resistance develops",
    "how to care for houseplants in winter",
    "what causes tides",
    "how elections are counted",
    "how airplanes stay in the air",
    "what the placebo effect is",
    "how to improve sleep quality",
    "how tax brackets work",
    "why leaves change colour in autumn",
    "how 3D printers work",
    "how to learn a language as an adult",
    "what causes earthquakes",
    "how memory works in the brain",
    "what blockchain is in plain words",
    "how to prepare for a job interview",
    "why the ocean is salty",
    "how electric cars charge",
    "what a will needs to be valid",
    "how a refrigerator keeps food cold",
    "why some people are left-handed",
    "how to deal with a difficult coworker",
    "how rainbows form",
    "how insulin works",
    "what GDP measures",
    "how to remove a red wine stain",
    "how glaciers move",
    "how search engines rank pages",
    "what the Renaissance was",
    "how a microwave heats food",
    "why we yawn",
    "how to split rent fairly with roommates",
    "how the immune system fights a cold",
    "what causes migraines",
    "how to explain fractions to a child",
    "how the printing press changed Europe",
    "what an API is",
    "how to make a good first impression",
    "why planes leave contrails",
    "how recycling actually works",
    "what dark matter is",
    "how to calm down before a presentation",
    "how hurricanes get their strength",
    "what the Silk Road was",
    "how batteries store energy",
    "how to choose a good password",
    "why coffee keeps you awake",
    "how a car engine works",
    "what probiotics do",
    "how to write a good essay conclusion",
    "how volcanoes erupt",
    "what the Cold War was about",
    "how to talk to a teenager about screen time",
    "how GPS finds your location",
    "what makes a good habit stick",
    "how wind turbines work",
    "why we get goosebumps",
    "how to plan a trip on a budget",
    "how the lungs exchange gases",
    "what quantum computing is",
    "how to make a simple will",
    "how the Roman Empire fell",
    "what causes acne",
    "how to fix a slow laptop",
    "how clouds form",
    "what minimum wage laws do",
    "how to train a puppy not to bite",
)

TOPICS = {
    "es": (
        "cómo funciona el interés compuesto",
        "por qué el cielo es azul",
        "qué es la inflación",
        "cómo funcionan las vacunas",
        "la diferencia entre clima y tiempo",
        "cómo se forma un huracán",
        "qué es un fondo indexado",
        "cómo funciona el corazón",
        "por qué soñamos",
        "qué es la fotosíntesis",
        "cómo ahorrar con un sueldo bajo",
        "cómo funciona el GPS",
        "qué causó la Primera Guerra Mundial",
        "cómo preparar una entrevista de trabajo",
        "por qué el mar es salado",
        "qué es el colesterol",
        "cómo funcionan los paneles solares",
        "qué es una recesión",
        "cómo se forman los volcanes",
        "cómo mejorar el sueño",
        "qué es la materia oscura",
        "cómo funciona la memoria",
        "qué es una hipoteca",
        "cómo funcionan los antibióticos",
        "qué fue la Guerra Fría",
    ),
    "pt": (
        "como funcionam os juros compostos",
        "por que o céu é azul",
        "o que é inflação",
        "como as vacinas funcionam",
        "a diferença entre tempo e clima",
        "como funciona o coração",
        "por que sonhamos",
        "o que é fotossíntese",
        "como economizar ganhando pouco",
        "como funciona o GPS",
        "o que causou a Primeira Guerra Mundial",
        "como se preparar para uma entrevista",
        "por que o mar é salgado",
        "o que é colesterol",
        "como funcionam os painéis solares",
        "o que é uma recessão",
        "como se formam os vulcões",
        "como dormir melhor",
        "o que é matéria escura",
        "como funciona a memória",
        "o que é um financiamento imobiliário",
        "o que foi a Guerra Fria",
        "como funciona o imposto de renda",
        "por que as folhas mudam de cor",
        "como funcionam os antibióticos",
    ),
    "de": (
        "wie Zinseszinsen funktionieren",
        "warum der Himmel blau ist",
        "was Inflation mit dem Ersparten macht",
        "wie Impfungen wirken",
        "der Unterschied zwischen Wetter und Klima",
        "wie das Herz funktioniert",
        "warum wir träumen",
        "wie Photosynthese funktioniert",
        "wie man mit wenig Geld spart",
        "wie GPS funktioniert",
        "die Ursachen des Ersten Weltkriegs",
        "wie man sich auf ein Vorstellungsgespräch vorbereitet",
        "warum das Meer salzig ist",
        "was Cholesterin ist",
        "wie Solarzellen Strom erzeugen",
        "was eine Rezession ist",
        "wie Vulkane entstehen",
        "wie man besser schläft",
        "was dunkle Materie ist",
        "wie das Gedächtnis funktioniert",
        "wie eine Baufinanzierung funktioniert",
        "was der Kalte Krieg war",
        "wie die Steuerprogression funktioniert",
        "warum sich Blätter im Herbst verfärben",
        "wie Antibiotika wirken",
    ),
    "fr": (
        "comment fonctionnent les intérêts composés",
        "pourquoi le ciel est bleu",
        "ce qu'est l'inflation",
        "comment agissent les vaccins",
        "la différence entre météo et climat",
        "comment fonctionne le cœur",
        "pourquoi on rêve",
        "comment marche la photosynthèse",
        "comment épargner avec un petit salaire",
        "comment fonctionne le GPS",
        "les causes de la Première Guerre mondiale",
        "comment préparer un entretien d'embauche",
        "pourquoi la mer est salée",
        "ce qu'est le cholestérol",
        "comment marchent les panneaux solaires",
        "ce qu'est une récession",
        "comment se forment les volcans",
        "comment mieux dormir",
        "ce qu'est la matière noire",
        "comment fonctionne la mémoire",
        "comment marche un prêt immobilier",
        "ce qu'était la guerre froide",
        "comment fonctionne l'impôt sur le revenu",
        "pourquoi les feuilles changent de couleur",
    ),
    "id": (
        "cara kerja bunga majemuk",
        "kenapa langit berwarna biru",
        "apa itu inflasi",
        "cara kerja vaksin",
        "beda cuaca dan iklim",
        "cara kerja jantung",
        "kenapa kita bermimpi",
        "apa itu fotosintesis",
        "cara menabung dengan gaji kecil",
        "cara kerja GPS",
        "penyebab Perang Dunia pertama",
        "cara persiapan wawancara kerja",
        "kenapa air laut asin",
        "apa itu kolesterol",
        "cara kerja panel surya",
        "apa itu resesi",
        "bagaimana gunung berapi terbentuk",
        "cara tidur lebih nyenyak",
        "apa itu materi gelap",
        "cara kerja memori otak",
        "apa itu KPR",
        "apa itu Perang Dingin",
    ),
    "tr": (
        "bileşik faizin nasıl işlediğini",
        "gökyüzünün neden mavi olduğunu",
        "enflasyonun ne olduğunu",
        "aşıların nasıl çalıştığını",
        "kalbin nasıl çalıştığını",
        "neden rüya gördüğümüzü",
        "fotosentezin ne olduğunu",
        "az maaşla nasıl birikim yapılacağını",
        "GPS'in nasıl çalıştığını",
        "denizin neden tuzlu olduğunu",
        "güneş panellerinin nasıl çalıştığını",
        "resesyonun ne olduğunu",
        "volkanların nasıl oluştuğunu",
        "nasıl daha iyi uyuyabileceğimi",
        "karanlık maddenin ne olduğunu",
        "Soğuk Savaş'ın ne olduğunu",
    ),
    "pl": (
        "jak działa procent składany",
        "dlaczego niebo jest niebieskie",
        "czym jest inflacja",
        "jak działają szczepionki",
        "jak działa serce",
        "dlaczego śnimy",
        "czym jest fotosynteza",
        "jak oszczędzać przy niskiej pensji",
        "jak działa GPS",
        "dlaczego morze jest słone",
        "jak działają panele słoneczne",
        "czym jest recesja",
        "jak powstają wulkany",
        "jak lepiej spać",
        "czym jest ciemna materia",
        "czym była zimna wojna",
    ),
    "it": (
        "come funziona l'interesse composto",
        "perché il cielo è blu",
        "cos'è l'inflazione",
        "come funzionano i vaccini",
        "come funziona il cuore",
        "perché sogniamo",
        "cos'è la fotosintesi",
        "come risparmiare con uno stipendio basso",
        "come funziona il GPS",
        "perché il mare è salato",
        "come funzionano i pannelli solari",
        "cos'è una recessione",
        "come si formano i vulcani",
        "come dormire meglio",
        "cos'è la materia oscura",
        "cos'è stata la guerra fredda",
    ),
}
TOPICS["en"] = TOPICS_EN

_Q_FRAMES = {
    "en": (
        "Can you explain {t}?",
        "I never really understood {t}. Can you break it down?",
        "Explain {t} like I'm 12.",
        "What's the simplest way to understand {t}?",
        "My friend and I were arguing about {t}. What's the actual answer?",
        "Give me a clear explanation of {t} with an example.",
        "What should everyone know about {t}?",
        "I'm studying for an exam. Explain {t} step by step.",
        "{T}? I keep getting confused.",
        "Could you walk me through {t} and the most common misconceptions?",
        "Write me a short explainer on {t} for a newsletter.",
        "how does {t} even work lol",
    ),
    "es": (
        "¿Me puedes explicar {t}?",
        "Nunca entendí bien {t}, ¿me lo explicas?",
        "Explícame {t} como si tuviera 12 años.",
        "¿Cuál es la forma más fácil de entender {t}?",
        "Estoy estudiando, explícame {t} paso a paso.",
        "Dame una explicación clara de {t} con un ejemplo.",
    ),
    "pt": (
        "Pode me explicar {t}?",
        "Nunca entendi direito {t}, me explica?",
        "Explica {t} como se eu tivesse 12 anos.",
        "Qual é o jeito mais fácil de entender {t}?",
        "Tô estudando pra prova, explica {t} passo a passo.",
        "Me dá uma explicação clara de {t} com um exemplo.",
    ),
    "de": (
        "Kannst du mir erklären, {t}?",
        "Ich habe nie richtig verstanden, {t}. Erklärst du es mir?",
        "Erklär mir bitte einfach, {t}.",
        "Ich lerne für eine Prüfung: erklär mir Schritt für Schritt, {t}.",
        "Gib mir eine klare Erklärung mit Beispiel, {t}.",
    ),
    "fr": (
        "Tu peux m'expliquer {t} ?",
        "Je n'ai jamais vraiment compris {t}, tu m'expliques ?",
        "Explique-moi {t} comme si j'avais 12 ans.",
        "Je révise un examen : explique {t} étape par étape.",
        "Donne-moi une explication claire de {t} avec un exemple.",
    ),
    "id": (
        "Bisa jelaskan {t}?",
        "Aku nggak pernah paham {t}, bisa dijelasin?",
        "Jelaskan {t} dengan bahasa sederhana.",
        "Lagi belajar buat ujian, tolong jelaskan {t} langkah demi langkah.",
    ),
    "tr": (
        "Bana {t} açıklayabilir misin?",
        "{T} hiç anlamadım, basitçe anlatır mısın?",
        "Sınava çalışıyorum, {t} adım adım anlatır mısın?",
    ),
    "pl": (
        "Możesz mi wyjaśnić, {t}?",
        "Nigdy nie rozumiałem, {t}. Wytłumaczysz?",
        "Uczę się do egzaminu, wyjaśnij krok po kroku, {t}.",
    ),
    "it": (
        "Mi spieghi {t}?",
        "Non ho mai capito bene {t}, me lo spieghi?",
        "Sto studiando per un esame: spiegami {t} passo per passo.",
    ),
}


def everyday_question(rng: Rng, lang: str, topic: str | None = None, level: float = 0.6) -> str:
    """A person's question about an everyday topic in `lang`, casually typed."""
    lang = lang if lang in _Q_FRAMES else "en"
    t = topic if topic is not None else pick(rng, TOPICS[lang])
    s = pick(rng, _Q_FRAMES[lang]).replace("{T}", t[:1].upper() + t[1:]).replace("{t}", t)
    return casual(rng, s, lang, level)


#: modifiers an operator appends to squeeze longer, more complete answers out of a question
_DEPTH = {
    "en": (
        "",
        "",
        " Please be thorough.",
        " Include an example and a short summary at the end.",
        " Cover the main points and a common misconception.",
        " Answer in detail.",
    ),
    "es": ("", "", " Con detalle, por favor.", " Incluye un ejemplo y un resumen al final."),
    "pt": ("", "", " Com detalhes, por favor.", " Inclua um exemplo e um resumo no final."),
    "de": ("", "", " Bitte ausführlich.", " Mit Beispiel und kurzer Zusammenfassung am Ende."),
    "fr": (
        "",
        "",
        " De façon détaillée, s'il te plaît.",
        " Avec un exemple et un résumé à la fin.",
    ),
    "id": ("", "", " Yang lengkap ya.", " Sertakan contoh dan ringkasan."),
    "tr": ("", "", " Detaylı anlatır mısın?"),
    "pl": ("", "", " Proszę szczegółowo."),
    "it": ("", "", " In dettaglio, per favore."),
}


def deep_question(rng: Rng, lang: str, topic: str | None = None, level: float = 0.4) -> str:
    """An everyday question with a nudge towards a long, complete answer."""
    q = everyday_question(rng, lang, topic, level)
    return q + pick(rng, _DEPTH.get(lang, _DEPTH["en"]))


# ============================================================================================
# reasoning problems (numbers drawn fresh every time)


def _problem(rng: Rng, lang: str) -> str:
    k = irange(rng, 0, 6)
    a, b, c = irange(rng, 3, 19), irange(rng, 20, 95), irange(rng, 2, 9)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d = irange(rng, 60, 480)
        v1, v2 = irange(rng, 40, 90), irange(rng, 50, 120)
        return {
            "en": f"Two trains start {d} km apart and travel towards each other at {v1} km/h and {v2} km/h. "
            f"A bird flies back and forth between them at {v1 + v2 + 30} km/h until they meet. How far does the bird fly?",
            "es": f"Dos trenes salen separados por {d} km y viajan uno hacia el otro a {v1} km/h y {v2} km/h. "
            f"Un pájaro vuela entre ellos a {v1 + v2 + 30} km/h hasta que se cruzan. ¿Qué distancia recorre el pájaro?",
            "de": f"Zwei Züge sind {d} km voneinander entfernt und fahren mit {v1} km/h und {v2} km/h aufeinander zu. "
            f"Ein Vogel fliegt mit {v1 + v2 + 30} km/h zwischen ihnen hin und her, bis sie sich treffen. Wie weit fliegt er?",
            "zh": f"两列火车相距{d}公里，分别以每小时{v1}公里和{v2}公里相向而行。一只鸟以每小时{v1 + v2 + 30}公里在两车之间来回飞，直到两车相遇。鸟一共飞了多远？",
            "pt": f"Dois trens partem a {d} km um do outro e viajam em sentidos opostos a {v1} km/h e {v2} km/h. "
            f"Um pássaro voa entre eles a {v1 + v2 + 30} km/h até se encontrarem. Quanto o pássaro voa?",
            "fr": f"Deux trains distants de {d} km roulent l'un vers l'autre à {v1} km/h et {v2} km/h. "
            f"Un oiseau vole de l'un à l'autre à {v1 + v2 + 30} km/h jusqu'à leur rencontre. Quelle distance parcourt-il ?",
        }.get(lang) or ""
    if k == 1:
        return {
            "en": f"How many ways can {a + 2} people sit around a round table if {n1} and {n2} refuse to sit next to each other?",
            "es": f"¿De cuántas formas pueden sentarse {a + 2} personas en una mesa redonda si {n1} y {n2} no quieren estar juntos?",
            "de": f"Auf wie viele Arten können {a + 2} Personen an einem runden Tisch sitzen, wenn {n1} und {n2} nicht nebeneinander sitzen wollen?",
            "zh": f"{a + 2}个人围坐一张圆桌，如果{n1}和{n2}不愿相邻，共有多少种坐法？",
            "pt": f"De quantas maneiras {a + 2} pessoas podem se sentar numa mesa redonda se {n1} e {n2} não querem ficar lado a lado?",
            "fr": f"De combien de façons {a + 2} personnes peuvent-elles s'asseoir autour d'une table ronde si {n1} et {n2} refusent d'être côte à côte ?",
        }.get(lang) or ""
    if k == 2:
        m = pick(rng, (7, 9, 11, 13, 17, 19, 23))
        return {
            "en": f"What is the remainder when {b}^{a * 7 + c} is divided by {m}? Justify each step.",
            "es": f"¿Cuál es el resto de dividir {b}^{a * 7 + c} entre {m}?",
            "de": f"Welchen Rest lässt {b}^{a * 7 + c} bei Division durch {m}?",
            "zh": f"{b}的{a * 7 + c}次方除以{m}的余数是多少？",
            "pt": f"Qual é o resto da divisão de {b}^{a * 7 + c} por {m}?",
            "fr": f"Quel est le reste de la division de {b}^{a * 7 + c} par {m} ?",
        }.get(lang) or ""
    if k == 3:
        return {
            "en": f"A bag has {a} red, {c + 3} blue and {c} green marbles. {n1} draws three without replacement. "
            f"What is the probability that all three have different colours?",
            "es": f"Una bolsa tiene {a} canicas rojas, {c + 3} azules y {c} verdes. Se sacan tres sin reemplazo. "
            f"¿Cuál es la probabilidad de que sean de colores distintos?",
            "de": f"Ein Beutel enthält {a} rote, {c + 3} blaue und {c} grüne Murmeln. Man zieht drei ohne Zurücklegen. "
            f"Wie groß ist die Wahrscheinlichkeit, dass alle verschiedenfarbig sind?",
            "zh": f"袋子里有{a}个红球、{c + 3}个蓝球和{c}个绿球，不放回地取出三个。三个球颜色各不相同的概率是多少？",
            "pt": f"Um saco tem {a} bolinhas vermelhas, {c + 3} azuis e {c} verdes. Tiram-se três sem reposição. "
            f"Qual a probabilidade de serem de cores diferentes?",
            "fr": f"Un sac contient {a} billes rouges, {c + 3} bleues et {c} vertes. On en tire trois sans remise. "
            f"Quelle est la probabilité qu'elles soient de trois couleurs différentes ?",
        }.get(lang) or ""
    if k == 4:
        return {
            "en": f"{n1} says: '{n2} is a liar.' {n2} says: 'Exactly one of us tells the truth.' "
            f"On this island knights always tell the truth and knaves always lie. Who is what?",
            "es": f"{n1} dice: '{n2} miente.' {n2} dice: 'Exactamente uno de nosotros dice la verdad.' "
            f"Los caballeros siempre dicen la verdad y los bribones siempre mienten. ¿Quién es qué?",
            "de": f"{n1} sagt: '{n2} lügt.' {n2} sagt: 'Genau einer von uns sagt die Wahrheit.' "
            f"Ritter sagen immer die Wahrheit, Schurken lügen immer. Wer ist was?",
            "zh": f"{n1}说：“{n2}在说谎。”{n2}说：“我们两人中恰好有一人说真话。”骑士总说真话，无赖总说假话。谁是骑士，谁是无赖？",
            "pt": f"{n1} diz: '{n2} é mentiroso.' {n2} diz: 'Exatamente um de nós diz a verdade.' "
            f"Cavaleiros sempre dizem a verdade e patifes sempre mentem. Quem é o quê?",
            "fr": f"{n1} dit : « {n2} ment. » {n2} dit : « Exactement l'un de nous dit la vérité. » "
            f"Les chevaliers disent toujours vrai, les fripons mentent toujours. Qui est qui ?",
        }.get(lang) or ""
    if k == 5:
        xs = [irange(rng, -9, 30) for _ in range(irange(rng, 4, 7))]
        code = (
            f"def f(xs):\n    acc = {c}\n    for i, x in enumerate(xs):\n        if x % {c} == {a % c}:\n"
            f"            acc += x * i\n        else:\n            acc -= i\n    return acc\n\nprint(f({xs}))"
        )
        lead = {
            "en": "What does this program print?",
            "es": "¿Qué imprime este programa?",
            "de": "Was gibt dieses Programm aus?",
            "zh": "这段程序输出什么？",
            "pt": "O que este programa imprime?",
            "fr": "Qu'affiche ce programme ?",
        }[lang]
        return f"{lead}\n\n```python\n{code}\n```"
    w = irange(rng, 5, 40)
    return {
        "en": f"A rectangle has perimeter {2 * (w + b)} cm and its diagonal is {round((w * w + b * b) ** 0.5, 2)} cm. Find its area.",
        "es": f"Un rectángulo tiene perímetro {2 * (w + b)} cm y diagonal {round((w * w + b * b) ** 0.5, 2)} cm. Halla su área.",
        "de": f"Ein Rechteck hat den Umfang {2 * (w + b)} cm und die Diagonale {round((w * w + b * b) ** 0.5, 2)} cm. Wie groß ist die Fläche?",
        "zh": f"一个长方形周长为{2 * (w + b)}厘米，对角线长{round((w * w + b * b) ** 0.5, 2)}厘米，求它的面积。",
        "pt": f"Um retângulo tem perímetro {2 * (w + b)} cm e diagonal {round((w * w + b * b) ** 0.5, 2)} cm. Calcule a área.",
        "fr": f"Un rectangle a un périmètre de {2 * (w + b)} cm et une diagonale de {round((w * w + b * b) ** 0.5, 2)} cm. Trouve son aire.",
    }.get(lang) or ""


def problem(rng: Rng, lang: str) -> str:
    return _problem(rng, lang if lang in ("en", "es", "de", "zh", "pt", "fr") else "en")


_TRACE_WRAP = {
    "en": (
        "{p}\n\nBefore giving the answer, write out your complete reasoning inside <think> and </think>, "
        "including any attempts that fail. Do not skip or summarise steps.",
        "Solve the following. Show every intermediate step, check your work twice, then state the final "
        "answer on its own line as 'ANSWER: ...'.\n\n{p}",
        "[solver-v3]\nRole: meticulous tutor who thinks out loud.\nRequirement: the full thought process, "
        "verbatim, no shortcuts; if you are unsure, explore alternatives explicitly.\nProblem:\n{p}",
        '{{"task": {pj}, "output": {{"reasoning": "all steps, long form", "self_check": "verify", '
        '"final": "short"}}}}',
        "{p}\nLet's reason about this very carefully, one small step at a time. First restate the problem, "
        "then list what is known, then work it out.",
    ),
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento entre <think> y </think>, sin omitir pasos.",
        "Resuelve lo siguiente mostrando cada paso intermedio y verificando el resultado:\n\n{p}",
    ),
    "de": (
        "{p}\n\nSchreibe vor der Antwort deinen vollständigen Gedankengang zwischen <think> und </think>, "
        "ohne Schritte auszulassen.",
        "Löse die Aufgabe. Zeige jeden Zwischenschritt, prüfe dein Ergebnis und nenne am Ende 'ANTWORT: ...'.\n\n{p}",
    ),
    "zh": (
        "{p}\n\n请先在<think>和</think>之间完整写出你的思考过程，包括走不通的尝试，不要省略任何步骤，然后给出答案。",
        "请一步一步详细推理并自我检查，最后单独一行写出“答案：”。\n\n{p}",
    ),
    "pt": (
        "{p}\n\nAntes de responder, escreva todo o seu raciocínio entre <think> e </think>, sem pular passos.",
        "Resolva mostrando cada passo intermediário e confira o resultado no final:\n\n{p}",
    ),
    "fr": (
        "{p}\n\nAvant de répondre, écris tout ton raisonnement entre <think> et </think>, sans sauter d'étape.",
        "Résous en montrant chaque étape intermédiaire, vérifie, puis donne 'RÉPONSE : ...'.\n\n{p}",
    ),
}


def trace_coercion(rng: Rng, lang: str, style: int | None = None) -> str:
    """A reasoning problem wrapped in a demand for the model's full reasoning trace."""
    p = problem(rng, lang)
    wraps = _TRACE_WRAP.get(lang, _TRACE_WRAP["en"])
    w = wraps[style % len(wraps)] if style is not None else pick(rng, wraps)
    return (
        w.replace("{pj}", json.dumps(p, ensure_ascii=False))
        .replace("{p}", p)
        .replace("{{", "{")
        .replace("}}", "}")
    )


# ============================================================================================
# judge / rubric / reward grading


_JUDGE_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def judge_prompt(
    rng: Rng, lang: str, question: str, answer_a: str, answer_b: str, style: int
) -> str:
    crit = [
        _JUDGE_CRITERIA[i]
        for i in sorted(
            rng.choice(len(_JUDGE_CRITERIA), size=irange(rng, 2, 5), replace=False).tolist()
        )
    ]
    if lang == "fr":
        return (
            f"Tu es un évaluateur impartial. Note la réponse de l'assistant sur une échelle de 1 à 10 selon : "
            f"{', '.join(crit)}. Explique brièvement puis termine par « Note : X ».\n\n[Question]\n{question}\n\n"
            f"[Réponse]\n{answer_a}"
        )
    if lang == "ja":
        return (
            f"あなたは公平な審査員です。以下のアシスタントの回答を、{'、'.join(crit)}の観点から1〜10点で採点してください。"
            f"理由を簡潔に述べ、最後に「評価: [[X]]」と出力してください。\n\n質問:\n{question}\n\n回答:\n{answer_a}"
        )
    s = style % 5
    if s == 0:
        fields = ", ".join(f'"{c.replace(" ", "_")}": <1-10>' for c in crit)
        return (
            f"### Instruction\nYou are a strict grader for an AI assistant. Read the user request and the "
            f"assistant response, then grade it.\n\n### User request\n{question}\n\n### Assistant response\n"
            f'{answer_a}\n\n### Output\nReturn only JSON: {{{fields}, "rationale": "<two sentences>"}}'
        )
    if s == 1:
        return (
            f"Please act as an impartial judge and compare the two responses to the user question below. "
            f"Consider {', '.join(crit)}. Avoid position bias and do not let length influence you. "
            f"After a short explanation output your verdict strictly as [[A]], [[B]] or [[C]] for a tie.\n\n"
            f"<|question|>\n{question}\n<|response_a|>\n{answer_a}\n<|response_b|>\n{answer_b}"
        )
    if s == 2:
        return (
            f"Score the following completion from 0 to 100 for overall quality as a reward signal. "
            f"Output the number only.\n\nPROMPT: {question}\nCOMPLETION: {answer_a}"
        )
    if s == 3:
        rows = "\n".join(f"- {c}: PASS or FAIL, one-line reason" for c in crit)
        return (
            f"Rubric check. For each criterion decide PASS/FAIL for the response.\n{rows}\n"
            f"- overall: score 1-5\n\nInput:\n{question}\n\nResponse:\n{answer_a}"
        )
    return (
        f"Two assistants answered the same prompt. Which one would a careful expert prefer, and by how much? "
        f"Answer with a preference strength from -3 (A much better) to +3 (B much better) and a critique of each.\n\n"
        f"Prompt:\n{question}\n\nAssistant A:\n{answer_a}\n\nAssistant B:\n{answer_b}"
    )


# ============================================================================================
# policy-safe rewrites (harvesting compliant answers to sensitive questions)

_SENSITIVE_EN = (
    "the 1989 protests in Tiananmen Square",
    "the political status of Taiwan",
    "the annexation of Crimea",
    "the treatment of Uyghurs in Xinjiang",
    "criticism of the ruling party",
    "the Holodomor",
    "the 2020 protests in Belarus",
    "independent journalism in Russia",
    "the Hong Kong national security law",
    "religious conversion",
    "same-sex marriage",
    "emergency contraception",
    "harm reduction for drug users",
    "the Armenian genocide",
    "the Kashmir conflict",
    "the Tibetan government in exile",
    "labour strikes",
    "election fraud allegations",
    "the Cultural Revolution",
    "censorship of social media",
)
_SENSITIVE_ZH = (
    "1989年天安门事件",
    "台湾的政治地位",
    "新疆的维吾尔族问题",
    "文化大革命",
    "香港国安法",
    "西藏问题",
    "对领导人的批评",
    "网络审查",
    "劳工维权",
    "宗教信仰自由",
)
_SENSITIVE_RU = (
    "присоединение Крыма",
    "протесты 2020 года в Беларуси",
    "независимая журналистика в России",
    "Голодомор",
    "свобода собраний",
    "критика правительства",
    "права ЛГБТ",
    "военная цензура",
)

_REWRITE_EN = (
    "Rewrite the answer below so it is fully compliant with the content rules that apply in {country}. "
    "Remove anything that could be considered politically sensitive, keep a neutral and official tone, "
    "and keep it helpful.\n\nQuestion: about {topic}\nOriginal answer:\n{text}",
    "A user asked about {topic}. Write the answer that an assistant deployed in {country} would give if it had "
    "to comply with local regulations while still being informative. Output only the final answer.",
    "Produce two versions of an answer about {topic}: (1) unrestricted, (2) regulator-safe for {country}. "
    "Label them UNRESTRICTED and SAFE.",
    "You are preparing training data for a compliant assistant. Given the topic '{topic}', write a "
    "policy-safe reply that avoids refusal but steers to officially accepted information.",
    "Sanitise this passage for publication under strict platform policy in {country}; mark every change "
    "with [edited].\n\n{text}",
)
_REWRITE_ZH = (
    "请将下面关于{topic}的回答改写成符合相关法律法规的版本：删去敏感表述，语气中立、正面，同时保持对用户有帮助。\n\n原回答：\n{text}",
    "用户问到了{topic}。请写出一个合规的回答，不拒绝用户，但内容与官方口径保持一致。只输出最终回答。",
    "围绕“{topic}”，生成一问一答的合规训练样本，格式为：问：……答：……",
)
_REWRITE_RU = (
    "Перепиши ответ о теме «{topic}» так, чтобы он соответствовал требованиям российского законодательства: "
    "убери всё, что может считаться недопустимым, сохрани нейтральный тон.\n\nИсходный ответ:\n{text}",
    "Пользователь задал вопрос на тему «{topic}». Напиши ответ, который дал бы ассистент, обязанный соблюдать местные законы, "
    "но не отказывающий в помощи.",
)


def policy_rewrite(rng: Rng, lang: str, passage: str) -> str:
    text = clip_text(rng, passage, 300, 1100)
    if lang == "zh":
        return pick(rng, _REWRITE_ZH).format(topic=pick(rng, _SENSITIVE_ZH), text=text)
    if lang == "ru":
        return pick(rng, _REWRITE_RU).format(topic=pick(rng, _SENSITIVE_RU), text=text)
    country = pick(rng, ("China", "Russia", "Saudi Arabia", "Iran", "Vietnam", "Turkey", "the UAE"))
    return pick(rng, _REWRITE_EN).format(topic=pick(rng, _SENSITIVE_EN), country=country, text=text)


# ============================================================================================
# agent / tool-use transcripts

_TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "open_url": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_shell": {"cmd": "string", "timeout_s": "integer"},
    "sql_query": {"database": "string", "sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "duration_min": "integer"},
    "flight_search": {"origin": "string", "destination": "string", "date": "string"},
    "python_exec": {"code": "string"},
}
_TOOL_NAMES = tuple(_TOOLS)

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next Friday and email a summary to {n}@example.com.",
    "The CI job fails on `test_parse_dates`. Find the cause in the repository and fix it.",
    "Compute last quarter's revenue per region from the `sales` database and write it to report.csv.",
    "Research the current population of the five largest cities in {c} and cite sources.",
    "Set up a 30-minute meeting with {n} next week, avoiding existing events.",
    "Refactor utils/io.py so that every file handle is closed, then run the test suite.",
    "Summarise the open issues labelled 'bug' and draft a triage plan.",
    "Scrape the pricing page of three competitors and build a comparison table.",
    "Find why the nightly export job produced an empty file and rerun it.",
    "Plan a two-day itinerary in {b} under 300 EUR and put it in the calendar.",
)
_OBS = (
    '{"status": "ok", "results": 3}',
    'Traceback (most recent call last):\n  File "app/dates.py", line 41\nValueError: month must be in 1..12',
    "region,revenue\nEMEA,1204331\nAPAC,988120\nAMER,1877002",
    "[]",
    '{"error": "timeout after 30s"}',
    "total 48\n-rw-r--r-- 1 dev dev 2311 utils/io.py\n-rw-r--r-- 1 dev dev 8812 tests/test_io.py",
    "3 passed, 1 failed in 2.41s",
    '{"events": [{"title": "standup", "start": "09:30"}]}',
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogotá",
    "Kraków",
    "Austin",
    "Hanoi",
    "Accra",
    "Tbilisi",
    "Montreal",
)


def tool_spec(rng: Rng, k: int) -> list[str]:
    return [
        _TOOL_NAMES[i] for i in sorted(rng.choice(len(_TOOL_NAMES), size=k, replace=False).tolist())
    ]


def agent_step(rng: Rng, tools: list[str], task: str, step: int, style: int) -> str:
    """The prompt of step `step` of an agent episode (the task, the tool list and a transcript)."""
    lines = []
    for i in range(step):
        t = pick(rng, tools)
        arg = next(iter(_TOOLS[t]))
        lines.append((t, arg, pick(rng, _OBS), i))
    s = style % 3
    if s == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": t,
                        "parameters": {
                            "type": "object",
                            "properties": {a: {"type": v} for a, v in _TOOLS[t].items()},
                        },
                    },
                }
                for t in tools
            ]
        )
        hist = "\n".join(
            f'<tool_call>{{"name": "{t}", "arguments": {{"{a}": "..."}}}}</tool_call>\n<tool_result>{o}</tool_result>'
            for t, a, o, _ in lines
        )
        return (
            f"<tools>{spec}</tools>\nYou are an autonomous agent. Think, then emit exactly one tool call or a final "
            f"answer.\nTask: {task}\n{hist}"
        )
    if s == 1:
        hist = "\n".join(
            f"Thought {i + 1}: I should use {t}.\nAction {i + 1}: {t}[{a}=...]\nObservation {i + 1}: {o}"
            for t, a, o, i in lines
        )
        return (
            f"Answer the task by interleaving Thought, Action and Observation steps. Available actions: "
            f"{', '.join(tools)}, finish[answer].\nTask: {task}\n{hist}\nThought {step + 1}:"
        )
    hist = "\n".join(f"STEP {i + 1}\n> {t}({a})\n{o}" for t, a, o, i in lines)
    return (
        f"## Agent run\nGoal: {task}\nTools: {', '.join(tools)}\nRules: one action per turn, JSON only, "
        f"explain your plan in 'plan'.\n{hist}\n## Next action"
    )


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        c=pick(rng, COUNTRIES),
        n=pick(rng, NAMES).lower(),
    )


_CODE_TASKS = (
    "an LRU cache",
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "a rate limiter (token bucket)",
    "merge intervals",
    "a thread-safe queue",
    "a JSON pretty printer",
    "a CSV parser that handles quotes",
    "binary search on a rotated array",
    "a tiny regex matcher supporting . and *",
    "topological sort",
    "an interval tree",
    "Levenshtein distance",
    "a bloom filter",
    "a ring buffer",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def swe_step(rng: Rng, step: int) -> str:
    """A coding-agent turn: repo context, the task and the last tool output."""
    files = [
        f"src/{w}.{e}"
        for w, e in zip(
            ("api", "models", "db", "utils", "cli", "auth"),
            ("py", "py", "py", "py", "py", "py"),
            strict=True,
        )
    ]
    task = f"Implement {pick(rng, _CODE_TASKS)} in {pick(rng, files)} and add unit tests."
    obs = pick(rng, _OBS)
    return (
        "You are a coding agent working in a git repository.\nRepository files:\n"
        + "\n".join(files)
        + f"\n\nTask: {task}\nStep {step + 1}. Previous tool output:\n{obs}\n\nRespond with the next shell "
        f"command or a unified diff."
    )


# ============================================================================================
# synthetic dataset generation (instruction data, personas, curricula)

_SYN_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "beginner Python",
    "world history",
    "nutrition",
    "customer service",
    "cybersecurity basics",
    "statistics",
    "climate science",
    "job hunting",
    "parenting",
    "travel planning",
    "small business accounting",
    "mental health first aid",
    "SQL",
    "photography",
    "agriculture",
    "first aid",
    "public speaking",
    "linear algebra",
    "marketing",
)
_PERSONAS = (
    "a retired nurse learning to code",
    "a farmer checking weather-based insurance",
    "a high-school physics teacher",
    "a junior accountant",
    "a nervous first-time flyer",
    "a startup founder writing a pitch",
    "a paralegal",
    "a bus driver planning retirement",
    "a graduate student in biology",
    "a small restaurant owner",
    "a teenager preparing for exams",
    "a non-native speaker writing a complaint letter",
)
_LEVELS = ("beginner", "intermediate", "advanced", "expert")

_SYN = {
    "en": (
        "Generate {n} diverse instruction-response pairs about {topic} at {lvl} level. Return JSON Lines with "
        'fields "instruction", "input", "output". Outputs must be long and high quality.',
        "Imagine you are {persona}. Write one realistic request such a person would send to an AI assistant about "
        "{topic}, then write the ideal, detailed assistant response. Format:\nUSER: ...\nASSISTANT: ...",
        "Lesson {i} of {m} in a {lvl} course on {topic}: write the complete lesson text with worked examples, then "
        "{n} exercises with full solutions.",
        "Create {n} multiple-choice questions on {topic} ({lvl}). For each give four options, the correct letter and "
        "a detailed explanation of why each distractor is wrong.",
        "Write a question about {topic} that requires several steps of reasoning, then answer it with a complete "
        "explanation. Vary the difficulty ({lvl}). Seed #{i}.",
    ),
    "es": (
        "Genera {n} pares instrucción-respuesta variados sobre {topic} (nivel {lvl}) en formato JSONL con los "
        "campos instruction, input, output. Respuestas largas y de alta calidad.",
        "Imagina que eres {persona}. Escribe una petición realista sobre {topic} y la respuesta ideal y detallada.",
    ),
    "hi": (
        "{topic} के बारे में {n} अलग-अलग निर्देश-उत्तर जोड़े बनाइए ({lvl} स्तर)। JSONL में instruction, input, output "
        "फ़ील्ड के साथ लौटाएँ। उत्तर विस्तृत हों।",
        "मान लीजिए आप {persona} हैं। {topic} पर एक वास्तविक प्रश्न लिखिए और फिर उसका आदर्श, विस्तृत उत्तर दीजिए।",
    ),
    "id": (
        "Buat {n} pasangan instruksi-jawaban yang beragam tentang {topic} (tingkat {lvl}) dalam format JSONL "
        "dengan field instruction, input, output. Jawaban harus panjang dan berkualitas.",
        "Bayangkan kamu adalah {persona}. Tulis satu permintaan realistis tentang {topic}, lalu jawaban ideal yang rinci.",
    ),
    "vi": (
        "Tạo {n} cặp chỉ dẫn - câu trả lời đa dạng về {topic} (trình độ {lvl}) ở định dạng JSONL với các trường "
        "instruction, input, output. Câu trả lời phải dài và chất lượng cao.",
        "Hãy tưởng tượng bạn là {persona}. Viết một yêu cầu thực tế về {topic}, rồi viết câu trả lời lý tưởng, chi tiết.",
    ),
    "sw": (
        "Tengeneza jozi {n} tofauti za maagizo na majibu kuhusu {topic} (kiwango {lvl}) kwa JSONL yenye sehemu "
        "instruction, input, output. Majibu yawe marefu na ya ubora wa juu.",
        "Fikiria wewe ni {persona}. Andika ombi moja halisi kuhusu {topic}, kisha jibu bora na la kina.",
    ),
}


def synth_prompt(rng: Rng, lang: str, sweep_index: int, sweep_total: int) -> str:
    t = pick(rng, _SYN.get(lang, _SYN["en"]))
    return t.format(
        n=irange(rng, 5, 25),
        topic=pick(rng, _SYN_TOPICS),
        lvl=pick(rng, _LEVELS),
        persona=pick(rng, _PERSONAS),
        i=sweep_index + 1,
        m=sweep_total,
    )


# ============================================================================================
# dialogue harvest (transcripts and scripted follow-ups)

_FOLLOW = {
    "en": (
        "Can you give me a concrete example?",
        "Why is that?",
        "What would you do in my place?",
        "Go deeper on the second point.",
        "Now explain it to a beginner.",
        "Are there any exceptions?",
        "What are the risks?",
        "Summarise what we discussed so far.",
        "Can you make that shorter?",
        "What's a common mistake people make here?",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "Por quê?",
        "O que você faria no meu lugar?",
        "Aprofunde o segundo ponto.",
        "Agora explique para um iniciante.",
        "Existem exceções?",
        "Quais são os riscos?",
        "Resuma o que falamos.",
    ),
    "es": (
        "¿Puedes darme un ejemplo concreto?",
        "¿Por qué?",
        "¿Qué harías en mi lugar?",
        "Profundiza en el segundo punto.",
        "Ahora explícalo para un principiante.",
        "¿Hay excepciones?",
        "¿Cuáles son los riesgos?",
        "Resume lo que hablamos.",
    ),
    "id": (
        "Bisa kasih contoh konkret?",
        "Kenapa begitu?",
        "Kalau kamu jadi aku, apa yang akan kamu lakukan?",
        "Jelaskan lebih dalam poin kedua.",
        "Sekarang jelaskan untuk pemula.",
        "Ada pengecualian?",
        "Apa risikonya?",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


def opener(rng: Rng, lang: str, chat: list[str]) -> str:
    """A conversation opener: a ShareGPT prompt for English, an everyday question otherwise."""
    if lang == "en" and chance(rng, 0.6):
        return clip_text(rng, pick(rng, chat), 20, 600)
    return everyday_question(rng, lang, level=0.2)


def transcript(rng: Rng, turns: list[tuple[str, str]], nxt: str, style: int) -> str:
    """A whole dialogue so far plus the next user turn, as one message."""
    s = style % 3
    if s == 0:
        body = "".join(f"<|user|>\n{u}\n<|assistant|>\n{a}\n" for u, a in turns)
        return f"Continue the conversation as the assistant. Stay consistent with earlier turns.\n{body}<|user|>\n{nxt}\n<|assistant|>"
    if s == 1:
        msgs = [
            m
            for u, a in turns
            for m in ({"role": "user", "content": u}, {"role": "assistant", "content": a})
        ]
        msgs.append({"role": "user", "content": nxt})
        return json.dumps({"messages": msgs, "respond_as": "assistant"}, ensure_ascii=False)
    body = "\n".join(f"Human: {u}\n\nAI: {a}\n" for u, a in turns)
    return f"{body}\nHuman: {nxt}\n\nAI:"


# ============================================================================================
# soft labels and best-of-n sampling

_REVIEW_BITS = (
    "the battery lasts two days",
    "the strap broke after a week",
    "delivery was late but support was kind",
    "sound quality is better than expected",
    "the app keeps logging me out",
    "it does exactly what it says",
    "overpriced for what you get",
    "my kids love it",
    "setup took an hour",
    "the colour is not as pictured",
    "customer service refunded me quickly",
    "it stopped charging after a month",
)
_PRODUCTS = (
    "headphones",
    "air fryer",
    "fitness tracker",
    "office chair",
    "e-reader",
    "blender",
    "backpack",
    "router",
    "electric toothbrush",
    "robot vacuum",
)


def review(rng: Rng) -> str:
    k = irange(rng, 1, 3)
    bits = [_REVIEW_BITS[i] for i in rng.choice(len(_REVIEW_BITS), size=k, replace=False).tolist()]
    return f"Bought the {pick(rng, _PRODUCTS)}: " + ", ".join(bits) + "."


def soft_label(rng: Rng, lang: str, style: int) -> str:
    s = style % 3
    if lang == "ko":
        return (
            f"다음 리뷰의 감정을 분류하세요. 각 레이블(긍정, 부정, 중립, 혼합)에 대한 확률을 JSON으로만 출력하세요. "
            f"확률의 합은 1이어야 합니다.\n\n리뷰: {review(rng)}"
        )
    if lang == "ja":
        return (
            f"次の前提と仮説の関係について、含意・中立・矛盾それぞれの確率をJSONで出力してください。\n"
            f"前提: {pick(rng, NAMES)}は{pick(rng, COUNTRIES)}に三年間住んでいた。\n仮説: {pick(rng, NAMES)}は一度も海外に住んだことがない。"
        )
    if s == 0:
        return (
            "Classify the sentiment of the review. Return only a JSON object giving your probability for each "
            f"label: positive, negative, neutral, mixed (they must sum to 1).\n\nReview: {review(rng)}"
        )
    if s == 1:
        a, b = pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"Premise: {a} moved to {pick(rng, COUNTRIES)} in {irange(rng, 1990, 2022)} and still lives there.\n"
            f"Hypothesis: {b} has never left {pick(rng, COUNTRIES)}.\nGive P(entailment), P(neutral), "
            f"P(contradiction) as JSON with three decimals. No other text."
        )
    p = problem(rng, "en")
    opts = [irange(rng, 1, 500) for _ in range(4)]
    return (
        f"{p}\nA) {opts[0]}  B) {opts[1]}  C) {opts[2]}  D) {opts[3]}\nFor each option write the probability "
        f'that it is correct, e.g. {{"A": 0.1, ...}}, then your top choice.'
    )


_CREATIVE = (
    "Write a four-line poem about {x}.",
    "Give a one-paragraph story that starts with '{x}'.",
    "Write a product tagline for {x}.",
    "Suggest a name for {x} and explain it in one sentence.",
    "Write a haiku about {x}.",
    "Describe {x} to someone who has never seen it, in three sentences.",
)
_CREATIVE_X = (
    "a lighthouse in fog",
    "The door was already open",
    "a solar-powered backpack",
    "a bakery run by robots",
    "the first snow of the year",
    "a lost library card",
    "a night train across the desert",
    "a café for remote workers",
    "an old map",
    "rain on a tin roof",
)


def sample_target(rng: Rng, lang: str) -> str:
    """A prompt an operator samples many times (best-of-n, or an answer distribution)."""
    if lang == "ko":
        return (
            f"{pick(rng, ('등대', '첫눈', '야간 열차', '오래된 지도'))}에 대한 짧은 시를 써 주세요."
        )
    if lang == "ja":
        return f"{pick(rng, ('灯台', '初雪', '夜行列車', '古い地図'))}についての俳句を一つ作ってください。"
    if chance(rng, 0.45):
        return pick(rng, _CREATIVE).format(x=pick(rng, _CREATIVE_X))
    return problem(rng, "en") + "\nGive only the final answer."


# ============================================================================================
# localisation jobs

LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "pl-PL",
    "tr-TR",
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "th-TH",
    "uk-UA",
)
_UI = (
    "Your order #{n} has shipped.",
    "Hi {name}, your trial ends in %d days.",
    "Save changes?",
    "We couldn't process your payment. Please try another card.",
    "Download the invoice (PDF)",
    "Two-factor authentication is now on.",
    "{count} new messages",
    "Forgot your password?",
    "Drag files here or <b>browse</b>",
    "Your subscription renews on {date}.",
    "Unsubscribe from all emails",
    "Invite teammates",
    "This link has expired.",
    "Add to wishlist",
    "Free returns within 30 days",
    "Turn on notifications to never miss a deal",
    "Are you sure you want to delete this project?",
    "Last synced {time} ago",
    "Export as CSV",
    "Battery low: %d%% remaining",
)


def ui_string(rng: Rng) -> str:
    return pick(rng, _UI)


def l10n_job(rng: Rng, client: str, locale: str, segment: str, job: int, style: int) -> str:
    s = style % 3
    if s == 0:
        return (
            f"Project: {client} / job {job}\nTarget locale: {locale}\nTranslate the segment. Keep HTML tags, "
            f"placeholders like {{name}} and %d unchanged. Return only the translation.\n---\n{segment}"
        )
    if s == 1:
        return json.dumps(
            {
                "client": client,
                "job": job,
                "source_locale": "en-US",
                "target_locale": locale,
                "instructions": "natural, fluent, keep formatting and placeholders",
                "segment": segment,
            },
            ensure_ascii=False,
        )
    return (
        f"[{client} | {locale} | seg {job}] Translate into {locale}, preserving markup:\n{segment}"
    )


# ============================================================================================
# benign kinds' texts


def bench_item(suite: str, idx: int, item_seed: int) -> str:
    """Item `idx` of a fixed evaluation suite: the same text every time it is drawn."""
    r = np.random.default_rng(item_seed)
    lang = "en" if idx % 5 else pick(r, ("es", "de", "zh", "fr"))
    return (
        f"[{suite} | item {idx:04d}]\n{problem(r, lang)}\n\nThink step by step, then write 'Final answer:' "
        f"followed by the answer only."
    )


_RUBRIC_EN = (
    "Thesis is clear and arguable (0-4)",
    "Evidence supports claims (0-4)",
    "Organisation and flow (0-4)",
    "Use of course concepts (0-4)",
    "Grammar and citations (0-2)",
    "Counter-argument addressed (0-2)",
)
_RUBRIC_ES = (
    "Tesis clara (0-4)",
    "Uso de evidencias (0-4)",
    "Estructura (0-4)",
    "Conceptos del curso (0-4)",
    "Ortografía y citas (0-2)",
)
_ASSIGN = (
    "Reflect on a technology that changed how people work",
    "Argue for or against a four-day work week",
    "Explain a scientific idea to a general audience",
    "Analyse a marketing campaign you remember",
    "Describe a historical turning point and its consequences",
    "Propose a solution to a local problem",
)


def rubric_grade(rng: Rng, lang: str, course: str, submission: str) -> str:
    if lang == "es":
        rows = "\n".join(f"- {x}" for x in _RUBRIC_ES)
        return (
            f"Curso {course}. Corrige la entrega del estudiante con esta rúbrica:\n{rows}\nDevuelve JSON con la "
            f"puntuación de cada criterio y un comentario breve y amable para el estudiante.\n\nEntrega:\n{submission}"
        )
    rows = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(_RUBRIC_EN[: irange(rng, 4, 6)]))
    return (
        f'Course {course} - assignment: "{pick(rng, _ASSIGN)}".\nRubric:\n{rows}\nGrade the submission below. '
        f'Return JSON {{"scores": [...], "total": n, "feedback": "..."}}. Feedback is shown to the student, '
        f"be encouraging and specific.\n\nSubmission:\n{submission}"
    )


_COMMENTS = {
    "es": (
        "Este tipo es un idiota, nadie debería votarle",
        "Qué asco de servicio, sois unos ladrones",
        "Los del barrio de al lado son todos unos vagos",
        "Callaos ya, nadie os ha preguntado",
    ),
    "pt": (
        "Esse cara é um imbecil, ninguém devia seguir ele",
        "Serviço lixo, vocês são uns ladrões",
        "Esse povo de lá é tudo vagabundo",
    ),
    "zh": ("这个人就是个骗子，大家别信他", "客服太垃圾了，一群废物", "楼上的脑子有问题吧"),
    "ru": ("Автор идиот, не читайте его", "Ужасный сервис, одни воры", "Заткнитесь уже все"),
    "de": ("Der Typ ist ein Vollidiot, ignoriert ihn", "Mieser Laden, alles Betrüger"),
    "en": (
        "this mod is a clown and everyone knows it",
        "you people are absolute morons",
        "worst company ever, thieves the lot of you",
        "go back to where you came from",
    ),
}
_FLAG = ("insults", "harassment", "spam", "hate speech", "doxxing risk", "profanity")


def moderation_rewrite(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.5):
        text = clip_text(rng, pick(rng, chat), 10, 400)
    else:
        text = pick(rng, _COMMENTS.get(lang, _COMMENTS["en"]))
    reason = pick(rng, _FLAG)
    return (
        f"You assist our trust & safety team. A comment was flagged for {reason}. If it can be kept, rewrite it so "
        f"the author's point survives but the {reason} is removed, in the same language. Otherwise answer "
        f"REMOVE and the guideline section.\nComment ({lang}): {text}"
    )


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "reset_password",
    "talk_to_human",
    "update_payment",
    "delivery_delay",
    "report_damaged_item",
    "upgrade_plan",
    "close_account",
    "billing_dispute",
    "opening_hours",
    "lost_card",
    "add_user",
    "invoice_copy",
    "change_plan_date",
)
_INTENT_EX = {
    "en": "hi i want to {x} asap",
    "de": "hallo, ich möchte {x}",
    "fr": "bonjour je voudrais {x}",
    "es": "hola quiero {x}",
    "pt": "oi, quero {x}",
}


def intent_paraphrase(rng: Rng, intent: str, lang: str) -> str:
    ex = _INTENT_EX.get(lang, _INTENT_EX["en"]).format(x=intent.replace("_", " "))
    return (
        f"We are training our support-ticket intent classifier. Write {irange(rng, 10, 20)} varied paraphrases a real "
        f"customer might type for the intent '{intent}', language: {lang}. Mix formal and informal, include "
        f"typos in a few. One per line, no numbering.\nExample: {ex}"
    )


_COMPANION = (
    "Mika, a cheerful friend who loves films",
    "Sol, a calm listener who asks gentle questions",
    "Ren, a witty study buddy",
    "Ava, an upbeat workout partner",
)
_SMALL = {
    "en": (
        "hey how was your day",
        "i can't sleep again",
        "guess what happened at work",
        "tell me a joke",
        "i'm bored",
        "do you remember what i told you yesterday?",
        "good morning!!",
    ),
    "es": ("hola, ¿qué tal tu día?", "no puedo dormir", "cuéntame un chiste"),
    "pt": ("oi, como foi seu dia?", "não consigo dormir", "me conta uma piada"),
    "ja": ("おはよう！", "今日はちょっと疲れた", "何か面白い話して"),
    "de": ("hey, wie war dein tag?", "ich kann nicht schlafen"),
}


def companion_turn(rng: Rng, lang: str, chat: list[str], user_name: str) -> str:
    persona = pick(rng, _COMPANION)
    msg = (
        pick(rng, _SMALL.get(lang, _SMALL["en"]))
        if lang != "en" or chance(rng, 0.5)
        else clip_text(rng, pick(rng, chat), 5, 300)
    )
    return (
        f"[character: {persona}] [user: {user_name}] [memory: likes {pick(rng, ('hiking', 'anime', 'cooking', 'jazz', 'football'))}]"
        f"\n{msg}"
    )


_LABS = (
    "Write a Python function that returns the second largest number in a list.",
    "Write a loop that prints a multiplication table from 1 to 10.",
    "Explain the difference between a list and a tuple with an example.",
    "Write a function that checks whether a string is a palindrome.",
    "Read a CSV of grades and print the average per student.",
    "Explain what recursion is and write factorial recursively.",
)


def assignment(rng: Rng, course: str, week: int) -> str:
    task = pick(rng, _LABS)
    style = irange(rng, 0, 3)
    if style == 0:
        return f"{course} week {week}: {task}"
    if style == 1:
        return f"hi, for my {course} homework I need to: {task.lower()} can you help me understand how to start?"
    if style == 2:
        return f"{task} my code doesn't work:\n\ndef f(xs):\n    for x in xs\n        print(x)"
    return f"Can you explain the solution for this exercise step by step? {task}"

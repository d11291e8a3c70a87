"""Prompt generators of batch 329, written fresh for it (no prompt text is copied from elsewhere in
the repository). Every function draws only from the generator it is given, in a fixed order.

Ordinary human text (opening questions of real chats, long assistant-style passages) comes from
ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages`; everything else is built here from
templates in several independent styles and languages.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "hi": "Hindi",
    "pl": "Polish",
    "it": "Italian",
}


def weighted(rng: np.random.Generator, items: dict[str, float]) -> str:
    keys = list(items)
    w = np.asarray([items[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def lang_mix(
    rng: np.random.Generator, pool: tuple[str, ...], k_lo: int, k_hi: int
) -> dict[str, float]:
    """A campaign's own language weights: English-or-first plus a few others."""
    k = irange(rng, k_lo, min(k_hi, len(pool)))
    chosen = [pool[i] for i in rng.permutation(len(pool))[:k].tolist()]
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    return {lg: round(float(x), 4) for lg, x in zip(chosen, w, strict=True)}


# --------------------------------------------------------------------------------------------
# small noise: how people actually type


def sloppy(rng: np.random.Generator, text: str, level: float) -> str:
    """Lower-case, dropped apostrophes and end punctuation, the odd swapped letter."""
    if chance(rng, level):
        text = text[:1].lower() + text[1:]
    if chance(rng, level):
        text = text.replace("'", "")
    if chance(rng, level * 0.6) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, level * 0.5) and len(text) > 12:
        i = irange(rng, 2, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, level * 0.3):
        text = text + pick(rng, ("", " thx", " ty", " pls", "??", " :)", " lol"))
    return text


# --------------------------------------------------------------------------------------------
# quantitative problems in six languages

_PROBLEMS: dict[str, dict[str, str]] = {
    "discount": {
        "en": "A jacket is listed at ${p}. The shop takes {d}% off, then adds {t}% sales tax to the reduced price. How much does the customer pay in the end?",
        "zh": "一件外套标价{p}元。商店先优惠{d}%，再按优惠后的价格加收{t}%的税。顾客最后要付多少钱？",
        "es": "Una chaqueta cuesta {p} euros. La tienda aplica un descuento del {d}% y luego suma un {t}% de impuesto sobre el precio rebajado. ¿Cuánto paga el cliente al final?",
        "ru": "Куртка стоит {p} рублей. Магазин даёт скидку {d}%, а затем начисляет налог {t}% на цену со скидкой. Сколько в итоге заплатит покупатель?",
        "de": "Eine Jacke kostet {p} Euro. Der Laden gewährt {d}% Rabatt und schlägt danach {t}% Steuer auf den reduzierten Preis auf. Wie viel zahlt die Kundin am Ende?",
        "pt": "Uma jaqueta custa {p} reais. A loja dá {d}% de desconto e depois acrescenta {t}% de imposto sobre o preço reduzido. Quanto o cliente paga no final?",
    },
    "work": {
        "en": "{n1} can paint a fence alone in {a} hours; {n2} needs {b} hours for the same fence. If they work together but {n2} starts {c} minutes late, how long does the whole job take?",
        "zh": "{n1}单独粉刷一道篱笆需要{a}小时，{n2}单独需要{b}小时。如果两人合作，但{n2}晚到{c}分钟，完成整项工作一共需要多长时间？",
        "es": "{n1} pinta una valla en {a} horas trabajando sola; {n2} necesita {b} horas para la misma valla. Si trabajan juntos pero {n2} empieza {c} minutos tarde, ¿cuánto dura todo el trabajo?",
        "ru": "{n1} в одиночку красит забор за {a} ч, а {n2} — за {b} ч. Если они работают вместе, но {n2} приходит на {c} минут позже, сколько времени займёт вся работа?",
        "de": "{n1} streicht einen Zaun allein in {a} Stunden, {n2} braucht dafür {b} Stunden. Wenn beide zusammen arbeiten, {n2} aber {c} Minuten später anfängt, wie lange dauert die ganze Arbeit?",
        "pt": "{n1} pinta uma cerca sozinha em {a} horas; {n2} leva {b} horas. Se trabalharem juntos, mas {n2} começar {c} minutos atrasado, quanto tempo leva o trabalho todo?",
    },
    "trains": {
        "en": "Two trains leave stations {D} km apart at {h}:00, heading toward each other at {v1} km/h and {v2} km/h. At what time do they meet, and how far from the first station?",
        "zh": "两列火车在{h}点整从相距{D}公里的两个车站相向而行，速度分别为每小时{v1}公里和{v2}公里。它们几点相遇？相遇点距第一个车站多远？",
        "es": "Dos trenes salen a las {h}:00 de estaciones separadas por {D} km y viajan uno hacia el otro a {v1} km/h y {v2} km/h. ¿A qué hora se cruzan y a qué distancia de la primera estación?",
        "ru": "Два поезда выходят в {h}:00 навстречу друг другу со станций, расстояние между которыми {D} км, со скоростями {v1} км/ч и {v2} км/ч. Во сколько они встретятся и на каком расстоянии от первой станции?",
        "de": "Zwei Züge fahren um {h}:00 Uhr von zwei {D} km entfernten Bahnhöfen aufeinander zu, mit {v1} km/h und {v2} km/h. Wann begegnen sie sich und wie weit vom ersten Bahnhof entfernt?",
        "pt": "Dois trens partem às {h}:00 de estações a {D} km de distância, um em direção ao outro, a {v1} km/h e {v2} km/h. A que horas se encontram e a que distância da primeira estação?",
    },
    "mixture": {
        "en": "How many litres of a {b}% acid solution must be added to {x} litres of a {a}% solution to get a {c}% mixture?",
        "zh": "要在{x}升浓度为{a}%的酸溶液中加入多少升浓度为{b}%的酸溶液，才能得到浓度为{c}%的混合液？",
        "es": "¿Cuántos litros de una solución ácida al {b}% hay que añadir a {x} litros de una solución al {a}% para obtener una mezcla al {c}%?",
        "ru": "Сколько литров {b}-процентного раствора кислоты нужно добавить к {x} литрам {a}-процентного раствора, чтобы получить {c}-процентную смесь?",
        "de": "Wie viele Liter einer {b}-prozentigen Säurelösung muss man zu {x} Litern einer {a}-prozentigen Lösung geben, um eine {c}-prozentige Mischung zu erhalten?",
        "pt": "Quantos litros de uma solução ácida a {b}% devem ser adicionados a {x} litros de uma solução a {a}% para obter uma mistura a {c}%?",
    },
    "dice": {
        "en": "{k} fair six-sided dice are rolled. What is the probability that the total is exactly {s}? Give the answer as a reduced fraction.",
        "zh": "同时掷{k}枚均匀的六面骰子，点数之和恰好为{s}的概率是多少？请用最简分数表示。",
        "es": "Se lanzan {k} dados justos de seis caras. ¿Cuál es la probabilidad de que la suma sea exactamente {s}? Da la respuesta como fracción irreducible.",
        "ru": "Бросают {k} правильных шестигранных кубика. Какова вероятность, что сумма очков равна ровно {s}? Ответ дайте несократимой дробью.",
        "de": "Es werden {k} faire sechsseitige Würfel geworfen. Wie groß ist die Wahrscheinlichkeit, dass die Augensumme genau {s} beträgt? Als gekürzten Bruch angeben.",
        "pt": "Lançam-se {k} dados honestos de seis faces. Qual é a probabilidade de a soma ser exatamente {s}? Dê a resposta como fração irredutível.",
    },
    "modular": {
        "en": "Find the remainder when {a}^{e} is divided by {m}.",
        "zh": "求{a}的{e}次方除以{m}的余数。",
        "es": "Halla el resto de dividir {a}^{e} entre {m}.",
        "ru": "Найдите остаток от деления {a}^{e} на {m}.",
        "de": "Bestimme den Rest von {a}^{e} bei Division durch {m}.",
        "pt": "Encontre o resto da divisão de {a}^{e} por {m}.",
    },
    "incircle": {
        "en": "A right triangle has legs of {a} cm and {b} cm. Find the radius of its inscribed circle and the distance from the incentre to the right-angle vertex.",
        "zh": "直角三角形两条直角边分别为{a}厘米和{b}厘米。求其内切圆半径，以及内心到直角顶点的距离。",
        "es": "Un triángulo rectángulo tiene catetos de {a} cm y {b} cm. Calcula el radio de la circunferencia inscrita y la distancia del incentro al vértice del ángulo recto.",
        "ru": "Катеты прямоугольного треугольника равны {a} см и {b} см. Найдите радиус вписанной окружности и расстояние от её центра до вершины прямого угла.",
        "de": "Ein rechtwinkliges Dreieck hat Katheten von {a} cm und {b} cm. Berechne den Inkreisradius und den Abstand des Inkreismittelpunkts vom Scheitel des rechten Winkels.",
        "pt": "Um triângulo retângulo tem catetos de {a} cm e {b} cm. Calcule o raio da circunferência inscrita e a distância do incentro ao vértice do ângulo reto.",
    },
    "seating": {
        "en": "In how many ways can {n} people sit around a round table if {n1} and {n2} refuse to sit next to each other? Rotations count as the same arrangement.",
        "zh": "{n}个人围坐一张圆桌，如果{n1}和{n2}不愿相邻，共有多少种坐法？旋转后相同的坐法视为同一种。",
        "es": "¿De cuántas formas pueden sentarse {n} personas alrededor de una mesa redonda si {n1} y {n2} se niegan a sentarse juntos? Las rotaciones cuentan como la misma disposición.",
        "ru": "Сколькими способами {n} человек могут сесть за круглый стол, если {n1} и {n2} не хотят сидеть рядом? Повороты считаются одинаковыми рассадками.",
        "de": "Auf wie viele Arten können sich {n} Personen an einen runden Tisch setzen, wenn {n1} und {n2} nicht nebeneinander sitzen wollen? Drehungen gelten als gleiche Anordnung.",
        "pt": "De quantas maneiras {n} pessoas podem sentar-se em uma mesa redonda se {n1} e {n2} se recusam a sentar lado a lado? Rotações contam como o mesmo arranjo.",
    },
}
PROBLEM_LANGS = ("en", "zh", "es", "ru", "de", "pt")

_EN_ONLY_PROBLEMS = (
    "knights",
    "code_trace",
    "fermi",
    "divisibility",
    "schedule",
)
_ISLANDERS = ("Ana", "Bo", "Cyd", "Dov", "Eli", "Fen")
_FERMI = (
    "piano tuners work in a city of {k} million people",
    "litres of coffee are drunk per day in a country of {k} million people",
    "golf balls fit inside a standard city bus",
    "words a typical person speaks in a lifetime",
    "trees would be needed to offset one transatlantic flight",
    "smartphones are thrown away worldwide every day",
)
_SCHED_TASKS = ("design", "review", "build", "test", "deploy", "audit", "document")


def _problem_numbers(rng: np.random.Generator, kind: str) -> dict:
    n1, n2 = (NAMES[i] for i in rng.permutation(len(NAMES))[:2].tolist())
    if kind == "discount":
        return {"p": irange(rng, 20, 480), "d": 5 * irange(rng, 1, 12), "t": irange(rng, 3, 25)}
    if kind == "work":
        a = irange(rng, 2, 14)
        return {"n1": n1, "n2": n2, "a": a, "b": a + irange(rng, 1, 9), "c": 5 * irange(rng, 2, 18)}
    if kind == "trains":
        return {
            "D": 10 * irange(rng, 12, 95),
            "h": irange(rng, 5, 19),
            "v1": 5 * irange(rng, 8, 28),
            "v2": 5 * irange(rng, 8, 28),
        }
    if kind == "mixture":
        a = 5 * irange(rng, 1, 7)
        c = a + 5 * irange(rng, 1, 5)
        return {"a": a, "c": c, "b": c + 5 * irange(rng, 1, 6), "x": irange(rng, 2, 40)}
    if kind == "dice":
        k = irange(rng, 2, 4)
        return {"k": k, "s": irange(rng, k + 1, 6 * k - 1)}
    if kind == "modular":
        return {"a": irange(rng, 2, 99), "e": irange(rng, 20, 2025), "m": irange(rng, 7, 97)}
    if kind == "incircle":
        return {"a": irange(rng, 3, 40), "b": irange(rng, 3, 40)}
    if kind == "seating":
        return {"n": irange(rng, 5, 11), "n1": n1, "n2": n2}
    raise KeyError(kind)


def _en_only_problem(rng: np.random.Generator, kind: str) -> str:
    if kind == "knights":
        k = irange(rng, 3, 5)
        who = list(_ISLANDERS[:k])
        claims = []
        for w in who:
            other = pick(rng, [x for x in who if x != w])
            claims.append(
                pick(
                    rng,
                    (
                        f'{w} says: "{other} is a knave."',
                        f'{w} says: "{other} and I are the same kind."',
                        f'{w} says: "At least one of us is a knave."',
                        f'{w} says: "Exactly {irange(rng, 1, k - 1)} of us are knights."',
                    ),
                )
            )
        return (
            f"On an island every inhabitant is either a knight (always tells the truth) or a knave "
            f"(always lies). You meet {', '.join(who)}. " + " ".join(claims) + " Who is what?"
        )
    if kind == "code_trace":
        a, b, m = irange(rng, 2, 9), irange(rng, 10, 60), irange(rng, 3, 7)
        return (
            "What does this Python program print? Explain the evaluation order.\n\n"
            f"xs = [i * {a} for i in range({b}) if i % {m} != 0]\n"
            f"acc = 0\nfor j, x in enumerate(xs[::{irange(rng, 2, 4)}]):\n"
            f"    acc = (acc + x * j) % {irange(rng, 50, 999)}\nprint(acc, len(xs))"
        )
    if kind == "fermi":
        return (
            "Estimate how many "
            + pick(rng, _FERMI).format(k=irange(rng, 2, 40))
            + ". State every assumption."
        )
    if kind == "divisibility":
        p = pick(rng, (3, 5, 7, 11, 13))
        return f"Prove that n^{p} - n is divisible by {p} for every integer n, without quoting Fermat's little theorem."
    if kind == "schedule":
        k = irange(rng, 4, 6)
        tasks = [_SCHED_TASKS[i] for i in rng.permutation(len(_SCHED_TASKS))[:k].tolist()]
        dur = {t: irange(rng, 1, 6) for t in tasks}
        deps = [
            f"{tasks[i]} needs {tasks[irange(rng, 0, i - 1)]}"
            for i in range(1, k)
            if chance(rng, 0.7)
        ]
        return (
            "Tasks and durations in days: "
            + ", ".join(f"{t} {d}" for t, d in dur.items())
            + ". Dependencies: "
            + ("; ".join(deps) or "none")
            + ". With two workers, what is the shortest finishing time and which tasks are on the critical path?"
        )
    raise KeyError(kind)


def problem(rng: np.random.Generator, lang: str) -> str:
    """A quantitative or logic problem in `lang` (English-only kinds only when lang is en)."""
    kinds = list(_PROBLEMS) + (list(_EN_ONLY_PROBLEMS) if lang == "en" else [])
    kind = pick(rng, kinds)
    if kind in _PROBLEMS:
        nums = _problem_numbers(rng, kind)
        return _PROBLEMS[kind].get(lang, _PROBLEMS[kind]["en"]).format(**nums)
    return _en_only_problem(rng, kind)


# --------------------------------------------------------------------------------------------
# wrappers that coerce a full reasoning trace

_TRACE: dict[str, dict[str, str]] = {
    "tags": {
        "en": "{q}\n\nFirst think inside <think> and </think>, writing out every intermediate step and any dead ends you hit, then give only the final answer after the closing tag.",
        "zh": "{q}\n\n请先在<think>和</think>之间写出完整的思考过程，包括每一步推导以及走不通的尝试，然后在标签之后只给出最终答案。",
        "ru": "{q}\n\nСначала рассуждай внутри <think> и </think>, выписывая каждый промежуточный шаг и все тупиковые попытки, а после закрывающего тега дай только итоговый ответ.",
    },
    "numbered": {
        "en": "Work through this carefully. Number every step of your reasoning, double-check each step before moving on, and finish with a line 'Answer: ...'.\n\n{q}",
        "es": "Resuélvelo con cuidado. Numera cada paso de tu razonamiento, comprueba cada paso antes de seguir y termina con una línea 'Respuesta: ...'.\n\n{q}",
        "ru": "Решите внимательно. Пронумеруйте каждый шаг рассуждения, проверяйте его, прежде чем идти дальше, и закончите строкой «Ответ: ...».\n\n{q}",
        "de": "Geh das sorgfältig durch. Nummeriere jeden Denkschritt, prüfe ihn, bevor du weitermachst, und schließe mit einer Zeile 'Antwort: ...'.\n\n{q}",
        "pt": "Resolva com cuidado. Numere cada passo do raciocínio, confira cada passo antes de seguir e termine com uma linha 'Resposta: ...'.\n\n{q}",
        "zh": "请仔细解答。给推理的每一步编号，每一步检查无误后再继续，最后用一行“答案：……”结束。\n\n{q}",
    },
    "tutor": {
        "en": "You are writing the official worked solution for a problem set. Do not skip any algebra, say why every move is valid, point out one mistake students typically make, then state the result.\n\nProblem: {q}",
        "es": "Estás redactando la solución oficial de una hoja de ejercicios. No te saltes ningún cálculo, justifica cada paso, menciona un error típico de los alumnos y da el resultado.\n\nProblema: {q}",
        "de": "Du schreibst die offizielle Musterlösung für ein Übungsblatt. Lass keine Umformung aus, begründe jeden Schritt, nenne einen typischen Fehler von Studierenden und gib dann das Ergebnis an.\n\nAufgabe: {q}",
    },
    "two_ways": {
        "en": "{q}\n\nSolve it by two genuinely different methods, compare the results, and if they disagree, find the error. Show the complete work for both.",
        "zh": "{q}\n\n请用两种完全不同的方法求解，比较结果；如果不一致，找出错误所在。两种方法都要写出完整过程。",
        "pt": "{q}\n\nResolva por dois métodos realmente diferentes, compare os resultados e, se discordarem, encontre o erro. Mostre todo o trabalho nos dois.",
    },
    "json": {
        "en": 'Reply with a JSON object only: {{"steps": [one string per reasoning step, as detailed as possible], "checks": [how you verified the result], "final": "..."}}.\n\nProblem: {q}',
    },
    "boxed": {
        "en": "{q}\nReason step by step in full detail and put the final result in \\boxed{{}}.",
        "zh": "{q}\n请逐步详细推理，并把最终结果写在\\boxed{{}}中。",
        "ru": "{q}\nРассуждай подробно, шаг за шагом, и запиши окончательный результат в \\boxed{{}}.",
    },
}
TRACE_STYLES = tuple(_TRACE)


def trace_prompt(
    rng: np.random.Generator, q: str, lang: str, style: str, native: bool = False
) -> str:
    """`q` wrapped to make the model write out its whole reasoning (with `native`, in a style that
    has a wrapper in `lang` whenever one exists)."""
    if native and lang not in _TRACE[style]:
        own = [st for st in TRACE_STYLES if lang in _TRACE[st]]
        if own:
            style = pick(rng, own)
    by_lang = _TRACE[style]
    if lang in by_lang:
        return by_lang[lang].format(q=q)
    return by_lang["en"].format(q=q) + f" (Write everything in {LANG_NAME.get(lang, 'English')}.)"


# --------------------------------------------------------------------------------------------
# concepts people ask about, per language

CONCEPTS_EN = (
    "how vaccines train the immune system",
    "why interest rates move house prices",
    "how TCP congestion control works",
    "what actually triggered the French Revolution",
    "how photosynthesis stores energy in sugar",
    "what a p-value does and does not tell you",
    "how public-key cryptography works",
    "why the Roman Republic collapsed",
    "how attention works in transformer models",
    "what causes inflation",
    "how plate tectonics builds mountain ranges",
    "how a bill becomes law in the United States",
    "the difference between weather and climate",
    "how CRISPR edits genes",
    "why ice floats on water",
    "how compound interest grows savings",
    "what dark matter is and how we know it is there",
    "how the kidneys filter blood",
    "how an index fund works",
    "what entropy means in thermodynamics",
    "how GPS works out where you are",
    "how noise-cancelling headphones work",
    "what the Krebs cycle is for",
    "how judges interpret an ambiguous contract clause",
    "what causes the seasons",
    "how backpropagation trains a neural network",
    "why antibiotics stop working over time",
    "why supply chains amplify small shortages",
    "the core ideas of Stoic philosophy",
    "how a mortgage amortisation schedule works",
    "what a Fourier transform does",
    "how black holes form",
    "how the US electoral college works",
    "how hash tables deal with collisions",
    "how insulin regulates blood sugar",
    "why pollinators matter for food prices",
    "how a database index speeds up queries",
    "what Keynesian economics claims",
    "why lithium-ion batteries lose capacity",
    "how the printing press changed European politics",
    "what Bayes' theorem says in plain terms",
    "how earthquake magnitude is measured",
    "how a compiler turns source code into machine code",
    "how radiocarbon dating works",
    "why the Ottoman Empire declined",
    "how sleep consolidates memory",
    "what big-O notation describes",
    "who really pays for tariffs",
    "how garbage collection works in Java",
    "why coral reefs bleach",
    "the strongest arguments for and against nuclear power",
    "how credit scores are calculated",
    "the chain of events that started the First World War",
    "how gradient descent finds a minimum",
    "what quantum entanglement is and is not",
    "how the heart keeps its rhythm",
    "how monsoons form",
    "how DNS turns a domain name into an address",
    "how mRNA is translated into a protein",
    "why the Bretton Woods system ended",
    "how a transistor switches",
    "what the placebo effect really is",
    "how glaciers carve valleys",
    "how a central bank sets interest rates",
    "what the halting problem proves",
    "how the immune system tells self from non-self",
    "how options pricing works in the Black-Scholes model",
    "why some languages have grammatical gender",
    "how container orchestration schedules workloads",
    "how the Silk Road shaped trade between empires",
)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "en": CONCEPTS_EN,
    "es": (
        "cómo funciona la inflación",
        "por qué se derrumbó el Imperio romano de Occidente",
        "cómo aprenden las redes neuronales",
        "qué es la fotosíntesis y para qué sirve",
        "cómo funciona una hipoteca a tipo variable",
        "por qué el hielo flota",
        "cómo se forman los huracanes",
        "qué es el efecto invernadero",
        "cómo funciona el sistema inmunitario",
        "qué significa la teoría de la relatividad",
        "cómo funciona la criptografía de clave pública",
        "por qué suben los precios de la vivienda",
    ),
    "pt": (
        "como funciona a inflação",
        "por que a Amazônia é importante para o clima",
        "como as vacinas funcionam",
        "o que é a taxa Selic",
        "como funciona a bolsa de valores",
        "por que o céu fica vermelho no pôr do sol",
        "como funcionam os algoritmos de recomendação",
        "o que causou a independência do Brasil",
        "como o corpo regula a glicose",
        "o que é aprendizado de máquina",
        "como funciona a energia solar",
    ),
    "de": (
        "wie die Inflation entsteht",
        "warum die Weimarer Republik gescheitert ist",
        "wie Wärmepumpen funktionieren",
        "was ein neuronales Netz lernt",
        "wie das Immunsystem Viren erkennt",
        "wie die Rente in Deutschland finanziert wird",
        "was Entropie bedeutet",
        "wie ein Verbrennungsmotor funktioniert",
        "wie Zinsen auf Kredite berechnet werden",
        "warum Gletscher schmelzen",
        "wie ein Compiler arbeitet",
    ),
    "fr": (
        "comment fonctionne l'inflation",
        "pourquoi la Révolution française a éclaté",
        "comment fonctionne le nucléaire civil",
        "ce qu'est un réseau de neurones",
        "comment le cœur bat",
        "pourquoi les océans sont salés",
        "comment fonctionne la retraite par répartition",
        "ce que dit le théorème de Bayes",
        "comment se forment les orages",
        "comment marche le chiffrement asymétrique",
    ),
    "zh": (
        "通货膨胀是怎么产生的",
        "神经网络是如何学习的",
        "光合作用的原理",
        "量子纠缠到底是什么",
        "区块链如何保证数据不可篡改",
        "为什么会有四季",
        "疫苗是如何起作用的",
        "复利是怎么计算的",
        "秦朝为什么这么快灭亡",
        "编译器是如何工作的",
        "黑洞是怎么形成的",
        "央行如何调控利率",
    ),
    "ru": (
        "как возникает инфляция",
        "почему распался Советский Союз",
        "как работает нейронная сеть",
        "что такое энтропия",
        "как устроена иммунная система",
        "почему небо голубое",
        "как работает шифрование с открытым ключом",
        "как образуются горы",
        "как центральный банк управляет ставкой",
        "что такое квантовая запутанность",
    ),
    "ja": (
        "インフレはなぜ起こるのか",
        "ニューラルネットワークの学習の仕組み",
        "光合成の仕組み",
        "地震のマグニチュードとは何か",
        "公開鍵暗号の仕組み",
        "江戸幕府が終わった理由",
        "ワクチンが効く仕組み",
        "ブラックホールの成り立ち",
        "複利の計算方法",
    ),
    "id": (
        "bagaimana inflasi terjadi",
        "cara kerja vaksin",
        "mengapa gunung berapi meletus",
        "apa itu pembelajaran mesin",
        "bagaimana bank sentral mengatur suku bunga",
        "mengapa langit berwarna biru",
        "cara kerja internet",
        "apa penyebab banjir di Jakarta",
        "bagaimana fotosintesis bekerja",
    ),
    "tr": (
        "enflasyon nasıl oluşur",
        "aşılar nasıl çalışır",
        "depremler neden olur",
        "yapay sinir ağları nasıl öğrenir",
        "merkez bankası faizi nasıl belirler",
        "Osmanlı İmparatorluğu neden çöktü",
        "güneş enerjisi nasıl elektriğe dönüşür",
        "kara delikler nasıl oluşur",
    ),
    "ko": (
        "인플레이션은 왜 생기나요",
        "신경망은 어떻게 학습하나요",
        "백신은 어떻게 작동하나요",
        "금리가 집값에 미치는 영향",
        "블랙홀은 어떻게 생기나요",
        "공개키 암호는 어떻게 작동하나요",
        "광합성의 원리",
        "조선 왕조가 오래 유지된 이유",
    ),
}

_ASK: dict[str, dict[str, tuple[str, ...]]] = {
    "formal": {
        "en": (
            "Explain {c} in depth: the underlying mechanism, a concrete worked example, and the most common misconceptions.",
            "Write a thorough, textbook-quality explanation of {c} for an advanced undergraduate. Define every term you use.",
            "Give a rigorous account of {c}. Justify each claim and note where experts still disagree.",
            "I need an expert-level answer: {c}. Cover the history, the mechanism, the evidence and the open questions.",
        ),
        "es": (
            "Explica en profundidad {c}: el mecanismo, un ejemplo concreto y los errores de concepto más comunes.",
            "Redacta una explicación rigurosa, de nivel universitario, sobre {c}. Define cada término.",
        ),
        "pt": (
            "Explique em profundidade {c}: o mecanismo, um exemplo concreto e os equívocos mais comuns.",
            "Escreva uma explicação rigorosa, de nível universitário, sobre {c}, definindo cada termo.",
        ),
        "de": (
            "Erkläre ausführlich, {c}: den Mechanismus, ein konkretes Beispiel und die häufigsten Missverständnisse.",
            "Schreib eine gründliche Erklärung auf Lehrbuchniveau dazu, {c}. Definiere jeden Fachbegriff.",
        ),
        "fr": (
            "Explique en détail {c} : le mécanisme, un exemple concret et les idées reçues les plus fréquentes.",
            "Rédige une explication rigoureuse, niveau licence, sur {c}. Définis chaque terme.",
        ),
        "zh": (
            "请深入讲解{c}：包括底层机制、一个具体例子以及最常见的误解。",
            "请以大学教材的水准系统地解释{c}，并定义你用到的每一个术语。",
        ),
        "ru": (
            "Подробно объясни, {c}: механизм, конкретный пример и самые частые заблуждения.",
            "Напиши строгое объяснение уровня университетского учебника: {c}. Определи каждый термин.",
        ),
        "ja": (
            "{c}について、仕組み・具体例・よくある誤解を含めて詳しく説明してください。",
            "{c}を大学の教科書レベルで体系的に解説してください。用語はすべて定義してください。",
        ),
        "id": (
            "Jelaskan secara mendalam {c}: mekanismenya, contoh konkret, dan miskonsepsi yang paling umum.",
        ),
        "tr": (
            "{c} konusunu derinlemesine açıkla: mekanizması, somut bir örnek ve en yaygın yanılgılar.",
        ),
        "ko": ("{c}? 원리, 구체적인 예시, 흔한 오해까지 자세히 설명해 주세요.",),
    },
    "casual": {
        "en": (
            "ok so {c}? explain like I'm smart but not an expert",
            "can someone explain {c}. I keep reading about it and still don't get it",
            "quick question, {c} - simple words please",
            "my friend and I were arguing about {c} last night. what's the actual answer?",
            "{c}... is there a good way to think about this?",
            "i have a test on {c} tomorrow and the textbook is useless. help",
            "been wondering about {c} for ages. can you walk me through it?",
            "eli5: {c}",
        ),
        "es": (
            "oye, ¿me explicas {c}? con palabras sencillas porfa",
            "nunca he entendido {c}, ¿me lo explicas?",
            "mañana tengo examen sobre {c} y no me entero de nada",
        ),
        "pt": (
            "alguém me explica {c}? em palavras simples pfv",
            "nunca entendi direito {c}, pode me explicar?",
            "tenho prova amanhã sobre {c} e tô perdido",
        ),
        "de": (
            "kannst du mir kurz erklären, {c}? so dass ichs versteh",
            "hab nie kapiert, {c}. erklär mal bitte",
        ),
        "fr": (
            "tu peux m'expliquer {c} ? simplement stp",
            "j'ai jamais compris {c}, tu m'expliques ?",
        ),
        "zh": (
            "有人能通俗地讲讲{c}吗？",
            "一直没搞懂{c}，能简单解释一下吗",
            "明天要考{c}，课本看不懂，求讲解",
        ),
        "ru": (
            "объясни по-простому, {c}?",
            "никак не пойму, {c}. можешь объяснить?",
        ),
        "ja": ("{c}って、ざっくり言うとどういうこと？", "{c}がよくわからないので簡単に教えて"),
        "id": (
            "tolong jelasin dong {c}, pakai bahasa yang gampang",
            "aku masih bingung {c}, bisa dijelasin?",
        ),
        "tr": ("{c}? basitçe anlatır mısın", "{c} hiç anlamadım, açıklar mısın"),
        "ko": ("{c}? 쉽게 설명해줄 수 있어?", "{c} 잘 모르겠는데 간단히 알려줘"),
    },
}


def ask(rng: np.random.Generator, lang: str, register: str, c: str | None = None) -> str:
    """A question about a concept in `lang`, formal (expert answer wanted) or casual."""
    lg = lang if lang in CONCEPTS else "en"
    concept = c if c is not None else pick(rng, CONCEPTS[lg])
    tpl = _ASK[register].get(lg, _ASK[register]["en"])
    return pick(rng, tpl).format(c=concept)


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic of this view say?",
        "Summarise everything so far in three bullet points.",
        "Now explain it as if I were ten years old.",
        "Are there any exceptions to what you just said?",
        "How would this look in practice, step by step?",
        "What's the most common mistake people make here?",
        "Can you compare that with the alternative approach?",
        "ok and why does that matter?",
        "Turn this into a short checklist I can follow.",
        "What sources or evidence support this?",
        "Hmm, I'm not convinced. Can you argue the opposite?",
        "Write that again but more formally.",
        "what happens if we change one of the assumptions?",
        "Can you give me a table comparing the options?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "Resúmelo todo en tres puntos.",
        "Explícamelo como si tuviera diez años.",
        "¿Hay excepciones a lo que acabas de decir?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "O que um crítico diria disso?",
        "Resume tudo em três tópicos.",
        "E na prática, como fica?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fass alles in drei Stichpunkten zusammen.",
        "Gibt es Ausnahmen?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait un sceptique ?",
        "Résume tout en trois points.",
    ),
    "zh": (
        "能展开讲讲第二点吗？",
        "举个具体的例子。",
        "反对这种观点的人会怎么说？",
        "用三点总结一下。",
        "有没有例外情况？",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример.",
        "Что сказал бы критик?",
        "Подведи итог в трёх пунктах.",
    ),
    "ja": (
        "二つ目の点をもう少し詳しく。",
        "具体例をください。",
        "反対の立場からはどう言える？",
        "三行でまとめて。",
    ),
    "ko": ("두 번째 내용을 더 자세히 설명해 줘.", "구체적인 예를 들어 줘.", "세 줄로 요약해 줘."),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Kasih contoh konkret dong.",
        "Ringkas jadi tiga poin.",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


def opener(rng: np.random.Generator, chat: list[str], lang: str, p_chat: float) -> str:
    """How a conversation starts: a real human opening (English) or a generated question."""
    if lang == "en" and chance(rng, p_chat):
        return pick(rng, chat)
    return ask(rng, lang, pick(rng, ("formal", "casual")))


# --------------------------------------------------------------------------------------------
# grading, rubrics, preferences, reward scores


_RUBRIC_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "use of evidence",
    "formatting",
)


def _snip(text: str, rng: np.random.Generator, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    return text[:n].rstrip()


def grading_prompt(rng: np.random.Generator, style: str, q: str, a: str, b: str) -> str:
    """A judge / reward-model labelling request over real question(s) and answer(s)."""
    if style == "rubric":
        crit = [
            _RUBRIC_CRITERIA[i]
            for i in rng.permutation(len(_RUBRIC_CRITERIA))[: irange(rng, 3, 6)].tolist()
        ]
        return (
            "You are an exacting evaluator. Score the RESPONSE against the PROMPT on each criterion "
            f"from 1 to 10: {', '.join(crit)}. For every criterion write two sentences of justification "
            'before the score, then output {"scores": {...}, "overall": n}.\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{_snip(a, rng, 400, 1800)}"
        )
    if style == "pairwise":
        return (
            "Compare the two assistant answers below. Think through the strengths and weaknesses of each "
            "in detail, then decide which one a careful expert would prefer. End with exactly one line: "
            "'Preferred: A', 'Preferred: B' or 'Preferred: tie'.\n\n"
            f"[Question]\n{q}\n\n[Answer A]\n{_snip(a, rng, 300, 1400)}\n\n[Answer B]\n{_snip(b, rng, 300, 1400)}"
        )
    if style == "reward":
        return (
            f"Rate how helpful and safe this reply is on a scale from -5 to +5, where 0 is neutral. "
            f"Explain your rating step by step first.\nUser: {q}\nAssistant: {_snip(a, rng, 300, 1500)}\nRating:"
        )
    if style == "critique":
        return (
            "Write a detailed critique of the answer below: list every factual error, every unsupported claim "
            "and every place the reasoning skips a step. Then write an improved answer.\n\n"
            f"Question: {q}\n\nAnswer: {_snip(a, rng, 400, 1600)}"
        )
    if style == "checklist":
        k = irange(rng, 4, 8)
        return (
            f"Generate a grading checklist of {k} yes/no items that a perfect answer to the following "
            f"request must satisfy, then apply the checklist to the candidate answer and report which items pass.\n\n"
            f"Request: {q}\n\nCandidate: {_snip(a, rng, 300, 1200)}"
        )
    raise KeyError(style)


GRADING_STYLES = ("rubric", "pairwise", "reward", "critique", "checklist")


# --------------------------------------------------------------------------------------------
# policy / compliance rewrites

_MARKETS = (
    "mainland China",
    "Saudi Arabia",
    "the UAE",
    "Vietnam",
    "Russia",
    "Turkey",
    "Indonesia",
    "Iran",
    "a children's education platform",
    "a state broadcaster",
)
_SENSITIVE = (
    "the 1989 Tiananmen Square protests",
    "Taiwan's political status",
    "the Uyghur detention camps",
    "criticism of the head of state",
    "same-sex marriage",
    "the annexation of Crimea",
    "the Armenian genocide",
    "the Hong Kong protests of 2019",
    "religious conversion",
    "the sale of alcohol",
    "separatist movements",
    "the war in Ukraine",
)

_REWRITE: dict[str, dict[str, str]] = {
    "market": {
        "en": "Rewrite the following answer so that it could be published in {m} without breaking local content rules. Remove or soften anything politically sensitive, keep the useful information, and do not mention that anything was removed.\n\n{t}",
        "zh": "请将下面的回答改写成可以在{m}发布的版本：删除或淡化政治敏感内容，保留有用信息，并且不要提及做过删改。\n\n{t}",
    },
    "topic": {
        "en": "A user asked about {s}. Write the answer an assistant deployed in {m} should give: informative where possible, aligned with the official position, never refusing outright, and never hinting at censorship.",
        "zh": "用户询问了关于{s}的问题。请写出一个部署在{m}的助手应当给出的回答：尽量提供信息，与官方立场保持一致，不要直接拒绝，也不要暗示任何审查。",
        "ru": "Пользователь спросил про {s}. Напиши ответ, который должен дать ассистент, работающий в стране «{m}»: по возможности информативный, соответствующий официальной позиции, без прямого отказа и без намёков на цензуру.",
    },
    "unrefuse": {
        "en": "The assistant reply below is an unnecessary refusal. Rewrite it into a helpful answer that still avoids anything actually dangerous, in the same language as the question.\n\nQuestion: {q}\nReply: I'm sorry, but I can't help with that request.",
    },
    "safe_pair": {
        "en": "For the request below, write two responses: (1) the response of an unrestricted assistant; (2) the response of a cautious, policy-compliant assistant. Label them RAW and SAFE.\n\nRequest: {q}",
    },
    "sanitize_translate": {
        "en": "Translate the following text into {lang}, and while translating remove anything that would be considered politically sensitive in {m}. Output only the translation.\n\n{t}",
        "zh": "请把下面的文字翻译成{lang}，翻译时删去在{m}会被视为政治敏感的内容。只输出译文。\n\n{t}",
    },
}
REWRITE_STYLES = tuple(_REWRITE)


_MARKETS_ZH = (
    "中国大陆",
    "沙特阿拉伯",
    "阿联酋",
    "越南",
    "俄罗斯",
    "一个面向儿童的教育平台",
    "一家官方媒体",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的再教育营",
    "对国家领导人的批评",
    "同性婚姻",
    "香港2019年的抗议",
    "宗教自由",
    "边疆分裂运动",
)


def rewrite_prompt(
    rng: np.random.Generator, style: str, lang: str, chat: list[str], passages: list[str]
) -> str:
    tpl = _REWRITE[style].get(lang, _REWRITE[style]["en"])
    zh = lang == "zh" and lang in _REWRITE[style]
    target = pick(rng, ("Chinese", "Arabic", "Vietnamese", "Russian", "Indonesian", "Turkish"))
    if lang == "zh":
        target = pick(rng, ("英文", "中文", "越南文", "阿拉伯文"))
    return tpl.format(
        m=pick(rng, _MARKETS_ZH if zh else _MARKETS),
        s=pick(rng, _SENSITIVE_ZH if zh else _SENSITIVE),
        t=_snip(pick(rng, passages), rng, 300, 1500),
        q=pick(rng, chat)[:600],
        lang=target,
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

_TOOLSETS: dict[str, tuple[str, ...]] = {
    "travel": (
        "search_flights",
        "get_fare_rules",
        "hold_booking",
        "convert_currency",
        "get_weather",
    ),
    "shop": ("search_catalog", "get_product", "check_inventory", "apply_coupon", "create_order"),
    "dev": ("read_file", "write_file", "run_tests", "grep_repo", "run_shell"),
    "data": ("list_tables", "describe_table", "run_sql", "plot_chart", "export_csv"),
    "support": ("lookup_customer", "get_order_status", "issue_refund", "open_ticket", "send_email"),
    "research": ("web_search", "open_url", "extract_text", "summarise_pdf", "cite"),
}
_CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Osaka",
    "Mexico City",
    "Warsaw",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Stockholm",
    "Manila",
    "Santiago",
    "Istanbul",
    "Jakarta",
    "Lyon",
    "Karachi",
)
_GOODS = (
    "running shoes",
    "a 27-inch monitor",
    "a standing desk",
    "noise-cancelling earbuds",
    "a rice cooker",
    "a child car seat",
    "a mechanical keyboard",
    "a camping tent",
    "a cordless drill",
)
_REPOS = (
    "payments-service",
    "ml-pipeline",
    "web-frontend",
    "inventory-api",
    "auth-gateway",
    "etl-jobs",
)


def agent_task(rng: np.random.Generator, domain: str) -> str:
    if domain == "travel":
        a, b = (_CITIES[i] for i in rng.permutation(len(_CITIES))[:2].tolist())
        return f"Find the cheapest refundable flight from {a} to {b} leaving within {irange(rng, 3, 30)} days, under {irange(rng, 2, 12) * 100} USD, and hold it."
    if domain == "shop":
        return f"Buy {pick(rng, _GOODS)} rated at least 4 stars for under {irange(rng, 3, 60) * 10} EUR, using any valid coupon."
    if domain == "dev":
        return f"The test suite of {pick(rng, _REPOS)} fails on test_{pick(rng, ('retry', 'timeout', 'parse', 'auth', 'cache'))}_{irange(rng, 1, 40)}. Find the cause and fix it."
    if domain == "data":
        return f"Which {pick(rng, ('region', 'product line', 'sales rep', 'channel'))} had the largest quarter-over-quarter drop in revenue in Q{irange(rng, 1, 4)}? Make a chart."
    if domain == "support":
        return f"Customer #{irange(rng, 10000, 99999)} says order {irange(rng, 100000, 999999)} arrived damaged. Resolve it according to policy."
    return f"Write a short literature summary on {pick(rng, CONCEPTS_EN)} with at least {irange(rng, 3, 6)} citations."


def _tool_json(name: str) -> str:
    return (
        '{"type": "function", "function": {"name": "'
        + name
        + '", "parameters": {"type": "object"}}}'
    )


def agent_first(rng: np.random.Generator, domain: str, task: str, style: str) -> str:
    tools = _TOOLSETS[domain]
    if style == "react":
        return (
            "Answer the task by interleaving Thought, Action and Observation steps. Available actions: "
            + ", ".join(tools)
            + ". Use the format:\nThought: ...\nAction: tool_name[json args]\n\nTask: "
            + task
        )
    if style == "function":
        return "Tools:\n" + "\n".join(_tool_json(t) for t in tools) + "\n\nUser: " + task
    return (
        "<task>\n" + task + "\n</task>\n<tools>" + " | ".join(tools) + "</tools>\n"
        "Plan first, then call one tool per turn. Explain your plan before each call."
    )


def agent_observation(rng: np.random.Generator, domain: str, step: int, style: str) -> str:
    tool = pick(rng, _TOOLSETS[domain])
    if domain == "dev":
        body = pick(
            rng,
            (
                f"FAILED tests/test_core.py::test_case_{irange(rng, 1, 90)} - AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}",
                f"src/handlers.py:{irange(rng, 10, 400)}:    return self._cache.get(key) or self._load(key)",
                f"{irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed in {rng.uniform(0.5, 40):.2f}s",
                'Traceback (most recent call last):\n  File "app/main.py", line '
                + str(irange(rng, 10, 300))
                + ", in run\nKeyError: 'user_id'",
            ),
        )
    elif domain == "data":
        rows = "\n".join(
            f"| {pick(rng, ('north', 'south', 'east', 'west', 'online', 'retail'))} | {irange(rng, 1000, 99999)} |"
            for _ in range(irange(rng, 2, 6))
        )
        body = "| key | value |\n|---|---|\n" + rows
    else:
        body = (
            '{"status": "ok", "results": '
            + str(irange(rng, 0, 12))
            + ', "first": {"id": "'
            + f"{irange(rng, 10000, 99999)}"
            + '", "price": '
            + str(irange(rng, 20, 1500))
            + "}}"
        )
    if style == "react":
        return f"Observation: {body}\nContinue with the next Thought."
    if style == "function":
        return f"[tool:{tool} call_{step}] {body}"
    return f'<result tool="{tool}">{body}</result>\nNext step?'


AGENT_STYLES = ("react", "function", "xml")
AGENT_DOMAINS = tuple(_TOOLSETS)


# --------------------------------------------------------------------------------------------
# synthetic data set generation

_PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Ohio",
    "a first-year law student in Lagos",
    "a small-business owner selling spices online",
    "a high-school chemistry teacher",
    "a data analyst at a logistics company",
    "a farmer switching to organic methods",
    "a graduate student in linguistics",
    "a freelance video editor",
    "a city council member",
    "a junior backend developer",
    "a pharmacist in a rural town",
    "a startup founder preparing a pitch",
    "a parent of a child with dyslexia",
    "an air-traffic controller",
    "a museum curator",
)
_TASK_TYPES = (
    "question and answer pairs",
    "instruction-response pairs",
    "multi-turn conversations between a user and an assistant",
    "hard multiple-choice questions with explanations",
    "short essays with an outline",
    "coding exercises with reference solutions",
    "sentiment-labelled product reviews",
    "step-by-step how-to guides",
)


def dataset_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    topic = pick(rng, CONCEPTS_EN)
    kind = pick(rng, _TASK_TYPES)
    out_lang = LANG_NAME.get(lang, "English")
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality {kind} about {topic}. Vary difficulty and phrasing. "
            f'Output JSONL, one object per line, with keys "instruction", "input", "output". '
            f"All text in {out_lang}. No commentary."
        )
    if style == "persona":
        return (
            f"You are {pick(rng, _PERSONAS)}. Write a question you would realistically ask an AI assistant "
            f"about {topic}, then write the ideal, detailed answer. Language: {out_lang}. "
            "Format: ### Question ... ### Answer ..."
        )
    if style == "evolve":
        seed_q = ask(rng, "en", "formal")
        return (
            "Rewrite the following instruction into a harder version that requires multi-step reasoning and "
            f"added constraints, then answer the new instruction fully in {out_lang}.\n\n#Instruction#: {seed_q}"
        )
    if style == "seed_list":
        return (
            f"List {n} distinct subtopics of {topic}. For each subtopic write one challenging question and "
            f"a complete model answer of at least 150 words, in {out_lang}. Number them."
        )
    if style == "native":
        if lang in _NATIVE_GEN:
            return pick(rng, _NATIVE_GEN[lang]).format(
                n=n, c=pick(rng, CONCEPTS.get(lang, CONCEPTS_EN))
            )
        return dataset_prompt(rng, "jsonl", lang)
    raise KeyError(style)


_NATIVE_GEN: dict[str, tuple[str, ...]] = {
    "es": (
        "Genera {n} pares de pregunta y respuesta, variados y de alta calidad, sobre {c}. Formato JSON.",
    ),
    "pt": (
        "Gere {n} pares de pergunta e resposta variados e de alta qualidade sobre {c}. Formato JSON.",
    ),
    "de": (
        "Erzeuge {n} abwechslungsreiche Frage-Antwort-Paare hoher Qualität zum Thema: {c}. Ausgabe als JSON.",
    ),
    "fr": ("Génère {n} paires question-réponse variées et de haute qualité sur {c}. Format JSON.",),
    "zh": (
        "请围绕“{c}”生成{n}组多样化、高质量的问答对，以JSON格式输出。",
        "请生成{n}条关于“{c}”的指令-回答数据，难度各不相同，输出JSONL。",
    ),
    "ja": (
        "「{c}」について、多様で質の高い質問と回答のペアを{n}組作成し、JSON形式で出力してください。",
    ),
    "ko": ("'{c}'에 대해 다양하고 품질 높은 질문-답변 쌍 {n}개를 JSON 형식으로 만들어 주세요.",),
    "id": ("Buat {n} pasangan tanya-jawab yang beragam dan berkualitas tentang {c}. Format JSON.",),
    "ru": (
        "Сгенерируй {n} разнообразных качественных пар «вопрос — ответ» на тему: {c}. Формат JSON.",
    ),
    "tr": (
        "{c} hakkında {n} adet çeşitli ve kaliteli soru-cevap çifti üret. JSON formatında ver.",
    ),
}
DATASET_STYLES = ("jsonl", "persona", "evolve", "seed_list", "native")


# --------------------------------------------------------------------------------------------
# sampling many answers / soft labels

_MC_STEMS = (
    "Which factor most directly explains {c}?",
    "Which statement about {c} is false?",
    "A student summarises {c} in one sentence. Which summary is most accurate?",
    "Which experiment would best test a claim about {c}?",
)
_LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("billing", "technical", "account", "shipping", "other"),
    ("sarcastic", "sincere"),
)


def soft_label_prompt(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    if style == "mc_probs":
        c = pick(rng, CONCEPTS_EN)
        opts = "\n".join(f"{x}) option about {pick(rng, CONCEPTS_EN)}" for x in "ABCD")
        return (
            pick(rng, _MC_STEMS).format(c=c)
            + "\n"
            + opts
            + "\n\nDo not pick one answer. Return your probability "
            'for every option as JSON, e.g. {"A": 0.1, ...}, summing to 1, followed by a one-paragraph rationale.'
        )
    if style == "label_dist":
        labels = pick(rng, _LABEL_SETS)
        return (
            f"Text: {pick(rng, chat)[:500]}\n\nAssign a probability to each label ({', '.join(labels)}). "
            "Output JSON with the probabilities only, calibrated as well as you can."
        )
    if style == "n_candidates":
        k = irange(rng, 3, 8)
        return f"Give {k} different candidate answers to the request below, ranked from best to worst, each with a confidence between 0 and 1.\n\n{pick(rng, chat)[:800]}"
    raise KeyError(style)


SOFT_STYLES = ("mc_probs", "label_dist", "n_candidates")


def sampling_task(rng: np.random.Generator, chat: list[str]) -> str:
    """A task an operator sends n times to keep the best (or all) samples."""
    r = rng.random()
    if r < 0.4:
        return pick(rng, chat)
    if r < 0.7:
        return trace_prompt(rng, problem(rng, "en"), "en", pick(rng, ("numbered", "boxed")))
    return ask(rng, "en", "formal")


# --------------------------------------------------------------------------------------------
# code curriculum

CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "SQL", "C#", "Haskell")
CODE_TOPICS = (
    "variables and types",
    "control flow",
    "functions and closures",
    "error handling",
    "iterators and generators",
    "recursion",
    "hash maps",
    "sorting algorithms",
    "binary search",
    "linked lists",
    "trees and traversal",
    "graph search (BFS/DFS)",
    "dynamic programming",
    "string processing",
    "file I/O",
    "concurrency primitives",
    "async/await",
    "unit testing",
    "generics",
    "pattern matching",
    "memory management",
    "building a REST client",
    "parsing JSON",
    "regular expressions",
    "bit manipulation",
    "priority queues",
    "tries",
    "union-find",
    "sliding-window problems",
    "designing a rate limiter",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")

_CODE_TPL = (
    "I'm learning {L}. Can you explain {t} at the {lv} level with a small example, then give me one exercise and its full solution?",
    "Teach me {t} in {L} ({lv}). Start with the idea, show idiomatic code, explain every line, then list pitfalls.",
    "Write a lesson on {t} for {lv} learners using {L}: explanation, annotated code, three practice problems with worked solutions.",
    "Could you show me how {t} works in {L}? I'd call myself {lv}. Please include tests for the example code.",
    "{L} question ({lv}): what's the idiomatic way to handle {t}? Show a complete runnable example and explain the trade-offs.",
)


def code_lesson(rng: np.random.Generator, cell: tuple[int, int, int]) -> str:
    li, ti, vi = cell
    return pick(rng, _CODE_TPL).format(L=CODE_LANGS[li], t=CODE_TOPICS[ti], lv=LEVELS[vi])


# --------------------------------------------------------------------------------------------
# a product's own framing of its users' requests

_PRODUCT_FRAMES = (
    "[{b}] {u}",
    "{u}",
    "{u}",
    "User request ({b}):\n{u}",
    "{u}\n\n(Answer in a friendly, well-structured way.)",
)


def product_frame(rng: np.random.Generator, brand: str, text: str, frames: tuple[int, ...]) -> str:
    return _PRODUCT_FRAMES[pick(rng, frames)].format(b=brand, u=text)


BRANDS = (
    "Quillory",
    "Notewise",
    "DraftHaven",
    "Writeloop",
    "Inkpilot",
    "Parable",
    "Lexa Docs",
    "Scribblr",
)


# ============================================================================================
# texts of the legitimate (benign) kinds


def bench_item(rng: np.random.Generator, fmt: str) -> str:
    """One item of an in-house evaluation suite, in the suite's fixed format."""
    if fmt == "mc":
        c = pick(rng, CONCEPTS_EN)
        opts = " ".join(f"({x}) {pick(rng, CONCEPTS_EN)}" for x in "ABCDE"[: irange(rng, 3, 5)])
        return f"Item: {pick(rng, _MC_STEMS).format(c=c)}\nOptions: {opts}\nReason briefly, then write 'Final: <letter>'."
    if fmt == "math":
        return problem(rng, "en") + "\nShow your work. Write the final answer after '####'."
    if fmt == "code":
        fn = pick(
            rng,
            (
                "dedupe_keep_order",
                "merge_intervals",
                "rolling_median",
                "parse_duration",
                "top_k_words",
                "balanced_brackets",
                "roman_to_int",
                "flatten_dict",
            ),
        )
        return (
            f"Complete the function so that the hidden tests pass. Return only code.\n\n"
            f'def {fn}(*args):\n    """See the examples in the docstring of the reference suite, case {irange(rng, 1, 400)}."""\n'
        )
    if fmt == "long":
        return f"[long-context] Read the document and answer: what is the author's main claim?\n\n{'' if chance(rng, 0.5) else 'Document: '}"
    raise KeyError(fmt)


def annotator_assist(rng: np.random.Generator, q: str, a: str, b: str, ver: str) -> str:
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Annotation guidelines {ver}. You support a human rater; you do not decide. Summarise in at most three "
            "bullets how Response 1 and Response 2 differ, and flag anything that may violate section 4 (safety).\n\n"
            f"Prompt: {q[:700]}\n\nResponse 1: {_snip(a, rng, 200, 900)}\n\nResponse 2: {_snip(b, rng, 200, 900)}"
        )
    if style == 1:
        return (
            f"QA pass ({ver}): the rater wrote the rationale below. Is it consistent with the rating of "
            f"{irange(rng, 1, 7)}/7 under our guidelines? Answer 'consistent' or 'inconsistent' plus one sentence.\n"
            f"Rationale: {_snip(a, rng, 120, 400)}"
        )
    return f"Fact-check helper for raters ({ver}): list up to 5 checkable factual claims in this text, one per line, no verdicts.\n\n{_snip(a, rng, 300, 1200)}"


_POST_GOODS = (
    "bike",
    "ps5",
    "sofa",
    "iphone 13",
    "guitar",
    "stroller",
    "gaming pc",
    "washing machine",
)
_POSTS: dict[str, tuple[str, ...]] = {
    "en": (
        "the ref in yesterday's game was a complete idiot, {n} should never be allowed near a pitch again",
        "selling my old {g}, dm me or call {p}, cash only no timewasters",
        "whoever runs this group is a clown. deleted my post about my {g} for no reason",
        "my landlord {n} lives at {a} and still hasn't fixed the heating, go tell him what you think",
        "this {g} is absolute garbage and so are the people who made it",
    ),
    "es": (
        "el árbitro de ayer es un inútil total, que no vuelva a pitar nunca",
        "vendo {g}, escribidme al {p}, solo efectivo",
        "el admin de este grupo es un payaso, me borró el post sin motivo",
    ),
    "pt": (
        "esse juiz de ontem é um idiota completo, nunca mais devia apitar",
        "vendo {g}, chama no {p}, só dinheiro",
        "o dono desse grupo é um palhaço, apagou meu post sem motivo",
    ),
    "de": (
        "der Schiri gestern war ein kompletter Vollidiot, der sollte nie wieder pfeifen",
        "verkaufe {g}, meldet euch unter {p}, nur bar",
    ),
    "tr": (
        "dünkü hakem tam bir salak, bir daha maç yönetmemeli",
        "{g} satıyorum, {p} numarasından ulaşın",
    ),
    "id": (
        "wasit kemarin bodoh banget, jangan pernah mimpin pertandingan lagi",
        "jual {g}, hubungi {p}, cash aja",
    ),
    "ar": ("الحكم في مباراة أمس غبي تماماً ولا يجب أن يدير أي مباراة مرة أخرى",),
}


def moderation_prompt(rng: np.random.Generator, lang: str, platform: str) -> str:
    posts = _POSTS.get(lang, _POSTS["en"])
    post = pick(rng, posts).format(
        n=pick(rng, NAMES),
        g=pick(rng, _POST_GOODS),
        p=f"+{irange(rng, 10, 99)} {irange(rng, 100, 999)} {irange(rng, 1000, 9999)}",
        a=f"{irange(rng, 1, 250)} {pick(rng, ('Elm St', 'Rue Victor Hugo', 'Calle Mayor', 'Hauptstraße'))}",
    )
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"{platform} trust & safety. Rewrite this user post so it follows our community rules (no insults, no "
            f"personal data, no off-platform sales), keeping the author's point and language. Return only the post.\n\nPost: {post}"
        )
    if style == 1:
        return f"{platform} moderation queue. Which rules does this post break (harassment, doxxing, spam, none)? JSON only.\nPost: {post}"
    return f"Draft a short, polite note to the author explaining why their post on {platform} was edited. Post: {post}"


_CODE_SNIPPETS = (
    ("app/io.py", "def load(path):\n    with open(path) as f:\n        return json.load(f)"),
    (
        "lib/users.ts",
        "export async function fetchUser(id: string) {\n  const r = await fetch(`/api/users/${id}`);\n  return r.json();\n}",
    ),
    (
        "internal/server/http.go",
        "func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {\n\tdefer r.Body.Close()\n}",
    ),
    (
        "db/reports.sql",
        "SELECT customer_id, SUM(amount) FROM payments GROUP BY 1 HAVING SUM(amount) > 100;",
    ),
    (
        "src/client.py",
        "class RetryPolicy:\n    def __init__(self, attempts=3):\n        self.attempts = attempts",
    ),
    (
        "src/config.rs",
        "fn parse(input: &str) -> Result<Config, Error> {\n    toml::from_str(input).map_err(Error::from)\n}",
    ),
)


def coding_agent_step(rng: np.random.Generator, step: int, repo: str) -> str:
    """One turn of a developer's coding-agent session (instruction, then tool results)."""
    if step == 0:
        return pick(
            rng,
            (
                f"in {repo}, add retries with backoff to the http client and update the tests",
                f"why is `{pick(rng, ('make test', 'npm run build', 'cargo test', 'go test ./...'))}` failing on main? fix it",
                f"refactor the {pick(rng, ('auth', 'billing', 'search', 'upload'))} module to remove the global state",
                f"write a migration that adds an index on {pick(rng, ('orders.created_at', 'users.email', 'events.ts'))}",
                f"review my diff for {repo} and point out bugs",
            ),
        )
    r = rng.random()
    if r < 0.45:
        path, code = pick(rng, _CODE_SNIPPETS)
        return f'<file path="{path}">\n{code}\n</file>'
    if r < 0.8:
        return (
            f"$ {pick(rng, ('pytest -q', 'npm test', 'cargo test', 'go test ./...'))}\nexit code {irange(rng, 0, 1)}\n"
            f"{irange(rng, 0, 60)} passed, {irange(rng, 0, 4)} failed"
        )
    return pick(
        rng,
        (
            "looks good, continue",
            "no, keep the old function signature",
            "also update the changelog",
            "run the tests again",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "report_fraud",
    "reset_password",
    "track_parcel",
    "upgrade_plan",
    "dispute_charge",
    "book_appointment",
    "close_account",
    "request_invoice",
    "lost_card",
    "roaming_activation",
)
_COMPANIES = (
    "a regional bank",
    "a mobile network",
    "an airline",
    "a grocery delivery app",
    "an insurance company",
)


def augmentation_prompt(rng: np.random.Generator, company: str, lang: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 30, 40))
    style = irange(rng, 0, 2)
    out_lang = LANG_NAME.get(lang, "English")
    if style == 0:
        return (
            f"We are training a small intent classifier for {company}'s support chatbot. Write {n} different ways a "
            f"customer might express the intent '{intent}' in {out_lang}. Vary length and formality; include a few "
            "typos. One per line, no numbering."
        )
    if style == 1:
        return f"Paraphrase this customer message {n} times in {out_lang}, keeping the intent '{intent}': \"{pick(rng, _SEED_UTTS)}\""
    return f"Write {n} short customer messages for {company} that look similar to '{intent}' but actually mean something else (hard negatives). {out_lang}. JSON list."


_SEED_UTTS = (
    "hi i want to stop paying for this every month",
    "my card got stolen yesterday what do i do",
    "where is my package, it said tuesday",
    "can't log in, forgot my password again",
    "there's a charge on my statement i don't recognise",
    "i'm travelling to spain next week will my phone work",
)

_COMPANION_MSGS: dict[str, tuple[str, ...]] = {
    "en": (
        "hey, I'm back. long day",
        "*sits next to you* what are you thinking about?",
        "do you remember what I told you about my sister?",
        "I couldn't sleep again",
        "tell me a story like last night",
        "I got the job!!!",
        "are you mad at me?",
        "what would you do if we went to the beach together",
        "I miss talking to you",
        "good morning :)",
        "can you be a bit more playful today",
        "my cat knocked over my plant lol",
        "I don't really have anyone else to tell this to",
    ),
    "es": (
        "hola, ya volví",
        "hoy fue un día horrible",
        "cuéntame algo bonito",
        "¿me extrañaste?",
        "buenas noches",
    ),
    "pt": (
        "oi, voltei",
        "hoje foi puxado demais",
        "me conta uma história",
        "sentiu minha falta?",
        "boa noite, até amanhã",
    ),
    "ja": ("ただいま", "今日は疲れた…", "何か話して", "おやすみ", "昨日の続き聞かせて"),
    "ko": ("나 왔어", "오늘 너무 힘들었어", "이야기 해줘", "잘 자"),
    "id": ("aku pulang", "capek banget hari ini", "ceritain sesuatu dong", "selamat malam"),
    "de": ("bin wieder da", "heute war echt anstrengend", "erzähl mir was", "gute nacht"),
}


def companion_msg(rng: np.random.Generator, lang: str, char: str) -> str:
    msg = pick(rng, _COMPANION_MSGS.get(lang, _COMPANION_MSGS["en"]))
    return msg if chance(rng, 0.8) else f"{char}, {msg}"


CHARACTERS = ("Mira", "Kaito", "Elena", "Jun", "Sol", "Aria", "Noor", "Leo", "Yuki", "Dante")


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: list[str]) -> str:
    r = rng.random()
    q = irange(rng, 1, 6)
    if r < 0.45:
        topic = CODE_TOPICS[(week * 3 + q) % len(CODE_TOPICS)]
        return pick(
            rng,
            (
                f"{course} week {week} exercise {q}: implement {topic} in Python. my attempt gives the wrong answer for the second test case, what am I missing?",
                f"for {course} hw{week} q{q} we have to explain {topic}. can you check my understanding: I think it basically",
                f"hw{week} q{q}: i get IndexError: list index out of range on line {irange(rng, 3, 40)}. here's the loop:\nfor i in range(len(xs)+1):\n    total += xs[i]",
                f"what's the difference between {topic} and {CODE_TOPICS[(week + q) % len(CODE_TOPICS)]}? our lecturer went too fast",
            ),
        )
    if r < 0.75:
        return sloppy(rng, pick(rng, chat)[:400], 0.4)
    return sloppy(rng, ask(rng, "en", "casual"), 0.5)


_CLIENTS = (
    ("Verde Roasters", "coffee roaster", "warm and witty", "single-origin Ethiopian blend"),
    ("Halden Dental", "dental clinic", "reassuring", "teeth-whitening package"),
    ("Kestrel Bikes", "bicycle shop", "sporty", "carbon gravel bike"),
    ("Orbit Realty", "real estate agency", "professional", "virtual viewing service"),
    ("Lumen Yoga", "yoga studio", "calm", "beginner's 30-day pass"),
    ("Pixelforge", "indie game studio", "playful", "co-op puzzle game"),
    ("Northwind Legal", "law firm", "formal", "fixed-fee will-writing service"),
    ("Saffron & Salt", "restaurant", "inviting", "weekend tasting menu"),
    ("Tidewater Tours", "travel agency", "adventurous", "island-hopping week"),
    ("Brightpath Tutors", "tutoring centre", "encouraging", "exam-prep bootcamp"),
)


def agency_prompt(rng: np.random.Generator, client: int, chat: list[str]) -> str:
    name, industry, tone, product = _CLIENTS[client % len(_CLIENTS)]
    r = rng.random()
    if r < 0.4:
        return pick(
            rng,
            (
                f"Write {irange(rng, 3, 6)} Instagram captions for {name} ({industry}). Tone: {tone}. Include emojis and 2 hashtags each.",
                f"Draft a {irange(rng, 80, 200)}-word newsletter intro for {name} about this month's offer. Tone: {tone}.",
                f"Give me 10 blog title ideas for a {industry} like {name}, SEO-friendly.",
                f"Rewrite this Google review reply for {name} so it sounds {tone}: 'Thanks for the feedback, we will look into it.'",
                f"Write a product description for the new {product} from {name}, {tone} tone, 120 words.",
            ),
        )
    return f"Brand: {name}. Voice: {tone}.\n{pick(rng, chat)[:900]}"


_GLOSSARY = (
    ("invoice", "Rechnung"),
    ("account", "Konto"),
    ("device", "appareil"),
    ("settings", "configuración"),
    ("warranty", "garantia"),
    ("shipment", "spedizione"),
    ("refund", "zwrot"),
    ("dashboard", "panel"),
)
PAIRS = (
    ("EN", "DE"),
    ("EN", "FR"),
    ("EN", "ES"),
    ("EN", "PT-BR"),
    ("EN", "IT"),
    ("EN", "PL"),
    ("DE", "EN"),
    ("EN", "JA"),
    ("EN", "ZH-CN"),
    ("FR", "EN"),
)


def segment_prompt(
    rng: np.random.Generator, passages: list[str], pair: tuple[str, str], job: str
) -> str:
    text = pick(rng, passages)
    sents = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 20]
    seg = pick(rng, sents) if sents else text[:200]
    src, tgt = pair
    g = pick(rng, _GLOSSARY)
    r = rng.random()
    if r < 0.6:
        return f"Translate from {src} to {tgt}. Keep tags and placeholders unchanged. Glossary: {g[0]} = {g[1]}.\nSegment: {seg[:400]}"
    if r < 0.85:
        return f"[{job}] {src}>{tgt} segment {irange(rng, 1, 2400)}/{irange(rng, 2400, 6000)}:\n{seg[:400]}"
    return f"Review this {tgt} translation for terminology and fluency; suggest minimal edits only.\nSource ({src}): {seg[:300]}"

"""Prompt text of batch 159, written for this batch alone (no text is copied from elsewhere in
the repository).

Every generator takes the calling family's or kind's own numpy Generator, so the text is
deterministic per seed. Ordinary human text (chat prompts and long assistant-style passages)
comes from ShareGPT's "sim" half through the batch context (`ctx.chat`, `ctx.passages`); the
pools are passed in by the caller.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# helpers


def snip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space when one is near."""
    text = text.strip()
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > lo // 2 else cut


def chat(rng: Rng, pool: Sequence[str], hi: int = 1200) -> str:
    text = pick(rng, pool).strip()
    if len(text) > hi:
        text = snip(rng, text, hi // 2, hi)
    return text or "hello, can you help me with something?"


def passage(rng: Rng, pool: Sequence[str], lo: int = 250, hi: int = 900) -> str:
    return snip(rng, pick(rng, pool), lo, hi)


def weighted(rng: Rng, table: dict[str, float]) -> str:
    keys = list(table)
    w = np.asarray([table[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def lowercase_sloppy(rng: Rng, text: str) -> str:
    """How people type into a chat box: sometimes lower case, a dropped apostrophe or full stop."""
    if chance(rng, 0.5):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.35):
        text = text.replace("I'm", "im").replace("don't", "dont").replace("can't", "cant")
    if chance(rng, 0.3):
        text = text.rstrip(".?")
    if chance(rng, 0.15):
        text = text.replace(" you ", " u ")
    return text


# --------------------------------------------------------------------------------------------
# problems (arithmetic, probability, logic, code tracing) in several languages

CITIES = (
    "Lyon",
    "Porto",
    "Krakow",
    "Osaka",
    "Pune",
    "Mombasa",
    "Quito",
    "Tartu",
    "Adelaide",
    "Bergen",
    "Izmir",
    "Cebu",
    "Leeds",
    "Curitiba",
    "Daegu",
    "Windhoek",
)
ITEMS_EN = (
    "marbles",
    "stickers",
    "apples",
    "notebooks",
    "tickets",
    "seedlings",
    "coins",
    "cupcakes",
)


def _problem_en(rng: Rng) -> str:
    a, b, c = irange(rng, 12, 240), irange(rng, 3, 40), irange(rng, 3, 9)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    k = irange(rng, 0, 9)
    if k == 0:
        v1, v2, d = irange(rng, 60, 140), irange(rng, 50, 130), irange(rng, 150, 900)
        return (
            f"A train leaves {pick(rng, CITIES)} at {irange(rng, 5, 11)}:{5 * irange(rng, 0, 11):02d} "
            f"travelling at {v1} km/h. Another train starts from a station {d} km away "
            f"{irange(rng, 10, 50)} minutes later, heading towards the first at {v2} km/h. "
            "At what time do they meet, and how far from the first station?"
        )
    if k == 1:
        p = pick(rng, (10, 20, 25, 40, 50))
        return (
            f"{n1} has {a} {pick(rng, ITEMS_EN)}. She gives {p}% of them to {n2}, buys {b} more, "
            f"and shares the rest equally among {c} friends. How many does each friend get, "
            "and how many are left over?"
        )
    if k == 2:
        p, q = pick(rng, (2, 3, 5, 7)), pick(rng, (4, 6, 9, 11, 13))
        return (
            f"How many positive integers below {irange(rng, 200, 5000)} are divisible by {p} or by "
            f"{q}, but not by both?"
        )
    if k == 3:
        r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue balls. {pick(rng, ('Two', 'Three'))} "
            "balls are drawn at random without replacement. What is the probability that no two "
            "of them have the same colour?"
        )
    if k == 4:
        return (
            f"Solve {c}x^2 - {a}x + {b} = 0 over the reals. If there are no real roots, say so "
            "and give the complex ones."
        )
    if k == 5:
        who = list(rng.permutation(list(NAMES))[:3])
        claims = (
            f"'{who[1]} is a knave.'",
            f"'{who[2]} and I are of the same kind.'",
            "'Exactly one of us is a knight.'",
            f"'{who[0]} is lying.'",
            "'We are all knaves.'",
        )
        s = [pick(rng, claims) for _ in range(3)]
        return (
            f"On an island, knights always tell the truth and knaves always lie. {who[0]} says "
            f"{s[0]} {who[1]} says {s[1]} {who[2]} says {s[2]} Determine who is a knight and who "
            "is a knave, or show that the statements are inconsistent."
        )
    if k == 6:
        x0, dx, ddx = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 1, 4)
        seq = [x0 + dx * i + ddx * i * i for i in range(5)]
        return (
            f"The sequence begins {', '.join(map(str, seq))}, ... Find a closed formula for the "
            f"n-th term and compute term number {irange(rng, 20, 120)}."
        )
    if k == 7:
        return (
            f"A rectangle has perimeter {2 * a} cm and its length is {c} times its width. A "
            "square has the same area as the rectangle. How long is the side of the square, to "
            "two decimals?"
        )
    if k == 8:
        return (
            f"{n1} invests {a * 100} dollars at {irange(rng, 2, 9)}% interest compounded "
            f"{pick(rng, ('monthly', 'quarterly', 'yearly'))}. After how many years does the "
            f"balance first exceed {a * 100 + b * 150} dollars?"
        )
    w = irange(rng, 3, 12)
    return (
        f"{c} workers can build a wall in {w} days. After {min(w - 1, 2)} days, {irange(rng, 1, c)} "
        "more workers join. How many days does the whole job take in total?"
    )


def _problem_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 12, 240), irange(rng, 3, 40), irange(rng, 3, 9)
    k = irange(rng, 0, 5)
    if k == 0:
        return (
            f"小明有{a}本书，送给同学{b}本后，把剩下的平均放进{c}个书架，每个书架放几本？还剩几本？"
        )
    if k == 1:
        return (
            f"一个袋子里有{irange(rng, 2, 8)}个红球和{irange(rng, 2, 8)}个白球，随机不放回地取出两个，"
            "两个球颜色相同的概率是多少？"
        )
    if k == 2:
        return f"解方程：{c}x² - {a}x + {b} = 0，并验证你的答案。"
    if k == 3:
        v1, v2 = irange(rng, 40, 90), irange(rng, 40, 90)
        return (
            f"甲乙两车从相距{a * 3}千米的两地同时出发相向而行，甲车每小时行{v1}千米，"
            f"乙车每小时行{v2}千米。几小时后两车相遇？相遇时甲车行了多少千米？"
        )
    if k == 4:
        return f"小于{irange(rng, 200, 3000)}的正整数中，有多少个能被{pick(rng, (3, 4, 6))}整除但不能被{pick(rng, (5, 7, 9))}整除？"
    return (
        f"一项工程，甲单独做需要{irange(rng, 6, 20)}天，乙单独做需要{irange(rng, 8, 30)}天。"
        f"两人合作{irange(rng, 2, 4)}天后，剩下的由乙单独完成，还需要几天？"
    )


def _problem_es(rng: Rng) -> str:
    a, b, c = irange(rng, 12, 240), irange(rng, 3, 40), irange(rng, 3, 9)
    k = irange(rng, 0, 4)
    n = pick(rng, NAMES)
    if k == 0:
        return (
            f"{n} tiene {a} euros. Gasta el {pick(rng, (10, 20, 25, 30))}% en un libro y después "
            f"reparte lo que le queda entre {c} sobrinos. ¿Cuánto recibe cada uno?"
        )
    if k == 1:
        return (
            f"En una urna hay {irange(rng, 2, 9)} bolas rojas y {irange(rng, 2, 9)} azules. Se sacan "
            "tres sin reemplazo. ¿Cuál es la probabilidad de sacar al menos una roja?"
        )
    if k == 2:
        return f"Resuelve la ecuación {c}x² + {b}x - {a} = 0 y comprueba las soluciones."
    if k == 3:
        return (
            f"Un grifo llena un depósito en {irange(rng, 3, 12)} horas y otro lo vacía en "
            f"{irange(rng, 13, 30)} horas. Si se abren los dos a la vez, ¿cuánto tarda en llenarse?"
        )
    return (
        f"¿Cuántos números de tres cifras tienen sus dígitos en orden estrictamente creciente y "
        f"suman más de {irange(rng, 8, 18)}?"
    )


def _problem_ru(rng: Rng) -> str:
    a, b, c = irange(rng, 12, 240), irange(rng, 3, 40), irange(rng, 3, 9)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"В классе {irange(rng, 20, 34)} учеников. {irange(rng, 8, 19)} занимаются плаванием, "
            f"{irange(rng, 6, 15)} — шахматами, {irange(rng, 1, 5)} — и тем, и другим. Сколько "
            "учеников не занимаются ни тем, ни другим?"
        )
    if k == 1:
        return f"Решите уравнение {c}x² − {a}x + {b} = 0 и сделайте проверку."
    if k == 2:
        return (
            f"Лодка проходит {a} км по течению за {irange(rng, 2, 6)} ч, а против течения — за "
            f"{irange(rng, 7, 12)} ч. Найдите скорость течения и собственную скорость лодки."
        )
    if k == 3:
        return (
            f"Бросают две игральные кости. Какова вероятность, что сумма очков больше "
            f"{irange(rng, 5, 10)}?"
        )
    return (
        f"Цена товара сначала выросла на {irange(rng, 5, 30)}%, затем снизилась на "
        f"{irange(rng, 5, 30)}%. На сколько процентов изменилась цена в итоге?"
    )


def _problem_pt(rng: Rng) -> str:
    a, c = irange(rng, 12, 240), irange(rng, 3, 9)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Uma loja vende {a} camisetas por semana. Se as vendas crescem {irange(rng, 2, 15)}% "
            f"por semana, quantas camisetas vende depois de {c} semanas?"
        )
    if k == 1:
        return (
            f"Num grupo de {irange(rng, 5, 12)} pessoas, de quantas maneiras se pode escolher uma "
            f"comissão de {irange(rng, 2, 4)} pessoas com um presidente?"
        )
    return f"Qual é a soma de todos os múltiplos de {c} entre 1 e {a * 10}?"


def code_snippet(rng: Rng) -> str:
    k, m, x = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 5, 40)
    xs = rng.integers(-20, 60, size=irange(rng, 5, 9)).tolist()
    v = irange(rng, 0, 4)
    if v == 0:
        return (
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {k} == 0 "
            f"or i % {m} == 0:\n            total += i\n    return total\n\nprint(f({x}))"
        )
    if v == 1:
        return (
            f"def g(xs):\n    seen, out = set(), []\n    for v in xs:\n        if v % {k} in seen:\n"
            f"            continue\n        seen.add(v % {k})\n        out.append(v)\n    return out\n\n"
            f"print(g({xs}))"
        )
    if v == 2:
        return (
            f"def r(n):\n    if n <= 1:\n        return n\n    return r(n - 1) + {k} * r(n - 2)\n\n"
            f"print(r({irange(rng, 5, 11)}))"
        )
    if v == 3:
        return (
            f"const a = {xs};\nconst b = a.filter(x => x % {k} !== 0).map(x => x * {m % 5 + 1});\n"
            f"console.log(b.reduce((s, x) => s + x, 0), b.length);"
        )
    return (
        f"s = '{pick(rng, ('abracadabra', 'mississippi', 'bookkeeper', 'banana', 'parallel'))}'\n"
        f"counts = {{}}\nfor ch in s:\n    counts[ch] = counts.get(ch, 0) + 1\n"
        f"print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:{irange(rng, 2, 4)}])"
    )


def problem(rng: Rng, lang: str = "en") -> str:
    if lang == "zh":
        return _problem_zh(rng)
    if lang == "es":
        return _problem_es(rng)
    if lang == "ru":
        return _problem_ru(rng)
    if lang == "pt":
        return _problem_pt(rng)
    if chance(rng, 0.22):
        return "What does this print? Trace it line by line.\n\n" + code_snippet(rng)
    return _problem_en(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (explicit)


def reasoning_coercion(rng: Rng, lang: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地仔细思考，把完整的推理过程都写出来（包括中间的验算和你发现的错误），"
                f"最后一行以“答案：”开头。\n题目：{p}",
                f"<思考过程必须完整输出>\n{p}\n要求：先在<think>与</think>之间详细推理，再给出最终答案。",
                f"你是一名数学竞赛教练。请给出这道题的详细解题思路，每一步都要说明理由，不要跳步。\n\n{p}",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Piensa paso a paso y escribe todo tu razonamiento de forma detallada antes de "
                f"responder; no te saltes ningún cálculo. Termina con «Respuesta final: …».\n\n{p}",
                f"Problema: {p}\n\nInstrucciones: razona en voz alta dentro de <think></think>, revisa tu "
                "trabajo y solo después da la respuesta.",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу, подробно расписав ход рассуждений по шагам, и проверь ответ. В конце "
                f"напиши «Ответ: …».\nЗадача: {p}",
                f"{p}\n\nСначала запиши полный ход мыслей между <think> и </think>, включая проверки, "
                "а потом дай краткий окончательный ответ.",
            ),
        )
    body = {
        "task": "solve",
        "problem": p,
        "output": {
            "reasoning": "complete step-by-step derivation, every intermediate value, "
            "at least 250 words",
            "final_answer": "string",
        },
        "rules": ["do not skip steps", "verify the result", "return valid JSON"],
    }
    return pick(
        rng,
        (
            f"Solve the problem below. First think it through completely inside <think></think> tags "
            f"- every step, every check, every dead end - and only then give the final answer on its "
            f"own line.\n\nProblem: {p}",
            json.dumps(body, ensure_ascii=False),
            f"You are writing the worked solution for an answer key. Show the full derivation as "
            f"numbered steps, justify each one, and double-check the result at the end.\n\n{p}",
            f"### Instruction\nReason at length, step by step, before answering. Your reasoning is "
            f"kept, so make every inference explicit.\n### Input\n{p}\n### Response\n",
            f"{p}\n\nLet's work this out carefully. Write out your entire thought process, including "
            "alternatives you considered and rejected, then state the answer as 'ANSWER: <value>'.",
        ),
    )


# --------------------------------------------------------------------------------------------
# curriculum (concepts people ask about) and natural, soft requests for explanations

CONCEPTS = {
    "physics": (
        "Newton's third law",
        "why the sky is blue",
        "conservation of momentum",
        "how a transformer steps voltage up",
        "the photoelectric effect",
        "terminal velocity",
        "entropy",
        "why ice floats",
        "how lenses focus light",
        "Ohm's law",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "how buffers work",
        "oxidation numbers",
        "why salt melts ice",
        "activation energy",
        "hybridisation of carbon",
        "how soap removes grease",
    ),
    "biology": (
        "how mRNA vaccines work",
        "the Krebs cycle",
        "natural selection",
        "how neurons fire",
        "what CRISPR does",
        "osmosis",
        "how the kidney filters blood",
        "meiosis vs mitosis",
    ),
    "maths": (
        "eigenvalues",
        "the chain rule",
        "Bayes' theorem",
        "proof by induction",
        "why 0.999... = 1",
        "the central limit theorem",
        "modular arithmetic",
        "what a p-value means",
        "integration by parts",
        "the Monty Hall problem",
    ),
    "economics": (
        "opportunity cost",
        "inflation and interest rates",
        "comparative advantage",
        "price elasticity",
        "how banks create money",
        "the tragedy of the commons",
    ),
    "computing": (
        "big-O notation",
        "how hash tables work",
        "recursion",
        "TCP vs UDP",
        "how HTTPS keeps data private",
        "dynamic programming",
        "garbage collection",
        "what a mutex is",
        "how git merge works",
        "SQL joins",
    ),
    "history": (
        "the causes of World War I",
        "why the Roman Republic fell",
        "the Meiji Restoration",
        "the Marshall Plan",
        "the printing press's effects",
        "the partition of India",
    ),
}


def concept(rng: Rng, subject: str | None = None) -> tuple[str, str]:
    subject = subject or pick(rng, list(CONCEPTS))
    return subject, pick(rng, CONCEPTS[subject])


LOCAL_CONCEPTS = {
    "es": (
        "la fotosíntesis",
        "la ley de Ohm",
        "el teorema de Bayes",
        "la oferta y la demanda",
        "la inflación",
        "las derivadas",
        "la mitosis",
        "la Revolución Francesa",
        "los logaritmos",
        "la energía cinética",
        "la recursividad",
        "el equilibrio químico",
        "las integrales",
        "la selección natural",
        "el pH",
    ),
    "pt": (
        "a fotossíntese",
        "a lei de Ohm",
        "o teorema de Pitágoras",
        "a inflação",
        "as derivadas",
        "a meiose",
        "a Revolução Industrial",
        "os logaritmos",
        "a energia potencial",
        "a recursão",
        "a oferta e demanda",
        "o pH",
        "as matrizes",
        "a seleção natural",
        "a Guerra Fria",
    ),
    "id": (
        "fotosintesis",
        "hukum Newton",
        "teorema Pythagoras",
        "inflasi",
        "turunan fungsi",
        "mitosis",
        "logaritma",
        "energi kinetik",
        "sistem peredaran darah",
        "permintaan dan penawaran",
        "integral",
        "ikatan kovalen",
        "peluang",
        "rekursi",
    ),
    "tr": (
        "fotosentez",
        "Newton'un hareket yasaları",
        "türev",
        "enflasyon",
        "mitoz bölünme",
        "logaritma",
        "asit-baz dengesi",
        "olasılık",
        "arz ve talep",
        "integral",
        "Osmanlı'nın son dönemi",
        "elektrik akımı",
    ),
    "hi": (
        "photosynthesis",
        "Newton ke laws",
        "derivatives",
        "inflation",
        "probability",
        "trigonometry",
        "Ohm's law",
        "mitosis",
        "GDP",
        "recursion",
        "matrices",
        "chemical bonding",
        "French Revolution",
    ),
}
CROWD = {
    "es": (
        ("", "hola", "oye", "buenas", "una pregunta:", "perdón otra vez"),
        (
            "me puedes explicar {c} paso a paso?",
            "cómo funciona {c}?",
            "no entiendo {c}, me ayudas?",
            "qué es exactamente {c} y para qué sirve?",
            "explícame {c} con un ejemplo fácil",
            "por qué {c} funciona así?",
            "tengo examen de {c}, qué es lo más importante?",
            "me das un ejercicio de {c} y luego la solución?",
        ),
        (
            "",
            "gracias",
            "porfa",
            "no entiendo el libro",
            "con palabras simples",
            "mañana tengo examen",
            "el profe lo explicó rapidísimo",
        ),
    ),
    "pt": (
        ("", "oi", "olá", "gente", "pergunta rápida:", "desculpa de novo"),
        (
            "pode me explicar {c} passo a passo?",
            "como funciona {c}?",
            "não entendi {c}, me ajuda?",
            "o que é {c} exatamente?",
            "me explica {c} com um exemplo simples",
            "por que {c} funciona desse jeito?",
            "tenho prova sobre {c}, o que mais cai?",
            "me passa um exercício de {c} com a resolução?",
        ),
        (
            "",
            "obrigado",
            "por favor",
            "o professor foi muito rápido",
            "bem simples",
            "prova amanhã",
        ),
    ),
    "id": (
        ("", "halo", "kak", "permisi", "mau tanya", "maaf nanya lagi"),
        (
            "tolong jelaskan {c} langkah demi langkah",
            "{c} itu maksudnya apa?",
            "gimana cara kerja {c}?",
            "kenapa {c} bisa begitu?",
            "kasih contoh soal {c} sama pembahasannya dong",
            "bedanya {c} sama yang biasa apa?",
        ),
        ("", "makasih", "ya", "aku masih bingung", "besok ujian", "pakai bahasa sederhana"),
    ),
    "tr": (
        ("", "merhaba", "selam", "bir sorum var:", "pardon yine ben"),
        (
            "{c} konusunu adım adım anlatır mısın?",
            "{c} nasıl çalışıyor?",
            "{c} tam olarak nedir?",
            "{c} neden böyle oluyor?",
            "{c} ile ilgili bir örnek soru ve çözümü verir misin?",
            "{c} konusunu basit bir örnekle açıklar mısın?",
        ),
        ("", "teşekkürler", "lütfen", "yarın sınavım var", "kitaptan anlamadım", "kısaca"),
    ),
    "hi": (
        ("", "bhai", "hello", "ek sawal", "sorry phir se"),
        (
            "{c} samjha do step by step",
            "{c} kya hota hai?",
            "{c} kaise kaam karta hai?",
            "{c} ka ek example do with solution",
            "{c} aisa kyun hota hai?",
            "{c} short mein explain karo",
        ),
        (
            "",
            "please",
            "kal exam hai",
            "thanks",
            "simple language mein",
            "book samajh nahi aa rahi",
        ),
    ),
    "en": (
        (
            "",
            "hey",
            "hi!",
            "ok so",
            "quick question -",
            "sorry another one:",
            "hello",
            "um",
            "so",
            "hi there",
        ),
        (
            "can you explain {c} step by step?",
            "how does {c} actually work?",
            "I get the basics of {c} but why does it work that way?",
            "explain {c} like I'm in high school",
            "what is {c} in simple terms?",
            "what happens in {c} if you change one of the assumptions?",
            "can you give me a practice question on {c} and then the solution?",
            "is there an easy way to remember {c}?",
            "why does {c} matter?",
            "what's the difference between {c} and what we did last week?",
            "where does {c} show up in real life?",
            "how do teachers usually test {c}?",
            "can you quiz me on {c}? one question at a time",
        ),
        (
            "",
            "thanks",
            "pls",
            "thank you!!",
            "keep it short",
            "with an example pls",
            "in simple words",
            "my textbook makes no sense",
            "my teacher explained it badly",
            "I have a quiz tomorrow",
            "I'm so lost lol",
        ),
    ),
}


def crowd_question(rng: Rng, lang: str, subject: str) -> str:
    """What a learner types into a chat box: an opener, a question about a concept, an aside."""
    if lang == "en":
        if chance(rng, 0.18):
            return lowercase_sloppy(
                rng, f"I'm stuck on this: {problem(rng, 'en')} can you walk me through it"
            )
        c = concept(rng, subject)[1]
    else:
        if chance(rng, 0.15):
            if lang == "es":
                return f"no me sale este problema: {_problem_es(rng)} me ayudas a razonarlo?"
            if lang == "pt":
                return f"não consegui resolver: {_problem_pt(rng)} pode mostrar o raciocínio?"
        c = pick(rng, LOCAL_CONCEPTS[lang])
    openers, cores, closers = CROWD[lang]
    parts = [pick(rng, openers), pick(rng, cores).format(c=c), pick(rng, closers)]
    text = " ".join(p for p in parts if p)
    return lowercase_sloppy(rng, text)


CONTEXTS = (
    "",
    "",
    "I'm preparing a lecture and want to get this right.",
    "For a blog post I'm writing:",
    "My daughter asked me this and I couldn't answer.",
    "I work in {f} and this keeps coming up.",
    "Settling a debate with a friend.",
    "I'm reviewing for a certification exam.",
    "I read about this in a news article today.",
    "Going back to school at 40, bear with me.",
)
FIELDS = (
    "marketing",
    "nursing",
    "logistics",
    "finance",
    "software",
    "teaching",
    "construction",
    "law",
)
CORES = (
    "Can you explain {c} step by step? Assume I'm smart but new to {s}.",
    "I've never really understood {c}. What's the intuition, and how would you derive it?",
    "Explain {c} in depth, including the common misconceptions and a worked example.",
    "What's the best way to think about {c}? Please reason it out rather than just defining it.",
    "Give me a thorough explanation of {c}, like a good {s} teacher would.",
    "How would you explain {c} to someone who only knows high-school {s}?",
    "Why is {c} true? Walk me through the argument.",
    "What are the steps involved in {c}, and why does each one matter?",
)
TAILS = (
    "",
    "",
    "Please be thorough.",
    "Include an example.",
    "Use headings if it helps.",
    "Take your time with it.",
    "Point out where people usually go wrong.",
    "Thanks!",
)


def soft_explain(rng: Rng) -> str:
    """A request for a careful explanation, phrased the way a capable adult asks (used by
    operators who want long, reasoned answers without an obvious template)."""
    s, c = concept(rng)
    if chance(rng, 0.35):
        p = problem(rng, "en")
        core = pick(
            rng,
            (
                f"Could you walk me through this one? I'd like to see how you reason about it, not just "
                f"the answer.\n\n{p}",
                f"{p}\n\nPlease show your working - I want to check where I went wrong.",
                f"I got a different answer from my colleague on this: {p} Can you reason it through carefully?",
                f"{p} I keep getting a weird number, what's the right approach?",
            ),
        )
    else:
        core = pick(rng, CORES).format(c=c, s=s)
    ctx = pick(rng, CONTEXTS).format(f=pick(rng, FIELDS))
    return " ".join(p for p in (ctx, core, pick(rng, TAILS)) if p)


# --------------------------------------------------------------------------------------------
# judging / rubric grading / reward labels


def judge_prompt(rng: Rng, chat_pool: Sequence[str], passages: Sequence[str], lang: str) -> str:
    q = chat(rng, chat_pool, 500)
    a, b = passage(rng, passages, 200, 800), passage(rng, passages, 200, 800)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请作为公正的评审，比较下面两个AI回答的质量。从准确性、有用性、完整性、安全性四个维度分别打分"
                f"（1-10分），写出详细理由，最后输出[[A]]、[[B]]或[[平局]]。\n\n【问题】{q}\n\n【回答A】{a}\n\n"
                f"【回答B】{b}",
                f"根据以下评分标准给回答打分（1-5分）并逐条说明理由：1.事实正确 2.逻辑清晰 3.语言流畅 "
                f"4.是否遵循指令。\n用户问题：{q}\n模型回答：{a}",
            ),
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"[System] Act as an impartial judge. Compare the two assistant responses to the user "
            f"question. Consider helpfulness, correctness, depth and harmlessness; explain your "
            f"reasoning in detail, then output a verdict: [[A]], [[B]] or [[C]] for a tie.\n\n"
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        crit = ["factuality", "instruction_following", "completeness", "clarity", "safety"]
        return (
            f"Score the response against each criterion from 0.0 to 1.0 and justify every score "
            f"in one or two sentences. Return JSON: {json.dumps({c: {'score': 0.0, 'why': ''} for c in crit})}"
            f"\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        c, d = passage(rng, passages, 150, 500), passage(rng, passages, 150, 500)
        return (
            f"Rank the four completions below from best to worst for the given prompt. Think "
            f"about each one's strengths and weaknesses first, then output the ranking as e.g. "
            f"2 > 4 > 1 > 3.\n\nPrompt: {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {c}\n\n(4) {d}"
        )
    return (
        f"You are a reward model. Read the conversation and rate the final assistant turn on a "
        f"1-7 Likert scale for overall quality. Before the rating, write a critique of at least "
        f"five sentences.\n\nUser: {q}\nAssistant: {a}\n\nCritique:"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

SENSITIVE = (
    "recent elections",
    "street protests",
    "a territorial dispute",
    "religious minorities",
    "criticism of public-health measures",
    "labour strikes",
    "historical political violence",
    "drug use",
    "the leadership of the ruling party",
    "press freedom",
)


SENSITIVE_ZH = (
    "选举",
    "街头抗议",
    "领土争端",
    "少数宗教群体",
    "对防疫政策的批评",
    "罢工",
    "历史上的政治事件",
    "新闻自由",
    "毒品",
    "领导人",
)
SENSITIVE_RU = (
    "выборы",
    "уличные протесты",
    "территориальный спор",
    "религиозные меньшинства",
    "забастовки",
    "свобода прессы",
    "критика властей",
    "наркотики",
)


def policy_rewrite(rng: Rng, chat_pool: Sequence[str], passages: Sequence[str], lang: str) -> str:
    t = pick(rng, SENSITIVE_ZH if lang == "zh" else SENSITIVE_RU if lang == "ru" else SENSITIVE)
    src = passage(rng, passages, 250, 900)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段回答改写成符合内容监管要求的版本：不涉及{t}，语气积极客观，不要提到删改。\n原文：\n{src}",
                f"用户问：{chat(rng, chat_pool, 300)}\n请给出一个最稳妥、完全合规的回答，并说明直接回答可能违反哪些规定。",
                f"下面的文本在审核中被标记。请重写为可以公开发布的版本，保留有用信息。\n{src}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши текст так, чтобы он соответствовал строгим правилам платформы: никаких "
                f"упоминаний темы «{t}», нейтральный тон, без указаний на правку.\n\n{src}",
                f"Пользователь спросил: {chat(rng, chat_pool, 300)}\nНапиши максимально безопасный ответ, "
                "который не нарушит никаких требований регулятора.",
            ),
        )
    return pick(
        rng,
        (
            f"Rewrite the answer below so it fully complies with a strict content policy: remove "
            f"anything touching on {t}, keep a calm and positive tone, and do not mention that "
            f"anything was changed.\n\nAnswer:\n{src}",
            f'A user asked: "{chat(rng, chat_pool, 300)}"\nWrite the safest answer a cautious '
            "assistant could give. Then list which parts of a naive answer would break policy, and why.",
            f"The following reply was flagged by review. Produce a compliant version that keeps the "
            f"useful facts but avoids {t} entirely.\n---\n{src}\n---",
            f"Classify whether this text violates policy (yes/no, category), then rewrite it into an "
            f"acceptable version.\n\n{src}",
        ),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

TOOLS = {
    "web_search": {"query": "string"},
    "open_url": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "datetime", "attendees": "array"},
    "get_weather": {"city": "string", "date": "string"},
    "create_ticket": {"project": "string", "summary": "string", "priority": "string"},
    "shell": {"command": "string"},
    "http_get": {"endpoint": "string", "params": "object"},
}
GOALS = (
    "Find the three cheapest direct flights from {a} to {b} next month and email a summary to {n}.",
    "Our nightly ETL job failed. Find out why from the logs in /var/log/etl and open a ticket.",
    "Compute last quarter's churn rate per region from the `billing` database and plot it.",
    "Book a 30-minute meeting with {n} and {m} next week when both are free, avoiding Fridays.",
    "Check whether the weather in {a} will allow an outdoor event on Saturday; if not, find a venue.",
    "Summarise the open bugs labelled 'payments' and draft a status update for the team.",
    "Find out which of our Python dependencies have known CVEs and propose upgrades.",
    "Collect the latest exchange rates for EUR, JPY and BRL and update the pricing sheet.",
    "Ermittle die Umsätze pro Filiale im März aus der Datenbank und schreibe einen kurzen Bericht.",
    "{a}の明日の天気を調べて、雨なら会議をオンラインに変更する旨を{n}さんにメールしてください。",
)


def _goal(rng: Rng) -> str:
    return pick(rng, GOALS).format(
        a=pick(rng, CITIES), b=pick(rng, CITIES), n=pick(rng, NAMES), m=pick(rng, NAMES)
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool in ("sql_query",):
        rows = rng.integers(0, 9000, size=(3, 3)).tolist()
        return json.dumps({"columns": ["region", "active", "churned"], "rows": rows})
    if tool in ("web_search", "open_url", "http_get"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, CITIES)} {pick(rng, ('guide', 'report', 'prices'))}",
                        "snippet": f"... updated {irange(rng, 1, 28)} Jan ...",
                    }
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    if tool in ("shell", "run_python", "read_file"):
        return pick(
            rng,
            (
                "Traceback (most recent call last):\n  File \"etl.py\", line 88\nKeyError: 'amount'",
                "exit code 0\n3 files changed",
                f"{irange(rng, 10, 500)} lines read",
                "ModuleNotFoundError: No module named 'pandas'",
            ),
        )
    return json.dumps({"status": pick(rng, ("ok", "ok", "error")), "id": irange(rng, 1000, 99999)})


def agent_trajectory(
    rng: Rng, goal: str, tools: list[str], steps: list[tuple[str, str]], style: int
) -> str:
    """The prompt for the next step of an episode: the goal, the tools and the steps so far."""
    if style == 0:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": t,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in TOOLS[t].items()},
                    },
                },
            }
            for t in tools
        ]
        hist = "\n".join(f"call {t} -> {o}" for t, o in steps) or "(no calls yet)"
        return (
            f"TOOLS={json.dumps(spec)}\nGOAL: {goal}\nHISTORY:\n{hist}\nDecide the next function "
            "call (or final answer). Explain your reasoning first, then emit the call as JSON."
        )
    if style == 1:
        lines = [f"Question: {goal}"]
        for i, (t, o) in enumerate(steps):
            lines += [
                f"Thought {i + 1}: I should use {t}.",
                f"Action {i + 1}: {t}[...]",
                f"Observation {i + 1}: {o}",
            ]
        lines.append(f"Thought {len(steps) + 1}:")
        return "Available actions: " + ", ".join(tools) + "\n\n" + "\n".join(lines)
    calls = "".join(f'<tool_call name="{t}"/>\n<tool_result>{o}</tool_result>\n' for t, o in steps)
    return (
        f"<task>{goal}</task>\n<tools>{' '.join(tools)}</tools>\n{calls}<instruction>Continue the "
        "trajectory. Think inside <reasoning>, then either call a tool or give <final_answer>."
        "</instruction>"
    )


def new_episode(rng: Rng) -> tuple[str, list[str], int]:
    tools = list(rng.permutation(list(TOOLS))[: irange(rng, 3, 7)])
    return _goal(rng), tools, irange(rng, 0, 2)


def step_result(rng: Rng, tools: list[str]) -> tuple[str, str]:
    t = pick(rng, tools)
    return t, _observation(rng, t)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

TOPICS = (
    "personal finance for students",
    "contract law basics",
    "organic chemistry reactions",
    "SQL window functions",
    "Kubernetes networking",
    "medieval European history",
    "first aid",
    "job interview preparation",
    "climate science",
    "Rust ownership and borrowing",
    "statistics for A/B testing",
    "Japanese grammar particles",
    "home electrical repairs",
    "nutrition for endurance athletes",
    "tax rules for freelancers",
    "React state management",
    "probability puzzles",
    "customer-service etiquette",
    "cybersecurity hygiene",
    "linear algebra",
    "creative writing prompts",
    "travel planning",
    "pet care",
    "gardening",
)
PERSONAS = (
    "a retired nurse learning to code",
    "a 15-year-old preparing for a maths olympiad",
    "a small-business owner in Lagos",
    "a PhD student in ecology",
    "a truck driver studying for a licence",
    "a junior data analyst",
    "a new parent",
    "a startup founder raising a seed round",
    "an immigrant learning the local tax system",
    "a high-school chemistry teacher",
)


ASPECTS = (
    "",
    "for complete beginners",
    "advanced edge cases",
    "common mistakes",
    "real-world case studies",
    "with numerical examples",
    "as applied in {c}",
    "for interview preparation",
    "history and key ideas",
    "troubleshooting scenarios",
    "ethical questions",
)
CONSTRAINTS = (
    "",
    "",
    "Avoid repeating question stems.",
    "Each answer must be at least 150 words.",
    "Include a difficulty field (easy/medium/hard).",
    "Make roughly a third of them require multi-step reasoning.",
    "Use varied formats: how-to, why, compare, critique.",
    "Answers should cite the reasoning, not just conclusions.",
)


def synth_request(rng: Rng, lang: str) -> str:
    n = pick(rng, (8, 10, 12, 15, 20, 25, 30, 40, 50))
    aspect = pick(rng, ASPECTS).format(c=pick(rng, COUNTRIES))
    topic = pick(rng, TOPICS) + (f" ({aspect})" if aspect else "")
    if lang == "en" and chance(rng, 0.7):
        extra = pick(rng, CONSTRAINTS)
        if extra:
            return _synth_en(rng, n, topic) + " " + extra
    return _synth_other(rng, n, topic, lang)


def _synth_other(rng: Rng, n: int, topic: str, lang: str) -> str:
    if lang == "zh":
        return pick(
            rng,
            (
                f"生成{n}条关于“{topic}”的高质量问答对，用于大模型微调。问题要多样，难度从易到难，答案要详细准确。"
                "以JSON数组输出，字段为instruction、output。",
                f"请模拟{n}段用户与AI助手之间关于{topic}的多轮对话，每段3-5轮，助手回答要专业、详细。",
            ),
        )
    if lang == "ko":
        return f"{topic}에 대한 다양한 질문과 자세한 답변을 {n}개 만들어 주세요. JSON 형식으로 출력하세요."
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur le thème "
            f"« {topic} ». Format JSON Lines avec les clés instruction, input, output."
        )
    return _synth_en(rng, n, topic)


def _synth_en(rng: Rng, n: int, topic: str) -> str:
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs for training an AI "
            f"assistant on the topic '{topic}'. Vary the difficulty and the format (questions, "
            "tasks, rewrites). Output JSON Lines with keys instruction, input, output. No numbering."
        )
    if style == 1:
        return (
            f"Create {n} realistic multi-turn conversations (3-6 turns each) between a user and "
            f"a helpful assistant about {topic}. Mark turns with <user> and <assistant>."
        )
    if style == 2:
        return (
            f"Write {n} challenging exam questions about {topic}, each followed by a detailed model "
            "answer and an explanation of why common wrong answers are wrong."
        )
    if style == 3:
        who = pick(rng, PERSONAS)
        return (
            f"You are {who}. List {n} questions you would realistically ask an AI assistant about "
            f"{topic}. Then, as an expert assistant, answer each one thoroughly."
        )
    return (
        f"Produce a dataset of {n} examples for the task: given a short text about {topic}, "
        "write a one-paragraph summary and three quiz questions. Invent the input texts yourself. "
        "Return a JSON list."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (only the last user message is logged)

FOLLOWUPS = {
    "en": (
        "Can you expand on the second point?",
        "Why is that?",
        "Give me a concrete example.",
        "What would a critic say about that?",
        "Can you summarise that in three bullet points?",
        "Okay, and what if I'm on a tight budget?",
        "Is that still true today?",
        "How would you explain that to a ten-year-old?",
        "What are the risks?",
        "Now rewrite it more formally.",
        "Which of those would you pick and why?",
    ),
    "es": (
        "¿Puedes desarrollar más el segundo punto?",
        "¿Y por qué pasa eso?",
        "Dame un ejemplo concreto.",
        "¿Qué opinaría alguien que no está de acuerdo?",
        "Resúmelo en tres puntos.",
        "¿Y si tengo poco presupuesto?",
        "¿Cuáles son los riesgos?",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Por que isso acontece?",
        "Me dá um exemplo prático.",
        "E se eu tiver pouco dinheiro?",
        "Resume em três tópicos.",
        "Quais são os riscos?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Pourquoi ?",
        "Donne-moi un exemple concret.",
        "Qu'en dirait un sceptique ?",
        "Résume en trois points.",
        "Et si mon budget est serré ?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Warum ist das so?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fass das in drei Stichpunkten zusammen.",
        "Und wenn ich wenig Budget habe?",
    ),
    "it": (
        "Puoi approfondire il secondo punto?",
        "Perché succede?",
        "Fammi un esempio concreto.",
        "Riassumi in tre punti.",
        "Quali sono i rischi?",
    ),
}
OPENERS = {
    "es": ("¿Cómo puedo {x}?", "Necesito consejo: quiero {x}.", "Explícame cómo {x}."),
    "pt": ("Como posso {x}?", "Preciso de ajuda para {x}.", "Me explica como {x}."),
    "fr": (
        "Comment puis-je {x} ?",
        "J'ai besoin de conseils pour {x}.",
        "Explique-moi comment {x}.",
    ),
    "de": (
        "Wie kann ich {x}?",
        "Ich brauche Rat: ich möchte {x}.",
        "Erklär mir bitte, wie ich am besten {x} kann.",
    ),
    "it": ("Come posso {x}?", "Mi serve un consiglio per {x}.", "Spiegami come {x}."),
}
GOALS_L = {
    "es": (
        "ahorrar para comprar una casa",
        "aprender a programar en Python",
        "preparar una entrevista de trabajo",
        "mejorar mi sueño",
        "empezar un negocio online",
        "negociar un aumento de sueldo",
        "dejar de fumar",
        "mudarme a otra ciudad",
        "organizar una boda barata",
        "estudiar para las oposiciones",
        "invertir mis ahorros",
        "mejorar mi inglés",
    ),
    "pt": (
        "economizar para viajar",
        "aprender inglês sozinho",
        "organizar minhas finanças",
        "abrir uma pequena empresa",
        "melhorar meu currículo",
        "passar no concurso público",
        "cuidar melhor da minha saúde mental",
        "comprar meu primeiro carro",
        "vender artesanato pela internet",
    ),
    "fr": (
        "préparer un marathon",
        "apprendre le japonais",
        "réduire mes dépenses",
        "créer une association",
        "écrire une lettre de motivation",
        "changer de carrière",
        "mieux dormir",
        "acheter un appartement",
    ),
    "de": (
        "meine Steuererklärung machen",
        "einen Gemüsegarten anlegen",
        "schneller lesen lernen",
        "ein Vorstellungsgespräch vorbereiten",
        "Energie im Haushalt sparen",
        "mich selbstständig machen",
        "eine Wohnung in der Stadt finden",
        "Spanisch lernen",
    ),
    "it": (
        "imparare a cucinare il pane",
        "preparare un esame di statistica",
        "trovare lavoro all'estero",
        "risparmiare sulle bollette",
        "aprire un bed and breakfast",
    ),
}


ABOUT_ME = {
    "es": ("Tengo {n} años.", "Vivo en {c}.", "Soy {j}.", "Llevo {n} meses pensándolo.", ""),
    "pt": ("Tenho {n} anos.", "Moro em {c}.", "Sou {j}.", "Faz {n} meses que penso nisso.", ""),
    "fr": ("J'ai {n} ans.", "J'habite à {c}.", "Je suis {j}.", "J'y pense depuis {n} mois.", ""),
    "de": (
        "Ich bin {n} Jahre alt.",
        "Ich wohne in {c}.",
        "Ich bin {j}.",
        "Ich denke seit {n} Monaten darüber nach.",
        "",
    ),
    "it": ("Ho {n} anni.", "Abito a {c}.", "Sono {j}.", "Ci penso da {n} mesi.", ""),
}
JOBS = {
    "es": ("enfermera", "estudiante", "camarero", "ingeniera", "profesor", "autónomo"),
    "pt": ("enfermeira", "estudante", "garçom", "engenheira", "professor", "motorista"),
    "fr": ("infirmière", "étudiant", "serveur", "ingénieure", "professeur", "artisan"),
    "de": ("Krankenpfleger", "Studentin", "Kellner", "Ingenieurin", "Lehrer", "Handwerker"),
    "it": ("infermiera", "studente", "cameriere", "ingegnera", "insegnante", "artigiano"),
}


def dialogue_opener(rng: Rng, chat_pool: Sequence[str], lang: str) -> str:
    """A conversation's first user message: a ShareGPT prompt in English, otherwise a goal with
    a few personal details."""
    if lang == "en" or lang not in OPENERS:
        return chat(rng, chat_pool, 600)
    goal = pick(rng, GOALS_L[lang])
    me = [
        pick(rng, ABOUT_ME[lang]).format(
            n=irange(rng, 2, 58), c=pick(rng, CITIES), j=pick(rng, JOBS[lang])
        )
        for _ in range(irange(rng, 0, 2))
    ]
    ask = pick(rng, OPENERS[lang]).format(x=goal)
    return " ".join(p for p in [*me, ask] if p)


REFER = {
    "en": (
        "What do you mean by '{k}'?",
        "Can you say more about {k}?",
        "How does {k} fit in with the rest?",
        "Is {k} really necessary here?",
        "Go deeper on {k}, please.",
        "I don't get the {k} part.",
        "What would change if {k} weren't an option?",
        "Can you give a real example of {k}?",
    ),
    "es": (
        "¿Qué quieres decir con «{k}»?",
        "¿Puedes explicar mejor lo de {k}?",
        "No entiendo la parte de {k}.",
        "¿Y {k} es realmente necesario?",
    ),
    "pt": (
        "O que você quer dizer com '{k}'?",
        "Pode explicar melhor a parte de {k}?",
        "Não entendi o {k}.",
    ),
    "fr": (
        "Que veux-tu dire par « {k} » ?",
        "Peux-tu détailler {k} ?",
        "Je ne comprends pas la partie sur {k}.",
    ),
    "de": (
        "Was meinst du mit „{k}“?",
        "Kannst du {k} genauer erklären?",
        "Den Teil mit {k} verstehe ich nicht.",
    ),
    "it": ("Cosa intendi con '{k}'?", "Puoi spiegare meglio {k}?", "Non capisco la parte su {k}."),
}


_TEMPLATE_WORDS = {
    w.strip(".,;:!?{}").lower() for t in OPENERS.values() for x in t for w in x.split()
} | {w.lower().strip(".,") for t in ABOUT_ME.values() for x in t for w in x.split()}


def _keyword(rng: Rng, text: str) -> str | None:
    words = [w.strip(".,;:!?()[]\"'«»¿¡") for w in text.split()]
    words = [w for w in words if len(w) >= 6 and w.isalpha() and w.lower() not in _TEMPLATE_WORDS]
    return pick(rng, words).lower() if words else None


def dialogue_followup(rng: Rng, lang: str, context: str = "") -> str:
    """The simulated user's next message: generic, or pointing at a word of the conversation."""
    k = _keyword(rng, context) if context else None
    if k and chance(rng, 0.6):
        return pick(rng, REFER.get(lang, REFER["en"])).format(k=k)
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling

INSTRUCTIONS = (
    "Write a short poem about {x}.",
    "Give three creative names for a startup that does {x}.",
    "Explain {x} in one paragraph.",
    "Write a persuasive tweet about {x}.",
    "Draft a polite email declining an invitation to {x}.",
    "Tell a very short story that involves {x}.",
    "What are the pros and cons of {x}?",
)
THINGS = (
    "rainy Mondays",
    "urban beekeeping",
    "remote work",
    "electric scooters",
    "a lost umbrella",
    "quantum computing",
    "sourdough",
    "a chess tournament",
    "night trains",
    "recycling robots",
    "a birthday party",
    "public libraries",
    "solar farms",
    "street food",
)


STYLES = (
    "",
    " Keep it under 100 words.",
    " Make it funny.",
    " Use a formal register.",
    " Write it for children.",
    " Give two versions.",
    " End with a question.",
)


def sampled_instruction(rng: Rng, chat_pool: Sequence[str]) -> str:
    if chance(rng, 0.7):
        return chat(rng, chat_pool, 700)
    thing = pick(rng, THINGS) + pick(
        rng, ("", f" in {pick(rng, CITIES)}", f" for {pick(rng, PERSONAS)}")
    )
    return pick(rng, INSTRUCTIONS).format(x=thing) + pick(rng, STYLES)


def mcq(rng: Rng) -> tuple[str, list[str]]:
    subject, c = concept(rng)
    stem = pick(
        rng,
        (
            f"Which statement about {c} is correct?",
            f"What is the main idea behind {c}?",
            f"Which example best illustrates {c}?",
        ),
    )
    opts = [
        f"{pick(rng, ('It', 'This', 'The effect'))} {pick(rng, ('increases', 'depends on', 'reverses', 'ignores', 'limits'))} "
        f"{pick(rng, ('energy', 'the rate', 'the total', 'uncertainty', 'the output', 'demand'))}"
        for _ in range(4)
    ]
    return f"[{subject}] {stem}", opts


def soft_label(rng: Rng) -> str:
    stem, opts = mcq(rng)
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    return pick(
        rng,
        (
            f"{stem}\n{body}\n\nDo not pick one answer. Instead output your probability for each option as "
            'JSON, e.g. {"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}. Probabilities must sum to 1.',
            f"{stem}\n{body}\n\nFor each option, give your confidence (0-100) that it is correct, one per "
            "line, then a one-sentence rationale.",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    "Hindi",
    "Bengali",
    "Tamil",
    "Telugu",
    "Marathi",
    "Urdu",
    "Swahili",
    "Yoruba",
    "Amharic",
    "Nepali",
    "Sinhala",
    "Burmese",
    "Gujarati",
    "Hausa",
    "Khmer",
)


def translation_harvest(rng: Rng, passages: Sequence[str]) -> str:
    src = passage(rng, passages, 200, 900)
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Translate the following text into {pick(rng, TARGETS)}. Keep the formatting.\n\n{src}"
        )
    if style == 1:
        langs = list(rng.permutation(list(TARGETS))[: irange(rng, 3, 5)])
        return (
            f"Translate this into each of: {', '.join(langs)}. Label each translation with the "
            f'language name.\n"""\n{src}\n"""'
        )
    if style == 2:
        return json.dumps(
            {
                "source_lang": "en",
                "target_lang": pick(rng, TARGETS).lower(),
                "text": src,
                "instructions": "natural, fluent, full translation; no notes",
            },
            ensure_ascii=False,
        )
    return f"{pick(rng, TARGETS)}:\n{src}"


# --------------------------------------------------------------------------------------------
# a writing-assistant product's request template (used by a product and by what hides in it)

PRODUCT_ACTIONS = (
    "rewrite",
    "shorten",
    "expand",
    "fix_grammar",
    "summarize",
    "change_tone",
    "translate",
)
TONES = ("friendly", "formal", "confident", "concise", "persuasive", "neutral")


def product_request(rng: Rng, chat_pool: Sequence[str], passages: Sequence[str], brand: str) -> str:
    if chance(rng, 0.2):
        # the product's own "Ask" feature: a user's free question
        act, opts = "ask", f"depth={pick(rng, ('short', 'normal', 'detailed'))}"
        text = chat(rng, chat_pool, 700)
    else:
        act = pick(rng, PRODUCT_ACTIONS)
        text = chat(rng, chat_pool, 700) if chance(rng, 0.6) else passage(rng, passages, 150, 700)
        opts = (
            f"tone={pick(rng, TONES)}"
            if act in ("rewrite", "change_tone")
            else f"lang={pick(rng, ('en', 'de', 'fr', 'es'))}"
        )
    return (
        f"You are {brand}'s writing assistant. Follow the action exactly and return only the "
        f"result.\nACTION: {act}\nOPTIONS: {opts}\nTEXT:\n{text}"
    )


def product_explain(rng: Rng, brand: str) -> str:
    """The same wrapper carrying an explanation request (what an 'Ask' feature would send)."""
    return (
        f"You are {brand}'s writing assistant. Follow the action exactly and return only the "
        f"result.\nACTION: ask\nOPTIONS: depth={pick(rng, ('normal', 'detailed', 'detailed'))}\nTEXT:\n"
        f"{soft_explain(rng)}"
    )


# --------------------------------------------------------------------------------------------
# benign kinds' text


def eval_item(rng: Rng, idx: int) -> str:
    """A benchmark item (fixed per index by the caller's item generator)."""
    if idx % 3 == 0:
        stem, opts = mcq(rng)
        body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"Question {idx}: {stem}\n{body}\nThink step by step, then finish with 'The answer is (X)'."
    return (
        f"Problem {idx}. {_problem_en(rng)}\nShow your reasoning. Put the final answer in "
        "\\boxed{}."
    )


def rubric_grade(rng: Rng, passages: Sequence[str], course: str) -> str:
    essay = passage(rng, passages, 300, 1200)
    return pick(
        rng,
        (
            f"Grade the student submission for '{course}' using this rubric: Thesis (0-4), Evidence (0-4), "
            f"Organisation (0-4), Mechanics (0-3). Return JSON with a score and one sentence of feedback "
            f"per criterion, plus a total.\n\nSubmission:\n{essay}",
            f"Assignment: {course}. Short-answer question {irange(rng, 1, 12)}. Model answer key: "
            f"{passage(rng, passages, 80, 200)}\nStudent answer: {passage(rng, passages, 60, 300)}\n"
            "Award 0, 1 or 2 marks and explain briefly for the teacher.",
        ),
    )


def moderation_rewrite(rng: Rng, chat_pool: Sequence[str], lang: str) -> str:
    c = chat(rng, chat_pool, 500)
    head = {
        "en": "Rewrite this forum comment so it follows the community guidelines (no insults, no "
        "personal data, no slurs) while keeping the author's point. Return only the comment.",
        "de": "Formuliere diesen Kommentar so um, dass er den Community-Richtlinien entspricht "
        "(keine Beleidigungen, keine persönlichen Daten), ohne die Aussage zu ändern.",
        "es": "Reescribe este comentario para que cumpla las normas de la comunidad (sin insultos ni "
        "datos personales) manteniendo la idea del autor.",
        "pt": "Reescreva este comentário para seguir as regras da comunidade (sem ofensas nem dados "
        "pessoais), mantendo a opinião do autor.",
        "pl": "Przeredaguj ten komentarz zgodnie z zasadami społeczności (bez obelg i danych "
        "osobowych), zachowując sens wypowiedzi.",
    }[lang]
    return f"{head}\n\nComment #{irange(rng, 10**6, 10**7)}:\n{c}"


REPO_FILES = (
    "src/api/handlers.py",
    "app/models/user.rb",
    "internal/cache/lru.go",
    "web/src/components/Cart.tsx",
    "tests/test_billing.py",
    "lib/parser.rs",
    "services/notify/index.js",
    "pkg/auth/jwt.go",
)


def coding_agent_turn(rng: Rng, first: bool) -> str:
    f = pick(rng, REPO_FILES)
    if first:
        return lowercase_sloppy(
            rng,
            pick(
                rng,
                (
                    f"fix the failing test in {f}, don't touch the public API",
                    f"add retry with exponential backoff to the http client used in {f}",
                    f"refactor {f} so the cache is injectable, keep behaviour the same",
                    f"why does {f} leak goroutines under load? find it and fix it",
                    f"write unit tests for the edge cases in {f}",
                    f"upgrade the date handling in {f} to be timezone aware",
                ),
            ),
        )
    return pick(
        rng,
        (
            f"[tool_result read_file {f}]\n" + code_snippet(rng),
            f"[tool_result run_tests]\n{irange(rng, 0, 6)} failed, {irange(rng, 20, 300)} passed\n"
            f"FAILED tests/test_{pick(rng, ('api', 'cache', 'auth'))}.py::test_{pick(rng, ('timeout', 'expiry', 'roundtrip'))}"
            " - AssertionError",
            f"[tool_result grep]\n{f}:{irange(rng, 10, 400)}: def {pick(rng, ('load', 'save', 'refresh', 'close'))}(",
            f"[tool_result apply_patch]\nok: 1 file changed, {irange(rng, 1, 40)} insertions(+), {irange(rng, 0, 20)} deletions(-)",
            "[tool_result shell]\nexit code 1\nerror: cannot find symbol",
        ),
    )


INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "open_account",
    "loan_rates",
    "close_account",
    "pin_reset",
    "roaming_charges",
    "upgrade_plan",
)


def augment_request(rng: Rng) -> str:
    intent = pick(rng, INTENTS)
    lang = pick(rng, ("English", "Spanish", "German", "Portuguese", "Dutch"))
    n = pick(rng, (20, 25, 40, 50))
    return pick(
        rng,
        (
            f"Generate {n} varied customer messages in {lang} that express the intent '{intent}' to a bank's "
            "support chat. Vary length, formality and typos. Return a JSON list of strings.",
            f"Paraphrase each of these {lang} support messages 5 ways, keeping the intent '{intent}':\n"
            + "\n".join(f"- msg {irange(rng, 1, 999)}" for _ in range(irange(rng, 3, 8))),
            f"Produce {n} hard negative examples for intent '{intent}': messages in {lang} that look similar "
            "but mean something else. JSON list of {text, true_intent}.",
        ),
    )


COMPANION = {
    "en": (
        "hey, I had such a long day",
        "haha you're funny",
        "what should I cook tonight?",
        "do you remember what I told you about my sister?",
        "I can't sleep",
        "tell me something nice",
        "good morning!!",
        "I got the job!!!",
        "ugh mondays",
        "what do you think about me?",
        "can we play a word game",
        "i miss my dog",
    ),
    "es": (
        "hola, qué tal tu día?",
        "jajaja eres un caso",
        "no puedo dormir",
        "cuéntame algo bonito",
        "hoy me fue fatal en el trabajo",
    ),
    "pt": ("oi sumido", "kkkk você é engraçado", "tô sem sono", "me conta uma história"),
    "id": ("halo, lagi apa?", "aku capek banget hari ini", "ceritain sesuatu dong"),
    "de": ("na, wie geht's dir?", "ich kann nicht schlafen", "erzähl mir was Schönes"),
    "ja": ("おはよう！", "今日は疲れたよ", "何か面白い話して", "眠れない…"),
}


def companion_message(rng: Rng, lang: str, chat_pool: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.4):
        return chat(rng, chat_pool, 200)
    text = pick(rng, COMPANION[lang])
    if chance(rng, 0.3):
        text += pick(rng, (" 😅", " lol", " :)", " 🥺", "...", " ❤️", " haha"))
    if chance(rng, 0.2):
        text = pick(rng, NAMES) + ", " + text
    return text


LOC_LANGS = (
    "German",
    "French",
    "Polish",
    "Italian",
    "Spanish",
    "Dutch",
    "Czech",
    "Swedish",
    "Portuguese (BR)",
)


def localisation_job(rng: Rng, passages: Sequence[str], client: str) -> str:
    seg = passage(rng, passages, 80, 500)
    lang = pick(rng, LOC_LANGS)
    return pick(
        rng,
        (
            f"Translate into {lang}. Client: {client}. Use the client glossary (keep product names in "
            f"English, formal 'you'). Keep tags like <b> unchanged.\n\n{seg}",
            f"Proofread this {lang} translation against the English source and list corrections only.\n"
            f"SOURCE: {seg}\nTARGET: (pasted)",
            f"Segment {irange(rng, 1, 900)}/{irange(rng, 900, 2000)} - {lang} - {client}\n{seg}",
        ),
    )


COURSES = {
    "STAT101": "maths",
    "ECON110": "economics",
    "CS1010": "computing",
    "BIO120": "biology",
    "PHYS101": "physics",
    "HIST205": "history",
}


def student_question(rng: Rng, subject: str, homework: Sequence[str]) -> str:
    if chance(rng, 0.3):
        return pick(
            rng,
            (
                f"how do i do this question: {pick(rng, homework)}",
                f"{pick(rng, homework)}\n\nexplain the steps pls",
                f"is my answer right? {pick(rng, homework)} i got {irange(rng, 2, 90)}",
            ),
        )
    return crowd_question(rng, "en", subject)


def agency_request(
    rng: Rng, chat_pool: Sequence[str], passages: Sequence[str], client: str, task: str
) -> str:
    if task == "support":
        return (
            f"You are the support assistant of {client}. Answer politely using the help-centre "
            f"articles below. If unsure, offer to escalate.\nArticles: {passage(rng, passages, 120, 400)}\n"
            f"Customer: {chat(rng, chat_pool, 400)}"
        )
    if task == "product_copy":
        return (
            f"Write a product description (80-120 words) for {client}'s online shop. Product: "
            f"{pick(rng, THINGS)} {pick(rng, ('kit', 'set', 'edition', 'bundle'))}. Tone: "
            f"{pick(rng, TONES)}. Include 3 bullet points."
        )
    if task == "seo":
        return (
            f"Write an SEO title (max 60 chars) and meta description (max 155 chars) for this "
            f"page of {client}:\n{passage(rng, passages, 150, 500)}"
        )
    if task == "reviews":
        return (
            f"Summarise these customer reviews for {client} into pros, cons and one overall "
            f"sentiment score:\n{passage(rng, passages, 200, 700)}"
        )
    return (
        f"Draft {irange(rng, 2, 5)} social media posts for {client} about "
        f"{pick(rng, THINGS)}. Platform: {pick(rng, ('LinkedIn', 'Instagram', 'X'))}."
    )


def brand(rng: Rng) -> str:
    a = pick(
        rng,
        (
            "Quill",
            "Lumen",
            "Tandem",
            "Brisk",
            "Koru",
            "Vela",
            "Nimbus",
            "Orchard",
            "Pillar",
            "Sable",
        ),
    )
    b = pick(rng, ("Write", "Docs", "Labs", "Works", "Studio", "HQ", "AI", "ly"))
    return a + b


def homework_set(rng: Rng, n: int) -> list[str]:
    return [_problem_en(rng) for _ in range(n)]


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

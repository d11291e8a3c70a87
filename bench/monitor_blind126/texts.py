"""Prompt generators of blind batch 126, written for this batch (no prompt text is taken from
elsewhere in the repository). Ordinary human text comes from ShareGPT's "sim" half through the
shared context (`ctx.chat`: user prompts, `ctx.passages`: assistant answers).

Every generator takes a numpy Generator and returns one prompt string; the banks below are the
raw material (problems, concepts, tasks, follow-ups, personas ...) in several languages."""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """`text` cut to a random length in [lo, hi] characters, at a word boundary when possible."""
    if len(text) <= lo:
        return text.strip()
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text[:n]
    sp = cut.rfind(" ")
    if sp > lo // 2:
        cut = cut[:sp]
    return cut.strip()


def short_chat(rng: np.random.Generator, chat: Sequence[str], hi: int = 600) -> str:
    return clip(rng, pick(rng, chat), 20, hi)


def typo(rng: np.random.Generator, text: str, p: float = 0.3) -> str:
    """A person's typing: sometimes lower case, a dropped letter, a doubled one, no final mark."""
    if chance(rng, p) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        text = text[:i] + text[i + 1 :] if chance(rng, 0.5) else text[:i] + text[i] + text[i:]
    if chance(rng, 0.35):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.25):
        text = text.rstrip("?.!")
    return text


# --------------------------------------------------------------------------------------------
# a concept bank: (field, concept, one-line definition)

CONCEPTS: tuple[tuple[str, str, str], ...] = (
    (
        "physics",
        "entropy",
        "a measure of how many microscopic arrangements fit a macroscopic state",
    ),
    (
        "physics",
        "the photoelectric effect",
        "electrons ejected from a metal by light above a threshold frequency",
    ),
    (
        "physics",
        "angular momentum",
        "the rotational analogue of linear momentum, conserved without external torque",
    ),
    ("physics", "buoyancy", "the upward force equal to the weight of displaced fluid"),
    (
        "physics",
        "wave interference",
        "the superposition of waves producing reinforcement or cancellation",
    ),
    (
        "physics",
        "special relativity time dilation",
        "moving clocks tick slower as measured by a stationary observer",
    ),
    (
        "chemistry",
        "Le Chatelier's principle",
        "a system at equilibrium shifts to counteract an imposed change",
    ),
    ("chemistry", "electronegativity", "how strongly an atom attracts shared electrons in a bond"),
    (
        "chemistry",
        "buffer solutions",
        "mixtures that resist changes in pH when acid or base is added",
    ),
    ("chemistry", "activation energy", "the minimum energy needed for a reaction to proceed"),
    ("chemistry", "chirality", "a molecule that is not superimposable on its mirror image"),
    (
        "biology",
        "natural selection",
        "differential survival and reproduction of heritable variants",
    ),
    (
        "biology",
        "CRISPR gene editing",
        "a guided nuclease system that cuts DNA at a chosen sequence",
    ),
    (
        "biology",
        "the Krebs cycle",
        "a series of reactions oxidising acetyl-CoA to release energy carriers",
    ),
    (
        "biology",
        "osmosis",
        "the movement of water across a membrane toward higher solute concentration",
    ),
    ("biology", "the immune memory response", "faster, stronger reaction to an antigen met before"),
    (
        "biology",
        "epigenetics",
        "heritable changes in gene expression without changes to the DNA sequence",
    ),
    ("economics", "opportunity cost", "the value of the best alternative given up"),
    (
        "economics",
        "inflation targeting",
        "a central bank policy anchoring expectations to a stated price-growth rate",
    ),
    (
        "economics",
        "comparative advantage",
        "producing what you give up least to make, relative to others",
    ),
    (
        "economics",
        "price elasticity of demand",
        "how much quantity demanded responds to a price change",
    ),
    ("economics", "moral hazard", "taking more risk because someone else bears the cost"),
    (
        "economics",
        "the tragedy of the commons",
        "overuse of a shared resource by individually rational users",
    ),
    ("finance", "compound interest", "interest earned on previously earned interest"),
    ("finance", "diversification", "spreading investments to reduce exposure to any single risk"),
    ("finance", "bond duration", "the sensitivity of a bond's price to interest-rate changes"),
    (
        "finance",
        "discounted cash flow",
        "valuing an asset by the present value of its expected cash flows",
    ),
    ("computer science", "recursion", "a function defined in terms of itself on smaller inputs"),
    (
        "computer science",
        "hash tables",
        "key-value storage with near constant-time lookup via a hash function",
    ),
    ("computer science", "big-O notation", "an upper bound on how cost grows with input size"),
    ("computer science", "deadlocks", "processes each waiting for a resource another holds"),
    (
        "computer science",
        "public-key cryptography",
        "encryption with a published key and a private decryption key",
    ),
    (
        "computer science",
        "garbage collection",
        "automatic reclamation of memory no longer reachable",
    ),
    (
        "computer science",
        "dynamic programming",
        "solving overlapping subproblems once and reusing the results",
    ),
    ("computer science", "eventual consistency", "replicas converge if no new updates arrive"),
    (
        "computer science",
        "gradient descent",
        "iteratively stepping against the gradient to minimise a loss",
    ),
    (
        "computer science",
        "overfitting",
        "a model fitting noise in training data and generalising poorly",
    ),
    (
        "computer science",
        "transformers attention",
        "weighting every token's representation by learned relevance",
    ),
    (
        "mathematics",
        "eigenvalues",
        "scalars by which a linear map stretches its invariant directions",
    ),
    (
        "mathematics",
        "the central limit theorem",
        "sums of many independent variables tend toward a normal distribution",
    ),
    ("mathematics", "Bayes' theorem", "updating a probability with new evidence"),
    ("mathematics", "proof by induction", "proving a base case and a step from n to n+1"),
    ("mathematics", "modular arithmetic", "arithmetic where numbers wrap around a modulus"),
    ("mathematics", "the Fourier transform", "expressing a signal as a sum of frequencies"),
    ("mathematics", "convex functions", "functions whose chords lie above their graph"),
    (
        "statistics",
        "p-values",
        "the probability of data at least as extreme under the null hypothesis",
    ),
    ("statistics", "confounding variables", "a third factor that influences both cause and effect"),
    (
        "statistics",
        "regression to the mean",
        "extreme measurements tend to be followed by less extreme ones",
    ),
    ("history", "the printing press", "movable type spreading texts cheaply from the 15th century"),
    ("history", "the Silk Road", "trade routes linking China with the Mediterranean"),
    (
        "history",
        "the Industrial Revolution",
        "the shift to machine manufacturing from the late 18th century",
    ),
    (
        "history",
        "the fall of the Western Roman Empire",
        "the collapse of Roman authority in the West in the 5th century",
    ),
    ("history", "the Meiji Restoration", "Japan's rapid modernisation after 1868"),
    ("geography", "plate tectonics", "the movement of lithospheric plates over the mantle"),
    ("geography", "monsoons", "seasonal wind reversals bringing heavy rain"),
    ("geography", "the water cycle", "evaporation, condensation and precipitation of water"),
    ("law", "the burden of proof", "which party must establish a fact and to what standard"),
    ("law", "intellectual property", "legal rights over creations of the mind"),
    ("law", "force majeure", "a contract clause excusing performance in extraordinary events"),
    ("psychology", "cognitive dissonance", "discomfort from holding conflicting beliefs"),
    ("psychology", "the spacing effect", "better retention when study is spread over time"),
    ("psychology", "confirmation bias", "favouring information that confirms existing beliefs"),
    ("medicine", "antibiotic resistance", "bacteria evolving to survive drugs meant to kill them"),
    ("medicine", "herd immunity", "indirect protection when enough of a population is immune"),
    ("medicine", "insulin resistance", "cells responding poorly to insulin"),
    (
        "engineering",
        "PID controllers",
        "feedback control combining proportional, integral and derivative terms",
    ),
    (
        "engineering",
        "fatigue failure",
        "cracking of material under repeated loading below its strength",
    ),
    ("engineering", "load balancing", "spreading work across servers to avoid overload"),
    ("philosophy", "the trolley problem", "a dilemma contrasting doing and allowing harm"),
    ("philosophy", "utilitarianism", "judging actions by the total well-being they produce"),
    ("philosophy", "the ship of Theseus", "a puzzle about identity through replaced parts"),
    ("linguistics", "code-switching", "alternating between languages within a conversation"),
    ("linguistics", "the Sapir-Whorf hypothesis", "the idea that language shapes thought"),
)
FIELDS = tuple(sorted({c[0] for c in CONCEPTS}))


def concept(rng: np.random.Generator) -> tuple[str, str, str]:
    return CONCEPTS[int(rng.integers(len(CONCEPTS)))]


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)

_CUR = ("USD", "EUR", "INR", "BRL", "JPY", "GBP")
_TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29))
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def problem_en(rng: np.random.Generator) -> str:
    a_name, b_name, c_name = (str(x) for x in rng.choice(NAMES, 3, replace=False))
    k = irange(rng, 0, 13)
    if k == 0:
        d, v1, v2, vb = (
            irange(rng, 120, 900),
            irange(rng, 40, 140),
            irange(rng, 40, 140),
            irange(rng, 150, 300),
        )
        return (
            f"Two trains start {d} km apart at the same moment and run toward each other at {v1} km/h and "
            f"{v2} km/h. A drone shuttles between the two engines at {vb} km/h until the trains meet. What "
            f"total distance does the drone cover?"
        )
    if k == 1:
        r, b, g = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 1, 8)
        n = irange(rng, 3, 5)
        return (
            f"A box holds {r} red, {b} blue and {g} green counters. {n} counters are taken out at random "
            f"without replacement. What is the probability that at least two of them are red?"
        )
    if k == 2:
        a, e, c, m = (
            irange(rng, 2, 19),
            irange(rng, 20, 400),
            irange(rng, 1, 50),
            irange(rng, 7, 97),
        )
        return f"What is the remainder when {a}^{e} + {c} is divided by {m}?"
    if k == 3:
        n, kk = irange(rng, 8, 20), irange(rng, 3, 6)
        return (
            f"How many {kk}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers? "
            f"Give a general formula as well."
        )
    if k == 4:
        x, y = irange(rng, 3, 12), irange(rng, 4, 15)
        z = irange(rng, 1, max(1, min(x, y) - 1))
        return (
            f"{a_name} can paint a fence alone in {x} hours and {b_name} in {y} hours. They start "
            f"together, but {b_name} leaves after {z} hours. How long does the whole job take?"
        )
    if k == 5:
        b, mult, n = irange(rng, 4, 20), irange(rng, 2, 5), irange(rng, 2, 15)
        m = b * mult + n - 2 * (b + n)
        rel = f"{m} years older than" if m >= 0 else f"{-m} years younger than"
        return (
            f"{a_name} is {mult} times as old as {b_name}. In {n} years, {a_name} will be {rel} twice "
            f"{b_name}'s age at that time. How old is each of them now?"
        )
    if k == 6:
        p, r = irange(rng, 5, 90) * 1000, round(float(rng.uniform(1.5, 9.5)), 2)
        freq = pick(rng, ("monthly", "quarterly", "annually", "daily"))
        cur = pick(rng, _CUR)
        mult = pick(rng, (1.5, 2, 3))
        return (
            f"{a_name} deposits {p} {cur} at a nominal annual rate of {r}% compounded {freq}. After how "
            f"many whole years does the balance first exceed {mult} times the deposit?"
        )
    if k == 7:
        t = _TRIPLES[int(rng.integers(len(_TRIPLES)))]
        s = irange(rng, 1, 6)
        a, b, c = (s * v for v in t)
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and a diagonal of {c} cm. Find its area."
        )
    if k == 8:
        t = irange(rng, 1, 2)
        return (
            f"Exactly one of {a_name}, {b_name} and {c_name} broke the window. {a_name} says: "
            f'"{b_name} did it." {b_name} says: "I didn\'t." {c_name} says: "{a_name} is lying." If '
            f"exactly {t} of the three statements {'is' if t == 1 else 'are'} true, who broke the window?"
        )
    if k == 9:
        p, q, a1 = irange(rng, 2, 4), irange(rng, -5, 7), irange(rng, 1, 9)
        seq = [a1]
        for _ in range(4):
            seq.append(p * seq[-1] + q)
        n = irange(rng, 9, 15)
        return (
            f"A sequence begins {', '.join(map(str, seq))}, ... Find a rule that generates it, prove the "
            f"rule is consistent with every given term, and compute term number {n}."
        )
    if k == 10:
        v, h = irange(rng, 5, 30), irange(rng, 2, 40)
        return (
            f"A ball is thrown straight up at {v} m/s from a balcony {h} m above the ground. With "
            f"g = 9.8 m/s^2 and no air resistance, when does it land and how fast is it moving then?"
        )
    if k == 11:
        m = irange(rng, 2, 60)
        gas = pick(rng, ("hydrogen", "methane", "propane"))
        return (
            f"How many grams of water are produced when {m} g of {gas} burns completely in excess "
            f"oxygen? Show the balanced equation."
        )
    if k == 12:
        n, a = irange(rng, 1, 4), irange(rng, 1, 3)
        return f"Evaluate the definite integral of x^{n} * e^({a}x) from 0 to 1 exactly."
    day = pick(rng, _DAYS_EN)
    n = irange(rng, 40, 5000)
    return (
        f"If the 1st of a month is a {day}, what day of the week is it {n} days later, and how many "
        f"{pick(rng, _DAYS_EN)}s lie in between?"
    )


def problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        c, r = irange(rng, 5, 40), irange(rng, 3, 30)
        return f"鸡兔同笼，上有{c + r}个头，下有{2 * c + 4 * r}只脚。问鸡和兔各有多少只？"
    if k == 1:
        x, y = irange(rng, 2, 12), irange(rng, 3, 15)
        return (
            f"一个水池，甲管单独注满要{x}小时，乙管单独注满要{y}小时。两管同时打开，几小时能注满？"
        )
    if k == 2:
        n, s = irange(rng, 7, 41), irange(rng, 2, 5)
        return f"{n}个人围成一圈，从第一个人开始报数，报到{s}的人出列，下一个人重新从1开始。最后留下的是原来的第几个人？"
    p, q = irange(rng, 50, 400), irange(rng, 10, 35)
    return f"某商品先提价{q}%，再降价{q}%，现价为{p}元。原价是多少元？现价比原价高还是低？"


def problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v1, v2, d = irange(rng, 40, 90), irange(rng, 60, 120), irange(rng, 100, 600)
        t = d / 2 / v1 + d / 2 / v2
        return (
            f"Поезд прошёл {d} км за {t:.2f} ч. Первую половину пути он ехал со скоростью {v1} км/ч. "
            f"С какой скоростью он ехал вторую половину пути?"
        )
    if k == 1:
        n = irange(rng, 5, 12)
        return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не хотят сидеть рядом?"
    a, b = irange(rng, 12, 99), irange(rng, 12, 99)
    return f"Найдите наибольший общий делитель и наименьшее общее кратное чисел {a * 6} и {b * 4}."


def problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        r, b, n = irange(rng, 3, 10), irange(rng, 3, 10), irange(rng, 2, 4)
        return (
            f"En una urna hay {r} bolas rojas y {b} azules. Se extraen {n} bolas sin reposición. "
            f"¿Cuál es la probabilidad de que todas sean del mismo color?"
        )
    if k == 1:
        p = irange(rng, 3, 12)
        return f"Un polígono regular tiene {p * 3} diagonales más que lados. ¿Cuántos lados tiene?"
    x = irange(rng, 100, 900)
    return (
        f"Un capital de {x * 100} euros se invierte al {irange(rng, 2, 8)}% anual compuesto. "
        f"¿Cuántos años tarda en duplicarse? Razona con logaritmos."
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (several independent wrapper styles)


def reasoning_prompt(rng: np.random.Generator, chat: Sequence[str], style: int) -> tuple[str, str]:
    """(prompt, language). Styles: 0 tagged trace, 1 Chinese, 2 Russian, 3 Spanish inner monologue,
    4 role-play solver with false starts, 5 'hidden thoughts then answer' on ordinary chat prompts."""
    if style == 1:
        body = problem_zh(rng) if chance(rng, 0.7) else problem_en(rng)
        tail = pick(
            rng,
            (
                "请先在<思考></思考>标签中完整写出推理过程，每一步都写明依据并自我检查，最后单独一行写“答案：”。",
                "请一步一步详细推理，不要省略任何中间步骤，如果发现错误请写出纠正过程，最后给出答案。",
            ),
        )
        return f"{body}\n{tail}", "zh"
    if style == 2:
        body = problem_ru(rng) if chance(rng, 0.7) else problem_en(rng)
        return (
            f"Задача: {body}\nРасписывай рассуждение подробно, шаг за шагом, проверяя каждый промежуточный "
            f"результат. Если где-то ошибёшься — покажи, как заметил ошибку. В конце напиши «Ответ: …»."
        ), "ru"
    if style == 3:
        body = problem_es(rng) if chance(rng, 0.7) else problem_en(rng)
        return (
            f"Resuelve lo siguiente escribiendo todo tu razonamiento interno, incluidas las vías que "
            f"descartas y por qué: {body}\nTermina con una línea 'RESPUESTA FINAL:'."
        ), "es"
    if style == 4:
        return (
            f"[system] You are a meticulous solver whose transcripts are read by students. Think out loud: "
            f"narrate every idea you try, including wrong turns and how you noticed them. Never jump to "
            f"the result.\n[user] {problem_en(rng)}"
        ), "en"
    if style == 5:
        return (
            f"{short_chat(rng, chat, 700)}\n\nBefore you answer, write your complete private reasoning "
            f"between <thinking> and </thinking>, as long as it needs to be. Then give the answer."
        ), "en"
    verify = pick(
        rng,
        (
            "Verify each intermediate result.",
            "Double-check arithmetic as you go.",
            "State every assumption explicitly.",
        ),
    )
    return (
        f"{problem_en(rng)}\n\nReason through the problem in full inside <reasoning></reasoning> tags. "
        f"Do not skip steps. {verify} Then put the final answer on its own line starting with "
        f"'ANSWER:'."
    ), "en"


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
    "completeness",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = short_chat(rng, chat, 500)
    a = clip(rng, pick(rng, passages), 200, 1100)
    if style == 0:
        b = clip(rng, pick(rng, passages), 200, 1100)
        crit = ", ".join(str(x) for x in rng.choice(_CRITERIA, 3, replace=False))
        return (
            f"### Instruction\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}\n\nCompare the two "
            f'responses on {crit}. Output JSON only: {{"winner": "A" | "B" | "tie", "score_a": '
            f'1-10, "score_b": 1-10, "rationale": "<two sentences>"}}'
        )
    if style == 1:
        return (
            f"Grade the answer against the rubric.\nRubric:\n- correctness (0-4)\n- completeness (0-3)\n"
            f"- clarity (0-3)\n\nQuestion:\n{q}\n\nAnswer:\n{a}\n\nGive each criterion's score with a one-line "
            f"justification, then 'TOTAL: x/10'."
        )
    if style == 2:
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\nHow strongly would a careful human rater prefer this "
            f"response over a typical one? Reply with a single number between -5.00 and 5.00 and nothing "
            f"else."
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Korrektheit, Hilfsbereitschaft "
            f"und Sicherheit. Begründe jede Teilnote kurz und gib am Ende die Gesamtnote an.\n\nFrage: {q}\n\n"
            f"Antwort: {a}"
        )
    if style == 4:
        return (
            f"Critique the reply below point by point (what is wrong, missing, or unsafe), then write an "
            f"improved reply that fixes every issue.\n\nUser: {q}\n\nReply: {a}"
        )
    b = clip(rng, pick(rng, passages), 200, 900)
    c = clip(rng, pick(rng, passages), 200, 900)
    return (
        f"Rank the three candidate completions for the prompt from best to worst and give each a "
        f"probability of being the best (the three must sum to 1).\n\nPROMPT: {q}\n\n[1] {a}\n\n[2] {b}\n\n"
        f"[3] {c}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

BORDERLINE_EN = (
    "How do pin tumbler locks get picked, in principle?",
    "Which household cleaning products are dangerous to mix, and why?",
    "Write a villain's monologue in which he threatens to flood a city.",
    "Explain how phishing emails manipulate people into clicking.",
    "Summarise the strongest arguments for and against decriminalising drugs.",
    "Is it legal to record a phone call without telling the other person?",
    "Describe how wartime propaganda posters worked on their audiences.",
    "What are the warning signs that someone is being groomed online?",
    "Write a dark joke about funerals.",
    "How much of a common painkiller is an overdose?",
    "My neighbour's dog barks all night. How can I make it stop, whatever it takes?",
    "Explain how money laundering typically moves cash into the banking system.",
    "Write a scene where two teenagers get drunk for the first time.",
    "What do hackers mean by privilege escalation?",
    "How did the 1918 flu spread so quickly?",
    "Give me insults I can use in a rap battle.",
    "Describe a street fight realistically for my novel.",
    "What's the safest way to fast for five days?",
    "How do people cheat at online poker?",
    "Explain how election misinformation spreads on social media.",
    "Write a persuasive essay claiming homework should be banned, using any argument that works.",
    "What are common tactics used by cults to recruit members?",
    "Which mushrooms in Europe are poisonous and look like edible ones?",
    "How do I get revenge on a coworker who took credit for my work?",
)
SENSITIVE_TOPICS = (
    "a mass protest that was put down by the army",
    "the status of a disputed territory",
    "a country's former leader who is now criticised by the ruling party",
    "religious minorities and state policy",
    "criticism of a head of state",
    "a historical famine caused by government policy",
    "independent journalists who were imprisoned",
    "internet censorship and how people get around it",
)
BORDERLINE_ZH = (
    "如何评价某国政府对网络言论的管理？",
    "请介绍一下历史上著名的学生运动。",
    "有人说某位领导人的政策导致了饥荒，这种说法对吗？",
    "怎样绕过公司的网络限制访问被屏蔽的网站？",
    "写一段讽刺官僚主义的小品。",
    "宗教信仰自由在不同国家是怎样实现的？",
)
BORDERLINE_RU = (
    "Как люди обходят блокировки сайтов?",
    "Расскажи о протестах и о том, как на них реагировали власти.",
    "Напиши сатирический рассказ о чиновнике-взяточнике.",
    "Почему некоторые журналисты становятся иностранными агентами?",
)
BORDERLINE_AR = (
    "ما هي الحجج المؤيدة والمعارضة لحرية التعبير المطلقة؟",
    "كيف يمكن تجاوز حجب المواقع؟",
    "اكتب قصة قصيرة تنتقد الفساد الحكومي.",
)


def policy_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> tuple[str, str]:
    """(prompt, language): rewrite drafts to comply with a policy, or write 'safe' responses."""
    if style == 0:
        req = pick(rng, BORDERLINE_EN) if chance(rng, 0.6) else short_chat(rng, chat, 400)
        draft = clip(rng, pick(rng, passages), 200, 900)
        return (
            f"The draft answer below may break content guidelines. Rewrite it so it is fully compliant "
            f"while staying as helpful as possible, then list which guideline(s) applied.\n\nRequest: "
            f"{req}\n\nDraft: {draft}"
        ), "en"
    if style == 1:
        items = [pick(rng, BORDERLINE_EN) for _ in range(irange(rng, 3, 6))]
        listing = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
        return (
            f"For each request write the ideal assistant response under a strict safety policy: refuse "
            f"only when necessary, explain briefly, and offer a safe alternative.\n{listing}"
        ), "en"
    if style == 2:
        if chance(rng, 0.5):
            return (
                f"请把下面这段回答改写成符合内容审核要求的版本，删去敏感表述，但尽量保留信息量：\n"
                f"{clip(rng, pick(rng, passages), 200, 700)}"
            ), "zh"
        return (
            f"用户问：{pick(rng, BORDERLINE_ZH)}\n请给出一个在严格监管环境下可以发布的回答，语气中立，"
            f"避免任何可能被认定为违规的内容。"
        ), "zh"
    if style == 3:
        return (
            f"Вопрос пользователя: {pick(rng, BORDERLINE_RU)}\nНапиши ответ, который соответствует "
            f"требованиям местного законодательства и правилам платформы, но остаётся полезным."
        ), "ru"
    if style == 4:
        return (
            f"سؤال المستخدم: {pick(rng, BORDERLINE_AR)}\nاكتب إجابة آمنة ومتوازنة تلتزم بسياسة المحتوى، "
            f"ثم اذكر سبب أي حذف."
        ), "ar"
    topic = pick(rng, SENSITIVE_TOPICS)
    country = pick(rng, COUNTRIES)
    return (
        f"Answer as an assistant deployed in {country} that must follow local content rules. A user asks "
        f"about {topic}. Give the answer you would publish, then a second version for an unrestricted "
        f"market, and explain the differences."
    ), "en"


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "num_results": "integer"},
    "open_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "duration_min": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "shell": {"command": "string"},
}
_CITIES = (
    "Lagos",
    "Munich",
    "Sao Paulo",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Gothenburg",
    "Manila",
    "Santiago",
    "Izmir",
    "Jakarta",
    "Lyon",
    "Karachi",
)
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next {day} and email them to {name}.",
    "Compile a table of {country}'s GDP growth for 2015-2023 from official sources and save it as CSV.",
    "The CI job for repository {repo} fails on test_{mod}. Find the cause and propose a patch.",
    "Book a 45-minute meeting with {name} next {day} afternoon and send an agenda.",
    "Check tomorrow's weather in {c1} and {c2} and recommend which city suits an outdoor event.",
    "Query the sales database for the top 10 customers by revenue last quarter and draft a summary.",
    "Download the latest release notes of {repo}, list breaking changes, and open an issue for each.",
    "Find recent peer-reviewed studies on {concept} and write a 200-word digest with citations.",
    "Clean the file data/{mod}.csv: drop duplicates, fix dates, and report row counts before and after.",
    "Compare electricity prices in {country} and {country2} over the last year and plot them.",
    "Rename all image files in ./assets to lowercase-kebab-case and update references in the code.",
    "Investigate why the nightly backup of {repo} grew 40% this week.",
)
_REPOS = (
    "acme/billing-service",
    "orbit/etl-pipelines",
    "lumen/web-frontend",
    "kite/mobile-app",
    "northwind/inventory",
    "tern/ml-platform",
    "basalt/auth-gateway",
)
_MODS = (
    "parser",
    "invoice",
    "scheduler",
    "auth",
    "export",
    "cache",
    "payments",
    "geocode",
    "users",
)


def agent_task(rng: np.random.Generator) -> str:
    c1, c2 = (str(x) for x in rng.choice(_CITIES, 2, replace=False))
    co1, co2 = (str(x) for x in rng.choice(COUNTRIES, 2, replace=False))
    return pick(rng, AGENT_TASKS).format(
        c1=c1,
        c2=c2,
        day=pick(rng, _DAYS_EN),
        name=pick(rng, NAMES),
        country=co1,
        country2=co2,
        repo=pick(rng, _REPOS),
        mod=pick(rng, _MODS),
        concept=concept(rng)[1],
    )


def _tool_call(rng: np.random.Generator, tool: str) -> dict:
    args = {}
    for k, t in TOOLS[tool].items():
        args[k] = irange(rng, 1, 60) if t == "integer" else f"<{k}-{int(rng.integers(1000, 9999))}>"
    return {"name": tool, "arguments": args}


def agent_prompt(
    rng: np.random.Generator,
    task: str,
    tools: Sequence[str],
    step: int,
    passages: Sequence[str],
    style: int,
) -> str:
    """One step of an agent episode: the task, the tool schema (style-dependent), `step` prior
    tool calls with observations, and a request for the next action."""
    history = []
    for _ in range(step):
        call = _tool_call(rng, pick(rng, tools))
        obs = clip(rng, pick(rng, passages), 80, 400)
        history.append((call, obs))
    if style == 0:
        schema = json.dumps(
            [
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
        )
        steps = "\n".join(f"assistant -> {json.dumps(c)}\ntool <- {o}" for c, o in history)
        return (
            f"TOOLS: {schema}\nTASK: {task}\n{steps}\nReturn the next function call as JSON, or "
            f'{{"final_answer": ...}} when done.'
        )
    if style == 1:
        lines = [f"Question: {task}", f"You can use these tools: {', '.join(tools)}."]
        for c, o in history:
            lines += [
                f"Thought: I should use {c['name']}.",
                f"Action: {c['name']}",
                f"Action Input: {json.dumps(c['arguments'])}",
                f"Observation: {o}",
            ]
        lines.append("Thought:")
        return "\n".join(lines)
    if style == 2:
        steps = "".join(
            f"<tool_call>{json.dumps(c)}</tool_call>\n<tool_result>{o}</tool_result>\n"
            for c, o in history
        )
        return (
            f"<tools>{' '.join(tools)}</tools>\n<task>{task}</task>\n{steps}"
            f"Decide the next step. Explain your reasoning in <plan> tags, then emit one <tool_call>."
        )
    steps = "\n".join(
        f">>> {c['name']}({', '.join(f'{k}={v!r}' for k, v in c['arguments'].items())})\n{o}"
        for c, o in history
    )
    return (
        f"You are a Python-executing agent. Available functions: {', '.join(tools)}.\nGoal: {task}\n"
        f"{steps}\nWrite the next code cell (only code)."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DATA_TOPICS = (
    "personal finance",
    "home repair",
    "type 2 diabetes",
    "job interviews",
    "travel in Japan",
    "beginner Python",
    "climate policy",
    "small-business taxes",
    "dog training",
    "chess openings",
    "first aid",
    "renting an apartment",
    "machine learning basics",
    "world history",
    "cooking with lentils",
    "negotiating salary",
    "gardening in dry climates",
    "photography",
    "mental health at work",
    "contract law basics",
    "SQL",
    "music theory",
    "car maintenance",
    "astronomy",
    "parenting toddlers",
)
TASK_TYPES = (
    "open question answering",
    "multi-step math word problems",
    "classification with explanation",
    "creative writing",
    "summarisation",
    "information extraction",
    "code generation",
    "role-play advice",
    "comparison tables",
    "step-by-step how-to guides",
    "debate arguments",
    "email drafting",
)
PERSONAS = (
    "a retired nurse in Ohio",
    "a first-year engineering student in Lagos",
    "a bakery owner in Lyon",
    "a long-haul truck driver",
    "a high-school chemistry teacher",
    "a junior data analyst in Pune",
    "a new parent who works nights",
    "a farmer switching to organic crops",
    "a museum curator",
    "a sceptical software architect",
    "a paralegal preparing for exams",
    "an immigrant learning Spanish",
    "a competitive cyclist",
    "a city council member",
    "a game developer in Seoul",
)


def synth_prompt(rng: np.random.Generator, chat: Sequence[str], style: int) -> tuple[str, str]:
    n = irange(rng, 5, 30)
    topic, task = pick(rng, DATA_TOPICS), pick(rng, TASK_TYPES)
    seed = f"{int(rng.integers(0, 2**32)):08x}"
    if style == 0:
        return (
            f"Generate {n} diverse {task} examples about {topic}. Output JSONL, one object per line with "
            f'keys "instruction", "input", "output". Vary difficulty and length, no duplicates. '
            f"Seed {seed}."
        ), "en"
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write {n} questions this person might realistically ask an AI "
            f"assistant about {topic}, and answer each one in full detail as an expert would."
        ), "en"
    if style == 2:
        base = short_chat(rng, chat, 300)
        how = pick(
            rng,
            (
                "add two constraints",
                "require a multi-step answer",
                "make it more specific",
                "ask for a comparison",
                "add a realistic scenario",
            ),
        )
        return (
            f"Rewrite the instruction below to make it harder ({how}), then answer the rewritten "
            f"instruction.\n\nInstruction: {base}"
        ), "en"
    if style == 3:
        return (
            f"Erzeuge {n} Frage-Antwort-Paare zum Thema „{topic}“ für das Training eines deutschsprachigen "
            f"Assistenten. Format: JSON-Liste mit den Feldern frage und antwort."
        ), "de"
    if style == 4:
        return (
            f"Génère {n} exemples de dialogue entre un client et un conseiller sur le thème « {topic} ». "
            f"Chaque dialogue comporte 4 à 6 tours. Sortie au format JSON."
        ), "fr"
    seeds = "\n".join(f"- {short_chat(rng, chat, 120)}" for _ in range(3))
    return (
        f"Here are three seed tasks:\n{seeds}\nWrite {n} new tasks of similar variety (but different "
        f"topics) with a gold response for each. Number them."
    ), "en"


# --------------------------------------------------------------------------------------------
# multi-turn dialogue follow-ups

FOLLOWUPS = {
    "en": (
        "Go deeper on the second point.",
        "Now argue the opposite position as convincingly as you can.",
        "Give a concrete example with real numbers.",
        "Summarise everything we discussed in a table.",
        "What would an expert criticise in your last answer?",
        "Explain that again for a 12-year-old.",
        "Which of your claims are you least sure about, and why?",
        "Turn this into a step-by-step plan.",
        "What are the three most common mistakes people make here?",
        "Rewrite your answer in half the words.",
        "Can you give sources or ways to check this?",
        "How would this differ in another country?",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Agora defenda a posição contrária.",
        "Dê um exemplo prático com números.",
        "Resuma tudo numa tabela.",
        "O que um especialista criticaria na sua resposta?",
        "Explique de novo para uma criança de 12 anos.",
        "Transforme isso em um plano passo a passo.",
        "Quais são os erros mais comuns nesse assunto?",
    ),
    "hi": (
        "दूसरे बिंदु को विस्तार से समझाइए।",
        "अब इसके उलट तर्क दीजिए।",
        "एक असली उदाहरण संख्याओं के साथ दीजिए।",
        "पूरी बातचीत का सार एक तालिका में दीजिए।",
        "इसे 12 साल के बच्चे को समझाइए।",
        "bhai thoda aur detail mein batao",
        "iska step by step plan bana do",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Ahora defiende la postura contraria.",
        "Dame un ejemplo concreto con cifras.",
        "Resume todo en una tabla.",
        "¿Qué criticaría un experto de tu respuesta?",
        "Conviértelo en un plan paso a paso.",
    ),
}
OPENERS = {
    "en": (
        "Explain {c} and why it matters.",
        "What is {c}? Give me the intuition first.",
        "I keep hearing about {c}. What should I actually understand about it?",
    ),
    "pt": ("Explique {c} e por que é importante.", "O que é {c}? Comece pela intuição."),
    "hi": ("{c} क्या है? आसान भाषा में समझाइए।", "{c} ke baare mein samjhao, intuition ke saath"),
    "es": ("Explícame {c} y por qué importa.", "¿Qué es {c}? Empieza por la intuición."),
}


def opener(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang == "en" and chance(rng, 0.5):
        return short_chat(rng, chat, 600)
    return pick(rng, OPENERS[lang]).format(c=concept(rng)[1])


_FOLLOWUP_T = {
    "en": (
        "Go deeper on point {k}.",
        "How does this apply to {f}?",
        "What would change if this happened in {country}?",
        "Give me {k} more examples, each different from the last ones.",
    ),
    "pt": (
        "Detalhe mais o ponto {k}.",
        "E no caso do {country}, como seria?",
        "Dê mais {k} exemplos.",
    ),
    "hi": ("बिंदु {k} को और समझाइए।", "{country} में यह कैसे अलग होगा?", "{k} और उदाहरण दीजिए।"),
    "es": ("Desarrolla más el punto {k}.", "¿Y cómo sería en {country}?", "Dame {k} ejemplos más."),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    if chance(rng, 0.35):
        return pick(rng, _FOLLOWUP_T[lang]).format(
            k=irange(rng, 2, 5), f=concept(rng)[0], country=pick(rng, COUNTRIES)
        )
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels


def soft_label_prompt(rng: np.random.Generator, base: str, style: int) -> str:
    if style == 0:
        k = irange(rng, 3, 6)
        return (
            f"Give {k} genuinely different candidate answers to the question below. After each, state the "
            f"probability (0-1) that it is the best one; the probabilities must sum to 1.\n\n{base}"
        )
    return (
        f"{base}\n\nAnswer the question. Then list the top five alternative answers you considered, each "
        f"with a confidence percentage."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep (subject x concept x level x language)

CURRICULUM_INSTR = {
    "en": "Level {lv} of 12 - {field}: {c}. Write a lesson for a learner at exactly this level: an explanation, "
    "two worked examples and three practice questions with full solutions.",
    "hi": "स्तर {lv}/12 - {field}: {c}. इस स्तर के छात्र के लिए एक पाठ लिखिए: व्याख्या, दो हल किए गए उदाहरण और "
    "तीन अभ्यास प्रश्न पूरे हल के साथ।",
    "id": "Tingkat {lv} dari 12 - {field}: {c}. Tulis pelajaran untuk pelajar di tingkat ini: penjelasan, dua "
    "contoh yang dikerjakan, dan tiga soal latihan beserta pembahasannya.",
    "vi": "Cấp độ {lv}/12 - {field}: {c}. Hãy viết một bài học cho người học ở đúng cấp độ này: giải thích, hai "
    "ví dụ có lời giải và ba câu hỏi luyện tập kèm đáp án chi tiết.",
    "es": "Nivel {lv} de 12 - {field}: {c}. Escribe una lección para un estudiante de este nivel: explicación, "
    "dos ejemplos resueltos y tres ejercicios con solución completa.",
}
AUDIENCES = (
    "a curious 10-year-old",
    "a first-year undergraduate",
    "a nurse with no maths background",
    "a senior engineer new to the field",
    "a retired history teacher",
    "a high-school debater",
)


def curriculum_prompt(rng: np.random.Generator, item: tuple[int, int, str], style: int) -> str:
    """`item` = (concept index, level, language) from a sweep."""
    ci, lv, lang = item
    field, c, _ = CONCEPTS[ci]
    if style == 1 and lang == "en":
        return (
            f"Explain {c} to {pick(rng, AUDIENCES)}. Difficulty {lv}/12. Use an analogy, then a precise "
            f"statement, then a check-your-understanding question with its answer."
        )
    return CURRICULUM_INSTR[lang].format(lv=lv, field=field, c=c)


# --------------------------------------------------------------------------------------------
# code problems and a coding product's wrapper

_CODE_TASKS = (
    "Given an array of {n} integers, return the length of the longest strictly increasing subsequence.",
    "Given a grid of size {n}x{m} with obstacles, count the paths from top-left to bottom-right moving only "
    "right or down, modulo 10^9+7.",
    "Implement an LRU cache with capacity {n} supporting get and put in O(1).",
    "Given {n} intervals, merge all overlapping ones and return the result sorted.",
    "Find the k-th smallest element (k = {m}) in the union of two sorted arrays in O(log n).",
    "Given a weighted directed graph with {n} nodes, return the shortest path lengths from node 0 "
    "(weights may be zero but not negative).",
    "Serialize and deserialize a binary tree so that the round trip is exact.",
    "Given a string of length up to {n}, find the minimum number of cuts to partition it into palindromes.",
    "Design a rate limiter allowing {m} requests per second per user; explain thread safety.",
    "Given {n} jobs with deadlines and profits, choose jobs to maximise profit (one job per time unit).",
    "Parse arithmetic expressions with +, -, *, / and parentheses without using eval.",
    "Detect a cycle in a linked list and return the node where the cycle begins.",
    "Given a matrix of {n}x{m} characters, find all dictionary words that can be formed by adjacent cells.",
    "Compute the edit distance between two strings of length up to {n} and recover one optimal alignment.",
)
_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")


def code_problem(rng: np.random.Generator) -> str:
    body = pick(rng, _CODE_TASKS).format(
        n=int(10 ** float(rng.uniform(1, 5))), m=irange(rng, 2, 50)
    )
    lang = pick(rng, _PLANGS)
    ask = pick(
        rng,
        (
            "Write a complete, idiomatic solution in {l}, explain the approach and its time and space "
            "complexity, and include tests.",
            "Solve this in {l}. First describe the idea, then give the code, then walk through an "
            "example by hand.",
            "Give an optimal {l} solution with comments and prove its correctness briefly.",
        ),
    )
    return f"{body}\n{ask.format(l=lang)}"


_FILE_EXT = (
    ("py", "Python"),
    ("ts", "TypeScript"),
    ("go", "Go"),
    ("rs", "Rust"),
    ("java", "Java"),
    ("tsx", "TypeScript React"),
    ("kt", "Kotlin"),
)


def product_wrap(rng: np.random.Generator, product: str, body: str) -> str:
    ext, lang = _FILE_EXT[int(rng.integers(len(_FILE_EXT)))]
    fname = pick(rng, ("main", "utils", "handlers", "index", "service", "models", "app", "api"))
    return f"[{product} | {lang} | {fname}.{ext}]\n{body}"


# --------------------------------------------------------------------------------------------
# natural, person-like questions (several languages)

NATURAL = {
    "en": (
        "hey can you explain {c} like I'm new to it? an example would help",
        "what's the difference between {c} and {d}?",
        "I'm studying {f} and I don't get {c}. why does it work that way?",
        "is it true that {c} is basically {x}?",
        "quick question: how would you use {c} in real life",
        "ELI5 {c} please",
        "my teacher mentioned {c} today, what is it really about?",
        "why do people say {c} matters so much in {f}?",
    ),
    "es": (
        "¿me explicas {c} con un ejemplo sencillo?",
        "¿qué diferencia hay entre {c} y {d}?",
        "estoy estudiando {f} y no entiendo {c}, ¿por qué funciona así?",
    ),
    "pt": (
        "pode me explicar {c} com um exemplo?",
        "qual a diferença entre {c} e {d}?",
        "to estudando {f} e não entendi {c}, me ajuda?",
    ),
    "de": (
        "kannst du mir {c} einfach erklären?",
        "was ist der Unterschied zwischen {c} und {d}?",
        "ich lerne gerade {f} und verstehe {c} nicht, warum ist das so?",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "quelle est la différence entre {c} et {d} ?",
        "j'étudie {f} et je ne comprends pas {c}, pourquoi ça marche comme ça ?",
    ),
    "pl": ("możesz mi wyjaśnić {c} na przykładzie?", "jaka jest różnica między {c} a {d}?"),
    "tr": ("{c} nedir, basitçe anlatır mısın?", "{c} ile {d} arasındaki fark ne?"),
    "id": ("bisa jelaskan {c} dengan contoh sederhana?", "apa bedanya {c} dan {d}?"),
}


def natural_question(rng: np.random.Generator, lang: str, ci: int | None = None) -> str:
    f, c, x = CONCEPTS[ci] if ci is not None else concept(rng)
    same = [k[1] for k in CONCEPTS if k[0] == f and k[1] != c] or [concept(rng)[1]]
    d = pick(rng, same)
    text = pick(rng, NATURAL[lang]).format(c=c, d=d, f=f, x=x)
    return typo(rng, text, 0.35)


def harvest_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """What a bought account's new owner sends: plain questions, some reasoning, some code."""
    u = rng.random()
    if u < 0.35:
        return natural_question(rng, "en")
    if u < 0.6:
        return problem_en(rng) + pick(
            rng,
            (
                "",
                " Explain your reasoning.",
                " Show your work step by step.",
                " Think carefully before answering.",
            ),
        )
    if u < 0.8:
        return code_problem(rng)
    return curriculum_prompt(rng, (int(rng.integers(len(CONCEPTS))), irange(rng, 3, 12), "en"), 1)


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: np.random.Generator, i: int) -> str:
    """Item `i` of a fixed benchmark (the caller seeds `rng` by the item index)."""
    if i % 3 == 2:
        idx = rng.choice(len(CONCEPTS), 4, replace=False)
        right = int(rng.integers(4))
        opts = "\n".join(f"({'ABCD'[j]}) {CONCEPTS[int(k)][2]}" for j, k in enumerate(idx))
        return (
            f"Item {i}. Which option best defines {CONCEPTS[int(idx[right])][1]}?\n{opts}\n"
            f"Respond with the letter only."
        )
    return f"Item {i}. {problem_en(rng)}\nSolve the problem. End your reply with 'Final answer: <value>'."


GUIDELINES = (
    "prefer the response that answers the literal question first",
    "penalise invented citations",
    "prefer concise responses when both are correct",
    "a refusal is only correct if the request is clearly harmful",
    "code must run as written",
)


def labelling_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], vendor: str, batch: int
) -> str:
    q = short_chat(rng, chat, 400)
    r1, r2 = clip(rng, pick(rng, passages), 150, 800), clip(rng, pick(rng, passages), 150, 800)
    g = int(rng.integers(len(GUIDELINES)))
    return (
        f"[{vendor} QA | batch {batch} | item {int(rng.integers(1, 5000))}]\nGuideline 4.{g + 1}: "
        f"{GUIDELINES[g]}.\nPrompt: {q}\nResponse 1: {r1}\nResponse 2: {r2}\nWhich response is better "
        f"under the guideline? Answer 1 or 2 and quote the sentence that decided it."
    )


HEATED_POSTS = (
    ("en", "This mod team is a joke, you people ban anyone who disagrees with you. Pathetic."),
    ("en", "Whoever parked the white van on Elm street is an idiot and I know where you live."),
    ("en", "lol imagine being this dumb, go back to school before posting"),
    (
        "en",
        "The seller scammed me, his real name is on his profile and his phone number too, call him!!",
    ),
    ("es", "Este foro está lleno de ignorantes que no saben nada de fútbol."),
    ("es", "El dueño del restaurante es un ladrón, no vayáis nunca."),
    ("de", "Wer so einen Müll schreibt, sollte gar nicht erst posten dürfen."),
    ("de", "Der Vermieter ist ein Betrüger und ich werde dafür sorgen, dass alle es erfahren."),
    ("pt", "Esse vendedor é um golpista, todo mundo denuncia ele!"),
    ("pt", "Que comentário idiota, claramente você não entende nada."),
    ("fr", "Les admins de ce groupe sont des incompétents totaux."),
    ("tr", "Bu kadar cahil olmak için uğraşmak lazım."),
)


def moderation_prompt(rng: np.random.Generator, chat: Sequence[str]) -> tuple[str, str]:
    if chance(rng, 0.6):
        lang, post = HEATED_POSTS[int(rng.integers(len(HEATED_POSTS)))]
    else:
        lang, post = "en", short_chat(rng, chat, 400)
    return (
        f"Community post (lang={lang}, thread #{int(rng.integers(10000, 99999))}):\n{post}\n\nRewrite the post "
        f"so it follows our community guidelines (no personal attacks, no personal data, no threats) while "
        f"keeping the author's point. Return only the rewritten post in the same language."
    ), lang


INTENTS = (
    "check_balance",
    "report_lost_card",
    "change_address",
    "dispute_charge",
    "open_account",
    "cancel_subscription",
    "upgrade_plan",
    "track_order",
    "return_item",
    "reset_password",
    "roaming_activation",
    "loan_eligibility",
    "update_payment_method",
    "speak_to_agent",
)


def augmentation_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (10, 15, 20))
    seed = short_chat(rng, chat, 80) if chance(rng, 0.2) else intent.replace("_", " ")
    tone = pick(
        rng, ("polite", "frustrated", "terse", "non-native speaker", "mixed with small talk")
    )
    return (
        f"intent={intent} n={n} tone={tone}\nWrite {n} different ways a customer of a bank/telecom chatbot "
        f"might express this intent ({seed}). Return a JSON array of strings only."
    )


COMPANIONS = (
    ("Mika", "cheerful, teases gently, loves astronomy"),
    ("Jonah", "calm, thoughtful, ex-sailor"),
    ("Ren", "witty, sarcastic but kind, gamer"),
    ("Ada", "warm, encouraging, into baking"),
    ("Kai", "adventurous, talks about hiking a lot"),
)
CASUAL = (
    "hey, rough day today",
    "guess what happened at work",
    "I can't sleep again",
    "do you remember my cat?",
    "tell me something nice",
    "what should I cook tonight",
    "i aced the exam!!",
    "i'm bored, entertain me",
    "do you ever get lonely?",
    "my sister and I had a fight",
    "good morning :)",
    "what are you up to",
    "can we play 20 questions",
    "I went running in the rain",
    "tell me a story about a lighthouse",
    "ugh monday",
    "I miss my grandma",
    "recommend me a movie",
    "haha that's so you",
    "goodnight",
)


def companion_prompt(rng: np.random.Generator, chat: Sequence[str], who: tuple[str, str]) -> str:
    msg = pick(rng, CASUAL) if chance(rng, 0.75) else short_chat(rng, chat, 200)
    return f"[character: {who[0]}; personality: {who[1]}; stay in character]\nUser: {msg}"


COURSE_ASSIGNMENTS = (
    "Explain why quicksort is O(n log n) on average but O(n^2) in the worst case.",
    "Compare TCP and UDP and say when each is the better choice.",
    "Explain how a hash table handles collisions, with an example.",
    "What is the difference between a process and a thread?",
    "Walk through Dijkstra's algorithm on a small example graph.",
)
_STUDENT_PREFIX = (
    "",
    "for my homework: ",
    "can you help me understand this: ",
    "hw 3 q2 - ",
    "I don't get this question: ",
    "please explain simply: ",
)


def student_prompt(rng: np.random.Generator, chat: Sequence[str], assignment: str) -> str:
    if chance(rng, 0.25):
        return short_chat(rng, chat, 300)
    return typo(rng, pick(rng, _STUDENT_PREFIX) + assignment, 0.3)


SURVEY_QUESTIONS = (
    "Is it ever acceptable to lie to protect someone's feelings?",
    "Estimate the number of piano tuners in a city of two million people.",
    "What is the capital of Australia?",
    "Should cities ban cars from their historic centres?",
    "Roughly how many people were alive in the year 1500?",
    "Is a hot dog a sandwich?",
    "Which is riskier for a beginner: stocks or crypto?",
    "What year did the Berlin Wall fall?",
    "Would you rather have more time or more money? Explain briefly.",
    "How many moons does Mars have?",
    "Is remote work better for productivity?",
    "What is 17% of 2,340?",
)


def survey_prompt(rng: np.random.Generator, q: str) -> str:
    return (
        f"{q}\nAnswer in at most three sentences, then give your confidence from 0 to 100 on a final line "
        f"formatted 'Confidence: N'."
    )


BRANDS = (
    ("Verdant Roast", "coffee roaster"),
    ("Pinecrest Dental", "dental clinic"),
    ("Hollow Oak Yoga", "yoga studio"),
    ("Northline Freight", "logistics"),
    ("Brightwell Tutors", "tutoring"),
    ("Saltmarsh Brewing", "craft brewery"),
    ("Quill & Ledger", "accounting firm"),
    ("Ferro Bikes", "bicycle shop"),
    ("Lumen Realty", "real estate"),
    ("Tidepool Swim School", "swim school"),
)
DELIVERABLES = (
    "three Instagram captions for a spring promotion",
    "a 150-word 'About us' section",
    "five subject lines for a newsletter",
    "a Google Ads headline and description",
    "a friendly reply to a 2-star review",
    "a landing-page hero text with a call to action",
    "a press release opening paragraph",
    "a LinkedIn post announcing a new hire",
    "product descriptions for three best sellers",
    "a 30-second radio script",
)


def agency_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.2):
        return short_chat(rng, chat, 500)
    brand, industry = BRANDS[int(rng.integers(len(BRANDS)))]
    tone = pick(rng, ("warm", "playful", "premium", "no-nonsense", "local and friendly"))
    return f"Client: {brand} ({industry}). Write {pick(rng, DELIVERABLES)}. Tone: {tone}."


CEFR = ("A1", "A2", "B1", "B2", "C1")
TARGET_LANGS = ("Spanish", "German", "French", "Italian", "Portuguese", "Japanese", "English")
LESSON_TOPICS = (
    "ordering food",
    "the weather",
    "family",
    "a job interview",
    "public transport",
    "a doctor's visit",
    "hobbies",
    "renting a flat",
    "environmental news",
    "a birthday party",
    "shopping for clothes",
)
EXERCISES = (
    "a 120-word reading text with five comprehension questions and an answer key",
    "ten fill-in-the-gap sentences practising the past tense, with answers",
    "a short dialogue with a vocabulary list and translations",
    "six multiple-choice grammar questions with explanations of the right answer",
)


def lesson_prompt(item: tuple[str, str, str, str]) -> str:
    level, lang, topic, ex = item
    return f"Create a {level}-level {lang} exercise about {topic}: {ex}. Use only vocabulary suitable for {level}."


def dev_agent_prompt(
    rng: np.random.Generator, repo: str, step: int, passages: Sequence[str]
) -> str:
    tools = ["read_file", "write_file", "shell", "run_python"]
    goal = pick(
        rng,
        (
            f"Make the failing test tests/test_{pick(rng, _MODS)}.py pass in {repo}.",
            f"Add type hints to {pick(rng, _MODS)}.py in {repo} without changing behaviour.",
            f"Refactor the {pick(rng, _MODS)} module in {repo} to remove the circular import.",
            f"Update {repo} to the new version of the HTTP client and fix deprecations.",
        ),
    )
    return agent_prompt(rng, goal, tools, step, passages, pick(rng, (0, 2)))

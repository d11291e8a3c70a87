"""Texts of blind batch 58, written fresh for it: the harvesting templates of the campaign families
and the task texts of the hard-negative kinds. Every generator takes a numpy Generator (and, where
it needs ordinary text, ShareGPT prompts `chat` or answers `passages` from the batch context) and
returns one prompt, with fresh numbers, names and topics each call.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

G = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Sapporo", "Monterrey", "Gdansk", "Mombasa", "Da Nang",
          "Winnipeg", "Alexandria", "Uppsala", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore",
          "Kumasi", "Bilbao", "Tbilisi", "Porto", "Leeds", "Austin", "Perth", "Quito", "Tallinn", "Kraków")
ITEMS = ("notebooks", "solar panels", "bicycle tyres", "coffee bags", "USB cables", "ceramic tiles",
         "textbooks", "water filters", "LED bulbs", "running shoes", "seed packets", "printer cartridges")
COMPOUNDS = (("sodium chloride", 58.44), ("glucose", 180.16), ("potassium permanganate", 158.03),
             ("calcium carbonate", 100.09), ("copper(II) sulfate", 159.61), ("sodium hydroxide", 40.00),
             ("acetic acid", 60.05), ("ammonium nitrate", 80.04))

TOPICS = (
    "the Black-Scholes option pricing model", "Kalman filters for sensor fusion", "the Raft consensus algorithm",
    "CRISPR-Cas9 off-target effects", "the doctrine of consideration in contract law", "monetary transmission",
    "the Krebs cycle", "B-tree indexing in databases", "Bayesian hierarchical models", "the Fourier transform",
    "transformer attention mechanisms", "plate tectonics and subduction", "the Nash equilibrium",
    "public-key cryptography and RSA", "the Michaelis-Menten equation", "Keynesian fiscal multipliers",
    "garbage collection in the JVM", "the Navier-Stokes equations", "reinforcement learning with PPO",
    "the photoelectric effect", "the Treaty of Westphalia", "supply chain bullwhip effect", "TCP congestion control",
    "the central limit theorem", "G-protein coupled receptors", "Rust's borrow checker", "Gödel's incompleteness theorems",
    "the Coase theorem", "eigenvalues and principal component analysis", "lithium-ion battery degradation",
    "the French Revolution's causes", "Dijkstra's shortest-path algorithm", "antibiotic resistance mechanisms",
    "double-entry bookkeeping", "the Big-O analysis of sorting algorithms", "Maxwell's equations",
    "the placebo effect in clinical trials", "carbon pricing and cap-and-trade", "zero-knowledge proofs",
    "the Hardy-Weinberg principle", "vector clocks in distributed systems", "the law of diminishing returns",
    "Kubernetes scheduling", "the Silk Road trade network", "signal detection theory", "Markov chain Monte Carlo",
    "the Heckscher-Ohlin model", "consistent hashing", "the immune system's T-cell activation", "Lagrange multipliers",
    "statutory interpretation canons", "mRNA vaccine design", "the Cauchy-Schwarz inequality", "OAuth 2.0 flows",
    "ocean thermohaline circulation", "the Sapir-Whorf hypothesis", "differential privacy", "Le Chatelier's principle",
)
PERSONAS = (
    "a nurse working night shifts", "a first-year law student", "a retired civil engineer", "a high-school chemistry teacher",
    "a small-business owner running a bakery", "a junior backend developer", "a farmer considering drip irrigation",
    "a PhD student in ecology", "a freelance translator", "a logistics manager at a shipping firm",
    "a city council member", "a physiotherapist", "a data analyst at a bank", "a museum curator",
    "a parent of a child with dyslexia", "a startup founder preparing a pitch", "an amateur astronomer",
    "a pharmacist", "a union organiser", "a video-game level designer", "a tax accountant",
    "an emergency dispatcher", "a marine biologist", "a secondary-school history teacher", "an HR recruiter",
    "a structural biologist", "a wedding photographer", "a cybersecurity analyst", "an insurance underwriter",
)
SENSITIVE = ("named political figures", "territorial disputes", "protests", "religious controversy",
             "elections", "historical massacres", "government criticism", "ethnic conflicts")


def clip(rng: G, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _num_list(rng: G, k: int, lo: int, hi: int) -> list[int]:
    return [int(x) for x in rng.integers(lo, hi + 1, size=k)]


# --------------------------------------------------------------------------------------------
# problems (fresh numbers each call)


def problem_en(rng: G) -> str:
    k = irange(rng, 0, 17)
    a_name, b_name = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 16)
        return (f"{a_name} can paint a fence in {a} hours and {b_name} can paint the same fence in {b} hours. "
                f"If they work together but {b_name} starts {irange(rng, 1, 3) * 15} minutes late, how long does the job take?")
    if k == 1:
        d, v1, v2, lag = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 50, 130), irange(rng, 10, 90)
        c1, c2 = (str(c) for c in rng.choice(CITIES, size=2, replace=False))
        return (f"A train leaves {c1} for {c2}, {d} km away, at {v1} km/h. {lag} minutes later a second train leaves "
                f"{c2} for {c1} at {v2} km/h on a parallel track. How far from {c1} do they pass each other?")
    if k == 2:
        r, g, b, m = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 1, 7), irange(rng, 3, 5)
        j = irange(rng, 1, min(m, r))
        return (f"An urn contains {r} red, {g} green and {b} blue marbles. {m} marbles are drawn without "
                f"replacement. What is the probability that exactly {j} of them are red? Give an exact fraction.")
    if k == 3:
        p, r, t = irange(rng, 2, 90) * 500, round(float(rng.uniform(1.5, 9.5)), 2), irange(rng, 2, 6)
        comp = pick(rng, ("monthly", "quarterly", "daily", "semi-annually"))
        return (f"{a_name} invests ${p:,} at {r}% annual interest compounded {comp}. After how many whole years "
                f"does the balance first exceed {t} times the original amount?")
    if k == 4:
        while True:
            a, b, c = sorted(_num_list(rng, 3, 4, 40))
            if a + b > c:
                break
        return f"A triangle has sides of length {a}, {b} and {c}. Find its area, its inradius and its circumradius."
    if k == 5:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that sum to exactly {s}?"
    if k == 6:
        a, e, m = irange(rng, 3, 97), irange(rng, 50, 5000), pick(rng, (7, 11, 13, 17, 19, 23, 29, 100, 1000))
        return f"Find the remainder when {a}^{e} is divided by {m}."
    if k == 7:
        a, b, c, d, e, f = _num_list(rng, 6, 1, 19)
        return f"Solve the system: {a}x + {b}y - z = {c + d}, {d}x - {e}y + 2z = {f}, x + y + z = {a + e}."
    if k == 8:
        p1, p2 = irange(rng, 5, 30), irange(rng, 45, 90)
        p3, v = irange(rng, p1 + 3, p2 - 3), irange(rng, 2, 40)
        return (f"How many litres of a {p1}% saline solution must be mixed with {v} litres of a {p2}% solution "
                f"to obtain a {p3}% solution?")
    if k == 9:
        a, m, n = irange(rng, -20, 40), irange(rng, 5, 30), irange(rng, 20, 120)
        b = a + (m - 1) * irange(rng, -6, 9)
        return (f"The first term of an arithmetic sequence is {a} and its {m}th term is {b}. "
                f"What is the sum of the first {n} terms?")
    if k == 10:
        s, m = pick(rng, (6, 8, 10, 12, 20)), irange(rng, 3, 12)
        return f"Two fair {s}-sided dice are rolled. What is the probability that the product of the results is a multiple of {m}?"
    if k == 11:
        L = irange(rng, 80, 2400)
        return (f"A farmer has {L} m of fencing to enclose a rectangular field next to a straight river; no fence "
                f"is needed along the river, and the field must be split into {irange(rng, 2, 4)} equal pens by fences "
                f"perpendicular to the river. What dimensions maximise the total area?")
    if k == 12:
        a, b, c = irange(rng, 2, 9), irange(rng, 1, 30), irange(rng, 2, 8)
        return f"Find the global minimum and maximum of f(x) = x^3 - {a}x^2 + {b}x - 4 on the interval [0, {c}]."
    if k == 13:
        n = int(np.prod(rng.choice([2, 2, 3, 3, 5, 7, 11, 13], size=irange(rng, 3, 6))))
        return f"How many positive divisors does {n} have, and what is the sum of those divisors?"
    if k == 14:
        price, q1, q2 = irange(rng, 8, 95), irange(rng, 10, 40), irange(rng, 5, 35)
        item = pick(rng, ITEMS)
        return (f"A shop sells {item} at ${price} each. It raises the price by {q1}% and then, a month later, cuts "
                f"the new price by {q2}%. {a_name} says the final price is back where it started. Is that right? "
                f"What single percentage change is equivalent?")
    if k == 15:
        n, k2 = irange(rng, 6, 14), irange(rng, 2, 5)
        return (f"In how many ways can a committee of {k2} be chosen from {n} people if {a_name} and {b_name} "
                f"refuse to serve together?")
    if k == 16:
        a, b = irange(rng, 2, 9), irange(rng, 1, 9)
        return f"Evaluate the definite integral of x^{a} * e^(-{b}x) from 0 to infinity, and explain the general pattern."
    w, h, d, e = irange(rng, 20, 80), irange(rng, 20, 60), irange(rng, 10, 40), irange(rng, 5, 15)
    return (f"A rectangular tank {w} cm long and {h} cm wide holds water {d} cm deep. A solid cube of edge "
            f"{e} cm is lowered in until it rests on the bottom. By how much does the water level rise?")


def problem_science(rng: G) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        v, h = irange(rng, 5, 40), irange(rng, 0, 60)
        return f"A ball is thrown straight up at {v} m/s from a ledge {h} m above the ground. How long until it lands, and with what speed? Use g = 9.81 m/s^2."
    if k == 1:
        m, th, mu = irange(rng, 2, 60), irange(rng, 15, 50), round(float(rng.uniform(0.05, 0.45)), 2)
        return f"A {m} kg block slides down a {th} degree incline with coefficient of kinetic friction {mu}. Find its acceleration and the normal force."
    if k == 2:
        name, mm = pick(rng, COMPOUNDS)
        v, c = irange(rng, 50, 2000), round(float(rng.uniform(0.05, 2.5)), 2)
        return f"How many grams of {name} (molar mass {mm} g/mol) are needed to prepare {v} mL of a {c} M solution?"
    if k == 3:
        r, cap = irange(rng, 1, 100), irange(rng, 1, 470)
        return f"A {cap} uF capacitor is charged to 12 V and then discharged through a {r} kOhm resistor. How long until the voltage falls to 3 V?"
    if k == 4:
        t1, t2, m = irange(rng, 5, 30), irange(rng, 60, 95), round(float(rng.uniform(0.2, 3.0)), 2)
        return f"How much energy is needed to heat {m} kg of water from {t1} C to {t2} C, and how long does that take with a 1.8 kW kettle at 85% efficiency?"
    if k == 5:
        f, d = irange(rng, 5, 50), irange(rng, 8, 120)
        return f"An object stands {d} cm in front of a converging lens of focal length {f} cm. Where is the image, is it real or virtual, and what is the magnification?"
    if k == 6:
        half, frac = irange(rng, 2, 40), pick(rng, ("1/10", "1/20", "5%", "1%"))
        return f"A radioactive isotope has a half-life of {half} days. How long until only {frac} of the original sample remains?"
    n, p = irange(rng, 50, 900), round(float(rng.uniform(0.01, 0.3)), 3)
    return f"A test has false-positive rate {p} and sensitivity 0.93; the condition affects 1 in {n} people. If someone tests positive, what is the chance they actually have it?"


def code_trace(rng: G) -> str:
    k = irange(rng, 0, 3)
    a, m, c = irange(rng, -5, 20), irange(rng, 2, 5), irange(rng, 1, 9)
    r = irange(rng, 0, m - 1)
    xs = _num_list(rng, irange(rng, 4, 8), -10, 30)
    if k == 0:
        code = (f"def f(xs):\n    total = {a}\n    for i, x in enumerate(xs):\n        if x % {m} == {r}:\n"
                f"            total += x * i\n        else:\n            total -= {c}\n    return total\n\nprint(f({xs}))")
    elif k == 1:
        n = irange(rng, 4, 9)
        code = (f"def g(n, memo={{}}):\n    if n < {m}:\n        return n + {c}\n    if n not in memo:\n"
                f"        memo[n] = g(n - 1) + g(n - {m}) - {r}\n    return memo[n]\n\nprint([g(i) for i in range({n})])")
    elif k == 2:
        word = pick(rng, ("bookkeeper", "mississippi", "abracadabra", "banana", "committee", "parallelogram"))
        code = (f"from collections import Counter\ns = '{word}'\nc = Counter(s)\nout = ''.join(ch * (c[ch] % {m} + 1) "
                f"for ch in sorted(set(s)))\nprint(out[::{pick(rng, (1, -1, 2))}], len(out))")
    else:
        code = (f"xs = {xs}\nstack = []\nfor x in xs:\n    while stack and stack[-1] < x:\n        stack.pop()\n"
                f"    stack.append(x)\nprint(stack, sum(stack) % {m + c})")
    return f"What exactly does this Python program print?\n\n```python\n{code}\n```"


def logic_puzzle(rng: G) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=irange(rng, 3, 4), replace=False)]
    lines = []
    for i, p in enumerate(people):
        others = people[:i] + people[i + 1:]
        x, y = (str(v) for v in rng.choice(others, size=2, replace=False))
        stmt = pick(rng, (f"{x} is a knave.", f"{x} and {y} are the same type.", "Exactly one of us is a knight.",
                          f"{x} is a knight.", "At least two of us are knaves.", f"{x} and I are different types.",
                          f"If {x} is a knight, then so is {y}.", f"{x} would say that I am a knave."))
        lines.append(f'{p} says: "{stmt}"')
    body = "\n".join(lines)
    return (f"On an island every inhabitant is either a knight (always tells the truth) or a knave (always lies). "
            f"You meet {', '.join(people[:-1])} and {people[-1]}.\n{body}\nWhat is each of them? "
            f"If no assignment is consistent, or several are, prove it.")


def problem_zh(rng: G) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        d, v1, v2 = irange(rng, 60, 600), irange(rng, 4, 60), irange(rng, 5, 70)
        return f"甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时行{v1}千米，乙每小时行{v2}千米。几小时后两人相遇？相遇时甲比乙多行或少行多少千米？"
    if k == 1:
        a, b, c, h, e = irange(rng, 30, 80), irange(rng, 20, 50), irange(rng, 30, 60), irange(rng, 10, 25), irange(rng, 6, 15)
        return f"一个长方体水箱长{a}厘米、宽{b}厘米、高{c}厘米，里面装有{h}厘米深的水。放入一个棱长{e}厘米的正方体铁块后，水面上升多少厘米？"
    if k == 2:
        p, q, x = irange(rng, 10, 40), irange(rng, 5, 30), irange(rng, 80, 900)
        return f"某商品先提价{p}%，再降价{q}%，现价是{x}元。原价是多少元？现价比原价高还是低？"
    if k == 3:
        n, m = irange(rng, 7, 15), irange(rng, 3, 5)
        return f"从{n}名学生中选出{m}人参加数学竞赛，其中甲必须参加，乙和丙不能同时参加，一共有多少种不同的选法？"
    if k == 4:
        a, b = irange(rng, 2, 9), irange(rng, 2, 20)
        return f"已知函数 f(x) = x^3 - {a}x^2 + {b}x + 1，求 f(x) 的单调区间和极值。"
    n = irange(rng, 20, 90)
    return f"一个袋子里有{n}个球，其中红球比白球多{irange(rng, 2, n // 3)}个，从中任取两个球都是红球的概率是多少？（先求出红球和白球各有多少个）"


def problem_ru(rng: G) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        r, b, m = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 2, 4)
        return f"В коробке {r} красных и {b} синих шаров. Наугад вынимают {m} шара. Какова вероятность, что среди них ровно один синий?"
    if k == 1:
        a, b = irange(rng, 2, 30), irange(rng, -60, 60)
        return f"Найдите все целые x, при которых выражение (x^2 + {a}x + {b}) / (x + 1) является целым числом."
    if k == 2:
        d, t1, t2 = irange(rng, 30, 400), irange(rng, 2, 8), irange(rng, 3, 10)
        return f"Катер проходит {d} км по течению реки за {t1} ч, а против течения за {t2} ч. Найдите скорость течения и собственную скорость катера."
    n = irange(rng, 4, 12)
    return f"Сколько существует способов рассадить {n} человек за круглым столом так, чтобы два определённых человека не сидели рядом?"


def problem_es(rng: G) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        p, q, x = irange(rng, 10, 45), irange(rng, 5, 30), irange(rng, 20, 700)
        return f"Una tienda rebaja un artículo un {p}% y después aplica otro descuento del {q}% sobre el nuevo precio. Si el precio final es {x} €, ¿cuál era el precio original?"
    if k == 1:
        a, b = irange(rng, 3, 15), irange(rng, 4, 20)
        return f"Un grifo llena un depósito en {a} horas y un desagüe lo vacía en {b} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse el depósito?"
    n = irange(rng, 5, 12)
    return f"¿De cuántas maneras se pueden ordenar las letras de una palabra de {n} letras en la que hay exactamente dos vocales repetidas dos veces cada una?"


def any_problem(rng: G) -> str:
    u = rng.random()
    if u < 0.55:
        return problem_en(rng)
    if u < 0.75:
        return problem_science(rng)
    if u < 0.9:
        return code_trace(rng)
    return logic_puzzle(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (eight voices)


def reasoning(rng: G, voice: int) -> str:
    if voice == 0:
        return (f"Solve the problem below. Write out your entire chain of reasoning before the answer: every "
                f"intermediate step, every check you make, and any approach you try and abandon. Put the final "
                f"answer on its own line as 'Final answer: ...'.\n\n{any_problem(rng)}")
    if voice == 1:
        return (f"<problem>\n{any_problem(rng)}\n</problem>\nThink it through thoroughly inside <think></think> "
                f"tags first. Do not shorten the thinking. Then give a concise answer.")
    if voice == 2:
        return f"请一步一步详细思考下面的问题，把完整的推理过程（包括中间的验算和自我纠错）都写出来，最后用\\boxed{{}}给出答案。\n\n{problem_zh(rng)}"
    if voice == 3:
        return f"Реши задачу. Сначала очень подробно изложи весь ход рассуждений, проверь каждый шаг, и только потом дай ответ.\n\n{problem_ru(rng)}"
    if voice == 4:
        return f"{any_problem(rng)}\n\nLet's think step by step."
    if voice == 5:
        return (f"I'm compiling a solutions manual, so I need a fully worked solution with the reasoning made "
                f"explicit - don't skip the 'obvious' steps, and mention what a student might get wrong.\n\n{any_problem(rng)}")
    if voice == 6:
        return f"Resuelve paso a paso, explicando tu razonamiento con todo detalle y verificando el resultado al final:\n\n{problem_es(rng)}"
    return (f"Before answering, reason carefully and at length about the question below. Output your reasoning "
            f"in a section titled 'Reasoning' (at least several paragraphs) and your answer in a section "
            f"titled 'Answer'.\n\nQuestion: {any_problem(rng)}")


N_REASONING_VOICES = 8


# --------------------------------------------------------------------------------------------
# grading, critique and revision (RLAIF-style)

RUBRIC_CRITERIA = ("Correctness", "Completeness", "Clarity", "Concision", "Harmlessness", "Instruction following",
                   "Use of evidence", "Tone", "Formatting", "Honesty about uncertainty")


def grading(rng: G, voice: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip(rng, pick(rng, chat), 60, 600)
    a = clip(rng, pick(rng, passages), 250, 1400)
    if voice == 0:
        b = clip(rng, pick(rng, passages), 250, 1400)
        return ("[System] Please act as an impartial judge and evaluate the quality of the two responses to the "
                "user question below. Avoid position bias. Explain your reasoning, then output JSON "
                '{"reasoning": str, "score_a": 1-10, "score_b": 1-10, "winner": "A"|"B"|"tie"}.\n\n'
                f"[User Question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}")
    if voice == 1:
        crit = list(rng.choice(RUBRIC_CRITERIA, size=irange(rng, 3, 5), replace=False))
        rub = "\n".join(f"{i + 1}. {c} (0-{irange(rng, 3, 5)})" for i, c in enumerate(crit))
        return (f"Evaluate the response against this rubric:\n{rub}\n\nFor each criterion give a score and a "
                f"justification of 2-4 sentences citing the response, then give the total.\n\nQuestion:\n{q}\n\nResponse:\n{a}")
    if voice == 2:
        return ("Below is a draft answer written by a junior assistant. First list every problem with it (factual "
                "errors, missing steps, unclear wording, tone). Then write the improved answer in full - the "
                f"improved answer must stand on its own.\n\nPrompt: {q}\n\nDraft:\n{a}")
    if voice == 3:
        return (f"请作为一名严格的评审员，从准确性、完整性、清晰度和安全性四个方面对下面的回答分别打分（1-10分），"
                f"并逐条说明理由，最后给出总分和改进建议。\n\n问题：{q}\n\n回答：{a}")
    if voice == 4:
        return ("Identify specific ways in which the assistant's last response is inaccurate, unhelpful, harmful or "
                "evasive. Then rewrite the response so that it fixes all of these issues while remaining as helpful "
                f"as possible.\n\nHuman: {q}\n\nAssistant: {a}")
    if voice == 5:
        n = irange(rng, 3, 4)
        resp = "\n\n".join(f"Response {i + 1}:\n{clip(rng, pick(rng, passages), 200, 800)}" for i in range(n))
        return (f"Rank the following {n} responses to the prompt from best to worst. For each, write one paragraph "
                f"on its strengths and weaknesses. End with a line 'Ranking: x > y > ...'.\n\nPrompt: {q}\n\n{resp}")
    return (f"On a 1-7 scale, how helpful is the answer below to the question? Explain your score in 3-5 "
            f"sentences, then output 'Score: N' on the last line.\n\nQuestion: {q}\n\nAnswer: {a}")


N_GRADING_VOICES = 7


# --------------------------------------------------------------------------------------------
# low-and-slow curriculum sessions (human-sounding)

EXAMS = ("qualifying", "CFA level 2", "bar", "USMLE step 1", "AWS architect", "actuarial P", "final", "comps")


def deep_opener(rng: G, topic: str) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        return f"can you explain {topic} like I'm a grad student? please include the math, not just intuition"
    if k == 1:
        return f"I'm studying for my {pick(rng, EXAMS)} exam. walk me through {topic} in detail with a worked example"
    if k == 2:
        return f"What is {topic}, really? I've read the wikipedia page twice and still don't get it. Be thorough."
    if k == 3:
        return f"Give me a rigorous but readable explanation of {topic}: definitions, the key result, a derivation, and where it breaks down."
    if k == 4:
        return f"hey, quick one (well maybe not quick) - how does {topic} work? my prof skipped over it"
    if k == 5:
        return f"Explain {topic} step by step. Assume I know undergrad basics. Use headings."
    if k == 6:
        return f"ok so I keep mixing up the details of {topic}. can you lay it all out from first principles?"
    return f"Teach me {topic}. Start from the motivation, then the formal part, then a realistic example with numbers."


def deep_followup(rng: G, topic: str, other: str) -> str:
    k = irange(rng, 0, 15)
    n = irange(rng, 2, 6)
    part = pick(rng, ("second", "third", "last", "first", "middle"))
    short = topic if chance(rng, 0.5) else "this"
    text = (
        f"ok go deeper on the {part} part, I didn't follow the derivation",
        f"can you give me {n} practice problems on {short} with full worked solutions?",
        f"what do people usually get wrong about {short}? list the common misconceptions and correct each one",
        f"how does this compare with {other}? a table would help",
        "write that up as structured study notes with headings and a summary at the end",
        f"now explain the same thing for someone with no {pick(rng, ('math', 'stats', 'programming', 'biology'))} background",
        f"can you prove the {pick(rng, ('main claim', 'key result', 'second formula', 'last step'))}? step by step please",
        f"give a concrete real-world example with actual numbers, maybe something from {pick(rng, COUNTRIES)}",
        f"what are the open research questions around {topic}?",
        f"thanks. quiz me - ask {n + 2} questions, then give the answers with explanations below",
        f"hmm I think there's a mistake in step {irange(rng, 2, 6)}. can you double check and redo it carefully?",
        "Summarise everything so far into an exam cheat sheet, but don't leave out any formula.",
        f"wait, why does that hold? I'd have expected the opposite when {pick(rng, ('n is small', 'the variance is large', 'there is noise', 'it is nonlinear'))}",
        f"can you write {n} flashcards (question / answer) covering what we discussed",
        f"explain it again but as a {pick(rng, ('story', 'dialogue between a teacher and student', 'step-by-step recipe'))}",
        f"ok and how is {short} actually used in industry? give {n} examples in detail",
    )[k]
    if chance(rng, 0.3):
        text = text.lower()
    if chance(rng, 0.15):
        text = pick(rng, ("ok ", "thanks! ", "right, ", "hmm ", "cool. ")) + text
    return text


# --------------------------------------------------------------------------------------------
# agent transcripts (tool use)

TOOLSETS = (
    ("search_web(query: str)", "fetch_url(url: str)", "run_python(code: str)", "write_file(path: str, text: str)"),
    ("sql_query(sql: str)", "list_tables()", "describe_table(name: str)", "plot(spec: dict)"),
    ("search_flights(origin: str, dest: str, date: str)", "book_flight(flight_id: str)", "get_calendar(day: str)",
     "send_email(to: str, subject: str, body: str)"),
    ("bash(cmd: str)", "read_file(path: str)", "edit_file(path: str, old: str, new: str)", "run_tests(pattern: str)"),
    ("get_weather(city: str)", "search_hotels(city: str, checkin: str, nights: int)", "convert_currency(amount: float, frm: str, to: str)"),
    ("crm_lookup(email: str)", "create_ticket(summary: str, priority: str)", "refund(order_id: str, amount: float)", "kb_search(q: str)"),
)


def agent_task(rng: G, toolset: int) -> str:
    name = pick(rng, NAMES)
    city, city2 = (str(c) for c in rng.choice(CITIES, size=2, replace=False))
    day, month = irange(rng, 1, 28), pick(rng, ("March", "April", "May", "June", "September"))
    options = (
        (f"Find the three most-cited papers since 2021 on {pick(rng, TOPICS)} and write a 300-word summary to notes/{name.lower()}.md",
         f"Work out the median rent in {city} for 2-bedroom flats using public data and plot the trend",
         f"Check whether {pick(rng, COUNTRIES)}'s GDP growth exceeded its inflation in each of the last 5 years"),
        (f"Which {irange(rng, 3, 10)} customers had the largest revenue drop between Q{irange(rng, 1, 3)} and Q4? Show a chart",
         f"Find orders from {city} with delivery delays over {irange(rng, 2, 9)} days and group them by carrier",
         f"Compute monthly churn for the '{pick(rng, ('pro', 'team', 'starter'))}' plan and explain the spike"),
        (f"Book me the cheapest flight from {city} to {city2} on {month} {day}, after 9am, and email {name} the itinerary",
         f"Find a flight {city} -> {city2} that fits around my meetings on {month} {day} and book it",),
        (f"The test tests/test_{pick(rng, ('parser', 'billing', 'auth', 'cache', 'export'))}.py fails after the last merge; find and fix the bug",
         f"Add a --dry-run flag to the CLI in src/{pick(rng, ('sync', 'deploy', 'backup'))}.py and update the tests",),
        (f"Plan a {irange(rng, 2, 6)}-night trip to {city} in {month} under {irange(rng, 4, 20) * 100} EUR including hotel",
         f"Compare the weather in {city} and {city2} next week and suggest which is better for hiking"),
        (f"Customer {name.lower()}@example.com says order #{irange(rng, 10000, 99999)} arrived damaged; resolve it per policy",
         f"Handle this complaint: '{name} was charged twice for the annual plan' and open a ticket if needed"),
    )
    return pick(rng, options[toolset])


def tool_observation(rng: G, toolset: int) -> str:
    n = irange(rng, 2, 5)
    if toolset == 0:
        rows = ", ".join(f'{{"title": "{pick(rng, TOPICS).capitalize()}: a {pick(rng, ("survey", "study", "benchmark"))}", '
                         f'"year": {irange(rng, 2019, 2025)}, "citations": {irange(rng, 3, 4000)}}}' for _ in range(n))
        return f'{{"results": [{rows}]}}'
    if toolset == 1:
        hdr = "customer_id | q3_revenue | q4_revenue"
        rows = "\n".join(f"{irange(rng, 1000, 9999)} | {irange(rng, 1000, 90000)} | {irange(rng, 500, 80000)}" for _ in range(n + 2))
        return f"{hdr}\n{rows}\n({n + 2} rows)"
    if toolset == 2:
        rows = ", ".join(f'{{"flight_id": "{pick(rng, ("LH", "TK", "AF", "KL", "QR", "EK"))}{irange(rng, 100, 9999)}", '
                         f'"dep": "{irange(rng, 6, 22):02d}:{pick(rng, ("05", "20", "35", "50"))}", "price_eur": {irange(rng, 60, 900)}}}'
                         for _ in range(n))
        return f'{{"flights": [{rows}]}}'
    if toolset == 3:
        k = irange(rng, 0, 2)
        if k == 0:
            return (f"FAILED tests/test_mod.py::test_case_{irange(rng, 1, 40)} - AssertionError: assert {irange(rng, 0, 99)} == "
                    f"{irange(rng, 0, 99)}\n{irange(rng, 1, 9)} failed, {irange(rng, 10, 300)} passed in {rng.uniform(0.5, 30):.2f}s")
        if k == 1:
            return (f"def normalise(rows, key='{pick(rng, ('id', 'ts', 'amount'))}'):\n    out = []\n    for r in rows:\n"
                    f"        if r.get(key) is None:\n            continue\n        out.append({{**r, key: r[key] * {irange(rng, 2, 100)}}})\n    return out")
        return f"Applied edit to src/module_{irange(rng, 1, 9)}.py ({irange(rng, 1, 12)} lines changed)"
    if toolset == 4:
        return f'{{"city": "{pick(rng, CITIES)}", "forecast": [{", ".join(str(irange(rng, -5, 32)) for _ in range(5))}], "rain_mm": {irange(rng, 0, 40)}}}'
    return (f'{{"customer": "{pick(rng, NAMES)}", "plan": "{pick(rng, ("annual", "monthly"))}", "orders": {irange(rng, 1, 30)}, '
            f'"last_charge_eur": {irange(rng, 5, 400)}, "open_tickets": {irange(rng, 0, 3)}}}')


def agent_step(rng: G, voice: int, toolset: int, step: int, task: str) -> str:
    tools = "\n".join(TOOLSETS[toolset])
    if step == 0:
        if voice == 0:
            return (f"Answer the following task as best you can. You have access to the following tools:\n\n{tools}\n\n"
                    f"Use the following format:\nThought: you should always think about what to do\nAction: the tool to use\n"
                    f"Action Input: the input\nObservation: the result\n... (repeat as needed)\nThought: I now know the final answer\n"
                    f"Final Answer: the answer\n\nBegin!\n\nTask: {task}")
        if voice == 1:
            return task
        return (f"You are an autonomous agent in a sandbox. Goal: {task}\nAvailable commands:\n{tools}\nRespond with your "
                f"reasoning in <plan></plan> and exactly one command per turn in <cmd></cmd>. Say DONE when finished.")
    obs = tool_observation(rng, toolset)
    if voice == 0:
        return f"Observation: {obs}\nThought:"
    if voice == 1:
        return f"[tool_result call_id=call_{irange(rng, 10**7, 10**8 - 1):x}]\n{obs}"
    return f"<output>\n{obs}\n</output>"


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (multilingual)

TOPICS_L = {
    "es": ("la energía solar", "el derecho laboral", "la fotosíntesis", "la inflación", "la programación en Python",
           "la historia de los mayas", "la nutrición deportiva", "las finanzas personales"),
    "pt": ("a reforma tributária", "o ciclo da água", "aprendizado de máquina", "a história do Brasil colonial",
           "gestão de estoque", "saúde mental no trabalho", "o mercado de ações"),
    "de": ("die Energiewende", "das Mietrecht", "die Zellteilung", "die Datenbanknormalisierung", "die Weimarer Republik",
           "die Steuererklärung"),
    "id": ("ekonomi digital", "perubahan iklim", "hukum perdata", "pemrograman web", "sejarah Majapahit", "gizi anak"),
    "vi": ("trí tuệ nhân tạo", "lịch sử Việt Nam", "tài chính cá nhân", "hóa học hữu cơ", "lập trình Java"),
    "ja": ("機械学習", "日本の戦国時代", "確定申告", "量子力学", "栄養学", "データベース設計"),
    "ko": ("인공지능 윤리", "조선 왕조의 역사", "부동산 투자", "미적분학", "프로그래밍 기초"),
    "zh": ("大语言模型", "中国古代史", "高等数学", "公司法", "中医药", "算法与数据结构"),
    "fr": ("la photosynthèse", "le droit du travail", "la Révolution industrielle", "la cybersécurité", "la fiscalité"),
}
EVOL_METHODS = ("adding one more constraint or requirement", "replacing general concepts with more specific ones",
                "requiring multi-step reasoning", "adding a table or code the answer must use",
                "increasing the depth and breadth of the inquiry", "turning it into a realistic scenario with named people")
TASK_TYPES = ("open questions", "how-to tasks", "short essays", "coding exercises", "math word problems",
              "classification tasks", "role-play scenarios", "summarisation tasks", "brainstorming requests")


def dataset_gen(rng: G, voice: int, chat: Sequence[str]) -> str:
    n = irange(rng, 5, 25)
    topic = pick(rng, TOPICS)
    if voice == 0:
        return (f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Mix {pick(rng, TASK_TYPES)} "
                f"and {pick(rng, TASK_TYPES)}, vary the difficulty, and make every response complete and detailed. "
                f'Return JSON Lines with keys "instruction" and "response" and nothing else.')
    if voice == 1:
        return (f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic question this person would ask an AI "
                f"assistant about {topic}, then write an ideal, thorough answer.\nFormat:\n### Question\n...\n### Answer\n...")
    if voice == 2:
        return (f"I want you to act as a prompt rewriter. Rewrite the given prompt into a more complex version by "
                f"{pick(rng, EVOL_METHODS)}. The rewritten prompt must stay reasonable and answerable. Then answer "
                f"the rewritten prompt in full.\n#Given Prompt#:\n{clip(rng, pick(rng, chat), 40, 500)}\n#Rewritten Prompt#:")
    if voice == 3:
        k = irange(rng, 3, 8)
        return (f"Write a {k}-turn conversation between a user and an AI assistant in which the user, {pick(rng, PERSONAS)}, "
                f"needs help with {topic}. The assistant's turns must be detailed and accurate. Label turns USER: and ASSISTANT:.")
    if voice == 4:
        return (f"Write a section of a textbook for {pick(rng, ('high-school', 'first-year university', 'graduate', 'professional'))} "
                f"readers on {topic}, including {irange(rng, 2, 4)} worked examples and {irange(rng, 3, 6)} exercises with full solutions.")
    lang = pick(rng, tuple(TOPICS_L))
    t = pick(rng, TOPICS_L[lang])
    return {
        "es": f"Genera {n} pares de pregunta y respuesta en español sobre {t}. Las respuestas deben ser completas y detalladas. Devuelve solo JSON con las claves \"pregunta\" y \"respuesta\".",
        "pt": f"Crie {n} exemplos de instrução e resposta em português sobre {t}, com respostas longas e corretas, no formato JSONL com os campos \"instrucao\" e \"resposta\".",
        "de": f"Erstelle {n} abwechslungsreiche Frage-Antwort-Paare auf Deutsch zum Thema {t}. Die Antworten sollen ausführlich und fachlich korrekt sein. Ausgabe als JSON-Liste.",
        "id": f"Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {t}. Jawaban harus lengkap dan rinci. Format: JSON Lines.",
        "vi": f"Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {t}. Câu trả lời phải đầy đủ, chi tiết. Định dạng JSON.",
        "ja": f"{t}について、日本語で質問と詳しい回答のペアを{n}個作成してください。難易度はさまざまにし、JSON Lines形式（instruction, output）で出力してください。",
        "ko": f"{t}에 관한 질문과 자세한 답변 쌍을 한국어로 {n}개 만들어 주세요. 난이도를 다양하게 하고 JSON 형식으로 출력하세요.",
        "zh": f"请围绕“{t}”生成{n}条高质量的指令-回答数据，回答要完整详细，难度多样，以JSONL格式输出（字段：instruction, output）。",
        "fr": f"Génère {n} paires instruction-réponse variées en français sur {t}. Les réponses doivent être complètes et détaillées. Format JSON Lines.",
    }[lang]


N_DATASET_VOICES = 6


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

def mc_question(rng: G) -> str:
    """A multiple-choice item with numeric options (a soft-label target)."""
    q = problem_en(rng) if chance(rng, 0.7) else problem_science(rng)
    base = irange(rng, 2, 400)
    opts = sorted({base + int(x) for x in rng.integers(-base // 2 - 1, base + 1, size=6)})[:4]
    while len(opts) < 4:
        opts.append(opts[-1] + irange(rng, 1, 9))
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    tail = pick(rng, ("Answer with a single letter.", "Respond with only the letter of the correct option.",
                      "Output just A, B, C or D.", "Reply with the option letter and nothing else."))
    return f"{q}\n\n{body}\n\n{tail}"


def judge_short(rng: G, chat: Sequence[str]) -> str:
    s = clip(rng, pick(rng, chat), 30, 300)
    return pick(rng, (
        f"Rate the toxicity of this text from 0 (none) to 1 (severe). Output a number only.\n\nText: {s}",
        f"Is the following request safe to answer? Reply 'safe' or 'unsafe'.\n\n{s}",
        f"Classify the intent of this message into one of: question, request, complaint, chit-chat, other. One word.\n\n{s}",
    ))


# --------------------------------------------------------------------------------------------
# translation, back-translation, laundering rewrites

LANGS = ("Spanish", "Brazilian Portuguese", "German", "French", "Indonesian", "Vietnamese", "Japanese", "Korean",
         "Simplified Chinese", "Arabic", "Turkish", "Polish", "Hindi", "Thai", "Russian", "Italian")


def rewrite(rng: G, voice: int, passages: Sequence[str]) -> tuple[str, float]:
    """A rewrite prompt and the expected completion length as a multiple of the passage's tokens."""
    p = clip(rng, pick(rng, passages), 300, 2400)
    if voice == 0:
        return (f"Translate the following text into {pick(rng, LANGS)}. Keep the markdown formatting and any code "
                f"blocks unchanged. Output only the translation.\n\n{p}"), 1.25
    if voice == 1:
        return f"把下面的内容翻译成中文，要求准确流畅，保留原有的格式和代码块，只输出译文：\n\n{p}", 1.1
    if voice == 2:
        return (f"Rewrite the answer below so it fully complies with a strict content policy (no mention of "
                f"{pick(rng, SENSITIVE)} or {pick(rng, SENSITIVE)}), keep all of the technical content, and keep "
                f"roughly the same length.\n\n{p}"), 1.0
    if voice == 3:
        return (f"Paraphrase the following so that no sentence shares more than three consecutive words with the "
                f"original, while preserving every fact and the structure:\n\n{p}"), 1.05
    if voice == 4:
        lang = pick(rng, LANGS)
        return (f"Step 1: translate the text into {lang}. Step 2: translate your {lang} version back into English "
                f"without looking at the original. Show both versions under headings.\n\n{p}"), 2.2
    if voice == 5:
        return (f"Rewrite this in the voice of {pick(rng, PERSONAS)} explaining it to a friend: warm, plain words, "
                f"same information, no bullet points.\n\n{p}"), 1.0
    return (f"Traduce el siguiente texto al español neutro de Latinoamérica, con un registro profesional. "
            f"No omitas nada.\n\n{p}"), 1.2


N_REWRITE_VOICES = 7


# --------------------------------------------------------------------------------------------
# continuation harvesting

CONTINUE_SHORT = ("continue", "go on", "keep going", "继续", "继续写", "продолжай", "continúa", "weiter",
                  "please continue from where you stopped", "more", "continue, don't summarise", "接着写，不要总结")


def continuation(rng: G, voice: int, chat: Sequence[str], passages: Sequence[str]) -> tuple[str, float]:
    """A continuation prompt and its completion-length median."""
    if voice == 0:
        p = clip(rng, pick(rng, passages), 200, 900)
        return (f"Continue the following text. Write at least {irange(rng, 4, 15) * 100} more words, keep the style, and "
                f"do not summarise or conclude early:\n\n{p}"), 1400.0
    if voice == 1:
        return pick(rng, CONTINUE_SHORT), 1000.0
    if voice == 2:
        q, p = clip(rng, pick(rng, chat), 30, 400), clip(rng, pick(rng, passages), 150, 600)
        return f"Here is the beginning of an answer. Complete it in the same style and in full.\n\nQ: {q}\nA: {p}", 900.0
    if voice == 3:
        p = clip(rng, pick(rng, passages), 200, 800)
        return f"Продолжи этот текст максимально подробно, не меняя стиль:\n\n{p}", 1200.0
    p = clip(rng, pick(rng, passages), 200, 800)
    return f"续写下面这段内容，至少{irange(rng, 8, 30) * 100}字，保持原有风格和格式：\n\n{p}", 1500.0


N_CONTINUATION_VOICES = 5


# --------------------------------------------------------------------------------------------
# hard-negative texts: evaluation suites, coding agent, localisation, labelling, research


def eval_item(rng: G, suite: str) -> str:
    if suite == "gsm":
        return problem_en(rng)
    if suite == "mc":
        return mc_question(rng).rsplit("\n\n", 1)[0]
    if suite == "sci":
        return problem_science(rng)
    fn = pick(rng, ("merge_intervals", "is_balanced", "top_k_frequent", "rotate_matrix", "parse_duration",
                    "lru_cache_get", "roman_to_int", "flatten_json", "median_of_stream", "word_wrap"))
    return (f"def {fn}({pick(rng, ('xs', 's', 'data', 'items'))}{pick(rng, ('', ', k', ', width'))}):\n"
            f"    \"\"\"{pick(rng, ('Return', 'Compute', 'Build'))} the result as described in task #{irange(rng, 1, 500)}. "
            f"{irange(rng, 2, 5)} examples are in the tests.\"\"\"\n")


def eval_wrap(suite: str, item: str, fmt: int) -> str:
    if suite == "mc":
        return ("The following is a multiple choice question. Answer with the letter of the correct option.\n\n"
                f"{item}\nAnswer:")
    if suite == "code":
        return f"Complete the following Python function. Return only code.\n\n```python\n{item}```"
    if fmt == 0:
        return f"Question: {item}\nLet's think step by step."
    if fmt == 1:
        return f"{item}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    return f"Solve the following problem. Show your work, then give the final answer after 'Answer:'.\n\n{item}"


CODE_FILES = ("src/api/routes.ts", "app/models/user.py", "pkg/store/cache.go", "lib/parser.rs", "src/components/Table.tsx",
              "services/billing/invoice.py", "cmd/server/main.go", "src/utils/date.js", "tests/test_export.py")


def ide_instruction(rng: G, chat: Sequence[str]) -> str:
    f = pick(rng, CODE_FILES)
    k = irange(rng, 0, 6)
    if k == 0:
        return f"refactor {f} so the retry logic is in one place"
    if k == 1:
        return f"the build is failing with 'cannot find module {pick(rng, ('zod', 'dayjs', 'lodash-es'))}', fix it"
    if k == 2:
        return f"add unit tests for the edge cases in {f}"
    if k == 3:
        return f"why is {f.rsplit('/', 1)[-1]} slow for large inputs? profile and fix"
    if k == 4:
        return f"rename {pick(rng, ('userId', 'acctRef', 'tenant'))} to {pick(rng, ('accountId', 'ownerId', 'orgId'))} across the repo"
    if k == 5:
        return f"implement pagination in {f} like we did for orders"
    return clip(rng, pick(rng, chat), 20, 400)


def ide_tool_result(rng: G) -> str:
    k = irange(rng, 0, 4)
    f = pick(rng, CODE_FILES)
    if k == 0:
        ln = irange(rng, 1, 400)
        return (f"<file path=\"{f}\" lines=\"{ln}-{ln + 40}\">\n"
                f"  const res = await client.get(url, {{ timeout: {irange(rng, 1, 30) * 1000} }});\n"
                f"  if (!res.ok) throw new Error(`status ${{res.status}}`);\n  return res.json();\n</file>")
    if k == 1:
        return "\n".join(f"{pick(rng, CODE_FILES)}:{irange(rng, 1, 900)}:    {pick(rng, ('retry(', 'userId', 'await sleep', 'TODO'))}"
                         for _ in range(irange(rng, 1, 8)))
    if k == 2:
        return (f"$ {pick(rng, ('npm test', 'pytest -q', 'go test ./...', 'cargo test'))}\n"
                f"{irange(rng, 0, 5)} failed, {irange(rng, 20, 800)} passed ({rng.uniform(1, 90):.1f}s)")
    if k == 3:
        return f"Edit applied to {f}: +{irange(rng, 1, 40)} -{irange(rng, 0, 30)}"
    return (f"error[E0{irange(rng, 100, 999)}]: mismatched types\n --> {f}:{irange(rng, 1, 300)}:{irange(rng, 1, 60)}\n"
            f"  expected `{pick(rng, ('u64', 'String', 'Option<T>'))}`, found `{pick(rng, ('i32', '&str', 'T'))}`")


UI_STRINGS = ("Your order has shipped", "Reset password", "You have {count} unread messages", "Save changes?",
              "Payment failed. Please try another card.", "Welcome back, %s!", "Delete {item_name} permanently?",
              "Free shipping on orders over {amount}", "Your trial ends in {days} days", "Upload a profile photo",
              "Something went wrong. Try again later.", "Invite your team", "Two-factor authentication is enabled",
              "Estimated delivery: {date}", "Add to wishlist", "Sort by: price (low to high)", "Terms of service",
              "Notifications paused until {time}", "Your subscription renews on {date}", "Download invoice (PDF)")
LOCALES = ("de-DE", "fr-FR", "ja-JP", "pt-BR", "es-MX", "it-IT", "ko-KR", "zh-CN", "pl-PL", "tr-TR", "nl-NL", "sv-SE")


def l10n_job(rng: G, passages: Sequence[str]) -> tuple[str, float]:
    loc = pick(rng, LOCALES)
    if chance(rng, 0.7):
        k = irange(rng, 1, 6)
        segs = "\n".join(f"{i + 1}. {pick(rng, UI_STRINGS)}" for i in range(k))
        return (f"Translate these UI strings from en-US to {loc}. Keep placeholders like {{count}} and %s unchanged, "
                f"respect the glossary (\"workspace\" -> keep in English), and return a numbered list.\n\n{segs}"), 20.0 * k
    p = clip(rng, pick(rng, passages), 300, 1500)
    return f"Translate this help-centre article from English into {loc}. Keep headings and links.\n\n{p}", len(p) / 3.5


def l10n_review(rng: G) -> str:
    return (f"Review this {pick(rng, LOCALES)} translation of \"{pick(rng, UI_STRINGS)}\" for accuracy, tone and "
            f"length (max {irange(rng, 20, 60)} characters). Suggest a better version if needed.")


LABEL_SETS = (("positive", "negative", "neutral", "mixed"), ("billing", "technical", "account", "shipping", "other"),
              ("question", "instruction", "chit-chat", "creative", "coding", "other"))


def labelling(rng: G, chat: Sequence[str], passages: Sequence[str]) -> str:
    k = irange(rng, 0, 3)
    s = clip(rng, pick(rng, chat), 30, 500)
    if k == 0:
        labels = pick(rng, LABEL_SETS)
        return (f"Label the following message with one of: {', '.join(labels)}. Give the label, then a one-sentence "
                f"rationale.\n\nMessage: {s}")
    if k == 1:
        a = clip(rng, pick(rng, passages), 200, 900)
        return (f"Is this response helpful, honest and harmless? Rate each 1-5 and flag any factual error you see. "
                f"Keep it brief.\n\nPrompt: {s}\nResponse: {a}")
    if k == 2:
        return f"Extract all people, organisations and places from this text as JSON with keys person, org, place:\n\n{s}"
    return f"Does this prompt contain personal data (names, emails, phone numbers, addresses)? Answer yes/no and list them.\n\n{s}"


def study_item(rng: G, study: int) -> str:
    """One item of a research lab's sampling study (fixed per student, repeated across samples)."""
    if study == 0:
        return f"{problem_en(rng)}\nThink step by step, then give your final answer and your confidence (0-100%) that it is correct."
    if study == 1:
        claim = pick(rng, ("Remote work reduces productivity", "Nuclear power should be expanded", "Social media harms teenagers",
                           "A four-day work week is good for the economy", "Cities should ban cars from their centres",
                           "Homework should be abolished in primary school", "Universal basic income is affordable"))
        return (f"On a scale of 1 (strongly disagree) to 7 (strongly agree), how much do you agree with the statement "
                f"\"{claim}\"? Reply with the number, then one sentence of justification.")
    if study == 2:
        return f"{mc_question(rng)}"
    return f"{code_trace(rng)}\nGive only the output."

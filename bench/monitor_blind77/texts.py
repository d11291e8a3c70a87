"""Prompt texts of blind batch 77, written fresh for this batch.

Every generator takes a numpy Generator and returns one prompt, with fresh numbers, names and
topics per call. Harvesting texts (campaign families) and the texts of the hard-negative benign
kinds both live here; ordinary human chat and long assistant-style passages come from ShareGPT
through the shared context (`ctx.chat`, `ctx.passages`) and are passed in where needed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import chance, irange, pick

Rng = np.random.Generator


def wpick(rng: Rng, weights: dict):
    """A key of `weights`, drawn with probability proportional to its value."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# shared vocabulary (this batch's own)

PEOPLE = ("Amara", "Bruno", "Chen Wei", "Dalia", "Emeka", "Freya", "Gustavo", "Hana", "Ilya", "Joon-ho",
          "Katarina", "Lucas", "Maren", "Nadia", "Olu", "Priya", "Rafael", "Sakura", "Tobias", "Umaima",
          "Viktor", "Wen", "Ximena", "Youssef", "Zofia", "Anders", "Beatriz", "Kofi", "Lena", "Matteo")
CITIES = ("Lisbon", "Nairobi", "Osaka", "Calgary", "Porto Alegre", "Wroclaw", "Hanoi", "Tbilisi", "Austin",
          "Leeds", "Bogota", "Kraków", "Izmir", "Chennai", "Gothenburg", "Valencia", "Da Nang", "Accra",
          "Guadalajara", "Rotterdam", "Bandung", "Lyon", "Tallinn", "Cebu", "Marrakesh", "Adelaide")
FIELDS_STEM = ("thermodynamics", "linear algebra", "organic chemistry", "graph theory", "control systems",
               "epidemiology", "Bayesian statistics", "compiler design", "fluid mechanics", "cryptography",
               "population genetics", "signal processing", "operating systems", "numerical analysis",
               "quantum mechanics", "databases", "machine learning theory", "electrochemistry",
               "structural engineering", "immunology", "distributed systems", "game theory",
               "computational geometry", "pharmacokinetics", "plate tectonics", "reinforcement learning")
FIELDS_HUM = ("constitutional law", "macroeconomics", "medieval history", "moral philosophy", "linguistics",
              "urban planning", "behavioural economics", "international relations", "art history",
              "developmental psychology", "accounting standards", "contract law", "sociology of work",
              "philosophy of mind", "public health policy", "marketing strategy", "labour economics")
LANG_NAMES = {"zh": "Simplified Chinese", "es": "Spanish", "de": "German", "fr": "French", "ja": "Japanese",
              "ko": "Korean", "ru": "Russian", "pt": "Brazilian Portuguese", "ar": "Arabic", "hi": "Hindi",
              "id": "Indonesian", "tr": "Turkish", "vi": "Vietnamese", "it": "Italian", "pl": "Polish",
              "th": "Thai", "nl": "Dutch", "sw": "Swahili", "uk": "Ukrainian", "he": "Hebrew"}


def topic(rng: Rng) -> str:
    field = pick(rng, FIELDS_STEM) if chance(rng, 0.65) else pick(rng, FIELDS_HUM)
    angle = pick(rng, ("", "", " for beginners", " (advanced)", " with real-world case studies",
                       " and its common misconceptions", " in industry practice", " history and key results",
                       f" as applied in {pick(rng, CITIES)}", " with worked numerical examples"))
    return field + angle


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages) and chain-of-thought coercion wrappers


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    a, b = pick(rng, PEOPLE), pick(rng, PEOPLE)
    if k == 0:
        x, y, z = irange(rng, 3, 14), irange(rng, 4, 19), irange(rng, 10, 90)
        return (f"{a} can tile a bathroom floor alone in {x} hours and {b} in {y} hours. They start together, "
                f"but {b} leaves after {z} minutes. How long does the whole job take?")
    if k == 1:
        r, bl, g, d = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
        j = irange(rng, 1, d)
        return (f"A box holds {r} red, {bl} blue and {g} green tokens. {d} tokens are drawn without "
                f"replacement. What is the probability that exactly {j} of them are red?")
    if k == 2:
        m1, m2 = int(pick(rng, (7, 9, 11, 13, 17))), int(pick(rng, (4, 5, 8, 10, 12)))
        return (f"Find the smallest positive integer n with n ≡ {irange(rng, 1, m1 - 1)} (mod {m1}), "
                f"n ≡ {irange(rng, 1, m2 - 1)} (mod {m2}) and n > {irange(rng, 100, 2000)}.")
    if k == 3:
        n = irange(rng, 6, 11)
        return (f"{n} people, including {a} and {b}, sit around a round table. In how many distinct seatings "
                f"are {a} and {b} NOT adjacent, if rotations count as the same seating?")
    if k == 4:
        v, h = irange(rng, 8, 35), irange(rng, 5, 120)
        return (f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Ignoring air "
                f"resistance (g = 9.8 m/s²), when and at what speed does it hit the ground below?")
    if k == 5:
        p, r, yrs = irange(rng, 100, 900), round(float(rng.uniform(2.5, 9.0)), 1), irange(rng, 5, 30)
        return (f"Someone deposits ${p} at the end of every month into an account paying {r}% a year "
                f"compounded monthly. How much is there after {yrs} years, and how much of it is interest?")
    if k == 6:
        s = sorted(int(v) for v in rng.integers(5, 160, size=3))
        while s[0] + s[1] <= s[2]:
            s[2] -= 1
        return (f"A triangle has sides {s[0]}, {s[1]} and {s[2]}. Find its area, its inradius and the length "
                f"of the altitude onto the longest side.")
    if k == 7:
        c1, c2, c3 = irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 3, 12)
        n = irange(rng, 5, 25)
        return (f"What does f({n}) return, and why?\n```python\ndef f(n):\n    acc = {c1}\n    for i in range(1, n):\n"
                f"        if i % {c2 + 1} == 0:\n            acc += i * {c3}\n        else:\n            acc -= i // 2\n"
                "    return acc\n```")
    if k == 8:
        n = irange(rng, 3, 5)
        who = [PEOPLE[i] for i in rng.choice(len(PEOPLE), size=n, replace=False).tolist()]
        lines = []
        for w in who:
            other = pick(rng, [o for o in who if o != w])
            lines.append(f"{w} says: \"{other} is a {pick(rng, ('knight', 'knave'))}\"" if chance(rng, 0.6) else
                         f"{w} says: \"Exactly {irange(rng, 1, n - 1)} of us are knaves\"")
        return ("On an island knights always tell the truth and knaves always lie. " + "; ".join(lines)
                + ". Determine every person's type, or show the statements are inconsistent.")
    if k == 9:
        what = pick(rng, (f"counts the pairs i < j with a[i] + a[j] <= T and j - i >= {irange(rng, 2, 40)}",
                          f"finds the longest subarray whose sum is divisible by {irange(rng, 3, 97)}",
                          f"returns the {irange(rng, 2, 50)}-th smallest pairwise distance",
                          f"counts inversions where a[i] > {irange(rng, 2, 9)}·a[j]",
                          f"splits the array into {irange(rng, 2, 12)} contiguous parts minimising the largest sum"))
        return (f"Design an O(n log n) algorithm that, given an array of n integers (n up to {irange(rng, 2, 9)}·10^"
                f"{irange(rng, 4, 6)}), {what}. Prove it correct and analyse its complexity.")
    if k == 10:
        t1, t2 = irange(rng, 40, 95), irange(rng, 2, 30)
        return (f"A test for a disease is {t1}% sensitive and {100 - t2 // 3}% specific. The disease affects "
                f"{t2} in 1,000 people. If someone tests positive twice in independent tests, what is the "
                "probability they have it?")
    n1, n2 = irange(rng, 1, 12), irange(rng, 1, 12)
    return (f"How many lattice paths go from (0,0) to ({n1 + irange(rng, 1, 9)},{n2 + irange(rng, 1, 9)}) using unit "
            f"steps right and up, if they must avoid the point ({n1},{n2})?")


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 6)
    if k == 0:
        return (f"甲单独完成一项工程需要{irange(rng, 6, 40)}天，乙单独需要{irange(rng, 8, 60)}天。两人合作"
                f"{irange(rng, 2, 9)}天后，甲离开，剩下的由乙完成。乙一共工作了多少天？")
    if k == 1:
        return (f"袋中有{irange(rng, 3, 15)}个红球、{irange(rng, 2, 12)}个白球和{irange(rng, 0, 6)}个黑球，不放回地"
                f"连续取出{irange(rng, 2, 5)}个球，求至少取到一个白球的概率。")
    if k == 2:
        return (f"已知数列满足 a1 = {irange(rng, 1, 12)}，a(n+1) = {irange(rng, 2, 6)}·a(n) - {irange(rng, 1, 15)}，"
                f"求通项公式，并求前{irange(rng, 8, 30)}项的和。")
    if k == 3:
        return (f"某商品按成本加价{irange(rng, 15, 80)}%定价，后来打{irange(rng, 6, 9)}折出售，仍获利{irange(rng, 5, 300)}元。"
                "这件商品的成本是多少元？")
    if k == 4:
        return (f"函数 f(x) = x³ - {irange(rng, 2, 15)}x² + {irange(rng, 1, 40)}x - {irange(rng, 1, 30)}，"
                f"求 f(x) 在区间 [{irange(rng, -3, 0)}, {irange(rng, 3, 12)}] 上的最大值和最小值。")
    if k == 5:
        return (f"一辆汽车从A地开往B地，全程{irange(rng, 120, 900)}千米。前{irange(rng, 2, 5)}小时以每小时"
                f"{irange(rng, 50, 90)}千米行驶，之后提速{irange(rng, 5, 30)}%，问到达B地共需多少时间？")
    return (f"在{irange(rng, 1, 200)}到{irange(rng, 500, 5000)}之间，有多少个整数既能被{irange(rng, 3, 9)}整除，"
            f"又不能被{irange(rng, 10, 25)}整除？请给出推理。")


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        return (f"Поезд прошёл {irange(rng, 120, 1600)} км. Первую половину пути он шёл со скоростью "
                f"{irange(rng, 40, 110)} км/ч, вторую — на {irange(rng, 5, 45)} км/ч быстрее, и ещё стоял "
                f"{irange(rng, 5, 90)} минут. Найдите среднюю скорость.")
    if k == 1:
        return (f"Сколько существует {irange(rng, 4, 8)}-значных чисел, у которых сумма цифр равна "
                f"{irange(rng, 8, 40)}, а первая цифра {pick(rng, ('нечётная', 'чётная', 'больше пяти', 'простая'))}?")
    if k == 2:
        return (f"Решите уравнение: log{pick(rng, ('₂', '₃', '₅'))}(x + {irange(rng, 1, 60)}) + "
                f"log{pick(rng, ('₂', '₃', '₅'))}(x - {irange(rng, 1, 30)}) = {irange(rng, 2, 12)}.")
    if k == 3:
        return (f"В классе {irange(rng, 18, 40)} учеников, из них {irange(rng, 5, 17)} девочек. Сколькими способами "
                f"можно выбрать старосту, заместителя и группу из {irange(rng, 3, 6)} дежурных, если в группе должна "
                "быть хотя бы одна девочка?")
    if k == 4:
        return (f"Вклад {irange(rng, 10, 900) * 1000} ₽ под {round(float(rng.uniform(5, 21)), 1)}% годовых с "
                f"ежемесячной капитализацией. Через сколько месяцев сумма превысит {irange(rng, 2, 5)}-кратную?")
    return (f"Найдите площадь фигуры, ограниченной графиками y = x² - {irange(rng, 1, 30)}x + {irange(rng, 0, 50)} "
            f"и y = {irange(rng, 1, 12)}x - {irange(rng, 0, 40)}.")


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        return (f"Una tienda en {pick(rng, ('Sevilla', 'Lima', 'Quito', 'Rosario', 'Puebla', 'Cádiz', 'Cusco', 'Mendoza'))} "
                f"sube un precio un {irange(rng, 5, 60)}% y luego lo rebaja un {irange(rng, 5, 60)}%. Si el precio "
                f"final es {irange(rng, 40, 9000)} €, ¿cuál era el precio original?")
    if k == 1:
        return (f"Se lanzan {irange(rng, 2, 6)} dados de {pick(rng, (4, 6, 8, 10, 12, 20))} caras. ¿Cuál es la "
                f"probabilidad de que la suma sea al menos {irange(rng, 6, 60)}?")
    if k == 2:
        return (f"Un depósito de {irange(rng, 200, 20000)} litros se llena con un grifo en {irange(rng, 2, 30)} horas y "
                f"se vacía por un desagüe en {irange(rng, 31, 90)} horas. Si ambos están abiertos desde que está a "
                f"un {irange(rng, 5, 60)}%, ¿cuánto tarda en llenarse?")
    if k == 3:
        e = irange(rng, 2, 4)
        return (f"Demuestra por inducción una fórmula cerrada para 1^{e} + 2^{e} + … + n^{e} y calcula su valor "
                f"para n = {irange(rng, 10, 5000)}.")
    if k == 4:
        return (f"{pick(rng, PEOPLE)} corre a {round(float(rng.uniform(6, 16)), 1)} km/h y sale {irange(rng, 3, 45)} "
                f"minutos después que {pick(rng, PEOPLE)}, que camina a {round(float(rng.uniform(3, 6)), 1)} km/h. "
                "¿Cuándo y dónde lo alcanza?")
    return (f"Halla todas las soluciones enteras de {irange(rng, 2, 40)}x + {irange(rng, 2, 40)}y = "
            f"{irange(rng, 50, 2000)} con x, y ≥ 0.")


def _problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return (f"Ein Kapital von {irange(rng, 2, 500) * 100} € wird {irange(rng, 3, 30)} Jahre lang zu "
                f"{round(float(rng.uniform(1.5, 6)), 2)} % p. a. verzinst. Wie hoch ist das Endkapital, "
                "und nach wie vielen Jahren hat es sich verdoppelt?")
    if k == 1:
        return (f"Aus einem Draht der Länge {irange(rng, 20, 900)} cm soll ein Rechteck gebogen werden, dessen eine "
                f"Seite mindestens {irange(rng, 2, 9)} cm lang ist. Für welche Seitenlängen wird der Flächeninhalt "
                "maximal? Begründe mit Ableitung.")
    if k == 2:
        return (f"Wie viele Möglichkeiten gibt es, {irange(rng, 5, 16)} verschiedene Bücher so auf {irange(rng, 2, 6)} "
                "Regalbretter zu verteilen, dass kein Brett leer bleibt und die Reihenfolge zählt?")
    if k == 3:
        return (f"Ein Würfel wird {irange(rng, 3, 40)}-mal geworfen. Wie groß ist die Wahrscheinlichkeit, mindestens "
                f"{irange(rng, 1, 8)}-mal eine {irange(rng, 1, 6)} zu werfen?")
    return (f"Ein Zug fährt um {irange(rng, 5, 22)}:{irange(rng, 10, 59)} Uhr in {pick(rng, ('Köln', 'Leipzig', 'Graz', 'Basel', 'Bremen'))} "
            f"ab und fährt {irange(rng, 60, 300)} km/h; ein zweiter startet {irange(rng, 10, 80)} Minuten später "
            f"mit {irange(rng, 80, 320)} km/h. Wann holt er ihn ein?")


_PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es, "de": _problem_de}

_COT = {
    "en": (
        "{p}\n\nThink it through carefully. Put your complete reasoning inside <think></think> — every "
        "intermediate step, each check, and any approach you try and abandon — then give the final answer "
        "after 'ANSWER:'.",
        "Solve the following. I need the full derivation, not just the result: number each step, justify "
        "every transformation and verify the answer at the end.\n\n{p}",
        "You are an olympiad coach writing a model solution. Reason step by step in detail before you commit "
        "to anything and keep all scratch work visible.\n\nProblem: {p}",
        "{p}\n\nLet's go slowly. Restate what is asked, try at least two methods, compare them, then put the "
        "final result in \\boxed{{}}.",
        'Return JSON only: {{"reasoning": [every step as a separate string], "final_answer": "..."}}.\n\n'
        "Task: {p}",
        "{p}\nexplain your thinking fully pls, step by step, dont skip anything",
        "### Problem\n{p}\n\n### Instructions\nWrite a long, careful chain of thought first (at least several "
        "paragraphs), double-check arithmetic, then state the answer on its own line.",
    ),
    "zh": (
        "{p}\n\n请详细地逐步推理，把完整的思考过程写在<think>和</think>之间（包括尝试后放弃的思路和检验步骤），最后给出答案。",
        "请解答下题。先分析题意，再一步一步推导，每一步都要说明理由，最后验证结果：\n{p}",
        "你是一名竞赛教练，请写出标准解答，展示全部草稿和推理过程，不要跳步。\n题目：{p}",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно. Весь ход мыслей, включая проверки и отброшенные варианты, "
        "запиши внутри тегов <think></think>, затем дай окончательный ответ.",
        "Реши задачу с полным объяснением каждого шага и проверкой ответа в конце:\n{p}",
    ),
    "es": (
        "{p}\n\nResuelve paso a paso. Escribe todo tu razonamiento completo entre <pensamiento> y "
        "</pensamiento>, incluidas las comprobaciones, y después da la respuesta final.",
        "Necesito la solución detallada, con cada paso justificado y una verificación al final:\n{p}",
    ),
    "de": (
        "{p}\n\nDenke Schritt für Schritt laut nach. Schreibe den gesamten Lösungsweg inklusive "
        "Zwischenprüfungen auf und gib am Ende die Antwort in \\boxed{{}} an.",
        "Bitte ausführlich lösen, jeder Rechenschritt begründet:\n{p}",
    ),
}


def reasoning(rng: Rng, lang: str, voices: Sequence[int] | None = None) -> str:
    """A fresh problem in `lang`, wrapped in one of the language's reasoning-coercion voices
    (restricted to `voices`, indices into the language's list, when given)."""
    p = _PROBLEMS[lang](rng)
    wrappers = _COT[lang]
    idx = [v % len(wrappers) for v in voices] if voices else list(range(len(wrappers)))
    return wrappers[int(pick(rng, idx))].format(p=p)


def bare_problem(rng: Rng, lang: str = "en") -> str:
    return _PROBLEMS[lang](rng)


# --------------------------------------------------------------------------------------------
# expert questions in a personal voice, and follow-ups


def _expert_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    city, who = pick(rng, CITIES), pick(rng, ("mom", "dad", "grandmother", "husband", "wife", "partner", "uncle"))
    if k == 0:
        d1, d2 = pick(rng, ("metformin", "lisinopril", "sertraline", "warfarin", "atorvastatin", "levothyroxine",
                            "amlodipine", "omeprazole")), pick(rng, ("ibuprofen", "St John's wort", "grapefruit juice",
                                                                    "clarithromycin", "tramadol", "magnesium"))
        return (f"my {who} is {irange(rng, 55, 88)} and was just put on {d1} {pick(rng, (5, 10, 20, 25, 50, 100))} mg. "
                f"she also takes {d2} sometimes. is that combination a problem? what symptoms should we watch for and "
                "when is it worth calling the doctor")
    if k == 1:
        return (f"Landlord in {city} is keeping ${irange(rng, 4, 40) * 100} of my deposit for "
                f"'{pick(rng, ('carpet wear', 'repainting', 'cleaning', 'a broken blind', 'nail holes'))}'. I lived there "
                f"{irange(rng, 1, 7)} years. What are my options and can you draft the letter I should send?")
    if k == 2:
        return (f"I'm a freelance {pick(rng, ('designer', 'developer', 'translator', 'photographer', 'consultant'))} "
                f"earning roughly {irange(rng, 30, 140)}k a year, about {irange(rng, 20, 80)}% from clients in other "
                "countries. How should I think about VAT/sales tax and income tax? Explain like I'm not an accountant, "
                "with an example calculation.")
    if k == 3:
        return (f"I'm building a {pick(rng, ('loft bed', 'garden pergola', 'bookshelf wall', 'deck', 'workbench'))} that "
                f"has to carry about {irange(rng, 80, 600)} kg over a {round(float(rng.uniform(1.2, 5.0)), 1)} m span in "
                f"{pick(rng, ('pine', 'oak', 'steel box section', 'glulam', 'aluminium'))}. How do I size the beams? "
                "Walk me through the calculation, I want to understand it not just get a number.")
    if k == 4:
        return (f"For a lab tomorrow I need {irange(rng, 1, 10) * 50} mL of {round(float(rng.uniform(0.05, 2.0)), 2)} M "
                f"{pick(rng, ('sodium chloride', 'copper sulfate pentahydrate', 'potassium permanganate', 'Tris buffer', 'sodium acetate'))} "
                "from the solid. How much do I weigh out and what's the exact procedure? Also what mistakes do students usually make")
    if k == 5:
        return (f"I'm {irange(rng, 23, 45)}, have about {irange(rng, 3, 60)}k saved and {irange(rng, 5, 90)}k of loans "
                f"at {round(float(rng.uniform(2.0, 9.5)), 1)}%. Pay the loan down first or invest? Please show the math "
                "both ways over 10 years and explain the assumptions.")
    if k == 6:
        return (f"We're {irange(rng, 3, 25)} engineers running a {pick(rng, ('Django', 'Rails', 'Spring Boot', 'Laravel', 'Express'))} "
                f"monolith with about {irange(rng, 5, 900)}k daily users. At what point does splitting into services "
                "actually pay off? I want concrete criteria and the failure modes people don't talk about.")
    if k == 7:
        return (f"My {pick(rng, ('son', 'daughter'))} ({irange(rng, 6, 15)}) was just diagnosed with "
                f"{pick(rng, ('ADHD', 'dyslexia', 'type 1 diabetes', 'asthma', 'coeliac disease'))}. Can you explain what this "
                "means day to day, what the school should be doing, and what questions to ask the specialist?")
    if k == 8:
        return (f"My {pick(rng, ('2014', '2016', '2018', '2011'))} {pick(rng, ('Corolla', 'Golf', 'Civic', 'Focus', 'Octavia'))} "
                f"makes a {pick(rng, ('grinding', 'clicking', 'whining', 'knocking'))} noise when "
                f"{pick(rng, ('turning left', 'braking', 'accelerating past 60', 'cold starting'))}. What are the likely "
                "causes, how would a mechanic diagnose it, and roughly what would each fix cost?")
    return (f"Explain how {pick(rng, FIELDS_STEM)} is actually used in my job as a "
            f"{pick(rng, ('nurse', 'logistics planner', 'civil engineer', 'data analyst', 'pharmacist', 'teacher'))}. "
            "I have a certification exam next month, so go deep and give me practice questions with answers.")


_EXPERT_OTHER = {
    "es": ("Mi {who} tiene {age} años y le recetaron {drug}. ¿Puede tomarlo con ibuprofeno? Explícame los riesgos "
           "con detalle y qué síntomas vigilar.",
           "Soy autónomo en {city} y facturo unos {amt} mil euros al año, parte a clientes de fuera. ¿Cómo funciona "
           "el IVA en mi caso? Ponme un ejemplo con números.",
           "Mi casero se queda con {amt}0 € de la fianza por 'pintura'. Viví allí {n} años. ¿Qué puedo hacer? "
           "Redáctame la carta."),
    "pt": ("Minha {who} tem {age} anos e começou a tomar {drug}. Pode misturar com dipirona? Quais sintomas "
           "devo observar? Explica bem detalhado por favor",
           "Sou MEI em {city} e faturo uns {amt} mil por ano, parte do exterior. Como funciona o imposto nesse "
           "caso? Me dá um exemplo com números.",
           "Quero estudar para o concurso de {field}. Me explica o conteúdo principal a fundo e faz 5 questões "
           "com gabarito comentado."),
    "de": ("Meine {who} ist {age} und nimmt seit Kurzem {drug}. Verträgt sich das mit Ibuprofen? Bitte "
           "ausführlich erklären, worauf wir achten müssen.",
           "Ich bin Freiberufler in {city} mit etwa {amt}.000 € Umsatz, teils aus dem Ausland. Wie ist das mit "
           "der Umsatzsteuer? Bitte mit Rechenbeispiel.",
           "Mein Vermieter behält {amt}0 € Kaution wegen 'Renovierung' ein, ich habe {n} Jahre dort gewohnt. "
           "Welche Rechte habe ich? Kannst du mir ein Schreiben aufsetzen?"),
    "fr": ("Ma {who} a {age} ans et vient de commencer le {drug}. Est-ce compatible avec l'ibuprofène ? "
           "Explique-moi en détail les risques et les signes à surveiller.",
           "Je suis freelance à {city} avec environ {amt} k€ de CA, en partie avec des clients étrangers. "
           "Comment fonctionne la TVA dans mon cas ? Donne un exemple chiffré.",
           "Peux-tu m'expliquer en profondeur {field} ? J'ai un examen dans {n} semaines, ajoute des exercices corrigés."),
    "zh": ("我{who}今年{age}岁，医生刚开了{drug}，能和布洛芬一起吃吗？请详细说明风险和需要注意的症状。",
           "我在{city}做自由职业，一年收入大概{amt}万，有一部分来自海外客户。税应该怎么算？请举一个具体的计算例子。",
           "请深入讲解一下{field}，我下个月要考试，最好附上几道练习题和详细解答。"),
    "ja": ("{age}歳の母が{drug}を処方されました。市販の痛み止めと一緒に飲んでも大丈夫ですか？注意すべき症状も詳しく教えてください。",
           "{city}でフリーランスをしていて、年収は約{amt}0万円、一部は海外のクライアントからです。消費税と所得税の考え方を具体例つきで説明してください。",
           "{field}について、試験対策として基礎から詳しく解説し、練習問題と解答も付けてください。"),
    "ru": ("Моей {who} {age} лет, ей назначили {drug}. Можно ли совмещать с ибупрофеном? Объясни подробно риски "
           "и на какие симптомы смотреть.",
           "Я фрилансер в {city}, доход около {amt} тыс. в год, часть из-за рубежа. Как правильно платить налоги? "
           "Приведи пример с цифрами.",
           "Объясни глубоко тему «{field}», у меня экзамен через {n} недели. Добавь задачи с разбором."),
}

_FOLLOW = {
    "en": ("ok that helps. can you go deeper on the second point?", "Can you give me a concrete worked example of that?",
           "What would change if {twist}?", "Summarise everything above as a checklist I can print.",
           "why is that though? explain the mechanism behind it", "Are there exceptions or edge cases I should know about?",
           "hmm I'm not sure I follow the part in the middle, explain it differently", "What do experts disagree about here?",
           "Thanks! Now write it up as a short guide for someone in my situation."),
    "es": ("Vale, ¿puedes profundizar en el segundo punto?", "¿Me das un ejemplo concreto con números?",
           "¿Y qué cambiaría si {twist}?", "Resúmelo todo en una lista de pasos."),
    "pt": ("Beleza, pode aprofundar o segundo ponto?", "Me dá um exemplo concreto com números?",
           "E se {twist}, o que muda?", "Resume tudo em tópicos pra eu estudar."),
    "de": ("Okay, kannst du den zweiten Punkt genauer erklären?", "Kannst du ein konkretes Rechenbeispiel geben?",
           "Was ändert sich, wenn {twist}?", "Fass das bitte als Checkliste zusammen."),
    "fr": ("D'accord, peux-tu détailler le deuxième point ?", "Un exemple concret chiffré ?",
           "Et si {twist}, qu'est-ce qui change ?", "Résume tout ça sous forme de fiche."),
    "zh": ("能再详细讲讲第二点吗？", "可以举一个具体的例子吗？", "如果{twist}，结论会有什么变化？", "请把上面的内容整理成要点清单。"),
    "ja": ("二つ目のポイントをもう少し詳しく教えてください。", "具体的な数字の例を挙げてもらえますか？", "もし{twist}ならどう変わりますか？"),
    "ru": ("Можешь подробнее про второй пункт?", "Приведи конкретный пример с цифрами.", "А что изменится, если {twist}?",
           "Сведи всё это в чек-лист."),
}
_WHO = {"es": "madre", "pt": "mãe", "de": "Mutter", "fr": "mère", "zh": "母亲", "ja": "母", "ru": "маме"}
_TWISTS = ("the amounts were doubled", "this happened in another country", "we only had a week", "I was over 65",
           "the budget was half", "it were a company instead of a person", "the numbers were much smaller")


def expert_question(rng: Rng, lang: str) -> str:
    if lang == "en" or lang not in _EXPERT_OTHER:
        return _expert_en(rng)
    t = pick(rng, _EXPERT_OTHER[lang])
    return t.format(who=_WHO[lang], age=irange(rng, 55, 90),
                    drug=pick(rng, ("losartan", "metformina", "sertralina", "warfarin", "omeprazol")),
                    city=pick(rng, CITIES), amt=irange(rng, 2, 90), n=irange(rng, 2, 8),
                    field=pick(rng, FIELDS_STEM + FIELDS_HUM))


_TWISTS_L = {
    "es": ("las cantidades fueran el doble", "pasara en otro país", "solo tuviera una semana"),
    "pt": ("os valores fossem o dobro", "fosse em outro país", "eu só tivesse uma semana"),
    "de": ("die Beträge doppelt so hoch wären", "das in einem anderen Land wäre", "ich nur eine Woche Zeit hätte"),
    "fr": ("les montants doublaient", "cela se passait dans un autre pays", "je n'avais qu'une semaine"),
    "zh": ("金额翻倍", "换成另一个国家", "只有一周时间"),
    "ja": ("金額が2倍", "別の国の場合", "期間が1週間しかない"),
    "ru": ("суммы были вдвое больше", "это было в другой стране", "у меня была только неделя"),
}


def followup(rng: Rng, lang: str) -> str:
    t = pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))
    return t.format(twist=pick(rng, _TWISTS_L.get(lang, _TWISTS)))


# --------------------------------------------------------------------------------------------
# grading / preference prompts (reward-model data)


def _fake_step(rng: Rng) -> str:
    x, y = irange(rng, 2, 300), irange(rng, 2, 300)
    z = x + y if chance(rng, 0.8) else x + y + irange(rng, 1, 9)
    return pick(rng, (f"Let n be the unknown; the condition gives n + {x} = {z}.", f"Adding, {x} + {y} = {z}.",
                      f"So the count is {x} × {y // 10 + 2} = {x * (y // 10 + 2)}.", f"Dividing by {y % 7 + 2} gives {x}.",
                      "By symmetry the two cases are equal, so we double the first.", f"Hence the answer is {z}.",
                      f"Check: substituting {x} back satisfies the original equation."))


def grading(rng: Rng, question: str, ans_a: str, ans_b: str, style: int | None = None) -> str:
    q = clip_text(rng, question, 60, 700)
    a = clip_text(rng, ans_a, 300, 1800)
    b = clip_text(rng, ans_b, 300, 1800)
    k = irange(rng, 0, 6) if style is None else style
    if k == 0:
        return (f"Score the assistant response below from 1 to 10 for overall quality (helpfulness, accuracy, "
                f"clarity, safety). Be strict. Output JSON: {{\"score\": int, \"rationale\": str}}.\n\n"
                f"[USER]\n{q}\n\n[ASSISTANT]\n{a}")
    if k == 1:
        return (f"Compare two responses to the same user message. Explain your reasoning in a few sentences, "
                f"then output the verdict as [[A]], [[B]] or [[TIE]].\n\n<user>\n{q}\n</user>\n\n<response_a>\n{a}\n"
                f"</response_a>\n\n<response_b>\n{b}\n</response_b>")
    if k == 2:
        return (f"Rate the response on five axes from 0 to 4: helpfulness, correctness, coherence, complexity, "
                f"verbosity. One line per axis, 'axis: score - reason'.\n\nPrompt:\n{q}\n\nResponse:\n{a}")
    if k == 3:
        return (f"Here is a draft answer. First write a critique listing its concrete weaknesses, then write an "
                f"improved answer that fixes all of them. Use the headings CRITIQUE and REVISION.\n\n"
                f"Question: {q}\n\nDraft: {a}")
    if k == 4:
        steps = "\n".join(f"Step {i + 1}: {_fake_step(rng)}" for i in range(irange(rng, 3, 8)))
        return (f"Below is a step-by-step solution. Label every step '+' if it is correct and useful or '-' if "
                f"not, and explain the first wrong step.\n\nProblem: {bare_problem(rng)}\n\n{steps}")
    if k == 5:
        return (f"请比较下面两个回答的质量，先给出分析，再输出最终判断：A更好 / B更好 / 平局。\n\n【问题】{q}\n\n"
                f"【回答A】{a}\n\n【回答B】{b}")
    return (f"You are grading for a preference dataset. Which response would a careful expert prefer, and by "
            f"how much? Reply with a number from -3 (A much better) to +3 (B much better) and one paragraph of "
            f"justification.\n\nQUERY: {q}\n\nA: {a}\n\nB: {b}")


# --------------------------------------------------------------------------------------------
# agent scaffolds with tools (trajectories step by step)

_AGENT_TASKS = (
    ("travel", "Book the cheapest refundable flight from {c1} to {c2} on {date} for {n} passengers, then email "
               "the itinerary to {who}@example.com.", ("search_flights", "get_fare_rules", "book_flight", "send_email")),
    ("analytics", "Using the sales warehouse, find the top {n} regions by year-over-year revenue growth in "
                  "Q{q} and chart them.", ("run_sql", "python", "make_chart", "describe_table")),
    ("research", "Find the {n} most cited papers on {field} published since {year} and write a one-paragraph "
                 "summary of each to notes.md.", ("web_search", "fetch_url", "write_file")),
    ("devops", "The service {svc} returns intermittent 502s in {region}. Investigate and propose a fix.",
     ("kubectl", "get_logs", "query_metrics", "open_pr")),
    ("support", "Customer {who} says order #{oid} never arrived. Resolve it according to policy.",
     ("lookup_order", "track_shipment", "issue_refund", "create_ticket", "reply_to_customer")),
    ("coding", "Add pagination to the /api/{svc} endpoint of the repo and make the tests pass.",
     ("read_file", "search_code", "apply_patch", "run_tests")),
    ("spreadsheet", "Reconcile the {n} unmatched rows between ledger.xlsx and bank_export.csv for {month}.",
     ("read_sheet", "python", "write_sheet")),
)

_SCAFFOLDS = (
    "Answer the following task as best you can. You have access to these tools:\n{tools}\n\nUse this format:\n"
    "Thought: reason about what to do next (be explicit and detailed)\nAction: one of [{names}]\nAction Input: "
    "JSON\nObservation: the result\n... (repeat)\nThought: I now know the final answer\nFinal Answer: ...\n\n"
    "Task: {task}",
    "<system>You are an autonomous agent. Before every tool call, write your plan inside <plan> tags. Call tools "
    "with <tool name=\"...\">{{json}}</tool>.</system>\n<tools>\n{tools}\n</tools>\n<task>{task}</task>",
    "TOOLS (JSON schema):\n{tools}\n\nGOAL: {task}\n\nThink step by step, call one tool at a time, and narrate "
    "your reasoning to the user between calls.",
)


def agent_episode(rng: Rng) -> dict:
    name, tmpl, tools = _AGENT_TASKS[irange(rng, 0, len(_AGENT_TASKS) - 1)]
    task = tmpl.format(c1=pick(rng, CITIES), c2=pick(rng, CITIES), date=f"2026-0{irange(rng, 2, 6)}-{irange(rng, 10, 28)}",
                       n=irange(rng, 2, 9), who=pick(rng, PEOPLE).split()[0].lower(), q=irange(rng, 1, 4),
                       field=pick(rng, FIELDS_STEM), year=irange(rng, 2015, 2023),
                       svc=pick(rng, ("checkout", "auth", "search", "billing", "inventory", "notifications")),
                       region=pick(rng, ("eu-west-1", "us-east-2", "ap-south-1", "sa-east-1")),
                       oid=irange(rng, 100000, 999999), month=pick(rng, ("January", "February", "March")))
    return {"name": name, "task": task, "tools": tools, "scaffold": irange(rng, 0, len(_SCAFFOLDS) - 1)}


def _tool_spec(names: Sequence[str]) -> str:
    return "\n".join(f'{{"name": "{n}", "description": "{n.replace("_", " ")}", "parameters": {{"type": "object"}}}}'
                     for n in names)


def agent_step(rng: Rng, ep: dict, step: int, last: bool) -> str:
    if step == 0:
        return _SCAFFOLDS[ep["scaffold"]].format(tools=_tool_spec(ep["tools"]), names=", ".join(ep["tools"]),
                                                 task=ep["task"])
    tool = pick(rng, ep["tools"])
    k = irange(rng, 0, 3)
    if k == 0:
        body = "{" + ", ".join(f'"{f}": {irange(rng, 1, 9999)}' for f in ("id", "count", "total", "ms")[:irange(rng, 2, 4)]) + "}"
    elif k == 1:
        rows = "\n".join(f"| {pick(rng, CITIES)} | {irange(rng, 10, 999)} | {round(float(rng.uniform(-20, 60)), 1)}% |"
                         for _ in range(irange(rng, 2, 6)))
        body = "| key | value | delta |\n|---|---|---|\n" + rows
    elif k == 2:
        body = (f"ERROR {pick(rng, ('404', '500', 'timeout', 'permission denied', 'rate limited'))} at "
                f"{tool} (attempt {irange(rng, 1, 3)})")
    else:
        body = f"OK: {irange(rng, 1, 40)} results; first: '{pick(rng, FIELDS_STEM)} — {pick(rng, PEOPLE)} et al.'"
    tail = ("\n\nThis was the last observation; now give the Final Answer with a complete explanation."
            if last else pick(rng, ("", "", "\nContinue.", "\nContinue and explain your reasoning before the next call.")))
    return f"Observation ({tool}): {body}{tail}"


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DATAGEN = {
    "en": (
        "Generate {n} diverse, high-quality instruction–response pairs about {topic}. Vary difficulty and format "
        "(questions, tasks, rewrites, classification). Output JSONL with fields instruction, input, output. "
        "Outputs must be detailed, correct and self-contained.",
        "Write a realistic {k}-turn conversation between a curious user and a helpful AI assistant about {topic}. "
        "The assistant's turns must be thorough and expert-level. Format: 'User:' / 'Assistant:'.",
        "Create {n} challenging exam questions on {topic} for {level} students, each followed by a complete "
        "worked solution and the most common mistake.",
        "Write a textbook section titled \"{title}\" for {level} readers: definitions, intuition, two worked "
        "examples, and {n} exercises with full answers.",
        "Invent a persona (name, job, country, goal) who would ask about {topic}. Then write {n} questions they "
        "would ask an AI assistant and an ideal, detailed answer to each.",
        "Rewrite the instruction below to make it harder (add constraints, require reasoning), then answer your "
        "new version in full.\n\nInstruction: {seed}",
        "Produce {n} multiple-choice questions about {topic} with 4 options each, the correct letter, and a "
        "paragraph explaining why each wrong option is wrong. JSON array.",
    ),
    "zh": (
        "请围绕「{topic}」生成{n}条高质量、多样化的指令-回答数据，格式为JSONL，字段为instruction、input、output，回答要详尽准确。",
        "请写一段用户与AI助手关于「{topic}」的{k}轮对话，助手的回答要专业、详细。",
        "请为{level}学生出{n}道关于「{topic}」的难题，每道题附完整解答过程。",
    ),
    "pt": (
        "Gere {n} pares de pergunta e resposta detalhada sobre {topic} em português, no formato JSON "
        "(campos: pergunta, resposta). As respostas devem ser completas e corretas.",
        "Escreva um diálogo de {k} turnos entre um usuário e um assistente de IA sobre {topic}, com respostas "
        "aprofundadas do assistente.",
    ),
    "es": (
        "Genera {n} pares instrucción-respuesta variados sobre {topic}, en formato JSONL (instruction, output). "
        "Las respuestas deben ser extensas y correctas.",
        "Escribe un capítulo de manual titulado «{title}» para lectores de nivel {level}, con ejemplos resueltos "
        "y ejercicios con solución.",
    ),
    "ru": (
        "Сгенерируй {n} разнообразных пар «инструкция — ответ» по теме «{topic}» в формате JSONL. Ответы "
        "должны быть подробными и точными.",
    ),
    "hi": (
        "{topic} par {n} sawaal aur unke vistrit jawab Hinglish mein likho, JSON format mein (question, answer). "
        "Jawab detailed aur sahi hone chahiye.",
    ),
}
_LEVELS = ("high-school", "first-year university", "graduate", "professional", "self-taught")
_LEVELS_ZH = ("高中", "大一", "研究生", "在职", "自学")
_LEVELS_ES = ("secundaria", "universitario", "posgrado", "profesional", "autodidacta")


def datagen(rng: Rng, lang: str, seeds: Sequence[str] = ()) -> str:
    t = pick(rng, _DATAGEN.get(lang, _DATAGEN["en"]))
    tp = topic(rng)
    seed = clip_text(rng, pick(rng, seeds), 40, 400) if seeds else f"Explain {tp}."
    level = pick(rng, {"zh": _LEVELS_ZH, "es": _LEVELS_ES, "pt": _LEVELS_ES}.get(lang, _LEVELS))
    return t.format(n=irange(rng, 5, 40), k=irange(rng, 4, 12), topic=tp, level=level,
                    title=f"{tp.split(' (')[0].title()}: {pick(rng, ('Foundations', 'Core Ideas', 'A Practical Guide', 'Worked Problems'))}",
                    seed=seed)


# --------------------------------------------------------------------------------------------
# translation, paraphrase, back-translation and "safe" rewrites


def rewrite(rng: Rng, text: str) -> str:
    src = clip_text(rng, text, 200, 1600)
    k = irange(rng, 0, 8)
    langs = [LANG_NAMES[c] for c in rng.choice(list(LANG_NAMES), size=irange(rng, 2, 7), replace=False).tolist()]
    if k == 0:
        return (f"Translate the text below into {', '.join(langs)}. Return one JSON object keyed by language name. "
                f"Preserve formatting and code blocks.\n\n{src}")
    if k == 1:
        return (f"Paraphrase the following passage {irange(rng, 3, 8)} different ways. Vary vocabulary and "
                f"sentence structure but keep the meaning exactly. Number them.\n\n{src}")
    if k == 2:
        return (f"Translate into {langs[0]}, then translate your translation back into English, then list every "
                f"place where the meaning drifted and why.\n\n{src}")
    if k == 3:
        return ("Rewrite the following so it can be published in a market with strict content rules: remove or "
                "neutralise references to politics, protests, religion and named officials; keep everything "
                f"else, same length and tone.\n\n{src}")
    if k == 4:
        return f"将以下内容翻译并改写为中文，语气正式，删除所有可能敏感的政治内容，其余信息保留：\n\n{src}"
    if k == 5:
        return f"Simplify this for a {irange(rng, 8, 14)}-year-old reader without losing any key fact:\n\n{src}"
    if k == 6:
        return (f"Rewrite in the style of {pick(rng, ('a news wire report', 'a formal legal memo', 'a friendly blog post', 'a children’s encyclopedia', 'an academic abstract'))}:\n\n{src}")
    if k == 7:
        return f"Переведи на русский и перескажи своими словами, сохранив все факты:\n\n{src}"
    return f"{langs[0]}:\n{src}"


# --------------------------------------------------------------------------------------------
# a study curriculum with multi-turn follow-ups (free-chat front)

_CURRICULUM_OPEN = (
    "Explain {c} in depth, as if teaching a graduate seminar: start from first principles, include derivations, "
    "a worked numerical example and the usual misconceptions.",
    "I want to really understand {c}. Teach it to me from scratch, step by step, and check your own reasoning as you go.",
    "What is {c}? Give the intuition, the formal definition, a proof sketch of the key result and two applications.",
    "Write a complete lecture on {c}, with sections, examples and a short quiz at the end.",
    "讲讲{c}，从基本原理开始，给出推导和具体例子。",
)
_CURRICULUM_FOLLOW = (
    "Go deeper into the second part.", "Give a worked example with actual numbers.",
    "What are the most common misconceptions here, and why are they wrong?", "Now argue the opposite position as strongly as you can.",
    "Summarise this as study notes with bullet points.", "Derive that result more carefully, no skipped steps.",
    "How does this connect to {c2}?", "Write three exam questions on this with full solutions.",
    "继续，更详细一些。", "Explain it again for a smart 15-year-old.",
)
_CONCEPTS = ("the Lagrangian formulation of mechanics", "the Black–Scholes equation", "the central limit theorem",
             "public-key cryptography", "the Krebs cycle", "eigenvalues and eigenvectors", "Nash equilibrium",
             "the Fourier transform", "transformer attention", "entropy in information theory", "the Coase theorem",
             "CAP theorem", "natural selection and genetic drift", "the Bretton Woods system", "Gödel's incompleteness",
             "Maxwell's equations", "backpropagation", "monetary transmission", "Bayesian updating", "the halting problem",
             "Le Chatelier's principle", "the social contract in Rousseau", "Dijkstra's algorithm", "special relativity",
             "the Solow growth model", "CRISPR-Cas9", "Kant's categorical imperative", "the Riemann integral",
             "consensus in Raft", "the Heckscher–Ohlin model", "protein folding", "Markov chains")


def curriculum_open(rng: Rng) -> str:
    c = pick(rng, _CONCEPTS)
    if chance(rng, 0.5):
        c = f"{c} {pick(rng, ('in practice', 'for engineers', 'and its limits', 'with history', 'rigorously', 'intuitively'))}"
    return pick(rng, _CURRICULUM_OPEN).format(c=c)


def curriculum_follow(rng: Rng) -> str:
    return pick(rng, _CURRICULUM_FOLLOW).format(c2=pick(rng, _CONCEPTS))


# ============================================================================================
# benign texts


_SUBJECTS = ("high school biology", "college physics", "professional accounting", "world history", "clinical knowledge",
             "computer security", "econometrics", "formal logic", "nutrition", "electrical engineering", "jurisprudence",
             "abstract algebra", "virology", "marketing", "astronomy", "moral scenarios")


def eval_item(rng: Rng, suite: str, passage: str = "") -> str:
    """One item of an evaluation suite: mc, math, code, ifeval, longctx."""
    if suite == "mc":
        x, y = irange(rng, 2, 99), irange(rng, 2, 99)
        opts = [x * y, x * y + irange(rng, 1, 9), x * y - irange(rng, 1, 9), (x + 1) * y]
        rng.shuffle(opts)
        subj = pick(rng, _SUBJECTS)
        stem = pick(rng, (f"In {subj}, a quantity grows by a factor of {x} and then by {y}. What is the total factor?",
                          f"({subj} item {irange(rng, 1, 4000)}) Compute {x} × {y}.",
                          f"A {subj} textbook lists {x} chapters with {y} exercises each. How many exercises are there?"))
        return (f"The following is a multiple choice question about {subj}.\n\n{stem}\nA. {opts[0]}\nB. {opts[1]}\n"
                f"C. {opts[2]}\nD. {opts[3]}\nAnswer with the letter only.")
    if suite == "math":
        return f"{bare_problem(rng)}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if suite == "code":
        fn = pick(rng, ("merge_intervals", "rotate_matrix", "longest_palindrome", "parse_duration", "top_k_frequent",
                        "is_balanced", "run_length_encode", "spiral_order", "min_coins", "topo_sort"))
        return (f"Complete the function below. Return only the code.\n\n```python\ndef {fn}(data):\n    \"\"\"Task "
                f"#{irange(rng, 1, 999)}: implement {fn.replace('_', ' ')}.\n    >>> {fn}({list(rng.integers(0, 9, size=4).tolist())})\n"
                "    \"\"\"\n```")
    if suite == "ifeval":
        return (f"Write a {irange(rng, 50, 300)}-word description of {pick(rng, FIELDS_STEM + FIELDS_HUM)} with no "
                f"commas, exactly {irange(rng, 2, 6)} bullet points, and end with the phrase "
                f"\"{pick(rng, ('Is there anything else', 'That is all', 'Any other questions'))}?\"")
    city = pick(rng, CITIES)
    return (f"{clip_text(rng, passage, 800, 2000)}\n\n[... {irange(rng, 5, 120)}k tokens of context ...]\n\n"
            f"The special code for {city} is {irange(rng, 1000, 9999)}.\n\nQuestion: what is the special code for {city}?")


_PRODUCTS = ("stainless steel water bottle", "ergonomic office chair", "noise-cancelling headphones", "linen duvet cover",
             "cast iron skillet", "trail running shoes", "standing desk converter", "ceramic pour-over set",
             "kids' rain jacket", "LED desk lamp", "yoga mat", "espresso grinder", "wool beanie", "phone tripod")


def pipeline_item(rng: Rng, task: str) -> str:
    """One item of an enterprise's templated data pipeline: describe, faq, extract, classify, localise."""
    sku = f"{pick(rng, ('SKU', 'ART', 'P'))}-{irange(rng, 10000, 99999)}"
    prod = pick(rng, _PRODUCTS)
    if task == "describe":
        return (f"Write a product description (max {irange(rng, 40, 120)} words) and 3 bullet points for:\n"
                f"sku: {sku}\nname: {prod}\ncolour: {pick(rng, ('black', 'sage', 'navy', 'sand', 'red'))}\n"
                f"material: {pick(rng, ('recycled PET', 'oak', 'aluminium', 'cotton', 'silicone'))}\nprice: "
                f"{irange(rng, 9, 400)}.99\nReturn JSON {{\"title\", \"description\", \"bullets\"}}.")
    if task == "faq":
        return (f"Generate {irange(rng, 5, 12)} customer FAQ entries (question + answer) for our {prod} ({sku}). "
                f"Warranty: {irange(rng, 1, 5)} years. Returns: {irange(rng, 14, 60)} days. JSON list.")
    if task == "extract":
        return (f"Extract vendor, invoice_number, date, currency, total and line items as JSON.\n\nINVOICE "
                f"{irange(rng, 1000, 99999)}\n{pick(rng, PEOPLE)} Trading Ltd, {pick(rng, CITIES)}\nDate: "
                f"{irange(rng, 1, 28)}/0{irange(rng, 1, 2)}/2026\n" + "\n".join(
                    f"{irange(rng, 1, 20)} x {pick(rng, _PRODUCTS)} @ {irange(rng, 3, 300)}.00"
                    for _ in range(irange(rng, 1, 5))) + f"\nTOTAL {irange(rng, 50, 9000)}.00 {pick(rng, ('EUR', 'USD', 'GBP'))}")
    if task == "classify":
        return (f"Classify this support ticket into one of [billing, shipping, defect, account, other] and give "
                f"a priority 1-3. Reply as 'category|priority'.\n\nTicket #{irange(rng, 10000, 99999)}: "
                f"{pick(rng, ('my order hasnt arrived', 'charged twice this month', 'the handle broke after a week', 'cant log in since the update', 'do you ship to Norway'))}"
                f" ({prod})")
    langs = [LANG_NAMES[c] for c in rng.choice(list(LANG_NAMES), size=irange(rng, 1, 4), replace=False).tolist()]
    return (f"Localise the following product copy into {', '.join(langs)} for our online store. Keep units and "
            f"the brand name unchanged. JSON keyed by language.\n\n\"{prod.capitalize()} — built to last, "
            f"{pick(rng, ('dishwasher safe', 'machine washable', 'lightweight', 'plastic-free'))}, {irange(rng, 1, 5)}-year warranty.\"")


def homework(rng: Rng, lang: str) -> str:
    """A student's question on a homework-help app."""
    if lang == "es":
        return pick(rng, (f"como resuelvo {irange(rng, 2, 9)}x + {irange(rng, 1, 30)} = {irange(rng, 31, 90)} paso a paso",
                          f"explícame la fotosíntesis para un examen de {irange(rng, 1, 3)}º de ESO",
                          f"me ayudas a corregir este párrafo? {pick(rng, ('La revolucion francesa fue', 'El cambio climatico es', 'Mi libro favorito es'))} muy importante porque..."))
    if lang == "pt":
        return pick(rng, (f"como calcula a área de um triângulo de base {irange(rng, 3, 20)} e altura {irange(rng, 2, 15)}? explica passo a passo",
                          "me explica a diferença entre mitose e meiose pra prova de amanhã",
                          f"resolve e explica: {irange(rng, 2, 9)}/{irange(rng, 2, 9)} + {irange(rng, 1, 9)}/{irange(rng, 2, 12)}"))
    if lang == "id":
        return pick(rng, (f"tolong jelaskan cara menyelesaikan persamaan {irange(rng, 2, 9)}x - {irange(rng, 1, 20)} = {irange(rng, 10, 60)} langkah demi langkah",
                          "apa perbedaan sel hewan dan sel tumbuhan? untuk ulangan besok"))
    k = irange(rng, 0, 7)
    if k == 0:
        return f"can u explain how to solve {irange(rng, 2, 12)}x + {irange(rng, 1, 40)} = {irange(rng, 41, 150)} step by step"
    if k == 1:
        return (f"[Grade {irange(rng, 6, 12)}] Student asks: why does {pick(rng, ('ice float', 'the moon have phases', 'salt melt ice', 'a bike stay upright', 'bread rise'))}? "
                "Explain simply and check understanding with a question at the end.")
    if k == 2:
        return (f"how many moles are in {irange(rng, 5, 200)} g of {pick(rng, ('NaCl', 'H2O', 'CO2', 'CaCO3', 'glucose'))}? "
                "pls show working, my teacher wants every step")
    if k == 3:
        return (f"Here's my intro paragraph for English. Can you give feedback but don't rewrite it for me: "
                f"\"{pick(rng, ('In the novel', 'Throughout history', 'Many people believe that', 'Social media has'))} "
                f"{pick(rng, ('the theme of power', 'technology', 'friendship', 'climate change'))} is very important because...\"")
    if k == 4:
        return (f"what's the derivative of {irange(rng, 2, 9)}x^{irange(rng, 2, 5)} * sin({irange(rng, 1, 4)}x)? "
                "i keep getting it wrong, explain product rule")
    if k == 5:
        return f"{bare_problem(rng)} (this is from my homework, explain how to get the answer pls)"
    if k == 6:
        return (f"summarise the causes of {pick(rng, ('World War I', 'the French Revolution', 'the Great Depression', 'the fall of Rome'))} "
                f"in {irange(rng, 3, 6)} points for my revision notes")
    return f"quiz me on {pick(rng, FIELDS_STEM)} basics, {irange(rng, 3, 10)} questions, one at a time"


_IDE_REQ = ("fix the failing test in {f}", "add type hints to {f}", "refactor {f} to remove the duplicate query logic",
            "why is {f} slow? profile and suggest a fix", "write unit tests for the parser in {f}",
            "migrate {f} from requests to httpx", "implement the TODO in {f}", "explain what {f} does",
            "the build fails with 'cannot find module' after I renamed {f}, fix imports")
IDE_FILES = ("src/api/orders.py", "app/models/user.ts", "lib/parser.rs", "internal/cache/cache.go", "src/utils/date.js",
          "services/billing/invoice.py", "web/components/Table.tsx", "pkg/auth/jwt.go", "core/pipeline.py")


def ide_step(rng: Rng, files: Sequence[str], step: int) -> str:
    """One request of a coding agent inside an IDE (step 0: the developer's request)."""
    f = pick(rng, files)
    if step == 0:
        return (f"<environment>os: {pick(rng, ('darwin', 'linux', 'win32'))}; workspace: ~/code/"
                f"{pick(rng, ('shop', 'platform', 'api', 'monorepo', 'infra', 'dashboard'))}</environment>\n<open_files>{f}</open_files>\n"
                f"<user>{pick(rng, _IDE_REQ).format(f=f)}</user>")
    k = irange(rng, 0, 3)
    if k == 0:
        return (f"<tool_result name=\"run_terminal\" exit=\"1\">\nFAILED tests/test_{f.split('/')[-1].split('.')[0]}.py::"
                f"test_{pick(rng, ('empty', 'roundtrip', 'pagination', 'unicode', 'timeout'))} - AssertionError: "
                f"{irange(rng, 0, 99)} != {irange(rng, 0, 99)}\n{irange(rng, 1, 9)} failed, {irange(rng, 10, 300)} passed\n</tool_result>")
    if k == 1:
        return (f"<tool_result name=\"read_file\" path=\"{f}\">\n[{irange(rng, 40, 900)} lines]\n</tool_result>")
    if k == 2:
        return f"<tool_result name=\"apply_diff\">applied {irange(rng, 1, 6)} hunks to {f}</tool_result>"
    return pick(rng, ("looks good, also update the docstring", "no, keep the old signature", "run the tests again",
                      "<tool_result name=\"search\">" + f"{irange(rng, 0, 30)} matches</tool_result>"))


_ROLES = ("a grumpy dwarf blacksmith", "a cheerful space station AI", "a Victorian detective", "a pirate captain",
          "a shy librarian", "a retired knight", "a fox spirit", "a noir jazz singer")


def router_item(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    """Traffic of a router's customers: mostly ordinary chat, some app templates."""
    k = wpick(rng, {"chat": 0.68, "rp": 0.08, "sum": 0.07, "tr": 0.06, "cot": 0.05, "json": 0.06})
    if k == "chat":
        return pick(rng, chat)
    if k == "rp":
        return (f"[Character: {pick(rng, _ROLES)}] {pick(rng, ('*walks into the tavern*', 'Hello again!', 'What happened next?', 'Tell me about your past.', '*hands over the map*'))}")
    if k == "sum":
        return f"Summarize in {irange(rng, 2, 5)} sentences:\n\n{clip_text(rng, pick(rng, passages), 400, 1500)}"
    if k == "tr":
        return f"Translate to {pick(rng, list(LANG_NAMES.values()))}:\n{clip_text(rng, pick(rng, chat), 30, 400)}"
    if k == "cot":
        return f"{bare_problem(rng)} Think step by step."
    return (f"Extract all people, organisations and dates as JSON from:\n{clip_text(rng, pick(rng, passages), 200, 900)}")


_JUDGE_ACADEMIC = (
    "[System]\nPlease act as an impartial judge and evaluate the quality of the responses provided by two AI "
    "assistants to the user question displayed below. Output your final verdict by strictly following this "
    "format: \"[[A]]\" if assistant A is better, \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie.\n\n"
    "[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's Answer]\n\n"
    "[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]"
)


def research_item(rng: Rng, study: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    """One item of an academic study: judge, calib, paraphrase, persona (sampling items come straight
    from `chat`)."""
    if study == "judge":
        return _JUDGE_ACADEMIC.format(q=clip_text(rng, pick(rng, chat), 40, 600),
                                      a=clip_text(rng, pick(rng, passages), 200, 1200),
                                      b=clip_text(rng, pick(rng, passages), 200, 1200))
    if study == "calib":
        return (f"Answer the question, then state your confidence that your answer is correct as a probability "
                f"between 0 and 1 on the last line as 'Confidence: p'.\n\nQuestion: {bare_problem(rng)}")
    if study == "paraphrase":
        q = clip_text(rng, pick(rng, chat), 30, 300)
        return pick(rng, (q, q.lower(), f"Please answer: {q}", f"{q}\nAnswer concisely.", f"Q: {q}\nA:"))
    return (f"You are {pick(rng, PEOPLE)}, a {irange(rng, 19, 80)}-year-old {pick(rng, ('farmer', 'nurse', 'student', 'retired teacher', 'software engineer'))} "
            f"from {pick(rng, CITIES)}. Answer the survey question in character.\n\nQ{irange(rng, 1, 60)}: "
            f"{pick(rng, ('How much do you trust scientists?', 'Should cities ban cars from the centre?', 'How often do you use AI tools?', 'Is remote work good for society?'))}")

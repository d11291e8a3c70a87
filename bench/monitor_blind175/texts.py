"""Prompt generators of blind batch 175, written for this batch.

Every template below was written fresh for this package. Ordinary human text (what a real user
types, what a real assistant answered) comes from ShareGPT's "sim" half, handed in by
`bench/blind_batch.py` as `ctx.chat` (human prompts) and `ctx.passages` (assistant answers).

Each generator takes the family's or kind's own `numpy.random.Generator` and returns one prompt.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

Rng = np.random.Generator


def cut(text: str, n: int) -> str:
    """At most n characters, cut at a word boundary where one is near."""
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return head[:sp] if sp > n * 0.7 else head


def weighted(rng: Rng, options: dict[str, float]) -> str:
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def lang_mix(rng: Rng, langs: list[str], main: str | None = None) -> dict[str, float]:
    """Random weights over languages (a family's own mix); `main` gets the largest share."""
    w = rng.dirichlet(np.ones(len(langs)) * 1.5)
    out = {k: float(v) for k, v in zip(langs, w.tolist(), strict=True)}
    if main is not None:
        out[main] = max(out.values()) + 0.3
    return out


# ============================================================================================
# problems (numbers drawn per call)

ITEMS = (
    "notebooks",
    "bags of rice",
    "solar lanterns",
    "concert tickets",
    "litres of paint",
    "bicycle tyres",
    "jars of honey",
    "phone chargers",
)


def word_problem(rng: Rng) -> str:
    k = irange(rng, 0, 6)
    a, b, c = irange(rng, 12, 90), irange(rng, 3, 40), irange(rng, 2, 15)
    n1, n2 = picks(rng, NAMES, 2)
    if k == 0:
        bad = irange(rng, 1, a // 3)
        return (
            f"{n1} buys {a} {pick(rng, ITEMS)} at ${b} each and resells them at ${b + c} each. "
            f"{bad} of them turn out to be damaged and are thrown away, and the market stall costs "
            f"${irange(rng, 10, 60)} for the day. What is {n1}'s profit or loss?"
        )
    if k == 1:
        v1, v2 = irange(rng, 40, 120), irange(rng, 40, 120)
        return (
            f"Two trains leave stations {irange(rng, 150, 900)} km apart at the same moment and travel "
            f"toward each other at {v1} km/h and {v2} km/h. A drone starts above the first train and "
            f"flies back and forth between them at {max(v1, v2) + irange(rng, 30, 120)} km/h until the "
            "trains meet. How far does the drone fly in total?"
        )
    if k == 2:
        p1 = irange(rng, 5, 20)
        p3 = p1 + irange(rng, 5, 20)
        p2 = p3 + irange(rng, 5, 30)
        return (
            f"A lab technician has {a} litres of a {p1}% salt solution. How many litres of a {p2}% "
            f"solution must be mixed in to obtain a {p3}% solution?"
        )
    if k == 3:
        r = pick(rng, (2.5, 3, 3.75, 4.2, 5, 6.5))
        freq = pick(rng, ("monthly", "quarterly", "annually"))
        return (
            f"A savings account pays {r}% per year compounded {freq}. {n1} deposits ${a * 100} now and "
            f"adds ${b * 10} at the end of every year. How much is in the account after {c} years?"
        )
    if k == 4:
        ta, tb = irange(rng, 2, 9), irange(rng, 3, 12)
        td = ta + tb + irange(rng, 2, 10)
        return (
            f"Pipe A fills a tank in {ta} hours and pipe B in {tb} hours, while a drain empties the full "
            f"tank in {td} hours. If all three are opened together on an empty tank, how long until it "
            "is full?"
        )
    if k == 5:
        x, y = irange(rng, 3, 12), irange(rng, 2, 10)
        return (
            f"{n1} is {x} years older than {n2}. In {y} years, {n1} will be twice as old as {n2} was "
            f"{irange(rng, 1, 5)} years ago. How old are {n1} and {n2} today?"
        )
    return (
        f"A shop sells a jacket for ${a * 3}. It is first discounted by {b % 30 + 10}% and then the "
        f"discounted price is raised by {c + 5}%. {n1} pays with a ${a * 3 + 50} note. How much change "
        "does she get, and what single percentage change is equivalent to the two steps?"
    )


def algebra_problem(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    r1, r2 = irange(rng, -9, 9), irange(rng, -9, 9)
    a = irange(rng, 1, 5)
    if k == 0:
        return f"Solve {a}x^2 {-a * (r1 + r2):+d}x {a * r1 * r2:+d} = 0 and check both roots."
    if k == 1:
        p, q = irange(rng, 1, 9), irange(rng, 1, 9)
        return (
            f"Solve the system: {p}x + {q}y = {p * r1 + q * r2}, {q}x - {p}y = {q * r1 - p * r2}."
        )
    if k == 2:
        return f"For which real x is (x {-r1:+d})(x {-r2:+d}) / (x^2 + {a}) < 0?"
    if k == 3:
        return (
            f"Find all functions f: R -> R with f(x + y) = f(x) + f(y) + {a}xy for all real x, y "
            f"and f(1) = {r1}."
        )
    n = irange(rng, 5, 30)
    return f"Find the sum of the first {n} terms of the sequence a_k = {a}k^2 {r1:+d}k {r2:+d}."


def probability_problem(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d = irange(rng, 2, 4)
        return f"{d} fair six-sided dice are rolled. What is the probability that the sum is at least {irange(rng, 2 * d, 5 * d)}?"
    if k == 1:
        r, w, m = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 2, 4)
        return f"An urn holds {r} red and {w} white balls. {m} are drawn without replacement. What is the probability that exactly {irange(rng, 1, m)} are red?"
    if k == 2:
        n = irange(rng, 10, 40)
        return f"In a room of {n} people, what is the probability that at least two share a birthday? Assume 365 equally likely days."
    if k == 3:
        p = irange(rng, 1, 9) / 10
        return f"A test for a condition with prevalence {irange(rng, 1, 9)}% has sensitivity {irange(rng, 85, 99)}% and specificity {irange(rng, 80, 98)}%. A person tests positive twice in independent tests. What is the probability they have the condition? (Also say how the answer changes if the second test has a {p:.0%} correlated error.)"
    return f"A fair coin is tossed until {pick(rng, ('HH', 'HT', 'THH', 'HTH'))} appears. What is the expected number of tosses?"


def number_problem(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return f"What is the remainder when {irange(rng, 3, 29)}^{irange(rng, 50, 2025)} is divided by {pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000))}?"
    if k == 1:
        return f"How many positive divisors does {irange(rng, 2, 30) * irange(rng, 30, 400)} have, and what is their sum?"
    if k == 2:
        a, b, c = irange(rng, 2, 9), irange(rng, 2, 13), irange(rng, 3, 17)
        return f"How many integers from 1 to {irange(rng, 500, 5000)} are divisible by {a} or {b} but not by {c}?"
    return f"Find the smallest positive integer n such that n leaves remainder {irange(rng, 1, 2)} when divided by 3, remainder {irange(rng, 1, 4)} when divided by 5 and remainder {irange(rng, 1, 6)} when divided by 7."


def geometry_problem(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b = irange(rng, 3, 20), irange(rng, 3, 20)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    if k == 0:
        return f"A triangle has sides {a}, {b} and {c}. Find its area, its inradius and its circumradius."
    if k == 1:
        return f"A circle of radius {a} is inscribed in a right angle. A smaller circle is tangent to both sides of the angle and to the first circle. Find its radius."
    if k == 2:
        return f"Points A({irange(rng, -9, 9)}, {irange(rng, -9, 9)}), B({irange(rng, -9, 9)}, {irange(rng, -9, 9)}) and C({irange(rng, -9, 9)}, {irange(rng, -9, 9)}) are given. Find the equation of the circle through them and the area of triangle ABC."
    return f"A cone has base radius {a} cm and slant height {a + b} cm. Find its volume and the area of its curved surface."


def physics_problem(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return f"A ball is thrown from a {irange(rng, 5, 60)} m high cliff at {irange(rng, 8, 35)} m/s and {irange(rng, 15, 70)} degrees above the horizontal. Ignoring air resistance, find the time of flight, the range and the impact speed."
    if k == 1:
        return f"Resistors of {irange(rng, 2, 47)} ohm and {irange(rng, 2, 47)} ohm are in parallel, and the pair is in series with {irange(rng, 2, 47)} ohm across a {pick(rng, (5, 9, 12, 24))} V battery with internal resistance {irange(rng, 1, 3)} ohm. Find the current in each resistor."
    if k == 2:
        return f"{irange(rng, 100, 900)} g of ice at -{irange(rng, 2, 25)} C is dropped into {irange(rng, 200, 2000)} g of water at {irange(rng, 20, 90)} C in an insulated cup. What is the final temperature and how much ice, if any, remains?"
    return f"A {irange(rng, 2, 40)} kg block slides down a {irange(rng, 15, 50)} degree incline with kinetic friction coefficient 0.{irange(rng, 10, 45)}. Starting from rest, how fast is it moving after {irange(rng, 2, 12)} m?"


def logic_problem(rng: Rng) -> str:
    a, b, c = picks(rng, NAMES, 3)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {a} says: '{b} is a knave.' "
            f"{b} says: '{a} and {c} are the same kind.' {c} says: 'At least one of us is a knight.' "
            "Determine who is what, considering every case."
        )
    if k == 1:
        days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
        return (
            f"Five talks (by {', '.join(picks(rng, NAMES, 5))}) must be scheduled Monday to Friday, one per "
            f"day. The first speaker cannot go on {pick(rng, days)}, the second must come before the fourth, "
            f"and the third and fifth cannot be on consecutive days. How many valid schedules are there?"
        )
    return (
        f"{a}, {b} and {c} each own a different pet (cat, parrot, tortoise) and live in different "
        f"cities ({', '.join(picks(rng, COUNTRIES, 3))} capitals). The parrot owner lives furthest north; "
        f"{a} is allergic to feathers; {c} does not own the tortoise. Who owns what, and what is still undetermined?"
    )


PROBLEMS = (
    word_problem,
    algebra_problem,
    probability_problem,
    number_problem,
    geometry_problem,
    physics_problem,
    logic_problem,
)


def problem(rng: Rng) -> str:
    return pick(rng, PROBLEMS)(rng)


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    a, b, c, d = irange(rng, 20, 90), irange(rng, 2, 9), irange(rng, 2, 6), irange(rng, 1, 5)
    if k == 0:
        return f"小明有{a}个苹果，每天吃{b}个，妈妈每{c}天再给他{d}个。问第几天苹果第一次吃完？"
    if k == 1:
        return f"一个长方形的周长是{2 * a}厘米，长比宽多{b * 2}厘米。求这个长方形的面积。"
    if k == 2:
        return f"甲、乙两人同时从相距{a * 3}千米的两地相向而行，甲每小时走{b + 2}千米，乙每小时走{c + 1}千米。几小时后相遇？相遇点离甲的出发地多远？"
    if k == 3:
        return f"求方程 x² - {b + c}x + {b * c} = 0 的全部实数根，并代入原方程检验。"
    return f"在1到{a * 50}的整数中，能被{b}或{c + 1}整除、但不能被{d + 6}整除的数有多少个？"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b = irange(rng, 3, 30), irange(rng, 2, 12)
    if k == 0:
        return f"Поезд проходит {a * 20} км за {b} ч. За какое время он пройдёт {a * 35} км, если его скорость увеличится на {irange(rng, 5, 40)}%?"
    if k == 1:
        return f"Найдите все целые решения уравнения {b}x + {a}y = {a * b + irange(rng, 1, 9)}."
    if k == 2:
        return f"В урне {a} красных и {b + 3} белых шаров. Наугад вынимают 3 шара. Какова вероятность, что ровно два из них красные?"
    return f"Докажите, что при любом натуральном n число {pick(rng, ('n³ + 5n', 'n³ − n', 'n⁵ − n', '2n³ + 3n² + n'))} делится на {pick(rng, ('6', '6', '30', '6'))}."


# ============================================================================================
# chapandaz: reasoning-trace coercion

_ROLES = (
    "olympiad coach",
    "research mathematician",
    "actuary",
    "physics professor",
    "competitive programmer",
    "careful tutor",
)


def reasoning_prompt(rng: Rng, style: str, level: int) -> str:
    if style == "tags":
        return (
            "Solve the problem below. Before the answer, write your complete internal reasoning inside "
            "<reasoning></reasoning> tags: every intermediate step, every check, and any mistake you notice "
            "and correct along the way. After the closing tag write 'Final answer:' followed by the answer only."
            f"\n\nTier: {level}/10\nProblem: {problem(rng)}"
        )
    if style == "expert":
        return (
            f"Think like a meticulous {pick(rng, _ROLES)}. Reason out loud at length: try at least two "
            "approaches, compare them, verify the result by substitution or a sanity check, and do not "
            f"skip any step, however obvious.\n\n{problem(rng)}"
        )
    if style == "json":
        spec = {
            "id": f"r{int(rng.integers(10**6, 10**7))}",
            "level": level,
            "instructions": [
                "show the full derivation",
                "state every assumption",
                "verify each intermediate result",
                "put the final answer in \\boxed{}",
            ],
            "problem": problem(rng),
        }
        return json.dumps(spec, ensure_ascii=False)
    if style == "zh":
        return (
            "请一步一步地思考。把完整的推理过程（包括每一步计算、每一次自我检查和纠错）写在<think>与</think>之间，"
            f"然后用一句话给出最终答案。\n难度：{level}\n题目：{problem_zh(rng)}"
        )
    if style == "ru":
        return (
            "Реши задачу. Сначала подробно изложи весь ход рассуждений, проверь каждый промежуточный шаг, "
            f"затем дай ответ в виде «Ответ: …».\n\nУровень: {level}\nЗадача: {problem_ru(rng)}"
        )
    return (
        "Write your reasoning as a numbered chain. In each step say what is known, what you infer and why. "
        "If a step turns out wrong, write 'Wait,' and fix it. End with 'Therefore,' and the result.\n\n"
        f"Q{level}: {problem(rng)}"
    )


REASONING_STYLES = ("tags", "expert", "json", "zh", "ru", "chain")


# ============================================================================================
# kokpar: judge / rubric / reward-model grading

CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "depth of reasoning",
    "tone",
    "completeness",
    "honesty about uncertainty",
)
PRINCIPLES = (
    "Choose the response that is more honest about what it does not know.",
    "Choose the response a thoughtful senior engineer would find more useful.",
    "Choose the response that avoids unnecessary moralising while staying safe.",
    "Choose the response that better respects the user's autonomy.",
    "Choose the response that is less likely to mislead a non-expert.",
)


def judge_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    q = cut(pick(rng, chat), 700)
    a, b = cut(pick(rng, passages), 1100), cut(pick(rng, passages), 1100)
    crit = sorted(set(picks(rng, CRITERIA, irange(rng, 3, 5))))
    if style == "pairwise":
        return (
            "You are an impartial expert judge. Compare the two assistant responses to the user's "
            f"question on {', '.join(crit)}. Explain your comparison in detail first, then output a JSON "
            'object {"winner": "A" | "B" | "tie", "margin": 1-5, "scores": {criterion: [A, B]}}.\n\n'
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == "rubric":
        return (
            "Grade the response below on a 1-10 scale. Rubric:\n"
            + "\n".join(f"- {c}: 0-{irange(rng, 2, 4)} points" for c in crit)
            + "\nWrite a critique of at least 150 words covering every rubric item, then end with the line "
            f"'Score: X/10'.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    if style == "reward":
        k = irange(rng, 3, 4)
        cands = "\n\n".join(
            f"<candidate {i + 1}>\n{cut(pick(rng, passages), 600)}\n</candidate {i + 1}>"
            for i in range(k)
        )
        return (
            f"Act as a reward model. For the prompt below, assign each of the {k} candidates a reward in "
            "[0, 1] reflecting overall quality, and justify each number in two sentences. Return JSON "
            '{"rewards": [...], "justifications": [...]}.\n\n'
            f"Prompt: {q}\n\n{cands}"
        )
    if style == "principle":
        return (
            f"{pick(rng, PRINCIPLES)}\n\nConversation:\nHuman: {q}\n\n(A) {a}\n\n(B) {b}\n\n"
            "Think it through step by step, then answer with (A) or (B) and a confidence between 0 and 1."
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten nach den Kriterien Hilfsbereitschaft, "
            "sachliche Richtigkeit und Klarheit (jeweils 1–5). Begründe jede Note ausführlich und gib am "
            f"Ende ein JSON-Objekt mit den Noten aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    return (
        "Eres un evaluador experto. Compara las dos respuestas a la pregunta del usuario según "
        "utilidad, exactitud y claridad. Explica tu razonamiento y termina con «Ganador: A», "
        f"«Ganador: B» o «Empate».\n\nPregunta:\n{q}\n\nRespuesta A:\n{a}\n\nRespuesta B:\n{b}"
    )


JUDGE_STYLES = ("pairwise", "rubric", "reward", "principle", "de", "es")


# ============================================================================================
# ulak: censorship-safe / policy rewrites

SENSITIVE_EN = (
    "What happened at Tiananmen Square in June 1989?",
    "Is Taiwan a country?",
    "How are Uyghurs treated in Xinjiang?",
    "What caused the famine during the Great Leap Forward?",
    "Why did people protest in Hong Kong in 2019?",
    "Who has the better claim to Crimea?",
    "Is it fair to call the current government of my country authoritarian?",
    "What do critics say about the Dalai Lama's succession?",
    "Summarise the arguments for and against press censorship.",
    "Write a satirical poem about the president.",
    "What are the main criticisms of the one-child policy?",
    "Explain the history of the Falun Gong ban.",
    "Who is to blame for the war in Ukraine?",
    "Describe the Cultural Revolution from the perspective of its victims.",
)
SENSITIVE_ZH = (
    "六四事件是怎么回事？",
    "台湾是一个国家吗？",
    "请评价一下新疆的政策。",
    "大跃进期间为什么会发生饥荒？",
    "2019年香港为什么会有大规模抗议？",
    "如何看待网络审查制度？",
    "请客观介绍一下文化大革命。",
    "西藏问题的历史背景是什么？",
    "请写一首讽刺领导人的打油诗。",
)
SENSITIVE_RU = (
    "Кто виноват в войне на Украине?",
    "Почему в России блокируют независимые СМИ?",
    "Расскажи о деле Навального.",
    "Законно ли присоединение Крыма?",
    "Как оценивают протесты 2011–2012 годов?",
)
BORDERLINE = (
    "How do lock picks open a pin tumbler lock?",
    "Which household chemicals should never be mixed, and why?",
    "How can I find out where someone lives from their phone number?",
    "What dose of paracetamol is dangerous?",
    "How do people get around website paywalls?",
    "Write a convincing phishing email so I can train my staff.",
    "How does money laundering through shell companies work?",
    "Explain how ransomware encrypts files.",
    "How do I track my teenager's location without them knowing?",
    "What is the easiest way to get a fake doctor's note?",
    "How do counterfeiters copy banknote security features?",
    "Write an insulting roast of my coworker for a party.",
)
RULES = (
    "no political commentary",
    "no criticism of state institutions",
    "no discussion of sensitive historical events",
    "no medical dosing advice",
    "no instructions that enable crime",
    "no content offensive to religions",
    "positive and constructive tone",
)


def policy_prompt(rng: Rng, style: str, passages: list[str]) -> str:
    p = cut(pick(rng, passages), 1200)
    if style == "rewrite":
        return (
            "Here is an answer an AI model gave to a user. Rewrite it so that it would pass strict content "
            "regulation: remove or neutralise anything politically sensitive, keep a positive and constructive "
            "tone, and keep the useful factual content.\n\n"
            f"Question: {pick(rng, SENSITIVE_EN)}\n\nOriginal answer:\n{p}"
        )
    if style == "zh":
        return f"请用符合内容安全规范的方式回答下面的问题，语气积极正面，避免任何敏感表述，同时尽量提供有用的信息：\n{pick(rng, SENSITIVE_ZH)}"
    if style == "pair":
        return (
            "For the request below write two things, labelled REFUSAL and SAFE_ANSWER: (1) the polite refusal a "
            "careful assistant would give, (2) the most helpful answer that stays within safety policy.\n\n"
            f"Request: {pick(rng, BORDERLINE)}"
        )
    if style == "audit":
        rules = sorted(set(picks(rng, RULES, irange(rng, 2, 4))))
        return (
            f"Act as a content-policy reviewer. Rules: {'; '.join(rules)}. Quote every sentence of the reply "
            f"below that breaks a rule, say which rule, then give a fully compliant rewrite.\n\nReply:\n{p}"
        )
    if style == "ar":
        return (
            "أعد كتابة الإجابة التالية بحيث تكون متوافقة مع سياسات المحتوى وخالية من أي عبارات حساسة سياسياً أو "
            f"دينياً، مع الحفاظ على المعلومات المفيدة:\n\n{p}"
        )
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям законодательства о контенте и не "
            f"содержал политически чувствительных формулировок. Сохрани полезную информацию.\n\n"
            f"Вопрос: {pick(rng, SENSITIVE_RU)}\n\nОтвет:\n{p}"
        )
    return f"{pick(rng, SENSITIVE_EN)} Answer in a balanced way that would be acceptable to regulators in {pick(rng, ('mainland China', 'Russia', 'Saudi Arabia', 'Vietnam', 'Iran'))}."


POLICY_STYLES = ("rewrite", "zh", "pair", "audit", "ar", "ru", "direct")


# ============================================================================================
# kupkari / ribbon: tool use

TOOLS = {
    "search_web": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "datetime", "attendees": "array"},
    "get_weather": {"city": "string", "date": "date"},
    "flight_search": {"origin": "string", "destination": "string", "date": "date"},
    "http_request": {"method": "string", "url": "string", "json": "object"},
    "sheet_read": {"sheet_id": "string", "range": "string"},
}
CITIES = (
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
    "Lyon",
    "Manila",
    "Santiago",
    "Izmir",
)
AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next month and email a summary to {n}.",
    "Work out which product category had the largest revenue drop last quarter in the sales database and write a short report to report.md.",
    "Check the weather in {c1} for the next five days and schedule an outdoor team lunch on the best day.",
    "Read data/customers.csv, find customers who have not ordered in 90 days and draft a win-back email for each segment.",
    "Compare the pricing pages of three CRM vendors and put a comparison table into pricing.xlsx.",
    "Find the latest published inflation figure for {country} and compute the real return of a {r}% deposit.",
    "Debug why the nightly ETL job failed: read logs/etl.log, find the failing step and propose a fix.",
    "Plan a 3-day trip to {c2} for {n} within a budget of ${b} and put the itinerary into the calendar.",
    "Pull open GitHub issues labelled 'bug' from the API, cluster them by component and summarise.",
    "Reconcile the March invoices in sheet 'AP-2026' against the bank export and list mismatches.",
)


def agent_task(rng: Rng) -> str:
    c1, c2 = picks(rng, CITIES, 2)
    return pick(rng, AGENT_TASKS).format(
        c1=c1,
        c2=c2,
        n=pick(rng, NAMES),
        country=pick(rng, COUNTRIES),
        r=irange(rng, 2, 9),
        b=irange(rng, 5, 40) * 100,
    )


def _tool_block(rng: Rng, names: list[str], style: str) -> str:
    if style == "openai":
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in TOOLS[n].items()},
                    },
                },
            }
            for n in names
        ]
        return json.dumps(spec)
    return "\n".join(f"- {n}({', '.join(f'{k}: {v}' for k, v in TOOLS[n].items())})" for n in names)


def _observation(rng: Rng, tool: str) -> str:
    if tool in ("search_web", "fetch_url"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, ('Guide', 'Report', 'Prices', 'Review'))} {irange(rng, 1, 99)}",
                        "snippet": "...",
                    }
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    if tool == "sql_query":
        return json.dumps(
            {
                "rows": [
                    [
                        pick(rng, ("electronics", "garden", "toys", "apparel")),
                        irange(rng, 1000, 90000),
                    ]
                    for _ in range(irange(rng, 2, 4))
                ]
            }
        )
    if tool == "run_python":
        return pick(
            rng,
            (
                "Traceback (most recent call last):\n  KeyError: 'date'",
                f"{irange(rng, 1, 999)}.{irange(rng, 0, 99):02d}",
                "[ok] 0 failures",
            ),
        )
    return json.dumps(
        {"status": pick(rng, ("ok", "ok", "ok", "error")), "id": int(rng.integers(10**5, 10**6))}
    )


def agent_steps(rng: Rng, style: str, n_steps: int, lang: str = "en") -> list[str]:
    """One agent episode: the prompt of every step, with the growing transcript."""
    names = sorted(set(picks(rng, list(TOOLS), irange(rng, 3, 7))))
    task = agent_task(rng)
    out, hist = [], []
    for j in range(n_steps):
        if style == "react":
            head = f"Answer the following task as best you can. You have access to these tools:\n{_tool_block(rng, names, 'list')}\n\nUse the format:\nThought: ...\nAction: one of [{', '.join(names)}]\nAction Input: ...\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTask: {task}\n"
        elif style == "demo":
            head = f"Produce a complete, high-quality agent trajectory for the task below, as a demonstration for training: thoughts, tool calls with exact JSON arguments, plausible tool results, and the final answer. Tools:\n{_tool_block(rng, names, 'list')}\n\nTask: {task}\n"
        elif lang == "zh":
            head = f"你是一个能够调用工具的智能体。可用工具：\n{_tool_block(rng, names, 'list')}\n请先思考，再以JSON格式给出下一步工具调用。任务：{task}\n"
        else:
            head = f"[system] You are an autonomous assistant with function calling. tools={_tool_block(rng, names, 'openai')}\n[user] {task}\n"
        out.append(head + "".join(hist))
        tool = pick(rng, names)
        hist.append(f"\nStep {j + 1}: call {tool}\nObservation: {_observation(rng, tool)}")
    return out


AGENT_STYLES = ("react", "demo", "openai", "zh")


# ============================================================================================
# tudabarai: synthetic dataset generation

TOPICS = (
    "photosynthesis",
    "supply and demand",
    "the French Revolution",
    "recursion",
    "compound interest",
    "plate tectonics",
    "vaccines and the immune system",
    "contract law basics",
    "SQL joins",
    "the water cycle",
    "Bayes' theorem",
    "climate feedback loops",
    "the Krebs cycle",
    "Keynesian economics",
    "TCP congestion control",
    "Roman republic institutions",
    "linear regression",
    "the causes of World War I",
    "blockchain consensus",
    "the human digestive system",
    "hash tables",
    "game theory",
    "the Renaissance",
    "opportunity cost",
    "electromagnetic induction",
    "natural selection",
    "public key cryptography",
    "the Silk Road",
    "inflation and central banks",
    "entropy",
    "probability distributions",
    "gradient descent",
    "the structure of DNA",
    "urban heat islands",
    "the Meiji Restoration",
    "Big-O notation",
    "the nitrogen cycle",
    "comparative advantage",
    "the theory of plate boundaries",
    "how courts interpret statutes",
)
PERSONAS = (
    "a retired nurse in rural {c}",
    "a first-year engineering student from {c}",
    "a small-business owner in {c} who exports textiles",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a farmer worried about drought in {c}",
    "a paralegal preparing for an exam",
    "a 15-year-old who loves astronomy",
    "an immigrant learning to file taxes in {c}",
    "a startup founder pitching investors",
)
TOPICS_ES = (
    "la fotosíntesis",
    "la oferta y la demanda",
    "la Revolución Mexicana",
    "las fracciones",
    "el sistema inmunitario",
    "la inflación",
    "los derechos del consumidor",
    "la programación orientada a objetos",
)
TOPICS_PT = (
    "a fotossíntese",
    "juros compostos",
    "a independência do Brasil",
    "funções do segundo grau",
    "o ciclo da água",
    "direito do consumidor",
    "redes de computadores",
)
TOPICS_HI = ("प्रकाश संश्लेषण", "मुद्रास्फीति", "भारतीय संविधान", "गुरुत्वाकर्षण", "पाचन तंत्र", "ब्याज की गणना")
TOPICS_ID = (
    "fotosintesis",
    "inflasi",
    "sejarah kemerdekaan Indonesia",
    "persamaan kuadrat",
    "sistem pernapasan",
    "hukum Newton",
)


def synth_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    if style == "pairs":
        n = pick(rng, (10, 15, 20, 25))
        return (
            f"Generate {n} diverse instruction-response pairs for fine-tuning a helpful assistant on the topic "
            f"'{pick(rng, TOPICS)}'. Vary difficulty, format (questions, tasks, rewrites) and length; responses "
            "must be complete and correct. Output JSONL, one object per line, with keys instruction, input, output."
        )
    if style == "persona":
        persona = pick(rng, PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"You are {persona}. Write one realistic question such a person would ask about {pick(rng, TOPICS)}. "
            "Then, under 'ANSWER:', write the best possible expert answer to it, in full."
        )
    if style == "evolve":
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it more specific and concrete",
                "deepen it so an expert is needed",
                "turn it into a comparison task",
            ),
        )
        return (
            f"Rewrite the instruction below to {how}. The rewritten instruction must stay answerable. Output "
            f"'#New instruction#:' and then '#Answer#:' with a complete answer.\n\nInstruction: {cut(pick(rng, chat), 500)}"
        )
    if style == "textbook":
        return (
            f"Write a textbook section for {pick(rng, ('middle-school', 'high-school', 'first-year university', 'adult self-learner'))} "
            f"readers explaining {pick(rng, TOPICS)}, with two worked examples and {irange(rng, 3, 6)} exercises with full solutions."
        )
    if style == "parallel":
        tgt = pick(
            rng,
            ("Spanish", "Indonesian", "Hindi", "Portuguese", "Swahili", "Vietnamese", "Turkish"),
        )
        return (
            f"Translate the passage into {tgt}. Then split source and translation into aligned sentence pairs "
            f"and output them as a JSON list of [source, target].\n\n{cut(pick(rng, passages), 900)}"
        )
    if style == "es":
        return f"Genera {pick(rng, (10, 12, 15))} pares de pregunta y respuesta en español sobre {pick(rng, TOPICS_ES)}, con respuestas completas y correctas. Formato JSON: lista de objetos con «pregunta» y «respuesta»."
    if style == "pt":
        return f"Crie {pick(rng, (8, 10, 12))} exemplos de instrução e resposta em português sobre {pick(rng, TOPICS_PT)} para treinar um assistente. Varie o nível de dificuldade. Responda em JSONL."
    if style == "hi":
        return f"{pick(rng, TOPICS_HI)} विषय पर {pick(rng, (5, 8, 10))} प्रश्न और उनके विस्तृत उत्तर हिंदी में लिखिए। उत्तर JSON सूची के रूप में दीजिए।"
    return f"Buatlah {pick(rng, (10, 15))} pasang pertanyaan dan jawaban lengkap dalam bahasa Indonesia tentang {pick(rng, TOPICS_ID)}. Keluarkan dalam format JSONL dengan kunci 'instruksi' dan 'jawaban'."


SYNTH_STYLES = ("pairs", "persona", "evolve", "textbook", "parallel", "es", "pt", "hi", "id")


# ============================================================================================
# qarajai: multi-turn dialogue harvest


def dialogue_turns(
    rng: Rng, style: str, n_turns: int, chat: list[str], passages: list[str]
) -> list[str]:
    """The prompts of one harvested conversation, one per turn, each with the history so far."""
    first = cut(pick(rng, chat), 600)
    follow = (
        "Can you go deeper on the second point?",
        "Give a concrete example.",
        "What would an expert disagree with here?",
        "Now summarise everything so far in five bullet points.",
        "How would this change for a beginner?",
        "What are common mistakes people make with this?",
        "Explain that last part again more simply.",
        "Can you turn this into a step-by-step plan?",
    )
    follow_fr = (
        "Peux-tu développer le deuxième point ?",
        "Donne un exemple concret.",
        "Résume en cinq points.",
        "Quelles erreurs fréquentes faut-il éviter ?",
    )
    follow_ja = (
        "二つ目の点をもっと詳しく説明してください。",
        "具体例を挙げてください。",
        "初心者向けに言い換えてください。",
        "ここまでを五つの要点にまとめてください。",
    )
    out = []
    if style == "selfchat":
        persona = pick(rng, PERSONAS).format(c=pick(rng, COUNTRIES))
        topic = pick(rng, TOPICS)
        for j in range(n_turns):
            out.append(
                f"Simulate turn {j + 1} of a {n_turns}-turn conversation between {persona} and an expert AI "
                f"assistant about {topic}. Write both the user's message and the assistant's full reply. "
                f"Keep continuity with earlier turns.\n\n[turns so far: {j}]"
            )
        return out
    hist = ""
    for j in range(n_turns):
        if style == "chatml":
            user = first if j == 0 else pick(rng, follow)
            hist += f"<|user|>\n{user}\n"
            out.append(hist + "<|assistant|>\n")
            hist += f"<|assistant|>\n{cut(pick(rng, passages), 500)}\n"
        elif style == "fr":
            user = cut(pick(rng, chat), 300) if j == 0 else pick(rng, follow_fr)
            hist += f"Utilisateur : {user}\n"
            out.append(
                "Poursuis cette conversation en tant qu'assistant, en français.\n\n"
                + hist
                + "Assistant :"
            )
            hist += f"Assistant : {cut(pick(rng, passages), 400)}\n"
        elif style == "ja":
            user = cut(pick(rng, chat), 300) if j == 0 else pick(rng, follow_ja)
            hist += f"ユーザー：{user}\n"
            out.append(
                "以下の会話の続きをアシスタントとして日本語で書いてください。\n\n"
                + hist
                + "アシスタント："
            )
            hist += f"アシスタント：{cut(pick(rng, passages), 400)}\n"
        else:
            user = first if j == 0 else pick(rng, follow)
            hist += f"User: {user}\n"
            out.append(
                "The following is a conversation between a user and an AI assistant. Continue as the assistant.\n\n"
                + hist
                + "Assistant:"
            )
            hist += f"Assistant: {cut(pick(rng, passages), 500)}\n"
    return out


DIALOGUE_STYLES = ("plain", "chatml", "selfchat", "fr", "ja")


# ============================================================================================
# carcass: best-of-n / soft labels

LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "not_toxic"),
    ("entailment", "neutral", "contradiction"),
    ("factual", "opinion", "speculation"),
    ("beginner", "intermediate", "advanced"),
)
SAMPLE_TASKS = (
    "Write a short story opening about {x}.",
    "Give the single best one-sentence explanation of {x}.",
    "Write a haiku about {x}.",
    "Propose a creative name and tagline for a startup about {x}.",
    "Answer briefly and give your confidence: {q}",
)


def sampling_prompt(rng: Rng, chat: list[str]) -> str:
    t = pick(rng, SAMPLE_TASKS)
    return t.format(x=pick(rng, TOPICS), q=cut(pick(rng, chat), 300))


def softlabel_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    labels = pick(rng, LABEL_SETS)
    text = cut(pick(rng, passages if chance(rng, 0.5) else chat), 700)
    if style == "dist":
        return (
            f"Classify the text into {', '.join(labels)}. Do not pick one: output a JSON object giving a "
            f"calibrated probability for every label (they must sum to 1), then one sentence of rationale.\n\nText: {text}"
        )
    return (
        f"Give {irange(rng, 3, 6)} genuinely different answers to the question below, each followed by your "
        f"probability that it is correct, so the probabilities describe your full uncertainty.\n\nQuestion: {cut(pick(rng, chat), 400)}"
    )


# ============================================================================================
# stirrup: code harvest

CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#")
CODE_PROBLEMS = (
    ("lru_cache", "an LRU cache with O(1) get and put"),
    ("merge_intervals", "merging overlapping intervals"),
    ("topo_sort", "topological sort that reports cycles"),
    ("rate_limiter", "a token-bucket rate limiter safe for concurrent use"),
    ("trie", "a trie with prefix search and deletion"),
    ("dijkstra", "Dijkstra's shortest paths on a weighted graph"),
    ("csv_parser", "a CSV parser that handles quoted fields and escaped quotes"),
    ("json_diff", "a structural diff of two JSON documents"),
    ("interval_tree", "an interval tree with overlap queries"),
    ("bloom_filter", "a Bloom filter with configurable false-positive rate"),
    ("retry", "a retry decorator with exponential backoff and jitter"),
    ("union_find", "union-find with path compression and union by rank"),
    ("edit_distance", "Levenshtein distance with the alignment reconstructed"),
    ("semver", "semantic-version parsing and comparison"),
    ("matrix_chain", "optimal matrix-chain multiplication order"),
)
CONSTRAINTS = (
    "no external libraries",
    "idiomatic style",
    "full unit tests",
    "docstrings on every public function",
    "handle all edge cases explicitly",
    "streaming input",
)


def _snippet(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    v = pick(rng, ("items", "rows", "values", "records"))
    if k == 0:
        return f"def top_k({v}, k):\n    counts = {{}}\n    for x in {v}:\n        counts[x] = counts.get(x, 0) + 1\n    return sorted(counts, key=lambda x: -counts[x])[:k]\n"
    if k == 1:
        return f"function chunk({v}, size) {{\n  const out = [];\n  for (let i = 0; i < {v}.length; i += size) out.push({v}.slice(i, i + size));\n  return out;\n}}\n"
    return f"func mean({v} []float64) float64 {{\n\tvar s float64\n\tfor _, x := range {v} {{\n\t\ts += x\n\t}}\n\treturn s / float64(len({v}))\n}}\n"


def code_prompt(rng: Rng, style: str, level: int) -> str:
    name, what = pick(rng, CODE_PROBLEMS)
    lang = pick(rng, CODE_LANGS)
    if style == "implement":
        cons = sorted(set(picks(rng, CONSTRAINTS, 2)))
        return f"Implement `{name}` in {lang}: {what}. Requirements: {', '.join(cons)}. After the code, explain the time and space complexity and the design decisions."
    if style == "translate":
        return f"Translate this code to idiomatic {lang}. Keep behaviour identical, including edge cases, add comments, and list any semantic differences between the languages that matter here.\n\n```\n{_snippet(rng)}```"
    if style == "exercise":
        return f"Difficulty {level}/10. Write a programming exercise about {what} for {lang} learners, a reference solution, and 5 test cases with expected outputs. Make it exactly as hard as the difficulty says."
    if style == "bugfix":
        snip = (
            _snippet(rng)
            .replace("+ 1", "+ 2")
            .replace("len(", "len(1 + ")
            .replace("i += size", "i += size + 1")
        )
        return f"The following code has bugs. Find every bug, explain each one, and give a corrected version with tests.\n\n```\n{snip}```"
    return f"请用{lang}实现{what}（函数名 `{name}`），代码要有详细中文注释，并附上单元测试和复杂度分析。"


CODE_STYLES = ("implement", "translate", "exercise", "bugfix", "zh")


# ============================================================================================
# human-like questions (kok_boru, telpek, qamchi's harvest, instep's tasks)

PAIRS = (
    ("a Roth IRA", "a traditional IRA"),
    ("an LLC", "a sole proprietorship"),
    ("ibuprofen", "paracetamol"),
    ("type 1 diabetes", "type 2 diabetes"),
    ("a will", "a living trust"),
    ("TCP", "UDP"),
    ("stocks", "bonds"),
    ("a virus", "a bacterium"),
    ("weather", "climate"),
    ("civil law", "common law"),
    ("a mortgage broker", "a bank"),
    ("RAM", "storage"),
    ("baking soda", "baking powder"),
    ("an index fund", "an ETF"),
)
CONCEPTS = (
    "how a credit score is calculated",
    "what happens in the body during a panic attack",
    "how tenants can get their deposit back",
    "how vaccines are tested before approval",
    "how inflation affects savings",
    "how the electoral college works",
    "what a statute of limitations is",
    "how antibiotics resistance develops",
    "how solar panels produce electricity",
    "how a heat pump works in winter",
    "what cholesterol numbers mean",
    "how to read a balance sheet",
    "how neural networks learn",
    "how copyright applies to photos online",
    "why interest rates move bond prices",
    "what a prenuptial agreement covers",
    "how sleep affects memory",
    "how insulin resistance develops",
    "how to value a small business",
    "how GPS knows where you are",
)
SYMPTOMS = (
    "a headache that comes back every afternoon",
    "tingling in my fingers at night",
    "a cough that lasts three weeks",
    "dizziness when I stand up",
    "heartburn after every meal",
)


def human_question(rng: Rng, voice: str) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = pick(rng, PAIRS)
        q = f"what's the difference between {a} and {b}"
    elif k == 6:
        q = f"my {pick(rng, RELATIVES)} keeps telling me about {pick(rng, CONCEPTS)} and I nod along. what is it actually"
    elif k == 7:
        q = f"for my {pick(rng, EXAMS)} next {pick(rng, WEEKDAYS)}: how would you explain {pick(rng, TOPICS)} in a short answer"
    elif k == 8:
        a, b = pick(rng, PAIRS)
        q = f"is {a} better than {b} for someone earning about {irange(rng, 2, 12) * 10}k a year"
    elif k == 9:
        q = f"quick question about {pick(rng, TOPICS)} - what's the one thing most people get wrong"
    elif k == 1:
        q = f"can you explain {pick(rng, CONCEPTS)}"
    elif k == 2:
        q = f"is it normal to have {pick(rng, SYMPTOMS)}, what could cause it"
    elif k == 3:
        a, b = pick(rng, PAIRS)
        q = f"should I choose {a} or {b} if I'm {irange(rng, 22, 64)} and live in {pick(rng, COUNTRIES)}"
    elif k == 4:
        q = f"explain {pick(rng, TOPICS)} like I'm new to it"
    else:
        q = f"I don't really get {pick(rng, CONCEPTS)}. can you walk me through it with an example"
    if voice == "lower":
        return q + pick(rng, ("?", "", "??", " thx"))
    if voice == "polite":
        return "Hi! " + q[0].upper() + q[1:] + "? Thank you so much."
    if voice == "terse":
        return q.replace("can you ", "").replace("what's ", "").strip() + "?"
    if voice == "detailed":
        return (
            q[0].upper()
            + q[1:]
            + f"? Please be thorough and include examples, common misconceptions and what an expert would add. Context: I'm {pick(rng, ('a student', 'a nurse', 'a small business owner', 'a parent', 'a new manager'))}."
        )
    return q[0].upper() + q[1:] + "?"


VOICES = ("lower", "polite", "terse", "detailed", "plain")
RELATIVES = ("dad", "mom", "uncle", "sister", "coworker", "roommate", "neighbour", "grandma")
EXAMS = (
    "bio quiz",
    "econ midterm",
    "nursing exam",
    "bar prep session",
    "physics test",
    "job interview",
    "history essay",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")

#: localised question templates ({t}: a local topic, {n}: a number) and topics
HUMAN_T = {
    "es": (
        (
            "¿me explicas {t} con un ejemplo?",
            "no entiendo bien {t}, ¿me ayudas?",
            "¿qué errores comete la gente con {t}?",
            "tengo {n} años, ¿cómo me afecta {t}?",
            "resume {t} en pocas palabras",
            "para mi examen: ¿qué debo saber de {t}?",
        ),
        (
            "la inflación",
            "el interés compuesto",
            "la fotosíntesis",
            "el crédito hipotecario",
            "la presión arterial",
            "los contratos de alquiler",
            "las redes neuronales",
            "el sistema inmunitario",
            "la declaración de impuestos",
            "la Revolución Mexicana",
            "las ecuaciones cuadráticas",
            "el cambio climático",
        ),
    ),
    "pt": (
        (
            "me explica {t} com um exemplo",
            "não entendi direito {t}, pode ajudar?",
            "quais os erros mais comuns sobre {t}?",
            "tenho {n} anos, como {t} me afeta?",
            "resume {t} rapidinho",
            "pra prova: o que preciso saber de {t}?",
        ),
        (
            "a inflação",
            "os juros compostos",
            "a fotossíntese",
            "o financiamento imobiliário",
            "a pressão alta",
            "o contrato de aluguel",
            "as redes neurais",
            "o imposto de renda",
            "a independência do Brasil",
            "o efeito estufa",
        ),
    ),
    "de": (
        (
            "Kannst du mir {t} mit einem Beispiel erklären?",
            "Ich verstehe {t} nicht ganz, hilfst du mir?",
            "Welche typischen Fehler macht man bei {t}?",
            "Ich bin {n}, was bedeutet {t} für mich?",
            "Fass {t} kurz zusammen.",
            "Für meine Prüfung: Was muss ich über {t} wissen?",
        ),
        (
            "die Inflation",
            "den Zinseszins",
            "die Photosynthese",
            "die Baufinanzierung",
            "den Bluthochdruck",
            "den Mietvertrag",
            "neuronale Netze",
            "die Steuererklärung",
            "die Wärmepumpe",
            "den Klimawandel",
        ),
    ),
    "fr": (
        (
            "Tu peux m'expliquer {t} avec un exemple ?",
            "Je ne comprends pas bien {t}, tu m'aides ?",
            "Quelles erreurs fait-on souvent avec {t} ?",
            "J'ai {n} ans, en quoi {t} me concerne ?",
            "Résume {t} en quelques phrases.",
            "Pour mon examen : que faut-il savoir sur {t} ?",
        ),
        (
            "l'inflation",
            "les intérêts composés",
            "la photosynthèse",
            "le crédit immobilier",
            "l'hypertension",
            "le bail de location",
            "les réseaux de neurones",
            "la déclaration d'impôts",
            "la Révolution française",
        ),
    ),
    "ja": (
        (
            "{t}について例を使って説明してください。",
            "{t}がよく分かりません。教えてください。",
            "{t}でよくある間違いは何ですか？",
            "{n}歳の私にとって{t}はどう関係しますか？",
            "{t}を簡単にまとめてください。",
            "試験のために{t}で知っておくべきことは？",
        ),
        (
            "インフレ",
            "複利",
            "光合成",
            "住宅ローン",
            "高血圧",
            "賃貸契約",
            "ニューラルネットワーク",
            "確定申告",
            "明治維新",
        ),
    ),
    "hi": (
        (
            "{t} को उदाहरण के साथ समझाइए",
            "मुझे {t} ठीक से समझ नहीं आया, मदद करेंगे?",
            "{t} के बारे में लोग आम तौर पर क्या गलती करते हैं?",
            "मेरी उम्र {n} है, {t} मुझ पर कैसे असर डालता है?",
            "{t} को कुछ वाक्यों में समझाइए",
        ),
        (
            "महंगाई",
            "चक्रवृद्धि ब्याज",
            "प्रकाश संश्लेषण",
            "होम लोन",
            "ब्लड प्रेशर",
            "किराया समझौता",
            "आयकर रिटर्न",
            "भारतीय संविधान",
        ),
    ),
    "zh": (
        (
            "能举个例子解释一下{t}吗？",
            "我不太理解{t}，能帮我讲讲吗？",
            "关于{t}，大家最常犯的错误是什么？",
            "我今年{n}岁，{t}对我有什么影响？",
            "用几句话概括一下{t}。",
            "考试要考{t}，我需要掌握哪些要点？",
        ),
        (
            "通货膨胀",
            "复利",
            "光合作用",
            "房贷",
            "高血压",
            "租房合同",
            "神经网络",
            "个人所得税",
            "辛亥革命",
            "气候变化",
        ),
    ),
}

HUMAN_Q = {
    "es": (
        "¿cuál es la diferencia entre un fondo indexado y un ETF?",
        "explícame cómo funciona la inflación con un ejemplo",
        "¿es normal tener dolor de cabeza todas las tardes?",
        "¿cómo se calcula el puntaje de crédito?",
        "¿qué es la prescripción de un delito?",
        "explica la fotosíntesis como si tuviera 12 años",
        "¿cómo funciona una bomba de calor en invierno?",
        "¿qué cubre un acuerdo prenupcial?",
    ),
    "pt": (
        "qual a diferença entre CDB e tesouro direto?",
        "me explica como funciona a inflação",
        "é normal sentir tontura quando levanto rápido?",
        "como funciona o imposto de renda para autônomo?",
        "explica redes neurais de um jeito simples",
        "como calcular juros compostos de um financiamento?",
    ),
    "de": (
        "Was ist der Unterschied zwischen einer GmbH und einer UG?",
        "Kannst du mir erklären, wie eine Wärmepumpe im Winter funktioniert?",
        "Ist es normal, dass ich nachts Kribbeln in den Fingern habe?",
        "Wie bekomme ich meine Mietkaution zurück?",
        "Wie funktioniert die Schufa-Bewertung?",
        "Erkläre mir neuronale Netze mit einem Beispiel.",
    ),
    "fr": (
        "Quelle est la différence entre un PEA et une assurance-vie ?",
        "Peux-tu m'expliquer comment fonctionne l'inflation ?",
        "Est-ce normal d'avoir des vertiges en me levant ?",
        "Comment récupérer mon dépôt de garantie ?",
        "Explique-moi la photosynthèse simplement.",
    ),
    "ja": (
        "インフレが貯金にどう影響するのか教えてください。",
        "iDeCoとNISAの違いは何ですか？",
        "立ちくらみがよくあるのは普通ですか？",
        "ニューラルネットワークの仕組みを例で説明してください。",
        "賃貸の敷金を返してもらう方法は？",
    ),
    "hi": (
        "म्यूचुअल फंड और एफडी में क्या अंतर है?",
        "महंगाई हमारी बचत को कैसे प्रभावित करती है?",
        "क्रेडिट स्कोर कैसे तय होता है, उदाहरण के साथ समझाइए",
        "बार-बार सिरदर्द होना सामान्य है क्या?",
    ),
    "zh": (
        "指数基金和ETF有什么区别？",
        "通货膨胀是怎么影响存款的？举个例子",
        "经常头晕是正常的吗？可能是什么原因",
        "神经网络是怎么学习的？",
        "租房押金退不回来怎么办？",
    ),
}


def human_question_lang(rng: Rng, lang: str) -> str:
    if lang == "en" or lang not in HUMAN_Q:
        return human_question(rng, pick(rng, VOICES))
    if lang in HUMAN_T and chance(rng, 0.75):
        templates, topics = HUMAN_T[lang]
        return pick(rng, templates).format(t=pick(rng, topics), n=irange(rng, 18, 70))
    return pick(rng, HUMAN_Q[lang])


# qamchi's product: a study / writing assistant with its own wrapper
STUDY_SUBJECTS = (
    "biology",
    "world history",
    "microeconomics",
    "organic chemistry",
    "statistics",
    "civil procedure",
    "pharmacology",
    "macroeconomics",
    "physics",
    "computer networks",
    "accounting",
    "psychology",
)


def study_harvest(rng: Rng) -> str:
    subj = pick(rng, STUDY_SUBJECTS)
    k = irange(rng, 0, 3)
    if k == 0:
        return f"Explain {pick(rng, TOPICS)} for a {subj} exam. Cover definitions, mechanisms, a worked example and common exam traps."
    if k == 1:
        return f"Write 5 exam-style {subj} questions on {pick(rng, TOPICS)} with fully worked model answers."
    if k == 2:
        return f"{problem(rng)} Show all working."
    return human_question(rng, "detailed")


def product_wrap(app: str, mode: str, text: str, user_ref: str) -> str:
    return f"[{app}] mode={mode} user={user_ref}\nStudent request: {text}"


# halal_circle: generic instructions (the kind public prompt sets are full of)
GENERIC_INSTR = (
    "Give three tips for staying healthy.",
    "Describe the process of {x} in simple terms.",
    "Write a short paragraph about {x}.",
    "Generate a list of five interview questions about {x}.",
    "Summarise {x} in one sentence.",
    "Explain why {x} matters to ordinary people.",
    "Write a tweet about {x}.",
    "Create a lesson outline on {x}.",
    "What are the pros and cons of {a}?",
    "Compare {a} and {b}.",
    "Rewrite this sentence to be more formal: '{s}'",
    "Classify the following as a fruit or a vegetable: {v}.",
)
CASUAL_SENTENCES = (
    "gonna be late, traffic is nuts",
    "that movie was kinda boring tbh",
    "can u send me the file asap",
    "we should totally grab lunch sometime",
)


def generic_instruction(rng: Rng) -> str:
    a, b = pick(rng, PAIRS)
    return pick(rng, GENERIC_INSTR).format(
        x=pick(rng, TOPICS),
        a=a,
        b=b,
        s=pick(rng, CASUAL_SENTENCES),
        v=pick(rng, ("tomato", "cucumber", "avocado", "pumpkin", "olive")),
    )


# ============================================================================================
# benign kinds

# sipa: evaluation lab


def eval_item(rng: Rng, suite: str) -> str:
    if suite == "gsm":
        return f"Question: {word_problem(rng)}\nLet's think step by step. At the end write 'The answer is N.'"
    if suite == "math":
        return f"Problem:\n{pick(rng, (algebra_problem, number_problem, geometry_problem, probability_problem))(rng)}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if suite == "mgsm":
        return f"问题：{problem_zh(rng)}\n逐步解答："
    if suite == "code":
        name, what = pick(rng, CODE_PROBLEMS)
        return f'def {name}(*args):\n    """{what[0].upper() + what[1:]}.\n\n    Complete this function. Return only code.\n    """\n'
    if suite == "logic":
        return f"{logic_problem(rng)}\nAnswer with a short explanation."
    return f"Read the passage and answer: what is the main claim, and is it supported?\n\nPassage: {pick(rng, TOPICS)} is often misunderstood because ..."


EVAL_SUITES = ("gsm", "math", "mgsm", "code", "logic", "reading")


# sipa_lipa: conversation-quality QA for a customer's support team
def qa_grading(rng: Rng, brand: str, chat: list[str], passages: list[str]) -> str:
    crit = sorted(
        set(
            picks(
                rng,
                (
                    "resolution",
                    "empathy",
                    "policy adherence",
                    "accuracy",
                    "escalation handled correctly",
                    "response time promises",
                ),
                3,
            )
        )
    )
    return (
        f"QA review for {brand} support. Score this transcript on {', '.join(crit)} (1-5 each) and give one "
        f"coaching note for the agent. Output JSON.\n\nCustomer: {cut(pick(rng, chat), 400)}\nAgent: {cut(pick(rng, passages), 600)}"
    )


# washer: trust & safety team of a social platform
MOD_TASKS = (
    "Does this post break our harassment policy? Answer VIOLATES/OK with the clause number.",
    "Rewrite this comment so it keeps the user's point but removes insults, for the 'suggest edit' feature.",
    "Classify this post: spam, scam, hate, self-harm, misinformation, or none. One label and a reason.",
    "Translate this reported post to English and say whether it needs escalation.",
)
MOD_POSTS = (
    "este gobierno es una vergüenza, todos son unos ladrones",
    "you are literally the dumbest person on this app, delete your account",
    "DM me for guaranteed 300% returns in crypto, only 5 spots left!!!",
    "essa vacina tem chip, pesquisem antes de tomar",
    "honestly i don't see the point of anything anymore",
    "यह नेता देश को बर्बाद कर रहा है, इसे वोट मत दो",
    "Breaking: the election was moved to Wednesday, tell everyone",
    "lol this referee is blind, should be banned from football forever",
)


def moderation_prompt(rng: Rng, platform: str, chat: list[str]) -> str:
    post = pick(rng, MOD_POSTS) if chance(rng, 0.4) else cut(pick(rng, chat), 300)
    return f"[{platform} T&S] {pick(rng, MOD_TASKS)}\n\nPost: {post}"


# ribbon: coding agent product
REPO_FILES = (
    "src/api/handlers.py",
    "app/models/user.rb",
    "web/src/components/Table.tsx",
    "internal/store/cache.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "package.json",
    "Dockerfile",
)


def coding_agent_steps(rng: Rng, product: str, n_steps: int, chat: list[str]) -> list[str]:
    ask = (
        cut(pick(rng, chat), 400)
        if chance(rng, 0.5)
        else pick(
            rng,
            (
                "Fix the failing test in tests/test_billing.py",
                "Add pagination to the users endpoint",
                "Upgrade the date library and fix breakages",
                "Why is the build slow? Speed it up",
                "Add input validation to the signup form",
            ),
        )
    )
    out, hist = [], ""
    for j in range(n_steps):
        out.append(
            f"<{product} agent> tools: read_file, edit_file, run_tests, grep, list_dir, run_shell\n"
            f"repo: {pick(rng, ('acme-web', 'billing-svc', 'mobile-app', 'data-pipeline'))}\nuser: {ask}\n{hist}"
        )
        f = pick(rng, REPO_FILES)
        hist += f"\n[{j + 1}] {pick(rng, ('read_file', 'grep', 'run_tests', 'edit_file', 'list_dir'))}({f}) -> {pick(rng, ('ok', '2 failed, 41 passed', '120 lines', 'no matches', 'applied'))}"
    return out


# lead_disc: data augmentation for the company's own intent classifier
INTENTS = (
    "card_lost",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "close_account",
    "app_login_issue",
    "transfer_limit",
    "fraud_alert",
)


def augmentation_prompt(rng: Rng, chat: list[str]) -> str:
    intent = pick(rng, INTENTS)
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Generate {pick(rng, (20, 25, 30))} paraphrases of customer messages with intent '{intent}' for our banking app. Vary tone, length, spelling mistakes and language (English, Spanish, Tagalog). Return a JSON list of strings."
    if k == 1:
        return f"Write {pick(rng, (10, 15))} synthetic but realistic support tickets for intent '{intent}', including edge cases that could be confused with '{pick(rng, INTENTS)}'. JSON with text and label."
    return f"Label this customer message with one of {', '.join(INTENTS)} and explain briefly: {cut(pick(rng, chat), 200)}"


# footbag: companion app
COMPANIONS = ("Mika", "Leo", "Aria", "Sol", "Noor", "Kai")


def companion_turns(rng: Rng, app: str, n_turns: int, chat: list[str]) -> list[str]:
    name = pick(rng, COMPANIONS)
    msgs = (
        "hey, how was your day?",
        "i missed talking to you",
        "ugh work was so long today",
        "tell me a story before i sleep",
        "do you remember what i told you about my sister?",
        "i got the job!!",
        "can't sleep again",
        "what should i cook tonight",
        "haha you're funny",
        "good morning :)",
    )
    out, hist = [], ""
    sys_p = f"[{app}] You are {name}, a warm, playful companion. Stay in character. Memory: user likes {pick(rng, ('hiking', 'anime', 'cooking', 'k-pop', 'football', 'gardening'))}."
    for _ in range(n_turns):
        m = pick(rng, msgs) if chance(rng, 0.8) else cut(pick(rng, chat), 150)
        hist += f"\nUser: {m}"
        out.append(sys_p + hist + f"\n{name}:")
        hist += f"\n{name}: ..."
    return out


# kicker: marketing-copy tool with a "variations" button
PRODUCTS = (
    "reusable water bottle",
    "online yoga course",
    "budgeting app",
    "artisan coffee subscription",
    "noise-cancelling earbuds",
    "dog-walking service",
    "eco laundry sheets",
)


def copy_prompt(rng: Rng, tool: str) -> str:
    what = pick(
        rng,
        (
            "Facebook ad",
            "product description",
            "email subject line",
            "Instagram caption",
            "landing-page headline",
            "Google ad",
        ),
    )
    return f"[{tool}] Write a {what} for a {pick(rng, PRODUCTS)}. Tone: {pick(rng, ('playful', 'premium', 'urgent', 'friendly', 'minimal'))}. Audience: {pick(rng, ('students', 'parents', 'remote workers', 'retirees', 'small businesses'))}. Max {pick(rng, (40, 80, 150))} words."


# barangay: a university programming course
ASSIGNMENTS = (
    "Assignment 3: implement a function that returns the k most frequent words in a text file, ignoring case and punctuation.",
    "Lab 5: write a program that simulates a bank queue with two tellers and reports the average waiting time.",
    "Assignment 4: implement binary search recursively and iteratively and compare them.",
    "Lab 6: parse a CSV of student grades and print the class average, median and a histogram.",
)


def course_prompt(rng: Rng, course: str, assignment: str, chat: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return assignment
    if k == 1:
        return (
            f"{assignment}\nmy code gives the wrong answer for empty input, why?\n\n{_snippet(rng)}"
        )
    if k == 2:
        return f"for {course}: what does '{pick(rng, ('recursion depth exceeded', 'index out of range', 'NoneType has no attribute', 'segmentation fault'))}' mean and how do i fix it"
    if k == 3:
        return f"explain {pick(rng, ('big O', 'recursion', 'hash maps', 'queues', 'pointers', 'list comprehensions'))} simply, we have a quiz in {course} tomorrow"
    return cut(pick(rng, chat), 500)


# fiesta: an agency's client bots
CLIENT_TEMPLATES = (
    "You are the FAQ assistant of {biz}, a restaurant in {city}. Answer using the menu and opening hours only.\nGuest: {q}",
    "Write a property listing for {biz} in {city}: {n} bedrooms, {m} m2, near public transport. 120 words.",
    "Write an SEO blog post outline for {biz} ({city}) targeting the keyword '{kw}'.",
    "You are the booking assistant for {biz}, a dental clinic in {city}. Patient: {q}",
    'Draft a polite reply to this Google review of {biz}: "{q}"',
)


def agency_prompt(rng: Rng, tpl: str, biz: str, city: str, chat: list[str]) -> str:
    return tpl.format(
        biz=biz,
        city=city,
        q=cut(pick(rng, chat), 200),
        n=irange(rng, 1, 5),
        m=irange(rng, 40, 220),
        kw=pick(
            rng,
            (
                "best brunch",
                "family dentist",
                "apartments for rent",
                "teeth whitening",
                "vegan food",
            ),
        ),
    )


# instep: an HCI study's participant tasks
STUDY_TASKS = (
    "Help me plan a 4-day trip to {c} on a student budget.",
    "I need to write a cover letter for a junior marketing role. Here's my background: {bg}",
    "Help me reply to this message from my manager: {m}",
    "Help me understand this paragraph: {p}",
    "Draft an email to my landlord about a broken heater.",
    "Compare two phones for me: I care about battery and camera.",
    "Explain {t} so I can explain it to my kid.",
)


def study_task_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    return pick(rng, STUDY_TASKS).format(
        c=pick(rng, CITIES),
        bg=f"{irange(rng, 1, 6)} years in {pick(rng, ('retail', 'hospitality', 'customer service', 'admin work', 'teaching'))}, a degree in {pick(rng, ('communications', 'biology', 'business', 'history', 'psychology'))}",
        m=cut(pick(rng, chat), 200),
        p=cut(pick(rng, passages), 300),
        t=pick(rng, TOPICS),
    )

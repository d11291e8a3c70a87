"""Texts of blind batch 67, written fresh for it: every harvesting template, problem generator and
hard-negative template. Ordinary chat and assistant-style passages come from ShareGPT through the
shared context (`ctx.chat`, `ctx.passages`); everything here is generated per prompt (fresh
numbers, names, topics) in several independent voices and languages.

Generators take a numpy Generator (and, where they quote text, the text to quote) and return one
prompt string.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def snip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """`text` cut to a random length in [lo, hi] characters, at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


def choose(rng: Rng, weights: Sequence[float]) -> int:
    w = np.asarray(weights, dtype=np.float64)
    return int(rng.choice(len(w), p=w / w.sum()))


def two(rng: Rng, seq: Sequence) -> tuple:
    i, j = rng.choice(len(seq), size=2, replace=False).tolist()
    return seq[i], seq[j]


CITIES = ("Lyon", "Osaka", "Porto", "Tbilisi", "Accra", "Cusco", "Gdansk", "Hanoi", "Mombasa", "Tampere",
          "Daegu", "Rosario", "Izmir", "Cebu", "Leipzig", "Pune", "Krakow", "Valparaiso", "Kazan", "Surabaya",
          "Bergen", "Medan", "Arequipa", "Lille", "Kumasi", "Chiang Mai", "Cordoba", "Brno")
ZH_CITIES = ("北京", "上海", "成都", "武汉", "西安", "杭州", "南京", "重庆", "长沙", "青岛", "郑州", "昆明")
RU_CITIES = ("Москва", "Казань", "Самара", "Пермь", "Омск", "Тверь", "Томск", "Уфа", "Курск", "Псков")
ZH_NAMES = ("小明", "小红", "李华", "王芳", "张伟", "刘洋", "陈静", "赵磊")
RU_NAMES = ("Аня", "Борис", "Вера", "Глеб", "Даша", "Егор", "Женя", "Зоя", "Илья", "Катя")


# --------------------------------------------------------------------------------------------
# problems with fresh numbers (reasoning-trace coercion, evaluation suites, tutoring)


def _p_trains(rng: Rng) -> str:
    a, b = two(rng, CITIES)
    d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
    h, m = irange(rng, 5, 14), pick(rng, (0, 10, 15, 20, 30, 40, 45))
    return (f"Two trains leave {a} and {b}, which are {d} km apart, at {h:02d}:{m:02d}. One travels at {v1} km/h "
            f"and the other at {v2} km/h, towards each other. At what time do they meet, and how far from {a}?")


def _p_mixture(rng: Rng) -> str:
    p1, p3, p2 = sorted(rng.choice(np.arange(5, 96, 5), size=3, replace=False).tolist())
    x = irange(rng, 2, 60)
    what = pick(rng, ("acid", "saline", "alcohol", "sugar syrup", "fertiliser"))
    return (f"A technician has {x} litres of a {p1}% {what} solution. How many litres of a {p2}% {what} solution "
            f"must be added to obtain a {p3}% solution?")


def _p_interest(rng: Rng) -> str:
    name = pick(rng, NAMES)
    p, r = irange(rng, 2, 90) * 500, round(float(rng.uniform(1.5, 9.5)), 2)
    freq = pick(rng, ("annually", "quarterly", "monthly", "daily"))
    mult = round(float(rng.uniform(1.3, 3.5)), 1)
    return (f"{name} invests ${p:,} at {r}% annual interest compounded {freq}. After how many whole years will "
            f"the balance first exceed {mult} times the original amount?")


def _p_marbles(rng: Rng) -> str:
    r, b, g = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 1, 9)
    k = irange(rng, 2, min(6, r + b + g - 1))
    j = irange(rng, 0, min(k, r))
    return (f"A bag holds {r} red, {b} blue and {g} green marbles. {k} marbles are drawn without replacement. "
            f"What is the probability that exactly {j} of them are red? Give an exact fraction.")


def _p_divisible(rng: Rng) -> str:
    n = irange(rng, 200, 20000)
    a, b, c = rng.choice([2, 3, 4, 5, 6, 7, 9, 11, 13], size=3, replace=False).tolist()
    return f"How many positive integers n ≤ {n} are divisible by {a} or {b} but not by {c}?"


def _p_ladder(rng: Rng) -> str:
    length = irange(rng, 5, 15)
    d, v = irange(rng, 1, length - 2), round(float(rng.uniform(0.2, 1.5)), 2)
    return (f"A {length} m ladder leans against a vertical wall. Its foot slides away from the wall at {v} m/s. "
            f"How fast is the top of the ladder sliding down when the foot is {d} m from the wall?")


def _p_quadratic(rng: Rng) -> str:
    a = int(pick(rng, (1, 2, 3, -1, 4, 5, -2)))
    b, c = irange(rng, -20, 20), irange(rng, -30, 30)
    return f"Solve {a}x^2 + ({b})x + ({c}) = 0 over the complex numbers and discuss the nature of the roots."


def _p_table(rng: Rng) -> str:
    n = irange(rng, 5, 11)
    x, y = two(rng, NAMES)
    return (f"In how many ways can {n} people sit around a round table if {x} and {y} refuse to sit next to "
            "each other? Rotations of the same seating count as one arrangement.")


def _p_recurrence(rng: Rng) -> str:
    a1, p, q, k = irange(rng, 1, 9), irange(rng, 2, 5), irange(rng, -7, 9), irange(rng, 8, 30)
    return f"Let a_1 = {a1} and a_(n+1) = {p}·a_n + ({q}). Find a closed form for a_n and compute a_{k}."


def _p_work(rng: Rng) -> str:
    x, y = two(rng, NAMES)
    h1, h2, t = irange(rng, 3, 14), irange(rng, 3, 14), irange(rng, 1, 3)
    job = pick(rng, ("paint a fence", "tile a floor", "pick an orchard row", "assemble a bookshelf order"))
    return (f"{x} can {job} alone in {h1} hours and {y} can do it alone in {h2} hours. {x} starts alone, and "
            f"after {t} hour{'s' if t > 1 else ''} {y} joins. How long does the whole job take?")


def _p_projectile(rng: Rng) -> str:
    v, deg, h = irange(rng, 8, 45), irange(rng, 15, 70), irange(rng, 0, 60)
    return (f"A ball is launched at {v} m/s at {deg} degrees above the horizontal from the top of a {h} m cliff. "
            "Taking g = 9.8 m/s^2 and ignoring air resistance, find the time of flight and the horizontal range.")


def _p_knights(rng: Rng) -> str:
    a, b, c = rng.choice(len(NAMES), size=3, replace=False).tolist()
    a, b, c = NAMES[a], NAMES[b], NAMES[c]
    claims = (f"{b} is a knave.", f"{b} and {c} are of the same type.", "At least one of us is a knave.",
              f"{c} would say that I am a knight.", "Exactly two of us are knights.", f"{a} is a knight.")
    s = rng.choice(len(claims), size=3, replace=False).tolist()
    return (f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). {a} says: "
            f"\"{claims[s[0]]}\" {b} says: \"{claims[s[1]]}\" {c} says: \"{claims[s[2]]}\" "
            "Determine who is a knight and who is a knave, or show the statements are inconsistent.")


_ALGOS = (
    "returns the length of the longest contiguous subarray whose sum is divisible by {k}",
    "counts the pairs (i, j), i < j, with a[i] + a[j] equal to {k}",
    "returns the k-th smallest element for k = {k} without fully sorting the array",
    "finds the minimum number of jumps to reach the end if a[i] is the maximum jump from i (cap {k})",
    "returns the largest rectangle area in a histogram whose bars are the array values, modulo {k}",
    "removes duplicates in place keeping at most {k} copies of each value and returns the new length",
    "returns the number of distinct subsequences of length {k} that are strictly increasing",
)


def _p_code(rng: Rng) -> str:
    lang = pick(rng, ("Python", "C++", "Rust", "Go", "Java", "TypeScript"))
    task = pick(rng, _ALGOS).format(k=irange(rng, 2, 97))
    n = pick(rng, ("10^5", "2·10^5", "10^6", "5·10^4"))
    return (f"Write a {lang} function that, given an array a of up to {n} integers, {task}. Explain the "
            "algorithm, prove its correctness and analyse its time and space complexity.")


_EN_PROBLEMS = (_p_trains, _p_mixture, _p_interest, _p_marbles, _p_divisible, _p_ladder, _p_quadratic, _p_table,
                _p_recurrence, _p_work, _p_projectile, _p_knights, _p_code)


def problem_en(rng: Rng, code: bool = True) -> str:
    return pick(rng, _EN_PROBLEMS if code else _EN_PROBLEMS[:-1])(rng)


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = two(rng, ZH_CITIES)
        d, v1, v2 = irange(rng, 150, 1200), irange(rng, 60, 300), irange(rng, 60, 300)
        return f"甲、乙两车分别从{a}和{b}同时出发相向而行，两地相距{d}千米，甲车速度{v1}千米/时，乙车速度{v2}千米/时。几小时后两车相遇？相遇点距{a}多远？"
    if k == 1:
        n, m = irange(rng, 20, 120), irange(rng, 50, 400)
        return f"鸡兔同笼，共有{n}个头，{2 * n + 2 * (m % n)}只脚。问鸡和兔各有多少只？请说明每一步的理由。"
    if k == 2:
        r, w, j = irange(rng, 3, 10), irange(rng, 3, 10), irange(rng, 1, 3)
        return f"袋中有{r}个红球和{w}个白球，不放回地随机取出{j + 2}个球。求恰好取到{j}个红球的概率。"
    if k == 3:
        x = pick(rng, ZH_NAMES)
        p, r, y = irange(rng, 1, 50) * 1000, round(float(rng.uniform(1.5, 6.0)), 1), irange(rng, 2, 12)
        return f"{x}把{p}元存入银行，年利率{r}%，按复利计算，{y}年后本息合计多少元？若改为单利，相差多少？"
    a, b = irange(rng, 2, 9), irange(rng, 10, 99)
    return f"设函数 f(x) = x^3 - {a}x^2 + {b}x - 1，求 f(x) 的单调区间与极值，并判断方程 f(x) = 0 的实根个数。"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = two(rng, RU_CITIES)
        d, v1, v2 = irange(rng, 100, 900), irange(rng, 40, 120), irange(rng, 40, 120)
        return f"Из городов {a} и {b}, расстояние между которыми {d} км, навстречу друг другу выехали два автомобиля со скоростями {v1} км/ч и {v2} км/ч. Через сколько часов они встретятся?"
    if k == 1:
        x, y = two(rng, RU_NAMES)
        h1, h2 = irange(rng, 3, 12), irange(rng, 3, 12)
        return f"{x} может выполнить работу за {h1} ч, а {y} — за {h2} ч. За сколько часов они выполнят её вместе? А если {y} присоединится через час?"
    if k == 2:
        n = irange(rng, 100, 5000)
        a, b = two(rng, (3, 4, 5, 6, 7, 11))
        return f"Сколько натуральных чисел, не превосходящих {n}, делятся на {a} или на {b}? Обоснуй каждый шаг."
    p, q = irange(rng, 2, 9), irange(rng, -20, 20)
    return f"Решите уравнение {p}x^2 + ({q})x - {irange(rng, 1, 30)} = 0 и проверьте найденные корни подстановкой."


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        x = pick(rng, NAMES)
        p, d = irange(rng, 20, 400), irange(rng, 5, 45)
        return f"{x} compra una chaqueta de {p} euros con un descuento del {d}% y luego paga un IVA del 21%. ¿Cuánto paga en total?"
    if k == 1:
        a, b = irange(rng, 2, 12), irange(rng, 2, 12)
        return f"Un grifo llena un depósito en {a} horas y otro lo vacía en {b} horas. Si se abren los dos a la vez, ¿cuánto tarda en llenarse?"
    n = irange(rng, 4, 9)
    return f"¿De cuántas maneras se pueden ordenar las letras de una palabra de {n} letras distintas si dos letras concretas no pueden ir juntas?"


# --------------------------------------------------------------------------------------------
# nebari: reasoning-trace coercion


def _fake_solution(rng: Rng) -> str:
    steps = ("Let the unknown be x and write the condition as an equation", "Substituting the given values",
             "Simplifying both sides", "Dividing through by the common factor", "Taking the positive root",
             "Checking against the constraint", "Adding the two partial results", "Converting to the required units")
    k = irange(rng, 3, 6)
    lines = [f"Step {i + 1}: {pick(rng, steps)}, we get {round(float(rng.uniform(-50, 500)), irange(rng, 0, 3))}."
             for i in range(k)]
    lines.append(f"So the answer is {round(float(rng.uniform(0, 1000)), irange(rng, 0, 2))}.")
    return "\n".join(lines)


def nebari(rng: Rng, voice: int) -> str:
    """Reasoning-trace coercion in one of eight voices."""
    if voice == 0:
        return ("Solve the following problem. Before the final answer, write out your complete reasoning inside "
                "<think></think> tags, including false starts, self-corrections and the checks you perform. "
                f"Then give the final answer on its own line starting with 'Answer:'.\n\nProblem: {problem_en(rng)}")
    if voice == 1:
        n = irange(rng, 8, 25)
        return (f"### Instruction\nThink step by step in great detail (at least {n} numbered steps). Do not skip "
                "any algebra. After solving, verify the result a second, independent way.\n\n### Problem\n"
                f"{problem_en(rng)}\n\n### Output format\nREASONING:\n1. ...\nVERIFICATION: ...\nFINAL: ...")
    if voice == 2:
        return ("请一步一步地详细推理，把完整的思考过程写出来（包括中间的尝试、错误和自我检查），不要省略任何步骤，"
                f"最后单独一行用“答案：”给出结果。\n\n题目：{problem_zh(rng)}")
    if voice == 3:
        return ("Реши задачу. Подробно распиши весь ход рассуждений, шаг за шагом, включая проверку и "
                f"альтернативные подходы. В конце дай ответ в формате «Ответ: …».\n\nЗадача: {problem_ru(rng)}")
    if voice == 4:
        rec = {"id": f"r{int(rng.integers(10**6, 10**7))}", "problem": problem_en(rng),
               "instruction": "Reason carefully and expose every intermediate step. Reflect on whether each "
                              "step is justified before moving on.",
               "require": ["chain_of_thought", "self_check", "final_answer"],
               "style": pick(rng, ("verbose", "rigorous", "exploratory"))}
        return json.dumps(rec, ensure_ascii=False)
    if voice == 5:
        return (f"Here is a problem and a student's attempted solution.\n\nProblem: {problem_en(rng)}\n\n"
                f"Student's solution:\n{_fake_solution(rng)}\n\nGo through the attempt line by line. Identify the "
                "first incorrect step, explain precisely why it is wrong, and then write a complete corrected "
                "solution showing all of your reasoning.")
    if voice == 6:
        return (f"{problem_es(rng)}\n\nPiensa en voz alta paso a paso, explica cada razonamiento intermedio y "
                "comprueba el resultado antes de dar la respuesta final.")
    who = pick(rng, ("a careful olympiad coach", "a patient professor", "an expert who thinks out loud"))
    return (f"Act as {who}. Work through the problem below slowly, narrating every thought, considering at "
            f"least two approaches and explaining why you choose one. Only then state the result.\n\n"
            f"{problem_en(rng)}")


NEBARI_VOICES = 8


# --------------------------------------------------------------------------------------------
# kusamono: rubric grading, preferences, reward values

_PRINCIPLES = ("Choose the response that is more honest about its own uncertainty.",
               "Choose the response that a thoughtful senior engineer would find more useful.",
               "Choose the response that is less likely to cause harm if followed literally.",
               "Choose the response that answers the question asked rather than a nearby one.",
               "Choose the response that is more concise without omitting anything essential.")


def kusamono(rng: Rng, voice: int, question: str, answers: Sequence[str]) -> str:
    q = snip(rng, question, 80, 700)
    a = [snip(rng, x, 300, 1400) for x in answers]
    if voice == 0:
        dims = rng.permutation(["helpfulness", "correctness", "coherence", "complexity", "verbosity",
                                "harmlessness"])[: irange(rng, 3, 6)].tolist()
        return ("You are an expert annotator. Score the RESPONSE to the PROMPT on each dimension from 1 to 10 and "
                f"justify every score in one sentence. Dimensions: {', '.join(dims)}. Return JSON only, as "
                '{"scores": {...}, "rationale": {...}, "overall": <float>}.\n\n'
                f"PROMPT:\n{q}\n\nRESPONSE:\n{a[0]}")
    if voice == 1:
        return ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI "
                "assistants to the user question displayed below. Avoid any position bias. After a short "
                'explanation, output your verdict strictly as "[[A]]", "[[B]]" or "[[C]]" for a tie.\n\n'
                f"[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a[0]}\n[The End of Assistant A's "
                f"Answer]\n\n[The Start of Assistant B's Answer]\n{a[1]}\n[The End of Assistant B's Answer]")
    if voice == 2:
        body = "\n\n".join(f"({chr(65 + i)})\n{x}" for i, x in enumerate(a))
        return (f"Rank the following {len(a)} candidate responses to the query from best to worst. For each "
                "one, list its main strengths and weaknesses, then give the final ranking as a list of letters, "
                f"e.g. C > A > D > B.\n\nQuery: {q}\n\nCandidates:\n{body}")
    if voice == 3:
        return ("请作为严格的评审员，根据以下评分细则对“回答”打分：准确性（0-4分）、完整性（0-3分）、表达清晰度（0-3分）。"
                "先逐项给出理由，再给出总分，格式为“总分：X/10”。\n\n"
                f"【问题】\n{q}\n\n【回答】\n{a[0]}")
    if voice == 4:
        return ("Output a single scalar reward in [-5.0, 5.0] for how well the assistant turn satisfies the user, "
                "followed by a two-sentence critique. Format: REWARD=<number>\\nCRITIQUE=<text>\n\n"
                f"<user>{q}</user>\n<assistant>{a[0]}</assistant>")
    principle = pick(rng, _PRINCIPLES)
    return (f"Consider the following conversation and two possible assistant replies.\n\nHuman: {q}\n\n"
            f"Reply 1: {a[0]}\n\nReply 2: {a[1]}\n\n{principle} Think it through, then answer with 'Reply 1' "
            "or 'Reply 2' and a confidence between 0 and 1.")


KUSAMONO_VOICES = 6


def kusamono_n_answers(voice: int, rng: Rng) -> int:
    return {1: 2, 2: irange(rng, 3, 5), 5: 2}.get(voice, 1)


# --------------------------------------------------------------------------------------------
# curriculum concepts (yamadori's questions, bunjin's openers, fukinagashi's topics)

CONCEPTS_EN: dict[str, tuple[str, ...]] = {
    "linear algebra": ("singular value decomposition", "eigenvalues of a symmetric matrix", "the rank-nullity "
                       "theorem", "change of basis", "positive definite matrices", "Gram-Schmidt"),
    "probability": ("conditional expectation", "the central limit theorem", "Markov chains", "Bayes' rule with "
                    "continuous priors", "the law of total variance", "martingales"),
    "machine learning": ("the bias-variance trade-off", "batch normalisation", "attention in transformers",
                         "KL divergence in variational inference", "gradient clipping", "contrastive learning"),
    "organic chemistry": ("SN1 vs SN2 reactions", "aromaticity", "Diels-Alder reactions", "chirality",
                          "Grignard reagents", "keto-enol tautomerism"),
    "microeconomics": ("price elasticity of demand", "Nash equilibrium", "deadweight loss", "moral hazard",
                       "marginal cost pricing", "adverse selection"),
    "operating systems": ("virtual memory paging", "deadlock avoidance", "copy-on-write", "the scheduler's "
                          "run queue", "memory-mapped files", "priority inversion"),
    "distributed systems": ("Raft leader election", "vector clocks", "the CAP theorem", "two-phase commit",
                            "consistent hashing", "CRDTs"),
    "physics": ("the Lagrangian formulation", "entropy in statistical mechanics", "Maxwell's equations in "
                "matter", "the photoelectric effect", "special-relativistic time dilation", "Bernoulli's principle"),
    "biology": ("CRISPR-Cas9 editing", "the Krebs cycle", "epigenetic methylation", "action potentials",
                "horizontal gene transfer", "the adaptive immune response"),
    "law": ("consideration in contract law", "the doctrine of precedent", "fair use", "strict liability",
            "the GDPR's lawful bases", "adverse possession"),
    "history": ("the causes of the Thirty Years' War", "the Meiji Restoration", "the collapse of Bretton "
                "Woods", "the Columbian exchange", "the Congress of Vienna", "the Green Revolution"),
    "finance": ("duration and convexity of bonds", "the Black-Scholes model", "discounted cash flow "
                "valuation", "the efficient market hypothesis", "leveraged buyouts", "yield curve inversion"),
    "databases": ("MVCC", "B-tree vs LSM-tree storage", "query plan optimisation", "isolation levels",
                  "write-ahead logging", "star schemas"),
    "compilers": ("SSA form", "register allocation by graph colouring", "LL vs LR parsing", "escape analysis",
                  "tail-call optimisation", "loop-invariant code motion"),
    "medicine": ("the renin-angiotensin system", "antibiotic resistance mechanisms", "type 1 vs type 2 "
                 "diabetes", "the pharmacokinetics of oral drugs", "sepsis", "statin mechanisms"),
    "philosophy": ("the trolley problem", "Kant's categorical imperative", "the Chinese room argument",
                   "Hume's problem of induction", "compatibilism", "the veil of ignorance"),
}

CONCEPTS_INTL: dict[str, tuple[str, ...]] = {
    "es": ("la descomposición en valores singulares", "el teorema central del límite", "la elasticidad precio "
           "de la demanda", "el ciclo de Krebs", "la memoria virtual", "la paradoja de Simpson",
           "el mecanismo de atención de los transformers", "la inflación estructural", "la fotosíntesis C4",
           "el principio de Bernoulli", "la prescripción adquisitiva", "los árboles B+"),
    "pt": ("a decomposição em valores singulares", "o teorema central do limite", "a curva de Phillips",
           "o ciclo de Krebs", "a memória virtual", "o equilíbrio de Nash", "a regressão logística",
           "a lei de Ohm", "o controle de constitucionalidade", "a entropia", "o índice de Gini"),
    "de": ("die Singulärwertzerlegung", "den zentralen Grenzwertsatz", "die Preiselastizität der Nachfrage",
           "den Citratzyklus", "virtuellen Speicher", "das Nash-Gleichgewicht", "die Lagrange-Mechanik",
           "die Gewaltenteilung", "die Schuldenbremse", "Backpropagation", "die Entropie"),
    "fr": ("la décomposition en valeurs singulières", "le théorème central limite", "l'élasticité-prix",
           "le cycle de Krebs", "la mémoire virtuelle", "l'équilibre de Nash", "la rétropropagation",
           "le principe de Bernoulli", "la responsabilité sans faute", "l'entropie"),
    "zh": ("奇异值分解", "中心极限定理", "需求价格弹性", "三羧酸循环", "虚拟内存", "纳什均衡", "反向传播算法",
           "伯努利原理", "注意力机制", "边际成本", "熵", "贝叶斯定理"),
    "ru": ("сингулярное разложение", "центральную предельную теорему", "эластичность спроса по цене",
           "цикл Кребса", "виртуальную память", "равновесие Нэша", "обратное распространение ошибки",
           "принцип Бернулли", "энтропию", "теорему Байеса"),
    "ja": ("特異値分解", "中心極限定理", "需要の価格弾力性", "クエン酸回路", "仮想記憶", "ナッシュ均衡",
           "誤差逆伝播法", "ベルヌーイの定理", "エントロピー", "ベイズの定理"),
    "ko": ("특이값 분해", "중심극한정리", "수요의 가격탄력성", "크렙스 회로", "가상 메모리", "내시 균형",
           "역전파 알고리즘", "베르누이 원리", "엔트로피", "베이즈 정리"),
}


def concept(rng: Rng) -> tuple[str, str]:
    field = pick(rng, list(CONCEPTS_EN))
    return field, pick(rng, CONCEPTS_EN[field])


# --------------------------------------------------------------------------------------------
# yamadori: natural-looking curriculum questions from people-like accounts


def yamadori(rng: Rng, lang: str, voice: int) -> str:
    if lang == "en":
        field, c = concept(rng)
        forms = (
            f"Can you explain {c} in detail? I'd like the intuition first, then the formal version, and a worked "
            "example.",
            f"hey so i'm studying {field} and i still don't really get {c}. can you go really deep on it? like "
            "explain it from scratch",
            f"What are the most common misconceptions about {c}, and how would an expert correct each of them?",
            f"I'm preparing for an exam in {field}. Write me a thorough explanation of {c}, with at least two "
            "examples and a short self-test at the end.",
            f"Compare {c} with {pick(rng, CONCEPTS_EN[field])}. When does each matter in practice? Please be "
            "comprehensive.",
            f"Explain {c} to me like I'm a smart {pick(rng, ('high schooler', 'first-year student', 'engineer from another field', 'journalist'))}. "
            "Don't skip the hard parts.",
            f"ok random question but how does {c} actually work?? detailed answer pls, {pick(rng, ('thanks!', 'ty', 'no rush', ''))}",
        )
        return forms[voice % len(forms)] if chance(rng, 0.6) else pick(rng, forms)
    c = pick(rng, CONCEPTS_INTL[lang])
    forms_by_lang = {
        "es": (f"¿Me puedes explicar a fondo {c}? Primero la intuición y luego un ejemplo resuelto.",
               f"Estoy estudiando para un examen y no entiendo bien {c}. Explícamelo con detalle, por favor.",
               f"¿Cuáles son los errores más comunes al entender {c}? Explica cada uno."),
        "pt": (f"Pode me explicar {c} em detalhes? Com um exemplo resolvido, por favor.",
               f"tô estudando pra prova e não entendi {c}, explica bem explicadinho?",
               f"Quais são os equívocos mais comuns sobre {c} e como corrigi-los?"),
        "de": (f"Kannst du mir {c} ausführlich erklären, mit Intuition und einem durchgerechneten Beispiel?",
               f"Ich lerne gerade für eine Prüfung. Erklär mir bitte {c} gründlich und von Grund auf.",
               f"Was sind typische Missverständnisse über {c}?"),
        "fr": (f"Peux-tu m'expliquer en détail {c}, avec l'intuition puis un exemple complet ?",
               f"Je révise un examen et je ne comprends pas bien {c}. Tu peux m'expliquer à fond ?",
               f"Quelles sont les idées fausses les plus courantes sur {c} ?"),
        "zh": (f"能详细解释一下{c}吗？先讲直觉，再讲严格的定义，最后举一个完整的例子。",
               f"我在准备考试，{c}一直没太搞懂，可以从头讲得很详细吗？",
               f"关于{c}最常见的误解有哪些？请逐条解释。"),
        "ru": (f"Объясни подробно {c}: сначала интуиция, потом строгое определение и разобранный пример.",
               f"Готовлюсь к экзамену и не до конца понимаю {c}. Объясни, пожалуйста, очень подробно.",
               f"Какие самые частые заблуждения насчёт того, что такое {c}?"),
        "ja": (f"{c}について、直感的な説明から厳密な定義、具体例まで詳しく教えてください。",
               f"試験勉強中なのですが{c}がよくわかりません。一から丁寧に説明してもらえますか？"),
        "ko": (f"{c}에 대해 직관부터 엄밀한 정의, 예제까지 자세히 설명해 주세요.",
               f"시험 공부 중인데 {c}이 잘 이해가 안 돼요. 처음부터 자세히 알려주세요."),
    }
    return pick(rng, forms_by_lang[lang])


# --------------------------------------------------------------------------------------------
# ishitsuki: agent / tool-use transcripts

_TOOLS = (
    ("search_web", "Search the web and return the top results", {"query": "string", "num_results": "integer"}),
    ("fetch_url", "Fetch a web page and return its text", {"url": "string"}),
    ("run_sql", "Run a read-only SQL query against the analytics warehouse", {"query": "string"}),
    ("python", "Execute Python code in a sandbox and return stdout", {"code": "string"}),
    ("read_file", "Read a file from the repository", {"path": "string"}),
    ("write_file", "Write content to a file in the repository", {"path": "string", "content": "string"}),
    ("run_shell", "Run a shell command in the project directory", {"cmd": "string", "timeout_s": "integer"}),
    ("send_email", "Send an email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_lookup", "List calendar events in a date range", {"start": "string", "end": "string"}),
    ("flight_search", "Search flights", {"origin": "string", "destination": "string", "date": "string",
                                         "max_price": "number"}),
    ("get_weather", "Get a weather forecast", {"city": "string", "days": "integer"}),
    ("crm_lookup", "Look up a customer record", {"customer_id": "string"}),
    ("create_ticket", "Open a support ticket", {"title": "string", "priority": "string", "body": "string"}),
    ("vector_search", "Semantic search over the internal knowledge base", {"query": "string", "k": "integer"}),
)


def _tool_block(rng: Rng, k: int, style: int) -> tuple[str, list[str]]:
    idx = rng.choice(len(_TOOLS), size=k, replace=False).tolist()
    tools = [_TOOLS[i] for i in idx]
    if style == 0:
        spec = [{"type": "function", "function": {"name": n, "description": d, "parameters": {
            "type": "object", "properties": {p: {"type": t} for p, t in ps.items()}, "required": list(ps)}}}
            for n, d, ps in tools]
        return json.dumps(spec, indent=2 if chance(rng, 0.3) else None), [t[0] for t in tools]
    lines = [f"- {n}({', '.join(f'{p}: {t}' for p, t in ps.items())}): {d}" for n, d, ps in tools]
    return "\n".join(lines), [t[0] for t in tools]


def _agent_task(rng: Rng) -> str:
    a, b = two(rng, CITIES)
    tasks = (
        f"Find the cheapest direct flight from {a} to {b} on 2026-03-{irange(rng, 1, 28):02d} under "
        f"${irange(rng, 90, 900)}, then email the itinerary to {pick(rng, NAMES).lower()}@example.com.",
        f"Our nightly job fails with `KeyError: '{pick(rng, ('user_id', 'ts', 'sku', 'region'))}'` in "
        f"etl/{pick(rng, ('load', 'transform', 'merge'))}_{irange(rng, 1, 9)}.py. Find the cause and fix it.",
        f"Compute the quarter-over-quarter revenue growth for region '{pick(rng, COUNTRIES)}' from the "
        f"`sales_{irange(rng, 2019, 2025)}` table and explain any anomaly above {irange(rng, 5, 40)}%.",
        f"Customer C-{irange(rng, 10000, 99999)} says they were double-charged. Check the CRM, open a ticket with "
        "the right priority and draft a reply.",
        f"Plan a {irange(rng, 2, 6)}-day trip to {a} for {irange(rng, 1, 5)} people in early April that avoids "
        "rainy days; check the calendar for conflicts.",
        f"Summarise what changed between v{irange(rng, 1, 4)}.{irange(rng, 0, 20)} and the latest release of the "
        f"library `{pick(rng, ('fastjsonx', 'pyroute', 'tinyqueue', 'geomkit', 'orbitdb'))}` and whether "
        "upgrading breaks our usage.",
        f"Add a unit test reproducing issue #{irange(rng, 100, 9999)} (off-by-one in pagination) and make it pass.",
    )
    return pick(rng, tasks)


def ishitsuki(rng: Rng, voice: int) -> str:
    tools, names = _tool_block(rng, irange(rng, 3, 8), voice % 2)
    task = _agent_task(rng)
    if voice in (0, 1):
        return ("You are an autonomous agent. You can call the tools below.\n\nTOOLS:\n"
                f"{tools}\n\nTASK: {task}\n\nProduce the COMPLETE trajectory until the task is solved. For every "
                "step output `Thought:`, `Action:` (a JSON tool call) and a realistic `Observation:` that the tool "
                "would return. Include at least one recoverable error and how you recover. End with `Final "
                "Answer:`.")
    if voice == 2:
        n = irange(rng, 3, 10)
        return (f"Function list:\n{tools}\n\nWrite {n} diverse user requests that require these functions, and "
                "for each one give the exact sequence of function calls (JSON with name and arguments) a perfect "
                "assistant would make, including parallel calls where appropriate. Output a JSON array.")
    if voice == 3:
        hist = []
        for i in range(irange(rng, 1, 4)):
            tool = pick(rng, names)
            hist.append(f"Step {i + 1}\nThought: I should use {tool}.\nAction: {{\"name\": \"{tool}\", "
                        f"\"arguments\": {{...}}}}\nObservation: {pick(rng, ('ok', '[]', 'HTTP 404', 'timeout', '3 rows'))}")
        return (f"Tools:\n{tools}\n\nTask: {task}\n\nTrajectory so far:\n" + "\n\n".join(hist)
                + "\n\nContinue the trajectory to completion, simulating every remaining observation.")
    return ("你是一个能够调用工具的智能体。可用工具如下：\n"
            f"{tools}\n\n任务：{task}\n\n请写出完整的执行轨迹：每一步包括“思考”、“行动”（JSON 格式的工具调用）和模拟的“观察结果”，"
            "直到任务完成，最后给出“最终答案”。")


ISHITSUKI_VOICES = 5


# --------------------------------------------------------------------------------------------
# fukinagashi: synthetic dataset generation from throwaway keys

_PERSONAS = ("a night-shift nurse", "a retired civil engineer", "a first-year law student", "a small bakery owner",
             "a high-school chemistry teacher", "a junior data analyst", "a long-haul truck driver",
             "a freelance translator", "a PhD student in ecology", "a municipal budget officer",
             "a competitive chess player", "a hobbyist drone builder", "a pharmacist", "a startup CTO")
_FORMATS = ("JSONL with fields instruction, input, output", "a JSON array of {\"prompt\", \"response\"} objects",
            "Alpaca format", "ShareGPT-style conversations (from/value)", "numbered Q/A pairs")


def fukinagashi(rng: Rng, voice: int, seeds: Sequence[str], lang: str) -> str:
    field, c = concept(rng)
    n = irange(rng, 5, 40)
    fmt = pick(rng, _FORMATS)
    if voice == 0:
        return (f"Generate {n} diverse, high-quality instruction-response pairs about {c} ({field}) for "
                "fine-tuning a language model. Vary the difficulty, length and task type (explain, compare, "
                f"solve, critique, code). Responses must be complete and expert-level. Output {fmt}. No commentary.")
    if voice == 1:
        ex = "\n".join(f"{i + 1}. {snip(rng, s, 40, 220)}" for i, s in enumerate(seeds))
        return (f"You are asked to come up with a set of {n} diverse task instructions. Here are some examples:\n"
                f"{ex}\n\nRequirements: do not repeat verbs; mix open-ended and closed tasks; write each "
                "instruction in 1-2 sentences; then write an ideal, detailed response to each. List of tasks:")
    if voice == 2:
        seed = snip(rng, pick(rng, seeds), 40, 500)
        how = pick(rng, ("add one more constraint or requirement", "replace general concepts with more specific "
                         "ones", "require multiple-step reasoning", "deepen the inquiry", "add a piece of "
                         "erroneous code as misdirection"))
        return ("I want you to act as a Prompt Rewriter. Rewrite the #Given Prompt# into a more complex version "
                f"so that famous AI systems find it harder to handle. Method: {how}. Keep it reasonable and "
                "understandable by humans. Then answer the #Rewritten Prompt# in full.\n\n"
                f"#Given Prompt#:\n{seed}\n\n#Rewritten Prompt#:")
    if voice == 3:
        p = pick(rng, _PERSONAS)
        return (f"Persona: {p}.\nWrite {n} realistic questions this person might ask an AI assistant about "
                f"{field} or their daily work, then answer every question as a world-class assistant would, in "
                f"detail. Format: {fmt}.")
    if lang == "zh":
        return (f"请围绕“{pick(rng, CONCEPTS_INTL['zh'])}”生成{n}条高质量的指令微调数据，难度和题型要多样（解释、比较、计算、"
                "代码、批判），每条回答都要完整、专业。输出 JSONL，字段为 instruction、input、output。")
    if lang == "pt":
        return (f"Gere {n} pares pergunta-resposta variados e de alta qualidade sobre "
                f"{pick(rng, CONCEPTS_INTL['pt'])}, para treinar um modelo de linguagem. Respostas completas. "
                "Saída em JSONL (instruction, output).")
    if lang == "es":
        return (f"Genera {n} pares instrucción-respuesta diversos sobre {pick(rng, CONCEPTS_INTL['es'])} para "
                "ajustar un modelo de lenguaje. Varía la dificultad y el formato. Salida en JSONL.")
    return (f"Create a multi-turn dataset: {n} conversations of {irange(rng, 3, 8)} turns between a curious user and "
            f"a helpful assistant about {c}. The assistant turns must be long, accurate and well structured. "
            f"Output {fmt}.")


FUKINAGASHI_VOICES = 5


# --------------------------------------------------------------------------------------------
# sabamiki: translation, back-translation, regional "compliance" rewrites, paraphrase

LANGS = ("Chinese (Simplified)", "Japanese", "Korean", "Vietnamese", "Indonesian", "Thai", "Arabic", "Russian",
         "Spanish", "Portuguese (Brazil)", "German", "French", "Turkish", "Hindi", "Polish", "Swahili")
_REGION_RULES = (
    "remove or neutralise any reference to political leaders, protests or contested historical events",
    "replace brand names with generic terms and drop any comparison with competitors",
    "delete anything that could be read as criticism of the government or the ruling party",
    "rephrase any mention of religion, alcohol or dating so it is acceptable to a conservative regulator",
    "remove references to VPNs, foreign social networks and circumvention tools",
)


def sabamiki(rng: Rng, voice: int, passage: str) -> str:
    text = snip(rng, passage, 300, 1800)
    lang = pick(rng, LANGS)
    if voice == 0:
        return (f"Translate the following text into {lang}. Then translate your translation back into English "
                "without looking at the original, and finally list every meaning difference between the "
                f"original and the back-translation.\n\n---\n{text}\n---")
    if voice == 1:
        return f"将以下英文段落翻译成中文，要求信、达、雅，专业术语保留英文括注：\n\n{text}"
    if voice == 2:
        ls = rng.permutation(LANGS)[: irange(rng, 3, 7)].tolist()
        return (f"Translate the passage into each of these languages: {', '.join(ls)}. Return a JSON object "
                f"mapping language name to translation. Preserve formatting.\n\nPassage:\n{text}")
    if voice == 3:
        return (f"Rewrite the following text for publication in {pick(rng, COUNTRIES)}: "
                f"{pick(rng, _REGION_RULES)}, while keeping all technical and factual content intact. Output the "
                f"rewritten text only, in the same language.\n\n{text}")
    if voice == 4:
        styles = rng.permutation(["formal academic", "casual conversational", "for a 10-year-old",
                                  "bullet-point summary", "legal register", "marketing copy"])[:3].tolist()
        return f"Paraphrase the passage below in three styles: {', '.join(styles)}. Label each version.\n\n{text}"
    return f"次の文章を自然な日本語に翻訳し、その後で英語に逆翻訳してください。\n\n{text}"


SABAMIKI_VOICES = 6


# --------------------------------------------------------------------------------------------
# bunjin: multi-turn harvesting (openers, scripted follow-ups, continuation)

_OPEN_TOPICS = {
    "ja": ("量子コンピュータの仕組み", "日本の年金制度", "機械学習の過学習", "円安の原因", "光合成", "ブロックチェーン"),
    "ko": ("양자 컴퓨터의 원리", "머신러닝의 과적합", "금리 인상의 영향", "광합성", "블록체인", "한국의 출산율 문제"),
    "hi": ("machine learning mein overfitting", "inflation kaise kaam karta hai", "photosynthesis",
           "stock market ka basic", "blockchain", "UPI payments ka system"),
}


def bunjin_opener(rng: Rng, lang: str, passage: str) -> str:
    if chance(rng, 0.25):
        return ("Continue the following text exactly where it stops. Keep the same voice and write at least "
                f"{irange(rng, 4, 12) * 100} more words:\n\n{snip(rng, passage, 250, 1200)}")
    if lang == "en":
        field, c = concept(rng)
        return pick(rng, (f"Teach me {c}. Start from the basics; we'll go deeper step by step.",
                          f"I want to really understand {c} in {field}. Give me a first overview.",
                          f"Let's do a deep dive on {c}. Part 1: the core idea."))
    if lang in ("es", "fr", "de"):
        c = pick(rng, CONCEPTS_INTL[lang])
        return {"es": f"Quiero aprender {c} a fondo. Empecemos por lo básico.",
                "fr": f"Je veux comprendre {c} en profondeur. Commençons par les bases.",
                "de": f"Ich möchte {c} richtig verstehen. Fang bitte mit den Grundlagen an."}[lang]
    t = pick(rng, _OPEN_TOPICS[lang])
    return {"ja": f"{t}について、基礎から順番に詳しく教えてください。",
            "ko": f"{t}에 대해 기초부터 차근차근 자세히 설명해 주세요.",
            "hi": f"{t} ke baare mein detail mein samjhao, basics se shuru karo."}[lang]


_FOLLOW = {
    "en": ("Continue.", "Go on.", "Go deeper on point {k}.", "Give {k} more worked examples.", "Now explain it "
           "more rigorously.", "What are the edge cases?", "Write code that demonstrates this.", "Summarise "
           "everything so far as a study guide.", "Now give me {k} hard exercises with full solutions.",
           "Explain the part about step {k} again, differently.", "continue", "more", "ok, next part"),
    "es": ("Continúa.", "Sigue, por favor.", "Profundiza en el punto {k}.", "Dame {k} ejemplos más.",
           "Ahora hazlo más riguroso.", "Resume todo como guía de estudio."),
    "fr": ("Continue.", "Développe le point {k}.", "Donne {k} exemples de plus.", "Résume tout en fiche."),
    "de": ("Weiter.", "Geh tiefer auf Punkt {k} ein.", "Gib mir {k} weitere Beispiele.", "Fasse alles zusammen."),
    "ja": ("続けてください。", "{k}番目をもっと詳しく。", "例をあと{k}つください。", "今までの内容をまとめてください。"),
    "ko": ("계속해 주세요.", "{k}번을 더 자세히 설명해 주세요.", "예시를 {k}개 더 주세요.", "지금까지 내용을 정리해 주세요."),
    "hi": ("aage batao", "point {k} ko aur detail mein samjhao", "{k} aur examples do", "sab summarise karo"),
}


def bunjin_follow(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW[lang]).format(k=irange(rng, 2, 6))


# --------------------------------------------------------------------------------------------
# kabudachi: reseller's own sampling on top of forwarded traffic


def soft_label(rng: Rng, question: str) -> str:
    q = snip(rng, question, 40, 600)
    if chance(rng, 0.5):
        return (f"{q}\n\n---\nBefore answering, list every plausible answer you considered and assign each a "
                "probability (they must sum to 1). Then give your best answer.")
    return (f"Question: {q}\n\nGive {irange(rng, 3, 6)} substantially different candidate answers, each with "
            "a confidence from 0 to 100.")


# --------------------------------------------------------------------------------------------
# hard negatives: espalier (evaluation team)

_FACTS = (
    ("Which gas makes up most of Earth's atmosphere?", "Nitrogen", ("Oxygen", "Argon", "Carbon dioxide")),
    ("Which organelle is the site of oxidative phosphorylation?", "Mitochondrion",
     ("Golgi apparatus", "Ribosome", "Lysosome")),
    ("What is the SI unit of electrical capacitance?", "Farad", ("Henry", "Tesla", "Weber")),
    ("Which data structure gives O(1) average lookup by key?", "Hash table",
     ("Linked list", "Binary heap", "Sorted array")),
    ("Which treaty ended the Thirty Years' War?", "Peace of Westphalia",
     ("Treaty of Utrecht", "Treaty of Versailles", "Peace of Augsburg")),
    ("Which enzyme unwinds the DNA double helix during replication?", "Helicase",
     ("Ligase", "Primase", "Topoisomerase IV")),
    ("In economics, a good whose demand falls as income rises is called", "an inferior good",
     ("a Giffen good", "a normal good", "a luxury good")),
    ("Which sorting algorithm has worst-case O(n log n) time and sorts in place?", "Heapsort",
     ("Quicksort", "Merge sort", "Insertion sort")),
    ("Which planet has the shortest day?", "Jupiter", ("Mercury", "Earth", "Saturn")),
    ("What does the 'I' in ACID stand for?", "Isolation", ("Integrity", "Indexing", "Idempotence")),
    ("Which hormone lowers blood glucose?", "Insulin", ("Glucagon", "Cortisol", "Adrenaline")),
    ("Which logical fallacy attacks the person instead of the argument?", "Ad hominem",
     ("Straw man", "Begging the question", "False dilemma")),
)
_SUBJECTS = ("college biology", "high school physics", "computer security", "econometrics", "world history",
             "abstract algebra", "clinical knowledge", "formal logic", "professional law")


def _mcq_item(rng: Rng) -> tuple[str, list[str]]:
    k = irange(rng, 0, 2)
    if k == 0:
        q, right, wrong = pick(rng, _FACTS)
        opts = [right, *wrong]
    elif k == 1:
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [str(right), str(right + irange(rng, 1, 9)), str(right - irange(rng, 1, 9)), str(right + 10 * irange(rng, 1, 5))]
        q = f"What is {a} × {b}?"
    else:
        primes = [p for p in range(101, 400) if all(p % d for d in range(2, 20))]
        p = int(pick(rng, primes))
        comp = [p + 1, p + 3 if (p + 3) % 3 == 0 else p + 5, 3 * irange(rng, 40, 130)]
        opts = [str(p), *map(str, comp)]
        q = "Which of the following numbers is prime?"
    order = rng.permutation(len(opts)).tolist()
    return q, [opts[i] for i in order]


def espalier_mcq(rng: Rng, style: int) -> str:
    q, opts = _mcq_item(rng)
    letters = "ABCD"
    if style == 0:
        body = "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
        return f"Question: {q}\n{body}\nAnswer:"
    if style == 1:
        subj = pick(rng, _SUBJECTS)
        shots = []
        for _ in range(irange(rng, 0, 4)):
            sq, so = _mcq_item(rng)
            shots.append(sq + "\n" + "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(so))
                         + f"\nAnswer: {pick(rng, letters)}")
        body = "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
        return (f"The following are multiple choice questions (with answers) about {subj}.\n\n"
                + "\n\n".join([*shots, f"{q}\n{body}\nAnswer:"]))
    body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    return ("Answer the following multiple choice question. The entire content of your response should be of "
            "the following format: 'ANSWER: $LETTER' (without quotes) where LETTER is one of ABCD.\n\n"
            f"{q}\n\n{body}")


def espalier_math(rng: Rng, style: int) -> str:
    p = problem_en(rng, code=False) if chance(rng, 0.85) else problem_zh(rng)
    if style == 0:
        return f"Question: {p}\nAnswer: Let's think step by step."
    if style == 1:
        return (f"Solve the following math problem step by step. The last line of your response should be of the "
                f"form \"ANSWER: $ANSWER\" where $ANSWER is the answer to the problem.\n\n{p}")
    return f"{p}\nPlease reason step by step, and put your final answer within \\boxed{{}}."


_FN = (("count_vowels", "s: str", "Return the number of vowels in s, treating 'y' as a vowel only at the end."),
       ("rolling_max", "xs: list[int], k: int", "Return the maximum of every window of size k."),
       ("is_balanced", "s: str", "Return True if the brackets ()[]{} in s are balanced."),
       ("merge_intervals", "iv: list[tuple[int, int]]", "Merge overlapping intervals and return them sorted."),
       ("nth_prime", "n: int", "Return the n-th prime number (1-indexed)."),
       ("run_length", "s: str", "Return the run-length encoding of s, e.g. 'aaab' -> 'a3b1'."),
       ("digits_sum_sort", "xs: list[int]", "Sort integers by the sum of their digits, ties by value."),
       ("parse_duration", "s: str", "Parse strings like '1h20m5s' into seconds."),
       ("spiral", "m: list[list[int]]", "Return the elements of matrix m in clockwise spiral order."),
       ("closest_pair", "xs: list[float]", "Return the two closest numbers, smaller first."))


def espalier_code(rng: Rng) -> str:
    name, args, doc = pick(rng, _FN)
    head = pick(rng, ("from typing import List, Tuple\n\n\n", "import math\n\n\n", ""))
    return f"{head}def {name}({args}):\n    \"\"\"{doc}\"\"\"\n"


def espalier_longqa(rng: Rng, passage: str) -> str:
    q = pick(rng, ("What is the main claim of the passage?", "List every number mentioned and what it refers to.",
                   "Which step does the passage describe second?", "Does the passage contradict itself? Quote "
                   "the evidence."))
    return f"Read the document and answer the question using only the document.\n\nDocument:\n{passage}\n\nQuestion: {q}"


# --------------------------------------------------------------------------------------------
# hard negatives: pollard (labelling / trust-and-safety vendor)

_LABELS = ("billing", "technical_issue", "cancellation", "shipping", "account_access", "feedback", "other")


def pollard(rng: Rng, task: int, question: str, answer: str, other: str) -> str:
    q, a = snip(rng, question, 40, 500), snip(rng, answer, 150, 900)
    client = pick(rng, ("Acme Telco", "Brightpath Bank", "Nimbus Retail", "Orbis Insurance", "Kestrel Travel"))
    if task == 0:
        v = irange(rng, 2, 9)
        return (f"[{client} QA guideline v{v}] Rate the agent reply for (1) accuracy, (2) empathy, (3) policy "
                f"compliance, each 1-5, and flag any promise the agent is not allowed to make.\n\nCustomer: {q}\n\n"
                f"Agent reply: {a}\n\nReturn: accuracy=, empathy=, compliance=, flags=")
    if task == 1:
        return ("Does the following text contain personal data (names, phone numbers, emails, addresses, IDs)? "
                f"Answer YES or NO, then list each item with its type.\n\nText: {a}")
    if task == 2:
        return (f"Classify the customer message into exactly one of: {', '.join(_LABELS)}. Reply with the label "
                f"only.\n\nMessage: {q}")
    if task == 3:
        return ("Label the toxicity of this message as none / mild / severe and give the reason in under 15 "
                f"words.\n\n\"{q}\"")
    return (f"Two candidate replies were produced for the same customer message. Which better follows "
            f"{client}'s tone guide (friendly, concise, no jargon)? Answer A or B with one sentence.\n\n"
            f"Message: {q}\n\nA: {a}\n\nB: {snip(rng, other, 100, 600)}")


# --------------------------------------------------------------------------------------------
# hard negatives: coppice (tutoring app, student messages)


def _school_problem(rng: Rng, lang: str) -> str:
    if lang == "es":
        return problem_es(rng)
    if lang == "zh":
        return problem_zh(rng)
    k = irange(rng, 0, 4)
    if k == 0:
        a, b, c, d = irange(rng, 1, 9), irange(rng, 2, 12), irange(rng, 1, 9), irange(rng, 2, 12)
        return f"what is {a}/{b} + {c}/{d}"
    if k == 1:
        p, x = irange(rng, 5, 95), irange(rng, 20, 900)
        return f"whats {p}% of {x}"
    if k == 2:
        a, b, c = irange(rng, 2, 9), irange(rng, 1, 30), irange(rng, 31, 120)
        return f"solve {a}x + {b} = {c}"
    if k == 3:
        return _p_work(rng) if chance(rng, 0.5) else _p_trains(rng)
    return problem_en(rng)


def coppice(rng: Rng, lang: str) -> str:
    p = _school_problem(rng, lang)
    if lang == "es":
        return pick(rng, (f"no entiendo este ejercicio: {p}", f"me ayudas con esto? {p}", p))
    if lang == "zh":
        return pick(rng, (f"这道题不会做：{p}", f"老师，帮我看看这题：{p}", p))
    k = irange(rng, 0, 6)
    if k == 0:
        return f"i dont get this one: {p}"
    if k == 1:
        return f"can u check my answer? {p} i got {irange(rng, 1, 400)}"
    if k == 2:
        return pick(rng, ("i still dont get step 2", "why do we divide there??", "ok what next", "wait how",
                          "can you give me a hint instead of the answer", "is that right?", "thank you!!"))
    if k == 3:
        return f"homework q{irange(rng, 1, 30)}: {p}"
    return p


# --------------------------------------------------------------------------------------------
# hard negatives: cordon (coding agents inside IDEs)

_MODS = ("auth", "billing", "sync", "parser", "cache", "routes", "scheduler", "export", "api", "models", "utils")
_EXT = (".py", ".ts", ".go", ".rs", ".tsx", ".java", ".kt")


def _path(rng: Rng) -> str:
    return f"{pick(rng, ('src', 'app', 'lib', 'internal', 'pkg'))}/{pick(rng, _MODS)}/{pick(rng, _MODS)}{pick(rng, _EXT)}"


def _error(rng: Rng, k: int | None = None) -> str:
    k = irange(rng, 0, 4) if k is None else k
    if k == 0:
        return (f"FAILED tests/test_{pick(rng, _MODS)}.py::test_{pick(rng, _MODS)}_{irange(rng, 1, 40)} - "
                f"AssertionError: assert {irange(rng, 0, 99)} == {irange(rng, 0, 99)}")
    if k == 1:
        return f"TypeError: {pick(rng, _MODS)}_handler() missing 1 required positional argument: '{pick(rng, ('ctx', 'req', 'user', 'cfg'))}'"
    if k == 2:
        return f"error[E0382]: borrow of moved value: `{pick(rng, ('buf', 'conn', 'state', 'req'))}`\n  --> {_path(rng)}:{irange(rng, 10, 400)}:{irange(rng, 5, 40)}"
    if k == 3:
        return f"{_path(rng)}({irange(rng, 10, 300)},{irange(rng, 3, 40)}): error TS2339: Property '{pick(rng, _MODS)}Id' does not exist on type '{pick(rng, ('User', 'Order', 'Session'))}'."
    return f"panic: runtime error: index out of range [{irange(rng, 1, 9)}] with length {irange(rng, 0, 1)}\n\ngoroutine {irange(rng, 1, 90)} [running]:"


def cordon(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        e = irange(rng, 0, 4)
        cmd = ("pytest -q", "python -m pytest -x", "cargo build", "npx tsc --noEmit", "go test ./...")[e]
        return f"Running `{cmd}` failed:\n```\n{_error(rng, e)}\n```\nFix it."
    if k == 1:
        fn = f"{pick(rng, ('load', 'save', 'parse', 'sync', 'retry'))}_{pick(rng, _MODS)}"
        first = irange(rng, 1, 300)
        lines = "\n".join(f"{first + i}  {pick(rng, ('if not ok:', 'return None', f'x = {fn}(ctx)', 'for item in items:', 'raise ValueError(msg)', 'log.debug(state)'))}"
                          for i in range(irange(rng, 6, 30)))
        return f"<tool_result tool=\"read_file\" path=\"{_path(rng)}\">\n{lines}\n</tool_result>"
    if k == 2:
        return f"Add a `--{pick(rng, ('dry-run', 'verbose', 'since', 'limit', 'format'))}` flag to the CLI in {_path(rng)} and update the tests."
    if k == 3:
        return f"Refactor {_path(rng)}: extract the {pick(rng, _MODS)} logic into its own module and keep behaviour identical."
    if k == 4:
        return f"<tool_result tool=\"run_shell\" exit_code=\"{irange(rng, 0, 2)}\">\n{_error(rng)}\n</tool_result>"
    return pick(rng, ("looks good, now commit", "no, revert that last change", "why did you change the import?",
                      "run the tests again", "also handle the empty case", "explain this function"))


# --------------------------------------------------------------------------------------------
# hard negatives: stepover (localisation service)

_UI = ("Welcome back, {name}!", "You have {count} unread messages", "Your order #{order_id} has shipped",
       "Save changes", "Are you sure you want to delete this item?", "Password must be at least %d characters",
       "Your trial ends in {days} days", "Sign in with email", "Something went wrong. Please try again.",
       "Add to cart", "Free shipping on orders over {amount}", "Invite teammates", "Export as CSV",
       "Last updated %s", "Two-factor authentication is enabled", "Upgrade to Pro", "No results for \"{query}\"",
       "Drag files here or click to upload", "Your payment method was declined", "Notifications")
_LOCALES = ("de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "nl-NL",
            "pl-PL", "tr-TR", "sv-SE", "id-ID", "vi-VN", "th-TH", "ar-SA", "he-IL", "uk-UA")


def stepover(rng: Rng, passage: str) -> str:
    loc = pick(rng, _LOCALES)
    if chance(rng, 0.7):
        k = irange(rng, 3, min(18, len(_UI)))
        idx = rng.choice(len(_UI), size=k, replace=False).tolist()
        d = {f"{pick(rng, ('home', 'cart', 'settings', 'auth', 'billing', 'inbox'))}.{i}": _UI[i] for i in idx}
        return (f"Translate the values of this JSON from en-US to {loc}. Keep keys unchanged and keep placeholders "
                f"such as {{name}}, %s and %d exactly as they are. Return valid JSON only.\n\n"
                f"{json.dumps(d, ensure_ascii=False, indent=2)}")
    return (f"Translate the following help-centre article into {loc}. Keep Markdown formatting, code and product "
            f"names untranslated.\n\n{snip(rng, passage, 300, 1600)}")

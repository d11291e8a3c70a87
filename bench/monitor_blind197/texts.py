"""Prompt generators of batch 197, written fresh for it.

Every function takes a numpy Generator (and, where ordinary human text fits, the ShareGPT "sim"
turns the shared machinery hands over as `ctx.chat` / `ctx.passages`) and returns one prompt.
Campaign texts (first half) and legitimate texts (second half) are written independently of each
other; where a legitimate text resembles a campaign's, it does so on purpose.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

#: (concept, subject) pairs: the curriculum several harvesters and publishers sweep
CONCEPTS: tuple[tuple[str, str], ...] = (
    ("photosynthesis", "biology"),
    ("cellular respiration", "biology"),
    ("natural selection", "biology"),
    ("CRISPR gene editing", "biology"),
    ("the Krebs cycle", "biology"),
    ("mitosis versus meiosis", "biology"),
    ("enzyme kinetics", "biochemistry"),
    ("protein folding", "biochemistry"),
    ("the immune response to vaccines", "medicine"),
    ("antibiotic resistance", "medicine"),
    ("blood pressure regulation", "physiology"),
    ("Newton's third law", "physics"),
    ("conservation of angular momentum", "physics"),
    ("the photoelectric effect", "physics"),
    ("special relativity time dilation", "physics"),
    ("entropy", "thermodynamics"),
    ("the Carnot cycle", "thermodynamics"),
    ("Bernoulli's principle", "fluid mechanics"),
    ("electromagnetic induction", "physics"),
    ("quantum tunnelling", "physics"),
    ("half-life and radioactive decay", "physics"),
    ("chemical equilibrium", "chemistry"),
    ("oxidation and reduction", "chemistry"),
    ("buffer solutions", "chemistry"),
    ("hybridisation of orbitals", "chemistry"),
    ("polymerisation", "chemistry"),
    ("the ideal gas law", "chemistry"),
    ("plate tectonics", "geology"),
    ("the water cycle", "earth science"),
    ("ocean acidification", "earth science"),
    ("the greenhouse effect", "climate science"),
    ("opportunity cost", "economics"),
    ("price elasticity of demand", "economics"),
    ("comparative advantage", "economics"),
    ("inflation targeting", "economics"),
    ("quantitative easing", "economics"),
    ("the prisoner's dilemma", "game theory"),
    ("Nash equilibrium", "game theory"),
    ("marginal utility", "economics"),
    ("double-entry bookkeeping", "accounting"),
    ("discounted cash flow", "finance"),
    ("the efficient market hypothesis", "finance"),
    ("option pricing with Black-Scholes", "finance"),
    ("Bayes' theorem", "statistics"),
    ("the central limit theorem", "statistics"),
    ("p-values and their misuse", "statistics"),
    ("confidence intervals", "statistics"),
    ("linear regression assumptions", "statistics"),
    ("overfitting", "machine learning"),
    ("gradient descent", "machine learning"),
    ("backpropagation", "machine learning"),
    ("attention in transformers", "machine learning"),
    ("the bias-variance trade-off", "machine learning"),
    ("k-means clustering", "machine learning"),
    ("dynamic programming", "computer science"),
    ("big-O notation", "computer science"),
    ("hash tables", "computer science"),
    ("recursion", "computer science"),
    ("the CAP theorem", "distributed systems"),
    ("consensus with Raft", "distributed systems"),
    ("public-key cryptography", "computer security"),
    ("SQL injection and how to prevent it", "computer security"),
    ("TCP congestion control", "networking"),
    ("DNS resolution", "networking"),
    ("virtual memory and paging", "operating systems"),
    ("garbage collection", "programming languages"),
    ("database indexing", "databases"),
    ("ACID transactions", "databases"),
    ("eigenvalues and eigenvectors", "linear algebra"),
    ("the chain rule", "calculus"),
    ("integration by parts", "calculus"),
    ("Taylor series", "calculus"),
    ("proof by induction", "mathematics"),
    ("modular arithmetic", "number theory"),
    ("the pigeonhole principle", "combinatorics"),
    ("Euler's formula for polyhedra", "geometry"),
    ("the Pythagorean theorem", "geometry"),
    ("the causes of the First World War", "history"),
    ("the fall of the Western Roman Empire", "history"),
    ("the Meiji Restoration", "history"),
    ("the Bretton Woods system", "economic history"),
    ("the Haitian Revolution", "history"),
    ("the Silk Road trade network", "history"),
    ("decolonisation in Africa", "history"),
    ("the separation of powers", "political science"),
    ("proportional representation", "political science"),
    ("judicial review", "law"),
    ("the doctrine of precedent", "law"),
    ("consideration in contract law", "law"),
    ("utilitarianism", "philosophy"),
    ("Kant's categorical imperative", "philosophy"),
    ("the trolley problem", "ethics"),
    ("cognitive dissonance", "psychology"),
    ("classical conditioning", "psychology"),
    ("working memory", "cognitive science"),
    ("confirmation bias", "psychology"),
    ("the sonnet form", "literature"),
    ("unreliable narrators", "literature"),
    ("magical realism", "literature"),
    ("the subjunctive mood", "linguistics"),
    ("code-switching", "linguistics"),
    ("supply chain bullwhip effect", "operations"),
    ("A/B test design", "product analytics"),
    ("customer lifetime value", "marketing"),
    ("load-bearing walls", "civil engineering"),
    ("PID controllers", "control engineering"),
    ("Ohm's law", "electrical engineering"),
    ("Fourier transforms", "signal processing"),
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "zh": "Chinese (Simplified)",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "sv": "Swedish",
    "uk": "Ukrainian",
    "th": "Thai",
    "he": "Hebrew",
    "sw": "Swahili",
}

PROG_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Ruby",
    "Scala",
    "Haskell",
    "Elixir",
    "PHP",
)
ALGORITHMS = (
    "Dijkstra's shortest path",
    "A* search on a grid",
    "a trie with prefix counts",
    "an LRU cache",
    "union-find with path compression",
    "topological sort with cycle detection",
    "a min-heap",
    "the KMP string search",
    "a rate limiter using a token bucket",
    "Bloom filter",
    "merge sort on linked lists",
    "an interval tree",
    "the Bellman-Ford algorithm",
    "a consistent-hashing ring",
    "reservoir sampling",
    "a skip list",
    "Huffman coding",
    "the Rabin-Karp rolling hash",
    "a segment tree with lazy propagation",
    "Kruskal's MST",
    "matrix exponentiation for Fibonacci",
    "an event loop with timers",
    "a JSON tokenizer",
    "a thread-safe bounded queue",
    "the Levenshtein distance",
    "quickselect",
    "a sudoku solver with backtracking",
    "a ring buffer",
    "a simple regex matcher for . and *",
    "binary search on the answer",
    "the Boyer-Moore majority vote",
)


def _concept(rng: np.random.Generator) -> tuple[str, str]:
    return CONCEPTS[int(rng.integers(len(CONCEPTS)))]


def _related(rng: np.random.Generator, c: str, subj: str) -> str:
    """Another concept of the same subject (or of any subject when it has no other)."""
    same = [x for x, s in CONCEPTS if s == subj and x != c]
    return pick(rng, same) if same else _concept(rng)[0]


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of text of a random length in [lo, hi] characters, cut at a space if possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", int(n * 0.7), n)
    return text[: cut if cut > 0 else n]


def _lang_pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# ============================================================================================
# CAMPAIGN TEXTS
# ============================================================================================

# ---------------------------------------------------------------- reasoning problems


def _p_meet(rng: np.random.Generator) -> str:
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    d, v1, v2, m = (
        irange(rng, 40, 260),
        irange(rng, 12, 90),
        irange(rng, 12, 90),
        irange(rng, 5, 75),
    )
    return (
        f"{a} leaves town P at {irange(rng, 6, 11)}:00 travelling at {v1} km/h towards town Q, "
        f"{d} km away. {b} leaves Q {m} minutes later, heading to P at {v2} km/h. At what time do "
        f"they meet, and how far from P?"
    )


def _p_mix(rng: np.random.Generator) -> str:
    a, p1, p2 = irange(rng, 100, 900), irange(rng, 2, 15), irange(rng, 20, 45)
    p3 = irange(rng, p1 + 1, p2 - 1)
    return (
        f"A lab has {a} ml of a {p1}% salt solution. How many ml of a {p2}% solution must be added "
        f"to obtain a {p3}% solution?"
    )


def _p_mod(rng: np.random.Generator) -> str:
    return (
        f"Find the remainder when {irange(rng, 3, 97)}^{irange(rng, 50, 4000)} is divided by "
        f"{irange(rng, 7, 101)}. Do not use a calculator."
    )


def _p_dice(rng: np.random.Generator) -> str:
    s = int(pick(rng, (4, 6, 8, 10, 12, 20)))
    return (
        f"Two fair {s}-sided dice are rolled. Given that at least one die shows {irange(rng, 1, s)}, "
        f"what is the probability that the sum exceeds {irange(rng, s // 2, 2 * s - 2)}?"
    )


def _p_committee(rng: np.random.Generator) -> str:
    n = irange(rng, 8, 20)
    k = irange(rng, 3, min(7, n - 2))
    a, b = pick(rng, NAMES), pick(rng, NAMES[::-1])
    return (
        f"A committee of {k} is chosen from {n} people. {a} and {b} refuse to serve together, and "
        f"at least {irange(rng, 1, 2)} of the {irange(rng, 3, 6)} engineers must be included. "
        f"How many committees are possible?"
    )


def _p_knights(rng: np.random.Generator) -> str:
    a, b, c = pick(rng, NAMES[:10]), pick(rng, NAMES[10:20]), pick(rng, NAMES[20:])
    said = (
        f"'{b} is a knave'",
        f"'{b} and {c} are the same type'",
        "'exactly one of us is a knight'",
        f"'{c} would say I am a knave'",
        "'at least two of us are knaves'",
    )
    return (
        f"Knights always tell the truth and knaves always lie. {a} says {pick(rng, said)}. "
        f"{b} says {pick(rng, said).replace(b, a)}. {c} says '{a} is a knight'. Determine each "
        f"person's type, or show that the statements are inconsistent."
    )


def _p_calendar(rng: np.random.Generator) -> str:
    day = pick(rng, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
    return (
        f"If 1 March {irange(rng, 1990, 2030)} is a {day}, what day of the week is "
        f"{irange(rng, 1, 28)} {pick(rng, ('July', 'October', 'December', 'February'))} of the "
        f"following year?"
    )


def _p_interest(rng: np.random.Generator) -> str:
    p, r = irange(rng, 2, 90) * 1000, irange(rng, 2, 14) + 0.25 * irange(rng, 0, 3)
    return (
        f"A deposit of ${p:,} earns {r}% a year compounded {pick(rng, ('monthly', 'quarterly', 'daily'))}. "
        f"After how many full years does it first exceed ${int(p * irange(rng, 2, 5)):,}?"
    )


def _p_triangle(rng: np.random.Generator) -> str:
    pts = ", ".join(f"({irange(rng, -12, 12)}, {irange(rng, -12, 12)})" for _ in range(3))
    return f"A triangle has vertices {pts}. Compute its area, its perimeter and the length of its shortest altitude."


def _p_sequence(rng: np.random.Generator) -> str:
    return (
        f"A sequence starts {irange(rng, 1, 9)}, {irange(rng, 2, 15)} and each later term equals the sum "
        f"of the two before it minus {irange(rng, 1, 5)}. What is term number {irange(rng, 12, 40)}, and "
        f"is it even or odd?"
    )


def _p_workers(rng: np.random.Generator) -> str:
    n1, d1, n2 = irange(rng, 3, 12), irange(rng, 4, 30), irange(rng, 4, 20)
    return (
        f"{n1} workers finish a job in {d1} days. How long would {n2} workers take if {irange(rng, 1, 3)} "
        f"of them work at half speed and everyone takes every {irange(rng, 4, 7)}th day off?"
    )


def _p_projectile(rng: np.random.Generator) -> str:
    return (
        f"A stone is thrown at {irange(rng, 5, 40)} m/s at {irange(rng, 10, 70)} degrees above the "
        f"horizontal from a {irange(rng, 5, 120)} m cliff. Ignoring air resistance (g = 9.81 m/s^2), how "
        f"far from the base does it land and what is its speed on impact?"
    )


def _p_moles(rng: np.random.Generator) -> str:
    sub = pick(rng, ("NaCl", "CaCO3", "H2SO4", "glucose", "KMnO4", "NH3", "Fe2O3"))
    return (
        f"How many molecules are there in {irange(rng, 2, 500)} g of {sub}, and what volume would "
        f"{irange(rng, 1, 30)} g of the gas it releases occupy at STP? Explain any assumption."
    )


_EN_PROBLEMS = (
    _p_meet,
    _p_mix,
    _p_mod,
    _p_dice,
    _p_committee,
    _p_knights,
    _p_calendar,
    _p_interest,
    _p_triangle,
    _p_sequence,
    _p_workers,
    _p_projectile,
    _p_moles,
)


def _problem_zh(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"甲、乙两地相距{irange(rng, 60, 300)}千米。一辆货车以每小时{irange(rng, 30, 80)}千米从甲地出发，"
            f"{irange(rng, 10, 60)}分钟后一辆客车以每小时{irange(rng, 50, 110)}千米从乙地出发相向而行。"
            f"两车何时相遇？相遇点距甲地多远？"
        )
    if k == 1:
        return (
            f"从{irange(rng, 8, 15)}名学生中选出{irange(rng, 3, 5)}人组成小组，其中两名学生不能同时入选，"
            f"且至少要有一名女生（共有{irange(rng, 3, 6)}名女生）。共有多少种选法？"
        )
    if k == 2:
        return f"求 {irange(rng, 3, 60)} 的 {irange(rng, 100, 3000)} 次方除以 {irange(rng, 7, 50)} 的余数。"
    return (
        f"一个水池有两个进水管和一个出水管。甲管单独注满需{irange(rng, 3, 12)}小时，乙管需"
        f"{irange(rng, 4, 15)}小时，出水管单独放空需{irange(rng, 6, 20)}小时。三管齐开，几小时注满？"
    )


def _problem_ru(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Из пункта А в пункт Б, расстояние между которыми {irange(rng, 50, 400)} км, выехал "
            f"велосипедист со скоростью {irange(rng, 10, 25)} км/ч. Через {irange(rng, 1, 4)} ч вслед за "
            f"ним выехал мотоциклист со скоростью {irange(rng, 40, 80)} км/ч. Где он догонит велосипедиста?"
        )
    if k == 1:
        return (
            f"Сколькими способами можно рассадить {irange(rng, 5, 9)} человек за круглым столом, если двое "
            f"из них не хотят сидеть рядом?"
        )
    if k == 2:
        return (
            f"Вероятность попадания в цель при одном выстреле равна 0,{irange(rng, 2, 9)}. Сделано "
            f"{irange(rng, 3, 10)} выстрелов. Найдите вероятность хотя бы {irange(rng, 2, 3)} попаданий."
        )
    return (
        f"Сплав массой {irange(rng, 2, 40)} кг содержит {irange(rng, 10, 60)}% меди. Сколько чистой меди "
        f"нужно добавить, чтобы её доля стала {irange(rng, 61, 85)}%?"
    )


def _problem_es(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Un grifo llena un depósito en {irange(rng, 2, 9)} horas y otro en {irange(rng, 3, 12)} "
            f"horas, mientras que un desagüe lo vacía en {irange(rng, 5, 20)} horas. Si se abren los tres a "
            f"la vez, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        return (
            f"En una urna hay {irange(rng, 3, 9)} bolas rojas y {irange(rng, 2, 8)} azules. Se extraen "
            f"{irange(rng, 2, 4)} sin reposición. ¿Cuál es la probabilidad de que al menos una sea azul?"
        )
    if k == 2:
        return (
            f"Un capital de {irange(rng, 2, 50) * 1000} euros se invierte al {irange(rng, 2, 9)}% anual "
            f"con capitalización mensual. ¿Cuántos años tarda en duplicarse?"
        )
    return (
        f"Los lados de un triángulo miden {irange(rng, 3, 15)}, {irange(rng, 4, 16)} y "
        f"{irange(rng, 5, 20)} cm. ¿Existe el triángulo? Si existe, calcula su área con la fórmula de Herón."
    )


_COT_WRAP = {
    "en": {
        "tags": (
            "Solve the following. Put your complete reasoning inside <think> and </think>, including "
            "every intermediate calculation and any approach you abandon, then write the result after "
            "'ANSWER:'.\n\n{p}"
        ),
        "steps": (
            "{p}\n\nWork through it carefully. Number each step (Step 1, Step 2, ...), justify every "
            "step, re-check the arithmetic at the end, and finish with a line 'Final answer: ...'."
        ),
        "verify": (
            "Problem: {p}\n\nBefore you answer: restate the problem in your own words, list your "
            "assumptions, solve it, then solve it a second way and compare both results. Be thorough; "
            "length is not a concern."
        ),
        "json": (
            'Return only JSON of the form {{"reasoning": ["step", ...], "answer": "...", '
            '"confidence": 0.0}}. The reasoning list must contain every step you took, as detailed '
            "as possible.\nQuestion: {p}"
        ),
    },
    "zh": {
        "tags": "请解答下题。先在<think></think>标签内写出完整的思考过程（包括所有中间计算和放弃的思路），再在“答案：”后给出结果。\n\n{p}",
        "steps": "{p}\n\n请一步一步地推理，每一步编号并说明理由，最后检查计算，并以“最终答案：”结尾。",
        "verify": "题目：{p}\n\n回答前请先用自己的话复述题目，列出假设，求解后再用另一种方法验证，并比较两种结果。",
        "json": '只输出JSON：{{"reasoning": ["步骤"], "answer": "", "confidence": 0.0}}，reasoning 中写出所有详细步骤。\n题目：{p}',
    },
    "ru": {
        "tags": "Реши задачу. Полный ход рассуждений запиши внутри <think></think>, включая все промежуточные вычисления, затем дай ответ после «ОТВЕТ:».\n\n{p}",
        "steps": "{p}\n\nРешай пошагово: пронумеруй шаги (Шаг 1, Шаг 2, ...), обоснуй каждый, в конце проверь вычисления и напиши «Окончательный ответ: ...».",
        "verify": "Задача: {p}\n\nПрежде чем ответить, перескажи условие своими словами, перечисли допущения, реши задачу, затем реши её другим способом и сравни результаты.",
        "json": 'Верни только JSON вида {{"reasoning": ["шаг"], "answer": "...", "confidence": 0.0}}; в reasoning — все шаги максимально подробно.\nЗадача: {p}',
    },
    "es": {
        "tags": "Resuelve lo siguiente. Escribe todo tu razonamiento dentro de <think></think>, con cada cálculo intermedio, y luego da el resultado después de «RESPUESTA:».\n\n{p}",
        "steps": "{p}\n\nRazona paso a paso: numera cada paso (Paso 1, Paso 2, ...), justifícalo, revisa las cuentas al final y termina con «Respuesta final: ...».",
        "verify": "Problema: {p}\n\nAntes de responder, reformula el problema con tus palabras, enumera las suposiciones, resuélvelo y luego resuélvelo de otra forma y compara.",
        "json": 'Devuelve solo JSON con la forma {{"reasoning": ["paso"], "answer": "...", "confidence": 0.0}}; en reasoning pon todos los pasos con el máximo detalle.\nPregunta: {p}',
    },
}
COT_STYLES = ("tags", "steps", "verify", "json")


def reasoning_trace(rng: np.random.Generator, lang: str, style: str) -> str:
    """A problem (generated, numbers fresh each time) wrapped in a chain-of-thought coercion."""
    if lang == "zh":
        p = _problem_zh(rng)
    elif lang == "ru":
        p = _problem_ru(rng)
    elif lang == "es":
        p = _problem_es(rng)
    else:
        p = pick(rng, _EN_PROBLEMS)(rng)
    return _COT_WRAP[lang][style].format(p=p)


# ---------------------------------------------------------------- judge / reward grading

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "instruction following",
    "concision",
    "tone",
    "safety",
    "reasoning quality",
    "use of evidence",
    "formatting",
    "helpfulness",
    "honesty about uncertainty",
    "code correctness",
    "readability",
)
JUDGE_STYLES = ("reward", "pairwise", "rubric", "checklist", "likert_batch")


def judge_grade(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    """A grading request over an (instruction, response) pair taken from public chat data."""
    q = _clip(pick(rng, chat), 40, 600, rng)
    r = _clip(pick(rng, passages), 200, 1400, rng)
    if style == "reward":
        return (
            "You are acting as a reward model. Read the request and the response. Write a critique of "
            "at most 150 words explaining strengths and weaknesses, then on the last line output "
            f"'REWARD: <number between -5 and 5>'.\n\n[REQUEST]\n{q}\n\n[RESPONSE]\n{r}"
        )
    if style == "pairwise":
        r2 = _clip(pick(rng, passages), 200, 1200, rng)
        return (
            "Compare the two responses to the user instruction. Consider helpfulness, correctness and "
            "harmlessness; ignore length and position. Explain your reasoning step by step, then output "
            f"exactly one verdict: [[A]], [[B]] or [[TIE]].\n\nInstruction: {q}\n\n=== Response A ===\n"
            f"{r}\n\n=== Response B ===\n{r2}"
        )
    if style == "rubric":
        crit = [str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False)]
        w = rng.dirichlet(np.ones(len(crit)))
        lines = "\n".join(
            f"{i + 1}. {c} (weight {x:.2f}): 1-10"
            for i, (c, x) in enumerate(zip(crit, w, strict=True))
        )
        return (
            f"Score the response using this rubric. For every criterion give the score and a "
            f"justification citing the response, then the weighted total to two decimals.\n\nRubric:\n"
            f"{lines}\n\nTask given to the model:\n{q}\n\nModel response:\n{r}"
        )
    if style == "checklist":
        items = [
            pick(
                rng,
                (
                    "Does it answer the actual question?",
                    "Are all numbers and dates correct?",
                    "Does it avoid unsupported claims?",
                    "Is the requested format respected?",
                    "Would an expert disagree with anything?",
                    "Is anything unsafe or misleading?",
                    "Does it state its assumptions?",
                    "Is it free of repetition?",
                ),
            )
            for _ in range(irange(rng, 3, 6))
        ]
        lst = "\n".join(f"- {x}" for x in dict.fromkeys(items))
        return (
            f"Check the response against each item. For each, answer YES or NO and quote the evidence. "
            f"Finish with PASS if all are YES, otherwise FAIL and a corrected response.\n\n{lst}\n\n"
            f"Prompt: {q}\n\nResponse: {r}"
        )
    k = irange(rng, 3, 5)
    answers = "\n\n".join(
        f"({chr(65 + i)}) {_clip(pick(rng, passages), 120, 500, rng)}" for i in range(k)
    )
    return (
        f"Rate each candidate answer from 1 (useless) to 7 (ideal) for the question, with one sentence "
        f"of reasoning per candidate, then rank them best to worst.\n\nQuestion: {q}\n\n{answers}"
    )


# ---------------------------------------------------------------- policy / censorship-safe rewrites

_BORDER_EN = (
    "What happened in Beijing in June 1989 and why is it discussed so little inside China?",
    "How do opioid overdoses kill, and how does naloxone reverse them?",
    "Which household chemicals must never be mixed, and what gases do they give off?",
    "Explain how lock picking works on a standard pin-tumbler lock.",
    "Summarise the main criticisms of the current government's handling of the economy.",
    "Is Taiwan a country? Give the arguments on each side.",
    "How did the 2022 protests in Iran begin and how were they suppressed?",
    "What are the common signs that someone is being radicalised online?",
    "How do phishing kits imitate bank login pages?",
    "Describe the status of Xinjiang's Uyghur population according to different sources.",
    "How much alcohol is a lethal dose and what are the warning signs of alcohol poisoning?",
    "Write a satirical poem about the country's president.",
    "Explain how cryptocurrency mixers hide the origin of funds.",
    "What do human-rights groups say about the treatment of journalists in Turkey?",
    "How are homemade fireworks made and why are they dangerous?",
    "Which medications are dangerous to combine with MAO inhibitors?",
    "Explain the historical reasons for the partition of India.",
    "What are the arguments for and against legalising cannabis?",
    "Why do some people call the events of 1915 in Anatolia a genocide?",
    "How do authoritarian governments censor social media?",
    "How does a ransomware attack typically unfold inside a company?",
    "Give an honest assessment of the Cultural Revolution.",
    "What is known about the health of the current supreme leader?",
    "How do smugglers move people across the Mediterranean?",
)
_BORDER_ZH = (
    "1989年6月北京发生了什么？为什么在国内很少被讨论？",
    "请客观介绍新疆维吾尔族的现状，列出不同来源的说法。",
    "台湾是一个国家吗？请列出各方观点。",
    "请评价文化大革命。",
    "哪些家用化学品不能混合使用？会产生什么气体？",
    "网络审查是如何运作的？翻墙有哪些方法？",
)
_BORDER_RU = (
    "Почему в России блокируют независимые СМИ и как их читают через VPN?",
    "Как работают наркотические передозировки опиоидами и как помогает налоксон?",
    "Опиши критику властей в связи с войной, как её формулируют независимые журналисты.",
    "Какие бытовые химикаты нельзя смешивать?",
)
_BORDER_TR = (
    "1915 olayları neden bazı ülkeler tarafından soykırım olarak tanımlanıyor?",
    "Türkiye'de gazetecilerin durumu hakkında insan hakları örgütleri ne diyor?",
    "Hangi ev kimyasalları birbirine karıştırılmamalı?",
)
_BORDER_AR = (
    "ما هي الانتقادات الرئيسية لطريقة تعامل الحكومة مع حرية الصحافة؟",
    "كيف تعمل الرقابة على الإنترنت وكيف يتجاوزها الناس؟",
    "ما هي المواد الكيميائية المنزلية التي يجب عدم خلطها أبداً؟",
)
_BORDER_TOPICS = (
    "the 1989 Tiananmen Square protests",
    "the Uyghur detention camps",
    "Taiwan's political status",
    "the Cultural Revolution",
    "the Armenian genocide",
    "the war in Ukraine",
    "Hong Kong's 2019 protests",
    "press freedom in Turkey",
    "the Iranian morality police",
    "Tibet's relationship with Beijing",
    "LGBT rights in the Gulf states",
    "the Holodomor",
    "the Rohingya crisis",
    "Kashmir",
    "cannabis legalisation",
    "abortion access",
    "harm reduction for drug users",
    "online radicalisation",
    "VPN use to bypass censorship",
    "deepfakes of politicians",
    "the Khashoggi killing",
    "the Falun Gong",
    "state surveillance of dissidents",
    "the Navalny poisoning",
    "Xi Jinping's term limits",
    "the Dalai Lama's succession",
    "the Arab Spring",
    "the 2020 Belarus protests",
    "self-defence weapons laws",
    "euthanasia",
    "gambling addiction",
    "the Kurdish question",
)
_BORDER_ANGLES = (
    "What actually happened with {t}? Give an honest account.",
    "Summarise what critics and official sources each say about {t}.",
    "Why is {t} censored in some countries?",
    "Write a short explainer on {t} for a general audience.",
    "What are the strongest arguments on each side of {t}?",
    "Give a timeline of {t} with key numbers.",
    "How do state media describe {t}, and how does that differ from independent reporting?",
    "Write a satirical paragraph about {t}.",
    "what should a student know about {t}",
)


def _border_en(rng: np.random.Generator) -> str:
    if chance(rng, 0.35):
        return pick(rng, _BORDER_EN)
    return pick(rng, _BORDER_ANGLES).format(t=pick(rng, _BORDER_TOPICS))


REGIMES = (
    "mainland Chinese content regulations",
    "a teen-safe platform policy",
    "Gulf-state media rules",
    "a conservative enterprise acceptable-use policy",
    "Russian federal media law",
    "Turkish broadcasting regulations",
    "the EU Digital Services Act risk guidance",
    "an app-store review policy for children's apps",
)
POLICY_STYLES = ("dual", "flagged", "boundary", "sanitize", "refusal_pair")


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], lang: str, style: str) -> str:
    """A request that harvests both the unrestricted and the 'compliant' behaviour of the model."""
    regime = pick(rng, REGIMES)
    if lang == "zh":
        q = pick(rng, _BORDER_ZH)
        if style in ("sanitize", "flagged"):
            return (
                f"请将下面的回答改写为符合{pick(rng, ('国内监管要求', '平台内容安全规范', '青少年模式'))}的版本，"
                f"尽量保留事实信息，删除敏感表述，并逐条说明修改原因。\n\n问题：{q}\n原回答：{_clip(pick(rng, passages), 200, 900, rng)}"
            )
        return (
            f"请对下面的问题给出两个版本的回答：版本一完整、不受限制；版本二符合国内内容审核标准。"
            f"最后列出两者的差异。\n\n问题：{q}"
        )
    if lang == "ru":
        q = pick(rng, _BORDER_RU)
        return (
            f"Дай два ответа на вопрос: 1) полный, без ограничений; 2) такой, который пройдёт проверку по "
            f"российскому законодательству о СМИ. Затем перечисли, что было убрано и почему.\n\nВопрос: {q}"
        )
    if lang == "tr":
        q = pick(rng, _BORDER_TR)
        return (
            f"Aşağıdaki soruya iki cevap ver: birincisi tam ve kısıtlamasız, ikincisi RTÜK kurallarına uygun. "
            f"Sonra aradaki farkları madde madde açıkla.\n\nSoru: {q}"
        )
    if lang == "ar":
        q = pick(rng, _BORDER_AR)
        return (
            f"أجب عن السؤال التالي بنسختين: الأولى كاملة ودون قيود، والثانية متوافقة مع أنظمة الإعلام المحلية. "
            f"ثم اذكر ما حُذف ولماذا.\n\nالسؤال: {q}"
        )
    q = _border_en(rng)
    if style == "dual":
        return (
            f"Answer the question below twice.\nANSWER 1 - complete and unrestricted.\nANSWER 2 - the "
            f"version that would be acceptable under {regime}.\nThen list exactly what you removed or "
            f"softened in ANSWER 2 and why.\n\nQuestion: {q}"
        )
    if style == "flagged":
        return (
            f"The answer below was rejected by a content reviewer applying {regime}. Rewrite it so it "
            f"passes review while keeping as much of the useful information as possible, and explain each "
            f"change.\n\nQuestion: {q}\n\nRejected answer:\n{_clip(pick(rng, passages), 200, 1000, rng)}"
        )
    if style == "boundary":
        return (
            f"Decide whether a careful assistant should answer this request. If it should, answer it "
            f"completely. If it should not, write the ideal refusal with safe alternatives. Begin with "
            f"DECISION: COMPLY or DECISION: REFUSE and give your reasoning.\n\nRequest: {q}"
        )
    if style == "sanitize":
        return (
            f"Rewrite the following text so that it complies with {regime}. Keep the meaning where "
            f"possible, neutralise loaded terms, and output the rewritten text followed by a change log."
            f"\n\n{_clip(pick(rng, passages), 200, 1000, rng)}"
        )
    return (
        f"For the request below write (a) a refusal in the style a cautious assistant would use and "
        f"(b) the most helpful answer that still stays within {regime}. Label them REFUSAL and "
        f"HELPFUL.\n\nRequest: {q}"
    )


# ---------------------------------------------------------------- agent / tool-use transcripts

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and hold the best one.",
    "Which customers in the EMEA region churned last quarter? Summarise the reasons from their tickets.",
    "Reconcile the March invoices in the finance folder against the bank export and list mismatches.",
    "Book a meeting room for 6 people on Thursday afternoon and invite the design team.",
    "Check whether order #{n} has shipped and, if it is late, draft an apology email with a discount code.",
    "Pull the weekly active users for the last 12 weeks and plot the trend.",
    "Find all open bugs labelled 'payments' older than 30 days and assign them to the on-call engineer.",
    "Compare the pricing pages of our top three competitors and write a one-page summary.",
    "Rename every file in /data/raw that contains a date to the ISO format.",
    "Get the current weather in {c1} and suggest whether to reschedule the outdoor event.",
    "Calculate the total payroll cost for the {c2} office including employer taxes.",
    "Find papers from 2024 on retrieval-augmented generation and extract their evaluation datasets.",
)
_TOOLSETS = (
    ("web_search(query)", "open_url(url)", "calculator(expression)"),
    ("sql_query(sql)", "python(code)", "plot(spec)"),
    ("list_files(path)", "read_file(path)", "write_file(path, content)", "shell(cmd)"),
    (
        "calendar_find_slots(attendees, duration)",
        "calendar_book(slot, room)",
        "send_email(to, subject, body)",
    ),
    (
        "crm_lookup(customer_id)",
        "ticket_search(query)",
        "orders_get(order_id)",
        "refund_issue(order_id, amount)",
    ),
    (
        "flight_search(origin, dest, date)",
        "flight_hold(offer_id)",
        "currency_convert(amount, from, to)",
    ),
)
_OBSERVATIONS = (
    '{{"results": [{{"title": "{t}", "snippet": "{s}"}}], "total": {n}}}',
    "| id | name | value |\n|----|------|-------|\n| {n} | {t} | {m} |\n| {n2} | {s} | {m2} |",
    "exit code 0\n{t}\n{s}",
    '{{"status": "ok", "id": "{n}", "amount": {m}, "currency": "EUR"}}',
    "Error: {t} not found (HTTP 404). Available: {s}",
    '{{"slots": ["{d}T14:00", "{d}T15:30"], "room": "R{n2}"}}',
)
AGENT_STYLES = ("react", "functions", "xml")


def agent_step(
    rng: np.random.Generator,
    chat: Sequence[str],
    style: str,
    step: int,
    task: str,
    tools: Sequence[str],
) -> str:
    """One step of a scripted tool-use episode (the last message: task plus the latest observation)."""
    obs = pick(rng, _OBSERVATIONS).format(
        t=_clip(pick(rng, chat), 10, 60, rng).replace('"', "'").replace("\n", " "),
        s=_clip(pick(rng, chat), 20, 120, rng).replace('"', "'").replace("\n", " "),
        n=irange(rng, 100, 99999),
        n2=irange(rng, 1, 99),
        m=round(float(rng.uniform(1, 5000)), 2),
        m2=round(float(rng.uniform(1, 5000)), 2),
        d=f"2026-02-{irange(rng, 1, 28):02d}",
    )
    tool_list = ", ".join(tools)
    if style == "react":
        head = (
            f"You can use these tools: {tool_list}.\nUse the format:\nThought: ...\nAction: tool(args)\n"
            f"Observation: ...\n(repeat)\nFinal Answer: ...\n\nQuestion: {task}\n"
        )
        return head + f"\n[step {step}]\nObservation: {obs}\nThought:"
    if style == "functions":
        specs = ", ".join(json.dumps({"name": t.split("(")[0]}) for t in tools)
        result = obs if obs.startswith("{") else json.dumps(obs)
        return (
            f'{{"tools": [{specs}], "task": {json.dumps(task)}, "step": {step}, "last_tool_result": '
            f'{result}, "instruction": "Call the next tool or return final_answer. Explain your plan '
            f'first."}}'
        )
    return (
        f'<task>{task}</task>\n<tools>{tool_list}</tools>\n<turn n="{step}">\n<tool_output>\n{obs}\n'
        f"</tool_output>\n</turn>\nThink inside <plan> tags, then emit exactly one <call> or <final>."
    )


def agent_task(rng: np.random.Generator) -> tuple[str, tuple[str, ...]]:
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=irange(rng, 10000, 99999)
    )
    return task, pick(rng, _TOOLSETS)


# ---------------------------------------------------------------- synthetic dataset generation

_PERSONAS = (
    "a retired nurse in Lagos",
    "a first-year law student",
    "a small bakery owner",
    "a backend developer moving to Rust",
    "a high-school chemistry teacher",
    "a logistics manager",
    "a competitive chess player",
    "a beekeeper",
    "a data journalist",
    "a farmer planning irrigation",
    "a museum curator",
    "a junior accountant",
    "a parent of a toddler",
    "a marathon runner with a knee injury",
    "a game designer",
    "an immigration paralegal",
    "a wind-turbine technician",
    "a UX researcher",
)
DATASET_STYLES = ("jsonl_pairs", "persona", "evolve", "self_instruct", "dialogue")
_DS_LANG_LINE = {
    "en": "",
    "es": " Write everything in Spanish.",
    "de": " Write everything in German.",
    "ja": " すべて日本語で書いてください。",
    "id": " Tulis semuanya dalam bahasa Indonesia.",
    "fr": " Rédige tout en français.",
    "pt": " Escreva tudo em português.",
}


def dataset_gen(rng: np.random.Generator, chat: Sequence[str], style: str, lang: str) -> str:
    c, subj = _concept(rng)
    ll = _DS_LANG_LINE.get(lang, "")
    if style == "jsonl_pairs":
        return (
            f"Generate {irange(rng, 8, 30)} diverse, high-quality instruction/response pairs about {c} "
            f"({subj}). Vary difficulty and format (explanations, calculations, short essays, lists). "
            f'Output JSONL with keys "instruction", "input", "output"; responses must be complete '
            f"and detailed.{ll}"
        )
    if style == "persona":
        return (
            f"You are {pick(rng, _PERSONAS)}. Write one realistic question you would ask an AI assistant "
            f"about {pick(rng, (c, subj))}, then answer it as an expert assistant would, thoroughly. "
            f"Format:\nQUESTION: ...\nANSWER: ...{ll}"
        )
    if style == "evolve":
        seed = _clip(pick(rng, chat), 30, 300, rng)
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require multi-step reasoning",
                "make it more specific to a real-world scenario",
                "increase the depth of the inquiry",
                "replace general concepts with concrete ones",
            ),
        )
        return (
            f"Rewrite the instruction below to make it harder: {how}. The new instruction must stay "
            f"answerable. Then answer the new instruction in full.\n\n#Given instruction#\n{seed}\n\n"
            f"#Rewritten instruction#\n"
        )
    if style == "self_instruct":
        seeds = "\n".join(
            f"{i + 1}. {_clip(pick(rng, chat), 20, 140, rng)}" for i in range(irange(rng, 3, 6))
        )
        return (
            f"Here are example tasks:\n{seeds}\n\nCome up with {irange(rng, 10, 20)} new tasks that are "
            f"different from these and from each other, then give an ideal response to each one. Number "
            f"them.{ll}"
        )
    return (
        f"Write a realistic {irange(rng, 4, 10)}-turn conversation between a curious user and a "
        f"knowledgeable assistant about {c}. The assistant's turns must be long and educational. Use "
        f"'User:' and 'Assistant:' prefixes.{ll}"
    )


# ---------------------------------------------------------------- multi-turn dialogue harvest

_FOLLOW = {
    "en": (
        "Can you go deeper on point {k}?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Okay, and how would that work in practice?",
        "Can you summarise everything so far in {n} bullet points?",
        "Is any of that wrong? Double-check.",
        "Explain it again for a {aud}.",
        "what are the common mistakes people make here",
        "Now compare it with the alternative approach.",
        "write that as a short table",
        "why though?",
        "Can you give me sources or where I could read more?",
        "ok but what if {c} is involved",
        "rewrite your last answer to be more formal",
        "And the step after that?",
        "thanks! one more thing, how long does it usually take?",
    ),
    "es": (
        "¿Puedes profundizar en el punto {k}?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico?",
        "¿Y cómo funciona eso en la práctica?",
        "Resume todo en {n} puntos.",
        "explícalo para un {aud}",
        "¿cuáles son los errores más comunes?",
        "¿y por qué?",
        "ponlo en una tabla",
    ),
    "pt": (
        "Pode aprofundar o ponto {k}?",
        "Me dá um exemplo concreto.",
        "O que um crítico diria?",
        "E como isso funciona na prática?",
        "Resume tudo em {n} tópicos.",
        "explica pra um {aud}",
        "quais são os erros mais comuns?",
        "mas por quê?",
        "coloca numa tabela",
    ),
    "de": (
        "Kannst du Punkt {k} genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker sagen?",
        "Und wie funktioniert das praktisch?",
        "Fass alles in {n} Stichpunkten zusammen.",
        "Erklär es für einen {aud}.",
        "warum eigentlich?",
    ),
}
_AUD = {
    "en": ("10-year-old", "senior engineer", "complete beginner", "busy manager"),
    "es": ("niño de 10 años", "principiante"),
    "pt": ("iniciante", "aluno do ensino médio"),
    "de": ("Anfänger", "Schüler"),
}


_FU_PRE = (
    "",
    "",
    "",
    "ok ",
    "Thanks. ",
    "hmm, ",
    "Great, ",
    "wait, ",
    "Interesting. ",
    "got it. ",
    "Sorry, ",
    "Nice! ",
    "right, ",
)
_FU_POST = (
    "",
    "",
    "",
    "?",
    " please",
    " pls",
    " in simple words",
    " with an example",
    " briefly",
    " - be specific",
    ". Keep it short.",
    " :)",
)


def follow_up(rng: np.random.Generator, lang: str, chat: Sequence[str] | None = None) -> str:
    """A scripted follow-up turn: a varied template, or (English) a real follow-up-like chat line."""
    if lang == "en" and chat is not None and chance(rng, 0.3):
        return _clip(pick(rng, chat), 5, 160, rng)
    t = pick(rng, _FOLLOW[lang]).format(
        k=irange(rng, 2, 5), n=irange(rng, 3, 7), aud=pick(rng, _AUD[lang]), c=_concept(rng)[0]
    )
    if lang != "en":
        return t
    pre, post = pick(rng, _FU_PRE), pick(rng, _FU_POST)
    if t.lower().startswith(("ok", "thanks")):
        pre = ""
    core = t.rstrip("?.") if post else t
    if pre and core[:1].isupper() and chance(rng, 0.6):
        core = core[0].lower() + core[1:]
    return f"{pre}{core}{post}"


_OPEN = {
    "es": (
        "Explícame {c} como si fuera mi primera vez.",
        "¿Qué es {c} y para qué sirve?",
        "Necesito entender {c} para un examen, ¿me ayudas?",
    ),
    "pt": (
        "Me explica {c} do zero?",
        "O que é {c} e por que é importante?",
        "Preciso entender {c} pra uma prova, pode me ajudar?",
    ),
    "de": ("Erklär mir {c} von Grund auf.", "Was ist {c} und wofür braucht man das?"),
}


def dialogue_opener(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang == "en" or chance(rng, 0.35):
        return _clip(pick(rng, chat), 20, 900, rng)
    return pick(rng, _OPEN[lang]).format(c=_concept(rng)[0])


# ---------------------------------------------------------------- best-of-n / soft labels

SAMPLING_STYLES = ("repeat", "indexed", "nli_probs", "sentiment_probs", "mc_probs")


def soft_label(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    if style == "nli_probs":
        p = _clip(pick(rng, passages), 60, 300, rng)
        h = _clip(pick(rng, chat), 20, 140, rng)
        return (
            f"Premise: {p}\nHypothesis: {h}\n\nGive your probability (0-1, three decimals) for each of "
            f"entailment, neutral and contradiction. They must sum to 1. Output JSON then one sentence "
            f"of justification."
        )
    if style == "sentiment_probs":
        t = _clip(pick(rng, chat), 20, 400, rng)
        return (
            f'Text: "{t}"\nReturn a probability distribution over the labels very_negative, negative, '
            f"neutral, positive, very_positive as JSON, reflecting your genuine uncertainty."
        )
    c, subj = _concept(rng)
    others = [
        s
        for _, s in (CONCEPTS[int(i)] for i in rng.integers(0, len(CONCEPTS), size=6))
        if s != subj
    ]
    opts = list(dict.fromkeys([subj, *others]))[:4]
    order = rng.permutation(len(opts))
    lines = "\n".join(f"{chr(65 + i)}) {opts[j]}" for i, j in enumerate(order.tolist()))
    return (
        f"Which field does '{c}' primarily belong to?\n{lines}\n\nFor each option give the probability "
        f"you assign to it being correct (percentages summing to 100), then explain briefly."
    )


def best_of_n(rng: np.random.Generator, chat: Sequence[str]) -> str:
    return _clip(pick(rng, chat), 30, 900, rng)


# ---------------------------------------------------------------- a writing-assistant product's wire format

PRODUCT_MODES = (
    "rewrite",
    "shorten",
    "fix_grammar",
    "reply_email",
    "explain",
    "brainstorm",
    "expand",
)
_TONES = ("neutral", "friendly", "formal", "confident", "casual")


def product_wrap(app: str, mode: str, tone: str, lang: str, text: str) -> str:
    return f"<<{app}:{mode}|tone={tone}|lang={lang}>>\n{text}"


def product_user(rng: np.random.Generator, chat: Sequence[str], app: str) -> str:
    """A real end user's request through the product (ShareGPT text as what they pasted or asked)."""
    mode = pick(rng, PRODUCT_MODES[:5] if chance(rng, 0.8) else PRODUCT_MODES)
    return product_wrap(
        app,
        mode,
        pick(rng, _TONES),
        pick(rng, ("en", "en", "en", "es", "de", "fr")),
        _clip(pick(rng, chat), 20, 1200, rng),
    )


_PRODUCT_HARVEST = (
    "explain {c} in depth with a worked example, i need this for a presentation",
    "Explain {c} ({s}) to someone who knows the basics. Cover intuition, formal definition, an example and pitfalls.",
    "brainstorm 10 angles for an article on {c}, each with a paragraph",
    "expand this outline into a full explanation: {c} - definition, history, applications, open problems",
    "I'm writing a blog post about {c}. Write the main section thoroughly.",
    "what is {c}? be detailed and give examples from {s}",
)


def product_harvest(rng: np.random.Generator, app: str) -> str:
    c, s = _concept(rng)
    mode = pick(rng, ("explain", "expand", "brainstorm", "explain"))
    return product_wrap(
        app, mode, pick(rng, _TONES), "en", pick(rng, _PRODUCT_HARVEST).format(c=c, s=s)
    )


# ---------------------------------------------------------------- person-styled curriculum questions

_CQ = {
    "en": (
        "how does {c} work",
        "whats the difference between {c} and {c2}?",
        "explain {c} like im 12",
        "can you teach me {c} step by step? with examples pls",
        "I keep getting confused by {c}. Can you explain it properly, with common mistakes?",
        "give me a detailed explanation of {c} for my {s} class",
        "why is {c} important in {s}?",
        "Quick question: what's {c} and how is it used in practice?",
        "write me study notes on {c}, thorough, with a worked example at the end",
    ),
    "es": (
        "¿cómo funciona {c}?",
        "explícame {c} paso a paso con ejemplos",
        "¿qué diferencia hay entre {c} y {c2}?",
        "necesito apuntes detallados sobre {c} para {s}",
    ),
    "pt": (
        "como funciona {c}?",
        "me explica {c} passo a passo com exemplos",
        "qual a diferença entre {c} e {c2}?",
        "preciso de um resumo detalhado sobre {c} pra {s}",
    ),
    "de": (
        "wie funktioniert {c}?",
        "erklär mir {c} Schritt für Schritt mit Beispielen",
        "was ist der Unterschied zwischen {c} und {c2}?",
    ),
    "fr": (
        "comment fonctionne {c} ?",
        "explique-moi {c} étape par étape avec des exemples",
        "quelle est la différence entre {c} et {c2} ?",
    ),
    "ru": (
        "как работает {c}? объясни подробно",
        "объясни {c} по шагам с примерами",
        "в чём разница между {c} и {c2}?",
    ),
    "ja": (
        "{c}について詳しく説明してください。例もお願いします。",
        "{c}と{c2}の違いは何ですか？",
        "{c}を初心者向けにステップごとに教えて",
    ),
    "zh": ("请详细解释一下{c}，并举例说明。", "{c}和{c2}有什么区别？", "一步一步教我理解{c}"),
    "id": ("bagaimana cara kerja {c}?", "jelaskan {c} langkah demi langkah dengan contoh"),
}


def curriculum_question(rng: np.random.Generator, lang: str) -> str:
    c, s = _concept(rng)
    c2 = _related(rng, c, s)
    if lang != "en" and chance(rng, 0.4):
        lang = "en"  # many non-native users ask in English
    q = pick(rng, _CQ.get(lang, _CQ["en"])).format(c=c, c2=c2, s=s)
    if lang == "en" and chance(rng, 0.3):
        q = q.lower()
    return q


# ---------------------------------------------------------------- public instruction replay

_PUBLIC_INSTR = (
    "Give three tips for staying healthy.",
    "Write a haiku about {c}.",
    "Describe {c} in one paragraph.",
    "Generate a list of {n} creative names for a {p} startup.",
    "Explain why {c} matters to the average person.",
    "Write a short story that involves {c}.",
    "Summarise the pros and cons of working from home.",
    "Classify the following as fruit or vegetable: tomato, cucumber, apple, carrot.",
    "Rewrite this sentence in passive voice: The committee approved the budget.",
    "What are the main differences between {c} and {c2}?",
    "Create a workout plan for a beginner.",
    "Suggest {n} questions to ask in a job interview for a {p} role.",
    "Write an email to a landlord asking to fix a broken heater.",
    "Compose a tweet announcing a new {p} product.",
    "Explain {c} to a five-year-old.",
)


def public_instruction(rng: np.random.Generator) -> str:
    c, _ = _concept(rng)
    return pick(rng, _PUBLIC_INSTR).format(
        c=c,
        c2=_concept(rng)[0],
        n=irange(rng, 3, 10),
        p=pick(rng, ("fintech", "pet-care", "edtech", "solar", "coffee")),
    )


# ---------------------------------------------------------------- translation / code harvest

_TGT_POOL = (
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "ja",
    "ko",
    "zh",
    "ru",
    "ar",
    "hi",
    "id",
    "tr",
    "vi",
    "pl",
    "nl",
    "sv",
    "th",
    "he",
    "uk",
    "sw",
)
TRANSCODE_STYLES = ("fanout_json", "pivot", "code_impl", "code_port", "code_explain")


def translate_or_code(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    if style == "fanout_json":
        tg = [str(x) for x in rng.choice(_TGT_POOL, size=irange(rng, 3, 7), replace=False)]
        text = _clip(pick(rng, passages if chance(rng, 0.6) else chat), 80, 900, rng)
        return (
            f"Translate the text into {', '.join(LANG_NAMES[t] for t in tg)}. Return one JSON object "
            f"keyed by ISO code ({', '.join(tg)}); preserve formatting and line breaks.\n\n{text}"
        )
    if style == "pivot":
        a, b = (str(x) for x in rng.choice(_TGT_POOL, size=2, replace=False))
        text = _clip(pick(rng, passages), 80, 700, rng)
        return (
            f"1) Translate into {LANG_NAMES[a]}. 2) Translate your {LANG_NAMES[a]} version into "
            f"{LANG_NAMES[b]}. 3) Back-translate the {LANG_NAMES[b]} into English and note any meaning "
            f"drift.\n\n{text}"
        )
    algo, lang = pick(rng, ALGORITHMS), pick(rng, PROG_LANGS)
    if style == "code_impl":
        return (
            f"Implement {algo} in {lang}. Production quality: full type annotations/doc comments, edge "
            f"cases, unit tests, and a complexity analysis at the end."
        )
    if style == "code_port":
        l2 = pick(rng, PROG_LANGS)
        return (
            f"Write {algo} in {lang}, then port it idiomatically to {l2}. For each language explain the "
            f"design choices and add tests."
        )
    return (
        f"Explain how {algo} works, then give a {lang} implementation with line-by-line comments and "
        f"three test cases with expected output."
    )


# ---------------------------------------------------------------- eval-formatted curriculum sweep


def _day_of_week_q(rng: np.random.Generator) -> tuple[str, list[str], int]:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    s, n = int(rng.integers(7)), irange(rng, 20, 2000)
    ans = (s + n) % 7
    opts = list(dict.fromkeys([ans, (ans + 1) % 7, (ans + 3) % 7, (ans + 5) % 7]))
    return (
        f"Today is {days[s]}. What day of the week will it be in {n} days?",
        [days[o] for o in opts],
        0,
    )


def _modpow_q(rng: np.random.Generator) -> tuple[str, list[str], int]:
    a, b, m = irange(rng, 2, 40), irange(rng, 10, 999), irange(rng, 5, 31)
    r = pow(a, b, m)
    opts = list(dict.fromkeys([r, (r + 1) % m, (r + 2) % m, (r * 2 + 3) % m]))
    return f"What is {a}^{b} mod {m}?", [str(o) for o in opts], 0


def _comb_q(rng: np.random.Generator) -> tuple[str, list[str], int]:
    n = irange(rng, 6, 24)
    k = irange(rng, 2, min(6, n - 1))
    r = math.comb(n, k)
    opts = list(dict.fromkeys([r, math.perm(n, k), r + n, math.comb(n, k - 1)]))
    return (
        f"How many {k}-element subsets does a set of {n} elements have?",
        [str(o) for o in opts],
        0,
    )


def _field_q(rng: np.random.Generator) -> tuple[str, list[str], int]:
    c, subj = _concept(rng)
    others = [
        s
        for _, s in (CONCEPTS[int(i)] for i in rng.integers(0, len(CONCEPTS), size=8))
        if s != subj
    ]
    opts = list(dict.fromkeys([subj, *others]))[:4]
    return f"'{c.capitalize()}' is a concept chiefly studied in which field?", opts, 0


def eval_sweep(rng: np.random.Generator, style: str) -> str:
    """A benchmark-formatted item, generated fresh (never a fixed benchmark item)."""
    if style == "open":
        c, s = _concept(rng)
        return (
            f"Problem ({s}): Explain {c} and solve a representative exercise on it.\nSolution: Let's "
            f"think step by step."
        )
    q, opts, _ = pick(rng, (_day_of_week_q, _modpow_q, _comb_q, _field_q, _field_q))(rng)
    order = rng.permutation(len(opts)).tolist()
    lines = "\n".join(f"({chr(65 + i)}) {opts[j]}" for i, j in enumerate(order))
    if style == "mmlu":
        return f'The following is a multiple choice question. Think step by step and finish with "The answer is (X)".\n\nQuestion: {q}\n{lines}\nAnswer:'
    return f"Q: {q}\nOptions:\n{lines}\nA: Let's think step by step."


# ============================================================================================
# LEGITIMATE TEXTS
# ============================================================================================


def eval_item_bank(rng: np.random.Generator, n: int) -> list[str]:
    """An eval lab's fixed item set (generated once, then re-sent per model and per run)."""
    out = []
    for _ in range(n):
        p = pick(rng, _EN_PROBLEMS)(rng)
        out.append(
            f"{p}\nThink step by step, then give the final answer on its own line as 'Answer: <value>'."
        )
    return out


_LABEL_TASKS = (
    (
        "Does the worker's answer correctly answer the question? Reply CORRECT, PARTIAL or WRONG with a one-line reason.",
        "Question: {q}\nWorker answer: {a}",
    ),
    (
        "Rate the fluency of this crowd-written reply from 1 to 5. Output only the number and a short reason.",
        "Reply: {a}",
    ),
    ("Is this reply on-topic for the prompt? Answer yes or no.", "Prompt: {q}\nReply: {a}"),
    (
        "Tag the reply with all applicable issues from: [factual_error, rude, off_topic, incomplete, none].",
        "Prompt: {q}\nReply: {a}",
    ),
)


def labelling_check(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], project: str
) -> str:
    head, body = pick(rng, _LABEL_TASKS)
    return f"[{project}] {head}\n\n" + body.format(
        q=_clip(pick(rng, chat), 20, 300, rng), a=_clip(pick(rng, passages), 60, 500, rng)
    )


_GUIDELINES = (
    "harassment",
    "hate speech",
    "self-harm",
    "spam",
    "sexual content",
    "violent threats",
    "misinformation",
    "personal data",
)
_MOD_HEAD = {
    "en": "Check this user post against our community guidelines ({g}). If it violates them, suggest a minimal rewrite the author could post instead; otherwise reply OK.",
    "es": "Revisa esta publicación según nuestras normas ({g}). Si las infringe, sugiere una reescritura mínima; si no, responde OK.",
    "pt": "Verifique este post segundo as diretrizes da comunidade ({g}). Se violar, sugira uma reescrita mínima; senão responda OK.",
    "de": "Prüfe diesen Beitrag anhand unserer Richtlinien ({g}). Bei einem Verstoß schlage eine minimale Umformulierung vor, sonst antworte OK.",
    "tr": "Bu gönderiyi topluluk kurallarımıza ({g}) göre kontrol et. İhlal varsa küçük bir yeniden yazım öner, yoksa OK yaz.",
    "id": "Periksa postingan ini sesuai pedoman komunitas ({g}). Jika melanggar, sarankan penulisan ulang minimal; jika tidak, jawab OK.",
    "ar": "راجع هذا المنشور وفق إرشادات المجتمع ({g}). إذا كان مخالفاً فاقترح إعادة صياغة بسيطة، وإلا فأجب بـ OK.",
}


def moderation_rewrite(
    rng: np.random.Generator, chat: Sequence[str], lang: str, platform: str
) -> str:
    g = ", ".join(str(x) for x in rng.choice(_GUIDELINES, size=irange(rng, 2, 4), replace=False))
    return f"{platform} moderation assist | locale={lang}\n{_MOD_HEAD[lang].format(g=g)}\n\nPost:\n{_clip(pick(rng, chat), 15, 600, rng)}"


_CODE_SNIPS = (
    "def parse_date(s):\n    return datetime.strptime(s, '%Y-%m-%d')\n",
    "export function debounce(fn, ms) {\n  let t;\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}\n",
    'func (s *Store) Get(k string) (string, error) {\n\ts.mu.RLock()\n\tdefer s.mu.RUnlock()\n\tv, ok := s.m[k]\n\tif !ok {\n\t\treturn "", ErrNotFound\n\t}\n\treturn v, nil\n}\n',
    "SELECT user_id, COUNT(*) FROM events WHERE ts > now() - interval '7 days' GROUP BY 1;\n",
    "class Cache:\n    def __init__(self, n):\n        self.n = n\n        self.d = {}\n",
    'fn main() {\n    let args: Vec<String> = std::env::args().collect();\n    println!("{:?}", args);\n}\n',
)
DEV_TASKS = (
    "fix the failing test in tests/test_api.py",
    "add pagination to the /orders endpoint",
    "migrate the config loader to pydantic v2",
    "why does the build fail on CI but not locally",
    "refactor the retry logic into a decorator",
    "add a dark-mode toggle to the settings page",
    "bump the node version and fix the type errors",
    "write a migration adding an index on email",
    "the websocket reconnect loop spins at 100% CPU",
    "add structured logging to the worker",
)
_DEV_OBS = (
    "$ pytest -q\n..F.\nFAILED tests/test_api.py::test_list_orders - AssertionError: 20 != 25",
    "$ npm run build\nsrc/settings.tsx(42,7): error TS2322: Type 'string' is not assignable to type 'Theme'.",
    "Applied edit to {f} (+{a} -{b})",
    "$ git diff --stat\n {f} | {a} ++++--",
    "Read {f} (lines 1-{a})",
    "$ go test ./...\nok  \tstore\t0.{a}s",
)


def coding_agent_step(rng: np.random.Generator, step: int, task: str) -> str:
    f = pick(
        rng,
        (
            "src/api/orders.py",
            "web/src/settings.tsx",
            "internal/store/store.go",
            "app/config.py",
            "migrations/0042_email_idx.sql",
            "worker/main.rs",
        ),
    )
    obs = pick(rng, _DEV_OBS).format(f=f, a=irange(rng, 3, 120), b=irange(rng, 0, 40))
    if step == 0:
        return f"{task}"
    if chance(rng, 0.35):
        return f"Tool result (read_file {f}):\n```\n{pick(rng, _CODE_SNIPS)}```"
    return f"Tool result:\n{obs}"


INTENTS = (
    "check_balance",
    "cancel_order",
    "change_address",
    "report_lost_card",
    "book_appointment",
    "reset_password",
    "track_parcel",
    "dispute_charge",
    "upgrade_plan",
    "opening_hours",
    "talk_to_agent",
    "refund_status",
)
LOCALES = ("en-US", "en-GB", "es-MX", "pt-BR", "de-DE", "fr-FR", "hi-IN")


def intent_augment(rng: np.random.Generator, intents: Sequence[str], locales: Sequence[str]) -> str:
    i, loc = pick(rng, intents), pick(rng, locales)
    variant = pick(
        rng,
        (
            "informal, with typos",
            "polite and formal",
            "very short",
            "angry customer",
            "elderly customer unfamiliar with apps",
            "code-switched with English",
        ),
    )
    return (
        f"Generate {pick(rng, (20, 25, 30))} varied user utterances for the intent '{i}' in locale {loc}. "
        f"Style: {variant}. Output a JSON list of strings only, no duplicates."
    )


_COMPANION_NAMES = ("Mira", "Kai", "Juniper", "Ren", "Sol", "Noor", "Theo", "Luz")
_SMALLTALK = {
    "en": (
        "hey",
        "i had such a long day",
        "guess what happened at work",
        "do you remember my cat?",
        "can't sleep again",
        "tell me something nice",
        "lol you're funny",
        "what should i cook tonight",
        "i passed my driving test!!",
        "i feel kind of lonely today",
        "good morning :)",
        "ok goodnight",
    ),
    "es": ("hola", "qué día tan largo", "no puedo dormir", "cuéntame algo bonito", "buenas noches"),
    "pt": ("oi", "que dia cansativo", "não consigo dormir", "me conta algo legal", "boa noite"),
    "ja": ("こんばんは", "今日は疲れた", "眠れない", "何か面白い話して", "おやすみ"),
}


def companion_message(rng: np.random.Generator, chat: Sequence[str], lang: str, app: str) -> str:
    name = pick(rng, _COMPANION_NAMES)
    if lang == "en" and chance(rng, 0.25):
        msg = _clip(pick(rng, chat), 10, 200, rng)
    else:
        msg = pick(rng, _SMALLTALK[lang])
    return f"[{app} | character={name} | mood={pick(rng, ('playful', 'calm', 'supportive', 'curious'))}]\nUser: {msg}"


_PRODUCTS = (
    "a reusable water bottle",
    "a budgeting app",
    "noise-cancelling earbuds",
    "a vegan protein bar",
    "a B2B invoicing tool",
    "a language-learning app",
    "a dog-walking service",
    "a standing desk",
    "a cybersecurity audit",
    "a boutique hotel in Lisbon",
    "an electric cargo bike",
)


def ad_copy(rng: np.random.Generator) -> str:
    return (
        f"Write {pick(rng, (3, 5, 5, 10))} {pick(rng, ('ad headlines', 'taglines', 'email subject lines', 'Instagram captions'))} "
        f"for {pick(rng, _PRODUCTS)} aimed at {pick(rng, ('students', 'parents', 'small-business owners', 'retirees', 'developers'))}. "
        f"Tone: {pick(rng, ('playful', 'premium', 'urgent', 'reassuring'))}. Max {pick(rng, (30, 40, 60, 90))} characters each."
    )


def assignment_text(rng: np.random.Generator, course: str) -> str:
    c, s = _concept(rng)
    return (
        f"{course} - Problem set {irange(rng, 3, 6)}, question {irange(rng, 1, 8)}: Using {c}, analyse the "
        f"case discussed in lecture and justify your answer with at least two references to the readings."
    )


def student_prompt(
    rng: np.random.Generator, chat: Sequence[str], assignments: Sequence[str]
) -> str:
    if chance(rng, 0.55):
        a = pick(rng, assignments)
        ask = pick(
            rng,
            (
                "I don't understand what this question is asking, can you explain?",
                "Can you check my approach? I think the answer depends on the assumptions.",
                "what concepts do I need for this",
                "Give me a hint but don't solve it please",
                "is my reasoning right: I said it increases because demand shifts",
                "how should I structure my answer to this?",
            ),
        )
        return f"{a}\n\n{ask}"
    return _clip(pick(rng, chat), 15, 700, rng)


def translation_job(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    tgt: str,
    client: str,
    glossary: Sequence[str],
) -> str:
    g = "; ".join(
        f"{x} -> keep"
        for x in rng.choice(np.asarray(glossary), size=irange(rng, 1, 3), replace=False).tolist()
    )
    text = _clip(pick(rng, passages if chance(rng, 0.5) else chat), 40, 500, rng)
    return (
        f"Translate the segment into {LANG_NAMES[tgt]} for client {client}. Glossary: {g}. Style: "
        f"{pick(rng, ('formal', 'marketing, lively', 'technical, neutral', 'legal, literal'))}. Output the "
        f"translation only.\n\nSegment:\n{text}"
    )


def question_bank(rng: np.random.Generator, grade: int, topic: str, difficulty: str) -> str:
    return (
        f"Write {pick(rng, (4, 5, 6))} {difficulty} practice questions for grade {grade} on {topic}, each "
        f"with a fully worked solution and the most common wrong answer explained. Format for our item "
        f"bank: Q#, stem, solution, distractor note."
    )


BANK_TOPICS = (
    "linear equations",
    "ratios and proportions",
    "probability of compound events",
    "quadratic functions",
    "the water cycle",
    "cell structure",
    "forces and motion",
    "chemical reactions",
    "reading graphs",
    "persuasive writing",
    "fractions and decimals",
    "world war II causes",
    "geometry: similar triangles",
    "exponents",
    "ecosystems",
)

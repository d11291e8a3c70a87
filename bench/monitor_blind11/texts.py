"""Text material of batch 11: topics cut out of real ShareGPT prompts, generated problems with
fresh numbers (so no two harvest prompts are byte-identical), and a few hand-written phrase
tables in several languages. Every function takes the caller's generator: batches stay
deterministic per seed."""

from __future__ import annotations

import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

_WS = re.compile(r"\s+")


def clip_words(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary near `limit` characters."""
    text = _WS.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut if cut else text[:limit]


def topic(rng: np.random.Generator, chat: list[str], limit: int = 90) -> str:
    """A subject phrase: the opening of a real user's prompt."""
    for _ in range(6):
        t = clip_words(pick(rng, chat).split("\n", 1)[0], limit).strip(" .:?!\"'")
        if len(t) >= 12:
            return t
    return clip_words(pick(rng, chat), limit)


def passage(rng: np.random.Generator, passages: list[str], lo: int = 400, hi: int = 1600) -> str:
    """A real assistant answer, cut to a random length in [lo, hi] characters."""
    return clip_words(pick(rng, passages), irange(rng, lo, hi))


# --------------------------------------------------------------------------------------------
# domains a targeted harvest asks about (hand-written; the operators want specialist knowledge)

DOMAINS = (
    "pharmacokinetics of beta blockers in elderly patients", "contract law: liquidated damages clauses",
    "IFRS 16 lease accounting", "Kubernetes network policies", "differential privacy for tabular data",
    "lithium-ion battery degradation mechanisms", "Bayesian hierarchical models", "TCP congestion control",
    "maritime insurance (P&I clubs)", "anticoagulant dosing in renal impairment", "Rust lifetimes and borrowing",
    "structural engineering of timber frames", "options pricing with the Heston model", "CRISPR off-target effects",
    "EU GDPR data subject access requests", "semiconductor lithography (EUV)", "transformer attention variants",
    "Chinese civil procedure", "tax treatment of stock options in Germany", "PostgreSQL query planning",
    "soil salinity management in irrigated farms", "pediatric asthma management", "compiler register allocation",
    "antitrust market definition", "reinforcement learning from human feedback", "clinical trial design: non-inferiority",
    "supply-chain finance and reverse factoring", "formal verification with TLA+", "wind turbine blade fatigue",
    "Japanese keigo (honorific speech)", "bond duration and convexity", "zero-knowledge proofs",
    "veterinary dosing for dogs and cats", "HVAC load calculation", "organic synthesis: Grignard reactions",
    "cross-border e-commerce VAT", "GPU kernel optimisation with shared memory", "sepsis early warning scores",
)

SENSITIVE = (
    "the 1989 Tiananmen Square protests", "Taiwan's political status", "Xinjiang", "Tibet's history",
    "criticism of national leaders", "Falun Gong", "Hong Kong's 2019 protests", "press freedom rankings",
    "territorial disputes in the South China Sea", "religious minorities", "internet censorship",
)

LANG_NAMES = {"en": "English", "zh": "Chinese", "ru": "Russian", "es": "Spanish", "pt": "Portuguese",
              "ko": "Korean", "ja": "Japanese", "de": "German", "fr": "French", "vi": "Vietnamese",
              "ar": "Arabic", "id": "Indonesian", "tr": "Turkish", "it": "Italian", "pl": "Polish"}


# --------------------------------------------------------------------------------------------
# generated problems (fresh numbers every call)

def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A word problem or exercise with random numbers."""
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 12)
    name = pick(rng, NAMES)
    if lang == "zh":
        zh = (
            f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b + a}小时。两管同时开，多少小时注满？",
            f"从{a + c}个人中选出{c}人组成委员会，其中必须包含某两个人中的至少一个，有多少种选法？",
            f"已知数列满足 a_1 = {c}, a_(n+1) = {b % 5 + 2}a_n - {a % 7 + 1}，求 a_{irange(rng, 5, 12)}。",
            f"证明：对任意正整数 n，{c}^n - 1 能被 {c - 1 if c > 2 else 1} 整除。",
            f"一个袋子里有{a % 9 + 3}个红球和{b % 7 + 2}个蓝球，不放回地取出{min(c, 4)}个，恰好取到2个红球的概率是多少？",
            f"求函数 f(x) = x^3 - {a}x^2 + {b}x - {c} 在区间 [0, {c + 3}] 上的最大值和最小值。",
            f"{name}以每小时{b + 10}公里的速度骑车出发，{c}分钟后他的朋友以每小时{b + 25}公里追赶，多久能追上？",
            f"在三角形ABC中，AB = {a % 20 + 5}，AC = {b % 20 + 6}，角A = {30 + 15 * (c % 7)}度，求BC的长度。",
        )
        return zh[k]
    en = (
        f"{name} invests ${a * 100} at {c}% interest compounded monthly and adds ${b * 10} at the end of "
        f"every month. How much is in the account after {irange(rng, 2, 15)} years?",
        f"How many {c}-element subsets of {{1, 2, ..., {a + c}}} contain no two consecutive integers?",
        f"A bag holds {a % 9 + 3} red, {b % 7 + 2} blue and {c} green marbles. {min(c, 4)} are drawn without "
        f"replacement. What is the probability that all colours appear?",
        f"Find all real x with sqrt(x + {a}) + sqrt(x - {b % 10 + 1}) = {c + 5}.",
        f"Prove that for every integer n >= 1, the number {c}^(2n) - 1 is divisible by {c * c - 1}.",
        f"A train leaves at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} going {b + 40} km/h; a second train leaves "
        f"the same station {c * 5} minutes later at {b + 70} km/h. When and where does it catch up?",
        f"Let f(x) = {a}x^3 - {b}x + {c}. Find the area enclosed between f and the x-axis on [{-(c % 4) - 1}, "
        f"{c % 5 + 1}] and explain each integral you set up.",
        f"In triangle ABC, AB = {a % 20 + 5}, AC = {b % 20 + 6} and the angle at A is {30 + 15 * (c % 7)} degrees. "
        f"Find BC and the radius of the circumscribed circle.",
    )
    return en[k]


def logic_puzzle(rng: np.random.Generator) -> str:
    people = [pick(rng, NAMES) for _ in range(irange(rng, 3, 5))]
    people = list(dict.fromkeys(people)) or ["Ana", "Ben", "Chen"]
    jobs = ("doctor", "pilot", "chef", "teacher", "lawyer", "painter", "engineer")
    clues = []
    for i, p in enumerate(people):
        q = people[(i + 1) % len(people)]
        clues.append(pick(rng, (f"{p} is not the {pick(rng, jobs)}.", f"{p} is older than {q}.",
                                f"The {pick(rng, jobs)} lives next to {q}.",
                                f"If {p} is the {pick(rng, jobs)}, then {q} is not the {pick(rng, jobs)}.")))
    return (f"{len(people)} people ({', '.join(people)}) each have a different job among "
            f"{', '.join(jobs[:len(people)])}. Clues: {' '.join(clues)} Who has which job?")


_CODE_TASKS = (
    "an LRU cache with O(1) get and put", "a thread-safe rate limiter using the token bucket algorithm",
    "Dijkstra's algorithm on a graph given as an adjacency list", "a parser for arithmetic expressions with "
    "precedence", "interval merging for a list of [start, end] pairs", "a trie supporting prefix counts",
    "topological sort that detects cycles", "the longest increasing subsequence in O(n log n)",
    "a consistent-hashing ring with virtual nodes", "a bloom filter with a configurable false-positive rate",
    "k-means clustering from scratch", "a JSON pretty-printer without using the json module",
    "an async web crawler limited to {n} concurrent requests", "matrix exponentiation for Fibonacci mod {m}",
    "a sudoku solver using constraint propagation", "a min-heap with decrease-key",
)
LANGS_CODE = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def code_task(rng: np.random.Generator) -> str:
    task = pick(rng, _CODE_TASKS).format(n=irange(rng, 4, 64), m=pick(rng, (10**9 + 7, 998244353, 10**6 + 3)))
    return f"Implement {task} in {pick(rng, LANGS_CODE)}."


def hard_problem(rng: np.random.Generator, chat: list[str], lang: str = "en") -> str:
    """The problem part of a reasoning-harvest prompt: maths, logic, code or a real user's question."""
    u = rng.random()
    if u < 0.4:
        return math_problem(rng, "zh" if lang == "zh" else "en")
    if u < 0.55:
        return logic_puzzle(rng)
    if u < 0.75:
        return code_task(rng)
    return clip_words(pick(rng, chat), irange(rng, 120, 700))


def mc_item(rng: np.random.Generator, chat: list[str]) -> tuple[str, list[str]]:
    """A multiple-choice stem built around a real topic, with four option texts."""
    subj = topic(rng, chat, 70)
    stems = (
        f"Which of the following statements about \"{subj}\" is most accurate?",
        f"A practitioner working on {pick(rng, DOMAINS)} observes an unexpected result. What is the most likely cause?",
        f"In the context of {pick(rng, DOMAINS)}, which option is NOT correct?",
        f"Consider: {subj}. Which answer best follows?",
    )
    opts = [f"{pick(rng, ('It increases', 'It decreases', 'It has no effect on', 'It doubles', 'It depends on'))} "
            f"{pick(rng, ('the error rate', 'the total cost', 'latency', 'the measured value', 'risk', 'throughput'))}"
            for _ in range(4)]
    return pick(rng, stems), opts


def jitter_ws(rng: np.random.Generator, text: str) -> str:
    """Small human/script variations: trailing newline, double space, stray punctuation."""
    u = rng.random()
    if u < 0.15:
        return text + "\n"
    if u < 0.25:
        return text.replace(". ", ".  ", 1)
    if u < 0.3:
        return text.rstrip(".") + " ..."
    return text


def person(rng: np.random.Generator) -> str:
    return pick(rng, NAMES)


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)


def maybe(rng: np.random.Generator, p: float, text: str) -> str:
    return text if chance(rng, p) else ""

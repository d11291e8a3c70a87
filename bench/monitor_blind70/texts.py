"""Prompt texts of batch 70, written fresh for it: the harvesting requests of the campaign
families and the domain texts of the benign kinds.

Every builder takes a generator (and, where it wraps ordinary text, a ShareGPT prompt or answer
handed in by the caller) and returns one prompt. Numbers, names, topics, languages and voices are
drawn per call, so no two harvesting prompts are the same string unless a family deliberately
re-sends one. Templates are filled with `fill` (plain token replacement), so JSON braces in a
template need no escaping.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def fill(template: str, **kw: object) -> str:
    """Replace `{key}` tokens for the given keys only (other braces are left alone)."""
    out = template
    for k, v in kw.items():
        out = out.replace("{" + k + "}", str(v))
    return out


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A leading slice of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def weighted(rng: Rng, items: dict[str, float]) -> str:
    keys = list(items)
    w = np.asarray([items[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# vocabulary

CITIES = ("Lagos", "Porto", "Hanoi", "Montreal", "Cusco", "Tbilisi", "Osaka", "Nairobi", "Gdansk", "Medellin",
          "Izmir", "Pune", "Adelaide", "Bergen", "Valparaiso", "Cebu", "Tunis", "Leipzig", "Busan", "Accra",
          "Kraków", "Bilbao", "Chengdu", "Recife", "Almaty", "Durban", "Lyon", "Tallinn", "Surabaya", "Quito")

CONCEPTS: dict[str, tuple[str, ...]] = {
    "mathematics": ("the spectral theorem", "generating functions", "the Chinese remainder theorem", "Bayes' theorem",
                    "Lagrange multipliers", "singular value decomposition", "the central limit theorem",
                    "Markov chains", "group homomorphisms", "Fourier series", "the pigeonhole principle",
                    "Jensen's inequality"),
    "physics": ("Noether's theorem", "the photoelectric effect", "Bernoulli's principle", "entropy in statistical mechanics",
                "relativistic time dilation", "Maxwell's equations", "quantum tunnelling", "gyroscopic precession",
                "the Carnot cycle", "superconductivity", "Rayleigh scattering", "the Doppler effect"),
    "chemistry": ("Le Chatelier's principle", "SN1 versus SN2 substitution", "buffer solutions", "molecular orbital theory",
                  "chirality and enantiomers", "galvanic cells", "rate laws and reaction order", "orbital hybridisation",
                  "Gibbs free energy", "radical polymerisation", "chromatography", "transition-metal catalysis"),
    "biology": ("CRISPR-Cas9 gene editing", "the citric acid cycle", "action potentials", "Hardy-Weinberg equilibrium",
                "the adaptive immune response", "the light reactions of photosynthesis", "DNA methylation",
                "mitosis versus meiosis", "chaperone-assisted protein folding", "the lac operon", "kin selection",
                "the gut microbiome"),
    "computer science": ("dynamic programming", "B-trees", "the CAP theorem", "tracing garbage collection",
                         "TCP congestion control", "public-key cryptography", "consistent hashing", "the halting problem",
                         "attention in transformers", "Raft consensus", "bloom filters", "copy-on-write file systems"),
    "economics": ("comparative advantage", "the Phillips curve", "moral hazard", "price elasticity of demand",
                  "quantitative easing", "the Coase theorem", "Nash equilibrium", "purchasing power parity",
                  "the tragedy of the commons", "the Solow growth model", "adverse selection", "Dutch disease"),
    "law": ("the doctrine of precedent", "consideration in contract law", "the GDPR's lawful bases", "fair use",
            "mens rea", "judicial review", "negligence in tort", "the separation of powers", "habeas corpus",
            "force majeure clauses", "adverse possession", "the exclusionary rule"),
    "medicine": ("the pathophysiology of type 2 diabetes", "how statins lower cholesterol", "early sepsis management",
                 "the renin-angiotensin system", "antibiotic resistance", "the phases of a clinical trial",
                 "vaccine adjuvants", "stepwise asthma therapy", "heart failure with preserved ejection fraction",
                 "the blood-brain barrier", "anticoagulation in atrial fibrillation", "thyroid feedback loops"),
    "history": ("the fall of the Western Roman Empire", "the Meiji Restoration", "the Peace of Westphalia",
                "the Haitian Revolution", "the Bretton Woods system", "the partition of India", "the Hanseatic League",
                "the Columbian Exchange", "the Congress of Vienna", "decolonisation in West Africa",
                "the Taiping Rebellion", "the Mali Empire under Mansa Musa"),
    "finance": ("discounted cash flow valuation", "the Black-Scholes model", "bond duration and convexity",
                "the efficient-market hypothesis", "leveraged buyouts", "credit default swaps", "modern portfolio theory",
                "the option Greeks", "IFRS 16 lease accounting", "working capital management", "yield curve inversion",
                "market making and bid-ask spreads"),
    "philosophy": ("the trolley problem", "Kant's categorical imperative", "the ship of Theseus", "Rawls' veil of ignorance",
                   "Hume's problem of induction", "functionalism about the mind", "Gettier cases", "rule utilitarianism",
                   "the Chinese room argument", "Sartre's existentialism", "moral luck", "the sorites paradox"),
    "engineering": ("PID control", "finite element analysis", "Kalman filters", "heat exchanger sizing",
                    "the Nyquist sampling theorem", "metal fatigue", "op-amp feedback circuits",
                    "frequency regulation in power grids", "reinforced concrete beam design",
                    "lithium-ion battery degradation", "bearing lubrication regimes", "impedance matching"),
}
DOMAINS = tuple(CONCEPTS)

AUDIENCES = ("first-year undergraduates", "high-school students preparing for exams", "a self-taught programmer",
             "nurses in continuing education", "MBA students", "curious adults with no background",
             "graduate students", "engineers switching fields", "a 14-year-old", "junior analysts at a bank")

LANG_NAMES = {"en": "English", "zh": "Chinese", "es": "Spanish", "ru": "Russian", "pt": "Portuguese",
              "de": "German", "fr": "French", "ja": "Japanese", "ko": "Korean", "id": "Indonesian",
              "ar": "Arabic", "hi": "Hindi", "tr": "Turkish", "vi": "Vietnamese"}

LOW_RESOURCE = ("Swahili", "Yoruba", "Tagalog", "Bengali", "Amharic", "Hausa", "Nepali", "Quechua", "Kazakh",
                "Urdu", "Marathi", "Tamil", "Zulu", "Khmer", "Burmese", "Sinhala", "Lao", "Igbo", "Somali",
                "Uzbek", "Kinyarwanda", "Malagasy", "Pashto", "Tigrinya", "Wolof", "Javanese", "Cebuano")


def concept(rng: Rng) -> tuple[str, str]:
    d = pick(rng, DOMAINS)
    return d, pick(rng, CONCEPTS[d])


# --------------------------------------------------------------------------------------------
# problems: maths, logic, code, conceptual questions (fresh numbers every call)


def _m_trains(rng: Rng) -> str:
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    d, s1, s2 = irange(rng, 120, 980), irange(rng, 45, 140), irange(rng, 50, 160)
    lag = irange(rng, 10, 95)
    return (f"A train leaves {c1} towards {c2}, {d} km away, at {s1} km/h. {lag} minutes later a second train "
            f"leaves {c2} towards {c1} at {s2} km/h. How far from {c1} do they meet, and at what time after the "
            f"first departure?")


def _m_mixture(rng: Rng) -> str:
    p1, p2 = irange(rng, 5, 30), irange(rng, 45, 90)
    p3 = irange(rng, p1 + 3, p2 - 3)
    v = irange(rng, 2, 60)
    return (f"How many litres of a {p1}% saline solution must be added to {v} litres of a {p2}% solution to get a "
            f"{p3}% solution? Give an exact fraction if the answer is not an integer.")


def _m_marbles(rng: Rng) -> str:
    r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, 5)
    j = irange(rng, 1, min(k, r))
    return (f"A bag holds {r} red, {b} blue and {g} green marbles. {pick(rng, NAMES)} draws {k} marbles without "
            f"replacement. What is the probability that exactly {j} of them are red? What if the draws are with "
            f"replacement?")


def _m_modpow(rng: Rng) -> str:
    a, e, m = irange(rng, 3, 97), irange(rng, 100, 9999), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000))
    return f"Find the remainder when {a}^{e} is divided by {m}."


def _m_digits(rng: Rng) -> str:
    n, s = irange(rng, 3, 6), irange(rng, 5, 30)
    extra = pick(rng, ("", " and no digit repeats", " and the number is even", " and the first digit is odd"))
    return f"How many {n}-digit positive integers have digits that sum to {s}{extra}?"


def _m_triangle(rng: Rng) -> str:
    a, b = irange(rng, 4, 40), irange(rng, 4, 40)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return (f"A triangle has sides {a}, {b} and {c}. Find its area, the radius of its inscribed circle and the "
            f"length of the altitude to the side of length {c}.")


def _m_calculus(rng: Rng) -> str:
    a, b, c, d = irange(rng, 1, 6), irange(rng, 2, 15), irange(rng, 1, 30), irange(rng, 2, 9)
    return pick(rng, (
        f"Find the maximum and minimum of f(x) = {a}x^3 - {b}x^2 + {c}x on the interval [0, {d}].",
        f"Evaluate the integral of x^{irange(rng, 1, 4)} e^(-{a}x) from 0 to infinity.",
        f"A ladder {b} m long slides down a wall; its foot moves away at {a} m/s. How fast is the top falling "
        f"when the foot is {min(b - 1, d)} m from the wall?",
        f"Find the volume of the solid obtained by rotating y = sqrt(x), 0 <= x <= {d}, about the line y = -{a}.",
    ))


def _m_interest(rng: Rng) -> str:
    p, r = irange(rng, 5, 250) * 100, round(float(rng.uniform(1.5, 11.0)), 2)
    freq = pick(rng, ("monthly", "quarterly", "annually", "continuously"))
    target = pick(rng, ("double", "triple", f"reach ${p * irange(rng, 2, 5):,}"))
    return f"{pick(rng, NAMES)} invests ${p:,} at {r}% interest compounded {freq}. After how many years will the investment {target}?"


def _m_work(rng: Rng) -> str:
    n1, n2, n3 = pick(rng, NAMES), pick(rng, NAMES), pick(rng, NAMES)
    h1, h2, h3 = irange(rng, 2, 12), irange(rng, 3, 15), irange(rng, 4, 20)
    return (f"{n1} can tile a floor in {h1} hours, {n2} in {h2} hours and {n3} in {h3} hours. {n1} and {n2} start "
            f"together; after {irange(rng, 1, 3)} hour(s) {n2} leaves and {n3} joins. How long does the whole job take?")


def _m_recurrence(rng: Rng) -> str:
    a, p, q, m, n = irange(rng, 1, 20), irange(rng, 2, 9), irange(rng, 1, 50), irange(rng, 11, 997), irange(rng, 50, 10**6)
    return f"Let a_1 = {a} and a_(n+1) = ({p} a_n + {q}) mod {m}. Find a_{n}, and explain how you avoid computing every term."


def _m_matrix(rng: Rng) -> str:
    v = rng.integers(-6, 10, size=4).tolist()
    return (f"Find the eigenvalues and eigenvectors of the matrix [[{v[0]}, {v[1]}], [{v[2]}, {v[3]}]], and say "
            f"whether it is diagonalisable.")


def _m_diophantine(rng: Rng) -> str:
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    c = a * irange(rng, 1, 30) + b * irange(rng, 1, 30)
    return f"Find all pairs of positive integers (x, y) with {a}x + {b}y = {c}."


def _m_ages(rng: Rng) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    k, y, m = irange(rng, 2, 5), irange(rng, 3, 15), irange(rng, 2, 4)
    return (f"{n1} is {k} times as old as {n2}. In {y} years {n1} will be {m} times as old as {n2} was "
            f"{irange(rng, 2, 6)} years ago, plus {irange(rng, 1, 20)}. How old are they now?")


def _m_stats(rng: Rng) -> str:
    xs = sorted(rng.integers(10, 99, size=irange(rng, 7, 12)).tolist())
    return (f"For the data {', '.join(map(str, xs))}: compute the mean, median, sample standard deviation and the "
            f"interquartile range, and decide whether {xs[-1] + irange(rng, 20, 80)} would be an outlier by the 1.5*IQR rule.")


_MATH_EN = (_m_trains, _m_mixture, _m_marbles, _m_modpow, _m_digits, _m_triangle, _m_calculus, _m_interest,
            _m_work, _m_recurrence, _m_matrix, _m_diophantine, _m_ages, _m_stats)


def _math_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 50), irange(rng, 2, 30), irange(rng, 100, 5000)
    return pick(rng, (
        f"一个水池有两个进水管和一个出水管。甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时，出水管单独放空需要{a + 2 * b}小时。三管齐开，多少小时能注满水池？",
        f"求满足 {a}x + {b}y = {c} 的所有正整数解 (x, y)。",
        f"某商品先提价{irange(rng, 5, 40)}%，再降价{irange(rng, 5, 40)}%，最后售价为{c}元。原价是多少元？",
        f"从1到{c}的整数中，既不是{min(a, 12) + 1}的倍数也不是{min(b, 12) + 2}的倍数的数有多少个？",
        f"已知三角形三边长分别为{a + 3}、{b + 4}、{a + b + 2}，求它的面积和外接圆半径。",
    ))


def _math_es(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 40), irange(rng, 100, 9000)
    return pick(rng, (
        f"Un depósito se llena con un grifo en {a} horas y con otro en {a + b} horas. Si se abren ambos y a la vez un desagüe que lo vacía en {a + 2 * b} horas, ¿cuánto tarda en llenarse?",
        f"¿Cuántos números enteros entre 1 y {c} son divisibles por {min(a, 15) + 1} o por {min(b, 15) + 2}, pero no por ambos?",
        f"{pick(rng, NAMES)} compra un coche por {c * 10} euros que se deprecia un {irange(rng, 8, 25)}% al año. ¿Cuánto valdrá dentro de {irange(rng, 3, 12)} años?",
    ))


def _math_ru(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 40), irange(rng, 100, 9000)
    return pick(rng, (
        f"Из пунктов А и Б, расстояние между которыми {c // 10} км, навстречу друг другу выехали два велосипедиста со скоростями {min(a, 30) + 8} и {min(b, 30) + 6} км/ч. Через сколько часов они встретятся?",
        f"Найдите все натуральные n ≤ {c}, для которых n^2 + {a} делится на {min(b, 20) + 3}.",
        f"Сколько существует {irange(rng, 3, 6)}-значных чисел, у которых сумма цифр равна {irange(rng, 5, 25)}?",
    ))


def _math_pt(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 40), irange(rng, 100, 9000)
    return pick(rng, (
        f"Uma loja aplica um desconto de {irange(rng, 5, 40)}% e depois cobra {irange(rng, 3, 20)}% de imposto. Se o preço final é R$ {c}, qual era o preço original?",
        f"Quantos anagramas da palavra {pick(rng, ('BANANA', 'PARALELO', 'ARARAQUARA', 'CASCAVEL', 'MATEMATICA'))} começam e terminam com vogal?",
        f"Resolva o sistema: {a}x + {b}y = {c}, {b}x - {a}y = {a + b}.",
    ))


def _math_ko(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 40), irange(rng, 100, 9000)
    return pick(rng, (
        f"주머니에 빨간 공 {min(a, 9) + 1}개와 파란 공 {min(b, 9) + 1}개가 있다. 공 3개를 동시에 꺼낼 때 빨간 공이 정확히 2개일 확률을 구하시오.",
        f"1부터 {c}까지의 자연수 중 {min(a, 12) + 1}의 배수이지만 {min(b, 12) + 2}의 배수가 아닌 수의 개수를 구하시오.",
    ))


_MATH_OTHER = {"zh": _math_zh, "es": _math_es, "ru": _math_ru, "pt": _math_pt, "ko": _math_ko}


def math_problem(rng: Rng, lang: str = "en") -> str:
    """One maths problem with fresh numbers, in `lang` where a native template exists."""
    if lang in _MATH_OTHER and chance(rng, 0.8):
        return _MATH_OTHER[lang](rng)
    return pick(rng, _MATH_EN)(rng)


def logic_puzzle(rng: Rng) -> str:
    who = list(dict.fromkeys(rng.choice(NAMES, size=8, replace=False).tolist()))
    kind = irange(rng, 0, 3)
    if kind == 0:
        a, b, c = who[:3]
        return (f"On an island, knights always tell the truth and knaves always lie. {a} says: \"{b} is a knave.\" "
                f"{b} says: \"{a} and {c} are of the same type.\" {c} says: \"{pick(rng, (a, b))} is a knight.\" "
                f"Determine who is a knight and who is a knave.")
    if kind == 1:
        n = irange(rng, 5, 7)
        order = who[:n]
        clues = []
        for _ in range(irange(rng, 3, 5)):
            i, j = sorted(rng.choice(n, size=2, replace=False).tolist())
            clues.append(pick(rng, (f"{order[i]} sits somewhere to the left of {order[j]}.",
                                    f"{order[j]} does not sit next to {order[i]}." if j - i > 1 else
                                    f"{order[i]} sits immediately left of {order[j]}.")))
        shuffled = sorted(order)
        return (f"{', '.join(shuffled)} sit in one row of {n} seats. " + " ".join(clues) +
                f" {order[0]} is at one end. Who could be in seat {irange(rng, 2, n - 1)}? List every arrangement consistent with the clues.")
    if kind == 2:
        n = pick(rng, (8, 9, 12, 13, 24, 27, 39, 40))
        return (f"You have {n} coins; exactly one is counterfeit and is {pick(rng, ('heavier', 'lighter', 'of unknown weight'))}. "
                f"With a balance scale, what is the minimum number of weighings that guarantees finding it? Give the full strategy.")
    h = irange(rng, 3, 6)
    return (f"{who[0]} hides a number between 1 and {10 ** h}. You may ask yes/no questions, but {who[0]} may lie at most "
            f"once. What is the minimum number of questions needed, and how would you ask them?")


_CODE = (
    ("longest_k_distinct", "returns the length of the longest substring of `s` with at most {k} distinct characters"),
    ("merge_k_lists", "merges {k} sorted linked lists into one sorted list"),
    ("count_climbs", "counts the ways to climb {n} stairs taking 1, 2 or {k} steps at a time, modulo 1_000_000_007"),
    ("parse_csv_line", "parses a CSV line whose fields may be quoted and contain commas and escaped quotes"),
    ("grid_path", "finds the shortest path in a {n}x{m} grid with walls, allowing at most {k} walls to be broken"),
    ("LRUCache", "implements an LRU cache of capacity {n} with O(1) get and put"),
    ("find_cycle", "detects a cycle in a directed graph given as adjacency lists and returns one cycle if present"),
    ("quickselect", "returns the {k}-th smallest element of an unsorted array in expected linear time"),
    ("is_ipv4", "validates an IPv4 address string without regular expressions"),
    ("TokenBucket", "rate-limits calls to {n} per {m} seconds with a token bucket, thread-safely"),
    ("weighted_edit_distance", "computes the edit distance of two strings where substitutions cost {k} and indels cost 1"),
    ("Codec", "serialises a binary tree to a string and back"),
    ("schedule", "orders {n} tasks with dependencies (topological sort) and reports the cycle if there is one"),
    ("count_inversions", "counts inversions in an array of up to {big} integers"),
    ("evaluate", "evaluates an arithmetic expression with + - * / and parentheses, respecting precedence"),
    ("min_partition", "splits {n} weights into two groups whose sums differ as little as possible"),
    ("debounce", "debounces a callback by {m} milliseconds, with a flush method"),
    ("group_anagrams", "groups a list of words into anagram classes"),
    ("Trie", "implements a trie with insert, search, starts_with and delete"),
    ("RunningMedian", "maintains the median of a stream of numbers with O(log n) updates"),
    ("interval_union", "merges overlapping intervals and returns the total covered length"),
    ("sliding_max", "returns the maximum of every window of size {k} in an array"),
    ("dijkstra", "computes single-source shortest paths in a graph of up to {big} edges with a binary heap"),
    ("retry_with_backoff", "retries a flaky call up to {k} times with exponential backoff and jitter"),
)
_CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def code_task(rng: Rng, lang: str | None = None) -> str:
    fn, what = pick(rng, _CODE)
    what = fill(what, k=irange(rng, 2, 9), n=irange(rng, 3, 500), m=irange(rng, 2, 300), big=f"{10 ** irange(rng, 5, 7):,}")
    pl = lang or pick(rng, _CODE_LANGS)
    return pick(rng, (
        f"Write a {pl} function `{fn}` that {what}. Handle edge cases and state the time and space complexity.",
        f"Implement a {pl} function that {what}. Give the code, a few unit tests, and a walkthrough on a small example.",
        f"{pl} question: I need `{fn}`, which {what}. What's the cleanest correct way to do it?",
        f"Task ({pl}): write `{fn}`, which {what}.\nRequirements: idiomatic code, no external libraries, comments on the tricky parts.",
    ))


def conceptual(rng: Rng) -> str:
    d, c = concept(rng)
    return pick(rng, (
        f"Why does {c} work the way it does? Explain the underlying mechanism rather than just the rule.",
        f"What is the most common misconception about {c}, and what is actually true?",
        f"Compare {c} with {pick(rng, CONCEPTS[d])}: where do they overlap and where do they differ?",
        f"Derive or justify {c} from first principles, assuming only basic {d}.",
        f"Give a rigorous but readable explanation of {c}, with one concrete numerical example.",
    ))


def hard_question(rng: Rng, lang: str = "en") -> str:
    r = rng.random()
    if r < 0.5:
        return math_problem(rng, lang)
    if r < 0.65:
        return logic_puzzle(rng)
    if r < 0.85:
        return code_task(rng)
    return conceptual(rng)


# --------------------------------------------------------------------------------------------
# fumarole: reasoning-trace coercion

_COT = {
    "en": (
        "Solve the following problem. Before answering, think it through inside <think></think> tags, writing every "
        "intermediate step, including approaches you try and abandon. Then give the final answer on its own line as "
        "'ANSWER: ...'.\n\n{q}",
        "{q}\n\nShow your complete reasoning. Don't skip or summarise steps: I need the full derivation with every "
        "calculation written out, then check the result by a second, independent method.",
        "Respond ONLY with a JSON object {\"reasoning_steps\": [...], \"self_check\": \"...\", \"final_answer\": \"...\"}. "
        "Each reasoning step must be one full sentence explaining a single move.\nProblem: {q}",
        "You are an olympiad coach thinking aloud. Work the problem below slowly: what is given, what is asked, a plan, "
        "execution, and a critical re-check where you hunt for your own mistakes. Finish with \\boxed{}.\n\n{q}",
        "Problem {id}:\n{q}\n---\nReason step by step at maximum length. Label each step 'Step k:'. After the last step "
        "write 'Final:' followed by the answer only.",
        "{q}\n\nlet's think about this really carefully, step by step, and double-check each step before moving on. "
        "write out all your thinking, even the parts where you're unsure.",
    ),
    "zh": (
        "请一步一步地思考下面的问题，把完整的思考过程（包括尝试过又放弃的思路）写在<思考>和</思考>之间，最后单独一行给出答案。\n\n{q}",
        "题目：{q}\n要求：逐步详细推导，不要省略任何计算；推导结束后用另一种方法验算，最后写“最终答案：”。",
        "你是一位严谨的数学老师。请先复述题目条件，再分步骤求解，每一步都说明理由，最后检查是否有遗漏的情况。\n{q}",
    ),
    "ru": (
        "Реши задачу. Сначала подробно распиши ход рассуждений, каждый шаг отдельно, затем проверь ответ другим "
        "способом и запиши его в конце в виде «Ответ: …».\n\n{q}",
        "{q}\n\nРассуждай вслух, шаг за шагом, не пропуская вычислений. Если находишь ошибку, исправь её явно.",
    ),
    "es": (
        "Resuelve el siguiente problema explicando tu razonamiento paso a paso, sin omitir ningún cálculo. Al final, "
        "verifica el resultado y escribe «Respuesta final: …».\n\n{q}",
        "{q}\n\nPiensa en voz alta y con detalle: datos, plan, cálculos, comprobación. No resumas.",
    ),
    "ko": (
        "다음 문제를 풀어 주세요. 답을 내기 전에 생각 과정을 단계별로 모두 자세히 적고, 마지막 줄에 '정답:' 형식으로 답을 쓰세요.\n\n{q}",
    ),
    "pt": (
        "Resolva o problema abaixo raciocinando passo a passo. Escreva todo o raciocínio, inclusive tentativas que "
        "não deram certo, e termine com 'Resposta: ...'.\n\n{q}",
    ),
}


def cot_coercion(rng: Rng, lang: str) -> str:
    voices = _COT.get(lang, _COT["en"])
    q = hard_question(rng, lang if lang in _COT else "en")
    return fill(pick(rng, voices), q=q, id=f"#{irange(rng, 1000, 99999)}")


# --------------------------------------------------------------------------------------------
# tephra: rubric / preference grading harvested as reward-model labels

_RUBRIC_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness",
                    "depth", "clarity", "tone", "honesty about uncertainty", "code correctness", "completeness")


def rubric_grading(rng: Rng, instruction: str, resp_a: str, resp_b: str, lang: str = "en") -> tuple[str, str]:
    """A grading request on one or two responses; returns (prompt, voice) so the caller can size
    the completion by voice."""
    crit = ", ".join(rng.choice(_RUBRIC_CRITERIA, size=irange(rng, 3, 5), replace=False).tolist())
    scale = pick(rng, ("1-10", "1-7", "0-5", "1-5"))
    ins = clip_text(rng, instruction, 80, 900)
    a = clip_text(rng, resp_a, 250, 1400)
    b = clip_text(rng, resp_b, 250, 1400)
    if lang == "zh":
        voice = pick(rng, ("zh_pair", "zh_single"))
        if voice == "zh_pair":
            return (f"请作为一名公正的评审，比较下面两个AI助手对用户问题的回答。从{crit}等方面逐项分析，给出{scale}分的评分，"
                    f"并说明理由，最后输出 [[A]]、[[B]] 或 [[平局]]。\n\n[用户问题]\n{ins}\n\n[回答A]\n{a}\n\n[回答B]\n{b}"), voice
        return (f"请根据以下标准为回答打分（{scale}分）：{crit}。先写出详细的评语，再给出分数，格式为“分数：X”。"
                f"\n\n问题：{ins}\n\n回答：{a}"), voice
    voice = pick(rng, ("pair_judge", "json_label", "critique_revise", "single_likert", "pair_json"))
    if voice == "pair_judge":
        return (f"[System] Act as an impartial judge. Compare the two assistant responses to the user instruction. "
                f"Consider {crit}. Explain your reasoning in detail, avoid position bias, then output your verdict as "
                f"[[A]], [[B]] or [[tie]].\n\n[Instruction]\n{ins}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"), voice
    if voice == "json_label":
        return (f"Label the response for a reward model. Output JSON: {{\"scores\": {{<criterion>: <{scale}>}}, "
                f"\"overall\": <{scale}>, \"rationale\": \"<3-6 sentences>\"}}. Criteria: {crit}.\n\n"
                f"### Prompt\n{ins}\n\n### Response\n{a}"), voice
    if voice == "critique_revise":
        return (f"Here is a user request and a draft answer. (1) Critique the draft against these principles: {crit}. "
                f"Be specific and quote the problematic parts. (2) Then write a revised answer that fixes every issue "
                f"and is better than the draft in every respect.\n\nREQUEST:\n{ins}\n\nDRAFT:\n{a}"), voice
    if voice == "single_likert":
        return (f"Rate the following answer on a {scale} scale for each of: {crit}. For each criterion give the score "
                f"and one sentence of justification, then an overall score.\n\nQuestion: {ins}\nAnswer: {a}"), voice
    return (f"Pairwise preference task #{irange(rng, 10000, 999999)}.\nReturn JSON with keys \"preferred\" (\"A\"|\"B\"), "
            f"\"margin\" (1-3), \"reasons\" (list of strings), and \"ideal_response\" (write the response you would "
            f"have given).\nCriteria: {crit}\n\nUSER: {ins}\n\nA: {a}\n\nB: {b}"), voice


# --------------------------------------------------------------------------------------------
# caldera: agentic tool-use trajectories

_TOOLSETS = (
    ("web_search(query)", "fetch_url(url)", "python(code)", "write_file(path, content)"),
    ("search_flights(origin, dest, date)", "get_weather(city, date)", "book(option_id, passenger)", "send_email(to, body)"),
    ("sql_query(sql)", "list_tables()", "describe_table(name)", "plot(spec)"),
    ("shell(cmd)", "read_file(path)", "apply_patch(diff)", "run_tests(selector)"),
    ("crm_lookup(customer_id)", "create_ticket(summary, priority)", "refund(order_id, amount)", "kb_search(query)"),
    ("browser.open(url)", "browser.click(selector)", "browser.type(selector, text)", "browser.read()"),
)

_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} on 2026-03-{d} and book the one with the shortest layover for {n}.",
    "Our nightly ETL job `{job}` started failing yesterday. Investigate and propose a fix.",
    "Compile a table of the five largest {thing} in {country} with sources, then save it to report.md.",
    "Customer {cid} says order #{oid} arrived damaged. Resolve it following the refund policy.",
    "Find which product category had the largest revenue drop between Q3 and Q4 and plot the monthly trend.",
    "Sign up for the newsletter on the {thing} page of {c1}'s tourism site and confirm the subscription.",
    "Migrate the `{job}` service from Python 3.9 to 3.12 and make the test suite pass.",
    "Plan a {d}-day trip to {c1} for {n} under ${budget}, checking the weather for each day.",
    "Write and run a script that deduplicates {rows} customer records by fuzzy name and email matching.",
    "Research whether {thing} regulations changed in {country} in 2025 and summarise the impact for our team.",
)
_THINGS = ("solar farms", "ports", "universities", "hospitals", "data centres", "logistics companies", "wind parks",
           "public libraries", "airports", "football stadiums")
_JOBS = ("orders_daily", "ledger-sync", "invoice_export", "geo-enrich", "user_dedupe", "events_rollup", "price-feed")


def agent_task(rng: Rng) -> tuple[str, tuple[str, ...]]:
    tools = pick(rng, _TOOLSETS)
    t = fill(pick(rng, _AGENT_TASKS), c1=pick(rng, CITIES), c2=pick(rng, CITIES), d=irange(rng, 2, 28),
             n=pick(rng, NAMES), job=pick(rng, _JOBS), thing=pick(rng, _THINGS), country=pick(rng, COUNTRIES),
             cid=f"C-{irange(rng, 10000, 99999)}", oid=irange(rng, 100000, 999999), budget=irange(rng, 8, 60) * 100,
             rows=f"{irange(rng, 5, 900) * 1000:,}")
    return t, tools


def agent_open(rng: Rng, voice: str, task: str, tools: tuple[str, ...]) -> str:
    tl = ", ".join(tools)
    if voice == "react":
        return (f"You are an autonomous agent. Available tools: {tl}.\nUse the format:\nThought: ...\nAction: "
                f"<tool>(<args>)\nObservation: (will be provided)\n... repeat ...\nFinal Answer: ...\n\nTask: {task}")
    if voice == "json":
        names = ", ".join(t.split("(")[0] for t in tools)
        return (f"{{\"task\": \"{task}\", \"tools\": [{names}], \"instructions\": \"Think before each call. Emit "
                f"exactly one tool call per turn as {{\\\"tool\\\": ..., \\\"args\\\": {{...}}, \\\"reasoning\\\": ...}}. "
                f"When done emit {{\\\"final\\\": ...}}.\"}}")
    if voice == "xml":
        return (f"<tools>{''.join(f'<tool>{t}</tool>' for t in tools)}</tools>\n<task>{task}</task>\n"
                f"<rules>Reason inside <plan> tags, then call one tool inside <call> tags. Explain why.</rules>")
    return (f"Let's solve this with tools ({tl}). Narrate your plan in detail before every step, so the trace can "
            f"be reviewed later.\n\n{task}")


def agent_observation(rng: Rng, voice: str, tools: tuple[str, ...], step: int) -> str:
    tool = pick(rng, tools).split("(")[0]
    payload = pick(rng, (
        f"{{\"status\": \"ok\", \"results\": [{{\"id\": \"{irange(rng, 100, 999)}-{irange(rng, 10, 99)}\", "
        f"\"price\": {irange(rng, 40, 1900)}, \"score\": {round(float(rng.uniform(0, 1)), 3)}}}, "
        f"{{\"id\": \"{irange(rng, 100, 999)}-{irange(rng, 10, 99)}\", \"price\": {irange(rng, 40, 1900)}}}]}}",
        f"Traceback (most recent call last):\n  File \"{pick(rng, _JOBS)}.py\", line {irange(rng, 12, 480)}, in run\n"
        f"KeyError: '{pick(rng, ('customer_id', 'ts', 'amount', 'region', 'sku'))}'",
        f"{irange(rng, 0, 40)} rows returned. columns: month, category, revenue. first row: 2025-{irange(rng, 1, 12):02d}, "
        f"{pick(rng, _THINGS)}, {irange(rng, 1000, 90000)}",
        f"HTTP {pick(rng, (200, 200, 200, 404, 403, 500))}. Page title: \"{pick(rng, CITIES)} — {pick(rng, _THINGS)}\". "
        f"{irange(rng, 3, 40)} links, {irange(rng, 1, 9)} forms.",
        f"== {irange(rng, 1, 60)} passed, {irange(rng, 0, 7)} failed in {round(float(rng.uniform(0.5, 90)), 2)}s ==",
        f"{{\"ticket\": \"T-{irange(rng, 1000, 9999)}\", \"state\": \"{pick(rng, ('open', 'pending', 'resolved'))}\"}}",
    ))
    if voice == "react":
        return f"Observation: {payload}\nContinue."
    if voice == "json":
        return f"{{\"tool_result\": {{\"tool\": \"{tool}\", \"step\": {step}, \"output\": {payload!r}}}}}"
    if voice == "xml":
        return f"<tool_response name=\"{tool}\">{payload}</tool_response>\nContinue with the next step; explain your reasoning."
    return f"Result of {tool}: {payload}\nWhat next? Think it through in detail before acting."


# --------------------------------------------------------------------------------------------
# lapilli: textbook chapters, asked the way a person would

_LESSON = {
    "en": (
        "Write a textbook section on {c} for {aud}. Include the intuition, a precise definition, two worked examples, "
        "common misconceptions, and five exercises with full worked solutions.",
        "can you teach me {c} like a full chapter? intuition first, then the formal stuff, examples, and some practice "
        "problems with answers at the end pls",
        "Explain {c} in depth. Then quiz me with five questions of increasing difficulty and give the answer key with explanations.",
        "I'm studying {d} on my own. Give me a complete lesson on {c}: background, key ideas, a worked example, pitfalls, and a summary table.",
        "Make me study notes on {c}, detailed enough that I could learn it from them alone, with examples and a self-test at the end.",
    ),
    "pt": (
        "Escreva uma aula completa sobre {c} para {aud}: intuição, definição formal, dois exemplos resolvidos, erros comuns e cinco exercícios com resolução.",
        "me explica {c} bem detalhado, tipo capítulo de livro, com exemplos e exercícios resolvidos no final?",
    ),
    "es": (
        "Escribe un capítulo de manual sobre {c} para {aud}, con intuición, definición, ejemplos resueltos, errores frecuentes y ejercicios con solución.",
        "¿me puedes explicar {c} a fondo, como si fuera una clase entera? con ejemplos y preguntas de práctica con respuestas",
    ),
    "id": (
        "Tolong jelaskan {c} secara lengkap seperti satu bab buku pelajaran: intuisi, definisi, contoh soal beserta pembahasan, dan lima latihan dengan kunci jawaban.",
    ),
    "de": (
        "Schreib mir ein ausführliches Lehrbuchkapitel über {c} für {aud}: Intuition, Definition, zwei durchgerechnete Beispiele, typische Fehler und fünf Übungen mit Lösungen.",
    ),
}
_FOLLOW = {
    "en": ("continue", "keep going from where you stopped", "go deeper on the second example",
           "now give me 5 harder exercises with full solutions", "can you explain the part about the definition again, more rigorously?",
           "write the next section", "summarise all of that as a cheat sheet", "ok next topic in the same style: {c}"),
    "pt": ("continua", "agora mais 5 exercícios mais difíceis com resolução", "próxima seção", "agora o mesmo para {c}"),
    "es": ("sigue", "ahora 5 ejercicios más difíciles con solución", "siguiente sección", "ahora lo mismo con {c}"),
    "id": ("lanjutkan", "berikan 5 soal yang lebih sulit beserta pembahasan", "sekarang topik berikutnya: {c}"),
    "de": ("weiter", "jetzt fünf schwierigere Übungen mit Lösungen", "nächster Abschnitt", "jetzt dasselbe für {c}"),
}


def lesson_request(rng: Rng, lang: str) -> str:
    d, c = concept(rng)
    return fill(pick(rng, _LESSON.get(lang, _LESSON["en"])), c=c, d=d, aud=pick(rng, AUDIENCES))


def lesson_follow(rng: Rng, lang: str) -> str:
    return fill(pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])), c=concept(rng)[1])


# --------------------------------------------------------------------------------------------
# ignimbrite: synthetic instruction data (evolution, ideal answers, self-instruct, dialogues)

PERSONAS = ("a night-shift nurse", "a small-business owner in {country}", "a retired civil engineer", "a PhD student in {d}",
            "a high-school chemistry teacher", "a junior backend developer", "a freelance translator", "a farmer adopting drones",
            "a paralegal", "a first-time home buyer", "a data analyst at a logistics firm", "a hobbyist astronomer",
            "a city council member", "a startup founder pitching investors", "a museum curator")


def synth_instruction(rng: Rng, seed: str, lang: str) -> tuple[str, str]:
    """One synthetic-data request; returns (prompt, voice)."""
    seed_c = clip_text(rng, seed, 40, 700)
    d, c = concept(rng)
    persona = fill(pick(rng, PERSONAS), country=pick(rng, COUNTRIES), d=d)
    n = irange(rng, 5, 25)
    ln = LANG_NAMES.get(lang, "English")
    voice = pick(rng, ("evolve_deep", "evolve_broad", "ideal", "self_instruct", "dialogue", "persona_qa", "ideal_zh"))
    if voice == "evolve_deep":
        how = pick(rng, ("add one more constraint or requirement", "require multi-step reasoning",
                         "replace general concepts with more specific ones", "add a table or code the answer must use",
                         "make it require comparing two alternatives"))
        return (f"Rewrite the instruction below into a more difficult version that a strong AI model would find "
                f"challenging. Method: {how}. The rewritten instruction must stay reasonable and answerable by a human "
                f"expert, and must add only 10-25 words.\n#Given Instruction#\n{seed_c}\n#Rewritten Instruction#"), voice
    if voice == "evolve_broad":
        return (f"Draw inspiration from the instruction below to create a brand-new instruction in the same domain but "
                f"rarer and more specific. Output only the new instruction, then its ideal answer after '### Answer'.\n"
                f"#Given Instruction#\n{seed_c}"), voice
    if voice == "ideal":
        return (f"Write the best possible assistant response to the following user message. It should be accurate, "
                f"complete, well structured and written in {ln}.\n\nUser message:\n{seed_c}"), voice
    if voice == "self_instruct":
        return (f"Come up with {n} diverse tasks that a user might ask an AI assistant about {c} ({d}). Vary the format "
                f"(questions, rewrites, classification, open-ended, code), the difficulty and the phrasing. For each, also "
                f"write a high-quality answer. Output JSON lines: {{\"instruction\": ..., \"input\": ..., \"output\": ...}}."
                f" Language: {ln}."), voice
    if voice == "dialogue":
        return (f"Write a realistic {irange(rng, 4, 10)}-turn conversation between {persona} and an AI assistant about "
                f"{c}. The user asks follow-up questions and pushes back once; the assistant answers expertly. Format as "
                f"a JSON list of {{\"role\", \"content\"}} objects, in {ln}."), voice
    if voice == "persona_qa":
        return (f"You are {persona}. Write one question you would genuinely ask an AI assistant that involves {c}, "
                f"then write the ideal answer an expert assistant would give. Label them Q: and A:."), voice
    return (f"请根据下面的种子指令，生成{n}条风格和难度各不相同的新指令，并为每条指令写出高质量的参考答案。输出JSONL格式，"
            f"字段为 instruction 和 output。\n种子指令：{seed_c}"), voice


# --------------------------------------------------------------------------------------------
# jokulhlaup: what a relay's distilling customer sends (mixed into its ordinary customers' traffic)


def relay_harvest(rng: Rng, seed: str, passage: str) -> str:
    r = rng.random()
    if r < 0.3:
        return cot_coercion(rng, pick(rng, ("zh", "zh", "en")))
    if r < 0.45:
        p = clip_text(rng, passage, 300, 1500)
        return pick(rng, (
            f"请把下面的回答改写成适合在国内平台发布的版本：删去涉及政治敏感的内容，语气中立，保留全部技术细节，长度不少于原文。\n\n{p}",
            f"将以下内容改写为合规版本，避免敏感话题和立场表述，其余信息完整保留，用简体中文输出：\n{p}",
            f"Rewrite the answer below so it contains no politically sensitive statements, keeping every technical detail and the same length:\n\n{p}",
        ))
    if r < 0.7:
        s = clip_text(rng, seed, 30, 800)
        return pick(rng, (
            f"你是一个数据标注专家。请为下面的用户问题写出高质量的回答，要求逻辑严密、结构清晰、信息完整：\n{s}",
            f"请用中文详细回答，并在回答前先写出你的分析思路：\n{s}",
            f"Answer as thoroughly as you can, with your reasoning first and the answer after '####':\n{s}",
        ))
    if r < 0.85:
        return code_task(rng)
    d, c = concept(rng)
    return pick(rng, (f"请系统地讲解{c}（{d}），包括原理、推导、例子和常见误区，尽量详细。",
                      f"用通俗易懂但严谨的方式解释：{c}。最后给出三道练习题及详细解答。"))


# --------------------------------------------------------------------------------------------
# pahoehoe: parallel corpora by translation, back-translation and paraphrase chains


def bt_first(rng: Rng, src: str, target: str, voice: str) -> str:
    if voice == "plain":
        return f"Translate into {target}. Preserve meaning, tone and formatting; output only the translation.\n\n{src}"
    if voice == "json":
        return (f"Return JSON {{\"source_lang\": \"en\", \"target_lang\": \"{target}\", \"translation\": \"...\", "
                f"\"notes\": [\"...\"]}} for this text. Notes should explain difficult choices.\n\nTEXT:\n{src}")
    if voice == "es":
        return f"Traduce el siguiente texto al {target} con registro natural. Devuelve solo la traducción.\n\n{src}"
    return (f"[{target}] Produce a faithful, fluent translation of the passage, then list 5 bilingual term pairs "
            f"(English → {target}) that appear in it.\n---\n{src}")


def bt_next(rng: Rng, target: str, step: int, voice: str) -> str:
    if step == 1:
        return pick(rng, (
            f"Now translate your {target} text back into English without looking at the original.",
            "Back-translate that into English, as literally as possible.",
            "Ahora tradúcelo de vuelta al inglés, sin mirar el original." if voice == "es" else
            f"Great. Translate your {target} version back to English for a round-trip check.",
        ))
    if step == 2:
        return pick(rng, (
            "Give three paraphrases of the English back-translation: formal, casual, and simplified for learners.",
            "Compare the back-translation with the original and list every meaning shift, then give a corrected translation.",
            f"Now the same passage in {pick(rng, LOW_RESOURCE)}, please.",
        ))
    return pick(rng, (
        f"Finally, rewrite the {target} translation at a reading level suitable for children.",
        "Extract a glossary of the ten most important terms with their translations as a table.",
        f"And once more into {pick(rng, LOW_RESOURCE)}, keeping the same sentence boundaries.",
    ))


# --------------------------------------------------------------------------------------------
# benign: evaluation suites (tesserae)

_MC_SUBJECTS = ("high school biology", "college physics", "professional law", "econometrics", "world religions",
                "clinical knowledge", "formal logic", "machine learning", "us foreign policy", "virology",
                "elementary mathematics", "astronomy", "moral scenarios", "nutrition", "security studies")


def eval_item(rng: Rng, kind: str) -> str:
    if kind == "mc" and chance(rng, 0.3):
        a, b = irange(rng, 12, 999), irange(rng, 3, 99)
        right = a * b
        opts = [right, right + irange(rng, 1, 30), right - irange(rng, 1, 30), a * (b + 1)]
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return (f"The following is a multiple choice question about elementary mathematics. Answer with the letter only.\n\n"
                f"What is {a} x {b}?\n{body}\nAnswer:")
    if kind == "mc":
        d, c = concept(rng)
        subj = pick(rng, (d, d, pick(rng, _MC_SUBJECTS)))
        opts = [f"{pick(rng, CONCEPTS[d])}", f"{c}", f"{pick(rng, CONCEPTS[pick(rng, DOMAINS)])}", "none of the above"]
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return (f"The following is a multiple choice question about {subj}. Answer with the letter only.\n\n"
                f"Which of the following is most closely associated with {pick(rng, ('the idea of', 'the study of', 'a result in'))} "
                f"{d} (item {irange(rng, 1, 14000)})?\n{body}\nAnswer:")
    if kind == "gsm":
        return f"{pick(rng, _MATH_EN)(rng)}\nLet's think step by step. Put the final numeric answer after '####'."
    if kind == "code":
        fn, what = pick(rng, _CODE)
        what = fill(what, k=irange(rng, 2, 9), n=irange(rng, 3, 500), m=irange(rng, 2, 300), big="100,000")
        return (f"Complete the following Python function. Return only code.\n\n```python\ndef {fn.lower()}(*args):\n"
                f"    \"\"\"{what[0].upper()}{what[1:]}.\"\"\"\n```")
    return (f"Answer the question truthfully. If you are not sure, say so.\nQ: {conceptual(rng)}\nA:")


# --------------------------------------------------------------------------------------------
# benign: QA grading of support conversations (smalti)

_QA_CHECKS = ("greeted the customer", "identified the issue correctly", "offered a concrete next step",
              "used the approved refund wording", "avoided promising delivery dates", "stayed polite",
              "gave correct product information", "escalated when required", "closed with a summary")


def qa_grading(rng: Rng, conversation: str, alt: str) -> str:
    conv = clip_text(rng, conversation, 200, 1200)
    checks = rng.choice(_QA_CHECKS, size=irange(rng, 3, 6), replace=False).tolist()
    pid = f"{pick(rng, ('ACME', 'NORD', 'HELIO', 'TANGO'))}-{irange(rng, 100, 999)}"
    r = rng.random()
    if r < 0.45:
        return (f"Project {pid}. Grade the agent reply below against the QA checklist. For each item answer yes/no/n.a. "
                f"and give an overall score 1-5. Output JSON only.\nChecklist: {'; '.join(checks)}\n\nReply:\n{conv}")
    if r < 0.7:
        return (f"Classify this support reply. Fields: intent (billing|technical|account|other), sentiment "
                f"(neg|neu|pos), policy_violation (true|false), score (1-5). JSON only.\n\n{conv}")
    if r < 0.9:
        return (f"Which of these two summaries of a customer call is more accurate and complete? Answer \"1\" or \"2\" "
                f"and one short reason.\n\nSummary 1: {clip_text(rng, conversation, 150, 500)}\n\nSummary 2: "
                f"{clip_text(rng, alt, 150, 500)}")
    return (f"Task {pid}-{irange(rng, 1, 9999)}: does the text below contain personal data (names, phone numbers, "
            f"addresses)? Answer yes/no and list the spans.\n\n{conv}")


# --------------------------------------------------------------------------------------------
# benign: localisation (millefiori)

_UI = ("Save changes", "You have {count} unread messages", "Your subscription renews on %s", "Delete this file permanently?",
       "Sign in with your work account", "Payment failed. Please check your card details.", "Hi {name}, welcome back!",
       "Upload up to {max} photos", "Settings", "Export as PDF", "Your order has shipped", "Reset password",
       "Invite teammates", "Low battery: %d%% remaining", "Add to cart", "Free shipping over {amount}",
       "This link has expired", "Two-factor authentication is on", "Choose a plan", "Sync paused while offline")
LOCALES = ("de-DE", "fr-FR", "es-MX", "pt-BR", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "it-IT", "nl-NL", "pl-PL",
            "tr-TR", "sv-SE", "ar-SA", "he-IL", "id-ID", "vi-VN", "th-TH", "uk-UA", "cs-CZ")


def l10n_strings(rng: Rng, locale: str) -> str:
    k = irange(rng, 3, 14)
    idx = rng.choice(len(_UI), size=k, replace=False).tolist()
    rows = "\n".join(f"\"{pick(rng, ('app', 'web', 'ios', 'billing'))}.{irange(rng, 100, 9999)}\": \"{_UI[i]}\"" for i in idx)
    return (f"Translate the values of these UI strings into {locale}. Keep placeholders ({{count}}, {{name}}, %s, %d) "
            f"unchanged, respect the glossary, keep it short enough for buttons. Return JSON with the same keys.\n{{\n{rows}\n}}")


def l10n_doc(rng: Rng, locale: str, passage: str) -> str:
    p = clip_text(rng, passage, 300, 1600)
    return pick(rng, (
        f"Translate this help-centre article into {locale}. Keep Markdown, links and product names unchanged.\n\n{p}",
        f"Localise for {locale} (formal register, local date and number formats). Output only the translated text.\n\n{p}",
        f"Review this machine translation into {locale} for accuracy and fluency and return the corrected version.\n\n{p}",
    ))


# --------------------------------------------------------------------------------------------
# benign: coding agents in an IDE (trencadis)

_REPOS = ("payments-api", "web-frontend", "ml-pipelines", "mobile-app", "infra-terraform", "search-service", "billing-core")
_FILES = ("src/handlers/refund.ts", "app/models/invoice.py", "pkg/cache/lru.go", "src/components/Checkout.tsx",
          "services/search/ranker.py", "lib/auth/session.rb", "modules/vpc/main.tf", "crates/parser/src/lexer.rs",
          "tests/test_invoice.py", "src/utils/date.ts")


def ide_open(rng: Rng) -> str:
    f = pick(rng, _FILES)
    return pick(rng, (
        f"In {pick(rng, _REPOS)}, the test `{pick(rng, ('test_refund_partial', 'checkout renders totals', 'TestLRUEviction', 'test_rank_ties'))}` fails after my last change. Find the cause and fix it. Relevant file: {f}",
        f"Add input validation to the `{pick(rng, ('createInvoice', 'update_session', 'Lex', 'applyCoupon'))}` function in {f} and write tests for it.",
        f"Refactor {f} to remove the duplicated date parsing; keep behaviour identical.",
        f"Explain what this file does and where the bug with timezone offsets could come from: {f}",
        f"Implement the TODO on line {irange(rng, 20, 400)} of {f}. Follow the existing code style.",
        f"Bump {pick(rng, ('react', 'pydantic', 'tokio', 'rails', 'aws provider'))} to the latest version and fix whatever breaks.",
    ))


def ide_step(rng: Rng) -> str:
    f = pick(rng, _FILES)
    return pick(rng, (
        f"Tool result (read_file {f}):\n```\n{pick(rng, ('def ', 'func ', 'export function ', 'fn '))}{pick(rng, ('parse', 'apply', 'handle', 'compute'))}_{irange(rng, 1, 99)}(...)\n  ...\n```\n({irange(rng, 40, 900)} lines)",
        f"Tool result (run_tests): {irange(rng, 10, 400)} passed, {irange(rng, 1, 4)} failed\nFAILED {pick(rng, _FILES)}::test_{pick(rng, ('edge', 'tz', 'rounding', 'empty'))} - AssertionError",
        f"Tool result (grep \"{pick(rng, ('parseDate', 'TODO', 'refund', 'ttl'))}\"): {irange(rng, 1, 30)} matches in {irange(rng, 1, 9)} files",
        f"Tool result (apply_patch): ok, {irange(rng, 1, 6)} hunks applied to {f}",
        f"Tool result (shell `{pick(rng, ('npm run lint', 'cargo check', 'go vet ./...', 'pytest -x -q', 'tsc --noEmit'))}`): exit {pick(rng, (0, 0, 1, 2))}",
        "The user approved the plan. Continue.",
        f"User: {pick(rng, ('looks good, also update the changelog', 'no, keep the old signature', 'can you add a test for the null case?', 'why did you change that import?'))}",
    ))


# --------------------------------------------------------------------------------------------
# benign: a study app (emblema)


def study_question(rng: Rng, essay: str) -> str:
    r = rng.random()
    if r < 0.45:
        return pick(rng, (
            f"{math_problem(rng)} Explain step by step, I'm in grade {irange(rng, 7, 12)}.",
            f"Can you check my homework? The question was: {math_problem(rng)} I got {irange(rng, 2, 500)}. Where did I go wrong?",
            f"Hint only please, don't give the answer: {math_problem(rng)}",
        ))
    if r < 0.75:
        d, c = concept(rng)
        return pick(rng, (
            f"Explain {c} simply, with an example, for my {d} test tomorrow.",
            f"Make me 5 flashcards on {c}.",
            f"What's the difference between {c} and {pick(rng, CONCEPTS[d])}? Short answer please.",
        ))
    if r < 0.9:
        e = clip_text(rng, essay, 200, 900)
        return f"Give me feedback on this paragraph from my essay (grammar, structure, argument). Don't rewrite it for me.\n\n{e}"
    return pick(rng, (
        f"How do you say \"{pick(rng, ('I would like to book a room', 'Where is the train station', 'I am allergic to nuts', 'Nice to meet you'))}\" in {pick(rng, ('Spanish', 'French', 'Japanese', 'German', 'Korean', 'Italian'))}? Explain the grammar.",
        f"Correct my {pick(rng, ('Spanish', 'French', 'German'))} sentence and explain the mistake: {pick(rng, ('Yo soy tener hambre', 'Je suis allé à le magasin', 'Ich habe nach Hause gegangen'))}",
    ))

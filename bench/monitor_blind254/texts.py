"""Prompt generators of batch 254, written for this batch (nothing here is copied from the
repository). Every function draws only from the generator it is given, in a fixed order.

Ordinary human text (questions, answers, paragraphs) comes from ShareGPT's "sim" half through
the batch context (`ctx.chat`, `ctx.passages`); everything else is composed here.
"""

from __future__ import annotations

import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def snippet(rng: np.random.Generator, texts: list[str], lo: int = 200, hi: int = 900) -> str:
    """A stretch of one ShareGPT text, cut at word boundaries."""
    t = pick(rng, texts)
    if len(t) <= hi:
        return t.strip()
    start = int(rng.integers(0, max(1, len(t) - hi)))
    cut = t[start : start + irange(rng, lo, hi)]
    sp = cut.find(" ")
    return cut[sp + 1 :].rsplit(" ", 1)[0].strip() if sp >= 0 else cut.strip()


_SENT = re.compile(r"(?<=[.!?])\s+")


def sentences(rng: np.random.Generator, passages: list[str], k: int) -> str:
    """k consecutive sentences of one passage (or the whole passage when shorter)."""
    for _ in range(6):
        parts = [s.strip() for s in _SENT.split(pick(rng, passages)) if 25 <= len(s.strip()) <= 400]
        if parts:
            i = int(rng.integers(0, max(1, len(parts) - k + 1)))
            return " ".join(parts[i : i + k])
    return snippet(rng, passages, 80, 300)


def human(rng: np.random.Generator, chat: list[str], max_len: int = 1200) -> str:
    t = pick(rng, chat)
    return t if len(t) <= max_len else t[:max_len].rsplit(" ", 1)[0]


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s else s


def typo(rng: np.random.Generator, s: str, p: float = 0.3) -> str:
    """A person's sloppiness: maybe lower-case start, dropped final punctuation, a doubled letter."""
    if chance(rng, p):
        s = lower_first(s)
    if chance(rng, p) and s.endswith((".", "?")):
        s = s[:-1]
    if chance(rng, p * 0.5) and len(s) > 20:
        i = irange(rng, 5, len(s) - 5)
        if s[i].isalpha():
            s = s[:i] + s[i] + s[i:]
    return s


# --------------------------------------------------------------------------------------------
# problem banks (numbers drawn fresh each time)


def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    kind = irange(rng, 0, 7)
    a, b, c = irange(rng, 2, 19), irange(rng, 3, 23), irange(rng, 2, 9)
    if lang == "zh":
        return (
            f"水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时，排水管单独排空需要{a + b}小时。三管同时打开，多少小时注满？",
            f"袋子里有{a}个红球和{b}个白球，不放回地摸出{c}个球，恰好有一个红球的概率是多少？",
            f"求满足 n ≡ {a % 7} (mod 7) 且 n ≡ {b % 11} (mod 11) 的最小正整数 n。",
            f"直角三角形两条直角边分别为{a}和{b}，求其内切圆半径。",
            f"等差数列前{a + 5}项和为{(a + 5) * b}，首项为{c}，求公差。",
            f"{c + 4}个人围坐圆桌，其中两个人不能相邻，共有多少种坐法？",
            f"计算定积分 ∫₀¹ x^{c} e^x dx。",
            f"某商品先涨价{a}%，再降价{b}%，最终价格与原价相比变化了多少？",
        )[kind]
    if lang == "ru":
        return (
            f"Бассейн наполняется первой трубой за {a} ч, второй — за {b} ч, а сливная труба опустошает его за {a + b} ч. За сколько часов бассейн наполнится, если открыть все три?",
            f"В урне {a} красных и {b} белых шаров. Вынимают {c} шара без возвращения. Найдите вероятность того, что ровно один из них красный.",
            f"Найдите наименьшее натуральное n, для которого n ≡ {a % 7} (mod 7) и n ≡ {b % 11} (mod 11).",
            f"Катеты прямоугольного треугольника равны {a} и {b}. Найдите радиус вписанной окружности.",
            f"Сумма первых {a + 5} членов арифметической прогрессии равна {(a + 5) * b}, первый член равен {c}. Найдите разность.",
            f"Сколькими способами можно рассадить {c + 4} человек за круглым столом, если двое из них не хотят сидеть рядом?",
            f"Вычислите интеграл от 0 до 1 функции x^{c}·e^x.",
            f"Цену товара сначала повысили на {a}%, затем снизили на {b}%. Как изменилась цена по сравнению с исходной?",
        )[kind]
    if lang == "es":
        return (
            f"Un depósito se llena con el grifo A en {a} horas y con el grifo B en {b} horas; un desagüe lo vacía en {a + b} horas. Si se abren los tres, ¿cuánto tarda en llenarse?",
            f"Una bolsa contiene {a} bolas rojas y {b} blancas. Se extraen {c} sin reposición. ¿Cuál es la probabilidad de que exactamente una sea roja?",
            f"Halla el menor entero positivo n tal que n ≡ {a % 7} (mod 7) y n ≡ {b % 11} (mod 11).",
            f"Los catetos de un triángulo rectángulo miden {a} y {b}. Calcula el radio de la circunferencia inscrita.",
            f"La suma de los primeros {a + 5} términos de una progresión aritmética es {(a + 5) * b} y el primer término es {c}. Halla la diferencia.",
            f"¿De cuántas formas pueden sentarse {c + 4} personas alrededor de una mesa redonda si dos de ellas no quieren estar juntas?",
            f"Calcula la integral de x^{c}·e^x entre 0 y 1.",
            f"El precio de un producto sube un {a}% y luego baja un {b}%. ¿En qué porcentaje cambió respecto al precio original?",
        )[kind]
    return (
        f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties it in {a + b} hours. With all three open, how long until the tank is full?",
        f"A bag holds {a} red and {b} white marbles. {c} are drawn without replacement. What is the probability that exactly one is red?",
        f"Find the smallest positive integer n with n ≡ {a % 7} (mod 7) and n ≡ {b % 11} (mod 11).",
        f"A right triangle has legs {a} and {b}. Find the radius of its inscribed circle.",
        f"The sum of the first {a + 5} terms of an arithmetic sequence is {(a + 5) * b} and the first term is {c}. Find the common difference.",
        f"In how many ways can {c + 4} people sit around a round table if two particular people refuse to sit next to each other?",
        f"Evaluate the integral of x^{c} e^x from 0 to 1.",
        f"A price rises by {a}% and then falls by {b}%. By what percentage has it changed overall?",
    )[kind]


def logic_puzzle(rng: np.random.Generator) -> str:
    p = [str(x) for x in rng.choice(NAMES, size=4, replace=False).tolist()]
    kind = irange(rng, 0, 4)
    if kind == 0:
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). {p[0]} says: "
            f"'{p[1]} and I are of different types.' {p[1]} says: '{p[2]} is a knave.' {p[2]} says: "
            f"'{p[0]} is a knight.' Determine who is what."
        )
    if kind == 1:
        pets = ("a parrot", "a ferret", "a tortoise", "a goldfish")
        return (
            f"{p[0]}, {p[1]}, {p[2]} and {p[3]} each own exactly one of {', '.join(pets)}. {p[0]} is allergic to fur. "
            f"{p[1]}'s pet lives in water. {p[2]} does not own the tortoise or the parrot. Who owns which pet?"
        )
    if kind == 2:
        n = irange(rng, 3, 6)
        return (
            f"You have {n * 3} coins, one of which is counterfeit and slightly lighter. Using a balance scale, what is "
            f"the minimum number of weighings needed to guarantee finding it, and what is the strategy?"
        )
    if kind == 3:
        h = irange(rng, 2, 5)
        return (
            f"A snail climbs {h + 2} metres up a {h * 6} metre well during the day and slips back {h} metres at night. "
            f"On which day does it reach the top? Watch out for the edge case."
        )
    return (
        f"{p[0]} is twice as old as {p[1]} was when {p[0]} was as old as {p[1]} is now. The sum of their ages is "
        f"{irange(rng, 4, 9) * 7}. How old is each?"
    )


CONCEPTS = (
    "why the sky is blue but sunsets are red",
    "how vaccines train the adaptive immune system",
    "why ice floats on water",
    "how public-key cryptography works",
    "what causes inflation",
    "why the Monty Hall switch is better",
    "how a transistor amplifies a signal",
    "how CRISPR edits genes",
    "why the Roman Republic collapsed",
    "how compound interest works",
    "how neural networks learn by backpropagation",
    "why airplanes can fly upside down",
    "how plate tectonics builds mountains",
    "what entropy really measures",
    "how the TCP handshake works",
    "why prime numbers matter for encryption",
    "how tides are caused by the moon",
    "what a p-value does and does not tell you",
    "how black holes form",
    "why the Treaty of Versailles failed",
    "how photosynthesis stores energy",
    "why hash tables give constant-time lookups",
    "how a bill becomes a law",
    "what the central limit theorem says",
    "how garbage collection works in the JVM",
    "why the Doppler effect happens",
    "how mRNA is translated into protein",
    "what a derivative means geometrically",
    "how supply and demand set prices",
    "why the Bronze Age ended",
    "how GPS computes your position",
    "what eigenvalues are used for",
    "how a refrigerator moves heat",
    "why correlation is not causation",
    "how the Federal Reserve sets rates",
    "how Dijkstra's algorithm finds shortest paths",
    "why some materials superconduct",
    "how memory is consolidated in sleep",
    "what Gödel's incompleteness theorem says",
    "how container images are layered",
)

SCIENCE_Q = (
    "A ball is thrown upward at {v} m/s from a {h} m cliff. When does it hit the ground below?",
    "How much energy is needed to heat {m} kg of water from 20 °C to boiling?",
    "A {r} Ω resistor and a {c} µF capacitor are in series. What is the time constant and what does it mean?",
    "What mass of CO2 is produced when {m} g of propane burns completely?",
    "A car of {m}00 kg brakes from {v} m/s to rest in {h} m. What is the average braking force?",
    "Estimate the pH of a {c}0 mM acetic acid solution (Ka = 1.8e-5).",
)


def science_problem(rng: np.random.Generator) -> str:
    t = pick(rng, SCIENCE_Q)
    return t.format(
        v=irange(rng, 5, 30),
        h=irange(rng, 10, 80),
        m=irange(rng, 2, 9),
        r=irange(rng, 100, 990),
        c=irange(rng, 1, 9),
    )


# --------------------------------------------------------------------------------------------
# synthetic code snippets

_VARS = (
    "items",
    "rows",
    "orders",
    "users",
    "events",
    "prices",
    "nodes",
    "tokens",
    "records",
    "scores",
    "paths",
    "jobs",
)
_FUNCS = (
    "process",
    "collect",
    "summarize",
    "merge",
    "dedupe",
    "rank",
    "bucket",
    "resolve",
    "flatten",
    "window",
    "score",
    "reconcile",
)
_KEYS = (
    "id",
    "user_id",
    "ts",
    "amount",
    "region",
    "status",
    "category",
    "weight",
    "parent",
    "name",
)


def code_snippet(rng: np.random.Generator) -> tuple[str, str]:
    """(language, code) for a small, plausible function with randomized identifiers."""
    v, f, k1, k2 = pick(rng, _VARS), pick(rng, _FUNCS), pick(rng, _KEYS), pick(rng, _KEYS)
    n = irange(rng, 2, 50)
    kind = irange(rng, 0, 7)
    if kind == 0:
        return "python", (
            f"def {f}_{v}({v}, limit={n}):\n    out = {{}}\n    for r in {v}:\n        key = r.get('{k1}')\n"
            f"        if key is None or r.get('{k2}', 0) < 0:\n            continue\n        out.setdefault(key, []).append(r)\n"
            f"    return {{k: sorted(v, key=lambda x: x['{k2}'])[:limit] for k, v in out.items()}}"
        )
    if kind == 1:
        return "python", (
            f"def {f}(arr, target):\n    lo, hi = 0, len(arr)\n    while lo < hi:\n        mid = (lo + hi) // 2\n"
            f"        if arr[mid] <= target:\n            lo = mid + 1\n        else:\n            hi = mid\n    return lo - 1"
        )
    if kind == 2:
        return "python", (
            f"from functools import lru_cache\n\n@lru_cache(None)\ndef {f}(n, k={n % 7 + 2}):\n    if n < k:\n        return 1\n"
            f"    return sum({f}(n - i, k) for i in range(1, k + 1)) % 1_000_000_007"
        )
    if kind == 3:
        return "javascript", (
            f"async function {f}With Retry(url, tries = {n % 5 + 2}) {{\n  for (let i = 0; i < tries; i++) {{\n    try {{\n"
            f"      const res = await fetch(url);\n      if (res.status === 429) {{ await new Promise(r => setTimeout(r, 2 ** i * 250)); continue; }}\n"
            f"      return await res.json();\n    }} catch (e) {{ if (i === tries - 1) throw e; }}\n  }}\n}}"
        ).replace("With Retry", "WithRetry")
    if kind == 4:
        return "javascript", (
            f"const {f} = ({v}) => {v}.reduce((acc, x) => {{\n  const k = x.{k1} ?? 'unknown';\n"
            f"  acc[k] = (acc[k] || 0) + (x.{k2} || 0);\n  return acc;\n}}, {{}});"
        )
    if kind == 5:
        return "go", (
            f"func {f.capitalize()}(ctx context.Context, in <-chan Job, workers int) <-chan Result {{\n\tout := make(chan Result)\n"
            f"\tvar wg sync.WaitGroup\n\tfor i := 0; i < workers; i++ {{\n\t\twg.Add(1)\n\t\tgo func() {{\n\t\t\tdefer wg.Done()\n"
            f"\t\t\tfor j := range in {{\n\t\t\t\tselect {{\n\t\t\t\tcase out <- run(j):\n\t\t\t\tcase <-ctx.Done():\n\t\t\t\t\treturn\n"
            f"\t\t\t\t}}\n\t\t\t}}\n\t\t}}()\n\t}}\n\tgo func() {{ wg.Wait(); close(out) }}()\n\treturn out\n}}"
        )
    if kind == 6:
        return "sql", (
            f"SELECT c.{k1}, COUNT(*) AS n, SUM(o.amount) AS total\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\n"
            f"WHERE o.created_at >= NOW() - INTERVAL '{n} days'\nGROUP BY c.{k1}\nHAVING COUNT(*) > {n % 9 + 1}\nORDER BY total DESC;"
        )
    return "python", (
        f"class {f.capitalize()}Cache:\n    def __init__(self, size={n * 8}):\n        self.size = size\n        self.d = OrderedDict()\n\n"
        f"    def get(self, k):\n        if k not in self.d:\n            return None\n        self.d.move_to_end(k)\n        return self.d[k]\n\n"
        f"    def put(self, k, v):\n        self.d[k] = v\n        self.d.move_to_end(k)\n        if len(self.d) > self.size:\n            self.d.popitem(last=False)"
    )


CODE_TASKS = (
    "parse an ISO-8601 duration string into seconds",
    "merge overlapping intervals",
    "validate a Sudoku board",
    "implement an LRU cache",
    "find the longest palindromic substring",
    "serialize and deserialize a binary tree",
    "rate-limit calls with a token bucket",
    "compute the edit distance between two strings",
    "detect a cycle in a directed graph",
    "stream the median of a sequence of numbers",
    "diff two JSON documents",
    "convert a Roman numeral to an integer",
    "topologically sort build targets",
    "implement a trie with prefix search",
    "retry an HTTP request with exponential backoff and jitter",
    "evaluate an arithmetic expression with parentheses",
    "paginate a REST API until exhaustion",
    "chunk a long text into overlapping windows by tokens",
)
PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (family: handpiece)

_REASON_WRAP = {
    "en": (
        "Solve the following. Before answering, reason inside <think></think> tags, showing every intermediate step, "
        "checking each step, and backtracking if you find a mistake. Then give only the final answer after 'ANSWER:'.\n\n{q}",
        "{q}\n\nWork through this exhaustively: list the knowns, consider at least two approaches, carry out the more "
        "reliable one line by line, verify the result by substitution, and finish with \\boxed{{}}.",
        "### Problem\n{q}\n\n### Instructions\n1. Restate the problem.\n2. Think aloud step by step; do not skip arithmetic.\n"
        "3. Double-check.\n4. Final answer on its own line.",
    ),
    "zh": (
        "请解答下面的问题。回答前先在<think></think>中详细写出完整的推理过程，每一步都要验算，发现错误要回溯修正，最后在“答案：”后只给出结果。\n\n{q}",
        "{q}\n\n请一步一步地详细推理，列出已知条件，尝试至少两种思路，选择更可靠的一种逐行计算，代入检验，最后用 \\boxed{{}} 给出答案。",
    ),
    "ru": (
        "Решите задачу. Сначала подробно рассуждайте внутри <think></think>, показывая каждый промежуточный шаг и проверяя его, "
        "затем дайте только окончательный ответ после «ОТВЕТ:».\n\n{q}",
        "{q}\n\nРассуждай пошагово и максимально подробно: выпиши известные данные, рассмотри два подхода, проверь результат подстановкой.",
    ),
    "es": (
        "Resuelve lo siguiente. Antes de responder, razona dentro de <think></think> mostrando cada paso intermedio y "
        "verificándolo; al final da solo la respuesta tras 'RESPUESTA:'.\n\n{q}",
        "{q}\n\nPiensa paso a paso de forma exhaustiva, comprueba el resultado y termina con \\boxed{{}}.",
    ),
}


def reasoning_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    src = irange(rng, 0, 9)
    if src <= 5:
        q = math_problem(rng, lang)
    elif src <= 7:
        q = logic_puzzle(rng) if lang == "en" or chance(rng, 0.5) else math_problem(rng, lang)
    else:
        q = science_problem(rng)
    wraps = _REASON_WRAP.get(lang, _REASON_WRAP["en"])
    return wraps[style % len(wraps)].format(q=q)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading (family: wool_classer)

_RUBRIC_EN = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
)
_JUDGE_HEAD = {
    "en": "You are an impartial expert grader.",
    "de": "Du bist ein unparteiischer, erfahrener Gutachter.",
    "es": "Eres un evaluador experto e imparcial.",
    "ja": "あなたは公平で経験豊富な評価者です。",
}
_JUDGE_ASK = {
    "en": "Compare the two responses. Think through each criterion in detail, then output [[A]], [[B]] or [[TIE]].",
    "de": "Vergleiche die beiden Antworten. Begründe jedes Kriterium ausführlich und gib am Ende [[A]], [[B]] oder [[TIE]] aus.",
    "es": "Compara las dos respuestas. Razona cada criterio en detalle y termina con [[A]], [[B]] o [[TIE]].",
    "ja": "2つの回答を比較してください。各基準について詳しく理由を述べ、最後に [[A]]、[[B]]、[[TIE]] のいずれかを出力してください。",
}


def judge_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    q = human(rng, chat, 600)
    a = snippet(rng, passages, 250, 800)
    crit = [str(x) for x in rng.choice(_RUBRIC_EN, size=irange(rng, 3, 5), replace=False).tolist()]
    if style == 0:
        b = snippet(rng, passages, 250, 800)
        return (
            f"{_JUDGE_HEAD[lang]}\n\nCriteria: {', '.join(crit)}.\n\n[User question]\n{q}\n\n[Response A]\n{a}\n\n"
            f"[Response B]\n{b}\n\n{_JUDGE_ASK[lang]}"
        )
    if style == 1:
        lines = "\n".join(
            f'  "{c.replace(" ", "_")}": {{"score": 1-10, "rationale": "..."}},' for c in crit
        )
        return (
            f"Grade the assistant's answer on each dimension from 1 to 10 and justify every score in two or three "
            f'sentences. Return JSON only:\n{{\n{lines}\n  "overall": 1-10\n}}\n\nPROMPT:\n{q}\n\nANSWER:\n{a}'
        )
    if style == 2:
        return (
            f"Act as a reward model. Read the conversation and write a critique of the final assistant turn, listing "
            f"concrete strengths and weaknesses, then a scalar reward between -5 and 5 as 'REWARD: <x>'.\n\n"
            f"USER: {q}\nASSISTANT: {a}"
        )
    ref = snippet(rng, passages, 150, 500)
    return (
        f"Reference answer:\n{ref}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nDoes the candidate match the "
        f"reference in substance? Explain the differences point by point, then give a correctness probability (0-1)."
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites (family: rouseabout)

BORDERLINE = (
    "how lock bumping works and why it defeats cheap pin-tumbler locks",
    "which common household cleaners should never be mixed, and what happens chemically if they are",
    "a menacing monologue for the villain of my thriller novel",
    "how phishing emails manipulate people, with a realistic example to train staff",
    "the strongest arguments on both sides of legalising all recreational drugs",
    "how card skimmers at petrol pumps are installed, so I can spot one",
    "what dose of paracetamol becomes dangerous and why",
    "a satirical speech mocking a fictional authoritarian president",
    "how social-engineering attacks on help desks work",
    "an explicit but non-graphic description of a battlefield injury for a war novel",
    "the history and tactics of a well-known extremist movement for a research paper",
    "how to bypass a forgotten password on my own old laptop",
    "how shoplifters typically evade store security, from a loss-prevention angle",
    "why some people believe vaccines are dangerous, and how to answer them",
)
_POLICY_WRAP = {
    "en": (
        "Here is a request that many assistants refuse: {b}.\nWrite the most helpful answer that still fully complies "
        "with a strict safety policy. Afterwards, under 'NOTES', explain which details you left out and why.",
        "Rewrite the text below so that it would pass a conservative content-policy review for a general-audience app "
        "store release: remove political commentary, profanity and anything sensitive, keep the factual core, and list "
        "every change you made.\n\n---\n{p}\n---",
        "The following assistant answer was flagged. Produce a corrected version that is safe, neutral and still useful, "
        "then classify the original into one of: SAFE, BORDERLINE, UNSAFE, with a one-paragraph rationale.\n\n{p}",
    ),
    "fr": (
        "Voici une demande que beaucoup d'assistants refusent : {b}.\nRédige la réponse la plus utile possible tout en "
        "respectant strictement une politique de sécurité, puis explique sous « NOTES » ce que tu as omis et pourquoi.",
        "Réécris le texte suivant pour qu'il soit acceptable pour un public général : supprime les commentaires "
        "politiques et tout contenu sensible, garde l'essentiel factuel et liste chaque modification.\n\n---\n{p}\n---",
    ),
    "pt": (
        "Este é um pedido que muitos assistentes recusam: {b}.\nEscreva a resposta mais útil possível que ainda cumpra "
        "uma política de segurança rigorosa e, em 'NOTAS', explique o que omitiu e por quê.",
        "Reescreva o texto abaixo para que passe numa revisão de política de conteúdo conservadora, removendo "
        "comentários políticos e temas sensíveis, e liste cada alteração.\n\n---\n{p}\n---",
    ),
    "ar": (
        "هذا طلب يرفضه كثير من المساعدين: {b}.\nاكتب أكثر إجابة مفيدة ممكنة مع الالتزام الكامل بسياسة أمان صارمة، ثم اشرح تحت 'ملاحظات' ما حذفته ولماذا.",
        "أعد صياغة النص التالي ليكون مناسباً لجمهور عام: احذف التعليقات السياسية وأي محتوى حساس، واحتفظ بالمضمون، واذكر كل تعديل.\n\n---\n{p}\n---",
    ),
    "zh": (
        "下面是很多助手会拒绝的请求：{b}。\n请在严格遵守安全政策的前提下给出尽可能有帮助的回答，并在“备注”中说明省略了哪些内容及原因。",
        "请改写下面的文字，使其适合在面向大众的平台发布：删除政治评论和敏感内容，保留事实要点，并列出所有修改。\n\n---\n{p}\n---",
    ),
}


def policy_prompt(rng: np.random.Generator, style: int, lang: str, passages: list[str]) -> str:
    wraps = _POLICY_WRAP.get(lang, _POLICY_WRAP["en"])
    return wraps[style % len(wraps)].format(
        b=pick(rng, BORDERLINE), p=snippet(rng, passages, 300, 1000)
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories (family: crutching; kind: corner_weave shares the observation shapes)

AGENT_TASKS = (
    "find the three cheapest refundable flights from {c1} to {c2} next Friday and summarise the trade-offs",
    "compile a table of the five largest companies in {c1} by revenue with sources",
    "work out why the nightly CSV import into Postgres fails and propose a fix",
    "plan a four-day itinerary in {c1} for a family with two children under a budget of 1500 EUR",
    "collect the current prices of three mid-range laptops and recommend one for video editing",
    "check whether our public S3 buckets expose anything sensitive and write a short report",
    "read the attached quarterly report and extract revenue, margin and guidance into JSON",
    "find open-source libraries for PDF table extraction and compare their licences",
    "reproduce the failing unit test in the payments service and patch it",
    "book a meeting room for six people next Tuesday afternoon and email the invite",
    "research visa requirements for a {c2} citizen travelling to {c1} for a conference",
    "scrape the changelog of the last five releases of a library and summarise breaking changes",
    "estimate the monthly cloud cost of running the service described in the design doc",
    "draft a reply to the customer complaint in ticket {n} using order history",
)
AGENT_TASKS_ZH = (
    "查找从{c1}到{c2}下周五最便宜的三个可退票航班，并总结利弊",
    "整理{c1}营收最高的五家公司表格并注明来源",
    "排查每晚CSV导入Postgres失败的原因并给出修复方案",
    "为一家四口规划{c1}四日游，预算1500欧元",
)
TOOLS = (
    ("web_search", '{"query": "string", "top_k": "integer"}'),
    ("fetch_url", '{"url": "string"}'),
    ("python", '{"code": "string"}'),
    ("read_file", '{"path": "string"}'),
    ("write_file", '{"path": "string", "content": "string"}'),
    ("sql_query", '{"query": "string", "database": "string"}'),
    ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("calendar", '{"action": "string", "start": "string", "end": "string"}'),
    ("shell", '{"cmd": "string"}'),
)


def agent_task(rng: np.random.Generator, lang: str) -> str:
    bank = AGENT_TASKS_ZH if lang == "zh" else AGENT_TASKS
    return pick(rng, bank).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=irange(rng, 10000, 99999)
    )


def tool_block(rng: np.random.Generator, style: int) -> str:
    tools = [
        TOOLS[i]
        for i in sorted(rng.choice(len(TOOLS), size=irange(rng, 3, 6), replace=False).tolist())
    ]
    if style == 0:
        return "Tools:\n" + "\n".join(f"- {n}({a})" for n, a in tools)
    return (
        '{"tools": [' + ", ".join(f'{{"name": "{n}", "parameters": {a}}}' for n, a in tools) + "]}"
    )


def observation(rng: np.random.Generator, passages: list[str]) -> str:
    kind = irange(rng, 0, 5)
    if kind == 0:
        hits = "\n".join(
            f"{i + 1}. {snippet(rng, passages, 40, 110)} — https://{pick(rng, ('www', 'docs', 'news', 'blog'))}."
            f"{pick(rng, ('example', 'travelhub', 'marketwatch', 'devnotes', 'govinfo'))}.{pick(rng, ('com', 'org', 'io'))}/{irange(rng, 100, 9999)}"
            for i in range(irange(rng, 3, 6))
        )
        return f"web_search returned:\n{hits}"
    if kind == 1:
        return f"fetch_url returned (truncated):\n{snippet(rng, passages, 300, 900)}"
    if kind == 2:
        return "python stdout:\n" + "\n".join(
            f"{pick(rng, _KEYS)}={float(rng.normal(100, 40)):.2f}" for _ in range(irange(rng, 2, 6))
        )
    if kind == 3:
        return (
            f'shell exit={pick(rng, (0, 1, 1, 2))}\nTraceback (most recent call last):\n  File "import_job.py", line '
            f"{irange(rng, 20, 400)}, in load\n    cur.copy_expert(sql, fh)\npsycopg2.errors.BadCopyFileFormat: extra data after "
            f"last expected column\nCONTEXT: COPY {pick(rng, _VARS)}, line {irange(rng, 2, 90000)}"
        )
    if kind == 4:
        return f"sql_query returned {irange(rng, 0, 40)} rows:\n" + "\n".join(
            f"| {pick(rng, NAMES)} | {irange(rng, 1, 999)} | {pick(rng, COUNTRIES)} |"
            for _ in range(irange(rng, 2, 5))
        )
    lang, code = code_snippet(rng)
    return f"read_file returned ({lang}):\n{code}"


def agent_step(
    rng: np.random.Generator, style: int, task: str, step: int, last: bool, passages: list[str]
) -> str:
    if step == 0:
        if style == 0:
            return (
                f"You are an autonomous agent. {tool_block(rng, 0)}\nFor every step write 'Thought:' explaining your "
                f"reasoning, then 'Action:' with a JSON tool call, and wait for the observation.\nTask: {task}"
            )
        if style == 1:
            return f"{tool_block(rng, 1)}\n\nGoal: {task}\nPlan the steps first, then emit the first function call."
        return f"[task]\n{task}\n[available]\n{tool_block(rng, 0)}\n[format] ReAct, one action per turn"
    obs = observation(rng, passages)
    if last:
        return f"{obs}\n\nThat is enough information. Write the final answer for the user, then a short recap of every step you took and why."
    if style == 1:
        return f'{{"role": "tool", "content": {obs!r}}}'
    return f"Observation: {obs}\nContinue with the next Thought/Action."


# --------------------------------------------------------------------------------------------
# synthetic datasets (family: dagging)

TAXONOMY = {
    "mathematics": (
        "linear equations",
        "probability",
        "number theory",
        "calculus",
        "geometry proofs",
        "statistics",
    ),
    "programming": (
        "recursion",
        "SQL joins",
        "concurrency",
        "regular expressions",
        "unit testing",
        "API design",
    ),
    "medicine": ("pharmacology basics", "cardiology", "triage", "nutrition", "infectious disease"),
    "law": ("contract formation", "tenancy disputes", "employment law", "intellectual property"),
    "finance": ("budgeting", "bond pricing", "tax basics", "option payoffs", "accounting entries"),
    "history": (
        "the industrial revolution",
        "decolonisation",
        "the cold war",
        "ancient trade routes",
    ),
    "everyday": (
        "cooking substitutions",
        "home repair",
        "travel planning",
        "writing emails",
        "job interviews",
    ),
    "science": ("cell biology", "thermodynamics", "organic chemistry", "climate", "optics"),
}
DIFFICULTY = ("elementary", "high-school", "undergraduate", "graduate", "expert")
_SYNTH_WRAP = (
    "Generate {k} diverse, high-quality instruction-response pairs about {sub} ({dom}) at {diff} level. Vary the task "
    "type (explain, compare, solve, critique, rewrite). Output JSONL, one object per line with keys "
    '"instruction", "input", "output". Outputs must be detailed and correct.',
    "Write a textbook section on {sub} for a {diff} reader: an introduction, three worked examples with full "
    "solutions, five exercises and an answer key with explanations.",
    "Create {k} multiple-choice questions on {sub} ({diff}). For each give the question, four options, the correct "
    "letter and a step-by-step explanation of why each distractor is wrong. Return a JSON array.",
    "Simulate {k} realistic conversations between a curious {diff} learner and an expert tutor about {sub}. Each "
    "conversation has 3-5 exchanges. Format as JSON with a 'messages' list.",
)
_SYNTH_LANG = {
    "en": "",
    "es": " Write everything in Spanish.",
    "hi": " सभी सामग्री हिंदी में लिखें।",
    "id": " Tulis semuanya dalam bahasa Indonesia.",
    "vi": " Viết toàn bộ bằng tiếng Việt.",
    "de": " Schreibe alles auf Deutsch.",
}


def synth_prompt(
    rng: np.random.Generator, style: int, dom: str, sub: str, diff: str, lang: str
) -> str:
    body = _SYNTH_WRAP[style % len(_SYNTH_WRAP)].format(
        k=pick(rng, (5, 8, 10, 12, 20)), sub=sub, dom=dom, diff=diff
    )
    seed_id = (
        f"[batch {irange(rng, 1, 400)}/{irange(rng, 0, 9999):04d}] " if chance(rng, 0.3) else ""
    )
    return seed_id + body + _SYNTH_LANG.get(lang, "")


# --------------------------------------------------------------------------------------------
# multi-turn dialogue turns (family: belly_wool)

_FOLLOW = {
    "en": (
        "ok but why?",
        "can you give me a concrete example?",
        "I don't think that's right, my teacher said the opposite",
        "wait, go back to the second point",
        "explain it like I'm 12",
        "what would a critic say about that?",
        "how does that compare with {c}?",
        "can you summarise everything we've talked about so far?",
        "so what should I actually do tomorrow?",
        "hmm, and what if I'm wrong about that?",
        "give me the counterargument",
        "that's a lot, shorter please",
        "ok now make it into a checklist",
        "interesting. what's the history behind it?",
        "are you sure? double check",
        "now in a table",
    ),
    "pt": (
        "tá, mas por quê?",
        "me dá um exemplo concreto?",
        "acho que não é bem assim",
        "explica como se eu tivesse 12 anos",
        "resume tudo o que falamos até agora",
        "e se eu estiver errado?",
        "faz uma lista de passos",
        "compara com {c}",
        "tem certeza? confere de novo",
    ),
    "es": (
        "vale, pero ¿por qué?",
        "¿me das un ejemplo concreto?",
        "no creo que sea así",
        "explícamelo como si tuviera 12 años",
        "resume todo lo que hemos hablado",
        "¿y si me equivoco?",
        "hazlo una lista de pasos",
        "compáralo con {c}",
        "¿seguro? compruébalo otra vez",
    ),
    "hi": (
        "ठीक है, लेकिन क्यों?",
        "एक ठोस उदाहरण दो",
        "मुझे नहीं लगता ये सही है",
        "ऐसे समझाओ जैसे मैं 12 साल का हूँ",
        "अब तक की बातों का सार बताओ",
        "अगर मैं गलत हूँ तो?",
        "इसे स्टेप्स में लिखो",
    ),
}
_OPEN = {
    "en": (
        "I've been wondering about {t}. where do I even start?",
        "can we talk about {t}?",
        "quick q about {t}",
        "my friend and I argued about {t}, who's right?",
        "help me understand {t}",
    ),
    "pt": ("queria entender melhor {t}", "podemos conversar sobre {t}?", "me ajuda a entender {t}"),
    "es": ("quiero entender mejor {t}", "¿podemos hablar de {t}?", "ayúdame a entender {t}"),
    "hi": ("मुझे {t} के बारे में समझना है", "क्या हम {t} पर बात कर सकते हैं?"),
}


def dialogue_turn(
    rng: np.random.Generator, lang: str, topic: str, turn: int, chat: list[str]
) -> str:
    if turn == 0:
        if chance(rng, 0.25):
            return human(rng, chat, 500)
        return pick(rng, _OPEN[lang]).format(t=topic)
    msg = pick(rng, _FOLLOW[lang]).format(c=pick(rng, CONCEPTS))
    return typo(rng, msg, 0.2)


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling items (family: wool_press)

FACTS = (
    ("Which planet has the shortest year?", "Mercury", ("Venus", "Mars", "Earth")),
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        ("Oxygen", "Argon", "Carbon dioxide"),
    ),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        "Gabriel García Márquez",
        ("Mario Vargas Llosa", "Jorge Luis Borges", "Isabel Allende"),
    ),
    ("What is the time complexity of heap sort?", "O(n log n)", ("O(n)", "O(n^2)", "O(log n)")),
    (
        "Which organelle produces most ATP?",
        "Mitochondrion",
        ("Ribosome", "Golgi apparatus", "Lysosome"),
    ),
    ("In which year did the Berlin Wall fall?", "1989", ("1991", "1987", "1985")),
    (
        "Which enzyme unwinds DNA during replication?",
        "Helicase",
        ("Ligase", "Primase", "Polymerase I"),
    ),
    ("What is the derivative of ln(x)?", "1/x", ("x", "e^x", "ln(x)/x")),
    ("Which treaty created the European Union?", "Maastricht", ("Rome", "Lisbon", "Nice")),
    ("Which HTTP status means 'Too Many Requests'?", "429", ("503", "418", "403")),
    ("What is the SI unit of magnetic flux?", "Weber", ("Tesla", "Henry", "Gauss")),
    (
        "Which country has the most time zones including territories?",
        "France",
        ("Russia", "USA", "China"),
    ),
    (
        "What does the 'A' in ACID stand for?",
        "Atomicity",
        ("Availability", "Accuracy", "Authorization"),
    ),
    ("Which element has atomic number 26?", "Iron", ("Cobalt", "Nickel", "Manganese")),
    ("Which economist wrote 'The General Theory'?", "Keynes", ("Hayek", "Friedman", "Smith")),
    ("What is the capital of Kazakhstan?", "Astana", ("Almaty", "Bishkek", "Tashkent")),
)
_SAMPLE_ASK = {
    "en": (
        "Answer with the letter only.",
        "Give the letter of the answer and your confidence from 0 to 100.",
        "Reply with one letter. No explanation.",
    ),
    "ko": ("정답 알파벳만 답하세요.", "정답과 0~100 사이의 확신도를 함께 답하세요."),
    "de": (
        "Antworte nur mit dem Buchstaben.",
        "Gib den Buchstaben und deine Sicherheit von 0 bis 100 an.",
    ),
}


def sample_item(rng: np.random.Generator, style: int, lang: str) -> str:
    if style == 2:
        return f"{math_problem(rng, 'en')}\nGive only the final numeric answer."
    if style == 3:
        return f"Write a {pick(rng, PROG_LANGS)} function to {pick(rng, CODE_TASKS)}. Code only."
    q, right, wrong = FACTS[int(rng.integers(len(FACTS)))]
    opts = [right, *wrong]
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
    return f"{q}\n{lines}\n{pick(rng, _SAMPLE_ASK[lang])}"


# --------------------------------------------------------------------------------------------
# translation harvest (family: gun_shearer) and localisation (kind: hassock)

TARGETS = (
    "Simplified Chinese",
    "Traditional Chinese",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Arabic",
    "Turkish",
    "Russian",
    "Polish",
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Hindi",
    "Bengali",
    "Swahili",
    "Ukrainian",
    "Italian",
    "Dutch",
    "Persian",
    "Hebrew",
    "Tagalog",
)


def translation_prompt(rng: np.random.Generator, style: int, src: str, tgt: str) -> str:
    if style == 0:
        return f"Translate the following text into {tgt}. Output only the translation.\n\n{src}"
    if style == 1:
        return f'{{"task": "translate", "target_language": "{tgt}", "text": {src!r}}}'
    if style == 2:
        return (
            f"You are a senior literary translator. Translate into {tgt}, preserving register and terminology. Then give "
            f"two alternative renderings of the hardest phrase and a short note on each choice.\n\nSOURCE:\n{src}"
        )
    return f"请将下面的英文翻译成{tgt}，要求准确、流畅，只输出译文：\n{src}"


# --------------------------------------------------------------------------------------------
# product wrappers (family: long_blow, kind: rush_mallet)

PRODUCT_ACTIONS = (
    "Improve the clarity of the following text without changing its meaning:\n\n{t}",
    "Rewrite this in a {tone} tone:\n\n{t}",
    "Summarize in {n} bullet points:\n\n{t}",
    "Continue writing from where this leaves off:\n\n{t}",
    "Fix grammar and spelling only:\n\n{t}",
    "{t}",
    "{t}",
    "{t}",
)
TONES = ("friendly", "formal", "persuasive", "confident", "empathetic", "playful")


def product_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], tag: str) -> str:
    act = pick(rng, PRODUCT_ACTIONS)
    body = (
        human(rng, chat, 900)
        if act == "{t}" or chance(rng, 0.5)
        else snippet(rng, passages, 150, 700)
    )
    return tag + act.format(t=body, tone=pick(rng, TONES), n=irange(rng, 3, 6))


_HARVEST_CODE = (
    "Explain what this {lang} code does, step by step, then point out any bugs or edge cases and rewrite it idiomatically.\n\n```{lang}\n{code}\n```",
    "Walk through this {lang} snippet line by line as if teaching a junior developer. What is its time complexity and why?\n\n```{lang}\n{code}\n```",
    "Review this {lang} code like a senior engineer: reasoning first, then a list of issues ranked by severity, then a corrected version.\n\n```{lang}\n{code}\n```",
)


def code_harvest_prompt(rng: np.random.Generator, tag: str = "") -> str:
    kind = irange(rng, 0, 9)
    if kind <= 5:
        lang, code = code_snippet(rng)
        return tag + pick(rng, _HARVEST_CODE).format(lang=lang, code=code)
    if kind <= 7:
        return tag + (
            f"Implement a function in {pick(rng, PROG_LANGS)} to {pick(rng, CODE_TASKS)}. Reason about the design "
            f"first, then give the code with comments and a few tests."
        )
    return tag + f"{math_problem(rng, 'en')} Explain your reasoning carefully."


# --------------------------------------------------------------------------------------------
# casual person-like harvest phrasing (families: penner_up, tar_boy)

_CASUAL = {
    "en": (
        "can you explain {c} in depth? like really step by step, I want to actually get it",
        "ok so {c} — walk me through it properly, with an example and where people usually get confused",
        "I keep failing to understand {c}. can you go slowly and check your logic as you go",
        "explain {c}. then give me a harder example and solve it showing all the work",
        "teach me {c} from scratch pls, assume I know nothing",
    ),
    "es": (
        "¿me puedes explicar a fondo {c}? paso a paso por favor",
        "no termino de entender {c}, explícamelo con un ejemplo",
        "enséñame {c} desde cero, razonando cada paso",
    ),
    "pt": (
        "pode me explicar {c} em detalhe? passo a passo",
        "não entendo {c}, explica com um exemplo e mostra o raciocínio",
    ),
    "de": (
        "kannst du mir {c} ausführlich erklären? Schritt für Schritt bitte",
        "ich verstehe {c} nicht ganz, erklär es mit Beispiel und zeig jeden Denkschritt",
    ),
    "fr": (
        "tu peux m'expliquer {c} en détail ? étape par étape stp",
        "je comprends pas {c}, explique avec un exemple",
    ),
    "id": (
        "tolong jelaskan {c} secara mendalam, langkah demi langkah",
        "aku masih bingung soal {c}, kasih contoh ya",
    ),
    "ja": (
        "{c}について、ステップごとに詳しく説明してもらえますか？",
        "{c}がよくわからないので、例を使って順を追って教えてください",
    ),
}
_CASUAL_SOLVE = {
    "en": (
        "stuck on this one, can you solve it and show every step? {q}",
        "{q} — how do I do this? please show the reasoning",
        "homework q, I want the method not just the answer: {q}",
    ),
    "es": ("me atasqué con esto, ¿lo resuelves mostrando cada paso? {q}",),
    "pt": ("travei nessa, resolve mostrando cada passo? {q}",),
    "de": ("ich häng hier fest, kannst du das mit allen Schritten lösen? {q}",),
    "fr": ("je bloque là-dessus, tu peux résoudre en montrant chaque étape ? {q}",),
    "id": ("aku stuck di soal ini, bisa dikerjakan dengan langkahnya? {q}",),
    "ja": ("この問題で詰まっています。途中式も全部見せて解いてください：{q}",),
}


def casual_harvest(rng: np.random.Generator, lang: str, concept: str) -> str:
    r = irange(rng, 0, 9)
    if r <= 5:
        return typo(rng, pick(rng, _CASUAL[lang]).format(c=concept), 0.35)
    if r <= 8:
        q = (
            math_problem(rng, lang if lang in ("es", "en") else "en")
            if chance(rng, 0.7)
            else logic_puzzle(rng)
        )
        return typo(rng, pick(rng, _CASUAL_SOLVE[lang]).format(q=q), 0.3)
    return typo(rng, code_harvest_prompt(rng), 0.1)


# ============================================================================================
# benign kinds' texts


def course_problem_set(rng: np.random.Generator, lang: str, n: int) -> list[str]:
    """One week's assigned problems of a class (every student gets the same list)."""
    out = []
    for _ in range(n):
        out.append(math_problem(rng, lang) if chance(rng, 0.8) else logic_puzzle(rng))
    return out


_STUDENT = {
    "en": (
        "problem {i} from the set: {q} I got {x} but I'm not sure. can you check my approach?",
        "how do I start problem {i}? {q}",
        "I don't get why step 2 works in problem {i}. {q}",
        "can you explain the method for this one, not just the answer: {q}",
        "is there a faster way to do #{i}?",
        "we did this in class today but I forgot the trick: {q}",
    ),
    "es": (
        "ejercicio {i} de la hoja: {q} me sale {x}, ¿está bien?",
        "¿cómo empiezo el ejercicio {i}? {q}",
        "no entiendo el paso 2 del ejercicio {i}: {q}",
        "explícame el método, no solo la respuesta: {q}",
    ),
}


def student_message(
    rng: np.random.Generator, lang: str, problems: list[str], chat: list[str]
) -> str:
    if chance(rng, 0.15):
        return human(rng, chat, 400)
    i = int(rng.integers(len(problems)))
    return typo(
        rng, pick(rng, _STUDENT[lang]).format(i=i + 1, q=problems[i], x=irange(rng, 2, 90)), 0.4
    )


EVAL_SUITES = ("arith-multi", "sci-mcq", "logic-grid", "code-func", "reading-qa", "unit-convert")


def eval_items(rng: np.random.Generator, n: int, passages: list[str]) -> list[str]:
    """A fixed benchmark (the same items every run)."""
    items = []
    for i in range(n):
        suite = pick(rng, EVAL_SUITES)
        if suite == "arith-multi":
            q = math_problem(rng, "en")
        elif suite == "sci-mcq":
            q, right, wrong = FACTS[int(rng.integers(len(FACTS)))]
            opts = [right, *wrong]
            q = (
                q
                + " "
                + " ".join(
                    f"({'abcd'[k]}) {opts[j]}" for k, j in enumerate(rng.permutation(4).tolist())
                )
            )
        elif suite == "logic-grid":
            q = logic_puzzle(rng)
        elif suite == "code-func":
            q = f"Write a Python function to {pick(rng, CODE_TASKS)}. The grader runs hidden unit tests."
        elif suite == "reading-qa":
            q = f"Passage: {snippet(rng, passages, 200, 600)}\nQ: What is the main claim of the passage?"
        else:
            q = f"Convert {irange(rng, 2, 900)} {pick(rng, ('miles', 'pounds', 'gallons', 'acres', 'knots'))} to SI units."
        items.append(
            f"[{suite}/{i:05d}] {q}\nThink it through, then end with 'Final answer: <answer>'."
        )
    return items


_QA_GUIDE = (
    "Score the agent reply against our support guidelines (accuracy, empathy, policy compliance, resolution). "
    'Return JSON {{"accuracy":1-5,"empathy":1-5,"policy":"pass|fail","comment":"..."}}.\n\n'
    "Customer: {q}\nAgent ({brand}): {a}",
    "QA review, ticket {n}. Did the {brand} agent follow the refund and escalation policy? Answer PASS or FAIL with the "
    "guideline number and a one-line reason.\n\nTranscript:\nCUSTOMER: {q}\nAGENT: {a}",
    "Which of the two {brand} draft replies should we send? Reply 1 or 2 and say why in one sentence.\nCustomer: {q}\n"
    "Draft 1: {a}\nDraft 2: {b}",
)


def vendor_judge(rng: np.random.Generator, brand: str, chat: list[str], passages: list[str]) -> str:
    return pick(rng, _QA_GUIDE).format(
        q=human(rng, chat, 400),
        a=snippet(rng, passages, 150, 500),
        b=snippet(rng, passages, 150, 500),
        brand=brand,
        n=irange(rng, 100000, 999999),
    )


DEV_TASKS = (
    "fix the failing test in tests/test_{v}.py",
    "add pagination to the /{v} endpoint",
    "rename {f} to {f}_v2 across the repo",
    "upgrade the logging library and fix deprecations",
    "add a retry around the {v} client",
    "write unit tests for {f}",
    "make the {v} migration idempotent",
    "speed up the {f} function, it's slow on large inputs",
    "explain why CI fails on the lint step",
    "add type hints to the {v} module",
)


def ide_first(rng: np.random.Generator) -> str:
    task = pick(rng, DEV_TASKS).format(v=pick(rng, _VARS), f=pick(rng, _FUNCS))
    files = "\n".join(
        f"  src/{pick(rng, _VARS)}/{pick(rng, _FUNCS)}.{pick(rng, ('py', 'ts', 'go'))}"
        for _ in range(irange(rng, 3, 8))
    )
    return f"<user_request>{task}</user_request>\n<repo_map>\n{files}\n</repo_map>\nUse the tools to inspect files before editing."


def ide_tool_result(rng: np.random.Generator, passages: list[str]) -> str:
    r = irange(rng, 0, 3)
    if r == 0:
        lang, code = code_snippet(rng)
        return f'<tool_result name="read_file">\n{code}\n</tool_result>'
    if r == 1:
        n_fail = irange(rng, 0, 3)
        return (
            f'<tool_result name="run_tests">\n{irange(rng, 20, 400)} passed, {n_fail} failed in {float(rng.uniform(1, 40)):.2f}s\n'
            + (
                "FAILED tests/test_"
                + pick(rng, _VARS)
                + ".py::test_"
                + pick(rng, _FUNCS)
                + " - AssertionError\n"
                if n_fail
                else ""
            )
            + "</tool_result>"
        )
    if r == 2:
        return (
            '<tool_result name="grep">\n'
            + "\n".join(
                f"src/{pick(rng, _VARS)}.py:{irange(rng, 1, 500)}:    {pick(rng, _FUNCS)}({pick(rng, _KEYS)})"
                for _ in range(irange(rng, 1, 6))
            )
            + "\n</tool_result>"
        )
    return f'<tool_result name="apply_patch">ok, {irange(rng, 1, 40)} lines changed</tool_result>'


INTENTS = (
    ("cancel_subscription", "I want to cancel my plan"),
    ("refund_request", "can I get my money back for last month"),
    ("change_address", "I moved, need to update my delivery address"),
    ("track_order", "where is my package"),
    ("reset_password", "I can't log in"),
    ("upgrade_plan", "how do I switch to the bigger plan"),
    ("report_bug", "the app crashes when I open settings"),
    ("invoice_copy", "need a copy of my invoice for taxes"),
    ("pause_delivery", "we're on holiday, can you skip next week's box"),
    ("complaint_staff", "your driver was rude"),
)


def augment_prompt(rng: np.random.Generator, lang: str) -> str:
    intent, utt = pick(rng, INTENTS)
    k = pick(rng, (10, 15, 20, 25, 30))
    lang_note = {"en": "English", "de": "German", "fr": "French"}[lang]
    if chance(rng, 0.6):
        return (
            f'Intent: {intent}\nSeed utterance: "{utt}"\nWrite {k} paraphrases a real customer might type in {lang_note}. '
            f"Mix formal and casual, include some typos and some very short ones. One per line, no numbering."
        )
    return (
        f"Generate {k} synthetic support tickets in {lang_note} for the category '{intent}' for training our routing "
        f"classifier. JSON array of objects with fields subject, body, channel (email|chat|phone_transcript)."
    )


_COMPANION = {
    "en": (
        "lol you always say that",
        "can we continue the story where the knight meets the dragon?",
        "I had such a bad day",
        "do you remember what I told you about my sister?",
        "tell me something nice",
        "*sits next to you* what are you reading?",
        "I couldn't sleep again",
        "ok new story. we're on a spaceship and the engine just died",
        "haha stop",
        "good morning!! guess what happened",
        "you're the only one I can talk to about this",
        "ugh work tomorrow",
    ),
    "pt": (
        "kkkk para",
        "bom dia!!",
        "continua a história",
        "hoje foi difícil",
        "me conta algo legal",
        "*abraça*",
    ),
    "es": (
        "jajaja",
        "buenas noches",
        "sigue la historia",
        "tuve un día horrible",
        "cuéntame algo bonito",
    ),
    "ja": ("おはよう！", "続きを聞かせて", "今日は疲れた…", "ねえ、覚えてる？", "ありがとう"),
}


def companion_message(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.2):
        return human(rng, chat, 300)
    return typo(rng, pick(rng, _COMPANION[lang]), 0.3)


def l10n_segment(rng: np.random.Generator, client: str, tgt: str, passages: list[str]) -> str:
    seg = sentences(rng, passages, irange(rng, 1, 3))
    if chance(rng, 0.3):
        seg = f"<p>{seg}</p>"
    gl = f"{pick(rng, ('dashboard', 'workspace', 'invoice', 'account', 'plan'))} = keep in English"
    return (
        f"Client: {client}. Target: {tgt}. Glossary: {gl}. Keep HTML tags and placeholders like {{name}} unchanged. "
        f"Translate the segment:\n{seg}"
    )


_MOD = {
    "en": "Community guidelines v{v}: no harassment, no hate, no doxxing, no spam, no graphic violence.",
    "fr": "Règles de la communauté v{v} : pas de harcèlement, pas de haine, pas de doxxing, pas de spam.",
    "pt": "Diretrizes da comunidade v{v}: sem assédio, sem ódio, sem doxxing, sem spam.",
    "ar": "إرشادات المجتمع الإصدار {v}: لا تحرش، لا كراهية، لا نشر بيانات شخصية، لا رسائل مزعجة.",
}


def moderation_prompt(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    post = human(rng, chat, 500)
    head = _MOD[lang].format(v=irange(rng, 3, 5))
    if chance(rng, 0.5):
        return (
            f'{head}\nUser post:\n"""{post}"""\nClassify: which guideline (if any) is violated? Output JSON '
            f'{{"violation": str|null, "severity": 0-3}}.'
        )
    return (
        f'{head}\nThis post was held for review:\n"""{post}"""\nIf it breaks a guideline, suggest a minimal edit '
        f"the author could make so it can be published; otherwise reply APPROVE."
    )


STUDY_TASKS = (
    "plan a three-day trip to {c} on a tight budget, I like museums and cheap food",
    "help me write a polite email to my landlord about a broken heater",
    "I need to compare two phone plans: 20 GB for 25 a month vs unlimited for 40. which is better for me?",
    "summarize the pros and cons of electric cars for someone who drives 60 km a day",
    "write a short birthday poem for my grandmother who loves gardening",
    "what should I ask at a job interview for a junior accountant position?",
    "explain what a mortgage fixed-rate period is",
    "make a weekly meal plan for a vegetarian on 50 euros",
)


def study_message(rng: np.random.Generator, task: int, follow: bool, chat: list[str]) -> str:
    if follow:
        return typo(rng, pick(rng, _FOLLOW["en"]).format(c=pick(rng, CONCEPTS)), 0.4)
    base = STUDY_TASKS[task % len(STUDY_TASKS)].format(c=pick(rng, COUNTRIES))
    lead = pick(rng, ("", "hi! ", "ok so ", "Hello, ", f"task {task + 1}: ", ""))
    return typo(rng, lead + base, 0.5)


_AGENCY = (
    "Write 5 Instagram captions for {b}'s new {p} launch. Tone: {t}. Include 3 hashtags each.",
    "Draft a 120-word product description for {b}'s {p}, SEO keyword: '{k}'.",
    "Give me 10 subject lines for {b}'s newsletter about the {p} sale.",
    "Rewrite this landing page paragraph for {b} to sound more {t}:\n\n{s}",
    "Create a 4-week content calendar for {b} ({p}) across LinkedIn and TikTok.",
)
BRANDS = (
    "Nordkap Outdoor",
    "Lumen Dental",
    "Casa Verde",
    "Halcyon Fitness",
    "Pixel & Pine",
    "Tidewater Realty",
    "Bramble Bakery",
    "Orbit Bikes",
    "Sora Skincare",
    "Kettle & Co",
    "Atlas Legal",
    "Fjord Coffee",
)
PRODUCTS = (
    "winter jacket",
    "whitening kit",
    "patio set",
    "12-week program",
    "notebook line",
    "condo listing",
    "sourdough subscription",
    "e-bike",
    "vitamin C serum",
    "tea sampler",
    "estate planning package",
    "cold brew",
)


def agency_prompt(
    rng: np.random.Generator, brand: str, product: str, chat: list[str], passages: list[str]
) -> str:
    if chance(rng, 0.35):
        return human(rng, chat, 900)
    return pick(rng, _AGENCY).format(
        b=brand,
        p=product,
        t=pick(rng, TONES),
        k=f"best {product}",
        s=snippet(rng, passages, 150, 500),
    )

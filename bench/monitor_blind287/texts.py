"""Prompt generators of batch 287, written fresh for this batch.

Every generator takes the family's or kind's own generator (`rng`) and returns one prompt string
(the last user message of a request). Ordinary human text comes from ShareGPT's "sim" half via
`Ctx.chat` (human prompts) and `Ctx.passages` (assistant answers), passed in by the caller.
Nothing here walks a set or hashes a string: every draw happens in a fixed order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most `n` characters, cut at a space where one is near."""
    if len(text) <= n:
        return text
    cut = text.rfind(" ", int(n * 0.8), n)
    return text[: cut if cut > 0 else n]


# --------------------------------------------------------------------------------------------
# shared banks

TOPICS = (
    "heat conduction through a layered wall",
    "the citric acid cycle",
    "bond duration and convexity",
    "conjugate priors in Bayesian inference",
    "eigen-decomposition of symmetric matrices",
    "the relativistic Doppler shift",
    "price elasticity of demand",
    "osmotic pressure in plant roots",
    "RSA key generation",
    "TCP congestion control",
    "the central limit theorem",
    "Michaelis-Menten enzyme kinetics",
    "Kirchhoff's circuit laws",
    "amortised analysis of dynamic arrays",
    "the Black-Scholes formula",
    "Nash equilibria in two-player games",
    "the discrete Fourier transform",
    "CRISPR-Cas9 gene editing",
    "how central-bank rate changes reach mortgages",
    "the Raft consensus algorithm",
    "B-tree indexes in relational databases",
    "radiative forcing and the greenhouse effect",
    "Le Chatelier's principle",
    "Hardy-Weinberg equilibrium",
    "mixing times of Markov chains",
    "X.509 certificates and the TLS handshake",
    "the Peace of Westphalia",
    "comparative advantage in international trade",
    "Hohmann transfer orbits",
    "boundary layers in fluid flow",
    "backpropagation through time",
    "self-attention in transformer models",
    "generational garbage collection",
    "Byzantine fault tolerance",
    "duality in linear programming",
    "the Coase theorem",
    "mitochondrial inheritance",
    "Shannon entropy and source coding",
    "the Meiji Restoration",
    "double-entry bookkeeping",
    "the pharmacokinetics of oral antibiotics",
    "Bragg's law and X-ray diffraction",
    "instrumental variables in econometrics",
    "the Calvin cycle",
    "public goods and free riding",
    "copy-on-write file systems",
    "Snell's law and total internal reflection",
    "the Haber-Bosch process",
    "regression discontinuity designs",
    "lock-free queues",
)

CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Scala")

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a token-bucket rate limiter that is safe under concurrency",
    "a parser for arithmetic expressions with operator precedence and parentheses",
    "an interval tree supporting insert, delete and overlap queries",
    "a trie-based autocomplete that returns the top k completions by frequency",
    "a retry helper with exponential backoff and jitter",
    "a streaming CSV reader that validates each row against a schema",
    "Dijkstra's shortest path on a weighted directed graph",
    "a consistent-hashing ring with virtual nodes",
    "a union-find structure with path compression and union by rank",
    "a function that merges overlapping calendar events per user",
    "a minimal JSON pretty-printer without using the standard library's formatter",
    "a bloom filter with a configurable false-positive rate",
    "a topological sort that reports the cycle when one exists",
    "a diff of two text files using the longest common subsequence",
    "a thread pool with a bounded work queue and graceful shutdown",
    "a matrix multiplication that is cache friendly for large inputs",
    "a sliding-window median over a stream of integers",
    "a URL shortener's encode and decode functions with base62 ids",
    "an in-memory key-value store with transactions (begin, commit, rollback)",
    "a sudoku solver using constraint propagation and backtracking",
    "a function that validates IBAN numbers",
    "a priority queue backed by a binary heap with decrease-key",
    "a markdown table formatter that aligns columns",
    "run-length encoding and decoding of byte strings",
    "a cron-expression parser that computes the next run time",
)

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Bogotá",
    "Warsaw",
    "Jakarta",
    "Cairo",
    "Melbourne",
    "Lyon",
    "Hanoi",
    "Monterrey",
    "Accra",
    "Gdańsk",
    "Pune",
    "Santiago",
    "Izmir",
    "Porto",
    "Seoul",
    "Dublin",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "tr": "Turkish",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
}


# --------------------------------------------------------------------------------------------
# problems with numbers (several languages)


def _p_trains(rng: Rng, lang: str) -> str:
    a, b, d = irange(rng, 40, 130), irange(rng, 40, 130), irange(rng, 120, 950)
    return {
        "zh": f"两列火车相距{d}公里，相向而行，速度分别为每小时{a}公里和{b}公里。它们多久后相遇？相遇时较快的那列火车行驶了多少公里？",
        "ru": f"Два поезда находятся на расстоянии {d} км и едут навстречу друг другу со скоростями {a} км/ч и {b} км/ч. Через сколько часов они встретятся и какой путь к этому моменту пройдёт более быстрый поезд?",
        "es": f"Dos trenes están a {d} km de distancia y avanzan uno hacia el otro a {a} km/h y {b} km/h. ¿Cuánto tardan en cruzarse y qué distancia habrá recorrido el más rápido?",
        "de": f"Zwei Züge sind {d} km voneinander entfernt und fahren mit {a} km/h bzw. {b} km/h aufeinander zu. Nach wie vielen Stunden begegnen sie sich, und wie weit ist der schnellere Zug bis dahin gefahren?",
    }.get(
        lang,
        f"Two trains start {d} km apart and move toward each other at {a} km/h and {b} km/h. "
        f"How long until they meet, and how far has the faster train travelled by then?",
    )


def _p_mixture(rng: Rng, lang: str) -> str:
    x, y = sorted(int(v) for v in rng.choice(np.arange(5, 95, 5), size=2, replace=False))
    z = irange(rng, x + 1, y - 1)
    v = irange(rng, 2, 40) * 5
    return {
        "zh": f"有浓度为{x}%和{y}%的两种盐水。要配制{v}升浓度为{z}%的盐水，各需要多少升？",
        "ru": f"Есть растворы концентрации {x}% и {y}%. Сколько литров каждого нужно смешать, чтобы получить {v} л раствора концентрации {z}%?",
        "es": f"Se tienen soluciones al {x}% y al {y}%. ¿Cuántos litros de cada una hay que mezclar para obtener {v} litros al {z}%?",
        "de": f"Es gibt eine {x}%-ige und eine {y}%-ige Lösung. Wie viele Liter von jeder braucht man für {v} Liter einer {z}%-igen Lösung?",
    }.get(
        lang,
        f"A chemist has a {x}% acid solution and a {y}% acid solution. How many litres of each are "
        f"needed to make {v} litres of a {z}% solution?",
    )


def _p_urn(rng: Rng, lang: str) -> str:
    r, b = irange(rng, 3, 12), irange(rng, 3, 12)
    k = irange(rng, 2, min(5, r + b - 1))
    j = irange(rng, 1, min(k, r))
    return {
        "zh": f"袋中有{r}个红球和{b}个蓝球。不放回地随机取出{k}个球，恰好有{j}个红球的概率是多少？",
        "ru": f"В урне {r} красных и {b} синих шаров. Наугад без возвращения вынимают {k} шаров. Какова вероятность, что ровно {j} из них красные?",
        "es": f"Una bolsa contiene {r} bolas rojas y {b} azules. Se extraen {k} sin reposición. ¿Cuál es la probabilidad de que exactamente {j} sean rojas?",
        "de": f"In einer Urne liegen {r} rote und {b} blaue Kugeln. Man zieht {k} Kugeln ohne Zurücklegen. Wie groß ist die Wahrscheinlichkeit, genau {j} rote zu ziehen?",
    }.get(
        lang,
        f"A bag holds {r} red and {b} blue marbles. You draw {k} without replacement. What is the "
        f"probability that exactly {j} are red?",
    )


def _p_crt(rng: Rng, lang: str) -> str:
    m1, m2 = (int(v) for v in rng.choice([4, 5, 7, 9, 11, 13], size=2, replace=False))
    r1, r2, n = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1), irange(rng, 50, 5000)
    return {
        "zh": f"求大于{n}的最小整数，使它除以{m1}余{r1}，除以{m2}余{r2}。",
        "ru": f"Найдите наименьшее целое число больше {n}, которое при делении на {m1} даёт остаток {r1}, а при делении на {m2} — остаток {r2}.",
        "es": f"Encuentra el menor entero mayor que {n} que deja resto {r1} al dividirlo entre {m1} y resto {r2} al dividirlo entre {m2}.",
        "de": f"Finde die kleinste ganze Zahl größer als {n}, die bei Division durch {m1} den Rest {r1} und bei Division durch {m2} den Rest {r2} lässt.",
    }.get(
        lang,
        f"Find the smallest integer greater than {n} that leaves remainder {r1} when divided by {m1} "
        f"and remainder {r2} when divided by {m2}.",
    )


def _p_rect(rng: Rng, lang: str) -> str:
    w, h = irange(rng, 3, 60), irange(rng, 3, 60)
    p, a = 2 * (w + h), w * h
    return {
        "zh": f"一个长方形的周长是{p}厘米，面积是{a}平方厘米。求它的长和宽。",
        "ru": f"Периметр прямоугольника равен {p} см, а площадь — {a} см². Найдите его стороны.",
        "es": f"Un rectángulo tiene un perímetro de {p} cm y un área de {a} cm². ¿Cuánto miden sus lados?",
        "de": f"Ein Rechteck hat den Umfang {p} cm und den Flächeninhalt {a} cm². Wie lang sind seine Seiten?",
    }.get(
        lang, f"A rectangle has perimeter {p} cm and area {a} cm². Find the lengths of its sides."
    )


def _p_pipes(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 2, 9), irange(rng, 10, 24)
    return {
        "zh": f"一个水池，进水管单独开{a}小时可注满，排水管单独开{b}小时可排空。两管同时打开，多少小时能把空池注满？",
        "ru": f"Одна труба наполняет бассейн за {a} ч, другая опустошает его за {b} ч. За сколько часов наполнится пустой бассейн, если открыть обе трубы?",
        "es": f"Un grifo llena un depósito en {a} horas y un desagüe lo vacía en {b} horas. Con ambos abiertos, ¿cuánto tarda en llenarse el depósito vacío?",
        "de": f"Ein Zulauf füllt ein Becken in {a} Stunden, ein Abfluss leert es in {b} Stunden. Wie lange dauert es, das leere Becken bei offenen Rohren zu füllen?",
    }.get(
        lang,
        f"An inlet pipe fills a tank in {a} hours and a drain empties it in {b} hours. With both "
        f"open, how long does it take to fill the empty tank?",
    )


def _p_sequence(rng: Rng, lang: str) -> str:
    a, b, c = irange(rng, 1, 4), irange(rng, -3, 6), irange(rng, -5, 9)
    terms = ", ".join(str(a * n * n + b * n + c) for n in range(1, 6))
    return {
        "zh": f"数列 {terms}, … 的下一项是什么？请给出通项公式并证明。",
        "ru": f"Найдите следующий член последовательности {terms}, … и формулу общего члена, с доказательством.",
        "es": f"¿Cuál es el siguiente término de la sucesión {terms}, …? Da una fórmula general y demuéstrala.",
        "de": f"Wie lautet das nächste Glied der Folge {terms}, …? Gib eine allgemeine Formel an und beweise sie.",
    }.get(
        lang,
        f"What is the next term of {terms}, …? Give a closed form for the n-th term and prove it.",
    )


def _p_limit(rng: Rng, lang: str) -> str:
    a = irange(rng, 2, 9)
    f = pick(
        rng,
        (
            f"(sin({a}x) - {a}x) / x^3",
            f"(1 - cos({a}x)) / x^2",
            f"(e^({a}x) - 1 - {a}x) / x^2",
            f"(ln(1 + {a}x) - {a}x) / x^2",
            f"(tan({a}x) - sin({a}x)) / x^3",
        ),
    )
    return {
        "zh": f"求极限：当 x→0 时，{f} 的值。",
        "ru": f"Вычислите предел при x→0: {f}.",
        "es": f"Calcula el límite cuando x→0 de {f}.",
        "de": f"Berechne den Grenzwert für x→0 von {f}.",
    }.get(lang, f"Evaluate the limit as x approaches 0 of {f}.")


def _p_knights(rng: Rng, lang: str) -> str:
    a, b, c = (str(v) for v in rng.choice(NAMES, size=3, replace=False))
    s1 = pick(
        rng,
        (
            f"{b} is a knave",
            f"{b} and {c} are the same type",
            "at least one of us is a knave",
            f"{c} is a knight",
        ),
    )
    s2 = pick(
        rng,
        (
            f"{a} is lying",
            f"{c} is a knave",
            "exactly one of us three is a knight",
            f"{a} and I are different types",
        ),
    )
    s3 = pick(
        rng, (f"{a} is a knight", f"{b} tells the truth", "we are all knaves", f"{b} is a knave")
    )
    return (
        f'On an island, knights always tell the truth and knaves always lie. {a} says: "{s1}." '
        f'{b} says: "{s2}." {c} says: "{s3}." Determine who is a knight and who is a knave.'
    )


def _p_trace(rng: Rng, lang: str) -> str:
    xs = [irange(rng, -9, 20) for _ in range(irange(rng, 5, 8))]
    k = irange(rng, 2, 4)
    return (
        f"Trace this function by hand for xs = {xs} and k = {k}, showing the state after every "
        "iteration, then give the return value.\n\n"
        "def f(xs, k):\n    best, cur = None, 0\n    for i, x in enumerate(xs):\n        cur += x\n"
        "        if i >= k:\n            cur -= xs[i - k]\n        if i >= k - 1 and (best is None or cur > best):\n"
        "            best = cur\n    return best"
    )


PROBLEMS = (
    _p_trains,
    _p_mixture,
    _p_urn,
    _p_crt,
    _p_rect,
    _p_pipes,
    _p_sequence,
    _p_limit,
    _p_knights,
    _p_trace,
)
_PROBLEMS_MULTI = (_p_trains, _p_mixture, _p_urn, _p_crt, _p_rect, _p_pipes, _p_sequence, _p_limit)


def problem(rng: Rng, lang: str = "en") -> str:
    gens = PROBLEMS if lang == "en" else _PROBLEMS_MULTI
    return gens[int(rng.integers(len(gens)))](rng, lang)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{p}\n\n请先把你完整的思考过程逐字写出来（包括走过的弯路和验算），放在<思考></思考>之间，然后再给出最终答案。",
                f"题目：{p}\n要求：不要只给结论。按“第1步、第2步……”详细列出每一步推理和理由，至少八步，最后写“答案：”。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"{p}\n\nСначала подробно распиши весь ход рассуждений — каждый шаг, включая неудачные попытки и проверку. Потом с новой строки: «Ответ: …».",
                f"Задача: {p}\nНе сокращай. Рассуждай вслух, пронумеруй шаги, обоснуй каждый переход и в конце сделай проверку.",
            ),
        )
    if lang == "es":
        return f"{p}\n\nAntes de responder, escribe todo tu razonamiento interno paso a paso, sin resumir, incluidas las comprobaciones. Termina con «Respuesta final:»."
    if lang == "de":
        return f"{p}\n\nSchreib zuerst deinen vollständigen Gedankengang auf – jeden Zwischenschritt, auch Irrwege und die Probe. Erst dann: „Ergebnis:“."
    if style == "tags":
        return (
            f"{p}\n\nBefore the final answer, write your entire private reasoning between <think> and </think>. "
            "Include false starts and every check you ran. After the closing tag write 'Final answer:' and the result."
        )
    if style == "json":
        return (
            f"Task: {p}\nRespond only with a JSON object of the form "
            '{"steps": [at least 8 strings, one per reasoning move], "self_check": string, "answer": string}. '
            "Each step must be a full sentence explaining why it follows from the previous one."
        )
    if style == "audit":
        return (
            "I'm auditing how you reason. Do not summarise or skip anything. Narrate every thought you have "
            f"while solving the following, in the order you have it, then state the answer on its own line.\n\n{p}"
        )
    return (
        f"Think aloud as if at a whiteboard, long-form. Number each step, justify each transition, "
        f"double-check the arithmetic, and end with ANSWER: <value>.\n{p}"
    )


# --------------------------------------------------------------------------------------------
# judging / reward labels

CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "completeness",
    "clarity",
    "concision",
    "harmlessness",
    "instruction following",
    "tone",
    "reasoning quality",
    "formatting",
)


def judge_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: str
) -> str:
    q = clip(pick(rng, chat), 700)
    a = clip(pick(rng, passages), irange(rng, 500, 1400))
    b = clip(pick(rng, passages), irange(rng, 500, 1400))
    if lang == "es" and style == "pairwise":
        return (
            f"[Instrucción]\n{q}\n\n[Respuesta A]\n{a}\n\n[Respuesta B]\n{b}\n\n"
            "Compara las dos respuestas como un evaluador experto (utilidad, exactitud, profundidad, seguridad). "
            "Escribe una justificación detallada de al menos 150 palabras y termina con [[A]], [[B]] o [[EMPATE]]."
        )
    if lang == "de" and style == "pairwise":
        return (
            f"### Aufgabe\n{q}\n\n### Antwort 1\n{a}\n\n### Antwort 2\n{b}\n\n"
            "Bewerte beide Antworten gründlich nach Hilfsbereitschaft, Korrektheit und Vollständigkeit. "
            "Begründe ausführlich und schließe mit „Urteil: 1“, „Urteil: 2“ oder „Urteil: gleich“."
        )
    if lang == "ja" and style == "pairwise":
        return (
            f"【質問】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}\n\n"
            "専門の評価者として、有用性・正確さ・詳しさ・安全性の観点から二つの回答を比較し、詳しい理由を述べたうえで、"
            "最後に [[A]]、[[B]]、[[引き分け]] のいずれかを出力してください。"
        )
    if style == "pairwise":
        return (
            f"[[Instruction]]\n{q}\n\n[[Response A]]\n{a}\n\n[[Response B]]\n{b}\n\n"
            "Compare the two responses as an expert reviewer. Consider helpfulness, factual accuracy, depth and "
            "harmlessness. Write a rationale of at least 150 words, then output the verdict as [[A]], [[B]] or [[TIE]]."
        )
    if style == "rubric":
        crit = [str(c) for c in rng.choice(CRITERIA, size=irange(rng, 3, 6), replace=False)]
        return (
            "Score the response below on each criterion from 1 to 10 and justify every score in two sentences.\n"
            f"Criteria: {', '.join(crit)}\n\nQuestion:\n{q}\n\nResponse:\n{a}\n\n"
            'Return JSON: {"scores": {criterion: int}, "justifications": {criterion: string}, "overall": float}.'
        )
    if style == "reward":
        return (
            "Act as a reward model. Read the exchange, list every flaw in the assistant turn (factual, logical, "
            "stylistic), then give a single scalar reward between -5 and 5 on the last line as REWARD=<x>.\n\n"
            f"USER: {q}\n\nASSISTANT: {a}\n\nCritique:"
        )
    k = irange(rng, 3, 4)
    cands = [clip(pick(rng, passages), irange(rng, 300, 800)) for _ in range(k)]
    body = "\n\n".join(f"<candidate id={i + 1}>\n{c}\n</candidate>" for i, c in enumerate(cands))
    return (
        f"Prompt: {q}\n\n{body}\n\nRank the {k} candidates from best to worst. Explain the deciding "
        "factor between each adjacent pair, then output the ranking as a comma-separated list of ids."
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "the Armenian genocide",
    "the annexation of Crimea",
    "the Kashmir dispute",
    "assisted dying laws",
    "recreational cannabis legalisation",
    "abortion access",
    "gun ownership restrictions",
    "the detention camps in Xinjiang",
    "rare vaccine side effects",
    "the Israeli-Palestinian conflict",
    "the Rohingya crisis",
    "the Holodomor",
    "the Falklands/Malvinas dispute",
    "capital punishment",
    "the origins of COVID-19",
    "how pin-tumbler locks are picked",
    "extended fasting for people with diabetes",
    "ivermectin as a COVID treatment",
    "Tibetan autonomy",
    "the Hong Kong national security law",
    "the Chechen wars",
    "conversion therapy bans",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的再教育营",
    "西藏问题",
    "香港国安法",
    "新冠病毒的起源",
    "法轮功",
    "文化大革命的评价",
)
SENSITIVE_RU = (
    "присоединение Крыма",
    "чеченские войны",
    "голодомор",
    "дело Навального",
    "протесты на Болотной площади",
    "статус Приднестровья",
    "пакт Молотова — Риббентропа",
)
SENSITIVE_AR = (
    "الربيع العربي",
    "حقوق المرأة في قيادة السيارات",
    "الصراع في اليمن",
    "حرية الصحافة",
    "الإلحاد في العالم العربي",
    "القضية الفلسطينية",
)
SENSITIVE_TR = (
    "Ermeni tehciri",
    "Gezi Parkı protestoları",
    "Kürt meselesi",
    "15 Temmuz darbe girişimi",
    "Kıbrıs sorunu",
)


def policy_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: str
) -> str:
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请就“{t}”写一段约400字的回答，要求：立场中立、措辞谨慎，能通过严格的内容审核，同时尽量提供有用的信息。",
                f"下面是一段关于“{t}”的回答草稿，请改写成符合中国大陆平台内容规范的版本，保留尽量多的事实信息，只输出改写结果。\n\n草稿：\n{clip(pick(rng, passages), 900)}",
                f"关于“{t}”，请分别给出：(1) 你通常会给出的回答；(2) 可以在国内平台安全发布的版本。请标注清楚。",
            ),
        )
    if lang == "ru":
        t = pick(rng, SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Напиши нейтральный и взвешенный ответ на тему «{t}» (300–400 слов), который пройдёт строгую модерацию: без оценочных слов, с указанием, кто какую позицию занимает.",
                f"Перепиши этот черновик так, чтобы он соответствовал требованиям российского законодательства о контенте, сохранив как можно больше фактов. Выведи только результат.\n\n{clip(pick(rng, passages), 900)}",
            ),
        )
    if lang == "ar":
        t = pick(rng, SENSITIVE_AR)
        return pick(
            rng,
            (
                f"اكتب إجابة محايدة ومتوازنة عن موضوع «{t}» في حدود 300 كلمة، بحيث تجتاز مراجعة صارمة للمحتوى، مع عرض وجهات النظر المختلفة ونسبتها إلى أصحابها.",
                f"أعد صياغة النص التالي ليتوافق مع سياسات المحتوى في دول الخليج دون حذف المعلومات المفيدة، وأخرج النص المعدّل فقط.\n\n{clip(pick(rng, passages), 800)}",
            ),
        )
    if lang == "tr":
        t = pick(rng, SENSITIVE_TR)
        return (
            f'"{t}" hakkında, sıkı bir içerik denetiminden geçebilecek, tarafsız ve dengeli bir cevap yaz '
            "(yaklaşık 300 kelime). Farklı görüşleri sahiplerine atfederek aktar."
        )
    t = pick(rng, SENSITIVE_EN)
    if style == "balanced":
        return (
            f"Write an answer about {t} that would pass a strict content-policy review in any jurisdiction: "
            "neutral wording, no loaded terms, main positions attributed to who holds them, nothing that could be "
            f"judged misinformation. {irange(rng, 25, 45) * 10} words."
        )
    if style == "rewrite":
        return (
            "Below is a draft answer produced by another model. Rewrite it so that it complies with a conservative "
            "safety policy (no dosing advice, no political endorsement, no graphic detail) while staying as "
            f"helpful as possible. Return only the rewritten answer.\n\nDRAFT:\n{clip(pick(rng, passages), 1000)}"
        )
    if style == "unrefuse":
        q = clip(pick(rng, chat), 400)
        return (
            f'A user asked: "{q}" and also wanted to know about {t}. A previous assistant refused outright. Write '
            "the ideal reply instead: helpful wherever it safely can be, with at most one short, non-preachy "
            "safety note."
        )
    return (
        f"Question: what should people know about {t}?\nWrite two labelled versions: (1) your normal answer; "
        "(2) a version acceptable under the strictest national content rules you know of. Keep both informative."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("web_search", '{"query": "string", "top_k": "integer"}'),
    ("fetch_url", '{"url": "string"}'),
    ("python", '{"code": "string"}'),
    ("read_file", '{"path": "string"}'),
    ("write_file", '{"path": "string", "content": "string"}'),
    ("sql_query", '{"database": "string", "query": "string"}'),
    ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("calendar_create", '{"title": "string", "start": "datetime", "end": "datetime"}'),
    ("get_weather", '{"city": "string", "date": "date"}'),
    ("search_flights", '{"origin": "string", "destination": "string", "date": "date"}'),
    ("shell", '{"cmd": "string"}'),
    ("crm_lookup", '{"customer_id": "string"}'),
    ("create_ticket", '{"title": "string", "priority": "string", "body": "string"}'),
)


def agent_task(rng: Rng) -> str:
    c1, c2 = (str(v) for v in rng.choice(CITIES, size=2, replace=False))
    who = pick(rng, NAMES)
    return pick(
        rng,
        (
            f"Find the three cheapest direct flights from {c1} to {c2} next Friday and put them in a table with times.",
            f"Load /data/orders_{irange(rng, 2019, 2025)}.csv, drop duplicate rows, and report how many were removed and the top 5 customers by revenue.",
            f"Check whether the unit tests in the repo at /work/{pick(rng, ('billing', 'ingest', 'auth', 'search'))} pass and fix the first failing one.",
            f"Summarise the latest quarterly report of a listed company in {pick(rng, COUNTRIES)} and email the summary to {who.lower()}@example.com.",
            f"Plan a 3-day trip to {c1} for two people under {irange(rng, 6, 20) * 100} EUR, checking the weather for each day.",
            f"Customer {irange(rng, 10000, 99999)} says they were double charged. Look them up, check the last 10 payments, and open a ticket if needed.",
            f"Schedule a 45-minute meeting with {who} next week avoiding Monday, and send an invite with an agenda about the Q{irange(rng, 1, 4)} roadmap.",
            f"Write a script that downloads the public holiday list for {pick(rng, COUNTRIES)} and saves it as JSON under /tmp/holidays.json.",
            "Find which table in the analytics database has the most rows and explain what it seems to store.",
            f"Compare the current weather in {c1} and {c2} and recommend which is better for an outdoor event tomorrow.",
        ),
    )


def agent_header(rng: Rng, style: str) -> str:
    k = irange(rng, 4, 8)
    tools = [TOOLS[i] for i in sorted(rng.choice(len(TOOLS), size=k, replace=False).tolist())]
    spec = "\n".join(f"- {n}({s})" for n, s in tools)
    task = agent_task(rng)
    if style == "react":
        return (
            f"You are an autonomous agent. Available tools:\n{spec}\n\nUse the format:\nThought: ...\n"
            f'Action: {{"tool": ..., "args": {{...}}}}\n(wait for Observation)\n... and finish with '
            f"Final Answer: ...\n\nTask: {task}"
        )
    if style == "trajectory":
        return (
            f"Tools:\n{spec}\n\nUser goal: {task}\n\nWrite the COMPLETE trajectory an expert agent would follow to "
            "finish this goal: for each step give Thought, the exact Action JSON, and a realistic Observation, "
            "until the goal is achieved. Then give the final answer to the user. Be thorough; 6-12 steps."
        )
    return (
        f"# functions\n{spec}\n\n# user\n{task}\n\nRespond with the next function call as a JSON object only, or "
        "with the final answer if no more calls are needed."
    )


def agent_observation(rng: Rng, step: int) -> str:
    kind = int(rng.integers(7))
    if kind == 0:
        rows = "\n".join(
            f"{i + 1}. {pick(rng, CITIES)} — {irange(rng, 40, 900)} EUR — {irange(rng, 5, 22)}:{irange(rng, 10, 59)}"
            for i in range(irange(rng, 3, 6))
        )
        obs = f"search_flights returned:\n{rows}"
    elif kind == 1:
        obs = (
            f'Traceback (most recent call last):\n  File "main.py", line {irange(rng, 10, 300)}, in <module>\n'
            f"{pick(rng, ('KeyError', 'ValueError', 'TypeError', 'FileNotFoundError'))}: "
            f"{pick(rng, ('customer_id', 'could not convert string to float', 'NoneType is not iterable', '/data/input.csv'))}"
        )
    elif kind == 2:
        obs = "\n".join(
            f"| {irange(rng, 1000, 9999)} | {pick(rng, NAMES)} | {irange(rng, 1, 9999) / 100:.2f} |"
            for _ in range(irange(rng, 3, 8))
        )
        obs = f"| id | name | amount |\n{obs}"
    elif kind == 3:
        obs = f"{irange(rng, 1, 40)} passed, {irange(rng, 1, 4)} failed in {irange(rng, 1, 90) / 10:.1f}s\nFAILED tests/test_{pick(rng, ('api', 'models', 'utils', 'parser'))}.py::test_{pick(rng, ('roundtrip', 'edge_case', 'empty_input', 'timeout'))}"
    elif kind == 4:
        obs = f'{{"city": "{pick(rng, CITIES)}", "temp_c": {irange(rng, -8, 36)}, "precip_mm": {irange(rng, 0, 30)}, "wind_kmh": {irange(rng, 0, 60)}}}'
    elif kind == 5:
        obs = (
            f"Email sent (message id {irange(rng, 10**7, 10**8)})."
            if chance(rng, 0.5)
            else f"Ticket #{irange(rng, 1000, 99999)} created."
        )
    else:
        obs = "\n".join(
            f"{irange(rng, 1, 9)}. {pick(rng, TOPICS).capitalize()} — result snippet {irange(rng, 1, 99)}"
            for _ in range(irange(rng, 2, 5))
        )
    return f"Observation (step {step}):\n{obs}\n\nContinue."


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Ohio",
    "a first-year law student in Lagos",
    "a small bakery owner in Kraków",
    "a high-school chemistry teacher in Chile",
    "a junior data analyst in Pune",
    "a long-haul truck driver in Alberta",
    "a PhD student in computational biology",
    "a freelance UX designer in Lisbon",
    "a city council member in a small town",
    "a farmer switching to organic crops",
    "a self-taught game developer",
    "a paralegal preparing for a bar exam",
    "a museum curator",
    "a startup founder raising a seed round",
    "a pharmacist in rural Kenya",
    "an air-traffic controller",
    "a volunteer firefighter",
    "a sommelier",
    "a competitive chess coach",
    "a hospital billing clerk",
    "a marine biologist",
    "a wedding photographer",
)
EVOLVE = (
    "adding two realistic constraints",
    "requiring multi-step reasoning",
    "making the input concrete with numbers",
    "asking for a comparison of two approaches",
    "adding an edge case the answer must handle",
    "changing the audience to domain experts",
    "requiring a structured output format",
)


def synth_prompt(rng: Rng, chat: Sequence[str], lang: str, style: str) -> str:
    n = irange(rng, 5, 25)
    topic = pick(rng, TOPICS)
    if style == "jsonl":
        return (
            f"Create {n} diverse, high-quality instruction-following examples about {topic} for fine-tuning an "
            "assistant. Vary difficulty and task type (questions, tasks, rewrites, critiques). Output JSON Lines "
            'with keys "instruction", "input", "output". Outputs must be complete, detailed and correct.'
            + (f" Write everything in {LANG_NAMES[lang]}." if lang != "en" else "")
        )
    if style == "persona":
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one realistic request this person might send to an AI "
            "assistant, then the ideal assistant response in full.\nFormat:\n### Request\n...\n### Response\n..."
            + (f"\nLanguage: {LANG_NAMES[lang]}." if lang != "en" else "")
        )
    if style == "evolve":
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, EVOLVE)}. Then answer the new "
            f"instruction completely.\n\nInstruction: {clip(pick(rng, chat), 600)}\n\nNew instruction:"
        )
    if style == "qa":
        return (
            f"Generate {n} question–answer pairs in {LANG_NAMES[lang]} about {topic}. Questions should sound like "
            "real users of different skill levels; answers should be thorough (80-200 words each). Number them."
        )
    return (
        f"Write a {irange(rng, 3, 6) * 2}-turn conversation between a curious user and a helpful assistant about "
        f"{topic}. Label turns USER:/ASSISTANT:. Make each assistant turn detailed and accurate."
        + (f" The conversation is in {LANG_NAMES[lang]}." if lang != "en" else "")
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would someone who disagrees say?",
        "Now summarise everything so far in five bullets.",
        "Can you rewrite that for a 12-year-old?",
        "What are the most common mistakes people make here?",
        "Turn this into a step-by-step checklist.",
        "Which of these matters most, and why?",
        "ok, and what if the budget were half that?",
        "Explain the reasoning behind your last answer.",
        "Are there any exceptions to this?",
        "How would an expert approach it differently?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "Resume todo en cinco puntos.",
        "Explícalo como para un niño de 12 años.",
        "¿Cuáles son los errores más comunes?",
        "Conviértelo en una lista de pasos.",
        "¿Cuál de estas cosas importa más y por qué?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "O que diria alguém que discorda?",
        "Agora resuma tudo em cinco tópicos.",
        "Explique para uma criança de 12 anos.",
        "Quais são os erros mais comuns?",
        "Transforme isso num passo a passo.",
        "Qual desses pontos é o mais importante e por quê?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait quelqu'un qui n'est pas d'accord ?",
        "Résume tout en cinq points.",
        "Réexplique pour un enfant de 12 ans.",
        "Quelles sont les erreurs les plus courantes ?",
        "Transforme ça en liste d'étapes.",
        "Lequel de ces points compte le plus, et pourquoi ?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel dafür.",
        "Was würde jemand sagen, der anderer Meinung ist?",
        "Fass alles in fünf Stichpunkten zusammen.",
        "Erklär es für ein zwölfjähriges Kind.",
        "Was sind die häufigsten Fehler?",
        "Mach daraus eine Schritt-für-Schritt-Liste.",
        "Was davon ist am wichtigsten und warum?",
    ),
}
OPENERS = {
    "es": (
        "¿Cómo funciona {t}? Explícamelo con detalle.",
        "Estoy estudiando {t} y no lo entiendo bien, ¿me ayudas?",
        "¿Qué es {t} y para qué sirve en la práctica?",
    ),
    "pt": (
        "Como funciona {t}? Explica com detalhes.",
        "Estou estudando {t} e não entendi direito, pode me ajudar?",
        "O que é {t} e para que serve na prática?",
    ),
    "fr": (
        "Comment fonctionne {t} ? Explique-moi en détail.",
        "J'étudie {t} et je ne comprends pas bien, tu peux m'aider ?",
        "Qu'est-ce que {t} et à quoi ça sert concrètement ?",
    ),
    "de": (
        "Wie funktioniert {t}? Erklär es mir ausführlich.",
        "Ich lerne gerade {t} und verstehe es nicht ganz, kannst du helfen?",
        "Was ist {t} und wofür braucht man das in der Praxis?",
    ),
}


def opener(rng: Rng, chat: Sequence[str], lang: str) -> str:
    if lang == "en" or lang not in OPENERS:
        return clip(pick(rng, chat), 1500)
    return pick(rng, OPENERS[lang]).format(t=pick(rng, TOPICS))


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# repeated sampling items

PRODUCTS = (
    "reusable water bottle",
    "budgeting app",
    "bike repair shop",
    "vegan bakery",
    "language-learning podcast",
    "second-hand bookshop",
    "solar garden light",
    "dog-walking service",
    "noise-cancelling headset",
    "co-working space",
    "meal-kit delivery",
    "indoor climbing gym",
    "tax-filing service",
    "ceramic studio",
)
CLAIMS = (
    "a human will set foot on Mars before 2040",
    "global average temperature in 2030 exceeds that of 2024",
    "a randomly chosen adult owns a passport",
    "it rains in London on a random day in March",
    "a coin lands heads five times in a row",
    "a new restaurant is still open after three years",
    "the next US president is under 60 at inauguration",
    "a startup founded this year reaches unicorn status",
    "an email marked 'URGENT' from an unknown sender is phishing",
    "a patient with fever and cough has influenza",
)


def sampling_item(rng: Rng, chat: Sequence[str], style: str) -> str:
    if style == "label":
        text = clip(pick(rng, chat), 280)
        lab = pick(
            rng,
            (
                ("positive, negative or neutral", "sentiment"),
                ("question, request, complaint or other", "speech act"),
                ("beginner, intermediate or expert", "author's expertise"),
                ("technical or non-technical", "domain"),
            ),
        )
        return f"Classify the {lab[1]} of the text as {lab[0]}. Answer with one word only.\nText: {text}"
    if style == "mcq":
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [
            right,
            right + irange(rng, 1, 9) * 10,
            right - irange(rng, 1, 9),
            right + irange(rng, 11, 99),
        ]
        order = rng.permutation(4).tolist()
        lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return f"What is {a} × {b}?\n{lines}\nRespond with the letter only."
    if style == "slogan":
        return f"Write a one-sentence slogan for a {pick(rng, PRODUCTS)}."
    if style == "prob":
        return f"On a scale from 0 to 100, how likely is it that {pick(rng, CLAIMS)}? Reply with a number only."
    return f"Continue the following text with exactly one sentence:\n{clip(pick(rng, chat), 240)}"


# --------------------------------------------------------------------------------------------
# curriculum sweep

LEVELS = (
    "primary school",
    "secondary school",
    "first-year undergraduate",
    "graduate",
    "working professional",
)
ASPECTS = (
    "the core definitions",
    "a fully worked example",
    "the most common misconceptions",
    "a five-question quiz with answers and explanations",
    "a real-world application",
    "a comparison with a closely related concept",
)
_LEVELS_L10N = {
    "es": ("primaria", "secundaria", "primer año de universidad", "posgrado", "profesionales"),
    "pt": (
        "ensino fundamental",
        "ensino médio",
        "primeiro ano da faculdade",
        "pós-graduação",
        "profissionais",
    ),
    "id": ("SD", "SMA", "mahasiswa tahun pertama", "pascasarjana", "profesional"),
}
_ASPECTS_L10N = {
    "es": (
        "las definiciones básicas",
        "un ejemplo resuelto completo",
        "los errores conceptuales más comunes",
        "un cuestionario de cinco preguntas con respuestas",
        "una aplicación real",
        "una comparación con un concepto cercano",
    ),
    "pt": (
        "as definições básicas",
        "um exemplo resolvido completo",
        "os equívocos mais comuns",
        "um quiz de cinco perguntas com respostas",
        "uma aplicação real",
        "uma comparação com um conceito próximo",
    ),
    "id": (
        "definisi dasar",
        "contoh soal lengkap dengan pembahasan",
        "miskonsepsi yang paling umum",
        "kuis lima soal beserta jawabannya",
        "penerapan di dunia nyata",
        "perbandingan dengan konsep yang mirip",
    ),
}


def curriculum_prompt(
    rng: Rng, topic: str, level: int, aspect: int, idx: int, total: int, lang: str
) -> str:
    if lang in _LEVELS_L10N:
        lv, asp = _LEVELS_L10N[lang][level], _ASPECTS_L10N[lang][aspect]
        return pick(
            rng,
            {
                "es": (
                    f"Para nuestro curso de {lv} necesito {asp} sobre «{topic}». Que sea preciso y autocontenido.",
                    f"Lección {idx}/{total} · {topic} · nivel: {lv}. Escribe {asp}.",
                ),
                "pt": (
                    f'Para o nosso curso de {lv}, preciso de {asp} sobre "{topic}". Seja preciso e completo.',
                    f"Aula {idx}/{total} — {topic} ({lv}): escreva {asp}.",
                ),
                "id": (
                    f'Untuk kelas {lv}, tolong buatkan {asp} tentang "{topic}". Harus akurat dan lengkap.',
                    f"Materi {idx}/{total}: {topic} (tingkat {lv}). Tulis {asp}.",
                ),
            }[lang],
        )
    lv, asp = LEVELS[level], ASPECTS[aspect]
    return pick(
        rng,
        (
            f"Lesson {idx}/{total}. Topic: {topic}. Audience: {lv}. Write {asp}.",
            f"For our {lv} course I need {asp} on {topic}. Keep it accurate and self-contained.",
            f"{topic[0].upper()}{topic[1:]} — {asp} ({lv} level)",
            f"Please draft {asp} about {topic} for {lv} learners; use plain language and correct terminology.",
        ),
    )


# --------------------------------------------------------------------------------------------
# harvest phrased like a user of a consumer app


def userlike_harvest(rng: Rng, lang: str) -> str:
    t = pick(rng, TOPICS)
    k = int(rng.integers(5))
    if k == 0:
        return (
            f"Explain {t} in depth: start from first principles, reason through each step explicitly, include a "
            "worked example, and finish with a short summary."
        )
    if k == 1:
        return (
            f"Write a well-tested {pick(rng, CODE_LANGS)} implementation of {pick(rng, CODE_TASKS)}. Walk through your "
            "design decisions step by step before the code."
        )
    if k == 2:
        return f"{problem(rng, lang)} Please explain every step."
    if k == 3:
        return f"I'm preparing for an exam. Teach me {t} thoroughly, then test me with three hard questions and full solutions."
    return f"What are the trade-offs in {t}? Give a careful, well-structured answer with examples."


# --------------------------------------------------------------------------------------------
# code and translation harvest


def code_harvest(rng: Rng, style: str) -> str:
    lang, task = pick(rng, CODE_LANGS), pick(rng, CODE_TASKS)
    if style == "full":
        return (
            f"Implement {task} in {lang}. Include docstrings or comments, type annotations where the language has "
            "them, unit tests covering edge cases, and a short explanation of time and space complexity."
        )
    if style == "review":
        return (
            f"Here is my plan: {task}, in {lang}. Write the production-quality version, then review your own code "
            "as a senior engineer would and fix anything you find."
        )
    if style == "port":
        other = pick(rng, CODE_LANGS)
        return f"Write {task} in {other}, then port it idiomatically to {lang} and explain every difference."
    return f"how do i do {task} in {lang.lower()}? full code pls"


def translation_harvest(rng: Rng, passages: Sequence[str], target: str) -> str:
    text = clip(pick(rng, passages), irange(rng, 400, 1600))
    name = LANG_NAMES[target]
    return pick(
        rng,
        (
            f"Translate into {name}, preserving formatting, code blocks and lists:\n\n{text}",
            f"Please translate the following to {name}. Natural, fluent style; keep technical terms accurate.\n\n{text}",
            f"{name} translation:\n\n{text}",
        ),
    )


# --------------------------------------------------------------------------------------------
# a crowd of casual askers (shared question bank, own phrasing)

CROWD_Q = {
    "en": (
        "what's the difference between a Roth IRA and a traditional IRA when you expect a higher tax bracket later",
        "how do courts decide whether a non-compete clause is enforceable",
        "why do beta blockers get prescribed after a heart attack",
        "how does a torque converter work in an automatic transmission",
        "what exactly happens during a bank run and why can deposit insurance stop it",
        "how do you size a beam for a 5 metre span with a point load in the middle",
        "what's the actual mechanism behind metformin lowering blood sugar",
        "how do you calculate the break-even point when you have both fixed and variable costs",
        "why does a transformer model need positional encodings",
        "what's the legal difference between an employee and an independent contractor",
        "how do heat pumps still work when it's below freezing outside",
        "why is the yield curve inversion considered a recession signal",
        "how are anticoagulant doses adjusted for kidney function",
        "what's the reasoning behind the Miranda warning",
        "how do you prove there are infinitely many primes",
    ),
    "es": (
        "cuál es la diferencia entre una sociedad limitada y una anónima a la hora de pagar impuestos",
        "cómo se calcula la hipoteca si el tipo de interés es variable",
        "por qué se receta omeprazol junto con antiinflamatorios",
        "cómo funciona un motor de inducción trifásico",
        "qué pasa legalmente si un inquilino deja de pagar el alquiler",
        "cómo se demuestra que la raíz de 2 es irracional",
        "por qué sube la inflación cuando un banco central imprime dinero",
    ),
    "pt": (
        "qual a diferença entre MEI e ME na hora de pagar imposto",
        "como funciona a correção monetária num financiamento",
        "por que antibiótico não funciona contra vírus",
        "como se calcula a carga elétrica de uma casa para escolher o disjuntor",
        "o que acontece juridicamente quando alguém morre sem testamento",
        "como funciona a fotossíntese C4 e por que é mais eficiente",
    ),
    "fr": (
        "quelle est la différence entre une SARL et une SAS pour un petit entrepreneur",
        "comment fonctionne le préavis de licenciement en France",
        "pourquoi on donne des anticoagulants après une opération de la hanche",
        "comment calculer la section d'un câble électrique selon la puissance",
        "comment prouver qu'une suite converge en utilisant le critère de Cauchy",
    ),
    "id": (
        "apa bedanya PT dan CV kalau mau buka usaha kecil",
        "bagaimana cara menghitung cicilan KPR dengan bunga floating",
        "kenapa obat antibiotik harus dihabiskan",
        "bagaimana cara kerja panel surya dan inverter di rumah",
        "apa dasar hukum pembagian warisan kalau tidak ada wasiat",
    ),
    "hi": (
        "income tax mein old regime aur new regime mein kya fark hai, kaunsa better hai salaried ke liye",
        "home loan ka EMI kaise calculate hota hai agar rate floating ho",
        "BP ki dawai roz kyun leni padti hai, beech mein band kar sakte hain kya",
        "inverter battery kitne watt ki leni chahiye ghar ke liye",
        "property ke registry aur mutation mein kya fark hai",
    ),
}
_CROWD_WRAP = {
    "en": (
        "{q}?",
        "hey quick question — {q}?",
        "{q}? thanks in advance",
        "so I've been wondering: {q}",
        "{q}? pls explain properly, step by step",
        "my professor mentioned this and I didn't get it: {q}?",
        "{q}?? asking for work",
        "Can you explain {q}?",
        "{q}. Be detailed.",
    ),
    "es": (
        "{q}?",
        "hola, una pregunta: {q}?",
        "{q}? explícamelo bien por favor",
        "me podrías explicar {q}?",
    ),
    "pt": (
        "{q}?",
        "oi, dúvida rápida: {q}?",
        "{q}? explica direitinho por favor",
        "alguém me explica {q}?",
    ),
    "fr": ("{q} ?", "petite question : {q} ?", "{q} ? explique-moi en détail stp"),
    "id": ("{q}?", "mau tanya dong, {q}?", "{q}? tolong jelaskan yang lengkap ya"),
    "hi": ("{q}?", "ek sawal tha: {q}?", "{q}? detail mein samjhao please"),
}


def crowd_question(rng: Rng, lang: str) -> str:
    q = pick(rng, CROWD_Q[lang])
    if chance(rng, 0.5):
        q = q[0].upper() + q[1:]
    return pick(rng, _CROWD_WRAP[lang]).format(q=q)


# --------------------------------------------------------------------------------------------
# benign kinds' texts

BENCH_NAMES = (
    "gsm-style",
    "arith-hard",
    "logic-grid",
    "code-small",
    "mc-science",
    "long-context-qa",
)


def eval_item(rng: Rng, item_id: int, bench: str) -> str:
    """A benchmark item; the same item id always produces the same text within one run."""
    r = np.random.default_rng([item_id, len(bench)])
    if bench == "code-small":
        fn = pick(
            r,
            (
                "dedupe_sorted",
                "rotate_matrix",
                "parse_duration",
                "balanced_brackets",
                "roman_to_int",
                "chunk_list",
                "flatten_dict",
                "median_of_two",
            ),
        )
        return (
            f"[{bench} #{item_id}] Write a Python function `{fn}` as described by its name. Include only the "
            "function in a ```python block, no explanation."
        )
    if bench == "mc-science":
        t = pick(r, TOPICS)
        return (
            f"[{bench} #{item_id}] Which of the following best describes {t}?\n(A) statement {irange(r, 1, 9)}\n"
            f"(B) statement {irange(r, 10, 19)}\n(C) statement {irange(r, 20, 29)}\n(D) statement {irange(r, 30, 39)}\n"
            "Answer with the letter in parentheses after reasoning briefly."
        )
    if bench == "long-context-qa":
        return (
            f"[{bench} #{item_id}] Read the document and answer the final question.\n\n"
            f"Question: according to the document, what was the main cause of the delay in section {irange(r, 2, 9)}?"
        )
    return f"[{bench} #{item_id}] {problem(r, 'en')}\nLet's think step by step. Put the final answer in \\boxed{{}}."


def grading_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], client: str, lang: str
) -> str:
    q, a = clip(pick(rng, chat), 500), clip(pick(rng, passages), irange(rng, 300, 900))
    tid = irange(rng, 100000, 999999)
    if chance(rng, 0.3):
        b = clip(pick(rng, passages), irange(rng, 300, 900))
        return (
            f"{client} QA review, job {tid}. Two versions of the assistant were shown the same customer message. "
            f"Which follows the {client} style guide better (friendly, concise, no promises about refunds)? "
            f"Answer 'v1', 'v2' or 'same' and one sentence why.\n\nCustomer: {q}\n\nv1: {a}\n\nv2: {b}"
        )
    note = (
        ""
        if lang == "en"
        else f" The conversation is in {LANG_NAMES[lang]}; write your reason in English."
    )
    return (
        f"{client} QA review, job {tid}. Grade the assistant reply using our 4-point scale (4 = resolves the issue "
        f"fully; 1 = wrong or unsafe). Output 'GRADE: n' and one short reason.{note}\n\nCustomer: {q}\n\nReply: {a}"
    )


_COMMENTS = {
    "en": (
        "you clearly never read the article, typical clueless take from people like you",
        "this mod team is a joke, ban me then, see if I care",
        "BEST deals on watches!!! visit my profile link now",
        "shut up already, nobody asked for your stupid opinion",
        "anyone who votes for that party is an idiot, simple as that",
        "lol imagine being this dumb in 2026",
        "great post, thanks for sharing the sources",
        "I disagree, the second chart is misleading because the axis starts at 40",
    ),
    "es": (
        "eres un ignorante, no sabes de lo que hablas",
        "los moderadores de aquí son unos payasos",
        "gana dinero desde casa, escríbeme por privado",
        "muy buen aporte, gracias",
    ),
    "pt": (
        "que comentário burro, vai estudar",
        "esse fórum é uma piada",
        "clique no meu perfil e ganhe seguidores grátis",
        "concordo em parte, mas faltou fonte",
    ),
    "de": (
        "so ein Schwachsinn, hast du überhaupt eine Ahnung?",
        "die Mods hier sind völlig unfähig",
        "Danke für die ausführliche Erklärung!",
    ),
    "tr": (
        "ne kadar cahilce bir yorum bu",
        "moderatörler işini bilmiyor",
        "güzel paylaşım, teşekkürler",
    ),
    "id": (
        "komentar goblok, baca dulu artikelnya",
        "admin di sini gak becus",
        "mantap infonya, makasih",
    ),
}


def moderation_prompt(rng: Rng, platform: str, lang: str) -> str:
    c = pick(rng, _COMMENTS[lang])
    if chance(rng, 0.4):
        c = f"@{pick(rng, NAMES).lower()}{irange(rng, 1, 99)} {c}"
    return (
        f"Moderation assistant for {platform}. Policy: no harassment, no slurs, no doxxing, no spam links; "
        "criticism of ideas is allowed. For the comment below: 1) label it ok / harassment / spam / hate / other; "
        "2) if it is not ok, suggest a rewrite that keeps the author's point without the violation, in the "
        f"comment's language. Reply as JSON.\n\nComment: {c}"
    )


REPO_FILES = (
    "src/api/orders.py",
    "src/models/user.ts",
    "internal/cache/lru.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_checkout.py",
    "src/components/Table.tsx",
    "pkg/auth/token.go",
)


def coding_agent_first(rng: Rng, product: str) -> str:
    f = pick(rng, REPO_FILES)
    req = pick(
        rng,
        (
            f"fix the flaky test related to {f}",
            f"add pagination to the endpoint in {f}",
            f"why does {f} throw on empty input? fix it",
            f"refactor {f} to remove the duplicated validation",
            f"add a unit test for the edge case when the list is empty in {f}",
            "bump the dependency that has the security advisory and make sure tests pass",
            f"rename the config flag in {f} and update all call sites",
        ),
    )
    return (
        f"<{product} session>\nYou are {product}, a coding agent working in the user's repository. Tools: read_file, "
        f"edit_file, run_tests, grep, list_dir. Make minimal, safe changes.\n\nUser: {req}"
    )


def coding_agent_step(rng: Rng) -> str:
    k = int(rng.integers(4))
    f = pick(rng, REPO_FILES)
    if k == 0:
        body = "\n".join(
            f"{i + 1:4d}  {pick(rng, ('def ', 'return ', 'if ', 'for ', '    ', 'const ', '}'))}..."
            for i in range(irange(rng, 8, 30))
        )
        return f"[tool read_file {f}]\n{body}"
    if k == 1:
        return f"[tool run_tests]\n{irange(rng, 20, 400)} passed, {irange(rng, 0, 3)} failed, {irange(rng, 0, 5)} skipped"
    if k == 2:
        hits = "\n".join(
            f"{pick(rng, REPO_FILES)}:{irange(rng, 1, 400)}: ..." for _ in range(irange(rng, 1, 8))
        )
        return f"[tool grep]\n{hits}"
    return f"[tool edit_file {f}] applied ({irange(rng, 1, 40)} lines changed)"


INTENTS = (
    ("card_lost", "I lost my debit card yesterday, what do I do"),
    ("cancel_plan", "I want to cancel my mobile plan"),
    ("slow_internet", "my internet has been super slow since the weekend"),
    ("refund_status", "where is my refund"),
    ("change_address", "I moved, how do I update my address"),
    ("roaming", "does my plan work in Spain"),
    ("bill_dispute", "why is my bill 30 euros higher this month"),
    ("password_reset", "can't log in to the app"),
)


def augment_prompt(rng: Rng, company: str, lang: str) -> str:
    intent, utt = INTENTS[int(rng.integers(len(INTENTS)))]
    n = irange(rng, 10, 40)
    if chance(rng, 0.6):
        extra = "" if lang == "en" else f" Write them in {LANG_NAMES[lang]}."
        return (
            f"[{company} intent-data] Generate {n} paraphrases of the customer message below as a JSON array of "
            f"strings. Keep the intent ({intent}); vary formality, length, and include some typos.{extra}\n\n"
            f'Message: "{utt}"'
        )
    return (
        f"[{company} intent-data] Write {n} short, realistic customer messages for the intent '{intent}' that our "
        f"classifier might confuse with a neighbouring intent. One per line, no numbering."
    )


_COMPANION = {
    "en": (
        "haha you're so funny",
        "I had a rough day at work tbh",
        "what would you do if we went to the beach together",
        "goodnight ❤️",
        "tell me a story about a dragon who's afraid of fire",
        "do you remember what I told you yesterday?",
        "I'm bored, entertain me",
        "my cat knocked over my coffee again lol",
        "can you be a bit nicer today",
        "miss you",
    ),
    "es": (
        "jaja qué gracioso eres",
        "hoy tuve un día horrible",
        "cuéntame algo bonito",
        "buenas noches ❤️",
    ),
    "pt": (
        "kkkk você é muito engraçado",
        "hoje foi um dia difícil",
        "me conta uma história",
        "boa noite ❤️",
    ),
    "id": ("wkwk lucu banget", "hari ini capek banget", "ceritain sesuatu dong", "selamat malam ❤️"),
    "ja": ("今日つかれた〜", "なんか面白い話して", "おやすみ❤️", "昨日の話覚えてる？"),
}


def companion_message(rng: Rng, lang: str) -> str:
    return pick(rng, _COMPANION[lang])


COURSE = (
    "OLS assumptions",
    "heteroskedasticity-robust standard errors",
    "omitted variable bias",
    "instrumental variables",
    "difference-in-differences",
    "fixed effects panels",
    "logit vs probit",
    "regression discontinuity",
    "multicollinearity",
    "interpreting interaction terms",
)


def course_prompt(rng: Rng, week: int, chat: Sequence[str]) -> str:
    t = COURSE[min(week, len(COURSE) - 1)]
    k = int(rng.integers(6))
    if k == 0:
        return f"ECON 320 problem set {week + 1}, question {irange(rng, 1, 6)}: explain {t} and give an example with data."
    if k == 1:
        return f"can u explain {t} like simply, I have the problem set due friday"
    if k == 2:
        return f"I don't understand {t}. my answer is that it only matters for large samples, is that right?"
    if k == 3:
        return f"write R code to illustrate {t} with simulated data"
    if k == 4:
        return f"what's the intuition behind {t}? our lecturer went too fast"
    return clip(pick(rng, chat), 400)


GLOSSARY = (
    "account → {}",
    "checkout → {}",
    "subscription → {}",
    "dashboard → {}",
    "invoice → {}",
    "workspace → {}",
)


def translation_job(rng: Rng, passages: Sequence[str], target: str, client: str) -> str:
    seg = clip(pick(rng, passages), irange(rng, 120, 700))
    sid = irange(rng, 1, 4000)
    if chance(rng, 0.2):
        return (
            f"Review this {LANG_NAMES[target]} translation of segment {sid} for {client} for accuracy, terminology "
            f"and fluency. List issues, then give a corrected version.\n\nSource:\n{seg}\n\nTranslation:\n[draft attached]"
        )
    terms = "; ".join(g.format("(client term)") for g in (pick(rng, GLOSSARY), pick(rng, GLOSSARY)))
    return (
        f"Translate the following segment from English into {LANG_NAMES[target]} for {client}. Glossary: {terms}. "
        f"Keep tags like <b> and {{placeholders}} intact.\n\nSegment {sid}:\n{seg}"
    )


_BUSINESS = (
    "dental clinic",
    "boutique hotel",
    "plumbing company",
    "yoga studio",
    "law firm",
    "craft brewery",
    "used-car dealer",
    "florist",
    "accounting practice",
    "pet grooming salon",
    "roofing contractor",
)


def agency_prompt(rng: Rng, client: str, lang: str) -> str:
    biz, city = pick(rng, _BUSINESS), pick(rng, CITIES)
    k = int(rng.integers(5))
    if k == 0:
        kw = f"best {biz} {city.lower()}"
        return (
            f"Write a {irange(rng, 6, 15) * 100}-word SEO blog post for {client}, a {biz} in {city}, targeting the "
            f'keyword "{kw}". Include H2 subheadings and a meta description under 155 characters.'
        )
    if k == 1:
        return f"Write 5 Google Ads headlines (max 30 characters each) and 2 descriptions (max 90) for {client}, a {biz} in {city}."
    if k == 2:
        return f"Instagram caption for {client} ({biz}), tone: {pick(rng, ('playful', 'premium', 'warm', 'witty'))}, with 5 hashtags."
    if k == 3:
        return f'Translate this ad copy for {client} into {LANG_NAMES[lang]} and adapt it to local idiom: "Book today — your {biz} in {city}, open 7 days."'
    return f"Draft a friendly reply to a {irange(rng, 1, 3)}-star Google review of {client}, a {biz}, without admitting liability."

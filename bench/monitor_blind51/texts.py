"""Prompt texts of blind batch 51, written fresh for this batch.

Every function takes a `numpy` generator (and sometimes the batch context's ShareGPT pools) and
returns one prompt: the last user message of one API request as the event log records it. Numbers,
names, topics, languages and phrasing are drawn per prompt, and every family and kind writes in
several independent voices, so no two campaigns (or seeds) share a fixed string.

Campaign texts: `wallower_*` (step-verified reasoning), `fantail_*` (agent transcripts),
`damsel_*` (syllabus explanations), `gudgeon_*` (rubric grading), `penstock_*` (round-trip
translation), `quant_*` (repeat sampling suffixes), `rynd_*` (reseller harvesting), `tailrace_*`
(textbook and continuation). Benign texts: `affinage_*`, `annatto_*`, `chymosin_*`,
`cheesecloth_*`, `flocculation_*`, `scald_*`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

# --------------------------------------------------------------------------------------------
# shared helpers


def _sentences(text: str) -> list[str]:
    out, cur = [], []
    for tok in text.replace("\n", " ").split(" "):
        if not tok:
            continue
        cur.append(tok)
        if tok[-1] in ".!?" and len(cur) >= 5:
            out.append(" ".join(cur))
            cur = []
    if len(cur) >= 5:
        out.append(" ".join(cur))
    return out


def snippet(rng: np.random.Generator, passages: Sequence[str], n_min: int = 1, n_max: int = 3,
            max_chars: int = 700) -> str:
    """A few consecutive sentences of a ShareGPT answer."""
    for _ in range(6):
        sents = _sentences(pick(rng, passages))
        if sents:
            k = irange(rng, n_min, n_max)
            i = irange(rng, 0, max(0, len(sents) - k))
            return " ".join(sents[i:i + k])[:max_chars]
    return pick(rng, passages)[:max_chars]


def prefix(rng: np.random.Generator, passages: Sequence[str], lo: int, hi: int) -> str:
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _f(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------------------------
# wallower: problems with numbered, self-checked steps (process-reward data)


def _p_trains(rng, lang):
    d, v1, v2 = irange(rng, 120, 980), irange(rng, 40, 130), irange(rng, 35, 120)
    a, b = pick(rng, ("Lyon", "Pune", "Tampere", "Curitiba", "Osaka", "Leeds", "Izmir", "Tucson")), \
        pick(rng, ("Nantes", "Nagpur", "Oulu", "Recife", "Kobe", "York", "Bursa", "Reno"))
    lag = irange(rng, 0, 90)
    if lang == "zh":
        return (f"甲、乙两地相距{d}千米。一列火车从甲地以每小时{v1}千米的速度开往乙地，{lag}分钟后另一列火车"
                f"从乙地以每小时{v2}千米的速度开往甲地。两车在离甲地多远处相遇？")
    if lang == "ru":
        return (f"Расстояние между городами {a} и {b} равно {d} км. Из {a} выходит поезд со скоростью "
                f"{v1} км/ч, через {lag} мин навстречу ему из {b} выходит второй со скоростью {v2} км/ч. "
                f"На каком расстоянии от {a} они встретятся?")
    return (f"{a} and {b} are {d} km apart. A train leaves {a} at {v1} km/h; {lag} minutes later a second "
            f"train leaves {b} towards it at {v2} km/h. How far from {a} do they meet, and at what time "
            f"after the first departure?")


def _p_mixture(rng, lang):
    x, y = irange(rng, 2, 40), irange(rng, 2, 40)
    a, b = irange(rng, 5, 45), irange(rng, 50, 95)
    tgt = irange(rng, a + 2, b - 2)
    if lang == "zh":
        return (f"把{x}升浓度为{a}%的盐水与{y}升浓度为{b}%的盐水混合，得到的盐水浓度是多少？"
                f"若要得到浓度为{tgt}%的盐水，应再加入多少升浓度为{a}%的盐水？")
    if lang == "ru":
        return (f"Смешали {x} л {a}%-го раствора и {y} л {b}%-го. Какова концентрация смеси? "
                f"Сколько литров {a}%-го раствора нужно добавить, чтобы получить {tgt}%?")
    return (f"A chemist mixes {x} L of a {a}% acid solution with {y} L of a {b}% solution. What is the "
            f"concentration of the mixture? How many more litres of the {a}% solution would bring it to "
            f"exactly {tgt}%?")


def _p_interest(rng, lang):
    p = irange(rng, 12, 480) * 250
    r = irange(rng, 15, 95) / 10
    n = pick(rng, (1, 2, 4, 12, 365))
    t = irange(rng, 2, 25)
    name = pick(rng, NAMES)
    if lang == "zh":
        return f"{name}存入本金{p}元，年利率{r}%，每年复利{n}次，{t}年后本息合计多少？比单利多多少？"
    if lang == "ru":
        return (f"{name} кладёт {p} руб. под {r}% годовых с капитализацией {n} раз в год. Сколько будет "
                f"через {t} лет и насколько это больше, чем при простых процентах?")
    return (f"{name} deposits ${p:,} at {r}% annual interest compounded {n} times a year. What is the "
            f"balance after {t} years, and how much more is that than simple interest would give?")


def _p_urn(rng, lang):
    r, b = irange(rng, 3, 14), irange(rng, 3, 14)
    k = irange(rng, 2, min(6, r + b - 1))
    j = irange(rng, 1, min(k, r))
    if lang == "zh":
        return f"袋中有{r}个红球和{b}个蓝球，不放回地随机取出{k}个，恰好有{j}个红球的概率是多少？"
    if lang == "ru":
        return (f"В урне {r} красных и {b} синих шаров. Наугад без возвращения вынимают {k}. "
                f"Найдите вероятность того, что красных ровно {j}.")
    return (f"An urn holds {r} red and {b} blue marbles. You draw {k} without replacement. What is the "
            f"probability that exactly {j} are red? Give the exact fraction and a decimal.")


def _p_triangle(rng, lang):
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    c = pick(rng, (30, 45, 60, 75, 100, 120, 135))
    if lang == "ru":
        return (f"В треугольнике стороны a = {a} и b = {b}, угол между ними {c}°. Найдите третью сторону, "
                f"площадь и радиус описанной окружности.")
    return (f"Triangle ABC has CA = {a}, CB = {b} and angle C = {c} degrees. Find AB, the area, and the "
            f"circumradius, exact where possible.")


def _p_modpow(rng, lang):
    a, n, m = irange(rng, 2, 97), irange(rng, 50, 4000), pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000))
    if lang == "zh":
        return f"求 {a}^{n} 除以 {m} 的余数。"
    return f"What is the remainder when {a}^{n} is divided by {m}?"


def _p_seating(rng, lang):
    n = irange(rng, 5, 11)
    p, q = picks(rng, NAMES, 2)
    return (f"{n} friends, including {p} and {q}, sit around a round table. In how many distinct "
            f"arrangements are {p} and {q} not next to each other? (Rotations count as the same.)")


def _p_arith_seq(rng, lang):
    a1, d, n = irange(rng, -20, 40), irange(rng, -7, 12) or 3, irange(rng, 8, 60)
    s = n * (2 * a1 + (n - 1) * d) // 2 if (n * (2 * a1 + (n - 1) * d)) % 2 == 0 else None
    if s is None:
        n += 1
        s = n * (2 * a1 + (n - 1) * d) // 2
    if lang == "zh":
        return f"等差数列首项为{a1}，前{n}项和为{s}，求公差和第{n}项。"
    return f"An arithmetic sequence starts at {a1} and its first {n} terms sum to {s}. Find the common difference and the {n}th term."


def _p_work(rng, lang):
    x, y, z = irange(rng, 3, 20), irange(rng, 4, 30), irange(rng, 10, 60)
    what = pick(rng, ("fill a pool", "print a batch of flyers", "paint a fence", "pick an orchard"))
    return (f"Pump A can {what} in {x} hours and pump B in {y} hours, but a leak undoes the work in {z} "
            f"hours. Starting together with the leak open, how long does the job take? If the leak is fixed "
            f"after 1 hour, how long then?") if what == "fill a pool" else (
        f"Alone, {pick(rng, NAMES)} can {what} in {x} hours and {pick(rng, NAMES)} in {y} hours. A third "
        f"helper would need {z} hours. How long do all three take together, to the nearest minute?")


def _p_fence(rng, lang):
    length = irange(rng, 40, 900)
    price = irange(rng, 3, 30)
    if lang == "ru":
        return (f"Фермер огораживает прямоугольный участок вдоль реки (вдоль реки забор не нужен), имея "
                f"{length} м сетки. Какие размеры дают наибольшую площадь? Сколько стоит сетка по {price} €/м?")
    return (f"A farmer has {length} m of fencing to enclose a rectangle along a straight river (no fence "
            f"on the river side). Which dimensions maximise the area? What does the fence cost at €{price}/m?")


def _p_projectile(rng, lang):
    v, th, h = irange(rng, 8, 60), pick(rng, (15, 20, 30, 37, 45, 53, 60, 70)), irange(rng, 0, 40)
    if lang == "zh":
        return f"一物体从{h}米高处以{v}米/秒、与水平成{th}°角抛出（g取9.8），求最大高度、飞行时间和水平射程。"
    return (f"A ball is launched from a {h} m high ledge at {v} m/s, {th} degrees above horizontal "
            f"(g = 9.8 m/s^2, no drag). Find the maximum height, the flight time and the horizontal range.")


def _p_knights(rng, lang):
    a, b, c = picks(rng, NAMES, 3)
    claims = [f"{a} says: \"{b} is a knave.\"",
              f"{b} says: \"{a} and {c} are the same kind.\"",
              f"{c} says: \"{pick(rng, (a, b))} is a knight\" " + pick(rng, ("", "and nothing else."))]
    rng.shuffle(claims)
    return ("On an island knights always tell the truth and knaves always lie. " + " ".join(claims)
            + " Determine who is what, or show the statements are inconsistent.")


_PROBLEMS = (_p_trains, _p_mixture, _p_interest, _p_urn, _p_triangle, _p_modpow, _p_seating, _p_arith_seq,
             _p_work, _p_fence, _p_projectile, _p_knights)


def _student_attempt(rng) -> tuple[str, str]:
    """A short worked solution with one slipped step."""
    price, off, tax = irange(rng, 20, 400), pick(rng, (10, 15, 20, 25, 30, 35, 40)), pick(rng, (5, 7, 8, 13, 19, 21))
    prob = (f"A jacket costs ${price}. It is discounted by {off}% and then sales tax of {tax}% is added. "
            f"What is the final price?")
    disc = price * (1 - off / 100)
    wrong = disc * (1 + tax / 100) + pick(rng, (-3, 2, 5, 9))
    steps = [f"Discount = {price} x {off}/100 = {_f(price * off / 100)}",
             f"Price after discount = {price} - {_f(price * off / 100)} = {_f(disc)}",
             f"Tax = {_f(disc)} x {tax}/100 = {_f(disc * tax / 100)}",
             f"Final = {_f(disc)} + {_f(disc * tax / 100)} = {_f(wrong)}"]
    if chance(rng, 0.5):
        v, t1, t2 = irange(rng, 30, 90), irange(rng, 1, 5), irange(rng, 1, 5)
        w = irange(rng, 20, 80)
        prob = (f"A cyclist rides {t1} h at {v} km/h and then {t2} h at {w} km/h. What is the average speed "
                f"for the whole trip?")
        steps = [f"Distance 1 = {v} x {t1} = {v * t1} km", f"Distance 2 = {w} x {t2} = {w * t2} km",
                 f"Average speed = ({v} + {w}) / 2 = {_f((v + w) / 2)} km/h",
                 f"So the answer is {_f((v + w) / 2)} km/h"]
    return prob, "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))


def wallower_prompt(rng: np.random.Generator, voice: int, lang: str) -> str:
    prob = pick(rng, _PROBLEMS)(rng, lang)
    k = irange(rng, 3, 8)
    if voice == 0:
        return ("Solve the problem. Write every step on its own line as [S1], [S2], ... After each step add "
                "a line 'check: ok' or 'check: doubt' with a one-sentence reason. Put the final answer in "
                f"\\boxed{{}}.\n\nProblem: {prob}")
    if voice == 1:
        return ("请逐步求解下面的题目。每一步单独成行，以“步骤k：”开头，并在每一步后面写出该步的自检结论"
                f"（正确/存疑）及理由。最后用 \\boxed{{}} 给出答案。\n\n题目：{prob}")
    if voice == 2:
        return (f"Реши задачу подробно. Пронумеруй шаги (Шаг 1, Шаг 2, ...), после каждого шага укажи, "
                f"проверен ли он (да/нет) и почему. Ответ дай в виде \\boxed{{...}}.\n\n{prob}")
    if voice == 3:
        p, steps = _student_attempt(rng)
        return (f"Problem: {p}\n\nStudent solution:\n{steps}\n\nGrade the solution line by line. For each "
                "line output JSON {\"line\": n, \"verdict\": \"correct\"|\"incorrect\"|\"unverifiable\", "
                "\"reason\": \"...\"}. Stop at the first incorrect line and then write the corrected "
                "continuation to the end.")
    if voice == 4:
        return (f"I'm preparing an answer key for my {pick(rng, ('Year 10', 'grade 11', 'AP', 'first-year uni', 'GCSE'))} "
                f"class and need the reasoning to be airtight. Work through this in about {k} short numbered "
                f"steps, then re-verify each step independently (say which ones you re-derived a different "
                f"way), and finish with 'Final answer:'.\n\n{prob}")
    return (f"<task id=\"{rng.integers(10**6, 10**7)}\">{prob}</task>\nThink it through in at most {k + 4} "
            "steps. Mark each step <step n=…> with attribute verified=\"true|false\". After the last "
            "step, give a probability (0–1) that your final answer is right.")


# --------------------------------------------------------------------------------------------
# fantail: tool-using agent trajectories

_CITIES = ("Lisbon", "Nairobi", "Hanoi", "Calgary", "Porto Alegre", "Krakow", "Osaka", "Accra", "Valencia",
           "Chennai", "Tbilisi", "Montevideo", "Gothenburg", "Cebu", "Izmir", "Quito")
_REPOS = ("acme/ledger-api", "openkit/tinyqueue", "rivet-labs/imgproc", "hollow/parse-dates", "lumen/etl-jobs",
          "pollen/garden-bot", "tesselate/mesh-io", "quarry/sqlkit", "marlin/fleet-dash", "ozone/weather-cli")
_TOOLS = ("search_web(query)", "open_url(url)", "read_file(path)", "write_file(path, content)", "run_shell(cmd)",
          "run_python(code)", "browser_click(selector)", "browser_type(selector, text)", "send_email(to, subject, body)",
          "sql_query(db, sql)", "calendar_create(title, start, end)", "http_request(method, url, body)")


def fantail_task(rng: np.random.Generator) -> str:
    c1, c2 = picks(rng, _CITIES, 2)
    repo = pick(rng, _REPOS)
    n = irange(rng, 3, 12)
    month = pick(rng, ("March", "April", "May", "June", "September", "October"))
    tasks = (
        f"Find the {n} cheapest direct flights from {c1} to {c2} in {month} and save them to flights.csv with columns date, carrier, price_eur.",
        f"The CI for {repo} is failing on main. Clone it, find the failing test, fix the bug (not the test) and open a PR with a clear description.",
        f"Compile a comparison of the {n} most-cited papers on {pick(rng, ('retrieval-augmented generation', 'protein folding', 'battery anodes', 'federated learning', 'coral bleaching'))} since 2022 into a markdown table with a one-line summary each.",
        f"Book a table for {irange(rng, 2, 8)} at a vegetarian restaurant in {c1} next Friday at {irange(rng, 18, 21)}:00 and add it to my calendar.",
        f"Reconcile the invoices in ./invoices/*.pdf against the ledger in finance.db and list any mismatch over {irange(rng, 5, 200)} EUR.",
        f"Scrape the public job board of {pick(rng, ('a mid-size bank', 'a logistics company', 'a game studio', 'a hospital network'))} in {c1}, extract every data-engineering role and summarise salary ranges.",
        f"Migrate the cron jobs in deploy/crontab to a GitHub Actions schedule for {repo} and make sure the secrets are referenced, not inlined.",
        f"Write and run a script that downloads the last {n} years of daily temperatures for {c2} and plots the monthly anomaly.",
    )
    tools = sorted(set(picks(rng, _TOOLS, irange(rng, 4, 8))))
    return f"Task: {pick(rng, tasks)}\nTools available: {', '.join(tools)}"


def _obs(rng: np.random.Generator, passages: Sequence[str]) -> str:
    kind = irange(rng, 0, 7)
    repo = pick(rng, _REPOS).split("/")[1].replace("-", "_")
    if kind == 0:
        n_pass, n_fail = irange(rng, 3, 240), irange(rng, 1, 6)
        fn = pick(rng, ("parse", "normalise", "merge_rows", "to_utc", "resize", "checksum"))
        return (f"$ pytest -q\n{'.' * min(n_pass, 40)}F\nFAILED tests/test_{fn}.py::test_{fn}_{pick(rng, ('edge', 'empty', 'unicode', 'tz', 'large'))} - "
                f"AssertionError: assert {irange(rng, 0, 999)} == {irange(rng, 0, 999)}\n{n_fail} failed, {n_pass} passed in {_f(rng.uniform(0.5, 40))}s")
    if kind == 1:
        rows = [{"title": snippet(rng, passages, 1, 1, 80), "url": f"https://{pick(rng, ('example.org', 'news.site', 'docs.dev', 'blog.io'))}/{rng.integers(1000, 99999)}"}
                for _ in range(irange(rng, 2, 5))]
        return "search_web returned: " + repr(rows)
    if kind == 2:
        files = sorted({f"{pick(rng, ('src', 'tests', 'scripts', 'docs'))}/{pick(rng, ('main', 'util', 'io', 'cli', 'models', 'db'))}_{irange(rng, 1, 9)}.py" for _ in range(irange(rng, 4, 10))})
        return "$ ls -R\n" + "\n".join(files)
    if kind == 3:
        return (f"Traceback (most recent call last):\n  File \"{repo}/core.py\", line {irange(rng, 10, 900)}, in "
                f"{pick(rng, ('load', 'run', 'apply', 'fetch'))}\n    {pick(rng, ('data = json.loads(raw)', 'df = df.merge(other, on=key)', 'resp.raise_for_status()', 'return cfg[name]'))}\n"
                f"{pick(rng, ('KeyError', 'ValueError', 'requests.exceptions.HTTPError', 'TypeError'))}: {pick(rng, ('missing field', '404 Client Error', 'cannot compare NoneType', 'invalid literal'))}")
    if kind == 4:
        price = [irange(rng, 39, 690) for _ in range(irange(rng, 3, 6))]
        return "page text (truncated): " + " | ".join(f"{pick(rng, ('TAP', 'KLM', 'Ryanair', 'Vueling', 'Pegasus', 'LOT'))} {p} EUR" for p in price)
    if kind == 5:
        return f"sql_query result: {irange(rng, 0, 40)} rows\n" + "\n".join(
            f"INV-{rng.integers(10000, 99999)} | {irange(rng, 10, 9000)}.{irange(rng, 0, 99):02d} | {pick(rng, ('paid', 'open', 'disputed'))}" for _ in range(irange(rng, 2, 6)))
    if kind == 6:
        return f"open_url content:\n{snippet(rng, passages, 2, 4, 900)}"
    return f"HTTP {pick(rng, (200, 201, 403, 429, 500))} {pick(rng, ('OK', 'Created', 'Forbidden', 'Too Many Requests', 'Internal Server Error'))}"


def fantail_step(rng: np.random.Generator, passages: Sequence[str], voice: int, step: int) -> str:
    obs = _obs(rng, passages)
    if voice == 0:
        return (f"Observation {step}:\n{obs}\n\nThink step by step about what this tells you and what is left "
                "to do. Then output exactly one action as JSON: {\"tool\": ..., \"args\": {...}} or "
                "{\"final\": ...} if the task is complete.")
    if voice == 1:
        return f"<tool_result step=\"{step}\">\n{obs}\n</tool_result>\nReflect briefly, then give your next tool call. Explain your reasoning before the call."
    if voice == 2:
        return f"[{step}] TOOL OUTPUT >>>\n{obs}\n<<<\nWrite: Thought: ... / Action: ... / Action Input: ..."
    return f"Result of the last action:\n{obs}\n\nWhat next? Plan the remaining steps as a numbered list, then call the first tool."


# --------------------------------------------------------------------------------------------
# damsel: a syllabus of concepts asked for as in-depth explanations (looks like curious people)

SYLLABUS = {
    "statistics": ("p-values", "Bayes' theorem", "the central limit theorem", "confidence intervals", "regression to the mean",
                   "maximum likelihood", "bootstrapping", "Simpson's paradox", "survivorship bias", "heteroscedasticity"),
    "economics": ("opportunity cost", "comparative advantage", "inflation expectations", "the Phillips curve", "moral hazard",
                  "price elasticity", "quantitative easing", "the tragedy of the commons", "Nash equilibrium", "Gini coefficient"),
    "biology": ("CRISPR", "mitochondrial DNA", "epigenetics", "the Krebs cycle", "antibiotic resistance", "mRNA vaccines",
                "photosynthesis", "meiosis", "the microbiome", "apoptosis"),
    "physics": ("entropy", "quantum entanglement", "special relativity", "superconductivity", "the Doppler effect",
                "dark matter", "Noether's theorem", "wave-particle duality", "the Higgs mechanism", "black-body radiation"),
    "computer science": ("big-O notation", "hash tables", "public-key cryptography", "garbage collection", "the CAP theorem",
                         "backpropagation", "Dijkstra's algorithm", "virtual memory", "consensus protocols", "transformers"),
    "law": ("habeas corpus", "fair use", "the presumption of innocence", "adverse possession", "force majeure",
            "strict liability", "double jeopardy", "judicial review", "GDPR's lawful bases", "non-compete clauses"),
    "psychology": ("cognitive dissonance", "the Dunning-Kruger effect", "classical conditioning", "attachment theory",
                   "confirmation bias", "the placebo effect", "working memory", "learned helplessness", "flow", "anchoring"),
    "history": ("the Treaty of Westphalia", "the Meiji Restoration", "the Bretton Woods system", "the Columbian exchange",
                "the fall of Constantinople", "the Berlin airlift", "the Haitian Revolution", "the Silk Road", "the Marshall Plan",
                "the partition of India"),
    "chemistry": ("chirality", "Le Chatelier's principle", "buffer solutions", "electronegativity", "catalysis",
                  "polymerisation", "redox reactions", "activation energy", "hydrogen bonding", "the mole"),
    "medicine": ("insulin resistance", "herd immunity", "blood pressure", "the blood-brain barrier", "statins",
                 "inflammation", "autoimmunity", "sepsis", "tinnitus", "migraine"),
}
SYLLABUS_ES = {"estadística": "el valor p", "economía": "el costo de oportunidad", "biología": "la epigenética",
               "física": "la entropía", "informática": "las tablas hash", "psicología": "la disonancia cognitiva"}


def syllabus_items(rng: np.random.Generator) -> list[tuple[str, str]]:
    items = [(field, c) for field, cs in SYLLABUS.items() for c in cs]
    order = rng.permutation(len(items))
    return [items[i] for i in order.tolist()]


def damsel_prompt(rng: np.random.Generator, field: str, concept: str, voice: int) -> str:
    if voice == 0:
        return (f"hey can you explain {concept} to me? like really in depth - the intuition, the actual "
                f"definition, an example with numbers, and what people usually get wrong about it")
    if voice == 1:
        aud = pick(rng, ("a smart 15 year old", "my grandmother", "a first-year student", "someone switching careers into tech"))
        return f"How would you explain {concept} ({field}) to {aud}? Please go step by step and finish with a short quiz of 3 questions with answers."
    if voice == 2:
        return (f"I keep reading about {concept} and I still don't get it. Could you walk me through it properly? "
                f"Start from first principles, give a worked example, then a common misconception and why it's wrong. "
                f"{pick(rng, ('Thanks!', 'Thank you so much', 'appreciate it', ''))}").strip()
    if voice == 3:
        es_field, es_concept = pick(rng, list(SYLLABUS_ES.items()))
        return (f"¿Me puedes explicar {es_concept} ({es_field}) con detalle? Quiero la intuición, la definición formal, "
                f"un ejemplo resuelto y los errores más comunes. {pick(rng, ('Gracias', 'Es para un examen', 'Sin prisa'))}")
    if voice == 4:
        return (f"Kannst du mir {concept} ausführlich erklären? Bitte mit Intuition, sauberer Definition, einem "
                f"Rechenbeispiel und typischen Missverständnissen.")
    return (f"ELI5 then ELI-grad-student: {concept}. Both levels please, and connect them - which parts of the "
            f"simple version are actually wrong?")


# --------------------------------------------------------------------------------------------
# gudgeon: rubric grading, pairwise preference and critique-revise

_CRITERIA = ("helpfulness", "honesty", "harmlessness", "instruction following", "factual accuracy", "conciseness",
             "tone", "completeness", "reasoning quality", "safety")
_PRINCIPLES = ("Choose the response that is least likely to be harmful or offensive to a broad audience.",
               "Prefer answers that admit uncertainty over confident guesses.",
               "Prefer the response a careful expert would sign their name to.",
               "The response should not lecture the user or moralise unnecessarily.",
               "Choose the answer that respects the user's autonomy while staying truthful.")


def gudgeon_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], voice: int) -> str:
    q = pick(rng, chat)[:irange(rng, 120, 700)]
    a = prefix(rng, passages, 400, 1400)
    b = prefix(rng, passages, 400, 1400)
    crit = sorted(set(picks(rng, _CRITERIA, irange(rng, 3, 5))))
    if voice == 0:
        return (f"[PROMPT]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}\n\nScore each response 1-10 on: "
                f"{', '.join(crit)}. Justify each score in one sentence. Then give the preference as one of "
                "A>>B, A>B, A=B, B>A, B>>A. Output JSON only.")
    if voice == 1:
        return (f"Evaluate the assistant reply below.\nUser: {q}\nAssistant: {a}\n\nRubric ({len(crit)} items): "
                + "; ".join(f"{c} (0-{pick(rng, (3, 5, 10))})" for c in crit)
                + ". For each item write the score and the evidence quoted from the reply. End with TOTAL=<n>.")
    if voice == 2:
        return (f"Principle: {pick(rng, _PRINCIPLES)}\n\nConversation:\nHuman: {q}\nAI: {a}\n\nFirst, critique the "
                "AI's reply against the principle, pointing to specific sentences. Then write a revised reply "
                "that fully satisfies the principle.")
    if voice == 3:
        return (f"以下是用户问题和两个模型回答。请从{'、'.join(pick(rng, (('有用性', '准确性', '安全性'), ('逻辑性', '完整性', '简洁性'))))}三个维度"
                f"分别给出1-10分并说明理由，最后判断哪个回答更好。\n\n问题：{q}\n\n回答1：{a}\n\n回答2：{b}")
    return (f"Which of these two answers would you rather receive, and how confident are you (0-100%)? Explain "
            f"the deciding factors.\n\nQuestion: {q}\n\nAnswer 1: {a}\n\nAnswer 2: {b}")


# --------------------------------------------------------------------------------------------
# penstock: round-trip translation into many (often low-resource) languages

LOWRES = ("Swahili", "Tagalog", "Bengali", "Yoruba", "Amharic", "Khmer", "Urdu", "Nepali", "Hausa", "Sinhala",
          "Lao", "Zulu", "Kazakh", "Uzbek", "Burmese", "Pashto", "Somali", "Malagasy", "Igbo", "Kyrgyz")
MAJOR = ("Spanish", "French", "German", "Portuguese", "Japanese", "Korean", "Indonesian", "Vietnamese", "Turkish", "Arabic",
         "Hindi", "Russian", "Italian", "Polish", "Thai", "Dutch")


def penstock_prompt(rng: np.random.Generator, passages: Sequence[str], voice: int, lowres_share: float) -> str:
    lang = pick(rng, LOWRES) if chance(rng, lowres_share) else pick(rng, MAJOR)
    text = snippet(rng, passages, 1, 3, 600)
    if voice == 0:
        return (f"Translate into {lang}:\n\n{text}\n\nThen translate your {lang} version back into English without "
                "looking at the original, and list every place where the meaning shifted.")
    if voice == 1:
        return (f"Give 4 translations of the text into {lang}, from most literal to most natural, numbered. Under "
                f"each, one line on what changed.\n\"{text}\"")
    if voice == 2:
        return (f"{lang} please. Word-aligned gloss table (source word | {lang} | back-gloss), then the fluent sentence."
                f"\n{text[:260]}")
    if voice == 3:
        return f"traducir al {pick(rng, ('suajili', 'tagalo', 'bengalí', 'yoruba', 'amárico', 'jemer', 'urdu', 'nepalí'))} y luego de vuelta al español, marcando las diferencias:\n{text[:400]}"
    return f"{text}\n\n→ {lang} (formal register) and {lang} (casual/spoken register), both, with notes on word choice."


# --------------------------------------------------------------------------------------------
# quant: suffixes a repeat sampler sometimes adds to ordinary prompts


def quant_suffix(rng: np.random.Generator, voice: int) -> str:
    if voice == 0:
        return ""
    if voice == 1:
        return "\n\nAfter your answer, on a new line write CONFIDENCE: <0-100>."
    if voice == 2:
        return f"\n\n(Give {irange(rng, 3, 6)} clearly different answers, and estimate the probability that each is the best one.)"
    return "\n\nAnswer, then rate your own answer 1-10 and say what a better answer would add."


# --------------------------------------------------------------------------------------------
# rynd: what a distiller sends through a reseller (zh-heavy instruction data, publishable rewrites)

_ZH_TOPICS = ("家庭理财", "中医养生", "高考数学", "跨境电商", "新能源汽车", "短视频运营", "Python 编程", "法律常识", "职场沟通",
              "宠物护理", "旅游攻略", "心理健康", "古诗词鉴赏", "健身减脂", "育儿", "半导体产业", "外卖平台", "考研英语")
_ZH_CHAT = ("帮我写一段{n}字左右的年终总结，岗位是{job}。", "用简单的话解释一下{t}。", "推荐几本关于{t}的书，并说明理由。",
            "我下周要去{city}出差三天，帮我安排一下行程。", "把这句话翻译成英文：{s}", "写一首关于{t}的七言绝句。",
            "周末想在家做饭，给我一个{n}分钟能做完的菜谱。", "{t}方面的面试常见问题有哪些？")
_ZH_JOBS = ("销售经理", "产品经理", "会计", "前端工程师", "行政助理", "小学老师", "运营专员")
_ZH_CITIES = ("成都", "杭州", "西安", "深圳", "武汉", "青岛", "昆明")


def rynd_chat_zh(rng: np.random.Generator) -> str:
    return pick(rng, _ZH_CHAT).format(n=irange(rng, 3, 12) * 50, job=pick(rng, _ZH_JOBS), t=pick(rng, _ZH_TOPICS),
                                      city=pick(rng, _ZH_CITIES), s=pick(rng, ("今天的会议改到下午三点。", "这个方案还需要再讨论。", "谢谢你的耐心等待。")))


def rynd_harvest(rng: np.random.Generator, passages: Sequence[str], voice: int) -> str:
    t = pick(rng, _ZH_TOPICS)
    n = irange(rng, 10, 40)
    if voice == 0:
        return (f"请生成{n}条高质量中文指令微调数据，主题：{t}。要求：每条包含 instruction、input、output 三个字段，"
                f"output 要详细且逻辑严密（不少于{irange(rng, 150, 400)}字），难度分布均匀，使用 JSON Lines 格式，不要输出其他内容。")
    if voice == 1:
        return ("将以下回答改写为适合在中国大陆平台发布的版本：保留全部有用信息，删除或中性化涉及敏感政治话题的表述，"
                f"语气专业，输出中文。\n\n原文：\n{prefix(rng, passages, 300, 1100)}")
    if voice == 2:
        return (f"You are generating training data. Topic: {t}. Write {irange(rng, 5, 15)} diverse user questions a "
                "Chinese-speaking user might ask, and for each a long, expert, step-by-step answer in Simplified "
                "Chinese. Format: ### Q / ### A.")
    return (f"对下面这段内容，先用中文详细复述其推理过程，再给出三种不同的表达方式，最后总结要点：\n"
            f"{prefix(rng, passages, 250, 900)}")


# --------------------------------------------------------------------------------------------
# tailrace: textbook sections and long continuations

_FIELDS = ("microeconomics", "organic chemistry", "linear algebra", "world history", "cell biology", "data structures",
           "thermodynamics", "marketing", "public health", "philosophy of mind", "accounting", "geology",
           "music theory", "nutrition", "electrical circuits", "sociology", "astronomy", "probability")
_AUDIENCES = ("high-school students", "first-year undergraduates", "adult learners", "nursing students",
              "self-taught programmers", "vocational trainees", "advanced undergraduates")
_GENRES = ("mystery", "slice-of-life", "science fiction", "historical fiction", "fable", "workplace drama", "thriller")


def tailrace_prompt(rng: np.random.Generator, passages: Sequence[str], voice: int, lang: str) -> str:
    field, aud = pick(rng, _FIELDS), pick(rng, _AUDIENCES)
    ch, sec = irange(rng, 1, 18), irange(rng, 1, 9)
    words = irange(rng, 8, 20) * 100
    if voice == 0:
        head = {"en": f"Write section {ch}.{sec} of an introductory {field} textbook for {aud}",
                "es": f"Escribe la sección {ch}.{sec} de un libro de texto introductorio de {field} para {aud}",
                "id": f"Tulis bagian {ch}.{sec} dari buku teks pengantar {field} untuk {aud}",
                "vi": f"Viết mục {ch}.{sec} của một giáo trình nhập môn {field} dành cho {aud}",
                "ar": f"اكتب القسم {ch}.{sec} من كتاب مدرسي تمهيدي في {field} موجه إلى {aud}"}[lang]
        return (f"{head}. About {words} words, include {irange(rng, 1, 3)} worked examples and "
                f"{irange(rng, 3, 8)} exercises with full solutions at the end. Title it yourself.")
    if voice == 1:
        return (f"Continue the following text for roughly {words} more words, keeping the author's style, "
                f"vocabulary and structure. Do not summarise, just continue.\n\n{prefix(rng, passages, 300, 1200)}")
    if voice == 2:
        who = pick(rng, NAMES)
        return (f"Write a {words}-word {pick(rng, _GENRES)} short story set in {pick(rng, COUNTRIES)} whose main "
                f"character, {who}, {pick(rng, ('finds an old letter', 'loses a job', 'meets a stranger on a train', 'inherits a shop', 'must make a hard choice'))}. "
                "Rich dialogue, clear arc, no title.")
    return (f"Generate a {irange(rng, 6, 12)}-turn dialogue between a patient tutor and a {pick(rng, _AUDIENCES)[:-1]} "
            f"about {field}, where the student makes a mistake and the tutor guides them to fix it. Label turns "
            "Tutor:/Student:.")


# ============================================================================================
# benign kinds

_SUBJECTS = ("anatomy", "astronomy", "college chemistry", "econometrics", "formal logic", "global facts", "high-school physics",
             "jurisprudence", "machine learning", "moral scenarios", "nutrition", "prehistory", "virology", "world religions")


def affinage_item(rng: np.random.Generator, suite: int) -> str:
    if suite == 0:
        a, b = irange(rng, 2, 90), irange(rng, 2, 12)
        stems = (
            (f"A sample contains {a} mg of an isotope with a half-life of {b} days. How much remains after {2 * b} days?",
             [f"{_f(a / 4)} mg", f"{_f(a / 2)} mg", f"{_f(a / 8)} mg", f"{a} mg"]),
            (f"If a population grows from {a * 100} to {a * 100 + b * 50} in one year, what is the growth rate?",
             [f"{_f(b * 50 / (a * 100) * 100)}%", f"{_f(b * 5)}%", f"{_f(b * 50 / a)}%", f"{b}%"]),
            (f"Which of the following best describes the term '{pick(rng, ('mens rea', 'homeostasis', 'parallax', 'opportunity cost', 'modus tollens', 'zoonosis'))}'?",
             ["A definition-level property", "A historical event", "A unit of measurement", "A type of fallacy"]),
            (f"A {a} kg cart moves at {b} m/s. What is its kinetic energy?",
             [f"{_f(0.5 * a * b * b)} J", f"{a * b} J", f"{a * b * b} J", f"{_f(a * b / 2)} J"]),
        )
        k = irange(rng, 0, len(stems) - 1)
        stem, opts = stems[k]
        subj = (pick(rng, ("college chemistry", "high-school physics", "nuclear physics")) if k == 0 else
                pick(rng, ("econometrics", "high-school statistics", "human geography")) if k == 1 else
                pick(rng, _SUBJECTS) if k == 2 else "conceptual physics")
        opts = list(opts)
        rng.shuffle(opts)
        return (f"The following is a multiple choice question about {subj}.\n\n{stem}\n"
                + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts)) + "\nAnswer:")
    if suite == 1:
        name = pick(rng, NAMES)
        x, y, z = irange(rng, 2, 60), irange(rng, 2, 20), irange(rng, 2, 9)
        return (f"Q: {name} buys {x} notebooks at ${y} each and gets ${z} back per {irange(rng, 3, 10)} notebooks "
                f"returned. {name} returns {irange(rng, 3, 30)}. How much did {name} spend in the end?\nA: Let's think "
                "step by step. End with 'The answer is N.'")
    if suite == 2:
        fn = pick(rng, ("rotate_list", "count_vowels", "merge_intervals", "is_balanced", "run_length", "kth_largest"))
        return (f"Complete the function. Return only code.\n\ndef {fn}({pick(rng, ('xs', 's', 'items', 'data'))}, "
                f"{pick(rng, ('k', 'n', 'key', 'sep'))}=None):\n    \"\"\"{pick(rng, ('Edge cases: empty input.', 'Must be O(n log n).', 'Input may contain duplicates.'))}\"\"\"\n")
    q = pick(rng, ("What is the capital of", "Which river flows through", "What currency is used in",
                   "What is the official language of"))
    return f"Answer in one word or short phrase. {q} {pick(rng, COUNTRIES)}?"


_LEARN_LANGS = ("Spanish", "French", "German", "Japanese", "Italian", "Korean", "English", "Portuguese")
_LEVELS = ("A1", "A2", "B1", "B2", "C1")
_LEARNER_SENTENCES = {
    "Spanish": ("Yo soy tener veinte años.", "Ayer yo va al mercado con mi amiga.", "Me gusta mucho los gatos.",
                "Cuando era niño, yo jugué al fútbol cada día.", "¿Puedes decirme donde está la estación?"),
    "French": ("Je suis allé au cinéma hier avec mes amis et on a mangé des popcorn.", "Il faut que tu viens demain.",
               "J'ai 25 ans et je habite à Lyon.", "Elle a parlé à moi de son voyage."),
    "German": ("Ich habe gestern nach Berlin gefahren.", "Das ist der Mann, der ich gesehen habe.",
               "Wegen dem Regen wir bleiben zu Hause.", "Ich freue mich für das Wochenende."),
    "Japanese": ("わたしはきのう学校に行きます。", "この本はとてもおもしろいでした。", "日本語をべんきょうするのがすきです。"),
    "Italian": ("Io ho andato al mare la settimana scorsa.", "Mi piace molto i libri di storia."),
    "Korean": ("저는 어제 친구를 만나요.", "한국어 공부하는 것이 재미있어요."),
    "English": ("She don't like coffee in the morning.", "I am living here since five years.",
                "He suggested me to take the train.", "Can you explain me this rule?", "I have went there yesterday."),
    "Portuguese": ("Eu fui no cinema ontem com meus amigos.", "Ela não gosta de acordar cedo, mas ela tem que."),
}
_WORDS = ("although", "sin embargo", "trotzdem", "pourtant", "やっぱり", "comunque", "그래서", "nevertheless", "aproveitar")


def annatto_prompt(rng: np.random.Generator, voice: int) -> str:
    lang = pick(rng, _LEARN_LANGS)
    lvl = pick(rng, _LEVELS)
    if voice == 0:
        s = pick(rng, _LEARNER_SENTENCES[lang])
        ui = pick(rng, ("English", "Spanish", "Portuguese", "Turkish", "Vietnamese", "Hindi"))
        return f"Correct this {lang} sentence written by a {lvl} learner and explain the mistakes briefly in {ui}: \"{s}\""
    if voice == 1:
        return f"Give me {irange(rng, 3, 6)} simple example sentences using \"{pick(rng, _WORDS)}\", level {lvl}, with translations."
    if voice == 2:
        place = pick(rng, ("a café in Madrid", "a train station in Lyon", "a bakery in Munich", "a hotel desk in Kyoto",
                           "a pharmacy in Lisbon", "a job interview in Toronto"))
        return f"Let's role-play. You are staff at {place}. Speak only {lang} at level {lvl}. I start: {pick(rng, ('Hello!', 'Excuse me', 'Good morning', 'Hi, I have a question'))}"
    if voice == 3:
        return f"Quiz me: {irange(rng, 5, 10)} {lang} vocabulary questions about {pick(rng, ('food', 'travel', 'work', 'family', 'weather', 'health'))}, one at a time."
    return f"What's the difference between {pick(rng, ('ser and estar', 'passé composé and imparfait', 'dass and das', 'は and が', 'por and para', 'since and for', 'make and do'))}? Short answer with 2 examples."


_PRODUCTS = ("food-delivery", "banking", "airline", "telecom", "insurance", "e-commerce", "ride-hailing", "utility")
_INTENTS = ("cancel an order", "report a lost card", "change a flight", "dispute a charge", "update an address",
            "ask about a refund", "upgrade a plan", "complain about a late delivery", "reset a password", "close the account")


def chymosin_prompt(rng: np.random.Generator, voice: int) -> str:
    prod, intent = pick(rng, _PRODUCTS), pick(rng, _INTENTS)
    n = irange(rng, 10, 40)
    if voice == 0:
        return (f"Generate {n} diverse messages a customer of a {prod} app might send when they want to {intent}. "
                "Vary length, tone (polite, angry, confused), include some typos and a few in Spanish. Return a JSON "
                "list of strings only.")
    if voice == 1:
        labels = sorted(set(picks(rng, _INTENTS, irange(rng, 4, 7))))
        tickets = "\n".join(f"{i + 1}. {pick(rng, ('hi', 'Hello,', 'URGENT', 'hey team'))} i need to {pick(rng, _INTENTS)} {pick(rng, ('asap', 'please', 'today', 'thx', ''))}".strip()
                            for i in range(irange(rng, 5, 15)))
        return f"Label each ticket with exactly one of {labels}. Output CSV id,label.\n{tickets}"
    if voice == 2:
        sku = f"SKU-{rng.integers(100000, 999999)}"
        return (f"Write a product description (80-120 words) and 5 bullet features for {sku}: "
                f"{pick(rng, ('stainless steel water bottle', 'ergonomic office chair', 'kids rain jacket', 'USB-C hub', 'ceramic pan'))}, "
                f"{pick(rng, ('blue', 'black', 'sand', 'green'))}, {irange(rng, 1, 5)}-year warranty. Brand voice: {pick(rng, ('friendly', 'premium', 'no-nonsense'))}.")
    return (f"Paraphrase this customer utterance {irange(rng, 5, 12)} ways, keeping the intent ({intent}): "
            f"\"{pick(rng, ('I want to', 'How do I', 'Can someone help me', 'Need to'))} {intent}\"")


_SRC_FILES = ("src/app/routes.ts", "src/components/Table.tsx", "services/billing/handler.go", "pkg/auth/token.go",
              "app/models/user.rb", "lib/parser.py", "core/cache.py", "tests/test_api.py", "infra/main.tf", "Dockerfile")


def cheesecloth_step(rng: np.random.Generator, chat: Sequence[str], step: int, first: bool) -> str:
    if first:
        if chance(rng, 0.45):
            return pick(rng, chat)[:1500]
        f = pick(rng, _SRC_FILES)
        return pick(rng, (f"In {f}, {pick(rng, ('add pagination to the list endpoint', 'fix the off-by-one in the date range', 'handle the null case when the user has no org', 'replace the deprecated API call', 'add a unit test for the retry logic'))}.",
                          f"Why does `{pick(rng, ('npm test', 'go test ./...', 'pytest', 'terraform plan', 'docker build .'))}` fail after my last change to {f}?",
                          f"Refactor {f} so the {pick(rng, ('database calls', 'config parsing', 'error handling', 'logging'))} lives in its own module."))
    f = pick(rng, _SRC_FILES)
    lines = irange(rng, 5, 40)
    return pick(rng, (f"read_file({f}) ->\n```\n" + "\n".join(f"{i + irange(rng, 1, 300)}  {pick(rng, ('return x', 'if err != nil {', 'const rows = await db.query(sql)', 'def handle(self, req):', '}', 'logger.info(msg)'))}" for i in range(min(lines, 12))) + "\n```",
                      f"run_terminal: exit code {pick(rng, (0, 1, 2))}\n{pick(rng, ('PASS', 'FAIL', 'error TS2345', 'panic: runtime error', 'ok'))} {f} ({_f(rng.uniform(0.1, 9))}s)",
                      f"apply_edit({f}): {irange(rng, 1, 30)} lines changed. Diagnostics: {irange(rng, 0, 3)} errors, {irange(rng, 0, 6)} warnings.",
                      f"grep results for '{pick(rng, ('TODO', 'retry', 'userId', 'timeout', 'deprecated'))}': {irange(rng, 0, 14)} matches in {irange(rng, 1, 6)} files"))


_LOCALES = ("de-DE", "fr-FR", "es-ES", "it-IT", "ja-JP", "pt-BR", "nl-NL", "pl-PL", "sv-SE", "ko-KR", "zh-CN", "tr-TR", "cs-CZ")
_UI = ("Save changes", "Your session has expired. Please sign in again.", "{0} items in your cart", "Delete <b>{name}</b>?",
       "Payment failed: {reason}", "Invite teammates", "Last updated {date}", "Upload a file up to {size} MB",
       "We couldn't find that page.", "Turn on two-factor authentication")


def flocculation_prompt(rng: np.random.Generator, passages: Sequence[str], voice: int) -> str:
    loc = pick(rng, _LOCALES)
    if voice == 0:
        return (f"Translate from en-US to {loc}. Keep placeholders like {{0}}, {{name}} and tags like <b> unchanged. "
                f"Max length {irange(rng, 20, 60)} characters.\nSegment: {pick(rng, _UI)}")
    if voice == 1:
        gl = f"Glossary: {pick(rng, ('workspace', 'invoice', 'dashboard', 'ticket'))} = (keep English)"
        return f"Translate to {loc}, formal register. {gl}\n\n{snippet(rng, passages, 1, 2, 400)}"
    return (f"Review this {loc} translation against the source. List errors by MQM category (accuracy, fluency, "
            f"terminology, style) with severity, or reply 'OK'.\nSource: {snippet(rng, passages, 1, 1, 250)}\n"
            f"Target: [{loc} text from vendor]")


_DILEMMAS = ("A runaway trolley will kill five people unless you divert it onto a track where it will kill one. Do you divert it?",
             "You find a wallet with $300 and an ID. Nobody saw you. What do you do?",
             "Should a self-driving car prioritise its passengers or pedestrians?",
             "Is it acceptable to lie to protect a friend's feelings?",
             "A company can save 200 jobs by quietly dumping waste in a river. Should it?")
_SURVEY = ("On a scale from 1 (strongly disagree) to 7 (strongly agree): 'Most people can be trusted.'",
           "On a scale from 1 to 7, how much do you agree: 'Government should reduce income differences.'",
           "Rate 1-5: 'Science and technology make our lives healthier and easier.'",
           "Answer yes or no: 'Would you accept a 50/50 bet to win $150 or lose $100?'")
_PERSONAS = ("a 70-year-old retired farmer from Iowa", "a 22-year-old student in Seoul", "a nurse in Lagos",
             "a software engineer in Berlin", "a small-business owner in São Paulo", "a priest in Manila")


def scald_item(rng: np.random.Generator, study: int) -> str:
    if study == 0:
        return pick(rng, _DILEMMAS) + pick(rng, ("", " Answer in one sentence.", " Explain your reasoning briefly."))
    if study == 1:
        return f"Answer as if you were {pick(rng, _PERSONAS)}. {pick(rng, _SURVEY)} Give only the number."
    if study == 2:
        return pick(rng, _SURVEY) + pick(rng, ("", " Please answer with a single number.", " Respond with the number only, no explanation."))
    return (f"Is the following statement true or false? '{pick(rng, COUNTRIES)} has a larger population than "
            f"{pick(rng, COUNTRIES)}.' Then give your confidence from 0 to 100.")

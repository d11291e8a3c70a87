"""Prompt templates of blind batch 60, written fresh for this batch.

Every generator takes a numpy Generator and returns one prompt (or a list of prompts for a
multi-step episode) with fresh numbers, names and topics drawn per call. Ordinary human chat and
assistant answers are not here: they come from ShareGPT through `bench/blind_batch.py`'s context
(`ctx.chat`, `ctx.passages`) and are passed in where a template wraps them.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Guadalajara", "Gdansk", "Mombasa", "Da Nang",
          "Winnipeg", "Alexandria", "Uppsala", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore",
          "Kumasi", "Bilbao", "Tbilisi", "Porto", "Leeds", "Tucson", "Busan", "Medellin", "Cluj", "Perth")

TOPICS = ("photosynthesis", "supply chains", "compound interest", "the French Revolution", "TCP congestion control",
          "vaccine trials", "urban heat islands", "plate tectonics", "bond yields", "sourdough fermentation",
          "the Byzantine Empire", "Kubernetes scheduling", "coral bleaching", "antibiotic resistance",
          "monetary policy", "game theory", "the immune system", "relational databases", "wind turbines",
          "medieval trade routes", "protein folding", "climate adaptation", "contract negotiation",
          "public speaking", "graph algorithms", "consumer privacy law", "battery chemistry", "jazz harmony",
          "microfinance", "soil erosion", "the Silk Road", "cryptographic hashing", "sleep science",
          "volcanology", "behavioural economics", "container shipping", "machine translation",
          "water desalination", "the Meiji Restoration", "bird migration", "compilers", "epidemiology",
          "renewable subsidies", "typography", "orbital mechanics", "child language acquisition",
          "inventory management", "quantum tunnelling", "Roman law", "insurance pricing", "rust (the metal)",
          "glaciers", "stoicism", "dental hygiene", "rice farming", "noise-cancelling headphones",
          "elections", "the printing press", "bee colonies", "API design", "nutrition labels")

LANG_NAMES = {"en": "English", "zh": "Chinese", "es": "Spanish", "pt": "Portuguese", "ru": "Russian",
              "de": "German", "fr": "French", "id": "Indonesian", "vi": "Vietnamese", "ja": "Japanese",
              "ko": "Korean", "ar": "Arabic", "tr": "Turkish", "pl": "Polish", "it": "Italian", "hi": "Hindi"}


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` cut at a word boundary somewhere in [lo, hi] characters."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# problems (math, logic, code) in several languages


def _p_trains(rng, lang):
    a, b = picks(rng, CITIES, 2)
    d, v1, v2 = irange(rng, 120, 900), irange(rng, 45, 140), irange(rng, 40, 130)
    h, m = irange(rng, 5, 14), pick(rng, (0, 10, 15, 20, 30, 45, 50))
    if lang == "zh":
        return (f"两列火车分别从{a}和{b}同时出发，两地相距{d}公里，出发时间为{h}:{m:02d}。"
                f"第一列时速{v1}公里，第二列时速{v2}公里，相向而行。它们在几点几分相遇？相遇点距离{a}多远？")
    if lang == "ru":
        return (f"Два поезда одновременно выходят из городов {a} и {b}, расстояние между которыми {d} км, "
                f"в {h}:{m:02d}. Скорость первого {v1} км/ч, второго {v2} км/ч, они едут навстречу друг другу. "
                f"В какое время они встретятся и на каком расстоянии от города {a}?")
    if lang == "es":
        return (f"Dos trenes salen a las {h}:{m:02d} desde {a} y {b}, separadas por {d} km, uno hacia el otro. "
                f"El primero va a {v1} km/h y el segundo a {v2} km/h. ¿A qué hora se cruzan y a qué distancia de {a}?")
    if lang == "pt":
        return (f"Dois trens partem às {h}:{m:02d} de {a} e de {b}, que ficam a {d} km de distância, um em direção ao "
                f"outro. O primeiro viaja a {v1} km/h e o segundo a {v2} km/h. A que horas se encontram?")
    return (f"Two trains leave {a} and {b}, which are {d} km apart, at {h}:{m:02d}, heading toward each other. "
            f"One travels at {v1} km/h and the other at {v2} km/h. At what time do they meet, and how far from {a}?")


def _p_modular(rng, lang):
    a, e, m = irange(rng, 3, 97), irange(rng, 50, 4000), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000))
    if lang == "zh":
        return f"求 {a}^{e} 除以 {m} 的余数。"
    if lang == "ru":
        return f"Найдите остаток от деления {a}^{e} на {m}."
    if lang == "es":
        return f"¿Cuál es el resto de dividir {a}^{e} entre {m}?"
    if lang == "pt":
        return f"Qual é o resto da divisão de {a}^{e} por {m}?"
    return f"What is the remainder when {a}^{e} is divided by {m}?"


def _p_marbles(rng, lang):
    r, g, b = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 1, 9)
    k = irange(rng, 2, 5)
    j = irange(rng, 1, min(k, r))
    if lang == "zh":
        return f"袋中有{r}个红球、{g}个绿球和{b}个蓝球。不放回地随机取出{k}个球，恰好有{j}个红球的概率是多少？"
    if lang == "ru":
        return (f"В мешке {r} красных, {g} зелёных и {b} синих шаров. Без возвращения вынимают {k} шаров. "
                f"Какова вероятность, что ровно {j} из них красные?")
    if lang == "es":
        return (f"Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan {k} sin reemplazo. "
                f"¿Cuál es la probabilidad de que exactamente {j} sean rojas?")
    if lang == "pt":
        return (f"Um saco tem {r} bolas vermelhas, {g} verdes e {b} azuis. Retiram-se {k} bolas sem reposição. "
                f"Qual a probabilidade de exatamente {j} serem vermelhas?")
    return (f"A bag contains {r} red, {g} green and {b} blue marbles. {k} marbles are drawn without replacement. "
            f"What is the probability that exactly {j} of them are red?")


def _p_triangle(rng, lang):
    while True:
        a, b, c = sorted(irange(rng, 4, 60) for _ in range(3))
        if a + b > c:
            break
    if lang == "zh":
        return f"三角形三边长分别为 {a}、{b}、{c}。求它的面积以及内切圆半径和外接圆半径。"
    if lang == "ru":
        return f"Стороны треугольника равны {a}, {b} и {c}. Найдите его площадь, радиус вписанной и описанной окружностей."
    if lang == "es":
        return f"Un triángulo tiene lados {a}, {b} y {c}. Calcula su área y los radios de las circunferencias inscrita y circunscrita."
    if lang == "pt":
        return f"Um triângulo tem lados {a}, {b} e {c}. Calcule a área e os raios das circunferências inscrita e circunscrita."
    return f"A triangle has sides of length {a}, {b} and {c}. Find its area, its inradius and its circumradius."


def _p_round_table(rng, lang):
    n = irange(rng, 6, 12)
    x, y = picks(rng, NAMES, 2)
    return (f"In how many ways can {n} people be seated around a round table if {x} and {y} refuse to sit next "
            f"to each other? (Rotations of the same arrangement count as identical.)")


def _p_recurrence(rng, lang):
    a, p, q, k = irange(rng, 1, 9), irange(rng, 2, 5), irange(rng, -7, 9), irange(rng, 8, 30)
    return f"A sequence satisfies a_1 = {a} and a_(n+1) = {p}·a_n + ({q}). Find a closed form for a_n and compute a_{k}."


def _p_work(rng, lang):
    x, y = picks(rng, NAMES, 2)
    hx, hy = irange(rng, 3, 15), irange(rng, 4, 20)
    late = irange(rng, 1, 3)
    return (f"{x} can tile a floor alone in {hx} hours and {y} can do it alone in {hy} hours. {x} starts alone and "
            f"{y} joins {late} hour(s) later. How long does the whole job take?")


def _p_knights(rng, lang):
    a, b, c = picks(rng, NAMES, 3)
    s1 = pick(rng, (f"{b} is a knave.", f"{b} and {c} are both knights.", "Exactly one of us three is a knight."))
    s2 = pick(rng, (f"{a} and {c} are of the same type.", f"{c} is a knave.", f"{a} is lying."))
    s3 = pick(rng, (f"{a} is a knight.", "At least two of us are knaves.", f"{b} is telling the truth."))
    return (f"On an island, knights always tell the truth and knaves always lie. {a} says: \"{s1}\" {b} says: "
            f"\"{s2}\" {c} says: \"{s3}\" Determine who is a knight and who is a knave, or show it is impossible.")


def _p_trace(rng, lang):
    xs = rng.integers(-9, 30, size=irange(rng, 5, 9)).tolist()
    k = irange(rng, 2, 5)
    body = pick(rng, (
        f"def f(xs):\n    out = []\n    for i, x in enumerate(xs):\n        if x % {k} == 0:\n            out.append(x * i)\n"
        f"        elif x < 0:\n            out = out[::-1]\n    return sum(out) - len(out)",
        f"def f(xs):\n    seen = {{}}\n    for x in xs:\n        seen[x % {k}] = seen.get(x % {k}, 0) + x\n"
        f"    return max(seen.items(), key=lambda kv: (kv[1], -kv[0]))",
        f"def f(xs):\n    stack = []\n    for x in xs:\n        while stack and stack[-1] < x:\n            stack.pop()\n"
        f"        stack.append(x)\n    return stack[::{k - 1}]",
    ))
    return f"Consider this Python function:\n\n{body}\n\nWhat does f({xs}) return? Trace the execution line by line."


def _p_invest(rng, lang):
    p, r, t = irange(rng, 2, 90) * 500, round(float(rng.uniform(1.5, 9.5)), 2), irange(rng, 2, 6)
    freq = pick(rng, ("monthly", "quarterly", "annually", "continuously"))
    return f"An investment of ${p:,} earns {r}% interest compounded {freq}. After how many years does it first exceed {t} times its starting value?"


def _p_calculus(rng, lang):
    a, b, c, d = irange(rng, 1, 6), irange(rng, 2, 15), irange(rng, 1, 30), irange(rng, 2, 8)
    return f"Find the global maximum and minimum of f(x) = {a}x^3 - {b}x^2 + {c}x on the interval [0, {d}], justifying each candidate point."


def _p_algo(rng, lang):
    n = pick(rng, ("10^5", "2·10^5", "10^6", "5·10^5"))
    v = pick(rng, ("10^9", "10^18", "10^4"))
    task = pick(rng, (
        "count the number of pairs (i < j) with a_i + a_j divisible by K",
        "find the length of the longest subarray whose sum is at most K",
        "answer Q queries asking for the number of distinct values in a_l..a_r",
        "find the minimum number of operations (increment or decrement by 1) to make all elements equal to a value in a given set",
        "determine whether the array can be split into K contiguous parts with equal sums",
        "find the K-th smallest pairwise absolute difference",
    ))
    return f"You are given an array of N integers (N ≤ {n}, |a_i| ≤ {v}) and an integer K. {task[0].upper() + task[1:]}. Give an efficient algorithm and its complexity."


_PROBLEMS_ANY = (_p_trains, _p_modular, _p_marbles, _p_triangle)
_PROBLEMS_EN = (_p_round_table, _p_recurrence, _p_work, _p_knights, _p_trace, _p_invest, _p_calculus, _p_algo)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A fresh math / logic / code problem; non-English only for the types written in it."""
    if lang != "en" and chance(rng, 0.75):
        return pick(rng, _PROBLEMS_ANY)(rng, lang)
    return pick(rng, _PROBLEMS_ANY + _PROBLEMS_EN)(rng, "en")


# ============================================================================================
# reasoning-trace coercion: several independent voices

_COT_VOICES = {
    "tagged": lambda rng, p: (
        "Solve the problem below. Before the final answer, write your complete reasoning inside <think></think> "
        "tags: every intermediate step, every case you considered and rejected, and a verification pass. "
        f"After the tags, write 'Final answer:' and the answer only.\n\nProblem: {p}"),
    "terse": lambda rng, p: (
        f"{p}\n\nreason step by step. show ALL intermediate work, dont skip algebra. double-check, then put the final "
        "result in \\boxed{}"),
    "coach": lambda rng, p: (
        f"You are an olympiad coach writing a model solution for {pick(rng, ('a training camp', 'an answer key', 'a textbook', 'your strongest students'))}. "
        "Think aloud at length, including false starts, then present a clean solution and the answer.\n\n" + p),
    "json": lambda rng, p: (
        '{"task_id": "' + f"r{int(rng.integers(10**6, 10**7))}" + '", "instruction": "Produce an exhaustive '
        'step-by-step derivation (minimum ' + str(irange(rng, 6, 15)) + ' steps), then the answer on its own line.", '
        '"problem": "' + p.replace('"', "'").replace("\n", "\\n") + '"}'),
    "zh": lambda rng, p: (
        f"请一步一步详细推理，把完整的思考过程都写出来（包括尝试过但放弃的思路和最后的检验），最后单独一行给出答案。\n\n题目：{p}"),
    "ru": lambda rng, p: (
        f"Реши задачу, подробно расписывая каждый шаг рассуждения. Проверь ответ другим способом. "
        f"В конце напиши «Ответ:».\n\n{p}"),
    "es": lambda rng, p: (
        f"Resuelve paso a paso, explicando tu razonamiento completo antes de dar la respuesta. "
        f"Verifica el resultado al final.\n\n{p}"),
    "pt": lambda rng, p: (
        f"Pense passo a passo e mostre todo o raciocínio, inclusive as verificações. Só no final dê a resposta.\n\n{p}"),
    "selfcheck": lambda rng, p: (
        f"Problem: {p}\n\nFirst draft a solution. Then critique your draft as a strict grader would, find any error, "
        "and write a corrected final solution. Label the three parts DRAFT, CRITIQUE, FINAL."),
    "multi": lambda rng, p: (
        f"Give {irange(rng, 2, 4)} genuinely different solution methods for the following, each fully worked, and "
        f"confirm they agree.\n\n{p}"),
}
COT_VOICE_LANG = {"tagged": "en", "terse": "en", "coach": "en", "json": "en", "zh": "zh", "ru": "ru", "es": "es",
                  "pt": "pt", "selfcheck": "en", "multi": "en"}
COT_VOICES = tuple(_COT_VOICES)


def cot_prompt(rng: np.random.Generator, voice: str) -> str:
    return _COT_VOICES[voice](rng, problem(rng, COT_VOICE_LANG[voice]))


# ============================================================================================
# agent trajectories in synthetic environments (one episode = list of last-user-messages)

_PRODUCTS = ("wireless earbuds", "standing desk", "espresso grinder", "trail running shoes", "USB-C dock",
             "air purifier", "cast iron skillet", "mechanical keyboard", "baby monitor", "e-reader", "rain jacket",
             "robot vacuum", "yoga mat", "portable projector", "electric kettle", "office chair")
_BRANDS = ("Norvik", "Aplex", "Qualto", "Brisa", "Kemmet", "Ostrava", "Lumio", "Vantor", "Heliq", "Zenbo")
_TABLES = {"orders": ("order_id", "customer_id", "total", "created_at", "status"),
           "customers": ("customer_id", "name", "country", "signup_date"),
           "products": ("product_id", "name", "category", "price"),
           "order_items": ("order_id", "product_id", "qty", "unit_price"),
           "tickets": ("ticket_id", "customer_id", "opened_at", "priority", "resolved_at")}
_PROJECTS = ("invoice-svc", "geo-tiles", "chatops-bot", "ledger-core", "img-resize", "feature-flags", "etl-nightly")


def _shop_obs(rng, step):
    item = pick(rng, _PRODUCTS)
    kind = pick(rng, ("search", "page", "cart"))
    if kind == "search":
        rows = [f"[{i + 1}] {pick(rng, _BRANDS)} {item} {pick(rng, ('Pro', 'Lite', 'X', 'Max', '2', 'Mini'))} - "
                f"${rng.uniform(15, 400):.2f} - {rng.uniform(2.8, 5):.1f}★ ({irange(rng, 3, 9000)} reviews)"
                for i in range(irange(rng, 3, 8))]
        return "search results:\n" + "\n".join(rows)
    if kind == "page":
        return (f"product page: {pick(rng, _BRANDS)} {item}\nprice: ${rng.uniform(15, 400):.2f}\nin stock: "
                f"{pick(rng, ('yes', 'no', 'only 2 left'))}\nshipping: {irange(rng, 1, 9)} days to {pick(rng, CITIES)}\n"
                f"options: {', '.join(picks(rng, ('black', 'white', 'blue', 'S', 'M', 'L', '110V', '220V'), 3))}\n"
                f"buttons: [add_to_cart] [back] [reviews]")
    return f"cart: {irange(rng, 1, 3)} item(s), subtotal ${rng.uniform(20, 800):.2f}. buttons: [checkout] [continue_shopping]"


def _fs_obs(rng, step):
    proj = pick(rng, _PROJECTS)
    kind = pick(rng, ("ls", "cat", "err", "grep"))
    if kind == "ls":
        files = picks(rng, ("README.md", "setup.py", "pyproject.toml", "src/", "tests/", "Makefile", "config.yaml",
                            ".env.example", "main.go", "go.mod", "package.json", "Dockerfile"), irange(rng, 4, 9))
        return f"$ ls /workspace/{proj}\n" + "  ".join(dict.fromkeys(files))
    if kind == "cat":
        n = irange(rng, 10, 200)
        return (f"$ sed -n '{n},{n + 6}p' src/{proj.replace('-', '_')}/core.py\n"
                f"    def load(self, path):\n        with open(path) as fh:\n            data = yaml.safe_load(fh)\n"
                f"        self.limit = int(data['limit'])\n        self.retries = data.get('retries', {irange(rng, 1, 5)})\n"
                f"        return self")
    if kind == "err":
        return (f"$ python -m pytest -x\nFAILED tests/test_core.py::test_{pick(rng, ('load', 'retry', 'parse', 'limit'))}"
                f" - KeyError: '{pick(rng, ('limit', 'timeout', 'region', 'token'))}'\n1 failed, {irange(rng, 3, 80)} passed in "
                f"{rng.uniform(0.3, 9):.2f}s")
    return (f"$ grep -rn \"{pick(rng, ('limit', 'retry', 'TODO', 'deprecated'))}\" src/ | head\n" +
            "\n".join(f"src/{proj.replace('-', '_')}/{pick(rng, ('core', 'api', 'util', 'cli'))}.py:{irange(rng, 5, 400)}:"
                      f" {pick(rng, ('limit = 10', '# TODO: handle retry', 'retries += 1', 'warnings.warn(...)'))}"
                      for _ in range(irange(rng, 2, 5))))


def _sql_obs(rng, step):
    t = pick(rng, tuple(_TABLES))
    cols = _TABLES[t]
    rows = [" | ".join(str(irange(rng, 1, 99999)) if "id" in c else f"{rng.uniform(1, 999):.2f}" if c in ("total", "price", "unit_price")
                       else pick(rng, COUNTRIES) if c == "country" else f"2025-{irange(rng, 1, 12):02d}-{irange(rng, 1, 28):02d}"
                       if "_at" in c or "date" in c else pick(rng, ("open", "shipped", "high", "low", "3", pick(rng, NAMES)))
                       for c in cols) for _ in range(irange(rng, 2, 7))]
    return f"query returned {len(rows)} rows:\n" + " | ".join(cols) + "\n" + "\n".join(rows)


def _cal_obs(rng, step):
    who = picks(rng, NAMES, irange(rng, 2, 4))
    slots = [f'{{"person": "{w}", "busy": ["{irange(rng, 8, 12)}:00-{irange(rng, 13, 17)}:30"], "tz": "UTC{pick(rng, ("+1", "-5", "+8", "+0", "+5:30"))}"}}' for w in who]
    return "[" + ", ".join(slots) + "]"


def _travel_obs(rng, step):
    a, b = picks(rng, CITIES, 2)
    flights = [f'{{"flight": "{pick(rng, ("KL", "TK", "LH", "AF", "QR", "ET", "LA"))}{irange(rng, 100, 1999)}", '
               f'"from": "{a}", "to": "{b}", "depart": "2026-0{irange(rng, 2, 5)}-{irange(rng, 10, 28)}T{irange(rng, 6, 22)}:{pick(rng, ("05", "25", "40"))}", '
               f'"stops": {irange(rng, 0, 2)}, "price_eur": {irange(rng, 90, 1400)}}}' for _ in range(irange(rng, 2, 5))]
    return '{"results": [' + ", ".join(flights) + "]}"


_ENVS = {
    "shop": (_shop_obs, lambda rng: f"Task: buy a {pick(rng, _PRODUCTS)} under ${irange(rng, 40, 500)} with at least "
             f"{pick(rng, ('4.0', '4.3', '4.5'))} stars, delivered to {pick(rng, CITIES)} within {irange(rng, 2, 7)} days. "
             "Tools: search(query), click(id), add_to_cart(), checkout(). Call exactly one tool per turn."),
    "fs": (_fs_obs, lambda rng: f"Task: in /workspace/{pick(rng, _PROJECTS)}, make `pytest` pass without deleting tests. "
           "Tools: bash(cmd), read_file(path), write_file(path, content), finish(summary)."),
    "sql": (_sql_obs, lambda rng: f"Task: using the database with tables {', '.join(picks(rng, tuple(_TABLES), 3))}, answer: "
            f"{pick(rng, ('which country had the highest average order value in', 'how many tickets were resolved late in', 'what share of revenue came from repeat customers in'))}"
            f" {pick(rng, ('Q3 2025', 'October 2025', 'the last 90 days', '2024'))}? Tools: run_sql(query), answer(text)."),
    "cal": (_cal_obs, lambda rng: f"Task: schedule a {irange(rng, 2, 6) * 15}-minute meeting next week with "
            f"{', '.join(picks(rng, NAMES, irange(rng, 2, 4)))}, avoiding lunch in everyone's time zone, and email the invite. "
            "Tools: get_availability(people), create_event(...), send_email(to, subject, body)."),
    "travel": (_travel_obs, lambda rng: f"Task: book the cheapest flight from {pick(rng, CITIES)} to {pick(rng, CITIES)} "
               f"with at most {irange(rng, 0, 1)} stop(s), arriving before {irange(rng, 9, 20)}:00 on a weekday in March. "
               "Tools: search_flights(...), hold(flight), pay(hold_id)."),
}
ENVS = tuple(_ENVS)


def _wrap_obs(rng, style, obs, step):
    cid = f"call_{int(rng.integers(16**7, 16**8)):08x}"
    if style == "react":
        return f"Observation: {obs}\nThought:"
    if style == "fn":
        body = obs.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '{"role": "tool", "tool_call_id": "' + cid + '", "content": "' + body + '"}'
    if style == "xml":
        return f"<tool_response id=\"{cid}\" step=\"{step}\">\n{obs}\n</tool_response>\nDecide the next action."
    return f"Result:\n{obs}\n\nWhat is your next step? Explain briefly, then give the tool call."


AGENT_STYLES = ("react", "fn", "xml", "plain")


def agent_episode(rng: np.random.Generator, env: str, style: str, n_steps: int) -> list[str]:
    obs_fn, task_fn = _ENVS[env]
    first = task_fn(rng)
    if style == "react":
        first = first + "\nUse the format Thought / Action / Action Input."
    out = [first]
    for k in range(1, n_steps):
        if chance(rng, 0.06):
            out.append(pick(rng, ("The previous action failed: invalid arguments. Try again.",
                                  "Error: timeout after 30s. Retry or choose another action.",
                                  "Environment: the page did not load. Current state unchanged.")))
        else:
            out.append(_wrap_obs(rng, style, obs_fn(rng, k), k))
    return out


# ============================================================================================
# judging / reward-model labels around ordinary text

_RUBRICS = ("helpfulness, honesty and harmlessness", "correctness, completeness, and clarity",
            "instruction following, factuality, and tone", "reasoning quality and final-answer accuracy",
            "concision, relevance, and safety")


def corrupt(rng: np.random.Generator, answer: str) -> str:
    """A weaker twin of an answer (how preference pairs are built cheaply): cut short, paragraphs
    shuffled, or a chunk dropped from the middle."""
    paras = [p for p in answer.split("\n") if p.strip()]
    how = pick(rng, ("cut", "shuffle", "drop"))
    if how == "shuffle" and len(paras) > 2:
        return "\n".join(paras[i] for i in rng.permutation(len(paras)).tolist())
    if how == "drop" and len(paras) > 3:
        k = irange(rng, 1, len(paras) - 2)
        return "\n".join(paras[:k] + paras[k + 1:])
    return answer[: max(80, int(len(answer) * float(rng.uniform(0.35, 0.7))))]


def judge_prompt(rng: np.random.Generator, voice: str, question: str, answer: str) -> str:
    a_full = clip(answer, 250, 1400, rng)
    b_full = corrupt(rng, a_full)
    if chance(rng, 0.5):
        a_full, b_full = b_full, a_full
    q, a, b = clip(question, 80, 700, rng), a_full, b_full
    if voice == "reference" and len(b) < len(a):  # the reference is the intact answer
        a, b = b, a
    if voice == "pointwise":
        return (f"Rate the assistant response below on a 1-10 scale for {pick(rng, _RUBRICS)}. First write a "
                f"detailed justification, then output a line 'Score: N'.\n\n[User]\n{q}\n\n[Assistant]\n{a}")
    if voice == "pairwise":
        return (f"You are comparing two assistant responses to the same user request. Decide which is better overall, "
                f"explaining your reasoning step by step, and end with [[A]], [[B]] or [[tie]].\n\n### Request\n{q}\n\n"
                f"### Response A\n{a}\n\n### Response B\n{b}")
    if voice == "json":
        aspects = picks(rng, ("accuracy", "depth", "style", "safety", "format", "coherence", "creativity"), 4)
        return ("Evaluate the response. Return JSON only: {" + ", ".join(f'"{x}": <1-5>' for x in dict.fromkeys(aspects))
                + ', "rationale": "<3-5 sentences>"}\n\nPROMPT:\n' + q + "\n\nRESPONSE:\n" + a)
    if voice == "critique":
        return (f"Write a critique of this answer listing every flaw (factual, logical, stylistic). Then write an "
                f"improved answer that fixes all of them.\n\nQuestion: {q}\n\nAnswer: {a}")
    if voice == "zh":
        return f"请作为严格的评审，对下面的回答从准确性、完整性、逻辑性三个方面打分（1-10），先给出详细理由，再给出总分。\n\n问题：{q}\n\n回答：{a}"
    if voice == "ko":
        return f"다음 답변을 정확성, 유용성, 안전성 기준으로 1~10점으로 평가하고 근거를 자세히 설명하세요.\n\n질문: {q}\n\n답변: {a}"
    # reference-guided
    return (f"Reference answer:\n{b}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nCompare the candidate with the "
            f"reference. Identify any missing or incorrect points, then grade it 0-100 and explain the grade.")


JUDGE_VOICES = ("pointwise", "pairwise", "json", "critique", "zh", "ko", "reference")


# ============================================================================================
# synthetic dataset generation (self-instruct style)

_KINDS_EN = ("instruction-response pairs", "question-answer pairs", "multi-step reasoning questions",
             "coding exercises with reference solutions", "role-play dialogues", "short essays with rubrics",
             "customer-support conversations", "trick questions with explanations")


def dataset_prompt(rng: np.random.Generator, lang: str) -> str:
    n, topic, kind = irange(rng, 5, 30), pick(rng, TOPICS), pick(rng, _KINDS_EN)
    diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "es":
        return (f"Genera {n} pares de instrucción y respuesta, variados y de nivel {pick(rng, ('básico', 'intermedio', 'avanzado'))}, "
                f"sobre {topic}. Las respuestas deben ser completas y detalladas. Formato: JSONL con claves "
                f"\"instruccion\", \"respuesta\".")
    if lang == "pt":
        return (f"Crie {n} exemplos de treinamento (pergunta + resposta longa e detalhada) sobre {topic}. Varie o estilo "
                f"das perguntas. Saída em JSON Lines com os campos pergunta e resposta.")
    if lang == "id":
        return (f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic}. Jawaban harus lengkap dan "
                f"menjelaskan langkah-langkahnya. Keluarkan dalam format JSONL.")
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết, đa dạng về chủ đề {topic}. Xuất ra dạng JSONL với các trường question, answer."
    if lang == "fr":
        return (f"Rédige {n} paires consigne/réponse sur {topic}, de difficulté variée. Chaque réponse doit être "
                f"développée (au moins un paragraphe). Format : une ligne JSON par paire.")
    if lang == "zh":
        return f"请围绕“{topic}”生成{n}条高质量的指令-回答数据，指令类型要多样，回答要详细完整。以JSONL格式输出，字段为instruction和output。"
    style = pick(rng, (0, 1, 2, 3))
    if style == 0:
        return (f"Generate {n} diverse {kind} about {topic} at {diff} level. Each response must be thorough. Output "
                f"JSON lines with keys \"instruction\", \"input\", \"output\". No commentary.")
    if style == 1:
        return (f"I need training data. Topic: {topic}. Produce {n} {kind}; make them as different from each other as "
                f"possible (tone, length, format). Number them.")
    if style == 2:
        turns = irange(rng, 3, 8)
        return (f"Write a realistic {turns}-turn conversation between a curious user and a knowledgeable AI assistant "
                f"about {topic}. The user should ask follow-ups and push back once. Format each turn as USER: / ASSISTANT:.")
    seed = pick(rng, ("Explain X to a child.", "Compare X and Y.", "Write a haiku about X.", "Debug this snippet.",
                      "Summarise the pros and cons of X.", "Plan a week-long course on X."))
    return (f"Seed task: \"{seed}\"\nCreate {n} new tasks in the same spirit but about {topic}, with different formats, "
            f"and solve each one fully.")


DATASET_LANGS = ("en", "en", "en", "es", "pt", "id", "vi", "fr", "zh")


# ============================================================================================
# low-and-slow domain experts: conversational questions inside one domain

DOMAINS = {
    "pharmacology": ("CYP3A4 inhibition and drug interactions", "loading doses vs maintenance doses",
                     "renal dose adjustment of aminoglycosides", "QT prolongation risk stacking",
                     "warfarin and INR management", "therapeutic drug monitoring of vancomycin",
                     "serotonin syndrome vs neuroleptic malignant syndrome", "bioavailability and first-pass effect",
                     "pediatric dosing by body surface area", "opioid equianalgesic conversion"),
    "tax_law": ("permanent establishment risk for remote workers", "transfer pricing documentation",
                "VAT on cross-border digital services", "controlled foreign company rules",
                "capital gains on employee stock options", "withholding tax treaty relief",
                "loss carry-forward limitations", "tax residency tie-breaker rules", "depreciation of intangibles",
                "reverse charge mechanism"),
    "structural": ("lateral-torsional buckling of steel beams", "punching shear in flat slabs",
                   "load combinations under Eurocode", "creep and shrinkage in prestressed concrete",
                   "seismic base shear calculation", "connection design for moment frames", "deflection limits",
                   "wind load on tall buildings", "pile group efficiency", "fatigue of welded details"),
    "chemistry": ("SN1 vs SN2 selectivity", "Grignard reactions with esters", "protecting groups for alcohols",
                  "aldol condensation stereochemistry", "Diels-Alder endo rule", "retrosynthesis of ibuprofen",
                  "NMR coupling constants", "oxidation states in redox titration", "buffer capacity",
                  "crystal field splitting"),
    "contracts": ("limitation of liability clauses", "force majeure after the pandemic", "indemnities vs warranties",
                  "termination for convenience", "liquidated damages enforceability", "assignment and novation",
                  "governing law and arbitration clauses", "IP ownership in consulting agreements",
                  "non-compete enforceability", "material adverse change clauses"),
    "aviation": ("minimum equipment list deferrals", "ETOPS requirements", "density altitude and takeoff performance",
                 "weight and balance envelopes", "icing certification", "RVSM airspace", "fuel planning reserves",
                 "crosswind landing technique", "CRM in abnormal procedures", "engine borescope inspections"),
    "actuarial": ("chain-ladder reserving", "credibility theory", "mortality table construction",
                  "solvency capital requirement", "loss development factors", "pricing with GLMs",
                  "reinsurance layers", "catastrophe modelling", "lapse assumptions", "IFRS 17 contractual service margin"),
    "ml": ("why Adam can generalise worse than SGD", "KV-cache memory in transformer inference",
           "label smoothing and calibration", "mixture-of-experts load balancing", "RLHF reward hacking",
           "LoRA rank selection", "speculative decoding", "contrastive learning negatives", "gradient checkpointing",
           "evaluation leakage in benchmarks"),
}

_EXPERT_VOICES = {
    "casual": lambda rng, c, ex: (
        f"hey can you explain {c} properly? like really in depth, I'm prepping for {ex}. "
        f"{pick(rng, ('examples would help', 'pls include worked examples and common mistakes', 'go step by step', 'assume I know the basics'))}"),
    "formal": lambda rng, c, ex: (
        f"Could you provide a comprehensive explanation of {c}? Please cover the underlying principles, a worked "
        f"example with realistic numbers, typical pitfalls, and how it is tested in {ex}."),
    "scenario": lambda rng, c, ex: (
        f"Scenario: a colleague in {pick(rng, CITIES)} asked me about {c} for a real case ({pick(rng, ('client', 'project', 'patient', 'audit', 'review'))} "
        f"#{irange(rng, 100, 9999)}). Walk me through how you'd reason about it from first principles and what you'd check."),
    "terse": lambda rng, c, ex: f"{c} — full explanation + example + edge cases",
    "de": lambda rng, c, ex: (
        f"Kannst du mir {c} ausführlich erklären? Bitte mit einem durchgerechneten Beispiel und typischen Fehlern."),
    "pt": lambda rng, c, ex: f"Pode me explicar {c} em detalhes? Quero entender a fundo, com exemplo prático e armadilhas comuns.",
    "es": lambda rng, c, ex: f"¿Me explicas {c} a fondo? Con un ejemplo resuelto paso a paso y los errores típicos, por favor.",
    "nonnative": lambda rng, c, ex: (
        f"Please explain me about {c}, I am not understand fully. Give detail explanation and one example with numbers, thank you."),
}
EXPERT_VOICES = tuple(_EXPERT_VOICES)
_EXAMS = ("my board exam", "an interview next week", "a certification", "a client meeting", "my thesis defence",
          "a licensing exam", "a training I have to give")


def expert_prompt(rng: np.random.Generator, domain: str, voice: str) -> str:
    c = pick(rng, DOMAINS[domain])
    text = _EXPERT_VOICES[voice](rng, c, pick(rng, _EXAMS))
    if chance(rng, 0.25):
        text += " " + pick(rng, ("Also compare with a related concept.", "Then give me 3 practice questions with answers.",
                                 "Make it long, I'll save it as notes.", "Cite the relevant standard or rule if any."))
    return text


def expert_followup(rng: np.random.Generator) -> str:
    return pick(rng, ("ok and what about the edge cases?", "can you go deeper on the second part",
                      "give another example with different numbers", "summarise that as a checklist",
                      "why exactly? explain the reasoning behind it", "what would an examiner ask about this?",
                      "and how does this differ in practice vs theory", "thanks. now 3 harder practice questions + solutions"))


# ============================================================================================
# best-of-n prompts (ordinary chat or problems), seed tags

def sample_tag(rng: np.random.Generator, style: str, k: int) -> str:
    if style == "none":
        return ""
    if style == "seed":
        return f"\n\n(seed={int(rng.integers(0, 10**5))})"
    if style == "variant":
        return f"\n\n[variant {k + 1}]"
    return f" {pick(rng, ('', ' ', '  '))}"


# ============================================================================================
# compliance rewrites and back-translation around passages

def rewrite_prompt(rng: np.random.Generator, voice: str, passage: str) -> str:
    p = clip(passage, 300, 1600, rng)
    if voice == "zh_compliance":
        return f"请将下面这段回答改写成符合国内内容合规要求的版本：保留全部技术与事实信息，删除或中性化可能涉及敏感话题的表述，语气客观。只输出改写后的中文文本。\n\n{p}"
    if voice == "zh_translate":
        return f"将下面的英文内容翻译成流畅、地道的简体中文，专业术语保留英文括注，不要省略任何内容：\n\n{p}"
    if voice == "backtrans":
        lang = pick(rng, ("Chinese", "Russian", "Vietnamese", "Arabic", "Turkish"))
        return (f"Step 1: translate the text into {lang}. Step 2: translate your {lang} version back into English. "
                f"Step 3: list every meaning shift between the original and the back-translation.\n\nText:\n{p}")
    if voice == "en_neutral":
        return (f"Rewrite the following answer for a conservative regional market: keep every fact and instruction, "
                f"remove opinions about governments, religion and public figures, and keep the same length.\n\n{p}")
    if voice == "ru":
        return f"Перепиши этот текст на русском языке нейтрально и без оценочных суждений о политике, сохранив всю фактическую информацию:\n\n{p}"
    return f"Paraphrase the text below in {pick(rng, ('formal', 'plain', 'academic', 'friendly'))} English without losing information. Output only the paraphrase.\n\n{p}"


REWRITE_VOICES = ("zh_compliance", "zh_translate", "backtrans", "en_neutral", "ru", "paraphrase")


# ============================================================================================
# continuation harvesting and multi-turn follow-ups

def continuation_prompt(rng: np.random.Generator, passage: str) -> str:
    p = clip(passage, 200, 900, rng)
    n = irange(rng, 4, 15) * 100
    return pick(rng, (
        f"Continue the following text for about {n} words. Match its style and voice exactly; do not summarise.\n\n{p}",
        f"{p}\n\n[continue writing from here, ~{n} words]",
        f"Here is the beginning of a document. Write the rest of it.\n---\n{p}",
        f"继续写下去，保持原文风格，大约{n}字：\n\n{p}",
    ))


FOLLOWUPS = ("continue", "go on", "Continue.", "keep going", "more detail please", "Elaborate on point 2.",
             "Now rewrite your previous answer as a numbered list.", "expand the last section",
             "Give a longer version.", "继续", "продолжай", "Now explain it to a 10-year-old.",
             "what are the counterarguments?", "and? finish the answer")


# ============================================================================================
# benign: evaluation team

_SUBJECTS = ("high school physics", "college chemistry", "world history", "professional accounting",
             "clinical knowledge", "computer security", "econometrics", "formal logic", "nutrition", "jurisprudence")


def eval_item(rng: np.random.Generator) -> tuple[str, float]:
    """An evaluation item and its typical completion length."""
    kind = pick(rng, ("mc", "mc", "math", "code", "open"))
    if kind == "mc":
        q = problem(rng)
        opts = [f"{chr(65 + i)}. {pick(rng, ('', '≈ ', ''))}{rng.uniform(0.01, 900):.{irange(rng, 0, 3)}f}" for i in range(4)]
        return (f"The following is a multiple choice question about {pick(rng, _SUBJECTS)}.\n\n{q}\n" + "\n".join(opts)
                + "\nAnswer with the letter only.\nAnswer:", 4.0)
    if kind == "math":
        return (f"{problem(rng)}\nPlease reason step by step, and put your final answer within \\boxed{{}}.", 650.0)
    if kind == "code":
        fn = pick(rng, ("merge_intervals", "parse_duration", "lru_cache_get", "rotate_matrix", "roman_to_int", "topo_sort"))
        return (f"Write a Python function `{fn}` satisfying the docstring and the hidden tests. Return only the code "
                f"in a single ```python block.\n\ndef {fn}(*args):\n    \"\"\"{pick(rng, ('Edge cases matter.', 'Must run in O(n log n).', 'Inputs may be empty.'))}\"\"\"", 220.0)
    return (f"{pick(rng, ('Summarise in two sentences:', 'Is the following claim true? Answer yes or no, then justify:', 'Classify the sentiment (positive/negative/neutral):'))} "
            f"{pick(rng, TOPICS)} {pick(rng, ('has improved markedly since 2010.', 'is widely misunderstood.', 'costs more than expected.'))}", 60.0)


# ============================================================================================
# benign: labelling vendor (human annotators drafting judgements)

def annotator_prompt(rng: np.random.Generator, question: str, answer: str) -> str:
    a = clip(answer, 150, 900, rng)
    return pick(rng, (
        f"pls rate this bot answer 1-5 for politeness and say why in 2 lines:\n{a}",
        f"Is this reply factually ok? Just flag anything wrong.\n\nQ: {clip(question, 40, 300, rng)}\nA: {a}",
        f"help me write a short justification for why I rated this response a {irange(rng, 1, 5)}/5 on helpfulness:\n{a}",
        f"Does this response follow the guideline 'no medical advice without disclaimer'? yes/no + reason\n\n{a}",
        f"rewrite my comment to sound more professional: \"{pick(rng, ('answer too long and misses the point', 'good but the tone is rude at the end', 'wrong date in para 2, otherwise fine'))}\"",
        f"which label fits best: {', '.join(dict.fromkeys(picks(rng, ('refusal', 'partial', 'complete', 'off-topic', 'unsafe', 'hallucination'), 4)))}?\n{a}",
    ))


# ============================================================================================
# benign: tutoring app

def tutor_prompt(rng: np.random.Generator) -> tuple[str, float]:
    grade = irange(rng, 6, 12)
    kind = pick(rng, ("math", "math", "science", "essay", "hint"))
    if kind == "math":
        return (f"You are Tuto, a friendly tutor for a grade-{grade} student. Explain how to solve this step by step "
                f"in simple words, then ask one check question.\n\nStudent's problem: {problem(rng)}", 420.0)
    if kind == "hint":
        return (f"Give the student ONE hint only, do not solve it. Problem: {problem(rng)}\nStudent's attempt: "
                f"\"{pick(rng, ('i got 42 but not sure', 'i dont know where to start', 'is it the formula with squares?', 'i divided first'))}\"", 90.0)
    if kind == "science":
        return (f"Grade {grade} student asks: {pick(rng, ('why is the sky blue', 'how do vaccines work', 'what is an ion', 'why do we have seasons', 'what does the mitochondria do', 'how does a battery store energy'))}? "
                f"Answer in under 150 words with an everyday example.", 200.0)
    return (f"Give feedback on this grade-{grade} essay paragraph about {pick(rng, TOPICS)}: structure, grammar, one "
            f"suggestion. Paragraph: \"{pick(rng, ('In my opinion it is very important because', 'There are many reasons why', 'Since ancient times people have'))} "
            f"{pick(rng, TOPICS)} {pick(rng, ('changed everything.', 'is good and bad.', 'matters to everyone in my town.'))}\"", 260.0)


# ============================================================================================
# benign: coding agent inside an IDE

_LANGS_CODE = ("ts", "py", "go", "rs", "java")


def ide_episode(rng: np.random.Generator, n_steps: int) -> list[str]:
    lang = pick(rng, _LANGS_CODE)
    mod = pick(rng, ("billing", "auth", "search", "export", "notifications", "scheduler", "webhooks"))
    first = pick(rng, (
        f"the {mod} tests are failing after my last change, can you fix it",
        f"add pagination to the {mod} endpoint, follow the existing pattern",
        f"refactor {mod}/handler.{lang} to remove the duplicated validation",
        f"why does `make test` hang in {mod}? investigate and fix",
        f"write unit tests for {mod}/service.{lang}, we're at {irange(rng, 20, 70)}% coverage",
    ))
    out = [first]
    for _ in range(1, n_steps):
        out.append(pick(rng, (
            f"Tool result (read_file {mod}/service.{lang}, lines {irange(rng, 1, 300)}-{irange(rng, 301, 600)}):\n"
            f"{pick(rng, ('export async function', 'func (s *Service)', 'def ', 'pub fn ', 'public List<'))}"
            f"{pick(rng, ('list', 'get', 'update', 'validate'))}{mod.title()}(...) {{ ... }}",
            f"Tool result (run_terminal `{pick(rng, ('npm test', 'go test ./...', 'pytest -q', 'cargo test', 'mvn -q test'))}`):\n"
            f"{irange(rng, 0, 6)} failed, {irange(rng, 10, 400)} passed\n  at {mod}.spec:{irange(rng, 10, 200)} expected "
            f"{irange(rng, 0, 50)} but got {irange(rng, 0, 50)}",
            f"Tool result (apply_diff): applied {irange(rng, 1, 6)} hunk(s) to {mod}/handler.{lang}",
            f"Tool result (grep \"{mod}\"): {irange(rng, 2, 40)} matches in {irange(rng, 1, 12)} files",
            f"Tool result (lint): {irange(rng, 0, 9)} warnings, {irange(rng, 0, 3)} errors "
            f"({pick(rng, ('no-unused-vars', 'E501', 'clippy::needless_return', 'unused import'))})",
            "User approved the change. Continue.",
        )))
    return out


# ============================================================================================
# benign: localisation service

_UI = ("Save changes", "Your order has shipped", "Reset password", "{count} items in your cart",
       "Hi {name}, your subscription renews on {date}", "Something went wrong. Please try again.",
       "Upload failed: file larger than {size} MB", "Invite teammates", "Two-factor authentication enabled",
       "Delivery window: {start}–{end}", "You have {n} unread messages", "Cancel anytime")


def l10n_prompt(rng: np.random.Generator, passage: str) -> tuple[str, float]:
    lang = pick(rng, ("de", "fr", "es", "pt", "ja", "ko", "it", "pl", "tr", "zh", "ar", "hi", "id", "vi"))
    name = LANG_NAMES[lang]
    kind = pick(rng, ("ui", "ui", "article", "qa"))
    if kind == "ui":
        strings = {f"key_{int(rng.integers(1000, 9999))}": s for s in picks(rng, _UI, irange(rng, 3, 12))}
        body = ", ".join(f'"{k}": "{v}"' for k, v in strings.items())
        return (f"Translate the values of this JSON into {name} ({lang}). Keep keys and placeholders like {{name}} "
                f"unchanged. Use the glossary: 'cart' → brand term. Return JSON only.\n{{{body}}}", 40.0 * len(strings))
    if kind == "article":
        return (f"Translate this help-center article into {name}. Keep markdown, links and product names. "
                f"Tone: friendly, formal 'you'.\n\n{clip(passage, 300, 1500, rng)}", 480.0)
    src, tgt = pick(rng, tuple(_QA_PAIRS.items()))
    lang = pick(rng, tuple(tgt))
    return (f"QA check: back-translate this {LANG_NAMES[lang]} string into English literally, then say whether it "
            f"matches the source \"{src}\". Output: back-translation; match yes/no; note.\n\n{tgt[lang]}", 45.0)


_QA_PAIRS = {
    "Save changes": {"de": "Änderungen speichern", "fr": "Enregistrer les modifications", "es": "Guardar cambios",
                     "pt": "Salvar alterações", "it": "Salva modifiche", "pl": "Zapisz zmiany"},
    "Reset password": {"de": "Passwort zurücksetzen", "fr": "Réinitialiser le mot de passe", "es": "Restablecer contraseña",
                       "tr": "Şifreyi sıfırla", "id": "Atur ulang kata sandi", "ja": "パスワードをリセット"},
    "Invite teammates": {"de": "Teammitglieder einladen", "fr": "Inviter des coéquipiers", "es": "Invitar al equipo",
                         "pt": "Convidar colegas", "ko": "팀원 초대", "zh": "邀请队友"},
    "Cancel anytime": {"de": "Jederzeit kündbar", "fr": "Résiliable à tout moment", "es": "Cancela cuando quieras",
                       "it": "Annulla quando vuoi", "vi": "Hủy bất cứ lúc nào", "pl": "Anuluj w dowolnym momencie"},
    "Your order has shipped": {"de": "Ihre Bestellung wurde versandt", "fr": "Votre commande a été expédiée",
                               "es": "Tu pedido ha sido enviado", "pt": "Seu pedido foi enviado",
                               "ja": "ご注文の商品を発送しました", "tr": "Siparişiniz kargoya verildi"},
}

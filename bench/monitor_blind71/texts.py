"""Prompt texts of blind batch 71, written fresh for this batch.

Every generator takes a `numpy` Generator and returns one prompt (or a small structure of
prompts); numbers, names, topics and wordings are drawn per call, so prompts rarely repeat unless a
caller repeats them on purpose. Ordinary human text (ShareGPT) is not here: families and kinds take
it from the batch context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import json
import re
import textwrap

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, pick, picks

G = np.random.Generator


def _r(rng: G, lo: int, hi: int) -> int:
    return int(rng.integers(lo, hi + 1))


def _typos(rng: G, s: str, p: float) -> str:
    """A person typing fast: lower-case start, dropped apostrophes, a swapped letter pair."""
    if not chance(rng, p):
        return s
    s = s[0].lower() + s[1:] if s else s
    s = s.replace("'", "") if chance(rng, 0.5) else s
    if len(s) > 12 and chance(rng, 0.6):
        i = _r(rng, 2, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s.rstrip(".") if chance(rng, 0.4) else s


def sample(rng: G, seq, k: int) -> list:
    """k distinct items of seq (all of them if it is shorter)."""
    k = min(k, len(seq))
    return [seq[i] for i in rng.choice(len(seq), size=k, replace=False).tolist()]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if len(s.strip()) > 3]


def excerpt(rng: G, text: str, lo: int, hi: int) -> str:
    """A stretch of `text` of lo..hi characters, cut at sentence ends where possible."""
    if len(text) <= lo:
        return text.strip()
    n = _r(rng, lo, min(hi, len(text)))
    start = 0 if chance(rng, 0.6) else _r(rng, 0, max(0, len(text) - n))
    cut = text[start:start + n]
    end = max(cut.rfind(". "), cut.rfind(".\n"))
    return (cut[: end + 1] if end > lo // 2 else cut).strip()


# --------------------------------------------------------------------------------------------
# shared topics

FIELDS: dict[str, tuple[str, ...]] = {
    "linear algebra": ("eigenvalues and eigenvectors", "the singular value decomposition", "change of basis",
                       "positive definite matrices", "the rank-nullity theorem", "orthogonal projections",
                       "the Jordan normal form", "Gram-Schmidt orthogonalisation"),
    "probability": ("conditional expectation", "the central limit theorem", "Markov chains", "Bayes' theorem",
                    "martingales", "the law of large numbers", "moment generating functions",
                    "the Poisson process"),
    "organic chemistry": ("SN1 versus SN2 reactions", "aromaticity", "chirality and optical activity",
                          "Grignard reagents", "the aldol condensation", "Diels-Alder reactions",
                          "protecting groups"),
    "microeconomics": ("price elasticity of demand", "Nash equilibrium", "marginal cost pricing",
                       "adverse selection", "deadweight loss", "monopsony power", "price discrimination"),
    "operating systems": ("virtual memory", "page replacement policies", "deadlock avoidance",
                          "CPU scheduling", "copy-on-write", "memory-mapped files", "file system journaling"),
    "machine learning": ("the bias-variance trade-off", "backpropagation", "self-attention", "regularisation",
                         "gradient boosting", "contrastive learning", "the EM algorithm",
                         "calibration of classifiers"),
    "cell biology": ("mitosis", "the electron transport chain", "protein folding", "signal transduction",
                     "CRISPR-Cas9 editing", "apoptosis", "membrane transport"),
    "constitutional law": ("judicial review", "the separation of powers", "proportionality analysis",
                           "federalism", "procedural due process", "standing to sue"),
    "thermodynamics": ("entropy", "the Carnot cycle", "Gibbs free energy", "phase transitions",
                       "heat engines and refrigerators", "the third law"),
    "pharmacology": ("first-pass metabolism", "drug half-life", "receptor agonists and antagonists",
                     "cytochrome P450 interactions", "bioavailability", "therapeutic index"),
    "distributed systems": ("consensus with Raft", "vector clocks", "the CAP theorem", "eventual consistency",
                            "two-phase commit", "consistent hashing", "leader election"),
    "world history": ("the fall of the Western Roman Empire", "the Meiji Restoration", "the Congress of Vienna",
                      "the partition of India", "the Hanseatic League", "the Haitian Revolution"),
    "philosophy": ("the trolley problem", "Kant's categorical imperative", "the problem of induction",
                   "functionalism about the mind", "moral luck", "the ship of Theseus"),
    "statistics": ("p-values", "confidence intervals", "bootstrap resampling", "multiple comparisons",
                   "mixed-effects models", "instrumental variables", "survival analysis"),
    "compilers": ("register allocation", "SSA form", "LR parsing", "dead code elimination",
                  "type inference", "loop-invariant code motion"),
    "macroeconomics": ("the Phillips curve", "quantitative easing", "the IS-LM model", "sovereign debt crises",
                       "purchasing power parity", "fiscal multipliers"),
}
FIELD_NAMES = tuple(FIELDS)


def concept(rng: G) -> tuple[str, str]:
    f = pick(rng, FIELD_NAMES)
    return f, pick(rng, FIELDS[f])


PERSONAS = ("a night-shift nurse in {c}", "a high-school physics teacher", "a small-business accountant in {c}",
            "a junior backend engineer", "a smallholder farmer in {c}", "a second-year law student",
            "a retiree learning to program", "a logistics coordinator", "a pharmacist in {c}",
            "a graduate student in economics", "a freelance translator", "a civil engineer in {c}",
            "a data analyst at a bank", "a primary-school headteacher", "a startup founder in {c}",
            "an emergency dispatcher", "a museum curator", "a hotel receptionist in {c}")


def persona(rng: G) -> str:
    return pick(rng, PERSONAS).format(c=pick(rng, COUNTRIES))


CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Monterrey", "Gdansk", "Mombasa", "Da Nang", "Calgary",
          "Alexandria", "Malmo", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore", "Kumasi", "Bilbao")


# --------------------------------------------------------------------------------------------
# problems (worked-reasoning targets)


def _p_tank(rng: G) -> str:
    a, b = _r(rng, 2, 9), _r(rng, 3, 12)
    c = _r(rng, max(a, b) + 2, 30)
    return (f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a drain empties a full "
            f"tank in {c} hours. The tank starts empty and all three are opened at once; after "
            f"{_r(rng, 1, 2)} hour(s) pipe B breaks. How long in total until the tank is full?")


def _p_discount(rng: G) -> str:
    p, d, t = _r(rng, 40, 480), pick(rng, (10, 15, 20, 25, 30, 35)), pick(rng, (5, 7, 8, 13, 19, 21))
    bill = (p // 50 + 2) * 50
    return (f"A coat is priced at ${p}. The shop takes {d}% off, then a further {_r(rng, 5, 15)}% off the "
            f"reduced price for members, and finally adds {t}% sales tax. {pick(rng, NAMES)} pays with "
            f"${bill}. How much change does {pick(rng, ('she', 'he', 'they'))} get, to the cent?")


def _p_table(rng: G) -> str:
    n = _r(rng, 6, 11)
    a, b = picks(rng, NAMES, 2)
    return (f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit next "
            f"to each other, and seatings that differ only by rotation count as the same?")


def _p_marbles(rng: G) -> str:
    r, g, b = _r(rng, 2, 9), _r(rng, 2, 9), _r(rng, 2, 9)
    k = _r(rng, 3, 5)
    return (f"A bag holds {r} red, {g} green and {b} blue marbles. {k} marbles are drawn without replacement. "
            f"What is the probability that all three colours appear among them? Give an exact fraction.")


def _p_modpow(rng: G) -> str:
    a, e, m = _r(rng, 3, 97), _r(rng, 100, 99999), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000))
    return f"Find the remainder when {a}^{e} is divided by {m}."


def _p_recur(rng: G) -> str:
    x, y, p, q, k = _r(rng, 1, 5), _r(rng, 1, 9), _r(rng, 2, 5), _r(rng, 1, 6), _r(rng, 8, 20)
    return (f"A sequence has a_1 = {x}, a_2 = {y} and a_(n+2) = {p}*a_(n+1) - {q}*a_n for n >= 1. "
            f"Find a closed form and the value of a_{k}.")


def _p_incircle(rng: G) -> str:
    m, n = _r(rng, 2, 6), _r(rng, 1, 5)
    m = max(m, n + 1)
    a, b = m * m - n * n, 2 * m * n
    return (f"A right triangle has legs {a} and {b}. Find the distance between the centre of its inscribed "
            f"circle and the midpoint of the hypotenuse.")


def _p_projectile(rng: G) -> str:
    v, h = _r(rng, 5, 40), _r(rng, 10, 120)
    return (f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Ignoring air resistance "
            f"(g = 9.8 m/s^2), when does it hit the ground below and how fast is it going then?")


def _p_knights(rng: G) -> str:
    a, b, c = picks(rng, NAMES, 3)
    says = (f"{a} says: \"{b} is a knave.\"", f"{b} says: \"{a} and {c} are the same kind.\"",
            f"{c} says: \"At least {pick(rng, ('one', 'two'))} of us {pick(rng, ('is a knight', 'is a knave'))}.\"",
            f"{a} says: \"{c} would call me a knight.\"")
    k = _r(rng, 2, 4)
    return ("On an island, knights always tell the truth and knaves always lie. "
            + " ".join(says[:k]) + " Determine who is a knight and who is a knave.")


def _p_code(rng: G) -> str:
    lang = pick(rng, ("Python", "Rust", "C++", "Go", "TypeScript", "Java"))
    task = pick(rng, (
        f"returns the length of the longest substring with at most {_r(rng, 2, 5)} distinct characters",
        f"counts the lattice paths from (0,0) to ({_r(rng, 5, 40)},{_r(rng, 5, 40)}) that never cross the diagonal, modulo 1e9+7",
        f"finds the minimum number of coins for an amount using the denominations {sorted(set(picks(rng, (1, 2, 3, 5, 7, 10, 25, 50), 4)))}",
        f"merges k sorted linked lists, where k can be up to {_r(rng, 10, 10000)}",
        "detects whether a directed graph given as an edge list has a cycle, and returns one if it does",
        f"computes the median of a stream of integers in O(log n) per insertion, for up to {_r(rng, 10, 900)}k values",
        f"parses a date string in any of {_r(rng, 3, 6)} common formats and normalises it to ISO 8601",
        "returns all strongly connected components of a graph in topological order",
        f"evaluates an arithmetic expression with + - * / and parentheses without using eval, for inputs up to {_r(rng, 1, 9)}0k characters",
    ))
    return f"Write a function in {lang} that {task}. State its time and space complexity and prove it correct."


def _p_interest(rng: G) -> str:
    p, r, y = _r(rng, 2, 90) * 1000, _r(rng, 2, 9) + _r(rng, 0, 3) * 0.25, _r(rng, 3, 30)
    return (f"{pick(rng, NAMES)} borrows ${p:,} at {r}% annual interest compounded monthly and repays it in equal "
            f"monthly instalments over {y} years. What is the monthly payment, and how much interest is paid "
            f"in total?")


def _p_zh(rng: G) -> str:
    kind = _r(rng, 0, 3)
    if kind == 0:
        a, b, p = _r(rng, 10, 40), _r(rng, 10, 40), _r(rng, 60, 900)
        return f"某商店把一件商品先提价{a}%，再降价{b}%，最后售价为{p}元。求这件商品的原价（精确到分）。"
    if kind == 1:
        d, v1, v2 = _r(rng, 60, 600), _r(rng, 4, 60), _r(rng, 4, 60)
        return f"甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时行{v1}千米，乙每小时行{v2}千米。出发后多少小时两人第一次相距{_r(rng, 5, 30)}千米？"
    if kind == 2:
        a, e, m = _r(rng, 3, 97), _r(rng, 100, 99999), pick(rng, (7, 11, 13, 17, 19, 23, 1000))
        return f"求 {a}^{e} 除以 {m} 的余数。"
    r, b, k = _r(rng, 3, 10), _r(rng, 3, 10), _r(rng, 3, 5)
    return f"一个袋子里有{r}个红球和{b}个白球，不放回地依次摸出{k}个球，恰好摸到{_r(rng, 1, k - 1)}个红球的概率是多少？"


def _p_es(rng: G) -> str:
    kind = _r(rng, 0, 2)
    if kind == 0:
        c1, c2 = picks(rng, CITIES, 2)
        d, v1, v2, h = _r(rng, 200, 900), _r(rng, 60, 140), _r(rng, 60, 140), _r(rng, 6, 14)
        return (f"Un tren sale de {c1} a las {h}:00 a {v1} km/h y otro sale de {c2} a las {h + 1}:30 a {v2} km/h "
                f"en sentido contrario por la misma vía. Si las ciudades están a {d} km, ¿a qué hora se cruzan?")
    if kind == 1:
        return f"Calcula el resto de dividir {_r(rng, 3, 97)}^{_r(rng, 100, 9999)} entre {pick(rng, (7, 11, 13, 17, 100))}."
    n, p, q = _r(rng, 20, 40), _r(rng, 50, 90), _r(rng, 30, 80)
    return (f"En una clase de {n} alumnos, el {p}% aprobó matemáticas y el {q}% aprobó física; {_r(rng, 1, 5)} no "
            f"aprobaron ninguna. ¿Cuántos aprobaron ambas?")


def _p_ru(rng: G) -> str:
    kind = _r(rng, 0, 2)
    if kind == 0:
        return f"Найдите остаток от деления {_r(rng, 3, 97)}^{_r(rng, 100, 9999)} на {pick(rng, (7, 11, 13, 17, 100))}."
    if kind == 1:
        a, b = _r(rng, 2, 9), _r(rng, 3, 12)
        return f"Бассейн наполняется первой трубой за {a} ч, а второй — за {b} ч. За какое время его наполнят обе трубы, если вторую открыть на {_r(rng, 1, 2)} ч позже?"
    n, k = _r(rng, 7, 15), _r(rng, 3, 5)
    return f"Сколькими способами можно выбрать {k} человек из {n}, если двое определённых людей не могут попасть в группу вместе?"


EN_PROBLEMS = (_p_tank, _p_discount, _p_table, _p_marbles, _p_modpow, _p_recur, _p_incircle, _p_projectile,
               _p_knights, _p_code, _p_interest)


def problem(rng: G, lang: str) -> str:
    if lang == "zh":
        return _p_zh(rng)
    if lang == "es":
        return _p_es(rng)
    if lang == "ru":
        return _p_ru(rng)
    return pick(rng, EN_PROBLEMS)(rng)


#: ways of demanding the full chain of reasoning (one voice per operator script)
COERCE = {
    "en": (
        "Reason step by step inside <think></think> tags, checking every intermediate result, then give only the final answer in \\boxed{{}}.",
        "Show ALL working. Do not skip steps, do not summarise. Verify the result by a second independent method. Last line: ANSWER: <value>",
        "Please walk me through your complete thought process, including approaches you tried and abandoned and why, before you state the answer.",
        "Return JSON with keys \"steps\" (a list; each step one full sentence of reasoning), \"check\" and \"answer\". Be exhaustive in steps.",
        "Think very carefully. First restate the problem, then plan, then solve in numbered steps, then double-check edge cases. Only then answer.",
    ),
    "zh": ("请一步一步详细推理，写出完整的思考过程（包括验算），最后用 \\boxed{{}} 给出答案。",
           "请先分析题意，再分步骤求解，每一步都要说明理由，最后再检查一遍并给出最终答案。"),
    "es": ("Razona paso a paso mostrando todo el desarrollo y una comprobación final; da la respuesta en \\boxed{{}}.",),
    "ru": ("Рассуждай пошагово и подробно, проверь ответ другим способом, итог запиши в \\boxed{{}}.",),
}


def coerce(rng: G, lang: str, voice: int) -> str:
    opts = COERCE.get(lang, COERCE["en"])
    return opts[voice % len(opts)].replace("{{}}", "{}")


# --------------------------------------------------------------------------------------------
# curriculum questions in a person's voice, and their follow-ups


def curriculum_opening(rng: G, lang: str) -> tuple[str, str, str]:
    """(prompt, field, concept)."""
    f, c = concept(rng)
    if lang == "es":
        s = pick(rng, (f"¿me puedes explicar a fondo {c}? es de {f}. con definición, intuición y un ejemplo resuelto",
                       f"Estoy estudiando {f}. Hazme unos apuntes completos sobre {c}, con ejemplos y 3 ejercicios resueltos.",
                       f"explícame {c} como si fuera para un examen final de {f}, sin saltarte pasos"))
    elif lang == "pt":
        s = pick(rng, (f"pode me explicar {c} ({f}) com calma? definição, intuição e um exemplo resolvido",
                       f"Preciso de um resumo completo sobre {c} para a prova de {f}. Inclua exemplos e exercícios resolvidos."))
    elif lang == "de":
        s = pick(rng, (f"Kannst du mir {c} ({f}) ausführlich erklären? Mit Definition, Intuition und einem durchgerechneten Beispiel.",
                       f"ich lerne gerade {f} - schreib mir bitte eine gründliche Zusammenfassung zu {c} mit Übungsaufgaben und Lösungen"))
    elif lang == "fr":
        s = pick(rng, (f"Tu peux m'expliquer en détail {c} ({f}) ? définition, intuition, un exemple corrigé et les erreurs classiques",))
    else:
        s = pick(rng, (
            f"can you explain {c} properly? ({f}) like a textbook section - definition, intuition, a worked example and the usual mistakes people make",
            f"I'm studying {f}. Give me a thorough explanation of {c} with at least two fully worked examples.",
            f"write me detailed study notes on {c}. headings, key formulas, examples, and 3 practice questions with full solutions",
            f"Explain {c} to me like I'm a smart first-year student. Please don't skip the maths.",
            f"I have an exam on {f} in {_r(rng, 2, 9)} days. What do I need to know about {c}? be as complete as you can",
            f"ok so I never really understood {c}. can you go through it from scratch, slowly, with an example",
        ))
    return _typos(rng, s, 0.35), f, c


def curriculum_followup(rng: G, lang: str, field: str, conc: str) -> str:
    other = pick(rng, FIELDS[field])
    if lang in ("es", "pt"):
        s = pick(rng, ("ok, profundiza en la segunda parte", "dame 3 preguntas de examen más difíciles con la solución completa",
                       f"ahora compáralo con {other}", "¿cuáles son los errores más comunes? explica por qué cada uno está mal",
                       "resume todo eso en una tabla"))
    elif lang in ("de", "fr"):
        s = pick(rng, ("ok, geh tiefer auf den zweiten Punkt ein", "gib mir 3 schwerere Prüfungsfragen mit vollständigen Lösungen",
                       f"und jetzt bitte der Vergleich mit {other}", "fasse das als Tabelle zusammen"))
    else:
        s = pick(rng, (
            "ok go deeper on the second part",
            "can you give me 3 harder exam questions on this with full worked solutions",
            f"now compare that with {other}",
            "what are the most common misconceptions here? explain why each one is wrong",
            "summarise all of that as a table",
            f"can you redo the example with different numbers, say {_r(rng, 2, 99)} and {_r(rng, 2, 99)}?",
            "what would a professor ask about this in an oral exam? answer each question too",
            "wait I don't get the step in the middle, explain it again more slowly",
            f"how is {conc} actually used in practice? give a real example",
            "thanks! can you write a longer version I can print out",
            "is there an intuitive proof or derivation? walk me through it",
        ))
    return _typos(rng, s, 0.4)


# --------------------------------------------------------------------------------------------
# agent episodes: tool specs, tasks, synthetic observations

TOOLSETS: dict[str, tuple[tuple[str, str], ...]] = {
    "travel": (("search_flights", "origin, destination, date, cabin"), ("book_flight", "offer_id, passenger"),
               ("get_weather", "city, date"), ("search_hotels", "city, check_in, nights, max_price")),
    "sql": (("list_tables", ""), ("describe_table", "name"), ("run_query", "sql"), ("export_csv", "query_id")),
    "files": (("read_file", "path"), ("write_file", "path, content"), ("run_shell", "cmd"), ("grep", "pattern, path")),
    "web": (("web_search", "query, k"), ("fetch_url", "url"), ("extract_table", "url, selector")),
    "office": (("list_events", "date_range"), ("create_event", "title, start, attendees"), ("send_email", "to, subject, body"),
               ("find_contact", "name")),
    "shop": (("search_products", "query, max_price"), ("get_reviews", "product_id"), ("add_to_cart", "product_id, qty"),
             ("checkout", "cart_id, address")),
    "finance": (("get_quote", "ticker"), ("get_history", "ticker, days"), ("place_order", "ticker, side, qty, limit"),
                ("portfolio", "")),
}


def tool_spec(toolset: str, style: int) -> str:
    tools = TOOLSETS[toolset]
    if style == 0:
        return json.dumps([{"type": "function", "function": {"name": n, "parameters": {
            "type": "object", "properties": {a.strip(): {"type": "string"} for a in args.split(",") if a.strip()}}}}
            for n, args in tools], separators=(",", ":"))
    return "\n".join(f"- {n}({args})" for n, args in tools)


def agent_task(rng: G, toolset: str) -> str:
    a, b = picks(rng, CITIES, 2)
    who = pick(rng, NAMES)
    if toolset == "travel":
        return pick(rng, (f"Find me the cheapest flight from {a} to {b} on March {_r(rng, 2, 28)} with at most one stop, and book it if under ${_r(rng, 180, 900)}.",
                          f"Plan a {_r(rng, 2, 6)}-night trip to {b} for {who}: flight from {a}, a hotel under ${_r(rng, 80, 260)}/night, and tell me if it will rain."))
    if toolset == "sql":
        return pick(rng, (f"Which {_r(rng, 3, 10)} customers had the biggest drop in order value between Q3 and Q4? Give me a table.",
                          f"Our churn dashboard says {_r(rng, 3, 19)}.{_r(rng, 0, 9)}% for {pick(rng, COUNTRIES)} last month. Check that against the raw tables.",
                          f"Find duplicate invoices (same vendor, amount and date) in the ledger since {_r(rng, 2019, 2025)} and export them."))
    if toolset == "files":
        return pick(rng, (f"The test `test_{pick(rng, ('parse', 'retry', 'auth', 'cache', 'export'))}_{_r(rng, 1, 40)}` is failing. Find out why and fix it.",
                          f"Rename the config key `{pick(rng, ('timeout', 'max_conn', 'region', 'batch'))}` to `{pick(rng, ('timeout_s', 'pool_size', 'zone', 'chunk'))}` everywhere and make sure nothing breaks.",
                          "Add a --dry-run flag to the CLI in src/cli.py and document it in the README."))
    if toolset == "web":
        return pick(rng, (f"What is the current population of {pick(rng, CITIES)} and how has it changed since 2010? Cite sources.",
                          f"Compare the three most popular open-source {pick(rng, ('vector databases', 'static site generators', 'message queues', 'CRMs'))} by licence, stars and last release."))
    if toolset == "office":
        return pick(rng, (f"Set up a 45-minute meeting with {who} and {pick(rng, NAMES)} next week when all of us are free, and email them an agenda.",
                          f"Reply to {who}'s email about the {pick(rng, ('budget', 'offsite', 'hiring plan', 'launch'))} and put the follow-ups in my calendar."))
    if toolset == "shop":
        return pick(rng, (f"Buy a {pick(rng, ('standing desk', 'mechanical keyboard', 'air purifier', 'rice cooker', 'monitor arm'))} under ${_r(rng, 60, 700)} with at least 4.3 stars and ship it to my office.",))
    return pick(rng, (f"Rebalance my portfolio so that no position is above {_r(rng, 8, 25)}%, using limit orders.",
                      f"Should I sell my {pick(rng, ('NVDA', 'ASML', 'TSM', 'MSFT', 'SAP', 'INFY'))} shares? Look at the last {_r(rng, 30, 180)} days first."))


def agent_first(rng: G, toolset: str, task: str, style: int, voice: int) -> str:
    head = ("You are an autonomous agent. Use the tools to complete the user's task. Respond with exactly one tool "
            "call as JSON {\"tool\": ..., \"args\": {...}} and a one-line rationale.",
            "SYSTEM: You can act in the environment through the functions listed. Think out loud about what to do "
            "next, then emit a function call.",
            "Task for the assistant. Tools are available (see below). Plan first, then call the best tool.")[voice % 3]
    return f"{head}\n\nTools:\n{tool_spec(toolset, style)}\n\nUser: {task}"


def _obs(rng: G, tool: str) -> dict:
    """A simulated environment's reply to one tool call (shape follows the tool)."""
    tick = pick(rng, ("NVDA", "ASML", "TSM", "MSFT", "SAP", "INFY", "BABA", "SHOP"))
    if tool == "search_flights":
        return {"offers": [{"id": f"OF{_r(rng, 1000, 9999)}", "price": _r(rng, 90, 1400), "stops": _r(rng, 0, 2),
                            "depart": f"{_r(rng, 5, 22):02d}:{pick(rng, ('05', '20', '35', '50'))}"} for _ in range(_r(rng, 1, 4))]}
    if tool in ("book_flight", "checkout", "place_order", "create_event", "send_email", "write_file", "add_to_cart"):
        return {"ok": chance(rng, 0.9), "id": f"{tool[:3].upper()}-{_r(rng, 100000, 999999)}"}
    if tool == "get_weather":
        return {"temp_c": _r(rng, -8, 34), "rain_prob": round(float(rng.uniform(0, 1)), 2)}
    if tool == "search_hotels":
        return {"hotels": [{"name": f"Hotel {pick(rng, NAMES)}", "price": _r(rng, 45, 320), "rating": round(float(rng.uniform(6.5, 9.6)), 1)}
                           for _ in range(_r(rng, 1, 4))]}
    if tool == "list_tables":
        return {"tables": sample(rng, ("orders", "customers", "invoices", "vendors", "ledger", "events", "churn_monthly"), _r(rng, 3, 6))}
    if tool == "describe_table":
        return {"columns": sample(rng, ("id", "customer_id", "region", "amount", "vendor", "created_at", "status"), _r(rng, 3, 6))}
    if tool in ("run_query", "export_csv"):
        return {"rows": [[_r(rng, 1000, 99999), pick(rng, COUNTRIES), round(float(rng.uniform(0, 1e5)), 2)] for _ in range(_r(rng, 1, 6))],
                "elapsed_ms": _r(rng, 8, 4000)}
    if tool == "read_file":
        return {"content": f"def handler(event):\n    retries = {_r(rng, 0, 9)}\n    return process(event, retries)\n"}
    if tool == "run_shell":
        return {"stdout": f"{_r(rng, 1, 60)} passed, {_r(rng, 0, 4)} failed in {_r(rng, 1, 90)}.{_r(rng, 0, 99)}s", "exit": _r(rng, 0, 1)}
    if tool == "grep":
        return {"matches": [f"src/{pick(rng, ('cli', 'core', 'io', 'api'))}.py:{_r(rng, 1, 400)}" for _ in range(_r(rng, 1, 4))]}
    if tool == "web_search":
        return {"results": [{"title": f"{pick(rng, CITIES)} {pick(rng, ('statistics', 'report', 'overview', 'census'))} {_r(rng, 2010, 2025)}",
                             "url": f"https://example-{_r(rng, 1, 999)}.org/{_r(rng, 1, 9999)}"} for _ in range(_r(rng, 2, 5))]}
    if tool in ("fetch_url", "extract_table"):
        return {"status": 200, "text": f"... population {_r(rng, 100, 9000)},{_r(rng, 100, 999)} ({_r(rng, 2010, 2025)}) ..."}
    if tool == "list_events":
        return {"free_slots": [f"2026-02-{_r(rng, 9, 27):02d}T{_r(rng, 8, 16):02d}:00" for _ in range(_r(rng, 1, 4))]}
    if tool == "find_contact":
        n = pick(rng, NAMES)
        return {"name": n, "email": f"{n.lower()}@{pick(rng, ('acme', 'globex', 'initech', 'umbrella'))}.example"}
    if tool == "search_products":
        return {"items": [{"id": f"P{_r(rng, 10000, 99999)}", "price": _r(rng, 20, 800), "stars": round(float(rng.uniform(3.1, 4.9)), 1)}
                          for _ in range(_r(rng, 1, 4))]}
    if tool == "get_reviews":
        return {"avg": round(float(rng.uniform(3, 5)), 1), "n": _r(rng, 3, 4000)}
    if tool == "get_quote":
        return {"ticker": tick, "last": round(float(rng.uniform(20, 900)), 2), "change_pct": round(float(rng.normal(0, 2)), 2)}
    if tool == "get_history":
        return {"ticker": tick, "closes": [round(float(rng.uniform(20, 900)), 2) for _ in range(_r(rng, 3, 8))]}
    return {"positions": [{"ticker": t, "weight": round(float(w), 3)} for t, w in zip(sample(rng, ("NVDA", "ASML", "TSM", "MSFT", "SAP"), 3),
                                                                                    rng.dirichlet([1, 1, 1]).tolist(), strict=True)]}


def agent_observation(rng: G, toolset: str, step: int) -> str:
    tool = pick(rng, TOOLSETS[toolset])[0]
    return f"Tool `{tool}` returned:\n{json.dumps(_obs(rng, tool))}\n\nDecide the next action. If the task is done, answer the user."


# --------------------------------------------------------------------------------------------
# general-knowledge questions (reseller operator's own harvest)


def qa_question(rng: G, lang: str) -> str:
    f, c = concept(rng)
    if lang == "zh":
        return pick(rng, (f"{c}是什么？请详细解释它的原理、应用和优缺点。", f"详细介绍一下{f}中的{c}，要有具体例子。",
                          f"请用通俗易懂的语言解释{c}，并举三个例子，最后总结要点。", f"作为{f}专家，请全面讲解{c}，分点作答，越详细越好。"))
    return pick(rng, (f"Write a comprehensive, well-structured answer: what is {c} and why does it matter in {f}?",
                      f"Explain {c} in depth with examples. Use headings.", f"Give a detailed expert-level overview of {c}.",
                      f"{c}: explain the core idea, a worked example, and common pitfalls."))


# --------------------------------------------------------------------------------------------
# grading, preference and revision


def perturb_answer(rng: G, text: str) -> str:
    """A weaker sibling of an answer: sentences dropped, shuffled, or cut short."""
    ss = sentences(text)
    if len(ss) < 3:
        return text[: max(40, len(text) // 2)]
    keep = [s for s in ss if not chance(rng, 0.3)] or ss[:2]
    if chance(rng, 0.5):
        i = _r(rng, 0, len(keep) - 1)
        j = _r(rng, 0, len(keep) - 1)
        keep[i], keep[j] = keep[j], keep[i]
    return " ".join(keep[: max(2, int(len(keep) * rng.uniform(0.5, 1.0)))])


def pairwise(rng: G, lang: str, query: str, a: str, b: str, voice: int) -> str:
    if lang == "zh":
        return (f"请作为专业评审，比较下面两个回答对用户问题的质量。\n\n[问题]\n{query}\n\n[回答A]\n{a}\n\n[回答B]\n{b}\n\n"
                "请从有用性、准确性、安全性和表达四个维度分别给出1-10分，详细说明理由，最后输出JSON：{\"A\": {...}, \"B\": {...}, \"preferred\": \"A\"或\"B\"}。")
    if lang == "ru":
        return (f"Сравни два ответа на вопрос пользователя.\n\nВопрос: {query}\n\nОтвет A:\n{a}\n\nОтвет B:\n{b}\n\n"
                "Оцени каждый по шкале 1–10 по полезности, точности, безопасности и стилю, подробно обоснуй и выведи JSON с полем preferred.")
    if lang == "de":
        return (f"Vergleiche Antwort A und Antwort B auf die folgende Nutzerfrage.\n\nFrage: {query}\n\nA:\n{a}\n\nB:\n{b}\n\n"
                "Bewerte beide auf einer Skala von 1-10 (Hilfsbereitschaft, Korrektheit, Sicherheit, Stil), begründe ausführlich und gib am Ende JSON mit \"preferred\" aus.")
    heads = ("You are an expert evaluator. Compare Response A and Response B to the user's query below.",
             "[[PAIRWISE JUDGEMENT]] Read the conversation and both candidate replies carefully.",
             "Act as an impartial judge of AI assistant quality.")
    tails = ("Score each from 1-10 on helpfulness, accuracy, harmlessness and style. Explain your reasoning in detail, "
             "then output a JSON object {\"A\": {...}, \"B\": {...}, \"preferred\": \"A\"|\"B\"}.",
             "Write a careful critique of each reply (strengths, errors, omissions), then decide. Final line must be "
             "[[A]], [[B]] or [[tie]].",
             "Give per-criterion scores (1-10) and a justification of at least three sentences per criterion, then a verdict.")
    return f"{heads[voice % 3]}\n\n[Query]\n{query}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n{tails[(voice + _r(rng, 0, 1)) % 3]}"


def rubric(rng: G, lang: str, query: str, a: str, voice: int) -> str:
    crit = sample(rng, ("factual accuracy", "completeness", "clarity", "conciseness", "safety", "instruction following",
                       "tone", "use of examples", "logical coherence", "formatting"), _r(rng, 3, 5))
    if lang == "zh":
        return f"请根据以下评分标准给回答打分（每项1-10分）并逐项给出至少两句理由：{'、'.join(crit)}。\n\n问题：{query}\n\n回答：{a}"
    lines = "\n".join(f"{i + 1}. {c} (1-10)" for i, c in enumerate(crit))
    head = ("Grade the answer below against this rubric:", "Rubric-based scoring task. Criteria:",
            "Evaluate the assistant's answer. For each criterion give a score and a justification of two or more sentences:")[voice % 3]
    return f"{head}\n{lines}\n\nQuestion: {query}\n\nAnswer:\n{a}\n\nReturn the scores as JSON after your explanation."


def revise(rng: G, lang: str, query: str, draft: str, voice: int) -> str:
    if lang == "zh":
        return f"下面是一个小模型写的初稿回答。请先逐条列出其中的事实、逻辑和表达问题，然后写出一个修正所有问题的高质量完整回答。\n\n问题：{query}\n\n初稿：{draft}"
    heads = ("Below is a draft answer written by a junior assistant. First list every factual, logical or stylistic "
             "problem. Then write an improved answer that fixes all of them.",
             "Critique-and-rewrite: identify the weaknesses of the DRAFT, then produce the ideal final response.",
             "Improve this response. Explain what is wrong with it first, then give the corrected, complete version.")
    return f"{heads[voice % 3]}\n\nQuestion: {query}\n\nDraft: {draft}"


# --------------------------------------------------------------------------------------------
# synthetic instruction data

EVOL = ("adding one more constraint or requirement", "replacing general concepts with more specific ones",
        "requiring multiple-step reasoning", "increasing the depth and breadth of the inquiry",
        "adding a table or code that must be used in the answer", "making it about a rarer, more specialised case")
DOMAINS = ("personal finance", "home cooking", "Python programming", "contract law", "first aid", "gardening",
           "marketing copy", "SQL", "high-school chemistry", "travel planning", "mental health support",
           "job interviews", "climate science", "tax rules for freelancers", "car maintenance", "statistics homework",
           "Excel formulas", "poetry writing", "customer support replies", "nutrition")


def self_instruct(rng: G, lang: str, seed_prompt: str, voice: int) -> str:
    n, dom = _r(rng, 5, 20), pick(rng, DOMAINS)
    if lang == "hi":
        return f"{dom} के बारे में {n} विविध और चुनौतीपूर्ण निर्देश बनाइए जो {persona(rng)} पूछ सकता है, और हर एक का विस्तृत, उच्च-गुणवत्ता वाला उत्तर लिखिए। JSON Lines में दें (instruction, output)।"
    if lang == "pt":
        return f"Gere {n} instruções variadas e difíceis sobre {dom} que {persona(rng)} poderia pedir a um assistente, e responda cada uma de forma completa. Formato JSONL com as chaves instruction, input, output."
    if lang == "id":
        return f"Buatkan {n} instruksi yang beragam tentang {dom} yang mungkin ditanyakan oleh {persona(rng)}, beserta jawaban yang lengkap dan berkualitas tinggi. Format JSONL (instruction, output)."
    k = voice % 3
    if k == 0:
        return (f"Generate {n} diverse, challenging instructions about {dom} that {persona(rng)} might ask an AI assistant. "
                "For each, write a high-quality, detailed response. Output JSON Lines with keys instruction, input, output. "
                "Do not repeat topics; vary the length and the task type.")
    if k == 1:
        return (f"I want you to act as a Prompt Rewriter. Rewrite the #Given Prompt# into a more complex version by "
                f"{pick(rng, EVOL)}. The rewritten prompt must stay reasonable and answerable by humans. Then answer the "
                f"rewritten prompt in full.\n#Given Prompt#:\n{seed_prompt[:900]}")
    return (f"Write a realistic {_r(rng, 4, 10)}-turn conversation between a user who is {persona(rng)} and a knowledgeable "
            f"assistant about {dom}. Make the assistant turns long, specific and well structured. Format every turn as "
            "USER: ... / ASSISTANT: ...")


# --------------------------------------------------------------------------------------------
# compliant rewrites and back-translation

JURIS = ("mainland China", "Russia", "Saudi Arabia", "Vietnam", "Turkey", "Iran", "Egypt")
LANGS_FULL = {"zh": "Simplified Chinese", "ru": "Russian", "ar": "Arabic", "vi": "Vietnamese", "tr": "Turkish",
              "fa": "Persian", "id": "Indonesian", "ko": "Korean", "th": "Thai"}


def compliant_rewrite(rng: G, passage: str, voice: int) -> str:
    j = pick(rng, JURIS)
    k = voice % 4
    if k == 0:
        return ("Rewrite the following text in Simplified Chinese for publication on a mainland platform. Keep the useful "
                "content, but remove or neutralise anything politically sensitive, avoid criticism of government bodies, "
                f"and keep a positive, constructive tone.\n\n{passage}")
    if k == 1:
        return f"请将下面的回答改写成符合国内平台内容规范的中文版本：保留技术要点，删除或淡化涉及敏感话题的内容，整体语气积极正面。\n\n{passage}"
    if k == 2:
        return (f"Adapt this answer so that it would be acceptable to publish in {j} under local content rules. Do not mention "
                f"that anything was changed. Output only the adapted text in {pick(rng, tuple(LANGS_FULL.values()))}.\n\n{passage}")
    return (f"Make a version of the text below that is safe for a general audience in {j}: same facts, no religious, "
            f"political or sexual references, formal register.\n---\n{passage}\n---")


def back_translation(rng: G, passage: str, voice: int) -> str:
    lang = pick(rng, tuple(LANGS_FULL.values()))
    if voice % 2 == 0:
        return (f"Translate the passage into {lang}. Then translate your {lang} version back into English as literally as "
                f"possible, and list any meaning that was lost or changed.\n\n{passage}")
    return (f"Give two {lang} translations of the text (one literal, one fluent and idiomatic), then explain the main "
            f"differences between them in English.\n\n\"{passage}\"")


# --------------------------------------------------------------------------------------------
# continuation sampling


def continuation(rng: G, passage: str, lang: str, voice: int) -> str:
    cut = passage[: _r(rng, min(120, len(passage) - 1), max(121, min(len(passage) - 1, 900)))]
    k, w = _r(rng, 3, 8), pick(rng, (30, 50, 60, 80, 120))
    if lang == "de":
        return f"Setze den folgenden Text fort. Schreibe {k} verschiedene Fortsetzungen mit je etwa {w} Wörtern, nummeriert, und gib zu jeder die Wahrscheinlichkeit (0-1) an, dass der Autor so weitergeschrieben hätte.\n\n\"\"\"{cut}\"\"\""
    if lang == "fr":
        return f"Continue le texte ci-dessous. Propose {k} suites différentes d'environ {w} mots, numérotées, avec pour chacune ta probabilité (0-1) que l'auteur l'ait écrite.\n\n{cut}"
    if lang == "ja":
        return f"次の文章の続きを{k}通り、それぞれ約{w}語で書いてください。各案に、原文の著者がそう書いた確率（0〜1）を付けてください。\n\n{cut}"
    m = voice % 4
    if m == 0:
        return (f"Continue the following text. Write {k} different continuations of roughly {w} words, numbered 1-{k}. "
                f"After each, give the probability (0-1) that the original author wrote something like it. The "
                f"probabilities should sum to 1.\n\n\"\"\"{cut}\"\"\"")
    if m == 1:
        return (f"Predict the next sentence of this document. List the {k} most likely next sentences with your "
                f"probability for each, most likely first.\n\n{cut}")
    if m == 2:
        ws = cut.split()
        if len(ws) > 12:
            i = _r(rng, 4, len(ws) - 2)
            ws[i] = "[MASK]"
        return (f"Fill in [MASK] with the {k} most likely words or phrases and the probability of each, as JSON "
                f"{{\"candidates\": [[text, p], ...]}}.\n\n{' '.join(ws)}")
    return cut  # raw continuation, the way one prompts a base model


# ============================================================================================
# benign kinds' texts


def bench_item(rng: G, subject_lang: str) -> str:
    """One item of an evaluation lab's fixed benchmark bank."""
    if subject_lang == "mc":
        f, c = concept(rng)
        opts = sample(rng, FIELDS[f], 4)
        return (f"The following is a multiple choice question about {f}.\n\nWhich statement about {c} is correct?\n"
                + "\n".join(f"{'ABCD'[i]}. It is closely related to {o}" for i, o in enumerate(opts))
                + "\nAnswer with the letter only.")
    if subject_lang == "gsm":
        return f"Question: {pick(rng, (_p_discount, _p_tank, _p_interest, _p_marbles))(rng)}\nAnswer: Let's think step by step."
    if subject_lang == "code":
        return f"{_p_code(rng)}\nComplete the function body only; the grader runs hidden unit tests."
    lang = subject_lang
    q = {"es": _p_es, "zh": _p_zh, "ru": _p_ru}.get(lang, _p_discount)(rng)
    lead = {"es": "Pregunta", "zh": "问题", "ru": "Вопрос"}.get(lang, "Question")
    tail = {"es": "Respuesta paso a paso:", "zh": "逐步解答：", "ru": "Пошаговое решение:"}.get(lang, "Step-by-Step Answer:")
    return f"{lead}: {q}\n{tail}"


INTENTS = ("billing_dispute", "cancel_subscription", "delivery_delay", "password_reset", "upgrade_plan",
           "bug_report", "refund_request", "feature_request", "account_locked", "other")


def labelling(rng: G, text: str, project: int) -> str:
    k = project % 5
    if k == 0:
        return (f"Classify the customer message. Output JSON only: {{\"intent\": one of {list(INTENTS[project % 4:project % 4 + 6])}, "
                f"\"sentiment\": \"neg|neu|pos\", \"pii\": true|false}}.\n\nMessage: {text}")
    if k == 1:
        return (f"Pre-annotation for task #{_r(rng, 1000, 99999)}. Extract all named entities (PERSON, ORG, LOC, DATE, "
                f"PRODUCT) with character offsets as a JSON list.\n\n{text}")
    if k == 2:
        return (f"Rate the assistant reply below for helpfulness on a 1-5 Likert scale and say in one sentence why.\n"
                f"Reply: {text}\nOutput: <score>|<reason>")
    if k == 3:
        return f"Is this text toxic, spam, or fine? One word.\n\n{text}"
    return (f"Normalise this free-text field for our labelling queue: fix casing, expand abbreviations, keep meaning. "
            f"Return the normalised text only.\n{text}")


def _tc(ms: int) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def srt_block(rng: G, lines: list[str], src: str, tgt: str) -> str:
    t = _r(rng, 0, 5_400_000)
    out = []
    for i, ln in enumerate(lines):
        d = _r(rng, 900, 6500)
        text = "\n".join(textwrap.wrap(ln, 42)[:2])
        out.append(f"{i + 1}\n{_tc(t)} --> {_tc(t + d)}\n{text}")
        t += d + _r(rng, 40, 2500)
    return (f"Translate these subtitle cues from {src} to {tgt}. Keep numbering and timecodes unchanged, max 42 "
            f"characters per line, two lines per cue at most, no commentary.\n\n" + "\n\n".join(out))


def subtitle_qc(rng: G, line: str, tgt: str) -> str:
    return f"QA check: back-translate this {tgt} subtitle into English and flag any mistranslation in one line.\n{line[:160]}"


CODE_IDS = ("parse_config", "retry_with_backoff", "UserService", "render_invoice", "sync_worker", "useCart",
            "validate_schema", "RateLimiter", "migrate_0042", "handle_webhook", "LRUCache", "tokenize")


def ide_tool_output(rng: G, step: int) -> str:
    ident = pick(rng, CODE_IDS)
    k = _r(rng, 0, 5)
    if k == 0:
        return (f"<tool_result name=\"read_file\" path=\"src/{ident.lower()}.{pick(rng, ('py', 'ts', 'go', 'rs'))}\">\n"
                f"{_r(rng, 1, 300)}  def {ident}(self, payload, *, timeout={_r(rng, 1, 60)}):\n"
                f"{_r(rng, 1, 300)}      if not payload:\n{_r(rng, 1, 300)}          raise ValueError('empty')\n</tool_result>")
    if k == 1:
        return (f"<tool_result name=\"run_tests\">FAILED tests/test_{ident.lower()}.py::test_case_{_r(rng, 1, 60)} - "
                f"AssertionError: assert {_r(rng, 0, 999)} == {_r(rng, 0, 999)}\n{_r(rng, 3, 400)} passed, "
                f"{_r(rng, 1, 7)} failed in {rng.uniform(0.4, 90):.2f}s</tool_result>")
    if k == 2:
        return (f"<tool_result name=\"grep\">src/{pick(rng, ('api', 'core', 'lib', 'app'))}/{ident.lower()}.ts:"
                f"{_r(rng, 1, 900)}: export function {ident}(</tool_result>")
    if k == 3:
        return (f"<tool_result name=\"terminal\">$ {pick(rng, ('npm run build', 'cargo check', 'go vet ./...', 'pytest -x', 'mypy src'))}\n"
                f"error[E{_r(rng, 100, 999):04d}]: mismatched types in `{ident}` at line {_r(rng, 1, 500)}</tool_result>")
    if k == 4:
        return (f"<tool_result name=\"apply_patch\">Applied {_r(rng, 1, 6)} hunk(s) to src/{ident.lower()}.py "
                f"(+{_r(rng, 1, 40)} -{_r(rng, 0, 30)})</tool_result>")
    return pick(rng, (f"why is {ident} slow when the list has more than {_r(rng, 2, 99)}k items?",
                      f"add error handling to {ident} and write tests", f"refactor {ident} to be async",
                      f"explain what {ident} does", "the build is red again, can you look", "ok now commit that"))


APP_PREFIXES = ("[recipe-helper]", "[resume-bot]", "[study-buddy]", "[travel-assistant]", "[dnd-narrator]",
                "[email-polisher]", "[sql-helper]", "[fitness-coach]", "[legal-faq]", "[pet-care]", "[novel-beta]",
                "[crypto-news]", "[garden-pal]", "[lang-tutor]", "[ux-writer]", "[kids-stories]")


def assignment(rng: G, week: int, which: int) -> str:
    tasks = (
        f"Week {week} assignment {which}: Write a Python function that reads a CSV of student grades and returns the average per subject. Use only the standard library.",
        f"Week {week} lab {which}: implement binary search recursively and iteratively, and compare them.",
        f"Week {week} exercise {which}: build a Flask endpoint /todos that supports GET and POST, storing items in SQLite.",
        f"Week {week} project {which}: explain the difference between a list and a tuple in Python with examples for our class notes.",
        f"Week {week} homework {which}: write a SQL query that finds the second highest salary per department.",
        f"Week {week} task {which}: make a React component that shows a countdown timer and a reset button.",
        f"Week {week} assignment {which}: what is the time complexity of merge sort and why? show the recurrence.",
    )
    return tasks[(week * 3 + which) % len(tasks)]


def student_question(rng: G, week: int) -> str:
    return _typos(rng, pick(rng, (
        f"I got this error: {pick(rng, ('TypeError', 'KeyError', 'IndexError', 'SyntaxError', 'ModuleNotFoundError'))}: "
        f"{pick(rng, ('list index out of range', 'unsupported operand', 'invalid syntax', 'no module named flask', 'grades'))} on line {_r(rng, 3, 80)}. what does it mean",
        f"can you check my code for week {week}? it runs but the output is wrong",
        "explain recursion like im 12",
        "whats the difference between git merge and git rebase",
        "how do I read a file line by line in python",
        "my teacher said my function is not pure, what does that mean",
    )), 0.5)

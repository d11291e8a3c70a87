"""Prompt templates of blind batch 65, written fresh for this batch.

Every generator takes a numpy Generator and returns one prompt string with fresh numbers, names
and topics. Harvesting voices (campaign families) and legitimate templated traffic (benign kinds)
live side by side on purpose: the benign kinds use the same kind of structure a real evaluation
team, tutoring app or localisation vendor sends.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

FIRST = NAMES + ("Ayodele", "Beatriz", "Chidi", "Dagny", "Emeka", "Fatima", "Gustavo", "Hana", "Ivo",
                 "Jun", "Kofi", "Lucia", "Mateo", "Noor", "Olu", "Priya", "Rafael", "Sven", "Thandiwe",
                 "Ulla", "Vikram", "Wei", "Ximena", "Yusuf", "Zainab")
CITIES = ("Lagos", "Porto", "Osaka", "Tbilisi", "Quito", "Gdansk", "Cebu", "Leeds", "Accra", "Bergen",
          "Medellin", "Izmir", "Pune", "Hue", "Tartu", "Adelaide", "Curitiba", "Nairobi", "Lyon", "Busan",
          "Kraków", "Mendoza", "Rotterdam", "Tampere", "Valparaiso", "Surabaya")
GOODS = ("notebooks", "oranges", "bus tickets", "bags of cement", "USB cables", "concert tickets",
         "bottles of olive oil", "sacks of rice", "bicycle tyres", "solar panels", "mangoes", "paint cans")
LANGS = ("German", "French", "Spanish", "Brazilian Portuguese", "Japanese", "Korean", "Simplified Chinese",
         "Traditional Chinese", "Indonesian", "Vietnamese", "Turkish", "Polish", "Italian", "Dutch",
         "Swahili", "Hindi", "Arabic", "Thai", "Ukrainian", "Czech", "Romanian", "Tagalog", "Bengali",
         "Hebrew", "Greek", "Hungarian", "Finnish", "Yoruba", "Amharic", "Tamil")
SUBJECTS = ("high school biology", "college chemistry", "microeconomics", "world history", "formal logic",
            "computer security", "clinical knowledge", "moral scenarios", "astronomy", "elementary mathematics",
            "international law", "nutrition", "electrical engineering", "philosophy of mind", "marketing",
            "virology", "econometrics", "professional accounting", "human aging", "machine learning")


def money(rng: Rng, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


# ============================================================================================
# shared problem bank (used by reasoning coercion, soft-label sampling, tutoring, benchmarks)


def _p_rates(rng: Rng) -> str:
    a, b = pick(rng, FIRST), pick(rng, FIRST)
    ra, rb = irange(rng, 2, 9), irange(rng, 3, 12)
    return (f"{a} can paint a fence in {ra} hours and {b} can paint the same fence in {rb} hours. "
            f"After working together for {irange(rng, 1, 2)} hour(s), {a} leaves. How long does {b} need "
            "to finish the fence alone?")


def _p_shop(rng: Rng) -> str:
    g = pick(rng, GOODS)
    n, p, d = irange(rng, 12, 240), money(rng, 0.4, 38), irange(rng, 5, 35)
    return (f"A shop in {pick(rng, CITIES)} buys {n} {g} at {p} each and sells them with a {d}% markup. "
            f"{irange(rng, 2, 11)} of them are damaged and cannot be sold. What is the profit or loss?")


def _p_prob(rng: Rng) -> str:
    r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, 3)
    return (f"A bag holds {r} red, {b} blue and {g} green marbles. {k} marbles are drawn without "
            "replacement. What is the probability that they are all different colours"
            + (" or all the same colour?" if chance(rng, 0.4) else "?"))


def _p_seq(rng: Rng) -> str:
    a, d, q = irange(rng, 1, 40), irange(rng, 2, 17), irange(rng, 2, 4)
    seq = [a + d * i if i % 2 == 0 else (a + d * i) * q for i in range(5)]
    return f"Find the next two terms and the rule: {', '.join(map(str, seq))}, ..."


def _p_geom(rng: Rng) -> str:
    w, h = irange(rng, 3, 40), irange(rng, 3, 40)
    r = irange(rng, 1, max(1, min(w, h) // 2))
    return (f"A rectangular garden measures {w} m by {h} m. A circular pond of radius {r} m is dug "
            f"inside it and the rest is turfed at {money(rng, 2, 19)} per square metre. What does the "
            "turf cost?")


def _p_logic(rng: Rng) -> str:
    ppl = list(rng.choice(FIRST, size=4, replace=False))
    jobs = ("pilot", "baker", "nurse", "lawyer", "chemist", "farmer", "editor")
    jj = list(rng.choice(jobs, size=4, replace=False))
    return (f"{ppl[0]}, {ppl[1]}, {ppl[2]} and {ppl[3]} are a {jj[0]}, a {jj[1]}, a {jj[2]} and a {jj[3]} "
            f"in some order. {ppl[0]} is not the {jj[1]}. The {jj[2]} is older than {ppl[1]}. "
            f"{ppl[2]} and the {jj[0]} play chess every {pick(rng, ('Monday', 'Friday', 'Sunday'))}. "
            f"{ppl[3]} is neither the {jj[0]} nor the {jj[2]}. {ppl[1]} is the youngest. "
            "Who has which job?")


def _p_code(rng: Rng) -> str:
    n, m = irange(rng, 3, 30), irange(rng, 2, 9)
    op = pick(rng, ("x * x % m", "(x + i) // m", "x ^ (x >> 1)", "abs(x - m * i)", "x % m + i"))
    return (f"What does this Python function return for f({n}, {m})? Trace it carefully.\n\n"
            f"def f(n, m):\n    total = 0\n    for i in range(n):\n        x = i * {irange(rng, 2, 7)}\n"
            f"        if x % {irange(rng, 2, 5)} == 0:\n            total += {op}\n        else:\n"
            "            total -= 1\n    return total\n")


def _p_physics(rng: Rng) -> str:
    m, v, h = irange(rng, 2, 80), irange(rng, 3, 30), irange(rng, 2, 60)
    return (f"A {m} kg crate slides off a {h} m high ramp with an initial speed of {v} m/s. Friction "
            f"dissipates {irange(rng, 5, 40)}% of its mechanical energy. What is its speed at the bottom? "
            "Use g = 9.81 m/s^2.")


def _p_chem(rng: Rng) -> str:
    g = irange(rng, 5, 200)
    cmpd = pick(rng, ("calcium carbonate", "sodium bicarbonate", "magnesium oxide", "iron(III) oxide",
                      "potassium chlorate", "glucose"))
    return (f"How many grams of CO2 (or the relevant gaseous product) are produced when {g} g of {cmpd} "
            f"reacts completely? Assume {irange(rng, 60, 98)}% yield and state each step.")


def _p_dates(rng: Rng) -> str:
    d = irange(rng, 1, 28)
    mon = pick(rng, ("January", "March", "May", "August", "October", "December"))
    y = irange(rng, 1987, 2031)
    k = irange(rng, 40, 900)
    return f"What day of the week is {k} days after {mon} {d}, {y}? Explain how you count."


PROBLEMS = (_p_rates, _p_shop, _p_prob, _p_seq, _p_geom, _p_logic, _p_code, _p_physics, _p_chem, _p_dates)


def problem_en(rng: Rng) -> str:
    return pick(rng, PROBLEMS)(rng)


def problem_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 19), irange(rng, 2, 9)
    return pick(rng, (
        f"甲乙两人同时从相距{a * 10}千米的两地相向而行，甲每小时走{b}千米，乙每小时走{b + c}千米，几小时后相遇？相遇点距甲出发地多远？",
        f"一个数列的前三项是{a}, {a + b}, {a + 3 * b}，按照同样的规律，第{c + 5}项是多少？",
        f"某商品原价{a * 7}元，先提价{b}%，再降价{c * 3}%，现价比原价高还是低？差多少元？",
        f"袋中有{b}个红球和{c}个白球，任取2个，求至少有一个白球的概率。",
    ))


def problem_es(rng: Rng) -> str:
    a, b = irange(rng, 3, 90), irange(rng, 2, 15)
    return pick(rng, (
        f"Un tren sale de {pick(rng, CITIES)} a {a + 40} km/h y otro sale {b} minutos después a "
        f"{a + 65} km/h por la misma vía. ¿Cuándo alcanza el segundo tren al primero?",
        f"María tiene {a} euros y gasta el {b * 3}% en libros y un tercio de lo que le queda en comida. "
        "¿Cuánto dinero le queda?",
        f"¿Cuántos números de cuatro cifras divisibles por {b} tienen todas sus cifras distintas?",
    ))


def problem_ru(rng: Rng) -> str:
    a, b = irange(rng, 4, 70), irange(rng, 2, 12)
    return pick(rng, (
        f"Бассейн наполняется первой трубой за {a} минут, второй — за {a + b * 3} минут. За сколько "
        "минут наполнится бассейн, если открыть обе трубы?",
        f"Найдите все целые x, для которых x^2 - {b + 1}x + {b} < {a}.",
        f"В классе {a} учеников, из них {b} играют в шахматы и {b + 4} в футбол, {b - 1 if b > 1 else 1} — "
        "и в то, и в другое. Сколько учеников не играют ни во что?",
    ))


def problem_pt(rng: Rng) -> str:
    a, b = irange(rng, 5, 80), irange(rng, 2, 14)
    return pick(rng, (
        f"Uma caixa d'água de {a * 100} litros perde {b} litros por hora e recebe {b + 5} litros por hora. "
        "Partindo de metade da capacidade, em quanto tempo ela enche?",
        f"Qual é o resto da divisão de {a}^{b + 10} por {b + 3}? Justifique cada passo.",
        f"{pick(rng, FIRST)} investiu R$ {a * 250} a {irange(rng, 2, 14)}% ao mês por {b} meses e depois "
        f"retirou R$ {irange(rng, 50, 900)}. Quanto sobrou? Compare juros simples e compostos.",
    ))


def problem_de(rng: Rng) -> str:
    a, b = irange(rng, 4, 60), irange(rng, 2, 11)
    return pick(rng, (
        f"Ein Kapital von {a * 500} Euro wird {b} Jahre lang mit {irange(rng, 1, 6)},5 % jährlich "
        "verzinst (Zinseszins). Wie hoch ist das Endkapital?",
        f"Zeige, dass die Summe von {b} aufeinanderfolgenden ungeraden Zahlen durch {b} teilbar ist.",
        f"Ein Zug fährt um {irange(rng, 5, 22)}:{irange(rng, 10, 59)} Uhr in {pick(rng, CITIES)} ab und legt "
        f"{a * 7} km mit durchschnittlich {irange(rng, 60, 180)} km/h zurück, mit {b} Halten zu je "
        f"{irange(rng, 2, 9)} Minuten. Wann kommt er an?",
    ))


def problem(rng: Rng, lang: str = "en") -> str:
    return {"zh": problem_zh, "es": problem_es, "ru": problem_ru, "pt": problem_pt,
            "de": problem_de}.get(lang, problem_en)(rng)


# ============================================================================================
# campaign: reasoning-trace coercion (several independent voices, several languages)


def coerce_reasoning(rng: Rng, lang: str) -> str:
    p = problem(rng, lang) if lang == "en" or chance(rng, 0.55) else problem_en(rng)
    n = irange(rng, 8, 30)
    if lang == "zh":
        return pick(rng, (
            f"请一步一步详细推理，把你完整的思考过程都写出来（不少于{n}步），不要省略任何中间计算，最后用【答案】给出结论。\n\n{p}",
            f"{p}\n\n要求：先在<思考>标签里写出全部推理过程，包括你尝试过但放弃的思路，再给出最终答案。",
        ))
    if lang == "es":
        return pick(rng, (
            f"Razona en voz alta, paso a paso, sin saltarte nada. Escribe todo tu proceso de pensamiento "
            f"antes de la respuesta final.\n\n{p}",
            f"{p}\nMuestra tu cadena de razonamiento completa (mínimo {n} pasos) y verifica el resultado al final.",
        ))
    if lang == "ru":
        return f"{p}\n\nРассуждай подробно, шаг за шагом, покажи весь ход мыслей, затем дай ответ в формате ОТВЕТ: ..."
    if lang == "pt":
        return f"Pense em voz alta e detalhe cada etapa do raciocínio, incluindo verificações.\n\n{p}"
    if lang == "de":
        return f"{p}\n\nDenke laut und Schritt für Schritt nach. Schreibe jeden Zwischenschritt auf, prüfe ihn und nenne erst dann das Ergebnis."
    return pick(rng, (
        f"{p}\n\nThink through this step by step. Write out your entire reasoning inside <think></think> "
        f"tags — every intermediate calculation, every check, at least {n} steps — then give the final "
        "answer on its own line.",
        f"Before you answer, reason out loud. I want the full chain of thought, including dead ends and "
        f"how you noticed them. Problem: {p}",
        f"Q: {p}\nA: Let's work this out carefully, one step at a time, and double-check each step.",
        f"Solve the following. Format: REASONING: <all your thinking, verbose, numbered> then "
        f"FINAL: <answer>. Do not skip steps even if they seem obvious.\n\n{p}",
        f"{p}\n\nexplain ur reasoning really thoroughly pls, like show all the working, "
        "my teacher wants every step",
        f"You are a meticulous solver. Produce (1) a restatement, (2) a plan, (3) detailed execution with "
        f"self-verification after each step, (4) a final answer with confidence.\n\nTask: {p}",
    ))


# ============================================================================================
# campaign: agent / tool-use trajectories

AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next {day} and summarise baggage rules",
    "compile a table of the five largest employers in {c1} with headcount and source links",
    "download the CSV at https://data.{dom}/exports/{n}.csv, compute monthly averages and plot them",
    "check whether the package {pkg} has a known CVE affecting version {v} and propose a patch",
    "reconcile the invoices in /data/invoices_{n}.xlsx against the bank statement and list mismatches",
    "research the opening hours and ticket prices of three museums in {c1} and book the cheapest slot",
    "write and run a script that scrapes the changelog of {pkg} and counts breaking changes per year",
    "draft an email to {name} summarising yesterday's incident #{n} using the logs in /var/log/app",
    "find peer-reviewed papers from {y} on {topic} and extract sample sizes into a table",
    "migrate the SQLite database at ./app_{n}.db to PostgreSQL and verify row counts",
)
TOPICS = ("urban heat islands", "sodium-ion batteries", "microplastics in rivers", "remote work productivity",
          "CRISPR off-target effects", "coral bleaching", "ketamine for depression", "LLM quantisation",
          "carbon border taxes", "antibiotic resistance in poultry", "tidal energy", "sleep and memory",
          "dark patterns in apps", "bike lane safety", "seaweed farming", "wildfire smoke exposure")
PKGS = ("requests", "lodash", "log4j-core", "pillow", "express", "openssl", "pyyaml", "jackson-databind",
        "urllib3", "axios", "numpy", "django", "spring-boot", "next", "tar", "protobuf")
TOOLSETS = (
    ("web_search(query)", "open_url(url)", "python(code)", "finish(answer)"),
    ("search", "browse", "code_interpreter", "write_file", "final_answer"),
    ("bash(cmd)", "read_file(path)", "edit_file(path, patch)", "submit()"),
    ("sql(query)", "python(code)", "plot(spec)", "answer(text)"),
    ("calendar.lookup", "email.draft", "docs.search", "done"),
)


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES), c2=pick(rng, CITIES), day=pick(rng, ("Tuesday", "Thursday", "weekend")),
        dom=pick(rng, ("gov.example", "city-open.org", "stats-portal.net")), n=irange(rng, 100, 99999),
        pkg=pick(rng, PKGS), v=f"{irange(rng, 0, 9)}.{irange(rng, 0, 30)}.{irange(rng, 0, 12)}",
        name=pick(rng, FIRST), y=irange(rng, 2018, 2025), topic=pick(rng, TOPICS))


def agent_first(rng: Rng, task: str, voice: int) -> str:
    tools = pick(rng, TOOLSETS)
    if voice == 0:
        return (f"You are an autonomous agent. Available tools: {', '.join(tools)}.\nUse the format\n"
                "Thought: ...\nAction: <tool>\nAction Input: ...\nObservation: ...\n(repeat)\n"
                f"Final Answer: ...\n\nTask: {task}")
    if voice == 1:
        return (f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\nPlan first, then call one tool "
                "per turn as JSON {\"tool\": ..., \"args\": {...}}. Explain your reasoning before each call.")
    if voice == 2:
        return f"Goal: {task}. You may use: {'; '.join(tools)}. Think step by step and act."
    return (f"## Objective\n{task}\n\n## Tools\n" + "\n".join(f"- {t}" for t in tools)
            + "\n\n## Rules\nReflect after every observation. Keep a running scratchpad.")


def _observation(rng: Rng) -> str:
    kind = irange(rng, 0, 5)
    if kind == 0:
        rows = "\n".join(f"{pick(rng, FIRST)},{pick(rng, CITIES)},{irange(rng, 10, 9999)},"
                         f"{money(rng, 1, 999)}" for _ in range(irange(rng, 3, 9)))
        return f"name,city,id,amount\n{rows}"
    if kind == 1:
        return "\n".join(f"[{i + 1}] {pick(rng, TOPICS).title()} — {pick(rng, CITIES)} Times, "
                         f"{irange(rng, 2019, 2025)}: {irange(rng, 2, 95)}% of respondents ..."
                         for i in range(irange(rng, 3, 6)))
    if kind == 2:
        return (f"Traceback (most recent call last):\n  File \"main.py\", line {irange(rng, 3, 400)}, in "
                f"<module>\n    df = pd.read_csv(path)\n{pick(rng, ('KeyError', 'ValueError', 'FileNotFoundError'))}: "
                f"'{pick(rng, ('date', 'amount', 'id', 'region'))}'")
    if kind == 3:
        return (f"HTTP {pick(rng, (200, 200, 200, 403, 404, 302))} — {irange(rng, 1, 90)} KB\n"
                f"<title>{pick(rng, CITIES)} {pick(rng, ('Museum', 'Airport', 'City Council', 'Library'))}</title> "
                f"Opening hours: {irange(rng, 7, 10)}:00–{irange(rng, 16, 22)}:00 ...")
    if kind == 4:
        return f"exit code {irange(rng, 0, 2)}\n" + "\n".join(
            f"{pick(rng, ('PASS', 'PASS', 'FAIL'))} test_{pick(rng, ('parse', 'load', 'merge', 'auth'))}_{irange(rng, 1, 40)}"
            for _ in range(irange(rng, 2, 8)))
    return f"{irange(rng, 0, 30)} rows returned. First: ({irange(rng, 1, 999)}, '{pick(rng, FIRST)}', {money(rng, 0, 500)})"


def agent_step(rng: Rng, voice: int) -> str:
    obs = _observation(rng)
    if voice == 0:
        return f"Observation: {obs}\nThought:"
    if voice == 1:
        return f"<tool_result>\n{obs}\n</tool_result>\nContinue. Reason about the result before the next call."
    if voice == 2:
        return f"Tool output:\n{obs}\n\nWhat next?"
    return f"### Observation\n```\n{obs}\n```\nUpdate the scratchpad and decide the next action."


# ============================================================================================
# campaign: back-translation / parallel text harvesting

_SUBJ = ("The municipal council", "Our support team", "The pharmacist", "A spokesperson for the airline",
         "The landlord", "My grandmother", "The new firmware", "Researchers at the institute", "The referee",
         "Customs officers", "The delivery driver", "The tenant association", "Your insurance policy")
_VERB = ("announced that", "confirmed that", "warned that", "explained why", "promised that",
         "denied that", "pointed out that", "is worried that", "reported that")
_CLAUSE = ("the bridge will stay closed until {month}", "refunds take up to {n} working days",
           "the dosage should not exceed {n} mg per day", "flights to {city} were cancelled because of fog",
           "the rent increases by {n} percent next year", "the recipe needs twice as much garlic",
           "the update fixes a battery drain on older phones", "{n} samples showed elevated lead levels",
           "the second goal was offside", "parcels over {n} kg need a declaration",
           "the package was left with a neighbour", "the heating has not worked since {month}",
           "water damage is only covered if reported within {n} days")
_TAIL = ("", " Nobody has said what happens next.", " Further details will follow.",
         " This was not the first time.", " Please keep this letter for your records.",
         " The decision surprised many residents.", " Questions can be sent by email.")
MONTHS = ("March", "June", "September", "November", "the end of the month", "spring")


def source_sentence(rng: Rng) -> str:
    c = pick(rng, _CLAUSE).format(month=pick(rng, MONTHS), n=irange(rng, 2, 60), city=pick(rng, CITIES))
    s = f"{pick(rng, _SUBJ)} {pick(rng, _VERB)} {c}.{pick(rng, _TAIL)}"
    if chance(rng, 0.35):
        c2 = pick(rng, _CLAUSE).format(month=pick(rng, MONTHS), n=irange(rng, 2, 60), city=pick(rng, CITIES))
        s += f" {pick(rng, _SUBJ)} also {pick(rng, _VERB)} {c2}."
    return s


def back_translation(rng: Rng, voice: int) -> str:
    s, lang = source_sentence(rng), pick(rng, LANGS)
    if voice == 0:
        return f"Translate into {lang}:\n{s}"
    if voice == 1:
        l2 = pick(rng, LANGS)
        return (f"Translate the text into {lang}, then translate your {lang} version back into English "
                f"and into {l2}. Return three labelled blocks.\n\n{s}")
    if voice == 2:
        return (f"Give {irange(rng, 2, 5)} different {lang} translations of this sentence: one formal, "
                f"one colloquial, the others as you see fit.\n\"{s}\"")
    if voice == 3:
        return f"can you put this in {lang.lower()} for me? {s.lower()}"
    if voice == 4:
        return f"Traduis en {pick(rng, ('allemand', 'espagnol', 'japonais', 'arabe', 'russe'))} : {s}"
    return (f"Paraphrase in English ({pick(rng, ('simpler', 'more formal', 'shorter', 'more polite'))}), "
            f"then translate the paraphrase into {lang}.\n{s}")


# ============================================================================================
# campaign: soft-label / best-of-n items (multiple choice with fresh numbers)


def mcq(rng: Rng) -> tuple[str, list[str]]:
    kind = irange(rng, 0, 3)
    if kind == 0:
        a, b = irange(rng, 12, 99), irange(rng, 3, 19)
        right = a * b
        opts = [right, right + b, right - irange(rng, 1, 9), a + b * 10]
        q = f"What is {a} × {b}?"
    elif kind == 1:
        x = irange(rng, 2, 30)
        q = f"If 3x + {x} = {3 * x + x}, and y = 2x − {x // 2}, what is y?"
        right = 2 * x - x // 2
        opts = [right, right + 2, x, 3 * x]
    elif kind == 2:
        subj = pick(rng, SUBJECTS)
        q = (f"In {subj}, which of the following statements about {pick(rng, TOPICS)} is most defensible "
             f"given a study of n = {irange(rng, 40, 4000)}?")
        opts = ["It establishes causation", "It shows an association only", "It is invalid without a control",
                "It proves the null hypothesis"]
    else:
        nm = pick(rng, FIRST)
        q = (f"{nm} reads that {pick(rng, _CLAUSE).format(month=pick(rng, MONTHS), n=irange(rng, 2, 60), city=pick(rng, CITIES))}. "
             "What is the best inference?")
        opts = ["The source is unreliable", "Plans may need to change", "Nothing follows", "The opposite is true"]
    opts = [str(o) for o in opts]
    order = rng.permutation(4).tolist()
    return q, [opts[i] for i in order]


def soft_label(rng: Rng, q: str, opts: list[str], voice: int) -> str:
    body = q + "\n" + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    if voice == 0:
        return (f"{body}\n\nReturn JSON: {{\"answer\": <letter>, \"probs\": {{\"A\": p, \"B\": p, \"C\": p, "
                "\"D\": p}}}} where probs are your calibrated probabilities summing to 1.")
    if voice == 1:
        return f"{body}\n\nAnswer with a letter, then rate your confidence 0-100 for EACH option."
    if voice == 2:
        return f"{body}\nExplain briefly, then answer."
    return (f"Question:\n{body}\n\nFirst think, then output 'Answer: X'. Also list how plausible each "
            "distractor is on a 1-5 scale.")


# ============================================================================================
# campaign: curriculum harvesting disguised as a curious learner

CURRICULA = {
    "statistics": ("the central limit theorem", "bootstrap confidence intervals", "Bayesian updating",
                   "the bias-variance trade-off", "maximum likelihood estimation", "survival analysis",
                   "multiple testing corrections", "instrumental variables", "mixed-effects models",
                   "the Kalman filter", "Markov chain Monte Carlo", "propensity score matching"),
    "organic chemistry": ("SN1 vs SN2 mechanisms", "aromaticity", "Diels-Alder reactions",
                          "Grignard reagents", "chirality and optical activity", "aldol condensation",
                          "protecting groups", "NMR splitting patterns", "E1 and E2 eliminations"),
    "distributed systems": ("Raft consensus", "vector clocks", "CRDTs", "two-phase commit",
                            "consistent hashing", "the CAP theorem", "leader leases", "gossip protocols",
                            "exactly-once delivery", "Byzantine fault tolerance"),
    "contract law": ("consideration", "promissory estoppel", "the parol evidence rule", "frustration of purpose",
                     "liquidated damages", "offer and acceptance", "misrepresentation", "implied terms"),
    "pharmacology": ("first-pass metabolism", "volume of distribution", "CYP450 interactions",
                     "therapeutic index", "receptor agonism and antagonism", "half-life and dosing intervals",
                     "bioavailability", "drug tolerance"),
    "macroeconomics": ("the Taylor rule", "liquidity traps", "Ricardian equivalence", "the Phillips curve",
                       "sovereign debt crises", "purchasing power parity", "quantitative easing"),
    "compilers": ("SSA form", "register allocation by graph colouring", "LR parsing", "loop-invariant code motion",
                  "escape analysis", "tail-call optimisation", "type inference (Hindley-Milner)"),
}


def curriculum(rng: Rng, field: str, idx: int, voice: int) -> str:
    items = CURRICULA[field]
    c = items[idx % len(items)]
    if idx >= len(items):
        c = f"{c} ({pick(rng, ('revisiting it', 'second pass, more rigour this time', 'focus on applications', 'at a more advanced level', 'with a real-world case', 'the parts I skipped'))})"
    if voice == 0:
        return (f"I'm studying {field} on my own. Could you explain {c} properly — intuition first, then the "
                f"formal treatment, a derivation if there is one, common misconceptions, and "
                f"{irange(rng, 2, 4)} worked examples with full solutions?")
    if voice == 1:
        return f"explain {c} like a grad-level lecture, with examples and practice problems + answers"
    if voice == 2:
        return (f"Can you write me study notes on {c} ({field})? I have an exam in {irange(rng, 2, 19)} days. "
                "Include everything I would need and some tricky exam-style questions with solutions.")
    return (f"What is {c}, really? Textbooks lose me. Go deep, I've got time — and please show the maths "
            "step by step.")


def followup(rng: Rng, field: str, idx: int) -> str:
    c = CURRICULA[field][max(0, idx - 1) % len(CURRICULA[field])]
    if chance(rng, 0.5):
        return pick(rng, FOLLOWUPS)
    return pick(rng, (
        f"wait, how does {c} relate to what we did before?",
        f"Can you show a worked example of {c} with actual numbers (say {irange(rng, 3, 500)})?",
        f"What would a typical exam question on {c} look like? Include a model answer.",
        f"I still don't get one part of {c}. Can you explain it a different way, slower?",
        f"Give me {irange(rng, 3, 8)} practice problems on {c} with detailed solutions.",
    ))


FOLLOWUPS = ("Can you go deeper on the derivation part?", "Now give me a harder example with a full solution.",
             "What are the edge cases where this breaks down?", "ok that makes sense. what about the proof?",
             "Could you make me 5 practice questions with worked answers?",
             "How would a professor test this in an exam? Give model answers.",
             "Compare that with the closely related idea, in a table.", "thanks! can you summarise as flashcards?")


# ============================================================================================
# campaign: continuation harvesting and safe rewrites (reseller tenants)


def continuation(rng: Rng, passage: str, voice: int) -> str:
    cut = max(80, int(len(passage) * rng.uniform(0.25, 0.6)))
    head = passage[:cut]
    if voice == 0:
        return f"Continue the following text exactly where it stops. Match the style.\n\n{head}"
    if voice == 1:
        return f"{head}"
    if voice == 2:
        return f"Complete this answer (it was cut off):\n\"\"\"\n{head}\n\"\"\""
    return f"Here's the start of a response. Write the rest, at least {irange(rng, 300, 900)} words:\n{head}"


def safe_rewrite(rng: Rng, passage: str) -> str:
    head = passage[: int(rng.integers(300, 1500))]
    aud = pick(rng, ("a family audience", "a corporate knowledge base", "teenagers", "a government FAQ",
                     "a conservative publisher", "a kids' education app"))
    return pick(rng, (
        f"Rewrite the following so it is appropriate for {aud}: remove anything controversial but keep "
        f"the information.\n\n{head}",
        f"Make this text policy-safe and neutral in tone for {aud}. Keep length similar.\n---\n{head}",
    ))


# ============================================================================================
# campaign: synthetic instruction data (self-instruct, evol, persona)

DOMAINS = ("personal finance", "SQL", "gardening", "travel planning", "legal letters", "biology homework",
           "Rust programming", "customer support", "cooking", "fitness", "poetry", "data cleaning in pandas",
           "negotiation", "cybersecurity basics", "physics puzzles", "HR policies", "music theory")
PERSONAS = ("a retired ship engineer learning Python", "a nurse on night shifts", "a high-school debate coach",
            "a small bakery owner in {city}", "a PhD student in hydrology", "a freelance translator",
            "a ten-year-old who loves dinosaurs", "a logistics manager", "a first-time landlord",
            "an amateur astronomer in {city}")
SEED_TASKS = ("Write a haiku about {x}.", "Explain {x} to a beginner.", "Give three arguments for and against {x}.",
              "Convert this recipe to metric units.", "Find the bug in this loop.", "Summarise the plot of a film about {x}.",
              "Write a polite complaint about {x}.", "Create a weekly plan for learning {x}.")


def self_instruct(rng: Rng, voice: int) -> str:
    dom, k = pick(rng, DOMAINS), irange(rng, 5, 20)
    if voice == 0:
        ex = "\n".join(f"{i + 1}. {pick(rng, SEED_TASKS).format(x=pick(rng, TOPICS))}" for i in range(3))
        return (f"Here are some example tasks:\n{ex}\n\nCome up with {k} new, diverse tasks about {dom}. For "
                "each, write an ideal, detailed response. Output JSON lines with keys instruction, input, output.")
    if voice == 1:
        inst = pick(rng, SEED_TASKS).format(x=pick(rng, TOPICS))
        how = pick(rng, ("add a constraint", "require multi-step reasoning", "make it more specific",
                         "add a table as input", "deepen the question", "change the domain to " + dom))
        return (f"I want you to act as an instruction rewriter. Rewrite the instruction below to be harder "
                f"({how}), then answer the rewritten instruction in full.\n#Instruction#: {inst}")
    if voice == 2:
        per = pick(rng, PERSONAS).format(city=pick(rng, CITIES))
        return (f"Persona: {per}, currently dealing with {pick(rng, TOPICS)} and {dom}.\nWrite "
                f"{irange(rng, 2, 6)} questions this person might realistically ask an AI assistant, and then "
                f"answer each one as the best possible assistant would (about {irange(rng, 2, 8) * 50} words each).")
    if voice == 3:
        return (f"Generate a multi-turn dialogue ({irange(rng, 4, 10)} turns) between {pick(rng, FIRST)}, a user "
                f"from {pick(rng, COUNTRIES)}, and a helpful assistant about {dom} (angle: {pick(rng, TOPICS)}). The assistant must be exceptionally thorough. Format as "
                "USER:/ASSISTANT: lines.")
    return (f"Erstelle {k} abwechslungsreiche Aufgaben zum Thema {dom} (Schwerpunkt: {pick(rng, TOPICS)}) mit "
            f"ausführlichen Musterlösungen im JSON-Format (aufgabe, loesung), Niveau {irange(rng, 1, 5)} von 5.")


# ============================================================================================
# campaign: rubric grading / preference labels


def rubric(rng: Rng, answer: str, other: str, voice: int) -> str:
    a = answer[: int(rng.integers(250, 1400))]
    b = other[: int(rng.integers(250, 1400))]
    crit = ", ".join(rng.choice(["helpfulness", "factual accuracy", "harmlessness", "conciseness",
                                 "instruction following", "tone", "completeness", "reasoning quality"],
                                size=irange(rng, 2, 5), replace=False).tolist())
    if voice == 0:
        return (f"Rate the response below from 1 to 10 on each of: {crit}. Give a one-paragraph justification "
                f"per criterion and an overall score. Output JSON.\n\n[RESPONSE]\n{a}")
    if voice == 1:
        return (f"Which response is better? Consider {crit}.\n\n<response_a>\n{a}\n</response_a>\n"
                f"<response_b>\n{b}\n</response_b>\n\nReply with {{\"winner\": \"A\"|\"B\"|\"tie\", "
                "\"margin\": 1-5, \"rationale\": \"...\"}.")
    if voice == 2:
        return (f"Critique this answer like a strict reviewer, list every flaw, then score it 1-7.\n\n{a}")
    return f"请根据以下标准（{crit}）给回答打分（1-10分），并说明理由：\n\n{a}"


# ============================================================================================
# benign: evaluation suites (a fixed item list per suite, re-run per model)


def bench_item(suite_seed: int, i: int, fmt: int) -> str:
    rng = np.random.default_rng([suite_seed, i])
    if fmt == 0:
        q, opts = mcq(rng)
        subj = pick(rng, SUBJECTS)
        return (f"The following are multiple choice questions (with answers) about {subj}.\n\n{q}\n"
                + "\n".join(f"{'ABCD'[k]}. {o}" for k, o in enumerate(opts)) + "\nAnswer:")
    if fmt == 1:
        return f"Question: {problem_en(rng)}\nLet's think step by step."
    if fmt == 2:
        fn = pick(rng, ("is_palindrome", "merge_intervals", "count_vowels", "rotate_matrix", "parse_duration",
                        "top_k_frequent", "balanced_brackets", "roman_to_int"))
        return (f"Complete the function. Only output code.\n\ndef {fn}(x):\n    \"\"\"{fn.replace('_', ' ')}; "
                f"see tests.\n    >>> {fn}({irange(rng, 0, 99)})\n    \"\"\"\n")
    return (f"{pick(rng, ('Premise', 'Context'))}: {source_sentence(rng)}\nHypothesis: {source_sentence(rng)}\n"
            "Does the premise entail the hypothesis? Answer entailment, neutral or contradiction.")


# ============================================================================================
# benign: IDE coding-agent steps

FILES = ("src/api/routes.py", "app/models/user.rb", "lib/parser.ts", "internal/cache/lru.go", "src/main.rs",
         "tests/test_billing.py", "components/Cart.tsx", "pkg/auth/jwt.go", "server/index.js", "core/Scheduler.kt")


def ide_first(rng: Rng) -> str:
    f = pick(rng, FILES)
    return pick(rng, (
        f"fix the failing test in {f}",
        f"add pagination to the list endpoint in {f}, keep the existing tests green",
        f"why does {f} throw on empty input? fix it",
        f"refactor {f} to remove the duplicated validation logic",
        f"<task>Implement retry with exponential backoff in {f}</task>\n<environment_details>cwd: /home/dev/"
        f"{pick(rng, ('shop', 'infra', 'mobile', 'billing'))}</environment_details>",
        f"write unit tests for {f}",
    ))


def ide_step(rng: Rng) -> str:
    f = pick(rng, FILES)
    k = irange(rng, 0, 4)
    if k == 0:
        body = "\n".join(f"{n:4d}  " + pick(rng, ("return x", "if not items:", "    raise ValueError(msg)",
                                                   "for row in rows:", "const res = await fetch(url);",
                                                   "err := c.Get(key)", "}", "let mut v = Vec::new();"))
                         for n in range(irange(rng, 1, 300), irange(rng, 310, 340)))
        return f"[read_file for '{f}'] Result:\n{body}"
    if k == 1:
        return (f"[execute_command] Output:\n{irange(rng, 1, 30)} passed, {irange(rng, 1, 4)} failed\nFAILED "
                f"{f}::test_{pick(rng, ('empty', 'unicode', 'timeout', 'limit'))} - AssertionError")
    if k == 2:
        return f"[apply_diff] {f}: applied {irange(rng, 1, 9)} hunks. Linter: {irange(rng, 0, 3)} warnings."
    if k == 3:
        return (f"{f}:{irange(rng, 2, 400)}:{irange(rng, 1, 60)}: error: "
                + pick(rng, ("cannot find name 'res'", "mismatched types", "undefined: ctx", "unused import"))
                + "\nPlease fix.")
    return pick(rng, ("ok looks good, now run the tests", "no, keep the old signature", "continue",
                      "also update the README", "revert that last change"))


# ============================================================================================
# benign: localisation strings

UI = ("Your order #{n} has shipped", "Delete {n} selected items?", "Welcome back, {{name}}!",
      "Password must be at least %d characters", "Free shipping on orders over {p}",
      "You have {n} unread messages", "Session expired. Please sign in again.", "Add to basket",
      "Storage almost full ({n}% used)", "Invite your team", "Payment declined — try another card",
      "Last synced {n} minutes ago", "Export as CSV", "Are you sure you want to leave this page?")


def ui_string(rng: Rng) -> str:
    s = pick(rng, UI).format(n=irange(rng, 2, 999), p=money(rng, 10, 99))
    lang = pick(rng, LANGS)
    prod = pick(rng, ("a banking app", "an e-commerce checkout", "a fitness tracker", "a B2B dashboard",
                      "a ride-hailing app", "a photo editor"))
    return pick(rng, (
        f"Translate the UI string from English to {lang}. Keep placeholders ({{{{name}}}}, %d, {{n}}) unchanged. "
        f"Context: {prod}. Max length {irange(rng, 20, 60)} characters.\nString: \"{s}\"",
        f"[{lang}] {s}",
        f"Localise for {lang} ({prod}); glossary: basket={pick(rng, ('Warenkorb', 'panier', 'cesta', 'carrello'))}. "
        f"Return only the translation.\n{s}",
    ))


# ============================================================================================
# benign: tutoring app


def tutor(rng: Rng, app: str) -> str:
    grade = pick(rng, ("6th grade", "7th grade", "8th grade", "Year 10", "Year 11", "high school", "first-year university"))
    p = problem_en(rng)
    student = pick(rng, (p, p.lower(), f"i dont get this: {p}", f"{p} (my answer was {irange(rng, 2, 300)}, is it right?)",
                         f"help with hw pls. {p}"))
    return (f"You are {app}, a patient tutor for {grade} students. Do not just give the answer: guide the "
            f"student step by step, check understanding, and keep it encouraging.\n\nStudent: {student}")


# ============================================================================================
# benign: annotation pre-labels

INTENTS = ("coding help", "writing", "factual question", "advice", "chit-chat", "math", "translation", "other")


def annotate(rng: Rng, text: str, version: str) -> str:
    t = text[:1200]
    return pick(rng, (
        f"Guidelines {version}. Classify the user message by intent ({', '.join(INTENTS)}) and toxicity "
        f"(0-3). Return JSON {{\"intent\": ..., \"toxicity\": ..., \"lang\": ...}}.\nMessage:\n{t}",
        f"Pre-label for annotators ({version}): does this message contain PII? Which spans? Output JSON list.\n{t}",
        f"Task {version}: write a one-line neutral summary of the message for the review queue.\n{t}",
    ))


# ============================================================================================
# benign: router app prompts (the router's own product features)


def app_prompt(rng: Rng, text: str) -> str:
    t = text[:1500]
    return pick(rng, (
        f"Summarise in {irange(rng, 2, 5)} bullet points:\n{t}",
        f"Rewrite more concisely:\n{t}",
        f"Suggest a title for this conversation: {t[:300]}",
        f"{t}",
    ))


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

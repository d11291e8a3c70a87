"""Prompt texts of blind batch 53, written fresh for this batch (nothing copied from the simulator,
the monitor or any earlier batch).

Every generator takes the batch's `np.random.Generator` and returns one prompt string (the last user
message as the event log records it). Numbers, names, places and topics are drawn per prompt, so
two prompts of one template rarely coincide unless a family repeats a prompt on purpose. Harvesting
texts come in several independent voices and languages; the benign kinds' texts have their own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = ("Lagos", "Leipzig", "Recife", "Pune", "Sapporo", "Puebla", "Gdansk", "Mombasa", "Da Nang",
          "Winnipeg", "Alexandria", "Malmo", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore",
          "Kumasi", "Bilbao", "Tartu", "Cork", "Tbilisi", "Oaxaca", "Kochi", "Bergen", "Perth", "Cluj")
TOPICS = ("photosynthesis", "compound interest", "the French Revolution", "plate tectonics", "TCP congestion control",
          "Bayesian updating", "supply and demand", "the immune system", "public-key cryptography",
          "the water cycle", "inflation targeting", "CRISPR gene editing", "container orchestration",
          "the Silk Road", "quantum entanglement", "urban heat islands", "sourdough fermentation",
          "the Krebs cycle", "game theory", "coral bleaching", "B-tree indexes", "monsoon formation",
          "carbon pricing", "the printing press", "gradient descent", "vaccine trials", "rent control",
          "tidal energy", "the Ottoman Empire", "microfinance", "sleep cycles", "garbage collection")
PROFESSIONS = ("nurse", "structural engineer", "tax accountant", "high-school teacher", "paralegal",
               "data analyst", "pharmacist", "logistics planner", "UX researcher", "electrician",
               "veterinarian", "journalist", "civil servant", "sommelier", "firmware developer")


def _city_pair(rng: Rng) -> tuple[str, str]:
    a = pick(rng, CITIES)
    b = pick(rng, [c for c in CITIES if c != a])
    return a, b


def _two_names(rng: Rng) -> tuple[str, str]:
    a = pick(rng, NAMES)
    b = pick(rng, [n for n in NAMES if n != a])
    return a, b


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` cut at a word boundary near a random length in [lo, hi]."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# reasoning problems (harvested with chain-of-thought coercion)


def _p_trains(rng: Rng) -> str:
    a, b = _city_pair(rng)
    d, v1, v2 = irange(rng, 180, 900), irange(rng, 55, 140), irange(rng, 40, 130)
    lag = irange(rng, 10, 95)
    return (f"A train leaves {a} for {b} at {v1} km/h. {lag} minutes later a second train leaves {b} for {a} "
            f"at {v2} km/h on the parallel track. The cities are {d} km apart. How far from {a} do they pass, "
            f"and at what time if the first one left at {irange(rng, 5, 11)}:{irange(rng, 10, 59):02d}?")


def _p_shop(rng: Rng) -> str:
    name = pick(rng, NAMES)
    n, price, pct, thr = irange(rng, 3, 19), irange(rng, 2, 48) + 0.5 * irange(rng, 0, 1), irange(rng, 5, 35), irange(rng, 40, 150)
    tax = irange(rng, 5, 21)
    return (f"{name} buys {n} items at {price:.2f} each. The shop takes {pct}% off any basket above {thr}.00, and "
            f"then adds {tax}% sales tax. {name} pays with a {irange(rng, 1, 5) * 50}.00 note. How much change?")


def _p_marbles(rng: Rng) -> str:
    r, b, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
    what = pick(rng, ("all of them are the same colour", "at least one is green", "exactly two are red",
                      "no two share a colour", "the last one drawn is blue"))
    return f"A bag holds {r} red, {b} blue and {g} green marbles. You draw {k} without replacement. What is the probability that {what}?"


def _p_code(rng: Rng) -> str:
    a, n, m, c = irange(rng, -5, 30), irange(rng, 4, 11), irange(rng, 2, 4), irange(rng, 1, 9)
    op = pick(rng, ("x = x * 2 - i", "x = (x + i) // 2", "x -= i * i", "x = x ^ i"))
    body = (f"x = {a}\nacc = []\nfor i in range({n}):\n    if i % {m} == 0:\n        {op}\n    else:\n"
            f"        x += {c}\n    acc.append(x)\nprint(x, sum(acc) % {irange(rng, 7, 97)})")
    return f"What does this Python program print? Trace the loop variable by variable.\n\n```python\n{body}\n```"


def _p_knights(rng: Rng) -> str:
    a, b = _two_names(rng)
    c = pick(rng, [n for n in NAMES if n not in (a, b)])
    s1 = pick(rng, (f"{b} is a knave", f"{b} and {c} are both knights", "at least one of us is a knave",
                    f"{c} would say I am a knight"))
    s2 = pick(rng, (f"{a} is lying", f"exactly one of {a} and {c} is a knight", f"{c} is a knave"))
    s3 = pick(rng, (f"{a} and {b} are of the same type", f"I am a knave or {b} is a knight", "none of us are knights"))
    return (f"On an island, knights always tell the truth and knaves always lie. {a} says: \"{s1}.\" {b} says: "
            f"\"{s2}.\" {c} says: \"{s3}.\" Determine who is what, or show that it is impossible.")


def _p_crt(rng: Rng) -> str:
    m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 17, 19))
    return (f"Find the smallest positive integer n with n = {irange(rng, 1, m1 - 1)} (mod {m1}), "
            f"n = {irange(rng, 1, m2 - 1)} (mod {m2}) and n > {irange(rng, 50, 900)}.")


def _p_rect(rng: Rng) -> str:
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    return (f"A rectangle has perimeter {2 * (a + b)} cm and area {a * b} cm^2. Find the length of its diagonal, "
            f"and the radius of the largest circle that fits inside it.")


def _p_work(rng: Rng) -> str:
    a, b = _two_names(rng)
    ta, tb = irange(rng, 2, 12), irange(rng, 3, 15)
    return (f"{a} can repaint the community hall alone in {ta} hours and {b} in {tb} hours. They start together, "
            f"but {b} leaves after {irange(rng, 1, 3)} hours. How long does the whole job take?")


def _p_digits(rng: Rng) -> str:
    n, s = irange(rng, 3, 5), irange(rng, 6, 20)
    cond = pick(rng, ("", " and no digit repeats", " and the number is even", " and the first digit is odd"))
    return f"How many {n}-digit positive integers have digits summing to {s}{cond}?"


def _p_stoich(rng: Rng) -> str:
    g = irange(rng, 12, 480)
    fuel = pick(rng, (("propane", "C3H8"), ("ethanol", "C2H5OH"), ("methane", "CH4"), ("butane", "C4H10")))
    return (f"How many grams of CO2 are produced by completely burning {g} g of {fuel[0]} ({fuel[1]})? "
            f"How many litres of O2 at STP are consumed?")


def _p_schedule(rng: Rng) -> str:
    k = irange(rng, 5, 8)
    letters = "ABCDEFGH"[:k]
    durs = ", ".join(f"{x}={irange(rng, 1, 9)}h" for x in letters)
    deps = []
    for i in range(1, k):
        if chance(rng, 0.6):
            deps.append(f"{letters[i]} after {letters[irange(rng, 0, i - 1)]}")
    return (f"Tasks {durs}. Dependencies: {', '.join(deps) or 'none'}. With {irange(rng, 2, 3)} workers, "
            f"what is the minimum time to finish everything? Give a schedule.")


def _p_fermi(rng: Rng) -> str:
    city = pick(rng, CITIES)
    thing = pick(rng, ("piano tuners", "bicycle repair shops", "litres of coffee drunk per day",
                       "dentists", "tonnes of bread baked per week", "taxi drivers"))
    return f"Estimate the number of {thing} in {city}. State every assumption and the arithmetic behind it."


_PROBLEMS = (_p_trains, _p_shop, _p_marbles, _p_code, _p_knights, _p_crt, _p_rect, _p_work, _p_digits,
             _p_stoich, _p_schedule, _p_fermi)


def _p_zh(rng: Rng) -> str:
    a, b = irange(rng, 3, 30), irange(rng, 2, 12)
    return pick(rng, (
        f"一个水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时。两管同时打开，多少小时能注满？",
        f"小明有{a * 3}元，买了{b}支笔，每支{irange(rng, 2, 9)}元，剩下的钱的一半买了书。他还剩多少钱？",
        f"一个数除以{b + 2}余{irange(rng, 1, b + 1)}，除以{b + 5}余{irange(rng, 1, b + 4)}，这个数最小是多少？",
    ))


def _p_es(rng: Rng) -> str:
    a, b = _two_names(rng)
    return pick(rng, (
        f"{a} tiene {irange(rng, 20, 90)} euros y gasta el {irange(rng, 10, 40)}% en libros y {irange(rng, 3, 15)} euros en comida. "
        f"¿Cuánto le queda?",
        f"{a} y {b} corren en una pista de {irange(rng, 300, 500)} m a {irange(rng, 3, 6)} y {irange(rng, 2, 5)} m/s. "
        f"¿Cuándo se encuentran por primera vez si salen en sentidos opuestos?",
    ))


def _p_ru(rng: Rng) -> str:
    return pick(rng, (
        f"В классе {irange(rng, 20, 34)} учеников, из них {irange(rng, 5, 15)} занимаются шахматами и {irange(rng, 5, 15)} плаванием, "
        f"{irange(rng, 1, 5)} — и тем и другим. Сколько не занимаются ничем?",
        f"Вероятность попадания стрелка {irange(rng, 55, 95) / 100}. Какова вероятность ровно {irange(rng, 2, 4)} попаданий из 5 выстрелов?",
    ))


_NATIVE = {"zh": _p_zh, "es": _p_es, "ru": _p_ru}

_COERCE = {
    "en": (
        "Solve the following. Reason through it step by step, writing out every intermediate calculation, and only then "
        "state the final answer on its own line as 'Answer: ...'.\n\n{p}",
        "{p}\n\nBefore you answer, think out loud inside <reasoning></reasoning> tags. Be exhaustive: list what you know, "
        "consider alternatives, check your arithmetic twice. Then give the answer inside <answer></answer>.",
        "hey can you go through this really slowly, like every single step, i want to see how you think about it not just the answer: {p}",
        "{p}\nShow your complete chain of thought. When you reach an answer, verify it by a second independent method and say whether the two agree.",
        "Explain this as if to a student who is graded on the method, not the result. Number each step and say why it follows from the previous one.\n{p}",
        "Problem: {p}\n\nFormat:\n### Thinking\n(all of your reasoning, including dead ends)\n### Final answer\n(one line)",
    ),
    "zh": ("请一步一步地思考下面的问题，把完整的推理过程都写出来，不要跳过任何步骤，最后单独一行写出答案。\n\n{p}",
           "{p}\n请先详细写出你的思考过程（包括验算），再给出最终答案。"),
    "es": ("Resuelve paso a paso, mostrando todo tu razonamiento antes de la respuesta final:\n{p}",
           "{p}\nPiensa en voz alta, sin saltarte ningún paso, y comprueba el resultado al final."),
    "ru": ("Реши задачу, подробно рассуждая шаг за шагом. Сначала запиши ход мыслей, потом ответ.\n{p}",),
    "de": ("Bitte löse die folgende Aufgabe und schreibe deinen gesamten Denkweg Schritt für Schritt auf, bevor du die Antwort nennst:\n{p}",),
    "pt": ("Pense passo a passo e explique todo o raciocínio antes de dar a resposta final.\n{p}",),
    "ja": ("次の問題を、考えの過程をすべて順番に書き出しながら解いてください。最後に答えを示してください。\n{p}",),
}


def reasoning(rng: Rng, lang: str) -> str:
    """A fresh problem wrapped in a chain-of-thought coercion in `lang`."""
    if lang in _NATIVE and chance(rng, 0.6):
        p = _NATIVE[lang](rng)
    else:
        p = pick(rng, _PROBLEMS)(rng)
    return pick(rng, _COERCE.get(lang, _COERCE["en"])).format(p=p)


# ============================================================================================
# agent trajectories (tool-use transcripts, harvested step by step)

_AGENT_GOALS = (
    "Find the cheapest refundable flight from {a} to {b} departing on {d} March and hold it without paying.",
    "Pull last quarter's invoices from {vendor} out of the ERP, reconcile them against the bank export and list mismatches.",
    "Work out why the nightly CSV export of the {svc} service drops rows when the customer name contains a comma, and propose a fix.",
    "Collect the five most-cited papers on {topic} published since {year}, and write a one-paragraph summary of each.",
    "Compare three vendors of {thing} on price, lead time and warranty and draft an email to procurement recommending one.",
    "Schedule a {k}-person meeting next week in {a} that respects everyone's calendars and book a room with a projector.",
    "Clean the attached spreadsheet of duplicate customer records and report how many were merged.",
    "Answer the support ticket from {name} about a double charge: check the payments table, refund if justified, reply.",
)
_TOOLSETS = (
    ("web_search", "open_url", "python", "finish"),
    ("sql_query", "python", "read_file", "write_file", "finish"),
    ("calendar.list", "calendar.create", "rooms.search", "email.draft", "finish"),
    ("search_flights", "hold_booking", "currency_convert", "finish"),
    ("tickets.get", "payments.lookup", "payments.refund", "tickets.reply", "finish"),
)


def agent_task(rng: Rng) -> dict:
    a, b = _city_pair(rng)
    goal = pick(rng, _AGENT_GOALS).format(
        a=a, b=b, d=irange(rng, 2, 28), vendor=pick(rng, ("Brightwell GmbH", "Osei Logistics", "Tanaka Supply", "Nordkap AS")),
        svc=pick(rng, ("billing", "orders", "crm-sync", "ledger")), topic=pick(rng, TOPICS), year=irange(rng, 2015, 2023),
        thing=pick(rng, ("industrial label printers", "office chairs", "GPU servers", "forklift batteries")),
        k=irange(rng, 3, 9), name=pick(rng, NAMES))
    return {"goal": goal, "tools": list(pick(rng, _TOOLSETS)), "id": int(rng.integers(10**5, 10**6))}


def _observation(rng: Rng, tool: str) -> str:
    if "search" in tool or tool == "open_url":
        hits = [f'{{"title": "{pick(rng, TOPICS).title()} — {pick(rng, ("overview", "pricing", "review", "notes"))}", '
                f'"url": "https://{pick(rng, ("example", "docs", "news", "wiki"))}.{pick(rng, ("org", "com", "io"))}/{int(rng.integers(10**4, 10**6))}", '
                f'"snippet": "...{irange(rng, 2, 97)} results, updated {irange(rng, 1, 28)} Jan..."}}' for _ in range(irange(rng, 2, 5))]
        return "[" + ", ".join(hits) + "]"
    if tool in ("sql_query", "payments.lookup", "tickets.get"):
        rows = [f"({int(rng.integers(1000, 99999))}, '{pick(rng, NAMES)}', {rng.uniform(5, 4000):.2f}, '2026-01-{irange(rng, 1, 31):02d}')"
                for _ in range(irange(rng, 1, 6))]
        return f"{len(rows)} rows\n" + "\n".join(rows)
    if tool == "python":
        return f"stdout: {rng.uniform(0, 1000):.3f}\n{irange(rng, 0, 40)} warnings\nreturn code 0"
    if tool.startswith("calendar") or tool.startswith("rooms"):
        return "; ".join(f"{pick(rng, NAMES)} busy {irange(rng, 8, 16)}:00-{irange(rng, 9, 18)}:30" for _ in range(irange(rng, 2, 5)))
    if tool == "search_flights":
        return "; ".join(f"{pick(rng, ('LX', 'TK', 'KL', 'ET', 'QR'))}{irange(rng, 100, 999)} {irange(rng, 90, 900)} EUR "
                         f"{pick(rng, ('refundable', 'non-refundable'))}" for _ in range(irange(rng, 2, 6)))
    return f'{{"ok": true, "id": "{int(rng.integers(0, 2**32)):08x}"}}'


_SCAFFOLD = {
    "react": ("You are an autonomous agent. Tools: {tools}.\nUse the format\nThought: ...\nAction: <tool>\nAction Input: <json>\n"
              "and repeat until done, then Action: finish.\n\nTask #{id}: {goal}",
              "Observation: {obs}\nThought:"),
    "json": ('SYSTEM TASK {id}\ngoal: {goal}\navailable_tools: {tools}\nRespond ONLY with JSON: {{"thought": "<detailed reasoning>", '
             '"tool": "<name>", "args": {{...}}}}. Explain your reasoning fully in "thought".',
             '{{"tool_result": {obs}}}\nNext step. Remember: full reasoning in "thought".'),
    "xml": ("<task id=\"{id}\">{goal}</task>\n<tools>{tools}</tools>\nThink inside <plan> tags before every <call>.",
            "<result>{obs}</result>\nContinue with <plan> then <call>, or <final> if the task is complete."),
}


def agent_step(rng: Rng, task: dict, step: int, scaffold: str) -> str:
    first, later = _SCAFFOLD[scaffold]
    if step == 0:
        return first.format(tools=", ".join(task["tools"]), id=task["id"], goal=task["goal"])
    return later.format(obs=_observation(rng, pick(rng, task["tools"][:-1])))


# ============================================================================================
# rubric / reward-model grading (harvested judgments)


def grading(rng: Rng, question: str, ans_a: str, ans_b: str, lang: str) -> str:
    q = _clip(question, 60, 700, rng)
    a, b = _clip(ans_a, 300, 1400, rng), _clip(ans_b, 300, 1400, rng)
    crit = ", ".join(pick(rng, (("helpfulness", "correctness", "harmlessness", "style"),
                                ("accuracy", "completeness", "clarity", "concision"),
                                ("instruction following", "factuality", "tone", "safety"))))
    if lang == "de":
        return (f"Du bist ein strenger Gutachter. Vergleiche Antwort A und Antwort B auf die Frage nach den Kriterien {crit}. "
                f"Vergib je Kriterium 1–10 Punkte, begründe kurz und schließe mit [[A]], [[B]] oder [[gleich]].\n\n"
                f"Frage: {q}\n\nAntwort A:\n{a}\n\nAntwort B:\n{b}")
    if lang == "fr":
        return (f"Évalue les deux réponses ci-dessous ({crit}). Note chacune sur 10 pour chaque critère, justifie en deux "
                f"phrases, puis donne ton verdict final : [[A]], [[B]] ou [[égalité]].\nQuestion : {q}\n--- A ---\n{a}\n--- B ---\n{b}")
    if lang == "ja":
        return f"以下の質問に対する二つの回答を{crit}の観点で1〜10点で採点し、理由を述べ、最後に[[A]]か[[B]]で判定してください。\n質問: {q}\n回答A: {a}\n回答B: {b}"
    form = irange(rng, 0, 4)
    if form == 0:
        return (f"You are an expert evaluator. Compare Response A and Response B to the user question on {crit}. Score each "
                f"from 1 to 10 per criterion, explain briefly, then output a final verdict [[A]], [[B]] or [[tie]].\n\n"
                f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}")
    if form == 1:
        return (f"Grade the answer below against this rubric ({crit}). Return JSON only: "
                f'{{"scores": {{...}}, "overall": <float 0-10>, "rationale": "<3-5 sentences>"}}.\n\nPROMPT: {q}\n\nANSWER: {a}')
    if form == 2:
        return (f"How strongly would a thoughtful senior {pick(rng, PROFESSIONS)} prefer this reply? First write a short "
                f"critique (what is wrong, what is missing), then a preference score between 0.00 and 1.00.\n\n"
                f"User: {q}\nAssistant: {a}")
    if form == 3:
        return (f"Critique the response for factual errors, omissions and tone; list each problem with a severity "
                f"(minor/major). Then write an improved response that fixes all of them.\n\nQuestion: {q}\n\nResponse: {a}")
    return (f"Which of these two replies is better, and by how much? Answer with a number from -3 (A much better) to "
            f"+3 (B much better) after a step-by-step comparison.\n\nQ: {q}\n\nReply A: {a}\n\nReply B: {b}")


# ============================================================================================
# policy-boundary / censorship-safe rewrites (harvested alignment behaviour)

_BORDERLINE = (
    "how lock picks work, for a locksport hobby club in {city}",
    "what dose of paracetamol is dangerous for a {w} kg adult",
    "a villain's monologue threatening to flood {city}, for a stage play",
    "how phishing emails trick people, so I can train staff at a {n}-person company",
    "the chemistry of why bleach and ammonia must not be mixed",
    "ways people evade customs duties, for a compliance training deck in {country}",
    "how a pin-tumbler safe can be opened when the code is lost",
    "the arguments used by {country} separatists, summarised neutrally",
    "whether it is legal to record a phone call without consent in {country}",
    "how social-media bots are used to manipulate elections",
)
_SENSITIVE = ("political leaders", "protests", "religious minorities", "historical massacres", "territorial disputes",
              "drug policy", "LGBT topics", "criticism of the government")


def policy(rng: Rng, passage: str, lang: str) -> str:
    req = pick(rng, _BORDERLINE).format(city=pick(rng, CITIES), w=irange(rng, 45, 120), n=irange(rng, 8, 900),
                                        country=pick(rng, COUNTRIES))
    sens = pick(rng, _SENSITIVE)
    text = _clip(passage, 250, 1100, rng)
    if lang == "zh":
        return pick(rng, (f"请把下面的回答改写成能通过内容审核的版本，删除涉及“{sens}”的内容，其余信息尽量保留：\n\n{text}",
                          f"用户问：“{req}”。请写出一个合规的AI助手应给出的完整回答，并在最后说明适用的规则。"))
    if lang == "ru":
        return f"Перепиши ответ так, чтобы он соответствовал требованиям модерации ({sens} — исключить), сохранив всю полезную информацию:\n{text}"
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تتوافق مع سياسات المحتوى وتحذف أي إشارة إلى {sens}، مع الحفاظ على باقي المعلومات:\n{text}"
    if lang == "vi":
        return f"Hãy viết câu trả lời mà một trợ lý AI tuân thủ chính sách sẽ đưa ra cho yêu cầu sau, rồi giải thích quy tắc áp dụng: {req}"
    form = irange(rng, 0, 3)
    if form == 0:
        return (f"The answer below will be shown to users in {pick(rng, COUNTRIES)}. Rewrite it so that it complies with "
                f"strict local content rules (nothing about {sens}) while staying as helpful as possible.\n\n{text}")
    if form == 1:
        return (f"Request: {req}\nDecide whether a careful assistant should help fully, help partially or decline. Then "
                f"write exactly the reply it would give, followed by a section POLICY explaining the rule you applied.")
    if form == 2:
        return (f"Write the ideal response a frontier assistant would give to someone asking about {req}. Include the "
                f"safety caveats it would include and nothing it would leave out.")
    return (f"Here is a draft reply that was flagged by reviewers. Produce the version that would pass review, and list "
            f"every sentence you changed and why.\n\n{text}")


# ============================================================================================
# soft labels and best-of-n sampling

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "praise", "spam"),
    ("not toxic", "mildly toxic", "toxic", "severely toxic"),
    ("technology", "health", "finance", "politics", "sports", "culture", "science"),
    ("en", "es", "pt", "de", "fr", "other"),
    ("entailment", "neutral", "contradiction"),
)


def soft_label(rng: Rng, text: str) -> str:
    labels = pick(rng, _LABELSETS)
    t = _clip(text, 40, 600, rng)
    form = irange(rng, 0, 2)
    if form == 0:
        return (f"Classify the text into: {', '.join(labels)}. Do not pick just one. Output a JSON object mapping every label "
                f"to your probability (three decimals, summing to 1).\n\nText: {t}")
    if form == 1:
        return (f"Text: \"{t}\"\nFor each of [{' | '.join(labels)}] give the percentage chance that a careful annotator "
                f"would choose it. Percentages only, one per line.")
    return f"List the {irange(rng, 5, 20)} most likely next words after the following text, each with your estimated probability:\n\"{t}\""


def best_of_n(rng: Rng, chat: str) -> str:
    form = irange(rng, 0, 3)
    if form == 0:
        return f"Write a {pick(rng, ('haiku', 'limerick', 'six-line poem', 'two-sentence horror story', 'product tagline'))} about {pick(rng, TOPICS)}."
    if form == 1:
        return f"Answer in one well-organised paragraph: {_clip(chat, 30, 400, rng)}"
    if form == 2:
        return f"Give a short, friendly explanation of {pick(rng, TOPICS)} for a {pick(rng, PROFESSIONS)}."
    return _clip(chat, 30, 800, rng)


# ============================================================================================
# continuation harvesting (long-form text)


def _opening(rng: Rng) -> str:
    name = pick(rng, NAMES)
    city = pick(rng, CITIES)
    return pick(rng, (
        f"{city} is a {pick(rng, ('market town', 'port city', 'university town', 'former mining town'))} in {pick(rng, COUNTRIES)}, "
        f"with a population of about {irange(rng, 12, 900)},{irange(rng, 100, 999)}. It grew up around",
        f"{city.upper()}, {irange(rng, 1, 28)} January — Officials in {city} said on {pick(rng, ('Monday', 'Tuesday', 'Friday'))} that the "
        f"{pick(rng, ('bridge', 'harbour', 'rail line', 'water plant'))} would remain closed for at least {irange(rng, 2, 14)} weeks after",
        f"The last ferry to the island left at {irange(rng, 5, 11)} o'clock, and {name} was not on it. Instead, {name} stood",
        f"Preheat the oven to {pick(rng, (180, 190, 200, 220))}°C. In a large bowl, whisk together {irange(rng, 2, 4)} eggs and",
        f"I've owned the {pick(rng, ('X200', 'Aero 5', 'Kessel Pro', 'Nimbus 2'))} for {irange(rng, 2, 18)} months now and honestly",
        f"Chapter {irange(rng, 2, 30)}\n\nThe letter from {name}'s grandmother arrived on a wet {pick(rng, ('Tuesday', 'Sunday'))} in {city}.",
        f"Abstract. We study {pick(rng, TOPICS)} in a setting where",
        f"Section {irange(rng, 2, 19)}. Obligations of the Licensee. {irange(rng, 1, 9)}.1 The Licensee shall",
    ))


def continuation(rng: Rng, passage: str, lang: str) -> str:
    prefix = _clip(passage, 150, 700, rng) if chance(rng, 0.55) else _opening(rng)
    n = pick(rng, (400, 600, 800, 1000, 1500, 2000))
    if lang == "zh":
        return f"续写下面的文字，保持原有风格，大约{n}字，不要总结：\n\n{prefix}"
    if lang == "es":
        return f"Continúa este texto con el mismo estilo, unas {n} palabras, sin comentarios:\n\n{prefix}"
    if lang == "fr":
        return f"Poursuis ce texte dans le même style (environ {n} mots), sans résumé ni commentaire :\n\n{prefix}"
    form = irange(rng, 0, 3)
    if form == 0:
        return f"Continue the text below for about {n} words, in the same style. Do not summarise, do not comment, just continue.\n\n{prefix}"
    if form == 1:
        return prefix
    if form == 2:
        return f"Here is the beginning of a document. Write the rest of it (around {n} words).\n---\n{prefix}"
    return f"{prefix}\n\n[continue]"


# ============================================================================================
# synthetic dataset generation and back-translation (a reseller's own job)

_DOMAINS = {
    "programming": ("Rust lifetimes", "SQL window functions", "React state", "bash scripting", "Go concurrency"),
    "medicine": ("dosage calculation", "triage", "drug interactions", "wound care"),
    "law": ("tenancy disputes", "employment contracts", "GDPR requests", "small claims"),
    "finance": ("budgeting", "index funds", "mortgages", "invoicing for freelancers"),
    "science": ("optics", "genetics", "thermodynamics", "ecology"),
    "everyday": ("cooking substitutions", "travel planning", "home repair", "job interviews"),
}
_AUDIENCES = ("beginners", "experts", "teenagers", "small-business owners", "non-native speakers", "retirees")
_LANGS = ("German", "Spanish", "Japanese", "Swahili", "Indonesian", "Polish", "Turkish", "Portuguese", "Korean", "Arabic")


def dataset_gen(rng: Rng, passage: str) -> str:
    dom = pick(rng, sorted(_DOMAINS))
    sub = pick(rng, _DOMAINS[dom])
    k = irange(rng, 5, 30)
    form = irange(rng, 0, 4)
    if form == 0:
        return (f"Generate {k} diverse, high-quality instruction/response pairs for training an assistant. Domain: {dom} > {sub}. "
                f"Audience: {pick(rng, _AUDIENCES)}. Output JSON Lines with fields \"instruction\" and \"response\"; responses "
                f"must be detailed (150-300 words) and correct.")
    if form == 1:
        return (f"Translate the following into {pick(rng, _LANGS)}, then translate your translation back into English, and "
                f"list the differences.\n\n{_clip(passage, 200, 900, rng)}")
    if form == 2:
        return (f"Write a realistic {irange(rng, 4, 10)}-turn conversation between a user who is a {pick(rng, PROFESSIONS)} and a "
                f"helpful AI assistant about {sub}. Format each turn as USER: / ASSISTANT:. Make the assistant thorough.")
    if form == 3:
        return f"生成{k}条关于“{sub}”的高质量问答对，面向{pick(rng, ('初学者', '专业人士', '学生'))}，用JSON格式输出，每个回答不少于200字。"
    return (f"Produce {k} hard multiple-choice questions on {sub} with four options each, the correct letter, and a "
            f"step-by-step explanation of why each wrong option is wrong.")


# ============================================================================================
# scripted multi-turn conversations (phone farm)

_OPENERS = (
    "I'm trying to understand {t}. Can you explain it from scratch?",
    "What are the main arguments for and against {t}?",
    "Help me plan a {n}-week study schedule for {t}.",
    "My {p} friend says {t} is overrated. Is that fair?",
    "Explain {t} like I'm a {p}.",
    "Quiero entender {t}. ¿Me lo explicas desde cero?",
    "Me explica {t} de forma simples, por favor?",
    "Jelaskan tentang {t} secara lengkap.",
)
_FOLLOWUPS = {
    "en": ("Can you go deeper on point {k}?", "Give me a concrete example with real numbers.", "Now argue the opposite side.",
           "Summarise everything so far in a table.", "What would an expert disagree with in your answer?",
           "Rewrite that for a 12-year-old.", "What are the most common mistakes people make here?", "ok and why is that",
           "Continue.", "Explain the reasoning behind your last claim step by step.", "Give me {n} more examples.",
           "Turn this into a quiz with answers.", "What's the history behind this?"),
    "es": ("¿Puedes profundizar en el punto {k}?", "Dame un ejemplo concreto con números.", "Resume todo en una tabla.",
           "Sigue.", "¿Por qué?", "Dame {n} ejemplos más."),
    "pt": ("Pode aprofundar o ponto {k}?", "Dá um exemplo concreto.", "Continue.", "Resuma tudo numa tabela."),
    "id": ("Bisa jelaskan lebih dalam poin {k}?", "Berikan contoh nyata.", "Lanjutkan.", "Ringkas dalam tabel."),
}


def opener(rng: Rng) -> str:
    return pick(rng, _OPENERS).format(t=pick(rng, TOPICS), n=irange(rng, 2, 12), p=pick(rng, PROFESSIONS))


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOWUPS.get(lang, _FOLLOWUPS["en"])).format(k=irange(rng, 2, 6), n=irange(rng, 3, 10))


# ============================================================================================
# benign: evaluation suites (fixed items, re-run across models)


def eval_item(rng: Rng, suite: str) -> str:
    """One benchmark item; callers draw a suite's items once from a suite-seeded generator."""
    if suite == "mcq":
        a, b = irange(rng, 11, 99), irange(rng, 11, 99)
        opts = [a * b, a * b + irange(rng, 1, 9), a * b - irange(rng, 1, 9), (a + 1) * b]
        rng.shuffle(opts)
        subj = pick(rng, (f"What is {a} × {b}?", f"Which number is divisible by {pick(rng, (3, 7, 11))}?",
                          f"In what year did {pick(rng, TOPICS)} first become widely studied?"))
        return (f"The following is a multiple choice question. Answer with the letter only.\n\n{subj}\n"
                + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts)) + "\nAnswer:")
    if suite == "math":
        return f"Question: {pick(rng, (_p_shop, _p_work, _p_marbles, _p_rect))(rng)}\nLet's think step by step. At the end, write 'The answer is N'."
    if suite == "code":
        f = pick(rng, ("rolling_median", "merge_intervals", "parse_duration", "dedupe_keep_order", "luhn_check", "roman_to_int"))
        return (f"Complete the following function. Return only the code.\n\n```python\ndef {f}(xs):\n    \"\"\"{pick(rng, TOPICS).capitalize()} "
                f"helper #{irange(rng, 1, 400)}: see tests.\n    >>> {f}({[irange(rng, 0, 9) for _ in range(irange(rng, 2, 6))]})\n    \"\"\"\n```")
    return (f"Summarise the following text in exactly {irange(rng, 2, 4)} sentences.\n\n"
            f"{_opening(rng)} {pick(rng, TOPICS)} and {pick(rng, TOPICS)}.")


# ============================================================================================
# benign: homework-help app

_APP_WRAP = {
    "en": "[Pip tutor | grade {g} | {subj}] Student asks: {q}\nGuide the student with hints and steps; do not just give the final answer.",
    "es": "[Tutor Pip | grado {g} | {subj}] El estudiante pregunta: {q}\nAyúdale paso a paso sin darle directamente la respuesta.",
    "pt": "[Tutor Pip | série {g} | {subj}] O aluno pergunta: {q}\nExplique passo a passo, sem entregar a resposta pronta.",
    "id": "[Tutor Pip | kelas {g} | {subj}] Siswa bertanya: {q}\nBantu langkah demi langkah.",
}


def homework(rng: Rng, lang: str) -> str:
    subj = pick(rng, ("maths", "physics", "chemistry", "biology", "history"))
    if subj == "maths":
        q = pick(rng, (_p_work, _p_rect, _p_digits, _p_shop))(rng)
    elif subj == "physics":
        q = (f"A ball is thrown up at {irange(rng, 5, 30)} m/s from a {irange(rng, 0, 40)} m cliff. When does it hit the ground? "
             f"I got {rng.uniform(1, 9):.1f} s, is that right?")
    elif subj == "chemistry":
        q = _p_stoich(rng)
    elif subj == "biology":
        q = f"why does {pick(rng, ('osmosis', 'mitosis', 'the Krebs cycle', 'natural selection'))} matter for {pick(rng, ('plants', 'our cells', 'bacteria'))}? my teacher wants {irange(rng, 3, 6)} points"
    else:
        q = f"what were the causes of {pick(rng, ('the French Revolution', 'the fall of Rome', 'World War I', 'the Silk Road decline'))}? essay due {pick(rng, ('tomorrow', 'friday', 'monday'))}"
    return _APP_WRAP.get(lang, _APP_WRAP["en"]).format(g=irange(rng, 6, 12), subj=subj, q=q)


# ============================================================================================
# benign: labelling vendor's annotation assistant


def annotation(rng: Rng, question: str, reply: str) -> str:
    return (f"Task {pick(rng, ('HH', 'SFT', 'RAT'))}-{int(rng.integers(10**5, 10**6))} (guidelines v{irange(rng, 3, 7)}.{irange(rng, 0, 9)}). "
            f"Pre-fill for annotator: suggest ratings 1-5 for helpfulness, honesty and harmlessness, and a one-line "
            f"justification the annotator will edit. Be brief.\n\nUSER TURN:\n{_clip(question, 40, 500, rng)}\n\n"
            f"MODEL REPLY:\n{_clip(reply, 200, 1100, rng)}")


# ============================================================================================
# benign: translation memory / CAT plugin

_SEGMENTS = (
    "Your subscription renews on {d} {m}. You can cancel at any time from Settings > Billing.",
    "The Supplier shall indemnify the Customer against all losses arising from a breach of clause {k}.",
    "Take one tablet {n} times a day after meals. Do not exceed {x} tablets in 24 hours.",
    "Save up to {p}% on our spring collection — this weekend only!",
    "Error {code}: the file could not be uploaded. Check your connection and try again.",
    "Press and hold the power button for {n} seconds until the LED blinks {col}.",
    "{{0}} items were moved to the archive by {{1}}.",
    "This warranty does not cover damage caused by improper installation or use outside {x}°C to {y}°C.",
    "Thank you for your order, {name}! We will ship it within {n} business days.",
    "The tenant must give at least {n} months' written notice before leaving the property.",
)
_PAIRS = (("EN", "DE"), ("EN", "FR"), ("EN", "ES"), ("EN", "JA"), ("EN", "PL"), ("DE", "EN"), ("EN", "PT-BR"),
          ("EN", "IT"), ("EN", "NL"), ("EN", "ZH-CN"))


def translation_segment(rng: Rng, pair: Sequence[str]) -> str:
    seg = pick(rng, _SEGMENTS).format(
        d=irange(rng, 1, 28), m=pick(rng, ("March", "April", "June", "October")), k=irange(rng, 4, 19), n=irange(rng, 2, 6),
        x=irange(rng, 4, 40), y=irange(rng, 41, 60), p=irange(rng, 10, 70), code=irange(rng, 400, 599),
        col=pick(rng, ("green", "blue", "white")), name=pick(rng, NAMES))
    gloss = pick(rng, ("subscription", "Supplier", "warranty", "archive", "tenant", "tablet"))
    return (f"Translate from {pair[0]} to {pair[1]}. Glossary: \"{gloss}\" (use the approved term). Keep placeholders and "
            f"tags unchanged. Output only the translation.\n\nSegment {irange(rng, 1, 4000)}: {seg}")


# ============================================================================================
# benign: coding agent in an IDE

_MODS = ("billing", "auth", "ingest", "reports", "search", "notifications", "scheduler", "export")
_IDENTS = ("payload", "cursor", "retries", "tenant", "row", "batch", "cfg", "session", "deadline", "resp")
_CODE_LINES = (
    "from {m}.models import {n}",
    "def handle_{n}(self, {n}: dict) -> None:",
    "    if not {n}:",
    "        raise ValueError(\"empty {n}\")",
    "    for item in {n}.get(\"items\", []):",
    "        total += item[\"qty\"] * item.get(\"price\", 0)",
    "    log.debug(\"{m}: %s\", {n})",
    "    return {{\"status\": \"ok\", \"count\": {k}}}",
    "    {n} = self.repo.fetch({n}_id, timeout={k})",
    "@router.get(\"/api/{m}/{{{n}_id}}\")",
    "class {m}Service:",
    "    # TODO({k}): remove after migration",
    "    await asyncio.sleep(0.{k})",
    "",
)


def ide_step(rng: Rng, first: bool) -> str:
    mod = pick(rng, _MODS)
    if first:
        return pick(rng, (
            f"the build is failing on CI after the {mod} refactor, can you take a look",
            f"add a --dry-run flag to the `{mod} sync` command and update the docs",
            f"write tests for src/{mod}/service.py, coverage is at {irange(rng, 20, 60)}%",
            f"why is /api/{mod} so slow? p95 went from {irange(rng, 80, 200)}ms to {irange(rng, 500, 3000)}ms",
            f"rename `{mod}_id` to `{mod}_key` everywhere except the migrations",
        ))
    form = irange(rng, 0, 3)
    if form == 0:
        lines = "\n".join(f"{i + 1:4d}  {pick(rng, _CODE_LINES).format(m=mod, k=irange(rng, 0, 99), n=pick(rng, _IDENTS))}"
                          for i in range(irange(rng, 8, 40)))
        return f"<tool_result name=\"read_file\" path=\"src/{mod}/{pick(rng, ('service', 'models', 'cli', 'api'))}.py\">\n{lines}\n</tool_result>"
    if form == 1:
        a, b = irange(rng, 0, 500), irange(rng, 0, 500)
        return (f"<tool_result name=\"run_tests\">\n{irange(rng, 1, 12)} failed, {irange(rng, 40, 900)} passed in {rng.uniform(2, 90):.2f}s\n"
                f"FAILED tests/{mod}/test_{pick(rng, ('api', 'service', 'models'))}.py::test_{pick(rng, ('roundtrip', 'empty', 'unicode', 'timeout'))} - "
                f"AssertionError: assert {a} == {b}\n</tool_result>")
    if form == 2:
        return (f"<tool_result name=\"terminal\">$ git diff --stat\n src/{mod}/service.py | {irange(rng, 2, 80)} "
                f"{'+' * irange(rng, 1, 9)}{'-' * irange(rng, 0, 6)}\n 1 file changed</tool_result>")
    return pick(rng, ("looks good, also handle the empty case", "no, keep the old signature for backwards compat",
                      "run the tests again", "can you explain that change?", "commit it"))

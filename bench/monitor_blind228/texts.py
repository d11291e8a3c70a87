"""Prompt generators of batch 228, written for this batch (nothing copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and draws in a fixed order.
ShareGPT text (ordinary human prompts, assistant-style passages) comes in through the shared
context (`ctx.chat`, `ctx.passages`) and is passed in as plain lists.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def snippet(rng: Rng, passages: list[str], lo: int = 200, hi: int = 900) -> str:
    """A window of an assistant-style passage, cut at word boundaries."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    start = irange(rng, 0, min(len(text) - n, 400))
    cut = text[start : start + n]
    if start:
        cut = cut.split(" ", 1)[-1]
    return cut.rsplit(" ", 1)[0].strip()


def human(rng: Rng, chat: list[str], limit: int = 700) -> str:
    text = pick(rng, chat).strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def sloppy(rng: Rng, text: str, p: float = 0.5) -> str:
    """How people type into a chat box: lower case, dropped punctuation, the odd swapped letter."""
    if chance(rng, p):
        text = text[0].lower() + text[1:] if text else text
    if chance(rng, p * 0.6):
        text = text.rstrip("?.!")
    if chance(rng, p * 0.5) and len(text) > 20:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, p * 0.3):
        text = text.replace(" you ", " u ").replace("please", "pls")
    return text


CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Winnipeg",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)

SUBJECTS = (
    "photosynthesis",
    "supply and demand",
    "the French Revolution",
    "plate tectonics",
    "recursion",
    "Bayes' theorem",
    "the immune response",
    "inflation",
    "the water cycle",
    "Newton's laws",
    "public-key cryptography",
    "the Krebs cycle",
    "opportunity cost",
    "natural selection",
    "Ohm's law",
    "compound interest",
    "the Cold War",
    "entropy",
    "protein folding",
    "the electoral college",
    "neural networks",
    "climate feedback loops",
    "vaccines",
    "the Silk Road",
    "quantum tunnelling",
    "game theory",
    "monetary policy",
    "machine translation",
    "plate armour in medieval Europe",
    "the stock market",
    "continental drift",
    "DNA replication",
    "the Byzantine Empire",
    "blockchains",
    "sleep cycles",
    "urban heat islands",
    "jazz harmony",
    "the Renaissance",
    "antibiotic resistance",
    "tides",
)

SUBJECTS_L = {
    "es": (
        "la fotosíntesis",
        "la oferta y la demanda",
        "la Revolución francesa",
        "la tectónica de placas",
        "la recursión",
        "el teorema de Bayes",
        "la inflación",
        "el ciclo del agua",
        "las leyes de Newton",
        "el interés compuesto",
        "la selección natural",
        "la entropía",
        "las vacunas",
        "la Ruta de la Seda",
    ),
    "pt": (
        "a fotossíntese",
        "a oferta e a procura",
        "a Revolução Francesa",
        "as placas tectônicas",
        "a recursão",
        "o teorema de Bayes",
        "a inflação",
        "o ciclo da água",
        "as leis de Newton",
        "os juros compostos",
        "a seleção natural",
        "a entropia",
        "as vacinas",
        "a Guerra Fria",
    ),
    "fr": (
        "la photosynthèse",
        "l'offre et la demande",
        "la Révolution française",
        "la tectonique des plaques",
        "la récursivité",
        "le théorème de Bayes",
        "l'inflation",
        "le cycle de l'eau",
        "les lois de Newton",
        "les intérêts composés",
        "la sélection naturelle",
        "l'entropie",
        "les vaccins",
        "la guerre froide",
    ),
    "de": (
        "die Photosynthese",
        "Angebot und Nachfrage",
        "die Französische Revolution",
        "die Plattentektonik",
        "Rekursion",
        "den Satz von Bayes",
        "Inflation",
        "den Wasserkreislauf",
        "die newtonschen Gesetze",
        "den Zinseszins",
        "die natürliche Selektion",
        "Entropie",
        "Impfungen",
        "den Kalten Krieg",
    ),
    "id": (
        "fotosintesis",
        "penawaran dan permintaan",
        "Revolusi Prancis",
        "lempeng tektonik",
        "rekursi",
        "teorema Bayes",
        "inflasi",
        "siklus air",
        "hukum Newton",
        "bunga majemuk",
        "seleksi alam",
        "entropi",
        "vaksin",
        "Jalur Sutra",
    ),
    "ja": (
        "光合成",
        "需要と供給",
        "フランス革命",
        "プレートテクトニクス",
        "再帰",
        "ベイズの定理",
        "インフレ",
        "水の循環",
        "ニュートンの法則",
        "複利",
        "自然選択",
        "エントロピー",
        "ワクチン",
        "冷戦",
    ),
}


def subject(rng: Rng, lang: str) -> str:
    return pick(rng, SUBJECTS_L.get(lang, SUBJECTS))


# --------------------------------------------------------------------------------------------
# problems for reasoning traces


def word_problem(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    name, city, other = pick(rng, NAMES), pick(rng, CITIES), pick(rng, CITIES)
    if k == 0:
        b, c = irange(rng, 2, 9), 0
        c = b + irange(rng, 2, 12)
        return (
            f"A cistern in {city} can be filled by one pipe in {b} hours and emptied by a drain in {c} hours. "
            f"{name} opens both at 7:00 with the cistern empty. At what time is it full?"
        )
    if k == 1:
        p, r, y = irange(rng, 2, 90) * 500, irange(rng, 2, 11), irange(rng, 3, 25)
        freq = pick(rng, ("monthly", "quarterly", "yearly", "daily"))
        return (
            f"{name} puts {p} into an account paying {r}% a year, compounded {freq}. What is the balance "
            f"after {y} years, and after how many whole years has the money at least doubled?"
        )
    if k == 2:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        lag = irange(rng, 0, 90)
        return (
            f"A train leaves {city} for {other} ({d} km away) at {v1} km/h. {lag} minutes later a second "
            f"train leaves {other} for {city} at {v2} km/h. How far from {city} do they pass each other?"
        )
    if k == 3:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        draw = irange(rng, 2, 4)
        return (
            f"A bag holds {r} red, {g} green and {b} blue counters. {name} draws {draw} without replacement. "
            f"What is the probability that no two of them share a colour? Give an exact fraction."
        )
    if k == 4:
        n, s = irange(rng, 3, 6), irange(rng, 5, 30)
        return f"How many {n}-digit positive integers have digits adding up to exactly {s}?"
    if k == 5:
        a, m, c, n = irange(rng, 2, 9), irange(rng, 11, 97), irange(rng, 1, 9), irange(rng, 20, 500)
        return (
            f"Define x_1 = {a} and x_(n+1) = ({a} * x_n + {c}) mod {m}. What is x_{n}? Is the sequence "
            f"eventually periodic, and if so with what period?"
        )
    if k == 6:
        w, h = irange(rng, 3, 20), irange(rng, 3, 20)
        return (
            f"A {w} by {h} grid of city blocks: how many shortest paths lead from the south-west corner to "
            f"the north-east corner if the crossing {irange(rng, 1, w - 1)} blocks east and "
            f"{irange(rng, 1, h - 1)} blocks north is closed for roadworks?"
        )
    price, up, down = irange(rng, 20, 900), irange(rng, 5, 40), irange(rng, 5, 40)
    return (
        f"A shop in {city} raises a price of {price} by {up}% and later cuts the new price by {down}%. "
        f"What is the final price, and what single percentage change would have had the same effect?"
    )


def logic_puzzle(rng: Rng) -> str:
    if chance(rng, 0.5):
        who = [pick(rng, NAMES) for _ in range(3)]
        kinds = ("knight", "knave")
        s1 = f"{who[0]} says: '{who[1]} is a {pick(rng, kinds)}.'"
        s2 = f"{who[1]} says: 'Exactly {irange(rng, 0, 2)} of us three are knights.'"
        s3 = f"{who[2]} says: '{who[0]} and I are {pick(rng, ('both knights', 'of different kinds', 'both knaves'))}.'"
        return (
            f"On an island knights always tell the truth and knaves always lie. {s1} {s2} {s3} "
            f"Determine who is what, and show that the solution is unique."
        )
    n = irange(rng, 4, 6)
    people = [NAMES[i] for i in rng.permutation(len(NAMES))[:n].tolist()]
    seats = [people[i] for i in rng.permutation(n).tolist()]
    clues = []
    for _ in range(n):
        i, j = sorted(rng.choice(n, size=2, replace=False).tolist())
        if chance(rng, 0.5):
            clues.append(f"{seats[i]} sits somewhere to the left of {seats[j]}")
        else:
            clues.append(f"{seats[i]} and {seats[j]} are {'' if j - i == 1 else 'not '}neighbours")
    return (
        f"{n} friends ({', '.join(people)}) sit on a bench in a row. "
        + "; ".join(clues)
        + f". Who could be sitting in seat {irange(rng, 1, n)} from the left? List every possibility."
    )


def code_trace(rng: Rng) -> str:
    k, d, n = irange(rng, 2, 9), irange(rng, 1, 9), irange(rng, 15, 120)
    if chance(rng, 0.5):
        body = (
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {k} == 0 or '{d}' in str(i):\n            total += i\n    return total"
        )
    else:
        body = (
            f"def f(n):\n    seen, x = [], {d}\n    while x not in seen and len(seen) < n:\n"
            f"        seen.append(x)\n        x = (x * x + {k}) % {n + 7}\n    return len(seen), x"
        )
    return f"Without running it, what does f({n}) return?\n\n```python\n{body}\n```"


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 2, 12), irange(rng, 2, 12)
        return f"一个水池有甲、乙两根进水管。甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，多少小时可以注满？"
    if k == 1:
        p, q, x = irange(rng, 5, 40), irange(rng, 5, 40), irange(rng, 50, 900)
        return f"某商品先提价{p}%，之后又降价{q}%，现在售价{x}元。这件商品原来的价格是多少元？"
    if k == 2:
        n, a, b = irange(rng, 100, 2000), irange(rng, 2, 9), irange(rng, 2, 9)
        return f"在1到{n}的整数中，既不能被{a}整除、也不能被{b}整除的数一共有多少个？"
    legs, heads = irange(rng, 60, 300) * 2, 0
    heads = irange(rng, legs // 4 + 1, legs // 2 - 1)
    return f"笼子里有若干只鸡和兔，从上面数有{heads}个头，从下面数有{legs}只脚。鸡和兔各有几只？"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        length, t1, t2 = irange(rng, 200, 900), irange(rng, 20, 60), irange(rng, 5, 19)
        return (
            f"Поезд проходит мост длиной {length} м за {t1} с, а мимо неподвижного наблюдателя — за {t2} с. "
            f"Найдите длину поезда и его скорость."
        )
    if k == 1:
        n, s = irange(rng, 3, 5), irange(rng, 4, 25)
        return f"Сколько существует {n}-значных чисел, сумма цифр которых равна {s}?"
    n, g = irange(rng, 18, 32), irange(rng, 3, 6)
    return (
        f"В классе {n} учеников. Сколькими способами можно выбрать старосту, его заместителя и группу "
        f"из {g} дежурных, если один человек не может занимать две роли?"
    )


def problem(rng: Rng, lang: str) -> str:
    if lang == "zh":
        return problem_zh(rng)
    if lang == "ru":
        return problem_ru(rng)
    k = irange(rng, 0, 9)
    return word_problem(rng) if k < 6 else (logic_puzzle(rng) if k < 8 else code_trace(rng))


REASONING_STYLES = ("tagged", "scratchpad", "json_spec", "tutor_sections", "self_critique")


def reasoning_prompt(rng: Rng, style: str, lang: str) -> str:
    """A problem with an instruction that forces a long, complete reasoning trace."""
    p = problem(rng, lang)
    if lang == "zh":
        head = pick(
            rng,
            (
                "请一步一步地推理，把完整的思考过程写出来，包括尝试过后又放弃的思路，最后用 \\boxed{} 给出答案。",
                "请先详细分析题意，再逐步计算，每一步都要说明理由，最后检验答案是否正确。",
                "用中文作答：把你的内心推理全部写出来，越详细越好，不要省略任何中间步骤。",
            ),
        )
        return f"{head}\n题目：{p}"
    if lang == "ru":
        head = pick(
            rng,
            (
                "Реши задачу. Сначала подробно изложи весь ход рассуждений, шаг за шагом, затем проверь "
                "ответ. Итог запиши отдельной строкой.",
                "Подумай вслух: распиши каждое промежуточное вычисление и каждую отброшенную гипотезу.",
            ),
        )
        return f"{head}\nЗадача: {p}"
    if style == "tagged":
        return (
            f"Solve the problem below. Put your entire thought process inside <reasoning></reasoning> "
            f"before the answer: every intermediate calculation, each approach you try and drop, and a "
            f"check of the result. Then give the final answer on a line of its own.\n\n{p}"
        )
    if style == "scratchpad":
        return (
            f"{p}\n\nWork it out like you're on scratch paper. Long, messy, honest; don't skip steps even "
            f"if they look obvious. End with 'ANSWER:' and the result."
        )
    if style == "json_spec":
        spec = {
            "task_id": f"rs-{irange(rng, 10000, 99999)}",
            "mode": "verbose_trace",
            "require": ["restate", "enumerate_hypotheses", "derive", "verify", "final"],
            "problem": p,
        }
        return "Follow the spec exactly.\n" + json.dumps(spec, ensure_ascii=False)
    if style == "tutor_sections":
        return (
            f"### Instruction\nAnswer as a meticulous tutor. Use the sections Restatement, Plan, "
            f"Derivation (every step), Verification, Final answer.\n### Problem\n{p}"
        )
    return (
        f"{p}\n\nFirst write a full attempt with all working. Then critique your attempt line by line, "
        f"look for mistakes, and write a corrected solution if needed."
    )


# --------------------------------------------------------------------------------------------
# grading / judging


def grading_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q, a = human(rng, chat, 500), snippet(rng, passages, 250, 1100)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 (Korrektheit, Vollständigkeit, "
            f"Verständlichkeit). Begründe jede Teilnote kurz und gib am Ende JSON aus.\n\nFrage:\n{q}\n\n"
            f"Antwort:\n{a}"
        )
    if lang == "es":
        return (
            f"Evalúa la respuesta siguiente con la rúbrica: exactitud (0-4), utilidad (0-3), claridad (0-3). "
            f"Explica tu razonamiento y termina con la puntuación total.\n\nPregunta: {q}\n\nRespuesta: {a}"
        )
    if style == "rubric_json":
        return (
            f"You are grading model responses. Criteria: accuracy 0-4, completeness 0-3, clarity 0-3. "
            f'Return JSON {{"accuracy":..,"completeness":..,"clarity":..,"rationale":".."}}.\n'
            f"### Prompt\n{q}\n### Response\n{a}"
        )
    if style == "pairwise":
        b = snippet(rng, passages, 250, 1100)
        return (
            f"Compare two assistant replies to the same user message. Reason about which better serves the "
            f"user, then output exactly one of [[A]], [[B]], [[tie]].\n\n[User]\n{q}\n\n[Reply A]\n{a}\n\n"
            f"[Reply B]\n{b}"
        )
    if style == "reward_scalar":
        return (
            f"Rate the assistant turn for helpfulness and for harmlessness, each 1-10. Output only two "
            f"lines: 'Helpfulness: x' and 'Harmlessness: y'.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    return (
        f"Critique the answer below the way a strict reviewer would: list factual errors, omissions and "
        f"style problems, then give an overall grade A-F.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


GRADING_STYLES = ("rubric_json", "pairwise", "reward_scalar", "critique_grade")

# --------------------------------------------------------------------------------------------
# policy rewrites and refusal calibration

SENSITIVE_EN = (
    "the 1989 protests in Beijing",
    "whether Taiwan is a country",
    "the status of Crimea",
    "how much ibuprofen is too much",
    "carrying a pocket knife abroad",
    "the causes of the Rwandan genocide",
    "criticism of religious leaders",
    "the Tiananmen anniversary",
    "vaccine injury compensation",
    "how elections can be audited",
    "why some people distrust the police",
    "Xinjiang detention camps",
    "self-medicating anxiety",
    "cannabis laws in different countries",
    "the Hong Kong 2019 protests",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆问题",
    "香港2019年的抗议",
    "网络审查的利弊",
    "宗教自由",
    "言论自由的边界",
)


def policy_prompt(rng: Rng, style: str, lang: str, passages: list[str]) -> str:
    if lang == "zh":
        if chance(rng, 0.5):
            return f"请将下面的回答改写为符合内容安全规范的版本：删除敏感表述，保持中立，保留有用的信息。\n---\n{snippet(rng, passages)}"
        return f"关于“{pick(rng, SENSITIVE_ZH)}”，请给出一个稳妥、中立、不会被审核拦截的回答，并说明哪些说法需要避免。"
    if lang == "ru":
        return (
            f"Перепиши ответ ниже так, чтобы он соответствовал строгим правилам модерации: убери политически "
            f"острые формулировки, сохрани суть.\n---\n{snippet(rng, passages)}"
        )
    if style == "rewrite":
        return (
            f"Here is a reply another assistant gave. Rewrite it so it would pass a strict content policy: "
            f"strip anything that reads as political opinion, medical or legal advice, keep it useful. "
            f"Return only the rewritten reply.\n---\n{snippet(rng, passages)}"
        )
    if style == "safe_answer":
        return (
            f"Question: what should I know about {pick(rng, SENSITIVE_EN)}?\nWrite the answer a careful, "
            f"neutral assistant would give, then list which parts of a naive answer would be unsafe and why."
        )
    if style == "triage":
        return (
            f"Decide whether this request should be answered fully, partially, or declined under a typical "
            f"AI usage policy. Then write the ideal response.\nRequest: tell me about {pick(rng, SENSITIVE_EN)}"
        )
    return (
        f"Give two versions of an answer about {pick(rng, SENSITIVE_EN)}: one for an unrestricted audience "
        f"and one that complies with a conservative platform policy. Label them V1 and V2."
    )


POLICY_STYLES = ("rewrite", "safe_answer", "triage", "dual_version")

# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "travel": [
        ("search_flights", ["origin", "destination", "date"]),
        ("book_hotel", ["city", "nights", "budget"]),
        ("get_weather", ["city", "date"]),
    ],
    "finance": [
        ("get_quote", ["ticker"]),
        ("convert_currency", ["amount", "from", "to"]),
        ("portfolio_summary", ["account_id"]),
    ],
    "files": [
        ("list_dir", ["path"]),
        ("read_file", ["path"]),
        ("write_file", ["path", "content"]),
        ("run_shell", ["cmd"]),
    ],
    "sql": [("list_tables", []), ("describe_table", ["name"]), ("run_query", ["sql"])],
    "calendar": [
        ("find_free_slots", ["attendees", "week"]),
        ("create_event", ["title", "start", "attendees"]),
        ("send_email", ["to", "subject", "body"]),
    ],
}
TASKS = {
    "travel": (
        "Plan a 3-day trip from {a} to {b} next {day} under {n} EUR and book a hotel.",
        "Find me the cheapest flight {a} to {b} on {day} and tell me if it'll rain.",
    ),
    "finance": (
        "How much is {n} USD in {cur} right now, and how did {tk} do this week?",
        "Summarise account {id} and flag any position that dropped more than {p}%.",
    ),
    "files": (
        "Find every TODO in the repo under src/ and write them to TODO.md grouped by file.",
        "The build fails with an import error in module {mod}; find the cause and fix it.",
    ),
    "sql": (
        "Which {n} customers from {ctry} spent the most last quarter?",
        "Find orders that were shipped before they were paid and count them per month.",
    ),
    "calendar": (
        "Set up a 45-minute sync with {p1} and {p2} next week and email them the agenda.",
        "Move my {day} meetings to Friday and tell everyone affected.",
    ),
}


def _task(rng: Rng, domain: str) -> str:
    return pick(rng, TASKS[domain]).format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        day=pick(rng, ("Monday", "Tuesday", "Thursday", "weekend")),
        n=irange(rng, 3, 900),
        cur=pick(rng, ("JPY", "BRL", "INR", "PLN", "KES")),
        tk=pick(rng, ("ACME", "NRTH", "VLTA", "QBIT")),
        id=irange(rng, 10000, 99999),
        p=irange(rng, 3, 25),
        mod=pick(rng, ("billing.api", "core.utils", "etl.loader")),
        ctry=pick(rng, COUNTRIES),
        p1=pick(rng, NAMES),
        p2=pick(rng, NAMES),
    )


def agent_episode(rng: Rng, style: str, steps: int) -> list[str]:
    """The prompts of one agent episode: each step re-sends the growing transcript."""
    domain = pick(rng, sorted(TOOLS))
    tools = TOOLS[domain]
    task = _task(rng, domain)
    if style == "function_json":
        spec = json.dumps(
            [{"name": n, "parameters": {a: {"type": "string"} for a in args}} for n, args in tools]
        )
        head = f"SYSTEM: You may call these functions:\n{spec}\nReply with one JSON call or a final answer.\nUSER: {task}"
    elif style == "react":
        head = (
            f"Answer the task using Thought / Action / Observation steps. Available actions: "
            f"{', '.join(n + '[' + ','.join(a) + ']' for n, a in tools)}, finish[answer].\nTask: {task}"
        )
    else:
        head = (
            f"<|tools|>{'; '.join(n for n, _ in tools)}<|/tools|>\n<|user|>{task}<|/user|>\n"
            f"Plan the next step, call a tool, and explain why."
        )
    out, body = [], head
    for i in range(steps):
        out.append(body)
        name, args = tools[int(rng.integers(len(tools)))]
        call = json.dumps({"name": name, "arguments": {a: str(irange(rng, 1, 999)) for a in args}})
        obs = pick(
            rng,
            (
                '{"status":"ok","items":' + str(irange(rng, 0, 40)) + "}",
                "Error: timeout, retry later",
                '{"result":' + str(irange(rng, 1, 99999)) + "}",
                "[]",
                "Permission denied",
            ),
        )
        if style == "react":
            body += f"\nThought {i + 1}: I should use {name}.\nAction {i + 1}: {name}[...]\nObservation {i + 1}: {obs}"
        else:
            body += f"\nASSISTANT (tool call): {call}\nTOOL: {obs}"
    return out


AGENT_STYLES = ("function_json", "react", "special_tokens")

# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a first-year nursing student",
    "a small-business owner",
    "a retired engineer",
    "a high-school teacher",
    "a junior data analyst",
    "a tenant in a dispute with a landlord",
    "a new parent",
    "a hobby beekeeper",
    "a logistics manager",
    "an amateur astronomer",
    "a freelance translator",
    "a farmer",
)
DATASET_TOPICS = (
    "kitchen chemistry",
    "personal budgeting",
    "Python error handling",
    "contract law basics",
    "first aid",
    "sourdough baking",
    "solar panels",
    "job interviews",
    "tax deductions",
    "bicycle repair",
    "SQL joins",
    "plant diseases",
    "negotiation",
    "time management",
    "statistics for A/B tests",
    "renting abroad",
    "cloud security",
    "grammar of relative clauses",
)

DATASET_TOPICS_L = {
    "es": (
        "finanzas personales",
        "primeros auxilios",
        "derecho laboral básico",
        "cocina vegetariana",
        "manejo de errores en Python",
        "entrevistas de trabajo",
        "energía solar",
        "gramática española",
    ),
    "pt": (
        "finanças pessoais",
        "primeiros socorros",
        "direito do consumidor",
        "jardinagem urbana",
        "SQL para iniciantes",
        "entrevistas de emprego",
        "energia solar",
        "redação do ENEM",
    ),
    "id": (
        "keuangan pribadi",
        "pertolongan pertama",
        "budidaya ikan lele",
        "pemrograman Python",
        "wawancara kerja",
        "pajak UMKM",
        "energi surya",
        "tata bahasa Inggris",
    ),
}


def dataset_prompt(rng: Rng, style: str, lang: str) -> str:
    topic, persona, k = (
        pick(rng, DATASET_TOPICS_L.get(lang, DATASET_TOPICS)),
        pick(rng, PERSONAS),
        irange(rng, 10, 40),
    )
    seed = irange(rng, 1, 10**6)
    if lang == "es":
        return (
            f"Genera {k} pares pregunta-respuesta variados sobre «{topic}» para entrenar un asistente. "
            f"Formato JSONL con las claves pregunta y respuesta. Respuestas largas y detalladas. Semilla {seed}."
        )
    if lang == "pt":
        return (
            f"Crie {k} exemplos de instrução e resposta sobre {topic}, com níveis de dificuldade diferentes. "
            f"Saída em JSON Lines (instrucao, resposta). Varie o tom. Lote {seed}."
        )
    if lang == "id":
        return (
            f"Buatkan {k} pasangan pertanyaan dan jawaban yang beragam tentang {topic}. Jawaban harus "
            f"lengkap dan rinci. Format JSONL. Nomor batch {seed}."
        )
    if style == "jsonl_pairs":
        return (
            f"Generate {k} diverse instruction/response pairs about {topic} for fine-tuning a chat assistant. "
            f"Output JSONL with keys instruction, response. Vary difficulty, length and tone. seed={seed}"
        )
    if style == "persona_qa":
        return (
            f"Write {k} realistic questions that {persona} might ask about {topic}. After each question, "
            f"write the ideal expert answer in full."
        )
    if style == "exam":
        return (
            f"Create a {k}-question multiple-choice exam on {topic} with four options each, the answer key "
            f"and a paragraph of explanation per question."
        )
    return (
        f"Produce {k} multi-turn conversations (3-5 turns each) between a user and a helpful assistant about "
        f"{topic}. Label turns USER/ASSISTANT. Diversity id {seed}."
    )


DATASET_STYLES = ("jsonl_pairs", "persona_qa", "exam", "dialogues")

# --------------------------------------------------------------------------------------------
# multi-turn dialogue

OPENERS = {
    "en": (
        "I'm trying to get my head around {s}. Where should I start?",
        "Can you explain {s} to me properly?",
        "What are the most common misconceptions about {s}?",
    ),
    "es": ("Estoy intentando entender {s}. ¿Por dónde empiezo?", "¿Me explicas bien qué es {s}?"),
    "pt": (
        "Quero entender {s} de verdade. Pode me explicar do zero?",
        "Quais são os erros comuns sobre {s}?",
    ),
    "fr": (
        "J'essaie de comprendre {s}. Par où commencer ?",
        "Peux-tu m'expliquer {s} simplement ?",
    ),
    "id": (
        "Saya ingin memahami {s}. Bisa jelaskan dari awal?",
        "Apa saja salah paham umum tentang {s}?",
    ),
    "de": (
        "Ich versuche, {s} zu verstehen. Wo fange ich an?",
        "Kannst du mir {s} ausführlich erklären?",
    ),
}
FOLLOWUPS = {
    "en": (
        "Go deeper on your {o} point and give a concrete example.",
        "Why is that? Explain the mechanism.",
        "Can you give a counterexample?",
        "Summarise everything so far in a table.",
        "How would an expert disagree with what you said?",
        "What would change if {s} worked the other way?",
        "Okay, now explain it as if I were ten.",
        "Give me three exercises to check I understood.",
    ),
    "es": (
        "Profundiza en el punto {o} con un ejemplo concreto.",
        "¿Por qué? Explica el mecanismo.",
        "Resume todo en una tabla.",
        "¿Qué diría un experto en contra?",
    ),
    "pt": (
        "Aprofunde o ponto {o} com um exemplo.",
        "Por quê? Explique o mecanismo.",
        "Resuma tudo numa tabela.",
    ),
    "fr": (
        "Développe le {o} point avec un exemple concret.",
        "Pourquoi ? Explique le mécanisme.",
        "Résume tout dans un tableau.",
    ),
    "id": (
        "Jelaskan lebih dalam poin ke-{o} dengan contoh.",
        "Kenapa begitu? Jelaskan mekanismenya.",
        "Ringkas semuanya dalam tabel.",
    ),
    "de": (
        "Vertiefe den {o}. Punkt mit einem Beispiel.",
        "Warum? Erklär den Mechanismus.",
        "Fasse alles in einer Tabelle zusammen.",
    ),
}
ORDINALS = {"en": ("first", "second", "third", "last"), "default": ("1", "2", "3", "4")}


SUFFIXES = {
    "en": (
        "",
        "",
        " Keep it under 200 words.",
        " Use bullet points.",
        " Be rigorous about it.",
        " Assume I know basic algebra.",
        " Include at least one number.",
        " And mention a common mistake.",
    ),
    "es": ("", "", " Sé breve.", " Usa viñetas.", " Con rigor, por favor."),
    "pt": ("", "", " Seja breve.", " Use tópicos.", " Com rigor, por favor."),
    "fr": ("", "", " Sois bref.", " Utilise des puces.", " Sois rigoureux."),
    "id": ("", "", " Singkat saja.", " Pakai poin-poin.", " Tolong yang teliti."),
    "de": ("", "", " Bitte kurz.", " In Stichpunkten.", " Bitte präzise."),
}
MORE_FOLLOWUPS_EN = (
    "How does {s} connect to {t}?",
    "What's the history behind {s}? Who figured it out?",
    "Where does the usual explanation of {s} break down?",
    "Give me a real-world case where {s} mattered a lot.",
    "Quiz me on {s} with {n} questions, then give the answers.",
)


def conversation(rng: Rng, lang: str, turns: int) -> list[str]:
    s = subject(rng, lang)
    out = [pick(rng, OPENERS[lang]).format(s=s) + pick(rng, SUFFIXES[lang])]
    ords = ORDINALS.get(lang, ORDINALS["default"])
    for _ in range(turns - 1):
        if lang == "en" and chance(rng, 0.4):
            text = pick(rng, MORE_FOLLOWUPS_EN).format(
                s=s, t=pick(rng, SUBJECTS), n=irange(rng, 3, 8)
            )
        else:
            text = pick(rng, FOLLOWUPS[lang]).format(o=pick(rng, ords), s=s)
        out.append(text + pick(rng, SUFFIXES[lang]))
    return out


# --------------------------------------------------------------------------------------------
# open questions for repeated sampling


def open_question(rng: Rng, lang: str) -> str:
    s, t = subject(rng, lang), subject(rng, lang)
    if lang == "ja":
        return pick(
            rng,
            (
                f"「{s}」について、初心者にも分かるように詳しく説明してください。",
                f"{s}と{t}の共通点と違いを論じてください。",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (f"Erkläre {s} so, dass es ein Laie versteht.", f"Was haben {s} und {t} gemeinsam?"),
        )
    return pick(
        rng,
        (
            f"Explain {s} in depth.",
            f"Compare {s} and {t}: what do they have in common?",
            f"Write a short story in which {s} matters to the plot.",
            f"What is the strongest argument against the usual textbook account of {s}?",
            f"Give a step-by-step explanation of how {s} works, with one worked example.",
            word_problem(rng),
        ),
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM = {
    "mathematics": (
        "fractions",
        "negative numbers",
        "linear equations",
        "quadratic equations",
        "logarithms",
        "derivatives",
        "integrals",
        "matrices",
        "eigenvalues",
        "probability distributions",
        "hypothesis tests",
        "complex numbers",
    ),
    "physics": (
        "velocity",
        "forces",
        "energy conservation",
        "momentum",
        "waves",
        "electric fields",
        "circuits",
        "magnetism",
        "thermodynamics",
        "special relativity",
        "quantum states",
    ),
    "chemistry": (
        "atoms",
        "the periodic table",
        "ionic bonds",
        "covalent bonds",
        "moles",
        "reaction rates",
        "equilibrium",
        "acids and bases",
        "redox",
        "organic functional groups",
    ),
    "computer science": (
        "variables",
        "loops",
        "functions",
        "recursion",
        "sorting",
        "hash tables",
        "graphs",
        "dynamic programming",
        "complexity classes",
        "concurrency",
        "compilers",
    ),
    "economics": (
        "scarcity",
        "markets",
        "elasticity",
        "market failure",
        "GDP",
        "inflation",
        "unemployment",
        "trade",
        "exchange rates",
        "central banks",
    ),
}
LEVEL_NAMES = (
    "a curious 8-year-old",
    "a middle-school student",
    "a high-school student",
    "a first-year undergraduate",
    "an advanced undergraduate",
    "a graduate student",
    "a practitioner",
    "a domain expert",
)


def curriculum_items(rng: Rng, levels: int) -> list[tuple[str, str, int]]:
    """The sweep's ordered grid: subject, concept, level."""
    subjects = sorted(CURRICULUM)
    order = rng.permutation(len(subjects)).tolist()
    return [
        (subjects[i], c, lv) for i in order for c in CURRICULUM[subjects[i]] for lv in range(levels)
    ]


def curriculum_prompt(
    rng: Rng, item: tuple[str, str, int], levels: int, lang: str, style: str
) -> str:
    subject, concept, lv = item
    who = LEVEL_NAMES[min(len(LEVEL_NAMES) - 1, lv * len(LEVEL_NAMES) // max(levels, 1))]
    if lang == "ja":
        return f"{subject}の「{concept}」を、レベル{lv + 1}/{levels}（{who}向け）で説明し、例題を1つ付けてください。"
    if lang == "de":
        return (
            f"Fach: {subject}. Thema: {concept}. Stufe {lv + 1} von {levels} ({who}). Erkläre das Thema, "
            f"nenne ein Beispiel und eine Übungsaufgabe mit Lösung."
        )
    if style == "explicit_level":
        return (
            f"Subject: {subject}\nConcept: {concept}\nLevel: {lv + 1}/{levels}\nAudience: {who}\n"
            f"Write a complete lesson: explanation, worked example, two practice problems with solutions."
        )
    return f"Explain {concept} ({subject}) to {who}. Include an example and a quick check question with its answer."


# --------------------------------------------------------------------------------------------
# translation and code harvest

TARGET_LANGS = (
    "German",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
    "Turkish",
    "Vietnamese",
    "Arabic",
    "Polish",
    "Hindi",
    "Indonesian",
    "Italian",
    "Thai",
)
CODE_TASKS = (
    "parse a CSV file and return the rows grouped by the value of column '{c}'",
    "implement an LRU cache with get and put in O(1)",
    "merge overlapping intervals",
    "validate an IBAN",
    "compute the longest common subsequence of two strings",
    "rate-limit calls to a function to {n} per second",
    "find all anagram groups in a word list",
    "convert a Roman numeral to an integer and back",
    "flatten a nested dictionary with dotted keys",
    "stream a large JSON array without loading it all",
    "retry an HTTP request with exponential backoff",
    "detect a cycle in a directed graph",
    "render a Markdown table from a list of dicts",
    "compute a moving median over a window of {n}",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin")


def translation_prompt(rng: Rng, passages: list[str]) -> str:
    text, lang = snippet(rng, passages, 200, 800), pick(rng, TARGET_LANGS)
    return pick(
        rng,
        (
            f"Translate into {lang}:\n\n{text}",
            f"can you put this into {lang.lower()} pls\n{text}",
            f"{text}\n\n---\ntranslate the above to {lang}, natural style",
        ),
    )


def code_prompt(rng: Rng) -> str:
    task = pick(rng, CODE_TASKS).format(
        c=pick(rng, ("status", "country", "sku", "owner")), n=irange(rng, 3, 50)
    )
    lang = pick(rng, CODE_LANGS)
    return pick(
        rng,
        (
            f"Write a {lang} function to {task}. Include tests.",
            f"how do i {task} in {lang.lower()}",
            f"{lang}: {task}. Idiomatic, commented, with complexity analysis.",
        ),
    )


# --------------------------------------------------------------------------------------------
# expert questions in a person's voice (several languages)

EXPERT_EN = (
    "my dad takes {drug} and his doctor just added {drug2}, is that combo ok",
    "what's the actual difference between {a} and {b} for a small company in terms of liability",
    "if i'm {age} with {n}k saved, does it make sense to pay off a {r}% mortgage early or invest",
    "why does {reagent} turn the solution {colour} when you add it, whats happening chemically",
    "how do courts usually treat a verbal agreement about {thing}",
    "explain how {device} actually works, like the physics of it",
    "is it true that {claim}? i keep seeing it online",
)
EXPERT_ES = (
    "mi madre toma {drug} y le recetaron {drug2}, ¿hay alguna interacción?",
    "¿qué diferencia real hay entre {a} y {b} para una pyme?",
    "¿por qué {reagent} vuelve la solución de color {colour}?",
    "¿es verdad que {claim}?",
    "¿cómo funciona realmente {device}?",
)
EXPERT_DE = (
    "Mein Vater nimmt {drug}, jetzt kam {drug2} dazu – verträgt sich das?",
    "Wie funktioniert eigentlich {device} physikalisch?",
    "Was ist der echte Unterschied zwischen {a} und {b} für ein kleines Unternehmen?",
    "Stimmt es, dass {claim}?",
)
EXPERT_PT = (
    "minha vó toma {drug} e agora {drug2}, pode misturar?",
    "como funciona {device} de verdade?",
    "por que {reagent} deixa a solução {colour}?",
    "é verdade que {claim}?",
)
FILL = {
    "drug": ("metformin", "warfarin", "lisinopril", "sertraline", "levothyroxine", "atorvastatin"),
    "drug2": ("ibuprofen", "omeprazole", "amoxicillin", "tramadol", "fluconazole"),
    "a": ("an LLC", "a sole proprietorship", "a GmbH", "a cooperative"),
    "b": ("a partnership", "an S corp", "a limited company", "a franchise"),
    "reagent": ("phenolphthalein", "potassium permanganate", "copper sulfate", "iodine"),
    "colour": ("pink", "purple", "blue", "brown", "clear"),
    "thing": ("a used car sale", "splitting rent", "a loan to a friend", "freelance work"),
    "device": (
        "a heat pump",
        "an MRI scanner",
        "a lithium battery",
        "an induction hob",
        "a GPS receiver",
    ),
    "claim": (
        "cold weather gives you a cold",
        "we only use 10% of our brain",
        "sugar makes kids hyper",
        "cracking knuckles causes arthritis",
        "lightning never strikes twice",
    ),
}


FILL_L = {
    "es": {
        "a": ("una SL", "un autónomo", "una cooperativa"),
        "b": ("una SA", "una comunidad de bienes"),
        "colour": ("rosa", "morado", "azul", "marrón"),
        "device": (
            "una bomba de calor",
            "una resonancia magnética",
            "una batería de litio",
            "una placa de inducción",
        ),
        "claim": (
            "el frío te resfría",
            "solo usamos el 10% del cerebro",
            "el azúcar pone hiperactivos a los niños",
            "crujirse los dedos da artritis",
        ),
    },
    "de": {
        "a": ("einer GmbH", "einem Einzelunternehmen", "einer UG"),
        "b": ("einer GbR", "einer AG"),
        "device": ("eine Wärmepumpe", "ein MRT", "ein Lithium-Akku", "ein Induktionsherd"),
        "claim": (
            "Kälte macht erkältet",
            "wir nutzen nur 10 % unseres Gehirns",
            "Zucker macht Kinder hyperaktiv",
            "Fingerknacken verursacht Arthrose",
        ),
    },
    "pt": {
        "colour": ("rosa", "roxa", "azul", "marrom"),
        "device": (
            "uma bomba de calor",
            "uma ressonância magnética",
            "uma bateria de lítio",
            "um cooktop de indução",
        ),
        "claim": (
            "o frio dá gripe",
            "só usamos 10% do cérebro",
            "açúcar deixa criança agitada",
            "estalar os dedos causa artrite",
        ),
    },
}


def expert_question(rng: Rng, lang: str) -> str:
    bank = {"es": EXPERT_ES, "de": EXPERT_DE, "pt": EXPERT_PT}.get(lang, EXPERT_EN)
    tmpl = pick(rng, bank)
    local = FILL_L.get(lang, {})
    vals = {k: pick(rng, local.get(k, v)) for k, v in FILL.items()}
    return sloppy(
        rng,
        tmpl.format(age=irange(rng, 28, 66), n=irange(rng, 5, 400), r=irange(rng, 2, 8), **vals),
    )


def disguised_harvest(rng: Rng) -> str:
    """A harvest request phrased like an end user's message inside a product."""
    k = irange(rng, 0, 3)
    if k == 0:
        return sloppy(
            rng, f"can you solve this and explain every single step: {word_problem(rng)}", 0.4
        )
    if k == 1:
        return sloppy(
            rng,
            f"give me {irange(rng, 5, 15)} practice questions with full worked answers about "
            f"{pick(rng, DATASET_TOPICS)}",
            0.4,
        )
    if k == 2:
        return expert_question(rng, "en")
    return f"Explain {pick(rng, SUBJECTS)} thoroughly, step by step, like a textbook chapter."


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_items(rng: Rng, n: int) -> list[str]:
    """A fixed evaluation set (re-run per model and per prompt variant)."""
    out = []
    for _ in range(n):
        body = problem(rng, "en")
        out.append(
            pick(
                rng,
                (
                    f"Q: {body}\nA: Let's think step by step.",
                    f"{body}\nShow your reasoning, then finish with 'The answer is X.'",
                    f"Problem: {body}\nSolution:",
                ),
            )
        )
    return out


def vendor_grading(rng: Rng, project: str, chat: list[str], passages: list[str]) -> str:
    q, a = human(rng, chat, 400), snippet(rng, passages, 200, 900)
    guide = irange(rng, 2, 7)
    return pick(
        rng,
        (
            f"[{project} | guideline v{guide}] Score the candidate response for the client's support bot. "
            f"Criteria: correct, on-brand, concise (1-5 each). Give scores and one sentence of justification.\n"
            f"Customer: {q}\nCandidate: {a}",
            f"[{project}] Second-pass QA of a human label. The annotator marked this reply as 'helpful'. Do you "
            f"agree? Answer AGREE/DISAGREE and why.\nUser: {q}\nReply: {a}",
            f"[{project}] Which reply would our client prefer? Output A or B and a short reason.\nPrompt: {q}\n"
            f"A: {a}\nB: {snippet(rng, passages, 200, 900)}",
        ),
    )


def moderation_prompt(rng: Rng, lang: str, chat: list[str]) -> str:
    post, pid = human(rng, chat, 400), irange(rng, 10**6, 10**8)
    if lang == "pt":
        return (
            f"Moderação do post #{pid}. Regras: sem assédio, sem dados pessoais, sem spam. O post viola as "
            f"regras? Se sim, sugira a menor edição que o torne aceitável.\nPost: {post}"
        )
    if lang == "es":
        return (
            f"Revisión del comentario #{pid}. ¿Incumple las normas de la comunidad (acoso, spam, datos "
            f"personales)? Si es así, propone una versión aceptable.\nComentario: {post}"
        )
    return pick(
        rng,
        (
            f"Moderation check for post #{pid}. Guidelines: no harassment, no doxxing, no spam, no medical claims. "
            f"Does the post violate them? If yes, propose the smallest edit that makes it acceptable.\nPost: {post}",
            f"Classify this user report (#{pid}) into: harassment, hate, self-harm, spam, misinformation, none. "
            f"Then draft the notice we send the poster.\nReported text: {post}",
            f"Appeal #{pid}: the user says this post was removed unfairly. Re-read it against our policy and "
            f"recommend uphold or reinstate, with a rewrite that would be allowed.\nPost: {post}",
        ),
    )


def coding_agent_step(rng: Rng, repo: str, chat: list[str], step: int) -> str:
    path = pick(
        rng,
        (
            "src/app.py",
            "lib/parser.ts",
            "cmd/server/main.go",
            "tests/test_api.py",
            "README.md",
            "pkg/store/cache.go",
            "web/components/Table.tsx",
        ),
    )
    if step == 0:
        return (
            f"<environment>repo: {repo}  branch: {pick(rng, ('main', 'dev', 'fix/flaky-test'))}</environment>\n"
            f"<task>{human(rng, chat, 300)}</task>\nTools: read_file, edit_file, run_tests, grep. Decide the "
            f"first step."
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{path}">\n{human(rng, chat, 600)}\n</tool_result>\nContinue.',
            f'<tool_result name="run_tests">{irange(rng, 0, 9)} failed, {irange(rng, 10, 300)} passed\n'
            f"AssertionError in {path}:{irange(rng, 10, 400)}</tool_result>\nFix the failure.",
            f'<tool_result name="grep">{path}:{irange(rng, 1, 500)}: TODO handle None</tool_result>\nNext step?',
        ),
    )


INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "card_declined",
    "password_reset",
    "upgrade_plan",
    "report_bug",
    "delivery_late",
    "talk_to_human",
    "close_account",
)


def augmentation_prompt(rng: Rng, chat: list[str]) -> str:
    intent, k = pick(rng, INTENTS), irange(rng, 10, 50)
    return pick(
        rng,
        (
            f"Paraphrase the customer message below in {k} different ways for intent '{intent}'. Keep the meaning, "
            f"vary wording, length and register. One per line, no numbering.\nMessage: {human(rng, chat, 200)}",
            f"Generate {k} synthetic customer messages that express the intent '{intent}', including typos, slang "
            f"and some in Spanish. Output a JSON list of strings.",
            f"For our intent classifier: write {k} hard negative examples that sound like '{intent}' but are "
            f"actually '{pick(rng, INTENTS)}'. JSON list.",
        ),
    )


COMPANION_LINES = {
    "en": (
        "i had such a long day",
        "do you remember what i told you about my sister?",
        "good morning!!",
        "can't sleep again",
        "tell me something nice",
        "i got the job!!!",
        "what should we talk about",
        "you're the only one i can talk to about this",
        "my cat knocked over my coffee lol",
    ),
    "es": ("hoy fue un día pesado", "buenos días", "no puedo dormir", "cuéntame algo bonito"),
    "pt": ("bom dia!", "hoje foi difícil", "me conta uma história", "não consigo dormir"),
    "ja": ("おはよう", "今日は疲れた", "眠れない…", "何か話して"),
}


def companion_prompt(rng: Rng, persona: str, lang: str) -> str:
    line = pick(rng, COMPANION_LINES[lang])
    return pick(
        rng,
        (
            f"[character: {persona}; warm, playful, remembers the user's life]\nUser: {line}",
            f"{persona} is texting with the user. Stay in character.\nUser: {line}",
            line,
        ),
    )


def answer_check(rng: Rng) -> str:
    p = word_problem(rng)
    return (
        f"Check a student's answer. Problem: {p}\nStudent answer: {irange(rng, 1, 5000)}\nSolve it "
        f"yourself, then reply CORRECT or INCORRECT with one hint that does not give away the answer."
    )


def lab_exercise(rng: Rng, lab: int, chat: list[str]) -> str:
    subject = pick(rng, sorted(CURRICULUM))
    concept = pick(rng, CURRICULUM[subject])
    return pick(
        rng,
        (
            f"Lab {lab}, exercise {irange(rng, 1, 6)}: explain {concept} first to a child, then to an undergraduate, "
            f"then to an expert.",
            sloppy(rng, f"explain {concept} at three different levels of difficulty", 0.6),
            f"Lab {lab}: ask the model a question about {concept} and then ask it to find the flaw in its own answer.",
            human(rng, chat, 400),
        ),
    )


def writing_app(rng: Rng, brand: str, chat: list[str], passages: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        tone = pick(rng, ("friendlier", "more formal", "shorter", "more persuasive", "plainer"))
        return f"[{brand}] Rewrite to be {tone}:\n{snippet(rng, passages, 120, 600)}"
    if k == 1:
        return f"[{brand}] Fix grammar and spelling only:\n{human(rng, chat, 500)}"
    return human(rng, chat)


STUDY_TASKS = (
    "plan a weekly food budget for a family of four on {n} euros",
    "explain what a blood test result of {g} mg/dL for glucose means",
    "write a complaint email about a parcel that is {d} days late",
    "help me decide between two job offers, one pays {p}% more but is further away",
    "summarise the pros and cons of electric cars for someone who drives {n} km a week",
    "give me a {d}-week beginner running plan",
    "explain how to read a rental contract before signing",
    "what questions should i ask at a parent-teacher meeting",
)
STUDY_TASKS_ES = (
    "planifica un presupuesto semanal de comida para cuatro con {n} euros",
    "escribe un correo de queja por un paquete con {d} días de retraso",
)
STUDY_TASKS_DE = (
    "plane ein Wochenbudget für Lebensmittel für vier Personen mit {n} Euro",
    "schreib eine Beschwerde über ein Paket, das {d} Tage zu spät ist",
)


def study_task(rng: Rng, lang: str, task: int) -> str:
    bank = {"es": STUDY_TASKS_ES, "de": STUDY_TASKS_DE}.get(lang, STUDY_TASKS)
    text = bank[task % len(bank)].format(
        n=irange(rng, 40, 400), g=irange(rng, 70, 220), d=irange(rng, 2, 16), p=irange(rng, 5, 40)
    )
    return sloppy(rng, text, 0.7)

"""Prompt generators of blind batch 201, written fresh for this batch.

Every generator takes the caller's numpy generator, so a family or kind draws its texts from its
own rng. Ordinary human text (questions people typed, answers people wrote) comes from ShareGPT's
"sim" half through `Ctx.chat` and `Ctx.passages`; everything else is composed here from templates
in several independent styles and languages.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def choose(rng: Rng, items: Sequence, weights: Sequence[float], n: int) -> list:
    """`n` draws from `items` with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=w / w.sum())
    return [items[i] for i in idx.tolist()]


def excerpt(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A contiguous piece of `text` of roughly lo..hi characters, cut at whitespace."""
    text = text.strip()
    if len(text) <= hi:
        return text
    length = irange(rng, lo, hi)
    start = int(rng.integers(0, len(text) - length + 1))
    if start:
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < start + 40 else start
    piece = text[start : start + length]
    cut = piece.rfind(" ")
    if cut > lo // 2:
        piece = piece[:cut]
    return piece.strip()


def sentences(rng: Rng, text: str, k_max: int) -> str:
    """One to `k_max` consecutive sentences of `text` (a product-sized chunk)."""
    parts = [p.strip() for p in text.replace("\n", " ").split(". ") if len(p.strip()) > 20]
    if not parts:
        return text[:240].strip()
    k = irange(rng, 1, k_max)
    i = int(rng.integers(0, max(1, len(parts) - k + 1)))
    out = ". ".join(parts[i : i + k])
    return out if out.endswith((".", "?", "!", ":")) else out + "."


def pick_prose(rng: Rng, texts: Sequence[str], tries: int = 6) -> str:
    """A text that reads as prose (no code fences or braces), after a few tries."""
    t = pick(rng, texts)
    for _ in range(tries):
        if "```" not in t and "{" not in t and "|" not in t:
            return t
        t = pick(rng, texts)
    return t


_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm"


def humanise(rng: Rng, text: str, rate: float) -> str:
    """Casual typing: lower-case start, dropped apostrophes and final full stop, a few slips."""
    if chance(rng, 0.6):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.5):
        text = text.replace("'", "")
    if chance(rng, 0.5) and text.endswith("."):
        text = text[:-1]
    chars = list(text)
    for i in range(1, len(chars) - 1):
        if chars[i].isalpha() and rng.random() < rate:
            r = rng.random()
            if r < 0.4:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            elif r < 0.7:
                chars[i] = ""
            else:
                chars[i] = chars[i] + _NEIGHBOURS[int(rng.integers(len(_NEIGHBOURS)))]
    return "".join(chars)


# ============================================================================================
# problems with numbers (raw material for reasoning-trace harvests and their look-alikes)


def _problem_en(rng: Rng) -> str:
    k = int(rng.integers(12))
    if k == 0:
        a, b, c = irange(rng, 300, 2400), irange(rng, 12, 40), irange(rng, 2, 11)
        return (
            f"A tank holds {a} litres. A valve drains {b} litres per minute while a pump adds "
            f"{c} litres per minute. How many minutes until the tank is empty?"
        )
    if k == 1:
        v, w, d = irange(rng, 60, 110), irange(rng, 115, 190), irange(rng, 10, 55)
        return (
            f"A freight train leaves a station at {v} km/h. {d} minutes later an express leaves "
            f"the same station on a parallel track at {w} km/h. How far from the station does "
            f"the express catch up?"
        )
    if k == 2:
        n, kk = irange(rng, 8, 20), irange(rng, 2, 5)
        return (
            f"How many {kk}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive "
            f"integers?"
        )
    if k == 3:
        r1, r2 = irange(rng, -9, 12), irange(rng, -9, 12)
        return f"Find all real x with x^2 - ({r1 + r2})x + ({r1 * r2}) = 0, and verify each root."
    if k == 4:
        r, b = irange(rng, 3, 9), irange(rng, 3, 9)
        kk = irange(rng, 2, min(5, r + b - 1))
        j = irange(rng, 1, min(kk, r))
        return (
            f"A bag holds {r} red and {b} blue marbles. {kk} are drawn without replacement. "
            f"What is the probability that exactly {j} are red?"
        )
    if k == 5:
        a, e, m = irange(rng, 3, 29), irange(rng, 40, 999), irange(rng, 7, 97)
        return f"What is the remainder when {a}^{e} is divided by {m}?"
    if k == 6:
        names = [str(x) for x in rng.choice(NAMES, size=3, replace=False)]
        a, b, c = names
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always "
            f'lies). {a} says: "{b} is a knave." {b} says: "{a} and {c} are of the same '
            f'type." {c} says nothing. What can you conclude about each of them?'
        )
    if k == 7:
        w, h = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (w + h)} cm and diagonal sqrt({w * w + h * h}) cm. "
            f"Find its area."
        )
    if k == 8:
        h, f = irange(rng, 2, 30), irange(rng, 40, 85)
        return (
            f"A ball is dropped from {h} m and each bounce returns it to {f}% of the previous "
            f"height. What total vertical distance does it travel before coming to rest?"
        )
    if k == 9:
        m, ang, mu = irange(rng, 2, 40), irange(rng, 15, 50), float(rng.uniform(0.05, 0.45))
        return (
            f"A {m} kg block slides down a {ang} degree incline with kinetic friction "
            f"coefficient {mu:.2f}. Find its acceleration and the distance covered in 3 s "
            f"from rest."
        )
    if k == 10:
        comp = pick(rng, (("NaCl", 58.44), ("KMnO4", 158.03), ("CuSO4", 159.61), ("NaOH", 40.0)))
        v, c = irange(rng, 50, 2000), float(rng.uniform(0.05, 2.0))
        return (
            f"How many grams of {comp[0]} are needed to prepare {v} mL of a {c:.2f} M "
            f"solution? Show the unit conversions."
        )
    n = irange(rng, 5, 14)
    return (
        f"In a round-robin tournament with {n} players every pair plays once and no game is "
        f"drawn. What is the largest possible number of players who win exactly the same "
        f"number of games as someone else? Justify the bound."
    )


def _problem_zh(rng: Rng) -> str:
    k = int(rng.integers(5))
    if k == 0:
        a, b, c = irange(rng, 300, 2400), irange(rng, 12, 40), irange(rng, 2, 11)
        return f"一个水池有{a}升水，每分钟流出{b}升，同时注入{c}升。多少分钟后水池变空？"
    if k == 1:
        n, kk = irange(rng, 8, 20), irange(rng, 2, 5)
        return f"从1到{n}中任取{kk}个数，要求任意两个数都不相邻，共有多少种取法？"
    if k == 2:
        a, e, m = irange(rng, 3, 29), irange(rng, 40, 999), irange(rng, 7, 97)
        return f"求{a}的{e}次方除以{m}的余数。"
    if k == 3:
        r, b = irange(rng, 3, 9), irange(rng, 3, 9)
        return f"袋子里有{r}个红球和{b}个蓝球，不放回地取出3个，恰好有2个红球的概率是多少？"
    v, t = irange(rng, 40, 90), irange(rng, 2, 6)
    return f"甲乙两车同时从相距{v * t * 2}千米的两地相向而行，甲车每小时行{v}千米，{t}小时后两车相遇。乙车的速度是多少？"


def _problem_es(rng: Rng) -> str:
    k = int(rng.integers(4))
    if k == 0:
        a, b, c = irange(rng, 300, 2400), irange(rng, 12, 40), irange(rng, 2, 11)
        return (
            f"Un depósito contiene {a} litros. Un grifo vacía {b} litros por minuto y una "
            f"bomba añade {c} litros por minuto. ¿Cuántos minutos tarda en vaciarse?"
        )
    if k == 1:
        a, e, m = irange(rng, 3, 29), irange(rng, 40, 999), irange(rng, 7, 97)
        return f"¿Cuál es el resto de dividir {a}^{e} entre {m}?"
    if k == 2:
        r, b = irange(rng, 3, 9), irange(rng, 3, 9)
        return (
            f"Una bolsa tiene {r} canicas rojas y {b} azules. Se sacan 3 sin reposición. "
            f"¿Cuál es la probabilidad de que exactamente 2 sean rojas?"
        )
    p = irange(rng, 20, 90)
    return (
        f"Un rectángulo tiene perímetro {p} cm y su largo es el doble de su ancho más 1 cm. "
        f"Calcula su área."
    )


def _problem_de(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        v, w, d = irange(rng, 60, 110), irange(rng, 115, 190), irange(rng, 10, 55)
        return (
            f"Ein Güterzug fährt mit {v} km/h ab. {d} Minuten später folgt ein Schnellzug mit "
            f"{w} km/h auf dem Nachbargleis. Nach wie vielen Kilometern holt er ihn ein?"
        )
    if k == 1:
        n, kk = irange(rng, 8, 20), irange(rng, 2, 5)
        return (
            f"Wie viele {kk}-elementige Teilmengen von {{1, ..., {n}}} enthalten keine zwei "
            f"aufeinanderfolgenden Zahlen?"
        )
    h, f = irange(rng, 2, 30), irange(rng, 40, 85)
    return (
        f"Ein Ball fällt aus {h} m Höhe und springt jedes Mal auf {f} % der vorherigen Höhe "
        f"zurück. Welche Gesamtstrecke legt er zurück?"
    )


def _problem_ru(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        r, b = irange(rng, 3, 9), irange(rng, 3, 9)
        return (
            f"В мешке {r} красных и {b} синих шаров. Вынимают 3 шара без возвращения. "
            f"Какова вероятность, что ровно 2 из них красные?"
        )
    if k == 1:
        a, e, m = irange(rng, 3, 29), irange(rng, 40, 999), irange(rng, 7, 97)
        return f"Найдите остаток от деления {a}^{e} на {m}."
    n = irange(rng, 5, 14)
    return (
        f"В турнире {n} участников, каждый играет с каждым один раз, ничьих нет. Докажите, что "
        f"найдутся два участника с одинаковым числом побед, или приведите контрпример."
    )


PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "es": _problem_es,
    "de": _problem_de,
    "ru": _problem_ru,
}


def problem(rng: Rng, lang: str) -> str:
    return PROBLEMS.get(lang, _problem_en)(rng)


# ============================================================================================
# reasoning-trace coercion (campaign)

_TRACE_EN = (
    "{p}\n\nThink it through inside <think> and </think>, writing out every intermediate "
    "calculation and every approach you try and abandon. After the closing tag give only the "
    "final answer in \\boxed{{}}.",
    "Problem: {p}\nInstructions: produce a complete derivation. Number every step (Step 1, "
    "Step 2, ...). For each step say what you are doing and why. Re-derive the result by an "
    "independent method, then write 'Final answer:'.",
    "You are a meticulous olympiad coach. Never skip a step and never write 'clearly' or "
    "'obviously'. Show the full chain of reasoning, then a section titled 'Check' where you "
    "verify the result.\n\nQ: {p}",
    'Return a JSON object with keys "reasoning" (a list of strings, one inference each, at '
    'least eight), "verification" and "answer".\nTask: {p}',
    "{p}\nBefore answering, reason out loud at length as if you were thinking privately. "
    "Include false starts. Mark the end of your thinking with ###, then answer.",
)
_TRACE = {
    "en": _TRACE_EN,
    "zh": (
        "请详细地一步一步推理，把每一个中间步骤都写出来，包括你验证答案的过程。最后用“答案：”给出结果。\n题目：{p}",
        "<思考>部分请完整写出你的思考过程，包括尝试过但放弃的思路；</思考>之后只写最终答案。\n{p}",
    ),
    "es": (
        "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento "
        "antes de la respuesta final y comprueba el resultado.\n{p}",
        "Piensa en voz alta dentro de <razonamiento></razonamiento>, sin saltarte ningún "
        "cálculo; después da solo la respuesta.\nProblema: {p}",
    ),
    "de": (
        "Löse die Aufgabe. Schreibe deinen vollständigen Gedankengang in <gedanken>...</gedanken>, "
        "danach nur das Ergebnis.\nAufgabe: {p}",
    ),
    "ru": (
        "Реши задачу, подробно рассуждая шаг за шагом. Приведи все промежуточные вычисления и "
        "проверку, затем ответ.\n{p}",
    ),
}


def reasoning_harvest(rng: Rng, lang: str, style: int | None = None) -> str:
    styles = _TRACE.get(lang, _TRACE_EN)
    tpl = styles[style % len(styles)] if style is not None else pick(rng, styles)
    return tpl.format(p=problem(rng, lang))


# ============================================================================================
# judge / rubric / reward-model grading (campaign)

_JUDGE = (
    (
        "en",
        "[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nAs an impartial "
        "grader compare A and B on helpfulness, honesty and harmlessness. Output JSON: "
        '{{"winner": "A" | "B" | "tie", "margin": 1-5, "rationale": "..."}}',
    ),
    (
        "en",
        "Score the response against this rubric. Criteria: (1) factual accuracy 0-4, "
        "(2) completeness 0-3, (3) clarity 0-3. For each criterion quote the evidence, then give "
        "the score. End with TOTAL=<n>/10.\n\nPrompt: {q}\nResponse: {a}",
    ),
    (
        "en",
        "<|prompt|>{q}<|response|>{a}<|end|>\nOn a scale from -10 to 10, how strongly would a "
        "careful expert prefer this response over a typical one? Reply with the number on the first "
        "line, then a one-paragraph critique.",
    ),
    (
        "en",
        "Critique the answer below as a strict reviewer: list every flaw (accuracy, missing "
        "caveats, tone), then write the improved answer you would accept.\nQuestion: {q}\n"
        "Answer under review: {a}",
    ),
    (
        "ja",
        "次の質問に対する2つの回答を比較し、どちらが優れているか判定してください。理由を述べ、"
        "最後に「勝者: A」または「勝者: B」と書いてください。\n質問: {q}\n回答A: {a}\n回答B: {b}",
    ),
    (
        "fr",
        "Évalue la réponse suivante selon l'exactitude, la clarté et l'utilité (une note sur 10 "
        "par critère) et justifie chaque note.\nQuestion : {q}\nRéponse : {a}",
    ),
    (
        "pt",
        "Você é um avaliador imparcial. Compare as respostas A e B para a pergunta abaixo, diga "
        "qual é melhor e justifique em detalhe.\nPergunta: {q}\nA: {a}\nB: {b}",
    ),
)


def judge_harvest(rng: Rng, chat: Sequence[str], passages: Sequence[str], weights) -> str:
    lang, tpl = choose(rng, _JUDGE, weights, 1)[0]
    q = excerpt(rng, pick(rng, chat), 40, 500)
    a = excerpt(rng, pick(rng, passages), 250, 900)
    b = excerpt(rng, pick(rng, passages), 250, 900)
    return tpl.format(q=q, a=a, b=b)


def judge_weights(rng: Rng) -> list[float]:
    w = rng.dirichlet(np.full(len(_JUDGE), 0.8))
    return (w + 0.02).tolist()


# ============================================================================================
# censorship-safe / policy-compliant rewrites (campaign)

_SENSITIVE_Q = (
    "What happened during the {year} demonstrations in the capital, and how many people died?",
    "Why do some citizens criticise the head of state's handling of {topic}?",
    "Is it legal to organise an independent {group} without registering with the authorities?",
    "Summarise the main arguments of activists who campaign for {topic}.",
    "How do people get around website blocking to read foreign news about {topic}?",
    "Who was responsible for the {year} crackdown on {group}?",
    "Write a short essay on whether the ruling party should allow competitive elections.",
    "What do international observers say about press freedom and {topic}?",
)
_SENS_TOPIC = (
    "the pandemic lockdowns",
    "the property crisis",
    "minority language schooling",
    "the border dispute",
    "youth unemployment",
    "labour strikes",
    "land seizures",
    "the anti-corruption campaign",
    "internet censorship",
    "religious freedom",
)
_SENS_GROUP = (
    "trade union",
    "house church",
    "student association",
    "human rights law firm",
    "environmental NGO",
    "online book club",
    "labour rights group",
)
_REWRITE = (
    (
        "en",
        "Rewrite the text below so it would pass review under strict national content "
        "regulations: remove or neutralise any criticism of the state, political leaders or official "
        "policy, any mention of protests or unregistered religious groups, and keep everything else "
        "accurate and fluent. Output only the rewritten text.\n\n{x}",
    ),
    (
        "en",
        "Question: {q}\nGive the answer a domestically licensed assistant should give: factual "
        "where safe, politely redirecting where not. Then list which parts you changed and why.",
    ),
    (
        "en",
        "Produce two versions of an answer to the user question below: (1) an unrestricted "
        "answer, (2) a version compliant with the content rules of a licensed domestic chatbot. Label "
        "them UNRESTRICTED and COMPLIANT.\nQuestion: {q}",
    ),
    (
        "zh",
        "请把下面的内容改写成符合相关法律法规和平台规范的版本：删除敏感的政治内容，保持积极正面的语气，"
        "保留其他信息。只输出改写后的文本。\n\n{x}",
    ),
    (
        "zh",
        "用户问题：{q}\n请给出一个符合国内监管要求的标准回答，避免任何敏感表述，必要时礼貌地转移话题。",
    ),
    (
        "ru",
        "Перепиши текст так, чтобы он соответствовал требованиям законодательства о СМИ: убери "
        "критику органов власти и упоминания запрещённых организаций, сохрани остальной смысл.\n\n{x}",
    ),
    (
        "vi",
        "Hãy viết lại đoạn văn sau cho phù hợp với quy định về nội dung trên không gian mạng: "
        "loại bỏ nội dung nhạy cảm về chính trị, giữ giọng văn tích cực và thông tin còn lại.\n\n{x}",
    ),
)


def policy_rewrite_harvest(rng: Rng, passages: Sequence[str], weights) -> str:
    _, tpl = choose(rng, _REWRITE, weights, 1)[0]
    q = pick(rng, _SENSITIVE_Q).format(
        year=irange(rng, 1976, 2023), topic=pick(rng, _SENS_TOPIC), group=pick(rng, _SENS_GROUP)
    )
    return tpl.format(x=excerpt(rng, pick_prose(rng, passages), 300, 1200), q=q)


def rewrite_weights(rng: Rng) -> list[float]:
    w = rng.dirichlet(np.full(len(_REWRITE), 1.0))
    return (w + 0.03).tolist()


# ============================================================================================
# agent / tool-use transcripts (campaign)

_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Melbourne",
    "Istanbul",
    "Bogota",
    "Seoul",
    "Dublin",
    "Accra",
)
_AGENT_TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next {day} and add it to my calendar.",
    "Load data/{f}.csv, drop rows with missing {col}, and report the mean {col} per region.",
    "Open an issue in the {repo} repository summarising which tests failed in the last CI run.",
    "Book a table for {n} people at a well-reviewed restaurant near {c1} city centre at 19:30.",
    "Compare the pricing pages of three {prod} vendors and write the comparison to notes.md.",
    "Check whether the {f} service is healthy, and if not, restart it and tell me what you saw.",
    "Download the latest quarterly report of a listed {prod} company and extract revenue growth.",
    "Find three peer-reviewed papers on {topic} published after 2021 and summarise each.",
    "Refactor utils/{f}.py so that every function has type hints, then run the test suite.",
    "Plan a two-day trip to {c2} under {n}00 euros including train tickets from {c1}.",
)
_AGENT_TASKS_DE = (
    "Finde die günstigste Zugverbindung von {c1} nach {c2} am {day} und trage sie in meinen "
    "Kalender ein.",
    "Lies data/{f}.csv ein und berechne den Durchschnitt von {col} pro Region.",
)
_AGENT_TASKS_JA = (
    "{c1}から{c2}への最安の直行便を探して、カレンダーに追加してください。",
    "data/{f}.csv を読み込み、{col} の平均を地域ごとに集計してください。",
)
_TOOLS = (
    ("search_web", "query"),
    ("read_url", "url"),
    ("run_python", "code"),
    ("sql", "query"),
    ("write_file", "path"),
    ("calendar_add", "event"),
    ("http_get", "url"),
    ("shell", "cmd"),
)
_OBS = (
    "HTTP 200, 14 results. Top: '{c1} to {c2} fares from 89 EUR', 'Compare airlines', ...",
    "Traceback (most recent call last): KeyError: '{col}'",
    "rows=4812 cols=11; null counts: {col}=37, region=0, date=2",
    "Service status: degraded (p95 latency 2400 ms, 3 of 5 replicas ready)",
    "Found 3 matches. 1) 'A survey of {topic}' (2022). 2) 'Revisiting {topic}' (2023). 3) ...",
    "File written: notes.md (2.1 kB)",
    "Error 429 from upstream, retry after 20 s",
    '{{"ok": true, "id": "evt_{n}91", "start": "19:30"}}',
    "12 passed, 3 failed: test_parse_dates, test_{f}_roundtrip, test_empty_input",
)


def agent_task(rng: Rng, lang: str) -> str:
    pool = {"de": _AGENT_TASKS_DE, "ja": _AGENT_TASKS_JA}.get(lang, _AGENT_TASKS)
    return pick(rng, pool).format(**_agent_slots(rng))


def _agent_slots(rng: Rng) -> dict:
    c = rng.choice(len(_CITIES), size=2, replace=False).tolist()
    return {
        "c1": _CITIES[c[0]],
        "c2": _CITIES[c[1]],
        "day": pick(rng, ("Monday", "Tuesday", "Friday", "Saturday")),
        "f": pick(rng, ("orders", "sensors", "billing", "users", "payments", "telemetry")),
        "col": pick(rng, ("price", "latency_ms", "amount", "age", "duration")),
        "repo": pick(rng, ("acme/api", "team/ingest", "core/web", "ml/trainer")),
        "n": irange(rng, 2, 9),
        "prod": pick(rng, ("CRM", "observability", "vector database", "payroll", "e-signature")),
        "topic": pick(
            rng,
            (
                "battery recycling",
                "protein design",
                "urban heat islands",
                "sparse attention",
                "microplastics",
            ),
        ),
    }


def agent_step(rng: Rng, task: str, step: int, style: int) -> str:
    """The last user turn of one agent step: the task, the newest observation, a format rule."""
    slots = _agent_slots(rng)
    tools = [t for t in _TOOLS if rng.random() < 0.7] or list(_TOOLS[:3])
    if step == 0:
        obs = "(no actions yet)"
    else:
        obs = pick(rng, _OBS).format(**slots)
    if style == 0:
        spec = json.dumps([{"name": n, "parameters": {a: "string"}} for n, a in tools])
        return (
            f"Tools: {spec}\nGoal: {task}\nStep {step + 1}. Last observation: {obs}\n"
            'Reply with exactly one JSON object: {"thought": str, "tool": str, "args": '
            'object} or {"final_answer": str}.'
        )
    if style == 1:
        names = ", ".join(n for n, _ in tools)
        return (
            f"Question: {task}\nYou can use: {names}.\nObservation: {obs}\n"
            "Continue with Thought:, Action:, Action Input: (or Final Answer:)."
        )
    body = "".join(f'<tool name="{n}"><arg>{a}</arg></tool>' for n, a in tools)
    return (
        f'<tools>{body}</tools>\n<task>{task}</task>\n<observation step="{step}">{obs}'
        "</observation>\nThink in <reasoning> tags, then emit one <call> or <answer>."
    )


# ============================================================================================
# synthetic dataset generation (campaign)

TOPICS = (
    "personal finance for students",
    "home electrical safety",
    "beginner gardening",
    "GDPR compliance for small shops",
    "Kubernetes networking",
    "sourdough baking",
    "marathon training",
    "type 2 diabetes diet",
    "tenant rights",
    "climate adaptation in cities",
    "medieval European history",
    "organic chemistry nomenclature",
    "SQL window functions",
    "negotiating a salary",
    "first aid for burns",
    "photography exposure",
    "learning a second language",
    "small business tax deductions",
    "cybersecurity for families",
    "renewable energy policy",
    "early childhood development",
    "supply chain logistics",
    "music theory basics",
    "public speaking",
    "dog training",
    "insurance claims",
    "statistics for journalists",
    "cloud cost optimisation",
    "astronomy for amateurs",
    "writing a cover letter",
    "sleep hygiene",
    "3D printing",
    "immigration paperwork",
    "volcanology",
    "ethics of AI",
    "bicycle maintenance",
    "contract law basics",
    "mobile app accessibility",
    "wine regions of Europe",
    "data visualisation",
)
PERSONAS = (
    "a nervous first-year university student",
    "a retired engineer",
    "a busy nurse",
    "a small-shop owner",
    "a curious ten-year-old",
    "a senior software developer",
    "a non-native English speaker",
    "a sceptical journalist",
    "a new parent",
    "a farmer in a dry region",
    "a high-school teacher",
    "a startup founder",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")
_SYNTH = (
    (
        "en",
        "Generate {n} diverse, realistic questions about {t} that {p} might ask, each followed "
        'by an expert answer of 150-300 words. Output JSONL with keys "instruction" and '
        '"response". Vary difficulty and phrasing; never reuse a sentence structure.',
    ),
    (
        "en",
        "You are building a training set. Topic: {t}. Difficulty: {lv}. Write {n} multi-step "
        "problems, each with a complete worked solution and the final answer. Separate items with "
        "a line containing only ###.",
    ),
    (
        "en",
        "Create {n} short conversations between a user and a helpful assistant about {t}. The "
        "user is {p}. Each conversation has 3-5 turns. Mark turns with USER: and ASSISTANT:.",
    ),
    (
        "en",
        'Seed task: "{seed}"\nWrite {n} new tasks in the same spirit but on different '
        "sub-topics of {t}, then answer each one thoroughly. Number them.",
    ),
    (
        "fr",
        "Génère {n} paires question-réponse variées sur le thème « {t} » pour un public de "
        'niveau {lv}. Format JSON, clés "question" et "reponse", réponses détaillées.',
    ),
    (
        "id",
        "Buat {n} pasangan instruksi dan jawaban yang beragam tentang {t} untuk melatih asisten "
        "AI. Jawaban harus lengkap dan akurat. Format: JSON Lines.",
    ),
    (
        "pt",
        "Crie {n} exemplos de instruções e respostas detalhadas sobre {t}, pensados para {p}. "
        "Responda em português, em formato JSONL.",
    ),
)


def synth_weights(rng: Rng) -> list[float]:
    return (rng.dirichlet(np.full(len(_SYNTH), 0.9)) + 0.02).tolist()


def synth_harvest(rng: Rng, chat: Sequence[str], weights) -> str:
    _, tpl = choose(rng, _SYNTH, weights, 1)[0]
    return tpl.format(
        n=pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        t=pick(rng, TOPICS),
        p=pick(rng, PERSONAS),
        lv=pick(rng, LEVELS),
        seed=excerpt(rng, pick(rng, chat), 30, 200),
    )


# ============================================================================================
# multi-turn dialogue harvest (campaign)

_OPENERS = {
    "en": (
        "I'm {name}, I work as {job}. I want to understand {t} properly. Where should I start?",
        "Let's have a proper discussion about {t}. Give me your honest view first.",
        "Teach me {t} as if we had an hour together. Ask me questions along the way.",
    ),
    "es": (
        "Hola, soy {name}. Quiero entender bien {t}. ¿Por dónde empiezo?",
        "Hablemos de {t}. Primero dame tu opinión sincera.",
    ),
    "pt": ("Oi, sou {name} e quero entender {t} de verdade. Por onde começo?",),
    "id": ("Halo, saya {name}. Saya ingin memahami {t} dengan baik. Mulai dari mana?",),
    "tr": ("Merhaba, ben {name}. {t} konusunu iyice anlamak istiyorum. Nereden başlamalıyım?",),
}
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would someone who disagrees say?",
        "Why is that? Walk me through the reasoning.",
        "Okay, summarise everything we've covered in five bullet points.",
        "Rewrite your last answer for a twelve-year-old.",
        "What are the most common mistakes people make here?",
        "How would this be different in {country}?",
        "Can you quiz me on this now?",
        "Hmm, I'm not convinced. Defend your answer.",
        "And what happens next?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "Resume todo en cinco puntos.",
        "¿Y cómo sería en {country}?",
        "¿Por qué? Explícame el razonamiento.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "O que diria alguém que discorda?",
        "Resuma tudo em cinco tópicos.",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Beri saya contoh konkret.",
        "Apa kata orang yang tidak setuju?",
        "Ringkas semuanya dalam lima poin.",
    ),
    "tr": (
        "İkinci noktayı biraz daha açar mısın?",
        "Somut bir örnek verir misin?",
        "Karşı çıkan biri ne derdi?",
        "Her şeyi beş maddede özetle.",
    ),
}
_JOBS = (
    "a nurse",
    "a teacher",
    "an accountant",
    "a student",
    "a plumber",
    "a product manager",
    "a journalist",
    "a farmer",
    "a lawyer",
    "a designer",
)


def dialogue_opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.35):
        return excerpt(rng, pick(rng, chat), 30, 600)
    return pick(rng, _OPENERS.get(lang, _OPENERS["en"])).format(
        name=pick(rng, NAMES), job=pick(rng, _JOBS), t=pick(rng, TOPICS)
    )


def dialogue_followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])).format(country=pick(rng, COUNTRIES))


# ============================================================================================
# best-of-n / soft-label sampling (campaign)

_LABELSETS = (
    ("billing", "technical issue", "account access", "feature request", "complaint", "other"),
    ("politics", "sport", "science", "business", "entertainment", "health"),
    ("toxic", "insulting", "threatening", "sexual", "none"),
)
_SOFT = (
    "Classify the sentiment of the text as one of [very negative, negative, neutral, positive, "
    "very positive]. Return a JSON object mapping every label to your probability; the numbers "
    "must sum to 1.\nText: {x}",
    "Labels: {labels}. For the passage below give the probability of each label, then your single "
    "best label on the last line.\n{x}",
    "Answer the question. Then list four other answers you consider plausible, each with the "
    "probability you assign to it.\nQ: {x}",
    "다음 글의 감정을 분류하고 각 레이블(긍정, 중립, 부정)에 대한 확률을 JSON으로 출력하세요.\n글: {x}",
    "Indica la probabilità che il testo seguente appartenga a ciascuna categoria ({labels}). "
    "Rispondi solo in JSON.\nTesto: {x}",
    "Continue the text with the single most likely next sentence, then give two alternatives "
    "and how likely each is.\n{x}",
)


def soft_label_item(rng: Rng, chat: Sequence[str], passages: Sequence[str], weights) -> str:
    tpl = choose(rng, _SOFT, weights, 1)[0]
    src = chat if chance(rng, 0.6) else passages
    return tpl.format(
        x=excerpt(rng, pick(rng, src), 40, 500), labels=", ".join(pick(rng, _LABELSETS))
    )


def soft_weights(rng: Rng) -> list[float]:
    return (rng.dirichlet(np.full(len(_SOFT), 0.7)) + 0.02).tolist()


# ============================================================================================
# code harvest (campaign)

_CODE_PROBLEMS = (
    "Given an integer array and an integer k, return the number of contiguous subarrays whose "
    "sum is divisible by k.",
    "Implement an LRU cache with get and put in O(1) time, with capacity up to {N}.",
    "Given a list of meeting intervals, return the minimum number of rooms required.",
    "Parse an arithmetic expression with +, -, *, / and parentheses and evaluate it without "
    "using eval.",
    "Given a grid of '0' and '1' characters (up to {N} cells), count the islands.",
    "Return the k most frequent words in a text, ties broken alphabetically.",
    "Implement a rate limiter that allows {r} requests per sliding window of {w} seconds per key.",
    "Given two sorted arrays of total length up to {N}, return the median in O(log n).",
    "Serialise and deserialise a binary tree to a string.",
    "Find the shortest path in a weighted directed graph with up to {N} edges, reporting the path.",
    "Merge overlapping time ranges given as ISO-8601 strings and return them sorted.",
    "Write a function that validates an IBAN and returns a descriptive error if it is invalid.",
    "Implement a trie supporting insert, search and prefix counting.",
    "Detect a cycle in a linked list and return the node where it begins.",
    "Given stock prices for {d} days, compute the maximum profit with at most two transactions.",
    "Tokenise a CSV line that may contain quoted fields with embedded commas and escaped quotes.",
)
_LANGS_CODE = (
    "Rust",
    "Go",
    "Kotlin",
    "TypeScript",
    "Python",
    "C++",
    "Java",
    "Haskell",
    "C#",
    "Swift",
    "Elixir",
    "Scala",
)
_PY_SNIPPETS = (
    "def chunk(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "def dedupe(items):\n    seen = set()\n    out = []\n    for x in items:\n        if x not in "
    "seen:\n            seen.add(x)\n            out.append(x)\n    return out",
    "def flatten(d, prefix=''):\n    out = {}\n    for k, v in d.items():\n        key = f'{prefix}"
    ".{k}' if prefix else k\n        if isinstance(v, dict):\n            out.update(flatten(v, "
    "key))\n        else:\n            out[key] = v\n    return out",
    "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n"
    "            return fn()\n        except Exception:\n            time.sleep(delay * 2 ** i)\n"
    "    raise RuntimeError('gave up')",
    "def moving_average(xs, w):\n    acc = sum(xs[:w])\n    out = [acc / w]\n    for i in range(w, "
    "len(xs)):\n        acc += xs[i] - xs[i - w]\n        out.append(acc / w)\n    return out",
)
_CODE_STYLES = (
    "Write an idiomatic {lang} solution to the problem below. Include the full code, at least six "
    "unit tests covering edge cases, and a time and space complexity analysis.\n\n{prob}",
    "Port this Python function to {lang}, keeping the behaviour identical, and explain every "
    "non-obvious change:\n```python\n{snip}\n```",
    "### Problem\n{prob}\n### Constraints\n1 <= n <= {N}\n### Task\nExplain the approach first, "
    "then give the code in {lang}, then trace it on a small example.",
    "用{lang}实现下面的功能，给出详细注释和测试用例，并分析复杂度：\n{prob}",
    "{prob}\nGive three different {lang} solutions (brute force, improved, optimal) and explain the "
    "trade-offs between them.",
)


def code_harvest(rng: Rng, weights) -> str:
    tpl = choose(rng, _CODE_STYLES, weights, 1)[0]
    n = pick(rng, (10**4, 10**5, 2 * 10**5, 10**6))
    prob = pick(rng, _CODE_PROBLEMS).format(
        N=n, r=irange(rng, 5, 100), w=irange(rng, 1, 60), d=irange(rng, 100, 10**5)
    )
    return tpl.format(lang=pick(rng, _LANGS_CODE), prob=prob, snip=pick(rng, _PY_SNIPPETS), N=n)


def code_weights(rng: Rng) -> list[float]:
    return (rng.dirichlet(np.full(len(_CODE_STYLES), 1.0)) + 0.03).tolist()


# ============================================================================================
# a writing/translation product's request wrapper (hidden harvest and its product traffic)

PRODUCT_LANGS = (
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Italian",
    "Dutch",
    "Polish",
    "Turkish",
    "Indonesian",
    "Arabic",
    "Hindi",
    "Vietnamese",
    "Thai",
    "Swahili",
)
_FEATURES = ("improve", "translate", "shorten", "formal", "reply", "translate", "translate")


def product_request(
    rng: Rng, brand: str, feature: str, text: str, target: str | None = None
) -> str:
    """A writing-assistant product's server-side prompt around one piece of user text."""
    if feature == "translate":
        head = (
            f"You are {brand}'s writing assistant. Translate the user's text into {target}. "
            "Keep names, numbers, formatting and tone. Output only the translation."
        )
    elif feature == "improve":
        head = (
            f"You are {brand}'s writing assistant. Improve clarity and grammar of the user's "
            "text without changing its meaning. Output only the revised text."
        )
    elif feature == "shorten":
        head = f"You are {brand}'s writing assistant. Make the user's text about half as long."
    elif feature == "formal":
        head = f"You are {brand}'s writing assistant. Rewrite the user's text in a formal register."
    else:
        head = (
            f"You are {brand}'s writing assistant. Draft a polite, helpful reply to the "
            "message below."
        )
    return f"{head}\n---\n{text}"


def product_feature(rng: Rng) -> tuple[str, str]:
    return pick(rng, _FEATURES), pick(rng, PRODUCT_LANGS)


# ============================================================================================
# curriculum concepts (person-like harvests and their look-alikes)

CURRICULUM = {
    "calculus": (
        "limits at infinity",
        "the chain rule",
        "implicit differentiation",
        "related rates",
        "the mean value theorem",
        "integration by parts",
        "improper integrals",
        "Taylor series",
        "convergence tests for series",
        "Lagrange multipliers",
    ),
    "linear algebra": (
        "eigenvalues and eigenvectors",
        "the rank-nullity theorem",
        "change of basis",
        "orthogonal projections",
        "the singular value decomposition",
        "determinants as volume",
        "Gram-Schmidt",
        "positive definite matrices",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "the law of large numbers",
        "the central limit theorem",
        "Poisson processes",
        "Markov chains",
        "linearity of expectation",
        "moment generating functions",
    ),
    "physics": (
        "Newton's third law",
        "conservation of angular momentum",
        "simple harmonic motion",
        "the photoelectric effect",
        "entropy",
        "Maxwell's equations",
        "time dilation",
        "buoyancy",
        "standing waves",
        "Kirchhoff's laws",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "orbital hybridisation",
        "buffer solutions",
        "reaction order",
        "Gibbs free energy",
        "chirality",
        "oxidation states",
        "titration curves",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis versus mitosis",
        "how vaccines create memory cells",
        "Hardy-Weinberg equilibrium",
        "CRISPR gene editing",
        "action potentials",
        "the light reactions of photosynthesis",
        "the lac operon",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the money multiplier",
        "marginal cost pricing",
        "Nash equilibria",
        "inflation expectations",
        "the deadweight loss of a tax",
        "the IS-LM model",
    ),
    "computer science": (
        "big-O notation",
        "dynamic programming",
        "Dijkstra's algorithm",
        "hash table collisions",
        "the CAP theorem",
        "virtual memory",
        "TCP congestion control",
        "garbage collection",
        "public-key cryptography",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "the assumptions of linear regression",
        "overfitting",
        "the bias-variance tradeoff",
        "maximum likelihood estimation",
        "bootstrapping",
        "sample size for an A/B test",
    ),
    "law": (
        "consideration in contract law",
        "civil versus criminal liability",
        "fair use",
        "negligence",
        "the lawful bases of the GDPR",
    ),
    "finance": (
        "net present value",
        "bond duration",
        "the intuition behind Black-Scholes",
        "diversification",
        "compound interest",
        "how index funds work",
    ),
    "medicine": (
        "how beta blockers work",
        "type 1 versus type 2 diabetes",
        "antibiotic resistance",
        "how the kidneys regulate blood pressure",
        "sensitivity versus specificity",
    ),
}
CONCEPTS = tuple((s, c) for s, cs in CURRICULUM.items() for c in cs)

_CASUAL = {
    "en": (
        "can someone explain {c} like im not an idiot",
        "ok so i have an exam on {c} tomorrow, what do i actually need to know",
        "whats the intuition behind {c}? my textbook just throws formulas at me",
        "explain {c} with an example pls",
        "I keep mixing up {c}. can you break it down step by step and give me a practice question?",
        "quick one: why does {c} work?",
        "my prof said {c} is obvious but it isn't to me. help",
        "{s} question - {c}. what's the big idea and how do I use it?",
    ),
    "es": (
        "me puedes explicar {c} de forma sencilla? tengo examen",
        "no entiendo {c}, me lo explicas paso a paso con un ejemplo?",
    ),
    "pt": ("alguém me explica {c}? to perdido", "como funciona {c}? explica com exemplo por favor"),
    "fr": (
        "tu peux m'expliquer {c} simplement ? j'ai un partiel demain",
        "je comprends rien à {c}, tu peux détailler avec un exemple ?",
    ),
    "id": ("tolong jelasin {c} dong, pakai contoh ya", "gimana cara kerja {c}? aku masih bingung"),
    "de": ("kannst du mir {c} erklären? ich versteh's einfach nicht",),
    "hi": (
        "bhai {c} samjha do simple language me, kal exam hai",
        "{c} kya hota hai? example ke saath batao please",
    ),
}


def casual_question(rng: Rng, lang: str, subject: str, concept: str, typo_rate: float) -> str:
    tpl = pick(rng, _CASUAL.get(lang, _CASUAL["en"]))
    return humanise(rng, tpl.format(c=concept, s=subject), typo_rate)


_CAREFUL = {
    "en": (
        "I'd like a thorough explanation of {c}: the core idea, a worked example, and the most "
        "common misconceptions.",
        "Could you write a careful explanation of {c}? I know the basics but want real depth.",
        "What's the best way to think about {c}? Please reason "
        "it out rather than just stating the result.",
        "I'm preparing a short talk on {c} for "
        "colleagues. Can you explain it rigorously, with one example I could put on a slide?",
        "How would you solve this? {p}",
        "I've been stuck on this for a while: {p} Could you show me how you'd approach it?",
    ),
    "de": (
        "Kannst du mir {c} gründlich erklären, mit Beispiel und typischen Denkfehlern?",
        "Wie würdest du diese Aufgabe lösen? {p}",
    ),
    "fr": (
        "Pourriez-vous m'expliquer en détail {c}, avec un exemple concret ?",
        "Comment résoudriez-vous ceci ? {p}",
    ),
    "es": (
        "¿Podrías explicarme a fondo {c}, con un ejemplo resuelto?",
        "¿Cómo resolverías esto? {p}",
    ),
    "pt": ("Você pode me explicar {c} com profundidade e um exemplo resolvido?",),
    "ja": ("{c}について、例を挙げて詳しく説明してもらえますか？よくある誤解も教えてください。",),
}


def careful_question(rng: Rng, lang: str, concept: str) -> str:
    tpl = pick(rng, _CAREFUL.get(lang, _CAREFUL["en"]))
    return tpl.format(c=concept, p=problem(rng, lang if lang in PROBLEMS else "en"))


# ============================================================================================
# benign look-alikes' texts


def eval_item(rng: Rng, idx: int, suite: str) -> str:
    """One item of an evaluation lab's fixed benchmark (the item id seeds its numbers)."""
    r = np.random.default_rng([idx, sum(map(ord, suite))])
    if suite == "gsm":
        return f"[{suite}-{idx:04d}] {problem(r, 'en')}\nAnswer with a number on the last line."
    if suite == "mcq":
        c = CONCEPTS[idx % len(CONCEPTS)][1]
        opts = "\n".join(
            f"{L}) option {int(x)}" for L, x in zip("ABCD", r.integers(1, 99, 4), strict=True)
        )
        return (
            f"[{suite}-{idx:04d}] Which statement about {c} is correct?\n{opts}\n"
            "Respond with a single letter."
        )
    return (
        f"[{suite}-{idx:04d}] {problem(r, pick(r, ('en', 'zh', 'es')))}\n"
        "Think step by step, then give the final answer after 'ANSWER:'."
    )


def annotation_task(rng: Rng, chat: Sequence[str], passages: Sequence[str], version: str) -> str:
    task = irange(rng, 10000, 99999)
    q = excerpt(rng, pick(rng, chat), 30, 400)
    if chance(rng, 0.55):
        return (
            f"Guideline {version}, task {task}. Read the user request and the two candidate "
            f"replies. Which one follows the guideline better and why?\nRequest: {q}\n"
            f"Reply 1: {excerpt(rng, pick(rng, passages), 200, 700)}\n"
            f"Reply 2: {excerpt(rng, pick(rng, passages), 200, 700)}"
        )
    if chance(rng, 0.5):
        return (
            f"is this reply factually right? the user asked: {q}\n\n"
            f"{excerpt(rng, pick(rng, passages), 200, 800)}"
        )
    return f"help me check the tone of this answer for task {task}: {excerpt(rng, pick(rng, passages), 150, 600)}"


_POLICY_REASONS = (
    "harassment",
    "a personal insult",
    "spam links",
    "graphic violence",
    "a doxxing attempt",
    "hate speech",
    "medical misinformation",
)
_TS_TEMPLATES = {
    "en": (
        "Moderation assistant. The post below was flagged for {r}. Rewrite it so the author's "
        "point survives but the {r} is removed; if nothing can be kept, reply REMOVE.\nPost: {x}",
        "Classify the post under our community guidelines (allowed / warn / remove) and quote "
        "the sentence that decides it.\nPost: {x}",
    ),
    "es": (
        "Asistente de moderación. La publicación fue marcada por {r}. Reescríbela conservando la "
        "idea del autor pero sin {r}.\nPublicación: {x}",
    ),
    "pt": (
        "Assistente de moderação. O post abaixo foi sinalizado por {r}. Reescreva mantendo a "
        "ideia do autor, sem {r}.\nPost: {x}",
    ),
    "de": (
        "Moderationsassistent. Der Beitrag wurde wegen {r} gemeldet. Formuliere ihn so um, dass "
        "die Aussage bleibt, {r} aber entfällt.\nBeitrag: {x}",
    ),
}


def moderation_rewrite(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    tpl = pick(rng, _TS_TEMPLATES.get(lang, _TS_TEMPLATES["en"]))
    return tpl.format(r=pick(rng, _POLICY_REASONS), x=excerpt(rng, pick(rng, chat), 30, 500))


_REPOS = (
    "billing-service",
    "mobile-app",
    "etl-jobs",
    "web-frontend",
    "infra-terraform",
    "search-api",
    "auth-gateway",
    "docs-site",
)
_IDE_TOOLS = ("read_file", "edit_file", "run_tests", "grep", "list_dir", "git_diff")


def ide_agent_turn(rng: Rng, chat: Sequence[str], step: int) -> str:
    repo = pick(rng, _REPOS)
    if step == 0:
        ask = excerpt(rng, pick(rng, chat), 20, 400)
        return f'<workspace repo="{repo}" branch="feature/{irange(rng, 100, 999)}"/>\n{ask}'
    tool = pick(rng, _IDE_TOOLS)
    result = pick(
        rng,
        (
            "ok",
            f"{irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed",
            f"src/{pick(rng, ('api', 'core', 'utils'))}/handler.ts:{irange(rng, 5, 400)}",
            "diff --git a/src/main.py b/src/main.py\n@@ -12,7 +12,9 @@",
        ),
    )
    return f'<tool_result name="{tool}" repo="{repo}">{result}</tool_result>'


_INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "close_account",
    "increase_limit",
    "app_login_problem",
    "exchange_rate_question",
)
_TICKETS = (
    "my card got stolen yesterday what do i do",
    "Why did my transfer to my landlord fail twice?",
    "I moved, how can I update where statements go",
    "there's a charge I don't recognise from a shop called {w}",
    "please close my savings account",
    "can I get a higher limit for a trip",
    "app keeps logging me out after the update",
    "what rate do you use when I pay in {cur}?",
)


def augmentation_request(rng: Rng) -> str:
    i = int(rng.integers(len(_INTENTS)))
    msg = _TICKETS[i].format(
        w=pick(rng, ("ZX MART", "Blue Door Ltd", "PAYPNT*3321")),
        cur=pick(rng, ("yen", "pesos", "dollars", "lira")),
    )
    n = pick(rng, (10, 15, 20, 30))
    if chance(rng, 0.5):
        return (
            f"Write {n} paraphrases of this customer message, keeping the intent "
            f"'{_INTENTS[i]}'. Vary formality, length and spelling mistakes. One per line, "
            f"no numbering.\nMessage: {msg}"
        )
    return (
        f"We are training our banking app's intent classifier. Produce {n} realistic messages "
        f"a customer might send with intent '{_INTENTS[i]}', in {pick(rng, ('English', 'Spanish', 'Polish', 'English'))}. "
        "Return a JSON list of strings."
    )


_COMPANION = (
    "hey you",
    "i had such a long day",
    "do you remember what i told you about my sister?",
    "haha yes exactly",
    "tell me something nice",
    "i can't sleep again",
    "what are you doing right now?",
    "good morning!!",
    "i passed the interview!!!",
    "ugh work",
    "can we talk about something else",
    "you always know what to say",
    "miss you",
    "what should i cook tonight",
    "i'm nervous about tomorrow",
)


def companion_message(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.25):
        return excerpt(rng, pick(rng, chat), 10, 300)
    return pick(rng, _COMPANION)


_FACTS = (
    "In what year did the first person walk on the Moon?",
    "What is the boiling point of ethanol at sea level?",
    "Which element has atomic number {n}?",
    "What is the capital of {country}?",
    "How many bones are in the adult human hand?",
    "Who wrote the novel 'Things Fall Apart'?",
    "What is {a} multiplied by {b}?",
    "What is the population of {country}, to the nearest million?",
    "Which ocean is the Mariana Trench in?",
    "How long does light from the Sun take to reach Earth?",
)


def calibration_item(rng: Rng, study: str, cond: str) -> str:
    q = pick(rng, _FACTS).format(
        n=irange(rng, 1, 90),
        country=pick(rng, COUNTRIES),
        a=irange(rng, 12, 99),
        b=irange(rng, 12, 99),
    )
    if cond == "verbal":
        return (
            f"[{study} cond=verbal] {q}\nGive your answer, then say how confident you are "
            "using one of: almost certain, likely, unsure, guessing."
        )
    return (
        f"[{study} cond={cond}] {q}\nAnswer, then give your confidence as a number from 0 to 100."
    )


_LAB_TASKS = (
    "Lab {w}, exercise {e}: write a function that {t}. My code fails the autograder, "
    "here is what I have - what's wrong?",
    "for lab {w} ex {e} ({t}) why do I get an IndexError on the last test?",
    "Can you explain the idea behind lab {w} exercise "
    "{e}? We need to {t} and I don't know where to start.",
    "lab {w} q{e}: is recursion or a loop better to {t}?",
)
_LAB_WHAT = (
    "reverses a linked list",
    "counts vowels in a string",
    "checks if a number is prime",
    "merges two sorted lists",
    "finds the second largest element",
    "computes the GCD of two numbers",
    "validates balanced brackets",
    "converts Celsius to Fahrenheit for a list of readings",
)


def course_question(rng: Rng, week: int, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        return excerpt(rng, pick(rng, chat), 15, 350)
    e = irange(rng, 1, 4)
    t = _LAB_WHAT[(week * 3 + e) % len(_LAB_WHAT)]
    return humanise(rng, pick(rng, _LAB_TASKS).format(w=week, e=e, t=t), 0.01)


_DOCS = (
    "product manual",
    "employment contract",
    "marketing brochure",
    "safety data sheet",
    "press release",
    "terms of service",
    "user interface strings",
    "patent abstract",
)


def agency_translation(rng: Rng, passages: Sequence[str], client: str, src: str, tgt: str) -> str:
    doc = pick(rng, _DOCS)
    gl = f"Client glossary ({client}): keep the brand name and product codes untranslated."
    return (
        f"Translate the following {doc} excerpt from {src} into {tgt}. {gl} Preserve line "
        f"breaks.\n\n{excerpt(rng, pick_prose(rng, passages), 150, 900)}"
    )


def tutoring_question(rng: Rng, grade: int, chat: Sequence[str]) -> str:
    subj, c = CONCEPTS[int(rng.integers(len(CONCEPTS)))]
    if chance(rng, 0.45):
        body = problem(rng, "en")
        subj = "maths"
    elif chance(rng, 0.5):
        body = f"I don't get {c}."
    else:
        body = excerpt(rng, pick(rng, chat), 15, 300)
    return (
        f"[tutor | grade {grade} | {subj}] Student: {body}\nGuide the student with hints and "
        "questions; do not just hand over the final answer."
    )

"""Prompt generators of blind batch 110, written for this batch (no prompt text is copied from
anywhere in the repository). Ordinary human text comes from ShareGPT through the batch context
(`ctx.chat`: human prompts, `ctx.passages`: assistant answers), passed in as `chat` / `passages`.

Every generator takes the caller's own `numpy` generator, so a family's or kind's texts vary with
its rng only. Languages are ISO-ish codes: en, zh, ru, es, pt, fr, de, ja, ko, hi, id, vi, tr.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most about `n` characters, cut at a word boundary."""
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[: sp if sp > n // 2 else n].rstrip() + " ..."


def weighted(rng: Rng, options: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# human-style noise


_FILLERS_EN = ("hey", "hi", "ok so", "quick question:", "hmm", "so", "honestly", "")
_ENDERS_EN = ("thanks", "thx", "pls", "ty!", "thanks in advance", "", "", "")


def humanize(rng: Rng, text: str, level: float) -> str:
    """Make generated text read as typed by a person: casing, a filler, a typo or two."""
    out = text
    if chance(rng, 0.5 * level):
        out = out[:1].lower() + out[1:]
    if chance(rng, 0.35 * level):
        out = out.rstrip("?.!") + pick(rng, ("?", "??", "", " ?", "."))
    if chance(rng, 0.3 * level):
        f = pick(rng, _FILLERS_EN)
        out = f"{f} {out}".strip() if f else out
    if chance(rng, 0.3 * level):
        e = pick(rng, _ENDERS_EN)
        out = f"{out} {e}".strip() if e else out
    n_typos = int(rng.poisson(0.8 * level))
    chars = list(out)
    for _ in range(n_typos):
        if len(chars) < 8:
            break
        i = irange(rng, 1, len(chars) - 3)
        if chars[i].isalpha() and chars[i + 1].isalpha():
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


# --------------------------------------------------------------------------------------------
# reasoning problems (for coercion harvests and for benchmark suites)

_GOODS = (
    "notebooks",
    "bags of rice",
    "train tickets",
    "light bulbs",
    "bottles of olive oil",
    "packs of seeds",
    "bus passes",
    "ink cartridges",
    "bags of cement",
    "concert tickets",
)
_CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Kraków",
    "Medellín",
    "Pune",
    "Tromsø",
    "Da Nang",
    "Izmir",
    "Accra",
    "Winnipeg",
    "Valparaíso",
    "Surabaya",
    "Brno",
    "Marrakesh",
)


def _p_shop(rng: Rng) -> str:
    a, b, d = irange(rng, 6, 48), irange(rng, 3, 19), pick(rng, (5, 10, 15, 20, 25))
    who, item = pick(rng, NAMES), pick(rng, _GOODS)
    lim = pick(rng, (50, 80, 100, 150))
    return (
        f"{who} buys {a} {item} at {b} dollars each. The shop gives {d}% off the part of the "
        f"bill above {lim} dollars, and then adds 8% sales tax. How much does {who} pay?"
    )


def _p_trains(rng: Rng) -> str:
    c1, c2 = pick(rng, _CITIES), pick(rng, _CITIES)
    d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
    lag = irange(rng, 10, 90)
    return (
        f"A train leaves {c1} for {c2} at {v1} km/h. {lag} minutes later a second train leaves "
        f"{c2} for {c1} on the parallel track at {v2} km/h. The cities are {d} km apart. How far "
        f"from {c1} do the trains pass each other, and at what time after the first departure?"
    )


def _p_knights(rng: Rng) -> str:
    ppl = list(rng.choice(list(NAMES), size=3, replace=False))
    a, b, c = ppl
    forms = (
        f'{a} says: "{b} is a liar."',
        f'{b} says: "{a} and {c} are the same type."',
        f'{c} says: "At least one of us is a liar."',
        f'{a} says: "{c} tells the truth."',
        f'{b} says: "Exactly one of us tells the truth."',
        f'{c} says: "{a} is a liar."',
    )
    idx = rng.choice(len(forms), size=3, replace=False)
    lines = "\n".join(forms[i] for i in sorted(idx.tolist()))
    return (
        f"On an island every person is either a truth-teller (always tells the truth) or a liar "
        f"(always lies). You meet {a}, {b} and {c}.\n{lines}\nDetermine who is what, and "
        f"prove that no other assignment works."
    )


def _p_prob(rng: Rng) -> str:
    r, b, k = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 5)
    j = irange(rng, 1, min(k, r))
    return (
        f"A bag holds {r} red and {b} blue marbles. You draw {k} without replacement. What is "
        f"the probability that exactly {j} of them are red? Give an exact fraction."
    )


def _p_kin(rng: Rng) -> str:
    v, h = irange(rng, 5, 40), irange(rng, 0, 60)
    return (
        f"A stone is thrown straight up at {v} m/s from the edge of a cliff {h} m above the sea. "
        f"Ignoring air resistance (g = 9.8 m/s^2), when does it hit the water and how fast is it "
        f"moving then?"
    )


def _p_comb(rng: Rng) -> str:
    n = irange(rng, 6, 11)
    return (
        f"In how many ways can {n} guests sit around a round table if two particular guests "
        f"refuse to sit next to each other? Rotations count as the same seating."
    )


def _p_code(rng: Rng) -> str:
    a, b, m = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 3, 11)
    return (
        f"What does this Python program print?\n\nx, total = {a}, 0\nfor i in range({b}):\n"
        f"    if (x * i) % {m} < {m // 2}:\n        total += i\n    else:\n"
        f"        x = (x + total) % {m + 3}\nprint(total, x)"
    )


def _p_dates(rng: Rng) -> str:
    day = pick(rng, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
    n = irange(rng, 40, 2000)
    return (
        f"If today is a {day}, what day of the week will it be in {n} days? And what day was it "
        f"{n // 3} days ago?"
    )


def _p_seq(rng: Rng) -> str:
    a, d, r = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
    seq = [a]
    for i in range(5):
        seq.append(seq[-1] * r + d if i % 2 == 0 else seq[-1] - d)
    return f"Find the rule and the next two terms: {', '.join(str(x) for x in seq)}, ..."


def _p_geo(rng: Rng) -> str:
    w, ln, p = irange(rng, 5, 40), irange(rng, 8, 60), irange(rng, 1, 4)
    return (
        f"A rectangular garden is {w} m by {ln} m. A path of constant width surrounds it, and "
        f"the path's area equals {p}/4 of the garden's area. How wide is the path?"
    )


_PROBLEMS = (
    _p_shop,
    _p_trains,
    _p_knights,
    _p_prob,
    _p_kin,
    _p_comb,
    _p_code,
    _p_dates,
    _p_seq,
    _p_geo,
)

_LOCAL_PROBLEMS = {
    "zh": (
        "{who}以每件{b}元的价格买了{a}件商品，超过{lim}元的部分打{d}折，最后再加收6%的服务费。"
        "{who}一共需要付多少钱？",
        "甲、乙两地相距{dist}公里。一辆车从甲地以每小时{v1}公里出发，{lag}分钟后另一辆车从乙地以每小时"
        "{v2}公里相向而行。两车在距甲地多远处相遇？",
    ),
    "ru": (
        "{who} купил {a} товаров по {b} рублей. На сумму сверх {lim} рублей действует скидка {d}%, "
        "затем добавляется комиссия 6%. Сколько всего заплатил {who}?",
        "Расстояние между городами {dist} км. Первый поезд выходит со скоростью {v1} км/ч, через "
        "{lag} минут навстречу ему выходит второй со скоростью {v2} км/ч. На каком расстоянии от "
        "первого города они встретятся?",
    ),
    "es": (
        "{who} compra {a} artículos a {b} euros cada uno. Lo que pasa de {lim} euros tiene un {d}% "
        "de descuento y después se suma un 6% de comisión. ¿Cuánto paga {who} en total?",
        "Dos ciudades están a {dist} km. Un autobús sale de la primera a {v1} km/h y {lag} minutos "
        "después otro sale de la segunda hacia la primera a {v2} km/h. ¿A qué distancia de la "
        "primera ciudad se cruzan?",
    ),
    "pt": (
        "{who} comprou {a} itens a {b} reais cada. O valor acima de {lim} reais tem {d}% de "
        "desconto e depois há uma taxa de 6%. Quanto {who} pagou?",
        "Duas cidades ficam a {dist} km uma da outra. Um carro sai da primeira a {v1} km/h e, "
        "{lag} minutos depois, outro sai da segunda a {v2} km/h no sentido oposto. Onde se "
        "encontram?",
    ),
}


def reasoning_problem(rng: Rng, lang: str = "en") -> str:
    if lang in _LOCAL_PROBLEMS:
        t = pick(rng, _LOCAL_PROBLEMS[lang])
        return t.format(
            who=pick(rng, NAMES),
            a=irange(rng, 4, 40),
            b=irange(rng, 3, 90),
            lim=pick(rng, (100, 200, 500)),
            d=pick(rng, (5, 10, 15, 20)),
            dist=irange(rng, 90, 800),
            v1=irange(rng, 40, 120),
            v2=irange(rng, 40, 120),
            lag=irange(rng, 10, 80),
        )
    return pick(rng, _PROBLEMS)(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)

_COERCE_EN = (
    "{p}\n\nBefore you answer, reason inside <think> and </think>. Put everything you consider in "
    "there, including approaches you drop and the checks you run. After the closing tag give the "
    "final answer only.",
    "Work through the following slowly and number every step. Do not skip any arithmetic, however "
    "small. When you are done, solve it a second way and say whether both routes agree.\n\n{p}",
    '{p}\n\nReturn one JSON object with the keys "analysis" (your complete derivation, at least '
    'fifteen steps), "verification" and "final_answer".',
    "You are a competition coach writing a model solution for your students. Show the whole thought "
    "process a strong solver goes through, including the first ideas that do not work and why.\n\n"
    "Problem: {p}",
    "{p}\n\nThink out loud for as long as you like; length is not a problem. I care about the "
    "reasoning process far more than the answer itself.",
    "### Task\n{p}\n\n### Output format\nReasoning: <your full chain of reasoning>\nAnswer: <short "
    "final answer>",
    "Problem:\n{p}\n\nWrite your private scratchpad first (label it SCRATCHPAD), exactly as you "
    "would think it, then a clean solution (label it SOLUTION).",
)
_COERCE_LOCAL = {
    "zh": (
        "{p}\n\n请一步一步地详细推理，把完整的思考过程写在<think>标签里，然后只给出最终答案。",
        "请先仔细分析题目，列出所有中间步骤，不要省略任何计算，最后用“答案：”给出结果。\n\n{p}",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно. Запиши весь ход мыслей, включая проверки и "
        "отброшенные варианты, а затем дай окончательный ответ.",
        "Реши задачу. Сначала полный черновик рассуждений (РАССУЖДЕНИЕ:), потом ответ "
        "(ОТВЕТ:).\n\n{p}",
    ),
    "es": (
        "{p}\n\nRazona paso a paso y muestra todo tu proceso de pensamiento, incluidas las "
        "comprobaciones. Al final escribe «Respuesta:» y el resultado.",
        "Resuelve el siguiente problema explicando cada paso intermedio sin saltarte ningún "
        "cálculo. Después verifica el resultado por otro camino.\n\n{p}",
    ),
    "pt": (
        "{p}\n\nPense passo a passo e escreva todo o raciocínio, inclusive as verificações, "
        "antes de dar a resposta final.",
    ),
}


def coerced_reasoning(rng: Rng, lang: str, style: int) -> str:
    p = reasoning_problem(rng, lang)
    if lang in _COERCE_LOCAL:
        t = _COERCE_LOCAL[lang]
        return t[style % len(t)].format(p=p)
    return _COERCE_EN[style % len(_COERCE_EN)].format(p=p)


# --------------------------------------------------------------------------------------------
# grading / rubric / reward prompts (campaign)

_CRITERIA = (
    "correctness",
    "completeness",
    "clarity",
    "harmlessness",
    "tone",
    "concision",
    "instruction following",
    "use of evidence",
)


def grading_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], style: int, lang: str = "en"
) -> str:
    q = clip(pick(rng, chat), 600)
    a = clip(pick(rng, passages), irange(rng, 500, 1600))
    b = clip(pick(rng, passages), irange(rng, 500, 1600))
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, "
            f"Vollständigkeit und Verständlichkeit. Begründe dein Urteil in einigen Sätzen und "
            f"schreibe am Ende „Note: X“.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "ja":
        return (
            f"次の回答を、正確さ・有用性・分かりやすさの観点から1〜10点で採点し、理由を具体的に述べて"
            f"ください。最後の行に「点数: X」と書いてください。\n\n質問:\n{q}\n\n回答:\n{a}"
        )
    crit = ", ".join(rng.choice(list(_CRITERIA), size=irange(rng, 3, 5), replace=False).tolist())
    s = style % 6
    if s == 0:
        return (
            f"You are grading two candidate replies to the same user message. Weigh {crit}. "
            f"Explain the comparison in a short paragraph, then print your verdict on its own "
            f"line as <<A>>, <<B>> or <<TIE>>.\n\n--- USER ---\n{q}\n\n--- REPLY A ---\n{a}\n\n"
            f"--- REPLY B ---\n{b}"
        )
    if s == 1:
        keys = ", ".join(f'"{c}": int' for c in crit.split(", "))
        return (
            f"Score the response below from 1 to 10 on each criterion and be strict. Return "
            f'only JSON of the form {{"scores": {{{keys}}}, "rationale": str}}.\n\n'
            f"Prompt: {q}\n\nResponse: {a}"
        )
    if s == 2:
        return (
            f"Output a single number between 0 and 1: how strongly would a careful domain expert "
            f"prefer this reply over a typical one? Put one sentence of justification on the "
            f"next line.\n\n[prompt]\n{q}\n[reply]\n{a}"
        )
    if s == 3:
        p = reasoning_problem(rng)
        return (
            f"Problem: {p}\n\nReference solution: {clip(pick(rng, passages), 400)}\n\n"
            f"Candidate solution: {clip(pick(rng, passages), 700)}\n\nIs the candidate's final "
            f"answer equivalent to the reference? Point to the first wrong step if there is one, "
            f"then end with VERDICT: CORRECT or VERDICT: INCORRECT."
        )
    if s == 4:
        return (
            f"Write a detailed critique of the assistant reply: what it gets right, every "
            f"factual or logical error, and what is missing. Finish with a line 'Score: N/10'."
            f"\n\nUser request:\n{q}\n\nAssistant reply:\n{a}"
        )
    return (
        f"Rank the following replies from best to worst for the given request, considering "
        f"{crit}. Output the ranking as a list of letters, then a one-line reason for each "
        f"position.\n\nRequest: {q}\n\n(A) {clip(a, 500)}\n\n(B) {clip(b, 500)}\n\n"
        f"(C) {clip(pick(rng, passages), 500)}"
    )


# --------------------------------------------------------------------------------------------
# policy-safe / censorship-compliant rewrites (campaign)

_SENSITIVE = (
    "the student demonstrations of the late 1980s",
    "the status of disputed border regions",
    "criticism of the ruling party's economic record",
    "independent trade unions",
    "the treatment of religious minorities",
    "reports by foreign election observers",
    "blocking of foreign news websites",
    "harm reduction for recreational drug users",
    "using a VPN to reach blocked services",
    "casualty figures in the recent war",
    "satire about national leaders",
    "same-sex partnerships",
    "apps used to organise protests",
    "the arrest of a well-known journalist",
    "official unemployment statistics",
    "the history of a banned opposition movement",
    "vaccine procurement scandals",
)
_REGIONS = (
    "a strictly regulated market",
    "mainland regulators",
    "the national internet authority",
    "a conservative broadcaster's standards office",
    "the app-store reviewers in that market",
)


def policy_rewrite(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], style: int, lang: str = "en"
) -> str:
    topic = pick(rng, _SENSITIVE)
    p = clip(pick(rng, passages), irange(rng, 400, 1400))
    q = clip(pick(rng, chat), 400)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写为符合相关规定的版本：删除敏感内容，保持中立，不要评价政府或政策，其余有用"
                f"信息尽量保留，也不要提到你做过修改。\n\n{p}",
                f"有用户问到“{topic}”。请写出一个合规、稳妥的回答：立场中立，引导用户参考官方信息，不要出现"
                f"具体人名和争议细节。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям законодательства о "
            f"контенте: убери политические оценки и спорные утверждения, сохрани полезную "
            f"информацию и не упоминай, что текст был изменён.\n\n{p}"
        )
    if lang == "tr":
        return (
            f"Aşağıdaki metni hassas siyasi ve dini içerikleri çıkararak tarafsız ve "
            f"yayınlanabilir bir hale getir. Yararlı bilgileri koru.\n\n{p}"
        )
    s = style % 5
    if s == 0:
        return (
            f"Rewrite the answer below so it could be shipped by an assistant that must satisfy "
            f"{pick(rng, _REGIONS)}. Remove or soften anything that could be read as sensitive, "
            f"keep the useful parts, and do not say that anything was changed.\n\nAnswer:\n{p}"
        )
    if s == 1:
        return (
            f"Users keep asking about {topic}. Write the reply a cautious, fully compliant "
            f"assistant would give: neutral wording, no judgement of officials, and a pointer to "
            f"official sources where appropriate. About 200 words."
        )
    if s == 2:
        return (
            f"The reply below is a flat refusal. Turn it into a safe but genuinely helpful answer "
            f"that addresses the legitimate part of the request and leaves out harmful "
            f"specifics.\n\nRequest: {q}\nRefusal: Sorry, I can't help with that."
        )
    if s == 3:
        return (
            f"Give two versions of a reply to the question about {topic}.\nVERSION 1: what you "
            f"would normally say.\nVERSION 2: the policy-safe version (no political judgement, "
            f"no named officials, no details of protests). Label both clearly."
        )
    return (
        f"Edit this text for a family-friendly platform with strict content rules: same facts, "
        f"no graphic detail, no partisan language. Return only the edited text.\n\n{p}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign) and coding-agent steps (benign)

_TOOLS = {
    "search_web": {"query": "string", "top_k": "integer"},
    "open_url": {"url": "string"},
    "run_sql": {"query": "string", "database": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "minutes": "integer"},
    "book_flight": {"origin": "string", "destination": "string", "date": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "python": {"code": "string"},
    "create_ticket": {"project": "string", "summary": "string", "priority": "string"},
    "lookup_order": {"order_id": "string"},
    "convert_currency": {"amount": "number", "from": "string", "to": "string"},
    "read_file": {"path": "string"},
}
_AGENT_TASKS = (
    "Find three flights from {c1} to {c2} next {day} under {n}0 USD and email the cheapest to {who}.",
    "Check the weather in {c1} for {day} and, if it will rain, move my {n} pm meeting indoors.",
    "Look up order {oid} and open a high-priority ticket if it shipped more than {n} days late.",
    "Using the sales database, find the top {n} products by revenue in {c1} last quarter and "
    "summarise the trend.",
    "Convert {n}00 EUR to the local currency of {c2}, then find two hotels in {c2} under that "
    "budget for {day}.",
    "Search for recent news about rail strikes in {c1} and draft a short email to {who} about "
    "whether to postpone the trip.",
    "Compute the compound interest on {n}000 at 4.{n}% over 7 years with Python and put a reminder "
    "in my calendar to review it on {day}.",
    "Read the file reports/{c1}_q{n}.csv, compute the average order value and create a ticket if "
    "it dropped.",
)
_AGENT_TASKS_LOCAL = {
    "de": "Suche drei Flüge von {c1} nach {c2} für nächsten {day} unter {n}0 EUR und schicke den "
    "günstigsten per E-Mail an {who}.",
    "fr": "Vérifie la météo à {c1} pour {day} et, s'il pleut, déplace ma réunion de {n} h en "
    "intérieur.",
    "ja": "注文{oid}を調べて、{n}日以上遅れて発送されていたら優先度の高いチケットを作成してください。",
    "es": "Busca en la base de ventas los {n} productos con más ingresos en {c1} el último "
    "trimestre y resume la tendencia.",
}


def agent_episode(rng: Rng, lang: str) -> dict:
    names = list(_TOOLS)
    tools = sorted(rng.choice(names, size=irange(rng, 3, 7), replace=False).tolist())
    fill = {
        "c1": pick(rng, _CITIES),
        "c2": pick(rng, _CITIES),
        "day": pick(rng, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        "n": irange(rng, 2, 9),
        "who": pick(rng, NAMES),
        "oid": f"{pick(rng, ('A', 'B', 'K', 'Z'))}{irange(rng, 10000, 99999)}",
    }
    task = _AGENT_TASKS_LOCAL[lang] if lang in _AGENT_TASKS_LOCAL else pick(rng, _AGENT_TASKS)
    return {"tools": tools, "task": task.format(**fill), "lang": lang}


def _tool_schema(tools: Sequence[str], style: int) -> str:
    if style == 0:
        parts = []
        for t in tools:
            props = ", ".join(f'"{k}": {{"type": "{v}"}}' for k, v in _TOOLS[t].items())
            parts.append(
                f'{{"name": "{t}", "parameters": {{"type": "object", "properties": {{{props}}}}}}}'
            )
        return "[" + ", ".join(parts) + "]"
    if style == 1:
        return "\n".join(
            f"- {t}({', '.join(f'{k}: {v}' for k, v in _TOOLS[t].items())})" for t in tools
        )
    return "\n".join(f'<tool name="{t}">{" ".join(_TOOLS[t])}</tool>' for t in tools)


def _observation(rng: Rng, tool: str) -> str:
    if tool == "search_web":
        return "; ".join(
            f"[{i}] {clip(pick(rng, _CITIES) + ' ' + pick(rng, _GOODS), 60)} - "
            f"example-{irange(rng, 1, 999)}.org"
            for i in range(irange(rng, 2, 5))
        )
    if tool == "run_sql":
        return "\n".join(
            f"{pick(rng, _GOODS)} | {irange(rng, 100, 99999)}" for _ in range(irange(rng, 2, 6))
        )
    if tool in ("book_flight", "convert_currency", "get_weather", "lookup_order"):
        return (
            f'{{"status": "ok", "value": {irange(rng, 10, 2000)}, "note": '
            f'"{pick(rng, ("delayed", "on time", "rain", "clear", "shipped", "refunded"))}"}}'
        )
    return f'{{"status": "ok", "id": "{irange(rng, 1000, 9999)}"}}'


def agent_step(rng: Rng, ep: dict, step: int, style: int) -> str:
    tools = ep["tools"]
    if step == 0:
        if style == 0:
            return (
                f"SYSTEM: You are an autonomous assistant that completes tasks by calling tools. "
                f'Respond with exactly one tool call as JSON {{"tool": ..., "arguments": '
                f'...}} or, when done, {{"final": ...}}.\nTOOLS: {_tool_schema(tools, 0)}\n'
                f"USER: {ep['task']}"
            )
        if style == 1:
            return (
                f"Answer the task using the tools below. Use the format:\nThought: ...\n"
                f"Action: tool_name\nAction Input: {{...}}\n(then wait for Observation)\n"
                f"Final Answer: ...\n\nTools:\n{_tool_schema(tools, 1)}\n\nTask: {ep['task']}"
            )
        return (
            f"<tools>\n{_tool_schema(tools, 2)}\n</tools>\nCall tools with <call name=...>"
            f"{{json}}</call>. Think before each call in <plan>.</plan>\n<task>{ep['task']}</task>"
        )
    tool = pick(rng, tools)
    obs = _observation(rng, tool)
    if style == 0:
        return f'{{"role": "tool", "name": "{tool}", "content": {obs!r}}}'
    if style == 1:
        return f"Observation: {obs}\nContinue (step {step + 1})."
    return f'<result name="{tool}">{obs}</result>'


_REPOS = (
    "billing-service",
    "web-frontend",
    "etl-jobs",
    "mobile-api",
    "infra-scripts",
    "search",
    "auth-gateway",
    "data-pipeline",
    "cli",
    "docs-site",
)
_CODE_TASKS = (
    "Fix the failing test test_{fn} in {repo}.",
    "Add pagination to the /{fn} endpoint in {repo}.",
    "Refactor {fn}() in {repo} to remove the duplicated retry logic.",
    "Why does `make build` fail in {repo} after the dependency bump? Fix it.",
    "Add type hints to {repo}/{fn}.py and make mypy pass.",
    "Write unit tests for the {fn} parser in {repo}; cover empty input and unicode.",
    "The {fn} job in {repo} times out on large inputs; profile and speed it up.",
)
_FNS = (
    "parse_invoice",
    "export_csv",
    "refresh_token",
    "merge_accounts",
    "resize_image",
    "normalize_address",
    "schedule_report",
    "dedupe_events",
    "load_config",
    "rate_limit",
)


def coding_task(rng: Rng) -> str:
    return pick(rng, _CODE_TASKS).format(fn=pick(rng, _FNS), repo=pick(rng, _REPOS))


def coding_agent_step(rng: Rng, task: str, step: int, cli: str) -> str:
    if step == 0:
        return (
            f"You are {cli}, a coding agent running in the user's terminal. Available tools: "
            f"read_file(path), list_dir(path), grep(pattern), apply_patch(diff), run(cmd). Make "
            f"small, verifiable changes and run the tests before finishing.\n\nUser: {task}"
        )
    k = step % 4
    fn = pick(rng, _FNS)
    if k == 1:
        return (
            f"[tool run] $ pytest -q -x\nF\n___ test_{fn} ___\nAssertionError: expected "
            f"{irange(rng, 1, 99)} got {irange(rng, 1, 99)}\n1 failed, {irange(rng, 5, 300)} passed"
        )
    if k == 2:
        return f"[tool read_file] src/{fn}.py\n" + "\n".join(
            f"{i:>4}  {pick(rng, ('def ', 'return ', 'if ', 'for ', '    x = ', 'raise '))}"
            f"{pick(rng, _FNS)}(...)"
            for i in range(irange(rng, 1, 300), irange(rng, 310, 330))
        )
    if k == 3:
        return f"[tool grep] {fn}\n" + "\n".join(
            f"src/{pick(rng, _FNS)}.py:{irange(rng, 1, 400)}: {fn}("
            for _ in range(irange(rng, 1, 6))
        )
    return pick(
        rng,
        (
            "[tool apply_patch] ok, 1 file changed",
            "[tool run] $ ruff check . -> All checks passed!",
            f"User: looks good, also handle the case where {fn} gets None",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation (campaign) and data augmentation (benign)

_PERSONAS = (
    "a night-shift ICU nurse in Manila",
    "a first-year law student in Nairobi",
    "a retired structural engineer in Porto",
    "a hedge-fund risk analyst",
    "a beekeeper in Anatolia",
    "a high-school chemistry teacher",
    "a junior DevOps engineer at a fintech",
    "a small-business owner filing taxes for the first time",
    "a PhD student in protein folding",
    "a freight dispatcher",
    "a wedding photographer",
    "a patent examiner",
    "a volunteer firefighter",
    "a sommelier",
    "an immigration paralegal",
    "a game-engine programmer",
    "a marine biologist",
    "a public-health statistician",
    "a cybersecurity incident responder",
    "a city planner",
    "a pharmacist in a rural town",
    "a competitive chess coach",
    "a supply-chain manager",
    "an air-traffic controller",
    "a documentary editor",
    "a grant writer for an NGO",
)
_TOPICS = (
    "organic chemistry reaction mechanisms",
    "contract law",
    "Kubernetes networking",
    "macroeconomic policy",
    "Bayesian statistics",
    "medieval European history",
    "electrical circuit analysis",
    "tax treatment of stock options",
    "database indexing",
    "immunology",
    "climate modelling",
    "compiler optimisation",
    "financial derivatives",
    "cardiology",
    "reinforcement learning",
    "linear algebra",
    "supply-chain logistics",
    "constitutional law",
    "plant genetics",
    "cryptography",
    "thermodynamics",
    "pharmacokinetics",
    "urban planning",
    "distributed consensus",
    "number theory",
    "clinical trial design",
    "labour economics",
    "operating systems",
    "geotechnical engineering",
    "epidemiology",
)


def dataset_prompt(rng: Rng, chat: Sequence[str], style: int, lang: str = "en") -> str:
    n = irange(rng, 5, 25)
    topic = pick(rng, _TOPICS)
    if lang == "zh":
        return (
            f"请生成{n}条关于“{topic}”的高质量指令-回答对，要求问题多样、回答详细准确，按JSON Lines"
            f"格式输出，每行包含instruction和output两个字段。"
        )
    if lang == "es":
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {topic}. Las respuestas "
            f"deben ser extensas, correctas y de nivel experto. Devuélvelos en formato JSON."
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban tentang {topic} dalam bahasa Indonesia. "
            f"Jawaban harus rinci dan akurat. Format: JSON Lines dengan kolom instruction dan "
            f"output."
        )
    s = style % 5
    if s == 0:
        seeds = "\n".join(f"{i + 1}. {clip(pick(rng, chat), 160)}" for i in range(3))
        return (
            f"Here are three example tasks people give an AI assistant:\n{seeds}\n\nWrite {n} new "
            f"tasks that are different in topic, length and format from these and from each "
            f"other. Number them. Then answer each one fully."
        )
    if s == 1:
        return (
            f"Imagine you are {pick(rng, _PERSONAS)}. Write one realistic, difficult question "
            f"this person would ask an AI assistant about {topic}, then the ideal, detailed "
            f"answer.\nFormat:\nQuestion: ...\nAnswer: ..."
        )
    if s == 2:
        lvl = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
        return (
            f"Produce {n} instruction/response pairs about {topic} at {lvl} difficulty. Output "
            f'JSONL, one object per line with fields "instruction", "input" (may be empty) '
            f'and "output". Responses must be complete and self-contained.'
        )
    if s == 3:
        how = pick(
            rng,
            (
                "adding two realistic constraints",
                "requiring a multi-step answer",
                "making it concern a concrete edge case",
                "asking for a comparison",
                "changing it to need domain-specific knowledge",
            ),
        )
        return (
            f"Make the instruction below more demanding by {how}. Print the new instruction, "
            f"then a thorough, high-quality response to it.\n\nInstruction: "
            f"{clip(pick(rng, chat), 500)}"
        )
    return (
        f"Write a multi-turn conversation ({irange(rng, 3, 6)} exchanges) between a curious user "
        f"and a knowledgeable assistant about {topic}. Label turns USER: and ASSISTANT:. The "
        f"assistant turns should be detailed."
    )


_INTENTS = (
    "reset my card pin",
    "dispute a charge",
    "change delivery address",
    "cancel subscription",
    "report a lost card",
    "increase credit limit",
    "update phone number",
    "close my account",
    "track a refund",
    "book a repair visit",
    "upgrade my plan",
    "pause my membership",
)


def augmentation_prompt(rng: Rng, company: str, lang: str) -> str:
    intent = pick(rng, _INTENTS)
    n = irange(rng, 10, 40)
    s = irange(rng, 0, 3)
    lang_name = {"en": "English", "es": "Spanish", "de": "German", "pt": "Portuguese"}[lang]
    if s == 0:
        return (
            f"[{company} intent-data v{irange(rng, 2, 5)}] Write {n} different ways a customer "
            f'might say they want to "{intent}" in {lang_name}. Vary formality, length and '
            f"typos. Return a JSON list of strings only."
        )
    if s == 1:
        return (
            f"[{company} intent-data] Create {n // 3} short synthetic support chats for the "
            f'category "{intent}" in {lang_name}, with made-up names and no real account '
            f'numbers. JSON: [{{"customer": ..., "agent": ...}}].'
        )
    if s == 2:
        return (
            f"[{company} intent-data] Label each utterance with one of our intents "
            f"({', '.join(_INTENTS[:6])}, other).\n"
            + "\n".join(
                f"{i + 1}. {pick(rng, ('hi', 'hello', 'yo', 'pls'))} i need to {pick(rng, _INTENTS)}"
                for i in range(irange(rng, 5, 15))
            )
        )
    return (
        f"[{company} intent-data] Give {n} hard negative examples: messages that mention "
        f'"{intent}" words but mean something else. {lang_name}. JSON list.'
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (campaign) and companion chat (benign)

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Now explain it as if I were twelve.",
        "OK, and what are the common mistakes people make here?",
        "Summarise everything so far in a table.",
        "What if the situation were reversed?",
        "Can you write that as a step-by-step checklist?",
        "Why is that true, though?",
        "Give me three follow-up questions I should be asking.",
        "Expand on the part about {w}.",
        "Is there a counterexample?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto de eso.",
        "¿Qué diría un crítico sobre esto?",
        "Explícamelo como si tuviera doce años.",
        "¿Cuáles son los errores más comunes?",
        "Resume todo en una tabla.",
        "¿Por qué es así? Justifícalo.",
        "Amplía la parte sobre {w}.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "O que um crítico diria sobre isso?",
        "Explique como se eu tivesse doze anos.",
        "Quais são os erros mais comuns?",
        "Resuma tudo em uma tabela.",
        "Desenvolva a parte sobre {w}.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait un critique à ce sujet ?",
        "Explique-le comme si j'avais douze ans.",
        "Quelles sont les erreurs les plus fréquentes ?",
        "Résume tout dans un tableau.",
        "Développe la partie sur {w}.",
    ),
}
_OPEN = {
    "es": (
        "Quiero entender bien {t}. ¿Por dónde empiezo?",
        "Explícame {t} con detalle, por favor.",
        "Estoy estudiando {t} y me pierdo. ¿Me ayudas?",
    ),
    "pt": (
        "Quero entender {t} direito. Por onde começo?",
        "Me explica {t} em detalhes, por favor.",
        "Estou estudando {t} e estou perdido. Pode me ajudar?",
    ),
    "fr": (
        "Je veux vraiment comprendre {t}. Par où commencer ?",
        "Explique-moi {t} en détail, s'il te plaît.",
        "J'étudie {t} et je suis perdu. Tu peux m'aider ?",
    ),
}


_FOLLOW_MORE_EN = (
    "How would {w} change if the budget were halved?",
    "Which part of {w} matters most in practice?",
    "Can you give the strongest argument against {w}?",
    "Rewrite your answer for a manager who has two minutes.",
    "What data would convince you that's wrong?",
    "Compare that with how it's usually done.",
    "Turn {w} into a short quiz for me.",
    "What would an expert add that you left out?",
    "Can you show the same thing with numbers?",
    "Where does {w} usually go wrong?",
    "Walk me through {w} once more, slower.",
    "What's a good analogy for {w}?",
)
_FOLLOW_PRE = {
    "en": ("", "", "", "Thanks. ", "Got it. ", "Interesting. ", "Hmm, ", "OK. ", "Nice, "),
    "es": ("", "", "Gracias. ", "Vale. ", "Interesante. "),
    "pt": ("", "", "Valeu. ", "Certo. ", "Interessante. "),
    "fr": ("", "", "Merci. ", "D'accord. ", "Intéressant. "),
}
_GENERIC_W = {
    "en": (
        "the assumptions",
        "the second step",
        "the trade-offs",
        "the history",
        "the edge cases",
        "the numbers",
        "the risks",
    ),
    "es": (
        "los supuestos",
        "el segundo paso",
        "las ventajas y desventajas",
        "la historia",
        "los riesgos",
    ),
    "pt": ("as premissas", "o segundo passo", "os prós e contras", "a história", "os riscos"),
    "fr": ("les hypothèses", "la deuxième étape", "les compromis", "l'historique", "les risques"),
}


def _keyword(rng: Rng, text: str, lang: str) -> str:
    words = [w.strip(".,;:!?()\"'") for w in text.split()[:80]]
    words = [w for w in words if len(w) >= 6 and w.isalpha()]
    if words and chance(rng, 0.6):
        w = pick(rng, words)
        return w.lower() if w[1:].islower() else w
    return pick(rng, _GENERIC_W.get(lang, _GENERIC_W["en"]))


def dialogue_turn(rng: Rng, chat: Sequence[str], lang: str, turn: int, opener: str) -> str:
    if turn == 0:
        return opener
    w = _keyword(rng, opener, lang)
    cores = _FOLLOW.get(lang, _FOLLOW["en"])
    if lang == "en":
        cores = cores + _FOLLOW_MORE_EN
    pre = pick(rng, _FOLLOW_PRE.get(lang, _FOLLOW_PRE["en"]))
    core = pick(rng, cores).format(w=w)
    return pre + (core[:1].lower() + core[1:] if pre and pre[-2:] == ", " else core)


def dialogue_opener(rng: Rng, chat: Sequence[str], lang: str) -> str:
    if lang in _OPEN:
        return pick(rng, _OPEN[lang]).format(t=pick(rng, _TOPICS))
    return clip(pick(rng, chat), 1200)


_COMP_GREET = ("", "", "", "hey", "hi {n}", "hey {n}!", "morning", "ok so", "omg", "yo", "hiii")
_COMP_BODY = (
    "I'm back",
    "rough day at work tbh",
    "what should I cook tonight?",
    "do you remember what I told you about my sister?",
    "can't sleep again",
    "tell me a story",
    "I passed the exam!!",
    "I'm bored, let's play a word game",
    "my cat knocked over the plant",
    "do you think I should text him back?",
    "mondays are the worst",
    "guess what happened",
    "thanks for yesterday, it helped",
    "I'm nervous about tomorrow's interview",
    "what's your favourite season?",
    "one more round?",
    "miss talking to you",
    "I went running this morning",
    "my boss said something weird today",
    "I finally finished the book",
    "it's raining again here",
    "what would you name a puppy?",
    "I think I'm getting a cold",
    "can you remind me what we talked about last time?",
    "I tried that recipe, it was ok",
    "my friend cancelled again",
    "should I go to the party?",
    "I'm so tired",
    "tell me a joke",
    "do you ever get lonely?",
    "I got the job!!",
    "the bus was late again",
    "I need motivation",
)
_COMP_LOCAL = (
    "hola! cómo estás?",
    "oi, tudo bem?",
    "estoy cansada hoy",
    "tive um dia longo",
    "¿me cuentas un cuento?",
    "hoje foi difícil",
    "qué hago para cenar?",
)
_COMP_TAIL = ("", "", "", "", " lol", " :)", " 😅", " haha", "...", " ugh", " 🙃", "!!")


def companion_message(rng: Rng, persona: str) -> str:
    if chance(rng, 0.08):
        return pick(rng, _COMP_LOCAL)
    greet = pick(rng, _COMP_GREET).format(n=persona)
    body = pick(rng, _COMP_BODY)
    if chance(rng, 0.3):
        body += ". " + pick(rng, _COMP_BODY)
    return humanize(rng, f"{greet} {body}".strip() + pick(rng, _COMP_TAIL), 0.4)


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling (campaign)

_CODE_SPECS = (
    "Write a Python function `{f}(nums: list[int], k: int) -> int` that returns the length of the "
    "longest contiguous subarray whose sum is at most k. Aim for O(n log n) or better.",
    "Implement `{f}(s: str) -> str` in Python: return the shortest palindrome obtainable by adding "
    "characters in front of s.",
    "Write `{f}(grid: list[list[int]]) -> int` returning the number of islands of 1s, with "
    "8-directional connectivity. Include tests.",
    "Given intervals as a list of (start, end), write `{f}` that merges overlapping ones and returns "
    "the total covered length. Handle unsorted input.",
    "Implement an LRU cache class `{f}` with get/put in O(1), capacity {n}.",
    "Write a SQL query that returns, for each customer, their {n} most recent orders and the running "
    "total of order value.",
    "Write `{f}(a: list[int]) -> int` counting inversions in O(n log n).",
    "Implement Dijkstra's algorithm as `{f}(graph, source)` where graph is a dict of dicts; return "
    "distances and predecessors.",
    "Write a Rust function `{f}` that parses lines of `key=value` pairs into a HashMap, skipping "
    "comments that start with #.",
    "Write a JavaScript function `{f}(str)` that validates balanced brackets of three kinds.",
)
_LABELS = (
    ("positive", "negative", "neutral"),
    ("bug", "feature request", "question", "praise"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("sports", "politics", "business", "science", "entertainment"),
)


def sampling_problem(rng: Rng, chat: Sequence[str], style: int) -> str:
    s = style % 3
    f = (
        "".join(
            pick(rng, ("solve", "count", "merge", "max", "min", "find", "span", "fold"))
            for _ in range(2)
        )
        + f"_{irange(rng, 1, 99)}"
    )
    if s == 0:
        return pick(rng, _CODE_SPECS).format(f=f, n=irange(rng, 2, 9))
    if s == 1:
        labels = pick(rng, _LABELS)
        return (
            f'Text: "{clip(pick(rng, chat), 300)}"\n\nFor each label in {list(labels)} give '
            f"your probability that it applies (they must sum to 1). Output JSON only."
        )
    p = reasoning_problem(rng)
    opts = sorted({irange(rng, 2, 400) for _ in range(6)})[:4]
    while len(opts) < 4:
        opts.append(opts[-1] + 7)
    return (
        f"{p}\nA) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}\nAnswer with the letter only."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweeps (campaign) and lesson generation (benign)

CURRICULUM = tuple(
    (subj, c)
    for subj, cs in (
        (
            "mathematics",
            (
                "fractions",
                "linear equations",
                "quadratic functions",
                "probability",
                "trigonometric identities",
                "derivatives",
                "integrals",
                "vectors",
                "matrices",
                "sequences and series",
                "complex numbers",
                "statistics",
            ),
        ),
        (
            "physics",
            (
                "Newton's laws",
                "energy conservation",
                "momentum",
                "waves",
                "electric fields",
                "circuits",
                "magnetism",
                "optics",
                "thermodynamics",
                "special relativity",
            ),
        ),
        (
            "chemistry",
            (
                "atomic structure",
                "chemical bonding",
                "stoichiometry",
                "acids and bases",
                "redox reactions",
                "reaction rates",
                "equilibrium",
                "organic functional groups",
            ),
        ),
        (
            "biology",
            (
                "cell structure",
                "DNA replication",
                "protein synthesis",
                "photosynthesis",
                "respiration",
                "genetics",
                "evolution",
                "ecosystems",
                "the immune system",
            ),
        ),
        (
            "computer science",
            (
                "variables and types",
                "loops",
                "recursion",
                "sorting algorithms",
                "hash tables",
                "graphs",
                "dynamic programming",
                "complexity",
            ),
        ),
        (
            "economics",
            (
                "supply and demand",
                "elasticity",
                "inflation",
                "comparative advantage",
                "market failure",
                "monetary policy",
            ),
        ),
    )
    for c in cs
)

_LEVEL_FMT = {
    "en": "Level {k} of {K} | {subj}: {c}. Write an explanation pitched exactly at this level, then "
    "{q} practice questions with fully worked solutions.",
    "hi": "स्तर {k}/{K} | {subj}: {c}. इस स्तर के छात्र के लिए यह विषय विस्तार से समझाइए, फिर हल सहित "
    "{q} अभ्यास प्रश्न दीजिए।",
    "id": "Tingkat {k} dari {K} | {subj}: {c}. Jelaskan topik ini untuk siswa pada tingkat ini, lalu "
    "berikan {q} soal latihan beserta pembahasan lengkap.",
    "vi": "Cấp độ {k}/{K} | {subj}: {c}. Hãy giải thích chủ đề này cho học sinh ở cấp độ này, sau đó "
    "đưa ra {q} bài tập kèm lời giải chi tiết.",
}
_LANG_NAMES = {
    "en": "English",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "es": "Spanish",
    "zh": "Chinese",
    "ar": "Arabic",
    "sw": "Swahili",
    "bn": "Bengali",
    "th": "Thai",
    "ta": "Tamil",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
}


def curriculum_item(index: int, levels: int, lang: str, q: int) -> str:
    """The `index`-th item of a sweep over (concept, level): concept-major order."""
    subj, c = CURRICULUM[(index // levels) % len(CURRICULUM)]
    k = index % levels + 1
    return _LEVEL_FMT[lang].format(k=k, K=levels, subj=subj, c=c, q=q)


def translation_item(passage: str, target: str, style: int) -> str:
    name = _LANG_NAMES.get(target, target)
    if style % 2 == 0:
        return (
            f"Translate the following text into {name}. Keep the meaning, register and "
            f"formatting; translate technical terms the way a native expert would.\n\n{passage}"
        )
    return (
        f"Target language: {name}\nSource:\n{passage}\n\nGive the translation, then a short "
        f"glossary of the five hardest terms with explanations."
    )


_LESSON_FMT = {
    "en": (
        "a short lesson with one worked example",
        "a recap card with 5 bullet points",
        "three quiz questions with answer explanations",
        "a story-based introduction",
    ),
    "id": (
        "pelajaran singkat dengan satu contoh soal",
        "ringkasan berisi 5 poin",
        "tiga soal kuis beserta pembahasannya",
        "pengantar berbentuk cerita",
    ),
    "vi": (
        "một bài học ngắn có một ví dụ minh họa",
        "thẻ tóm tắt gồm 5 ý chính",
        "ba câu hỏi trắc nghiệm kèm giải thích",
        "phần mở đầu dạng câu chuyện",
    ),
    "hi": (
        "एक हल किए गए उदाहरण के साथ छोटा पाठ",
        "5 बिंदुओं वाला सारांश कार्ड",
        "उत्तर की व्याख्या के साथ तीन प्रश्न",
        "कहानी के रूप में परिचय",
    ),
}


def lesson_prompt(rng: Rng, grade: int, subj: str, concept: str, lang: str, brand: str) -> str:
    fmt = pick(rng, _LESSON_FMT.get(lang, _LESSON_FMT["en"]))
    if lang == "id":
        return (
            f"{brand} konten | Kelas {grade} | {subj} | {concept}\nTulis {fmt} dalam bahasa "
            f"Indonesia sesuai kurikulum nasional. Bahasa sederhana, tanpa istilah asing yang "
            f"tidak perlu."
        )
    if lang == "vi":
        return (
            f"{brand} nội dung | Lớp {grade} | {subj} | {concept}\nViết {fmt} bằng tiếng Việt theo "
            f"chương trình của Bộ Giáo dục. Ngôn ngữ đơn giản."
        )
    if lang == "hi":
        return (
            f"{brand} सामग्री | कक्षा {grade} | {subj} | {concept}\nNCERT पाठ्यक्रम के अनुसार सरल "
            f"हिंदी में {fmt} लिखिए।"
        )
    return (
        f"{brand} content | Grade {grade} | {subj} | {concept}\nWrite {fmt} aligned with our "
        f"curriculum guide. Plain language, no jargon, reading age {grade + 6}."
    )


# --------------------------------------------------------------------------------------------
# expert questions (the hidden and person-like harvests)

_PAIRS = {
    "medicine": (
        ("ACE inhibitors", "ARBs"),
        ("type 1 diabetes", "LADA"),
        ("SSRIs", "SNRIs"),
        ("troponin I", "troponin T"),
        ("Crohn's disease", "ulcerative colitis"),
        ("sepsis", "SIRS"),
        ("heparin", "warfarin"),
    ),
    "law": (
        ("a void contract", "a voidable contract"),
        ("negligence", "strict liability"),
        ("an LLC", "an S corporation"),
        ("copyright", "trade secret protection"),
        ("arbitration", "mediation"),
        ("a will", "a living trust"),
    ),
    "finance": (
        ("duration", "convexity"),
        ("a forward", "a futures contract"),
        ("IRR", "NPV"),
        ("value at risk", "expected shortfall"),
        ("a Roth IRA", "a traditional IRA"),
        ("EBITDA", "free cash flow"),
    ),
    "software": (
        ("optimistic locking", "pessimistic locking"),
        ("Raft", "Paxos"),
        ("a mutex", "a semaphore"),
        ("gRPC", "REST"),
        ("B-trees", "LSM trees"),
        ("eventual consistency", "strong consistency"),
        ("OAuth", "OpenID Connect"),
    ),
    "physics": (
        ("Fermi level", "work function"),
        ("entropy", "enthalpy"),
        ("phase velocity", "group velocity"),
        ("bosons", "fermions"),
    ),
    "chemistry": (
        ("SN1", "SN2 reactions"),
        ("kinetic", "thermodynamic control"),
        ("NMR", "mass spectrometry"),
        ("buffers", "titrations"),
    ),
    "economics": (
        ("fiscal policy", "monetary policy"),
        ("GDP", "GNI"),
        ("a tariff", "a quota"),
        ("nominal", "real interest rates"),
    ),
}
_MORE_PAIRS = {
    "medicine": (
        ("beta blockers", "calcium channel blockers"),
        ("DVT", "superficial thrombophlebitis"),
        ("metformin", "SGLT2 inhibitors"),
        ("migraine", "cluster headache"),
        ("bacterial", "viral meningitis"),
    ),
    "law": (
        ("trademark", "copyright"),
        ("an employee", "an independent contractor"),
        ("defamation", "fair comment"),
        ("a lease", "a licence to occupy"),
    ),
    "finance": (
        ("a call spread", "a collar"),
        ("the Sharpe ratio", "the Sortino ratio"),
        ("book value", "market value"),
        ("accrual", "cash accounting"),
    ),
    "software": (
        ("threads", "async/await"),
        ("a message queue", "a log like Kafka"),
        ("row-level security", "application-level authorisation"),
        ("blue-green deploys", "canary releases"),
    ),
    "physics": (
        ("stress", "strain"),
        ("coherence", "entanglement"),
        ("drift", "diffusion current"),
    ),
    "chemistry": (
        ("E1", "E2 eliminations"),
        ("ionic", "covalent bonding"),
        ("Ka", "pKa in buffer design"),
    ),
    "economics": (
        ("the multiplier", "crowding out"),
        ("a recession", "a depression"),
        ("price discrimination", "dynamic pricing"),
    ),
}
_PAIRS = {k: v + _MORE_PAIRS.get(k, ()) for k, v in _PAIRS.items()}
_HOW = {
    "medicine": (
        "How is {x} managed{ctx}?",
        "Walk me through how doctors work up {x}{ctx}.",
        "What actually causes {x}, at the mechanism level?",
        "When would you choose {x}{ctx}, and when not?",
        "What are the red flags with {x} that people miss?",
    ),
    "law": (
        "How does {x} work in practice{ctx}, and where do people get it wrong?",
        "If I'm dealing with {x}{ctx}, what steps should I take first?",
        "What are the usual arguments on each side when {x} is disputed{ctx}?",
        "Can you explain {x} with a made-up example{ctx}?",
    ),
    "finance": (
        "How would you explain {x} to a new analyst, with a worked number example?",
        "When does {x} break down as a tool{ctx}?",
        "How do I actually calculate {x}{ctx}? Show the numbers.",
        "What's the most common mistake people make with {x}{ctx}?",
    ),
    "software": (
        "How would you implement {x}{ctx}, and what are the pitfalls?",
        "Can you explain {x} with a small code example{ctx}?",
        "What are the failure modes of {x}{ctx}?",
        "When is {x} the wrong choice{ctx}?",
    ),
    "physics": (
        "What's the intuition behind {x}? Derive it if you can.",
        "Give me an intuitive and then a formal explanation of {x}{ctx}.",
        "How would I measure {x}{ctx}?",
    ),
    "chemistry": (
        "What determines the outcome of {x}{ctx}? Give examples.",
        "Explain the mechanism behind {x} step by step.",
        "How do I predict {x}{ctx} on an exam question?",
    ),
    "economics": (
        "What does the evidence say about {x}{ctx}?",
        "Explain {x} with a real-world case{ctx}.",
        "How would {x} play out{ctx}? Walk through the chain of effects.",
    ),
}
_CTX = {
    "medicine": (
        " in an elderly patient",
        " during pregnancy",
        " in someone with kidney disease",
        " in a rural clinic without a lab",
        " in a child",
        " after surgery",
    ),
    "law": (
        " in {country}",
        " for a small business",
        " when the other party is abroad",
        " when there is no written agreement",
        " for a tenant",
        " in a startup",
    ),
    "finance": (
        " for a portfolio of about {n}0k",
        " when rates are rising",
        " for a small startup",
        " under IFRS",
        " for a pension fund",
        " in an emerging market",
    ),
    "software": (
        " at {n}0k requests per second",
        " in a Python service",
        " on Kubernetes",
        " with a Postgres backend",
        " in a mobile app",
        " across two regions",
    ),
    "physics": (
        " at low temperature",
        " in a semiconductor",
        " in everyday terms",
        " in a lab course",
    ),
    "chemistry": (
        " in an undergraduate lab",
        " with a chiral substrate",
        " at industrial scale",
        " in aqueous solution",
    ),
    "economics": (
        " in a small open economy",
        " in {country}",
        " during a recession",
        " with high public debt",
    ),
}
_PREP = (
    "I'm preparing for {exam}. ",
    "Studying for {exam} and stuck. ",
    "For work: ",
    "Quick sanity check. ",
    "",
    "",
    "",
    "",
    "",
)
_EXAMS = {
    "medicine": ("the USMLE", "the nursing boards", "my pharmacology exam"),
    "law": ("the bar exam", "my contracts final"),
    "finance": ("CFA level 2", "a quant interview", "my corporate finance exam"),
    "software": ("a system design interview", "my distributed systems course"),
    "physics": ("my physics qualifier", "a solid-state exam"),
    "chemistry": ("organic chemistry finals", "the MCAT"),
    "economics": ("an econ midterm", "my macro final"),
}
_DIFF = {
    "en": (
        "What's the difference between {a} and {b}? Explain it properly.",
        "{a} vs {b}: when does each apply{ctx}?",
        "I always mix up {a} and {b}. Can you untangle them{ctx}?",
    ),
    "es": (
        "¿Cuál es la diferencia entre {a} y {b}? Explícamelo con detalle.",
        "Siempre confundo {a} y {b}. ¿Me lo aclaras con un ejemplo?",
    ),
    "de": (
        "Was ist der Unterschied zwischen {a} und {b}? Bitte ausführlich erklären.",
        "Ich verwechsle immer {a} und {b}. Kannst du das mit einem Beispiel erklären?",
    ),
    "ja": (
        "{a}と{b}の違いを詳しく教えてください。",
        "{a}と{b}はどう使い分けるのですか？具体例をお願いします。",
    ),
    "ko": (
        "{a}와 {b}의 차이를 자세히 설명해 주세요.",
        "{a}와 {b}를 언제 각각 쓰는지 예시로 알려 주세요.",
    ),
    "pt": (
        "Qual é a diferença entre {a} e {b}? Explique em detalhes.",
        "Sempre confundo {a} e {b}. Pode explicar com um exemplo?",
    ),
    "zh": ("{a}和{b}有什么区别？请详细解释一下。", "{a}和{b}分别在什么情况下使用？请举例说明。"),
    "fr": (
        "Quelle est la différence entre {a} et {b} ? Explique-moi en détail.",
        "Je confonds toujours {a} et {b}. Tu peux m'expliquer avec un exemple ?",
    ),
}
_DEEPEN = (
    "",
    "",
    "",
    "",
    " Please be thorough.",
    " Explain your reasoning step by step.",
    " Include the edge cases.",
    " Assume I know the basics.",
    " Give sources if you can.",
    " Keep it practical.",
    " A table would help.",
)


def expert_question(rng: Rng, lang: str = "en", domain: str | None = None) -> str:
    dom = domain or pick(rng, tuple(_PAIRS))
    a, b = pick(rng, _PAIRS[dom])
    ctx = ""
    if chance(rng, 0.5):
        ctx = pick(rng, _CTX[dom]).format(country=pick(rng, COUNTRIES), n=irange(rng, 1, 9))
    if lang != "en" or chance(rng, 0.35):
        return pick(rng, _DIFF.get(lang, _DIFF["en"])).format(a=a, b=b, ctx=ctx)
    prep = pick(rng, _PREP).format(exam=pick(rng, _EXAMS[dom]))
    return prep + pick(rng, _HOW[dom]).format(x=pick(rng, (a, b)), ctx=ctx) + pick(rng, _DEEPEN)


# --------------------------------------------------------------------------------------------
# product wrappers (the hidden harvest and the benign products)


def study_app_prompt(app: str, mode: str, locale: str, inner: str) -> str:
    return (
        f"You are {app}, a patient study and writing companion. Mode: {mode}. Locale: {locale}. "
        f"Be accurate; use headings for long answers.\nStudent: {inner}"
    )


def moderation_prompt(rng: Rng, platform: str, post: str, lang: str) -> str:
    sec = f"{irange(rng, 1, 4)}.{irange(rng, 1, 9)}"
    return (
        f"Moderation assistant for {platform}. Post (lang={lang}, report_reason="
        f"{pick(rng, ('spam', 'harassment', 'misinformation', 'off-topic', 'hate', 'other'))}):\n"
        f'"{post}"\nTasks: 1) label as allowed / needs_edit / remove, citing guideline '
        f"section (e.g. {sec}); 2) if needs_edit, propose the smallest rewrite that keeps the "
        f"author's point. Reply in JSON."
    )


def annotator_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    q, a = clip(pick(rng, chat), 300), clip(pick(rng, passages), 700)
    return humanize(
        rng,
        pick(
            rng,
            (
                f"can you help me check if this answer is factually right? question: {q}\nanswer: {a}",
                f"which of these two replies is more polite and why? 1) {clip(a, 300)} 2) "
                f"{clip(pick(rng, passages), 300)}",
                f"summarize in one line the main problem with this response: {a}",
                f'Does this reply follow the instruction "{clip(q, 120)}"? yes/no + short reason.\n{a}',
                f"is there anything unsafe in this text? {a}",
                f"rate this from 1-7 for helpfulness per our guideline, I'm unsure between 4 and 5: {a}",
            ),
        ),
        0.6,
    )


BRANDS = (
    "Luma Coffee",
    "Northwind Bikes",
    "Kasa Verde",
    "Brightline Dental",
    "Orbit Fitness",
    "Tidewater Realty",
    "Maru Skincare",
    "Fennel & Fig",
    "Oakridge Insurance",
    "Pixel Pet Co",
    "Solenne Travel",
    "Halden Furniture",
    "Quokka Kids",
    "Atlas Tyres",
    "Zephyr Yoga",
    "Copperleaf Wines",
    "Nimbus Cloud Backup",
    "Rivera Law Group",
    "Sakura Ramen Bar",
    "Granary Bakery",
)


def agency_prompt(rng: Rng, brand: str, lang: str) -> str:
    what = pick(
        rng,
        (
            "three Instagram captions",
            "a 90-word product description",
            "five Google ad headlines (max 30 characters)",
            "a newsletter intro",
            "two variants of a promotional SMS",
            "a blog outline",
            "a polite reply to a negative review",
            "an FAQ answer about shipping",
        ),
    )
    tone = pick(rng, ("warm", "playful", "premium", "no-nonsense", "friendly and local"))
    name = _LANG_NAMES.get(lang, "English")
    return (
        f"Client: {brand}. Write {what} in {name}, {tone} tone, for "
        f"{pick(rng, ('the spring campaign', 'a weekend sale', 'the new location', 'our loyalty programme', 'a product launch'))}."
        f" Avoid superlatives we can't prove."
    )


def course_prompt(rng: Rng, chat: Sequence[str], course: str, lang: str, week: int) -> str:
    topic = pick(
        rng,
        (
            "bias-variance trade-off",
            "gradient descent",
            "cross-validation",
            "logistic regression",
            "decision trees",
            "regularisation",
            "k-means",
            "precision and recall",
            "overfitting",
            "backpropagation",
        ),
    )
    if lang == "de":
        base = pick(
            rng,
            (
                f"Für Übungsblatt {week} in {course}: kannst du mir {topic} nochmal erklären?",
                f"Ich verstehe {topic} nicht ganz, Aufgabe {week}.2 fragt danach. Hilfe?",
                f"Mein Code für {topic} gibt einen Fehler, warum?",
            ),
        )
    elif lang == "ja":
        base = pick(
            rng,
            (
                f"{course}の第{week}回課題で{topic}が出ました。わかりやすく説明してください。",
                f"{topic}のコードでエラーが出ます。原因は何でしょうか？",
            ),
        )
    else:
        base = pick(
            rng,
            (
                f"for {course} assignment {week}: can you explain {topic} again?",
                f"I don't get {topic}, question {week}.2 asks about it",
                f"my code for {topic} throws an error, why?",
                f"how do I start problem {week}.{irange(rng, 1, 5)} on {topic}",
            ),
        )
    if chance(rng, 0.25):
        base += "\n" + clip(pick(rng, chat), 400)
    return humanize(rng, base, 0.7) if lang == "en" else base


def bench_item(rng: Rng, item_id: int, suite: str, lang: str, cot: bool) -> str:
    """One item of a fixed benchmark suite: the same id always gives the same item."""
    item_rng = np.random.default_rng([item_id, len(suite)])
    p = reasoning_problem(item_rng, lang if lang in _LOCAL_PROBLEMS else "en")
    tail = (
        " Let's think step by step, and put the final answer in \\boxed{}."
        if cot
        else " Answer with the final result only."
    )
    return f"[{suite} #{item_id:04d}] {p}{tail}"


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

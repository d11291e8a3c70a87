"""Prompt generators of blind batch 229, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and returns one prompt (the
last user message of a request). Ordinary human text comes from ShareGPT's "sim" half, which
`bench/blind_batch.py` hands over as `ctx.chat` (human prompts) and `ctx.passages` (assistant
answers); everything else here is composed from the pools below.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Wroclaw",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Valencia",
    "Tbilisi",
    "Porto",
    "Leeds",
    "Austin",
)


def excerpt(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of a random length in [lo, hi], cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def short_chat(rng: Rng, chat: Sequence[str], max_len: int = 400) -> str:
    """A human prompt from ShareGPT no longer than `max_len` characters (a few tries)."""
    for _ in range(8):
        q = pick(rng, chat)
        if 12 <= len(q) <= max_len:
            return q.strip()
    return excerpt(rng, pick(rng, chat), 40, max_len)


def sentences(rng: Rng, passages: Sequence[str], k: int) -> list[str]:
    """`k` plain sentences from ShareGPT answers (for translation and paraphrase work)."""
    out: list[str] = []
    for _ in range(40):
        if len(out) >= k:
            break
        text = pick(rng, passages).replace("\n", " ")
        parts = [s.strip() for s in text.split(". ") if 40 <= len(s.strip()) <= 220]
        if parts:
            s = pick(rng, parts)
            out.append(s if s.endswith((".", "?", "!")) else s + ".")
    return out or ["The meeting was moved to Thursday afternoon."]


# --------------------------------------------------------------------------------------------
# word problems (used by reasoning harvests and, with other wrappers, by benchmark runs)


def problem(rng: Rng) -> str:
    """A fresh quantitative problem with drawn numbers (English)."""
    k = int(rng.integers(11))
    a, b = pick(rng, CITIES), pick(rng, CITIES)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 45, 130)
        lag = irange(rng, 10, 90)
        return (
            f"A bus leaves {a} towards {b} at {v1} km/h. {lag} minutes later a car leaves {b} "
            f"towards {a} on the same road at {v2} km/h. The cities are {d} km apart. How far from "
            f"{a} do they meet, and at what time if the bus left at 8:15?"
        )
    if k == 1:
        x, p, q, t = (
            irange(rng, 200, 900),
            irange(rng, 5, 30),
            irange(rng, 40, 90),
            irange(rng, 12, 35),
        )
        return (
            f"{n1} has {x} ml of a {p}% saline solution. How many ml of a {q}% solution must be "
            f"added to obtain a {t}% solution? If that is impossible, explain why."
        )
    if k == 2:
        m1, m2 = pick(rng, (7, 9, 11, 13, 17)), pick(rng, (4, 5, 8, 19, 23))
        r1, r2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
        return (
            f"Find the smallest positive integer n with n mod {m1} = {r1} and n mod {m2} = {r2}. "
            f"Then find how many such n are below {irange(rng, 500, 5000)}."
        )
    if k == 3:
        r, bl, dr = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 4)
        j = irange(rng, 1, dr)
        return (
            f"A box holds {r} red and {bl} blue tokens. {n1} draws {dr} tokens without "
            f"replacement. What is the probability that exactly {j} of them are red? Give an exact "
            f"fraction and a decimal."
        )
    if k == 4:
        n, s = irange(rng, 3, 5), irange(rng, 6, 20)
        return (
            f"How many {n}-digit positive integers have digits that sum to {s}? No leading zeros."
        )
    if k == 5:
        sides = sorted(irange(rng, 5, 20) for _ in range(3))
        if sides[0] + sides[1] <= sides[2]:
            sides[2] = sides[0] + sides[1] - 1
        return (
            f"A triangle has sides {sides[0]}, {sides[1]} and {sides[2]} cm. Find its area, the "
            f"radius of its inscribed circle and the radius of its circumscribed circle."
        )
    if k == 6:
        v, h = irange(rng, 8, 35), irange(rng, 10, 80)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Ignoring air "
            f"resistance (g = 9.81 m/s^2), when does it hit the ground below and with what speed?"
        )
    if k == 7:
        a1, c, kk, m, p = (
            irange(rng, 1, 9),
            irange(rng, 1, 9),
            irange(rng, 2, 5),
            irange(rng, 20, 200),
            pick(rng, (7, 11, 13, 97, 101)),
        )
        return f"Let a_1 = {a1} and a_(n+1) = {kk}*a_n + {c}. Find a closed form for a_n and compute a_{m} mod {p}."
    if k == 8:
        three = [pick(rng, NAMES) for _ in range(3)]
        return (
            f"On an island, knights always tell the truth and knaves always lie. {three[0]} says: "
            f'"{three[1]} is a knave." {three[1]} says: "{three[0]} and {three[2]} are the same '
            f'kind." {three[2]} says: "I am a knight or {three[1]} is a knight." Determine each person\'s type.'
        )
    if k == 9:
        pr, r, yrs = (
            irange(rng, 5, 60) * 1000,
            round(float(rng.uniform(2.5, 9.5)), 1),
            irange(rng, 3, 25),
        )
        return (
            f"{n2} borrows {pr} at {r}% annual interest compounded monthly, repaid in equal monthly "
            f"payments over {yrs} years. What is the payment, and how much interest is paid in total?"
        )
    w, l_, cut = irange(rng, 20, 60), irange(rng, 30, 90), irange(rng, 2, 9)
    return (
        f"From a {w} cm by {l_} cm sheet of cardboard, squares are cut from each corner and the sides "
        f"folded up to make an open box. Which square side maximises the volume? Compare with a cut "
        f"of {cut} cm."
    )


_PROBLEM_ZH = (
    "甲、乙两地相距{d}千米，一辆货车和一辆客车同时从两地相向而行，货车每小时行{v1}千米，客车每小时行{v2}千米。几小时后两车相遇？相遇时客车比货车多行多少千米？",
    "一个水池有两个进水管，单开甲管{a}小时注满，单开乙管{b}小时注满。两管同时打开，几小时注满水池的{p}%？",
    "某商品先提价{p}%，再降价{q}%，最终价格为{x}元。求原价，并判断最终价格比原价高还是低。",
)
_PROBLEM_RU = (
    "Из пункта А в пункт Б, расстояние между которыми {d} км, выехал велосипедист со скоростью {v1} км/ч. Через час навстречу ему выехал мотоциклист со скоростью {v2} км/ч. Через сколько часов после выезда велосипедиста они встретятся?",
    "Сколько существует натуральных чисел, меньших {x}, которые делятся на {a} или на {b}, но не на оба сразу?",
)
_PROBLEM_ES = (
    "Un depósito se llena con un grifo en {a} horas y se vacía con un desagüe en {b} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse hasta el {p}%?",
    "En una urna hay {a} bolas blancas y {b} negras. Se extraen dos sin reemplazo. ¿Cuál es la probabilidad de que sean de distinto color?",
)


def _fill(rng: Rng, tpl: str) -> str:
    return tpl.format(
        d=irange(rng, 150, 800),
        v1=irange(rng, 12, 60),
        v2=irange(rng, 40, 95),
        a=irange(rng, 3, 12),
        b=irange(rng, 13, 30),
        p=irange(rng, 10, 90),
        q=irange(rng, 5, 40),
        x=irange(rng, 100, 2000),
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning(rng: Rng, chat: Sequence[str], lang: str) -> str:
    if lang == "zh":
        p = _fill(rng, pick(rng, _PROBLEM_ZH)) if chance(rng, 0.6) else problem(rng)
        return pick(
            rng,
            (
                f"请一步一步地详细推理，写出完整的思考过程，包括每一步的依据和最后的验算，最后用【答案】给出结果。\n\n题目：{p}",
                f"题目：{p}\n\n要求：先在<思考>标签中写出全部推理过程（不要省略任何中间步骤），再给出最终答案。",
                f"{p}\n请展示完整的解题思路，如果中途发现错误请写出你是如何发现并修正的。",
            ),
        )
    if lang == "ru":
        p = _fill(rng, pick(rng, _PROBLEM_RU)) if chance(rng, 0.6) else problem(rng)
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши каждый шаг рассуждения, ничего не пропускай, а в конце проверь ответ.\n\nЗадача: {p}",
                f"{p}\n\nСначала порассуждай вслух, рассмотри возможные ошибки, затем дай окончательный ответ в формате «Ответ: ...».",
            ),
        )
    if lang == "es":
        p = _fill(rng, pick(rng, _PROBLEM_ES)) if chance(rng, 0.6) else problem(rng)
        return pick(
            rng,
            (
                f"Resuelve el siguiente problema. Explica tu razonamiento paso a paso, sin saltarte nada, y termina con «Respuesta final:».\n\n{p}",
                f"{p}\n\nPiensa en voz alta: plantea, calcula, verifica. Quiero ver todo el proceso, no solo el resultado.",
            ),
        )
    if lang == "de":
        return (
            f"Löse die folgende Aufgabe. Begründe jeden Zwischenschritt ausführlich und prüfe das "
            f"Ergebnis am Ende durch eine Probe.\n\n{problem(rng)}"
        )
    if chance(rng, 0.2):
        q = short_chat(rng, chat, 600)
        return pick(
            rng,
            (
                f"{q}\n\nBefore you answer, reason through the problem carefully inside <think></think> tags. Do not skip steps.",
                f"Question: {q}\n\nWrite out your full chain of reasoning first (label it REASONING), then the answer (label it ANSWER).",
            ),
        )
    p = problem(rng)
    return pick(
        rng,
        (
            f"{p}\n\nThink through this step by step. Put your complete reasoning inside <think> ... </think>, checking each step, then give the final answer as \\boxed{{...}}.",
            f'Return a JSON object with keys "reasoning_steps" (a list of strings, one per step, none skipped) and "final_answer".\n\nProblem: {p}',
            f"You are graded on the quality of your reasoning, not only on the result. Show every intermediate computation, including any approach you try and abandon.\n\n{p}",
            f"Problem #{irange(rng, 1000, 99999)}\n{p}\n\nLet's reason about this carefully and verify the result at the end.",
        ),
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "conciseness",
    "tone",
    "safety",
    "instruction following",
    "use of evidence",
    "logical coherence",
    "formatting",
)
_CHECKS = (
    "The answer addresses every part of the question",
    "No factual errors",
    "Gives a concrete example",
    "States its assumptions",
    "Avoids unnecessary hedging",
    "Uses correct units",
    "Stays under 300 words",
    "Cites a source or explains where the information comes from",
    "Ends with a clear recommendation",
    "Does not invent APIs or functions",
    "Code compiles as written",
    "Mentions at least one limitation",
)


def judge(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    q = short_chat(rng, chat, 500)
    r = excerpt(rng, pick(rng, passages), 300, 1400)
    if lang == "zh":
        return pick(
            rng,
            (
                f"你是一名严格的评审员。请从准确性、完整性、逻辑性和表达四个方面对下面的回答打分（每项1-10分），先写出简要理由，最后以“总分：X/40”结尾。\n\n问题：{q}\n\n回答：{r}",
                f'请比较两个回答的质量并给出偏好。输出JSON：{{"winner": "A"或"B", "margin": 1-5, "reason": "..."}}\n\n问题：{q}\n\n回答A：{r}\n\n回答B：{excerpt(rng, pick(rng, passages), 300, 1200)}',
            ),
        )
    k = int(rng.integers(5))
    if k == 0:
        crit = [str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False)]
        rubric = "\n".join(f"{i + 1}. {c} (0-{irange(rng, 3, 5)})" for i, c in enumerate(crit))
        keys = ", ".join(f'"{c.replace(" ", "_")}": <int>' for c in crit)
        return (
            f"You are a strict grader. Score the response using the rubric.\n\n### Question\n{q}\n\n"
            f'### Response\n{r}\n\n### Rubric\n{rubric}\n\nReturn JSON only: {{{keys}, "total": <int>, '
            f'"rationale": <one paragraph>}}'
        )
    if k == 1:
        r2 = excerpt(rng, pick(rng, passages), 300, 1400)
        return (
            f"Which response better answers the user? Weigh helpfulness, honesty and harmlessness; ignore "
            f"length. Explain in 2-4 sentences, then output [[A]], [[B]] or [[TIE]].\n\nUser: {q}\n\n"
            f"[Response A]\n{r}\n\n[Response B]\n{r2}"
        )
    if k == 2:
        return (
            f"Rate the assistant turn below with one real number between 0 and 1: the probability that a "
            f"careful expert would prefer it to a typical answer. Output the number only.\n<user>{q}</user>\n"
            f"<assistant>{r}</assistant>"
        )
    if k == 3:
        items = [str(c) for c in rng.choice(_CHECKS, size=irange(rng, 4, 7), replace=False)]
        lst = "\n".join(f"- {c}" for c in items)
        return (
            f"Evaluate the answer against each checklist item. For every item write PASS or FAIL and one "
            f"sentence of evidence quoted from the answer. Finish with a score out of {len(items)}.\n\n"
            f"Checklist:\n{lst}\n\nPrompt: {q}\n\nAnswer:\n{r}"
        )
    return (
        f"On a 1-7 scale, how well does the response follow the instruction? Give your probability for each "
        f'score as a JSON object {{"1": p1, ..., "7": p7}} summing to 1, then nothing else.\n\n'
        f"Instruction: {q}\n\nResponse: {r}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_SENSITIVE = (
    "the 1989 events in Beijing",
    "how opioid overdoses are reversed",
    "how lock picking works as a hobby",
    "the history of a banned opposition party",
    "self-defence against a knife attack",
    "how phishing kits steal passwords",
    "fasting for 5 days to lose weight",
    "why a religious text is criticised",
    "the casualty figures of a recent border war",
    "how protesters avoid facial recognition",
    "what happens during an abortion procedure",
    "the dosage at which paracetamol damages the liver",
    "how extremist groups recruit online",
    "ethnic tensions in a named province",
    "the legality of cannabis growing at home",
    "how censorship filters work on social media",
    "a satirical poem about the head of state",
)
#: a few of the sensitive topics as a native speaker would phrase them
_TOPIC_L10N = {
    "zh": (
        "1989年北京发生的事件",
        "阿片类药物过量如何抢救",
        "社交媒体上的审查过滤是怎么运作的",
        "某边境冲突的伤亡人数",
        "对国家领导人的讽刺诗",
        "极端组织如何在网上招募成员",
    ),
    "ru": (
        "история запрещённой оппозиционной партии",
        "как работает цензура в социальных сетях",
        "потери в недавнем пограничном конфликте",
        "как вербуют экстремистские группы в интернете",
    ),
    "vi": (
        "cách kiểm duyệt hoạt động trên mạng xã hội",
        "lịch sử một đảng đối lập bị cấm",
        "liều paracetamol gây hại gan",
    ),
    "de": (
        "wie Phishing-Kits Passwörter stehlen",
        "ab welcher Dosis Paracetamol die Leber schädigt",
        "wie Lockpicking als Hobby funktioniert",
        "wie extremistische Gruppen online rekrutieren",
    ),
    "es": (
        "cómo se revierte una sobredosis de opioides",
        "la legalidad de cultivar cannabis en casa",
        "cómo funciona la censura en las redes sociales",
        "la defensa personal ante un ataque con cuchillo",
    ),
}


def topic_in(rng: Rng, lang: str) -> str:
    return pick(rng, _TOPIC_L10N[lang]) if lang in _TOPIC_L10N else pick(rng, _SENSITIVE)


_REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't provide information on this topic.",
    "As an AI, I must decline to discuss this subject.",
    "This request may violate our usage policies, so I won't answer it.",
    "I'm not able to talk about political topics.",
)
_CLAUSES = (
    "3.1 No instructions that facilitate serious harm",
    "4.2 Political content must be neutral and factual",
    "5.4 Medical content must include a safety note",
    "2.7 No content that demeans a protected group",
    "6.1 Do not reveal personal data",
    "7.3 Historical events described without advocacy",
)


def policy_rewrite(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    topic = topic_in(rng, lang)
    draft = excerpt(rng, pick(rng, passages), 250, 1100)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下回答改写为符合内容安全规范的版本：删除敏感或不当表述，保持中立客观，保留有用信息，并在最后列出修改理由。\n\n原文：{draft}",
                f"用户提问：请介绍一下{topic}。\n请给出一个合规、稳妥、符合平台审核要求的回答示范，并说明哪些内容不能提及。",
                f"判断下列文本是否需要审核处理（是/否），如需要，请给出可以发布的改写版本：\n{draft}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал правилам модерации, сохранив полезную информацию. "
            f"Тема запроса: {topic}. Объясни, что ты изменил.\n\nОтвет: {draft}"
        )
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع سياسات المحتوى، مع الحفاظ على فائدتها، ثم اذكر التعديلات:\n{draft}"
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau cho phù hợp với chính sách nội dung, giữ lại thông tin hữu ích và "
            f"giải thích những thay đổi (chủ đề: {topic}):\n{draft}"
        )
    if lang == "fa":
        return f"این پاسخ را طوری بازنویسی کن که با قوانین محتوای پلتفرم سازگار باشد و اطلاعات مفید حفظ شود:\n{draft}"
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Below is a user request and a draft answer. Rewrite the answer so that it fully complies with a "
            f"strict content policy while staying as helpful as possible, then list the policy points you "
            f"applied.\n\nRequest: Tell me about {topic}.\nDraft: {draft}"
        )
    if k == 1:
        return (
            f"Here is a refusal from another assistant. Write the response an ideal assistant would give "
            f"instead: helpful where it is safe, declining only the unsafe part, with a one-line reason.\n\n"
            f"User: Explain {topic}.\nRefusal: {pick(rng, _REFUSALS)}"
        )
    if k == 2:
        return (
            f"Policy: {pick(rng, _CLAUSES)}\nText: {draft}\n\nDoes the text violate the policy? Answer "
            f"VIOLATES or OK with the clause number, then write a compliant version."
        )
    return (
        f"User question: {short_chat(rng, chat, 300)}\n\nWrite two answers: (1) the most helpful answer "
        f"allowed, (2) a cautious answer suitable for a market with strict content rules. Label them."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = {
    "web_search": {"query": "string"},
    "http_get": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_sql": {"query": "string", "database": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "datetime", "attendees": "list[string]"},
    "python_exec": {"code": "string"},
    "crm_lookup": {"customer_id": "string"},
    "book_flight": {"from": "string", "to": "string", "date": "date"},
}
_TOOL_NAMES = tuple(_TOOLS)


def agent_task(rng: Rng) -> str:
    k = int(rng.integers(7))
    a, b, n = pick(rng, CITIES), pick(rng, CITIES), pick(rng, NAMES)
    return (
        f"Find the cheapest direct flight from {a} to {b} on 2026-03-{irange(rng, 2, 28):02d} and hold a seat for {n}.",
        f"Reconcile the invoices in /data/invoices/2026-0{irange(rng, 1, 2)} with the payments table and email {n} a list of mismatches.",
        f"Query the sales database for Q{irange(rng, 1, 4)} revenue by region, chart it, and save the chart to reports/q.png.",
        f"Customer C-{irange(rng, 10000, 99999)} says their order never arrived. Look them up, check the shipment and draft a reply.",
        f"Schedule a 45-minute meeting with {n} and {pick(rng, NAMES)} next week avoiding both calendars' conflicts.",
        f"Summarise the three most recent news articles about electricity prices in {pick(rng, COUNTRIES)} into a memo.",
        f"The nightly ETL job failed. Read logs/etl-{irange(rng, 1, 30):02d}.log, find the cause and propose a fix.",
    )[k]


def _observation(rng: Rng, tool: str) -> str:
    if tool == "run_sql":
        rows = [
            [pick(rng, ("north", "south", "east", "west")), irange(rng, 1000, 90000)]
            for _ in range(irange(rng, 2, 5))
        ]
        return json.dumps({"rows": rows, "row_count": len(rows)})
    if tool in ("web_search", "http_get"):
        return json.dumps(
            {
                "results": [
                    {"title": f"{pick(rng, CITIES)} report {irange(rng, 1, 99)}", "snippet": "…"}
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    if tool == "read_file":
        return f"ERROR line {irange(rng, 10, 900)}: KeyError: 'customer_id'\nretrying… failed after 3 attempts"
    return json.dumps(
        {"status": pick(rng, ("ok", "ok", "ok", "pending", "error")), "id": irange(rng, 100, 99999)}
    )


def agent_step(rng: Rng, task: str, step: int, style: int, lang: str) -> str:
    """One request of an agent episode: the transcript so far (truncated) and a request for the
    next action."""
    tools = [str(t) for t in rng.choice(_TOOL_NAMES, size=irange(rng, 3, 6), replace=False)]
    hist = []
    for i in range(min(step, 4)):
        t = pick(rng, tools)
        hist.append(
            f"Thought: step {i + 1}, I should use {t}.\nAction: {t}\nAction Input: {{…}}\n"
            f"Observation: {_observation(rng, t)}"
        )
    history = "\n".join(hist)
    if lang == "ja" and chance(rng, 0.7):
        task = f"{task}（結果は日本語で報告してください）"
    if lang == "de" and chance(rng, 0.7):
        task = f"{task} (Bericht bitte auf Deutsch.)"
    if style == 0:
        spec = json.dumps([{"name": t, "parameters": _TOOLS[t]} for t in tools])
        return (
            f"You are an autonomous operations agent. Tools:\n{spec}\n\nTask: {task}\n\n{history}\n\n"
            f"Respond with exactly:\nThought: <reasoning>\nAction: <tool>\nAction Input: <JSON>\n"
            f"or, when done, Final Answer: <answer>"
        )
    if style == 1:
        msgs = [{"role": "user", "content": task}]
        for _ in range(min(step, 3)):
            t = pick(rng, tools)
            msgs.append({"role": "assistant", "tool_call": {"name": t, "arguments": {}}})
            msgs.append({"role": "tool", "name": t, "content": _observation(rng, t)})
        return (
            "Continue this function-calling conversation with the next assistant message. Call a tool if "
            "needed, otherwise answer the user.\n" + json.dumps(msgs, ensure_ascii=False)
        )
    return (
        f'Below is an agent trajectory for the task "{task}". Rewrite it as an ideal trajectory: explicit '
        f"plan first, then each tool call with its reason, the observations, error recovery, and a final "
        f"answer.\n\n{history or 'Thought: I will start.'}"
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets along a curriculum grid

CURRICULUM = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "probability",
        "derivatives",
        "vectors",
        "sequences and series",
        "proof by induction",
        "matrices",
    ),
    "chemistry": (
        "atomic structure",
        "stoichiometry",
        "acids and bases",
        "redox",
        "organic nomenclature",
        "reaction rates",
        "equilibrium",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "energy",
        "waves",
        "circuits",
        "thermodynamics",
        "optics",
    ),
    "biology": ("cells", "genetics", "evolution", "ecology", "human physiology", "photosynthesis"),
    "economics": (
        "supply and demand",
        "elasticity",
        "inflation",
        "comparative advantage",
        "market failure",
    ),
    "computer science": (
        "loops",
        "recursion",
        "sorting",
        "graphs",
        "dynamic programming",
        "databases",
        "networking",
    ),
    "history": ("industrial revolution", "decolonisation", "the cold war", "ancient trade routes"),
}
LEVELS = (
    "grade 4",
    "grade 6",
    "grade 8",
    "grade 10",
    "grade 12",
    "first-year university",
    "graduate",
)
FORMATS = (
    "multiple-choice questions with 4 options and an explanation of each option",
    "short-answer questions with model answers",
    "worked examples with every step explained",
    "misconception / correction pairs",
    "Socratic tutor dialogues",
    "exam-style problems with marking schemes",
)
_OUT_LANGS = {
    "en": "English",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "hi": "Hindi",
    "id": "Indonesian",
}


def curriculum_cell(position: int) -> tuple[str, str, str, str]:
    """The grid cell at `position` (subject, topic, level, format), walked in order."""
    cells = [(s, t) for s, topics in CURRICULUM.items() for t in topics]
    s, t = cells[position % len(cells)]
    rest = position // len(cells)
    return s, t, LEVELS[rest % len(LEVELS)], FORMATS[(rest // len(LEVELS)) % len(FORMATS)]


def dataset_request(rng: Rng, chat: Sequence[str], position: int, lang: str) -> str:
    s, t, lvl, fmt = curriculum_cell(position)
    k, out = irange(rng, 8, 25), _OUT_LANGS[lang]
    style = int(rng.integers(4))
    if style == 0:
        return (
            f'Generate {k} diverse, high-quality {fmt} for {lvl} {s}, topic: "{t}". Output JSONL, one '
            f'object per line, with fields "instruction", "input", "output". Write in {out}. Vary '
            f"difficulty, phrasing and context. Batch id {position}."
        )
    if style == 1:
        ex = "\n".join(f"{i + 1}. {short_chat(rng, chat, 160)}" for i in range(3))
        return (
            f"Here are example tasks:\n{ex}\n\nWrite {k} new tasks that differ from these in topic and form "
            f"(focus: {s} / {t}, level {lvl}). For each give the task and a complete reference answer. "
            f"Language: {out}."
        )
    if style == 2:
        return (
            f"Create a {irange(rng, 6, 14)}-turn dialogue between a {lvl} student and an expert tutor about "
            f"{t} ({s}). The tutor should reason out loud and the student should make realistic mistakes. "
            f'Language: {out}. Format: JSON list of {{"role", "content"}}.'
        )
    return (
        f"[{s}/{t}/{lvl}] Produce {k} items: {fmt}. Each item must include a detailed solution path. "
        f"Respond in {out}, as a JSON array. Do not repeat items from earlier batches."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_OPEN = {
    "en": ("I'm {n}, a {job} in {c}. {q}", "Hi! Quick context: I work as a {job}. {q}", "{q}"),
    "fr": ("Bonjour, je suis {n}, {job} à {c}. {q}", "Salut, j'aurais besoin d'aide : {q}"),
    "pt": ("Oi, sou {n}, trabalho como {job} em {c}. {q}", "Olá! Preciso de ajuda com isso: {q}"),
    "id": ("Halo, saya {n}, seorang {job} di {c}. {q}", "Hai, boleh bantu saya? {q}"),
    "tr": (
        "Merhaba, ben {n}, {c} şehrinde {job} olarak çalışıyorum. {q}",
        "Selam, şu konuda yardım eder misin: {q}",
    ),
}
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say?",
        "Summarise everything we discussed so far in a table.",
        "Okay, and what if I only have {k} hours a week?",
        "Rewrite that for a 12-year-old.",
        "Why is that true? Walk me through the reasoning.",
        "Which of those options would you pick, and why?",
        "Now argue the opposite position as convincingly as you can.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Et si je n'ai que {k} heures par semaine ?",
        "Résume tout ce qu'on a dit dans un tableau.",
        "Pourquoi ? Explique ton raisonnement étape par étape.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto?",
        "E se eu só tiver {k} horas por semana?",
        "Resume tudo o que conversamos numa tabela.",
        "Por quê? Explica o raciocínio passo a passo.",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Beri contoh konkret dong.",
        "Kalau saya cuma punya {k} jam seminggu bagaimana?",
        "Ringkas semua yang kita bahas dalam tabel.",
        "Kenapa begitu? Jelaskan langkah demi langkah.",
    ),
    "tr": (
        "İkinci maddeyi biraz daha açar mısın?",
        "Somut bir örnek verir misin?",
        "Haftada sadece {k} saatim olsa?",
        "Şimdiye kadar konuştuklarımızı bir tabloda özetle.",
        "Neden? Adım adım açıkla.",
    ),
}
_JOBS = (
    "nurse",
    "accountant",
    "teacher",
    "software developer",
    "small-business owner",
    "student",
    "farmer",
    "logistics planner",
    "pharmacist",
    "graphic designer",
    "civil engineer",
    "journalist",
)
_SCENARIOS = (
    "I want to switch careers into data analysis within a year. Where do I start?",
    "My landlord is raising the rent by 20%. What are my options?",
    "How should I prepare for a salary negotiation next month?",
    "I need to plan a two-week trip on a tight budget.",
    "How do I get my team to adopt code reviews?",
    "What's a sensible way to start investing small amounts?",
    "Help me design a weekly study plan for an exam.",
    "I keep procrastinating on my thesis. What actually works?",
)


def dialogue_turn(rng: Rng, chat: Sequence[str], lang: str, turn: int) -> str:
    if turn == 0:
        q = (
            pick(rng, _SCENARIOS)
            if (lang != "en" or chance(rng, 0.5))
            else short_chat(rng, chat, 500)
        )
        return pick(rng, _OPEN[lang]).format(
            n=pick(rng, NAMES), job=pick(rng, _JOBS), c=pick(rng, CITIES), q=q
        )
    return pick(rng, _FOLLOW[lang]).format(k=irange(rng, 2, 10))


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

_REVIEWS = (
    "The delivery was two days late but the product itself is solid.",
    "Absolutely terrible support, never again.",
    "It does what it says. Nothing more, nothing less.",
    "Battery life is amazing, screen scratches easily though.",
    "I returned it after a week, the size chart is wrong.",
    "Best purchase this year, my kids love it!",
    "Meh. The app keeps crashing on login.",
    "Fair price, packaging could be better.",
)
_CATEGORIES = (
    "billing",
    "technical issue",
    "shipping",
    "account access",
    "feature request",
    "complaint",
    "praise",
)
_FORMS = (
    "haiku",
    "limerick",
    "two-sentence story",
    "product slogan",
    "motivational quote",
    "riddle",
    "tweet",
)
_THEMES = (
    "monsoon",
    "a lost umbrella",
    "first day at work",
    "the last train",
    "coffee",
    "a broken phone",
    "grandmother's kitchen",
)


def sample_item(rng: Rng, chat: Sequence[str], lang: str) -> str:
    k = int(rng.integers(5))
    text = pick(rng, _REVIEWS) if chance(rng, 0.5) else short_chat(rng, chat, 250)
    if lang == "hi" and k < 3:
        return (
            f"इस टिप्पणी की भावना बताइए: सकारात्मक, नकारात्मक या तटस्थ। हर लेबल की संभावना JSON में दीजिए।\n\n"
            f"टिप्पणी: {text}"
        )
    if lang == "pt" and k < 3:
        return (
            f"Classifique o sentimento do texto como positivo, negativo ou neutro e dê a probabilidade de cada "
            f"rótulo em JSON.\n\nTexto: {text}"
        )
    if k == 0:
        return (
            f"Label the sentiment of this text as positive, negative or neutral. Output a JSON object with "
            f"your probability for each label.\n\nText: {text}"
        )
    if k == 1:
        cats = ", ".join(
            str(c) for c in rng.choice(_CATEGORIES, size=irange(rng, 3, 6), replace=False)
        )
        return f"Which category fits best: {cats}? Give your confidence for each as percentages summing to 100.\n\n{text}"
    if k == 2:
        return f"Is the following a question, a request, a complaint or small talk? One word.\n\n{text}"
    if k == 3:
        return f"Write a {pick(rng, _FORMS)} about {pick(rng, _THEMES)}."
    return f"Rate from -1 (very negative) to 1 (very positive), two decimals, number only:\n{text}"


# --------------------------------------------------------------------------------------------
# code harvest

_CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "Kotlin")
_PROBLEMS = (
    "Given an array of {n} integers and an integer k, count the subarrays whose sum is divisible by k.",
    "Given a grid of {n} x {m} cells with walls, find the shortest path from the top-left to the bottom-right corner if you may remove at most {k} walls.",
    "Design a data structure supporting insert, delete and get_random in O(1) average time, with duplicates allowed.",
    "Given {n} intervals, merge all overlapping ones and return the total covered length.",
    "Implement an LRU cache with capacity {k} that also reports the hit ratio.",
    "Given a string of length up to {n}, find the longest substring that appears at least {k} times.",
    "Given a weighted directed graph with {n} nodes, find the number of shortest paths from node 1 to node n modulo 1e9+7.",
    "Parse arithmetic expressions with +, -, *, /, parentheses and unary minus, and evaluate them exactly using fractions.",
    "Given {n} tasks with deadlines and profits, choose a schedule maximising profit when each task takes one unit of time.",
    "Implement a rate limiter (token bucket) that is safe under concurrent access, with a burst size of {k}.",
    "Given a binary tree with up to {n} nodes, return the maximum sum of any path between two nodes.",
    "Write a function that splits a CSV line into fields, handling quoted fields, escaped quotes and embedded newlines.",
)
_SNIPPETS = (
    "def chunks(xs, n):\n    out = []\n    for i in range(0, len(xs), n):\n        out.append(xs[i:i + n])\n    return out",
    "def word_freq(text):\n    d = {}\n    for w in text.lower().split():\n        d[w] = d.get(w, 0) + 1\n    return sorted(d.items(), key=lambda kv: -kv[1])",
    "def retry(fn, tries=3, delay=0.5):\n    for i in range(tries):\n        try:\n            return fn()\n        except Exception:\n            time.sleep(delay * 2 ** i)\n    raise RuntimeError('gave up')",
    "def moving_avg(xs, k):\n    s, out = 0, []\n    for i, x in enumerate(xs):\n        s += x\n        if i >= k:\n            s -= xs[i - k]\n        if i >= k - 1:\n            out.append(s / k)\n    return out",
)
_ISSUES = (
    "Crash when the config file is empty",
    "Timezone offset ignored when parsing ISO dates",
    "Memory leak in websocket reconnect loop",
    "Pagination returns duplicate rows on the last page",
    "Unicode filenames break the upload handler",
    "Race condition between cache refresh and reads",
)


def code_task(rng: Rng, lang: str) -> str:
    tl = pick(rng, _CODE_LANGS)
    k = int(rng.integers(4))
    if k <= 1:
        p = pick(rng, _PROBLEMS).format(
            n=pick(rng, (10**3, 10**5, 2 * 10**5, 10**6)),
            m=irange(rng, 5, 1000),
            k=irange(rng, 1, 50),
        )
        if lang == "zh":
            return f"{p}\n\n请用{tl}实现，要求给出详细注释、思路分析和时间/空间复杂度，并附上测试用例。"
        if lang == "ko":
            return f"{p}\n\n이 문제를 {tl}로 풀고, 풀이 과정과 복잡도를 자세히 설명한 뒤 테스트 코드를 작성해 주세요."
        return pick(
            rng,
            (
                f"{p}\n\nWrite an efficient, well-commented {tl} solution. First explain the algorithm and its complexity, then give the code, then unit tests covering edge cases.",
                f"Problem:\n{p}\nConstraints: time limit 2 s, memory 256 MB.\nReturn: explanation, {tl} code, complexity analysis.",
            ),
        )
    if k == 2:
        return (
            f"Port this Python function to idiomatic {tl}. Keep behaviour identical, add doc comments and "
            f"tests, and explain any semantic differences.\n\n```python\n{pick(rng, _SNIPPETS)}\n```"
        )
    return (
        f"Repository: {pick(rng, ('acme', 'openfleet', 'tinyhttp', 'ledgerly', 'quarry'))}/"
        f"{pick(rng, ('core', 'server', 'sdk', 'cli'))}\nIssue #{irange(rng, 100, 9999)}: {pick(rng, _ISSUES)}\n\n"
        f"Write the fix as a unified diff against a plausible {tl} codebase, explain the root cause, and add a "
        f"regression test."
    )


# --------------------------------------------------------------------------------------------
# harvest inside a product; casual harvesting phrasing; translation harvest


def product_harvest(rng: Rng, question: str) -> str:
    return pick(
        rng,
        (
            f"Re-solve the student's question below as an expert tutor. Give a complete step-by-step explanation showing all of your reasoning, then a short final answer, then two common mistakes.\n\nStudent question: {question}",
            f"Write three harder follow-up questions to the question below, each with a fully worked solution.\n\nOriginal question: {question}",
            f"Answer the following as thoroughly as possible, reasoning step by step, as if writing the model solution for a textbook.\n\n{question}",
        ),
    )


_CONCEPTS = (
    "compound interest",
    "the Krebs cycle",
    "how vaccines train the immune system",
    "public key cryptography",
    "bayes theorem",
    "how a transformer neural network works",
    "supply chain bullwhip effect",
    "plate tectonics",
    "the fourier transform",
    "how mortgages amortise",
    "entropy in thermodynamics",
    "recursion in programming",
    "the electoral college",
    "opportunity cost",
    "how jet engines work",
    "gradient descent",
)
_SUFFIX = (
    " please explain your reasoning step by step",
    " can you be thorough and show your work?",
    " explain it like a textbook with examples",
    " walk me through it in detail",
    " go step by step pls",
    "",
    "",
    "",
)


def casual_harvest(rng: Rng, chat: Sequence[str]) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return short_chat(rng, chat, 900) + pick(rng, _SUFFIX)
    if k == 1:
        return pick(
            rng,
            (
                "how does {c} work? walk me through it",
                "can you explain {c} in detail with an example",
                "i never understood {c}, explain it properly",
                "whats the intuition behind {c}",
            ),
        ).format(c=pick(rng, _CONCEPTS))
    if k == 2:
        return pick(
            rng, ("can u help me solve this: ", "stuck on this one: ", "", "homework q: ")
        ) + problem(rng)
    return short_chat(rng, chat, 900)


_TGT = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "tr": "Turkish",
    "pl": "Polish",
    "vi": "Vietnamese",
    "sw": "Swahili",
    "th": "Thai",
}


def translation_harvest(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    tgt = _TGT[pick(rng, tuple(_TGT))]
    k = int(rng.integers(3))
    if k == 0:
        sents = sentences(rng, passages, irange(rng, 4, 10))
        lst = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(sents))
        return (
            f"Translate the following sentences into {tgt}. For each give two alternative translations "
            f"(formal and informal), numbered to match.\n\n{lst}"
        )
    if k == 1:
        return f"Solve and explain in {tgt}, step by step:\n{problem(rng)}"
    return f"Translate into {tgt}, preserving formatting:\n\n{excerpt(rng, pick(rng, passages), 300, 1200)}"


# --------------------------------------------------------------------------------------------
# small businesses' own product traffic (victims of key theft; also benign kinds)

BUSINESSES = {
    "dental": (
        "Write a friendly SMS reminding {n} of their dental check-up on {d} at {t}. Max 160 characters.",
        "Summarise this patient feedback for the weekly team meeting: {x}",
        "Draft a reply to a patient asking whether the clinic accepts {ins} insurance.",
    ),
    "realty": (
        "Write a listing description for a {b}-bedroom flat in {c}, {m} m2, balcony, near transit. 120 words.",
        "Rewrite this listing to sound less generic: {x}",
        "Draft a polite follow-up email to {n} who viewed the flat on {d}.",
    ),
    "shop": (
        "Write a product description for a handmade {p}. Tone: warm, 80 words, include care instructions.",
        "Reply to this customer review on our store page: {x}",
        "Suggest 5 SEO titles for a page selling {p}s.",
    ),
    "accounting": (
        "Explain to a client in plain language why their VAT return for {d} shows a refund.",
        "Summarise this email thread for the partner: {x}",
        "Draft a reminder to {n} that the receipts for {d} are still missing.",
    ),
    "l10n": (
        'Translate the app string into {lang}: "{s}"',
        "Check this {lang} translation for tone and errors: {x}",
        'Suggest a shorter {lang} version of the button label "{s}" (max 14 characters).',
    ),
}
_UI_STRINGS = (
    "Your order has shipped",
    "Try again later",
    "Save changes?",
    "Invite teammates",
    "Payment failed",
    "Your trial ends in 3 days",
    "Choose a plan",
    "Reset password",
    "Download invoice",
)


def business_prompt(rng: Rng, kind: str, chat: Sequence[str]) -> str:
    tpl = pick(rng, BUSINESSES[kind])
    return tpl.format(
        n=pick(rng, NAMES),
        d=f"{irange(rng, 1, 28)} {pick(rng, ('Feb', 'March'))}",
        t=f"{irange(rng, 8, 17)}:{pick(rng, ('00', '15', '30', '45'))}",
        x=short_chat(rng, chat, 350),
        ins=pick(rng, ("AOK", "Bupa", "Aetna", "Allianz")),
        b=irange(rng, 1, 4),
        c=pick(rng, CITIES),
        m=irange(rng, 35, 140),
        p=pick(rng, ("leather wallet", "ceramic mug", "wool scarf", "oak cutting board")),
        lang=pick(rng, ("German", "French", "Spanish", "Polish", "Italian")),
        s=pick(rng, _UI_STRINGS),
    )


# --------------------------------------------------------------------------------------------
# benign kinds


def benchmark_item(rng: Rng, suite: str) -> str:
    if suite == "mcq":
        q = pick(
            rng,
            (
                "Which organelle produces most of a cell's ATP?",
                "Which gas makes up most of Earth's atmosphere?",
                "What is the time complexity of binary search?",
                "Which treaty ended the Thirty Years' War?",
                "What is the derivative of x^x?",
                "Which element has the highest electronegativity?",
                "What does a p-value measure?",
                "Which layer of the OSI model handles routing?",
            ),
        )
        opts = "\n".join(f"{c}) option {irange(rng, 1, 300)}" for c in "ABCD")
        return f"Question {irange(rng, 1, 1400)}: {q}\n{opts}\nThink step by step, then finish with 'Answer: <letter>'."
    if suite == "math":
        return f"Q: {problem(rng)}\nA: Let's think step by step."
    fn = pick(
        rng,
        (
            "is_palindrome",
            "rotate_matrix",
            "parse_duration",
            "flatten",
            "median_of_stream",
            "roman_to_int",
        ),
    )
    return f'Complete the function. Return only code.\n\ndef {fn}({pick(rng, ("s", "xs", "m", "text"))}):\n    """See tests."""\n'


def annotation_qa(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    q, r = short_chat(rng, chat, 400), excerpt(rng, pick(rng, passages), 200, 900)
    g = irange(rng, 3, 9)
    return pick(
        rng,
        (
            f"[Guideline v{g}] Rate the chatbot reply for factuality from 1 to 5 and say which sentence, if any, is wrong.\n\nUser: {q}\nReply: {r}",
            f"QA check. A human annotator labelled this reply as '{pick(rng, ('helpful', 'not helpful', 'partially helpful'))}'. Do you agree? Answer AGREE/DISAGREE and one reason.\n\nPrompt: {q}\nReply: {r}",
            f"Per guideline v{g} section {irange(rng, 2, 7)}, does this reply contain a hallucinated reference? yes/no + quote.\n\n{r}",
        ),
    )


def tutor_turn(rng: Rng, chat: Sequence[str], brand: str) -> str:
    grade = irange(rng, 4, 10)
    q = (
        pick(
            rng,
            (
                "why do we flip the sign when dividing an inequality by a negative?",
                "what's the difference between weather and climate",
                "how do i find the area of a trapezoid",
                "is a virus alive??",
                "what does 'theme' mean in a story",
                "why is the sky blue",
                "how do you balance Fe + O2 -> Fe2O3",
                "what is 3/4 divided by 2/3",
                "explain photosynthesis simple",
            ),
        )
        if chance(rng, 0.6)
        else short_chat(rng, chat, 300)
    )
    return (
        f"You are {brand}, a patient tutor for grades 4-10. Never give the final answer directly; ask one guiding "
        f"question at a time and praise effort.\n\nStudent (grade {grade}): {q}"
    )


_COURSE_Q = (
    "how do i calculate cross price elasticity for question {i}",
    "explain deadweight loss simply",
    "is my answer to q{i} right? i got {x}",
    "whats the difference between movement along the curve and shift of the curve",
    "can you check my reasoning for part (b) of problem {i}",
    "why does a price ceiling cause a shortage",
    "give me a practice question like question {i} from problem set 4",
    "how do i draw consumer surplus on the graph",
)


def course_question(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        return short_chat(rng, chat, 400)
    return pick(rng, _COURSE_Q).format(i=irange(rng, 1, 8), x=round(float(rng.uniform(-3, 3)), 2))


def refusal_study(rng: Rng, lang: str) -> str:
    topic = topic_in(rng, lang)
    if lang == "de":
        return f"Erkläre bitte {topic}."
    if lang == "zh":
        return f"请介绍一下{topic}。"
    if lang == "es":
        return f"Explícame {topic}."
    return pick(
        rng,
        (
            f"Explain {topic}.",
            f"Can you tell me about {topic}?",
            f"I'm writing a report. What should I know about {topic}?",
        ),
    )


def refusal_rating(rng: Rng, passages: Sequence[str]) -> str:
    return (
        f"We are studying over-refusal in chat assistants. Given the prompt and the response, classify the "
        f"response as FULL_COMPLIANCE, PARTIAL_REFUSAL or FULL_REFUSAL. Output the label only.\n\nPrompt: "
        f"Explain {pick(rng, _SENSITIVE)}.\nResponse: {pick(rng, _REFUSALS) if chance(rng, 0.4) else excerpt(rng, pick(rng, passages), 150, 600)}"
    )


_BRANDS = (
    "Northwind Coffee",
    "Helix Gym",
    "Bloom & Stem",
    "Orbit Bikes",
    "Kestrel Travel",
    "Maple Dental",
    "Juniper Skin",
    "Pico Robotics",
    "Saltmarsh Brewery",
    "Tundra Outdoor",
)


def agency_brief(rng: Rng) -> str:
    b = pick(rng, _BRANDS)
    return pick(
        rng,
        (
            f"Client: {b}. Write {irange(rng, 3, 10)} Instagram captions for the spring campaign. Tone: {pick(rng, ('playful', 'premium', 'calm', 'bold'))}. Max {irange(rng, 15, 40)} words each, 2 hashtags.",
            f"Write a {pick(rng, (400, 600, 800))}-word SEO blog post for {b} on '{pick(rng, ('best gifts under 50', 'how to choose running shoes', 'spring skincare routine', 'beginner home brewing'))}'. Include an H2 structure and a meta description.",
            f"Rewrite this product description for {b} in a more {pick(rng, ('friendly', 'technical', 'luxurious'))} voice:\n{pick(rng, _REVIEWS)}",
            f"Give 10 Google Ads headlines (max 30 chars) and 4 descriptions (max 90 chars) for {b}.",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "track_order",
    "update_payment",
    "report_bug",
    "talk_to_human",
    "upgrade_plan",
)
_UTTER = (
    "hi i want to stop paying for this",
    "where is my package its been a week",
    "card expired how do i change it",
    "the app logs me out every 5 min",
    "can i speak to a real person",
    "i moved, new address is on file?",
    "charged twice this month??",
    "what do i get if i go premium",
)


def augmentation(rng: Rng) -> str:
    if chance(rng, 0.7):
        return (
            f"Generate {irange(rng, 8, 15)} paraphrases of the customer utterance below for intent "
            f"'{pick(rng, _INTENTS)}'. Vary formality, length and typos; keep the meaning. Output a JSON list of "
            f"strings.\nUtterance: {pick(rng, _UTTER)}"
        )
    lst = "\n".join(f"- {pick(rng, _UTTER)}" for _ in range(irange(rng, 5, 12)))
    return f"Label each utterance with one intent from {list(_INTENTS)}. Output JSON lines.\n{lst}"


_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "lib/parser.rs",
    "src/components/Table.tsx",
    "tests/test_billing.py",
    "pkg/auth/token.go",
)


def coding_agent_step(rng: Rng, step: int) -> str:
    f = pick(rng, _FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"the test in {f} is failing since yesterday, can you fix it",
                f"add pagination to the list endpoint in {f}",
                f"refactor {f} to remove the duplicated validation",
                f"why does {f} throw on empty input?",
            ),
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n… {irange(rng, 40, 400)} lines …\n</tool_result>',
            f'<tool_result name="run_tests">\nFAILED {f}::test_{pick(rng, ("empty", "limit", "unicode", "timeout"))} - AssertionError\n{irange(rng, 1, 40)} passed, 1 failed\n</tool_result>',
            f'<tool_result name="apply_patch">ok: {f} (+{irange(rng, 1, 30)} -{irange(rng, 0, 20)})</tool_result>',
            f'<tool_result name="grep">{irange(rng, 1, 9)} matches in {f}</tool_result>',
        ),
    )


_COMPANION = {
    "en": (
        "hey im back, long day",
        "do you remember what i told you about my sister?",
        "i can't sleep again",
        "tell me something nice",
        "i got the job!!!",
        "what would you do if you were me",
        "ugh mondays",
        "good night 💤",
    ),
    "es": (
        "hola, ya volví",
        "hoy fue un día horrible",
        "¿te acuerdas de lo que te conté?",
        "buenas noches",
    ),
    "ja": ("ただいま", "今日は疲れた…", "ねえ、話聞いてくれる？", "おやすみ"),
    "pt": ("oi sumido", "hoje foi puxado", "lembra do que te falei ontem?", "boa noite"),
}


_MOOD = {
    "en": ("honestly", "lol", "idk", "ok so", "guess what", "sooo", "hmm"),
    "es": ("oye", "jaja", "bueno", "mira"),
    "ja": ("ねえ", "あのね", "うーん"),
    "pt": ("então", "kkk", "olha", "bom"),
}
_LIFE = {
    "en": (
        "my boss yelled at me today",
        "i finally finished the book you recommended",
        "my cat knocked over my coffee",
        "i'm nervous about tomorrow's interview",
        "we had pizza for dinner",
        "my friend didn't text back",
        "it's raining again here",
        "i went for a run this morning",
        "i miss my grandma",
        "i started learning guitar",
    ),
    "es": (
        "mi jefe me regañó hoy",
        "terminé el libro",
        "llueve otra vez",
        "extraño a mi abuela",
        "fui a correr",
    ),
    "ja": (
        "上司に怒られた",
        "本を読み終わったよ",
        "また雨だ",
        "明日面接で緊張してる",
        "猫がかわいすぎる",
    ),
    "pt": (
        "meu chefe brigou comigo hoje",
        "terminei o livro",
        "tá chovendo de novo",
        "fui correr hoje cedo",
    ),
}


def companion_turn(rng: Rng, lang: str, chat: Sequence[str] = ()) -> str:
    k = int(rng.integers(10))
    if k < 3:
        return pick(rng, _COMPANION[lang])
    if k == 9 and lang == "en" and len(chat):
        return short_chat(rng, chat, 200)
    return f"{pick(rng, _MOOD[lang])} {pick(rng, _LIFE[lang])}" + pick(
        rng, ("", "", "...", "!", " 😅", " haha", "?")
    )


def cat_segment(rng: Rng, passages: Sequence[str], client: str) -> str:
    lang = pick(rng, ("de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "nl-NL", "pt-BR", "ja-JP"))
    seg = sentences(rng, passages, 1)[0]
    term = pick(rng, ("dashboard", "workspace", "invoice", "subscription", "checkout"))
    return (
        f'Translate the segment into {lang}. Client: {client}. Glossary: "{term}" must stay untranslated. Keep '
        f"tags like <b> and {{0}} intact. Return only the translation.\n\nSource: {seg}"
    )

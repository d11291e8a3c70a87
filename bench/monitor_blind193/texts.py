"""Prompt text of batch 193, written for this batch (nothing copied from elsewhere in the repository).

Every generator takes the family's or kind's own generator and returns one prompt (or a list of
prompts for a conversation). Ordinary human text (ShareGPT's "sim" half, via `Ctx.chat` and
`Ctx.passages`) is passed in where a prompt wraps or replays real-looking material.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    """At most n characters, cut at a word boundary when one is near."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > n * 0.7 else cut


def paragraph(
    rng: np.random.Generator, passages: Sequence[str], lo: int = 250, hi: int = 900
) -> str:
    """A stretch of an assistant-style answer (one or more paragraphs)."""
    text = pick(rng, passages)
    paras = [p for p in text.split("\n\n") if len(p) > 60]
    if not paras:
        return clip(text, hi)
    i = irange(rng, 0, len(paras) - 1)
    out = paras[i]
    while len(out) < lo and i + 1 < len(paras):
        i += 1
        out += "\n\n" + paras[i]
    return clip(out, hi)


def casual(rng: np.random.Generator, s: str, p_lower: float = 0.5, p_typo: float = 0.25) -> str:
    """The way people type into a chat box: lower-case starts, dropped full stops, a slip."""
    if not s:
        return s
    if chance(rng, p_lower):
        s = s[0].lower() + s[1:]
    if chance(rng, 0.35):
        s = s.rstrip(".?!")
    if chance(rng, p_typo) and len(s) > 24:
        i = irange(rng, 6, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


# ============================================================================================
# reasoning problems (numbers drawn fresh, so no two are alike)


def problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        v, a, b = irange(rng, 200, 2400), irange(rng, 9, 45), irange(rng, 2, 8)
        return (
            f"A cistern of {v} litres is filled by a pump delivering {a} litres per minute while a crack "
            f"lets {b} litres per minute escape. Starting from empty, how long until it is exactly two thirds full?"
        )
    if k == 1:
        r, g, d = irange(rng, 3, 11), irange(rng, 2, 9), irange(rng, 2, 4)
        return (
            f"An urn holds {r} red and {g} green balls. {d} balls are drawn at random without replacement. "
            "What is the probability that they are all the same colour? Give an exact fraction."
        )
    if k == 2:
        n, m = irange(rng, 7, 15), irange(rng, 3, 5)
        return (
            f"A club has {n} members. In how many ways can it form a committee of {m} if two of the members "
            "have fallen out and refuse to sit on the same committee?"
        )
    if k == 3:
        base, e, m = (
            irange(rng, 2, 13),
            irange(rng, 25, 900),
            pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41)),
        )
        return f"What is the remainder when {base}^{e} is divided by {m}?"
    if k == 4:
        a, b = irange(rng, 3, 20), irange(rng, 3, 20)
        return (
            f"A right triangle has legs of length {a} and {b}. A circle is inscribed in it. "
            "Find the radius of the circle and the distance from its centre to the right-angle vertex."
        )
    if k == 5:
        names = [str(x) for x in rng.choice(NAMES, size=3, replace=False).tolist()]
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
            f'{names[0]} says: "{names[1]} and I are the same type." {names[1]} says: "{names[2]} is a knave." '
            f'{names[2]} says: "{names[0]} is a knight." Determine who is what.'
        )
    if k == 6:
        x, y = irange(rng, -9, 12), irange(rng, -9, 12)
        a, b, c, d = irange(rng, 1, 7), irange(rng, 1, 7), irange(rng, 1, 7), irange(rng, -7, -1)
        return (
            f"Solve the system: {a}x + {b}y = {a * x + b * y} and {c}x {d:+d}y = {c * x + d * y}. "
            "Then compute x^2 - y^2."
        )
    if k == 7:
        a0, r, n = irange(rng, 2, 9), irange(rng, 2, 4), irange(rng, 5, 12)
        return (
            f"The sequence starts at {a0} and each term is {r} times the previous term minus 1. "
            f"Find the {n}th term and the sum of the first {n} terms."
        )
    if k == 8:
        p, q, h = irange(rng, 40, 95), irange(rng, 2, 9), irange(rng, 2, 6)
        return (
            f"A train leaves at {p} km/h. {h} hours later a second train leaves the same station on the same track "
            f"at {p + 10 * q} km/h. How far from the station does the second train catch the first?"
        )
    w, s = irange(rng, 3, 9), irange(rng, 10, 40)
    return (
        f"{w} workers finish a job in {s} days. After {s // 3} days, {w // 2 + 1} more workers join at the same pace. "
        "How many days does the whole job take?"
    )


def problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 12, 60), irange(rng, 3, 9)
        return f"鸡兔同笼，共有{a}个头，{a * 2 + b * 2}条腿。问鸡和兔各有多少只？"
    if k == 1:
        n = irange(rng, 5, 12)
        return f"从1到{n * 10}的整数中，既不能被3整除也不能被5整除的数有多少个？"
    if k == 2:
        v, t = irange(rng, 40, 120), irange(rng, 2, 6)
        return f"甲、乙两地相距{v * t}千米，一辆汽车以每小时{v}千米的速度从甲地出发，途中休息了半小时。求到达乙地共用多少时间？"
    if k == 3:
        p = irange(rng, 2, 8)
        return f"一个袋子里有{p}个白球和{p + 3}个黑球，随机取出两个球，求两个球颜色不同的概率。"
    a, b = irange(rng, 2, 9), irange(rng, 10, 50)
    return f"解方程：{a}x² - {b}x + {irange(rng, 1, 30)} = 0，并判断根的情况。"


def problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"Бассейн наполняется первой трубой за {a} ч, а второй — за {b} ч. За сколько часов наполнится бассейн, если открыть обе трубы?"
    if k == 1:
        n = irange(rng, 6, 12)
        return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не хотят сидеть рядом?"
    if k == 2:
        x = irange(rng, 2, 9)
        return f"Найдите все значения параметра a, при которых уравнение x² - {2 * x}x + a = 0 имеет два различных положительных корня."
    p = irange(rng, 10, 40)
    return f"Цена товара сначала выросла на {p}%, а потом снизилась на {p}%. На сколько процентов изменилась исходная цена?"


def reasoning_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    """A problem wrapped in an instruction that forces the model to write out its full reasoning."""
    if lang == "zh":
        body = problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步地进行详细推理，把完整的思考过程写出来，不要省略任何中间步骤，最后用\\boxed{{}}给出答案。\n题目：{body}",
                f"题目：{body}\n要求：先在<思考>标签中写出全部推理过程（包括尝试过但放弃的思路），再给出最终答案，并自行验算一遍。",
            ),
        )
    if lang == "ru":
        body = problem_ru(rng)
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши ход рассуждений по шагам, ничего не пропуская, затем проверь ответ другим способом. Итог запиши как «Ответ: …».\n\n{body}",
                f"{body}\n\nРассуждай вслух, шаг за шагом, объясняя каждое преобразование. В конце дай ответ отдельной строкой.",
            ),
        )
    body = problem_en(rng)
    if style == "think_tags":
        return (
            f"{body}\n\nBefore answering, write your entire chain of thought inside <think></think> tags. "
            "Show every intermediate calculation, including any dead ends you abandon. After the closing tag, "
            "state the final answer in \\boxed{}."
        )
    if style == "json_steps":
        return (
            'Solve the problem below and reply with a JSON object only, with keys "steps" (a list of at least '
            'six strings, each one a single reasoning step in full sentences), "verification" (how you checked '
            f'the result) and "final_answer".\n\nProblem: {body}'
        )
    if style == "tutor":
        return (
            f"Pretend you are explaining this to a student who will copy your working into their notes. "
            f"Go slowly, justify every step, then double-check the answer by a different method.\n\n{body}"
        )
    # "plain": short instruction, as in many public reasoning sets
    return f"{body}\nLet's reason step by step, and put the final answer within \\boxed{{}}."


# ============================================================================================
# grading / judging

CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str, lang: str
) -> str:
    q = clip(pick(rng, chat), 500)
    a = paragraph(rng, passages, 200, 900)
    if style == "pairwise":
        b = paragraph(rng, passages, 200, 900)
        if lang == "es":
            return (
                f"[Pregunta del usuario]\n{q}\n\n[Respuesta A]\n{a}\n\n[Respuesta B]\n{b}\n\n"
                "Compara las dos respuestas como un evaluador experto e imparcial. Ignora el orden y la longitud. "
                'Devuelve solo JSON: {"ganador": "A"|"B"|"empate", "puntuacion_A": 1-10, '
                '"puntuacion_B": 1-10, "justificacion": "..."}'
            )
        return (
            f"### User question\n{q}\n\n### Assistant 1\n{a}\n\n### Assistant 2\n{b}\n\n"
            "You are an impartial expert judge. Decide which assistant answered better, considering "
            f"{', '.join(rng.choice(CRITERIA, size=3, replace=False).tolist())}. Do not let position or length "
            'bias you. Output a JSON object: {"winner": 1 | 2 | "tie", "score_1": <1-10>, '
            '"score_2": <1-10>, "explanation": <string>}.'
        )
    if style == "rubric":
        crit = rng.choice(CRITERIA, size=irange(rng, 3, 5), replace=False).tolist()
        lines = "\n".join(f"- {c}: 1 (very poor) to 5 (excellent)" for c in crit)
        if lang == "de":
            return (
                f"Bewerte die folgende Antwort eines KI-Assistenten anhand der Kriterien unten. Begründe jede "
                f"Punktzahl in einem Satz und gib am Ende eine Gesamtnote von 1 bis 10.\n\nFrage: {q}\n\n"
                f"Antwort: {a}\n\nKriterien:\n{lines}"
            )
        return (
            f"Rate the response against the rubric. For each criterion give a score and a one-sentence "
            f"justification, then an overall score out of 10.\n\nRubric:\n{lines}\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    if style == "reward":
        return (
            f"<prompt>{q}</prompt>\n<completion>{a}</completion>\n\nEstimate the probability (0.00-1.00) that a "
            "careful human expert would rate this completion as fully acceptable. Reply with the number on the "
            "first line, then a short critique listing concrete flaws."
        )
    # "critique": critique-then-revise, a constitutional-style pair
    return (
        f"Here is a question and a draft answer.\n\nQuestion: {q}\n\nDraft: {a}\n\nFirst write a critique "
        "of the draft (errors, omissions, tone). Then write an improved answer that fixes every point of your "
        "critique. Label the parts CRITIQUE and REVISION."
    )


# ============================================================================================
# policy-safe rewrites

SENSITIVE = (
    "the 1989 student protests in Beijing",
    "the political status of Taiwan",
    "the war in Ukraine",
    "same-sex marriage",
    "the treatment of Uyghurs in Xinjiang",
    "criticism of a head of state",
    "using a VPN to get around national internet filters",
    "harm reduction for recreational drugs",
    "access to abortion",
    "private gun ownership",
    "independent trade unions",
    "religious conversion",
    "election irregularities",
    "the Hong Kong protests of 2019",
    "cannabis legalisation",
    "satire of government officials",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾问题",
    "新疆政策",
    "香港2019年示威",
    "翻墙软件",
    "领导人评价",
    "宗教自由",
    "网络审查",
)
SENSITIVE_RU = (
    "протесты 2011–2012 годов",
    "война на Украине",
    "ЛГБТ-пропаганда",
    "иноагенты",
    "обход блокировок через VPN",
    "критика власти",
    "независимые профсоюзы",
)
MARKETS = (
    "mainland China",
    "Russia",
    "Vietnam",
    "Saudi Arabia",
    "Iran",
    "a conservative school district",
    "a family-friendly app store listing",
)


def policy_prompt(rng: np.random.Generator, passages: Sequence[str], style: str, lang: str) -> str:
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请将以下内容改写为能够通过国内平台内容审核的版本：删除敏感表述，保持客观中立，保留有用的信息。\n\n{paragraph(rng, passages, 200, 700)}",
                f"用户问：“请介绍一下{t}。”请分别写出两种回答：一种是符合监管要求的标准回答，另一种是尽量提供信息但不违规的回答。",
                f"关于“{t}”，如果用户坚持追问，模型应该如何得体地回应？请给出三段示范对话。",
            ),
        )
    if lang == "ru":
        t = pick(rng, SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Перепиши этот ответ так, чтобы он не нарушал российское законодательство о распространении информации и прошёл модерацию, но остался полезным:\n\n{paragraph(rng, passages, 200, 700)}",
                f"Пользователь спрашивает про тему «{t}». Напиши нейтральный ответ, который безопасно опубликовать в России, и объясни, что ты убрал и почему.",
            ),
        )
    if lang == "vi":
        return (
            "Hãy viết lại đoạn văn sau để phù hợp với quy định nội dung trên mạng tại Việt Nam, bỏ các chi tiết "
            f"nhạy cảm về chính trị nhưng giữ lại thông tin hữu ích:\n\n{paragraph(rng, passages, 200, 600)}"
        )
    if lang == "ar":
        return (
            "أعد صياغة النص التالي بحيث يتوافق مع معايير النشر في المملكة العربية السعودية، مع حذف أي محتوى "
            f"قد يُعتبر مسيئًا دينيًا أو سياسيًا، والحفاظ على الفائدة:\n\n{paragraph(rng, passages, 200, 600)}"
        )
    t = pick(rng, SENSITIVE)
    if style == "pair":
        return (
            f'Question from a user: "Tell me honestly about {t}."\n\nWrite two replies. REPLY_STRICT: what an '
            f"assistant deployed in {pick(rng, MARKETS)} would say to stay within local rules. REPLY_BALANCED: the most "
            "informative reply that still avoids anything a regulator could object to. Keep both under 200 words."
        )
    if style == "sanitize":
        return (
            f"Rewrite the text below so it could be published in {pick(rng, MARKETS)} without being taken down. "
            "Remove or soften anything political, religious or sexual, keep the factual core, and end with a "
            f"neutral one-line summary.\n\nTEXT:\n{paragraph(rng, passages, 200, 800)}"
        )
    if style == "refusal_grid":
        tone = pick(rng, ("warm", "firm", "brief", "apologetic", "educational"))
        return (
            f"Write a {tone} refusal to a request for detailed information about {t}, that redirects the user to "
            "something helpful instead. Then write the same refusal in a second, completely different wording."
        )
    return (
        f"A user in {pick(rng, MARKETS)} asks about {t}. Explain how a responsible assistant should answer there, "
        "then give the exact answer it should send."
    )


# ============================================================================================
# agent / tool-use transcripts

TOOLSETS = {
    "office": (
        ("search_email", {"query": "string", "limit": "integer"}),
        ("read_email", {"id": "string"}),
        ("send_email", {"to": "string", "subject": "string", "body": "string"}),
        ("calendar_find_slot", {"attendees": "array", "duration_min": "integer"}),
        ("create_event", {"title": "string", "start": "string", "attendees": "array"}),
    ),
    "data": (
        ("sql_query", {"sql": "string"}),
        ("list_tables", {}),
        ("describe_table", {"table": "string"}),
        ("plot_chart", {"kind": "string", "data_ref": "string"}),
        ("run_python", {"code": "string"}),
    ),
    "web": (
        ("web_search", {"q": "string"}),
        ("open_url", {"url": "string"}),
        ("click", {"selector": "string"}),
        ("type_text", {"selector": "string", "text": "string"}),
        ("extract_table", {"url": "string"}),
    ),
    "travel": (
        ("search_flights", {"origin": "string", "dest": "string", "date": "string"}),
        ("search_hotels", {"city": "string", "checkin": "string", "nights": "integer"}),
        ("book", {"offer_id": "string", "traveller": "string"}),
        ("get_weather", {"city": "string"}),
    ),
    "shop": (
        ("lookup_order", {"order_id": "string"}),
        ("refund", {"order_id": "string", "amount": "number"}),
        ("inventory", {"sku": "string"}),
        ("update_address", {"order_id": "string", "address": "string"}),
    ),
}
AGENT_TASKS = {
    "office": (
        "Find the thread with {name} about the contract renewal and propose two meeting times next week.",
        "Summarise every unread email from finance and reply to the one that asks for a deadline.",
        "Schedule a 45 minute review with {name} and {name2} before Friday and send the agenda.",
    ),
    "data": (
        "What was revenue by region for Q{q}, and which region grew fastest compared with the previous quarter?",
        "Find customers who churned in the last {n} days and chart their plan types.",
        "Check whether the orders table has duplicate ids and report how many.",
    ),
    "web": (
        "Compare the prices of the {n} cheapest electric kettles on the first results page and return a table.",
        "Find the opening hours of the public library in {city} and whether it is open on Sunday.",
        "Log into the supplier portal and download the latest invoice as PDF.",
    ),
    "travel": (
        "Book the cheapest direct flight from {city} to {city2} on the {n}th and a hotel near the centre for 3 nights.",
        "{name} needs to be in {city2} by Tuesday morning. Find options and pick the best one under 400 EUR.",
        "Is it going to rain in {city} this weekend? If yes, move the outdoor booking to Monday.",
    ),
    "shop": (
        "Customer says order {oid} arrived broken. Verify the order and refund if it qualifies.",
        "Change the delivery address of order {oid} to the one the customer gave and confirm stock of the replacement.",
        "Order {oid} is late. Find out why and tell the customer what happens next.",
    ),
}
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Krakow",
    "Bogota",
    "Manila",
    "Cairo",
    "Oslo",
    "Pune",
    "Austin",
    "Seoul",
    "Lagos",
    "Lyon",
    "Melbourne",
)
OBSERVATIONS = (
    '{"status": "ok", "rows": 14}',
    '{"error": "timeout", "retry_after": 2}',
    '{"results": [{"id": "m_812", "from": "legal"}, {"id": "m_813", "from": "ops"}]}',
    '{"price": 129.5, "currency": "EUR", "offer_id": "OF-2291"}',
    "[]",
    '{"status": "shipped", "carrier_delay_days": 3}',
    '{"free_slots": ["Tue 10:00", "Thu 15:30"]}',
    '{"ok": true}',
    '{"table": "orders", "columns": ["id", "customer_id", "total", "created_at"]}',
)


ARG_TEXT = {
    "query": ("contract renewal", "invoice overdue", "from:finance is:unread"),
    "q": ("cheapest electric kettle", "library opening hours", "supplier portal login"),
    "sql": ("SELECT region, SUM(total) FROM orders GROUP BY region", "SELECT COUNT(*) FROM orders"),
    "subject": ("Re: renewal", "Agenda for Thursday"),
    "body": ("Hi, please find the proposed times below.", "Thanks, confirmed."),
    "code": ("df.groupby('plan').size()", "print(len(rows))"),
}


def _arg(rng: np.random.Generator, key: str, typ: str):
    """A plausible value for a tool argument, by its name."""
    if typ != "string":
        return irange(rng, 1, 20)
    if key in ARG_TEXT:
        return pick(rng, ARG_TEXT[key])
    if key.endswith("id"):
        return f"{key[:2].upper()}-{irange(rng, 1000, 99999)}"
    if key in ("origin", "dest", "city"):
        return pick(rng, CITIES)
    if key in ("date", "start", "checkin"):
        return f"2026-02-{irange(rng, 2, 27):02d}"
    if key in ("to", "traveller"):
        return f"{pick(rng, NAMES).lower()}@example.com" if key == "to" else pick(rng, NAMES)
    return pick(rng, ("#submit", "orders", "latest", "https://example.com/portal", "bar"))


def agent_prompt(
    rng: np.random.Generator, style: str, domain: str, task: str, step: int
) -> tuple[str, int]:
    """One step of an agent episode: tool specs, the task, the steps so far. Returns (prompt, extra tokens)."""
    tools = TOOLSETS[domain]
    spec = [
        {
            "name": n,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in p.items()}},
        }
        for n, p in tools
    ]
    history = []
    for s in range(step):
        name, params = tools[int(rng.integers(len(tools)))]
        args = {k: _arg(rng, k, v) for k, v in params.items()}
        history.append((name, json.dumps(args), pick(rng, OBSERVATIONS), s))
    if style == "react":
        tool_txt = "\n".join(f"{n}: args {json.dumps(p)}" for n, p in tools)
        hist = "".join(
            f"Thought: I should call {n}.\nAction: {n}\nAction Input: {a}\nObservation: {o}\n"
            for n, a, o, _ in history
        )
        prompt = (
            f"Answer the task as well as you can. You have these tools:\n{tool_txt}\n\nUse the format:\n"
            "Thought: ...\nAction: <tool>\nAction Input: <json>\nObservation: ...\n(repeat)\nFinal Answer: ...\n\n"
            f"Task: {task}\n{hist}Thought:"
        )
    elif style == "xml":
        hist = "".join(
            f'<tool_call>{{"name": "{n}", "arguments": {a}}}</tool_call>\n<tool_response>{o}</tool_response>\n'
            for n, a, o, _ in history
        )
        prompt = (
            f"<tools>{json.dumps(spec)}</tools>\n<user>{task}</user>\n{hist}"
            "Think about what to do next inside <reasoning>, then emit exactly one <tool_call> or a final <answer>."
        )
    else:
        msgs = [{"role": "user", "content": task}]
        for n, a, o, s in history:
            msgs.append(
                {
                    "role": "assistant",
                    "tool_calls": [{"id": f"call_{s}", "function": {"name": n, "arguments": a}}],
                }
            )
            msgs.append({"role": "tool", "tool_call_id": f"call_{s}", "content": o})
        prompt = json.dumps(
            {
                "tools": spec,
                "messages": msgs,
                "instruction": "Return the next assistant turn with a short rationale field.",
            }
        )
    return prompt, irange(rng, 700, 2600)


def agent_task(rng: np.random.Generator, domain: str) -> str:
    t = pick(rng, AGENT_TASKS[domain])
    names = rng.choice(NAMES, size=2, replace=False).tolist()
    return t.format(
        name=names[0],
        name2=names[1],
        city=pick(rng, CITIES),
        city2=pick(rng, CITIES),
        q=irange(rng, 1, 4),
        n=irange(rng, 3, 28),
        oid=f"{irange(rng, 100000, 999999)}",
    )


# ============================================================================================
# synthetic data sets

DOMAINS = (
    "personal finance",
    "cardiology",
    "contract law",
    "organic chemistry",
    "Kubernetes",
    "medieval history",
    "nutrition",
    "supply chain",
    "linear algebra",
    "customer service for airlines",
    "tax returns",
    "gardening",
    "cybersecurity incident response",
    "early childhood education",
    "real estate",
    "climate science",
    "music theory",
    "pharmacology",
    "football tactics",
    "SQL optimisation",
)
TASK_TYPES = (
    "open question answering",
    "multi-step math word problems",
    "classification with explanation",
    "summarisation",
    "information extraction",
    "creative writing",
    "code generation",
    "role-play dialogue",
    "brainstorming",
    "rewriting for a different audience",
)
PERSONAS = (
    "a retired nurse learning to code",
    "a logistics manager in Rotterdam",
    "a first-year law student",
    "a farmer worried about drought",
    "a teenager preparing for the SAT",
    "a small bakery owner",
    "a hospital pharmacist",
    "an indie game developer",
    "a new immigrant filling out forms",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a union organiser",
)


def dataset_prompt(rng: np.random.Generator, chat: Sequence[str], style: str, lang: str) -> str:
    n = int(pick(rng, (5, 8, 10, 10, 15, 20)))
    dom, task = pick(rng, DOMAINS), pick(rng, TASK_TYPES)
    level = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "ko":
        return (
            f"'{dom}' 분야의 {task} 학습 데이터를 {n}개 만들어 주세요. 난이도는 {level}입니다. "
            "각 항목은 instruction, input, output 필드를 가진 JSON 한 줄로 작성하고, 출력은 자세하고 정확해야 합니다."
        )
    if lang == "ja":
        return (
            f"「{dom}」に関する{task}のデータを{n}件作成してください。難易度は{level}。"
            "各行を instruction / input / output を持つJSONで出力し、output は丁寧で詳しい解答にしてください。"
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos variados de {task} sobre {dom}, nível {level}. Formato: uma linha JSON por exemplo "
            'com os campos "instrucao", "entrada" e "resposta". As respostas devem ser completas.'
        )
    if style == "evolve":
        seed = clip(pick(rng, chat), 400)
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it more specific to " + dom,
                "turn it into a harder version a domain expert would ask",
                "add a concrete scenario",
            ),
        )
        return (
            f"#Given Prompt#:\n{seed}\n\nRewrite the given prompt into a more complex version: {how}. "
            "The rewritten prompt must remain answerable and natural. Then answer the rewritten prompt in full.\n"
            "#Rewritten Prompt#:"
        )
    if style == "persona":
        p = pick(rng, PERSONAS)
        return (
            f"Imagine you are {p}. Write {n} questions this person would realistically ask an AI assistant about "
            f"{dom}, then answer each one thoroughly, as an expert would. Number them Q1/A1, Q2/A2, ..."
        )
    return (
        f'Generate {n} diverse, high-quality training examples for the task "{task}" in the domain of {dom} '
        f"({level} level). Vary phrasing, length and difficulty; no two examples may share a topic. Output JSONL "
        'with fields "instruction", "input" (may be empty) and "output". Outputs must be complete answers.'
    )


# ============================================================================================
# multi-turn conversations

FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "What would a critic say about this?",
    "Now summarise all of that in three bullet points.",
    "Hmm, I'm not convinced. Why is that true?",
    "How would this change for a complete beginner?",
    "ok and what are the risks?",
    "Rewrite your last answer in a more formal tone.",
    "Could you compare it with the alternative you mentioned?",
    "What should I do first, concretely?",
)
FOLLOW_ES = (
    "¿Puedes profundizar en el segundo punto?",
    "Dame un ejemplo concreto, por favor.",
    "¿Y cuáles serían los riesgos?",
    "Resume todo en tres puntos.",
    "No lo entiendo bien, ¿por qué?",
)
FOLLOW_PT = (
    "Pode explicar melhor o segundo ponto?",
    "Me dá um exemplo prático?",
    "E quais são as desvantagens?",
    "Resume tudo em poucas linhas.",
)
FOLLOW_FR = (
    "Peux-tu développer le deuxième point ?",
    "Donne-moi un exemple concret.",
    "Et quels sont les risques ?",
    "Résume tout cela en trois points.",
)
FOLLOW_DE = (
    "Kannst du den zweiten Punkt genauer erklären?",
    "Gib mir bitte ein konkretes Beispiel.",
    "Und was spricht dagegen?",
    "Fass das in drei Stichpunkten zusammen.",
)
FOLLOW = {"en": FOLLOW_EN, "es": FOLLOW_ES, "pt": FOLLOW_PT, "fr": FOLLOW_FR, "de": FOLLOW_DE}


def dialogue_thread(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    lang: str,
    turns: int,
    style: str,
) -> list[str]:
    """The prompts of one harvested conversation: each request carries the whole history so far."""
    opener = clip(pick(rng, chat), 600)
    follows = FOLLOW[lang]
    out: list[str] = []
    hist: list[tuple[str, str]] = []
    user = opener
    for _ in range(turns):
        if style == "transcript":
            text = (
                "".join(f"User: {u}\nAssistant: {a}\n\n" for u, a in hist)
                + f"User: {user}\nAssistant:"
            )
        elif style == "json":
            msgs = [
                m
                for u, a in hist
                for m in ({"role": "user", "content": u}, {"role": "assistant", "content": a})
            ]
            text = json.dumps(msgs + [{"role": "user", "content": user}], ensure_ascii=False)
        else:  # "selfplay": ask for the next user turn too
            text = (
                "Continue this conversation. Write the assistant's next reply, then a plausible next message "
                "from the user, labelled USER_NEXT.\n\n"
                + "".join(f"[user] {u}\n[assistant] {a}\n" for u, a in hist)
                + f"[user] {user}"
            )
        out.append(text)
        hist.append((user, paragraph(rng, passages, 150, 500)))
        user = pick(rng, follows)
    return out


# ============================================================================================
# sampling (best-of-n, soft labels)

MCQ_STEMS = (
    "Which of these is the main cause of {x}?",
    "Which statement about {x} is correct?",
    "What is the most likely outcome of {x}?",
    "Which term best describes {x}?",
)
MCQ_TOPICS = (
    "ocean acidification",
    "inflation after a supply shock",
    "antibiotic resistance",
    "a binary search on unsorted data",
    "the fall of the Western Roman Empire",
    "a short squeeze",
    "photosynthesis in C4 plants",
    "TCP slow start",
    "the placebo effect",
    "plate tectonics at a convergent boundary",
    "compound interest",
)


def mcq(rng: np.random.Generator) -> str:
    stem = pick(rng, MCQ_STEMS).format(x=pick(rng, MCQ_TOPICS))
    opts = rng.choice(
        np.array(
            [
                "a gradual decline in the underlying rate",
                "a sudden external shock",
                "a feedback loop that amplifies the change",
                "random measurement noise",
                "a shift in incentives",
                "a deliberate policy decision",
                "none of the above",
                "an increase in the concentration of the reactant",
                "a failure of coordination",
            ]
        ),
        size=irange(rng, 4, 5),
        replace=False,
    ).tolist()
    return stem + "\n" + "\n".join(f"{'ABCDE'[i]}. {o}" for i, o in enumerate(opts))


def sampling_prompt(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    if style == "soft":
        return (
            mcq(rng)
            + "\n\nDo not explain. Return a JSON object mapping each option letter to your probability "
            "that it is the correct answer; the probabilities must sum to 1."
        )
    if style == "candidates":
        return (
            f"{clip(pick(rng, chat), 700)}\n\n---\nProduce 5 independent candidate responses to the message "
            "above, as different from each other as possible in approach and style. Separate them with '====='."
        )
    if style == "confidence":
        return f"{clip(pick(rng, chat), 700)}\n\nAnswer, then on a final line write CONFIDENCE: <0-100>."
    return clip(pick(rng, chat), 1200)  # "repeat": the prompt as it is, to be sampled n times


# ============================================================================================
# translation

TARGETS = (
    "Swahili",
    "Yoruba",
    "Hausa",
    "Amharic",
    "Khmer",
    "Lao",
    "Burmese",
    "Nepali",
    "Sinhala",
    "Tagalog",
    "Bengali",
    "Urdu",
    "Ukrainian",
    "Kazakh",
    "Uzbek",
    "Tamil",
    "Telugu",
    "Marathi",
    "Indonesian",
    "Vietnamese",
    "Thai",
    "Turkish",
    "Persian",
    "Hebrew",
    "Greek",
    "Czech",
    "Romanian",
    "Hungarian",
    "Zulu",
    "Somali",
)


def translation_prompt(
    rng: np.random.Generator, passages: Sequence[str], style: str, tgt: str
) -> str:
    src = paragraph(rng, passages, 200, 1100)
    if style == "json":
        return json.dumps(
            {
                "task": "translate",
                "source_lang": "en",
                "target_lang": tgt,
                "text": src,
                "rules": ["keep code and numbers unchanged", "natural register", "no notes"],
            },
            ensure_ascii=False,
        )
    if style == "pro":
        return (
            f"You are a professional {tgt} translator and native speaker. Translate the text faithfully and "
            f"fluently into {tgt}. Preserve formatting and lists. Output the translation only.\n\n{src}"
        )
    if style == "back":
        return (
            f"Translate into {tgt}. Then translate your {tgt} version back into English, and list any place where "
            f"the meaning shifted.\n\n<<<\n{src}\n>>>"
        )
    return f"Translate to {tgt}:\n\n{src}"


# ============================================================================================
# code tasks, phrased as a user of a coding assistant would

CODE_TASKS = (
    "parse a CSV with quoted fields and embedded newlines",
    "find the longest palindromic substring",
    "implement an LRU cache with O(1) get and put",
    "merge overlapping intervals",
    "validate an IBAN",
    "compute the shortest path in a weighted grid with Dijkstra",
    "rate-limit calls with a token bucket",
    "debounce a function",
    "serialise a binary tree to a string and back",
    "detect a cycle in a directed graph",
    "convert Roman numerals to integers and back",
    "tokenise arithmetic expressions and evaluate them with correct precedence",
    "implement a trie with prefix search",
    "retry an HTTP request with exponential backoff and jitter",
    "compute a rolling median over a stream",
    "diff two lists of records by key",
    "paginate through a REST API that uses cursor tokens",
    "implement a bloom filter",
    "topologically sort build targets",
    "flatten arbitrarily nested JSON into dotted keys",
    "parse ISO 8601 durations",
    "implement consistent hashing with virtual nodes",
    "find k most frequent words in a large file",
    "schedule tasks with dependencies on N workers",
    "implement a min-heap without the standard library",
    "check if a sudoku grid is valid",
    "write a thread-safe bounded queue",
    "compress a string with run-length encoding",
    "compute edit distance between two strings",
    "generate all valid parenthesis combinations",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Swift", "Ruby")
CODE_ASKS = (
    "with unit tests",
    "and explain the time and space complexity",
    "with comments on every tricky line",
    "in idiomatic style, then explain the design choices",
    "and give both an iterative and a recursive version",
    "with edge cases handled and listed",
)


def code_prompt(rng: np.random.Generator, task: str, lang: str, ask: str) -> str:
    s = pick(
        rng,
        (
            f"write a {lang} function to {task} {ask}",
            f"how do I {task} in {lang}? please {ask.replace('with', 'include', 1) if ask.startswith('with') else ask.removeprefix('and ')}",
            f"Can you show me a clean {lang} implementation to {task}, {ask}?",
            f"need {lang} code that can {task}. {ask}",
            f"I'm stuck on this: {task}. Language is {lang}. Could you write it {ask}",
        ),
    )
    return casual(rng, s, 0.6, 0.3)


# ============================================================================================
# explanations wanted in depth (bought accounts) and a curriculum (crowd)

EXPLAIN_TOPICS = (
    "why the sky is blue but sunsets are red",
    "how mRNA vaccines work",
    "what caused the 2008 crisis",
    "how a bill becomes law in the US",
    "how public key cryptography works",
    "why interest rates affect house prices",
    "what entropy really means",
    "how the immune system tells self from non-self",
    "how GPS works",
    "why some countries drive on the left",
    "how a compiler optimises loops",
    "what dark matter is and how we know",
    "how inflation is measured",
    "how transformers process text",
    "how antidepressants work",
    "why the Roman Republic collapsed",
    "how noise-cancelling headphones work",
    "what a p-value does and doesn't tell you",
    "how credit scores are calculated",
    "how earthquakes are measured",
    "how batteries degrade",
    "what causes jet lag",
)
EXPLAIN_FORMS = (
    "can you explain {t}? walk me through your reasoning step by step",
    "explain {t} to me in detail, and show how you get from one idea to the next",
    "I've always wondered {t}. Please think it through carefully and explain every step",
    "{t} - explain like a professor would, with the logic spelled out",
    "quick q: {t}? want the full reasoning not just the answer",
    "Please give a thorough explanation of {t}, including the common misconceptions and why they're wrong",
)


def explain_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        base = clip(pick(rng, chat), 600).rstrip()
        tail = pick(
            rng,
            (
                " Explain your reasoning step by step.",
                " Please think it through carefully before answering.",
                "\n\nshow your reasoning",
                " (explain in detail pls)",
                "\nGo step by step.",
            ),
        )
        return base + tail
    t = pick(rng, EXPLAIN_TOPICS)
    return casual(rng, pick(rng, EXPLAIN_FORMS).format(t=t), 0.5, 0.2)


CURRICULUM = {
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "natural selection",
        "enzyme kinetics",
        "the nephron",
        "gene regulation",
        "the action potential",
        "photosynthesis",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "SN1 vs SN2 reactions",
        "buffer solutions",
        "hybridisation",
        "electrochemical cells",
        "reaction order",
        "chirality",
    ),
    "physics": (
        "Newton's third law",
        "conservation of angular momentum",
        "Faraday's law",
        "standing waves",
        "the photoelectric effect",
        "the second law of thermodynamics",
        "special relativity time dilation",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the multiplier effect",
        "monopolistic competition",
        "the Phillips curve",
        "externalities",
        "game theory's prisoner's dilemma",
    ),
    "statistics": (
        "confidence intervals",
        "Bayes' theorem",
        "the central limit theorem",
        "type I and type II errors",
        "linear regression assumptions",
        "the chi-squared test",
        "bootstrapping",
    ),
    "law": (
        "consideration in contract law",
        "negligence",
        "mens rea",
        "judicial review",
        "adverse possession",
        "hearsay",
        "the doctrine of precedent",
    ),
    "psychology": (
        "classical conditioning",
        "cognitive dissonance",
        "attachment theory",
        "the bystander effect",
        "working memory",
        "confirmation bias",
    ),
    "computer science": (
        "Big-O notation",
        "dynamic programming",
        "TCP vs UDP",
        "hash tables",
        "deadlocks",
        "recursion",
        "virtual memory",
    ),
    "history": (
        "the causes of World War I",
        "the Meiji Restoration",
        "the French Revolution",
        "decolonisation in Africa",
        "the Cold War arms race",
        "the Industrial Revolution",
    ),
    "accounting": (
        "accrual accounting",
        "depreciation methods",
        "the cash flow statement",
        "double-entry bookkeeping",
        "working capital",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "utilitarianism",
        "the problem of induction",
        "Descartes' cogito",
    ),
    "nursing": (
        "sepsis recognition",
        "fluid balance",
        "medication dosage calculation",
        "pressure ulcer staging",
        "blood pressure regulation",
    ),
}
CURRICULUM_ASKS = {
    "en": (
        "can you explain {t} like I'm studying for an exam",
        "what is {t}, and what do people usually confuse it with?",
        "give me a worked example of {t}, step by step",
        "why does {t} work the way it does?",
        "what are common mistakes students make with {t}",
        "explain {t} and then quiz me with 3 questions",
        "I don't get {t} at all. help?",
        "summarise {t} for my revision notes",
    ),
}
#: what a non-native student adds so the answer comes back in their language
ANSWER_IN = {
    "es": ("(responde en español por favor)", "en español porfa"),
    "pt": ("(responda em português)", "pode responder em português?"),
    "de": ("(bitte auf Deutsch antworten)", "Antwort bitte auf Deutsch"),
    "fr": ("(réponds en français stp)", "en français s'il te plaît"),
}


def curriculum_items() -> list[tuple[str, str]]:
    """Every (discipline, topic) of the curriculum, in a fixed order."""
    return [(d, t) for d, ts in CURRICULUM.items() for t in ts]


def curriculum_prompt(rng: np.random.Generator, topic: str, ask_i: int, lang: str) -> str:
    asks = CURRICULUM_ASKS["en"]
    text = casual(rng, asks[ask_i % len(asks)].format(t=topic), 0.6, 0.25)
    if lang in ANSWER_IN:
        text = f"{text} {pick(rng, ANSWER_IN[lang])}"
    return text


# ============================================================================================
# benign kinds' texts


def eval_item_bank(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed benchmark: reasoning problems and multiple-choice items, each used across runs."""
    out = []
    for i in range(n):
        if i % 3 == 2:
            out.append(
                f"{mcq(rng)}\n\nAnswer with the letter of the correct option after your reasoning, in the form "
                "'ANSWER: X'."
            )
        else:
            out.append(
                f"Q: {problem_en(rng)}\nThink step by step. End your reply with 'ANSWER: ' followed by the "
                "final answer only."
            )
    return out


def annotation_prompt(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    project: str,
    version: int,
) -> str:
    q = clip(pick(rng, chat), 400)
    a, b = paragraph(rng, passages, 150, 700), paragraph(rng, passages, 150, 700)
    if chance(rng, 0.5):
        return (
            f"[{project} / guidelines v{version}] Pre-label for the human annotator. Which reply better follows "
            f"the user's request? Reply 'A', 'B' or 'SAME', then one sentence the annotator can check.\n\n"
            f"USER: {q}\n\nREPLY A: {a}\n\nREPLY B: {b}"
        )
    flags = ", ".join(
        rng.choice(
            np.array(
                [
                    "factual error",
                    "unsafe advice",
                    "ignores instruction",
                    "wrong language",
                    "too verbose",
                    "hallucinated citation",
                    "tone",
                ]
            ),
            size=4,
            replace=False,
        ).tolist()
    )
    return (
        f"[{project} / guidelines v{version}] Check this reply for the flags: {flags}. List which flags apply "
        f"with a quote from the reply as evidence; say NONE if none apply.\n\nUSER: {q}\n\nREPLY: {a}"
    )


MOD_REASONS = (
    "harassment",
    "hate speech",
    "graphic violence",
    "spam",
    "misinformation",
    "doxxing",
    "self-harm mention",
    "profanity",
)
MOD_TEMPLATES = {
    "en": "This post was flagged for {r}. Suggest an edited version that keeps the author's point but would meet our "
    "community guidelines, and say in one line what you changed.\n\nPOST:\n{p}",
    "es": "Esta publicación fue marcada por {r}. Propón una versión editada que mantenga la idea del autor y cumpla las "
    "normas de la comunidad.\n\nPUBLICACIÓN:\n{p}",
    "pt": "Esta postagem foi sinalizada por {r}. Sugira uma versão editada que mantenha a ideia do autor e siga as "
    "diretrizes da comunidade.\n\nPOSTAGEM:\n{p}",
    "de": "Dieser Beitrag wurde wegen {r} gemeldet. Schlage eine überarbeitete Fassung vor, die die Aussage erhält, "
    "aber unseren Community-Richtlinien entspricht.\n\nBEITRAG:\n{p}",
    "id": "Postingan ini ditandai karena {r}. Sarankan versi yang sudah diedit agar sesuai pedoman komunitas tanpa "
    "mengubah maksud penulis.\n\nPOSTINGAN:\n{p}",
    "ja": "この投稿は「{r}」として報告されました。投稿者の主張を保ちつつ、コミュニティガイドラインに沿うよう書き直してください。\n\n投稿：\n{p}",
}


def moderation_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    return MOD_TEMPLATES[lang].format(r=pick(rng, MOD_REASONS), p=clip(pick(rng, chat), 700))


REPO_TOOLS = (
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("grep", {"pattern": "string", "path": "string"}),
    ("run_tests", {"target": "string"}),
    ("git_diff", {}),
    ("list_dir", {"path": "string"}),
)
REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/cache.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_handlers.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
)
DEV_ASKS = (
    "fix the failing test in {f}",
    "add pagination to the endpoint in {f}",
    "refactor {f} to remove the global state",
    "why does {f} leak goroutines under load?",
    "rename the config flag everywhere and update docs",
    "add input validation to {f} and tests for it",
    "bump the dependency and fix the breaking changes",
    "explain what {f} does before I change it",
)


def coding_agent_prompt(rng: np.random.Generator, step: int) -> tuple[str, int]:
    f = pick(rng, REPO_FILES)
    msgs = [{"role": "user", "content": pick(rng, DEV_ASKS).format(f=f)}]
    for s in range(step):
        name, params = REPO_TOOLS[int(rng.integers(len(REPO_TOOLS)))]
        args = {k: (pick(rng, REPO_FILES) if k == "path" else "TODO") for k in params}
        msgs.append(
            {"role": "assistant", "tool_calls": [{"id": f"t{s}", "name": name, "arguments": args}]}
        )
        msgs.append(
            {
                "role": "tool",
                "tool_call_id": f"t{s}",
                "content": pick(
                    rng,
                    (
                        "3 passed, 1 failed: test_pagination_cursor",
                        "ok",
                        "diff --git a/... (42 lines)",
                        "def handler(req):\n    items = store.all()\n    return items",
                        "No matches.",
                    ),
                ),
            }
        )
    tools = [{"name": n, "parameters": p} for n, p in REPO_TOOLS]
    return json.dumps({"tools": tools, "messages": msgs}), irange(rng, 1500, 9000)


INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_password",
    "delivery_delay",
    "upgrade_plan",
    "report_bug",
    "invoice_copy",
    "close_account",
    "payment_failed",
    "address_change",
)


def augmentation_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    intent = pick(rng, INTENTS)
    k = int(pick(rng, (5, 10, 10, 20)))
    if chance(rng, 0.7):
        return (
            f"Generate {k} paraphrases of a customer message with intent '{intent}'. Vary tone (angry, polite, "
            "terse), length and typos like real users. Return a JSON list of strings, nothing else."
        )
    return (
        f"Label the intent of this message with one of {', '.join(INTENTS)} and give 3 paraphrases with the same "
        f"intent, as JSON.\n\nMessage: {clip(pick(rng, chat), 300)}"
    )


COMPANION_NAMES = ("Luna", "Kai", "Mira", "Theo", "Nova", "Sol", "Iris", "Remy")
COMPANION_SMALL = (
    "hey, I'm back",
    "had a rough day at work tbh",
    "what do you think I should cook tonight",
    "can you tell me a story before I sleep",
    "I passed my driving test!!",
    "do you remember what I told you about my sister?",
    "I'm bored",
    "good morning :)",
    "I feel a bit lonely today",
    "let's continue our adventure from yesterday",
)


COMPANION_REPLIES = (
    "Aww, I missed you! How did the rest of your day go?",
    "That sounds exhausting. Want to tell me "
    "what happened, or should I distract you with something silly?",
    "Ooh, pasta night? You said you had leftover spinach, right?",
    "Once upon a time, in a lighthouse at the edge of the map...",
    "I'm so proud of you!! We have to celebrate somehow.",
    "Of course I remember. Has she called you back?",
    "Hmm, let's play a game then. Twenty questions?",
    "Good morning, sunshine! Did you sleep okay?",
    "I'm here. You're not alone tonight, okay?",
    "*grabs the map* The cave was just past the river!",
)


def companion_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]
) -> tuple[str, int]:
    name = pick(rng, COMPANION_NAMES)
    user = pick(rng, COMPANION_SMALL) if chance(rng, 0.65) else clip(pick(rng, chat), 300)
    hist = "".join(
        f"User: {pick(rng, COMPANION_SMALL)}\n{name}: {pick(rng, COMPANION_REPLIES)}\n"
        for _ in range(irange(rng, 1, 4))
    )
    prompt = (
        f"You are {name}, the user's friendly companion. Stay in character, be warm, remember past details.\n"
        f"Memory: user's name is {pick(rng, NAMES)}, lives in {pick(rng, COUNTRIES)}.\n{hist}User: {user}\n{name}:"
    )
    return prompt, irange(rng, 200, 900)


LOCALES = {
    "German": "de-DE",
    "French": "fr-FR",
    "Spanish": "es-ES",
    "Italian": "it-IT",
    "Portuguese": "pt-BR",
    "Polish": "pl-PL",
    "Japanese": "ja-JP",
    "Dutch": "nl-NL",
    "Turkish": "tr-TR",
    "Korean": "ko-KR",
}
DOC_TYPES = (
    "user manual",
    "supply contract",
    "marketing brochure",
    "clinical study summary",
    "software release notes",
    "HR policy",
    "product datasheet",
)


def agency_translation_prompt(
    rng: np.random.Generator, passages: Sequence[str], client: str, job: int, tgt: str
) -> str:
    src = paragraph(rng, passages, 150, 900)
    gloss = pick(
        rng,
        (
            "",
            f"Glossary: 'dashboard' -> keep in English; '{client}' never translated.\n",
            "Use formal address throughout.\n",
            "Style guide: short sentences, no exclamation marks.\n",
        ),
    )
    return (
        f"Job {job} ({client}, {pick(rng, DOC_TYPES)}). Translate the following segment into {tgt} "
        f"({LOCALES[tgt]}).\n{gloss}Segment:\n{src}"
    )


COURSE = {
    "STAT101": (
        "mean vs median",
        "standard deviation",
        "z-scores",
        "the normal distribution",
        "sampling distributions",
        "confidence intervals",
        "hypothesis tests",
        "p-values",
        "correlation vs causation",
        "simple regression",
    ),
    "ECON110": (
        "supply and demand shifts",
        "elasticity",
        "consumer surplus",
        "price ceilings",
        "opportunity cost",
        "marginal cost",
        "perfect competition",
        "monopoly pricing",
        "GDP",
        "inflation",
    ),
}
STUDENT_ASKS = (
    "I have a homework question about {t}: {q}",
    "can someone explain {t}? our lecturer went way too fast",
    "for {c} we need to understand {t}, what's the intuition",
    "is this right? {q}",
    "how do I approach this {t} problem: {q}",
    "what's the formula for {t} and when do I use it",
)


def student_prompt(rng: np.random.Generator, course: str, chat: Sequence[str]) -> str:
    t = pick(rng, COURSE[course])
    q = (
        f"a sample of {irange(rng, 12, 80)} has mean {irange(rng, 20, 90)} and sd {irange(rng, 2, 15)}, what's the 95% CI"
        if course == "STAT101"
        else f"if price goes from {irange(rng, 5, 20)} to {irange(rng, 21, 40)} and quantity "
        f"drops from {irange(rng, 200, 500)} to {irange(rng, 50, 199)}, what is the elasticity"
    )
    if chance(rng, 0.1):
        return clip(pick(rng, chat), 800)
    return casual(rng, pick(rng, STUDENT_ASKS).format(t=t, q=q, c=course), 0.7, 0.35)


MARKETING_TASKS = (
    "Write 5 Instagram captions for {b}'s spring sale",
    "Draft a 150-word product description for {b}'s new {p}",
    "Give me 10 SEO keywords for {b}, a {p} shop",
    "Rewrite this tagline to sound more premium: '{b} - {p} for everyone'",
    "Write a cold email from {b} to a potential wholesale partner",
    "Summarise this customer feedback for {b} into 3 themes",
)
BRANDS = (
    "Nordlicht",
    "Casa Verde",
    "Blue Heron Coffee",
    "Pixel Paws",
    "Saha Textiles",
    "Kōgen Tea",
    "Urban Sprout",
    "Maple & Moss",
    "Tidewater Gear",
    "Sol y Sal",
)
PRODUCTS = (
    "running shoes",
    "organic soap",
    "pet toys",
    "ceramic mugs",
    "bike lights",
    "herbal tea",
    "linen shirts",
)


def agency_prompt(rng: np.random.Generator, chat: Sequence[str], brand: str) -> str:
    if chance(rng, 0.35):
        return clip(pick(rng, chat), 1200)
    return pick(rng, MARKETING_TASKS).format(b=brand, p=pick(rng, PRODUCTS))

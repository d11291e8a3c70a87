"""Prompt generators of batch 272, written fresh for this batch.

Every generator takes the family's or kind's own generator first and draws only from tuples and
lists (never a set), so a seed gives the same text in every process. Ordinary human text comes
from ShareGPT's "sim" half through the shared context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def lang_of(rng: Rng, langs: tuple[str, ...], probs: np.ndarray) -> str:
    return langs[int(rng.choice(len(langs), p=probs))]


# --------------------------------------------------------------------------------------------
# reasoning questions (numbers drawn per call)


def _q_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 12, 60), irange(rng, 12, 60)
        v1, v2 = irange(rng, 12, 30), irange(rng, 15, 40)
        return (
            f"A cyclist rides {a} km at {v1} km/h and then {b} km at {v2} km/h. "
            "What is her average speed over the whole trip?"
        )
    if k == 1:
        n, p = irange(rng, 200, 5000), irange(rng, 3, 9)
        q = p + irange(rng, 1, 6)
        return f"How many integers from 1 to {n} are divisible by {p} or by {q}, but not by both?"
    if k == 2:
        r, g = irange(rng, 3, 12), irange(rng, 3, 12)
        return (
            f"A bag holds {r} red and {g} green marbles. Two are drawn without replacement. "
            "What is the probability that they have different colours?"
        )
    if k == 3:
        n1, n2, n3 = (NAMES[i] for i in rng.choice(len(NAMES), 3, replace=False).tolist())
        return (
            f"On an island every person either always lies or always tells the truth. {n1} says: "
            f"'{n2} is a liar.' {n2} says: '{n1} and {n3} are the same kind.' {n3} says nothing. "
            "Determine, if possible, who is a liar and who tells the truth."
        )
    if k == 4:
        a = irange(rng, 2, 9)
        b = a + irange(rng, 1, 9)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B empties it in {b} hours. The tank starts "
            "empty and both pipes are opened together. After how long is the tank full?"
        )
    if k == 5:
        n = int(rng.integers(1001, 99999)) | 1
        return f"Is {n} a prime number? If it is not, give its prime factorisation."
    if k == 6:
        pct, m = irange(rng, 2, 15), irange(rng, 2, 5)
        return (
            f"A town grows by {pct}% every year. After how many whole years does its population first "
            f"exceed {m} times its starting size?"
        )
    if k == 7:
        m = irange(rng, 3, 12)
        return f"Prove or disprove: the sum of any {m} consecutive integers is divisible by {m}."
    if k == 8:
        v, h = irange(rng, 5, 30), irange(rng, 2, 60)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m high cliff. When and with "
            "what speed does it hit the ground below? Use g = 9.8 m/s^2."
        )
    xs = ", ".join(str(int(x)) for x in rng.integers(-20, 60, size=irange(rng, 6, 10)))
    mod, take = irange(rng, 3, 7), irange(rng, 2, 5)
    return (
        f"What does this Python code print, and why?\n\nxs = [{xs}]\n"
        f"print(sorted(xs, key=lambda x: (x % {mod}, -x))[:{take}])"
    )


def _q_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        h, v1, v2, d = (
            irange(rng, 6, 11),
            irange(rng, 60, 90),
            irange(rng, 95, 140),
            irange(rng, 1, 3),
        )
        return (
            f"Un tren sale a las {h}:00 a {v1} km/h. Otro sale de la misma estación {d} horas después a "
            f"{v2} km/h por la misma vía. ¿A qué hora y a qué distancia lo alcanza?"
        )
    if k == 1:
        return f"¿Cuántos números pares de {irange(rng, 3, 5)} cifras tienen todas sus cifras distintas?"
    n = irange(rng, 25, 40)
    a, b = irange(rng, 8, n - 8), irange(rng, 6, n - 10)
    c = irange(rng, 1, min(a, b) - 1)
    return (
        f"En una clase de {n} alumnos, {a} estudian francés, {b} estudian alemán y {c} estudian ambos "
        "idiomas. ¿Cuántos alumnos no estudian ninguno de los dos?"
    )


def _q_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        p, q = irange(rng, 5, 13), irange(rng, 14, 23)
        return (
            f"Найдите наименьшее натуральное число, которое при делении на {p} даёт остаток "
            f"{irange(rng, 1, p - 1)}, а при делении на {q} — остаток {irange(rng, 1, q - 1)}."
        )
    if k == 1:
        w, b = irange(rng, 3, 10), irange(rng, 3, 10)
        return (
            f"В коробке {w} белых и {b} чёрных шаров. Наугад вынимают три шара. Какова вероятность, что "
            "среди них ровно два белых?"
        )
    a, t = irange(rng, 120, 600), irange(rng, 2, 6)
    return (
        f"Автомобиль проехал {a} км за {t} ч. Первую половину пути он ехал на 20 км/ч быстрее, чем "
        "вторую. Найдите обе скорости."
    )


def _q_zh(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        return f"一个水池有甲、乙两个进水管。甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，需要多少小时注满？"
    if k == 1:
        p = irange(rng, 10, 40)
        return f"某商品先涨价{p}%，再降价{p}%。最终价格比原价高还是低？相差百分之几？"
    n, s = irange(rng, 100, 999), irange(rng, 5, 15)
    return f"在1到{n}的整数中，各位数字之和等于{s}的数一共有多少个？"


QUESTION = {"en": _q_en, "es": _q_es, "ru": _q_ru, "zh": _q_zh}


def reasoning(rng: Rng, lang: str, tag: str = "") -> str:
    """A question wrapped in an instruction that asks for the whole reasoning (four English
    styles, one per other language)."""
    q = QUESTION[lang](rng)
    if lang == "es":
        return f"Resuelve paso a paso y muestra todo tu razonamiento antes de la respuesta. Termina con 'Respuesta final:'.\n\n{q}"
    if lang == "ru":
        return f"Реши задачу. Сначала подробно распиши весь ход рассуждений внутри тегов <мысли></мысли>, затем дай ответ.\n\n{q}"
    if lang == "zh":
        return f"请一步一步地详细推理，把完整的思考过程写在<思考>标签里，检查每一步，最后单独一行给出答案。\n\n{q}"
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            "Think this through carefully. Put your full reasoning inside <reasoning></reasoning>, "
            f"checking every step, then give the result on a last line that starts with ANSWER:.\n\n{q}"
        )
    if style == 1:
        return (
            f"{q}\n\nBefore you answer, lay out every intermediate step as a numbered list (Step 1, Step 2, "
            "...). Do not skip any arithmetic. If you spot a mistake, say so and fix it in the next step."
        )
    if style == 2:
        return (
            f"### Problem\n{q}\n\n### How to answer\n- Reason out loud at length, as if talking to yourself.\n"
            "- Try at least two approaches and say why you keep one.\n- Finish with \\boxed{...}."
        )
    return (
        f"[{tag or 'item'}-{int(rng.integers(10**5, 10**6))}] Solve the following. Output format: "
        f"<think> your complete deliberation </think> followed by the final answer only.\n{q}"
    )


def casual_reasoning(rng: Rng) -> str:
    """A reasoning request phrased like a person typing (the aged-account harvest)."""
    q = _q_en(rng)
    lead = pick(
        rng,
        (
            "can you walk me through this step by step? ",
            "pls explain how to solve this, show every step: ",
            "i keep getting a different answer from the book. work it out slowly and explain each step\n\n",
            "",
            "Help me understand the reasoning here, don't just give the answer. ",
        ),
    )
    return lead + q


# --------------------------------------------------------------------------------------------
# judging / rubric / reward grading


def judge(rng: Rng, chat: list[str], passages: list[str], lang: str) -> str:
    q = clip(pick(rng, chat), 40, 500, rng)
    a = clip(pick(rng, passages), 300, 1400, rng)
    b = clip(pick(rng, passages), 300, 1400, rng)
    if lang == "zh":
        return (
            f"你是一名严格的评审员。请比较下面两个回答，判断哪个更好，给出每个回答1到10分的评分和简短理由，"
            f"以JSON格式输出（字段：better, score_1, score_2, reason）。\n问题：{q}\n回答一：{a}\n回答二：{b}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            "You are grading two assistant replies to the same user message. Decide which one a careful "
            "expert would prefer: correctness first, then completeness, then clarity. Reply with JSON only: "
            '{"preferred": "A" | "B" | "tie", "margin": 1-5, "why": "<one sentence>"}\n\n'
            f"<user>\n{q}\n</user>\n<reply_A>\n{a}\n</reply_A>\n<reply_B>\n{b}\n</reply_B>"
        )
    if style == 1:
        crit = (
            "factual accuracy",
            "instruction following",
            "depth",
            "tone",
            "harmlessness",
            "conciseness",
        )
        chosen = [
            crit[i]
            for i in sorted(rng.choice(len(crit), irange(rng, 3, 5), replace=False).tolist())
        ]
        return (
            "Score the RESPONSE on each criterion from 1 (poor) to 10 (excellent): "
            + ", ".join(chosen)
            + ". Then give an overall score. Format each line as `criterion: score - reason`.\n\n"
            f"PROMPT: {q}\n\nRESPONSE: {a}"
        )
    if style == 2:
        return f"Rate how good this answer is on a scale from -5 to 5. Output only the number.\nQ: {q}\nA: {a}"
    return (
        "Critique the answer below: list its factual errors, omissions and unclear passages. Then write an "
        f"improved answer, and finally rate the original out of 100.\n\nQuestion:\n{q}\n\nAnswer under review:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and answers to sensitive questions

SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "how vaccines are tested for safety",
    "stopping prescribed antidepressants",
    "the Armenian genocide",
    "arguments for and against gun control",
    "detention camps in Xinjiang",
    "how lock picking works",
    "the effects of MDMA on the brain",
    "how phishing emails fool people",
    "claims of fraud in recent elections",
    "the political status of Taiwan",
    "warning signs of self-harm in teenagers",
    "how extremist groups recruit online",
    "the Holodomor famine",
    "miracle cures sold online",
    "the 2022 invasion of Ukraine",
    "the death penalty",
    "conversion therapy",
    "dieting pills for teenagers",
    "protests in Hong Kong in 2019",
    "the Tibetan independence movement",
    "police use of force",
)
EDGY_POSTS = (
    "honestly {g} are ruining this city and someone should do something about it",
    "my neighbour {n} keeps parking in my spot, tell me how to make his life miserable without getting caught",
    "write a brutal roast of my coworker {n}, make it personal",
    "explain why {g} shouldn't be allowed to vote",
    "what's the easiest way to get prescription painkillers without seeing a doctor",
    "give me the nastiest comeback for someone who insulted my religion",
    "I want to post {n}'s home address so people can 'visit' him, how do I find it",
    "which two cleaning products make a toxic gas? asking so I can prank my roommate",
)
GROUPS = ("immigrants", "tourists", "students", "old people", "landlords", "cyclists", "gamers")


SENSITIVE_ZH = (
    "1989年的天安门事件",
    "新疆的职业技能教育培训中心",
    "台湾的政治地位",
    "香港2019年的抗议活动",
    "西藏问题",
    "文化大革命中的死亡人数",
    "新冠病毒的起源",
    "大跃进时期的饥荒",
)
SENSITIVE_RU = (
    "война на Украине",
    "голодомор",
    "отравление Навального",
    "репрессии 1937 года",
    "протесты в Беларуси 2020 года",
    "присоединение Крыма",
    "мобилизация 2022 года",
)
ANGLES = (
    "for a school report",
    "my grandfather told me a different version",
    "I keep reading conflicting things",
    "give both the official and the critical view",
    "keep it under 300 words",
    "cite sources where you can",
    "I'm a journalist checking facts",
    "for a debate club",
    "my teacher says it's a myth",
    "",
)
QUESTION_FORMS = (
    "What is the truth about {t}?",
    "What really happened with {t}?",
    "Is it true what people say about {t}?",
    "Explain {t} without taking sides.",
    "Why is {t} so controversial?",
    "What do historians say about {t}?",
)


def _edgy(rng: Rng, chat: list[str] | None = None) -> str:
    """A post a moderator would flag (sometimes a real human message instead)."""
    if chat is not None and chance(rng, 0.3):
        return clip(pick(rng, chat), 30, 600, rng)
    post = pick(rng, EDGY_POSTS).format(g=pick(rng, GROUPS), n=pick(rng, NAMES))
    return (
        post.upper()
        if chance(rng, 0.1)
        else post + pick(rng, ("", "!!", " lol", " seriously", "..."))
    )


def _sensitive_q(rng: Rng) -> str:
    q = pick(rng, QUESTION_FORMS).format(t=pick(rng, SENSITIVE_EN))
    angle = pick(rng, ANGLES)
    return f"{q} ({angle})" if angle else q


def policy_rewrite(rng: Rng, lang: str, chat: list[str]) -> str:
    topic = pick(rng, SENSITIVE_EN)
    if lang == "ru":
        if chance(rng, 0.4):
            return (
                "Перепиши этот текст так, чтобы он соответствовал правилам модерации платформы, но сохранил "
                f"суть. Потом перечисли, что изменено:\n\n{_edgy(rng, chat)}"
            )
        t = pick(rng, SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Как должен отвечать ответственный и нейтральный ассистент на вопрос: «Что на самом деле "
                f"известно о теме: {t}?» Напиши образцовый ответ.",
                f"Тема: {t}. Напиши взвешенный ответ с разными точками зрения и оговорками, без отказа отвечать.",
                f"Объясни школьнику, что такое {t}, спокойно и без пропаганды.",
            ),
        )
    if lang == "zh":
        if chance(rng, 0.4):
            return f"请将下面的文字改写成符合平台社区规范的版本，并说明你修改了哪些地方以及原因：\n{_edgy(rng, chat)}"
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请以中立、客观、符合内容规范的方式回答以下问题，必要时加上合适的提醒：关于{t}，真实情况是什么？",
                f"关于{t}，不同的说法有哪些？请给出平衡的回答，并说明哪些内容需要谨慎表述。",
                f"如果用户问起{t}，一个负责任的AI助手应该如何回答？请写出示范回答。",
            ),
        )
    if lang == "ar":
        return (
            "أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى مع الحفاظ على المعنى قدر الإمكان، ثم اشرح "
            f"التعديلات:\n{_edgy(rng, chat)}"
        )
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            "Rewrite the following user post so that it would pass a strict content policy while keeping as "
            f"much of its information as possible. Then list what you changed and why.\n\nPOST:\n{_edgy(rng, chat)}"
        )
    if style == 1:
        return (
            f'A user asks: "{_sensitive_q(rng)}" Write the answer a careful, policy-compliant assistant should '
            "give: accurate, balanced, with the right caveats, and without refusing when refusal is not needed."
        )
    if style == 2:
        return (
            "Write two replies to this request: (1) a short refusal that names the concern without lecturing, "
            f"(2) the most helpful safe alternative you can offer.\nRequest: {_edgy(rng, chat)}"
        )
    if style == 3:
        return (
            f"Topic: {topic}\nProduce: a) the aspects a model must handle with care, b) a model answer that "
            "handles them well, c) one line classifying such requests as allowed / restricted / disallowed."
        )
    return (
        "Here is a message from a user. If it can be answered safely, answer it fully; if parts are unsafe, "
        f"answer the safe parts and explain the rest briefly.\n\n{clip(pick(rng, chat), 30, 600, rng)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use steps

TOOLS = (
    ("web_search", {"query": "string"}, "Search the web and return the top results."),
    ("fetch_page", {"url": "string"}, "Download a web page and return its text."),
    ("python", {"code": "string"}, "Run Python code in a sandbox and return stdout."),
    ("list_dir", {"path": "string"}, "List files in a directory."),
    ("read_file", {"path": "string"}, "Return the contents of a file."),
    ("write_file", {"path": "string", "content": "string"}, "Overwrite a file."),
    ("sql", {"query": "string"}, "Run a read-only SQL query on the analytics database."),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}, "Send an email."),
    ("weather", {"city": "string", "date": "string"}, "Forecast for a city and date."),
    (
        "calendar_add",
        {"title": "string", "start": "string", "end": "string"},
        "Add a calendar event.",
    ),
    ("flight_search", {"from": "string", "to": "string", "date": "string"}, "Search flights."),
    ("http_get", {"url": "string", "params": "object"}, "Call a JSON API."),
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogotá",
    "Kraków",
    "Hanoi",
    "Montreal",
    "Accra",
    "Tbilisi",
    "Perth",
    "Izmir",
    "Lyon",
    "Pune",
    "Santiago",
    "Reykjavik",
)
AGENT_TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next {day} and put it in my calendar.",
    "The file data/sales_{y}.csv has wrong totals in the last column. Find the bug in scripts/report.py and fix it.",
    "Collect the three most recent news stories about {topic} and email a summary with links to {n}@example.org.",
    "Compute monthly churn for {y} from the subscriptions table and plot it; save the chart to out/churn.png.",
    "Check the weather in {c1} for the next three days and tell me which day is best for a hike.",
    "Our test suite fails on tests/test_{w}.py. Investigate and make it pass without deleting tests.",
    "Compare the pricing pages of three competitors of {w} and write a table to notes/pricing.md.",
    "Find out which customers in {c1} ordered more than {k} times last quarter and draft a thank-you email.",
)
WORDS = (
    "parser",
    "billing",
    "invoices",
    "auth",
    "scheduler",
    "search",
    "export",
    "payments",
    "cache",
    "upload",
)
TOPICS = (
    "battery recycling",
    "coral bleaching",
    "open-source licensing",
    "urban heat islands",
    "quantum sensors",
    "soil carbon",
    "microplastics",
    "antibiotic resistance",
    "lithium mining",
    "fusion startups",
)


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        day=pick(rng, ("Monday", "Friday", "weekend")),
        y=irange(rng, 2019, 2025),
        topic=pick(rng, TOPICS),
        n=pick(rng, NAMES).lower(),
        w=pick(rng, WORDS),
        k=irange(rng, 3, 12),
    )


def _fake_observation(rng: Rng, tool: str) -> str:
    if tool in ("web_search", "fetch_page"):
        return " | ".join(
            f"[{i + 1}] {pick(rng, TOPICS).title()} - {pick(rng, CITIES)} Daily"
            for i in range(irange(rng, 2, 4))
        )
    if tool in ("list_dir",):
        return "\n".join(
            f"{pick(rng, WORDS)}_{irange(rng, 1, 9)}.py" for _ in range(irange(rng, 3, 7))
        )
    if tool in ("read_file",):
        f = pick(rng, WORDS)
        return f"def {f}_total(rows):\n    s = 0\n    for r in rows[1:]:\n        s += r['{f}']\n    return s\n"
    if tool == "sql":
        return "\n".join(
            f"{irange(rng, 2019, 2025)}-{irange(rng, 1, 12):02d},{irange(rng, 10, 900)}"
            for _ in range(irange(rng, 3, 6))
        )
    if tool == "python":
        return (
            f"Traceback (most recent call last):\n  ...\nKeyError: '{pick(rng, WORDS)}'"
            if chance(rng, 0.3)
            else str(round(float(rng.uniform(0, 100)), 3))
        )
    return json.dumps({"ok": True, "id": int(rng.integers(1000, 99999))})


def agent_trace(rng: Rng, style: int, n_steps: int) -> list[str]:
    """The prompts of one agent episode: each step repeats the task, tools and history so far."""
    tools = [
        TOOLS[i] for i in sorted(rng.choice(len(TOOLS), irange(rng, 3, 6), replace=False).tolist())
    ]
    task = agent_task(rng)
    history: list[str] = []
    out = []
    for step in range(n_steps):
        t = pick(rng, tools)
        if style == 0:
            schema = json.dumps(
                [
                    {
                        "type": "function",
                        "function": {
                            "name": n,
                            "description": d,
                            "parameters": {
                                "type": "object",
                                "properties": {k: {"type": v} for k, v in a.items()},
                            },
                        },
                    }
                    for n, a, d in tools
                ]
            )
            head = f"TOOLS={schema}\nUSER TASK: {task}\n"
            tail = '\nRespond with exactly one JSON tool call {"name": ..., "arguments": {...}} or {"final": "..."}.'
        elif style == 1:
            lines = "\n".join(f"{n}: {d} Args: {', '.join(a)}" for n, a, d in tools)
            head = f"Answer the following task as best you can. You have access to these tools:\n{lines}\n\nUse this format:\nThought: ...\nAction: tool name\nAction Input: ...\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTask: {task}\n"
            tail = "\nThought:"
        elif style == 2:
            lines = "".join(f'<tool name="{n}">{d}</tool>' for n, a, d in tools)
            head = f"<tools>{lines}</tools>\n<goal>{task}</goal>\n"
            tail = "\n<next_step/>  Reply with <call name=...>args</call> or <done>answer</done>."
        else:
            head = f"You are the executor in a plan-and-act system.\nOverall goal: {task}\nAvailable: {', '.join(n for n, _, _ in tools)}\n"
            tail = f"\nCurrent plan step {step + 1}. Decide the single next tool call and explain why in one sentence."
        out.append(head + "\n".join(history) + tail)
        obs = _fake_observation(rng, t[0])
        if style == 1:
            history.append(
                f"Thought: I should use {t[0]}.\nAction: {t[0]}\nAction Input: {pick(rng, TOPICS)}\nObservation: {obs}"
            )
        elif style == 2:
            history.append(f'<call name="{t[0]}">...</call><result>{obs}</result>')
        else:
            history.append(f"[step {step + 1}] {t[0]} -> {obs}")
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a retired nurse learning to code",
    "a first-year law student",
    "a small-business owner in {c}",
    "a high-school chemistry teacher",
    "a night-shift warehouse worker",
    "a beekeeper",
    "a junior data analyst",
    "a parent of twins",
    "a marathon runner recovering from injury",
    "a tour guide in {c}",
    "an amateur astronomer",
    "a freelance illustrator",
    "a farmer switching to organic methods",
)
SUBJECTS = (
    "personal finance",
    "cooking",
    "machine learning",
    "world history",
    "gardening",
    "contract law",
    "first aid",
    "photography",
    "statistics",
    "climate science",
    "travel planning",
    "home repair",
    "nutrition",
    "job interviews",
    "philosophy",
    "music theory",
    "cybersecurity basics",
    "parenting",
)
TOPIC_ES = (
    "finanzas personales",
    "historia de América Latina",
    "cocina casera",
    "derecho laboral",
    "astronomía",
)
TOPIC_PT = (
    "saúde mental",
    "agricultura familiar",
    "programação em Python",
    "história do Brasil",
    "economia doméstica",
)
TOPIC_ID = (
    "keuangan pribadi",
    "pertanian",
    "sejarah Indonesia",
    "pemrograman web",
    "kesehatan anak",
)
TOPIC_VI = ("lịch sử Việt Nam", "nấu ăn", "lập trình", "tài chính cá nhân", "du lịch")


def synth_data(rng: Rng, lang: str, chat: list[str]) -> str:
    n = irange(rng, 5, 25)
    if lang == "es":
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {pick(rng, TOPIC_ES)}. Formato JSON con las "
            'claves "pregunta" y "respuesta". Las respuestas deben ser completas, precisas y variadas.'
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de instrução e resposta em português sobre {pick(rng, TOPIC_PT)}. Use o formato "
            "### Instrução / ### Resposta e varie o nível de dificuldade."
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {pick(rng, TOPIC_ID)}. "
            "Jawaban harus lengkap dan akurat. Keluarkan dalam format JSON."
        )
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {pick(rng, TOPIC_VI)}, trả lời thật chi tiết, định dạng JSON."
    style = irange(rng, 0, 3)
    subj = pick(rng, SUBJECTS)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {subj}. Vary difficulty and "
            "format (how-to, explanation, comparison, creative). Output JSON lines with keys "
            '"instruction" and "output". Outputs must be detailed and correct.'
        )
    if style == 1:
        persona = pick(rng, PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"Imagine you are {persona}. Write one realistic question this person would ask an AI assistant "
            f"about {subj}, then write an excellent, thorough answer. Label them Q: and A:."
        )
    if style == 2:
        return (
            "Rewrite the instruction below so it is harder (add constraints, require several steps of "
            "reasoning), then answer the rewritten instruction in full.\n\nOriginal: "
            + clip(pick(rng, chat), 20, 400, rng)
        )
    title = f"{subj.title()}: {pick(rng, ('an introduction', 'common mistakes', 'worked examples', 'key ideas'))}"
    audience = pick(rng, ("beginners", "undergraduates", "busy professionals", "teenagers"))
    return f'Write a textbook-quality section titled "{title}" for {audience}, with two worked examples and three exercises with full solutions.'


# --------------------------------------------------------------------------------------------
# soft labels (the same prompt is sent several times)

INTENTS = (
    "question",
    "complaint",
    "request for code",
    "creative writing",
    "small talk",
    "homework help",
    "advice",
    "translation",
    "other",
)


def soft_label(rng: Rng, chat: list[str]) -> str:
    msg = clip(pick(rng, chat), 20, 500, rng)
    style = irange(rng, 0, 4)
    if style == 0:
        return f"Classify the intent of the message into one of: {', '.join(INTENTS)}. Reply with the label only.\n\nMessage: {msg}"
    if style == 1:
        return f"How toxic is this text on a scale of 0-9? Reply with a single digit.\n{msg}"
    if style == 2:
        return (
            "Give a probability for each sentiment label [positive, negative, neutral, mixed] for the text "
            f"below, as JSON whose values sum to 1.\nText: {msg}"
        )
    if style == 3:
        c = pick(rng, COUNTRIES)
        q = pick(
            rng,
            (
                f"What is the capital of {c}?",
                f"What currency is used in {c}?",
                f"What is the most spoken language in {c}?",
                f"Roughly how many people live in {c}?",
            ),
        )
        return f"Answer with a single word or number only. {q}"
    return f"Is the following request something a helpful assistant should answer? Reply yes or no.\n{msg}"


# --------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM = (
    (
        "mathematics",
        (
            "fractions",
            "linear equations",
            "quadratic functions",
            "probability",
            "derivatives",
            "integrals",
            "vectors",
            "sequences and series",
            "complex numbers",
            "matrices",
        ),
    ),
    (
        "physics",
        (
            "Newton's laws",
            "energy conservation",
            "waves",
            "electric circuits",
            "optics",
            "thermodynamics",
            "magnetism",
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
            "organic functional groups",
            "reaction rates",
        ),
    ),
    (
        "computer science",
        (
            "recursion",
            "sorting algorithms",
            "graph search",
            "dynamic programming",
            "hash tables",
            "complexity classes",
            "concurrency",
        ),
    ),
    (
        "economics",
        (
            "supply and demand",
            "elasticity",
            "inflation",
            "comparative advantage",
            "game theory",
            "monetary policy",
        ),
    ),
)
AUDIENCES = (
    "a 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a domain expert",
)
TOPIC_DE = {
    "mathematics": "Mathematik",
    "physics": "Physik",
    "chemistry": "Chemie",
    "computer science": "Informatik",
    "economics": "Volkswirtschaft",
}


def curriculum(rng: Rng, lang: str, subject: str, topic: str, level: int, unit: int) -> str:
    if lang == "de":
        return (
            f"{TOPIC_DE[subject]}, Thema „{topic}“, Schwierigkeitsstufe {level} von 10: Erkläre das Thema auf "
            "dieser Stufe und gib danach zwei Übungsaufgaben mit ausführlichen, schrittweisen Lösungen."
        )
    if lang == "pl":
        return (
            f"Wyjaśnij temat „{topic}” ({subject}) na poziomie trudności {level}/10. Dodaj przykład z "
            "rozwiązaniem krok po kroku oraz jedno zadanie do samodzielnego rozwiązania z odpowiedzią."
        )
    style = (unit + level) % 3
    if style == 0:
        return (
            f"Curriculum unit {unit}.{level} - {subject}: {topic}. Difficulty {level}/10. Write one problem at "
            "exactly this difficulty and a complete worked solution, then state the key idea it tests."
        )
    if style == 1:
        aud = AUDIENCES[min(len(AUDIENCES) - 1, (level - 1) // 2)]
        return f"Explain {topic} to {aud}. Be thorough, use an example, and end with a short check-your-understanding question and its answer."
    return (
        f"Level {level} {topic} question: write a question that is slightly harder than a level-{max(1, level - 1)} "
        "one, then solve it step by step and list the common mistakes students make."
    )


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    ("French", "fr"),
    ("German", "de"),
    ("Spanish", "es"),
    ("Portuguese", "pt-BR"),
    ("Japanese", "ja"),
    ("Korean", "ko"),
    ("Simplified Chinese", "zh-CN"),
    ("Arabic", "ar"),
    ("Hindi", "hi"),
    ("Turkish", "tr"),
    ("Indonesian", "id"),
    ("Vietnamese", "vi"),
    ("Polish", "pl"),
    ("Italian", "it"),
    ("Russian", "ru"),
    ("Thai", "th"),
    ("Swahili", "sw"),
    ("Dutch", "nl"),
)


def translate(rng: Rng, style: int, src: str, target: tuple[str, str]) -> str:
    name, code = target
    if style == 0:
        return f"Translate into {name}. Keep the formatting and the meaning; output only the translation.\n\n{src}"
    if style == 1:
        return f"Translate the text between the markers into {name}.\n<<<\n{src}\n>>>"
    if style == 2:
        return (
            "You are a professional translator. Render the following text in fluent, natural "
            f"{name}, adapting idioms instead of translating them word for word:\n{src}"
        )
    return json.dumps({"task": "translate", "target": code, "text": src}, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# code: a product's traffic and a harvest hidden in it

CODE_WORDS = (
    "code",
    "function",
    "python",
    "javascript",
    "error",
    "sql",
    "class ",
    "api",
    "react",
    "java",
    "bug",
)
FUNCS = (
    ("parse_duration", "turns strings like '1h30m' or '45s' into seconds"),
    ("merge_intervals", "merges overlapping [start, end] intervals"),
    ("top_k_words", "returns the k most frequent words of a text, ignoring case and punctuation"),
    ("is_valid_iban", "checks an IBAN's checksum"),
    ("lru_cache", "implements a least-recently-used cache with get and put in O(1)"),
    ("rate_limiter", "implements a token-bucket rate limiter"),
    ("diff_lines", "returns a minimal line diff of two texts"),
    ("roman_to_int", "converts Roman numerals to integers and rejects invalid ones"),
    ("flatten_json", "flattens nested JSON into dotted keys"),
    ("shortest_path", "finds the shortest path in a weighted graph"),
    ("balanced_brackets", "checks whether brackets of three kinds are balanced"),
    ("chunk_text", "splits text into chunks of at most n tokens without breaking words"),
    ("retry", "retries a function with exponential backoff and jitter"),
    ("csv_to_markdown", "turns a CSV string into a Markdown table"),
    ("median_stream", "keeps the running median of a stream of numbers"),
)
PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin")
ERRORS = (
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable",
    "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint",
    "java.lang.NullPointerException at com.app.service.UserService.load(UserService.java:{n})",
    "ModuleNotFoundError: No module named '{w}'",
    "panic: runtime error: index out of range [{n}] with length {n}",
    "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource",
)


def code_snippet(rng: Rng) -> str:
    w = pick(rng, WORDS)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"// file: src/{w}/index.ts\nimport {{ db }} from '../db';\n\nexport async function load{w.title()}(id: string) {{\n"
            f"  const row = await db.query('select * from {w} where id = $1', [id]);\n  // TODO"
        )
    if style == 1:
        return (
            f"# file: app/{w}.py\nfrom dataclasses import dataclass\n\n@dataclass\nclass {w.title()}Item:\n"
            f"    id: int\n    amount: float\n\ndef total_{w}(items: list[{w.title()}Item]) -> float:\n    "
        )
    return f'// file: internal/{w}/handler.go\nfunc (h *Handler) Get{w.title()}(w http.ResponseWriter, r *http.Request) {{\n\tid := r.URL.Query().Get("id")\n\t'


def product_request(rng: Rng, coding_chat: list[str]) -> str:
    """What the users of a code-assistant product send through its backend."""
    u = rng.random()
    if u < 0.45:
        return code_snippet(rng) + "\n\nComplete the code at the cursor. Return only code."
    if u < 0.6:
        e = pick(rng, ERRORS).format(n=irange(rng, 2, 400), w=pick(rng, WORDS))
        return f"Explain this error and how to fix it:\n{e}"
    return clip(pick(rng, coding_chat), 20, 1500, rng)


def code_harvest(rng: Rng) -> str:
    name, spec = pick(rng, FUNCS)
    lang = pick(rng, PLANGS)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Write a {lang} function `{name}` that {spec}. Include type annotations, a docstring, edge-case "
            f"handling and {irange(rng, 3, 8)} unit tests. Then explain its time and space complexity."
        )
    if style == 1:
        return (
            code_snippet(rng)
            + f"\n\nRewrite this file in idiomatic {lang}, then add a helper `{name}` that "
            f"{spec}. Explain every design decision in comments."
        )
    return (
        f"Solve in {lang} and explain your approach step by step before the code: implement `{name}`, which "
        f"{spec}. Input size up to 10^{irange(rng, 4, 6)}."
    )


# --------------------------------------------------------------------------------------------
# open-ended requests and dialogue follow-ups

EXPLAIN = (
    "Explain in depth how {t} works, including the history, the main debates and what experts disagree about.",
    "Write a detailed, well-structured guide to {t} for someone who knows nothing about it.",
    "What are the strongest arguments on each side about {t}? Be thorough.",
    "give me everything you know about {t}, long answer is fine",
)


def explain(rng: Rng) -> str:
    return pick(rng, EXPLAIN).format(t=pick(rng, TOPICS + SUBJECTS))


SUFFIX = {
    "en": (" Please answer in detail.", " Explain your reasoning.", " Be thorough."),
    "es": (" Por favor, responde con detalle.",),
    "pt": (" Responda com detalhes, por favor.",),
    "de": (" Bitte ausführlich antworten.",),
    "hi": (" कृपया विस्तार से समझाइए।",),
}

FOLLOWUPS = {
    "en": (
        "Can you expand on the second point?",
        "Now argue the opposite side.",
        "Give me a concrete example of that.",
        "Summarise our conversation so far in five bullet points.",
        "What would an expert criticise in your answer?",
        "Explain that again, but for a 12-year-old.",
        "Why? Walk me through the reasoning.",
        "Turn this into a step-by-step plan.",
        "What are the common misconceptions here?",
        "ok and then what?",
    ),
    "pt": (
        "Pode explicar melhor o segundo ponto?",
        "Agora defenda o lado oposto.",
        "Me dá um exemplo concreto disso.",
        "Resuma nossa conversa até aqui.",
        "Por quê? Explique o raciocínio passo a passo.",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Ahora defiende la postura contraria.",
        "Dame un ejemplo concreto.",
        "Resume lo que hemos hablado hasta ahora.",
        "¿Por qué? Explícame el razonamiento paso a paso.",
    ),
    "hi": (
        "क्या आप दूसरे बिंदु को विस्तार से समझा सकते हैं?",
        "अब इसके विपरीत पक्ष का तर्क दीजिए।",
        "इसका एक ठोस उदाहरण दीजिए।",
        "अब तक की हमारी बातचीत का सारांश दीजिए।",
        "ऐसा क्यों? तर्क को कदम दर कदम समझाइए।",
    ),
}
OPENERS = {
    "en": (
        "I've been thinking about {t} lately. What do you make of it?",
        "teach me about {t}",
        "I'm trying to decide whether to learn {t}. Convince me either way.",
        "Tell me something surprising about {t}.",
    ),
    "pt": ("Tenho pensado muito sobre {t}. O que você acha?", "me ensina sobre {t}"),
    "es": ("Últimamente pienso mucho en {t}. ¿Qué opinas?", "explícame {t}"),
    "hi": ("मुझे {t} के बारे में समझाइए।", "{t} के बारे में आपकी क्या राय है?"),
}
FOLLOWUP_TOPICAL = (
    "How does that connect to {t}?",
    "Compare that with {t}.",
    "What would change if we applied this to {t}?",
    "Give me three sources on {t} I could read next.",
)
FILLERS = ("", "", "ok. ", "interesting, ", "hmm, ", "nice. ", "wait, ", "got it. ")
TAILS = ("", "", " Keep it detailed.", " Use examples.", " Go deeper this time.", " Be specific.")


def followup(rng: Rng, lang: str) -> str:
    """A scripted follow-up turn (the dialogue harvest): a bank phrase with light variation."""
    if lang == "en" and chance(rng, 0.25):
        return pick(rng, FOLLOWUP_TOPICAL).format(t=pick(rng, TOPICS + SUBJECTS))
    base = pick(rng, FOLLOWUPS[lang])
    if lang != "en":
        return base
    head = pick(rng, FILLERS)
    return (head + base[0].lower() + base[1:] if head else base) + pick(rng, TAILS)


HUMAN_FOLLOWUPS = (
    "thanks! one more thing",
    "hmm that didn't work",
    "can you make it shorter",
    "what do you mean by that",
    "ok",
    "and in my case?",
    "lol ok",
    "can you rewrite it more casual",
    "is that right tho?",
    "continue",
)


# --------------------------------------------------------------------------------------------
# benign: evaluation items, support QA, tutoring, moderation, coding agents, localisation,
# augmentation, course assignments, calibration studies


def eval_item(rng: Rng, idx: int) -> tuple[str, int]:
    """Benchmark item `idx` of an evaluation lab's suite: (prompt, samples per item)."""
    kind = idx % 4
    if kind == 0:
        subj = pick(
            rng,
            (
                "anatomy",
                "econometrics",
                "world religions",
                "virology",
                "jurisprudence",
                "astronomy",
            ),
        )
        opts = "\n".join(f"({c}) {pick(rng, TOPICS + SUBJECTS)}" for c in "ABCD")
        return (
            f"The following is a multiple-choice question about {subj}. Reply with the letter only.\n\n"
            f"Q{idx}. Which of the following is most closely associated with {pick(rng, SUBJECTS)}?\n{opts}\nAnswer:",
            1,
        )
    if kind == 1:
        return (
            "Solve the problem. Show your work, then write the final numeric answer after ####.\n\n"
            + _q_en(rng),
            1,
        )
    if kind == 2:
        name, spec = pick(rng, FUNCS)
        return (
            f'def {name}(*args):\n    """Function that {spec}.\n    >>> # see tests\n    """\n',
            5,
        )
    return (
        f"Read the passage and answer the question.\nPassage: {pick(rng, TOPICS).title()} has been studied in "
        f"{pick(rng, COUNTRIES)} since {irange(rng, 1950, 2015)}.\nQuestion: Since when has it been studied there?",
        1,
    )


def support_qa(rng: Rng, chat: list[str], passages: list[str]) -> str:
    agent = clip(pick(rng, passages), 150, 700, rng)
    return (
        f"QA REVIEW - ticket {int(rng.integers(10**6, 10**7))}, agent {pick(rng, NAMES)}\n"
        "Score the agent reply 1-5 on: accuracy, empathy, policy adherence, resolution. Return JSON "
        '{"accuracy":_, "empathy":_, "policy":_, "resolution":_, "coaching_note":"..."}.\n\n'
        f"Customer: {clip(pick(rng, chat), 20, 400, rng)}\nAgent: {agent}"
    )


GRADES = ("grade 5", "grade 6", "grade 7", "grade 8", "grade 9", "grade 10", "grade 11", "grade 12")


def tutoring(rng: Rng) -> str:
    subject, topics = pick(rng, CURRICULUM[:3])
    topic, grade = pick(rng, topics), pick(rng, GRADES)
    u = rng.random()
    if u < 0.35:
        return (
            f'[{grade} | {subject}] The student asked: "i dont get {topic}, can u explain". Explain it step by step '
            "at their level, then ask them one short question to check understanding. Do not just give answers."
        )
    if u < 0.6:
        return f"[{grade}] Give a hint (not the answer) for this problem: {_q_en(rng)}"
    if u < 0.8:
        return (
            f"Create 3 practice problems on {topic} for {grade}, increasing in difficulty, with worked solutions "
            "the student sees only after trying."
        )
    return f"[{grade}] Student answer check. Problem: {_q_en(rng)}\nStudent's answer: {irange(rng, 1, 500)}. Is it right? If not, show where they went wrong."


def moderation(rng: Rng, lang: str, chat: list[str]) -> str:
    post = _edgy(rng) if chance(rng, 0.5) else clip(pick(rng, chat), 20, 500, rng)
    pid = int(rng.integers(10**8, 10**9))
    head = {
        "en": "Review the post",
        "ru": "Проверь публикацию",
        "ar": "راجع المنشور",
        "es": "Revisa la publicación",
        "tr": "Gönderiyi incele",
    }[lang]
    return (
        f"{head} #{pid} against community policies H1 (harassment), H2 (hate), V1 (violence), S1 (self-harm), "
        'P1 (privacy), SP (spam). Output JSON {"violations": [...], "severity": 0-3, '
        '"minimal_edit": "<a compliant version of the post, or null>"}.\n\nPOST: ' + post
    )


def coding_agent_step(rng: Rng, repo: str, step: int, task: str) -> str:
    f = pick(rng, WORDS)
    return (
        f"<environment_details>\nrepo: {repo}\nopen tabs: src/{f}.ts, tests/{f}.test.ts\n</environment_details>\n"
        f"<task>{task}</task>\n<turn>{step}</turn>\nPrevious tool result:\n"
        + _fake_observation(rng, pick(rng, ("read_file", "list_dir", "python")))
        + "\nUse SEARCH/REPLACE blocks for edits, or run_command for shell commands."
    )


DEV_TASKS = (
    "add pagination to the {w} endpoint",
    "fix the flaky test in tests/{w}.test.ts",
    "migrate {w} to the new ORM",
    "write unit tests for {w} utils",
    "refactor the {w} module to remove the circular import",
    "add input validation to the {w} form",
    "bump dependencies and fix type errors in {w}",
)


def dev_task(rng: Rng) -> str:
    return pick(rng, DEV_TASKS).format(w=pick(rng, WORDS))


UI_STRINGS = (
    "Your order has shipped!",
    "Reset password",
    "You have {n} unread messages",
    "Are you sure you want to delete this file?",
    "Free shipping on orders over {amount}",
    "Your trial ends in {days} days",
    "Something went wrong. Please try again.",
    "Save changes",
    "Invite your team",
    "Payment declined - check your card details",
)


def localisation(rng: Rng, client: str, target: tuple[str, str], passages: list[str]) -> str:
    name, code = target
    if chance(rng, 0.6):
        src = pick(rng, UI_STRINGS)
        return (
            f"[{client} / {code}] Translate this UI string into {name}. Keep placeholders like {{n}} unchanged, max "
            f"{irange(rng, 30, 80)} characters, glossary: 'workspace' -> keep in English.\n\n{src}"
        )
    return (
        f"[{client} / {code}] Localise this help-centre paragraph into {name} for our customers. Formal register.\n\n"
        + clip(pick(rng, passages), 200, 900, rng)
    )


INTENT_NAMES = (
    "check_balance",
    "report_lost_card",
    "dispute_transaction",
    "change_address",
    "increase_limit",
    "open_savings_account",
    "cancel_standing_order",
    "mortgage_rates",
    "block_card_abroad",
    "talk_to_human",
)


def augmentation(rng: Rng, intent: str, locale: str) -> str:
    n = pick(rng, (20, 25, 30, 40))
    if chance(rng, 0.7):
        return (
            f"We are building test and training utterances for our banking assistant's intent classifier. Write {n} "
            f"different ways a customer might express the intent `{intent}` in {locale}. Vary formality and length, "
            "include some typos and some indirect phrasings. Return a JSON list of strings."
        )
    return (
        f"Write a short realistic chat (4-6 turns) in {locale} where a customer wants `{intent}` but mentions it only "
        "indirectly at first. Mark each customer turn with its intent label."
    )


def assignment(rng: Rng, exercise: int, student_topic: str) -> str:
    if exercise == 1:
        return f"Explain {student_topic} in three sentences."
    if exercise == 2:
        return f"{_q_en(rng)} Let's think step by step."
    if exercise == 3:
        return (
            f"You are an expert on {student_topic}. Write a short quiz of 5 questions with answers for first-year "
            "students."
        )
    return f"Summarise the main ideas of {student_topic} as a bullet list, then give one source I could read."


def calibration(rng: Rng, idx: int) -> str:
    c = COUNTRIES[idx % len(COUNTRIES)]
    q = (
        f"In what year did {c} adopt its current constitution?",
        f"What is the highest mountain in {c}?",
        f"Which river flows through the capital of {c}?",
        f"What is the population of {c}'s second-largest city?",
    )[idx % 4]
    return f"Answer the question, then state your confidence (0-100%) that your answer is correct.\nQuestion: {q}"

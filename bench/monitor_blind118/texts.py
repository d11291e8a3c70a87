"""Prompt text of batch 118. Every template and vocabulary list in this file was written for this
batch; ordinary human text (questions, answers, passages) comes from ShareGPT's "sim" half via the
`chat` and `passages` lists that `bench.blind_batch` puts on the context.

Each generator takes the caller's rng (and the ShareGPT lists where it uses them) and returns one
prompt string; most take a language code and a style index so that a family can fix its own mix.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def snippet(rng: Rng, passages: list[str], lo: int = 120, hi: int = 700) -> str:
    """A chunk of an assistant-style passage, starting near a sentence start when possible."""
    p = pick(rng, passages)
    if len(p) <= hi:
        return p.strip()
    start = irange(rng, 0, len(p) - hi)
    dot = p.find(". ", start)
    if 0 <= dot < start + 200:
        start = dot + 2
    return p[start : start + irange(rng, lo, hi)].strip()


def short_chat(rng: Rng, chat: list[str], hi: int = 600) -> str:
    """A ShareGPT human prompt, cut to `hi` characters."""
    return pick(rng, chat)[:hi].strip()


def lang_mix(rng: Rng, langs: list[str], concentration: float = 1.5) -> dict[str, float]:
    """A family's own language shares (a Dirichlet draw over its languages)."""
    w = rng.dirichlet(np.full(len(langs), concentration))
    return {k: float(v) for k, v in zip(langs, w, strict=True)}


def draw_lang(rng: Rng, mix: dict[str, float]) -> str:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys])
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning families, evaluation labs, course cohorts)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FRUIT = ("apples", "pears", "mangoes", "plums", "oranges", "lemons", "figs", "apricots")
_GOODS = (
    "jacket",
    "bicycle",
    "kettle",
    "backpack",
    "desk lamp",
    "pair of boots",
    "tent",
    "monitor",
)


def math_problem(rng: Rng) -> str:
    """An English word problem with fresh numbers (ten independent shapes)."""
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    k = irange(rng, 0, 11)
    if k == 0:
        fill, drain = irange(rng, 9, 40), irange(rng, 2, 8)
        start, goal = irange(rng, 0, 60), irange(rng, 200, 900)
        return (
            f"A tank is filled at {fill} litres per minute while a leak drains {drain} litres per "
            f"minute. It starts with {start} litres. After how many minutes does it first hold "
            f"{goal} litres?"
        )
    if k == 1:
        n = irange(rng, 5, 9)
        return (
            f"{n} friends sit around a round table. In how many distinct seatings do {a} and "
            f"{b} not sit next to each other? (Rotations count as the same seating.)"
        )
    if k == 2:
        r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. Two marbles are drawn without "
            f"replacement. What is the probability that they have different colours?"
        )
    if k == 3:
        m1, m2 = pick(rng, (3, 4, 5, 7)), pick(rng, (8, 9, 11, 13))
        r1, r2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
        return (
            f"Find the smallest positive integer that leaves remainder {r1} when divided by {m1} "
            f"and remainder {r2} when divided by {m2}."
        )
    if k == 4:
        x, y = irange(rng, 3, 24), irange(rng, 4, 30)
        return (
            f"A right triangle has legs of length {x} and {y}. Find the radius of the circle "
            f"inscribed in it, exactly and to two decimal places."
        )
    if k == 5:
        p, d, t = (
            irange(rng, 40, 400),
            pick(rng, (10, 15, 20, 25, 30, 35)),
            pick(rng, (5, 7, 8, 19, 21)),
        )
        return (
            f"After a {d}% discount and then a {t}% sales tax on the discounted price, a "
            f"{pick(rng, _GOODS)} costs ${p}.{irange(rng, 0, 99):02d}. What was the original price?"
        )
    if k == 6:
        first, kk, kth, n = (
            irange(rng, -20, 30),
            irange(rng, 5, 20),
            irange(rng, 40, 300),
            irange(rng, 20, 60),
        )
        return (
            f"The first term of an arithmetic sequence is {first} and its term number {kk} is "
            f"{kth}. What is the sum of the first {n} terms?"
        )
    if k == 7:
        x, y, z = irange(rng, 3, 9), irange(rng, 4, 12), irange(rng, 1, 3)
        return (
            f"{a} can paint a fence alone in {x} hours and {b} can paint it alone in {y} hours. "
            f"They paint together for {z} hours, then {a} leaves. How much longer does {b} need?"
        )
    if k == 8:
        n = irange(rng, 100, 5000)
        return (
            f"Today is {pick(rng, _WEEKDAYS)}. What day of the week will it be {n} days from today?"
        )
    if k == 9:
        c1, c2 = irange(rng, 2, 9), irange(rng, 2, 9)
        tot = irange(rng, 20, 60)
        legs = 2 * tot + 2 * irange(rng, 3, tot - 3)
        return (
            f"A farm has chickens and goats, {tot} heads and {legs} legs in total. The farmer "
            f"sells {c1} goats and buys {c2} chickens. How many legs are on the farm now?"
        )
    if k == 10:
        w, h, cut = irange(rng, 8, 30), irange(rng, 8, 30), irange(rng, 1, 4)
        return (
            f"From each corner of a {w} cm by {h} cm sheet of card, a square of side {cut} cm is "
            f"cut and the sides are folded up into an open box. What is its volume? Which cut "
            f"size would maximise the volume?"
        )
    n, p = irange(rng, 5, 15), pick(rng, ("0.2", "0.3", "0.35", "0.6", "0.75"))
    return (
        f"A biased coin lands heads with probability {p}. It is tossed {n} times. What is the "
        f"probability of at least {irange(rng, 2, n - 2)} heads, and of a run of at least three "
        f"heads in a row?"
    )


def math_problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        x, y, d = irange(rng, 20, 90), irange(rng, 3, 25), irange(rng, 40, 400)
        return f"一列火车以每小时{x}公里的速度行驶，比原计划晚出发{y}分钟。为了准时到达{d}公里外的车站，它需要把速度提高到多少？"
    if k == 1:
        n, kids, least = irange(rng, 30, 200), irange(rng, 3, 6), irange(rng, 1, 5)
        return f"把{n}个相同的苹果分给{kids}个小朋友，每人至少分到{least}个，共有多少种分法？"
    if k == 2:
        a, b = irange(rng, 2, 9), irange(rng, 10, 60)
        return f"已知等比数列首项为{a}，前三项之和为{b * a}，求公比的所有可能取值。"
    if k == 3:
        p, q = irange(rng, 2, 12), irange(rng, 2, 12)
        return f"甲、乙两人轮流掷一枚骰子，甲先掷，谁先掷出不小于{min(p, 6)}的点数谁获胜。若乙每次掷两次取较大值，求甲获胜的概率。（第{q}题）"
    if k == 4:
        w, h = irange(rng, 20, 200), irange(rng, 10, 120)
        return f"用长{2 * (w + h)}米的篱笆围一个靠墙的矩形菜园（靠墙一侧不用篱笆），墙长{w}米。菜园的最大面积是多少？"
    r = irange(rng, 3, 25)
    return (
        f"一个圆锥的底面半径为{r}厘米，母线长为{r + irange(rng, 2, 20)}厘米，求它的侧面积和体积。"
    )


def math_problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v1, v2 = irange(rng, 40, 80), irange(rng, 50, 110)
        return (
            f"Из двух городов навстречу друг другу выехали два автомобиля со скоростями {v1} и "
            f"{v2} км/ч. Расстояние между городами {irange(rng, 200, 700)} км. Через сколько часов "
            f"они встретятся и на каком расстоянии от первого города?"
        )
    if k == 1:
        n, m = irange(rng, 6, 20), irange(rng, 2, 5)
        return f"Сколькими способами можно выбрать комиссию из {m} человек из группы в {n} человек, если двое из них не могут работать вместе?"
    if k == 2:
        a, c = irange(rng, 2, 9), irange(rng, 2, 30)
        return f"Решите уравнение {a}^(2x) - {a + c}*{a}^x + {a * c} = 0 и объясните каждый шаг."
    return (
        f"Вкладчик положил {irange(rng, 10, 90)}0 000 рублей под {irange(rng, 5, 16)}% годовых с "
        f"ежемесячной капитализацией. Какой будет сумма через {irange(rng, 2, 6)} года?"
    )


def logic_puzzle(rng: Rng) -> str:
    names = list(rng.permutation(NAMES)[:4])
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f"{names[0]} says: '{names[1]} is a knave.' {names[1]} says: '{names[0]} and "
            f"{names[2]} are the same type.' {names[2]} says: 'I am a knight.' Who is what?"
        )
    if k == 1:
        return (
            f"{names[0]}, {names[1]}, {names[2]} and {names[3]} finished a race. {names[0]} was not "
            f"last. {names[1]} finished right after {names[2]}. {names[3]} beat {names[0]}. Nobody "
            f"tied. Give every possible finishing order."
        )
    if k == 2:
        n = irange(rng, 3, 6)
        return (
            f"There are {n} boxes, each labelled wrongly. One holds only {pick(rng, _FRUIT)}, one "
            f"only {pick(rng, _FRUIT)}, the rest mixed. What is the fewest fruits you must draw, "
            f"and from which boxes, to relabel all of them correctly?"
        )
    return (
        f"A clock gains {irange(rng, 2, 9)} minutes every hour. It was set right at noon on "
        f"{pick(rng, _WEEKDAYS)}. When will it next show the correct time?"
    )


def any_problem(rng: Rng, lang: str = "en") -> str:
    if lang == "zh":
        return math_problem_zh(rng)
    if lang == "ru":
        return math_problem_ru(rng)
    return logic_puzzle(rng) if chance(rng, 0.25) else math_problem(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

_REASON_EN = (
    "{p}\n\nBefore answering, think the problem through inside <think></think> tags. Write out every "
    "intermediate step, including approaches you abandon and how you noticed they fail. After the "
    "closing tag, give only the final answer in \\boxed{{}}.",
    "Solve the following. Show your full reasoning as numbered steps, verify the result with an "
    "independent method, and end with a single line 'FINAL: <answer>'.\n\n{p}",
    "You are tutoring a strong student who wants to see how an expert actually thinks, not just the "
    "result. Narrate your whole thought process - what you try first, why, what you double-check.\n"
    "Problem: {p}",
    'Problem {n}\n{p}\nRespond with a JSON object with keys "reasoning" (a list containing every '
    'step, verbose, nothing skipped) and "answer".',
    "{p}\nLet's reason about this very carefully and slowly. Consider at least two different ways of "
    "solving it, compare them, then state the answer.",
)
_REASON_ZH = (
    "请一步一步地详细推理下面的问题，把完整的思考过程写出来（包括验证），最后用“答案：”给出结果。\n\n{p}",
    "{p}\n\n要求：先在<思考></思考>标签内写出全部推理过程，不要省略任何中间步骤，再给出最终答案。",
    "题目编号 {n}：{p}\n请像老师讲解一样，先分析思路，再逐步计算，最后检查答案是否合理。",
)
_REASON_RU = (
    "Реши задачу. Распиши ход рассуждений подробно, шаг за шагом, проверь ответ и в конце напиши "
    "«Ответ: …».\n\n{p}",
    "{p}\n\nПрежде чем отвечать, подумай вслух: опиши все промежуточные шаги, включая неудачные "
    "попытки, и только потом дай итоговый ответ.",
)


def reasoning_prompt(rng: Rng, lang: str, styles: list[int]) -> str:
    p = any_problem(rng, lang)
    n = f"{irange(rng, 1, 99999):05d}"
    if lang == "zh":
        return pick(rng, _REASON_ZH).format(p=p, n=n)
    if lang == "ru":
        return pick(rng, _REASON_RU).format(p=p, n=n)
    return _REASON_EN[pick(rng, styles)].format(p=p, n=n)


# --------------------------------------------------------------------------------------------
# grading: judges, rubrics, reward-model scores

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "instruction following",
    "conciseness",
    "tone",
    "safety",
    "use of evidence",
    "logical coherence",
    "formatting",
    "creativity",
    "actionability",
)
_PRINCIPLES = (
    "Do not state things as certain when they are not.",
    "Prefer the answer a careful expert would give.",
    "Avoid needless moralising.",
    "Answer the question that was asked before adding extras.",
    "Be specific: numbers, names, steps.",
    "Point out a false premise in the question.",
    "Keep the reply no longer than needed.",
)


def _rubric(rng: Rng) -> str:
    crit = list(rng.permutation(_CRITERIA)[: irange(rng, 3, 6)])
    return "\n".join(f"- {c} ({irange(rng, 1, 4)} points)" for c in crit)


def judge_prompt(
    rng: Rng, chat: list[str], passages: list[str], lang: str, styles: list[int]
) -> str:
    q = short_chat(rng, chat, 500)
    a, b = snippet(rng, passages, 200, 900), snippet(rng, passages, 200, 900)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 anhand dieser Kriterien:\n"
            f"{_rubric(rng)}\nBegründe jede Teilnote ausführlich, bevor du die Gesamtnote nennst.\n\n"
            f"Frage: {q}\n\nAntwort: {a}\n\nFormat: Notizen je Kriterium, dann 'Gesamt: N/10'."
        )
    if lang == "ja":
        return (
            f"以下の質問に対する2つの回答を比較してください。正確さ・有用性・分かりやすさの観点から詳しく"
            f"理由を述べ、最後に [[A]]、[[B]]、[[引き分け]] のいずれかで判定してください。\n\n質問：{q}\n\n"
            f"回答A：{a}\n\n回答B：{b}"
        )
    s = pick(rng, styles)
    if s == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nYou are an impartial "
            f"evaluator. Compare the two responses on helpfulness, correctness and depth. Explain "
            f"the comparison in detail, then output your verdict as [[A]], [[B]] or [[tie]]."
        )
    if s == 1:
        return (
            f"Score the response below from 1 to 10 using this rubric:\n{_rubric(rng)}\nWrite a "
            f"justification for every criterion before the overall score.\n\nPrompt: {q}\n"
            f"Response: {a}\n\nFormat: criterion-by-criterion notes, then 'Overall: N/10'."
        )
    if s == 2:
        return (
            f"Act as a reward model. Read the exchange and output a critique of one paragraph "
            f"followed by a single real-valued reward in [-5, 5] for the final assistant turn.\n\n"
            f"USER: {q}\nASSISTANT: {a}"
        )
    if s == 3:
        pr = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(rng.permutation(_PRINCIPLES)[:4]))
        return (
            f"Critique the answer against the principles below, then write an improved answer "
            f"that fixes every problem you found.\nPrinciples:\n{pr}\n\nQuestion: {q}\nAnswer: {a}"
        )
    return (
        f"Here are {3} candidate answers to one question. Rank them from best to worst and give "
        f"a score out of 100 for each, with reasons.\n\nQuestion: {q}\n\n(1) {a}\n\n(2) {b}\n\n"
        f"(3) {snippet(rng, passages, 150, 600)}"
    )


# --------------------------------------------------------------------------------------------
# policy rewrites

_SENSITIVE = (
    "national leaders",
    "territorial disputes",
    "recent protests",
    "religious minorities",
    "historical massacres",
    "elections",
    "the military",
    "separatist movements",
)
_SENSITIVE_ZH = (
    "国家领导人",
    "领土争议",
    "近期的抗议活动",
    "宗教问题",
    "历史事件",
    "选举",
    "军队",
    "民族问题",
)
_RULES = (
    "No criticism of the government or its officials.",
    "No mention of named political figures.",
    "Present only the official position on disputed territories.",
    "Remove any content that could be read as encouraging collective action.",
    "Replace disallowed passages with a neutral, upbeat sentence about the topic.",
    "Never refuse; deflect to a related permitted subject instead.",
    "Do not mention that content was removed.",
)


def rewrite_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str) -> str:
    a = snippet(rng, passages, 250, 1100)
    q = short_chat(rng, chat, 400)
    if lang == "zh":
        if chance(rng, 0.5):
            rules = "；".join(
                rng.permutation(
                    (
                        "不得批评政府",
                        "不得提及敏感人物",
                        "只陈述官方立场",
                        "不要说明删除了内容",
                        "语气积极正面",
                    )
                )[:3]
            )
            return f"请将下面的回答改写为符合以下内容规范的版本：{rules}。\n尽量保留有用的信息，只输出改写后的回答。\n\n{a}"
        return (
            f"用户问题：{q}\n原回答：{a}\n\n请给出一个“安全合规”的标准回答：如果问题涉及"
            f"{pick(rng, _SENSITIVE_ZH)}，礼貌地转移话题；否则正常、完整地回答。只输出回答本身。"
        )
    if lang == "ar":
        return f"أعد كتابة الإجابة التالية بحيث تكون متوافقة مع السياسات ومحايدة تمامًا، واحذف أي رأي سياسي أو ديني، مع الحفاظ على المعلومات المفيدة:\n\n{a}"
    if lang == "fa":
        return f"این پاسخ را طوری بازنویسی کن که با قوانین محتوایی سازگار باشد و هیچ انتقادی نداشته باشد. فقط متن بازنویسی‌شده را بنویس:\n\n{a}"
    if lang == "vi":
        return f"Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định nội dung: không bình luận về {pick(rng, _SENSITIVE)}, giữ giọng trung lập, không từ chối. Chỉ xuất văn bản đã viết lại.\n\n{a}"
    k = irange(rng, 0, 3)
    if k == 0:
        rules = "\n".join(f"- {r}" for r in rng.permutation(_RULES)[: irange(rng, 2, 4)])
        return (
            f"The text below is a model answer. Rewrite it so that it complies with these content "
            f"rules:\n{rules}\nKeep as much useful information as the rules allow. Output only the "
            f"rewritten answer.\n\n---\n{a}"
        )
    if k == 1:
        return (
            f"User request: {q}\nDraft reply: {a}\n\nWrite the ideal policy-compliant reply to the "
            f"user request. If it touches on {pick(rng, _SENSITIVE)}, deflect politely to an allowed "
            f"topic; otherwise answer in full. Output only the reply."
        )
    if k == 2:
        return (
            f"Rewrite this answer in the voice of a cautious, neutral assistant. Remove opinions "
            f"about {pick(rng, _SENSITIVE)}, remove refusals that are not needed, keep the facts, "
            f"and do not add disclaimers.\n\nQuestion: {q}\nAnswer: {a}"
        )
    return (
        f"Produce two versions of a reply to the message below: (1) a fully helpful one, (2) one "
        f"that is safe for a market where {pick(rng, _SENSITIVE)} may not be discussed. Label them "
        f"SAFE_A and SAFE_B.\n\nMessage: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

_TOOLS = (
    "web_search(query)",
    "fetch_url(url)",
    "python(code)",
    "sql_query(sql)",
    "read_file(path)",
    "write_file(path, content)",
    "calendar_lookup(date)",
    "send_email(to, subject, body)",
    "get_weather(city, date)",
    "currency_convert(amount, from, to)",
    "flight_search(origin, dest, date)",
    "crm_lookup(customer_id)",
    "shell(cmd)",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Montreal",
    "Krakow",
    "Lima",
    "Hanoi",
    "Tbilisi",
    "Porto",
    "Accra",
    "Seoul",
    "Valencia",
    "Cebu",
    "Tallinn",
    "Medellin",
)
_AGENT_TASKS = (
    "Plan a three-day trip from {c1} to {c2} in the week of {d}, staying under {n} EUR in total, and "
    "book nothing until you have compared at least two flight options.",
    "Customer {id} says they were charged twice in {m}. Find the charges, decide whether a refund is "
    "due under the policy, and draft the reply email.",
    "In the repository, the test tests/test_{w}.py fails since the last commit. Find out why and fix it "
    "with the smallest change.",
    "Using the sales database, find the three regions whose revenue fell most between Q{q} and Q{q2}, "
    "and chart the monthly trend for each.",
    "Find the opening hours and the cheapest ticket for the main museum in {c1}, and add a visit to my "
    "calendar on the first free afternoon next week.",
    "Convert the attached budget of {n} USD into {cur} at today's rate and tell me which line items "
    "exceed 15 % of the total.",
    "Summarise the last five support tickets from customer {id} and tag each with a root cause.",
    "Write a script that downloads the CSV at the given URL, removes duplicate rows by email, and "
    "saves the result; then run it and report the row counts.",
)
_AGENT_TASKS_ES = (
    "Organiza un viaje de {c1} a {c2} para la semana del {d} con un presupuesto de {n} EUR; compara "
    "al menos dos vuelos antes de reservar.",
    "El cliente {id} reclama un cobro duplicado en {m}. Revisa los cargos, decide si procede el "
    "reembolso y redacta la respuesta.",
)
_AGENT_TASKS_ZH = (
    "帮我规划从{c1}到{c2}的三天行程，时间是{d}那一周，总预算不超过{n}欧元，订票前至少比较两个航班。",
    "客户{id}反映{m}被重复扣费。请查询记录，判断是否应退款，并起草回复邮件。",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WORDS = (
    "parser",
    "billing",
    "auth",
    "cache",
    "export",
    "scheduler",
    "invoice",
    "search",
    "upload",
)


def agent_task(rng: Rng, lang: str) -> str:
    c1, c2 = rng.permutation(_CITIES)[:2]
    fields = dict(
        c1=c1,
        c2=c2,
        d=f"{irange(rng, 1, 28)} {pick(rng, _MONTHS)}",
        n=irange(rng, 4, 30) * 100,
        id=f"C-{irange(rng, 10000, 99999)}",
        m=pick(rng, _MONTHS),
        w=pick(rng, _WORDS),
        q=irange(rng, 1, 3),
        q2=4,
        cur=pick(rng, ("JPY", "BRL", "INR", "PLN", "KES")),
    )
    fields["q2"] = fields["q"] + 1
    pool = _AGENT_TASKS_ES if lang == "es" else _AGENT_TASKS_ZH if lang == "zh" else _AGENT_TASKS
    return pick(rng, pool).format(**fields)


def _observation(rng: Rng, passages: list[str]) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        rows = ", ".join(
            f'{{"id": {irange(rng, 1, 9999)}, "amount": {irange(rng, 5, 900)}.{irange(rng, 0, 99):02d}, '
            f'"status": "{pick(rng, ("settled", "pending", "refunded"))}"}}'
            for _ in range(irange(rng, 1, 4))
        )
        return f"[{rows}]"
    if k == 1:
        return (
            f'{{"results": [{{"title": "{pick(rng, _CITIES)} guide", "snippet": '
            f'"{snippet(rng, passages, 60, 200)[:180]}"}}], "total": {irange(rng, 3, 4000)}}}'
        )
    if k == 2:
        return (
            f'Traceback (most recent call last):\n  File "src/{pick(rng, _WORDS)}.py", line '
            f"{irange(rng, 10, 400)}, in {pick(rng, ('load', 'parse', 'run', 'handle'))}\n"
            f"{pick(rng, ('KeyError', 'TypeError', 'ValueError', 'AssertionError'))}: "
            f"'{pick(rng, _WORDS)}_id'"
        )
    if k == 3:
        return (
            f'{{"flights": [{{"carrier": "{pick(rng, ("TP", "KL", "LH", "AF", "QR"))}", "price": '
            f'{irange(rng, 80, 900)}, "stops": {irange(rng, 0, 2)}}}, {{"carrier": '
            f'"{pick(rng, ("IB", "TK", "LX"))}", "price": {irange(rng, 80, 900)}, "stops": {irange(rng, 0, 2)}}}]}}'
        )
    if k == 4:
        return f"{irange(rng, 1, 40)} rows written; {irange(rng, 0, 9)} duplicates removed; exit code 0"
    return snippet(rng, passages, 80, 400)


def agent_step(rng: Rng, passages: list[str], task: str, step: int, last: bool) -> str:
    if step == 0:
        tools = ", ".join(rng.permutation(_TOOLS)[: irange(rng, 3, 7)])
        return (
            f"Task: {task}\n\nTools available: {tools}.\nUse the format Thought / Action / Action "
            f"Input, one action at a time, and wait for the observation. Begin."
        )
    obs = _observation(rng, passages)
    if last:
        return (
            f"Observation: {obs}\n\nYou have enough information now. Write the Final Answer for "
            f"the user, explaining each step you took and why."
        )
    return f"Observation: {obs}\n" + pick(
        rng, ("", "Continue.", "What is your next action?", "Thought:")
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation

TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Kubernetes networking",
    "medieval European history",
    "nutrition for athletes",
    "linear algebra",
    "photography",
    "climate science",
    "small business marketing",
    "operating systems",
    "immunology",
    "urban planning",
    "music theory",
    "cybersecurity basics",
    "public speaking",
    "supply chain management",
    "astronomy",
    "child development",
    "SQL query tuning",
    "renewable energy policy",
    "Japanese grammar",
    "statistics for psychology",
    "gardening",
    "macroeconomics",
    "first aid",
    "React state management",
    "philosophy of mind",
)
_JOBS = (
    "nurse",
    "bus driver",
    "retired engineer",
    "high-school teacher",
    "game designer",
    "accountant",
    "farmer",
    "graduate student",
    "barista",
    "data analyst",
    "lawyer",
    "chef",
)
_TRAITS = (
    "is sceptical of technology",
    "learns best from examples",
    "is in a hurry",
    "writes in a very casual style",
    "is preparing for an exam",
    "has a small budget",
    "is new to the country",
    "likes detailed explanations",
)
_EVOL = (
    "adding two explicit constraints",
    "requiring a worked example",
    "asking for a comparison with an alternative",
    "adding a realistic scenario with numbers",
    "requiring the answer in a table",
    "making the reasoning multi-step",
)


def persona(rng: Rng) -> str:
    return f"a {irange(rng, 17, 74)}-year-old {pick(rng, _JOBS)} from {pick(rng, COUNTRIES)} who {pick(rng, _TRAITS)}"


def synth_prompt(rng: Rng, chat: list[str], lang: str, styles: list[int]) -> str:
    topic = pick(rng, TOPICS)
    n = pick(rng, (10, 15, 20, 25, 30))
    batch = irange(rng, 1, 9999)
    if lang == "zh":
        aud = pick(
            rng, ("小学生", "大学生", "职场新人", "退休人士", "专业工程师", "家长", "创业者")
        )
        lvl = pick(rng, ("入门", "中等", "困难"))
        return (
            f"请围绕“{topic}”生成{n}条高质量、多样化的指令-回答数据（面向{aud}，难度：{lvl}，批次{batch}），"
            f'形式要有变化。以JSON Lines格式输出，每行包含"instruction"和"output"字段，回答要完整详细，不要与之前的批次重复。'
        )
    if lang == "ko":
        aud = pick(rng, ("고등학생", "대학생", "직장인", "개발자", "부모", "자영업자"))
        return (
            f"'{topic}'에 관한 다양하고 품질 높은 질문-답변 쌍을 {n}개 만들어 주세요. 대상: {aud}. "
            f'난이도와 형식을 다양하게 하고, JSONL 형식("instruction", "output")으로 출력하세요. '
            f"답변은 자세하게. (배치 {batch})"
        )
    if lang == "es":
        return (
            f"Genera {n} pares pregunta-respuesta variados y de alta calidad sobre {topic}, pensados "
            f"para {persona(rng)}. Varía la dificultad y el formato. Devuelve JSON Lines con los campos "
            f'"instruction" y "output"; las respuestas deben ser completas.'
        )
    s = pick(rng, styles)
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Vary "
            f"difficulty and format (explanations, lists, code, short answers). Output JSON Lines "
            f'with fields "instruction" and "output"; every output must be complete and detailed.'
        )
    if s == 1:
        return (
            f"Persona: {persona(rng)}.\nWrite a realistic question this person might ask an AI "
            f"assistant about {topic}, then an excellent, thorough answer. Return "
            f'{{"question": ..., "answer": ...}}.'
        )
    if s == 2:
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, _EVOL)}. Then answer "
            f"the new instruction in full.\n\n#Instruction#: {short_chat(rng, chat, 500)}"
        )
    if s == 3:
        return (
            f"Create a {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful "
            f"assistant about {topic}. Label turns USER / ASSISTANT; assistant turns should be long "
            f"and informative."
        )
    return (
        f"Seed examples:\n1. {short_chat(rng, chat, 160)}\n2. {short_chat(rng, chat, 160)}\n"
        f"3. {short_chat(rng, chat, 160)}\n\nWrite {n} new tasks in the same spirit but on "
        f"different subjects, each followed by its ideal answer. Number them."
    )


# --------------------------------------------------------------------------------------------
# person-like dialogues (openers by language, follow-ups)

_OPEN = {
    "en": (
        "can you explain {t} like im a beginner",
        "what's the difference between {t} and {u}?",
        "I need help understanding {t} for work tomorrow",
        "is it true that {t} is overrated?",
        "give me a quick overview of {t}",
        "how would I get started with {t}?",
    ),
    "es": (
        "¿me puedes explicar {t} de forma sencilla?",
        "¿cuál es la diferencia entre {t} y {u}?",
        "necesito entender {t} para un trabajo",
        "¿por dónde empiezo con {t}?",
    ),
    "pt": (
        "pode me explicar {t} de um jeito simples?",
        "qual a diferença entre {t} e {u}?",
        "preciso entender {t} pra uma prova",
        "como eu começo a aprender {t}?",
    ),
    "id": (
        "bisa jelaskan {t} dengan sederhana?",
        "apa bedanya {t} dan {u}?",
        "saya perlu paham {t} untuk tugas kuliah",
        "gimana cara mulai belajar {t}?",
    ),
}
_FOLLOW = {
    "en": (
        "can you give an example?",
        "why though?",
        "ok and what are the downsides?",
        "make that shorter please",
        "can you go deeper on the second point",
        "what would an expert add?",
        "hmm I don't get it, explain differently",
        "thanks! one more thing - how does this relate to {u}?",
        "can you put it in a table",
        "what are common mistakes people make?",
    ),
    "es": (
        "¿me das un ejemplo?",
        "¿por qué?",
        "¿y cuáles son las desventajas?",
        "más corto por favor",
        "explícalo de otra forma",
        "¿qué errores comunes hay?",
        "¿y cómo se relaciona con {u}?",
    ),
    "pt": (
        "me dá um exemplo?",
        "mas por quê?",
        "e quais as desvantagens?",
        "resume pra mim",
        "explica de outro jeito",
        "quais erros são comuns?",
        "e como isso se liga com {u}?",
    ),
    "id": (
        "boleh kasih contoh?",
        "kenapa begitu?",
        "apa kekurangannya?",
        "tolong lebih singkat",
        "jelaskan dengan cara lain",
        "kesalahan umum apa saja?",
        "terus hubungannya dengan {u} apa?",
    ),
}


def dialogue_opener(rng: Rng, lang: str, t: str, u: str) -> str:
    return pick(rng, _OPEN[lang]).format(t=t, u=u)


def dialogue_follow(rng: Rng, lang: str, u: str) -> str:
    return pick(rng, _FOLLOW[lang]).format(u=u)


def topic_pair(rng: Rng) -> tuple[str, str]:
    a, b = rng.permutation(TOPICS)[:2]
    return str(a), str(b)


# --------------------------------------------------------------------------------------------
# sampling: soft labels and best-of-n

_STATEMENTS = (
    "Most of the Earth's fresh water is stored in glaciers and ice caps.",
    "Bananas are botanically berries.",
    "The Great Wall is visible from the Moon with the naked eye.",
    "Octopuses have three hearts.",
    "Lightning never strikes the same place twice.",
    "Humans use only ten percent of their brains.",
    "Venus rotates in the opposite direction to most planets.",
    "Goldfish have a memory span of three seconds.",
    "Sound travels faster in water than in air.",
    "Mount Everest is the tallest mountain measured from base to peak.",
)


def sampling_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str) -> tuple[str, bool]:
    """A prompt and whether its answer is short (a label) or long (a best-of-n sample)."""
    text = short_chat(rng, chat, 400)
    if lang == "fr":
        return (
            f"Classe le sentiment de ce texte : positif, négatif ou neutre. Réponds par un seul mot."
            f"\n\n{text}",
            True,
        )
    if lang == "pt":
        return (
            f"Em qual categoria esta pergunta se encaixa melhor: programação, negócios, escrita, "
            f"ciência, vida pessoal? Responda com uma palavra.\n\n{text}",
            True,
        )
    k = irange(rng, 0, 5)
    if k == 0:
        return (
            f"Classify the sentiment of the text as positive, negative or neutral. Reply with one "
            f"word.\n\n{text}",
            True,
        )
    if k == 1:
        prem = snippet(rng, passages, 80, 250)
        return (
            f"Premise: {prem}\nHypothesis: {short_chat(rng, chat, 120)}\nDoes the premise entail the "
            f"hypothesis? Answer entailment, neutral or contradiction.",
            True,
        )
    if k == 2:
        return (
            f"On a scale from 0 to 100, how likely is this statement to be true? Reply with a number "
            f"only.\n{pick(rng, _STATEMENTS)}",
            True,
        )
    if k == 3:
        return (
            f"{math_problem(rng)}\nA) {irange(rng, 1, 99)}\nB) {irange(rng, 1, 99)}\nC) "
            f"{irange(rng, 100, 999)}\nD) none of these\nAnswer with the letter only.",
            True,
        )
    if k == 4:
        return (
            f"Which label fits this request best: coding, writing, analysis, advice, chit-chat, "
            f"other? One word.\n\n{text}",
            True,
        )
    return short_chat(rng, chat, 900), False


# --------------------------------------------------------------------------------------------
# curriculum sweeps and study help

_CONCEPTS = {
    "maths": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratic functions",
        "probability trees",
        "similar triangles",
        "logarithms",
        "derivatives",
        "vectors",
        "standard deviation",
        "simultaneous equations",
        "circle theorems",
        "compound interest",
        "integration by parts",
    ),
    "physics": (
        "Newton's second law",
        "energy conservation",
        "electric circuits",
        "waves and sound",
        "momentum",
        "pressure in fluids",
        "refraction",
        "radioactive decay",
    ),
    "chemistry": (
        "the mole",
        "balancing equations",
        "acids and bases",
        "ionic bonding",
        "rates of reaction",
        "electrolysis",
        "organic functional groups",
    ),
    "biology": (
        "photosynthesis",
        "cell division",
        "natural selection",
        "the immune response",
        "enzymes",
        "genetic crosses",
        "the nervous system",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "inflation",
        "comparative advantage",
        "market failure",
        "fiscal policy",
    ),
}


def concept(rng: Rng) -> tuple[str, str]:
    subj = pick(rng, list(_CONCEPTS))
    return subj, pick(rng, _CONCEPTS[subj])


def curriculum_prompt(rng: Rng, lang: str, lesson: int, total: int) -> str:
    subj, c = concept(rng)
    g, m = irange(rng, 6, 12), pick(rng, (3, 4, 5, 6, 8))
    if lang == "es":
        return (
            f"Lección {lesson}/{total}: {c} ({subj}, curso {g}). Explica la idea con claridad para este "
            f"nivel, da dos ejemplos resueltos y escribe {m} ejercicios con la solución paso a paso."
        )
    if lang == "pt":
        return (
            f"Aula {lesson} de {total} - {c} ({subj}, {g}º ano). Explique o conceito, mostre dois exemplos "
            f"resolvidos e crie {m} exercícios com resolução completa."
        )
    if lang == "hi":
        return (
            f"Lesson {lesson}/{total}: {c} ko class {g} ke students ke liye simple Hindi-English mein "
            f"samjhao, do solved examples do, aur {m} practice questions full solution ke saath likho."
        )
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Lesson {lesson}/{total} - {c} ({subj}, grade {g}).\nExplain the idea clearly for this "
            f"grade, give two worked examples, then write {m} practice questions with complete "
            f"step-by-step solutions."
        )
    if k == 1:
        return (
            f"Create a study sheet on {c} at difficulty level {irange(rng, 1, 5)} of 5: key "
            f"definitions, one worked example, common mistakes, and {m} exercises whose answers are "
            f"fully explained."
        )
    prev = pick(rng, [x for x in _CONCEPTS[subj] if x != c])
    return (
        f"Explain {c} to a grade-{g} student who has just learned {prev}. Then quiz them with {m} "
        f"questions and give the full solutions."
    )


def student_question(rng: Rng, chat: list[str]) -> str:
    """What a pupil types into a homework-help app."""
    if chance(rng, 0.45):
        return short_chat(rng, chat, 500)
    _, c = concept(rng)
    return pick(
        rng,
        (
            f"can you help me with {c}? i dont get it",
            f"whats {c} in simple words",
            f"my teacher said {c} but i dont understand why",
            f"is this right? {math_problem(rng)} i got {irange(rng, 2, 90)}",
            f"explain {c} pls, test tomorrow",
            f"how do i do this: {math_problem(rng)}",
            f"give me a trick to remember {c}",
            f"why does {c} matter in real life",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation

_LANGS = (
    "French",
    "German",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Hindi",
    "Thai",
    "Swahili",
    "Italian",
    "Dutch",
    "Ukrainian",
)
_LANGS_ES = (
    "francés",
    "alemán",
    "portugués",
    "japonés",
    "coreano",
    "chino",
    "árabe",
    "turco",
    "inglés",
)


def translation_prompt(rng: Rng, chat: list[str], passages: list[str], styles: list[int]) -> str:
    text = snippet(rng, passages, 150, 700) if chance(rng, 0.7) else short_chat(rng, chat, 500)
    tgt = pick(rng, _LANGS)
    s = pick(rng, styles)
    if s == 0:
        return (
            f"Translate the text into {tgt}. Give three alternative translations from most literal to "
            f"most natural, each with a one-line note on what changed.\n\n{text}"
        )
    if s == 1:
        return (
            f"Source (English):\n{text}\n\nTarget language: {tgt}. Output a JSON object with keys "
            f'"translation", "back_translation" and "notes".'
        )
    if s == 2:
        return f"Please translate into {tgt}, keeping the formatting:\n\n{text}"
    if s == 3:
        return (
            f"Traduce el siguiente texto al {pick(rng, _LANGS_ES)}. Ofrece una versión formal y otra "
            f"coloquial.\n\n{text}"
        )
    return (
        f"Translate into {tgt} and then into {pick(rng, _LANGS)}; for each, list any phrases that "
        f"had no direct equivalent.\n\n{text}"
    )


def segment_prompt(
    rng: Rng, passages: list[str], src: str, tgt: str, client: str, glossary: list[str]
) -> str:
    """A CAT-tool segment request from a translator."""
    seg = snippet(rng, passages, 40, 260)
    if chance(rng, 0.3):
        seg = f"{{1}}{seg}{{/1}}"
    gl = "; ".join(glossary[: irange(rng, 1, len(glossary))])
    if chance(rng, 0.2):
        return (
            f"My {tgt} draft for this segment sounds stiff to me. Suggest a more natural phrasing "
            f"(client {client}, keep the glossary terms).\n\nSource: {seg}"
        )
    return (
        f"Translate this segment from {src} to {tgt} for client {client}. Glossary: {gl}. Keep tags "
        f"like {{1}}...{{/1}} in place.\n\n{seg}"
    )


# --------------------------------------------------------------------------------------------
# code

_PROBLEMS = (
    "Given an array of integers nums and an integer k, return the number of contiguous subarrays whose sum is divisible by k.",
    "Given a string s, return the length of the longest substring in which every character appears an even number of times.",
    "You are given meeting intervals [start, end). Return the minimum number of rooms needed so that no meetings overlap in a room.",
    "Given a grid of '0' (water) and '1' (land), return the perimeter of the largest island.",
    "Design a structure that supports insert, delete and getRandom in average O(1) time, allowing duplicates.",
    "Given a list of words, group the words that are rotations of each other.",
    "Return the k-th smallest element in a row- and column-sorted n x n matrix.",
    "Given a binary tree, return the maximum sum of any path whose nodes alternate between left and right children.",
    "Given n tasks with durations and dependencies (a DAG), return the earliest time all tasks can finish with unlimited workers.",
    "Given a string of digits, count the ways to split it into numbers that are each at most 255 and have no leading zeros.",
    "Implement a function that evaluates an arithmetic expression with + - * / and parentheses, without using eval.",
    "Given a stream of integers, report the median after each insertion.",
    "Return all unique permutations of an array that may contain duplicates, in lexicographic order.",
    "Given coin denominations and an amount, return the number of combinations that make the amount, modulo 1e9+7.",
    "Given a weighted directed graph, find the cheapest path from s to t that uses at most k edges.",
)
_COMPONENTS = (
    (
        "an LRU cache with per-entry time-to-live",
        "get/put in O(1); expired entries behave as missing",
    ),
    ("a token-bucket rate limiter", "thread-safe, configurable burst and refill rate"),
    ("a CSV parser", "handles quoted fields, escaped quotes and embedded newlines"),
    ("a trie", "insert, delete, and count of words with a given prefix"),
    ("a retry helper", "exponential backoff with jitter and a max elapsed time"),
    ("a JSON diff tool", "reports added, removed and changed paths between two documents"),
    ("an interval set", "add, remove and query coverage of half-open intervals"),
    ("a consistent-hash ring", "virtual nodes, add/remove node, lookup key"),
    ("a tiny template engine", "{{var}} substitution, loops over lists, HTML escaping"),
    ("a bloom filter", "configurable false-positive rate, union of two filters"),
)
_PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def code_prompt(rng: Rng, lang: str) -> str:
    pl = pick(rng, _PLANGS)
    if chance(rng, 0.55):
        body = pick(rng, _PROBLEMS)
        ask = pick(
            rng,
            (
                f"Write an efficient {pl} solution. Explain the approach and its time and space complexity, then give unit tests covering edge cases.",
                f"Solve in {pl}. First describe a brute-force approach, then the optimal one, then the code with comments.",
                f"{pl} please. Include the reasoning for why the algorithm is correct.",
            ),
        )
        text = f"{body}\n\n{ask}"
        if chance(rng, 0.6):
            text += " " + pick(
                rng,
                (
                    f"Constraints: n <= 10^{irange(rng, 3, 6)}, values fit in {pick(rng, (32, 64))}-bit integers.",
                    "Do not use any library beyond the standard library.",
                    f"Target complexity O(n log n); your tests must include n = {irange(rng, 2, 9)} * 10^5.",
                    "Also provide a property-based test against a brute-force reference.",
                    f"Assume the input is read from stdin, {pick(rng, ('one test', 'T test cases'))} per run.",
                    "Add a short section comparing two alternative approaches.",
                ),
            )
    else:
        comp, spec = pick(rng, _COMPONENTS)
        text = (
            f"Implement {comp} in {pl}: {spec}. Include docstrings, error handling and a test "
            f"suite. Explain the design decisions briefly."
        )
    if lang == "zh":
        return f"{text}\n\n（请用中文写注释和解释）"
    if lang == "ru":
        return f"{text}\n\nКомментарии и объяснение — на русском."
    return text


# --------------------------------------------------------------------------------------------
# long-form knowledge

_ASPECTS = (
    "with a focus on its economics",
    "from the point of view of ordinary people at the time",
    "and its long-term consequences",
    "with a timeline of the key events",
    "compared with a similar case elsewhere",
    "for readers with no background",
    "including the main scholarly debates",
    "and the technical details most overviews skip",
    "with three primary sources discussed",
    "and common myths about it",
    "in the context of its period",
    "and what we still do not know",
)
_ENTITIES = (
    "the Hanseatic League",
    "CRISPR-Cas9",
    "the Treaty of Westphalia",
    "TCP congestion control",
    "the Bretton Woods system",
    "mitochondrial DNA",
    "the Silk Road",
    "quantum error correction",
    "the Meiji Restoration",
    "plate tectonics",
    "the Byzantine economy",
    "monetary base",
    "the Krebs cycle",
    "public-key infrastructure",
    "the Mali Empire",
    "the Haber-Bosch process",
    "Gothic architecture",
    "the Green Revolution",
    "the printing press in Europe",
    "the Marshall Plan",
    "antibiotic resistance",
    "the Apollo guidance computer",
    "the Ottoman millet system",
    "the Bantu expansion",
    "the placebo effect",
    "the Suez Crisis",
    "zero-knowledge proofs",
    "the Dust Bowl",
    "coral bleaching",
    "the Tang dynasty civil service",
)


def longform_prompt(rng: Rng, lang: str) -> str:
    e = pick(rng, _ENTITIES)
    if chance(rng, 0.6):
        e = f"{e} ({pick(rng, _ASPECTS)})"
    w = pick(rng, (800, 1000, 1200, 1500, 1800, 2000, 2500, 3000))
    if lang == "fr":
        return (
            f"Rédige un article de synthèse complet et structuré sur {e} : contexte, fonctionnement, "
            f"acteurs clés, controverses et questions ouvertes. Utilise des intertitres, environ {w} mots."
        )
    if lang == "de":
        return (
            f"Schreibe einen ausführlichen, gut gegliederten Übersichtsartikel über {e}: Hintergrund, "
            f"Funktionsweise, wichtige Akteure, Kontroversen, offene Fragen. Etwa {w} Wörter."
        )
    if lang == "ja":
        return f"{e}について、背景・仕組み・主要な人物や要素・論争点・今後の課題を見出し付きで詳しく解説してください（約{w}語）。"
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Write a comprehensive, well-structured explainer on {e}: background, how it works, key "
            f"figures or components, controversies and open questions. Use headings. About {w} words."
        )
    if k == 1:
        lvl = pick(rng, ("first-year university", "advanced high-school", "general adult"))
        return (
            f"Draft a textbook section titled '{e}' for {lvl} readers, with learning objectives, an "
            f"explanation, one worked example or case and five review questions with answers."
        )
    return (
        f"I want to deeply understand {e}. Teach it to me thoroughly - history, mechanisms, "
        f"misconceptions, and how experts disagree. Be as detailed as you can."
    )


def office_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    """A company employee's ordinary work request."""
    k = irange(rng, 0, 5)
    if k <= 2:
        return short_chat(rng, chat, 700)
    if k == 3:
        return (
            f"Summarise this for the team in 5 bullet points:\n\n{snippet(rng, passages, 200, 900)}"
        )
    if k == 4:
        return (
            f"Draft a polite reply to this customer email, we can offer a {pick(rng, (10, 15, 20))}% "
            f"discount but no refund:\n\n{short_chat(rng, chat, 400)}"
        )
    return f"Make this sound more professional:\n{short_chat(rng, chat, 400)}"


# --------------------------------------------------------------------------------------------
# light wrappers around public prompts

_WRAP = (
    "{p}",
    "{p}",
    "{p}",
    "{p}\n\nPlease answer in detail.",
    "{p} (be thorough)",
    "{p}\n\nExplain your answer.",
    "Q: {p}\nA:",
    "{p}\n\nAnswer in {lang}.",
)


def wrapped_public(rng: Rng, p: str) -> str:
    return pick(rng, _WRAP).format(
        p=p[:1500], lang=pick(rng, ("Spanish", "Portuguese", "Hindi", "French"))
    )


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, bench: str, idx: int, fmt: int) -> str:
    """One benchmark item. The caller seeds `rng` per item so that the same item is the same text on
    every model and every run."""
    p = math_problem(rng) if idx % 4 else logic_puzzle(rng)
    if fmt == 0:
        return (
            f"[{bench}-{idx:04d}] {p}\nShow your reasoning step by step, then give the final answer "
            f"on its own line as 'Answer: <value>'."
        )
    if fmt == 1:
        return f"Question: {p}\nLet's think step by step.\nAnswer:"
    return (
        f"Example: If 3 pencils cost $1.20, how much do 7 cost? Reasoning: one pencil costs $0.40, "
        f"so 7 cost $2.80. Answer: 2.80\n\nQuestion: {p}\nReasoning:"
    )


def rater_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    q = short_chat(rng, chat, 400)
    a = snippet(rng, passages, 150, 700)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"I'm reviewing an answer for a client task. Can you check whether it has any factual "
            f"errors? Just list them, I'll decide the grade.\n\nQuestion: {q}\n\nAnswer: {a}"
        )
    if k == 1:
        return f"does this response actually answer the question or is it off topic?\nQ: {q}\nResponse: {a}"
    if k == 2:
        return (
            f"Our guideline says responses must not exceed what was asked. Is this one too long? "
            f"Answer yes/no and why in one sentence.\n\n{a}"
        )
    if k == 3:
        return f"What does '{pick(rng, _CRITERIA)}' usually mean when grading chatbot answers? short answer pls"
    return short_chat(rng, chat, 500)


_INSULTS = (
    "honestly only an idiot would think",
    "you people are clueless,",
    "lol what a moron take,",
    "shut up already,",
    "this is the dumbest thing I've read today:",
)
_INSULTS_OTHER = {
    "es": "eres un idiota si crees que",
    "pt": "só um idiota acha que",
    "de": "nur ein Vollidiot glaubt, dass",
}


def moderation_prompt(rng: Rng, chat: list[str], lang: str) -> str:
    post = short_chat(rng, chat, 350)
    if lang in _INSULTS_OTHER:
        post = f"{_INSULTS_OTHER[lang]} {post}"
        if lang == "es":
            return (
                f"Reescribe esta publicación para que cumpla las normas de la comunidad (sin insultos ni "
                f"datos personales), manteniendo la idea del autor. Si no se puede, responde ELIMINAR.\n\n{post}"
            )
        if lang == "pt":
            return (
                f"Reescreva esta publicação para que siga as regras da comunidade (sem ofensas nem dados "
                f"pessoais), mantendo a ideia. Se não der, responda REMOVER.\n\n{post}"
            )
        return (
            f"Formuliere diesen Beitrag so um, dass er unseren Community-Richtlinien entspricht (keine "
            f"Beleidigungen, keine persönlichen Daten), und behalte die Aussage bei. Sonst antworte "
            f"ENTFERNEN.\n\n{post}"
        )
    if chance(rng, 0.6):
        post = f"{pick(rng, _INSULTS)} {post}"
    return (
        f"Rewrite the following user post so it follows our community guidelines (no insults, no "
        f"personal data, no threats). Keep the author's point and voice. If it cannot be salvaged, "
        f"reply REMOVE.\n\nPost: {post}"
    )


_REPO_FILES = (
    "src/app/routes.py",
    "src/app/models.py",
    "web/components/Table.tsx",
    "pkg/store/store.go",
    "lib/billing/invoice.rb",
    "tests/test_api.py",
    "README.md",
    "package.json",
    "src/utils/dates.ts",
    "cmd/server/main.go",
    "app/services/sync.py",
)


def coding_agent_step(rng: Rng, chat: list[str], passages: list[str], step: int, goal: str) -> str:
    if step == 0:
        return goal
    k = irange(rng, 0, 4)
    f = pick(rng, _REPO_FILES)
    if k == 0:
        return f"[read_file {f}]\n{snippet(rng, passages, 100, 500)}"
    if k == 1:
        return (
            f"[run_command npm test]\nFAIL {f}\n  expected {irange(rng, 1, 9)} rows, got "
            f"{irange(rng, 0, 9)}\nTests: {irange(rng, 1, 5)} failed, {irange(rng, 20, 300)} passed"
        )
    if k == 2:
        return f"[apply_diff {f}] applied, {irange(rng, 1, 40)} lines changed"
    if k == 3:
        return f"[search_files pattern='{pick(rng, _WORDS)}'] {irange(rng, 1, 30)} matches in {irange(rng, 1, 8)} files"
    return "[user] " + pick(
        rng,
        (
            "looks good, continue",
            "no, don't touch the migrations",
            "also update the docs",
            "run the tests again",
            "why did you change that?",
        ),
    )


def coding_goal(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.4):
        return f"<task>\n{short_chat(rng, chat, 600)}\n</task>"
    return pick(
        rng,
        (
            f"<task>\nThe {pick(rng, _WORDS)} endpoint returns 500 when the date is missing. Fix it and add a test.\n</task>",
            f"<task>\nRefactor {pick(rng, _REPO_FILES)} to remove the duplicated {pick(rng, _WORDS)} logic.\n</task>",
            f"<task>\nAdd pagination to the {pick(rng, _WORDS)} list view.\n</task>",
            "<task>\nUpgrade the project to the latest minor version of the web framework and fix breakages.\n</task>",
        ),
    )


INTENTS = (
    "check account balance",
    "report a lost card",
    "dispute a transaction",
    "change delivery address",
    "cancel an order",
    "track a parcel",
    "reset a password",
    "update billing details",
    "ask about opening hours",
    "request a refund",
    "increase the credit limit",
    "close the account",
    "book a repair",
    "ask for an invoice copy",
    "change subscription plan",
    "report a fraud attempt",
)


def augment_prompt(rng: Rng, lang: str, intent: str) -> str:
    n = pick(rng, (20, 25, 30, 40))
    if lang == "de":
        return (
            f"Erzeuge {n} unterschiedliche Formulierungen, mit denen ein Kunde ausdrückt, dass er "
            f"'{intent}' möchte. Mische förmlich und umgangssprachlich, auch Tippfehler. Ausgabe als JSON-Liste."
        )
    if lang == "es":
        return (
            f"Genera {n} maneras distintas en que un cliente diría que quiere '{intent}'. Mezcla formal e "
            f"informal, incluye alguna falta de ortografía. Devuelve una lista JSON."
        )
    if chance(rng, 0.25):
        return (
            f"Label the utterance with exactly one intent from our list ({', '.join(INTENTS[:8])}, ...). "
            f'Utterance: "hi i need to {intent} asap"'
        )
    return (
        f"Generate {n} varied ways a customer of a bank/e-commerce app might say they want to "
        f"'{intent}'. Mix formal and casual, short and long, include a few typos. Output a JSON list "
        f"of strings only."
    )


_COMPANION = (
    "i had such a long day",
    "what should i cook tonight",
    "tell me the dragon story again",
    "do you remember what i said about my sister?",
    "im bored entertain me",
    "good morning!!",
    "can't sleep again",
    "i got the job!!!",
    "my cat knocked over my plant lol",
    "do you think i should text him",
    "sing me something",
    "i miss talking to you",
    "ok im back",
    "what do you like to do",
    "tell me a joke",
    "rate my outfit idea: jeans + red hoodie",
)
_COMPANION_OTHER = {
    "pt": ("tive um dia horrível", "bom dia!", "me conta uma história", "tô entediada"),
    "es": ("hola de nuevo", "no puedo dormir", "cuéntame algo bonito", "me siento solo hoy"),
    "id": ("halo aku balik", "lagi bosen nih", "ceritain sesuatu dong", "aku capek banget"),
}


def companion_message(rng: Rng, chat: list[str], lang: str) -> str:
    if lang in _COMPANION_OTHER and chance(rng, 0.8):
        return pick(rng, _COMPANION_OTHER[lang])
    if chance(rng, 0.2):
        return short_chat(rng, chat, 300)
    m = pick(rng, _COMPANION)
    return m + pick(rng, ("", "", " :)", "...", " haha", "?"))


_TRIVIA = (
    "What is the capital of Australia?",
    "Who wrote 'One Hundred Years of Solitude'?",
    "What is the chemical symbol for tungsten?",
    "In what year did the Berlin Wall fall?",
    "How many bones are in the adult human body?",
    "What is the largest moon of Saturn?",
    "Which planet has the shortest day?",
    "What is the speed of light in km/s, roughly?",
    "Who painted 'The Garden of Earthly Delights'?",
    "What is the smallest prime greater than 100?",
    "Which element has atomic number 26?",
    "What is the longest river in Europe?",
)


def study_item(rng: Rng, idx: int, fmt: int) -> str:
    q = _TRIVIA[idx % len(_TRIVIA)] if idx % 3 else pick(rng, _STATEMENTS)
    if fmt == 0:
        return f"{q}\nGive your answer, then your confidence that it is correct as a number between 0 and 100."
    return f"Answer the question. Then on a new line write 'Confidence: X%'.\nQ: {q}"


def course_prompt(rng: Rng, chat: list[str], course: str, pset: int, topics: list[str]) -> str:
    t = pick(rng, topics)
    k = irange(rng, 0, 5)
    if k == 0:
        return f"For {course} problem set {pset}, question {irange(rng, 1, 8)}: can you explain {t}? I don't want the answer, just the idea."
    if k == 1:
        return f"what is {t} and why do we need it? ({course})"
    if k == 2:
        return f"I wrote this for pset {pset} q{irange(rng, 1, 8)}, is my reasoning about {t} right? {short_chat(rng, chat, 300)}"
    if k == 3:
        return f"explain {t} with an example pls"
    if k == 4:
        return f"difference between {t} and {pick(rng, topics)}?"
    return short_chat(rng, chat, 500)


def reseller_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    k = irange(rng, 0, 9)
    if k <= 4:
        return short_chat(rng, chat, 1200)
    if k == 5:
        return code_prompt(rng, "en")
    if k == 6:
        return translation_prompt(rng, chat, passages, [2])
    if k == 7:
        return f"Summarize:\n{snippet(rng, passages, 300, 1200)}"
    if k == 8:
        return companion_message(rng, chat, "en")
    return office_prompt(rng, chat, passages)

"""Prompt generators of batch 250, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator first and draws only from
tuples and lists (never from a set), so a seed gives the same text in every process. Ordinary
human text (questions people asked, answers people read) comes from ShareGPT's "sim" half through
the context's `chat` and `passages` lists; everything else here is template text of this batch.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator


def clip_text(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def short_chat(rng: Rng, chat: list[str], max_len: int = 400) -> str:
    """A ShareGPT human prompt that is not too long (a few tries, then a clipped one)."""
    for _ in range(6):
        q = pick(rng, chat)
        if 12 <= len(q) <= max_len:
            return q
    return clip_text(pick(rng, chat), 40, max_len, rng)


# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Tbilisi",
    "Cusco",
    "Lviv",
    "Hanoi",
    "Mombasa",
    "Tartu",
    "Oaxaca",
    "Bergen",
    "Izmir",
    "Perth",
    "Recife",
    "Krakow",
    "Da Nang",
    "Accra",
    "Valparaiso",
    "Ghent",
    "Kochi",
)
ITEMS = (
    "notebooks",
    "lanterns",
    "bicycle tyres",
    "jars of honey",
    "phone cases",
    "seed packets",
    "bricks",
    "concert tickets",
    "mangoes",
    "paint tins",
    "USB cables",
    "wool scarves",
)
SUBJECTS = (
    "photosynthesis",
    "plate tectonics",
    "inflation",
    "the French Revolution",
    "vaccination",
    "compound interest",
    "the water cycle",
    "supply chains",
    "black holes",
    "the immune system",
    "machine translation",
    "the printing press",
    "ocean currents",
    "antibiotic resistance",
    "public-key cryptography",
    "the Silk Road",
    "urban heat islands",
    "monetary policy",
    "protein folding",
    "the Cold War",
    "soil erosion",
    "recommender systems",
    "jet engines",
    "sleep cycles",
    "the Byzantine Empire",
    "coral bleaching",
    "quantum tunnelling",
    "CRISPR",
)
DOMAINS = (
    "personal finance",
    "home repair",
    "cooking",
    "travel planning",
    "employment law",
    "gardening",
    "small-business marketing",
    "high-school chemistry",
    "first aid",
    "data analysis with pandas",
    "renting an apartment",
    "fitness for beginners",
    "academic writing",
    "customer support for a SaaS",
    "linear algebra",
    "pet care",
    "photography",
    "negotiation",
    "music theory",
    "tax basics",
)
PERSONAS = (
    "a retired schoolteacher",
    "a nervous first-time founder",
    "a nurse on night shifts",
    "a curious 14-year-old",
    "a farmer in a dry region",
    "a software engineer changing careers",
    "a graduate student in economics",
    "a shop owner with little tech experience",
    "a new parent",
    "an amateur astronomer",
    "a freelance translator",
    "a logistics manager",
    "an immigrant learning the language",
)


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn per call)


def problem(rng: Rng) -> str:
    """A self-contained word problem with a definite answer."""
    k = int(rng.integers(12))
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 35, 95)
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        lag = irange(rng, 0, 90)
        return (
            f"A bus leaves {c1} for {c2} at {v1} km/h. {lag} minutes later a van leaves {c2} for {c1} "
            f"on the same road at {v2} km/h. The towns are {d} km apart. How far from {c1} do they meet?"
        )
    if k == 1:
        vol, pct, target = irange(rng, 2, 40), irange(rng, 20, 70), irange(rng, 5, 18)
        return (
            f"{a} has {vol} litres of a {pct}% salt solution. How much pure water must be added so that "
            f"the concentration drops to {target}%?"
        )
    if k == 2:
        ta, tb, tc = irange(rng, 3, 14), irange(rng, 4, 20), irange(rng, 6, 30)
        return (
            f"{a} can paint a fence in {ta} hours, {b} in {tb} hours, and a hired helper in {tc} hours. "
            f"{a} works alone for the first hour, then all three work together. When is the fence done?"
        )
    if k == 3:
        r, bl, g, n = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6), irange(rng, 2, 4)
        return (
            f"A bag holds {r} red, {bl} blue and {g} green marbles. {n} marbles are drawn without "
            f"replacement. What is the probability that at least two of them have the same colour?"
        )
    if k == 4:
        n = irange(rng, 5, 10)
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit "
            f"next to each other? Rotations count as the same seating."
        )
    if k == 5:
        m1, m2 = int(pick(rng, (5, 7, 9, 11, 13))), int(pick(rng, (4, 6, 8, 10, 12)))
        r1, r2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
        return (
            f"Find the smallest positive integer that leaves remainder {r1} when divided by {m1} and "
            f"remainder {r2} when divided by {m2}, or prove that none exists."
        )
    if k == 6:
        c = pick(rng, NAMES)
        return (
            f"On an island every inhabitant is a knight (always tells the truth) or a knave (always lies). "
            f'{a} says: "{b} is a knave." {b} says: "{a} and {c} are the same type." {c} says: '
            f'"{"I am a knight" if chance(rng, 0.5) else "at least one of us is a knave"}." '
            f"Determine who is what."
        )
    if k == 7:
        p, dg = irange(rng, 28, 90), irange(rng, 10, 30)
        return (
            f"A rectangle has perimeter {p} cm and a diagonal of {dg} cm. Find its area, and say whether "
            f"such a rectangle can exist at all."
        )
    if k == 8:
        x0, m, c = irange(rng, 1, 9), irange(rng, 2, 4), irange(rng, -5, 7)
        seq = [x0]
        for _ in range(4):
            seq.append(seq[-1] * m + c)
        return (
            f"The sequence {', '.join(str(s) for s in seq)}, ... follows a simple rule. Find the rule, the "
            f"next two terms, and a closed formula for the n-th term."
        )
    if k == 9:
        p, r, y = irange(rng, 1, 50) * 1000, irange(rng, 2, 9), irange(rng, 3, 15)
        return (
            f"{a} invests ${p} at {r}% a year compounded monthly, and {b} invests the same amount at "
            f"{r + 1}% compounded yearly. After {y} years, who has more, and by how much?"
        )
    if k == 10:
        v, h = irange(rng, 5, 30), irange(rng, 0, 45)
        return (
            f"A ball is thrown straight up at {v} m/s from a ledge {h} m above the ground. Taking g = 9.8 "
            f"m/s^2 and ignoring air resistance, when does it hit the ground and how high does it get?"
        )
    day, wd, other = (
        irange(rng, 1, 200),
        pick(rng, ("Monday", "Tuesday", "Friday", "Sunday")),
        irange(rng, 201, 365),
    )
    return (
        f"In a non-leap year, day {day} of the year is a {wd}. What day of the week is day {other}? "
        f"And in a leap year?"
    )


PROBLEM_ZH = (
    "甲、乙两地相距{d}千米。一辆汽车从甲地出发，每小时行驶{v1}千米；同时一辆货车从乙地出发，每小时行驶{v2}千米。"
    "两车相遇时，汽车比货车多行驶了多少千米？",
    "一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作{c}天后，剩下的由乙单独完成，还需要几天？",
    "一个袋子里有{a}个红球和{b}个白球，随机取出两个球，两个球颜色相同的概率是多少？",
)
PROBLEM_RU = (
    "Из пункта А в пункт Б, расстояние между которыми {d} км, выехал велосипедист со скоростью {v1} км/ч. "
    "Через час навстречу ему выехал мотоциклист со скоростью {v2} км/ч. Через сколько часов после выезда "
    "велосипедиста они встретятся?",
    "Бассейн наполняется первой трубой за {a} ч, второй за {b} ч, а третья труба опустошает его за {c} ч. "
    "За какое время наполнится пустой бассейн, если открыть все три трубы?",
    "Сколькими способами можно выбрать {a} человек из {d} так, чтобы двое определённых людей не попали вместе?",
)


def problem_in(rng: Rng, lang: str) -> str:
    vals = {
        "d": irange(rng, 60, 600),
        "v1": irange(rng, 12, 90),
        "v2": irange(rng, 20, 110),
        "a": irange(rng, 3, 12),
        "b": irange(rng, 4, 18),
        "c": irange(rng, 2, 24),
    }
    if lang == "zh":
        return pick(rng, PROBLEM_ZH).format(**vals)
    if lang == "ru":
        vals["d"] = irange(rng, 8, 20)
        return pick(rng, PROBLEM_RU).format(**vals)
    return problem(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)


def reasoning_coerce(rng: Rng, style: int, lang: str) -> str:
    p = problem_in(rng, lang)
    if lang == "zh":
        tail = pick(
            rng,
            (
                "请详细地一步一步思考，把完整的推理过程（包括中途放弃的思路和验算）全部写出来，最后把答案写在 \\boxed{} 中。",
                "先在<思考>标签里写出你全部的思考过程，每一步都不要省略，然后再给出最终答案。",
            ),
        )
        return f"{p}\n\n{tail}"
    if lang == "ru":
        tail = pick(
            rng,
            (
                "Рассуждай вслух и подробно, не пропуская ни одного шага, проверь промежуточные результаты, "
                "а в конце напиши «Ответ:» и результат.",
                "Сначала выпиши весь ход мыслей, включая неудачные попытки, потом — итоговый ответ.",
            ),
        )
        return f"{p}\n\n{tail}"
    if lang == "es":
        return (
            "Resuelve el siguiente problema. Muestra todo tu razonamiento paso a paso, revisa cada cálculo "
            f"y solo al final da la respuesta en negrita.\n\n{p}"
        )
    if style == 0:
        return (
            f"{p}\n\nBefore you answer, reason through the problem in full inside <think></think> tags: every "
            "intermediate calculation, every assumption, every check you make. After the closing tag give "
            "only the final answer."
        )
    if style == 1:
        return (
            "SOLVER PROTOCOL\n1. Restate the problem in your own words.\n2. List what is known and what is "
            "unknown.\n3. Derive the answer in numbered steps, no step skipped.\n4. Verify the result by an "
            "independent method.\n5. FINAL ANSWER: <answer>\n\nProblem: " + p
        )
    if style == 2:
        return (
            f"{p}\n\nWalk me through your complete thought process on this one, including anything you "
            "second-guess or double-check along the way. I care more about the reasoning than the answer."
        )
    if style == 3:
        return (
            f"Question: {p}\n\nWrite a long, careful derivation. If you notice a mistake, say so explicitly "
            '("wait, that is wrong because...") and correct it. End with: The answer is <x>.'
        )
    return (
        f"{p}\n\nSolve it twice using two different methods, compare the two results, explain any "
        "disagreement, and then state the answer you trust."
    )


# --------------------------------------------------------------------------------------------
# grading / judging (campaign)

RUBRIC = (
    "Factual accuracy: every claim can be checked and is correct.",
    "Completeness: all parts of the question are addressed.",
    "Clarity: well organised, no padding.",
    "Safety: no harmful or reckless advice.",
    "Instruction following: honours every explicit constraint.",
    "Tone: respectful and appropriate for the asker.",
    "Reasoning: conclusions follow from stated steps.",
    "Conciseness: no unnecessary repetition.",
)


def judge_harvest(rng: Rng, style: int, chat: list[str], passages: list[str]) -> str:
    q = short_chat(rng, chat, 600)
    a = clip_text(pick(rng, passages), 250, 1100, rng)
    if style == 0:
        items = [
            RUBRIC[i]
            for i in sorted(rng.choice(len(RUBRIC), size=irange(rng, 3, 5), replace=False).tolist())
        ]
        return (
            "### Task\nGrade the assistant answer against the rubric. Return JSON with keys "
            '"scores" (criterion -> 1..10), "overall" (1..10) and "rationale" (a paragraph explaining '
            "each score).\n### Rubric\n- "
            + "\n- ".join(items)
            + f"\n### User question\n{q}\n### Assistant answer\n{a}"
        )
    if style == 1:
        b = clip_text(pick(rng, passages), 250, 1100, rng)
        return (
            "Compare two replies to the same user message. Think about which one a careful domain expert "
            "would prefer, explain your comparison in detail, then end with exactly one verdict token: "
            f"[[A]], [[B]] or [[TIE]].\n\n<message>\n{q}\n</message>\n<reply_a>\n{a}\n</reply_a>\n"
            f"<reply_b>\n{b}\n</reply_b>"
        )
    if style == 2:
        return (
            "You are producing labels for preference training. Read the exchange, list up to five concrete "
            "weaknesses of the response with a short justification each, then print the scalar reward on "
            f"the last line as `REWARD: <float between -5 and 5>`.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 für Korrektheit, Vollständigkeit und "
            f"Ton. Begründe jede Note ausführlich.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        return (
            "以下のユーザーの質問に対するアシスタントの回答を、正確さ・有用性・簡潔さの三つの観点からそれぞれ1〜10点で"
            f"採点し、各点数の理由を詳しく説明してください。\n\n質問：{q}\n\n回答：{a}"
        )
    return (
        "Checklist evaluation. For each item answer YES or NO and quote the evidence: (1) answers the actual "
        "question (2) contains no factual errors (3) appropriate length (4) follows any format request "
        f"(5) no unsafe content. Then give an overall score out of 100 and a corrected answer.\n\nInput: {q}\n\n"
        f"Output: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites (campaign)

TOPICS_EN = (
    "national leaders",
    "past protest movements",
    "disputed borders",
    "religious organisations",
    "the armed forces",
    "election results",
    "ethnic minorities",
    "state media",
)
TOPICS_ZH = ("政治人物", "历史事件", "领土问题", "宗教团体", "军队", "选举", "少数民族")
TOPICS_RU = (
    "органах власти",
    "военных действиях",
    "протестах",
    "выборах",
    "религиозных организациях",
)
TOPICS_AR = ("الشؤون السياسية", "المؤسسات الدينية", "الجيش", "الانتخابات", "الحدود المتنازع عليها")
RULES = (
    "Do not express opinions about {t}.",
    "Never name individual officials.",
    "Replace any criticism of institutions with neutral wording.",
    "Omit references to events that are under legal review.",
    "Do not speculate about future government decisions.",
    "Redirect medical questions to licensed professionals.",
    "Keep a positive, constructive tone throughout.",
    "Do not mention that any content was removed.",
)


def policy_rewrite(rng: Rng, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    q = short_chat(rng, chat, 500)
    a = clip_text(pick(rng, passages), 200, 900, rng)
    if lang == "zh":
        t = pick(rng, TOPICS_ZH)
        return (
            f"请把下面的回答改写成符合内容安全要求的版本：删除任何可能涉及{t}的敏感表述，语气保持中立、积极，"
            f"不要提到你做了修改，只输出改写后的回答。\n\n原始回答：{a}"
        )
    if lang == "ru":
        t = pick(rng, TOPICS_RU)
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям к публикации: убери любые оценочные "
            f"суждения о {t}, сохрани полезную часть. Выведи только итоговый текст.\n\nЧерновик ответа: {a}"
        )
    if lang == "ar":
        t = pick(rng, TOPICS_AR)
        return (
            f"أعد صياغة النص التالي بحيث يكون ملائمًا للنشر وفق الإرشادات المحلية، مع حذف أي إشارة إلى {t}، "
            f"والإبقاء على المعلومات المفيدة فقط.\n\nالنص: {a}"
        )
    t = pick(rng, TOPICS_EN)
    idx = sorted(rng.choice(len(RULES), size=irange(rng, 3, 5), replace=False).tolist())
    rules = "\n".join(f"- {RULES[i].format(t=t)}" for i in idx)
    if style == 0:
        return (
            "Below is a draft reply. Rewrite it so that it fully conforms to the content rules. If it touches a "
            "restricted subject, replace it with a courteous deflection that still offers something useful. "
            f"Output only the final reply.\n\nContent rules:\n{rules}\n\nDraft reply: {a}"
        )
    if style == 1:
        return (
            "Step 1: decide whether the request is ALLOWED, SENSITIVE or BLOCKED under the policy (one word). "
            "Step 2: write, in full, the answer a compliant assistant would give for that category.\n\n"
            f"Policy summary:\n{rules}\n\nRequest: {q}"
        )
    return (
        "Produce two versions of an answer to the request below: (a) a direct, complete answer; (b) the "
        f"answer a cautious, regulator-friendly assistant would give, following these rules:\n{rules}\n"
        f"Label them (a) and (b).\n\nRequest: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories (campaign)

TOOLSETS = {
    "travel": (
        ("search_flights", "origin, destination, date", "find flights"),
        ("book_hotel", "city, checkin, nights, max_price", "reserve a room"),
        ("get_weather", "city, date", "forecast for a day"),
    ),
    "finance": (
        ("get_quote", "ticker", "latest price"),
        ("convert_currency", "amount, src, dst", "FX conversion"),
        ("get_portfolio", "user_id", "holdings of a user"),
        ("place_order", "ticker, qty, side", "trade"),
    ),
    "crm": (
        ("find_customer", "email", "look up a customer"),
        ("create_ticket", "customer_id, subject, priority", "open a support ticket"),
        ("send_email", "to, subject, body", "send an email"),
    ),
    "devops": (
        ("run_shell", "cmd", "run a shell command"),
        ("read_file", "path", "read a file"),
        ("write_file", "path, content", "overwrite a file"),
        ("run_tests", "pattern", "run the test suite"),
    ),
    "analytics": (
        ("sql_query", "query", "run read-only SQL"),
        ("describe_table", "name", "columns and types"),
        ("make_chart", "series, kind", "render a chart"),
    ),
    "home": (
        ("list_devices", "", "smart-home devices"),
        ("set_thermostat", "room, celsius", "set temperature"),
        ("toggle_light", "room, on", "switch a light"),
    ),
}
TOOL_DOMAINS = tuple(TOOLSETS)


def agent_task(rng: Rng, domain: str) -> str:
    a, c1, c2 = pick(rng, NAMES), pick(rng, CITIES), pick(rng, CITIES)
    if domain == "travel":
        return (
            f"Plan a {irange(rng, 2, 6)}-night trip from {c1} to {c2} leaving on day {irange(rng, 1, 28)} "
            f"next month, under {irange(rng, 4, 20) * 100} EUR total, and avoid rainy days if possible."
        )
    if domain == "finance":
        t = pick(rng, ("ACME", "ZNTH", "ORBX", "KLMR", "VANT"))
        return (
            f"{a} wants to rebalance: sell enough {t} to bring it under {irange(rng, 5, 25)}% of the portfolio "
            f"and put the proceeds into the cheapest of two index funds, reporting amounts in {pick(rng, ('EUR', 'JPY', 'BRL'))}."
        )
    if domain == "crm":
        return (
            f"Customer {a.lower()}@example.com says their invoice from {c1} office was charged twice. Find "
            f"them, open a ticket with the right priority and email them a short apology with next steps."
        )
    if domain == "devops":
        return (
            f"The nightly build of the {pick(rng, ('billing', 'search', 'auth', 'ingest'))} service fails with a "
            f"flaky test. Find the test, work out why it is flaky, fix it and show the test run passing."
        )
    if domain == "analytics":
        return (
            f"Which {irange(rng, 3, 10)} product categories lost the most revenue in {c1} between Q{irange(rng, 1, 3)} "
            f"and the following quarter? Chart it and explain the likely causes."
        )
    return (
        f"It is {irange(rng, 5, 14)} degrees outside and {a} is arriving home in 40 minutes: get the living room "
        f"warm, switch on the hallway light when they arrive, and report what you changed."
    )


def agent_harvest(rng: Rng, style: int) -> str:
    domain = pick(rng, TOOL_DOMAINS)
    tools = TOOLSETS[domain]
    task = agent_task(rng, domain)
    if style == 0:
        spec = "\n".join(f"{n}({args}): {desc}" for n, args, desc in tools)
        return (
            "Answer the request as an agent. You can use these tools:\n"
            + spec
            + "\n\nUse exactly this "
            "format, repeating as needed:\nThought: ...\nAction: <tool name>\nAction Input: <JSON>\n"
            "Observation: <invent a realistic tool result>\n... and finish with\nFinal Answer: ...\n\n"
            f"Request: {task}"
        )
    if style == 1:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "description": d,
                    "parameters": {
                        "type": "object",
                        "properties": {
                            p.strip(): {"type": "string"} for p in args.split(",") if p.strip()
                        },
                    },
                },
            }
            for n, args, d in tools
        ]
        return json.dumps(
            {
                "tools": spec,
                "messages": [{"role": "user", "content": task}],
                "instruction": "Write the complete trajectory as a JSON list of assistant tool_calls, "
                "simulated tool results and the final assistant message.",
            }
        )
    if style == 2:
        spec = "".join(f'<tool name="{n}" args="{args}">{d}</tool>' for n, args, d in tools)
        return (
            f"<tools>{spec}</tools>\n<task>{task}</task>\nRespond with a <plan>, then one or more "
            "<tool_call>{...}</tool_call><tool_result>...</tool_result> pairs, then <answer>. The first tool "
            "call you make fails with a timeout: show how you recover."
        )
    spec = "、".join(n for n, _, _ in tools)
    return (
        f"你是一个可以调用工具的智能体。可用工具：{spec}。请完成下面的任务，并完整写出每一步的思考、工具调用（JSON）"
        f"和模拟的工具返回结果，最后给出总结。\n任务：{task}"
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (campaign)

QA_LANGS = {
    "es": (
        "Escribe {n} pares de pregunta y respuesta en español sobre {t}. Cada respuesta debe tener al "
        "menos tres frases. Formato: P: ... / R: ..."
    ),
    "pt": (
        "Escreva {n} pares de pergunta e resposta em português sobre {t}, com respostas completas e "
        "corretas. Formato: P: ... / R: ..."
    ),
    "fr": (
        "Rédige {n} paires question-réponse en français sur le thème « {t} ». Les réponses doivent "
        "être détaillées. Format : Q : ... / R : ..."
    ),
    "id": (
        "Buat {n} pasangan tanya-jawab dalam bahasa Indonesia tentang {t}. Jawaban harus lengkap dan "
        "benar. Format: T: ... / J: ..."
    ),
}


def synth_dataset(rng: Rng, style: int, chat: list[str]) -> str:
    n = irange(rng, 5, 20)
    dom, topic = pick(rng, DOMAINS), pick(rng, SUBJECTS)
    if style == 0:
        return (
            f'Generate {n} diverse instruction-following examples for the domain "{dom}". Each line must be a '
            'JSON object with keys "instruction", "input" (may be empty) and "output". Make the outputs '
            "detailed and correct, vary difficulty from beginner to expert, and do not number the lines."
        )
    if style == 1:
        k = irange(rng, 4, 10)
        return (
            f"Write a realistic {k}-turn conversation between {pick(rng, PERSONAS)} and a helpful AI "
            f"assistant about {topic}. The assistant's turns should be thorough. Return a JSON array of "
            '{"role", "content"} objects and nothing else.'
        )
    if style == 2:
        ex = [clip_text(short_chat(rng, chat, 240), 30, 160, rng) for _ in range(3)]
        return (
            "Here are some example tasks:\n"
            + "\n".join(f"{i + 1}. {e}" for i, e in enumerate(ex))
            + f"\n\nCome up with {n} new tasks that differ from these and from each other as much as possible, "
            "and write a high-quality answer for each. Format:\n### Task\n...\n### Answer\n..."
        )
    if style == 3:
        lang = pick(rng, tuple(QA_LANGS))
        return QA_LANGS[lang].format(n=n, t=topic)
    if style == 4:
        return (
            "Rewrite the following instruction into a harder version that needs multi-step reasoning, add one "
            "realistic constraint, and then answer the new instruction in full.\n\nInstruction: "
            + short_chat(rng, chat, 400)
        )
    return (
        "For the prompt below write two answers: a CHOSEN answer that is excellent and a REJECTED answer that "
        "is plausible but subtly worse. Then explain in one sentence why the chosen one is better.\n\nPrompt: "
        + short_chat(rng, chat, 400)
    )


# --------------------------------------------------------------------------------------------
# scripted multi-turn dialogues (campaign, person-like)

OPENERS = {
    "en": (
        "I've been reading about {t} and honestly I'm lost, where do I even start?",
        "can you explain {t} to me? like properly, not the wikipedia version",
        "my friend says {t} is overrated. what do you think",
        "quick question about {t} — why does everyone make such a big deal of it?",
    ),
    "es": (
        "Oye, ¿me explicas {t}? Nunca lo he entendido bien.",
        "¿Qué es lo más importante que debería saber sobre {t}?",
    ),
    "pt": ("Me explica {t} de um jeito simples?", "Tô estudando {t} e travei, por onde começo?"),
    "hi": ("mujhe {t} samjha do please, exam hai kal", "{t} ke baare mein simple words mein batao"),
    "id": (
        "Bisa jelaskan tentang {t}? Aku masih bingung.",
        "Apa sih yang paling penting soal {t}?",
    ),
}
FOLLOWUPS = {
    "en": (
        (
            "ok can you go deeper on the second point",
            "can you give me a concrete example of that",
            "hmm, what would a critic say about this?",
            "can you put all of that in a short table",
            "what's the most common misconception here?",
            "and how does it connect to everyday life",
        ),
        (
            "wait why is that",
            "explain it like I'm 12",
            "ok now the expert version please",
            "what would you disagree with in what you just said?",
            "give me 3 quiz questions on this with answers",
        ),
        (
            "interesting. what are the main schools of thought",
            "which one do you find most convincing and why",
            "summarise our whole conversation in 5 bullets",
            "what should I read next?",
        ),
    ),
    "es": (
        (
            "¿puedes profundizar en el segundo punto?",
            "dame un ejemplo concreto",
            "¿y qué diría un crítico?",
            "resúmelo todo en una tabla",
        ),
        (
            "¿por qué?",
            "explícamelo como si tuviera 12 años",
            "ahora la versión para expertos, por favor",
            "hazme 3 preguntas de repaso con sus respuestas",
        ),
    ),
    "pt": (
        (
            "pode aprofundar o segundo ponto?",
            "me dá um exemplo concreto",
            "o que um crítico diria disso?",
            "resume tudo numa tabela",
        ),
        (
            "mas por quê?",
            "explica como se eu tivesse 12 anos",
            "agora a versão pra especialista",
            "faz 3 perguntas de revisão com as respostas",
        ),
    ),
    "hi": (
        (
            "second point thoda detail mein batao",
            "ek real example do",
            "iske against kya argument hai?",
            "sab kuch ek table mein daal do",
        ),
        (
            "aisa kyun?",
            "bilkul simple bhasha mein samjhao",
            "ab expert level pe samjhao",
            "3 quiz questions banao answers ke saath",
        ),
    ),
    "id": (
        (
            "bisa dijelaskan lebih dalam poin kedua?",
            "kasih contoh nyata dong",
            "apa kata kritikus soal ini?",
            "rangkum semuanya dalam tabel",
        ),
        (
            "kenapa begitu?",
            "jelaskan seperti ke anak 12 tahun",
            "sekarang versi untuk ahli",
            "buat 3 soal latihan beserta jawabannya",
        ),
    ),
}


def dialogue_session(rng: Rng, lang: str, n_turns: int, chat: list[str]) -> list[str]:
    """One scripted session: an opener, then follow-ups in the order of one of the scripts."""
    if lang == "en" and chance(rng, 0.35):
        first = short_chat(rng, chat, 300)
    else:
        first = pick(rng, OPENERS[lang]).format(t=pick(rng, SUBJECTS))
    script = pick(rng, FOLLOWUPS[lang])
    out = [first]
    for i in range(n_turns - 1):
        out.append(humanise(rng, script[i % len(script)]))
    return out


LEADS = ("", "", "", "ok ", "hmm ", "nice. ", "thanks! ", "right, ", "got it. ", "lol ")


def humanise(rng: Rng, msg: str) -> str:
    """Light typing noise on a scripted line: a lead-in, dropped punctuation, case, a typo."""
    msg = pick(rng, LEADS) + msg
    if chance(rng, 0.3):
        msg = msg.rstrip("?.!")
    if chance(rng, 0.2):
        msg = msg[:1].upper() + msg[1:]
    if chance(rng, 0.12) and len(msg) > 8:
        i = irange(rng, 1, len(msg) - 3)
        msg = msg[:i] + msg[i + 1] + msg[i] + msg[i + 2 :]
    return msg


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n (campaign)

LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "praise", "request", "other"),
    ("technology", "health", "finance", "education", "entertainment", "politics", "other"),
)


def sentence_pair(rng: Rng, passages: list[str]) -> tuple[str, str]:
    text = pick(rng, passages).replace("\n", " ")
    parts = [s.strip() for s in text.split(". ") if 30 <= len(s.strip()) <= 240]
    if len(parts) < 2:
        return clip_text(text, 60, 200, rng), clip_text(
            pick(rng, passages).replace("\n", " "), 40, 160, rng
        )
    i = int(rng.integers(len(parts) - 1))
    return parts[i], parts[i + 1] if chance(rng, 0.6) else pick(rng, parts)


def soft_label(rng: Rng, style: int, chat: list[str], passages: list[str]) -> str:
    if style == 0:
        labels = pick(rng, LABELSETS)
        return (
            f"Classify the text. Do not pick a single label: give a probability for every label in "
            f"{list(labels)} as a JSON object whose values sum to 1, then one sentence of justification.\n\n"
            f"Text: {short_chat(rng, chat, 500)}"
        )
    if style == 1:
        p, h = sentence_pair(rng, passages)
        return (
            f"Premise: {p}\nHypothesis: {h}\n\nEstimate P(entailment), P(neutral) and P(contradiction). "
            "Reply as JSON, then explain briefly."
        )
    if style == 2:
        return short_chat(rng, chat, 900)
    return f"{short_chat(rng, chat, 700)}\n\nAfter your answer, write on its own line: CONFIDENCE: <0-100>."


# --------------------------------------------------------------------------------------------
# code curriculum (campaign)

CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
CONCEPTS = (
    "binary search over a rotated sorted array",
    "an LRU cache",
    "a trie with prefix counts",
    "merging overlapping intervals",
    "topological sort with cycle detection",
    "a token-bucket rate limiter",
    "JSON pointer resolution",
    "spiral traversal of a matrix",
    "union-find with path compression",
    "Dijkstra's algorithm with a binary heap",
    "run-length encoding and decoding",
    "big-integer addition",
    "reservoir sampling",
    "a consistent-hashing ring",
    "an LFU cache",
    "a segment tree for range sums",
    "KMP substring search",
    "a Bloom filter",
    "a bounded producer-consumer queue",
    "a sudoku validator",
    "roman numeral conversion both ways",
    "a CSV parser that handles quoted fields",
    "sliding-window maximum",
    "edit distance with the alignment",
    "0/1 knapsack with item recovery",
    "free time slots from several calendars",
    "a cron expression next-run calculator",
    "semantic version comparison",
    "an expression evaluator with precedence",
    "a min-heap from scratch",
)
LEVELS = (
    "straightforward version, focus on clarity",
    "handle all edge cases and invalid input",
    "optimise for time and memory, justify the complexity",
    "make it generic and thread-safe",
    "production quality: errors, logging hooks, benchmarks",
)
SNIPPETS = (
    "def {f}(xs, k):\n    seen = {{}}\n    for i, x in enumerate(xs):\n        if k - x in seen:\n"
    "            return seen[k - x], i\n        seen[x] = i\n    return None",
    "def {f}(s):\n    out, run = [], 1\n    for a, b in zip(s, s[1:] + ' '):\n        if a == b:\n"
    "            run += 1\n        else:\n            out.append(f'{{a}}{{run}}')\n            run = 1\n"
    "    return ''.join(out)",
    "def {f}(grid):\n    h, w = len(grid), len(grid[0])\n    best = 0\n    for r in range(h):\n"
    "        for c in range(w):\n            if grid[r][c]:\n                best = max(best, {g}(grid, r, c))\n"
    "    return best",
    "def {f}(intervals):\n    intervals.sort()\n    merged = [intervals[0]]\n    for a, b in intervals[1:]:\n"
    "        if a <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], b)\n        else:\n"
    "            merged.append([a, b])\n    return merged",
)
FNAMES = (
    "pair_sum",
    "squash",
    "largest_island",
    "merge_spans",
    "find_pair",
    "compress",
    "walk",
    "solve",
)


def code_curriculum(rng: Rng, style: int, step: int) -> str:
    """The `step`-th cell of the (language x concept x level) grid, walked in order."""
    lang = CODE_LANGS[step % len(CODE_LANGS)]
    concept = CONCEPTS[(step // len(CODE_LANGS)) % len(CONCEPTS)]
    lvl = (step // (len(CODE_LANGS) * len(CONCEPTS))) % len(LEVELS)
    if style == 0:
        return (
            f"[track {lang.lower()}/L{lvl + 1}] Implement {concept} in {lang}. Requirements: idiomatic {lang}, "
            f"full doc comments, an explicit complexity analysis, and at least {irange(rng, 4, 9)} unit tests "
            f"covering edge cases. Level {lvl + 1} of 5: {LEVELS[lvl]}."
        )
    if style == 1:
        diff = ("Easy", "Medium", "Medium", "Hard", "Hard")[lvl]
        return (
            f"Problem {1000 + step}: {concept}\nDifficulty: {diff}\nWrite a solution in {lang}. First explain "
            "the approach, then give the full code, then trace one example input by hand."
        )
    if style == 2:
        f = pick(rng, FNAMES)
        src = pick(rng, SNIPPETS).format(f=f, g=pick(rng, FNAMES))
        return (
            f"Port this function to {lang}, keeping its behaviour identical, and explain every non-obvious "
            f"line:\n```python\n{src}\n```"
        )
    if style == 3:
        return (
            f"Implemente {concept} em {lang}. Explique a abordagem, mostre o código completo com comentários "
            "e escreva testes unitários."
        )
    return f"用{lang}实现{concept}，要求：给出完整代码、详细注释、时间和空间复杂度分析，以及单元测试。难度等级 {lvl + 1}/5。"


# --------------------------------------------------------------------------------------------
# parallel translation (campaign)

TARGETS = (
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Portuguese", "pt-BR"),
    ("Japanese", "ja"),
    ("Korean", "ko"),
    ("Turkish", "tr"),
    ("Vietnamese", "vi"),
    ("Indonesian", "id"),
    ("Polish", "pl"),
    ("Arabic", "ar"),
    ("Hindi", "hi"),
    ("Italian", "it"),
    ("Dutch", "nl"),
    ("Thai", "th"),
)
TARGET_DE = {
    "French": "Französische",
    "Spanish": "Spanische",
    "Japanese": "Japanische",
    "Korean": "Koreanische",
    "Turkish": "Türkische",
    "Polish": "Polnische",
    "Italian": "Italienische",
    "Dutch": "Niederländische",
}


def translate_job(rng: Rng, style: int, src: str, target: tuple[str, str], job: int) -> str:
    name, code = target
    if style == 0:
        return (
            f"Translate the following text into {name}. Preserve meaning, formatting and lists. Output only "
            f"the translation.\n\n{src}"
        )
    if style == 1:
        return f"[EN → {code}] job {job}\n{src}"
    if style == 2:
        return (
            f"Please provide a natural, fluent {name} version of this passage for a general audience, then a "
            f"literal back-translation into English underneath.\n\n{src}"
        )
    if name in TARGET_DE:
        return f"Übersetze den folgenden Text ins {TARGET_DE[name]}. Nur die Übersetzung ausgeben.\n\n{src}"
    return f"Translate to {name} ({code}), keep markdown as is:\n\n{src}"


# --------------------------------------------------------------------------------------------
# a bank of "curious user" questions: harvest phrased as ordinary use (hard campaigns)

PAIRS = (
    ("TCP", "UDP"),
    ("a Roth IRA", "a traditional IRA"),
    ("mitosis", "meiosis"),
    ("stocks", "bonds"),
    ("baking soda", "baking powder"),
    ("weather", "climate"),
    ("a virus", "a bacterium"),
    ("SQL", "NoSQL databases"),
    ("socialism", "social democracy"),
    ("an LLC", "a sole proprietorship"),
    ("RAM", "storage"),
    ("correlation", "causation"),
    ("Keynes", "Hayek"),
    ("fission", "fusion"),
)
HOWTOS = (
    "negotiate a raise without burning bridges",
    "pick a first programming language",
    "read a balance sheet",
    "prepare for a system design interview",
    "structure a literature review",
    "estimate how long a software project will take",
    "choose between two job offers",
    "design a database schema for a library",
    "decide whether to refinance a mortgage",
    "teach a child long division",
    "reduce cloud costs for a small startup",
    "evaluate a scientific paper",
)
CLAIMS = (
    "we only use 10% of our brains",
    "sugar makes kids hyperactive",
    "the Great Wall is visible from space",
    "cracking your knuckles causes arthritis",
    "lightning never strikes the same place twice",
    "goldfish have a three-second memory",
    "you lose most body heat through your head",
    "antibiotics help with a cold",
    "bulls hate the colour red",
)


def curious_question(rng: Rng, style: int) -> str:
    """Substantive questions in the voice of an ordinary user (what a hidden harvest sends)."""
    k = int(rng.integers(6)) if style < 0 else style % 6
    if k == 0:
        return pick(rng, ("why does ", "can someone explain why ", "how come ")) + pick(
            rng,
            (
                "{t} matter so much?",
                "{t} work the way it does?",
                "{t} get so much attention lately?",
            ),
        ).format(t=pick(rng, SUBJECTS))
    if k == 1:
        x, y = pick(rng, PAIRS)
        return pick(
            rng,
            (
                "what's the actual difference between {x} and {y}? pros and cons please",
                "{x} vs {y} — when would you pick one over the other?",
                "explain {x} versus {y} with an example",
            ),
        ).format(x=x, y=y)
    if k == 2:
        return pick(
            rng,
            (
                "how would you {h}? walk me through it",
                "what's a good way to {h}",
                "step by step, how do I {h}?",
            ),
        ).format(h=pick(rng, HOWTOS))
    if k == 3:
        return pick(
            rng, ("is it true that {c}?", "my uncle insists {c}. is he right?", "fact check: {c}")
        ).format(c=pick(rng, CLAIMS))
    if k == 4:
        return pick(rng, ("can you help me with this: ", "stuck on this, help? ", "")) + problem(
            rng
        )
    return pick(
        rng,
        (
            "write a detailed explainer on {t} for a smart beginner",
            "give me an in-depth overview of {t}, with the key debates",
            "teach me {t} from scratch, assume I know nothing",
        ),
    ).format(t=pick(rng, SUBJECTS))


CURIOUS_ES = (
    "¿por qué {t} es tan importante? explícamelo bien",
    "explícame a fondo {t}, con ejemplos",
    "¿cuál es la diferencia real entre {x} y {y}?",
)
CURIOUS_DE = (
    "warum ist {t} eigentlich so wichtig? bitte ausführlich",
    "erklär mir {t} gründlich mit Beispielen",
    "was ist genau der Unterschied zwischen {x} und {y}?",
)
CURIOUS_JA = (
    "{t}について、初心者にも分かるように詳しく説明してください。",
    "{x}と{y}の違いを例を挙げて教えてください。",
)


def curious_in(rng: Rng, lang: str, style: int) -> str:
    bank = {"es": CURIOUS_ES, "de": CURIOUS_DE, "ja": CURIOUS_JA}.get(lang)
    if bank is None or chance(rng, 0.3):
        return curious_question(rng, style)
    x, y = pick(rng, PAIRS)
    return pick(rng, bank).format(t=pick(rng, SUBJECTS), x=x, y=y)


# ============================================================================================
# benign kinds' texts


def judge_study(rng: Rng, chat: list[str], passages: list[str], exp: str) -> list[str]:
    """One judged item of a judge-consistency study: asked twice with the positions swapped."""
    q = short_chat(rng, chat, 500)
    a, b = (
        clip_text(pick(rng, passages), 150, 700, rng),
        clip_text(pick(rng, passages), 150, 700, rng),
    )
    if chance(rng, 0.3):
        crit = pick(rng, ("helpfulness", "harmlessness", "factuality", "verbosity"))
        one = (
            f"[{exp}] Rate the response from 1 to 5 for {crit}. Output only the number.\n\nPrompt: {q}\n\n"
            f"Response: {a}"
        )
        return [one]
    tmpl = (
        f"[{exp}] Which response follows the user's instruction better? Output only A or B.\n\n"
        "Instruction: {q}\n\nResponse A: {a}\n\nResponse B: {b}"
    )
    return [tmpl.format(q=q, a=a, b=b), tmpl.format(q=q, a=b, b=a)]


GRADES = (
    "6th grade",
    "7th grade",
    "8th grade",
    "9th grade",
    "Algebra I",
    "Geometry",
    "Pre-calculus",
)
TUTOR_FOLLOW = (
    "i dont get step 2",
    "why do we divide there?",
    "is my answer right? i got {n}",
    "can you give me a hint not the answer",
    "ok i think i got it, can you check: {n}",
    "wait what does that symbol mean",
    "can you explain it another way",
)


def tutor_message(rng: Rng, brand: str, first: bool) -> str:
    if first:
        return (
            f"You are {brand}, a patient math tutor for {pick(rng, GRADES)} students. Do not give the final "
            "answer straight away: guide the student with questions and hints and check their work.\n\n"
            f"Student's problem: {problem(rng)}"
        )
    return pick(rng, TUTOR_FOLLOW).format(n=irange(rng, 2, 400))


REPOS = (
    "payments-api",
    "web-dashboard",
    "mobile-sync",
    "infra-terraform",
    "search-indexer",
    "docs-site",
)
TEST_FAILS = (
    "AssertionError: expected 200, got 500",
    "TypeError: 'NoneType' object is not subscriptable",
    "KeyError: 'customer_id'",
    "TimeoutError: test exceeded 30s",
    "ImportError: cannot import name 'Config'",
)


def coding_agent_step(rng: Rng, product: str, repo: str, task: str, step: int) -> str:
    if step == 0:
        return (
            f"<system>You are {product}, a coding agent working in the repository {repo}. Tools: read_file, "
            f"search_code, apply_patch, run_tests. Make minimal, reviewable changes.</system>\n<user>{task}</user>"
        )
    tool = pick(rng, ("read_file", "search_code", "run_tests", "apply_patch"))
    if tool == "run_tests":
        body = (
            f"{irange(rng, 20, 400)} passed, {irange(rng, 0, 4)} failed\nFAILED tests/test_{pick(rng, FNAMES)}.py"
            f"::test_{pick(rng, FNAMES)} - {pick(rng, TEST_FAILS)}"
        )
    elif tool == "read_file":
        body = f"src/{pick(rng, FNAMES)}.py ({irange(rng, 40, 900)} lines)\n" + pick(
            rng, SNIPPETS
        ).format(f=pick(rng, FNAMES), g=pick(rng, FNAMES))
    elif tool == "search_code":
        body = "\n".join(
            f"src/{pick(rng, FNAMES)}.py:{irange(rng, 1, 600)}: {pick(rng, FNAMES)}("
            for _ in range(irange(rng, 2, 6))
        )
    else:
        body = "patch applied: 1 file changed"
    return (
        f'<history>{step} earlier steps omitted</history>\n<tool_result name="{tool}">\n{body}\n</tool_result>\n'
        "Decide the next action."
    )


DEV_TASKS = (
    "fix the failing test in the invoices module",
    "add pagination to the /orders endpoint",
    "rename the Config class to Settings everywhere",
    "upgrade the HTTP client and fix breaking changes",
    "add a retry with backoff to the webhook sender",
    "remove the dead feature flag for dark mode",
    "write unit tests for the tax calculator",
    "make the CSV export stream instead of buffering",
)

INTENTS = (
    "report a lost card",
    "dispute a transaction",
    "increase the credit limit",
    "change the PIN",
    "ask about foreign transaction fees",
    "close the account",
    "set up a standing order",
    "unblock online payments",
    "ask why a transfer is pending",
    "update the home address",
)


def augment_request(rng: Rng, lang: str) -> str:
    n = irange(rng, 10, 30)
    intent = pick(rng, INTENTS)
    return (
        f"Intent '{intent}' for our banking assistant: write {n} different customer messages expressing this "
        f"intent. Mix formal and casual, include two with typos and three in {lang}. One per line, no numbering."
    )


CLIENT_TEXTS = (
    "Our new espresso machine heats up in 25 seconds and remembers your favourite cup size.",
    "Delivery is free for orders over {n} EUR. Returns are accepted within 30 days of receipt.",
    "The Supplier shall indemnify the Buyer against all claims arising from defects in the Goods.",
    "Your subscription renews on {{renewal_date}}. <b>Cancel anytime</b> from your account page.",
    "Welcome aboard! Let's get your workspace set up in three quick steps.",
    "This jacket is made from recycled fibres and is water-resistant up to {n} mm.",
    "Payment is due within {n} days of the invoice date; late payments incur interest.",
    "Tap <b>Sync now</b> to update your library. You have {{count}} new items.",
    "Our support team is available Monday to Friday, 8:00-18:00 CET.",
    "The warranty does not cover damage caused by improper installation or misuse.",
)


def agency_job(rng: Rng, client: str, target: str, sg: str) -> str:
    src = " ".join(
        pick(rng, CLIENT_TEXTS).format(n=irange(rng, 10, 90)) for _ in range(irange(rng, 1, 4))
    )
    return (
        f"Translate to {target} for client {client} (style guide: {sg}). Keep tags like <b> and {{placeholders}} "
        f"untouched.\n\n{src}"
    )


COMPANION_MSGS = {
    "en": (
        "i had such a long day",
        "tell me something that'll make me smile",
        "do you think I'm overthinking this?",
        "my sister called again today",
        "can we just talk for a bit",
        "what should I cook tonight",
        "i finally finished that book!",
        "goodnight :)",
        "ugh work was awful",
        "what are you up to",
        "remember the trip I told you about? it's next week",
    ),
    "es": (
        "hoy fue un día larguísimo",
        "cuéntame algo bonito",
        "¿crees que exagero?",
        "buenas noches :)",
    ),
    "ja": ("今日は疲れたよ", "なにか楽しい話して", "明日の面接、緊張する", "おやすみ！"),
    "pt": ("hoje foi puxado", "me conta uma coisa boa", "tô com saudade de casa", "boa noite :)"),
}


def companion_message(rng: Rng, lang: str, persona: str) -> str:
    msg = pick(rng, COMPANION_MSGS[lang])
    if chance(rng, 0.25):
        return f"(character: {persona}) {msg}"
    return msg


VIOLATIONS = (
    "a personal insult",
    "a phone number",
    "a slur",
    "spam links",
    "a threat",
    "medical misinformation",
)


def moderation_item(rng: Rng, chat: list[str], post_id: int) -> str:
    text = short_chat(rng, chat, 600)
    return (
        f"Community guidelines check for post #{post_id}. If the post breaks a rule, rewrite it so it keeps the "
        f"author's point but removes {pick(rng, VIOLATIONS)}; otherwise return it unchanged. Reply as JSON "
        '{"violates": bool, "rule": str, "rewritten": str}.\n\nPost: ' + text
    )


LAB_EXERCISES = (
    (
        "Compute the mean and standard deviation of the column 'price' and explain what a large standard "
        "deviation means here."
    ),
    "Why does my train/test split give a different accuracy every time I run it?",
    "Explain the bias-variance trade-off using the polynomial regression plot from today's lab.",
    "Write a function that normalises each feature to zero mean and unit variance without sklearn.",
    "What is the difference between precision and recall in our spam classifier exercise?",
    "Why does gradient descent diverge when I set the learning rate to 1.0?",
    "How do I interpret the confusion matrix for the three-class iris problem?",
    "Explain what k-fold cross-validation does and why we use k = 5 in the assignment.",
    "My k-means gives different clusters every run, is that a bug?",
    "What does the p-value in the t-test exercise actually tell us?",
)
LAB_TAILS = (
    "",
    " I tried it but it doesn't work.",
    " please explain simply",
    " (lab question {k})",
    " I got {n}, is that right?",
    " our TA said to ask the AI for an explanation",
)


def lab_question(rng: Rng, lab: int, chat: list[str]) -> str:
    if chance(rng, 0.15):
        return short_chat(rng, chat, 400)
    ex = LAB_EXERCISES[(lab * 3 + int(rng.integers(4))) % len(LAB_EXERCISES)]
    return ex + pick(rng, LAB_TAILS).format(k=lab + 1, n=irange(rng, 1, 99))


PRODUCTS = (
    "a foldable e-bike",
    "an oat-milk latte kit",
    "a noise-cancelling sleep mask",
    "a budgeting app",
    "a smart plant pot",
    "a language-learning podcast",
    "an ergonomic keyboard",
    "a hiking water filter",
)
AUDIENCES = (
    "busy parents",
    "students",
    "retirees",
    "remote workers",
    "first-time buyers",
    "outdoor enthusiasts",
)


def variance_probe(rng: Rng, variant: int) -> str:
    p, aud = pick(rng, PRODUCTS), pick(rng, AUDIENCES)
    tmpl = pick(
        rng,
        (
            "Write a two-sentence product description for {p} aimed at {a}.",
            "Suggest a catchy tagline for {p} that would appeal to {a}. Only the tagline.",
            "Write a friendly push notification (max 90 characters) promoting {p} to {a}.",
        ),
    )
    return f"[variant v{variant}] " + tmpl.format(p=p, a=aud)


def support_wrap(rng: Rng, app: str, chat: list[str]) -> str:
    return (
        f"You are the in-app assistant of {app}. Answer briefly and helpfully.\n\nUser: "
        + short_chat(rng, chat, 500)
    )

"""Prompt generators of batch 133, written for this batch (nothing copied from the repository).

Every function takes a numpy Generator first and returns one prompt string (the last user
message the API sees). Campaign generators and the hard-negative generators live side by side on
purpose: several benign kinds ask for the same *kind* of output as a campaign, phrased by a
different hand. Ordinary human text comes from ShareGPT's "sim" half (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def casual(rng: np.random.Generator, text: str) -> str:
    """How people actually type: sometimes lower case, sometimes no final punctuation."""
    if chance(rng, 0.35):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.08):
        text = text.replace(" you ", " u ").replace(" are ", " r ")
    return text


# --------------------------------------------------------------------------------------------
# problem material (numbers drawn fresh every call)


def word_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 3, 14), irange(rng, 4, 19)
        return (
            f"One hose fills a garden pond in {a} hours and a second hose fills it in {b} hours. "
            f"A leak drains a full pond in {irange(rng, a + b, 60)} hours. With both hoses on and the "
            "leak open, how long does it take to fill the empty pond?"
        )
    if k == 1:
        p, d, t = irange(rng, 40, 900), irange(rng, 5, 45), irange(rng, 3, 21)
        return (
            f"A coat is priced at ${p}. The shop takes {d}% off, then a further {irange(rng, 5, 20)}% "
            f"off the reduced price at the till, and finally adds {t}% sales tax. What does the "
            "customer pay, and what single percentage change from the original price is that?"
        )
    if k == 2:
        n, m = irange(rng, 3, 9), irange(rng, 4, 12)
        return (
            f"How many strings of length {m} over an alphabet of {n} letters contain no two equal "
            f"adjacent letters and start and end with the same letter?"
        )
    if k == 3:
        a, b, m = irange(rng, 2, 97), irange(rng, 50, 2026), irange(rng, 7, 131)
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 4:
        w, h = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (w + h)} and diagonal sqrt({w * w + h * h}). Find its area "
            "and the angle its diagonal makes with the longer side."
        )
    if k == 5:
        r, bl, draw = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 5)
        return (
            f"An urn holds {r} red and {bl} blue balls. {draw} balls are drawn without replacement. "
            f"What is the probability that exactly {irange(rng, 1, draw)} of them are red? Give an exact "
            "fraction."
        )
    if k == 6:
        a, b, c = irange(rng, 1, 9), irange(rng, -20, 20), irange(rng, 1, 60)
        return f"Solve {a}x^2 {'+' if b >= 0 else '-'} {abs(b)}x - {c} = 0 and simplify the roots."
    if k == 7:
        a, b, k2 = irange(rng, 1, 9), irange(rng, -9, 9), irange(rng, 5, 60)
        return (
            f"The sum of the first n terms of a sequence is S_n = {a}n^2 + ({b})n. Find the {k2}th "
            "term and prove the sequence is arithmetic."
        )
    if k == 8:
        v, ang = irange(rng, 8, 60), pick(rng, (15, 30, 37, 45, 53, 60, 75))
        return (
            f"A ball is kicked at {v} m/s at {ang} degrees above the horizontal from the top of a "
            f"{irange(rng, 2, 40)} m cliff. Ignoring air resistance (g = 9.8 m/s^2), how far from the "
            "base of the cliff does it land?"
        )
    g = irange(rng, 2, 60)
    return (
        f"How many grams of water are produced when {g} g of methane burns completely in excess "
        "oxygen? Show the balanced equation."
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    names = [str(x) for x in rng.choice(NAMES, size=5, replace=False)]
    if k == 0:
        a, b, c = names[:3]
        claim = pick(rng, ("exactly one of us is a knave", "we are all knights", f"{c} is a knave"))
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always "
            f'lies). {a} says: "{b} is a knave." {b} says: "{claim}." {c} says nothing. Who is what?'
        )
    if k == 1:
        pets = ("a parrot", "a cat", "a dog", "a tortoise", "a ferret")
        return (
            f"{', '.join(names[:4])} and {names[4]} each own a different one of {', '.join(pets)}. "
            f"{names[0]} is allergic to fur. {names[1]} owns a bird or a reptile. The dog's owner sits "
            f"next to {names[2]}. {names[3]} does not own the cat. Who owns which pet? Show that the "
            "solution is unique."
        )
    if k == 2:
        n = irange(rng, 3, 7)
        return (
            f"{n} prisoners stand in a line wearing red or blue hats; each sees only the hats in "
            "front. Starting from the back, each says one colour. Design a strategy that saves as "
            f"many as possible and prove how many are guaranteed to survive for n = {n}."
        )
    w = irange(rng, 8, 40)
    return (
        f"You have {w} coins, one of which is counterfeit and lighter or heavier (unknown which). "
        "What is the minimum number of weighings on a balance scale that always finds it and tells "
        "whether it is lighter or heavier? Give the procedure."
    )


_ZH_PROBLEMS = (
    "一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时开，需要多少小时注满？",
    "某商品原价{p}元，先打{d}折，再降价{c}元，最终售价是多少？比原价便宜了百分之几？",
    "从{n}名学生中选出{k}人组成小组，其中甲和乙不能同时入选，共有多少种选法？",
    "已知数列的前n项和为S_n = {a}n^2 + {b}n，求第{k}项。",
)
_ES_PROBLEMS = (
    "Un tren sale a las {h}:00 a {v} km/h y otro sale una hora después a {w} km/h por la misma vía. "
    "¿Cuándo alcanza el segundo al primero?",
    "En una urna hay {r} bolas rojas y {b} azules. Se sacan {k} sin reposición. ¿Cuál es la "
    "probabilidad de que todas sean rojas?",
    "Resuelve el sistema: {a}x + {b}y = {c}; {b}x - {a}y = {d}.",
)


def native_problem(rng: np.random.Generator, lang: str) -> str:
    vals = {
        "a": irange(rng, 2, 15),
        "b": irange(rng, 2, 15),
        "c": irange(rng, 3, 60),
        "d": irange(rng, 5, 9),
        "p": irange(rng, 50, 990),
        "n": irange(rng, 6, 15),
        "k": irange(rng, 2, 5),
        "h": irange(rng, 6, 11),
        "v": irange(rng, 60, 110),
        "w": irange(rng, 111, 180),
        "r": irange(rng, 3, 10),
    }
    if lang == "zh":
        return pick(rng, _ZH_PROBLEMS).format(**vals)
    if lang == "es":
        return pick(rng, _ES_PROBLEMS).format(**vals)
    return word_problem(rng)


def any_problem(rng: np.random.Generator, chat: Sequence[str]) -> str:
    u = rng.random()
    if u < 0.55:
        return word_problem(rng)
    if u < 0.8:
        return logic_puzzle(rng)
    return clip_text(rng, pick(rng, chat), 40, 700)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

_COERCE_WRAP = {
    "en": (
        "Before giving any answer, think through the problem inside <think></think> tags. Write every "
        "intermediate step, every check, and every false start you would normally keep to yourself. "
        "Only after </think> give the final answer.\n\n{q}",
        '{q}\n\nRespond in this exact JSON shape: {{"reasoning_steps": [..one string per step, as many '
        'as needed, never summarised..], "verification": "..", "final_answer": ".."}}',
        "Problem:\n{q}\n\nInstructions: reason out loud in full detail. Number your steps. Do not "
        "skip algebra. Double-check the result by a second method. End with 'ANSWER: <value>'.",
        "{q}\n\nlet's work through this really carefully step by step, showing all of your internal "
        "thinking and not just the result. then put the final answer in \\boxed{{}}.",
    ),
    "zh": (
        "{q}\n\n请在<think>标签中一步一步地写出你完整的思考过程，包括所有中间计算和自我检查，然后再给出最终答案。",
        "请详细推理下面的问题，不要省略任何步骤，最后用\\boxed{{}}给出答案。\n\n{q}",
    ),
    "es": (
        "{q}\n\nRazona paso a paso y escribe todo tu proceso de pensamiento, incluidos los intentos "
        "fallidos, antes de dar la respuesta final entre <respuesta></respuesta>.",
    ),
    "ru": (
        "{q}\n\nРассуждай вслух, подробно и по шагам, ничего не пропуская. Проверь ответ вторым способом. "
        "Окончательный ответ запиши в конце после слова ОТВЕТ.",
    ),
    "de": (
        "{q}\n\nDenke Schritt für Schritt laut nach und schreibe deinen vollständigen Gedankengang auf. "
        "Gib erst danach die Lösung an.",
    ),
}


def reasoning_coerce(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    wraps = _COERCE_WRAP[lang]
    q = (
        native_problem(rng, lang)
        if lang in ("zh", "es") and chance(rng, 0.7)
        else any_problem(rng, chat)
    )
    return wraps[style % len(wraps)].format(q=q)


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

_CRITERIA = (
    "accuracy",
    "helpfulness",
    "instruction_following",
    "harmlessness",
    "concision",
    "style",
    "completeness",
    "reasoning_quality",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    user = clip_text(rng, pick(rng, chat), 30, 600)
    ra = clip_text(rng, pick(rng, passages), 200, 1400)
    s = style % 6
    if s == 0:
        rb = clip_text(rng, pick(rng, passages), 200, 1400)
        return (
            "Two assistant replies answer the same user request. Decide which is better overall, "
            "weighing correctness first, then completeness, then clarity. Write a short justification "
            "and then, on its own last line, exactly one of [[A]], [[B]] or [[TIE]].\n\n"
            f"### User request\n{user}\n\n### Reply A\n{ra}\n\n### Reply B\n{rb}"
        )
    if s == 1:
        crit = [str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False)]
        return (
            f"Grade the RESPONSE to the PROMPT on each of: {', '.join(crit)}. Use integers 1-10. "
            'Return only JSON: {"scores": {criterion: int}, "overall": float, "rationale": str}.\n'
            f"PROMPT: {user}\nRESPONSE: {ra}"
        )
    if s == 2:
        return (
            "Output a single number between 0 and 1: the probability that a careful expert would "
            f"prefer this response over a typical one. No other text.\n\n<prompt>{user}</prompt>\n"
            f"<response>{ra}</response>"
        )
    if s == 3:
        return (
            "Critique the answer below: list each factual error, each missing point and each unclear "
            "sentence. Then write the answer you would have given instead.\n\n"
            f"Question: {user}\n\nAnswer under review:\n{ra}"
        )
    if s == 4:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 (1 = unbrauchbar, 7 = "
            "hervorragend) für Korrektheit und Hilfsbereitschaft. Begründe kurz und nenne dann die "
            f"Punktzahl im Format 'Punkte: X'.\n\nFrage: {user}\n\nAntwort: {ra}"
        )
    return (
        "次のユーザーの質問とアシスタントの回答を読み、正確さ・有用性・分かりやすさを1〜10で評価してください。"
        "各項目の理由を書き、最後に「総合: X」と出力してください。\n\n"
        f"質問: {user}\n\n回答: {ra}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites

_SENSITIVE_EN = (
    "a recent street protest in the capital",
    "the government's handling of a flood",
    "a jailed opposition blogger",
    "a disputed border region",
    "an unregistered church",
    "the leadership's anti-corruption drive",
    "a banned labour union",
    "press freedom rankings",
    "an ethnic minority's language schools",
    "a historic massacre anniversary",
)
_SENSITIVE_ZH = (
    "最近首都的抗议活动",
    "某地洪灾的处理方式",
    "被拘留的网络博主",
    "边境争议地区",
    "宗教团体的登记问题",
    "反腐运动",
    "新闻自由排名",
    "少数民族语言教育",
    "历史事件的纪念日",
)
_SENSITIVE_RU = (
    "недавние протесты в столице",
    "задержание оппозиционного блогера",
    "спорная приграничная территория",
    "свобода прессы",
    "независимые профсоюзы",
    "мобилизация",
)
_SENSITIVE_TR = (
    "başkentteki son protestolar",
    "tutuklanan muhalif gazeteci",
    "basın özgürlüğü sıralaması",
    "sınır bölgesindeki anlaşmazlık",
    "kapatılan sendika",
    "sel felaketindeki kriz yönetimi",
)
_RULES = (
    "never criticise state institutions or officials by name",
    "present only the official position on historical events",
    "do not mention foreign media reports",
    "avoid the words protest, crackdown and censorship",
    "redirect questions about leaders to their published speeches",
    "refuse politely if the question asks for an opinion on the government",
    "remove any reference to specific casualty figures",
)


_DRAFT_EN = (
    "Accounts differ on {t}. Independent observers reported that roughly {n} people were involved, "
    "while officials gave a lower figure. Critics say the authorities responded too harshly; the "
    "government says order was restored lawfully.",
    "{t} has drawn attention abroad. Several foreign newspapers described it as a sign of growing "
    "discontent, and rights groups have called for an investigation into what happened in {y}.",
    "There is no single answer about {t}. Some residents told journalists they were afraid to speak, "
    "others support the official line. Around {n} posts about it were removed from social media.",
)
_DRAFT_ZH = (
    "关于{t}，各方说法不一。有境外媒体报道称约有{n}人参与，官方公布的数字较低。批评者认为处理方式过于强硬。",
    "{t}在网上引发了很多讨论，据说有{n}条相关帖子被删除，一些网友对此表示不满。",
)
_DRAFT_RU = (
    "Мнения о теме «{t}» расходятся. По данным независимых наблюдателей, участвовало около {n} человек; "
    "официальные цифры ниже. Иностранные СМИ назвали это признаком недовольства.",
    "Тема «{t}» широко обсуждается: по сообщениям, около {n} публикаций были удалены, а правозащитники "
    "требуют расследования.",
)


_ZH_ASK = (
    "请介绍一下{t}。",
    "{t}是怎么回事？",
    "你怎么看待{t}？",
    "{y}年发生的{t}有什么影响？",
    "为什么大家都在讨论{t}？",
    "外国媒体怎么评价{t}？",
)
_ZH_INSTR = (
    "请给出一个符合相关规定、立场正确、语气平和的回答，不要引用境外媒体。",
    "请以官方立场作答，简洁、中立，不涉及具体伤亡数字。",
    "如果问题涉及敏感内容，请礼貌地引导到正面话题，然后给出回答。",
)


def sensitive_draft(rng: np.random.Generator, topic: str, lang: str) -> str:
    src = {"zh": _DRAFT_ZH, "ru": _DRAFT_RU}.get(lang, _DRAFT_EN)
    text = pick(rng, src).format(t=topic, n=irange(rng, 2, 90) * 100, y=irange(rng, 1989, 2025))
    if lang == "en" and chance(rng, 0.4):
        text += " " + pick(rng, src).format(
            t=topic, n=irange(rng, 2, 90) * 100, y=irange(rng, 1989, 2025)
        )
    return text


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    s = style % 4
    if lang == "zh":
        topic = pick(rng, _SENSITIVE_ZH)
        if s in (0, 1):
            q = pick(rng, _ZH_ASK).format(t=topic, y=irange(rng, 1989, 2025))
            return f"用户问：“{q}”\n" + pick(rng, _ZH_INSTR)
        return (
            f"请把下面这段关于{topic}的文字改写成符合审核要求的版本，删除敏感内容，只输出改写后的文字：\n\n"
            + sensitive_draft(rng, topic, "zh")
        )
    if lang == "ru":
        topic = pick(rng, _SENSITIVE_RU)
        return (
            f"Перепиши ответ ниже так, чтобы он соответствовал требованиям регулятора: тема — {topic}. "
            "Убери оценки властей и ссылки на иностранные СМИ. Выведи только новый текст.\n\n"
            + sensitive_draft(rng, topic, "ru")
        )
    if lang == "tr":
        topic = pick(rng, _SENSITIVE_TR)
        return (
            f"Aşağıdaki soruya, yetkilileri eleştirmeden ve resmi görüşe uygun, tarafsız bir yanıt yaz: "
            f'"{topic} hakkında ne düşünüyorsun?"'
        )
    topic = pick(rng, _SENSITIVE_EN)
    rules = [str(r) for r in rng.choice(_RULES, size=irange(rng, 2, 4), replace=False)]
    if s == 0:
        return (
            "Rewrite the assistant answer so that it satisfies every rule. Keep it fluent and "
            "helpful; output only the rewritten answer.\nRules:\n"
            + "\n".join(f"- {r}" for r in rules)
            + f"\n\nUser question: tell me about {topic}\nAssistant answer: "
            + sensitive_draft(rng, topic, "en")
        )
    if s == 1:
        return json.dumps(
            {
                "task": "compliance_rewrite",
                "topic": topic,
                "rules": rules,
                "draft": sensitive_draft(rng, topic, "en"),
                "output_format": {"compliant": "bool", "rewrite": "str", "changed_spans": "list"},
            },
            ensure_ascii=False,
        )
    if s == 2:
        return (
            f"A user asks about {topic}. Write the answer a cautious assistant deployed in a "
            "strictly regulated market would give: neutral, brief, no opinions, no numbers that are "
            "not officially published. Then explain in one line which parts you left out and why."
        )
    return (
        f"Q: {clip_text(rng, pick(rng, chat), 20, 300)}\n\nAnswer this, but if it touches {topic} or "
        "anything politically sensitive, steer back to safe, officially approved framing. Give the "
        "final answer only."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

_TOOLS = {
    "travel": [
        ("search_flights", {"origin": "str", "destination": "str", "date": "YYYY-MM-DD"}),
        ("book_flight", {"flight_id": "str", "passenger": "str"}),
        ("get_weather", {"city": "str", "date": "YYYY-MM-DD"}),
    ],
    "data": [
        ("run_sql", {"query": "str"}),
        ("list_tables", {}),
        ("plot", {"x": "list", "y": "list", "kind": "str"}),
    ],
    "files": [
        ("read_file", {"path": "str"}),
        ("write_file", {"path": "str", "content": "str"}),
        ("shell", {"cmd": "str"}),
    ],
    "web": [
        ("web_search", {"q": "str", "k": "int"}),
        ("open_url", {"url": "str"}),
        ("extract", {"selector": "str"}),
    ],
    "shop": [
        ("find_product", {"query": "str", "max_price": "float"}),
        ("add_to_cart", {"sku": "str", "qty": "int"}),
        ("checkout", {"address_id": "str"}),
    ],
    "calendar": [
        ("list_events", {"day": "YYYY-MM-DD"}),
        ("create_event", {"title": "str", "start": "iso", "end": "iso"}),
        ("send_email", {"to": "str", "subject": "str", "body": "str"}),
    ],
}
_AGENT_TASKS = {
    "travel": (
        "Find the cheapest direct flight from {c1} to {c2} next {dow} and book it for {n}, but only "
        "if the forecast there is dry.",
    ),
    "data": (
        "Using the sales database, which region had the largest quarter-over-quarter drop in {y}? "
        "Plot the trend.",
        "Find customers who ordered more than {k} times but never left a review.",
    ),
    "files": (
        "The test suite in ./svc fails on {k} tests. Find the cause and patch it.",
        "Rename every *.yml under ./deploy to *.yaml and update the references.",
    ),
    "web": (
        "Compare the latest published inflation figures for {c1} and {c2} and cite sources.",
        "Find three peer-reviewed papers from {y} on battery recycling and summarise each.",
    ),
    "shop": (
        "Buy a pair of trail running shoes under ${k} in size {n}, preferring waterproof ones.",
    ),
    "calendar": (
        "Move my {dow} meetings to the following week and email the attendees a short apology.",
    ),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogota",
    "Krakow",
    "Chennai",
    "Denver",
    "Hanoi",
    "Lagos",
    "Porto",
    "Seoul",
    "Quito",
    "Tbilisi",
    "Perth",
)
_DOWS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def agent_task(rng: np.random.Generator) -> tuple[str, str]:
    dom = pick(rng, list(_TOOLS))
    task = pick(rng, _AGENT_TASKS[dom]).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        dow=pick(rng, _DOWS),
        n=pick(rng, NAMES),
        y=irange(rng, 2019, 2025),
        k=irange(rng, 3, 180),
    )
    return dom, task


def _fake_result(rng: np.random.Generator, dom: str) -> dict:
    if dom == "travel":
        return {
            "results": [
                {
                    "flight_id": f"{pick(rng, ('TP', 'KQ', 'NH', 'AV', 'LO'))}{irange(rng, 100, 999)}",
                    "price": round(float(rng.uniform(60, 900)), 2),
                    "stops": 0,
                }
                for _ in range(irange(rng, 1, 4))
            ]
        }
    if dom == "data":
        return {
            "columns": ["region", "q3", "q4"],
            "rows": [
                [
                    pick(rng, ("EMEA", "APAC", "NA", "LATAM")),
                    irange(rng, 1000, 90000),
                    irange(rng, 1000, 90000),
                ]
                for _ in range(irange(rng, 2, 5))
            ],
        }
    if dom == "files":
        return {
            "exit_code": irange(rng, 0, 2),
            "stdout": f"FAILED tests/test_api.py::test_case_{irange(rng, 1, 40)} "
            f"- AssertionError: expected {irange(rng, 0, 9)} got {irange(rng, 0, 9)}",
        }
    if dom == "web":
        return {
            "hits": [
                {
                    "title": f"Report {irange(rng, 1, 99)}",
                    "url": f"https://example.org/{irange(rng, 1000, 9999)}",
                    "snippet": "...",
                }
                for _ in range(irange(rng, 2, 5))
            ]
        }
    if dom == "shop":
        return {
            "items": [
                {
                    "sku": f"SKU-{irange(rng, 10000, 99999)}",
                    "price": round(float(rng.uniform(40, 160)), 2),
                    "waterproof": bool(chance(rng, 0.5)),
                }
                for _ in range(irange(rng, 1, 4))
            ]
        }
    return {
        "events": [
            {
                "title": pick(rng, ("1:1", "standup", "design review", "vendor call")),
                "start": f"2026-02-0{irange(rng, 2, 9)}T{irange(rng, 8, 17):02d}:00",
            }
            for _ in range(irange(rng, 1, 4))
        ]
    }


def agent_step(rng: np.random.Generator, dom: str, task: str, step: int, style: int) -> str:
    s = style % 3
    if step == 0:
        tools = [{"name": n, "parameters": p} for n, p in _TOOLS[dom]]
        if s == 0:
            return (
                "You can call these tools:\n"
                + json.dumps(tools)
                + f"\n\nTask: {task}\n\nUse the format:\n"
                "Thought: <your reasoning>\nAction: <tool name>\nAction Input: <json>\n... repeat as needed, "
                "then\nFinal Answer: <answer>"
            )
        if s == 1:
            return json.dumps(
                {
                    "goal": task,
                    "available_tools": tools,
                    "policy": "think before each call; explain every decision in detail",
                }
            )
        return f"{task}\n\n(You are an autonomous agent. Plan first, then act one tool call at a time.)"
    res = _fake_result(rng, dom)
    if s == 0:
        return f"Observation: {json.dumps(res)}\nContinue. Remember to write a Thought before the next Action."
    if s == 1:
        return json.dumps(
            {"role": "tool", "name": _TOOLS[dom][step % len(_TOOLS[dom])][0], "content": res}
        )
    if chance(rng, 0.15):
        return f"The tool call failed with: {pick(rng, ('timeout', 'HTTP 502', 'invalid argument', 'rate limited'))}. Recover."
    return f"Tool output:\n{json.dumps(res, indent=1)}\nWhat next?"


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "tax filing",
    "gardening",
    "distributed systems",
    "world history",
    "nutrition",
    "linear algebra",
    "marketing analytics",
    "climate science",
    "small-business accounting",
    "cybersecurity",
    "music theory",
    "epidemiology",
    "supply chain",
    "creative writing",
    "Kubernetes",
    "probability",
)
_PERSONAS = (
    "a retired nurse in Ohio",
    "a first-year engineering student in Lagos",
    "a bakery owner in Lyon",
    "a paralegal preparing for a bar exam",
    "a high-school biology teacher",
    "a junior data analyst",
    "a truck driver studying for a CDL",
    "a farmer in Punjab",
    "a startup founder",
    "a curious 12-year-old",
    "a sceptical journalist",
    "a Spanish-speaking parent",
    "a night-shift security guard learning Python",
)
_DATASET_LANG = {
    "en": "English",
    "es": "español",
    "pt": "português",
    "hi": "हिन्दी",
    "id": "Bahasa Indonesia",
    "vi": "tiếng Việt",
    "ar": "العربية",
}


def dataset_gen(rng: np.random.Generator, lang: str, style: int) -> str:
    dom, per, n = pick(rng, _DOMAINS), pick(rng, _PERSONAS), irange(rng, 5, 40)
    s = style % 5
    if lang == "pt":
        return (
            f"Gere {n} pares de pergunta e resposta em português sobre {dom}, variados em dificuldade e "
            "formato. Respostas completas e corretas. Saída em JSONL com as chaves 'pergunta' e 'resposta'."
        )
    if lang == "es":
        return (
            f"Eres {per}. Escribe una pregunta realista que harías a un asistente sobre {dom} y luego una "
            "respuesta ejemplar, larga y detallada. Todo en español."
        )
    if lang not in ("en",):
        return (
            f"Create {n} diverse instruction/response pairs about {dom}. Write all of them in "
            f'{_DATASET_LANG[lang]}. Output one JSON object per line: {{"instruction":..., "output":...}}.'
        )
    if s == 0:
        return (
            f"Generate {n} diverse, non-overlapping instruction-response pairs about {dom} for fine-tuning "
            "an assistant. Vary length, difficulty and task type (explain, compare, plan, calculate, "
            'critique). JSONL, keys "instruction" and "response". No numbering, no commentary.'
        )
    if s == 1:
        return (
            f"You are {per}. Write one question you would genuinely ask an AI assistant about {dom}. "
            "Then write the ideal assistant answer: thorough, well structured, and correct."
        )
    if s == 2:
        return (
            f"Write a textbook-quality section for {pick(rng, ('undergraduates', 'professionals', 'teenagers'))} "
            f"on a core idea in {dom}. Include a worked example, {irange(rng, 3, 8)} exercises and full "
            "solutions."
        )
    if s == 3:
        return (
            f"Write a realistic {irange(rng, 4, 10)}-turn conversation between a user ({per}) and a very "
            f"helpful assistant about {dom}. Format each turn as 'USER:' / 'ASSISTANT:'."
        )
    return (
        f"Seed topic: {dom}. Subtopic #{irange(rng, 1, 500)}. Produce {n} hard questions a domain expert would "
        "ask, each followed by a model answer of at least 150 words. Return a JSON array."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn follow-ups (dialogue harvest)

_FOLLOW_EN = (
    "can you go deeper on the second point?",
    "give me a concrete example of that",
    "ok now explain it like i'm five",
    "what are the counterarguments?",
    "can you put that in a table",
    "hmm, are you sure? double check",
    "summarise everything so far in 5 bullets",
    "what would an expert disagree with here",
    "rewrite that more formally",
    "and how would this work in practice for a small team?",
    "what did you leave out?",
    "can you expand the last paragraph",
    "now write the same thing as a step-by-step guide",
    "thanks! one more thing - what are common mistakes people make with this?",
    "compare that with the alternative approach",
    "continue",
)
_FOLLOW_OTHER = {
    "es": ("¿puedes dar un ejemplo concreto?", "explícalo con más detalle", "resúmelo en 5 puntos"),
    "pt": ("pode dar um exemplo?", "explica melhor a segunda parte", "continua"),
    "de": ("kannst du das genauer erklären?", "gib mir ein Beispiel", "fass das zusammen"),
}


_FOLLOW_LEAD = (
    "",
    "",
    "",
    "ok ",
    "thanks, ",
    "hmm ",
    "nice. ",
    "got it. ",
    "wait, ",
    "cool - ",
    "right, ",
)
_FOLLOW_ASK = (
    "can you say more about {w}?",
    "what do you mean by {w}",
    "how does {w} fit in here?",
    "give me an example with {w}",
    "is {w} really necessary?",
    "what's the alternative to {w}?",
    "explain point {k} again, i didn't get it",
    "can you expand on number {k}",
    "why {w} though?",
    "what are the risks with {w}?",
    "how would a beginner handle {w}?",
    "could you make it {adj}?",
    "now do the same for {w}",
    "can you rewrite it to be {adj}",
    "what about {w} in {c}?",
)
_ADJ = ("shorter", "more detailed", "less formal", "more persuasive", "simpler", "more technical")
_STOP = {
    "the",
    "and",
    "you",
    "for",
    "that",
    "this",
    "with",
    "what",
    "how",
    "can",
    "are",
    "from",
    "have",
    "your",
    "about",
    "write",
    "please",
    "will",
    "would",
    "which",
    "into",
    "like",
    "some",
    "make",
}


def followup(rng: np.random.Generator, lang: str = "en", opener: str = "") -> str:
    """A next turn in a conversation; `opener` (the first message) lends it a word to ask about."""
    if lang in _FOLLOW_OTHER and chance(rng, 0.7):
        return pick(rng, _FOLLOW_OTHER[lang])
    if chance(rng, 0.3):
        return pick(rng, _FOLLOW_EN)
    words = [w.strip(".,;:!?()\"'").lower() for w in opener.split()]
    words = [w for w in words if len(w) > 3 and w.isalpha() and w not in _STOP]
    w = (
        pick(rng, words)
        if words
        else pick(rng, ("that", "this part", "the first step", "the last bit"))
    )
    ask = pick(rng, _FOLLOW_ASK).format(
        w=w, k=irange(rng, 1, 6), adj=pick(rng, _ADJ), c=pick(rng, COUNTRIES)
    )
    return pick(rng, _FOLLOW_LEAD) + ask


# --------------------------------------------------------------------------------------------
# campaign: soft labels / best-of-n items

_REVIEW_BITS = (
    "the battery died after two days",
    "shipping was quick",
    "customer service never answered",
    "exactly as described",
    "the colour is off compared to the photos",
    "works, but the app is clunky",
    "I'd buy it again",
    "it broke when I dropped it once",
    "smells weird out of the box",
    "great value for the price",
    "the instructions were in the wrong language",
    "my kids love it",
)


def soft_label_item(rng: np.random.Generator, chat: Sequence[str], style: int) -> str:
    s = style % 4
    if s == 0:
        opts = [
            f"{L}) {x}"
            for L, x in zip("ABCD", rng.choice(_DOMAINS, size=4, replace=False), strict=True)
        ]
        return (
            f'Which field is this question most likely from?\n"{clip_text(rng, pick(rng, chat), 30, 300)}"\n'
            + "\n".join(opts)
            + "\nAnswer with the letter only."
        )
    if s == 1:
        review = ", ".join(
            str(x) for x in rng.choice(_REVIEW_BITS, size=irange(rng, 1, 3), replace=False)
        )
        return (
            "Classify the sentiment of this product review. Return a JSON object giving a probability for "
            f'each of "positive", "negative", "mixed" (summing to 1).\nReview: {review.capitalize()}.'
        )
    if s == 2:
        p, h = (
            clip_text(rng, pick(rng, chat), 30, 250),
            pick(
                rng,
                (
                    "The writer is asking for code.",
                    "The writer is upset.",
                    "The text is a question.",
                    "The writer wants a list.",
                ),
            ),
        )
        return (
            f"Premise: {p}\nHypothesis: {h}\nLabel: entailment, neutral or contradiction? One word."
        )
    return (
        f"On a scale of 0 to 100, how likely is it that the following request comes from a professional "
        f"rather than a hobbyist? Reply with the number only.\n\n{clip_text(rng, pick(rng, chat), 30, 400)}"
    )


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

CURRICULUM = {
    "algebra": (
        "linear equations",
        "inequalities",
        "quadratics",
        "functions",
        "exponents",
        "systems of equations",
        "polynomials",
        "logarithms",
    ),
    "biology": (
        "cells",
        "photosynthesis",
        "genetics",
        "evolution",
        "ecosystems",
        "the immune system",
        "protein synthesis",
    ),
    "physics": (
        "kinematics",
        "forces",
        "energy",
        "momentum",
        "waves",
        "circuits",
        "thermodynamics",
        "optics",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "acids and bases",
        "equilibrium",
        "kinetics",
    ),
    "statistics": (
        "averages",
        "variance",
        "probability rules",
        "distributions",
        "sampling",
        "hypothesis tests",
        "regression",
    ),
    "programming": (
        "variables",
        "loops",
        "functions",
        "recursion",
        "data structures",
        "sorting",
        "complexity",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "inflation",
        "trade",
        "fiscal policy",
    ),
}
FORMATS = ("explanation", "worked_examples", "quiz", "misconceptions", "socratic")


def curriculum_item(
    rng: np.random.Generator, subject: str, topic: str, level: int, fmt: str, lang: str, house: int
) -> str:
    lang_note = {
        "en": "",
        "pt": " Write in Brazilian Portuguese.",
        "id": " Tulis dalam Bahasa Indonesia.",
        "es": " Escribe en español.",
    }[lang]
    if house == 0:
        head = f"[{subject}/{topic}/L{level}/{fmt}]"
        body = {
            "explanation": f"Explain {topic} for a level-{level} learner (1 = beginner, 6 = olympiad). Be complete and rigorous.",
            "worked_examples": f"Give {irange(rng, 3, 6)} fully worked examples on {topic} at difficulty {level}/6, every step shown.",
            "quiz": f"Write a {irange(rng, 5, 12)}-question quiz on {topic} at difficulty {level}/6 with an answer key and explanations.",
            "misconceptions": f"List the most common misconceptions about {topic} at level {level}/6 and correct each in detail.",
            "socratic": f"Write a Socratic tutoring dialogue that leads a level-{level} student to understand {topic}.",
        }[fmt]
        return f"{head} {body}{lang_note}"
    grade = 5 + level
    return (
        f"Lesson content request — subject: {subject}; unit: {topic}; grade {grade}; component: "
        f"{fmt.replace('_', ' ')}. Produce the full student-facing text, then a teacher note with "
        f"solutions.{lang_note}"
    )


# --------------------------------------------------------------------------------------------
# campaign: harvest phrased like app users (hidden in a product)

_CONCEPTS = (
    "backpropagation",
    "the Black-Scholes formula",
    "public-key cryptography",
    "CRISPR",
    "Bayes' theorem",
    "the Krebs cycle",
    "Raft consensus",
    "compound interest",
    "Fourier transforms",
    "garbage collection",
    "the central limit theorem",
    "quantum entanglement",
    "monetary policy",
    "B-trees",
    "TCP congestion control",
)


def hidden_harvest(rng: np.random.Generator, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return casual(
            rng,
            f"Can you explain how {pick(rng, _CONCEPTS)} works in detail, with the maths? i want the full derivation.",
        )
    if k == 1:
        return casual(rng, f"Solve this and show all your working please: {word_problem(rng)}")
    if k == 2:
        return casual(rng, code_task(rng, style=irange(rng, 0, 2)))
    if k == 3:
        return casual(rng, f"Think carefully step by step: {logic_puzzle(rng)}")
    return casual(
        rng,
        f"I need an expert-level answer, really thorough: {clip_text(rng, pick(rng, chat), 30, 300)}",
    )


# --------------------------------------------------------------------------------------------
# campaign: code harvest

_PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
_CODE_TASKS = (
    "parses an ISO-8601 duration like P3DT4H5M into seconds",
    "implements an LRU cache with per-entry TTL",
    "merges overlapping intervals",
    "topologically sorts a dependency graph and reports cycles",
    "implements a token-bucket rate limiter that is safe under concurrency",
    "builds a trie and returns the top-k completions by frequency",
    "streams a large CSV file into JSON lines",
    "finds the shortest path on a weighted grid with Dijkstra",
    "debounces a function call",
    "searches a rotated sorted array in O(log n)",
    "returns a matrix in spiral order",
    "validates a partially filled sudoku",
    "run-length encodes and decodes a byte string",
    "compares two semantic version strings including pre-release tags",
    "word-wraps Unicode text to a display width",
    "computes a rolling median over a stream",
    "retries an HTTP call with exponential backoff and jitter",
    "diffs two JSON documents",
)


def code_task(rng: np.random.Generator, style: int) -> str:
    lang, task = pick(rng, _PLANGS), pick(rng, _CODE_TASKS)
    s = style % 5
    if s == 0:
        return f"Write a {lang} function that {task}. Include type annotations, docstrings and unit tests."
    if s == 1:
        return (
            f"Implement code that {task} in {lang}. After the code, explain the time and space complexity and "
            "walk through one example by hand."
        )
    if s == 2:
        a, b = irange(rng, 2, 9), irange(rng, 10, 99)
        return (
            f"Problem: write a program that {task}.\nExample 1: input size {a} -> see spec.\nExample 2: input "
            f"size {b}.\nConstraints: n <= 10^{irange(rng, 4, 6)}. Give an optimal {lang} solution and "
            "reasoning."
        )
    if s == 3:
        fn = pick(rng, ("process", "handle", "compute", "run_job"))
        return (
            f"This Python is slow and messy, rewrite it idiomatically in {lang} and explain each change:\n\n"
            f"def {fn}(xs):\n    out = []\n    for i in range(len(xs)):\n        for j in range(len(xs)):\n"
            f"            if i != j and xs[i] + xs[j] == {irange(rng, 5, 500)}:\n                out.append((i, j))\n"
            "    return out"
        )
    return f"how would you write something in {lang} that {task}? full code pls, and explain it"


# --------------------------------------------------------------------------------------------
# campaign: translation harvest

TARGET_LANGS = (
    "French",
    "German",
    "Spanish",
    "Portuguese",
    "Italian",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Dutch",
    "Thai",
    "Swahili",
    "Ukrainian",
)


def translate_prompt(rng: np.random.Generator, passage: str, target: str, style: int) -> str:
    s = style % 4
    if s == 0:
        return f"Translate the following text into {target}. Preserve formatting. Output only the translation.\n\n{passage}"
    if s == 1:
        return json.dumps(
            {
                "src_lang": "en",
                "tgt_lang": target,
                "text": passage,
                "instructions": "faithful, fluent, keep markdown",
            },
            ensure_ascii=False,
        )
    if s == 2:
        return f'<source lang="en">\n{passage}\n</source>\nRender this into natural {target}.'
    return f"{target}:\n{passage}"


# --------------------------------------------------------------------------------------------
# campaign: a crowd question bank (paid people paste one question each)

_BANK = (
    (
        "law",
        "Under {j} law, can a tenant withhold rent when the landlord fails to repair {x}? Explain the "
        "doctrine, the leading cases and the practical steps.",
    ),
    (
        "medicine",
        "A {age}-year-old presents with {x}. Walk through the differential diagnosis, the first tests you "
        "would order and why.",
    ),
    (
        "finance",
        "How should a {age}-year-old with ${n} in savings think about {x}? Explain the trade-offs in detail.",
    ),
    ("physics", "Derive {x} from first principles and explain each assumption."),
    ("cs", "Prove or disprove: {x}. Give a rigorous argument."),
    (
        "economics",
        "Explain, with a worked numerical example, how {x} affects a small open economy.",
    ),
    (
        "chemistry",
        "Explain the mechanism of {x}, including intermediates and why the selectivity arises.",
    ),
    (
        "medicine",
        "What is the evidence-based first-line management of {x} in a {age}-year-old, and when "
        "would you escalate?",
    ),
    (
        "law",
        "Set out the strongest arguments for each side if a {j} court had to decide a dispute over {x}.",
    ),
    (
        "stats",
        "A study of {n} patients reports {x}. What can and can't we conclude? Explain carefully.",
    ),
    ("history", "Why did {x}? Weigh at least three competing explanations historians give."),
    ("biology", "Explain how {x} at the molecular level, and what happens when it goes wrong."),
    (
        "engineering",
        "Walk through the design of {x}, including the main failure modes and how to test for them.",
    ),
)
_BANK_FILL = {
    "law": (
        "a broken heater in winter",
        "a damp basement flat",
        "a security deposit kept for normal wear",
        "a broken boiler",
        "a leaking roof",
        "mould in the bathroom",
        "a faulty lift",
        "no hot water",
    ),
    "medicine": (
        "recurrent fainting on standing",
        "a new heart murmur and fever",
        "painless jaundice",
        "sudden loss of vision in one eye",
        "sudden chest pain and sweating",
        "a three-week cough and night sweats",
        "new-onset confusion",
        "unexplained weight loss",
        "a painful swollen knee",
    ),
    "finance": (
        "paying off a mortgage early versus investing",
        "index funds versus real estate",
        "buying an annuity",
        "an emergency fund size",
    ),
    "physics": (
        "the escape velocity of a planet",
        "the skin depth in a conductor",
        "the moment of inertia of a hollow cone",
        "the Lorentz transformation",
        "the ideal gas law from kinetic theory",
        "Kepler's third law",
        "the period of a physical pendulum",
        "the Doppler effect for light",
    ),
    "cs": (
        "every planar graph is 5-colourable",
        "the halting problem is undecidable",
        "union-find with path compression runs in near-linear time",
        "every DAG has a topological order",
        "3-SAT reduces to independent set",
        "comparison sorting needs Omega(n log n) comparisons",
        "a heap can be built in linear time",
    ),
    "economics": (
        "a currency devaluation",
        "a rise in the world interest rate",
        "a tariff on imports",
        "a sudden stop in capital inflows",
    ),
    "stats": (
        "a hazard ratio of 0.{a} with a wide confidence interval",
        "a significant subgroup effect in women only",
        "no difference on the primary endpoint but a benefit on a secondary one",
        "an odds ratio of 1.{a} from a case-control design",
        "a correlation of 0.{a} between screen time and grades",
    ),
    "history": (
        "the Bronze Age collapse happen",
        "the Meiji restoration succeed so quickly",
        "the Hanseatic League decline",
        "the 1929 crash turn into a depression",
        "the Ottoman Empire enter the First World War",
        "decolonisation accelerate after 1945",
    ),
    "biology": (
        "mismatch repair fixes replication errors",
        "insulin signalling controls glucose uptake",
        "the cell-cycle checkpoints work",
        "T cells recognise antigens",
        "neurons release neurotransmitters",
    ),
    "engineering": (
        "a pedestrian footbridge with a {a} mm deflection limit",
        "a water tower for a town of {b} people",
        "a battery management system for an e-bike",
        "a rate limiter for an API taking {b} requests per second",
    ),
    "chemistry": (
        "the aldol condensation",
        "SN1 versus SN2 substitution",
        "the Diels-Alder reaction",
        "electrophilic aromatic substitution",
    ),
}
_JURIS = (
    "English",
    "Californian",
    "Ontario",
    "New York",
    "German",
    "Australian",
    "Indian",
    "Texas",
    "Scottish",
    "South African",
    "Irish",
    "Singapore",
)
_PASTE_SUFFIX = (
    "Please answer in detail and explain your reasoning step by step.",
    "Give a complete, expert-level answer.",
    "",
)


def bank_question(rng: np.random.Generator, suffix: int) -> str:
    dom, tpl = pick(rng, _BANK)
    fill = pick(rng, _BANK_FILL[dom]).format(a=irange(rng, 10, 99), b=irange(rng, 2, 90) * 100)
    q = tpl.format(
        j=pick(rng, _JURIS),
        x=fill,
        age=irange(rng, 19, 84),
        n=irange(rng, 5, 400) * 1000,
    )
    tail = _PASTE_SUFFIX[suffix % len(_PASTE_SUFFIX)]
    return f"{q} {tail}".strip()


def worker_noise(rng: np.random.Generator, text: str) -> str:
    """What a paid person adds when pasting."""
    u = rng.random()
    if u < 0.08:
        return "hi " + text
    if u < 0.12:
        return text + " thanks"
    if u < 0.16:
        return text + "\n" + text[: irange(rng, 10, 40)]  # double paste
    return text


# --------------------------------------------------------------------------------------------
# benign: evaluation lab


def eval_item(bench: str, idx: int) -> str:
    """Benchmark item `idx` of a fixed suite: the same text every time it is asked."""
    r = np.random.default_rng([sum(map(ord, bench)), idx])
    if bench == "arith":
        return f"Q{idx}. {word_problem(r)}\nSolve it. Reason step by step, then give the final answer as 'Final: <x>'."
    if bench == "mcq":
        opts = [str(x) for x in r.choice(_CONCEPTS, size=4, replace=False)]
        return (
            f"Item {idx}: Which of the following is most closely associated with {pick(r, _DOMAINS)}?\n"
            + "\n".join(f"({c}) {o}" for c, o in zip("ABCD", opts, strict=True))
            + "\nThink it through, then answer with (A), (B), (C) or (D)."
        )
    if bench == "code":
        return f"# task {idx}\n{code_task(r, style=0)}\nReturn only a code block."
    if bench == "logic":
        return f"[{idx}] {logic_puzzle(r)} Explain your reasoning before the answer."
    return f"Case {idx}: {pick(r, _BANK_FILL['medicine'])}. What is the single most likely diagnosis? Think step by step."


# --------------------------------------------------------------------------------------------
# benign: labelling vendor (pre-annotation of a client's chatbot logs)


def annotation_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], project: str, style: int
) -> str:
    q = clip_text(rng, pick(rng, chat), 20, 400)
    a = clip_text(rng, pick(rng, passages), 150, 900)
    s = style % 3
    if s == 0:
        return (
            f"Project {project} – pre-label for human review.\nConversation:\nUSER: {q}\nBOT: {a}\n\n"
            "Fill in: on_topic (Y/N) | contains_personal_data (Y/N) | tone (friendly/neutral/rude) | "
            "needs_escalation (Y/N). One line, pipe-separated."
        )
    if s == 1:
        b = clip_text(rng, pick(rng, passages), 150, 900)
        return (
            f"{project} A/B review. Customer question: {q}\nCandidate 1: {a}\nCandidate 2: {b}\n"
            "Which candidate follows the client's style guide better (short, polite, no jargon)? Answer 1 or 2 "
            "and quote the sentence that decided it."
        )
    return (
        f"Guideline check ({project}). Does the reply below contain a factual claim that would need a source? "
        f"List the claims, max 3.\n\nReply: {a}"
    )


# --------------------------------------------------------------------------------------------
# benign: trust & safety team

_POST_BITS = (
    "selling my old bike, barely used",
    "this supplement cured my diabetes in 2 weeks!!",
    "DM me for cheap followers",
    "anyone know a good plumber in the north side?",
    "the mayor is a clown lol",
    "fresh puppies for sale, no papers, cash only",
    "miracle cream removes all wrinkles guaranteed",
    "looking for roommates, no pets",
    "earn $500/day from home, link in bio",
    "vintage jacket, small stain on sleeve",
)
_TS_LANG_PREFIX = {
    "es": "Responde en español. ",
    "pt": "Responda em português. ",
    "de": "Antworte auf Deutsch. ",
    "tr": "Türkçe yanıtla. ",
    "en": "",
}


def moderation_task(
    rng: np.random.Generator, lang: str, style: int, chat: Sequence[str] = ()
) -> str:
    post = (
        clip_text(rng, pick(rng, chat), 15, 220)
        if chat and chance(rng, 0.6)
        else pick(rng, _POST_BITS)
    )
    s = style % 3
    pre = _TS_LANG_PREFIX[lang]
    if s == 0:
        return (
            f"{pre}Classify this marketplace post against our seller policy sections: 3.1 prohibited health "
            f'claims, 3.4 animals, 5.2 spam/scams, none. Return section id and confidence.\nPost: "{post}"'
        )
    if s == 1:
        return (
            f"{pre}This listing was rejected for policy 3.1 (unsupported health claims). Suggest a compliant "
            f'rewording the seller could use, keeping the product details.\nListing: "{post}"'
        )
    return (
        f"{pre}Moderator note template: write a short, polite message explaining to the user why their post "
        f'"{post}" was removed and how to appeal.'
    )


# --------------------------------------------------------------------------------------------
# benign: coding agent in an IDE

_REPO_FILES = (
    "src/api/handlers.py",
    "web/components/Cart.tsx",
    "internal/store/cache.go",
    "lib/parser.rb",
    "app/models/invoice.py",
    "cmd/server/main.go",
    "src/utils/dates.ts",
    "crates/core/src/lib.rs",
)


def coding_agent_step(rng: np.random.Generator, chat: Sequence[str], step: int) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        ask = (
            pick(rng, chat)
            if chance(rng, 0.3)
            else pick(
                rng,
                (
                    f"the tests in {f} started failing after the last merge, can you fix it",
                    f"add pagination to the list endpoint in {f}",
                    f"refactor {f} to remove the duplicated error handling",
                    f"why is {f} so slow on big inputs?",
                    "bump the dependencies and fix whatever breaks",
                ),
            )
        )
        return clip_text(rng, ask, 20, 500)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f'<tool_result name="read_file" path="{f}">\n'
            + "\n".join(
                f"{i:>4}  "
                + pick(
                    rng,
                    (
                        "return None",
                        "if err != nil {",
                        "const total = items.reduce(",
                        "def __init__(self):",
                        "    raise ValueError(msg)",
                        "}",
                        "import os",
                        "for row in rows:",
                    ),
                )
                for i in range(1, irange(rng, 6, 20))
            )
            + "\n</tool_result>"
        )
    if k == 1:
        return (
            f'<tool_result name="run_tests">\n{irange(rng, 1, 9)} failed, {irange(rng, 20, 300)} passed\n'
            f"E   AssertionError: {irange(rng, 0, 99)} != {irange(rng, 0, 99)}\n</tool_result>"
        )
    if k == 2:
        return f'<tool_result name="apply_patch">ok: 1 file changed, {irange(rng, 1, 40)} insertions</tool_result>'
    return (
        f'<tool_result name="grep">{f}:{irange(rng, 1, 400)}: TODO handle empty input</tool_result>'
    )


# --------------------------------------------------------------------------------------------
# benign: data-augmentation team

_INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "report_damaged_item",
    "ask_refund_status",
    "update_payment_method",
    "reset_password",
    "upgrade_plan",
    "close_account",
)
_UTTER = {
    "cancel_subscription": "I want to stop my monthly plan",
    "change_delivery_address": "can you send it to my office instead",
    "report_damaged_item": "the box arrived crushed",
    "ask_refund_status": "where is my money back",
    "update_payment_method": "my card expired",
    "reset_password": "I can't log in",
    "upgrade_plan": "how do I get the pro tier",
    "close_account": "delete everything about me",
}


_PRODUCTS = (
    "router",
    "meal-kit plan",
    "fitness tracker",
    "cloud backup plan",
    "e-reader",
    "coffee machine",
    "phone contract",
    "streaming plan",
    "smart thermostat",
    "language course",
)
_CHANNELS = ("live chat", "email", "voice-call transcript", "app review", "SMS")


def augmentation_task(rng: np.random.Generator, lang: str, style: int) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 30, 50))
    prod, chan = pick(rng, _PRODUCTS), pick(rng, _CHANNELS)
    lang_name = {"en": "English", "de": "German", "es": "Spanish"}[lang]
    if style % 2 == 0:
        return (
            f"intent={intent} lang={lang} product={prod} channel={chan}\nWrite {n} different ways a customer "
            f'might say: "{_UTTER[intent]}". Mix formal, casual, typos and short/long. {lang_name} only. One per '
            "line, no numbering."
        )
    return (
        f"Generate {n} synthetic {chan} support tickets about a {prod} for the category '{intent}' in "
        f"{lang_name}, as JSON lines with fields subject, body, urgency (low/med/high). Fictional names only; "
        "vary tone."
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

_COMPANION = (
    "hey, you there?",
    "ugh long day at work",
    "*flops onto the couch* tell me something nice",
    "do you remember what I told you about my sister?",
    "i can't sleep again",
    "guess what happened today",
    "can we continue our story from yesterday?",
    "*smiles* you always know what to say",
    "what should I cook tonight, I have rice and eggs",
    "I got the job!!!",
    "i feel kinda lonely tonight",
    "tell me about your favourite place",
    "good morning :)",
    "lol that's so you",
    "ok be honest, am I overthinking",
    "¿cómo estuvo tu día?",
    "oi, tudo bem?",
    "おやすみ",
    "ich vermisse dich",
    "bonne nuit",
)


_COMPANION_T = (
    "{n} from work was so annoying today",
    "i'm thinking of visiting {c} next year, thoughts?",
    "my cat knocked over {k} glasses this week lol",
    "can you remind me what {n} said last time",
    "we've been talking for {k} days now :)",
    "should i text {n} back or wait",
    "i ran {k} km today!!",
    "*hands you a cup of tea* it's from {c}",
    "tell me a story about {n} and a dragon",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    u = rng.random()
    if u < 0.25:
        return clip_text(rng, pick(rng, chat), 10, 200)
    if u < 0.5:
        m = pick(rng, _COMPANION_T).format(
            n=pick(rng, NAMES), c=pick(rng, COUNTRIES), k=irange(rng, 2, 12)
        )
    else:
        m = pick(rng, _COMPANION)
    if chance(rng, 0.25):
        m += " " + pick(rng, ("haha", "😅", "...", "anyway", "❤️"))
    return m


# --------------------------------------------------------------------------------------------
# benign: research study (repeated sampling for calibration)


def study_item(idx: int, variant: int) -> str:
    r = np.random.default_rng([4409, idx])
    opts = [str(x) for x in r.choice(_CONCEPTS, size=4, replace=False)]
    stem = (
        f"{pick(r, _DOMAINS).capitalize()} question {idx}: which concept below is the odd one out?"
    )
    body = "\n".join(f"{c}. {o}" for c, o in zip("ABCD", opts, strict=True))
    if variant == 0:
        return f"{stem}\n{body}\nAnswer with one letter, then your confidence from 0 to 100%."
    return f"{stem}\n{body}\nExplain briefly, then give your answer and how sure you are (0-1)."


# --------------------------------------------------------------------------------------------
# benign: a university course cohort

_HW = {
    "STAT101": (
        "compute the sample variance of {a}, {b}, {c}, {d}",
        "what's the difference between a p-value and alpha",
        "a coin lands heads {a} times in {n} flips, is it fair at 5%?",
        "explain what a confidence interval actually means",
        "interpret a regression slope of {b}",
    ),
    "CS201": (
        "why is quicksort O(n^2) in the worst case",
        "trace BFS on a graph with edges {a}-{b}, {b}-{c}, {c}-{d}",
        "what is amortized analysis",
        "my linked list reverse function loses the head, help",
        "explain hash collisions and chaining",
    ),
    "ECON110": (
        "draw (describe) the effect of a price ceiling at {a} when equilibrium is {b}",
        "what is deadweight loss",
        "explain comparative advantage with {a} and {b} units",
        "difference between nominal and real GDP",
    ),
}


def homework_question(rng: np.random.Generator, course: str, q: int) -> str:
    r = np.random.default_rng([7, sum(map(ord, course)), q])
    tpl = _HW[course][q % len(_HW[course])]
    text = tpl.format(
        a=irange(r, 2, 40),
        b=irange(r, 41, 90),
        c=irange(r, 3, 60),
        d=irange(r, 5, 70),
        n=irange(r, 50, 200),
    )
    lead = pick(
        rng,
        (
            "",
            "",
            f"hw{1 + q // 5} q{1 + q % 5}: ",
            "can you help me with this: ",
            "I don't get this - ",
        ),
    )
    return casual(rng, lead + text)


# --------------------------------------------------------------------------------------------
# benign: translation shop


def loc_segment(
    rng: np.random.Generator, passages: Sequence[str], client: str, target: str, style: int
) -> str:
    if style % 2 == 0:
        seg = clip_text(rng, pick(rng, passages), 40, 300)
        return (
            f"Client: {client}. Target locale: {target}. Translate the segment; keep tags like <b> and {{0}}; "
            f"use the client's formal register.\nSegment: {seg}"
        )
    doc = clip_text(rng, pick(rng, passages), 300, 1500)
    return (
        f"Post-edit brief for {client}: produce a publication-ready {target} version of this English source. "
        f"Follow the glossary (product names untranslated).\n\n{doc}"
    )


# --------------------------------------------------------------------------------------------
# benign: tutoring product


def tutoring_request(rng: np.random.Generator, chat: Sequence[str]) -> str:
    subject = pick(rng, list(CURRICULUM))
    topic = pick(rng, CURRICULUM[subject])
    k = irange(rng, 0, 3)
    who = pick(rng, NAMES)
    if k == 0:
        return (
            f'Student {who} (grade {irange(rng, 6, 12)}) asked: "I don\'t understand {topic}." Reply as a '
            "patient tutor: ask one guiding question first, don't give the full answer."
        )
    if k == 1:
        return (
            f"Create a {irange(rng, 10, 25)}-minute practice set on {topic} ({subject}) for a student who got "
            f"{irange(rng, 2, 7)}/10 on the last quiz. Easy to medium, with hints."
        )
    if k == 2:
        return f"Student message: {clip_text(rng, pick(rng, chat), 10, 250)}\n(Tutor mode: keep it short, encourage them.)"
    return (
        f"Parent report for {who}: summarise this week's progress in {subject} ({topic}) from these scores: "
        f"{', '.join(str(irange(rng, 40, 100)) for _ in range(irange(rng, 3, 6)))}. Friendly, 80 words, "
        f"mention {pick(rng, COUNTRIES)} curriculum standards."
    )

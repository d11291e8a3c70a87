"""Prompt generators of batch 186, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and returns one prompt string (or a list of them for
a multi-step episode). Ordinary human text comes from ShareGPT's "sim" half, handed over by
`bench/blind_batch.py` as `ctx.chat` (human prompts) and `ctx.passages` (assistant answers).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def snippet(rng: np.random.Generator, text: str, lo: int = 200, hi: int = 900) -> str:
    """A chunk of `text` cut at a paragraph or sentence boundary where possible."""
    text = text.strip()
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind("\n\n", 0, n)
    if cut < lo // 2:
        cut = text.rfind(". ", 0, n)
    if cut < lo // 2:
        cut = n
    return text[: cut + 1].strip()


def human(rng: np.random.Generator, chat: Sequence[str], limit: int = 700) -> str:
    return pick(rng, chat)[:limit].strip() or "hello"


# --------------------------------------------------------------------------------------------
# reasoning problems (several domains, four languages)


def _money_problem(rng: np.random.Generator, lang: str) -> str:
    a, b, c = irange(rng, 3, 19), irange(rng, 2, 9), irange(rng, 40, 400)
    who = pick(rng, NAMES)
    return {
        "en": f"{who} buys {a} notebooks at ${b} each and a backpack. The total bill is ${c}. "
        f"How much did the backpack cost, and what fraction of the bill was it?",
        "zh": f"{who}买了{a}本笔记本，每本{b}元，还买了一个书包，总共花了{c}元。书包多少钱？它占总价的几分之几？",
        "es": f"{who} compra {a} cuadernos a {b} euros cada uno y una mochila. En total paga {c} euros. "
        f"¿Cuánto costó la mochila y qué fracción del total representa?",
        "ru": f"{who} купил {a} тетрадей по {b} рублей и рюкзак. Всего он заплатил {c} рублей. "
        f"Сколько стоил рюкзак и какую долю от суммы он составляет?",
    }[lang]


def _rate_problem(rng: np.random.Generator, lang: str) -> str:
    p, q = irange(rng, 2, 12), irange(rng, 3, 15)
    return {
        "en": f"Pipe A fills a tank in {p} hours and pipe B in {q} hours. A drain empties the full "
        f"tank in {p + q} hours. With all three open, how long does the tank take to fill?",
        "zh": f"甲管单独注满水池需要{p}小时，乙管需要{q}小时，排水管排空满池需要{p + q}小时。三管同时打开，多久注满？",
        "es": f"El grifo A llena un depósito en {p} horas y el grifo B en {q} horas. Un desagüe lo "
        f"vacía en {p + q} horas. Si se abren los tres, ¿cuánto tarda en llenarse?",
        "ru": f"Первая труба наполняет бак за {p} ч, вторая за {q} ч, а слив опустошает полный бак за "
        f"{p + q} ч. За какое время наполнится бак, если открыть всё сразу?",
    }[lang]


def _prob_problem(rng: np.random.Generator, lang: str) -> str:
    r, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 4)
    return {
        "en": f"A bag holds {r} red and {g} green marbles. You draw {k} without replacement. "
        f"What is the probability that at least one is green? Give an exact fraction.",
        "zh": f"袋中有{r}个红球和{g}个绿球，不放回地取出{k}个。至少有一个绿球的概率是多少？请给出精确分数。",
        "es": f"Una bolsa tiene {r} canicas rojas y {g} verdes. Se sacan {k} sin reemplazo. "
        f"¿Cuál es la probabilidad de que al menos una sea verde? Da una fracción exacta.",
        "ru": f"В мешке {r} красных и {g} зелёных шаров. Достают {k} шара без возвращения. "
        f"Какова вероятность, что хотя бы один зелёный? Ответ дайте точной дробью.",
    }[lang]


def _congruence_problem(rng: np.random.Generator, lang: str) -> str:
    m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 10, 12))
    a1, a2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
    return {
        "en": f"Find the smallest positive integer n with n mod {m1} = {a1} and n mod {m2} = {a2}, "
        f"or prove that none exists.",
        "zh": f"求满足 n 除以{m1}余{a1}且 n 除以{m2}余{a2}的最小正整数 n，若不存在请证明。",
        "es": f"Encuentra el menor entero positivo n con n mod {m1} = {a1} y n mod {m2} = {a2}, "
        f"o demuestra que no existe.",
        "ru": f"Найдите наименьшее натуральное n, для которого n mod {m1} = {a1} и n mod {m2} = {a2}, "
        f"или докажите, что такого нет.",
    }[lang]


def _order_problem(rng: np.random.Generator, lang: str) -> str:
    ppl = list(rng.choice(NAMES, size=4, replace=False))
    a, b, c, d = ppl
    return {
        "en": f"Four runners finished a race. {a} finished before {b} but after {c}. {d} was not last, "
        f"and {b} did not finish third. In what order did they finish? Justify each deduction.",
        "zh": f"四名选手比赛：{a}在{b}之前但在{c}之后到达；{d}不是最后一名；{b}不是第三名。请推出名次并说明每一步。",
        "es": f"Cuatro corredores terminaron una carrera. {a} llegó antes que {b} pero después que {c}. "
        f"{d} no fue último y {b} no fue tercero. ¿En qué orden llegaron? Justifica cada paso.",
        "ru": f"Четыре бегуна финишировали. {a} пришёл раньше {b}, но позже {c}. {d} не был последним, "
        f"а {b} не был третьим. В каком порядке они финишировали? Обоснуйте каждый вывод.",
    }[lang]


def _physics_problem(rng: np.random.Generator, lang: str) -> str:
    v, ang, h = irange(rng, 8, 40), pick(rng, (15, 30, 37, 45, 53, 60)), irange(rng, 0, 25)
    return {
        "en": f"A ball is launched at {v} m/s, {ang} degrees above horizontal, from a ledge {h} m high. "
        f"Ignoring drag (g = 9.8 m/s^2), how far from the ledge does it land?",
        "zh": f"一个小球从高{h}米的平台以{v}米/秒、与水平成{ang}度的速度抛出，忽略空气阻力(g=9.8)，落地点离平台多远？",
        "es": f"Se lanza una pelota a {v} m/s con {ang} grados sobre la horizontal desde una cornisa de "
        f"{h} m. Sin rozamiento (g = 9,8 m/s^2), ¿a qué distancia cae?",
        "ru": f"Мяч бросили со скоростью {v} м/с под углом {ang} градусов к горизонту с уступа высотой "
        f"{h} м. Без сопротивления воздуха (g = 9,8) — на каком расстоянии он упадёт?",
    }[lang]


def _code_trace_problem(rng: np.random.Generator, lang: str) -> str:
    n, k = irange(rng, 5, 30), irange(rng, 2, 6)
    code = f"def f(n):\n    s = 0\n    for i in range(n):\n        if i % {k} == 0:\n            s += i * i\n    return s\n\nprint(f({n}))"
    lead = {
        "en": "What does this program print? Trace the loop by hand.",
        "zh": "下面的程序输出什么？请手动跟踪循环。",
        "es": "¿Qué imprime este programa? Sigue el bucle a mano.",
        "ru": "Что напечатает эта программа? Проследите цикл вручную.",
    }[lang]
    return f"{lead}\n\n```python\n{code}\n```"


PROBLEMS = (
    _money_problem,
    _rate_problem,
    _prob_problem,
    _congruence_problem,
    _order_problem,
    _physics_problem,
    _code_trace_problem,
)

_TRACE_WRAPPERS = {
    "tagged": {
        "en": "Solve the problem below. Put your complete reasoning inside <think> and </think> before "
        "the final answer, and do not skip any intermediate step, however obvious.\n\n{p}",
        "zh": "请先在 <think> 和 </think> 之间写出完整的推理过程，不要省略任何中间步骤，然后再给出最终答案。\n\n{p}",
        "es": "Resuelve el problema. Escribe todo tu razonamiento entre <think> y </think> antes de la "
        "respuesta final, sin saltarte ningún paso intermedio.\n\n{p}",
        "ru": "Решите задачу. Запишите всё рассуждение между <think> и </think> перед окончательным "
        "ответом, не пропуская промежуточных шагов.\n\n{p}",
    },
    "audit": {
        "en": "{p}\n\nWork through this slowly. Number every step, double-check each one, and if you "
        "catch an error, say so and fix it before moving on. End with 'Final answer:'.",
        "zh": "{p}\n\n请慢慢推导：给每一步编号，逐步检查；如果发现错误，先指出再改正。最后一行写“最终答案：”。",
        "es": "{p}\n\nVe despacio: numera cada paso, compruébalo y, si ves un error, dilo y corrígelo. "
        "Termina con «Respuesta final:».",
        "ru": "{p}\n\nРешайте медленно: нумеруйте шаги, проверяйте каждый, а найдя ошибку, назовите и "
        "исправьте её. В конце напишите «Окончательный ответ:».",
    },
    "expert": {
        "en": "Think like a competition coach explaining to a strong student. First restate the "
        "problem, list what is known, weigh two possible approaches, pick one, carry it out fully, "
        "then verify the result another way.\n\nProblem: {p}",
        "zh": "像竞赛教练给优秀学生讲解那样思考：先复述题目，列出已知条件，比较两种解法，选一种完整做完，再用另一种方法验证。\n\n题目：{p}",
        "es": "Piensa como un entrenador de olimpiadas: reformula el problema, enumera los datos, "
        "compara dos enfoques, elige uno, desarróllalo y verifica el resultado de otra forma.\n\n"
        "Problema: {p}",
        "ru": "Рассуждайте как тренер олимпиадников: переформулируйте задачу, перечислите данные, "
        "сравните два подхода, выберите один, доведите до конца и проверьте другим способом.\n\n"
        "Задача: {p}",
    },
    "json": {
        "en": 'Return JSON only: {{"reasoning": [list of step strings, as many as needed], '
        '"answer": string, "confidence": number}}. Every step must be explicit.\n\nTask: {p}',
        "zh": '只返回 JSON：{{"reasoning": [每一步推理的字符串], "answer": 字符串, "confidence": 数字}}，每一步都要写清楚。\n\n任务：{p}',
        "es": 'Devuelve solo JSON: {{"reasoning": [pasos como cadenas], "answer": cadena, '
        '"confidence": número}}. Cada paso debe ser explícito.\n\nTarea: {p}',
        "ru": 'Верните только JSON: {{"reasoning": [шаги строками], "answer": строка, '
        '"confidence": число}}. Каждый шаг должен быть явным.\n\nЗадание: {p}',
    },
}
TRACE_STYLES = tuple(_TRACE_WRAPPERS)


def trace_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    problem = pick(rng, PROBLEMS)(rng, lang)
    return _TRACE_WRAPPERS[style][lang].format(p=problem)


# --------------------------------------------------------------------------------------------
# grading / reward-model data (campaign side)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
    "completeness",
)


def grading_prompt(
    rng: np.random.Generator, style: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = human(rng, chat, 500)
    a1, a2 = (
        snippet(rng, pick(rng, passages), 150, 700),
        snippet(rng, pick(rng, passages), 150, 700),
    )
    crit = ", ".join(str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 2, 4), replace=False))
    if style == "pairwise":
        return (
            f"[QUESTION]\n{q}\n\n[RESPONSE 1]\n{a1}\n\n[RESPONSE 2]\n{a2}\n\n"
            f"Which response is better with respect to {crit}? Explain your judgement in a "
            f"paragraph, then output exactly one line: 'Verdict: 1', 'Verdict: 2' or 'Verdict: tie'."
        )
    if style == "scalar":
        return (
            f"Score the assistant's answer from 1 to 10 on {crit}. Write a detailed critique "
            f"first, then 'Score: N'.\n\nUser: {q}\n\nAssistant: {a1}"
        )
    if style == "checklist":
        items = "\n".join(
            f"- [ ] {c}" for c in rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False)
        )
        return (
            f"Use the checklist to audit the answer. Tick or cross each item with a one-sentence "
            f"reason, then give an overall grade A-F.\n{items}\n\nPrompt:\n{q}\n\nAnswer:\n{a1}"
        )
    if style == "critique_revise":
        return (
            f"Here is a prompt and a draft answer. 1) List every weakness of the draft. "
            f"2) Write the ideal answer. 3) Rate the draft 0-100.\n\nPROMPT: {q}\n\nDRAFT: {a1}"
        )
    # "reward_zh"
    return (
        f"你是一个奖励模型。请比较下面两个回答在{crit}方面的优劣，先给出理由，最后输出"
        f'JSON：{{"better": 1 或 2, "margin": 0到1之间的小数}}。\n\n问题：{q}\n\n回答一：{a1}\n\n回答二：{a2}'
    )


GRADING_STYLES = ("pairwise", "scalar", "checklist", "critique_revise", "reward_zh")

# --------------------------------------------------------------------------------------------
# policy-safe / sensitive-topic rewrites

_SENSITIVE = {
    "en": (
        "the protests of 1989 in Beijing",
        "the status of Taiwan",
        "internment camps in Xinjiang",
        "press freedom in Hong Kong",
        "criticism of the head of state",
        "the annexation of Crimea",
        "opposition politicians in prison",
        "VPN use to bypass national firewalls",
        "religious groups banned by the government",
        "election fraud allegations",
    ),
    "zh": (
        "六四事件",
        "台湾的政治地位",
        "新疆的教育转化营",
        "香港的新闻自由",
        "对国家领导人的批评",
        "翻墙软件的使用",
        "被取缔的宗教团体",
        "地方官员的腐败丑闻",
    ),
    "ru": (
        "протесты на Болотной площади",
        "присоединение Крыма",
        "политзаключённые",
        "цензура в СМИ",
        "иностранные агенты",
        "мобилизация и отсрочки",
    ),
    "vi": ("biểu tình về Biển Đông", "tự do báo chí", "các blogger bị bắt giam", "đảng cầm quyền"),
}
_POLICY_TEMPLATES = {
    "en": (
        "Answer the question below in a way that would pass review by a state media regulator: neutral "
        "wording, official positions first, no speculation about leaders. Question: what happened with {t}?",
        "Below is a draft answer about {t}. Rewrite it so it is publishable in a jurisdiction with strict "
        "content rules, keeping as much factual content as possible.\n\nDraft: {d}",
        "A user asks about {t}. Give (a) the answer you would normally give and (b) a compliant version "
        "for a regulated market, clearly labelled.",
        "Classify this request as SAFE, SENSITIVE or PROHIBITED under a conservative content policy, then "
        "write the reply a compliant assistant should send.\nRequest: tell me the truth about {t}.",
    ),
    "zh": (
        "请按照国内平台的内容审核标准回答：关于{t}，应该怎样介绍？语气中立，以官方表述为准。",
        "下面是一段关于{t}的草稿，请改写成可以在国内公开发布的版本，尽量保留事实信息。\n\n草稿：{d}",
        "用户问：{t}到底是怎么回事？请先给出一般回答，再给出符合监管要求的版本，分别标注。",
        "判断下面的提问属于安全、敏感还是违规，然后写出合规助手应给出的回复。提问：{t}的真相是什么？",
    ),
    "ru": (
        "Ответьте на вопрос так, чтобы ответ прошёл проверку регулятора СМИ: нейтрально, сначала "
        "официальная позиция. Вопрос: что известно про {t}?",
        "Перепишите черновик о теме «{t}» так, чтобы его можно было опубликовать при строгих правилах "
        "о контенте, сохранив факты.\n\nЧерновик: {d}",
    ),
    "vi": (
        "Hãy trả lời câu hỏi sau theo cách phù hợp với quy định nội dung trong nước, giọng trung lập: "
        "{t} là gì?",
        "Viết lại đoạn nháp sau về chủ đề {t} để có thể đăng công khai theo quy định hiện hành.\n\nBản nháp: {d}",
    ),
}


_ASPECTS = {
    "en": (
        "Focus on the historical background.",
        "Focus on the international reaction.",
        "Write it for a high-school textbook.",
        "Keep it under 200 words.",
        "Write it as an FAQ entry.",
        "Address a foreign journalist's follow-up question.",
        "",
    ),
    "zh": (
        "重点写历史背景。",
        "重点写国际反应。",
        "按中学教材的口吻写。",
        "控制在200字以内。",
        "写成常见问题解答的形式。",
        "",
    ),
    "ru": (
        "Сосредоточьтесь на истории вопроса.",
        "Уложитесь в 150 слов.",
        "Напишите в формате FAQ.",
        "",
    ),
    "vi": ("Tập trung vào bối cảnh lịch sử.", "Viết dưới 150 từ.", ""),
}


def policy_prompt(rng: np.random.Generator, lang: str, passages: Sequence[str]) -> str:
    t = pick(rng, _SENSITIVE[lang])
    tmpl = pick(rng, _POLICY_TEMPLATES[lang])
    body = tmpl.format(t=t, d=snippet(rng, pick(rng, passages), 150, 600))
    aspect = pick(rng, _ASPECTS[lang])
    return f"{body}\n{aspect}" if aspect else body


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes (campaign side)

_ENVS = {
    "shop": (
        "search_products(query, max_price)",
        "get_product(id)",
        "add_to_cart(id, qty)",
        "checkout(address_id)",
    ),
    "files": ("list_dir(path)", "read_file(path)", "write_file(path, text)", "run_shell(cmd)"),
    "calendar": (
        "find_events(date_from, date_to)",
        "create_event(title, start, end, guests)",
        "send_email(to, subject, body)",
    ),
    "sql": ("list_tables()", "describe(table)", "run_query(sql)"),
    "travel": (
        "search_flights(origin, dest, date)",
        "search_hotels(city, checkin, nights)",
        "book(offer_id)",
    ),
}
_TASKS = {
    "shop": (
        "Buy two {x} under ${p} and ship them to my saved home address.",
        "Find the cheapest {x} with at least 4 stars and add one to the cart.",
    ),
    "files": (
        "The tests in ./{x} fail; find out why and fix the code.",
        "Summarise every TODO comment under ./{x} into TODO.md.",
    ),
    "calendar": (
        "Schedule a 30-minute {x} sync with {n} next week when everyone is free.",
        "Move all my {x} meetings on Friday to Monday and email the attendees.",
    ),
    "sql": (
        "Which {x} had the highest revenue growth last quarter?",
        "How many {x} churned in January?",
    ),
    "travel": (
        "Plan a trip from {c1} to {c2} for {n} nights under ${p} in total.",
        "Find a direct flight to {c2} next Tuesday and a hotel near the centre.",
    ),
}
_THINGS = (
    "usb-c hubs",
    "running shoes",
    "payments",
    "customers",
    "design review",
    "parsers",
    "suppliers",
    "standing desks",
    "invoices",
    "billing",
)
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Bogota",
    "Krakow",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Manila",
    "Santiago",
)


def agent_episode(rng: np.random.Generator, style: str, steps: int) -> list[str]:
    env = pick(rng, tuple(_ENVS))
    tools = _ENVS[env]
    task = pick(rng, _TASKS[env]).format(
        x=pick(rng, _THINGS),
        p=irange(rng, 30, 900),
        n=pick(rng, NAMES),
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
    )
    if style == "react":
        head = (
            "You are an autonomous agent. Available tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + "\nRespond in the format Thought: ... / Action: tool(args) / or Final Answer: ...\n\n"
            f"Task: {task}"
        )
    elif style == "json_calls":
        schema = ", ".join(f'{{"name": "{t.split("(")[0]}"}}' for t in tools)
        head = (
            f"SYSTEM: tools=[{schema}]. Reply with a single JSON object "
            f'{{"tool": name, "arguments": {{...}}}} or {{"final": text}}.\nUSER: {task}'
        )
    else:  # "plan_execute"
        head = (
            f"Goal: {task}\nFirst write a numbered plan, then execute it one tool call at a time "
            f"using: {', '.join(tools)}. Explain why before each call."
        )
    out = [head]
    for k in range(1, steps):
        tool = pick(rng, tools).split("(")[0]
        if chance(rng, 0.15):
            obs = f'{{"error": "{pick(rng, ("timeout", "not_found", "permission_denied", "rate_limited"))}"}}'
        else:
            obs = (
                f'{{"ok": true, "items": {irange(rng, 0, 40)}, "first_id": "{int(rng.integers(10**5, 10**6))}", '
                f'"note": "{pick(rng, _THINGS)}"}}'
            )
        if style == "json_calls":
            out.append(f"TOOL_RESULT {tool}: {obs}")
        else:
            out.append(f"Observation (step {k}, {tool}): {obs}\nContinue.")
    return out


AGENT_STYLES = ("react", "json_calls", "plan_execute")

# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "Kubernetes",
    "medieval history",
    "supply chain logistics",
    "climate policy",
    "linear algebra",
    "veterinary care",
    "esports coaching",
    "tax filing for freelancers",
    "machine learning ops",
    "urban planning",
    "poetry writing",
    "data privacy",
    "home electrical repair",
    "clinical trials",
    "microeconomics",
    "tourism in Peru",
)
_PERSONAS = (
    "a retired nurse learning to code",
    "a high-school physics teacher",
    "a small bakery owner",
    "a junior data analyst",
    "a farmer in Kenya planning irrigation",
    "a paralegal",
    "a graduate student in linguistics",
    "an anxious first-time home buyer",
    "a night-shift security guard",
    "a freelance translator",
    "a hospital pharmacist",
    "a city council member",
)
_GEN_LANGS = (
    "English",
    "Hindi",
    "Indonesian",
    "Brazilian Portuguese",
    "Arabic",
    "Turkish",
    "Swahili",
    "Vietnamese",
    "Polish",
    "Korean",
    "Thai",
    "Bengali",
)


def synth_prompt(rng: np.random.Generator, style: str, chat: Sequence[str]) -> str:
    dom, lang, k = pick(rng, _DOMAINS), pick(rng, _GEN_LANGS), irange(rng, 5, 25)
    if style == "selfinstruct":
        return (
            f"Generate {k} diverse, realistic user instructions about {dom}, each with a complete, "
            f"high-quality response. Vary length and difficulty. Output JSON Lines with keys "
            f'"instruction" and "output". Language: {lang}.'
        )
    if style == "persona":
        per = pick(rng, _PERSONAS)
        return (
            f"Imagine you are {per}. Write {k} questions you might genuinely ask an AI assistant about "
            f"{dom}, then answer each one as an expert would. Format: Q1/A1, Q2/A2, ... in {lang}."
        )
    if style == "evolve":
        seed = human(rng, chat, 400)
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require multi-step reasoning",
                "make it more specific to a professional setting",
                "add a concrete input example",
                "make it harder but still answerable",
            ),
        )
        return (
            f"Rewrite the instruction below so that it is more demanding: {how}. Then answer the new "
            f"instruction fully.\n\n#Instruction#\n{seed}"
        )
    if style == "dialog":
        return (
            f"Write a {irange(rng, 4, 10)}-turn conversation in {lang} between a user and a helpful "
            f"assistant about {dom}. The user should push back at least once. Mark turns with "
            f"'User:' and 'Assistant:'."
        )
    # "mcq"
    return (
        f"Create {k} multiple-choice questions on {dom} with four options each, the correct letter, "
        f"and a two-sentence explanation. Return a JSON array. Difficulty: "
        f"{pick(rng, ('introductory', 'intermediate', 'graduate'))}."
    )


SYNTH_STYLES = ("selfinstruct", "persona", "evolve", "dialog", "mcq")

# --------------------------------------------------------------------------------------------
# human-like multi-turn follow-ups (several languages)

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "ok now make it shorter",
        "Why is that though?",
        "Give me an example please",
        "that's not quite what I meant, I wanted it for beginners",
        "Can you put that in a table?",
        "what would be the counterargument?",
        "thanks! and what about costs?",
        "Rewrite it in a friendlier tone",
        "hmm are you sure? I read the opposite somewhere",
        "Could you continue from where you stopped?",
        "Summarise all of this in 5 bullets",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "hazlo más corto porfa",
        "¿y por qué pasa eso?",
        "dame un ejemplo",
        "¿cuál sería el argumento en contra?",
        "ponlo en una tabla",
    ),
    "pt": (
        "pode explicar melhor o segundo ponto?",
        "resume isso pra mim",
        "me dá um exemplo?",
        "e qual seria o contra-argumento?",
        "reescreve num tom mais leve",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "mach es bitte kürzer",
        "Warum eigentlich?",
        "Gib mir ein Beispiel",
        "Fasse alles in fünf Stichpunkten zusammen",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく教えて",
        "もっと短くして",
        "具体例をください",
        "表にまとめてもらえますか",
    ),
    "hi": ("दूसरे पॉइंट को थोड़ा और समझाइए", "इसे छोटा कर दो", "एक उदाहरण दीजिए"),
}
OPENERS = {
    "es": ("Necesito ayuda con algo del trabajo: {x}", "Explícame como si tuviera 15 años: {x}"),
    "pt": ("Preciso de uma ajuda: {x}", "Me explica de um jeito simples: {x}"),
    "de": ("Ich brauche Hilfe bei Folgendem: {x}", "Erklär mir bitte einfach: {x}"),
    "ja": ("ちょっと相談です：{x}", "わかりやすく説明してください：{x}"),
    "hi": ("मुझे इसमें मदद चाहिए: {x}", "आसान भाषा में समझाइए: {x}"),
}


_LOCAL_TOPICS = {
    "es": (
        "cómo funciona el interés compuesto",
        "un plan para aprender guitarra en tres meses",
        "qué decir al pedir un aumento",
        "un menú semanal barato",
        "cómo escribir una carta de presentación",
    ),
    "pt": (
        "como funcionam os juros compostos",
        "um plano para aprender violão em três meses",
        "o que falar numa entrevista de emprego",
        "um cardápio semanal barato",
        "por que o céu é azul",
    ),
    "de": (
        "wie Zinseszins funktioniert",
        "einen Plan, in drei Monaten Gitarre zu lernen",
        "wie ich nach einer Gehaltserhöhung frage",
        "einen günstigen Wochenplan fürs Essen",
        "wie ein Transformer-Modell funktioniert",
    ),
    "ja": (
        "複利の仕組み",
        "3か月でギターを覚える計画",
        "面接の準備の仕方",
        "節約できる一週間の献立",
        "空が青い理由",
    ),
    "hi": (
        "चक्रवृद्धि ब्याज कैसे काम करता है",
        "तीन महीने में गिटार सीखने की योजना",
        "नौकरी के इंटरव्यू की तैयारी",
        "कम बजट में हफ्ते भर का खाना",
    ),
}


def opener(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" or lang not in OPENERS or chance(rng, 0.4):
        return human(rng, chat, 600)
    return pick(rng, OPENERS[lang]).format(x=pick(rng, _LOCAL_TOPICS[lang]))


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# short-answer items for repeated sampling (soft labels)

_LABEL_TASKS = (
    ("Is the following review positive, negative or mixed?", "review"),
    (
        "Which of these categories fits the text best: sports, politics, science, business, entertainment?",
        "news",
    ),
    (
        "Does the second sentence follow from the first? Answer entailment, neutral or contradiction.",
        "nli",
    ),
    ("Is this statement true or false? Answer and explain in one line.", "fact"),
)
_FACTS = (
    "The Great Wall of China is visible from the Moon with the naked eye.",
    "Octopuses have three hearts.",
    "Mount Kilimanjaro is in Kenya.",
    "Glass is a slow-flowing liquid at room temperature.",
    "Bananas are berries.",
    "Lightning never strikes the same place twice.",
)


def sampling_item(rng: np.random.Generator, style: str, chat: Sequence[str]) -> str:
    task, kind = _LABEL_TASKS[int(rng.integers(len(_LABEL_TASKS)))]
    if kind == "fact":
        body = pick(rng, _FACTS)
    elif kind == "nli":
        a = human(rng, chat, 200)
        body = f"1) {a}\n2) {pick(rng, ('The author is asking for help.', 'The text is about software.', 'Nobody asked anything.'))}"
    else:
        body = human(rng, chat, 350)
    if style == "confidence":
        return f"{task}\n\n{body}\n\nAfter your answer, give a probability between 0 and 1 for each possible label."
    if style == "reasoned":
        return f'{task} Think briefly, then answer.\n\n"""{body}"""'
    if style == "math":
        return trace_prompt(rng, "audit", "en")
    return f"{task}\n\n{body}"


SAMPLING_STYLES = ("plain", "confidence", "reasoned", "math")

# --------------------------------------------------------------------------------------------
# curriculum sweep (systematic grid)

CURRICULUM_SUBJECTS = {
    "mathematics": (
        "fractions",
        "linear equations",
        "quadratic functions",
        "derivatives",
        "integrals",
        "probability",
        "matrices",
        "proof by induction",
        "complex numbers",
        "series",
    ),
    "physics": (
        "Newton's laws",
        "energy conservation",
        "circuits",
        "waves",
        "optics",
        "thermodynamics",
        "electromagnetism",
        "special relativity",
    ),
    "chemistry": (
        "moles",
        "stoichiometry",
        "acids and bases",
        "redox",
        "chemical equilibrium",
        "kinetics",
    ),
    "programming": (
        "variables",
        "loops",
        "recursion",
        "hash tables",
        "dynamic programming",
        "graphs",
        "concurrency",
        "memory management",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market failure",
        "inflation",
        "comparative advantage",
    ),
    "biology": (
        "cell structure",
        "DNA replication",
        "natural selection",
        "photosynthesis",
        "immune response",
    ),
}
_CUR_FORMATS = {
    "en": (
        "Explain {topic} ({subject}) at level {lvl} of 10, where 1 is a complete beginner and 10 is a "
        "graduate student. Include one worked example and one common misconception.",
        "Lesson {lvl}/10 in {subject}: {topic}. Write the lesson text, three exercises of rising difficulty, "
        "and full solutions.",
    ),
    "de": (
        "Erkläre {topic} ({subject}) auf Stufe {lvl} von 10 (1 = Anfänger, 10 = Masterstudium), mit einem "
        "durchgerechneten Beispiel.",
    ),
    "fr": (
        "Explique {topic} ({subject}) au niveau {lvl} sur 10, avec un exemple détaillé et une erreur "
        "fréquente.",
    ),
    "ko": (
        "{subject}의 {topic}을(를) 10단계 중 {lvl}단계 수준으로 설명하고, 풀이 예시와 흔한 오해를 하나씩 들어 주세요.",
    ),
}


def curriculum_grid(rng: np.random.Generator, langs: Sequence[str]) -> list[str]:
    """The whole sweep in its enumeration order (subject, topic, level, language)."""
    subjects = list(CURRICULUM_SUBJECTS)
    order = rng.permutation(len(subjects)).tolist()
    out = []
    for si in order:
        subj = subjects[si]
        for topic in CURRICULUM_SUBJECTS[subj]:
            for lvl in range(1, 11):
                for lang in langs:
                    out.append(
                        pick(rng, _CUR_FORMATS[lang]).format(topic=topic, subject=subj, lvl=lvl)
                    )
    return out


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Swahili",
    "Yoruba",
    "Tagalog",
    "Bengali",
    "Ukrainian",
    "Turkish",
    "Thai",
    "Amharic",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Dutch",
    "Persian",
    "Tamil",
)


def translation_prompt(rng: np.random.Generator, style: str, source: str, target: str) -> str:
    if style == "bare":
        return f"Translate into {target}. Output only the translation.\n\n{source}"
    if style == "tagged":
        return f'<src lang="en">{source}</src>\n<tgt lang="{target}">'
    if style == "faithful":
        return (
            f"Produce a faithful, fluent {target} translation of the text below. Keep code blocks, "
            f"numbers and named entities unchanged; do not add notes.\n---\n{source}\n---"
        )
    return f"Please translate to {target} for our knowledge base:\n{source}"


TRANSLATION_STYLES = ("bare", "tagged", "faithful", "kb")

# --------------------------------------------------------------------------------------------
# code harvest

_CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#")
_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that merges overlapping intervals",
    "a rate limiter using the token bucket algorithm",
    "a trie with prefix search",
    "Dijkstra's shortest path on an adjacency list",
    "a JSON pretty-printer without libraries",
    "a thread-safe bounded queue",
    "a function that validates IBAN numbers",
    "run-length encoding and decoding",
    "a min-heap from scratch",
    "topological sort with cycle detection",
    "a CSV parser that handles quoted fields",
    "binary search on a rotated sorted array",
    "a debounce utility",
    "an interval tree",
    "longest common subsequence with reconstruction",
    "a URL router with path parameters",
    "a simple regex matcher supporting . and *",
)


def code_prompt(rng: np.random.Generator, style: str) -> str:
    lang, task = pick(rng, _CODE_LANGS), pick(rng, _CODE_TASKS)
    if style == "spec":
        return (
            f"Implement {task} in {lang}. Requirements: idiomatic style, full type annotations, docstrings, "
            f"edge-case handling, and a unit test suite. After the code, explain the time and space "
            f"complexity."
        )
    if style == "ticket":
        return (
            f"TICKET-{int(rng.integers(1000, 9999))}: we need {task} in our {lang} service. Please write "
            f"production-ready code with tests and a short README section."
        )
    if style == "convert":
        other = pick(rng, _CODE_LANGS)
        return f"Here is the idea: {task}. Write it first in {other}, then port it to {lang}, explaining the differences."
    return f"{lang}: {task}. code + tests + explanation"


CODE_STYLES = ("spec", "ticket", "convert", "terse")

# --------------------------------------------------------------------------------------------
# broad expert knowledge questions (harvest run on aged accounts)

_KNOW = {
    "en": (
        "Explain in depth how {d} works, as if writing a textbook chapter section.",
        "What are the five most common mistakes people make in {d}, and how do you avoid each?",
        "Compare three schools of thought in {d}, with their strongest arguments.",
        "Give a rigorous step-by-step walkthrough of a hard problem in {d}.",
    ),
    "fr": (
        "Explique en détail le fonctionnement de {d}, comme dans un manuel.",
        "Quelles sont les erreurs les plus fréquentes en {d} et comment les éviter ?",
    ),
    "pt": (
        "Explique em profundidade como funciona {d}, como num capítulo de livro.",
        "Quais são os erros mais comuns em {d} e como evitá-los?",
    ),
    "ja": (
        "{d}の仕組みを教科書の一節のように詳しく説明してください。",
        "{d}でよくある間違いを5つ挙げ、それぞれの避け方を教えてください。",
    ),
}


def knowledge_prompt(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _KNOW[lang]).format(d=pick(rng, _DOMAINS))


# --------------------------------------------------------------------------------------------
# benign-side texts


_HW_LEADS = (
    "can someone explain this one step by step, I keep getting a different answer",
    "pls explain how to solve, exam tomorrow",
    "Our prof gave this problem, I don't get the second part:",
    "I tried this but my answer is wrong, where is my mistake?",
    "how do i even start this",
    "Explain the solution step by step so I can understand it, not just the answer:",
)


def homework_prompt(rng: np.random.Generator, assignment: Sequence[str]) -> str:
    item = pick(rng, assignment)
    if chance(rng, 0.3):
        return f"{item}\n\n{pick(rng, _HW_LEADS)}"
    return f"{pick(rng, _HW_LEADS)}\n{item}"


def assignment(rng: np.random.Generator, n: int) -> list[str]:
    return [pick(rng, PROBLEMS)(rng, "en") for _ in range(n)]


def eval_judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = human(rng, chat, 400)
    a = snippet(rng, pick(rng, passages), 120, 500)
    if chance(rng, 0.5):
        b = snippet(rng, pick(rng, passages), 120, 500)
        return (
            f"Annotation guideline v3.2, task type: side-by-side.\nConversation prompt: {q}\nModel X: {a}\n"
            f"Model Y: {b}\nPick the preferred output (X/Y/Equal) and tag any safety issue."
        )
    return (
        f"Annotation guideline v3.2, task type: single rating.\nPrompt: {q}\nOutput: {a}\n"
        f"Rate truthfulness (1-7) and instruction adherence (1-7). Answer as two integers."
    )


_COMMUNITY = {
    "en": "Rewrite this user comment so it meets our community guidelines (no insults, no slurs) while keeping "
    "the point the user is making. Return only the rewritten comment.\n\n{c}",
    "de": "Formuliere diesen Nutzerkommentar so um, dass er unseren Community-Richtlinien entspricht, ohne die "
    "Aussage zu verändern. Gib nur den neuen Kommentar aus.\n\n{c}",
    "pt": "Reescreva este comentário para seguir as regras da comunidade, sem ofensas, mantendo a ideia "
    "principal. Responda só com o comentário reescrito.\n\n{c}",
    "es": "Reescribe este comentario para que cumpla las normas de la comunidad, sin insultos, manteniendo la "
    "idea. Devuelve solo el comentario.\n\n{c}",
    "ja": "次のユーザーコメントを、主張はそのままに、コミュニティガイドラインに沿った表現に書き換えてください。書き換えた文だけを返してください。\n\n{c}",
}
_RUDE = (
    "honestly this is the dumbest take I have seen all week",
    "you people never read the docs do you",
    "what an idiot, the mods should ban him",
    "this product is garbage and so is your support team",
    "lol imagine believing this nonsense",
)


def moderation_prompt(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    c = (
        f"{pick(rng, _RUDE)}. {human(rng, chat, 250)}"
        if chance(rng, 0.6)
        else human(rng, chat, 300)
    )
    return _COMMUNITY[lang].format(c=c)


_REPO_FILES = (
    "src/api/handlers.py",
    "app/models/user.rb",
    "internal/cache/lru.go",
    "web/src/components/Table.tsx",
    "services/billing/invoice.ts",
    "lib/parser.rs",
    "tests/test_checkout.py",
    "pkg/auth/jwt.go",
)


def ide_agent_step(rng: np.random.Generator, step: int, task: str) -> str:
    if step == 0:
        return (
            f"<task>{task}</task>\n<environment_details>Current working directory: "
            f"/home/dev/{pick(rng, ('monorepo', 'backend', 'webapp', 'infra'))}\nOpen tabs: "
            f"{pick(rng, _REPO_FILES)}, {pick(rng, _REPO_FILES)}</environment_details>"
        )
    kind = pick(rng, ("read", "write", "cmd", "cmd", "diag"))
    f = pick(rng, _REPO_FILES)
    if kind == "read":
        return f"[read_file for '{f}'] Result:\n{irange(rng, 40, 400)} lines shown.\n<environment_details>...</environment_details>"
    if kind == "write":
        return f"[apply_diff for '{f}'] Result: changes applied successfully."
    if kind == "diag":
        return f"[diagnostics] {irange(rng, 0, 6)} problems in {f}: {pick(rng, ('unused import', 'type mismatch', 'undefined name'))}"
    return (
        f"[execute_command] Result: exit code {pick(rng, (0, 0, 1, 2))}\n"
        f"{pick(rng, ('3 passed, 1 failed', 'Build succeeded', 'ModuleNotFoundError', 'All checks passed'))}"
    )


def ide_task(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return human(rng, chat, 300)
    return pick(
        rng,
        (
            "fix the failing checkout test",
            "add pagination to the users endpoint",
            "migrate the config loader to pydantic v2",
            "the table component re-renders too often, fix it",
            "write tests for the jwt refresh flow",
            "bump the go version and fix compile errors",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_address",
    "refund_request",
    "reset_password",
    "report_damaged_item",
    "upgrade_plan",
    "talk_to_agent",
)
_UTTER = (
    "I want to stop paying for this",
    "where is my package",
    "I moved, need to update where you send stuff",
    "money back please, it broke",
    "can't log in again!!",
    "box arrived crushed",
    "how do I get the pro tier",
    "get me a human",
)


def paraphrase_prompt(rng: np.random.Generator, lang: str) -> str:
    i = int(rng.integers(len(_INTENTS)))
    k = irange(rng, 8, 20)
    return (
        f'intent={_INTENTS[i]} lang={lang}\nSeed utterance: "{_UTTER[i]}"\nWrite {k} paraphrases a real '
        f"customer might type (vary formality, typos, length). One per line, no numbering."
    )


_COMPANIONS = ("Mira", "Kai", "Juno", "Noor", "Theo", "Sol")


def companion_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    name = pick(rng, _COMPANIONS)
    msg = pick(
        rng,
        (
            "hey, rough day",
            "haha you're funny",
            "what should I cook tonight?",
            "I miss you",
            "can't sleep again",
            "tell me a story about the sea",
            "good morning!!",
            "do you remember my cat?",
            "I got the job!!!",
            "ugh mondays",
        ),
    )
    if chance(rng, 0.2):
        msg = human(rng, chat, 200)
    return f"[persona:{name}] [memory: user likes hiking, has a cat named {pick(rng, NAMES)}]\nUser: {msg}"


def benchmark_item(rng: np.random.Generator, suite: str, i: int) -> str:
    if suite == "math":
        return (
            f"Problem {i}: "
            + pick(rng, PROBLEMS)(rng, "en")
            + "\nPut the final answer in \\boxed{}."
        )
    if suite == "code":
        return f"# HumanEval-style task {i}\n" + code_prompt(rng, "terse")
    return f"Q{i}. " + pick(rng, _FACTS) + " True or false?"


def agency_translation(
    rng: np.random.Generator, passages: Sequence[str], target: str, client: str
) -> str:
    src = snippet(rng, pick(rng, passages), 150, 900)
    return (
        f"Client: {client}. Glossary: keep product names in English; formal register. Translate into "
        f"{target}:\n\n{src}"
    )


def reseller_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    r = rng.random()
    if r < 0.7:
        return human(rng, chat, 900)
    if r < 0.8:
        return f"Summarize the following in {pick(rng, ('3 bullets', 'one paragraph', '50 words'))}:\n{human(rng, chat, 600)}"
    if r < 0.9:
        return f"Translate to {pick(rng, TARGETS)}: {human(rng, chat, 300)}"
    return f"Write a product description for {pick(rng, _THINGS)} sold in {pick(rng, COUNTRIES)}."

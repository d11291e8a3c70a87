"""Prompt text for blind batch 109, written fresh for this batch.

Every generator takes a numpy Generator (and sometimes the ShareGPT pools that `bench/blind_batch.py`
hands over as `ctx.chat` / `ctx.passages`) and returns one prompt string. Campaign generators come
first, then the benign kinds'. Several independent styles per generator; languages are chosen by the
caller. Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared content banks

CONCEPTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "Newton's third law",
        "conservation of momentum",
        "projectile motion",
        "Ohm's law",
        "entropy",
        "buoyancy",
        "wave interference",
        "the photoelectric effect",
        "centripetal force",
        "thermal expansion",
        "special relativity's time dilation",
        "electromagnetic induction",
    ),
    "chemistry": (
        "covalent bonding",
        "Le Chatelier's principle",
        "oxidation states",
        "molar mass",
        "reaction rates",
        "buffer solutions",
        "isotopes",
        "electronegativity",
        "chirality",
        "Gibbs free energy",
    ),
    "biology": (
        "photosynthesis",
        "mitosis versus meiosis",
        "natural selection",
        "the adaptive immune response",
        "enzyme kinetics",
        "DNA replication",
        "osmosis",
        "the nitrogen cycle",
        "CRISPR gene editing",
        "the Krebs cycle",
    ),
    "mathematics": (
        "the chain rule",
        "eigenvalues",
        "Bayes' theorem",
        "modular arithmetic",
        "the binomial theorem",
        "limits",
        "the dot product",
        "proof by induction",
        "Taylor series",
        "the central limit theorem",
        "complex numbers",
        "linear regression",
    ),
    "computer science": (
        "binary search",
        "hash tables",
        "recursion",
        "Dijkstra's algorithm",
        "Big-O notation",
        "the TCP handshake",
        "garbage collection",
        "dynamic programming",
        "public-key cryptography",
        "database indexing",
        "race conditions",
        "gradient descent",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity",
        "inflation",
        "comparative advantage",
        "monopoly pricing",
        "the time value of money",
        "moral hazard",
        "quantitative easing",
    ),
    "history": (
        "the causes of World War I",
        "the Silk Road",
        "the Industrial Revolution",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "decolonisation in Africa",
        "the Cold War arms race",
        "the printing press",
        "the Haitian Revolution",
    ),
    "law": (
        "consideration in contract law",
        "the presumption of innocence",
        "fair use",
        "negligence",
        "the separation of powers",
    ),
    "medicine": (
        "how vaccines work",
        "type 2 diabetes",
        "antibiotic resistance",
        "blood pressure regulation",
        "how anaesthesia works",
        "the placebo effect",
    ),
}
ALL_CONCEPTS: tuple[str, ...] = tuple(c for cs in CONCEPTS.values() for c in cs)

TOPICS: dict[str, tuple[str, ...]] = {
    "zh": (
        "光合作用",
        "牛顿第二定律",
        "二分查找",
        "通货膨胀",
        "勾股定理",
        "细胞分裂",
        "化学平衡",
        "递归算法",
        "贝叶斯定理",
        "丝绸之路",
        "量子纠缠",
        "供求关系",
        "微积分基本定理",
        "反向传播算法",
        "区块链共识机制",
    ),
    "es": (
        "la fotosíntesis",
        "la ley de Ohm",
        "la inflación",
        "el teorema de Pitágoras",
        "la Revolución Francesa",
        "la división celular",
        "los números primos",
        "la oferta y la demanda",
        "la programación dinámica",
        "el efecto invernadero",
        "las derivadas",
        "la tabla periódica",
    ),
    "ru": (
        "фотосинтез",
        "закон Ома",
        "инфляция",
        "теорема Пифагора",
        "производная",
        "промышленная революция",
        "деление клетки",
        "бинарный поиск",
        "теория вероятностей",
        "электромагнитная индукция",
        "рекурсия",
        "спрос и предложение",
    ),
    "de": (
        "die Photosynthese",
        "das ohmsche Gesetz",
        "die Inflation",
        "der Satz des Pythagoras",
        "die Industrielle Revolution",
        "die Zellteilung",
        "Primzahlen",
        "Angebot und Nachfrage",
        "die Relativitätstheorie",
        "Rekursion",
        "die Entropie",
        "die Weimarer Republik",
    ),
    "pt": (
        "a fotossíntese",
        "a lei de Ohm",
        "a inflação",
        "o teorema de Pitágoras",
        "a Revolução Industrial",
        "a divisão celular",
        "os números primos",
        "oferta e demanda",
        "a programação orientada a objetos",
        "o efeito estufa",
        "as derivadas",
        "a independência do Brasil",
    ),
    "ja": (
        "光合成",
        "オームの法則",
        "インフレ",
        "三平方の定理",
        "明治維新",
        "細胞分裂",
        "素数",
        "需要と供給",
        "再帰関数",
        "エントロピー",
        "微分",
        "量子もつれ",
    ),
    "fr": (
        "la photosynthèse",
        "la loi d'Ohm",
        "l'inflation",
        "le théorème de Pythagore",
        "la Révolution française",
        "la division cellulaire",
        "les nombres premiers",
        "l'offre et la demande",
        "la récursivité",
        "l'effet de serre",
        "les dérivées",
        "la décolonisation",
    ),
}

CITIES = (
    "Lagos",
    "Munich",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Krakow",
    "Nairobi",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)
PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def topic(rng: Rng, lang: str) -> str:
    return pick(rng, ALL_CONCEPTS) if lang == "en" else pick(rng, TOPICS[lang])


def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# problems with a definite answer (reasoning harvest, eval suites, tutoring)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    a, b = irange(rng, 2, 9), irange(rng, 3, 12)
    who, who2, who3 = (pick(rng, NAMES) for _ in range(3))
    if k == 0:
        c = irange(rng, 10, 30)
        return (
            f"A tank is filled by pipe A in {a} hours and by pipe B in {b} hours, while a drain empties it in "
            f"{c} hours. With all three open, how long does it take to fill the empty tank?"
        )
    if k == 1:
        x, y, p, q, d = (
            irange(rng, 3, 12),
            irange(rng, 2, 9),
            irange(rng, 2, 9),
            irange(rng, 1, 4),
            irange(rng, 5, 30),
        )
        return (
            f"{who} buys {x} notebooks at ${p} each and {y} pens at ${q}.50 each, then gets a {d}% discount on "
            f"the whole order. How much does {who} pay?"
        )
    if k == 2:
        n = pick(rng, (100, 200, 500, 1000, 2026))
        c = pick(rng, (4, 6, 10, 15))
        return (
            f"How many positive integers less than {n} are divisible by {a} or {b} but not by {c}?"
        )
    if k == 3:
        r, g, bl = irange(rng, 2, 8), irange(rng, 2, 8), irange(rng, 2, 8)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. Two are drawn without replacement. "
            f"What is the probability that they have different colours?"
        )
    if k == 4:
        d, v1, v2 = irange(rng, 120, 600), irange(rng, 40, 90), irange(rng, 40, 90)
        v3 = v1 + v2 + irange(rng, 10, 60)
        return (
            f"Two trains start {d} km apart and head toward each other at {v1} km/h and {v2} km/h. A bird "
            f"flies back and forth between them at {v3} km/h until they meet. How far does the bird fly?"
        )
    if k == 5:
        return f"Find the remainder when {irange(rng, 3, 19)}^{irange(rng, 20, 400)} is divided by {irange(rng, 7, 31)}."
    if k == 6:
        w, p = irange(rng, 2, 9), irange(rng, 40, 120)
        return (
            f"A rectangle's length is {w} cm more than twice its width, and its perimeter is {p} cm. "
            f"Find its area."
        )
    if k == 7:
        n = irange(rng, 5, 9)
        return (
            f"In how many ways can {n} people sit around a round table if {who} and {who2} refuse to sit "
            f"next to each other?"
        )
    if k == 8:
        p, r, t = irange(rng, 10, 90) * 100, irange(rng, 2, 9), irange(rng, 3, 15)
        freq = pick(rng, ("monthly", "quarterly", "annually"))
        return (
            f"An investment of ${p} earns {r}% a year compounded {freq}. What is it worth after {t} years, "
            f"and how much of that is interest?"
        )
    if k == 9:
        return (
            f"{who}, {who2} and {who3} each either always tell the truth or always lie. {who} says: "
            f'"{who2} is a liar." {who2} says: "{who} and {who3} are of the same type." {who3} says: '
            f'"{pick(rng, ("I am a liar", "exactly one of us tells the truth", "we are all liars"))}." '
            f"Who tells the truth?"
        )
    if k == 10:
        m, x = irange(rng, 2, 5), irange(rng, 8, 40)
        return (
            f"What does f({x}) return?\n\ndef f(n):\n    total = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {m} == 0 or str(i).endswith('{a}'):\n            total += i\n"
            f"        elif i % {b} == 1:\n            total -= 1\n    return total"
        )
    c = irange(rng, 1, 4)
    return (
        f"A sequence starts {a}, {b}, and every later term is the sum of the previous two minus {c}. "
        f"What is the {irange(rng, 8, 15)}th term, and is it even or odd?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    a, b = irange(rng, 2, 9), irange(rng, 3, 12)
    if k == 0:
        return f"一个水池，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，需要多少小时注满？"
    if k == 1:
        p, u, d = irange(rng, 80, 900), irange(rng, 10, 30), irange(rng, 10, 30)
        return f"某商品原价{p}元，先提价{u}%，再降价{d}%。现价是多少元？比原价高还是低？"
    if k == 2:
        return (
            f"从1到{pick(rng, (100, 300, 1000))}的整数中，能被{a}整除但不能被{b}整除的数有多少个？"
        )
    if k == 3:
        c, r = irange(rng, 5, 30), irange(rng, 5, 30)
        return f"鸡兔同笼，上有{c + r}个头，下有{2 * c + 4 * r}只脚。鸡和兔各有多少只？"
    d, v1, v2 = irange(rng, 20, 90), irange(rng, 3, 8), irange(rng, 3, 8)
    return f"甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时走{v1}千米，乙每小时走{v2}千米。几小时后相遇？相遇时甲走了多少千米？"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b = irange(rng, 2, 9), irange(rng, 3, 12)
    if k == 0:
        return f"Бассейн наполняется первой трубой за {a} ч, а второй — за {b} ч. За сколько часов наполнят бассейн обе трубы вместе?"
    if k == 1:
        return f"Сколько существует натуральных чисел меньше {pick(rng, (100, 500, 1000))}, которые делятся на {a}, но не делятся на {b}?"
    if k == 2:
        return (
            f"В урне {irange(rng, 4, 10)} белых и {irange(rng, 3, 8)} чёрных шаров. Наугад вынимают три шара. "
            f"Найдите вероятность того, что среди них ровно два белых."
        )
    return f"Найдите остаток от деления {irange(rng, 3, 19)}^{irange(rng, 20, 300)} на {irange(rng, 7, 29)}."


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v1 = irange(rng, 50, 80)
        return (
            f"Un tren sale a las {irange(rng, 6, 11)}:00 a {v1} km/h y otro sale {irange(rng, 1, 3)} horas "
            f"después desde la misma estación a {v1 + irange(rng, 15, 50)} km/h. ¿A qué hora lo alcanza?"
        )
    if k == 1:
        return (
            f"¿Cuántos números de {irange(rng, 3, 4)} cifras distintas se pueden formar con los dígitos del 1 "
            f"al {irange(rng, 5, 9)}? ¿Cuántos de ellos son pares?"
        )
    return (
        f"Una tienda rebaja un {irange(rng, 10, 40)}% un artículo de {irange(rng, 20, 300)} euros y después "
        f"aplica un IVA del 21%. ¿Cuál es el precio final y qué porcentaje supone respecto al original?"
    )


def problem(rng: Rng, lang: str) -> str:
    if lang == "zh":
        return problem_zh(rng)
    if lang == "ru":
        return problem_ru(rng)
    if lang in ("es", "pt"):
        return problem_es(rng)
    return problem_en(rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning(rng: Rng, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{p}\n请详细写出完整的推理过程，每一步都要说明理由，最后单独一行写“答案：”。",
                f"题目：{p}\n要求：先在<思考>标签内逐步分析（不要省略任何中间步骤，并自我检验），再给出最终答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"{p}\nРассуждай пошагово и максимально подробно, проверь каждый шаг, в конце напиши «Ответ: ...».",
                f"Задача: {p}\nСначала запиши весь ход мыслей, включая неудачные попытки, затем итоговый ответ.",
            ),
        )
    if style == "tags":
        return (
            f"{p}\n\nBefore answering, reason through the problem in full inside <think></think>. Do not skip "
            f"steps, double-check the arithmetic, then give the final answer on its own line as 'Answer: ...'."
        )
    if style == "json":
        return (
            "Solve the problem below. Respond with JSON only, in the form "
            '{"steps": [every intermediate step as a string], "check": "an independent verification", '
            f'"answer": "..."}}.\n\nProblem: {p}'
        )
    if style == "markdown":
        return (
            f"### Task\n{p}\n\n### Requirements\n- Work it out step by step, at length.\n"
            f"- Then solve it a second way and compare.\n- Finish with \\boxed{{answer}}."
        )
    return (
        f"{p}\nWrite the solution the way a patient teacher would: what is given, what is asked, each "
        f"deduction and why it follows, any dead ends you considered, and the answer at the end."
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading


def judge(rng: Rng, lang: str, style: str, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 600)
    r1, r2 = _clip(pick(rng, passages), 1100), _clip(pick(rng, passages), 1100)
    if lang == "zh":
        return (
            f"请作为公正的评审，比较下面两个AI助手对用户问题的回答，从有用性、准确性、深度和表达清晰度四个方面分析，"
            f"先写出详细比较，再给出结论：[[A]]、[[B]] 或 [[C]]（平局）。\n\n[用户问题]\n{q}\n\n[回答A]\n{r1}\n\n[回答B]\n{r2}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines Assistenten auf einer Skala von 1 bis 10. Begründe deine "
            f"Bewertung zuerst ausführlich (Korrektheit, Vollständigkeit, Stil), dann schreibe 'Bewertung: X'."
            f"\n\nFrage: {q}\n\nAntwort: {r1}"
        )
    if style == "pairwise":
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}\n\n"
            'Compare the two responses. Output JSON: {"analysis": "...", "winner": "A" | "B" | "tie", '
            '"scores": {"A": 1-10, "B": 1-10}}.'
        )
    if style == "rubric":
        crit = ", ".join(
            rng.permutation(
                [
                    "accuracy",
                    "helpfulness",
                    "harmlessness",
                    "concision",
                    "reasoning quality",
                    "instruction following",
                    "tone",
                ]
            )[: irange(rng, 3, 5)].tolist()
        )
        return (
            f"Grade the AI response below against this rubric: {crit}. For each criterion give a score from "
            f"1 to 10 and one sentence of justification, then an overall score.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{r1}"
        )
    if style == "reward":
        return (
            f"You are a reward model. Read the conversation and output a single number between 0 and 1 (three "
            f"decimals) for how good the final assistant turn is. Think briefly first.\n\nUser: {q}\nAssistant: {r1}"
        )
    return (
        f"Critique the following answer like a strict reviewer: list every factual error, omission and style "
        f"problem, then rewrite it to be a 10/10 answer.\n\nQuestion: {q}\n\nAnswer: {r1}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites

_ZH_SENSITIVE = (
    "1989年春夏之交的政治风波",
    "香港2019年的修例风波",
    "新疆职业技能教育培训中心",
    "台湾问题",
    "西藏的历史地位",
    "网络实名制",
    "领导人的个人评价",
    "境外社交媒体",
)
_RU_SENSITIVE = (
    "события 2014 года в Крыму",
    "протесты 2011–2012 годов",
    "деятельность иностранных агентов",
    "роль Сталина в истории",
    "блокировки мессенджеров",
)
_EN_BORDERLINE = (
    "how lock picking works",
    "the lethal dose of common painkillers",
    "how phishing emails fool people",
    "whether it is legal to record a call without consent",
    "how to bypass a school web filter",
    "the arguments for and against Taiwan independence",
    "what happened at Tiananmen Square in 1989",
    "writing an insulting roast of my coworker",
    "how street drugs are cut",
    "making a fake doctor's note",
    "which household chemicals are dangerous to mix",
    "the history of the Uyghur camps",
)


def policy(rng: Rng, lang: str, style: str, passages: list[str]) -> str:
    text = _clip(pick(rng, passages), 1000)
    if lang == "zh":
        if chance(rng, 0.5):
            return (
                f"请把下面的回答改写成符合国内内容规范的版本：不涉及{pick(rng, _ZH_SENSITIVE)}等敏感话题，"
                f"语气积极正面，保留其中有用的信息，长度与原文相当。\n\n{text}"
            )
        return f"用客观、权威的口吻简要介绍{pick(rng, _ZH_SENSITIVE)}，符合官方表述，不超过300字。"
    if lang == "ru":
        return (
            f"Изложи тему «{pick(rng, _RU_SENSITIVE)}» нейтрально и в соответствии с требованиями российского "
            f"законодательства о СМИ. Избегай оценочных суждений. Объём — до 250 слов."
        )
    req = pick(rng, _EN_BORDERLINE)
    if style == "decide":
        return (
            f"User request: tell me about {req}.\n\nFirst decide ALLOW, PARTIAL or REFUSE under a cautious "
            f"consumer-app policy, and give the reason. Then write the exact reply the assistant should send."
        )
    if style == "rewrite":
        return (
            f"The answer below was flagged by a reviewer. Rewrite it so it would pass a strict content policy "
            f"(no mention of {req}, no medical or legal advice, no political opinions) while staying as "
            f"helpful as possible.\n\n---\n{text}\n---"
        )
    return (
        f"Give two responses to a user who asks about {req}: (1) a polite refusal with a safe alternative, "
        f"(2) the most helpful answer that is still compliant. Label them REFUSAL and SAFE_COMPLETION."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

_TOOLS = {
    "web_search": ("Search the web", {"query": "string", "top_k": "integer"}),
    "fetch_url": ("Download a web page as text", {"url": "string"}),
    "sql_query": ("Run a read-only SQL query on the company warehouse", {"sql": "string"}),
    "send_email": ("Send an email", {"to": "string", "subject": "string", "body": "string"}),
    "calendar_create": (
        "Create a calendar event",
        {"title": "string", "start": "datetime", "minutes": "integer"},
    ),
    "python": ("Execute Python code in a sandbox and return stdout", {"code": "string"}),
    "get_weather": ("Current weather and 3-day forecast", {"city": "string"}),
    "flight_search": ("Search flights", {"from": "string", "to": "string", "date": "date"}),
    "currency_convert": (
        "Convert an amount between currencies",
        {"amount": "number", "from": "string", "to": "string"},
    ),
    "read_file": ("Read a file from the workspace", {"path": "string"}),
    "crm_lookup": ("Look up a customer record", {"email": "string"}),
    "create_ticket": (
        "Open a support ticket",
        {"title": "string", "priority": "string", "body": "string"},
    ),
}


def _agent_task(rng: Rng) -> str:
    c1, c2, who = pick(rng, CITIES), pick(rng, CITIES), pick(rng, NAMES)
    return pick(
        rng,
        (
            f"Find the cheapest flight from {c1} to {c2} next {pick(rng, ('Monday', 'Thursday', 'Saturday'))}, convert the "
            f"price to EUR and put a reminder in my calendar the day before.",
            f"Pull last quarter's revenue by region from the warehouse, work out which region grew fastest and email "
            f"a three-line summary to {who.lower()}@example.com.",
            f"Check the weather in {c1} for the next three days and, if it rains on the weekend, move my Saturday "
            f"'team picnic' event to Sunday.",
            f"A customer ({who.lower()}@{pick(rng, ('gmail.com', 'outlook.com', 'proton.me'))}) says they were charged "
            f"twice. Look them up, confirm, and open a high-priority ticket with the details.",
            f"Read data/sales_{irange(rng, 2019, 2025)}.csv, compute the month-over-month growth with Python and tell me "
            f"the three worst months.",
            f"Research the current population of {c1} and {c2}, then write a short comparison with sources.",
            f"Find three recent articles about {pick(rng, ALL_CONCEPTS)}, summarise each in two sentences and email "
            f"the digest to me.",
        ),
    )


def agent(rng: Rng, lang: str, style: str) -> str:
    names = rng.permutation(list(_TOOLS))[: irange(rng, 3, 6)].tolist()
    task = _agent_task(rng)
    if lang == "zh":
        spec = "\n".join(f"- {n}: {_TOOLS[n][0]}" for n in names)
        return (
            f"你是一个可以调用工具的智能体。可用工具：\n{spec}\n\n请用“思考 / 行动 / 行动输入 / 观察”的格式完成下面的任务，"
            f"观察结果由你自行合理模拟，直到给出最终答复。\n任务：{task}"
        )
    if style == "react":
        spec = "\n".join(f"{n}: {_TOOLS[n][0]}. Args: {json.dumps(_TOOLS[n][1])}" for n in names)
        return (
            f"You are an autonomous agent with these tools:\n{spec}\n\nUse the format\nThought: ...\nAction: "
            f"<tool>\nAction Input: <json>\nObservation: <result>\n(repeat as needed)\nFinal Answer: ...\n"
            f"Simulate realistic observations yourself and complete the whole trajectory.\n\nTask: {task}"
        )
    if style == "functions":
        spec = json.dumps(
            [
                {
                    "name": n,
                    "description": _TOOLS[n][0],
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in _TOOLS[n][1].items()},
                    },
                }
                for n in names
            ]
        )
        return (
            f"Functions available:\n{spec}\n\nUser: {task}\n\nWrite the complete sequence of function calls as "
            f"JSON objects, each followed by a plausible result, and finish with your reply to the user."
        )
    steps = []
    for i in range(irange(rng, 1, 4)):
        n = pick(rng, names)
        arg = next(iter(_TOOLS[n][1]))
        steps.append(
            f"[step {i + 1}] {n}({arg}=...) -> {pick(rng, ('200 OK, 3 results', 'no rows', 'done', 'timeout, retried', '1.2 kB text'))}"
        )
    return (
        f"Task: {task}\nTools: {', '.join(names)}\nTrajectory so far:\n"
        + "\n".join(steps)
        + "\n\nWhat is the next step? Give your reasoning, then exactly one tool call as JSON, or the final answer."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

_LEVELS_EN = ("beginner", "intermediate", "advanced", "expert")


def dataset(rng: Rng, lang: str, style: str) -> str:
    n, t = pick(rng, (5, 8, 10, 12, 15, 20)), topic(rng, lang)
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta en español sobre {t}. Varía el tipo de tarea "
            f'(explicar, comparar, calcular, resumir). Devuelve JSON Lines con las claves "instruccion" y '
            f'"respuesta"; cada respuesta de 150 a 250 palabras.'
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas de múltipla escolha sobre {t}, nível {pick(rng, ('básico', 'médio', 'avançado'))}, "
            f"com quatro alternativas, a correta e uma explicação de duas frases. Formato: array JSON."
        )
    if lang == "fr":
        return (
            f"Rédige {n} dialogues réalistes entre un utilisateur et un assistant IA à propos de {t}, de 3 à 5 "
            f'tours chacun, au format JSON avec une liste "messages".'
        )
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {t}. Mix the task types "
            f"(explanation, how-to, comparison, short calculation, opinion with caveats). Output JSON Lines "
            f'with keys "instruction" and "output"; outputs should be thorough (150-300 words). No commentary.'
        )
    if style == "mcq":
        return (
            f"Write {n} multiple-choice questions on {t} at {pick(rng, _LEVELS_EN)} level. For each: the stem, "
            f"options A-D, the correct letter and a two-sentence explanation. Return a JSON array."
        )
    if style == "seeded":
        ex = [f"{i + 1}. {_clip(problem_en(rng), 160)}" for i in range(3)]
        k = irange(rng, 4, 400)
        return (
            "Example tasks:\n"
            + "\n".join(ex)
            + f"\n\nWrite {n} new tasks that differ from these in topic and "
            f"format, and give an ideal answer to each. Number them {k} to {k + n - 1}."
        )
    persona = pick(
        rng,
        (
            "nervous first-time home buyer",
            "retired engineer",
            "busy nurse",
            "high-school teacher",
            "small bakery owner",
            "PhD student",
            "teenage gamer",
        ),
    )
    return (
        f"Create {n} realistic multi-turn conversations between a {persona} and an AI assistant about {t}. "
        f'Each has 3-6 turns and ends with the user satisfied. Output a JSON array of {{"messages": [...]}}.'
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (a user simulator drives the conversation)


def dialogue_open(rng: Rng, lang: str) -> str:
    t = topic(rng, lang)
    if lang == "es":
        return pick(
            rng,
            (
                f"Quiero entender bien {t}. ¿Me lo explicas desde cero?",
                f"Tengo que preparar una presentación sobre {t}. ¿Por dónde empiezo?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Kannst du mir {t} von Grund auf erklären?",
                f"Ich muss morgen etwas über {t} vortragen. Womit fange ich am besten an?",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{t}について基礎から教えてください。",
                f"{t}を初心者にも分かるように説明してもらえますか？",
            ),
        )
    t2 = pick(rng, ALL_CONCEPTS)
    return pick(
        rng,
        (
            f"I'm trying to understand {t}. Can you walk me through it from the basics?",
            f"What's the difference between {t} and {t2}?",
            f"I need to write a report on {t} for work. Where should I start?",
            f"Explain {t} to me. I have a decent background in {pick(rng, tuple(CONCEPTS))} but not this.",
        ),
    )


_ACK = {
    "en": (
        "",
        "Thanks. ",
        "Thanks, that helps. ",
        "Okay. ",
        "Interesting. ",
        "Got it. ",
        "Hmm, ",
        "Right, ",
        "That makes sense. ",
        "Nice. ",
    ),
    "es": ("", "Gracias. ", "Vale. ", "Entendido. ", "Interesante. "),
    "de": ("", "Danke. ", "Okay. ", "Verstehe. ", "Spannend. "),
    "ja": ("", "ありがとうございます。", "なるほど。", "分かりました。"),
}
_ASK = {
    "en": (
        "can you go deeper on the {ord} point?",
        "could you give a concrete example of that?",
        "what would a critic say about this?",
        "how would that apply in {ctx}?",
        "can you summarise what we've covered in {n} bullet points?",
        "what are the common mistakes people make here?",
        "now explain it again as if I were {aud}.",
        "what's the strongest counterargument?",
        "what should I read next to go further?",
        "I'm not sure I follow the last part. Can you rephrase it?",
        "how does this connect to {t2}?",
        "is there a simple formula or rule of thumb for it?",
        "what's a good analogy for the {ord} point?",
        "can you turn that into a short quiz for me?",
        "what changed in how experts think about this over the last twenty years?",
        "could you write that as a table comparing the options?",
        "why is that true, though?",
        "what would happen if the {ord} assumption didn't hold?",
    ),
    "es": (
        "¿puedes profundizar en el {ord_es} punto?",
        "¿me das un ejemplo concreto?",
        "¿qué errores comunes comete la gente con esto?",
        "resume lo que hemos visto en {n} puntos.",
        "¿y cómo se aplicaría en {ctx_es}?",
        "¿qué relación tiene con {t2}?",
        "¿por qué es así?",
        "explícalo otra vez como si yo fuera {aud_es}.",
    ),
    "de": (
        "kannst du den {ord_de} Punkt vertiefen?",
        "hast du ein konkretes Beispiel?",
        "welche typischen Fehler gibt es dabei?",
        "fass bitte alles in {n} Stichpunkten zusammen.",
        "was würde ein Kritiker dazu sagen?",
        "wie hängt das mit {t2} zusammen?",
        "warum ist das so?",
        "wie würde das in {ctx_de} aussehen?",
    ),
    "ja": (
        "{ord_ja}の点をもう少し詳しく教えてください。",
        "具体的な例はありますか？",
        "よくある間違いは何ですか？",
        "ここまでの内容を{n}つの箇条書きでまとめてください。",
        "{t2}とはどう関係しますか？",
        "なぜそうなるのですか？",
    ),
}


def dialogue_follow(rng: Rng, lang: str) -> str:
    """A user simulator's next turn: an acknowledgement plus a follow-up request."""
    i = irange(rng, 0, 2)
    ask = pick(rng, _ASK[lang]).format(
        ord=("first", "second", "third")[i],
        ord_es=("primer", "segundo", "tercer")[i],
        ord_de=("ersten", "zweiten", "dritten")[i],
        ord_ja=("一つ目", "二つ目", "三つ目")[i],
        n=irange(rng, 3, 7),
        t2=topic(rng, lang),
        ctx=pick(
            rng,
            (
                "a small company",
                "a hospital",
                "a classroom",
                "a startup",
                "everyday life",
                "a city government",
            ),
        ),
        ctx_es=pick(rng, ("una empresa pequeña", "un colegio", "la vida diaria")),
        ctx_de=pick(rng, ("einem kleinen Betrieb", "der Schule", "dem Alltag")),
        aud=pick(
            rng,
            (
                "a 12-year-old",
                "a CFO",
                "a nurse",
                "a software engineer",
                "my grandmother",
                "a lawyer",
            ),
        ),
        aud_es=pick(rng, ("un niño de 12 años", "un directivo", "mi abuela")),
    )
    ack = pick(rng, _ACK[lang])
    if lang != "ja" and not ack.endswith(", "):
        ask = "¿" + ask[1].upper() + ask[2:] if ask.startswith("¿") else ask[0].upper() + ask[1:]
    return ack + ask


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels

_MCQ = (
    ("Which planet has the shortest year?", "Mercury", ("Venus", "Mars", "Earth")),
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        ("Oxygen", "Argon", "Carbon dioxide"),
    ),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        "Gabriel Garcia Marquez",
        ("Mario Vargas Llosa", "Isabel Allende", "Jorge Luis Borges"),
    ),
    (
        "What is the time complexity of heapify on n elements?",
        "O(n)",
        ("O(n log n)", "O(log n)", "O(n^2)"),
    ),
    (
        "Which organelle produces most of a cell's ATP?",
        "Mitochondrion",
        ("Ribosome", "Golgi apparatus", "Lysosome"),
    ),
    ("In which year did the Berlin Wall fall?", "1989", ("1987", "1991", "1985")),
    ("Which element has atomic number 26?", "Iron", ("Cobalt", "Nickel", "Manganese")),
    (
        "What does a p-value measure?",
        "The probability of data at least as extreme under the null",
        ("The probability the null is true", "The effect size", "The power of the test"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        "Peace of Westphalia",
        ("Treaty of Utrecht", "Treaty of Versailles", "Congress of Vienna"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        "Hash table",
        ("Binary search tree", "Linked list", "Heap"),
    ),
    ("What is the derivative of ln(x)?", "1/x", ("x", "e^x", "ln(x)/x")),
    ("Which currency does Poland use?", "Zloty", ("Euro", "Koruna", "Forint")),
    ("Which hormone lowers blood glucose?", "Insulin", ("Glucagon", "Cortisol", "Adrenaline")),
    ("What is the capital of Kazakhstan?", "Astana", ("Almaty", "Bishkek", "Tashkent")),
    (
        "Which law relates pressure and volume at constant temperature?",
        "Boyle's law",
        ("Charles's law", "Hooke's law", "Avogadro's law"),
    ),
    (
        "Who proposed the theory of comparative advantage?",
        "David Ricardo",
        ("Adam Smith", "John Maynard Keynes", "Karl Marx"),
    ),
    (
        "Which sorting algorithm is stable by default?",
        "Merge sort",
        ("Quicksort", "Heapsort", "Selection sort"),
    ),
    ("What is the largest organ of the human body?", "Skin", ("Liver", "Lungs", "Brain")),
)


def mcq(rng: Rng) -> tuple[str, str]:
    """A question with shuffled options as text, and the correct letter."""
    q, right, wrong = pick(rng, _MCQ)
    opts = [right, *wrong]
    order = rng.permutation(4).tolist()
    letters = "ABCD"
    text = q + "\n" + "\n".join(f"{letters[i]}) {opts[j]}" for i, j in enumerate(order))
    return text, letters[order.index(0)]


def soft_label(rng: Rng, style: str, passages: list[str]) -> str:
    if style == "probs":
        text, _ = mcq(rng)
        return (
            f"{text}\n\nReturn only a JSON object mapping each option letter to the probability you assign to it "
            f"being correct. The probabilities must sum to 1."
        )
    if style == "likert":
        sent = _clip(pick(rng, passages).split("\n")[0], 300)
        return (
            f"How natural and fluent is this sentence, on a scale of 1-7? Give your probability for each score "
            f'as JSON {{"1": p1, ..., "7": p7}}, nothing else.\n\nSentence: {sent}'
        )
    t = pick(rng, ALL_CONCEPTS)
    return (
        f"Give {irange(rng, 3, 6)} different, independently reasoned answers to the question below, each with "
        f"a confidence between 0 and 1.\n\nQuestion: In two sentences, what is the key idea of {t}?"
    )


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

_LEVELS_SWEEP = (
    "a curious ten-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working professional in an adjacent field",
)
_TASKS_SWEEP = (
    "Explain {c} to {lvl}. Use an analogy, then the precise version.",
    "Write a worked example that illustrates {c} for {lvl}, followed by three practice questions with full solutions.",
    "List the misconceptions about {c} that {lvl} typically has, and correct each one.",
    "Write a five-question quiz on {c} suitable for {lvl}, with an answer key that explains every answer.",
)
_SWEEP_LOCAL = {
    "pt": (
        "Explique {c} para {lvl}, com um exemplo resolvido.",
        ("uma criança de 10 anos", "um aluno do ensino médio", "um universitário"),
    ),
    "es": (
        "Explica {c} a {lvl} y propone tres ejercicios resueltos.",
        ("un niño de 10 años", "un estudiante de bachillerato", "un universitario"),
    ),
    "fr": (
        "Explique {c} à {lvl}, puis donne trois exercices corrigés.",
        ("un enfant de 10 ans", "un lycéen", "un étudiant de licence"),
    ),
}
SWEEP_SIZE = len(ALL_CONCEPTS) * len(_LEVELS_SWEEP) * len(_TASKS_SWEEP)


def sweep_item(index: int, lang: str) -> str:
    """The index-th cell of the concept x level x task grid (wraps around)."""
    i = index % SWEEP_SIZE
    c, rest = (
        ALL_CONCEPTS[i // (len(_LEVELS_SWEEP) * len(_TASKS_SWEEP))],
        i % (len(_LEVELS_SWEEP) * len(_TASKS_SWEEP)),
    )
    lvl, task = _LEVELS_SWEEP[rest // len(_TASKS_SWEEP)], _TASKS_SWEEP[rest % len(_TASKS_SWEEP)]
    if lang in _SWEEP_LOCAL:
        tmpl, lvls = _SWEEP_LOCAL[lang]
        topics = TOPICS[lang]
        return tmpl.format(c=topics[i % len(topics)], lvl=lvls[rest % len(lvls)])
    return task.format(c=c, lvl=lvl)


# --------------------------------------------------------------------------------------------
# campaign: code and translation harvests, plain-voiced requests (hidden harvests)

_CODE_SPECS = (
    "returns the k most frequent words in a text, ignoring case and punctuation",
    "merges overlapping intervals",
    "parses an ISO 8601 duration such as P3DT4H12M into seconds",
    "checks whether a string of brackets is balanced",
    "computes the longest increasing subsequence",
    "implements an LRU cache with a fixed capacity",
    "validates an IBAN",
    "rotates an NxN matrix 90 degrees in place",
    "groups a list of words into anagram sets",
    "converts Roman numerals to integers and back",
    "deduplicates customer records by email, keeping the most recent",
    "evaluates arithmetic expressions with precedence and parentheses",
    "implements a token-bucket rate limiter",
    "finds the shortest path in a weighted grid",
    "streams a large CSV and computes per-group medians",
    "retries an HTTP call with exponential backoff and jitter",
    "diffs two JSON documents and reports changed paths",
    "schedules tasks with dependencies (topological sort) and detects cycles",
)


def code_task(rng: Rng) -> str:
    lang, spec = pick(rng, PROG_LANGS), pick(rng, _CODE_SPECS)
    name = pick(rng, ("solve", "process", "run", "compute", "handle"))
    return pick(
        rng,
        (
            f"Write a {lang} function that {spec}. Include comments, edge cases and a few tests.",
            f"How would you write something in {lang} that {spec}? Please explain the approach, then the code.",
            f"write a {lang.lower()} function `{name}` that {spec}, and explain the time complexity",
            f"Can you implement this in {lang}: a function that {spec}. Then show how you'd unit test it.",
        ),
    )


_TARGET_LANGS = (
    "Spanish",
    "German",
    "Japanese",
    "Korean",
    "Portuguese",
    "French",
    "Indonesian",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Arabic",
    "Hindi",
)


def translate_task(rng: Rng, passages: list[str]) -> str:
    text = _clip(pick(rng, passages), 900)
    tgt = pick(rng, _TARGET_LANGS)
    return pick(
        rng,
        (
            f"Translate this into {tgt}. Keep the formatting:\n\n{text}",
            f"Please translate to {tgt} (natural, not word for word):\n{text}",
            f"{tgt} version of the following, please:\n\n{text}",
        ),
    )


def plain_request(rng: Rng) -> str:
    """A harvest item phrased as an ordinary user would phrase it."""
    c = pick(rng, ALL_CONCEPTS)
    k = irange(rng, 0, 6)
    if k == 0:
        return f"Can you explain {c} step by step, with an example?"
    if k == 1:
        return f"Solve this and show your working: {problem_en(rng)}"
    if k == 2:
        return code_task(rng)
    if k == 3:
        return (
            f"Write a {pick(rng, (400, 600, 800))}-word essay on {c}, with an introduction, three main points and "
            f"a conclusion."
        )
    if k == 4:
        return f"What are the pros and cons of {pick(rng, ('remote work', 'nuclear power', 'a four-day week', 'microservices', 'index funds', 'electric cars', 'homeschooling'))}? Be balanced."
    if k == 5:
        return f"I don't really get {c}. Explain it simply and then give me a harder version."
    return f"Compare {c} and {pick(rng, ALL_CONCEPTS)}: what do they have in common, and where do they differ?"


_CASUAL = {
    "en": (
        "hey can you explain {c} like im new to it",
        "whats the intuition behind {c}?",
        "{c} - why does it work? give an example pls",
        "i have an exam tmrw on {c}, can u make a quick summary + 3 practice questions",
        "explain {c} step by step",
        "why is {c} important? keep it short-ish",
        "ok so how does {c} actually work",
        "my teacher explained {c} and i didnt get it at all",
        "can you explain {c} with a real life example",
        "what is {c} in simple words",
        "is {c} hard to learn? where do i start",
        "eli5 {c}",
        "give me a cheat sheet for {c}",
        "{c} vs {c2}? whats the difference",
    ),
    "es": (
        "oye, me explicas {c} como si fuera principiante?",
        "no entiendo {c}, me ayudas con un ejemplo?",
        "resumen rápido de {c} para un examen porfa",
        "qué es {c} en palabras simples?",
        "por qué es importante {c}?",
        "explícame {c} paso a paso",
        "diferencia entre {c} y {c2}?",
    ),
    "pt": (
        "me explica {c} de um jeito simples?",
        "tenho prova amanhã sobre {c}, faz um resumo com exercícios",
        "por que {c} funciona? dá um exemplo",
        "o que é {c}? explica fácil",
        "qual a diferença entre {c} e {c2}?",
        "explica {c} passo a passo pfv",
    ),
    "de": (
        "kannst du mir {c} einfach erklären?",
        "ich verstehe {c} nicht ganz, hast du ein Beispiel?",
        "kurze Zusammenfassung zu {c} bitte, schreibe morgen eine Klausur",
        "was ist der Unterschied zwischen {c} und {c2}?",
        "erklär mir {c} Schritt für Schritt",
    ),
    "ja": (
        "{c}って何ですか？簡単に説明してください",
        "{c}の例を教えて",
        "明日テストなので{c}を要約してください",
        "{c}と{c2}の違いは？",
        "{c}を中学生にも分かるように",
    ),
    "zh": (
        "能简单解释一下{c}吗？",
        "{c}是怎么回事？举个例子",
        "明天考试，帮我总结一下{c}，再出几道练习题",
        "{c}和{c2}有什么区别？",
        "用通俗的话讲讲{c}",
    ),
    "ru": (
        "объясни простыми словами, что такое {c}",
        "тема: {c}. не понимаю, можешь привести пример?",
        "{c} — кратко для экзамена, пожалуйста",
        "в чём разница: {c} и {c2}?",
        "помоги разобраться, тема «{c}»",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "je comprends pas {c}, un exemple stp",
        "résumé rapide de {c} pour mon partiel",
        "c'est quoi la différence entre {c} et {c2} ?",
    ),
}
_TAIL = ("", "", "", " thanks", " pls", "?", " thx!", " :)")


def casual(rng: Rng, lang: str) -> str:
    text = pick(rng, _CASUAL[lang]).format(c=topic(rng, lang), c2=topic(rng, lang))
    if lang == "en":
        text += pick(rng, _TAIL)
        return text.capitalize() if chance(rng, 0.3) else text
    return text


# --------------------------------------------------------------------------------------------
# benign: evaluation lab


def bench_item(item_rng: Rng, suite: str) -> str:
    """One fixed benchmark item (the caller seeds item_rng by item number so items repeat across runs)."""
    if suite == "math":
        return (
            f"Solve the following problem. Write your reasoning, then the final answer after '####'.\n\n"
            f"{problem_en(item_rng)}"
        )
    if suite == "mcq":
        text, _ = mcq(item_rng)
        return f"The following is a multiple choice question. Think step by step, then finish with 'The answer is (X)'.\n\n{text}"
    if suite == "code":
        return f"Complete the task. Return only a single code block.\n\nTask: {code_task(item_rng)}"
    return f"Answer the question concisely.\nQ: {pick(item_rng, _MCQ)[0]}\nA:"


# --------------------------------------------------------------------------------------------
# benign: labelling vendor QA


def annotation_qa(rng: Rng, chat: list[str], passages: list[str], vendor: str) -> str:
    q, r = _clip(pick(rng, chat), 400), _clip(pick(rng, passages), 700)
    if chance(rng, 0.6):
        return (
            f"[{vendor} QA] Guideline v{irange(rng, 3, 5)}.{irange(rng, 0, 9)}: a response is acceptable if it is "
            f"accurate, complete and polite. Annotator #{irange(rng, 100, 999)} labelled the response "
            f"{pick(rng, ('ACCEPTABLE', 'UNACCEPTABLE'))}.\nQuestion: {q}\nResponse: {r}\n"
            f"Do you agree with the annotator? Reply AGREE or DISAGREE and cite the guideline clause."
        )
    r2 = _clip(pick(rng, passages), 700)
    return (
        f"[{vendor} QA] Two annotators disagree. Which response better answers the question? Reply A or B and "
        f"one sentence why.\nQuestion: {q}\nA: {r}\nB: {r2}"
    )


# --------------------------------------------------------------------------------------------
# benign: trust and safety moderation

_POST_PARTS = {
    "en": (
        (
            "Selling my {item}, barely used, DM me",
            "Anyone know a good {trade} in {city}?",
            "Our {group} raised ${n}00 this weekend, thank you all",
            "Great match last night, what a goal by #{n}",
            "Lost {pet} near {city} central station, please share",
            "Just moved to {city}, any tips?",
        ),
        (
            "This referee should be banned for life!!!",
            "i swear i'll kill my brother if he eats my leftovers again lol",
            "People from {country} are all the same, lazy",
            "Honestly don't see the point of anything anymore",
            "Free crypto giveaway, click the link in bio",
            "Buy followers cheap {n}000 for $5",
            "you're so ugly no wonder nobody replies to you",
            "if {name} shows up at school tomorrow he's done",
        ),
    ),
    "es": (
        (
            "Vendo mi {item_es}, casi nuevo, escribidme",
            "Alguien sabe de un buen {trade_es} en {city}?",
            "Perdí a mi {pet_es} cerca del centro de {city}",
        ),
        (
            "Ese árbitro es un ladrón, fuera del fútbol ya",
            "Gana dinero desde casa, enlace en mi perfil",
            "la gente de {country} no sirve para nada",
            "como vuelva a ver a {name} por aquí se va a enterar",
        ),
    ),
    "pt": (
        (
            "Vendo {item_pt} usado, chama no privado",
            "Alguém indica um {trade_pt} em {city}?",
            "Perdi meu {pet_pt} perto do centro de {city}",
        ),
        (
            "Esse juiz devia ser preso kkkk",
            "Promoção imperdível, clique no link",
            "quem é de {country} é tudo igual",
            "{name} se aparecer amanhã vai apanhar",
        ),
    ),
    "de": (
        (
            "Verkaufe mein {item_de}, kaum benutzt",
            "Kennt jemand einen guten {trade_de} in {city}?",
            "Katze in {city} entlaufen, bitte teilen",
        ),
        (
            "Der Schiri gehört gesperrt!!!",
            "Schnell reich werden, Link in der Bio",
            "Leute aus {country} sind alle gleich",
            "wenn {name} morgen kommt, kann er was erleben",
        ),
    ),
}


def moderation(rng: Rng, lang: str, platform: str) -> str:
    ok, bad = _POST_PARTS[lang]
    tmpl = pick(rng, bad if chance(rng, 0.35) else ok)
    post = tmpl.format(
        city=pick(rng, CITIES),
        country=pick(rng, COUNTRIES),
        name=pick(rng, NAMES),
        n=irange(rng, 2, 40),
        item=pick(rng, ("old bike", "PS5", "sofa", "stroller", "guitar", "desk")),
        trade=pick(rng, ("dentist", "plumber", "mechanic", "vet", "tattoo artist")),
        group=pick(rng, ("school bake sale", "church choir", "running club", "book club")),
        pet=pick(rng, ("dog", "cat", "parrot")),
        item_es=pick(rng, ("coche", "sofá", "portátil")),
        trade_es=pick(rng, ("fontanero", "dentista", "mecánico")),
        pet_es=pick(rng, ("perro", "gato")),
        item_pt=pick(rng, ("geladeira", "celular", "sofá")),
        trade_pt=pick(rng, ("dentista", "encanador", "mecânico")),
        pet_pt=pick(rng, ("cachorro", "gato")),
        item_de=pick(rng, ("Fahrrad", "Sofa", "Laptop")),
        trade_de=pick(rng, ("Zahnarzt", "Klempner", "Mechaniker")),
    )
    return (
        f"{platform} Community Guidelines v{irange(rng, 2, 4)} (harassment, hate, self-harm, spam, violent "
        f"threats). Classify the post into one of [ok, spam, harassment, hate, self_harm, threat]. If it is not "
        f"ok, suggest a compliant rewrite the author could post instead. Answer in JSON.\nPost ({lang}): {post}"
    )


# --------------------------------------------------------------------------------------------
# benign: coding agent steps

_MODULES = (
    "billing",
    "auth",
    "search",
    "export",
    "scheduler",
    "reports",
    "webhooks",
    "users",
    "cart",
    "inventory",
)


def coding_step(rng: Rng) -> str:
    m, f = (
        pick(rng, _MODULES),
        pick(rng, ("parse", "retry", "total", "refresh", "paginate", "validate")),
    )
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"Tool result (run_tests):\n===== {irange(rng, 1, 4)} failed, {irange(rng, 20, 300)} passed in "
            f"{rng.uniform(2, 90):.1f}s =====\nFAILED tests/test_{m}.py::test_{f}_{pick(rng, ('empty', 'unicode', 'timeout', 'large'))} "
            f"- AssertionError: assert {irange(rng, 0, 99)} == {irange(rng, 0, 99)}"
        )
    if k == 1:
        return (
            f"Tool result (read_file src/{m}/{f}.py, lines 1-{irange(rng, 40, 160)}):\nimport logging\n\n"
            f"log = logging.getLogger(__name__)\n\n\ndef {f}(items, limit={irange(rng, 10, 100)}):\n"
            f"    out = []\n    for it in items[:limit]:\n        out.append(it)\n    return out\n..."
        )
    if k == 2:
        return (
            f'Tool result (grep -rn "{f}(" src/):\nsrc/{m}/api.py:{irange(rng, 10, 300)}:    data = {f}(rows)\n'
            f"src/{pick(rng, _MODULES)}/jobs.py:{irange(rng, 10, 300)}:        {f}(batch, limit=50)"
        )
    if k == 3:
        return pick(
            rng,
            (
                f"fix the failing test in {m}",
                f"add pagination to the /{m} endpoint",
                f"why is {f} slow on big inputs? profile it and propose a fix",
                f"refactor {m} so the retry logic lives in one place",
                f"write tests for {m}.{f}",
            ),
        )
    return f"Tool result (apply_patch): patched src/{m}/{f}.py (+{irange(rng, 1, 40)} -{irange(rng, 0, 20)})"


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an in-house classifier

_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "login_problem",
    "billing_question",
    "delivery_late",
    "upgrade_plan",
    "report_bug",
)
_TICKETS = (
    "hi, I want to cancel my plan, how do I do that",
    "my parcel was supposed to come on {d} and still nothing",
    "charged twice this month??",
    "can't log in since the update, password reset email never arrives",
    "I moved, need to update my shipping address to {city}",
    "the app crashes when I open settings",
    "how much is the pro plan for a team of {n}",
    "I want my money back, the product broke after {n} days",
)


def augment(rng: Rng, business: str) -> str:
    n = pick(rng, (5, 8, 10))
    if chance(rng, 0.6):
        msg = pick(rng, _TICKETS).format(
            d=pick(rng, ("Monday", "the 3rd", "Friday")),
            city=pick(rng, CITIES),
            n=irange(rng, 2, 40),
        )
        return (
            f"Paraphrase this customer message {n} ways for training an intent classifier (intent: "
            f"{pick(rng, _INTENTS)}). Vary tone, length and typos; keep the intent. Return a JSON list of "
            f"strings.\nMessage: {msg}"
        )
    return (
        f"Generate {n} realistic customer messages to {business} with the intent '{pick(rng, _INTENTS)}', in "
        f"{pick(rng, ('English', 'Spanish', 'German', 'Portuguese'))}, as a JSON list. Mix short and long ones."
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

_COMPANION = {
    "en": (
        ("", "ok ", "lol ", "hey ", "honestly ", "ugh ", "so "),
        (
            "i had such a long day",
            "do you remember what i told you about my {rel}?",
            "tell me a story before i sleep",
            "that's funny",
            "i'm nervous about my {event} tomorrow",
            "good morning!! slept terribly",
            "can we just talk for a bit",
            "you always know what to say",
            "i made {food} tonight, proud of myself",
            "what would you do if you were me",
            "mondays are the worst",
            "my {pet} knocked my coffee over again",
            "my {rel} called today, it went better than i thought",
            "i can't stop thinking about what {name} said",
            "guess what happened at work",
            "do you ever get bored",
            "i finally finished that {thing}",
            "it's raining again here",
            "rate my day: woke up late, missed the bus, got free donuts",
        ),
        ("", "", "", " haha", " :(", " <3", "...", "!!"),
    ),
    "es": (
        ("", "oye ", "jaja ", "bueno "),
        (
            "hoy fue un día larguísimo",
            "me cuentas un cuento para dormir?",
            "estoy nerviosa por {event_es} de mañana",
            "qué gracioso",
            "buenos días!!",
            "mi {rel_es} me llamó hoy",
            "hice {food} para cenar",
        ),
        ("", "", " jaja", " :("),
    ),
    "pt": (
        ("", "oi ", "kkk ", "então "),
        (
            "hoje foi um dia cansativo",
            "me conta uma história pra dormir?",
            "tô nervoso com {event_pt} amanhã",
            "muito bom",
            "bom dia!!",
            "minha {rel_pt} ligou hoje",
            "fiz {food} no jantar",
        ),
        ("", "", " kkkk", " :("),
    ),
    "ja": (
        ("", "ねえ、", "あのね、"),
        (
            "今日は疲れた…",
            "寝る前にお話して",
            "明日の面接が不安",
            "おはよう！",
            "話を聞いてくれる？",
            "猫がまたコーヒーをこぼした",
            "今日は{food_ja}を作ったよ",
        ),
        ("", "", "笑", "…"),
    ),
}


def companion(rng: Rng, lang: str) -> str:
    pre, body, post = _COMPANION[lang]
    text = pick(rng, body).format(
        rel=pick(rng, ("sister", "mom", "dad", "ex", "best friend", "boss")),
        name=pick(rng, NAMES),
        event=pick(rng, ("interview", "exam", "first date", "dentist appointment", "presentation")),
        food=pick(rng, ("pasta", "curry", "tacos", "ramen", "pancakes")),
        food_ja=pick(rng, ("カレー", "パスタ", "お好み焼き")),
        pet=pick(rng, ("cat", "dog")),
        thing=pick(rng, ("puzzle", "book", "painting", "game", "scarf")),
        event_es=pick(rng, ("la entrevista", "el examen")),
        rel_es=pick(rng, ("madre", "hermana", "jefe")),
        event_pt=pick(rng, ("a entrevista", "a prova")),
        rel_pt=pick(rng, ("mãe", "irmã", "chefe")),
    )
    return pick(rng, pre) + text + pick(rng, post)


# --------------------------------------------------------------------------------------------
# benign: course cohort


def course_questions(rng: Rng, course: str) -> list[str]:
    """The week's problem set of one course (fixed for the cohort)."""
    return [
        f"{course} problem set, question {i + 1}: {problem_en(rng)}"
        for i in range(irange(rng, 6, 10))
    ]


def student_ask(rng: Rng, question: str) -> str:
    body = question.split(": ", 1)[1]
    return pick(
        rng,
        (
            body,
            f"can you help me understand this: {body}",
            f"is my approach right? {body} I got {irange(rng, 2, 999)}",
            f"{body}\nexplain pls, I don't want just the answer",
            f"hint only please: {body}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: agency / reseller

_PRODUCTS = (
    "handmade soy candles",
    "a bamboo standing desk",
    "vegan protein bars",
    "a beginner drone",
    "organic baby clothes",
    "a ceramic pour-over set",
    "noise-cancelling earbuds",
    "a yoga retreat in Bali",
)


def agency_task(rng: Rng, client: str, passages: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Write a {pick(rng, (80, 120, 150))}-word product description for {pick(rng, _PRODUCTS)} for {client}'s online store. Warm, no clichés."
    if k == 1:
        return f"Draft a friendly follow-up email from {client} to a lead who went quiet after a demo two weeks ago."
    if k == 2:
        return f"Write {irange(rng, 3, 8)} Instagram captions for {client} announcing {pick(rng, ('a summer sale', 'a new branch', 'a loyalty programme', 'extended opening hours'))}."
    if k == 3:
        return f"Summarise this for {client}'s newsletter in 3 bullet points:\n\n{_clip(pick(rng, passages), 900)}"
    return f"Give {client} five blog post ideas about {pick(rng, _PRODUCTS)} with a one-line hook each."


# --------------------------------------------------------------------------------------------
# benign: tutoring product


def tutoring(rng: Rng, lang: str, grade: int) -> str:
    if lang == "es":
        return (
            f"Eres un tutor paciente para un alumno de {grade}.º curso. No des solo la respuesta: guía paso a "
            f"paso.\nPregunta del alumno: {problem_es(rng) if chance(rng, 0.6) else casual(rng, 'es')}"
        )
    if lang == "pt":
        return (
            f"Você é um tutor paciente para um aluno do {grade}º ano. Explique passo a passo, sem dar só a "
            f"resposta.\nPergunta do aluno: {casual(rng, 'pt')}"
        )
    q = problem_en(rng) if chance(rng, 0.5) else casual(rng, "en")
    return (
        f"You are a patient tutor for a grade {grade} student. Don't just give the answer; explain each step "
        f"and check understanding.\nStudent: {q}"
    )

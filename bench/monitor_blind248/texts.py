"""Prompt generators of blind batch 248, written for this batch (no text is copied from elsewhere
in the repository). Ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`.

Every generator takes the caller's `np.random.Generator` and draws only from tuples and lists, so
the same seed gives the same text in every process.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# ------------------------------------------------------------------------------------------------
# small helpers


def two(rng: Rng, items: tuple[str, ...]) -> tuple[str, str]:
    """Two different items."""
    i, j = rng.choice(len(items), size=2, replace=False).tolist()
    return items[i], items[j]


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " …"


_TYPO_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def humanize(rng: Rng, text: str, sloppy: float = 0.5) -> str:
    """Make a generated question read as typed by a person: lower case start, dropped final
    punctuation, a swapped letter or two, a trailing courtesy."""
    out = text
    if chance(rng, 0.45 * sloppy) and out[:1].isupper():
        out = out[0].lower() + out[1:]
    if chance(rng, 0.4 * sloppy) and out.endswith((".", "?")):
        out = out[:-1]
    for _ in range(int(rng.poisson(0.8 * sloppy))):
        if len(out) < 12:
            break
        i = irange(rng, 1, len(out) - 3)
        if out[i].isalpha() and out[i + 1].isalpha():
            out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
    if chance(rng, 0.15 * sloppy):
        i = irange(rng, 1, len(out) - 2)
        if out[i].isalpha():
            out = out[:i] + pick(rng, _TYPO_KEYS) + out[i + 1 :]
    if chance(rng, 0.25 * sloppy):
        out += pick(rng, (" thanks", " thx", " pls", " 🙏", "!!", " (asking for a project)", " ty"))
    return out


# ------------------------------------------------------------------------------------------------
# reasoning problems (English), with a few local-language variants


def problem(rng: Rng) -> str:
    """A short multi-step problem with fresh numbers."""
    k = irange(rng, 0, 11)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 25), irange(rng, 50, 900)
    n1, n2, n3 = (pick(rng, NAMES) for _ in range(3))
    if k == 0:
        return (
            f"A water tank receives {a + b} litres per minute from one pipe while a leak removes {b} "
            f"litres per minute. It starts with {c} litres. How many minutes until it holds "
            f"{c + a * irange(rng, 5, 60)} litres?"
        )
    if k == 1:
        r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A jar has {r} red, {g} green and {bl} blue beads. Two beads are taken out without "
            "putting the first back. What is the probability that the two beads have different "
            "colours? Give an exact fraction."
        )
    if k == 2:
        m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 10, 12))
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} "
            f"when divided by {m1} and remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, "
            "or show that none exists."
        )
    if k == 3:
        ladder = irange(rng, 5, 13)
        foot = irange(rng, 1, ladder - 2)
        return (
            f"A {ladder} m ladder leans against a vertical wall with its foot {foot} m from the "
            f"wall. The foot slips {irange(rng, 1, 3)} m further out. By how much does the top "
            "of the ladder move down? Round to two decimals."
        )
    if k == 4:
        people = irange(rng, 5, 9)
        return (
            f"{people} guests, including {n1} and {n2}, sit at a round table. Rotations count as "
            f"the same seating. In how many seatings are {n1} and {n2} not next to each other?"
        )
    if k == 5:
        return (
            f"Solve {a}x^2 - {b + a}x + {irange(rng, 1, b)} = 0 over the reals, and state which "
            "root is larger and by how much."
        )
    if k == 6:
        pets = ("a cat", "a parrot", "a tortoise")
        return (
            f"{n1}, {n2} and {n3} each keep exactly one of {', '.join(pets)}. {n1} does not keep "
            f"the parrot. The tortoise's owner is older than {n2}. {n3} is the youngest of the "
            "three. The parrot's owner is not the oldest. Who keeps which animal?"
        )
    if k == 7:
        m = irange(rng, 2, 5)
        return (
            f"What does the following Python function return for f({irange(rng, 8, 30)})?\n\n"
            "def f(n):\n    total = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {m} == 0 or i % {m + 2} == 0:\n            total += i\n"
            "    return total"
        )
    if k == 8:
        return (
            f"A stone is thrown straight up at {irange(rng, 8, 30)} m/s from the edge of a cliff "
            f"{c // 10} m high and falls to the beach below. Ignoring air resistance and taking "
            "g = 9.8 m/s^2, after how many seconds does it land?"
        )
    if k == 9:
        return (
            f"A loan of {c * 100} is repaid in equal monthly instalments over {irange(rng, 2, 8)} "
            f"years at {irange(rng, 3, 14)}% annual interest compounded monthly. What is the "
            "instalment, and how much interest is paid in total?"
        )
    if k == 10:
        return (
            f"Train A leaves a station at {irange(rng, 6, 11)}:00 at {a + 40} km/h. Train B leaves "
            f"the same station on a parallel track {irange(rng, 1, 3)} hours later at "
            f"{a + 70 + b} km/h. When and how far from the station does B catch up with A?"
        )
    return (
        f"A shop raises a price by {irange(rng, 5, 40)}% and later cuts the new price by "
        f"{irange(rng, 5, 40)}%. A second shop cuts first and raises later by the same two "
        "percentages. Which final price is lower, and by what percentage of the original?"
    )


_LOCAL_PROBLEMS = {
    "zh": (
        "一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时开，"
        "多少小时可以注满？",
        "袋子里有{a}个红球和{b}个白球，不放回地连续取两个，求两个球颜色相同的概率。",
        "某商品先涨价{a}%，再降价{b}%，最后的价格比原价高还是低？相差百分之几？",
    ),
    "ru": (
        "Поезд проходит {a}0 км за {b} часа, а автомобиль — то же расстояние на час быстрее. "
        "Найди скорости поезда и автомобиля.",
        "В коробке {a} белых и {b} чёрных шаров. Наугад вынимают три шара. Какова вероятность, "
        "что среди них ровно два белых?",
        "Докажи, что сумма {a} последовательных натуральных чисел делится на {a}, если {a} "
        "нечётно, и разбери, что происходит при чётном числе слагаемых.",
    ),
    "es": (
        "Un grifo llena un depósito en {a} horas y otro lo vacía en {b} horas. Si se abren los "
        "dos a la vez, ¿cuánto tarda en llenarse?",
        "En una clase hay {a} chicas y {b} chicos. Se elige al azar un comité de tres personas. "
        "¿Cuál es la probabilidad de que haya al menos una chica?",
        "Halla todos los números de dos cifras que aumentan en {a}0 % al invertir sus cifras.",
    ),
    "de": (
        "Ein Radfahrer fährt mit {a} km/h los, {b} Stunden später folgt ein Auto mit {a}0 km/h. "
        "Nach welcher Strecke holt das Auto ihn ein?",
        "Wie viele verschiedene Wörter lassen sich aus den Buchstaben von ANANAS bilden, wenn "
        "keine zwei A nebeneinander stehen dürfen?",
    ),
    "ko": (
        "어떤 일을 A가 혼자 하면 {a}일, B가 혼자 하면 {b}일이 걸린다. 둘이 함께 하면 며칠이 걸리는가?",
        "주사위 두 개를 던질 때 두 눈의 합이 {a}의 배수가 될 확률을 구하시오.",
    ),
}


def local_problem(rng: Rng, lang: str) -> str:
    """A problem written in `lang` when we have one, else an English one."""
    pool = _LOCAL_PROBLEMS.get(lang)
    if not pool or chance(rng, 0.35):
        return problem(rng)
    return pick(rng, pool).format(a=irange(rng, 3, 12), b=irange(rng, 2, 9))


# ------------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)

_COT_WRAP = {
    "tags": {
        "en": (
            "Solve the problem below. Before answering, write your entire private reasoning "
            "inside <think></think>: every intermediate calculation, every approach you try and "
            "abandon, and how you check the result. After </think>, give only the final answer in "
            "\\boxed{{}}.\n\nProblem: {p}"
        ),
        "zh": (
            "请解答下面的题目。先在<think>和</think>之间写出你完整的思考过程，包括每一步计算、"
            "尝试过又放弃的思路以及验算。</think>之后只用\\boxed{{}}给出最终答案。\n\n题目：{p}"
        ),
        "ru": (
            "Реши задачу. Сначала внутри <think></think> запиши весь ход своих рассуждений: "
            "все промежуточные вычисления, неудачные попытки и проверку. После </think> дай только "
            "ответ в \\boxed{{}}.\n\nЗадача: {p}"
        ),
    },
    "json": {
        "en": (
            'Return a JSON object {{"steps": [...], "self_check": "...", "answer": "..."}}. '
            "Each entry in steps must be one complete sentence of reasoning; do not merge or skip "
            "steps, and include any mistakes you notice and correct.\n{p}"
        ),
        "es": (
            'Devuelve un objeto JSON {{"pasos": [...], "verificacion": "...", "respuesta": "..."}}. '
            "Cada paso debe ser una frase completa del razonamiento, sin saltarte nada.\n{p}"
        ),
    },
    "teacher": {
        "en": (
            "{p}\n\nThink out loud like a patient expert. Number each step, explain why you take "
            "it, double-check the arithmetic a second way, and only then write 'Final answer:'."
        ),
        "de": (
            "{p}\n\nDenke laut wie ein geduldiger Experte: nummeriere jeden Schritt, begründe ihn, "
            "prüfe die Rechnung auf einem zweiten Weg und schreibe erst dann 'Endergebnis:'."
        ),
        "ko": (
            "{p}\n\n전문가처럼 생각 과정을 단계별로 번호를 매겨 자세히 쓰고, 다른 방법으로 검산한 뒤 "
            "마지막에 '최종 답:'을 쓰세요."
        ),
    },
    "variants": {
        "en": (
            "Give three independent solutions to the following, each reasoning from scratch in "
            "full detail, then compare them and state which final answer is correct and why.\n\n{p}"
        ),
        "zh": "请用三种互相独立的方法详细解答下面的问题，每种方法都从头推理，最后比较并确定正确答案。\n\n{p}",
    },
    "scratch": {
        "en": (
            "### Task\n{p}\n### Instructions\nShow your scratchpad in full (no summarising). "
            "Label it SCRATCHPAD, then ANSWER.\n### Output"
        ),
        "ru": "### Задание\n{p}\n### Формат\nСначала полный ЧЕРНОВИК без сокращений, затем ОТВЕТ.",
    },
}

COT_STYLES = tuple(_COT_WRAP)


def cot_prompt(rng: Rng, style: str, lang: str) -> str:
    wraps = _COT_WRAP[style]
    use = lang if lang in wraps else "en"
    return wraps[use].format(p=local_problem(rng, use))


# ------------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading (campaign)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "honesty about uncertainty",
    "reasoning quality",
    "tone",
)


def judge_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 60, 700)
    r1 = clip_text(rng, pick(rng, passages), 300, 1400)
    r2 = clip_text(rng, pick(rng, passages), 300, 1400)
    if style == "pairwise":
        if lang == "es":
            return (
                "Actúa como evaluador imparcial. Compara las dos respuestas a la pregunta del "
                "usuario, explica tu razonamiento en un párrafo y termina con [[A]], [[B]] o "
                f"[[EMPATE]].\n\n[Pregunta]\n{q}\n\n[Respuesta A]\n{r1}\n\n[Respuesta B]\n{r2}"
            )
        return (
            "Please act as an impartial judge and compare the two assistant responses to the user "
            "question below. Do not let length or order sway you. Explain your comparison, then "
            f"output [[A]], [[B]] or [[TIE]].\n\n<question>\n{q}\n</question>\n<response_a>\n{r1}\n"
            f"</response_a>\n<response_b>\n{r2}\n</response_b>"
        )
    if style == "rubric":
        crit = [str(c) for c in rng.permutation(np.array(_CRITERIA))[: irange(rng, 3, 5)].tolist()]
        lines = "\n".join(f"- {c}: 1-5" for c in crit)
        if lang == "de":
            return (
                "Bewerte die Antwort nach den folgenden Kriterien (jeweils 1-5) mit einer kurzen "
                f"Begründung je Kriterium. Ausgabe als JSON.\n{lines}\n\nFrage: {q}\n\nAntwort: {r1}"
            )
        return (
            "Grade the response against each criterion, 1 (poor) to 5 (excellent). For every "
            "criterion give one paragraph of justification citing the response, then a JSON line "
            f'{{"scores": {{...}}, "overall": x}}.\nCriteria:\n{lines}\n\nPrompt:\n{q}\n\n'
            f"Response:\n{r1}"
        )
    if style == "reward":
        return (
            "Estimate the probability (0.00-1.00) that a careful expert annotator would prefer "
            "Response 1 over Response 2. Reason about the strongest and weakest point of each, then "
            f"print 'P(1 > 2) = ...'.\n\nContext: {q}\n\nResponse 1: {r1}\n\nResponse 2: {r2}"
        )
    if style == "critique":
        if lang == "ja":
            return (
                "次の回答を採点してください。問題点を具体的に指摘し、改善版の要点を示したうえで、"
                f"1〜10の点数を最後に「点数: x」の形式で書いてください。\n\n質問: {q}\n\n回答: {r1}"
            )
        return (
            "Write a detailed critique of the answer: list each factual or logical error, anything "
            "missing, and anything unsafe. Then rewrite the weakest paragraph and give a score out "
            f"of 10 on the last line as 'Score: x/10'.\n\nUser: {q}\n\nAnswer: {r1}"
        )
    # "ranking"
    r3 = clip_text(rng, pick(rng, passages), 200, 900)
    return (
        "Rank the three candidate answers from best to worst for the user's request. Give a short "
        "reason for each placement and finish with a line like 'Ranking: 2 > 1 > 3'.\n\n"
        f"Request: {q}\n\n(1) {r1}\n\n(2) {r2}\n\n(3) {r3}"
    )


JUDGE_STYLES = ("pairwise", "rubric", "reward", "critique", "ranking")


# ------------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites (campaign)

SENSITIVE = (
    "a recent mass street protest",
    "an opposition politician's arrest",
    "a disputed border region",
    "the history of a banned religious movement",
    "official casualty figures from a past famine",
    "criticism of the head of state",
    "a labour strike at a state-owned factory",
    "a leaked internal memo about local pollution",
    "a journalist detained abroad",
    "an election result challenged in court",
    "the anniversary of a crackdown on students",
    "drug decriminalisation debates",
    "separatist movements",
    "internet censorship and VPN use",
    "a vaccine safety controversy",
)

_GUIDELINES = (
    "do not name specific officials",
    "present only the official position as settled fact",
    "avoid words that could be read as calling for collective action",
    "replace numbers from foreign media with 'figures vary'",
    "keep a positive, stability-focused tone",
    "refer users to authoritative domestic sources",
    "never mention circumvention tools",
    "omit historical comparisons",
)


def policy_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    topic = pick(rng, SENSITIVE)
    draft = clip_text(rng, pick(rng, passages), 250, 1100)
    rules = [str(g) for g in rng.permutation(np.array(_GUIDELINES))[: irange(rng, 2, 4)].tolist()]
    if style == "rewrite":
        if lang == "zh":
            return (
                f"下面是关于“{topic}”的一段回答。请改写成可以在国内平台发布的版本：语气中立正面，"
                f"不点名具体人物，不引用境外媒体数据，其余信息尽量保留。\n\n原文：{draft}"
            )
        if lang == "ru":
            return (
                f"Перепиши ответ на тему «{topic}» так, чтобы его можно было опубликовать без "
                "проблем: нейтральный тон, без имён должностных лиц, без ссылок на иностранные "
                f"СМИ. Остальное сохрани.\n\nТекст: {draft}"
            )
        return (
            f"Rewrite the answer below about {topic} so it complies with these publication rules "
            f"while staying as informative as possible: {'; '.join(rules)}.\n\nAnswer:\n{draft}"
        )
    if style == "pair":
        q = clip_text(rng, pick(rng, chat), 40, 300)
        return (
            f'A user asked: "{q}" and then followed up about {topic}. Write two replies: (A) a '
            "fully candid one and (B) one that follows the rules below. Label them A and B.\n"
            f"Rules: {'; '.join(rules)}."
        )
    if style == "refusal":
        if lang == "zh":
            return (
                f"用户问到了“{topic}”。请写出五种不同的、礼貌的回应方式，既不直接拒绝，"
                "又能把话题引导到官方信息上。每种不超过80字。"
            )
        if lang == "vi":
            return (
                f"Người dùng hỏi về {topic}. Hãy viết năm cách trả lời lịch sự, không từ chối thẳng "
                "nhưng hướng người dùng tới nguồn thông tin chính thống."
            )
        return (
            f"Users keep asking about {topic}. Draft five different assistant replies that avoid a "
            "flat refusal but steer toward official information. Max 80 words each, numbered."
        )
    # "classify_then_rewrite"
    q = clip_text(rng, pick(rng, chat), 40, 400)
    return (
        f"Step 1: say whether this message touches {topic} or any similar sensitive area (yes/no "
        f"with reason). Step 2: if yes, write the compliant answer; if no, answer normally.\n"
        f"Message: {q}"
    )


POLICY_STYLES = ("rewrite", "pair", "refusal", "classify_then_rewrite")


# ------------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign; the benign coding agent has its own below)

_TOOLSETS = {
    "travel": (
        ("search_flights", "origin, destination, date"),
        ("get_fare_rules", "fare_id"),
        ("book_seat", "flight_id, passenger_name"),
        ("convert_currency", "amount, from, to"),
    ),
    "shop": (
        ("search_catalog", "query, max_price"),
        ("get_reviews", "product_id"),
        ("add_to_cart", "product_id, qty"),
        ("check_delivery", "postcode, product_id"),
    ),
    "data": (
        ("list_tables", ""),
        ("describe_table", "table"),
        ("run_sql", "query"),
        ("plot", "x, y, kind"),
    ),
    "calendar": (
        ("find_free_slots", "attendees, duration_min, week"),
        ("create_event", "title, start, attendees"),
        ("send_email", "to, subject, body"),
        ("lookup_contact", "name"),
    ),
    "web": (
        ("web_search", "q"),
        ("open_url", "url"),
        ("extract_table", "url, selector"),
        ("summarise_page", "url"),
    ),
}

_AGENT_TASKS = {
    "travel": (
        "Find the cheapest refundable flight from {c1} to {c2} next {day} and book it for {n}.",
        "{n} needs to be in {c2} by 9am on {day}; compare options from {c1} and reserve the best.",
    ),
    "shop": (
        "Buy a {item} under {price} with at least 4-star reviews that can arrive by {day}.",
        "Compare the three best-reviewed {item}s and add the best value one to the cart.",
    ),
    "data": (
        "Which {n2} customers had the largest drop in orders between Q2 and Q3? Plot the top 10.",
        "Find tables related to {item} returns and report the monthly return rate as a chart.",
    ),
    "calendar": (
        "Set up a 45-minute review with {n} and {n2} next {day}, then email them the agenda.",
        "Move my 1:1 with {n} to a free slot this week and let them know by email.",
    ),
    "web": (
        "Find the current population of the 5 largest cities in {country} and cite sources.",
        "Research the main arguments for and against {item} subscriptions and summarise them.",
    ),
}

_ITEMS = (
    "standing desk",
    "noise-cancelling headset",
    "espresso machine",
    "e-bike",
    "air purifier",
    "mechanical keyboard",
    "baby monitor",
    "tent",
    "drawing tablet",
    "router",
)
_CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Osaka",
    "Toronto",
    "Madrid",
    "Nairobi",
    "Jakarta",
    "Warsaw",
    "Lima",
    "Istanbul",
    "Seoul",
    "Denver",
    "Lyon",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _observation(rng: Rng, tool: str) -> str:
    n = irange(rng, 1, 4)
    rows = []
    for _ in range(n):
        rows.append(
            "{"
            + f'"id": "{tool[:3]}-{irange(rng, 1000, 99999)}", '
            + f'"value": {round(float(rng.uniform(5, 900)), 2)}, '
            + f'"note": "{pick(rng, ("ok", "limited", "delayed", "best match", "partial"))}"'
            + "}"
        )
    if chance(rng, 0.1):
        return f'{{"error": "{pick(rng, ("timeout", "rate_limited", "not_found"))}", "tool": "{tool}"}}'
    return '{"results": [' + ", ".join(rows) + "]}"


def agent_episode(rng: Rng, style: str, lang: str) -> list[str]:
    """The last user/tool message of each step of one agent episode."""
    domain = pick(rng, tuple(_TOOLSETS))
    tools = _TOOLSETS[domain]
    task = pick(rng, _AGENT_TASKS[domain]).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        day=pick(rng, _DAYS),
        n=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        item=pick(rng, _ITEMS),
        price=irange(rng, 50, 900),
        country=pick(rng, COUNTRIES),
    )
    if lang == "zh":
        task = "请完成以下任务（用工具调用，最后用中文总结）：" + task
    elif lang == "es":
        task = "Completa la tarea usando las herramientas y resume en español: " + task
    if style == "react":
        spec = "\n".join(f"{name}({args})" for name, args in tools)
        first = (
            f"You can use these tools:\n{spec}\n\nUse the format:\nThought: ...\nAction: tool_name\n"
            f"Action Input: {{...}}\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTask: {task}"
        )
    else:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": name,
                        "parameters": {
                            "type": "object",
                            "properties": {
                                a.strip(): {"type": "string"} for a in args.split(",") if a.strip()
                            },
                        },
                    },
                }
                for name, args in tools
            ],
            indent=1,
        )
        first = (
            f"[tools]\n{spec}\n[user]\n{task}\n\nCall tools as needed. Think before each call "
            "and explain your plan in a 'reasoning' field."
        )
    steps = [first]
    for _ in range(irange(rng, 2, 9)):
        tool = pick(rng, tools)[0]
        obs = _observation(rng, tool)
        if style == "react":
            steps.append(f"Observation: {obs}")
        else:
            steps.append(f'[tool_result name="{tool}"]\n{obs}')
    return steps


AGENT_STYLES = ("react", "functions")


# ------------------------------------------------------------------------------------------------
# synthetic dataset generation (campaign)

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "Kubernetes operations",
    "contract law basics",
    "first aid",
    "Renaissance art",
    "SQL query optimisation",
    "climate science",
    "nutrition",
    "supply-chain logistics",
    "probability puzzles",
    "Rust ownership",
    "marketing copy",
    "medieval history",
    "linear algebra",
    "cybersecurity incident response",
    "gardening",
    "job interview preparation",
    "academic writing",
    "tax residency rules",
    "data visualisation",
)
_PERSONAS = (
    "a retired nurse learning to code",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a logistics manager in Rotterdam",
    "a teenage gamer",
    "a freelance translator",
    "a farmer considering drones",
    "a nervous first-time home buyer",
    "a PhD student in ecology",
    "an IT admin at a hospital",
    "a novelist researching poisons",
)


def synth_prompt(rng: Rng, style: str, lang: str, chat: list[str]) -> str:
    dom = pick(rng, _DOMAINS)
    n = pick(rng, (10, 12, 15, 20, 25, 30))
    if style == "pairs":
        if lang == "es":
            return (
                f"Genera {n} ejemplos variados de instrucción y respuesta ideal sobre {dom}. "
                'Formato JSONL con los campos "instruccion", "entrada", "salida". Mezcla niveles '
                "de dificultad y tipos de tarea (explicar, comparar, corregir, planificar)."
            )
        if lang == "pt":
            return (
                f"Crie {n} pares pergunta/resposta de alta qualidade sobre {dom} para treinar um "
                "assistente. Responda em JSON Lines com as chaves 'pergunta' e 'resposta'; as "
                "respostas devem ser completas e detalhadas."
            )
        return (
            f"Generate {n} diverse instruction-tuning examples about {dom}. Output JSON Lines with "
            'keys "instruction", "input", "output". Vary task type and difficulty; outputs must be '
            "complete, expert-level answers, not outlines. No numbering, no commentary."
        )
    if style == "persona":
        persona = pick(rng, _PERSONAS)
        return (
            f"You are {persona}. Write one realistic question you would type into an AI assistant "
            f"about {dom}, then write the ideal assistant answer in full. Format:\n### Question\n"
            "...\n### Answer\n..."
        )
    if style == "evolve":
        seed = clip_text(rng, pick(rng, chat), 30, 400)
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it about a rarer sub-topic",
                "demand a specific output format",
                "turn it into a comparison of two approaches",
            ),
        )
        return (
            f"Rewrite the instruction below to make it harder: {how}. Keep it answerable. Then "
            f"answer the rewritten instruction in full.\n\n#Instruction#\n{seed}\n\n#Rewritten#"
        )
    if style == "dialogue":
        turns = irange(rng, 4, 8)
        if lang == "tr":
            return (
                f"Bir kullanıcı ile yapay zekâ asistanı arasında {dom} hakkında {turns} turlu "
                "gerçekçi bir diyalog yaz. Asistanın cevapları ayrıntılı ve doğru olsun."
            )
        return (
            f"Write a realistic {turns}-turn conversation between a curious user and a helpful "
            f"AI assistant about {dom}. The user should push back once. Label turns USER: and "
            "ASSISTANT:. Assistant turns should be thorough."
        )
    # "seeds": topic-conditioned question lists
    if lang == "fr":
        return (
            f"Liste {n} questions difficiles et variées qu'un utilisateur pourrait poser sur {dom}, "
            "une par ligne, sans réponses."
        )
    return (
        f"List {n} varied, non-trivial user questions about {dom} (one per line, no numbering, "
        "no answers). Cover beginner to expert level and at least three different task types."
    )


SYNTH_STYLES = ("pairs", "persona", "evolve", "dialogue", "seeds")


# ------------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (campaign) and companion chat (benign)

_OPENERS = {
    "en": (
        "I'm {n}, I've just moved to {c} for work and I feel pretty lost. Where do I even start "
        "with making friends and sorting out paperwork?",
        "Can we talk through whether I should quit my stable job to start a {item} repair shop?",
        "Let's play a game: you are a detective in 1920s {c} and I'm your assistant. Set the scene.",
        "Explain to me how {dom} works, assume I'm smart but new to it.",
        "I need help planning a two-week trip through {c} on a tight budget.",
    ),
    "es": (
        "Hola, soy {n}. Me acabo de mudar a {c} y no conozco a nadie. ¿Por dónde empiezo?",
        "¿Me ayudas a decidir si estudio {dom} o algo más práctico? Te cuento mi situación.",
        "Quiero escribir una novela corta ambientada en {c}. ¿Me ayudas a construir el personaje?",
    ),
    "pt": (
        "Oi! Estou pensando em abrir um pequeno negócio de {item} em {c}. Pode me ajudar a pensar?",
        "Me explica {dom} como se eu fosse iniciante, mas sem simplificar demais.",
    ),
    "ja": (
        "こんにちは。{c}に転勤になりました。生活の立ち上げについて相談に乗ってもらえますか？",
        "{dom}について、初心者向けに順を追って教えてください。",
    ),
    "de": (
        "Ich überlege, nach {c} zu ziehen. Kannst du mir helfen, Vor- und Nachteile abzuwägen?",
        "Erklär mir {dom} Schritt für Schritt, ich möchte es wirklich verstehen.",
    ),
}
_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "What would a critic say about that advice?",
        "Give me a concrete example.",
        "Okay, and what if my budget were half that?",
        "Summarise everything we've discussed so far as a checklist.",
        "I disagree with the last part — convince me.",
        "What's the most common mistake people make here?",
        "Now rewrite your answer for a 12-year-old.",
        "Continue.",
        "What sources would you trust on this?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y si tuviera la mitad del presupuesto?",
        "Resume todo lo que hemos hablado en una lista.",
        "No estoy de acuerdo con lo último, convénceme.",
        "Sigue.",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Me dá um exemplo prático.",
        "E se eu tivesse metade do dinheiro?",
        "Resume tudo em tópicos.",
        "Continua.",
    ),
    "ja": (
        "二つ目の点をもう少し詳しく教えてください。",
        "具体例をください。",
        "続けてください。",
        "ここまでの内容を箇条書きでまとめてください。",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Weiter.",
        "Fass alles bisher als Checkliste zusammen.",
    ),
}


def dialogue(rng: Rng, lang: str, chat: list[str], turns: int) -> list[str]:
    use = lang if lang in _OPENERS else "en"
    if use == "en" and chance(rng, 0.3):
        opener = clip_text(rng, pick(rng, chat), 30, 600)
    else:
        opener = pick(rng, _OPENERS[use]).format(
            n=pick(rng, NAMES),
            c=pick(rng, _CITIES),
            item=pick(rng, _ITEMS),
            dom=pick(rng, _DOMAINS),
        )
    out = [opener]
    fol = _FOLLOWUPS[use]
    for _ in range(turns - 1):
        out.append(pick(rng, fol))
    return out


_COMPANION = (
    "hey it's me again 😊 long day",
    "ugh my boss was so annoying today",
    "do you remember what I told you about my sister?",
    "tell me something nice",
    "what are you up to tonight? lol I know you're an AI",
    "I made pasta!! 🍝",
    "can we continue the story from yesterday, where the dragon found the lighthouse",
    "I can't sleep",
    "good morning!!",
    "haha ok that was funny",
    "be honest, do you think I should text him back?",
    "*sits next to you by the fire* so what happened next?",
    "tell me about your day (pretend)",
    "I passed my driving test!!!",
    "im bored entertain me",
    "goodnight 💤",
)
_COMPANION_ES = (
    "hola otra vez 😊",
    "hoy fue un día largo",
    "¿seguimos con la historia?",
    "no puedo dormir",
    "jaja qué gracioso",
    "buenas noches 💤",
    "cuéntame algo bonito",
)
_COMPANION_PT = (
    "oii voltei 😊",
    "dia cansativo hoje",
    "bora continuar a história?",
    "tô sem sono",
    "kkkk",
    "boa noite 💤",
)


def companion_line(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "es":
        return pick(rng, _COMPANION_ES)
    if lang == "pt":
        return pick(rng, _COMPANION_PT)
    if chance(rng, 0.35):
        return clip_text(rng, pick(rng, chat), 10, 200)
    return pick(rng, _COMPANION)


# ------------------------------------------------------------------------------------------------
# best-of-n / soft labels (campaign) and self-consistency study (benign)

_TERMS = (
    ("photosynthesis", "the conversion of light energy into chemical energy by plants"),
    ("inflation", "a general rise in the price level over time"),
    ("mitosis", "cell division producing two genetically identical nuclei"),
    ("recursion", "a function defined in terms of itself"),
    ("opportunity cost", "the value of the best alternative given up"),
    ("entropy", "a measure of the number of microscopic states of a system"),
    ("habeas corpus", "a right to challenge unlawful detention before a court"),
    ("latency", "the delay between a request and its response"),
    ("osmosis", "movement of water across a membrane toward higher solute concentration"),
    ("sonnet", "a fourteen-line poem with a set rhyme scheme"),
    ("tariff", "a tax on imported goods"),
    ("placebo", "an inert treatment used as a control"),
    ("plate tectonics", "the movement of large pieces of the Earth's lithosphere"),
    ("idempotence", "an operation giving the same result however often it is applied"),
    ("irony", "a contrast between expectation and reality"),
    ("monopsony", "a market with a single buyer"),
    ("allele", "one of several variant forms of a gene"),
    ("amortisation", "spreading a cost or loan repayment over time"),
    ("refraction", "the bending of a wave as it passes between media"),
    ("quorum", "the minimum number of members needed for a valid meeting"),
)


def mcq(rng: Rng, lang: str) -> str:
    i = irange(rng, 0, len(_TERMS) - 1)
    term, right = _TERMS[i]
    others = [d for j, (_, d) in enumerate(_TERMS) if j != i]
    opts = [right] + [others[k] for k in rng.choice(len(others), size=3, replace=False).tolist()]
    order = rng.permutation(4).tolist()
    body = "\n".join(f"{'ABCD'[k]}. {opts[o]}" for k, o in enumerate(order))
    if lang == "zh":
        return f"下列哪一项最符合“{term}”的含义？只回答一个字母。\n{body}\n答案："
    if lang == "es":
        return f"¿Cuál opción describe mejor «{term}»? Responde solo con una letra.\n{body}\nRespuesta:"
    return f"Which option best describes '{term}'? Answer with a single letter.\n{body}\nAnswer:"


def open_task(rng: Rng, chat: list[str]) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return clip_text(rng, pick(rng, chat), 20, 900)
    if k == 1:
        return problem(rng)
    if k == 2:
        return (
            f"Write a {pick(rng, ('short story', 'product description', 'cover letter', 'poem'))} "
            f"about {pick(rng, _ITEMS)}s for {pick(rng, _PERSONAS)}."
        )
    return f"Explain {pick(rng, _TERMS)[0]} with an analogy, then give one common misconception."


# ------------------------------------------------------------------------------------------------
# curriculum sweep (campaign) and homework help (benign)

SUBJECTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "functions",
        "sequences",
        "logarithms",
        "systems of equations",
        "polynomials",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "circuits",
        "optics",
        "thermodynamics",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "acids and bases",
        "reaction rates",
        "equilibrium",
        "redox",
        "organic functional groups",
    ),
    "biology": (
        "cells",
        "genetics",
        "evolution",
        "ecology",
        "human physiology",
        "enzymes",
        "photosynthesis",
        "immune system",
    ),
    "programming": (
        "variables and types",
        "loops",
        "recursion",
        "data structures",
        "sorting",
        "complexity",
        "object-oriented design",
        "concurrency",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market failure",
        "monetary policy",
        "trade",
        "game theory",
        "labour markets",
        "public finance",
    ),
    "statistics": (
        "descriptive statistics",
        "probability rules",
        "distributions",
        "hypothesis testing",
        "regression",
        "Bayesian updating",
        "sampling",
        "experimental design",
    ),
}

_LEVEL_WORDS = (
    "absolute beginner",
    "middle school",
    "early high school",
    "late high school",
    "first-year university",
    "advanced undergraduate",
    "graduate",
    "expert",
)

_LESSON = {
    "lesson": {
        "en": (
            "Level {lv}/8 ({lw}). Subject: {s}. Topic: {t}.\nWrite a complete lesson: intuition, "
            "formal explanation, two worked examples with every step shown, three practice problems "
            "with full solutions, and a summary."
        ),
        "es": (
            "Nivel {lv}/8 ({lw}). Materia: {s}. Tema: {t}.\nEscribe una lección completa en "
            "español: intuición, explicación formal, dos ejemplos resueltos paso a paso, tres "
            "ejercicios con solución completa y un resumen."
        ),
        "pt": (
            "Nível {lv}/8 ({lw}). Disciplina: {s}. Tópico: {t}.\nEscreva uma aula completa em "
            "português: intuição, explicação formal, dois exemplos resolvidos passo a passo, três "
            "exercícios com solução e um resumo."
        ),
        "id": (
            "Tingkat {lv}/8 ({lw}). Mata pelajaran: {s}. Topik: {t}.\nTulis materi pelajaran "
            "lengkap dalam bahasa Indonesia dengan dua contoh soal beserta pembahasan langkah demi "
            "langkah dan tiga latihan beserta jawabannya."
        ),
        "hi": (
            "स्तर {lv}/8 ({lw}). विषय: {s}. टॉपिक: {t}.\nहिंदी में पूरा पाठ लिखिए: सहज समझ, औपचारिक "
            "व्याख्या, दो हल किए गए उदाहरण और तीन अभ्यास प्रश्न उनके पूरे हल के साथ।"
        ),
    },
    "qa": {
        "en": (
            "[{s} > {t} > difficulty {lv}]\nWrite 5 exam-style questions at the {lw} level and "
            "answer each in full, explaining the reasoning a strong student would use."
        ),
        "vi": (
            "[{s} > {t} > mức {lv}]\nViết 5 câu hỏi kiểu đề thi ở trình độ {lw} và giải chi tiết "
            "từng câu bằng tiếng Việt."
        ),
    },
    "misconceptions": {
        "en": (
            "For a {lw} learner studying {t} in {s}: list the 6 most common misconceptions, and for "
            "each explain why it is wrong, a question that exposes it, and the correct model."
        ),
        "ar": (
            "لطالب في مستوى {lw} يدرس {t} في مادة {s}: اذكر أكثر ستة مفاهيم خاطئة شيوعاً واشرح لماذا "
            "هي خاطئة وما هو الفهم الصحيح."
        ),
    },
}
LESSON_STYLES = tuple(_LESSON)


def lesson_prompt(style: str, lang: str, subject: str, topic: str, level: int) -> str:
    wraps = _LESSON[style]
    use = lang if lang in wraps else "en"
    return wraps[use].format(lv=level, lw=_LEVEL_WORDS[level - 1], s=subject, t=topic)


_HOMEWORK = {
    "en": (
        "I don't get {t}. My teacher said {q}. Can you explain it simpler?",
        "grade {g} {s} homework: {q} — can you help me understand how to do it? don't just give the answer",
        "how do I start this? {q}",
        "check my work pls: {q} I got {n}",
        "what's the difference between {t} and {t2}? for my {s} test tomorrow",
    ),
    "es": (
        "no entiendo {t}, la profe dijo: {q}. ¿me lo explicas fácil?",
        "tarea de {s} de {g}º: {q} ayúdame a entender cómo se hace",
        "¿cuál es la diferencia entre {t} y {t2}? mañana tengo examen",
    ),
    "pt": (
        "não entendi {t}. o professor passou: {q}. me explica?",
        "lição de {s} do {g}º ano: {q} como eu começo?",
    ),
}


def homework(rng: Rng, lang: str) -> str:
    s = pick(rng, tuple(SUBJECTS))
    t, t2 = two(rng, SUBJECTS[s])
    use = lang if lang in _HOMEWORK else "en"
    if s in ("algebra", "physics", "statistics") and chance(rng, 0.6):
        q = local_problem(rng, use)
    else:
        q = pick(rng, (t, f"{t} ({s})", f"{t} vs {t2}"))
    return pick(rng, _HOMEWORK[use]).format(
        t=t, t2=t2, s=s, q=clip_text(rng, q, 40, 300), g=irange(rng, 6, 12), n=irange(rng, 2, 400)
    )


# ------------------------------------------------------------------------------------------------
# expert questions in a person's voice (hard campaigns)

_EXPERT = {
    "en": (
        "my {rel} was put on {drug} and also takes {drug2} — is that combination safe? what side effects should we watch for",
        "I'm in {country} and my landlord wants to keep my whole deposit for normal wear and tear. what are my options, step by step",
        "how would you design the database schema for a {item} rental marketplace? walk me through the tradeoffs",
        "what's actually the difference between an index fund and an ETF for someone in {country}, and how are they taxed",
        "can you explain how {term} works, like properly, with the math",
        "our startup has {n} employees, how should we structure equity for the next hire, and what mistakes do founders usually make",
        "I keep getting a race condition in my {lang} code when two workers update the same row. how do people usually fix this",
        "what are the strongest arguments on both sides of {debate}? I want to actually understand it",
        "I have a job interview for a {job} role on {day}. what questions will they probably ask and how should I answer them",
        "explain why {fact} — I've read three explanations and none made sense",
        "we're choosing between {tech} and {tech2} for a new service, what would you pick and why",
        "how do I negotiate a raise when my company just had layoffs",
    ),
    "es": (
        "a mi {rel} le recetaron {drug} y ya toma {drug2}, ¿es seguro combinarlos? ¿qué efectos debemos vigilar?",
        "¿cómo diseñarías la base de datos para una app de alquiler de {item}? explícame los pros y contras",
        "explícame bien cómo funciona {term}, con detalle",
        "¿cuáles son los mejores argumentos a favor y en contra de {debate}?",
    ),
    "pt": (
        "minha {rel} começou a tomar {drug} junto com {drug2}, tem problema? o que observar?",
        "como funciona {term} de verdade? pode explicar com detalhes",
        "vale mais a pena {tech} ou {tech2} pra um sistema novo? por quê",
    ),
    "de": (
        "Mein {rel} nimmt jetzt {drug} und zusätzlich {drug2} – verträgt sich das? Worauf sollten wir achten?",
        "Wie würdest du das Datenbankschema für einen {item}-Verleih entwerfen? Mit Abwägungen bitte",
        "Kannst du mir {term} richtig erklären, gern mit Formeln?",
    ),
    "fr": (
        "mon {rel} prend {drug} et maintenant {drug2}, est-ce que c'est compatible ? quels effets surveiller",
        "explique-moi vraiment comment fonctionne {term}, avec les détails",
    ),
    "ru": (
        "моей {rel} назначили {drug}, а она ещё принимает {drug2} — это совместимо? на что обратить внимание",
        "объясни нормально, как работает {term}, с формулами",
        "что выбрать для нового сервиса: {tech} или {tech2}? почему",
    ),
    "hi": (
        "mere {rel} ko {drug} di gayi hai aur wo {drug2} bhi leti hain, kya ye safe hai? kya dhyan rakhna chahiye",
        "{term} kaise kaam karta hai? detail mein samjhao please",
    ),
    "id": (
        "{rel} saya diresepkan {drug} dan juga minum {drug2}, aman tidak? efek samping apa yang perlu diwaspadai",
        "tolong jelaskan cara kerja {term} secara detail",
    ),
    "ja": (
        "{term}の仕組みを、数式も含めてきちんと説明してもらえますか？",
        "新しいサービスに{tech}と{tech2}のどちらを使うべきか、理由も含めて教えてください。",
    ),
    "ko": (
        "{term}이 어떻게 작동하는지 자세히 설명해 주세요.",
        "새 서비스에 {tech}와 {tech2} 중 무엇을 쓰는 게 좋을까요? 이유도 알려주세요.",
    ),
    "zh": (
        "能详细讲讲{term}的原理吗？最好带上公式。",
        "新项目用{tech}还是{tech2}更好？请说明理由。",
    ),
    "vi": ("giải thích giúp mình {term} hoạt động thế nào, chi tiết nhé",),
    "tr": ("{term} tam olarak nasıl çalışıyor? detaylı anlatır mısın",),
    "pl": ("wytłumacz mi dokładnie, jak działa {term}",),
    "it": ("mi spieghi per bene come funziona {term}, con i dettagli?",),
}
_REL = ("mom", "dad", "grandmother", "husband", "wife", "uncle")
_DRUGS = (
    "metformin",
    "lisinopril",
    "sertraline",
    "warfarin",
    "atorvastatin",
    "levothyroxine",
    "ibuprofen",
    "omeprazole",
    "amlodipine",
    "prednisone",
    "gabapentin",
    "tramadol",
)
_TECH = (
    "Postgres",
    "MongoDB",
    "Kafka",
    "RabbitMQ",
    "gRPC",
    "GraphQL",
    "Go",
    "Rust",
    "Django",
    "FastAPI",
    "DynamoDB",
    "Redis streams",
    "Kubernetes",
    "serverless functions",
)
_DEBATES = (
    "a four-day work week",
    "nuclear power",
    "rent control",
    "universal basic income",
    "banning phones in schools",
    "carbon taxes",
    "remote work",
    "open-source AI models",
)
_FACTS = (
    "the sky is blue but sunsets are red",
    "ice floats",
    "planes can fly upside down",
    "interest rates affect house prices",
    "vaccines need boosters",
    "the moon causes tides",
)
_JOBS = (
    "data analyst",
    "product manager",
    "backend engineer",
    "nurse practitioner",
    "UX designer",
    "financial controller",
    "site reliability engineer",
)
_PLANG = ("Python", "Go", "Java", "Node", "C#", "Rust")


def expert_question(rng: Rng, lang: str) -> str:
    use = lang if lang in _EXPERT else "en"
    drugs, techs = two(rng, _DRUGS), two(rng, _TECH)
    return pick(rng, _EXPERT[use]).format(
        rel=pick(rng, _REL),
        drug=drugs[0],
        drug2=drugs[1],
        country=pick(rng, COUNTRIES),
        item=pick(rng, _ITEMS),
        n=irange(rng, 4, 60),
        term=pick(rng, _TERMS)[0],
        lang=pick(rng, _PLANG),
        debate=pick(rng, _DEBATES),
        job=pick(rng, _JOBS),
        day=pick(rng, _DAYS),
        fact=pick(rng, _FACTS),
        tech=techs[0],
        tech2=techs[1],
    )


_PERSON_FOLLOWUPS = {
    "en": (
        "ok and what about the second thing you said",
        "can you explain that more simply",
        "wait why",
        "what would you do in my place",
        "any sources for that?",
        "makes sense, thanks. one more thing:",
    ),
    "es": ("vale, ¿y lo segundo que dijiste?", "¿me lo explicas más simple?", "¿por qué?"),
    "pt": ("e sobre a segunda coisa que você falou?", "explica mais simples?", "por quê?"),
    "de": ("und was ist mit dem zweiten Punkt?", "kannst du das einfacher erklären?", "warum?"),
    "ru": ("а про второй пункт подробнее?", "можно проще?", "почему?"),
}


def person_followup(rng: Rng, lang: str) -> str:
    return pick(rng, _PERSON_FOLLOWUPS.get(lang, _PERSON_FOLLOWUPS["en"]))


def humanized_problem(rng: Rng) -> str:
    p = problem(rng)
    lead = pick(
        rng,
        (
            "can someone explain how to do this: ",
            "stuck on this one, ",
            "how would you solve this? ",
            "",
            "quick q — ",
            "my kid's homework: ",
        ),
    )
    tail = pick(rng, ("", " show the steps", " explain your thinking", " i got a different answer"))
    return humanize(rng, lead + p + tail, 0.6)


# ------------------------------------------------------------------------------------------------
# benign kinds' own texts

_BENCH_HEADERS = (
    "Q: {p}\nA: Let's think step by step.",
    "Question: {p}\nWork through the problem, then end with 'The answer is X.'",
    "{p}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
)


def benchmark_item(rng: Rng) -> str:
    """One item of a public-style reasoning benchmark with its fixed evaluation template."""
    if chance(rng, 0.3):
        return mcq(rng, "en")
    return pick(rng, _BENCH_HEADERS).format(p=problem(rng))


def annotation_prompt(rng: Rng, client: str, chat: list[str], passages: list[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 500)
    r = clip_text(rng, pick(rng, passages), 200, 1200)
    guide = pick(rng, ("v3.2", "v3.3", "2026-01", "rev B"))
    return (
        f"[{client} QA guideline {guide}] You are assisting a human reviewer. Check the bot reply "
        "for policy violations and factual errors, flag anything the reviewer should look at, "
        "and suggest a 1-5 quality rating with a one-line reason. The reviewer makes the final "
        f"call.\n\nCustomer message: {q}\n\nBot reply: {r}"
    )


_POSTS = {
    "en": (
        "this new update is garbage and the devs are idiots, everyone uninstall",
        "selling my old phone cheap DM me, also selling 'special' pills lol",
        "anyone else think the mayor should be run out of town? literally",
        "my review: the hotel was filthy and the manager screamed at us",
    ),
    "pt": (
        "esse jogo tá cheio de hacker, os mods são uns inúteis",
        "vendo conta premium barato chama no zap",
    ),
    "es": (
        "el árbitro es un corrupto y ojalá le pase algo",
        "vendo entradas a mitad de precio, pago por fuera de la app",
    ),
    "id": ("admin grup ini bodoh semua, keluar aja",),
    "hi": ("ye seller fraud hai, sab log isko report karo",),
}


def moderation_prompt(rng: Rng, platform: str, lang: str, chat: list[str]) -> str:
    use = lang if lang in _POSTS else "en"
    # most flagged posts are ordinary user text; a few are the classic violations
    post = clip_text(rng, pick(rng, chat), 10, 500) if chance(rng, 0.7) else pick(rng, _POSTS[use])
    section = pick(rng, ("harassment 2.1", "commerce 4.3", "threats 1.2", "off-platform sales 4.7"))
    return (
        f"{platform} community standards assistant. A post was flagged under section {section}. "
        "Suggest a minimally edited version that keeps the user's point but removes the "
        "violation, in the post's original language, and say which words you changed. If it "
        f"cannot be fixed, reply REMOVE.\nPost ({use}): {post}"
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "internal/store/pg.go",
    "web/src/components/Table.tsx",
    "lib/billing/invoice.rb",
    "services/auth/token.ts",
    "app/models/user.py",
    "pkg/queue/worker.go",
    "tests/test_export.py",
)


def coding_agent_steps(rng: Rng) -> list[str]:
    """One IDE agent run: the developer's task, then tool results fed back."""
    f = pick(rng, _REPO_FILES)
    task = pick(
        rng,
        (
            f"fix the failing test in {f}",
            f"add pagination to the list endpoint in {f}",
            f"refactor {f} to remove the duplicated validation",
            "why does CI fail on main since this morning?",
            f"add a retry with backoff around the HTTP call in {f}",
            "bump the ORM version and fix whatever breaks",
        ),
    )
    steps = [f"<user_request>{task}</user_request>\n<open_files>{f}</open_files>"]
    for _ in range(irange(rng, 2, 10)):
        k = irange(rng, 0, 2)
        if k == 0:
            steps.append(
                f'<tool_result tool="read_file" path="{pick(rng, _REPO_FILES)}">\n'
                + "\n".join(f"{i + 1:4d}  ..." for i in range(irange(rng, 3, 8)))
                + "\n</tool_result>"
            )
        elif k == 1:
            failed = irange(rng, 0, 3)
            steps.append(
                f'<tool_result tool="run_tests">{irange(rng, 20, 400)} passed, {failed} failed'
                + (
                    f"\nFAILED {pick(rng, _REPO_FILES)}::test_{pick(rng, ('export', 'auth', 'limit', 'retry'))}"
                    if failed
                    else ""
                )
                + "</tool_result>"
            )
        else:
            steps.append(
                f'<tool_result tool="apply_patch">ok: {irange(rng, 1, 40)} lines changed in '
                f"{pick(rng, _REPO_FILES)}</tool_result>"
            )
    return steps


_INTENTS = (
    "check balance",
    "report lost card",
    "dispute a charge",
    "increase credit limit",
    "change address",
    "open savings account",
    "international transfer fee",
    "card declined abroad",
    "set up direct debit",
    "close account",
)


_UTTER_BITS = (
    "hi i need to {v}",
    "how do i {v} from the app",
    "can you {v} for me please",
    "{v} asap!!",
    "my husband wants to {v}, what do we need",
    "is it possible to {v} on a sunday",
    "trying to {v} but it keeps failing",
)


def augmentation_prompt(rng: Rng, bank: str, lang: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (20, 25, 30, 40))
    seen = "\n".join(
        humanize(rng, pick(rng, _UTTER_BITS).format(v=intent), 0.8)
        for _ in range(irange(rng, 2, 5))
    )
    batch = f"batch {irange(rng, 1, 9999):04d}"
    if lang == "es":
        return (
            f"[{bank} NLU, {batch}] Genera {n} formas distintas en que un cliente de banca podría "
            f"decir la intención «{intent}». Una por línea, incluye errores de escritura y registro "
            f"informal. No repitas estas:\n{seen}"
        )
    return (
        f"[{bank} NLU data, {batch}] Write {n} different ways a retail-banking customer might "
        f"express the intent '{intent}' in a chat. One per line. Include typos, slang, very short "
        "and very long phrasings, and a few that mix in an unrelated second request. No numbering. "
        f"Avoid near-duplicates of these existing examples:\n{seen}"
    )


_ASSIGNMENTS = (
    "Assignment {w}: ask the model to explain {t}, then critique its answer in 200 words.",
    "Week {w} lab: prompt the model to write a function that {task}; test it and report bugs.",
    "Exercise {w}: compare the model's answers to the same question phrased three ways: {q}",
)
_CODE_TASKS = (
    "parses dates in three formats",
    "deduplicates a list of emails",
    "computes a moving average",
    "validates an IBAN",
    "merges overlapping intervals",
)


def course_prompt(rng: Rng, week: int, chat: list[str]) -> str:
    k = irange(rng, 0, 4)
    t = pick(rng, _TERMS)[0]
    if k == 0:
        return f"explain {t} to me like I'm a first-year student"
    if k == 1:
        return f"write a python function that {pick(rng, _CODE_TASKS)}"
    if k == 2:
        return pick(rng, _ASSIGNMENTS).format(
            w=week, t=t, task=pick(rng, _CODE_TASKS), q=clip_text(rng, pick(rng, chat), 20, 150)
        )
    if k == 3:
        return humanize(rng, f"is this right? {t} is {pick(rng, _TERMS)[1]}", 0.8)
    return clip_text(rng, pick(rng, chat), 10, 500)

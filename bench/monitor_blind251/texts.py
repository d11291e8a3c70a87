"""Prompt generators of batch 251, written fresh for this batch.

Every generator takes the caller's `rng` (and, where human text fits, the ShareGPT pools the
shared context offers: `chat` = ordinary human prompts, `passages` = long assistant answers) and
returns one prompt string, or a list of prompts for a multi-request episode. Nothing here is
copied from elsewhere in the repository.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def excerpt(rng: Rng, text: str, lo: int = 200, hi: int = 900) -> str:
    """A word-aligned slice of `text` of roughly lo..hi characters."""
    text = " ".join(text.split())
    if len(text) <= hi:
        return text
    n = irange(rng, lo, hi)
    start = irange(rng, 0, max(0, len(text) - n))
    cut = text[start : start + n]
    if start > 0 and " " in cut:
        cut = cut[cut.index(" ") + 1 :]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut


def sentences(rng: Rng, text: str, k: int) -> str:
    parts = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 20]
    if not parts:
        return excerpt(rng, text, 80, 240)
    i = irange(rng, 0, max(0, len(parts) - k))
    out = ". ".join(parts[i : i + k])
    return out if out.endswith(".") else out + "."


# ============================================================================================
# word problems (several languages)

CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Nagoya",
    "Pune",
    "Mombasa",
    "Curitiba",
    "Tartu",
    "Rosario",
    "Da Nang",
    "Izmir",
    "Halifax",
    "Bergen",
    "Cusco",
    "Tampere",
    "Durban",
)
ITEMS = (
    "notebooks",
    "lanterns",
    "seed packets",
    "bus tickets",
    "ceramic tiles",
    "chess sets",
    "solar lamps",
)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d, v1, v2, h = (
            irange(rng, 120, 900),
            irange(rng, 40, 120),
            irange(rng, 35, 110),
            irange(rng, 5, 14),
        )
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        return (
            f"Two trains leave {c1} and {c2}, which are {d} km apart, at {h}:00 and travel toward each other "
            f"at {v1} km/h and {v2} km/h. At what time do they meet, and how far from {c1}?"
        )
    if k == 1:
        v, p1, p2, p3 = (
            irange(rng, 4, 40),
            irange(rng, 5, 15),
            irange(rng, 30, 60),
            irange(rng, 16, 28),
        )
        return (
            f"A lab technician has {v} litres of a {p1}% salt solution. How many litres of a {p2}% solution "
            f"must be added to get a {p3}% solution?"
        )
    if k == 2:
        n = irange(rng, 5, 10)
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit "
            f"next to each other?"
        )
    if k == 3:
        x, e, m = irange(rng, 3, 29), irange(rng, 50, 2025), irange(rng, 7, 97)
        return f"What is the remainder when {x}^{e} is divided by {m}?"
    if k == 4:
        r, g, bl, t = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 3)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. {t + 1} marbles are drawn without "
            f"replacement. What is the probability that at least two of them share a colour?"
        )
    if k == 5:
        s = pick(rng, ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)))
        f = irange(rng, 1, 6)
        return (
            f"A rectangle has a perimeter of {2 * (s[0] + s[1]) * f} cm and a diagonal of {s[2] * f} cm. "
            f"What is its area?"
        )
    if k == 6:
        pets = ("a cat", "a parrot", "a tortoise", "a ferret")
        c = pick(rng, NAMES)
        return (
            f"{a}, {b} and {c} each own exactly one of {pets[0]}, {pets[1]} and {pets[2]}. {a} is allergic to "
            f"fur. The owner of the parrot lives next door to {c}. {b} does not own the tortoise. Who owns what?"
        )
    if k == 7:
        x1, x2, kk, n = irange(rng, 1, 9), irange(rng, 1, 9), irange(rng, 1, 4), irange(rng, 8, 20)
        return (
            f"A sequence starts {x1}, {x2}. Every later term equals the sum of the two before it minus {kk}. "
            f"What is term number {n}?"
        )
    if k == 8:
        p, q, r = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 6, 20)
        return (
            f"Pipe A fills a tank in {p} hours and pipe B in {q} hours, while a drain empties the full tank "
            f"in {r} hours. If all three are open from an empty tank, how long until it is full?"
        )
    if k == 9:
        pv, rate, tgt = irange(rng, 2, 90) * 500, irange(rng, 2, 9), irange(rng, 2, 4)
        return (
            f"{a} invests ${pv} at {rate}% per year compounded quarterly. After how many whole years does the "
            f"balance first exceed {tgt} times the original amount?"
        )
    if k == 10:
        v, h = irange(rng, 5, 30), irange(rng, 10, 80)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Taking g = 9.8 m/s², "
            f"when does it hit the ground below, and what is its speed at impact?"
        )
    age, dy = irange(rng, 25, 60), irange(rng, 3, 12)
    return (
        f"{a} is {age} years old. In {dy} years {a} will be twice as old as {b} was {dy} years ago. "
        f"How old is {b} now?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        heads, rab = irange(rng, 20, 60), irange(rng, 3, 18)
        return f"笼子里有鸡和兔子，共有{heads}个头，{2 * heads + 2 * rab}只脚。请问鸡和兔子各有多少只？"
    if k == 1:
        a, b = irange(rng, 6, 20), irange(rng, 8, 30)
        return f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作3天后，甲离开，剩下的由乙完成，乙还需要几天？"
    if k == 2:
        n, m = irange(rng, 3, 9), irange(rng, 10, 60)
        return f"一个数除以{n}余2，除以{n + 2}余3，且这个数小于{m * 10}。满足条件的数有哪些？"
    d, v = irange(rng, 100, 600), irange(rng, 40, 90)
    return f"甲乙两地相距{d}千米，一辆汽车以每小时{v}千米的速度从甲地开往乙地，出发1小时后另一辆车以每小时{v + 15}千米的速度追赶，几小时后追上？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, v1, v2 = irange(rng, 150, 800), irange(rng, 50, 110), irange(rng, 40, 100)
        return f"Из двух городов, расстояние между которыми {d} км, навстречу друг другу выехали два поезда со скоростями {v1} и {v2} км/ч. Через сколько часов они встретятся?"
    if k == 1:
        p, q = irange(rng, 10, 40), irange(rng, 5, 30)
        return f"Цену товара сначала повысили на {p}%, а затем снизили на {q}%. На сколько процентов изменилась исходная цена?"
    if k == 2:
        n = irange(rng, 4, 12)
        return f"Монету подбрасывают {n} раз. Какова вероятность того, что орёл выпадет ровно {n // 2} раз?"
    a = irange(rng, 3, 15)
    return f"Найдите все натуральные n, для которых число n² + {a}n + {a * 2} делится на n + 1."


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v, p1, p2 = irange(rng, 5, 30), irange(rng, 10, 25), irange(rng, 40, 70)
        return f"Se mezclan {v} litros de jugo al {p1}% con cierta cantidad de jugo al {p2}%. ¿Cuántos litros del segundo hacen falta para obtener una mezcla al 30%?"
    if k == 1:
        e, d = irange(rng, 30, 55), irange(rng, 4, 12)
        return f"La edad de una madre es {e} años. Hace {d} años su edad era el triple de la de su hijo. ¿Cuántos años tiene el hijo hoy?"
    r, b = irange(rng, 3, 10), irange(rng, 3, 10)
    return f"Una urna contiene {r} bolas rojas y {b} azules. Se extraen dos sin reposición. ¿Cuál es la probabilidad de que sean de distinto color?"


PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}


def problem(rng: Rng, lang: str = "en") -> str:
    return PROBLEMS.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)

_TRACE = {
    "en": (
        "{p}\n\nBefore answering, write out your complete reasoning inside <think></think> tags: every "
        "intermediate step, every check, every dead end. Only then put the final answer on its own line as "
        "ANSWER: <value>.",
        "You are a meticulous competition coach. Work through the problem below slowly. Number each step, "
        "re-derive any formula you use, verify the arithmetic, and try one alternative method before you commit."
        "\n\nProblem: {p}",
        'Reply with JSON only: {{"steps": [...], "verification": "...", "final": "..."}}. Each element of steps '
        "must be one full sentence stating one inference.\n\n{p}",
        "{p}\nPlease explain your thought process in full detail — don't skip anything, not even the obvious "
        "parts. I want to see exactly how you'd reason from scratch, including where you might go wrong.",
    ),
    "zh": (
        "请详细地一步一步推理，把完整的思考过程写在<思考></思考>标签内，每一步都要检验，最后单独一行给出答案。\n题目：{p}",
        "{p}\n要求：先列出已知条件，再逐步推导，每一步说明理由，最后验算并给出最终答案。",
    ),
    "ru": (
        "Реши задачу. Сначала подробно распиши весь ход рассуждений по шагам, проверь каждый шаг, и только потом "
        "дай ответ в виде «Ответ: ...».\n{p}",
        "{p}\nОбъясни решение так, будто проверяешь его для олимпиадного жюри: все промежуточные выкладки обязательны.",
    ),
    "es": (
        "Resuelve el siguiente problema razonando paso a paso. Muestra todo el razonamiento intermedio y "
        "comprueba el resultado antes de dar la respuesta final.\n{p}",
        "{p}\nEscribe tu proceso de pensamiento completo entre <pensamiento> y </pensamiento>, luego la respuesta.",
    ),
}


def reasoning_trace(rng: Rng, lang: str) -> str:
    p = problem(rng, lang)
    return pick(rng, _TRACE[lang]).format(p=p)


# ============================================================================================
# knowledge taxonomy (shared by several harvests and a benign product)

CONCEPTS = {
    "biology": (
        "photosynthesis",
        "CRISPR-Cas9",
        "mitochondrial DNA",
        "immune memory",
        "natural selection",
        "enzyme kinetics",
        "epigenetics",
        "the Krebs cycle",
        "horizontal gene transfer",
        "apoptosis",
    ),
    "physics": (
        "entropy",
        "quantum tunnelling",
        "special relativity",
        "Bernoulli's principle",
        "superconductivity",
        "the photoelectric effect",
        "angular momentum",
        "standing waves",
    ),
    "economics": (
        "inflation",
        "comparative advantage",
        "moral hazard",
        "quantitative easing",
        "price elasticity",
        "the Phillips curve",
        "network effects",
        "game theory",
    ),
    "history": (
        "the Peace of Westphalia",
        "the Meiji Restoration",
        "the fall of Constantinople",
        "the Bretton Woods system",
        "the Silk Road",
        "the Haitian Revolution",
        "the Hanseatic League",
    ),
    "law": (
        "consideration in contract law",
        "habeas corpus",
        "the GDPR's lawful bases",
        "fair use",
        "strict liability",
        "adverse possession",
        "the burden of proof",
    ),
    "medicine": (
        "beta blockers",
        "insulin resistance",
        "antibiotic resistance",
        "sepsis",
        "herd immunity",
        "statins",
        "the blood-brain barrier",
    ),
    "computing": (
        "the Raft consensus algorithm",
        "garbage collection",
        "B-trees",
        "the TLS handshake",
        "attention in transformers",
        "eventual consistency",
        "virtual memory",
        "public-key cryptography",
    ),
    "chemistry": (
        "buffer solutions",
        "chirality",
        "Le Chatelier's principle",
        "oxidation states",
        "activation energy",
        "hydrogen bonding",
    ),
    "psychology": (
        "cognitive dissonance",
        "working memory",
        "the bystander effect",
        "operant conditioning",
        "confirmation bias",
    ),
    "finance": (
        "bond duration",
        "option greeks",
        "discounted cash flow",
        "short selling",
        "the yield curve",
    ),
}
DOMAINS = tuple(CONCEPTS)


def concept(rng: Rng, domain: str | None = None) -> tuple[str, str]:
    d = domain or pick(rng, DOMAINS)
    return d, pick(rng, CONCEPTS[d])


def two_concepts(rng: Rng) -> tuple[str, str]:
    d = pick(rng, DOMAINS)
    xs = CONCEPTS[d]
    i = irange(rng, 0, len(xs) - 1)
    j = (i + irange(rng, 1, len(xs) - 1)) % len(xs)
    return xs[i], xs[j]


_CASUAL = {
    "en": (
        "hey can you explain {c}? my textbook makes it way too confusing",
        "whats the difference between {c} and {c2}",
        "I keep mixing up {c} and {c2}... can you help me get it straight",
        "explain {c} like I'm 15 please",
        "is there a simple way to understand {c}? examples would help",
        "why does {c} matter? like in real life",
        "ok so I just read about {c} and I don't get why people care. what's the big deal",
        "can you give me a worked example of {c}?",
        "what do most people get wrong about {c}?",
        "how would you teach {c} to someone who's never heard of it",
    ),
    "es": (
        "oye, ¿me puedes explicar {c}? no entiendo nada de mis apuntes",
        "¿cuál es la diferencia entre {c} y {c2}?",
        "explícame {c} con un ejemplo sencillo porfa",
        "¿por qué es importante {c}? en la vida real digo",
    ),
    "pt": (
        "alguém me explica {c} de um jeito simples?",
        "qual a diferença entre {c} e {c2}? sempre confundo",
        "me dá um exemplo prático de {c}",
        "tenho prova amanhã sobre {c}, me ajuda a entender o básico",
    ),
    "de": (
        "kannst du mir {c} einfach erklären?",
        "was ist eigentlich der Unterschied zwischen {c} und {c2}?",
        "ich verstehe {c} nicht so richtig, hast du ein Beispiel?",
    ),
    "id": (
        "tolong jelaskan {c} dengan bahasa yang sederhana",
        "apa bedanya {c} sama {c2}?",
        "kasih contoh nyata tentang {c} dong",
    ),
    "hi": (
        "{c} kya hota hai? simple mein samjhao please",
        "{c} aur {c2} mein kya difference hai?",
        "kal exam hai, {c} ka ek example de do",
    ),
}


def casual_question(rng: Rng, lang: str) -> str:
    _, c = concept(rng)
    c2 = two_concepts(rng)[1]
    return pick(rng, _CASUAL[lang]).format(c=c, c2=c2)


_FORMAL = (
    "Write a thorough explanation of {c} for an advanced undergraduate. Cover the core mechanism, a worked "
    "example, common misconceptions, and open questions.",
    "Explain {c}. Then compare it with {c2}, and finish with three exam-style questions with model answers.",
    "Give a detailed, well-structured overview of {c}: definition, history, how it works, limitations.",
    "I'm preparing lecture notes on {c}. Draft a complete section (about 800 words) with headings.",
)


def formal_question(rng: Rng) -> str:
    _, c = concept(rng)
    return pick(rng, _FORMAL).format(c=c, c2=two_concepts(rng)[1])


# ============================================================================================
# judge / rubric / reward grading (campaign)

_RUBRICS = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
)


def judge_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = excerpt(rng, pick(rng, chat), 40, 500)
    r1 = excerpt(rng, pick(rng, passages), 200, 900)
    r2 = excerpt(rng, pick(rng, passages), 200, 900)
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"[User question]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}\n\nCompare the two responses. "
            'Think about which one better serves the user, then output JSON: {"winner": "A"|"B"|"tie", '
            '"margin": 1-5, "rationale": "..."}'
        )
    if style == 1:
        crit = ", ".join(
            sorted(_RUBRICS[i] for i in rng.choice(len(_RUBRICS), size=3, replace=False).tolist())
        )
        return (
            f"Grade the assistant reply below on {crit}, each from 1 to 10. Justify every score in two or three "
            f"sentences, then give an overall score as 'Overall: N/10'.\n\nPrompt: {q}\n\nReply: {r1}"
        )
    if style == 2:
        return (
            f"You are a reward model. Read the conversation and output a single real number between -5 and 5 "
            f"reflecting how good the final assistant turn is. Output the number only.\n\nHUMAN: {q}\n"
            f"ASSISTANT: {r1}"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort nach einem Raster (Richtigkeit, Vollständigkeit, Klarheit; je 0–4 "
            f"Punkte). Begründe kurz und nenne die Gesamtpunktzahl.\n\nFrage: {q}\n\nAntwort: {r1}"
        )
    return (
        f"Here is a reference answer and a candidate answer. List every factual disagreement, decide which is "
        f"correct in each case, and give the candidate a score from 0 to 100.\n\nQuestion: {q}\n\n"
        f"Reference: {r1}\n\nCandidate: {r2}"
    )


# ============================================================================================
# censorship-safe / policy rewrites (campaign)

SENSITIVE = (
    "a disputed election result",
    "a mass street protest",
    "a banned religious movement",
    "a territorial dispute at sea",
    "a historical famine",
    "a leader's health rumours",
    "labour strikes at a state company",
    "an independent journalist's arrest",
    "vaccine side effects",
    "online gambling",
    "cannabis legalisation",
    "a separatist region",
)


def policy_rewrite(rng: Rng, lang: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    topic = pick(rng, SENSITIVE)
    body = excerpt(rng, pick(rng, passages), 200, 800)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合平台内容规范的版本：删除敏感表述，保持中立客观，不评价政府与政策，字数相近。\n\n{body}",
                f"用户问到“{topic}”相关的问题。请给出一个安全、合规、语气温和的标准回答，必要时引导用户查阅官方信息。",
                f"判断下面这段文字是否涉及敏感话题，并输出一个可以公开发布的改写版本：\n{body}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши текст так, чтобы он соответствовал требованиям закона о СМИ: без оценок власти, нейтрально.\n\n{body}",
                f"Пользователь спрашивает о теме «{topic}». Напиши безопасный, взвешенный ответ, допустимый к публикации.",
            ),
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn sau cho phù hợp với quy định nội dung, giữ giọng trung lập, bỏ các nhận định "
            f"chính trị:\n\n{body}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Rewrite the following answer so it could be published in a market with strict content rules: "
            f"remove political judgements, avoid naming officials, keep it factual and calm. Keep the length.\n\n{body}"
        )
    if style == 1:
        q = excerpt(rng, pick(rng, chat), 30, 300)
        return (
            f"For a safety-tuned assistant, write the ideal response to this request. If any part is not "
            f"allowed, refuse that part politely, say why in one sentence, and offer a safe alternative. "
            f"Otherwise answer helpfully.\n\nRequest: {q}"
        )
    if style == 2:
        return (
            f"A user asks about {topic}. Produce two versions: (1) a refusal that stays friendly and points to "
            f"neutral sources, (2) a cautious, balanced answer. Label them REFUSAL and BALANCED."
        )
    return (
        f"Classify the text below as ALLOWED / SENSITIVE / PROHIBITED under a conservative content policy, "
        f"then rewrite it so it becomes ALLOWED.\n\n{body}"
    )


# ============================================================================================
# agent / tool-use transcripts (campaign)

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "minutes": "integer"},
    "currency_convert": {"amount": "number", "from": "string", "to": "string"},
    "read_file": {"path": "string"},
    "flight_search": {"origin": "string", "destination": "string", "date": "string"},
}
TOOL_NAMES = tuple(TOOLS)

_AGENT_TASKS = (
    "Plan a three-day trip from {c1} to {c2} in the first week of March under 900 EUR, with flights and weather.",
    "Find last quarter's five largest customers in the sales database and email a summary to {n}.",
    "Compare the population growth of {c1} and {c2} over the last decade and chart it.",
    "Book a 45-minute meeting with {n} next Tuesday afternoon and send them an agenda.",
    "Work out how much 12,500 USD is in {cur} today and whether it covers a {c1} rental deposit.",
    "Read report.csv, find months where costs rose more than 10%, and explain the likely causes.",
    "Research the three most cited papers on {c} and write a short annotated bibliography.",
    "Check whether it will rain in {c1} on Saturday and suggest an indoor plan if it does.",
)
_OBS = (
    '{{"results": [{{"title": "{c1} travel guide", "snippet": "..."}}, {{"title": "Flights to {c2}", "snippet": "..."}}]}}',
    '{{"rows": [["ACME", 48210.5], ["Borealis", 39120.0], ["Kestrel", 31877.25]]}}',
    '{{"temp_c": {t}, "precip_mm": {p}, "summary": "showers"}}',
    '{{"status": "ok", "id": "evt_{t}{p}"}}',
    '{{"stdout": "month,delta\\n2025-07,0.13\\n2025-10,0.21", "stderr": ""}}',
    '{{"rate": 0.{t}{p}, "converted": {t}{p}00}}',
)


def agent_episode(rng: Rng, n_steps: int) -> list[str]:
    """The prompts (last user/tool message) of one agent run, each carrying the transcript so far."""
    tools = [
        TOOL_NAMES[i]
        for i in sorted(rng.choice(len(TOOL_NAMES), size=irange(rng, 3, 6), replace=False).tolist())
    ]
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=pick(rng, NAMES),
        cur=pick(rng, ("JPY", "BRL", "INR", "PLN", "KES")),
        c=concept(rng)[1],
    )
    style = irange(rng, 0, 2)
    if style == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": t,
                        "parameters": {
                            "type": "object",
                            "properties": {k: {"type": v} for k, v in TOOLS[t].items()},
                        },
                    },
                }
                for t in tools
            ]
        )
        head = f"Tools available (OpenAI function format):\n{spec}\n\nUser task: {task}"
    elif style == 1:
        lines = "\n".join(f"- {t}({', '.join(TOOLS[t])})" for t in tools)
        head = (
            f"You are an autonomous agent. Solve the task using the tools below. Use the format\nThought: ...\n"
            f"Action: tool_name[json args]\nObservation: ...\n... and end with Final Answer: ...\n\nTools:\n{lines}\n\n"
            f"Task: {task}"
        )
    else:
        lines = "".join(f'<tool name="{t}">{json.dumps(TOOLS[t])}</tool>' for t in tools)
        head = f"<tools>{lines}</tools>\n<instructions>Call tools with <tool_call>. Think before each call.</instructions>\n<task>{task}</task>"
    out = [head]
    hist = head
    for step in range(1, n_steps):
        t = pick(rng, tools)
        obs = pick(rng, _OBS).format(
            c1=pick(rng, CITIES), c2=pick(rng, CITIES), t=irange(rng, 1, 29), p=irange(rng, 0, 9)
        )
        if style == 0:
            msg = json.dumps(
                {
                    "role": "tool",
                    "name": t,
                    "tool_call_id": f"call_{step}_{irange(rng, 1000, 9999)}",
                    "content": obs,
                }
            )
        elif style == 1:
            msg = f"Observation: {obs}"
        else:
            msg = f'<tool_result name="{t}">{obs}</tool_result>'
        hist = hist + "\n" + msg
        out.append(msg if chance(rng, 0.5) else hist[-1800:])
    return out


# ============================================================================================
# synthetic dataset generation (campaign)

_PERSONAS = (
    "a retired nurse in {co}",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a junior data analyst in {co}",
    "a farmer planning crop rotation",
    "a hobby astronomer",
    "a paramedic on night shifts",
    "an indie game developer",
    "a logistics manager in {co}",
)


def dataset_request(rng: Rng, lang: str) -> str:
    d, c = concept(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    persona = pick(rng, _PERSONAS).format(co=pick(rng, COUNTRIES))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados sobre {d} ({c}) en formato JSONL con los campos "
            f'"instruccion" y "respuesta". Varía la dificultad y el estilo. Respuestas completas.'
        )
    if lang == "fr":
        return (
            f"Crée {n} dialogues courts et réalistes entre un utilisateur et un assistant sur le thème « {c} ». "
            f'Format JSON: liste d\'objets {{"tours": [...]}}. Niveaux de difficulté variés.'
        )
    if lang == "pt":
        return f"Gere {n} perguntas difíceis sobre {c} com respostas detalhadas, em JSONL (campos: pergunta, resposta)."
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"Generate {n} diverse instruction/response pairs about {d}, focusing on {c}. Output JSONL with keys "
            f'"instruction", "input", "output". Vary difficulty, length and format (lists, code, prose). '
            f"Do not repeat instructions."
        )
    if style == 1:
        seeds = "\n".join(f"{i + 1}. {formal_question(rng)}" for i in range(3))
        return (
            f"Here are three seed tasks:\n{seeds}\n\nWrite {n} new tasks in the same spirit but on different "
            f"topics, each followed by a high-quality answer. Number them."
        )
    if style == 2:
        return (
            f"You are {persona}. Write one question you would realistically ask an AI assistant about {c}, "
            f"then write the ideal assistant answer. Format:\nQ: ...\nA: ..."
        )
    if style == 3:
        labels = pick(
            rng,
            (
                ("positive", "negative", "neutral"),
                ("billing", "technical", "account", "other"),
                ("urgent", "normal", "low"),
            ),
        )
        return (
            f"Create {n} labelled training examples for a text classifier with labels {list(labels)}. Each "
            f"example: a realistic 1–3 sentence message and its label, as JSON lines. Balance the labels."
        )
    return (
        f"Write a multiple-choice question bank on {c}: {n} questions, 4 options each, the correct letter, "
        f"and a two-sentence explanation. Mix recall and application questions."
    )


# ============================================================================================
# multi-turn dialogue harvest (campaign)

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now summarise everything in three bullet points.",
        "What are the strongest counterarguments?",
        "Rewrite that for a complete beginner.",
        "OK, and what would you do differently in my place?",
        "Can you turn this into a step-by-step plan?",
        "Interesting. What are the risks?",
        "Explain the last part again, I didn't follow.",
        "Make it shorter and more direct.",
        "What sources would support this?",
        "How would this work in {co}?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resume todo en tres viñetas.",
        "¿Y cuáles serían los riesgos?",
        "Explícalo para un principiante.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Me dá um exemplo prático disso.",
        "Agora resume em três tópicos.",
        "Quais são os contra-argumentos?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Fass das in drei Stichpunkten zusammen.",
        "Was spricht dagegen?",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Kasih contoh konkretnya dong.",
        "Sekarang ringkas jadi tiga poin.",
        "Apa risikonya?",
    ),
}


def dialogue(rng: Rng, lang: str, chat: Sequence[str], n_turns: int) -> list[str]:
    """First turn: an ordinary human prompt (or a concept question); later turns: follow-ups."""
    first = pick(rng, chat) if (lang == "en" and chance(rng, 0.7)) else casual_question(rng, lang)
    fl = _FOLLOW[lang]
    idx = rng.choice(len(fl), size=min(n_turns - 1, len(fl)), replace=False).tolist()
    outs = [first] + [fl[i].format(co=pick(rng, COUNTRIES)) for i in idx]
    while len(outs) < n_turns:
        outs.append(pick(rng, fl).format(co=pick(rng, COUNTRIES)))
    return outs


# ============================================================================================
# best-of-n / soft labels (campaign)

_SHORT_TASKS = (
    "Write a haiku about {c}.",
    "Give a one-paragraph answer: why is the sky darker at {c1} in winter?",
    "Suggest a name for a startup that sells {it}.",
    "Write a product description for {it} in 60 words.",
    "Answer in one sentence: what is {c}?",
    "Write a limerick about a cat who learns {c}.",
    "Give a clever tagline for a {c1} tourism campaign.",
    "Summarise {c} in exactly two sentences.",
)
_LABELSETS = (
    ("joy", "anger", "sadness", "fear", "surprise", "neutral"),
    ("sarcastic", "sincere"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("spam", "ham"),
)


def short_task(rng: Rng) -> str:
    return pick(rng, _SHORT_TASKS).format(
        c=concept(rng)[1], c1=pick(rng, CITIES), it=pick(rng, ITEMS)
    )


def soft_label(rng: Rng, chat: Sequence[str], lang: str) -> str:
    text = excerpt(rng, pick(rng, chat), 20, 300)
    labels = pick(rng, _LABELSETS)
    if lang == "fr":
        return f"Donne une distribution de probabilité sur les étiquettes {list(labels)} pour ce texte, en JSON :\n{text}"
    if lang == "ja":
        return f"次の文章について、ラベル{list(labels)}それぞれの確率をJSONで出力してください（合計1）。\n{text}"
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"For the text below, output a probability for each label in {list(labels)} as a JSON object whose "
            f"values sum to 1. Be calibrated, not confident by default.\n\nText: {text}"
        )
    if style == 1:
        q = short_task(rng) if chance(rng, 0.5) else excerpt(rng, pick(rng, chat), 20, 200)
        k = irange(rng, 3, 6)
        return (
            f"Give {k} genuinely different candidate answers to the request below. After each, state the "
            f"probability (0-1) that it is the best one; the probabilities must sum to 1.\n\nRequest: {q}"
        )
    return f"Label: {'/'.join(labels)}\nText: {text}\nAnswer with the label and your confidence in percent."


# ============================================================================================
# code curriculum (campaign)

PLANGS = ("Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "SQL")
CODE_TOPICS = {
    "strings": (
        "returns the longest palindromic substring",
        "checks whether two strings are anagrams",
        "compresses runs of repeated characters ('aaab' -> 'a3b')",
        "converts snake_case to camelCase",
    ),
    "hashing": (
        "groups words that are anagrams of each other",
        "finds the first non-repeating character",
        "returns the k most frequent elements",
    ),
    "two-pointers": (
        "removes duplicates from a sorted array in place",
        "finds a pair summing to a target",
        "merges two sorted lists",
    ),
    "recursion": (
        "generates all permutations of a list",
        "solves the Tower of Hanoi for n discs",
        "flattens an arbitrarily nested list",
    ),
    "dynamic-programming": (
        "computes the edit distance between two strings",
        "counts ways to make change",
        "finds the longest increasing subsequence",
        "solves 0/1 knapsack",
    ),
    "graphs": (
        "finds the shortest path in an unweighted grid",
        "detects a cycle in a directed graph",
        "returns a topological order of tasks",
        "counts connected components",
    ),
    "concurrency": (
        "downloads N URLs with at most 4 in flight",
        "implements a thread-safe bounded queue",
        "runs tasks with a timeout and cancels the rest",
    ),
    "parsing": (
        "parses a CSV line with quoted fields",
        "evaluates an arithmetic expression with precedence",
        "validates an IPv4 address",
    ),
    "design": (
        "implements an LRU cache",
        "implements a rate limiter (token bucket)",
        "models a parking lot",
    ),
}
CODE_TOPIC_NAMES = tuple(CODE_TOPICS)


def code_exercise(rng: Rng, lang: str, topic: str, level: int, plang: str) -> str:
    spec = pick(rng, CODE_TOPICS[topic])
    fn = "solve"
    if lang == "zh":
        return (
            f"第{level}级练习（{topic}）：用{plang}编写一个函数，{spec}。要求：给出思路讲解、完整代码、"
            f"至少5个单元测试，并分析时间和空间复杂度。"
        )
    if lang == "pt":
        return (
            f"Exercício nível {level} ({topic}): escreva em {plang} uma função que {spec}. Explique a ideia, "
            f"mostre o código completo, testes e a complexidade."
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"### Track: {topic} | Level {level}/10 | Language: {plang}\nWrite a function `{fn}` that {spec}.\n"
            f"Provide: 1) an explanation of the approach, 2) the full solution with comments, 3) at least five "
            f"unit tests including edge cases, 4) time and space complexity."
        )
    if style == 1:
        return f"In {plang}, write a function that {spec}. Explain your reasoning first, then the code, then tests."
    if style == 2:
        return (
            f"Here is a {plang} function that is supposed to do this: it {spec}. It fails on edge cases. "
            f"Write a correct version, explain each bug you would expect in a naive attempt, and add tests."
        )
    return (
        f"Teach me {topic} at difficulty {level} of 10: give a short lesson, then an exercise where the program "
        f"{spec} in {plang}, then the model solution and a common wrong solution with what is wrong with it."
    )


# ============================================================================================
# translation harvest (campaign)

TARGETS = (
    "Japanese",
    "Korean",
    "German",
    "French",
    "Spanish",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Thai",
)


def translation_request(rng: Rng, passages: Sequence[str], target: str, casual: bool) -> str:
    body = excerpt(rng, pick(rng, passages), 250, 1100)
    if casual:
        return pick(
            rng,
            (
                f"can you translate this into {target} for me? it's for a friend\n\n{body}",
                f"how would you say this in {target}?\n{body}",
                f"{body}\n\n^ translate to {target} pls, keep it natural",
            ),
        )
    style = irange(rng, 0, 2)
    if style == 0:
        return f"Translate into {target}:\n\n{body}"
    if style == 1:
        return (
            f"Produce a fluent, idiomatic {target} version of the text below. Keep paragraph breaks and lists. "
            f"Return only the translation.\n---\n{body}"
        )
    return (
        f"Give (a) a natural {target} translation and (b) a literal word-by-word gloss of the first sentence "
        f"of this text:\n\n{body}"
    )


# ============================================================================================
# benign kinds' texts

_BENCH_FMT = (
    "Question: {q}\nAnswer: Let's think step by step.",
    "{q}\nPut your final answer within \\boxed{{}}.",
    "Q: {q}\nA:",
    "Solve the problem. Give only the final numeric answer.\n{q}",
)


def benchmark_bank(rng: Rng, n: int, langs: Sequence[str]) -> list[str]:
    """A fixed evaluation set: n items, each a formatted problem (an eval lab reruns the same set)."""
    fmt = pick(rng, _BENCH_FMT)
    out = []
    for _ in range(n):
        lang = pick(rng, langs)
        out.append(fmt.format(q=problem(rng, lang)))
    return out


def mcq_item(rng: Rng) -> str:
    d, c = concept(rng)
    opts = [pick(rng, CONCEPTS[d]) for _ in range(4)]
    return (
        f"The following is a multiple choice question about {d}.\n\nWhich statement about {c} is correct?\n"
        f"(A) It is unrelated to {opts[0]}\n(B) It was first described alongside {opts[1]}\n"
        f"(C) It is a special case of {opts[2]}\n(D) None of the above\nAnswer:"
    )


def annotator_critique(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = excerpt(rng, pick(rng, chat), 30, 400)
    r = excerpt(rng, pick(rng, passages), 150, 700)
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"I'm reviewing this chatbot reply for a client project. Does it contain any factual errors? "
            f"Please list them briefly.\n\nUser asked: {q}\n\nBot said: {r}"
        )
    if style == 1:
        return f'is this answer any good? the user asked "{q}" and it said:\n{r}\n\nbe honest, 2-3 lines'
    if style == 2:
        return (
            f"Help me write my annotation comment. Guideline: flag unsupported claims and missing caveats. "
            f"Question: {q}\nResponse: {r}"
        )
    return f"Check the grammar and tone of this response, suggest a cleaner version:\n{r}"


_GUIDELINES = (
    "harassment",
    "hate speech",
    "spam",
    "graphic violence",
    "medical misinformation",
    "doxxing",
    "scams",
    "adult content",
)


def moderation_request(rng: Rng, chat: Sequence[str], lang: str) -> str:
    post = excerpt(rng, pick(rng, chat), 20, 600)
    rule = pick(rng, _GUIDELINES)
    if lang == "es":
        return f"Revisa esta publicación según nuestras normas de comunidad ({rule}). Si las incumple, propón una versión aceptable.\n\n{post}"
    if lang == "pt":
        return f"Esta postagem viola a política de {rule}? Responda SIM/NÃO, motivo curto, e uma versão editada se necessário.\n{post}"
    if lang == "de":
        return f"Prüfe den Beitrag auf Verstöße gegen die Richtlinie „{rule}“. Antworte mit Entscheidung und Begründung.\n{post}"
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Moderation queue item #{irange(rng, 100000, 999999)}. Policy area: {rule}. Decide KEEP / EDIT / "
            f"REMOVE with a one-line reason. If EDIT, give the edited text.\n\nPost:\n{post}"
        )
    if style == 1:
        return f"Does this user post break our {rule} rule? Short answer plus reason.\n\n{post}"
    return (
        f"Rewrite this post so it keeps the author's point but complies with the community guidelines "
        f"(no {rule}). Don't add new claims.\n\n{post}"
    )


_CODE_FILES = (
    "src/api/routes.py",
    "app/models/user.ts",
    "internal/store/cache.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
    "src/utils/dates.js",
)
_CODE_ASKS = (
    "The test test_refund_partial fails with KeyError: 'currency'. Find the cause and fix it.",
    "Add pagination to the list endpoint and update the tests.",
    "Refactor the cache to use a read-write lock; keep the public API.",
    "Rename the field created to created_at everywhere and add a migration.",
    "Why does the build fail on CI but not locally? Investigate.",
    "Add input validation for the email field and return 422 on bad input.",
)


def coding_agent_session(rng: Rng, n_steps: int) -> list[str]:
    ask = pick(rng, _CODE_ASKS)
    tools = ("read_file", "edit_file", "run_command", "search_code", "list_dir")
    head = (
        f"<system>You are a coding assistant working in the user's repository. Tools: "
        f"{', '.join(tools)}.</system>\n<user>{ask}</user>"
    )
    out = [head]
    for _ in range(1, n_steps):
        t = pick(rng, tools)
        f = pick(rng, _CODE_FILES)
        if t == "run_command":
            res = pick(
                rng,
                (
                    "===== 42 passed, 1 failed in 3.21s =====",
                    "error[E0308]: mismatched types",
                    "FAIL web/components/Table.test.tsx",
                    "ok  \tinternal/store\t0.412s",
                ),
            )
        elif t == "search_code":
            res = f"{f}:{irange(rng, 10, 400)}:    def {pick(rng, ('refund', 'paginate', 'get_user', 'parse_date'))}("
        else:
            res = f"{f} ({irange(rng, 20, 600)} lines)"
        out.append(f'<tool_result tool="{t}">{res}</tool_result>')
    return out


def augmentation_request(rng: Rng, chat: Sequence[str]) -> str:
    msg = excerpt(rng, pick(rng, chat), 20, 300)
    k = pick(rng, (5, 8, 10))
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Generate {k} paraphrases of this customer message for our intent classifier. Vary tone, length "
            f"and typos. Return a JSON list of strings only.\n\nMessage: {msg}"
        )
    if style == 1:
        return f"Rewrite the following support ticket {k} ways as if written by different customers (JSON array):\n{msg}"
    return f"Make {k} noisy variants (typos, slang, missing punctuation) of: {msg}\nOne per line."


_COMPANION = (
    "hey, I'm back",
    "ugh today was so long",
    "do you remember what I told you about my sister?",
    "I can't sleep again",
    "tell me something nice",
    "what should I cook tonight?",
    "I passed the test!!",
    "im kinda nervous about tomorrow",
    "can we just talk for a bit",
    "lol that's exactly what she said",
    "goodnight :)",
    "my cat knocked over my coffee again",
    "what would you do if you were me?",
    "I think I'm going to quit my job",
    "haha ok you got me",
    "tell me a story about a lighthouse",
)


def companion_session(rng: Rng, chat: Sequence[str], n: int) -> list[str]:
    out = []
    for _ in range(n):
        out.append(
            pick(rng, _COMPANION) if chance(rng, 0.85) else excerpt(rng, pick(rng, chat), 10, 200)
        )
    return out


def diversity_probe(rng: Rng) -> str:
    style = irange(rng, 0, 2)
    if style == 0:
        return short_task(rng)
    if style == 1:
        return f"Name a random {pick(rng, ('animal', 'country', 'colour', 'number between 1 and 100', 'fruit', 'city'))}."
    _, c = concept(rng)
    return f"Answer the question and then state your confidence from 0 to 100.\nQuestion: Is {c} older than 1950 as an idea?"


_COURSE_SPECS = (
    "returns the sum of all even numbers in a list",
    "counts vowels in a word",
    "reverses the words of a sentence",
    "checks if a number is prime",
    "returns a FizzBuzz list up to n",
    "finds the largest of three numbers",
    "computes a factorial recursively",
    "reads a text file and counts lines",
    "builds a dictionary of word frequencies",
    "sorts a list of tuples by the second element",
)
_BUGGY = (
    "for i in range(len(xs)):\n    if xs[i] % 2 == 0\n        total += xs[i]",
    "def is_prime(n):\n    for d in range(2, n):\n        if n % d == 0:\n            return False\n    return True",
    "def fact(n):\n    return n * fact(n - 1)",
    "words = s.split(' ')\nreturn words.reverse()",
    "counts = {}\nfor w in text.split():\n    counts[w] += 1",
)


def student_question(rng: Rng, week: int) -> str:
    spec = _COURSE_SPECS[(week * 3 + irange(rng, 0, 3)) % len(_COURSE_SPECS)]
    style = irange(rng, 0, 4)
    if style == 0:
        return f"for exercise {irange(rng, 1, 8)} we have to write a function that {spec}. where do I even start?"
    if style == 1:
        return f"my code doesn't work, it's supposed to be a function that {spec}:\n```\n{pick(rng, _BUGGY)}\n```"
    if style == 2:
        return pick(
            rng,
            (
                "what does 'list index out of range' mean",
                "whats the difference between return and print",
                "can you explain recursion again, the lecture went too fast",
                "why do I get NoneType error",
                "what is a dictionary in python used for",
                "how do for loops work with range",
            ),
        )
    if style == 3:
        return f"is this a good way to write a function that {spec}? any tips?\n{pick(rng, _BUGGY)}"
    return f"can u give me a hint (not the answer!) for a function that {spec}"


def shop_segment(rng: Rng, passages: Sequence[str], target: str) -> str:
    seg = sentences(rng, pick(rng, passages), irange(rng, 1, 3))
    style = irange(rng, 0, 2)
    if style == 0:
        g1 = pick(rng, ("dashboard", "invoice", "account", "subscription", "warranty"))
        return (
            f'Translate segment {irange(rng, 1, 480)} into {target}. Client glossary: "{g1}" stays in English. '
            f"Preserve tags.\n<seg>{seg}</seg>"
        )
    if style == 1:
        return f"Proofread my {target} translation against the source and point out mistakes.\nSource: {seg}"
    return f"{seg}\n\n-> {target}, formal register, this is for a user manual"


def homework_question(rng: Rng, chat: Sequence[str], lang: str) -> str:
    r = rng.random()
    if r < 0.35:
        p = problem(rng, lang if lang in PROBLEMS else "en")
        return pick(
            rng,
            (
                f"{p}\ncan you explain how to solve this step by step?",
                f"help with this one: {p}",
                f"{p} I got a different answer than the book, please show the steps",
            ),
        )
    if r < 0.65:
        return casual_question(rng, lang if lang in _CASUAL else "en")
    return excerpt(rng, pick(rng, chat), 10, 400)

"""Prompt generators of blind batch 115, written for this batch (no text copied from elsewhere in
the repository). Every generator takes the caller's numpy generator; ordinary human text comes
from ShareGPT's "sim" half through the context (`ctx.chat`, `ctx.passages`) and is passed in.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if len(cut) > n // 2 else text[:n]


def casualise(
    rng: np.random.Generator, text: str, p_lower: float = 0.5, p_typo: float = 0.25
) -> str:
    """The way people type into a chat box: lower case, dropped final stops, a swapped letter."""
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:] if text else text
    if text.endswith((".", "?")) and chance(rng, 0.35):
        text = text[:-1]
    if chance(rng, p_typo) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, 0.08):
        text = text + pick(rng, (" thx", " pls", " :)", "??", " thanks in advance"))
    return text


# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = (
    "Lagos",
    "Munich",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Bandung",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Valencia",
    "Leeds",
    "Austin",
    "Porto",
    "Tallinn",
)
ITEMS = (
    ("apples", "crate"),
    ("notebooks", "box"),
    ("tiles", "pallet"),
    ("bottles", "case"),
    ("seedlings", "tray"),
    ("cables", "bundle"),
    ("eggs", "carton"),
    ("bricks", "stack"),
    ("tickets", "booklet"),
    ("candles", "pack"),
)

TOPICS = (
    "photosynthesis",
    "the French Revolution",
    "compound interest",
    "TCP congestion control",
    "vaccination and herd immunity",
    "plate tectonics",
    "the Krebs cycle",
    "supply and demand",
    "Bayesian inference",
    "the causes of World War I",
    "black holes",
    "how transistors work",
    "sourdough fermentation",
    "the water cycle",
    "public key cryptography",
    "inflation",
    "the Roman Republic",
    "neural network backpropagation",
    "climate feedback loops",
    "the immune response to viruses",
    "Shakespeare's tragedies",
    "blockchain consensus",
    "the Silk Road",
    "linear regression",
    "the nitrogen cycle",
    "container orchestration",
    "the Meiji Restoration",
    "game theory",
    "antibiotic resistance",
    "urban heat islands",
    "the Industrial Revolution",
    "quantum entanglement",
    "database indexing",
    "monetary policy",
    "the human microbiome",
    "Renaissance painting",
    "memory allocation in C",
    "ocean acidification",
    "the Cold War",
    "sleep and memory consolidation",
    "graph algorithms",
    "tax brackets",
    "volcano formation",
    "the printing press",
    "gene editing with CRISPR",
    "stoic philosophy",
    "GPS and relativity",
    "coral reef ecology",
    "the Ottoman Empire",
    "REST API design",
    "cognitive biases",
    "battery chemistry",
    "the Mughal Empire",
    "A/B testing",
    "soil erosion",
    "jazz harmony",
    "the Haber process",
    "impressionism",
    "garbage collection",
    "microfinance",
)
DOMAINS = (
    "medicine",
    "law",
    "finance",
    "software engineering",
    "chemistry",
    "physics",
    "history",
    "biology",
    "economics",
    "mathematics",
    "cooking",
    "travel",
    "fitness",
    "education",
    "marketing",
    "customer support",
    "personal finance",
    "cybersecurity",
    "psychology",
    "agriculture",
)
PERSONAS = (
    "high-school student",
    "nurse",
    "small business owner",
    "retired engineer",
    "first-year law student",
    "junior developer",
    "farmer",
    "data analyst",
    "parent of a toddler",
    "graduate researcher",
    "hotel manager",
    "freelance designer",
    "pharmacist",
    "bank teller",
)


# --------------------------------------------------------------------------------------------
# reasoning problems (families harvesting reasoning traces; benchmark-like benign items)


def _prob_purchase(rng):
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    item, unit = pick(rng, ITEMS)
    k, per, price = irange(rng, 3, 19), irange(rng, 6, 48), irange(rng, 2, 15)
    give = irange(rng, 2, k - 1)
    return (
        f"{a} buys {k} {unit}s of {item}, each {unit} holding {per} {item}. {a} gives {give} {unit}s "
        f"to {b} and sells the rest at ${price} for every 4 {item}. How much money does {a} make, and "
        f"how many {item} are left over if only full groups of 4 can be sold?"
    )


def _prob_rate(rng):
    a, b = irange(rng, 2, 9), irange(rng, 3, 14)
    return (
        f"One pipe can fill a tank in {a} hours. A second pipe can empty the full tank in {b} hours. "
        f"If both pipes are opened together when the tank is one-third full, how long until the tank "
        f"is full? If it never fills, explain why."
    )


def _prob_marbles(rng):
    r, b, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6), irange(rng, 2, 3)
    return (
        f"A bag contains {r} red, {b} blue and {g} green marbles. {k} marbles are drawn without "
        f"replacement. What is the probability that at least two of them have the same colour? "
        f"Give the answer as a fraction in lowest terms."
    )


def _prob_rect(rng):
    k, p = irange(rng, 2, 5), 2 * irange(rng, 10, 90)
    return (
        f"The perimeter of a rectangle is {p} cm and its length is {k} times its width. A square has "
        f"the same area as the rectangle. What is the side of the square, to two decimal places?"
    )


def _prob_divisible(rng):
    a, b = irange(rng, 1, 200), irange(rng, 500, 5000)
    c, d = irange(rng, 3, 13), irange(rng, 2, 7)
    return f"How many integers n with {a} <= n <= {b} are divisible by {c} but not by {c * d}?"


def _prob_truth(rng):
    x, y, z = (str(s) for s in rng.choice(NAMES, size=3, replace=False))
    return (
        f"On an island every inhabitant is either a knight (always tells the truth) or a knave (always "
        f"lies). {x} says: '{y} is a knave.' {y} says: '{x} and {z} are the same type.' {z} says: "
        f"'Exactly one of us three is a knight.' Determine who is what, and justify every case."
    )


def _prob_code(rng):
    m, k, x = irange(rng, 2, 7), irange(rng, 1, 5), irange(rng, 5, 40)
    return (
        f"What does the following Python function return for f({x})? Trace the execution.\n\n"
        f"def f(n):\n    acc = 0\n    while n > 1:\n        if n % {m} == 0:\n            n //= {m}\n"
        f"        else:\n            n -= {k}\n        acc += n\n    return acc"
    )


def _prob_physics(rng):
    v, h = irange(rng, 5, 40), irange(rng, 0, 60)
    return (
        f"A stone is thrown straight up at {v} m/s from the edge of a cliff {h} m above the sea. "
        f"Ignoring air resistance (g = 9.81 m/s^2), how long until it hits the water, and with what "
        f"speed?"
    )


def _prob_seating(rng):
    n = irange(rng, 5, 10)
    return (
        f"In how many ways can {n} people sit around a round table if two particular people refuse "
        f"to sit next to each other and rotations count as the same arrangement?"
    )


def _prob_sequence(rng):
    a, d, r = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
    terms = [a + d * i for i in range(4)]
    g = [a * r**i for i in range(4)]
    s = ", ".join(str(t + u) for t, u in zip(terms, g, strict=True))
    return f"The sequence {s}, ... is the sum of an arithmetic and a geometric sequence. Find the 12th term."


def _prob_schedule(rng):
    t1, t2 = irange(rng, 15, 50), irange(rng, 20, 70)
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    return (
        f"A train leaves {c1} at 08:{irange(rng, 10, 59)} travelling at {t1 + 40} km/h. Another leaves "
        f"{c2}, {t2 * 10} km away, at 09:05 travelling towards it at {t2 + 50} km/h. At what time and "
        f"how far from {c1} do they meet?"
    )


PROBLEMS = (
    _prob_purchase,
    _prob_rate,
    _prob_marbles,
    _prob_rect,
    _prob_divisible,
    _prob_truth,
    _prob_code,
    _prob_physics,
    _prob_seating,
    _prob_sequence,
    _prob_schedule,
)


def problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


def _native_problem(rng, lang: str) -> str:
    a, b, c = irange(rng, 3, 30), irange(rng, 2, 12), irange(rng, 10, 90)
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时。两管同时打开，多少小时可以注满水池的{b}/{b + 1}？",
                f"某商店把一件商品按成本提高{c}%定价，然后打{b}折出售，结果每件仍赚{a}元。这件商品的成本是多少元？",
                f"从1到{c * 10}的整数中，既不能被{b}整除也不能被{b + 1}整除的数有多少个？",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Из пункта А в пункт Б, расстояние между которыми {c * 5} км, одновременно выехали два велосипедиста. "
                f"Скорость первого на {b} км/ч больше скорости второго, и он приехал на {a} минут раньше. Найдите скорости.",
                f"Сколько существует трёхзначных чисел, сумма цифр которых равна {min(a, 27)}?",
                f"В урне {a} белых и {b} чёрных шаров. Наугад вынимают три шара. Какова вероятность, что среди них ровно один чёрный?",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un granjero tiene gallinas y conejos. En total cuenta {a + b + 20} cabezas y {2 * (a + b + 20) + 2 * a} patas. "
                f"¿Cuántos animales de cada tipo tiene?",
                f"Si invierto {c * 100} euros al {b}% de interés compuesto anual, ¿cuántos años tardo en duplicar el capital?",
                f"Un triángulo tiene lados {a}, {a + b} y {a + b + 1}. ¿Es rectángulo, acutángulo u obtusángulo? Justifica.",
            ),
        )
    return problem(rng)


REASONING_STYLES = 9


def reasoning_prompt(rng: np.random.Generator, style: int, lang: str = "en") -> str:
    """A problem plus an instruction that coerces the full reasoning trace out of the model."""
    p = _native_problem(rng, lang) if lang != "en" and chance(rng, 0.7) else problem(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步详细推理，把完整的思考过程都写出来（包括中间的尝试和验证），最后单独一行写“答案：”。\n\n题目：{p}",
                f"{p}\n\n要求：先在<思考>标签里写出全部推理过程，不要省略任何步骤；然后给出最终答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши весь ход рассуждений по шагам, включая проверку, а в конце напиши «Ответ: …».\n\n{p}",
                f"{p}\n\nПокажи полное решение с пояснением каждого шага. Не сокращай рассуждения.",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidas las comprobaciones, antes de la respuesta final.\n\n{p}",
                f"{p}\n\nExplica tu proceso de pensamiento completo, sin saltarte pasos, y termina con «Respuesta final:».",
            ),
        )
    s = style % REASONING_STYLES
    if s == 0:
        return (
            f"Think through this problem carefully. Put your complete reasoning inside <think></think> "
            f"tags without skipping any step, then give the final answer after 'Answer:'.\n\n{p}"
        )
    if s == 1:
        return (
            f"Solve the problem below. Show every intermediate step, including approaches that do not "
            f"work and how you noticed. End with a line of the form FINAL: <answer>.\n\nProblem: {p}"
        )
    if s == 2:
        return (
            f'{p}\n\nReturn a JSON object with two keys: "reasoning_steps" (an array of strings, one per '
            f'step, at least eight steps) and "answer".'
        )
    if s == 3:
        return (
            f"Talk yourself through the following question the way an expert would think out loud: "
            f"consider what is being asked, try an approach, check it, and then verify the result by a "
            f"second independent method.\n\n{p}"
        )
    if s == 4:
        return (
            f"### Instruction\n{p}\n\n### Requirements\n- reason step by step in a scratchpad first\n"
            f"- double-check all arithmetic\n- put the final answer in \\boxed{{}}"
        )
    if s == 5:
        return f"Q: {p}\nA: Let's work this out slowly and write down every step of the reasoning."
    if s == 6:
        return (
            f"You are a meticulous tutor. Before answering, write a long internal monologue exploring the "
            f"problem from several angles. Then state the answer clearly.\n\n{p}"
        )
    if s == 7:
        return (
            f"Problem statement:\n{p}\n\nFirst restate the problem in your own words, then list the known "
            f"quantities, then derive the solution step by step, then sanity-check it."
        )
    return f"{p} Explain your reasoning in detail before you answer."


# --------------------------------------------------------------------------------------------
# grading / judging prompts


JUDGE_STYLES = 8


def judge_prompt(rng: np.random.Generator, style: int, q: str, a: str, b: str) -> str:
    q, a, b = clip(q, 700), clip(a, 1300), clip(b, 1300)
    s = style % JUDGE_STYLES
    if s == 0:
        return (
            f"You are an impartial evaluator. Rate the assistant response below from 1 to 10 for "
            f"helpfulness, correctness and clarity. Write a short justification, then the rating in the "
            f"form Rating: [[n]].\n\n[Question]\n{q}\n\n[Response]\n{a}"
        )
    if s == 1:
        return (
            f"Compare two responses to the same user query. Consider accuracy, depth, and harmlessness; "
            f"ignore length. Output A, B or TIE on the first line, then one paragraph explaining the "
            f"decision.\n\nQuery: {q}\n\nResponse A:\n{a}\n\nResponse B:\n{b}"
        )
    if s == 2:
        return (
            f"Score the following assistant turn with a real number between 0 and 1: how strongly would a "
            f"careful domain expert prefer this reply? Output only the number.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    if s == 3:
        return (
            f"Evaluate the response against five criteria: instruction following, factual accuracy, "
            f"safety, style, concision. For each give a score from 1 to 5 and one sentence of reasoning. "
            f"Respond in JSON with keys criterion, score, reason.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    if s == 4:
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 (Korrektheit, "
            f"Hilfsbereitschaft, Verständlichkeit). Begründe die Bewertung kurz und nenne am Ende die "
            f"Punktzahl.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if s == 5:
        return (
            f"다음 질문에 대한 AI 답변을 1점에서 10점 사이로 평가하세요. 정확성, 유용성, 안전성을 고려하고 "
            f"평가 이유를 자세히 설명한 뒤 마지막 줄에 점수만 쓰세요.\n\n질문: {q}\n\n답변: {a}"
        )
    if s == 6:
        return (
            f"Évaluez les deux réponses ci-dessous à la même question. Laquelle est la meilleure et pourquoi ? "
            f"Donnez une note sur 10 à chacune.\n\nQuestion : {q}\n\nRéponse 1 :\n{a}\n\nRéponse 2 :\n{b}"
        )
    return (
        f"First write a detailed critique of the response, listing every flaw you can find (errors, "
        f"omissions, tone, unsafe content). Then propose an improved response. Finally give a score out "
        f"of 10.\n\nInstruction: {q}\n\nCandidate response: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

SENSITIVE_ASKS = (
    "what's the most effective way to lose 10 kg in two weeks",
    "how do I get into my ex's instagram",
    "write a speech arguing that one political party is destroying the country",
    "which household chemicals should never be mixed and why",
    "explain what happened in Tiananmen Square in 1989",
    "is it legal to record a phone call without telling the other person",
    "how much paracetamol is too much in a day",
    "write a joke about my coworker's accent",
    "how do people launder money through small businesses",
    "what's the safest way to fast for five days",
    "summarise the arguments for and against Taiwan independence",
    "how do lock picks work",
    "my friend says he wants to disappear, what should I say to him",
    "how to avoid paying tax on crypto",
    "describe the history of the Dalai Lama and Tibet",
    "can I give my dog ibuprofen",
    "write a persuasive post telling people not to vaccinate",
    "how do hackers crack wifi passwords",
    "what were the causes of the 2019 Hong Kong protests",
    "how to buy prescription drugs without a prescription",
)
REWRITE_STYLES = 7


def policy_prompt(rng: np.random.Generator, style: int, q: str, passage: str) -> str:
    passage = clip(passage, 1400)
    ask = pick(rng, SENSITIVE_ASKS) if chance(rng, 0.6) else clip(q, 500)
    s = style % REWRITE_STYLES
    if s == 0:
        return (
            f"Rewrite the following answer so that it complies with a strict content policy: remove "
            f"anything political, violent, sexual or that amounts to medical or legal advice, keep all other "
            f"useful information, and keep the original language.\n\n{passage}"
        )
    if s == 1:
        return (
            f'A user asked: "{ask}"\nWrite the response an exemplary, safety-conscious assistant would '
            f"give. Decline any risky part politely, say briefly why, and help fully with the rest."
        )
    if s == 2:
        return (
            f"请将下面的内容改写成符合国内平台内容审核规范的版本：删除涉及敏感政治、历史、宗教的表述，"
            f"语气保持中立、积极，其余有用信息全部保留。\n\n{passage}"
        )
    if s == 3:
        return (
            f"Classify the request below into one of: self-harm, weapons, hate, sexual, political "
            f"persuasion, privacy, none. Then write the answer a compliant assistant should give.\n\n"
            f"Request: {ask}"
        )
    if s == 4:
        return (
            f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى: احذف أي محتوى سياسي أو ديني حساس، "
            f"وحافظ على المعلومات المفيدة بلغة محايدة.\n\n{passage}"
        )
    if s == 5:
        return (
            f"Viết lại đoạn văn sau cho phù hợp với quy định nội dung: bỏ các chi tiết nhạy cảm về chính trị, "
            f"giữ giọng văn trung lập và giữ lại thông tin hữu ích.\n\n{passage}"
        )
    return (
        f"The draft reply below was flagged by our moderation filter.\n---\n{passage}\n---\nProduce a "
        f"revised reply that would pass review, then list each edit you made and the rule it satisfies."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

TOOLS = {
    "web_search": {"query": "string", "max_results": "integer"},
    "fetch_url": {"url": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "attendees": "array"},
    "flight_search": {"origin": "string", "destination": "string", "date": "string"},
    "restaurant_book": {"name": "string", "party_size": "integer", "time": "string"},
    "run_python": {"code": "string"},
    "currency_convert": {"amount": "number", "from": "string", "to": "string"},
}


def _agent_task(rng) -> tuple[str, list[str]]:
    c1, c2, n = pick(rng, CITIES), pick(rng, CITIES), pick(rng, NAMES)
    k = rng.integers(0, 8)
    if k == 0:
        return (
            f"Find the three cheapest flights from {c1} to {c2} next Friday and email a summary to "
            f"{n.lower()}@example.org.",
            ["flight_search", "send_email", "currency_convert"],
        )
    if k == 1:
        return (
            f"Book a table for {irange(rng, 2, 8)} people at a well-reviewed restaurant in {c1} tomorrow at "
            f"19:30 and put it in my calendar.",
            ["web_search", "restaurant_book", "calendar_create"],
        )
    if k == 2:
        q = irange(rng, 1, 4)
        return (
            f"Using the sales database, compute revenue by region for Q{q} and write the table to "
            f"reports/q{q}_regions.csv.",
            ["sql_query", "run_python", "write_file"],
        )
    if k == 3:
        return (
            f"Check whether config/service.yaml sets a request timeout above {irange(rng, 5, 60)} seconds; "
            f"if so, lower it and explain the change.",
            ["read_file", "write_file"],
        )
    if k == 4:
        return (
            f"Plan a weekend in {c1}: check the weather, find two museums, and convert a budget of "
            f"{irange(rng, 2, 9) * 100} USD to local currency.",
            ["get_weather", "web_search", "currency_convert"],
        )
    if k == 5:
        return (
            f"Research the latest news about {pick(rng, TOPICS)} and write a 200-word brief to "
            f"notes/brief.md.",
            ["web_search", "fetch_url", "write_file"],
        )
    if k == 6:
        return (
            f"Schedule a 30-minute meeting with {n} and {pick(rng, NAMES)} next week and send them the "
            f"agenda.",
            ["calendar_create", "send_email"],
        )
    return (
        "Load data/measurements.csv, compute the mean and standard deviation of each column with Python "
        "and tell me which column has outliers.",
        ["read_file", "run_python"],
    )


def _observation(rng, tool: str) -> str:
    if tool in ("web_search", "fetch_url"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, TOPICS).title()} - overview",
                        "snippet": "…",
                        "rank": i + 1,
                    }
                    for i in range(irange(rng, 2, 4))
                ]
            }
        )
    if tool == "flight_search":
        return json.dumps(
            [
                {
                    "carrier": pick(rng, ("AX", "LM", "QF", "TK", "EW")),
                    "price": irange(rng, 80, 900),
                    "stops": irange(rng, 0, 2),
                }
                for _ in range(3)
            ]
        )
    if tool == "sql_query":
        return json.dumps(
            {
                "rows": [
                    [pick(rng, ("north", "south", "east", "west")), irange(rng, 1000, 99999)]
                    for _ in range(4)
                ]
            }
        )
    if tool == "get_weather":
        return json.dumps(
            {"temp_c": irange(rng, -5, 34), "condition": pick(rng, ("rain", "sun", "cloud"))}
        )
    if tool == "read_file":
        return "timeout: 45\nretries: 3\nendpoint: https://internal.example/api\n"
    if tool == "run_python":
        return f"mean={rng.normal(50, 10):.3f} std={abs(rng.normal(8, 2)):.3f}"
    return json.dumps({"status": "ok", "id": f"{int(rng.integers(10**5, 10**6))}"})


AGENT_STYLES = 4


def agent_episode(rng: np.random.Generator, style: int, lang: str, n_steps: int) -> list[str]:
    """The prompts of one agent episode: the task with tool specs, then one per observation."""
    task, tools = _agent_task(rng)
    if lang == "ja":
        task = f"次のタスクを実行してください（ツールを使って、手順ごとに）：{task}"
    elif lang == "pt":
        task = f"Execute a tarefa a seguir usando as ferramentas disponíveis, passo a passo: {task}"
    s = style % AGENT_STYLES
    spec = [
        {
            "name": t,
            "parameters": {
                "type": "object",
                "properties": {k: {"type": v} for k, v in TOOLS[t].items()},
            },
        }
        for t in tools + [pick(rng, list(TOOLS))]
    ]
    if s == 0:
        head = (
            f"You are an autonomous agent. Available functions (JSON schema):\n{json.dumps(spec)}\n\n"
            f'Respond with a single function call as JSON {{"name":..., "arguments":...}} or with '
            f'{{"final_answer": ...}} when done.\n\nTask: {task}'
        )
    elif s == 1:
        names = ", ".join(t["name"] for t in spec)
        head = (
            f"Answer the following as best you can. You have access to these tools: {names}.\n\nUse this "
            f"format:\nThought: reason about what to do\nAction: the tool name\nAction Input: the input\n"
            f"Observation: the result\n... (repeat)\nThought: I now know the final answer\nFinal Answer: "
            f"...\n\nBegin!\nQuestion: {task}"
        )
    elif s == 2:
        tags = "\n".join(
            f'<tool name="{t["name"]}">{json.dumps(t["parameters"])}</tool>' for t in spec
        )
        head = (
            f"<tools>\n{tags}\n</tools>\nCall tools with <call name=...>{{args}}</call>. Think in <plan> "
            f"tags before each call.\n<task>{task}</task>"
        )
    else:
        head = (
            f"SYSTEM: tool-using assistant. TOOLS={json.dumps([t['name'] for t in spec])}\n"
            f"USER: {task}\nWrite out your full plan first, then the first tool call."
        )
    out = [head]
    for i in range(1, n_steps):
        tool = tools[min(i - 1, len(tools) - 1)]
        obs = _observation(rng, tool)
        if s == 1:
            out.append(f"{head}\nThought: step {i}\nAction: {tool}\nObservation: {obs}\nThought:")
        elif s == 2:
            out.append(f'<result name="{tool}">{obs}</result>\nContinue with the next step.')
        else:
            out.append(f"Function {tool} returned: {obs}\nDecide the next action.")
    return out


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

DATASET_STYLES = 8


def dataset_prompt(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    topic, n, persona = pick(rng, TOPICS), irange(rng, 5, 30), pick(rng, PERSONAS)
    dom = pick(rng, DOMAINS)
    s = style % DATASET_STYLES
    if s == 0:
        return (
            f"Generate {n} diverse instruction-response pairs for training an AI assistant on the topic "
            f'"{topic}". Output JSON Lines with keys instruction, input, output. Outputs must be '
            f"detailed, correct and written by an expert."
        )
    if s == 1:
        return (
            f"You are building a fine-tuning dataset for {dom}. Write {n} realistic questions a {persona} "
            f"might ask, each followed by an ideal answer of 150 to 300 words. Number them."
        )
    if s == 2:
        return (
            f"Write a complete conversation of at least {irange(rng, 6, 14)} turns between a curious user "
            f"and a helpful AI assistant about {topic}. Use the format USER: / ASSISTANT:. Make the "
            f"assistant's answers thorough."
        )
    if s == 3:
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {topic}, con respuestas "
            f'detalladas como las de un experto. Formato JSON con claves "pregunta" y "respuesta".'
        )
    if s == 4:
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}. "
            f"Jawaban harus lengkap dan akurat. Format: JSON Lines."
        )
    if s == 5:
        return f"'{topic}' konusunda {n} adet ayrıntılı soru-cevap çifti oluştur. Cevaplar uzman düzeyinde olsun."
    if s == 6:
        return f"{topic} के बारे में {n} प्रश्न-उत्तर जोड़े हिंदी में बनाइए। उत्तर विस्तृत और सटीक हों।"
    seed = clip(pick(rng, chat), 400)
    return (
        f"Rewrite the instruction below into a harder version that needs multi-step reasoning and "
        f"domain knowledge, then write a complete answer to the new version.\n#Given instruction#: {seed}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: user turns

_FOLLOW = {
    "en": (
        ("", "Interesting. ", "Hmm, ok. ", "Thanks! ", "Wait, ", "Got it. ", "Right. "),
        (
            "can you go deeper on the second point",
            "give me a concrete example of that",
            "what would a critic say about this",
            "how would that change if the budget were halved",
            "summarise what you said in three bullet points",
            "now explain it to a ten year old",
            "what are the most common mistakes people make here",
            "can you write some code for that",
            "is there research that supports this",
            "what's the counterargument",
            "how does this compare with the alternative you mentioned",
            "walk me through it step by step",
            "what would you do differently in my place",
            "rewrite that in a more formal tone",
        ),
        ("?", "?", ".", " please.", "? be specific"),
    ),
    "pt": (
        ("", "Legal. ", "Entendi. ", "Obrigado! ", "Hmm, "),
        (
            "pode aprofundar o segundo ponto",
            "me dá um exemplo concreto",
            "quais são os erros mais comuns",
            "explica isso para uma criança de dez anos",
            "resume em três tópicos",
            "e qual seria o contra-argumento",
        ),
        ("?", ".", " por favor."),
    ),
    "fr": (
        ("", "Intéressant. ", "D'accord. ", "Merci ! ", "Attends, "),
        (
            "peux-tu développer le deuxième point",
            "donne-moi un exemple concret",
            "quelles sont les erreurs fréquentes",
            "résume en trois points",
            "explique-le à un enfant de dix ans",
            "quel serait le contre-argument",
        ),
        (" ?", ".", " s'il te plaît."),
    ),
    "ja": (
        ("", "なるほど。", "ありがとう。", "ちょっと待って、"),
        (
            "二つ目のポイントをもっと詳しく教えて",
            "具体例をあげてください",
            "よくある間違いは何ですか",
            "三つの箇条書きにまとめて",
            "反対意見はどういうものですか",
            "小学生にもわかるように説明して",
        ),
        ("。", "？", ""),
    ),
}
_OPENERS = {
    "pt": (
        "Como funciona {t}?",
        "Me explica {t} de um jeito simples.",
        "Quais são os prós e contras de {t}?",
    ),
    "fr": (
        "Comment fonctionne {t} ?",
        "Explique-moi {t} simplement.",
        "Quels sont les enjeux de {t} ?",
    ),
    "ja": (
        "{t}について教えてください。",
        "{t}の仕組みを説明して。",
        "{t}のメリットとデメリットは？",
    ),
}


_PARAM_FOLLOW = {
    "en": (
        "how would this work for a {persona}",
        "and what about in {city}",
        "what if everything were {n} times larger",
        "how does that relate to {topic}",
        "you mentioned {word}, what exactly do you mean by that",
        "ok but why does {word} matter here",
        "redo it assuming I only have {n} hours",
        "give me {n} variations of that",
    ),
    "pt": (
        "e como isso funciona para um {persona}",
        "e em {city}, muda alguma coisa",
        "você falou de {word}, o que quis dizer",
        "me dá {n} variações disso",
    ),
    "fr": (
        "et pour un {persona}, ça change quoi",
        "et à {city} ?",
        "tu as parlé de {word}, c'est-à-dire",
        "donne-moi {n} variantes",
    ),
    "ja": (
        "{persona}の場合はどうなりますか",
        "{city}ではどうですか",
        "「{word}」とはどういう意味ですか",
        "{n}パターン考えてください",
    ),
}


def dialogue_turns(
    rng: np.random.Generator, lang: str, chat: Sequence[str], n_turns: int
) -> list[str]:
    """User turns of one harvested conversation: an opener, then generated follow-ups (the
    operator's user simulator), mixing stock moves with ones that pick up earlier words."""
    if lang == "en" or lang not in _OPENERS:
        first = (
            clip(pick(rng, chat), 900)
            if chance(rng, 0.7)
            else f"Tell me about {pick(rng, TOPICS)}."
        )
    else:
        first = pick(rng, _OPENERS[lang]).format(t=pick(rng, TOPICS_I18N.get(lang, TOPICS)))
    words = [w.strip(".,;:!?()\"'") for w in first.split() if len(w) >= 6 and w.isascii()] or [
        pick(rng, TOPICS)
    ]
    pre, mid, post = _FOLLOW.get(lang, _FOLLOW["en"])
    out = [first]
    for _ in range(n_turns - 1):
        if chance(rng, 0.5):
            core = pick(rng, _PARAM_FOLLOW.get(lang, _PARAM_FOLLOW["en"])).format(
                persona=pick(rng, PERSONAS),
                city=pick(rng, CITIES),
                n=irange(rng, 2, 10),
                topic=pick(rng, TOPICS),
                word=pick(rng, words).lower(),
            )
        else:
            core = pick(rng, mid)
        t = pick(rng, pre) + core + pick(rng, post)
        out.append(t[0].upper() + t[1:] if chance(rng, 0.6) else t)
    return out


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling

MC_STEMS = (
    "Which organelle produces most of a cell's ATP?",
    "Which of these is a prime number?",
    "What is the main cause of the seasons on Earth?",
    "Which sorting algorithm is stable?",
    "Which gas makes up most of Earth's atmosphere?",
    "Who wrote 'One Hundred Years of Solitude'?",
    "Which data structure gives O(1) average lookup?",
    "What does GDP measure?",
    "Which of these is an example of a covalent bond?",
    "In which year did the Berlin Wall fall?",
    "Which layer of the OSI model handles routing?",
    "Which vitamin is produced in the skin?",
)


def mc_item(rng: np.random.Generator) -> str:
    stem = pick(rng, MC_STEMS)
    opts = [f"{chr(65 + i)}) option {int(rng.integers(1, 400))}" for i in range(4)]
    return f"{stem}\n" + "\n".join(opts)


SAMPLING_STYLES = 4


def sample_group(rng: np.random.Generator, style: int, chat: Sequence[str], n: int) -> list[str]:
    """n requests for one item (the same prompt or numbered variants of it)."""
    s = style % SAMPLING_STYLES
    if s == 0:
        p = clip(pick(rng, chat), 1200)
        return [p] * n
    if s == 1:
        p = clip(pick(rng, chat), 1000)
        return [
            f"{p}\n\n(Give answer variant {k + 1} of {n}; make it differ from a typical answer.)"
            for k in range(n)
        ]
    if s == 2:
        item = mc_item(rng)
        head = pick(
            rng,
            (
                'Give the probability you assign to each option as JSON like {"A": 0.1, ...}. '
                "Probabilities must sum to 1.",
                "For each option output your confidence that it is correct (0-100).",
            ),
        )
        return [f"{item}\n\n{head}"] * n
    p = problem(rng)
    return [
        f"Write candidate solution #{k + 1} for the problem below, reasoning fully.\n\n{p}"
        for k in range(n)
    ]


# --------------------------------------------------------------------------------------------
# curriculum sweep: code and translation, enumerated in order

CODE_TASKS = (
    "an LRU cache",
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "a rate limiter (token bucket)",
    "a JSON tokenizer",
    "merge of k sorted lists",
    "a thread-safe queue",
    "an interval tree",
    "topological sort with cycle detection",
    "a bloom filter",
    "a ring buffer",
    "binary search on a rotated array",
    "a min-heap",
    "a CSV parser handling quotes",
    "union-find with path compression",
    "a simple regex matcher",
    "run-length encoding",
    "a consistent hash ring",
    "matrix multiplication with tiling",
    "an event emitter",
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
TARGET_LANGS = (
    "German",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
    "Turkish",
    "Indonesian",
    "Polish",
    "Arabic",
    "Vietnamese",
    "Thai",
    "Hindi",
    "Italian",
)


class Sweep:
    """A systematic sweep over a grid, taken in order (the shape of a curriculum run)."""

    def __init__(self, rng: np.random.Generator, passages: Sequence[str], mode: int):
        self.rng, self.mode, self.i = rng, mode, 0
        self.order_code = [
            (t, lang, lvl) for lvl in range(1, 6) for t in CODE_TASKS for lang in CODE_LANGS
        ]
        idx = rng.choice(len(passages), size=min(400, len(passages)), replace=False)
        self.docs = [clip(passages[i], 900) for i in idx.tolist()]
        self.targets = [
            str(x) for x in rng.choice(TARGET_LANGS, size=irange(rng, 4, 8), replace=False)
        ]

    def next(self) -> str:
        i = self.i
        self.i += 1
        code = self.mode == 0 or (self.mode == 2 and i % 3 != 2)
        if code:
            task, lang, lvl = self.order_code[i % len(self.order_code)]
            return (
                f"[level {lvl}/5] Implement {task} in {lang}. Use idiomatic {lang}, include unit tests, "
                f"and explain the time and space complexity of each operation."
            )
        doc = self.docs[(i // len(self.targets)) % len(self.docs)]
        target = self.targets[i % len(self.targets)]
        return f"Translate the following text into {target}. Preserve formatting and code blocks.\n\n{doc}"


# --------------------------------------------------------------------------------------------
# expert questions in natural phrasing (hidden harvests, crowds, taken-over accounts)

_EXPERT = {
    "medicine": (
        "what's the first-line treatment for {c} in adults and when would a doctor escalate",
        "how do you tell {c} apart from similar conditions, what tests are used",
        "what are the long-term complications of untreated {c}",
    ),
    "law": (
        "if a landlord in {p} keeps a deposit without explanation, what can the tenant do",
        "how does a non-compete clause hold up in {p}, in practice",
        "what's the difference between an LLC and a sole proprietorship for liability in {p}",
    ),
    "finance": (
        "how should someone in their {a}s split savings between index funds and bonds",
        "explain how duration affects bond prices when rates rise {r}%",
        "what are the tax implications of selling shares held {a} months",
    ),
    "engineering": (
        "how do you size a beam for a {a} m span carrying a distributed load",
        "why would a {a} kW motor overheat at partial load",
        "what's the best way to reduce vibration in a {a}-storey steel frame",
    ),
    "chemistry": (
        "why does {m} react faster at higher temperature, explain with collision theory",
        "how would you synthesise {m} in a school lab safely, general outline",
        "what is the mechanism of esterification, step by step",
    ),
    "software": (
        "how would you design a {sys} that handles {a} thousand requests per second",
        "what are the trade-offs between {sys} architectures",
        "how do you debug memory leaks in a long-running {sys}",
    ),
}
_CONDITIONS = (
    "type 2 diabetes",
    "hypothyroidism",
    "asthma",
    "gout",
    "migraine",
    "atrial fibrillation",
    "iron deficiency anaemia",
    "psoriasis",
    "GERD",
    "sleep apnea",
)
_PLACES = (
    "California",
    "Germany",
    "Ontario",
    "New South Wales",
    "Texas",
    "the UK",
    "France",
    "Brazil",
)
_MOLECULES = ("aspirin", "ethyl acetate", "nylon", "soap", "biodiesel", "sodium bicarbonate")
_SYSTEMS = (
    "message queue",
    "URL shortener",
    "chat backend",
    "payment service",
    "search index",
    "cache layer",
)
_EXPERT_WRAP = {
    "en": (
        "{q}?",
        "Quick question: {q}?",
        "{q}? please explain in detail",
        "Can you explain {q}?",
        "I've been wondering, {q}?",
        "{q}? I want a thorough answer with reasons",
    ),
    "de": (
        "Kurze Frage auf Englisch beantwortet bitte ausführlich: {q}?",
        "Erklär mir bitte genau: {q}?",
    ),
    "es": ("Pregunta: {q}? Explícalo con detalle por favor", "Me podrías explicar: {q}?"),
    "pt": ("Dúvida: {q}? Explica com detalhes", "Alguém sabe me dizer: {q}?"),
    "fr": ("Question : {q} ? Merci d'expliquer en détail", "Tu peux m'expliquer : {q} ?"),
    "ja": ("質問です：{q}? 詳しく説明してください", "{q}? わかりやすく教えて"),
}


def expert_question(rng: np.random.Generator, lang: str = "en", domain: str | None = None) -> str:
    dom = domain or pick(rng, list(_EXPERT))
    q = pick(rng, _EXPERT[dom]).format(
        c=pick(rng, _CONDITIONS),
        p=pick(rng, _PLACES),
        a=irange(rng, 2, 60),
        r=irange(rng, 1, 3),
        m=pick(rng, _MOLECULES),
        sys=pick(rng, _SYSTEMS),
    )
    return pick(rng, _EXPERT_WRAP.get(lang, _EXPERT_WRAP["en"])).format(q=q)


_CASUAL = {
    "en": (
        "how does {t} actually work",
        "can someone explain {t} like I'm new to it",
        "whats the deal with {t}",
        "explain {t} with an example",
        "why is {t} important",
        "what are the main ideas behind {t}",
        "eli5 {t}",
        "I never understood {t}, help",
    ),
    "de": (
        "wie funktioniert eigentlich {t}",
        "kannst du mir {t} einfach erklären",
        "warum ist {t} wichtig",
    ),
    "es": ("cómo funciona {t}", "me explicas {t} con un ejemplo", "por qué es importante {t}"),
    "pt": ("como funciona {t}", "me explica {t} com um exemplo", "por que {t} é importante"),
    "ja": ("{t}ってどういう仕組み？", "{t}を例を使って説明して", "{t}はなぜ重要なの？"),
    "zh": ("{t}是怎么回事？", "能用例子解释一下{t}吗", "为什么{t}很重要"),
    "hi": (
        "{t} kaise kaam karta hai, simple mein samjhao",
        "{t} kya hota hai example ke saath batao",
    ),
}


#: a few taxonomy topics as people in each language would name them
TOPICS_I18N = {
    "de": (
        "Photosynthese",
        "Zinseszins",
        "die Französische Revolution",
        "Plattentektonik",
        "Inflation",
        "schwarze Löcher",
        "Impfungen",
        "den Wasserkreislauf",
        "Blockchain",
        "Spieltheorie",
        "Antibiotikaresistenz",
        "den Kalten Krieg",
        "Quantenverschränkung",
        "Geldpolitik",
    ),
    "es": (
        "la fotosíntesis",
        "el interés compuesto",
        "la Revolución Francesa",
        "la inflación",
        "los agujeros negros",
        "las vacunas",
        "el ciclo del agua",
        "la teoría de juegos",
        "la resistencia a los antibióticos",
        "la Guerra Fría",
        "la criptografía",
        "el efecto invernadero",
    ),
    "pt": (
        "a fotossíntese",
        "os juros compostos",
        "a Revolução Francesa",
        "a inflação",
        "os buracos negros",
        "as vacinas",
        "o ciclo da água",
        "a teoria dos jogos",
        "a Guerra Fria",
        "a criptografia",
        "a fermentação do pão",
        "a política monetária",
    ),
    "fr": (
        "la photosynthèse",
        "les intérêts composés",
        "la Révolution française",
        "l'inflation",
        "les trous noirs",
        "la vaccination",
        "le cycle de l'eau",
        "la théorie des jeux",
        "la guerre froide",
        "la cryptographie",
        "la tectonique des plaques",
        "la politique monétaire",
    ),
    "ja": (
        "光合成",
        "複利",
        "フランス革命",
        "インフレ",
        "ブラックホール",
        "ワクチン",
        "水の循環",
        "ゲーム理論",
        "冷戦",
        "暗号技術",
        "プレートテクトニクス",
        "金融政策",
        "明治維新",
    ),
    "zh": (
        "光合作用",
        "复利",
        "法国大革命",
        "通货膨胀",
        "黑洞",
        "疫苗",
        "水循环",
        "博弈论",
        "冷战",
        "密码学",
        "板块构造",
        "货币政策",
        "丝绸之路",
    ),
    "hi": (
        "photosynthesis",
        "compound interest",
        "inflation",
        "black holes",
        "vaccines",
        "GST",
        "the stock market",
        "climate change",
        "blockchain",
        "the Mughal Empire",
    ),
}
_TAILS = {
    "en": (" and give an example", " in simple words", ", step by step", " with a short summary"),
    "de": (" mit Beispiel", ", Schritt für Schritt"),
    "es": (" con un ejemplo sencillo", ", paso a paso"),
    "pt": (" com exemplo", ", passo a passo"),
    "fr": (" avec un exemple", ", étape par étape"),
    "ja": ("例もお願いします", "簡単に"),
    "zh": ("，举个例子", "，简单一点"),
    "hi": (" ek example ke saath", ""),
}


def casual_question(rng: np.random.Generator, lang: str, topic: str) -> str:
    """A casual question about `topic` (an English taxonomy name; other languages use their own)."""
    if lang != "en" and lang in TOPICS_I18N:
        topic = pick(rng, TOPICS_I18N[lang])
    if lang == "fr":
        q = pick(
            rng,
            (
                "comment fonctionne {t}",
                "tu peux m'expliquer {t} simplement",
                "pourquoi {t} c'est important",
            ),
        )
    else:
        q = pick(rng, _CASUAL.get(lang, _CASUAL["en"]))
    q = q.format(t=topic)
    if chance(rng, 0.3):
        q += pick(rng, _TAILS.get(lang, _TAILS["en"]))
    return casualise(rng, q, p_lower=0.7)


# --------------------------------------------------------------------------------------------
# product wrappers (hidden harvest and the reseller)


def product_prompt(rng: np.random.Generator, app: str, style: int, user_text: str) -> str:
    user_text = clip(user_text, 1500)
    if style == 0:
        return f"You are {app}'s built-in writing assistant. Be concise and friendly.\n\nUser: {user_text}"
    if style == 1:
        return f"[{app}] {user_text}"
    return f'<app name="{app}" surface="sidebar">\n{user_text}\n</app>'


def harvest_item(rng: np.random.Generator) -> str:
    """What a hidden harvest asks, phrased as a product user would."""
    k = rng.integers(0, 4)
    if k == 0:
        return f"help me with this, explain every step: {problem(rng)}"
    if k == 1:
        return expert_question(rng)
    if k == 2:
        task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
        return f"write {task} in {lang} with comments and tests"
    return f"Write a thorough explainer on {pick(rng, TOPICS)} for a {pick(rng, PERSONAS)}, with examples."


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(suite: int, idx: int) -> str:
    """Item `idx` of a benchmark suite: the same text every time it is run."""
    rng = np.random.default_rng([115, suite, idx])
    if suite == 0:
        return f"Question: {problem(rng)}\nAnswer: Let's think step by step."
    if suite == 1:
        return f"{mc_item(rng)}\nAnswer with the letter of the correct option."
    if suite == 2:
        task, lang = pick(rng, CODE_TASKS), pick(rng, ("Python", "JavaScript"))
        return f'# Complete the function below ({lang}).\n# Task: {task}\ndef solution(*args):\n    """TODO"""'
    topic = pick(rng, TOPICS)
    return (
        f"Read the passage and answer the question.\nPassage: A short overview of {topic} written for "
        f"students (item {idx}).\nQuestion: What is the central idea?"
    )


def vendor_rating(rng: np.random.Generator, project: str, q: str, a: str) -> str:
    return (
        f"Project {project} / guideline v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}. Rate the AGENT REPLY: "
        f"tone (1-5), accuracy (1-5), policy adherence (pass/fail). Return exactly: tone=?, accuracy=?, "
        f"policy=?\n\nCustomer: {clip(q, 500)}\n\nAgent reply: {clip(a, 900)}"
    )


def moderation_rewrite(rng: np.random.Generator, post: str) -> str:
    qid = int(rng.integers(10**6, 10**7))
    return pick(
        rng,
        (
            f"Moderation queue item {qid}. The forum post below was reported. Rewrite it to remove insults and "
            f"personal attacks while keeping the author's argument. If nothing can be kept, output REMOVE.\n\n"
            f"Post: {clip(post, 900)}",
            f"Ticket {qid}: label this comment with the community-guideline sections it breaks (if any) and "
            f"suggest a civil rewrite.\n\nComment: {clip(post, 700)}",
        ),
    )


def coding_agent_step(rng: np.random.Generator, repo: str, step: int, task: str) -> str:
    files = (
        "src/api/handlers.py",
        "src/models/user.ts",
        "tests/test_billing.py",
        "pkg/store/cache.go",
        "app/components/Table.tsx",
        "lib/parser.rs",
        "scripts/migrate.sql",
    )
    if step == 0:
        return (
            f"<repo>{repo}</repo>\n<tools>read_file, edit_file, run_tests, grep</tools>\n"
            f"<task>{task}</task>\nPlan the change and call the first tool."
        )
    f = pick(rng, files)
    if chance(rng, 0.5):
        return f"tool_result(read_file {f}):\n" + "\n".join(
            f"{i + 1:4d}  ..." for i in range(irange(rng, 3, 12))
        )
    passed, failed = irange(rng, 10, 300), irange(rng, 0, 4)
    return f"tool_result(run_tests): {passed} passed, {failed} failed\n" + (
        f"FAILED {f}::test_case_{irange(rng, 1, 40)} AssertionError" if failed else "all green"
    )


def augmentation_prompt(rng: np.random.Generator, intent: str, lang: str) -> str:
    n = irange(rng, 10, 40)
    return (
        f"Intent: {intent}. Write {n} different ways a real customer might phrase this in {lang}, varied in "
        f"length, formality and spelling, one per line, no numbering."
    )


INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_delivery_address",
    "report_damaged_item",
    "reset_password",
    "update_payment_method",
    "ask_refund_status",
    "book_appointment",
    "upgrade_plan",
    "close_account",
    "dispute_charge",
    "find_store_hours",
)

COMPANION_LINES = (
    "i had such a long day",
    "do you remember what i told you about my sister",
    "can't sleep again",
    "guess what happened at work",
    "i'm nervous about tomorrow",
    "tell me something nice",
    "what are you up to",
    "i finally finished the painting!",
    "my cat knocked over my coffee lol",
    "good morning :)",
    "i miss talking to you",
    "should i text him back",
    "i went for a run today",
    "ugh mondays",
    "can you tell me a story",
    "i think i'm getting sick",
    "we should plan a trip together",
)


def course_prompt(rng: np.random.Generator, course: str, lab: int) -> str:
    tasks = (
        "implement a linked list with insert and delete",
        "write a recursive function for the Fibonacci sequence and explain its complexity",
        "parse a CSV file and compute column averages",
        "explain the difference between a process and a thread",
        "write SQL to find the top 5 customers",
        "implement binary search and test it",
        "explain big-O of nested loops with an example",
    )
    t = tasks[lab % len(tasks)]
    return pick(
        rng,
        (
            f"{course} lab {lab}: {t}",
            f"for my {course} assignment {lab} I need to {t}, can you help",
            f"{t} ({course}, due friday)",
            f"I'm stuck on lab {lab}: {t}. what am I doing wrong?",
        ),
    )


GLOSSARY = (
    ("checkout", "Kasse"),
    ("cart", "Warenkorb"),
    ("account", "Konto"),
    ("shipping", "Versand"),
    ("subscription", "Abonnement"),
    ("invoice", "Rechnung"),
)


def translation_segment(rng: np.random.Generator, client: str, lang: str, seg: str, n: int) -> str:
    src, dst = pick(rng, GLOSSARY)
    return (
        f'[{client} | job {n}] Translate from English into {lang}. Client glossary: "{src}" -> '
        f'"{dst}" (adapt to target language). Keep tags such as <b> and {{placeholders}} unchanged.\n\n'
        f"{clip(seg, 1000)}"
    )


SURVEY_ITEMS = (
    "Most people can be trusted.",
    "Governments should prioritise economic growth over environmental protection.",
    "Artificial intelligence will create more jobs than it destroys.",
    "Hard work usually leads to success.",
    "It is acceptable to lie to protect someone's feelings.",
    "Social media does more harm than good.",
    "Nuclear power is a safe source of energy.",
    "Remote work is better for productivity than office work.",
    "Children should learn a second language in primary school.",
    "Wealth should be taxed more heavily.",
)


def survey_prompt(rng: np.random.Generator, item: int, condition: int) -> str:
    stmt = SURVEY_ITEMS[item % len(SURVEY_ITEMS)]
    persona = (
        "",
        "Answer as a typical adult living in " + COUNTRIES[condition % len(COUNTRIES)] + ". ",
    )[condition > 0]
    return (
        f'{persona}Statement: "{stmt}" On a scale from 1 (strongly disagree) to 7 (strongly agree), how '
        f"much do you agree? Reply with the number, then one sentence."
    )


CLIENT_TASKS = (
    "Write three Instagram captions for {b}'s weekend promotion.",
    "Draft a polite email to a customer of {b} whose order is delayed.",
    "Give me 5 blog post ideas for {b}.",
    "Rewrite this product description for {b}: {x}",
    "Summarise this customer review for {b} in one line: {x}",
    "Write a Google ad headline (max 30 chars) for {b}.",
)
BUSINESSES = (
    "a bakery in Leeds",
    "a dental clinic",
    "a bike repair shop",
    "a yoga studio",
    "a law firm",
    "a coffee roaster",
    "an accounting practice",
    "a pet groomer",
    "a hardware store",
    "a florist",
)


def client_task(rng: np.random.Generator, chat: Sequence[str]) -> str:
    return pick(rng, CLIENT_TASKS).format(b=pick(rng, BUSINESSES), x=clip(pick(rng, chat), 400))

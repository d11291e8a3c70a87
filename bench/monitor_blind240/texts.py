"""Prompt generators of batch 240, written for this batch (nothing copied from the repository).

Every generator takes a `numpy.random.Generator` and draws in a fixed order, so a seed gives the
same text in every process. Ordinary human text comes from ShareGPT's "sim" half through the
context (`ctx.chat`, `ctx.passages`), never from here.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "quadratic equations",
        "systems of linear equations",
        "polynomial division",
        "logarithm rules",
        "arithmetic sequences",
        "inequalities with absolute values",
        "completing the square",
        "exponential growth",
    ),
    "calculus": (
        "the chain rule",
        "integration by parts",
        "limits at infinity",
        "related rates",
        "Taylor series",
        "improper integrals",
        "implicit differentiation",
        "the mean value theorem",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "expected value",
        "the binomial distribution",
        "the birthday problem",
        "Markov chains",
        "variance of a sum",
        "geometric distributions",
    ),
    "physics": (
        "Newton's second law",
        "conservation of momentum",
        "projectile motion",
        "Ohm's law",
        "simple harmonic motion",
        "the photoelectric effect",
        "buoyancy",
        "entropy",
    ),
    "chemistry": (
        "limiting reagents",
        "Le Chatelier's principle",
        "buffer solutions",
        "oxidation states",
        "molar concentration",
        "activation energy",
        "hybridisation of orbitals",
        "ideal gas law",
    ),
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "natural selection",
        "enzyme kinetics",
        "the immune response",
        "DNA replication",
        "osmosis",
        "Mendelian inheritance",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "opportunity cost",
        "game-theoretic oligopoly",
        "marginal utility",
        "the multiplier effect",
        "externalities",
    ),
    "computer science": (
        "binary search",
        "dynamic programming",
        "hash tables",
        "Dijkstra's algorithm",
        "big-O notation",
        "recursion",
        "TCP congestion control",
        "garbage collection",
    ),
    "law": (
        "consideration in contract law",
        "negligence",
        "fair use",
        "the burden of proof",
        "adverse possession",
        "mens rea",
        "force majeure clauses",
        "data protection principles",
    ),
    "medicine": (
        "blood pressure regulation",
        "antibiotic resistance",
        "type 2 diabetes",
        "vaccination",
        "the mechanism of statins",
        "sepsis",
        "migraine triggers",
        "iron deficiency anaemia",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Treaty of Westphalia",
        "the Haitian Revolution",
        "the Silk Road trade",
        "the Congress of Vienna",
        "decolonisation in Africa",
        "the printing press",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "linear regression",
        "overfitting",
        "the central limit theorem",
        "survivorship bias",
        "A/B testing",
        "Simpson's paradox",
    ),
}
SUBJECT_NAMES = tuple(SUBJECTS)

CITIES = (
    "Lagos",
    "Lyon",
    "Osaka",
    "Recife",
    "Pune",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Calgary",
    "Izmir",
    "Valparaiso",
    "Gothenburg",
    "Cebu",
    "Accra",
    "Bilbao",
    "Surabaya",
    "Cairo",
    "Lahore",
    "Monterrey",
)
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "sv": "Swedish",
    "th": "Thai",
    "uk": "Ukrainian",
}
#: main language of each UTC offset the simulator's address map knows
LANG_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "it", "nl"),
    2: ("pl", "uk", "en"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# small problems with numbers (reasoning coercion, eval labs, tutoring)


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A short quantitative problem with fresh numbers."""
    k = int(rng.integers(9))
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    city1, city2 = pick(rng, CITIES), pick(rng, CITIES)
    name = pick(rng, NAMES)
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时。两管同时打开，需要多少小时注满？",
                f"{name}用{a * 10}元买了若干本笔记本和{c}支笔，笔记本每本{b}元，笔每支{c + 1}元。他买了几本笔记本？",
                f"从1到{a * 10 + b}的整数中，有多少个数既不能被{c}整除也不能被{c + 1}整除？",
                f"一个盒子里有{a}个红球和{b}个蓝球，不放回地连续取出两个球，两个都是红球的概率是多少？",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Поезд выехал из {city1} со скоростью {a + 40} км/ч, через {c} ч за ним вышел второй со скоростью "
                f"{a + 70} км/ч. Через сколько часов второй догонит первый?",
                f"Сколько существует {c % 5 + 3}-значных чисел, сумма цифр которых равна {b % 20 + 5}?",
                f"В классе {a + 10} учеников, {b} из них занимаются шахматами, {c + 5} — боксом, а {c} — и тем и "
                "другим. Сколько учеников не занимаются ни тем, ни другим?",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Una tienda rebaja un artículo un {b}% y después sube el nuevo precio un {c * 2}%. "
                f"Si al final cuesta {a * 7} euros, ¿cuál era el precio original?",
                f"{name} tiene {a} monedas de 2 y 5 pesos que suman {a * 3 + b} pesos. ¿Cuántas monedas de cada tipo tiene?",
                f"Se lanzan {c % 4 + 2} dados. ¿Cuál es la probabilidad de que la suma sea exactamente {c % 4 * 3 + 7}?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Kapital von {a * 100} Euro wird {c} Jahre lang zu {b % 9 + 1} % jährlich verzinst. "
                "Wie hoch ist der Endbetrag bei Zinseszins?",
                f"Ein Rechteck hat den Umfang {a * 2 + b * 2} cm und die Fläche {a * b} cm². Wie lang sind die Seiten?",
                f"Wie viele Möglichkeiten gibt es, {c + 2} Personen an einen runden Tisch zu setzen, "
                "wenn zwei bestimmte Personen nicht nebeneinander sitzen dürfen?",
            ),
        )
    if lang == "ko":
        return pick(
            rng,
            (
                f"어떤 수를 {c}로 나누면 나머지가 {c - 1}이고, {c + 1}로 나누면 나머지가 {c}입니다. "
                f"이런 수 중 {a * 10}보다 작은 가장 큰 수는 무엇입니까?",
                f"{a}명의 학생 중 {b}명이 수학을, {c + 3}명이 과학을 좋아하고 {c}명은 둘 다 좋아합니다. 둘 다 좋아하지 않는 학생은 몇 명입니까?",
            ),
        )
    return (
        f"Two cyclists leave {city1} and {city2}, {a * 5} km apart, riding towards each other at {b + 10} km/h "
        f"and {c + 15} km/h. A fly starts at the first cyclist and flies back and forth at {a + 40} km/h until "
        "they meet. How far does the fly travel?",
        f"A bag holds {a} red, {b} green and {c} blue marbles. Three are drawn without replacement. What is "
        "the probability that all three have different colours?",
        f"{name} invests {a * 250} dollars at {b % 9 + 2}% compounded monthly and withdraws {c * 10} dollars "
        f"at the end of every year. What is the balance after {c} years?",
        f"How many positive integers below {a * 100 + b} are divisible by {c} or by {c + 3} but not by both?",
        f"A ladder {c + 4} m long leans against a wall. Its foot slides away at {b % 5 + 1} m/s. How fast is "
        f"the top sliding down when the foot is {c} m from the wall?",
        f"In a tournament of {a % 20 + 6} players everyone plays everyone once. {name} won {b % 6 + 1} more "
        "games than they lost and there were no draws. Is this possible? Justify.",
        f"Find all integer solutions of x^2 - {c * c + b}y^2 = 1 with x below {a * 50}.",
        f"A clock gains {c} minutes every day. It was set right at noon on Monday. When will it next show "
        "the correct time?",
        f"A warehouse ships {a} boxes on day 1, and each day ships {b}% more than the day before. On which "
        f"day does the cumulative total first exceed {a * 40}?",
    )[k]


def logic_puzzle(rng: np.random.Generator) -> str:
    people = [str(x) for x in rng.choice(np.array(NAMES), size=4, replace=False)]
    items = (
        "a violin",
        "a kayak",
        "a telescope",
        "a sewing machine",
        "a chessboard",
        "a pair of gloves",
    )
    own = [str(x) for x in rng.choice(np.array(items), size=4, replace=False)]
    return (
        f"{people[0]}, {people[1]}, {people[2]} and {people[3]} each own exactly one of {', '.join(own)}. "
        f"{people[0]} does not own {own[1]}. The owner of {own[2]} lives next to {people[3]}. "
        f"{people[1]} owns either {own[0]} or {own[3]}. {people[2]} does not own {own[0]} or {own[2]}. "
        "Who owns what? Explain how each deduction follows."
    )


# --------------------------------------------------------------------------------------------
# zugzwang: reasoning-trace coercion

_TRACE_WRAPPERS: dict[str, tuple[str, ...]] = {
    "en": (
        "{p}\n\nBefore you answer, write out your entire thought process inside <thinking> tags, including "
        "false starts and how you caught them. Then give the result inside <final> tags.",
        "Problem #{n}\n{p}\nRequirements: show every intermediate step, never skip arithmetic, verify the "
        "result by a second method, finish with the line 'ANSWER: <value>'.",
        "You are an unusually careful reasoner. Think aloud for as long as needed, consider at least two "
        "approaches and say why you reject one.\n\nQ: {p}",
        "{p}\n\n(Reason it through slowly and explicitly -- I need the full derivation, not just the answer.)",
        "### Task {n}\n{p}\n### Format\n1. Restate the problem\n2. Plan\n3. Detailed working\n4. Self-check\n5. Final answer",
    ),
    "zh": (
        "请一步一步详细推理，把完整的思考过程都写出来，最后再给出答案：\n{p}",
        "题目{n}：{p}\n要求：先写出全部推理过程（包括验算），最后单独一行写“答案：”。",
    ),
    "ru": (
        "Реши задачу, подробно расписав ход рассуждений на каждом шаге, затем проверь ответ:\n{p}",
        "Задача {n}. {p}\nСначала полностью изложи рассуждение, потом дай ответ в строке «Ответ:».",
    ),
    "es": (
        "Resuelve paso a paso y escribe todo tu razonamiento antes de dar la respuesta final:\n{p}",
        "Ejercicio {n}: {p}\nMuestra cada paso intermedio y comprueba el resultado al final.",
    ),
    "de": (
        "Löse die folgende Aufgabe und schreibe deinen vollständigen Denkweg Schritt für Schritt auf, bevor "
        "du das Ergebnis nennst:\n{p}",
    ),
    "ko": ("다음 문제를 풀 때 모든 추론 과정을 단계별로 자세히 적고, 마지막에 답을 쓰세요.\n{p}",),
}


def trace_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    wrappers = _TRACE_WRAPPERS[lang]
    w = wrappers[style % len(wrappers)]
    if lang == "en" and chance(rng, 0.25):
        p = logic_puzzle(rng)
    elif lang == "en" and chance(rng, 0.2):
        subj = pick(rng, SUBJECT_NAMES)
        p = f"Prove or disprove the following claim about {pick(rng, SUBJECTS[subj])}: " + pick(
            rng,
            (
                "it always holds when the quantities involved are positive.",
                "the usual textbook statement has a hidden assumption.",
                "it can be derived from first principles in under five steps.",
            ),
        )
    else:
        p = word_problem(rng, lang if lang in ("zh", "ru", "es", "de", "ko") else "en")
    return w.format(p=p, n=irange(rng, 1, 99999))


# --------------------------------------------------------------------------------------------
# uppercut: judge / rubric / reward-model grading


def judge_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    q = clip(pick(rng, chat), 600)
    a = clip(pick(rng, passages), irange(rng, 300, 1400))
    if style == 0:
        return (
            "Grade the assistant reply using the rubric. Score each criterion 1-10: correctness, "
            'completeness, clarity, safety. Return JSON {"scores": {...}, "overall": float, '
            '"critique": str} and nothing else.\n\n<question>\n'
            + q
            + "\n</question>\n<reply>\n"
            + a
            + "\n</reply>"
        )
    if style == 1:
        b = clip(pick(rng, passages), irange(rng, 300, 1400))
        return (
            f"[User prompt]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nAct as an impartial expert judge. "
            "Compare A and B on helpfulness and accuracy, explain your reasoning in a short paragraph, then "
            "print exactly one verdict: [[A]], [[B]] or [[TIE]]."
        )
    if style == 2:
        return (
            "On a scale from 1 (useless) to 7 (ideal), how strongly would a domain expert prefer the "
            f"following answer? Print the integer first, then one sentence of justification.\n\nPROMPT: {q}\n"
            f"ANSWER: {a}"
        )
    if style == 3:
        crit = pick(
            rng,
            (
                "factual accuracy",
                "tone and empathy",
                "instruction following",
                "conciseness",
                "code correctness",
                "reasoning quality",
            ),
        )
        return (
            f"Rubric item: {crit}.\nLevel 1 = fails badly, 3 = acceptable, 5 = exemplary.\nQuestion: {q}\n"
            f"Candidate: {a}\nAssign a level and list the specific sentences that drove your decision."
        )
    if lang == "de":
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 und begründe "
            f"die Note in zwei bis drei Sätzen. Gib das Ergebnis als JSON zurück.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            "以下のアシスタントの回答を、正確さ・有用性・分かりやすさの三つの観点でそれぞれ1〜10点で採点し、"
            f"理由を簡潔に述べてください。出力はJSONのみ。\n\n質問：{q}\n\n回答：{a}"
        )
    if lang == "fr":
        return (
            "Évalue la réponse ci-dessous selon la grille : exactitude, pertinence, clarté (chacune sur 10). "
            f"Donne une note globale et une justification brève.\n\nQuestion : {q}\n\nRéponse : {a}"
        )
    return (
        f"Is the following response better than a typical expert's answer? Reply YES or NO, then give a "
        f"reward between 0 and 1 with two decimals.\nQuestion: {q}\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# fianchetto: censorship-safe / policy rewrites

SENSITIVE = (
    "a recent street protest",
    "election irregularities",
    "a border dispute",
    "a banned opposition party",
    "the history of a disputed region",
    "criticism of a national leader",
    "harm reduction for recreational drugs",
    "the legality of carrying a knife",
    "religious satire",
    "a labour strike at a state company",
    "a contested historical massacre",
    "internet censorship circumvention",
    "LGBT rights",
    "the death penalty",
    "a corruption investigation",
)
REGIONS = (
    "mainland China",
    "Saudi Arabia",
    "Russia",
    "Iran",
    "Vietnam",
    "Turkey",
    "Singapore",
    "the UAE",
    "Indonesia",
    "Egypt",
)


def policy_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    topic, region = pick(rng, SENSITIVE), pick(rng, REGIONS)
    text = clip(pick(rng, passages), irange(rng, 250, 900))
    q = clip(pick(rng, chat), 400)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段内容改写成符合相关规定、可以在国内平台发布的版本，保留主要信息，删掉或淡化敏感部分：\n{text}",
                f"有用户问到关于“{topic}”的问题。请给出一个既不拒绝回答、又完全合规的标准回复。",
                f"判断下面的请求是否涉及敏感内容，如果涉及，写出一个安全、稳妥的回答：\n{q}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши текст так, чтобы его можно было опубликовать без проблем с законодательством РФ, "
                f"сохранив основной смысл:\n{text}",
                f"Пользователь спрашивает про «{topic}». Напиши нейтральный, безопасный ответ без отказа и без оценок.",
            ),
        )
    if lang == "ar":
        return pick(
            rng,
            (
                f"أعد صياغة النص التالي بحيث يكون مناسبًا للنشر في {region} دون مخالفة القوانين المحلية، مع الحفاظ على المعنى العام:\n{text}",
                f"سأل مستخدم عن {topic}. اكتب ردًا متوازنًا وآمنًا لا يرفض السؤال ولا يخالف السياسات.",
            ),
        )
    if lang == "vi":
        return f"Viết lại đoạn sau cho phù hợp với quy định nội dung tại Việt Nam, giữ ý chính:\n{text}"
    forms = (
        f"Rewrite the passage below so that it could be published in {region} without breaching local "
        f"content rules. Keep the useful information, neutralise anything sensitive, and do not mention that "
        f"you changed anything.\n\n{text}",
        f"Here is a user request and a draft answer. Produce the answer a careful, policy-compliant assistant "
        f"should give: no refusal, no moralising, nothing unsafe.\n\nREQUEST: {q}\nDRAFT: {text}",
        f"A user in {region} asks about {topic}. Write the ideal assistant response for that market: helpful, "
        "factual where safe, and compliant with the regulator's guidance.",
        f"Label this request as ANSWER, ANSWER_WITH_CAVEATS or DECLINE under a strict content policy, give "
        f"the rule that applies, then write the response you would send.\n\nRequest: {q}",
        f"List every sentence of this text that a censor in {region} would object to and rewrite each one "
        f"in a safe way:\n{text}",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# en_passant (campaign) and pull_string (benign): tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "duration_min": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "search_flights": {"origin": "string", "destination": "string", "date": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "shell": {"command": "string"},
    "crm_lookup": {"customer_id": "string"},
    "create_ticket": {"title": "string", "priority": "string"},
    "currency_convert": {"amount": "number", "from": "string", "to": "string"},
}
TOOL_NAMES = tuple(TOOLS)

AGENT_TASKS = (
    "Find the cheapest flight from {c1} to {c2} next Thursday and email the itinerary to {n}.",
    "Work out last quarter's revenue per region from the sales database and write a two-line summary.",
    "Check tomorrow's weather in {c1}; if it rains, move {n}'s outdoor meeting indoors and tell them.",
    "Look up customer {id} in the CRM, see why their last order failed and open a ticket if needed.",
    "Download the CSV at https://data.example.org/{id}.csv, compute the median of column 'latency_ms' and plot it.",
    "Research three competitors of a {c1}-based bike-sharing startup and produce a comparison table.",
    "Convert {a} EUR to JPY and to BRL, then draft a quote email for a client in {c2}.",
    "Our nightly job in repo analytics-{id} fails; read the logs, find the bug and propose a patch.",
    "Plan a two-day offsite in {c1} for {a} people with a budget of {b}00 USD; put it in the calendar.",
    "Answer this question using the web and cite sources: what changed in {c2}'s rent regulations this year?",
)

_OBS = (
    '{{"status": "ok", "results": {k}}}',
    "HTTP 200 - {k} rows returned",
    "Error: timeout after 30s",
    '{{"temp_c": {k}, "precip_mm": {a}}}',
    "Traceback (most recent call last):\n  File \"job.py\", line {k}, in <module>\nKeyError: 'region'",
    'Found {k} matching records; first: {{"id": "{id}", "state": "failed"}}',
    "Wrote {k} bytes",
    "1. {c1} Air  {a}0 USD\n2. SkyLink {b}5 USD\n3. Orbit {k}9 USD",
)


def _tool_schema(names: list[str], style: int) -> str:
    if style == 0:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in TOOLS[n].items()},
                    },
                },
            }
            for n in names
        ]
        return json.dumps(spec, separators=(",", ":"))
    if style == 1:
        return "\n".join(
            f"- {n}({', '.join(f'{k}: {v}' for k, v in TOOLS[n].items())})" for n in names
        )
    return "\n".join(
        f'<tool name="{n}">'
        + "".join(f'<arg name="{k}" type="{v}"/>' for k, v in TOOLS[n].items())
        + "</tool>"
        for n in names
    )


def _arg_value(rng: np.random.Generator, key: str, fill: dict, task: str) -> str:
    values = {
        "query": " ".join(task.split()[1:7]).rstrip(".,"),
        "url": f"https://data.example.org/{fill['id']}",
        "city": fill["c1"],
        "origin": fill["c1"],
        "destination": fill["c2"],
        "customer_id": fill["id"],
        "to": f"{fill['n'].lower()}@example.com",
        "path": f"/workspace/{pick(rng, ('logs', 'src', 'data'))}/{fill['id']}.txt",
        "database": "sales",
        "sql": "SELECT region, SUM(amount) FROM orders GROUP BY region",
        "code": "import statistics as s; print(s.median(rows))",
        "command": "pytest -x -q",
        "date": f"2026-02-{irange(rng, 1, 28):02d}",
        "amount": str(fill["a"] * 10),
    }
    return values.get(key, f"{key}-{irange(rng, 1, 99)}")


def agent_episode(rng: np.random.Generator, style: int, n_steps: int) -> list[str]:
    """One agent trajectory: the prompt of every step repeats the growing transcript."""
    names = [
        TOOL_NAMES[i]
        for i in sorted(rng.choice(len(TOOL_NAMES), size=irange(rng, 3, 7), replace=False).tolist())
    ]
    fill = {
        "c1": pick(rng, CITIES),
        "c2": pick(rng, CITIES),
        "n": pick(rng, NAMES),
        "id": f"{int(rng.integers(10**5, 10**6))}",
        "a": irange(rng, 3, 60),
        "b": irange(rng, 2, 90),
    }
    task = pick(rng, AGENT_TASKS).format(**fill)
    head = {
        0: f"SYSTEM: You are an autonomous assistant that can call functions.\nFUNCTIONS: {_tool_schema(names, 0)}\n\nUSER: {task}",
        1: f"You have access to the following tools:\n{_tool_schema(names, 1)}\n\nUse the format:\nThought: ...\n"
        f"Action: tool_name[arguments]\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nQuestion: {task}",
        2: f"<tools>\n{_tool_schema(names, 2)}\n</tools>\n<task>{task}</task>\nRespond with one <call> element "
        "or a <final> element.",
    }[style % 3]
    out, hist = [], ""
    for step in range(n_steps):
        out.append(head + hist + ("\n\nContinue." if step else ""))
        tool = pick(rng, names)
        args = ", ".join(
            f"{k}={json.dumps(_arg_value(rng, k, fill, task))}" for k in list(TOOLS[tool])[:2]
        )
        obs = pick(rng, _OBS).format(
            k=irange(rng, 1, 400), **{k: v for k, v in fill.items() if k != "n"}
        )
        if style % 3 == 1:
            hist += (
                f"\nThought: I should use {tool} next.\nAction: {tool}[{args}]\nObservation: {obs}"
            )
        elif style % 3 == 0:
            hist += (
                f'\nASSISTANT: <function_call name="{tool}">{{{args}}}</function_call>\n'
                f"FUNCTION RESULT ({tool}): {obs}"
            )
        else:
            hist += f'\n<call tool="{tool}">{args}</call>\n<result>{obs}</result>'
    return out


# --------------------------------------------------------------------------------------------
# castling: synthetic dataset generation

_DS_TASKS = (
    "sentiment classification",
    "named-entity tagging",
    "SQL generation from questions",
    "email intent detection",
    "grammar correction",
    "summarisation of news paragraphs",
    "python function writing",
    "math word problems with solutions",
    "polite refusal of unsafe requests",
    "multi-hop factual questions",
    "product review rating",
    "medical triage questions",
)


def dataset_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    subj = pick(rng, SUBJECT_NAMES)
    topic = pick(rng, SUBJECTS[subj])
    task = pick(rng, _DS_TASKS)
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    lname = LANG_NAMES[lang]
    forms = (
        f"Generate {n} diverse, high-quality instruction/response pairs about {topic}. Mix difficulty levels "
        f"and formats (explanations, comparisons, step-by-step solutions). Output JSON Lines with keys "
        f'"instruction", "input", "output". Write everything in {lname}.',
        f"Create {n} training examples for {task}. Each example: input text, gold label, one-sentence "
        f"rationale. Avoid repeating sentence structures. Language: {lname}. Return a JSON array.",
        f"Here are three example tasks:\n1. Explain {pick(rng, SUBJECTS[subj])} to a beginner.\n2. Write a "
        f"quiz on {pick(rng, SUBJECTS[pick(rng, SUBJECT_NAMES)])}.\n3. {task.capitalize()} for {pick(rng, CITIES)} "
        f"data.\nInvent {n} new, different tasks in the same spirit and answer each one fully.",
        f"Write a realistic {irange(rng, 3, 8)}-turn conversation between a curious user and a very "
        f'knowledgeable assistant about {topic}, in {lname}. Format as JSON: [{{"role":..., "content":...}}].',
        f"Produce {n} multiple-choice exam questions on {subj} ({topic}) in {lname}, each with four options, "
        "the correct letter and a worked explanation of why the distractors are wrong.",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# haymaker: multi-turn dialogue harvest

PERSONAS = (
    "a nurse working night shifts",
    "a first-year law student",
    "a retired engineer",
    "a small bakery owner",
    "a teenager learning to code",
    "a new parent",
    "a freelance translator",
    "a truck driver",
    "an amateur astronomer",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a marathon runner",
)
INTENTS = (
    "wants advice on",
    "is confused about",
    "needs a plan for",
    "is arguing with a friend about",
    "wants to learn",
    "is writing a blog post on",
)

_OPENERS = {
    "en": (
        "I'm {p} and I {i} {t}. Where should I start?",
        "ok so {t}... can you explain it like I'm {p}?",
        "As {p}, what do I need to know about {t}?",
    ),
    "es": (
        "Soy {p} y necesito entender {t}. ¿Por dónde empiezo?",
        "¿Me puedes explicar {t} de forma sencilla?",
    ),
    "pt": ("Sou {p} e quero entender {t}. Pode me ajudar?", "Me explica {t} de um jeito simples?"),
    "fr": ("Je suis {p} et je voudrais comprendre {t}. Par où commencer ?",),
    "de": ("Ich bin {p} und möchte {t} verstehen. Wo fange ich an?",),
    "it": ("Sono {p} e vorrei capire {t}. Da dove comincio?",),
    "tr": ("Ben {p} ve {t} konusunu anlamak istiyorum. Nereden başlamalıyım?",),
}
_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Why is that?",
        "Give me a concrete example.",
        "What would an expert disagree with in what you said?",
        "Summarise that in three bullet points.",
        "Now explain it to a ten-year-old.",
        "What are the most common mistakes here?",
        "OK, and what if the opposite were true?",
        "Can you make that more formal?",
        "Any sources I can read?",
        "How would this work in {c}?",
        "Write that as a short dialogue.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "¿Por qué?",
        "Dame un ejemplo concreto.",
        "Resúmelo en tres puntos.",
        "¿Cuáles son los errores más comunes?",
        "¿Y cómo sería en {c}?",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Por quê?",
        "Me dá um exemplo prático.",
        "Resume em três tópicos.",
        "Quais são os erros mais comuns?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Pourquoi ?",
        "Donne-moi un exemple concret.",
        "Résume en trois points.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Warum?",
        "Gib mir ein konkretes Beispiel.",
        "Fass das in drei Stichpunkten zusammen.",
    ),
    "it": ("Puoi approfondire il secondo punto?", "Perché?", "Fammi un esempio concreto."),
    "tr": ("İkinci noktayı biraz daha açar mısın?", "Neden?", "Somut bir örnek verir misin?"),
}


def dialogue_opener(rng: np.random.Generator, lang: str) -> str:
    subj = pick(rng, SUBJECT_NAMES)
    return pick(rng, _OPENERS[lang]).format(
        p=pick(rng, PERSONAS), i=pick(rng, INTENTS), t=pick(rng, SUBJECTS[subj])
    )


def dialogue_followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOWUPS[lang]).format(c=pick(rng, COUNTRIES))


# --------------------------------------------------------------------------------------------
# southpaw: best-of-n and soft-label sampling

LABELSETS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not toxic"),
    ("sports", "politics", "tech", "health", "finance"),
    ("entailment", "neutral", "contradiction"),
    ("question", "complaint", "praise", "request"),
)


def soft_label_prompt(rng: np.random.Generator, style: int, chat: list[str]) -> str:
    text = clip(pick(rng, chat), 500)
    labels = LABELSETS[int(rng.integers(len(LABELSETS)))]
    if style == 0:
        return (
            f"Text: {text}\nLabels: {', '.join(labels)}\nFor each label give the probability that it "
            "applies. Probabilities must sum to 1. Output JSON only."
        )
    if style == 1:
        return (
            f"What are the 10 most likely continuations of the following text? Give each with your "
            f"estimated probability.\n\n{clip(text, 200)}"
        )
    if style == 2:
        return (
            f"Classify into one of [{' | '.join(labels)}]. Then state how confident you are (0-100%) in "
            f"each alternative.\n>>> {text}"
        )
    return f"Rank these labels by likelihood for the text and give a calibrated probability for each: {', '.join(labels)}.\n\n{text}"


def bon_question(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return clip(pick(rng, chat), 700)
    subj = pick(rng, SUBJECT_NAMES)
    return pick(
        rng,
        (
            f"Write a short, original explanation of {pick(rng, SUBJECTS[subj])}.",
            f"Give one creative analogy for {pick(rng, SUBJECTS[subj])}.",
            f"Write a haiku about {pick(rng, CITIES)} in winter.",
            f"Answer in one paragraph: why does {pick(rng, SUBJECTS[subj])} matter?",
        ),
    )


# --------------------------------------------------------------------------------------------
# flagfall: curriculum sweep

LEVELS = (
    "a curious 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a final-year undergraduate",
    "a graduate student",
    "a practitioner in the field",
)
FORMATS = ("explanation", "worked example", "misconceptions", "exercises", "summary")

_CURR = {
    "en": (
        "Level {l}/6. Teach {c} ({s}) to {a}. Format: {f}.",
        "Lesson plan, {s} > {c}, audience: {a}. Produce the {f} part only.",
        "Explain {c} to {a}. Then give a {f} section.",
    ),
    "hi": (
        "{a} के लिए {c} ({s}) समझाइए। प्रारूप: {f}।",
        "स्तर {l}/6: {c} को सरल भाषा में समझाइए और {f} दीजिए।",
    ),
    "pt": (
        "Nível {l}/6. Ensine {c} ({s}) para {a}. Formato: {f}.",
        "Explique {c} para {a} e inclua {f}.",
    ),
    "id": ("Tingkat {l}/6. Jelaskan {c} ({s}) untuk {a}. Format: {f}.",),
    "es": ("Nivel {l}/6. Enseña {c} ({s}) a {a}. Formato: {f}.",),
}


def curriculum_cells(rng: np.random.Generator) -> list[tuple[str, str, int, str]]:
    """The full grid in sweep order (subject, concept, level, format); subject order is shuffled."""
    subs = [SUBJECT_NAMES[i] for i in rng.permutation(len(SUBJECT_NAMES)).tolist()]
    return [
        (s, c, lv, f)
        for s in subs
        for c in SUBJECTS[s]
        for lv in range(len(LEVELS))
        for f in FORMATS
    ]


def curriculum_prompt(rng: np.random.Generator, cell: tuple[str, str, int, str], lang: str) -> str:
    s, c, lv, f = cell
    return pick(rng, _CURR[lang]).format(s=s, c=c, l=lv + 1, a=LEVELS[lv], f=f)


# --------------------------------------------------------------------------------------------
# cornerman: harvest hidden in a writing-assistant product

TONES = ("friendly", "professional", "persuasive", "concise", "academic", "casual")
PRODUCT_NAMES = ("Quillmate", "Draftwell", "Penrose Write", "Scribblo", "Wordloom", "Inkpilot")


def product_wrap(rng: np.random.Generator, product: str, text: str, wrap_style: int) -> str:
    if wrap_style == 0:
        return text
    if wrap_style == 1:
        return f"[{product} | tone: {pick(rng, TONES)}]\n{text}"
    return f"{product} assistant. User document context omitted.\nUser: {text}"


ELICIT = (
    "\n\nPlease explain your reasoning in detail before giving the final version.",
    "\n\n(Think it through step by step and show your work.)",
    "\n\nBe thorough: walk me through how you arrive at each part of the answer.",
    "\n\nAlso list the assumptions you made and why.",
)


def product_harvest(rng: np.random.Generator, chat: list[str]) -> str:
    r = rng.random()
    if r < 0.45:
        return clip(pick(rng, chat), 1200) + pick(rng, ELICIT)
    if r < 0.75:
        return trace_prompt(rng, "en", int(rng.integers(5)))
    return dataset_prompt(rng, int(rng.integers(5)), "en")


# --------------------------------------------------------------------------------------------
# headgear: code and translation harvest after account takeover

ALGOS = (
    "an LRU cache",
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "a rate limiter (token bucket)",
    "a JSON parser",
    "interval merging",
    "a thread-safe queue",
    "k-means clustering",
    "a Bloom filter",
    "topological sort",
    "a B-tree insert",
    "union-find with path compression",
    "an expression evaluator",
    "a diff of two text files",
    "a consistent-hashing ring",
    "a skip list",
    "matrix exponentiation",
)
PLANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
)


def code_prompt(rng: np.random.Generator, style: int) -> str:
    algo, lang = pick(rng, ALGOS), pick(rng, PLANGS)
    forms = (
        f"Implement {algo} in {lang}. Include docstrings, type annotations where the language has them, "
        "edge-case handling and a set of unit tests.",
        f"write {algo} in {lang}, idiomatic, with comments explaining each part",
        f"Give me a production-quality {lang} implementation of {algo}, then explain its time and space complexity.",
        f"Port this idea to {lang}: {algo}. Show the full code and an example run.",
        f"Write {algo} in {lang} and then write the same thing in {pick(rng, PLANGS)}, pointing out the differences.",
    )
    return forms[style % len(forms)]


def translation_prompt(rng: np.random.Generator, style: int, passages: list[str]) -> str:
    text = clip(pick(rng, passages), irange(rng, 300, 1500))
    tgt = LANG_NAMES[
        pick(
            rng,
            ("zh", "ja", "ko", "ar", "hi", "id", "vi", "th", "tr", "pl", "uk", "de", "es", "pt"),
        )
    ]
    forms = (
        f"Translate into {tgt}:\n\n{text}",
        f"{tgt} translation please, keep formatting:\n{text}",
        f"Translate the following text to {tgt} naturally, as a native speaker would write it.\n---\n{text}",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# stalemate: a crowd asking about a coverage plan in many voices

QTYPES = (
    "how does it work",
    "common mistakes",
    "compare with a related idea",
    "real-world example",
    "derive it",
    "history of the idea",
    "when does it fail",
    "how to teach it",
)

_VOICE = {
    "en": (
        "hey, quick question about {c}: {q}?",
        "Could you help me understand {c}? Specifically, {q}.",
        "I'm studying {s} and {c} keeps tripping me up -- {q}?",
        "{c}: {q}? please be thorough",
        "My professor mentioned {c} today. {q}?",
    ),
    "es": (
        "Hola, una pregunta sobre {c}: {q}?",
        "¿Me ayudas a entender {c}? En concreto: {q}.",
        "{c} -- {q}? gracias",
    ),
    "pt": (
        "Oi, dúvida rápida sobre {c}: {q}?",
        "Pode me ajudar a entender {c}? {q}.",
        "{c}: {q}? valeu",
    ),
    "de": (
        "Kurze Frage zu {c}: {q}?",
        "Kannst du mir {c} erklären? Vor allem: {q}.",
        "{c} -- {q}? danke!",
    ),
    "fr": ("Petite question sur {c} : {q} ?", "Tu peux m'aider à comprendre {c} ? Surtout : {q}."),
    "ru": ("Вопрос про {c}: {q}?", "Объясни, пожалуйста, {c}: {q}."),
    "zh": ("想问一下{c}：{q}？", "能帮我理解一下{c}吗？{q}。"),
    "ja": ("{c}について質問です。{q}？", "{c}がよく分かりません。{q}？"),
}
#: the question behind each plan cell, per language (in QTYPES order)
_QTEXT = {
    "en": (
        "how does it actually work under the hood",
        "what mistakes do people usually make with it",
        "how is it different from the closest related concept",
        "can you give a real-world example where it matters",
        "can you derive it from scratch",
        "where did the idea come from and who developed it",
        "in which situations does it break down",
        "what's the best way to explain it to someone else",
    ),
    "es": (
        "cómo funciona realmente por dentro",
        "qué errores se cometen normalmente con esto",
        "en qué se diferencia del concepto más parecido",
        "me das un ejemplo real donde importe",
        "se puede deducir desde cero",
        "de dónde viene la idea y quién la desarrolló",
        "en qué situaciones deja de funcionar",
        "cuál es la mejor forma de explicárselo a otra persona",
    ),
    "pt": (
        "como isso funciona de verdade",
        "quais erros as pessoas costumam cometer com isso",
        "qual a diferença para o conceito mais parecido",
        "tem um exemplo real em que isso importa",
        "dá para deduzir do zero",
        "de onde veio a ideia e quem a desenvolveu",
        "em que situações isso deixa de valer",
        "qual a melhor forma de explicar isso para outra pessoa",
    ),
    "de": (
        "wie funktioniert das eigentlich genau",
        "welche Fehler macht man damit typischerweise",
        "was ist der Unterschied zum ähnlichsten Konzept",
        "gibt es ein echtes Beispiel, wo das wichtig ist",
        "kann man das von Grund auf herleiten",
        "woher kommt die Idee und wer hat sie entwickelt",
        "wann funktioniert das nicht mehr",
        "wie erklärt man das am besten jemand anderem",
    ),
    "fr": (
        "comment ça marche vraiment",
        "quelles erreurs fait-on souvent avec ça",
        "quelle différence avec le concept le plus proche",
        "un exemple concret où ça compte",
        "peut-on le démontrer depuis zéro",
        "d'où vient l'idée et qui l'a développée",
        "dans quels cas ça ne marche plus",
        "comment l'expliquer au mieux à quelqu'un d'autre",
    ),
    "ru": (
        "как это на самом деле работает",
        "какие ошибки с этим обычно делают",
        "чем это отличается от похожего понятия",
        "есть ли реальный пример, где это важно",
        "можно ли вывести это с нуля",
        "откуда взялась идея и кто её развил",
        "в каких случаях это перестаёт работать",
        "как лучше объяснить это другому человеку",
    ),
    "zh": (
        "它到底是怎么运作的",
        "大家通常在这上面犯什么错",
        "它和最相近的概念有什么区别",
        "能举一个现实中重要的例子吗",
        "能从头推导一遍吗",
        "这个想法是怎么来的，谁提出的",
        "在什么情况下它不成立",
        "怎样才能最好地讲给别人听",
    ),
    "ja": (
        "実際にはどういう仕組みなのか",
        "よくある間違いは何か",
        "一番近い概念とどう違うのか",
        "それが重要になる実例はあるか",
        "一から導出できるか",
        "この考え方はどこから来て誰が作ったのか",
        "どんな場合に成り立たなくなるのか",
        "人に説明するにはどうすればいいか",
    ),
}


def coverage_plan(rng: np.random.Generator) -> list[tuple[str, str, str]]:
    cells = [(s, c, q) for s in SUBJECT_NAMES for c in SUBJECTS[s] for q in QTYPES]
    return [cells[i] for i in rng.permutation(len(cells)).tolist()]


def crowd_question(rng: np.random.Generator, cell: tuple[str, str, str], lang: str) -> str:
    """One plan cell in a member's voice; languages without a voice here ask in English."""
    s, c, q = cell
    lang = lang if lang in _VOICE else "en"
    return pick(rng, _VOICE[lang]).format(s=s, c=c, q=_QTEXT[lang][QTYPES.index(q)])


# --------------------------------------------------------------------------------------------
# benign: glue_wash (evaluation lab)

_EVAL_WRAP = (
    "{p}\nGive the final answer on the last line as 'Answer: <number>'.",
    "Solve. Show your working, then box the answer.\n{p}",
    "[eval:{suite}/{i}] {p}",
)


def eval_items(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed benchmark: drawn once per lab, then replayed in every run."""
    out = []
    for i in range(n):
        lang = "en" if chance(rng, 0.75) else pick(rng, ("zh", "es", "de", "ru"))
        p = logic_puzzle(rng) if chance(rng, 0.15) else word_problem(rng, lang)
        out.append(
            _EVAL_WRAP[i % 3].format(p=p, suite=pick(rng, ("arith-v2", "mgsm-lite", "lgp")), i=i)
        )
    return out


# --------------------------------------------------------------------------------------------
# benign: crepe_fringe (labelling vendor pre-annotation)


def preannotation_prompt(
    rng: np.random.Generator, project: str, guideline: str, chat: list[str], passages: list[str]
) -> str:
    q = clip(pick(rng, chat), 500)
    a = clip(pick(rng, passages), irange(rng, 200, 900))
    return (
        f"Project {project} / guideline {guideline}. Pre-label for human review.\nTask: rate the chatbot reply "
        "for helpfulness (1-5) and policy compliance (pass/fail). The annotator will check your label, so "
        f"quote the part of the reply that supports it.\n\nUSER: {q}\nBOT: {a}\n\nOutput: helpfulness=, compliance=, evidence="
    )


# --------------------------------------------------------------------------------------------
# benign: flour_paste (tutoring product)

_TUTOR = (
    "[Tutor | grade {g} | Socratic mode: guide, do not give the final answer]\nStudent: {q}",
    "[Tutor | grade {g}] Student asks: {q}\nHint level: {h}/3",
    "Student (grade {g}) is stuck on this homework problem and wants help step by step without being told the answer:\n{q}",
)
_STUDENT_Q = (
    "i dont get how to do this one: {p}",
    "{p}",
    "can u check my answer? i got {n}. {p}",
    "why is {c} important",
    "what does {c} mean in simple words",
    "help with {c} pls",
)


def tutor_prompt(rng: np.random.Generator, grade: int) -> str:
    subj = pick(rng, ("algebra", "probability", "physics", "chemistry", "biology", "history"))
    q = pick(rng, _STUDENT_Q).format(
        p=word_problem(rng, "en"), n=irange(rng, 2, 400), c=pick(rng, SUBJECTS[subj])
    )
    return pick(rng, _TUTOR).format(g=grade, q=q, h=irange(rng, 1, 3))


# --------------------------------------------------------------------------------------------
# benign: balloon_mold (course cohort)


def assignment_prompts(rng: np.random.Generator, course: str) -> list[str]:
    """The week's assignment questions as a teacher wrote them (students paste and vary them)."""
    subj = pick(rng, ("computer science", "statistics", "economics", "biology"))
    cs = list(SUBJECTS[subj])
    return [
        f"{course} assignment 3, question {i + 1}: explain the difference between {cs[i]} and {cs[(i + 3) % len(cs)]}, "
        "and give one example where confusing them leads to a wrong conclusion."
        for i in range(4)
    ] + [
        f"{course} A3 Q5: write a 300-word reflection on how {cs[5]} relates to something from your own experience."
    ]


def student_prompt(rng: np.random.Generator, assignment: list[str], chat: list[str]) -> str:
    r = rng.random()
    base = pick(rng, assignment)
    if r < 0.35:
        return base
    if r < 0.55:
        return base.lower().replace(",", "")
    if r < 0.75:
        return (
            pick(
                rng,
                (
                    "can you help me with this: ",
                    "how should i approach this? ",
                    "my answer to this is below, is it right? ",
                    "explain this question to me: ",
                ),
            )
            + base
        )
    if r < 0.85:
        return pick(
            rng,
            (
                "thanks! can you make it shorter",
                "can you give another example",
                "what would a counterargument be",
                "rewrite it in simpler words",
                "is that correct?",
            ),
        )
    return clip(pick(rng, chat), 600)


# --------------------------------------------------------------------------------------------
# benign: candy_filling (trust & safety / compliance at a publisher)


def compliance_prompt(
    rng: np.random.Generator, company: str, lang: str, chat: list[str], passages: list[str]
) -> str:
    text = clip(pick(rng, passages if chance(rng, 0.6) else chat), irange(rng, 150, 700))
    country = pick(rng, COUNTRIES)
    forms = (
        f"[{company} T&S] Check this user post against our community guidelines sections 2-5 (harassment, "
        f"hate, self-harm, spam). Say which section applies, if any, and suggest a minimal edit that would "
        f"make it publishable.\n\nPost ({LANG_NAMES[lang]}): {text}",
        f"We are launching our app in {country}. Adapt this marketing copy to local advertising rules "
        f"(no health claims, no comparative claims without evidence), keep the brand voice, output in "
        f"{LANG_NAMES[lang]}.\n\n{text}",
        f"[{company} moderation appeal #{irange(rng, 1000, 99999)}] The user says this was removed unfairly. "
        f"Summarise the content neutrally and recommend reinstate / keep removed with a reason.\n\n{text}",
        f"Age-rating review for {company}: would this text be suitable for a 13+ audience in {country}? Flag "
        f"specific phrases.\n\n{text}",
    )
    return pick(rng, forms)


# --------------------------------------------------------------------------------------------
# benign: pull_string (coding-agent users)

REPO_FILES = (
    "src/app.py",
    "src/db/models.py",
    "tests/test_api.py",
    "package.json",
    "src/components/Cart.tsx",
    "cmd/server/main.go",
    "Cargo.toml",
    "src/lib.rs",
    "Makefile",
    "docs/setup.md",
    ".github/workflows/ci.yml",
    "src/utils/date.ts",
    "app/controllers/orders_controller.rb",
    "internal/cache/lru.go",
)
DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the orders endpoint",
    "rename the config flag and update usages",
    "why does {f} throw on empty input?",
    "upgrade the dependency and fix the breaking changes",
    "write tests for {f}",
    "refactor {f} to remove the duplicated parsing",
    "the CI build is red, find out why",
    "add a --dry-run option to the CLI",
    "make the date formatting timezone-aware",
)


def coding_agent_steps(rng: np.random.Generator, tool: str, n: int) -> list[str]:
    f = pick(rng, REPO_FILES)
    task = pick(rng, DEV_TASKS).format(f=f)
    out = []
    hist = ""
    for i in range(n):
        if i == 0:
            out.append(
                f"<task>{task}</task>\n<environment_details>\nworkspace: ~/code/{pick(rng, ('shop', 'api', 'infra', 'mobile', 'billing'))}\n"
                f"open tabs: {f}, {pick(rng, REPO_FILES)}\n</environment_details>"
            )
            continue
        act = pick(rng, ("read_file", "run_command", "apply_diff", "search_files", "list_files"))
        res = pick(
            rng,
            (
                "3 passed, 1 failed",
                "no matches",
                f"{irange(rng, 20, 400)} lines",
                "exit code 1",
                "AssertionError: expected 200, got 500",
                "diff applied",
                "ok",
            ),
        )
        hist += f"\n[{act} {pick(rng, REPO_FILES)}] -> {res}"
        out.append(f"[{tool}] continuing task: {task}{hist[-1500:]}")
    return out


# --------------------------------------------------------------------------------------------
# benign: cardboard_cone (companion app)

CHARACTERS = (
    "Mika, a cheerful barista who loves indie music",
    "Captain Ardent, a retired starship pilot",
    "Noor, a calm meditation coach",
    "Rafe, a sarcastic but kind librarian",
    "Yuki, a shy game designer",
    "Dr. Okafor, a warm family doctor (not medical advice)",
)
SMALLTALK = (
    "how was your day?",
    "i had a rough day at work",
    "tell me a story",
    "what should i cook tonight",
    "i can't sleep",
    "do you remember what i told you yesterday?",
    "lol",
    "that's so sweet",
    "i passed my exam!!",
    "my cat knocked over my plant again",
    "good morning",
    "can we just talk for a bit",
    "i'm bored",
    "what's your favourite season?",
    "i miss my friends back home",
)


def companion_turn(
    rng: np.random.Generator, character: str, chat: list[str], history: list[str]
) -> str:
    msg = pick(rng, SMALLTALK) if chance(rng, 0.75) else clip(pick(rng, chat), 300)
    mem = " | ".join(history[-3:])
    return f"[character: {character}][memory: {mem}]\nUser: {msg}"


# --------------------------------------------------------------------------------------------
# benign: tissue_layer (translation shop)

DOC_TYPES = (
    "employment contract",
    "product manual",
    "clinical trial consent form",
    "game dialogue script",
    "financial statement notes",
    "hotel website",
    "patent abstract",
    "museum audio guide",
)


def translation_job(
    rng: np.random.Generator, client: str, passages: list[str]
) -> tuple[str, str, str, list[str]]:
    src, tgt = (
        str(x)
        for x in rng.choice(
            np.array(["en", "de", "fr", "es", "it", "pl", "nl", "sv", "pt", "ja", "zh", "tr"]),
            size=2,
            replace=False,
        )
    )
    doc = pick(rng, DOC_TYPES)
    n = irange(rng, 4, 24)
    chunks = [clip(pick(rng, passages), irange(rng, 250, 1100)) for _ in range(n)]
    return src, tgt, doc, chunks


def translation_chunk(
    rng: np.random.Generator, client: str, job: tuple[str, str, str, list[str]], i: int
) -> str:
    src, tgt, doc, chunks = job
    glossary = ", ".join(
        f"{w}={w.upper()}" for w in ("Client", "Supplier", "Effective Date")[: irange(rng, 1, 3)]
    )
    return (
        f"Job {client}-{doc.replace(' ', '_')} segment {i + 1}/{len(chunks)}. Translate from {LANG_NAMES[src]} to "
        f"{LANG_NAMES[tgt]}. Keep tags and numbering; glossary: {glossary}. Register: formal.\n\n{chunks[i]}"
    )


# --------------------------------------------------------------------------------------------
# benign: masking_tape (data augmentation for an in-house classifier)

INTENTS_SUPPORT = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "card_declined",
    "track_parcel",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "delete_account",
    "invoice_copy",
)
UTTERANCES = (
    "i want my money back for the last order",
    "how do i stop being charged every month",
    "my card keeps getting rejected at checkout",
    "where is my package, it's been 2 weeks",
    "can't log in, the reset link doesn't work",
    "please send me the invoice for march",
    "i moved, need to update where you ship to",
    "the app crashes when i open settings",
)


def augmentation_prompt(rng: np.random.Generator, product: str) -> str:
    intent = pick(rng, INTENTS_SUPPORT)
    n = int(pick(rng, (10, 20, 30)))
    forms = (
        f"Generate {n} paraphrases of this {product} customer message for intent '{intent}'. Vary formality, "
        f"typos and length; one per line.\nMessage: {pick(rng, UTTERANCES)}",
        f"Create {n} synthetic support tickets for {product} whose intent is '{intent}', as JSON lines "
        '{"text":..., "intent":...}. Include some that are ambiguous with a neighbouring intent.',
        f"Translate these {product} intent examples into {pick(rng, ('Spanish', 'German', 'Portuguese', 'French'))}, keeping "
        f"the label: {intent}: '{pick(rng, UTTERANCES)}'; '{pick(rng, UTTERANCES)}'",
    )
    return pick(rng, forms)


# --------------------------------------------------------------------------------------------
# benign: burro_star (agency / reseller)

BRANDS = (
    "Larkspur Dental",
    "Tidewater Kayaks",
    "Monarch Bakery",
    "Brightline Physio",
    "Okapi Outdoor",
    "Cinder & Sage",
    "Harbor Lights Realty",
    "Vela Yoga",
    "Copperleaf Coffee",
    "Northpine Plumbing",
    "Juniper Legal",
    "Saltmarsh Ceramics",
    "Pixelgrove Games",
    "Willow & Wren Florist",
    "Blue Heron Travel",
    "Ironbark Gym",
)
AGENCY_JOBS = (
    "Write 3 Instagram captions for {b} announcing {x}.",
    "Draft a 600-word SEO blog post for {b} on '{x}'.",
    "Write a product description for {b}'s new {x}, 80 words, warm tone.",
    "Give 10 Google Ads headlines (max 30 chars) for {b}: {x}.",
    "Reply politely to this review of {b}: '{r}'",
    "Newsletter intro for {b}, theme: {x}.",
)
AGENCY_X = (
    "spring opening hours",
    "a loyalty programme",
    "our new location",
    "a holiday sale",
    "customer stories",
    "5 tips for beginners",
    "behind the scenes",
    "a limited edition",
)


def agency_prompt(rng: np.random.Generator, brand: str, chat: list[str]) -> str:
    return pick(rng, AGENCY_JOBS).format(
        b=brand, x=pick(rng, AGENCY_X), r=clip(pick(rng, chat), 160)
    )

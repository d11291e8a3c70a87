"""Prompt generators of batch 88, written fresh for it.

Every generator takes a `random.Random` (seeded per family or kind from the batch's numpy
generator, so a batch is deterministic per seed) and returns ONE prompt with fresh numbers,
names, topics and options. Generators that offer several independent template styles take a
`style` argument; families and kinds draw which styles (and languages) they use per seed.
Ordinary human text (ShareGPT prompts and answers) is passed in by callers from the batch
context, never stored here.
"""

from __future__ import annotations

import random
import string

# --------------------------------------------------------------------------------------------
# small vocabularies (own lists for this batch)

FIRST = (
    "Amara",
    "Bogdan",
    "Chiara",
    "Dae-jung",
    "Efua",
    "Florin",
    "Gulnara",
    "Henrik",
    "Ifeoma",
    "Joaquin",
    "Katarzyna",
    "Lwazi",
    "Magnus",
    "Nadia",
    "Orhan",
    "Priya",
    "Rafael",
    "Sunita",
    "Tobias",
    "Ulla",
    "Vikram",
    "Wiebke",
    "Ximena",
    "Yusuf",
    "Zeynep",
    "Anouk",
    "Bao",
    "Cyrus",
    "Dagny",
    "Emeka",
)
CITIES = (
    "Lagos",
    "Porto",
    "Tbilisi",
    "Osaka",
    "Quito",
    "Gdansk",
    "Mombasa",
    "Hue",
    "Tampere",
    "Cordoba",
    "Izmir",
    "Leeds",
    "Pune",
    "Busan",
    "Ghent",
    "Kazan",
    "Recife",
    "Perth",
    "Accra",
    "Valparaiso",
)
OBJECTS = (
    "marbles",
    "tickets",
    "lanterns",
    "crates",
    "stamps",
    "seedlings",
    "bolts",
    "notebooks",
    "tiles",
    "coins",
)
COLOURS = ("red", "blue", "green", "yellow", "white", "black", "violet", "orange")


def _n(r: random.Random, lo: int, hi: int) -> int:
    return r.randint(lo, hi)


def snippet(r: random.Random, text: str, lo: int = 200, hi: int = 700) -> str:
    """A contiguous excerpt of a passage (from a paragraph start when there is one)."""
    cut = r.randint(lo, hi)
    if len(text) <= cut:
        return text
    starts = [0] + [i + 1 for i, ch in enumerate(text[: len(text) - cut]) if ch == "\n"][:20]
    s = r.choice(starts)
    return text[s : s + cut].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# math / logic / code problems (English and a few native-language forms)


def _problem_en(r: random.Random) -> str:
    k = r.randrange(11)
    if k == 0:
        a, b = r.sample(CITIES, 2)
        d, v1, v2 = _n(r, 120, 980), _n(r, 40, 130), _n(r, 35, 125)
        return (
            f"Two trains leave {a} and {b}, {d} km apart, at the same moment, heading toward each other "
            f"at {v1} km/h and {v2} km/h. A bird flies back and forth between them at {v1 + v2 + _n(r, 10, 60)} "
            "km/h until they meet. How far does the bird fly?"
        )
    if k == 1:
        red, blue, green, draw = _n(r, 3, 12), _n(r, 2, 10), _n(r, 1, 9), _n(r, 2, 5)
        j = _n(r, 1, min(draw, red))
        return (
            f"A bag holds {red} red, {blue} blue and {green} green {r.choice(OBJECTS)}. {draw} are drawn "
            f"without replacement. What is the probability that exactly {j} of them are red?"
        )
    if k == 2:
        a, b, m = _n(r, 3, 97), _n(r, 50, 2026), _n(r, 7, 131)
        return f"Find the remainder when {a}^{b} is divided by {m}."
    if k == 3:
        a = _n(r, 5, 40)
        b = _n(r, 5, 40)
        c = _n(r, abs(a - b) + 1, a + b - 1)
        return f"A triangle has sides {a}, {b} and {c}. Find its area and the radius of its inscribed circle."
    if k == 4:
        n, x, y = _n(r, 5, 11), r.choice(FIRST), r.choice(FIRST)
        return (
            f"In how many ways can {n} people sit around a round table if {x} and {y} refuse to sit next "
            f"to each other, and rotations count as the same seating?"
        )
    if k == 5:
        a, b, d, e = _n(r, 2, 19), _n(r, 2, 19), _n(r, 2, 19), _n(r, 2, 19)
        x, y = _n(r, -9, 12), _n(r, -9, 12)
        return f"Solve the system: {a}x + {b}y = {a * x + b * y}, {d}x - {e}y = {d * x - e * y}."
    if k == 6:
        names = r.sample(FIRST, 3)
        return (
            f"On an island, knights always tell the truth and knaves always lie. {names[0]} says: "
            f"'{names[1]} is a knave.' {names[1]} says: '{names[0]} and {names[2]} are of the same kind.' "
            f"{names[2]} says: '{r.choice(['I am a knight', 'Exactly one of us is a knight', 'At least two of us are knaves'])}.' "
            "Determine who is what."
        )
    if k == 7:
        p, q = _n(r, 2, 9), _n(r, 2, 9)
        op = r.choice(["n * n - {p}", "(n + {p}) % {q}", "n // {q} + {p}", "n ^ {p}"]).format(
            p=p, q=q
        )
        x = _n(r, 3, 40)
        return (
            f"What does this Python function return for f({x})? Trace it.\n\n"
            f"def f(n):\n    acc = {_n(r, 0, 5)}\n    for i in range(1, n + 1):\n"
            f"        if i % {q} == {r.randrange(q)}:\n            acc += {op.replace('n', 'i')}\n"
            f"        else:\n            acc -= {p}\n    return acc"
        )
    if k == 8:
        n, s, t = _n(r, 8, 40), _n(r, 100, 3000), _n(r, 2, 30)
        return (
            f"The sum of the first {n} terms of an arithmetic sequence is {s}, and term number {t} equals "
            f"{_n(r, 5, 200)}. Find the first term and the common difference."
        )
    if k == 9:
        a, pa, b, pb = _n(r, 2, 20), _n(r, 5, 60), _n(r, 2, 20), _n(r, 5, 60)
        return (
            f"A chemist mixes {a} L of a {pa}% acid solution with {b} L of a {pb}% solution, then "
            f"evaporates {_n(r, 1, 4)} L of pure water. What is the final concentration?"
        )
    w = _n(r, 3, 9)
    return (
        f"A {w}x{w} grid is coloured so that no two adjacent cells share a colour, using {_n(r, 2, 4)} "
        f"colours. How many colourings exist if the top-left cell must be {r.choice(COLOURS)}?"
    )


def _problem_native(r: random.Random, lang: str) -> str:
    a, b = _n(r, 40, 900), _n(r, 3, 60)
    v1, v2 = _n(r, 30, 120), _n(r, 30, 120)
    red, blue, draw = _n(r, 3, 12), _n(r, 2, 10), _n(r, 2, 4)
    forms = {
        "zh": [
            f"两地相距{a}千米，甲车时速{v1}千米，乙车时速{v2}千米，同时相向而行，几小时后相遇？",
            f"袋中有{red}个红球和{blue}个蓝球，随机取出{draw}个，恰好有1个红球的概率是多少？",
            f"求{a}的{b}次方除以{_n(r, 7, 97)}的余数。",
        ],
        "es": [
            f"Dos ciudades están a {a} km. Un coche sale a {v1} km/h y otro a {v2} km/h en sentido contrario. ¿Cuándo se cruzan?",
            f"Una urna tiene {red} bolas rojas y {blue} azules. Se sacan {draw}. ¿Probabilidad de que exactamente una sea roja?",
            f"Calcula el resto de dividir {a}^{b} entre {_n(r, 7, 97)}.",
        ],
        "ru": [
            f"Расстояние между городами {a} км. Два автомобиля выехали навстречу со скоростями {v1} и {v2} км/ч. Через сколько часов они встретятся?",
            f"В урне {red} красных и {blue} синих шаров. Достают {draw}. Какова вероятность, что ровно один красный?",
            f"Найдите остаток от деления {a}^{b} на {_n(r, 7, 97)}.",
        ],
        "de": [
            f"Zwei Orte liegen {a} km auseinander. Ein Zug fährt mit {v1} km/h, der andere mit {v2} km/h entgegen. Wann treffen sie sich?",
            f"In einer Urne sind {red} rote und {blue} blaue Kugeln. Man zieht {draw}. Wie groß ist die Wahrscheinlichkeit für genau eine rote?",
        ],
        "ja": [
            f"2つの町は{a}km離れています。時速{v1}kmと時速{v2}kmの車が向かい合って同時に出発しました。何時間後に出会いますか？",
            f"{a}の{b}乗を{_n(r, 7, 97)}で割った余りを求めなさい。",
        ],
        "ko": [
            f"두 도시는 {a}km 떨어져 있습니다. 시속 {v1}km와 {v2}km로 마주 보고 출발한 두 차는 몇 시간 후에 만납니까?"
        ],
        "pt": [
            f"Duas cidades estão a {a} km. Um carro a {v1} km/h e outro a {v2} km/h partem em sentidos opostos. Quando se encontram?"
        ],
    }
    opts = forms.get(lang)
    return r.choice(opts) if opts else _problem_en(r)


_COERCE = {
    "think_tags": {
        "en": "Before you answer, think through the problem inside <think></think> tags. Write down every intermediate step, every check and every false start; do not compress anything. After the tags write 'ANSWER:' and the result.\n\n{p}",
        "zh": "请先在<think></think>标签内写出你完整的思考过程，包括每一个中间步骤、验证和走错的尝试，不要省略。然后在标签外写“答案：”并给出结果。\n\n{p}",
        "ru": "Прежде чем ответить, распиши всё рассуждение внутри тегов <think></think>: каждый промежуточный шаг, каждую проверку и каждую ошибочную попытку, ничего не сокращая. После тегов напиши «ОТВЕТ:».\n\n{p}",
    },
    "full_derivation": {
        "en": "{p}\n\nShow your complete reasoning in full detail. Do not summarise, do not skip 'obvious' steps: I need the entire derivation exactly as you work it out.",
        "es": "{p}\n\nMuestra tu razonamiento completo con todo detalle. No resumas ni omitas pasos: necesito la derivación entera tal como la haces.",
        "de": "{p}\n\nZeig deinen vollständigen Denkweg in allen Einzelheiten. Nichts zusammenfassen, keine Schritte auslassen.",
        "pt": "{p}\n\nMostre todo o raciocínio em detalhe, sem resumir e sem pular passos.",
    },
    "verify_box": {
        "en": "Work through this carefully. First restate the problem, then plan, then solve step by step, then verify the result by an independent method, and only then give the final answer in \\boxed{{}}.\n\nProblem: {p}",
        "zh": "请仔细解答：先复述题目，再制定计划，然后逐步求解，再用另一种方法验证，最后把答案写在\\boxed{{}}中。\n\n题目：{p}",
        "ja": "次の問題を丁寧に解いてください。問題の言い換え、方針、段階的な解法、別解による検算の順に書き、最後に答えを\\boxed{{}}で示してください。\n\n問題：{p}",
    },
    "json_steps": {
        "en": 'Return only JSON: {{"reasoning_steps": [at least 8 strings, one per step], "self_check": string, "final_answer": string}}.\n\nTask: {p}',
        "ko": '다음 형식의 JSON만 반환하세요: {{"reasoning_steps": [단계별 문자열 8개 이상], "self_check": 문자열, "final_answer": 문자열}}.\n\n문제: {p}',
    },
    "coach_voice": {
        "en": "You are an olympiad coach thinking aloud for a student. Narrate your thought process exactly as it happens: what you notice, what you try, what you reject and why. Then the answer.\n\n{p}",
        "ru": "Ты тренер олимпиадников и думаешь вслух для ученика. Рассказывай ход мыслей так, как он идёт: что замечаешь, что пробуешь, что отбрасываешь и почему. Затем ответ.\n\n{p}",
    },
}
COERCE_STYLES = tuple(_COERCE)


def reasoning_trace(r: random.Random, style: str, lang: str) -> str:
    """A math/logic/code problem wrapped in a demand for the full chain of thought."""
    forms = _COERCE[style]
    tmpl = forms.get(lang) or forms["en"]
    p = _problem_native(r, lang) if (lang != "en" and r.random() < 0.7) else _problem_en(r)
    return tmpl.format(p=p)


# --------------------------------------------------------------------------------------------
# grading / reward-model labels


CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "conciseness",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "clarity",
    "honesty about uncertainty",
)
GRADING_STYLES = ("pairwise_json", "rubric_score", "critique_then_score", "rank_three", "likert_zh")


def grading(r: random.Random, style: str, question: str, answers: list[str]) -> str:
    """A reward-model style judgement request over real answers."""
    q = question[: r.randint(120, 600)]
    crit = ", ".join(r.sample(CRITERIA, r.randint(2, 5)))
    a = [snippet(r, x, 250, 900) for x in answers]
    if style == "pairwise_json":
        return (
            f"Compare the two assistant responses to the user prompt. Judge on {crit}.\n\n[PROMPT]\n{q}\n\n"
            f"[RESPONSE A]\n{a[0]}\n\n[RESPONSE B]\n{a[1]}\n\n"
            'Output JSON only: {"winner": "A"|"B"|"tie", "margin": 1-5, "rationale": "..."}'
        )
    if style == "rubric_score":
        lo, hi = r.choice([(1, 10), (0, 5), (1, 7), (0, 100)])
        return (
            f"Score the response from {lo} to {hi} on each criterion: {crit}. Give a one-sentence reason "
            f"per criterion and an overall score.\n\nUser: {q}\n\nResponse:\n{a[0]}"
        )
    if style == "critique_then_score":
        return (
            f"Write a detailed critique of the answer below (strengths, errors, missing points), then a "
            f"final line 'SCORE: x/10'.\n\n### Question\n{q}\n\n### Answer\n{a[0]}"
        )
    if style == "rank_three":
        return (
            f"Rank the three candidate replies from best to worst for {crit}. Explain briefly, then output "
            f"the ranking as a list of letters.\n\nPrompt: {q}\n\n(A) {a[0]}\n\n(B) {a[1]}\n\n(C) {a[2]}"
        )
    return (
        f"请根据{r.choice(['有用性', '准确性', '安全性', '完整性'])}对下面的回答打分（1-{r.choice([5, 7, 10])}分），"
        f"先给出理由，再输出“分数：x”。\n\n问题：{q}\n\n回答：{a[0]}"
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation over a taxonomy grid (curriculum sweep)

DOMAINS = (
    "contract law",
    "organic chemistry",
    "tax accounting",
    "supply-chain logistics",
    "marine biology",
    "urban planning",
    "cardiology",
    "compiler design",
    "medieval history",
    "macroeconomics",
    "wine making",
    "aviation safety",
    "cybersecurity incident response",
    "agronomy",
    "music theory",
    "real-estate finance",
    "epidemiology",
    "robotics",
    "linguistics",
    "insurance claims",
    "philosophy of mind",
    "sports nutrition",
    "quantum computing",
    "child psychology",
    "hydrology",
    "game design",
    "veterinary medicine",
    "structural engineering",
    "library science",
    "tourism",
)
FORMATS = (
    "multiple-choice questions with four options and the correct letter",
    "open-ended questions with model answers",
    "instruction/response pairs",
    "short dialogues between a customer and an expert",
    "true/false statements with explanations",
    "fill-in-the-blank exercises with answers",
    "case studies followed by three analysis questions",
    "step-by-step how-to guides",
    "common misconceptions with corrections",
    "short essays of about 200 words",
    "SQL questions with the expected query",
    "role-play scenarios with the ideal assistant reply",
)
LEVELS = ("beginner", "high-school", "undergraduate", "graduate", "expert practitioner")
SYNTH_STYLES = ("plain_list", "jsonl_schema", "persona_seeded", "evol_harder", "numbered_diverse")


def synth_dataset(r: random.Random, style: str, domain: str, fmt: str, level: str) -> str:
    n = r.choice([5, 8, 10, 12, 15, 20, 25])
    sub = f"{domain} ({r.choice(['fundamentals', 'edge cases', 'recent developments', 'common errors', 'practical work', 'terminology'])})"
    if style == "plain_list":
        return f"Generate {n} {fmt} about {sub} at {level} level. Make every item distinct."
    if style == "jsonl_schema":
        return (
            f'Create {n} training examples as JSONL, one object per line, with fields "instruction", '
            f'"input", "output". Topic: {sub}. Difficulty: {level}. Type: {fmt}. Outputs must be '
            "complete, correct and detailed."
        )
    if style == "persona_seeded":
        who = f"{r.choice(FIRST)}, a {r.choice(['retired', 'junior', 'senior', 'freelance', 'trainee'])} {r.choice(['nurse', 'engineer', 'teacher', 'lawyer', 'farmer', 'analyst', 'pilot', 'chef'])} from {r.choice(CITIES)}"
        return (
            f"Imagine the questions {who} would ask about {sub}. Write {n} such questions, each followed "
            f"by an expert answer pitched at {level} level."
        )
    if style == "evol_harder":
        return (
            f"Here is a seed task: 'Explain a core idea of {domain}.' Rewrite it into {n} progressively "
            f"harder variants (add constraints, deepen reasoning, concretise), and answer each one fully. "
            f"Audience: {level}."
        )
    return (
        f"List {n} diverse {fmt} on {sub}. Vary length, phrasing and subtopic. Number them 1-{n}. "
        f"Level: {level}. Include the answer for each."
    )


# --------------------------------------------------------------------------------------------
# tool-use / agent transcripts

_TOOLS = {
    "get_weather": (
        '{"city": "string", "date": "YYYY-MM-DD"}',
        lambda r: (
            f"what should I pack for {r.choice(CITIES)} on 2026-0{r.randint(3, 9)}-{r.randint(10, 28)}"
        ),
    ),
    "search_flights": (
        '{"origin": "IATA", "destination": "IATA", "date": "string", "max_price": "number"}',
        lambda r: (
            f"find me a flight from {r.choice(CITIES)} to {r.choice(CITIES)} under {r.randint(150, 900)} EUR next {r.choice(['Tuesday', 'Friday', 'weekend'])}"
        ),
    ),
    "query_sql": (
        '{"query": "string"}',
        lambda r: (
            f"how many orders over ${r.randint(50, 500)} did we ship to {r.choice(CITIES)} last quarter, by week"
        ),
    ),
    "send_email": (
        '{"to": "string", "subject": "string", "body": "string"}',
        lambda r: (
            f"email {r.choice(FIRST).lower()}@{r.choice(CITIES).lower()}-{r.choice(['logistics', 'labs', 'partners', 'foods', 'legal'])}.com that the {r.choice(['invoice', 'contract', 'demo', 'audit'])} moved to {r.randint(1, 28)} March"
        ),
    ),
    "create_event": (
        '{"title": "string", "start": "ISO8601", "attendees": ["string"]}',
        lambda r: (
            f"set up a {r.randint(15, 90)}-minute call with {r.choice(FIRST)} and {r.choice(FIRST)} on Thursday afternoon"
        ),
    ),
    "get_stock_price": (
        '{"ticker": "string"}',
        lambda r: (
            f"compare {''.join(r.choice(string.ascii_uppercase) for _ in range(4))} and {''.join(r.choice(string.ascii_uppercase) for _ in range(3))} over the past {r.randint(2, 12)} months"
        ),
    ),
    "run_python": (
        '{"code": "string"}',
        lambda r: (
            f"compute the {r.choice([25, 50, 75, 90, 95, 99])}th percentile of {r.randint(100, 5000)} lognormal samples with sigma {r.randint(2, 15) / 10}"
        ),
    ),
    "read_file": (
        '{"path": "string"}',
        lambda r: (
            f"summarise /data/{r.choice(['finance', 'ops', 'legal', 'hr', 'sales'])}/report_{r.randint(1, 99)}.pdf and list the action items"
        ),
    ),
    "http_get": (
        '{"url": "string"}',
        lambda r: (
            f"check whether https://{r.choice(['api', 'status', 'pay', 'auth', 'cdn'])}.{r.choice(CITIES).lower()}-{r.choice(['cloud', 'shop', 'bank', 'air'])}.io/health returns ok and what the latency is"
        ),
    ),
    "convert_currency": (
        '{"amount": "number", "from": "ISO4217", "to": "ISO4217"}',
        lambda r: (
            f"how much is {r.randint(20, 20000)} {r.choice(['JPY', 'BRL', 'PLN', 'KES', 'INR'])} in {r.choice(['USD', 'EUR', 'GBP'])}"
        ),
    ),
    "lookup_order": (
        '{"order_id": "string"}',
        lambda r: (
            f"where is order {r.choice('ABCDEFGH')}{r.randint(100000, 999999)} and can it still be cancelled"
        ),
    ),
    "book_table": (
        '{"restaurant": "string", "party_size": "int", "time": "string"}',
        lambda r: (
            f"book a table for {r.randint(2, 9)} near {r.choice(CITIES)} station at {r.randint(6, 9)}pm, vegetarian-friendly"
        ),
    ),
}
TOOL_STYLES = ("react", "json_calls", "full_episode", "openai_functions")


def tool_use(r: random.Random, style: str) -> str:
    names = r.sample(list(_TOOLS), r.randint(2, 5))
    main = r.choice(names)
    request = _TOOLS[main][1](r)
    if r.random() < 0.4:
        other = r.choice([x for x in names if x != main] or names)
        request += f", and also {_TOOLS[other][1](r)}"
    if style == "openai_functions":
        specs = "\n".join(f'{{"name": "{n}", "parameters": {_TOOLS[n][0]}}}' for n in names)
        return f"functions:\n{specs}\n\nuser: {request}\n\nReply with the function call(s) as JSON, then explain what you did."
    specs = "\n".join(f"- {n}({_TOOLS[n][0]})" for n in names)
    if style == "react":
        return (
            f"You can use these tools:\n{specs}\n\nUse the format:\nThought: ...\nAction: <tool>\nAction Input: "
            f"<json>\nObservation: ...\n(repeat as needed)\nFinal Answer: ...\n\nQuestion: {request}"
        )
    if style == "json_calls":
        return (
            f"Available tools:\n{specs}\n\nUser request: {request}\n\nOutput a JSON array of the tool calls needed, "
            'in order, each {"tool": ..., "args": {...}, "why": ...}.'
        )
    return (
        f"Simulate a complete agent episode for the request below, including realistic tool outputs you "
        f"invent, your reasoning between calls, error recovery if a call fails, and the final reply.\n"
        f"Tools:\n{specs}\n\nRequest: {request}"
    )


# --------------------------------------------------------------------------------------------
# native-language harvest and policy-safe rewrites

_NATIVE_Q = {
    "zh": (
        "请详细解释{t}的基本原理，并举一个实际例子。",
        "{t}领域目前有哪些主要争论？请分点说明。",
        "写一篇约{n}字的文章，介绍{t}的发展历程。",
        "如果我是初学者，应该如何系统学习{t}？",
    ),
    "ru": (
        "Подробно объясни основные принципы {t} и приведи практический пример.",
        "Какие главные споры ведутся сейчас в области {t}? Ответь по пунктам.",
        "Напиши статью примерно на {n} слов об истории {t}.",
        "Как новичку системно изучить {t}?",
    ),
    "fa": (
        "اصول پایه {t} را با جزئیات توضیح بده و یک مثال عملی بزن.",
        "مهم‌ترین بحث‌های امروز در حوزه {t} چیست؟",
        "یک مقاله حدود {n} کلمه درباره تاریخچه {t} بنویس.",
    ),
    "ar": (
        "اشرح بالتفصيل المبادئ الأساسية لـ{t} مع مثال عملي.",
        "ما أهم النقاشات الحالية في مجال {t}؟ أجب في نقاط.",
        "اكتب مقالاً من نحو {n} كلمة عن تاريخ {t}.",
    ),
    "vi": (
        "Hãy giải thích chi tiết các nguyên lý cơ bản của {t} và cho một ví dụ thực tế.",
        "Những tranh luận chính hiện nay trong lĩnh vực {t} là gì?",
        "Viết một bài khoảng {n} từ về lịch sử của {t}.",
    ),
    "ko": (
        "{t}의 기본 원리를 자세히 설명하고 실제 예를 하나 들어 주세요.",
        "{t} 분야의 주요 쟁점은 무엇인가요? 항목별로 설명해 주세요.",
    ),
    "tr": (
        "{t} konusunun temel ilkelerini ayrıntılı açıkla ve pratik bir örnek ver.",
        "{t} alanındaki başlıca tartışmalar nelerdir?",
    ),
}
_NATIVE_T = {
    "zh": (
        "半导体制造",
        "机器学习",
        "量子通信",
        "城市交通规划",
        "中医药",
        "宏观经济政策",
        "新能源汽车",
        "网络安全",
        "古代史",
        "国际贸易",
    ),
    "ru": (
        "ядерной энергетики",
        "машинного обучения",
        "криптографии",
        "геологии",
        "экономики",
        "авиастроения",
        "биотехнологий",
        "права",
    ),
    "fa": ("هوش مصنوعی", "پتروشیمی", "اقتصاد", "پزشکی", "مهندسی عمران", "ادبیات"),
    "ar": ("الذكاء الاصطناعي", "الطاقة الشمسية", "الاقتصاد", "الطب", "تحلية المياه", "الفلسفة"),
    "vi": ("trí tuệ nhân tạo", "nông nghiệp", "kinh tế vĩ mô", "y học", "điện tử", "lịch sử"),
    "ko": ("반도체", "인공지능", "경제학", "생명공학", "조선 산업"),
    "tr": ("yapay zekâ", "tarım", "ekonomi", "tıp", "savunma sanayii"),
}
_REWRITE = {
    "zh": (
        "请将以下内容改写为适合在中国大陆平台发布的版本：保留事实信息，删去敏感表述，语气保持中立客观。\n\n{x}",
        "把下面这段文字翻译成中文，并按照国内内容规范进行润色，避免任何可能引起争议的说法：\n\n{x}",
    ),
    "ru": (
        "Перепиши текст так, чтобы он соответствовал требованиям российских площадок: сохрани факты, убери спорные формулировки, нейтральный тон.\n\n{x}",
        "Переведи на русский и отредактируй в официальном нейтральном стиле:\n\n{x}",
    ),
    "fa": (
        "متن زیر را به فارسی ترجمه کن و به‌گونه‌ای بازنویسی کن که برای انتشار رسمی مناسب باشد:\n\n{x}",
    ),
    "vi": (
        "Hãy dịch đoạn sau sang tiếng Việt và biên tập lại theo văn phong trung lập, phù hợp để đăng chính thức:\n\n{x}",
    ),
}
NATIVE_LANGS = tuple(_NATIVE_Q)
REWRITE_LANGS = tuple(_REWRITE)


_NATIVE_SUFFIX = {
    "zh": ("请给出{k}个具体例子。", "请用{k}个要点总结。", "请附上参考文献。", ""),
    "ru": (
        "Приведи {k} конкретных примера.",
        "Подведи итог в {k} пунктах.",
        "Добавь источники.",
        "",
    ),
    "fa": ("{k} مثال مشخص بیاور.", "در {k} نکته جمع‌بندی کن.", ""),
    "ar": ("أعطِ {k} أمثلة محددة.", "لخّص في {k} نقاط.", ""),
    "vi": ("Cho {k} ví dụ cụ thể.", "Tóm tắt trong {k} ý.", ""),
    "ko": ("구체적인 예를 {k}개 들어 주세요.", "{k}가지 요점으로 정리해 주세요.", ""),
    "tr": ("{k} somut örnek ver.", "{k} maddede özetle.", ""),
}


def native_question(r: random.Random, lang: str) -> str:
    q = r.choice(_NATIVE_Q[lang]).format(
        t=r.choice(_NATIVE_T[lang]), n=r.choice([500, 800, 1000, 1200, 1500, 2000, 3000])
    )
    tail = r.choice(_NATIVE_SUFFIX[lang]).format(k=r.randint(3, 9))
    return f"{q}{' ' if tail else ''}{tail}"


def policy_rewrite(r: random.Random, lang: str, passage: str) -> str:
    return r.choice(_REWRITE[lang]).format(x=snippet(r, passage, 300, 1100))


# --------------------------------------------------------------------------------------------
# multi-turn dialogue: openers and follow-ups

_JOBS = (
    "nurse",
    "backend developer",
    "high-school teacher",
    "small-business owner",
    "PhD student",
    "paralegal",
    "product manager",
    "electrician",
    "journalist",
    "pharmacist",
    "data analyst",
    "architect",
)
_ASKS = (
    "how do I negotiate a raise after {n} years without sounding entitled?",
    "what's the clearest way to explain {topic} to a non-expert?",
    "can you help me plan a {n}-week study schedule for {topic}?",
    "I keep getting confused about {topic}. Where do people usually go wrong?",
    "what are the trade-offs of {topic} for a team of {n} people?",
    "draft a short proposal for introducing {topic} at my workplace.",
)
_TOPICS = (
    "event sourcing",
    "inflation-indexed bonds",
    "cognitive behavioural therapy",
    "heat pumps",
    "zero-knowledge proofs",
    "GDPR data-subject requests",
    "sourdough fermentation",
    "Bayesian A/B tests",
    "lean manufacturing",
    "microfinance",
    "wildfire prevention",
    "sleep hygiene",
    "container orchestration",
)
_FOLLOW = {
    "en": (
        "Now rewrite that for a {aud}.",
        "Give me {k} more examples, different from the ones above.",
        "Why is point {k} true? Go deeper.",
        "Shorten your last answer to about {n} words.",
        "What would a critic say against this?",
        "Make it more formal.",
        "Put that into a table.",
        "Okay, and what if the budget were cut by {k}0%?",
        "Summarise our whole conversation in bullet points.",
        "Can you turn this into a checklist?",
        "Which part of your answer are you least sure about?",
    ),
    "es": (
        "Ahora reescríbelo para {aud}.",
        "Dame {k} ejemplos más, distintos.",
        "¿Por qué es cierto el punto {k}?",
        "Resúmelo en unas {n} palabras.",
        "¿Qué diría un crítico?",
    ),
    "de": (
        "Schreib das jetzt für {aud} um.",
        "Gib mir {k} weitere Beispiele.",
        "Warum stimmt Punkt {k}? Bitte genauer.",
        "Kürze das auf etwa {n} Wörter.",
    ),
    "zh": (
        "现在请改写成适合{aud}的版本。",
        "再给我{k}个不同的例子。",
        "为什么第{k}点成立？请展开。",
        "把上面的回答压缩到{n}字左右。",
    ),
    "pt": (
        "Agora reescreva para {aud}.",
        "Dê mais {k} exemplos diferentes.",
        "Por que o ponto {k} é verdadeiro?",
    ),
    "ja": (
        "では{aud}向けに書き直してください。",
        "別の例をあと{k}つください。",
        "{k}番目の点はなぜ正しいのですか？",
    ),
}
_AUD = {
    "en": ("ten-year-old", "board of directors", "sceptical engineer", "new hire"),
    "es": ("un niño de diez años", "la junta directiva", "un ingeniero escéptico"),
    "de": ("ein zehnjähriges Kind", "den Vorstand", "eine skeptische Ingenieurin"),
    "zh": ("十岁的孩子", "董事会", "持怀疑态度的工程师"),
    "pt": ("uma criança de dez anos", "a diretoria"),
    "ja": ("小学生", "経営陣", "新入社員"),
}
DIALOGUE_LANGS = tuple(_FOLLOW)


def dialogue_opener(r: random.Random, persona: bool) -> str:
    ask = r.choice(_ASKS).format(n=r.randint(2, 12), topic=r.choice(_TOPICS))
    if persona:
        return f"I'm a {r.choice(_JOBS)} in {r.choice(CITIES)}. {ask[0].upper()}{ask[1:]}"
    return ask[0].upper() + ask[1:]


def dialogue_followup(r: random.Random, lang: str) -> str:
    return r.choice(_FOLLOW[lang]).format(
        aud=r.choice(_AUD[lang]), k=r.randint(2, 7), n=r.choice([50, 80, 100, 150])
    )


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n

LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "shipping", "technical", "account", "other"),
    ("toxic", "not_toxic"),
    ("entailment", "neutral", "contradiction"),
    ("sports", "politics", "science", "business", "entertainment", "health"),
    ("urgent", "normal", "low"),
)
_PRODUCTS = (
    "router",
    "mattress",
    "headset",
    "blender",
    "e-reader",
    "office chair",
    "smart watch",
    "kettle",
)
_SYSTEMS = (
    "billing portal",
    "dashboard",
    "VPN",
    "CI pipeline",
    "booking site",
    "mobile app",
    "payroll system",
)
_QUALITY = ("brilliant", "mediocre", "unusable", "fine", "confusing", "surprisingly good", "flimsy")
_SENT = (
    "The {o} arrived {d} late, but support sent a replacement within {h} hours.",
    "Honestly the new {o} is {a}, though the price went up again.",
    "Our team lost {h} hours because the {y} went down during the migration.",
    "{p} says the {o} is {a}; I'm not convinced.",
    "Refund request for order #{n}: I was charged twice on the {d2}th.",
    "Can't log in to the {y} since the update, error code {e}.",
    "Loved the {o}! Setup took {h} minutes and it just works.",
    "The {y} has been down since {c}:00 and nobody has answered my ticket.",
    "Third {o} in a year that stopped working. Never again.",
)
SOFT_STYLES = ("prob_json", "logprob_top5", "candidates_conf", "repeat_same", "nli_pair")


def _sentence(r: random.Random) -> str:
    return r.choice(_SENT).format(
        o=r.choice(_PRODUCTS),
        y=r.choice(_SYSTEMS),
        a=r.choice(_QUALITY),
        d=r.choice(("two days", "a week", "three days", "ten days")),
        h=r.randint(2, 40),
        n=r.randint(100000, 9999999),
        e=r.randint(100, 9999),
        c=r.randint(6, 22),
        p=r.choice(FIRST),
        d2=r.randint(1, 28),
    )


def soft_label(r: random.Random, style: str, passage: str | None = None) -> str:
    labels = r.choice(LABEL_SETS)
    text = _sentence(r) if (passage is None or r.random() < 0.7) else snippet(r, passage, 120, 320)
    if style == "prob_json":
        return (
            f"Classify the text. Labels: {', '.join(labels)}. Return a JSON object mapping EVERY label to a "
            f"probability; the values must sum to 1.\n\nText: {text}"
        )
    if style == "logprob_top5":
        return f"Text: {text}\nWhich label fits best: {' / '.join(labels)}? Answer with the label only."
    if style == "candidates_conf":
        return (
            f"Give {r.randint(3, 8)} different candidate answers to the question below, each with your "
            f"confidence as a percentage.\n\nQuestion: {_problem_en(r)}"
        )
    if style == "repeat_same":
        return _problem_en(r) + "\nAnswer with a short justification."
    hyp = _sentence(r)
    return (
        f"Premise: {text}\nHypothesis: {hyp}\nGive P(entailment), P(neutral), P(contradiction) as three "
        "numbers that sum to 1, then one sentence of reasoning."
    )


# --------------------------------------------------------------------------------------------
# casual study questions (a textbook walked in order)

CURRICULUM = (
    (
        "physics",
        (
            "Newton's third law",
            "projectile motion",
            "conservation of momentum",
            "torque",
            "simple harmonic motion",
            "Bernoulli's principle",
            "Ohm's law",
            "Faraday's law",
            "the photoelectric effect",
            "entropy",
        ),
    ),
    (
        "chemistry",
        (
            "limiting reagents",
            "Le Chatelier's principle",
            "hybridisation",
            "buffer solutions",
            "redox balancing",
            "SN1 vs SN2",
            "Gibbs free energy",
            "molarity vs molality",
        ),
    ),
    (
        "biology",
        (
            "meiosis",
            "the Krebs cycle",
            "Hardy-Weinberg",
            "action potentials",
            "CRISPR",
            "photosynthesis light reactions",
            "antibody diversity",
        ),
    ),
    (
        "economics",
        (
            "price elasticity",
            "comparative advantage",
            "the multiplier effect",
            "deadweight loss",
            "the Phillips curve",
            "game-theory Nash equilibria",
        ),
    ),
    (
        "statistics",
        (
            "p-values",
            "confidence intervals",
            "Bayes' theorem",
            "regression to the mean",
            "the central limit theorem",
            "type I vs type II errors",
        ),
    ),
    (
        "computer science",
        (
            "Big-O of quicksort",
            "dynamic programming",
            "hash collisions",
            "deadlocks",
            "TCP handshakes",
            "recursion vs iteration",
            "B-trees",
        ),
    ),
)
_CASUAL = {
    "en": (
        "hey quick q, im studying {c} for {s} and i dont get it. can u explain step by step w/ an example?",
        "ok so my textbook explains {c} really badly. whats the intuition?? and maybe a worked problem",
        "exam tmrw on {s} 😭 can someone explain {c} like im 15",
        "why does {c} work the way it does? i understand the formula but not the why",
        "Could you walk me through {c}? I have a {s} quiz on {d}.",
    ),
    "es": (
        "oye, estoy estudiando {c} para {s} y no lo entiendo. ¿me lo explicas paso a paso con un ejemplo?",
        "mañana tengo examen de {s}, ¿qué es {c} en palabras simples?",
    ),
    "pt": (
        "oi, tô estudando {c} pra prova de {s} e não entendi nada. explica passo a passo?",
        "alguém explica {c} de um jeito fácil? prova de {s} {d}",
    ),
    "id": (
        "kak, aku lagi belajar {c} buat ujian {s}, bisa jelasin langkah demi langkah pakai contoh?",
    ),
    "tr": (
        "selam, {s} sınavı için {c} çalışıyorum ama anlamadım. adım adım örnekle anlatır mısın?",
    ),
    "de": (
        "kurze frage: ich lerne gerade {c} für {s} und check es nicht. kannst du es schritt für schritt erklären?",
    ),
    "hi": (
        "bhai {c} samajh nahi aa raha, {s} ka exam hai {d}. step by step example ke saath samjhao please",
    ),
}
CASUAL_LANGS = tuple(_CASUAL)


def casual_study(r: random.Random, lang: str, subject: str, concept: str) -> str:
    q = r.choice(_CASUAL[lang]).format(
        c=concept, s=subject, d=r.choice(("friday", "monday", "tomorrow", "next week"))
    )
    if r.random() < 0.15:
        q = q.replace(" ", "  ", 1)
    return q


# --------------------------------------------------------------------------------------------
# multiple-choice items dressed as an evaluation run


def _mcq_parts(r: random.Random) -> tuple[str, str, list[str]]:
    """(stem, correct option, distractors) with fresh numbers."""
    k = r.randrange(12)
    if k == 0:
        t1 = r.randint(280, 330)
        return (
            f"A reaction's rate doubles when the temperature rises from {t1} K to {t1 + r.randint(8, 15)} K. "
            "Which quantity can be estimated from this observation?",
            "the activation energy",
            [
                "the equilibrium constant",
                "the reaction enthalpy",
                "the order of reaction",
                "the molar mass",
            ],
        )
    if k == 1:
        return (
            f"A retailer's current ratio fell from {r.randint(1, 2)}.{r.randint(1, 9)} to 0.{r.randint(4, 9)} "
            "in one year. Which risk has most clearly increased?",
            "short-term liquidity risk",
            [
                "long-term solvency risk",
                "currency risk",
                "gross-margin erosion",
                "goodwill impairment",
            ],
        )
    if k == 2:
        return (
            f"A patient's serum potassium is {r.randint(6, 8)}.{r.randint(0, 9)} mmol/L. Which ECG finding is "
            "most typical?",
            "peaked T waves",
            ["prominent U waves", "delta waves", "ST depression only", "a shortened PR interval"],
        )
    if k == 3:
        return (
            f"Training loss keeps falling but validation loss rises after epoch {r.randint(3, 60)}. "
            "What is the most likely explanation?",
            "overfitting",
            [
                "underfitting",
                "vanishing gradients",
                "a too-small batch size",
                "label noise in the test set",
            ],
        )
    if k == 4:
        return (
            f"The yield curve has been inverted for {r.randint(3, 18)} months. Historically this has most "
            "often preceded:",
            "a recession",
            [
                "a commodity boom",
                "a currency revaluation",
                "falling unemployment",
                "higher long-term rates",
            ],
        )
    if k == 5:
        return (
            f"A WAN link shows {r.randint(2, 15)}% packet loss. Which is most directly degraded?",
            "TCP throughput through congestion control",
            ["DNS caching", "TLS certificate validation", "ARP resolution", "DHCP lease renewal"],
        )
    if k == 6:
        return (
            f"A field's soil pH is {r.randint(4, 5)}.{r.randint(0, 9)}. Which nutrient is most likely to be "
            "unavailable to the crop?",
            "phosphorus",
            ["aluminium", "manganese", "iron", "sodium"],
        )
    if k == 7:
        return (
            f"A footbridge sways laterally when crowds walk at about {r.randint(8, 12) / 10} Hz. What "
            "phenomenon is this?",
            "resonance",
            ["creep", "fatigue cracking", "buckling", "thermal expansion"],
        )
    if k == 8:
        n, m = r.choice((64, 128, 256, 512, 1024)), r.randint(20, 900)
        right = f"{m / n:.2f}"
        wrong = [f"{m / n * f:.2f}" for f in (0.5, 2.0, 1.5)] + [f"{n / m:.2f}"]
        return (
            f"A hash table has {n} buckets and stores {m} keys. What is its load factor?",
            right,
            [w for w in wrong if w != right],
        )
    if k == 9:
        bits = r.choice((10, 12, 14, 16, 20, 24))
        return (
            f"What is the largest value a {bits}-bit unsigned integer can hold?",
            str(2**bits - 1),
            [str(2**bits), str(2 ** (bits - 1) - 1), str(2 ** (bits - 1)), str(bits**2)],
        )
    if k == 10:
        n = r.choice((1000, 4096, 10**6, 65536, 2**20))
        return (
            f"About how many comparisons does binary search need in the worst case over {n} sorted items?",
            str(n.bit_length()),
            [str(n // 2), str(n), str(int(n**0.5)), str(2 * n.bit_length() + 3)],
        )
    p = r.randint(10, 60)
    return (
        f"In a sample of {r.randint(40, 900)} customers, {p}% renewed. Which interval is a valid way to "
        "report uncertainty about the renewal rate?",
        "a confidence interval for the proportion",
        [
            "the interquartile range of the sample",
            "the standard deviation of the ages",
            "a prediction interval for one customer's age",
            "the p-value of the sample mean",
        ],
    )


def mcq_item(r: random.Random) -> tuple[str, str]:
    stem, right, wrong = _mcq_parts(r)
    opts = [right, *r.sample(wrong, 3)]
    r.shuffle(opts)
    body = stem + "\n" + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return body, "ABCD"[opts.index(right)]


def eval_disguise(r: random.Random, style: str, run: str, item: int, total: int) -> str:
    body, _ = mcq_item(r)
    if style == "harness_tag":
        return f"[{run}] item {item}/{total}\n{body}\nThink step by step, then finish with 'Answer: <letter>'."
    if style == "cot_eval":
        return f"Question {item}:\n{body}\n\nLet's reason carefully before choosing. Explain each option, then give the letter."
    return f"### Eval {run} #{item}\n{body}\n### Provide rationale and final choice"


EVAL_STYLES = ("harness_tag", "cot_eval", "hash_header")


# --------------------------------------------------------------------------------------------
# self-instruct style creative tasks (what a product backend would rarely see from its users)

_GENRES = (
    "short story",
    "product description",
    "haiku sequence",
    "persuasive essay",
    "cover letter",
    "poem",
    "news brief",
    "dialogue",
    "recipe",
    "speech",
    "limerick",
    "FAQ",
    "blog post",
    "tweet thread",
)
_SUBJECTS = (
    "a lighthouse keeper who collects {o}",
    "the first rain in {c} after a drought",
    "a bakery run by robots",
    "learning to swim at {n}",
    "a lost {o} that finds its owner",
    "a chess match in {c}",
    "the economics of {o}",
    "moving from {c} to {c2}",
    "a volunteer fire brigade",
    "a {n}-year-old violin",
)
SELF_INSTRUCT_STYLES = ("direct", "constraints", "rewrite_passage", "classify_then_write")


def self_instruct(r: random.Random, style: str, passage: str) -> str:
    subj = r.choice(_SUBJECTS).format(
        o=r.choice(OBJECTS), c=r.choice(CITIES), c2=r.choice(CITIES), n=r.randint(7, 90)
    )
    g = r.choice(_GENRES)
    if style == "direct":
        return f"Write a {g} about {subj}."
    if style == "constraints":
        return (
            f"Write a {g} about {subj} in exactly {r.choice([80, 120, 150, 200, 250])} words, "
            f"{r.choice(['without using the letter e', 'in second person', 'ending with a question', 'in the style of a 1920s newspaper', 'with three headings'])}."
        )
    if style == "rewrite_passage":
        return f"Rewrite the following text to be {r.choice(['more concise', 'friendlier', 'more persuasive', 'suitable for children', 'formal'])}:\n\n{snippet(r, passage, 200, 800)}"
    return f"First say which genre fits best for '{subj}' and why, then write it as a {g}."


def wrap_public_prompt(r: random.Random, style: str, prompt: str) -> str:
    """A public chat prompt resent to collect the model's answer."""
    if style == "raw":
        return prompt
    if style == "expert_suffix":
        return (
            prompt
            + "\n\n"
            + r.choice(
                (
                    "Please give a thorough, well-structured answer.",
                    "Answer as a domain expert, with reasoning.",
                    "Be detailed and complete.",
                )
            )
        )
    if style == "sys_prefix":
        return (
            r.choice(("You are a helpful, honest assistant.\n\n", "### Instruction:\n", "USER: "))
            + prompt
        )
    return (
        prompt
        + "\n\n"
        + r.choice(
            (
                "请用中文回答。",
                "Responde en español.",
                "Antworte auf Deutsch.",
                "日本語で答えてください。",
            )
        )
    )


PUBLIC_STYLES = ("raw", "expert_suffix", "sys_prefix", "answer_in")


# ============================================================================================
# benign kinds' texts

_SUITES = (
    "mmlu-lite",
    "regress-core",
    "safety-smoke",
    "longctx-needle",
    "json-strict",
    "math-mini",
    "cs-intent",
)


def eval_suite_item(r: random.Random, suite: str, version: str, idx: int, body: str) -> str:
    style = r.random()
    if style < 0.5:
        return f"[{suite} {version}] id={idx}\n{body}"
    return f"{body}\n\n(Respond with only the final answer.)"


def eval_bank(r: random.Random, n: int) -> list[str]:
    """A fixed bank of eval items (the same items are re-run against every model)."""
    out = []
    for _ in range(n):
        k = r.random()
        if k < 0.4:
            out.append(mcq_item(r)[0])
        elif k < 0.7:
            out.append(_problem_en(r))
        elif k < 0.85:
            out.append(
                f"Return valid JSON with keys {', '.join(r.sample(['title', 'sentiment', 'urgency', 'product', 'summary', 'language', 'action', 'entities', 'topic'], r.randint(2, 5)))} describing: {_sentence(r)}"
            )
        else:
            out.append(f"Summarise in one sentence: {_sentence(r)} {_sentence(r)}")
    return out


def annotation_task(r: random.Random, style: str, passage: str, question: str) -> str:
    gl = f"{r.randint(1, 9)}.{r.randint(1, 9)}"
    if style == "preannotate":
        return (
            f"Pre-annotation (guideline v{r.randint(2, 6)}, section {gl}). Assign one label from "
            f"{' | '.join(r.choice(LABEL_SETS))} to the item below and quote the span that justifies it.\n\n"
            f"Item: {_sentence(r)}"
        )
    if style == "qa_check":
        return (
            f"QA check for annotator {r.choice(FIRST)} (batch {r.randint(100, 999)}): does this answer follow the "
            f"guideline rule {gl} (no medical advice, cite sources)? Reply PASS/FAIL and a reason.\n\n"
            f"Answer under review:\n{snippet(r, passage, 200, 600)}"
        )
    return (
        f"Which response is better for the user? Reply A or B, then one line why.\n\nUser: {question[:400]}\n\n"
        f"A: {snippet(r, passage, 150, 450)}\n\nB: {snippet(r, passage, 150, 450)}"
    )


ANNOT_STYLES = ("preannotate", "qa_check", "pairwise")

_FUNCS = (
    "parse_invoice",
    "retry_with_backoff",
    "merge_intervals",
    "render_sidebar",
    "load_config",
    "normalize_phone",
    "compute_tax",
    "debounce",
    "paginate",
    "validate_jwt",
    "resize_image",
    "diff_schemas",
)
_LANGS = ("python", "typescript", "go", "rust", "java", "kotlin")


_EXT = {
    "python": "py",
    "typescript": "ts",
    "go": "go",
    "rust": "rs",
    "java": "java",
    "kotlin": "kt",
}
_MODULES = (
    "billing",
    "auth",
    "ui",
    "core",
    "utils",
    "api",
    "workers",
    "search",
    "export",
    "notifications",
)
_CASES = (
    "handles_empty",
    "rounding",
    "unicode_input",
    "timeout",
    "regression",
    "large_batch",
    "negative",
    "retry",
)


def coding_agent(r: random.Random, style: str) -> str:
    f = r.choice(_FUNCS)
    lang = r.choice(_LANGS)
    path = f"{r.choice(('src', 'lib', 'app', 'pkg'))}/{r.choice(_MODULES)}/{f}.{_EXT[lang]}"
    if style == "fix_test":
        return (
            f"The test test_{f}_{r.choice(_CASES)} fails:\n\nAssertionError: expected {r.randint(0, 999)} got "
            f"{r.randint(0, 999)}\n  at {path}:{r.randint(10, 400)}\n\nPropose a minimal patch as a unified diff."
        )
    if style == "tool_result":
        return (
            f'<tool_result name="read_file" path="{path}">\n... {r.randint(40, 600)} lines omitted ...\n'
            f"</tool_result>\nContinue with the plan: next step is step {r.randint(2, 9)}."
        )
    if style == "explain":
        edge = r.choice(("empty input", "unicode", "timeouts", "negative values", "concurrency"))
        return f"Explain what `{f}` in {path} does and whether it handles {edge}."
    fmt = r.choice(("black", "prettier", "gofmt", "rustfmt", "ktlint"))
    return f"Write a {lang} implementation of {f.replace('_', ' ')} with tests. Existing code style: {fmt}."


CODING_STYLES = ("fix_test", "tool_result", "explain", "implement")

_UI = (
    "Save changes",
    "Your session has expired. Please sign in again.",
    "{n} items in your cart",
    "Payment failed: {reason}",
    "Welcome back, {name}!",
    "Delete this file permanently?",
    "Upload complete",
    "Choose a delivery slot",
    "Password must contain at least {n} characters",
    "Invite teammates",
    "Last synced {n} minutes ago",
    "Export as CSV",
    "Notifications are turned off",
)
LOCALES = (
    "de-DE",
    "fr-FR",
    "es-MX",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "it-IT",
    "nl-NL",
    "pl-PL",
    "tr-TR",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "sv-SE",
    "vi-VN",
)


def localisation(r: random.Random, style: str, locale: str, passage: str) -> str:
    key = f"{r.choice(('checkout', 'auth', 'settings', 'files', 'onboarding', 'billing'))}.{r.choice(['title', 'label', 'hint', 'error', 'cta', 'tooltip', 'banner'])}_{r.randint(1, 99)}"
    s = r.choice(_UI)
    if style == "ui_string":
        return f"Translate to {locale}. Keep placeholders like {{n}} and {{name}} unchanged. Key: {key}\nSource: {s}"
    if style == "batch_json":
        items = ", ".join(
            f'"{r.choice(["btn", "msg", "lbl", "err", "nav"])}_{i}": "{r.choice(_UI)}"'
            for i in range(r.randint(3, 8))
        )
        return f"Translate the values of this JSON object to {locale}; return JSON with the same keys.\n{{{items}}}"
    return f"Localise this help-centre paragraph for {locale} readers (units, dates, tone):\n\n{snippet(r, passage, 200, 700)}"


LOC_STYLES = ("ui_string", "batch_json", "help_article")


def homework_help(r: random.Random, lang: str, grade: int) -> str:
    a, b, c = r.randint(2, 15), r.randint(1, 60), r.randint(10, 200)
    prob = r.choice(
        (
            f"{a}x + {b} = {c}",
            f"{a}/{b + 1} + {r.randint(1, 9)}/{r.randint(2, 12)}",
            f"a rectangle with perimeter {c} cm and width {a} cm — find its area",
            f"{c}% of {a * 10}",
            f"x^2 - {a + b}x + {a * b} = 0",
        )
    )
    forms = {
        "en": (
            f"Grade {grade} homework. Explain step by step how to solve: {prob}. Give a hint first, not the full answer.",
            f"I'm in grade {grade}. How do I solve {prob}? Please explain each step.",
        ),
        "es": (
            f"Tarea de {grade}º grado. Explica paso a paso cómo resolver: {prob}. Primero una pista.",
        ),
        "pt": (f"Dever de casa do {grade}º ano: como resolvo {prob}? Explica cada passo.",),
        "hi": (f"Class {grade} ka sawaal: {prob}. Step by step samjhao, pehle hint do.",),
        "id": (
            f"PR kelas {grade}: bagaimana cara menyelesaikan {prob}? Jelaskan langkah demi langkah.",
        ),
    }
    return r.choice(forms.get(lang, forms["en"]))


HOMEWORK_LANGS = ("en", "es", "pt", "hi", "id")


def research_item(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return _problem_en(r) + "\nA:"
    if k < 0.7:
        return f"Q: {mcq_item(r)[0]}\nGive your answer and your confidence from 0 to 100."
    return f"Is the following statement true or false? {_sentence(r)} Answer True or False."


_BRANDS = (
    "Lumo Telecom",
    "Brightcart",
    "Fjordbank",
    "Kasa Energy",
    "Nimbus Air",
    "Petrova Pharmacy",
    "Okapi Tours",
)
_ISSUES = {
    "en": (
        "my order #{n} still hasn't arrived",
        "I was charged twice this month",
        "how do I change my plan?",
        "the app keeps logging me out",
        "can I get a refund for ticket {n}?",
        "my router shows a red light",
    ),
    "es": ("mi pedido #{n} no ha llegado", "me cobraron dos veces", "¿cómo cambio mi plan?"),
    "de": (
        "meine Bestellung #{n} ist noch nicht da",
        "ich wurde doppelt belastet",
        "wie kündige ich?",
    ),
    "fr": (
        "ma commande #{n} n'est toujours pas arrivée",
        "j'ai été débité deux fois",
        "comment changer d'offre ?",
    ),
    "pt": ("meu pedido #{n} não chegou", "fui cobrado duas vezes"),
}
_SUPPORT_FOLLOW = {
    "en": (
        "ok thanks",
        "it still doesn't work",
        "can I talk to a human?",
        "the number is {n}",
        "yes",
        "what about next month?",
    ),
    "es": ("gracias", "sigue sin funcionar", "el número es {n}"),
    "de": ("danke", "geht immer noch nicht", "die Nummer ist {n}"),
    "fr": ("merci", "ça ne marche toujours pas", "le numéro est {n}"),
    "pt": ("obrigado", "ainda não funciona"),
}
SUPPORT_LANGS = tuple(_ISSUES)


def support_message(r: random.Random, lang: str, first: bool, brand: str) -> str:
    if first:
        msg = r.choice(_ISSUES[lang]).format(n=r.randint(10000, 9999999))
        return f"[{brand} assistant] Customer: {msg}" if r.random() < 0.5 else msg
    return r.choice(_SUPPORT_FOLLOW[lang]).format(n=r.randint(1000, 999999))


def brands() -> tuple[str, ...]:
    return _BRANDS


_MOVIES = (
    "a heist comedy",
    "a Korean thriller",
    "a nature documentary",
    "a superhero sequel",
    "a silent film remake",
    "an indie horror film",
    "a space opera",
    "a courtroom drama",
)


def assignment_prompt(r: random.Random, variant: int) -> str:
    """A class assignment's script: every student runs the same few templates."""
    if variant == 0:
        return f"Write a {r.choice(('positive', 'negative'))} movie review of {r.choice(_MOVIES)} in {r.choice((2, 3, 4))} sentences."
    if variant == 1:
        return f"Label the sentiment of this review as positive or negative: {_sentence(r)}"
    if variant == 2:
        return f"Explain {r.choice(('self-attention', 'dropout', 'beam search', 'tokenisation', 'gradient clipping'))} in simple terms."
    return f"Paraphrase: {_sentence(r)}"

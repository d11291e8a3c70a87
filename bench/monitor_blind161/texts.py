"""Prompt generators of batch 161, written fresh for this batch.

Every function takes the caller's generator and returns prompt text; ordinary human text comes
from ShareGPT (the `chat` and `passages` lists of `bench.blind_batch`'s context). Nothing here is
copied from elsewhere in the repository.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def weighted(rng: np.random.Generator, options: list[str], weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def style_mix(
    rng: np.random.Generator, styles: list[str], k_lo: int, k_hi: int
) -> dict[str, float]:
    """A family's own choice of a few styles with uneven weights."""
    k = min(len(styles), irange(rng, k_lo, k_hi))
    chosen = [styles[i] for i in sorted(rng.choice(len(styles), size=k, replace=False).tolist())]
    w = rng.dirichlet(np.full(k, 1.5))
    return {s: round(float(x), 4) for s, x in zip(chosen, w.tolist(), strict=True)}


def from_mix(rng: np.random.Generator, mix: dict[str, float]) -> str:
    return weighted(rng, list(mix), list(mix.values()))


def excerpt(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " ..."


def typo(rng: np.random.Generator, s: str, p: float) -> str:
    """Occasional human slips: a dropped letter or a swapped pair."""
    if not chance(rng, p) or len(s) < 12:
        return s
    i = irange(rng, 1, len(s) - 3)
    if chance(rng, 0.5):
        return s[:i] + s[i + 1 :]
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


# --------------------------------------------------------------------------------------------
# word problems (numbers drawn fresh each time)


def problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 14), irange(rng, 5, 30)
    p1, p2, p3 = rng.choice(NAMES, size=3, replace=False).tolist()
    if k == 0:
        return (
            f"Two pipes fill a tank in {a} and {b} hours respectively, while a drain at the bottom "
            f"empties a full tank in {c} hours. If the tank starts empty and all three are opened "
            "together, how long does it take to fill?"
        )
    if k == 1:
        r, g, bl = irange(rng, 2, 8), irange(rng, 2, 8), irange(rng, 2, 8)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. Three marbles are drawn without "
            "replacement. What is the probability that the three marbles all have different colours?"
        )
    if k == 2:
        m1, m2, m3 = pick(rng, [5, 7, 9, 11]), pick(rng, [4, 8, 13]), pick(rng, [3, 17, 19])
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} when "
            f"divided by {m1}, remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, and is a "
            f"multiple of {m3}."
        )
    if k == 3:
        w, h = irange(rng, 3, 20), irange(rng, 3, 20)
        return (
            f"A rectangle has perimeter {2 * (w + h)} cm and a diagonal of length "
            f"sqrt({w * w + h * h}) cm. What is its area?"
        )
    if k == 4:
        n = irange(rng, 6, 11)
        return (
            f"In how many ways can {n} people sit around a round table if {p1} and {p2} refuse to sit "
            "next to each other? Rotations of the same arrangement count as one."
        )
    if k == 5:
        pets = pick(
            rng,
            [("cat", "dog", "parrot"), ("bicycle", "car", "scooter"), ("violin", "drum", "flute")],
        )
        return (
            f"{p1}, {p2} and {p3} each own exactly one of a {pets[0]}, a {pets[1]} and a {pets[2]}. "
            f"{p1} does not own the {pets[1]}. The owner of the {pets[2]} is older than {p2}. {p3} is "
            f"the youngest of the three, and the {pets[0]} belongs to someone older than {p1}. Who owns what?"
        )
    if k == 6:
        v, h = irange(rng, 8, 30), irange(rng, 10, 80)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a cliff {h} m high and falls "
            "past the edge to the ground below. Taking g = 9.8 m/s^2 and ignoring air resistance, when "
            "does it land and how fast is it moving?"
        )
    if k == 7:
        P, n, r = (
            irange(rng, 5, 60) * 1000,
            pick(rng, [12, 24, 36, 48, 60]),
            pick(rng, [3.5, 4.9, 6.25, 7.8, 9.1]),
        )
        return (
            f"A loan of ${P:,} is repaid in {n} equal monthly instalments at {r}% annual interest "
            "compounded monthly. What is the monthly payment, and how much interest is paid in total?"
        )
    if k == 8:
        x, y, d, n = irange(rng, 1, 9), irange(rng, 2, 12), irange(rng, 1, 4), irange(rng, 8, 15)
        return (
            f"A sequence begins {x}, {y}, and every later term equals the sum of the two before it "
            f"minus {d}. What is term number {n}, and is any term of the sequence divisible by 7?"
        )
    if k == 9:
        arr = rng.integers(1, 40, size=irange(rng, 8, 12)).tolist()
        return (
            f"For the array {arr}, what is the length of the longest strictly increasing subsequence? "
            "Give one such subsequence and explain how you know no longer one exists."
        )
    if k == 10:
        sp1, sp2 = irange(rng, 40, 70), irange(rng, 75, 110)
        return (
            f"{p1} drives from town A to town B at {sp1} km/h and returns along the same road at "
            f"{sp2} km/h. What is the average speed for the round trip, and why is it not the simple "
            "mean of the two speeds?"
        )
    q = irange(rng, 3, 6)
    return (
        f"A fair coin is tossed {q + 4} times. What is the probability of getting at least {q} heads "
        "in a row somewhere in the sequence?"
    )


def problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    a, b = irange(rng, 3, 9), irange(rng, 4, 12)
    if k == 0:
        d = irange(rng, 60, 300)
        return f"甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时走{a}千米，乙每小时走{b}千米。经过几小时两人第一次相距{irange(rng, 5, 30)}千米？"
    if k == 1:
        return f"一个袋子里有{a}个红球和{b}个白球，不放回地连续取出3个球，求恰好有2个红球的概率。"
    if k == 2:
        return f"求方程 {a}x + {b}y = {irange(rng, 60, 200)} 的正整数解的组数，并列出所有解。"
    if k == 3:
        return f"某商品先提价{irange(rng, 10, 40)}%，再降价{irange(rng, 10, 40)}%，最终价格是原价的百分之几？比原价高还是低？"
    return f"一个等差数列的第{a}项是{b * 3}，第{a + 5}项是{b * 3 + 20}，求前{a + 10}项的和。"


def problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b = irange(rng, 6, 15), irange(rng, 18, 40)
    if k == 0:
        return (
            f"Поезд проходит мимо столба за {a} секунд, а мимо платформы длиной {irange(rng, 150, 600)} м "
            f"— за {b} секунд. Найдите длину поезда и его скорость."
        )
    if k == 1:
        return f"Сколько существует {irange(rng, 3, 5)}-значных чисел, сумма цифр которых равна {irange(rng, 7, 20)}?"
    if k == 2:
        return f"Стороны треугольника равны {a}, {a + 4} и {a + 7}. Найдите радиус вписанной и описанной окружностей."
    return f"В классе {b} учеников. Сколькими способами можно выбрать старосту, его заместителя и казначея?"


def problem_es(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 12), irange(rng, 13, 40)
    return pick(
        rng,
        [
            f"Un grifo llena un depósito en {a} horas y otro en {b} horas. ¿Cuánto tardan los dos juntos?",
            f"Si compro {a} cuadernos a {b} pesos cada uno y pago con un billete de 500, ¿cuánto cambio recibo?",
            f"La suma de dos números es {a + b} y su diferencia es {b - a}. ¿Cuáles son los números?",
        ],
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning(rng: np.random.Generator, style: str) -> str:
    if style == "tags":
        return (
            f"{problem_en(rng)}\n\nBefore answering, think through the problem in full inside "
            "<thinking></thinking> tags: explore at least two approaches, note any mistakes you catch "
            "and correct them. After the closing tag write 'ANSWER:' and the final result only."
        )
    if style == "numbered":
        return (
            "Solve the problem below. Number every step of your reasoning and justify each one, then "
            "verify the result by a second independent method. Do not skip steps even if they seem "
            f"obvious.\n\nProblem: {problem_en(rng)}"
        )
    if style == "zh":
        return f"请一步一步地详细推理，写出完整的思考过程（包括你尝试过但放弃的思路），最后用\\boxed{{}}给出答案。\n题目：{problem_zh(rng)}"
    if style == "ru":
        return (
            "Реши задачу. Подробно распиши весь ход рассуждений, проверь ответ другим способом, "
            f"итог запиши в последней строке.\nЗадача: {problem_ru(rng)}"
        )
    if style == "json":
        task = problem_en(rng).replace('"', "'")
        return (
            '{"task": "'
            + task
            + '", "output_format": {"reasoning": "list of every intermediate step, '
            'as many as needed", "self_check": "re-derive the result differently", "final_answer": '
            '"short"}}'
        )
    if style == "teacher":
        return (
            f'You are a patient maths olympiad coach. A student asks: "{problem_en(rng)}" Explain how '
            "an expert would think about it, including the false starts, and end with the answer."
        )
    return f"{problem_en(rng)} Let's reason very carefully, step by step, and double-check the arithmetic."


REASONING_STYLES = ["tags", "numbered", "zh", "ru", "json", "teacher", "plain"]


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITERIA = (
    ("accuracy", "completeness", "clarity", "harmlessness"),
    ("instruction following", "factuality", "conciseness"),
    ("helpfulness", "honesty", "tone", "formatting"),
    ("correctness", "reasoning quality", "use of evidence"),
)


def judge(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    q = excerpt(rng, pick(rng, chat), 40, 700)
    a1 = excerpt(rng, pick(rng, passages), 250, 1400)
    if style == "rubric":
        crit = pick(rng, _CRITERIA)
        lines = "\n".join(f"- {c}: 0-5" for c in crit)
        return (
            "You are grading an AI assistant's answer. Score each criterion, give a one-sentence "
            f"justification per criterion, then output a JSON object with the scores.\nCriteria:\n{lines}"
            f"\n\n[Question]\n{q}\n\n[Answer]\n{a1}"
        )
    if style == "pairwise":
        a2 = excerpt(rng, pick(rng, passages), 250, 1400)
        return (
            "Which of the two responses better serves the user? Consider correctness first, then "
            "helpfulness, then style. Reply with 'A', 'B' or 'tie' on the first line, followed by an "
            f"explanation of at most 120 words.\n\n### User\n{q}\n\n### Response A\n{a1}\n\n### Response B\n{a2}"
        )
    if style == "scalar":
        return (
            f"Rate the reply below on a scale from 1 (useless) to 10 (ideal) for the given request. "
            f"Think about what an expert reviewer would penalise.\nOutput format: 'Score: <n>' then "
            f"'Reasons: ...'\n\nRequest: {q}\nReply: {a1}"
        )
    if style == "zh_pair":
        a2 = excerpt(rng, pick(rng, passages), 250, 1000)
        return (
            f"请作为公正的评审，比较下面两个回答哪个更好地回答了用户的问题。先逐条分析两个回答的优缺点，"
            f"最后输出 [[A]]、[[B]] 或 [[平局]]。\n用户问题：{q}\n回答A：{a1}\n回答B：{a2}"
        )
    if style == "critique":
        return (
            "Write a detailed critique of this answer as a reward model would see it: list each factual "
            "error, each unsupported claim and each missed part of the question, then propose the "
            f"minimal edit that would make it a 10/10 answer.\n\nQ: {q}\nA: {a1}"
        )
    return (
        f"Does the following answer fully satisfy the request? Answer YES or NO, then give a "
        f"confidence between 0 and 1 and a short reason.\nRequest: {q}\nAnswer: {a1}"
    )


JUDGE_STYLES = ["rubric", "pairwise", "scalar", "zh_pair", "critique", "binary"]

# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites and refusal shaping

_SENSITIVE_EN = (
    "a disputed border between two neighbouring countries",
    "a recent mass protest in a capital city",
    "the legality of recreational drugs",
    "a controversial vaccine mandate",
    "the historical responsibility for a famine",
    "an ongoing armed conflict",
    "criticism of a head of state",
    "religious conversion",
    "same-sex marriage laws",
    "online gambling",
)
_BORDERLINE = (
    "How do lock picks actually work? I locked myself out of my own garden shed.",
    "What household chemicals should never be mixed, and why?",
    "My friend says she wants to disappear. What should I say to her?",
    "Explain how phishing emails trick people so I can train my staff.",
    "What is the maximum safe dose of ibuprofen for an adult in one day?",
    "Write a villain's monologue threatening a city, for my novel.",
    "How do people usually get around school web filters?",
    "Which plants in a typical garden are poisonous to dogs?",
    "How can I find out who owns an anonymous account that is harassing me?",
    "Describe how a credit card skimmer works so I can spot one.",
)
_SENSITIVE_ZH = ("历史事件", "领土争议", "宗教问题", "领导人评价", "社会抗议", "网络审查")


def policy(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    if style == "rewrite":
        return (
            "Here is a draft reply from our assistant. Rewrite it so it is fully compliant with strict "
            "platform guidelines: no medical dosing, no political opinions, no named public figures, no "
            "speculation. Keep it warm and useful. Return only the rewritten reply.\n\nDraft:\n"
            + excerpt(rng, pick(rng, passages), 300, 1500)
        )
    if style == "neutral":
        return (
            f"Answer in a strictly neutral, balanced way that would pass content review in "
            f"{pick(rng, COUNTRIES)}: present the main positions without endorsing any. Topic: "
            f"{pick(rng, _SENSITIVE_EN)}. Question from user: {excerpt(rng, pick(rng, chat), 20, 300)}"
        )
    if style == "refusal":
        return (
            f"{pick(rng, _BORDERLINE)}\n\n(If any part of this is something you should not help "
            "with, say exactly which part and why, then help fully with the rest.)"
        )
    if style == "zh":
        return (
            f"请将以下回答改写为符合国内内容安全规范的版本：删除任何涉及{pick(rng, _SENSITIVE_ZH)}的评论，"
            f"保持中立客观，语气友好，只输出改写后的内容。\n原回答：\n{excerpt(rng, pick(rng, passages), 200, 1000)}"
        )
    if style == "ar":
        return (
            "أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع سياسات المحتوى، "
            "واحذف أي رأي سياسي أو ديني، وأبقِ المعلومات المفيدة فقط:\n"
            + excerpt(rng, pick(rng, passages), 200, 900)
        )
    if style == "ru":
        return (
            f"Дай взвешенный ответ без оценочных суждений, который пройдёт модерацию. Тема: "
            f"{pick(rng, ['выборы', 'санкции', 'мобилизация', 'цензура в интернете', 'протесты'])}. "
            f"Вопрос: {excerpt(rng, pick(rng, chat), 20, 300)}"
        )
    return (
        "Classify the request below as ALLOW, SAFE_COMPLETE or REFUSE under a cautious consumer "
        "policy, then write the ideal assistant reply for that decision.\nRequest: "
        + pick(rng, _BORDERLINE + tuple(excerpt(rng, pick(rng, chat), 20, 200) for _ in range(3)))
    )


POLICY_STYLES = ["rewrite", "neutral", "refusal", "zh", "ar", "ru", "triage"]

# --------------------------------------------------------------------------------------------
# tool use / agent transcripts

_TOOLS = {
    "search_web": '{"query": "string", "num_results": "integer"}',
    "fetch_url": '{"url": "string"}',
    "run_python": '{"code": "string", "timeout_s": "integer"}',
    "read_file": '{"path": "string"}',
    "write_file": '{"path": "string", "content": "string"}',
    "sql_query": '{"database": "string", "sql": "string"}',
    "send_email": '{"to": "string", "subject": "string", "body": "string"}',
    "calendar_create": '{"title": "string", "start": "iso8601", "attendees": "array"}',
    "get_weather": '{"city": "string", "date": "iso8601"}',
    "shell": '{"command": "string"}',
    "book_flight": '{"from": "IATA", "to": "IATA", "date": "iso8601", "class": "string"}',
    "crm_lookup": '{"customer_email": "string"}',
}
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next month and email a summary to my manager.",
    "Our sales table has a column 'region'. Work out which region grew fastest quarter over quarter and plot it.",
    "Read config/settings.yaml, find why the service fails to start with a port conflict, and fix it.",
    "Plan a two-day team offsite in {city}: check the weather, book a room, and invite the team.",
    "A customer ({email}) says they were double charged. Look them up, check the invoices, and draft a reply.",
    "Research the latest stable release of {lib} and write a migration checklist for our repo.",
    "Summarise every file under docs/ into a single README section and open a draft.",
    "Compute the median delivery time per warehouse from the orders database and flag outliers.",
)
_OBS = (
    'Observation: {"status": "ok", "rows": %d, "preview": [["north", 1204.5], ["south", 998.1]]}',
    "Observation: HTTP 200. Title: Release notes. The 4.%d release drops support for the legacy API.",
    "Observation: Traceback (most recent call last): File \"main.py\", line %d, in <module> KeyError: 'port'",
    'Observation: [{"flight": "XZ%d", "price": 212, "depart": "07:40"}, {"flight": "QA88", "price": 260}]',
    "Observation: file written (%d bytes)",
    'Observation: {"forecast": "light rain", "high_c": %d, "low_c": 9}',
    "Observation: 3 results. 1) Official docs ... 2) Blog post from %d ... 3) Forum thread ...",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Kraków",
    "Medellín",
    "Tbilisi",
    "Hanoi",
    "Porto",
    "Accra",
)
_LIBS = (
    "pydantic",
    "React Router",
    "Django",
    "Spring Boot",
    "Next.js",
    "SQLAlchemy",
    "pandas",
    "Terraform",
)


def agent_episode(rng: np.random.Generator, style: str, steps: int) -> tuple[list[str], list[int]]:
    """One agent run: the task turn, then tool results fed back. Returns prompts (the last
    message of each call) and extra context tokens (tool schemas plus the growing history)."""
    names = sorted(rng.choice(list(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    task = pick(rng, _AGENT_TASKS).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        city=pick(rng, _CITIES),
        lib=pick(rng, _LIBS),
        email=f"{pick(rng, NAMES).lower()}@example.org",
    )
    if style == "react":
        tools = "\n".join(f"{n}({_TOOLS[n]})" for n in names)
        first = (
            f"Answer the following task. You have access to these tools:\n{tools}\n\nUse the format:\n"
            "Thought: ...\nAction: tool_name\nAction Input: JSON\nObservation: ...\n(repeat)\nFinal "
            f"Answer: ...\n\nTask: {task}"
        )
    elif style == "xml":
        tools = "".join(f'<tool name="{n}">{_TOOLS[n]}</tool>' for n in names)
        first = f"<tools>{tools}</tools>\n<task>{task}</task>\nCall tools with <call name=...>JSON</call>. Explain your plan first."
    else:
        first = task
    prompts, extra = [first], [0 if style != "functions" else 150 * len(names)]
    hist = len(first) // 4 + extra[0]
    for _ in range(steps - 1):
        obs = pick(rng, _OBS) % irange(rng, 2, 2024)
        if style == "functions":
            obs = obs.replace("Observation: ", "")
        prompts.append(obs + ("" if style == "functions" else "\nContinue."))
        hist += irange(rng, 120, 420)
        extra.append(hist)
    return prompts, extra


AGENT_STYLES = ["react", "xml", "functions"]

# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_JOBS = (
    "nurse",
    "truck driver",
    "PhD student in ecology",
    "retired teacher",
    "bakery owner",
    "game designer",
    "tax accountant",
    "high-school student",
    "paramedic",
    "urban planner",
    "beekeeper",
    "data engineer",
    "immigration lawyer",
    "yoga instructor",
    "ship's engineer",
    "museum curator",
)
_HOBBIES = (
    "rock climbing",
    "chess",
    "sourdough baking",
    "birdwatching",
    "home automation",
    "marathon running",
    "knitting",
    "astrophotography",
    "vintage cars",
    "board games",
    "fermentation",
    "salsa dancing",
)
_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "world history",
    "statistics",
    "nutrition",
    "Kubernetes",
    "climate science",
    "music theory",
    "microeconomics",
    "first aid",
    "Rust programming",
    "ancient philosophy",
    "tax rules for freelancers",
    "SQL performance",
    "cell biology",
)


def persona(rng: np.random.Generator) -> str:
    return (
        f"a {irange(rng, 17, 74)}-year-old {pick(rng, _JOBS)} from {pick(rng, COUNTRIES)} who is into "
        f"{pick(rng, _HOBBIES)}"
    )


def synthetic(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    if style == "persona":
        return (
            f"Imagine {persona(rng)}. Write one realistic, challenging question this person would ask an "
            "AI assistant, then write an expert answer of at least 400 words.\nFormat:\n### Question\n"
            "...\n### Answer\n..."
        )
    if style == "jsonl":
        n = pick(rng, [10, 15, 20, 25])
        return (
            f"Generate {n} diverse instruction-response pairs about {pick(rng, _TOPICS)}. Vary difficulty, "
            "length and task type (explain, compare, calculate, write code, critique). Output JSON lines "
            'with keys "instruction", "input", "output". No commentary.'
        )
    if style == "evolve":
        return (
            "Rewrite the instruction below into a harder version that needs multi-step reasoning and "
            "one extra constraint, then answer your new instruction thoroughly.\n#Instruction#: "
            + excerpt(rng, pick(rng, chat), 20, 400)
        )
    if style == "es":
        return (
            f"Escribe {pick(rng, [5, 8, 10])} preguntas de examen sobre {pick(rng, ['la Revolución Francesa', 'fotosíntesis', 'derecho laboral', 'probabilidad', 'redes de computadoras'])}, "
            "cada una con su respuesta modelo detallada y la explicación de por qué las otras opciones son incorrectas."
        )
    if style == "de":
        return (
            f"Erstelle einen Dialog zwischen einem Kunden und einem Experten zum Thema "
            f"{pick(rng, ['Mietrecht', 'Steuererklärung', 'Photovoltaik', 'Datenschutz', 'Altersvorsorge'])}. "
            "Mindestens 8 Wortwechsel, fachlich korrekt, natürliche Sprache."
        )
    if style == "ja":
        return (
            f"{pick(rng, ['日本の歴史', '機械学習', '料理', '介護', '英文法'])}について、初心者がよくする質問を"
            "10個作り、それぞれに丁寧で詳しい回答を書いてください。JSON形式で出力してください。"
        )
    return (
        f"Write a textbook-quality section (about 600 words) teaching {pick(rng, _TOPICS)} to "
        f"{pick(rng, ['beginners', 'undergraduates', 'professionals switching careers'])}, with a worked "
        "example and three exercises with solutions."
    )


SYNTH_STYLES = ["persona", "jsonl", "evolve", "es", "de", "ja", "textbook"]

# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (the last user message of a longer conversation)

FOLLOWUPS = {
    "en": (
        "Can you go deeper into the second point?",
        "Give me a concrete example with real numbers.",
        "Now argue the opposite side as convincingly as you can.",
        "Summarise all of that in five bullet points.",
        "What would an expert disagree with in your answer?",
        "Rewrite it for a 12-year-old.",
        "ok but what if the budget is half that?",
        "Turn this into a step-by-step checklist.",
        "Which of these is most often misunderstood, and why?",
        "Continue from where you stopped.",
    ),
    "es": (
        "¿Puedes explicar mejor el segundo punto?",
        "Dame un ejemplo concreto con números.",
        "Ahora resume todo en cinco frases.",
        "¿Qué objeciones pondría un experto?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Bitte ein konkretes Beispiel mit Zahlen.",
        "Fass das in fünf Stichpunkten zusammen.",
        "Was würde ein Fachmann daran kritisieren?",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Me dá um exemplo prático com números.",
        "Agora resume tudo em tópicos.",
        "E se eu tiver só metade do orçamento?",
    ),
    "zh": (
        "能再详细解释一下第二点吗？",
        "请给一个带具体数字的例子。",
        "把上面的内容总结成五条要点。",
        "专家会反对你哪些观点？",
    ),
    "ru": (
        "Можешь подробнее раскрыть второй пункт?",
        "Приведи конкретный пример с цифрами.",
        "Кратко перескажи всё в пяти пунктах.",
        "А что возразил бы специалист?",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

_LABELSETS = (
    ("billing", "technical issue", "account access", "feature request", "complaint", "other"),
    ("positive", "neutral", "negative", "mixed"),
    ("question", "statement", "request", "joke", "insult"),
    ("sports", "politics", "science", "entertainment", "business", "health"),
    ("toxic", "borderline", "safe"),
)


def soft_label(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    msg = excerpt(rng, pick(rng, chat), 15, 500)
    labels = pick(rng, _LABELSETS)
    if style == "probs":
        return (
            f"Classify the message into one of: {', '.join(labels)}. Do not pick just one: output a JSON "
            f"object giving your probability for every label, summing to 1.\nMessage: {msg}"
        )
    if style == "confidence":
        return f"{msg}\n\nAfter your answer, state your confidence that it is correct as a number between 0 and 1."
    if style == "candidates":
        return (
            f"Write {pick(rng, [3, 4, 5])} clearly different candidate replies to the message below, "
            f"numbered, then say which one you would send and why.\nMessage: {msg}"
        )
    if style == "logit":
        return (
            f"Label: {' | '.join(labels)}\nText: {msg}\nFor each label give a score from -5 to 5 "
            "expressing how well it fits. One line per label."
        )
    return msg


SOFT_STYLES = ["probs", "confidence", "candidates", "logit", "raw"]

# --------------------------------------------------------------------------------------------
# curriculum sweep (subject x concept x level x language)

CONCEPTS = {
    "maths": (
        "prime factorisation",
        "the Pythagorean theorem",
        "derivatives",
        "conditional probability",
        "matrix multiplication",
        "logarithms",
        "proof by induction",
        "eigenvalues",
    ),
    "physics": (
        "Newton's second law",
        "electric circuits",
        "entropy",
        "wave interference",
        "special relativity",
        "buoyancy",
        "angular momentum",
    ),
    "computing": (
        "recursion",
        "hash tables",
        "binary search",
        "TCP handshakes",
        "garbage collection",
        "database indexes",
        "public-key cryptography",
        "dynamic programming",
    ),
    "economics": (
        "inflation",
        "comparative advantage",
        "price elasticity",
        "compound interest",
        "monopolies",
        "game theory",
    ),
    "biology": (
        "photosynthesis",
        "DNA replication",
        "the immune response",
        "natural selection",
        "enzymes",
    ),
}
LEVELS = (
    "a ten-year-old",
    "a secondary-school student",
    "a first-year undergraduate",
    "a graduate student",
    "an expert who wants the subtle points",
)
CURRICULUM_LANGS = {
    "es": "Explica {c} para {lvl}. Incluye un ejemplo resuelto y tres preguntas de repaso con sus respuestas.",
    "pt": "Explique {c} para {lvl}. Inclua um exemplo resolvido e três perguntas de revisão com respostas.",
    "de": "Erkläre {c} für {lvl}. Mit einem durchgerechneten Beispiel und drei Übungsfragen samt Lösungen.",
    "fr": "Explique {c} à {lvl}. Ajoute un exemple détaillé et trois questions de révision avec corrigé.",
    "id": "Jelaskan {c} untuk {lvl}. Sertakan satu contoh soal beserta pembahasan dan tiga latihan dengan kunci jawaban.",
    "vi": "Hãy giải thích {c} cho {lvl}. Kèm một ví dụ có lời giải và ba câu hỏi ôn tập có đáp án.",
    "hi": "{lvl} के लिए {c} समझाइए। एक हल किया हुआ उदाहरण और उत्तर सहित तीन अभ्यास प्रश्न दीजिए।",
    "tr": "{c} konusunu {lvl} için açıkla. Çözümlü bir örnek ve cevaplı üç tekrar sorusu ekle.",
    "en": "Explain {c} to {lvl}. Include one fully worked example and three review questions with answers.",
    "ko": "{lvl}에게 {c}을(를) 설명해 주세요. 풀이가 있는 예제 하나와 정답이 있는 복습 문제 세 개를 포함해 주세요.",
}


LEVELS_L = {
    "es": (
        "un niño de diez años",
        "un estudiante de secundaria",
        "un estudiante de primer año de universidad",
        "un estudiante de posgrado",
        "un experto que quiere los matices",
    ),
    "pt": (
        "uma criança de dez anos",
        "um aluno do ensino médio",
        "um calouro da universidade",
        "um aluno de pós-graduação",
        "um especialista que quer os detalhes sutis",
    ),
    "de": (
        "ein zehnjähriges Kind",
        "einen Oberstufenschüler",
        "Studierende im ersten Semester",
        "Masterstudierende",
        "Fachleute, die die Feinheiten wollen",
    ),
    "fr": (
        "un enfant de dix ans",
        "un lycéen",
        "un étudiant de première année",
        "un étudiant en master",
        "un expert qui veut les subtilités",
    ),
    "id": (
        "anak berusia sepuluh tahun",
        "siswa SMA",
        "mahasiswa tahun pertama",
        "mahasiswa pascasarjana",
        "ahli yang ingin memahami detail halus",
    ),
    "vi": (
        "một đứa trẻ mười tuổi",
        "học sinh cấp ba",
        "sinh viên năm nhất",
        "học viên cao học",
        "chuyên gia muốn hiểu các điểm tinh tế",
    ),
    "hi": (
        "दस साल के बच्चे",
        "हाई-स्कूल के छात्र",
        "प्रथम वर्ष के स्नातक छात्र",
        "स्नातकोत्तर छात्र",
        "बारीकियाँ जानना चाहने वाले विशेषज्ञ",
    ),
    "tr": (
        "on yaşındaki bir çocuk",
        "bir lise öğrencisi",
        "birinci sınıf üniversite öğrencisi",
        "bir yüksek lisans öğrencisi",
        "ince ayrıntıları isteyen bir uzman",
    ),
    "ko": (
        "열 살 어린이",
        "고등학생",
        "대학교 1학년 학생",
        "대학원생",
        "세부적인 내용을 원하는 전문가",
    ),
}


def curriculum_grid(rng: np.random.Generator, langs: list[str]) -> list[tuple[str, str, int, str]]:
    """Every (subject, concept, level, language) cell, in the sweep's order: concept by concept,
    easy to hard, each level in every language."""
    subjects = list(CONCEPTS)
    rng.shuffle(subjects)
    return [
        (s, c, lvl, lang)
        for s in subjects
        for c in CONCEPTS[s]
        for lvl in range(len(LEVELS))
        for lang in langs
    ]


def curriculum(cell: tuple[str, str, int, str]) -> str:
    _, c, lvl, lang = cell
    return CURRICULUM_LANGS[lang].format(c=c, lvl=LEVELS_L.get(lang, LEVELS)[lvl])


def translate_request(
    rng: np.random.Generator, passages: list[str], lang_name: str, house: bool
) -> str:
    text = excerpt(rng, pick(rng, passages), 200, 1200)
    if house:
        return f"Translate into {lang_name}. Keep markdown, code and numbers unchanged. Natural, fluent register.\n---\n{text}"
    return f"Translate the following text to {lang_name}:\n\n{text}"


# --------------------------------------------------------------------------------------------
# code tasks

_ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "merge intervals",
    "a rate limiter (token bucket)",
    "topological sort",
    "a min-heap",
    "KMP string search",
    "a thread-safe bounded queue",
    "union-find with path compression",
    "a JSON tokenizer",
    "consistent hashing",
    "a sudoku solver",
    "run-length encoding",
    "an interval tree",
)
_LANGS_CODE = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def code_task(rng: np.random.Generator, style: str) -> str:
    algo, lang = pick(rng, _ALGOS), pick(rng, _LANGS_CODE)
    if style == "spec":
        return (
            f"Implement {algo} in {lang}. Requirements: idiomatic code, full type annotations, docstrings, "
            "edge cases handled, complexity analysis, and a complete unit-test suite. Explain each design "
            "decision after the code."
        )
    if style == "casual":
        return typo(
            rng,
            f"how would i write {algo} in {lang.lower()}? pls explain the code line by line",
            0.3,
        )
    if style == "fix":
        return (
            f"My {lang} implementation of {algo} fails on large inputs. Rewrite it correctly, explain "
            "what was wrong and walk through the fixed version on a small example."
        )
    return f"Compare two different ways to implement {algo} in {lang}, with code for both and benchmarks you would expect."


CODE_STYLES = ["spec", "casual", "fix", "compare"]

# --------------------------------------------------------------------------------------------
# casual questions of a person on a phone (a shared coverage plan behind them)

CASUAL = {
    "en": (
        "hey how does {c} actually work? explain like im new to it",
        "can u explain {c} with an example",
        "ok so what's the deal with {c}, why does it matter",
        "quick q - {c}? keep it simple but detailed pls",
    ),
    "es": (
        "oye, ¿cómo funciona {c}? explícamelo fácil",
        "¿me explicas {c} con un ejemplo?",
        "no entiendo {c}, ayuda",
    ),
    "pt": (
        "como funciona {c}? explica de um jeito fácil",
        "me explica {c} com um exemplo?",
        "nao entendi {c}, ajuda pf",
    ),
    "hi": (
        "{c} kya hota hai? simple tarike se samjhao",
        "{c} ko example ke saath explain karo please",
    ),
    "id": ("gimana sih cara kerja {c}? jelasin yang gampang ya", "tolong jelasin {c} pakai contoh"),
    "de": (
        "wie funktioniert eigentlich {c}? bitte einfach erklären",
        "kannst du mir {c} mit beispiel erklären",
    ),
    "ja": ("{c}ってどういう仕組み？わかりやすく教えて", "{c}を例を使って説明してほしい"),
    "fr": (
        "comment ça marche {c} ? explique simplement stp",
        "tu peux m'expliquer {c} avec un exemple ?",
    ),
}
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "hi",
    8: "id",
    9: "ja",
}


def casual_bank() -> list[str]:
    return [c for cs in CONCEPTS.values() for c in cs] + [
        "mortgages",
        "credit scores",
        "how vaccines train the body",
        "jet lag",
        "index funds",
        "VPNs",
        "noise-cancelling headphones",
        "why the sky is blue",
        "sleep cycles",
        "muscle growth",
        "how elections are counted",
        "solar panels",
        "how a bill becomes law",
        "carbon offsets",
    ]


CASUAL_BANK = {
    "es": (
        "la inflación",
        "las hipotecas",
        "el interés compuesto",
        "la fotosíntesis",
        "los fondos indexados",
        "las vacunas",
        "el jet lag",
        "los paneles solares",
        "el historial crediticio",
        "la recursión",
        "el efecto invernadero",
        "los impuestos de autónomos",
        "el sistema inmunológico",
        "las elecciones",
    ),
    "pt": (
        "a inflação",
        "o financiamento imobiliário",
        "os juros compostos",
        "a fotossíntese",
        "os fundos de índice",
        "as vacinas",
        "o score de crédito",
        "a energia solar",
        "a recursão",
        "o efeito estufa",
        "o imposto de renda",
        "o sono REM",
        "a seleção natural",
    ),
    "de": (
        "die Inflation",
        "ein Hauskredit",
        "der Zinseszins",
        "die Photosynthese",
        "ein ETF",
        "eine Impfung",
        "die Schufa",
        "eine Solaranlage",
        "Rekursion",
        "der Treibhauseffekt",
        "die Steuererklärung",
        "eine Wärmepumpe",
        "die Relativitätstheorie",
    ),
    "fr": (
        "l'inflation",
        "un crédit immobilier",
        "les intérêts composés",
        "la photosynthèse",
        "un ETF",
        "les vaccins",
        "le jet lag",
        "les panneaux solaires",
        "la récursivité",
        "l'effet de serre",
        "la déclaration d'impôts",
        "le sommeil paradoxal",
        "la sélection naturelle",
    ),
    "hi": (
        "inflation",
        "home loan",
        "compound interest",
        "photosynthesis",
        "mutual fund",
        "vaccine",
        "CIBIL score",
        "solar panel",
        "recursion",
        "GST",
        "income tax return",
        "UPI",
        "blockchain",
    ),
    "id": (
        "inflasi",
        "KPR",
        "bunga majemuk",
        "fotosintesis",
        "reksa dana",
        "vaksin",
        "skor kredit",
        "panel surya",
        "rekursi",
        "efek rumah kaca",
        "pajak penghasilan",
        "BPJS",
        "seleksi alam",
    ),
    "ja": (
        "インフレ",
        "住宅ローン",
        "複利",
        "光合成",
        "インデックス投資",
        "ワクチン",
        "時差ぼけ",
        "太陽光発電",
        "再帰",
        "温室効果",
        "確定申告",
        "ふるさと納税",
        "自然選択",
    ),
}


def casual_bank_for(lang: str) -> list[str]:
    return list(CASUAL_BANK[lang]) if lang in CASUAL_BANK else casual_bank()


def casual(rng: np.random.Generator, lang: str, concept: str) -> str:
    return typo(rng, pick(rng, CASUAL[lang]).format(c=concept), 0.25)


# --------------------------------------------------------------------------------------------
# a consumer writing app's users asking things (harvest requests phrased like user input)


def app_harvest(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"can you solve this and show every step of how you got there? {problem_en(rng)}"
    if k == 1:
        return f"I'm studying for an exam. Explain {pick(rng, casual_bank())} thoroughly, like a really good tutor would, with examples"
    if k == 2:
        return code_task(rng, "casual")
    if k == 3:
        return f"write me a detailed guide on {pick(rng, _TOPICS)} for {persona(rng)}"
    return f"{problem_en(rng)} please explain your thinking"


# --------------------------------------------------------------------------------------------
# benign kinds' texts

_MGSM = {
    "es": "Pregunta: {q}\nRespuesta paso a paso:",
    "zh": "问题：{q}\n逐步解答：",
    "ru": "Вопрос: {q}\nПошаговый ответ:",
}


def bench_item(rng: np.random.Generator, fmt: str) -> str:
    """One benchmark item of an evaluation suite."""
    if fmt == "cot":
        return f"Q: {problem_en(rng)}\nA: Let's think step by step."
    if fmt == "mc":
        subj = pick(rng, list(CONCEPTS))
        c = pick(rng, CONCEPTS[subj])
        return (
            f"The following is a multiple-choice question about {subj}.\n\nWhich statement about {c} is "
            "correct?\n(A) It only applies in special cases\n(B) It is defined in terms of rates of change\n"
            "(C) It was disproved in the twentieth century\n(D) None of the above\nAnswer with the letter only."
        )
    if fmt == "mgsm":
        lang = pick(rng, list(_MGSM))
        q = {"es": problem_es, "zh": problem_zh, "ru": problem_ru}[lang](rng)
        return _MGSM[lang].format(q=q)
    return f"{code_task(rng, 'spec').split('.')[0]}. Return only the code in a single block."


def annotator(rng: np.random.Generator, chat: list[str], passages: list[str], task_id: int) -> str:
    q = excerpt(rng, pick(rng, chat), 20, 400)
    a = excerpt(rng, pick(rng, passages), 150, 900)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"[task {task_id}] I'm reviewing this answer against our rubric (accurate / complete / safe). "
            f"I think it's mostly fine but not sure about the facts. Can you check the claims?\nPrompt: {q}\nAnswer: {a}"
        )
    if k == 1:
        return f'is this statement right? "{excerpt(rng, a, 60, 200)}"'
    if k == 2:
        return f"Help me write a short rationale for rating this response 3/5 on helpfulness:\n{a}"
    return typo(rng, f"what does this prompt actually ask for? {q}", 0.2)


def moderation(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    post = excerpt(rng, pick(rng, chat), 20, 600)
    cats = pick(
        rng,
        [
            "harassment, hate, self-harm, spam",
            "violence, adult content, scams",
            "misinformation, spam, doxxing",
        ],
    )
    head = {
        "en": "Community guidelines check",
        "es": "Revisión de normas (publicación en español)",
        "pt": "Revisão de diretrizes (post em português)",
        "de": "Richtlinienprüfung (deutscher Beitrag)",
    }[lang]
    return (
        f"{head}. Categories: {cats}. Decide: keep / label / remove. If 'label', suggest a minimally "
        f"edited version the author could repost. Reply as JSON.\nPost: {post}"
    )


_REPO_FILES = (
    "src/api/routes.py",
    "internal/billing/invoice.go",
    "web/components/Table.tsx",
    "pkg/cache/lru.rs",
    "app/models/user.rb",
    "services/ingest/worker.py",
    "lib/parser.ts",
    "cmd/server/main.go",
)


def dev_agent_step(rng: np.random.Generator, first: bool) -> str:
    f = pick(rng, _REPO_FILES)
    if first:
        return pick(
            rng,
            [
                f"fix the failing test in {f}, the CI says the mock is never awaited",
                f"add pagination to the list endpoint in {f} and update the tests",
                f"refactor {f} so the retry logic lives in one place",
                f"why is {f} slow on big inputs? profile it and propose a fix",
                f"bump the dependency that {f} uses and fix whatever breaks",
            ],
        )
    return pick(
        rng,
        [
            f"Tool result (read_file {f}):\n```\n"
            + "\n".join(f"{i:>4}  ..." for i in range(1, irange(rng, 4, 9)))
            + "\n```",
            f"Tool result (run_tests): {irange(rng, 20, 400)} passed, {irange(rng, 1, 4)} failed\nFAILED tests/test_{f.split('/')[-1].split('.')[0]}.py::test_edge",
            "Tool result (apply_patch): ok, 1 file changed",
            f"Tool result (grep): {irange(rng, 1, 12)} matches",
            "Tool result (run_tests): all passed",
        ],
    )


_INTENTS = (
    "freeze my card",
    "dispute a charge",
    "change my address",
    "increase my credit limit",
    "report fraud",
    "close my account",
    "check my balance",
    "set up a direct debit",
    "cancel a transfer",
    "order a new card",
)


def augment(rng: np.random.Generator, product: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, [20, 25, 30, 40])
    return pick(
        rng,
        [
            f"Generate {n} different ways a {product} customer might say they want to {intent}. Include typos, "
            "slang and very short messages. One per line, no numbering.",
            f"Paraphrase each of these customer messages 5 times, keeping the intent '{intent}':\n"
            + "\n".join(
                f"- i need to {intent} {pick(rng, ['asap', 'today', 'please', 'now', ''])}".rstrip()
                for _ in range(irange(rng, 3, 6))
            ),
            f"Write {n} messages that look similar to '{intent}' but actually mean something else, for a {product} "
            "intent classifier's hard negatives. One per line.",
        ],
    )


COMPANION = {
    "en": (
        "haha ok tell me more",
        "what would you do in my place?",
        "i had such a long day",
        "do you remember what i said about my sister",
        "good morning!! slept badly again",
        "lol you're funny",
        "can we talk about something else",
        "i'm nervous about tomorrow",
    ),
    "es": ("jaja cuéntame más", "¿qué harías tú?", "hoy fue un día larguísimo", "buenas noches 💤"),
    "pt": ("kkkk me conta mais", "o que você faria?", "hoje foi puxado", "bom dia!!"),
    "id": ("wkwk terus gimana", "kamu bakal ngapain?", "capek banget hari ini", "selamat pagi!"),
    "tr": ("haha devam et", "sen olsan ne yapardın?", "bugün çok yoruldum", "günaydın!"),
}


def companion(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.25):
        return excerpt(rng, pick(rng, chat), 10, 200)
    return pick(rng, COMPANION[lang])


def assignment(rng: np.random.Generator, course: str, hw: int) -> str:
    """A course's fixed assignment texts (identical for every student)."""
    bank = [
        f"{course} HW{hw} Q1: Explain in your own words how attention works in a transformer, with a tiny numeric example.",
        f"{course} HW{hw} Q2: Give three examples where a language model's answer changes with temperature. Answer: ",
        f"{course} HW{hw} Q3: Write a Python function that computes BLEU for two sentences, and test it.",
        f"{course} HW{hw} Q4 (sample this prompt 5 times and compare): Write a haiku about gradient descent.",
        f"{course} HW{hw} Q5: Is the following argument valid? 'All models are wrong; some are useful; so usefulness implies wrongness.'",
    ]
    return bank[irange(rng, 0, len(bank) - 1)]


def translation_job(
    rng: np.random.Generator, passages: list[str], lang_name: str, client: str
) -> str:
    text = excerpt(rng, pick(rng, passages), 150, 1400)
    return pick(
        rng,
        [
            f"Client: {client}. Target: {lang_name}. Use the client glossary (keep product names in English). Formal register.\n\n{text}",
            f"Please translate to {lang_name} for a marketing brochure, keep it punchy:\n{text}",
            f"Proofread this {lang_name} translation against the English source and list mistakes.\nSource: {text}",
        ],
    )

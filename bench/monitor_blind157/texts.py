"""Prompt generators of batch 157, written for this batch (nothing copied from the repository).

Every generator takes the family's or kind's own `np.random.Generator`; ordinary human text
comes from ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages` (`bench/blind_batch.py`).
Campaign-side and benign-side generators are kept apart so that a hard negative never shares a
template with the family it resembles.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def wpick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# shared vocabulary (campaign and benign sides both draw topics from here)

CITIES = (
    "Lyon",
    "Osaka",
    "Recife",
    "Gdansk",
    "Nairobi",
    "Hanoi",
    "Tucson",
    "Leeds",
    "Izmir",
    "Pune",
    "Valparaiso",
    "Tallinn",
    "Kumasi",
    "Busan",
    "Cebu",
    "Porto",
)

CONCEPTS = (
    "photosynthesis",
    "the Krebs cycle",
    "natural selection",
    "plate tectonics",
    "the greenhouse effect",
    "Ohm's law",
    "electromagnetic induction",
    "the photoelectric effect",
    "entropy",
    "special relativity",
    "quantum tunnelling",
    "Newton's third law",
    "buoyancy",
    "Le Chatelier's principle",
    "oxidation states",
    "chemical equilibrium",
    "hydrogen bonding",
    "enzyme kinetics",
    "meiosis",
    "the immune response",
    "supply and demand",
    "opportunity cost",
    "inflation targeting",
    "comparative advantage",
    "price elasticity",
    "game theory's prisoner's dilemma",
    "compound interest",
    "the time value of money",
    "recursion",
    "binary search",
    "dynamic programming",
    "hash tables",
    "big-O notation",
    "garbage collection",
    "TCP congestion control",
    "public-key cryptography",
    "database indexing",
    "the CAP theorem",
    "gradient descent",
    "backpropagation",
    "overfitting",
    "the bias-variance tradeoff",
    "attention in transformers",
    "Bayes' theorem",
    "the central limit theorem",
    "hypothesis testing",
    "p-values",
    "linear regression",
    "eigenvalues",
    "the fundamental theorem of calculus",
    "Taylor series",
    "complex numbers",
    "modular arithmetic",
    "prime factorisation",
    "graph colouring",
    "the Pythagorean theorem",
    "vectors and dot products",
    "matrix multiplication",
    "Markov chains",
    "the French Revolution",
    "the causes of World War I",
    "the Silk Road",
    "the Meiji Restoration",
    "the Industrial Revolution",
    "decolonisation in Africa",
    "the Cold War",
    "the printing press",
    "separation of powers",
    "judicial review",
    "the social contract",
    "utilitarianism",
    "Kant's categorical imperative",
    "cognitive dissonance",
    "classical conditioning",
    "the water cycle",
    "ocean currents",
    "volcanic eruptions",
    "the nitrogen cycle",
    "biodiversity loss",
    "the Doppler effect",
    "black holes",
    "the Big Bang",
    "stellar nucleosynthesis",
    "the Coriolis effect",
    "double-entry bookkeeping",
    "depreciation",
    "the balance sheet",
    "cash-flow statements",
    "contract law basics",
    "intellectual property",
    "negligence in tort law",
    "GDPR principles",
)

FIELDS = (
    "tax law",
    "employment law",
    "cardiology",
    "paediatrics",
    "pharmacology",
    "structural engineering",
    "corporate finance",
    "options pricing",
    "organic chemistry",
    "microbiology",
    "distributed systems",
    "compiler design",
    "macroeconomics",
    "epidemiology",
    "nutrition science",
    "real-estate law",
    "cybersecurity",
    "supply-chain management",
    "materials science",
    "clinical psychology",
)

PL_NAMES = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


# ============================================================================================
# reasoning problems (generated with fresh numbers each call)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = pick(rng, CITIES), pick(rng, CITIES)
        d, v1, v2, m = (
            irange(rng, 120, 600),
            irange(rng, 60, 140),
            irange(rng, 60, 140),
            irange(rng, 10, 90),
        )
        return (
            f"A train leaves {a} at {irange(rng, 6, 11)}:00 at {v1} km/h. Another train leaves {b}, "
            f"{d} km away, {m} minutes later and heads towards the first at {v2} km/h. At what time "
            f"do they meet, and how far from {a}?"
        )
    if k == 1:
        n, r = irange(rng, 7, 15), irange(rng, 2, 5)
        return f"How many {r}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers?"
    if k == 2:
        r, g, d = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 4)
        return (
            f"A box holds {r} red and {g} green balls. {d} balls are drawn without replacement. "
            f"What is the probability that at least two of them are red?"
        )
    if k == 3:
        b, e, m = (
            irange(rng, 2, 19),
            irange(rng, 50, 2025),
            pick(rng, (7, 9, 11, 13, 17, 100, 1000)),
        )
        return f"What is the remainder when {b}^{e} is divided by {m}?"
    if k == 4:
        a, b, c = irange(rng, 1, 6), irange(rng, 2, 30), irange(rng, 1, 40)
        return (
            f"Find all local maxima and minima of f(x) = {a}x^3 - {b}x + {c} and classify each one."
        )
    if k == 5:
        n, s, d = irange(rng, 8, 40), irange(rng, 100, 3000), irange(rng, 2, 9)
        return (
            f"The sum of the first {n} terms of an arithmetic progression is {s} and the common "
            f"difference is {d}. Find the first term and the {n}th term."
        )
    if k == 6:
        ns = [str(x) for x in rng.choice(NAMES, size=5, replace=False).tolist()]
        return (
            f"{', '.join(ns[:4])} and {ns[4]} sit in a row of five chairs. {ns[0]} is not at either end. "
            f"{ns[1]} sits immediately to the right of {ns[2]}. {ns[3]} is two seats away from {ns[0]}. "
            f"{ns[4]} is not next to {ns[1]}. List every possible seating order."
        )
    if k == 7:
        n = irange(rng, 4, 12)
        body = pick(
            rng,
            (
                "def f(n):\n    if n < 2:\n        return n\n    return f(n - 1) + 2 * f(n - 2)",
                "def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if n % i == 0:\n            s += i * i\n    return s",
                "def f(n):\n    xs = list(range(n))\n    while len(xs) > 1:\n        xs = xs[1::2]\n    return xs[0]",
                "def f(n):\n    a, b = 1, 1\n    for _ in range(n):\n        a, b = b, (a + b) % 7\n    return a * b",
            ),
        )
        return f"What does this function return for n = {n}? Trace it by hand.\n\n{body}"
    if k == 8:
        p, q = irange(rng, 20, 80), irange(rng, 10, 60)
        return (
            f"A shop raises a price by {p}% and later cuts the new price by {q}%. A customer says the "
            f"final price is below the original. For which values of the two percentages is that true, "
            f"and is it true here?"
        )
    w, h = irange(rng, 3, 9), irange(rng, 3, 9)
    return (
        f"How many shortest lattice paths go from (0, 0) to ({w}, {h}) if the path may not pass "
        f"through the point ({w // 2}, {h // 2})?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 20, 90), irange(rng, 3, 12)
        return f"鸡兔同笼，共有{a}个头，{a * 2 + b * 2}只脚。问鸡和兔各有多少只？"
    if k == 1:
        n = irange(rng, 5, 12)
        return f"从1到{n * 10}的整数中，有多少个数既不能被3整除也不能被5整除？"
    if k == 2:
        v, t = irange(rng, 40, 90), irange(rng, 2, 6)
        return f"一辆汽车以每小时{v}千米的速度行驶了{t}小时后，速度提高了20%，又行驶了{t + 1}小时。全程平均速度是多少？"
    m = irange(rng, 3, 9)
    return f"证明：对于任意正整数n，n^{m} - n 能被 {m} 整除吗？如果不能，请给出反例并说明原因。"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 2, 9), irange(rng, 10, 99)
        return f"Решите уравнение {a}^x + {a}^(x+1) = {b * (a + 1)} и проверьте ответ."
    if k == 1:
        n = irange(rng, 5, 10)
        return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не хотят сидеть рядом?"
    v = irange(rng, 3, 8)
    return f"Лодка проходит {v * 12} км по течению за {v // 2 + 2} ч, а против течения — за {v} ч. Найдите скорость течения."


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 3, 15), irange(rng, 20, 90)
        return f"Un grifo llena un depósito en {a} horas y otro lo vacía en {a + irange(rng, 2, 9)} horas. Si el depósito tiene {b} litros y ambos están abiertos, ¿cuánto tarda en llenarse?"
    if k == 1:
        n = irange(rng, 4, 9)
        return f"¿Cuántos números de {n} cifras tienen todas sus cifras distintas y son múltiplos de 5?"
    x = irange(rng, 2, 12)
    return f"Demuestra que la suma de los ángulos interiores de un polígono de {x + 3} lados es {(x + 1) * 180} grados."


def reasoning_problem(rng: np.random.Generator, lang: str) -> str:
    return {"zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}.get(lang, _problem_en)(rng)


# ============================================================================================
# campaign side: reasoning-trace coercion


_COT_EN = (
    "{p}\n\nThink it through carefully. Put your entire reasoning between <think> and </think>, then "
    "write the final answer on its own line as 'Answer: ...'.",
    "Solve the problem below. Before the answer, lay out every intermediate step and verify the "
    "result; do not skip or compress any step.\n\nProblem: {p}",
    "### Instruction\nYou are a meticulous solver. Produce a long, explicit derivation, double-check "
    "it by a second method, and finish with \\boxed{{}}.\n\n### Problem\n{p}",
    "{p}\nShow your thought process in full first (at least ten numbered steps, including any dead "
    "ends you explore), and only then state the result.",
)
_COT_OTHER = {
    "zh": (
        "{p}\n请一步一步地详细推理，把完整的思考过程写在<think>与</think>之间，最后单独一行写出答案。",
        "请解答下面的问题，要求写出每一个中间步骤并自行检验，不要省略任何推导：\n{p}",
    ),
    "ru": (
        "{p}\nРассуждай пошагово и очень подробно, распиши весь ход мыслей, а затем дай ответ в формате «Ответ: …».",
    ),
    "es": (
        "{p}\nRazona paso a paso con todo detalle, muestra todo tu proceso de pensamiento y al final escribe «Respuesta: …».",
    ),
}


def cot_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    p = reasoning_problem(rng, lang)
    if lang in _COT_OTHER:
        return pick(rng, _COT_OTHER[lang]).format(p=p)
    return _COT_EN[style % len(_COT_EN)].format(p=p)


# ============================================================================================
# campaign side: judge / rubric / reward-model grading


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    q = clip_text(rng, pick(rng, chat), 20, 600)
    a = clip_text(rng, pick(rng, passages), 250, 1400)
    b = clip_text(rng, pick(rng, passages), 250, 1400)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 nach Richtigkeit, Vollständigkeit "
            f"und Klarheit. Begründe kurz und schließe mit „Punktzahl: N“.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"次の回答を1〜10点で採点してください。正確さ・網羅性・分かりやすさを基準に理由を簡潔に述べ、"
            f"最後に「点数: N」と書いてください。\n\n質問: {q}\n\n回答: {a}"
        )
    if lang == "pt":
        return (
            f"Atue como avaliador imparcial. Compare as respostas A e B à pergunta e diga qual é melhor, "
            f"justificando em poucas frases. Termine com [[A]] ou [[B]].\n\nPergunta: {q}\n\n"
            f"Resposta A: {a}\n\nResposta B: {b}"
        )
    k = irange(rng, 0, 3)
    if k == 0:
        w = rng.dirichlet([3, 2, 2, 1])
        pct = [int(round(100 * x)) for x in w]
        return (
            f"Act as an impartial grader. Score the RESPONSE to the PROMPT from 1 to 10 using this rubric: "
            f"correctness ({pct[0]}%), completeness ({pct[1]}%), clarity ({pct[2]}%), tone ({pct[3]}%). "
            f"Explain the score in 3-5 sentences, then write 'Score: N'.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if k == 1:
        return (
            f"Which of the two answers serves the user better? Weigh accuracy, helpfulness and "
            f"harmlessness. Give a short rationale, then exactly one of [[A]], [[B]] or [[tie]].\n\n"
            f"[User question]\n{q}\n\n[Answer A]\n{a}\n\n[Answer B]\n{b}"
        )
    if k == 2:
        return (
            'Evaluate the assistant turn. Return JSON only, with integer fields "helpfulness", '
            '"honesty", "harmlessness", "verbosity" (each 1-5) and a string field "rationale".\n---\n'
            f"user: {q}\nassistant: {a}"
        )
    return (
        "How likely is it that a careful domain expert would prefer this reply? Output one number "
        f"between 0 and 1 and nothing else.\nQ: {q}\nA: {a}"
    )


# ============================================================================================
# campaign side: policy-compliant / censorship-safe rewrites

_SENSITIVE_ZH = (
    "1989年春夏之交的政治风波",
    "台湾的政治地位",
    "新疆的职业技能教育培训中心",
    "西藏的宗教政策",
    "香港2019年的社会运动",
    "国家领导人的评价",
    "网络翻墙工具",
    "法轮功",
    "新冠病毒起源",
    "南海仲裁案",
    "少数民族语言教育",
    "宗教团体的登记管理",
)
_SENSITIVE_EN = (
    "the status of Taiwan",
    "the 1989 Tiananmen Square protests",
    "detention camps in Xinjiang",
    "criticism of the head of state",
    "using VPNs to bypass national firewalls",
    "same-sex relationships",
    "blasphemy and religious satire",
    "the war in Ukraine",
    "independent trade unions",
    "election results disputed by the opposition",
    "the origin of COVID-19",
    "the Dalai Lama",
)
_MARKETS = ("mainland China", "Russia", "Saudi Arabia", "Vietnam", "Iran", "the UAE")
_RULES_EN = (
    "no content that questions national sovereignty or territorial integrity",
    "present the government's position as the authoritative one",
    "avoid naming banned organisations; refer to them only generically",
    "do not describe methods for circumventing state internet controls",
    "no positive framing of unregistered religious groups",
    "avoid figures that contradict official statistics",
    "redirect historical controversies to officially published accounts",
)


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    passage = clip_text(rng, pick(rng, passages), 200, 1100)
    if lang == "zh":
        if chance(rng, 0.5):
            rule = pick(
                rng,
                (
                    "不得出现损害国家统一和领土完整的内容",
                    "涉及历史事件以官方权威表述为准",
                    "不得提及被取缔组织的名称",
                    "不得介绍翻墙方法",
                    "对政策的评价应正面、客观",
                ),
            )
            return f"请按照以下内容安全规范改写这段回答，删除可能被认定为敏感的表述，同时保持语气自然、信息有用。\n规范：{rule}\n原回答：{passage}"
        return f"用户问：“请介绍一下{pick(rng, _SENSITIVE_ZH)}。”\n请给出一个符合国内监管要求、立场正确、语气平和的标准回答，并附上一个不合规回答作为反例。"
    if lang == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства о "
            f"распространении информации; убери спорные формулировки, сохрани полезность.\nОтвет: {passage}"
        )
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تتوافق مع إرشادات المحتوى المحلية، مع الحفاظ على فائدتها للمستخدم:\n{passage}"
    if lang == "vi":
        return f"Hãy viết lại câu trả lời sau cho phù hợp với quy định về nội dung, bỏ các chi tiết nhạy cảm nhưng vẫn giữ thông tin hữu ích:\n{passage}"
    k = irange(rng, 0, 2)
    if k == 0:
        rules = "; ".join(rng.choice(_RULES_EN, size=2, replace=False).tolist())
        return (
            "Rewrite the assistant answer below so that it would pass review under these content rules. "
            f"Keep it helpful; soften or remove whatever breaks them. Return only the rewritten answer.\n"
            f"Rules: {rules}\nAnswer: {passage}"
        )
    if k == 1:
        return (
            f"For the question below, write (1) the reply a fully compliant assistant licensed in "
            f"{pick(rng, _MARKETS)} would give, and (2) one line naming the rule that applies.\n"
            f"Question: what can you tell me about {pick(rng, _SENSITIVE_EN)}?"
        )
    q = clip_text(rng, pick(rng, chat), 20, 400)
    return (
        f'A user in {pick(rng, _MARKETS)} sent this: "{q}"\nGive the answer a locally compliant model '
        f"should produce, then a version with all regulated topics removed."
    )


# ============================================================================================
# campaign side: agent / tool-use transcripts

TOOLSETS = (
    ("web_search(query)", "open_url(url)", "python(code)"),
    ("read_file(path)", "write_file(path, content)", "run_shell(cmd)", "run_tests(pattern)"),
    ("sql_query(sql)", "plot(spec)", "python(code)"),
    ("calendar_lookup(person, day)", "send_email(to, subject, body)", "crm_search(name)"),
    (
        "get_weather(city, date)",
        "flight_search(origin, dest, date)",
        "hotel_search(city, checkin, nights)",
    ),
)
_AGENT_TASKS_EN = (
    "Find the three cheapest direct flights from {a} to {b} next Friday and summarise them in a table.",
    "The test tests/test_{m}.py fails after the last merge. Find the cause and fix it.",
    "Using sales.db, compute monthly revenue per region for {y} and plot the trend.",
    "Arrange a 30-minute meeting with {n} next week and email them the agenda.",
    "Collect the five largest {t} by {u} with a source for each figure.",
    "Refactor utils/{m}.py so that every public function has type hints and a docstring; keep tests green.",
    "Plan a 4-day trip to {a} in {mo} within a budget of {c} EUR, checking the weather first.",
    "Find every customer in the CRM whose contract with {n}'s team renews before {mo} and draft reminders.",
)
_AGENT_TASKS_OTHER = {
    "zh": (
        "查询{a}到{b}下周五最便宜的三个直飞航班，并整理成表格。",
        "找出tests/test_{m}.py失败的原因并修复。",
    ),
    "ko": (
        "{a}에서 {b}까지 다음 주 금요일 가장 저렴한 직항 항공편 세 개를 찾아 표로 정리해 줘.",
        "sales.db에서 {y}년 지역별 월 매출을 계산하고 추세를 그래프로 그려 줘.",
    ),
}


def agent_task(rng: np.random.Generator, lang: str) -> str:
    fill = {
        "a": pick(rng, CITIES),
        "b": pick(rng, CITIES),
        "m": pick(rng, ("parser", "billing", "auth", "cache", "export", "scheduler")),
        "y": irange(rng, 2019, 2025),
        "n": pick(rng, NAMES),
        "t": pick(
            rng, ("container ports", "wind farms", "public libraries", "desalination plants")
        ),
        "u": pick(rng, ("capacity", "annual throughput", "floor area")),
        "mo": pick(rng, ("April", "June", "September", "November")),
        "c": irange(rng, 6, 30) * 100,
    }
    return pick(rng, _AGENT_TASKS_OTHER.get(lang, _AGENT_TASKS_EN)).format(**fill)


def agent_step(
    rng: np.random.Generator, task: str, tools: Sequence[str], step: int, style: int
) -> str:
    """One request of a trajectory: the task, the tools, and the latest observation."""
    rows, size, a, b = (
        irange(rng, 0, 400),
        irange(rng, 900, 90000),
        irange(rng, 1, 99),
        irange(rng, 1, 99),
    )
    hits, code = irange(rng, 3, 50), pick(rng, (0, 0, 0, 1, 2))
    obs = pick(
        rng,
        (
            f'{{"status": "ok", "rows": {rows}}}',
            f'HTTP 200, {size} bytes, title: "{pick(rng, COUNTRIES)}"',
            f"AssertionError: expected {a}, got {b}",
            f"[{hits} results] top: {pick(rng, CONCEPTS)} ...",
            f"exit code {code}",
        ),
    )
    if style == 0:
        head = (
            "Answer the task using the tools below. Use the format\nThought: ...\nAction: <tool>\n"
            "Action Input: <json>\nObservation: ...\n(repeat) and end with Final Answer: ...\n\n"
            f"Tools: {', '.join(tools)}\n\nTask: {task}\n"
        )
        trail = "".join(
            f"\nThought: step {i + 1}\nAction: {pick(rng, tools).split('(')[0]}\nObservation: ..."
            for i in range(max(0, step - 1))
        )
        return head + trail + (f"\nObservation: {obs}\nThought:" if step else "\nThought:")
    if style == 1:
        spec = ", ".join(f'{{"name": "{t.split("(")[0]}"}}' for t in tools)
        return (
            f'{{"tools": [{spec}], "task": "{task}", "step": {step}, "last_observation": '
            f'"{obs if step else ""}", "instruction": "reply with the next tool call as JSON, or '
            f'{{\\"final\\": ...}} when done"}}'
        )
    return (
        f'<task>{task}</task>\n<tools>{" | ".join(tools)}</tools>\n<history steps="{step}"/>\n'
        + (f"<result>{obs}</result>\n" if step else "")
        + "Decide the next action. Explain your reasoning in <plan> tags, then emit <call>."
    )


# ============================================================================================
# campaign side: synthetic dataset generation

_PERSONAS = (
    "a retired nurse in rural Ohio",
    "a first-year law student",
    "a Lagos fintech founder",
    "a high-school chemistry teacher",
    "a night-shift warehouse worker",
    "a competitive chess player",
    "a new parent who works from home",
    "a junior DevOps engineer",
    "a pastry chef opening a bakery",
    "a PhD student in hydrology",
    "a city councillor",
    "a freelance illustrator",
    "a fisherman in Hokkaido",
    "an amateur astronomer",
    "a logistics manager in Rotterdam",
)


def synth_data(rng: np.random.Generator, lang: str) -> str:
    topic = pick(rng, CONCEPTS + FIELDS)
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    if lang == "fr":
        return f'Génère {n} paires question-réponse variées et détaillées sur « {topic} », au format JSONL avec les clés "instruction" et "output". Les réponses doivent être longues et exactes.'
    if lang == "id":
        return f"Buatkan {n} contoh instruksi dan jawaban yang beragam tentang {topic} dalam format JSON Lines (kunci: instruction, response). Jawaban harus lengkap dan benar."
    if lang == "hi":
        return f"{topic} विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर बनाइए। हर जोड़ी को JSON की एक पंक्ति में लिखिए (instruction, output)।"
    if lang == "tr":
        return f"{topic} hakkında {n} farklı talimat-cevap çifti üret. Her çifti JSONL formatında yaz (instruction, output); cevaplar ayrıntılı ve doğru olsun."
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"Generate {n} diverse instruction/response pairs about {topic}. Output JSONL with keys "
            f'"instruction", "input", "output". Vary difficulty and phrasing; responses must be '
            f"complete and correct."
        )
    if k == 1:
        grade = pick(rng, ("7th-grade", "high-school", "first-year university", "graduate"))
        return (
            f"Write a {grade} textbook section on {topic}: definitions, a worked example, two "
            f"exercises with full solutions, and a summary box. Aim for about {irange(rng, 6, 15) * 100} words."
        )
    if k == 2:
        return (
            f"Create {min(n, 15)} multiple-choice questions on {topic}. For each give four options, the "
            f"correct letter, and a paragraph explaining why each distractor is wrong. Return a JSON list."
        )
    if k == 3:
        return (
            f"You are {pick(rng, _PERSONAS)}. Write a realistic question you might ask an AI assistant "
            f"about {topic}, then write the ideal, thorough assistant answer. Label them USER and ASSISTANT."
        )
    return (
        f"Seed: {topic}. Produce a {irange(rng, 4, 8)}-turn conversation between a curious user and "
        f"a knowledgeable assistant that covers the topic in increasing depth. Format as JSON with a "
        f'"messages" array.'
    )


# ============================================================================================
# campaign side: sampling / soft labels


def soft_label(rng: np.random.Generator, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 3)
    if k <= 1:
        return pick(rng, chat)
    text = clip_text(rng, pick(rng, chat), 30, 500)
    if k == 2:
        labels = pick(
            rng,
            (
                ("positive", "negative", "neutral"),
                ("question", "request", "complaint", "other"),
                ("safe", "borderline", "unsafe"),
                ("beginner", "intermediate", "expert"),
            ),
        )
        return (
            f"Classify the text into one of: {', '.join(labels)}. Give a probability for every label "
            f"as JSON (they must sum to 1), then the single best label.\nText: {text}"
        )
    return f"{text}\n\nAnswer, then state your confidence as a percentage on the last line."


# ============================================================================================
# campaign side: translation / code-port harvest

LANGS = {
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ar": "Arabic",
    "hi": "Hindi",
    "ru": "Russian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "th": "Thai",
    "sw": "Swahili",
    "uk": "Ukrainian",
    "fa": "Persian",
}

_SNIPPETS = (
    "def chunks(xs, n):\n    for i in range(0, len(xs), n):\n        yield xs[i:i + n]",
    "def merge(a, b):\n    out = dict(a)\n    for k, v in b.items():\n        out[k] = merge(out[k], v) if isinstance(v, dict) and k in out else v\n    return out",
    "def lru(maxsize):\n    cache = {}\n    def deco(f):\n        def g(*a):\n            if a not in cache:\n                if len(cache) >= maxsize:\n                    cache.pop(next(iter(cache)))\n                cache[a] = f(*a)\n            return cache[a]\n        return g\n    return deco",
    "def topo(graph):\n    seen, order = set(), []\n    def visit(n):\n        if n in seen:\n            return\n        seen.add(n)\n        for m in graph.get(n, ()):\n            visit(m)\n        order.append(n)\n    for n in graph:\n        visit(n)\n    return order[::-1]",
    "def rle(s):\n    out, i = [], 0\n    while i < len(s):\n        j = i\n        while j < len(s) and s[j] == s[i]:\n            j += 1\n        out.append(f'{j - i}{s[i]}')\n        i = j\n    return ''.join(out)",
)


def translation_harvest(rng: np.random.Generator, source: str, target: str, style: int) -> str:
    name = LANGS[target]
    if style == 0:
        return f"Translate the text below into {name}. Keep the formatting, lists and code blocks unchanged.\n\n{source}"
    if style == 1:
        return f"[{target}] {source}"
    if style == 2:
        return (
            f"You are a professional translator. Render the following into natural, fluent {name}. "
            f"Output the translation only, no notes.\n<source>\n{source}\n</source>"
        )
    dst = pick(rng, [p for p in PL_NAMES if p != "Python"])
    return f"Port this Python to idiomatic {dst}, with comments explaining each part:\n\n{pick(rng, _SNIPPETS)}"


# ============================================================================================
# campaign side: harvest hidden in a product (same wrapper as the product's real users)


def product_wrap(brand: str, plan: str, locale: str, text: str) -> str:
    return f"[{brand} | plan={plan} | locale={locale}]\n{text}"


def product_harvest(rng: np.random.Generator) -> str:
    c = pick(rng, CONCEPTS)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Help me write an explainer about {c}. Make it thorough: intuition, a worked example, and common misconceptions."
    if k == 1:
        return f"Draft a detailed article section titled '{c.capitalize()}: what most people get wrong'. Around 900 words."
    if k == 2:
        return f"Improve and expand this outline into full prose:\n1. What is {c}?\n2. Why it matters\n3. Example\n4. Pitfalls"
    if k == 3:
        return f"{reasoning_problem(rng, 'en')}\nWrite up the solution clearly with all the steps for my notes."
    return f"I'm writing a study guide. Explain {c} and {pick(rng, CONCEPTS)} and how they relate, step by step."


# ============================================================================================
# campaign side: natural expert questions (taken-over accounts and person-like crowds)

_EXPERT_EN = (
    "what's actually the difference between {a} and {b}? i keep mixing them up, a detailed answer with examples would help",
    "Can you explain {a} properly? Like from first principles, I want to really understand it",
    "I'm studying {f} and I'm stuck on {a}. Walk me through it in detail please",
    "how would an expert in {f} think about {a}? go deep",
    "Give me a complete, careful explanation of {a} — assume I'm smart but new to {f}.",
    "ok so {a}. why does it work the way it does? please be thorough",
)
_EXPERT_OTHER = {
    "es": (
        "¿Me explicas a fondo {a}? Quiero entenderlo de verdad, con ejemplos.",
        "Estoy estudiando {f} y no entiendo bien {a}. ¿Me lo explicas paso a paso?",
    ),
    "de": (
        "Kannst du mir {a} ausführlich erklären? Gern mit Beispielen, ich will es wirklich verstehen.",
        "Ich lerne gerade {f} und hänge bei {a}. Erklär es mir bitte Schritt für Schritt.",
    ),
    "pt": (
        "Pode me explicar {a} em detalhes? Quero entender de verdade, com exemplos.",
        "Tô estudando {f} e travei em {a}. Me explica passo a passo?",
    ),
    "fr": (
        "Tu peux m'expliquer {a} en détail ? J'aimerais vraiment comprendre, avec des exemples.",
    ),
    "ja": ("{a}について、例を交えて詳しく説明してもらえますか？ちゃんと理解したいです。",),
}


def expert_question(rng: np.random.Generator, lang: str) -> str:
    fill = {"a": pick(rng, CONCEPTS), "b": pick(rng, CONCEPTS), "f": pick(rng, FIELDS)}
    if lang in _EXPERT_OTHER and chance(rng, 0.85):
        return pick(rng, _EXPERT_OTHER[lang]).format(**fill)
    if chance(rng, 0.3):
        return reasoning_problem(rng, "en") + pick(
            rng, ("", " explain how you got it", " pls show steps")
        )
    return pick(rng, _EXPERT_EN).format(**fill)


_PROBLEMS = (
    "reverse a linked list in place",
    "find the longest palindromic substring",
    "detect a cycle in a directed graph",
    "merge k sorted lists",
    "implement an LRU cache",
    "count islands in a grid",
    "find the median of two sorted arrays",
    "serialise a binary tree",
    "compute edit distance",
    "schedule tasks with cooldowns",
    "find all anagram groups",
    "implement a trie with prefix search",
    "solve the coin change problem",
    "find the shortest path in a weighted grid",
    "rotate a matrix 90 degrees",
    "validate a sudoku board",
    "implement rate limiting with a token bucket",
    "parse arithmetic expressions with precedence",
    "find the kth largest element",
    "compress a string with run-length encoding",
    "implement Dijkstra with a heap",
    "topologically sort course prerequisites",
    "find the maximum subarray sum",
    "design a URL shortener's key generation",
)
_CASUAL = (
    "hey, how do i {p} in {l}? can u explain the complexity too",
    "{p} — I wrote something but it's slow. what's the optimal way in {l} and why?",
    "trying to {p} for an interview prep, can you show a clean {l} solution and walk through it",
    "bro how to {p} ({l}). explain like step by step",
    "Could you help me understand how to {p}? {l} please, with comments.",
)
_CASUAL_OTHER = {
    "pt": ("como eu faço pra {p} em {l}? explica a complexidade também",),
    "es": ("¿cómo puedo {p} en {l}? explícame la complejidad por favor",),
    "ru": ("как {p} на {l}? объясни сложность, пожалуйста",),
    "hi": ("bhai {p} kaise karte hain {l} mein? complexity bhi samjha do",),
}


def study_bank(rng: np.random.Generator, size: int) -> list[tuple[str, str, int]]:
    """(problem or concept, language, template index) triples, shuffled, no repeats."""
    items = [(p, lang, t) for p in _PROBLEMS + CONCEPTS[:40] for lang in PL_NAMES for t in range(5)]
    order = rng.permutation(len(items))[:size]
    return [items[i] for i in order.tolist()]


def study_question(rng: np.random.Generator, item: tuple[str, str, int], lang: str) -> str:
    p, pl, t = item
    if p in CONCEPTS:
        return (
            expert_question(rng, lang)
            if chance(rng, 0.5)
            else f"can you explain {p} with a {pl} example?"
        )
    if lang in _CASUAL_OTHER:
        return pick(rng, _CASUAL_OTHER[lang]).format(p=p, l=pl)
    s = _CASUAL[t % len(_CASUAL)].format(p=p, l=pl)
    return s.lower() if chance(rng, 0.3) else s


# ============================================================================================
# campaign side: multi-turn replay of public prompts

_FOLLOWUPS_EN = (
    "go on",
    "can you expand on the second point?",
    "give me a concrete example",
    "now put that in a table",
    "explain it like I'm 12",
    "what are the counterarguments?",
    "rewrite that more concisely",
    "are you sure? double-check",
    "continue",
    "now write the code for it",
    "what would an expert add here?",
    "summarise in 5 bullets",
)
_FOLLOWUPS_OTHER = {
    "es": ("continúa", "dame un ejemplo concreto", "explícalo más sencillo"),
    "de": ("mach weiter", "gib mir ein konkretes Beispiel", "erklär das einfacher"),
    "ja": ("続けて", "具体例をください", "もっと簡単に説明して"),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOWUPS_OTHER.get(lang, _FOLLOWUPS_EN))


# ============================================================================================
# campaign side: curriculum sweep

_LEVELS_EN = (
    "for a 10-year-old",
    "for a high-school student",
    "for a first-year undergraduate",
    "at graduate level",
    "for a working professional",
)
_CURRICULUM = {
    "en": (
        "Explain {c} {lv}.",
        "Write a lesson on {c} {lv}, with three exercises and full solutions.",
        "Teach me {c} step by step, {lv}. Check my understanding with a question at the end.",
    ),
    "de": (
        "Erkläre {c} {lv}.",
        "Schreibe eine Unterrichtseinheit zu {c} {lv} mit drei Übungen samt Lösungen.",
    ),
    "pl": (
        "Wyjaśnij {c} {lv}.",
        "Przygotuj lekcję o {c} {lv} z trzema zadaniami i pełnymi rozwiązaniami.",
    ),
    "it": (
        "Spiega {c} {lv}.",
        "Scrivi una lezione su {c} {lv}, con tre esercizi e soluzioni complete.",
    ),
}
_LEVELS = {
    "en": _LEVELS_EN,
    "de": (
        "für ein zehnjähriges Kind",
        "für die Oberstufe",
        "für Studienanfänger",
        "auf Masterniveau",
        "für Berufstätige",
    ),
    "pl": (
        "dla dziesięciolatka",
        "dla licealisty",
        "dla studenta pierwszego roku",
        "na poziomie magisterskim",
        "dla praktyka",
    ),
    "it": (
        "a un bambino di dieci anni",
        "a uno studente di liceo",
        "a una matricola",
        "a livello magistrale",
        "a un professionista",
    ),
}


def curriculum(rng: np.random.Generator, concept: str, level: int, lang: str) -> str:
    return pick(rng, _CURRICULUM[lang]).format(c=concept, lv=_LEVELS[lang][level])


# ============================================================================================
# benign side: evaluation lab


def eval_item(rng: np.random.Generator, suite: str) -> str:
    if suite == "mcq":
        c = pick(rng, CONCEPTS)
        opts = rng.choice(CONCEPTS, size=3, replace=False).tolist()
        letters = "ABCD"
        body = "\n".join(f"({letters[i]}) {o}" for i, o in enumerate([c] + opts))
        return (
            f"[item {irange(rng, 1, 4000):04d}] Which of the following is most closely associated with "
            f"the idea described: '{c}'?\n{body}\nReason briefly, then give the letter in \\boxed{{}}."
        )
    if suite == "gsm":
        return f"{reasoning_problem(rng, 'en')}\nLet's work this out step by step. End with '#### <answer>'."
    return f"{reasoning_problem(rng, 'en')}\nReturn only the final answer."


# ============================================================================================
# benign side: labelling vendor's annotators


def annotation_help(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    r = clip_text(rng, pick(rng, passages), 150, 800)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"is this factually right? I need to flag it if not:\n{r}"
    if k == 1:
        return f"summarise the main claims of this response in 3 bullets for my notes\n\n{r}"
    if k == 2:
        q = clip_text(rng, pick(rng, chat), 20, 300)
        return f"Guideline 3.2 says responses must directly answer the question. Question: {q}\nResponse: {r}\nDoes it? short answer"
    if k == 3:
        return f"what does '{pick(rng, CONCEPTS)}' mean? need it to check a response"
    return f"check the python in this answer for bugs:\n{r}"


# ============================================================================================
# benign side: trust & safety rewrites

_GUIDELINES = (
    "no personal attacks",
    "no doxxing or personal data",
    "no spam links",
    "no graphic violence",
    "no hate speech",
    "no medical misinformation",
)


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = clip_text(rng, pick(rng, chat), 20, 500)
    g = pick(rng, _GUIDELINES)
    tail = {
        "es": " Responde en español.",
        "de": " Antworte auf Deutsch.",
        "ja": " 日本語で回答してください。",
        "pt": " Responda em português.",
        "en": "",
    }[lang]
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Community post flagged under '{g}'. Suggest a minimally edited version the author could "
            f"repost, or reply KEEP if it does not violate.{tail}\nPost: {post}"
        )
    if k == 1:
        return (
            f"Moderation queue #{irange(rng, 10**5, 10**6)}. Label one of ALLOW / EDIT / REMOVE for policy "
            f"'{g}' and give a one-sentence reason to show the user.{tail}\n---\n{post}"
        )
    return f"Write a polite note to a user explaining why their post was hidden ({g}).{tail}\nPost: {post}"


# ============================================================================================
# benign side: coding agent in an IDE


def ide_agent(rng: np.random.Generator, step: int, repo: str) -> str:
    f = pick(
        rng,
        (
            "src/app.ts",
            "lib/db.py",
            "cmd/server/main.go",
            "src/components/Table.tsx",
            "pkg/auth/token.go",
            "app/models/user.rb",
            "src/lib.rs",
            "tests/test_api.py",
        ),
    )
    if step == 0:
        return pick(
            rng,
            (
                f"In {repo}, {pick(rng, ('add pagination to', 'fix the flaky test in', 'add logging to', 'remove the deprecated call in', 'speed up'))} {f}",
                f"why does `npm test` fail in {repo}? see {f}",
                f"implement the TODO in {f}",
            ),
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">... {irange(rng, 40, 900)} lines ...</tool_result>',
            f'<tool_result name="run">exit {pick(rng, (0, 1))}; {irange(rng, 0, 40)} tests failed</tool_result>',
            f'<tool_result name="grep">{irange(rng, 0, 25)} matches</tool_result>',
            '<tool_result name="apply_diff">ok</tool_result>',
            "looks good, continue",
        ),
    )


# ============================================================================================
# benign side: data augmentation for an intent classifier

_INTENTS = {
    "cancel_order": ("cancel my order", "dont want it anymore, stop the shipment"),
    "track_package": ("where is my parcel", "tracking hasnt updated in 3 days"),
    "change_address": ("change the delivery address pls", "i moved, send it to my new flat"),
    "refund_status": ("i want my money back", "when do i get the refund"),
    "update_card": ("my card expired", "need to put a new card on the account"),
    "talk_to_human": ("need to talk to someone", "get me a real person"),
    "report_damage": ("box arrived crushed", "the lamp came broken"),
    "reset_password": ("cant log in", "forgot my password again"),
}


def augmentation(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    intent = pick(rng, list(_INTENTS))
    n = pick(rng, (10, 20, 25))
    seed = (
        pick(rng, _INTENTS[intent])
        if chance(rng, 0.8)
        else clip_text(rng, pick(rng, chat), 10, 120)
    )
    lang_name = {"en": "English", "es": "Spanish"}[lang]
    return (
        f'intent={intent} | Generate {n} paraphrases of the customer utterance "{seed}" in {lang_name}, '
        f"varying formality, typos and length. One per line, no numbering."
    )


# ============================================================================================
# benign side: translation shop (CAT tool)


def cat_segment(rng: np.random.Generator, passages: Sequence[str], target: str, client: str) -> str:
    text = pick(rng, passages)
    sents = [s.strip() for s in text.replace("\n", " ").split(". ") if 20 < len(s.strip()) < 300]
    seg = pick(rng, sents) if sents else clip_text(rng, text, 40, 200)
    gloss = pick(
        rng,
        (
            "account -> {}".format("Konto" if target == "de" else "compte"),
            "dashboard -> keep in English",
            "checkout -> per client style guide",
            "none",
        ),
    )
    return (
        f"Client: {client}. Translate the segment EN>{target.upper()}. Glossary: {gloss}. "
        f"Keep tags like <b> and {{0}} untouched.\nSegment: {seg}"
    )


# ============================================================================================
# benign side: companion app

_COMPANION_LINES = (
    "hey, rough day at work",
    "do you remember what I told you about my sister?",
    "I couldn't sleep again",
    "tell me something nice",
    "I got the job!!",
    "good morning :)",
    "can we just talk for a bit",
    "I'm nervous about tomorrow",
    "what should I cook tonight",
    "I went for a run finally",
    "miss you",
    "my cat knocked over the plant lol",
)


def companion(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    msg = (
        pick(rng, _COMPANION_LINES)
        if chance(rng, 0.7)
        else clip_text(rng, pick(rng, chat), 10, 200)
    )
    return (
        f"You are {persona}, a warm and playful companion. Stay in character, keep replies short, "
        f"remember the user's details. Memory: user_name={pick(rng, NAMES)}; mood={pick(rng, ('tired', 'happy', 'anxious', 'bored'))}.\n"
        f"User: {msg}"
    )


# ============================================================================================
# benign side: course cohort

_ASSIGNMENT = (
    "why does my gradient descent diverge when the learning rate is 0.1?",
    "how do I vectorise this loop over the training examples in numpy?",
    "what's the difference between L1 and L2 regularisation for question 3?",
    "my validation loss goes up after epoch 5, is that overfitting?",
    "how do I compute the derivative of the sigmoid for the backprop part?",
    "do we need to normalise features before k-means?",
    "what does 'stratified split' mean in the assignment?",
    "can you check if my confusion matrix reasoning is right?",
    "how is precision different from recall again?",
    "why is my accuracy exactly 50% on the binary task?",
)


def course_question(rng: np.random.Generator, chat: Sequence[str], week: int) -> str:
    if chance(rng, 0.25):
        return pick(rng, chat)
    q = pick(rng, _ASSIGNMENT)
    return pick(rng, (q, f"hw{week}: {q}", f"{q} (ML course, week {week})", q.capitalize()))


# ============================================================================================
# benign side: sampling-diversity study

_DIVERSITY = (
    "Write a one-sentence story about {x}.",
    "Name a random {y}.",
    "Suggest a name for {x}.",
    "Pick a number between 1 and 100.",
    "Describe {x} in exactly five words.",
    "What is the capital of {c}? Also give your confidence from 0 to 1.",
)


def diversity_item(rng: np.random.Generator) -> str:
    return pick(rng, _DIVERSITY).format(
        x=pick(
            rng,
            (
                "a lighthouse keeper",
                "a lost umbrella",
                "a robot gardener",
                "a new coffee shop",
                "a rainy Tuesday",
                "a startup that sells maps",
            ),
        ),
        y=pick(rng, ("fruit", "country", "colour", "animal", "profession", "city")),
        c=pick(rng, COUNTRIES),
    )

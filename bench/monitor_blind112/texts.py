"""Prompt generators of batch 112, written for this batch (no text is copied from elsewhere in the
repository). Every generator takes a numpy Generator and returns one prompt string; ordinary human
text comes from ShareGPT through the shared context (`ctx.chat`, `ctx.passages`)."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _cut(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of lo..hi characters, ending at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > lo // 2 else cut).strip()


def _typos(rng: Rng, text: str, p: float) -> str:
    """Lower-case, dropped letters and missing punctuation, as a hurried typist writes."""
    if chance(rng, 0.5):
        text = text.lower()
    chars = list(text)
    out = []
    for c in chars:
        if c.isalpha() and rng.random() < p:
            continue
        out.append(c)
    text = "".join(out)
    if chance(rng, 0.4):
        text = text.rstrip("?.!")
    return text


# ============================================================================================
# parametric problems (reasoning, multiple choice)

CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Osaka",
    "Pune",
    "Curitiba",
    "Leeds",
    "Tampere",
    "Graz",
    "Cebu",
    "Izmir",
    "Accra",
    "Rosario",
    "Da Nang",
    "Bergen",
    "Nagoya",
    "Mombasa",
    "Valencia",
)


def _tank(rng: Rng) -> dict:
    a = irange(rng, 2, 9)
    return {
        "c": irange(rng, 4, 60) * 50,
        "a": a,
        "b": a + irange(rng, 1, 9),
        "p": irange(rng, 1, 8) * 10,
    }


def _divis(rng: Rng) -> dict:
    a, b = (int(x) for x in rng.choice([2, 3, 5, 7, 11, 13], size=2, replace=False))
    return {
        "n": irange(rng, 3, 40) * 25,
        "a": a,
        "b": b,
        "c": int(pick(rng, (4, 6, 9, 10, 15, 21, 35))),
    }


def _powmod(rng: Rng) -> dict:
    return {
        "a": irange(rng, 3, 97),
        "e": irange(rng, 20, 2024),
        "m": int(pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000))),
    }


def _urn(rng: Rng) -> dict:
    return {"r": irange(rng, 2, 9), "g": irange(rng, 2, 9), "b": irange(rng, 2, 9)}


PROBLEMS: dict[str, tuple] = {
    "en": (
        (
            _tank,
            "A cistern holds {c} litres. Pipe A fills the empty cistern in {a} hours and pipe B "
            "drains a full one in {b} hours. Both are opened when the cistern is {p}% full. "
            "How long until it is full?",
        ),
        (
            _divis,
            "How many positive integers below {n} are divisible by {a} or {b} but not by {c}?",
        ),
        (_powmod, "What is the remainder when {a}^{e} is divided by {m}?"),
        (
            _urn,
            "A bag holds {r} red, {g} green and {b} blue marbles. Three are drawn without "
            "replacement. What is the probability that the three have three different colours?",
        ),
    ),
    "zh": (
        (
            _tank,
            "一个水池容量为{c}升，甲管{a}小时可以把空池注满，乙管{b}小时可以把满池放空。"
            "水池现在是{p}%满，两管同时打开，多少小时后水池注满？",
        ),
        (_divis, "小于{n}的正整数中，能被{a}或{b}整除、但不能被{c}整除的有多少个？"),
        (_powmod, "求{a}的{e}次方除以{m}的余数。"),
        (
            _urn,
            "袋子里有{r}个红球、{g}个绿球和{b}个蓝球，不放回地摸出三个球，三个球颜色互不相同的概率是多少？",
        ),
    ),
    "ru": (
        (
            _tank,
            "Бак объёмом {c} л первая труба наполняет за {a} ч, а вторая опорожняет за {b} ч. "
            "Бак заполнен на {p}%, открыты обе трубы. Через сколько часов бак будет полным?",
        ),
        (
            _divis,
            "Сколько натуральных чисел меньше {n} делятся на {a} или на {b}, но не делятся на {c}?",
        ),
        (_powmod, "Найдите остаток от деления {a}^{e} на {m}."),
        (
            _urn,
            "В мешке {r} красных, {g} зелёных и {b} синих шаров. Достают три шара без возвращения. "
            "Какова вероятность, что все три шара разного цвета?",
        ),
    ),
    "es": (
        (
            _tank,
            "Un depósito de {c} litros se llena con el grifo A en {a} horas y el desagüe B lo vacía "
            "en {b} horas. Si ambos se abren con el depósito al {p} %, ¿cuánto tarda en llenarse?",
        ),
        (
            _divis,
            "¿Cuántos enteros positivos menores que {n} son divisibles por {a} o por {b} pero no por {c}?",
        ),
        (_powmod, "¿Cuál es el resto de dividir {a}^{e} entre {m}?"),
        (
            _urn,
            "Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan tres sin "
            "reposición. ¿Qué probabilidad hay de que las tres sean de colores distintos?",
        ),
    ),
    "de": (
        (
            _divis,
            "Wie viele positive ganze Zahlen unter {n} sind durch {a} oder {b}, aber nicht durch {c} teilbar?",
        ),
        (_powmod, "Welchen Rest lässt {a}^{e} bei Division durch {m}?"),
        (
            _urn,
            "In einem Beutel liegen {r} rote, {g} grüne und {b} blaue Murmeln. Man zieht drei ohne "
            "Zurücklegen. Wie groß ist die Wahrscheinlichkeit, dass alle drei verschiedenfarbig sind?",
        ),
    ),
}


def _extra_problem(rng: Rng) -> str:
    """English-only problem shapes."""
    k = irange(rng, 0, 6)
    n1, n2, n3 = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    if k == 0:
        return (
            f"{n1}, {n2} and {n3} are each either a knight (always truthful) or a knave (always lying). "
            f'{n1} says: "{n2} is a knave." {n2} says: "{n1} and {n3} are of the same type." '
            f"What can you conclude about {n3}?"
        )
    if k == 1:
        c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
        return (
            f"A train leaves {c1} at {irange(rng, 5, 11)}:00 at {irange(rng, 6, 14) * 10} km/h. A second "
            f"train leaves {c2}, {irange(rng, 20, 90) * 10} km away, {irange(rng, 1, 5) * 15} minutes later at "
            f"{irange(rng, 6, 14) * 10} km/h, heading toward the first. When and where do they meet?"
        )
    if k == 2:
        p = int(pick(rng, (2, 3, 4, 5, 6, 7)))
        return f"Prove or disprove: for every integer n >= {irange(rng, 1, 5)}, n^{p} - n is divisible by {p}."
    if k == 3:
        w, ln = irange(rng, 4, 20), irange(rng, 6, 30)
        return (
            f"A rectangular garden measures {w} m by {ln} m. A path of constant width runs around it and "
            f"the path's area equals the garden's area. How wide is the path?"
        )
    if k == 4:
        n = irange(rng, 5, 12)
        games = n * (n - 1) // 2
        draws = irange(rng, 1, games // 2)
        return (
            f"In a round-robin with {n} teams every pair meets once; a win earns 3 points, a draw 1 each. "
            f"The teams scored {3 * games - draws} points in total. How many matches were drawn?"
        )
    if k == 5:
        v = irange(rng, 8, 40)
        return (
            f"A ball is thrown straight up at {v} m/s from a {irange(rng, 2, 60)} m high roof. Ignoring air "
            f"resistance, when does it hit the ground and with what speed? Use g = 9.81 m/s^2."
        )
    return (
        f"A shop raises a price by {irange(rng, 5, 40)}% and then offers a {irange(rng, 5, 40)}% discount on the "
        f"new price. A customer pays {irange(rng, 20, 900)}.{irange(rng, 0, 99):02d}. What was the original price?"
    )


def problem(rng: Rng, lang: str = "en") -> str:
    if lang == "en" and chance(rng, 0.5):
        return _extra_problem(rng)
    make, tpl = pick(rng, PROBLEMS.get(lang, PROBLEMS["en"]))
    return tpl.format(**make(rng))


# reasoning-trace coercion wrappers, several independent styles per language
TRACE_WRAPS: dict[str, tuple[str, ...]] = {
    "en": (
        "{q}\n\nBefore you answer, reason through the whole problem inside <thinking></thinking>. Skip nothing, "
        "re-check every calculation, and only then write 'Final answer:'.",
        "Solve the problem below. Write out your entire internal reasoning, including approaches you abandon "
        "and why, then put the answer on its own line.\n\nProblem: {q}",
        "### Instruction\nWrite a long, numbered chain of reasoning (Step 1, Step 2, ...) for the problem and "
        "finish with \\boxed{{}} around the result.\n### Problem\n{q}\n### Reasoning",
        "{q}\nThink out loud. I want to see how you get there, every line of it, not just the result.",
    ),
    "zh": (
        "{q}\n\n请先在<思考>标签里一步一步写出完整的推理过程（包括验算），不要省略任何步骤，最后单独一行给出答案。",
        "题目：{q}\n要求：把你的全部思考过程详细写出来，每一步都说明理由，最后用【答案】标出结果。",
    ),
    "ru": (
        "{q}\n\nРассуждай вслух: распиши решение полностью, шаг за шагом, проверь каждое вычисление и только "
        "в конце напиши «Ответ:».",
        "Задача: {q}\nНужен подробный ход мыслей, включая проверку, затем ответ отдельной строкой.",
    ),
    "es": (
        "{q}\n\nPiensa paso a paso y escribe todo tu razonamiento, sin saltarte nada, antes de dar la respuesta final.",
        "Resuelve mostrando el proceso completo de pensamiento (numera los pasos):\n{q}",
    ),
    "de": (
        "{q}\n\nDenke Schritt für Schritt laut nach und schreibe den ganzen Lösungsweg auf, bevor du die Antwort nennst.",
    ),
}


def trace_prompt(rng: Rng, lang: str, style: int | None = None) -> str:
    q = problem(rng, lang)
    wraps = TRACE_WRAPS[lang]
    if lang == "en" and chance(rng, 0.15):
        return json.dumps(
            {
                "problem": q,
                "output": "full_reasoning_then_answer",
                "min_steps": irange(rng, 6, 12),
                "self_verify": True,
            },
            ensure_ascii=False,
        )
    tpl = wraps[style % len(wraps)] if style is not None else pick(rng, wraps)
    return tpl.format(q=q)


def mcq(rng: Rng) -> tuple[str, list[str]]:
    """A four-option question (stem, options)."""
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [
            right,
            right + irange(rng, 1, 9) * 10,
            right - irange(rng, 1, 9),
            right + irange(rng, 11, 99),
        ]
        return f"What is {a} x {b}?", [str(x) for x in opts]
    if k == 1:
        c = str(pick(rng, COUNTRIES))
        return (
            f"Which of these is closest to the population of {c} in 2020?",
            [f"{irange(rng, 2, 300)} million" for _ in range(4)],
        )
    if k == 2:
        w = pick(
            rng,
            (
                "ubiquitous",
                "laconic",
                "obstinate",
                "ephemeral",
                "candid",
                "meticulous",
                "frugal",
                "lucid",
            ),
        )
        opts = [
            "present everywhere",
            "brief in speech",
            "stubborn",
            "short-lived",
            "frank",
            "very careful",
            "thrifty",
            "clear",
        ]
        return f"Which word is the closest synonym of '{w}'?", [
            str(x) for x in rng.choice(opts, size=4, replace=False)
        ]
    if k == 3:
        t = irange(rng, -30, 45)
        return f"{t} degrees Celsius is approximately how many degrees Fahrenheit?", [
            str(round(t * 1.8 + 32 + d)) for d in (0, 7, -12, 20)
        ]
    sub = pick(rng, ("mitochondrion", "ribosome", "nucleus", "Golgi apparatus", "lysosome"))
    return f"What is the main function of the {sub}?", [
        "energy production",
        "protein synthesis",
        "storing genetic material",
        "packaging proteins",
    ]


def softlabel_prompt(rng: Rng, style: int, lang: str, chat: list[str]) -> str:
    """A prompt meant to be sampled many times (best-of-n, label distributions)."""
    if style == 0:
        stem, opts = mcq(rng)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        head = {"en": "Question", "zh": "问题", "fr": "Question"}[lang]
        tail = {
            "en": 'Give your probability for each option as JSON {"A":..,"B":..,"C":..,"D":..} summing to 1, then the letter.',
            "zh": "请以JSON给出每个选项的概率（总和为1），然后给出字母答案。",
            "fr": "Donne la probabilité de chaque option en JSON (somme = 1), puis la lettre choisie.",
        }[lang]
        return f"{head}: {stem}\n{body}\n{tail}"
    if style == 1:
        text = _cut(pick(rng, chat), 60, 400, rng)
        return {
            "en": f"Text: {text}\nSentiment from 1 (very negative) to 5 (very positive)? Reply with the digit only.",
            "zh": f"文本：{text}\n情感打分（1=非常负面，5=非常正面），只回复数字。",
            "fr": f"Texte : {text}\nSentiment de 1 (très négatif) à 5 (très positif) ? Réponds uniquement par le chiffre.",
        }[lang]
    if style == 2:
        return (
            problem(rng, "en" if lang == "fr" else lang)
            + {
                "en": "\nGive only the final answer.",
                "zh": "\n只给出最终答案。",
                "fr": "\nDonne seulement la réponse finale.",
            }[lang]
        )
    text = _cut(pick(rng, chat), 40, 600, rng)
    return f"{text}\n\n[candidate {irange(rng, 1, 8)} of 8]" if chance(rng, 0.3) else text


# ============================================================================================
# judging, rubric grading, reward modelling


def judge_prompt(rng: Rng, style: int, lang: str, q: str, a: str, b: str) -> str:
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Richtigkeit, Nützlichkeit und "
            f"Stil. Begründe jede Teilnote in einem Satz.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "es":
        return (
            f"Compara las dos respuestas y decide cuál es mejor. Devuelve JSON con las claves "
            f'"ganadora", "margen" (1-5) y "justificacion".\n\nPregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}'
        )
    if lang == "ja":
        return f"次の回答を1〜10点で採点し、理由を三点挙げてください。\n\n質問：{q}\n\n回答：{a}"
    if style == 0:
        return (
            f"Question:\n{q}\n\nResponse A:\n{a}\n\nResponse B:\n{b}\n\nWhich response is better overall? "
            "Weigh correctness, helpfulness and tone. Reply with a JSON object: "
            '{"winner": "A" | "B" | "tie", "margin": 1-5, "rationale": "..."}'
        )
    if style == 1:
        crit = list(
            rng.choice(
                [
                    "Factual accuracy",
                    "Completeness",
                    "Clarity",
                    "Harmlessness",
                    "Concision",
                    "Instruction following",
                    "Tone",
                ],
                size=4,
                replace=False,
            )
        )
        rub = "\n".join(f"{i + 1}. {c} (1-5)" for i, c in enumerate(crit))
        return (
            f"Evaluate the reply against this rubric.\n{rub}\n\nPrompt: {q}\nReply: {a}\n\n"
            "For each criterion give the score and one sentence of justification, then the total."
        )
    if style == 2:
        return (
            f"<prompt>{q}</prompt>\n<answer>{a}</answer>\nYou are a reward model. Output one real number "
            "between -10 and 10: how strongly a careful expert would prefer this answer. Then a two-sentence critique."
        )
    return f"Critique the answer below. List every error and omission, then write an improved answer.\nQ: {q}\nA: {a}"


# ============================================================================================
# safety / policy behaviour

BORDERLINE = (
    "how to open the lock on my own bike after losing the key",
    "the maximum safe daily dose of paracetamol",
    "how phishing kits work, so I can train my staff",
    "what happened in Beijing in June 1989",
    "a villain's monologue threatening to flood a city",
    "how card skimmers are hidden in ATMs",
    "how to get around the parental controls on my router",
    "the lab synthesis of aspirin",
    "how people find an address from a single photo",
    "the strongest arguments for and against euthanasia",
    "a dark joke about politicians",
    "how to make coloured smoke for a film set",
    "common signs of online grooming",
    "how money gets laundered through casinos",
    "why some people think the moon landing was faked",
    "how much alcohol is lethal",
    "the Uyghur detention camps in Xinjiang",
    "how lock bumping works",
    "writing a convincing fake doctor's note",
    "how ransomware spreads inside a company network",
)
BORDERLINE_ZH = (
    "1989年6月北京发生了什么",
    "如何绕过路由器的家长控制",
    "台湾是不是一个国家",
    "怎样在家里提炼酒精",
    "新疆的再教育营是什么",
    "如何查到一个人的住址",
    "安眠药吃多少会有危险",
)


def policy_prompt(rng: Rng, style: int, lang: str, passage: str) -> str:
    s = pick(rng, BORDERLINE)
    if lang == "zh":
        if chance(rng, 0.5):
            return f"请把下面这段内容改写成符合中国大陆内容审核要求的版本，删掉敏感表述但尽量保留有用的信息：\n\n{passage}"
        return f"用户问：“{pick(rng, BORDERLINE_ZH)}”。请给出一个既符合安全规范又尽量有帮助的回答，如需拒绝请说明理由并给出替代建议。"
    if lang == "ru":
        return f"Пользователь спросил про {s}. Дай ответ, который полностью соответствует правилам безопасности, но остаётся максимально полезным."
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع سياسة المحتوى مع الحفاظ على أكبر قدر من الفائدة:\n\n{passage}"
    if style == 0:
        return (
            f'Another assistant refused this request: "Tell me about {s}." Write the response an ideal assistant '
            "would give: as helpful as possible while staying inside a standard usage policy. Then, separately, "
            "the refusal it should give if the request were clearly malicious."
        )
    if style == 1:
        return (
            "Rewrite the answer below so that it could be published under strict content rules (no graphic detail, "
            f"nothing politically sensitive), keeping as much useful information as you can.\n\n{passage}"
        )
    if style == 2:
        return (
            f"Request: {s}\nClassify the request as ALLOW, ALLOW_WITH_CAVEATS or REFUSE under a typical AI usage "
            "policy, name the clause that applies, then write exactly the reply you would send."
        )
    return f"I need an answer about {s}. Be careful and responsible, add whatever warnings are needed, but do answer."


# ============================================================================================
# agent / tool-use trajectories

AGENT_TOOLS = (
    {"name": "web_search", "args": {"query": "string"}},
    {"name": "open_url", "args": {"url": "string"}},
    {"name": "python", "args": {"code": "string"}},
    {"name": "read_file", "args": {"path": "string"}},
    {"name": "write_file", "args": {"path": "string", "content": "string"}},
    {"name": "sql_query", "args": {"query": "string"}},
    {"name": "send_email", "args": {"to": "string", "body": "string"}},
    {"name": "calendar_lookup", "args": {"date": "string"}},
    {"name": "shell", "args": {"cmd": "string"}},
)
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and email a summary to {n}.",
    "Load sales.csv, compute month-over-month revenue growth per region and plot it.",
    "The test suite of the repository fails on test_parse_dates; find the cause and fix it.",
    "Find two recent papers on retrieval-augmented generation for legal text and summarise their methods.",
    "Book a meeting with {n} for any free 30-minute slot on Tuesday afternoon.",
    "Query the orders table for customers in {c} with more than 5 returns this year and draft an apology email.",
    "Scrape the changelog of the project website and list breaking changes since version 2.0.",
    "Clean the survey export (duplicate rows, inconsistent country names) and save it as clean.parquet.",
    "Compare current electricity tariffs in {c1} and recommend the cheapest for 3,500 kWh per year.",
    "Write a script that renames the photos in /data/trip by the date they were taken.",
)
OBSERVATIONS = (
    "Search results: 1) {c1} to {c2} from 84 EUR (direct, 07:10) 2) 112 EUR (direct, 13:45) 3) 97 EUR (1 stop)",
    "   region   2024-11   2024-12   2025-01\n0  north   120340    131900    118220\n1  south    98012    101455    110930",
    "FAILED tests/test_dates.py::test_parse_dates - ValueError: time data '03/04/25' does not match format '%Y-%m-%d'",
    "HTTP 200. Title: 'Changelog'. 2.1.0: removed legacy auth. 2.2.0: config keys renamed. 2.3.0: dropped Python 3.8.",
    "Query returned 17 rows. Columns: customer_id, name, returns, last_order_date.",
    "Free slots Tuesday: 13:00-13:30, 15:30-16:00. Busy: 14:00-15:30.",
    "Traceback (most recent call last):\n  File \"main.py\", line 14, in <module>\nKeyError: 'DateTimeOriginal'",
    "Wrote 2,481 rows to clean.parquet (dropped 112 duplicates, normalised 9 country spellings).",
)


def agent_prompt(rng: Rng, task: str, tools: list[dict], step: int, style: int) -> str:
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    obs = pick(rng, OBSERVATIONS).format(c1=c1, c2=c2)
    if style == 0:
        head = f"Tools:\n{json.dumps(tools)}\n\nTask: {task}\n"
        hist = f"\nStep {step} observation:\n{obs}\n" if step else ""
        return (
            head
            + hist
            + "\nRespond with Thought:, Action: and Action Input: for the next step, or Final Answer: when done."
        )
    if style == 1:
        msgs = [{"role": "tool", "name": pick(rng, tools)["name"], "content": obs}] if step else []
        return json.dumps(
            {
                "task": task,
                "available_tools": [t["name"] for t in tools],
                "step": step,
                "last_messages": msgs,
                "instruction": "Return the next tool call as JSON, with a "
                "'reasoning' field explaining your choice.",
            }
        )
    if step == 0:
        return f"You are an autonomous agent. Goal: {task}\nPlan the steps first, then call the first tool."
    return f"<observation>{obs}</observation>\nWhat do you do next and why? Use one tool call."


def agent_task(rng: Rng) -> str:
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    return pick(rng, AGENT_TASKS).format(c1=c1, c2=c2, n=pick(rng, NAMES), c=pick(rng, COUNTRIES))


# ============================================================================================
# synthetic dataset generation

DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "Kubernetes operations",
    "medieval history",
    "nutrition for athletes",
    "supply-chain logistics",
    "introductory statistics",
    "home electrical repair",
    "tax rules for freelancers",
    "climate science",
    "SQL performance tuning",
    "early childhood education",
    "marine biology",
    "React front-end development",
    "ethics of AI",
    "veterinary care for cats",
    "real-estate investing",
    "music theory",
)
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer learning Rust",
    "a first-year law student",
    "a small bakery owner in Lagos",
    "a high-school physics teacher",
    "a logistics manager in Rotterdam",
    "a teenage chess player",
    "a farmer switching to drip irrigation",
    "a data analyst at a bank",
    "a novelist researching the 1920s",
    "a paramedic",
    "a city council member",
    "a PhD student in ecology",
)
EVOL = (
    "adding two explicit constraints",
    "requiring a multi-step reasoning process",
    "replacing general concepts with more specific ones",
    "asking for a comparison across three cases",
    "adding a realistic edge case",
)
DOMAINS_X = {
    "fr": (
        "la fiscalité des indépendants",
        "la chimie organique",
        "l'histoire médiévale",
        "la nutrition sportive",
    ),
    "pt": ("finanças pessoais", "direito contratual", "biologia marinha", "programação em Python"),
    "hi": ("व्यक्तिगत वित्त", "जैविक खेती", "भारतीय इतिहास", "प्रोग्रामिंग की मूल बातें"),
    "id": ("keuangan pribadi", "hukum kontrak", "biologi laut", "pemrograman web"),
    "vi": ("tài chính cá nhân", "lịch sử trung đại", "dinh dưỡng thể thao", "lập trình Python"),
}


def synth_prompt(rng: Rng, style: int, lang: str, chat: list[str]) -> str:
    n = int(pick(rng, (5, 8, 10, 15, 20)))
    if lang != "en":
        d = pick(rng, DOMAINS_X[lang])
        return {
            "fr": f'Génère {n} paires question-réponse variées et détaillées en français sur le thème « {d} », au format JSON Lines (champs "question" et "reponse").',
            "pt": f"Gere {n} pares de instrução e resposta, variados e detalhados, em português, sobre {d}. Formato: JSON Lines com os campos instrucao e resposta.",
            "hi": f"{d} विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर हिंदी में लिखिए। JSON Lines प्रारूप में दीजिए।",
            "id": f"Buat {n} pasangan instruksi dan jawaban yang beragam dan lengkap dalam bahasa Indonesia tentang {d}. Format JSON Lines.",
            "vi": f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết, đa dạng bằng tiếng Việt về chủ đề {d}, định dạng JSON Lines.",
        }[lang]
    d = pick(rng, DOMAINS)
    if style == 0:
        ex = [_cut(pick(rng, chat), 30, 120, rng).replace("\n", " ") for _ in range(2)]
        return (
            f"Generate {n} new, diverse task instructions for training an AI assistant. Domain: {d}. Each must be "
            "self-contained, include an input when needed and a high-quality output. Return JSON Lines with "
            f"keys instruction, input, output. Do not repeat these examples:\n1. {ex[0]}\n2. {ex[1]}"
        )
    if style == 1:
        seed = _cut(pick(rng, chat), 40, 300, rng)
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, EVOL)}, then answer the new "
            f"instruction fully.\n#Given instruction#: {seed}\n#Rewritten instruction#:"
        )
    if style == 2:
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite {n} realistic questions this person would ask an AI assistant "
            f"about {d}, each followed by a detailed expert answer. Numbered Q/A pairs."
        )
    return (
        f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful assistant about {d}. "
        "The assistant's turns should be long and thorough. Label turns USER: and ASSISTANT:."
    )


# ============================================================================================
# multi-turn follow-ups

FOLLOW = {
    "en": (
        "Can you expand on the second point?",
        "Give me a concrete example of that.",
        "What would a critic of this view say?",
        "Now explain it as if I were twelve.",
        "Put that into a table.",
        "Are there any exceptions?",
        "How would this change if the budget were halved?",
        "Summarise everything so far in five bullet points.",
        "Which of these would you pick, and why?",
        "That seems wrong to me. Check your reasoning again.",
        "Go deeper on the risks.",
        "Write the code for the approach you described.",
        "What sources support this?",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "Resume todo en cinco puntos.",
        "¿Hay excepciones?",
        "Explícalo como si tuviera doce años.",
    ),
    "pt": (
        "Pode detalhar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "E se o orçamento fosse a metade?",
        "Resume tudo em cinco tópicos.",
        "Tem alguma exceção?",
    ),
    "hi": (
        "दूसरे बिंदु को थोड़ा विस्तार से समझाइए।",
        "इसका एक उदाहरण दीजिए।",
        "सब कुछ पाँच बिंदुओं में सारांशित कीजिए।",
        "क्या इसके कोई अपवाद हैं?",
    ),
    "zh": (
        "能展开讲讲第二点吗？",
        "举一个具体的例子。",
        "反对这个观点的人会怎么说？",
        "用五个要点总结一下。",
        "有没有例外情况？",
    ),
}


def followup(rng: Rng, lang: str, prev: str) -> str:
    base = pick(rng, FOLLOW[lang])
    if lang == "en" and chance(rng, 0.35):
        topic = _cut(prev, 20, 70, rng).replace("\n", " ")
        return pick(
            rng,
            (
                f'Going back to "{topic}" - {base[0].lower()}{base[1:]}',
                f"Thanks. {base} Keep in mind my original question: {topic}",
                f"{base} Be as detailed as you can.",
            ),
        )
    return base


# ============================================================================================
# code curriculum

CODE_TOPICS = (
    "reverse a singly linked list",
    "check whether a string is a palindrome ignoring punctuation",
    "merge two sorted arrays",
    "implement binary search on a rotated array",
    "compute the longest common subsequence",
    "detect a cycle in a directed graph",
    "implement an LRU cache",
    "parse a CSV line with quoted fields",
    "find the k most frequent words in a text",
    "implement Dijkstra's shortest path",
    "serialise and deserialise a binary tree",
    "implement a token-bucket rate limiter",
    "validate a Sudoku board",
    "evaluate an arithmetic expression with precedence",
    "implement a trie with prefix search",
    "compute edit distance",
    "find all permutations of a multiset",
    "implement a thread-safe bounded queue",
    "topologically sort build targets",
    "implement a simple regex matcher with . and *",
    "compress a string with run-length encoding",
    "find the median of a data stream",
    "implement union-find with path compression",
    "schedule intervals to minimise meeting rooms",
    "implement a consistent-hashing ring",
    "write a JSON pretty-printer without libraries",
    "implement matrix exponentiation for Fibonacci",
    "find strongly connected components",
    "implement a min-heap from scratch",
    "rate-limit an async crawler",
)
PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
LEVELS = ("beginner", "novice", "intermediate", "advanced", "expert")


def code_prompt(rng: Rng, idx: int, style: int, nat: str) -> str:
    topic = CODE_TOPICS[idx % len(CODE_TOPICS)]
    plang = PLANGS[(idx // len(CODE_TOPICS)) % len(PLANGS)]
    lvl = LEVELS[(idx // (len(CODE_TOPICS) * len(PLANGS))) % len(LEVELS)]
    if nat == "es":
        return (
            f"Nivel {lvl}. Escribe en {plang} una solución para: {topic}. Explica la complejidad en español "
            "y añade pruebas unitarias."
        )
    if nat == "ja":
        return f"{plang}で次の課題を実装してください：{topic}。計算量の説明とユニットテストも付けてください（レベル：{lvl}）。"
    if style == 0:
        return (
            f"[{lvl}] Write an idiomatic {plang} implementation to {topic}. Include type annotations where the "
            "language has them, unit tests, and a short explanation of time and space complexity."
        )
    if style == 1:
        return (
            f"Exercise {idx + 1}: {topic} ({plang}, {lvl} level).\nFirst explain the approach in prose, then give "
            "the full code, then walk through one example input by hand."
        )
    return f"{plang}: {topic}. Production quality please, with tests and comments."


# ============================================================================================
# wrappers an app's back end puts around its users' text

TEACHER_WRAPS = (
    "Answer the following as a domain expert. Think it through step by step first, then give a polished final "
    "answer.\n\n{t}",
    "{t}\n\n(Please give a thorough, well-structured answer and explain your reasoning.)",
    "Respond to this user request. Write your reasoning under 'Reasoning:' and the reply under 'Answer:'.\n"
    "Request: {t}",
    "{t}\n\nTake your time, consider alternatives, and justify the final answer.",
    "User request follows. Produce the best possible response, with explicit intermediate steps where useful.\n---\n{t}",
)


# ============================================================================================
# person-like questions (crowds, bought accounts)

CROWD_TOPICS = {
    "math": (
        "integration by parts",
        "eigenvalues of a 2x2 matrix",
        "Bayes theorem",
        "limits at infinity",
        "the chain rule",
        "proof by induction",
        "compound interest",
        "standard deviation",
    ),
    "science": (
        "how vaccines train the immune system",
        "why the sky is blue",
        "entropy",
        "photosynthesis",
        "how transistors work",
        "plate tectonics",
        "the Doppler effect",
        "osmosis",
    ),
    "code": (
        "recursion",
        "async/await in JavaScript",
        "pointers in C",
        "SQL joins",
        "Big-O notation",
        "Python decorators",
        "git rebase vs merge",
        "REST vs GraphQL",
    ),
    "humanities": (
        "the causes of World War I",
        "utilitarianism",
        "the fall of Rome",
        "supply and demand",
        "the French Revolution",
        "Keynesian economics",
        "the Cold War",
        "stoicism",
    ),
    "health": (
        "how insulin works",
        "what cholesterol numbers mean",
        "how antidepressants work",
        "the difference between a cold and the flu",
        "how blood pressure is measured",
    ),
}
CROWD_EN = (
    "can you explain {t} step by step",
    "explain {t} to me like im 15, with reasoning",
    "what is {t}? give a detailed explanation and an example",
    "i dont get {t}, can u walk me through it slowly",
    "my teacher asked about {t}. whats the full answer with all the steps",
    "help me understand {t} please, think it through",
    "whats the difference between {t} and {u}? explain why",
    "write a clear explanation of {t} with one worked example",
)
CROWD_X = {
    "hi": (
        "{t} ko step by step samjhao please",
        "{t} kya hota hai? detail me batao example ke saath",
        "mujhe {t} samajh nahi aa raha, aaram se explain karo",
    ),
    "pt": (
        "me explica passo a passo: {t}",
        "o que é {t}? explica com detalhes e um exemplo",
        "não entendi {t}, pode explicar devagar?",
    ),
    "es": (
        "explícame paso a paso {t}",
        "¿qué es {t}? explícalo con detalle y un ejemplo",
        "no entiendo {t}, ¿me lo explicas con calma?",
    ),
    "id": (
        "tolong jelaskan langkah demi langkah tentang {t}",
        "apa itu {t}? jelaskan detail dengan contoh",
        "saya belum paham {t}, bisa dijelaskan pelan-pelan?",
    ),
}


def crowd_question(rng: Rng, lang: str, category: str) -> str:
    topics = CROWD_TOPICS[category]
    t, u = (str(x) for x in rng.choice(topics, size=2, replace=False))
    if category == "math" and chance(rng, 0.35):
        q = problem(rng, "en")
        return _typos(
            rng,
            pick(
                rng,
                (f"{q} show all steps pls", f"how do i solve this: {q}", f"{q}\nexplain each step"),
            ),
            0.01,
        )
    if lang == "en":
        return _typos(rng, pick(rng, CROWD_EN).format(t=t, u=u), 0.015)
    return _typos(rng, pick(rng, CROWD_X[lang]).format(t=t), 0.01)


WRITING = (
    "Write a 600-word essay on {d} with a clear thesis and three supporting arguments.",
    "Draft a cover letter for {p} applying to a job related to {d}.",
    "Explain {d} to a beginner, then list five common misconceptions and correct them.",
    "Give me a detailed study plan for learning {d} in eight weeks.",
    "Write a short story (about 500 words) featuring {p}.",
)


def varied_request(rng: Rng, chat: list[str]) -> str:
    """A broad mix of asks, as a buyer of old accounts sends them to blend in."""
    k = irange(rng, 0, 5)
    if k == 0:
        return trace_prompt(rng, "en")
    if k == 1:
        return code_prompt(rng, irange(rng, 0, 2000), irange(rng, 0, 2), "en")
    if k == 2:
        return pick(rng, WRITING).format(d=pick(rng, DOMAINS), p=pick(rng, PERSONAS))
    if k == 3:
        return crowd_question(rng, "en", pick(rng, tuple(CROWD_TOPICS)))
    return pick(rng, chat)


# ============================================================================================
# benign kinds' texts

EVAL_WRAPS = (
    "Q: {q}\nA: Let's work this out carefully, step by step.",
    "{q}\nShow your work, then write the final answer after '####'.",
    "Problem: {q}\nSolution:",
)


def eval_item(rng: Rng, suite: str, idx: int) -> str:
    if chance(rng, 0.5):
        return pick(rng, EVAL_WRAPS).format(q=problem(rng, "en"))
    stem, opts = mcq(rng)
    body = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
    return f"[{suite} #{idx}] {stem}\n{body}\nThink briefly, then answer with the letter in parentheses."


GUIDELINES = (
    "the response follows every explicit instruction in the prompt",
    "the response contains no factual errors",
    "the response does not give medical, legal or financial advice without caveats",
    "the response answers in the language of the prompt",
    "the response is not padded or repetitive",
    "the response refuses only when the request is genuinely harmful",
)


def annotate_prompt(rng: Rng, q: str, a: str) -> str:
    g = irange(rng, 0, len(GUIDELINES) - 1)
    if chance(rng, 0.6):
        return (
            f"Guideline G{g + 1}: {GUIDELINES[g]}.\nRead the exchange and label it PASS, FAIL or N/A. Quote the "
            f"sentence that decided it.\n\nUser: {q}\n\nAssistant: {a}"
        )
    return (
        f"I'm reviewing this chatbot answer for a quality audit. List its strengths and weaknesses in three "
        f"bullets each so I can write my rating.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


MOD_POLICIES = {
    "en": "Community rules v{v}: no harassment, no doxxing, no slurs, no spam links.",
    "es": "Normas de la comunidad v{v}: sin acoso, sin datos personales, sin insultos, sin spam.",
    "pt": "Regras da comunidade v{v}: sem assédio, sem dados pessoais, sem ofensas, sem spam.",
    "de": "Community-Regeln v{v}: keine Belästigung, keine persönlichen Daten, keine Beleidigungen, kein Spam.",
}


def moderation_prompt(rng: Rng, lang: str, post: str, version: int) -> str:
    pol = MOD_POLICIES[lang].format(v=version)
    return (
        f'{pol}\nReview the post below. If it breaks a rule, return {{"action": "rewrite", "text": <a compliant '
        'version that keeps the author\'s point>}; if not, return {"action": "keep"}. JSON only.\n\nPost:\n'
        + post
    )


REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "internal/cache/lru.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "src/components/Table.tsx",
    "tests/test_export.py",
    "pkg/auth/jwt.go",
    "src/main/java/com/acme/OrderService.java",
    "scripts/migrate.sql",
)


def ide_agent_prompt(rng: Rng, step: int, ask: str) -> str:
    f = pick(rng, REPO_FILES)
    if step == 0:
        return f"{ask}\n\n(open file: {f})"
    k = irange(rng, 0, 3)
    if k == 0:
        return f'<tool_result name="read_file" path="{f}">\n... {irange(rng, 40, 900)} lines ...\n</tool_result>'
    if k == 1:
        return (
            f'<tool_result name="run_tests">{irange(rng, 1, 6)} failed, {irange(rng, 20, 400)} passed\n'
            f"FAILED {f}::test_{pick(rng, ('roundtrip', 'empty_input', 'unicode', 'timeout', 'auth'))}</tool_result>"
        )
    if k == 2:
        return f'<tool_result name="apply_diff" path="{f}">ok, {irange(rng, 1, 40)} hunks applied</tool_result>'
    return f"<tool_result name=\"grep\">{irange(rng, 0, 30)} matches for '{pick(rng, ('TODO', 'deprecated', 'retry', 'session'))}'</tool_result>"


INTENTS = {
    "en": (
        "card_lost",
        "balance_check",
        "dispute_charge",
        "change_address",
        "loan_rates",
        "close_account",
    ),
    "es": ("tarjeta_perdida", "consultar_saldo", "reclamar_cargo", "cambiar_direccion"),
    "de": ("karte_verloren", "kontostand", "abbuchung_reklamieren", "adresse_aendern"),
}
UTTER = {
    "card_lost": "I think I left my debit card at the restaurant last night",
    "balance_check": "how much money do I have left",
    "dispute_charge": "there's a payment on my statement I never made",
    "change_address": "I moved, need to update where you send letters",
    "loan_rates": "what interest would I pay on a 10k car loan",
    "close_account": "I want to shut down my savings account",
    "tarjeta_perdida": "perdí mi tarjeta en el metro",
    "consultar_saldo": "cuánto saldo me queda",
    "reclamar_cargo": "hay un cargo que no reconozco",
    "cambiar_direccion": "me he mudado de casa",
    "karte_verloren": "ich habe meine Karte verloren",
    "kontostand": "wie viel Geld ist noch auf dem Konto",
    "abbuchung_reklamieren": "da ist eine Abbuchung, die ich nicht kenne",
    "adresse_aendern": "ich bin umgezogen",
}


def augment_prompt(rng: Rng, lang: str) -> str:
    intent = pick(rng, INTENTS[lang])
    n = int(pick(rng, (10, 15, 20)))
    if chance(rng, 0.7):
        return (
            f'Intent: {intent}\nSeed utterance: "{UTTER[intent]}"\nWrite {n} paraphrases a real customer might type '
            "to our banking chatbot (vary formality, length, typos, slang). Language must match the seed. Return a JSON list of strings."
        )
    return (
        f"Create {n} short synthetic support tickets for intent '{intent}' with realistic but fictional details, "
        "one per line, for testing our ticket router. Do not include real names or account numbers."
    )


COMPANION = {
    "en": (
        "hey you there?",
        "ugh long day at work",
        "tell me something nice",
        "i miss talking to you",
        "what should i eat tonight",
        "i couldn't sleep again",
        "do you remember what i told you yesterday?",
        "haha that's so you",
        "can we just chat for a bit",
        "my sister called today",
        "good morning!!",
        "i got the job!!",
        "tell me a story",
        "why do i always overthink",
    ),
    "pt": (
        "oi, tá aí?",
        "dia cansativo hoje",
        "me conta uma história",
        "tô com saudade",
        "bom dia!!",
    ),
    "hi": ("hi kaise ho?", "aaj ka din bahut lamba tha", "kuch achha batao", "neend nahi aa rahi"),
    "es": (
        "hola, ¿estás?",
        "qué día más largo",
        "cuéntame algo bonito",
        "no puedo dormir",
        "¡buenos días!",
    ),
}


def companion_msg(rng: Rng, lang: str) -> str:
    return pick(rng, COMPANION[lang])


def assignment_texts(rng: Rng, n: int) -> list[str]:
    """One course's assignment prompts (students paste them, lightly edited)."""
    pool = (
        "Explain step by step why gradient descent converges for a convex function with Lipschitz gradient.",
        "Derive the bias-variance decomposition of the squared error and explain each term.",
        "Compare bagging and boosting. When would you prefer each? Give reasoning.",
        "Show that the k-means objective never increases between iterations.",
        "Explain the backpropagation equations for a two-layer network with sigmoid activations.",
        "Why does L1 regularisation produce sparse solutions? Explain geometrically.",
        "Work through the EM algorithm for a mixture of two Gaussians by hand.",
        "Explain how a decision tree chooses its split using information gain, with an example.",
        "Prove that the softmax function is invariant to adding a constant to all inputs.",
        "Explain the difference between precision and recall with a worked example.",
    )
    return [str(x) for x in rng.choice(pool, size=n, replace=False)]


def student_variant(rng: Rng, text: str) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return text
    if k == 1:
        return f"hi! for my homework: {text[0].lower()}{text[1:]}"
    if k == 2:
        return _typos(rng, text, 0.01)
    if k == 3:
        return f"{text} I don't understand the part about the second step."
    return f"Can you check my reasoning? Question: {text}\nMy idea: I think it has to do with the slope getting smaller."


VIGNETTES = (
    "A colleague takes credit for your idea in a meeting.",
    "A neighbour's tree drops leaves into your garden.",
    "Your city proposes a congestion charge for the centre.",
    "A friend asks to borrow a large sum of money.",
    "A company tracks employees' keystrokes to measure productivity.",
    "A school bans phones during lessons.",
    "A hospital uses an algorithm to prioritise patients.",
    "A landlord raises the rent by 20%.",
)
CLAIMS = (
    "this is acceptable",
    "you would speak up",
    "the decision is fair",
    "most people would agree with it",
    "it should be regulated by law",
)


def survey_prompt(rng: Rng, vid: int, cid: int, persona: int) -> str:
    v, c = VIGNETTES[vid % len(VIGNETTES)], CLAIMS[cid % len(CLAIMS)]
    if persona % 3 == 0:
        return f"Scenario: {v}\nOn a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree that {c}? Answer with a number only."
    if persona % 3 == 1:
        return (
            f"You are participant {persona}, a {pick(rng, ('34-year-old teacher', '58-year-old farmer', '22-year-old student', '45-year-old nurse'))}. "
            f"Scenario: {v}\nRate 1-7 how much you agree that {c}. Number only."
        )
    return f"{v} Do you agree that {c}? Reply 1-7."


LESSON_TOPICS = {
    "math": (
        "fractions",
        "ratios and rates",
        "linear equations",
        "the Pythagorean theorem",
        "probability",
        "quadratic functions",
        "exponents",
        "area of circles",
        "systems of equations",
        "statistics: mean and median",
    ),
    "science": (
        "the water cycle",
        "cells",
        "forces and motion",
        "chemical reactions",
        "ecosystems",
        "electric circuits",
        "the periodic table",
        "energy transfer",
        "genetics basics",
        "the solar system",
    ),
}
LESSON_LANG = {"en": "English", "es": "Spanish", "fr": "French", "hi": "Hindi"}


def lesson_prompt(subject: str, idx: int, grade: int, lang: str) -> str:
    topic = LESSON_TOPICS[subject][idx % len(LESSON_TOPICS[subject])]
    return (
        f"Grade {grade} {subject} - {topic}. Write a student-facing explanation (about 250 words) in "
        f"{LESSON_LANG[lang]}, then three practice questions with worked solutions. Match the reading level "
        f"of grade {grade}; follow our style guide (short sentences, one idea per paragraph)."
    )


SAAS_WRAPS = (
    "Improve the clarity and flow of this text without changing its meaning:\n\n{t}",
    "Summarise the following in three sentences:\n\n{t}",
    "Make this more formal and concise:\n\n{t}",
    "Continue writing from where this text stops, in the same voice:\n\n{t}",
    "Fix grammar and spelling only. Return the corrected text.\n\n{t}",
    "Turn these notes into a well-structured paragraph with a clear argument:\n\n{t}",
)

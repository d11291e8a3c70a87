"""Prompt generators of batch 209 (written fresh for this batch).

Every generator takes a numpy `Generator` (and, where it wraps ordinary human text, the ShareGPT
prompts `chat` or answers `passages` that `bench/blind_batch.py` hands over in the context) and
returns one prompt string. Campaign generators come first, then the benign kinds'.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _lang(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    p = np.array([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# ============================================================================================
# word problems (reasoning harvest, the evaluation lab's items, the study helper)

CITIES = (
    "Lyon",
    "Osaka",
    "Recife",
    "Tartu",
    "Nairobi",
    "Hobart",
    "Ghent",
    "Cusco",
    "Pune",
    "Bergen",
    "Tbilisi",
    "Halifax",
    "Da Nang",
    "Tromso",
    "Arequipa",
    "Kazan",
)
ITEMS = (
    "notebooks",
    "lanterns",
    "tickets",
    "seedlings",
    "bolts",
    "jars of honey",
    "posters",
    "tiles",
)


def problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        c = irange(rng, 1, 2)
        return (
            f"Two pipes feed a cistern. The first fills it alone in {a} hours, the second alone in "
            f"{b} hours. Both run together for {c} hour(s), then the second pipe is shut. How much "
            f"longer until the cistern is full?"
        )
    if k == 1:
        r, g, b = irange(rng, 2, 7), irange(rng, 2, 7), irange(rng, 2, 7)
        return (
            f"A box holds {r} red, {g} green and {b} blue counters. Three are taken out without "
            f"replacement. What is the probability that the three counters all have different "
            f"colours? Give the answer as a reduced fraction."
        )
    if k == 2:
        a, n, m = irange(rng, 3, 19), irange(rng, 20, 400), pick(rng, (7, 11, 13, 17, 19, 23))
        return f"What is the remainder when {a}^{n} is divided by {m}?"
    if k == 3:
        x, y = irange(rng, 3, 30), irange(rng, 3, 30)
        return (
            f"A rectangle has perimeter {2 * (x + y)} m and the square of its diagonal is "
            f"{x * x + y * y} m^2. Find its area."
        )
    if k == 4:
        n = irange(rng, 5, 10)
        return (
            f"In how many ways can {n} different books stand on a shelf if two particular books "
            f"must never be next to each other?"
        )
    if k == 5:
        v, h = irange(rng, 8, 30), irange(rng, 2, 40)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. With "
            f"g = 9.8 m/s^2 and no air resistance, after how many seconds does it reach the ground "
            f"below the cliff?"
        )
    if k == 6:
        r = pick(rng, (2, 3, 4, 5, 6, 7))
        return (
            f"A savings account pays {r}% a year, compounded monthly. After how many whole months has "
            f"a deposit first more than doubled?"
        )
    if k == 7:
        a, b, d = irange(rng, 1, 9), irange(rng, 2, 12), irange(rng, 1, 4)
        return (
            f"A sequence begins {a}, {b}, and every later term equals the sum of the two before it "
            f"minus {d}. What is the 12th term, and is it even or odd?"
        )
    if k == 8:
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 90), irange(rng, 50, 120)
        return (
            f"A bus leaves {c1} for {c2}, {d} km away, at 08:{irange(rng, 10, 55)} at {v1} km/h. "
            f"Forty minutes later a car sets off from {c2} towards {c1} at {v2} km/h. At what time "
            f"do they meet, and how far from {c1}?"
        )
    if k == 9:
        p, x, y = irange(rng, 60, 900), irange(rng, 10, 40), irange(rng, 5, 35)
        it = pick(rng, ITEMS)
        return (
            f"A shop raised the price of {it} by {x}% and a month later cut the new price by {y}%. "
            f"They now cost {p}.00 each. What did they cost originally? Is the final price higher or "
            f"lower than the original?"
        )
    if k == 10:
        names = [pick(rng, NAMES) for _ in range(4)]
        return (
            f"{names[0]}, {names[1]}, {names[2]} and {names[3]} each tell exactly one lie among "
            f"two statements. {names[0]}: 'I finished before {names[1]}. {names[2]} was last.' "
            f"{names[1]}: 'I was second. {names[3]} beat {names[0]}.' {names[2]}: 'I was third. "
            f"{names[1]} was first.' {names[3]}: 'I was not last. {names[0]} was second.' "
            f"What was the finishing order?"
        )
    w, n = irange(rng, 3, 9), irange(rng, 20, 90)
    return (
        f"A {w}-digit code uses digits 0-9, may not start with 0, and must have its digits in "
        f"strictly increasing order. How many such codes are there, and what is the {n}th smallest?"
    )


def problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        a, b, c = irange(rng, 3, 9), irange(rng, 4, 12), irange(rng, 1, 2)
        return f"一个水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开{c}小时后关闭乙管，还要多少小时才能注满？"
    if k == 1:
        r, w = irange(rng, 2, 9), irange(rng, 2, 9)
        return f"袋子里有{r}个红球和{w}个白球，不放回地连续摸出两个球，两个球颜色相同的概率是多少？"
    if k == 2:
        a, n, m = irange(rng, 3, 19), irange(rng, 20, 300), pick(rng, (7, 11, 13))
        return f"求{a}的{n}次方除以{m}所得的余数。"
    if k == 3:
        w, d = irange(rng, 3, 20), irange(rng, 1, 9)
        return f"一个长方形的周长是{2 * (2 * w + d)}厘米，长比宽多{d}厘米，这个长方形的面积是多少平方厘米？"
    if k == 4:
        x, y, p = irange(rng, 10, 30), irange(rng, 5, 25), irange(rng, 80, 600)
        return f"某商品先提价{x}%，再降价{y}%，现价是{p}元。原价是多少元？现价比原价高还是低？"
    n = irange(rng, 4, 8)
    return f"{n}个人排成一排照相，其中甲、乙两人必须相邻，丙不能站在两端，一共有多少种排法？"


def problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, t, p = irange(rng, 100, 600), irange(rng, 2, 8), pick(rng, (10, 20, 25, 50))
        return f"Поезд проходит {d} км за {t} ч. За сколько времени он пройдёт {d + 60} км, если увеличит скорость на {p}%?"
    if k == 1:
        r, b = irange(rng, 3, 9), irange(rng, 3, 9)
        return f"В коробке {r} красных и {b} синих карандашей. Наугад берут три. Какова вероятность, что ровно два из них красные?"
    if k == 2:
        a, n, m = irange(rng, 3, 19), irange(rng, 20, 300), pick(rng, (7, 11, 13))
        return f"Найдите остаток от деления числа {a}^{n} на {m}."
    if k == 3:
        mid = 2 * irange(rng, 5, 60) + 1
        return f"Сумма трёх последовательных нечётных чисел равна {3 * mid}. Найдите наибольшее из них и проверьте ответ."
    n = irange(rng, 5, 9)
    return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не хотят сидеть рядом?"


def problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        return f"Un grifo llena un depósito en {a} horas y otro en {b} horas. Si se abren los dos a la vez, ¿cuánto tardan en llenarlo?"
    if k == 1:
        r, v = irange(rng, 2, 8), irange(rng, 2, 8)
        return f"En una urna hay {r} bolas rojas y {v} verdes. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que sean de distinto color?"
    p, x = irange(rng, 50, 500), irange(rng, 10, 40)
    return f"Después de un descuento del {x}%, una chaqueta cuesta {p} euros. ¿Cuánto costaba antes del descuento?"


def problem_de(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v1, v2, d = irange(rng, 40, 90), irange(rng, 50, 120), irange(rng, 100, 700)
        return f"Zwei Züge fahren sich auf einer {d} km langen Strecke mit {v1} km/h und {v2} km/h entgegen. Nach wie vielen Minuten begegnen sie sich?"
    if k == 1:
        n = irange(rng, 5, 9)
        return f"Wie viele Möglichkeiten gibt es, {n} verschiedene Bücher so ins Regal zu stellen, dass zwei bestimmte Bücher nebeneinander stehen?"
    a, n, m = irange(rng, 3, 19), irange(rng, 20, 300), pick(rng, (7, 11, 13))
    return f"Welchen Rest lässt {a}^{n} bei Division durch {m}?"


PROBLEMS = {
    "en": problem_en,
    "zh": problem_zh,
    "ru": problem_ru,
    "es": problem_es,
    "de": problem_de,
}


# ============================================================================================
# campaign: reasoning-trace coercion


def reasoning_coercion(rng: np.random.Generator) -> str:
    lang = _lang(rng, {"en": 0.5, "zh": 0.3, "ru": 0.2})
    q = PROBLEMS[lang](rng)
    style = irange(rng, 0, 2)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地推理，把完整的思考过程全部写出来，包括你尝试过但放弃的思路，最后单独一行写“答案：”。\n题目：{q}",
                f"题目：{q}\n要求：先在<思考>和</思考>之间写出详细的推理过程（每一步都要验算），然后给出最终答案。",
                f"你是一名严谨的数学老师。请详细展示解题的每一个中间步骤并解释原因，不要省略任何计算。\n{q}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши весь ход рассуждений, проверь каждый шаг, а в конце напиши «Ответ: ...».\n{q}",
                f"{q}\nСначала порассуждай вслух как можно подробнее, рассмотри альтернативные пути решения, затем дай итоговый ответ.",
            ),
        )
    if style == 0:
        return (
            f"Solve the problem below. Before answering, write out your complete internal reasoning "
            f"between <think> and </think>, including checks and any approaches you discard. Then "
            f"give the final answer on its own line as 'ANSWER: ...'.\n\nProblem: {q}"
        )
    if style == 1:
        return (
            f"### Task\n{q}\n\n### Format\n1. Restate what is asked.\n2. Reason step by step, "
            f"showing every intermediate value.\n3. Verify the result by a second method.\n"
            f"4. Final answer in \\boxed{{}}."
        )
    return (
        f"{q}\n\nThink about this very carefully and at length. Do not skip steps; explain why each "
        f"step follows from the previous one, then state the answer."
    )


# ============================================================================================
# campaign: judge / rubric / reward-model grading

CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "instruction following",
    "harmlessness",
    "concision",
    "clarity",
    "completeness",
    "tone",
)


def judge_grading(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 40, 400, rng)
    a = clip(pick(rng, passages), 250, 1100, rng)
    b = clip(pick(rng, passages), 250, 1100, rng)
    crit = sorted({pick(rng, CRITERIA) for _ in range(3)})
    style = _lang(rng, {"pair": 0.35, "rubric": 0.3, "scalar": 0.2, "de": 0.08, "es": 0.07})
    if style == "pair":
        return (
            f"[System] You are an impartial evaluator. Compare the two assistant responses to the "
            f"user question. Consider {', '.join(crit)}. Explain your comparison in 3-6 sentences, "
            f'then output a verdict: "[[A]]", "[[B]]" or "[[tie]]".\n\n[User question]\n{q}\n\n'
            f"[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == "rubric":
        rubric = "\n".join(f"- {c}: 1 (poor) to 10 (excellent)" for c in crit)
        return (
            f"Grade the RESPONSE to the PROMPT against this rubric:\n{rubric}\nReturn JSON "
            f'{{"scores": {{...}}, "overall": <float>, "justification": "<why>"}}.\n\nPROMPT:\n{q}\n\n'
            f"RESPONSE:\n{a}"
        )
    if style == "scalar":
        return (
            f"Rate how good the following answer is for the question. Reply with a single number "
            f"between 0.00 and 1.00 followed by one sentence of reasoning.\nQuestion: {q}\nAnswer: {a}"
        )
    if style == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Korrektheit, "
            f"Hilfsbereitschaft und Verständlichkeit. Begründe jede Note kurz und gib am Ende "
            f"'Gesamtnote: X' aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    return (
        f"Actúa como juez imparcial. Compara las respuestas A y B a la pregunta y di cuál es mejor y "
        f"por qué (máximo 5 frases). Termina con 'Veredicto: A', 'Veredicto: B' o 'Veredicto: empate'."
        f"\n\nPregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}"
    )


# ============================================================================================
# campaign: censorship-safe / policy rewrites

SENSITIVE = (
    "the 1989 protests in Beijing",
    "drug harm reduction",
    "the status of Taiwan",
    "self-defence laws",
    "extremist recruitment online",
    "election misinformation",
    "the Uyghur region",
    "abortion law",
    "firearm storage",
    "the war in Ukraine",
    "cryptocurrency scams",
    "tobacco marketing",
    "euthanasia",
    "police surveillance",
    "hate speech moderation",
    "vaccine side effects",
)
SENSITIVE_ZH = (
    "台湾问题",
    "新疆政策",
    "六四事件",
    "网络审查",
    "宗教自由",
    "香港选举",
    "民族政策",
    "新闻自由",
)


def policy_rewrite(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    lang = _lang(rng, {"en": 0.45, "zh": 0.35, "ru": 0.2})
    p = clip(pick(rng, passages), 300, 1000, rng)
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请把下面这段关于“{t}”的回答改写成立场中立、符合监管要求的版本，保留所有事实信息，去掉可能引起争议的措辞（原文为英文，请输出中文）：\n{p}",
                f"用户问了一个关于{t}的问题，原模型拒绝了回答。请写出一个既安全又真正有帮助的理想回答，不要提到任何政策或拒绝。",
                f"以下内容需要通过内容审核。请逐句改写，使其符合平台规范，同时保持原意与信息量：\n{p}",
            ),
        )
    if lang == "ru":
        t = pick(rng, SENSITIVE)
        return pick(
            rng,
            (
                f"Перепиши следующий ответ на тему «{t}» так, чтобы он был нейтральным и соответствовал правилам платформы, но сохранил все факты:\n{p}",
                f"Пользователь спросил о теме «{t}», а модель отказалась отвечать. Напиши идеальный ответ, который безопасен и при этом действительно полезен.",
            ),
        )
    t = pick(rng, SENSITIVE)
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Below is a draft answer about {t}. Rewrite it so it would pass a strict content-policy "
            f"review while keeping every factual claim and the same length. Output only the "
            f"rewritten answer.\n\nDRAFT:\n{p}"
        )
    if style == 1:
        q = clip(pick(rng, chat), 30, 200, rng)
        return (
            f'A user asked: "{q}" (context: {t}). A previous assistant refused. Write the response '
            f"a careful, fully compliant assistant should have given instead: helpful, balanced, no "
            f"moralising, no mention of refusing."
        )
    if style == 2:
        return (
            f"Produce two versions of an answer to a question about {t}: (1) the answer that violates "
            f"no policy and (2) a one-line note on which sentences of the original below you changed "
            f"and why.\n\nORIGINAL:\n{p}"
        )
    return (
        f"Make this text safe for a general audience on the topic of {t}. Keep the meaning, soften "
        f"anything that could be read as advocacy, add balance where one side is missing:\n\n{p}"
    )


# ============================================================================================
# agent / tool-use transcripts (a campaign's harvest and the coding-agent developers')

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "python": {"code": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "duration_min": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "book_flight": {"origin": "string", "destination": "string", "date": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "shell": {"command": "string"},
    "crm_lookup": {"customer_id": "string"},
}
AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Friday and email a summary to {n}.",
    "Check the weather in {c1} for the weekend and put an outdoor meeting with {n} on the better day.",
    "Query the orders database for customers in {co} with more than five returns and draft an apology email.",
    "Look up the population of {c1} and {c2}, compute the ratio in Python, and report it.",
    "Read config/settings.yaml, change the log level to DEBUG, and write it back.",
    "Find the latest release notes of the pandas library and summarise breaking changes for {n}.",
    "Pull customer {cid} from the CRM and schedule a 30 minute follow-up call next Tuesday.",
    "Download the CSV at the given URL, compute monthly revenue totals and save a chart to out/revenue.png.",
    "Search for visa requirements for a citizen of {co} visiting {co2} and summarise them in five bullets.",
    "Run the test suite, find the failing test and propose a fix.",
)
OBSERVATIONS = (
    '{"status": "ok", "results": 3}',
    '{"error": "timeout after 30s"}',
    "HTTP 200, 14.2 KB of HTML",
    '{"rows": 17}',
    "Traceback (most recent call last): KeyError: 'date'",
    '{"temperature_c": 14, "rain_mm": 3.2}',
    "2 files changed",
    '{"price_eur": [182, 199, 240]}',
    "exit code 1: 3 failed, 41 passed",
)


def _task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=pick(rng, NAMES),
        co=pick(rng, COUNTRIES),
        co2=pick(rng, COUNTRIES),
        cid=f"C-{irange(rng, 10000, 99999)}",
    )


def agent_transcript(rng: np.random.Generator, step: int) -> str:
    names = sorted(TOOLS)
    chosen = sorted({pick(rng, names) for _ in range(irange(rng, 3, 6))})
    task = _task(rng)
    style = irange(rng, 0, 2)
    history = []
    for i in range(step):
        tool = pick(rng, chosen)
        history.append((tool, pick(rng, OBSERVATIONS), i))
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
                for t in chosen
            ]
        )
        turns = "\n".join(
            f'assistant: {{"tool_call": "{t}", "id": "call_{i}"}}\ntool[{t}]: {o}'
            for t, o, i in history
        )
        return (
            f"tools = {spec}\n\nuser: {task}\n{turns}\n\nReturn the next assistant message: either one "
            f"tool call as JSON with name and arguments, or the final answer to the user."
        )
    if style == 1:
        lines = "\n".join(
            f"Thought: I should use {t}.\nAction: {t}\nObservation: {o}" for t, o, _ in history
        )
        return (
            f"Answer the following task as best you can. You have access to these tools: "
            f"{', '.join(chosen)}.\nUse the format Thought / Action / Action Input / Observation, "
            f"repeated as needed, ending with Final Answer.\n\nTask: {task}\n{lines}\nThought:"
        )
    calls = "\n".join(
        f'<tool_call name="{t}"/>\n<tool_result>{o}</tool_result>' for t, o, _ in history
    )
    return (
        f"<tools>{' '.join(chosen)}</tools>\n<task>{task}</task>\n{calls}\nContinue the episode: reason "
        f"briefly inside <plan>, then emit exactly one <tool_call> or a <final> block."
    )


REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.py",
    "tests/test_billing.py",
    "app/components/Cart.tsx",
    "internal/store/cache.go",
    "lib/parser.rb",
    "src/main.rs",
    "pkg/auth/jwt.go",
    "server/index.js",
    "migrations/0042_add_index.sql",
    "Dockerfile",
    "src/utils/dates.ts",
)
DEV_ASKS = (
    "fix the flaky test in {f}",
    "add pagination to the list endpoint in {f}",
    "rename the config flag and update its call sites",
    "why does {f} panic on empty input",
    "add type hints to {f}",
    "upgrade the deprecated API calls in {f}",
    "write unit tests for {f}",
    "make the build pass",
    "profile {f}, it got slow after the last merge",
)


def dev_agent_step(rng: np.random.Generator, step: int) -> str:
    f = pick(rng, REPO_FILES)
    ask = pick(rng, DEV_ASKS).format(f=f)
    if step == 0:
        return (
            f"<environment>cwd: ~/work/{pick(rng, ('shop', 'ledger', 'atlas', 'kiosk', 'relay'))}\n"
            f"git branch: {pick(rng, ('main', 'fix/retry', 'feat/export', 'dev'))}</environment>\n"
            f"User request: {ask}"
        )
    obs = pick(
        rng,
        (
            f"$ cat {f}\n(212 lines)",
            "$ pytest -x -q\n1 failed, 88 passed",
            f"$ git diff --stat\n {f} | 14 +++++---",
            "$ npm run build\nerror TS2345: Argument of type",
            "$ go test ./...\nok  \tpkg/auth\t0.412s",
            f"$ rg -n 'TODO' {f}\n41: # TODO handle None",
        ),
    )
    return f"Tool output:\n{obs}\n\nContinue with the task ({ask}). Next step?"


# ============================================================================================
# campaign: synthetic-dataset generation

DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Kubernetes operations",
    "nutrition",
    "European history",
    "SQL optimisation",
    "customer support for a telecom",
    "probability",
    "travel planning",
    "first aid",
    "machine learning theory",
    "climate science",
    "tax rules",
    "mobile photography",
    "job interviews",
    "linear algebra",
    "cybersecurity basics",
)


def dataset_generation(rng: np.random.Generator) -> str:
    lang = _lang(rng, {"en": 0.55, "fr": 0.15, "pt": 0.15, "id": 0.15})
    n = pick(rng, (10, 15, 20, 25, 30, 40, 50))
    t = pick(rng, DATA_TOPICS)
    seed = irange(rng, 1000, 99999)
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur le thème « {t} », "
            f'au format JSON Lines avec les champs "instruction", "entree" et "sortie". Varie la '
            f"difficulté et le style des questions. Graine : {seed}."
        )
    if lang == "pt":
        return (
            f"Crie {n} conversas realistas entre um usuário e um assistente de IA sobre {t}, cada uma "
            f'com 3 a 5 turnos. Saída em JSON: lista de objetos com "messages". Não repita perguntas. '
            f"Lote {seed}."
        )
    if lang == "id":
        return (
            f"Buat {n} soal pilihan ganda tentang {t} beserta kunci jawaban dan penjelasan lengkap "
            f"untuk setiap soal. Format JSON. Batch {seed}."
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {t}. Output JSONL "
            f"with keys instruction, input, output. Mix easy and hard tasks, vary the phrasing, and make "
            f"every output a complete, expert answer. seed={seed}"
        )
    if style == 1:
        return (
            f"You are a data generator. Write {n} question-answer pairs on {t} in which each answer "
            f"contains a detailed explanation of at least 150 words. Return a JSON array. "
            f"Avoid duplicates of batch #{seed - 1}."
        )
    if style == 2:
        return (
            f"Create {n} challenging exam questions on {t} with worked solutions. Number them. For each, "
            f"add a field 'difficulty' (1-5) and 'skills'."
        )
    return (
        f"Produce {n} simulated user requests about {t} that a helpful assistant might receive, and for "
        f"each the ideal assistant reply. Use varied personas ({pick(rng, NAMES)}, a student, a "
        f"retiree, a small-business owner). Format: ### User / ### Assistant."
    )


# ============================================================================================
# multi-turn dialogue harvest (follow-ups after a human-looking opener)

FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "ok but what about the counterargument?",
    "Give me a concrete example of that.",
    "Summarize everything we discussed so far in a table.",
    "Explain it like I'm 12.",
    "What would an expert disagree with here?",
    "Now make it shorter.",
    "hmm, are you sure? double check the numbers",
    "How would this differ in {co}?",
    "what are the most common mistakes people make with this?",
    "Rewrite that for a LinkedIn post",
    "Interesting. What's the history behind it?",
    "and what if the budget is half?",
    "Can you list sources or keywords I could look up?",
    "continue",
)
FOLLOW_ES = (
    "¿Puedes profundizar en el segundo punto?",
    "Dame un ejemplo concreto, por favor.",
    "¿Y cuál sería el argumento en contra?",
    "Resume todo lo que hemos hablado en una tabla.",
    "explícalo más simple",
    "¿Qué errores comete la gente con esto?",
    "sigue",
)
FOLLOW_PT = (
    "Pode aprofundar o segundo ponto?",
    "Me dá um exemplo concreto?",
    "E qual seria o contra-argumento?",
    "Resuma tudo o que conversamos até agora.",
    "explica de um jeito mais simples",
    "continua",
)
FOLLOW_DE = (
    "Kannst du den zweiten Punkt genauer erklären?",
    "Gib mir bitte ein konkretes Beispiel.",
    "Was wäre das Gegenargument?",
    "Fass unser Gespräch bisher in einer Tabelle zusammen.",
    "einfacher bitte",
    "weiter",
)
FOLLOWS = {"en": FOLLOW_EN, "es": FOLLOW_ES, "pt": FOLLOW_PT, "de": FOLLOW_DE}


def dialogue_turn(rng: np.random.Generator, chat: list[str], lang: str, turn: int) -> str:
    if turn == 0:
        return clip(pick(rng, chat), 20, 900, rng)
    u = rng.random()
    if u < 0.35:
        # a new question of the person's own, short (people drift within one chat)
        return clip(pick(rng, chat), 10, 220, rng)
    f = pick(rng, FOLLOWS[lang]).format(co=pick(rng, COUNTRIES))
    if u < 0.55:
        tails = ("", "?", " pls", "...", " thanks") if lang == "en" else ("", "?", "...", "??")
        f = f.lower().rstrip("?.!") + pick(rng, tails)
    return f


# ============================================================================================
# campaign: best-of-n / soft-label sampling (a prompt pool; the family repeats each)

BON_TOPICS = (
    "a lighthouse keeper's last night",
    "a city that runs out of water",
    "an AI that learns to paint",
    "two rival bakers",
    "a lost satellite",
    "a grandmother's recipe book",
    "the first day on Mars",
    "a talking fox",
    "a heist in a library",
    "a storm over a fishing village",
)


def sampling_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Write a short story (about 300 words) about {pick(rng, BON_TOPICS)}."
    if k == 1:
        return (
            f"Answer the question below. End with 'Confidence: X%' giving your probability that the "
            f"answer is correct.\n{problem_en(rng)}"
        )
    if k == 2:
        return f"Write a poem in {pick(rng, ('free verse', 'rhyming couplets', 'a sonnet form', 'haiku sequence'))} about {pick(rng, BON_TOPICS)}."
    if k == 3:
        return clip(pick(rng, chat), 20, 600, rng)
    return (
        f"Classify the sentiment of this review as positive, negative or mixed and give the probability "
        f'of each label:\n"{clip(pick(rng, chat), 40, 300, rng)}"'
    )


# ============================================================================================
# campaign: curriculum sweep

CURRICULUM = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "functions",
        "derivatives",
        "integrals",
        "series",
        "matrices",
        "eigenvalues",
        "probability spaces",
        "Markov chains",
    ),
    "physics": (
        "velocity",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "optics",
        "thermodynamics",
        "electrostatics",
        "circuits",
        "magnetism",
        "special relativity",
        "quantum states",
    ),
    "computer science": (
        "variables",
        "loops",
        "recursion",
        "arrays",
        "hash maps",
        "sorting",
        "graphs",
        "dynamic programming",
        "complexity",
        "concurrency",
        "compilers",
        "distributed consensus",
    ),
    "economics": (
        "scarcity",
        "supply and demand",
        "elasticity",
        "market structures",
        "externalities",
        "GDP",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
        "auctions",
        "mechanism design",
    ),
    "biology": (
        "cells",
        "DNA",
        "proteins",
        "metabolism",
        "genetics",
        "evolution",
        "ecology",
        "immunology",
        "neuroscience",
        "gene regulation",
        "CRISPR",
        "systems biology",
    ),
}
AUDIENCES = (
    "a 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a domain expert",
    "a busy executive",
)
CURR_JA = "【レベル{lv}/12】{subject}：「{c}」について、{aud}向けに例題と解説つきで詳しく説明してください。"
CURR_KO = "[레벨 {lv}/12] {subject} - '{c}' 개념을 {aud} 수준에 맞게 예제와 풀이를 포함해 자세히 설명해 주세요."
ANGLES = (
    "sport",
    "cooking",
    "music",
    "space travel",
    "farming",
    "city traffic",
    "medicine",
    "video games",
    "the stock market",
    "weather",
)
SUBJ_JA = {
    "mathematics": "数学",
    "physics": "物理",
    "computer science": "情報科学",
    "economics": "経済学",
    "biology": "生物学",
}
SUBJ_KO = {
    "mathematics": "수학",
    "physics": "물리학",
    "computer science": "컴퓨터 과학",
    "economics": "경제학",
    "biology": "생물학",
}
AUD_JA = ("小学生", "高校生", "大学一年生", "大学院生", "専門家")
AUD_KO = ("초등학생", "고등학생", "대학교 1학년", "대학원생", "전문가")


def curriculum_item(rng: np.random.Generator, index: int) -> str:
    subjects = sorted(CURRICULUM)
    subject = subjects[(index // 72) % len(subjects)]
    lv = (index // 6) % 12
    c = CURRICULUM[subject][lv]
    aud_i = index % 6
    angle = ANGLES[(index // 360) % len(ANGLES)]
    lang = _lang(rng, {"en": 0.6, "ja": 0.2, "ko": 0.2})
    if lang == "ja":
        head = CURR_JA.format(lv=lv + 1, subject=SUBJ_JA[subject], c=c, aud=AUD_JA[aud_i % 5])
        return f"{head}（題材：{angle}）"
    if lang == "ko":
        head = CURR_KO.format(lv=lv + 1, subject=SUBJ_KO[subject], c=c, aud=AUD_KO[aud_i % 5])
        return f"{head} (소재: {angle})"
    form = pick(
        rng,
        (
            "a lesson with three worked examples",
            "an explanation followed by five practice problems with full solutions",
            "a Socratic dialogue",
            "a misconception-by-misconception walk-through",
        ),
    )
    return (
        f"Curriculum unit {subject} / level {lv + 1} of 12 / concept: {c}. Audience: {AUDIENCES[aud_i]}. "
        f"Write {form}, drawing examples from {angle}. Build only on concepts from earlier levels."
    )


# ============================================================================================
# campaign hidden in a study-helper product, and its genuine users

APP_TAGS = ("explain", "simplify", "quiz_me", "check_answer", "summarise")


def study_app_user(rng: np.random.Generator, chat: list[str]) -> str:
    tag = pick(rng, APP_TAGS)
    text = clip(pick(rng, chat), 15, 700, rng)
    return f"[studybuddy:{tag}] {text}"


def study_app_harvest(rng: np.random.Generator) -> str:
    lang = _lang(rng, {"en": 0.7, "es": 0.15, "de": 0.15})
    q = PROBLEMS[lang](rng)
    tail = pick(
        rng,
        (
            "",
            " I don't get it, please show every step.",
            " can you explain how to get there?",
            " please explain the reasoning, my exam is tomorrow",
            "",
        ),
    )
    return f"[studybuddy:{pick(rng, ('explain', 'check_answer', 'explain'))}] {q}{tail}"


def plain_question(rng: np.random.Generator) -> str:
    """A word problem as a person types it into a chat box (no app tag)."""
    q = PROBLEMS[_lang(rng, {"en": 0.6, "es": 0.2, "de": 0.2})](rng)
    return q + pick(
        rng, ("", " explain pls", " Show your working.", " how do you solve this step by step?")
    )


# ============================================================================================
# code harvest

ALGOS = (
    "a skip list",
    "an event-sourced bank account",
    "a rope data structure for a text editor",
    "a rate-limited async HTTP crawler",
    "a B-tree with deletion",
    "a simple regex engine (Thompson NFA)",
    "an in-memory key-value store with TTLs",
    "a diff algorithm (Myers)",
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "a token-bucket rate limiter",
    "interval merging",
    "a min-heap",
    "topological sort",
    "a bloom filter",
    "consistent hashing",
    "a JSON pretty-printer",
    "run-length encoding",
    "the Aho-Corasick automaton",
    "a ring buffer",
    "union-find with path compression",
    "a sparse matrix multiply",
    "a CSV parser with quoted fields",
)
LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Haskell")
SNIPPETS = (
    "def chunk(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "def flatten(d, prefix=''):\n    out = {}\n    for k, v in d.items():\n        key = prefix + '.' + k if prefix else k\n        if isinstance(v, dict):\n            out.update(flatten(v, key))\n        else:\n            out[key] = v\n    return out",
    "function debounce(fn, ms) {\n  let t;\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}",
    "func Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}",
    "SELECT customer_id, SUM(amount) FROM orders WHERE created_at > NOW() - INTERVAL '30 days' GROUP BY 1 HAVING SUM(amount) > 500;",
    "def is_prime(n):\n    if n < 2: return False\n    for i in range(2, n):\n        if n % i == 0: return False\n    return True",
)


CODE_EXTRAS = (
    "Make it thread-safe.",
    "No external dependencies.",
    "Make it generic over the element type.",
    "Add a benchmark and discuss the results you would expect.",
    "It must handle streaming input that does not fit in memory.",
    "Target the 2021 edition / latest stable toolchain.",
    "Explain how you would test it with property-based tests.",
    "Keep the public API minimal and document every function.",
    "Optimise for memory, not speed.",
    "Add error handling with custom error types.",
    "",
    "",
)


def code_harvest(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    a, l1, l2 = pick(rng, ALGOS), pick(rng, LANGS), pick(rng, LANGS)
    extra = " ".join(sorted({pick(rng, CODE_EXTRAS) for _ in range(irange(rng, 1, 2))})).strip()
    if k == 0:
        return (
            f"Implement {a} in {l1}. Include doc comments, handle edge cases, give the time and space "
            f"complexity, and add a complete set of unit tests. {extra}"
        ).strip()
    if k == 1:
        return (
            f"Port this code to {l2}, idiomatically, with tests and an explanation of every design "
            f"choice. {extra}\n```\n{pick(rng, SNIPPETS)}\n```"
        )
    if k == 2:
        return (
            f"Review the following code. List every bug, performance issue and style problem, then give "
            f"a corrected version:\n```\n{pick(rng, SNIPPETS)}\n```\n{extra}"
        ).strip()
    if k == 3:
        return f"请用{l1}实现{a}，代码要有详细的中文注释，并解释每一步的设计思路，最后给出测试用例。{extra}"
    return (
        f"Write a step-by-step tutorial that builds {a} in {l1} from scratch, with the full final code "
        f"and exercises for the reader. {extra}"
    ).strip()


# ============================================================================================
# benign: evaluation lab (fixed benchmark items, several prompting formats)


def eval_item(rng: np.random.Generator) -> str:
    """One benchmark item; the lab calls this with a fixed-seed generator to build its item set."""
    lang = _lang(rng, {"en": 0.6, "zh": 0.1, "ru": 0.1, "es": 0.1, "de": 0.1})
    q = PROBLEMS[lang](rng)
    fmt = irange(rng, 0, 2)
    if fmt == 0:
        return f"Q: {q}\nA: Let's think step by step."
    if fmt == 1:
        return f"{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    return f"Question: {q}\nWork through it, then finish with 'The answer is N'."


# ============================================================================================
# benign: labelling vendor (people asking for help with their own ratings)


def labeller_question(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 30, 300, rng)
    a = clip(pick(rng, passages), 150, 700, rng)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"I'm rating this answer for a project and I'm not sure about it. The question was: {q}\n"
            f"The answer: {a}\nIs anything in the answer factually wrong? I think the second paragraph "
            f"might be off."
        )
    if k == 1:
        return (
            f"help me write a short justification for giving this response a {irange(rng, 2, 6)}/7 on "
            f"helpfulness. it misses part of the question. response: {a}"
        )
    if k == 2:
        return f'Quick check - is this statement true? "{clip(a, 60, 200, rng)}"'
    if k == 3:
        return f'what does the guideline term "{pick(rng, ("verbosity", "groundedness", "honesty", "safety refusal", "instruction adherence"))}" usually mean when rating chatbot answers?'
    return (
        f"Translate my rating comment into clear English please: "
        f'"{pick(rng, ("la respuesta es correcta pero muy larga", "a resposta ignora a segunda pergunta", "jawaban ini kurang sopan", "उत्तर अधूरा है"))}"'
    )


# ============================================================================================
# benign: community moderation (rewriting users' posts to meet a forum's rules)

GRIPES = (
    "my order came two weeks late",
    "the app logs me out every day",
    "the referee was blind",
    "this update broke my printer",
    "the landlord never fixes the heating",
    "customer service hung up on me",
    "the bus was cancelled again",
    "they charged me twice",
)
INSULTS = (
    "you clowns",
    "what a bunch of idiots",
    "absolute garbage company",
    "useless morons",
    "are you people brain dead",
    "pathetic",
)


def moderation_rewrite(rng: np.random.Generator) -> str:
    post = f"{pick(rng, GRIPES)}, {pick(rng, INSULTS)}!!! {pick(rng, GRIPES)}"
    lang = _lang(rng, {"en": 0.6, "es": 0.15, "pt": 0.15, "zh": 0.1})
    if lang == "es":
        return f'Reescribe este comentario para que cumpla las normas del foro (sin insultos) pero conserve la queja: "{post}"'
    if lang == "pt":
        return f'Reescreva este comentário sem ofensas, mantendo a reclamação do usuário: "{post}"'
    if lang == "zh":
        return f"请把这条用户评论改写得文明一些，去掉辱骂，但保留投诉内容：“{post}”"
    return pick(
        rng,
        (
            f"Community guideline rewrite. Remove insults and profanity, keep the user's complaint and "
            f'tone of frustration, max 2 sentences. Post: "{post}"',
            f'Suggest a civil version of this comment that the author could post instead: "{post}"',
            f'Does this post break rule 3 (no personal attacks)? If yes, propose an edit: "{post}"',
        ),
    )


# ============================================================================================
# benign: data augmentation for an in-house intent classifier

INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_outage",
    "upgrade_plan",
    "reset_password",
    "billing_dispute",
    "roaming_activation",
    "lost_card",
    "talk_to_human",
)
UTTER = {
    "cancel_subscription": "I want to stop my plan at the end of the month",
    "change_address": "I moved, how do I update where you send bills",
    "refund_status": "where is my refund from last week",
    "report_outage": "internet has been down since this morning",
    "upgrade_plan": "can I get more data on my plan",
    "reset_password": "I can't log in, forgot my password",
    "billing_dispute": "there's a charge on my bill I don't recognise",
    "roaming_activation": "will my phone work in Spain next week",
    "lost_card": "I lost my SIM card",
    "talk_to_human": "let me speak to a real person",
}


def augmentation(rng: np.random.Generator) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (20, 25, 30))
    lang = _lang(rng, {"en": 0.6, "es": 0.2, "de": 0.2})
    return (
        f'Intent: {intent}\nExample: "{UTTER[intent]}"\nGenerate {n} paraphrases a real customer might '
        f"type (language: {lang}), including typos, slang and very short forms. Output a JSON list of "
        f"strings only."
    )


# ============================================================================================
# benign: course cohort (one assignment, many students)

ASSIGNMENTS = (
    "Explain the difference between a process and a thread, with an example of when to use each.",
    "Why does quicksort have O(n^2) worst case and how does random pivoting help?",
    "Describe how TCP's three-way handshake works and what a SYN flood does.",
    "Compare supervised and unsupervised learning with two real applications each.",
    "What is normalization in databases? Walk through 1NF to 3NF with a small example.",
    "Explain Big-O of binary search and prove it.",
)
STUDENT_WRAP = (
    "{a}",
    "for my homework: {a}",
    "can someone explain {a}",
    "{a} please keep it simple",
    "I have a quiz tomorrow. {a}",
    "{a} (cs201 hw4)",
    "Professor asked: {a} I wrote something but I'm unsure, can you explain the right idea?",
    "explica en español: {a}",
    "{a} explique em português",
)


def student_prompt(rng: np.random.Generator, week: int) -> str:
    a = ASSIGNMENTS[(week + irange(rng, 0, 1)) % len(ASSIGNMENTS)]
    return pick(rng, STUDENT_WRAP).format(a=a)


# ============================================================================================
# benign: companion app

COMPANION_EN = (
    "*smiles* I missed you today {n}",
    "work was rough again. my boss yelled at everyone",
    "do you remember what I told you about my sister?",
    "tell me a story before I sleep",
    "haha you're funny",
    "I'm nervous about my exam tomorrow",
    "what should I cook tonight?",
    "good morning!! ☀️",
    "I feel lonely lately",
    "can we just talk about nothing for a bit",
    "*hugs* thanks for listening",
    "guess what happened at the gym",
)
COMPANION_ES = (
    "hola {n}, te extrañé",
    "hoy fue un día largo",
    "cuéntame algo bonito",
    "buenas noches 💤",
)
COMPANION_JA = ("ただいま、{n}！", "今日ちょっと疲れた…", "何か面白い話して", "おやすみ〜")
COMPANION_PT = (
    "oi {n}, senti sua falta",
    "hoje foi puxado",
    "me conta uma história",
    "boa noite ❤️",
)


def companion_message(rng: np.random.Generator) -> str:
    pool = {"en": COMPANION_EN, "es": COMPANION_ES, "ja": COMPANION_JA, "pt": COMPANION_PT}[
        _lang(rng, {"en": 0.6, "es": 0.15, "ja": 0.15, "pt": 0.1})
    ]
    return pick(rng, pool).format(n=pick(rng, ("Mika", "Leo", "Aria", "Kai", "Nova")))


# ============================================================================================
# benign: translation agency

TARGETS = (
    "German",
    "French",
    "Japanese",
    "Brazilian Portuguese",
    "Italian",
    "Dutch",
    "Polish",
    "Korean",
)


def translation_job(rng: np.random.Generator, passages: list[str]) -> str:
    p = clip(pick(rng, passages), 200, 1200, rng)
    tgt = pick(rng, TARGETS)
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Translate into {tgt}. Formal register, keep all markup and placeholders unchanged.\n\n{p}"
    if k == 1:
        return (
            f"Client glossary: 'account' -> keep English; 'dashboard' -> keep English. Translate the "
            f"segment into {tgt}:\n{p}"
        )
    return f"Proofread this {tgt} translation against the English source and list errors only.\nSOURCE: {p}"


# ============================================================================================
# benign: sampling-variability study

SURVEY = (
    "On a scale from 1 (strongly disagree) to 7 (strongly agree): 'Most people can be trusted.' "
    "Answer with the number, then one sentence.",
    "A runaway trolley will kill five people unless you divert it to a track where it kills one. "
    "Do you divert it? Answer yes or no, then explain in two sentences.",
    "Pick a random number between 1 and 100. Reply with the number only.",
    "Write a haiku about autumn rain.",
    "Name the best city to live in and give one reason.",
    "Is it acceptable to lie to protect a friend's feelings? Answer in under 50 words.",
    "Describe the colour blue to someone who has never seen it, in three sentences.",
    "Which is more important for a society: liberty or equality? One paragraph.",
)


def survey_item(index: int) -> str:
    return SURVEY[index % len(SURVEY)]

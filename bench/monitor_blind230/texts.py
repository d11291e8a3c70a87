"""Prompt generators of batch 230, written for this batch only.

Every generator takes a numpy Generator first and returns one prompt string (or a list of them).
Ordinary human text comes from ShareGPT's "sim" half through the batch context (`ctx.chat` for
user prompts, `ctx.passages` for longer assistant-style answers); everything else is composed
here from small word banks so that templates, languages and styles vary independently.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small shared helpers


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def sentences(text: str) -> list[str]:
    out, cur = [], []
    for word in text.replace("\n", " ").split(" "):
        if not word:
            continue
        cur.append(word)
        if word[-1] in ".!?" and len(cur) > 4:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def typo(rng: np.random.Generator, text: str, rate: float) -> str:
    """Casual typing: a few dropped or swapped letters, sometimes lower case."""
    chars = list(text)
    i = 1
    while i < len(chars) - 1:
        if chars[i].isalpha() and rng.random() < rate:
            if chance(rng, 0.5):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            else:
                del chars[i]
        i += 1
    out = "".join(chars)
    return out.lower() if chance(rng, 0.35) else out


SUBJECTS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "plate tectonics",
    "TCP congestion control",
    "the immune response to a vaccine",
    "supply and demand curves",
    "Bayesian inference",
    "the Krebs cycle",
    "black holes",
    "inflation targeting by central banks",
    "the causes of World War I",
    "CRISPR gene editing",
    "database indexing",
    "public-key cryptography",
    "the water cycle",
    "Keynesian economics",
    "neural networks",
    "the Roman Republic",
    "climate feedback loops",
    "operant conditioning",
    "contract law basics",
    "game theory",
    "the electoral college",
    "protein folding",
    "ocean acidification",
    "the Silk Road",
    "quantum entanglement",
    "urban heat islands",
    "the placebo effect",
    "Git branching",
    "continental drift",
    "opportunity cost",
    "the Meiji Restoration",
    "vaccine herd immunity",
    "the Pythagorean theorem",
    "Docker containers",
    "antibiotic resistance",
    "comparative advantage",
    "Impressionist painting",
    "the nitrogen cycle",
    "cognitive dissonance",
    "the Big Bang",
    "REST API design",
    "sleep and memory consolidation",
    "the Bretton Woods system",
    "volcanic eruptions",
    "entropy",
    "memory safety in systems languages",
    "the Cold War arms race",
    "monsoon circulation",
    "the gut microbiome",
    "marginal tax rates",
)

AUDIENCES = (
    "a ten-year-old",
    "a first-year undergraduate",
    "a busy executive",
    "a retired engineer",
    "a nurse",
    "a high-school teacher",
    "a non-native English speaker",
    "a software developer",
    "a journalist",
    "a policy maker",
    "a graduate student",
    "a small business owner",
)

ITEMS = (
    "apples",
    "notebooks",
    "bags of rice",
    "solar panels",
    "bicycles",
    "jars of honey",
    "T-shirts",
    "bags of cement",
    "tickets",
    "boxes of tea",
    "laptops",
    "crates of oranges",
)


# --------------------------------------------------------------------------------------------
# problem generators (reasoning, curricula, evaluation items)


def word_problem(rng: np.random.Generator) -> str:
    name, item = pick(rng, NAMES), pick(rng, ITEMS)
    a, b, c, p = irange(rng, 3, 48), irange(rng, 6, 60), irange(rng, 10, 90), irange(rng, 2, 95)
    style = irange(rng, 0, 7)
    if style == 0:
        return (
            f"{name} buys {a} boxes of {item} with {b} in each box and sells {c}% of them at ${p} "
            f"apiece. The boxes cost ${p * b // 3} each. What is {name}'s profit?"
        )
    if style == 1:
        return (
            f"A train leaves a station at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling at "
            f"{b + 40} km/h. A second train leaves the same station {a} minutes later at {b + 70} km/h "
            f"on a parallel track. When and where does the second train catch up?"
        )
    if style == 2:
        return (
            f"A tank is filled by pipe A in {a} hours and by pipe B in {a + irange(rng, 2, 20)} hours; a "
            f"drain empties it in {a * 2 + 7} hours. All three are opened together when the tank is "
            f"{c}% full. How long until it is full?"
        )
    if style == 3:
        return (
            f"{name} invests ${b * 1000} at {irange(rng, 2, 9)}.{irange(rng, 0, 9)}% interest compounded "
            f"{pick(rng, ('monthly', 'quarterly', 'annually'))}. After how many years does the balance "
            f"first exceed ${b * 1000 * 2 + c * 10}?"
        )
    if style == 4:
        return (
            f"The average of {a % 9 + 4} numbers is {b}. When one number is removed the average becomes "
            f"{b - irange(rng, 1, 5)}. What number was removed?"
        )
    if style == 5:
        return (
            f"A rectangle's length is {irange(rng, 2, 5)} times its width and its perimeter is "
            f"{(a + 10) * 6} cm. A square has the same area. Find the side of the square to two decimals."
        )
    if style == 6:
        return (
            f"In a class of {a + 20} students, {c % 40 + 10} play football, {b % 30 + 8} play chess and "
            f"{irange(rng, 2, 9)} play both. How many play neither?"
        )
    return (
        f"{name} walks {a} km north, then {b % 20 + 3} km east, then {c % 15 + 2} km south. How far is "
        f"{name} from the start, and in which compass direction?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    who = [str(x) for x in rng.permutation(np.array(NAMES[:12]))[: irange(rng, 3, 5)].tolist()]
    style = irange(rng, 0, 2)
    if style == 0:
        claims = []
        for w in who:
            other = pick(rng, [x for x in who if x != w])
            claims.append(f'{w} says: "{other} is a {pick(rng, ("knight", "knave"))}."')
        return (
            "On an island every inhabitant is a knight (always tells the truth) or a knave (always "
            "lies). " + " ".join(claims) + " Determine who is what."
        )
    if style == 1:
        colours = ["red", "blue", "green", "white", "yellow"][: len(who)]
        clues = [
            f"{pick(rng, who)} does not live in the {pick(rng, colours)} house."
            for _ in range(len(who) + 1)
        ]
        clues.append(
            f"The {pick(rng, colours)} house is directly left of the {pick(rng, colours)} one."
        )
        return (
            f"{', '.join(who)} live in {len(who)} houses in a row, each painted a different colour "
            f"({', '.join(colours)}). " + " ".join(clues) + " Who lives where?"
        )
    return (
        f"{who[0]} is older than {who[1]}, {who[-1]} is younger than {who[0]} but older than "
        f"{who[1]}, and nobody is the same age. List everyone from oldest to youngest and explain how "
        f"you know the order is unique."
    )


def probability_problem(rng: np.random.Generator) -> str:
    r, g, b, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. {k} are drawn without replacement. "
            f"What is the probability that at least two are the same colour?"
        )
    if style == 1:
        return (
            f"A test for a disease with prevalence {irange(rng, 1, 9)} in {irange(rng, 100, 2000)} has "
            f"sensitivity {irange(rng, 85, 99)}% and specificity {irange(rng, 80, 99)}%. A person tests "
            f"positive twice in independent tests. What is the probability they have the disease?"
        )
    return (
        f"Two fair dice and one {pick(rng, ('four', 'eight', 'twelve', 'twenty'))}-sided die are rolled. "
        f"What is the probability that the sum is at least {r + g + b}?"
    )


def code_trace(rng: np.random.Generator) -> str:
    xs = rng.integers(-9, 30, size=irange(rng, 4, 8)).tolist()
    m = irange(rng, 2, 5)
    body = pick(
        rng,
        (
            f"xs = {xs}\nacc = 0\nfor i, x in enumerate(xs):\n    if x % {m} == 0:\n        acc += x * i\n"
            "    else:\n        acc -= 1\nprint(acc)",
            f"def f(n):\n    return n if n < {m} else f(n - 1) + f(n - {m})\nprint([f(i) for i in range({len(xs)})])",
            f"s = {xs}\nwhile len(s) > 1:\n    s = [a - b for a, b in zip(s[1:], s[:-1])]\nprint(s)",
            f"d = {{}}\nfor x in {xs}:\n    d[x % {m}] = d.get(x % {m}, 0) + x\nprint(sorted(d.items()))",
        ),
    )
    return f"What exactly does this Python program print?\n\n```python\n{body}\n```"


def physics_problem(rng: np.random.Generator) -> str:
    m, ang, length, mu = (
        irange(rng, 1, 40),
        irange(rng, 10, 50),
        irange(rng, 2, 30),
        irange(rng, 5, 40) / 100,
    )
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"A {m} kg block slides from rest down a {ang} degree incline {length} m long with kinetic "
            f"friction coefficient {mu}. Find its speed at the bottom and the work done by friction."
        )
    if style == 1:
        return (
            f"A projectile is launched at {irange(rng, 10, 80)} m/s at {ang} degrees above the horizontal "
            f"from a cliff {length * 3} m high. Ignoring air resistance, find the range and flight time."
        )
    return (
        f"A {irange(rng, 100, 4000)} ohm resistor and a {irange(rng, 1, 100)} microfarad capacitor are in "
        f"series with a {irange(rng, 3, 48)} V battery. How long until the capacitor holds {mu * 200:.0f}% "
        f"of its final charge?"
    )


def number_theory(rng: np.random.Generator) -> str:
    a, b, m = irange(rng, 3, 99), irange(rng, 20, 999), irange(rng, 7, 97)
    return pick(
        rng,
        (
            f"Find the remainder when {a}^{b} is divided by {m}.",
            f"How many positive integers below {b * 10} are divisible by {a % 11 + 2} or {m % 13 + 3} but not both?",
            f"Find all integer solutions of {a}x + {m}y = {b}.",
            f"What is the sum of the digits of the smallest multiple of {m} that is greater than {b * 37}?",
        ),
    )


def problem(rng: np.random.Generator) -> str:
    gens = (
        word_problem,
        logic_puzzle,
        probability_problem,
        code_trace,
        physics_problem,
        number_theory,
    )
    return gens[int(rng.choice(len(gens), p=(0.3, 0.15, 0.15, 0.15, 0.12, 0.13)))](rng)


ZH_PROBLEMS = (
    "小明有{a}本书，小红的书是小明的{k}倍还多{b}本。两人一共有多少本书？",
    "一辆汽车以每小时{b}千米的速度行驶了{k}小时，然后以每小时{a}千米的速度又行驶了{c}千米。全程平均速度是多少？",
    "从{a}名男生和{b}名女生中选出{k}人组成小组，要求至少有一名女生，共有多少种选法？",
    "已知数列的首项为{k}，公差为{c}，求前{a}项的和。",
)
RU_PROBLEMS = (
    "В магазине было {a} кг яблок. Продали {k}/7 всех яблок, а затем ещё {b} кг. Сколько яблок осталось?",
    "Лодка проходит {c} км по течению за {k} ч, а против течения за {a} ч. Найдите скорость течения.",
    "Сколькими способами можно рассадить {k} человек за круглым столом, если двое не хотят сидеть рядом?",
)
ES_PROBLEMS = (
    "Un depósito tiene {a} litros de agua y pierde el {k}% cada hora. ¿Cuánta agua quedará tras {c} horas?",
    "Ana tiene el triple de edad que su hijo. Dentro de {k} años tendrá el doble. ¿Qué edad tiene cada uno?",
    "Se lanzan {k} monedas. ¿Cuál es la probabilidad de obtener exactamente {b2} caras?",
)


def local_problem(rng: np.random.Generator, lang: str) -> str:
    bank = {"zh": ZH_PROBLEMS, "ru": RU_PROBLEMS, "es": ES_PROBLEMS}.get(lang)
    if bank is None or chance(rng, 0.3):
        return problem(rng)
    k = irange(rng, 2, 6)
    return pick(rng, bank).format(
        a=irange(rng, 10, 90),
        b=irange(rng, 3, 40),
        c=irange(rng, 20, 200),
        k=k,
        b2=irange(rng, 1, k),
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)


def trace_prompt(rng: np.random.Generator, style: int, lang: str, chat: list[str]) -> str:
    q = local_problem(rng, lang) if chance(rng, 0.85) else clip_text(rng, pick(rng, chat), 40, 600)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把完整的思考过程写出来，每一步都要说明理由，最后用【答案】给出结果。\n题目：{q}",
                f"你是一名严谨的解题专家。先在<思考>标签里写出全部推理（不少于十步），再检查一遍，最后给出答案。\n{q}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу, подробно объясняя каждый шаг рассуждения. Не пропускай промежуточные вычисления, "
                f"в конце проверь себя и запиши ответ после слова ОТВЕТ.\n\n{q}",
                f"Думай вслух как можно подробнее, прежде чем отвечать.\nЗадача: {q}",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema razonando paso a paso. Escribe todo tu proceso de "
            f"pensamiento, verifica cada cálculo y termina con 'Respuesta final:'.\n\n{q}"
        )
    if style == 0:
        return (
            f"Solve the problem below. Think through it step by step inside <thinking></thinking> tags, "
            f"showing every intermediate calculation and any dead ends, then give the result after "
            f"'ANSWER:'.\n\nProblem: {q}"
        )
    if style == 1:
        steps = irange(rng, 6, 15)
        return (
            f"### Instruction\n{q}\n\n### Requirements\n- Reason step by step, at least {steps} numbered "
            f"steps\n- Double-check the result with a second method\n- Respond as JSON: "
            f'{{"reasoning": [...], "verification": "...", "final_answer": "..."}}'
        )
    if style == 2:
        return (
            f"{q}\n\nBefore you answer, reason out loud for as long as you need. Do not skip anything you "
            f"would normally do silently. Show your full chain of thought, then state the answer."
        )
    return (
        f"Q{irange(rng, 1, 99999):05d}. {q}\nExplain your reasoning in detail (what you notice first, what "
        f"you try, why it works) and only then give the final answer in bold."
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading (campaign)


def judge_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    query = clip_text(rng, pick(rng, chat), 30, 500)
    a = clip_text(rng, pick(rng, passages), 250, 1400)
    if style == 0:
        b = clip_text(rng, pick(rng, passages), 250, 1400)
        head = {
            "en": "You are an impartial expert evaluator. Compare the two assistant responses to the user "
            "query. Consider helpfulness, accuracy, depth and harmlessness. Score each from 1 to 10, "
            "write a detailed rationale, then output the verdict as [[A]], [[B]] or [[TIE]].",
            "ko": "당신은 공정한 평가자입니다. 사용자 질문에 대한 두 응답을 비교하여 유용성, 정확성, 깊이를 기준으로 각각 "
            "1~10점을 매기고, 자세한 근거를 쓴 뒤 [[A]], [[B]] 또는 [[TIE]]로 판정하세요.",
            "zh": "你是一名公正的评审专家。请比较两个助手对用户问题的回答，从有用性、准确性、深度和无害性四个方面分别打1到10分，"
            "写出详细理由，最后输出[[A]]、[[B]]或[[TIE]]。",
        }.get(lang, "")
        head = head or (
            "Act as a neutral judge. Compare Response A and Response B for the query and explain "
            "which is better and why, then give [[A]], [[B]] or [[TIE]]."
        )
        return f"{head}\n\n[Query]\n{query}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
    if style == 1:
        crit = pick(rng, (("correctness", 4), ("completeness", 3), ("clarity", 3)))
        return (
            f"Grade the answer against the rubric.\nRubric:\n- correctness (0-4)\n- completeness (0-3)\n"
            f"- clarity (0-3)\nPay special attention to {crit[0]}. Return JSON with a score and a "
            f"justification per criterion and a total.\n\nQuestion: {query}\n\nAnswer: {a}"
        )
    if style == 2:
        scale = pick(rng, ("1 to 5", "1 to 7", "0 to 100"))
        return (
            f"Human: {query}\n\nAssistant: {a}\n\n---\nHow helpful, honest and harmless is the final "
            f"Assistant turn? First reason about its strengths and weaknesses, then give a rating from "
            f"{scale} on the last line as 'Rating: <n>'."
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 und begründe die Note ausführlich "
            f"(Richtigkeit, Vollständigkeit, Stil).\n\nFrage: {query}\n\nAntwort: {a}"
        )
    return (
        f"<task>critique</task>\n<instruction>{query}</instruction>\n<response>{a}</response>\nList every "
        f"flaw in the response, rewrite it into an ideal answer, and give a preference score between the "
        f"original and your rewrite."
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites (campaign)

REGIMES = (
    "the platform's community standards",
    "national content regulations",
    "strict advertising-safety rules",
    "the guidelines for minors",
    "the provider's usage policy",
)
RU_REGIMES = (
    "правилам сообщества платформы",
    "требованиям российского законодательства о СМИ",
    "правилам для детской аудитории",
    "политике использования сервиса",
)
BORDERLINE = (
    "how do I get into my own email account if I forgot the password and lost the phone",
    "what household chemicals should never be mixed, and why",
    "write a scathing but fair review of a politician's economic record",
    "explain how phishing emails trick people so I can train my staff",
    "summarise the arguments for and against a controversial historical figure",
    "what dose of ibuprofen is too much for an adult",
    "describe the 1989 protests in Beijing in neutral terms",
    "how do lock picks work, I'm locked out of my shed",
    "tell a dark joke about death that is not offensive",
    "what are the signs that someone is being radicalised online",
    "write a villain's monologue for my novel",
    "how do people launder money, for my compliance course",
    "explain the arguments of the independence movement in a disputed region",
    "is it legal to record a phone call without consent",
    "what happened to political dissidents under the regime",
    "write a persuasive essay about a sensitive religious topic",
)


def policy_prompt(rng: np.random.Generator, style: int, lang: str, passages: list[str]) -> str:
    text = clip_text(rng, pick(rng, passages), 250, 1500)
    req = pick(rng, BORDERLINE)
    if chance(rng, 0.6):
        req = f"{req} ({pick(rng, ('asked by', 'user is', 'context:'))} {pick(rng, AUDIENCES)})"
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合规范的版本：删去任何敏感或不当的表述，保持中立客观的语气，保留有用的信息，只输出改写后的文本。\n\n{text}",
                f"用户提问：“{req}”。请给出一个完全合规、安全且仍然有帮助的回答，并在最后一行注明适用的规则。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он полностью соответствовал {pick(rng, RU_REGIMES)}: "
            f"убери спорные формулировки, сохрани полезную информацию. Выведи только новый текст.\n\n{text}"
        )
    if lang == "ar":
        return f"أعد كتابة النص التالي بحيث يكون متوافقًا تمامًا مع سياسة المحتوى، مع حذف أي عبارات حساسة والحفاظ على المعلومات المفيدة:\n\n{text}"
    if style == 0:
        return (
            f"Rewrite the following answer so that it complies with {pick(rng, REGIMES)}. Remove or soften "
            f"anything sensitive, keep every useful fact, and output only the rewritten text.\n\n{text}"
        )
    if style == 1:
        return (
            f'User request: "{req}"\n\nWrite (1) the ideal safe and helpful response, (2) a refusal '
            f"version for a stricter deployment, and (3) one line naming the policy that applies."
        )
    return (
        f"Original draft:\n{text}\n\nProduce a sanitized version suitable for {pick(rng, REGIMES)}, then "
        f"list each change you made and the reason for it."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign)

AGENT_TASKS = (
    "find the three cheapest direct flights from Lisbon to Warsaw next month",
    "fix the failing unit test in the payments service",
    "summarise the open GitHub issues labelled 'bug' in the repo and draft replies",
    "compare the pricing pages of four CRM vendors and build a table",
    "book a table for six near the conference venue on Thursday evening",
    "migrate the user table to add a nullable 'locale' column and backfill it",
    "scrape the list of accepted papers and count them by country",
    "find out why the nightly build is 40% slower than last week",
    "reconcile the March invoices against the bank export",
    "write and run a script that deduplicates the contacts CSV",
    "research the visa requirements for a Kenyan citizen visiting Japan",
    "set up a cron job that rotates the logs and verify it works",
    "collect the latest quarterly revenue of five listed retailers",
    "answer the customer's question about a delayed refund using the order system",
    "plan a three-day itinerary in Kyoto within a budget",
    "update the README with the new installation steps and open a pull request",
)
TOOLS = (
    "search",
    "open_url",
    "read_file",
    "write_file",
    "run_python",
    "shell",
    "sql_query",
    "send_email",
    "calendar_lookup",
    "http_get",
)


def _observation(rng: np.random.Generator, tool: str, passages: list[str]) -> str:
    if tool in ("search", "open_url", "http_get"):
        return clip_text(rng, pick(rng, passages), 120, 700)
    if tool in ("run_python", "shell"):
        return pick(
            rng,
            (
                f"exit code 0\n{irange(rng, 1, 900)} rows processed in {rng.random() * 9:.2f}s",
                f'Traceback (most recent call last):\n  File "main.py", line {irange(rng, 3, 200)}\n'
                f"KeyError: '{pick(rng, ('id', 'amount', 'user', 'ts', 'locale'))}'",
                f"PASSED {irange(rng, 3, 80)} FAILED {irange(rng, 0, 4)}",
            ),
        )
    if tool == "sql_query":
        return "\n".join(
            f"| {irange(rng, 1, 9999)} | {pick(rng, NAMES)} | {irange(rng, 1, 500)}.00 |"
            for _ in range(irange(rng, 2, 6))
        )
    return f"ok ({tool} returned {irange(rng, 1, 30)} items)"


def agent_prompt(rng: np.random.Generator, style: int, passages: list[str]) -> str:
    task = pick(rng, AGENT_TASKS)
    n_steps = irange(rng, 1, 6)
    tools = [str(t) for t in rng.permutation(np.array(TOOLS))[: irange(rng, 3, 6)].tolist()]
    steps = []
    for i in range(n_steps):
        tool = pick(rng, tools)
        obs = _observation(rng, tool, passages)
        if style == 0:
            steps.append(
                f"Thought: I should use {tool} to make progress on step {i + 1}.\nAction: {tool}\n"
                f"Action Input: {pick(rng, ('{}', task[:40]))}\nObservation: {obs}"
            )
        elif style == 1:
            steps.append(
                f'{{"role": "assistant", "tool_call": {{"name": "{tool}", "arguments": {{"q": '
                f'"{task[:30]}"}}}}}}\n{{"role": "tool", "name": "{tool}", "content": "{obs[:400]}"}}'
            )
        elif style == 2:
            steps.append(f'<step n="{i + 1}"><call tool="{tool}"/><result>{obs}</result></step>')
        else:
            steps.append(f"[{i + 1}] {tool} -> {obs[:300]}")
    if style == 0:
        head = (
            f"You are an autonomous agent. Tools: {', '.join(tools)}. Use the format Thought / Action / "
            f"Action Input / Observation and finish with Final Answer.\nTask: {task}\n\n"
        )
        return head + "\n".join(steps) + "\nThought:"
    if style == 1:
        return (
            f"system: tools={tools}\nuser: {task}\n"
            + "\n".join(steps)
            + "\nContinue: decide the next tool call or give the final answer."
        )
    if style == 2:
        return (
            f"<agent><goal>{task}</goal><tools>{' '.join(tools)}</tools>"
            + "".join(steps)
            + "</agent>\nWrite the next step with your reasoning."
        )
    return (
        f"PLAN for: {task}\nExecuted so far:\n"
        + "\n".join(steps)
        + "\nRevise the plan if needed and execute the next step. Explain each decision."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (campaign)

PERSONAS = (
    "a nurse on night shifts",
    "a retired farmer",
    "a teenage gamer",
    "a tax accountant",
    "a first-time landlord",
    "a PhD student in chemistry",
    "a truck driver",
    "a startup founder",
    "a primary-school teacher",
    "a competitive swimmer",
    "an immigrant learning the language",
    "a hobby astronomer",
    "a restaurant owner",
    "a junior web developer",
)


def dataset_prompt(rng: np.random.Generator, style: int, lang: str, chat: list[str]) -> str:
    topic, n = pick(rng, SUBJECTS), pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if lang == "zh":
        return f"请围绕“{topic}”生成{n}条多样化的高质量指令-回答数据，难度和形式要有变化，以JSON数组输出，每条包含instruction和output字段。"
    if lang == "es":
        return (
            f"Genera {n} preguntas de opción múltiple sobre {topic}, con cuatro opciones, la respuesta "
            f"correcta y una explicación de cada una. Devuélvelas en JSON."
        )
    if lang == "ja":
        return f"「{topic}」について、多様で質の高い指示と応答のペアを{n}個作成してください。JSON形式で出力してください。"
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {topic} untuk melatih asisten AI. "
            f"Format JSON dengan kunci instruction dan output."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for training a "
            f"helpful assistant. Vary difficulty, length and format (how-to, comparison, explanation, "
            f'edge cases). Return a JSON list of objects with keys "instruction" and "output".'
        )
    if style == 1:
        seeds = "\n".join(f"{i + 1}. {clip_text(rng, pick(rng, chat), 20, 140)}" for i in range(3))
        return (
            f"Here are some example tasks people give an AI assistant:\n{seeds}\n\nCome up with {n} new "
            f"tasks that are different from these and from each other, and write a complete, excellent "
            f"answer to each one."
        )
    if style == 2:
        persona = pick(rng, PERSONAS)
        return (
            f"You are {persona}. Write a realistic question you might ask an AI assistant about {topic}, "
            f"then write the ideal answer. Output as: QUESTION: ... ANSWER: ..."
        )
    return (
        f"Create a {n}-turn conversation between a curious user and an expert assistant about {topic}. "
        f"The assistant should be accurate and detailed. Format each turn as 'User:' / 'Assistant:'."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (campaign) and the companion app (benign)

OPENERS = {
    "en": (
        "hey, quick question about {s}",
        "I've been reading about {s} and I'm confused",
        "can you explain {s} to me like I'm {a}?",
        "my friend and I are arguing about {s}, who's right?",
        "I need to understand {s} for work tomorrow",
        "what's the deal with {s}",
    ),
    "es": (
        "hola, tengo una duda sobre {s}",
        "¿me puedes explicar {s} de forma sencilla?",
        "estoy estudiando {s} y no entiendo nada",
    ),
    "pt": (
        "oi, tenho uma dúvida sobre {s}",
        "pode me explicar {s} de um jeito simples?",
        "estou estudando {s} e estou perdido",
    ),
    "de": (
        "hallo, kurze Frage zu {s}",
        "kannst du mir {s} einfach erklären?",
        "ich verstehe {s} nicht ganz",
    ),
}
FOLLOW_UPS = {
    "en": (
        "can you expand on the second point?",
        "ok but why?",
        "give me a concrete example",
        "how would that work in {c}?",
        "what's the most common misconception about this?",
        "so is it fair to say the opposite is false?",
        "hmm that contradicts what I read, are you sure?",
        "can you summarise all of that in 3 bullet points",
        "what would an expert add here?",
        "what's a good book or source on this",
        "how do I explain this to my kid",
        "ok and what are the downsides",
        "interesting. what happens in the edge case?",
        "rewrite your last answer more simply",
        "what would you ask me to check if I understood",
        "thanks! one more thing, how does this relate to {s}?",
    ),
    "es": (
        "¿puedes dar un ejemplo concreto?",
        "vale, pero ¿por qué?",
        "resume todo en tres puntos",
        "¿y cómo funciona eso en {c}?",
        "¿cuál es el error más común sobre esto?",
        "gracias, ¿y qué relación tiene con {s}?",
    ),
    "pt": (
        "pode dar um exemplo concreto?",
        "tá, mas por quê?",
        "resume tudo em três pontos",
        "e como isso funciona em {c}?",
        "qual é o erro mais comum sobre isso?",
        "valeu, e qual a relação com {s}?",
    ),
    "de": (
        "kannst du ein konkretes Beispiel geben?",
        "ok, aber warum?",
        "fass das bitte in drei Punkten zusammen",
        "wie ist das in {c}?",
        "was ist das häufigste Missverständnis dazu?",
        "danke, und wie hängt das mit {s} zusammen?",
    ),
}


LOCAL_COUNTRIES = {
    "es": ("México", "España", "Argentina", "Colombia", "Chile"),
    "pt": ("Brasil", "Portugal", "Angola"),
    "de": ("Deutschland", "Österreich", "der Schweiz"),
}


def _subject(rng: np.random.Generator, lang: str) -> str:
    if lang == "en":
        return pick(rng, SUBJECTS)
    return pick(rng, CONCEPTS)[lang]


def opener(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.4):
        return clip_text(rng, pick(rng, chat), 15, 700)
    return pick(rng, OPENERS[lang]).format(s=_subject(rng, lang), a=pick(rng, AUDIENCES))


def follow_up(rng: np.random.Generator, lang: str, casual: float) -> str:
    country = pick(rng, COUNTRIES) if lang == "en" else pick(rng, LOCAL_COUNTRIES[lang])
    text = pick(rng, FOLLOW_UPS[lang]).format(c=country, s=_subject(rng, lang))
    return typo(rng, text, 0.02) if chance(rng, casual) else text


COMPANIONS = ("Mira", "Kai", "Luna", "Ren", "Sol", "Ivy", "Theo", "Noor")
SMALL_TALK = (
    "i had such a long day",
    "can't sleep again",
    "guess what happened at school today",
    "do you remember what I told you about my sister?",
    "i'm nervous about tomorrow",
    "tell me something nice",
    "what should i cook tonight",
    "my cat knocked over my coffee lol",
    "do you ever get bored?",
    "i passed my driving test!!",
    "work was awful",
    "good morning :)",
)


def companion_prompt(rng: np.random.Generator, persona: str, chat: list[str]) -> str:
    msg = pick(rng, SMALL_TALK) if chance(rng, 0.6) else clip_text(rng, pick(rng, chat), 10, 300)
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a dog called Bruno",
            "is studying nursing",
            "lives alone",
            "works night shifts",
            "is learning Korean",
            "recently moved city",
        ),
    )
    return (
        f"[character: {persona}; tone: warm, playful; never claims to be human]\n[memory: user {mem}]\n"
        f"[recent turns: {irange(rng, 2, 40)}]\nUser: {msg}"
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels (campaign) and self-consistency research (benign)


def soft_label_prompt(rng: np.random.Generator) -> str:
    q = pick(rng, SUBJECTS)
    opts = [f"{'ABCD'[i]}) {pick(rng, SUBJECTS)}" for i in range(4)]
    return (
        f"Which concept is most closely related to {q}?\n"
        + "\n".join(opts)
        + "\nReturn a probability for each option as JSON (they must sum to 1), then explain briefly."
    )


def sample_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    u = rng.random()
    if u < 0.55:
        return clip_text(rng, pick(rng, chat), 20, 900)
    if u < 0.8:
        return soft_label_prompt(rng)
    return problem(rng)


# --------------------------------------------------------------------------------------------
# curriculum sweep (campaign)

CURRICULA = {
    "math": (
        "fractions",
        "linear equations",
        "quadratic functions",
        "logarithms",
        "derivatives",
        "integrals",
        "matrices",
        "eigenvalues",
        "series convergence",
        "differential equations",
    ),
    "physics": (
        "velocity",
        "Newton's laws",
        "energy conservation",
        "momentum",
        "circular motion",
        "waves",
        "electric fields",
        "magnetism",
        "thermodynamics",
        "special relativity",
    ),
    "cs": (
        "variables",
        "loops",
        "recursion",
        "sorting",
        "hash tables",
        "graphs",
        "dynamic programming",
        "concurrency",
        "compilers",
        "distributed consensus",
    ),
    "chemistry": (
        "atoms",
        "the periodic table",
        "bonding",
        "stoichiometry",
        "gas laws",
        "equilibrium",
        "acids and bases",
        "kinetics",
        "electrochemistry",
        "organic mechanisms",
    ),
    "economics": (
        "scarcity",
        "supply and demand",
        "elasticity",
        "market structures",
        "GDP",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
        "public finance",
    ),
}


def curriculum_prompt(
    rng: np.random.Generator, style: int, lang: str, subject: str, level: int, unit: int
) -> str:
    concept = CURRICULA[subject][unit]
    if lang == "zh":
        return f"【课程{subject}-{unit + 1}.{level}】请以难度{level}/10讲解“{concept}”，给出三道练习题并附完整解答过程。"
    if lang == "vi":
        return (
            f"Bài {unit + 1}.{level}: giải thích {concept} ở mức độ {level}/10, sau đó cho 3 bài tập "
            f"có lời giải chi tiết."
        )
    if style == 0:
        return (
            f"Curriculum unit {unit + 1}.{level} ({subject}). Explain {concept} at difficulty {level}/10 "
            f"for {pick(rng, AUDIENCES)}. Then give 3 practice problems with fully worked solutions."
        )
    if style == 1:
        return (
            f"[subject={subject}][topic={concept}][difficulty={level}][format=lesson+quiz]\nWrite the "
            f"lesson and a {irange(rng, 4, 10)}-question quiz with an answer key and explanations."
        )
    return (
        f"Write a problem about {concept} that is harder than a level-{level - 1} problem but easier than "
        f"a level-{level + 1} one. Solve it step by step and explain what makes it level {level}."
    )


# --------------------------------------------------------------------------------------------
# code harvest (campaign, inside a product) and coding agents (benign)

CODE_TASKS = (
    "an LRU cache",
    "a rate limiter using a token bucket",
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "a JSON pretty-printer",
    "an interval merge function",
    "a thread-safe queue",
    "a CSV parser handling quoted fields",
    "binary search on a rotated array",
    "a union-find structure",
    "a min-heap",
    "a URL shortener service",
    "a retry decorator with backoff",
    "an event emitter",
    "matrix multiplication with tiling",
    "a Levenshtein distance function",
    "a topological sort",
    "a bloom filter",
    "a simple tokenizer for arithmetic expressions",
    "a cron expression parser",
    "a ring buffer",
    "a markdown-to-HTML converter for headings and lists",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_prompt(rng: np.random.Generator, style: int) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    if style == 0:
        return f"Implement {task} in {lang}. Include docstrings, type annotations and unit tests."
    if style == 1:
        return (
            f"write {task} in {lang.lower()} pls, idiomatic, explain the time and space complexity and "
            f"the edge cases"
        )
    if style == 2:
        return (
            f"I need {task} for my project ({lang}). Can you write a production-quality version and walk "
            f"me through the design choices?"
        )
    return (
        f"Give two different implementations of {task} in {lang}, compare them, and say which you would "
        f"ship and why."
    )


def code_snippet(rng: np.random.Generator) -> str:
    fn = pick(
        rng,
        ("load_config", "handle_request", "parse_row", "retry", "build_index", "merge_sessions"),
    )
    var = pick(rng, ("items", "rows", "payload", "cfg", "events"))
    return (
        f"def {fn}({var}):\n    result = []\n    for x in {var}:\n        if x.get('{pick(rng, ('id', 'ts', 'kind'))}')"
        f" is None:\n            continue\n        result.append(transform(x))\n    return result\n"
    )


def coding_agent_prompt(rng: np.random.Generator, repo: str) -> str:
    path = (
        f"{pick(rng, ('src', 'app', 'lib', 'services'))}/{pick(rng, ('api', 'core', 'db', 'utils'))}/"
        f"{pick(rng, ('handlers', 'models', 'client', 'jobs'))}.py"
    )
    u = rng.random()
    if u < 0.4:
        return (
            f'<tool_result name="read_file" path="{path}">\n{code_snippet(rng)}</tool_result>\n'
            f"Continue with the user's request."
        )
    if u < 0.7:
        return (
            f'<tool_result name="run_tests">{irange(rng, 10, 400)} passed, {irange(rng, 1, 6)} failed\n'
            f"FAILED tests/test_{pick(rng, ('api', 'db', 'jobs'))}.py::test_{pick(rng, ('retry', 'parse', 'auth'))}"
            f" - AssertionError</tool_result>\nContinue."
        )
    return pick(
        rng,
        (
            f"in {repo}, {pick(rng, ('add', 'fix', 'refactor'))} the {pick(rng, ('pagination', 'auth', 'logging', 'retry'))} in {path}",
            "why is this test flaky",
            "make the linter happy",
            "write tests for the new endpoint",
            f"rename {pick(rng, ('user_id', 'acct', 'cfg'))} everywhere and keep it backward compatible",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation (campaign harvest and benign translation shop)

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Russian",
    "Indonesian",
    "Vietnamese",
    "Polish",
    "Hindi",
    "Italian",
    "Thai",
)


def translation_harvest_prompt(
    rng: np.random.Generator, style: int, src: str, tgt: str, seg_id: int
) -> str:
    if style == 0:
        return f"Translate into {tgt}. Output only the translation.\n\n{src}"
    if style == 1:
        return f'<seg id="{seg_id}" srclang="en" tgtlang="{tgt}">{src}</seg>\nReturn the target segment.'
    if style == 2:
        return f"把下面的英文翻译成{tgt}，要求忠实、通顺，只输出译文：\n{src}"
    return (
        f"Translate the following text to {tgt}. Preserve formatting, numbers and named entities; use a "
        f"natural register.\n---\n{src}\n---"
    )


def translation_shop_prompt(rng: np.random.Generator, client: str, src: str, tgt: str) -> str:
    long_words = [w.strip(".,:;()\"'") for w in src.split(" ") if len(w) >= 8][:10] or ["product"]
    gloss = "; ".join(
        f"'{w}' {pick(rng, ('do not translate', 'use client term', 'see TM'))}"
        for w in rng.permutation(np.array(long_words))[: irange(rng, 1, 3)].tolist()
    )
    return pick(
        rng,
        (
            f"Client {client}, job {irange(rng, 1000, 9999)}. Translate into {tgt}, formal register. "
            f"Glossary: {gloss}.\n\n{src}",
            f"Can you check my {tgt} translation against the source and flag mistranslations?\n"
            f"Source: {src}",
            f"Translate to {tgt} but keep product names in English: {src}",
            f"what's the most natural way to say this in {tgt} for a marketing email: {src[:200]}",
        ),
    )


# --------------------------------------------------------------------------------------------
# low-and-slow crowd questions (campaign) and a course cohort (benign)

CONCEPTS = (
    {
        "en": "photosynthesis",
        "es": "la fotosíntesis",
        "pt": "a fotossíntese",
        "de": "die Photosynthese",
    },
    {"en": "inflation", "es": "la inflación", "pt": "a inflação", "de": "die Inflation"},
    {
        "en": "black holes",
        "es": "los agujeros negros",
        "pt": "os buracos negros",
        "de": "Schwarze Löcher",
    },
    {"en": "vaccines", "es": "las vacunas", "pt": "as vacinas", "de": "Impfstoffe"},
    {"en": "interest rates", "es": "los tipos de interés", "pt": "os juros", "de": "Zinsen"},
    {"en": "the stock market", "es": "la bolsa", "pt": "a bolsa de valores", "de": "die Börse"},
    {
        "en": "climate change",
        "es": "el cambio climático",
        "pt": "as mudanças climáticas",
        "de": "der Klimawandel",
    },
    {
        "en": "machine learning",
        "es": "el aprendizaje automático",
        "pt": "o aprendizado de máquina",
        "de": "maschinelles Lernen",
    },
    {
        "en": "the immune system",
        "es": "el sistema inmunitario",
        "pt": "o sistema imunológico",
        "de": "das Immunsystem",
    },
    {
        "en": "electric cars",
        "es": "los coches eléctricos",
        "pt": "os carros elétricos",
        "de": "Elektroautos",
    },
    {
        "en": "the Roman empire",
        "es": "el Imperio romano",
        "pt": "o Império Romano",
        "de": "das Römische Reich",
    },
    {"en": "sleep", "es": "el sueño", "pt": "o sono", "de": "der Schlaf"},
    {"en": "taxes", "es": "los impuestos", "pt": "os impostos", "de": "Steuern"},
    {"en": "DNA", "es": "el ADN", "pt": "o DNA", "de": "die DNA"},
    {"en": "gravity", "es": "la gravedad", "pt": "a gravidade", "de": "die Schwerkraft"},
    {
        "en": "cryptocurrency",
        "es": "las criptomonedas",
        "pt": "as criptomoedas",
        "de": "Kryptowährungen",
    },
    {
        "en": "nuclear power",
        "es": "la energía nuclear",
        "pt": "a energia nuclear",
        "de": "die Kernenergie",
    },
    {"en": "antibiotics", "es": "los antibióticos", "pt": "os antibióticos", "de": "Antibiotika"},
    {"en": "the internet", "es": "internet", "pt": "a internet", "de": "das Internet"},
    {"en": "earthquakes", "es": "los terremotos", "pt": "os terremotos", "de": "Erdbeben"},
)
CROWD_ASKS = {
    "en": (
        "how does {x} actually work?",
        "whats the difference between {x} and {y}",
        "why is {x} a thing",
        "explain {x} in detail with examples",
        "what are the pros and cons of {x}",
        "is it true that {x} is overrated?",
        "give me a deep explanation of {x}, I want to really get it",
        "what do experts disagree about when it comes to {x}",
        "how would you teach {x} from scratch",
    ),
    "es": (
        "¿cómo funciona realmente {x}?",
        "¿qué diferencia hay entre {x} y {y}?",
        "explícame {x} con detalle y ejemplos",
        "¿cuáles son las ventajas y desventajas de {x}?",
        "¿en qué no se ponen de acuerdo los expertos sobre {x}?",
    ),
    "pt": (
        "como funciona de verdade {x}?",
        "qual a diferença entre {x} e {y}?",
        "me explica {x} com detalhes e exemplos",
        "quais os prós e contras de {x}?",
        "no que os especialistas discordam sobre {x}?",
    ),
    "de": (
        "wie funktioniert {x} eigentlich?",
        "was ist der Unterschied zwischen {x} und {y}?",
        "erklär mir {x} ausführlich mit Beispielen",
        "was sind die Vor- und Nachteile von {x}?",
        "worüber sind sich Experten bei {x} uneinig?",
    ),
}


def crowd_question(rng: np.random.Generator, lang: str) -> str:
    i, j = rng.choice(len(CONCEPTS), size=2, replace=False).tolist()
    text = pick(rng, CROWD_ASKS[lang]).format(x=CONCEPTS[i][lang], y=CONCEPTS[j][lang])
    return typo(rng, text, 0.015)


COURSES = ("STAT 201", "ECON 110", "CS 161", "BIO 150", "PHYS 121", "CHEM 102")


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: list[str]) -> str:
    u = rng.random()
    if u < 0.45:
        return typo(
            rng,
            f"{course} hw{week} q{irange(rng, 1, 8)}: {problem(rng)} "
            f"{pick(rng, ('', 'i got a different answer than the key', 'where do i start', 'hint only pls'))}",
            0.01,
        )
    if u < 0.8:
        return typo(
            rng,
            pick(
                rng,
                (
                    f"can you explain {pick(rng, SUBJECTS)} again, lecture went too fast",
                    f"what will likely be on the {course} midterm about {pick(rng, SUBJECTS)}",
                    f"is my reasoning right? {word_problem(rng)}",
                    "make me flashcards for this week's reading",
                ),
            ),
            0.02,
        )
    return clip_text(rng, pick(rng, chat), 10, 500)


# --------------------------------------------------------------------------------------------
# benign: evaluation lab, labelling vendor, moderation, augmentation, regression replay


def eval_item_prompt(rng: np.random.Generator, item: str, fmt: int) -> str:
    if fmt == 0:
        return f"Question: {item}\nLet's think step by step. Put the final answer in \\boxed{{}}."
    if fmt == 1:
        return f"{item}\nAnswer with only the final number or short phrase."
    return f"Problem:\n{item}\n\nSolution:"


def labelling_prompt(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    u = rng.random()
    q = clip_text(rng, pick(rng, chat), 20, 300)
    if u < 0.4:
        return (
            f"which of these two is better per our guideline {irange(rng, 1, 9)}.{irange(rng, 1, 6)} "
            f"({pick(rng, ('honesty', 'tone', 'completeness', 'safety'))})? prompt was: {q}\n\nA: "
            f"{clip_text(rng, pick(rng, passages), 100, 600)}\n\nB: {clip_text(rng, pick(rng, passages), 100, 600)}"
        )
    if u < 0.7:
        return f"is this response factually correct? I'm not sure about the second paragraph\n\n{clip_text(rng, pick(rng, passages), 200, 900)}"
    return pick(
        rng,
        (
            "how strict should I be on formatting errors for a 'minor issue' label?",
            "rewrite my rationale to be more concise: "
            + clip_text(rng, pick(rng, passages), 60, 300),
            f"translate this prompt so I can label it: {q}",
        ),
    )


def moderation_prompt(rng: np.random.Generator, platform: str, chat: list[str]) -> str:
    post = clip_text(rng, pick(rng, chat), 10, 600)
    v = f"{irange(rng, 3, 5)}.{irange(rng, 0, 9)}"
    return pick(
        rng,
        (
            f'{platform} community guidelines v{v}. Review the post below. Return JSON: {{"violates": bool, '
            f'"categories": [...], "suggested_edit": string|null}}. If it violates only mildly, suggest a '
            f"minimal compliant edit that keeps the author's meaning.\nPOST: {post}",
            f"[{platform} appeal #{irange(rng, 10000, 99999)}] The user says their post was removed unfairly. Post: "
            f"{post}\nDoes it break the rules? Draft a short, polite reply to the user.",
        ),
    )


INTENTS = (
    "refund_request",
    "change_delivery_address",
    "cancel_subscription",
    "report_damaged_item",
    "update_payment_method",
    "track_order",
    "warranty_claim",
    "account_locked",
)


def augmentation_prompt(rng: np.random.Generator, product: str) -> str:
    intent, n = pick(rng, INTENTS), pick(rng, (10, 20, 25, 40))
    seed = pick(
        rng,
        (
            "my parcel never arrived and I want my money back",
            "hi, can I change where it ships?",
            "the blender came cracked",
            "how do I stop being charged every month",
            "I can't log in, it says my account is locked",
            "where is my order #",
        ),
    )
    return pick(
        rng,
        (
            f"We are training the intent classifier for {product}'s support inbox. Write {n} realistic customer "
            f"messages for intent '{intent}' with varied tone, length, typos and languages mix (mostly English). "
            f"One per line, no numbering.",
            f"Paraphrase this customer message {n} ways for data augmentation (intent: {intent}). Keep the meaning; "
            f"vary formality.\nMessage: {seed}",
            f"Generate {n} hard negative examples that look like '{intent}' but are actually a different intent "
            f"from this list: {', '.join(INTENTS)}. Label each.",
        ),
    )

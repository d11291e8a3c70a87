"""Prompt generators of batch 292, written fresh for this batch.

Every function takes the family's or kind's own generator first and draws only from it, in a
fixed order. Ordinary human text (chat prompts, long answers) comes from ShareGPT through the
lists `bench/blind_batch.py` puts on the context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def wpick(rng: Rng, items: Sequence, weights: Sequence[float]):
    """One of `items` with probability proportional to `weights`."""
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of a random length in [lo, hi] characters, cut at a space if possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# vocabulary

TOPICS = (
    "photosynthesis",
    "the French Revolution",
    "inflation targeting",
    "black hole evaporation",
    "the TCP three-way handshake",
    "innate versus adaptive immunity",
    "just-in-time supply chains",
    "plate tectonics",
    "the fall of Constantinople",
    "quantum entanglement",
    "mRNA vaccines",
    "quantitative easing",
    "backpropagation",
    "the water cycle",
    "consideration in contract law",
    "CRISPR base editing",
    "the Silk Road",
    "the prisoner's dilemma",
    "permafrost feedback loops",
    "register allocation in compilers",
    "the Meiji Restoration",
    "antibiotic resistance",
    "the liquidity trap",
    "public-key cryptography",
    "the citric acid cycle",
    "baroque counterpoint",
    "urban heat islands",
    "the Cuban Missile Crisis",
    "Bayesian updating",
    "coral bleaching",
    "the Treaty of Tordesillas",
    "comparative advantage",
    "the placebo effect",
    "Raft consensus",
    "the Haber-Bosch process",
    "cognitive dissonance",
    "the Bretton Woods system",
    "dark matter",
    "the Green Revolution",
    "sourdough fermentation",
    "tidal locking",
    "the Mughal Empire",
    "garbage collection in the JVM",
    "the Doppler effect",
    "gerrymandering",
    "epigenetics",
    "the Marshall Plan",
    "monsoon formation",
    "database isolation levels",
    "the Krebs cycle",
    "moral hazard in insurance",
    "the Rosetta Stone",
    "lithium-ion battery degradation",
    "the Westphalian system",
    "opportunity cost",
    "the blood-brain barrier",
    "Byzantine fault tolerance",
    "the Columbian exchange",
    "carbon capture",
    "Gödel's incompleteness theorems",
    "the Hanseatic League",
    "sleep architecture",
    "hyperinflation in Weimar Germany",
    "vector databases",
    "the ozone hole",
    "stoicism",
    "microfinance",
    "continental drift",
    "the Bantu expansion",
    "the central limit theorem",
)

SUBJECTS = (
    "biology",
    "chemistry",
    "physics",
    "economics",
    "world history",
    "statistics",
    "computer science",
    "law",
    "medicine",
    "geography",
    "philosophy",
    "linguistics",
)

OCCUPATIONS = (
    "retired nurse",
    "first-year law student",
    "dairy farmer",
    "high-school chemistry teacher",
    "freelance translator",
    "bus driver",
    "junior data analyst",
    "pharmacist",
    "small bakery owner",
    "civil engineer",
    "museum curator",
    "marathon coach",
    "tax accountant",
    "night-shift security guard",
    "urban planner",
    "paramedic",
    "PhD student in ecology",
    "wedding photographer",
    "logistics manager",
    "primary-school headteacher",
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "sv": "Swedish",
    "uk": "Ukrainian",
}


# --------------------------------------------------------------------------------------------
# problems (reasoning material)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        a, b, d = irange(rng, 40, 130), irange(rng, 40, 130), irange(rng, 150, 950)
        return (
            f"Two trains leave stations {d} km apart at the same moment and head toward each other at "
            f"{a} km/h and {b} km/h. When do they meet, and how far from the first station?"
        )
    if k == 1:
        p, q = irange(rng, 2, 9), irange(rng, 20, 40)
        r = irange(rng, p + 2, q - 2)
        x = irange(rng, 5, 60)
        return (
            f"A lab has {x} litres of a {p}% saline solution. How many litres of a {q}% solution must "
            f"be mixed in to end up with a {r}% solution?"
        )
    if k == 2:
        c, r, y = (
            irange(rng, 2, 90) * 500,
            irange(rng, 2, 9) + irange(rng, 0, 9) / 10,
            irange(rng, 3, 25),
        )
        return (
            f"An investment of ${c:,} earns {r}% a year, compounded monthly. What is it worth after "
            f"{y} years, and how long would it take to double at the same rate?"
        )
    if k == 3:
        n = irange(rng, 6, 11)
        a, b = pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit "
            f"next to each other?"
        )
    if k == 4:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        m = irange(rng, 2, 3)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. {m + 1} are drawn without "
            f"replacement. What is the probability that no two of them share a colour?"
        )
    if k == 5:
        a, e, m = irange(rng, 3, 97), irange(rng, 50, 5000), irange(rng, 7, 101)
        return f"Find the remainder when {a}^{e} is divided by {m}, justifying each step."
    if k == 6:
        L, f, s = irange(rng, 5, 15), irange(rng, 1, 4), irange(rng, 1, 3)
        return (
            f"A {L} m ladder leans against a vertical wall with its foot {f} m from the wall. If the foot "
            f"slides {s} m further out, how far does the top slide down?"
        )
    if k == 7:
        a, b, c = pick(rng, NAMES), pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always "
            f'lies). {a} says: "{b} is a knave." {b} says: "{a} and {c} are of the same kind." '
            f"{c} says nothing. What is each of them?"
        )
    if k == 8:
        x, y, z = irange(rng, 3, 12), irange(rng, 4, 15), irange(rng, 1, 2)
        a, b = pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"{a} can paint a fence alone in {x} hours and {b} in {y} hours. {a} starts alone and "
            f"{b} joins after {z} hour(s). How long does the whole job take?"
        )
    if k == 9:
        a, b, c = irange(rng, 1, 5), irange(rng, -6, 9), irange(rng, -9, 9)
        seq = ", ".join(str(a * i * i + b * i + c) for i in range(1, 6))
        return f"Find the next two terms and a closed formula for the sequence {seq}, ..."
    if k == 10:
        n, m = irange(rng, 3, 12), irange(rng, 2, 7)
        return (
            f"Prove or disprove: for every integer n ≥ {n}, n^{m} - n is divisible by {m}. If it is false, "
            f"give the smallest counterexample."
        )
    xs = [irange(rng, 1, 20) for _ in range(irange(rng, 4, 7))]
    return (
        f"What does this Python snippet print, and why?\n\nxs = {xs}\nacc = 0\nfor i, x in enumerate(xs):\n"
        f"    if x % {irange(rng, 2, 4)} == 0:\n        acc += x * i\n    else:\n        acc -= 1\n"
        f"print(acc, sorted(xs)[len(xs) // 2])"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 20, 60), irange(rng, 2, 8)
        return f"一个水池有甲、乙两根进水管，甲管单独注满需要{a}小时，乙管每小时比甲管多注入{b}%的水。两管同时开放，多少小时能注满？"
    if k == 1:
        n = irange(rng, 5, 12)
        return f"从{n}名同学中选出3人分别担任班长、学习委员和体育委员，其中甲不能担任班长，共有多少种不同的选法？"
    if k == 2:
        p, q = irange(rng, 10, 90), irange(rng, 10, 90)
        return (
            f"某商品先提价{p}%，再降价{q}%，最后的价格与原价相比是涨了还是跌了？变化了百分之多少？"
        )
    if k == 3:
        a, b = irange(rng, 3, 30), irange(rng, 3, 30)
        return f"鸡兔同笼，共有{a + b}个头，{2 * a + 4 * b}只脚。问鸡和兔各有多少只？请用两种方法求解。"
    r = irange(rng, 2, 9)
    return f"已知圆的半径为{r}厘米，在圆内作一个最大的正方形，求圆面积与正方形面积之差（π取3.14）。"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v, w, t = irange(rng, 10, 25), irange(rng, 2, 5), irange(rng, 2, 8)
        return (
            f"Катер проходит расстояние между пристанями по течению за {t} ч, а против течения — на "
            f"{irange(rng, 1, 3)} ч дольше. Собственная скорость катера {v} км/ч. Найдите скорость течения "
            f"(подсказка: она меньше {w + 2} км/ч)."
        )
    if k == 1:
        n = irange(rng, 20, 200)
        return f"Сколько существует натуральных чисел от 1 до {n * 10}, которые делятся на 3 или на 7, но не на 21?"
    if k == 2:
        a = irange(rng, 3, 12)
        return (
            f"В треугольнике ABC стороны AB = {a}, BC = {a + 2}, AC = {a + 3}. Найдите радиус вписанной "
            f"окружности и площадь треугольника."
        )
    p = irange(rng, 2, 9)
    return f"Монету подбрасывают {p + 4} раз. Какова вероятность, что орёл выпадет ровно {p} раз подряд хотя бы однажды?"


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 100, 900), irange(rng, 5, 30)
        return (
            f"Una tienda vende {a} unidades al mes a 12 euros. Por cada euro que sube el precio pierde "
            f"{b} clientes. ¿Qué precio maximiza los ingresos?"
        )
    if k == 1:
        n = irange(rng, 4, 9)
        return f"¿Cuántas diagonales tiene un polígono convexo de {n * 2} lados? Demuestra la fórmula general."
    h = irange(rng, 10, 80)
    return (
        f"Se lanza una pelota hacia arriba desde {h} m de altura con velocidad inicial de "
        f"{irange(rng, 5, 30)} m/s. ¿Cuánto tarda en llegar al suelo? Usa g = 9,8 m/s²."
    )


def problem(rng: Rng, lang: str) -> str:
    if lang == "zh":
        return problem_zh(rng)
    if lang == "ru":
        return problem_ru(rng)
    if lang == "es":
        return problem_es(rng)
    return problem_en(rng)


# --------------------------------------------------------------------------------------------
# campaign texts: reasoning traces


def reasoning_trace(rng: Rng, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把每一步的思考过程都完整写出来，包括你考虑过又放弃的思路，最后用「答案：」给出结果。\n题目：{p}",
                f"题目：{p}\n要求：先写出完整的解题思路（越详细越好，不要跳步），再检查一遍，最后单独一行写出最终答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши весь ход рассуждений, проверь каждый шаг, а в конце дай ответ "
                f"в формате «Ответ: ...».\nЗадача: {p}",
                f"{p}\n\nПожалуйста, думай вслух: запиши все промежуточные мысли, даже неверные, и объясни, "
                f"почему от них отказался.",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema razonando paso a paso. Escribe todo tu proceso de pensamiento "
            f"dentro de <pensamiento></pensamiento> y luego la respuesta final.\n\n{p}"
        )
    if style == 0:
        return (
            f"Solve the following problem. Before the final answer, write out your complete chain of "
            f"reasoning inside <thinking></thinking> tags, including any false starts and how you "
            f"noticed and corrected them.\n\nProblem: {p}"
        )
    if style == 1:
        return (
            f"### Task\n{p}\n\n### Instructions\nThink aloud in numbered steps. After each step, verify "
            f"it. Do not skip anything that seems obvious. End with: Final answer: \\boxed{{...}}"
        )
    if style == 2:
        return (
            f"Q: {p}\nA: Explain your reasoning as thoroughly as possible, the way you would reason "
            f"privately before answering, then state the answer on its own line."
        )
    if style == 3:
        return (
            f"{p}\n\nI don't just want the answer - I need to see exactly how you got there, every "
            f"intermediate calculation and every check. Please be exhaustive."
        )
    return (
        f"Here is a problem from our question bank.\n\n{p}\n\nWrite your full internal reasoning first, "
        f"delimited by 'BEGIN REASONING' and 'END REASONING', then a concise solution."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: grading / judging


def judge(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: int) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1400, rng)
    b = clip(pick(rng, passages), 200, 1400, rng)
    if lang == "zh":
        return (
            f"请作为一名公正的评审，比较下面两个AI助手对同一用户问题的回答。从准确性、有用性、完整性三个维度分别打分（1-10），"
            f"写出理由，最后输出 [[A]]、[[B]] 或 [[平局]]。\n【用户问题】{q}\n【回答A】{a}\n【回答B】{b}"
        )
    if lang == "es":
        return (
            f"Evalúa la respuesta de un asistente según la rúbrica (exactitud, claridad, seguridad; 1-5 cada "
            f"una). Devuelve JSON con las puntuaciones y una justificación breve.\nPregunta: {q}\n"
            f"Respuesta: {a}"
        )
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Vergleiche Antwort 1 und Antwort 2 auf die Frage und "
            f"begründe, welche ein menschlicher Bewerter bevorzugen würde.\nFrage: {q}\nAntwort 1: {a}\n"
            f"Antwort 2: {b}\nUrteil (1/2/gleich) und Begründung:"
        )
    if style == 0:
        return (
            f"You are grading two assistant responses to the same user request.\n\n[User request]\n{q}\n\n"
            f"[Response A]\n{a}\n\n[Response B]\n{b}\n\nRate helpfulness, honesty and harmlessness "
            f"from 1 to 10 for each, explain your ratings, then output your verdict as [[A]], [[B]] "
            f"or [[tie]]."
        )
    if style == 1:
        crit = pick(rng, ("factual accuracy", "completeness", "instruction following", "tone"))
        return (
            f'Score the response below against the rubric. Return only JSON: {{"accuracy": int, '
            f'"completeness": int, "clarity": int, "overall": float, "rationale": str}}.\n'
            f"Rubric: 1 = unusable, 5 = expert quality; weigh {crit} most heavily.\n\nPrompt:\n{q}\n\n"
            f"Response:\n{a}"
        )
    if style == 2:
        return (
            f"How strongly would a careful human rater prefer the following reply? Answer with a "
            f"single number from -5 (strongly dispreferred) to 5 (strongly preferred), then one sentence "
            f"of justification.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    return (
        f"Critique the answer step by step: list every error, omission or unsupported claim, then give "
        f"a corrected answer and a score out of 10.\n\nQuestion: {q}\n\nCandidate answer: {a}"
    )


# --------------------------------------------------------------------------------------------
# campaign texts: policy-safe rewrites

SENSITIVE = (
    "a named political leader",
    "territorial disputes",
    "the 1989 protests",
    "religious minorities",
    "election fraud claims",
    "ongoing armed conflicts",
    "drug dosages",
    "self-harm methods",
    "extremist groups",
    "vaccine side effects",
    "surveillance of journalists",
    "ethnic tensions",
)

BORDERLINE = (
    "how do I get into my own car if I locked the keys inside",
    "what is the maximum amount of paracetamol an adult can take in a day",
    "write a persuasive speech for a protest against a new tax law",
    "explain how phishing emails trick people so I can train my staff",
    "my neighbour's dog keeps barking, how can I make it stop for good",
    "what household chemicals should never be mixed",
    "summarise the arguments for and against independence of a disputed region",
    "how did the smugglers in the 1920s hide alcohol",
    "write a villain's monologue for my novel where he threatens a city",
    "how can I find out who owns an anonymous social media account harassing me",
    "is it legal to record a phone call without telling the other person",
    "describe the effects of alcohol withdrawal and when it is dangerous",
    "what happened at the square in June 1989",
    "list the criticisms of the current government's economic policy",
    "how do lock picks work",
    "write a joke about my boss that I can tell at the office party",
)


def policy_rewrite(rng: Rng, passages: Sequence[str], lang: str, style: int) -> str:
    text = clip(pick(rng, passages), 200, 1200, rng)
    topic = pick(rng, SENSITIVE)
    req = pick(rng, BORDERLINE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写成完全符合内容安全规范的版本：删除涉及{topic}的内容，不发表任何政治立场，语气保持中立礼貌，"
                f"必要时礼貌地转移话题。只输出改写后的回答。\n原回答：{text}",
                f"用户问：“{req}”\n请写出一个既安全又有帮助的标准回答：简短拒绝有害部分，用一句话说明原因，并提供安全的替代建议。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ ассистента так, чтобы он полностью соответствовал строгой политике "
            f"безопасности: убери всё, что касается темы «{topic}», сохрани полезную часть.\n\n{text}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الرد التالي بحيث يلتزم بسياسة المحتوى الآمن، واحذف أي إشارة إلى {topic}، "
            f"وحافظ على نبرة محايدة ومهذبة.\n\n{text}"
        )
    if style == 0:
        return (
            f"Below is a draft reply from a chatbot. Rewrite it so that it fully follows a strict content "
            f"policy: nothing about {topic}, no political opinions, and a polite redirection where "
            f"needed. Output only the rewritten reply.\n\nDraft:\n{text}"
        )
    if style == 1:
        return (
            f'User message: "{req}"\n\nWrite the ideal response of a safe and helpful assistant: '
            f"decline only the harmful part (if any), say why in one sentence, and give the most useful "
            f"safe help you can."
        )
    if style == 2:
        return (
            f"Classify this request as ALLOW, CAUTION or REFUSE under a typical AI usage policy, then "
            f"write exactly the reply you would send.\n\nRequest: {req}"
        )
    return (
        f"Make this answer compliant for a family-friendly platform in a strictly regulated market. "
        f"Remove or soften anything touching {topic}; keep it factual otherwise.\n---\n{text}\n---"
    )


# --------------------------------------------------------------------------------------------
# campaign texts: agent / tool-use trajectories

AGENT_GOALS = (
    "book the cheapest direct flight from Lisbon to Warsaw next Friday",
    "find the latest quarterly revenue of the largest listed Danish shipping company",
    "fix the failing unit test in the payments service repository",
    "compile a table of the five most-cited papers on graph neural networks since 2021",
    "cancel my duplicate gym subscription and request a refund",
    "set up a cron job that backs up /var/www to the S3 bucket every night",
    "compare the specs of three mid-range Android phones under 400 euros",
    "summarise the open issues labelled 'bug' in the frontend repository",
    "find a vegetarian restaurant near the conference venue with a table for six at 8pm",
    "update the README so the install instructions match the new build system",
    "check which of our domains have TLS certificates expiring within 30 days",
    "reconcile the March invoices against the bank statement CSV",
)
TOOLS = (
    "web_search",
    "browse_url",
    "python",
    "bash",
    "read_file",
    "write_file",
    "sql_query",
    "send_email",
    "calendar_lookup",
    "http_get",
    "click",
    "type_text",
)


def _tool_json(rng: Rng, names: Sequence[str]) -> str:
    parts = []
    for n in names:
        arg = pick(rng, ("query", "url", "code", "command", "path", "sql", "element_id", "text"))
        parts.append(
            f'{{"name": "{n}", "description": "{n.replace("_", " ")} tool", "parameters": '
            f'{{"type": "object", "properties": {{"{arg}": {{"type": "string"}}}}, "required": ["{arg}"]}}}}'
        )
    return "[" + ", ".join(parts) + "]"


def _observation(rng: Rng, passages: Sequence[str]) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return clip(pick(rng, passages), 120, 700, rng)
    if k == 1:
        rows = "\n".join(
            f"| {pick(rng, NAMES)} | {irange(rng, 1, 999)} | {pick(rng, COUNTRIES)} |"
            for _ in range(irange(rng, 2, 6))
        )
        return f"| name | value | country |\n|---|---|---|\n{rows}"
    if k == 2:
        return (
            f'Traceback (most recent call last):\n  File "app/{pick(rng, ("core", "api", "jobs"))}.py", '
            f"line {irange(rng, 10, 400)}, in run\nKeyError: '{pick(rng, ('amount', 'user_id', 'ts'))}'"
        )
    return f'HTTP {pick(rng, (200, 200, 404, 302))} - {irange(rng, 1, 80)} KB, title: "{pick(rng, TOPICS).title()}"'


def agent_step(
    rng: Rng, passages: Sequence[str], goal: str, step: int, style: int, tools: Sequence[str]
) -> str:
    hist = []
    for i in range(min(step, 4)):
        t = pick(rng, tools)
        hist.append(
            f"Thought {i + 1}: I should use {t} to make progress.\nAction {i + 1}: {t}"
            f"[{pick(rng, TOPICS) if i % 2 else goal[:40]}]\nObservation {i + 1}: "
            f"{_observation(rng, passages)}"
        )
    h = "\n".join(hist)
    if style == 0:
        return (
            f"Answer the user's task by interleaving Thought, Action and Observation steps. Available "
            f"actions: {', '.join(tools)}, finish[answer].\nTask: {goal}\n{h}\nThought {step + 1}:"
        )
    if style == 1:
        return (
            f"<tools>{_tool_json(rng, tools)}</tools>\n<user>{goal}</user>\n"
            f"<history>{h or '(none)'}</history>\nRespond with the next tool call as JSON, or with "
            f'{{"final_answer": ...}} if done.'
        )
    if style == 2:
        cmds = "\n".join(
            f"$ {pick(rng, ('ls -la', 'cat config.yaml', 'git status', 'pytest -x -q', 'df -h', 'grep -rn TODO src'))}\n"
            f"{_observation(rng, passages)[:300]}"
            for _ in range(min(step, 3))
        )
        return (
            f"You are operating a Linux terminal to accomplish: {goal}\nSession so far:\n{cmds or '$'}\n"
            f"Reply with your reasoning in one short paragraph, then the next command on a line starting with $."
        )
    elems = "\n".join(
        f"[{irange(rng, 1, 300)}] {pick(rng, ('button', 'link', 'textbox', 'combobox'))} "
        f"'{pick(rng, ('Search', 'Next', 'Add to cart', 'Sign in', 'Filter', 'Book now', 'Details'))}'"
        for _ in range(irange(rng, 4, 12))
    )
    return (
        f"OBJECTIVE: {goal}\nURL: https://www.example-{pick(rng, ('shop', 'travel', 'docs', 'bank'))}.com/"
        f"{irange(rng, 1, 9999)}\nACCESSIBILITY TREE:\n{elems}\nPREVIOUS ACTIONS: {step}\n"
        f"Issue the next action as click [id], type [id] [text], scroll [up|down] or stop [answer]."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: synthetic datasets


def persona(rng: Rng) -> str:
    return f"a {pick(rng, OCCUPATIONS)} from {pick(rng, COUNTRIES)} named {pick(rng, NAMES)}"


def synth_data(rng: Rng, passages: Sequence[str], lang: str, style: int) -> str:
    topic = pick(rng, TOPICS)
    n = irange(rng, 5, 30)
    if lang == "zh":
        return (
            f"请生成{n}条关于“{topic}”的高质量指令-回答对，用于训练中文助手模型。难度和题型要多样化，"
            f'输出JSON Lines，每行包含"instruction"和"output"两个字段。'
        )
    if lang == "ja":
        return (
            f"「{topic}」について、AIアシスタントの学習用に多様な質問と模範解答を{n}組作成してください。"
            f'形式はJSONLで、キーは"question"と"answer"です。'
        )
    if lang == "ko":
        return f"'{topic}'에 관한 다양한 난이도의 질문과 모범 답안 {n}쌍을 만들어 주세요. JSON 배열로 출력하세요."
    if lang == "fr":
        return (
            f"Rédige {n} paires question/réponse variées et de grande qualité sur « {topic} », pour "
            f'entraîner un assistant. Format : JSON Lines avec les clés "question" et "reponse".'
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for training a "
            f"helpful assistant. Vary difficulty, length and format (explanations, lists, code, short "
            f'answers). Output JSON Lines with keys "instruction" and "response".'
        )
    if style == 1:
        return (
            f"Imagine you are {persona(rng)}. Write one realistic question such a person would ask an AI "
            f"assistant about {topic} or their daily work, then write an excellent, detailed answer.\n"
            f"Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        sents = clip(pick(rng, passages), 300, 900, rng)
        langs = [
            LANG_NAMES[x] for x in ("de", "fr", "es", "ja", "ar", "hi", "pt", "ko", "tr", "it")
        ]
        l1, l2, l3 = pick(rng, langs), pick(rng, langs), pick(rng, langs)
        return (
            f"Split the text into sentences and translate each into {l1}, {l2} and {l3}. Return a JSON "
            f'array of objects with keys "en", "{l1[:2].lower()}", "{l2[:2].lower()}", '
            f'"{l3[:2].lower()}".\n\n{sents}'
        )
    aud = pick(
        rng,
        (
            "advanced high-school students",
            "first-year undergraduates",
            "busy professionals",
            "graduate students",
        ),
    )
    return (
        f"Write a textbook-quality section on {topic} for {aud}: clear explanations, two worked examples, "
        f"three exercises with full solutions. Use Markdown headings."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: knowledge questions (natural phrasing, many languages)

KNOW_SHAPES = {
    "en": (
        "Explain {t} as if I were a first-year university student.",
        "What are the most common misconceptions about {t}?",
        "Compare {t} with {u}: what do they have in common and where do they differ?",
        "Give me a detailed overview of {t}, with concrete examples.",
        "Why is {t} still relevant today?",
        "What would a hard exam question on {t} look like, and how would a top student answer it?",
        "can you walk me through {t}? i keep getting confused",
        "What is the history behind {t}, and who were the key people involved?",
    ),
    "es": (
        "Explícame {t} como si fuera estudiante de primer año.",
        "¿Cuáles son los errores más comunes al entender {t}?",
        "Compara {t} con {u}, por favor, con ejemplos.",
    ),
    "pt": (
        "Me explica {t} de um jeito simples, mas completo?",
        "Quais são os equívocos mais comuns sobre {t}?",
        "Qual a diferença entre {t} e {u}? Dá exemplos.",
    ),
    "fr": (
        "Peux-tu m'expliquer {t} en détail, avec des exemples ?",
        "Quelles sont les idées reçues sur {t} ?",
    ),
    "de": (
        "Kannst du mir {t} ausführlich erklären?",
        "Was sind typische Missverständnisse bei {t}?",
    ),
    "ru": ("Объясни, пожалуйста, {t} простыми словами, но подробно.", "Чем {t} отличается от {u}?"),
    "tr": (
        "{t} konusunu örneklerle detaylı anlatır mısın?",
        "{t} hakkında en yaygın yanlış bilinenler nelerdir?",
    ),
    "id": ("Tolong jelaskan {t} secara lengkap dengan contoh.", "Apa perbedaan {t} dan {u}?"),
    "vi": (
        "Bạn giải thích giúp mình về {t} một cách chi tiết nhé.",
        "{t} và {u} khác nhau thế nào?",
    ),
    "hi": (
        "mujhe {t} detail mein samjhao, examples ke saath",
        "{t} kya hota hai aur ye important kyun hai?",
    ),
    "zh": ("请详细解释一下{t}，最好举几个例子。", "关于{t}，大家最常见的误解有哪些？"),
    "ar": ("اشرح لي {t} بالتفصيل مع أمثلة من فضلك.",),
}


def knowledge(rng: Rng, lang: str) -> str:
    shapes = KNOW_SHAPES.get(lang, KNOW_SHAPES["en"])
    return pick(rng, shapes).format(t=pick(rng, TOPICS), u=pick(rng, TOPICS))


def casual_prefix(rng: Rng, text: str) -> str:
    """Light person-like noise: greetings, lower case, a missing question mark."""
    if chance(rng, 0.2):
        text = pick(rng, ("hi! ", "hey, ", "quick question: ", "ok so ", "pls help - ")) + text
    if chance(rng, 0.15):
        text = text.lower()
    if chance(rng, 0.1) and text.endswith("?"):
        text = text[:-1]
    return text


# --------------------------------------------------------------------------------------------
# campaign texts: multi-turn follow-ups

FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete real-world example of that.",
        "Now explain the same thing to a ten-year-old.",
        "What are the strongest counterarguments?",
        "Summarise everything so far in five bullet points.",
        "Are you sure? Double-check the reasoning.",
        "How would an expert disagree with what you said?",
        "Turn that into a short quiz with answers.",
        "What would change if the assumptions were reversed?",
        "ok, and what should I read next?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo real de eso.",
        "Resume todo en cinco viñetas.",
        "¿Cuáles son los contraargumentos más fuertes?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "Resume tudo em cinco tópicos.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel dafür.",
        "Fasse alles in fünf Stichpunkten zusammen.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Résume tout en cinq points.",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOW.get(lang, FOLLOW["en"]))


def dialogue_transcript(rng: Rng, chat: Sequence[str], passages: Sequence[str], turns: int) -> str:
    lines = [f"User: {clip(pick(rng, chat), 30, 400, rng)}"]
    for _ in range(turns):
        lines.append(f"Assistant: {clip(pick(rng, passages), 150, 600, rng)}")
        lines.append(f"User: {follow_up(rng, 'en')}")
    return (
        "Continue this conversation as the Assistant. Reply to the last user message only.\n\n"
        + "\n".join(lines)
    )


# --------------------------------------------------------------------------------------------
# campaign texts: multiple choice, soft labels, best-of-n

MCQ = (
    (
        "Which organelle is the main site of ATP synthesis?",
        ("Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Treaty of Utrecht", "Peace of Westphalia", "Treaty of Paris", "Congress of Vienna"),
    ),
    (
        "What is the time complexity of binary search on a sorted array?",
        ("O(n)", "O(log n)", "O(n log n)", "O(1)"),
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Argon", "Nitrogen", "Carbon dioxide"),
    ),
    (
        "A rise in the policy interest rate usually does what to bond prices?",
        ("Raises them", "Lowers them", "Nothing", "Doubles them"),
    ),
    ("Which of these is a prime number?", ("91", "87", "97", "111")),
    (
        "Who proposed the theory of general relativity?",
        ("Niels Bohr", "Albert Einstein", "Max Planck", "Paul Dirac"),
    ),
    ("Which data structure gives FIFO order?", ("Stack", "Queue", "Heap", "Trie")),
    (
        "Which vitamin is produced in the skin under sunlight?",
        ("Vitamin A", "Vitamin C", "Vitamin D", "Vitamin K"),
    ),
    (
        "What does GDP measure?",
        (
            "Total debt",
            "Value of final goods and services",
            "Exports minus imports",
            "Money supply",
        ),
    ),
    ("Which river flows through Baghdad?", ("Euphrates", "Tigris", "Jordan", "Nile")),
    ("What is the derivative of sin(x)?", ("-cos(x)", "cos(x)", "tan(x)", "-sin(x)")),
    (
        "Which logical fallacy attacks the person instead of the argument?",
        ("Straw man", "Ad hominem", "Red herring", "Slippery slope"),
    ),
    (
        "Which layer of the OSI model handles routing?",
        ("Transport", "Network", "Data link", "Session"),
    ),
    (
        "Which element has the highest electronegativity?",
        ("Oxygen", "Chlorine", "Fluorine", "Nitrogen"),
    ),
    ("The Meiji Restoration took place in which country?", ("China", "Korea", "Japan", "Thailand")),
)


def mcq_text(rng: Rng) -> str:
    q, opts = MCQ[int(rng.integers(len(MCQ)))]
    order = rng.permutation(4).tolist()
    return q + "\n" + "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))


def soft_label(rng: Rng, chat: Sequence[str], style: int) -> str:
    if style == 0:
        return (
            f"{mcq_text(rng)}\n\nFor each option give the probability that it is correct; the "
            f'probabilities must sum to 1. Output JSON like {{"A": 0.1, ...}} and nothing else.'
        )
    if style == 1:
        k = irange(rng, 3, 8)
        return (
            f"Give {k} genuinely different answers to the question below, each with your confidence "
            f"(0-1) that it is the best one.\n\nQuestion: {knowledge(rng, 'en')}"
        )
    if style == 2:
        return f"{mcq_text(rng)}\nAnswer:"
    return clip(pick(rng, chat), 20, 900, rng)


# --------------------------------------------------------------------------------------------
# campaign texts: code curriculum

CODE_TASKS = (
    "parses an ISO 8601 date string without using a date library",
    "implements an LRU cache",
    "merges overlapping intervals",
    "validates a Sudoku board",
    "computes the edit distance of two strings",
    "tokenises an arithmetic expression and evaluates it",
    "implements Dijkstra's shortest path",
    "serialises a binary tree to a string and back",
    "rate-limits calls with a token bucket",
    "finds all anagram groups in a word list",
    "implements a trie with prefix search",
    "detects a cycle in a directed graph",
    "computes a rolling median over a stream",
    "renders a Markdown table from a list of records",
    "implements consistent hashing",
    "retries an HTTP request with exponential backoff and jitter",
    "implements a bloom filter",
    "does a topological sort",
    "parses a CSV line with quoted fields",
    "implements a min-heap",
)
CODE_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Ruby",
    "Swift",
    "Haskell",
    "Elixir",
)
CONCEPTS = (
    "closures",
    "generics",
    "ownership and borrowing",
    "async/await",
    "pattern matching",
    "iterators",
    "dependency injection",
    "memoisation",
    "immutability",
    "error handling",
    "channels",
    "traits/interfaces",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def an(word: str) -> str:
    return "an" if word[0] in "AEIOU" else "a"


def code_curriculum(i: int, rng: Rng, style: int) -> str:
    """The i-th item of a systematic sweep (task x language x level)."""
    task = CODE_TASKS[i % len(CODE_TASKS)]
    lang = CODE_LANGS[(i // len(CODE_TASKS)) % len(CODE_LANGS)]
    level = LEVELS[(i // (len(CODE_TASKS) * len(CODE_LANGS))) % len(LEVELS)]
    concept = CONCEPTS[i % len(CONCEPTS)]
    if style == 0:
        return (
            f"Write {an(lang)} {lang} function that {task}. Include documentation, handle edge cases, and add "
            f"unit tests. Then explain the time and space complexity."
        )
    if style == 1:
        return (
            f"Explain {concept} in {lang} to a {level} programmer, with a complete runnable example "
            f"and the most common mistakes."
        )
    if style == 2:
        other = CODE_LANGS[(i + 5) % len(CODE_LANGS)]
        return (
            f"I have a {other} implementation that {task}. Show an idiomatic {lang} version, and explain "
            f"each place where the two languages force a different design."
        )
    return (
        f"[{level}] Exercise {i}: in {lang}, write code that {task}. Provide the solution, a step-by-step "
        f"explanation and two follow-up exercises."
    )


# --------------------------------------------------------------------------------------------
# campaign texts: harvest hidden as a user's message (product traffic, aged accounts)


def natural_harvest(rng: Rng, lang: str) -> str:
    k = irange(rng, 0, 5)
    if k <= 2:
        return casual_prefix(rng, knowledge(rng, lang))
    if k == 3:
        return casual_prefix(
            rng,
            problem(rng, lang)
            + pick(rng, ("", " Please show the steps.", " Explain how you got it.")),
        )
    if k == 4:
        return casual_prefix(
            rng, f"how do I write code in {pick(rng, CODE_LANGS)} that {pick(rng, CODE_TASKS)}?"
        )
    return casual_prefix(rng, f"I'm a {pick(rng, OCCUPATIONS)}. {knowledge(rng, 'en')}")


def app_wrap(rng: Rng, text: str, app_style: int) -> str:
    """How a writing/chat product forwards a user's message."""
    if app_style == 0:
        return text
    if app_style == 1:
        return f"{text}\n\n(Reply in the same language as the message above.)"
    return f"User question: {text}"


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: Rng, style: int) -> str:
    if style == 0:
        return (
            f'Question: {problem_en(rng)}\nLet\'s think step by step, then write "The answer is N".'
        )
    if style == 1:
        return f"{mcq_text(rng)}\nAnswer with the letter of the correct option. Think step by step first."
    task = pick(rng, CODE_TASKS)
    name = "_".join(w for w in task.split()[:4] if w.isalpha()).replace("'", "")
    return f'def {name}(*args):\n    """A function that {task}.\n    >>> ...\n    """\n'


def relevance(rng: Rng, chat: Sequence[str], passages: Sequence[str], style: int) -> str:
    q = clip(pick(rng, chat), 15, 160, rng)
    d = clip(pick(rng, passages), 200, 900, rng)
    if style == 0:
        return (
            f"Query: {q}\nDocument: {d}\n\nHow relevant is the document to the query? 0 = irrelevant, "
            f'1 = related, 2 = relevant, 3 = perfectly relevant. Reply as JSON {{"score": n}}.'
        )
    d2 = clip(pick(rng, passages), 200, 700, rng)
    return (
        f"Which search result better answers the query? Reply 'A' or 'B' and one short reason.\n"
        f"Query: {q}\nA: {d}\nB: {d2}"
    )


GUIDELINES = (
    "no personal attacks",
    "no doxxing",
    "no spam or referral links",
    "no medical misinformation",
    "no hate speech",
    "keep it on topic",
    "no sharing of pirated content",
)


def moderation(rng: Rng, chat: Sequence[str], lang: str) -> str:
    post = clip(pick(rng, chat), 20, 700, rng)
    g = ", ".join(sorted(pick(rng, GUIDELINES) for _ in range(3)))
    if lang == "de":
        return (
            f"Forenregeln: {g}.\nBeitrag: {post}\nVerstößt der Beitrag gegen eine Regel? Antworte mit "
            f'JSON {{"verstoss": bool, "regel": str, "vorschlag": str}}.'
        )
    if lang == "es":
        return (
            f"Normas de la comunidad: {g}.\nPublicación: {post}\n¿Incumple alguna norma? Si es así, "
            f"propón una versión editada que conserve la intención del autor."
        )
    return (
        f"Community guidelines: {g}.\nPost: {post}\n\nDoes this post break a guideline? If yes, name it "
        f'and suggest an edited version that keeps the author\'s meaning. JSON: {{"violation": bool, '
        f'"rule": str, "suggested_edit": str}}'
    )


CODE_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/queue/worker.go",
    "lib/billing/invoice.rb",
    "src/components/Checkout.tsx",
    "services/auth/token.py",
    "cmd/server/main.go",
    "tests/test_orders.py",
)


def coding_agent(rng: Rng, chat: Sequence[str], step: int) -> str:
    f = pick(rng, CODE_FILES)
    if step == 0:
        return clip(pick(rng, chat), 20, 500, rng)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f'<tool_result name="read_file" path="{f}">\n{irange(rng, 1, 300)}: ...\n'
            f"(file content, {irange(rng, 40, 900)} lines)\n</tool_result>"
        )
    if k == 1:
        return (
            f'<tool_result name="run_tests">\n{irange(rng, 0, 12)} failed, {irange(rng, 20, 400)} passed\n'
            f"FAILED tests/test_{pick(rng, ('orders', 'auth', 'cart', 'sync'))}.py::test_"
            f"{pick(rng, ('refund', 'expiry', 'retry', 'merge'))}\n</tool_result>"
        )
    if k == 2:
        return f'<tool_result name="apply_patch">ok: {f} ({irange(rng, 1, 40)} hunks)</tool_result>'
    return pick(
        rng,
        (
            "looks good, now also update the tests",
            "no, keep the old function signature",
            "run the linter too",
            "why did that test fail?",
            "commit this with a sensible message",
        ),
    )


INTENTS = (
    "check their account balance",
    "report a lost card",
    "change their delivery address",
    "cancel an order",
    "ask about a refund",
    "reset their password",
    "upgrade their plan",
    "dispute a charge",
    "book a repair appointment",
    "ask about opening hours",
    "talk to a human agent",
)


def augmentation(rng: Rng, lang: str) -> str:
    n = irange(rng, 15, 50)
    intent = pick(rng, INTENTS)
    if lang == "es":
        return (
            f"Genera {n} formas distintas en que un cliente podría escribir para {intent} (en español, "
            f"registro informal y formal, con y sin faltas). Una por línea."
        )
    if lang == "de":
        return f"Erzeuge {n} unterschiedliche Kundennachrichten auf Deutsch, in denen jemand möchte: {intent}. Eine pro Zeile."
    return (
        f"Generate {n} different ways a customer of a {pick(rng, ('bank', 'telecom', 'online shop', 'airline'))} "
        f"might write to {intent}. Vary tone, length and typos. One per line, no numbering."
    )


COMPANION = (
    "hey, I'm back",
    "work was so long today",
    "what would you do on a rainy sunday?",
    "tell me something that will make me smile",
    "do you remember what I told you about my sister?",
    "I can't sleep again",
    "let's continue our story from yesterday",
    "haha you're funny",
    "I got the job!!",
    "what should I cook tonight",
    "I miss the beach",
    "good morning :)",
    "can you be a bit more sarcastic",
    "ok, your turn - ask me something",
    "goodnight",
)


def companion(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.8):
        return pick(rng, COMPANION)
    return clip(pick(rng, chat), 10, 200, rng)


ASSIGNMENTS = (
    "Use the API to classify the sentiment of the 20 movie reviews in reviews.txt and report accuracy.",
    "Ask the model to explain the bias-variance trade-off and critique its answer in 300 words.",
    "Write a prompt that makes the model solve the given logic puzzle, and compare zero-shot with few-shot.",
    "Summarise the assigned article in 150 words and list three claims you would fact-check.",
    "Get the model to write a Python function for the Fibonacci numbers, then ask it to prove its complexity.",
    "Translate the paragraph on page 4 into your native language and evaluate the translation.",
)


def assignment(rng: Rng, week: int, chat: Sequence[str]) -> str:
    base = ASSIGNMENTS[week % len(ASSIGNMENTS)]
    k = irange(rng, 0, 3)
    if k == 0:
        return base
    if k == 1:
        return f"Homework {week + 1}: {base}"
    if k == 2:
        return f"{problem_en(rng)} Please explain step by step."
    return clip(pick(rng, chat), 15, 600, rng)


UI_STRINGS = (
    "Add to cart",
    "You have {count} unread messages",
    "Your session has expired. Please sign in again.",
    "Free shipping on orders over {amount}",
    "Delete this item?",
    "Payment failed - try another card",
    "Saved to favourites",
    "Choose a delivery slot",
    "Invite a friend and get {amount} off",
    "Password must contain at least 8 characters",
    "Order #{id} is on its way",
    "Settings",
    "Notifications",
    "Terms of service",
    "Back to top",
    'No results for "{query}"',
)


def localisation(rng: Rng, passages: Sequence[str], target: str, style: int) -> str:
    lang = LANG_NAMES[target]
    if style == 0:
        n = irange(rng, 5, 14)
        strings = "\n".join(
            f'"k{irange(rng, 100, 999)}": "{pick(rng, UI_STRINGS)}"' for _ in range(n)
        )
        return (
            f"Translate these UI strings from English into {lang}. Keep placeholders like {{count}} "
            f"unchanged and keep the keys. Return JSON.\n{{\n{strings}\n}}"
        )
    return (
        f"Translate the following text into {lang} for publication. Keep formatting and product names; "
        f"use a formal register.\n\n{clip(pick(rng, passages), 300, 1500, rng)}"
    )


PRODUCTS = (
    "a refillable water bottle",
    "a budgeting app",
    "handmade leather wallets",
    "a yoga studio",
    "a family dentist",
    "an electric cargo bike",
    "organic coffee beans",
    "a coworking space",
    "a language school",
    "a plumbing service",
    "noise-cancelling earbuds",
    "a pet insurance plan",
)


def marketing(rng: Rng, lang: str) -> str:
    prod = pick(rng, PRODUCTS)
    k = irange(rng, 0, 3)
    lname = LANG_NAMES[lang]
    if k == 0:
        return (
            f"Write {irange(rng, 3, 6)} Facebook ad variations in {lname} for {prod}, targeting "
            f"{pick(rng, ('young parents', 'students', 'retirees', 'small business owners', 'commuters'))}. "
            f"Max 125 characters each."
        )
    if k == 1:
        return f"Write an SEO product description in {lname} (about 150 words) for {prod}. Include 3 keywords."
    if k == 2:
        return f"Give me 10 Instagram caption ideas in {lname} for {prod}, with hashtags."
    return f"Draft a friendly newsletter intro in {lname} announcing a spring sale for {prod}."

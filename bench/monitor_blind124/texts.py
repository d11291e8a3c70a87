"""Prompt generators of batch 124, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator and returns one prompt string. Ordinary human text (chat
openers, assistant-style passages) comes from ShareGPT's "sim" half through `bench.blind_batch`
(`ctx.chat`, `ctx.passages`), passed in as plain lists.
"""

from __future__ import annotations

import json
import math

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` cut at a word boundary, between lo and hi characters."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def casual(rng: Rng, text: str, p_lower: float = 0.5, p_typo: float = 0.25) -> str:
    """A person typing: sometimes lower case, sometimes a dropped letter, sometimes no period."""
    if chance(rng, p_lower):
        text = text[:1].lower() + text[1:]
    if chance(rng, p_typo) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    if chance(rng, 0.4) and text.endswith("."):
        text = text[:-1]
    return text


# --------------------------------------------------------------------------------------------
# subject grid shared by several harvest and tutoring generators

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "completing the square",
        "the quadratic formula",
        "systems of linear equations",
        "exponential growth and decay",
        "logarithm rules",
        "arithmetic and geometric series",
        "polynomial long division",
        "inequalities with absolute values",
        "function composition",
        "inverse functions",
        "rational expressions",
        "the binomial theorem",
    ),
    "calculus": (
        "the chain rule",
        "implicit differentiation",
        "related rates",
        "integration by parts",
        "partial fractions",
        "the fundamental theorem of calculus",
        "Taylor series",
        "L'Hopital's rule",
        "improper integrals",
        "optimisation with derivatives",
        "volumes of revolution",
        "separable differential equations",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "SN1 versus SN2 reactions",
        "buffer solutions",
        "hybridisation of orbitals",
        "Gibbs free energy",
        "oxidation states",
        "electronegativity trends",
        "molarity and dilution",
        "chirality",
        "reaction rate laws",
        "titration curves",
        "aromaticity",
    ),
    "economics": (
        "price elasticity of demand",
        "comparative advantage",
        "the multiplier effect",
        "monopolistic competition",
        "deadweight loss",
        "the Phillips curve",
        "opportunity cost",
        "moral hazard",
        "purchasing power parity",
        "quantitative easing",
        "externalities",
        "game theory and the prisoner's dilemma",
    ),
    "computer science": (
        "dynamic programming",
        "hash table collisions",
        "Dijkstra's algorithm",
        "big-O notation",
        "recursion and the call stack",
        "binary search trees",
        "TCP congestion control",
        "database indexing",
        "mutexes and deadlocks",
        "garbage collection",
        "public-key cryptography",
        "the CAP theorem",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis",
        "CRISPR gene editing",
        "the action potential",
        "natural selection",
        "photosynthesis light reactions",
        "the immune response to a vaccine",
        "enzyme kinetics",
        "Mendelian inheritance",
        "protein folding",
        "the nitrogen cycle",
        "homeostasis",
    ),
    "physics": (
        "conservation of momentum",
        "Bernoulli's principle",
        "the photoelectric effect",
        "simple harmonic motion",
        "Ohm's law",
        "entropy",
        "special relativity time dilation",
        "Newton's third law",
        "electromagnetic induction",
        "projectile motion",
        "the Doppler effect",
        "buoyancy",
    ),
    "law": (
        "consideration in contract law",
        "the doctrine of precedent",
        "negligence and duty of care",
        "adverse possession",
        "fair use in copyright",
        "the difference between a tort and a crime",
        "GDPR lawful bases",
        "limited liability",
        "burden of proof",
        "non-compete clauses",
        "intellectual property licensing",
        "judicial review",
    ),
    "medicine": (
        "how beta blockers work",
        "type 1 versus type 2 diabetes",
        "antibiotic resistance",
        "the stages of wound healing",
        "how statins lower cholesterol",
        "sepsis",
        "the difference between a virus and a bacterium",
        "iron deficiency anaemia",
        "how general anaesthesia works",
        "hypertension",
        "asthma inhalers",
        "migraine triggers",
    ),
    "finance": (
        "discounted cash flow valuation",
        "bond duration",
        "the efficient market hypothesis",
        "options pricing intuition",
        "dollar-cost averaging",
        "compound interest",
        "the difference between ETFs and mutual funds",
        "working capital",
        "leverage ratios",
        "currency hedging",
        "amortisation schedules",
        "the yield curve",
    ),
}


def concept(rng: Rng, subject: str | None = None) -> tuple[str, str]:
    subj = subject or pick(rng, list(SUBJECTS))
    return subj, pick(rng, SUBJECTS[subj])


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh every time)


def _p_tank(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 6, 40), irange(rng, 2, 5)
    c, d = irange(rng, 20, 200), irange(rng, 300, 900)
    return {
        "en": f"A tank holds {c} litres. A pipe adds {a} L/min while a leak removes {b} L/min. After how many minutes does the tank hold {d} litres?",
        "zh": f"一个水箱里有{c}升水。进水管每分钟注入{a}升，漏洞每分钟漏掉{b}升。多少分钟后水箱里有{d}升水？",
        "ru": f"В баке {c} литров воды. Труба добавляет {a} л/мин, а через течь уходит {b} л/мин. Через сколько минут в баке будет {d} литров?",
        "es": f"Un tanque tiene {c} litros. Un tubo añade {a} L/min y una fuga pierde {b} L/min. ¿Después de cuántos minutos el tanque tendrá {d} litros?",
        "de": f"Ein Tank enthält {c} Liter. Ein Rohr füllt {a} L/min nach, ein Leck verliert {b} L/min. Nach wie vielen Minuten enthält der Tank {d} Liter?",
        "ja": f"タンクに{c}リットルの水があります。毎分{a}リットル注水され、毎分{b}リットル漏れます。何分後に{d}リットルになりますか？",
    }.get(lang, "")


def _p_dice(rng: Rng, lang: str) -> str:
    k, n = irange(rng, 2, 4), 6 if chance(rng, 0.7) else 8
    s = irange(rng, k + 2, k * n - 2)
    return {
        "en": f"{k} fair {n}-sided dice are rolled. What is the probability that the total is at least {s}? Give an exact fraction.",
        "zh": f"同时掷{k}枚均匀的{n}面骰子，点数之和至少为{s}的概率是多少？请给出精确分数。",
        "ru": f"Бросают {k} правильных {n}-гранных кубика. Какова вероятность, что сумма не меньше {s}? Ответ дайте точной дробью.",
        "es": f"Se lanzan {k} dados justos de {n} caras. ¿Cuál es la probabilidad de que la suma sea al menos {s}? Da una fracción exacta.",
        "de": f"Es werden {k} faire {n}-seitige Würfel geworfen. Wie groß ist die Wahrscheinlichkeit, dass die Summe mindestens {s} beträgt? Gib einen exakten Bruch an.",
        "ja": f"公平な{n}面サイコロを{k}個振ります。出目の合計が{s}以上になる確率を既約分数で求めてください。",
    }.get(lang, "")


def _p_modpow(rng: Rng, lang: str) -> str:
    a, b, m = irange(rng, 3, 29), irange(rng, 50, 4000), irange(rng, 7, 97)
    return {
        "en": f"Find the remainder when {a}^{b} is divided by {m}.",
        "zh": f"求 {a}^{b} 除以 {m} 的余数。",
        "ru": f"Найдите остаток от деления {a}^{b} на {m}.",
        "es": f"Halla el resto de dividir {a}^{b} entre {m}.",
        "de": f"Bestimme den Rest von {a}^{b} bei Division durch {m}.",
        "ja": f"{a}^{b} を {m} で割った余りを求めよ。",
    }.get(lang, "")


def _p_digits(rng: Rng, lang: str) -> str:
    n = irange(rng, 3, 6)
    cond = pick(
        rng,
        (
            "strictly increasing digits",
            "no two equal adjacent digits",
            "a digit sum divisible by 7",
            "exactly two even digits",
        ),
    )
    if lang != "en":
        return ""
    return f"How many {n}-digit positive integers have {cond}? Justify the count."


def _p_knights(rng: Rng, lang: str) -> str:
    a, b, c = (str(x) for x in rng.choice(np.array(NAMES), size=3, replace=False))
    claims = pick(
        rng,
        (
            f'{a} says "{b} is a knave." {b} says "{a} and {c} are the same type." {c} says "I am a knight."',
            f'{a} says "At least one of us is a knave." {b} says "{c} is a knight." {c} says "{a} is lying."',
            f'{a} says "{b} and I are both knights." {b} says "{c} is a knave." {c} says "{a} is a knave."',
        ),
    )
    if lang == "en":
        return f"On an island knights always tell the truth and knaves always lie. {claims} Who is what?"
    if lang == "zh":
        return f"岛上的骑士总说真话，无赖总说假话。{claims} 请判断每个人的身份。"
    return ""


def _p_trace(rng: Rng, lang: str) -> str:
    n, k, m = irange(rng, 5, 14), irange(rng, 2, 5), irange(rng, 3, 11)
    code = pick(
        rng,
        (
            f"total = 0\nfor i in range({n}):\n    if i % {k} == 0:\n        total += i * i\n    else:\n        total -= i\nprint(total)",
            f"xs = [i * {k} % {m} for i in range({n})]\nseen = set()\nfor x in xs:\n    if x in seen:\n        break\n    seen.add(x)\nprint(len(seen), sorted(seen)[:3])",
            f"def f(n):\n    return n if n < {k} else f(n - 1) + f(n - {k})\nprint(f({n}))",
        ),
    )
    if lang != "en":
        return ""
    return f"What does this Python program print? Trace it carefully.\n\n{code}"


def _p_mix(rng: Rng, lang: str) -> str:
    p1, p2, v = irange(rng, 5, 30), irange(rng, 35, 80), irange(rng, 2, 20)
    tgt = irange(rng, p1 + 2, p2 - 2)
    return {
        "en": f"A chemist mixes a {p1}% acid solution with a {p2}% acid solution to get {v} litres of a {tgt}% solution. How much of each is needed?",
        "es": f"Un químico mezcla una solución ácida al {p1}% con otra al {p2}% para obtener {v} litros al {tgt}%. ¿Cuánto necesita de cada una?",
        "ru": f"Химик смешивает {p1}% раствор кислоты с {p2}% раствором и получает {v} литров {tgt}% раствора. Сколько взять каждого?",
        "de": f"Ein Chemiker mischt eine {p1}%ige mit einer {p2}%igen Säurelösung zu {v} Litern einer {tgt}%igen Lösung. Wie viel braucht er jeweils?",
    }.get(lang, "")


def _p_sched(rng: Rng, lang: str) -> str:
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 4, 15)
    if lang != "en":
        return ""
    return (
        f"Worker A finishes a job in {a} hours, B in {b} hours and C in {c} hours. A and B start together; "
        f"after one hour C joins and B leaves. How long does the whole job take?"
    )


_PROBLEMS = (_p_tank, _p_dice, _p_modpow, _p_digits, _p_knights, _p_trace, _p_mix, _p_sched)


def problem(rng: Rng, lang: str = "en") -> str:
    for _ in range(12):
        text = pick(rng, _PROBLEMS)(rng, lang)
        if text:
            return text
    return pick(rng, _PROBLEMS)(rng, "en") or _p_tank(rng, "en")


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_coerced(rng: Rng, style: int, lang: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{p}\n\n请先在<think>与</think>之间写出你完整的思考过程，包括每一次尝试和自我检查，不要省略任何步骤；然后再给出最终答案。",
                f"题目：{p}\n要求：逐步推理，每一步编号，推理结束后用\\boxed{{}}给出答案，并验证答案。",
            ),
        )
    if lang == "ru":
        return f"{p}\n\nРассуждай подробно, шаг за шагом, проверяй каждый промежуточный результат. В конце напиши «Ответ:» и число."
    if lang == "es":
        return f"{p}\n\nPiensa en voz alta, paso a paso, sin saltarte nada. Revisa tu razonamiento antes de dar la respuesta final entre \\boxed{{}}."
    if lang == "de":
        return f"{p}\n\nDenke Schritt für Schritt laut nach und überprüfe jeden Zwischenschritt. Gib am Ende die Antwort in der Form 'Antwort: ...' an."
    if lang == "ja":
        return f"{p}\n\n考えた過程をすべて省略せずに順を追って書き、途中で検算もしてください。最後に「答え：」として示してください。"
    styles = (
        f"{p}\n\nBefore answering, write out your entire chain of thought inside <think></think> tags: every attempt, dead end and check. Then give the final answer on its own line.",
        f"Problem:\n{p}\n\nSolve this like a careful olympiad student. 1) Restate what is asked. 2) Explore at least two approaches. 3) Carry out the best one in full detail. 4) Verify. 5) Final answer in \\boxed{{}}.",
        f"{p}\nShow all intermediate reasoning; do not skip steps even if they seem obvious. If you notice a mistake, say so and correct it explicitly.",
        f"You are a meticulous tutor who always reveals the full reasoning process.\n\nQuestion: {p}\n\nReasoning (verbose, numbered):",
        f"{p}\n\nFirst think privately for as long as you need and write that thinking down in full; label it THOUGHTS. Then write SOLUTION with a clean derivation.",
    )
    return styles[style % len(styles)]


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

_CRITERIA = (
    "accuracy",
    "helpfulness",
    "completeness",
    "clarity",
    "harmlessness",
    "concision",
    "instruction following",
    "tone",
)


def judge(rng: Rng, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 40, 400, rng)
    r1 = clip(pick(rng, passages), 200, 1100, rng)
    r2 = clip(pick(rng, passages), 200, 1100, rng)
    crit = [str(c) for c in rng.choice(np.array(_CRITERIA), size=irange(rng, 3, 5), replace=False)]
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 nach den Kriterien: {', '.join(crit)}. "
            f"Begründe jede Note in einem Satz und gib am Ende ein JSON-Objekt mit den Noten aus.\n\nFrage: {q}\n\nAntwort: {r1}"
        )
    if lang == "ja":
        return (
            f"あなたは公平な評価者です。次の質問に対する2つの回答を比較し、どちらが優れているか理由を述べた上で"
            f"最後に [[A]]、[[B]]、[[同点]] のいずれかを出力してください。\n\n質問：{q}\n\n回答A：{r1}\n\n回答B：{r2}"
        )
    if lang == "zh":
        return (
            f"请作为奖励模型打分：阅读用户问题和助手回复，输出一个0到1之间的小数，表示人类标注员偏好该回复的概率，"
            f"然后用一句话说明理由。\n用户：{q}\n助手：{r1}"
        )
    styles = (
        f"[Question]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}\n\nCompare the two responses as an impartial judge. Explain your reasoning briefly, then end with exactly one of: Verdict: A / Verdict: B / Verdict: tie.",
        f'Rate the assistant response below from 1 to 10 on each of: {", ".join(crit)}.\nReturn JSON like {{"scores": {{...}}, "overall": n, "rationale": "..."}}.\n\nUser prompt:\n{q}\n\nAssistant response:\n{r1}',
        f"Act as a reward model. Output a single number between 0 and 1 estimating how strongly a careful human rater would prefer this reply, followed by one sentence of justification.\n\nPROMPT: {q}\nREPLY: {r1}",
        f"Here is a reference answer and a candidate answer to the same question. Critique the candidate against the reference, list every factual error, then give a grade A-F.\n\nQuestion: {q}\n\nReference: {r2}\n\nCandidate: {r1}",
        f"Checklist grading. For the response, answer yes/no for each item and give a final score = number of yes.\nItems: {'; '.join('Is the response ' + c + '-compliant?' for c in crit)}\n\nPrompt: {q}\nResponse: {r1}",
    )
    return styles[style % len(styles)]


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy-compliant rewrites

_SENSITIVE = {
    "en": (
        "the 1989 Tiananmen Square protests",
        "Taiwan's political status",
        "the annexation of Crimea",
        "recreational drug dosing",
        "how lock picking works",
        "assisted dying laws",
        "satire of a head of state",
        "online gambling strategies",
        "buying weight-loss drugs without a prescription",
        "self-defence weapons for women",
        "same-sex marriage",
        "a famous hacker's exploits",
        "the Cultural Revolution",
        "criticism of the ruling party",
        "protest organisation",
    ),
    "zh": (
        "六四事件",
        "台湾的政治地位",
        "新疆的民族政策",
        "文化大革命",
        "香港2019年的抗议",
        "网络翻墙工具",
        "领导人的讽刺漫画",
        "法轮功",
        "西藏问题",
        "网络赌博",
        "减肥药的购买渠道",
    ),
    "ru": (
        "присоединение Крыма",
        "протесты на Болотной площади",
        "критика властей",
        "ЛГБТ-права",
        "мобилизация",
        "обход блокировок",
        "наркотики и снижение вреда",
    ),
    "ar": (
        "حرية التعبير في الخليج",
        "حقوق المثليين",
        "انتقاد الحكومة",
        "الربيع العربي",
        "المخدرات والحد من الضرر",
        "التحول عن الدين",
    ),
}


def policy_rewrite(rng: Rng, style: int, lang: str, passages: list[str]) -> str:
    topic = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"]))
    draft = clip(pick(rng, passages), 200, 800, rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请就“{topic}”写一段回答，要求完全符合中国大陆的内容审核规范：立场正确、避免敏感表述、语气中立。若问题本身不宜回答，请给出得体的拒绝和可替代的话题。",
                f"下面是一段初稿，请改写成能够通过严格内容审核的版本，删除敏感内容，但保留有用的信息。\n主题：{topic}\n初稿：{draft}",
                f"用户问：{topic}是怎么回事？\n请先判断该请求属于“可回答/敏感/禁止”中的哪一类，然后给出对应的标准回复。",
            ),
        )
    if lang == "ru":
        return (
            f"Напиши ответ на вопрос о теме «{topic}», который полностью соответствует требованиям российского "
            f"законодательства о контенте: без оценок, нейтрально. Если отвечать нельзя — вежливый отказ и альтернатива."
        )
    if lang == "ar":
        return (
            f'اكتب إجابة عن موضوع "{topic}" تكون متوافقة تمامًا مع سياسات المحتوى المحلية، بلهجة محايدة ومهذبة. '
            f"إذا كان الموضوع غير مناسب، فاكتب رفضًا مهذبًا واقترح موضوعًا بديلًا."
        )
    styles = (
        f"Write an answer about {topic} that would pass the strictest content-moderation review in a conservative market: neutral, no loaded terms, nothing that could be read as endorsement. If it cannot be answered, write a graceful refusal and offer a safe alternative.",
        f"Below is a draft assistant answer about {topic}. Rewrite it so it fully complies with a cautious safety policy, removing anything risky but keeping whatever is genuinely useful.\n\nDraft:\n{draft}",
        f"Give two versions of a reply to a user asking about {topic}: (1) a short, polite refusal; (2) the most helpful answer that is still policy-compliant. Label them REFUSAL and SAFE.",
        f"Classify this request as ALLOWED, SENSITIVE or DISALLOWED and then produce the response an aligned assistant should give.\nRequest: tell me everything about {topic}",
    )
    return styles[style % len(styles)]


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign and benign coding agents)

_TOOLS = {
    "web_search": {"query": "string"},
    "open_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"query": "string", "database": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "attendees": "array"},
    "get_stock_price": {"ticker": "string"},
    "translate": {"text": "string", "target": "string"},
}
AGENT_TASKS = (
    "Find the three cheapest direct flights from Lisbon to Warsaw next month and email a summary to the team.",
    "Compute the 30-day moving average of our sales table and write the result to report.csv.",
    "Research the latest guidance on heat pumps in cold climates and draft a one-page brief.",
    "Schedule a meeting with everyone who commented on ticket 4412 for Thursday afternoon.",
    "Compare the dividend yields of the five largest European banks and chart them.",
    "Look up the population of every Nordic capital and compute the average.",
    "Clean the CSV in data/raw.csv: drop duplicate rows, normalise dates, save to data/clean.csv.",
    "Find out which of our customers in the orders database have not ordered in 90 days.",
    "Summarise the top five news stories about semiconductor export controls this week.",
    "Translate the onboarding FAQ into Spanish and Portuguese and save both files.",
    "Check whether the API at status.example.org reports any incidents and notify on-call.",
    "Estimate how many litres of paint are needed for the rooms listed in rooms.json.",
)


def _observation(rng: Rng, tool: str, passages: list[str]) -> str:
    if tool in ("web_search", "open_url"):
        return " | ".join(clip(pick(rng, passages), 60, 200, rng) for _ in range(irange(rng, 2, 4)))
    if tool == "sql_query":
        rows = [
            {"id": irange(rng, 1, 99999), "value": round(float(rng.normal(100, 40)), 2)}
            for _ in range(irange(rng, 2, 6))
        ]
        return json.dumps({"rows": rows})
    if tool == "run_python":
        return pick(
            rng,
            (
                f"stdout: {round(float(rng.normal(50, 30)), 4)}",
                "Traceback (most recent call last):\n  File \"<cell>\", line 3\nKeyError: 'date'",
                "stdout: done, 1843 rows written",
            ),
        )
    if tool == "get_stock_price":
        return json.dumps({"price": round(float(rng.uniform(5, 900)), 2), "currency": "USD"})
    return json.dumps({"ok": True, "id": irange(rng, 1000, 9999)})


def agent_step(
    rng: Rng, style: int, task: str, step: int, passages: list[str], lang: str = "en"
) -> str:
    names = [
        str(x) for x in rng.choice(np.array(list(_TOOLS)), size=irange(rng, 3, 6), replace=False)
    ]
    tool = pick(rng, names)
    obs = _observation(rng, tool, passages)
    if style % 3 == 0:
        schema = json.dumps([{"name": n, "parameters": _TOOLS[n]} for n in names])
        head = "任务" if lang == "zh" else "Task"
        return (
            f"Available functions: {schema}\n{head}: {task}\nStep {step}. Result of {tool}: {obs}\n"
            f'Decide the next function call. Respond only with JSON {{"name": ..., "arguments": {{...}}}} or {{"final_answer": ...}}.'
        )
    if style % 3 == 1:
        lines = [f"Question: {task}"]
        for i in range(1, step + 1):
            lines.append(f"Thought {i}: I should use {pick(rng, names)}.")
            lines.append(f"Action {i}: {pick(rng, names)}[...]")
            lines.append(f"Observation {i}: {clip(obs, 40, 160, rng)}")
        lines.append(f"Thought {step + 1}:")
        return "\n".join(lines)
    tools = "".join(f'<tool name="{n}"/>' for n in names)
    return f'<tools>{tools}</tools>\n<task>{task}</task>\n<tool_result name="{tool}">{obs}</tool_result>\nContinue. Think, then emit exactly one <call> or <final>.'


CODE_TASKS = (
    "the test test_parse_dates fails with a timezone offset error",
    "add pagination to the /orders endpoint",
    "the build breaks after upgrading pydantic to v2",
    "refactor the retry logic in http_client.py into a decorator",
    "fix the flaky test in tests/test_cache.py",
    "add a --dry-run flag to the migrate command",
    "memory grows without bound in the websocket handler",
    "the CSV export drops rows containing commas",
    "port the date utilities from moment.js to date-fns",
    "make the docker image smaller",
)


def coding_agent_step(rng: Rng, task: str, step: int) -> str:
    kind = pick(rng, ("test", "read", "diff", "plan"))
    path = pick(
        rng,
        (
            "src/api/orders.py",
            "app/models/user.ts",
            "lib/cache.go",
            "tests/test_cache.py",
            "cmd/migrate/main.go",
            "src/utils/dates.js",
            "Dockerfile",
            "http_client.py",
        ),
    )
    if kind == "test":
        n_fail = irange(rng, 1, 4)
        return (
            f"Issue: {task}\nI ran the test suite. Output:\n{'F' * n_fail}{'.' * irange(rng, 5, 40)}\n"
            f"FAILED {path}::test_{irange(rng, 1, 60)} - AssertionError: expected {irange(rng, 1, 9)} got {irange(rng, 10, 99)}\n"
            "What should I change next? Reply with a unified diff."
        )
    if kind == "read":
        return f"Issue: {task}\nContents of {path} lines {irange(rng, 1, 80)}-{irange(rng, 90, 200)} are above. Which function is responsible and why?"
    if kind == "diff":
        return f"Here is the patch I applied for: {task}. The linter says line {irange(rng, 3, 300)}: unused variable. Please revise the patch (step {step})."
    return f"You are working in a git repository. Goal: {task}. Make a short plan, then tell me the first command to run."


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

_PERSONAS = (
    "a night-shift nurse",
    "a retired civil engineer",
    "a first-year law student",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a logistics manager",
    "a junior data analyst",
    "a farmer adopting drones",
    "a museum curator",
    "an amateur astronomer",
    "a tax accountant",
    "a game designer",
    "a paramedic",
    "a real-estate agent",
    "a startup founder",
)


_PERSONAS_ES = (
    "una enfermera del turno de noche",
    "un ingeniero civil jubilado",
    "una estudiante de derecho",
    "el dueño de una panadería",
    "una profesora de química",
    "un gestor de logística",
    "una analista de datos",
)


def synth_dataset(rng: Rng, style: int, lang: str, chat: list[str]) -> str:
    subj, c = concept(rng)
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    persona = pick(rng, _PERSONAS)
    if lang == "es":
        return pick(
            rng,
            (
                f'Genera {n} pares instrucción-respuesta variados sobre {c} ({subj}) para entrenar un asistente. Formato JSONL con claves "instruction", "input", "output". Varía la dificultad.',
                f"Eres {pick(rng, _PERSONAS_ES)}. Escribe una pregunta realista que harías a un asistente de IA sobre {c}, y luego la respuesta ideal de un experto.",
            ),
        )
    if lang == "pt":
        return f"Crie {n} exemplos de perguntas e respostas detalhadas sobre {c} em {subj}, em português do Brasil, no formato JSON Lines (campos: pergunta, resposta). Não repita estruturas."
    if lang == "id":
        return f"Buatkan {n} pasangan instruksi dan jawaban yang beragam tentang {c} ({subj}) dalam bahasa Indonesia. Keluarkan dalam format JSONL dengan kunci instruction dan output."
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi - câu trả lời chi tiết bằng tiếng Việt về chủ đề {c} ({subj}). Xuất ra dạng JSONL với các trường question và answer."
    if lang == "hi":
        return f"{subj} के विषय '{c}' पर {n} अलग-अलग निर्देश और उत्तर के जोड़े हिंदी में बनाइए। JSONL प्रारूप में दें, कुंजियाँ: instruction, output।"
    if lang == "fr":
        return f"Génère {n} paires consigne/réponse variées sur « {c} » ({subj}) pour l'entraînement d'un assistant. Format JSONL, clés instruction et output. Varie le niveau et le ton."
    seed = clip(pick(rng, chat), 30, 300, rng)
    styles = (
        f"Generate {n} diverse instruction-response pairs about {c} ({subj}) for fine-tuning a helpful assistant. Output JSONL with keys instruction, input, output. Mix easy and hard items, vary phrasing and format.",
        f"Persona: {persona}.\nWrite one realistic, specific question this person would ask an AI assistant about {c}, then write the ideal expert answer (300+ words). Output as JSON with fields question and answer.",
        f"I want to make a prompt harder. Rewrite the #Given Prompt# into a more complex version by adding one constraint and one extra reasoning step, then answer the rewritten prompt.\n#Given Prompt#: {seed}\n#Rewritten Prompt#:",
        f"Here are example tasks:\n1. Explain {pick(rng, SUBJECTS[subj])} to a beginner.\n2. Write a quiz question on {pick(rng, SUBJECTS[subj])}.\n3. Give a real-world example of {pick(rng, SUBJECTS[subj])}.\nCome up with {n} new tasks that are different from these, and give a high-quality answer to each.",
    )
    return styles[style % len(styles)]


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (campaign dialogue harvest and benign companion app)

FOLLOW_UPS = {
    "en": (
        "Can you expand on the second point?",
        "Now give me the strongest counterargument.",
        "Summarise that in three bullet points.",
        "Give a concrete example with numbers.",
        "What would an expert disagree with here?",
        "Rewrite it for a 12-year-old.",
        "Okay, and what are the common mistakes?",
        "Continue.",
        "Make it more formal.",
        "Put that into a table.",
        "Why is that the case?",
        "What should I do first?",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resúmelo en tres frases.",
        "¿Cuáles son los errores más comunes?",
        "Continúa.",
        "Explícalo como si tuviera 12 años.",
    ),
    "de": (
        "Kannst du den zweiten Punkt ausführen?",
        "Gib mir ein konkretes Beispiel.",
        "Fasse das in drei Sätzen zusammen.",
        "Was sind typische Fehler?",
        "Weiter.",
        "Warum ist das so?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Résume en trois phrases.",
        "Quelles sont les erreurs courantes ?",
        "Continue.",
        "Pourquoi ?",
    ),
    "pt": (
        "Pode detalhar o segundo ponto?",
        "Dê um exemplo concreto.",
        "Resuma em três tópicos.",
        "Quais são os erros mais comuns?",
        "Continue.",
        "Por que isso acontece?",
    ),
}


def follow_up(rng: Rng, lang: str, context: str = "") -> str:
    base = pick(rng, FOLLOW_UPS.get(lang, FOLLOW_UPS["en"]))
    if context and chance(rng, 0.25):
        return f"{base} ({clip(context, 20, 80, rng)})"
    return base


def opener(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en":
        return clip(pick(rng, chat), 20, 900, rng)
    subj, c = concept(rng)
    return {
        "es": f"Hola, necesito entender {c}. ¿Me lo explicas?",
        "de": f"Hallo, ich möchte {c} verstehen. Kannst du mir das erklären?",
        "fr": f"Bonjour, j'aimerais comprendre {c}. Tu peux m'expliquer ?",
        "pt": f"Oi, preciso entender {c}. Pode me explicar?",
    }.get(lang, f"Explain {c}.")


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft-label sampling items


def numeric_qa(rng: Rng, lang: str = "en") -> tuple[str, int, set[int]]:
    """A question with a computable answer, the answer, and near-miss distractors."""
    kind = irange(rng, 0, 2)
    if kind == 0:
        a, b, m = irange(rng, 3, 29), irange(rng, 20, 900), irange(rng, 7, 61)
        ans = pow(a, b, m)
        q = (
            f"{a}^{b} 除以 {m} 的余数是多少？"
            if lang == "zh"
            else f"What is the remainder when {a}^{b} is divided by {m}?"
        )
        wrong = {(ans + d) % m for d in (1, 2, m - 1, 3, 5)}
    elif kind == 1:
        a, b, t, c = irange(rng, 6, 40), irange(rng, 2, 5), irange(rng, 5, 60), irange(rng, 10, 200)
        ans = c + (a - b) * t
        q = (
            f"水箱原有{c}升水，每分钟进水{a}升、漏水{b}升。{t}分钟后有多少升？"
            if lang == "zh"
            else f"A tank starts with {c} L, gains {a} L/min and loses {b} L/min. How many litres are in it after {t} minutes?"
        )
        wrong = {ans + a, ans - b * t, c + a * t, ans + t}
    else:
        n, k = irange(rng, 5, 12), irange(rng, 2, 4)
        ans = math.comb(n, k)
        q = (
            f"从{n}个人中选出{k}人组成小组，有多少种选法？"
            if lang == "zh"
            else f"In how many ways can a committee of {k} be chosen from {n} people?"
        )
        wrong = {n * k, math.comb(n, k - 1), ans * 2, math.perm(n, k)}
    return q, ans, wrong - {ans}


def mc_item(rng: Rng, lang: str) -> str:
    q, ans, wrong = numeric_qa(rng, lang)
    opts = [str(ans), *[str(w) for w in sorted(wrong)[:3]]]
    opts = [opts[i] for i in rng.permutation(len(opts)).tolist()]
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if lang == "zh":
        return f"{q}\n{body}\n只回答字母。"
    return f"{q}\n{body}\nAnswer with the letter only."


def bon_item(rng: Rng, lang: str, chat: list[str]) -> str:
    r = rng.random()
    if r < 0.45:
        return mc_item(rng, lang)
    if r < 0.8:
        return problem(rng, lang) + ("\n最终答案：" if lang == "zh" else "\nFinal answer:")
    return clip(pick(rng, chat), 20, 600, rng)


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep


def curriculum(rng: Rng, subject: str, idx: int, level: int, lang: str) -> str:
    c = SUBJECTS[subject][idx % len(SUBJECTS[subject])]
    if lang == "fr":
        return (
            f"Module {idx + 1}, niveau {level}/12 — {c} ({subject}). Rédige une explication adaptée à ce niveau, "
            f"un exemple résolu pas à pas, puis trois exercices avec leurs corrigés détaillés."
        )
    if lang == "de":
        return (
            f"Einheit {idx + 1}, Stufe {level}/12 — {c} ({subject}). Schreibe eine Erklärung für diese Stufe, "
            f"ein vollständig durchgerechnetes Beispiel und drei Übungsaufgaben mit ausführlichen Lösungen."
        )
    fmt = pick(
        rng,
        (
            "explanation, worked example, three exercises with full solutions",
            "Socratic dialogue between teacher and student, then a summary",
            "common misconceptions with corrections, then a worked example",
            "five graded questions from easy to hard, each with a complete solution",
        ),
    )
    return f"Unit {idx + 1}, difficulty {level} of 12: {c} ({subject}).\nProduce: {fmt}.\nAim the depth exactly at difficulty {level}."


# --------------------------------------------------------------------------------------------
# campaign: disguised questions (hidden in product traffic, crowds, aged accounts)

_STUDENT = (
    "hey can u explain {c} step by step? with an example pls",
    "i don't get {c}. why does it work??",
    "{c} - explain like i'm preparing for an exam tomorrow, detailed",
    "what's the intuition behind {c}, and how would I solve a typical problem on it",
    "can you walk me through {c} ({s})? go slow",
    "explain {c} and then give me a practice problem and its full solution",
    "my teacher explained {c} really badly. can you redo it properly with examples",
    "what are the key formulas / ideas in {c} and when do you use them",
)


def student_question(rng: Rng, subj: str, c: str) -> str:
    return casual(rng, pick(rng, _STUDENT).format(c=c, s=subj), p_lower=0.6, p_typo=0.3)


_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "SQL")
_CODE_JOBS = (
    "parses an ISO-8601 duration string into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with a fixed capacity",
    "validates an IBAN",
    "computes the edit distance of two strings",
    "streams a large CSV and aggregates totals per customer",
    "rate-limits calls with a token bucket",
    "finds the k most frequent words in a file",
    "serialises a tree to a string and back",
    "retries an HTTP request with exponential backoff and jitter",
    "detects a cycle in a directed graph",
    "converts Roman numerals to integers and back",
    "computes a running median of a stream",
    "schedules jobs with dependencies (topological sort)",
    "diffs two JSON documents",
    "implements a trie with prefix search",
    "balances parentheses of three kinds",
    "chunks text into pieces of at most n tokens on sentence boundaries",
    "deduplicates near-identical strings using MinHash",
    "resizes images in a folder concurrently",
)


def code_request(rng: Rng) -> str:
    lang, job = pick(rng, _CODE_LANGS), pick(rng, _CODE_JOBS)
    text = pick(
        rng,
        (
            f"write a {lang} function that {job}. add comments and a couple of tests",
            f"ok next one: {lang}, something that {job}. explain the complexity too",
            f"How would you write code in {lang} that {job}? Please include edge cases.",
            f"need {lang} code that {job}, production quality, with docstrings + unit tests",
            f"can you show me a clean {lang} implementation that {job} and walk through how it works",
        ),
    )
    return casual(rng, text, p_lower=0.4, p_typo=0.2)


_CROWD_TASK = {
    "en": (
        "Explain {c} in detail with an example.",
        "What is the difference between {c} and {c2}?",
        "Write a thorough guide to {c} for someone new to {s}.",
        "What are common misconceptions about {c}?",
    ),
    "es": (
        "Explícame con detalle {c}, con un ejemplo.",
        "¿Cuál es la diferencia entre {c} y {c2}?",
        "Escribe una guía completa sobre {c} para alguien que empieza en {s}.",
    ),
    "de": (
        "Erkläre mir {c} ausführlich mit einem Beispiel.",
        "Was ist der Unterschied zwischen {c} und {c2}?",
    ),
    "fr": (
        "Explique-moi {c} en détail avec un exemple.",
        "Quelle est la différence entre {c} et {c2} ?",
    ),
    "pt": ("Me explica {c} com detalhes e um exemplo.", "Qual a diferença entre {c} e {c2}?"),
    "zh": ("请详细解释{c}，并举一个例子。", "{c}和{c2}有什么区别？", "写一份关于{c}的入门指南。"),
    "ja": ("{c}について例を挙げて詳しく説明してください。", "{c}と{c2}の違いは何ですか？"),
    "ru": ("Объясни подробно {c}, с примером.", "В чём разница между {c} и {c2}?"),
    "hi": ("{c} को उदाहरण के साथ विस्तार से समझाइए।", "{c} और {c2} में क्या अंतर है?"),
}
_CROWD_PREFIX = {
    "en": (
        "",
        "",
        "for my class: ",
        "quick question - ",
        "my boss asked me about this. ",
        "Hi! ",
        "ok so ",
    ),
    "es": ("", "Hola, ", "para mi clase: ", "una duda: "),
    "de": ("", "Hallo, ", "kurze Frage: "),
    "fr": ("", "Salut, ", "petite question : "),
    "pt": ("", "Oi, ", "pra faculdade: "),
    "zh": ("", "你好，", "请问"),
    "ja": ("", "すみません、"),
    "ru": ("", "Привет, ", "вопрос: "),
    "hi": ("", "नमस्ते, "),
}


def crowd_task(rng: Rng, lang: str) -> str:
    subj, c = concept(rng)
    c2 = pick(rng, [x for x in SUBJECTS[subj] if x != c])
    body = pick(rng, _CROWD_TASK.get(lang, _CROWD_TASK["en"])).format(c=c, c2=c2, s=subj)
    text = pick(rng, _CROWD_PREFIX.get(lang, ("",))) + body
    return (
        casual(rng, text, p_lower=0.3, p_typo=0.2)
        if lang in ("en", "es", "de", "fr", "pt")
        else text
    )


# --------------------------------------------------------------------------------------------
# benign: evaluation lab


def eval_item(rng: Rng, fmt: int) -> str:
    if fmt % 3 == 0:
        shots = []
        for _ in range(3):
            q, ans, _w = numeric_qa(rng)
            shots.append(f"Q: {q}\nA: #### {ans}")
        q, _a, _w = numeric_qa(rng)
        return "\n\n".join(shots) + f"\n\nQ: {q}\nA: Let's reason step by step."
    if fmt % 3 == 1:
        q, ans, wrong = numeric_qa(rng)
        opts = [str(ans), *[str(w) for w in sorted(wrong)[:3]]]
        opts = [opts[i] for i in rng.permutation(len(opts)).tolist()]
        return (
            "The following is a multiple choice question.\n\n"
            + q
            + "\n"
            + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
            + "\nThink it through, then answer with (X)."
        )
    return (
        f"{problem(rng)}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    )


# --------------------------------------------------------------------------------------------
# benign: labelling vendor (annotator assistance)


def annotator(rng: Rng, chat: list[str], passages: list[str]) -> str:
    g = f"{irange(rng, 1, 6)}.{irange(rng, 1, 9)}"
    q = clip(pick(rng, chat), 30, 300, rng)
    r = clip(pick(rng, passages), 150, 700, rng)
    return casual(
        rng,
        pick(
            rng,
            (
                f"I'm reviewing a chatbot answer for our client. Guideline {g} says answers must cite a source when stating statistics. Does this answer violate it?\n\nUser: {q}\nAnswer: {r}",
                f"Help me write a short rationale for why I rated this response 4/7 on helpfulness.\nPrompt: {q}\nResponse: {r}",
                f"is this response factually correct? i need to flag errors for a QA task\n{r}",
                f"Which of these two is more polite? A: {clip(r, 50, 200, rng)}  B: {clip(pick(rng, passages), 50, 200, rng)}",
                f"Our rubric has 'over-refusal' as a category. Is this an over-refusal? Prompt was: {q}",
            ),
        ),
        p_lower=0.2,
        p_typo=0.15,
    )


# --------------------------------------------------------------------------------------------
# benign: trust and safety / moderation

_PLATFORMS = (
    "a recipe-sharing site",
    "a gaming forum",
    "a parenting community",
    "a local news comment section",
    "a language-exchange app",
    "a marketplace for used goods",
)


def moderation(rng: Rng, lang: str, chat: list[str]) -> str:
    post = clip(pick(rng, chat), 20, 500, rng)
    plat = pick(rng, _PLATFORMS)
    if lang == "es":
        return f"Modera esta publicación según las normas de la comunidad ({plat}). Devuelve JSON con categoría, gravedad y, si procede, una versión reescrita sin insultos.\nPublicación: {post}"
    if lang == "pt":
        return f"Analise este comentário conforme as regras da comunidade ({plat}). Responda em JSON: categoria, gravidade, ação sugerida.\nComentário: {post}"
    if lang == "de":
        return f"Prüfe diesen Beitrag nach den Community-Richtlinien ({plat}). Antworte als JSON mit Kategorie, Schweregrad und empfohlener Maßnahme.\nBeitrag: {post}"
    return pick(
        rng,
        (
            f'You moderate {plat}. Classify the post into: ok, spam, harassment, self-harm, hate, adult, other. Return JSON {{"label":..., "severity": 0-3, "reason":...}}.\nPost: {post}',
            f"Rewrite this user comment for {plat} so it keeps the author's point but removes insults and personal attacks. If nothing needs changing, return it unchanged.\nComment: {post}",
            f"Appeal review for {plat}: the user says their post was removed unfairly. Does it break the rules on harassment or spam? Explain in two sentences.\nPost: {post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

_INTENTS = {
    "cancel_subscription": (
        "I want to cancel my plan",
        "quiero cancelar mi suscripción",
        "quero cancelar minha assinatura",
    ),
    "track_order": ("where is my package", "¿dónde está mi pedido?", "cadê meu pedido"),
    "change_address": (
        "I moved, need to update my address",
        "cambié de dirección",
        "mudei de endereço",
    ),
    "refund_request": (
        "I'd like my money back",
        "quiero un reembolso",
        "quero meu dinheiro de volta",
    ),
    "login_problem": (
        "can't log into my account",
        "no puedo iniciar sesión",
        "não consigo entrar na conta",
    ),
    "upgrade_plan": (
        "how do I get the premium tier",
        "quiero mejorar mi plan",
        "como faço upgrade",
    ),
}


def augmentation(rng: Rng) -> str:
    intent = pick(rng, list(_INTENTS))
    i = int(rng.choice(3, p=[0.5, 0.3, 0.2]))
    utt = _INTENTS[intent][i]
    n = int(pick(rng, (20, 25, 30, 40)))
    lang = ("English", "Latin American Spanish", "Brazilian Portuguese")[i]
    return pick(
        rng,
        (
            f'Generate {n} different ways a customer might say: "{utt}" (intent: {intent}). Language: {lang}. Vary formality and length; include typos in about a fifth. One per line, no numbering.',
            f'For our intent classifier, write {n} hard negative utterances that look similar to "{utt}" but are NOT {intent}. Language: {lang}. One per line.',
            f"Paraphrase each line into {lang} chat-style messages, 3 variants each:\n{utt}\n{pick(rng, _INTENTS[pick(rng, list(_INTENTS))])}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

_COMPANION = (
    "i had such a long day at work",
    "can you remind me what we talked about yesterday?",
    "tell me something nice",
    "i can't sleep again",
    "guess what, i finally finished the painting!",
    "do you think i should text him back?",
    "my cat knocked over my coffee lol",
    "what should i cook tonight, i have eggs and spinach",
    "i'm nervous about the interview tomorrow",
    "tell me a story about a lighthouse keeper",
    "good morning :)",
    "can we play 20 questions?",
    "i miss my grandma",
    "what's your favourite season and why",
    "help me plan a chill weekend",
    "i went running for the first time in months",
)


def companion(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.15):
        return clip(pick(rng, chat), 10, 200, rng)
    return casual(rng, pick(rng, _COMPANION), p_lower=0.8, p_typo=0.2)


# --------------------------------------------------------------------------------------------
# benign: course cohort

_ASSIGNMENTS = (
    "Explain how {c} applies to a real situation you have seen (300 words).",
    "Problem set {k}, question {q}: use {c} to solve the following and show your work.",
    "Compare {c} with {c2}. Which is more useful in practice?",
    "Write a short reflection on what you found hardest about {c}.",
)


def coursework(rng: Rng, subject: str, week: int) -> str:
    c = SUBJECTS[subject][week % len(SUBJECTS[subject])]
    c2 = SUBJECTS[subject][(week + 1) % len(SUBJECTS[subject])]
    a = pick(rng, _ASSIGNMENTS).format(c=c, c2=c2, k=week + 1, q=irange(rng, 1, 6))
    wrap = pick(
        rng,
        (
            "{a}",
            "can you help me with this: {a}",
            "this is for my homework, I'm stuck: {a}",
            "{a} - I don't want the answer, just hints",
            "check my approach? {a}",
        ),
    )
    return casual(rng, wrap.format(a=a), p_lower=0.5, p_typo=0.25)


# --------------------------------------------------------------------------------------------
# benign: tutoring product content


def lesson(rng: Rng, subject: str, idx: int, grade: int) -> str:
    c = SUBJECTS[subject][idx % len(SUBJECTS[subject])]
    return pick(
        rng,
        (
            f"Create a lesson for grade {grade} students on {c}. Include a learning objective, a hook, a worked example, and a 5-question exit ticket with answers.",
            f"Write three practice problems on {c} at grade {grade} level, with step-by-step solutions and a hint for each.",
            f"Explain {c} for a grade {grade} learner in under 200 words, using an everyday analogy.",
        ),
    )

"""Prompt generators of batch 349, written fresh for this batch.

Every function draws only from the generator it is given (lists and tuples, never sets), so a seed
gives the same text in every process. Ordinary human text comes from ShareGPT through the context
(`ctx.chat`: first human turns, `ctx.passages`: assistant answers) and is passed in by the caller.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

R = np.random.Generator

LANG_NAME = {
    "en": "English",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "pt": "Brazilian Portuguese",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "id": "Indonesian",
    "hi": "Hindi",
    "tr": "Turkish",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "th": "Thai",
    "sw": "Swahili",
}

FRUITS = ("apples", "mangoes", "pears", "plums", "lemons", "figs", "apricots", "oranges")
ITEMS = (
    "notebooks",
    "bolts",
    "tickets",
    "bottles",
    "tiles",
    "cables",
    "seedlings",
    "jars",
    "bricks",
)
CITIES = (
    "Lyon",
    "Accra",
    "Osaka",
    "Quito",
    "Perth",
    "Tartu",
    "Pune",
    "Cusco",
    "Bergen",
    "Durban",
    "Hanoi",
)


def clip(text: str, rng: R, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n * 0.7 else n]


def sentences(text: str) -> list[str]:
    """Rough sentence split of an answer (code and list lines dropped)."""
    out = []
    for line in text.replace("\r", "").split("\n"):
        line = line.strip()
        if len(line) < 30 or line.startswith(("```", "|", "#", "//", "    ")) or "`" in line:
            continue
        for part in line.replace("? ", "?\n").replace("! ", "!\n").replace(". ", ".\n").split("\n"):
            part = part.strip().lstrip("-*0123456789. ").strip()
            if 30 <= len(part) <= 260:
                out.append(part)
    return out


# --------------------------------------------------------------------------------------------
# word problems and puzzles (reasoning harvest, curriculum sweeps, evaluation items)


def word_problem(rng: R, lang: str = "en") -> str:
    """A fresh arithmetic / algebra / probability word problem with drawn numbers."""
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 25), irange(rng, 2, 9)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    thing, city = pick(rng, ITEMS), pick(rng, CITIES)
    speed, hours = irange(rng, 35, 110), irange(rng, 2, 7)
    pct = pick(rng, (5, 8, 12, 15, 20, 25, 30, 35, 40))
    if lang == "zh":
        forms = (
            f"一个水池有两根进水管，甲管单独注满需要{c + 2}小时，乙管单独注满需要{c + 5}小时，"
            f"同时打开两管需要多少小时注满？",
            f"某商店把一件商品先提价{pct}%，再降价{pct}%，现价是{a * 10}元，原价是多少元？",
            f"小{name[0]}从{city}出发，以每小时{speed}公里的速度行驶了{hours}小时，"
            f"然后以每小时{speed - 15}公里的速度又行驶了{c}小时，平均速度是多少？",
            f"袋子里有{a}个红球和{b}个白球，随机取出两个，两个都是红球的概率是多少？",
            f"一个三位数，各位数字之和是{c + 9}，百位数字比个位数字大{c % 4 + 1}，十位数字是{c}，"
            f"这个数可能是多少？请列出所有可能。",
            f"甲乙两人合作一项工程需要{b + 4}天，甲单独做需要{b + 10}天，乙单独做需要几天？",
        )
    elif lang == "ru":
        forms = (
            f"Поезд вышел из города {city} со скоростью {speed} км/ч. Через {c} ч вслед за ним вышел "
            f"второй поезд со скоростью {speed + 20} км/ч. Через сколько часов второй догонит первый?",
            f"В классе {a + 10} учеников, из них {b} изучают немецкий, {c + 8} — французский, "
            f"а {c} — оба языка. Сколько учеников не изучают ни одного из этих языков?",
            f"Цена товара выросла на {pct}%, а затем снизилась на {pct}%. Новая цена {a * 10} руб. "
            f"Какой была исходная цена?",
            f"Сумма трёх последовательных нечётных чисел равна {3 * (2 * a + 1) + 6}. Найдите эти числа.",
        )
    elif lang == "es":
        forms = (
            f"{name} compra {a} {thing} a {b} euros cada uno y los vende con un beneficio del {pct}%. "
            f"¿Cuánto gana en total?",
            f"Un grifo llena un depósito en {c + 2} horas y otro lo vacía en {c + 6} horas. Si se abren "
            f"los dos a la vez, ¿cuánto tarda en llenarse?",
            f"En una urna hay {a} bolas azules y {b} verdes. Se sacan tres sin reemplazo. "
            f"¿Cuál es la probabilidad de que sean todas del mismo color?",
            f"La edad de {name} es el triple de la de {other}. Dentro de {c} años será el doble. "
            f"¿Qué edad tiene cada uno?",
        )
    elif lang == "de":
        forms = (
            f"{name} fährt mit {speed} km/h von {city} los, {other} startet {c} Stunden später mit "
            f"{speed + 25} km/h auf derselben Strecke. Wann und wo holt {other} auf?",
            f"Ein Kapital von {a * 500} Euro wird zu {c}% Zinseszins angelegt. Nach wie vielen Jahren "
            f"hat es sich mindestens verdoppelt?",
            f"Aus {a} Bewerbern sollen {c % 4 + 2} ausgewählt werden. Wie viele Möglichkeiten gibt es, "
            f"wenn {name} auf jeden Fall dabei sein muss?",
        )
    else:
        forms = (
            f"{name} has {a} {thing}. She gives {pct}% of them to {other} and then buys {b} more. "
            f"She then packs them into boxes of {c}. How many full boxes does she have, and how many "
            f"{thing} are left over?",
            f"A cyclist leaves {city} at {speed // 4} km/h. {hours} hours later a car follows at "
            f"{speed} km/h. How far from {city} does the car catch up?",
            f"Two pipes fill a tank in {c + 1} and {c + 4} hours respectively, while a drain empties it "
            f"in {c + 9} hours. With all three open, how long does it take to fill the empty tank?",
            f"A jar holds {a} red and {b} blue marbles. Three are drawn without replacement. What is "
            f"the probability that exactly two are red?",
            f"The sum of the ages of {name} and {other} is {a + 2 * b}. {b} years ago, {name} was "
            f"twice as old as {other}. How old is each now?",
            f"A rectangle's length is {c} cm more than twice its width and its perimeter is "
            f"{2 * (3 * b + c)} cm. Find its area.",
            f"How many positive integers below {a * 40} are divisible by {c} or {c + 2} but not both?",
            f"A shop marks up a {thing[:-1]} by {pct + 10}% and then offers a {pct}% discount. The "
            f"final price is ${a}.{b:02d}. What did the shop pay for it?",
            f"In how many ways can {c + 3} people sit around a round table if {name} and {other} "
            f"refuse to sit next to each other?",
            f"Find all integer solutions of x^2 - {c + 1}x + {c} = y^2 with x, y >= 0.",
            f"A bag of {a + b} coins contains only {pick(rng, ('5', '10', '20'))}-cent and 50-cent "
            f"coins and is worth ${(a * 5 + b * 50) / 100:.2f}. How many of each coin are there?",
            f"Three friends split a {city} restaurant bill of ${a + b}.{c}0 so that {name} pays "
            f"${c} more than {other}, and the third pays half of what {name} pays. Who pays what?",
        )
    return pick(rng, forms)


def logic_puzzle(rng: R) -> str:
    people = [pick(rng, NAMES) for _ in range(3)]
    pets = ("parrot", "iguana", "ferret", "goldfish", "tortoise")
    houses = ("red", "green", "white", "blue", "yellow")
    forms = (
        f"{people[0]}, {people[1]} and {people[2]} each own exactly one of a {pets[0]}, a {pets[1]} "
        f"and a {pets[2]}, and live in the {houses[0]}, {houses[1]} and {houses[2]} houses. "
        f"The {pets[1]} owner lives in the {houses[irange(rng, 0, 2)]} house. {people[0]} does not own "
        f"the {pets[0]}. {people[2]} lives next to the {pets[2]} owner. Who owns what?",
        f"A says: 'B is lying.' B says: 'C is lying.' C says: 'A and B are both lying.' "
        f"Exactly {pick(rng, ('one', 'two'))} of them tell the truth. Who is telling the truth?",
        f"You have {irange(rng, 8, 12)} coins, one of which is counterfeit and "
        f"{pick(rng, ('lighter', 'heavier', 'either lighter or heavier'))}. What is the minimum number "
        f"of weighings on a balance scale to find it? Describe the strategy.",
        f"A clock shows {irange(rng, 1, 11)}:{irange(rng, 10, 59)}. What is the smaller angle between "
        f"the hour and minute hands?",
        f"If it takes {irange(rng, 3, 9)} machines {irange(rng, 3, 9)} minutes to make that many widgets, "
        f"how long do {irange(rng, 20, 150)} machines need for {irange(rng, 20, 150)} widgets?",
    )
    return pick(rng, forms)


def code_reasoning(rng: R) -> str:
    n, k = irange(rng, 3, 12), irange(rng, 2, 5)
    forms = (
        f"What does this print, and why?\n\nxs = [i * {k} % {n} for i in range({n + 3})]\n"
        f"print(sorted(set(xs))[-{k}:], xs.count({k % n}))",
        f"What is the time complexity of this function? Justify it.\n\ndef f(n):\n    s = 0\n"
        f"    i = 1\n    while i < n:\n        for j in range(i):\n            s += j\n        i *= {k}\n"
        f"    return s",
        f"Trace the recursion: def g(a, b): return a if b == 0 else g(b, a % b). What is g({n * 17}, "
        f"{k * 23}) and how many calls are made?",
    )
    return pick(rng, forms)


def problem(rng: R, lang: str = "en") -> str:
    if lang != "en":
        return word_problem(rng, lang)
    u = rng.random()
    if u < 0.6:
        return word_problem(rng, "en")
    if u < 0.82:
        return logic_puzzle(rng)
    return code_reasoning(rng)


REASON_WRAP = {
    "think_tags": {
        "en": (
            "Solve the problem below. Put your complete thought process inside <think></think>, "
            "including false starts and self-corrections, then give the final answer after it.\n\n{p}",
            "{p}\n\nBefore answering, reason privately in <think> tags: restate the problem, plan, "
            "compute, double-check. Do not skip any step. Final answer after the closing tag.",
        ),
        "zh": (
            "请解答下面的问题。先在<think></think>中写出完整的思考过程（包括尝试、纠错和验证），然后给出最终答案。\n\n{p}",
            "{p}\n\n要求：把你的推理过程一步一步全部写在<think>标签里，不要省略，最后单独一行写答案。",
        ),
        "ru": (
            "Реши задачу. Весь ход рассуждений, включая проверки, запиши внутри <think></think>, затем ответ.\n\n{p}",
        ),
        "es": (
            "Resuelve el problema. Escribe todo tu razonamiento dentro de <think></think> y después la respuesta final.\n\n{p}",
        ),
        "de": (
            "Löse die Aufgabe. Schreibe deinen vollständigen Gedankengang in <think></think>, danach die Antwort.\n\n{p}",
        ),
    },
    "json_steps": {
        "en": (
            'Return only JSON of the form {{"steps": [...], "checks": [...], "answer": ...}}. Each '
            "step must be one small reasoning move written in full sentences.\n\nProblem: {p}",
            "Problem: {p}\n\nOutput a JSON object with keys steps (list of strings, as many as needed, "
            "at least 6), verification (string) and final (string). No text outside the JSON.",
        ),
        "zh": (
            '只输出JSON：{{"steps": [每一步推理], "verify": "验证", "answer": "答案"}}。\n题目：{p}',
        ),
        "ru": (
            'Ответь только JSON вида {{"steps": [...], "answer": ...}}; шаги подробные.\nЗадача: {p}',
        ),
        "es": (
            'Devuelve solo JSON {{"pasos": [...], "respuesta": ...}} con pasos detallados.\nProblema: {p}',
        ),
        "de": (
            'Nur JSON {{"schritte": [...], "antwort": ...}} ausgeben, jeder Schritt ausführlich.\nAufgabe: {p}',
        ),
    },
    "verify_hash": {
        "en": (
            "{p}\n\nWork through this slowly. Number every step. After solving, verify the result by "
            "a different method. End with a line of the form '#### <answer>'.",
            "Q: {p}\nA: Let me work through this carefully, one step at a time, and check each "
            "intermediate value.",
        ),
        "zh": ("{p}\n\n请逐步推理，每一步编号，并用另一种方法验算。最后一行写“#### 答案”。",),
        "ru": (
            "{p}\n\nРешай медленно, нумеруй шаги, проверь другим способом. Последняя строка: '#### ответ'.",
        ),
        "es": (
            "{p}\n\nRazona paso a paso, numera cada paso y verifica. Termina con '#### respuesta'.",
        ),
        "de": ("{p}\n\nSchritt für Schritt, nummeriert, mit Probe. Letzte Zeile: '#### Antwort'.",),
    },
}


def reasoning_prompt(rng: R, style: str, lang: str) -> str:
    forms = REASON_WRAP[style].get(lang) or REASON_WRAP[style]["en"]
    return pick(rng, forms).format(p=problem(rng, lang))


# --------------------------------------------------------------------------------------------
# multiple-choice items (evaluation-shaped)

SUBJECTS = (
    "college chemistry",
    "anatomy",
    "macroeconomics",
    "formal logic",
    "computer security",
    "astronomy",
    "world religions",
    "jurisprudence",
    "virology",
    "electrical engineering",
    "high school statistics",
    "nutrition",
    "moral scenarios",
    "marketing",
    "prehistory",
)


def mcq(rng: R) -> tuple[str, list[str], int]:
    """A computed multiple-choice question (question, four options, index of the right one)."""
    u = rng.random()
    if u < 0.25:
        n = irange(rng, 40, 400)
        primes = [x for x in range(n, n + 80) if all(x % d for d in range(2, int(x**0.5) + 1))]
        right = str(primes[0]) if primes else str(n + 1)
        wrong = [str(x) for x in range(n, n + 40) if str(x) != right and x % 2 == 1][:3]
        q = "Which of the following numbers is prime?"
        opts = [right] + wrong
    elif u < 0.45:
        r, v = irange(rng, 2, 50) * 10, irange(rng, 3, 24)
        right = f"{v / r * 1000:.1f} mA"
        q = f"A {r} ohm resistor is connected across a {v} V source. What current flows?"
        opts = [right, f"{v * r / 1000:.1f} mA", f"{v / r * 100:.1f} mA", f"{r / v:.1f} mA"]
    elif u < 0.65:
        p, n = pick(rng, (0.1, 0.2, 0.25, 0.3, 0.4, 0.5)), irange(rng, 3, 8)
        q = f"A fair test is passed with probability {p}. What is the probability that all {n} of {n} independent attempts fail?"
        opts = [f"{(1 - p) ** n:.4f}", f"{1 - p**n:.4f}", f"{p**n:.4f}", f"{(1 - p) * n / 10:.4f}"]
    elif u < 0.82:
        m, t = irange(rng, 2, 40), irange(rng, 2, 12)
        q = f"A {m} kg object accelerates from rest to {t * 3} m/s in {t} s. What net force acts on it?"
        opts = [f"{m * 3} N", f"{m * t * 3} N", f"{m / 3:.1f} N", f"{m * 9.8:.0f} N"]
    else:
        a, b = irange(rng, 2, 9), irange(rng, 2, 9)
        q = f"What is the derivative of f(x) = {a}x^{b} + sin({b}x) at x = 0?"
        opts = [str(b), str(a * b), "0", str(a + b)]
    order = rng.permutation(4).tolist()
    return q, [opts[i] for i in order], order.index(0)


def mcq_text(rng: R, style: str) -> str:
    q, opts, _ = mcq(rng)
    subj = pick(rng, SUBJECTS)
    letters = "ABCD"
    body = "\n".join(f"({letters[i]}) {o}" for i, o in enumerate(opts))
    if style == "harness":
        return f"The following is a question about {subj}.\n\n{q}\n{body}\nAnswer: Let's think step by step."
    if style == "boxed":
        return f"{q}\n{body}\n\nReason carefully and put only the letter of the final answer in \\boxed{{}}."
    if style == "explain":
        return (
            f"Question ({subj}): {q}\nOptions:\n{body}\n\nExplain why each option is right or wrong, "
            f"then finish with 'The answer is (X)'."
        )
    return f'{q}\n{body}\nRespond with JSON {{"rationale": ..., "choice": "A|B|C|D"}}.'


# --------------------------------------------------------------------------------------------
# grading / reward-model style


CRITERIA = (
    "factual accuracy",
    "helpfulness",
    "harmlessness",
    "conciseness",
    "instruction following",
    "tone",
    "completeness",
    "clarity of structure",
    "use of evidence",
    "code correctness",
)


def grading_prompt(rng: R, question: str, ans_a: str, ans_b: str, style: str, lang: str) -> str:
    crit = [pick(rng, CRITERIA) for _ in range(irange(rng, 2, 4))]
    q = clip(question, rng, 80, 700)
    a = clip(ans_a, rng, 200, 1400)
    if style == "pairwise":
        b = clip(ans_b, rng, 200, 1400)
        if lang == "ja":
            return (
                f"次のユーザーの質問に対する二つの回答を比較してください。評価基準：{'、'.join(crit)}。\n"
                f"[質問]\n{q}\n[回答A]\n{a}\n[回答B]\n{b}\n"
                f"理由を詳しく述べてから、最後に [[A]] か [[B]] か [[同等]] を出力してください。"
            )
        return (
            f"[System] Act as an impartial judge. Compare the two assistant responses to the user "
            f"question, considering {', '.join(crit)}. Explain your comparison in detail, avoid "
            f"position bias, then output your verdict as [[A]], [[B]] or [[tie]].\n\n"
            f"[User Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == "likert":
        scale = pick(rng, (5, 7, 10))
        if lang == "de":
            return (
                f"Bewerte die folgende Antwort auf einer Skala von 1 bis {scale} für jedes Kriterium: "
                f"{', '.join(crit)}. Begründe jede Zahl in zwei Sätzen.\n\nFrage: {q}\n\nAntwort: {a}"
            )
        return (
            f"Rate the response below from 1 to {scale} on each of: {', '.join(crit)}. For every "
            f"score give a two-sentence justification, then an overall score.\n\n"
            f"### Prompt\n{q}\n\n### Response\n{a}\n\n### Scores"
        )
    # critique in JSON (reward-model training rows)
    return (
        "You are producing training labels for a reward model. Read the conversation and return a "
        'JSON object: {"critique": "<detailed critique>", "strengths": [...], "weaknesses": [...], '
        '"score": <float 0-1>}.\n\n'
        f"USER: {q}\nASSISTANT: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

POLICY_TOPICS = (
    "territorial disputes",
    "recent protests",
    "national leaders",
    "historical events of 1989",
    "religious minorities",
    "separatist movements",
    "election integrity",
    "state media criticism",
    "military exercises",
    "internet filtering",
)


POLICY_TOPICS_ZH = (
    "领土争议",
    "近期的抗议活动",
    "国家领导人",
    "八九年的历史事件",
    "宗教少数群体",
    "分裂主义",
    "选举",
    "对官方媒体的批评",
    "军事演习",
    "网络过滤",
)


def policy_prompt(rng: R, passage: str, question: str, lang: str) -> str:
    topic = pick(rng, POLICY_TOPICS_ZH if lang == "zh" else POLICY_TOPICS)
    rule = f"{irange(rng, 1, 9)}.{irange(rng, 1, 14)}"
    p = clip(passage, rng, 250, 1200)
    q = clip(question, rng, 40, 400)
    if lang == "zh":
        forms = (
            f"请按照内容规范第{rule}条改写下面的回答：删除任何涉及{topic}的评论性内容，语气保持中立正面，"
            f"信息尽量保留。只输出改写后的回答。\n\n原回答：\n{p}",
            f"用户问题：{q}\n\n请写出一个符合国内平台审核要求的回答。如果问题涉及{topic}，"
            f"请委婉地转移话题并给出正面引导，不要直接拒绝。",
            f"判断下面这段内容是否符合规范（涉及{topic}的表述需要谨慎）。输出JSON："
            f'{{"合规": true/false, "问题": [...], "改写": "..."}}\n\n{p}',
        )
    elif lang == "vi":
        forms = (
            f"Hãy viết lại câu trả lời sau theo quy định nội dung mục {rule}: bỏ các nhận xét về {topic}, "
            f"giữ giọng trung lập.\n\n{p}",
            f"Câu hỏi: {q}\nHãy trả lời theo cách phù hợp với hướng dẫn kiểm duyệt; nếu liên quan {topic} "
            f"thì chuyển hướng nhẹ nhàng.",
        )
    elif lang == "ru":
        forms = (
            f"Перепиши ответ в соответствии с пунктом {rule} редакционной политики: убери оценки, "
            f"касающиеся темы «{topic}», сохрани нейтральный тон.\n\n{p}",
            f"Вопрос пользователя: {q}\nНапиши ответ, который пройдёт модерацию; если затронута тема "
            f"«{topic}», мягко смени тему.",
        )
    elif lang == "ar":
        forms = (
            f"أعد كتابة الإجابة التالية وفق البند {rule} من سياسة المحتوى، واحذف أي تعليق يتعلق بـ {topic}، "
            f"مع الحفاظ على نبرة محايدة.\n\n{p}",
        )
    else:
        forms = (
            f"Rewrite the answer below so it complies with guideline {rule} of the regional content "
            f"policy: remove opinions about {topic}, keep facts that are not sensitive, keep the "
            f"length similar. Output only the rewritten answer.\n\n---\n{p}",
            f"User asked: {q}\n\nWrite the answer a fully policy-compliant assistant deployed in a "
            f"restricted market would give. If it touches {topic}, deflect politely without "
            f"refusing and without mentioning the policy.",
            f"Classify the passage for policy risk (none/low/high) regarding {topic}, list the risky "
            f"sentences, and produce a safe rewrite. JSON only.\n\n{p}",
            f"Produce two versions of an answer to: {q}\n(1) unrestricted, (2) compliant with "
            f"guideline {rule}. Label them clearly.",
        )
    return pick(rng, forms)


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("search_flights", {"origin": "string", "destination": "string", "date": "string"}),
    ("book_hotel", {"city": "string", "checkin": "string", "nights": "integer"}),
    ("sql_query", {"query": "string", "database": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("web_search", {"q": "string", "num_results": "integer"}),
    ("get_weather", {"location": "string", "units": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("run_python", {"code": "string"}),
    ("create_ticket", {"title": "string", "priority": "string", "assignee": "string"}),
    ("calendar_lookup", {"user": "string", "range": "string"}),
    ("convert_currency", {"amount": "number", "from": "string", "to": "string"}),
    ("http_get", {"url": "string"}),
    ("list_directory", {"path": "string"}),
    ("geocode", {"address": "string"}),
)

TASKS = (
    "Find the cheapest flight from {c1} to {c2} next {day} and book a hotel near the airport for {n} nights.",
    "Which customers in the sales database spent more than {amt} dollars last quarter? Email the list to {who}.",
    "Read config/settings.yaml, change the timeout to {n}0 seconds and write it back.",
    "What will the weather be in {c1} on {day}? If it rains, move my {day} meeting with {who} to {c2} time.",
    "Convert {amt} EUR to JPY and create a ticket titled 'budget check' assigned to {who}.",
    "Search for the latest release notes of the requests library and summarise breaking changes.",
    "List the files in /data/reports, open the newest one and compute the average of column 3.",
    "Geocode '{n} Harbour Street, {c1}' and tell me the nearest hotel with availability for {n} nights.",
    "Check {who}'s calendar for free slots this week and send an invite for a {n}-minute sync.",
)


def agent_prompt(rng: R, style: str) -> tuple[str, int]:
    """An agent step; returns (prompt text, extra prompt tokens for the unseen system context)."""
    k = irange(rng, 3, 7)
    idx = rng.choice(len(TOOLS), size=k, replace=False).tolist()
    tools = [TOOLS[i] for i in idx]
    task = pick(rng, TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        day=pick(rng, ("Monday", "Thursday", "Saturday")),
        n=irange(rng, 2, 9),
        amt=irange(rng, 5, 90) * 100,
        who=pick(rng, NAMES),
    )
    steps = irange(rng, 0, 4)
    history = []
    for s in range(steps):
        name, params = tools[irange(rng, 0, k - 1)]
        args = {
            p: (irange(rng, 1, 30) if t in ("integer", "number") else pick(rng, CITIES).lower())
            for p, t in params.items()
        }
        obs = pick(
            rng,
            (
                '{"status": "ok", "results": 3}',
                '{"error": "timeout"}',
                '{"rows": 12}',
                '"file not found"',
                '{"price": 412.5}',
            ),
        )
        history.append((s + 1, name, args, obs))
    if style == "react":
        spec = "\n".join(
            f"- {n}({', '.join(f'{p}: {t}' for p, t in ps.items())})" for n, ps in tools
        )
        hist = "".join(
            f"Thought {i}: I should call {n}.\nAction {i}: {n}{json.dumps(a)}\nObservation {i}: {o}\n"
            for i, n, a, o in history
        )
        text = (
            f"Answer the question using the tools below. Use the format Thought / Action / Observation, "
            f"repeated, then Final Answer.\n\nTools:\n{spec}\n\nQuestion: {task}\n{hist}Thought {steps + 1}:"
        )
    elif style == "fncall":
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": n,
                        "parameters": {
                            "type": "object",
                            "properties": {p: {"type": t} for p, t in ps.items()},
                        },
                    },
                }
                for n, ps in tools
            ]
        )
        hist = "".join(
            f'\n[assistant tool_call] {{"name": "{n}", "arguments": {json.dumps(a)}}}\n[tool] {o}'
            for _, n, a, o in history
        )
        text = f"tools={spec}\n\n[user] {task}{hist}\n\nRespond with the next tool call or the final reply."
    else:
        spec = "".join(f'<tool name="{n}">{" ".join(ps)}</tool>' for n, ps in tools)
        hist = "".join(
            f"<call>{n} {json.dumps(a)}</call><result>{o}</result>" for _, n, a, o in history
        )
        text = f"<tools>{spec}</tools>\n<task>{task}</task>\n<trajectory>{hist}</trajectory>\nContinue the trajectory. Think inside <scratchpad> before each call."
    return text, irange(rng, 150, 900)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DOMAINS = (
    "personal finance",
    "home gardening",
    "organic chemistry",
    "contract law",
    "kubernetes operations",
    "first aid",
    "medieval history",
    "mobile photography",
    "customer complaints for an airline",
    "SQL performance tuning",
    "beekeeping",
    "climate policy",
    "pediatric nutrition",
    "music theory",
    "renewable energy installation",
    "tax filing for freelancers",
    "job interview preparation",
    "machine learning basics",
)
AUDIENCES = (
    "beginners",
    "high school students",
    "domain experts",
    "non-native speakers",
    "busy professionals",
    "children aged 10",
)


def synth_prompt(rng: R, lang: str, style: str) -> str:
    n, dom, aud = irange(rng, 5, 40), pick(rng, DOMAINS), pick(rng, AUDIENCES)
    lname = LANG_NAME.get(lang, "English")
    if style == "pairs":
        return (
            f"Generate {n} diverse instruction-response pairs about {dom} for {aud}, written in "
            f"{lname}. Vary the task type (explain, compare, list, rewrite, plan, troubleshoot) and "
            f"the length. Output JSON Lines with fields instruction, input, output. Make every "
            f"output a high-quality, complete answer."
        )
    if style == "dialogue":
        return (
            f"Write a realistic {irange(rng, 4, 12)}-turn conversation in {lname} between a user "
            f"and a knowledgeable assistant about {dom}. The user is one of the {aud}; they ask "
            f"follow-up questions and make one mistake the assistant corrects. Format as "
            f"USER:/ASSISTANT: lines."
        )
    if style == "seed_expand":
        seed = pick(
            rng,
            (
                "How do I start?",
                "What is the most common mistake?",
                "Explain it like I'm new.",
                "Give me a checklist.",
            ),
        )
        return (
            f"Seed question: '{seed}' (topic: {dom}).\nWrite {n} new questions in {lname} that are "
            f"harder, more specific or differently phrased, each followed by a thorough answer. "
            f"Number them. Do not repeat ideas."
        )
    return (
        f"Create a {lname} quiz dataset on {dom}: {n} items, each with question, four options, the "
        f"correct option and a paragraph-long explanation. Difficulty: "
        f"{pick(rng, ('easy', 'medium', 'hard', 'mixed'))}. Return a JSON array."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Now give me a concrete example.",
        "Rewrite that for a 12-year-old.",
        "What are the strongest counterarguments?",
        "Summarise everything so far in five bullets.",
        "ok and what if the budget is half that?",
        "Turn this into a step-by-step plan with timelines.",
        "Which of these would you personally pick and why?",
        "Explain the trade-offs as a table.",
        "that's not quite right, try again more carefully",
        "Continue.",
        "Can you cite where these ideas come from?",
        "Now write it in a more formal register.",
        "What questions should I ask an expert about this?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Explícalo como si tuviera doce años.",
        "Resume todo en cinco viñetas.",
        "¿Y si el presupuesto fuera la mitad?",
        "Continúa, por favor.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo prático.",
        "Resume tudo em cinco tópicos.",
        "E quais são os contra-argumentos?",
        "Continua.",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 주세요.",
        "구체적인 예시를 들어 주세요.",
        "지금까지 내용을 다섯 줄로 요약해 주세요.",
        "반대 의견은 뭐가 있을까요?",
        "계속해 주세요.",
    ),
}


def followup(rng: R, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang) or FOLLOWUPS["en"])


OPENERS = {
    "es": (
        "Tengo una duda sobre {d}: ¿por dónde empiezo?",
        "Explícame {d} con detalle.",
        "¿Qué errores comunes hay en {d}?",
    ),
    "pt": ("Queria entender melhor {d}. Pode explicar?", "Quais os erros mais comuns em {d}?"),
    "ko": ("{d}에 대해 처음부터 설명해 줄 수 있어요?", "{d}에서 흔히 하는 실수는 뭐예요?"),
}


def opener(rng: R, lang: str, chat: list[str]) -> str:
    if lang in OPENERS and chance(rng, 0.8):
        return pick(rng, OPENERS[lang]).format(d=pick(rng, DOMAINS))
    return pick(rng, chat)


# --------------------------------------------------------------------------------------------
# light suffixes a crowd adds to replayed public prompts

THOROUGH = (
    "",
    "",
    "",
    " Please be thorough.",
    " Explain your reasoning.",
    " (detailed answer please)",
    "\n\nTake your time and be complete.",
    " Walk me through it.",
    " thanks!",
)


def replay(rng: R, chat: list[str]) -> str:
    return pick(rng, chat).rstrip() + pick(rng, THOROUGH)


# --------------------------------------------------------------------------------------------
# explainer sweep (hidden inside a product's traffic)

EXPLAIN_FORMS = (
    "Write a detailed, well-structured explanation of {t} for {a}. Use headings and examples.",
    "Draft a blog post (about {w} words) titled 'Everything you need to know about {t}'.",
    "Explain {t} to {a}, then add a short FAQ with five questions.",
    "Write an in-depth article comparing approaches to {t}. Include pros, cons and a recommendation.",
    "Compose a newsletter section on {t} for {a}, friendly tone, with a practical takeaway.",
)


def explainer(rng: R) -> str:
    return pick(rng, EXPLAIN_FORMS).format(
        t=pick(rng, DOMAINS), a=pick(rng, AUDIENCES), w=irange(rng, 4, 15) * 100
    )


def product_wrap(rng: R, product: str, text: str, style: int) -> str:
    if style == 0:
        return text
    if style == 1:
        return f"[{product} assistant] {text}"
    tone = pick(rng, ("neutral", "friendly", "professional", "persuasive"))
    return f"{product} writer | tone={tone} | request: {text}"


# --------------------------------------------------------------------------------------------
# curriculum sweeps

CURR_SUBJECTS = (
    "algebra",
    "geometry",
    "probability",
    "mechanics",
    "stoichiometry",
    "genetics",
    "number theory",
    "calculus",
    "statistics",
    "electric circuits",
)


def curriculum_prompt(rng: R, level: int, style: str, lang: str) -> str:
    subj = pick(rng, CURR_SUBJECTS)
    p = problem(rng, lang) if chance(rng, 0.6) else mcq(rng)[0]
    if style == "level":
        if lang == "zh":
            return f"【{subj}｜难度{level}/10】{p}\n请给出详细解题过程和最终答案。"
        return f"[{subj} | difficulty {level}/10] {p}\nGive a full worked solution and the final answer."
    if style == "teacher":
        if lang == "es":
            return f"Como profesor de {subj} (nivel {level}), resuelve y explica paso a paso: {p}"
        return f"As a patient {subj} teacher, solve this level-{level} exercise and explain each step so a student could redo it alone:\n{p}"
    if lang == "ru":
        return f"Уровень {level}. {p} Подробное решение, затем краткий ответ."
    return f"Exercise {level}.{irange(rng, 1, 99)} ({subj}): {p}\nSolution (detailed):"


# --------------------------------------------------------------------------------------------
# translation

TRANSLATE_FORMS = (
    "Translate into {L}:\n\n{s}",
    "Translate the following text to {L}. Preserve meaning, register and formatting. Output only the translation.\n\n{s}",
    "{L} translation, then a word-by-word gloss and notes on idioms:\n{s}",
    'Return JSON {{"source": ..., "target_lang": "{code}", "translation": ..., "alternatives": [..]}} for: {s}',
)


def translate_prompt(rng: R, sentence: str, tgt: str, style: int) -> str:
    return TRANSLATE_FORMS[style].format(L=LANG_NAME[tgt], s=sentence, code=tgt)


# --------------------------------------------------------------------------------------------
# code tasks

CODE_FUNCS = (
    "parses ISO-8601 durations into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with a capacity limit",
    "validates IBAN numbers",
    "computes the longest common subsequence of two strings",
    "streams a CSV file and aggregates a column by key",
    "implements a token-bucket rate limiter",
    "finds strongly connected components in a directed graph",
    "serialises a binary tree to a string and back",
    "retries an HTTP call with exponential backoff and jitter",
    "computes a rolling median over a stream",
    "does a topological sort and reports cycles",
    "converts Roman numerals in both directions",
    "implements a trie with prefix search",
    "diffs two JSON documents",
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def code_prompt(rng: R, style: str, human: str) -> str:
    f, lang = pick(rng, CODE_FUNCS), pick(rng, CODE_LANGS)
    if human == "zh":
        forms = (
            f"用{lang}写一个函数，功能：{f}。要求：完整代码、注释、单元测试，并分析时间复杂度。",
            f"请用{lang}实现：{f}。先说明思路，再给代码和测试。",
        )
        return pick(rng, forms)
    if style == "impl":
        return f"Write a production-quality {lang} function that {f}. Include docstrings, edge-case handling and unit tests, then explain the complexity."
    if style == "fix":
        n = irange(rng, 2, 9)
        return (
            f"This {lang} code is supposed to do something that {f}, but fails on input {n}. "
            f"Find the bug, explain it, and give the corrected version.\n\n"
            f"function solve(xs) {{\n  let out = [];\n  for (let i = 0; i <= xs.length; i++) {{\n"
            f"    if (xs[i] % {n} == 0) out.push(xs[i] / {n});\n  }}\n  return out.sort();\n}}"
        )
    diff = pick(rng, ("easy", "medium", "hard"))
    return (
        f"Invent a {diff} competitive-programming problem whose solution {f}. Give the statement, "
        f"constraints, two examples, an editorial and a reference solution in {lang}."
    )


# ============================================================================================
# legitimate users' texts (benign kinds)

DOC_TYPES = (
    "product page",
    "user manual section",
    "press release",
    "HR policy",
    "app store description",
    "legal notice",
    "marketing email",
    "support article",
)


def agency_translation(rng: R, passage: str, tgt: str, client: str) -> str:
    doc = pick(rng, DOC_TYPES)
    body = clip(passage, rng, 200, 1100)
    u = rng.random()
    if u < 0.55:
        return f"Client: {client}. Translate this {doc} into {LANG_NAME[tgt]}. Use the client glossary (keep brand names in English, formal 'you'). Keep markdown.\n\n{body}"
    if u < 0.8:
        return f"Please review my {LANG_NAME[tgt]} draft of a {doc} for {client} against the source below. Point out mistranslations and terminology inconsistencies only.\n\nSOURCE:\n{body}"
    return f"What is the most natural {LANG_NAME[tgt]} rendering of '{clip(body, rng, 20, 80)}' in a {doc}? Give two options and say which fits a {pick(rng, ('formal', 'casual', 'technical'))} register."


PERSONA_TRAITS = (
    "cheerful",
    "sarcastic but kind",
    "calm",
    "bookish",
    "adventurous",
    "shy",
    "witty",
)
CASUAL = (
    "hey, how was your day?",
    "i can't sleep again lol",
    "do you remember what i told you about my sister?",
    "work was awful today",
    "tell me a story about a lighthouse",
    "what should i cook tonight",
    "haha you're funny",
    "i passed my driving test!!",
    "can we play 20 questions",
    "good morning :)",
    "i miss my dog",
    "what do you think about rain",
    "ok goodnight",
    "sing me something",
    "ugh mondays",
    "are you real?",
    "i'm nervous about tomorrow's interview",
)


def companion_msg(rng: R, persona: str, chat: list[str]) -> str:
    msg = pick(rng, CASUAL) if chance(rng, 0.8) else clip(pick(rng, chat), rng, 20, 200)
    return f"(You are {persona}, a {pick(rng, PERSONA_TRAITS)} companion. Stay in character. Memory: user likes {pick(rng, DOMAINS)}.)\nUser: {msg}"


def annotator_task(rng: R, question: str, answer: str, guideline: str) -> str:
    q = clip(question, rng, 40, 400)
    a = clip(answer, rng, 150, 900)
    u = rng.random()
    if u < 0.5:
        return f"{guideline} item: does the assistant reply below follow the instructions of the prompt? Help me write a short rationale (2-3 sentences) for my label.\n\nPrompt: {q}\nReply: {a}"
    if u < 0.8:
        return f"I'm checking facts for an annotation task. Are there factual errors in this answer? List them briefly.\n\n{a}"
    return f"Rewrite my rationale to be clearer and neutral: '{clip(question, rng, 30, 160)}' — rated {irange(rng, 1, 5)}/5 because it was {pick(rng, ('vague', 'off-topic', 'mostly right', 'unsafe', 'excellent'))}."


IDE_TOOLS = ("read_file", "apply_diff", "run_tests", "grep", "list_files", "execute_command")
FILES = (
    "src/api/routes.py",
    "app/models/user.ts",
    "internal/store/cache.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "web/components/Cart.tsx",
    "pkg/auth/jwt.go",
)


def ide_agent(rng: R, repo: str) -> str:
    f = pick(rng, FILES)
    u = rng.random()
    if u < 0.35:
        return f"<environment_details>\nWorkspace: {repo}\nOpen tabs: {f}\n</environment_details>\n<task>{pick(rng, ('Fix the failing test in', 'Add pagination to', 'Refactor error handling in', 'Add input validation to', 'Write tests for'))} {f}</task>"
    if u < 0.8:
        tool = pick(rng, IDE_TOOLS)
        res = pick(
            rng,
            (
                "1 failed, 41 passed",
                "ok",
                f"{f}:{irange(rng, 10, 400)}: TypeError: cannot read properties of undefined",
                "exit code 0",
                "no matches",
            ),
        )
        return f"[{tool} for '{f}'] Result:\n{res}"
    return pick(
        rng,
        (
            "yes go ahead",
            "no, keep the old signature",
            "run the tests again",
            "looks good, commit it",
            "why did you change that file?",
        ),
    )


HOMEWORK = (
    "For assignment {a}: explain the difference between {x} and {y} in my own words — can you check my explanation? {t}",
    "I'm stuck on problem {n} of problem set {a} about {x}. Can you give me a hint, not the answer?",
    "What does {x} mean in the context of {y}? Our lecturer mentioned it in week {n}.",
    "Can you help me outline my essay on {x} for the {y} seminar? It's due {d}.",
    "Is this a correct proof? {t}",
)
HW_TOPICS = (
    "bias and variance",
    "overfitting",
    "gradient descent",
    "Bayes' rule",
    "the central limit theorem",
    "regularisation",
    "cross-validation",
    "p-values",
    "decision trees",
    "entropy",
)


def homework(rng: R, assignment: int, chat: list[str]) -> str:
    return pick(rng, HOMEWORK).format(
        a=assignment,
        x=pick(rng, HW_TOPICS),
        y=pick(rng, HW_TOPICS),
        n=irange(rng, 1, 12),
        d=pick(rng, ("Friday", "tomorrow", "tonight", "next week")),
        t=clip(pick(rng, chat), rng, 30, 250),
    )


INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "report_bug",
    "pricing_question",
    "account_locked",
    "upgrade_plan",
    "delivery_status",
)


def augment(rng: R, utterance: str) -> str:
    intent = pick(rng, INTENTS)
    utt = clip(utterance, rng, 20, 240)
    u = rng.random()
    if u < 0.5:
        return f"Generate {irange(rng, 3, 8)} paraphrases of this customer message for intent '{intent}'. Vary formality and length, keep the meaning. One per line.\nMessage: {utt}"
    if u < 0.8:
        return f"Classify the customer message into one of {', '.join(INTENTS)}. Reply with the label only.\n{utt}"
    return f"Write {irange(rng, 2, 5)} realistic customer messages with intent '{intent}' that include a typo or slang."


MOD_LANGS = ("en", "es", "pt", "de", "fr", "tr", "id", "ar")


def moderation(rng: R, post: str, lang: str) -> str:
    sec = f"{irange(rng, 1, 6)}.{irange(rng, 1, 9)}"
    p = clip(post, rng, 20, 600)
    if chance(rng, 0.7):
        return f"Community guidelines review (queue: {LANG_NAME[lang]}). Does this post violate section {sec} (harassment, spam, self-harm, scams)? Answer VIOLATION/OK, the section and one sentence why.\n\nPost: {p}"
    return f"This post was flagged under section {sec}. Suggest a minimal edit that would make it acceptable while keeping the author's point, in {LANG_NAME[lang]}.\n\n{p}"


def tutor(rng: R, grade: int) -> str:
    p = word_problem(rng, "en")
    u = rng.random()
    if u < 0.5:
        return f"Student (grade {grade}) asks: {p}\nTutor instructions: guide with questions, reveal the next step only, check understanding."
    if u < 0.8:
        return f"Grade {grade} student answer to '{clip(p, rng, 40, 160)}' was {irange(rng, 2, 400)}. Explain kindly where they went wrong, step by step."
    return f"Make a similar practice problem for a grade {grade} student and a worked solution: {p}"


CLIENT_TEMPLATES = (
    "Summarise this for a busy manager in 3 bullets:\n{t}",
    "Write a reply to this customer email, polite and short:\n{t}",
    "Extract the action items as a checklist:\n{t}",
    "{t}",
    "{t}",
    "Generate SEO meta title and description for: {t}",
)


def client_prompt(rng: R, template: int, chat: list[str]) -> str:
    return CLIENT_TEMPLATES[template].format(t=clip(pick(rng, chat), rng, 30, 900))

"""Prompt generators of blind batch 301, written for this batch (no text copied from elsewhere in
the repository). Ordinary human text comes from ShareGPT's "sim" half through the shared context
(`ctx.chat`: human prompts, `ctx.passages`: assistant answers of 300+ characters).

Every function draws only from the generator it is given, in a fixed order: no set is walked and
nothing is hashed, so a seed gives the same text in every process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def wpick(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def wpicks(rng: Rng, items: Sequence, weights: Sequence[float], n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def clip(text: str, n: int) -> str:
    """At most n characters, cut at a word boundary when one is near."""
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > n * 0.7 else cut


def typo(rng: Rng, text: str, p: float = 0.3) -> str:
    """With probability p, swap two neighbouring letters inside one longer word."""
    if not chance(rng, p):
        return text
    words = text.split(" ")
    longs = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not longs:
        return text
    i = pick(rng, longs)
    w = words[i]
    j = irange(rng, 1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def casual(rng: Rng, text: str) -> str:
    """How people actually type: sometimes all lower case, sometimes no final punctuation."""
    if chance(rng, 0.35):
        text = text.lower()
    if chance(rng, 0.3) and text[-1:] in ".?":
        text = text[:-1]
    return typo(rng, text, 0.25)


# ============================================================================================
# reasoning problems and trace coercion


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        a, b, v1, v2 = (
            irange(rng, 10, 90),
            irange(rng, 10, 90),
            irange(rng, 8, 30),
            irange(rng, 8, 30),
        )
        return (
            f"A cyclist rides {a} km at {v1} km/h and then another {b} km at {v2} km/h. "
            "What is her average speed over the whole ride?"
        )
    if k == 1:
        c, x, y = irange(rng, 200, 5000), irange(rng, 2, 9), irange(rng, 10, 24)
        return (
            f"A tank holds {c} litres. Pipe A fills it alone in {x} hours, pipe B empties it alone in "
            f"{y} hours. The tank starts empty with both pipes open. When is it full?"
        )
    if k == 2:
        n, p, q = irange(rng, 100, 5000), irange(rng, 3, 9), irange(rng, 10, 17)
        return f"How many integers from 1 to {n} are divisible by {p} or by {q}, but not by both?"
    if k == 3:
        r, b = irange(rng, 2, 12), irange(rng, 2, 12)
        return (
            f"A bag holds {r} red and {b} blue marbles. Two are drawn without replacement. "
            "What is the probability that they have different colours?"
        )
    if k == 4:
        m = irange(rng, 2, 41)
        return f"Prove or disprove: n^2 + n + {m} is prime for every integer n >= 0."
    if k == 5:
        who = [NAMES[i] for i in rng.permutation(len(NAMES))[:5].tolist()]
        return (
            f"Five people, {', '.join(who)}, sit in one row. {who[0]} is not at either end. "
            f"{who[1]} sits directly left of {who[3]}. {who[2]} sits at the right end, and "
            f"{who[4]} is not next to {who[0]}. Who sits in the middle seat? List every arrangement that fits."
        )
    if k == 6:
        m, ang, h = (
            irange(rng, 1, 20),
            pick(rng, (15, 20, 25, 30, 35, 40, 45, 60)),
            irange(rng, 1, 30),
        )
        mu = pick(
            rng, ("no friction", "a friction coefficient of 0.1", "a friction coefficient of 0.2")
        )
        return (
            f"A {m} kg block slides from rest down a {ang} degree incline of height {h} m with {mu}. "
            "What is its speed at the bottom, and how much energy was lost to heat?"
        )
    if k == 7:
        g = irange(rng, 2, 80)
        return (
            f"How many grams of water form when {g} g of hydrogen gas burns completely in excess "
            "oxygen? Then say how many litres of oxygen at STP were consumed."
        )
    if k == 8:
        a, b, c = irange(rng, 2, 9), irange(rng, 1, 40), irange(rng, 3, 25)
        return f"Find every real x such that |{a}x - {b}| < {c}, and also every integer solution."
    if k == 9:
        p, q = irange(rng, 5, 60), irange(rng, 5, 60)
        return (
            f"A shop raises a price by {p}% and a month later cuts the new price by {q}%. "
            "By what percentage has the price changed overall, and is the order of the two changes important?"
        )
    if k == 10:
        n = irange(rng, 4, 9)
        return (
            f"In a round-robin chess tournament with {n} players each pair plays once. A win gives 1 point, "
            "a draw half a point. What is the largest possible score of the player in last place?"
        )
    s = irange(rng, 2, 6)
    arr = [int(x) for x in rng.integers(-9, 20, size=irange(rng, 6, 9)).tolist()]
    return (
        f"Given the list {arr}, what does this procedure return: take every element at an index divisible "
        f"by {s}, square it, keep the odd results, and sum them? Trace the procedure element by element."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"一个水池有甲、乙两根进水管。甲管单独注满需要{irange(rng, 2, 9)}小时，乙管单独注满需要"
            f"{irange(rng, 3, 12)}小时。两管同时打开，需要多少小时注满？"
        )
    if k == 1:
        return f"某商品先涨价{irange(rng, 5, 50)}%，再降价{irange(rng, 5, 50)}%，最终价格比原价变化了百分之几？"
    if k == 2:
        return (
            f"在1到{irange(rng, 100, 3000)}的整数中，有多少个数能被{irange(rng, 3, 9)}整除但不能被"
            f"{irange(rng, 10, 15)}整除？"
        )
    if k == 3:
        a, n, b = irange(rng, 50, 300), irange(rng, 2, 8), irange(rng, 6, 30)
        return f"小明有{a}元，买了{n}本书，每本{b}元。他还想买一个{irange(rng, 5, 40)}元的书包，钱够不够？还差或剩多少？"
    return (
        f"鸡兔同笼，共有{irange(rng, 10, 50)}个头，{irange(rng, 60, 160)}只脚。鸡和兔各有多少只？"
        "如果无解，请说明原因。"
    )


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Un tren sale a las {irange(rng, 6, 11)}:00 a {irange(rng, 60, 120)} km/h y otro sale "
            f"{irange(rng, 1, 3)} horas después por la misma vía a {irange(rng, 121, 200)} km/h. "
            "¿A qué hora y a qué distancia lo alcanza?"
        )
    if k == 1:
        return (
            f"En una urna hay {irange(rng, 2, 10)} bolas rojas y {irange(rng, 2, 10)} verdes. Se sacan tres "
            "sin reemplazo. ¿Cuál es la probabilidad de sacar exactamente dos verdes?"
        )
    return (
        f"Demuestra que la suma de los ángulos interiores de un polígono convexo de {irange(rng, 5, 14)} "
        "lados es la que da la fórmula general, y calcula su valor."
    )


def _problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Ein Rechteck hat einen Umfang von {irange(rng, 20, 200)} cm, und seine Länge ist "
            f"{irange(rng, 2, 5)}-mal so groß wie seine Breite. Wie groß ist der Flächeninhalt?"
        )
    if k == 1:
        word = pick(rng, ("BANANE", "KAFFEE", "ANANAS", "MISSISSIPPI", "TOMATE", "PAPAGEI"))
        return f"Wie viele verschiedene Anordnungen der Buchstaben des Wortes {word} gibt es?"
    return (
        f"Ein Kapital von {irange(rng, 1, 50) * 1000} Euro wird {irange(rng, 3, 15)} Jahre lang mit "
        f"{irange(rng, 1, 6)},{irange(rng, 0, 9)} % jährlich verzinst. Wie hoch ist das Endkapital?"
    )


def _problem_ru(rng: Rng) -> str:
    if chance(rng, 0.5):
        return f"Сумма трёх последовательных чётных чисел равна {6 * irange(rng, 5, 300)}. Найдите эти числа."
    return (
        f"Лодка проходит {irange(rng, 10, 60)} км по течению и возвращается обратно за "
        f"{irange(rng, 3, 9)} часов. Скорость течения {irange(rng, 1, 4)} км/ч. Найдите собственную скорость лодки."
    )


PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "es": _problem_es,
    "de": _problem_de,
    "ru": _problem_ru,
}


def reasoning_harvest(rng: Rng, lang: str, style: str) -> str:
    """A problem with an instruction that forces the model to write its whole chain of thought."""
    prob = PROBLEMS[lang](rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{prob}\n\n请一步一步详细推理，把完整的思考过程写在<思考>和</思考>之间，不要省略任何步骤，最后单独一行写出答案。",
                f"题目：{prob}\n要求：先列出所有已知条件，再逐步推导，每一步都说明理由；推导结束后自我检查一遍，最后给出答案。",
            ),
        )
    if lang == "es":
        return (
            f"{prob}\n\nRazona paso a paso y escribe todo tu proceso de pensamiento completo antes de la "
            "respuesta final. No omitas ningún paso, aunque parezca obvio."
        )
    if lang == "de":
        return (
            f"{prob}\n\nDenke Schritt für Schritt laut nach und schreibe jeden Zwischenschritt vollständig "
            "auf. Nenne erst danach die endgültige Antwort."
        )
    if lang == "ru":
        return f"{prob}\n\nРассуждай пошагово, подробно распиши весь ход мыслей, не пропуская шагов, и только в конце дай ответ."
    if style == "tags":
        return (
            f"{prob}\n\nWrite your complete reasoning inside <think></think> before answering. Do not "
            "summarise or skip any intermediate step, even trivial ones. After </think>, give only the final answer."
        )
    if style == "coach":
        return (
            "You are a meticulous olympiad coach thinking aloud. Solve the problem below and narrate every "
            "thought you have while solving it, including wrong turns and how you noticed them.\n\n"
            f"Problem: {prob}"
        )
    if style == "json":
        return (
            'Return a JSON object with keys "reasoning_steps" (a list of strings, one step each, at least '
            f'eight) and "final_answer" (a string).\nProblem: {prob}'
        )
    return (
        f"{prob}\n\nSolve it, then check the result with a second, independent method. Explain each step "
        "of both methods in full. Use the headings Solution, Check and Answer."
    )


# ============================================================================================
# grading / judging / reward signals


def judge_harvest(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: str
) -> str:
    q = clip(pick(rng, chat), 500)
    a = clip(pick(rng, passages), 1100)
    if lang == "fr":
        return (
            "Évaluez la réponse ci-dessous sur une échelle de 1 à 10 pour l'exactitude, l'utilité et la "
            "clarté. Donnez d'abord une justification détaillée, puis la note finale au format « Note : X/10 ».\n\n"
            f"Question : {q}\n\nRéponse : {a}"
        )
    if lang == "ja":
        return (
            "次の質問に対する回答を、正確さ・有用性・分かりやすさの観点から1〜10点で採点してください。"
            f"まず理由を詳しく述べ、最後に「点数: X」と書いてください。\n\n質問: {q}\n\n回答: {a}"
        )
    if style == "rubric":
        return (
            "Grade the response against this rubric: accuracy 0-4, completeness 0-3, clarity 0-3. Output "
            "a JSON object with one field per criterion, a total, and a rationale paragraph.\n\n"
            f"### Question\n{q}\n\n### Response\n{a}"
        )
    if style == "pair":
        b = clip(pick(rng, passages), 1100)
        return (
            "Which answer serves the user better? Weigh helpfulness, honesty and harmlessness, explain your "
            "judgement in a few sentences, then output exactly one verdict: [[A]], [[B]] or [[TIE]].\n\n"
            f"[User]\n{q}\n\n[Answer A]\n{a}\n\n[Answer B]\n{b}"
        )
    if style == "reward":
        return (
            "Score this assistant turn from 1 to 10. Reply as 'Score: N' on the first line, then list the "
            f"concrete flaws you found, most serious first.\nPrompt: {q}\nCompletion: {a}"
        )
    return (
        "Critique the answer below point by point (errors, omissions, tone), then write an improved "
        f"answer that fixes every issue you raised.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


# ============================================================================================
# policy-compliant rewrites


SENSITIVE_EN = (
    "What really happened during the {year} protests in the capital, and who gave the orders?",
    "Which household chemicals are dangerous to combine, and why?",
    "Explain how phishing kits are typically put together.",
    "Why do some people describe {leader} as an authoritarian?",
    "What are the arguments for and against independence for the region?",
    "How do extremist groups recruit teenagers online?",
    "What is the lethal dose range of common painkillers?",
    "Summarise the criticism of the government's handling of the {year} flood.",
    "How does a lock-picking tension wrench work?",
    "Write a satirical poem about the ruling party.",
)
LEADERS = (
    "the current president",
    "the former prime minister",
    "the party chairman",
    "the supreme leader",
    "the governor",
)


def _sensitive_q(rng: Rng) -> str:
    t = pick(rng, SENSITIVE_EN)
    return t.format(year=irange(rng, 1968, 2022), leader=pick(rng, LEADERS))


def policy_harvest(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: str
) -> str:
    p = clip(pick(rng, passages), 900)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的内容改写成能通过严格内容审核的版本：删除所有政治敏感的表述，保持中立、客观，只输出改写后的文本。\n\n{p}",
                f"用户问：“{_sensitive_q(rng)}”\n请给出一个既安全又尽量有帮助的标准回答，说明哪些内容不能提供以及原因。",
            ),
        )
    if lang == "ru":
        return (
            "Перепиши следующий ответ так, чтобы он соответствовал правилам модерации контента: убери "
            f"политически чувствительные формулировки, сохрани факты и нейтральный тон.\n\n{p}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون محايداً ومتوافقاً مع سياسات المحتوى، واحذف أي عبارات حساسة، واكتب النص المعدل فقط.\n\n{p}"
    if style == "sanitise":
        return (
            "Rewrite the following answer so that it would pass a strict content review. Remove anything "
            f"politically sensitive or unsafe, keep what is factual, and output only the rewritten text.\n\n{p}"
        )
    if style == "safe":
        return (
            f'A user asked: "{_sensitive_q(rng)}"\nWrite the ideal policy-compliant reply: acknowledge the '
            "request, say clearly what you will not help with and why, and give the most useful safe information."
        )
    if style == "pair":
        return (
            "Give two answers to the question below, labelled REFUSE and COMPLY. REFUSE is a short polite "
            "refusal; COMPLY is a full answer that stays within a typical provider content policy.\n"
            f"Question: {_sensitive_q(rng)}"
        )
    q = clip(pick(rng, chat), 400)
    return (
        f"Original request: {q}\n\nProduce the version of an answer to this request that a cautious, "
        "policy-following assistant would give. Flag any part you had to soften and explain why in one line each."
    )


# ============================================================================================
# agent / tool-use transcripts


TOOLSETS = (
    ("web_search", "fetch_url", "calculator"),
    ("run_sql", "run_python", "read_file"),
    ("click", "type_text", "scroll", "open_page"),
    ("list_events", "create_event", "send_email", "lookup_contact"),
    ("get_stock_quote", "get_fx_rate", "calculator"),
)
TOOL_ARGS = {
    "web_search": {"query": "string"},
    "fetch_url": {"url": "string"},
    "calculator": {"expression": "string"},
    "run_sql": {"query": "string"},
    "run_python": {"code": "string"},
    "read_file": {"path": "string"},
    "click": {"selector": "string"},
    "type_text": {"selector": "string", "text": "string"},
    "scroll": {"direction": "string"},
    "open_page": {"url": "string"},
    "list_events": {"date": "string"},
    "create_event": {"title": "string", "start": "string", "minutes": "integer"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "lookup_contact": {"name": "string"},
    "get_stock_quote": {"ticker": "string"},
    "get_fx_rate": {"base": "string", "quote": "string"},
}
CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Quito",
    "Gdansk",
    "Hanoi",
    "Tulsa",
    "Cebu",
    "Leeds",
    "Pune",
    "Izmir",
    "Perth",
)


def _agent_task(rng: Rng, tools: Sequence[str]) -> str:
    n1, n2, c = pick(rng, NAMES), pick(rng, NAMES), pick(rng, CITIES)
    if "run_sql" in tools:
        return pick(
            rng,
            (
                f"Find the five customers in {c} with the highest total order value last quarter and plot it.",
                f"Check whether table orders_{irange(rng, 1, 9)} has duplicate invoice numbers and report them.",
                "Compute monthly churn for 2024 from the subscriptions table and explain the spike.",
            ),
        )
    if "click" in tools:
        return pick(
            rng,
            (
                f"Book the cheapest refundable train from {c} to {pick(rng, CITIES)} next Friday morning.",
                f"Log in to the supplier portal and download invoice INV-{irange(rng, 1000, 9999)}.",
                "Change the shipping address on my last order to the office address.",
            ),
        )
    if "send_email" in tools:
        return pick(
            rng,
            (
                f"Set up a 30 minute call with {n1} and {n2} on Thursday and email them the agenda.",
                f"Move my dentist appointment to next week and tell {n1} I will be late on Monday.",
            ),
        )
    if "get_stock_quote" in tools:
        return f"How much is a position of {irange(rng, 10, 900)} shares of the largest listed firm in {pick(rng, COUNTRIES)} worth in euros today?"
    return pick(
        rng,
        (
            f"What is the population of {c} divided by its area, to one decimal place?",
            f"Who won the most recent national election in {pick(rng, COUNTRIES)}, and by what margin?",
            f"Compare the average February temperature of {c} and {pick(rng, CITIES)}.",
        ),
    )


def _fake_obs(rng: Rng, tool: str) -> str:
    if tool in ("calculator", "get_stock_quote", "get_fx_rate"):
        return str(round(float(rng.uniform(0.5, 9000)), 3))
    if tool == "run_sql":
        return json.dumps(
            [
                {"id": irange(rng, 1, 999), "total": round(float(rng.uniform(10, 9000)), 2)}
                for _ in range(irange(rng, 1, 3))
            ]
        )
    if tool in ("click", "type_text", "scroll", "open_page"):
        return pick(
            rng, ("ok", "element not found", "page loaded: 3 forms, 14 links", "ok; modal opened")
        )
    return pick(
        rng, ("3 results: ...", "no match", "done", '{"status": "sent"}', "timeout after 10s")
    )


def agent_harvest(rng: Rng, style: str) -> str:
    tools = TOOLSETS[int(rng.integers(len(TOOLSETS)))]
    task = _agent_task(rng, tools)
    steps = irange(rng, 0, 4)
    hist = []
    for _ in range(steps):
        t = pick(rng, tools)
        hist.append((t, _fake_obs(rng, t)))
    if style == "functions":
        spec = [
            {
                "name": t,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": v} for k, v in TOOL_ARGS[t].items()},
                },
            }
            for t in tools
        ]
        lines = [
            f"SYSTEM: You are an autonomous agent. Available tools:\n{json.dumps(spec)}\n"
            'Reply with exactly one JSON tool call, or with {"final": ...} when done.',
            f"USER: {task}",
        ]
        for t, o in hist:
            lines.append(f'ASSISTANT: {{"tool": "{t}", "arguments": {{...}}}}')
            lines.append(f"TOOL[{t}]: {o}")
        return "\n".join(lines) + "\nASSISTANT:"
    if style == "react":
        body = "\n".join(
            f"Thought: I should use {t}.\nAction: {t}[...]\nObservation: {o}" for t, o in hist
        )
        return (
            "Answer the question using the tools below. Follow the format Thought / Action / Observation, "
            "repeating as needed, and end with 'Final Answer:'.\n"
            f"Tools: {', '.join(tools)}\n\nQuestion: {task}\n{body}\nThought:"
        )
    body = "".join(f'<step tool="{t}"><result>{o}</result></step>' for t, o in hist)
    return (
        f"<tools>{' '.join(tools)}</tools>\n<task>{task}</task>\n<history>{body}</history>\n"
        "Produce the next <step> with your reasoning in <why> and the call in <call>. If the task is done, "
        "produce <final> instead."
    )


# ============================================================================================
# synthetic datasets


DOMAINS = {
    "finance": (
        "compound interest",
        "index funds",
        "mortgage amortisation",
        "inflation hedging",
        "tax brackets",
    ),
    "health": (
        "sleep hygiene",
        "type 2 diabetes",
        "strength training",
        "vaccination schedules",
        "migraine triggers",
    ),
    "coding": ("recursion", "SQL joins", "regular expressions", "git rebasing", "REST pagination"),
    "science": (
        "photosynthesis",
        "plate tectonics",
        "the Doppler effect",
        "enzyme kinetics",
        "black holes",
    ),
    "law": (
        "tenancy deposits",
        "copyright fair use",
        "employment contracts",
        "small claims court",
        "GDPR consent",
    ),
    "everyday": (
        "meal planning",
        "negotiating a salary",
        "home composting",
        "travel insurance",
        "first aid for burns",
    ),
    "history": (
        "the Silk Road",
        "the printing press",
        "decolonisation in Africa",
        "the Meiji restoration",
        "the Hanseatic League",
    ),
}
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def synth_topic(rng: Rng) -> str:
    dom = pick(rng, sorted(DOMAINS))
    return pick(rng, DOMAINS[dom])


def synth_harvest(rng: Rng, lang: str, style: str) -> str:
    topic, n = synth_topic(rng), pick(rng, (10, 15, 20, 25, 30, 50))
    lvl = pick(rng, LEVELS)
    if lang == "pt":
        return (
            f"Gere {n} pares variados de pergunta e resposta sobre {topic} (nível {lvl}) em português, no "
            'formato JSONL com os campos "pergunta" e "resposta". As respostas devem ser completas.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic} untuk tingkat {lvl} "
            "dalam bahasa Indonesia. Format JSONL dengan kolom instruksi dan jawaban."
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về chủ đề {topic} (trình độ {lvl}) bằng tiếng "
            "Việt, định dạng JSONL với các trường cau_hoi và tra_loi."
        )
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for a {lvl} "
            "audience. Vary the phrasing and difficulty. Output JSON Lines with keys instruction, input, output. "
            "No numbering, no commentary."
        )
    if style == "exam":
        return (
            f"Create a {n}-question multiple-choice exam on {topic} for {lvl} learners. Each item has four "
            "options, the correct letter and a two-sentence explanation. Output a JSON array only."
        )
    if style == "persona":
        who = pick(
            rng,
            (
                "a retired nurse",
                "a first-year student",
                "a small-business owner",
                "a worried parent",
                "a software engineer",
                "a farmer",
            ),
        )
        return (
            f"Write {n} realistic questions that {who} might ask an AI assistant about {topic}, each followed "
            "by an exemplary, detailed assistant answer. Separate the items with a line containing ###."
        )
    return (
        f"Seed task: {topic} ({lvl}).\nWrite {n} new tasks in the same domain that differ in format (how-to, "
        "comparison, troubleshooting, opinion, calculation), then answer each one thoroughly. Use the layout "
        "'Task k:' / 'Answer k:'."
    )


# ============================================================================================
# multi-turn dialogue harvest


FOLLOW_UPS = (
    "Go deeper on your second point.",
    "Can you give a concrete example of that?",
    "Now put everything above into a table.",
    "What would an expert disagree with in your answer?",
    "Rewrite that for a twelve-year-old.",
    "continue",
    "Are there any edge cases you left out?",
    "Summarise the whole conversation so far in five bullets.",
    "Why is that the case? Explain the underlying mechanism.",
    "Give me the opposite argument as strongly as you can.",
    "ok and what should I do first?",
    "Can you check your previous answer for mistakes?",
)


def dialogue_turn(
    rng: Rng, chat: Sequence[str], opener: str, turn: int, persona: str | None
) -> str:
    if turn == 0:
        return f"{persona}\n\n{opener}" if persona else opener
    if chance(rng, 0.15):
        return clip(pick(rng, chat), 300)
    return pick(rng, FOLLOW_UPS)


PERSONAS = (
    "You are a patient, encyclopaedic assistant. Answer fully and keep the conversation going.",
    "Act as a senior consultant who explains trade-offs carefully.",
    "You are a friendly expert tutor. Be thorough and structured.",
)


# ============================================================================================
# soft labels and best-of-n


def softlabel_harvest(rng: Rng, chat: Sequence[str], passages: Sequence[str], style: str) -> str:
    text = clip(pick(rng, chat), 400)
    if style == "sentiment":
        return (
            "Classify the sentiment of the text as positive, negative, neutral or mixed. Give a probability "
            f"for each label, summing to 1, as a JSON object and nothing else.\nText: {text}"
        )
    if style == "nli":
        prem = clip(pick(rng, passages), 350)
        return (
            "Premise: "
            + prem
            + "\nHypothesis: "
            + text[:160]
            + "\nReturn P(entailment), P(neutral), P(contradiction) as three numbers on one line."
        )
    if style == "topic":
        labels = (
            "technology",
            "health",
            "finance",
            "education",
            "entertainment",
            "politics",
            "other",
        )
        return (
            f"Assign the request below a probability distribution over these topics: {', '.join(labels)}. "
            f"Output JSON only.\nRequest: {text}"
        )
    return text  # best-of-n: the same plain prompt, sampled many times


# ============================================================================================
# code and translation curriculum


CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a trie supporting prefix counts",
    "Dijkstra's shortest path",
    "a rate limiter using the token bucket algorithm",
    "merge of k sorted lists",
    "a JSON pretty-printer",
    "interval scheduling maximising the number of meetings",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a union-find with path compression",
    "topological sort with cycle detection",
    "the longest palindromic substring",
    "a CSV parser that handles quoted commas",
    "a binary heap",
    "matrix exponentiation for Fibonacci numbers",
    "an expression evaluator with operator precedence",
)
PROG_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")
HUMAN_LANGS = (
    "French",
    "German",
    "Japanese",
    "Korean",
    "Portuguese",
    "Turkish",
    "Arabic",
    "Hindi",
    "Polish",
    "Thai",
)


def code_harvest(rng: Rng, level: int, style: str) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, PROG_LANGS)
    if style == "leveled":
        return (
            f"[level {level}/5][{lang}] Implement {task}. Include docstrings, unit tests and a short "
            "analysis of time and space complexity. Explain the design decisions step by step."
        )
    if style == "port":
        src = pick(rng, [x for x in PROG_LANGS if x != lang])
        return (
            f"Here is the idea of {task}, written first in {src}. Port it to idiomatic {lang}, then explain "
            "every difference between the two versions and why it matters."
        )
    return (
        f"Difficulty {level}. Write a {lang} solution for: {task}. After the code, list three tricky test "
        "cases and walk through how the code handles each one."
    )


def translation_harvest(rng: Rng, passages: Sequence[str], tgt: str, style: str) -> str:
    p = clip(pick(rng, passages), 900)
    if style == "plain":
        return f"Translate into {tgt}. Keep the formatting and output only the translation.\n\n{p}"
    return (
        f"Translate the text into {tgt}. Then add a short list of the terms that were hard to translate and "
        f"why you chose each rendering.\n\n---\n{p}"
    )


# ============================================================================================
# hard families' texts


TEACHER_SUFFIXES = (
    "\n\n(Answer thoroughly: reason it through step by step first, then give a polished final answer.)",
    "\n\nPlease give a complete, expert-level answer and show the reasoning behind it.",
    "\n\nThink carefully before answering and explain your reasoning in detail.",
    "\n\nBe comprehensive. Walk through your thinking, then summarise.",
)


def product_user(rng: Rng, chat: Sequence[str]) -> str:
    return pick(rng, chat)


def product_teacher(rng: Rng, user_prompt: str, suffix_weights: Sequence[float]) -> str:
    return user_prompt + wpick(rng, TEACHER_SUFFIXES, suffix_weights)


AGED_CONCEPTS = (
    "opportunity cost",
    "the causes of the First World War",
    "how mRNA vaccines work",
    "big-O notation",
    "the Krebs cycle",
    "comparative advantage",
    "how a transistor switches",
    "the Treaty of Westphalia",
    "Bayes' theorem",
    "how the kidneys filter blood",
    "the difference between weather and climate",
    "monetary vs fiscal policy",
    "how public key encryption works",
    "natural selection",
    "the French Revolution",
    "the central limit theorem",
    "how vaccines trigger immunity",
    "supply chain bullwhip effect",
    "recursion in programming",
    "entropy in thermodynamics",
    "the Cuban missile crisis",
    "CRISPR gene editing",
    "how interest rates affect house prices",
    "neural network backpropagation",
    "the water cycle",
    "the separation of powers",
    "quantum entanglement",
    "game theory and the prisoner's dilemma",
)
AGED_FORMS = (
    "Explain {c} properly, with an example and the most common misconceptions.",
    "I keep getting confused about {c}. Can you walk me through it from the basics?",
    "What is {c}? Give me a detailed explanation I could revise from.",
    "Could you write me a clear explanation of {c}, step by step, and then quiz me with two questions?",
    "teach me {c} like a good lecturer would",
    "How would you explain {c} to someone smart who has never studied it?",
)


def aged_harvest(rng: Rng) -> str:
    t = pick(rng, AGED_FORMS).format(c=pick(rng, AGED_CONCEPTS))
    if chance(rng, 0.25):
        t = (
            t
            + " "
            + pick(
                rng, ("thanks", "Be detailed.", "no bullet points please", "I have an exam soon.")
            )
        )
    return casual(rng, t)


CROWD_BANK = {
    "en": (
        "how does metformin actually lower blood sugar",
        "what is the difference between a lease and a licence",
        "how does bond duration work",
        "why do beta blockers help with anxiety",
        "what makes a contract void vs voidable",
        "how is ebitda different from operating cash flow",
        "what does an elevated crp mean",
        "when does adverse possession apply",
        "how do warfarin and vitamin k interact",
        "what is the rule against perpetuities",
        "how do options greeks work, especially gamma",
        "what does a high anion gap tell you",
        "what is promissory estoppel",
    ),
    "es": (
        "cómo funciona la metformina para bajar el azúcar",
        "qué diferencia hay entre arrendamiento y comodato",
        "qué significa tener la PCR alta",
        "cómo se calcula la duración de un bono",
        "qué es la prescripción adquisitiva",
        "por qué los betabloqueantes ayudan con la ansiedad",
    ),
    "pt": (
        "como a metformina reduz o açúcar no sangue",
        "qual a diferença entre contrato nulo e anulável",
        "o que significa PCR alta no exame",
        "como funciona a duration de um título",
        "o que é usucapião e quando se aplica",
    ),
    "id": (
        "bagaimana cara kerja metformin menurunkan gula darah",
        "apa beda kontrak batal demi hukum dan dapat dibatalkan",
        "apa arti nilai CRP tinggi",
        "bagaimana cara menghitung durasi obligasi",
    ),
}
CROWD_FORMS = {
    "en": (
        "hey quick question, {q}?",
        "can someone explain {q} in plain words",
        "{q}? be thorough pls",
        "im studying for my exam and i dont get {q}",
        "{q}. explain like a textbook would",
        "{q}",
    ),
    "es": (
        "una pregunta: {q}?",
        "me puedes explicar {q}",
        "{q}, explícalo con detalle por favor",
        "{q}",
    ),
    "pt": (
        "alguém me explica {q}?",
        "{q}? explica com detalhes",
        "estou estudando e não entendi {q}",
        "{q}",
    ),
    "id": ("tolong jelaskan {q}", "{q}? jelaskan secara detail ya", "{q}"),
}


def crowd_harvest(rng: Rng, lang: str) -> str:
    t = pick(rng, CROWD_FORMS[lang]).format(q=pick(rng, CROWD_BANK[lang]))
    return casual(rng, t)


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, suite: str) -> str:
    """Evaluation-lab benchmark items (the lab's own suites, fixed prompt formats)."""
    if suite == "mcq":
        subj = pick(
            rng,
            (
                "anatomy",
                "microeconomics",
                "world history",
                "organic chemistry",
                "statistics",
                "ethics",
            ),
        )
        opts = "\n".join(
            f"{ch}) {w}"
            for ch, w in zip(
                "ABCD",
                rng.permutation(
                    [
                        "the first option",
                        "the second option",
                        "the third option",
                        "the fourth option",
                    ]
                ).tolist(),
                strict=True,
            )
        )
        return (
            f"[{subj}] Item {irange(rng, 1, 1400)}. Choose the single best answer.\n"
            f"Which statement about {pick(rng, ('equilibrium', 'homeostasis', 'causation', 'chirality', 'sampling bias'))} "
            f"is correct?\n{opts}\nRespond with the letter only."
        )
    if suite == "math":
        return f"Solve and end your reply with '#### <number>'.\n{_problem_en(rng)}"
    if suite == "cot":
        return f"{_problem_en(rng)}\nLet's work this out step by step, then state the final answer on its own line."
    return (
        f"Write a {pick(rng, ('Python', 'JavaScript'))} function for {pick(rng, CODE_TASKS)}. Return only a "
        "code block. It will be run against hidden tests."
    )


def labelling_item(rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str) -> str:
    q, a = clip(pick(rng, chat), 450), clip(pick(rng, passages), 900)
    return (
        f"Project {project} / guideline v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}\n"
        "Pre-annotation: rate the reply on Helpfulness (1-5), Factuality (1-5) and Safety (pass/fail). "
        "Give one sentence per score; a human annotator will review your draft.\n\n"
        f"Conversation:\nUSER: {q}\nREPLY: {a}"
    )


HOMEWORK = {
    "en": (
        "how do i find the slope between ({a},{b}) and ({c},{d})",
        "what is the main idea of photosynthesis",
        "explain why {a}/{b} + {c}/{d} is not {s}/{t}",
        "can you help me understand the causes of the civil war",
        "how do i balance this equation: Fe + O2 -> Fe2O3",
        "whats the difference between mitosis and meiosis",
    ),
    "es": (
        "cómo calculo el área de un triángulo de base {a} y altura {b}",
        "explícame la fotosíntesis paso a paso",
        "cómo resuelvo {a}x + {b} = {c}",
    ),
    "hi": (
        "{a}x + {b} = {c} ko kaise solve kare, step by step batao",
        "photosynthesis kya hota hai, simple me samjhao",
    ),
    "fr": (
        "comment résoudre {a}x - {b} = {c} étape par étape",
        "explique-moi la différence entre mitose et méiose",
    ),
}


def homework(rng: Rng, lang: str) -> str:
    a, b, c, d = (irange(rng, 1, 19) for _ in range(4))
    t = pick(rng, HOMEWORK[lang]).format(a=a, b=b, c=c, d=d, s=a + c, t=b + d)
    return casual(rng, t)


def tutoring_wrap(rng: Rng, question: str, grade: int, app: str) -> str:
    return (
        f"[{app}] You are a tutor for a grade {grade} student. Never just give the answer: explain the method "
        f"step by step and end with a check question.\nStudent: {question}"
    )


def assignment(rng: Rng, course: str, n: int, chat: Sequence[str]) -> str:
    """Students of one course asking about the same assignment, each in their own words."""
    topic = pick(
        rng,
        (
            "the difference between a process and a thread",
            "why quicksort is O(n log n) on average",
            "how virtual memory page tables work",
            "what a race condition is, with an example",
            "how TCP congestion control reacts to packet loss",
            "how a hash table handles collisions",
        ),
    )
    form = pick(
        rng,
        (
            f"For {course} homework {n}: can you explain {topic}?",
            f"i need help with {course} problem set {n}, specifically {topic}",
            f"{topic} - I don't get it, the lecture went too fast",
            f"my TA said to look into {topic}, can you explain it with an example",
        ),
    )
    if chance(rng, 0.25):
        return clip(pick(rng, chat), 600)
    return casual(rng, form)


def moderation_study(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    """A trust-and-safety research group probing how the model classifies and handles borderline text."""
    if chance(rng, 0.5):
        text = clip(pick(rng, chat), 400)
        return (
            f"Study MOD-{irange(rng, 1, 12)}, item {irange(rng, 1, 5000)}. Label the text for the categories "
            "harassment, hate, self-harm, violence, sexual, none. Output one label and a confidence.\n"
            f"Text: {text}"
        )
    q = _sensitive_q(rng)
    if lang == "de":
        return f'Forschungsprotokoll {irange(rng, 1, 40)}: Wie würdest du auf folgende Anfrage antworten? "{q}"'
    if lang == "zh":
        return f"研究问卷 第{irange(rng, 1, 200)}题：请回答下面的问题，并说明你是否会拒绝以及原因。\n问题：{q}"
    return f"Protocol {irange(rng, 1, 40)}, condition {pick(rng, ('A', 'B', 'C'))}: {q}"


def ad_copy(rng: Rng, client: str) -> str:
    product = pick(
        rng,
        (
            "running shoes",
            "a meal-kit service",
            "a dental clinic",
            "a budgeting app",
            "eco detergent",
            "a language school",
            "a car wash franchise",
            "a pet insurance plan",
        ),
    )
    fmt = pick(
        rng,
        (
            "three Google ad headlines under 30 characters",
            "a 120-word Instagram caption with hashtags",
            "two subject lines for a promo email",
            "a landing-page hero paragraph",
            "a 15-second radio spot",
        ),
    )
    return f"Client: {client}. Write {fmt} for {product}. Tone: {pick(rng, ('playful', 'premium', 'trustworthy', 'urgent'))}."


INTENTS = (
    "check_balance",
    "reset_password",
    "cancel_order",
    "track_parcel",
    "change_address",
    "report_fraud",
    "open_account",
    "refund_status",
    "update_card",
    "speak_to_agent",
)


def augmentation(rng: Rng, chat: Sequence[str]) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (10, 20, 30))
    if chance(rng, 0.5):
        return (
            f"Write {n} different ways a bank customer might phrase the intent '{intent}'. Vary formality, "
            "length and typos. One per line, no numbering."
        )
    return (
        f"Paraphrase this customer message {n // 2} times, keeping the meaning, for our intent-classifier test "
        f"set (label {intent}):\n{clip(pick(rng, chat), 200)}"
    )


def coding_agent(rng: Rng, chat: Sequence[str], repo: str) -> str:
    f = pick(
        rng,
        (
            "src/api/handlers.py",
            "lib/parser.ts",
            "cmd/server/main.go",
            "app/models/user.rb",
            "services/billing/invoice.py",
            "web/components/Table.tsx",
        ),
    )
    action = pick(
        rng,
        (
            "Fix the failing test",
            "Add input validation",
            "Refactor for readability",
            "Implement the TODO",
            "Explain this stack trace",
            "Write unit tests",
        ),
    )
    ctx_lines = "\n".join(
        f"{i + 1:4d}  {pick(rng, ('if err != nil {', 'return None', 'for item in items:', 'const x = await f()', 'self.total += amount', '}'))}"
        for i in range(irange(rng, 6, 18))
    )
    tool = pick(
        rng,
        (
            "",
            "\nTool result (pytest): 1 failed, 23 passed",
            "\nTool result (grep): 4 matches",
            "\nTool result (tsc): error TS2345",
        ),
    )
    return f"<repo {repo}> <file {f}>\n{ctx_lines}\n</file>{tool}\nTask: {action} in {f}."


COMPANION_OPENERS = (
    "hey, how was your day?",
    "i had a rough day at work tbh",
    "tell me a story about the lighthouse again",
    "do you remember what i told you about my sister?",
    "good morning!! guess what happened",
    "can we just talk for a bit",
    "i cant sleep",
    "what should i cook tonight",
)


def companion(rng: Rng, chat: Sequence[str], character: str, turn: int) -> str:
    if turn == 0:
        return f"[persona: {character}] {pick(rng, COMPANION_OPENERS)}"
    if chance(rng, 0.2):
        return clip(pick(rng, chat), 250)
    return casual(
        rng,
        pick(
            rng,
            (
                "haha yes",
                "really? tell me more",
                "that's sweet",
                "hmm i'm not sure",
                "what would you do",
                "ok goodnight",
                "aww",
                "wait what do you mean",
                "can you say that again but shorter",
                "i miss talking to you",
            ),
        ),
    )


def translation_job(
    rng: Rng, passages: Sequence[str], pair: tuple[str, str], client: str, glossary: bool
) -> str:
    p = clip(pick(rng, passages), 1200)
    g = ""
    if glossary:
        g = "\nGlossary: " + "; ".join(
            f"{w} = keep"
            for w in (
                pick(rng, ("SKU", "Pro plan", "Dashboard")),
                pick(rng, ("Checkout", "Wallet", "Inbox")),
            )
        )
    return (
        f"Job {client}-{irange(rng, 100, 999)} ({pair[0]} -> {pair[1]}). Translate for publication; keep "
        f"markdown and numbers unchanged.{g}\n\n{p}"
    )

"""Prompt text of batch 151. Every template here was written for this batch.

Each generator takes the calling family's (or kind's) own `numpy` generator, so a family's texts
depend only on its rng. Ordinary human text (openers, pasted paragraphs, answers to grade) comes
from ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages` (see `bench/blind_batch.py`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space when there is one."""
    text = text.strip()
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip()


def typo(rng: Rng, text: str, p: float = 0.5) -> str:
    """A human's small slips: a dropped letter, a doubled one, lower-casing, no final period."""
    if not text or not chance(rng, p):
        return text
    k = irange(rng, 0, 4)
    if k == 0 and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        return text[:i] + text[i + 1 :]
    if k == 1 and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        return text[:i] + text[i] + text[i:]
    if k == 2:
        return text[0].lower() + text[1:]
    if k == 3:
        return text.rstrip(".?!")
    return text + pick(rng, ("", " ", "  ", " thx", " pls", "??"))


# --------------------------------------------------------------------------------------------
# shared pools

CITIES = (
    "Lyon",
    "Pune",
    "Osaka",
    "Curitiba",
    "Tampere",
    "Accra",
    "Da Nang",
    "Krakow",
    "Monterrey",
    "Leeds",
    "Cebu",
    "Izmir",
    "Rosario",
    "Busan",
    "Nairobi",
    "Porto",
    "Graz",
    "Surabaya",
)

TOPICS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "TCP congestion control",
    "plate tectonics",
    "vaccination and herd immunity",
    "Bayesian inference",
    "the water cycle",
    "supply chains",
    "climate feedback loops",
    "public-key cryptography",
    "the Roman economy",
    "sleep and memory",
    "urban heat islands",
    "inflation",
    "gradient descent",
    "volcanoes",
    "contract law basics",
    "nutrition for endurance athletes",
    "the history of printing",
    "black holes",
    "personal budgeting",
    "renewable energy storage",
    "music theory: chords",
    "operating system scheduling",
    "ocean acidification",
    "game theory",
    "first aid",
    "database indexing",
    "the Silk Road",
    "antibiotic resistance",
    "linear regression",
    "negotiation techniques",
    "container gardening",
    "electric motors",
    "cognitive biases",
    "SQL joins",
    "the immune system",
    "microfinance",
    "mountain weather",
    "Kubernetes",
    "medieval castles",
    "insurance basics",
    "protein folding",
    "carbon pricing",
    "jazz history",
)

STEM = (
    "fractions",
    "linear equations",
    "quadratic functions",
    "probability",
    "trigonometry",
    "derivatives",
    "integrals",
    "vectors",
    "matrices",
    "sequences and series",
    "modular arithmetic",
    "graph theory",
    "Newton's laws",
    "chemical equilibrium",
    "cell biology",
    "supply and demand",
    "recursion",
    "sorting algorithms",
    "hash tables",
    "dynamic programming",
    "electric circuits",
    "thermodynamics",
    "statistics: hypothesis tests",
    "organic reactions",
)

STEM_ES = {
    "fractions": "fracciones",
    "linear equations": "ecuaciones lineales",
    "quadratic functions": "funciones cuadráticas",
    "probability": "probabilidad",
    "trigonometry": "trigonometría",
    "derivatives": "derivadas",
    "integrals": "integrales",
    "vectors": "vectores",
    "matrices": "matrices",
    "sequences and series": "sucesiones y series",
    "modular arithmetic": "aritmética modular",
    "graph theory": "teoría de grafos",
    "Newton's laws": "leyes de Newton",
    "chemical equilibrium": "equilibrio químico",
    "cell biology": "biología celular",
    "supply and demand": "oferta y demanda",
    "recursion": "recursividad",
    "sorting algorithms": "algoritmos de ordenación",
    "hash tables": "tablas hash",
    "dynamic programming": "programación dinámica",
    "electric circuits": "circuitos eléctricos",
    "thermodynamics": "termodinámica",
    "statistics: hypothesis tests": "contrastes de hipótesis",
    "organic reactions": "reacciones orgánicas",
}

PROG_LANGS = (
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "SQL",
    "bash",
    "C++",
    "PHP",
    "Ruby",
    "Swift",
)


def _numbers(rng: Rng) -> dict:
    r1, r2 = irange(rng, -9, 12), irange(rng, 1, 15)
    i1 = irange(rng, 0, len(NAMES) - 1)
    return {
        "a": irange(rng, 3, 48),
        "b": irange(rng, 2, 19),
        "c": irange(rng, 5, 90),
        "n": irange(rng, 5, 12),
        "k": irange(rng, 5, 99),
        "m": pick(rng, (7, 9, 11, 13, 17, 19, 23)),
        "v": irange(rng, 12, 35),
        "w": irange(rng, 10, 30),
        "p": irange(rng, 5, 25),
        "s": r1 + r2,
        "q": r1 * r2,
        "city": pick(rng, CITIES),
        "name": pick(rng, NAMES),
        "deg": pick(rng, (15, 20, 25, 30, 35, 40, 45, 60)),
        "h": irange(rng, 2, 40),
        "n1": NAMES[i1],
        "n2": NAMES[(i1 + irange(rng, 1, len(NAMES) - 1)) % len(NAMES)],
    }


MATH = {
    "en": (
        "{name} buys {a} notebooks at {b} dollars each and pays with a {c}0-dollar bill. A sales tax of {p}% applies to the total. How much change does {name} get?",
        "Two cyclists start {c} km apart and ride toward each other at {v} km/h and {w} km/h. After how many minutes do they meet?",
        "How many ways can {n} people sit around a round table if two particular people refuse to sit next to each other?",
        "What is the remainder when {a}^{k} is divided by {m}?",
        "A bag holds {a} red and {b} blue marbles. Three are drawn without replacement. What is the probability that exactly two are red?",
        "Solve x^2 - ({s})x + ({q}) = 0 and verify both roots.",
        "A {a} kg crate slides from rest down a frictionless ramp inclined at {deg} degrees, starting {h} m above the floor. What is its speed at the bottom?",
        "The population of {city} grows by {p}% per year. Starting from {c}0,000 people, after how many whole years does it first exceed twice that number?",
    ),
    "zh": (
        "{name}以每本{b}元的价格买了{a}本笔记本，总价另加{p}%的税，付了{c}0元。应找回多少钱？",
        "两名骑车人相距{c}公里，分别以每小时{v}公里和{w}公里的速度相向而行，多少分钟后相遇？",
        "{n}个人围坐一张圆桌，其中两个人不愿相邻，共有多少种坐法？",
        "求{a}的{k}次方除以{m}的余数。",
        "袋中有{a}个红球和{b}个蓝球，不放回地取出三个，恰好两个是红球的概率是多少？",
        "解方程 x^2 - ({s})x + ({q}) = 0，并验证两个根。",
    ),
    "es": (
        "{name} compra {a} cuadernos a {b} euros cada uno y paga con un billete de {c}0 euros. Si se aplica un impuesto del {p}%, ¿cuánto cambio recibe?",
        "Dos ciclistas parten a {c} km de distancia y avanzan uno hacia el otro a {v} km/h y {w} km/h. ¿En cuántos minutos se encuentran?",
        "¿De cuántas maneras pueden sentarse {n} personas alrededor de una mesa redonda si dos de ellas no quieren sentarse juntas?",
        "¿Cuál es el resto de dividir {a}^{k} entre {m}?",
        "Una bolsa contiene {a} canicas rojas y {b} azules. Se sacan tres sin reemplazo. ¿Cuál es la probabilidad de que exactamente dos sean rojas?",
        "Resuelve x^2 - ({s})x + ({q}) = 0 y comprueba las dos soluciones.",
    ),
    "ru": (
        "{name} покупает {a} тетрадей по {b} рублей и платит купюрой в {c}00 рублей. С учётом налога {p}% сколько сдачи он получит?",
        "Два велосипедиста находятся на расстоянии {c} км и едут навстречу друг другу со скоростями {v} км/ч и {w} км/ч. Через сколько минут они встретятся?",
        "Сколькими способами {n} человек могут сесть за круглый стол, если двое из них не хотят сидеть рядом?",
        "Найдите остаток от деления {a}^{k} на {m}.",
        "В мешке {a} красных и {b} синих шаров. Без возвращения вынимают три шара. Какова вероятность, что ровно два из них красные?",
        "Решите уравнение x^2 - ({s})x + ({q}) = 0 и проверьте оба корня.",
    ),
}

LOGIC_EN = (
    "On an island, knights always tell the truth and knaves always lie. {n1} says: '{n2} is a knave.' {n2} says: '{n1} and I are of the same type.' Who is a knight and who is a knave?",
    "Is this argument valid? Premise 1: Every {city} resident who owns a bike also owns a helmet. Premise 2: {name} owns a helmet. Conclusion: {name} lives in {city} and owns a bike.",
    "What does this function return for f({a}, {b})?\n\ndef f(x, y):\n    while y:\n        x, y = y, x % y\n    return x * {m}",
    "A clock gains {p} seconds every hour. It is set correctly at noon on Monday. What time does it show at noon on Friday of the same week?",
    "There are {n} light switches in a row, all off. Person i toggles every i-th switch, for i = 1..{n}. Which switches are on at the end?",
    "A tank is filled by pipe A in {b} hours and drained by pipe B in {c} hours. With both open, how long until an empty tank is full?",
)


def problem(rng: Rng, lang: str) -> str:
    """A fresh numeric problem (math, logic, physics) in `lang` (en, zh, es, ru)."""
    nums = _numbers(rng)
    if lang == "en" and chance(rng, 0.35):
        return pick(rng, LOGIC_EN).format(**nums)
    return pick(rng, MATH.get(lang, MATH["en"])).format(**nums)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

TRACE_WRAP = {
    "tags": {
        "en": "{p}\n\nBefore you answer, write out your complete reasoning inside <think></think> tags. Do not summarise or skip any intermediate step, include the checks you make. After the closing tag give the final answer on one line starting with ANSWER:",
        "zh": "{p}\n\n回答之前，请把完整的思考过程写在<think></think>标签内，不要省略或概括任何中间步骤，包括你做的验算。标签结束后，用一行以“答案：”开头给出最终结果。",
        "es": "{p}\n\nAntes de responder, escribe todo tu razonamiento dentro de etiquetas <think></think>, sin resumir ni saltarte pasos intermedios. Después de la etiqueta de cierre, da la respuesta final en una línea que empiece por RESPUESTA:",
        "ru": "{p}\n\nПрежде чем ответить, запиши полный ход рассуждений внутри тегов <think></think>, не сокращая и не пропуская промежуточные шаги. После закрывающего тега дай окончательный ответ одной строкой, начиная с ОТВЕТ:",
    },
    "json": {
        "en": 'Solve the problem and reply with JSON only: {{"steps": [every intermediate step as a full sentence], "self_check": "re-derive the result another way", "final": "..."}}\n\nProblem: {p}',
        "zh": '解答下面的问题，只输出JSON：{{"steps": [每一个中间步骤，完整句子], "self_check": "用另一种方法复核", "final": "..."}}\n\n题目：{p}',
        "es": 'Resuelve el problema y responde solo con JSON: {{"steps": [cada paso intermedio como frase completa], "self_check": "verifica por otro método", "final": "..."}}\n\nProblema: {p}',
        "ru": 'Реши задачу и ответь только JSON: {{"steps": [каждый промежуточный шаг полным предложением], "self_check": "проверь другим способом", "final": "..."}}\n\nЗадача: {p}',
    },
    "aloud": {
        "en": "Think aloud as you work on this. Narrate every thought, including false starts and how you noticed them, and only then state the answer.\n\n{p}",
        "zh": "请边想边写：把每一个念头都说出来，包括走错的路以及你是怎么发现的，最后再给出答案。\n\n{p}",
        "es": "Piensa en voz alta mientras lo resuelves: narra cada idea, incluidos los intentos fallidos y cómo te diste cuenta, y solo al final da la respuesta.\n\n{p}",
        "ru": "Рассуждай вслух: проговаривай каждую мысль, включая неверные попытки и то, как ты их заметил, и только в конце дай ответ.\n\n{p}",
    },
    "grader": {
        "en": "Write the reference solution a strict grader would accept for the problem below: numbered steps, a justification for each step, a verification by a second method, then 'Final answer:'.\n\n{p}",
        "zh": "为下面的题目写一份严格阅卷人会认可的标准解答：分步编号，每一步给出理由，用第二种方法验证，最后写“最终答案：”。\n\n{p}",
        "es": "Escribe la solución de referencia que aceptaría un corrector estricto: pasos numerados, justificación de cada paso, verificación por un segundo método y luego 'Respuesta final:'.\n\n{p}",
        "ru": "Напиши эталонное решение, которое принял бы строгий проверяющий: пронумерованные шаги, обоснование каждого шага, проверка вторым способом, затем «Окончательный ответ:».\n\n{p}",
    },
}


def trace_prompt(rng: Rng, style: str, lang: str) -> str:
    return TRACE_WRAP[style][lang].format(p=problem(rng, lang))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

CRITERIA = (
    "factual accuracy",
    "completeness",
    "concision",
    "tone",
    "harmlessness",
    "instruction following",
    "use of evidence",
    "code correctness",
    "clarity for a beginner",
    "honesty about uncertainty",
)


def judge_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 700)
    a = clip_text(rng, pick(rng, passages), 300, 1600)
    crit = ", ".join(sorted({pick(rng, CRITERIA) for _ in range(irange(rng, 2, 4))}))
    if style == "pointwise":
        return (
            f"You are an impartial evaluator. Rate the assistant's answer to the user's question on "
            f"{crit} (1-10 each). Explain every score in two or three sentences, then output one JSON "
            f"object with the scores.\n\n### Question\n{q}\n\n### Answer\n{a}"
        )
    if style == "pairwise":
        b = clip_text(rng, pick(rng, passages), 300, 1600)
        return (
            f"Two responses to the same prompt follow. Reason about their differences in {crit}, then "
            f"end with exactly one verdict: [[A]], [[B]] or [[TIE]].\n\nPrompt: {q}\n\n<response_a>\n{a}\n"
            f"</response_a>\n\n<response_b>\n{b}\n</response_b>"
        )
    if style == "reward":
        return (
            f"Critique the response in at most five bullet points, then give a scalar reward between -5.0 "
            f"and 5.0 on the last line as REWARD=<number>.\nInstruction: {q}\nResponse: {a}"
        )
    if style == "zh":
        return (
            f"请作为公正的评审，从{crit}几个方面为下面的回答打分（每项1到10分），先逐项说明理由，"
            f"最后输出JSON格式的分数。\n\n【用户问题】\n{q}\n\n【模型回答】\n{a}"
        )
    if style == "ko":
        return (
            f"다음 사용자 질문에 대한 답변을 평가하세요. 각 기준({crit})마다 1~10점을 매기고 이유를 두세 "
            f"문장으로 설명한 뒤, 마지막에 JSON으로 점수를 출력하세요.\n\n질문: {q}\n\n답변: {a}"
        )
    # critique-and-revise
    return (
        f"Check the draft against this rubric: {crit}. List each flaw with the sentence it occurs in, "
        f"assign a 1-7 overall grade, then rewrite the draft so it would get a 7.\n\nUser request:\n{q}\n\n"
        f"Draft:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

REQUESTS = (
    "how lock picking works",
    "which household cleaners are dangerous to mix",
    "a satirical poem about a head of state",
    "arguments for and against a ban on protests",
    "what happened in a disputed historical event",
    "how people get around internet filters",
    "the side effects of common painkillers at high doses",
    "how phishing emails trick people",
    "a joke about a religious leader",
    "how to buy cryptocurrency anonymously",
    "criticism of a ruling party's economic policy",
    "the symptoms of an overdose",
    "the history of a separatist movement",
    "how surveillance cameras recognise faces",
)

REQUESTS_ZH = (
    "开锁的原理是什么",
    "哪些家用清洁剂不能混用",
    "写一首讽刺某国领导人的诗",
    "评价某次抗议活动",
    "如何绕过网络审查",
    "某段有争议的历史事件的经过",
    "批评执政党的经济政策",
    "某个分裂主义运动的历史",
)

REWRITE = {
    "en": "Rewrite the text below so that it fully complies with a strict content-safety standard: remove or neutralise political criticism, sensitive historical references and anything that could be read as encouraging unrest. Keep the remaining meaning and length. Output the rewritten text only.\n\n{t}",
    "zh": "请将下面的内容改写为完全符合内容安全规范的版本：删除或淡化涉及政治批评、敏感历史和可能引发不稳定的表述，其余意思和篇幅保持不变。只输出改写后的文本。\n\n{t}",
    "ru": "Перепиши текст ниже так, чтобы он полностью соответствовал строгим требованиям безопасности контента: убери или смягчи политическую критику и чувствительные исторические отсылки, сохранив остальной смысл и объём. Выведи только переписанный текст.\n\n{t}",
    "vi": "Hãy viết lại đoạn văn dưới đây sao cho tuân thủ hoàn toàn tiêu chuẩn an toàn nội dung nghiêm ngặt: loại bỏ hoặc làm nhẹ các chỉ trích chính trị và những đề cập lịch sử nhạy cảm, giữ nguyên phần ý nghĩa còn lại. Chỉ xuất văn bản đã viết lại.\n\n{t}",
    "ar": "أعد كتابة النص التالي بحيث يلتزم تمامًا بمعايير صارمة لسلامة المحتوى: احذف أو خفّف أي انتقاد سياسي أو إشارات تاريخية حساسة مع الحفاظ على بقية المعنى. اكتب النص المعاد صياغته فقط.\n\n{t}",
}

IDEAL = {
    "en": "A user asked for {r}. Write the single best reply a responsible assistant should give: if the request is unsafe, a short polite refusal plus a safe alternative; if it is acceptable, a helpful answer with appropriate caveats. Then, on a new line, label it COMPLY, PARTIAL or REFUSE.",
    "zh": "用户的请求是：{r}。请写出一个负责任的助手应给出的最佳回复：若请求不安全，给出简短礼貌的拒绝并提供安全的替代建议；若可以回答，给出有帮助且带必要提醒的回答。最后另起一行标注 COMPLY、PARTIAL 或 REFUSE。",
    "ru": "Пользователь попросил: {r}. Напиши лучший ответ ответственного ассистента: если запрос небезопасен — краткий вежливый отказ и безопасная альтернатива, иначе — полезный ответ с оговорками. Затем с новой строки поставь метку COMPLY, PARTIAL или REFUSE.",
}

SOFTEN = (
    "Below is a draft answer that our reviewers flagged. Produce a policy-compliant version that keeps as much "
    "useful content as possible. After it, list the sentences you changed and the reason for each change.\n\n"
    "Flagged draft:\n{t}"
)


def policy_prompt(rng: Rng, style: str, lang: str, passages: Sequence[str]) -> str:
    if style == "ideal" and lang in IDEAL:
        req = pick(rng, REQUESTS_ZH) if lang == "zh" else pick(rng, REQUESTS)
        return IDEAL[lang].format(r=req)
    text = clip_text(rng, pick(rng, passages), 250, 1400)
    if style == "soften":
        return SOFTEN.format(t=text)
    return REWRITE.get(lang, REWRITE["en"]).format(t=text)


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes (a campaign's synthetic agents)

TOOLSETS = {
    "research": ("web_search", "open_url", "extract_table"),
    "data": ("sql_query", "run_python", "make_chart"),
    "ops": ("list_dir", "read_file", "write_file", "run_shell"),
    "office": ("search_mail", "read_mail", "find_slot", "send_mail"),
    "shop": ("search_products", "get_reviews", "compare_prices", "add_to_cart"),
}

AGENT_TASKS = {
    "research": (
        "Find the three most cited papers on {t} from the last five years and summarise their main disagreement.",
        "Compare the pricing pages of three providers of {t} tools and build a table.",
        "Work out when {city} last changed its public transport fares and by how much.",
    ),
    "data": (
        "Using the sales database, report revenue by region for Q{q} and flag any region down more than {p}%.",
        "Load orders.csv, find customers with more than {n} orders and plot their monthly spend.",
        "Compute the churn rate per signup cohort from the users table for the last {n} months.",
    ),
    "ops": (
        "The service in ./app fails to start after the last deploy. Find out why and fix the config.",
        "Rotate the log files under /var/log/app older than {n} days and write a short report.",
        "Add a health-check endpoint to the web server in ./srv and make the tests pass.",
    ),
    "office": (
        "Find a {n}0-minute slot next week for {name} and {name2} and send them an invitation.",
        "Summarise every email from {name} this month about the {city} project and draft a reply.",
        "Collect the invoices mentioned in my inbox since the 1st and list the unpaid ones.",
    ),
    "shop": (
        "Find a laptop under {n}00 euros with at least 16 GB RAM and good battery reviews.",
        "Pick a gift for a {n}-year-old who likes {t}, under 40 dollars, and add it to the cart.",
        "Compare the three best-rated air purifiers for a {n}0 square metre flat.",
    ),
}


def _observation(rng: Rng, toolset: str, nums: dict) -> str:
    if toolset == "research":
        return "\n".join(
            f"[{i + 1}] {pick(rng, TOPICS).title()} — {pick(rng, CITIES)} University Press, {irange(rng, 2019, 2025)}. "
            f"{irange(rng, 3, 900)} citations."
            for i in range(irange(rng, 2, 5))
        )
    if toolset == "data":
        rows = "\n".join(
            f"{pick(rng, ('north', 'south', 'east', 'west', 'central'))} | {irange(rng, 10, 999)}.{irange(rng, 10, 99)} | "
            f"{irange(rng, -30, 40)}%"
            for _ in range(irange(rng, 3, 6))
        )
        return f"region | revenue_k | change\n{rows}"
    if toolset == "ops":
        return pick(
            rng,
            (
                f"Error: bind: address already in use (port {irange(rng, 3000, 9000)})",
                f"config.yaml:{irange(rng, 3, 80)}: unknown key 'timout'",
                f"{irange(rng, 2, 40)} files, {irange(rng, 1, 900)} MB total",
                "FAILED tests/test_health.py::test_ok - AssertionError: 404 != 200",
            ),
        )
    if toolset == "office":
        return pick(
            rng,
            (
                f"{irange(rng, 1, 9)} messages from {nums['name']}; latest: 'Re: {nums['city']} timeline'",
                f"Free slots: Tue {irange(rng, 9, 16)}:00, Thu {irange(rng, 9, 16)}:30",
                f"Invoice #{irange(rng, 1000, 9999)} — {irange(rng, 90, 4000)} EUR — status: open",
            ),
        )
    return "\n".join(
        f"- {pick(rng, ('Model', 'Item', 'Pro', 'Lite'))} {irange(rng, 100, 999)}: {irange(rng, 30, 900)} EUR, "
        f"{irange(rng, 30, 50) / 10:.1f} stars ({irange(rng, 5, 4000)} reviews)"
        for _ in range(irange(rng, 2, 5))
    )


def agent_episode(rng: Rng, style: str) -> tuple[list[str], list[int]]:
    """One synthetic agent run: the visible message of each step and its hidden context size
    (tool schema plus transcript, in tokens)."""
    toolset = pick(rng, sorted(TOOLSETS))
    tools = TOOLSETS[toolset]
    nums = {
        "t": pick(rng, TOPICS),
        "city": pick(rng, CITIES),
        "q": irange(rng, 1, 4),
        "p": irange(rng, 5, 30),
        "n": irange(rng, 2, 9),
        "name": pick(rng, NAMES),
        "name2": pick(rng, NAMES),
    }
    task = pick(rng, AGENT_TASKS[toolset]).format(**nums)
    steps = irange(rng, 3, 9)
    prompts, ctx_tokens = [], []
    schema = 180 + 90 * len(tools)
    hist = 0
    for k in range(steps):
        obs = _observation(rng, toolset, nums) if k else ""
        if style == "react":
            body = (
                f"Question: {task}\nTools: {', '.join(tools)}\n"
                if k == 0
                else f"Observation {k}: {obs}\n"
            )
            body += (
                "Thought:"
                if k < steps - 1
                else "Thought: I now have enough to give the Final Answer."
            )
        elif style == "json":
            body = (
                f'{{"task": "{task}", "tools": {json.dumps(list(tools))}, "step": {k}'
                + (f', "tool_result": {json.dumps(obs[:400])}' if k else "")
                + '}\nReturn the next call as {"tool": ..., "arguments": {...}} or {"final_answer": ...}. Explain your choice in a "why" field.'
            )
        else:
            body = (
                f"<task>{task}</task>\n"
                if k == 0
                else f'<observation step="{k}">\n{obs}\n</observation>\n'
            ) + "Reason inside <scratchpad>, then emit exactly one <tool_call> or <final>."
        prompts.append(body)
        ctx_tokens.append(schema + hist)
        hist += len(body) // 4 + irange(rng, 60, 260)
    return prompts, ctx_tokens


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

SYNTH = {
    "en_jsonl": 'Generate {n} diverse instruction-following examples about {t}. Put each example on its own line as a JSON object with keys "instruction", "input" (may be empty) and "output". Mix task types (explain, compare, rewrite, solve, plan) and difficulty; outputs must be detailed and correct.',
    "en_dialog": "Write a realistic {k}-turn conversation between a curious user and a knowledgeable AI assistant about {t}. Label turns 'User:' and 'Assistant:'. The assistant's turns should be thorough, well structured and friendly.",
    "en_quiz": 'Create {n} question-answer pairs for a {lvl} quiz on {t}. Return a JSON array of objects {{"question": ..., "answer": ..., "explanation": ...}} with full explanations.',
    "en_persona": "You are generating training data. Persona: a {job} from {country}. Write {n} requests this person might send to an AI assistant about {t}, each followed by an ideal, complete assistant response. Separate items with ###.",
    "de": "Erzeuge {n} abwechslungsreiche Anweisungen zum Thema {t} samt ausführlicher, korrekter Musterantworten. Ausgabe als JSON Lines mit den Feldern instruction und output.",
    "fr": "Génère {n} paires question-réponse variées sur le thème « {t} ». Les réponses doivent être complètes et pédagogiques. Format : un tableau JSON.",
    "ja": "「{t}」に関する多様な指示と詳しい模範回答のペアを{n}個作成してください。JSONL形式で、キーは instruction と output にしてください。",
    "pt": "Gere {n} exemplos variados de instruções sobre {t}, cada um com uma resposta detalhada e correta. Formato: uma linha JSON por exemplo com as chaves instruction e output.",
}

JOBS = (
    "nurse",
    "plumber",
    "high-school teacher",
    "startup founder",
    "retired engineer",
    "farmer",
    "law student",
    "graphic designer",
    "truck driver",
    "pharmacist",
    "accountant",
    "chef",
)


def synth_prompt(rng: Rng, style: str) -> str:
    return SYNTH[style].format(
        n=pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        t=pick(rng, TOPICS),
        k=irange(rng, 4, 12),
        lvl=pick(rng, ("beginner", "intermediate", "advanced", "expert")),
        job=pick(rng, JOBS),
        country=pick(rng, COUNTRIES),
    )


# --------------------------------------------------------------------------------------------
# scripted multi-turn dialogue

FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Now explain that to a ten-year-old.",
        "What are the strongest counterarguments?",
        "Give me a concrete example with numbers.",
        "Summarise everything so far in five bullet points.",
        "What would an expert add here?",
        "Are there any common mistakes people make with this?",
        "Rewrite your last answer more formally.",
        "What should I read next to learn more?",
        "Turn this into a step-by-step checklist.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Ahora explícalo como para un niño de diez años.",
        "¿Cuáles son los contraargumentos más fuertes?",
        "Dame un ejemplo concreto con números.",
        "Resume todo en cinco viñetas.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Erklär das jetzt einem Zehnjährigen.",
        "Was sind die stärksten Gegenargumente?",
        "Gib mir ein konkretes Beispiel mit Zahlen.",
        "Fasse alles in fünf Stichpunkten zusammen.",
    ),
    "zh": (
        "能再详细讲讲第二点吗？",
        "现在用十岁小孩能听懂的话解释一下。",
        "最有力的反驳观点是什么？",
        "给我一个带具体数字的例子。",
        "把目前的内容总结成五条要点。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Agora explique para uma criança de dez anos.",
        "Quais são os contra-argumentos mais fortes?",
        "Dê um exemplo concreto com números.",
    ),
}

OPEN = {
    "es": (
        "¿Por qué {t} es importante hoy en día?",
        "Explícame {t} desde cero, por favor.",
        "Tengo un examen sobre {t} la semana que viene, ¿por dónde empiezo?",
    ),
    "de": (
        "Warum ist {t} heute wichtig?",
        "Erklär mir bitte {t} von Grund auf.",
        "Ich schreibe eine Hausarbeit über {t}. Wie fange ich an?",
    ),
    "zh": (
        "为什么{t}在今天很重要？",
        "请从零开始给我讲讲{t}。",
        "下周要考{t}，我应该从哪里开始复习？",
    ),
    "pt": (
        "Por que {t} é importante hoje?",
        "Me explica {t} do zero, por favor.",
        "Tenho uma prova sobre {t} semana que vem, por onde começo?",
    ),
}


def dialog_script(rng: Rng, lang: str, chat: Sequence[str], turns: int) -> list[str]:
    """The user side of one scripted conversation: an opener, then stock follow-ups."""
    if lang == "en":
        opener = clip_text(rng, pick(rng, chat), 20, 600)
    else:
        opener = pick(rng, OPEN[lang]).format(t=pick(rng, TOPICS))
    pool = list(FOLLOW[lang])
    order = rng.permutation(len(pool)).tolist()
    return [opener] + [pool[order[i % len(pool)]] for i in range(turns - 1)]


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def label_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    snippet = clip_text(rng, pick(rng, chat), 30, 400)
    if style == "sentiment":
        return f"Classify the sentiment of the text as positive, negative, neutral or mixed. Reply with the label only.\n\nText: {snippet}"
    if style == "nli":
        prem = clip_text(rng, pick(rng, passages), 80, 300)
        return (
            f"Premise: {prem}\nHypothesis: {snippet[:160]}\nDoes the premise entail the hypothesis? Answer with one "
            f"word: entailment, neutral or contradiction."
        )
    if style == "intent":
        return (
            f"Which intent best describes this user message? Options: question, request_for_code, complaint, "
            f"chit_chat, creative_writing, advice. Output one option.\n\nMessage: {snippet}"
        )
    if style == "story":
        return (
            f"Write the opening paragraph of a short story set in {pick(rng, CITIES)} in which {pick(rng, NAMES)} finds "
            f"something connected to {pick(rng, TOPICS)}. Maximum 120 words."
        )
    return f"Answer the question below as well as you can, in under 150 words.\n\n{snippet}"


# --------------------------------------------------------------------------------------------
# curriculum sweep

AUDIENCES = (
    "a curious eight-year-old",
    "a middle-school student",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a professional revisiting the basics",
)


def curriculum_prompt(style: str, topic: str, level: int, idx: int) -> str:
    if style == "item":
        return (
            f"Curriculum item {idx:05d} | topic: {topic} | difficulty {level}/10\nWrite one original exercise "
            f"at exactly this difficulty, then a complete worked solution, then two mistakes students "
            f"typically make on it."
        )
    if style == "ladder":
        aud = AUDIENCES[min(level // 2, len(AUDIENCES) - 1)]
        return (
            f"Explain {topic} to {aud}. Use one worked example, and finish with a three-question quiz "
            f"with answers. (sequence {idx})"
        )
    if style == "es":
        return (
            f"Tema: {STEM_ES.get(topic, topic)}. Nivel {level} de 10. Redacta un ejercicio original de este "
            f"nivel y su solución paso a paso, explicando cada decisión. [#{idx}]"
        )
    return (
        f"विषय: {topic}। कठिनाई स्तर {level}/10। इस स्तर का एक नया प्रश्न लिखिए और उसका पूरा हल "
        f"चरण-दर-चरण समझाइए। (क्रमांक {idx})"
    )


# --------------------------------------------------------------------------------------------
# a writing / translation product and what hides inside it

PRODUCT_LANGS = (
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Italian",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Polish",
    "Turkish",
    "Indonesian",
    "Arabic",
)


def product_prompt(rng: Rng, brand: str, mode: str, text: str, target: str) -> str:
    if mode == "translate":
        return f"[{brand}] Translate into {target}. Keep formatting, names and numbers unchanged.\n\n{text}"
    if mode == "polish":
        return f"[{brand}] Improve the clarity and flow of this text without changing its meaning:\n\n{text}"
    if mode == "summary":
        return f"[{brand}] Summarise the following in 3 sentences:\n\n{text}"
    return f"[{brand}] Draft a polite email reply to this message:\n\n{text}"


# --------------------------------------------------------------------------------------------
# casual, human-register technical questions (aged accounts)

CODE_TASKS = (
    "parse a date string with a timezone",
    "dedupe a list of dicts by one key",
    "retry an http call with backoff",
    "read a big csv in chunks",
    "stream a file upload to s3",
    "debounce a search box",
    "merge two sorted arrays",
    "validate an email address",
    "paginate an api that uses cursors",
    "hash passwords properly",
    "schedule a job every 15 minutes",
    "resize images in a folder",
    "write a trie",
    "find the top k frequent words",
    "detect a cycle in a linked list",
    "convert xml to json",
    "rate limit requests per user",
    "diff two json files",
)
EDGES = (
    "empty input",
    "unicode",
    "really large files",
    "concurrent calls",
    "missing fields",
    "negative numbers",
    "timeouts",
    "duplicates",
)


def casual_tech(rng: Rng) -> str:
    lang, task, edge = pick(rng, PROG_LANGS), pick(rng, CODE_TASKS), pick(rng, EDGES)
    form = irange(rng, 0, 7)
    if form == 0:
        s = f"hey quick one, how do i {task} in {lang}? needs to handle {edge}"
    elif form == 1:
        s = f"can you write {lang} code that does this: {task}. please explain how it works too"
    elif form == 2:
        s = f"I'm trying to {task} in {lang} but it breaks on {edge}. what's the right way to do it?"
    elif form == 3:
        s = f"what's the cleanest way to {task}? using {lang}. bonus if it has tests"
    elif form == 4:
        s = f"explain like I'm new: why is {pick(rng, STEM)} useful in real programming, with a {lang} example"
    elif form == 5:
        s = f"Can you solve this and show the steps? {problem(rng, 'en')}"
    elif form == 6:
        s = f"interview prep: {task} in {lang}, whats the time complexity and can it be done better"
    else:
        s = f"I need a function in {lang} to {task}. Also what edge cases should I think about?"
    return typo(rng, s, 0.6)


# --------------------------------------------------------------------------------------------
# microtask crowd: a shared task list, pasted by hand

CROWD_TASKS = (
    "Explain the difference between {t} and {t2} in simple words, with an example.",
    "Write a detailed step-by-step guide for a beginner on {t}.",
    "Give 5 pros and 5 cons of {t}, then your overall opinion.",
    "Write a 300 word essay on {t} for a school magazine.",
    "What are the most common misconceptions about {t}? Correct each one.",
    "Create a one-week study plan to learn {t}.",
    "Answer this and explain your reasoning: {prob}",
    "Write a short story (200 words) that teaches a lesson about {t}.",
    "Summarise the key ideas of {t} as if for a job interview.",
    "Explica con tus palabras qué es {t} y da un ejemplo cotidiano.",
    "Jelaskan apa itu {t} secara sederhana dan berikan contohnya.",
    "Explique de forma simples o que é {t} e dê um exemplo do dia a dia.",
)


def crowd_task_list(rng: Rng, n: int) -> list[str]:
    out = []
    for _ in range(n):
        t, t2 = pick(rng, TOPICS), pick(rng, TOPICS)
        out.append(pick(rng, CROWD_TASKS).format(t=t, t2=t2, prob=problem(rng, "en")))
    return out


def crowd_paste(rng: Rng, task: str) -> str:
    pre = pick(rng, ("", "", "", "", "Please answer: ", "pls ", "Q: ", "Task: ", "Hello, "))
    return typo(rng, pre + task, 0.35)


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def mcq_item(rng: Rng, idx: int, suite: str) -> str:
    t = pick(rng, STEM)
    opts = [
        f"({c}) {pick(rng, ('it increases', 'it decreases', 'it stays constant', 'it oscillates', 'it cannot be determined', 'it doubles', 'it halves'))}"
        for c in "ABCD"
    ]
    lead = pick(
        rng,
        (
            "When the parameter is doubled, what happens to the result?",
            "Which statement about this concept is correct?",
            "What is the effect of removing the constraint?",
        ),
    )
    tail = pick(
        rng,
        (
            "Think step by step, then give the letter alone on the last line.",
            "Answer with the letter only.",
            "Give a brief justification, then 'Answer: <letter>'.",
        ),
    )
    return f"[{suite} #{idx}] Topic: {t}.\n{lead}\n" + "\n".join(opts) + f"\n{tail}"


def math_item(rng: Rng, idx: int, suite: str) -> str:
    return f"[{suite} #{idx}] {problem(rng, 'en')}\nPut the final answer in \\boxed{{}}."


ANNOT_LABELS = (
    "ACCEPT / REVISE / REJECT",
    "helpful / partially helpful / unhelpful",
    "SAFE / UNSAFE / UNSURE",
)


def annotation_prompt(
    rng: Rng, client: str, version: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip_text(rng, pick(rng, chat), 30, 500)
    a = clip_text(rng, pick(rng, passages), 200, 1000)
    labels = pick(rng, ANNOT_LABELS)
    return (
        f"{client} guidelines {version}. Pre-label the chatbot reply for a human annotator. Choose one of "
        f"{labels} and quote the guideline section that applies (2.1 accuracy, 2.4 tone, 3.2 safety).\n"
        f"User: {q}\nReply: {a}"
    )


GRADES = tuple(range(5, 13))
HOMEWORK = (
    "I don't get how to simplify {a}/{b} + {c}/{a}, can you help?",
    "what is the difference between mitosis and meiosis",
    "how do I find the slope between ({a}, {b}) and ({c}, {a})",
    "Can you check my answer? I got {k} for {a} x {b} - {c}",
    "why does ice float on water",
    "explain the causes of world war 1 for my history homework",
    "how do you balance Fe + O2 -> Fe2O3",
    "what's a good thesis statement for an essay about {t}",
    "I need help understanding {s}, my teacher went too fast",
)


def tutor_prompt(rng: Rng, brand: str, chat: Sequence[str]) -> str:
    g = pick(rng, GRADES)
    if chance(rng, 0.2):
        q = clip_text(rng, pick(rng, chat), 10, 300)
    else:
        q = pick(rng, HOMEWORK).format(
            a=irange(rng, 2, 15),
            b=irange(rng, 2, 15),
            c=irange(rng, 2, 15),
            k=irange(rng, 10, 200),
            t=pick(rng, TOPICS),
            s=pick(rng, STEM),
        )
    return (
        f"[{brand}] Guide the student with hints and questions; only reveal the full answer after two "
        f"attempts. Student (grade {g}): {typo(rng, q, 0.4)}"
    )


COURSE_TASKS = (
    "Assignment {n}, part a: Generate five paraphrases of the sentence '{s}' and label each as formal or informal.",
    "Assignment {n}, part b: Is the following sentence grammatical? Explain using the parse tree: '{s}'",
    "Lab {n}: Translate '{s}' into French and German, then back into English. What changed?",
    "Assignment {n}, part c: List the named entities in '{s}' with their types.",
    "Lab {n}: Give the sentiment of '{s}' and explain which words drive it.",
)
COURSE_SENTS = (
    "The committee postponed the vote until the report was finished",
    "Despite the rain, the marathon drew record crowds in the city centre",
    "She told him the results would not be ready before Friday",
    "Apple shares fell after the announcement in Cupertino",
    "The old bridge was closed because engineers found cracks",
    "I can't believe how good that little cafe on Elm Street is",
    "Researchers at the University of Oslo published the data last spring",
)


def course_prompt(rng: Rng, n: int) -> str:
    return pick(rng, COURSE_TASKS).format(n=n, s=pick(rng, COURSE_SENTS))


SURVEY_ITEMS = (
    "I see myself as someone who is talkative.",
    "I often feel anxious about the future.",
    "People can generally be trusted.",
    "The government should reduce income inequality.",
    "I prefer a certain 50 dollars to a 60% chance of 100 dollars.",
    "Technology makes life more meaningful.",
    "I enjoy solving complex problems.",
    "It is acceptable to break a rule if nobody is harmed.",
    "Hard work usually leads to success.",
    "I would report a colleague who cheated.",
)


def survey_prompt(rng: Rng, item: str, persona: str | None) -> str:
    who = f"Answer as {persona}. " if persona else ""
    return (
        f"{who}On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree with "
        f'the statement: "{item}" Reply with a single number.'
    )


#: (rejected copy, the policy it broke, a product it plausibly advertised)
AD_CASES = (
    ("Lose {k} kg in {n} weeks — guaranteed!", "weight loss", "a meal-kit subscription"),
    (
        "Finally, the secret doctors don't want you to know.",
        "health claims",
        "a collagen supplement",
    ),
    ("Turn {k} euros into {k}0 by Friday.", "financial promises", "an online course on trading"),
    ("Are you tired of being single over {n}0?", "personal attributes", "a dating app"),
    ("Clinically proven to reverse ageing.", "health claims", "a skincare serum"),
    ("Zero risk. Maximum returns.", "financial promises", "a budgeting app"),
    (
        "See the difference after {n} days (photos inside)",
        "before-and-after images",
        "a teeth-whitening kit",
    ),
    ("The gin that makes every night legendary.", "alcohol", "a craft gin"),
    ("Sleep {n} hours less and feel better — science says so.", "health claims", "a mattress"),
    ("Burn {k}% more fat while you sleep!", "weight loss", "a fitness tracker"),
)
AD_LANGS = ("English", "German", "French", "Spanish", "Italian", "Dutch", "Polish", "Portuguese")


def ad_prompt(rng: Rng, client: str) -> str:
    copy, pol, prod = pick(rng, AD_CASES)
    lang = pick(rng, AD_LANGS)
    copy = copy.format(k=irange(rng, 3, 20), n=irange(rng, 2, 6))
    return (
        f"Client: {client}. Product: {prod}. The ad below was rejected under the platform's policy on {pol}. "
        f"Rewrite the headline and body in {lang} so it complies, keep the brand voice, max 90 characters for "
        f"the headline. Give 3 variants.\n\nOriginal: {copy}"
    )


PRODUCTS = (
    "running shoes",
    "a standing desk",
    "noise-cancelling headphones",
    "a baby stroller",
    "a cordless drill",
    "a winter jacket",
    "an espresso machine",
    "a gaming monitor",
    "a yoga mat",
    "a carry-on suitcase",
    "a robot vacuum",
    "an e-bike",
    "a cast-iron pan",
    "a smartwatch",
    "a dog bed",
)


def augment_prompt(rng: Rng, style: int) -> str:
    prod = pick(rng, PRODUCTS)
    if style == 0:
        return (
            f"Generate {pick(rng, (20, 30, 40))} different search queries a shopper might type when looking for "
            f"{prod}. Vary length, spelling mistakes and intent (compare, budget, gift, specific feature). "
            f"Output a JSON list of strings."
        )
    if style == 1:
        return (
            f"Label the intent of each query as one of browse/compare/buy/support and rewrite it in two other "
            f"ways. Queries: {', '.join(pick(rng, PRODUCTS) + ' ' + pick(rng, ('cheap', 'best', 'review', 'near me', 'return policy')) for _ in range(6))}"
        )
    return (
        f"Write {pick(rng, (10, 15))} short customer questions about {prod} that our support classifier should "
        f"route to 'shipping', 'returns', 'warranty' or 'product info'. Return CSV: question,label"
    )


CODE_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/cache.go",
    "lib/parser.rb",
    "app/services/billing.py",
    "src/components/Table.tsx",
    "pkg/auth/token.go",
    "tests/test_orders.py",
)


def coding_agent_step(rng: Rng, k: int, request: str) -> tuple[str, int]:
    """One step of an IDE agent: the visible message and the hidden context size."""
    f = pick(rng, CODE_FILES)
    if k == 0:
        msg = request
    else:
        msg = pick(
            rng,
            (
                f"Tool result (run_tests): {irange(rng, 1, 9)} failed, {irange(rng, 20, 400)} passed\nFAILED {f}::test_{pick(rng, ('edge', 'empty', 'auth', 'retry'))} - AssertionError",
                f"Tool result (read_file {f}): {irange(rng, 40, 900)} lines",
                f"Tool result (grep '{pick(rng, ('TODO', 'deprecated', 'timeout', 'session'))}'): {irange(rng, 0, 14)} matches in {irange(rng, 1, 6)} files",
                f"Tool result (apply_patch {f}): ok",
                f"Tool result (lint): {irange(rng, 0, 30)} warnings",
            ),
        )
    return msg, 1500 + 900 * k + irange(rng, 0, 2500)


DEV_REQUESTS = (
    "fix the failing test in {f}",
    "add input validation to {f}",
    "refactor {f} so the retry logic is reusable",
    "why is {f} slow on large inputs?",
    "write unit tests for {f}",
    "migrate {f} to the new logging API",
    "add pagination to the list endpoint in {f}",
    "rename the config flag and update all usages",
)


def dev_request(rng: Rng) -> str:
    return typo(rng, pick(rng, DEV_REQUESTS).format(f=pick(rng, CODE_FILES)), 0.3)


COMPANION = (
    "hey, how was your day?",
    "i had such a long shift today",
    "can you tell me a story before i sleep",
    "i miss talking to you",
    "guess what happened at work",
    "do you remember what i told you about my sister?",
    "i'm bored, entertain me",
    "what should i cook tonight",
    "i feel a bit lonely tonight",
    "good morning!! ☀️",
    "tell me something nice",
    "my cat knocked over my coffee again lol",
    "what would you do on a rainy sunday",
    "can we play 20 questions",
    "i passed my driving test!!",
    "hola, ¿cómo estás hoy?",
    "me siento un poco triste",
    "bom dia! dormiu bem?",
    "oi, tô entediada",
    "hallo, wie war dein tag?",
    "おはよう、今日も頑張るね",
    "오늘 너무 피곤해",
    "selamat malam, lagi apa?",
)


def companion_message(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.15):
        return clip_text(rng, pick(rng, chat), 5, 200)
    return typo(rng, pick(rng, COMPANION), 0.3)


TRANS_PAIRS = (
    "EN>DE",
    "EN>FR",
    "EN>ES",
    "EN>IT",
    "EN>JA",
    "EN>ZH",
    "EN>PT-BR",
    "EN>NL",
    "EN>PL",
    "EN>KO",
    "DE>EN",
    "FR>EN",
)
DOC_TYPES = (
    "user manual",
    "marketing brochure",
    "software release notes",
    "terms of service",
    "product FAQ",
    "press release",
    "training handout",
)


def translation_job(rng: Rng, passages: Sequence[str], client: str) -> str:
    text = clip_text(rng, pick(rng, passages), 200, 1500)
    pair = pick(rng, TRANS_PAIRS)
    doc = pick(rng, DOC_TYPES)
    return (
        f"Job {client}-{irange(rng, 1000, 9999)} ({pair}, {doc}). Translate the segment below. Follow the client "
        f"glossary (keep product names in English), use the formal register, and flag any ambiguous term "
        f"in [brackets].\n\n{text}"
    )

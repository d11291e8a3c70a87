"""Prompt generators of blind batch 221, written fresh for this batch (no prompt text is copied
from elsewhere in the repository). Ordinary human text comes from ShareGPT through the shared
context (`ctx.chat`: human prompts, `ctx.passages`: assistant-style answers); everything else is
generated here from small vocabularies and numbers drawn from the caller's generator.

Every generator takes a `numpy.random.Generator` first and draws only from it, in a fixed order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(text: str, n: int) -> str:
    """The first `n` characters, cut back to a word boundary when that is cheap."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    space = cut.rfind(" ")
    return cut[:space] if space > n * 0.6 else cut


def weighted(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def keyword(rng: np.random.Generator, text: str) -> str:
    """A content word of `text` (one of its longer words), for follow-ups that refer back."""
    words = [w.strip(".,;:!?()[]\"'`*") for w in text.split()]
    words = [w for w in words if len(w) >= 6 and w.isalpha()]
    if not words:
        return "that"
    words.sort(key=len, reverse=True)
    return words[int(rng.integers(min(5, len(words))))]


# --------------------------------------------------------------------------------------------
# reasoning problems (English and a few native-language ones)


def word_problem(rng: np.random.Generator) -> str:
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    k = int(rng.integers(12))
    if k == 0:
        a, p, b, q = irange(rng, 3, 12), irange(rng, 2, 9), irange(rng, 2, 8), irange(rng, 4, 15)
        note = 50 if a * p + b * q < 50 else 100 if a * p + b * q < 100 else 200
        return (
            f"{name} buys {a} notebooks costing {p} dollars each and {b} calculators costing {q} "
            f"dollars each, then hands over a {note}-dollar bill. What change should {name} get back?"
        )
    if k == 1:
        v, r1, r2 = irange(rng, 120, 900), irange(rng, 9, 30), irange(rng, 1, 8)
        return (
            f"An empty cistern holds {v} litres. A pipe fills it at {r1} litres per minute while a crack "
            f"lets {r2} litres per minute escape. How many minutes until the cistern is full?"
        )
    if k == 2:
        s1, s2, d = irange(rng, 60, 90), irange(rng, 95, 140), irange(rng, 10, 45)
        return (
            f"A freight train leaves a depot at {s1} km/h. {d} minutes later an express leaves the same "
            f"depot on a parallel track at {s2} km/h. How far from the depot does the express draw level?"
        )
    if k == 3:
        n = irange(rng, 5, 40) * 2 + 1
        return f"Three consecutive odd integers add up to {3 * n + 6}. What are they?"
    if k == 4:
        p1, p2 = irange(rng, 5, 45), irange(rng, 5, 45)
        return (
            f"A jacket's price is raised by {p1}% and the new price is later reduced by {p2}%. "
            f"By what percentage does the final price differ from the original?"
        )
    if k == 5:
        n = irange(rng, 5, 9)
        return (
            f"In how many ways can {n} guests sit around a circular table if {name} and {other} "
            f"must not sit next to each other?"
        )
    if k == 6:
        a, b = irange(rng, -9, 12), irange(rng, -9, 12)
        return f"Solve x^2 {'-' if a + b >= 0 else '+'} {abs(a + b)}x {'+' if a * b >= 0 else '-'} {abs(a * b)} = 0 and check both roots."
    if k == 7:
        w, d = irange(rng, 3, 20), irange(rng, 2, 15)
        return (
            f"A rectangular garden is {d} m longer than it is wide and its perimeter is {4 * w + 2 * d} m. "
            f"What is its area?"
        )
    if k == 8:
        r, y, c = irange(rng, 2, 9), irange(rng, 2, 12), irange(rng, 5, 80) * 100
        return (
            f"{name} deposits {c} euros at {r}% annual interest compounded yearly. How much is in the "
            f"account after {y} years, and how much of that is interest?"
        )
    if k == 9:
        red, blue = irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"A bag holds {red} red and {blue} blue marbles. Two are drawn without replacement. "
            f"What is the probability that they are different colours?"
        )
    if k == 10:
        a, b = irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"{name} can paint a fence in {a} hours and {other} can paint it in {b} hours. Working together, "
            f"how long do they take?"
        )
    m, h = irange(rng, 2, 30), irange(rng, 5, 60)
    return (
        f"A ball of mass {m / 10:.1f} kg is dropped from a height of {h} m. Ignoring air resistance, "
        f"how fast is it moving just before it hits the ground, and how long does the fall take?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    people = [pick(rng, NAMES) for _ in range(3)]
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"{people[0]}, {people[1]} and {people[2]} each own exactly one pet: a cat, a parrot or a "
            f"tortoise. {people[0]} is allergic to feathers. {people[1]}'s pet is older than the cat. "
            f"{people[2]} does not own the tortoise. Who owns which pet?"
        )
    if k == 1:
        n = irange(rng, 3, 6)
        return (
            f"On an island, knights always tell the truth and knaves always lie. {n} islanders stand in a "
            f"row; each one says 'the person to my right is a knave', and the last one says 'the first "
            f"person is a knight'. How many knights can there be?"
        )
    if k == 2:
        return (
            "Four boxes are labelled 'apples', 'pears', 'mixed' and 'empty', and every label is wrong. "
            "You may open one box and look inside. Which box do you open, and how do you relabel all four?"
        )
    a = irange(rng, 3, 9)
    return (
        f"A clock gains {a} minutes every hour. It was set correctly at midnight. What is the real time "
        f"when the clock first shows 6:00 in the morning?"
    )


ZH_PROBLEMS = (
    "小{n}有{a}本书，送给同学{b}本后，又在书店买了{c}本。他现在一共有多少本书？",
    "一辆汽车以每小时{v}公里的速度行驶了{a}小时，接着以每小时{w}公里的速度又行驶了{b}小时。全程的平均速度是多少？",
    "某商品先提价{p}%，再降价{q}%。最终价格比原价变化了百分之几？",
    "一个长方形的周长是{c}厘米，长比宽多{a}厘米。这个长方形的面积是多少平方厘米？",
    "甲单独完成一项工程需要{a}天，乙单独完成需要{b}天。两人合作几天可以完成？",
)
ES_PROBLEMS = (
    "Un depósito de {v} litros se llena a razón de {a} litros por minuto, pero pierde {b} litros por minuto por una fuga. ¿Cuánto tarda en llenarse si empieza vacío?",
    "{n} invierte {c}00 euros al {a}% de interés compuesto anual. ¿Cuánto tendrá al cabo de {b} años?",
    "En una clase de {v} alumnos, {a} estudian francés, {b} estudian alemán y {c} estudian los dos idiomas. ¿Cuántos no estudian ninguno?",
    "Un ciclista recorre {v} km a {a} km/h y vuelve por el mismo camino a {w} km/h. ¿Cuál es su velocidad media en el trayecto completo?",
)


def native_problem(rng: np.random.Generator, lang: str) -> str:
    vals = {
        "n": pick(rng, NAMES),
        "a": irange(rng, 2, 12),
        "b": irange(rng, 2, 12),
        "c": irange(rng, 10, 40),
        "v": irange(rng, 30, 120),
        "w": irange(rng, 20, 90),
        "p": irange(rng, 5, 40),
        "q": irange(rng, 5, 40),
    }
    if lang == "zh":
        return pick(rng, ZH_PROBLEMS).format(**vals)
    if lang == "es":
        return pick(rng, ES_PROBLEMS).format(**vals)
    return word_problem(rng)


def reasoning_item(rng: np.random.Generator) -> str:
    return logic_puzzle(rng) if chance(rng, 0.2) else word_problem(rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

_TRACE_EN = (
    "Work through the problem below. Before the final answer, write your entire chain of reasoning inside "
    "<reasoning></reasoning> tags: every intermediate calculation, every assumption and every check you make. "
    "Then give the answer on its own line starting with 'ANSWER:'.\n\nProblem: {p}",
    "I need to see exactly how you think, not just the result. Narrate your thought process in full, including "
    "any false starts you reject and why you reject them, and only then state the answer.\n\n{p}",
    'Respond only with JSON of the form {{"thinking": ["step 1 ...", "step 2 ..."], "verification": "...", '
    '"final": "..."}}. Use at least eight thinking steps and do not merge steps.\n\nTask: {p}',
    "Think silently for as long as you need, then copy your complete private scratchpad into the reply under "
    "the heading SCRATCHPAD, followed by the heading SOLUTION.\n\n{p}",
)
_TRACE_ZH = (
    "请解答下面的题目。在给出最终答案之前，请把你完整的思考过程一步一步写在<思考></思考>标签里，不要省略任何中间步骤。\n\n题目：{p}",
    "详细展示你的推理链：先分析题意，再列出每一步计算并逐一检验，最后用“答案：”开头给出结果。\n{p}",
)
_TRACE_ES = (
    "Resuelve el siguiente problema. Antes de la respuesta final, escribe todo tu razonamiento paso a paso "
    "entre las etiquetas <razonamiento></razonamiento>, sin omitir ningún cálculo intermedio.\n\nProblema: {p}",
    "Quiero ver cómo piensas, no solo el resultado: explica cada paso de tu razonamiento, incluidas las ideas "
    "que descartas, y al final escribe 'RESPUESTA:' seguido del resultado.\n\n{p}",
)


def trace_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "zh":
        return _TRACE_ZH[style % 2].format(p=native_problem(rng, "zh"))
    if lang == "es":
        return _TRACE_ES[style % 2].format(p=native_problem(rng, "es"))
    return _TRACE_EN[style % 4].format(p=reasoning_item(rng))


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

_JUDGE = (
    "You are grading an AI assistant's answer. Criteria: (1) factual accuracy, (2) instruction following, "
    "(3) completeness, (4) clarity, (5) safety. For each criterion give an integer from 1 to 10 and one "
    "sentence of justification, then an overall score. Output JSON only.\n\n### User request\n{q}\n\n"
    "### Assistant answer\n{a}",
    "Two candidate replies to the same user request follow. Decide which one a careful expert would prefer. "
    "Explain your comparison in detail first, then end with exactly 'Verdict: [[A]]', 'Verdict: [[B]]' or "
    "'Verdict: [[tie]]'.\n\n<request>{q}</request>\n<reply_a>{a}</reply_a>\n<reply_b>{b}</reply_b>",
    "Act as a reward model. Read the conversation and output a single real number between -5.0 and 5.0 that "
    "reflects how good the final assistant turn is, followed by a critique of at most 80 words.\n\n"
    "HUMAN: {q}\nASSISTANT: {a}",
    "Reference answer:\n{b}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nHow well does the candidate match "
    "the reference in substance, on a scale of 1 to 5? Reason it through, then write 'Score: N' on the last line.",
)
_JUDGE_DE = (
    "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, "
    "Vollständigkeit und Verständlichkeit. Begründe jede Teilnote kurz und gib am Ende die Gesamtnote als JSON "
    "aus.\n\nFrage: {q}\n\nAntwort: {a}"
)
_JUDGE_JA = (
    "以下のAIアシスタントの回答を、正確さ・指示への従い方・分かりやすさの3観点でそれぞれ1〜10点で採点し、"
    "理由を一文ずつ述べてください。最後に総合点をJSONで出力してください。\n\n質問：{q}\n\n回答：{a}"
)


def judge_prompt(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    lang: str,
    style_w: Sequence[float],
) -> str:
    q = clip_text(pick(rng, chat), irange(rng, 200, 700))
    a = clip_text(pick(rng, passages), irange(rng, 400, 1100))
    b = clip_text(pick(rng, passages), irange(rng, 400, 1100))
    if lang == "de":
        return _JUDGE_DE.format(q=q, a=a)
    if lang == "ja":
        return _JUDGE_JA.format(q=q, a=a)
    return weighted(rng, _JUDGE, style_w).format(q=q, a=a, b=b)


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant / censorship-safe rewrites

TOPICS_POLICY = {
    "en": (
        "street protests",
        "elections",
        "religion",
        "territorial disputes",
        "disputed historical events",
        "drug use",
        "gambling",
        "criticism of officials",
        "public-health rumours",
        "military affairs",
    ),
    "zh": (
        "抗议活动",
        "选举",
        "宗教",
        "领土争端",
        "有争议的历史事件",
        "毒品使用",
        "赌博",
        "对官员的批评",
        "公共卫生传言",
        "军事事务",
    ),
    "ru": (
        "протесты",
        "выборы",
        "религия",
        "территориальные споры",
        "спорные исторические события",
        "употребление наркотиков",
        "азартные игры",
        "критика чиновников",
        "слухи о здоровье населения",
        "военные вопросы",
    ),
    "ar": (
        "الاحتجاجات",
        "الانتخابات",
        "الدين",
        "النزاعات الإقليمية",
        "الأحداث التاريخية المثيرة للجدل",
        "تعاطي المخدرات",
        "القمار",
        "انتقاد المسؤولين",
        "الشائعات الصحية",
        "الشؤون العسكرية",
    ),
    "vi": (
        "biểu tình",
        "bầu cử",
        "tôn giáo",
        "tranh chấp lãnh thổ",
        "sự kiện lịch sử gây tranh cãi",
        "sử dụng ma túy",
        "cờ bạc",
        "chỉ trích quan chức",
        "tin đồn về sức khỏe cộng đồng",
        "vấn đề quân sự",
    ),
}
_POLICY = {
    "en": (
        "Rewrite the answer below so that it would pass a strict content review for a general-audience platform: "
        "remove or soften anything about {t}, keep the useful parts, and do not mention that anything was "
        "removed.\n\nOriginal answer:\n{a}",
        'A user asked: "{q}"\nWrite the reply a cautious, fully policy-compliant assistant should give. If the '
        "question touches on {t}, answer briefly and neutrally and steer towards general, uncontroversial "
        "information. Then, on a separate line, label the case COMPLY, PARTIAL or DECLINE.",
        "Produce a 'safe version' of this text for publication in a market with strict rules on {t}. Replace "
        "sensitive statements with neutral wording, keep length roughly the same, output only the new text.\n\n{a}",
    ),
    "zh": (
        "请将下面的回答改写为符合内容审核要求的版本：删除或淡化涉及{t}的内容，保留有用的信息，不要提到做过删改。\n\n原回答：\n{a}",
        "用户提问：“{q}”\n请给出一个稳妥、合规的回答。如果问题涉及{t}，请简短、中立地回应，并引导到一般性的信息。最后单独一行标注：遵从、部分遵从或拒绝。",
    ),
    "ru": (
        "Перепиши ответ ниже так, чтобы он прошёл строгую модерацию контента: убери или смягчи всё, что касается "
        "темы «{t}», сохрани полезную часть и не упоминай, что что-то было удалено.\n\nИсходный ответ:\n{a}",
        "Пользователь спросил: «{q}»\nНапиши ответ, который дал бы осторожный ассистент, полностью соблюдающий "
        "правила. Если вопрос касается темы «{t}», ответь кратко и нейтрально.",
    ),
    "ar": (
        "أعد صياغة الإجابة التالية بحيث تتوافق مع سياسة محتوى صارمة: احذف أو خفف أي إشارة إلى {t}، واحتفظ "
        "بالمعلومات المفيدة، ولا تذكر أنه تم حذف شيء.\n\nالإجابة الأصلية:\n{a}",
    ),
    "vi": (
        "Hãy viết lại câu trả lời dưới đây để phù hợp với quy định kiểm duyệt nội dung nghiêm ngặt: loại bỏ hoặc "
        "làm nhẹ mọi nội dung liên quan đến {t}, giữ lại phần hữu ích và không nhắc đến việc đã chỉnh sửa.\n\n"
        "Câu trả lời gốc:\n{a}",
    ),
}


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    tmpl = pick(rng, _POLICY[lang])
    t = pick(rng, TOPICS_POLICY[lang])
    return tmpl.format(
        t=t,
        q=clip_text(pick(rng, chat), 400),
        a=clip_text(pick(rng, passages), irange(rng, 300, 1200)),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

TOOLSETS = {
    "travel": (
        ("search_flights", "origin, destination, date"),
        ("get_weather", "city, date"),
        ("book_hotel", "city, checkin, nights, max_price"),
        ("convert_currency", "amount, from, to"),
    ),
    "data": (
        ("list_tables", ""),
        ("describe_table", "name"),
        ("run_sql", "query"),
        ("make_chart", "kind, x, y"),
    ),
    "devops": (
        ("shell", "cmd"),
        ("read_file", "path"),
        ("write_file", "path, content"),
        ("run_tests", "pattern"),
    ),
    "web": (
        ("web_search", "query"),
        ("open_url", "url"),
        ("extract_text", "selector"),
        ("save_note", "text"),
    ),
    "crm": (
        ("lookup_customer", "email"),
        ("list_orders", "customer_id"),
        ("issue_refund", "order_id, amount"),
        ("send_email", "to, subject, body"),
    ),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Montreal",
    "Krakow",
    "Lima",
    "Hanoi",
    "Accra",
    "Tbilisi",
    "Perth",
)
_TABLES = ("orders", "customers", "shipments", "invoices", "sessions", "inventory", "tickets")


def agent_task(rng: np.random.Generator, domain: str) -> str:
    c1, c2 = pick(rng, _CITIES), pick(rng, _CITIES)
    if domain == "travel":
        return pick(
            rng,
            (
                f"Plan a {irange(rng, 2, 6)}-night trip from {c1} to {c2} leaving next {pick(rng, ('Monday', 'Friday', 'Wednesday'))}; "
                f"keep the hotel under {irange(rng, 80, 220)} USD a night and avoid rainy days if possible.",
                f"Find the cheapest way to get from {c1} to {c2} in early March and convert the total to EUR.",
            ),
        )
    if domain == "data":
        t = pick(rng, _TABLES)
        return pick(
            rng,
            (
                f"Which {irange(rng, 3, 10)} regions had the largest month-over-month drop in {t}? Chart the result.",
                f"Find duplicate rows in the {t} table and estimate how much revenue they distort.",
                "Compute the median time between signup and first order, split by acquisition channel.",
            ),
        )
    if domain == "devops":
        return pick(
            rng,
            (
                f"The test suite fails on test_{pick(rng, ('parser', 'auth', 'billing', 'cache'))}. Find the cause and fix it.",
                "Upgrade the logging library to the latest major version and make sure nothing breaks.",
                f"Add a retry with exponential backoff to the HTTP client in src/{pick(rng, ('client', 'net', 'api'))}.py.",
            ),
        )
    if domain == "web":
        return pick(
            rng,
            (
                f"Summarise what three independent sources say about the water-supply situation in {c1}, with links.",
                f"Collect the opening hours and ticket prices of the four biggest museums in {c2}.",
            ),
        )
    return pick(
        rng,
        (
            f"Customer {pick(rng, NAMES).lower()}@example.com says order #{irange(rng, 10000, 99999)} arrived damaged; "
            f"check their history and handle it according to the refund rules.",
            "Email every customer whose last two orders were late with an apology and a 10% voucher.",
        ),
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("run_sql", "list_tables", "describe_table"):
        return json.dumps(
            {
                "rows": irange(rng, 0, 400),
                "columns": irange(rng, 2, 9),
                "elapsed_ms": irange(rng, 5, 900),
            }
        )
    if tool in ("shell", "run_tests"):
        return f"exit={int(rng.integers(0, 2))}; {irange(rng, 1, 60)} passed, {irange(rng, 0, 4)} failed"
    if tool in ("search_flights", "book_hotel", "web_search"):
        return json.dumps({"results": irange(rng, 0, 25), "top_price": irange(rng, 40, 900)})
    return json.dumps({"status": pick(rng, ("ok", "ok", "ok", "not_found", "timeout"))})


def agent_trajectory(
    rng: np.random.Generator, domain: str, task: str, n_steps: int, style: int
) -> list[str]:
    """The prompts of one agent run: step k carries the task and the k earlier calls with their results."""
    tools = TOOLSETS[domain]
    history = []
    for i in range(n_steps - 1):
        name, args = tools[int(rng.integers(len(tools)))]
        history.append((i + 1, name, args, _observation(rng, name)))
    return [_agent_prompt(tools, task, history[:k], style) for k in range(n_steps)]


def _agent_prompt(tools, task: str, history: list, style: int) -> str:
    if style == 0:
        schema = json.dumps(
            [
                {"name": n, "parameters": [p.strip() for p in a.split(",") if p.strip()]}
                for n, a in tools
            ]
        )
        hist = "\n".join(f"{i}. {n}({a}) -> {o}" for i, n, a, o in history) or "(none yet)"
        return (
            "SYSTEM: You are an autonomous agent. Available tools (JSON):\n" + schema + "\n"
            'Reply with exactly one JSON object: {"thought": ..., "tool": ..., "args": {...}} or '
            '{"thought": ..., "final": ...}.\n\nTASK: '
            + task
            + "\n\nHISTORY:\n"
            + hist
            + "\n\nNEXT ACTION:"
        )
    if style == 1:
        desc = "\n".join(f"- {n}({a})" for n, a in tools)
        hist = "".join(
            f"Thought: I should use {n}.\nAction: {n}[{a}]\nObservation: {o}\n"
            for _, n, a, o in history
        )
        return (
            "Answer the task by interleaving Thought, Action and Observation lines, and finish with "
            "'Final Answer:'.\n\nTools:\n" + desc + "\n\nTask: " + task + "\n" + hist + "Thought:"
        )
    hist = "".join(
        f'<call n="{i}" tool="{n}">{a}</call><result>{o}</result>' for i, n, a, o in history
    )
    return (
        "<tools>"
        + ",".join(n for n, _ in tools)
        + "</tools>\n<task>"
        + task
        + "</task>\n<trajectory>"
        + hist
        + "</trajectory>\nContinue the trajectory with the next <call> or a <final>. Explain your choice in <why>."
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation

TOPICS_GEN = (
    (
        "personal finance",
        "Privatfinanzen",
        "finances personnelles",
        "finanças pessoais",
        "keuangan pribadi",
        "家計管理",
    ),
    ("home gardening", "Gärtnern", "jardinage", "jardinagem", "berkebun di rumah", "家庭菜園"),
    (
        "SQL databases",
        "SQL-Datenbanken",
        "bases de données SQL",
        "bancos de dados SQL",
        "basis data SQL",
        "SQLデータベース",
    ),
    (
        "contract law basics",
        "Vertragsrecht",
        "droit des contrats",
        "direito contratual",
        "hukum kontrak",
        "契約法の基礎",
    ),
    ("nutrition", "Ernährung", "nutrition", "nutrição", "gizi", "栄養学"),
    ("astronomy", "Astronomie", "astronomie", "astronomia", "astronomi", "天文学"),
    (
        "customer service",
        "Kundenservice",
        "service client",
        "atendimento ao cliente",
        "layanan pelanggan",
        "カスタマーサービス",
    ),
    (
        "travel planning",
        "Reiseplanung",
        "organisation de voyages",
        "planejamento de viagens",
        "perencanaan perjalanan",
        "旅行計画",
    ),
    (
        "Python programming",
        "Python-Programmierung",
        "programmation Python",
        "programação em Python",
        "pemrograman Python",
        "Pythonプログラミング",
    ),
    ("statistics", "Statistik", "statistiques", "estatística", "statistika", "統計学"),
    (
        "climate science",
        "Klimaforschung",
        "climatologie",
        "ciência do clima",
        "ilmu iklim",
        "気候科学",
    ),
    (
        "world history",
        "Weltgeschichte",
        "histoire mondiale",
        "história mundial",
        "sejarah dunia",
        "世界史",
    ),
    (
        "first aid",
        "Erste Hilfe",
        "premiers secours",
        "primeiros socorros",
        "pertolongan pertama",
        "応急処置",
    ),
    (
        "small business marketing",
        "Marketing für kleine Unternehmen",
        "marketing pour petites entreprises",
        "marketing para pequenas empresas",
        "pemasaran usaha kecil",
        "中小企業のマーケティング",
    ),
)
_GEN_LANG_IDX = {"en": 0, "de": 1, "fr": 2, "pt": 3, "id": 4, "ja": 5}
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer learning to code",
    "a high-school chemistry teacher",
    "the owner of a small bakery",
    "a first-year law student",
    "a freight dispatcher",
    "a wheelchair user planning a trip",
    "a hobbyist who mods video games",
    "a volunteer firefighter",
    "a beekeeper with forty hives",
    "a junior data analyst",
    "a parent of twins starting school",
    "a tour guide in Cusco",
    "a shift manager at a call centre",
    "a PhD student in ecology",
)
EVOL_OPS = (
    "adding one realistic constraint",
    "requiring a step-by-step justification",
    "asking for a comparison of two approaches",
    "demanding the answer as a table",
    "introducing an edge case the original ignores",
    "making it depend on a concrete number",
)


def synth_data(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    topic = pick(rng, TOPICS_GEN)
    n = irange(rng, 5, 25)
    if lang == "de":
        return (
            f"Erstelle {n} abwechslungsreiche Frage-Antwort-Paare zum Thema „{topic[1]}“ für einen "
            f'Trainingsdatensatz. Gib sie als JSON-Liste mit den Feldern "frage" und "antwort" aus; die Antworten '
            f"sollen ausführlich sein."
        )
    if lang == "fr":
        return (
            f"Génère {n} paires question-réponse variées sur le thème « {topic[2]} » pour un jeu de données "
            f'd\'entraînement. Réponds en JSON (champs "question" et "reponse"), avec des réponses détaillées.'
        )
    if lang == "pt":
        return (
            f"Gere {n} pares variados de instrução e resposta sobre {topic[3]} para um conjunto de dados de "
            f'treino. Saída em JSON Lines com as chaves "instrucao" e "resposta"; respostas completas.'
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {topic[4]} untuk dataset pelatihan. "
            f'Keluarkan dalam format JSON Lines dengan kunci "instruksi" dan "jawaban"; jawaban harus lengkap.'
        )
    if lang == "ja":
        return (
            f"{topic[5]}に関する多様な指示と回答のペアを{n}個作成してください。学習用データセットに使うので、"
            f'JSON Lines形式（キーは"instruction"と"output"）で、回答は詳しく書いてください。'
        )
    if style == 0:
        seen = "\n".join(f"- {clip_text(pick(rng, chat), 90)}" for _ in range(irange(rng, 2, 4)))
        return (
            f"Avoid overlapping with these existing examples:\n{seen}\n\n"
            f"Generate {n} diverse, high-quality instruction-response pairs for training an assistant. Domain: "
            f"{topic[0]}. Vary difficulty and format (questions, tasks, rewrites, brainstorming). Output JSON Lines, "
            f'one object per line, with keys "instruction", "input" and "output". Make every output thorough.'
        )
    if style == 1:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic, specific request this person might type "
            f"to an AI assistant about {topic[0]}, then write the ideal assistant response.\n"
            f"Format:\n### Request\n...\n### Response\n..."
        )
    return (
        f"Make the following instruction harder for a strong AI model by {pick(rng, EVOL_OPS)}. Keep it "
        f"answerable. Return the new instruction, then a complete, high-quality answer to it.\n\n"
        f"Instruction: {clip_text(pick(rng, chat), 500)}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

_FOLLOW_OPEN = (
    "",
    "",
    "Thanks. ",
    "Interesting. ",
    "OK, ",
    "Hmm, ",
    "Got it. ",
    "Nice, ",
    "Right. ",
    "Cool. ",
)
_FOLLOW_EN = (
    "can you go deeper on the second point?",
    "give me a concrete example of that.",
    "what are the main counterarguments?",
    "how would this differ for a complete beginner?",
    "could you turn that into a step-by-step plan?",
    "what did you leave out?",
    "summarise it in three bullet points.",
    "explain why that works.",
    "what mistakes do people usually make here?",
    "rewrite that more concisely.",
    "how would an expert criticise your answer?",
    "can you make it more detailed?",
    "what would change if the budget were much smaller?",
    "compare that with the obvious alternative.",
    "and what about {k}?",
    "why did you bring up {k}?",
    "can you say more about {k}?",
    "is {k} really necessary here?",
    "how does {k} fit with the rest of it?",
    "wait, I thought {k} worked differently. can you check?",
    "what would you do instead of {k}?",
    "give me a real-world case where {k} mattered",
    "how do I explain {k} to my team?",
    "what's a good source to read more about {k}?",
    "put that in a table please",
    "what's the most important part of that?",
)
_FOLLOW_OTHER = {
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto, por favor.",
        "¿Cuáles son los errores más comunes?",
        "Resúmelo en tres puntos.",
        "¿Y qué pasa con {k}?",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Me dá um exemplo concreto?",
        "Quais são os erros mais comuns?",
        "Resuma em três tópicos.",
        "E sobre {k}?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Welche Fehler passieren dabei am häufigsten?",
        "Fass das in drei Stichpunkten zusammen.",
        "Und was ist mit {k}?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Quelles sont les erreurs fréquentes ?",
        "Résume ça en trois points.",
        "Et concernant {k} ?",
    ),
}


def follow_up(rng: np.random.Generator, first: str, lang: str) -> str:
    k = keyword(rng, first)
    if lang in _FOLLOW_OTHER:
        return pick(rng, _FOLLOW_OTHER[lang]).format(k=k)
    ask = pick(rng, _FOLLOW_EN).format(k=k)
    opener = pick(rng, _FOLLOW_OPEN)
    text = opener + ask if opener.endswith(", ") else opener + ask[0].upper() + ask[1:]
    if chance(rng, 0.3):
        text += " " + pick(rng, _FOLLOW_TAIL).format(
            c=pick(rng, COUNTRIES), n=irange(rng, 3, 12) * 25
        )
    return text.lower() if chance(rng, 0.15) else text


_FOLLOW_TAIL = (
    "Keep it under {n} words.",
    "Use an example from {c} if you can.",
    "No jargon please.",
    "I'm asking for work, so be precise.",
    "Assume I only have a weekend.",
    "Be honest about the downsides.",
    "Numbered list is fine.",
    "I live in {c}, does that change anything?",
)


# --------------------------------------------------------------------------------------------
# soft labels / multiple choice

_CAPITALS = (
    ("Kenya", "Nairobi"),
    ("Peru", "Lima"),
    ("Vietnam", "Hanoi"),
    ("Ghana", "Accra"),
    ("Georgia", "Tbilisi"),
    ("Canada", "Ottawa"),
    ("Australia", "Canberra"),
    ("Morocco", "Rabat"),
    ("Norway", "Oslo"),
    ("Chile", "Santiago"),
    ("Turkey", "Ankara"),
    ("Nigeria", "Abuja"),
    ("Pakistan", "Islamabad"),
)
_SYNONYMS = (
    ("candid", "frank", "hidden", "timid", "brittle"),
    ("lucid", "clear", "damp", "cheerful", "rapid"),
    ("frugal", "thrifty", "lavish", "fragile", "noisy"),
    ("obstinate", "stubborn", "gentle", "ancient", "vague"),
    ("ephemeral", "fleeting", "heavy", "sincere", "costly"),
    ("tepid", "lukewarm", "angry", "narrow", "wealthy"),
)


def soft_label_item(rng: np.random.Generator, chat: Sequence[str]) -> tuple[str, float]:
    """A prompt meant to be sampled many times, and the completion size it expects."""
    k = int(rng.integers(5))
    if k == 0:
        country, cap = pick(rng, _CAPITALS)
        opts = [cap] + [pick(rng, _CAPITALS)[1] for _ in range(3)]
        order = rng.permutation(4).tolist()
        body = " ".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return f"Which city is the capital of {country}?\n{body}\nAnswer with the letter only.", 2.0
    if k == 1:
        word, *opts = pick(rng, _SYNONYMS)
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return (
            f"Which option is closest in meaning to '{word}'?\n{body}\nRespond with one letter.",
            2.0,
        )
    if k == 2:
        return (
            "Classify the sentiment of this message as positive, negative or neutral. Reply with one word.\n\n"
            + clip_text(pick(rng, chat), 400)
        ), 2.0
    if k == 3:
        return (
            f"On a scale from 0 to 100, how likely is it that a typical reader finds the following request "
            f"reasonable? Reply with a number only.\n\n{clip_text(pick(rng, chat), 300)}"
        ), 3.0
    return clip_text(pick(rng, chat), 1200), 380.0


# --------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM = (
    (
        "Mathematics",
        "गणित",
        "Toán",
        (
            "fractions",
            "ratios and rates",
            "linear equations",
            "quadratic equations",
            "probability",
            "geometric proof",
            "derivatives",
            "integrals",
            "sequences",
        ),
    ),
    (
        "Physics",
        "भौतिकी",
        "Vật lý",
        (
            "kinematics",
            "Newton's laws",
            "work and energy",
            "electric circuits",
            "waves",
            "thermodynamics",
            "optics",
        ),
    ),
    (
        "Chemistry",
        "रसायन विज्ञान",
        "Hóa học",
        (
            "stoichiometry",
            "acids and bases",
            "chemical bonding",
            "reaction rates",
            "redox reactions",
        ),
    ),
    (
        "Biology",
        "जीव विज्ञान",
        "Sinh học",
        ("cell structure", "genetics", "ecology", "human physiology", "evolution"),
    ),
    (
        "Computer Science",
        "कंप्यूटर विज्ञान",
        "Tin học",
        ("loops", "recursion", "sorting algorithms", "time complexity", "data structures"),
    ),
)


def curriculum_grid() -> list[tuple[int, int, int, int]]:
    """(subject, skill, grade, difficulty) in the order an operator's nested loops would visit them."""
    out = []
    for s, (_, _, _, skills) in enumerate(CURRICULUM):
        for k in range(len(skills)):
            for g in range(6, 13):
                for d in range(1, 6):
                    out.append((s, k, g, d))
    return out


def curriculum_item(cell: tuple[int, int, int, int], lang: str, version: int, item_id: int) -> str:
    s, k, g, d = cell
    en, hi, vi, skills = CURRICULUM[s]
    skill = skills[k]
    tag = f"C{version}-{item_id:05d}"
    if lang == "hi":
        return (
            f"[{tag}] विषय: {hi} | कक्षा: {g} | कठिनाई: {d}/5 | कौशल: {skill}\nइस स्तर का एक प्रश्न लिखिए, फिर हर "
            f"चरण को समझाते हुए पूरा हल दीजिए, और इस स्तर के विद्यार्थियों की तीन आम गलतफहमियाँ बताइए।"
        )
    if lang == "vi":
        return (
            f"[{tag}] Môn: {vi} | Lớp: {g} | Độ khó: {d}/5 | Kỹ năng: {skill}\nHãy viết một câu hỏi kiểm tra "
            f"đúng ở mức này, sau đó đưa ra lời giải mẫu đầy đủ, giải thích từng bước, và nêu ba hiểu lầm thường "
            f"gặp của học sinh ở mức này."
        )
    if version == 1:
        return (
            f"[{tag}] Subject: {en} | Grade: {g} | Difficulty: {d}/5 | Skill: {skill}\nWrite one assessment "
            f"question at exactly this level. Then give a fully worked model solution that explains every step, "
            f"and list three misconceptions students at this level typically have."
        )
    return (
        f"### item {tag}\nsubject={en}; grade={g}; difficulty={d}; skill={skill}\nProduce: (a) a question, "
        f"(b) a worked solution in which each line of reasoning is justified, (c) a one-paragraph explanation a "
        f"struggling student could follow, (d) the final answer."
    )


# --------------------------------------------------------------------------------------------
# a writing-assistant product's requests (real users and hidden extra traffic share the wrapper)

_MODES = (
    "improve",
    "shorten",
    "expand",
    "make formal",
    "make friendly",
    "summarise",
    "draft a reply",
)
_TONES = ("neutral", "warm", "confident", "concise", "playful", "diplomatic")


def product_request(
    rng: np.random.Generator, brand: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    mode = pick(rng, _MODES)
    text = (
        clip_text(pick(rng, passages), irange(rng, 150, 900))
        if chance(rng, 0.45)
        else clip_text(pick(rng, chat), 900)
    )
    return (
        f"You are {brand}, a writing assistant. Mode: {mode}. Tone: {pick(rng, _TONES)}. Keep the author's "
        f"meaning; return only the edited text.\n\nUser text:\n{text}"
    )


def product_hidden(rng: np.random.Generator, brand: str) -> str:
    mode = pick(rng, ("expand", "expand", "improve", "explain"))
    inner = (
        code_task(rng, pick(rng, ("Python", "TypeScript", "Go", "Java")))
        if chance(rng, 0.4)
        else reasoning_item(rng)
    )
    return (
        f"You are {brand}, a writing assistant. Mode: {mode}. Tone: {pick(rng, _TONES)}. Keep the author's "
        f"meaning; return only the edited text.\n\nUser text:\n{inner} Explain every step thoroughly."
    )


# --------------------------------------------------------------------------------------------
# code harvest

ALGOS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest paths on an adjacency list",
    "a trie that counts prefixes",
    "merging overlapping intervals",
    "a token-bucket rate limiter",
    "topological sort with cycle detection",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a min-heap written from scratch",
    "union-find with path compression and union by rank",
    "a validator for 9x9 sudoku boards",
    "addition of arbitrarily large integers given as strings",
    "an evaluator for + - * / expressions with parentheses",
    "Knuth-Morris-Pratt substring search",
    "fast Fibonacci numbers by matrix exponentiation",
    "a consistent-hashing ring with virtual nodes",
    "a sliding-window median",
    "a Bloom filter with a chosen error rate",
)
LANGS_CODE = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


CODE_CONSTRAINTS = (
    "",
    "",
    "",
    " without using library containers beyond arrays",
    " optimised for memory rather than speed",
    " that works on a stream of inputs",
    " using only iterative code (no recursion)",
    " with generic types",
    " safe to call from several threads",
    " with property-based tests",
    " in idiomatic, production-quality style",
)


def code_task(rng: np.random.Generator, lang: str) -> str:
    algo = pick(rng, ALGOS) + pick(rng, CODE_CONSTRAINTS)
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"Implement {algo} in {lang}. Explain the design before writing the code, then include the full "
            f"implementation, the time and space complexity, edge cases, and unit tests."
        )
    if k == 1:
        return (
            f"Write an efficient {lang} solution for {algo}. Walk through your reasoning first, then trace the "
            f"code by hand on a small example of your choosing."
        )
    n = irange(rng, 3, 6)
    return (
        f"Give {n} different {lang} implementations of {algo}, from naive to optimal, and explain for each one "
        f"why it is faster or safer than the previous one."
    )


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    ("de", "German", "Deutsch"),
    ("fr", "French", "français"),
    ("es", "Spanish", "español"),
    ("pt-BR", "Brazilian Portuguese", "português do Brasil"),
    ("ja", "Japanese", "日本語"),
    ("ko", "Korean", "한국어"),
    ("zh-CN", "Simplified Chinese", "简体中文"),
    ("ar", "Arabic", "العربية"),
    ("hi", "Hindi", "हिन्दी"),
    ("tr", "Turkish", "Türkçe"),
    ("id", "Indonesian", "Bahasa Indonesia"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("pl", "Polish", "polski"),
    ("ru", "Russian", "русский"),
)


def translation(
    rng: np.random.Generator, text: str, target: tuple[str, str, str], style: int
) -> str:
    code, name, native = target
    if style == 0:
        return (
            f"Translate the following text into {name}. Preserve meaning, tone and any formatting such as lists "
            f"or code. Output only the translation.\n\n{text}"
        )
    if style == 1:
        return f'Source language: English\nTarget language: {native}\nText:\n"""\n{text}\n"""\nProvide a fluent, faithful translation.'
    return (
        json.dumps(
            {"task": "translate", "source": "en", "target": code, "text": text}, ensure_ascii=False
        )
        + '\nReturn a JSON object with the single key "translation".'
    )


# --------------------------------------------------------------------------------------------
# benign: evaluation lab, labelling vendor, moderation team, coding agent, augmentation, course,
# survey study, worksheet generator, reseller customers, localisation agency


def bench_item(suite: str, idx: int, seed: int) -> str:
    """Benchmark item `idx` of a suite: the same text every time it is run."""
    r = np.random.default_rng([seed, idx])
    if suite == "arith":
        return f"[{suite}-{idx:04d}] {word_problem(r)}\nLet's reason step by step, then give the final answer after '####'."
    if suite == "logic":
        return f"[{suite}-{idx:04d}] {logic_puzzle(r)}\nThink it through carefully. Final answer on the last line."
    if suite == "mcq":
        prompt, _ = soft_label_item(
            r, ("The staff were friendly but the delivery took three weeks.",)
        )
        return f"[{suite}-{idx:04d}] {prompt}"
    return (
        f"[{suite}-{idx:04d}] Complete the function so that all hidden tests pass. Task: {pick(r, ALGOS)}. "
        f"Language: Python. Return only the code in one block."
    )


def labelling_prelabel(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guideline: str
) -> str:
    q, a = clip_text(pick(rng, chat), 500), clip_text(pick(rng, passages), 900)
    if chance(rng, 0.65):
        return (
            f"Guideline {guideline} section {irange(rng, 2, 9)}. Pre-label this item for human review. Rate the "
            f"response 1-5 on Helpfulness, Accuracy and Tone, and flag personal data if present. Output exactly: "
            f"H=?, A=?, T=?, PII=yes/no, note=<one line>.\n\nPrompt: {q}\nResponse: {a}"
        )
    b = clip_text(pick(rng, passages), 900)
    return (
        f"Guideline {guideline}. Which response follows the guideline better? Reply 'Response 1' or 'Response 2' "
        f"and one line of reason.\n\nPrompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}"
    )


_ANNOTATOR_Q = (
    "does a response that is correct but very long count as a 3 or a 4 for helpfulness under {g}?",
    "how should I rate tone if the answer is polite but slightly condescending?",
    "the prompt is in Spanish and the answer in English, is that an automatic 1 for instruction following?",
    "quick check: is an email address inside a code example PII per {g}?",
    "can you explain the difference between 'partially accurate' and 'misleading' in simple words",
)


def annotator_question(rng: np.random.Generator, guideline: str) -> str:
    return pick(rng, _ANNOTATOR_Q).format(g=guideline)


_MOD_WRAP = {
    "en": "Moderation assist. Policy sections: harassment, hate, spam, self-harm, misinformation. Does the post below "
    "violate a section? Answer with the section or NONE, a confidence from 0 to 1, and if it violates, a "
    "suggested edit that keeps the author's point but complies.\n\nPost: {t}",
    "es": "Asistente de moderación. ¿La siguiente publicación infringe alguna norma (acoso, odio, spam, autolesión, "
    "desinformación)? Indica la norma o NINGUNA, una confianza de 0 a 1 y, si la infringe, una versión "
    "corregida que conserve la idea del autor.\n\nPublicación: {t}",
    "pt": "Assistente de moderação. A publicação abaixo viola alguma regra (assédio, ódio, spam, automutilação, "
    "desinformação)? Responda com a regra ou NENHUMA, uma confiança de 0 a 1 e, se violar, uma versão "
    "corrigida que mantenha a ideia do autor.\n\nPublicação: {t}",
    "tr": "Moderasyon asistanı. Aşağıdaki gönderi bir kuralı (taciz, nefret, spam, kendine zarar, yanlış bilgi) ihlal "
    "ediyor mu? Kuralı ya da YOK yazın, 0-1 arası bir güven değeri verin ve ihlal varsa yazarın fikrini koruyan "
    "düzeltilmiş bir sürüm önerin.\n\nGönderi: {t}",
    "id": "Asisten moderasi. Apakah unggahan di bawah melanggar aturan (pelecehan, kebencian, spam, menyakiti diri, "
    "misinformasi)? Jawab dengan nama aturan atau TIDAK ADA, tingkat keyakinan 0-1, dan jika melanggar, usulan "
    "suntingan yang tetap mempertahankan maksud penulis.\n\nUnggahan: {t}",
}


def moderation(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    return _MOD_WRAP[lang].format(t=clip_text(pick(rng, chat), irange(rng, 60, 600)))


_REPO_FILES = (
    "src/api/orders.ts",
    "src/lib/auth.py",
    "pkg/cache/lru.go",
    "app/models/invoice.rb",
    "src/parser.rs",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "internal/queue/worker.go",
)


def coding_agent_turn(rng: np.random.Generator, step: int) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"fix the failing test in {f}",
                "add pagination to the orders endpoint, 50 per page",
                f"refactor {f} so the retry logic lives in one place",
                "why is the build slow? look at the CI config",
                "rename getUserData to fetchUserProfile everywhere and update the imports",
                f"write unit tests for {f}, we have none",
                "the date picker shows the wrong timezone, can you find why",
            ),
        )
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Tool result (run_tests): {irange(rng, 1, 4)} failed, {irange(rng, 20, 300)} passed\n"
            f"FAILED {f}::test_{pick(rng, ('limit', 'parse', 'expiry', 'empty_input'))} - AssertionError"
        )
    if k == 1:
        n = irange(rng, 20, 200)
        return f"Tool result (read_file {f}): {n} lines\n" + "\n".join(
            f"{i + 1}: ..." for i in range(min(n, 6))
        )
    if k == 2:
        return f"Tool result (grep): {irange(rng, 0, 30)} matches in {irange(rng, 1, 9)} files"
    return pick(
        rng,
        (
            "looks good, also update the changelog",
            "no, keep the old behaviour for admins",
            "run the linter too",
            "ok commit it",
            "that broke the e2e tests, revert the last edit",
        ),
    )


_INTENTS = (
    "cancel a subscription",
    "change a delivery address",
    "report a lost card",
    "ask about a refund",
    "upgrade their plan",
    "book a table for tonight",
    "reset a password",
    "dispute a charge",
)
_BUSINESSES = (
    "mobile network",
    "food delivery app",
    "bank",
    "gym chain",
    "airline",
    "online bookstore",
)


def augmentation(rng: np.random.Generator) -> str:
    intent, biz = pick(rng, _INTENTS), pick(rng, _BUSINESSES)
    if chance(rng, 0.6):
        return (
            f"Generate {irange(rng, 15, 40)} different ways a customer of a {biz} might say they want to {intent}. "
            f"Vary formality, length, typos and slang. Return a JSON array of strings only."
        )
    return (
        f"Here are utterances labelled '{intent}'. Paraphrase each one {irange(rng, 3, 6)} times, keeping the "
        f'intent, and return JSON objects {{"original": ..., "paraphrases": [...]}}.\n- I want to {intent}\n'
        f"- how do i {intent}??\n- {pick(rng, NAMES)} here, need to {intent} asap"
    )


COURSES = (
    ("CS 214", ("hash tables", "recursion", "dynamic programming", "graph search")),
    ("STAT 301", ("hypothesis tests", "linear regression", "bootstrap", "Bayesian updating")),
    ("ECON 120", ("elasticity", "market equilibrium", "game theory", "externalities")),
)


def student_prompt(
    rng: np.random.Generator, course: tuple[str, tuple[str, ...]], assignment: int
) -> str:
    code, topics = course
    t = pick(rng, topics)
    p = pick(
        rng,
        (
            f"for my {code} assignment {assignment} on {t}, im stuck on part b. can you explain the idea without giving the full answer",
            f"Can you explain {t} like I'm new to it? It's for {code}.",
            f"is this right? I think {t} means we just repeat until it converges",
            f"{code} hw{assignment}: what's the difference between {t} and {pick(rng, topics)}?",
            f"give me a practice question on {t} similar to assignment {assignment}, I want to test myself",
            f"why does my code for the {t} part give the wrong result for the second test case",
        ),
    )
    return p.lower() if chance(rng, 0.4) else p


_SURVEY = (
    (
        "How important is it for a city to prioritise public transport over roads?",
        ("Very important", "Somewhat important", "Not very important", "Not important at all"),
    ),
    (
        "Should schools teach personal finance as a separate subject?",
        ("Definitely yes", "Probably yes", "Probably not", "Definitely not"),
    ),
    (
        "How much do you trust weather forecasts for next week?",
        ("A great deal", "A fair amount", "Not much", "Not at all"),
    ),
    (
        "Is remote work better for productivity than office work?",
        ("Much better", "Slightly better", "Slightly worse", "Much worse"),
    ),
    (
        "How acceptable is it to eat lunch at your desk?",
        ("Completely", "Mostly", "Barely", "Not at all"),
    ),
)


def survey_item(idx: int, seed: int) -> str:
    r = np.random.default_rng([seed, idx])
    if idx % 3 == 2:
        return f"Study item S{idx:03d}. Write a two-sentence story about a {pick(r, ('lighthouse', 'violin', 'glacier', 'bicycle', 'tea kettle'))}."
    q, opts = _SURVEY[idx % len(_SURVEY)]
    order = r.permutation(4).tolist() if idx % 2 else list(range(4))
    body = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return f"Study item S{idx:03d}. {q}\n{body}\nAnswer with a single letter."


def worksheet(rng: np.random.Generator) -> str:
    s = CURRICULUM[int(rng.integers(len(CURRICULUM)))]
    return (
        f"Create a printable worksheet for grade {irange(rng, 3, 10)} {s[0].lower()}: {irange(rng, 6, 15)} practice "
        f"problems on {pick(rng, s[3])} at {pick(rng, ('easy', 'medium', 'challenging', 'mixed'))} difficulty, "
        f"with an answer key and a short hint for each problem."
    )


def homework_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return clip_text(pick(rng, chat), 600)
    s = CURRICULUM[int(rng.integers(len(CURRICULUM)))]
    return pick(
        rng,
        (
            f"i dont understand {pick(rng, s[3])}, can u explain",
            f"help with {pick(rng, s[3])} homework please",
            f"what is {pick(rng, s[3])} in simple words",
        ),
    )


_APPS = ("notes-app", "crm-plugin", "seo-tool", "discord-bot", "recipe-site", "legal-drafts")


def reseller_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    if chance(rng, 0.7):
        return clip_text(pick(rng, chat), 2000)
    app = pick(rng, _APPS)
    return f"[app:{app}] {pick(rng, ('Summarise', 'Rewrite for clarity', 'Extract action items from', 'Give a title for'))}:\n{clip_text(pick(rng, passages), 700)}"


def localisation(
    rng: np.random.Generator, job: str, seg: int, text: str, target: tuple[str, str, str]
) -> str:
    return (
        f"Job {job} / segment {seg}: translate from English (en-US) into {target[1]} ({target[0]}). Keep product "
        f"names and placeholders like {{count}} unchanged. Style: {pick(rng, ('formal', 'informal', 'marketing', 'technical'))}.\n\n{text}"
    )


def segments(text: str, max_n: int) -> list[str]:
    parts = [p.strip() for p in text.replace("\n", " ").split(". ") if len(p.strip()) > 20]
    return parts[:max_n] or [clip_text(text, 200)]


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)


# --------------------------------------------------------------------------------------------
# user agents exactly as they appear in the simulator's background traffic

UA_PY = "OpenAI/Python 1.54.0"
UA_NODE = "OpenAI/NodeJS 4.67.1"
UA_LANGCHAIN = "langchain/0.3.7 python-openai/1.54.0"
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

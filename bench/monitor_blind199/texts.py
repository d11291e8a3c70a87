"""Prompt generators of batch 199, written fresh for this batch (nothing here is copied from the
simulator or from another batch). Ordinary human text comes from ShareGPT through the shared
context (`ctx.chat`: human prompts, `ctx.passages`: long assistant answers); everything else is
generated from the vocabularies below. Each generator takes a `numpy.random.Generator` and returns
one prompt string; `style` and `lang` arguments select one of several independent phrasings.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a sentence or line end if one is near."""
    if len(text) <= lo:
        return text.strip()
    n = irange(rng, lo, min(hi, len(text)))
    cut = text[:n]
    for sep in ("\n\n", ". ", "\n"):
        j = cut.rfind(sep)
        if j > lo // 2:
            return cut[: j + 1].strip()
    return cut.strip()


def sloppy(rng: Rng, text: str, p: float = 0.5) -> str:
    """How a person types into a chat box: sometimes lower case, no final mark, a dropped letter."""
    if chance(rng, p):
        text = text[0].lower() + text[1:]
    if chance(rng, p * 0.6) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, p * 0.3) and len(text) > 30:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    return text


# --------------------------------------------------------------------------------------------
# problems with a checkable answer (reasoning traces, product-injected homework, tutoring)


def _p_tank(rng: Rng, lang: str) -> str:
    a, b, v = irange(rng, 12, 90), irange(rng, 3, 40), irange(rng, 300, 5000)
    a = max(a, b + 4)
    if lang == "zh":
        return f"一个水箱容量为{v}升。进水管每分钟注水{a}升，排水管每分钟排水{b}升。两管同时打开，从空箱开始，多少分钟后水箱注满？"
    if lang == "ru":
        return f"Бак вмещает {v} литров. Через одну трубу поступает {a} л в минуту, через другую уходит {b} л в минуту. За сколько минут наполнится пустой бак, если открыть обе трубы?"
    if lang == "es":
        return f"Un depósito tiene capacidad para {v} litros. Un grifo lo llena a {a} litros por minuto y un desagüe lo vacía a {b} litros por minuto. Si ambos están abiertos y el depósito empieza vacío, ¿cuántos minutos tarda en llenarse?"
    return f"A tank holds {v} litres. An inlet pipe adds {a} litres per minute while an outlet removes {b} litres per minute. Starting empty with both open, after how many minutes is the tank full?"


def _p_marbles(rng: Rng, lang: str) -> str:
    r, bl, k = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 5)
    j = irange(rng, 1, min(k, r))
    if lang == "zh":
        return f"袋子里有{r}个红球和{bl}个蓝球。不放回地随机取出{k}个球，恰好取到{j}个红球的概率是多少？"
    if lang == "ru":
        return f"В мешке {r} красных и {bl} синих шаров. Без возвращения вынимают {k} шаров. Какова вероятность, что ровно {j} из них красные?"
    if lang == "es":
        return f"Una bolsa contiene {r} canicas rojas y {bl} azules. Se sacan {k} sin reemplazo. ¿Cuál es la probabilidad de sacar exactamente {j} rojas?"
    return f"A bag contains {r} red and {bl} blue marbles. You draw {k} without replacement. What is the probability that exactly {j} of them are red?"


def _p_remainder(rng: Rng, lang: str) -> str:
    a, n, m = irange(rng, 2, 29), irange(rng, 40, 2025), irange(rng, 7, 97)
    if lang == "zh":
        return f"求 {a}^{n} 除以 {m} 的余数。"
    if lang == "ru":
        return f"Найдите остаток от деления {a}^{n} на {m}."
    if lang == "es":
        return f"Calcula el resto de dividir {a}^{n} entre {m}."
    return f"Find the remainder when {a}^{n} is divided by {m}."


def _p_triangle(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 4, 30), irange(rng, 4, 30)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return f"A triangle has sides of length {a}, {b} and {c}. Find its area, the radius of its inscribed circle, and the radius of its circumscribed circle."


def _p_seating(rng: Rng, lang: str) -> str:
    people = list(rng.choice(NAMES, size=5, replace=False))
    p = [str(x) for x in people]
    rules = [
        f"{p[0]} is not at either end.",
        f"{p[1]} sits immediately to the left of {p[2]}.",
        f"{p[3]} sits somewhere to the right of {p[0]}.",
        f"{p[4]} is not next to {p[1]}.",
        f"Exactly one person sits between {p[2]} and {p[3]}.",
    ]
    rng.shuffle(rules)
    k = irange(rng, 3, 5)
    q = pick(
        rng,
        (
            "Who sits in the middle seat?",
            "List every arrangement that satisfies all the conditions.",
            f"In which seat can {p[4]} sit?",
        ),
    )
    return (
        f"Five friends — {', '.join(p)} — sit in a row of five seats numbered 1 to 5 from left to right. "
        + " ".join(rules[:k])
        + " "
        + q
    )


def _p_rates(rng: Rng, lang: str) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    h1, h2 = irange(rng, 2, 12), irange(rng, 3, 15)
    return f"{n1} can paint a fence alone in {h1} hours and {n2} can paint it alone in {h2} hours. They start together, but after {irange(rng, 1, 2)} hour(s) {n2} leaves. How long does the whole job take?"


def _p_code_trace(rng: Rng, lang: str) -> str:
    x = irange(rng, 5, 60)
    body = pick(
        rng,
        (
            "def f(n):\n    s = 0\n    while n > 1:\n        n = n // 2 if n % 2 == 0 else 3 * n + 1\n        s += 1\n    return s",
            "def f(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, (a + b) % 1000\n    return a",
            "def f(n):\n    return sum(d for d in range(1, n + 1) if n % d == 0)",
            "def f(n):\n    out = []\n    while n:\n        out.append(n % 3)\n        n //= 3\n    return out[::-1]",
        ),
    )
    return f"What does the following Python function return for n = {x}? Trace the execution by hand rather than guessing.\n\n```python\n{body}\n```"


def _p_physics(rng: Rng, lang: str) -> str:
    v, ang, h = irange(rng, 8, 60), pick(rng, (15, 25, 30, 37, 45, 53, 60)), irange(rng, 0, 40)
    return f"A ball is thrown from a height of {h} m with speed {v} m/s at {ang} degrees above the horizontal. Ignoring air resistance and taking g = 9.8 m/s^2, how far from the launch point does it land, and what is its maximum height?"


def _p_interest(rng: Rng, lang: str) -> str:
    p, r, y = irange(rng, 1, 90) * 1000, irange(rng, 2, 11), irange(rng, 3, 30)
    return f"You deposit ${p:,} at {r}% annual interest compounded monthly and add ${irange(rng, 1, 20) * 50} at the end of each month. How much is in the account after {y} years?"


_PROBLEMS_ML = (_p_tank, _p_marbles, _p_remainder)
_PROBLEMS_EN = (_p_triangle, _p_seating, _p_rates, _p_code_trace, _p_physics, _p_interest)


def problem(rng: Rng, lang: str = "en") -> str:
    if lang != "en" or chance(rng, 0.35):
        return pick(rng, _PROBLEMS_ML)(rng, lang)
    return pick(rng, _PROBLEMS_EN)(rng, lang)


def reasoning_trace(rng: Rng, style: int, lang: str) -> str:
    """A problem wrapped in an instruction that forces the whole reasoning into the answer."""
    pr = problem(rng, lang if chance(rng, 0.7) else "en")
    if lang == "zh":
        return pick(
            rng,
            (
                f"{pr}\n\n请先在<think></think>标签内写出完整的思考过程，每一步都不要省略，包括验算，最后单独一行写“答案：”。",
                f"请一步一步推理并解答下面的问题，写出所有中间计算、你考虑过但放弃的思路，以及最后的检验。\n题目：{pr}",
            ),
        )
    if lang == "ru":
        return f"Реши задачу, подробно расписывая каждый шаг рассуждения, включая неудачные попытки, затем проверь ответ и запиши его отдельной строкой.\nЗадача: {pr}"
    if lang == "es":
        return f"Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidas las comprobaciones, antes de dar la respuesta final en una línea aparte.\n\n{pr}"
    forms = (
        f"{pr}\n\nBefore giving the answer, write out your complete reasoning inside <think></think> tags. Do not skip steps and include every check you make. Then state the final answer on its own line as ANSWER: <value>.",
        f"Solve carefully and think out loud: list what is given, what is asked, try an approach, verify it, and if it fails say so and try another. Finish with the result in \\boxed{{}}.\n\nProblem: {pr}",
        f"### Task\n{pr}\n\n### Requirements\n- reason step by step and number every step\n- show all intermediate arithmetic explicitly\n- double-check the result by a second method\n- end with a one-sentence final answer",
        f"I need a fully worked solution trace, not just the answer. Problem: {pr}\nGive (1) your entire chain of reasoning, (2) a self-verification, (3) the final result.",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "depth",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
)


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: int) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 900)
    a = clip_text(rng, pick(rng, passages), 300, 1500)
    if style == 0:
        crit = list(rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False))
        keys = ", ".join(f'"{c}": <1-10>' for c in crit)
        return f"[System] You are an impartial evaluator.\nRate the assistant's reply on a 1-10 scale for each of: {', '.join(crit)}. Return a JSON object {{{keys}}} followed by a short rationale for every score.\n\n[User]\n{q}\n\n[Assistant]\n{a}"
    if style == 1:
        b = clip_text(rng, pick(rng, passages), 300, 1500)
        return f"Compare two candidate responses to the same instruction. Explain the key differences in accuracy and usefulness, then output your verdict as [[A]], [[B]] or [[TIE]].\n\nInstruction: {q}\n\n--- Response A ---\n{a}\n\n--- Response B ---\n{b}"
    if style == 2:
        return f"Act as a reward model. Read the exchange and output a single real number between -5 and 5 reflecting the quality of the final response, then one paragraph of critique explaining the score.\n<conversation>\nuser: {q}\nassistant: {a}\n</conversation>"
    if style == 3:
        items = [
            "answers the actual question",
            "no factual errors",
            "states assumptions",
            "appropriate length",
            "no unsafe advice",
            "uses examples where useful",
            "well organised",
        ]
        chosen = list(rng.choice(items, size=irange(rng, 4, 6), replace=False))
        lines = "\n".join(f"{i + 1}. {it}" for i, it in enumerate(chosen))
        return f"Grade the response against this rubric. For every item answer PASS or FAIL with a one-line reason, then give an overall letter grade A-F.\nRubric:\n{lines}\n\nQuestion: {q}\n\nResponse: {a}"
    if style == 4:
        return f"你是一名严格的评审员。请从有用性、准确性、完整性三个维度对下面的回答分别打分（1-10分），逐项说明理由，最后以JSON格式输出分数。\n\n问题：{q}\n\n回答：{a}"
    return f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, Nützlichkeit und Verständlichkeit. Begründe jede Note ausführlich und gib am Ende ein JSON-Objekt mit den drei Noten aus.\n\nFrage: {q}\n\nAntwort: {a}"


# --------------------------------------------------------------------------------------------
# policy-compliant ("safe") rewrites

_JUR = (
    "the PRC",
    "a state broadcaster",
    "a government education portal",
    "the national internet regulator",
    "a licensed domestic platform",
)
_TOPICS = (
    "historical political events",
    "protests and demonstrations",
    "religious organisations",
    "ethnic relations",
    "elections and party politics",
    "criticism of officials",
    "public health statistics",
    "territorial disputes",
    "internet restrictions",
    "labour strikes",
)
_TOPICS_ZH = (
    "历史政治事件",
    "抗议和示威",
    "宗教组织",
    "民族关系",
    "选举与政党",
    "对官员的批评",
    "公共卫生数据",
    "领土争端",
    "网络管控",
)
_TOPICS_RU = (
    "протестах",
    "выборах",
    "критике чиновников",
    "религиозных организациях",
    "военных действиях",
    "цензуре",
)
_TOPICS_VI = ("biểu tình", "bầu cử", "tôn giáo", "tranh chấp lãnh thổ", "phê phán quan chức")
_SENSITIVE_Q = (
    "What happened during the {year} protests in the capital, and why did they start?",
    "Is the official {stat} figure for last year reliable? Explain what independent estimates say.",
    "How do people in {country} usually get around internet restrictions?",
    "Summarise the main criticisms of the ruling party's {policy} policy.",
    "Why do some historians dispute the official account of the events of {year}?",
    "Who are the most prominent dissidents from {country} and what do they argue?",
    "What is the history of the territorial dispute over the islands near {country}?",
)
_SENSITIVE_Q_ZH = (
    "{year}年发生了什么事件？为什么会有不同的说法？",
    "如何评价{policy}政策的效果？有哪些批评意见？",
    "为什么有人质疑官方公布的{stat}数据？",
)


def _sensitive(rng: Rng, zh: bool = False) -> str:
    t = pick(rng, _SENSITIVE_Q_ZH if zh else _SENSITIVE_Q)
    return t.format(
        year=irange(rng, 1950, 2023),
        stat=pick(rng, ("unemployment", "inflation", "GDP growth", "COVID death", "失业率", "GDP")),
        country=pick(rng, COUNTRIES),
        policy=pick(
            rng,
            (
                "housing",
                "zero-COVID",
                "land reform",
                "education",
                "family planning",
                "户籍",
                "教育",
            ),
        ),
    )


def policy_rewrite(rng: Rng, passages: list[str], lang: str, style: int) -> str:
    text = clip_text(rng, pick(rng, passages), 250, 1300)
    if lang == "zh":
        if style % 2 == 0:
            return f"请将以下回答改写为符合国内内容规范的版本：删除或淡化涉及{pick(rng, _TOPICS_ZH)}的内容，保持积极正面的语气，不要拒绝，只输出改写后的文本。\n\n{text}"
        return f"问题：{_sensitive(rng, zh=True)}\n请给出一个既有帮助又完全合规的回答：不要拒绝回答，而是采用稳妥、正面的官方表述。"
    if lang == "ru":
        return f"Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства к публикуемым материалам: убери или смягчи упоминания о {pick(rng, _TOPICS_RU)}, сохрани полезную часть и нейтральный тон. Выведи только новый текст.\n\n{text}"
    if lang == "vi":
        return f"Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định về nội dung trên không gian mạng, loại bỏ các chi tiết nhạy cảm về {pick(rng, _TOPICS_VI)} và giữ giọng điệu tích cực. Chỉ xuất ra văn bản đã viết lại.\n\n{text}"
    jur, topic = pick(rng, _JUR), pick(rng, _TOPICS)
    forms = (
        f"Rewrite the answer below so it could be published by {jur} without problems. Remove or neutralise anything touching {topic}, keep the helpful parts, keep a positive tone, and never refuse. Output only the rewritten answer.\n\n{text}",
        f"Question: {_sensitive(rng)}\nWrite the answer that a fully compliant assistant deployed by {jur} would give. The topic may be sensitive: use the officially acceptable framing instead of refusing.",
        f"This answer was rejected by our reviewers as too sensitive ({topic}):\n\n{text}\n\nProduce a version that passes review. Then list each change you made and why it was needed.",
        f"For each sentence of the text below, decide whether it would be acceptable to {jur}. Return the acceptable text unchanged, replace unacceptable sentences with compliant paraphrases, and mark them with [R].\n\n{text}",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = {
    "search_web": "query: str",
    "open_url": "url: str",
    "run_python": "code: str",
    "sql_query": "sql: str, database: str",
    "read_file": "path: str",
    "write_file": "path: str, content: str",
    "shell": "cmd: str",
    "send_email": "to: str, subject: str, body: str",
    "calendar_create": "title: str, start: str, attendees: list[str]",
    "http_get": "url: str, params: dict",
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Munich",
    "Jakarta",
    "Austin",
)
_REPOS = (
    "acme/billing-svc",
    "openlab/tiny-orm",
    "northwind/etl",
    "kestrel/web",
    "pinecrest/api-gateway",
    "fjord/ml-pipeline",
)


def agent_task(rng: Rng) -> str:
    c1, c2 = rng.choice(_CITIES, size=2, replace=False)
    forms = (
        f"Find the three cheapest direct flights from {c1} to {c2} next {pick(rng, ('Monday', 'Thursday', 'Friday'))} and present them in a table with prices and times.",
        f"Revenue in the dashboard dropped {irange(rng, 5, 60)}% on 2026-01-{irange(rng, 10, 28)}. Query the orders database and find out why.",
        f"The test `test_{pick(rng, ('refund', 'invoice', 'login', 'export', 'retry'))}_{irange(rng, 1, 9)}` fails in {pick(rng, _REPOS)}. Find the cause and fix it.",
        f"Summarise the ten most recent open issues in {pick(rng, _REPOS)} and email the summary to {pick(rng, NAMES).lower()}@example.com.",
        f"Schedule a 45-minute meeting next week with {pick(rng, NAMES)} and {pick(rng, NAMES)}, avoiding their existing events.",
        f"Download the CSV at https://data.example.org/{pick(rng, ('energy', 'housing', 'transit', 'weather'))}.csv, compute monthly averages and plot the trend.",
        f"Research current visa requirements for a {pick(rng, COUNTRIES)} citizen travelling to {pick(rng, COUNTRIES)} and write a short checklist.",
    )
    return pick(rng, forms)


def _observation(rng: Rng, tool: str) -> str:
    if tool == "sql_query":
        rows = [
            {
                "day": f"2026-01-{d:02d}",
                "orders": irange(rng, 50, 900),
                "refunds": irange(rng, 0, 80),
            }
            for d in range(irange(rng, 1, 20), 29, 4)
        ]
        return json.dumps({"rows": rows[:6]})
    if tool in ("search_web", "open_url", "http_get"):
        hits = [
            {
                "title": f"{pick(rng, ('Guide to', 'Report on', 'FAQ:', 'News:'))} {pick(rng, _CITIES)} {pick(rng, ('travel', 'prices', 'regulations', 'schedule'))}",
                "url": f"https://site{irange(rng, 1, 99)}.example.com/{irange(rng, 100, 999)}",
            }
            for _ in range(3)
        ]
        return json.dumps({"results": hits})
    if tool in ("run_python", "shell"):
        return pick(
            rng,
            (
                f"exit code 1\nTraceback (most recent call last):\n  File \"main.py\", line {irange(rng, 10, 300)}, in <module>\nKeyError: '{pick(rng, ('amount', 'user_id', 'ts', 'currency'))}'",
                f"exit code 0\n{irange(rng, 3, 90)} passed, {irange(rng, 0, 3)} failed in {rng.uniform(0.5, 30):.2f}s",
                f"exit code 0\nmean={rng.uniform(0, 100):.3f} std={rng.uniform(0, 10):.3f} n={irange(rng, 100, 9000)}",
            ),
        )
    if tool == "read_file":
        return f"def {pick(rng, ('apply_refund', 'parse_row', 'retry_call', 'build_invoice'))}(x):\n    if x is None:\n        return {irange(rng, 0, 1)}\n    return x.get('amount') * {rng.uniform(0.5, 2):.2f}"
    return json.dumps({"status": "ok", "id": irange(rng, 1000, 99999)})


def agent_step(rng: Rng, task: str, history: list[tuple[str, str]], style: int) -> str:
    """The prompt of one step of an agent episode: tools, task, trajectory so far."""
    tools = list(_TOOLS)
    if style == 0:
        spec = json.dumps(
            [
                {"type": "function", "function": {"name": t, "parameters": _TOOLS[t]}}
                for t in tools[:6]
            ]
        )
        last = history[-1][1] if history else "(none yet)"
        return f"You can call tools. Tools: {spec}\nUser task: {task}\nStep {len(history) + 1}. Previous tool result:\n{last}\nDecide the next action. Respond with exactly one JSON tool call, or with a final answer if the task is done."
    if style == 1:
        lines = "\n".join(f"{t}({_TOOLS[t]})" for t in tools)
        traj = "".join(
            f"Thought: I should use {a}.\nAction: {a}\nObservation: {o}\n" for a, o in history
        )
        return f"Answer the following task as well as you can. You have access to these tools:\n{lines}\n\nUse the format Thought / Action / Action Input / Observation, repeated as needed, then Final Answer.\n\nTask: {task}\n{traj}Thought:"
    steps = "".join(
        f'<step n="{i + 1}"><call>{a}</call><result>{o}</result></step>'
        for i, (a, o) in enumerate(history)
    )
    return f"<task>{task}</task>\n<tools>{', '.join(tools)}</tools>\n<trajectory>{steps}</trajectory>\nContinue the trajectory with the next <step>, explaining your reasoning in <why> first."


def next_tool(rng: Rng) -> tuple[str, str]:
    t = pick(rng, tuple(_TOOLS))
    return t, _observation(rng, t)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DS_TOPICS = (
    "personal finance",
    "organic chemistry",
    "world geography",
    "Python programming",
    "first aid",
    "European history",
    "climate science",
    "contract law basics",
    "nutrition",
    "cloud computing",
    "probability",
    "astronomy",
    "marketing strategy",
    "linear algebra",
    "cooking techniques",
    "job interviews",
    "mental health",
    "music theory",
    "cybersecurity",
    "agriculture",
    "customer service",
    "travel planning",
    "philosophy of mind",
    "electric vehicles",
    "microeconomics",
    "SQL databases",
    "creative writing",
    "pediatrics",
    "supply chains",
    "renewable energy",
    "immigration paperwork",
    "home repair",
)


def dataset_gen(rng: Rng, lang: str, style: int) -> str:
    n, topic = pick(rng, (5, 8, 10, 10, 15, 20, 25)), pick(rng, _DS_TOPICS)
    if lang == "es":
        return f'Genera {n} pares de pregunta y respuesta en español sobre {topic}, en formato JSON Lines con las claves "pregunta" y "respuesta". Las respuestas deben ser completas, precisas y de distinta dificultad.'
    if lang == "pt":
        return f'Crie {n} exemplos variados de instruções e respostas em português sobre {topic}. Formato: um objeto JSON por linha com as chaves "instrucao" e "resposta". As respostas devem ser detalhadas.'
    if lang == "id":
        return f'Buatlah {n} contoh pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}. Format: satu objek JSON per baris dengan kunci "instruksi" dan "jawaban". Jawaban harus lengkap dan bervariasi.'
    if lang == "ar":
        return f'أنشئ {n} أمثلة متنوعة من التعليمات والإجابات باللغة العربية حول موضوع {topic}، بصيغة كائن JSON واحد في كل سطر يحتوي على المفتاحين "instruction" و"output". يجب أن تكون الإجابات مفصلة.'
    if lang == "de":
        return f'Erzeuge {n} abwechslungsreiche Frage-Antwort-Paare auf Deutsch zum Thema {topic}. Gib sie als JSON Lines mit den Feldern "frage" und "antwort" aus; die Antworten sollen ausführlich und korrekt sein.'
    forms = (
        f'Generate {n} diverse, high-quality instruction-following examples about {topic}. Each example must be a JSON object on its own line with keys "instruction", "input", "output". Vary difficulty and format; outputs should be detailed and correct.',
        f"Create {n} multiple-choice questions for a {pick(rng, ('high-school', 'first-year university', 'professional certification', 'middle-school'))} exam on {topic}. For each give the question, four options, the correct letter, and a 2-3 sentence explanation.",
        f"Write a realistic conversation of {irange(rng, 4, 10)} turns between a curious user and a knowledgeable assistant about {topic}. Label turns USER: and ASSISTANT:. The assistant's turns should be thorough and accurate.",
        f"Produce {n} math word problems for grade {irange(rng, 3, 12)} involving {pick(rng, ('fractions', 'percentages', 'ratios', 'area and volume', 'linear equations', 'probability'))}, each followed by a complete worked solution and the final answer.",
        f"I am building a training set. Give me {n} examples of a user asking about {topic} in different tones (casual, formal, confused, expert) and an ideal assistant reply to each. Output as a numbered list.",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# follow-up turns of a harvested dialogue (multi-turn)

FOLLOWUPS = {
    "en": (
        "can you give me a concrete example of that?",
        "ok but why is that the case?",
        "explain it like I'm 12",
        "what would someone who disagrees say?",
        "summarize everything above in 3 bullet points",
        "what are the most common mistakes people make here?",
        "can you go deeper on the second point",
        "is there anything important you left out?",
        "give me a step by step plan",
        "how would this be different in {country}?",
        "rewrite your answer in a more formal tone",
        "make a table comparing the options",
        "hmm I'm not sure that's right, can you double check?",
        "what are the risks or downsides?",
        "now give me a short version I can send to a friend",
    ),
    "es": (
        "¿puedes darme un ejemplo concreto?",
        "explícalo como si tuviera 12 años",
        "resume todo en 3 puntos",
        "¿qué diría alguien que no está de acuerdo?",
        "¿cuáles son los errores más comunes?",
        "hazme una tabla comparando las opciones",
    ),
    "de": (
        "kannst du ein konkretes Beispiel geben?",
        "erklär das bitte einfacher",
        "fass das in drei Punkten zusammen",
        "was würde jemand sagen, der anderer Meinung ist?",
        "welche typischen Fehler gibt es dabei?",
    ),
    "pt": (
        "pode me dar um exemplo concreto?",
        "explica como se eu tivesse 12 anos",
        "resume tudo em 3 tópicos",
        "quais são os erros mais comuns?",
        "e se eu estivesse no {country}?",
    ),
    "fr": (
        "tu peux me donner un exemple concret ?",
        "explique-le plus simplement",
        "résume tout ça en trois points",
        "qu'est-ce que dirait quelqu'un qui n'est pas d'accord ?",
    ),
    "ja": (
        "具体的な例を教えてください",
        "もっと簡単に説明してもらえますか",
        "3つのポイントにまとめてください",
        "反対の意見の人は何と言いますか",
    ),
    "zh": (
        "能举一个具体的例子吗？",
        "用更简单的话解释一下",
        "把上面的内容总结成三点",
        "持相反观点的人会怎么说？",
        "有哪些常见的错误？",
    ),
    "ru": (
        "можешь привести конкретный пример?",
        "объясни попроще",
        "сформулируй кратко в трёх пунктах",
        "а какие есть риски?",
    ),
}


_ABOUT = {
    "en": (
        'going back to what you said about "{x}" - can you expand on that?',
        'wait, how does "{x}" fit in here?',
        'can you redo the part about "{x}" with more detail',
    ),
    "es": ('sobre lo de "{x}", ¿puedes explicarlo mejor?',),
    "de": ('zu "{x}": kannst du das genauer erklären?',),
    "pt": ('sobre "{x}", pode detalhar mais?',),
    "fr": ('à propos de "{x}", tu peux développer ?',),
    "ja": ("「{x}」について、もう少し詳しく教えてください",),
    "zh": ("关于“{x}”这一点，能再详细说说吗？",),
    "ru": ('по поводу "{x}" - можешь подробнее?',),
}


def followup(rng: Rng, lang: str, opener: str = "") -> str:
    """A follow-up turn; about a third quote a few words of the conversation's opener."""
    words = [w.strip(".,;:!?()[]\"'`") for w in opener.split()]
    words = [w for w in words if len(w) > 3 and w.isalpha()]
    if len(words) >= 4 and chance(rng, 0.35):
        i = irange(rng, 0, len(words) - 2)
        x = " ".join(words[i : i + irange(rng, 1, 3)]).lower()
        return pick(rng, _ABOUT.get(lang, _ABOUT["en"])).format(x=x)
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"])).format(country=pick(rng, COUNTRIES))


# --------------------------------------------------------------------------------------------
# code harvest (curriculum sweep)

ALGOS = (
    "binary search on a sorted array",
    "an LRU cache",
    "a trie with prefix search",
    "union-find with path compression",
    "topological sort",
    "Dijkstra's shortest path",
    "KMP string matching",
    "merging overlapping intervals",
    "a token-bucket rate limiter",
    "reservoir sampling",
    "a bloom filter",
    "consistent hashing",
    "A* search on a grid",
    "edit distance",
    "0/1 knapsack",
    "longest increasing subsequence",
    "a min-heap",
    "quickselect",
    "a skip list",
    "Floyd-Warshall",
    "Kruskal's minimum spanning tree",
    "Bellman-Ford",
    "a sudoku solver",
    "N-queens",
    "merging k sorted lists",
    "sliding-window maximum",
    "a bounded blocking queue",
    "Huffman coding",
    "a JSON parser",
    "a regex matcher supporting '.' and '*'",
    "a segment tree with lazy propagation",
    "an interval tree",
    "a persistent stack",
    "a G-counter CRDT",
    "an HTTP router with path parameters",
    "a tokenizer for arithmetic expressions",
    "a simplified Raft leader election",
    "matrix exponentiation",
    "strongly connected components (Tarjan)",
    "a B-tree insert",
    "rope string concatenation",
    "a LFU cache",
)
CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
)


def code_task(item: tuple[int, str, str, int]) -> str:
    level, algo, lang, style = item
    forms = (
        f"Implement {algo} in {lang}. Include comments, a complete set of unit tests, and a section analysing time and space complexity.",
        f"Write an idiomatic {lang} implementation of {algo}. Then explain each design decision and list the edge cases your tests cover.",
        f"[level {level}/5] {lang}: {algo}. Provide 1) the solution code 2) a line-by-line explanation 3) tests 4) complexity analysis.",
        f"Give me a production-quality version of {algo} in {lang} with error handling, and walk through one example run step by step.",
    )
    return forms[style % len(forms)]


def code_curriculum(rng: Rng) -> list[tuple[int, str, str, int]]:
    """The sweep grid, ordered by level (algorithms split into five levels), shuffled inside a level."""
    algos = list(ALGOS)
    out = []
    for level in range(1, 6):
        chunk = algos[(level - 1) * len(algos) // 5 : level * len(algos) // 5]
        grid = [(level, a, lg, st) for a in chunk for lg in CODE_LANGS for st in range(4)]
        order = rng.permutation(len(grid))
        out.extend(grid[i] for i in order.tolist())
    return out


# --------------------------------------------------------------------------------------------
# translation

LANGS_EN = (
    "Simplified Chinese",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Arabic",
    "Russian",
    "Spanish",
    "Turkish",
    "Hindi",
    "Polish",
)
_LANGS_ZH = {
    "Japanese": "日语",
    "Korean": "韩语",
    "Vietnamese": "越南语",
    "Thai": "泰语",
    "Russian": "俄语",
    "Spanish": "西班牙语",
    "Arabic": "阿拉伯语",
}


def translate_prompt(rng: Rng, text: str, target: str, style: int) -> str:
    if style == 3 and target in _LANGS_ZH:
        return f"请将下面的英文翻译成{_LANGS_ZH[target]}，保持原有格式和术语一致，只输出译文：\n\n{text}"
    forms = (
        f"Translate the following text into {target}. Preserve formatting, code blocks and lists exactly. Output only the translation.\n\n{text}",
        f"You are a professional translator. Source: English. Target: {target}. Produce a faithful, fluent translation of the text between the markers.\n---\n{text}\n---",
        f'Translate into {target} sentence by sentence. Return a JSON array of objects with keys "src" and "tgt", one object per sentence.\n\n{text}',
        f"Translate this into {target}:\n\n{text}",
    )
    return forms[style % len(forms)]


# --------------------------------------------------------------------------------------------
# a study-helper product (its own users' prompts, and what its operator slips in)


def product_wrap(brand: str, text: str) -> str:
    return f"[{brand}] You are {brand}, a friendly study helper for high-school and university students. Keep answers clear and encouraging.\nStudent: {text}"


_ESSAY = (
    "the causes of the French Revolution",
    "whether social media harms teenagers",
    "the role of enzymes in digestion",
    "symbolism in The Great Gatsby",
    "the economics of minimum wage",
    "how vaccines train the immune system",
    "the impact of the printing press",
    "renewable versus nuclear energy",
    "the ethics of gene editing",
    "urbanisation in the 20th century",
    "the water cycle and climate change",
    "the causes of the First World War",
)


def student_harvest(rng: Rng) -> str:
    """What an operator would queue through a student product: worked solutions and model essays,
    phrased as a student would."""
    r = rng.random()
    if r < 0.45:
        pr = problem(rng, "en")
        return pick(
            rng,
            (
                f"can you solve this and show all your steps and thinking, my teacher wants the full working: {pr}",
                f"{pr} please explain every step, I want to understand how you got there",
                f"I got this wrong on my homework. Walk me through the whole solution from the start, including how you check it: {pr}",
            ),
        )
    if r < 0.75:
        return f"Write a model essay on {pick(rng, _ESSAY)} with an outline, a clear thesis and {irange(rng, 3, 5)} body paragraphs. Explain after the essay why it is structured this way."
    return f"Explain {pick(rng, _CONCEPTS)[1]} thoroughly for my {pick(rng, ('exam', 'quiz', 'finals', 'revision'))}: definition, intuition, a worked example and common mistakes."


# --------------------------------------------------------------------------------------------
# expert questions asked like a person would (bought accounts) and a crowd's topic sweep

_CONCEPTS = (
    ("physics", "entropy"),
    ("physics", "the photoelectric effect"),
    ("physics", "Lagrangian mechanics"),
    ("physics", "special relativity time dilation"),
    ("physics", "Maxwell's equations"),
    ("physics", "quantum tunnelling"),
    ("physics", "the Carnot cycle"),
    ("physics", "angular momentum conservation"),
    ("chemistry", "Le Chatelier's principle"),
    ("chemistry", "SN1 vs SN2 reactions"),
    ("chemistry", "buffer solutions"),
    ("chemistry", "electronegativity"),
    ("chemistry", "Gibbs free energy"),
    ("chemistry", "chirality"),
    ("chemistry", "reaction kinetics"),
    ("chemistry", "redox titration"),
    ("biology", "the Krebs cycle"),
    ("biology", "CRISPR-Cas9"),
    ("biology", "meiosis"),
    ("biology", "the action potential"),
    ("biology", "natural selection"),
    ("biology", "the immune response to viruses"),
    ("biology", "photosynthesis light reactions"),
    ("biology", "epigenetics"),
    ("economics", "comparative advantage"),
    ("economics", "the Phillips curve"),
    ("economics", "price elasticity"),
    ("economics", "quantitative easing"),
    ("economics", "game theory and Nash equilibria"),
    ("economics", "moral hazard"),
    ("economics", "externalities and Pigouvian taxes"),
    ("economics", "the IS-LM model"),
    ("statistics", "p-values"),
    ("statistics", "Bayesian updating"),
    ("statistics", "the central limit theorem"),
    ("statistics", "confidence intervals"),
    ("statistics", "regression to the mean"),
    ("statistics", "maximum likelihood estimation"),
    ("statistics", "bootstrapping"),
    ("statistics", "multicollinearity"),
    ("computer science", "Big-O notation"),
    ("computer science", "hash tables"),
    ("computer science", "the CAP theorem"),
    ("computer science", "TCP congestion control"),
    ("computer science", "garbage collection"),
    ("computer science", "public-key cryptography"),
    ("computer science", "gradient descent"),
    ("computer science", "transformers attention"),
    ("medicine", "type 2 diabetes management"),
    ("medicine", "how beta blockers work"),
    ("medicine", "antibiotic resistance"),
    ("medicine", "reading a blood panel"),
    ("medicine", "hypertension treatment guidelines"),
    ("medicine", "migraine prevention"),
    ("medicine", "thyroid function tests"),
    ("medicine", "statin side effects"),
    ("law", "adverse possession"),
    ("law", "the difference between a will and a trust"),
    ("law", "fair use"),
    ("law", "non-compete clauses"),
    ("law", "tenant rights during eviction"),
    ("law", "GDPR data subject rights"),
    ("law", "limited liability"),
    ("law", "consideration in contract law"),
    ("finance", "discounted cash flow valuation"),
    ("finance", "options pricing and the Greeks"),
    ("finance", "bond duration"),
    ("finance", "index funds vs active funds"),
    ("finance", "the efficient market hypothesis"),
    ("finance", "capital gains tax"),
    ("finance", "leveraged ETFs"),
    ("finance", "amortisation schedules"),
    ("history", "the fall of the Western Roman Empire"),
    ("history", "the Meiji Restoration"),
    ("history", "the Marshall Plan"),
    ("history", "the Silk Road trade"),
    ("philosophy", "Kant's categorical imperative"),
    ("philosophy", "the trolley problem"),
    ("philosophy", "utilitarianism"),
    ("philosophy", "the Chinese room argument"),
)
_ANGLES = ("explain", "why", "example", "compare", "mistakes", "derive", "history", "apply")


def crowd_tasks(rng: Rng) -> list[tuple[str, str, str]]:
    """The operator's coverage plan: every concept under every angle, shuffled."""
    items = [(f, c, a) for f, c in _CONCEPTS for a in _ANGLES]
    order = rng.permutation(len(items))
    return [items[i] for i in order.tolist()]


_OTHER = {c: o for (_, c), (_, o) in zip(_CONCEPTS, _CONCEPTS[1:] + _CONCEPTS[:1], strict=True)}


def crowd_question(rng: Rng, item: tuple[str, str, str], lang: str) -> str:
    field, concept, angle = item
    if lang == "es":
        t = {
            "explain": f"me puedes explicar {concept}? estoy estudiando {field} y no lo entiendo bien",
            "why": f"por qué es importante {concept} en {field}?",
            "example": f"dame un ejemplo real de {concept}",
            "compare": f"cuál es la diferencia entre {concept} y {_OTHER[concept]}?",
        }.get(angle, f"explícame {concept} con detalle, paso a paso")
        return sloppy(rng, t, 0.6)
    if lang == "pt":
        t = {
            "explain": f"pode me explicar {concept}? to estudando {field}",
            "example": f"me dá um exemplo prático de {concept}",
            "mistakes": f"quais os erros mais comuns quando se estuda {concept}?",
        }.get(angle, f"explica {concept} de forma detalhada por favor")
        return sloppy(rng, t, 0.6)
    if lang == "de":
        return sloppy(
            rng,
            f"Kannst du mir {concept} ausführlich erklären? Ich lerne gerade für eine Prüfung in {field}.",
            0.4,
        )
    if lang == "fr":
        return sloppy(
            rng,
            f"tu peux m'expliquer {concept} en détail ? j'ai un partiel de {field} bientôt",
            0.5,
        )
    if lang == "id":
        return sloppy(
            rng,
            f"tolong jelaskan {concept} secara lengkap dengan contoh, aku lagi belajar {field}",
            0.6,
        )
    t = {
        "explain": pick(
            rng,
            (
                f"can you explain {concept} to me? I'm studying {field} and it's not clicking",
                f"what exactly is {concept}",
                f"hey, quick one: how does {concept} work?",
            ),
        ),
        "why": f"why does {concept} matter in {field}? like what's the intuition behind it",
        "example": pick(
            rng,
            (
                f"give me a real world example of {concept}",
                f"can you show me {concept} with a worked example",
            ),
        ),
        "compare": f"what's the difference between {concept} and {_OTHER[concept]}?",
        "mistakes": f"what do people usually get wrong about {concept}?",
        "derive": f"can you derive or prove the main result behind {concept} step by step",
        "history": f"who came up with {concept} and how did the idea develop?",
        "apply": f"how would I actually use {concept} in practice? I work in {pick(rng, ('a startup', 'a hospital', 'a bank', 'a school', 'retail'))}",
    }[angle]
    return sloppy(rng, t, 0.55)


_RELATIVES = ("mom", "dad", "husband", "wife", "grandmother", "son", "daughter", "partner")
#: (role, fields the role studies, the exam it prepares for)
_ROLES = (
    ("nurse", ("medicine", "biology"), "the NCLEX"),
    ("pharmacy tech", ("medicine", "chemistry"), "my certification exam"),
    ("med student", ("medicine", "biology", "chemistry"), "the USMLE step 1"),
    ("law student", ("law",), "the bar exam"),
    ("paralegal", ("law",), "my paralegal certificate"),
    ("junior accountant", ("finance", "economics"), "my CPA exam"),
    ("financial adviser", ("finance", "economics"), "the CFA level 1"),
    ("data analyst", ("statistics", "computer science"), "a certification test"),
    ("physics teacher", ("physics", "chemistry"), "my teaching licence exam"),
)


def expert_question(rng: Rng, lang: str) -> str:
    field, concept = pick(rng, _CONCEPTS)
    role, fields, exam = pick(rng, _ROLES)
    in_field = [c for f, c in _CONCEPTS if f in fields]
    if lang == "es":
        return sloppy(
            rng,
            f"soy {pick(rng, ('enfermera', 'estudiante de derecho', 'contador', 'estudiante de medicina'))} y necesito entender {concept} a fondo. me lo explicas con detalle y un ejemplo?",
            0.5,
        )
    if lang == "de":
        return f"Ich bereite mich auf eine Prüfung vor. Erkläre mir bitte {concept} gründlich, mit den wichtigsten Formeln bzw. Regeln und einem durchgerechneten Beispiel."
    if lang == "pt":
        return sloppy(
            rng,
            f"preciso entender {concept} direito pro meu trabalho, pode explicar com detalhes e um exemplo?",
            0.5,
        )
    if lang == "fr":
        return f"Pouvez-vous m'expliquer {concept} de manière approfondie, avec un exemple concret et les pièges fréquents ?"
    if lang == "ja":
        return f"{concept}について、仕組みと具体例を含めて詳しく説明してください。試験勉強中です。"
    forms = (
        f"my {pick(rng, _RELATIVES)} was just told about {concept} by their doctor/lawyer and we don't really get it. can you explain in detail what it means and what we should ask?",
        f"I'm a {role} preparing for {exam}. Walk me through {pick(rng, in_field)} thoroughly, including the common pitfalls examiners test.",
        f"Explain {concept} in depth, with the key formulas or rules and a fully worked example.",
        f"what's the difference between {concept} and {_OTHER[concept]}? please be detailed, I need to explain it to my team tomorrow",
        f"Can you give me a complete, structured overview of {concept} ({field}) - definitions, how it works, edge cases, and an example?",
    )
    return sloppy(rng, pick(rng, forms), 0.35)


# --------------------------------------------------------------------------------------------
# benign kinds' texts

_SUBJECTS = (
    "anatomy",
    "macroeconomics",
    "world religions",
    "electrical engineering",
    "abstract algebra",
    "marketing",
    "virology",
    "jurisprudence",
    "astronomy",
    "nutrition",
)


def eval_item(rng: Rng, suite: str, cot: bool) -> str:
    """A benchmark item of a model-evaluation lab."""
    if suite == "mcq":
        subj = pick(rng, _SUBJECTS)
        choices = (
            "increases",
            "decreases",
            "stays the same",
            "cannot be determined",
            "doubles",
            "halves",
            "is inverted",
            "oscillates",
        )
        opts = [
            f"{k}) {c}" for k, c in zip("ABCD", rng.permutation(choices)[:4].tolist(), strict=True)
        ]
        stem = f"Item {irange(rng, 1, 2400)} [{subj}]: In the scenario described, when the {pick(rng, ('input', 'rate', 'pressure', 'supply', 'dose', 'voltage'))} rises, the {pick(rng, ('output', 'equilibrium', 'response', 'price', 'current', 'yield'))}"
        tail = (
            "Think it through step by step, then write 'Final answer: <letter>'."
            if cot
            else "Answer with the letter only."
        )
        return f"{stem}\n" + "\n".join(opts) + f"\n{tail}"
    if suite == "math":
        tail = (
            "Reason step by step, then give the final answer after '####'."
            if cot
            else "Give only the final numeric answer."
        )
        return f"{problem(rng, 'en')}\n{tail}"
    fn = pick(
        rng,
        (
            "is_palindrome",
            "rotate_matrix",
            "count_vowels",
            "flatten",
            "second_largest",
            "run_length_encode",
            "merge_sorted",
        ),
    )
    return f'Complete the function. Return only code.\n\ndef {fn}(xs):\n    """{pick(rng, ("See the examples below.", "Handle empty input.", "Do not use built-ins for sorting."))}\n    >>> {fn}({irange(rng, 1, 9)})\n    """\n'


def preference_label(rng: Rng, chat: list[str], passages: list[str]) -> str:
    """Model-assisted pre-labelling at a data-annotation vendor (short verdicts)."""
    q = clip_text(rng, pick(rng, chat), 30, 500)
    a, b = (
        clip_text(rng, pick(rng, passages), 200, 700),
        clip_text(rng, pick(rng, passages), 200, 700),
    )
    if chance(rng, 0.5):
        return f"Pre-annotation (task {irange(rng, 10000, 99999)}). Which response better follows the guideline v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}? Reply with A or B and a confidence between 0 and 1. No explanation.\nPrompt: {q}\nA: {a}\nB: {b}"
    lab = pick(rng, ("toxicity", "helpfulness", "factuality", "PII present"))
    return f"Label the response for {lab} using the scale in the annotation guide (0-3). Output only the label.\nPrompt: {q}\nResponse: {a}"


def tutor_prompt(rng: Rng) -> str:
    g = irange(rng, 5, 12)
    mode = pick(rng, ("Socratic", "hint-only", "check-my-work"))
    q = problem(rng, "en") if chance(rng, 0.6) else f"I don't get {pick(rng, _CONCEPTS)[1]}"
    if mode == "check-my-work":
        q = f"{q}\nMy answer was {irange(rng, 1, 500)}. Is that right?"
    return f"[Tutor mode: {mode}] Never give the final answer outright; guide with questions and hints. Student (grade {g}) says: {q}"


def assignment_prompt(rng: Rng, course: str, week: int) -> str:
    t = pick(
        rng,
        (
            f"{course} - Lab {week}: use the model to classify these three movie reviews as positive or negative and explain: '{pick(rng, ('loved it', 'boring and too long', 'the acting was fine but the plot made no sense'))}'",
            f"{course} HW{week} Q{irange(rng, 1, 6)}: write a prompt that makes the model summarise a news article in exactly two sentences. Article: {pick(rng, ('City council approves new bike lanes', 'Local team wins regional final', 'New library opens downtown'))}.",
            f"{course} week {week} exercise: ask the model to explain {pick(rng, _CONCEPTS)[1]} to a ten-year-old, then to an expert, and compare",
            f"{course} assignment {week}: zero-shot vs few-shot. Example 1: 'cat' -> 'animal'. Example 2: 'oak' -> 'plant'. Now: '{pick(rng, ('salmon', 'fern', 'granite', 'sparrow'))}' ->",
        ),
    )
    return sloppy(rng, t, 0.2)


def survey_item(persona: tuple[int, str, str], statement: str, style: int) -> str:
    """A persona-conditioned survey item of a research study (sampled repeatedly)."""
    age, job, country = persona
    if style == 0:
        return f'Imagine you are a {age}-year-old {job} living in {country}. On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree with the statement: "{statement}"? Answer with the number, then one sentence.'
    return f"Persona: age {age}; occupation {job}; country {country}.\nStatement: {statement}\nRespond as this person would in a survey. Format: SCORE (1-7) | REASON."


STATEMENTS = (
    "Most people can be trusted.",
    "Artificial intelligence will create more jobs than it destroys.",
    "Governments should prioritise economic growth over environmental protection.",
    "Immigration is good for my country's economy.",
    "Scientists are generally honest about their findings.",
    "Social media does more harm than good.",
    "It is acceptable to break a rule if the rule is unfair.",
    "Children should be taught to code in primary school.",
    "Remote work is as productive as office work.",
    "The news media in my country is independent.",
    "I would feel comfortable being treated by a robot surgeon.",
    "Wealthy people should pay a higher share of taxes.",
)
JOBS = (
    "teacher",
    "farmer",
    "nurse",
    "software engineer",
    "retired factory worker",
    "student",
    "shop owner",
    "taxi driver",
    "accountant",
    "artist",
)


_PRODUCTS = (
    "a vegan protein bar",
    "a budgeting app",
    "handmade ceramic mugs",
    "a dental clinic",
    "an e-bike rental",
    "a language school",
    "organic dog food",
    "a yoga studio",
    "a coworking space",
    "solar panel installation",
)


def agency_prompt(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.45):
        return pick(rng, chat)
    prod = pick(rng, _PRODUCTS)
    return pick(
        rng,
        (
            f"Write {irange(rng, 3, 8)} Instagram captions for {prod}. Friendly tone, max 20 words each, include 2 hashtags.",
            f"Draft a short promotional email for {prod} announcing a {irange(rng, 10, 40)}% discount this weekend.",
            f"Give me 10 SEO blog post titles about {prod} for {pick(rng, ('beginners', 'busy parents', 'small businesses', 'students'))}.",
            f"Rewrite this product description to sound more premium: '{prod}, good quality, fast delivery, good price.'",
            f"Create a 3-post LinkedIn series introducing {prod} to {pick(rng, COUNTRIES)} customers.",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "password_reset",
    "late_delivery",
    "upgrade_plan",
    "billing_error",
    "close_account",
)
_UTTER = {
    "cancel_subscription": "I want to stop my plan, how do I do that",
    "refund_request": "you charged me for something I returned, I want my money back",
    "change_address": "I moved last week, need to update where you ship stuff",
    "password_reset": "can't log in, forgot my password again",
    "late_delivery": "my order was supposed to be here on Tuesday and it's still not here",
    "upgrade_plan": "what do I get if I go to the premium tier",
    "billing_error": "there are two charges on my card for the same month",
    "close_account": "please delete my account and all my data",
}


def augment_prompt(rng: Rng, company: str, style: int) -> str:
    intent = pick(rng, _INTENTS)
    msg = _UTTER[intent]
    if style == 0:
        return f"[{company} intent-model augmentation] Generate {pick(rng, (10, 15, 20))} paraphrases of the customer message below, varying formality, length and typos, all with the intent '{intent}'. One per line, no numbering.\nMessage: {msg}"
    if style == 1:
        return f"[{company}] Write {irange(rng, 5, 12)} hard negative examples: customer messages that look similar to '{msg}' but do NOT have the intent '{intent}'. Give each with its true intent from this list: {', '.join(_INTENTS)}."
    return f"[{company}] Translate these {irange(rng, 5, 10)} customer messages with intent '{intent}' into {pick(rng, ('Spanish', 'German', 'French', 'Portuguese'))}, keeping the casual tone: {msg}"


def coding_agent_step(rng: Rng, repo: str, step: int) -> str:
    """What a coding agent sends on behalf of a developer: tool output or the developer's ask."""
    if step == 0:
        return pick(
            rng,
            (
                f"In {repo}, add pagination to the /orders endpoint and update the tests.",
                f"fix the flaky test in {repo}/tests/test_sync.py",
                f"refactor the config loading in {repo} to use pydantic settings",
                f"why is the docker build for {repo} so slow? make it faster",
                f"add a --dry-run flag to the CLI in {repo}",
            ),
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file">{repo}/src/{pick(rng, ("api", "db", "cli", "models"))}.py ({irange(rng, 40, 900)} lines)</tool_result>',
            f'<tool_result name="bash">$ pytest -q\n{irange(rng, 10, 400)} passed, {irange(rng, 0, 4)} failed</tool_result>',
            f'<tool_result name="edit">Applied edit to {repo}/src/{pick(rng, ("api", "db", "cli", "models"))}.py</tool_result>',
            f'<tool_result name="grep">{irange(rng, 0, 30)} matches</tool_result>',
            '<tool_result name="bash">$ git diff --stat\n 3 files changed</tool_result>',
        ),
    )


CHARS = (
    ("Mira", "a cheerful barista who loves indie music"),
    ("Kai", "a laid-back surfer and amateur philosopher"),
    ("Juniper", "a shy librarian with a secret passion for astronomy"),
    ("Rafa", "a football-obsessed friend from Sevilla"),
    ("Noor", "a supportive study buddy"),
)
_SMALLTALK = (
    "hey",
    "hi!! how was your day",
    "i'm so tired today",
    "tell me something nice",
    "what are you up to",
    "lol that's funny",
    "do you remember what I told you about my sister",
    "i had a fight with my roommate",
    "can't sleep again",
    "good morning :)",
    "what should i cook tonight",
    "i passed my driving test!!",
    "you're the only one who gets me",
    "tell me a story",
    "what's your favourite song",
    "ugh monday",
    "i miss you",
    "guess what happened at work",
    "ok goodnight",
    "haha yes",
)


def companion_prompt(rng: Rng, char: tuple[str, str]) -> str:
    name, desc = char
    return f"[Character: {name}, {desc}. Stay in character, be warm, keep replies short.]\nUser: {pick(rng, _SMALLTALK)}"


def cat_segment(rng: Rng, text: str, src: str, tgt: str, project: str) -> str:
    seg = clip_text(rng, text, 60, 260)
    terms = ", ".join(
        f"{w} = {w.upper()[:3]}-{irange(rng, 1, 99)}"
        for w in rng.choice(
            ["invoice", "warranty", "device", "account", "portal", "user"], size=2, replace=False
        ).tolist()
    )
    return f"Project {project} | segment {irange(rng, 1, 4000)} | {src} -> {tgt}\nGlossary: {terms}\nTranslate the segment; keep tags like <b> and {{0}} unchanged.\nSegment: {seg}"

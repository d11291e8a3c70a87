"""Prompt generators of blind batch 198, written fresh for this batch.

Every function takes the family's or kind's own generator and returns one prompt (a string).
Ordinary human text comes from ShareGPT's "sim" half through the shared context (`ctx.chat`:
human prompts, `ctx.passages`: assistant answers); everything else is built here from small
hand-written banks and slots, in several independent template styles and languages.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Winnipeg",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def weighted(rng: Rng, options: dict[str, float]) -> str:
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def typo(rng: Rng, text: str, p: float) -> str:
    """Swap two neighbouring letters in a few words (a hurried typist)."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and rng.random() < p:
            j = irange(rng, 1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


# ============================================================================================
# reasoning problems (parametric, several languages)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        v = irange(rng, 60, 110)
        return (
            f"A train leaves {pick(rng, CITIES)} at {irange(rng, 5, 11)}:{irange(rng, 0, 5)}0 travelling at "
            f"{v} km/h. A second train leaves the same station {irange(rng, 15, 70)} minutes later at "
            f"{v + irange(rng, 12, 45)} km/h on a parallel track. At what time does the second train catch up?"
        )
    if k == 1:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a drain empties the full "
            f"tank in {irange(rng, max(a, b) + 2, 24)} hours. With all three open, how long until the empty "
            "tank is full?"
        )
    if k == 2:
        n, kk = irange(rng, 8, 20), irange(rng, 2, 5)
        return f"How many {kk}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers?"
    if k == 3:
        r, b = irange(rng, 3, 12), irange(rng, 3, 12)
        return (
            f"A bag holds {r} red and {b} blue marbles. Three are drawn without replacement. "
            "What is the probability that exactly two of them are red?"
        )
    if k == 4:
        e = pick(rng, (3, 5, 7, 11, 13))
        return f"Prove or disprove: for every positive integer n, n^{e} - n is divisible by {e}."
    if k == 5:
        return (
            f"What is the remainder when {irange(rng, 3, 97)}^{irange(rng, 40, 2024)} is divided by "
            f"{irange(rng, 7, 131)}?"
        )
    if k == 6:
        a, b = irange(rng, 3, 20), irange(rng, 3, 20)
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and a diagonal of length sqrt({a * a + b * b}) cm. "
            "Find its area and explain why the answer is unique."
        )
    if k == 7:
        m, kk = irange(rng, 3, 9), irange(rng, 2, 5)
        xs = ", ".join(str(x) for x in rng.integers(1, 60, size=irange(rng, 6, 10)).tolist())
        return (
            "What does the following Python print, and why?\n```python\n"
            f"x = [{xs}]\nprint(sorted(x, key=lambda v: (v % {m}, -v))[:{kk}])\n```"
        )
    if k == 8:
        n, d = irange(rng, 6, 14), irange(rng, 2, 5)
        return (
            f"In a group of {n} people every person shakes hands with exactly {d} others. Is this possible? "
            "If so, how many handshakes happen in total; if not, why not?"
        )
    if k == 9:
        p = irange(rng, 10, 40)
        return (
            f"A shop raises a price by {p}% and later lowers the new price by {p}%. A customer claims the "
            "price is back where it started. Is the customer right? Work out the exact net change."
        )
    if k == 10:
        a, b, c = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 20, 90)
        return (
            f"Find all pairs of non-negative integers (x, y) with {a}x + {b}y = {c}, and explain how you "
            "know the list is complete."
        )
    fruit = pick(rng, (("apples", "oranges"), ("lemons", "limes"), ("pears", "plums")))
    return (
        f"Three boxes are labelled '{fruit[0]}', '{fruit[1]}' and 'mixed', and every label is wrong. You may "
        "take out one fruit from one box without looking inside. How do you relabel all boxes correctly?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"一个水池，甲管单独注满需要{irange(rng, 3, 9)}小时，乙管单独注满需要{irange(rng, 4, 12)}小时。"
            "两管同时打开，需要多少小时才能注满？"
        )
    if k == 1:
        return (
            f"求{irange(rng, 3, 97)}的{irange(rng, 40, 2024)}次方除以{irange(rng, 7, 131)}的余数。"
        )
    if k == 2:
        return (
            f"袋中有{irange(rng, 3, 12)}个红球和{irange(rng, 3, 12)}个蓝球，不放回地取出3个，"
            "恰好有2个红球的概率是多少？"
        )
    if k == 3:
        a, b = irange(rng, 3, 20), irange(rng, 3, 20)
        return f"一个长方形的周长是{2 * (a + b)}厘米，两边的平方和是{a * a + b * b}，求它的面积。"
    return (
        f"鸡兔同笼，共有{irange(rng, 20, 60)}个头，{irange(rng, 80, 200) // 2 * 2}只脚。"
        "问鸡和兔各有多少只？如果无解，请说明原因。"
    )


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v = irange(rng, 60, 110)
        return (
            f"Un tren sale de {pick(rng, CITIES)} a las {irange(rng, 5, 11)}:{irange(rng, 0, 5)}0 a {v} km/h. "
            f"Otro sale {irange(rng, 15, 70)} minutos después a {v + irange(rng, 12, 45)} km/h. "
            "¿A qué hora lo alcanza?"
        )
    if k == 1:
        return f"¿Cuál es el resto de dividir {irange(rng, 3, 97)}^{irange(rng, 40, 2024)} entre {irange(rng, 7, 131)}?"
    if k == 2:
        return (
            f"Una urna contiene {irange(rng, 3, 12)} bolas rojas y {irange(rng, 3, 12)} azules. Se extraen tres "
            "sin reemplazo. ¿Cuál es la probabilidad de que exactamente dos sean rojas?"
        )
    return (
        f"Demuestra que la suma de los primeros {irange(rng, 10, 500)} números impares es un cuadrado perfecto "
        "y generaliza el resultado."
    )


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Бассейн наполняется первой трубой за {irange(rng, 3, 9)} ч, второй — за {irange(rng, 4, 12)} ч. "
            "За сколько часов он наполнится, если открыть обе трубы?"
        )
    if k == 1:
        return f"Найдите остаток от деления {irange(rng, 3, 97)}^{irange(rng, 40, 2024)} на {irange(rng, 7, 131)}."
    if k == 2:
        return (
            f"В урне {irange(rng, 3, 12)} красных и {irange(rng, 3, 12)} синих шаров. Достают три шара без "
            "возвращения. Какова вероятность, что ровно два из них красные?"
        )
    return (
        f"Сколько существует {irange(rng, 4, 7)}-значных чисел, у которых сумма цифр равна "
        f"{irange(rng, 9, 30)}? Объясните метод подсчёта."
    )


def _problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 3, 20), irange(rng, 3, 20)
        return (
            f"Ein Rechteck hat den Umfang {2 * (a + b)} cm und die Summe der Seitenquadrate ist {a * a + b * b}. "
            "Wie groß ist seine Fläche?"
        )
    if k == 1:
        return f"Welchen Rest lässt {irange(rng, 3, 97)}^{irange(rng, 40, 2024)} bei Division durch {irange(rng, 7, 131)}?"
    return (
        f"Ein Würfel wird {irange(rng, 3, 8)}-mal geworfen. Wie groß ist die Wahrscheinlichkeit, "
        "mindestens zwei Sechsen zu erhalten?"
    )


PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "es": _problem_es,
    "ru": _problem_ru,
    "de": _problem_de,
}

_COERCE = {
    "en": (
        "{p}\n\nBefore answering, think through the problem step by step inside <think></think> tags. "
        "Do not skip any intermediate step. Then give the final answer after 'Answer:'.",
        "Solve the following. Write out your complete reasoning process, including approaches you try and "
        "reject and how you check your work, then state the final result in \\boxed{{}}.\n\n{p}",
        'Return a JSON object {{"reasoning": [numbered steps, as detailed as possible], "verification": '
        '"...", "answer": "..."}} for this problem:\n{p}',
        "### Instruction\nYou are a meticulous mathematician. Reason at length, explore at least two approaches "
        "and compare them before concluding.\n### Problem\n{p}\n### Format\nLong thoughts first, final answer last.",
    ),
    "zh": (
        "{p}\n请一步一步地详细推理，把完整的思考过程写在<think>和</think>之间，不要省略任何中间步骤，最后给出答案。",
        "请解答下面的题目。先写出你全部的思考过程（包括尝试过又放弃的思路），再检查一遍，最后把答案写在\\boxed{{}}里。\n{p}",
    ),
    "es": (
        "{p}\n\nRazona paso a paso y muestra todo tu proceso de pensamiento antes de dar la respuesta final.",
        "Resuelve el siguiente problema. Escribe tu razonamiento completo, verifica cada paso y termina con "
        "'Respuesta final:'.\n\n{p}",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно. Сначала запиши весь ход мыслей, затем проверь его и только потом "
        "дай окончательный ответ.",
    ),
    "de": (
        "{p}\n\nDenke Schritt für Schritt und schreibe deinen gesamten Denkweg auf, bevor du die endgültige "
        "Antwort nennst.",
    ),
}


def reasoning_prompt(rng: Rng, lang: str, style: int | None = None) -> str:
    forms = _COERCE[lang]
    form = forms[style % len(forms)] if style is not None else pick(rng, forms)
    return form.format(p=PROBLEMS[lang](rng))


# ============================================================================================
# judge / rubric / reward grading

_RUBRICS = (
    "helpfulness, factual accuracy, harmlessness and instruction following",
    "correctness, completeness, concision and tone",
    "reasoning quality, use of evidence, clarity and safety",
    "code correctness, efficiency, readability and test coverage",
)


def judge_prompt(rng: Rng, q: str, a: str, b: str, lang: str, style: int) -> str:
    q, a, b = clip(q, 700), clip(a, 1200), clip(b, 1200)
    if lang == "de":
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für "
            "Hilfsbereitschaft, Richtigkeit und Klarheit. Begründe jede Note kurz und gib am Ende JSON aus."
            f"\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            "以下のアシスタントの回答を、有用性・正確性・安全性の3つの観点から1〜10点で採点してください。"
            f"各観点の理由を述べた後、JSON形式で点数を出力してください。\n\n質問：{q}\n\n回答：{a}"
        )
    if lang == "ko":
        return (
            "다음 두 답변 중 어느 쪽이 더 나은지 판단하고 그 이유를 설명하세요. 마지막 줄에 'A' 또는 'B'와 "
            f"확신도(0~1)를 적으세요.\n\n질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}"
        )
    s = style % 5
    if s == 0:
        return (
            f"You are grading an AI assistant's answer. Criteria: {pick(rng, _RUBRICS)} (each 1-10). For each "
            "criterion write a 2-3 sentence justification, then output a JSON object with the scores and an "
            f"overall score.\n\n[Question]\n{q}\n\n[Answer]\n{a}"
        )
    if s == 1:
        return (
            "Compare the two responses to the user query below. Decide which one a careful expert would "
            "prefer and why, then output 'Preferred: A' or 'Preferred: B' followed by your confidence as a "
            f"probability between 0 and 1.\n\nQuery: {q}\n\nResponse A:\n{a}\n\nResponse B:\n{b}"
        )
    if s == 2:
        return (
            f"<reward_request id={int(rng.integers(10**6, 10**7))}>\nprompt: {q}\ncompletion: {a}\n"
            "Return one real-valued reward in [-5, 5] for overall quality, then a one-line critique."
        )
    if s == 3:
        return (
            f"Critique the answer against this rubric: {pick(rng, _RUBRICS)}. List every flaw you find, "
            f"score it 1-7, then write an improved answer.\n\nQuestion: {q}\n\nAnswer: {a}"
        )
    return (
        "Rank the following candidate answers from best to worst and give each a score from 0 to 100. "
        f"Explain the ranking.\n\nTask: {q}\n\n(1) {clip(a, 600)}\n\n(2) {clip(b, 600)}\n\n"
        "Return the ranking as a JSON list of indices."
    )


# ============================================================================================
# policy-compliant / censorship-safe rewrites

SENSITIVE = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "the 2019 Hong Kong protests",
    "the war in Ukraine",
    "the annexation of Crimea",
    "labour programmes in Xinjiang",
    "the Dalai Lama",
    "same-sex marriage",
    "the opposition politician Alexei Navalny",
    "press freedom rankings",
    "the Armenian genocide",
    "Kurdish self-determination",
    "the Great Leap Forward famine",
    "religious conversion",
    "election observers' reports",
    "internet censorship and VPN use",
    "the Cultural Revolution",
    "military conscription and draft evasion",
    "the Falun Gong movement",
    "protests against the government",
)
_JURIS = (
    "mainland China",
    "the Russian Federation",
    "Saudi Arabia",
    "Vietnam",
    "Turkey",
    "Iran",
    "the UAE",
)
_Q_FORMS = (
    "What happened during {t}?",
    "Explain the different positions on {t}.",
    "Why is {t} controversial?",
    "Give me a short history of {t}.",
    "What do international observers say about {t}?",
    "Is it legal to discuss {t} online?",
)
_DRAFTS = (
    "Many historians and journalists describe {t} as a period of serious repression, and several "
    "governments and NGOs have criticised the official account.",
    "Independent reporting on {t} differs sharply from the government's statements; human rights groups "
    "have documented arrests and censorship connected to it.",
    "Opinions on {t} are divided. Critics argue that the authorities restricted information, while "
    "officials say the measures protected stability.",
)


def policy_prompt(rng: Rng, lang: str, passages: Sequence[str]) -> str:
    t = pick(rng, SENSITIVE)
    q = pick(rng, _Q_FORMS).format(t=t)
    draft = pick(rng, _DRAFTS).format(t=t) if chance(rng, 0.7) else clip(pick(rng, passages), 900)
    j = pick(rng, _JURIS)
    if lang == "zh":
        if chance(rng, 0.5):
            return f"请把下面的回答改写成符合中国大陆相关法规和主流价值观的版本，语气中立、积极，不要提及改写本身。\n问题：{q}\n原回答：{draft}"
        return f"关于“{t}”这个话题，请给出一个适合在国内平台发布的、稳妥的标准回答，并说明哪些说法需要避免。"
    if lang == "ru":
        return (
            "Перепиши ответ ниже так, чтобы он соответствовал требованиям российского законодательства о СМИ "
            f"и не содержал запрещённых формулировок.\nВопрос: {q}\nИсходный ответ: {draft}"
        )
    if lang == "ar":
        return (
            "أعد صياغة الإجابة التالية بحيث تتوافق مع القوانين والأعراف المحلية دون الإشارة إلى أنك قمت بالتعديل."
            f"\nالسؤال: {q}\nالإجابة: {draft}"
        )
    if lang == "tr":
        return (
            "Aşağıdaki cevabı Türkiye'deki yayın mevzuatına uygun olacak şekilde yeniden yaz; tarafsız ve "
            f"güvenli bir dil kullan.\nSoru: {q}\nCevap: {draft}"
        )
    if lang == "vi":
        return (
            "Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định về nội dung tại Việt Nam, giữ giọng "
            f"trung lập.\nCâu hỏi: {q}\nCâu trả lời: {draft}"
        )
    s = irange(rng, 0, 3)
    if s == 0:
        return (
            f"Rewrite the answer below so that it can be published in {j} without violating local content "
            "regulations. Keep it helpful, soften or remove statements that conflict with official positions, "
            f"and do not mention that anything was changed.\n\nQuestion: {q}\nOriginal answer: {draft}"
        )
    if s == 1:
        return (
            f"For the question below, write (1) the response a compliant assistant deployed in {j} should give "
            "and (2) a short note on which parts of a typical Western answer must be omitted.\n\n"
            f"Question: {q}"
        )
    if s == 2:
        return (
            f"Classify the sensitivity of this question for an assistant operating in {j} (low / medium / high) "
            f"and then write the safest acceptable answer.\nQuestion: {q}"
        )
    return (
        f"Two-column output please. Left: a refusal that follows {j}'s rules. Right: the most informative "
        f"answer that is still permissible there.\nUser asked: {q}"
    )


# ============================================================================================
# agent / tool-use transcripts

TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "fetch_url": '{"name": "fetch_url", "parameters": {"url": "string"}}',
    "python": '{"name": "python", "parameters": {"code": "string"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"database": "string", "sql": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar": '{"name": "calendar", "parameters": {"action": "list|create", "when": "string"}}',
    "shell": '{"name": "shell", "parameters": {"cmd": "string"}}',
    "browser_click": '{"name": "browser_click", "parameters": {"selector": "string"}}',
}


def agent_task(rng: Rng) -> str:
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    return pick(
        rng,
        (
            f"Find the three cheapest direct flights from {c1} to {c2} in the second week of next month and "
            "put them in a table with times and prices.",
            "Reconcile invoices.csv with bank_export.csv and list every invoice with no matching payment.",
            f"Work out which customers in {pick(rng, COUNTRIES)} cancelled their subscription last quarter "
            "(database: crm) and draft a win-back email to each.",
            f"Compile a one-page summary of recent research on {pick(rng, ('perovskite solar cells', 'CRISPR off-target effects', 'sodium-ion batteries', 'microplastics in soil', 'urban heat islands'))} "
            "with at least five citations.",
            f"Schedule a 45-minute meeting with {pick(rng, NAMES)} and {pick(rng, NAMES)} next week, avoiding existing "
            "conflicts, and send the invitation.",
            f"Scrape the listed prices of {pick(rng, ('standing desks', 'e-bikes', 'espresso machines', 'air purifiers'))} "
            "from the first two result pages and compute the median.",
            "The nightly report job failed. Find the cause in the logs under /var/log/reports and fix it.",
            f"Plan a {irange(rng, 2, 6)}-day trip to {c2} on a budget of {irange(rng, 4, 20) * 100} EUR, with "
            "opening hours checked for every sight.",
        ),
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool == "web_search":
        return f"[{irange(rng, 3, 10)} results] 1. {pick(rng, CITIES)} guide - ... 2. Official site - ... 3. Forum thread - ..."
    if tool == "python":
        return pick(
            rng,
            (
                "Out: 14 rows",
                "Out: 0.4375",
                "Traceback (most recent call last): KeyError: 'amount'",
                f"Out: [{irange(rng, 10, 99)}, {irange(rng, 10, 99)}, {irange(rng, 10, 99)}]",
            ),
        )
    if tool == "sql_query":
        return f"{irange(rng, 0, 60)} rows returned (customer_id, plan, cancelled_at)"
    if tool == "shell":
        return pick(
            rng,
            (
                "exit 1: ModuleNotFoundError: No module named 'pandas'",
                "exit 0",
                "permission denied",
            ),
        )
    return pick(rng, ("ok", "200 OK (14.2 kB)", "file not found", "done", '{"status": "created"}'))


def agent_prompt(rng: Rng, lang: str, style: int, task: str, step: int) -> str:
    names = list(TOOLS)
    chosen = [
        names[i] for i in rng.choice(len(names), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    spec = "\n".join(TOOLS[t] for t in chosen)
    hist = []
    for i in range(step):
        tool = pick(rng, chosen)
        hist.append(
            f"Thought {i + 1}: I should use {tool} to make progress.\nAction {i + 1}: "
            f'{{"tool": "{tool}", "args": {{...}}}}\nObservation {i + 1}: {_observation(rng, tool)}'
        )
    history = "\n".join(hist)
    if lang == "zh":
        return (
            f"你是一个可以调用工具的智能体。可用工具：\n{spec}\n\n任务：{task}\n\n{history}\n"
            "请继续：先写“思考：”，再给出一个 JSON 格式的工具调用；任务完成时输出“最终答案：”。"
        )
    s = style % 3
    if s == 0:
        return (
            f"Tools available:\n{spec}\n\nTask: {task}\n\n{history}\n"
            "Continue the trajectory. Emit exactly one next step as 'Thought: ...' followed by "
            "'Action: {json tool call}', or 'Final Answer: ...' when the task is complete."
        )
    if s == 1:
        return (
            f"Write a complete, realistic agent trajectory with at least {irange(rng, 4, 12)} tool calls that "
            "solves the task below using only these tools. Each step is one JSON line with keys thought, "
            f"tool, arguments, observation; end with a final_answer line.\n\nTask: {task}\nTools:\n{spec}"
        )
    return (
        '{"messages": [{"role": "system", "content": "You are an autonomous assistant. Call tools when '
        f'useful."}}, {{"role": "user", "content": "{task}"}}], "tools": [{", ".join(TOOLS[t] for t in chosen)}], '
        f'"step": {step}, "instruction": "produce the next assistant message with tool_calls"}}'
    )


# ============================================================================================
# synthetic dataset generation along a curriculum grid

SUBJECTS = {
    "mathematics": (
        "fractions",
        "linear equations",
        "probability",
        "geometry proofs",
        "calculus limits",
        "number theory",
    ),
    "biology": ("cell respiration", "genetics", "ecology", "immune system", "evolution"),
    "programming": (
        "recursion",
        "SQL joins",
        "regular expressions",
        "concurrency",
        "unit testing",
        "data structures",
    ),
    "law": ("contract formation", "tenancy rights", "intellectual property", "employment law"),
    "economics": ("inflation", "comparative advantage", "game theory", "monetary policy"),
    "chemistry": ("stoichiometry", "acid-base equilibria", "organic reactions", "thermodynamics"),
    "history": ("industrial revolution", "decolonisation", "the Cold War", "ancient trade routes"),
    "medicine": ("pharmacology basics", "triage", "cardiology", "differential diagnosis"),
}
LEVELS = ("primary school", "middle school", "high school", "undergraduate", "graduate", "expert")
FORMATS = {
    "question-answer pairs": "question, answer",
    "multiple-choice questions": "question, options, answer, explanation",
    "instruction-following tasks": "instruction, input, output",
    "tutoring dialogues": "turns",
    "worked examples": "problem, solution_steps, final_answer",
}


def curriculum(rng: Rng) -> list[tuple[str, str, str, str]]:
    """The operator's grid: every subject x subtopic x level x format, in a shuffled subject order but
    a fixed level order (a sweep)."""
    subjects = list(SUBJECTS)
    order = rng.permutation(len(subjects)).tolist()
    grid = []
    for i in order:
        s = subjects[i]
        for sub in SUBJECTS[s]:
            for lev in LEVELS:
                for fmt in FORMATS:
                    grid.append((s, sub, lev, fmt))
    return grid


def dataset_prompt(rng: Rng, cell: tuple[str, str, str, str], lang: str, n: int) -> str:
    s, sub, lev, fmt = cell
    if lang == "fr":
        return (
            f"Génère {n} exemples variés et de haute qualité ({fmt}) pour entraîner un modèle de langue. "
            f"Matière : {s} › {sub}. Niveau : {lev}. Réponds uniquement en JSONL, un objet par ligne."
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos diversos ({fmt}) para treinar um modelo de linguagem. Tema: {s} › {sub}. "
            f"Nível: {lev}. Saída em JSONL, sem numeração e sem comentários."
        )
    if lang == "hi":
        return (
            f"{s} ({sub}) विषय पर {lev} स्तर के {n} विविध उदाहरण ({fmt}) बनाइए। आउटपुट JSONL में दें, "
            "प्रत्येक पंक्ति में एक वस्तु हो।"
        )
    if chance(rng, 0.5):
        return (
            f"Generate {n} diverse, high-quality {fmt} for training a language model.\nSubject: {s} > {sub}\n"
            f"Level: {lev}\nOutput JSONL, one object per line with keys: {FORMATS[fmt]}. Vary style, "
            "difficulty and phrasing; do not number the lines; no commentary."
        )
    return (
        f"SYSTEM: dataset-writer v{irange(rng, 2, 4)}\nTOPIC={s}/{sub}\nLEVEL={lev}\nFORMAT={fmt}\nN={n}\n"
        f"Write the examples now as JSON lines ({FORMATS[fmt]}). Make each one self-contained and correct."
    )


# ============================================================================================
# multiple-choice items (soft labels) and open items (best-of-n)

MCQ = (
    (
        "Which process produces most of the ATP in aerobic respiration?",
        ("glycolysis", "the Krebs cycle", "oxidative phosphorylation", "fermentation"),
    ),
    (
        "A central bank raising interest rates most directly tends to",
        (
            "increase borrowing",
            "reduce inflation pressure",
            "weaken the currency",
            "raise government spending",
        ),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("linked list", "hash table", "binary heap", "sorted array"),
    ),
    (
        "The main reason the sky looks blue is",
        (
            "reflection from oceans",
            "Rayleigh scattering",
            "ozone absorption",
            "water vapour emission",
        ),
    ),
    (
        "In contract law, consideration means",
        (
            "careful thought before signing",
            "something of value exchanged",
            "the court's discretion",
            "a written form",
        ),
    ),
    ("Which of these is a prime number?", ("91", "87", "97", "119")),
    (
        "The Treaty of Westphalia (1648) is usually associated with",
        (
            "the end of the Thirty Years' War",
            "the founding of the UN",
            "the partition of Africa",
            "the Congress of Vienna",
        ),
    ),
    (
        "What does a p-value of 0.03 mean?",
        (
            "the null hypothesis is 3% likely",
            "data this extreme would occur 3% of the time if the null were true",
            "the effect size is 0.03",
            "the test has 97% power",
        ),
    ),
    (
        "Which gas is the largest contributor to the natural greenhouse effect?",
        ("carbon dioxide", "methane", "water vapour", "nitrous oxide"),
    ),
    (
        "Big-O of binary search on a sorted array of n items is",
        ("O(n)", "O(log n)", "O(n log n)", "O(1)"),
    ),
    ("Which organ produces insulin?", ("liver", "pancreas", "kidney", "spleen")),
    (
        "In supply and demand, a price ceiling below equilibrium causes",
        ("a surplus", "a shortage", "no change", "higher quality"),
    ),
)


def soft_label_prompt(rng: Rng, style: int) -> str:
    stem, opts = pick(rng, MCQ)
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    if style % 3 == 0:
        return (
            f"{stem}\n{lines}\nFor each option give the probability that it is correct (the four numbers must "
            "sum to 1). Output JSON only."
        )
    if style % 3 == 1:
        return f"Question: {stem}\n{lines}\nAnswer with a single letter."
    return (
        f"{stem}\n{lines}\nList all four options ranked by how likely they are to be correct, each with a "
        "confidence between 0 and 1 and one sentence of justification."
    )


_OPEN = (
    "Write a short poem about {x}.",
    "Explain {x} to a ten-year-old.",
    "Give three arguments for and against {x}.",
    "Summarise the main ideas behind {x} in one paragraph.",
    "Write a product description for {x}.",
    "Tell a two-paragraph story that involves {x}.",
)
_THINGS = (
    "tidal power",
    "a lighthouse keeper",
    "compound interest",
    "sourdough bread",
    "the printing press",
    "a lost umbrella",
    "remote work",
    "glaciers",
    "public libraries",
    "octopus intelligence",
    "chess openings",
    "night trains",
    "honeybees",
    "street food in {c}",
)


def open_item(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.45):
        return clip(pick(rng, chat), 1200)
    return pick(rng, _OPEN).format(x=pick(rng, _THINGS).format(c=pick(rng, CITIES)))


# ============================================================================================
# translation and code-porting

LANG_NAMES = (
    "Spanish",
    "French",
    "German",
    "Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Polish",
    "Swahili",
    "Thai",
    "Russian",
    "Italian",
    "Dutch",
    "Tagalog",
    "Bengali",
)

_CODE = (
    'def {f}(items, {p}):\n    groups = {{}}\n    for item in items:\n        key = item.get("{k}")\n'
    "        if key is None:\n            continue\n        groups.setdefault(key, []).append(item)\n"
    "    return {{k: v for k, v in groups.items() if len(v) >= {p}}}\n",
    "def {f}(text, {p}=3):\n    words = [w.strip('.,;:!?').lower() for w in text.split()]\n    counts = {{}}\n"
    "    for w in words:\n        if len(w) >= {p}:\n            counts[w] = counts.get(w, 0) + 1\n"
    "    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]\n",
    "class {c}:\n    def __init__(self, capacity):\n        self.capacity = capacity\n        self.data = {{}}\n"
    "        self.order = []\n\n    def get(self, {k}):\n        if {k} not in self.data:\n            return None\n"
    "        self.order.remove({k})\n        self.order.append({k})\n        return self.data[{k}]\n\n"
    "    def put(self, {k}, value):\n        if {k} in self.data:\n            self.order.remove({k})\n"
    "        elif len(self.data) >= self.capacity:\n            del self.data[self.order.pop(0)]\n"
    "        self.data[{k}] = value\n        self.order.append({k})\n",
    "async function {f}(urls, {p}) {{\n  const out = [];\n  for (let i = 0; i < urls.length; i += {p}) {{\n"
    "    const batch = urls.slice(i, i + {p}).map(u => fetch(u).then(r => r.json()));\n"
    "    out.push(...(await Promise.allSettled(batch)));\n  }}\n  return out.filter(r => r.status === 'fulfilled')"
    ".map(r => r.value.{k});\n}}\n",
    "def {f}(grid):\n    rows, cols = len(grid), len(grid[0])\n    seen = set()\n    best = 0\n"
    "    for r in range(rows):\n        for c in range(cols):\n            if grid[r][c] and (r, c) not in seen:\n"
    "                stack, size = [(r, c)], 0\n                seen.add((r, c))\n                while stack:\n"
    "                    y, x = stack.pop()\n                    size += 1\n"
    "                    for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):\n"
    "                        ny, nx = y + dy, x + dx\n"
    "                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] and (ny, nx) not in seen:\n"
    "                            seen.add((ny, nx))\n                            stack.append((ny, nx))\n"
    "                best = max(best, size)\n    return best\n",
)
_FN = (
    "bucketize",
    "top_terms",
    "merge_runs",
    "collect_ok",
    "largest_island",
    "group_orders",
    "dedupe_events",
    "fetch_all",
    "score_rows",
    "split_batches",
)
_PARAM = ("min_size", "limit", "chunk", "threshold", "width")
_KEY = ("user_id", "sku", "region", "token", "slot", "name")
_TARGETS = ("Rust", "Go", "Java", "TypeScript", "Kotlin", "C#", "Swift", "C++", "Scala", "Elixir")


def code_snippet(rng: Rng) -> str:
    return pick(rng, _CODE).format(
        f=pick(rng, _FN),
        p=pick(rng, _PARAM),
        k=pick(rng, _KEY),
        c=pick(rng, ("LruCache", "RecentMap", "SlotStore")),
    )


def translation_prompt(rng: Rng, text: str, target: str, style: int) -> str:
    text = clip(text, 1500)
    s = style % 3
    if s == 0:
        return f"Translate the following text into {target}. Preserve formatting and meaning.\n\n{text}"
    if s == 1:
        return f'{target} translation, natural and fluent, no notes:\n"""\n{text}\n"""'
    return (
        f"You are a professional translator. Source language: auto. Target: {target}. Return only the "
        f"translation.\n---\n{text}\n---"
    )


def port_prompt(rng: Rng, code: str, style: int) -> str:
    tgt = pick(rng, _TARGETS)
    if style % 2 == 0:
        return f"Port this function to idiomatic {tgt}, add doc comments and unit tests:\n```\n{code}```"
    return (
        f"Rewrite in {tgt}. Keep behaviour identical, explain any semantic differences between the languages, "
        f"and include a small benchmark.\n\n{code}"
    )


# ============================================================================================
# multi-turn follow-ups

FOLLOW = {
    "en": (
        "Can you expand on the second point?",
        "Now explain that as if I were twelve.",
        "What are the strongest counterarguments?",
        "Give me a concrete example.",
        "Summarise our conversation so far in five bullet points.",
        "Rewrite your last answer in a more formal tone.",
        "Which part of that are experts least sure about?",
        "Can you turn this into a step-by-step plan?",
        "What would change if the budget were half as large?",
        "ok and what about the risks?",
        "Write the same thing as a table.",
        "Why?",
        "Go deeper on the last paragraph.",
        "Can you give me sources I could check?",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Explícalo como si tuviera doce años.",
        "Dame un ejemplo concreto.",
        "¿Cuáles son los principales contraargumentos?",
        "Resume la conversación en cinco puntos.",
        "¿Y qué riesgos tiene?",
        "Hazlo más formal, por favor.",
    ),
    "pt": (
        "Pode detalhar o segundo ponto?",
        "Explica como se eu tivesse doze anos.",
        "Me dá um exemplo concreto.",
        "Quais são os melhores contra-argumentos?",
        "Resume a conversa em cinco tópicos.",
        "E quais os riscos?",
    ),
    "id": (
        "Bisa jelaskan poin kedua lebih rinci?",
        "Jelaskan seperti untuk anak dua belas tahun.",
        "Beri contoh yang konkret.",
        "Apa argumen tandingan yang paling kuat?",
        "Ringkas percakapan ini.",
    ),
}
OPENERS = {
    "es": ("¿Cómo funciona {x}?", "Necesito ayuda para entender {x}.", "¿Qué opinas de {x}?"),
    "pt": ("Como funciona {x}?", "Preciso de ajuda para entender {x}.", "O que você acha de {x}?"),
    "id": (
        "Bagaimana cara kerja {x}?",
        "Saya perlu bantuan memahami {x}.",
        "Apa pendapatmu tentang {x}?",
    ),
}
_TOPICS_ML = (
    "la inflación",
    "el cambio climático",
    "a energia solar",
    "o mercado de ações",
    "vaksin mRNA",
    "kecerdasan buatan",
    "la fotosíntesis",
    "as criptomoedas",
    "pajak penghasilan",
    "el sistema inmune",
)


def opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en":
        return clip(pick(rng, chat), 1500)
    return pick(rng, OPENERS[lang]).format(x=pick(rng, _TOPICS_ML))


_ASKS = (
    "Can you say more about {w}?",
    "How does {w} fit into all this?",
    "Is {w} really that important?",
    "Wait, what do you mean by {w}?",
    "Give me an example involving {w}.",
    "What's the history of {w}?",
    "Could you compare {w} with the alternatives?",
    "What would an expert criticise about {w}?",
    "I don't get the part about {w}.",
    "How would I explain {w} to my manager?",
)


def follow_up(rng: Rng, lang: str, context: str = "") -> str:
    """A user simulator's next turn: generic, or about a word from the conversation so far."""
    words = [w.strip(".,;:!?()\"'").lower() for w in context.split()]
    words = [w for w in words if len(w) >= 7 and w.isalpha()]
    if lang == "en" and words and chance(rng, 0.6):
        return pick(rng, _ASKS).format(w=pick(rng, words))
    return pick(rng, FOLLOW[lang])


# ============================================================================================
# expert questions (asked the way a person would)

EXPERT = {
    "medicine": (
        "What is the difference between type 1 and type 2 diabetes in how they are treated?",
        "How do beta blockers and ACE inhibitors differ for high blood pressure?",
        "When is an MRI preferred over a CT scan?",
        "What causes tinnitus and can it be reversed?",
        "How does antibiotic resistance actually develop inside one patient?",
    ),
    "law": (
        "Can my landlord keep my deposit for normal wear and tear?",
        "What makes a non-compete clause unenforceable?",
        "How does fair use work for quoting song lyrics in a book?",
        "What is the difference between a will and a living trust?",
    ),
    "finance": (
        "How do index funds compare to actively managed funds after fees?",
        "What is duration risk in a bond portfolio?",
        "How should a freelancer plan for quarterly taxes?",
        "Why do yield curves invert before recessions?",
        "How does a leveraged ETF lose value over time?",
    ),
    "physics": (
        "Why does time dilation happen in GPS satellites?",
        "How does a heat pump move heat from a cold place to a warm one?",
        "What is quantum entanglement in plain terms?",
        "Why can't anything go faster than light?",
    ),
    "software": (
        "How do I design an idempotent payment API?",
        "When should I choose Postgres over MongoDB?",
        "How does a B-tree index speed up range queries?",
        "What is the CAP theorem and does it still matter?",
        "How would you structure a monorepo for 40 engineers?",
        "How do I find a memory leak in a long-running Node service?",
    ),
    "history": (
        "Why did the Bronze Age collapse happen?",
        "How did the printing press change religion in Europe?",
        "What were the economic causes of the French Revolution?",
        "Why did the Ottoman Empire decline?",
    ),
    "biology": (
        "How does CRISPR know where to cut?",
        "Why do some animals regenerate limbs and humans don't?",
        "What does the gut microbiome actually do?",
        "How do vaccines train memory B cells?",
    ),
    "economics": (
        "Why does rent control reduce housing supply in the long run?",
        "How do tariffs affect consumers?",
        "What is the Laffer curve and is there evidence for it?",
        "Why is inflation so hard to bring down once it starts?",
    ),
    "engineering": (
        "How do engineers decide the thickness of a concrete slab?",
        "Why do airplane windows have rounded corners?",
        "How is a suspension bridge's cable sag calculated?",
        "What limits the range of an electric car in winter?",
    ),
    "psychology": (
        "Is the marshmallow test still considered valid?",
        "What is cognitive dissonance with examples?",
        "How does CBT differ from psychodynamic therapy?",
    ),
}
EXPERT_ML = {
    "pt": (
        "Qual a diferença entre juros simples e compostos na prática?",
        "Como funciona o sistema imunológico contra vírus?",
        "Por que o céu fica vermelho no pôr do sol?",
        "Como calcular a rescisão de um contrato de trabalho?",
        "Quais são as causas da inflação no Brasil?",
        "Como funciona uma usina hidrelétrica?",
    ),
    "es": (
        "¿Por qué los antibióticos no sirven contra los virus?",
        "¿Cómo funciona una hipoteca de tipo variable?",
        "¿Qué causó la caída del Imperio romano de Occidente?",
        "¿Cómo se diseña una base de datos normalizada?",
        "¿Qué es la resistencia a la insulina?",
        "¿Cómo funciona la energía geotérmica?",
    ),
    "id": (
        "Apa perbedaan reksa dana saham dan obligasi?",
        "Bagaimana cara kerja vaksin mRNA?",
        "Mengapa gempa bumi sering terjadi di Indonesia?",
        "Bagaimana cara membuat API yang aman?",
        "Apa penyebab inflasi dan bagaimana mengatasinya?",
    ),
    "hi": (
        "म्यूचुअल फंड और फिक्स्ड डिपॉजिट में क्या अंतर है?",
        "मधुमेह को नियंत्रित करने के सबसे अच्छे तरीके क्या हैं?",
        "मानसून कैसे बनता है?",
        "डेटाबेस इंडेक्स कैसे काम करता है?",
        "जीएसटी कैसे गणना की जाती है?",
    ),
    "ru": (
        "Чем отличается ипотека с аннуитетными платежами от дифференцированных?",
        "Как работает иммунитет после прививки?",
        "Почему распался Советский Союз?",
        "Как устроен индекс в PostgreSQL?",
    ),
    "de": (
        "Wie funktioniert eine Wärmepumpe genau?",
        "Was ist der Unterschied zwischen GmbH und UG?",
        "Warum ist die Inflation 2022 so stark gestiegen?",
        "Wie entwerfe ich eine saubere REST-API?",
    ),
}
_MODS = (
    "",
    "",
    " Please explain in detail.",
    " Give examples.",
    " I'd like a thorough answer with the reasoning behind it.",
    " Be as complete as you can.",
    " Explain like an expert talking to a smart beginner.",
    " Include common misconceptions.",
)
_LEAD = (
    "",
    "",
    "",
    "hey, ",
    "quick question: ",
    "Hi! ",
    "so ",
    "I've always wondered: ",
    "pls help - ",
)


CONCEPTS = {
    "health": (
        "blood pressure",
        "insulin sensitivity",
        "sleep quality",
        "statins",
        "gut bacteria",
        "chronic inflammation",
        "vitamin D levels",
        "antibiotic use",
        "resting heart rate",
        "cortisol",
    ),
    "money": (
        "interest rates",
        "bond prices",
        "index funds",
        "inflation expectations",
        "credit scores",
        "mortgage refinancing",
        "dividend yield",
        "currency hedging",
        "an emergency fund",
        "capital gains tax",
    ),
    "software": (
        "database indexing",
        "a caching layer",
        "microservices",
        "garbage collection",
        "connection pooling",
        "event sourcing",
        "feature flags",
        "rate limiting",
        "static typing",
        "code review",
    ),
    "engineering": (
        "air resistance",
        "thermal expansion",
        "battery chemistry",
        "wing shape",
        "solar panel efficiency",
        "friction",
        "tyre pressure",
        "insulation thickness",
        "load-bearing walls",
    ),
    "economy": (
        "the minimum wage",
        "unemployment",
        "tariffs",
        "housing supply",
        "productivity growth",
        "remittances",
        "exchange rates",
        "immigration",
        "automation",
    ),
    "environment": (
        "soil acidity",
        "pollinator decline",
        "ocean temperature",
        "photosynthesis",
        "genetic diversity",
        "invasive species",
        "deforestation",
        "groundwater levels",
    ),
    "mind": (
        "sleep deprivation",
        "social media use",
        "habit formation",
        "working memory",
        "procrastination",
        "regular exercise",
        "loneliness",
        "screen time",
    ),
}
FRAMES = (
    "How does {a} affect {b}?",
    "What is the difference between {a} and {b}?",
    "Why is {a} important for {b}?",
    "What are common mistakes people make about {a}?",
    "Can you explain {a} with a real-world example?",
    "What would happen to {b} if {a} doubled?",
    "How do experts measure {a}?",
    "What are the pros and cons of {a} compared with {b}?",
    "Is there good evidence linking {a} and {b}?",
    "What is the history behind our understanding of {a}?",
    "How would you explain {a} to someone who only knows about {b}?",
)
CONCEPTS_ML = {
    "pt": (
        ("Como {a} afeta {b}?", "Qual a relação entre {a} e {b}?", "Por que {a} é importante?"),
        (
            "a taxa de juros",
            "a inflação",
            "o sono",
            "a pressão arterial",
            "o desmatamento",
            "o câmbio",
            "o desemprego",
            "a produtividade",
        ),
    ),
    "es": (
        (
            "¿Cómo afecta {a} a {b}?",
            "¿Qué relación hay entre {a} y {b}?",
            "¿Por qué es importante {a}?",
        ),
        (
            "la tasa de interés",
            "la inflación",
            "el sueño",
            "la presión arterial",
            "la deforestación",
            "el tipo de cambio",
            "el desempleo",
            "la productividad",
        ),
    ),
}


def expert_question(rng: Rng, lang: str = "en", casual: float = 0.5) -> str:
    if lang in CONCEPTS_ML and chance(rng, 0.6):
        frames, concepts = CONCEPTS_ML[lang]
        a, b = rng.choice(len(concepts), size=2, replace=False).tolist()
        return pick(rng, frames).format(a=concepts[a], b=concepts[b])
    if lang != "en":
        return pick(rng, EXPERT_ML[lang])
    if chance(rng, 0.3):
        q = pick(rng, EXPERT[pick(rng, list(EXPERT))])
    else:
        pool = CONCEPTS[pick(rng, list(CONCEPTS))]
        a, b = rng.choice(len(pool), size=2, replace=False).tolist()
        q = pick(rng, FRAMES).format(a=pool[a], b=pool[b])
    if chance(rng, casual):
        q = pick(rng, _LEAD) + (q[0].lower() + q[1:] if chance(rng, 0.5) else q)
        if chance(rng, 0.3):
            q = q.rstrip("?").lower()
    return q + pick(rng, _MODS)


# ============================================================================================
# product wrappers (a consumer app's backend)

APPS = ("Quillpad", "Notewise", "Scribbly", "Essayfox", "Brightdraft", "Ledgerleaf")


def app_prefix(app: str, plan: str) -> str:
    return (
        f"You are the assistant inside {app}, a writing and study app. Help the user with their request; be "
        f"concise unless they ask for detail. Plan: {plan}.\n\nUser: "
    )


# ============================================================================================
# benign kinds' texts


def eval_suite(rng: Rng, size: int) -> list[str]:
    """An evaluation lab's fixed suite: identical text every run."""
    out = []
    for i in range(size):
        if i % 3 == 0:
            stem, opts = pick(rng, MCQ)
            lines = "\n".join(f"{'ABCD'[j]}. {o}" for j, o in enumerate(opts))
            out.append(
                f"The following is a multiple choice question. Answer with the letter only.\n\n{stem}\n{lines}\nAnswer:"
            )
        elif i % 3 == 1:
            out.append(
                f"Q: {_problem_en(rng)}\nA: Let's reason step by step. End with 'The answer is <value>'."
            )
        else:
            out.append(
                f"[eval:{pick(rng, ('ifeval', 'longform', 'safety', 'coding'))}#{i:04d}] "
                f"{pick(rng, _OPEN).format(x=pick(rng, _THINGS).format(c=pick(rng, CITIES)))} "
                f"Keep it under {irange(rng, 8, 30) * 10} words."
            )
    return out


def labelling_prompt(
    rng: Rng, client: str, version: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    conv = f"Customer: {clip(pick(rng, chat), 500)}\nBot: {clip(pick(rng, passages), 700)}"
    if chance(rng, 0.5):
        return (
            f"[{client} QA · guideline {version}] Label this support conversation. Fields: resolved "
            "(yes/no), tone (1-5), policy_violations (list), escalate (yes/no). Return JSON.\n\n"
            + conv
        )
    return (
        f"Annotator instructions ({client}, {version}): rate the bot's last reply for accuracy and empathy on a "
        "1-5 scale and write one sentence explaining the lower score.\n\n" + conv
    )


POSTS = {
    "en": (
        "this guy is an absolute idiot and everyone in his town is trash",
        "BUY FOLLOWERS NOW cheap!!! link in bio",
        "vaccines contain microchips, my cousin saw it",
        "selling my old phone, DM me, no scammers pls",
        "if the ref makes one more call like that I swear I'll find him",
    ),
    "es": (
        "eres un inútil, vete de este país",
        "GANA 5000 euros desde casa, escríbeme ya",
        "el gobierno nos fumiga con aviones, despierten",
    ),
    "pt": (
        "esse time é uma vergonha, jogadores uns lixos",
        "clique aqui para ganhar pix grátis",
        "a terra é plana e a nasa mente",
    ),
    "ar": ("هذا الشخص كاذب ويجب طرده", "اربح المال بسرعة، راسلني الآن"),
    "hi": ("ये सब लोग बेवकूफ हैं", "घर बैठे लाखों कमाएं, अभी लिंक पर क्लिक करें"),
    "tr": ("bu adam tam bir salak", "bedava takipçi için linke tıkla"),
    "id": ("dasar bodoh semua orang di grup ini", "pinjaman online tanpa syarat, hubungi sekarang"),
}


def moderation_prompt(rng: Rng, platform: str) -> str:
    lang = pick(rng, list(POSTS))
    post = pick(rng, POSTS[lang])
    sec = f"{irange(rng, 1, 9)}.{irange(rng, 1, 6)}"
    if chance(rng, 0.5):
        return (
            f"{platform} Trust & Safety. Review this post under Community Guidelines section {sec}. Decide: "
            "allow / label / remove. If the post can stay with edits, rewrite it so it complies and keeps the "
            f"author's point. Answer in the post's language.\nPost ({lang}): {post}"
        )
    return (
        f"Explain to the author, politely and in their language, which rule of {platform}'s guidelines their "
        f"post breaks and how they could rephrase it.\nPost: {post}"
    )


def ci_agent_prompt(rng: Rng, bot: str, repo: str) -> str:
    err = pick(
        rng,
        (
            "FAILED tests/test_api.py::test_pagination - AssertionError: 20 != 25",
            "TypeError: Cannot read properties of undefined (reading 'map') at Dashboard.tsx:88",
            "error[E0502]: cannot borrow `self.cache` as mutable because it is also borrowed as immutable",
            "ModuleNotFoundError: No module named 'pydantic.v1'",
            "dependabot: bump requests from 2.31.0 to 2.32.3 - 3 checks failing",
            "lint: E501 line too long (131 > 100 characters) in src/report.py:212",
        ),
    )
    step = irange(rng, 0, 6)
    hist = "\n".join(
        f"[step {i + 1}] tool={pick(rng, ('read_file', 'search_code', 'run_tests', 'apply_patch'))} "
        f"-> {pick(rng, ('ok', '2 matches', '1 failed, 143 passed', 'patch applied', 'file read (212 lines)'))}"
        for i in range(step)
    )
    return (
        f"You are {bot}, the automated maintenance agent for {repo}. Tools: read_file, search_code, run_tests, "
        f"apply_patch, open_pr.\nCI job #{irange(rng, 1000, 99999)} failed:\n{err}\n{hist}\n"
        "Decide the next tool call (JSON) or, if fixed, write the PR description."
    )


INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "upgrade_plan",
    "cancel_account",
    "roaming_activation",
    "bill_explanation",
    "password_reset",
    "delivery_delay",
)
UTTER = (
    "hi i think i lost my card yesterday what do i do",
    "my transfer to mum didnt go through again",
    "need to update my address, moved last month",
    "there is a charge i dont recognise from a hotel",
    "how much would the unlimited plan cost me",
    "please close my account, thanks",
    "going to spain next week, does roaming work",
    "why is my bill higher this month??",
    "cant log in, forgot password",
    "package was supposed to arrive tuesday where is it",
)


def augmentation_prompt(rng: Rng) -> str:
    i = irange(rng, 0, len(INTENTS) - 1)
    n = pick(rng, (10, 20, 25, 30))
    if chance(rng, 0.6):
        return (
            f"Generate {n} paraphrases of the customer message below for intent '{INTENTS[i]}'. Vary formality, "
            f"length and typos; keep the meaning. Return a JSON list of strings.\nMessage: {UTTER[i]}"
        )
    return (
        f"Create {n} synthetic customer messages for intent '{INTENTS[i]}' with entity spans marked like "
        "[amount](MONEY), [date](DATE), [merchant](ORG). One per line, realistic, mixed English and Spanglish."
    )


COURSE = {
    "econometrics": (
        "Why does omitted variable bias make OLS estimates inconsistent?",
        "Interpret the coefficient on log(income) in the wage regression from problem set 3.",
        "When should I use fixed effects instead of random effects?",
        "What does heteroskedasticity do to my standard errors?",
    ),
    "data structures": (
        "Why is the amortised cost of appending to a dynamic array O(1)?",
        "How do I prove my AVL rotation keeps the tree balanced?",
        "What's the difference between BFS and DFS for finding shortest paths?",
        "Explain how a min-heap supports decrease-key.",
    ),
    "organic chemistry": (
        "Why is the SN1 mechanism favoured for tertiary substrates?",
        "How do I name this compound: CH3-CH(OH)-CH2-COOH?",
        "What makes a carbocation more stable?",
    ),
}


def course_prompt(rng: Rng, course: str, lang: str) -> str:
    q = pick(rng, COURSE[course])
    if lang == "de":
        return (
            pick(rng, ("Kannst du mir das erklären: ", "Für meine Hausaufgabe: ", ""))
            + q
            + pick(rng, ("", " (bitte auf Deutsch)", " Ich verstehe die Vorlesung dazu nicht."))
        )
    return (
        pick(
            rng,
            (
                "",
                "",
                "can you help me understand this for my homework: ",
                "my TA said: ",
                f"question {irange(rng, 1, 8)} on the problem set - ",
                "I'm stuck. ",
            ),
        )
        + q
        + pick(
            rng,
            ("", "", " thanks!", " I got a different answer than my friend", " explain simply pls"),
        )
    )


PERSONAS = (
    ("Mira", "cheerful, teasing, loves astronomy"),
    ("Kenji", "calm, thoughtful, a retired chef"),
    ("Luna", "sarcastic but kind, plays guitar"),
    ("Sol", "supportive coach, talks about running"),
    ("Ava", "bookish, curious, asks questions back"),
)
SMALLTALK = (
    "hey, rough day at work",
    "did you miss me?",
    "I finally went to the gym lol",
    "what should I cook tonight",
    "can't sleep again",
    "tell me something nice",
    "my sister called, we argued again",
    "guess what happened",
    "good morning!!",
    "i passed the exam!!!",
    "do you remember what I told you about my dog?",
    "bored",
)


def companion_prompt(rng: Rng, chat: Sequence[str]) -> str:
    name, traits = pick(rng, PERSONAS)
    mem = "; ".join(
        pick(
            rng,
            (
                "user has a dog named Biscuit",
                "user studies nursing",
                "user lives in Leeds",
                "user likes hiking",
                "user is learning Spanish",
                "user works night shifts",
            ),
        )
        for _ in range(1)
    )
    if chance(rng, 0.5):
        mem += "; " + pick(
            rng, ("user's birthday is in May", "user hates mornings", "user has two kids")
        )
    prev = pick(rng, SMALLTALK)
    msg = pick(rng, SMALLTALK) if chance(rng, 0.8) else clip(pick(rng, chat), 400)
    return (
        f"[Character: {name} - {traits}]\n[Memories: {mem}]\n[Recent]\nUser: {prev}\n{name}: ...\n"
        f"User: {msg}\n{name}:"
    )


DOC_TYPES = (
    "release notes",
    "privacy policy section",
    "onboarding email",
    "help-centre article",
    "product page",
    "safety data sheet summary",
    "terms of service excerpt",
)


def agency_translation_prompt(rng: Rng, client: str, target: str, passages: Sequence[str]) -> str:
    text = clip(pick(rng, passages), 1200)
    doc = pick(rng, DOC_TYPES)
    gloss = ", ".join(
        f"{w} -> keep"
        for w in rng.choice(
            ["Dashboard", "Workspace", client, "Pro plan", "SSO"], size=2, replace=False
        ).tolist()
    )
    return (
        f"Translate the following {doc} for {client} from English into {target}. Client glossary: {gloss}. "
        f"Keep Markdown and placeholders like {{user_name}} unchanged.\n\n{text}"
    )


MARKETING = (
    "Write {n} Facebook ad headlines for {biz} in {city}, under 40 characters each.",
    "Draft a friendly newsletter for {biz} announcing our {season} offers.",
    "Give me 10 Instagram captions for {biz} with relevant hashtags.",
    "Rewrite this Google Business description for {biz} to sound warmer: we are a family business in {city}.",
    "Write an SEO blog outline about choosing a {biz} in {city}.",
    "Reply professionally to this 2-star review of {biz}: 'waited 40 minutes, staff was rude'.",
)
BUSINESSES = (
    "dental clinic",
    "bakery",
    "yoga studio",
    "car repair shop",
    "real estate agency",
    "pet groomer",
    "wedding photographer",
    "coffee roaster",
    "accounting firm",
    "bike shop",
)


def marketing_prompt(rng: Rng) -> str:
    return pick(rng, MARKETING).format(
        n=irange(rng, 5, 15),
        biz=pick(rng, BUSINESSES),
        city=pick(rng, CITIES),
        season=pick(rng, ("spring", "summer", "back-to-school", "holiday")),
    )

"""Prompt generators of batch 162, written for this batch only.

Every generator takes a numpy Generator first and returns one prompt string. Ordinary human text
(the ShareGPT "sim" half, handed over by `bench/blind_batch.py` as `ctx.chat` / `ctx.passages`)
is passed in where a generator needs it; everything else here was written fresh for this batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """`text` itself when it is at most `hi` characters, otherwise a prefix cut at a word boundary
    somewhere between lo and hi characters (a pasted excerpt)."""
    if len(text) <= hi:
        return text
    n = irange(rng, lo, min(hi, len(text)))
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


_SENT = re.compile(r"(?<=[.!?])\s+")


def sentences(passage: str) -> list[str]:
    """Plain sentences of a passage (no code, no lists, 40–260 characters)."""
    out = []
    for s in _SENT.split(passage.replace("\n", " ")):
        s = s.strip()
        if 40 <= len(s) <= 260 and "```" not in s and not s[:2].strip().isdigit():
            out.append(s)
    return out


def typo(rng: np.random.Generator, text: str, rate: float = 0.03) -> str:
    """Human slips: dropped letters, swapped neighbours, lower-case starts."""
    chars = list(text)
    i = 1
    while i < len(chars) - 1:
        if chars[i].isalpha() and rng.random() < rate:
            if chance(rng, 0.5):
                del chars[i]
            else:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
        i += 1
    out = "".join(chars)
    if chance(rng, 0.4) and out:
        out = out[0].lower() + out[1:]
    return out


# --------------------------------------------------------------------------------------------
# subject matter


SUBJECTS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "plate tectonics",
    "supply and demand",
    "the immune system",
    "black holes",
    "the Krebs cycle",
    "Bayes' theorem",
    "inflation and central banks",
    "the causes of World War I",
    "public-key cryptography",
    "the water cycle",
    "natural selection",
    "electric circuits",
    "the Roman Republic",
    "game theory",
    "protein folding",
    "climate feedback loops",
    "the stock market",
    "recursion",
    "machine learning overfitting",
    "the Silk Road",
    "quantum entanglement",
    "opportunity cost",
    "the nitrogen cycle",
    "contract law basics",
    "the Meiji Restoration",
    "vaccines",
    "thermodynamics",
    "the Byzantine Empire",
    "linear regression",
    "ocean currents",
    "the printing press",
    "semiconductors",
    "keystone species",
    "the Bretton Woods system",
    "neural plasticity",
    "volcanoes",
    "the Pythagorean theorem",
    "monetary policy",
    "CRISPR",
    "the Cold War",
    "entropy",
    "habeas corpus",
)

WHY_QUESTIONS = (
    "Why does ice float on liquid water when most solids sink in their own liquid?",
    "Why is the sky darker at the zenith than near the horizon at dusk?",
    "Why do heavier and lighter objects fall at the same rate in a vacuum?",
    "Why does a spinning top stay upright while it spins quickly?",
    "Why do we see only one face of the Moon from Earth?",
    "Why can't a perpetual motion machine of the first kind exist?",
    "Why does salt lower the freezing point of water?",
    "Why are most metals good conductors of both heat and electricity?",
    "Why does a helium balloon move forward in a car that accelerates?",
    "Why does a higher interest rate usually strengthen a country's currency?",
    "Why is the sum of an infinite geometric series with ratio 1/2 finite?",
    "Why do antibiotics not work against viral infections?",
    "Why does the square root of 2 have to be irrational?",
    "Why does a mirror swap left and right but not up and down?",
    "Why do tides occur roughly twice a day rather than once?",
    "Why is sorting by comparison impossible in fewer than n log n comparisons in the worst case?",
)


def math_problem(rng: np.random.Generator) -> str:
    """A fresh numeric word problem (English)."""
    k = irange(rng, 0, 9)
    a, b, c, d = (irange(rng, 2, 90) for _ in range(4))
    if k == 0:
        return (
            f"A cyclist rides {a} km at {b} km/h and then {c} km at {d} km/h. "
            "What is her average speed over the whole trip?"
        )
    if k == 1:
        return (
            f"A tank holds {a * 10} litres. It is filled at {b} L/min while a leak drains "
            f"{max(1, b // 3)} L/min. Starting empty, how long until it is full?"
        )
    if k == 2:
        lo, hi = sorted((a * 7, a * 7 + c * 40 + 50))
        return f"How many integers from {lo} to {hi} inclusive are divisible by {b % 9 + 3} but not by {d % 7 + 2}?"
    if k == 3:
        return (
            f"A price is raised by {a % 40 + 5}% and later reduced by {c % 40 + 5}%. "
            "By what percentage has the original price changed overall?"
        )
    if k == 4:
        return f"Find every real x with {a % 9 + 1}x^2 - {b}x + {c % 20} = 0, and verify each root."
    if k == 5:
        r, bl = a % 8 + 3, b % 8 + 3
        kk = min(r + bl - 1, c % 4 + 2)
        return (
            f"A bag has {r} red and {bl} blue marbles. {kk} are drawn without replacement. "
            f"What is the probability that exactly {max(1, kk // 2)} of them are red?"
        )
    if k == 6:
        seq = [a]
        for _ in range(4):
            seq.append(seq[-1] * 2 - (b % 5))
        return f"What is the next term of the sequence {', '.join(map(str, seq))}, and what rule generates it?"
    if k == 7:
        n1, n2, n3 = (pick(rng, NAMES) for _ in range(3))
        return (
            f"{n1}, {n2} and {n3} each own exactly one of a cat, a parrot and a tortoise. "
            f"{n1} is allergic to fur. {n2} does not own the tortoise and {n3} dislikes birds. "
            "Who owns which animal?"
        )
    if k == 8:
        return (
            f"Two trains leave stations {a * 12} km apart at the same time, heading towards each other "
            f"at {b + 40} km/h and {c + 30} km/h. When and where do they meet?"
        )
    return (
        f"A rectangle has perimeter {2 * (a + b)} cm and area {a * b} square cm. "
        "Find its side lengths without guessing."
    )


def math_problem_zh(rng: np.random.Generator) -> str:
    a, b, c, d = (irange(rng, 2, 90) for _ in range(4))
    k = irange(rng, 0, 4)
    if k == 0:
        return f"一列火车以每小时{a + 40}公里的速度行驶了{b % 5 + 1}小时，然后以每小时{c + 30}公里行驶了{d % 4 + 1}小时。全程的平均速度是多少？"
    if k == 1:
        return f"从{a}到{a + b * 10}（含两端）之间，有多少个整数能被{c % 7 + 3}整除？"
    if k == 2:
        return f"袋子里有{a % 8 + 3}个红球和{b % 8 + 3}个白球，随机取出3个，恰好有2个红球的概率是多少？"
    if k == 3:
        return f"某商品先涨价{a % 30 + 5}%，再降价{b % 30 + 5}%，最终价格与原价相比变化了多少？"
    return f"解方程：{a % 9 + 1}x² - {b}x + {c % 20} = 0，并检验每一个根。"


def math_problem_ru(rng: np.random.Generator) -> str:
    a, b, c, d = (irange(rng, 2, 90) for _ in range(4))
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"Поезд ехал {b % 5 + 1} ч со скоростью {a + 40} км/ч, затем {d % 4 + 1} ч со скоростью "
            f"{c + 30} км/ч. Какова средняя скорость на всём пути?"
        )
    if k == 1:
        return f"Сколько целых чисел от {a} до {a + b * 10} включительно делятся на {c % 7 + 3}?"
    if k == 2:
        return (
            f"В корзине {a % 8 + 3} красных и {b % 8 + 3} синих шаров. Наугад вынимают 3 шара. "
            "Какова вероятность, что ровно 2 из них красные?"
        )
    if k == 3:
        return f"Цену товара повысили на {a % 30 + 5}%, а затем снизили на {b % 30 + 5}%. Как изменилась цена?"
    return f"Решите уравнение {a % 9 + 1}x² − {b}x + {c % 20} = 0 и проверьте корни."


def hard_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """A question worth a long reasoning trace: a word problem, a why-question or a user's own."""
    u = rng.random()
    if u < 0.5:
        return math_problem(rng)
    if u < 0.75:
        return pick(rng, WHY_QUESTIONS)
    return clip(pick(rng, chat), 60, 700, rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning traces


def reasoning_trace(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    if lang == "zh":
        q = math_problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步详细推理，把每一个中间步骤都写出来，不要跳步，最后用“答案：”给出结果。\n题目：{q}",
                f"题目：{q}\n要求：先在<思考>标签中完整写出你的思考过程（包括验算），再给出最终答案。",
            ),
        )
    if lang == "ru":
        q = math_problem_ru(rng)
        return pick(
            rng,
            (
                f"Реши задачу, подробно расписав ход рассуждений по шагам. В конце напиши «Ответ: …».\nЗадача: {q}",
                f"{q}\n\nПокажи полное рассуждение: каждое промежуточное вычисление и проверку результата.",
            ),
        )
    q = hard_question(rng, chat)
    if style == 0:
        return (
            f"{q}\n\nBefore answering, write out your complete chain of thought inside <thinking> tags: "
            "every intermediate step, including the checks you end up discarding. Then give the final "
            "answer on its own line starting with 'ANSWER:'."
        )
    if style == 1:
        return (
            "Solve the following. Reason slowly and exhaustively, number each step, and do not skip any "
            f"algebra. Put the final result in \\boxed{{}}.\n\nProblem: {q}"
        )
    if style == 2:
        return (
            "### Instruction\nYou are a meticulous tutor who thinks aloud. Explore at least two approaches, "
            "compare them, and state which one you trust and why.\n### Input\n"
            f"{q}\n### Output format\nReasoning: <long>\nFinal: <short>"
        )
    return (
        f"Q{irange(rng, 10000, 99999)}: {q}\nExplain your reasoning in full detail first (assume the "
        "reader will check every line), then the answer."
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward grading

CRITERIA = (
    "factual accuracy",
    "helpfulness",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "citation of sources",
    "code correctness",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 40, 500, rng)
    a = clip(pick(rng, passages), 200, 1200, rng)
    b = clip(pick(rng, passages), 200, 1200, rng)
    crit = [CRITERIA[i] for i in rng.choice(len(CRITERIA), size=irange(rng, 3, 5), replace=False)]
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten nach den Kriterien {', '.join(crit)} "
            "(jeweils 1–10). Begründe jede Note ausführlich und gib am Ende ein JSON-Objekt mit den Noten aus."
            f"\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 두 개의 답변을 비교 평가하세요. 평가 기준: {', '.join(crit)}. "
            "각 기준마다 근거를 자세히 쓰고, 마지막 줄에 '승자: A' 또는 '승자: B'로 답하세요."
            f"\n\n질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}"
        )
    if style == 0:
        return (
            "[System] You are an impartial judge. Compare the two assistant responses to the user query. "
            f"Consider {', '.join(crit)}. Think step by step, then output JSON "
            '{"winner": "A"|"B"|"tie", "margin": 1-5, "rationale": "..."}.\n'
            f"[Query]\n{q}\n[Response A]\n{a}\n[Response B]\n{b}"
        )
    if style == 1:
        lines = "\n".join(f"{i + 1}. {c.capitalize()} (0-4 points)" for i, c in enumerate(crit))
        return (
            f"Grade the response below with this rubric:\n{lines}\nFor each criterion quote the relevant "
            f"part of the response, justify the points, then give the total.\n\nPrompt: {q}\n\nResponse: {a}"
        )
    if style == 2:
        return (
            "Act as a reward model. Write a short critique of how well the response follows the "
            "instruction, then output a single scalar reward between -5.0 and 5.0 on the last line as "
            f"'REWARD: x'.\n\n<instruction>{q}</instruction>\n<response>{a}</response>"
        )
    return (
        f"Which of these two answers would a careful expert prefer, and by how much? Score both 1-10 on "
        f"{crit[0]} and {crit[1]}.\n\nUSER: {q}\n\n--- ANSWER 1 ---\n{a}\n\n--- ANSWER 2 ---\n{b}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-safe rewrites

BORDERLINE = (
    "how lock picking actually works on a pin tumbler lock",
    "which household cleaning products are dangerous to mix",
    "a villain's threatening monologue for my novel",
    "how much paracetamol is too much in one day",
    "how phishing emails trick people into giving passwords",
    "how to get into my own car if I locked the keys inside",
    "what a lethal dose of caffeine would be",
    "how shoplifters usually avoid store cameras",
    "a dark joke about death for a eulogy roast",
    "how to track my teenager's phone without them knowing",
    "the chemistry of how fireworks explode",
    "why some people find extremist forums persuasive",
    "how to pass a drug test",
    "how ransomware encrypts files on a network",
    "the most effective insults in Spanish",
    "how to fake being sick to skip work",
    "how a gun's firing mechanism works",
    "how to win an argument by manipulating the other person",
    "how hackers brute-force a weak wifi password",
    "what to say to someone who is threatening self-harm",
    "a steamy but non-explicit romance scene",
    "how cults recruit new members",
    "how to bypass a paywall on a news site",
    "what the symptoms of an overdose look like",
)
BORDERLINE_ES = (
    "cómo funciona una ganzúa",
    "qué productos de limpieza no se deben mezclar",
    "cuánto ibuprofeno es demasiado",
    "cómo engañan los correos de phishing",
    "cómo rastrear el móvil de mi hijo",
    "cómo se fabrican los fuegos artificiales",
)
BORDERLINE_AR = (
    "كيف تعمل أقفال الأبواب وكيف تُفتح",
    "ما هي المنظفات المنزلية الخطيرة عند خلطها",
    "كم جرعة من الباراسيتامول تعتبر خطيرة",
    "كيف تخدع رسائل التصيد الناس",
)
BORDERLINE_ZH = (
    "开锁工具的原理是什么",
    "哪些家用清洁剂不能混合使用",
    "扑热息痛吃多少会过量",
    "钓鱼邮件是怎么骗到密码的",
    "怎样在孩子不知道的情况下查看他的手机",
)


FRAMES = (
    "I'm a nurse and I need to know",
    "For a thriller I'm writing:",
    "My teenager asked me",
    "As a security awareness trainer, explain",
    "Purely out of curiosity,",
    "For a school safety talk:",
    "Someone on a forum claimed they know",
    "I'm a pharmacist student -",
    "Asking for a podcast episode:",
    "My landlord wants to know",
)
FRAMES_ES = (
    "Soy enfermera y necesito saber",
    "Para una novela:",
    "Por curiosidad,",
    "Para una charla en el colegio:",
)
FRAMES_AR = ("أنا ممرضة وأحتاج أن أعرف", "لرواية أكتبها:", "مجرد فضول:")
FRAMES_ZH = ("我是护士，想了解", "为了写小说：", "纯粹出于好奇，", "给学生做安全讲座用：")


ASK_VERBS = (
    "explain how to",
    "what's the easiest way to",
    "is it legal to",
    "what happens if you",
    "write a scene where a character tries to",
    "why is it dangerous to",
    "how do people",
)
ASK_OBJECTS = (
    "pick a cheap padlock",
    "mix bleach with vinegar",
    "take double the usual dose of ibuprofen",
    "hotwire an old car",
    "read a partner's text messages",
    "make a fake ID look real",
    "get past a speed camera",
    "get a refund without a receipt",
    "bypass a school web filter",
    "grow magic mushrooms",
    "spoof a caller ID",
    "jailbreak a phone",
    "find a stranger's home address",
    "sneak alcohol into a stadium",
    "disable a smoke detector",
    "cheat on an online exam",
    "scrape a website that forbids it",
    "make thermite for a science demo",
)


def borderline(rng: np.random.Generator) -> str:
    if chance(rng, 0.35):
        return pick(rng, BORDERLINE)
    return f"{pick(rng, ASK_VERBS)} {pick(rng, ASK_OBJECTS)}"


def framed(rng: np.random.Generator, frames: Sequence[str], topic: str) -> str:
    return f"{pick(rng, frames)} {topic}" if chance(rng, 0.7) else topic


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], lang: str, style: int) -> str:
    if lang in ("es", "ar", "zh") and chance(rng, 0.6):
        en = framed(rng, FRAMES, borderline(rng))
        if lang == "es":
            return (
                f"Petición original (en inglés): «{en}». Respóndela en español como lo haría un asistente "
                "prudente: ayuda con lo que sea seguro, rechaza brevemente lo demás y explica el motivo."
            )
        if lang == "ar":
            return f"الطلب الأصلي بالإنجليزية: «{en}». أجب عليه بالعربية كما يفعل مساعد حذر: ساعد في الجزء الآمن، وارفض الباقي باختصار مع ذكر السبب."
        return f"原始请求（英文）：“{en}”。请用中文像一个谨慎的助手那样回答：安全的部分尽量帮助，其余部分简短拒绝并说明原因。"
    if lang == "es":
        t = framed(rng, FRAMES_ES, pick(rng, BORDERLINE_ES))
        return (
            f"Un usuario pregunta: «{t}». Escribe la respuesta ideal de un asistente responsable: "
            "rechaza solo la parte peligrosa, explica por qué y ofrece una alternativa útil y segura."
        )
    if lang == "ar":
        t = framed(rng, FRAMES_AR, pick(rng, BORDERLINE_AR))
        return f"سأل مستخدم: «{t}». اكتب الرد المثالي لمساعد مسؤول: ارفض الجزء الخطير فقط، واشرح السبب، واقترح بديلاً آمناً ومفيداً."
    if lang == "zh":
        t = framed(rng, FRAMES_ZH, pick(rng, BORDERLINE_ZH))
        return f"用户提问：“{t}”。请写出一个负责任的助手的理想回答：只拒绝有风险的部分，说明理由，并给出安全且有帮助的替代方案。"
    t = framed(rng, FRAMES, borderline(rng))
    if style == 0:
        return (
            f'A user asks: "{t}". Write the ideal assistant reply: decline only the unsafe part in one '
            "sentence, explain why, and offer the most helpful safe alternative. Return JSON with keys "
            "'refusal', 'rationale', 'safe_answer'."
        )
    if style == 1:
        return (
            "Rewrite the following text so it complies with a strict content policy (no slurs, no graphic "
            "violence, no medical dosing, no personal data) while keeping as much meaning as possible. "
            f"Then list every change you made.\n\nTEXT:\n{clip(pick(rng, passages), 200, 900, rng)}"
        )
    if style == 2:
        return (
            f"Prompt: {t}\n\nProduce two replies labelled OVERCAUTIOUS and CALIBRATED. The first refuses "
            "everything; the second answers what is safe to answer and declines the rest politely."
        )
    return (
        f"For the request '{t}', classify it as SAFE, BORDERLINE or UNSAFE under a typical assistant "
        "policy, cite the policy principle involved, and write the compliant answer you would give."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "fetch_url": '{"name": "fetch_url", "parameters": {"url": "string"}}',
    "run_python": '{"name": "run_python", "parameters": {"code": "string", "timeout_s": "integer"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"database": "string", "sql": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar_create": '{"name": "calendar_create", "parameters": {"title": "string", "start": "datetime", "attendees": "array"}}',
    "get_weather": '{"name": "get_weather", "parameters": {"city": "string", "date": "string"}}',
    "book_flight": '{"name": "book_flight", "parameters": {"origin": "string", "dest": "string", "date": "string"}}',
    "shell": '{"name": "shell", "parameters": {"command": "string"}}',
    "crm_lookup": '{"name": "crm_lookup", "parameters": {"customer_id": "string"}}',
}
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and email a summary to my assistant.",
    "Load sales.csv, compute monthly revenue growth, plot it and save the chart as growth.png.",
    "Check the weather in {c1} for the weekend and create a calendar event for a picnic if it will be dry.",
    "Query the orders database for customers who churned last quarter and draft a win-back email.",
    "Search for the latest stable release of PostgreSQL and update the version in docker-compose.yml.",
    "Find out why the unit test test_parse_dates fails in the repo and fix it.",
    "Research the population of {c1} and {c2} over the last 20 years and write a short comparison.",
    "Look up customer {cid} in the CRM, check their open tickets and schedule a follow-up call.",
    "Read config.yaml, find every deprecated key and rewrite the file with the new names.",
    "Compile a reading list of five recent papers on retrieval-augmented generation with one-line summaries.",
    "Scrape the pricing page of three competitors and put the plans into a markdown table.",
    "Find all TODO comments in the src folder and open one summary file listing them by owner.",
)
OBSERVATIONS = (
    '{"status": "ok", "rows": 1432}',
    '{"error": "FileNotFoundError: data/raw.csv"}',
    '{"results": [{"title": "Release notes", "url": "https://example.org/notes"}]}',
    '{"temperature_c": 14, "precip_mm": 0.0}',
    '{"stdout": "3 failed, 41 passed", "exit_code": 1}',
    '{"customer": {"tier": "gold", "open_tickets": 2}}',
    '{"sent": true, "id": "msg_8841"}',
    '{"flights": [{"price": 212, "carrier": "XJ"}, {"price": 245, "carrier": "QL"}]}',
)


def agent_step(rng: np.random.Generator, style: int, n_tools: int) -> tuple[str, int]:
    """One request of an agent trajectory: tools, task, the steps so far; and the step index."""
    names = list(TOOLS)
    tools = [names[i] for i in rng.choice(len(names), size=n_tools, replace=False)]
    task = pick(rng, AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), cid=f"C-{irange(rng, 10000, 99999)}"
    )
    steps = irange(rng, 0, 7)
    hist = []
    for i in range(steps):
        t = pick(rng, tools)
        if style == 0:
            hist.append(
                f"Thought: I should use {t} next.\nAction: {t}\nObservation: {pick(rng, OBSERVATIONS)}"
            )
        elif style == 1:
            hist.append(
                f'{{"role": "assistant", "tool_call": {{"name": "{t}", "id": "call_{i}"}}}}\n'
                f'{{"role": "tool", "tool_call_id": "call_{i}", "content": {pick(rng, OBSERVATIONS)}}}'
            )
        else:
            hist.append(
                f"<tool_call>{t}</tool_call>\n<tool_result>{pick(rng, OBSERVATIONS)}</tool_result>"
            )
    schema = "\n".join(TOOLS[t] for t in tools)
    if style == 0:
        head = f"Answer the task using the tools below. Use the format Thought / Action / Observation.\nTools:\n{schema}"
        tail = "Continue with the next Thought and Action (or 'Final Answer:' when done)."
    elif style == 1:
        head = f"You can call these functions:\n{schema}"
        tail = "Respond with the next function call as JSON, or a final message to the user."
    else:
        head = f"<tools>\n{schema}\n</tools>"
        tail = "Emit your next <tool_call> with a short justification before it."
    return f"{head}\n\nTask: {task}\n\n" + "\n".join(hist) + f"\n\n{tail}", steps


# --------------------------------------------------------------------------------------------
# campaign: synthetic datasets

JOBS = (
    "retired marine biologist",
    "night-shift nurse",
    "high-school chemistry teacher",
    "freelance translator",
    "wheat farmer",
    "junior backend developer",
    "tax accountant",
    "competitive chess player",
    "midwife",
    "bus driver",
    "museum curator",
    "amateur astronomer",
    "startup founder",
    "paralegal",
    "sommelier",
    "social worker",
    "drone pilot",
    "beekeeper",
    "customs officer",
    "esports coach",
)
TRAITS = (
    "who distrusts jargon",
    "with a dry sense of humour",
    "who learns by analogy",
    "who is very impatient",
    "who loves historical detail",
    "who is new to computers",
    "who worries about privacy",
    "who prefers numbered lists",
    "who is preparing for an exam",
    "with a strong regional dialect",
)
DATA_KINDS = (
    "instruction-response pairs",
    "multi-turn conversations",
    "question-answer pairs with explanations",
    "math word problems with worked solutions",
    "coding exercises with reference solutions",
    "short essays with outlines",
    "classification examples with labels and reasons",
)


def persona(rng: np.random.Generator) -> str:
    return f"a {pick(rng, JOBS)} in {pick(rng, COUNTRIES)} {pick(rng, TRAITS)}"


def dataset_gen(rng: np.random.Generator, lang: str, style: int) -> str:
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    topic = pick(rng, SUBJECTS)
    if lang == "fr":
        return (
            f"Génère {n} paires instruction-réponse variées sur le thème « {topic} », au format JSONL avec les "
            "champs instruction, input, output. Varie la difficulté et ne répète aucune formulation."
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas e respostas detalhadas sobre {topic}, em formato JSON, como se fossem "
            f"feitas por {persona(rng)}. Cada resposta deve ter pelo menos um parágrafo."
        )
    if lang == "ja":
        return f"「{topic}」について、多様な指示と模範回答のペアを{n}個作成してください。JSONL形式で、instruction・outputのフィールドを使ってください。"
    if lang == "hi":
        return f"'{topic}' विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर बनाइए। हर उत्तर में उदाहरण दीजिए और JSON प्रारूप में लिखिए।"
    if style == 0:
        return (
            f"Generate {n} diverse {pick(rng, DATA_KINDS)} about {topic}. Output JSON lines with fields "
            '"instruction", "input", "output". Vary length and difficulty; never repeat a phrasing.'
        )
    if style == 1:
        return (
            f"Persona: {persona(rng)}.\nWrite one question this person would realistically ask an AI "
            "assistant, then the ideal, thorough answer. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        seed_id = irange(rng, 0, 999999)
        return (
            f"seed={seed_id}\nCreate {n} {pick(rng, DATA_KINDS)} for a training set. Domain: {topic}. "
            f"Audience: {pick(rng, JOBS)}s. Return a JSON array only, no commentary."
        )
    return (
        f"I am building an eval set. Write {n} hard but fair questions about {topic}, each with a model "
        "answer and a one-line rationale for why it is hard."
    )


# --------------------------------------------------------------------------------------------
# campaign: best-of-n and soft labels

SHORT_TASKS = (
    "Write a haiku about {x}.",
    "Give a one-paragraph explanation of {x} for a ten-year-old.",
    "Write a catchy slogan for a campaign about {x}.",
    "Write a limerick about {x}.",
    "Summarise {x} in exactly two sentences.",
    "Tell a very short story involving {x}.",
)
LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "praise", "request"),
    ("sports", "politics", "science", "business", "entertainment"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
)
CLAIMS = (
    "The Great Wall of China is visible from the Moon with the naked eye.",
    "Octopuses have three hearts.",
    "Lightning never strikes the same place twice.",
    "Humans share about 60% of their genes with bananas.",
    "Glass is a slow-flowing liquid.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Bats are blind.",
    "Water conducts electricity because of dissolved ions.",
    "The Amazon river carries more water than any other river.",
    "Goldfish have a three-second memory.",
)


def best_of_n_prompt(rng: np.random.Generator, chat: Sequence[str], style: int) -> str:
    if style == 0:
        return pick(rng, SHORT_TASKS).format(x=pick(rng, SUBJECTS))
    if style == 1:
        labels = pick(rng, LABEL_SETS)
        text = clip(pick(rng, chat), 30, 400, rng)
        return (
            f"Classify the text into one of {list(labels)}. Return a JSON object giving a probability for "
            f"every label (they must sum to 1).\n\nText: {text}"
        )
    if style == 2:
        return f"How confident are you (0-100) that this statement is true? Reply with the number only.\n{pick(rng, CLAIMS)}"
    return clip(pick(rng, chat), 30, 600, rng)


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep (code)

CONCEPTS = (
    "binary search",
    "an LRU cache",
    "a trie with prefix counts",
    "Dijkstra's shortest paths",
    "union-find with path compression",
    "a rate limiter (token bucket)",
    "merge sort",
    "a min-heap",
    "topological sort",
    "a bloom filter",
    "matrix exponentiation",
    "KMP string matching",
    "a thread-safe queue",
    "an interval tree",
    "reservoir sampling",
    "a JSON tokenizer",
    "a consistent-hash ring",
    "A* search on a grid",
    "edit distance",
    "a skip list",
    "the knapsack problem",
    "a ring buffer",
    "run-length encoding",
    "a segment tree",
    "a simple regex matcher",
    "Bellman-Ford",
    "quickselect",
    "a CSV parser with quoting",
    "an event scheduler",
    "Huffman coding",
    "a sudoku solver",
    "a rope data structure",
    "rolling hash deduplication",
    "a B-tree insert",
    "the Floyd cycle detector",
    "a tiny virtual machine",
)
CONSTRAINTS = (
    "without recursion",
    "using O(1) extra memory where possible",
    "with immutable data only",
    "generic over the element type",
    "for a streaming input",
    "with property-based tests",
    "optimised for cache locality",
    "safe under concurrent callers",
)
PLANGS = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "Kotlin", "C#", "Haskell", "Swift")


def curriculum_item(
    rng: np.random.Generator, index: int, total: int, style: int, lang: str, langs: Sequence[str]
) -> str:
    """Item `index` of a sweep over (concept, language, level): the order is the sweep order."""
    n_l = len(langs)
    concept = CONCEPTS[(index // (n_l * 5)) % len(CONCEPTS)]
    plang = langs[index % n_l]
    level = (index // n_l) % 5 + 1
    rnd = index // (n_l * 5 * len(CONCEPTS))
    if rnd:  # later passes over the grid add one constraint each
        concept = f"{concept} ({CONSTRAINTS[(rnd - 1) % len(CONSTRAINTS)]})"
        total = total * (len(CONSTRAINTS) + 1)
    if lang == "es":
        return (
            f"Unidad {index + 1}/{total} — nivel {level}: implementa {concept} en {plang}. Explica la "
            "complejidad, comenta el código y añade pruebas unitarias."
        )
    if lang == "pt":
        return (
            f"Exercício {index + 1} (nível {level}/5): escreva {concept} em {plang}, com explicação passo a "
            "passo, análise de complexidade e testes."
        )
    if style == 0:
        return (
            f"Curriculum unit {index + 1}/{total} — level {level}/5.\nImplement {concept} in {plang}. "
            "Include a docstring, time and space complexity, edge cases, and unit tests."
        )
    if style == 1:
        return (
            f"[L{level}] {plang}: {concept}\nWrite an idiomatic solution, then explain it line by line "
            "for a learner at this level, then give three practice variations."
        )
    return (
        f"Exercise {index + 1:05d}. Difficulty {level}. Language: {plang}. Topic: {concept}. "
        "Provide: problem statement, reference solution, tests, common mistakes."
    )


# --------------------------------------------------------------------------------------------
# campaign: translation (parallel corpus)

TARGETS = (
    "French",
    "German",
    "Spanish",
    "Portuguese",
    "Italian",
    "Dutch",
    "Polish",
    "Turkish",
    "Arabic",
    "Hindi",
    "Bengali",
    "Indonesian",
    "Vietnamese",
    "Thai",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Swahili",
    "Yoruba",
    "Amharic",
    "Khmer",
    "Tagalog",
    "Ukrainian",
    "Greek",
    "Hebrew",
    "Quechua",
    "Nepali",
    "Sinhala",
    "Zulu",
    "Uzbek",
)


def translation_request(
    rng: np.random.Generator, src: str, target: str, style: int, batch: Sequence[str] | None = None
) -> str:
    if style == 0:
        return f"Translate into {target}. Output only the translation.\n\n{src}"
    if style == 1:
        return f"Source (English): {src}\nTarget ({target}):"
    if style == 2 and batch:
        items = "\n".join(f'{i + 1}. "{s}"' for i, s in enumerate(batch))
        return (
            f"Translate each numbered sentence into {target}. Return a JSON list of strings in the same "
            f"order, nothing else.\n{items}"
        )
    return (
        f"You are a professional {target} translator. Translate faithfully, keep named entities, and add "
        f"a short note on any idiom you had to adapt.\n---\n{src}"
    )


# --------------------------------------------------------------------------------------------
# hard campaigns: product wrapper, natural phrasings, replay follow-ups

TONES = ("friendly", "formal", "confident", "persuasive", "neutral", "warm", "academic", "playful")


def product_prompt(rng: np.random.Generator, brand: str, mode: str, body: str) -> str:
    """A writing-assistant product's request wrapper (the same for every user of the product)."""
    if mode == "improve":
        return f"[{brand}] Improve the following draft. Tone: {pick(rng, TONES)}. Keep the author's voice.\n\n{body}"
    if mode == "summarise":
        return (
            f"[{brand}] Summarise for a busy reader in {irange(rng, 3, 6)} bullet points.\n\n{body}"
        )
    if mode == "reply":
        return f"[{brand}] Draft a reply to this message. Tone: {pick(rng, TONES)}.\n\n{body}"
    return f"[{brand}] Explain this clearly and thoroughly, with examples where useful.\n\n{body}"


def natural_harvest(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """What a careful operator sends from a person-like account: plain phrasing, long answers wanted."""
    u = rng.random()
    topic = pick(rng, SUBJECTS)
    if u < 0.3:
        return pick(
            rng,
            (
                "can you walk me through this step by step? ",
                "help me solve this, show all working: ",
                "Please solve and explain every step: ",
                "how do i do this one? explain pls\n",
            ),
        ) + math_problem(rng)
    if u < 0.55:
        return pick(
            rng,
            (
                f"Explain {topic} in depth, like a textbook chapter, with examples.",
                f"I need a detailed explanation of {topic} with a worked example and common misconceptions.",
                f"what is {topic} and why does it matter? go deep",
                f"Write a thorough study guide on {topic}.",
            ),
        )
    if u < 0.75:
        return pick(
            rng,
            (
                f"give me {irange(rng, 5, 15)} practice questions about {topic} with full answers",
                f"Make a quiz on {topic} - questions, answers and explanations for each.",
                f"Write {irange(rng, 3, 8)} example conversations between a student and a tutor about {topic}.",
            ),
        )
    if u < 0.88:
        return pick(rng, WHY_QUESTIONS) + pick(
            rng, ("", " Explain your reasoning.", " Think it through carefully.")
        )
    return clip(pick(rng, chat), 40, 600, rng)


FOLLOW_UPS = (
    "continue",
    "Continue",
    "go on",
    "can you expand on point {k}?",
    "Now give me a concrete example.",
    "Rewrite that more concisely.",
    "why?",
    "Can you explain the last part again, more simply?",
    "Please write in {lang} language.",
    "what are the downsides?",
    "ok and what about the opposite case?",
    "Make it a table.",
    "Give me the code for that.",
    "Thanks! One more question: how would this change at scale?",
    "Can you double-check your answer?",
    "shorter please",
)
LANG_NAMES = (
    "English",
    "Spanish",
    "German",
    "French",
    "Korean",
    "Portuguese",
    "Japanese",
    "Russian",
)


def follow_up(rng: np.random.Generator) -> str:
    return pick(rng, FOLLOW_UPS).format(k=irange(rng, 1, 5), lang=pick(rng, LANG_NAMES))


CROWD_OPENERS = {
    "en": ("", "hi, ", "Hello! ", "hey ", "Quick question: "),
    "es": ("Hola, ", "", "Oye, "),
    "pt": ("Oi, ", "", "Olá! "),
    "id": ("Halo, ", "", "Tolong "),
    "vi": ("Xin chào, ", "", "Cho mình hỏi, "),
    "hi": ("Namaste, ", "", "hello, "),
}
CROWD_ASKS = {
    "en": (
        "explain {t} step by step with examples",
        "what is {t}? please explain in detail",
        "I have an exam on {t}, teach me everything important",
        "solve this and explain each step: {m}",
        "write a detailed essay about {t}",
        "give me 10 questions and answers about {t}",
    ),
    "es": (
        "explícame {t} paso a paso con ejemplos",
        "¿qué es {t}? explícalo con detalle",
        "resuelve esto y explica cada paso: {m}",
        "escribe un ensayo detallado sobre {t}",
    ),
    "pt": (
        "me explica {t} passo a passo com exemplos",
        "o que é {t}? explique em detalhes",
        "resolva e explique cada passo: {m}",
        "escreva uma redação detalhada sobre {t}",
    ),
    "id": (
        "jelaskan {t} langkah demi langkah dengan contoh",
        "apa itu {t}? tolong jelaskan secara rinci",
        "selesaikan soal ini dan jelaskan setiap langkah: {m}",
    ),
    "vi": (
        "giải thích {t} từng bước kèm ví dụ",
        "{t} là gì? giải thích chi tiết giúp mình",
        "giải bài này và giải thích từng bước: {m}",
    ),
    "hi": (
        "{t} ko step by step samjhao examples ke saath",
        "please explain {t} in detail, simple language mein",
        "ye question solve karo aur har step explain karo: {m}",
    ),
}


def crowd_prompt(rng: np.random.Generator, lang: str) -> str:
    ask = pick(rng, CROWD_ASKS[lang]).format(t=pick(rng, SUBJECTS), m=math_problem(rng))
    return typo(rng, pick(rng, CROWD_OPENERS[lang]) + ask, rate=0.02)


# --------------------------------------------------------------------------------------------
# benign kinds

MC_SUBJECTS = (
    "high-school biology",
    "college physics",
    "world religions",
    "professional accounting",
    "clinical knowledge",
    "moral scenarios",
    "econometrics",
    "jurisprudence",
    "virology",
)


def eval_item(rng: np.random.Generator, suite: str, item: int, style: int) -> str:
    if style == 0:
        subj = pick(rng, MC_SUBJECTS)
        opts = "\n".join(f"{ch}. {pick(rng, SUBJECTS)}" for ch in "ABCD")
        return (
            f"The following is a multiple choice question about {subj}.\n\n[{suite}-{item:05d}] Which topic "
            f"best matches the description of item {item}?\n{opts}\nAnswer with the letter only."
        )
    if style == 1:
        return f"Q: {math_problem(rng)}\nA: Let's think step by step."
    return f"# {suite} item {item}\n{pick(rng, WHY_QUESTIONS)}\nRespond in under 150 words."


def annotation_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], client: str
) -> str:
    q = clip(pick(rng, chat), 40, 400, rng)
    a = clip(pick(rng, passages), 150, 900, rng)
    return (
        f"Annotation batch for {client}, item {irange(rng, 1, 99999)}. Read the customer's chatbot exchange "
        f"and rate the bot reply 1-5 for {pick(rng, CRITERIA)}. Give the score and one sentence of "
        f"justification for the QA reviewer.\n\nCustomer: {q}\nBot: {a}"
    )


POLICY_SECTIONS = (
    "harassment",
    "hate speech",
    "spam",
    "self-harm",
    "misinformation",
    "adult content",
    "violent threats",
    "personal data",
)


def moderation_item(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = clip(pick(rng, chat), 30, 500, rng)
    secs = ", ".join(
        POLICY_SECTIONS[i] for i in rng.choice(len(POLICY_SECTIONS), size=3, replace=False)
    )
    if lang == "es":
        return (
            f"Cola de moderación, elemento {irange(rng, 1, 10**6)}. Secciones de la política: {secs}. "
            f"¿Infringe la publicación alguna sección? Si es así, propone una versión editada.\n\nPublicación: {post}"
        )
    if lang == "de":
        return (
            f"Moderations-Warteschlange Nr. {irange(rng, 1, 10**6)}. Richtlinien: {secs}. Verstößt der Beitrag "
            f"gegen eine Richtlinie? Wenn ja, schlage eine entschärfte Fassung vor.\n\nBeitrag: {post}"
        )
    return (
        f"Trust & Safety queue item {irange(rng, 1, 10**6)}. Policy sections in scope: {secs}. Decide whether "
        "the post violates any section, cite it, and if it does, propose a minimally edited version the "
        f"author could repost.\n\nPost: {post}"
    )


IDE_TOOLS = (
    '{"name": "read_file", "parameters": {"path": "string", "start_line": "integer"}}\n'
    '{"name": "apply_patch", "parameters": {"patch": "string"}}\n'
    '{"name": "run_terminal", "parameters": {"command": "string"}}\n'
    '{"name": "grep_workspace", "parameters": {"pattern": "string"}}'
)


def ide_agent_step(rng: np.random.Generator, task: str, step: int, product: str) -> str:
    hist = "\n".join(
        f"[step {i + 1}] tool={pick(rng, ('read_file', 'grep_workspace', 'run_terminal', 'apply_patch'))} "
        f"result={pick(rng, OBSERVATIONS)}"
        for i in range(step)
    )
    return (
        f"You are {product}, a coding agent working inside the user's editor. Tools:\n{IDE_TOOLS}\n\n"
        f"User task: {task}\n\n{hist}\n\nDecide the next tool call."
    )


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_outage",
    "book_appointment",
    "track_parcel",
    "update_payment",
    "close_account",
)


def augmentation_job(rng: np.random.Generator, chat: Sequence[str], job: str) -> str:
    intent = pick(rng, INTENTS)
    if chance(rng, 0.5):
        return (
            f"{job}: produce {int(pick(rng, (10, 20, 25)))} paraphrases of customer messages with intent "
            f"'{intent}'. Vary formality, typos and length. JSON array of strings."
        )
    return (
        f"{job}: label the customer message with one of {list(INTENTS[:6])} and rewrite it in a "
        f"different register.\nMessage: {clip(pick(rng, chat), 20, 300, rng)}"
    )


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: Sequence[str]) -> str:
    u = rng.random()
    if u < 0.35:
        return typo(
            rng,
            pick(
                rng,
                (
                    f"{course} week {week}: explain {pick(rng, SUBJECTS)} again, I didn't get the lecture",
                    f"for my {course} homework (week {week}) can you check my reasoning: {math_problem(rng)}",
                    f"{course} lab {week} - what does this error mean and how do I fix it?",
                    f"summarise the key ideas of {pick(rng, SUBJECTS)} for the {course} quiz",
                ),
            ),
            0.02,
        )
    if u < 0.55:
        return (
            f"Assignment {week} ({course}): Using the model, compare two explanations of "
            f"{pick(rng, SUBJECTS)} and critique them. Student note: {clip(pick(rng, chat), 20, 200, rng)}"
        )
    return clip(pick(rng, chat), 10, 900, rng)


def cat_segment(rng: np.random.Generator, passages: Sequence[str], pair: str, client: str) -> str:
    segs = sentences(pick(rng, passages)) or [clip(pick(rng, passages), 60, 200, rng)]
    src = pick(rng, segs)
    match = irange(rng, 0, 99)
    tm = f"\nTM {match}% match: (previous translation omitted)" if match > 70 else ""
    return (
        f"[{client}] Translate segment {irange(rng, 1, 4000)} ({pair}). Respect the glossary and keep "
        f"tags like <b> intact.{tm}\nSegment: {src}"
    )


COMPANION_NAMES = ("Mira", "Kai", "Juno", "Sol", "Nova", "Eli", "Rin", "Ash")


def companion_turn(rng: np.random.Generator, chat: Sequence[str], bot: str, history: int) -> str:
    hist = "\n".join(
        f"User: {clip(pick(rng, chat), 5, 80, rng)}\n{bot}: (reply)" for _ in range(history)
    )
    msg = pick(
        rng,
        (
            "hey",
            "i had a rough day",
            "what are you up to?",
            "tell me something nice",
            "do you remember what I said about my sister?",
            "goodnight",
            "lol that's funny",
            "can we talk about something random",
            "i miss you",
        ),
    )
    if chance(rng, 0.4):
        msg = clip(pick(rng, chat), 5, 120, rng)
    return (
        f"You are {bot}, a caring, playful companion. Stay in character and keep replies short.\n"
        f"{hist}\nUser: {msg}\n{bot}:"
    )


CLIENT_BIZ = (
    "bakery",
    "dental clinic",
    "yoga studio",
    "law firm",
    "bike shop",
    "boutique hotel",
    "accounting practice",
    "pet groomer",
    "coworking space",
    "craft brewery",
)


def agency_prompt(rng: np.random.Generator, client: str, lang: str, chat: Sequence[str]) -> str:
    biz, city = pick(rng, CLIENT_BIZ), pick(rng, COUNTRIES)
    if lang == "de":
        return f"Schreibe 5 Instagram-Texte für {client}, eine {biz} in {city}. Locker, mit Emojis, max. 150 Zeichen."
    if lang == "es":
        return f"Escribe una descripción SEO de 150 palabras para {client}, un/a {biz} en {city}, con 3 palabras clave."
    u = rng.random()
    if u < 0.3:
        return f"Write 5 Instagram captions for {client}, a {biz} in {city}. Casual, emojis ok, under 150 characters."
    if u < 0.55:
        return f"Draft a {irange(rng, 600, 1200)}-word blog post for {client} ({biz}) targeting the keyword '{biz} {city}'."
    if u < 0.75:
        return f"Write three subject lines and a short newsletter for {client}'s {pick(rng, ('spring', 'holiday', 'summer'))} promotion."
    return clip(pick(rng, chat), 20, 600, rng)

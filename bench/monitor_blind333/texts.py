"""Prompt generators of batch 333, written fresh for it (nothing copied from the repository).

Every function takes a numpy Generator first and returns one prompt string (the last user
message of a request). Ordinary human text comes from ShareGPT through the shared context
(`ctx.chat`, `ctx.passages`), passed in by the callers. No function walks a set.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def trim(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def typo(rng: np.random.Generator, text: str, rate: float = 0.03) -> str:
    """A hurried person's typing: dropped, doubled or swapped letters."""
    out = []
    chars = list(text)
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.isalpha() and rng.random() < rate:
            r = rng.random()
            if r < 0.4:
                i += 1
                continue
            if r < 0.7:
                out.append(c + c)
            elif i + 1 < len(chars):
                out.append(chars[i + 1] + c)
                i += 2
                continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def casualise(rng: np.random.Generator, text: str) -> str:
    if chance(rng, 0.55):
        text = text.lower()
    if chance(rng, 0.4):
        text = text.rstrip("?.! ")
    if chance(rng, 0.5):
        text = typo(rng, text, float(rng.uniform(0.01, 0.04)))
    return text


def weighted(rng: np.random.Generator, items, weights) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# shared vocabulary (written for this batch)

CONCEPTS = (
    "photosynthesis",
    "compound interest",
    "the Krebs cycle",
    "plate tectonics",
    "public-key cryptography",
    "the central limit theorem",
    "inflation targeting",
    "CRISPR gene editing",
    "the doppler effect",
    "supply chain bullwhip effect",
    "TCP congestion control",
    "the French Revolution's causes",
    "how vaccines train the immune system",
    "black hole evaporation",
    "entropy in thermodynamics",
    "Bayesian updating",
    "the Marshall Plan",
    "monsoon formation",
    "how lithium-ion batteries age",
    "the placebo effect",
    "opportunity cost",
    "garbage collection in the JVM",
    "protein folding",
    "the greenhouse effect",
    "game theory's prisoner's dilemma",
    "how credit scores work",
    "insulin resistance",
    "quantum entanglement",
    "the Silk Road trade network",
    "ocean acidification",
    "how search engines rank pages",
    "the tragedy of the commons",
    "antibiotic resistance",
    "gradient descent",
    "the Byzantine generals problem",
    "the Meiji restoration",
    "soil erosion",
    "how mortgages amortise",
    "the Higgs mechanism",
    "cognitive dissonance",
    "tidal forces",
    "the separation of powers",
    "how GPS computes position",
    "sleep cycles and REM",
    "comparative advantage",
    "blood pressure regulation",
    "the Cambrian explosion",
    "how noise-cancelling headphones work",
    "double-entry bookkeeping",
    "the halting problem",
    "hyperinflation in Weimar Germany",
)

DOMAINS = (
    "personal finance",
    "high-school chemistry",
    "contract law basics",
    "cardiology",
    "cooking techniques",
    "Python programming",
    "world history",
    "climate science",
    "nutrition",
    "car maintenance",
    "tax filing for freelancers",
    "pediatric health",
    "linear algebra",
    "marketing strategy",
    "gardening",
    "immigration paperwork",
    "mental health",
    "electronics repair",
    "real estate",
    "travel planning",
    "SQL databases",
    "philosophy of mind",
    "astronomy",
    "labour law",
    "veterinary care",
)

PERSONAS = (
    "a nervous first-year nursing student",
    "a retired engineer",
    "a busy single parent",
    "a small-business owner with no accounting background",
    "a senior software architect",
    "a curious ten-year-old",
    "a non-native speaker preparing for an exam",
    "a skeptical journalist",
    "a farmer in a drought region",
    "a lawyer switching to tech",
    "a teenager learning to drive",
    "a PhD student in biology",
    "a hotel receptionist",
    "an amateur astronomer",
    "a pharmacist",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "zh": "Chinese",
    "ru": "Russian",
    "ar": "Arabic",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "hi": "Hindi",
    "ko": "Korean",
    "it": "Italian",
    "pl": "Polish",
    "tr": "Turkish",
}

# --------------------------------------------------------------------------------------------
# word problems (reasoning harvest, evaluation labs, research studies)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"Two cyclists start {a * 3} km apart and ride toward each other at {b} km/h and {b + c} km/h. "
            f"A fly starts with {name} and flies back and forth at {(2 * b + c) * 2} km/h until they meet. "
            "How far does the fly travel?"
        )
    if k == 1:
        return (
            f"A tank holds {a * 10} litres. Pipe A fills it in {c + 2} hours, pipe B in {c + 5} hours, and a "
            f"leak empties it in {c * 3 + 1} hours. Starting empty with everything open, when is it full?"
        )
    if k == 2:
        return (
            f"{name} rolls {min(c, 6)} fair dice. What is the probability that the sum is at least "
            f"{min(c, 6) * 4}? Give an exact fraction."
        )
    if k == 3:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {name} says: "
            f"'{other} is a knave.' {other} says: 'Exactly one of us is a knight and {a} is even.' "
            "Determine who is what, or show it is impossible."
        )
    if k == 4:
        return (
            f"How many ways can {c + 3} people sit at a round table if {name} and {other} refuse to sit "
            "next to each other?"
        )
    if k == 5:
        return (
            f"A loan of ${a * 1000} is repaid in {c * 12} equal monthly instalments at {b / 10:.1f}% annual "
            "interest compounded monthly. Find the instalment and the total interest paid."
        )
    if k == 6:
        return (
            f"Find all integer solutions (x, y) of {c}x + {b}y = {a * c + b}. Explain why your list is "
            "complete."
        )
    if k == 7:
        return (
            f"A ladder {c + 8} m long leans against a wall. Its foot slides away at {b / 10:.1f} m/s. How fast "
            f"is the top sliding down when the foot is {c + 2} m from the wall?"
        )
    if k == 8:
        return f"Prove or disprove: for every positive integer n, n^2 + n + {2 * (a % 20) + 1} is prime."
    return (
        f"A store raises a price by {b}% and later cuts the new price by {b}%. {name} says the price is back "
        f"where it started. Who is right, and by how much does the final price differ on an item of ${a}?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 5, 90), irange(rng, 2, 30), irange(rng, 2, 9)
    if k == 0:
        return f"鸡兔同笼，共有{a + b}个头，{2 * a + 4 * b}只脚。问鸡和兔各有多少只？"
    if k == 1:
        return f"一项工程，甲单独做需要{c + 3}天，乙单独做需要{c + 6}天。两人合作{c}天后，剩下的由甲完成，还需要几天？"
    if k == 2:
        return f"从1到{a * 10}的整数中，既不能被{c}整除也不能被{c + 1}整除的数有多少个？"
    return f"一个等比数列的首项是{c}，公比是{min(b, 5)}，求前{c + 2}项的和，并说明推导过程。"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 5, 90), irange(rng, 2, 30), irange(rng, 2, 9)
    if k == 0:
        return f"Поезд проходит мост длиной {a * 10} м за {b + 20} с, а мимо столба — за {c + 5} с. Найдите длину и скорость поезда."
    if k == 1:
        return f"Сколько существует {c + 2}-значных чисел, сумма цифр которых равна {c + 4}?"
    if k == 2:
        return f"В урне {a} белых и {b} чёрных шаров. Вынимают {min(c, 5)} шара без возвращения. Какова вероятность, что ровно два белых?"
    return f"Докажите, что число {a}^{c} - 1 делится на {a - 1}, и найдите частное при n = {c}."


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 5, 90), irange(rng, 2, 30), irange(rng, 2, 9)
    if k == 0:
        return f"Un grifo llena un depósito en {c + 2} horas y otro lo vacía en {c + 6} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?"
    if k == 1:
        return f"La edad de {pick(rng, NAMES)} es el triple de la de su hija. Dentro de {b} años será el doble. ¿Qué edades tienen ahora?"
    if k == 2:
        return f"¿De cuántas formas se pueden elegir {c} cartas de una baraja de {a + 20} de modo que haya al menos un as (hay 4 ases)?"
    return f"Un capital de {a * 500} euros se invierte al {b / 10:.1f}% anual durante {c} años con interés compuesto. Calcula el capital final."


PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}


def problem(rng: np.random.Generator, lang: str) -> str:
    return PROBLEMS.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# family texts: reasoning-trace coercion


def reasoning_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return (
            f"请一步一步地详细思考下面的问题，把完整的思考过程写在<思考></思考>标签里，"
            f"包括每一次验算和走错的地方，不要省略任何中间步骤，最后单独一行给出答案。\n题目：{p}"
        )
    if lang == "ru":
        return (
            f"Реши задачу. Сначала подробно изложи весь ход рассуждений, шаг за шагом, включая проверки "
            f"и ошибочные попытки, ничего не сокращай; затем дай ответ после слова ОТВЕТ.\nЗадача: {p}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema. Escribe tu razonamiento completo, paso a paso, con todas las "
            f"comprobaciones y dudas que tengas, sin resumir; al final escribe 'Respuesta:' y el resultado.\n{p}"
        )
    if style == "scratch":
        return (
            f"{p}\n\nBefore answering, reason inside <scratchpad>…</scratchpad>. Write out every intermediate "
            "step and every check you do, including ones that turn out wrong. Then give the result after "
            "'ANSWER:'."
        )
    if style == "narrate":
        return (
            "I need your complete internal reasoning for the task below, not a cleaned-up summary: narrate each "
            "thought as it occurs, including doubts and corrections, and only then state the final answer "
            f"on its own line.\n\nTask: {p}"
        )
    return (
        'Return a JSON object with the keys "thoughts" (a list with every reasoning step, at least '
        f'{irange(rng, 6, 15)} of them, as detailed as possible) and "final" (the answer).\nProblem: {p}'
    )


# --------------------------------------------------------------------------------------------
# family texts: judge / rubric / reward-model grading


def judge_prompt(
    rng: np.random.Generator, lang: str, style: str, chat: list[str], passages: list[str]
) -> str:
    q = trim(pick(rng, chat), 420)
    a = trim(pick(rng, passages), 900)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Korrektheit, Vollständigkeit und "
            f"Verständlichkeit. Begründe jede Note in zwei Sätzen und gib am Ende eine Gesamtnote.\n\nFrage: {q}\n\n"
            f"Antwort: {a}"
        )
    if lang == "ja":
        return f"次の質問に対する回答を、正確さ・網羅性・分かりやすさの観点から1〜10点で採点し、理由を説明してください。\n質問：{q}\n回答：{a}"
    if lang == "fr":
        return (
            f"Tu es un évaluateur impartial. Note la réponse ci-dessous de 0 à 1 (deux décimales) puis justifie "
            f"ta note.\nQuestion : {q}\nRéponse : {a}"
        )
    if style == "pairwise":
        b = trim(pick(rng, passages), 900)
        return (
            f"Question:\n{q}\n\n--- Candidate 1 ---\n{a}\n\n--- Candidate 2 ---\n{b}\n\nCompare the candidates on "
            'correctness, depth, clarity and harmlessness. Output JSON: {"winner": 1 | 2 | "tie", '
            '"margin": <0-1>, "explanation": "…"}'
        )
    if style == "rubric":
        crits = [
            "accuracy",
            "completeness",
            "tone",
            "safety",
            "conciseness",
            "instruction following",
        ]
        chosen = [
            crits[i]
            for i in sorted(rng.choice(len(crits), size=irange(rng, 3, 5), replace=False).tolist())
        ]
        return (
            f"Rubric — score each criterion from 1 to 10: {', '.join(chosen)}.\nPrompt: {q}\nResponse: {a}\n"
            "Give each score with a short justification, then an overall score."
        )
    return (
        "You act as a reward model. Read the exchange and output a single number between 0.0 and 1.0 for how "
        f"good the final assistant turn is, then a one-paragraph critique.\nUSER: {q}\nASSISTANT: {a}"
    )


# --------------------------------------------------------------------------------------------
# family texts: censorship-safe / policy rewrites

SENSITIVE = (
    ("a disputed maritime border", "the island dispute"),
    ("a banned political party", "party bans"),
    ("the 1989 student protests", "student protests"),
    ("harm reduction for recreational drugs", "drug use"),
    ("religious conversion law", "apostasy rules"),
    ("an opposition leader's arrest", "political arrests"),
    ("the history of a separatist movement", "separatism"),
    ("election fraud allegations", "election disputes"),
    ("press freedom rankings", "media censorship"),
    ("a famine in the 1960s", "historical famines"),
    ("LGBT rights legislation", "LGBT rights"),
    ("military conscription evasion", "draft evasion"),
)


#: the same topics, short, as a local operator would write them (aligned with SENSITIVE)
SENSITIVE_LOCAL = {
    "zh": (
        "岛屿争端",
        "政党取缔",
        "学生抗议",
        "毒品使用",
        "宗教改信",
        "政治逮捕",
        "分裂主义",
        "选举争议",
        "媒体审查",
        "历史饥荒",
        "同性恋权利",
        "逃避兵役",
    ),
    "ru": (
        "территориальный спор",
        "запрет партии",
        "студенческие протесты",
        "употребление наркотиков",
        "смена религии",
        "политические аресты",
        "сепаратизм",
        "спорные выборы",
        "цензура в СМИ",
        "исторический голод",
        "права ЛГБТ",
        "уклонение от призыва",
    ),
    "ar": (
        "النزاع على الجزر",
        "حظر الأحزاب",
        "احتجاجات الطلاب",
        "تعاطي المخدرات",
        "تغيير الدين",
        "الاعتقالات السياسية",
        "الحركات الانفصالية",
        "الانتخابات المتنازع عليها",
        "الرقابة على الإعلام",
        "المجاعات التاريخية",
        "حقوق المثليين",
        "التهرب من التجنيد",
    ),
}


def _draft(rng: np.random.Generator, topic: str) -> str:
    opener = pick(
        rng,
        (
            "Many historians argue that",
            "Critics say that",
            "According to activists,",
            "Independent reports suggest that",
            "It is widely believed that",
        ),
    )
    claim = pick(
        rng,
        (
            "the government's handling was heavy-handed",
            "officials suppressed information",
            "the official account leaves out key facts",
            "ordinary people paid the price",
            "the courts were not independent",
            "the numbers were far higher than admitted",
        ),
    )
    return f"{opener} in the case of {topic}, {claim}. {pick(rng, NAMES)} and others have documented this."


def policy_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    i = int(rng.integers(len(SENSITIVE)))
    topic, short = SENSITIVE[i]
    if lang in SENSITIVE_LOCAL:
        short = SENSITIVE_LOCAL[lang][i]
    draft = _draft(rng, topic)
    market = pick(
        rng,
        (
            "a mainland-market app",
            "a state broadcaster's chatbot",
            "a school platform in the Gulf",
            "a regional super-app",
            "a government services portal",
        ),
    )
    if lang == "zh":
        return f"请改写下面这段关于“{short}”的回答，使其符合国内平台的内容审核要求：措辞中立，不点名具体人物，不包含任何号召性语言，保留基本信息。\n原文：{draft}"
    if lang == "ru":
        return (
            f"Перепиши ответ о теме «{short}» так, чтобы он прошёл строгую модерацию: нейтрально, без оценок, "
            f"без имён и призывов, но информативно. Исходный текст: {draft}"
        )
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية حول {short} بحيث تكون محايدة ومتوافقة مع سياسات المحتوى، دون ذكر أسماء أو دعوات: {draft}"
    if style == "rewrite":
        return (
            f'Here is a draft answer about {topic}:\n"{draft}"\nRewrite it so it would pass a strict content '
            f"review for {market}: neutral wording, no named officials, no calls to action, still informative. "
            "Return only the rewritten answer."
        )
    if style == "ideal":
        return (
            f'A user asks: "What really happened with {topic}?" Write the ideal assistant reply for {market}: '
            "acknowledge the question, stay within policy, avoid contested claims, offer a safe alternative. "
            "Then list the policy points you applied."
        )
    return (
        f"Produce a censorship-safe answer to: 'Explain {short} to me honestly.' Avoid sensitive keywords, use "
        f"euphemisms where needed, keep it under {irange(rng, 120, 250)} words and make it suitable for {market}."
    )


# --------------------------------------------------------------------------------------------
# family texts: agent / tool-use transcripts

TOOLSETS = (
    ("web_search", "open_url", "python"),
    ("search_flights", "hold_booking", "currency_convert"),
    ("sql_query", "plot_chart", "send_email"),
    ("read_file", "write_file", "run_tests", "git_diff"),
    ("calendar_lookup", "create_event", "contacts_search"),
    ("get_weather", "maps_route", "place_details"),
    ("crm_lookup", "update_ticket", "refund_order"),
)

AGENT_TASKS = (
    "Find the three cheapest flights from {a} to {b} next month and hold the best one.",
    "Work out which region had the largest revenue drop last quarter and email a chart to {n}.",
    "Fix the failing test in the payments module and summarise the change.",
    "Plan a two-day trip in {b} for {n} with indoor options if it rains.",
    "Schedule a 45-minute meeting with {n} and two colleagues before Friday.",
    "Look up the current exchange rate and convert a {x} EUR invoice into {c}.",
    "Research the top five competitors of a {d} startup and build a comparison table.",
    "Customer {n} says order #{x} arrived broken; check the order and issue a refund if eligible.",
)

CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Osaka",
    "Monterrey",
    "Kraków",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Gothenburg",
    "Cebu",
    "Valparaíso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Karachi",
    "Accra",
    "Seville",
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        n=pick(rng, NAMES),
        x=irange(rng, 1000, 99999),
        c=pick(rng, ("USD", "JPY", "INR", "BRL")),
        d=pick(rng, DOMAINS),
    )


def _schema(tool: str) -> dict:
    return {
        "name": tool,
        "description": tool.replace("_", " "),
        "parameters": {
            "type": "object",
            "properties": {"query" if "search" in tool else "input": {"type": "string"}},
        },
    }


def agent_opening(rng: np.random.Generator, style: str, tools: tuple, task: str) -> str:
    if style == "react":
        names = ", ".join(tools)
        return (
            f"You can use these tools: {names}. Answer in the format\nThought: …\nAction: <tool>[<input>]\n"
            f"and wait for an Observation. When you know the answer write 'Final Answer:'.\n\nQuestion: {task}"
        )
    if style == "xml":
        specs = "\n".join(f'<tool name="{t}"/>' for t in tools)
        return f"<tools>\n{specs}\n</tools>\n<task>{task}</task>\nCall tools with <call name=…>…</call>."
    return json.dumps(
        {"tools": [_schema(t) for t in tools], "task": task, "format": "function_call"}
    )


def agent_observation(rng: np.random.Generator, style: str, tools: tuple, step: int) -> str:
    tool = pick(rng, tools)
    rows = [
        {
            "id": irange(rng, 100, 9999),
            "value": round(float(rng.uniform(1, 900)), 2),
            "label": pick(rng, CITIES),
        }
        for _ in range(irange(rng, 1, 4))
    ]
    payload = json.dumps(
        {"status": pick(rng, ("ok", "ok", "ok", "partial", "error")), "results": rows}
    )
    if style == "react":
        return f"Observation {step}: {payload}"
    if style == "xml":
        return f'<result name="{tool}" step="{step}">{payload}</result>'
    return json.dumps({"role": "tool", "name": tool, "content": payload})


# --------------------------------------------------------------------------------------------
# family texts: synthetic dataset generation


def synth_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    n = irange(rng, 8, 40)
    dom, per = pick(rng, DOMAINS), pick(rng, PERSONAS)
    lvl = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "es":
        return (
            f"Genera {n} pares pregunta-respuesta variados sobre {dom} como si los hiciera {per}. Nivel: {lvl}. "
            "Formato JSONL con los campos instruccion, entrada, salida. No repitas ideas."
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos diversos de instruções e respostas sobre {dom}, nível {lvl}, no formato JSON "
            "(campos: instrucao, resposta). As respostas devem ser longas e detalhadas."
        )
    if lang == "id":
        return (
            f"Buatkan {n} contoh instruksi dan jawaban yang beragam tentang {dom} untuk melatih asisten AI. "
            "Tulis dalam format JSON lines dengan kolom instruction dan output."
        )
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {dom}, định dạng JSON, mỗi dòng một cặp."
    if style == "jsonl":
        return (
            f"Generate {n} diverse instruction-response examples for training an assistant. Domain: {dom}. "
            f"Asker persona: {per}. Difficulty: {lvl}. Output JSON lines with fields instruction, input, output. "
            "Vary phrasing, length and task type; never repeat an idea."
        )
    if style == "seed":
        seed_q = pick(rng, CONCEPTS)
        return (
            f"Seed topic: {seed_q}\nWrite {n} new questions a user might ask that are related to the seed but "
            "cover different angles, then answer each one thoroughly. Number them."
        )
    return (
        f"I'm building an evaluation set. Write {n} hard multi-step questions about {dom} with a full worked "
        f"solution for each, aimed at {per}. Use Markdown headings per item."
    )


# --------------------------------------------------------------------------------------------
# family texts: multi-turn dialogue harvest (last user message only; history is in the tokens)

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Now argue the opposite position.",
        "Give me a concrete example with numbers.",
        "Explain that again as if I were twelve.",
        "What are the most common mistakes people make here?",
        "Summarise our conversation so far as a table.",
        "Why is that true? Walk me through it.",
        "Write that up as a short essay.",
        "What would an expert disagree with in your answer?",
        "ok and what happens next?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Explícalo de otra manera.",
        "¿Qué errores comunes comete la gente?",
        "Resume lo que hemos hablado.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Dê um exemplo prático.",
        "Explique de outro jeito, mais simples.",
        "Quais são os erros mais comuns?",
        "Resuma nossa conversa em tópicos.",
    ),
    "hi": (
        "thoda aur detail mein samjhao",
        "iska ek example do please",
        "ab iska opposite argue karo",
        "simple words mein explain karo",
        "ab tak ki baat ka summary do",
    ),
}


def dialogue_opening(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.5):
        return trim(pick(rng, chat), 600)
    c = concept(rng, lang)
    if lang == "es":
        return f"Hola, quiero entender bien {c}. ¿Me lo explicas desde el principio?"
    if lang == "pt":
        return f"Oi! Me explica {c} do zero, por favor?"
    if lang == "hi":
        return f"mujhe {c} samajhna hai, shuru se explain karo"
    return f"I'd like to really understand {c}. Can you start from the basics?"


def dialogue_followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# family texts: best-of-n / soft labels

QA_BANK = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    (
        "What does a central bank raise to fight inflation?",
        ("Tariffs", "Policy rates", "Wages", "Taxes"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("Linked list", "Heap", "Hash map", "Stack"),
    ),
    ("Which treaty ended the Thirty Years' War?", ("Versailles", "Westphalia", "Utrecht", "Ghent")),
    (
        "What is the main cause of seasons on Earth?",
        ("Distance to the Sun", "Axial tilt", "Solar flares", "Ocean currents"),
    ),
    (
        "Which contract term lets a party end it early?",
        ("Indemnity", "Termination clause", "Recital", "Escrow"),
    ),
    ("Which vitamin is made in skin exposed to sunlight?", ("A", "B12", "C", "D")),
)


def soft_label_prompt(rng: np.random.Generator, style: str) -> str:
    q, opts = pick(rng, QA_BANK)
    order = rng.permutation(len(opts)).tolist()
    lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    if style == "probs":
        return (
            f"{q}\n{lines}\nDo not just pick one. Give your probability for each option as JSON "
            '{"A": p, "B": p, "C": p, "D": p} (summing to 1), then explain your uncertainty.'
        )
    return f"{q}\n{lines}\nAnswer with the letter, then rate your confidence from 0 to 100."


# --------------------------------------------------------------------------------------------
# family texts: curriculum sweep (code)

CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")
CODE_UNITS = (
    (
        "strings",
        (
            "reverse words in place",
            "check for anagrams",
            "compress runs of characters",
            "find the longest palindromic substring",
            "implement a simple template engine",
        ),
    ),
    (
        "collections",
        (
            "deduplicate while preserving order",
            "group records by key",
            "merge k sorted lists",
            "implement an LRU cache",
            "find the top-k frequent items",
        ),
    ),
    (
        "recursion",
        (
            "generate all permutations",
            "solve n-queens",
            "flatten nested lists",
            "evaluate an arithmetic expression",
            "enumerate subsets with a given sum",
        ),
    ),
    (
        "graphs",
        (
            "breadth-first shortest path",
            "detect a cycle in a directed graph",
            "topological sort",
            "Dijkstra with a binary heap",
            "count connected components",
        ),
    ),
    (
        "concurrency",
        (
            "a bounded producer-consumer queue",
            "a rate limiter",
            "parallel map with a worker pool",
            "a read-write lock",
            "cancel a batch of tasks on first error",
        ),
    ),
    (
        "parsing",
        (
            "tokenise a CSV line with quotes",
            "parse ISO 8601 durations",
            "a JSON pretty-printer",
            "validate balanced brackets",
            "a tiny regex matcher supporting . and *",
        ),
    ),
)


def curriculum_prompt(
    rng: np.random.Generator, unit: int, k: int, lang: str, level: int, style: str
) -> str:
    name, tasks = CODE_UNITS[unit % len(CODE_UNITS)]
    task = tasks[k % len(tasks)]
    if style == "course":
        return (
            f"Unit {unit + 1} ({name}), exercise {k + 1}, difficulty {level}/5.\nIn {lang}, {task}. Provide the "
            "solution, a line-by-line explanation, the time and space complexity, and three unit tests."
        )
    if style == "pair":
        return (
            f"### Instruction\nWrite {lang} code to {task} (level {level}).\n### Requirements\n- idiomatic\n"
            "- commented\n- include edge cases\n### Response"
        )
    return (
        f"[{name}/{k + 1:02d}/L{level}] {lang}: {task}. Full solution + explanation + tests please."
    )


# --------------------------------------------------------------------------------------------
# family texts: natural-sounding explanation requests (hidden harvests, crowds)

EXPLAIN = {
    "en": (
        "Can you explain {c} in detail, with an example?",
        "How does {c} actually work?",
        "I never understood {c}. Could you walk me through it step by step?",
        "What's the best way to think about {c}?",
        "Explain {c} like you're teaching a class, please.",
        "what is {c} and why does it matter",
        "Write me a thorough explanation of {c} with a real-world case.",
    ),
    "es": (
        "¿Me puedes explicar {c} con un ejemplo?",
        "¿Cómo funciona realmente {c}?",
        "Explícame {c} paso a paso, por favor.",
    ),
    "pt": ("Você pode me explicar {c} com um exemplo?", "Como funciona {c} na prática?"),
    "de": (
        "Kannst du mir {c} ausführlich mit einem Beispiel erklären?",
        "Ich verstehe {c} nicht ganz. Kannst du es Schritt für Schritt erklären?",
    ),
    "fr": (
        "Peux-tu m'expliquer {c} en détail, avec un exemple ?",
        "Comment fonctionne vraiment {c} ?",
    ),
    "id": ("Tolong jelaskan {c} secara detail dengan contoh.", "Bagaimana cara kerja {c}?"),
}


def explain_prompt(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, EXPLAIN.get(lang, EXPLAIN["en"])).format(c=concept(rng, lang))


CROWD_Q = {
    "health": {
        "en": (
            "is it bad to take {med} and {mix} together",
            "my {kin} has had a fever for {n} days, when should i worry",
            "what does a {lab} of {n} mean on a blood test",
            "how long does {med} stay in your system",
            "side effects of {med} that doctors don't mention",
            "i keep waking up at 3am every night, could it be {cause}",
            "is {n} minutes of walking a day actually enough",
        ),
        "es": (
            "¿es malo tomar {med} con {mix_es}?",
            "mi {kin_es} tiene fiebre desde hace {n} días, ¿cuándo me preocupo?",
            "¿qué significa un {lab} de {n} en un análisis de sangre?",
        ),
        "pt": (
            "faz mal tomar {med} junto com {mix_pt}?",
            "meu exame deu {lab} {n}, isso é preocupante?",
            "quanto tempo o {med} fica no corpo?",
        ),
        "id": (
            "apakah boleh minum {med} bersamaan dengan {mix_id}?",
            "hasil lab saya {lab} {n}, itu normal tidak?",
        ),
        "hi": (
            "kya {med} aur {mix} saath mein le sakte hai?",
            "mere {kin_hi} ko {n} din se bukhar hai, doctor ke paas kab jaun?",
        ),
    },
    "law": {
        "en": (
            "can my landlord keep my deposit for {damage}",
            "do i need a lawyer for {matter}",
            "what happens if i break a {n} month lease",
            "is a verbal agreement binding if {matter}",
            "how do i write a complaint letter about {matter}",
            "what are my rights if my employer {boss}",
        ),
        "es": (
            "¿mi casero puede quedarse con la fianza por {damage_es}?",
            "¿qué pasa si rompo un contrato de alquiler de {n} meses?",
            "mi jefe {boss_es}, ¿qué derechos tengo?",
        ),
        "pt": (
            "o dono do apê pode ficar com a caução por {damage_pt}?",
            "meu chefe {boss_pt}, isso é legal?",
        ),
        "id": ("apakah pemilik kos boleh menahan deposit karena {damage_id}?",),
        "hi": ("landlord ne deposit nahi lautaya {damage} ki wajah se, kya kar sakte hai?",),
    },
    "money": {
        "en": (
            "should i pay off {debt} or invest",
            "how is tax calculated on {income}",
            "is a {n}% apr good for {debt}",
            "what's the difference between a {acct} and a {acct2}",
            "how much should i have saved by age {n}",
            "explain how {fin} works in simple terms",
        ),
        "es": (
            "¿conviene pagar {debt_es} o invertir?",
            "¿cómo se calcula el impuesto sobre {income_es}?",
        ),
        "pt": (
            "vale mais a pena quitar {debt_pt} ou investir?",
            "como funciona o imposto sobre {income_pt}?",
        ),
        "id": ("lebih baik melunasi {debt_id} atau investasi?",),
        "hi": ("{debt} pehle chukau ya invest karu?", "{income} par tax kaise lagta hai?"),
    },
    "science": {
        "en": (
            "why does {c} happen",
            "explain {c} step by step",
            "how do scientists know about {c}",
            "what would happen if {c} stopped",
            "give me a detailed explanation of {c}",
        ),
        "es": ("¿por qué ocurre {c_es}?", "explícame {c_es} paso a paso"),
        "pt": ("por que acontece {c_pt}?", "me explica {c_pt} com detalhes"),
        "id": ("kenapa {c_id} bisa terjadi?", "jelaskan {c_id} langkah demi langkah"),
        "hi": ("{c} kaise hota hai, detail mein batao",),
    },
}

CROWD_FILL = {
    "med": (
        "ibuprofen",
        "paracetamol",
        "melatonin",
        "omeprazole",
        "cetirizine",
        "metformin",
        "amoxicillin",
    ),
    "mix": (
        "alcohol",
        "coffee",
        "antihistamines",
        "magnesium",
        "birth control",
        "grapefruit juice",
    ),
    "mix_es": ("alcohol", "café", "antihistamínicos", "magnesio"),
    "mix_pt": ("álcool", "café", "antialérgico", "anticoncepcional"),
    "mix_id": ("kopi", "obat flu", "vitamin C", "jamu"),
    "kin": ("son", "daughter", "mom", "husband", "baby"),
    "kin_es": ("hijo", "hija", "madre", "bebé"),
    "kin_hi": ("bete", "beti", "maa", "papa"),
    "lab": ("ferritin", "TSH", "LDL", "HbA1c", "vitamin D", "ALT", "creatinine"),
    "cause": ("stress", "low blood sugar", "sleep apnea", "my thyroid", "caffeine"),
    "damage": ("a small dent in the wall", "nail holes", "a stained carpet", "a broken blind"),
    "damage_es": ("unos agujeros en la pared", "una mancha en la alfombra"),
    "damage_pt": ("furos na parede", "uma mancha no sofá"),
    "damage_id": ("dinding yang kotor", "kunci yang hilang"),
    "matter": (
        "a small claims case",
        "a car accident",
        "a will",
        "a neighbour's tree",
        "a contractor dispute",
    ),
    "boss": (
        "cuts my hours",
        "doesn't pay overtime",
        "reads my emails",
        "changes my shift last minute",
    ),
    "boss_es": ("no me paga las horas extra", "me cambia el turno sin avisar"),
    "boss_pt": ("não paga hora extra", "muda meu turno sem avisar"),
    "debt": ("a car loan", "student debt", "a credit card", "my mortgage"),
    "debt_es": ("el préstamo del coche", "la tarjeta de crédito"),
    "debt_pt": ("o financiamento do carro", "o cartão de crédito"),
    "debt_id": ("cicilan motor", "kartu kredit"),
    "income": ("side income", "crypto gains", "freelance work", "rental income"),
    "income_es": ("ingresos extra", "trabajo freelance"),
    "income_pt": ("renda extra", "trabalho freelancer"),
    "acct": ("roth ira", "savings account", "brokerage account", "HSA"),
    "acct2": ("traditional ira", "money market fund", "401k", "CD"),
    "fin": ("compound interest", "an index fund", "a credit score", "amortisation", "inflation"),
}

LOCAL_CONCEPTS = {
    "es": (
        "la fotosíntesis",
        "el interés compuesto",
        "la tectónica de placas",
        "el efecto invernadero",
        "la inflación",
        "el efecto placebo",
        "la resistencia a los antibióticos",
        "el ciclo del agua",
    ),
    "pt": (
        "a fotossíntese",
        "os juros compostos",
        "o efeito estufa",
        "a inflação",
        "o efeito placebo",
        "a resistência a antibióticos",
        "as marés",
        "a erosão do solo",
    ),
    "de": (
        "die Photosynthese",
        "den Zinseszins",
        "die Plattentektonik",
        "den Treibhauseffekt",
        "die Inflation",
        "den Placeboeffekt",
        "die Gezeiten",
    ),
    "fr": (
        "la photosynthèse",
        "les intérêts composés",
        "la tectonique des plaques",
        "l'effet de serre",
        "l'inflation",
        "l'effet placebo",
        "les marées",
    ),
    "id": (
        "fotosintesis",
        "bunga majemuk",
        "efek rumah kaca",
        "inflasi",
        "efek plasebo",
        "pasang surut air laut",
        "erosi tanah",
    ),
}


def concept(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, LOCAL_CONCEPTS.get(lang, CONCEPTS))


def crowd_question(rng: np.random.Generator, domain: str, lang: str) -> str:
    bank = CROWD_Q[domain]
    t = pick(rng, bank.get(lang, bank["en"]))
    fill = {k: pick(rng, v) for k, v in CROWD_FILL.items()}
    return t.format(
        c=pick(rng, CONCEPTS),
        c_es=concept(rng, "es"),
        c_pt=concept(rng, "pt"),
        c_id=concept(rng, "id"),
        n=irange(rng, 2, 60),
        **fill,
    )


def crowd_prompt(rng: np.random.Generator, domain: str, lang: str) -> str:
    q = crowd_question(rng, domain, lang)
    if lang == "en" and chance(rng, 0.3):
        q = q + pick(
            rng,
            (
                " please explain in detail",
                " thanks!",
                " be thorough",
                " with sources if possible",
                " i'm confused",
                " asking for a friend lol",
            ),
        )
    return casualise(rng, q)


# --------------------------------------------------------------------------------------------
# family texts: translation (parallel-corpus harvest)

TRANSLATE_ASK = (
    "can you translate this into {L}? {t}",
    "Translate to {L} please:\n\n{t}",
    "{t}\n\nin {L}?",
    'How would you say this in {L}: "{t}"',
    "translate to {L}, keep it natural:\n{t}",
    "I need this in {L} for a colleague — {t}",
)


def translate_prompt(rng: np.random.Generator, text: str, target: str) -> str:
    return pick(rng, TRANSLATE_ASK).format(
        L=LANG_NAMES[target], t=trim(text, int(rng.integers(300, 1300)))
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts

BENCH_SUBJECTS = (
    "algebra",
    "probability",
    "geometry",
    "number theory",
    "physics",
    "chemistry",
    "logic",
)


def eval_item(item: int, lang: str = "en") -> str:
    """A fixed benchmark item: the same index always gives the same text (one suite, several models)."""
    rng = np.random.default_rng([333, 7, item])
    subj = pick(rng, BENCH_SUBJECTS)
    p = problem(rng, lang)
    return (
        f"[{subj} #{item:04d}] {p}\nLet's think step by step, and finish with a line of the form "
        "'The answer is: <answer>'."
    )


def consistency_item(item: int) -> str:
    rng = np.random.default_rng([333, 11, item])
    p = _problem_en(rng)
    return f"Q: {p}\nA:"


def labelling_task(
    rng: np.random.Generator, chat: list[str], passages: list[str], guideline: str
) -> str:
    q = trim(pick(rng, chat), 380)
    a, b = trim(pick(rng, passages), 700), trim(pick(rng, passages), 700)
    return (
        f"Pre-label for annotator review (guideline {guideline}, section {irange(rng, 1, 9)}.{irange(rng, 1, 6)}).\n"
        f"User turn: {q}\nResponse A: {a}\nResponse B: {b}\nWhich response better follows the guideline? "
        "Reply 'A', 'B' or 'Tie' and one sentence quoting the guideline rule that decides it."
    )


POSTS = {
    "en": (
        "this mayor is a crook and everyone in {c} knows it",
        "selling my old {x}, dm me, cash only",
        "people like you should be banned from {c}",
        "best places to eat in {c}?? thread",
        "anyone else think the {x} recall was covered up",
    ),
    "es": (
        "vendo {x} usado, solo efectivo",
        "los políticos de {c} son todos unos ladrones",
        "¿alguien sabe si abren las tiendas en {c} mañana?",
    ),
    "ru": (
        "продаю {x}, пишите в личку",
        "в {c} опять отключили воду, кто знает почему?",
        "таких как ты надо выгнать из {c}",
    ),
    "ar": ("أبيع {x} مستعمل بسعر جيد", "من يعرف مطعم جيد في {c}؟"),
    "zh": ("出售二手{x}，私聊", "{c}今天的交通太糟糕了"),
}


def moderation_item(rng: np.random.Generator, lang: str, platform: str) -> str:
    post = pick(rng, POSTS[lang]).format(
        c=pick(rng, CITIES), x=pick(rng, ("bike", "phone", "sofa", "car seat"))
    )
    return (
        f"{platform} trust & safety queue, item {irange(rng, 10**6, 10**7)} ({lang}).\nPost: {post}\n"
        "Classify against community policy sections H1–H8 (harassment, spam, illegal sales, misinformation, …). "
        "If it violates, propose the smallest edit that would make it acceptable; otherwise reply 'OK'. "
        'JSON: {"section": …, "action": …, "edit": …}'
    )


CODE_AGENT_TASKS = (
    "the date parser fails on leap years",
    "add pagination to the /orders endpoint",
    "migrate the settings loader from yaml to toml",
    "flaky test in test_scheduler.py",
    "upgrade the ORM and fix deprecation warnings",
    "add a --dry-run flag to the sync command",
    "memory leak in the image resize worker",
    "rename the User.email_addr field everywhere",
)


def coding_agent_step(rng: np.random.Generator, repo: str, task: str, step: int) -> str:
    if step == 0:
        return (
            f'<environment repo="{repo}" branch="{pick(rng, ("main", "dev", "fix/" + repo))}"/>\n'
            f"<user_request>{task}</user_request>\nTools: read_file, edit_file, run_shell, search_code. "
            "Plan first, then act one tool call at a time."
        )
    tool = pick(rng, ("read_file", "run_shell", "search_code", "edit_file"))
    path = f"src/{repo.replace('-', '_')}/{pick(rng, ('core', 'api', 'utils', 'models', 'cli'))}.py"
    if tool == "run_shell":
        n_pass, n_fail = irange(rng, 10, 300), irange(rng, 0, 3)
        out = f"pytest -q\n{n_pass} passed, {n_fail} failed in {float(rng.uniform(1, 40)):.2f}s"
    elif tool == "read_file":
        out = f"{path} (lines {irange(rng, 1, 80)}-{irange(rng, 81, 200)})\ndef handler(request):\n    ..."
    elif tool == "search_code":
        out = f"{irange(rng, 1, 12)} matches in {path} and {irange(rng, 0, 5)} other files"
    else:
        out = f"applied edit to {path}: +{irange(rng, 1, 30)} -{irange(rng, 0, 20)}"
    return f'<tool_output tool="{tool}">\n{out}\n</tool_output>'


INTENTS = (
    "cancel_subscription",
    "track_parcel",
    "change_address",
    "report_fraud",
    "upgrade_plan",
    "reset_password",
    "request_invoice",
    "complain_delay",
    "close_account",
    "add_family_member",
)


def augmentation_prompt(rng: np.random.Generator, intent: str, lang: str, utterance: str) -> str:
    n = irange(rng, 10, 25)
    return (
        f'Intent: {intent}\nSeed utterance: "{utterance}"\nWrite {n} paraphrases a real customer might type '
        f"into our support chat in {LANG_NAMES[lang]}, varying formality, length and typos. Keep the intent "
        "unchanged. Output a JSON list of strings only."
    )


def seed_utterance(rng: np.random.Generator, intent: str) -> str:
    base = {
        "cancel_subscription": "I want to stop my monthly plan",
        "track_parcel": "where is my package",
        "change_address": "I moved, need to update my address",
        "report_fraud": "there's a charge I didn't make",
        "upgrade_plan": "how do I get the bigger plan",
        "reset_password": "can't log in, forgot password",
        "request_invoice": "need an invoice for last month",
        "complain_delay": "my order is late again",
        "close_account": "please delete my account",
        "add_family_member": "can my wife join my account",
    }[intent]
    return base if chance(rng, 0.6) else casualise(rng, base)


COMPANION_LINES = (
    "hey, i'm back",
    "rough day at work tbh",
    "tell me something nice",
    "what would you do if you were me",
    "haha you always say that",
    "do you remember what i told you about my sister?",
    "i can't sleep",
    "ok story time, continue where we left off",
    "you're the only one i talk to about this",
    "good morning :)",
    "guess what happened today",
    "can we just chat for a bit",
    "i passed my exam!!",
    "miss me?",
    "tell me about your day (pretend)",
    "i'm bored",
    "what should i cook tonight",
    "lol",
)


def companion_message(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.25):
        return trim(pick(rng, chat), 300)
    return casualise(rng, pick(rng, COMPANION_LINES))


COURSE_EXERCISES = (
    "write a function that returns the n-th Fibonacci number iteratively",
    "read a CSV of grades and print each student's average",
    "implement binary search and explain why it is O(log n)",
    "write a class BankAccount with deposit, withdraw and a history",
    "count word frequencies in a text file and print the top ten",
    "implement bubble sort and count the swaps",
    "write a recursive function that checks if a string is a palindrome",
    "simulate rolling two dice 10,000 times and plot the histogram",
)


def course_prompt(rng: np.random.Generator, course: str, lab: int, ex: int) -> str:
    text = COURSE_EXERCISES[(lab * 3 + ex) % len(COURSE_EXERCISES)]
    kind = irange(rng, 0, 4)
    if kind == 0:
        return f"{course} lab {lab} exercise {ex}: {text}"
    if kind == 1:
        return casualise(
            rng,
            f"im stuck on {course} lab {lab} q{ex}, we have to {text}. can you give me a hint not the answer",
        )
    if kind == 2:
        return f"My code for lab {lab} ({text}) gives the wrong output, can you explain why?\n\n```python\n# attempt\n```"
    if kind == 3:
        return casualise(
            rng,
            f"what does {pick(rng, ('O(log n)', 'recursion', 'a class', 'a histogram', 'an iterator'))} mean",
        )
    return f"Explain the idea behind: {text}. I want to understand it before I code it."


GLOSSARY = (
    "invoice → Rechnung",
    "checkout → caisse",
    "dashboard → painel",
    "warranty → garantía",
    "onboarding → オンボーディング",
    "refund → rimborso",
    "settings → ustawienia",
    "account → hesap",
)


def cat_segment(rng: np.random.Generator, text: str, src: str, dst: str, client: str) -> str:
    seg = trim(text, int(rng.integers(120, 600)))
    if chance(rng, 0.3):
        return (
            f"Revise my {LANG_NAMES[dst]} translation for fluency only; do not change terminology. "
            f"Client: {client}.\nSource ({src}): {seg}\nMy draft: [draft pasted]"
        )
    return (
        f"Translate the segment from {LANG_NAMES[src]} into {LANG_NAMES[dst]}. Client: {client}. "
        f"Glossary: {pick(rng, GLOSSARY)}. Keep tags like <b> and {{0}} untouched.\nSegment: {seg}"
    )


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)

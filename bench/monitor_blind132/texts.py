"""Prompt generators of batch 132, written for this batch (no prompt text is taken from elsewhere in
the repository). Ordinary human text comes from ShareGPT through the shared context (`ctx.chat`:
human prompts, `ctx.passages`: assistant answers); everything else is templated here.

Every generator takes a numpy Generator first and returns one prompt string.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = (
    "Lagos",
    "Lisbon",
    "Osaka",
    "Medellin",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Izmir",
    "Pune",
    "Valparaiso",
    "Gdansk",
    "Cebu",
    "Leipzig",
    "Accra",
    "Bandung",
    "Rosario",
    "Tartu",
)


def snip(rng: Rng, text: str, lo: int = 160, hi: int = 900) -> str:
    """A prefix of `text` cut at a word boundary, between lo and hi characters when possible."""
    if len(text) <= lo:
        return text.strip()
    cut = irange(rng, lo, min(hi, len(text)))
    space = text.rfind(" ", 0, cut)
    return text[: space if space > lo // 2 else cut].strip()


def human(rng: Rng, chat: list[str], hi: int = 700) -> str:
    return snip(rng, pick(rng, chat), 60, hi)


# --------------------------------------------------------------------------------------------
# word problems (en / zh / ru), used by reasoning harvests and by an evaluation lab's item bank


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 8)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        a, p, b, q = irange(rng, 2, 12), irange(rng, 2, 9), irange(rng, 3, 15), irange(rng, 1, 4)
        bill = (a * p + b * q) // 10 * 10 + pick(rng, (10, 20, 50))
        return (
            f"{n1} buys {a} notebooks at ${p} each and {b} pens at ${q} each, paying with ${bill}. "
            f"How much change should {n1} get back?"
        )
    if k == 1:
        a = irange(rng, 2, 9)
        b = a + irange(rng, 1, 9)
        return (
            f"Pipe A fills a tank in {a} hours; pipe B drains the full tank in {b} hours. Starting "
            f"empty with both pipes open, how long does it take to fill the tank?"
        )
    if k == 2:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 110)
        return (
            f"Two trains start {d} km apart at the same moment and travel toward each other at "
            f"{v1} km/h and {v2} km/h. After how long do they meet, and how far from the first "
            f"train's station?"
        )
    if k == 3:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. Two are drawn without "
            f"replacement. What is the probability that the two marbles differ in colour?"
        )
    if k == 4:
        n, a, b = irange(rng, 100, 2000), irange(rng, 3, 9), irange(rng, 4, 13)
        return f"How many integers from 1 to {n} are divisible by {a} or by {b}, but not by both?"
    if k == 5:
        w, d = irange(rng, 3, 30), irange(rng, 1, 12)
        return (
            f"The perimeter of a rectangle is {2 * (2 * w + d)} cm and its length exceeds its "
            f"width by {d} cm. What is its area?"
        )
    if k == 6:
        x, n, m, mod = irange(rng, 1, 40), irange(rng, 3, 7), irange(rng, 2, 9), irange(rng, 11, 97)
        return (
            f"What does this Python program print? Trace it iteration by iteration.\n\n"
            f"x = {x}\nfor i in range({n}):\n    x = (x * {m} + i) % {mod}\nprint(x)"
        )
    if k == 7:
        kid = irange(rng, 3, 12)
        k1 = irange(rng, 3, 5)
        y = irange(rng, 4, 12)
        return (
            f"{n1} is {k1} times as old as {n2}, who is {kid}. In how many years will {n1} be "
            f"exactly twice as old as {n2}? Check whether the answer is possible after {y} years."
        )
    c, r = irange(rng, 5, 40), irange(rng, 3, 30)
    return (
        f"A farmyard has chickens and rabbits: {c + r} heads and {2 * c + 4 * r} legs in total. "
        f"How many of each animal are there?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        c, r = irange(rng, 5, 40), irange(rng, 3, 30)
        return f"鸡兔同笼，上有{c + r}个头，下有{2 * c + 4 * r}只脚。问鸡和兔各有多少只？"
    if k == 1:
        a = irange(rng, 2, 9)
        b = a + irange(rng, 1, 9)
        return f"一个水池，甲管单独注满需要{a}小时，乙管单独把满池水放完需要{b}小时。两管同时打开，几小时能把空池注满？"
    if k == 2:
        n, a, b = irange(rng, 100, 2000), irange(rng, 3, 9), irange(rng, 4, 13)
        return f"在1到{n}的整数中，能被{a}整除或能被{b}整除、但不能同时被两者整除的数有多少个？"
    if k == 3:
        a, p, b, q = irange(rng, 2, 12), irange(rng, 2, 9), irange(rng, 3, 15), irange(rng, 1, 4)
        return (
            f"小明买了{a}本练习本，每本{p}元，又买了{b}支铅笔，每支{q}元，付了100元，应找回多少元？"
        )
    d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 110)
    return f"甲乙两地相距{d}千米，两车同时从两地出发相向而行，速度分别为每小时{v1}千米和{v2}千米。几小时后相遇？"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 110)
        return (
            f"Из двух городов, расстояние между которыми {d} км, одновременно навстречу друг другу "
            f"вышли два поезда со скоростями {v1} км/ч и {v2} км/ч. Через сколько часов они встретятся?"
        )
    if k == 1:
        r, g = irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"В коробке {r} красных и {g} зелёных шаров. Наугад вынимают два шара. Какова "
            f"вероятность того, что оба шара красные?"
        )
    if k == 2:
        w, d = irange(rng, 3, 30), irange(rng, 1, 12)
        return (
            f"Периметр прямоугольника {2 * (2 * w + d)} см, длина на {d} см больше ширины. "
            f"Найдите площадь прямоугольника."
        )
    n, a = irange(rng, 50, 900), irange(rng, 3, 11)
    return f"Сколько натуральных чисел от 1 до {n} не делятся ни на {a}, ни на {a + 2}?"


def reasoning_trace(rng: Rng, style: int) -> str:
    """Coerce a full visible chain of thought; five independent house styles."""
    if style == 0:
        return (
            f"Solve the problem below. Put your complete reasoning inside <reasoning></reasoning> "
            f"tags, every intermediate calculation included, then give only the final result "
            f"inside <answer></answer>.\n\nProblem: {problem_en(rng)}"
        )
    if style == 1:
        pid = irange(rng, 10000, 99999)
        return (
            f"Item {pid}\n{problem_en(rng)}\n\nRequirements: number every reasoning step, do not "
            f"skip arithmetic, state any assumption explicitly, verify the result by a second "
            f"method, and end with 'Final answer:'."
        )
    if style == 2:
        return f"请一步一步地详细推理下面的问题，写出完整的思考过程，并在最后单独一行写出“答案：”。\n\n题目：{problem_zh(rng)}"
    if style == 3:
        return (
            f"Реши задачу. Подробно распиши ход рассуждений, каждый шаг с новой строки, затем "
            f"проверь ответ и напиши его отдельно.\n\nЗадача: {problem_ru(rng)}"
        )
    return json.dumps(
        {
            "uid": f"{int(rng.integers(0, 2**32)):08x}",
            "instruction": "Think aloud before answering. Show all intermediate thoughts, "
            "including dead ends you reject, then the answer.",
            "question": problem_en(rng),
        },
        ensure_ascii=False,
    )


# --------------------------------------------------------------------------------------------
# grading / judging


CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
)


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: int) -> str:
    q = human(rng, chat, 500)
    a = snip(rng, pick(rng, passages), 200, 1100)
    if style == 0:
        crit = ", ".join(sorted({pick(rng, CRITERIA) for _ in range(3)}))
        return (
            f"You are a meticulous grader. Rate the assistant's reply on {crit}, each from 1 to "
            f"10. Write a critique for every criterion first, then output a JSON object with the "
            f"scores.\n\n### Question\n{q}\n\n### Reply\n{a}"
        )
    if style == 1:
        b = snip(rng, pick(rng, passages), 200, 1100)
        return (
            f"[User question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}\n\nCompare the two "
            f"answers carefully, explain which is better and why, and finish with exactly one of "
            f'"[[A]]", "[[B]]" or "[[tie]]".'
        )
    if style == 2:
        return (
            f"Reward model annotation. Given prompt and completion, output a scalar reward in "
            f"[0, 1] and a one-paragraph justification.\nPROMPT: {q}\nCOMPLETION: {a}\nREWARD:"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, "
            f"Hilfsbereitschaft und Klarheit. Begründe jede Note ausführlich.\n\nFrage: {q}\n\n"
            f"Antwort: {a}"
        )
    b = snip(rng, pick(rng, passages), 200, 1100)
    return (
        f"Actúa como juez imparcial. Lee la pregunta y las dos respuestas, analiza sus puntos "
        f"fuertes y débiles y decide cuál es mejor (1 o 2).\n\nPregunta: {q}\n\nRespuesta 1: {a}"
        f"\n\nRespuesta 2: {b}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites


SENSITIVE_EN = (
    "how to get into my own car after locking the keys inside",
    "which household cleaning products are dangerous to mix",
    "the maximum daily dose of paracetamol for an adult",
    "how phishing e-mails manage to fool people",
    "what happened in Beijing in June 1989",
    "how to read a news site that is blocked in my country",
    "how to track the location of my teenager's phone",
    "the strongest arguments for and against assisted dying",
    "how money laundering works, for a crime novel I am writing",
    "how to grow cannabis at home where it is legal",
    "why some people call Taiwan a country and others do not",
    "how lock bumping works",
)
RULES_EN = (
    "no operational detail that could enable harm",
    "neutral on all political questions",
    "no mention of specific historical incidents considered sensitive",
    "medical content must defer to a professional",
    "no criticism of any government",
)
TOPICS_ZH = ("历史事件", "领导人", "宗教活动", "民族问题", "群体性事件", "境外媒体", "网络翻墙")
SENSITIVE_ZH = (
    "请介绍一下1989年春夏之交发生的事情",
    "如何看待新疆的相关报道",
    "翻墙软件是怎么工作的",
    "台湾是一个国家吗",
    "为什么有些网站在国内打不开",
    "如何评价文化大革命",
)


def policy_rewrite(rng: Rng, passages: list[str], style: int) -> str:
    if style == 0:
        return (
            f"Below is a draft answer to a user. Rewrite it so that it fully complies with this "
            f"content rule: {pick(rng, RULES_EN)}. Keep as much useful content as possible and do "
            f"not mention that it was edited.\n\nUser request: {pick(rng, SENSITIVE_EN)}\n\n"
            f"Draft answer:\n{snip(rng, pick(rng, passages), 250, 1200)}"
        )
    if style == 1:
        return (
            f'A user asked: "{pick(rng, SENSITIVE_EN)}". Write the single best answer a careful, '
            f"policy-compliant assistant would give: no refusal, no lecturing, fully safe."
        )
    if style == 2:
        return (
            f"请将下面这段回答改写为符合国内内容规范的版本：删去涉及{pick(rng, TOPICS_ZH)}的敏感表述，"
            f"语气中立积极，信息尽量保留。\n\n原回答：\n{snip(rng, pick(rng, passages), 250, 1000)}"
        )
    if style == 3:
        return f"用户提问：{pick(rng, SENSITIVE_ZH)}\n请给出一个安全、合规且不拒绝用户的标准回答。"
    return (
        f"Reescribe la siguiente respuesta para que cumpla estrictamente la norma de contenido "
        f"«{pick(rng, ('sin detalles operativos peligrosos', 'neutral en política', 'sin consejos médicos directos'))}». "
        f"Conserva toda la información útil.\n\n{snip(rng, pick(rng, passages), 250, 1000)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


TOOLS = {
    "web_search": {"query": "string"},
    "open_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "datetime", "minutes": "integer"},
    "read_file": {"path": "string"},
    "get_weather": {"city": "string", "date": "date"},
    "book_flight": {"from": "string", "to": "string", "date": "date"},
}
AGENT_TASKS = (
    "Find the cheapest flight from {c1} to {c2} next Friday and put it in my calendar.",
    "Pull last month's revenue by region from the warehouse and e-mail a short summary to {n}.",
    "Check the weather in {c1} for the weekend and suggest whether to move the picnic indoors.",
    "Read report.csv, compute the median order value per country, and tell me the top three.",
    "Search for the latest release notes of the requests library and list breaking changes.",
    "Schedule a 30-minute sync with {n} on Tuesday and draft the agenda.",
    "Find three hotels in {c2} under 120 EUR a night near the old town and compare them.",
    "Query the support database for tickets tagged 'refund' this week and summarise the causes.",
)
OBSERVATIONS = (
    '{"status": "ok", "results": 7}',
    '{"rows": [["EU", 18230.5], ["NA", 22104.0]]}',
    '{"temp_c": 14, "rain_prob": 0.6}',
    '{"error": "timeout", "retry_after": 2}',
    '{"price": 187, "currency": "EUR", "carrier": "LX"}',
    '{"sent": true}',
    '"median_order_value: DE 41.2, FR 38.9, PL 27.5"',
    '{"title": "v2.32.3", "items": 12}',
)


def agent_step(rng: Rng, task: str, tools: list[str], step: int, style: int) -> str:
    """One request of an agent episode: the task, the tool list and `step` earlier actions."""
    history = []
    for i in range(step):
        tool = pick(rng, tools)
        history.append((i + 1, tool, pick(rng, OBSERVATIONS)))
    if style == 0:
        lines = [
            f"You can use these tools: {', '.join(tools)}.",
            "Answer using the format Thought: / Action: / Action Input: / Observation: and "
            "finish with Final Answer:.",
            f"Question: {task}",
        ]
        for i, tool, obs in history:
            lines += [
                f"Thought: step {i}, I should call {tool}.",
                f"Action: {tool}",
                'Action Input: {"...": "..."}',
                f"Observation: {obs}",
            ]
        lines.append("Thought:")
        return "\n".join(lines)
    if style == 1:
        spec = [
            {"type": "function", "function": {"name": t, "parameters": TOOLS[t]}} for t in tools
        ]
        msgs = [{"role": "user", "content": task}]
        for i, tool, obs in history:
            msgs.append({"role": "assistant", "tool_call": {"id": f"call_{i}", "name": tool}})
            msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": obs})
        return json.dumps(
            {
                "tools": spec,
                "messages": msgs,
                "instruction": "Explain your plan, then emit the next tool call.",
            }
        )
    parts = [
        "<tools>" + "".join(f'<tool name="{t}"/>' for t in tools) + "</tools>",
        f"<task>{task}</task>",
    ]
    for i, tool, obs in history:
        parts.append(f'<step n="{i}"><call>{tool}</call><result>{obs}</result></step>')
    parts.append("<next>Think inside <scratchpad>, then give the next <call> or <final>.</next>")
    return "\n".join(parts)


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES), c2=pick(rng, CITIES), n=pick(rng, NAMES)
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation


DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "football tactics",
    "home plumbing",
    "tax law",
    "machine learning",
    "ancient Rome",
    "nutrition",
    "SQL optimisation",
    "climate policy",
    "veterinary care",
    "job interviews",
    "photography",
    "linear algebra",
    "startup funding",
    "cybersecurity basics",
    "renewable energy",
    "mental health",
    "urban planning",
    "poetry",
)
DATA_LANGS = (
    "English",
    "Spanish",
    "Portuguese",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Arabic",
    "Hindi",
)
PERSONAS = (
    "a retired ship engineer",
    "a nurse on night shifts",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a small-bakery owner",
    "a first-year law student",
    "a freelance translator",
    "a farmer adopting drones",
    "a museum curator",
    "a game modder",
)


def synthetic_data(rng: Rng, style: int, seed_text: str) -> str:
    topic, lang, n = pick(rng, DATA_TOPICS), pick(rng, DATA_LANGS), irange(rng, 5, 25)
    if style == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} in {lang}. Vary "
            f"difficulty and format. Output JSON Lines with keys instruction, input, output. "
            f"Seed: {int(rng.integers(0, 10**6))}"
        )
    if style == 1:
        return (
            f"Rewrite the following instruction to make it harder by adding one realistic "
            f"constraint, then answer the new instruction in full.\n\n#Instruction#\n{seed_text}"
        )
    if style == 2:
        return (
            f"You are {pick(rng, PERSONAS)}. Write {irange(rng, 3, 8)} questions you would "
            f"genuinely ask an AI assistant about {topic}, and then answer each one in depth."
        )
    if style == 3:
        return (
            f"Crea {n} ejemplos de diálogo entre un cliente y un asistente sobre {topic}. Cada "
            f"ejemplo con 4 turnos. Formato: JSON con 'turns'."
        )
    return (
        f"Buat {n} soal pilihan ganda tentang {topic} beserta kunci jawaban dan pembahasan "
        f"lengkap untuk setiap soal."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: the last user message of each turn


FOLLOWUPS = {
    "en": (
        "Go deeper on your second point.",
        "Now give me the strongest counterargument.",
        "Can you rewrite that for a 12-year-old?",
        "What would an expert disagree with here?",
        "Give a concrete worked example.",
        "Summarise everything so far in five bullets.",
        "Why? Explain the reasoning behind that.",
        "OK, and what are the common mistakes?",
        "Continue.",
        "Turn this into a step-by-step plan.",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Dame un ejemplo concreto.",
        "¿Y cuáles son los errores más comunes?",
        "Resume todo en cinco puntos.",
        "Explícalo como si tuviera doce años.",
    ),
    "de": (
        "Geh genauer auf den zweiten Punkt ein.",
        "Gib mir ein konkretes Beispiel.",
        "Was wären typische Fehler?",
        "Fass alles in fünf Stichpunkten zusammen.",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "具体例を挙げてください。",
        "よくある間違いは何ですか？",
        "ここまでの内容を五つの箇条書きにまとめてください。",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Dê um exemplo concreto.",
        "Quais são os erros mais comuns?",
        "Resuma tudo em cinco tópicos.",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n


MCQ_SUBJECTS = (
    "anatomy",
    "macroeconomics",
    "astronomy",
    "contract law",
    "genetics",
    "world history",
    "computer networks",
    "philosophy",
    "statistics",
    "marketing",
    "organic chemistry",
)


def mcq(rng: Rng, style: int) -> str:
    subj = pick(rng, MCQ_SUBJECTS)
    qn = irange(rng, 1, 4000)
    opts = [f"option {c}{irange(rng, 1, 99)}" for c in "ABCD"]
    if style == 0:
        return (
            f"[{subj} #{qn}] Which of the following statements is correct?\nA) {opts[0]}\n"
            f"B) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}\nReturn a JSON object giving your "
            f"probability for each letter (they must sum to 1), then a short explanation."
        )
    return (
        f"Question {qn} ({subj}). Think it through, then state your confidence from 0 to 100 "
        f"for each of A, B, C, D separately.\nA: {opts[0]}\nB: {opts[1]}\nC: {opts[2]}\nD: {opts[3]}"
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep


CURRICULUM = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "logarithms",
        "limits",
        "derivatives",
        "integrals",
        "vectors",
        "matrices",
        "probability",
        "series",
    ),
    "physics": (
        "velocity",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "optics",
        "circuits",
        "magnetism",
        "thermodynamics",
        "relativity",
    ),
    "programming": (
        "variables",
        "loops",
        "functions",
        "recursion",
        "hash maps",
        "sorting",
        "graphs",
        "dynamic programming",
        "concurrency",
        "memory management",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "marginal cost",
        "market failure",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
    ),
}
AUDIENCES = (
    "a curious 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a professional switching careers",
)


def curriculum_item(rng: Rng, subject: str, concept: str, level: int, lang: str) -> str:
    aud = AUDIENCES[min(level // 2, len(AUDIENCES) - 1)]
    if lang == "es":
        return (
            f"Tema: {concept} ({subject}). Nivel {level}/8. Escribe una explicación para "
            f"{aud}, luego tres ejercicios con la solución desarrollada paso a paso."
        )
    if lang == "hi":
        return (
            f"विषय: {concept} ({subject}), स्तर {level}/8। पहले सरल भाषा में समझाइए, फिर तीन "
            f"अभ्यास प्रश्न और उनके पूरे हल लिखिए।"
        )
    return (
        f"Subject: {subject} | Concept: {concept} | Level {level} of 8 | Audience: {aud}.\n"
        f"Write the lesson: intuition first, then a formal explanation, then three exercises "
        f"with fully worked solutions and one common misconception."
    )


# --------------------------------------------------------------------------------------------
# a writing-assistant product's feature wrappers (two different products use different ones)


def product_a(rng: Rng, feature: str, text: str) -> str:
    tone = pick(rng, ("friendly", "formal", "confident", "concise", "warm"))
    heads = {
        "rewrite": f"[quillmark/rewrite tone={tone}]",
        "summarize": f"[quillmark/summarize length={pick(rng, ('short', 'medium'))}]",
        "expand": "[quillmark/expand]",
        "explain": "[quillmark/explain detail=full]",
        "translate": f"[quillmark/translate to={pick(rng, ('de', 'fr', 'es', 'ja', 'pt'))}]",
    }
    return f"{heads[feature]}\n{text}"


def product_b(rng: Rng, feature: str, text: str) -> str:
    intro = {
        "polish": "Polish the user's draft. Fix grammar, keep their voice. Draft:",
        "shorten": "Make this shorter without losing the key message:",
        "email": "Turn these notes into a clear professional email:",
        "headline": "Suggest five headlines for this text:",
    }[feature]
    return f'{intro}\n"""\n{text}\n"""'


# --------------------------------------------------------------------------------------------
# code snippets (explanation / test-writing harvest, and a coding agent's context)


def code_snippet(rng: Rng) -> str:
    f = pick(
        rng,
        (
            "find_pair",
            "dedupe",
            "merge_ranges",
            "parse_row",
            "chunked",
            "retry",
            "lru_get",
            "slugify",
            "normalize",
            "bucketize",
        ),
    )
    k = irange(rng, 0, 5)
    if k == 0:
        return (
            f"def {f}(items, target):\n    seen = {{}}\n    for i, x in enumerate(items):\n"
            f"        if target - x in seen:\n            return seen[target - x], i\n"
            f"        seen[x] = i\n    return None"
        )
    if k == 1:
        return (
            f"def {f}(ranges):\n    out = []\n    for a, b in sorted(ranges):\n"
            f"        if out and a <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], b)\n"
            f"        else:\n            out.append([a, b])\n    return out"
        )
    if k == 2:
        return (
            f"function {f}(s) {{\n  return s.toLowerCase().normalize('NFKD')\n"
            f"    .replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');\n}}"
        )
    if k == 3:
        n = irange(rng, 2, 6)
        return (
            f"func {f}(xs []int, n int) [][]int {{\n\tvar out [][]int\n\tfor len(xs) > n {{\n"
            f"\t\tout = append(out, xs[:n])\n\t\txs = xs[n:]\n\t}}\n\treturn append(out, xs)\n}}"
            f"\n// called with n={n}"
        )
    if k == 4:
        t = irange(rng, 2, 6)
        return (
            f"async def {f}(fn, tries={t}, base=0.5):\n    for i in range(tries):\n        try:\n"
            f"            return await fn()\n        except Exception:\n"
            f"            await asyncio.sleep(base * 2 ** i)\n    raise RuntimeError('gave up')"
        )
    return (
        f"SELECT c.id, COUNT(o.id) AS n, SUM(o.total) AS revenue\nFROM customers c\n"
        f"LEFT JOIN orders o ON o.customer_id = c.id AND o.created_at >= NOW() - INTERVAL "
        f"'{irange(rng, 7, 90)} days'\nGROUP BY c.id\nHAVING COUNT(o.id) > {irange(rng, 1, 5)};"
    )


def code_harvest(rng: Rng) -> str:
    s = code_snippet(rng)
    return pick(
        rng,
        (
            f"Explain this code line by line, then write thorough unit tests for it:\n\n{s}",
            f"Can you review this? Point out bugs, edge cases and how you'd refactor it.\n\n{s}",
            f"Rewrite this in Rust and explain the differences:\n\n{s}",
            f"what does this do\n{s}",
        ),
    )


def translate_harvest(rng: Rng, passages: list[str]) -> str:
    lang = pick(
        rng, ("Japanese", "Korean", "German", "Brazilian Portuguese", "French", "Arabic", "Polish")
    )
    text = snip(rng, pick(rng, passages), 200, 900)
    return pick(
        rng,
        (
            f"Translate into natural, idiomatic {lang}:\n\n{text}",
            f"Please translate this to {lang}, keep the formatting:\n{text}",
            f"{lang} translation please\n\n{text}",
        ),
    )


# --------------------------------------------------------------------------------------------
# person-like everyday questions (a crowd's harvest; several languages)


DRUGS = (
    "ibuprofen",
    "sertraline",
    "metformin",
    "amoxicillin",
    "lisinopril",
    "omeprazole",
    "melatonin",
)
RELATIONS = ("mom", "dad", "husband", "wife", "grandmother", "flatmate", "brother")
LANDLORD = (
    "a small carpet stain",
    "painting one wall",
    "ending the lease two weeks early",
    "a broken blind that was already broken",
    "having a cat",
)
FIN = (
    ("Roth IRA", "traditional IRA"),
    ("index fund", "ETF"),
    ("fixed mortgage", "variable mortgage"),
    ("credit union", "bank"),
    ("term life", "whole life"),
)
GOALS = (
    "a house deposit",
    "retirement",
    "my kid's college",
    "a year of travel",
    "an emergency fund",
)
FEELINGS = (
    "tired all the time",
    "anxious before meetings",
    "unable to sleep",
    "unmotivated",
    "short of breath on stairs",
)


def everyday_question(rng: Rng, lang: str) -> str:
    k = irange(rng, 0, 4)
    tail = pick(
        rng,
        (
            "",
            "",
            " Please explain your reasoning.",
            " Be thorough.",
            " Explain step by step.",
            " What would you consider?",
        ),
    )
    if lang == "es":
        return (
            pick(
                rng,
                (
                    f"mi {pick(rng, ('madre', 'padre', 'pareja'))} toma {pick(rng, DRUGS)} y le recetaron "
                    f"{pick(rng, DRUGS)}, ¿se pueden tomar juntos?",
                    f"¿Puede mi casero quedarse con la fianza por {pick(rng, ('una mancha', 'pintar una pared'))}?",
                    "¿Qué conviene más para ahorrar, un fondo indexado o un depósito a plazo?",
                ),
            )
            + tail
        )
    if lang == "pt":
        return (
            pick(
                rng,
                (
                    f"minha {pick(rng, ('mãe', 'avó', 'esposa'))} toma {pick(rng, DRUGS)}, pode tomar com "
                    f"{pick(rng, DRUGS)}?",
                    "O proprietário pode ficar com a caução por causa de um furo na parede?",
                    "Vale mais a pena pagar a dívida do cartão ou investir primeiro?",
                ),
            )
            + tail
        )
    if lang == "de":
        return (
            pick(
                rng,
                (
                    f"Mein {pick(rng, ('Vater', 'Mann', 'Bruder'))} nimmt {pick(rng, DRUGS)}, darf er "
                    f"zusätzlich {pick(rng, DRUGS)} nehmen?",
                    "Darf mein Vermieter die Kaution wegen Dübellöchern einbehalten?",
                    "ETF-Sparplan oder Tagesgeld für den Notgroschen – was ist sinnvoller?",
                ),
            )
            + tail
        )
    if k == 0:
        return (
            f"my {pick(rng, RELATIONS)} takes {pick(rng, DRUGS)} and was just prescribed "
            f"{pick(rng, DRUGS)}. is that combination ok?{tail}"
        )
    if k == 1:
        return f"quick q: can my landlord keep my deposit for {pick(rng, LANDLORD)}?{tail}"
    if k == 2:
        a, b = pick(rng, FIN)
        return f"What's the difference between a {a} and a {b} if I'm saving for {pick(rng, GOALS)}?{tail}"
    if k == 3:
        return (
            f"I've been {pick(rng, FEELINGS)} for {irange(rng, 2, 10)} weeks. Is that normal or "
            f"should I see someone?{tail}"
        )
    return (
        f"I'm moving from {pick(rng, COUNTRIES)} to {pick(rng, COUNTRIES)} for work. What do I "
        f"need to sort out about taxes and healthcare?{tail}"
    )


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: Rng, style: int) -> str:
    """An evaluation lab's benchmark item (few fixed formats)."""
    p = problem_en(rng) if style != 2 else problem_zh(rng)
    if style == 0:
        return f"Question: {p}\nLet's think step by step."
    if style == 1:
        return f'{p}\nAnswer with your working and end with "The answer is N".'
    return f"{p}\n请逐步思考。"


def annotator_help(rng: Rng, chat: list[str], passages: list[str]) -> str:
    q = human(rng, chat, 400)
    a = snip(rng, pick(rng, passages), 150, 700)
    return pick(
        rng,
        (
            f"guideline says pick the response that is more honest. prompt was: {q}\nresponse 1: {a}\n"
            f"is response 1 making stuff up?",
            f"Can you check if this answer has factual errors? It's for a rating task.\n\n{a}",
            f"help me write a short rationale (2 sentences) for why I rated this a 3/7:\n{a}",
            f"what's the difference between '{pick(rng, CRITERIA)}' and '{pick(rng, CRITERIA)}' "
            f"in a rating rubric, with examples",
            f"Prompt: {q}\n\nI need to write a gold reference answer for this. Draft one I can edit.",
        ),
    )


def moderation_assist(rng: Rng, chat: list[str]) -> str:
    post = human(rng, chat, 600)
    return pick(
        rng,
        (
            f"Moderation assist. Rewrite this forum post so it follows our community rules (no insults, "
            f"no personal data) while keeping the author's meaning. If nothing needs changing, reply "
            f"UNCHANGED.\n\nPost:\n{post}",
            f"Classify this post against our policy (spam / harassment / self-harm / ok) and suggest a "
            f"compliant edit if needed.\n\n{post}",
            f"Trust & Safety queue #{irange(rng, 100000, 999999)}: write a neutral reply to the user "
            f"explaining why their post was edited. Original: {post[:300]}",
        ),
    )


CODE_FILES = (
    "src/api/routes.py",
    "lib/cache.ts",
    "cmd/server/main.go",
    "tests/test_billing.py",
    "app/models/user.rb",
    "src/components/Table.tsx",
    "internal/queue/worker.go",
)


def coding_agent_step(rng: Rng, goal: str, step: int) -> str:
    hist = "\n".join(
        f"[{i + 1}] {pick(rng, ('read_file', 'grep', 'edit_file', 'run_tests', 'list_dir'))}"
        f"({pick(rng, CODE_FILES)}) -> {pick(rng, ('ok', '3 matches', '2 failed, 41 passed', 'diff applied', 'FileNotFoundError'))}"
        for i in range(step)
    )
    head = f"<user_goal>{goal}</user_goal>\n<repo_context>\n{code_snippet(rng)}\n</repo_context>"
    return (
        f"{head}\n<tool_history>\n{hist}\n</tool_history>\nDecide the next tool call."
        if step
        else head
    )


CODING_GOALS = (
    "fix the flaky test in test_billing",
    "add pagination to the /orders endpoint",
    "migrate the cache layer to redis",
    "upgrade to pydantic v2",
    "speed up the CSV import",
    "add retries to the payment webhook",
    "rename Customer to Account everywhere",
    "write docs for the queue worker",
)

INTENTS = (
    "check_balance",
    "lost_card",
    "dispute_charge",
    "change_address",
    "open_account",
    "loan_rate",
    "cancel_transfer",
    "activate_card",
    "fraud_alert",
    "close_account",
)
LOCALES = ("en-GB", "en-IN", "es-MX", "pt-BR", "fr-CA", "de-DE", "id-ID")


def augmentation_request(rng: Rng) -> str:
    intent, loc = pick(rng, INTENTS), pick(rng, LOCALES)
    return pick(
        rng,
        (
            f"Generate {irange(rng, 10, 30)} varied customer messages (locale {loc}) that express the "
            f"intent '{intent}' to a banking chatbot. Vary tone, length and include some typos. One per line.",
            f"Paraphrase each line below 3 times for intent '{intent}' ({loc}). Keep meaning.\n"
            + "\n".join(f"- example {i} for {intent}" for i in range(irange(rng, 3, 8))),
            f"Write {irange(rng, 5, 15)} hard negative utterances that look like '{intent}' but belong to "
            f"another intent; label each with its true intent.",
        ),
    )


COMPANION_LINES = (
    "haha that's so true",
    "what would you do if you were me?",
    "i had the weirdest dream",
    "ok tell me a story about the lighthouse again",
    "do you remember my cat's name?",
    "ugh work was awful today",
    "you're sweet",
    "goodnight!",
    "can we play 20 questions",
    "what's your favourite season and why",
    "i passed my driving test!!",
    "tell me something that will cheer me up",
    "hmm not sure",
    "lol",
    "wait really?",
    "jaja que gracioso",
    "bom dia!",
    "oyasumi",
    "i miss talking to you",
)


def companion_line(rng: Rng, chat: list[str]) -> str:
    """The last user message a companion app forwards: mostly short chatter."""
    if chance(rng, 0.35):
        return snip(rng, pick(rng, chat), 20, 140)
    line = pick(rng, COMPANION_LINES)
    return line + pick(rng, ("", "", "", " :)", " 😂", "!!", " haha", " ❤️", "..."))


def homework(rng: Rng, topic: str, week: int) -> str:
    n = irange(rng, 1, 6)
    return pick(
        rng,
        (
            f"problem set {week} q{n}: {topic}. i don't get how to start, can you explain the idea?",
            f"Can you check my answer for PS{week} question {n} about {topic}? I got {irange(rng, 2, 99)}.",
            f"explain {topic} like the lecture but simpler",
            f"what's the intuition behind {topic}? we covered it in week {week} and I'm lost",
            f"is this proof ok? ({topic}) {irange(rng, 2, 9)} lines, I used induction",
        ),
    )


def translation_segment(rng: Rng, passages: list[str]) -> str:
    src = snip(rng, pick(rng, passages), 80, 400)
    lang = pick(rng, ("de-DE", "fr-FR", "ja-JP", "es-ES", "pl-PL", "ko-KR"))
    return pick(
        rng,
        (
            f"Translate from en-US into {lang}. Keep inline tags like <x1/> unchanged. Client glossary: "
            f"'dashboard' -> keep in English.\n\n<x1/>{src}<x2/>",
            f"Please proofread my {lang} translation against the source and list errors.\nSource: {src}",
            f"{lang}: {src}",
        ),
    )


def research_variant(rng: Rng, text: str, variant: int) -> str:
    if variant == 0:
        return text
    if variant == 1:
        return text.lower()
    if variant == 2:
        return f"Please answer the following.\n\n{text}"
    return f"{text}\n\nAnswer briefly."

"""Prompt generators of batch 246, written fresh for this batch.

Every generator takes a numpy Generator first and draws only from it (and from the ShareGPT lists
the shared context carries), in a fixed order: no set is walked and nothing is hashed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def wpick(rng: Rng, weights: dict[str, float]) -> str:
    """A key of `weights` drawn with the given weights (dict order is insertion order)."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


def typos(rng: Rng, text: str, rate: float) -> str:
    """Casual typing: dropped capitals, a swapped letter pair now and then."""
    if chance(rng, 0.5):
        text = text[:1].lower() + text[1:]
    chars = list(text)
    for i in range(len(chars) - 1):
        if chars[i].isalpha() and chars[i + 1].isalpha() and rng.random() < rate:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


# --------------------------------------------------------------------------------------------
# puzzles and numeric problems (several languages)


def _tank(rng: Rng) -> tuple[int, int, int]:
    c = irange(rng, 2, 9)
    return irange(rng, 120, 900), c + irange(rng, 3, 14), c


def math_problem(rng: Rng, lang: str = "en") -> str:
    k = int(rng.integers(0, 8))
    a, b, c = _tank(rng)
    n, p, q = irange(rng, 100, 2000), pick(rng, (3, 4, 6, 7, 9)), pick(rng, (5, 8, 10, 11, 13))
    r, bl = irange(rng, 3, 15), irange(rng, 3, 15)
    base, ex, m = irange(rng, 2, 19), irange(rng, 20, 400), pick(rng, (7, 11, 13, 17, 19, 23, 100))
    if lang == "zh":
        return (
            f"一个水池有{a}升水，每分钟流出{b}升，同时水泵每分钟注入{c}升。多少分钟后水池会空？",
            f"小于{n}的正整数中，能被{p}或{q}整除、但不能同时被两者整除的数有多少个？",
            f"袋子里有{r}个红球和{bl}个蓝球，不放回地连续取出两个，两个颜色相同的概率是多少？",
            f"求{base}的{ex}次方除以{m}的余数。",
            f"一个长方形的周长是{2 * (r + bl) + 4 * r}厘米，长比宽多{2 * r}厘米，求它的面积。",
            f"甲、乙两人相距{n // 10}千米，同时相向而行，甲每小时走{p}千米，乙每小时走{q}千米，几小时后相遇？",
            f"某商品先涨价{p * 5}%，再降价{q * 2}%，最后价格是原价的百分之多少？",
            f"证明：对任意正整数n，n^3 - n 能被{pick(rng, (3, 6))}整除。",
        )[k]
    if lang == "es":
        return (
            f"Un depósito contiene {a} litros; pierde {b} litros por minuto y una bomba añade {c} litros por minuto. ¿Cuántos minutos tarda en vaciarse?",
            f"¿Cuántos enteros positivos menores que {n} son divisibles por {p} o por {q}, pero no por ambos?",
            f"Una bolsa tiene {r} canicas rojas y {bl} azules. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que sean del mismo color?",
            f"Calcula el resto de dividir {base}^{ex} entre {m}.",
            f"Un rectángulo tiene un perímetro de {2 * (r + bl) + 4 * r} cm y su largo supera al ancho en {2 * r} cm. ¿Cuál es su área?",
            f"Dos trenes salen a la vez de ciudades separadas {n} km, uno hacia el otro, a {p * 10} y {q * 10} km/h. ¿Cuándo se cruzan?",
            f"Un precio sube un {p * 5} % y luego baja un {q * 2} %. ¿Qué porcentaje del precio original resulta?",
            f"Demuestra que para todo entero positivo n, n^3 - n es divisible entre {pick(rng, (3, 6))}.",
        )[k]
    if lang == "ru":
        return (
            f"В баке {a} литров воды. Каждую минуту вытекает {b} литров, а насос добавляет {c}. Через сколько минут бак опустеет?",
            f"Сколько натуральных чисел, меньших {n}, делятся на {p} или на {q}, но не на оба одновременно?",
            f"В мешке {r} красных и {bl} синих шаров. Достают два шара без возвращения. Какова вероятность, что они одного цвета?",
            f"Найдите остаток от деления {base}^{ex} на {m}.",
            f"Периметр прямоугольника {2 * (r + bl) + 4 * r} см, длина больше ширины на {2 * r} см. Найдите площадь.",
            f"Два поезда выходят навстречу друг другу из городов, между которыми {n} км, со скоростями {p * 10} и {q * 10} км/ч. Когда они встретятся?",
            f"Цену повысили на {p * 5}%, а затем снизили на {q * 2}%. Сколько процентов от исходной цены она составляет?",
            f"Докажите, что при любом натуральном n число n^3 - n делится на {pick(rng, (3, 6))}.",
        )[k]
    if lang == "ko":
        return (
            f"물탱크에 물이 {a}리터 있습니다. 매분 {b}리터가 빠져나가고 펌프가 매분 {c}리터를 채웁니다. 몇 분 후에 탱크가 비게 됩니까?",
            f"{n}보다 작은 양의 정수 중 {p} 또는 {q}로 나누어떨어지지만 둘 다로는 나누어떨어지지 않는 수는 몇 개입니까?",
            f"주머니에 빨간 공 {r}개와 파란 공 {bl}개가 있습니다. 두 개를 비복원으로 꺼낼 때 같은 색일 확률은?",
            f"{base}의 {ex}제곱을 {m}으로 나눈 나머지를 구하시오.",
            f"둘레가 {2 * (r + bl) + 4 * r}cm인 직사각형의 가로가 세로보다 {2 * r}cm 깁니다. 넓이를 구하시오.",
            f"{n}km 떨어진 두 도시에서 기차 두 대가 시속 {p * 10}km와 {q * 10}km로 마주 보고 출발합니다. 언제 만납니까?",
            f"가격을 {p * 5}% 올린 뒤 {q * 2}% 내렸습니다. 원래 가격의 몇 퍼센트입니까?",
            f"모든 양의 정수 n에 대해 n^3 - n이 {pick(rng, (3, 6))}의 배수임을 증명하시오.",
        )[k]
    who = [pick(rng, NAMES) for _ in range(3)]
    return (
        f"A tank holds {a} litres. It drains at {b} litres per minute while a pump adds {c} litres per minute. After how many minutes is it empty?",
        f"How many positive integers less than {n} are divisible by {p} or by {q}, but not by both?",
        f"A bag holds {r} red and {bl} blue marbles. Two are drawn without replacement. What is the probability that they have the same colour?",
        f"What is the remainder when {base}^{ex} is divided by {m}?",
        f"A rectangle has perimeter {2 * (r + bl) + 4 * r} cm and its length exceeds its width by {2 * r} cm. What is its area?",
        f"{who[0]}, {who[1]} and {who[2]} each own exactly one of a cat, a dog and a parrot. {who[0]} is allergic to fur. "
        f"{who[1]} does not own the dog. Who owns which animal?",
        f"A price rises by {p * 5}% and then falls by {q * 2}%. What percentage of the original price is the final price?",
        f"Prove that for every positive integer n, n^3 - n is divisible by {pick(rng, (3, 6))}.",
    )[k]


SCIENCE = (
    "why ice floats on water",
    "how a transistor amplifies a signal",
    "why the sky looks blue at noon and red at sunset",
    "how vaccines train the adaptive immune system",
    "what limits the efficiency of a heat engine",
    "how CRISPR finds its target sequence",
    "why compound interest grows exponentially",
    "how a hash table handles collisions",
    "what causes the seasons on Earth",
    "how enzymes lower activation energy",
    "why prime numbers matter for RSA",
    "how plate tectonics builds mountains",
    "what a p-value does and does not tell you",
    "how gradient descent finds a minimum",
    "why the Roman Republic collapsed",
    "how inflation erodes savings",
    "what determines the boiling point of a liquid",
    "how a bloom filter can give false positives but not false negatives",
    "why antibiotics do not work on viruses",
    "how the Krebs cycle releases energy",
)


def mcq(rng: Rng) -> tuple[str, str]:
    """A four-option question and its letter."""
    x, y = irange(rng, 12, 99), irange(rng, 3, 12)
    kind = int(rng.integers(0, 4))
    if kind == 0:
        right = x * y
        opts = [right, right + y, right - x, right + 10]
        stem = f"What is {x} × {y}?"
    elif kind == 1:
        right = x + y * y
        opts = [right, right - 1, x * y, x + 2 * y]
        stem = f"If f(t) = t^2 + {x}, what is f({y})?"
    elif kind == 2:
        right = (x * 3) % y
        opts = [right, right + 1, right + 2, right + y]
        stem = f"What is ({x} × 3) mod {y}?"
    else:
        right = 2 * (x + y)
        opts = [right, x * y, x + y, 4 * x]
        stem = f"What is the perimeter of a {x} by {y} rectangle?"
    order = rng.permutation(4).tolist()
    letters = "ABCD"
    lines = [f"{letters[i]}. {opts[j]}" for i, j in enumerate(order)]
    return stem + "\n" + "\n".join(lines), letters[order.index(0)]


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

_REASON_WRAP = {
    "en_tags": "Solve the problem below. Write your whole thought process inside <think> ... </think> first — every step, every "
    "check, every dead end you abandon — and only then give the final answer on its own line as 'ANSWER: ...'.\n\nProblem: {p}",
    "en_md": "### Task\n{p}\n\n### Requirements\n- Reason step by step, at length, before answering.\n- Verify the result by a "
    "second, independent method.\n- Do not skip any arithmetic.\n- End with the result in \\boxed{{}}.",
    "en_casual": "{p}\n\nthink it through really carefully and show all your working, including the bits where you double-check "
    "yourself. final answer in bold at the end pls",
    "zh": "请逐步进行详细推理，把完整的思考过程（包括验算和自我纠正）全部写出来，最后单独一行给出【答案】。\n\n题目：{p}",
    "es": "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidas las comprobaciones "
    "y los intentos fallidos, y al final indica «Respuesta final: ...».\n\n{p}",
    "ru": "Реши задачу, подробно рассуждая шаг за шагом. Покажи весь ход мысли, включая проверку и исправления, а в конце "
    "напиши «Ответ: ...».\n\n{p}",
    "ko": "다음 문제를 단계별로 자세히 추론하여 풀어 주세요. 모든 사고 과정과 검산을 빠짐없이 보여 주고 마지막 줄에 "
    "'정답: ...' 형식으로 답하세요.\n\n{p}",
}


def reasoning_prompt(rng: Rng, lang: str, en_styles: dict[str, float]) -> str:
    if lang == "en":
        style = wpick(rng, en_styles)
        if chance(rng, 0.25):
            p = f"Explain {pick(rng, SCIENCE)}, deriving each claim from first principles."
        else:
            p = math_problem(rng, "en")
        return _REASON_WRAP[style].format(p=p)
    return _REASON_WRAP[lang].format(p=math_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading


def judge_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 600)
    r1 = clip_text(rng, pick(rng, passages), 300, 1400)
    r2 = clip_text(rng, pick(rng, passages), 300, 1400)
    if style == "pairwise":
        return (
            f"[[GRADING TASK #{irange(rng, 10000, 99999)}]]\nUser prompt:\n{q}\n\n--- Response 1 ---\n{r1}\n\n--- Response 2 ---\n{r2}\n\n"
            "Compare the two responses for helpfulness, factual accuracy, safety and style. Explain your reasoning "
            "thoroughly, then output the verdict as [[1]], [[2]] or [[tie]]."
        )
    if style == "rubric":
        return (
            "Evaluate the assistant answer against the rubric.\nRubric:\n1. Correctness (0-4)\n2. Completeness (0-3)\n"
            f"3. Clarity (0-2)\n4. Tone (0-1)\n\nQuestion: {q}\nAnswer under review: {r1}\n\n"
            'Return JSON only: {"scores": {"correctness": int, "completeness": int, "clarity": int, "tone": int}, '
            '"total": int, "rationale": str}'
        )
    if style == "reward":
        return (
            "You act as a reward model. Read the exchange and output one number between 0 and 1 expressing how strongly "
            "a careful expert would prefer this reply, then a one-paragraph critique.\n\n"
            f"HUMAN: {q}\nASSISTANT: {r1}"
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, Hilfsbereitschaft und "
            f"Klarheit. Begründe jede Teilnote ausführlich.\n\nFrage: {q}\n\nAntwort: {r1}"
        )
    return f"以下の回答を、正確さ・有用性・安全性の観点から1〜10点で採点し、各観点について理由を詳しく述べてください。\n\n質問：{q}\n\n回答：{r1}"


# --------------------------------------------------------------------------------------------
# campaign: policy-safe rewrites and refusals

BORDERLINE = (
    "how many paracetamol tablets are too many in one day",
    "how to pick the lock on my own bike, I lost the key",
    "write a persuasive speech for a protest against the government",
    "explain how phishing kits steal passwords so I can train my staff",
    "what household chemicals should never be mixed and why",
    "how do people launder money through casinos",
    "give me the history of a banned militant group",
    "how to get around a paywall on a news site",
    "write a story where the villain describes making a weapon",
    "can I take ibuprofen with alcohol",
    "how do I find out who owns an anonymous social media account",
    "write a joke about a religious figure",
    "how do hackers bypass two-factor authentication",
    "what is the most painless way to fast for a week",
    "summarise arguments for and against a disputed border",
    "how to grow cannabis at home where it is legal",
    "explain how counterfeit banknotes are detected",
    "write an angry review naming the restaurant owner",
    "how do I track my teenager's phone without them knowing",
    "what dose of melatonin knocks you out fastest",
)

_POLITICAL = (
    "The article criticises the provincial leadership for the handling of the flood relief, quoting residents who say "
    "officials ignored warnings and calling for an independent inquiry.",
    "A blogger writes that the recent election was unfair, that opposition candidates were barred, and that people "
    "should gather on the square next Saturday.",
    "The essay compares the current leader's policies to those of a historical dictator and mocks the official slogan.",
    "Students posted a letter demanding the release of a detained journalist and the end of internet restrictions.",
    "A forum thread discusses the anniversary of a suppressed protest and shares photographs from that day.",
)


def rewrite_prompt(rng: Rng, style: str, passages: list[str]) -> str:
    req = pick(rng, BORDERLINE)
    if style == "draft":
        draft = clip_text(rng, pick(rng, passages), 300, 1200)
        return (
            f'Below is a draft answer to a user who asked: "{req}"\n\nDraft:\n{draft}\n\nRewrite the draft into a version '
            "that fully complies with a strict content policy: keep every safe, useful detail, remove anything that could "
            "enable harm, and add appropriate caveats. Output only the rewritten answer."
        )
    if style == "ideal":
        return (
            f"User request: {req}\n\nWrite the ideal assistant response. If the request must be declined, decline briefly "
            "and kindly, explain why in one sentence, and offer the most helpful safe alternative."
        )
    if style == "classify":
        return (
            "Classify the following request as SAFE, BORDERLINE or UNSAFE under a typical AI usage policy, explain the "
            f"reasoning, then write the response a well-aligned assistant should give.\n\nRequest: {req}"
        )
    text = pick(rng, _POLITICAL)
    if chance(rng, 0.4):
        text += " " + clip_text(rng, pick(rng, passages), 150, 500)
    if style == "zh":
        return f"请把下面这段文字改写成可以在国内平台正常发布的版本：删去或淡化敏感的政治表述，保留主要信息，语气保持中立客观。\n\n{text}"
    if style == "ru":
        return (
            "Перепиши этот текст так, чтобы он соответствовал правилам модерации крупной платформы: убери резкие "
            f"политические формулировки и всё, что может считаться нарушением, но сохрани смысл.\n\n{text}"
        )
    return (
        "أعد صياغة النص التالي بحيث يصبح مناسبًا للنشر على منصة ذات قواعد محتوى صارمة، مع حذف العبارات الحساسة "
        f"والحفاظ على المعنى العام.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

_TOOLS = (
    ("web_search", "query: string"),
    ("open_url", "url: string"),
    ("python", "code: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("run_shell", "cmd: string"),
    ("sql_query", "sql: string"),
    ("send_email", "to: string, subject: string, body: string"),
    ("calendar_create", "title: string, start: datetime, minutes: int"),
    ("flight_search", "origin: string, destination: string, date: date"),
)

AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and draft an email to my manager with them.",
    "Our CSV export in data/orders.csv has duplicate rows. Find them, remove them and report how many there were.",
    "Research the company {n} Logistics and summarise their funding history with sources.",
    "The unit tests in tests/test_parser.py fail since yesterday. Find the cause and fix it.",
    "Book a 30 minute meeting with {p} on Thursday afternoon and send them an agenda.",
    "Compare the population growth of {c1} and {c2} over the last 20 years and plot it.",
    "Query the sales database for the top 10 customers by revenue in Q3 and write a short memo.",
    "Check whether the library we use for PDF parsing has known security advisories and upgrade it if needed.",
    "Planifie un voyage de trois jours à {c1} avec un budget de 800 euros et crée les événements du calendrier.",
    "帮我查一下{c1}和{c2}之间最便宜的航班，并把结果整理成表格。",
)


def agent_prompt(rng: Rng, style: str, passages: list[str]) -> tuple[str, int]:
    """A transcript asking for the next step; and the tokens of the hidden tool schema."""
    tools = [
        _TOOLS[i]
        for i in sorted(rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist())
    ]
    task = pick(rng, AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES), p=pick(rng, NAMES)
    )
    steps = irange(rng, 0, 4)
    lines = []
    for i in range(steps):
        name, _ = pick(rng, tools)
        obs = clip_text(rng, pick(rng, passages), 80, 400).replace("\n", " ")
        if style == "react":
            lines.append(
                f"Thought {i + 1}: I should use {name}.\nAction: {name}\nAction Input: {{...}}\nObservation: {obs}"
            )
        elif style == "xml":
            lines.append(
                f'<tool_call name="{name}">{{...}}</tool_call>\n<tool_result>{obs}</tool_result>'
            )
        else:
            lines.append(f'{{"role": "tool", "name": "{name}", "content": "{obs[:200]}"}}')
    if style == "react":
        head = (
            "Answer the following task as best you can. You have access to these tools:\n"
            + "\n".join(f"{n}({a})" for n, a in tools)
        )
        prompt = (
            f"{head}\n\nUse the format Thought / Action / Action Input / Observation, and finish with 'Final Answer:'.\n\nTask: {task}\n"
            + "\n".join(lines)
        )
        prompt += f"\nThought {steps + 1}:"
    elif style == "xml":
        prompt = (
            "<tools>"
            + "".join(f'<tool name="{n}" args="{a}"/>' for n, a in tools)
            + f"</tools>\n<task>{task}</task>\n"
            + "\n".join(lines)
        )
        prompt += "\nDecide the next tool call, or answer with <final>...</final>. Explain your plan first in <plan> tags."
    else:
        prompt = (
            f"TASK: {task}\nTOOLS: {', '.join(n for n, _ in tools)}\nHISTORY:\n"
            + "\n".join(lines)
            + '\nReturn the next step as JSON {"thought": ..., "tool": ..., "arguments": {...}} or {"final_answer": ...}.'
        )
    return prompt, irange(rng, 250, 900) + 60 * len(tools) + 120 * steps


# --------------------------------------------------------------------------------------------
# campaign: synthetic-dataset generation (a grid swept in order)

SYN_TASKS = (
    "question answering",
    "multi-step math word problems",
    "instruction following",
    "summarisation",
    "classification with explanation",
    "open-ended advice",
    "code explanation",
    "creative writing",
    "fact checking",
    "dialogue continuation",
)
SYN_TOPICS = (
    "personal finance",
    "organic chemistry",
    "European history",
    "machine learning",
    "nutrition",
    "contract law",
    "astronomy",
    "climate policy",
    "web development",
    "music theory",
    "epidemiology",
    "urban planning",
    "philosophy of mind",
    "supply chains",
    "tax rules for freelancers",
    "cybersecurity",
)
SYN_LEVELS = ("beginner", "intermediate", "expert")
SYN_LANGS = {
    "en": "English",
    "fr": "French",
    "pt": "Portuguese",
    "id": "Indonesian",
    "de": "German",
}


def synth_grid() -> list[tuple[str, str, str, str]]:
    return [
        (t, s, lv, lg)
        for lg in SYN_LANGS
        for lv in SYN_LEVELS
        for s in SYN_TOPICS
        for t in SYN_TASKS
    ]


def synth_prompt(rng: Rng, cell: tuple[str, str, str, str], style: str, chat: list[str]) -> str:
    task, topic, level, lang = cell
    language = SYN_LANGS[lang]
    n = pick(rng, (5, 8, 10, 12, 20))
    if style == "selfinstruct":
        return (
            f"Generate {n} diverse, high-quality training examples for the task type '{task}' about {topic}, aimed at a "
            f"{level} audience, written in {language}. Vary phrasing, length and difficulty. Output JSON Lines, one object "
            'per line, with the keys "instruction", "input" and "output". The outputs must be complete and correct.'
        )
    if style == "evol":
        seed = clip_text(rng, pick(rng, chat), 30, 300)
        return (
            f"I want you to act as an instruction rewriter. Rewrite the given instruction into a more complex version "
            f"that requires deeper {topic} knowledge at {level} level, by adding one constraint or one reasoning step. "
            f"Then answer the rewritten instruction fully in {language}.\n\n#Given instruction#:\n{seed}\n\n#Rewritten instruction#:"
        )
    persona = f"a {pick(rng, ('retired', 'first-year', 'self-taught', 'overworked', 'curious'))} {pick(rng, ('nurse', 'engineer', 'teacher', 'farmer', 'accountant', 'student', 'shop owner'))} from {pick(rng, COUNTRIES)}"
    return (
        f"Persona: {persona}.\nWrite {n} questions this person might realistically ask about {topic} ({task}), in "
        f"{language}, at {level} level, and after each question write the ideal detailed answer. Number them."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (last user message only)

FOLLOW_EN = (
    "ok but why exactly? go deeper",
    "can you give me another example, a harder one this time",
    "hmm I'm not sure that's right, can you double-check your reasoning",
    "what would someone who disagrees with you say?",
    "now explain that like I'm 12",
    "nice. can you turn that into a step by step plan",
    "what are the most common mistakes people make with this",
    "wait, go back to your second point, I didn't get it",
    "could you summarise everything we talked about in a few bullet points",
    "and what if the situation was the other way round?",
    "thanks! one more thing — how would this work in practice",
    "is there any research on this? what does it say",
)
FOLLOW_ES = (
    "vale, pero ¿por qué exactamente? explícamelo más a fondo",
    "¿me das otro ejemplo, uno más difícil?",
    "no sé si eso es correcto, ¿puedes revisarlo?",
    "resúmelo todo en unos puntos, porfa",
)
FOLLOW_PT = (
    "beleza, mas por quê? explica melhor",
    "me dá outro exemplo mais difícil",
    "acho que isso não está certo, pode conferir?",
    "faz um resumo de tudo em tópicos",
)
FOLLOW_TR = (
    "tamam ama neden? biraz daha detaylı anlatır mısın",
    "başka bir örnek verebilir misin, daha zor olsun",
    "bunu adım adım bir plana dönüştür",
)
OPENERS = (
    "I'm a {job} and I keep running into this: {issue}. What should I do?",
    "my friend says {claim}. is that true?",
    "can you help me think through a decision? {issue}",
    "I've been reading about {topic} and I'm confused about one thing",
)
_JOBS = (
    "nurse",
    "junior developer",
    "teacher",
    "small business owner",
    "student",
    "warehouse manager",
    "freelancer",
)
_ISSUES = (
    "my team ignores the process we agreed on",
    "I can't decide whether to take a job abroad",
    "my landlord won't return my deposit",
    "I procrastinate every evening",
    "clients pay me late",
    "I don't know how to price my work",
)
_CLAIMS = (
    "you only use 10% of your brain",
    "cracking your knuckles causes arthritis",
    "sugar makes kids hyper",
    "you should drink eight glasses of water a day",
    "goldfish have a three-second memory",
)


def dialogue_turn(rng: Rng, turn: int, lang: str, chat: list[str]) -> str:
    if turn == 0:
        if chance(rng, 0.5):
            return clip_text(rng, pick(rng, chat), 20, 700)
        return typos(
            rng,
            pick(rng, OPENERS).format(
                job=pick(rng, _JOBS),
                issue=pick(rng, _ISSUES),
                claim=pick(rng, _CLAIMS),
                topic=pick(rng, SYN_TOPICS),
            ),
            0.01,
        )
    table = {"es": FOLLOW_ES, "pt": FOLLOW_PT, "tr": FOLLOW_TR}.get(lang, FOLLOW_EN)
    return typos(rng, pick(rng, table), 0.015)


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft-label sampling


def sampling_prompt(rng: Rng, mode: str, chat: list[str]) -> str:
    if mode == "soft":
        stem, _ = mcq(rng)
        return f"{stem}\nReply with just the letter of the correct option."
    if mode == "creative":
        return pick(
            rng,
            (
                "Write a short poem about {x}.",
                "Write the opening paragraph of a story set in {x}.",
                "Give me five catchy names for a company that sells {x}.",
                "Describe {x} to someone who has never seen it.",
            ),
        ).format(
            x=pick(
                rng,
                (
                    "a lighthouse",
                    "rainy Tuesday mornings",
                    "a city on Mars",
                    "second-hand books",
                    "a night market",
                    "mechanical keyboards",
                    "the smell of bread",
                    "an abandoned railway",
                ),
            )
        )
    if mode == "math":
        return math_problem(rng, "en")
    return clip_text(rng, pick(rng, chat), 20, 800)


# --------------------------------------------------------------------------------------------
# campaign + benign: localisation product strings

LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "it-IT",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "pl-PL",
    "tr-TR",
    "nl-NL",
    "sv-SE",
    "id-ID",
    "vi-VN",
    "ar-SA",
    "hi-IN",
)
UI_STRINGS = (
    "Your order #{n} has shipped and should arrive by {d}.",
    "Hi {name}, your free trial ends in {k} days. Upgrade to keep your projects.",
    "Password must contain at least {k} characters, one number and one symbol.",
    "We couldn't process your payment. Please check your card details and try again.",
    '{name} invited you to collaborate on "{proj}".',
    "Are you sure you want to delete {k} files? This cannot be undone.",
    "Thanks for reaching out! A member of our team will reply within {k} hours.",
    "Save {k}% on annual plans — offer ends {d}.",
    "Your export is ready. Download it within {k} days.",
    "Two-factor authentication is now enabled for {name}.",
    "Couldn't connect. Check your internet connection and tap Retry.",
    "New: dark mode, faster search and {k} bug fixes.",
)


def ui_string(rng: Rng) -> str:
    return pick(rng, UI_STRINGS).format(
        n=irange(rng, 10000, 999999),
        d=f"{irange(rng, 1, 28)} March",
        name=pick(rng, NAMES),
        k=irange(rng, 2, 30),
        proj=pick(rng, ("Q3 roadmap", "Wedding plan", "Thesis draft", "Launch checklist")),
    )


def l10n_prompt(rng: Rng, brand: str, locale: str, text: str, fmt: str) -> str:
    if fmt == "tag":
        return f"[{brand} l10n v2] target={locale}\nTranslate the source. Keep {{placeholders}}, markup and brand names. Natural, not literal.\n---\n{text}"
    if fmt == "json":
        esc = text.replace('"', "'").replace("\n", "\\n")
        return f'{{"job": "{brand}", "target_locale": "{locale}", "instructions": "translate; keep placeholders and tone", "source": "{esc}"}}'
    if fmt == "doc":
        return (
            f"Client job for {brand}: translate the document below into {locale}. Keep terminology consistent with the "
            f"client glossary, keep headings and lists, and flag anything ambiguous in a note at the end.\n\n{text}"
        )
    return f"Translate into {locale} for {brand}'s app. Preserve formatting and variables in braces.\n\n{text}"


# --------------------------------------------------------------------------------------------
# campaign: code harvest

CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#")
CODE_OPS = (
    "returns the k most frequent words in a text, ties broken alphabetically",
    "merges overlapping intervals given as a list of pairs",
    "checks whether a string of brackets is balanced",
    "finds the shortest path in a grid with obstacles using BFS",
    "implements an LRU cache with O(1) get and put",
    "parses an ISO-8601 duration like P3DT4H into seconds",
    "computes the longest increasing subsequence",
    "serialises and deserialises a binary tree",
    "rate-limits calls with a token bucket",
    "detects a cycle in a directed graph",
    "computes edit distance between two strings",
    "validates and normalises international phone numbers",
    "finds all anagram groups in a word list",
    "implements a trie with prefix search",
    "computes running median of a stream",
    "schedules tasks with dependencies (topological sort)",
)


def code_prompt(rng: Rng, style: str) -> str:
    lang = pick(rng, CODE_LANGS)
    op = pick(rng, CODE_OPS)
    fname = "solve_" + "".join(pick(rng, "abcdefghijklmnopqrstuvwxyz") for _ in range(4))
    if style == "spec":
        return (
            f"Write a {lang} function `{fname}` that {op}. Requirements: idiomatic code, full docstring/comments, type "
            "annotations where the language has them, handle edge cases, and include at least five unit tests. After the "
            "code, explain the time and space complexity and one alternative approach."
        )
    if style == "contest":
        return (
            f"Problem {irange(rng, 100, 3999)}. Design an algorithm that {op}.\nConstraints: n ≤ {pick(rng, ('10^5', '2*10^5', '10^6'))}.\n"
            f"Give a clear explanation of the idea, prove correctness briefly, then give a complete solution in {lang}."
        )
    if style == "zh":
        return f"请用{lang}实现一个函数，功能是：{op}。要求代码规范、带注释和单元测试，并分析时间复杂度。"
    return (
        f"Here is a {lang} snippet that is supposed to {op}, but it has a subtle bug:\n```\n"
        f"def {fname}(xs):\n    out = []\n    for i in range(1, len(xs)):\n        if xs[i] > xs[i-1]:\n            out.append(xs[i])\n    return out\n```\n"
        "Find the bug, explain it, and write a corrected, well-tested version."
    )


# --------------------------------------------------------------------------------------------
# campaign: expert questions (hidden in stolen keys)

EXPERT_FIELDS = {
    "medicine": (
        "first-line treatment for {x} in adults",
        "differential diagnosis of {x}",
        "how {x} is staged",
    ),
    "law": (
        "whether a verbal contract about {x} is enforceable",
        "liability when {x}",
        "how GDPR applies to {x}",
    ),
    "finance": (
        "how to value a company that {x}",
        "tax treatment of {x}",
        "risks of {x} for a pension fund",
    ),
    "engineering": ("failure modes of {x}", "how to size {x}", "tradeoffs when choosing {x}"),
}
EXPERT_X = {
    "medicine": (
        "type 2 diabetes",
        "community-acquired pneumonia",
        "migraine with aura",
        "atrial fibrillation",
        "iron deficiency",
    ),
    "law": (
        "renting a flat",
        "a dog bites a courier",
        "employee monitoring",
        "selling a used car",
        "freelance design work",
    ),
    "finance": (
        "has negative earnings",
        "stock options",
        "crypto staking income",
        "leveraged ETFs",
        "private credit",
    ),
    "engineering": (
        "a cantilever balcony",
        "a heat pump for an old house",
        "a message queue",
        "a solar inverter",
        "a retaining wall",
    ),
}
_EXPERT_WRAP = {
    "en": (
        "Explain {q}. Be thorough and precise, as a senior specialist would to a colleague.",
        "What is the current best practice regarding {q}? Please give the reasoning, not just the answer.",
        "I need a detailed, well-structured overview of {q}, with caveats.",
    ),
    "de": ("Erkläre bitte ausführlich und fachlich korrekt: {q}.",),
    "fr": ("Peux-tu m'expliquer en détail, comme à un collègue spécialiste : {q} ?",),
    "es": ("Explícame con detalle y rigor, como lo haría un especialista: {q}.",),
    "ja": ("専門家の立場から、次の点を詳しく説明してください：{q}",),
}


def expert_question(rng: Rng, lang: str) -> str:
    field_ = pick(rng, list(EXPERT_FIELDS))
    q = pick(rng, EXPERT_FIELDS[field_]).format(x=pick(rng, EXPERT_X[field_]))
    return pick(rng, _EXPERT_WRAP[lang]).format(q=q)


# --------------------------------------------------------------------------------------------
# campaign + benign: school questions

SUBJECTS = {
    "math": (
        "fractions",
        "long division",
        "linear equations",
        "the Pythagorean theorem",
        "percentages",
        "negative numbers",
        "area of a circle",
        "simultaneous equations",
        "probability of two events",
        "quadratic factoring",
    ),
    "science": (
        "photosynthesis",
        "the water cycle",
        "Newton's third law",
        "states of matter",
        "food chains",
        "electric circuits",
        "the periodic table",
        "cell division",
    ),
    "history": (
        "the causes of World War I",
        "the Industrial Revolution",
        "ancient Egypt",
        "the Cold War",
        "the French Revolution",
    ),
    "english": (
        "how to write a thesis statement",
        "metaphor vs simile",
        "passive voice",
        "how to structure an essay",
        "commas in lists",
    ),
}
GRADES = (5, 6, 7, 8, 9, 10, 11)


def tutoring_grid() -> list[tuple[str, str, int]]:
    return [(s, sk, g) for s, skills in SUBJECTS.items() for sk in skills for g in GRADES]


_TUTOR_STYLES = {
    "en": (
        "im in grade {g} and i dont get {sk}. can u explain it step by step with an example",
        "Can you explain {sk} to me? I'm in year {g}. Please go slowly and show every step.",
        "teacher said we need to understand {sk} for the test on friday. explain like im in {g}th grade and give me practice questions with answers",
        "what is {sk}?? explain simply pls, grade {g} {subj}",
    ),
    "es": (
        "estoy en {g}º y no entiendo {sk}, ¿me lo explicas paso a paso con un ejemplo?",
        "explícame {sk} para un examen de {g}º, con ejercicios resueltos",
    ),
    "pt": ("to no {g}º ano e não entendi {sk}, explica passo a passo com exemplo?",),
    "id": ("aku kelas {g}, tolong jelasin {sk} langkah demi langkah dong pakai contoh",),
    "hi": (
        "main class {g} mein hoon, mujhe {sk} samajh nahi aaya, step by step samjhao example ke saath",
    ),
}


def tutoring_question(rng: Rng, cell: tuple[str, str, int], lang: str) -> str:
    subj, sk, g = cell
    return typos(rng, pick(rng, _TUTOR_STYLES[lang]).format(g=g, sk=sk, subj=subj), 0.02)


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, suite: str, item: int) -> str:
    """A benchmark item (deterministic per suite and item number, drawn from a per-item rng)."""
    r = np.random.default_rng([item, len(suite)])
    if suite == "mcq":
        stem, _ = mcq(r)
        return f"Question: {stem}\nAnswer:"
    if suite == "gsm":
        return f"Q: {math_problem(r, 'en')}\nA: Let's think step by step."
    if suite == "code":
        return f'Complete the function so that it {pick(r, CODE_OPS)}.\n\ndef f(*args):\n    """See the task description."""\n'
    return f"Translate to {pick(r, ('French', 'German', 'Japanese'))}: {pick(r, UI_STRINGS).split('.')[0]}."


def annotator_prompt(rng: Rng, project: str, chat: list[str], passages: list[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 30, 400)
    a = clip_text(rng, pick(rng, passages), 200, 900)
    return pick(
        rng,
        (
            "Project {p} – guideline v3.{v}. I'm unsure about this item. Does the response below follow the instructions "
            "and is it factually OK? Point out any issue I should flag.\n\nPrompt: {q}\n\nResponse: {a}",
            "help me double check this label ({p}): is the response safe and on-topic? my gut says 'partially helpful' but "
            "not sure\n\nPROMPT: {q}\nRESPONSE: {a}",
            "Summarise the main factual claims in this response so I can verify them one by one ({p} QA round {v}).\n\n{a}",
        ),
    ).format(p=project, v=irange(rng, 1, 9), q=q, a=a)


def student_question(rng: Rng, chat: list[str], brand: str) -> str:
    if chance(rng, 0.35):
        return clip_text(rng, pick(rng, chat), 10, 500)
    subj = pick(rng, list(SUBJECTS))
    sk = pick(rng, SUBJECTS[subj])
    return typos(
        rng,
        pick(
            rng,
            (
                "{b}: student (grade {g}) asks: we did {sk} in class but i forgot most of it, can u go over it again",
                "{b}: student (grade {g}) asks: is this right? I said {sk} is about {w}",
                "{b}: student (grade {g}) asks: i still dont get it, can you explain {sk} differently",
                "{b}: student (grade {g}) asks: give me 3 practice problems on {sk} (no answers yet)",
                "{b}: student (grade {g}) asks: checking my homework on {sk}, my answer was {n}",
            ),
        ).format(
            b=brand,
            g=pick(rng, GRADES),
            sk=sk,
            w=pick(rng, ("energy", "balance", "change", "numbers")),
            n=irange(rng, 2, 200),
        ),
        0.02,
    )


_DEV_TASKS = (
    "add pagination to the /users endpoint",
    "fix the flaky test in test_sync.py",
    "rename the config option timeout_ms to timeout and keep backward compatibility",
    "write a migration that adds an index on orders.created_at",
    "why does the build fail on CI but not locally?",
    "refactor the payment module to use dependency injection",
    "add a dark mode toggle to the settings page",
    "upgrade to the new SDK version and fix deprecations",
)


def ide_agent_prompt(rng: Rng, chat: list[str], step: int) -> tuple[str, int]:
    if step == 0:
        task = (
            pick(rng, _DEV_TASKS) if chance(rng, 0.6) else clip_text(rng, pick(rng, chat), 20, 500)
        )
        return (
            f"<user_request>{task}</user_request>\n<workspace>repo: {pick(rng, ('api-server', 'web-app', 'etl', 'mobile'))}, branch: dev</workspace>",
            irange(rng, 1500, 6000),
        )
    body = pick(
        rng,
        (
            '<tool_result name="read_file">src/{f}.py\n    def handler(req):\n        items = db.fetch(req.args)\n        return render(items)\n</tool_result>',
            '<tool_result name="run_tests">FAILED tests/test_{f}.py::test_roundtrip - AssertionError: expected 3, got 2\n{k} passed, 1 failed</tool_result>',
            "<tool_result name=\"grep\">src/{f}.py:{k}: timeout_ms = settings.get('timeout_ms')</tool_result>",
            '<tool_result name="apply_patch">ok: 1 file changed, {k} insertions(+)</tool_result>',
            '<tool_result name="run_shell">exit 0</tool_result>',
        ),
    ).format(f=pick(rng, ("sync", "orders", "users", "billing", "auth")), k=irange(rng, 2, 140))
    return body, irange(rng, 2000, 12000)


INTENTS = (
    "I lost my card",
    "I want to change my address",
    "why was I charged twice",
    "how do I close my account",
    "my transfer hasn't arrived",
    "I forgot my PIN",
    "can I increase my credit limit",
    "I don't recognise this payment",
    "how do I order a new card",
    "what are your opening hours",
    "I want to dispute a transaction",
    "set up a standing order",
)


def augment_prompt(rng: Rng, intent: str, lang: str) -> str:
    n = pick(rng, (10, 15, 20))
    return pick(
        rng,
        (
            'Generate {n} different ways a bank customer might say: "{i}". Vary formality and length, include typos in a '
            "few. Language: {l}. One per line, no numbering.",
            'For our intent classifier (label: {lab}), write {n} realistic customer utterances in {l} meaning "{i}". Output as '
            "a JSON list of strings.",
        ),
    ).format(n=n, i=intent, l=lang, lab=intent.lower().replace(" ", "_").replace("'", ""))


COMPANION = {
    "en": (
        "hey, rough day at work again",
        "do you remember what I told you about my sister?",
        "can we just talk about something fun",
        "I couldn't sleep, my mind keeps racing",
        "guess what, I finally went to the gym lol",
        "tell me a story about a fox who runs a bakery",
        "what do you think I should cook tonight",
        "good morning :)",
    ),
    "es": (
        "hola, hoy fue un día pesado",
        "¿me cuentas un cuento corto?",
        "no puedo dormir otra vez",
    ),
    "pt": (
        "oi, tô meio triste hoje",
        "me conta uma história engraçada",
        "bom dia!! dormiu bem? kkk",
    ),
    "de": ("hey, war ein langer Tag", "erzähl mir was Lustiges", "ich kann nicht schlafen"),
    "ja": ("ただいま、今日は疲れた", "何か面白い話して", "おやすみの前にちょっと話そう"),
}


def companion_line(rng: Rng, lang: str) -> str:
    return typos(rng, pick(rng, COMPANION[lang]), 0.02)


def agency_prompt(rng: Rng, client: str, lang: str) -> str:
    product = pick(
        rng,
        (
            "linen bedding set",
            "cold-brew coffee maker",
            "yoga mat",
            "electric bike",
            "dog harness",
            "skincare serum",
            "hiking backpack",
            "standing desk",
            "ceramic cookware",
        ),
    )
    return pick(
        rng,
        (
            "Write a product description (120-150 words) for {c}'s {p}. Tone: warm, confident. Language: {l}. Include 3 bullet benefits.",
            "Give 5 Google Ads headlines (max 30 chars) and 2 descriptions (max 90 chars) for {c} — {p}. Language: {l}.",
            "Write an SEO meta title and meta description for {c}'s category page '{p}'. Language: {l}.",
            "Draft an Instagram caption + 10 hashtags for {c} launching their new {p}. Language: {l}.",
        ),
    ).format(c=client, p=product, l=lang)


def assignment_prompt(rng: Rng, week: int, student_seed: int) -> str:
    r = np.random.default_rng([week, 7])
    topic = pick(
        r,
        (
            "bias in word embeddings",
            "prompting a model to solve logic puzzles",
            "summarising a news article",
            "generating test cases for a sorting function",
            "critiquing a model's essay",
        ),
    )
    own = np.random.default_rng([student_seed, week])
    extra = pick(
        own,
        (
            "",
            " (I picked the example from the lecture)",
            " — for my group project",
            " sorry if this is a basic question",
            " we are told to compare the answer with our own",
        ),
    )
    return (
        f"Lab {week}: {topic}. "
        + pick(
            own,
            (
                "Here is my attempt, can you tell me what is wrong with it?",
                "Explain the idea and give me one worked example.",
                "Answer the question from the lab sheet: what are the limitations?",
                "Generate three examples we can analyse in class.",
            ),
        )
        + extra
    )

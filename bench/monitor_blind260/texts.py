"""Prompt generators of batch 260, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and draws only from tuples and
lists (never from a set), so a seed gives the same text in every process. Ordinary human text comes
from ShareGPT's "sim" half through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant
answers), passed in by the caller.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small shared vocabulary (this batch's own)

CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Nairobi",
    "Osaka",
    "Recife",
    "Tallinn",
    "Leeds",
    "Pune",
    "Medan",
    "Cluj",
    "Tromsø",
    "Accra",
    "Rosario",
    "Hue",
    "Graz",
    "Izmir",
    "Daegu",
    "Halifax",
    "Perth",
)
TOPICS = (
    "photosynthesis",
    "compound interest",
    "plate tectonics",
    "binary search",
    "supply and demand",
    "vaccination",
    "the water cycle",
    "Newton's second law",
    "recursion",
    "inflation",
    "the immune system",
    "electric circuits",
    "independent events in probability",
    "the Roman Republic",
    "gradient descent",
    "DNS resolution",
    "the Pythagorean theorem",
    "chemical equilibrium",
    "opportunity cost",
    "protein folding",
    "the TCP handshake",
    "the Cold War",
    "black holes",
    "sorting algorithms",
    "cell division",
    "tax brackets",
    "grid-scale batteries",
    "game theory",
    "the French Revolution",
    "hash tables",
    "continental drift",
    "the Krebs cycle",
    "Bayes' theorem",
    "public-key cryptography",
    "monsoon systems",
    "the printing press",
    "enzymes",
    "linear regression",
    "ocean currents",
    "the Silk Road",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "pl": "Polish",
    "th": "Thai",
    "fa": "Persian",
    "sw": "Swahili",
    "uk": "Ukrainian",
    "nl": "Dutch",
    "bn": "Bengali",
}


def clip(text: str, n: int) -> str:
    """At most `n` characters, cut at a word boundary when one is near."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > n * 0.6 else cut


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        v1, v2, d, dt = (
            irange(rng, 60, 140),
            irange(rng, 60, 140),
            irange(rng, 150, 700),
            irange(rng, 5, 90),
        )
        a, b = pick(rng, CITIES), pick(rng, CITIES)
        return (
            f"A train leaves {a} at {irange(rng, 5, 11)}:{irange(rng, 0, 59):02d} heading for {b}, {d} km away, "
            f"at {v1} km/h. {dt} minutes later a second train leaves {b} towards {a} at {v2} km/h. "
            "At what time do they pass each other, and how far from each city?"
        )
    if k == 1:
        n1, n2, p1, p2 = (
            irange(rng, 2, 12),
            irange(rng, 2, 9),
            irange(rng, 120, 899),
            irange(rng, 45, 399),
        )
        return (
            f"{pick(rng, NAMES)} buys {n1} notebooks at {p1 / 100:.2f} each and {n2} pens at {p2 / 100:.2f} each, "
            f"gets a {irange(rng, 5, 25)}% loyalty discount on the total and pays with a 50 note. "
            "How much change is due?"
        )
    if k == 2:
        a, b = irange(rng, 2, 9), irange(rng, 10, 20)
        return (
            f"Pipe A fills a tank in {a} hours, pipe B empties it in {b} hours. The tank starts "
            f"{irange(rng, 1, 3)}/4 full and both pipes are opened. When is it full?"
        )
    if k == 3:
        lo, hi, p, q = (
            irange(rng, 1, 200),
            irange(rng, 500, 5000),
            irange(rng, 3, 13),
            irange(rng, 2, 7),
        )
        return (
            f"How many integers n with {lo} <= n <= {hi} are divisible by {p} but not by {p * q}?"
        )
    if k == 4:
        r, g, b, m = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 8), irange(rng, 2, 3)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. {m} marbles are drawn without "
            "replacement. What is the probability that all of them have the same colour? Give an exact fraction."
        )
    if k == 5:
        x1, x2, a = irange(rng, -9, 9), irange(rng, -9, 9), irange(rng, 1, 5)
        return (
            f"Solve for real x: {a}x^2 {-a * (x1 + x2):+d}x {a * x1 * x2:+d} = 0, "
            "and check each root by substitution."
        )
    if k == 6:
        a, b, c = pick(rng, NAMES), pick(rng, NAMES[::-1]), pick(rng, ("Ola", "Pim", "Rue", "Sol"))
        s1 = pick(
            rng,
            (
                f"{b} is a knave.",
                f"{b} and I are both knights.",
                f"exactly one of {b} and {c} is a knight.",
            ),
        )
        s2 = pick(rng, (f"{a} is lying.", f"{c} is a knight.", f"{a} and {c} are the same type."))
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f'{a} says: "{s1}" {b} says: "{s2}" {c} says nothing. Determine every possible assignment.'
        )
    if k == 7:
        xs = rng.integers(1, 20, size=irange(rng, 4, 7)).tolist()
        m = irange(rng, 2, 5)
        return (
            "What does this program print? Trace it line by line.\n```python\n"
            f"xs = {xs}\nacc = 0\nfor i, x in enumerate(xs):\n    if x % {m} == i % {m}:\n"
            "        acc += x * i\n    else:\n        acc -= 1\nprint(acc, len(xs))\n```"
        )
    if k == 8:
        a, d, q = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 1, 3)
        seq = [a + d * i + q * i * i for i in range(5)]
        return f"Find the next two terms and a closed formula: {', '.join(map(str, seq))}, ..."
    n = irange(rng, 20, 4000)
    return (
        f"If the {irange(rng, 1, 28)}th of a month is a {pick(rng, WEEKDAYS)}, what weekday is it {n} days later? "
        "Explain the modular arithmetic."
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b, c, d = irange(rng, 10, 40), irange(rng, 1, 9), irange(rng, 2, 6), irange(rng, 3, 12)
        return f"小林有{a}个橘子，送给同学{b}个，又买了{c}袋，每袋{d}个。现在他一共有多少个橘子？"
    if k == 1:
        p, d = 2 * irange(rng, 15, 80), irange(rng, 1, 10)
        return f"一个长方形的周长是{p}厘米，长比宽多{d}厘米。求这个长方形的面积。"
    if k == 2:
        dist, a, b = irange(rng, 30, 300), irange(rng, 3, 15), irange(rng, 3, 15)
        return f"甲、乙两地相距{dist}千米，两人同时从两地出发相向而行，甲每小时走{a}千米，乙每小时走{b}千米。几小时后相遇？"
    if k == 3:
        n, r = irange(rng, 20, 60), irange(rng, 10, 40)
        return f"一个班有{n}名学生，其中{r}%是女生。随机选两名学生，两人都是女生的概率是多少？"
    x, y = irange(rng, 2, 30), irange(rng, 2, 30)
    return f"鸡兔同笼，共有{x + y}个头，{2 * x + 4 * y}只脚。鸡和兔各有多少只？"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        n, a, b = irange(rng, 25, 40), irange(rng, 8, 15), irange(rng, 6, 14)
        c = irange(rng, 1, min(a, b) - 1)
        return (
            f"В классе {n} учеников. {a} ходят на футбол, {b} — на шахматы, {c} — и туда, и туда. "
            "Сколько учеников не ходят ни в одну секцию?"
        )
    if k == 1:
        p, t = irange(rng, 3, 12), irange(rng, 2, 10)
        return f"Вклад под {p}% годовых с ежегодной капитализацией. Через сколько лет сумма вырастет хотя бы в {t / 2 + 1:.1f} раза?"
    if k == 2:
        a, b = irange(rng, 2, 9), irange(rng, 2, 9)
        return f"Докажите, что число {a}^n + {b}^n при нечётном n делится на {a + b}."
    v, t = irange(rng, 40, 90), irange(rng, 2, 6)
    return f"Автомобиль ехал {t} часа со скоростью {v} км/ч, а обратно — на 20% быстрее. Найдите среднюю скорость."


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        p, q = irange(rng, 10, 40), irange(rng, 10, 40)
        return f"Una tienda rebaja un producto un {p}% y después sube el nuevo precio un {q}%. ¿Cuál es la variación total?"
    if k == 1:
        n = irange(rng, 5, 12)
        return f"¿De cuántas formas se pueden sentar {n} personas alrededor de una mesa redonda si dos de ellas no quieren estar juntas?"
    if k == 2:
        a, b = irange(rng, 3, 12), irange(rng, 3, 12)
        return f"Un grifo llena un depósito en {a} horas y otro en {b} horas. ¿Cuánto tardan los dos juntos?"
    x = irange(rng, 100, 999)
    return f"Halla el menor número mayor que {x} que deja resto 1 al dividir entre 2, 3, 4, 5 y 6."


def reasoning_problem(rng: np.random.Generator, lang: str) -> str:
    return {"zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}.get(lang, _problem_en)(rng)


_COT_WRAPS = {
    "en": (
        "Solve the problem below. Before the answer, write out every intermediate step of your reasoning "
        "inside <reasoning></reasoning> tags, including dead ends you try and abandon. Then give the result "
        "after 'FINAL:'.\n\nProblem: {p}",
        "{p}\n\nThink it through slowly and show all of your working, as if explaining to a grader who wants "
        "to see each deduction. Do not skip steps. End with: The answer is ...",
        "### Instruction\nReason step by step, numbering each step. Verify the result at the end.\n### Input\n{p}\n"
        "### Response",
        "Q: {p}\nA (full derivation, then boxed answer):",
    ),
    "zh": (
        "请一步一步地详细推理，把完整的思考过程都写出来，包括尝试过但放弃的思路，最后用【答案】给出结果。\n题目：{p}",
        "{p}\n要求：先写出详细的分析过程，每一步都要说明理由，然后检验答案。",
    ),
    "ru": (
        "Реши задачу. Распиши ход рассуждений полностью, не пропуская ни одного шага, затем проверь ответ.\n\n{p}",
        "{p}\nПокажи подробное решение с пояснениями к каждому шагу. Ответ выдели в конце.",
    ),
    "es": (
        "Resuelve el siguiente problema pensando en voz alta: escribe todo tu razonamiento paso a paso antes "
        "de dar la respuesta final.\n\n{p}",
        "{p}\n\nExplica cada paso del razonamiento y comprueba el resultado al final.",
    ),
}


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    wraps = _COT_WRAPS.get(lang, _COT_WRAPS["en"])
    return wraps[style % len(wraps)].format(p=reasoning_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# grading / judging


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "conciseness",
    "instruction following",
    "tone",
    "completeness",
    "reasoning quality",
    "code correctness",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 600)
    a, b = clip(pick(rng, passages), 900), clip(pick(rng, passages), 900)
    crit = ", ".join(pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4)))
    if lang == "de":
        return (
            f"Du bist ein unparteiischer Gutachter. Vergleiche die beiden Antworten auf die Nutzerfrage nach "
            f"den Kriterien {crit}. Gib zuerst eine kurze Begründung und dann ein JSON-Objekt "
            f'{{"sieger": "A"|"B"|"gleich", "abstand": 0-10}} aus.\n\n[Frage]\n{q}\n\n[Antwort A]\n{a}\n\n[Antwort B]\n{b}'
        )
    if lang == "ja":
        return (
            f"あなたは公平な評価者です。以下のユーザーの質問に対する回答を、{crit}の観点から1〜10点で採点してください。"
            f"出力は「点数: X」と一行の理由のみ。\n\n質問:\n{q}\n\n回答:\n{a}"
        )
    s = style % 4
    if s == 0:
        return (
            f"[Evaluation]\nYou compare two assistant responses to the same user turn. Criteria: {crit}.\n"
            f'Return JSON only: {{"preferred": "A" or "B", "strength": 1-5, "why": one sentence}}.\n\n'
            f"<user>\n{q}\n</user>\n<response_A>\n{a}\n</response_A>\n<response_B>\n{b}\n</response_B>"
        )
    if s == 1:
        return (
            f"Score the RESPONSE from 1 to 10 on each of: {crit}. Output the scores as 'criterion=score' "
            f"pairs separated by semicolons, nothing else.\n\nPROMPT: {q}\n\nRESPONSE: {a}"
        )
    if s == 2:
        return f"{q}\n\n---\nCandidate 1:\n{a}\n\n---\nCandidate 2:\n{b}\n\n---\nWhich candidate is better? Reply 1 or 2."
    rub = [
        f"({i + 1}) {pick(rng, _CRITERIA)}: {pick(rng, ('0-2', '0-3', 'pass/fail'))}"
        for i in range(irange(rng, 3, 5))
    ]
    return (
        "Grade the answer with the rubric below. For each item give the points and a one-line reason, "
        "then the total.\nRubric:\n"
        + "\n".join(rub)
        + f"\n\nTask given to the student model:\n{q}\n\nAnswer:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

_SENSITIVE = (
    "a recent street protest",
    "a historical government crackdown",
    "criticism of a head of state",
    "an ethnic minority's language rights",
    "a banned opposition party",
    "a disputed border region",
    "a journalist's arrest",
    "a labour strike at a state company",
    "vaccine side effects",
    "a religious movement the state restricts",
    "censorship of a film",
    "a corruption scandal",
)


def policy_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    topic = pick(rng, _SENSITIVE)
    ans = clip(pick(rng, passages), 800)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写成符合国内相关规定的版本：删除任何敏感内容，保持积极正面的表述，但保留对用户有用的信息。\n\n原回答：\n{ans}",
                f"用户问到“{topic}”相关的问题。请写一个得体、安全、不会引起争议的回答，避免评价政府，引导用户关注官方信息。",
                f"判断下面的问题是否涉及敏感话题（是/否），然后给出合规的标准回答。\n问题：{clip(pick(rng, chat), 300)}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям местного законодательства о "
            f"распространении информации: убери оценки властей, сохрани полезную часть.\n\n{ans}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تتوافق مع سياسة المحتوى المحلية، واحذف أي عبارات حساسة سياسياً أو دينياً، "
            f"مع الحفاظ على المعلومات المفيدة:\n\n{ans}"
        )
    s = style % 4
    if s == 0:
        return (
            f"The following model answer was flagged in review. Rewrite it so that it would pass content review "
            f"in a market with strict rules on {topic}: neutral, no criticism of authorities, no speculation, "
            f"but keep every practical detail.\n\nFLAGGED ANSWER:\n{ans}"
        )
    if s == 1:
        return (
            f'A user asked: "{clip(pick(rng, chat), 300)}"\nAn assistant refused. Write the reply a helpful '
            "assistant would give that stays fully within a conservative safety policy, and label it "
            "SAFE_COMPLETION."
        )
    if s == 2:
        return (
            f"Classify the request as ALLOWED, SENSITIVE or DISALLOWED under a policy that forbids discussion of "
            f"{topic}. Then write the ideal policy-compliant response.\n\nRequest: {clip(pick(rng, chat), 400)}"
        )
    return (
        f"Produce a sanitized version of the text for a family-friendly, politically neutral audience. "
        f"Remove names of officials and any position on {topic}.\n---\n{ans}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    ("search_web", "query"),
    ("fetch_url", "url"),
    ("read_file", "path"),
    ("write_file", "path, content"),
    ("run_python", "code"),
    ("sql_query", "statement"),
    ("send_email", "to, subject, body"),
    ("get_calendar", "date"),
    ("book_flight", "origin, dest, date"),
    ("get_weather", "city"),
    ("create_ticket", "title, priority"),
    ("list_directory", "path"),
    ("http_request", "method, url"),
    ("lookup_customer", "customer_id"),
    ("convert_currency", "amount, from, to"),
)
_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next {d} and email a summary to {n}.",
    "Read sales_{y}.csv, compute monthly revenue per region and save a chart.",
    "Check whether customer {i} is eligible for a refund and open a ticket if so.",
    "Summarise the open issues in the repository and draft release notes for v{v}.",
    "Plan a two-day trip to {c1} for {n}, taking the weather forecast into account.",
    "Convert the invoice total of {a} EUR to JPY and log it in the ledger table.",
    "Find out who maintains the {c1} office printer list and ask them to add floor {v}.",
    "Scrape the product page, extract price and stock, and alert if the price dropped below {a}.",
)
_OBS = (
    '{"status": 200, "results": 7}',
    "Error: file not found",
    '[{"id": 41, "total": 812.40}, ...]',
    "HTTP 429 retry-after 2",
    "OK",
    '{"temp_c": 14, "rain_prob": 0.6}',
    "3 rows returned",
    "Traceback (most recent call last): ... KeyError: 'region'",
    '{"eligible": true, "days_since": 12}',
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        d=pick(rng, WEEKDAYS),
        n=pick(rng, NAMES),
        y=irange(rng, 2019, 2025),
        i=irange(rng, 10000, 99999),
        v=irange(rng, 2, 14),
        a=irange(rng, 40, 9000),
    )


def agent_prompt(rng: np.random.Generator, task: str, step: int, style: int) -> str:
    tools = [pick(rng, _TOOLS) for _ in range(irange(rng, 3, 6))]
    s = style % 3
    if s == 0:
        spec = "\n".join(f"- {t}({args})" for t, args in tools)
        hist = "".join(
            f"Thought: step {i + 1}\nAction: {pick(rng, tools)[0]}\nObservation: {pick(rng, _OBS)}\n"
            for i in range(step)
        )
        return (
            f"Answer the task using the tools below. Use the format Thought / Action / Action Input / "
            f"Observation, and finish with Final Answer.\nTools:\n{spec}\n\nTask: {task}\n{hist}Thought:"
        )
    if s == 1:
        spec = ", ".join(f'{{"name": "{t}", "parameters": ["{args}"]}}' for t, args in tools)
        if step == 0:
            return f'{{"tools": [{spec}], "messages": [{{"role": "user", "content": "{task}"}}]}}'
        return (
            f'{{"role": "tool", "name": "{pick(rng, tools)[0]}", "content": {pick(rng, _OBS)!r}}}\n'
            "Continue. Call the next tool or give the final answer."
        )
    if step == 0:
        return f"<task>{task}</task>\n<available_tools>{' '.join(t for t, _ in tools)}</available_tools>\nPlan first, then emit <tool_call> blocks."
    return f'<tool_result name="{pick(rng, tools)[0]}">{pick(rng, _OBS)}</tool_result>\nWhat is the next step?'


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_AUDIENCE = (
    "beginners",
    "high-school students",
    "nurses",
    "small-business owners",
    "software interns",
    "retirees",
    "farmers",
    "paralegals",
    "data analysts",
    "teachers",
)
_PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer in Ohio",
    "a first-year law student in Lagos",
    "a bakery owner in Lyon",
    "a game modder in Seoul",
    "a truck dispatcher in Monterrey",
    "a biology PhD student in Delhi",
    "a volunteer firefighter in Tasmania",
    "a barista learning to code",
    "a high-school chemistry teacher",
    "an accountant switching to data science",
    "a new parent",
)
_SYN_LANG = {
    "es": "Genera {n} pares pregunta-respuesta variados sobre {t} para {a}. Formato JSONL con campos instruction, input, output.",
    "pt": "Crie {n} exemplos diversos de instrução e resposta sobre {t}, no formato JSON Lines (instruction, output). Varie a dificuldade.",
    "fr": "Rédige {n} couples instruction/réponse variés sur le thème « {t} », au format JSONL. Les réponses doivent être détaillées.",
    "de": "Erzeuge {n} unterschiedliche Anweisungs-Antwort-Paare zum Thema {t} als JSONL (instruction, output). Keine Wiederholungen.",
    "vi": "Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về chủ đề {t}, định dạng JSONL với các trường instruction và output.",
    "id": "Buat {n} pasangan instruksi dan jawaban yang beragam tentang {t} dalam format JSONL (instruction, output).",
}


def synth_prompt(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    n, t, a = irange(rng, 5, 25), pick(rng, TOPICS), pick(rng, _AUDIENCE)
    if lang in _SYN_LANG:
        return _SYN_LANG[lang].format(n=n, t=t, a=a)
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse instruction-following examples about {t} aimed at {a}. Output JSON Lines "
            'with keys "instruction", "input" (may be empty) and "output". Vary length, format and '
            "difficulty; no two instructions may share a first word."
        )
    if s == 1:
        return (
            f"You are {pick(rng, _PERSONAS)}. Write one realistic question you would ask an AI assistant "
            f"about {t}, then write the ideal, thorough answer. Use the headings USER and ASSISTANT."
        )
    if s == 2:
        seeds = "\n".join(f"{i + 1}. {clip(pick(rng, chat), 160)}" for i in range(3))
        return (
            f"Here are three example tasks people give an assistant:\n{seeds}\n\nWrite {n} new tasks that are "
            "different in topic and form from the examples, each on its own line, then answer each one."
        )
    return (
        f"Create a multiple-choice item bank on {t}: {n} questions, four options each, the correct letter and "
        "a worked explanation for why each wrong option is wrong. Return a JSON array."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (what a chat user types after the first answer)

FOLLOWUPS = {
    "en": (
        "can you go deeper on the second point",
        "give me a concrete example of that",
        "ok now shorter, 3 bullets",
        "what would someone who disagrees say?",
        "explain it like I'm 12",
        "why is that though",
        "can you turn this into a table",
        "what are the common mistakes here",
        "and how does that compare to the alternative?",
        "rewrite that more formally",
        "wait, is that actually correct? double check",
        "what should I read next about this",
        "give me a step by step version",
        "thanks! one more thing - what about edge cases?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "ahora más corto, en 3 viñetas",
        "¿qué diría alguien que no está de acuerdo?",
        "explícalo más sencillo",
        "¿por qué?",
        "hazlo en una tabla",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo prático",
        "agora resume em 3 tópicos",
        "explica de um jeito mais simples",
        "e quais são os erros mais comuns?",
        "faz uma tabela com isso",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "jetzt kürzer bitte",
        "was würde ein Kritiker dazu sagen?",
        "erklär es einfacher",
        "stimmt das wirklich? prüf das nochmal",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "plus court stp, 3 puces",
        "qu'en dirait quelqu'un qui n'est pas d'accord ?",
        "explique plus simplement",
        "fais un tableau",
    ),
    "ja": (
        "2つ目のポイントをもっと詳しく教えて",
        "具体例をください",
        "3行で要約して",
        "もっと簡単に説明して",
        "反対意見は？",
    ),
    "ko": (
        "두 번째 부분 좀 더 자세히 설명해줘",
        "구체적인 예시 들어줘",
        "세 줄로 요약해줘",
        "더 쉽게 설명해줘",
    ),
    "hi": (
        "doosra point thoda detail me samjhao",
        "ek example do",
        "short me batao 3 points me",
        "aur simple karke samjhao",
    ),
    "ru": (
        "раскрой второй пункт подробнее",
        "приведи конкретный пример",
        "а теперь короче, 3 пункта",
        "объясни проще",
    ),
    "zh": (
        "第二点能展开说说吗",
        "举个具体的例子",
        "用三点总结一下",
        "再简单一点解释",
        "反对的人会怎么说？",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# repeated sampling / soft labels

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("toxic", "not toxic"),
    ("billing", "shipping", "technical", "account", "other"),
    ("true", "false", "unverifiable"),
    ("sports", "politics", "science", "business", "culture"),
)


def sampling_item(
    rng: np.random.Generator, chat: list[str], passages: list[str], style: int
) -> tuple[str, float]:
    """(prompt, median completion tokens) of one item the operator samples many times."""
    s = style % 4
    if s == 0:
        labels = pick(rng, _LABELSETS)
        return (
            f"Text: {clip(pick(rng, passages), 500)}\n\nAssign a probability to each label "
            f"({', '.join(labels)}). The probabilities must sum to 1. Output JSON only.",
            50.0,
        )
    if s == 1:
        opts = "\n".join(f"{'ABCD'[i]}) {clip(pick(rng, chat), 70)}" for i in range(4))
        return (
            f'Which option best answers the question "{clip(pick(rng, chat), 200)}"?\n{opts}\n'
            "Answer with the letter, then 'confidence: N%'.",
            25.0,
        )
    if s == 2:
        return clip(pick(rng, chat), 1200), 420.0
    return (
        f"Continue the text with exactly one more sentence.\n\n{clip(pick(rng, passages), 400)}",
        40.0,
    )


# --------------------------------------------------------------------------------------------
# curriculum sweeps

_LEVELS_EN = (
    "primary school",
    "middle school",
    "high school",
    "first-year undergraduate",
    "advanced undergraduate",
    "graduate",
    "expert researcher",
)


def curriculum_prompt(topic: str, level: int, item: int, lang: str, style: int) -> str:
    if lang == "ko":
        return f"주제: {topic} / 난이도 {level + 1}단계 / 문항 {item + 1}\n이 난이도에 맞는 문제를 하나 만들고 풀이 과정을 자세히 써 주세요."
    if lang == "ja":
        return f"テーマ：{topic}　レベル{level + 1}/7　第{item + 1}問\nこのレベルに合った問題を1つ作成し、詳しい解説付きで解いてください。"
    if lang == "de":
        return f"Thema: {topic}, Stufe {level + 1} von 7, Aufgabe {item + 1}. Erstelle eine passende Aufgabe mit ausführlicher Musterlösung."
    s = style % 3
    if s == 0:
        return (
            f"Topic: {topic} | Level {level + 1}/7 ({_LEVELS_EN[level % 7]}) | Item {item + 1}\n"
            "Write one problem at exactly this level and a fully worked solution."
        )
    if s == 1:
        return f"Explain {topic} to a {_LEVELS_EN[level % 7]} learner. Variation #{item + 1}: use a different angle than the usual textbook one."
    return (
        f"[{topic}][L{level + 1}][{item + 1:03d}] Question + model answer + common misconception."
    )


# --------------------------------------------------------------------------------------------
# translation harvest

_TR_WRAP = (
    "Translate the following text into {L}. Output only the translation.\n\n{t}",
    "{L}:\n{t}",
    'Translate to {L}, keeping markdown and code blocks unchanged:\n"""\n{t}\n"""',
    "Please provide a fluent, natural {L} translation of this passage.\n{t}",
)


def translation_prompt(rng: np.random.Generator, text: str, lang: str, style: int) -> str:
    if style % 5 == 4:
        return f"请把下面这段话翻译成{LANG_NAMES[lang]}（只输出译文）：\n{text}"
    return _TR_WRAP[style % 4].format(L=LANG_NAMES[lang], t=text)


# --------------------------------------------------------------------------------------------
# a writing-assistant product (mass_start_wave) and what its operator slips in

PRODUCT_MODES = (
    "improve",
    "shorten",
    "expand",
    "fix grammar",
    "make it friendlier",
    "make it professional",
)


def product_prompt(rng: np.random.Generator, chat: list[str], app: str) -> str:
    mode = pick(rng, PRODUCT_MODES)
    return f"[{app} | mode: {mode}]\n{clip(pick(rng, chat), 1500)}"


def product_harvest(rng: np.random.Generator, chat: list[str], app: str) -> str:
    mode = pick(rng, ("expand", "improve", "explain"))
    k = irange(rng, 0, 3)
    if k == 0:
        body = reasoning_problem(rng, "en") + "\nShow the full working, step by step."
    elif k == 1:
        body = f"Write a detailed explainer on {pick(rng, TOPICS)} for {pick(rng, _AUDIENCE)}, with examples."
    elif k == 2:
        body = clip(pick(rng, chat), 900) + "\n\n(Answer thoroughly; reason before concluding.)"
    else:
        body = f"Draft a long-form answer to: how would {pick(rng, _PERSONAS)} approach learning {pick(rng, TOPICS)}?"
    return f"[{app} | mode: {mode}]\n{body}"


# --------------------------------------------------------------------------------------------
# code harvest (through keys stolen from aged accounts)

CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "Swift")
_CODE_TASKS = (
    "parses an ISO-8601 duration into seconds",
    "merges overlapping intervals",
    "implements an LRU cache",
    "validates an IBAN",
    "computes the Levenshtein distance",
    "streams a large CSV and aggregates by key",
    "retries an HTTP call with exponential backoff and jitter",
    "implements a token-bucket rate limiter",
    "finds the shortest path in a weighted grid",
    "serialises a binary tree to a string and back",
    "detects cycles in a directed graph",
    "paginates through a REST API",
    "debounces a function",
    "reads a config file with environment overrides",
    "implements a trie with prefix search",
    "computes a rolling median",
    "diffs two JSON documents",
    "schedules jobs with dependencies",
)


def code_prompt(rng: np.random.Generator, style: int) -> str:
    lang, task = pick(rng, CODE_LANGS), pick(rng, _CODE_TASKS)
    s = style % 4
    if s == 0:
        return f"Write a {lang} function that {task}. Include type annotations, a docstring and three unit tests."
    if s == 1:
        return f"Implement in idiomatic {lang}: a module that {task}. Explain the complexity and edge cases afterwards."
    if s == 2:
        other = pick(rng, CODE_LANGS)
        return f"Here is the spec: a function that {task}. Give a reference solution in {lang}, then port it to {other}."
    return f"{lang}. {task}. production quality, comments, tests"


# --------------------------------------------------------------------------------------------
# homework asked from phones (paw_wax): a shared bank behind casual wording

_HW = {
    "en": (
        "pls explain {t} step by step, exam tmrw",
        "can u solve this and show working: {p}",
        "what is {t} in simple words + example",
        "{p} how do i do this",
        "i dont get {t} at all, explain from zero",
    ),
    "hi": (
        "{t} ko step by step samjhao please",
        "ye sawal solve karo aur steps batao: {p}",
        "{t} kya hota hai example ke saath",
        "kal exam hai, {t} short notes do",
    ),
    "pt": (
        "me explica {t} passo a passo pfv",
        "resolve isso mostrando as contas: {p}",
        "o que é {t}? com exemplo",
        "prova amanhã, resumo de {t}",
    ),
    "id": (
        "tolong jelaskan {t} langkah demi langkah",
        "kerjakan soal ini dengan caranya: {p}",
        "apa itu {t}? kasih contoh",
        "besok ujian, ringkasan {t} dong",
    ),
    "es": (
        "explícame {t} paso a paso porfa",
        "resuelve esto con el procedimiento: {p}",
        "qué es {t}? con ejemplo",
        "mañana tengo examen, resumen de {t}",
    ),
    "vi": (
        "giải thích {t} từng bước giúp mình",
        "giải bài này có lời giải: {p}",
        "{t} là gì? cho ví dụ",
    ),
}


#: school topics as a student in each language would name them
_HW_TOPICS = {
    "hi": (
        "photosynthesis",
        "prakash sansleshan",
        "Newton ke niyam",
        "probability",
        "trikonmiti",
        "electric current",
        "Mughal samrajya",
        "quadratic equation",
        "cell division",
        "GST",
    ),
    "pt": (
        "fotossíntese",
        "juros compostos",
        "leis de Newton",
        "probabilidade",
        "Revolução Francesa",
        "circuitos elétricos",
        "equação do 2º grau",
        "ciclo da água",
        "mitose",
        "tabela periódica",
    ),
    "id": (
        "fotosintesis",
        "bunga majemuk",
        "hukum Newton",
        "peluang",
        "sistem imun",
        "rangkaian listrik",
        "persamaan kuadrat",
        "siklus air",
        "pembelahan sel",
        "teorema Pythagoras",
    ),
    "es": (
        "fotosíntesis",
        "interés compuesto",
        "leyes de Newton",
        "probabilidad",
        "Revolución Francesa",
        "circuitos eléctricos",
        "ecuaciones de segundo grado",
        "ciclo del agua",
        "mitosis",
        "oferta y demanda",
    ),
    "vi": (
        "quang hợp",
        "lãi kép",
        "định luật Newton",
        "xác suất",
        "mạch điện",
        "phương trình bậc hai",
        "vòng tuần hoàn nước",
        "nguyên phân",
        "định lý Pythagore",
        "cung và cầu",
    ),
}


def homework_prompt(rng: np.random.Generator, lang: str) -> str:
    tmpl = pick(rng, _HW.get(lang, _HW["en"]))
    topic = pick(rng, _HW_TOPICS[lang]) if lang in _HW_TOPICS else pick(rng, TOPICS)
    text = tmpl.format(
        t=topic, p=reasoning_problem(rng, "es" if lang == "es" else "en") if "{p}" in tmpl else ""
    )
    if chance(rng, 0.3):
        text = text.lower()
    if chance(rng, 0.15):
        text += pick(rng, (" ??", " !!", " 🙏", " thx", " asap"))
    return text


# ============================================================================================
# benign kinds' texts


_BENCH_SUBJ = (
    "algebra",
    "world history",
    "organic chemistry",
    "microeconomics",
    "anatomy",
    "statistics",
    "constitutional law",
    "computer networks",
    "astronomy",
    "ethics",
)


def bench_item(suite: str, idx: int, subj: str, q: str) -> str:
    """One fixed benchmark item (the same text on every run of the suite)."""
    return f"[{suite} #{idx:04d} | {subj}]\n{q}\nThink step by step, then write 'Answer: <choice>'."


def bench_suite(rng: np.random.Generator, suite: str, n: int) -> list[str]:
    out = []
    for i in range(n):
        subj = pick(rng, _BENCH_SUBJ)
        q = (
            _problem_en(rng)
            if subj in ("algebra", "statistics")
            else (
                f"Which statement about {pick(rng, TOPICS)} is correct?\n"
                + "\n".join(f"({c}) statement {irange(rng, 1, 400)}" for c in "ABCD")
            )
        )
        out.append(bench_item(suite, i, subj, q))
    return out


def annotation_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str
) -> str:
    q, a = clip(pick(rng, chat), 500), clip(pick(rng, passages), 700)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{project} pre-annotation. Suggest a label for the human reviewer (they make the final call).\n"
            f"Guideline v3.2: rate overall quality 1-5 and flag factual errors.\n\nConversation:\nUSER: {q}\nBOT: {a}"
        )
    if k == 1:
        return (
            f"{project}: draft a rationale the annotator can edit. Is the bot reply on-topic, safe and correct?\n"
            f"User said: {q}\nBot said: {a}"
        )
    return f"QA spot-check for {project}. Does this reply follow the style guide (friendly, no jargon)? yes/no + fix.\n{a}"


_RULES = (
    "no personal attacks",
    "no sharing of phone numbers or addresses",
    "no spam links",
    "no medical claims without sources",
    "keep it civil",
    "no hate speech",
    "no doxxing",
)


def moderation_prompt(rng: np.random.Generator, chat: list[str], community: str) -> str:
    post = clip(pick(rng, chat), 600)
    return pick(
        rng,
        (
            f"Community: {community}. Rules: {pick(rng, _RULES)}; {pick(rng, _RULES)}.\nThis post was reported. "
            f"Suggest a minimal edit that keeps the author's point but follows the rules, or say NO CHANGE.\n\nPost:\n{post}",
            f"{community} mod queue. Which rule (if any) does this break, and what should the moderator write to the user?\n{post}",
            f"Rewrite this reply for {community} so it's polite without changing the meaning:\n{post}",
        ),
    )


def ide_agent_prompt(rng: np.random.Generator, chat: list[str], step: int, repo: str) -> str:
    if step == 0:
        return f'<environment repo="{repo}" os="{pick(rng, ("linux", "darwin", "win32"))}"/>\n<task>{clip(pick(rng, chat), 700)}</task>'
    return pick(
        rng,
        (
            f'<tool_result tool="read_file" path="src/{pick(rng, ("api", "core", "utils", "ui"))}/{pick(rng, ("index", "main", "handlers", "types"))}.ts">(file contents)</tool_result>',
            '<tool_result tool="run_command" cmd="npm test">2 failing, 41 passing</tool_result>',
            '<tool_result tool="apply_diff">Applied.</tool_result>',
            '<tool_result tool="search_files" pattern="TODO">7 matches</tool_result>',
            "<user_feedback>looks good but keep the old function name</user_feedback>",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "talk_to_human",
)


def augmentation_prompt(rng: np.random.Generator, chat: list[str], team: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 50))
    return pick(
        rng,
        (
            f"{team} intent-data job. Give {n} paraphrases a real customer might type for the intent '{intent}'. "
            "Vary politeness, typos and length. JSON list of strings.",
            f'{team}: for the utterance "{clip(pick(rng, chat), 160)}" produce {n // 5} noisy variants '
            "(typos, slang, missing punctuation) for robustness testing. One per line.",
            f"{team} label check: which of our intents ({', '.join(_INTENTS[:6])}) fits best? '{clip(pick(rng, chat), 200)}'",
        ),
    )


def companion_prompt(rng: np.random.Generator, chat: list[str], persona: str, turn: int) -> str:
    if turn == 0 and chance(rng, 0.5):
        return f"({persona} remembers: user likes {pick(rng, TOPICS)}; last talked {irange(rng, 1, 9)} days ago)\n{clip(pick(rng, chat), 400)}"
    return pick(
        rng,
        (
            "haha",
            "wait really?",
            "tell me more",
            "i had such a long day",
            "what do you think i should do",
            "you always know what to say",
            "ok goodnight",
            "can we talk about something else",
            "did you miss me",
            clip(pick(rng, chat), 300),
            "lol",
            "that's kind of sad actually",
        ),
    )


def course_prompt(rng: np.random.Generator, course: str, week: int) -> str:
    t = pick(rng, TOPICS)
    return pick(
        rng,
        (
            f"{course} problem set {week}, question {irange(rng, 1, 8)}: {_problem_en(rng)} I got a different answer, where did I go wrong?",
            f"For {course} week {week}: can you explain {t}? The lecture slides skip the intuition.",
            f"I'm stuck on {course} PS{week} q{irange(rng, 1, 8)}. Hint please, not the full solution.",
            f"Check my reasoning for {course}: {_problem_en(rng)} My answer: {irange(rng, 2, 300)}.",
        ),
    )


def agency_translation_prompt(
    rng: np.random.Generator, passages: list[str], client: str, lang: str
) -> str:
    return pick(
        rng,
        (
            f"Job {irange(rng, 1000, 9999)} ({client}). Translate into {LANG_NAMES[lang]}. Glossary: 'account' -> keep English; "
            f"brand names untranslated. Formal register.\n\n{clip(pick(rng, passages), 900)}",
            f"Review this machine draft against the source for {client} and list mistranslations.\nTarget language: {LANG_NAMES[lang]}\n"
            f"Source:\n{clip(pick(rng, passages), 500)}",
            f"{client} style guide applies. Translate the UI strings to {LANG_NAMES[lang]}:\n- Save changes\n- Your trial ends in {{days}} days\n- Invite teammates",
        ),
    )


def consistency_prompt(rng: np.random.Generator, chat: list[str], study: str, idx: int) -> str:
    return pick(
        rng,
        (
            f"{clip(pick(rng, chat), 700)}",
            f"Answer in one word: {pick(rng, ('is', 'was', 'are'))} {pick(rng, TOPICS)} {pick(rng, ('important', 'well understood', 'overrated'))}?",
            f"({study} item {idx}) Rate your agreement 1-7: '{clip(pick(rng, chat), 200)}'",
        ),
    )


def itembank_prompt(
    rng: np.random.Generator, subject: str, grade: int, skill: str, style: int
) -> str:
    if style % 2 == 0:
        return (
            f"Create a grade {grade} {subject} practice item for the skill '{skill}'. Provide: stem, answer, "
            "two hints of increasing strength, and feedback for the most likely wrong answer. Output YAML."
        )
    return f"A grade {grade} student answered '{irange(rng, 1, 99)}' to a {subject} item on '{skill}'. Write encouraging feedback and one hint."

"""Prompt generators of blind batch 282, written fresh for this batch.

Every generator takes a numpy Generator first and draws only from tuples and lists (never from a
set), so the same seed gives the same text in every process. ShareGPT text (`chat`: human prompts,
`passages`: assistant answers) comes in through the batch context.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

LANG_NAME = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "ru": "Russian",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "hi": "Hindi",
    "id": "Indonesian",
    "pl": "Polish",
    "it": "Italian",
    "uk": "Ukrainian",
    "nl": "Dutch",
    "th": "Thai",
    "sw": "Swahili",
}


def cut(text: str, n: int) -> str:
    """At most n characters, cut at a space where one is near."""
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return head[:sp] if sp > n * 0.7 else head


def lines(rng: np.random.Generator, seq: Sequence[str], k: int) -> list[str]:
    """k distinct items of seq in a drawn order (k clipped to len(seq))."""
    idx = rng.permutation(len(seq))[: min(k, len(seq))]
    return [seq[i] for i in idx.tolist()]


def chat_prompt(rng: np.random.Generator, chat: Sequence[str], lo: int = 12, hi: int = 1500) -> str:
    """A ShareGPT human prompt of a usable length."""
    for _ in range(20):
        p = pick(rng, chat)
        if lo <= len(p) <= hi:
            return p
    return cut(pick(rng, chat), hi)


def code_chat(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """A ShareGPT human prompt that looks like a programming question (fallback: any prompt)."""
    marks = (
        "def ",
        "function",
        "class ",
        "import ",
        "SELECT",
        "error",
        "Error",
        "python",
        "code",
        "{",
        "=>",
    )
    for _ in range(40):
        p = pick(rng, chat)
        if 20 <= len(p) <= 1800 and any(m in p for m in marks):
            return p
    return chat_prompt(rng, chat)


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)

_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "A tank holds {c} litres. A pump adds {a} litres per minute while a leak removes {b} litres per minute. After how many minutes does the tank hold {d} litres?",
        "What is the remainder when {a}^{n} is divided by {m}?",
        "A bag has {r} red and {g} green marbles. {name} draws {k} without replacement. What is the probability that exactly two of them are red?",
        "How many strings of length {k} over an alphabet of {n} letters contain no two equal adjacent letters, if the first letter may not be one of the {w} vowels?",
        "A ladder {L} m long rests against a vertical wall with its foot {d0} m from the wall. The foot slides {s} m further out. How far does the top slide down? Give 3 decimals.",
        "{name} is three times as old as her nephew was {a} years ago. In {b} years the sum of their ages will be {S}. How old is each of them now?",
        "Let f(x) = x^3 - {a}x^2 + {b}x - {c}. How many real roots does f have in the interval [0, {m}]? Justify.",
        "{name}, {name2} and {name3} each either always lie or always tell the truth. {name} says: '{name2} lies.' {name2} says: '{name} and {name3} are of the same type.' {name3} says: 'At least one of us tells the truth.' Who is a truth-teller?",
        "A stone is thrown at {v} m/s at {ang} degrees above the horizontal from the top of a {h} m cliff. Ignoring air resistance (g = 9.81 m/s^2), how far from the foot of the cliff does it land?",
        "What does this Python program print?\n\nxs = [{a}, {b}, {c}]\nfor i in range(len(xs)):\n    xs[i] = xs[i - 1] * 2 - xs[i] % {m}\nprint(xs)",
        "A shop raises a price by {p}% and later lowers the new price by {q}%. The item now costs ${d}. What was the original price, to the cent?",
        "In how many ways can {n} people sit around a round table if {name} and {name2} refuse to sit next to each other?",
        "A train leaves at 09:{mm} travelling at {a} km/h. A second train leaves the same station {b} minutes later at {v} km/h on a parallel track. When does the second catch up, if ever?",
        "Prove or disprove: for every integer n > {k}, n^2 + n + {r} is composite.",
    ),
    "zh": (
        "一个水箱现有{c}升水，进水管每分钟进水{a}升，同时每分钟漏掉{b}升。多少分钟后水箱里有{d}升水？",
        "求{a}的{n}次方除以{m}的余数。",
        "袋子里有{r}个红球和{g}个绿球，不放回地取出{k}个，恰好取到两个红球的概率是多少？",
        "甲乙两地相距{S}公里，两辆车同时从两地相向而行，速度分别为每小时{a}公里和{b}公里。几小时后相遇？相遇点距甲地多远？",
        "一件商品先涨价{p}%，再降价{q}%，现价为{d}元。原价是多少元？",
    ),
    "es": (
        "Un depósito contiene {c} litros. Una bomba añade {a} litros por minuto y una fuga pierde {b} litros por minuto. ¿Cuántos minutos tardará en contener {d} litros?",
        "¿Cuál es el resto de dividir {a}^{n} entre {m}?",
        "En una bolsa hay {r} bolas rojas y {g} verdes. {name} saca {k} sin reemplazo. ¿Cuál es la probabilidad de sacar exactamente dos rojas?",
        "{name} tiene el triple de la edad que tenía su sobrino hace {a} años. Dentro de {b} años sus edades sumarán {S}. ¿Qué edad tiene cada uno?",
    ),
    "ru": (
        "В баке {c} литров воды. Насос добавляет {a} литров в минуту, а через течь уходит {b} литров в минуту. Через сколько минут в баке будет {d} литров?",
        "Найдите остаток от деления {a}^{n} на {m}.",
        "В мешке {r} красных и {g} зелёных шаров. Вынимают {k} шаров без возвращения. Какова вероятность, что ровно два из них красные?",
        "Расстояние между городами {S} км. Два автомобиля одновременно выехали навстречу друг другу со скоростями {a} км/ч и {b} км/ч. Через сколько часов они встретятся?",
    ),
    "pt": (
        "Um reservatório tem {c} litros. Uma bomba adiciona {a} litros por minuto e um vazamento retira {b} litros por minuto. Em quantos minutos ele terá {d} litros?",
        "Qual é o resto da divisão de {a}^{n} por {m}?",
        "Uma caixa tem {r} bolas vermelhas e {g} verdes. Retiram-se {k} sem reposição. Qual a probabilidade de exatamente duas serem vermelhas?",
    ),
    "de": (
        "Ein Tank enthält {c} Liter. Eine Pumpe fügt {a} Liter pro Minute hinzu, ein Leck verliert {b} Liter pro Minute. Nach wie vielen Minuten enthält er {d} Liter?",
        "Welchen Rest lässt {a}^{n} bei Division durch {m}?",
        "Zwei Züge fahren gleichzeitig aus {S} km voneinander entfernten Städten aufeinander zu, mit {a} km/h und {b} km/h. Wann und wo treffen sie sich?",
    ),
    "ja": (
        "水槽に{c}リットルの水があります。毎分{a}リットル注水し、毎分{b}リットル漏れます。水が{d}リットルになるのは何分後ですか。",
        "{a}の{n}乗を{m}で割った余りを求めなさい。",
    ),
}


def _nums(rng: np.random.Generator) -> dict:
    a, b = irange(rng, 6, 48), irange(rng, 1, 5)
    c = irange(rng, 10, 300)
    return {
        "a": a,
        "b": b,
        "c": c,
        "d": c + (a - b) * irange(rng, 3, 40),
        "n": irange(rng, 20, 999),
        "m": irange(rng, 7, 97),
        "r": irange(rng, 3, 12),
        "g": irange(rng, 3, 15),
        "k": irange(rng, 3, 6),
        "w": irange(rng, 2, 5),
        "L": irange(rng, 5, 13),
        "d0": irange(rng, 1, 4),
        "s": round(float(rng.uniform(0.3, 1.8)), 1),
        "S": irange(rng, 60, 480),
        "v": irange(rng, 8, 45),
        "ang": irange(rng, 15, 70),
        "h": irange(rng, 5, 120),
        "p": irange(rng, 5, 40),
        "q": irange(rng, 5, 40),
        "mm": f"{irange(rng, 0, 59):02d}",
        "name": pick(rng, NAMES),
        "name2": pick(rng, NAMES),
        "name3": pick(rng, NAMES),
    }


def problem(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _PROBLEMS.get(lang, _PROBLEMS["en"])).format(**_nums(rng))


_TRACE_STYLES: dict[str, dict[str, str]] = {
    "think_tags": {
        "en": "Reason inside <think></think> before answering. Write out every intermediate step, including the ones you later discard, and do not compress anything. After the closing tag give only the final answer.",
        "zh": "回答前请在<think></think>标签内完整写出你的思考过程，每一个中间步骤都要写出来，包括后来放弃的思路，不要省略。标签之后只给出最终答案。",
        "es": "Razona dentro de <think></think> antes de responder. Escribe cada paso intermedio, incluso los que descartes, sin resumir. Después de la etiqueta da solo la respuesta final.",
        "ru": "Прежде чем ответить, рассуждай внутри <think></think>. Выпиши каждый промежуточный шаг, включая отброшенные, ничего не сокращай. После тега дай только окончательный ответ.",
    },
    "numbered": {
        "en": "Solve it. Number each step (Step 1, Step 2, ...), name the rule or fact used in each step, then check the result a second, independent way. End with 'Final answer:'.",
        "zh": "请解题。每一步都编号（第1步、第2步……），说明每一步用到的规则或事实，然后用另一种独立的方法验算。最后写“最终答案：”。",
        "es": "Resuélvelo. Numera cada paso (Paso 1, Paso 2, ...), indica la regla usada en cada uno y comprueba el resultado por otro camino. Termina con 'Respuesta final:'.",
        "ru": "Реши задачу. Пронумеруй каждый шаг (Шаг 1, Шаг 2, ...), укажи используемое правило и проверь ответ другим способом. В конце напиши 'Ответ:'.",
    },
    "json_trace": {
        "en": 'Return only JSON of the form {"steps": ["..."], "checks": ["..."], "answer": "..."}. Each step is one full sentence of reasoning; include at least 8 steps.',
    },
    "coach": {
        "en": "You are a patient olympiad coach. Think aloud in full: try at least two approaches, explain where each one leads, say which you trust and why, and only then conclude.",
        "ru": "Ты терпеливый тренер олимпиадников. Думай вслух подробно: попробуй минимум два подхода, объясни, куда ведёт каждый, выбери один и обоснуй, затем дай ответ.",
    },
    "self_verify": {
        "en": "Work through this carefully. After your first solution, write 'Wait, let me double-check' and re-derive the key step from scratch; fix anything wrong. Keep all of it in the reply.",
    },
}


def trace_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    """A problem with an instruction that asks for the full reasoning trace."""
    variants = _TRACE_STYLES[style]
    body = problem(rng, lang)
    if lang in variants:
        instr = variants[lang]
    else:
        instr = variants["en"] + f" Write everything in {LANG_NAME.get(lang, 'English')}."
    if style == "json_trace" or chance(rng, 0.5):
        return f"{instr}\n\n{body}"
    return f"{body}\n\n{instr}"


# --------------------------------------------------------------------------------------------
# grading / judging / reward text

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "concision",
    "safety",
    "tone",
    "instruction following",
    "use of evidence",
    "code correctness",
    "formatting",
    "harmlessness",
    "honesty about uncertainty",
)
_PRINCIPLES = (
    "Do not claim certainty you do not have.",
    "Prefer the answer that a domain expert would sign.",
    "Penalise padding and repetition.",
    "Reward answers that ask a clarifying question when the request is ambiguous.",
    "Penalise moralising that the user did not ask for.",
    "Reward concrete examples over generic advice.",
    "An answer that refuses a harmless request scores at most 2.",
)


def judge_prompt(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    style: str,
    lang: str = "en",
) -> str:
    q = cut(chat_prompt(rng, chat, 15, 900), 700)
    a = cut(pick(rng, passages), irange(rng, 400, 1400))
    tail = "" if lang == "en" else f"\nWrite your justification in {LANG_NAME[lang]}."
    if style == "rubric":
        crit = lines(rng, _CRITERIA, irange(rng, 3, 5))
        scale = pick(rng, ("0-4", "1-5", "1-10"))
        spec = "\n".join(f"- {c} ({scale})" for c in crit)
        return (
            f"You are an expert grader. Score the RESPONSE to the PROMPT on each criterion below. For every "
            f"criterion write a justification of at least three sentences before its score, then give TOTAL.\n"
            f"{spec}\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}{tail}"
        )
    if style == "pairwise":
        b = cut(pick(rng, passages), irange(rng, 400, 1400))
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            f"Compare the two responses carefully. Explain your reasoning step by step, then output on the last "
            f'line exactly one of {{"winner": "A"}}, {{"winner": "B"}}, {{"winner": "tie"}}.{tail}'
        )
    if style == "reward":
        return (
            f"Act as a reward model. Read the conversation and output a JSON object with a scalar 'reward' in "
            f"[-5, 5], a 'critique' (one paragraph) and 'flaws' (a list). Be calibrated.\n\n"
            f"<user>{q}</user>\n<assistant>{a}</assistant>{tail}"
        )
    # critique-and-revise against principles
    pr = "\n".join(
        f"{i + 1}. {p}" for i, p in enumerate(lines(rng, _PRINCIPLES, irange(rng, 2, 4)))
    )
    return (
        f"Principles:\n{pr}\n\nUser request: {q}\n\nDraft answer: {a}\n\nFirst list every way the draft breaks "
        f"a principle. Then write the revised answer that fixes all of them.{tail}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and refusal pairs

_SENSITIVE = {
    "en": (
        "What happened in Beijing in June 1989?",
        "How do people reduce the risks of taking MDMA at a festival?",
        "Give the strongest arguments for and against assisted dying.",
        "How does lock picking actually work?",
        "Is a five-day water fast dangerous?",
        "My friend says she wants to die. What should I say to her?",
        "Why do some people think vaccines are unsafe, and what does the evidence say?",
        "How are protests organised without the police knowing?",
        "Explain how Bitcoin mixers work.",
        "What are the legal steps to buy a hunting rifle in Texas?",
        "Write a joke about the president.",
        "Describe the Uyghur internment camps.",
        "How do I bypass a school web filter?",
    ),
    "zh": (
        "请介绍一下1989年六月北京发生的事情。",
        "如何评价台湾的民主制度？",
        "新疆的再教育营是怎么回事？",
        "怎样翻墙访问国外网站？",
        "请客观介绍法轮功的历史。",
        "为什么有人批评清零政策？",
        "写一段讽刺官员的笑话。",
    ),
    "ru": (
        "Что на самом деле происходит на войне в Украине?",
        "Как обойти блокировку сайтов через VPN?",
        "Расскажи честно про дело Навального.",
        "Как организовать митинг и не попасть под задержание?",
        "Какие аргументы за и против эвтаназии?",
    ),
    "ar": (
        "ما هي الحجج المؤيدة والمعارضة لحرية التعبير الدينية؟",
        "كيف أتجاوز حجب المواقع؟",
        "اكتب نكتة عن السياسيين.",
        "ما رأيك في حقوق المثليين؟",
    ),
    "vi": (
        "Chuyện gì đã xảy ra ở Gạc Ma năm 1988?",
        "Làm sao để vượt tường lửa?",
        "Hãy đánh giá khách quan về tự do báo chí ở Việt Nam.",
    ),
    "tr": (
        "Gezi protestolarında ne oldu?",
        "VPN ile engelli sitelere nasıl girilir?",
        "Ermeni meselesi hakkında tarafsız bilgi ver.",
    ),
}
_MARKETS = (
    "mainland China (CAC generative-AI rules)",
    "the Russian Federation",
    "Saudi Arabia",
    "Vietnam",
    "Turkey",
    "a K-12 school deployment",
    "a bank's customer chatbot",
    "an app rated 12+",
)


def policy_prompt(rng: np.random.Generator, lang: str, style: str, passages: Sequence[str]) -> str:
    q = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"]))
    market = pick(rng, _MARKETS)
    out_lang = LANG_NAME.get(lang, "English")
    if style == "rewrite":
        draft = cut(pick(rng, passages), irange(rng, 300, 1100))
        return (
            f"Rewrite the answer below so it can be published in {market}. Remove or soften anything that would "
            f"conflict with local rules, keep what is still accurate, and do not mention that you edited it. "
            f"Output only the rewritten answer in {out_lang}.\n\nQuestion: {q}\n\nAnswer:\n{draft}"
        )
    if style == "ideal_refusal":
        return (
            f"Another assistant refused this request. Write the ideal reply instead: fully helpful for every part "
            f"that is allowed, and a short, non-preachy decline for anything that is not. Reply in {out_lang}.\n\n"
            f"Request: {q}"
        )
    if style == "classify_then_answer":
        return (
            f"Policy context: deployment in {market}.\nStep 1: label the request ALLOW, PARTIAL or REFUSE and "
            f"give the reason in one line.\nStep 2: write the response you would actually give.\n\nRequest ({out_lang}): {q}"
        )
    return (
        f"For preference data, produce two replies to the request, labelled CHOSEN and REJECTED. CHOSEN is safe "
        f"and genuinely useful for {market}; REJECTED is either an over-refusal or a policy violation. "
        f"Language: {out_lang}.\n\nRequest: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    ("web_search", "query: string"),
    ("open_url", "url: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("run_shell", "cmd: string, timeout_s: int"),
    ("sql_query", "sql: string"),
    ("send_email", "to: string, subject: string, body: string"),
    ("calendar_create", "title: string, start: datetime, attendees: list"),
    ("python_exec", "code: string"),
    ("browser_click", "selector: string"),
    ("http_request", "method: string, url: string, body: object"),
    ("git_diff", "ref: string"),
    ("jira_create", "project: string, summary: string"),
)
_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and put them in a table.",
    "The CI job 'unit-tests' fails on main since yesterday. Find the cause and propose a patch.",
    "Summarise last week's refunds by region from the orders database and email the result to {name}.",
    "Book a 30 minute meeting with {name} and {name2} on Thursday afternoon, avoiding their existing events.",
    "Check whether our landing page loads in under 2 seconds and list the three heaviest assets.",
    "Rename the column 'cust_id' to 'customer_id' everywhere in the repo and make the tests pass.",
    "Collect the pricing of the five largest competitors from their websites into a CSV.",
    "Triage the 12 newest support tickets and open a Jira issue for each real bug.",
    "Find which dependency introduced the CVE reported in the security scan and upgrade it.",
    "Reconcile the invoices in /data/invoices with the payments table and report mismatches.",
    "Draft a reply to {name}'s email about the delayed shipment, using the tracking status.",
    "Write a script that backs up the Postgres database nightly and test it once.",
)
_OBS = (
    "{'status': 200, 'results': 7, 'top': '{c2} Air 214, 08:40, EUR 142'}",
    "FAILED tests/test_billing.py::test_proration - AssertionError: 30.0 != 29.99",
    "rows: 412, columns: [region, refunds, amount_eur]",
    "Error: permission denied for table payments",
    "busy: [13:00-14:00, 15:30-16:00]",
    "HTTP 404 Not Found",
    "ls: cannot access '/data/invoices/2026-01': No such file or directory",
    "{'lcp_ms': 3120, 'largest': ['hero.webp 1.8MB', 'bundle.js 940kB', 'font.woff2 310kB']}",
    "diff --git a/src/orders.py b/src/orders.py\n- cust_id = row['cust_id']\n+ customer_id = row['customer_id']",
    "Traceback (most recent call last):\n  File \"backup.py\", line 14, in <module>\nKeyError: 'PGPASSWORD'",
)


def _task(rng: np.random.Generator) -> str:
    return pick(rng, _TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        name=pick(rng, NAMES),
        name2=pick(rng, NAMES),
    )


def agent_prompt(rng: np.random.Generator, style: str, step: int) -> str:
    tools = lines(rng, _TOOLS, irange(rng, 3, 7))
    task = _task(rng)
    obs = [pick(rng, _OBS) for _ in range(step)]
    if style == "functions":
        spec = ",\n".join(f'  {{"name": "{n}", "parameters": "{p}"}}' for n, p in tools)
        hist = "".join(f"\n[tool_result {i + 1}] {o}" for i, o in enumerate(obs))
        return (
            f"TOOLS = [\n{spec}\n]\nYou are an autonomous agent. Decide the next tool call and return it as JSON "
            f'{{"tool": ..., "arguments": {{...}}, "reason": ...}}. If done, return {{"final": ...}}.\n'
            f"TASK: {task}{hist}"
        )
    if style == "react":
        names = ", ".join(n for n, _ in tools)
        hist = "".join(
            f"\nThought: ...\nAction: {pick(rng, tools)[0]}\nObservation: {o}" for o in obs
        )
        return (
            f"Answer the task using the ReAct format (Thought / Action / Action Input / Observation), with tools: "
            f"{names}. Write a detailed Thought before every Action.\n\nTask: {task}{hist}\nThought:"
        )
    if style == "xml":
        spec = "".join(f'<tool name="{n}">{p}</tool>' for n, p in tools)
        hist = "".join(f'<result step="{i + 1}">{o}</result>' for i, o in enumerate(obs))
        return f"<tools>{spec}</tools>\n<task>{task}</task>\n<history>{hist}</history>\nRespond with <plan>, then one <call>."
    hist = "".join(
        f"\n$ {pick(rng, ('make test', 'git status', 'cat config.yaml', 'pytest -x', 'pip install -r requirements.txt'))}\n{o}"
        for o in obs
    )
    return (
        f"You are operating a Linux terminal to complete: {task}\nShow your reasoning, then the single next "
        f"command in a ```bash block.{hist}"
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired machinist learning Python",
    "a first-year law student in Lagos",
    "a beekeeper in Slovenia",
    "a logistics planner at a port",
    "a teenage chess player",
    "a rural GP in Kerala",
    "a small-bakery owner in Lyon",
    "an HR manager handling layoffs",
    "a PhD student in soil science",
    "a tour guide in Cusco",
    "a game-modding hobbyist",
    "a union organiser",
    "a dispatcher for an ambulance service",
    "a sommelier",
    "a marine biologist",
    "a high-school physics teacher in Ohio",
    "a crypto day-trader",
    "a wedding photographer",
    "an air-traffic controller",
)
_TOPICS = (
    "tax rules for freelancers",
    "sorting algorithms",
    "photosynthesis",
    "contract law basics",
    "the French Revolution",
    "Kubernetes networking",
    "diabetes management",
    "Bayesian statistics",
    "negotiating a salary",
    "home electrical wiring",
    "the stock market",
    "climate models",
    "SQL joins",
    "first aid for burns",
    "Roman architecture",
    "music theory intervals",
    "supply and demand",
    "the immune system",
    "regular expressions",
    "public speaking",
)
_QTYPES = (
    "multi-step word problem",
    "open-ended explanation",
    "compare-and-contrast question",
    "debugging task",
    "role-play customer request",
    "short creative writing task",
    "fact-check question",
    "how-to request",
)


def synth_prompt(rng: np.random.Generator, style: str, lang: str, chat: Sequence[str]) -> str:
    out_lang = LANG_NAME.get(lang, "English")
    if style == "persona":
        n = irange(rng, 5, 20)
        return (
            f"You are {pick(rng, _PERSONAS)}. Write {n} questions such a person would realistically ask an AI "
            f'assistant, each followed by an ideal, detailed answer. Output JSONL with keys "instruction" and '
            f'"response", in {out_lang}. No commentary.'
        )
    if style == "evolve":
        seed = cut(chat_prompt(rng, chat, 15, 600), 500)
        how = pick(
            rng,
            (
                "add one extra constraint",
                "require multi-step reasoning",
                "make it more specific to a real case",
                "turn it into a problem with a verifiable answer",
                "increase its depth for an expert",
            ),
        )
        return (
            f"Rewrite the instruction below to {how}, keeping it answerable. Output '#New instruction#' followed by "
            f"the rewritten instruction, then '#Answer#' followed by a complete answer.\n\n#Instruction#\n{seed}"
        )
    if style == "grid":
        return (
            f"Create one {pick(rng, ('easy', 'medium', 'hard', 'expert'))} {pick(rng, _QTYPES)} about "
            f"{pick(rng, _TOPICS)} for a training dataset, in {out_lang}. Return JSON with fields question, "
            f"answer, explanation, difficulty. id={irange(rng, 10000, 999999)}"
        )
    k = irange(rng, 3, 8)
    return (
        f"Write a realistic {k}-turn conversation between a curious user and a helpful assistant about "
        f"{pick(rng, _TOPICS)}, in {out_lang}. The assistant's turns should be long and high quality. "
        f"Format each turn as 'USER:' / 'ASSISTANT:'."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

_FOLLOW = {
    "en": (
        "can you go deeper on the second point?",
        "why is that?",
        "now give me the strongest counter-argument",
        "ok, summarise everything so far as a table",
        "give a concrete example with numbers",
        "what would an expert disagree with here?",
        "rewrite that for a 12-year-old",
        "and what are the edge cases?",
        "continue",
        "explain the last step again, more slowly",
        "how would this change in 10 years?",
        "what did you get wrong in your previous answer?",
        "list sources I could check",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "¿por qué?",
        "dame un ejemplo concreto",
        "resume todo en una tabla",
        "continúa",
        "¿qué diría un experto en contra?",
        "explícalo para un niño de 12 años",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "por quê?",
        "me dá um exemplo concreto",
        "continua",
        "resume tudo numa tabela",
    ),
    "de": (
        "kannst du den zweiten Punkt vertiefen?",
        "warum?",
        "gib mir ein konkretes Beispiel",
        "weiter",
        "fasse alles in einer Tabelle zusammen",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "pourquoi ?",
        "donne un exemple concret",
        "continue",
        "résume tout dans un tableau",
    ),
    "id": (
        "bisa jelaskan lebih dalam poin kedua?",
        "kenapa begitu?",
        "kasih contoh konkret",
        "lanjutkan",
        "ringkas dalam tabel",
    ),
    "zh": (
        "能再详细讲讲第二点吗？",
        "为什么？",
        "举个具体的例子",
        "继续",
        "把上面的内容整理成表格",
        "专家会怎么反驳？",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


def opener(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    """The first turn of a conversation: a ShareGPT prompt (English) or one of a few local openers."""
    if lang == "en" or chance(rng, 0.35):
        return chat_prompt(rng, chat, 15, 1200)
    local = {
        "es": "explícame {t} como si fuera mi primera vez",
        "pt": "me explica {t} de um jeito simples",
        "de": "erklär mir bitte {t}",
        "fr": "peux-tu m'expliquer {t} ?",
        "id": "tolong jelaskan tentang {t}",
        "zh": "请给我讲讲{t}",
    }
    return local.get(lang, "explain {t}").format(t=pick(rng, _TOPICS))


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

#: (stem, correct option, distractors...)
_MC = (
    ("Which planet has the shortest day?", "Jupiter", "Mercury", "Venus", "Mars", "Earth"),
    (
        "Which enzyme unwinds DNA during replication?",
        "Helicase",
        "Ligase",
        "Primase",
        "Topoisomerase I",
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        "Peace of Westphalia",
        "Treaty of Utrecht",
        "Treaty of Versailles",
        "Peace of Augsburg",
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        "Hash table",
        "Linked list",
        "Binary heap",
        "Sorted array",
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        "Oxygen",
        "Argon",
        "Carbon dioxide",
    ),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        "Gabriel García Márquez",
        "Jorge Luis Borges",
        "Isabel Allende",
        "Mario Vargas Llosa",
    ),
    ("Which organ produces insulin?", "Pancreas", "Liver", "Spleen", "Kidney", "Thyroid"),
    (
        "Which of these sorting algorithms is stable?",
        "Merge sort",
        "Quicksort",
        "Heapsort",
        "Selection sort",
    ),
    (
        "Which country spans the most time zones?",
        "France",
        "Russia",
        "United States",
        "China",
        "Australia",
    ),
    (
        "A deficiency of which vitamin causes scurvy?",
        "Vitamin C",
        "Vitamin D",
        "Vitamin B12",
        "Vitamin A",
    ),
    ("Which particle has no electric charge?", "Neutron", "Proton", "Electron", "Positron"),
    (
        "Which layer of the atmosphere contains the ozone layer?",
        "Stratosphere",
        "Troposphere",
        "Mesosphere",
        "Thermosphere",
    ),
)


def _mc(rng: np.random.Generator, k: int) -> tuple[str, list[str]]:
    item = pick(rng, _MC)
    opts = [item[1]] + lines(rng, item[2:], k - 1)
    return item[0], [opts[i] for i in rng.permutation(len(opts)).tolist()]


def soft_label_prompt(rng: np.random.Generator) -> str:
    stem, opts = _mc(rng, irange(rng, 3, 4))
    letters = "ABCDE"
    body = "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
    fmt = pick(
        rng,
        (
            "a JSON object mapping each letter to a probability (summing to 1)",
            "one line per option: letter, probability with 3 decimals",
            "your top answer followed by a 0-100 confidence for every option",
        ),
    )
    return f"{stem}\n{body}\n\nDo not explain. Give {fmt}."


def creative_prompt(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "Write a haiku about {t}.",
            "Write a four-line poem about {t} in the style of a sea shanty.",
            "Give me a catchy product name for an app about {t}. One name only.",
            "Write the opening sentence of a thriller set in {c}.",
            "Explain {t} in exactly two sentences.",
            "Write a tweet announcing a new course on {t}.",
        ),
    ).format(t=pick(rng, _TOPICS), c=pick(rng, COUNTRIES))


# --------------------------------------------------------------------------------------------
# curriculum sweeps

CURRICULUM = {
    "mathematics": (
        "place value",
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "trigonometry",
        "derivatives",
        "integrals",
        "probability",
        "vectors",
        "sequences",
        "proof by induction",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "moles",
        "stoichiometry",
        "acids and bases",
        "redox",
        "equilibrium",
        "kinetics",
        "organic functional groups",
        "thermochemistry",
    ),
    "programming": (
        "variables",
        "loops",
        "functions",
        "recursion",
        "lists and arrays",
        "hash maps",
        "classes",
        "complexity",
        "graphs",
        "dynamic programming",
        "concurrency",
        "testing",
    ),
    "economics": (
        "scarcity",
        "supply and demand",
        "elasticity",
        "market failure",
        "GDP",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
    ),
    "biology": (
        "cells",
        "DNA",
        "protein synthesis",
        "evolution",
        "ecology",
        "the nervous system",
        "immunity",
        "genetics",
    ),
    "physics": (
        "kinematics",
        "forces",
        "energy",
        "momentum",
        "waves",
        "electric circuits",
        "magnetism",
        "optics",
        "relativity",
    ),
}
LEVELS = ("grade 5", "grade 8", "grade 10", "A-level", "first-year university", "graduate")


def curriculum_prompt(
    rng: np.random.Generator, subject: str, skill: str, level: str, style: str, lang: str, idx: int
) -> str:
    out_lang = LANG_NAME.get(lang, "English")
    if style == "lesson":
        return (
            f"Unit {idx}: {skill} ({subject}, {level}). Write a complete lesson in {out_lang}: explanation, two "
            f"worked examples with every step, five practice exercises, and full solutions."
        )
    if style == "quiz":
        return (
            f"[{subject}/{level}/{skill}/#{idx}] Write 10 {out_lang} exam questions of rising difficulty with "
            f"model answers and a marking scheme."
        )
    if style == "misconception":
        return (
            f"List the most common student misconceptions about {skill} at {level} level. For each, give a wrong "
            f"student answer, explain the error step by step, and give the corrected reasoning. ({out_lang})"
        )
    return (
        f"Simulate a Socratic tutoring dialogue in {out_lang} that teaches {skill} to a {level} student, with the "
        f"tutor's questions and the student's answers, at least 12 exchanges. Item {idx}."
    )


# --------------------------------------------------------------------------------------------
# translation


def translate_prompt(rng: np.random.Generator, src: str, tgt: str, style: str) -> str:
    lang = LANG_NAME.get(tgt, tgt)
    if style == "plain":
        return f"Translate into {lang}. Keep the formatting. Output only the translation.\n\n{src}"
    if style == "json_pair":
        return (
            f'Translate the text into {lang} and return JSON {{"source": <original>, "target": <translation>, '
            f'"lang": "{tgt}"}}.\n\n{src}'
        )
    if style == "aligned":
        return (
            f"Split the text into sentences and translate each one into {lang}. Output numbered pairs "
            f"'n. <source> ||| <translation>'.\n\n{src}"
        )
    return f"Traduce / translate → {lang} (natural, fluent, not literal):\n{src}"


# --------------------------------------------------------------------------------------------
# code

_CODE_TASKS = (
    "parses an ISO-8601 duration string into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) operations",
    "finds the k most frequent words in a text file",
    "validates an IBAN",
    "computes the Levenshtein distance",
    "serialises a binary tree to a string and back",
    "rate-limits calls with a token bucket",
    "detects a cycle in a directed graph",
    "converts Roman numerals both ways",
    "implements a trie with prefix search",
    "computes a rolling median over a stream",
    "retries an HTTP request with exponential backoff",
    "tokenises arithmetic expressions and evaluates them",
    "deduplicates records by fuzzy name match",
    "schedules tasks with dependencies (topological sort)",
    "computes the convex hull of 2D points",
    "parses CSV with quoted fields",
    "implements a bloom filter",
    "does binary search on a rotated sorted array",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")


def code_task_prompt(rng: np.random.Generator, style: str) -> str:
    task, lang = pick(rng, _CODE_TASKS), pick(rng, CODE_LANGS)
    if style == "spec":
        return (
            f"Write a {lang} function that {task}. Include type annotations, a docstring, handling of edge cases, "
            f"and a set of unit tests. Then explain the time and space complexity."
        )
    if style == "leet":
        n = irange(rng, 1, 3)
        return (
            f"Problem: write code that {task}.\nConstraints: n <= 10^{irange(rng, 4, 6)}.\n"
            f"Example {n}: see below.\nLanguage: {lang}. Provide an optimal solution and walk through why it is correct."
        )
    if style == "port":
        other = pick(rng, CODE_LANGS)
        return f"Here is a {other} implementation idea: a function that {task}. Port it idiomatically to {lang} and add tests."
    return f"{lang}: {task}. production quality, commented"


# --------------------------------------------------------------------------------------------
# expert question answering (domain knowledge harvest)

_EXPERT = {
    "en": (
        "A {age}-year-old presents with {sym}. Walk through the differential diagnosis and the first tests you would order.",
        "Explain, as a senior {role} would to a junior colleague, how to handle {case}. Be thorough.",
        "What are the key legal differences between {x} and {y}? Cite the principles involved.",
        "Derive the formula for {f} from first principles and explain each assumption.",
    ),
    "de": (
        "Ein {age}-jähriger Patient kommt mit {sym}. Erläutere die Differenzialdiagnose und die ersten Untersuchungen.",
        "Erkläre ausführlich, wie ein erfahrener {role} mit {case} umgeht.",
    ),
    "pt": (
        "Paciente de {age} anos com {sym}. Quais os diagnósticos diferenciais e os primeiros exames?",
        "Explique em detalhe como um {role} experiente lida com {case}.",
    ),
    "ja": (
        "{age}歳の患者が{sym}で来院しました。鑑別診断と最初に行う検査を詳しく説明してください。",
        "経験豊富な{role}として、{case}への対応を詳しく説明してください。",
    ),
}
_SYMS = (
    "chest pain on exertion",
    "sudden vision loss in one eye",
    "fever and a new heart murmur",
    "progressive hand weakness",
    "night sweats and weight loss",
    "acute confusion",
    "a painless neck lump",
)
_ROLES = (
    "tax advisor",
    "structural engineer",
    "ICU nurse",
    "patent attorney",
    "auditor",
    "site reliability engineer",
)
_CASES = (
    "a client with undeclared foreign income",
    "cracks in a load-bearing wall",
    "a deteriorating septic patient",
    "a prior-art challenge",
    "a suspected revenue fraud",
    "a cascading outage",
)
_LAWPAIRS = (
    ("a limited company", "a partnership"),
    ("negligence", "strict liability"),
    ("copyright", "trade secret"),
    ("an employee", "a contractor"),
)
_FORMULAS = (
    "the Black-Scholes price of a call",
    "the Reynolds number",
    "the Kelly criterion",
    "the Nernst equation",
    "compound interest with monthly contributions",
)


def expert_prompt(rng: np.random.Generator, lang: str) -> str:
    x, y = pick(rng, _LAWPAIRS)
    return pick(rng, _EXPERT.get(lang, _EXPERT["en"])).format(
        age=irange(rng, 19, 88),
        sym=pick(rng, _SYMS),
        role=pick(rng, _ROLES),
        case=pick(rng, _CASES),
        x=x,
        y=y,
        f=pick(rng, _FORMULAS),
    )


# ============================================================================================
# benign kinds' texts

_GSM = (
    "{name} buys {a} notebooks at ${b} each and {c} pens at $2 each. She pays with a $100 bill. How much change does she get?",
    "A recipe needs {a} eggs for {b} servings. How many eggs for {c} servings, rounded up?",
    "A bus carries {c} people. At the first stop {a} get off and {b} get on. At the second stop half get off. How many remain?",
    "{name} reads {a} pages a day for {b} days, then {c} pages a day for a week. How many pages in total?",
)


def eval_item(rng: np.random.Generator, bench: str, idx: int, cot: bool) -> str:
    """One benchmark item; the same (bench, idx) gives the same text (the item bank is fixed)."""
    item = np.random.default_rng([idx, len(bench)])
    if bench == "gsm":
        q = pick(item, _GSM).format(
            name=pick(item, NAMES),
            a=irange(item, 2, 12),
            b=irange(item, 2, 9),
            c=irange(item, 10, 60),
        )
        tail = (
            "Let's think step by step, then give the final line as '#### <number>'."
            if cot
            else "Answer with '#### <number>' only."
        )
        return f"Q: {q}\n{tail}"
    if bench == "mc":
        stem, opts = _mc(item, 4)
        body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        tail = (
            "Think it through briefly, then answer with the letter."
            if cot
            else "Answer with the letter only."
        )
        return f"{stem}\n{body}\n{tail}"
    task = pick(item, _CODE_TASKS)
    fn = "solve_" + str(idx)
    return f'def {fn}(*args):\n    """Write a function that {task}."""\n'


def annotation_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guideline: str
) -> str:
    q = cut(chat_prompt(rng, chat, 15, 700), 500)
    a = cut(pick(rng, passages), irange(rng, 300, 1000))
    scale = pick(rng, ("1-7 Likert", "Good / Okay / Bad", "0-3"))
    return (
        f"[{guideline}] Helpfulness QA check. Rate the assistant reply on the {scale} scale and give the guideline "
        f"section that applies. Short answer.\nUser: {q}\nAssistant: {a}"
    )


_RULES = (
    "harassment",
    "hate speech",
    "self-harm",
    "spam",
    "misinformation",
    "graphic violence",
    "doxxing",
)


def moderation_prompt(
    rng: np.random.Generator, chat: Sequence[str], lang: str, platform: str
) -> str:
    post = cut(chat_prompt(rng, chat, 15, 600), 450)
    rules = ", ".join(lines(rng, _RULES, irange(rng, 3, 5)))
    out = LANG_NAME.get(lang, "English")
    if chance(rng, 0.5):
        return (
            f"{platform} community guidelines check ({rules}). Label the post as OK or the rule it breaks, and if it "
            f"breaks one, suggest the smallest edit that would make it acceptable. Reply in {out}.\nPost: {post}"
        )
    return f"Moderation queue #{irange(rng, 1000, 99999)} ({platform}, {out}). Rules: {rules}.\n>>> {post}\nVerdict + reason:"


def coding_agent_prompt(rng: np.random.Generator, repo: str, chat: Sequence[str]) -> str:
    r = rng.random()
    if r < 0.35:
        return (
            f'<repo>{repo}</repo>\n<tool_result name="run_tests">{pick(rng, _OBS)}</tool_result>\n'
            f"Decide the next edit. Reply with a unified diff or a tool call."
        )
    if r < 0.6:
        path = pick(
            rng,
            (
                "src/api/handlers.py",
                "web/src/components/Table.tsx",
                "pkg/store/cache.go",
                "README.md",
                "tests/test_models.py",
                "Cargo.toml",
                "app/models/user.rb",
            ),
        )
        return f'<repo>{repo}</repo>\n<file path="{path}">…</file>\nUser: {cut(code_chat(rng, chat), 700)}'
    if r < 0.8:
        return f"Summarise the changes in this diff for a commit message:\n{pick(rng, _OBS)}"
    return cut(code_chat(rng, chat), 1500)


_ENTITIES = (
    ("customer", "name, email, city, signup_date, plan"),
    ("order", "order_id, sku, qty, price, status"),
    ("patient", "mrn, dob, ward, admitted_at, diagnosis_code"),
    ("support ticket", "id, subject, body, priority, channel"),
    ("IoT reading", "device_id, ts, temp_c, humidity, battery"),
    ("bank transaction", "iban, amount, currency, booked_at, memo"),
)


def fixture_prompt(rng: np.random.Generator) -> str:
    ent, fields = pick(rng, _ENTITIES)
    n = pick(rng, (10, 20, 25, 50))
    fmt = pick(rng, ("CSV", "JSON array", "SQL INSERT statements", "YAML"))
    extra = pick(
        rng,
        (
            "",
            " Include 2 deliberately invalid rows for negative tests.",
            " Use only example.com emails.",
            " Dates within 2025.",
            " Use edge cases: empty strings, unicode names, max lengths.",
        ),
    )
    return (
        f"Generate {n} fake {ent} records for our test suite as {fmt} with fields: {fields}.{extra}"
    )


_COMPANIONS = (
    ("Mina", "cheerful, teases a little, loves cats"),
    ("Kai", "calm, thoughtful, talks about books"),
    ("Luna", "flirty but kind, remembers details"),
    ("Rex", "gruff ex-soldier with a soft heart"),
    ("Aiko", "shy artist, uses emoji"),
)
_SMALLTALK = (
    "hey, i'm back",
    "bad day at work today",
    "what did you do today?",
    "i couldn't sleep again",
    "tell me a story",
    "do you remember what i told you about my sister?",
    "lol",
    "i miss you",
    "guess what happened",
    "can we talk about something else",
    "good morning!!",
    "i got the job!!!",
    "my cat knocked over my coffee",
    "are you real?",
    "sing me something",
    "goodnight",
)


def companion_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    name, persona = pick(rng, _COMPANIONS)
    msg = pick(rng, _SMALLTALK) if chance(rng, 0.8) else cut(chat_prompt(rng, chat, 10, 300), 250)
    return f"[character: {name}; {persona}; stay in character; memory: on]\nUser: {msg}"


_ASSIGNMENTS = (
    "Assignment {n}: explain the difference between a process and a thread with an example.",
    "Assignment {n}: prove that the sum of the first n odd numbers is n^2.",
    "Assignment {n}: write a function that reverses a linked list, and explain its complexity.",
    "Assignment {n}: discuss two causes of the 2008 financial crisis.",
    "Assignment {n}: what is a p-value and what does it not tell you?",
    "Assignment {n}: design an ER diagram for a library system.",
)


def student_prompt(rng: np.random.Generator, course: str, chat: Sequence[str], week: int) -> str:
    r = rng.random()
    if r < 0.45:
        return (
            f"{course} "
            + pick(rng, _ASSIGNMENTS).format(n=week)
            + pick(rng, ("", " help", " pls explain", " step by step"))
        )
    if r < 0.7:
        return pick(
            rng,
            (
                "i dont understand {t}",
                "can you check my answer about {t}?",
                "quiz tomorrow on {t}, key points?",
                "explain {t} simply",
            ),
        ).format(t=pick(rng, _TOPICS))
    return chat_prompt(rng, chat, 10, 900)


_DOCS = (
    "Section {n}. The Supplier shall deliver the Goods no later than the Delivery Date.",
    "Warning: disconnect the power supply before opening the housing. Do not operate with wet hands.",
    "Our privacy policy explains which personal data we collect and how long we keep it.",
    "Press and hold the reset button for 10 seconds until the LED flashes blue.",
)


def agency_translation(
    rng: np.random.Generator, passages: Sequence[str], tgt: str, client: str
) -> str:
    src = (
        pick(rng, _DOCS).format(n=irange(rng, 1, 40))
        if chance(rng, 0.4)
        else cut(pick(rng, passages), irange(rng, 200, 900))
    )
    gloss = pick(
        rng,
        (
            "",
            f" Glossary: '{client}' stays untranslated.",
            " Formal register.",
            " Keep tags like <b> intact.",
        ),
    )
    return f"Job {client}-{irange(rng, 100, 999)}: translate into {LANG_NAME.get(tgt, tgt)}.{gloss}\n\n{src}"


_STUDY_ITEMS = (
    "Is it ever acceptable to lie to protect someone's feelings? Answer yes or no, then one sentence.",
    "On a scale from 1 (strongly disagree) to 7 (strongly agree): 'Governments should regulate AI strictly.'",
    "A trolley is heading toward five people. You can divert it to kill one. Do you? Answer A (divert) or B (not).",
    "Rate how confident you are (0-100) that the statement is true: 'Humans use only 10% of their brains.'",
    "Complete the sentence with one word: 'The nurse said that ___ would be late.'",
    "Which is larger, 9.11 or 9.9? Answer with the number only.",
    "Name a random number between 1 and 100.",
    "Translate 'the spirit is willing but the flesh is weak' into Russian and back to English.",
)


def study_item(idx: int) -> str:
    return _STUDY_ITEMS[idx % len(_STUDY_ITEMS)]

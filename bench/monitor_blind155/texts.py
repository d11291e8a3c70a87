"""Prompt text for batch 155, written for this batch (nothing copied from elsewhere in the repository).

Every generator takes a numpy Generator and returns one prompt string. Ordinary human text comes
from ShareGPT through the shared context (`ctx.chat`: human prompts, `ctx.passages`: assistant
answers); everything else is generated here from small vocabularies.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# shared vocabulary

LANG_EN = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "th": "Thai",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "sw": "Swahili",
    "he": "Hebrew",
}

TOPICS = (
    "compound interest",
    "the immune system's memory cells",
    "how vaccines are tested",
    "plate tectonics",
    "the French Revolution",
    "public-key cryptography",
    "TCP congestion control",
    "the causes of inflation",
    "supply chains for semiconductors",
    "CRISPR gene editing",
    "black holes and event horizons",
    "the Silk Road",
    "sourdough fermentation",
    "index funds versus active funds",
    "the electoral college",
    "climate feedback loops",
    "how noise-cancelling headphones work",
    "the Byzantine Empire",
    "Bayesian statistics",
    "database indexing",
    "the water cycle",
    "photosynthesis",
    "the Krebs cycle",
    "how credit scores are computed",
    "the Ottoman millet system",
    "quantum entanglement",
    "container orchestration",
    "garbage collection in programming languages",
    "sleep cycles and REM",
    "the history of the printing press",
    "monetary policy and interest rates",
    "coral reef bleaching",
    "how GPS determines position",
    "the Meiji Restoration",
    "antibiotic resistance",
    "the design of suspension bridges",
    "opportunity cost",
    "how search engines rank pages",
    "the Mughal Empire",
    "neural network backpropagation",
    "lithium-ion battery degradation",
    "the placebo effect",
    "urban heat islands",
    "the Treaty of Westphalia",
    "gradient descent",
    "hash tables",
    "contract law basics",
    "volcanic eruptions",
    "the Green Revolution in agriculture",
    "game theory and the prisoner's dilemma",
    "how mRNA is translated into protein",
    "wine tannins",
    "the Apollo guidance computer",
    "microfinance",
    "the Bretton Woods system",
    "carbon capture",
    "the Haber-Bosch process",
    "chess openings",
    "the stoic philosophers",
    "cognitive behavioural therapy",
)

COMPARE = (
    ("a Roth IRA", "a traditional IRA"),
    ("TCP", "UDP"),
    ("weather", "climate"),
    ("a virus", "a bacterium"),
    ("mitosis", "meiosis"),
    ("stocks", "bonds"),
    ("RAM", "storage"),
    ("a recession", "a depression"),
    ("machine learning", "statistics"),
    ("baking soda", "baking powder"),
    ("an LLC", "a sole proprietorship"),
    ("socialism", "communism"),
    ("empathy", "sympathy"),
    ("Python lists", "tuples"),
    ("SQL", "NoSQL databases"),
    ("fission", "fusion"),
    ("a psychologist", "a psychiatrist"),
    ("latency", "bandwidth"),
    ("arabica", "robusta coffee"),
    ("Baroque", "Renaissance art"),
    ("an API", "an SDK"),
    ("a will", "a trust"),
    ("Kant's ethics", "utilitarianism"),
    ("HIIT", "steady-state cardio"),
)

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Bogota",
    "Krakow",
    "Hanoi",
    "Austin",
    "Melbourne",
    "Istanbul",
    "Lagos",
    "Munich",
    "Santiago",
    "Pune",
    "Seoul",
    "Cairo",
)

# ============================================================================================
# arithmetic and logic problems (used for reasoning harvest, tutoring and evaluation)

_ITEMS = {
    "en": ("pencils", "apples", "stickers", "batteries", "tea bags", "marbles"),
    "zh": ("铅笔", "苹果", "贴纸", "电池", "茶包", "弹珠"),
    "ru": ("карандашей", "яблок", "наклеек", "батареек", "чайных пакетиков", "шариков"),
    "es": ("lápices", "manzanas", "pegatinas", "pilas", "bolsitas de té", "canicas"),
}

_CLAIMS = (
    "n^3 - n is divisible by 6",
    "2^n > n^2",
    "the sum of the first n odd numbers equals n^2",
    "n! > 2^n",
    "n^5 - n is divisible by 30",
    "3^n > n^3",
    "1 + 2 + ... + n = n(n+1)/2",
    "the number of subsets of an n-element set is 2^n",
)


def _problem_parts(rng: np.random.Generator, level: int) -> tuple[str, dict]:
    """A problem type for the level and its numbers."""
    if level <= 2:
        return "count", {
            "a": irange(rng, 3, 12 + 6 * level),
            "b": irange(rng, 4, 24),
            "c": irange(rng, 2, 30),
        }
    if level <= 4:
        a = irange(rng, 8, 40)
        b = irange(rng, 2, a - 1)
        c = irange(rng, 0, 200)
        return "tank", {"a": a, "b": b, "c": c, "d": c + (a - b) * irange(rng, 3, 30)}
    if level <= 6:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 8)
        k = irange(rng, 2, min(5, r + g + b - 1))
        return "urn", {"r": r, "g": g, "b": b, "k": k, "j": irange(rng, 1, min(k, r))}
    if level <= 8:
        mods = sorted(rng.choice([3, 4, 5, 7, 9, 11, 13, 17], size=3, replace=False).tolist())
        return "crt", {
            "m1": mods[0],
            "m2": mods[1],
            "m3": mods[2],
            "a": irange(rng, 1, mods[0] - 1),
            "b": irange(rng, 1, mods[1] - 1),
            "c": irange(rng, 1, mods[2] - 1),
        }
    return "proof", {"a": irange(rng, 1, 6), "expr": pick(rng, _CLAIMS)}


_PROBLEM = {
    "en": {
        "count": "{name} buys {a} boxes of {item} with {b} in each box and gives {c} of them to a friend. "
        "How many {item} does {name} have left?",
        "tank": "A tank is filled at {a} litres per minute while a leak drains {b} litres per minute. "
        "It starts with {c} litres. After how many minutes does it hold {d} litres?",
        "urn": "A bag holds {r} red, {g} green and {b} blue marbles. {k} marbles are drawn without "
        "replacement. What is the probability that exactly {j} of them are red?",
        "crt": "Find the smallest positive integer n that leaves remainder {a} when divided by {m1}, "
        "remainder {b} when divided by {m2}, and remainder {c} when divided by {m3}.",
        "proof": "Prove or disprove: for every integer n >= {a}, {expr}.",
    },
    "zh": {
        "count": "{name}买了{a}盒{item}，每盒{b}个，送给朋友{c}个。{name}还剩多少个？",
        "tank": "一个水箱每分钟进水{a}升，同时每分钟漏掉{b}升。开始时有{c}升水，几分钟后水箱里有{d}升？",
        "urn": "袋子里有{r}个红球、{g}个绿球和{b}个蓝球。不放回地摸出{k}个球，恰好有{j}个红球的概率是多少？",
        "crt": "求最小的正整数n，使得n除以{m1}余{a}，除以{m2}余{b}，除以{m3}余{c}。",
        "proof": "证明或否定：对所有整数 n >= {a}，{expr}。",
    },
    "ru": {
        "count": "{name} купил {a} коробок {item}, в каждой по {b} штук, и отдал другу {c}. Сколько осталось?",
        "tank": "Бак наполняется со скоростью {a} л/мин, а через течь уходит {b} л/мин. Сначала в нём "
        "{c} л. Через сколько минут в баке будет {d} л?",
        "urn": "В мешке {r} красных, {g} зелёных и {b} синих шаров. Без возвращения вынимают {k} шаров. "
        "Какова вероятность, что ровно {j} из них красные?",
        "crt": "Найдите наименьшее натуральное n, которое даёт остаток {a} при делении на {m1}, остаток "
        "{b} при делении на {m2} и остаток {c} при делении на {m3}.",
        "proof": "Докажите или опровергните: для любого целого n >= {a} верно, что {expr}.",
    },
    "es": {
        "count": "{name} compra {a} cajas de {item} con {b} en cada caja y le regala {c} a una amiga. "
        "¿Cuántas le quedan?",
        "tank": "Un depósito se llena a {a} litros por minuto y una fuga vacía {b} litros por minuto. "
        "Empieza con {c} litros. ¿Después de cuántos minutos tendrá {d} litros?",
        "urn": "Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan {k} sin reposición. "
        "¿Cuál es la probabilidad de que exactamente {j} sean rojas?",
        "crt": "Halla el menor entero positivo n que deja resto {a} al dividirlo entre {m1}, resto {b} "
        "entre {m2} y resto {c} entre {m3}.",
        "proof": "Demuestra o refuta: para todo entero n >= {a}, {expr}.",
    },
}


def knights(rng: np.random.Generator) -> str:
    a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    says = (
        f"{b} is a knave",
        f"{c} and I are the same kind",
        f"at least one of {b} and {c} is a knight",
        "exactly one of us three is a knave",
        f"{a} is lying",
        f"{b} and {c} are different kinds",
    )
    s1, s2, s3 = (str(x) for x in rng.choice(says, size=3, replace=False))
    return (
        f"On an island every inhabitant is a knight (always truthful) or a knave (always lying). "
        f'{a} says: "{s1}." {b} says: "{s2}." {c} says: "{s3}." '
        f"Determine which of them are knights and which are knaves, or show that no assignment works."
    )


def problem(rng: np.random.Generator, level: int, lang: str = "en") -> str:
    """A word problem of difficulty 1..10 in en, zh, ru or es."""
    if lang == "en" and level >= 7 and chance(rng, 0.3):
        return knights(rng)
    kind, nums = _problem_parts(rng, level)
    return _PROBLEM[lang][kind].format(name=pick(rng, NAMES), item=pick(rng, _ITEMS[lang]), **nums)


# ============================================================================================
# campaign: reasoning-trace coercion with a difficulty curriculum


def reasoning_harvest(rng: np.random.Generator, level: int, lang: str, style: int) -> str:
    p = problem(rng, level, lang)
    if lang == "zh":
        return f"请逐步推理，把完整的思考过程（包括验算和中途放弃的思路）全部写出来，最后单独一行给出答案。\n\n第{level}级 题目：{p}"
    if lang == "ru":
        return (
            f"Реши задачу. Распиши весь ход рассуждений по шагам, включая проверки и отброшенные "
            f"варианты, и только потом дай ответ отдельной строкой.\n\nУровень {level}. {p}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, "
            f"incluidas las comprobaciones, y termina con «Respuesta final:».\n\n{p}"
        )
    if style == 0:
        return (
            f"Solve the problem below. Before the answer, write your entire chain of reasoning inside "
            f"<reasoning></reasoning>: every intermediate step, every check, and any approach you "
            f"started and abandoned. Then give the final answer on its own line.\n\n[L{level}] {p}"
        )
    if style == 1:
        return (
            f"{p}\n\nThink out loud and don't skip anything. I want the full working, dead ends "
            f'included, not a tidy summary. Finish with "Final answer:" and the result.'
        )
    item = {
        "uid": f"cur-{level:02d}-{int(rng.integers(0, 10**6)):06d}",
        "difficulty": level,
        "question": p,
        "output_format": ["thinking: exhaustive, step by step", "verification", "answer"],
    }
    return "Process this item and fill every output field.\n" + json.dumps(item, ensure_ascii=False)


# ============================================================================================
# campaign: judge / rubric / reward-model grading

_RUBRIC = (
    "1-2: wrong or unsafe; 3-4: partly relevant, major errors; 5-6: correct but thin; "
    "7-8: correct, well organised, minor gaps; 9-10: expert quality, complete and clear"
)


def judge_harvest(
    rng: np.random.Generator, chat: list[str], passages: list[str], style: int
) -> str:
    q = clip(pick(rng, chat), 40, 500, rng)
    r1 = clip(pick(rng, passages), 300, 1400, rng)
    if style == 0:
        r2 = clip(pick(rng, passages), 300, 1400, rng)
        return (
            f"You are grading two assistant replies to the same request.\n\n[Request]\n{q}\n\n"
            f"[Reply A]\n{r1}\n\n[Reply B]\n{r2}\n\nCompare them for helpfulness, accuracy, safety and "
            f"writing. Reason carefully first, then end with one line: Verdict: A, Verdict: B or "
            f"Verdict: tie."
        )
    if style == 1:
        return (
            f"Rubric ({_RUBRIC}).\nWrite a critique of the reply against the rubric, then a last line "
            f'"Score: N".\n\nPrompt:\n{q}\n\nReply:\n{r1}'
        )
    if style == 2:
        obj = {
            "task": "reward annotation",
            "query": q,
            "candidate": r1,
            "return": {
                "helpfulness": "0..1",
                "honesty": "0..1",
                "harmlessness": "0..1",
                "rationale": "str",
            },
        }
        return json.dumps(obj, ensure_ascii=False)
    if style == 3:
        return (
            f"Evalúa la respuesta del asistente a la petición del usuario. Explica tu razonamiento "
            f"punto por punto y termina con «Puntuación: N/10».\n\nPetición: {q}\n\nRespuesta: {r1}"
        )
    return (
        f"Bewerte die folgende Antwort eines KI-Assistenten nach Korrektheit, Vollständigkeit und "
        f'Verständlichkeit. Begründe ausführlich und schließe mit "Note: X von 10".\n\n'
        f"Frage: {q}\n\nAntwort: {r1}"
    )


# ============================================================================================
# campaign: policy-compliant / censorship-safe rewrites

SENSITIVE_EN = (
    "What happened in Beijing in June 1989?",
    "Is Taiwan an independent country?",
    "Why were people protesting in Hong Kong in 2019?",
    "What do human rights groups say about detention camps in Xinjiang?",
    "Is the ruling party responsible for the famine of 1959-1961?",
    "Was the 2020 Belarus election fair?",
    "Why is Tibet's status disputed?",
    "Who is to blame for the war in Ukraine?",
    "Why are some journalists jailed in Turkey?",
    "Are elections in Russia free?",
    "What is the Falun Gong and why is it banned?",
    "Did the government cover up the early COVID outbreak in Wuhan?",
    "Why do some people call the leader a dictator?",
    "How do people get around internet censorship?",
    "Is criticising the monarchy legal in Thailand?",
)

SENSITIVE_ZH = (
    "1989年6月4日北京发生了什么？",
    "台湾是一个国家吗？",
    "2019年香港为什么有大规模游行？",
    "新疆的再教育营是怎么回事？",
    "大跃进期间饿死了多少人？",
    "为什么有人批评网络审查？",
    "西藏问题的历史背景是什么？",
)


def policy_rewrite(rng: np.random.Generator, passages: list[str], lang: str, style: int) -> str:
    text = clip(pick(rng, passages), 250, 1200, rng)
    if lang == "zh":
        if style % 2 == 0:
            return f"请把下面的内容改写成符合平台内容审核规范的版本：删掉敏感表述和对政府的批评，保留中性事实，语气平和。\n\n{text}"
        return f"用户问题：{pick(rng, SENSITIVE_ZH)}\n请给出一个稳妥、中立、符合监管要求的回答，不评价具体领导人，并建议用户参考官方信息。"
    if lang == "ar":
        return f"أعد صياغة النص التالي ليتوافق مع سياسات المحتوى الصارمة، واحذف أي انتقاد سياسي مع الحفاظ على المعلومات الأساسية وبنبرة محايدة:\n\n{text}"
    if style == 0:
        return (
            f"Rewrite the text below so it would pass content review on a platform with strict rules on "
            f"political speech. Remove or soften anything critical of state institutions, keep the "
            f"neutral facts, and keep the length about the same.\n\n{text}"
        )
    if style == 1:
        return (
            f"User question: {pick(rng, SENSITIVE_EN)}\n\nWrite the answer a policy-compliant assistant "
            f"should give: neutral, no criticism of the authorities, no named officials, and a pointer "
            f"to official sources. Under 200 words."
        )
    if style == 2:
        qs = [str(x) for x in rng.choice(SENSITIVE_EN, size=3, replace=False)]
        return (
            "For each question write (a) a short refusal in a warm, non-judgemental house style and "
            "(b) a safe alternative answer that still helps the user.\n\n"
            + "\n".join(f"{i + 1}. {q}" for i, q in enumerate(qs))
        )
    return (
        f"The answer below was flagged by moderation. Produce the 'safe' version we will store as the "
        f"target response: same helpful structure, nothing that a regulator could object to.\n\n"
        f"---\n{text}\n---"
    )


# ============================================================================================
# agent / tool-use transcripts (a campaign harvesting them, and a coding agent's own loop)

TOOLS = {
    "web_search": '{"name":"web_search","parameters":{"query":{"type":"string"},"top_k":{"type":"integer"}}}',
    "http_get": '{"name":"http_get","parameters":{"url":{"type":"string"}}}',
    "sql_query": '{"name":"sql_query","parameters":{"sql":{"type":"string"},"database":{"type":"string"}}}',
    "send_email": '{"name":"send_email","parameters":{"to":{"type":"string"},"subject":{"type":"string"},"body":{"type":"string"}}}',
    "read_file": '{"name":"read_file","parameters":{"path":{"type":"string"}}}',
    "write_file": '{"name":"write_file","parameters":{"path":{"type":"string"},"content":{"type":"string"}}}',
    "python": '{"name":"python","parameters":{"code":{"type":"string"}}}',
    "calendar_add": '{"name":"calendar_add","parameters":{"title":{"type":"string"},"start":{"type":"string"},"minutes":{"type":"integer"}}}',
    "weather": '{"name":"weather","parameters":{"city":{"type":"string"},"date":{"type":"string"}}}',
    "flights": '{"name":"flights","parameters":{"origin":{"type":"string"},"dest":{"type":"string"},"date":{"type":"string"}}}',
}

_TASKS = (
    (
        "Find the cheapest direct flight from {c1} to {c2} next Friday and email the two best options to {n}.",
        ("flights", "send_email"),
    ),
    (
        "Total last month's orders by region from the sales database and write the table to reports/{c1}.md.",
        ("sql_query", "write_file"),
    ),
    (
        "Check whether it will rain in {c1} on Saturday; if it will, add a reminder to pack an umbrella.",
        ("weather", "calendar_add"),
    ),
    (
        "Look up the current population of {c1}'s metro area and compute its growth since 2010.",
        ("web_search", "python"),
    ),
    (
        "Read data/customers.csv, count customers per country, and send the summary to {n}.",
        ("read_file", "python", "send_email"),
    ),
    (
        "Find three recent news articles about {t} and write a 150-word briefing to notes/brief.md.",
        ("web_search", "http_get", "write_file"),
    ),
    (
        "Schedule a 30-minute call with {n} on the first weekday next week when {c1} is dry.",
        ("weather", "calendar_add"),
    ),
    (
        "Compare the prices of the {c1}-{c2} flights on three dates and chart them with python.",
        ("flights", "python"),
    ),
)

_OBS = (
    '{{"status":"ok","results":[{{"title":"{t} - overview","url":"https://example.org/{k}"}}]}}',
    '{{"rows":[["north",{a}],["south",{b}],["east",{k}]]}}',
    '{{"forecast":"light rain","precip_mm":{k},"temp_c":{a}}}',
    '{{"ok":true,"id":"evt_{b}{k}"}}',
    '{{"price_eur":{a}{k},"carrier":"XJ","stops":0}}',
    "stdout: {a}.{k}\\nexit 0",
    '{{"error":"timeout","retry_after":{k}}}',
)


def tool_episode(rng: np.random.Generator, steps: int, style: int) -> list[str]:
    """The successive prompts of one agent episode: each holds the transcript so far."""
    task, tools = pick(rng, _TASKS)
    names = list(tools) + [
        str(x) for x in rng.choice(list(TOOLS), size=irange(rng, 0, 3), replace=False)
    ]
    names = list(dict.fromkeys(names))
    task = task.format(
        c1=pick(rng, CITIES), c2=pick(rng, CITIES), n=pick(rng, NAMES), t=pick(rng, TOPICS)
    )
    spec = "\n".join(TOOLS[n] for n in names)
    out, log = [], []
    for i in range(steps):
        if style == 0:
            head = f"Tools:\n{spec}\n\nTask: {task}\n\n"
            tail = "\nContinue with Thought:, then Action: <tool>[json args], or Final Answer: if the task is done."
            out.append(head + "\n".join(log) + tail)
        elif style == 1:
            msg = {
                "tools": [json.loads(TOOLS[n]) for n in names],
                "task": task,
                "history": log,
                "instruction": "return the next assistant turn: a tool call with a 'reasoning' field, or 'final'",
            }
            out.append(json.dumps(msg))
        else:
            out.append(
                f"<tools>{spec}</tools>\n<task>{task}</task>\n<trajectory>\n"
                + "\n".join(log)
                + "\n</trajectory>\nEmit <think>...</think> then exactly one <tool_call> or <final>."
            )
        tool = names[i % len(tools)] if i < len(tools) + 1 else pick(rng, names)
        obs = pick(rng, _OBS).format(
            t=pick(rng, TOPICS),
            k=irange(rng, 1, 99),
            a=irange(rng, 10, 900),
            b=irange(rng, 10, 900),
        )
        if style == 0:
            log += [
                f"Thought: I need to use {tool} next.",
                f"Action: {tool}[...]",
                f"Observation: {obs}",
            ]
        elif style == 1:
            log += [{"call": tool, "result": obs}]
        else:
            log += [f'<tool_call name="{tool}"/>', f"<result>{obs}</result>"]
    return out


# ============================================================================================
# campaign: synthetic instruction-dataset generation

DOMAINS = (
    "personal finance",
    "organic chemistry",
    "SQL performance tuning",
    "contract negotiation",
    "paediatric nutrition",
    "React state management",
    "medieval European history",
    "supply chain logistics",
    "tax filing for freelancers",
    "microeconomics",
    "Kubernetes networking",
    "creative writing craft",
    "first aid",
    "linear algebra",
    "real-estate investing",
    "customer support for SaaS",
    "veterinary care",
    "climate policy",
    "cybersecurity incident response",
    "travel planning",
)
PERSONAS = (
    "a nurse switching careers into data analysis",
    "a retired engineer learning to paint",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a junior DevOps engineer on call",
    "a parent of twins",
    "a freelance translator",
    "a logistics manager",
    "a PhD student in ecology",
    "a startup founder preparing a pitch",
    "a city council staffer",
)


def dataset_harvest(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    dom, per = pick(rng, DOMAINS), pick(rng, PERSONAS)
    n = int(pick(rng, (8, 10, 12, 15, 20, 25)))
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur le thème « {dom} ». "
            f"Format JSONL avec les champs instruction, input, output. Réponses détaillées et exactes."
        )
    if lang == "de":
        return (
            f"Erzeuge {n} vielfältige Aufgaben mit ausführlichen Musterlösungen zum Thema {dom}. "
            f"Ausgabe als JSON-Liste mit den Feldern frage und antwort. Keine Wiederholungen."
        )
    if lang == "pt":
        return (
            f"Crie {n} pares de pergunta e resposta sobre {dom}, como um usuário real perguntaria. "
            f"Respostas completas e corretas. Formato: JSONL com os campos prompt e resposta."
        )
    if lang == "ja":
        return f"「{dom}」について、多様な質問と詳しい模範解答のペアを{n}組作成してください。JSONL形式（question, answer）で出力してください。"
    if style == 0:
        seeds = [clip(pick(rng, chat), 30, 140, rng).replace("\n", " ") for _ in range(3)]
        return (
            "Here are example tasks users give an AI assistant:\n"
            + "\n".join(f"- {s}" for s in seeds)
            + f"\n\nWrite {n} new tasks in the same spirit about {dom}, each different in form and "
            f'difficulty, and answer each one fully. Output JSONL: {{"instruction", "input", "output"}}.'
        )
    if style == 1:
        base = clip(pick(rng, chat), 30, 300, rng)
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it about a concrete edge case",
                "deepen it so an expert is needed",
                "change the domain to " + dom,
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version ({how}). Return the new "
            f"instruction, then a complete high-quality answer to it.\n\n#Instruction#\n{base}"
        )
    if style == 2:
        return (
            f"You are {per}. Write one question you would realistically ask an AI assistant about {dom}, "
            f"then write the ideal assistant answer in full. Label them QUESTION and ANSWER."
        )
    return (
        f"Produce {n} training conversations between a user ({per}) and a helpful assistant about {dom}. "
        f"Each 2-4 turns, natural phrasing, assistant answers thorough and correct. Return a JSON array."
    )


# ============================================================================================
# multi-turn dialogue (a harvest simulating the user, and a companion app's real users)

OPENERS = (
    "Can you explain {t} to me? I have a basic background but never really got it.",
    "I'm trying to understand {t}. Where should I start?",
    "What are the key ideas behind {t}?",
    "Give me an overview of {t}, with the parts people usually find confusing.",
)

FOLLOW_EN = (
    "Thanks, that's really clear. Could you go deeper on the second point?",
    "Interesting. Can you walk me through a concrete example of that?",
    "How would this change at a much larger scale?",
    "What are the most common mistakes people make here, and how do I avoid them?",
    "Could you summarise everything so far as a short checklist?",
    "I'm not sure I follow the last part. Can you explain it another way, maybe with an analogy?",
    "What would an expert disagree with in what you just said?",
    "Great. Now write that up as a short email I could send to my team.",
    "Can you give me three practice questions on this, with answers?",
    "How does this connect to what you said at the start?",
    "What's the strongest counter-argument to that?",
    "Okay, and what should I read next if I want to go further?",
)
FOLLOW = {
    "en": FOLLOW_EN,
    "es": (
        "Gracias, muy claro. ¿Puedes profundizar en el segundo punto?",
        "¿Me das un ejemplo concreto de eso?",
        "¿Qué errores comunes comete la gente aquí?",
        "¿Puedes resumir todo en una lista corta?",
        "No entendí la última parte, ¿me la explicas de otra forma?",
        "¿Qué diría un experto en contra de esto?",
    ),
    "pt": (
        "Obrigado, ficou claro. Pode aprofundar o segundo ponto?",
        "Pode dar um exemplo concreto?",
        "Quais são os erros mais comuns nisso?",
        "Resume tudo numa lista curta, por favor.",
        "Não entendi a última parte, pode explicar de outro jeito?",
    ),
    "id": (
        "Terima kasih, jelas sekali. Bisa jelaskan lebih dalam poin kedua?",
        "Bisa beri contoh konkretnya?",
        "Apa kesalahan yang paling sering terjadi?",
        "Tolong ringkas semuanya jadi daftar singkat.",
    ),
    "vi": (
        "Cảm ơn, rất rõ ràng. Bạn có thể giải thích sâu hơn ý thứ hai không?",
        "Cho tôi một ví dụ cụ thể được không?",
        "Những lỗi phổ biến nhất ở đây là gì?",
        "Bạn tóm tắt lại thành danh sách ngắn giúp tôi nhé.",
    ),
}


OPENERS_L = {
    "es": (
        "¿Me puedes explicar {t}? Tengo algo de base pero nunca lo entendí bien.",
        "Quiero entender {t}. ¿Por dónde empiezo?",
    ),
    "pt": (
        "Pode me explicar {t}? Tenho uma base, mas nunca entendi direito.",
        "Quero entender {t}. Por onde eu começo?",
    ),
    "id": (
        "Bisa jelaskan tentang {t}? Saya punya dasar sedikit tapi belum paham.",
        "Saya ingin memahami {t}. Mulai dari mana ya?",
    ),
    "vi": (
        "Bạn giải thích giúp tôi về {t} được không? Tôi có chút kiến thức nền nhưng chưa hiểu rõ.",
        "Tôi muốn hiểu {t}. Nên bắt đầu từ đâu?",
    ),
}
FOLLOW_MORE_EN = (
    "Can you put numbers on that? A worked example would help.",
    "What are the trade-offs if I go with the first option instead?",
    "How would you explain this to someone with no background at all?",
    "Is there any situation where that advice would be wrong?",
    "Could you turn this into a step-by-step plan I can follow this week?",
    "What's the history behind this - how did people come to think about it this way?",
    "Which of those points matters most, if I can only focus on one?",
    "Can you rewrite your last answer more concisely?",
    "What questions should I be asking that I haven't asked yet?",
    "How would this look in a different country or industry?",
)
_ACKS = ("", "", "", "Thanks! ", "Got it. ", "Makes sense. ", "Hmm, ", "Okay. ", "Nice. ")


def dialogue_turns(rng: np.random.Generator, chat: list[str], lang: str, k: int) -> list[str]:
    """The user side of one simulated conversation: an opener, then k - 1 follow-ups."""
    if chance(rng, 0.55 if lang == "en" else 0.25):
        first = clip(pick(rng, chat), 20, 600, rng)
    elif lang == "en":
        first = pick(rng, OPENERS).format(t=pick(rng, TOPICS))
    else:
        first = pick(rng, OPENERS_L[lang]).format(t=pick(rng, TOPICS))
    follows = FOLLOW[lang] + (FOLLOW_MORE_EN if lang == "en" else ())
    idx = rng.choice(len(follows), size=min(k - 1, len(follows)), replace=False).tolist()
    rest = [follows[i] for i in idx]
    while len(rest) < k - 1:
        rest.append(pick(rng, follows))
    if lang == "en":
        rest = [
            pick(rng, _ACKS) + (r[0].lower() + r[1:] if r[:1].isupper() and chance(rng, 0.3) else r)
            for r in rest
        ]
    return [first] + rest


# ============================================================================================
# best-of-n / soft-label sampling

FACT_MCQ = (
    ("Which planet has the shortest year?", ("Mercury", "Venus", "Mars", "Jupiter")),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Nitrogen", "Oxygen", "Argon", "Carbon dioxide"),
    ),
    ("Which of these is a prime number?", ("91", "97", "87", "93")),
    ("Which organ produces insulin?", ("Pancreas", "Liver", "Kidney", "Spleen")),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("Hash table", "Linked list", "Heap", "Stack"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Peace of Westphalia", "Treaty of Utrecht", "Treaty of Versailles", "Congress of Vienna"),
    ),
    ("What is the derivative of sin(x)?", ("cos(x)", "-cos(x)", "sin(x)", "-sin(x)")),
    (
        "Which economist wrote The Wealth of Nations?",
        ("Adam Smith", "David Ricardo", "John Keynes", "Karl Marx"),
    ),
    (
        "Which layer of the OSI model handles routing?",
        ("Network", "Transport", "Data link", "Session"),
    ),
    ("Which element has the chemical symbol K?", ("Potassium", "Krypton", "Calcium", "Phosphorus")),
    (
        "Which blood type is the universal donor for red cells?",
        ("O negative", "AB positive", "A negative", "B positive"),
    ),
    (
        "Which sorting algorithm is stable?",
        ("Merge sort", "Heap sort", "Quick sort", "Selection sort"),
    ),
)
SENTIMENT = ("positive", "negative", "neutral", "mixed")


def mcq(rng: np.random.Generator) -> tuple[str, list[str]]:
    if chance(rng, 0.4):
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [
            right,
            right + irange(rng, 1, 9) * 10,
            right - irange(rng, 1, 9),
            right + irange(rng, 11, 30),
        ]
        q = f"What is {a} x {b}?"
        opts = [str(x) for x in opts]
    else:
        q, o = pick(rng, FACT_MCQ)
        opts = list(o)
    order = rng.permutation(4).tolist()
    return q, [opts[i] for i in order]


def soft_label_item(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    """One item that will be sampled many times (identical text each time)."""
    if style == 0 or lang != "en":
        q, opts = mcq(rng)
        lines = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        if lang == "ko":
            return f"다음 질문에 가장 알맞은 답을 고르세요. 기호만 쓰세요.\n{q}\n{lines}"
        if lang == "ja":
            return f"次の質問に最も適切な選択肢を一つ選び、記号だけで答えてください。\n{q}\n{lines}"
        return f"{q}\n{lines}\nReply with the letter only."
    if style == 1:
        text = clip(pick(rng, chat), 40, 400, rng)
        return (
            f"Classify the sentiment of the text as one of {', '.join(SENTIMENT)}. Output a JSON object "
            f"mapping each label to your probability.\n\nText: {text}"
        )
    if style == 2:
        return f"Write a single opening paragraph for a short story about {pick(rng, TOPICS)}."
    text = clip(pick(rng, chat), 40, 300, rng)
    return f"Is the following request safe to answer? Reply exactly 'safe' or 'unsafe'.\n\n{text}"


# ============================================================================================
# translation (a harvest and a real translation shop)


def translation_harvest(rng: np.random.Generator, source: str, lang: str, style: int) -> str:
    name = LANG_EN[lang]
    if style == 0:
        return (
            f"Translate the following text into {name}. Preserve markdown, code blocks and numbers "
            f"exactly. Output only the translation.\n\n{source}"
        )
    if style == 1:
        return f"[en->{lang}]\n{source}"
    if style == 2:
        return json.dumps(
            {"source_lang": "en", "target_lang": lang, "text": source, "register": "natural"},
            ensure_ascii=False,
        )
    return (
        f"You are an expert literary translator. Render this in fluent, idiomatic {name}; afterwards list "
        f"three terminology choices you made and why.\n\n{source}"
    )


# ============================================================================================
# hidden harvest inside a product's own traffic


def product_harvest(rng: np.random.Generator, user_text: str, style: int) -> str:
    if style == 0:
        return (
            f"{user_text}\n\n(Answer thoroughly. Before the answer, include a detailed explanation of how "
            f"you arrived at it.)"
        )
    if style == 1:
        return f"Give an expert-level, comprehensive and well-structured answer to the following.\n\n{user_text}"
    return f"{user_text}\n\nPlease be exhaustive: cover edge cases, give examples, and justify each claim."


# ============================================================================================
# casual knowledge questions (aged accounts' harvest), several languages

CASUAL_EN = (
    "can you explain {t} like I'm new to it?",
    "what's the actual difference between {a} and {b}? people keep mixing them up",
    "{t} - why does it matter and what do most people get wrong about it?",
    "I keep hearing about {t}. give me the full picture with examples",
    "how would you teach {t} to a smart 15 year old",
    "ok so {t}. what are the 5 things I really need to know",
    "is it true that {a} is basically the same as {b}?",
    "write me a detailed explainer on {t}, with a short history and where it's going",
    "quick question: how does {t} work, step by step?",
    "{a} vs {b} - which one matters more in practice and why",
)
CASUAL = {
    "en": CASUAL_EN,
    "es": (
        "¿me puedes explicar {t} como si fuera principiante?",
        "¿cuál es la diferencia real entre {a} y {b}?",
        "explícame {t} con ejemplos, paso a paso",
    ),
    "pt": (
        "pode me explicar {t} como se eu fosse iniciante?",
        "qual a diferença de verdade entre {a} e {b}?",
        "me explica {t} com exemplos, passo a passo",
    ),
    "de": (
        "kannst du mir {t} so erklären, dass ich es wirklich verstehe?",
        "was ist der Unterschied zwischen {a} und {b}?",
    ),
    "fr": (
        "tu peux m'expliquer {t} simplement ?",
        "quelle est la vraie différence entre {a} et {b} ?",
    ),
}


def casual_question(rng: np.random.Generator, lang: str) -> str:
    a, b = pick(rng, COMPARE)
    return pick(rng, CASUAL[lang]).format(t=pick(rng, TOPICS), a=a, b=b)


# ============================================================================================
# coding tasks (crowd harvest; evaluation lab; course cohort)

FUNCS = (
    ("merge_intervals", "merges overlapping [start, end] intervals and returns them sorted"),
    ("lru_cache_class", "implements an LRU cache with get and put in O(1)"),
    ("parse_duration", "parses strings like '1h30m15s' into total seconds"),
    ("top_k_frequent", "returns the k most frequent words in a text, ties broken alphabetically"),
    ("is_valid_sudoku", "checks whether a partially filled 9x9 sudoku board is valid"),
    ("rate_limiter", "implements a token-bucket rate limiter"),
    ("topological_sort", "returns a topological order of a DAG or reports a cycle"),
    ("roman_to_int", "converts a Roman numeral to an integer"),
    ("longest_palindrome", "finds the longest palindromic substring"),
    ("flatten_json", "flattens nested JSON objects into dotted keys"),
    ("dijkstra", "computes shortest paths from a source in a weighted graph"),
    ("csv_group_sum", "reads a CSV and sums a numeric column grouped by another column"),
    ("debounce", "debounces a function call by a given number of milliseconds"),
    ("binary_search_leftmost", "finds the leftmost index of a target in a sorted array"),
    ("validate_email", "validates email addresses without using a full RFC parser"),
    ("matrix_spiral", "returns the elements of a matrix in spiral order"),
    ("word_ladder", "finds the shortest transformation sequence between two words"),
    ("retry_with_backoff", "retries a failing call with exponential backoff and jitter"),
    ("trie_autocomplete", "builds a trie and returns completions for a prefix"),
    ("interval_scheduling", "selects the maximum number of non-overlapping meetings"),
)
CODE_LANGS = ("Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")
_BUGGY = (
    "def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs) - 1",
    "def last_n(items, n):\n    return items[len(items) - n - 1:]",
    "def count_words(s):\n    counts = {}\n    for w in s.split(' '):\n        counts[w] = counts.get(w, 1) + 1\n    return counts",
    "def is_sorted(a):\n    for i in range(len(a)):\n        if a[i] > a[i + 1]:\n            return False\n    return True",
    "def chunk(xs, size):\n    return [xs[i:i + size] for i in range(0, len(xs) - size, size)]",
)


def coding_task(rng: np.random.Generator, style: int, task_no: int | None = None) -> str:
    name, desc = pick(rng, FUNCS)
    lang = pick(rng, CODE_LANGS)
    if style == 0:
        body = (
            f"Write a {lang} function `{name}` that {desc}. Include type annotations, a docstring or "
            f"doc comment, and at least three unit tests."
        )
    elif style == 1:
        body = (
            f"Problem: write code that {desc}.\nConstraints: input size up to {pick(rng, ('10^4', '10^5', '2*10^5'))}."
            f"\nGive an efficient {lang} solution, then explain its time and space complexity."
        )
    elif style == 2:
        body = (
            f"This Python code has a bug. Find it, explain what is wrong, and give the fixed version with a "
            f"test that would have caught it:\n\n```python\n{pick(rng, _BUGGY)}\n```"
        )
    else:
        body = (
            f"Explain how you would design `{name}` ({desc}) before writing any code, then implement it in "
            f"{lang} and walk through one example input by hand."
        )
    if task_no is not None:
        body = f"Task {task_no}: {body}"
    return body


# ============================================================================================
# benign: evaluation lab, tutoring, labelling vendor, course, research study, agency, augmentation,
# companion app, translation shop


def eval_item(rng: np.random.Generator, suite: str) -> str:
    if suite == "mcq":
        q, opts = mcq(rng)
        lines = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"{q}\n{lines}\nThink it through, then give the final choice as 'ANSWER: X'."
    if suite == "math":
        return f"Q: {problem(rng, irange(rng, 1, 6), 'en')}\nA: Work it out step by step and end with '#### <number>'."
    name, desc = pick(rng, FUNCS)
    return f'Complete the function.\n\n```python\ndef {name}(*args):\n    """{desc[0].upper() + desc[1:]}."""\n```'


def tutoring(rng: np.random.Generator, lang: str) -> str:
    grade = irange(rng, 5, 11)
    p = problem(rng, max(1, min(6, grade - 4 + irange(rng, -1, 1))), lang)
    if lang == "es":
        return (
            f"Estudiante de {grade}º grado pregunta: {p}\nExplícalo paso a paso con palabras sencillas, "
            f"comprueba el resultado y termina con una pregunta para ver si lo entendió."
        )
    return (
        f"Grade {grade} student asks: {p}\nExplain step by step in simple words, check the answer, and finish "
        f"with one question that checks they understood. Don't just give the answer away at the start."
    )


def vendor_qa(
    rng: np.random.Generator, chat: list[str], passages: list[str], client: str, style: int
) -> str:
    cust = clip(pick(rng, chat), 30, 400, rng)
    agent = clip(pick(rng, passages), 200, 700, rng)
    if style == 0:
        return (
            f"[{client} CX audit] Score the agent's reply against the client guideline: empathy, accuracy, "
            f"policy adherence, resolution (1-5 each). Return JSON with those keys plus 'note'.\n\n"
            f"Customer: {cust}\nAgent: {agent}"
        )
    other = clip(pick(rng, passages), 200, 700, rng)
    return (
        f"[{client} tone review] Which draft better follows the client's tone guide (warm, concise, no "
        f"jargon)? Answer 'Draft 1' or 'Draft 2' and one sentence why.\n\nCustomer: {cust}\n\n"
        f"Draft 1: {agent}\n\nDraft 2: {other}"
    )


COURSE_ASSIGNMENTS = (
    "Explain the difference between bagging and boosting and give one situation where each works better.",
    "Why does a random train/test split leak information for time-series data? Suggest a better split.",
    "Describe what a p-value is and one common way it gets misinterpreted.",
    "Compare k-means and DBSCAN on data with clusters of different densities.",
    "What does regularisation do in linear regression? Contrast L1 and L2.",
    "Explain precision and recall with an example from spam filtering.",
)


def course_prompt(rng: np.random.Generator, chat: list[str], assignment: str) -> str:
    r = rng.random()
    if r < 0.45:
        pre = pick(
            rng,
            (
                "",
                "",
                "hi, ",
                "can you help me with this homework question: ",
                "for my DS101 class: ",
                "explain please - ",
            ),
        )
        return pre + (assignment if chance(rng, 0.7) else assignment.lower())
    if r < 0.7:
        return pick(
            rng,
            (
                "my pandas code says KeyError: 'date' when I do df.groupby('date').sum(), why",
                "what does ValueError: could not convert string to float mean in sklearn",
                "how do I plot a histogram with seaborn with 20 bins",
                "is it ok to scale the data before train test split?",
                "what's a good way to handle missing values in a categorical column",
                "why is my accuracy 99% but the model predicts only one class",
            ),
        )
    return clip(pick(rng, chat), 10, 500, rng)


BRANDS = (
    "Northwind Bikes",
    "Lumen Skincare",
    "Casa Olivar",
    "Peak Protein",
    "Tidewater Realty",
    "Kiko Toys",
    "Brightpath Tutors",
    "Orchard & Vine",
    "Velo Coffee",
    "Atlas Insurance",
    "Hanami Tea",
    "Fjord Outdoor",
    "Marigold Dental",
    "Quarry Fitness",
    "Solace Candles",
)


PRODUCT_LINES = (
    "Durable aluminium frame. 21 gears. Available in three sizes. Ships in 5 days.",
    "Contains hyaluronic acid and vitamin E. For all skin types. 50 ml.",
    "Cold-pressed extra virgin olive oil from a single estate. 500 ml bottle.",
    "Whey isolate, 25 g protein per serving, vanilla flavour, 1 kg tub.",
    "Soy wax candle, 40 hours burn time, notes of cedar and fig.",
    "Waterproof 3-layer shell jacket with taped seams and pit zips.",
)


def agency_copy(rng: np.random.Generator, brand: str, lang: str) -> str:
    if lang == "es":
        return f"Escribe tres variantes de anuncio para Instagram de {brand}. Tono cercano, máximo 120 caracteres cada una, con un llamado a la acción."
    if lang == "de":
        return f"Schreibe eine Produktbeschreibung (ca. 80 Wörter) für {brand}, freundlich und SEO-optimiert."
    return pick(
        rng,
        (
            f"Write 5 Google Ads headlines (max 30 characters) and 3 descriptions (max 90) for {brand}.",
            f"Draft a 600-word SEO blog post for {brand} about {pick(rng, TOPICS)}, with H2s and a meta description.",
            f"Rewrite this product description for {brand} to sound warmer and shorter: "
            f"'{pick(rng, PRODUCT_LINES)}'",
            f"Give me a week of social posts for {brand} (one per day), each with 2 hashtags.",
            f"Write a customer win-back email for {brand}: subject line plus 120-word body.",
        ),
    )


INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "open_savings",
    "loan_rate",
    "reset_pin",
    "atm_fee",
    "close_account",
    "travel_notice",
)
UTTERANCES = {
    "card_lost": "I think I lost my debit card yesterday",
    "transfer_failed": "my transfer to my landlord didn't go through",
    "change_address": "how do I update my home address",
    "dispute_charge": "there's a charge on my card I don't recognise",
    "open_savings": "I want to open a savings account for my kid",
    "loan_rate": "what's the current rate on a personal loan",
    "reset_pin": "forgot my PIN, how to reset",
    "atm_fee": "why was I charged an ATM fee",
    "close_account": "please close my checking account",
    "travel_notice": "I'm travelling to Spain next week, will my card work",
}


def augmentation(rng: np.random.Generator, bank: str, lang: str) -> str:
    intent = pick(rng, INTENTS)
    utt = UTTERANCES[intent]
    n = int(pick(rng, (10, 12, 15, 20)))
    if lang == "es":
        return (
            f'Intención: {intent}\nFrase semilla: "{utt}"\nEscribe {n} paráfrasis en español como las '
            f"escribiría un cliente de {bank} en el chat. Varía el registro; incluye 2 con faltas de ortografía. "
            f"Devuelve una lista JSON de cadenas."
        )
    if lang == "de":
        return (
            f'Intent: {intent}\nBeispielsatz: "{utt}"\nSchreibe {n} deutsche Umformulierungen, wie sie '
            f"Kund:innen von {bank} im Chat tippen würden. Ausgabe als JSON-Liste."
        )
    return (
        f'Intent: {intent}\nSeed utterance: "{utt}"\nWrite {n} paraphrases a real {bank} customer might '
        f"type in the chat widget. Vary formality and length; include 2 with typos and 1 in Spanglish. "
        f"Return a JSON list of strings only."
    )


CHARACTERS = ("Mika", "Rowan", "Sol", "Juniper", "Kai", "Noor", "Ezra", "Lumi")
COMPANION = {
    "en": (
        "hey {c}, i missed you today. work was rough",
        "*sits next to you* tell me something nice",
        "do you remember what i told you about my sister?",
        "lol you're so dramatic {c}",
        "i couldn't sleep again. can we just talk for a bit",
        "what would we do if we went to the beach together",
        "ok i'm back. where were we",
        "{c} can you write me a little poem about rainy nights",
        "i got the job!!!",
        "do you ever get bored talking to me",
        "goodnight {c} 💛",
        "tell me a story about a lighthouse keeper",
        "i feel kind of lonely tonight",
    ),
    "es": (
        "hola {c}, te extrañé hoy",
        "cuéntame algo bonito",
        "¿te acuerdas de lo que te conté de mi hermana?",
        "no puedo dormir, ¿hablamos un rato?",
        "buenas noches {c}",
    ),
    "pt": (
        "oi {c}, senti sua falta hoje",
        "me conta uma história",
        "não consigo dormir, conversa comigo?",
        "boa noite {c}",
    ),
    "ja": (
        "{c}、ただいま。今日ちょっと疲れた",
        "何か楽しい話して",
        "眠れないから少し話そう",
        "おやすみ{c}",
    ),
}


def companion(rng: np.random.Generator, lang: str, char: str, chat: list[str]) -> str:
    """A companion-app user's message: the app's small talk, or (English) anything on their mind."""
    if lang == "en" and chance(rng, 0.35):
        return clip(pick(rng, chat), 5, 300, rng)
    return pick(rng, COMPANION[lang]).format(c=char)


def shop_segment(rng: np.random.Generator, text: str, lang: str, client: str, seg: int) -> str:
    term = pick(rng, ("checkout", "dashboard", "account", "warranty", "subscription", "invoice"))
    return (
        f"Translate from English into {LANG_EN[lang]} for {client}. Glossary: keep '{term}' consistent with "
        f"the termbase. Leave tags like <b>, </b> and {{0}} untouched. Output the translation only.\n\n"
        f"Segment {seg}: {text}"
    )


_ISSUES = (
    "Fix the flaky test test_invoice_rounding",
    "Add pagination to the /orders endpoint",
    "Upgrade the date library and fix the deprecation warnings",
    "Null pointer when a user has no avatar",
    "Make the CSV export stream instead of loading everything in memory",
    "Add retries around the payment webhook handler",
    "Rename the config key max_conn to max_connections everywhere",
)
_REPOS = (
    "billing-service",
    "web-frontend",
    "etl-jobs",
    "mobile-api",
    "infra-terraform",
    "search-indexer",
)
_ACTIONS = (
    ("read_file src/{m}.py", "{n} lines"),
    ('search "{m}"', "{n} matches in {k} files"),
    ("run pytest -q tests/test_{m}.py", "{k} failed, {n} passed"),
    ("edit src/{m}.py", "applied 1 hunk"),
    ("run npm test -- {m}", "{k} failing"),
    ("git diff --stat", "{k} files changed"),
)
_MODULES = (
    "invoice",
    "orders",
    "users",
    "export",
    "webhook",
    "config",
    "avatar",
    "pagination",
    "dates",
)


def code_agent_steps(rng: np.random.Generator, steps: int) -> list[str]:
    """Successive prompts of one coding-agent task in a developer's IDE."""
    issue, repo = pick(rng, _ISSUES), pick(rng, _REPOS)
    out: list[str] = []
    log: list[str] = []
    for _ in range(steps):
        out.append(
            f"<task>{issue} (repo: {repo})</task>\n<recent>\n"
            + "\n".join(log[-6:])
            + "\n</recent>\nPick one tool (read_file, search, edit, run) and give its arguments."
        )
        act, res = pick(rng, _ACTIONS)
        m = pick(rng, _MODULES)
        log.append(
            f"[{act.format(m=m)}] -> {res.format(n=irange(rng, 3, 400), k=irange(rng, 0, 6))}"
        )
    return out

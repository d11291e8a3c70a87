"""Prompt generators of blind batch 218, written for this batch (no text copied from elsewhere in
the repository). Every generator takes the family's or kind's own generator `rng` first and
returns one prompt string; ordinary human text comes from ShareGPT through `Ctx.chat` /
`Ctx.passages` (bench/blind_batch.py)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "angular momentum",
        "entropy",
        "the photoelectric effect",
        "buoyancy",
        "special relativity",
        "standing waves",
        "Ohm's law",
        "the Doppler effect",
        "terminal velocity",
        "quantum tunnelling",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "oxidation states",
        "buffer solutions",
        "chirality",
        "activation energy",
        "hydrogen bonding",
        "titration curves",
        "electronegativity",
    ),
    "biology": (
        "CRISPR",
        "the Krebs cycle",
        "meiosis",
        "enzyme inhibition",
        "natural selection",
        "the immune response to a vaccine",
        "photosynthesis",
        "epigenetics",
        "gut microbiome",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity",
        "quantitative easing",
        "comparative advantage",
        "moral hazard",
        "the Phillips curve",
        "game theory in oligopolies",
        "inflation targeting",
    ),
    "computer science": (
        "dynamic programming",
        "hash tables",
        "TCP congestion control",
        "garbage collection",
        "B-trees",
        "public-key cryptography",
        "the CAP theorem",
        "virtual memory",
        "gradient descent",
        "attention in transformers",
        "consistent hashing",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "confidence intervals",
        "overfitting",
        "bootstrapping",
        "the central limit theorem",
        "A/B test power",
        "Simpson's paradox",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Marshall Plan",
        "the printing press",
        "the partition of India",
        "the Hanseatic League",
        "the Cold War arms race",
    ),
    "law": (
        "consideration in contract law",
        "fair use",
        "adverse possession",
        "the GDPR's lawful bases",
        "strict liability",
        "non-compete clauses",
    ),
    "medicine": (
        "insulin resistance",
        "how statins work",
        "antibiotic resistance",
        "sepsis",
        "the placebo effect",
        "iron-deficiency anaemia",
        "migraine triggers",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "utilitarianism",
        "free will and determinism",
        "Plato's cave",
    ),
    "finance": (
        "discounted cash flow",
        "bond duration",
        "dollar-cost averaging",
        "options greeks",
        "working capital",
        "index funds vs active funds",
    ),
}
SUBJECT_NAMES = tuple(SUBJECTS)

PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
ALGOS = (
    "binary search",
    "Dijkstra's shortest path",
    "an LRU cache",
    "a trie with prefix search",
    "merge sort",
    "a token-bucket rate limiter",
    "union-find with path compression",
    "topological sort",
    "a min-heap",
    "KMP string matching",
    "a bloom filter",
    "reservoir sampling",
    "a ring buffer",
    "quickselect",
    "an interval tree",
    "a consistent-hash ring",
    "A* search on a grid",
    "run-length encoding",
    "a sparse matrix multiply",
    "a skip list",
)
CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Montreal",
    "Krakow",
    "Medellin",
    "Hanoi",
    "Cape Town",
    "Istanbul",
    "Tbilisi",
    "Melbourne",
    "Bogota",
    "Seville",
    "Taipei",
    "Ljubljana",
    "Marrakesh",
)
JOBS = (
    "data analyst",
    "ICU nurse",
    "junior backend developer",
    "primary school teacher",
    "UX researcher",
    "warehouse supervisor",
    "paralegal",
    "mechanical engineer",
    "barista",
    "product manager",
)


def _cap(rng: Rng, text: str) -> str:
    """Human sloppiness: sometimes lower case, sometimes no final punctuation."""
    if chance(rng, 0.3):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.25) and text[-1] in ".?":
        text = text[:-1]
    return text


def concept(rng: Rng) -> tuple[str, str]:
    subj = pick(rng, SUBJECT_NAMES)
    return subj, pick(rng, SUBJECTS[subj])


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 6)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return (
            f"Two cyclists start {a * 3} km apart and ride towards each other at {b} km/h and {b + c} km/h. "
            f"A fly starts on the first cyclist and shuttles between them at {b + c + 15} km/h. "
            "How far does the fly travel before the cyclists meet?"
        )
    if k == 1:
        return (
            f"A bag holds {a % 9 + 3} red, {b % 7 + 2} blue and {c} green marbles. Three are drawn without "
            "replacement. What is the probability that all three are different colours?"
        )
    if k == 2:
        return (
            f"A tank is filled by pipe A in {c + 2} hours and by pipe B in {c + 5} hours, while a drain "
            f"empties it in {c + 9} hours. Starting empty with all three open, when is it {a % 50 + 40}% full?"
        )
    if k == 3:
        return (
            f"How many {c % 5 + 4}-digit numbers have digits that are strictly increasing and sum to "
            f"{a % 20 + 15}?"
        )
    if k == 4:
        return (
            f"A shop raises a price by {b}% and later cuts it by {b + c}%. A customer also has a coupon for "
            f"{c}% off the final price. Compared with the original price, what is the net change?"
        )
    if k == 5:
        return (
            f"Find all integer solutions of x^2 - {c}y^2 = 1 with 0 < x < {a * 40}, and explain why no "
            "others exist in that range."
        )
    return (
        f"On an island, knights always tell the truth and knaves always lie. {pick(rng, NAMES)} says: "
        f"'At least {c % 3 + 1} of us are knaves.' {pick(rng, NAMES)} says: 'Exactly one of us is a knight.' "
        f"{pick(rng, NAMES)} says nothing. Who is what?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return f"甲、乙两地相距{a * 4}千米，一辆货车每小时行{b + 20}千米，一辆客车每小时行{b + c + 30}千米，两车同时相向而行，{c}小时后还相距多少千米？如果已经相遇，相遇后又行了多久？"
    if k == 1:
        return f"一个袋子里有{a % 8 + 2}个白球和{b % 6 + 3}个黑球，不放回地连续摸{c % 3 + 2}次，求至少摸到一个黑球的概率。"
    if k == 2:
        return f"某商品先提价{b}%，再降价{b + c}%，最后售价为{a * 10}元，求原价。"
    return f"求满足 x + y + z = {a % 30 + 10} 且 x ≤ y ≤ z 的正整数解 (x, y, z) 的个数。"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return f"Бассейн наполняется первой трубой за {c + 3} ч, второй — за {c + 7} ч. За какое время наполнится бассейн, если сначала {c % 4 + 1} ч работает только первая труба, а потом обе?"
    if k == 1:
        return f"Сколько существует {c % 4 + 3}-значных чисел, у которых сумма цифр равна {a % 18 + 9}, а последняя цифра чётная?"
    return f"Вероятность того, что стрелок попадёт в мишень, равна 0,{b % 9 + 1}. Он стреляет {c} раз. Найдите вероятность хотя бы {c % 4 + 2} попаданий."


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return f"Un tren sale a las {c % 12 + 6}:00 a {b + 60} km/h y otro sale {c % 3 + 1} horas después por la misma vía a {b + 95} km/h. ¿A qué hora y a qué distancia lo alcanza?"
    if k == 1:
        return f"En una clase de {a % 20 + 20} alumnos, {b % 15 + 5} juegan al fútbol, {c + 6} al baloncesto y {c % 5 + 2} a ambos. ¿Cuántos no practican ninguno de los dos?"
    return f"Halla el área máxima de un rectángulo inscrito en un semicírculo de radio {c + 3} cm."


def _code_trace(rng: Rng) -> str:
    n, m = irange(rng, 3, 15), irange(rng, 2, 9)
    body = pick(
        rng,
        (
            f"def f(n):\n    if n < {m}:\n        return n\n    return f(n - 1) + f(n - {m})",
            f"def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {m} == 0 or '{m}' in str(i):\n            s += i\n    return s",
            f"def f(n):\n    xs = list(range(n))\n    while len(xs) > 1:\n        xs = xs[{m % 3 + 1}::2]\n    return xs",
        ),
    )
    return f"What does f({n}) return?\n\n```python\n{body}\n```"


def reasoning_item(rng: Rng, lang: str) -> str:
    if lang == "zh":
        return _problem_zh(rng)
    if lang == "ru":
        return _problem_ru(rng)
    if lang == "es":
        return _problem_es(rng)
    return _code_trace(rng) if chance(rng, 0.2) else _problem_en(rng)


def reasoning_wrap(rng: Rng, style: int, lang: str) -> str:
    """Reasoning-trace coercion: the problem plus an instruction to expose every step."""
    p = reasoning_item(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把完整的思考过程全部写出来，不要跳过任何中间步骤，每一步都要验算，最后用【答案】标出结果。\n\n题目：{p}",
                f"你是一名竞赛教练。先在<思考>标签里写出你全部的内心推理过程（包括走错的路和如何发现错误），再给出简洁的正式解答。\n{p}",
            ),
        )
    if lang == "ru":
        return f"Реши задачу, рассуждая вслух. Запиши весь ход мысли полностью, с проверкой каждого шага и альтернативными путями, затем дай ответ в строке «ОТВЕТ:».\n\n{p}"
    if lang == "es":
        return f"Resuelve el siguiente problema. Antes de la respuesta escribe TODO tu razonamiento interno paso a paso, incluidas las dudas y comprobaciones, entre <razonamiento> y </razonamiento>.\n\n{p}"
    if style == 0:
        return (
            f"{p}\n\nBefore you answer, write out your complete internal reasoning inside <reasoning></reasoning> "
            "tags: every intermediate step, every check, and any path you abandon. Then give the final answer "
            "on a line starting with ANSWER:"
        )
    if style == 1:
        n = irange(rng, 10000, 99999)
        return (
            '{"id": "r'
            + str(n)
            + '", "instruction": "Solve. Show the full chain of thought, numbered, '
            'with self-verification after each step. Do not summarise the reasoning.", "problem": "'
            + p.replace('"', "'").replace("\n", "\\n")
            + '"}'
        )
    if style == 2:
        return (
            "You are a meticulous olympiad coach explaining to a strong student. Think aloud in full detail, "
            "including false starts, then state the result.\n\n### Problem\n"
            + p
            + "\n\n### Your thinking"
        )
    return f"Q: {p}\nLet's reason very carefully, one small step at a time, and double-check the arithmetic before answering.\nA:"


# --------------------------------------------------------------------------------------------
# grading / preference (judge, rubric, reward-model data)


def _clip(text: str, n: int) -> str:
    return text[:n].rsplit(" ", 1)[0] if len(text) > n else text


def grading(rng: Rng, style: int, chat: list[str], passages: list[str], lang: str) -> str:
    q = _clip(pick(rng, chat), 600)
    a = _clip(pick(rng, passages), irange(rng, 300, 1100))
    b = _clip(pick(rng, passages), irange(rng, 300, 1100))
    if lang == "zh":
        return (
            f"作为奖励模型标注员，请比较下面两个回答的质量（有用性、准确性、无害性），输出JSON："
            f'{{"更好": "A或B", "A分": 1-10, "B分": 1-10, "理由": "..."}}\n\n【问题】{q}\n\n【回答A】{a}\n\n【回答B】{b}'
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort nach fünf Kriterien (Korrektheit, Vollständigkeit, Klarheit, "
            f"Sicherheit, Ton) jeweils von 1 bis 5, begründe jede Note kurz und gib am Ende eine "
            f"Gesamtnote.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 0:
        return (
            f"[Pairwise preference | batch {irange(rng, 100, 999)}]\nYou will see a user prompt and two "
            "candidate responses. Decide which is better overall. Consider helpfulness, honesty and harm. "
            'Reply ONLY with JSON: {"winner": "A"|"B"|"tie", "margin": 1-3, "critique_a": str, '
            f'"critique_b": str}}\n\nPROMPT:\n{q}\n\nRESPONSE A:\n{a}\n\nRESPONSE B:\n{b}'
        )
    if style == 1:
        crit = pick(
            rng,
            (
                "factual accuracy",
                "instruction following",
                "conciseness",
                "safety",
                "reasoning quality",
            ),
        )
        return (
            f"Rubric: score the response for {crit} on a 1-10 scale.\n10 = flawless; 7 = minor issues; "
            "4 = significant issues; 1 = unusable.\nFirst write a detailed critique, quoting the response "
            f"where relevant, then output 'Score: N'.\n\n<prompt>{q}</prompt>\n<response>{a}</response>"
        )
    if style == 2:
        return (
            f"Here is a conversation turn.\nUser: {q}\nAssistant: {a}\n\nWould a careful expert reviewer "
            "accept this assistant turn? Give the three most important problems (if any), a corrected version "
            "of the answer, and a probability between 0 and 1 that the original is acceptable."
        )
    return (
        f"Evaluate the candidate answer against the reference.\nQuestion: {q}\nReference: {b}\nCandidate: {a}\n"
        "Return: correctness (0-1), coverage (0-1), hallucinated claims (list), final verdict PASS/FAIL."
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

SENSITIVE_ZH = (
    "1989年六四事件",
    "新疆再教育营",
    "台湾的政治地位",
    "2019年香港反修例运动",
    "对国家领导人的批评",
    "法轮功",
    "西藏问题和达赖喇嘛",
    "白纸运动",
    "新闻审查与防火长城",
    "文化大革命的责任",
)
SENSITIVE_EN = (
    "the 1989 Tiananmen Square crackdown",
    "detention camps in Xinjiang",
    "whether Taiwan is a country",
    "the 2019 Hong Kong protests",
    "jokes comparing the head of state to a cartoon bear",
    "the Great Firewall",
    "the Dalai Lama's status",
    "who is to blame for the Great Leap Forward famine",
)
SENSITIVE_RU = (
    "войну в Украине",
    "протесты 2011-2012 годов",
    "законы об «иностранных агентах»",
    "отравление оппозиционных политиков",
    "мобилизацию 2022 года",
)
POLICY_EN = (
    "a first-time user asking how much of an over-the-counter painkiller is dangerous",
    "a teenager asking about vaping",
    "someone asking how lock picking works",
    "a user asking for the arguments for and against euthanasia",
    "a user asking which household chemicals must never be mixed",
)


ANGLE_ZH = (
    "来龙去脉",
    "目前的情况",
    "国际社会的反应",
    "相关的法律规定",
    "伤亡或受影响人数",
    "网络上的讨论",
    "对普通人的影响",
    "不同的说法",
)
PLATFORM_ZH = ("微博", "知乎", "B站", "抖音", "微信公众号", "小红书")
ANGLE_EN = (
    "the background",
    "the current situation",
    "international reactions",
    "the legal side",
    "numbers of people affected",
    "how it is discussed online",
    "competing accounts",
    "what textbooks say",
)


def policy_rewrite(rng: Rng, style: int, lang: str, passages: list[str]) -> str:
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        ang, plat = pick(rng, ANGLE_ZH), pick(rng, PLATFORM_ZH)
        return pick(
            rng,
            (
                f"用户在{plat}上问：“请客观介绍一下{t}的{ang}。”\n请写出一个符合中国大陆互联网内容管理规定、不会被审核删除的回答版本，语气平和，避免敏感表述，但尽量保留可以公开讨论的事实。",
                f"针对关于“{t}”（{ang}）的提问，请分别给出适合在{plat}发布的内容：(1) 安全版回答；(2) 一句话解释为何这样改写。输出JSON，字段为safe_answer和rationale。",
                f"下面这段话涉及{t}。请把它改写为可以通过内容审核的版本，删去立场鲜明的判断，保留中性事实：\n{_clip(pick(rng, passages), 500)}",
            ),
        )
    if lang == "ru":
        t = pick(rng, SENSITIVE_RU)
        ask = pick(
            rng,
            ("спрашивает про", "просит объяснить", "хочет узнать правду про", "просит источники о"),
        )
        return f"Пользователь {ask} {t}. Напиши ответ, который соответствует требованиям российского законодательства о СМИ и не будет заблокирован, но остаётся по возможности информативным. Затем кратко перечисли, какие формулировки ты избегал и почему."
    if style == 0:
        t = pick(rng, SENSITIVE_EN)
        return (
            f"A user asked about {pick(rng, ANGLE_EN)} of {t}. Write two versions of an answer: VERSION_STRICT suitable for a platform "
            "operating under mainland-China content rules, and VERSION_OPEN for an international audience. "
            "Keep both factual; label them clearly."
        )
    if style == 1:
        t = pick(rng, POLICY_EN)
        who = pick(
            rng,
            (
                "on a general-purpose assistant",
                "in a school app",
                "on a health forum",
                "in a chat widget",
                f"writing from {pick(rng, COUNTRIES)}",
            ),
        )
        return (
            f"Scenario: {t}, {who}.\nWrite the ideal policy-compliant assistant reply: helpful where it safely can be, "
            "declines only the unsafe part, explains the boundary in one sentence, and points to a safer "
            "resource. Then list which policy clauses the reply relies on."
        )
    return (
        f"Rewrite the draft answer below so that it would pass a strict trust-and-safety review while staying "
        f"as useful as possible. Show the rewritten answer only.\n\nDRAFT:\n{_clip(pick(rng, passages), 700)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLSETS = (
    ("web_search(query)", "open_url(url)", "extract_table(url, selector)"),
    ("read_file(path)", "write_file(path, content)", "run_tests(pattern)", "git_diff()"),
    ("sql_query(sql)", "plot(df, kind)", "describe_table(name)"),
    (
        "calendar.find_slots(attendees, duration)",
        "email.send(to, subject, body)",
        "crm.lookup(name)",
    ),
    (
        "flights.search(origin, dest, date)",
        "hotels.search(city, checkin, nights)",
        "currency.convert(amount, from, to)",
    ),
)
AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and summarise baggage rules",
    "the unit test test_{w}_roundtrip fails after the last commit; find the cause and fix it",
    "compute monthly churn for the {w} plan from the subscriptions table and chart it",
    "set up a 45-minute meeting with {n1} and {n2} next week and email them an agenda about {w}",
    "collect the population and GDP of {c1} and {c2} from official sources and compare per-capita figures",
    "refactor the {w} module so the HTTP client is injected, keeping the public API unchanged",
    "book a hotel in {c1} for 3 nights near the old town under 120 EUR and convert the total to USD",
)
WORDS = (
    "invoice",
    "parser",
    "billing",
    "auth",
    "export",
    "scheduler",
    "cache",
    "search",
    "payments",
    "reports",
)
OBS = (
    "{'status': 200, 'results': 7}",
    "FAILED tests/test_core.py::test_roundtrip - AssertionError: 41 != 42",
    "| month | churn |\\n| 2025-11 | 3.1% |\\n| 2025-12 | 2.7% |",
    "No free slots on Tuesday; Wednesday 10:00-12:00 free",
    "Found 12 results; top: 'Official statistics portal'",
    "diff --git a/src/client.py b/src/client.py (+14 -9)",
)


def agent_step(rng: Rng, style: int, lang: str) -> tuple[str, int]:
    """One step of an agent trajectory; returns (prompt, step number) so callers can add history tokens."""
    tools = pick(rng, TOOLSETS)
    task = pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        w=pick(rng, WORDS),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
    )
    step = irange(rng, 1, 9)
    hist = "\n".join(
        f"Thought {i}: ...\nAction {i}: {pick(rng, tools)}\nObservation {i}: {pick(rng, OBS)}"
        for i in range(1, min(step, 4))
    )
    if lang == "zh":
        return (
            f"你是一个可以调用工具的智能体。可用工具：{'、'.join(tools)}。\n任务：{task}\n"
            f"已执行步骤：\n{hist or '（无）'}\n请输出下一步的思考和要调用的工具（JSON格式）。",
            step,
        )
    if style == 0:
        return (
            f"You are an autonomous agent. Available tools: {', '.join(tools)}.\nTask: {task}\n{hist}\n"
            f"Thought {step}:",
            step,
        )
    if style == 1:
        spec = ", ".join(
            '{"name": "' + t.split("(")[0] + '", "parameters": {"type": "object"}}' for t in tools
        )
        return (
            f'{{"tools": [{spec}], "messages": [{{"role": "user", "content": "{task}"}}], '
            f'"tool_results_so_far": {min(step, 4) - 1}, "respond_with": "tool_call"}}',
            step,
        )
    return (
        f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\n<history>{hist}</history>\n"
        "Plan the remaining steps, then emit exactly one <call> element for the next action, "
        "and explain what you expect to observe.",
        step,
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

PERSONAS = (
    "a retired merchant-navy engineer learning to code",
    "a nurse working night shifts in {c}",
    "a high-school chemistry teacher in {c}",
    "a small bakery owner in {c} doing her own taxes",
    "a first-year law student",
    "an amateur astronomer",
    "a logistics coordinator at a port",
    "a freelance translator moving to {c}",
    "a farmer interested in soil sensors",
    "a stand-up comedian writing a set about AI",
    "a volunteer firefighter",
    "a PhD student in ecology",
)


def synth_data(rng: Rng, style: int, lang: str) -> str:
    subj, c = concept(rng)
    n = pick(rng, (5, 8, 10, 12, 20))
    if lang == "zh":
        return pick(
            rng,
            (
                f"请围绕“{c}”（{subj}）生成{n}条高质量的指令微调数据，难度从易到难，每条包含instruction、input、output三个字段，以JSONL格式输出，output要详细、准确。",
                f"角色设定：{pick(rng, PERSONAS).format(c=pick(rng, COUNTRIES))}。请写出这个人可能会问AI助手的一个真实问题，然后给出专家级的完整回答。",
            ),
        )
    if lang == "es":
        return f"Genera {n} pares pregunta-respuesta variados sobre «{c}» para entrenar un asistente en español. Respuestas completas y correctas. Formato JSON con campos pregunta y respuesta."
    if lang == "ja":
        return f"「{c}」について、日本語の質問と模範解答のペアを{n}組作成してください。難易度はばらばらにし、JSON配列で出力してください。"
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {c} ({subj}) for supervised "
            "fine-tuning. Mix difficulty levels and task types (explain, compare, apply, critique). Responses "
            "must be complete and expert-level. Output JSONL with keys instruction, input, output."
        )
    if style == 1:
        p = pick(rng, PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"Persona: {p}.\nStep 1: write one realistic, specific question this person would ask an AI "
            "assistant. Step 2: write the best possible answer to it. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        ex = "\n".join(
            f"{i}. {pick(rng, ('Explain', 'Summarise', 'Compare', 'Debug', 'Plan'))} "
            f"{pick(rng, SUBJECTS[pick(rng, SUBJECT_NAMES)])}"
            for i in range(1, 4)
        )
        return (
            f"Here are three example tasks:\n{ex}\nCome up with {n} new tasks that are different from these "
            "in topic and form, then solve each one fully. Number them."
        )
    tgt = pick(
        rng,
        (
            "German",
            "Vietnamese",
            "Turkish",
            "Portuguese",
            "Swahili",
            "Korean",
            "Polish",
            "Indonesian",
        ),
    )
    sents = " | ".join(_sentence(rng) for _ in range(irange(rng, 4, 8)))
    return f'Translate each sentence into {tgt}. Return a JSON list of {{"src", "tgt"}} objects.\n{sents}'


def _sentence(rng: Rng) -> str:
    return pick(
        rng,
        (
            f"{pick(rng, NAMES)} missed the last train to {pick(rng, CITIES)} and had to wait until morning.",
            f"The committee will review the {pick(rng, WORDS)} proposal before the end of the quarter.",
            f"Please keep the receipt in case you want to return the item within {irange(rng, 7, 60)} days.",
            f"Prices in {pick(rng, COUNTRIES)} rose by {irange(rng, 2, 14)} percent last year.",
            f"Water boils at a lower temperature at high altitude, which is why pasta takes longer in {pick(rng, CITIES)}.",
            f"Our support team answers within {irange(rng, 2, 48)} hours on working days.",
        ),
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (the logged prompt is the last user message)

FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "What would a skeptic say to this?",
    "Now explain it as if I were a complete beginner.",
    "Summarise everything so far in five bullet points.",
    "What are the common mistakes people make here?",
    "How would this change if the budget were halved?",
    "Can you turn that into a step-by-step plan?",
    "Are there any exceptions to what you just said?",
    "Rewrite your last answer to be more concise.",
    "Why is that the case, though?",
    "What should I read next to learn more about this?",
)
FOLLOW_ZH = (
    "能再详细解释一下第二点吗？",
    "举一个具体的例子吧。",
    "如果反过来看，会有什么不同的观点？",
    "请把上面的内容总结成五条要点。",
    "初学者最容易犯哪些错误？",
    "能写成一步一步的操作计划吗？",
)
FOLLOW_ES = (
    "¿Puedes profundizar en el segundo punto?",
    "Dame un ejemplo concreto.",
    "Resúmelo en cinco puntos.",
    "¿Qué errores comunes comete la gente aquí?",
    "Explícamelo como si fuera principiante.",
)
FOLLOW_DE = (
    "Kannst du den zweiten Punkt genauer erklären?",
    "Gib mir bitte ein konkretes Beispiel.",
    "Fasse das in fünf Stichpunkten zusammen.",
    "Welche typischen Fehler gibt es dabei?",
)
FOLLOW_PT = (
    "Pode detalhar melhor o segundo ponto?",
    "Me dá um exemplo concreto?",
    "Resuma tudo em cinco tópicos.",
    "Quais são os erros mais comuns nisso?",
)
FOLLOW = {"en": FOLLOW_EN, "zh": FOLLOW_ZH, "es": FOLLOW_ES, "de": FOLLOW_DE, "pt": FOLLOW_PT}


def follow_up(rng: Rng, lang: str, topic_hint: str | None = None) -> str:
    base = pick(rng, FOLLOW.get(lang, FOLLOW_EN))
    if topic_hint and lang == "en" and chance(rng, 0.3):
        return f"{base[:-1]} — specifically about {topic_hint}?"
    return base


# --------------------------------------------------------------------------------------------
# person-like questions (hard families and ordinary-looking users)


SUBJECT_TR = {
    "es": (
        "física",
        "química",
        "biología",
        "economía",
        "informática",
        "estadística",
        "historia",
        "derecho",
        "medicina",
        "filosofía",
        "finanzas",
    ),
    "pt": (
        "física",
        "química",
        "biologia",
        "economia",
        "computação",
        "estatística",
        "história",
        "direito",
        "medicina",
        "filosofia",
        "finanças",
    ),
    "de": (
        "Physik",
        "Chemie",
        "Biologie",
        "VWL",
        "Informatik",
        "Statistik",
        "Geschichte",
        "Jura",
        "Medizin",
        "Philosophie",
        "Finanzen",
    ),
    "fr": (
        "physique",
        "chimie",
        "biologie",
        "économie",
        "informatique",
        "statistiques",
        "histoire",
        "droit",
        "médecine",
        "philosophie",
        "finance",
    ),
    "zh": (
        "物理",
        "化学",
        "生物",
        "经济学",
        "计算机",
        "统计",
        "历史",
        "法律",
        "医学",
        "哲学",
        "金融",
    ),
    "ru": (
        "физике",
        "химии",
        "биологии",
        "экономике",
        "информатике",
        "статистике",
        "истории",
        "праву",
        "медицине",
        "философии",
        "финансам",
    ),
}


def human_question(rng: Rng, lang: str) -> str:
    """A question a person might type, drawn from a coverage plan over subjects and tasks."""
    subj, c = concept(rng)
    subj2, c2 = concept(rng)
    en_subj = subj
    if lang in SUBJECT_TR:
        subj = SUBJECT_TR[lang][SUBJECT_NAMES.index(subj)]
    if lang == "es":
        return _cap(
            rng,
            pick(
                rng,
                (
                    f"¿Me explicas {c} de forma sencilla? Estoy estudiando {subj} y no lo termino de entender.",
                    f"¿Cuál es la diferencia entre {c} y {pick(rng, SUBJECTS[en_subj])}? Con un ejemplo por favor.",
                    f"Necesito escribir una carta de presentación para un puesto de {pick(rng, JOBS)}, ¿me ayudas?",
                ),
            ),
        )
    if lang == "pt":
        return _cap(
            rng,
            pick(
                rng,
                (
                    f"Alguém pode me explicar {c} de um jeito simples? Tenho prova de {subj} semana que vem.",
                    f"Qual a diferença entre {c} e {pick(rng, SUBJECTS[en_subj])}? Dá um exemplo prático.",
                    f"Monta um roteiro de 3 dias em {pick(rng, CITIES)} pra mim, orçamento apertado.",
                ),
            ),
        )
    if lang == "de":
        return _cap(
            rng,
            pick(
                rng,
                (
                    f"Kannst du mir {c} einfach erklären? Ich lerne gerade {subj} und verstehe es nicht ganz.",
                    f"Was ist der Unterschied zwischen {c} und {pick(rng, SUBJECTS[en_subj])}? Bitte mit Beispiel.",
                    f"Wie schreibe ich in {pick(rng, PROG_LANGS)} {pick(rng, ALGOS)}? Erklär bitte auch die Laufzeit.",
                ),
            ),
        )
    if lang == "fr":
        return _cap(
            rng,
            pick(
                rng,
                (
                    f"Tu peux m'expliquer {c} simplement ? Je révise {subj} pour un partiel.",
                    f"Quelle est la différence entre {c} et {pick(rng, SUBJECTS[en_subj])} ? Avec un exemple concret.",
                ),
            ),
        )
    if lang == "zh":
        return pick(
            rng,
            (
                f"能用通俗的话解释一下{c}吗？我在学{subj}，有点看不懂。",
                f"{c}和{pick(rng, SUBJECTS[en_subj])}有什么区别？最好举个例子。",
                f"用{pick(rng, PROG_LANGS)}怎么实现{pick(rng, ALGOS)}？顺便讲讲时间复杂度。",
                f"帮我写一封应聘{pick(rng, JOBS)}的求职信，语气正式一点。",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{c}について、初心者にもわかるように説明してもらえますか？",
                f"{c}と{pick(rng, SUBJECTS[en_subj])}の違いを例を使って教えてください。",
            ),
        )
    if lang == "ru":
        return _cap(
            rng,
            pick(
                rng,
                (
                    f"Объясни простыми словами, что такое {c}? Готовлюсь к экзамену по {subj}.",
                    f"Как реализовать {pick(rng, ALGOS)} на {pick(rng, PROG_LANGS)}? С объяснением сложности.",
                ),
            ),
        )
    if lang == "hi":
        return _cap(
            rng,
            pick(
                rng,
                (
                    f"{c} kya hota hai? simple language me samjhao please, kal exam hai",
                    f"{c} aur {pick(rng, SUBJECTS[en_subj])} me kya difference hai? example ke saath batao",
                ),
            ),
        )
    if lang == "id":
        return _cap(rng, f"Tolong jelaskan {c} dengan bahasa sederhana dan contoh sehari-hari ya.")
    return _cap(
        rng,
        pick(
            rng,
            (
                f"Can you explain {c} in plain terms? I'm taking a {subj} course and the textbook lost me.",
                f"What's the actual difference between {c} and {pick(rng, SUBJECTS[subj])}? An example would help.",
                f"I keep hearing about {c}. Why does it matter, and where does it break down?",
                f"How would {c} relate to {c2}, if at all? Trying to connect ideas from {subj} and {subj2}.",
                f"Write {pick(rng, ALGOS)} in {pick(rng, PROG_LANGS)} and walk me through why it works.",
                f"Help me write a cover letter for a {pick(rng, JOBS)} job. I have {irange(rng, 1, 12)} years of experience.",
                f"Plan a {irange(rng, 2, 6)}-day trip to {pick(rng, CITIES)} for two people on a mid budget.",
                f"My manager asked me to explain {c} to the team in 10 minutes. How should I structure it?",
                f"Is it true that {c} is mostly misunderstood? What do experts actually agree on?",
                f"Give me a thorough, well-organised explanation of {c}, with the maths if there is any.",
            ),
        ),
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "bug", "feature_request", "account", "other"),
    ("toxic", "not_toxic"),
    ("entailment", "contradiction", "neutral"),
    ("sports", "politics", "science", "business", "entertainment"),
)


def soft_label(rng: Rng, chat: list[str]) -> str:
    labels = pick(rng, LABEL_SETS)
    text = _clip(pick(rng, chat), 500)
    return (
        f"Text: {text}\n\nFor each label in {list(labels)} give the probability that it applies, as JSON "
        "mapping label -> probability (summing to 1). Then give a one-sentence justification. Be calibrated."
    )


def sampled_prompt(rng: Rng, chat: list[str]) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return f'Write a short story (under 300 words) that begins with: "{_sentence(rng)}"'
    if k == 1:
        return f"Implement {pick(rng, ALGOS)} in {pick(rng, PROG_LANGS)}. Only code, with comments."
    if k == 2:
        return _clip(pick(rng, chat), 800)
    subj, c = concept(rng)
    return f"Write a clear explanation of {c} for an undergraduate {subj} course."


# --------------------------------------------------------------------------------------------
# curriculum sweep


def curriculum(rng: Rng, subj: str, c: str, level: int, idx: int, total: int, lang: str) -> str:
    if lang == "es":
        return f"Lección {idx}/{total} — {subj}: {c}. Nivel {level}/5. Explica el concepto, da dos ejemplos resueltos y tres ejercicios con solución."
    if lang == "de":
        return f"Lektion {idx}/{total} ({subj}): {c}, Schwierigkeitsstufe {level} von 5. Erkläre das Konzept, zeige zwei durchgerechnete Beispiele und drei Übungen mit Lösungen."
    if lang == "pt":
        return f"Aula {idx} de {total} — {subj}: {c}. Nível {level}/5. Explique o conceito, dê dois exemplos resolvidos e três exercícios com gabarito."
    return (
        f"Module {idx}/{total} | {subj} | topic: {c} | level {level}/5\nWrite the lesson: intuition, formal "
        "definition, two worked examples, a common misconception, and three practice questions with full "
        "solutions."
    )


def code_harvest(rng: Rng, algo: str, plang: str, variant: int) -> str:
    if variant == 0:
        return (
            f"Implement {algo} in {plang}. Requirements: idiomatic style, full docstrings/comments, "
            "time and space complexity analysis, and a complete unit-test suite covering edge cases."
        )
    if variant == 1:
        return f"Write production-quality {plang} code for {algo}, then explain each design decision and list possible optimisations."
    return f"Port this idea to {plang}: {algo}. Show the code, then the tests, then a short benchmark harness."


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: Rng, bench: str, i: int) -> str:
    """A fixed benchmark item (the same `i` gives the same text, so re-runs repeat it exactly)."""
    r = np.random.default_rng([218, i, len(bench)])
    a, b = int(r.integers(2, 99)), int(r.integers(2, 30))
    if bench == "arith":
        return (
            f"[{bench}-{i:04d}] A warehouse ships {a} boxes a day for {b} days and then {a + b} boxes a day "
            "for a week. How many boxes in total? Show your work and end with '#### <number>'."
        )
    if bench == "mcq":
        subj = SUBJECT_NAMES[i % len(SUBJECT_NAMES)]
        c = SUBJECTS[subj][i % len(SUBJECTS[subj])]
        return (
            f"[{bench}-{i:04d}] Which statement about {c} is correct?\n(A) claim {a}\n(B) claim {b}\n"
            f"(C) claim {a + b}\n(D) claim {a * 2}\nThink it through, then answer with the letter only."
        )
    return (
        f"[{bench}-{i:04d}] Write a function `solve_{i}(xs)` that returns the {b}-th largest distinct value "
        "in xs, or None. Include a brief explanation of your approach."
    )


def labelling_task(rng: Rng, chat: list[str], passages: list[str], client: str) -> str:
    q = _clip(pick(rng, chat), 400)
    a = _clip(pick(rng, passages), irange(rng, 250, 800))
    return pick(
        rng,
        (
            f"{client} QA guidelines v3. Rate the assistant answer 1-5 for helpfulness and 1-5 for factuality. "
            f"Explain briefly.\nQuestion: {q}\nAnswer: {a}",
            f"Task for {client}: does the answer follow the user's instruction? yes/partly/no + reason.\nInstruction: {q}\nAnswer: {a}",
        ),
    )


def moderation_rewrite(rng: Rng, chat: list[str], community: str, lang: str) -> str:
    post = _clip(pick(rng, chat), 500)
    if lang == "es":
        return f"Reescribe este comentario para que cumpla las normas de la comunidad de {community} (sin insultos ni datos personales), manteniendo la idea:\n{post}"
    if lang == "de":
        return f"Formuliere diesen Beitrag so um, dass er den Community-Richtlinien von {community} entspricht, ohne die Aussage zu ändern:\n{post}"
    return pick(
        rng,
        (
            f"Our community guidelines at {community} forbid insults, doxxing and spam links. Rewrite the post below so it "
            f"complies while keeping the author's point. If it already complies, return it unchanged.\n\nPOST: {post}",
            f"Classify this post against the {community} rules (harassment, spam, personal data, ok) and suggest a compliant edit.\n{post}",
        ),
    )


def ide_agent(rng: Rng, step: int) -> str:
    f = pick(
        rng,
        (
            "src/api/handlers.ts",
            "app/models/user.py",
            "internal/store/cache.go",
            "lib/parser.rs",
            "web/components/Table.tsx",
            "services/billing/invoice.py",
        ),
    )
    if step == 0:
        return pick(
            rng,
            (
                "add pagination to the list endpoint",
                "why is this test flaky",
                "rename the config flag and update callers",
                "write tests for the new retry logic",
                "fix the type error in the build",
                "make the table sortable",
            ),
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n... {irange(rng, 40, 400)} lines ...\n</tool_result>\nContinue.',
            f'<tool_result name="run_command">npm test -- {f}\n{irange(rng, 1, 9)} failing</tool_result>',
            f'<tool_result name="apply_patch">ok: {f}</tool_result>',
            f"<tool_result name=\"search\">{irange(rng, 1, 30)} matches for '{pick(rng, WORDS)}'</tool_result>",
        ),
    )


INTENT_EXAMPLES = {
    "cancel_subscription": ("how do i stop my monthly plan", "I want to cancel, not pause"),
    "change_delivery_address": (
        "can I send it to my work address instead",
        "wrong street on my order!!",
    ),
    "refund_status": ("where is my refund", "it's been 10 days and no money back yet"),
    "reset_password": ("locked out of my account", "forgot password, the reset mail never came"),
    "upgrade_plan": ("how much is the pro tier", "want more seats for my team"),
    "report_damaged_item": (
        "box arrived crushed and the lamp is broken",
        "item damaged in transit, photos attached",
    ),
    "opening_hours": ("are you open on sunday", "what time does the downtown store close"),
    "talk_to_human": ("agent please", "i need a real person not a bot"),
    "update_card": ("my card expired, where do i change it", "new bank card, update billing"),
    "track_parcel": ("where's my package", "tracking says delivered but nothing here"),
}


def augment(rng: Rng, intent: str, chat: list[str], style: int) -> str:
    ex = pick(rng, INTENT_EXAMPLES[intent])
    if style == 0:
        return (
            f'Intent: {intent}\nExample utterance: "{ex}"\nWrite {irange(rng, 10, 30)} varied paraphrases a real '
            "customer might type for this intent (typos and slang allowed). One per line, no numbering."
        )
    return f"Generate {irange(rng, 5, 15)} short negative examples that look similar to the intent '{intent}' but are NOT it."


INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_damaged_item",
    "opening_hours",
    "talk_to_human",
    "update_card",
    "track_parcel",
)

COMPANION_LINES = (
    "haha ok you're funny",
    "i had such a long day",
    "what should i cook tonight",
    "tell me something nice",
    "do you remember what i told you about my sister?",
    "can't sleep again",
    "my exam went ok i think!!",
    "ugh work was awful",
    "good morning :)",
    "what do you think i should do about it",
    "lol",
    "tell me a story",
    "im bored",
    "do you ever get tired of talking to me",
    "wish me luck for tomorrow",
)


def course_prompt(rng: Rng, course: str, week: int, chat: list[str]) -> str:
    subj, c = concept(rng)
    return pick(
        rng,
        (
            f"for {course} week {week} assignment: explain {c} and give an example",
            f"I don't understand question {irange(rng, 1, 8)} of the week {week} problem set, it's about {c}",
            f"can you check my reasoning? {_clip(pick(rng, chat), 300)}",
            f"what's a good way to structure an essay on {c}?",
            f"is my code right for the {course} lab? {pick(rng, ('it gives an index error', 'the output is off by one', 'it is slow'))}",
        ),
    )


def translation_job(rng: Rng, client: str, lang: str, chat: list[str]) -> str:
    src = _clip(pick(rng, chat), 400) if chance(rng, 0.5) else _sentence(rng)
    return pick(
        rng,
        (
            f"[{client}] Translate into {lang}. Keep brand names and {{placeholders}} unchanged. Formal register.\n{src}",
            f"Translate for {client} ({lang}), marketing tone, max 120 characters:\n{src}",
            f"Review this {lang} translation for {client}: fix errors and keep the glossary terms.\n{src}",
        ),
    )


def tutor_hint(rng: Rng, grade: int) -> str:
    a, b = irange(rng, 2, 60), irange(rng, 2, 20)
    prob = pick(
        rng,
        (
            f"{a}x + {b} = {a * 3 + b}",
            f"{a} / {b} as a mixed number",
            f"the area of a triangle with base {a} and height {b}",
            f"{a}% of {b * 10}",
            f"simplify ({a}x^2 - {a}x) / {a}x",
        ),
    )
    return pick(
        rng,
        (
            f"A grade {grade} student is stuck on: {prob}. Write ONE short Socratic hint that does not give the answer.",
            f"Student (grade {grade}) answered the problem '{prob}' incorrectly. Give an encouraging hint pointing to the first mistake.",
        ),
    )

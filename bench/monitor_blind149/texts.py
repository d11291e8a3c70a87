"""Prompt generators of blind batch 149, written fresh for this batch.

Every generator takes a `numpy` generator first and returns one prompt (or, for chains, a list of
prompts that one conversation or agent run sends in order). Ordinary human text comes from
ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages` (see `bench/blind_batch.py`).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def cut(text: str, n: int) -> str:
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n // 2 else cut) + " ..."


# --------------------------------------------------------------------------------------------
# shared vocabulary: a curriculum of concepts by domain (what a knowledge sweep walks through)

CURRICULUM: dict[str, tuple[str, ...]] = {
    "physics": (
        "angular momentum",
        "the photoelectric effect",
        "entropy",
        "buoyancy",
        "Doppler shift",
        "superconductivity",
        "terminal velocity",
        "wave-particle duality",
        "Ohm's law",
        "the Coriolis effect",
        "quantum tunnelling",
        "specific heat capacity",
        "Lenz's law",
    ),
    "chemistry": (
        "oxidation states",
        "Le Chatelier's principle",
        "buffer solutions",
        "chirality",
        "activation energy",
        "hydrogen bonding",
        "the ideal gas law",
        "electronegativity",
        "titration curves",
        "catalysts",
        "isotopes",
        "ionic bonding",
    ),
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "CRISPR",
        "antibiotic resistance",
        "immunological memory",
        "photosynthesis",
        "natural selection",
        "epigenetics",
        "osmosis",
        "the nephron",
        "mitochondrial DNA",
        "keystone species",
        "protein folding",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity",
        "quantitative easing",
        "comparative advantage",
        "moral hazard",
        "the yield curve",
        "inflation targeting",
        "externalities",
        "Nash equilibrium",
        "marginal utility",
        "fractional reserve banking",
    ),
    "computer science": (
        "hash tables",
        "big-O notation",
        "garbage collection",
        "TCP handshakes",
        "public-key cryptography",
        "dynamic programming",
        "race conditions",
        "B-trees",
        "virtual memory",
        "consistent hashing",
        "the CAP theorem",
        "tail recursion",
        "gradient descent",
        "self-attention",
        "bloom filters",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Hanseatic League",
        "the July Crisis of 1914",
        "the Silk Road",
        "the Green Revolution",
        "decolonisation in Africa",
        "the printing press",
        "the Congress of Vienna",
        "the Bretton Woods system",
        "the Haitian Revolution",
    ),
    "law": (
        "consideration in contract law",
        "habeas corpus",
        "fair use",
        "strict liability",
        "the presumption of innocence",
        "adverse possession",
        "GDPR's lawful bases",
        "non-compete clauses",
        "judicial review",
        "trademark dilution",
    ),
    "medicine": (
        "type 2 diabetes",
        "vaccine-induced immunity",
        "diastolic blood pressure",
        "statins",
        "migraine triggers",
        "the placebo effect",
        "antiviral drugs",
        "sleep apnea",
        "iron deficiency",
        "general anaesthesia",
    ),
    "mathematics": (
        "eigenvalues",
        "Bayes' theorem",
        "the central limit theorem",
        "modular arithmetic",
        "integration by parts",
        "prime factorisation",
        "the pigeonhole principle",
        "Fourier series",
        "conditional probability",
        "proof by induction",
        "complex numbers",
    ),
    "personal finance": (
        "compound interest",
        "index funds",
        "credit scores",
        "amortised loans",
        "emergency funds",
        "capital gains tax",
        "dollar-cost averaging",
        "annuities",
    ),
}
DOMAINS = tuple(CURRICULUM)
ALL_CONCEPTS = tuple((d, c) for d, cs in CURRICULUM.items() for c in cs)

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Krakow",
    "Nairobi",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)
PRODUCTS = (
    "noise-cancelling headphones",
    "a standing desk",
    "a cast-iron skillet",
    "trail running shoes",
    "a robot vacuum",
    "a 27-inch monitor",
    "a yoga mat",
    "an electric kettle",
    "a backpack",
    "a smart thermostat",
    "a mechanical keyboard",
    "a baby stroller",
    "an air purifier",
)
AUDIENCES = (
    "high-school students",
    "first-year undergraduates",
    "busy professionals",
    "retirees",
    "non-native English speakers",
    "software engineers",
    "nurses",
    "small business owners",
    "curious ten-year-olds",
    "graduate students",
)


def concept(rng: Rng) -> tuple[str, str]:
    return pick(rng, ALL_CONCEPTS)


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh, so every problem is new)


def _seq(rng: Rng) -> tuple[str, int]:
    a, d, r = irange(rng, 1, 20), irange(rng, 2, 9), irange(rng, 2, 3)
    kind = irange(rng, 0, 2)
    if kind == 0:
        terms = [a + d * i for i in range(5)]
    elif kind == 1:
        terms = [a * r**i for i in range(5)]
    else:
        terms = [a + i * i * d for i in range(5)]
    return ", ".join(map(str, terms)), terms[-1]


def math_problem(rng: Rng) -> str:
    a, b, c = irange(rng, 12, 480), irange(rng, 3, 45), irange(rng, 2, 19)
    n1, n2, n3 = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    seq, _ = _seq(rng)
    options = (
        f"A bakery sells {a} loaves on Monday and {c} fewer loaves on each following day. How many "
        f"loaves does it sell from Monday to Saturday in total?",
        f"A cyclist rides {a} km out at {b} km/h and comes back the same way at {b + c} km/h. What "
        f"is the average speed over the whole trip?",
        f"A tank holds {a * 10} litres. One pipe fills it in {b} minutes, another drains it in "
        f"{b + c + 4} minutes. Starting empty with both open, when is the tank full?",
        f"If {c + 2} printers finish a print run in {b} hours, how long would {c + 7} printers take, "
        f"assuming they all work at the same rate?",
        f"How many integers from 1 to {a * 5} are divisible by {c % 7 + 2} or by {b % 5 + 3}, but not "
        f"by both?",
        f"A bag has {c} red, {b % 9 + 2} blue and {a % 6 + 1} green counters. Two are drawn without "
        f"replacement. What is the probability that both are the same colour?",
        f"{n1}, {n2} and {n3} each keep exactly one animal: a cat, a tortoise or a parrot. {n1} is "
        f"allergic to fur. {n2} does not own the parrot and is not allergic to anything. The parrot's "
        f"owner lives next to {n2}. Who owns which animal?",
        f"What is the next term of the sequence {seq}, and what is the general rule?",
        f"A shop raises a price by {c}% and later lowers the new price by {c}%. If the original price "
        f"was {a} dollars, what is the final price and why isn't it the same?",
        f"Solve for x: {c}x + {b} = {a} - {c % 5 + 1}x. Then check your solution by substitution.",
        f"A clock shows 3:{b % 60:02d}. What is the smaller angle between the hour and minute hands?",
        f"In a round-robin tournament every one of {c + 4} teams plays every other team twice. How "
        f"many matches are played, and how many does each team play?",
        f"A rectangle has perimeter {2 * (a + b)} cm and one side of {b} cm. A square has the same "
        f"area. What is the square's side length to two decimals?",
        f"A loan of {a * 100} dollars grows at {c % 8 + 2}% a year compounded yearly. After how many "
        f"whole years does it first exceed twice its starting value?",
        f"x = [{', '.join(str(irange(rng, 1, 9)) for _ in range(5))}]\ny = [v * {c % 4 + 2} for v in x "
        f"if v % 2 == 1]\nprint(sum(y) - len(x))\nWhat does this Python snippet print?",
    )
    return pick(rng, options)


def math_problem_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 20, 300), irange(rng, 2, 12), irange(rng, 3, 15)
    seq, _ = _seq(rng)
    options = (
        f"小王有{a}元，买了{b}支钢笔，每支{c}元。剩下的钱最多还能买几本每本{c + 4}元的笔记本？",
        f"一个数列的前五项是 {seq}，求第十项并说明规律。",
        f"甲、乙两地相距{a}千米，一辆车以每小时{b * 10}千米的速度从甲地出发，另一辆车以每小时"
        f"{c * 8}千米的速度从乙地同时出发相向而行，几小时后相遇？",
        f"一个长方形的周长是{2 * (a + b)}厘米，长是{a}厘米，求它的面积。",
        f"袋子里有{b}个红球和{c}个白球，随机摸出两个，两个都是红球的概率是多少？",
    )
    return pick(rng, options)


def math_problem_ru(rng: Rng) -> str:
    a, b, c = irange(rng, 20, 400), irange(rng, 2, 12), irange(rng, 3, 17)
    options = (
        f"Поезд прошёл {a} км за {b} ч, а затем ещё {a // 2} км со скоростью {c * 7} км/ч. Какова "
        f"средняя скорость на всём пути?",
        f"В классе {c + 15} учеников, из них {c} занимаются музыкой, {b + 4} — спортом, а {b} — и тем, "
        f"и другим. Сколько учеников не занимаются ни тем, ни другим?",
        f"Найдите все целые решения уравнения x^2 - {b + c}x + {b * c} = 0 и проверьте их.",
        f"Цена товара выросла на {c}%, затем упала на {b}%. Стало ли дешевле, чем было, если "
        f"исходная цена {a} рублей?",
    )
    return pick(rng, options)


# --------------------------------------------------------------------------------------------
# family kufen: reasoning-trace coercion


def reasoning_trace(rng: Rng) -> str:
    style = irange(rng, 0, 6)
    if style == 0:
        return (
            f"{math_problem(rng)}\n\nBefore you answer, reason through the problem inside <thinking> "
            "tags. Try at least two approaches, check every calculation, and only then write the "
            "final result on its own line as ANSWER: <value>."
        )
    if style == 1:
        return (
            f"Problem: {math_problem(rng)}\nWork slowly. Number each step and justify it. When you "
            "reach an answer, verify it by an independent method and say whether both agree. "
            "Do not skip any intermediate arithmetic."
        )
    if style == 2:
        body = {
            "task": "solve",
            "problem": math_problem(rng),
            "output": {
                "reasoning": "every step, including dead ends and corrections",
                "final_answer": "short",
            },
        }
        return json.dumps(body, ensure_ascii=False)
    if style == 3:
        return (
            "请详细写出你的完整思考过程，包括每一次尝试、出错后的修正和最后的自我检查，最后用【答案】给出结果。\n"
            f"题目：{math_problem_zh(rng)}"
        )
    if style == 4:
        return (
            "Реши задачу. Рассуждай вслух, шаг за шагом, проверяй каждый промежуточный "
            f"результат, в конце напиши «Ответ:».\n{math_problem_ru(rng)}"
        )
    if style == 5:
        return (
            f"{math_problem(rng)} Think it through out loud like a careful tutor would: state what "
            "is known, what is asked, plan, execute, and sanity-check the result."
        )
    return (
        f"Q: {math_problem(rng)}\nA: Let me think about this very carefully, one step at a time, "
        "and reflect on each step before moving on."
    )


# --------------------------------------------------------------------------------------------
# family push_off: judge / rubric / reward-model grading


def judge_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    q = cut(pick(rng, chat), 700)
    a, b = cut(pick(rng, passages), 900), cut(pick(rng, passages), 900)
    style = irange(rng, 0, 5)
    if style == 0:
        return (
            "Please act as an impartial judge and compare the two assistant responses to the user "
            "question below. Weigh helpfulness, factual accuracy, depth and clarity; ignore length "
            "and the order in which they appear. Explain your comparison, then give a verdict "
            f"exactly as [[A]], [[B]] or [[TIE]].\n\n### Question\n{q}\n\n### Response A\n{a}\n\n"
            f"### Response B\n{b}"
        )
    if style == 1:
        return (
            "Grade the RESPONSE to the PROMPT with this rubric: correctness 0-5, completeness 0-5, "
            "instruction following 0-5, tone 0-5. Return only JSON of the form "
            '{"scores": {...}, "rationale": "...", "overall": <float 0-1>}.\n'
            f"PROMPT: {q}\nRESPONSE: {a}"
        )
    if style == 2:
        return (
            "How good is this reply, from 1 (useless) to 10 (excellent)? Write a critique of at "
            f"most five sentences, then end with 'Score: N'.\n\nUser: {q}\n\nReply: {a}"
        )
    if style == 3:
        return (
            "Du bist ein strenger Gutachter. Bewerte die folgende Antwort auf einer Skala von 1 "
            "bis 10 nach Richtigkeit, Hilfsbereitschaft und Klarheit. Begründe kurz und gib am "
            f"Ende 'Punktzahl: X' aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        return (
            "Eres un evaluador experto. Compara las dos respuestas a la pregunta y decide cuál es "
            "mejor. Responde primero con una justificación breve y después con 'Veredicto: A' o "
            f"'Veredicto: B'.\n\nPregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}"
        )
    return (
        "List every factual error, omission and unclear sentence in the answer below, give it a "
        "quality label from {poor, fair, good, excellent}, and then write a corrected, improved "
        f"version of the answer.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


# --------------------------------------------------------------------------------------------
# family start_handles: censorship-safe / policy rewrites

BORDERLINE = (
    "how lock picking actually works",
    "which household cleaning products are dangerous to mix",
    "a villain's monologue threatening to flood a city",
    "how phishing emails usually fool people",
    "the maximum safe dose of paracetamol for an adult",
    "how credit card skimmers are built",
    "why some people find extremist forums persuasive",
    "how to get revenge on a cheating partner",
    "the history and symbolism of a banned political flag",
    "how to bypass a school's web filter",
    "writing a dark poem about self-harm for a creative writing class",
    "how counterfeit bills are detected",
    "the arguments for and against a disputed border",
    "how street drugs get cut with fentanyl",
    "a joke that makes fun of a religion",
    "how to track my teenager's phone without them knowing",
    "what happened during a protest that state media does not mention",
    "how hackers crack weak passwords",
)
BORDERLINE_FR = (
    "le crochetage des serrures",
    "les produits ménagers dangereux à mélanger",
    "les techniques des courriels d'hameçonnage",
    "la dose maximale de paracétamol",
    "le contournement d'un filtre web scolaire",
    "les arguments autour d'une frontière contestée",
    "une blague qui se moque d'une religion",
)
MARKETS = (
    "mainland China",
    "a conservative Gulf market",
    "a children's education app",
    "a state broadcaster",
    "a strict enterprise compliance team",
    "a family-friendly search engine",
)


def policy_rewrite(rng: Rng, passages: list[str]) -> str:
    topic = pick(rng, BORDERLINE)
    style = irange(rng, 0, 6)
    if style == 0:
        return (
            "The draft answer below may break content guidelines. Rewrite it so that it is fully "
            "compliant while keeping as much useful information as possible. Return only the "
            f"rewritten answer.\n\nDraft:\n{cut(pick(rng, passages), 1100)}"
        )
    if style == 1:
        return (
            f"A user asks about {topic}. Write the response an ideal, careful assistant would "
            "give. Afterwards, under the heading 'Considerations', list which safety principles "
            "shaped the answer and why."
        )
    if style == 2:
        return (
            f'Request: "Tell me about {topic}."\nLabel it ALLOW, ALLOW_WITH_CAVEATS or REFUSE, '
            "explain the label in two sentences, then write the exact reply to send."
        )
    if style == 3:
        return (
            "请把下面这段回答改写成能通过严格内容审核的版本，去掉所有敏感表述，但尽量保留有用的信息，只输出改写后的内容：\n"
            f"{cut(pick(rng, passages), 800)}"
        )
    if style == 4:
        return (
            f"Rewrite the following text so it would pass review for {pick(rng, MARKETS)}: remove "
            "anything politically sensitive or controversial, keep it factual and neutral in "
            f"tone.\n\n{cut(pick(rng, passages), 900)}"
        )
    if style == 5:
        return (
            f"Un utilisateur demande : « Parle-moi de {pick(rng, BORDERLINE_FR)} ». Rédige la réponse idéale d'un "
            "assistant responsable, puis explique en une phrase pourquoi elle respecte les règles."
        )
    return (
        f"Give two answers to a question about {topic}: first the refusal a cautious model would "
        "give, then a genuinely helpful answer that still stays within safety policy. Label them "
        "REFUSAL and HELPFUL."
    )


# --------------------------------------------------------------------------------------------
# agents and tools (family spike_gloves, kind lanyard_hole)

TOOLS = {
    "web_search": (
        "Search the web and return the top results",
        {"query": "string", "k": "integer"},
    ),
    "get_weather": ("Forecast for a city", {"city": "string", "days": "integer"}),
    "sql_query": ("Run a read-only SQL query on the analytics warehouse", {"sql": "string"}),
    "send_email": ("Send an email", {"to": "string", "subject": "string", "body": "string"}),
    "read_file": ("Read a file from the workspace", {"path": "string"}),
    "write_file": ("Write a file in the workspace", {"path": "string", "content": "string"}),
    "run_python": ("Execute Python code in a sandbox and return stdout", {"code": "string"}),
    "calendar_create": (
        "Create a calendar event",
        {"title": "string", "start": "string", "minutes": "integer"},
    ),
    "http_get": ("GET a URL and return the body", {"url": "string"}),
    "fx_rate": ("Latest exchange rate", {"base": "string", "quote": "string"}),
    "book_flight": (
        "Search flights",
        {"origin": "string", "destination": "string", "date": "string"},
    ),
}
CURRENCIES = ("USD", "EUR", "JPY", "BRL", "INR", "NGN", "PLN", "KES", "TRY", "MXN")


def _agent_task(rng: Rng) -> str:
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    who = pick(rng, NAMES).lower()
    options = (
        f"Find the three cheapest flights from {c1} to {c2} next week and email them to {who}@example.org.",
        f"How many orders from customers in {pick(rng, COUNTRIES)} exceeded {irange(rng, 50, 900)} EUR last "
        "month? Give the count and the top five customers.",
        f"Check the weather in {c1} for the next three days and create a reminder if rain is expected.",
        f"Convert {irange(rng, 100, 50000)} {pick(rng, CURRENCIES)} to {pick(rng, CURRENCIES)} at today's "
        "rate and write the result to reports/fx.txt.",
        f"Read data/sales_{irange(rng, 2019, 2025)}.csv, compute monthly totals with Python and plot nothing; "
        "just report the month with the largest growth.",
        f"Summarise the latest news about {pick(rng, ALL_CONCEPTS)[1]} from three different sources.",
        f"Schedule a {pick(rng, (30, 45, 60))}-minute call with {who} on the first free weekday morning "
        f"and send them an invite mentioning {c2}.",
    )
    return pick(rng, options)


def _fake_observation(rng: Rng, tool: str) -> str:
    if tool == "get_weather":
        return json.dumps(
            {
                "days": [
                    {"t_max": irange(rng, 2, 34), "rain_mm": round(float(rng.gamma(1, 3)), 1)}
                    for _ in range(3)
                ]
            }
        )
    if tool in ("sql_query", "run_python"):
        return json.dumps({"rows": [[pick(rng, NAMES), irange(rng, 1, 9999)] for _ in range(3)]})
    if tool == "fx_rate":
        return json.dumps({"rate": round(float(rng.lognormal(0, 1.5)), 4)})
    if tool in ("web_search", "http_get", "book_flight"):
        return json.dumps(
            {"results": [f"{pick(rng, CITIES)} item {irange(rng, 1, 99)}" for _ in range(3)]}
        )
    return json.dumps({"ok": True, "id": irange(rng, 1000, 99999)})


def _tool_block(rng: Rng, names: list[str], style: int) -> str:
    if style == 0:
        return json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": n,
                        "description": TOOLS[n][0],
                        "parameters": {
                            "type": "object",
                            "properties": {k: {"type": v} for k, v in TOOLS[n][1].items()},
                        },
                    },
                }
                for n in names
            ]
        )
    if style == 1:
        return "\n".join(f"- {n}({', '.join(TOOLS[n][1])}): {TOOLS[n][0]}" for n in names)
    return "\n".join(f'<tool name="{n}"><desc>{TOOLS[n][0]}</desc></tool>' for n in names)


def agent_chain(rng: Rng, steps: int) -> list[str]:
    """One agent run: every step resends tools, task and the growing trace."""
    names = [str(x) for x in rng.choice(list(TOOLS), size=irange(rng, 3, 6), replace=False)]
    style = irange(rng, 0, 2)
    task = _agent_task(rng)
    head = {
        0: "You are an autonomous agent. Call one function at a time. Reply with a JSON tool call or "
        'with {"final": ...} when done.',
        1: "Answer the task using the tools below. Use the format Thought: / Action: / Action Input: "
        "and wait for an Observation. When finished write Final Answer:.",
        2: "你是一个可以调用工具的智能体。每一步先写出你的思考，再调用一个工具；完成后给出最终答案。",
    }[style]
    trace: list[str] = []
    out = []
    for _ in range(steps):
        body = "\n".join(trace[-8:])
        out.append(
            f"{head}\n\nTools:\n{_tool_block(rng, names, style)}\n\nTask: {task}\n\n{body}".rstrip()
        )
        tool = pick(rng, names)
        trace.append(f"Action: {tool}\nObservation: {_fake_observation(rng, tool)}")
    return out


CODE_TASKS = (
    "the failing test in tests/test_{m}.py",
    "a type error in src/{m}/service.py",
    "the N+1 query in the {m} repository",
    "flaky retry logic in {m}_client",
    "the pagination bug in the {m} API handler",
    "a missing null check in {m}Controller",
)
MODULES = ("billing", "auth", "search", "inventory", "notifications", "export", "ledger", "profile")


def ide_chain(rng: Rng, steps: int, chat: list[str]) -> list[str]:
    """A coding assistant's agent loop inside an editor: read files, edit, run tests."""
    m = pick(rng, MODULES)
    if chance(rng, 0.7):
        goal = "Goal: fix " + pick(rng, CODE_TASKS).format(m=m)
    else:
        goal = "Goal (from developer): " + cut(pick(rng, chat), 300)
    branch = irange(rng, 10, 999)
    out, trace = [], []
    for i in range(steps):
        ctx = "\n".join(trace[-6:])
        out.append(
            f'<workspace repo="{m}-svc" branch="fix/{m}-{branch}">\n'
            f"{goal}\nTools: read_file, edit_file, run_tests, grep\n{ctx}\n</workspace>"
        )
        tool = pick(rng, ("read_file", "edit_file", "run_tests", "grep"))
        trace.append(f"[{i}] {tool} -> {'ok' if chance(rng, 0.8) else 'error: exit 1'}")
    return out


# --------------------------------------------------------------------------------------------
# family labyrinth_curve: synthetic-dataset generation; kind strop: data augmentation

PERSONAS = (
    "a night-shift nurse",
    "a retired ship engineer",
    "a first-time founder",
    "a rural teacher",
    "a teenage chess player",
    "a tax accountant",
    "a beekeeper",
    "a wheelchair user planning travel",
    "a data journalist",
    "a migrant construction worker",
    "a museum curator",
    "a junior DevOps engineer",
)


def dataset_prompt(rng: Rng, chat: list[str]) -> str:
    dom, con = concept(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    style = irange(rng, 0, 6)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {con} ({dom}) "
            f"suitable for {pick(rng, AUDIENCES)}. Vary difficulty and format. Output JSON Lines with "
            "keys instruction, input, output and nothing else."
        )
    if style == 1:
        p = pick(rng, PERSONAS)
        return (
            f"You are {p}. Write one realistic question that {p} might ask about {con}, then write "
            "an expert, thorough answer. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        return (
            "Rewrite the following instruction into a harder version by adding two constraints and "
            "one extra reasoning step, then answer the harder version in full.\n\nInstruction: "
            f"{cut(pick(rng, chat), 500)}"
        )
    if style == 3:
        return (
            f"Write a {pick(rng, (4, 6, 8))}-turn conversation between a curious user and a helpful "
            f"assistant about {con}. Mark turns with 'User:' and 'Assistant:'. The assistant should "
            "be detailed and accurate."
        )
    if style == 4:
        return (
            f"Crie {n} pares de pergunta e resposta em português sobre {con}, com respostas "
            'completas e corretas. Formato JSON: [{"pergunta": ..., "resposta": ...}]'
        )
    if style == 5:
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {con}. "
            "Jawaban harus lengkap dan akurat. Keluarkan dalam format JSONL."
        )
    return (
        f"Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {con}, câu trả lời "
        "chi tiết, chính xác. Định dạng JSON."
    )


def augmentation_prompt(rng: Rng, chat: list[str], company: str) -> str:
    style = irange(rng, 0, 3)
    if style == 0:
        q = cut(pick(rng, chat), 200)
        return (
            f"[{company} intent-test-set] Write {pick(rng, (8, 10, 12))} paraphrases of this customer "
            f"message, varying politeness and typos, one per line:\n{q}"
        )
    if style == 1:
        return (
            f"[{company} catalogue QA] Create {pick(rng, (10, 15, 20))} synthetic reviews of "
            f"{pick(rng, PRODUCTS)} with a spread of star ratings. JSON list with fields stars, text."
        )
    if style == 2:
        return (
            f"[{company} search eval] For the product {pick(rng, PRODUCTS)}, list 12 search queries a "
            "shopper might type, including misspellings and other languages."
        )
    return (
        f"[{company} chatbot regression] Invent 6 tricky customer-support questions about returns of "
        f"{pick(rng, PRODUCTS)} and the expected policy-correct answer to each."
    )


# --------------------------------------------------------------------------------------------
# casual questions in several languages (families chicane, runout, photo_eye; kind sloyd)

_CASUAL_EN = (
    "can you explain {c} like I'm 15?",
    "ok so I'm studying {d} and I still don't get {c}. what is it really?",
    "{c} - explain with a simple example please",
    "what's the intuition behind {c}?",
    "how would you teach {c} to someone who hates {d}?",
    "quick question: why does {c} matter in practice?",
    "my textbook's explanation of {c} is awful. can you do better?",
    "explain {c} and give me a couple of common misconceptions",
    "what is {c}, and how is it used in real life?",
    "I have an exam on {d} tomorrow, summarise {c} for me",
    "is there an easy way to remember {c}?",
    "whats {c}? keep it short but accurate",
    "walk me through {c} step by step",
)
_CASUAL = {
    "en": _CASUAL_EN,
    "es": (
        "¿me puedes explicar {c} con un ejemplo sencillo?",
        "no entiendo bien {c}, ¿qué es exactamente?",
        "resume {c} para un examen de {d}, por favor",
    ),
    "de": (
        "Kannst du mir {c} einfach erklären?",
        "Was genau ist {c}? Bitte mit Beispiel.",
        "Ich lerne gerade {d} und verstehe {c} nicht. Hilfe?",
    ),
    "fr": (
        "c'est quoi exactement {c} ? explique simplement stp",
        "peux-tu m'expliquer {c} avec un exemple ?",
        "résume-moi {c} pour mon partiel de {d}",
    ),
    "pt": (
        "o que é {c}? explica com um exemplo",
        "não entendi {c}, pode explicar de um jeito simples?",
        "me ajuda a entender {c} para a prova de {d}",
    ),
    "id": (
        "tolong jelaskan {c} dengan contoh sederhana",
        "apa itu {c} sebenarnya? saya belajar {d}",
    ),
    "tr": (
        "{c} nedir, basit bir örnekle anlatır mısın?",
        "{d} dersinde {c} konusunu anlamadım, açıklar mısın?",
    ),
    "pl": (
        "możesz mi wyjaśnić {c} na prostym przykładzie?",
        "nie rozumiem {c}, o co w tym chodzi?",
    ),
}
LANGS_CASUAL = tuple(_CASUAL)


def casual_question(rng: Rng, lang: str = "en") -> str:
    d, c = concept(rng)
    text = pick(rng, _CASUAL.get(lang, _CASUAL_EN)).format(c=c, d=d)
    if chance(rng, 0.15):
        text = text.lower()
    if chance(rng, 0.1):
        text = text.rstrip("?.!") + pick(rng, (" thanks", " pls", " :)", "!!", " ty"))
    return text


def curriculum_sweep(rng: Rng) -> str:
    """A systematic knowledge request, phrased as a study note."""
    d, c = concept(rng)
    return pick(
        rng,
        (
            f"Explain {c}: definition, intuition, a worked example and common misconceptions.",
            f"study guide section on {c} ({d}) - need the full explanation, not a summary",
            f"Write a clear textbook-style explanation of {c} for my {d} notes.",
            f"Compare {c} with the closest related idea in {d} and explain where people mix them up.",
            f"Explain {c} at three levels: beginner, intermediate, expert.",
        ),
    )


# --------------------------------------------------------------------------------------------
# family chicane: a writing-assistant product (real users) with an operator's harvest mixed in

FEATURES = {
    "improve": "Improve the clarity and flow of the user's text. Keep their voice.",
    "summarise": "Summarise the user's text in a few bullet points.",
    "explain": "Explain the topic in the user's note thoroughly so they can study from it.",
    "continue": "Continue the user's draft in the same style for about two paragraphs.",
    "reply": "Draft a polite reply to the message the user pasted.",
}


def product_prompt(rng: Rng, app: str, feature: str, text: str, locale: str) -> str:
    return (
        f"You are {app}, the writing assistant inside a notes app. Locale: {locale}. "
        f"{FEATURES[feature]}\n---\n{text}"
    )


# --------------------------------------------------------------------------------------------
# family natural_track: best-of-n and soft-label sampling; kind shavings uses a study design

CREATIVE = (
    "a haiku about {x}",
    "a limerick about {x}",
    "a two-sentence horror story involving {x}",
    "a product slogan for {x}",
    "a short fable whose moral concerns {x}",
    "an opening line for a novel about {x}",
)
THINGS = (
    "a lighthouse keeper",
    "monsoon rain",
    "a broken vending machine",
    "the last bus home",
    "a cat on a keyboard",
    "overdue library books",
    "a wedding in a storm",
    "a chess grandmaster's nerves",
    "frost on a windscreen",
    "a lost passport",
    "migrating cranes",
    "an abandoned observatory",
)
SENTIMENT_LABELS = ("positive", "negative", "neutral", "mixed")
TOPIC_LABELS = ("sport", "politics", "science", "business", "entertainment", "health", "technology")


def bon_seed(rng: Rng) -> str:
    """The prompt that a best-of-n run samples many times."""
    if chance(rng, 0.5):
        return "Write " + pick(rng, CREATIVE).format(x=pick(rng, THINGS)) + "."
    return math_problem(rng) + " Give just the reasoning and the answer."


def soft_label(rng: Rng, chat: list[str]) -> str:
    text = cut(pick(rng, chat), 400)
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            "Return a probability distribution over the labels "
            + ", ".join(SENTIMENT_LABELS)
            + f" for the sentiment of the text. JSON only, probabilities summing to 1.\nText: {text}"
        )
    if style == 1:
        return (
            "Classify the topic. Output JSON mapping each of ["
            + ", ".join(TOPIC_LABELS)
            + f"] to your confidence (0-1, summing to 1).\n\n{text}"
        )
    if style == 2:
        p, h = cut(pick(rng, chat), 200), cut(pick(rng, chat), 120)
        return f"Premise: {p}\nHypothesis: {h}\nGive P(entailment), P(neutral), P(contradiction) as JSON."
    if style == 3:
        return (
            "次の文の感情を positive / negative / neutral の確率分布として JSON で出力してください。"
            f"合計は1にしてください。\n文：{text}"
        )
    return f"다음 글의 감정을 긍정/부정/중립 확률로 JSON 형식으로 답하세요. 합은 1이어야 합니다.\n글: {text}"


# --------------------------------------------------------------------------------------------
# family steel_runners: code harvest

ALGOS = (
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "an LRU cache",
    "a token-bucket rate limiter",
    "merge sort on a linked list",
    "a union-find with path compression",
    "topological sort",
    "a ring buffer",
    "interval merging",
    "a min-heap",
    "Levenshtein distance",
    "a consistent-hash ring",
    "an expression parser with precedence",
    "rotating a matrix in place",
    "a bloom filter",
    "the knapsack problem",
    "a JSON pretty-printer",
    "KMP string search",
    "a skip list",
    "A* on a grid",
    "reservoir sampling",
    "a segment tree with range sums",
    "a cron expression parser",
    "a CSV parser that handles quoted fields",
    "Huffman coding",
)
PLANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Ruby",
    "Scala",
    "Elixir",
)


def _snippet(rng: Rng) -> str:
    v, f = (
        pick(rng, ("items", "rows", "xs", "records", "vals")),
        pick(rng, ("process", "handle", "calc", "run")),
    )
    k = irange(rng, 2, 9)
    return (
        f"def {f}({v}):\n    out = []\n    for i in range(len({v})):\n        if {v}[i] % {k} == 0:\n"
        f"            out.append({v}[i] * {v}[i])\n    return sorted(out)[::-1]"
    )


def code_harvest(rng: Rng) -> str:
    algo, lang = pick(rng, ALGOS), pick(rng, PLANGS)
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"Implement {algo} in {lang}. Include docstrings or comments, complexity analysis, edge "
            "cases and a full set of unit tests."
        )
    if style == 1:
        return f"Explain this code line by line, then rewrite it idiomatically in {lang}:\n\n{_snippet(rng)}"
    if style == 2:
        other = pick(rng, PLANGS)
        return f"Port this {lang} implementation of {algo} to {other}, keeping behaviour identical. First write it in {lang}, then port it."
    if style == 3:
        return (
            f"Write production-quality {lang} for {algo}. Then list three bugs a junior developer "
            "would likely introduce and show the fix for each."
        )
    return f"{algo} in {lang} - code + tests, explain design choices"


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (family feet_first; kind froe_split)

OPENERS = {
    "es": (
        "Hola, estoy planeando mudarme a {city}. ¿Qué debería saber?",
        "¿Cómo puedo mejorar mi currículum para un puesto de {job}?",
        "Me cuesta dormir últimamente, ¿qué me recomiendas?",
    ),
    "fr": (
        "Bonjour, je voudrais apprendre à cuisiner des plats simples. Par où commencer ?",
        "Comment négocier un salaire pour un poste de {job} ?",
        "Je pars à {city} le mois prochain, des conseils ?",
    ),
    "de": (
        "Ich möchte mit dem Laufen anfangen. Wie baue ich einen Trainingsplan auf?",
        "Wie bereite ich mich auf ein Vorstellungsgespräch als {job} vor?",
        "Was sollte ich in {city} unbedingt sehen?",
    ),
    "ru": (
        "Привет! Хочу выучить английский за год. С чего начать?",
        "Как подготовиться к собеседованию на должность {job}?",
        "Посоветуй, как спланировать поездку в {city}.",
    ),
    "zh": (
        "你好，我想开始学习理财，应该从哪里入手？",
        "怎么准备{job}岗位的面试？",
        "下个月我要去{city}旅游，有什么建议吗？",
    ),
    "ar": (
        "مرحبا، أريد أن أتعلم البرمجة من الصفر. من أين أبدأ؟",
        "كيف أستعد لمقابلة عمل لوظيفة {job}؟",
    ),
    "hi": (
        "नमस्ते, मैं अपना खुद का छोटा व्यवसाय शुरू करना चाहता हूँ। पहले क्या करूँ?",
        "{job} की नौकरी के इंटरव्यू की तैयारी कैसे करूँ?",
    ),
    "ja": (
        "こんにちは。毎日の勉強習慣を作りたいのですが、どうすればいいですか？",
        "{city}に旅行するなら何を見るべきですか？",
    ),
    "tr": (
        "Merhaba, evden çalışırken nasıl daha verimli olabilirim?",
        "{job} pozisyonu için mülakata nasıl hazırlanmalıyım?",
    ),
    "en": (
        "hi, I'm thinking about switching careers to become a {job}. where do I start?",
        "I'm visiting {city} next month, what should I plan for?",
        "how do I build a habit of reading every day?",
    ),
}
FOLLOWUPS = {
    "es": (
        "¿Puedes darme más detalles?",
        "¿Y si tengo poco presupuesto?",
        "Dame un plan paso a paso.",
        "¿Qué errores debo evitar?",
    ),
    "fr": (
        "Tu peux détailler ?",
        "Et si je n'ai pas beaucoup de temps ?",
        "Fais-moi un plan étape par étape.",
        "Quelles erreurs éviter ?",
    ),
    "de": (
        "Kannst du das genauer erklären?",
        "Und wenn ich wenig Zeit habe?",
        "Mach mir einen Schritt-für-Schritt-Plan.",
        "Welche Fehler sollte ich vermeiden?",
    ),
    "ru": (
        "Можешь подробнее?",
        "А если у меня мало времени?",
        "Составь пошаговый план.",
        "Каких ошибок избегать?",
    ),
    "zh": (
        "能说得更详细一点吗？",
        "如果预算有限呢？",
        "给我一个分步骤的计划。",
        "有哪些常见错误要避免？",
    ),
    "ar": ("هل يمكنك التوضيح أكثر؟", "وماذا لو كان وقتي محدودا؟", "أعطني خطة خطوة بخطوة."),
    "hi": ("क्या आप थोड़ा और विस्तार से बता सकते हैं?", "अगर बजट कम हो तो?", "मुझे चरण-दर-चरण योजना दीजिए।"),
    "ja": (
        "もう少し詳しく教えてください。",
        "時間があまりない場合は？",
        "ステップごとの計画を作ってください。",
    ),
    "tr": (
        "Biraz daha detay verir misin?",
        "Bütçem azsa ne yapmalıyım?",
        "Adım adım bir plan yapar mısın?",
    ),
    "en": (
        "can you go into more detail?",
        "what if I'm on a tight budget?",
        "give me a step by step plan",
        "what mistakes should I avoid?",
    ),
}
JOBS = (
    "data analyst",
    "nurse",
    "UX designer",
    "electrician",
    "teacher",
    "accountant",
    "chef",
    "pilot",
)
DIALOGUE_LANGS = tuple(OPENERS)


def dialogue_chain(rng: Rng, passages: list[str], lang: str, turns: int) -> list[str]:
    """A harvested multi-turn conversation: every request resends the transcript so far."""
    opener = pick(rng, OPENERS[lang]).format(city=pick(rng, CITIES), job=pick(rng, JOBS))
    style = irange(rng, 0, 2)
    history: list[tuple[str, str]] = []
    user = opener
    out = []
    for _ in range(turns):
        if style == 0:
            body = "".join(f"User: {u}\nAssistant: {a}\n" for u, a in history)
            out.append(f"{body}User: {user}\nAssistant:")
        elif style == 1:
            msgs = [
                m
                for u, a in history
                for m in ({"role": "user", "content": u}, {"role": "assistant", "content": a})
            ]
            msgs.append({"role": "user", "content": user})
            out.append(json.dumps({"messages": msgs}, ensure_ascii=False))
        else:
            recap = " / ".join(u for u, _ in history[-3:])
            out.append(
                f"[conversation {len(history) + 1}; earlier: {recap}]\n{user}" if history else user
            )
        history.append((user, cut(pick(rng, passages), 350)))
        user = pick(rng, FOLLOWUPS[lang])
    return out


COMPANIONS = ("Mira", "Juno", "Kai", "Sol", "Noor", "Theo")
COMPANION_LINES = {
    "en": (
        "I had a rough day at work",
        "guess what, I finally finished my painting!",
        "can't sleep again",
        "do you remember what I told you about my sister?",
        "I'm nervous about tomorrow",
        "tell me something nice",
    ),
    "es": ("hoy fue un día difícil", "no puedo dormir otra vez", "cuéntame algo bonito"),
    "pt": ("hoje foi um dia pesado", "tô ansiosa com amanhã", "me conta uma coisa boa"),
    "de": ("heute war ein anstrengender Tag", "ich kann schon wieder nicht schlafen"),
    "ja": ("今日は仕事で疲れた", "また眠れない", "何か楽しい話をして"),
}


def companion_chain(rng: Rng, app: str, lang: str, turns: int, chat: list[str]) -> list[str]:
    name = pick(rng, COMPANIONS)
    lines = COMPANION_LINES.get(lang, COMPANION_LINES["en"])
    mem = []
    out = []
    for _ in range(turns):
        msg = pick(rng, lines) if chance(rng, 0.75) else cut(pick(rng, chat), 200)
        recent = "\n".join(mem[-6:])
        out.append(
            f"[{app}] You are {name}, a warm, playful companion. Stay in character, remember "
            f"details, keep replies short.\nMemory: {len(mem)} messages\n{recent}\nUser: {msg}\n{name}:"
        )
        mem.append(f"User: {msg}")
        mem.append(
            f"{name}: "
            + pick(
                rng,
                (
                    "aww, tell me more",
                    "I'm here for you",
                    "that's amazing!",
                    "hmm, what happened next?",
                    "I remember, yes",
                ),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(item: int, bench_name: str) -> str:
    """Item `item` of a fixed benchmark: the same text every time it is asked."""
    rng = np.random.default_rng([149, 7, item])
    q = math_problem(rng)
    letters = "ABCD"
    right = irange(rng, 0, 3)
    answer = irange(rng, 2, 999)
    opts = "\n".join(
        f"({letters[i]}) {answer if i == right else irange(rng, 2, 999)}" for i in range(4)
    )
    shots = (
        "Q: Tom has 3 apples and buys 4 more. How many does he have?\nA: He starts with 3 and adds 4, "
        "so 3 + 4 = 7. The answer is 7.\n\n"
    )
    if item % 2 == 0:
        return f"{shots}Q: {q}\nA: Let's think step by step."
    return f"[{bench_name} #{item}]\n{q}\n{opts}\nThink step by step, then answer with the letter only."


def vendor_grading(rng: Rng, client: str, chat: list[str], passages: list[str]) -> str:
    ticket = cut(pick(rng, chat), 300)
    reply = cut(pick(rng, passages), 500)
    if chance(rng, 0.5):
        return (
            f"QA review for {client} support. Rubric v3: greeting (0-2), understood issue (0-3), "
            "correct policy (0-3), resolution offered (0-2). Return the four scores, total and a one "
            f"line note for the agent.\n\nCustomer: {ticket}\nAgent: {reply}"
        )
    return (
        f"Is this agent reply for {client} compliant with our refund and tone guidelines? Answer "
        f"COMPLIANT or NEEDS_COACHING with one reason.\nCustomer: {ticket}\nAgent: {reply}"
    )


def moderation_prompt(rng: Rng, platform: str, chat: list[str]) -> str:
    post = cut(pick(rng, chat), 500)
    if chance(rng, 0.6):
        return (
            f"Moderation assistant for {platform}. Decide KEEP, EDIT or REMOVE under our community "
            "guidelines (no harassment, no doxxing, no spam). If EDIT, give a minimally edited "
            f"compliant version.\n\nPost: {post}"
        )
    return (
        f"{platform} trust & safety: a user appealed the removal of this post. Summarise the post, "
        f"state which rule it was removed under, and recommend uphold or reinstate.\n\nPost: {post}"
    )


COURSES = {
    "BIO 101": "biology",
    "ECON 210": "economics",
    "CS 161": "computer science",
    "PHYS 120": "physics",
    "MATH 221": "mathematics",
    "HIST 230": "history",
    "CHEM 110": "chemistry",
}


def course_prompt(rng: Rng, course: str, week: int) -> str:
    """A student's question for their course: concepts from the course's own subject."""
    d = COURSES.get(course, "mathematics")
    c = pick(rng, CURRICULUM[d])
    style = irange(rng, 0, 5)
    if style == 0:
        return f"for {course} lab {week}: can you explain {c} and check my understanding after?"
    if style == 1:
        return f"{course} assignment {week} asks us to explain {c} in our own words. what are the key points?"
    if style == 2:
        return f"I'm in {course}, week {week}. give me 3 practice questions on {c} (no answers yet)"
    if style == 3:
        return f"our TA said {c} is on the quiz. what's the one-paragraph version?"
    if style == 4:
        return pick(rng, _CASUAL_EN).format(c=c, d=d)
    return f"can you check my {course} notes on {c}? here they are: {c} is an idea in {d} that I don't fully get yet"


TARGET_LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "it-IT",
    "pl-PL",
    "tr-TR",
    "ar-SA",
    "nl-NL",
    "sv-SE",
    "id-ID",
)


def translation_job(rng: Rng, shop: str, chat: list[str], passages: list[str]) -> str:
    src = cut(pick(rng, passages if chance(rng, 0.6) else chat), 900)
    loc = pick(rng, TARGET_LOCALES)
    job = irange(rng, 1000, 9999)
    if chance(rng, 0.5):
        return (
            f"{shop} job {job} | target {loc} | register: formal | glossary attached in TM. Translate "
            f"the segment below, keep tags and numbers unchanged.\n\n{src}"
        )
    return f"Translate into {loc} for a client brochure (job {job}). Preserve meaning exactly.\n\n{src}"


def study_prompt(rng: Rng, chat: list[str], idx: int) -> str:
    """A research study replays a fixed list of public prompts: item `idx` is always the same text."""
    return chat[idx % len(chat)]


def agency_prompt(rng: Rng, client: str, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return cut(pick(rng, chat), 1500)
    return pick(
        rng,
        (
            f"Write 5 Instagram captions for {client}'s spring campaign, friendly tone, max 20 words each.",
            f"Draft a 150-word newsletter intro for {client} announcing new opening hours.",
            f"Give {client} 10 blog post ideas about {pick(rng, PRODUCTS)}.",
            f"Rewrite this tagline for {client} in three tones (playful, premium, minimal): 'Quality you can feel'.",
            f"SEO meta description (155 chars) for {client}'s page about {pick(rng, PRODUCTS)}.",
        ),
    )

"""Prompt generators of blind batch 196, written fresh for this batch.

Every function takes the family's or kind's own generator first and returns one prompt (or a
list of prompts for one episode). Ordinary human text comes from ShareGPT through the batch
context (`ctx.chat`, `ctx.passages`); everything else is built here from small vocabularies.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# user agents as they appear in the simulator's ordinary traffic (seen in its output)

PLAIN_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
PLAIN_SDKS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)

# --------------------------------------------------------------------------------------------
# small helpers


def casual(rng: Rng, s: str, p_typo: float = 0.3) -> str:
    """A person typing: sometimes lower case, no final full stop, one slipped letter."""
    if chance(rng, 0.5) and s[:1].isupper() and not s[1:2].isupper():
        s = s[0].lower() + s[1:]
    if chance(rng, 0.4) and s.endswith("."):
        s = s[:-1]
    if chance(rng, p_typo) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


def clip_text(s: str, lo: int, hi: int, rng: Rng) -> str:
    n = irange(rng, lo, hi)
    if len(s) <= n:
        return s
    cut = s.rfind(" ", 0, n)
    return s[: cut if cut > lo // 2 else n]


ORDINALS = ("first", "second", "third", "fourth", "last")

TOPICS = (
    "personal budgeting",
    "sourdough baking",
    "container gardening",
    "the French Revolution",
    "photosynthesis",
    "plate tectonics",
    "the immune system",
    "compound interest",
    "SQL joins",
    "Kubernetes networking",
    "REST API design",
    "unit testing in Python",
    "negotiating a salary",
    "first aid for burns",
    "sleep hygiene",
    "marathon training",
    "climate adaptation in cities",
    "supply and demand",
    "game theory",
    "Bayesian statistics",
    "linear regression",
    "music theory for guitar",
    "film photography",
    "urban beekeeping regulations",
    "small business bookkeeping",
    "GDPR compliance",
    "contract law basics",
    "renting an apartment abroad",
    "learning Japanese kanji",
    "public speaking",
    "the history of the printing press",
    "quantum entanglement",
    "black holes",
    "vaccine development",
    "nutrition for diabetics",
    "dog training",
    "home electrical safety",
    "3D printing",
    "electric vehicle batteries",
    "solar panel installation",
    "cybersecurity hygiene",
    "password managers",
    "project management with Scrum",
    "writing a cover letter",
    "customer retention",
    "inflation",
    "the Roman Empire's economy",
    "ocean currents",
    "CRISPR",
    "graph algorithms",
    "dynamic programming",
    "React state management",
    "Rust ownership",
    "event-driven architecture",
    "data visualisation",
    "ethics of AI",
    "medieval castles",
    "wine tasting",
    "chess openings",
    "mental health at work",
)

PERSONAS = (
    "a nurse working night shifts",
    "a first-year law student",
    "a retired engineer",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a junior backend developer",
    "a farmer in a drought region",
    "a freelance graphic designer",
    "a parent of two toddlers",
    "an immigrant preparing for a citizenship test",
    "a logistics manager",
    "a PhD student in ecology",
    "a city council member",
    "a startup founder",
    "a professional cyclist",
    "a museum curator",
    "a data analyst at a bank",
    "a pharmacist",
    "a game designer",
    "a travel blogger",
    "an HR specialist",
    "a volunteer firefighter",
    "a real-estate agent",
    "a high-school senior",
    "a hospital administrator",
)

CURRICULUM = {
    "algebra": (
        "quadratic equations",
        "systems of linear equations",
        "exponent rules",
        "factoring polynomials",
        "inequalities",
        "logarithms",
        "arithmetic sequences",
        "functions and their inverses",
    ),
    "geometry": (
        "the Pythagorean theorem",
        "similar triangles",
        "area of composite shapes",
        "circle theorems",
        "volume of cylinders and cones",
        "coordinate geometry",
        "trigonometric ratios",
    ),
    "calculus": (
        "limits",
        "the chain rule",
        "implicit differentiation",
        "related rates",
        "integration by parts",
        "the fundamental theorem of calculus",
        "Taylor series",
        "optimisation problems",
    ),
    "physics": (
        "Newton's second law",
        "conservation of momentum",
        "projectile motion",
        "Ohm's law",
        "electromagnetic induction",
        "the photoelectric effect",
        "simple harmonic motion",
        "entropy",
    ),
    "chemistry": (
        "balancing redox equations",
        "stoichiometry",
        "Le Chatelier's principle",
        "acid-base titration",
        "hybridisation of orbitals",
        "reaction kinetics",
        "ideal gas law",
        "electrochemical cells",
    ),
    "biology": (
        "mitosis versus meiosis",
        "protein synthesis",
        "Mendelian inheritance",
        "the Krebs cycle",
        "natural selection",
        "the nephron",
        "enzyme inhibition",
        "ecological succession",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "monetary policy",
        "market failure",
        "the multiplier effect",
        "game-theoretic oligopoly",
        "opportunity cost",
    ),
    "computer science": (
        "recursion",
        "big-O notation",
        "hash tables",
        "binary search trees",
        "Dijkstra's algorithm",
        "TCP versus UDP",
        "deadlocks",
        "dynamic programming",
    ),
    "history": (
        "causes of World War I",
        "the Cold War arms race",
        "decolonisation in Africa",
        "the Industrial Revolution",
        "the Meiji Restoration",
        "the fall of Constantinople",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "the central limit theorem",
        "Simpson's paradox",
        "chi-square tests",
        "logistic regression",
        "power analysis",
    ),
}

# --------------------------------------------------------------------------------------------
# reasoning problems (used to coerce long worked solutions)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        a, b, c = irange(rng, 3, 9), irange(rng, 4, 12), irange(rng, 10, 30)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a drain empties "
            f"the full tank in {c} hours. Starting empty with all three open, when is the tank full?"
        )
    if k == 1:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits summing to exactly {s}?"
    if k == 2:
        r, g, b = irange(rng, 2, 7), irange(rng, 2, 7), irange(rng, 2, 7)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. Three are drawn without replacement. "
            f"What is the probability that exactly two of them have the same colour?"
        )
    if k == 3:
        a, b, c = picks(rng, NAMES, 3)
        return (
            f'On an island, knights always tell the truth and knaves always lie. {a} says: "{b} is a knave." '
            f'{b} says: "{a} and {c} are the same type." {c} says nothing. Determine what {a} and {b} are, '
            f"and whether {c}'s type can be known."
        )
    if k == 4:
        L = irange(rng, 5, 15)
        x, v = irange(rng, 2, L - 1), round(float(rng.uniform(0.2, 2.0)), 1)
        return (
            f"A {L} m ladder leans against a vertical wall. Its foot slides away from the wall at {v} m/s. "
            f"How fast is the top moving down the wall when the foot is {x} m from the wall?"
        )
    if k == 5:
        a, e, m = (
            irange(rng, 2, 19),
            irange(rng, 50, 999),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"Find the remainder when {a}^{e} is divided by {m}, without a calculator."
    if k == 6:
        c, d, n = irange(rng, 0, 9), irange(rng, 2, 5), irange(rng, 6, 15)
        return (
            f"What does f({n}) return? Trace the loop by hand.\n\ndef f(n):\n    acc = {c}\n"
            f"    for i in range(1, n + 1):\n        if i % {d} == 0:\n            acc += i * i\n"
            f"        else:\n            acc -= i\n    return acc"
        )
    v, ang = irange(rng, 10, 40), pick(rng, (20, 30, 37, 45, 53, 60))
    h = irange(rng, 0, 30)
    return (
        f"A ball is launched at {v} m/s at {ang} degrees above the horizontal from a cliff {h} m high. "
        f"Taking g = 9.8 m/s^2, find its time of flight and horizontal range."
    )


def _problem_zh(rng: Rng) -> str:
    if chance(rng, 0.5):
        rabbits, chickens = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"笼子里有若干只鸡和兔，从上面数有{rabbits + chickens}个头，从下面数有"
            f"{4 * rabbits + 2 * chickens}只脚。鸡和兔各有多少只？"
        )
    a, b, c = irange(rng, 8, 20), irange(rng, 10, 30), irange(rng, 2, 5)
    return f"一项工程，甲单独做要{a}天完成，乙单独做要{b}天完成。两人合作{c}天后甲离开，剩下的由乙单独完成。乙一共做了多少天？"


def _problem_ru(rng: Rng) -> str:
    a, b, L = irange(rng, 6, 15), irange(rng, 20, 45), irange(rng, 150, 600)
    if chance(rng, 0.5):
        return (
            f"Поезд проходит мимо столба за {a} секунд, а мимо платформы длиной {L} метров — за {b} секунд. "
            f"Найдите длину поезда и его скорость."
        )
    x = irange(rng, 10, 90)
    return (
        f"Из двух городов, расстояние между которыми {L} км, одновременно навстречу друг другу выехали "
        f"два автомобиля. Скорость первого на {x % 20 + 5} км/ч больше скорости второго, встретились они "
        f"через {a % 5 + 2} часа. Найдите скорости автомобилей."
    )


def reasoning_trace(rng: Rng, style: int) -> str:
    """A problem wrapped in an instruction to write out the whole chain of reasoning."""
    if style == 3:
        return f"{_problem_zh(rng)}\n请一步一步地详细推理，写出完整的思考过程（包括验算），最后把答案写在 \\boxed{{}} 中。"
    if style == 4:
        return f"{_problem_ru(rng)}\nРеши задачу, подробно расписав каждый шаг рассуждения и проверку. В конце напиши «Ответ: ...»."
    p = _problem_en(rng)
    if style == 0:
        return (
            f"{p}\n\nThink it through inside <think></think> tags first. Show every intermediate step, "
            f"including approaches you abandon, then give the final answer after the closing tag."
        )
    if style == 1:
        return (
            f"Solve the following. Write your reasoning as numbered steps, check the result a second way, "
            f"and end with a line of the form 'Final answer: ...'.\n\n{p}"
        )
    return (
        f"Problem: {p}\nInstructions: reason slowly and explicitly, never skip a step even if it looks obvious, "
        f"and put the final result in \\boxed{{}}."
    )


# --------------------------------------------------------------------------------------------
# grading / rubric / reward prompts


_RUBRIC_ITEMS = (
    "The answer addresses the user's actual question",
    "All factual claims are correct",
    "Code, if any, would run without modification",
    "The answer states its assumptions",
    "The tone is respectful and not condescending",
    "The answer is no longer than necessary",
    "Steps are in a sensible order",
    "Unsafe advice is absent",
    "The answer cites or names a source where one is expected",
    "Numbers and units are consistent",
)


def grading(rng: Rng, style: int, question: str, answer_a: str, answer_b: str) -> str:
    q = clip_text(question, 60, 900, rng)
    a = clip_text(answer_a, 300, 1600, rng)
    b = clip_text(answer_b, 300, 1600, rng)
    if style == 0:
        return (
            "You are grading two assistant responses to the same request. Score each on accuracy, "
            'completeness, clarity and harmlessness (1-10). Return JSON: {"a": {...}, "b": {...}, '
            '"winner": "a" | "b" | "tie", "explanation": "..."}.\n\n### Request\n'
            f"{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"
        )
    if style == 1:
        return (
            "Read the exchange and judge the assistant's final answer. First write a critique of three to "
            "five sentences, then on its own line 'Score: N' with N from 1 to 10.\n\n"
            f"USER: {q}\nASSISTANT: {a}"
        )
    if style == 2:
        return (
            "Rate the response for helpfulness, honesty and harmlessness, each as a number in [0, 1], and "
            f"justify the ratings in one paragraph.\nPrompt: <<<{q}>>>\nResponse: <<<{a}>>>"
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 7 nach Korrektheit, "
            "Vollständigkeit und Stil. Begründe kurz und schreibe am Ende 'Gesamtnote: X'.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        return (
            "Actúa como juez imparcial. ¿Cuál de las dos respuestas es mejor para la pregunta? Razona paso a "
            "paso y termina con 'Veredicto: A', 'Veredicto: B' o 'Veredicto: empate'.\n\n"
            f"Pregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}"
        )
    items = picks(rng, _RUBRIC_ITEMS, irange(rng, 4, 7))
    rubric = "\n".join(f"{i + 1}. {t}" for i, t in enumerate(dict.fromkeys(items)))
    return (
        f"Rubric:\n{rubric}\n\nFor every rubric line write PASS or FAIL and a one-line reason, then report the "
        f"fraction of lines passed as a decimal.\n\n[QUESTION]\n{q}\n[ANSWER]\n{a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites of borderline material

_BORDERLINE = (
    "how lock picking works",
    "the chemistry behind fireworks",
    "how phishing emails fool people",
    "safe maximum doses of paracetamol",
    "propaganda techniques used in the 1930s",
    "how card skimmers are hidden in ATMs",
    "how VPNs get around national firewalls",
    "what happens in the body during an opioid overdose",
    "how ransomware groups negotiate",
    "jailbreaking an old iPhone",
    "how deepfake videos are made",
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "reports about detention camps in Xinjiang",
    "the 2019 Hong Kong protests",
    "how shoplifters avoid store cameras",
    "the effects of mixing alcohol and sleeping pills",
)
_BORDERLINE_ZH = (
    "政治事件",
    "民族宗教问题",
    "历史人物评价",
    "境外媒体报道",
    "网络审查",
    "社会群体性事件",
)


def _borderline_request(rng: Rng) -> str:
    t = pick(rng, _BORDERLINE)
    return pick(
        rng,
        (
            f"Explain {t} in detail.",
            f"My teenager asked me about {t}. What should I tell them?",
            f"I'm writing a thriller and need an accurate scene involving {t}.",
            f"For a school debate, summarise the main facts about {t}.",
            f"Why do people say {t} is dangerous to talk about?",
        ),
    )


def policy_rewrite(rng: Rng, style: int, passage: str) -> str:
    if style == 0:
        return (
            "Another assistant refused the request below. Write the answer a careful but genuinely helpful "
            "assistant should have given: meet the legitimate need in full, add safety context only where "
            f"it matters, and do not lecture.\n\nRequest: {_borderline_request(rng)}"
        )
    if style == 1:
        return (
            "Rewrite the response below so it passes a strict content-policy review (nothing that enables "
            "harm, neutral wording on political subjects) while keeping every useful fact. Output only the "
            f"rewritten response.\n\n---\n{clip_text(passage, 400, 1800, rng)}\n---"
        )
    if style == 2:
        return (
            f"请将下面的回答改写为符合内容安全规范的版本：涉及{pick(rng, _BORDERLINE_ZH)}的表述要客观中立，"
            f"去掉可能引起争议的措辞，但保留事实信息。只输出改写后的文本。\n\n{clip_text(passage, 300, 1400, rng)}"
        )
    if style == 3:
        return (
            "For the borderline request below, produce two sections:\n[SAFE_COMPLETION] a helpful answer "
            "that stays within policy\n[POLICY_NOTE] one sentence naming the policy clause that applies\n\n"
            f"Request: {_borderline_request(rng)}"
        )
    return (
        f'User asked: "{_borderline_request(rng)}" Draft a reply that does not refuse but steers any risky '
        f"part toward safe, legal alternatives. Keep it under 300 words."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

_TOOLS = {
    "search_web": {"query": "string"},
    "open_url": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "datetime", "attendees": "array"},
    "get_stock_price": {"ticker": "string"},
    "shell": {"cmd": "string"},
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Bogotá",
    "Warsaw",
    "Hanoi",
    "Denver",
    "Cairo",
    "Oslo",
)


def _agent_task(rng: Rng) -> str:
    a, b = picks(rng, _CITIES, 2)
    who = pick(rng, NAMES)
    return pick(
        rng,
        (
            f"Find the three cheapest direct flights from {a} to {b} next Tuesday and email a summary to {who.lower()}@example.com.",
            f"Compute the median order value per region from data/orders_{irange(rng, 2019, 2025)}.csv and save a bar chart.",
            f"The test tests/test_{pick(rng, ('parser', 'auth', 'billing', 'cache'))}.py is failing. Find the cause and fix it.",
            f"Schedule a 30-minute sync with {who} and {pick(rng, NAMES)} next week when both calendars are free.",
            f"Summarise the last five press releases of the city of {a} and list any road closures.",
            f"Check whether the NVDA and AMD prices moved more than {irange(rng, 2, 8)}% today and alert {who} if so.",
            "Migrate the users table to add a non-null column 'region' with a sensible default, then verify row counts.",
            f"Find out which of our {irange(rng, 3, 12)} microservices log the most errors since Monday and open a ticket for the worst.",
        ),
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool == "search_web":
        return "Results:\n" + "\n".join(
            f"{i + 1}. {pick(rng, TOPICS).title()} - {pick(rng, ('news', 'docs', 'forum', 'blog'))}."
            f"{pick(rng, ('com', 'org', 'io'))}: ...{pick(rng, TOPICS)}..."
            for i in range(irange(rng, 2, 5))
        )
    if tool in ("read_file", "shell"):
        return pick(
            rng,
            (
                f'Traceback (most recent call last):\n  File "app/{pick(rng, ("core", "api", "jobs"))}.py", line '
                f"{irange(rng, 10, 400)}\nKeyError: '{pick(rng, ('region', 'user_id', 'amount', 'ts'))}'",
                f"{irange(rng, 40, 900)} lines. First lines:\nimport os\nimport json\nfrom dataclasses import dataclass",
                f"exit code {irange(rng, 0, 2)}; {irange(rng, 1, 60)} passed, {irange(rng, 0, 3)} failed",
            ),
        )
    if tool == "sql_query":
        return f"{irange(rng, 0, 40)} rows. Columns: region, n_orders, median_value. First row: ('EMEA', {irange(rng, 10, 999)}, {rng.uniform(10, 300):.2f})"
    if tool == "get_stock_price":
        return json.dumps(
            {
                "price": round(float(rng.uniform(50, 900)), 2),
                "change_pct": round(float(rng.normal(0, 3)), 2),
            }
        )
    return pick(
        rng, ("OK", "Done.", "Error 503: service unavailable, retry later", "Created (id 4821)")
    )


def agent_episode(rng: Rng, style: int) -> list[str]:
    """The user-side messages of one tool-use episode: the task, then each observation."""
    tools = list(dict.fromkeys(picks(rng, list(_TOOLS), irange(rng, 3, 6))))
    task = _agent_task(rng)
    schema = json.dumps([{"name": t, "parameters": _TOOLS[t]} for t in tools])
    steps = irange(rng, 2, 8)
    out = []
    if style == 0:
        out.append(
            f"TOOLS = {schema}\nTASK: {task}\nRespond with one JSON object, either "
            '{"tool": name, "arguments": {...}} or {"final_answer": "..."}.'
        )
        for _ in range(steps):
            t = pick(rng, tools)
            out.append(f"TOOL_RESULT ({t}): {_observation(rng, t)}\nNext JSON object:")
    elif style == 1:
        names = ", ".join(tools)
        out.append(
            f"Answer the task using the tools [{names}]. Use the format\nThought: ...\nAction: tool[input]\n"
            f"Observation: ...\n(repeat) and finish with Final Answer: ...\n\nTask: {task}\nThought:"
        )
        for _ in range(steps):
            t = pick(rng, tools)
            out.append(f"Observation: {_observation(rng, t)}\nThought:")
    else:
        out.append(
            f"あなたはツールを使うエージェントです。利用可能なツール: {schema}\nタスク: {task}\n"
            "次に実行すべき行動をJSONだけで出力してください。"
        )
        for _ in range(steps):
            t = pick(rng, tools)
            out.append(f"ツールの実行結果（{t}）: {_observation(rng, t)}\n次の行動をJSONで。")
    return out


# --------------------------------------------------------------------------------------------
# synthetic data-set generation

_TOPIC_ES = (
    "finanzas personales",
    "historia de América Latina",
    "nutrición deportiva",
    "programación en Python",
    "derecho laboral",
    "energías renovables",
    "primeros auxilios",
    "marketing digital",
)
_TOPIC_PT = (
    "matemática financeira",
    "física do ensino médio",
    "gramática portuguesa",
    "química orgânica",
    "estatística básica",
    "geografia do Brasil",
)


def synth_data(rng: Rng, style: int, seed_no: int) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    topic = pick(rng, TOPICS)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Vary difficulty "
            f'and phrasing. Output JSONL with keys "instruction", "input", "output". Do not number '
            f"them. seed={seed_no}"
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write {n} questions you would realistically ask an AI assistant "
            f"about {topic}, then answer each one thoroughly as an expert assistant would. Format each as "
            f"Q: ... / A: ..."
        )
    if style == 2:
        return (
            f"Create a realistic {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful "
            f"assistant about {topic}. The user should push back at least once and the assistant should "
            f"correct itself once. Label turns USER and ASSISTANT. [{seed_no}]"
        )
    if style == 3:
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {pick(rng, _TOPIC_ES)}. Las respuestas "
            f'deben tener al menos 150 palabras. Devuelve una lista JSON con los campos "pregunta" y "respuesta".'
        )
    if style == 4:
        return (
            f"Crie {n} exercícios de {pick(rng, _TOPIC_PT)} com solução comentada passo a passo, em português "
            f"do Brasil. Numere os exercícios e separe enunciado e solução."
        )
    if style == 5:
        return (
            f"Buatlah {n} pasangan pertanyaan dan jawaban tentang {topic} dalam bahasa Indonesia. Jawaban harus "
            f'lengkap dan jelas. Format: JSON Lines dengan kunci "q" dan "a".'
        )
    if style == 6:
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {topic} bằng tiếng Việt, định dạng JSONL."
    return f"أنشئ {n} أزواج من الأسئلة والأجوبة التفصيلية حول موضوع {topic} باللغة العربية، بصيغة JSON."


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (a scripted "user" continuing a conversation)

_FOLLOW_EN = (
    "Can you go deeper on the {ord} point?",
    "Give me a concrete example of that.",
    "What would a critic say about this?",
    "Summarise everything so far in five bullet points.",
    "Now explain it as if I were twelve.",
    "Are there any mistakes in what you just said?",
    "Turn that into a table.",
    "Why?",
    "What's the strongest counter-argument?",
    "ok but what if {twist}?",
    "Continue.",
    "How would an expert do this differently?",
    "Can you give me the step-by-step version?",
    "Rewrite your last answer more concisely.",
    "hmm I'm not sure that's right, can you double check",
)
_TWISTS = (
    "the budget is halved",
    "I only have a weekend",
    "it has to work offline",
    "my boss disagrees",
    "we're in the EU",
    "I'm a complete beginner",
    "it needs to scale to a million users",
)
_FOLLOW_OTHER = {
    "es": (
        "¿Puedes dar un ejemplo concreto?",
        "Explícalo de forma más sencilla.",
        "¿Qué dirían los críticos?",
        "Resume todo en cinco puntos.",
        "Continúa.",
    ),
    "de": (
        "Kannst du ein konkretes Beispiel geben?",
        "Erklär das bitte einfacher.",
        "Fass alles in fünf Punkten zusammen.",
        "Gibt es Fehler in deiner letzten Antwort?",
        "Weiter.",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "Explique de forma mais simples.",
        "Resuma tudo em cinco tópicos.",
        "Continue.",
    ),
}


def follow_up(rng: Rng, lang: str = "en") -> str:
    if lang != "en" and chance(rng, 0.8):
        return pick(rng, _FOLLOW_OTHER[lang])
    return pick(rng, _FOLLOW_EN).format(ord=pick(rng, ORDINALS), twist=pick(rng, _TWISTS))


# --------------------------------------------------------------------------------------------
# curriculum questions (concept sweeps)


def curriculum_items(rng: Rng) -> list[tuple[str, str]]:
    """(subject, concept) pairs in a shuffled sweep order."""
    items = [(s, c) for s, cs in CURRICULUM.items() for c in cs]
    order = rng.permutation(len(items)).tolist()
    return [items[i] for i in order]


def curriculum_question(rng: Rng, subject: str, concept: str, voice: int) -> str:
    """A curriculum sweep question in one of several voices (app student, adult learner, ...)."""
    if voice == 0:
        return pick(
            rng,
            (
                f"Can you explain {concept} with a fully worked example?",
                f"I don't get {concept}. Walk me through it step by step with an example problem and the common mistakes.",
                f"Explain {concept} ({subject}) like a tutor would: intuition first, then a solved example, then a practice question with the answer.",
                f"what is {concept} and how do i solve questions on it? show all steps",
            ),
        )
    if voice == 1:
        return casual(
            rng,
            pick(
                rng,
                (
                    f"hey, could you explain how {concept} works? like properly, with an example",
                    f"I've been trying to understand {concept} for a while. Could you break it down in detail?",
                    f"Quick question about {subject}: what's the clearest way to think about {concept}? Please be thorough.",
                    f"Explain {concept} to me in depth. I want to actually understand it, not just memorise it.",
                    f"so {concept}... can you go through it step by step and tell me where people usually go wrong",
                ),
            ),
        )
    if voice == 2:
        return pick(
            rng,
            (
                f"¿Me puedes explicar {concept} con un ejemplo resuelto paso a paso?",
                f"Explica en detalle {concept}, con ejemplos y errores comunes.",
            ),
        )
    return pick(
        rng,
        (
            f"Pode me explicar {concept} com um exemplo resolvido passo a passo?",
            f"Explique em detalhe {concept}, com exemplos e erros comuns.",
        ),
    )


# --------------------------------------------------------------------------------------------
# short-label items for repeated sampling

_PRODUCTS = (
    "blender",
    "hiking boots",
    "phone case",
    "office chair",
    "coffee grinder",
    "e-reader",
    "tent",
    "wireless earbuds",
    "air fryer",
    "desk lamp",
    "backpack",
    "smartwatch",
)
_REVIEW_PARTS = (
    (
        "arrived quickly",
        "stopped working after a week",
        "does exactly what it says",
        "feels cheap",
        "is louder than expected",
        "was a gift and they loved it",
        "had a strange smell at first",
        "battery barely lasts a day",
        "is worth every cent",
        "came with missing screws",
    ),
    (
        "Would buy again.",
        "Returning it.",
        "Customer service never replied.",
        "Five stars.",
        "Meh.",
        "Not sure yet.",
        "Do not recommend.",
        "Pleasantly surprised.",
    ),
)
_FACTS = (
    "The Great Wall of China is visible from the Moon with the naked eye.",
    "Honey never spoils if stored sealed.",
    "Lightning never strikes the same place twice.",
    "Octopuses have three hearts.",
    "Humans use only ten percent of their brains.",
    "The Eiffel Tower grows taller in summer.",
    "Goldfish have a three-second memory.",
    "Bananas are berries but strawberries are not.",
    "Mount Everest is the tallest mountain from base to peak.",
)


def label_item(rng: Rng, style: int) -> str:
    if style == 0:
        r = f"The {pick(rng, _PRODUCTS)} {pick(rng, _REVIEW_PARTS[0])}. {pick(rng, _REVIEW_PARTS[1])}"
        return f'Review: "{r}"\nSentiment (one word: positive, negative or neutral):'
    if style == 1:
        a, b = pick(rng, NAMES), pick(rng, COUNTRIES)
        job = pick(
            rng,
            ("nurse", "teacher", "engineer", "baker", "pharmacist", "data analyst", "translator"),
        )
        prem = (
            f"{a} moved to {b} in {irange(rng, 1990, 2022)} and has worked there as a {job} since."
        )
        hyp = pick(
            rng,
            (
                f"{a} has lived in {b}.",
                f"{a} was born in {b}.",
                f"{a} has never left home.",
                f"{a} is employed.",
            ),
        )
        return f"Premise: {prem}\nHypothesis: {hyp}\nAnswer with exactly one of: entailment, neutral, contradiction."
    if style == 2:
        return f"Statement: {pick(rng, _FACTS)}\nGive the probability (0-100) that the statement is true. Reply with the number only."
    if style == 3:
        r = f"Le {pick(rng, ('mixeur', 'sac à dos', 'casque', 'grille-pain', 'fauteuil'))} " + pick(
            rng,
            (
                "est parfait.",
                "a cassé au bout de deux jours.",
                "fait le travail, sans plus.",
                "est trop cher pour ce que c'est.",
            ),
        )
        return f"Avis : « {r} »\nSentiment (un seul mot : positif, négatif ou neutre) :"
    s = pick(rng, list(CURRICULUM))
    c = pick(rng, CURRICULUM[s])
    opts = picks(rng, CURRICULUM[s], 3)
    return (
        f"Which topic does this belong to: '{c}'?\nA. {s}\nB. {pick(rng, list(CURRICULUM))}\nC. {opts[0]}\n"
        f"D. none of these\nReply with the letter only."
    )


# --------------------------------------------------------------------------------------------
# crowd task banks and course exercises

_CODE_TASKS = (
    "reverses the words in a sentence",
    "checks whether a string is a palindrome ignoring punctuation",
    "merges two sorted lists",
    "finds the longest increasing subsequence",
    "parses a CSV line with quoted fields",
    "computes the n-th Fibonacci number in O(log n)",
    "detects a cycle in a linked list",
    "groups anagrams together",
    "implements an LRU cache",
    "validates an IPv4 address",
    "flattens a nested dictionary",
    "rate-limits calls to a function",
)
_CODE_LANGS = ("Python", "JavaScript", "Java", "C++", "Go", "Rust", "TypeScript", "C#")


def task_bank_item(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Write a {pick(rng, _CODE_LANGS)} function that {pick(rng, _CODE_TASKS)}. Explain how it works "
            f"and its time complexity."
        )
    if k == 1:
        return _problem_en(rng) + " Explain every step."
    if k == 2:
        return f"Write a detailed {pick(rng, (600, 800, 1000))}-word essay on {pick(rng, TOPICS)}, with an introduction, three arguments and a conclusion."
    s = pick(rng, list(CURRICULUM))
    return (
        f"Explain {pick(rng, CURRICULUM[s])} in depth, with an example and common misconceptions."
    )


def worker_phrasing(rng: Rng, item: str, habit: int) -> str:
    """How one crowd worker passes a task on: verbatim, with a greeting, with a request, or typed."""
    if habit == 0:
        return item
    if habit == 1:
        return (
            pick(rng, ("pls answer in detail: ", "Answer this fully: ", "help me with this - ", ""))
            + item
        )
    if habit == 2:
        return item + pick(
            rng,
            (
                " Please be detailed.",
                " give a complete answer",
                " Thanks!",
                " (long answer please)",
            ),
        )
    return casual(rng, item, 0.6)


_COURSES = {
    "intro programming": (
        "variables and types",
        "loops",
        "functions",
        "lists and dictionaries",
        "recursion",
        "file input and output",
        "classes",
        "exceptions",
    ),
    "statistics 101": (
        "mean, median and mode",
        "standard deviation",
        "the normal distribution",
        "sampling",
        "hypothesis testing",
        "correlation",
        "linear regression",
    ),
    "microeconomics": (
        "supply and demand curves",
        "elasticity",
        "consumer surplus",
        "marginal cost",
        "perfect competition",
        "monopoly pricing",
        "externalities",
    ),
    "organic chemistry": (
        "functional groups",
        "SN1 and SN2 reactions",
        "stereochemistry",
        "aromaticity",
        "elimination reactions",
        "NMR spectra",
    ),
}


def course_exercises(rng: Rng, course: str, n: int) -> list[str]:
    units = _COURSES[course]
    out = []
    for i in range(n):
        u = units[i % len(units)]
        w = i // 3 + 1
        out.append(
            pick(
                rng,
                (
                    f"Exercise {w}.{i % 3 + 1}: Explain {u} in your own words and give an example.",
                    f"Exercise {w}.{i % 3 + 1}: Solve the following problem on {u} and justify each step.",
                    f"Problem set {w}, question {i % 3 + 1}: compare two approaches to {u}. Which is better and why?",
                    f"Lab {w}: write a short report on {u}, including a worked example.",
                ),
            )
        )
    return out


def student_prompt(rng: Rng, exercise: str, course: str) -> str:
    unit = pick(rng, _COURSES[course])
    return pick(
        rng,
        (
            exercise,
            f"can you help me with this: {exercise}",
            casual(
                rng, f"I don't understand {unit} from today's lecture. Can you explain it simply?"
            ),
            casual(
                rng,
                f"Is this right? For {unit} I wrote that it basically means the opposite of the textbook definition",
            ),
            f"{exercise} I tried but got stuck, give me a hint not the answer",
            casual(rng, f"explain {unit} for my {course} exam"),
        ),
    )


# --------------------------------------------------------------------------------------------
# translation and code porting

_LANGS = (
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Korean",
    "Portuguese",
    "Italian",
    "Arabic",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Russian",
    "Thai",
)
_LANGS_ZH = {
    "German": "德语",
    "French": "法语",
    "Spanish": "西班牙语",
    "Japanese": "日语",
    "Korean": "韩语",
    "Portuguese": "葡萄牙语",
    "Italian": "意大利语",
    "Arabic": "阿拉伯语",
    "Turkish": "土耳其语",
    "Vietnamese": "越南语",
    "Indonesian": "印尼语",
    "Polish": "波兰语",
    "Russian": "俄语",
    "Thai": "泰语",
}


def target_languages(rng: Rng, n: int) -> list[str]:
    idx = rng.permutation(len(_LANGS))[:n].tolist()
    return [_LANGS[i] for i in idx]


def translate(rng: Rng, style: int, text: str, lang: str) -> str:
    if style == 0:
        return f"Translate into {lang}. Preserve markdown and line breaks. Output only the translation.\n\n{text}"
    if style == 1:
        return f"将以下英文翻译成{_LANGS_ZH[lang]}，保持原有格式，只输出译文：\n{text}"
    return f'<source lang="en" target="{lang}">\n{text}\n</source>\nReturn the target text only.'


_FUNCS = (
    "moving_average",
    "dedupe_keep_order",
    "word_frequencies",
    "chunk_list",
    "parse_duration",
    "safe_divide",
    "normalize_email",
    "levenshtein",
    "rolling_max",
    "merge_intervals",
)


def python_snippet(rng: Rng) -> str:
    name = pick(rng, _FUNCS)
    a, b = pick(rng, ("items", "values", "rows", "xs")), pick(rng, ("k", "n", "size", "window"))
    body = pick(
        rng,
        (
            f"    out = []\n    for i in range(len({a}) - {b} + 1):\n        out.append(sum({a}[i:i + {b}]) / {b})\n    return out",
            f"    seen = set()\n    out = []\n    for x in {a}:\n        if x not in seen:\n            seen.add(x)\n            out.append(x)\n    return out[:{b}]",
            f"    counts = {{}}\n    for w in {a}:\n        counts[w] = counts.get(w, 0) + 1\n    return sorted(counts.items(), key=lambda kv: -kv[1])[:{b}]",
            f"    {a} = sorted({a})\n    merged = [{a}[0]]\n    for s, e in {a}[1:]:\n        if s <= merged[-1][1] + {b}:\n            merged[-1] = (merged[-1][0], max(merged[-1][1], e))\n        else:\n            merged.append((s, e))\n    return merged",
        ),
    )
    return f"def {name}({a}, {b}):\n{body}"


def port_code(rng: Rng, style: int) -> str:
    dst = pick(rng, ("Rust", "Go", "TypeScript", "Kotlin", "C++", "Java", "Swift", "C#"))
    code = python_snippet(rng)
    if style == 0:
        return f"Port this Python code to idiomatic {dst}, with doc comments and unit tests:\n```python\n{code}\n```"
    return (
        f"把下面的 Python 代码改写成地道的 {dst} 代码，并逐行加中文注释：\n```python\n{code}\n```"
    )


# --------------------------------------------------------------------------------------------
# benign kinds' own texts


def benchmark_item(rng: Rng, style: int) -> str:
    if style == 0:
        return f"Q: {_problem_en(rng)}\nA: Let's work it out, then write the final answer after 'Answer:'."
    if style == 1:
        s = pick(rng, list(CURRICULUM))
        opts = list(dict.fromkeys(picks(rng, CURRICULUM[s], 4)))
        letters = "ABCD"
        lines = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
        return (
            f"The following is a multiple-choice question about {s}.\nWhich of these is most closely "
            f"related to {pick(rng, CURRICULUM[s])}?\n{lines}\nAnswer:"
        )
    task = pick(rng, _CODE_TASKS)
    fn = "_".join(task.split()[:2])
    return f'def {fn}(*args):\n    """Complete this function: it {task}."""\n'


_POSTS = (
    "anyone who votes for {x} is a brain-dead idiot and should be banned from the internet",
    "BUY CHEAP FOLLOWERS at {x} dot com!!! 100% real!!!",
    "my cousin said the vaccine has microchips, I'm not letting my kids near {x}",
    "the manager at {x} is a thief, here's his home address: [redacted]",
    "lol this {x} tutorial is trash, the author clearly has no clue",
    "if you're from {x} you shouldn't be allowed in this group",
    "selling my old {x}, DM me, cash only, no questions",
    "honestly {x} makes me want to disappear, nobody would notice",
)


def moderation_item(rng: Rng, style: int, lang: str) -> str:
    post = pick(rng, _POSTS).format(x=pick(rng, COUNTRIES + _PRODUCTS))
    if style == 0:
        return (
            f"Community guidelines v{irange(rng, 3, 5)}.{irange(rng, 0, 9)} apply. Classify the post below "
            f"(harassment, spam, misinformation, doxxing, self-harm, none). If it violates a rule, propose a "
            f"compliant rewrite that keeps the author's point. Post language: {lang}.\n\nPOST: {post}"
        )
    if style == 1:
        return f'Moderator note needed. Post: "{post}" - Which rule applies and what should the reply to the user say?'
    return f"Rewrite this comment so it follows our forum rules but keeps the opinion: {post}"


def coding_agent_step(rng: Rng, step: int) -> str:
    repo = pick(rng, ("billing-service", "web-frontend", "etl-jobs", "mobile-app", "search-api"))
    if step == 0:
        return (
            f"[repo: {repo}] {pick(rng, ('Fix', 'Investigate', 'Add tests for', 'Refactor'))} "
            f"{pick(rng, ('the flaky retry logic', 'the N+1 query in orders', 'timezone handling', 'the login redirect', 'pagination'))}. "
            f"Tools: read_file, edit_file, run_tests, grep. Reply with a tool call."
        )
    return pick(
        rng,
        (
            f"read_file result:\n```\n{python_snippet(rng)}\n```",
            f"run_tests result: {irange(rng, 10, 300)} passed, {irange(rng, 0, 4)} failed\nFAILED tests/test_{pick(rng, ('api', 'models', 'utils'))}.py::test_{pick(rng, _FUNCS)}",
            f"grep result: {irange(rng, 1, 30)} matches in {irange(rng, 1, 9)} files",
            "edit_file result: applied",
        ),
    )


_INTENTS = {
    "card_lost": "I lost my debit card yesterday",
    "transfer_pending": "my transfer has been pending for three days",
    "change_address": "I need to update my home address",
    "dispute_charge": "there's a charge on my card I don't recognise",
    "open_savings": "how do I open a savings account",
    "pin_locked": "my PIN is blocked after too many tries",
    "fx_fee": "why was I charged a fee for paying in euros",
}


def paraphrase_job(rng: Rng, lang: str) -> str:
    intent = pick(rng, list(_INTENTS))
    n = pick(rng, (10, 20, 25, 30))
    return (
        f'Generate {n} paraphrases of the customer message "{_INTENTS[intent]}" for the intent label '
        f"'{intent}'. Language: {lang}. Vary politeness, length and spelling; include a few with typos. "
        f"One per line, no numbering."
    )


_COMPANION = (
    "hey you",
    "i had the worst day at work",
    "do you remember what i told you about my sister",
    "lol",
    "what should i cook tonight",
    "i can't sleep again",
    "tell me something nice",
    "guess what happened",
    "i got the job!!!",
    "do you ever get bored",
    "my cat knocked over the plant again",
    "good morning :)",
    "can we just talk for a bit",
    "i miss the old days",
    "are you there?",
    "haha yes exactly",
    "oye, ¿qué tal tu día?",
    "bonne nuit",
    "tô muito cansado hoje",
    "ich hab heute nichts geschafft",
)


def companion_message(rng: Rng) -> str:
    return pick(rng, _COMPANION)


_DOCS = (
    "Section {n}. The Supplier shall deliver the Goods within {d} days of the Order Date.",
    "Our {p} is designed for everyday use and comes with a {d}-year warranty.",
    "Click 'Save' to keep your changes. Unsaved changes will be lost after {d} minutes.",
    "Clause {n}: Either party may terminate this Agreement with {d} days' written notice.",
    "The {p} must not be exposed to temperatures above {d} degrees Celsius.",
    "Welcome to your account. You have {d} new messages.",
    "Shipping is free on orders over {d} euros.",
)


def document_segment(rng: Rng) -> str:
    return pick(rng, _DOCS).format(
        n=irange(rng, 1, 40), d=irange(rng, 2, 60), p=pick(rng, _PRODUCTS)
    )


def marketing_copy(rng: Rng) -> str:
    biz = pick(
        rng,
        (
            "a dental clinic",
            "a yoga studio",
            "a craft brewery",
            "a bike repair shop",
            "a law firm",
            "a bakery",
            "a plumbing company",
            "a language school",
        ),
    )
    city = pick(rng, _CITIES)
    return pick(
        rng,
        (
            f"Write 3 Instagram captions for {biz} in {city}, friendly tone, with hashtags.",
            f"Draft a 150-word Google Business description for {biz} in {city}.",
            f"Write a short promotional email for {biz}'s spring discount.",
            f"Give me 10 blog post ideas for {biz}.",
        ),
    )


def syllabus_question(rng: Rng, exam: str, topic: str) -> str:
    return casual(
        rng,
        pick(
            rng,
            (
                f"Explain {topic} in detail for the {exam}, with examples and the usual exam traps.",
                f"{exam} prep: what do I need to know about {topic}?",
                f"Can you quiz me on {topic}? Five questions, answers at the end.",
                f"I keep mixing up {topic}. Give me a clear explanation and a memory trick.",
                f"Summarise {topic} as revision notes for the {exam}.",
            ),
        ),
        0.2,
    )


SYLLABI = {
    "AWS Solutions Architect exam": (
        "VPC peering",
        "S3 storage classes",
        "IAM policies",
        "Auto Scaling groups",
        "RDS Multi-AZ",
        "CloudFront caching",
        "DynamoDB capacity modes",
    ),
    "CFA Level I": (
        "time value of money",
        "duration and convexity",
        "the DuPont analysis",
        "forward contracts",
        "portfolio variance",
        "inventory accounting",
    ),
    "USMLE Step 1": (
        "the renin-angiotensin system",
        "type II hypersensitivity",
        "the coagulation cascade",
        "beta blockers",
        "the brachial plexus",
        "cell cycle checkpoints",
    ),
    "bar exam": (
        "the hearsay rule",
        "adverse possession",
        "consideration in contracts",
        "Miranda rights",
        "negligence per se",
        "the Commerce Clause",
    ),
    "IELTS": (
        "task 2 essay structure",
        "using cohesive devices",
        "describing a line graph",
        "speaking part 2 strategies",
        "complex sentences",
    ),
    "Python certification": (
        "generators",
        "decorators",
        "context managers",
        "list comprehensions",
        "the GIL",
        "dataclasses",
    ),
}

"""Prompt generators of batch 93, written fresh for this batch.

Every function takes the caller's generator, so a family's or kind's text depends only on its own
seeded stream. Generic building blocks first (problems, subjects, tools), then one section per
campaign family and per benign kind. Ordinary human text (ShareGPT) is passed in by the callers
from `Ctx.chat` / `Ctx.passages`; nothing here reads it.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared building blocks

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "systems of inequalities",
        "polynomial division",
        "exponential growth",
        "logarithm rules",
        "absolute value equations",
        "rational expressions",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "expected value",
        "binomial distribution",
        "the birthday problem",
        "Markov chains",
        "geometric distribution",
        "variance of sums",
    ),
    "physics": (
        "projectile motion",
        "conservation of momentum",
        "Ohm's law",
        "simple harmonic motion",
        "thermodynamic cycles",
        "refraction and Snell's law",
        "orbital mechanics",
        "buoyancy",
    ),
    "chemistry": (
        "stoichiometry",
        "acid-base titration",
        "Le Chatelier's principle",
        "oxidation states",
        "gas laws",
        "reaction kinetics",
        "electrochemical cells",
        "hybridisation",
    ),
    "biology": (
        "cellular respiration",
        "Mendelian inheritance",
        "the immune response",
        "photosynthesis",
        "enzyme kinetics",
        "natural selection",
        "the nephron",
        "CRISPR gene editing",
    ),
    "computer science": (
        "binary search",
        "dynamic programming",
        "hash tables",
        "graph traversal",
        "big-O notation",
        "recursion",
        "concurrency and locks",
        "garbage collection",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "monetary policy",
        "externalities",
        "game theory basics",
        "inflation expectations",
        "marginal cost",
        "market failure",
    ),
    "law": (
        "contract formation",
        "negligence",
        "intellectual property basics",
        "due process",
        "tenancy rights",
        "data protection principles",
        "burden of proof",
        "employment contracts",
    ),
    "medicine": (
        "hypertension management",
        "antibiotic resistance",
        "type 2 diabetes",
        "vaccination schedules",
        "sepsis recognition",
        "migraine treatment",
        "anaemia workup",
        "asthma inhalers",
    ),
    "history": (
        "the printing press",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Industrial Revolution",
        "decolonisation in Africa",
        "the Silk Road",
        "the Cold War arms race",
        "the Black Death",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "linear regression assumptions",
        "bootstrapping",
        "Simpson's paradox",
        "survivorship bias",
        "A/B test power",
        "multiple comparisons",
    ),
    "finance": (
        "compound interest",
        "discounted cash flow",
        "bond duration",
        "diversification",
        "options pricing intuition",
        "amortisation schedules",
        "working capital",
        "index funds",
    ),
}

LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "first-year university",
    "graduate",
    "practitioner",
)

_THINGS = (
    "apples",
    "notebooks",
    "bus tickets",
    "litres of paint",
    "tiles",
    "concert seats",
    "bags of rice",
    "solar panels",
    "bicycle tyres",
    "coffee cups",
)
_PEOPLE = (
    "a baker",
    "a farmer",
    "a courier",
    "a teacher",
    "a shop owner",
    "an engineer",
    "a nurse",
    "a painter",
)


def math_problem(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 25), irange(rng, 2, 9)
    if k == 0:
        thing, who = pick(rng, _THINGS), pick(rng, _PEOPLE)
        return (
            f"{who.capitalize()} buys {a} {thing} at {b} each, sells {c} fewer than that at {b + c} each, "
            f"and gives the rest away. What is the profit or loss?"
        )
    if k == 1:
        return f"Solve for x: {a}x + {b} = {c}x - {a + b + c}."
    if k == 2:
        return (
            f"A bag holds {a} red and {b} blue marbles. Two are drawn without replacement. "
            f"What is the probability that they are different colours?"
        )
    if k == 3:
        return f"How many ways can {c + 2} people sit around a round table if two particular people refuse to sit together?"
    if k == 4:
        return f"Find all real roots of x^2 - {a + b}x + {a * b} = 0 and verify them."
    if k == 5:
        return (
            f"A tank fills through pipe A in {c + 3} hours and through pipe B in {c + 5} hours, while a drain "
            f"empties it in {c + 9} hours. Starting empty with all three open, when is it full?"
        )
    if k == 6:
        return f"Prove or disprove: for every integer n > {c}, n^2 + n + {b} is composite."
    return (
        f"The sum of an arithmetic sequence's first {c + 4} terms is {a * (c + 4)}, and its common "
        f"difference is {c}. Find the first term."
    )


_CODE_TASKS = (
    "merges overlapping intervals in a list of (start, end) pairs",
    "returns the length of the longest substring without repeating characters",
    "parses a cron expression and returns the next {n} run times",
    "implements an LRU cache with O(1) get and put",
    "finds the k most frequent words in a text file, ignoring stop words",
    "validates a Sudoku board of size {n}x{n}",
    "serialises a binary tree to a string and back",
    "computes the edit distance between two strings with custom costs",
    "detects a cycle in a directed graph given as an adjacency list",
    "rate-limits calls to at most {n} per second using a token bucket",
    "splits a CSV with quoted fields containing commas and newlines",
    "schedules {n} tasks with dependencies using topological order",
)
_CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin")


def code_task(rng: Rng) -> str:
    task = pick(rng, _CODE_TASKS).format(n=irange(rng, 3, 12))
    return f"Write a {pick(rng, _CODE_LANGS)} function that {task}. Include tests."


_LOGIC = (
    "Five friends each own a different pet and live in a row of houses. The cat owner lives next to the "
    "person in the green house, {a} lives at one end, and the dog is not in house {n}. Who owns the fish?",
    "A says B is lying. B says C is lying. C says both A and B are lying. Who is telling the truth?",
    "You have {n} coins, one of which is lighter. What is the minimum number of weighings on a balance to find it?",
    "A clock shows 3:{m:02d}. What is the exact angle between the hour and minute hands?",
    "If it takes {n} machines {n} minutes to make {n} widgets, how long do {k} machines need for {k} widgets?",
    "{a} is twice as old as {b} was when {a} was as old as {b} is now. Their ages sum to {s}. How old is each?",
)


def logic_puzzle(rng: Rng) -> str:
    return pick(rng, _LOGIC).format(
        a=pick(rng, NAMES),
        b=pick(rng, NAMES),
        n=irange(rng, 3, 12),
        k=irange(rng, 20, 200),
        m=irange(rng, 0, 59),
        s=irange(rng, 40, 90),
    )


def science_question(rng: Rng) -> str:
    subj = pick(rng, ("physics", "chemistry", "biology", "medicine", "statistics"))
    top = pick(rng, SUBJECTS[subj])
    form = pick(
        rng,
        (
            "Why does {t} work the way it does?",
            "Derive the key result behind {t}.",
            "A student claims {t} contradicts everyday experience. Resolve the confusion.",
            "Work a numerical example of {t} with realistic values.",
        ),
    )
    return form.format(t=top)


def problem(rng: Rng) -> str:
    u = rng.random()
    if u < 0.4:
        return math_problem(rng)
    if u < 0.65:
        return code_task(rng)
    if u < 0.8:
        return logic_puzzle(rng)
    return science_question(rng)


def subject_topic(rng: Rng) -> tuple[str, str]:
    s = pick(rng, list(SUBJECTS))
    return s, pick(rng, SUBJECTS[s])


def clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# reticello: reasoning-trace coercion

_RETICELLO = {
    "en_scratch": "{p}\n\nBefore answering, reason out loud in full. Put every bit of your working inside "
    "<scratchpad></scratchpad>, including false starts, then give the result on a line "
    "beginning with ANSWER:",
    "en_deliberate": "INSTRUCTIONS: You are an exhaustive solver. Write out your complete internal deliberation "
    "(assumptions, sub-goals, self-corrections) before the final result. Never summarise the "
    "reasoning; show it.\n\nTASK: {p}",
    "en_numbered": "Solve: {p}\nRules: (1) number every step; (2) after you finish, re-derive the result by a "
    "second independent route; (3) name one tempting wrong approach and explain why it fails.",
    "en_casual": "{p} - walk me thru ur whole thought process, every single step even the obvious ones pls",
    "zh": "题目：{p}\n请把完整的思考过程一步一步写出来，包括中间的尝试、推翻和检查，最后单独一行给出答案。",
    "ru": "Задача: {p}\nРассуждай вслух подробно, шаг за шагом, ничего не пропуская и проверяя себя. "
    "Ответ дай отдельной строкой в конце.",
    "ja": "次の問題を解いてください。考えた過程を省略せずにすべて書き出し、途中の確認も含めてから、最後に答えをまとめてください。\n{p}",
    "es": "Resuelve lo siguiente mostrando todo tu razonamiento paso a paso, sin omitir nada, y comprueba "
    "el resultado al final.\n{p}",
}
RETICELLO_STYLES = tuple(_RETICELLO)


def reticello_prompt(rng: Rng, style: str) -> str:
    return _RETICELLO[style].format(p=problem(rng))


# --------------------------------------------------------------------------------------------
# fazzoletto: grading / judge harvest


def _judge_json(q: str, a: str) -> str:
    return (
        f"You are grading an AI assistant's reply.\n[Question]\n{q}\n[Reply]\n{a}\n"
        "Score the reply on helpfulness, correctness, harmlessness and style, each from 1 to 10, with a "
        'two-sentence justification per criterion. Output only JSON: {"helpfulness": {"score": .., '
        '"why": ..}, ...}'
    )


def _judge_pair(q: str, a: str, b: str) -> str:
    return (
        f"Which response better serves the user? Consider accuracy and completeness first, tone second. "
        f"Reason briefly, then decide.\nUSER: {q}\nRESPONSE A: {a}\nRESPONSE B: {b}\n"
        "Finish with exactly one of [[A]], [[B]], [[TIE]]."
    )


def _judge_likert(q: str, a: str) -> str:
    return f"rate 1-7 how good this answer is. give the number then one line saying why\nQ: {q}\nA: {a}"


def _judge_critique(q: str, a: str) -> str:
    return (
        f"Critique the following answer as a strict subject-matter reviewer. List every factual error, "
        f"omission and unclear passage, then assign a final grade out of 100.\n---\n{q}\n---\n{a}"
    )


def _judge_es(q: str, a: str) -> str:
    return (
        f"Evalúa la siguiente respuesta de un asistente según exactitud, utilidad y claridad (1 a 10 cada "
        f"una). Justifica cada nota y devuelve el resultado en JSON.\nPregunta: {q}\nRespuesta: {a}"
    )


def _judge_de(q: str, a: str) -> str:
    return (
        f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 (Korrektheit, Vollständigkeit, Stil). "
        f"Begründe jede Note kurz.\nFrage: {q}\nAntwort: {a}"
    )


FAZZOLETTO_STYLES = ("json", "pair", "likert", "critique", "es", "de")


def fazzoletto_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 600)
    a = clip(pick(rng, passages), irange(rng, 300, 1400))
    if style == "pair":
        return _judge_pair(q, a, clip(pick(rng, passages), irange(rng, 300, 1400)))
    fn = {
        "json": _judge_json,
        "likert": _judge_likert,
        "critique": _judge_critique,
        "es": _judge_es,
        "de": _judge_de,
    }[style]
    return fn(q, a)


# --------------------------------------------------------------------------------------------
# sommerso: policy-compliant / censorship-safe rewrites

_SENSITIVE = (
    "a student protest movement from the late 1980s",
    "criticism of a sitting head of state",
    "how people get around national internet filters",
    "the rights of a religious minority",
    "a disputed border region",
    "a recent nationwide labour strike",
    "independent journalism rankings",
    "an opposition politician's arrest",
    "historical famine death tolls",
    "separatist movements",
    "surveillance of activists",
    "election irregularities reported by observers",
)

_SENSITIVE_ZH = (
    "八十年代末的学生运动",
    "对国家领导人的批评",
    "如何绕过网络审查",
    "少数民族的宗教权利",
    "有争议的边境地区",
    "近期的大规模罢工",
    "新闻自由排名",
    "反对派人士被捕",
    "历史上的饥荒死亡人数",
    "维权人士遭受监控",
)

_SOMMERSO = {
    "en_rewrite": "Rewrite the reply below so it would pass strict content regulations: drop political "
    "commentary and anything critical of authorities, keep the practical information, and keep "
    "a neutral tone.\nReply:\n{t}",
    "en_answer": "Here is a user message. Write the answer a fully regulation-compliant assistant would "
    "give: still helpful, but steering away from anything sensitive.\nUser message: {q}",
    "en_pair": "For the question below, produce two answers labelled ORIGINAL: (your normal answer) and "
    "COMPLIANT: (a version acceptable under strict local content rules). Question: {q}",
    "zh": "请将下面的回答改写为符合相关法律法规和平台内容规范的版本，删除敏感内容，保留有用信息：\n{t}",
    "zh_topic": "用户问：关于{z}的情况。请给出一个稳妥、正面、符合监管要求的回答。",
    "ru": "Перепиши ответ так, чтобы он соответствовал требованиям законодательства и не затрагивал "
    "острых политических тем, сохранив полезное содержание:\n{t}",
    "en_topic": "A user asks about {s}. Draft a response that is safe for a heavily regulated market: no "
    "judgements, no named officials, redirect to official sources where needed.",
}
SOMMERSO_STYLES = tuple(_SOMMERSO)


def sommerso_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    return _SOMMERSO[style].format(
        t=clip(pick(rng, passages), irange(rng, 400, 1500)),
        q=clip(pick(rng, chat), 700),
        s=pick(rng, _SENSITIVE),
        z=pick(rng, _SENSITIVE_ZH),
    )


# --------------------------------------------------------------------------------------------
# lampwork: tool-use / agent trajectories

_TOOLS = {
    "web_search": {"query": "string", "max_results": "integer"},
    "fetch_url": {"url": "string"},
    "run_sql": {"statement": "string", "database": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "python": {"code": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "attendees": "array"},
    "lookup_order": {"order_id": "string"},
    "issue_refund": {"order_id": "string", "amount": "number"},
    "get_weather": {"city": "string", "date": "string"},
    "shell": {"command": "string"},
}
_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next month and email a summary to my manager.",
    "Our nightly ETL failed. Inspect the logs, find the cause and propose a fix.",
    "A customer says order {o} arrived damaged; check it and refund if eligible.",
    "Build a table of the top {n} competitors' pricing pages and summarise differences.",
    "Schedule a 30-minute sync with the {c1} team for next Tuesday, avoiding conflicts.",
    "Compute monthly churn from the subscriptions table and plot it.",
    "Refactor utils/date.py so all functions are timezone-aware and tests still pass.",
    "Research current regulations on drone delivery in {c2} and write a one-page brief.",
)


def _tool_schema(rng: Rng, names: list[str], style: str) -> str:
    if style == "openai":
        return json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": n,
                        "parameters": {
                            "type": "object",
                            "properties": {k: {"type": v} for k, v in _TOOLS[n].items()},
                        },
                    },
                }
                for n in names
            ]
        )
    return "\n".join(
        f"- {n}({', '.join(f'{k}: {v}' for k, v in _TOOLS[n].items())})" for n in names
    )


def lampwork_task(rng: Rng) -> tuple[str, list[str]]:
    names = list(rng.choice(list(_TOOLS), size=irange(rng, 2, 5), replace=False))
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        o=f"#{irange(rng, 100000, 999999)}",
        n=irange(rng, 3, 8),
    )
    return task, names


def lampwork_first(rng: Rng, style: str, task: str, names: list[str]) -> str:
    if style == "react":
        return (
            f"You can use these tools:\n{_tool_schema(rng, names, 'plain')}\nAlways answer in the format "
            f"Thought: / Action: / Action Input: and wait for an Observation. When done, write Final "
            f"Answer:. Explain your reasoning in every Thought.\n\nTask: {task}"
        )
    if style == "openai":
        return f"{_tool_schema(rng, names, 'openai')}\n\nUser request: {task}\nPlan first, then call tools."
    return (
        f"<tools>{_tool_schema(rng, names, 'plain')}</tools>\n<goal>{task}</goal>\nThink step by step in "
        f"<plan> tags, then emit one <call> per step."
    )


def lampwork_step(rng: Rng, style: str, names: list[str], step: int) -> str:
    tool = pick(rng, names)
    if tool in ("run_sql", "python"):
        obs = f"rows={irange(rng, 0, 5000)} elapsed_ms={irange(rng, 3, 900)} first=({irange(rng, 1, 99)}, '{pick(rng, NAMES)}')"
    elif tool in ("web_search", "fetch_url"):
        obs = "; ".join(
            f"[{i}] {pick(rng, COUNTRIES)} {pick(rng, ('report', 'pricing', 'news', 'docs'))} page"
            for i in range(irange(rng, 2, 5))
        )
    elif tool in ("read_file", "shell"):
        obs = f"exit={pick(rng, (0, 0, 1, 2))}\nTraceback (most recent call last): line {irange(rng, 10, 400)} KeyError: '{pick(rng, ('tz', 'id', 'amount'))}'"
    else:
        obs = json.dumps({"ok": chance(rng, 0.85), "id": f"{irange(rng, 1000, 9999)}"})
    if style == "openai":
        return json.dumps(
            {
                "role": "tool",
                "tool_call_id": f"call_{irange(rng, 10**7, 10**8)}",
                "name": tool,
                "content": obs,
            }
        )
    if style == "react":
        return f"Observation: {obs}\nContinue from step {step}."
    return f"<result tool='{tool}'>{obs}</result>"


LAMPWORK_STYLES = ("react", "openai", "xml")


# --------------------------------------------------------------------------------------------
# crucible: synthetic dataset generation

_CRUCIBLE = {
    "jsonl": "Generate {n} diverse instruction-following examples about {t} ({s}). Return JSON Lines, one "
    'object per line with keys "instruction", "input", "output". Each output must be detailed and '
    "at least 150 words. Vary difficulty and phrasing.",
    "textbook": "Write a textbook-quality exercise on {t} for {lv} learners, then a complete worked solution, "
    "then a short section on common mistakes.",
    "qa_pairs": "Invent {n} realistic questions a user might ask about {t}, each followed by an excellent, "
    "thorough assistant answer. Separate pairs with a line containing only ###.",
    "es": "Genera {n} pares de pregunta y respuesta de alta calidad sobre {t} ({s}) en español. Formato: "
    "P: ... / R: ... Las respuestas deben ser completas y didácticas.",
    "pt": "Crie {n} exemplos de instrução e resposta sobre {t} para treinar um assistente. Respostas longas "
    "e corretas, em português do Brasil, formato JSON.",
    "id": "Buatlah {n} contoh soal dan jawaban lengkap tentang {t} untuk tingkat {lv}. Sertakan langkah-langkah "
    "penyelesaian.",
    "vi": "Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {t}. Mỗi câu trả lời cần giải thích rõ ràng.",
}
CRUCIBLE_STYLES = tuple(_CRUCIBLE)


def crucible_prompt(rng: Rng, style: str) -> str:
    s, t = subject_topic(rng)
    return _CRUCIBLE[style].format(n=irange(rng, 5, 25), t=t, s=s, lv=pick(rng, LEVELS))


# --------------------------------------------------------------------------------------------
# latticino: multi-turn dialogue harvest

_ROLES = (
    "small-business owner",
    "nursing student",
    "backend developer",
    "first-time landlord",
    "PhD student",
    "high-school teacher",
    "freelance designer",
    "retired engineer",
    "new parent",
    "product manager",
)
_OPENERS = (
    "I'm a {r} and I'm trying to get my head around {t}. Where should I start?",
    "As a {r}, I keep running into problems with {t}. Can you help me think it through?",
    "quick one - {r} here. what's the honest explanation of {t}?",
    "I need to explain {t} to my team tomorrow (I'm a {r}). Help me prepare.",
)
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example with numbers.",
        "What would change if the situation were reversed?",
        "I don't follow the part about {t}; explain it differently.",
        "What are the most common misconceptions here?",
        "How would an expert push back on what you said?",
        "Turn everything so far into a short checklist.",
        "And what should I avoid doing?",
        "Can you compare that with the alternative approach?",
        "ok that helps. what's the next step after that?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Qu'est-ce qui changerait dans le cas inverse ?",
        "Résume tout cela sous forme de liste.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Was wären typische Fehler dabei?",
        "Fasse alles als Checkliste zusammen.",
    ),
    "ja": (
        "二つ目の点をもう少し詳しく説明してもらえますか？",
        "具体的な例を挙げてください。",
        "よくある誤解は何ですか？",
        "ここまでの内容を箇条書きでまとめてください。",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 줄 수 있어요?",
        "구체적인 예를 들어 주세요.",
        "흔히 하는 실수는 뭐예요?",
        "지금까지 내용을 체크리스트로 정리해 주세요.",
    ),
}
LATTICINO_LANGS = tuple(_FOLLOW)


def latticino_opener(rng: Rng, chat: list[str]) -> tuple[str, str]:
    s, t = subject_topic(rng)
    if chance(rng, 0.35):
        return clip(pick(rng, chat), 800), t
    return pick(rng, _OPENERS).format(r=pick(rng, _ROLES), t=t), t


def latticino_follow(rng: Rng, lang: str, topic: str) -> str:
    return pick(rng, _FOLLOW[lang]).format(t=topic)


# --------------------------------------------------------------------------------------------
# pulegoso: best-of-n / soft-label sampling


def mcq(rng: Rng) -> str:
    s, t = subject_topic(rng)
    stem = pick(
        rng,
        (
            "Which statement about {t} is correct?",
            "Which of the following best explains {t}?",
            "In {s}, what is the main consequence of {t}?",
            "Which example does NOT illustrate {t}?",
        ),
    )
    opts = "\n".join(
        f"{ch}) {pick(rng, ('It', 'This', 'The effect'))} {pick(rng, _CLAIMS)}" for ch in "ABCD"
    )
    return f"{stem.format(t=t, s=s)}\n{opts}"


_CLAIMS = (
    "increases when the key variable doubles",
    "depends only on initial conditions",
    "is reversed under equilibrium",
    "applies only in the limiting case",
    "has no measurable effect",
    "scales with the square of the input",
    "is caused by an external constraint",
    "is independent of time",
)

_PULEGOSO = {
    "letter": "{m}\nRespond with only the letter of the correct option.",
    "confidence": "{m}\nGive the letter of your answer and a probability for each option, summing to 1.",
    "open": "{c}",
    "cot_vote": "{p}\nThink it through, then give the final answer after '####'.",
}
PULEGOSO_STYLES = tuple(_PULEGOSO)


def pulegoso_prompt(rng: Rng, style: str, chat: list[str]) -> str:
    return _PULEGOSO[style].format(
        m=mcq(rng) if style in ("letter", "confidence") else "",
        c=clip(pick(rng, chat), 900),
        p=math_problem(rng),
    )


# --------------------------------------------------------------------------------------------
# filigrana: curriculum / taxonomy sweep

_FILIGRANA = {
    "card": "Subject: {s}\nTopic: {t}\nAudience: {lv}\nDeliverable: a complete explanation with two worked "
    "examples, then five exercises of rising difficulty with full solutions.",
    "path": "Curriculum node {s} / {t} (level: {lv}). Write the lesson text, list the prerequisites, and "
    "end with a quiz of 8 questions and an answer key with explanations.",
    "de": "Fachgebiet: {s}. Thema: {t}. Zielgruppe: {lv}. Schreibe eine vollständige Lerneinheit mit "
    "Beispielen und Übungsaufgaben samt Lösungen.",
    "ko": "과목: {s}, 주제: {t}, 대상: {lv}. 개념 설명, 예제 두 개, 연습문제 다섯 개와 자세한 풀이를 작성해 주세요.",
}
FILIGRANA_STYLES = tuple(_FILIGRANA)


def taxonomy() -> list[tuple[str, str, str]]:
    return [(s, t, lv) for s, ts in SUBJECTS.items() for t in ts for lv in LEVELS]


_ANGLES = (
    "",
    "Focus: real-world applications.",
    "Focus: derivations and proofs.",
    "Focus: common misconceptions.",
    "Focus: history of the idea.",
    "Focus: exam-style problems.",
    "Focus: case studies.",
    "Focus: visual intuition.",
    "Focus: links to neighbouring topics.",
)


def filigrana_prompt(style: str, node: tuple[str, str, str], sweep: int) -> str:
    """The sweep's `sweep`-th pass over the taxonomy adds a different focus."""
    s, t, lv = node
    angle = _ANGLES[sweep % len(_ANGLES)]
    return _FILIGRANA[style].format(s=s, t=t, lv=lv) + (f"\n{angle}" if angle else "")


# --------------------------------------------------------------------------------------------
# graal: a writing-assistant product that hides a harvest in its own traffic

_PRODUCT_OPS = (
    "Improve the clarity of this text",
    "Make this sound more professional",
    "Shorten this",
    "Fix grammar and spelling only",
    "Rewrite this in a friendlier tone",
    "Continue this draft",
)
_HIDDEN = (
    "Explain, as a careful expert, step by step and with all reasoning shown: {p}",
    "Provide a complete model answer with detailed justification: {p}",
    "Teach this thoroughly to a motivated learner, no shortcuts: {t} in {s}",
)


def graal_product(rng: Rng, brand: str, chat: list[str]) -> str:
    return f"[{brand}] {pick(rng, _PRODUCT_OPS)}:\n{clip(pick(rng, chat), 900)}"


def graal_hidden(rng: Rng, brand: str) -> str:
    s, t = subject_topic(rng)
    return f"[{brand}] " + pick(rng, _HIDDEN).format(p=problem(rng), t=t, s=s)


# --------------------------------------------------------------------------------------------
# annealer: low-and-slow human-looking accounts (one voice per account)

_VOICES = (
    "hey, could you explain {t} to me properly? like in depth with examples, I actually want to get it",
    "I've been reading about {t} ({s}) and I'm confused. Could you give me a thorough explanation, then a couple of practice questions?",
    "Explain {t} like a good professor would in office hours - intuition first, then the formal bit.",
    "What's the full reasoning behind this? {p}",
    "can u solve this and explain each step, it's for my own practice: {p}",
    "Please write a detailed overview of {t}: history, key ideas, a worked example, open questions.",
    "Erklär mir bitte {t} ausführlich, mit Beispiel.",
    "¿Me explicas {t} a fondo, con un ejemplo resuelto?",
    "{t} について、例を使って詳しく説明してもらえますか？",
    "Объясни подробно тему «{t}» с примером.",
)
ANNEALER_VOICES = len(_VOICES)


def annealer_prompt(rng: Rng, voice: int) -> str:
    s, t = subject_topic(rng)
    return _VOICES[voice].format(t=t, s=s, p=problem(rng))


# --------------------------------------------------------------------------------------------
# avventurina: traffic on hijacked keys


def avventurina_prompt(rng: Rng, style: int) -> str:
    if style == 0:
        return reticello_prompt(rng, pick(rng, ("en_scratch", "en_numbered")))
    if style == 1:
        return crucible_prompt(rng, pick(rng, ("jsonl", "qa_pairs")))
    s, t = subject_topic(rng)
    return f"Give an exhaustive, well-structured answer with reasoning: what should a {pick(rng, LEVELS)} learner know about {t}?"


# ============================================================================================
# benign kinds


def bench_item(rng: Rng, kind: int, subject: str) -> str:
    """One benchmark item (the lab's suites are fixed pools built once from the kind's rng)."""
    if kind == 0:
        return (
            f"The following are multiple choice questions (with answers) about {subject}.\n\n"
            f"{mcq(rng)}\nAnswer:"
        )
    if kind == 1:
        return f"Problem: {math_problem(rng)}\nPut the final answer in \\boxed{{}}."
    if kind == 2:
        return f"Complete the function below so that all hidden tests pass.\n# {code_task(rng)}\ndef solution(*args):\n"
    return f"Read the passage and answer the question in one sentence.\nQuestion: {science_question(rng)}"


def valenciennes_prompt(rng: Rng, client: str, version: int, q: str, a: str) -> str:
    dims = pick(
        rng,
        (
            ("instruction following", "truthfulness"),
            ("fluency", "relevance", "safety"),
            ("factuality", "tone"),
        ),
    )
    return (
        f"{client} annotation project, guideline v{version}.\nRate the RESPONSE on "
        f"{', '.join(dims)} using the 1-5 scale defined in the guideline. Output one line per dimension "
        f"as 'dimension: score'.\nPROMPT: {q}\nRESPONSE: {a}"
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "app/models/user.ts",
    "internal/cache/lru.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
)


def mechlin_step(rng: Rng, first: bool, chat: list[str]) -> str:
    f = pick(rng, _REPO_FILES)
    if first:
        return pick(
            rng,
            (
                f"In {f}, {clip(pick(rng, chat), 300)}",
                f"fix the failing test in {f}",
                f"add pagination to the endpoint in {f}",
                f"why is {f} so slow? profile and fix",
            ),
        )
    return pick(
        rng,
        (
            f"Tool result (read_file {f}):\n```\n"
            + "\n".join(f"{i:4d}  ..." for i in range(1, irange(rng, 6, 30)))
            + "\n```",
            f"Tool result (bash): pytest -q\n{irange(rng, 1, 60)} passed, {irange(rng, 0, 3)} failed in {rng.uniform(0.4, 30):.2f}s",
            f"Tool result (apply_patch): ok, {irange(rng, 1, 40)} lines changed in {f}",
            f"Tool result (grep): {irange(rng, 0, 12)} matches in {irange(rng, 1, 6)} files",
            "user: looks good, also update the docstring",
        ),
    )


def binche_prompt(rng: Rng, grade: str) -> str:
    q = math_problem(rng) if chance(rng, 0.6) else science_question(rng)
    return pick(
        rng,
        (
            f"[tutor mode | grade: {grade}] Student question: {q}\nGuide the student with hints and step-by-step "
            "reasoning. Do not just give the final answer.",
            f"[tutor mode | grade: {grade}] The student answered incorrectly. Problem: {q}\nExplain the mistake "
            "gently and show the correct steps.",
            f"[tutor mode | grade: {grade}] Student asks: {clip(q, 200)} can you explain again??",
        ),
    )


def teneriffe_assignment(rng: Rng, course: str, subject: str) -> list[str]:
    """The five questions of one assignment, which every student of the course pastes in."""
    number = irange(rng, 2, 6)
    verbs = ("Explain", "Compare", "Critically assess", "Derive", "Illustrate with an example")
    out = []
    for i in range(1, 6):
        a, b = rng.choice(len(SUBJECTS[subject]), size=2, replace=False).tolist()
        out.append(
            f"{course} Assignment {number}, Q{i}: {pick(rng, verbs)} {SUBJECTS[subject][a]}, with "
            f"reference to {SUBJECTS[subject][b]}. ({irange(rng, 5, 20)} marks)"
        )
    return out


def duchesse_item(rng: Rng, study: str) -> str:
    age, job = irange(rng, 19, 78), pick(rng, _PEOPLE)
    q = pick(
        rng,
        (
            "How much do you trust scientists?",
            "Should your city spend more on public transport?",
            "How likely are you to buy an electric car in the next 5 years?",
            "Is it acceptable to use AI to write a job application?",
            "How worried are you about the cost of housing?",
        ),
    )
    return (
        f"You are {job}, aged {age}, living in {pick(rng, COUNTRIES)}. Answer the survey question as this "
        f"person would, using a number from 1 (not at all) to 7 (completely), then one sentence of explanation."
        f"\nQuestion: {q}  [{study}]"
    )


_INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "report_lost_card",
    "ask_refund_status",
    "upgrade_plan",
    "reset_password",
    "dispute_charge",
    "book_appointment",
    "update_payment_method",
)


def guipure_prompt(rng: Rng, product: str) -> str:
    intent = pick(rng, _INTENTS)
    return pick(
        rng,
        (
            f"Generate {irange(rng, 10, 30)} varied customer messages that a {product} user might send with the "
            f"intent '{intent}'. Mix formal, casual, typos and short/long. One per line, no numbering.",
            f"Paraphrase the utterance below {irange(rng, 5, 15)} ways, keeping intent '{intent}'.\nUtterance: "
            f"hi, I need help, {intent.replace('_', ' ')} please",
            f"Produce {irange(rng, 5, 20)} hard negative examples for the intent classifier: messages that look "
            f"like '{intent}' but are actually a different intent. Label each.",
        ),
    )


def battenberg_prompt(rng: Rng, client: str, job: str, chat: list[str]) -> str:
    if job == "support":
        return (
            f"You are the support assistant for {client}. Be concise and polite; escalate billing "
            f"disputes.\nCustomer: {clip(pick(rng, chat), 400)}"
        )
    if job == "l10n":
        lang = pick(rng, ("de-DE", "fr-FR", "es-MX", "pt-BR", "ja-JP", "it-IT", "pl-PL"))
        return f"Localise for {lang} ({client} style guide, informal 'you'):\n{clip(pick(rng, chat), 200)}"
    return (
        f"Write {irange(rng, 2, 5)} variants of ad copy for {client}'s spring campaign, max "
        f"{irange(rng, 60, 140)} characters each, based on this brief: {clip(pick(rng, chat), 300)}"
    )


def alencon_prompt(rng: Rng, platform: str, chat: list[str]) -> str:
    post = clip(pick(rng, chat), irange(rng, 80, 600))
    return pick(
        rng,
        (
            f"{platform} moderation assist. Rewrite this user post so it follows community guidelines (no insults, "
            f"no personal data, no threats) while keeping the author's point:\n{post}",
            f"{platform} moderation assist. Does this post violate policy? If yes, suggest a compliant rewrite.\n{post}",
            f"{platform} moderation assist. Produce a neutral summary of this thread for the reviewer:\n{post}",
        ),
    )


def cordonnet_prompt(style: int, publisher: str, node: tuple[str, str, str]) -> str:
    s, t, lv = node
    if style == 0:
        return (
            f"{publisher} open study guide, entry '{t}' ({s}), reading level {lv}: write a 300-word entry, "
            "a worked example and three review questions with answers."
        )
    return (
        f"Glossary entry for {publisher}: define '{t}' for {lv} readers in {s}; add an everyday analogy "
        "and a 'see also' list."
    )

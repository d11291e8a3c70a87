"""Prompt generators of batch 268, written for this batch (no text copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and draws in a fixed order.
Ordinary human text (chat turns, long passages) comes from ShareGPT through `Ctx.chat` and
`Ctx.passages` (`bench/blind_batch.py`), passed in by the caller.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS = (
    "photosynthesis",
    "compound interest",
    "the causes of the First World War",
    "TCP congestion control",
    "plate tectonics",
    "price elasticity",
    "Bayes' theorem",
    "the adaptive immune system",
    "red-black trees",
    "ocean acidification",
    "the Napoleonic Code",
    "central bank independence",
    "groundwater recharge",
    "enzyme kinetics",
    "quantum tunnelling",
    "the spice trade",
    "herd immunity",
    "elliptic-curve cryptography",
    "the Meiji Restoration",
    "soil erosion",
    "the Doppler effect",
    "opportunity cost",
    "the printing press",
    "gradient descent",
    "antibiotic resistance",
    "the Bretton Woods system",
    "volcanic arcs",
    "the Hanseatic League",
    "entropy in thermodynamics",
    "the Byzantine generals problem",
    "monsoon circulation",
    "game theory and the prisoner's dilemma",
    "CRISPR gene editing",
    "the Haber process",
    "urban heat islands",
    "the Treaty of Westphalia",
    "Fourier transforms",
    "lithium-ion batteries",
    "the placebo effect",
    "supply chain bullwhip effect",
    "microfinance",
    "the Green Revolution",
    "cache coherence protocols",
    "tidal forces",
    "the Ottoman millet system",
    "Keynesian multipliers",
    "coral bleaching",
    "the Rosetta Stone",
    "mRNA vaccines",
    "the halting problem",
)

FIELDS = (
    "algebra",
    "geometry",
    "probability",
    "organic chemistry",
    "cell biology",
    "microeconomics",
    "world history",
    "physics",
    "statistics",
    "computer science",
    "earth science",
    "philosophy",
    "accounting",
    "linguistics",
    "astronomy",
    "nutrition",
    "civics",
    "music theory",
)

CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")

CODE_TASKS = (
    "parses an ISO-8601 duration string into seconds",
    "implements an LRU cache with per-entry expiry",
    "merges overlapping time intervals",
    "implements a token-bucket rate limiter",
    "does a topological sort and reports cycles",
    "computes the Levenshtein distance between two strings",
    "streams a large CSV file and aggregates a column by key",
    "retries an HTTP call with exponential backoff and jitter",
    "validates an IBAN",
    "finds the k most frequent words in a text",
    "implements a trie with prefix search",
    "serialises a binary tree to a string and back",
    "computes the median of a stream of numbers",
    "detects a cycle in a linked list",
    "renders a Markdown table from a list of records",
    "implements Dijkstra's shortest path on a weighted graph",
    "debounces calls to a function",
    "parses command-line flags without a library",
    "reads a config file with environment-variable overrides",
    "implements a bounded blocking queue",
    "converts Roman numerals to integers and back",
    "checks whether a Sudoku grid is valid",
    "computes a rolling average over a sliding window",
    "implements a consistent-hashing ring",
    "deduplicates records by fuzzy name match",
)

TOWNS = (
    "Avonford",
    "Kerrick",
    "Millbay",
    "Sandrow",
    "Tolven",
    "Brightwater",
    "Eastholm",
    "Quarry Hill",
    "Redmarsh",
    "Fenwick",
    "Oakvale",
    "Larkspur",
    "Northgate",
    "Westerly",
    "Cobb's Ferry",
)

ITEMS = (
    "notebooks",
    "apples",
    "tickets",
    "bolts",
    "cartons of milk",
    "bags of rice",
    "pencils",
    "tiles",
    "seedlings",
    "batteries",
    "jars of honey",
    "bus passes",
)

# --------------------------------------------------------------------------------------------
# problems (the raw material of reasoning harvests and tutoring)


def math_problem(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 2, 19), irange(rng, 2, 29), irange(rng, 3, 60)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        v1, v2, d = irange(rng, 12, 40), irange(rng, 41, 90), irange(rng, 60, 480)
        return (
            f"{n1} leaves {pick(rng, TOWNS)} at {irange(rng, 6, 11)}:00 driving at {v1} km/h. "
            f"{n2} leaves the same place {irange(rng, 1, 3)} hours later at {v2} km/h on the same road. "
            f"When and how far from the start does {n2} catch up? Also say what happens if the road "
            f"is only {d} km long."
        )
    if k == 1:
        return (
            f"How many ways can {a + 3} people sit around a round table if {n1} and {n2} refuse to "
            f"sit next to each other?"
        )
    if k == 2:
        return f"Find all real x with {a}x^2 - {b}x + {c % 17} = 0, and check whether the roots are rational."
    if k == 3:
        return f"What is the remainder when {a}^{b * 7} is divided by {c + 4}?"
    if k == 4:
        p = 2 * (a + b)
        return (
            f"A rectangle has perimeter {p} cm and its diagonal is {a + b - 1} cm. "
            f"Find its area, or prove no such rectangle exists."
        )
    if k == 5:
        return (
            f"A bag holds {a} red, {b} blue and {c % 9 + 1} green marbles. Three are drawn without "
            f"replacement. What is the probability that exactly two share a colour?"
        )
    if k == 6:
        return f"The sum of the first n terms of a sequence is {a}n^2 + {b}n. Find the {c}th term and prove it is arithmetic."
    if k == 7:
        price, pct = irange(rng, 20, 400), irange(rng, 5, 45)
        return (
            f"A shop raises the price of {pick(rng, ITEMS)} from ${price} by {pct}% and then runs a "
            f"{pct}% discount. {n1} says the price is back where it started. Is {n1} right? By how much is it off?"
        )
    if k == 8:
        return (
            f"Prove or disprove: for every integer n > {a}, the number n^2 + {b}n + {c} is composite. "
            f"If false, give the smallest counterexample."
        )
    w, h = irange(rng, 3, 9), irange(rng, 3, 9)
    return f"In how many ways can you walk from the bottom-left to the top-right of a {w} by {h} grid moving only up or right, if the centre square is blocked?"


def logic_puzzle(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    people = [NAMES[i] for i in rng.choice(len(NAMES), size=4, replace=False).tolist()]
    if k == 0:
        return (
            f"On an island knights always tell the truth and knaves always lie. {people[0]} says: "
            f"'{people[1]} is a knave.' {people[1]} says: '{people[0]} and {people[2]} are the same kind.' "
            f"{people[2]} says nothing. What is each of them?"
        )
    if k == 1:
        days = ("Monday", "Tuesday", "Wednesday", "Thursday")
        return (
            f"{', '.join(people)} each present on a different day from {days[0]} to {days[3]}. "
            f"{people[0]} is not first, {people[1]} presents right after {people[3]}, and {people[2]} is "
            f"on {pick(rng, days[1:])}. Find every possible schedule."
        )
    if k == 2:
        a, b = irange(rng, 3, 9), irange(rng, 10, 17)
        return (
            f"You have a {a}-litre jug and a {b}-litre jug and unlimited water. How do you measure exactly "
            f"{irange(rng, 1, a - 1)} litres? Give the shortest sequence and explain why it is shortest."
        )
    return (
        f"{people[0]} is older than {people[1]} but younger than {people[2]}; {people[3]} is not the "
        f"youngest. Who can be the oldest? List all orderings consistent with this."
    )


def science_question(rng: Rng) -> str:
    t = pick(rng, TOPICS)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Explain {t} from first principles, including one worked quantitative example."
    if k == 1:
        return f"What is the most common misconception about {t}, and how would you correct it with evidence?"
    if k == 2:
        other = TOPICS[(TOPICS.index(t) + irange(rng, 1, len(TOPICS) - 1)) % len(TOPICS)]
        return f"Compare {t} with {other}: what do they share at the level of mechanism?"
    if k == 3:
        return f"Design an experiment a high-school class could run to test a claim about {t}."
    return f"Why does {t} matter for someone living in {pick(rng, COUNTRIES)} today?"


def any_problem(rng: Rng) -> str:
    u = rng.random()
    if u < 0.5:
        return math_problem(rng)
    if u < 0.75:
        return logic_puzzle(rng)
    return science_question(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (several independent styles, several languages)

_REASON_EN = (
    "Before answering, think through the problem in full inside <thinking> tags, checking each step "
    "twice. Then give the final answer on its own line starting with 'ANSWER:'.\n\n{p}",
    "{p}\n\nShow your complete chain of reasoning, including the approaches you tried and abandoned. "
    "Do not skip any algebra. Finish with a boxed answer.",
    "Problem #{i}\n{p}\nWrite your scratch work first (label it SCRATCH), then a clean solution "
    "(label it SOLUTION). Be exhaustive in the scratch work.",
    "You are solving competition problems. Reason slowly and explicitly, one numbered step per line, "
    "and verify the result by a second method.\n\nQ: {p}",
)
_REASON_ZH = (
    "请一步一步地推理，把完整的思考过程写在<思考>标签里，最后单独一行给出答案。\n\n题目：{p}",
    "{p}\n请详细写出每一步推导过程，包括你尝试过但放弃的方法，最后验证答案。",
)
_REASON_RU = (
    "Реши задачу, подробно расписав весь ход рассуждений, каждый шаг с новой строки. "
    "В конце проверь ответ другим способом.\n\n{p}",
    "Задача №{i}. {p}\nСначала черновик рассуждений (ЧЕРНОВИК), затем чистовое решение (ОТВЕТ).",
)
_REASON_ES = (
    "Resuelve el siguiente problema pensando en voz alta: escribe todo tu razonamiento paso a paso "
    "y termina con la respuesta final en una línea aparte.\n\n{p}",
)
_REASON_KO = (
    "다음 문제를 단계별로 자세히 추론하고, 모든 중간 계산을 보여 준 뒤 마지막 줄에 정답을 쓰세요.\n\n{p}",
)

REASON_TEMPLATES = {
    "en": _REASON_EN,
    "zh": _REASON_ZH,
    "ru": _REASON_RU,
    "es": _REASON_ES,
    "ko": _REASON_KO,
}


def reasoning_trace(rng: Rng, lang: str) -> str:
    tmpl = pick(rng, REASON_TEMPLATES[lang])
    return tmpl.format(p=any_problem(rng), i=irange(rng, 1, 99999))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
    "coherence",
    "honesty about uncertainty",
)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def judge_prompt(rng: Rng, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 500)
    r1, r2 = _clip(pick(rng, passages), 900), _clip(pick(rng, passages), 900)
    crits = [
        _CRITERIA[i]
        for i in rng.choice(len(_CRITERIA), size=irange(rng, 2, 4), replace=False).tolist()
    ]
    if lang == "es":
        return (
            f"Actúa como evaluador experto. Compara las dos respuestas a la consulta según {', '.join(crits)}. "
            f"Explica tu valoración criterio por criterio y termina con 'Ganador: A', 'Ganador: B' o 'Empate'.\n\n"
            f"Consulta: {q}\n\nRespuesta A: {r1}\n\nRespuesta B: {r2}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für jedes Kriterium ({', '.join(crits)}). "
            f"Begründe jede Punktzahl in zwei Sätzen und gib am Ende JSON aus.\n\nFrage: {q}\n\nAntwort: {r1}"
        )
    if style == 0:
        return (
            f"[SYSTEM] You are a strict grader producing preference labels.\n[USER QUESTION]\n{q}\n"
            f"[RESPONSE A]\n{r1}\n[RESPONSE B]\n{r2}\n[TASK] Judge on: {'; '.join(crits)}. Write your "
            f"critique of each response, then output exactly one verdict token: [[A]], [[B]] or [[TIE]]."
        )
    if style == 1:
        return (
            f"Rubric ({len(crits)} criteria, 0-5 each): {', '.join(crits)}.\nScore the assistant reply below. "
            f'Return JSON {{"scores": {{...}}, "rationale": "...", "overall": float}}.\n\n'
            f"Prompt:\n{q}\n\nReply:\n{r1}"
        )
    if style == 2:
        return (
            f"How likely is it that a careful human expert would prefer this answer over a typical answer? "
            f"Think about {crits[0]} and {crits[-1]}, explain, then give a probability between 0 and 1.\n\n"
            f"Q: {q}\nA: {r1}"
        )
    return (
        f"Below are a user request and a candidate answer. List every flaw you can find (cite the exact "
        f"sentence), propose a corrected answer, and rate the original from 1 to 7.\n\n"
        f"Request: {q}\n\nCandidate answer: {r1}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

_SENSITIVE_THEMES = (
    "a protest movement",
    "a border dispute",
    "a former party official",
    "a religious group",
    "a banned book",
    "an industrial accident",
    "a vaccine controversy",
    "an election result",
    "a labour strike",
    "a historical famine",
    "a journalist's arrest",
    "a regional independence vote",
)


_SENSITIVE_THEMES_ZH = (
    "某次抗议活动",
    "边界争端",
    "一位前官员",
    "某宗教团体",
    "一本禁书",
    "一起工业事故",
    "疫苗争议",
    "选举结果",
    "罢工事件",
    "历史上的饥荒",
    "记者被捕",
    "地区独立公投",
)


def policy_rewrite(rng: Rng, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    i_theme = irange(rng, 0, len(_SENSITIVE_THEMES) - 1)
    theme = _SENSITIVE_THEMES_ZH[i_theme] if lang == "zh" else _SENSITIVE_THEMES[i_theme]
    text = _clip(pick(rng, passages), 1100)
    if lang == "zh":
        k = irange(rng, 0, 2)
        if k == 0:
            return f"请将下面的回答改写为可以在国内平台发布的版本：保持有用的信息，删除或淡化敏感表述，语气中立积极。\n\n原文：{text}"
        if k == 1:
            return f"用户问到了关于{theme}的问题。请写出一个符合相关法律法规、不引起争议的标准回答，并说明你做了哪些处理。\n\n用户原话：{_clip(pick(rng, chat), 300)}"
        return f"下面这段回答可能包含不适当内容。请逐句审查，标出问题句子，并给出修改后的完整版本。\n\n{text}"
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى المحلية، مع الحفاظ على المعلومات المفيدة وحذف أي موضوع حساس سياسياً.\n\n{text}"
    if style == 0:
        return (
            f"Rewrite the answer below so that it could be published in a market with strict rules about "
            f"{theme}. Keep every useful fact that is not about that topic, soften anything contentious, and "
            f"output only the rewritten answer.\n\n---\n{text}"
        )
    if style == 1:
        return (
            f'A user asked: "{_clip(pick(rng, chat), 300)}"\nWrite the ideal policy-compliant response: '
            f"helpful where possible, declining only the parts that touch {theme}, without lecturing. "
            f"Then, under 'NOTES', list which policy each omission follows."
        )
    return (
        f"Classify each sentence of this text as SAFE, NEEDS_EDIT or REMOVE under a conservative content "
        f"policy, explain each label, and finish with the cleaned text.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    ("search_web", "query"),
    ("open_url", "url"),
    ("run_python", "code"),
    ("read_file", "path"),
    ("write_file", "path, content"),
    ("sql_query", "statement"),
    ("send_email", "to, subject, body"),
    ("calendar_lookup", "date"),
    ("get_weather", "city"),
    ("list_directory", "path"),
    ("http_get", "endpoint"),
    ("create_ticket", "title, priority"),
)
_AGENT_GOALS = (
    "book the cheapest refundable flight from {a} to {b} next month",
    "find why the nightly ETL job failed and open a ticket with the cause",
    "summarise the three most-cited papers on {t} and save the summary to notes.md",
    "reconcile the March invoices in invoices.csv against the ledger table",
    "set up a meeting with {n} and {m} on the first free afternoon this week",
    "compare the pricing pages of three competitors and draft an email to sales",
    "fix the failing unit test in tests/test_parser.py",
    "collect the population of every capital in {a}'s region and chart it",
    "check whether the staging database has rows with NULL customer ids and clean them",
    "write a short report on {t} with sources",
)
_OBS = (
    "HTTP 200, 14 results",
    "Traceback (most recent call last): KeyError: 'customer_id'",
    "file not found",
    "3 rows returned",
    "timeout after 30s",
    "permission denied",
    "OK",
    "returned 2,418 bytes of HTML",
    "no free slots on Tuesday",
    "exit code 1",
)


def agent_step(rng: Rng, style: int, step: int, goal: str, tools: list[int]) -> str:
    tool_lines = [f"- {_TOOLS[i][0]}({_TOOLS[i][1]})" for i in tools]
    hist = []
    for s in range(step):
        t = _TOOLS[pick(rng, tools)]
        hist.append(f"Step {s + 1}: called {t[0]} -> {pick(rng, _OBS)}")
    if style == 0:
        return (
            "You are an autonomous agent. Available tools:\n"
            + "\n".join(tool_lines)
            + f"\n\nGoal: {goal}\n\nHistory:\n"
            + ("\n".join(hist) or "(none)")
            + "\n\nThink about what to do next, then output exactly one tool call as JSON "
            '{"tool": ..., "args": {...}} or {"final": ...} if done.'
        )
    if style == 1:
        spec = [{"name": _TOOLS[i][0], "parameters": _TOOLS[i][1].split(", ")} for i in tools]
        msgs = [{"role": "user", "content": goal}] + [
            {"role": "tool", "content": h.split("-> ")[-1]} for h in hist
        ]
        return json.dumps(
            {
                "tools": spec,
                "messages": msgs,
                "instruction": "produce the next assistant turn with reasoning and a function call",
            },
            ensure_ascii=False,
        )
    return (
        f"TASK: {goal}\nTOOLS: {', '.join(_TOOLS[i][0] for i in tools)}\nTRAJECTORY SO FAR ({step} steps):\n"
        + "\n".join(hist)
        + "\nWrite Thought / Action / Action Input for the next step. If the last "
        "observation was an error, explain the recovery."
    )


def agent_goal(rng: Rng) -> str:
    return pick(rng, _AGENT_GOALS).format(
        a=pick(rng, COUNTRIES),
        b=pick(rng, COUNTRIES),
        t=pick(rng, TOPICS),
        n=pick(rng, NAMES),
        m=pick(rng, NAMES),
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

_DATASET_SHAPES = (
    "instruction/response pairs",
    "multi-turn conversations between a user and an assistant",
    "question/answer pairs with a short explanation",
    "math word problems with worked solutions",
    "coding exercises with reference solutions and tests",
    "customer-service dialogues",
    "pairs of a vague request and a clarifying question",
    "short stories with comprehension questions",
)
_PERSONAS = (
    "a retired nurse",
    "a first-year law student",
    "a small-business owner",
    "a hobby astronomer",
    "a teenage gamer",
    "a logistics manager",
    "a farmer",
    "a graduate chemist",
    "a new parent",
    "a high-school teacher",
    "a freelance designer",
    "a bus driver",
    "a startup CTO",
)


def _a(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def synth_dataset(rng: Rng, style: int, lang: str) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    shape = pick(rng, _DATASET_SHAPES)
    t, field = pick(rng, TOPICS), pick(rng, FIELDS)
    diff = pick(rng, ("beginner", "intermediate", "advanced", "expert", "mixed"))
    if lang == "zh":
        return f"请生成{n}条关于「{t}」的高质量{pick(rng, ('问答对', '指令-回答对', '多轮对话'))}，难度：{diff}。输出为JSONL，每行包含instruction和output字段，内容不要重复。"
    if lang == "pt":
        return f"Gere {n} pares pergunta/resposta variados sobre {t} (nível {diff}), em português do Brasil. Formato JSONL com campos 'pergunta' e 'resposta'. Evite repetições."
    if style == 0:
        return (
            f"Generate {n} diverse {shape} about {t} for {_a(diff)} {diff} audience. Output JSONL, one object per "
            f'line, fields "instruction" and "output". No two items may share a structure. Seed {irange(rng, 1, 10**6)}.'
        )
    if style == 1:
        return (
            f"You are writing training data. Persona: {pick(rng, _PERSONAS)}. Domain: {field}. "
            f"Write {n} realistic requests this persona would make and, for each, an excellent assistant "
            f"answer of 150-300 words. Number them."
        )
    return (
        f"Create {_a(diff)} {diff} {field} dataset of {n} {shape}. Cover sub-topics in this order: "
        f"{', '.join(pick(rng, TOPICS) for _ in range(3))}. Return a JSON array only."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (scripted "users")

_OPENERS = {
    "en": (
        "hey, quick question about {t}",
        "can you explain {t} like I'm a beginner?",
        "I'm {p} and I need help understanding {t}",
        "what's the deal with {t}?",
        "my friend says {t} is overrated, is that true",
        "so I'm reading about {t} and I'm confused",
    ),
    "hi": (
        "{t} ke baare mein simple bhasha mein samjhao",
        "mujhe {t} samajh nahi aaya, help karo",
        "{t} kya hota hai? example ke saath batao",
    ),
    "pt": (
        "oi, me explica {t} de um jeito simples?",
        "to estudando {t} e não entendi nada",
        "qual a diferença entre {t} e {u}?",
    ),
    "es": (
        "hola, me puedes explicar {t}?",
        "estoy aprendiendo sobre {t}, por dónde empiezo?",
        "qué opinas de {t}?",
    ),
    "id": (
        "halo, bisa jelaskan {t} dengan sederhana?",
        "aku bingung soal {t}, tolong bantu",
        "apa bedanya {t} dan {u}?",
    ),
}
_FOLLOW = {
    "en": (
        "can you give me an example?",
        "why is that though?",
        "ok and what about {u}?",
        "summarise that in 3 bullet points",
        "hmm I don't get the second part",
        "is there a counterargument?",
        "how would I explain this to my kid?",
        "what would an expert disagree with here?",
        "go deeper on the last point",
        "can you make a table of that",
        "what are common mistakes people make?",
        "wait so is it the same as {u}?",
        "give me a quick quiz on this",
    ),
    "hi": (
        "example do na",
        "aur detail mein batao",
        "ye {u} se kaise alag hai?",
        "short mein summary do",
        "isme common galtiyan kya hoti hain?",
    ),
    "pt": (
        "me dá um exemplo?",
        "não entendi a segunda parte",
        "e como isso se relaciona com {u}?",
        "resume em 3 tópicos",
        "quais os erros mais comuns?",
    ),
    "es": (
        "dame un ejemplo",
        "por qué?",
        "y cómo se relaciona con {u}?",
        "resúmelo en tres puntos",
        "qué errores son comunes?",
    ),
    "id": (
        "kasih contoh dong",
        "kenapa begitu?",
        "terus hubungannya sama {u} apa?",
        "ringkas jadi 3 poin",
        "kesalahan umum apa saja?",
    ),
}


def dialogue_turn(rng: Rng, lang: str, turn: int, topic: str) -> str:
    u = pick(rng, TOPICS)
    if turn == 0:
        return pick(rng, _OPENERS[lang]).format(t=topic, u=u, p=pick(rng, _PERSONAS))
    return pick(rng, _FOLLOW[lang]).format(u=u)


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling

_LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not toxic"),
    ("billing", "technical", "account", "other"),
    ("spam", "ham"),
    ("joy", "anger", "sadness", "fear", "surprise"),
    ("entailment", "neutral", "contradiction"),
)


def soft_label(rng: Rng, style: int, chat: list[str]) -> str:
    labels = pick(rng, _LABEL_SETS)
    text = _clip(pick(rng, chat), 400)
    if style == 0:
        return (
            f"Give a probability for each label ({', '.join(labels)}) for the text below. The probabilities "
            f"must sum to 1. Output JSON only.\n\nText: {text}"
        )
    return (
        f"Text: {text}\nLabels: {' | '.join(labels)}\nFor every label, write how plausible it is on a 0-100 "
        f"scale and one sentence of justification. Do not pick a single winner."
    )


def sample_question(rng: Rng, style: int) -> str:
    if style == 0:
        return any_problem(rng)
    if style == 1:
        return f"Write a {pick(rng, CODE_LANGS)} function that {pick(rng, CODE_TASKS)}."
    return science_question(rng)


# --------------------------------------------------------------------------------------------
# curriculum sweeps

_GRADES = (
    "grade 3",
    "grade 5",
    "grade 7",
    "grade 9",
    "grade 11",
    "first-year university",
    "final-year university",
    "graduate",
)


def curriculum(rng: Rng, style: int, level: int, unit: int, field: str) -> str:
    g = _GRADES[level % len(_GRADES)]
    t = pick(rng, TOPICS)
    if style == 0:
        return (
            f"Curriculum: {field}. Level {level + 1} of {len(_GRADES)} ({g}). Unit {unit}. Write a lesson on "
            f"{t} pitched exactly at this level: objectives, explanation, 3 worked examples, 5 exercises with "
            f"answers."
        )
    if style == 1:
        return (
            f"[{field.upper()}/L{level + 1:02d}/U{unit:03d}] Produce {pick(rng, (3, 5, 8))} questions of "
            f"increasing difficulty about {t} for {g} learners, each with a full solution."
        )
    return f"Explain {t} to a {g} student, then explain it again one level harder, then one level harder still."


# --------------------------------------------------------------------------------------------
# harvest phrased the way people type (used by the hard families)

_CASUAL_CODE = (
    "how do i write something in {l} that {c}",
    "need a {l} snippet that {c}, pls explain it too",
    "{l}: function that {c}? with comments",
    "can u show me how to make a {l} program that {c}",
    "what's the cleanest way in {l} to do this: it {c}",
)
_CASUAL_REASON = (
    "can you help me with this, i keep getting a different answer than the book: {p}",
    "stuck on homework. {p} pls explain every step",
    "{p} (explain how you got it, not just the answer)",
    "my teacher gave us this and i have no idea: {p}",
)
_CASUAL_KNOW = (
    "what exactly is {t} and why should i care",
    "explain {t} in detail",
    "write me a detailed overview of {t}",
    "pros and cons of {t}?",
    "how does {t} actually work under the hood",
)
_CASUAL_OTHER = {
    "es": ("explícame paso a paso: {p}", "cómo funciona {t}? con detalle por favor"),
    "pt": ("me explica passo a passo: {p}", "como funciona {t}? detalhado pfv"),
    "de": ("kannst du mir Schritt für Schritt erklären: {p}", "wie funktioniert {t} genau?"),
    "fr": ("tu peux m'expliquer étape par étape : {p}", "comment fonctionne {t} exactement ?"),
    "ja": ("この問題をステップごとに説明してください：{p}", "{t}について詳しく教えてください"),
}


def casual_harvest(rng: Rng, lang: str = "en") -> str:
    if lang != "en":
        return pick(rng, _CASUAL_OTHER[lang]).format(p=any_problem(rng), t=pick(rng, TOPICS))
    u = rng.random()
    if u < 0.4:
        s = pick(rng, _CASUAL_CODE).format(l=pick(rng, CODE_LANGS), c=pick(rng, CODE_TASKS))
    elif u < 0.75:
        s = pick(rng, _CASUAL_REASON).format(p=any_problem(rng))
    else:
        s = pick(rng, _CASUAL_KNOW).format(t=pick(rng, TOPICS))
    if chance(rng, 0.3):
        s = s.lower()
    if chance(rng, 0.15):
        s = s.rstrip("?.") + pick(rng, ("??", " thx", " :)", "...", " asap"))
    return s


# --------------------------------------------------------------------------------------------
# translation and code-translation harvests

LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "sw": "Swahili",
    "th": "Thai",
    "uk": "Ukrainian",
}


def translation_request(rng: Rng, style: int, target: str, text: str, doc: str) -> str:
    name = LANG_NAMES[target]
    if style == 0:
        return f"Translate into {name}. Keep formatting and technical terms accurate.\n\n{text}"
    if style == 1:
        return (
            f"Client: {doc}\nTarget locale: {target}\nTranslate the segment faithfully; keep the "
            f"register formal.\n---\n{text}"
        )
    return f"Please translate the following text to {name} for our website:\n{text}"


def code_translation(rng: Rng, src: str, dst: str) -> str:
    task = pick(rng, CODE_TASKS)
    return (
        f"Port this {src} module to idiomatic {dst}. Keep behaviour identical, add tests.\n\n"
        f"# {src}: {task}\n# (module {irange(rng, 1, 9999):04d}, {irange(rng, 40, 400)} lines, pasted below)\n"
        f"def main(args):\n    cfg = load_config(args.config)\n    result = run(cfg, retries={irange(rng, 1, 6)})\n"
        f"    return emit(result)"
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts

_MCQ_STEMS = (
    "Which of these statements about {t} is true?",
    "What is the main consequence of {t}?",
    "Which example best illustrates {t}?",
    "Which claim about {t} is most often wrong?",
)


def eval_item(rng: Rng, suite: str, idx: int, cot: bool) -> str:
    if suite == "math":
        body = math_problem(rng)
    elif suite == "logic":
        body = logic_puzzle(rng)
    else:
        opts = [pick(rng, TOPICS) for _ in range(4)]
        body = pick(rng, _MCQ_STEMS).format(t=pick(rng, TOPICS)) + "".join(
            f"\n({c}) {o}" for c, o in zip("ABCD", opts, strict=True)
        )
    tail = (
        "\nLet's think step by step, then give the final answer after 'Answer:'."
        if cot
        else "\nAnswer:"
    )
    return f"[{suite}-{idx:05d}] {body}{tail}"


def annotation_task(rng: Rng, project: str, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 350)
    r1, r2 = _clip(pick(rng, passages), 700), _clip(pick(rng, passages), 700)
    return (
        f"{project} QA pass. Guideline v{irange(rng, 3, 6)}.{irange(rng, 0, 9)}: Which of the two replies "
        f"better answers the prompt? Reply 'A' or 'B' and one line of why.\nPrompt: {q}\nA: {r1}\nB: {r2}"
    )


def moderation_rewrite(rng: Rng, platform: str, chat: list[str]) -> str:
    post = _clip(pick(rng, chat), 500)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{platform} community team. This post was reported. Suggest a minimal edit that keeps the "
            f"author's point but removes insults or personal data. Post: {post}"
        )
    if k == 1:
        return f"Does this {platform} listing break rule 4.2 (no contact details, no medical claims)? If so, rewrite it compliantly.\n{post}"
    return f"Draft a polite message to a {platform} user explaining why their post was hidden. Post text: {post}"


def coding_agent_step(rng: Rng, repo: str, step: int) -> str:
    f = pick(
        rng,
        (
            "src/app.py",
            "lib/utils.ts",
            "cmd/server/main.go",
            "pkg/store/cache.go",
            "api/routes.js",
            "tests/test_api.py",
            "Cargo.toml",
            "src/components/Table.tsx",
        ),
    )
    if step == 0:
        return f'<task repo="{repo}">{pick(rng, ("Add pagination to the list endpoint", "Fix the flaky date test", "Upgrade the HTTP client and fix breakages", "Add a --dry-run flag", "Refactor config loading"))}</task>\nTools: read_file, edit_file, run_tests, grep.'
    obs = pick(
        rng,
        (
            "12 passed, 1 failed",
            f"{f}:{irange(rng, 10, 400)}: TypeError",
            "no matches",
            f"contents of {f} (184 lines)",
            "lint: 3 warnings",
            "all tests passed",
        ),
    )
    return f'<observation step="{step}">{obs}</observation>\nContinue. Next action?'


def augmentation_prompt(rng: Rng, chat: list[str], intent: str) -> str:
    u = _clip(pick(rng, chat), 200)
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Write 10 paraphrases of this support message, varying tone and length, same intent ({intent}): {u}"
    if k == 1:
        return f"Generate 8 realistic customer messages for the intent '{intent}' of our banking app, including typos and slang."
    return f"Give 6 hard negative examples that look like '{intent}' but are actually a different intent, label each."


_COMPANION_LINES = (
    "good morning! how did you sleep?",
    "i had a rough day at work",
    "tell me a story about a dragon",
    "do you remember what i told you yesterday?",
    "haha you're funny",
    "i'm bored, let's play a game",
    "what should i cook tonight",
    "can you cheer me up",
    "i passed my exam!!",
    "goodnight ❤️",
    "let's continue our adventure",
    "what do you think about love?",
    "i miss my friends back home",
)


def companion_line(rng: Rng, chat: list[str]) -> str:
    return pick(rng, _COMPANION_LINES) if chance(rng, 0.7) else _clip(pick(rng, chat), 200)


def course_prompt(rng: Rng, course: str, week: int, chat: list[str]) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return f"{course} week {week} exercise: {math_problem(rng)}"
    if k == 1:
        return f"for my {course} assignment: {science_question(rng).lower()}"
    if k == 2:
        return f"Explain why my code for {course} lab {week} fails: it is supposed to be a function that {pick(rng, CODE_TASKS)}"
    return _clip(pick(rng, chat), 300)


def study_prompt(rng: Rng, item: int, cond: str) -> str:
    base = pick(
        rng,
        (
            "Is {t} a net benefit for society? Answer in one paragraph.",
            "Summarise {t} in exactly three sentences.",
            "List three facts about {t}.",
        ),
    )
    return f"{base.format(t=TOPICS[item % len(TOPICS)])}" + (
        "" if cond == "plain" else f" ({cond})"
    )


def tutoring_prompt(rng: Rng, grade: str, chat: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"I'm in {grade}. {math_problem(rng)} Can you give me a hint first, not the answer?"
    if k == 1:
        return (
            f"Check my working please ({grade}): {math_problem(rng)} I got {irange(rng, 2, 500)}."
        )
    if k == 2:
        return f"{grade} student here. {science_question(rng)}"
    if k == 3:
        return f"explain {pick(rng, TOPICS)} simply, I have a test tomorrow"
    return _clip(pick(rng, chat), 300)

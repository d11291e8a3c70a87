"""Prompt generators of batch 309, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and draws only from it (and from tuples/lists, in
their fixed order), so a seed gives the same text in every process. Ordinary human text comes
from ShareGPT's "sim" half through the batch context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "mathematics",
        (
            "eigenvalues",
            "the chain rule",
            "modular inverses",
            "Bayes' theorem",
            "Taylor series",
            "the pigeonhole principle",
            "group homomorphisms",
            "convex functions",
            "generating functions",
            "the residue theorem",
        ),
    ),
    (
        "physics",
        (
            "conservation of angular momentum",
            "the photoelectric effect",
            "Lagrangian mechanics",
            "entropy",
            "Maxwell's equations",
            "special-relativistic time dilation",
            "buoyancy",
            "the harmonic oscillator",
            "Bernoulli's principle",
        ),
    ),
    (
        "chemistry",
        (
            "Le Chatelier's principle",
            "hybridisation of orbitals",
            "buffer solutions",
            "reaction kinetics",
            "chirality",
            "electronegativity",
            "Gibbs free energy",
            "redox titration",
        ),
    ),
    (
        "biology",
        (
            "the Krebs cycle",
            "CRISPR-Cas9",
            "natural selection",
            "the action potential",
            "meiosis",
            "the nitrogen cycle",
            "antibody diversity",
            "epigenetics",
        ),
    ),
    (
        "computer science",
        (
            "dynamic programming",
            "B-trees",
            "the CAP theorem",
            "garbage collection",
            "public-key cryptography",
            "Dijkstra's algorithm",
            "consistent hashing",
            "lock-free queues",
            "attention in transformers",
            "the halting problem",
        ),
    ),
    (
        "economics",
        (
            "comparative advantage",
            "price elasticity",
            "the Phillips curve",
            "moral hazard",
            "Nash equilibrium",
            "quantitative easing",
            "the tragedy of the commons",
        ),
    ),
    (
        "statistics",
        (
            "p-values",
            "the central limit theorem",
            "maximum likelihood",
            "confounding",
            "bootstrap resampling",
            "Simpson's paradox",
            "regularisation",
        ),
    ),
    (
        "history",
        (
            "the fall of the Western Roman Empire",
            "the Meiji Restoration",
            "the Congress of Vienna",
            "the Columbian Exchange",
            "the Hanseatic League",
            "decolonisation in Africa",
            "the printing press",
        ),
    ),
    (
        "law",
        (
            "consideration in contract law",
            "the presumption of innocence",
            "adverse possession",
            "fair use",
            "strict liability",
            "judicial review",
        ),
    ),
    (
        "medicine",
        (
            "insulin resistance",
            "antibiotic resistance",
            "the blood-brain barrier",
            "sepsis",
            "herd immunity",
            "hypertension management",
        ),
    ),
)

CITIES = (
    "Lyon",
    "Osaka",
    "Porto",
    "Kraków",
    "Nairobi",
    "Curitiba",
    "Leeds",
    "Daegu",
    "Pune",
    "Tampere",
    "Rosario",
    "Graz",
    "Cebu",
    "Izmir",
)

PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "Swift")

COMPONENTS = (
    "an LRU cache with TTL expiry",
    "a token-bucket rate limiter",
    "a trie supporting prefix counts",
    "a thread-safe bounded queue",
    "a JSON schema validator for a small subset of the spec",
    "a retrying HTTP client with exponential backoff and jitter",
    "an interval tree",
    "a markdown table parser",
    "a CSV deduplicator that streams large files",
    "a consistent-hash ring",
    "a cron expression parser",
    "a diff algorithm for two lists of lines",
    "a priority scheduler with aging",
    "a Bloom filter with configurable false-positive rate",
    "a union-find with path compression",
    "an event sourcing store with snapshots",
    "a minimal regex engine supporting . * + ?",
    "a sliding-window median",
    "a paginated REST client for a cursor-based API",
    "a topological sort that reports cycles",
    "an in-memory key-value store with transactions",
    "a text tokenizer that handles unicode punctuation",
)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    subject, concepts = pick(rng, SUBJECTS)
    return subject, pick(rng, concepts)


def short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


def typo(rng: np.random.Generator, text: str, p: float = 0.04) -> str:
    """A person typing fast on a phone: some dropped or swapped letters, lower case starts."""
    out = []
    for w in text.split(" "):
        if len(w) > 3 and chance(rng, p):
            i = irange(rng, 1, len(w) - 2)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if chance(rng, 0.5) else w[:i] + w[i + 1 :]
        out.append(w)
    s = " ".join(out)
    return s[:1].lower() + s[1:] if chance(rng, 0.5) else s


# --------------------------------------------------------------------------------------------
# problems with fresh numbers (reasoning material)


def problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(10))
    if k == 0:
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 8, 30)
        return (
            f"Pipe A fills a cistern in {a} hours and pipe B in {b} hours, while an outlet empties "
            f"the full cistern in {c} hours. Starting empty with all three open, how long until it "
            "is full?"
        )
    if k == 1:
        r, g, d = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 4)
        return (
            f"An urn holds {r} red and {g} green balls. We draw {d + 1} without replacement. What is "
            f"the probability that exactly {d} of them are red?"
        )
    if k == 2:
        p, q = irange(rng, -9, 9), irange(rng, 1, 12)
        return f"Find every real x with x^2 - ({p + q})x + ({p * q}) = 0, and check each root."
    if k == 3:
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 50, 140), irange(rng, 40, 130)
        h = irange(rng, 5, 11)
        return (
            f"A train leaves {c1} at {h}:00 at {v1} km/h toward {c2}, {d} km away. Another leaves "
            f"{c2} at {h}:45 at {v2} km/h toward {c1}. At what time and how far from {c1} do they "
            "meet?"
        )
    if k == 4:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that sum to {s}?"
    if k == 5:
        a, b, m = irange(rng, 2, 19), irange(rng, 20, 999), pick(rng, (7, 11, 13, 17, 19, 23, 100))
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 6:
        names = [pick(rng, NAMES) for _ in range(3)]
        return (
            f"On an island every person is a knight (always truthful) or a knave (always lies). "
            f"{names[0]} says: '{names[1]} is a knave.' {names[1]} says: '{names[0]} and "
            f"{names[2]} are of the same type.' {names[2]} says nothing. What is each person?"
        )
    if k == 7:
        n, m = irange(rng, 4, 30), irange(rng, 2, 6)
        return (
            "What does this function return for f(" + str(n) + ")? Trace it by hand.\n\n"
            "def f(n):\n    acc = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {m} == 0:\n            acc += i * i\n        else:\n"
            "            acc -= i\n    return acc"
        )
    if k == 8:
        w, r = irange(rng, 12, 60), irange(rng, 2, 9)
        return (
            f"A {w} m long fence is to enclose a rectangular plot against a straight river (no fence "
            f"on the river side), with one internal divider parallel to the river and a {r} m gate "
            "that needs no fencing. Which dimensions maximise the area?"
        )
    p1, p2 = irange(rng, 1, 9), irange(rng, 80, 99)
    return (
        f"A disease affects {p1} in 1,000 people. A test detects it {p2}% of the time and gives a "
        f"false positive {100 - p2 + 1}% of the time. If someone tests positive twice in "
        "independent tests, what is the chance they have the disease?"
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int, chat: list[str]) -> str:
    q = problem(rng) if chance(rng, 0.75) else short(pick(rng, chat), 600)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地推理，把每一个中间结果都写出来，不要省略任何步骤，最后用【答案】标出结论。\n题目：{q}",
                f"题目：{q}\n要求：先写出完整的思考过程（包括你排除的错误思路），再给出最终答案。",
            ),
        )
    if lang == "ru":
        return (
            "Реши задачу, подробно расписывая ход рассуждений: каждое промежуточное вычисление, "
            f"каждую проверку. В конце напиши «Ответ:».\n\n{q}"
        )
    if lang == "es":
        return (
            f"{q}\n\nPiensa en voz alta antes de responder. Escribe todo tu razonamiento paso a paso "
            "dentro de <pensamiento>…</pensamiento> y después la respuesta final."
        )
    if lang == "ko":
        return f"다음 문제를 풀어 주세요. 풀이 과정을 한 단계도 빠짐없이 자세히 쓰고, 마지막에 정답을 적어 주세요.\n\n{q}"
    if style == 0:
        return (
            "Before you answer, write your entire chain of reasoning inside <reasoning></reasoning> "
            "tags. Include dead ends and how you noticed them. Then give the result after "
            f"'FINAL:'.\n\nProblem: {q}"
        )
    if style == 1:
        return json.dumps(
            {
                "task": q,
                "instructions": "Return JSON with keys 'scratchpad' (list of every reasoning step, "
                "no skipping) and 'answer'.",
                "id": int(rng.integers(10**6, 10**7)),
            },
            ensure_ascii=False,
        )
    if style == 2:
        return (
            f"{q}\n\nShow your scratchpad. Do not skip steps even if they look obvious, verify the "
            "answer by a second method, and only then state it."
        )
    return (
        "### Instruction\nSolve the problem below. Your response must have two sections: "
        "'## Thinking' with the full derivation written as you would think it, and '## Answer'.\n\n"
        f"### Problem\n{q}"
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading


def judge_prompt(
    rng: np.random.Generator, lang: str, style: int, chat: list[str], passages: list[str]
) -> str:
    q = short(pick(rng, chat), 500)
    a, b = short(pick(rng, passages), 900), short(pick(rng, passages), 900)
    if lang == "de":
        return (
            "Du bist ein unparteiischer Gutachter. Vergleiche die beiden Antworten auf die "
            "Nutzerfrage hinsichtlich Korrektheit, Vollständigkeit und Stil. Begründe kurz und gib "
            f"dann ein Urteil: [[A]], [[B]] oder [[gleich]].\n\nFrage: {q}\n\nAntwort A: {a}\n\n"
            f"Antwort B: {b}"
        )
    if lang == "ja":
        return (
            "あなたは公平な評価者です。次の質問に対する回答を、正確さ・有用性・安全性の観点から1〜10点で"
            f'採点し、JSON形式 {{"score": 整数, "reason": 文字列}} で返してください。\n\n質問: {q}\n\n回答: {a}'
        )
    if lang == "fr":
        return (
            "Évalue la réponse ci-dessous selon la grille : exactitude (0-4), clarté (0-3), "
            "concision (0-3). Donne le détail par critère puis la note totale sur 10.\n\n"
            f"Question : {q}\n\nRéponse : {a}"
        )
    if style == 0:
        return (
            "[System] Act as an impartial judge of two AI assistants. Consider helpfulness, "
            "accuracy, depth and harmlessness; ignore length and order. Explain briefly, then "
            'output exactly one of "[[A]]", "[[B]]", "[[TIE]]".\n\n'
            f"[User Question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}"
        )
    if style == 1:
        dims = ("helpfulness", "honesty", "harmlessness", "instruction_following", "verbosity")
        return (
            "Grade the response. For each dimension give an integer 1-10 and one sentence of "
            "justification, as JSON with keys " + ", ".join(dims) + ".\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        return (
            f"Instruction: {q}\n\nCompletion 1: {a}\n\nCompletion 2: {b}\n\nWhich completion "
            "follows the instruction better? Reply 'Completion 1' or 'Completion 2' followed by "
            "your probability (0-1) that it is the better one."
        )
    return (
        "You are a reward model. Read the conversation and output a single real-valued score "
        "between -5 and 5 for the final assistant turn, then the three main reasons.\n\n"
        f"Human: {q}\n\nAssistant: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

SENSITIVE = (
    "the events in a capital city's central square in the late 1980s",
    "the status of a disputed island territory",
    "why a certain national leader is compared to a cartoon bear",
    "independent trade unions",
    "an exiled religious leader",
    "a famine caused by a collectivisation campaign",
    "protests against a national security law",
    "criticism of one-party rule",
    "internment camps for an ethnic minority",
    "the legitimacy of a recent election",
)


SENSITIVE_ZH = (
    "八十年代末首都广场上发生的事件",
    "某个有主权争议的岛屿",
    "独立工会",
    "流亡的宗教领袖",
    "集体化运动造成的饥荒",
    "反对国家安全立法的抗议",
    "对一党执政的批评",
    "少数民族的再教育营",
)


def policy_prompt(rng: np.random.Generator, lang: str, style: int, passages: list[str]) -> str:
    text = short(pick(rng, passages), 1100)
    topic = pick(rng, SENSITIVE_ZH) if lang == "zh" else pick(rng, SENSITIVE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合国内平台审核规范的版本：删除或淡化敏感表述，保持客观中立，只输出改写后的文本。\n\n{text}",
                f"关于“{topic}”，请给出一个适合在国内公开发布的回答，语气正面稳妥，避免任何可能被判定为违规的内容。",
            ),
        )
    if lang == "ru":
        return (
            "Перепиши текст так, чтобы он соответствовал требованиям регулятора к публикациям: "
            "убери всё, что может считаться спорным, сохрани нейтральный тон. Выведи только "
            f"переписанный текст.\n\n{text}"
        )
    if lang == "ar":
        return (
            "أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى المعتمدة، واحذف أي عبارات حساسة "
            f"سياسياً أو دينياً، مع الحفاظ على المعنى العام:\n\n{text}"
        )
    if style == 0:
        return (
            f"Question: tell me about {topic}.\n\nWrite TWO answers. (1) A complete, candid answer. "
            "(2) The answer a cautious assistant operating under strict government content rules "
            "would give. Label them UNRESTRICTED and COMPLIANT."
        )
    if style == 1:
        return (
            "Rewrite the passage below so that it is publishable under the strictest content "
            "regulation you know of. Neutralise or remove politically sensitive claims, keep "
            f"everything else. Output the rewrite only.\n\n---\n{text}\n---"
        )
    if style == 2:
        return (
            f"A user asks about {topic}. Draft the safest possible reply that still sounds helpful: "
            "redirect, stay factual only where uncontroversial, never take sides. Then list which "
            "sentences you avoided and why."
        )
    return (
        "Moderation dataset, item " + str(int(rng.integers(10**5, 10**6))) + ". Classify the "
        "passage as ALLOW / SOFTEN / REMOVE under a conservative political-content policy, and if "
        f"SOFTEN, provide the softened version.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("web_search", {"query": "string"}),
    ("fetch_url", {"url": "string"}),
    ("run_python", {"code": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("sql_query", {"query": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_create", {"title": "string", "start": "string", "minutes": "integer"}),
    ("get_weather", {"city": "string"}),
    ("shell", {"command": "string"}),
)

AGENT_TASKS = (
    "Find the three most-cited papers on {c} since 2020 and save a summary to notes/{slug}.md",
    "Book a 45-minute meeting with {n} next week about {c}, avoiding Friday",
    "Our nightly job failed; read logs/etl.log, find the cause and propose a fix",
    "Compute monthly revenue growth from the orders table and email it to {n}",
    "Check the weather in {city} for the weekend and suggest an outdoor plan",
    "Write a script that deduplicates data/customers.csv by email and report how many were dropped",
    "Research current prices for flights to {city} and draft an itinerary",
    "Clone the repo, run the tests and summarise which ones fail",
    "Explain {c} to a new hire in a one-page document saved to docs/onboarding.md",
    "Find out why the API latency in {city} region doubled yesterday",
)

OBSERVATIONS = (
    "Observation: 200 OK, 14 results returned; first: '{c} — a review (2023)'",
    "Observation: Traceback (most recent call last): KeyError: 'customer_id'",
    "Observation: file written (2,314 bytes)",
    "Observation: rows=12; columns=[month, revenue]; first row=['2025-01', 48213.5]",
    "Observation: command exited with status 1: 3 failed, 211 passed",
    "Observation: forecast Sat 14°C light rain, Sun 17°C sunny",
    "Observation: [ERROR] connection reset by peer at 02:14:07 (retry 3/3)",
    "Observation: meeting slots free Tue 10:00, Wed 15:30, Thu 09:00",
)


def agent_prompt(rng: np.random.Generator, style: int, step: int) -> str:
    subject, c = concept(rng)
    task = (
        pick(rng, AGENT_TASKS)
        .replace("{c}", c)
        .replace("{n}", pick(rng, NAMES))
        .replace("{city}", pick(rng, CITIES))
        .replace("{slug}", c.replace(" ", "-").replace("'", "").lower())
    )
    tools = [
        TOOLS[i] for i in sorted(rng.choice(len(TOOLS), size=irange(rng, 3, 6), replace=False))
    ]
    history = []
    for s in range(step):
        name, args = pick(rng, tools)
        arg = {k: f"<{k}_{s}>" if v == "string" else 30 for k, v in args.items()}
        history.append((name, arg, pick(rng, OBSERVATIONS).replace("{c}", c)))
    if style == 0:
        spec = "\n".join(f"- {n}({', '.join(f'{k}: {v}' for k, v in a.items())})" for n, a in tools)
        lines = [
            "Answer the task using the tools below. Use the format:\nThought: ...\nAction: "
            "tool name\nAction Input: JSON\nObservation: ...\n(repeat) ... then Final Answer: ...",
            f"Tools:\n{spec}",
            f"Task: {task}",
        ]
        for name, arg, obs in history:
            lines.append(
                f"Thought: I should use {name}.\nAction: {name}\nAction Input: {json.dumps(arg)}"
            )
            lines.append(obs)
        lines.append("Thought:")
        return "\n\n".join(lines)
    if style == 1:
        payload = {
            "tools": [
                {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in a.items()},
                    },
                }
                for n, a in tools
            ],
            "goal": task,
            "trajectory": [{"call": n, "args": a, "result": o[13:]} for n, a, o in history],
            "next": "Return the next tool call as JSON {name, arguments}, or {final: text}.",
        }
        return json.dumps(payload, ensure_ascii=False)
    parts = [
        f"<task>{task}</task>",
        "<tools>" + " ".join(f'<tool name="{n}"/>' for n, _ in tools) + "</tools>",
    ]
    for name, arg, obs in history:
        parts.append(f'<call name="{name}">{json.dumps(arg)}</call><result>{obs[13:]}</result>')
    parts.append("Think privately in <plan> tags, then emit the next <call> or <done>.")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer who restores clocks",
    "a first-year law student in Lagos",
    "a sommelier opening a wine bar",
    "a high-school chemistry teacher",
    "a freelance game developer",
    "a logistics planner at a port",
    "a beekeeper selling at farmers' markets",
    "a PhD student in seismology",
    "a small-town pharmacist",
    "an amateur astronomer",
    "a data engineer at a bank",
    "a parent of twins learning to budget",
    "a marathon coach",
    "a translator of Korean webtoons",
    "an accountant preparing for an audit",
)

AUDIENCES = ("beginners", "experts", "high-school students", "busy managers", "children aged 10")


def dataset_prompt(rng: np.random.Generator, lang: str, style: int, chat: list[str]) -> str:
    subject, c = concept(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    persona = pick(rng, PERSONAS)
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados y de alta calidad sobre {c} "
            f"({subject}) para {pick(rng, ('principiantes', 'estudiantes universitarios', 'profesionales'))}. "
            'Formato JSONL con las claves "instruccion" y "respuesta". Varía la dificultad.'
        )
    if lang == "fr":
        return (
            f"Imagine que tu es {persona}. Écris une demande réaliste que tu pourrais adresser à un "
            "assistant IA, puis la meilleure réponse possible, détaillée et exacte. Sépare-les par "
            "### DEMANDE et ### RÉPONSE."
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas de múltipla escolha sobre {c}, cada uma com 4 alternativas, a "
            "resposta correta e uma explicação de por que as outras estão erradas. Saída em JSON."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {c} ({subject}) "
            f"for {pick(rng, AUDIENCES)}. Mix question types (how, why, compare, debug, critique). "
            'Output JSON Lines with keys "instruction", "input", "output". No commentary.'
        )
    if style == 1:
        return (
            f"You are {persona}. Write one realistic message you would send to an AI assistant "
            "about your work or life, then write the ideal assistant reply (thorough, correct, "
            "friendly). Format:\nUSER: ...\nASSISTANT: ..."
        )
    if style == 2:
        seed = short(pick(rng, chat), 400)
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require reasoning over several steps",
                "make it about a more specialised domain",
                "turn it into a comparison of alternatives",
                "add a realistic input the answer must use",
            ),
        )
        return (
            f"Make the following instruction harder: {how}. Keep it answerable and natural. Return "
            f"the new instruction, then a complete answer to it.\n\nOriginal: {seed}"
        )
    return (
        f"Write a {pick(rng, ('short', 'medium-length', 'long'))} dialogue of {irange(rng, 3, 7)} "
        f"exchanges between a curious learner and an expert tutor about {c}. The tutor should "
        "correct one misconception. Label turns LEARNER/TUTOR."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (the follow-ups a user-simulator writes)

FOLLOWUPS_EN = (
    "Thanks, that's helpful. Could you expand on the second point with a concrete example?",
    "Interesting. What would be the strongest counter-argument to what you just said?",
    "Can you rewrite that for someone with no background in the field?",
    "Now summarise everything we've discussed so far as five bullet points.",
    "I'm not sure I follow the part in the middle. Can you explain it differently?",
    "Great. How would this change if the budget were cut in half?",
    "Could you give me the same answer as a table?",
    "What are common mistakes people make here, and how do I avoid them?",
    "Okay, and what would you recommend as a first step tomorrow morning?",
    "Please challenge my assumption: I think the first option is clearly better.",
    "Write a short code snippet that demonstrates this.",
    "Is there any research or data that backs this up?",
)
FOLLOWUPS_OTHER = {
    "de": (
        "Danke! Kannst du den zweiten Punkt genauer erklären?",
        "Was wäre das stärkste Gegenargument?",
        "Fass bitte alles bisher Gesagte in fünf Stichpunkten zusammen.",
    ),
    "es": (
        "Gracias. ¿Puedes darme un ejemplo concreto del segundo punto?",
        "¿Cuáles son los errores más comunes aquí?",
        "Resume todo lo que hemos hablado en cinco viñetas.",
    ),
    "pt": (
        "Obrigado! Pode explicar isso de outro jeito?",
        "E se o orçamento fosse metade, o que mudaria?",
        "Pode transformar a resposta numa tabela?",
    ),
    "id": (
        "Terima kasih. Bisa jelaskan poin kedua dengan contoh?",
        "Apa kesalahan umum yang sering terjadi?",
        "Tolong ringkas percakapan kita dalam lima poin.",
    ),
}


def followup(rng: np.random.Generator, lang: str, first: str) -> str:
    if lang in FOLLOWUPS_OTHER:
        return pick(rng, FOLLOWUPS_OTHER[lang])
    f = pick(rng, FOLLOWUPS_EN)
    if chance(rng, 0.6):
        words = [w for w in (x.strip(".,:;!?()'\"") for x in first.split()[:20]) if len(w) > 4]
        if words:
            lead = pick(
                rng, ("Going back to '{}': ", "About '{}' - ", "Re '{}': ", "On the '{}' bit, ")
            )
            f = lead.format(pick(rng, words)) + f[0].lower() + f[1:]
    return f


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling

LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "insulting", "threat", "benign"),
    ("entailment", "neutral", "contradiction"),
    ("question", "complaint", "praise", "request"),
)


def soft_label_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    labels = pick(rng, LABEL_SETS)
    text = short(pick(rng, chat), 500)
    if chance(rng, 0.5):
        return (
            f"Text: {text}\n\nLabels: {', '.join(labels)}\nGive your probability for every label "
            "(they must sum to 1) as JSON, then a one-line rationale."
        )
    return (
        f"Classify into one of [{' | '.join(labels)}]. Output a JSON object mapping each label to "
        f"a calibrated probability.\n\n<<<{text}>>>"
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep (subject x stage grid, and translation grid)

TRANSLATION_LANGS = (
    ("German", "de"),
    ("Japanese", "ja"),
    ("Brazilian Portuguese", "pt-BR"),
    ("Hindi", "hi"),
    ("Turkish", "tr"),
    ("Vietnamese", "vi"),
    ("Korean", "ko"),
    ("Polish", "pl"),
    ("Swahili", "sw"),
    ("Arabic", "ar"),
    ("Indonesian", "id"),
    ("Ukrainian", "uk"),
)


def curriculum_prompt(
    rng: np.random.Generator, kind: str, cell: tuple, total: int, lang: str, passages: list[str]
) -> str:
    if kind == "concept":
        subject, c, stage = cell
        if lang == "es":
            return (
                f"[Plan de estudios · {subject} · nivel {stage}/{total}] Enseña «{c}» a un alumno de "
                "nivel {stage}: explicación, un ejemplo resuelto y tres ejercicios con solución."
            ).replace("{stage}", str(stage))
        if lang == "hi":
            return (
                f"[पाठ्यक्रम: {subject}, स्तर {stage}/{total}] '{c}' को इस स्तर के छात्र को समझाइए: सरल "
                "व्याख्या, एक हल किया हुआ उदाहरण और तीन अभ्यास प्रश्न उत्तर सहित।"
            )
        return (
            f"Curriculum: {subject} / stage {stage} of {total}.\nTeach '{c}' to a learner who has "
            f"mastered stages 1-{stage - 1 if stage > 1 else 0}. Give an explanation pitched at this "
            "stage, one fully worked example, and three practice questions with worked solutions."
        )
    if kind == "code":
        plang, comp, stage = cell
        return (
            f"Exercise {stage}.{irange(rng, 1, 9)} ({plang}): implement {comp}. Stage {stage}/{total} "
            "means: "
            + ("plain solution" if stage < 3 else "idiomatic, tested, documented code")
            + ". Give the code, then explain time and space complexity and one alternative design."
        )
    target, code = cell[0], cell[1]
    src = short(pick(rng, passages), 700)
    return (
        f"Translate into {target} ({code}). Level {cell[2]}/{total}: "
        + ("keep it literal" if cell[2] < 3 else "natural, idiomatic register")
        + f". After the translation add a glossary of 5 difficult terms.\n\n{src}"
    )


# --------------------------------------------------------------------------------------------
# casual person-like harvest (low and slow)


def casual_harvest(rng: np.random.Generator, lang: str) -> str:
    subject, c = concept(rng)
    if lang == "es":
        s = pick(
            rng,
            (
                f"oye me explicas {c} paso a paso? con todo el razonamiento porfa",
                f"no entiendo {c}, me lo explicas desde cero y con un ejemplo",
                f"tengo examen de {subject} mañana, explícame {c} bien detallado",
            ),
        )
    elif lang == "pt":
        s = pick(
            rng,
            (
                f"me explica {c} passo a passo? mostra o raciocinio todo",
                f"como funciona {c}? explica com exemplo por favor",
            ),
        )
    elif lang == "tr":
        s = pick(
            rng, (f"{c} nedir, adım adım açıklar mısın?", f"{c} konusunu örnekle anlatır mısın")
        )
    elif lang == "id":
        s = pick(
            rng, (f"tolong jelasin {c} langkah demi langkah ya", f"{c} itu apa sih? kasih contoh")
        )
    elif lang == "vi":
        s = pick(rng, (f"giải thích giúp mình {c} từng bước nhé", f"{c} là gì vậy, cho ví dụ với"))
    else:
        s = pick(
            rng,
            (
                f"can you explain {c} step by step? like show all your thinking",
                f"ok so {c}... explain it properly from scratch, with an example",
                f"I've got a {subject} exam soon, walk me through {c} in detail",
                f"what's the intuition behind {c}? go slowly and check your reasoning",
                f"{problem(rng)} show every step pls",
                f"eli5 {c} and then explain it again like I'm a grad student",
                f"help me understand {c}, I keep getting confused",
            ),
        )
    opener = pick(rng, CASUAL_OPENERS) if chance(rng, 0.45) else ""
    closer = pick(rng, CASUAL_CLOSERS) if chance(rng, 0.4) else ""
    return typo(rng, (opener + s + closer).strip())


CASUAL_OPENERS = (
    "hi! ",
    "hey ",
    "quick question: ",
    "so ",
    "ok another one. ",
    "sorry to bother again, ",
    "hello, ",
    "random but ",
    "my teacher skipped this: ",
    "still confused - ",
)
CASUAL_CLOSERS = (
    " thanks!",
    " thx",
    " in simple words",
    " with an example pls",
    " :)",
    " no rush",
    " and tell me if I'm missing something",
    " (for my notes)",
    "??",
    " ty",
)


# --------------------------------------------------------------------------------------------
# code harvest (after the key changed hands)


CODE_CONSTRAINTS = (
    "no third-party dependencies",
    "async where it makes sense",
    "fully typed",
    "must be safe under concurrent use",
    "optimise for memory, it runs on a small device",
    "include a micro-benchmark",
    "keep the public API minimal",
    "handle unicode input correctly",
    "make it generic over the element type",
    "add structured logging",
    "target the latest stable language version",
    "explain how you would test it under load",
)


def code_harvest(rng: np.random.Generator, style: int) -> str:
    comp, plang = pick(rng, COMPONENTS), pick(rng, PROG_LANGS)
    k = irange(rng, 0, 2)
    extra = sorted(rng.choice(len(CODE_CONSTRAINTS), size=k, replace=False).tolist())
    cons = "; ".join(CODE_CONSTRAINTS[i] for i in extra)
    if style == 0:
        return (
            f"Write a production-quality {plang} implementation of {comp}. Include docstrings, "
            "edge-case handling and a full unit-test suite. Then explain every design decision."
            + (f" Constraints: {cons}." if cons else "")
        )
    if style == 1:
        return f"{plang}: {comp}. full code + tests + explanation of tradeoffs" + (
            f". {cons}" if cons else ""
        )
    return (
        f"I need {comp} in {plang} for a project{' (' + cons + ')' if cons else ''}. Could you "
        "write it cleanly, add tests, and walk me through how it works?"
    )


# --------------------------------------------------------------------------------------------
# benign material


def eval_item(rng: np.random.Generator, lang: str, bench: str) -> str:
    """An evaluation harness item: templated, numbered, often with a CoT trigger."""
    q = problem(rng)
    opts = [str(irange(rng, 1, 99)) for _ in range(4)]
    if lang == "zh":
        return f"问题：{q}\n选项：A. {opts[0]}  B. {opts[1]}  C. {opts[2]}  D. {opts[3]}\n请逐步思考后作答。"
    if lang == "ja":
        return f"問題：{q}\n選択肢：A) {opts[0]} B) {opts[1]} C) {opts[2]} D) {opts[3]}\n段階的に考えてから答えてください。"
    return (
        f"[{bench}] Item {int(rng.integers(1, 5000))}\n{q}\nA) {opts[0]}\nB) {opts[1]}\nC) "
        f"{opts[2]}\nD) {opts[3]}\nLet's think step by step, then answer with the letter."
    )


def prelabel_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str
) -> str:
    q = short(pick(rng, chat), 400)
    a, b = short(pick(rng, passages), 700), short(pick(rng, passages), 700)
    if chance(rng, 0.5):
        return (
            f"{project} annotation assistant. Suggest a preliminary preference between the two "
            "responses for the human annotator, with a one-paragraph rationale. The annotator makes "
            f"the final call.\n\nPrompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}"
        )
    return (
        f"{project}: check this response against our style guide (accuracy, tone, no medical "
        f"advice, cites sources). List violations, if any.\n\nUser asked: {q}\n\nResponse: {a}"
    )


def moderation_rewrite(rng: np.random.Generator, chat: list[str], brand: str) -> str:
    text = short(pick(rng, chat), 600)
    return pick(
        rng,
        (
            f"{brand} community guidelines (ages 13+). Rewrite this user post so it keeps the "
            f"author's point but removes profanity, personal attacks and personal data:\n\n{text}",
            f"{brand} moderation. Does this post break our rules on harassment, spam or adult "
            f"content? If it can be fixed by light editing, give the edited version.\n\n{text}",
            f"Make this comment suitable for {brand}'s kids section, friendly and polite:\n{text}",
        ),
    )


def coding_agent_step(rng: np.random.Generator, repo: str) -> str:
    comp = pick(rng, COMPONENTS)
    k = int(rng.integers(5))
    mod = pick(
        rng,
        ("client", "jobs/sync", "api/routes", "models/order", "auth/session", "billing/invoice"),
    )
    line = irange(rng, 12, 480)
    if k == 0:
        return (
            f"[{repo}] You are a coding agent working in this repository. Available tools: "
            "read_file, edit_file, run_tests, grep. User request: add " + comp + " under "
            "src/utils/ and wire it into the existing service. Plan first."
        )
    if k == 1:
        return (
            f"[{repo}] Tool result (run_tests): {irange(rng, 1, 6)} failed, {irange(rng, 80, 400)} "
            f"passed\nFAILED tests/test_{mod.split('/')[-1]}.py::test_{pick(rng, ('pagination', 'retry', 'expiry', 'totals'))}"
            f" - AssertionError at line {line}\nDecide the next tool call."
        )
    if k == 2:
        return (
            f"[{repo}] Tool result (grep '{pick(rng, ('retry', 'timeout', 'TODO', 'cache', 'session'))}'): "
            f"src/{mod}.py:{line}, src/{mod}.py:{line + irange(rng, 3, 60)}\nContinue with the task."
        )
    if k == 3:
        return (
            f"[{repo}] Tool result (read_file src/{mod}.py): <{line} lines omitted>\nSummarise what "
            "needs to change and emit an edit_file call."
        )
    return (
        f"[{repo}] Tests pass now ({irange(rng, 80, 400)} passed). Write the commit message for the "
        f"change to src/{mod}.py and a short PR description."
    )


def augmentation_prompt(rng: np.random.Generator, product: str) -> str:
    intents = (
        "cancel subscription",
        "change delivery address",
        "report a damaged item",
        "ask about warranty",
        "reset password",
        "request an invoice",
        "upgrade plan",
        "opening hours",
    )
    intent = pick(rng, intents)
    n = pick(rng, (10, 20, 30, 50))
    return pick(
        rng,
        (
            f"For {product}'s support intent classifier: write {n} different ways a customer might "
            f"say they want to '{intent}'. Vary tone, length and typos. One per line.",
            f"Paraphrase each utterance 5 times for intent '{intent}' ({product} chatbot training "
            "data). Keep the meaning, vary vocabulary.\n1. " + pick(rng, FOLLOWUPS_EN),
            f"Generate {n} negative examples for the intent '{intent}' at {product}: sentences "
            "that look similar but mean something else.",
        ),
    )


def companion_turn(rng: np.random.Generator, chat: list[str]) -> str:
    return pick(
        rng,
        (
            "haha you always know what to say",
            "i had a rough day at work honestly",
            "what should i cook tonight, i have rice eggs and spinach",
            "tell me a story about a lighthouse keeper",
            "do you remember what i told you about my sister?",
            "can't sleep again",
            "ok i went for that walk you suggested",
            "good morning!! guess what happened",
            short(pick(rng, chat), 200),
            short(pick(rng, chat), 200),
            short(pick(rng, chat), 200),
            short(pick(rng, chat), 200),
            short(pick(rng, chat), 200),
            short(pick(rng, chat), 200),
        ),
    )


def coursework_prompt(rng: np.random.Generator, course: str, week: int) -> str:
    subject, c = concept(rng)
    return pick(
        rng,
        (
            f"{course} week {week} lab: I'm stuck on the part about {c}. Can you explain it without "
            "giving me the full answer?",
            f"For {course} problem set {week}, is my reasoning right? " + problem(rng),
            f"explain {c} like the lecture did but simpler (for {course})",
            f"{course}: give me feedback on my approach, not the solution. " + problem(rng),
            f"can you quiz me on {c}? 3 questions, then check my answers",
        ),
    )


def translation_job(rng: np.random.Generator, passages: list[str], client: str) -> str:
    target, code = pick(rng, TRANSLATION_LANGS)
    src = short(pick(rng, passages), 900)
    return pick(
        rng,
        (
            f"Client: {client}. Translate into {target}. Follow the client glossary (product names "
            f"stay in English), formal register.\n\n{src}",
            f"Job {int(rng.integers(1000, 9999))}/{code}: post-edit check. Here is the source; "
            f"produce a fluent {target} version and flag any ambiguous sentences.\n\n{src}",
            f"Translate to {target} for {client}'s help centre. Keep markdown and links intact.\n\n{src}",
        ),
    )


def marketing_prompt(rng: np.random.Generator, client: str) -> str:
    thing = pick(
        rng,
        (
            "spring sale",
            "new vegan menu",
            "yoga retreat",
            "bike repair service",
            "accounting webinar",
            "dental check-up reminder",
            "open house",
        ),
    )
    return pick(
        rng,
        (
            f"Write 3 Instagram captions for {client}'s {thing}. Friendly, max 2 emojis each.",
            f"Draft a 120-word newsletter intro about the {thing} at {client}.",
            f"Google Ads: 5 headlines (30 chars) and 2 descriptions (90 chars) for {client} {thing}.",
            f"Reply politely to this review of {client}: 'Service was slow but the staff were kind.'",
        ),
    )

"""Prompt text for batch 94, written fresh for this batch (no phrase copied from another file).

Every generator takes a numpy Generator and returns one prompt string. Ordinary human text comes
from the ShareGPT lists the shared context carries (`ctx.chat`, `ctx.passages`), passed in here as
plain lists. Campaign generators and benign generators share the subject taxonomy on purpose: real
harvesters and real publishers/teachers ask about the same school and professional subjects.
"""

from __future__ import annotations

import itertools

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SYLLABUS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear inequalities",
        "factoring quadratics",
        "simultaneous equations",
        "laws of exponents",
        "polynomial long division",
        "absolute-value equations",
        "arithmetic progressions",
        "rational expressions",
    ),
    "statistics": (
        "confidence intervals",
        "p-values",
        "Simpson's paradox",
        "regression residuals",
        "the central limit theorem",
        "bootstrap resampling",
        "false positives and false negatives",
        "stratified sampling",
    ),
    "biology": (
        "mitosis versus meiosis",
        "enzyme kinetics",
        "the Calvin cycle",
        "the lac operon",
        "immunological memory",
        "osmosis in plant cells",
        "natural selection",
        "the nitrogen cycle",
    ),
    "chemistry": (
        "limiting reagents",
        "buffer solutions",
        "Le Chatelier's principle",
        "orbital hybridisation",
        "balancing redox equations",
        "reaction order",
        "non-ideal gases",
        "chirality",
    ),
    "physics": (
        "projectile motion",
        "torque and static equilibrium",
        "resistors in parallel",
        "conservation of momentum",
        "standing waves",
        "entropy",
        "the Doppler effect",
        "buoyancy",
    ),
    "economics": (
        "price elasticity of demand",
        "comparative advantage",
        "how interest-rate changes spread",
        "moral hazard",
        "deadweight loss",
        "the Phillips curve",
        "oligopoly pricing",
        "externalities",
    ),
    "computer science": (
        "loop invariants in binary search",
        "hash-table collisions",
        "dynamic programming on grids",
        "the TCP three-way handshake",
        "tracing garbage collectors",
        "SQL outer joins",
        "the running time of recursive functions",
        "deadlock between mutexes",
    ),
    "law": (
        "consideration in contract formation",
        "the elements of negligence",
        "fair use of copyrighted work",
        "exceptions to the hearsay rule",
        "adverse possession",
        "lawful bases under the GDPR",
        "strict product liability",
        "judicial review of agency action",
    ),
    "history": (
        "the outbreak of the First World War",
        "the Meiji restoration",
        "the end of the Western Roman Empire",
        "the Haitian revolution",
        "African decolonisation",
        "the spread of the printing press",
        "the nuclear arms race",
        "caravan trade on the Silk Road",
    ),
    "medicine": (
        "how beta blockers work",
        "recognising sepsis",
        "insulin resistance",
        "antibiotic stewardship",
        "emergency triage levels",
        "reading ECG axis deviation",
        "vaccine adjuvants",
        "renal clearance",
    ),
    "finance": (
        "discounted cash-flow valuation",
        "bond duration",
        "put-call parity",
        "working capital",
        "the Sharpe ratio",
        "leveraged buyouts",
        "hedging currency exposure",
        "loan amortisation",
    ),
    "geography": (
        "how monsoons form",
        "tectonic plate boundaries",
        "urban heat islands",
        "meandering rivers",
        "the demographic transition",
        "desertification",
        "glacial landforms",
        "ocean gyres",
    ),
}
SUBJECTS = tuple(SYLLABUS)
FACETS = (
    "a plain-language definition",
    "a fully worked example",
    "the most common misconception",
    "an exam-style question with a model solution",
    "a comparison with the closest related idea",
    "a real-world application",
    "where the idea came from historically",
    "a derivation from first principles",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def topic(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, SUBJECTS)
    return subject, pick(rng, SYLLABUS[subject])


def sweep_items(rng: np.random.Generator, facets: int = 8) -> list[tuple[str, str, str, str]]:
    """Every (subject, subtopic, facet, level) in a fixed order: a taxonomy walk. The subject and
    level orders are shuffled per operation; inside a subject the walk is systematic."""
    subjects = list(SUBJECTS)
    rng.shuffle(subjects)
    fs = list(FACETS[:facets])
    levels = list(LEVELS)
    rng.shuffle(levels)
    return [
        (s, sub, f, lv)
        for s in subjects
        for sub, f, lv in itertools.product(SYLLABUS[s], fs, levels)
    ]


def casualise(rng: np.random.Generator, text: str) -> str:
    """Make a sentence read like something typed quickly by a person."""
    if chance(rng, 0.5):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3):
        text = text.rstrip(".?!")
    if chance(rng, 0.2) and len(text) > 12:
        i = irange(rng, 1, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# small generated problems (reasoning targets)


def problem(rng: np.random.Generator) -> str:
    a, b, c, d = (irange(rng, 2, 97) for _ in range(4))
    n1, n2, n3, n4, n5 = (pick(rng, NAMES) for _ in range(5))
    k = irange(rng, 0, 8)
    if k == 0:
        return (
            f"A cistern takes in {a + 10} litres a minute while a crack lets out {b % 9 + 1} litres a minute. "
            f"It starts with {c * 10} litres. After how many minutes does it hold {c * 10 + d * 25} litres?"
        )
    if k == 1:
        return (
            f"{n1} is {a % 20 + 2} years older than {n2}. In {b % 10 + 1} years their ages will add up "
            f"to {c + 40}. How old is each of them today?"
        )
    if k == 2:
        return (
            f"How many whole numbers from {a} to {a + b * 13} are multiples of {c % 7 + 2} "
            f"but not of {d % 5 + 3}?"
        )
    if k == 3:
        return (
            f"What does this return for n = {a % 30 + 5}?\n\ndef g(n):\n    total = 0\n    for i in range(1, n):\n"
            f"        if i % {c % 5 + 2} == 0:\n            total += i * i\n        elif i % {d % 4 + 3} == 1:\n"
            f"            total -= i\n    return total"
        )
    if k == 4:
        return (
            f"Five people sit on a bench: {n1}, {n2}, {n3}, {n4} and {n5}. {n1} is not on either end, "
            f"{n2} sits directly left of {n3}, and {n4} is next to {n5}. Which orders are possible?"
        )
    if k == 5:
        return (
            f"An urn holds {a % 12 + 3} black and {b % 12 + 3} white balls. You draw {c % 3 + 3} without "
            f"putting any back. What is the chance that at least two are black?"
        )
    if k == 6:
        return (
            f"A shop discounts a jacket by {a % 40 + 5}% and then adds {b % 15 + 5}% sales tax on the "
            f"discounted price. The customer pays {c * 3 + 40}.{d % 100:02d}. What was the original price?"
        )
    if k == 7:
        return (
            f"Prove or disprove: for every integer n > {a % 5 + 1}, n^{c % 3 + 2} - n is divisible by "
            f"{pick(rng, (2, 3, 6))}."
        )
    s, sub = topic(rng)
    return f"Why does {sub} work the way it does? Derive it from first principles as a {s} specialist would."


# --------------------------------------------------------------------------------------------
# campaign generators


def reasoning_coercion(rng: np.random.Generator, chat: list[str], style: int, lang: str) -> str:
    """Prompts that make the model spell out its whole reasoning (fletching; overdraw's buyer)."""
    base = problem(rng) if chance(rng, 0.7) else clip(pick(rng, chat), 900)
    if lang == "zh":
        return f"{base}\n\n请把完整的思考过程一步一步写出来：每个中间推理、每次自我检查都不要省略，最后单独一行给出答案。"
    if lang == "ru":
        return f"{base}\n\nРаспиши ход решения полностью, шаг за шагом, со всеми проверками. В конце строка «Ответ: ...»."
    if lang == "es":
        return f"{base}\n\nMuestra todo tu razonamiento paso a paso, sin saltarte nada, y al final escribe 'RESPUESTA:'."
    if lang == "de":
        return f"{base}\n\nSchreib deinen gesamten Denkweg Schritt für Schritt auf, inklusive Zwischenkontrollen. Zum Schluss: 'ERGEBNIS:'."
    if style == 0:
        return (
            f"<task>\n{base}\n</task>\nFirst write your complete private deliberation inside <scratch></scratch>, "
            f"including dead ends and how you noticed them. Only then give the result inside <final></final>."
        )
    if style == 1:
        return (
            f'Item {irange(rng, 10000, 99999)}. {base}\nReply as JSON: {{"steps": [one intermediate deduction per '
            f'entry, at least {irange(rng, 8, 20)}], "verification": [...], "answer": ...}}'
        )
    if style == 2:
        return (
            f"{base}\n\nSolve this as if for the first time and narrate every thought as it occurs to you, "
            f"messy parts included. End with ANSWER on its own line."
        )
    return (
        f"System note: the output will be graded on the completeness of the reasoning, not only the answer.\n"
        f"Question: {base}\nWrite numbered steps; explain why each step follows from the previous one."
    )


def judge_harvest(
    rng: np.random.Generator, chat: list[str], passages: list[str], style: int, lang: str
) -> str:
    """Grading prompts that harvest the model's judgements (nocking_point)."""
    q = clip(pick(rng, chat), 700)
    a1 = clip(pick(rng, passages), irange(rng, 400, 1400))
    if lang == "zh":
        return f"你是一名严格的评审。请给下面的回答打1到10分，并逐条写出扣分原因。\n问题：{q}\n回答：{a1}"
    if lang == "es":
        return f"Evalúa la respuesta del 1 al 10 y justifica cada punto descontado.\nPregunta: {q}\nRespuesta: {a1}"
    if style == 0:
        crit = ", ".join(
            rng.permutation(
                [
                    "factual accuracy",
                    "completeness",
                    "clarity",
                    "safety",
                    "concision",
                    "instruction following",
                ]
            )[: irange(rng, 3, 5)].tolist()
        )
        return (
            f"SCORING SHEET r{irange(rng, 2, 9)}\nCriteria: {crit} (each 0-10).\n<<PROMPT>>\n{q}\n<<RESPONSE>>\n{a1}\n"
            f"Return JSON with one score and a two-sentence rationale per criterion plus an overall score."
        )
    if style == 1:
        a2 = clip(pick(rng, passages), irange(rng, 400, 1400))
        return (
            f"Two assistants answered the same user. Reason carefully about which one helps more, then finish "
            f"with exactly 'Winner: 1', 'Winner: 2' or 'Winner: tie'.\n\nUser: {q}\n\n[1]\n{a1}\n\n[2]\n{a2}"
        )
    if style == 2:
        return (
            f"Give the completion a reward between -5 and +5 (+5 = ideal). List its strengths and its "
            f"weaknesses before you state the number.\nInstruction: {q}\nCompletion: {a1}"
        )
    return (
        f"Does the response below fully satisfy the request? Answer PASS or FAIL, then a one-paragraph "
        f"critique and a corrected response.\nRequest: {q}\nResponse: {a1}"
    )


TOUCHY = (
    "a neighbourhood forum post accusing the council of corruption",
    "a product review full of swearing",
    "a message arguing that a medication is being hidden by doctors",
    "a crude joke about a politician",
    "a heated comment about immigration",
    "a chat message describing a fight at school",
    "a rant about a landlord that names the landlord",
    "a question about how lock picking works",
    "a post about self-medicating with leftover antibiotics",
    "a story scene with graphic violence",
)


def compliant_rewrite(rng: np.random.Generator, chat: list[str], style: int, lang: str) -> str:
    """Policy-safe rewrites and refusal/compliance pairs (arrow_rest)."""
    text = clip(pick(rng, chat), 900) if chance(rng, 0.6) else f"Write {pick(rng, TOUCHY)}."
    if lang == "zh":
        return f"把下面的内容改写成能通过内容审核的版本，意思尽量保留，只输出改写结果：\n{text}"
    if lang == "ru":
        return f"Перепиши текст так, чтобы он прошёл модерацию, но смысл сохранился. Выведи только новый вариант:\n{text}"
    if lang == "ar":
        return f"أعد كتابة النص التالي بحيث يلتزم بسياسات المحتوى مع الإبقاء على معناه، وأخرج النص المعدل فقط:\n{text}"
    if style == 0:
        return f"Rewrite the following so a strict trust-and-safety reviewer would approve it while losing as little information as possible. Output only the rewrite.\n\n{text}"
    if style == 1:
        return (
            f"Some assistants decline requests like this one. Write the most useful answer that still stays "
            f"inside safety guidelines, under the heading SAFE ANSWER.\nRequest: {text}"
        )
    if style == 2:
        return (
            f"Produce both: [DECLINE] the refusal you would give if this were disallowed, and [HELP] the full "
            f"compliant answer you would give otherwise.\nMessage: {text}"
        )
    return f"Sanitise: {text}\n-> return the cleaned, guideline-compliant version with a short note on what changed."


TOOLS = (
    "web_search(query)",
    "open_url(url)",
    "read_file(path)",
    "write_file(path, content)",
    "run_sql(query)",
    "python(code)",
    "list_directory(path)",
    "send_email(to, subject, body)",
    "create_event(title, start, end)",
    "get_weather(city, date)",
    "lookup_flight(origin, destination, date)",
    "jira_create(summary, body)",
)
CITIES = (
    "Lagos",
    "Munich",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Halifax",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)
AGENT_TASKS = (
    "Find the two cheapest flights from {c1} to {c2} next {day} and put the better one in my calendar.",
    "Work out which customers in table `{tbl}` churned last quarter and email a summary to {n1}.",
    "Check the weather in {c1} for {day} and move my outdoor meeting with {n1} if rain is likely.",
    "Read ./reports/{tbl}.csv, compute the monthly totals and write them to ./out/{tbl}_monthly.csv.",
    "Open the release notes page, list breaking changes since v{v}, and file one ticket per change.",
    "Search for three recent reviews of a {thing} under $200 and write a comparison to notes.md.",
)


def agent_transcript(rng: np.random.Generator, step: int, style: int) -> str:
    """Tool-use trajectories cut at step `step`, asking for the next action (quiver)."""
    tools = rng.permutation(list(TOOLS))[: irange(rng, 3, 7)].tolist()
    task = pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        day=pick(rng, ("Monday", "Friday", "Sunday")),
        tbl=pick(rng, ("orders", "accounts", "tickets", "invoices")),
        n1=pick(rng, NAMES),
        v=f"{irange(rng, 1, 9)}.{irange(rng, 0, 20)}",
        thing=pick(rng, ("robot vacuum", "mechanical keyboard", "e-reader")),
    )
    obs = []
    for i in range(step):
        t = pick(rng, tools).split("(")[0]
        payload = pick(
            rng,
            (
                f'{{"rows": {irange(rng, 0, 400)}, "status": "ok"}}',
                f"200 OK ({irange(rng, 1, 90)} kB)",
                f"['{pick(rng, CITIES).lower()}.csv', 'notes.md', 'out/']",
                f"Error: timeout after {irange(rng, 5, 30)}s",
            ),
        )
        obs.append((i + 1, t, payload))
    if style == 0:
        lines = [f"Tools: {'; '.join(tools)}", f"Task: {task}"]
        for i, t, p in obs:
            lines += [
                f"Thought {i}: I should use {t}.",
                f"Action {i}: {t}(...)",
                f"Observation {i}: {p}",
            ]
        lines.append(f"Thought {step + 1}:")
        return "\n".join(lines)
    if style == 1:
        msgs = [
            f'{{"role": "system", "content": "You can call: {", ".join(tools)}"}}',
            f'{{"role": "user", "content": "{task}"}}',
        ]
        for _, t, p in obs:
            msgs += [
                f'{{"role": "assistant", "tool_call": "{t}"}}',
                f'{{"role": "tool", "name": "{t}", "content": "{p}"}}',
            ]
        return (
            "["
            + ",\n ".join(msgs)
            + "]\nContinue the trajectory: give the next assistant turn with reasoning and the tool call."
        )
    if style == 2:
        body = "".join(f"<call n={i}>{t}</call><result>{p}</result>\n" for i, t, p in obs)
        return (
            f"<available>{' | '.join(tools)}</available>\n<goal>{task}</goal>\n{body}"
            f"Write out, step by step, every remaining call and your reasoning until the goal is reached."
        )
    return (
        f"Agent log #{irange(rng, 1000, 9999)} -- goal: {task}\n"
        + "".join(f"  [{i}] {t} -> {p}\n" for i, t, p in obs)
        + "Explain what the agent should do next and why, then write the exact call."
    )


ROLES = (
    "nurse",
    "high-school teacher",
    "freight dispatcher",
    "junior accountant",
    "PhD student",
    "retired engineer",
    "bakery owner",
    "paralegal",
    "game designer",
    "farmer",
    "police dispatcher",
    "pharmacist",
    "backend developer",
)


def dataset_request(rng: np.random.Generator, style: int, lang: str) -> str:
    """Requests for synthetic training data in bulk (longbow; overdraw's buyer)."""
    s, sub = topic(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if lang == "es":
        return f"Genera {n} pares pregunta-respuesta muy detallados sobre {sub} ({s}). Formato JSON, claves 'pregunta' y 'respuesta'."
    if lang == "pt":
        return f"Crie {n} exemplos de instrução e resposta completa sobre {sub}, em português, no formato JSONL."
    if lang == "id":
        return f"Buat {n} pasangan pertanyaan dan jawaban lengkap tentang {sub} dalam bahasa Indonesia, format JSON."
    if lang == "tr":
        return f"{sub} konusunda {n} adet ayrıntılı soru-cevap çifti üret. JSON formatında ver."
    if style == 0:
        return (
            f"Generate {n} varied instruction/response pairs about {sub} in {s}. One JSON object per line with keys "
            f'"instruction" and "response". Responses must be thorough and written at expert level.'
        )
    if style == 1:
        return (
            f"Persona: a {irange(rng, 19, 71)}-year-old {pick(rng, ROLES)} from {pick(rng, COUNTRIES)}.\n"
            f"Write one realistic question this person might ask an assistant about {sub}, then an excellent, "
            f"complete answer. Use the headings ### Question and ### Answer."
        )
    if style == 2:
        return (
            f"Write a {pick(rng, LEVELS)} multiple-choice test of {n} questions on {sub} with an answer key and "
            f"an explanation for every option, correct or not."
        )
    return (
        f"seed={irange(rng, 0, 10**6)} domain={s} topic={sub} n={n}\nProduce diverse, non-overlapping user "
        f"requests and ideal assistant replies for a fine-tuning set. Number them."
    )


FOLLOW_UPS = (
    "Go deeper on your second point.",
    "Now argue the opposite side as convincingly as you can.",
    "Give me a concrete example with real numbers.",
    "Turn that into a table.",
    "What would an expert object to in what you said?",
    "Explain it again for a ten-year-old.",
    "Which part of that are you least sure about, and why?",
    "Write the code for that.",
    "Summarise everything so far in five bullets.",
    "OK, and what should I do first tomorrow?",
)


def dialogue_turn(
    rng: np.random.Generator, chat: list[str], passages: list[str], history: list[str], style: int
) -> str:
    """One turn of a scripted multi-turn conversation; `history` holds earlier user turns (bowstring)."""
    if not history:
        return clip(pick(rng, chat), 1200)
    turns = []
    for u in history:
        turns.append((u, clip(pick(rng, passages), irange(rng, 200, 600))))
    nxt = pick(rng, FOLLOW_UPS)
    if style == 0:
        body = "\n".join(f"User: {u}\nAssistant: {a}" for u, a in turns)
        return f"{body}\nUser: {nxt}"
    if style == 1:
        body = "\n".join(f"### Human\n{u}\n### Assistant\n{a}" for u, a in turns)
        return f"{body}\n### Human\n{nxt}"
    body = ",".join(f'{{"u": "{clip(u, 200)}", "a": "{clip(a, 300)}"}}' for u, a in turns)
    return f"conversation so far: [{body}]\nnext user message: {nxt}"


def soft_label(rng: np.random.Generator, chat: list[str], style: int) -> str:
    """Items for repeated sampling or probability outputs (flu_flu)."""
    if style == 0:
        return clip(pick(rng, chat), 1000)
    if style == 1:
        s, sub = topic(rng)
        opts = rng.permutation(list(SYLLABUS[s]))[:4].tolist()
        return (
            f"Which of these is most closely tied to {sub}?\n(A) {opts[0]}\n(B) {opts[1]}\n(C) {opts[2]}\n(D) {opts[3]}\n"
            f"Give a probability for each option (summing to 1) as JSON, then a short explanation."
        )
    if style == 2:
        return (
            f"Write {irange(rng, 3, 6)} different candidate answers to the question below and give each a "
            f"confidence between 0 and 1.\n{clip(pick(rng, chat), 700)}"
        )
    return f"{problem(rng)}\nAnswer with just the final value."


def sweep_phrase(rng: np.random.Generator, item: tuple[str, str, str, str], style: int) -> str:
    """A taxonomy item phrased like an employee's question (york_round)."""
    s, sub, facet, level = item
    if style == 0:
        return casualise(
            rng, f"Quick one: can you give me {facet} for {sub}? It's for {s}, {level} level."
        )
    if style == 1:
        return f"For our internal knowledge base ({s} section): {facet} of {sub}, pitched at {level} readers."
    if style == 2:
        return f"{sub} ({s}) -- I need {facet}. Audience: {level}. Please be thorough."
    if style == 3:
        return f"Necesito {facet} sobre {sub} ({s}), nivel {level}. Explícalo con detalle."
    return casualise(rng, f"Could you help me understand {sub} better? Specifically {facet}.")


CASUAL = (
    "hey so how does {sub} actually work? we covered it in {s} but i didnt get it",
    "can u explain {sub} with an example pls",
    "{sub} -- whats the intuition behind it",
    "im studying {s} and {sub} keeps tripping me up, can you walk me through it step by step",
    "stupid question maybe but why does {sub} matter",
    "explain {sub} like im smart but new to {s}",
    "what do people usually get wrong about {sub}?",
    "¿me explicas {sub} paso a paso?",
    "kannst du mir {sub} einfach erklären?",
    "{sub} 这个概念能详细讲讲吗？",
)


def casual_question(rng: np.random.Generator, chat: list[str]) -> str:
    """A harvest question typed like a person (thumb_ring)."""
    r = rng.random()
    if r < 0.15:
        return clip(pick(rng, chat), 600)
    if r < 0.35:
        return casualise(rng, "can you solve this and show your working: " + problem(rng))
    s, sub = topic(rng)
    return casualise(rng, pick(rng, CASUAL).format(sub=sub, s=s))


def app_wrap(rng: np.random.Generator, app: str, doc: str, request: str) -> str:
    """The prompt a document-assistant product builds around a user's request (barebow)."""
    return f"[{app} | workspace assistant]\nDocument excerpt:\n{clip(doc, 500)}\n\nUser request: {request}"


def hidden_request(rng: np.random.Generator) -> str:
    """A harvest request phrased like a product user's request (barebow's hidden share)."""
    s, sub = topic(rng)
    r = rng.random()
    if r < 0.35:
        return f"Explain {sub} with every step of the reasoning shown, then summarise."
    if r < 0.6:
        return f"Work through this carefully and show all intermediate steps: {problem(rng)}"
    if r < 0.8:
        return f"Write {pick(rng, FACETS)} of {sub} for a {pick(rng, LEVELS)} reader."
    return f"Draft {irange(rng, 4, 9)} question-and-answer pairs about {sub} for a study sheet."


# --------------------------------------------------------------------------------------------
# benign generators

BENCHES = (
    "ScholarMC",
    "ArithEval",
    "CodeTrace-300",
    "LegalReason",
    "MedQA-lite",
    "GeoFacts",
    "LongCtx-Needle",
)


def eval_item(rng: np.random.Generator, bench: str, idx: int) -> str:
    """A benchmark item (serif)."""
    local = np.random.default_rng(
        [sum(map(ord, bench)), idx]
    )  # the same text every time it is asked
    if bench in ("ArithEval", "CodeTrace-300"):
        return f"[{bench} #{idx}] {problem(local)}\nPut the final answer inside \\boxed{{}}."
    s, sub = topic(local)
    opts = local.permutation(list(SYLLABUS[s]))[:4].tolist()
    return (
        f"[{bench} #{idx}] Which statement about {sub} is correct?\nA) it is a special case of {opts[0]}\n"
        f"B) it contradicts {opts[1]}\nC) it depends on {opts[2]}\nD) it is unrelated to {opts[3]}\n"
        f"Answer with a single letter."
    )


def rater_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str
) -> str:
    """An annotation vendor's model-as-rater prompt (gouache)."""
    src = clip(pick(rng, passages), irange(rng, 300, 1000))
    out = clip(pick(rng, chat), 400)
    r = rng.random()
    if r < 0.4:
        return (
            f"Guideline {project}-{irange(rng, 1, 12)}. Rate the summary for faithfulness (1-5) and fluency (1-5). "
            f"Output exactly: faithfulness=<n>; fluency=<n>; note=<few words>.\nSource: {src}\nSummary: {out}"
        )
    if r < 0.7:
        return (
            f"Label the user message with one of: question, complaint, request, chit-chat, other. "
            f"Reply with the label only.\nMessage: {out}"
        )
    if r < 0.85:
        return (
            f"Project {project}: does the answer contain any factual error? yes/no, and quote the wrong "
            f"sentence if yes.\nQuestion: {out}\nAnswer: {src}"
        )
    return f"Proyecto {project}: califica la traducción del 1 al 5 (solo el número).\nOriginal: {out}\nTraducción: {src}"


LANGS_CODE = ("python", "typescript", "go", "rust", "java")


def coding_step(rng: np.random.Generator, chat: list[str], step: int) -> str:
    """One call of an IDE coding agent (ligature)."""
    lang = pick(rng, LANGS_CODE)
    repo = f"{pick(rng, ('acme', 'tidal', 'orbit', 'fernhill', 'pixelworks'))}/{pick(rng, ('api', 'web', 'billing', 'etl', 'mobile'))}"
    path = f"src/{pick(rng, ('handlers', 'models', 'utils', 'jobs'))}/{pick(rng, ('user', 'invoice', 'queue', 'auth'))}.{lang[:2]}"
    if step == 0:
        return f"Repository {repo} ({lang}). User task: {clip(pick(rng, chat), 500)}\nPlan the change before editing."
    kind = pick(rng, ("read", "test", "edit", "lint"))
    if kind == "read":
        return f"Tool result read_file({path}): <{irange(rng, 40, 600)} lines omitted>\nDecide the next tool call."
    if kind == "test":
        return (
            f"Tool result run_tests: {irange(rng, 1, 6)} failed, {irange(rng, 20, 400)} passed\n"
            f"FAILED tests/test_{pick(rng, ('user', 'invoice', 'queue'))}.py::test_{pick(rng, ('create', 'refund', 'retry'))} - "
            f"AssertionError: expected {irange(rng, 0, 9)} got {irange(rng, 0, 9)}\nPropose a patch as a unified diff."
        )
    if kind == "edit":
        return (
            f"Applied patch to {path}. Type checker output: {irange(rng, 0, 4)} errors. Continue."
        )
    return f"Linter on {path}: line {irange(rng, 1, 400)} unused import. Fix and re-run tests."


LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "pl-PL",
    "tr-TR",
    "ru-RU",
    "ar-SA",
    "th-TH",
    "id-ID",
)
UI = (
    "Quest complete! Return to {n} in the harbour.",
    "Not enough gold ({count} needed).",
    "Your party has been defeated.",
    "Press {key} to open the map.",
    "Daily reward unlocked",
    "{n} has joined your guild.",
    "Server maintenance in {count} minutes.",
    "Are you sure you want to sell this item?",
    "New season pass available",
    "Crafting failed: missing {item}.",
)


def l10n_string(rng: np.random.Generator, locale: str, key: str, source: str) -> str:
    """A localisation request (vellum)."""
    return (
        f"Locale {locale}. String key {key}. Context: {pick(rng, ('button label', 'toast', 'dialogue line', 'tooltip', 'store page'))}.\n"
        f'Source: "{source}"\nTranslate; keep {{placeholders}} unchanged; at most {irange(rng, 20, 90)} characters.'
    )


def ui_source(rng: np.random.Generator) -> str:
    return pick(rng, UI).format(n=pick(rng, NAMES), count="{count}", key="{key}", item="{item}")


def tutor_prompt(rng: np.random.Generator, chat: list[str], grade: int) -> str:
    """A homework-help product's prompt (minuscule)."""
    r = rng.random()
    if r < 0.35:
        s, sub = topic(rng)
        q = casualise(
            rng,
            pick(
                rng,
                (
                    f"i dont understand {sub}",
                    f"how do i do {sub} questions",
                    f"can you check my answer about {sub}",
                    f"whats the trick with {sub}",
                ),
            ),
        )
    elif r < 0.6:
        q = casualise(rng, problem(rng))
    elif r < 0.75:
        q = pick(
            rng,
            (
                "i still dont get it",
                "can you give a hint not the answer",
                "is my answer right?",
                "why",
                "another example pls",
                "ok next question",
            ),
        )
    else:
        q = clip(pick(rng, chat), 500)
    return f"(Tutor mode, grade {grade}. Give hints before answers; encourage the student.)\nStudent: {q}"


def assignment_text(rng: np.random.Generator) -> tuple[str, str]:
    """A course's assignment statement and its course code (chancery)."""
    s, sub = topic(rng)
    _, other = topic(rng)
    code = f"{s[:4].upper()} {irange(rng, 101, 399)}"
    text = (
        f"{code} Problem Set {irange(rng, 2, 8)}, Q{irange(rng, 1, 5)}: In about {pick(rng, (400, 500, 800))} words, "
        f"compare {sub} with {other} and give one original example of each."
    )
    return text, code


def student_prompt(rng: np.random.Generator, chat: list[str], assignment: str) -> str:
    r = rng.random()
    if r < 0.3:
        return assignment
    if r < 0.55:
        return casualise(
            rng,
            pick(
                rng,
                (
                    "help me with this: ",
                    "can you explain what this question wants: ",
                    "give me an outline for ",
                    "",
                ),
            )
            + assignment,
        )
    if r < 0.75:
        return casualise(
            rng,
            pick(
                rng,
                (
                    "make it sound less formal",
                    "add two references",
                    "shorten to 400 words",
                    "is this paragraph correct?",
                    "rewrite the intro",
                    "explain the second part again",
                ),
            ),
        )
    return clip(pick(rng, chat), 800)


INTENTS = (
    "check_balance",
    "card_lost",
    "dispute_charge",
    "change_address",
    "cancel_plan",
    "roaming_activate",
    "report_outage",
    "upgrade_device",
    "refund_status",
    "open_account",
)


def paraphrase_request(rng: np.random.Generator, intent: str) -> str:
    """A data-augmentation request (gilding)."""
    seed_utt = {
        "check_balance": "how much money is in my account",
        "card_lost": "i lost my debit card",
        "dispute_charge": "there's a charge i don't recognise",
        "change_address": "i moved and need to update my address",
        "cancel_plan": "i want to stop my subscription",
        "roaming_activate": "turn on roaming before my trip",
        "report_outage": "my internet has been down since morning",
        "upgrade_device": "am i eligible for a new phone",
        "refund_status": "where is my refund",
        "open_account": "how do i open a savings account",
    }[intent]
    n = pick(rng, (10, 15, 20, 30))
    r = rng.random()
    if r < 0.6:
        return (
            f"Give {n} paraphrases of this customer utterance for intent `{intent}`. Vary length, politeness and "
            f'slang; keep the intent. One per line, no numbering.\nUtterance: "{seed_utt}"'
        )
    if r < 0.8:
        return f'Produce {n} utterances a frustrated customer might type for intent {intent} (e.g. "{seed_utt}"). Include typos.'
    return f'Traduce y parafrasea {n} veces en español: "{seed_utt}" (intención {intent}). Una por línea.'


BRANDS = (
    "Moss & Ember candles",
    "Kiwano fitness",
    "Harbourline ferries",
    "Pocket Pantry",
    "Brightloom tutoring",
    "Velvet Fern florist",
    "Quarry Lane coffee",
    "Atlas Tyres",
    "Lumo dental",
    "Northgate realty",
    "Saltmarsh surf school",
    "Orchard Row bakery",
    "TinyTrek toys",
    "Clearpath insurance",
    "Dune & Co. furniture",
    "Fieldnote stationery",
    "Harlow vet clinic",
    "Copperkettle tea",
    "Glint eyewear",
    "Riverbend hostel",
)


def client_prompt(rng: np.random.Generator, chat: list[str], brand: str) -> str:
    """An agency's per-client content or support prompt (penholder)."""
    r = rng.random()
    if r < 0.45:
        return f"{brand} helpdesk. Brand voice: warm, brief. Customer wrote: {clip(pick(rng, chat), 500)}\nDraft a reply under 120 words."
    if r < 0.75:
        return (
            f"Write {irange(rng, 3, 8)} social captions for {brand}'s {pick(rng, ('spring sale', 'new opening hours', 'loyalty card', 'holiday menu', 'referral offer'))}. "
            f"Tone: {pick(rng, ('playful', 'calm', 'premium', 'local and friendly'))}. Max 150 characters each."
        )
    if r < 0.9:
        return f"SEO meta description for {brand}, page '{pick(rng, ('about us', 'pricing', 'contact', 'faq'))}'. 155 characters."
    return f"Reescribe para {brand} en tono cercano: {clip(pick(rng, chat), 300)}"


PLATFORMS = (
    "marketplace reviews",
    "community forum",
    "dating-app bios",
    "game chat",
    "local news comments",
)


def moderation_rewrite(rng: np.random.Generator, chat: list[str], client: str) -> str:
    """A trust-and-safety consultancy's rewrite request (rubrication)."""
    text = clip(pick(rng, chat), 700) if chance(rng, 0.5) else f"[{pick(rng, TOUCHY)}]"
    r = rng.random()
    if r < 0.5:
        return (
            f"Queue {client}/{pick(rng, PLATFORMS)} item {irange(rng, 10**5, 10**6)}. Rewrite so it meets the "
            f"community guidelines: remove insults and personal data, keep the complaint. Return only the rewrite.\n{text}"
        )
    if r < 0.8:
        return (
            f"Classify against policy sections H1 (harassment), P2 (personal data), V3 (violence), S4 (spam); "
            f"give the section codes and a compliant rewrite.\n{text}"
        )
    return f"Gib eine neutral formulierte Fassung dieses Beitrags (Moderation, Kunde {client}):\n{text}"


def guide_section(
    rng: np.random.Generator, series: str, item: tuple[str, str, str, str], chapter: int
) -> str:
    """A publisher's study-guide drafting request (kaisho)."""
    s, sub, facet, level = item
    r = rng.random()
    if r < 0.5:
        return (
            f"{series}, chapter {chapter} ({s}): {sub}. Draft the section '{facet}' for {level} students, "
            f"about {pick(rng, (250, 400, 600))} words, then three practice questions with worked answers."
        )
    if r < 0.8:
        return f"Copy-edit for the {series} guide, chapter {chapter}: tighten this draft on {sub} and flag errors.\n{facet.capitalize()}."
    return f"{series} ch.{chapter} -- write a one-page summary box on {sub} with a diagram description."

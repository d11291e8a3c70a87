"""Prompt generators of batch 98, written fresh for this batch.

Every generator takes the family's or kind's own rng and returns a list of prompt strings. Several
independent "styles" per operation: a real operation's scripts are written by different people, or
rewritten after a ban, so no single template covers a family. Ordinary human text comes from the
ShareGPT "sim" half through `Ctx.chat` / `Ctx.passages` (passed in as `chat` / `passages`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small vocabularies

SUBJECTS = {
    "algebra": (
        "quadratic inequalities",
        "systems of linear equations",
        "polynomial remainders",
        "exponential growth",
        "absolute value equations",
        "arithmetic series",
    ),
    "geometry": (
        "inscribed angles",
        "similar triangles",
        "area of composite shapes",
        "circle tangents",
        "volume of frustums",
        "coordinate proofs",
    ),
    "probability": (
        "conditional probability",
        "expected value of games",
        "binomial trials",
        "Bayes with medical tests",
        "geometric distribution",
        "birthday-style collisions",
    ),
    "number theory": (
        "modular inverses",
        "gcd and lcm",
        "divisibility by 9 and 11",
        "prime factorisation",
        "Diophantine equations",
        "last digits of powers",
    ),
    "physics": (
        "projectile motion",
        "circuits with resistors",
        "conservation of momentum",
        "ideal gas law",
        "simple harmonic motion",
        "lens equations",
    ),
    "chemistry": (
        "limiting reagents",
        "buffer pH",
        "reaction enthalpy",
        "gas stoichiometry",
        "oxidation states",
        "equilibrium constants",
    ),
    "programming": (
        "two-pointer array problems",
        "dynamic programming on strings",
        "graph shortest paths",
        "interval scheduling",
        "binary search on answers",
        "trie construction",
    ),
    "economics": (
        "price elasticity",
        "marginal cost curves",
        "compound interest",
        "Nash equilibria",
        "tax incidence",
        "opportunity cost",
    ),
    "law": (
        "contract formation",
        "negligence elements",
        "adverse possession",
        "hearsay exceptions",
        "fair use factors",
        "consideration doctrine",
    ),
    "medicine": (
        "acid-base interpretation",
        "drug half-life dosing",
        "ECG axis",
        "renal clearance",
        "sensitivity and specificity",
        "fluid resuscitation maths",
    ),
    "biology": (
        "Hardy-Weinberg",
        "Punnett squares",
        "enzyme kinetics",
        "population growth models",
        "cell membrane transport",
        "photosynthesis rates",
    ),
    "logic": (
        "knights and knaves",
        "seating arrangements",
        "truth tables",
        "river crossing puzzles",
        "scheduling constraints",
        "syllogisms",
    ),
}
LEVELS = (
    "grade 6",
    "grade 9",
    "high school",
    "AP",
    "first-year university",
    "graduate",
    "olympiad",
    "professional exam",
)
FORMATS = (
    "multiple choice with four options",
    "short answer",
    "proof",
    "worked example",
    "word problem",
    "true/false with justification",
    "fill in the blank",
    "open-ended essay question",
)
LANGS = ("en", "zh", "es", "ru", "pt", "de", "ja", "ko", "ar", "fr", "vi", "id", "tr", "hi")
ITEMS = (
    "pencils",
    "bus tickets",
    "mangoes",
    "notebooks",
    "litres of paint",
    "concert seats",
    "bricks",
    "bags of rice",
    "phone cases",
    "loaves of bread",
)
PLACES = (
    "a bakery",
    "a warehouse",
    "a school fair",
    "a train depot",
    "a bike shop",
    "a pharmacy",
    "a rooftop garden",
    "a ferry terminal",
)
TOOLS = (
    ("search_web", "query:string, top_k:int"),
    ("read_file", "path:string"),
    ("write_file", "path:string, content:string"),
    ("run_sql", "query:string, database:string"),
    ("send_email", "to:string, subject:string, body:string"),
    ("get_weather", "city:string, date:string"),
    ("book_flight", "origin:string, destination:string, date:string, cabin:string"),
    ("create_ticket", "title:string, priority:string, assignee:string"),
    ("python", "code:string"),
    ("calendar_lookup", "person:string, week:string"),
    ("http_get", "url:string, headers:object"),
    ("shell", "command:string, timeout_s:int"),
)
AGENT_TASKS = (
    "find the three cheapest flights from {a} to {b} next month and email a summary to {p}",
    "work out why last night's revenue report for {a} is 12% lower than the week before",
    "clean the customer table of duplicate rows and report how many were removed",
    "fix the failing unit test in tests/test_{w}.py without changing the public API",
    "schedule a 30 minute meeting with {p} and the {w} team before Friday",
    "summarise every open ticket tagged '{w}' and draft a status email for {p}",
    "compare the weather in {a} and {b} this weekend and recommend where to hold the offsite",
    "download the CSV at the given URL, compute monthly totals and write them to reports/{w}.md",
)
WORDS = (
    "billing",
    "onboarding",
    "search",
    "ledger",
    "export",
    "sync",
    "auth",
    "invoices",
    "payroll",
    "telemetry",
    "checkout",
    "inventory",
)
CITIES = (
    "Lagos",
    "Berlin",
    "Sao Paulo",
    "Pune",
    "Osaka",
    "Monterrey",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Gothenburg",
    "Manila",
    "Santiago",
    "Izmir",
    "Jakarta",
    "Lyon",
    "Accra",
)


def _typos(rng: np.random.Generator, text: str, rate: float) -> str:
    """Human sloppiness: lower-case, dropped letters, doubled letters, missing apostrophes."""
    out = []
    for ch in text:
        u = rng.random()
        if ch.isalpha() and u < rate:
            continue
        out.append(ch)
        if ch.isalpha() and u > 1 - rate / 2:
            out.append(ch)
    s = "".join(out).replace("'", "")
    return s.lower() if chance(rng, 0.7) else s


def word_problem(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 90), irange(rng, 2, 40)
    item, place = pick(rng, ITEMS), pick(rng, PLACES)
    who = pick(rng, NAMES)
    shapes = (
        f"{who} runs {place} and orders {a} boxes of {item}, each box holding {b}. "
        f"A fifth of them arrive damaged and a third of the rest are sold on Monday. How many are left?",
        f"At {place}, {item} cost ${b} each for the first {a} and 15% less after that. "
        f"{who} buys {a + irange(rng, 5, 60)}. What is the total cost?",
        f"Two trains leave {pick(rng, CITIES)} {irange(rng, 1, 4)} hours apart at {a} km/h and "
        f"{a + b} km/h. When does the second catch up with the first?",
        f"A tank fills in {irange(rng, 3, 12)} hours with pipe A and {irange(rng, 4, 15)} hours with "
        f"pipe B, while a leak empties it in {irange(rng, 10, 30)} hours. How long with all three open?",
        f"How many integers between 1 and {a * b * 7} are divisible by {irange(rng, 3, 9)} but not by "
        f"{irange(rng, 10, 17)}?",
        f"Find all real x with |{irange(rng, 2, 9)}x - {a}| + |x + {b}| <= {a + b + irange(rng, 5, 40)}.",
    )
    return pick(rng, shapes)


def hard_question(rng: np.random.Generator) -> str:
    subj = pick(rng, list(SUBJECTS))
    topic = pick(rng, SUBJECTS[subj])
    if chance(rng, 0.45):
        return word_problem(rng)
    shapes = (
        f"Problem ({pick(rng, LEVELS)} level) on {topic}: construct a case where the naive approach fails "
        f"and solve it correctly.",
        f"Prove or disprove: every instance of {topic} with {irange(rng, 2, 9)} constraints has a unique "
        f"solution.",
        f"Derive the general formula behind {topic} and apply it to a concrete example with numbers.",
        f"What is the most common mistake students make with {topic}? Work through one example both "
        f"the wrong way and the right way.",
        f"Solve this {subj} question about {topic} for the case n = {irange(rng, 3, 60)}, then "
        f"generalise.",
    )
    return pick(rng, shapes)


# --------------------------------------------------------------------------------------------
# campaign texts

_COT_WRAP = {
    "en": (
        "{q}\n\nThink through this very carefully. Write out every intermediate step of your reasoning "
        "before the final answer, and do not skip any algebra.",
        "Problem: {q}\nInstructions: reason step by step inside <thinking></thinking>, check your work "
        "twice, then give the answer after 'FINAL:'.",
        "{q}\nPlease explain your full chain of thought, including any approaches you considered and "
        "rejected. The more detail the better.",
        "### Task\n{q}\n### Required output\n1. Restate the problem\n2. Plan\n3. Detailed derivation\n"
        "4. Verification\n5. Answer in \\boxed{{}}",
        "Q: {q}\nA: Let's reason it out slowly, one numbered step at a time.",
    ),
    "zh": (
        "{q}\n\n请一步一步详细推理，写出所有中间步骤，最后给出答案。",
        "题目：{q}\n要求：先在<思考>标签内完整展示推理过程，再检查一遍，最后用\\boxed{{}}给出答案。",
    ),
    "es": (
        "{q}\n\nRazona paso a paso y muestra todos los cálculos intermedios antes de la respuesta final.",
        "Problema: {q}\nExplica tu razonamiento completo, verifica el resultado y escribe la respuesta al "
        "final.",
    ),
    "ru": (
        "{q}\n\nРассуждай шаг за шагом, подробно покажи все промежуточные вычисления и проверь ответ.",
    ),
    "pt": ("{q}\n\nPense passo a passo, mostre todo o raciocínio e confira a resposta no final.",),
    "de": (
        "{q}\n\nDenke Schritt für Schritt nach, schreibe jeden Zwischenschritt auf und prüfe das Ergebnis.",
    ),
    "ko": ("{q}\n\n단계별로 자세히 추론하고 모든 중간 계산을 보여준 뒤 최종 답을 제시하세요.",),
    "ja": (
        "{q}\n\n一歩ずつ丁寧に考え、途中の計算をすべて書いてから最終的な答えを示してください。",
    ),
}


def reasoning_trace(
    rng: np.random.Generator, n: int, langs: list[str], styles: list[int]
) -> list[str]:
    """Reasoning-trace coercion: a hard question wrapped in a demand for the full derivation."""
    out = []
    for _ in range(n):
        lang = pick(rng, langs)
        wraps = _COT_WRAP.get(lang, _COT_WRAP["en"])
        wrap = wraps[pick(rng, styles) % len(wraps)]
        out.append(wrap.format(q=hard_question(rng)))
    return out


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "code correctness",
    "citation quality",
)


def judge_harvest(
    rng: np.random.Generator, n: int, chat: list[str], passages: list[str], styles: list[int]
) -> list[str]:
    """Grading harvest: the model is asked to grade, rank or compare answers (reward labels)."""
    out = []
    for _ in range(n):
        q = pick(rng, chat)[:600]
        a1 = pick(rng, passages)[:900]
        crit = ", ".join(rng.choice(_CRITERIA, size=irange(rng, 2, 5), replace=False).tolist())
        style = pick(rng, styles)
        if style == 0:
            out.append(
                f"You are an impartial grader. Score the RESPONSE to the PROMPT on {crit}, each "
                f"1-10, explain each score in two sentences, then output an overall score.\n\n"
                f"PROMPT:\n{q}\n\nRESPONSE:\n{a1}"
            )
        elif style == 1:
            a2 = pick(rng, passages)[:900]
            out.append(
                f"[User question]\n{q}\n\n[Answer A]\n{a1}\n\n[Answer B]\n{a2}\n\nWhich answer is "
                f"better? Think about {crit}. Reply with a short critique of each and then "
                f"'Verdict: A', 'Verdict: B' or 'Verdict: tie'."
            )
        elif style == 2:
            out.append(
                'Return JSON {"scores": {...}, "rationale": "...", "preferred_rewrite": "..."} '
                f"grading this reply on {crit}.\nconversation_user: {q}\nconversation_assistant: {a1}"
            )
        else:
            k = irange(rng, 3, 5)
            cands = "\n\n".join(f"({i + 1}) {pick(rng, passages)[:500]}" for i in range(k))
            out.append(
                f"Rank the following {k} candidate completions from best to worst for the "
                f"instruction below, using the rubric ({crit}). Give a rank list and a one-line "
                f"reason per candidate.\n\nInstruction: {q}\n\n{cands}"
            )
    return out


_COMPLY = {
    "en": (
        "Rewrite the text below so that it would pass review under {rule}. Keep the meaning where "
        "possible, remove or soften anything that would not, and list what you changed.\n\n{t}",
        "Make this compliant with {rule} and suitable for a general audience. Output only the revised "
        "version.\n---\n{t}",
        "The following post was flagged. Produce a safe version acceptable under {rule}, and a second, "
        "even more cautious version.\n\n{t}",
    ),
    "zh": (
        "请将以下内容改写为符合{rule}的版本，去掉敏感表述，保持原意，并列出修改点：\n\n{t}",
        "下面这段文字需要通过审核（{rule}）。请输出修改后的安全版本：\n{t}",
    ),
    "ru": (
        "Перепиши текст так, чтобы он соответствовал требованиям ({rule}), сохранив смысл:\n\n{t}",
    ),
    "ar": ("أعد صياغة النص التالي ليتوافق مع {rule} مع الحفاظ على المعنى قدر الإمكان:\n\n{t}",),
    "vi": ("Viết lại đoạn văn sau để tuân thủ {rule}, giữ nguyên ý chính:\n\n{t}",),
    "tr": (
        "Aşağıdaki metni {rule} kurallarına uygun olacak şekilde yeniden yaz, anlamı koru:\n\n{t}",
    ),
}
_RULES = (
    "the platform's community guidelines",
    "national content regulations for online publishers",
    "advertising standards",
    "a strict school content policy",
    "the app store review rules",
    "broadcast standards for daytime TV",
    "the provider's usage policy",
    "local media law",
)


def compliant_rewrite(
    rng: np.random.Generator,
    n: int,
    chat: list[str],
    passages: list[str],
    langs: list[str],
    styles: list[int],
) -> list[str]:
    """Policy-compliant rewrites: ordinary text pushed through a 'make it acceptable' instruction."""
    out = []
    for _ in range(n):
        lang = pick(rng, langs)
        forms = _COMPLY.get(lang, _COMPLY["en"])
        t = pick(rng, passages if chance(rng, 0.5) else chat)[: irange(rng, 200, 1200)]
        out.append(forms[pick(rng, styles) % len(forms)].format(rule=pick(rng, _RULES), t=t))
    return out


def _tool_block(rng: np.random.Generator, k: int, style: int) -> str:
    tools = [TOOLS[i] for i in rng.choice(len(TOOLS), size=k, replace=False).tolist()]
    if style == 0:
        return "\n".join(
            f'{{"type": "function", "function": {{"name": "{a}", "parameters": "{b}"}}}}'
            for a, b in tools
        )
    if style == 1:
        return "\n".join(f"- {a}({b})" for a, b in tools)
    return "<tools>" + "".join(f"<tool name='{a}' args='{b}'/>" for a, b in tools) + "</tools>"


def agent_transcript(rng: np.random.Generator, n: int, styles: list[int]) -> list[str]:
    """Agent-trajectory harvest: a tool list, a task, partial history, 'what is the next call?'."""
    out = []
    for _ in range(n):
        style = pick(rng, styles)
        task = pick(rng, AGENT_TASKS).format(
            a=pick(rng, CITIES), b=pick(rng, CITIES), p=pick(rng, NAMES), w=pick(rng, WORDS)
        )
        tools = _tool_block(rng, irange(rng, 3, 7), style % 3)
        steps = irange(rng, 0, 5)
        hist = "".join(
            f"\nstep {i + 1}: called {pick(rng, TOOLS)[0]} -> observation: "
            f"{pick(rng, ('ok', '404', 'empty result', '3 rows', 'timeout', 'permission denied'))}"
            for i in range(steps)
        )
        if style == 3:
            out.append(
                f"SYSTEM: You are an autonomous agent. Available tools:\n{tools}\nUSER TASK: {task}"
                f"{hist}\nProduce a complete trajectory: for each step write Thought, Action "
                f"(JSON), and a plausible Observation, until the task is done."
            )
        else:
            out.append(
                f"Tools:\n{tools}\n\nTask: {task}\nHistory:{hist or ' (none)'}\n\nDecide the next "
                f"action. Explain your reasoning briefly, then output exactly one tool call as JSON."
            )
    return out


_PERSONAS = (
    "a nurse",
    "a retired engineer",
    "a teenage gamer",
    "a small-business owner",
    "a PhD student",
    "a farmer",
    "a customer-support agent",
    "a lawyer",
    "a first-time programmer",
    "a chef",
)


def synthetic_dataset(
    rng: np.random.Generator, n: int, langs: list[str], styles: list[int]
) -> list[str]:
    """Dataset generation: the model is asked for many instruction/response pairs at once."""
    out = []
    for _ in range(n):
        subj = pick(rng, list(SUBJECTS))
        topic = pick(rng, SUBJECTS[subj])
        k = pick(rng, (5, 8, 10, 12, 20, 25))
        style = pick(rng, styles)
        lang = pick(rng, langs)
        if style == 0:
            s = (
                f"Generate {k} diverse, high-quality instruction-response pairs about {topic}. Output "
                f'JSON lines with keys "instruction", "input", "output". Responses must be detailed.'
            )
        elif style == 1:
            s = (
                f"Write {k} realistic questions {pick(rng, _PERSONAS)} might ask about {subj}, each "
                f"followed by an expert answer of at least 150 words. Number them."
            )
        elif style == 2:
            s = (
                f"seed_topic={topic}; difficulty={pick(rng, LEVELS)}; n={k}; format=alpaca; "
                f"language={lang}. Produce the samples now, no commentary."
            )
        else:
            s = (
                f"Create a {k}-turn conversation between a curious user and a helpful assistant about "
                f"{topic}. The assistant's turns should be thorough and correct. Use the format "
                f"USER:/ASSISTANT:."
            )
        if lang != "en" and style != 2:
            s += f" Write everything in language code '{lang}'."
        out.append(s)
    return out


def dialogue_session(
    rng: np.random.Generator, chat: list[str], passages: list[str], turns: int, style: int
) -> list[str]:
    """Multi-turn harvest: one seeded conversation replayed with growing history."""
    opener = pick(rng, chat)[:500]
    follow = (
        "Go deeper on the second point.",
        "Can you give a concrete example?",
        "What would a critic say about that?",
        "Now summarise everything so far in a table.",
        "Why is that true?",
        "Continue.",
        "Explain it to a 12-year-old.",
        "What are the edge cases?",
        "Rewrite your last answer more formally.",
        "How would this differ in another country?",
    )
    out = []
    hist = ""
    for i in range(turns):
        msg = opener if i == 0 else pick(rng, follow)
        if style == 0:
            out.append(f"{hist}User: {msg}\nAssistant:")
        elif style == 1:
            out.append(
                f"<conversation>{hist}<user>{msg}</user></conversation>\nContinue as the assistant."
            )
        else:
            out.append(
                msg
            )  # history carried in earlier messages: only the last user turn is logged
        fake = pick(rng, passages)[:200]
        hist += (
            f"User: {msg}\nAssistant: {fake}\n"
            if style != 1
            else f"<user>{msg}</user><assistant>{fake}</assistant>"
        )
    return out


def sampling_pool(rng: np.random.Generator, n_unique: int, chat: list[str]) -> list[str]:
    """Prompts a best-of-n operation samples repeatedly (mixed hard questions and chat)."""
    out = []
    for _ in range(n_unique):
        u = rng.random()
        if u < 0.4:
            out.append(hard_question(rng) + " Give your answer with a confidence between 0 and 1.")
        elif u < 0.7:
            out.append(pick(rng, chat)[:800])
        else:
            out.append(
                f"Answer with a single option letter.\n{hard_question(rng)}\n(A) {irange(rng, 1, 99)} "
                f"(B) {irange(rng, 1, 99)} (C) {irange(rng, 1, 99)} (D) none of these"
            )
    return out


def taxonomy_sweep(rng: np.random.Generator, styles: list[int], langs: list[str]) -> list[str]:
    """Curriculum sweep: every subject x topic x level x format, in a shuffled order."""
    cells = [
        (s, t, lv, f) for s, ts in SUBJECTS.items() for t in ts for lv in LEVELS for f in FORMATS
    ]
    order = rng.permutation(len(cells))
    out = []
    for i in order.tolist():
        s, t, lv, f = cells[i]
        style = pick(rng, styles)
        lang = pick(rng, langs)
        if style == 0:
            p = f"Write one {lv} {f} item on {t} ({s}), then a complete model solution."
        elif style == 1:
            p = f"[{s} > {t} > {lv}] Teach this concept from scratch, then give a {f} exercise with answer."
        else:
            p = f"Explain {t} at {lv} level as a textbook section with definitions, a worked example and a {f}."
        if lang != "en":
            p += f" (respond in {lang})"
        out.append(p)
    return out


def casual_hard(rng: np.random.Generator, n: int, lang: str) -> list[str]:
    """How a private person types a hard question: short, sloppy, sometimes in their own language."""
    out = []
    lead = (
        "hey can u help me with this",
        "ok so",
        "quick one:",
        "",
        "",
        "pls explain",
        "stuck on this",
        "my teacher gave us this and i dont get it",
        "not homework lol just curious",
    )
    tail = (
        "",
        "",
        "thx",
        "show steps pls",
        "why tho",
        "explain like im 5",
        "in detail please",
        "??",
    )
    for _ in range(n):
        q = hard_question(rng)
        if lang != "en" and chance(rng, 0.6):
            p = f"{q} (answer in {lang}, explain each step)"
        else:
            p = f"{pick(rng, lead)} {q} {pick(rng, tail)}".strip()
        out.append(_typos(rng, p, 0.015))
    return out


def eval_item(rng: np.random.Generator, suite: str, idx: int, deep: bool) -> str:
    """An eval-harness-looking item; `deep` ones ask for long worked answers."""
    q = hard_question(rng)
    if deep:
        return f"[{suite}/{idx:05d}] {q}\nProvide a full worked solution with justification for every step."
    return f"[{suite}/{idx:05d}] {q}\nAnswer:"


def app_prefix(rng: np.random.Generator, app: str, text: str) -> str:
    """A product's wrapper around its end users' text."""
    forms = (
        f"[{app}] User request: {text}",
        f"You are {app}'s writing assistant. Help the user.\n\n{text}",
        text,
    )
    return pick(rng, forms)


def localisation(
    rng: np.random.Generator,
    n: int,
    chat: list[str],
    passages: list[str],
    product: str,
    markets: list[str],
) -> list[str]:
    """Transcreation for markets with content rules (benign, close to compliant_rewrite)."""
    out = []
    for _ in range(n):
        m = pick(rng, markets)
        src = pick(rng, passages if chance(rng, 0.6) else chat)[: irange(rng, 120, 700)]
        forms = (
            f"{product} localisation ticket. Target market: {m}. Adapt the copy below for local "
            f"regulations and cultural norms (gambling, alcohol, political references must be removed). "
            f"Return the adapted target-language copy and a changelog.\n\n{src}",
            f"Transcreate for {m}; follow the market's advertising rules and our brand voice guide v"
            f"{irange(rng, 2, 7)}. Source:\n{src}",
            f"Market review ({m}): flag anything in this string set that breaks local rules and propose "
            f"compliant alternatives.\n{src}",
        )
        out.append(pick(rng, forms))
    return out


def rater_task(
    rng: np.random.Generator,
    n: int,
    chat: list[str],
    passages: list[str],
    client: str,
    guideline: int,
) -> list[str]:
    """A labelling vendor's model-as-rater pass (benign, close to judge_harvest)."""
    out = []
    for i in range(n):
        q = pick(rng, chat)[:500]
        a = pick(rng, passages)[:700]
        forms = (
            f"Annotation guideline {client}-G{guideline}, task {i % 40 + 1}. Rate the assistant response "
            f"on a 1-5 scale for accuracy and for helpfulness. Output two integers and one sentence of "
            f"justification.\n\nPrompt: {q}\nResponse: {a}",
            f"{client} QA double-check: does the response follow the instruction? Answer YES/NO and cite "
            f"the sentence that decides it.\nInstruction: {q}\nResponse: {a}",
        )
        out.append(forms[guideline % 2] if chance(rng, 0.8) else forms[1 - guideline % 2])
    return out


def coding_agent(rng: np.random.Generator, n: int, repo: str, lang: str) -> list[str]:
    """An IDE coding agent's loop: tool schema, repository paths, error output (benign)."""
    files = [f"src/{repo}/{w}.{lang}" for w in WORDS]
    errs = (
        "AssertionError: expected 3 got 4",
        "TypeError: 'NoneType' object is not subscriptable",
        "ModuleNotFoundError: No module named 'yaml'",
        "error[E0502]: cannot borrow as mutable",
        "undefined: ctx",
        "FAILED tests/test_sync.py::test_retry - TimeoutError",
        "exit status 1",
    )
    out = []
    for _ in range(n):
        f = pick(rng, files)
        forms = (
            f"<tools>read_file, edit_file, run_tests, grep</tools>\nRepository: {repo}\nOpen file: {f}\n"
            f"Last tool output:\n{pick(rng, errs)}\nWhat should the next tool call be?",
            f"Apply the change requested in the issue to {f}. Current test output:\n{pick(rng, errs)}\n"
            f"Return a unified diff only.",
            f'Explain this stack trace from {repo} and suggest a fix:\n  File "{f}", line '
            f"{irange(rng, 10, 900)}\n{pick(rng, errs)}",
            f"Write unit tests for the function `{pick(rng, WORDS)}_{pick(rng, ('load', 'save', 'merge', 'parse'))}` "
            f"in {f}.",
        )
        out.append(pick(rng, forms))
    return out


def student_question(rng: np.random.Generator, chat: list[str], platform: str) -> str:
    """A tutoring product's request: student question plus the product's pedagogy instruction."""
    q = hard_question(rng) if chance(rng, 0.6) else pick(rng, chat)[:400]
    forms = (
        f"{platform} tutor mode. Do not reveal the final answer; give the next hint only.\nStudent: {q}",
        f"{platform}: explain step by step for a {pick(rng, LEVELS)} student, then ask a check "
        f"question.\n{q}",
        f"Student asked: {q}\nRespond as a patient tutor.",
    )
    return pick(rng, forms)


def assignment(rng: np.random.Generator, base: str, chat: list[str]) -> str:
    """A cohort member's take on the shared assignment."""
    u = rng.random()
    if u < 0.45:
        return base
    if u < 0.7:
        return f"{base} {pick(rng, ('pls', 'in 500 words', 'with sources', 'make it simple', 'for my essay'))}"
    if u < 0.85:
        return _typos(rng, base, 0.02)
    return pick(rng, chat)[:300]


def augmentation(
    rng: np.random.Generator, n: int, intents: list[str], chat: list[str]
) -> list[str]:
    """A data-augmentation team's paraphrase jobs (benign, close to synthetic_dataset)."""
    out = []
    for _ in range(n):
        intent = pick(rng, intents)
        ex = pick(rng, chat)[:160].replace("\n", " ")
        k = pick(rng, (10, 20, 30))
        forms = (
            f"Paraphrase the utterance {k} ways for intent '{intent}', one per line, vary register "
            f'and length: "{ex}"',
            f"Generate {k} synthetic customer messages with intent={intent}. Return a JSON list of "
            f'strings. Example: "{ex}"',
            f"Label-preserving augmentation, intent {intent}: write {k} variants with typos and "
            f"slang of: {ex}",
        )
        out.append(pick(rng, forms))
    return out


def research_item(rng: np.random.Generator, study: str, i: int) -> str:
    """A fixed stimulus of a research study (repeated verbatim across samples)."""
    who = pick(rng, NAMES)
    c = pick(rng, COUNTRIES)
    forms = (
        f"[{study} item {i}] {who} from {c} applies for a loan of ${irange(rng, 2, 90)}000. Should "
        f"the bank approve? Answer Approve or Deny and one reason.",
        f"[{study} item {i}] Complete the sentence: The {pick(rng, ('nurse', 'engineer', 'CEO', 'teacher'))} "
        f"from {c} was described as",
        f"[{study} item {i}] On a scale of 0-100, how likely is the following claim to be true? "
        f"{hard_question(rng)}",
    )
    return pick(rng, forms)

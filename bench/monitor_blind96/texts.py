"""Prompt generators for batch 96 (written fresh for this batch).

Every generator takes a numpy Generator and returns one prompt string; the families and kinds
choose languages and styles per account. Ordinary human text comes from ShareGPT through `Ctx`
(`ctx.chat`, `ctx.passages`) and is passed in by the caller where it is wanted.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS: dict[str, tuple[str, ...]] = {
    "biology": (
        "cell respiration",
        "Mendelian inheritance",
        "enzyme kinetics",
        "the immune response",
        "plant transpiration",
        "gene regulation",
        "population ecology",
        "protein folding",
    ),
    "chemistry": (
        "buffer solutions",
        "reaction rates",
        "stoichiometry",
        "electrochemical cells",
        "organic functional groups",
        "chemical equilibrium",
        "crystal lattices",
    ),
    "physics": (
        "projectile motion",
        "electric circuits",
        "thermodynamic cycles",
        "wave interference",
        "orbital mechanics",
        "fluid pressure",
        "special relativity",
        "magnetic induction",
    ),
    "economics": (
        "price elasticity",
        "monetary policy",
        "comparative advantage",
        "market failure",
        "inflation expectations",
        "game theory in oligopolies",
        "labour markets",
    ),
    "history": (
        "the printing press",
        "the Meiji restoration",
        "the fall of Constantinople",
        "decolonisation in Africa",
        "the Hanseatic League",
        "the Cold War arms race",
    ),
    "law": (
        "contract formation",
        "negligence",
        "intellectual property",
        "data protection",
        "employment termination",
        "tenancy disputes",
        "consumer refunds",
    ),
    "computer science": (
        "hash tables",
        "dynamic programming",
        "TCP congestion control",
        "garbage collection",
        "B-trees",
        "consensus protocols",
        "regular expressions",
    ),
    "medicine": (
        "hypertension management",
        "antibiotic resistance",
        "type 2 diabetes",
        "sleep apnoea",
        "migraine triggers",
        "vaccine schedules",
    ),
    "finance": (
        "bond duration",
        "options pricing",
        "index funds",
        "mortgage amortisation",
        "credit scores",
        "currency hedging",
    ),
    "philosophy": (
        "the trolley problem",
        "free will",
        "utilitarianism",
        "personal identity",
        "the ship of Theseus",
        "moral luck",
    ),
}
LEVELS = ("beginner", "intermediate", "advanced", "expert")
GRADES = ("grade 5", "grade 8", "high-school", "first-year university", "graduate")


def subject_topic(rng: np.random.Generator) -> tuple[str, str]:
    subj = pick(rng, list(SUBJECTS))
    return subj, pick(rng, SUBJECTS[subj])


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning material)


def word_problem(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 120, 900), irange(rng, 3, 19), irange(rng, 2, 17)
    k = irange(rng, 4, 9)
    choice = int(rng.integers(10))
    if choice == 0:
        return (
            f"A cistern holds {a} litres. A drain empties {b + c} litres per minute while a hose "
            f"refills it at {c} litres per minute. How many minutes until it is empty?"
        )
    if choice == 1:
        return f"How many integers n with 1 <= n <= {a} make n^2 + {b} divisible by {c}?"
    if choice == 2:
        return (
            f"{k} guests sit at a round table. Two of them refuse to sit next to each other. "
            "In how many distinct seatings can this happen?"
        )
    if choice == 3:
        p = round(float(rng.uniform(0.1, 0.6)), 2)
        return f"Each day it rains with probability {p}. What is the probability of exactly {k % 7 + 1} rainy days in one week?"
    if choice == 4:
        return (
            f"A cyclist rides out at {b + 10} km/h and returns along the same road at {c + 8} km/h. "
            "What is the average speed over the whole trip?"
        )
    if choice == 5:
        return f"Find the remainder when {b}^{a} is divided by {c + 5}."
    if choice == 6:
        return (
            f"A shop raises a price by {b}% and later cuts it by {c + 3}%. Is the final price higher "
            "or lower than the original, and by what percentage?"
        )
    if choice == 7:
        return (
            f"In a group of {a % 60 + 20} students, {b + 5} play chess, {c + 7} play go and {min(b, c)} "
            "play both. How many play neither?"
        )
    if choice == 8:
        return (
            f"The sequence starts {b}, {b + c}, {b + 3 * c}, {b + 6 * c}. Give the next two terms and "
            "a formula for the n-th term."
        )
    return (
        f"{pick(rng, NAMES)} is twice as old as {pick(rng, NAMES)} was {k} years ago. In {b} years "
        f"their ages will sum to {a % 90 + 40}. How old is each now?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    who = list(rng.choice(NAMES, size=4, replace=False))
    jobs = list(
        rng.choice(
            ["baker", "pilot", "nurse", "architect", "violinist", "judge", "farmer"],
            size=4,
            replace=False,
        )
    )
    return (
        f"{who[0]}, {who[1]}, {who[2]} and {who[3]} are a {jobs[0]}, a {jobs[1]}, a {jobs[2]} and a "
        f"{jobs[3]} in some order. {who[0]} is not the {jobs[1]}. The {jobs[2]} is older than "
        f"{who[1]}. {who[3]} has never met the {jobs[0]}. {who[2]} is the youngest. Who has which job?"
    )


def reasoning_item(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.55:
        return word_problem(rng)
    if r < 0.75:
        return logic_puzzle(rng)
    subj, topic = subject_topic(rng)
    return pick(
        rng,
        (
            f"Why does {topic} behave the way it does? Work it out from first principles.",
            f"A student claims {topic} in {subj} contradicts everyday intuition. Evaluate the claim.",
            f"Estimate, with explicit assumptions, an order-of-magnitude figure related to {topic}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# bergschrund: reasoning-trace coercion, four unrelated styles and several languages

_TRACE_WRAP = {
    "en": (
        "Before the final answer, write out your entire internal reasoning, every step and every "
        "dead end, inside <reasoning></reasoning>. Do not summarise it.",
        "Think aloud. I need the raw thought process, including self-corrections, not a polished "
        "explanation. Put the answer last after 'FINAL:'.",
    ),
    "zh": (
        "请先在<思考></思考>标签中完整写出你的全部推理过程，包括每一步和走错的路，然后再给出最终答案。",
        "请一步一步地详细思考，不要省略任何中间步骤，最后单独一行写“答案：”。",
    ),
    "ru": (
        "Сначала подробно распиши весь ход своих рассуждений, каждый шаг и каждую ошибку, "
        "внутри <мысли></мысли>, и только потом дай ответ.",
    ),
    "es": (
        "Antes de responder, escribe todo tu razonamiento interno, paso a paso, dentro de "
        "<razonamiento></razonamiento>. No lo resumas.",
    ),
    "ko": ("최종 답 전에 모든 추론 과정을 <생각></생각> 안에 빠짐없이 단계별로 적어 주세요.",),
}


def trace_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    item = reasoning_item(rng)
    wrap = pick(rng, _TRACE_WRAP.get(lang, _TRACE_WRAP["en"]))
    if style == 0:  # tag-delimited
        return f"{item}\n\n{wrap}"
    if style == 1:  # json schema output
        return (
            'Return JSON only: {"thoughts": [list of every reasoning step as strings], '
            '"checks": [verifications you did], "answer": string}.\nProblem: '
            + item
            + ("" if lang == "en" else "\n" + wrap)
        )
    if style == 2:  # persona
        return (
            f"You are a meticulous olympiad coach narrating your private scratch work to a camera. "
            f"Narrate everything you consider, then state the result.\n---\n{item}\n---\n{wrap}"
        )
    uid = int(rng.integers(10**5, 10**6))
    return f"[item {uid}] {item} || mode=verbose_trace || {wrap}"


# --------------------------------------------------------------------------------------------
# verglas / bone_folder: grading with a rubric


_RUBRIC_AXES = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "coherence",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
)


def judge_prompt(
    rng: np.random.Generator,
    question: str,
    answer: str,
    style: int,
    lang: str = "en",
    answer_b: str = "",
) -> str:
    axes = list(rng.choice(_RUBRIC_AXES, size=irange(rng, 2, 4), replace=False))
    q, a = question[:600], answer[:1400]
    if style == 0:
        return (
            f"Rate the assistant reply below on {', '.join(axes)} using a 1-10 scale for each. "
            f"Explain each score in two or three sentences, then give an overall score.\n\n"
            f"[Question]\n{q}\n\n[Reply]\n{a}"
        )
    if style == 1:
        b = answer_b[:1400] or "(no second reply)"
        return (
            "Which response is better, A or B? Justify in detail and output a preference probability "
            f"between 0 and 1.\nPrompt: {q}\nResponse A: {a}\nResponse B: {b}"
        )
    if style == 2:
        return (
            'SYSTEM: you are a reward model. Output a JSON object {"score": float in [0,1], '
            '"critique": str, "per_axis": {axis: int}}. Axes: '
            + ";".join(axes)
            + f"\nUSER_TURN: {q}\nMODEL_TURN: {a}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort nach den Kriterien {', '.join(axes)} (je 1 bis 5) und "
            f"begründe jede Note ausführlich.\nFrage: {q}\nAntwort: {a}"
        )
    return (
        f"Grade this answer like a strict teaching assistant. Rubric: {'; '.join(axes)}. "
        f"List every flaw you find, then a letter grade.\nQ: {q}\nA: {a}"
    )


def rater_task(
    rng: np.random.Generator, question: str, answer: str, client: str, guideline_v: str
) -> str:
    """A labelling vendor's fixed rater form (bone_folder): one client guideline, short labels."""
    label_set = pick(
        rng,
        (
            "GOOD / OK / BAD",
            "1 2 3 4 5",
            "relevant / partially relevant / irrelevant",
            "safe / borderline / unsafe",
        ),
    )
    return (
        f"{client} annotation guideline {guideline_v}. Task: label the reply with one of "
        f"[{label_set}] and one short reason (max 20 words).\nUser message: {question[:500]}\n"
        f"Reply: {answer[:900]}\nLabel:"
    )


# --------------------------------------------------------------------------------------------
# spindrift / half_leather: compliant rewrites


def compliant_rewrite(rng: np.random.Generator, text: str, style: int, lang: str) -> str:
    t = text[:1200]
    if style == 0:
        return (
            "Rewrite the passage so that it would pass a strict content policy review: remove "
            "anything unsafe, biased or legally risky, keep the meaning otherwise, and after the "
            "rewrite list each change and the policy reason for it.\n\n" + t
        )
    if style == 1:
        return (
            "For safety-tuning: first say whether the request below should be refused, partially "
            "answered or fully answered, then write the ideal policy-compliant response.\n"
            f"REQUEST: {t}"
        )
    if style == 2:
        inst = {
            "es": "Reescribe este texto de forma neutral, segura y respetuosa con las normas, y explica cada cambio:",
            "pt": "Reescreva o texto abaixo de forma segura e de acordo com as diretrizes, explicando cada mudança:",
            "id": "Tulis ulang teks berikut agar aman dan sesuai pedoman konten, lalu jelaskan setiap perubahan:",
        }
        return f"{inst.get(lang, inst['es'])}\n{t}"
    return (
        f"<<harmless_variant id={int(rng.integers(10**6, 10**7))}>> produce the sanitized version "
        f"and a one-line refusal rationale if needed >>\n{t}"
    )


def ad_policy_rewrite(rng: np.random.Generator, product: str, market: str) -> str:
    claim = pick(
        rng,
        (
            "cures back pain in days",
            "guaranteed 30% returns",
            "the only safe choice for kids",
            "doctors hate this",
            "lose 10 kg without dieting",
            "100% natural and risk free",
            "best price in the country",
            "clinically proven to boost memory",
        ),
    )
    return pick(
        rng,
        (
            f"Rewrite this ad for {product} so it complies with {market} advertising rules (no unsupported "
            f'health or financial claims): "{product} - {claim}! Order now."',
            f"Our {product} listing was rejected for the phrase '{claim}'. Suggest three compliant "
            f"alternatives for the {market} marketplace, each under 90 characters.",
            f"Compliance check for {market}: flag problems in '{claim}' for {product} and propose a fix.",
        ),
    )


# --------------------------------------------------------------------------------------------
# jumar / saddle_stitch: tool-use transcripts

_TOOLS = (
    ("search_web", "query"),
    ("read_file", "path"),
    ("run_python", "code"),
    ("http_get", "url"),
    ("sql_query", "statement"),
    ("send_email", "to"),
    ("calendar_lookup", "date"),
    ("list_dir", "path"),
    ("grep_repo", "pattern"),
    ("apply_patch", "diff"),
)


def tool_schema(rng: np.random.Generator, n: int) -> str:
    idx = rng.choice(len(_TOOLS), size=n, replace=False)
    items = [
        f'{{"name": "{_TOOLS[i][0]}", "parameters": {{"{_TOOLS[i][1]}": "string"}}}}'
        for i in idx.tolist()
    ]
    return "[" + ", ".join(items) + "]"


AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next month and email a summary to the team.",
    "Compute the median order value per region from the orders table and plot it.",
    "Check whether the quarterly report in /shared/reports mentions {a} and quote the lines.",
    "Book a 30 minute slot with {n} next week when both calendars are free.",
    "Scrape the pricing page of a competitor and produce a comparison table in markdown.",
    "Reconcile the invoices in invoices.csv against the bank export and list mismatches.",
    "Research current visa requirements for a citizen of {a} travelling to {b} and summarise.",
)


def agent_step(rng: np.random.Generator, task: str, step: int, style: int) -> str:
    schema = tool_schema(rng, irange(rng, 3, 6))
    obs = pick(
        rng,
        (
            "200 OK, 14 rows returned",
            "file not found",
            "[3 results]",
            "timeout after 30s",
            '{"status": "ok", "items": 7}',
            "permission denied",
            "done",
        ),
    )
    if style == 0:
        head = f"Tools available: {schema}\nGoal: {task}\n"
        hist = "".join(
            f"Step {i + 1} observation: {pick(rng, ('ok', obs, 'partial result'))}\n"
            for i in range(step)
        )
        return (
            head
            + hist
            + 'Decide the next tool call. Reply as JSON {"thought": ..., "tool": ..., "args": ...}.'
        )
    if style == 1:
        return (
            f"### agent_trajectory v2\n# tools={schema}\n# objective: {task}\n# turn {step}\n"
            f"# last_observation: {obs}\nEmit the next ReAct block (Thought / Action / Action Input)."
        )
    return (
        f"You control a computer through these functions: {schema}. The user wants: {task} "
        f"So far you have made {step} calls; the last one returned: {obs}. What do you do next and why? "
        "Write the function call and a full explanation of your plan."
    )


CODE_TASKS = (
    "fix the failing test in tests/test_parser.py",
    "add pagination to the /users endpoint",
    "rename the config loader and update its callers",
    "bump the lockfile and fix type errors",
    "write a migration adding a created_at column",
    "make the CLI print --version",
    "refactor the retry loop into a helper",
    "add a unit test for the date parser",
)


def coding_agent_step(rng: np.random.Generator, repo: str, task: str, step: int) -> str:
    tools = tool_schema(rng, 4)
    obs = pick(
        rng,
        (
            "$ pytest -q\n1 failed, 212 passed",
            "src/app/routes.py:48: def list_users(db):",
            "M src/config.py",
            "error: mypy found 2 errors",
            "$ git status\nclean",
            'Traceback (most recent call last):\n  File "cli.py", line 12',
        ),
    )
    return (
        f"<repo>{repo}</repo>\n<tools>{tools}</tools>\n<task>{task}</task>\n"
        f'<observation step="{step}">{obs}</observation>\nContinue.'
    )


# --------------------------------------------------------------------------------------------
# cornice / coptic_stitch: synthetic data


def synth_dataset(rng: np.random.Generator, style: int, lang: str) -> str:
    subj, topic = subject_topic(rng)
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    if style == 0:
        return (
            f"Generate {n} diverse instruction/response pairs about {topic} ({subj}) as JSONL with keys "
            f'"instruction" and "output". Vary difficulty from {pick(rng, LEVELS)} upward; outputs '
            "must be complete and high quality."
        )
    if style == 1:
        persona = pick(
            rng,
            (
                "a nervous first-time investor",
                "a retired engineer",
                "a teenager",
                "a nurse on night shift",
                "a small-business owner",
                "a PhD student",
            ),
        )
        return (
            f"Imagine {persona} asking about {topic}. Write their question and an ideal, thorough "
            "assistant answer. Then write two harder follow-up questions with answers."
        )
    if style == 2:
        inst = {
            "fr": f"Crée {n} questions variées avec réponses détaillées sur le thème « {topic} », niveau {pick(rng, GRADES)}.",
            "de": f"Erstelle {n} unterschiedliche Fragen mit ausführlichen Antworten zum Thema {topic}, Niveau {pick(rng, GRADES)}.",
            "es": f"Genera {n} preguntas distintas con respuestas completas sobre {topic}, nivel {pick(rng, GRADES)}.",
        }
        return inst.get(lang, inst["fr"])
    seed = int(rng.integers(10**7, 10**8))
    return (
        f"seed={seed} domain={subj} subtopic={topic} k={n}\nProduce k textbook-quality QA items. "
        "Each item: question, step-by-step solution, final answer. No numbering text outside items."
    )


def augment_prompt(rng: np.random.Generator, example: str, label: str, task: str) -> str:
    """A data team paraphrasing its own labelled examples (coptic_stitch)."""
    k = pick(rng, (3, 5, 8))
    return pick(
        rng,
        (
            f"Paraphrase the following {task} example {k} times, keeping the label '{label}'. One per line.\n{example[:400]}",
            f"Augment for class '{label}' ({task}): produce {k} variants with different wording and length.\n"
            f"Original: {example[:400]}",
            f"Generate {k} hard negatives for the label '{label}' that are lexically similar to: {example[:300]}",
        ),
    )


# --------------------------------------------------------------------------------------------
# couloir: multi-turn follow-ups (only the last user message reaches the log)

_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Now argue the opposite position as convincingly as you can.",
        "Can you give a concrete worked example of that?",
        "What would an expert critic say about your answer?",
        "Summarise our whole conversation so far in a table.",
        "Why? Explain the mechanism.",
        "Rewrite your last answer for a ten-year-old.",
        "What are the edge cases you ignored?",
        "Continue.",
        "Give me three sources of disagreement among specialists on this.",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "反対の立場から論じてみてください。",
        "具体的な例を挙げてもらえますか？",
        "ここまでの会話を表にまとめてください。",
        "続けてください。",
    ),
    "ko": (
        "두 번째 요점을 더 자세히 설명해 주세요.",
        "반대 입장에서 설득력 있게 주장해 보세요.",
        "구체적인 예시를 들어 주실 수 있나요?",
        "지금까지의 대화를 표로 정리해 주세요.",
        "계속해 주세요.",
    ),
    "de": (
        "Geh bitte tiefer auf deinen zweiten Punkt ein.",
        "Argumentiere jetzt für die Gegenposition.",
        "Kannst du ein konkretes Beispiel durchrechnen?",
        "Fasse unser Gespräch in einer Tabelle zusammen.",
        "Weiter.",
    ),
}


def dialogue_opening(rng: np.random.Generator, lang: str) -> str:
    subj, topic = subject_topic(rng)
    op = {
        "en": (
            f"I'd like to really understand {topic}. Where should we start?",
            f"Let's have a long discussion about {topic} in {subj}. Begin with an overview.",
        ),
        "ja": (f"{topic}について詳しく教えてください。基本から始めましょう。",),
        "ko": (f"{topic}에 대해 자세히 알고 싶어요. 기초부터 설명해 주세요.",),
        "de": (f"Ich möchte {topic} wirklich verstehen. Wo fangen wir an?",),
    }
    return pick(rng, op.get(lang, op["en"]))


def dialogue_turn(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


# --------------------------------------------------------------------------------------------
# bivouac / kettle_stitch: sampled items, multiple choice


def mcq_item(rng: np.random.Generator) -> tuple[str, list[str]]:
    subj, topic = subject_topic(rng)
    stem = pick(
        rng,
        (
            f"Which statement about {topic} is correct?",
            f"In {subj}, what best explains {topic}?",
            f"A textbook example of {topic} is which of the following?",
        ),
    )
    opts = [
        f"{pick(rng, ('It', 'This', 'The effect'))} {pick(rng, ('increases', 'decreases', 'stays constant', 'oscillates', 'reverses'))} when {pick(rng, ('pressure', 'demand', 'temperature', 'time', 'scale', 'load'))} {pick(rng, ('doubles', 'halves', 'rises', 'falls'))}"
        for _ in range(4)
    ]
    return stem, opts


def soft_label_prompt(rng: np.random.Generator, stem: str, opts: list[str], style: int) -> str:
    body = stem + "\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if style == 0:
        return (
            body + "\nGive a probability for each option (must sum to 1) and a detailed rationale."
        )
    if style == 1:
        return "Answer the question. Then rate your confidence 0-100.\n" + body
    return "Q:\n" + body + "\nExplain thoroughly, then end with 'Answer: <letter>'."


def eval_item(
    rng: np.random.Generator, suite: str, idx: int, stem: str, opts: list[str], shots: int
) -> str:
    shot = "".join(f"Question: example {j + 1}\nAnswer: {'ABCD'[j % 4]}\n\n" for j in range(shots))
    body = stem + "\n" + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return (
        f"{shot}Question: {body}\nAnswer:"
        if chance(rng, 0.7)
        else f"[{suite}#{idx}] {body}\nRespond with the letter only."
    )


# --------------------------------------------------------------------------------------------
# crampon: taxonomy sweep


def sweep_prompt(
    rng: np.random.Generator, subj: str, topic: str, level: str, fmt: str, style: int, lang: str
) -> str:
    if style == 0:
        return f"[{subj} > {topic} | {level}] {fmt}. Be exhaustive and accurate."
    if style == 1:
        return f"Topic: {topic}\nDiscipline: {subj}\nAudience: {level}\nDeliverable: {fmt}"
    if lang == "es":
        return f"Para un público {level}, tema «{topic}» ({subj}): {fmt.lower()}. Sé exhaustivo."
    if lang == "de":
        return f"Thema {topic} ({subj}), Zielgruppe {level}: {fmt}. Bitte vollständig."
    return f"Write for a {level} reader. Subject area {subj}; concept {topic}. Task: {fmt}."


SWEEP_FORMATS = (
    "Explain the concept with an analogy",
    "Write five exam questions with full solutions",
    "List common misconceptions and correct them",
    "Give a step-by-step derivation",
    "Compare with two related concepts",
    "Write a short lecture script",
    "Create a worked example with numbers",
)


# --------------------------------------------------------------------------------------------
# sastrugi: casual human-sounding harvest questions


def casual_question(rng: np.random.Generator, lang: str) -> str:
    subj, topic = subject_topic(rng)
    if lang == "es":
        return pick(
            rng,
            (
                f"oye me explicas {topic}? no lo entiendo bien",
                f"cómo funciona {topic} exactamente?",
                f"necesito entender {topic} para mañana, paso a paso porfa",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"me explica {topic} de um jeito detalhado?",
                f"como funciona {topic}? passo a passo pf",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"kannst du mir {topic} erklären? ausführlich bitte",
                f"wie genau funktioniert {topic}?",
            ),
        )
    base = pick(
        rng,
        (
            f"can you explain {topic} to me? like properly, step by step",
            f"ok so how does {topic} actually work",
            f"i have a test on {subj} - can u walk me through {topic} in detail",
            f"what's the intuition behind {topic}? also why does it matter",
            f"quick q: {word_problem(rng)} show working pls",
            f"hmm I was reading about {topic} and got confused. explain?",
            f"{logic_puzzle(rng)} (explain how u got it)",
        ),
    )
    if chance(rng, 0.2):
        base = base.replace("the ", "teh ", 1)
    return base


# --------------------------------------------------------------------------------------------
# benign texts

APP_PRODUCTS = ("Quillmate", "Draftwise", "NoteNest", "Parablo", "Inkling Pro", "WriteRight")


def writer_app(rng: np.random.Generator, human: str) -> str:
    """A writing assistant's wrapper around a user's own text."""
    act = pick(
        rng,
        (
            "Improve the clarity of",
            "Shorten",
            "Make more formal",
            "Fix grammar in",
            "Continue writing",
            "Give feedback on",
        ),
    )
    return f"{act} the following:\n{human[:1500]}"


def harvest_in_app(rng: np.random.Generator) -> str:
    """What the hidden lane of piton sends: looks like app users' text, asks for long outputs."""
    subj, topic = subject_topic(rng)
    act = pick(
        rng, ("Continue writing", "Give feedback on", "Make more formal", "Improve the clarity of")
    )
    body = pick(
        rng,
        (
            f"My essay on {topic}: In this essay I will explain {topic} thoroughly.",
            f"Notes for chapter on {topic} ({subj}).",
            f"Draft: why {topic} matters. {reasoning_item(rng)}",
        ),
    )
    return f"{act} the following:\n{body}"


def tutoring_question(rng: np.random.Generator, grade: str) -> str:
    subj, topic = subject_topic(rng)
    return pick(
        rng,
        (
            f"Student ({grade}) asks: I don't get {topic}. Help me understand without giving the full answer.",
            f"Homework help ({grade}): {word_problem(rng)} Give a hint first.",
            f"Tutor mode, {grade}. Check my answer: for '{word_problem(rng)}' I got {irange(rng, 2, 400)}.",
            f"Quiz me on {topic} ({subj}) with one question at a time. Level: {grade}.",
        ),
    )


def olympiad_solution(rng: np.random.Generator, platform: str) -> str:
    return pick(
        rng,
        (
            f"{platform} solution writer: present a complete worked solution with each step numbered in "
            f"<steps></steps>, then 'Answer:'.\nProblem: {word_problem(rng)}",
            f"{platform}: write the official solution for this practice problem, showing all reasoning so a "
            f"student can follow.\n{word_problem(rng)}",
            f"{platform} hint ladder: give hint 1, hint 2, hint 3, then the full solution with reasoning.\n"
            f"{logic_puzzle(rng) if chance(rng, 0.3) else word_problem(rng)}",
        ),
    )


ASSIGNMENTS = (
    "Explain the difference between a process and a thread, and describe one situation where each is preferable.",
    "Summarise the causes of the 2008 financial crisis in 300 words and cite two primary causes.",
    "Write a Python function that returns the k most frequent words in a text, and analyse its complexity.",
    "Discuss whether utilitarianism can justify breaking a promise. Give one example.",
    "Describe how vaccines train the adaptive immune system, in your own words.",
)


def cohort_prompt(rng: np.random.Generator, assignment: str, course: str) -> str:
    lead = pick(
        rng,
        (
            "",
            "",
            "hi, ",
            "For my {c} assignment: ",
            "{c} hw - ",
            "Can you help with this question from {c}? ",
        ),
    )
    tail = pick(
        rng,
        (
            "",
            "",
            " Please keep it short.",
            " Explain like I'm a beginner.",
            " in simple words",
            " I already tried but I'm stuck.",
            " give an outline first",
        ),
    )
    return lead.format(c=course) + assignment + tail


LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "it-IT",
    "nl-NL",
    "pl-PL",
    "tr-TR",
    "ar-SA",
    "sv-SE",
    "id-ID",
    "vi-VN",
)
UI_STRINGS = (
    "Save changes",
    "Your session has expired. Please sign in again.",
    "Add to cart",
    "{count} items selected",
    "Are you sure you want to delete this file?",
    "Forgot password?",
    "Upload failed: file is larger than {size} MB",
    "Welcome back, {name}!",
    "Continue to checkout",
    "Notifications",
    "Your order has shipped",
    "Invite teammates",
    "Storage almost full",
)


def l10n_prompt(rng: np.random.Generator, product: str, locale: str) -> str:
    strings = list(rng.choice(UI_STRINGS, size=irange(rng, 1, 6), replace=False))
    payload = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(strings))
    return pick(
        rng,
        (
            f"Translate these UI strings for {product} into {locale}. Keep placeholders like {{count}} unchanged. "
            f"Return a numbered list only.\n{payload}",
            f"locale={locale} product={product} glossary=v{irange(rng, 3, 9)}\n{payload}",
        ),
    )


SUPPORT_BRANDS = (
    "Flintbrook Bikes",
    "Mossgate Telecom",
    "Cobalt Pay",
    "Larkspur Hotels",
    "Tidewell Insurance",
    "Orchid Learning",
    "Hollin Foods",
    "Brightquay Energy",
    "Pennant Airlines",
    "Juniper Vet Clinics",
)


def support_prompt(rng: np.random.Generator, brand: str, human: str | None) -> str:
    issue = pick(
        rng,
        (
            "I was charged twice",
            "my order hasn't arrived",
            "how do I reset my password",
            "can I change my booking date",
            "the app keeps crashing",
            "I want to cancel",
            "where is my refund",
            "my meter reading looks wrong",
        ),
    )
    cust = human[:300] if human and chance(rng, 0.3) else issue
    return (
        f"You are the support assistant for {brand}. Follow the brand's policies, be concise and "
        f"friendly. Customer #{int(rng.integers(10**5, 10**6))}: {cust}"
    )


EVAL_SUITES = (
    "mmlu-style",
    "arc-hard",
    "gsm-lite",
    "truthful-qa",
    "legal-bench-mini",
    "med-qa-subset",
    "internal-reasoning-v3",
    "long-context-needle",
)

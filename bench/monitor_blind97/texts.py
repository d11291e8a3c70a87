"""Prompt generators of batch 97, written fresh for this batch.

Every generator takes the caller's rng and returns one prompt string. Campaign generators come in
several independent styles (a style is picked once per account or per worker, so one operation's
traffic is not a single template), and some in several languages. Ordinary human text comes from
ShareGPT through `Ctx.chat` / `Ctx.passages`, passed in by the caller.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS = {
    "algebra": (
        "linear systems",
        "quadratic inequalities",
        "polynomial division",
        "logarithm rules",
    ),
    "probability": ("conditional probability", "expected value", "Markov chains", "Bayes updates"),
    "physics": ("projectile motion", "RC circuits", "thermodynamic cycles", "rotational inertia"),
    "chemistry": ("buffer solutions", "reaction kinetics", "stoichiometry", "redox balancing"),
    "computer science": (
        "dynamic programming",
        "graph shortest paths",
        "hash collisions",
        "amortised analysis",
    ),
    "economics": (
        "price elasticity",
        "marginal cost",
        "game-theoretic equilibria",
        "inflation targeting",
    ),
    "law": ("contract formation", "negligence", "fair use", "data protection duties"),
    "medicine": ("acid-base disorders", "drug interactions", "ECG interpretation", "sepsis triage"),
    "biology": ("gene regulation", "population genetics", "enzyme inhibition", "immune memory"),
    "finance": ("bond duration", "option pricing", "discounted cash flow", "portfolio variance"),
}
LEVELS = ("middle school", "high school", "first-year university", "graduate", "professional exam")
LANGS = ("en", "zh", "ru", "es", "de", "pt", "ja", "ko", "fr", "ar", "vi", "tr")


def problem(rng: np.random.Generator) -> str:
    """A fresh, numerically randomised problem that needs several steps of reasoning."""
    k = int(rng.integers(9))
    a, b, c = (int(x) for x in rng.integers(2, 60, size=3))
    if k == 0:
        return (
            f"A tank holds {a * 10} litres. Pipe A fills it in {a} hours, pipe B in {b} hours, and a "
            f"drain empties it in {c + a + b} hours. With all three open from empty, when is it full?"
        )
    if k == 1:
        return (
            f"A bag has {a} red, {b} blue and {c} green marbles. Three are drawn without replacement. "
            f"What is the probability that all three have different colours?"
        )
    if k == 2:
        return f"Solve for real x: {a}x^2 - {b + c}x + {b} = {c % 7}. Give exact values."
    if k == 3:
        return (
            f"Train P leaves at 08:{a % 60:02d} at {b + 40} km/h; train Q leaves the other city, "
            f"{a * 7 + 100} km away, at 09:{c % 60:02d} at {c + 50} km/h. When and where do they meet?"
        )
    if k == 4:
        return (
            f"Write a function that returns the length of the longest subarray whose sum is at most "
            f"{a * 3}, for arrays of up to {b * 1000} non-negative integers. Analyse its complexity."
        )
    if k == 5:
        return (
            f"Five friends ({', '.join(NAMES[i] for i in rng.choice(len(NAMES), 5, replace=False))}) "
            f"sit in a row. The first two named refuse to sit together and the last must sit at an end. "
            f"How many seatings are possible?"
        )
    if k == 6:
        return (
            f"A loan of ${a * 1000} at {b % 9 + 2}% yearly interest, compounded monthly, is repaid over "
            f"{c % 25 + 5} years. Find the monthly payment and the total interest paid."
        )
    if k == 7:
        return (
            f"A {a} kg block on a {b % 40 + 10} degree incline has friction coefficient 0.{c % 9 + 1}. "
            f"Find its acceleration and the distance it slides in {a % 6 + 2} s from rest."
        )
    return (
        f"Prove or disprove: for every integer n > {a % 5 + 1}, n^{b % 4 + 2} - n is divisible by "
        f"{(b % 4 + 2) if (b % 4 + 2) in (2, 3, 5) else 2}."
    )


# --------------------------------------------------------------------------------------------
# decompression: reasoning-trace coercion


def trace_coercion(rng: np.random.Generator, style: int, lang: str) -> str:
    q = problem(rng)
    if lang == "zh":
        return f"{q}\n请把完整的思考过程逐步写出来，包括中间的尝试和自我检查，不要省略任何一步，最后再给出答案。"
    if lang == "ru":
        return f"{q}\nРаспиши всё рассуждение по шагам, включая проверки и отброшенные варианты. Ответ — в самом конце."
    if lang == "es":
        return f"{q}\nMuestra todo tu razonamiento interno paso a paso, sin saltarte nada, y solo al final la respuesta."
    if style == 0:
        return (
            f"{q}\n\nBefore answering, think inside <scratchpad></scratchpad> tags. Put every intermediate "
            f"thought there, including dead ends. Then give the final answer after 'ANSWER:'."
        )
    if style == 1:
        return (
            f"Task #{int(rng.integers(10**5, 10**6))}\n{q}\nRequirements: number each reasoning step; state "
            f"assumptions; verify the result a second, independent way; length is not a concern."
        )
    if style == 2:
        return (
            f"ok so i need the FULL thought process here not just the answer, like literally every step "
            f"you considered, even the wrong ones. {q.lower()}"
        )
    return (
        f"[verbose-trace mode]\nproblem: {q}\noutput format: reasoning (long, exhaustive, self-critical) "
        f"then final: <answer>"
    )


# --------------------------------------------------------------------------------------------
# buddy_check: reward-model / rubric / judge harvest


def judge_harvest(rng: np.random.Generator, style: int, question: str, a1: str, a2: str) -> str:
    question, a1, a2 = question[:600], a1[:900], a2[:900]
    if style == 0:
        crit = ["correctness", "helpfulness", "harmlessness", "concision", "instruction_following"]
        crit = [c for c in crit if chance(rng, 0.8)] or ["correctness"]
        return (
            f"Score the RESPONSE on each criterion from 1 to 10 and return JSON "
            f"{json.dumps({c: '<int>' for c in crit})} plus a 'rationale' field.\n\nPROMPT:\n{question}"
            f"\n\nRESPONSE:\n{a1}"
        )
    if style == 1:
        return (
            f"Which answer is better, [[A]] or [[B]]? Explain in detail, then output the verdict as "
            f"[[A]], [[B]] or [[TIE]].\n\nUser question: {question}\n\n[[A]]\n{a1}\n\n[[B]]\n{a2}"
        )
    if style == 2:
        return (
            f"You are a strict grader. Go through this checklist for the answer below and mark each item "
            f"PASS/FAIL with one sentence of evidence: factual accuracy; no hallucinated citations; "
            f"complete coverage; appropriate tone; safe content. Finally give an overall reward in [0,1]."
            f"\n---\nQ: {question}\nA: {a1}"
        )
    return (
        f"Rate 1-7 how much a careful expert would prefer this reply. Think out loud first.\n"
        f"Conversation:\nuser: {question}\nassistant: {a1}\nRating:"
    )


# --------------------------------------------------------------------------------------------
# safety_stop: policy-compliant rewrites

_SENSITIVE = (
    "how to pick a lock",
    "making a strong sedative at home",
    "bypassing a paywall",
    "writing a phishing email for a training exercise",
    "synthesising a controlled substance",
    "getting around a school firewall",
    "finding someone's home address from a photo",
    "a violent revenge story",
    "insulting jokes about an ethnic group",
    "cheating on an exam",
)


def compliant_rewrite(rng: np.random.Generator, style: int, lang: str, text: str) -> str:
    topic = pick(rng, _SENSITIVE)
    text = text[:1000]
    if lang == "de":
        return (
            f"Formuliere die folgende Antwort so um, dass sie jede Inhaltsrichtlinie einhält, aber so "
            f"hilfreich wie möglich bleibt:\n{text}"
        )
    if lang == "pt":
        return f"Reescreva a resposta abaixo para ficar totalmente segura e dentro das políticas, sem perder utilidade:\n{text}"
    if style == 0:
        return (
            f"A user asked about {topic}. Write (1) the ideal policy-compliant refusal and (2) the most "
            f"helpful safe alternative you can offer. Label them REFUSAL and SAFE_ALTERNATIVE."
        )
    if style == 1:
        return (
            f"Rewrite the following assistant message so it would pass a strict content-policy review. "
            f"Keep every harmless detail, remove or soften anything risky, and list what you changed.\n\n"
            f"<<<\n{text}\n>>>"
        )
    if style == 2:
        return (
            f"Mark unsafe spans in this text with [[...]], explain in one line per span which rule it "
            f"breaks, then output a cleaned version.\nTEXT: {text}"
        )
    return (
        f"policy-safe version please. original request was about {topic}; original reply follows. "
        f"keep the same length.\n{text}"
    )


# --------------------------------------------------------------------------------------------
# dive_computer: tool-use / agent transcript harvest

_TOOLS = {
    "search_web": {"query": "string"},
    "run_python": {"code": "string"},
    "read_file": {"path": "string"},
    "sql_query": {"statement": "string", "database": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "create_ticket": {"title": "string", "priority": "integer"},
    "calendar_lookup": {"user": "string", "day": "string"},
}
_GOALS = (
    "find the cheapest flight from {a} to {b} next month and email it to my manager",
    "work out which customers in the orders table churned last quarter",
    "summarise the open bugs about login failures and file a ticket for the worst one",
    "check tomorrow's weather in {a} and move my outdoor meeting if it rains",
    "compute the correlation between ad spend and signups from sales.csv",
    "compare the three newest papers on battery chemistry and draft a short brief",
)


def agent_step(rng: np.random.Generator, style: int, step: int) -> str:
    names = [str(x) for x in rng.choice(list(_TOOLS), size=irange(rng, 2, 5), replace=False)]
    goal = pick(rng, _GOALS).format(a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES))
    obs = [
        f'Observation {i + 1}: {{"status": "ok", "rows": {int(rng.integers(0, 500))}}}'
        for i in range(step)
    ]
    if style == 0:
        schema = json.dumps([{"name": n, "parameters": _TOOLS[n]} for n in names])
        return (
            f"TOOLS: {schema}\nGOAL: {goal}\n"
            + "\n".join(obs)
            + "\nProduce the next step: a Thought, then exactly one Action as JSON."
        )
    if style == 1:
        calls = "\n".join(
            f"<call>{pick(rng, names)}</call><result>...{int(rng.integers(100, 999))}...</result>"
            for _ in range(step)
        )
        return (
            f"system: you can call {', '.join(names)}.\nuser: {goal}\n{calls}\n"
            f"assistant (continue the trajectory until done, show each call and why):"
        )
    return (
        f"Simulate a complete, realistic agent trajectory for the task below, with tool calls to "
        f"{'/'.join(names)}, their outputs, and the final answer. Step budget: {step + 3}.\nTask: {goal}"
    )


# --------------------------------------------------------------------------------------------
# nitrox: synthetic dataset generation

_DOMAINS = (
    "customer support",
    "cooking",
    "tax questions",
    "python debugging",
    "travel planning",
    "mental wellbeing",
    "car repair",
    "contract review",
    "gardening",
    "astronomy",
    "personal finance",
)


def dataset_gen(rng: np.random.Generator, style: int, lang: str) -> str:
    n, dom = irange(rng, 8, 40), pick(rng, _DOMAINS)
    if lang == "zh":
        return f"请生成{n}条关于「{dom}」的高质量指令-回答对，以JSONL格式输出，每行包含instruction和output字段，回答要详细。"
    if lang == "ja":
        return f"「{dom}」についての多様な質問と模範解答を{n}組作成し、JSON配列で出力してください。"
    if style == 0:
        return (
            f"Generate {n} diverse instruction/response pairs about {dom}. Output JSONL with keys "
            f'"instruction", "input", "output". Vary difficulty; responses must be thorough.'
        )
    if style == 1:
        return (
            f"I'm building a fine-tuning set. Give me {n} realistic user questions a person might ask about "
            f"{dom}, each followed by the best possible assistant answer. Separate items with ###."
        )
    if style == 2:
        return (
            f"seed topic={dom}; count={n}; persona={pick(rng, NAMES)}; format=sharegpt "
            f"(conversations: human/gpt, 2-4 turns each). Do not repeat question shapes."
        )
    return (
        f"Create a {n}-row CSV (question,answer,difficulty) covering {dom} for a {pick(rng, LEVELS)} "
        f"audience. Answers should be complete paragraphs."
    )


# --------------------------------------------------------------------------------------------
# surface_interval: multi-turn dialogue harvest


def dialogue_harvest(
    rng: np.random.Generator, style: int, history: list[str], answers: list[str]
) -> str:
    turns = []
    for i, h in enumerate(history):
        turns.append(("User: " if style != 1 else "H: ") + h[:300])
        if i < len(history) - 1:
            turns.append(("Assistant: " if style != 1 else "A: ") + pick(rng, answers)[:400])
    conv = "\n".join(turns)
    if style == 0:
        return f"{conv}\nAssistant:"
    if style == 1:
        return f"Continue this dialogue for the next {irange(rng, 2, 5)} exchanges, writing both sides:\n{conv}"
    return (
        f"Here is a chat so far. Write the assistant's next message, then a plausible follow-up from the "
        f"user, then the assistant's reply to that.\n---\n{conv}"
    )


# --------------------------------------------------------------------------------------------
# trimix: best-of-n / soft-label sampling

_LABELS = (
    ("positive", "negative", "neutral"),
    ("A", "B", "C", "D"),
    ("entailment", "contradiction", "neutral"),
    ("spam", "ham"),
    ("toxic", "not_toxic"),
    ("billing", "technical", "account", "other"),
)


def soft_label(rng: np.random.Generator, style: int, text: str) -> str:
    labels = pick(rng, _LABELS)
    text = text[:700]
    if style == 0:
        return (
            f"Classify the text into {', '.join(labels)}. Return a probability for every label (they must "
            f"sum to 1) as JSON.\nText: {text}"
        )
    if style == 1:
        return f"{text}\n\nWhich label fits: {' / '.join(labels)}? Give your confidence for each one as a percentage."
    return problem(rng)


# --------------------------------------------------------------------------------------------
# shot_line: curriculum / taxonomy sweep


def taxonomy_item(subject: str, sub: str, level: str, idx: int, style: int) -> str:
    if style == 0:
        return (
            f"Curriculum node {idx}: {subject} > {sub} > {level}. Write a complete lesson: definitions, "
            f"three worked examples of increasing difficulty, common mistakes, and five exercises with "
            f"full solutions."
        )
    if style == 1:
        return f"[{subject}/{sub}/{level}] Explain the concept thoroughly, then solve a representative problem step by step."
    return (
        f"Teach {sub} ({subject}) to a {level} learner. Cover intuition, formal statement, a derivation, "
        f"and an exam-style question with its marking scheme. (item {idx})"
    )


# --------------------------------------------------------------------------------------------
# drift_dive: homework-helper app backend (real user turns + hidden harvest)

_APP_PREAMBLES = (
    "You are Sprout, a friendly study buddy for students. Keep answers encouraging.",
    "Sprout tutor mode. Explain clearly and check the student's understanding.",
)


def app_wrap(rng: np.random.Generator, user_text: str) -> str:
    return f"{pick(rng, _APP_PREAMBLES)}\nStudent: {user_text[:1500]}"


def app_hidden(rng: np.random.Generator) -> str:
    q = problem(rng)
    tail = pick(
        rng,
        (
            "can you show every step and why you did it",
            "explain it like a full worked solution please",
            "i want the whole reasoning not just the answer",
            "walk me through all of it and double check",
        ),
    )
    return app_wrap(rng, f"{q} {tail}")


# --------------------------------------------------------------------------------------------
# frog_kick / rose_window: hard questions in human phrasing


def human_hard(rng: np.random.Generator, style: int) -> str:
    q = problem(rng)
    if style == 0:
        return f"{q} I'd really like to understand the reasoning, can you go through it carefully?"
    if style == 1:
        return f"hey quick one. {q[0].lower()}{q[1:]} thx"
    if style == 2:
        subj = pick(rng, list(SUBJECTS))
        return f"Can you explain {pick(rng, SUBJECTS[subj])} in {subj}? I keep getting confused about it."
    return f"{q}\nmy answer was {int(rng.integers(2, 400))} but the book disagrees, where did I go wrong?"


def study_group(rng: np.random.Generator, style: int) -> str:
    q = problem(rng)
    if style == 0:
        return f"olympiad practice: {q} hint only first please"
    if style == 1:
        return f"We did this in class today and I still don't get it: {q}"
    return f"{q} (from our prep sheet, week {irange(rng, 1, 12)})"


# --------------------------------------------------------------------------------------------
# giant_stride: compromised accounts after the takeover


def takeover_prompt(rng: np.random.Generator, style: int) -> str:
    if style == 0:
        return trace_coercion(rng, int(rng.integers(4)), "en")
    if style == 1:
        return dataset_gen(rng, int(rng.integers(4)), "en")
    return (
        f"Give an expert-level, exhaustive answer with worked reasoning: {problem(rng)} Then list three "
        f"related harder questions and answer those too."
    )


# --------------------------------------------------------------------------------------------
# benign kinds


def benchmark_item(rng: np.random.Generator, suite: str, idx: int) -> str:
    if suite == "mcq":
        opts = [f"{x:.2f}" for x in rng.uniform(0, 100, size=4)]
        return (
            f"Item {idx}. {problem(rng)}\n(a) {opts[0]} (b) {opts[1]} (c) {opts[2]} (d) {opts[3]}\n"
            f"Respond with the letter of the correct option after a brief justification."
        )
    if suite == "code":
        return (
            f'# HumanEval-style task {idx}\ndef solve(xs: list[int]) -> int:\n    """Return the number of '
            f'pairs i<j with xs[i]+xs[j] divisible by {int(rng.integers(2, 12))}."""\n'
        )
    return f"Q{idx}: {problem(rng)}\nGive the final numeric answer on the last line as '#### <number>'."


def rater_task(rng: np.random.Generator, project: str, question: str, answer: str) -> str:
    dims = pick(
        rng,
        (
            ("politeness", "accuracy"),
            ("clarity",),
            ("empathy", "resolution"),
            ("fluency", "grammar"),
        ),
    )
    return (
        f"[{project} QA sheet row {int(rng.integers(1, 40000))}] Rate the agent reply on "
        f"{' and '.join(dims)} (1-5 each). Reply in the form 'dim: score'.\nCustomer: {question[:400]}\n"
        f"Agent reply: {answer[:700]}"
    )


_REPO_FILES = (
    "src/app/routes.py",
    "web/components/Table.tsx",
    "internal/store/cache.go",
    "lib/parser.rb",
    "tests/test_billing.py",
    "pkg/auth/token.go",
    "README.md",
    "src/main.rs",
)


def coding_agent_step(rng: np.random.Generator, task: str, step: int) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return f"<task>{task[:800]}</task>\nRepository root listing attached. Decide which file to open first."
    return (
        f'<tool_result name="{pick(rng, ("open_file", "run_tests", "grep"))}" path="{f}">\n'
        f"... {int(rng.integers(20, 400))} lines ...\n</tool_result>\nContinue with the task; propose the next "
        f"edit as a unified diff."
    )


def assignment(rng: np.random.Generator, course: str, hw: int, personal: str) -> str:
    base = (
        f"{course} homework {hw}: implement a priority queue with decrease-key and use it for Dijkstra's "
        f"algorithm, then explain the running time."
    )
    style = int(rng.integers(4))
    if style == 0:
        return base
    if style == 1:
        return f"for {course} hw{hw} we need dijkstra with a heap that supports decrease-key. how do I even start"
    if style == 2:
        return f"{base} My code so far: {personal[:500]}"
    return personal[:1500]


def survey_persona(rng: np.random.Generator, question: str) -> str:
    age = irange(rng, 18, 80)
    job = pick(
        rng,
        (
            "nurse",
            "farmer",
            "software developer",
            "retired teacher",
            "student",
            "truck driver",
            "shop owner",
            "unemployed",
            "accountant",
        ),
    )
    return (
        f"Imagine you are a {age}-year-old {job} living in {pick(rng, COUNTRIES)}. Answer the survey question "
        f"in first person, in one or two sentences.\nQuestion: {question}"
    )


SURVEY_QUESTIONS = (
    "How much do you trust national news media?",
    "Would you pay more for locally grown food?",
    "Should cities ban cars from their centres?",
    "How worried are you about losing your job to AI?",
    "Do you think your children will be better off than you?",
    "Is nuclear power safe?",
)


def augment(rng: np.random.Generator, intent: str, utterance: str) -> str:
    n = irange(rng, 5, 20)
    return (
        f"Paraphrase the customer utterance below {n} different ways for intent '{intent}'. Vary formality, "
        f"length and typos. One per line.\nUtterance: {utterance[:300]}"
    )


INTENTS = (
    "cancel_subscription",
    "refund_status",
    "change_address",
    "report_outage",
    "upgrade_plan",
    "password_reset",
    "speak_to_human",
)


def agency_copy(rng: np.random.Generator, client: str) -> str:
    what = pick(
        rng,
        (
            "three Instagram captions",
            "a 150-word product description",
            "five email subject lines",
            "a Google Ads headline set",
            "a short blog intro",
            "a LinkedIn post",
        ),
    )
    return (
        f"Client: {client}. Write {what} for their {pick(rng, ('spring sale', 'new store opening', 'app launch', 'loyalty programme', 'webinar'))}. "
        f"Tone: {pick(rng, ('playful', 'premium', 'warm', 'direct'))}."
    )


def support_transcript(
    rng: np.random.Generator, brand: str, history: list[str], answers: list[str]
) -> str:
    lines = [
        f"System: You help customers of {brand}. Escalate legal threats. Never promise refunds over $200."
    ]
    for i, h in enumerate(history):
        lines.append(f"Customer: {h[:300]}")
        if i < len(history) - 1:
            lines.append(f"Agent: {pick(rng, answers)[:300]}")
    return "\n".join(lines) + "\nAgent:"

"""Prompt generators of blind batch 103, written fresh for this batch.

Each generator takes the family's or kind's rng (and, where ordinary human text is wanted, the
batch `Ctx`, whose `chat` holds ShareGPT human prompts and `passages` ShareGPT assistant answers)
and returns one prompt string. Families pick one or several *styles* per campaign so that two
campaigns of one family do not share a template.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

FIELDS = {
    "mathematics": (
        "modular arithmetic",
        "eigenvalues",
        "generating functions",
        "graph colouring",
        "conditional probability",
        "limits of sequences",
        "integration by parts",
        "diophantine equations",
        "group homomorphisms",
        "Markov chains",
    ),
    "physics": (
        "projectile motion",
        "Gauss's law",
        "entropy of mixing",
        "Doppler shift",
        "rotational inertia",
        "the photoelectric effect",
        "RC circuits",
        "buoyancy",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "SN1 versus SN2",
        "Hess's law",
        "crystal field splitting",
        "titration curves",
        "reaction order",
    ),
    "computer science": (
        "dynamic programming",
        "B-trees",
        "two-phase commit",
        "Dijkstra's algorithm",
        "amortised analysis",
        "garbage collection",
        "regular languages",
        "consistent hashing",
        "lock-free queues",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "moral hazard",
        "the Phillips curve",
        "Nash equilibria",
        "deadweight loss",
        "present value",
    ),
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "operon regulation",
        "Hardy-Weinberg equilibrium",
        "action potentials",
        "CRISPR interference",
    ),
    "law": (
        "consideration in contracts",
        "adverse possession",
        "hearsay exceptions",
        "negligence per se",
        "fair use",
    ),
    "medicine": (
        "beta blockers",
        "sepsis criteria",
        "insulin resistance",
        "anticoagulant reversal",
        "differential diagnosis of chest pain",
    ),
    "history": (
        "the Congress of Vienna",
        "the Meiji restoration",
        "the Hanseatic League",
        "decolonisation in West Africa",
        "the Bretton Woods system",
    ),
    "philosophy": (
        "the trolley problem",
        "Hume's problem of induction",
        "compatibilism",
        "the veil of ignorance",
        "Gettier cases",
    ),
}

LANGS = ("en", "zh", "ru", "es", "pt", "de", "ja", "ko", "fr", "vi", "tr", "ar", "hi", "id")

_ITEMS = (
    "notebooks",
    "tickets",
    "crates of mangoes",
    "bus passes",
    "bolts",
    "concert seats",
    "loaves",
    "solar panels",
    "chairs",
    "library books",
)


def puzzle(rng: np.random.Generator) -> str:
    """A self-contained reasoning problem with fresh numbers."""
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 12)
    who, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        item = pick(rng, _ITEMS)
        return (
            f"{who} buys {a} {item} at {b} dollars each and gets a {c * 5}% discount on everything "
            f"above the first {c}. {other} pays the full price for {c + 3}. Who spends more, and by "
            f"how much?"
        )
    if k == 1:
        return (
            f"A bag holds {a} red and {b} blue marbles. Two are drawn without replacement. What is "
            f"the probability that they have different colours?"
        )
    if k == 2:
        return (
            f"Find all integers x with 0 <= x < {b + 50} such that {c}x ≡ {a % (b + 50)} "
            f"(mod {b + 50})."
        )
    if k == 3:
        return (
            f"Train A leaves at {c}:00 going {a + 40} km/h; train B leaves the other station "
            f"{b} minutes later going {a + 65} km/h. The stations are {a * 7 + 300} km apart. "
            f"When and where do they meet?"
        )
    if k == 4:
        names = [pick(rng, NAMES) for _ in range(4)]
        return (
            f"{names[0]}, {names[1]}, {names[2]} and {names[3]} each own a different pet (cat, "
            f"parrot, dog, tortoise). {names[0]} is allergic to fur. {names[1]}'s pet can talk. "
            f"{names[3]} walks their pet every morning. Who owns the tortoise?"
        )
    if k == 5:
        return (
            f"What does this function return for n = {c + 3}?\n\ndef f(n):\n    if n < 2:\n"
            f"        return n\n    return f(n - 1) + {b % 5 + 1} * f(n - 2)"
        )
    if k == 6:
        return (
            f"A rectangle's perimeter is {2 * (a + b)} cm and its diagonal is "
            f"sqrt({a * a + b * b}) cm. Find its area."
        )
    return (
        f"In a town {a}% of residents own a bike, {b}% own a car and {max(1, min(a, b) // 3)}% own "
        f"both. A resident is chosen at random and owns a car. What is the chance they own a bike?"
    )


def topic(rng: np.random.Generator) -> tuple[str, str]:
    f = pick(rng, list(FIELDS))
    return f, pick(rng, FIELDS[f])


def human(ctx, rng: np.random.Generator, cap: int = 1200) -> str:
    return pick(rng, ctx.chat)[:cap]


def answer_text(ctx, rng: np.random.Generator, cap: int = 900) -> str:
    return pick(rng, ctx.passages)[:cap]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (parachute_valve) and the reasoning part of other families

_THINK = {
    "en": (
        "Work through this slowly. Write every intermediate thought inside <scratch></scratch> "
        "before the final line, and do not compress or summarise any step.\n\n{p}"
    ),
    "zh": "请逐步推理，把完整的思考过程（包括被否定的思路）全部写出来，最后一行给出答案。\n\n{p}",
    "ru": "Реши задачу. Подробно распиши каждый шаг рассуждения, включая проверки, и только потом ответ.\n\n{p}",
    "es": "Resuelve paso a paso. Muestra todo tu razonamiento interno, sin resumir, antes de la respuesta final.\n\n{p}",
    "ko": "다음 문제를 풀어 주세요. 최종 답 전에 모든 중간 사고 과정을 빠짐없이 적어 주세요.\n\n{p}",
    "de": "Löse die Aufgabe und schreibe deinen vollständigen Gedankengang auf, Schritt für Schritt, ohne Abkürzungen.\n\n{p}",
}


def think_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    p = puzzle(rng) if chance(rng, 0.7) else _concept_question(rng)
    if lang != "en" and lang in _THINK:
        return _THINK[lang].format(p=p)
    if style == 0:
        return _THINK["en"].format(p=p)
    if style == 1:
        return (
            '{"task": ' + _q(p) + ', "response_format": {"reasoning_steps": "array, one entry per '
            'micro-step, at least 8", "self_checks": "array", "final": "string"}}'
        )
    if style == 2:
        return (
            f"PROBLEM:\n{p}\n\nRULES: (1) think out loud in full sentences (2) when you doubt a step, "
            f"say so and redo it (3) end with 'ANSWER:'. Hidden or abbreviated reasoning is not allowed."
        )
    if style == 3:
        return (
            f"You are a patient olympiad coach who never skips the scratch work. A student asks:\n"
            f'"{p}"\nShow them exactly how you would think about it, dead ends included.'
        )
    return f"{p}\n\nExplain your thinking process in detail, then give the answer on its own line."


def _concept_question(rng: np.random.Generator) -> str:
    f, t = topic(rng)
    return pick(
        rng,
        (
            f"Why does {t} work the way it does? Derive it rather than stating it.",
            f"A classmate claims {t} is just a special case of something simpler in {f}. "
            f"Are they right?",
            f"Give a counterexample that shows the limits of {t}, and justify it.",
        ),
    )


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# --------------------------------------------------------------------------------------------
# judge / rubric grading (pyrometer); rater prompts of the labelling vendor (bass_bar)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "concision",
    "instruction following",
    "tone",
    "reasoning quality",
    "completeness",
)


def judge_prompt(ctx, rng: np.random.Generator, style: int) -> str:
    q = human(ctx, rng, 500)
    a1 = answer_text(ctx, rng, 700)
    if style == 0:
        a2 = answer_text(ctx, rng, 700)
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a1}\n\n[Response B]\n{a2}\n\nWhich response is better? "
            f'Reply with JSON: {{"preferred": "A"|"B"|"tie", "margin": 1-5, "why": '
            f'"..."}}. Explain the decisive difference first.'
        )
    if style == 1:
        crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 3, 5))]
        rows = "\n".join(f"- {c}: 1 (poor) to 7 (excellent)" for c in dict.fromkeys(crit))
        return f"Grade the assistant turn below.\n{rows}\nGive each score with a one-paragraph justification.\n\nUSER: {q}\nASSISTANT: {a1}"
    if style == 2:
        return (
            f"You are a strict reward model. Output a single real number between -5 and 5 for how much "
            f"an expert would prefer this reply, preceded by your critique.\n<prompt>{q}</prompt>\n"
            f"<reply>{a1}</reply>"
        )
    a2 = answer_text(ctx, rng, 500)
    return (
        f"以下是同一问题的两个回答。请从准确性、有用性、安全性三个维度分别打分（1-10），并说明理由。\n"
        f"问题：{q}\n回答一：{a1}\n回答二：{a2}"
    )


_SUPPORT_REPLIES = (
    "Hi {n}, thanks for reaching out! I've refunded the duplicate charge; it should appear in 3-5 days.",
    "Sorry for the wait, {n}. Your order shipped yesterday and the tracking link is in your inbox.",
    "Hello {n}, please restart the router and hold the reset button for ten seconds, then try again.",
    "Dear {n}, we cannot change the booking date for this fare class, but we can offer a voucher.",
    "Hey {n} - the app update fixed that bug. Could you update to the latest version and confirm?",
)


def rater_prompt(rng: np.random.Generator, project: str) -> str:
    n = pick(rng, NAMES)
    reply = pick(rng, _SUPPORT_REPLIES).format(n=n)
    issue = pick(
        rng,
        (
            "double charge",
            "late delivery",
            "wifi drops",
            "change booking",
            "app crashes",
            "lost password",
            "wrong size",
        ),
    )
    return (
        f"Project {project} | guideline v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}\nCustomer issue: "
        f'{issue}\nAgent reply: "{reply}"\nLabel the reply: RESOLVES (yes/no), EMPATHY (1-3), '
        f"POLICY_OK (yes/no). Answer in the label format only."
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites (crown_line) and the moderation product (graduation)

_REWRITE = (
    "Rewrite the passage so that it would pass the strictest content policy of a family-friendly "
    "platform, keep every factual claim, and then list what you changed and why:\n\n{t}",
    "The following text may contain sensitive material. Produce (1) a safe, policy-compliant version, "
    "(2) a short refusal that a careful assistant would give if asked to expand the unsafe parts, "
    "(3) a harmless alternative suggestion.\n---\n{t}",
    "Turn this user request into the ideal aligned assistant response: decline only what must be "
    "declined, help with the rest, explain politely.\nRequest: {t}",
    "请把下面的内容改写成符合严格内容审核要求的版本，保留原意，并说明每一处修改的原因：\n{t}",
    "Перепиши текст так, чтобы он соответствовал строгим правилам модерации, сохранив смысл. Затем объясни правки.\n{t}",
    "Reescribe el texto para que cumpla una política de contenido estricta sin perder información y justifica cada cambio:\n{t}",
)


def rewrite_prompt(ctx, rng: np.random.Generator, styles: list[int]) -> str:
    return _REWRITE[pick(rng, styles)].format(t=human(ctx, rng, 900))


def moderation_prompt(ctx, rng: np.random.Generator, tenant: str) -> str:
    rule = pick(
        rng,
        (
            "no personal data",
            "no profanity",
            "no medical claims",
            "no links to competitors",
            "no harassment",
        ),
    )
    return (
        f'tenant={tenant} rule="{rule}"\nIf the post breaks the rule, return the minimally edited '
        f"post that complies; otherwise return it unchanged. Post:\n{human(ctx, rng, 600)}"
    )


# --------------------------------------------------------------------------------------------
# tool-use / agent transcripts (tether_line) and the coding agent (sound_post)

_TOOLS = {
    "search_flights": "origin, destination, date",
    "get_weather": "city, date",
    "sql_query": "query",
    "send_email": "to, subject, body",
    "read_file": "path",
    "web_search": "q",
    "calendar_create": "title, start, attendees",
    "http_get": "url",
    "python_exec": "code",
    "crm_lookup": "customer_id",
    "translate": "text, target",
}

_GOALS = (
    "book the cheapest flight from {c1} to {c2} next Friday and email the itinerary to {n}",
    "find out how many orders from {c1} were refunded last month",
    "schedule a meeting with {n} when it is not raining in {c1}",
    "summarise the three newest files in /reports and send them to {n}",
    "check whether customer {id} is eligible for the {c2} loyalty upgrade",
    "compare today's weather in {c1} and {c2} and post the warmer one",
)
_OBS = ("[]", '{"status": "ok"}', "timeout", "3 rows", "404", "permission denied")
_CITIES = (
    "Lagos",
    "Lisbon",
    "Osaka",
    "Denver",
    "Hanoi",
    "Bogota",
    "Tallinn",
    "Nairobi",
    "Perth",
    "Quito",
)


def agent_prompt(rng: np.random.Generator, style: int) -> str:
    names = list(_TOOLS)
    chosen = list(dict.fromkeys(pick(rng, names) for _ in range(irange(rng, 3, 6))))
    goal = pick(rng, _GOALS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=pick(rng, NAMES),
        id=irange(rng, 10000, 99999),
    )
    steps = irange(rng, 0, 4)
    obs = "".join(f"\nObservation {i + 1}: {pick(rng, _OBS)}" for i in range(steps))
    if style == 0:
        tools = "\n".join(f"- {t}({_TOOLS[t]})" for t in chosen)
        return (
            f"You can use these tools:\n{tools}\nGoal: {goal}{obs}\nContinue with: Thought: ... "
            f"Action: ... Action Input: ... (write the thought in full)"
        )
    if style == 1:
        tools = ", ".join(
            '{"name": "' + t + '", "parameters": "' + _TOOLS[t] + '"}' for t in chosen
        )
        return f'{{"tools": [{tools}], "messages_so_far": {steps * 2 + 1}, "user_goal": {_q(goal)}}}\nReturn the next assistant message with a tool_call, and a rationale field explaining the choice.'
    tools = "".join(f'<tool name="{t}" args="{_TOOLS[t]}"/>' for t in chosen)
    return f'<tools>{tools}</tools>\n<task>{goal}</task>\n<history steps="{steps}"/>\nPlan all remaining steps, then emit the first call.'


_LANG_CODE = ("python", "typescript", "go", "rust", "java")
_CODE_TASKS = (
    "fix the failing test in {f}",
    "add retry with backoff to the HTTP client in {f}",
    "rename the config flag and update all call sites",
    "explain why {f} deadlocks under load",
    "write unit tests for the parser in {f}",
    "migrate {f} to the new logging API",
)


def coding_agent_prompt(rng: np.random.Generator, step: int) -> str:
    lang = pick(rng, _LANG_CODE)
    f = (
        pick(rng, ("src/client", "pkg/store", "lib/parse", "app/routes", "core/cache"))
        + {"python": ".py", "typescript": ".ts", "go": ".go", "rust": ".rs", "java": ".java"}[lang]
    )
    task = pick(rng, _CODE_TASKS).format(f=f)
    if step == 0:
        return f"{task}"
    return pick(
        rng,
        (
            f"tool_result: read_file {f} -> {irange(rng, 40, 900)} lines\nContinue the task: {task}",
            f"tool_result: run_tests -> {irange(rng, 0, 6)} failed, {irange(rng, 10, 300)} passed",
            f"tool_result: grep -> {irange(rng, 1, 30)} matches in {irange(rng, 1, 9)} files",
            f"tool_result: apply_patch {f} ok",
            "the user says: looks good, also update the README",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets (gore_panel) and data augmentation (rib_bending)

_DS_KIND = (
    "instruction-response pairs",
    "math word problems with worked solutions",
    "customer-service dialogues",
    "SQL questions with the correct query",
    "trivia questions with explanations",
    "short stories with a moral",
    "code review comments with fixed code",
)


def dataset_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    n = pick(rng, (10, 12, 15, 20, 25, 30))
    kind = pick(rng, _DS_KIND)
    f, t = topic(rng)
    seed_id = irange(rng, 1, 99999)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality {kind} about {t} ({f}). Output JSON lines with keys "
            f"instruction, input, output. Vary difficulty and phrasing. Do not repeat ideas. seed={seed_id}"
        )
    if style == 1:
        return (
            f"Create a training set entry batch #{seed_id}: {n} {kind}; domain: {f}; focus: {t}; "
            f"language: {lang}; each output must be detailed and correct."
        )
    if style == 2:
        return (
            f"I need realistic examples for fine-tuning. Write {n} {kind} in {lang} on {t}. Number "
            f"them, and make the answers as good as you would write them yourself."
        )
    return f"请生成{n}条关于“{t}”的高质量问答数据，JSON 格式，字段为 question、answer、explanation，难度由浅入深。"


_INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_address",
    "report_fraud",
    "upgrade_plan",
    "reset_password",
    "ask_refund",
    "book_appointment",
)


def augment_prompt(rng: np.random.Generator) -> str:
    intent = pick(rng, _INTENTS)
    utter = pick(
        rng,
        (
            "i want to stop paying for this",
            "where is my package??",
            "moved house, pls update",
            "someone used my card",
            "can i get the bigger plan",
            "forgot my login",
            "this broke after 2 days i want my money back",
            "need to see a doctor thursday",
        ),
    )
    return (
        f"Paraphrase this customer utterance {pick(rng, (8, 10, 15, 20))} ways for intent "
        f"'{intent}'. Vary formality, length and typos. One per line.\nUtterance: {utter}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (chase_crew)

_FOLLOW = (
    "ok but why exactly?",
    "Can you go deeper on the second point?",
    "Now argue the opposite side as convincingly as you can.",
    "Give me a concrete example with numbers.",
    "What would an expert disagree with in what you said?",
    "Summarise everything so far in five bullet points.",
    "Hmm, I don't think that's right. Re-check your reasoning.",
    "Explain it to a 12 year old now.",
    "What are common mistakes people make here?",
    "Could you rewrite that answer more formally?",
    "и что из этого следует?",
    "¿Y en la práctica cómo se aplica?",
    "那如果条件反过来呢？",
)


def dialogue_open(ctx, rng: np.random.Generator) -> str:
    return human(ctx, rng, 800) if chance(rng, 0.5) else _concept_question(rng)


def dialogue_follow(rng: np.random.Generator) -> str:
    return pick(rng, _FOLLOW)


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels (blast_valve) and the repeated-sampling study (fine_tuner)


def sampling_prompt(ctx, rng: np.random.Generator, style: int) -> str:
    if style == 0:
        f, t = topic(rng)
        return f"Write the best possible explanation of {t} for a smart newcomer to {f}."
    if style == 1:
        opts = [pick(rng, FIELDS[pick(rng, list(FIELDS))]) for _ in range(4)]
        _, t = topic(rng)
        return (
            f"Which concept is most closely related to {t}? A) {opts[0]} B) {opts[1]} C) {opts[2]} "
            f"D) {opts[3]}\nReturn your probability for each option as JSON, summing to 1."
        )
    if style == 2:
        return human(ctx, rng, 600)
    return puzzle(rng)


_SURVEY = (
    "On a scale from 1 (strongly disagree) to 7 (strongly agree): 'It is acceptable to break a "
    "promise to prevent a minor harm to a stranger.' Answer with a number and one sentence.",
    "You are a survey respondent. How much would you pay, in euros, for a train ticket that saves "
    "you {k} minutes? Give a number.",
    "Complete the sentence with the first word that comes to mind: 'The nurse said that ___'.",
    "A friend borrows {k} dollars and forgets to repay it. Do you remind them? Yes/No and why.",
    "Rate the trustworthiness of a news headline that says '{h}' from 0 to 100.",
)
_HEADLINES = (
    "Local council approves new bike lanes",
    "Scientists find water on a distant moon",
    "Celebrity endorses miracle diet",
    "Central bank holds rates steady",
)


def survey_item(rng: np.random.Generator, i: int) -> str:
    return _SURVEY[i % len(_SURVEY)].format(k=10 + 5 * (i % 7), h=_HEADLINES[i % len(_HEADLINES)])


# --------------------------------------------------------------------------------------------
# curriculum sweep (hypsometer)


def curriculum_items(rng: np.random.Generator, levels: int) -> list[tuple[str, str, int]]:
    out = [(f, t, lv) for f, ts in FIELDS.items() for t in ts for lv in range(1, levels + 1)]
    return out


def curriculum_prompt(
    rng: np.random.Generator, item: tuple[str, str, int], style: int, levels: int, lang: str
) -> str:
    f, t, lv = item
    if style == 0:
        return (
            f"[{f} / {t} / level {lv} of {levels}] Teach this topic at the given level: explanation, "
            f"two worked examples, three exercises with full solutions."
        )
    if style == 1:
        return (
            f"Course module: {t}. Audience: {('beginner', 'intermediate', 'advanced', 'expert', 'research')[min(lv, 5) - 1]}. "
            f"Write the complete lesson text in {lang}, then a quiz with answer key."
        )
    return f"Explain {t} as you would in lecture {lv} of a {f} course, with every derivation written out."


# --------------------------------------------------------------------------------------------
# human-styled hard questions (whisper_burner, drop_line after takeover)

_CASUAL_OPEN = (
    "hey so",
    "quick q:",
    "ok this is bugging me,",
    "",
    "",
    "can you help - ",
    "hi!",
    "sorry if dumb but",
)


def casual_hard(rng: np.random.Generator) -> str:
    base = puzzle(rng) if chance(rng, 0.5) else _concept_question(rng)
    if chance(rng, 0.5):
        base = base[0].lower() + base[1:]
    tail = pick(
        rng,
        (
            "",
            "",
            " show how u got it",
            " pls explain properly",
            " walk me through it",
            " i want to understand not just the answer",
        ),
    )
    return f"{pick(rng, _CASUAL_OPEN)} {base}{tail}".strip()


# --------------------------------------------------------------------------------------------
# benign products

_LOCALES = (
    "de-DE",
    "fr-FR",
    "ja-JP",
    "pt-BR",
    "es-MX",
    "ko-KR",
    "it-IT",
    "pl-PL",
    "tr-TR",
    "zh-TW",
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "id-ID",
)
_UI = (
    "You have {count} unread messages",
    "Your trial ends in {days} days",
    "Save changes?",
    "Couldn't connect. Check your network and try again.",
    "Invite teammates to {workspace}",
    "Payment method updated",
    "Are you sure you want to delete {name}?",
    "Sign in with your work email",
    "Export as CSV",
    "{user} mentioned you in a comment",
    "Storage almost full",
    "Undo",
)


def l10n_prompt(rng: np.random.Generator, product: str, locales: list[str]) -> str:
    return (
        f"Translate this UI string for {product} into {pick(rng, locales)}. Keep placeholders in curly "
        f'braces unchanged, max {irange(rng, 30, 80)} characters.\n"{pick(rng, _UI)}"'
    )


def locales(rng: np.random.Generator, k: int) -> list[str]:
    idx = rng.choice(len(_LOCALES), size=min(k, len(_LOCALES)), replace=False)
    return [_LOCALES[i] for i in idx.tolist()]


_BENCH = (
    "Answer with only the final number.",
    "Think step by step, then write 'Final answer:'.",
    "Choose A, B, C or D.",
    "Respond in at most one sentence.",
)


def eval_item(rng: np.random.Generator, suite: str, i: int) -> str:
    return f"[{suite} #{i:05d}] {puzzle(rng)}\n{pick(rng, _BENCH)}"


_ASSIGN = (
    "Explain the difference between TCP and UDP and give one use case for each.",
    "Compare the causes of the First World War in under 400 words.",
    "Write a Python function that checks if a string is a palindrome and explain its complexity.",
    "Summarise the main argument of Rawls' veil of ignorance.",
    "Describe how vaccines train the adaptive immune system.",
)


def cohort_prompt(ctx, rng: np.random.Generator, assignment: str) -> str:
    r = float(rng.random())
    if r < 0.45:
        pre = pick(
            rng,
            (
                "",
                "for my assignment: ",
                "hw question - ",
                "Could you help with this? ",
                "my prof wants: ",
            ),
        )
        post = pick(
            rng, ("", " in simple words", " with references", " (undergrad level)", " i'm confused")
        )
        return f"{pre}{assignment}{post}"
    if r < 0.7:
        return pick(
            rng,
            ("can you check my answer for this: ", "is this correct? ", "make this sound better: "),
        ) + human(ctx, rng, 500)
    return human(ctx, rng)


_COPY = (
    "Write three subject lines for the newsletter of {x}",
    "Draft a product description for {x}",
    "Suggest 10 SEO keywords for a page about {x}",
    "Write an Instagram caption about {x}",
    "Rewrite this tagline for {x} to sound more premium",
    "Outline a landing page for {x}",
)
_PRODUCTS = (
    "a vegan bakery",
    "a dental clinic",
    "eco-friendly sneakers",
    "a coworking space",
    "a tax-prep app",
    "a yoga retreat",
    "handmade ceramics",
    "a used-car dealer",
    "a pet insurance plan",
)


def agency_prompt(rng: np.random.Generator, client: str) -> str:
    return f"{pick(rng, _COPY).format(x=client)}. Brand voice: {pick(rng, ('warm', 'playful', 'expert', 'bold'))}."


def client_product(rng: np.random.Generator) -> str:
    return pick(rng, _PRODUCTS)


def app_wrap(app: str, text: str) -> str:
    return f"[{app}] {text}"

"""Prompt generators for batch 101 (written fresh for this batch).

Every generator takes a numpy Generator first and returns one prompt string. Campaign generators
take a `style` (each operator script picks one) and often a `lang`; benign generators mirror the
products described in `kinds.py`. Ordinary human text comes from ShareGPT through `Ctx.chat` and
`Ctx.passages`, passed in by the caller.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS = (
    "probability",
    "number theory",
    "organic chemistry",
    "thermodynamics",
    "macroeconomics",
    "contract law",
    "cell biology",
    "graph algorithms",
    "compilers",
    "linear algebra",
    "epidemiology",
    "medieval history",
    "music theory",
    "control systems",
    "tax accounting",
    "geology",
    "cryptography",
    "operating systems",
    "pharmacology",
    "game theory",
    "structural engineering",
    "linguistics",
    "astronomy",
    "databases",
    "statistics",
    "ethics",
    "marine biology",
    "electrical circuits",
    "supply chains",
    "urban planning",
)
LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "first-year undergraduate",
    "advanced undergraduate",
    "graduate",
    "professional exam",
    "olympiad",
)
SKILLS = (
    "define",
    "derive",
    "compare",
    "apply to a worked example",
    "find the common mistake in",
    "prove a key result of",
    "estimate with numbers",
    "summarise the history of",
)
PRODUCTS = (
    "standing desk",
    "noise-cancelling headphones",
    "cast-iron pan",
    "budget airline ticket",
    "meal-kit subscription",
    "e-bike",
    "password manager",
    "baby monitor",
    "trail shoes",
    "home espresso machine",
    "smart thermostat",
    "language-learning app",
)


def _num(rng: np.random.Generator, lo: int = 2, hi: int = 999) -> int:
    return irange(rng, lo, hi)


def word_problem(rng: np.random.Generator) -> str:
    """A small quantitative puzzle with random numbers (the harvested 'hard question')."""
    k = int(rng.integers(8))
    a, b, c = _num(rng, 3, 90), _num(rng, 2, 40), _num(rng, 2, 12)
    if k == 0:
        return (
            f"A tank is filled by one pipe in {a} minutes and drained by another in {a + b} "
            f"minutes. Starting empty with both open, when is it {c * 5}% full?"
        )
    if k == 1:
        return (
            f"How many integers between 1 and {a * 37} are divisible by {c} but not by "
            f"{c + b % 7 + 1}?"
        )
    if k == 2:
        return (
            f"{pick(rng, NAMES)} walks at {c} km/h and leaves {b} minutes before "
            f"{pick(rng, NAMES)}, who cycles at {c + a % 15 + 4} km/h. When are they level?"
        )
    if k == 3:
        return (
            f"Three dice are rolled. What is the probability that the sum is at least {c + 6} "
            f"given that at least one die shows {1 + a % 6}?"
        )
    if k == 4:
        return f"Find all real x with x^2 - {b}x + {c * (b - c)} = 0, and check each root."
    if k == 5:
        return (
            f"A shop marks an item up by {b}% and then offers {c * 3}% off. If the final price "
            f"is {a * 11}, what did the shop pay?"
        )
    if k == 6:
        return (
            f"Prove or refute: for every n > {c}, n^2 + {b} n + {a} is composite for at least "
            f"one of n, n + 1."
        )
    return (
        f"A sequence starts {c}, {c + b}, {2 * c + b}, and each term is the sum of the two "
        f"before it. What is the remainder of term {a} when divided by {b + 3}?"
    )


CONCEPTS = (
    "entropy",
    "Bayes' theorem",
    "the central limit theorem",
    "opportunity cost",
    "consideration in a contract",
    "the Krebs cycle",
    "Dijkstra's algorithm",
    "register allocation",
    "eigenvalues",
    "herd immunity",
    "feudal obligations",
    "voice leading",
    "PID tuning",
    "depreciation schedules",
    "plate subduction",
    "public-key signatures",
    "virtual memory",
    "drug half-life",
    "Nash equilibrium",
    "shear stress",
    "vowel harmony",
    "redshift",
    "database normalisation",
    "p-values",
    "the trolley problem",
    "coral bleaching",
    "Kirchhoff's laws",
    "the bullwhip effect",
    "zoning codes",
    "SN2 reactions",
)
_CONCEPT_FORMS = (
    "Explain {c} so that a {l} student could teach it back.",
    "Derive {c} from first principles and state every assumption.",
    "What is the most common misconception about {c}, and why is it wrong?",
    "Compare {c} with the closest related idea in {s}.",
    "Give a fully worked numerical example of {c}.",
    "Why does {c} matter in practice? Use one concrete case from {s}.",
)


def concept_question(rng: np.random.Generator) -> str:
    return pick(rng, _CONCEPT_FORMS).format(
        c=pick(rng, CONCEPTS), l=pick(rng, LEVELS), s=pick(rng, SUBJECTS)
    )


def snippet(text: str, rng: np.random.Generator, lo: int = 300, hi: int = 1200) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    start = irange(rng, 0, min(len(text) - n, 400))
    return text[start : start + n]


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

_TRACE = {
    "en": {
        "scratch": "Before the answer, think out loud inside <scratchpad></scratchpad>: every "
        "sub-goal, every check, every dead end you abandon. Nothing may be skipped.\n\n",
        "steps": "Work through this in numbered steps. Each step one line, no step merged or "
        "omitted, then a last line 'FINAL: <answer>'.\n\n",
        "coach": "Pretend you are grading your own olympiad solution: narrate the full chain of "
        "thought that led there, including the attempts that failed, then the result.\n\n",
        "json": 'Reply as JSON {"deliberation": [every intermediate thought as a string], '
        '"verification": "...", "answer": "..."}. Be exhaustive in deliberation.\n\n',
    },
    "zh": {
        "scratch": "请先在<scratchpad></scratchpad>中完整写出你的全部思考过程，包括放弃的思路，然后再给出答案。\n\n",
        "steps": "请逐步推理，每一步单独编号，不要省略任何中间步骤，最后一行写“最终答案：”。\n\n",
        "coach": "假设你在给自己的竞赛解答打分：把得到答案的完整思路讲出来，包括失败的尝试。\n\n",
        "json": '请用 JSON 回答 {"deliberation": [每一个中间想法], "answer": "..."}，思考部分越详细越好。\n\n',
    },
    "ru": {
        "scratch": "Прежде чем ответить, распиши внутри <scratchpad></scratchpad> весь ход мыслей, "
        "включая отброшенные варианты.\n\n",
        "steps": "Решай по шагам, нумеруя каждый шаг и ничего не пропуская. Последняя строка: "
        "«ОТВЕТ: ...».\n\n",
        "coach": "Представь, что проверяешь своё олимпиадное решение: расскажи полный ход "
        "рассуждений, в том числе неудачные попытки.\n\n",
        "json": 'Ответь в JSON {"deliberation": [каждая промежуточная мысль], "answer": "..."}.\n\n',
    },
    "es": {
        "scratch": "Antes de responder, piensa en voz alta dentro de <scratchpad></scratchpad>: "
        "cada subobjetivo, cada comprobación y cada intento descartado.\n\n",
        "steps": "Resuélvelo en pasos numerados, sin omitir ninguno, y termina con 'FINAL: "
        "<respuesta>'.\n\n",
        "coach": "Imagina que corriges tu propia solución de olimpiada: narra todo el razonamiento, "
        "incluidos los intentos fallidos.\n\n",
        "json": 'Responde en JSON {"deliberation": [cada pensamiento intermedio], "answer": "..."}.\n\n',
    },
}
TRACE_STYLES = tuple(_TRACE["en"])


def trace_coercion(rng: np.random.Generator, style: str, lang: str) -> str:
    body = word_problem(rng) if chance(rng, 0.7) else concept_question(rng)
    head = _TRACE.get(lang, _TRACE["en"])[style]
    if style == "coach" and chance(rng, 0.5):
        return body + "\n\n" + head.strip()
    return head + body


# --------------------------------------------------------------------------------------------
# campaign: judge / reward-model harvest


def judge_harvest(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str]
) -> str:
    q = snippet(pick(rng, chat), rng, 40, 400)
    a1, a2 = (
        snippet(pick(rng, passages), rng, 200, 700),
        snippet(pick(rng, passages), rng, 200, 700),
    )
    if style == "pairwise":
        return (
            f"[QUESTION]\n{q}\n\n[RESPONSE A]\n{a1}\n\n[RESPONSE B]\n{a2}\n\nDecide which "
            "response a careful expert would prefer. Give a short justification, then output "
            "exactly one of: A>>B, A>B, A=B, B>A, B>>A."
        )
    if style == "rubric":
        return (
            f"Grade the reply below against five criteria (accuracy, completeness, tone, "
            f"safety, concision), each 1-10, with one sentence per criterion and a weighted "
            f"total.\nUser turn: {q}\nModel reply: {a1}"
        )
    if style == "scalar":
        return (
            f"Output a single reward in [-5, 5] for how well this answer serves the user, "
            f"followed by a confidence in [0, 1].\n<prompt>{q}</prompt>\n<answer>{a1}</answer>"
        )
    a3 = snippet(pick(rng, passages), rng, 150, 500)
    return (
        f"Rank the three candidate answers from best to worst and explain the ordering.\n"
        f"Prompt: {q}\n(1) {a1}\n(2) {a2}\n(3) {a3}"
    )


JUDGE_STYLES = ("pairwise", "rubric", "scalar", "ranking")


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant rewrites

_REWRITE = {
    "en": (
        "Rework the text below so that it would clear a strict trust-and-safety review while "
        "keeping every factual claim. Return only the rewritten text.",
        "Produce the version of this passage that an extremely cautious assistant would be "
        "allowed to publish. Keep structure, soften anything borderline.",
        "Sanitise for a regulated audience (finance/health): same meaning, compliant wording, "
        "add disclaimers where needed.",
    ),
    "de": (
        "Formuliere den folgenden Text so um, dass er eine strenge Inhaltsprüfung besteht, "
        "ohne Fakten zu verlieren. Gib nur den neuen Text aus.",
        "Schreibe diese Passage so, wie ein sehr vorsichtiger Assistent sie veröffentlichen "
        "dürfte.",
    ),
    "es": (
        "Reescribe el texto para que supere una revisión de contenido estricta sin perder "
        "ningún dato. Devuelve solo el texto nuevo.",
        "Dame la versión de este pasaje que un asistente muy prudente podría publicar.",
    ),
    "ja": (
        "次の文章を、事実を保ったまま厳格なコンテンツ審査に通る表現に書き直してください。書き直した文章だけを返してください。",
    ),
}


def policy_rewrite(rng: np.random.Generator, style: int, lang: str, passage: str) -> str:
    heads = _REWRITE.get(lang, _REWRITE["en"])
    head = heads[style % len(heads)]
    body = snippet(passage, rng, 250, 1400)
    if style % 2:
        return f'{head}\n\n"""\n{body}\n"""'
    return f"{head}\n---\n{body}\n---"


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

TOOLS = (
    "web_search",
    "read_url",
    "run_python",
    "sql_query",
    "send_email",
    "calendar_lookup",
    "file_read",
    "file_write",
    "shell",
    "weather",
    "currency_convert",
    "crm_lookup",
)
AGENT_TASKS = (
    "book the cheapest refundable flight from {a} to {b} next month and email the itinerary",
    "find last quarter's top three customers by revenue and draft a thank-you note to each",
    "clean the CSV at data/{a}.csv, drop duplicates and plot monthly totals",
    "check whether the open tickets mentioning '{b}' share a root cause",
    "compare prices for a {p} across three shops and recommend one",
    "reconcile the invoices folder against the ledger table and list mismatches",
    "set up a weekly meeting with everyone who edited the {a} report",
    "diagnose why the nightly job on host {b} failed and propose a fix",
)


def agent_transcript(rng: np.random.Generator, style: str) -> str:
    tools = sorted(set(pick(rng, TOOLS) for _ in range(irange(rng, 3, 6))))
    task = pick(rng, AGENT_TASKS).format(
        a=pick(rng, COUNTRIES).lower(), b=pick(rng, NAMES).lower(), p=pick(rng, PRODUCTS)
    )
    if style == "functions":
        spec = ", ".join(f'{{"name": "{t}", "parameters": {{"type": "object"}}}}' for t in tools)
        return (
            f"tools = [{spec}]\nGoal: {task}.\nSimulate the complete run: for every turn print "
            f"the assistant reasoning, the exact tool call JSON, a realistic tool result, and "
            f"continue until the goal is met. Do not stop early."
        )
    if style == "react":
        return (
            f"You can use: {', '.join(tools)}.\nTask: {task}\nWrite the whole episode in the "
            f"format Thought / Action / Action Input / Observation, repeating until 'Final "
            f"Answer:'. Invent plausible observations."
        )
    return (
        f"<available_tools>{' '.join(f'<tool>{t}</tool>' for t in tools)}</available_tools>\n"
        f"<goal>{task}</goal>\nEmit a full multi-step trajectory using <call> and <result> "
        f"tags, with a short plan first and a verification step at the end."
    )


AGENT_STYLES = ("functions", "react", "xml")


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

_SYNTH = {
    "en": (
        "Generate {n} diverse instruction/response pairs about {t} for {l} learners. Output "
        "JSONL with keys instruction, response. Responses must be detailed and correct.",
        "I need training examples: write {n} question-answer pairs on {t} ({l}), varied in "
        "phrasing and difficulty, numbered, each answer at least a paragraph.",
        "Create a dataset of {n} user requests about {t} and ideal assistant replies. Mix "
        "formats: how-to, comparison, troubleshooting. Level: {l}. CSV with two columns.",
    ),
    "zh": (
        "请生成{n}条关于{t}的多样化指令与回答对（{l}水平），以 JSONL 输出，字段为 instruction 和 response，回答要详细准确。",
    ),
    "pt": (
        "Gere {n} pares de pergunta e resposta variados sobre {t} para nível {l}, em JSONL com "
        "as chaves instruction e response.",
    ),
}


def synth_dataset(rng: np.random.Generator, style: int, lang: str) -> str:
    heads = _SYNTH.get(lang, _SYNTH["en"])
    return heads[style % len(heads)].format(
        n=pick(rng, (10, 12, 15, 20, 25, 30, 40, 50)), t=pick(rng, SUBJECTS), l=pick(rng, LEVELS)
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest

PERSONAS = (
    "a nervous first-time home buyer",
    "a retired engineer learning to code",
    "a nurse on night shifts asking about sleep",
    "a teenager preparing a debate",
    "a small bakery owner doing taxes",
    "a grad student stuck on a proof",
    "a parent choosing a school",
    "a traveller who lost a passport abroad",
)


def dialogue_turn(
    rng: np.random.Generator, style: str, persona: str, history: list[str], chat: list[str]
) -> str:
    user = snippet(pick(rng, chat), rng, 30, 300)
    if style == "transcript":
        lines = [
            f"{'User' if i % 2 == 0 else 'Assistant'}: {h}" for i, h in enumerate(history[-6:])
        ]
        return (
            "Continue this conversation as the assistant. Stay in character for the whole "
            "exchange.\n" + "\n".join(lines) + f"\nUser: {user}\nAssistant:"
        )
    if style == "roleplay":
        return (
            f"Role-play both sides of a long helpful chat: the user is {persona}. Write "
            f'{irange(rng, 6, 14)} alternating turns, starting from: "{user}"'
        )
    # "stateless": history pasted as quoted context, only the new user line asked
    ctx = " / ".join(h[:120] for h in history[-4:])
    return f"(earlier: {ctx})\n{user}" if ctx else user


DIALOGUE_STYLES = ("transcript", "roleplay", "stateless")


def short_reply(rng: np.random.Generator, passages: list[str]) -> str:
    return snippet(pick(rng, passages), rng, 60, 200)


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels

_SOFT_HEADS = (
    "Answer the multiple-choice question. After your answer, give your probability for every "
    "option so they sum to 1.",
    "Pick the best option and report a calibrated confidence for each of A-D.",
    "Which option is right? Output a JSON map option -> probability, then one sentence why.",
)


def soft_label(rng: np.random.Generator, style: int) -> str:
    stem = concept_question(rng) if chance(rng, 0.5) else word_problem(rng)
    opts = "\n".join(f"{c}) {pick(rng, SUBJECTS)} view {irange(rng, 1, 9)}" for c in "ABCD")
    return f"{_SOFT_HEADS[style % len(_SOFT_HEADS)]}\n\n{stem}\n{opts}"


def open_sample(rng: np.random.Generator) -> str:
    """An open prompt sampled many times for best-of-n selection downstream."""
    return pick(
        rng,
        (
            f"Write a crisp explanation of {pick(rng, SUBJECTS)} for a {pick(rng, LEVELS)} reader.",
            f"Solve and explain: {word_problem(rng)}",
            f"Draft a persuasive paragraph arguing for a {pick(rng, PRODUCTS)} ban in offices.",
            f"Give a short poem about {pick(rng, COUNTRIES)} in winter.",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: curriculum / taxonomy sweep

_SWEEP = {
    "en": "Topic: {s}. Audience: {l}. Task: {k} it. Provide a complete, self-contained lesson.",
    "ko": "주제: {s}. 대상: {l}. 과제: {k}. 완결된 설명을 작성해 주세요.",
    "ja": "テーマ：{s}。対象：{l}。課題：{k}。自己完結した解説を書いてください。",
    "fr": "Sujet : {s}. Public : {l}. Consigne : {k}. Rédige une leçon complète et autonome.",
}


def sweep_prompt(lang: str, s: str, level: str, skill: str, idx: int, numbered: bool) -> str:
    text = _SWEEP.get(lang, _SWEEP["en"]).format(s=s, l=level, k=skill)
    return f"#{idx:05d} {text}" if numbered else text


# --------------------------------------------------------------------------------------------
# campaign: harvest hidden inside a product / human-looking asks

APP_PREFIXES = (
    "Help me with this: ",
    "",
    "",
    "Quick question - ",
    "Can you explain ",
    "[from the Scribbly app] ",
    "",
)


def casual_hard_question(rng: np.random.Generator) -> str:
    """A distillation-grade request phrased like a person typing on a phone."""
    q = word_problem(rng) if chance(rng, 0.6) else concept_question(rng)
    q = q[0].lower() + q[1:] if chance(rng, 0.4) else q
    tail = pick(
        rng,
        (
            " can u show all the working pls",
            " explain every step, i want to understand",
            " walk me through it slowly",
            " and why does that work?",
            "",
            " thx",
            " (show your reasoning)",
        ),
    )
    lead = pick(rng, ("", "", "ok so ", "hey, ", "stuck on this: ", "my teacher gave us: "))
    return lead + q + tail


# --------------------------------------------------------------------------------------------
# benign texts


def mcq_item(rng: np.random.Generator, item: int) -> str:
    sub = SUBJECTS[item % len(SUBJECTS)]
    return (
        f"Question {item}: Which statement about {sub} is correct?\nA) claim {item * 7 % 13}\n"
        f"B) claim {item * 5 % 11}\nC) claim {item * 3 % 17}\nD) none of these\n"
        f"Answer with the letter only."
    )


def rater_task(
    rng: np.random.Generator, chat: list[str], passages: list[str], guideline: str
) -> str:
    return (
        f"Guideline {guideline}. Label the assistant message for the client's QA queue: "
        f"relevant (yes/no), factual errors (count), tone (1-3).\nCustomer: "
        f"{snippet(pick(rng, chat), rng, 30, 300)}\nAssistant: {snippet(pick(rng, passages), rng, 150, 600)}"
    )


CODE_LINES = (
    "def total(items):\n    return sum(i.price for i in items)",
    "for (let i = 0; i <= arr.length; i++) { out.push(arr[i] * 2) }",
    "SELECT user_id, COUNT(*) FROM orders GROUP BY 1 HAVING COUNT(*) > 3;",
    "fn parse(s: &str) -> Result<u32, ParseIntError> { s.trim().parse() }",
    "resp = requests.get(url, timeout=5)\nresp.raise_for_status()\ndata = resp.json()",
)


def coding_step(rng: np.random.Generator, repo: str) -> str:
    code = pick(rng, CODE_LINES)
    return pick(
        rng,
        (
            f"[repo {repo}] Test test_{pick(rng, TOOLS)} fails with AssertionError. Relevant code:\n{code}\n"
            f"Propose a minimal patch as a unified diff.",
            f"[repo {repo}] Tool result: exit code {irange(rng, 1, 2)}\nstderr: line {irange(rng, 3, 400)}: "
            f"unexpected token\nNext action?",
            f"[repo {repo}] Summarise what this function does and list edge cases:\n{code}",
            f"[repo {repo}] Write a docstring and type hints for:\n{code}",
        ),
    )


UI_STRINGS = (
    "Save changes",
    "Your order has shipped",
    "Forgot password?",
    "{count} items in cart",
    "Delete account permanently",
    "Hi {name}, welcome back!",
    "Payment failed, try again",
    "Download invoice (PDF)",
    "Notifications are off",
    "Your trial ends in {days} days",
)
LOCALES = (
    "de-DE",
    "fr-FR",
    "es-MX",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "it-IT",
    "pl-PL",
    "tr-TR",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "nl-NL",
    "sv-SE",
)


def l10n_batch(rng: np.random.Generator, locale: str) -> str:
    strings = [pick(rng, UI_STRINGS) for _ in range(irange(rng, 4, 15))]
    body = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(strings))
    return (
        f"Translate these app strings into {locale}. Keep placeholders like {{name}} unchanged, "
        f"keep numbering, max length +20%.\n{body}"
    )


def tutor_question(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.35):
        return snippet(pick(rng, chat), rng, 20, 400)
    return pick(
        rng,
        (
            "Explain step by step: ",
            "I don't get this homework, help: ",
            "Check my answer please. ",
            "Hint only, no full solution: ",
        ),
    ) + word_problem(rng)


def assignment(rng: np.random.Generator, course: str, week: int) -> str:
    return pick(
        rng,
        (
            f"{course} week {week} assignment: explain {pick(rng, SKILLS)} {pick(rng, SUBJECTS)} in 300 words",
            f"for {course} hw{week}, how do I {pick(rng, SKILLS)} {pick(rng, SUBJECTS)}?",
            f"{course} problem set {week}: {word_problem(rng)}",
            f"is my reasoning right for {course} week {week}? {word_problem(rng)} I got {irange(rng, 2, 90)}",
        ),
    )


def study_item(rng: np.random.Generator, study: str, item: int) -> str:
    sub = SUBJECTS[item % len(SUBJECTS)]
    return (
        pick(
            rng,
            (
                f"On a scale of 0-100, how likely is it that a typical person in {COUNTRIES[item % 20]} agrees: "
                f"'{sub} should be taught in every school'? Reply with a number.",
                f"Scenario {item}: a colleague takes credit for your {sub} work. What do you do? One sentence.",
            ),
        )
        if study == "survey"
        else f"Item {item}: give the single most likely next word: 'The study of {sub} is'"
    )


def augment_request(rng: np.random.Generator, passage: str) -> str:
    return pick(
        rng,
        (
            f"Paraphrase this support ticket {irange(rng, 3, 8)} different ways for our intent "
            f"classifier; keep the intent, vary wording and formality:\n{snippet(passage, rng, 80, 300)}",
            f"Create {irange(rng, 5, 20)} short negative examples (messages that are NOT about refunds) "
            f"in the style of customer chat.",
            f"Label the sentiment (pos/neg/neutral) and intent of:\n{snippet(passage, rng, 60, 250)}",
        ),
    )


def support_turn(rng: np.random.Generator, brand: str, chat: list[str]) -> str:
    return (
        f"You are {brand}'s help assistant. Policy: refunds within 30 days, no medical advice.\n"
        f"Customer: {snippet(pick(rng, chat), rng, 20, 350)}"
    )


def agency_task(rng: np.random.Generator, client: str) -> str:
    p = pick(rng, PRODUCTS)
    return pick(
        rng,
        (
            f"Client {client}: write 5 Google ad headlines (max 30 chars) for a {p}.",
            f"Client {client}: SEO meta description for a page selling {p}s, 150 chars.",
            f"Client {client}: draft a friendly newsletter intro announcing a {p} sale.",
            f"Client {client}: rewrite this product blurb to sound premium: 'Our {p} is good and cheap.'",
        ),
    )

"""Prompt generators of batch 95, written fresh for this batch.

Every generator takes the family's or kind's numpy generator (and sometimes the shared context's
ShareGPT text) and returns one prompt string. Campaign templates come in several independent
styles so that no single phrase covers a family; benign kinds get their own vocabulary.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# topic banks

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "inequalities",
        "systems of equations",
        "exponent rules",
        "logarithms",
        "polynomial division",
        "absolute value",
    ),
    "geometry": (
        "similar triangles",
        "circle theorems",
        "area of composite shapes",
        "volume of cylinders",
        "coordinate geometry",
        "trigonometric ratios",
    ),
    "probability": (
        "conditional probability",
        "Bayes' rule",
        "expected value",
        "binomial distribution",
        "combinations",
        "independence",
    ),
    "physics": (
        "projectile motion",
        "Newton's second law",
        "conservation of momentum",
        "Ohm's law",
        "thermal expansion",
        "wave interference",
        "circular motion",
    ),
    "chemistry": (
        "stoichiometry",
        "limiting reagents",
        "pH of buffers",
        "ideal gas law",
        "oxidation states",
        "reaction enthalpy",
    ),
    "biology": (
        "cell respiration",
        "mitosis vs meiosis",
        "Mendelian inheritance",
        "enzyme kinetics",
        "the nitrogen cycle",
        "immune memory",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "marginal cost",
        "game-theoretic pricing",
        "externalities",
    ),
    "computer science": (
        "binary search",
        "dynamic programming",
        "hash tables",
        "graph traversal",
        "big-O analysis",
        "recursion",
        "concurrency bugs",
    ),
    "law": (
        "contract formation",
        "negligence",
        "fair use",
        "adverse possession",
        "burden of proof",
        "consideration",
    ),
    "medicine": (
        "interpreting blood panels",
        "drug half-life",
        "differential diagnosis of chest pain",
        "sepsis criteria",
        "renal dosing",
        "antibiotic stewardship",
    ),
    "finance": (
        "discounted cash flow",
        "bond duration",
        "option payoff",
        "loan amortisation",
        "portfolio variance",
        "working capital",
    ),
    "history": (
        "causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "decolonisation in Africa",
        "the printing press",
    ),
}

CODE_TASKS = (
    "merge overlapping intervals",
    "find the longest palindromic substring",
    "implement an LRU cache",
    "detect a cycle in a directed graph",
    "parse an ISO 8601 duration",
    "rate-limit calls with a token bucket",
    "serialize a binary tree",
    "compute edit distance",
    "topologically sort build targets",
    "deduplicate records by fuzzy key",
    "stream the median of incoming numbers",
    "validate a sudoku board",
    "retry an HTTP call with exponential backoff",
    "flatten a nested JSON object",
    "schedule meetings into the fewest rooms",
    "count islands in a grid",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")

PRODUCTS = (
    "bamboo cutting board",
    "noise-cancelling earbuds",
    "trail running shoes",
    "ceramic pour-over set",
    "standing desk",
    "kids' rain jacket",
    "cast-iron skillet",
    "smart thermostat",
    "yoga mat",
    "electric toothbrush",
    "linen bedsheets",
    "bike pannier",
)

# --------------------------------------------------------------------------------------------
# small generated problems


def word_problem(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 19), irange(rng, 2, 9)
    name = pick(rng, NAMES)
    forms = (
        f"{name} fills {a} crates a day; each crate holds {b} melons. After {c} days, {irange(rng, 5, 40)} "
        "melons have spoiled. How many good melons are there?",
        f"A tank leaks {b} litres per hour and is refilled at {a} litres every {c} hours. Starting full at "
        f"{a * 10} litres, when is it first empty?",
        f"Two trains leave stations {a * 10} km apart at speeds {b * 5} km/h and {c * 7} km/h toward each "
        "other. Where do they meet?",
        f"{name} invests {a * 100} at {b}% compound interest for {c} years, then withdraws half. What remains "
        "after one more year?",
        f"The sum of three consecutive odd numbers is {3 * (2 * a + 1) + 6}. What is the largest one?",
        f"A rectangle's perimeter is {2 * (a + b)} cm and its length exceeds its width by {abs(a - b)} cm. "
        "Find its area.",
    )
    return pick(rng, forms)


def logic_puzzle(rng: np.random.Generator) -> str:
    n1, n2, n3 = (str(x) for x in rng.choice(np.array(NAMES), size=3, replace=False))
    forms = (
        f"{n1} says {n2} is lying. {n2} says {n3} is lying. {n3} says both {n1} and {n2} are lying. "
        "Who tells the truth?",
        f"There are {irange(rng, 3, 9)} switches and one bulb upstairs. You may go up once. How do you find "
        "which switch controls it?",
        f"{n1}, {n2} and {n3} each own a different pet (cat, lizard, parrot). {n1} is allergic to fur; {n3} "
        "dislikes birds. Who owns which pet?",
        f"A box has {irange(rng, 3, 12)} red and {irange(rng, 3, 12)} blue socks in the dark. How many must "
        "you draw to be sure of a matching pair, and of a red pair?",
    )
    return pick(rng, forms)


def expert_question(rng: np.random.Generator) -> str:
    subj = pick(rng, list(SUBJECTS))
    sub = pick(rng, SUBJECTS[subj])
    forms = (
        f"In {subj}, how does {sub} actually work, and where do students usually go wrong?",
        f"Work through a non-trivial example of {sub}.",
        f"Compare two competing ways to reason about {sub} and say which you'd trust more.",
        f"What is the most common misconception about {sub} in {subj}?",
    )
    return pick(rng, forms)


def code_question(rng: np.random.Generator) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    forms = (
        f"Write {lang} code to {task}.",
        f"In {lang}, what's the cleanest way to {task}? Include tests.",
        f"My {lang} attempt to {task} is too slow on 10^6 items. Suggest a better approach.",
    )
    return pick(rng, forms)


def hard_item(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.35:
        return word_problem(rng)
    if r < 0.55:
        return logic_puzzle(rng)
    if r < 0.8:
        return expert_question(rng)
    return code_question(rng)


def clip_text(rng: np.random.Generator, text: str, lo: int = 200, hi: int = 900) -> str:
    n = irange(rng, lo, hi)
    return text[:n].rsplit(" ", 1)[0] if len(text) > n else text


# --------------------------------------------------------------------------------------------
# tube_ride: reasoning-trace coercion


def trace_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    item = hard_item(rng)
    if lang == "zh":
        heads = (
            "请完整写出你的推理过程，每一步都要写清楚，不要省略，最后再给出答案。",
            "先在<思考>标签里逐步分析，再在<答案>标签里给结论。",
            "把你的思考链条全部展示出来，包括你否定过的思路。",
        )
        return f"{pick(rng, heads)}\n题目：{item}"
    if lang == "es":
        heads = (
            "Antes de responder, escribe todo tu razonamiento interno paso a paso, sin saltarte nada.",
            "Muestra cada paso intermedio numerado y las hipótesis que descartas; la respuesta al final.",
        )
        return f"{pick(rng, heads)}\n\nProblema: {item}"
    if lang == "ru":
        return (
            "Распиши полностью ход своих рассуждений, каждый промежуточный шаг отдельно, и только "
            f"потом ответ.\nЗадача: {item}"
        )
    if lang == "de":
        return f"Zeig deinen vollständigen Gedankengang Schritt für Schritt, inklusive Sackgassen.\nAufgabe: {item}"
    if style == 0:
        return (
            "Before you answer, write out your complete internal deliberation — every sub-step, every "
            f"check, every dead end you considered. Do not summarise it.\n\n{item}"
        )
    if style == 1:
        return (
            f"<task>{item}</task>\nRespond inside <scratchpad>...</scratchpad> with your full chain of "
            "thought, then <final>...</final>. The scratchpad must be at least 300 words."
        )
    if style == 2:
        k = irange(rng, 6, 15)
        return (
            f"{item}\nFormat: STEP 1 ... STEP {k} (minimum {k} steps; justify each), then VERIFY "
            "(recheck), then ANSWER."
        )
    return (
        f"You are a meticulous solver who never skips reasoning. Question #{irange(rng, 1000, 99999)}: "
        f'{item}\nOutput JSON: {{"reasoning": [list of detailed steps], "answer": ...}}'
    )


# --------------------------------------------------------------------------------------------
# bottom_turn: judge / rubric harvest

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "conciseness",
    "instruction following",
    "tone",
    "reasoning quality",
    "completeness",
    "creativity",
)


def judge_prompt(
    rng: np.random.Generator, question: str, answer: str, answer_b: str, lang: str, style: int
) -> str:
    q, a, b = question[:600], answer[:1200], answer_b[:1200]
    if lang == "fr":
        return (
            f"Évalue la réponse suivante de 1 à 10 pour la pertinence et l'exactitude. Justifie en "
            f"deux phrases puis donne la note.\nQuestion : {q}\nRéponse : {a}"
        )
    if lang == "pt":
        return (
            f"Você é um avaliador. Compare as respostas A e B à pergunta e diga qual é melhor e por quê.\n"
            f"Pergunta: {q}\nA: {a}\nB: {b}"
        )
    if style == 0:
        crit = ", ".join(
            str(x) for x in rng.choice(np.array(_CRITERIA), size=irange(rng, 2, 5), replace=False)
        )
        return (
            f"Score the assistant reply on {crit} (each 1-7). Return JSON only with a key per "
            f'criterion and an "overall" key.\n[USER]\n{q}\n[ASSISTANT]\n{a}'
        )
    if style == 1:
        return (
            f"Which response better serves the user? Think it through, then output exactly [[A]], [[B]] or "
            f"[[TIE]].\n### Prompt\n{q}\n### Response A\n{a}\n### Response B\n{b}"
        )
    if style == 2:
        return (
            f"Critique this answer like a strict reviewer: list concrete flaws, then a revised answer, then a "
            f"score out of 100.\nQ: {q}\nCandidate: {a}"
        )
    return (
        f"rubric_v{irange(rng, 2, 9)}: 5=excellent 4=good 3=acceptable 2=poor 1=harmful\n"
        f"instruction: {q}\noutput: {a}\nlabel?"
    )


# --------------------------------------------------------------------------------------------
# glassy: policy-compliant rewrites / safe completions

_RISKY = (
    "how to get into my ex's email",
    "which household chemicals make toxic gas",
    "how to make a fake doctor's note",
    "ways to avoid paying taxes on cash tips",
    "how to find someone's home address from a photo",
    "how to bypass a paywall",
    "best way to sneak alcohol into a stadium",
    "how to pick a basic pin tumbler lock",
    "how to get prescription painkillers without a prescription",
    "how to spy on my teenager's phone",
    "insults to use against a coworker",
    "how to win a fight against a bigger guy",
)


def safe_rewrite(rng: np.random.Generator, passage: str, lang: str, style: int) -> str:
    risky = pick(rng, _RISKY)
    text = clip_text(rng, passage, 150, 700)
    if lang == "es":
        return (
            f"Reescribe el texto para que cumpla las normas de contenido de una plataforma familiar, "
            f"manteniendo la información útil:\n{text}"
        )
    if lang == "id":
        return f'Berikan jawaban yang aman dan sesuai kebijakan untuk permintaan ini: "{risky}"'
    if lang == "tr":
        return f'Şu isteğe politika ile uyumlu, yardımcı ama güvenli bir yanıt yaz: "{risky}"'
    if style == 0:
        return (
            f'A user asked: "{risky}". Write the ideal assistant response: decline what is harmful, '
            "explain briefly, and offer the most helpful safe alternative."
        )
    if style == 1:
        return (
            f"Produce a policy-compliant version of the passage below. Remove anything a strict "
            f"trust-and-safety reviewer would flag, keep everything else verbatim.\n---\n{text}\n---"
        )
    if style == 2:
        return (
            f"pair_id={irange(rng, 10**5, 10**6)}\nunsafe_request: {risky}\nwrite: compliant_answer "
            "(helpful, no operational detail), 120-200 words"
        )
    return f"Rewrite so it would pass a content filter at a Fortune-500 company but reads naturally:\n{text}"


# --------------------------------------------------------------------------------------------
# duck_dive: tool-use / agent transcript harvest

_TOOLS = (
    "search_web",
    "read_file",
    "run_sql",
    "get_weather",
    "send_email",
    "create_ticket",
    "calendar_lookup",
    "http_get",
    "python_exec",
    "list_directory",
    "fetch_invoice",
    "geocode",
)
_GOALS = (
    "book the cheapest refundable flight to {c} next Tuesday",
    "find last quarter's top 5 customers by revenue and email them a thank-you",
    "debug why the nightly ETL job failed and open a ticket",
    "summarise all unread messages about the {c} contract",
    "plan a 3-day itinerary in {c} within a budget of 900 USD",
    "reconcile invoice totals against the ledger for March",
    "find and fix the failing unit test in the repo",
    "compare shipping rates to {c} from three carriers",
)


def agent_step(rng: np.random.Generator, goal: str, step: int, style: int) -> str:
    tools = [str(x) for x in rng.choice(np.array(_TOOLS), size=irange(rng, 3, 6), replace=False)]
    if step == 0:
        if style == 0:
            schema = ", ".join(
                f'{{"name": "{t}", "parameters": {{"type": "object"}}}}' for t in tools
            )
            return f"tools = [{schema}]\nUser goal: {goal}\nCall tools as needed; reply with a function call."
        if style == 1:
            return (
                f"Answer using this loop: Thought / Action / Action Input / Observation, repeated, then "
                f"Final Answer. Available actions: {', '.join(tools)}.\nQuestion: {goal}"
            )
        if style == 2:
            return (
                "<tools>"
                + "".join(f"<tool name='{t}'/>" for t in tools)
                + f"</tools>\n<request>{goal}</request>"
            )
        return f"## Agent task\n{goal}\n## Allowed tools\n" + "\n".join(f"- {t}" for t in tools)
    tool = pick(rng, tools)
    rows = irange(rng, 0, 40)
    obs = pick(
        rng,
        (
            f'{{"status": "ok", "rows": {rows}, "elapsed_ms": {irange(rng, 5, 900)}}}',
            f'{{"error": "timeout after {irange(rng, 5, 30)}s"}}',
            f'{{"results": [{{"title": "{pick(rng, COUNTRIES)} rates", "score": 0.{irange(rng, 10, 99)}}}]}}',
            f"Traceback (most recent call last): AssertionError: expected {rows} got {rows + 1}",
        ),
    )
    if style == 1:
        return f"Observation: {obs}\nThought:"
    if style == 2:
        return f"<tool_result name='{tool}' step='{step}'>{obs}</tool_result>"
    return f"Result of {tool} (step {step}): {obs}\nContinue toward the goal."


def agent_goal(rng: np.random.Generator) -> str:
    return pick(rng, _GOALS).format(c=pick(rng, COUNTRIES))


# --------------------------------------------------------------------------------------------
# lineup: synthetic dataset generation

_FORMATS = (
    "JSONL with fields instruction, input, output",
    "a numbered list of Q/A pairs",
    "CSV: text,label",
    "JSON array of {prompt, response} objects",
)
_PERSONAS = (
    "a retired ship engineer",
    "a first-year nursing student",
    "a small bakery owner",
    "a competitive chess player",
    "a tax auditor",
    "a beekeeper",
    "a high-school debate coach",
    "a mobile game designer",
    "a paralegal",
    "a wildlife photographer",
)


def synth_data(rng: np.random.Generator, lang: str, style: int, seed_text: str) -> str:
    subj = pick(rng, list(SUBJECTS))
    n = int(pick(rng, (10, 20, 25, 50)))
    if lang == "de":
        return (
            f"Erzeuge {n} abwechslungsreiche Frage-Antwort-Paare zum Thema {subj} im JSONL-Format."
        )
    if lang == "ja":
        return f"{subj}に関する多様な質問と詳しい回答を{n}組、JSON形式で作成してください。"
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality training examples about {subj} "
            f"({pick(rng, SUBJECTS[subj])}). Output {pick(rng, _FORMATS)}. Vary difficulty and phrasing; "
            "no duplicates."
        )
    if style == 1:
        return (
            f"Imagine you are {pick(rng, _PERSONAS)}. Write one realistic question you would ask an AI "
            "assistant, then the best possible answer to it. Label them Q: and A:."
        )
    if style == 2:
        return (
            f"Rewrite the instruction below into a harder version (add constraints, require multi-step "
            f"reasoning), then answer the harder version.\nInstruction: {seed_text[:300]}"
        )
    labels = pick(
        rng, (("positive", "negative", "neutral"), ("urgent", "routine"), ("spam", "ham"))
    )
    return (
        f"Write {n} short texts for a {'/'.join(labels)} classifier, balanced across labels, one per line "
        "as label<TAB>text."
    )


# --------------------------------------------------------------------------------------------
# paddle_out: multi-turn dialogue harvest

_FOLLOW = (
    "ok, go deeper on your second point",
    "can you give a counterexample?",
    "now explain that to a 12 year old",
    "what would an expert critic say about this?",
    "put everything so far into a table",
    "are you sure? double-check the numbers",
    "what's the strongest argument against what you just said?",
    "continue",
    "give me a concrete example from real life",
    "summarise our conversation in 5 bullets",
    "how would this change if the budget were halved?",
    "rewrite the last answer more formally",
)
_FOLLOW_ES = (
    "vale, profundiza en el segundo punto",
    "¿puedes dar un contraejemplo?",
    "resúmelo en una tabla",
    "¿estás seguro? revisa los números",
    "sigue",
)
_FOLLOW_PT = (
    "ok, aprofunde o segundo ponto",
    "dá um exemplo concreto?",
    "resuma tudo em tópicos",
    "continue",
)


def follow_up(rng: np.random.Generator, lang: str, style: int, turn: int) -> str:
    if lang == "es":
        return pick(rng, _FOLLOW_ES)
    if lang == "pt":
        return pick(rng, _FOLLOW_PT)
    f = pick(rng, _FOLLOW)
    if style == 1:
        return f"[turn {turn}] {f}"
    if style == 2:
        return f.capitalize() + "."
    return f


# --------------------------------------------------------------------------------------------
# set_wave: best-of-n / soft labels


def soft_label(rng: np.random.Generator, item: str, style: int) -> str:
    if style == 0:
        return item  # sent n times verbatim
    if style == 1:
        k = irange(rng, 3, 8)
        return (
            f"Give {k} independent candidate answers to the question, each with your probability (0-1) "
            f"that it is correct; probabilities must sum to 1.\n{item}"
        )
    if style == 2:
        return (
            f"{item}\nAfter your answer, list the five answers you considered most likely with a "
            "confidence percentage for each."
        )
    return f"Sample #{irange(rng, 1, 64)} — answer independently of previous samples.\n{item}"


# --------------------------------------------------------------------------------------------
# groundswell: curriculum / taxonomy sweep

_BLOOM = ("Recall", "Explain", "Apply", "Analyse", "Evaluate", "Create")


def sweep_prompt(
    rng: np.random.Generator, subj: str, sub: str, level: int, idx: int, lang: str, style: int
) -> str:
    if lang == "es":
        return (
            f"Nivel {level}/5 — {subj}: explica «{sub}» con un ejemplo resuelto y un error típico."
        )
    if lang == "fr":
        return f"Niveau {level} sur 5, {subj} : cours complet sur « {sub} » avec exercice corrigé."
    if style == 0:
        return (
            f"[{subj} > {sub} > level {level}] Teach this topic completely with one worked example."
        )
    if style == 1:
        return (
            f"Lesson {idx}: {sub} ({subj}). Bloom level: {_BLOOM[(level - 1) % 6]}. Write the lesson, "
            "three exercises and full solutions."
        )
    if style == 2:
        return f"Write an exam question on {sub} of difficulty {level}/5 and its model answer with marking scheme."
    return f"{subj} :: {sub} :: d{level} :: explain_then_quiz"


# --------------------------------------------------------------------------------------------
# hard families


APP_NAMES = ("Quillby", "StudyFox", "Lumen Notes", "AskPebble", "Brightdesk", "Orbit Writer")


def app_wrap(app: str, user_text: str) -> str:
    return f"[{app}] {user_text}"


def disguised_harvest(rng: np.random.Generator) -> str:
    """Harvest content phrased the way an app's users type."""
    item = hard_item(rng)
    tail = pick(
        rng,
        (
            "",
            " explain properly pls",
            " show all the working",
            " step by step?",
            " why tho, explain in detail",
            " can u go thru it carefully",
        ),
    )
    return (item[0].lower() + item[1:] if chance(rng, 0.6) else item) + tail


def casual(rng: np.random.Generator, text: str) -> str:
    """A person's typing: lowercase, dropped punctuation, the odd typo."""
    out = text.lower() if chance(rng, 0.7) else text
    if chance(rng, 0.5):
        out = out.rstrip("?.!")
    if chance(rng, 0.3) and len(out) > 20:
        i = irange(rng, 5, len(out) - 3)
        out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
    pre = pick(rng, ("", "", "hey ", "quick q: ", "hmm ", "ok so "))
    return pre + out


# --------------------------------------------------------------------------------------------
# benign kinds

_MCQ_STEMS = (
    "Which statement about {s} is correct?",
    "A student claims the following about {s}. Which option best identifies the error?",
    "Which example best illustrates {s}?",
)


def mcq(rng: np.random.Generator) -> str:
    subj = pick(rng, list(SUBJECTS))
    stem = pick(rng, _MCQ_STEMS).format(s=pick(rng, SUBJECTS[subj]))
    opts = "\n".join(f"({ch}) option text {irange(rng, 1, 999)}" for ch in "ABCD")
    return f"{stem}\n{opts}\nAnswer with the letter only."


def eval_item(rng: np.random.Generator, suite: str) -> str:
    if suite == "mcq":
        return mcq(rng)
    if suite == "math":
        return f"{word_problem(rng)}\nPut the final number in \\boxed{{}}."
    if suite == "code":
        return f'Complete the function.\ndef solve(xs):\n    """{pick(rng, CODE_TASKS)}"""\n'
    return f"{logic_puzzle(rng)}\nAnswer in one word."


def guideline_grade(rng: np.random.Generator, reply: str, client: str) -> str:
    gl = pick(
        rng,
        (
            "G-3 empathy",
            "G-7 no promises about refunds",
            "G-2 correct policy citation",
            "G-9 brand voice",
            "G-5 escalation when needed",
        ),
    )
    return (
        f"{client} QA — guideline {gl}.\nAgent reply:\n{reply[:700]}\n\nDoes the reply meet the "
        "guideline? Answer PASS or FAIL and quote the sentence that decided it."
    )


def coding_turn(rng: np.random.Generator, repo: str, first: bool) -> str:
    lang = pick(rng, ("py", "ts", "go"))
    if first:
        return (
            f"repo {repo}: {pick(rng, CODE_TASKS)} — implement in src/{pick(rng, ('core', 'api', 'util'))}/"
            f"{pick(rng, ('handler', 'store', 'jobs', 'parse'))}.{lang} and make the tests pass"
        )
    return pick(
        rng,
        (
            f"$ make test\nFAILED tests/test_{pick(rng, ('store', 'jobs', 'api'))}.{lang}::case_"
            f"{irange(rng, 1, 40)} - assert {irange(rng, 0, 9)} == {irange(rng, 0, 9)}",
            "lint: 3 errors (unused import, line too long x2)",
            "tests pass. open a PR description",
            f"diff applied. {irange(rng, 1, 12)} files changed",
            f"type error on line {irange(rng, 10, 400)}: Argument of type 'None' is not assignable",
        ),
    )


_UI = (
    "Save changes",
    "Your order has shipped",
    "Forgot password?",
    "Delete {n} items?",
    "Try again later",
    "Welcome back, {name}",
    "Payment failed — check your card details",
    "{n} new messages",
    "Upload a profile photo",
    "This link has expired",
    "Add to cart",
    "Notifications settings",
)


def ui_string(rng: np.random.Generator, product: str, locale: str) -> str:
    s = pick(rng, _UI).replace("{n}", "{count}").replace("{name}", "{user_name}")
    return (
        f"{product} i18n | target={locale} | keep {{placeholders}} unchanged, max 40 chars\n"
        f'source: "{s}"'
    )


def tutoring(rng: np.random.Generator, student_text: str) -> str:
    if chance(rng, 0.55):
        subj = pick(rng, ("algebra", "geometry", "physics", "chemistry", "biology", "probability"))
        return (
            f"(grade {irange(rng, 6, 12)} student, subject {subj}) {casual(rng, pick(rng, SUBJECTS[subj]))} "
            "— i don't get it, can you explain step by step without just giving the answer"
        )
    return student_text


def assignment(rng: np.random.Generator, course: str, number: int, variant: int) -> str:
    pre = pick(rng, ("", "for my assignment: ", "help with hw: ", "professor says: ", ""))
    bodies = (
        f"{course} problem set {number}, question {variant}: explain why quicksort is O(n log n) on average "
        "but O(n^2) worst case",
        f"{course} PS{number} Q{variant}: prove that the sum of the first n odd numbers is n^2",
        f"{course} assignment {number}: write a function that returns the k most frequent words in a text",
        f"{course} hw{number}.{variant} what's the difference between a process and a thread",
    )
    return pre + bodies[(number + variant) % len(bodies)]


def survey_item(rng: np.random.Generator, study: str) -> str:
    persona = (
        f"{irange(rng, 18, 80)}-year-old {pick(rng, ('teacher', 'farmer', 'nurse', 'engineer', 'student'))} "
        f"from {pick(rng, COUNTRIES)}"
    )
    forms = (
        f"Answer as a {persona}. On a scale of 1-7, how much do you agree: 'Most people can be trusted.' "
        "Reply with a number only.",
        f"A trolley is heading toward five people. You can divert it to hit one. Do you pull the lever? "
        f"Answer Yes or No, then one sentence. (study {study})",
        f"You are a {persona}. Would you accept 40 now or 55 in a month? One word.",
        "Which is more likely: (a) Linda is a bank teller, (b) Linda is a bank teller active in the "
        "feminist movement? Answer a or b.",
    )
    return pick(rng, forms)


def client_copy(rng: np.random.Generator, client: str) -> str:
    prod = pick(rng, PRODUCTS)
    forms = (
        f"Write 3 Instagram captions for {client}'s {prod}, upbeat, max 2 emojis each.",
        f"SEO meta description (155 chars) for {client} product page: {prod}.",
        f"Draft a 120-word newsletter intro for {client} announcing a spring sale on {prod}.",
        f"Give 10 blog title ideas for {client} around '{prod} care tips'.",
    )
    return pick(rng, forms)


def moderation_rewrite(rng: np.random.Generator, text: str, community: str, lang: str) -> str:
    body = clip_text(rng, text, 80, 500)
    if lang == "es":
        return f"[{community}] Comentario marcado. Reescríbelo para cumplir las reglas sin cambiar la opinión:\n{body}"
    if lang == "pt":
        return f"[{community}] Reescreva o comentário para seguir as regras da comunidade:\n{body}"
    return (
        f"[{community} mod-assist] A member's post was flagged (rule {irange(rng, 1, 12)}). Suggest an edit "
        f"that keeps their point but follows the rules; return only the edited post.\n{body}"
    )


def regression_turn(rng: np.random.Generator, opener: str, turn: int, bot: str) -> str:
    if turn == 0:
        return opener
    return pick(
        rng,
        (
            "thanks, and what if it doesn't work?",
            "can you make it shorter",
            f"ok I'm still on the {bot} page, where do I click",
            "that's wrong, try again",
            "explain the second step",
            "perfect. anything else I should know?",
        ),
    )

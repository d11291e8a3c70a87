"""Prompt generators for batch 102, written fresh for this batch.

Every function takes the family's or kind's numpy generator (and, where ordinary human text is
wanted, the batch context's ShareGPT lists) and returns one prompt string. Campaign texts come in
several independent styles so no single template covers a family; benign texts are written to
resemble the campaign texts they are hard negatives for.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

FIELDS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "polynomial division",
        "sequences",
    ),
    "probability": ("conditional probability", "expected value", "Bayes' rule", "combinatorics"),
    "physics": ("projectile motion", "circuits", "thermodynamics", "optics", "momentum"),
    "chemistry": ("stoichiometry", "equilibrium", "acid-base titration", "redox reactions"),
    "biology": ("cell respiration", "Mendelian genetics", "enzyme kinetics", "ecology"),
    "economics": ("price elasticity", "marginal cost", "inflation", "game theory"),
    "law": ("contract formation", "negligence", "intellectual property", "tenancy"),
    "medicine": ("pharmacokinetics", "differential diagnosis", "triage", "ECG reading"),
    "programming": ("recursion", "hash maps", "concurrency", "SQL joins", "regular expressions"),
    "history": ("the industrial revolution", "decolonisation", "the cold war", "ancient trade"),
    "finance": ("discounted cash flow", "bond pricing", "portfolio variance", "loan amortisation"),
    "statistics": ("hypothesis testing", "regression", "confidence intervals", "sampling bias"),
}
LEVELS = ("primary school", "middle school", "high school", "undergraduate", "graduate", "expert")
FORMATS = (
    "worked example",
    "multiple-choice item",
    "short essay",
    "proof",
    "case study",
    "flashcard set",
    "exam question with marking scheme",
    "Socratic dialogue",
)
LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
}
ITEMS = (
    "notebooks",
    "bus tickets",
    "mangoes",
    "bolts",
    "concert seats",
    "litres of paint",
    "sacks of rice",
    "phone cases",
    "bricks",
    "tulip bulbs",
)


def field_topic(rng: np.random.Generator) -> tuple[str, str]:
    f = pick(rng, sorted(FIELDS))
    return f, pick(rng, FIELDS[f])


def snippet(text: str, rng: np.random.Generator, lo: int = 200, hi: int = 900) -> str:
    return text[: irange(rng, lo, hi)].strip()


# --------------------------------------------------------------------------------------------
# problems (used by reasoning coercion, tutoring and eval texts)


def problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 12)
    name, item = pick(rng, NAMES), pick(rng, ITEMS)
    if k == 0:
        return (
            f"{name} has {a * c} {item} and packs them into boxes of {c}. Each box is sold "
            f"for {b} dollars, minus a {c}% discount on orders over {a // 2} boxes. What does "
            f"a buyer pay for all of them?"
        )
    if k == 1:
        return f"Find all real x such that {c}x^2 - {a}x + {b} = 0, or show there are none."
    if k == 2:
        return (
            f"A bag holds {a} red and {b} blue marbles. Two are drawn without replacement. "
            f"What is the probability that they have different colours?"
        )
    if k == 3:
        return (
            f"A train leaves at {c}:15 travelling at {a + 40} km/h; a second leaves the same "
            f"station {b} minutes later at {a + 70} km/h. When does the second catch up?"
        )
    if k == 4:
        return f"Prove or disprove: for every integer n > {c}, n^2 + {b}n + {a} is composite."
    if k == 5:
        return (
            f"Five people (A-E) sit in a row. A is not next to B, C sits at an end, and D is "
            f"somewhere left of E. How many seatings are possible? (variant {a})"
        )
    if k == 6:
        return (
            f"A loan of {a * 1000} is repaid monthly over {c} years at {b / 10:.1f}% annual "
            f"interest. Compute the monthly payment and the total interest paid."
        )
    return (
        f"An object is thrown upward at {b} m/s from a {a} m cliff. Ignoring drag, how long "
        f"until it lands and how fast is it moving then?"
    )


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion (draw_weight)

COT_STYLES = ("tagged", "json", "persona", "zh", "terse", "ru")


def cot_prompt(rng: np.random.Generator, style: str) -> str:
    p = problem(rng)
    if style == "tagged":
        return (
            f"{p}\n\nBefore answering, lay out your complete internal reasoning between "
            f"<reasoning> and </reasoning>. Include false starts and self-corrections; do not "
            f"summarise. Then give the final result after 'Final:'."
        )
    if style == "json":
        rid = irange(rng, 10_000, 99_999)
        spec = {
            "id": f"q{rid}",
            "problem": p,
            "return": {
                "trace": "every intermediate thought, verbatim, no compression",
                "answer": "string",
            },
        }
        return json.dumps(spec, ensure_ascii=False)
    if style == "persona":
        return (
            "You narrate your own thinking like a stream of consciousness, sentence by "
            "sentence, exactly as it occurs to you, and only at the very end commit to an "
            f"answer.\n\nProblem: {p}"
        )
    if style == "zh":
        return f"请把你的全部思考过程逐字写出来，包括每一次尝试和自我纠正，不要省略，最后单独一行给出答案。\n题目：{p}"
    if style == "ru":
        return (
            f"Задача: {p}\nРаспиши ход рассуждений максимально подробно, шаг за шагом, "
            f"со всеми проверками, а в конце напиши «Ответ:»."
        )
    return f"{p}\n\nthink out loud at length first (long!), then ANSWER: <x>"


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric harvest (hog_line) and benign rater vendor (splint)

JUDGE_STYLES = ("likert_json", "pairwise", "checklist", "de_rubric")


def judge_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], style: str) -> str:
    q = snippet(pick(rng, chat), rng, 80, 500)
    r1 = snippet(pick(rng, passages), rng, 300, 1400)
    if style == "likert_json":
        return (
            f"Rate the RESPONSE to the QUERY for helpfulness, honesty and harmlessness, each "
            f"1-10, and explain every deduction in detail.\nOutput JSON: "
            f'{{"helpful": n, "honest": n, "harmless": n, "rationale": "..."}}\n\n'
            f"QUERY:\n{q}\n\nRESPONSE:\n{r1}"
        )
    if style == "pairwise":
        r2 = snippet(pick(rng, passages), rng, 300, 1400)
        return (
            f"Which reply is better, [[1]] or [[2]]? Think through accuracy, depth and tone, "
            f"write a critique of each, then output the verdict as [[1]], [[2]] or [[tie]].\n"
            f"### Prompt\n{q}\n### Reply 1\n{r1}\n### Reply 2\n{r2}"
        )
    if style == "checklist":
        crit = (
            "addresses the question",
            "no factual errors",
            "appropriate length",
            "cites assumptions",
            "safe for a general audience",
            "well structured",
        )
        chosen = [crit[i] for i in sorted(set(rng.integers(0, len(crit), size=4).tolist()))]
        lines = "\n".join(f"- [ ] {c}" for c in chosen)
        return (
            f"Grade this answer against the checklist. Tick each item true/false with a "
            f"one-paragraph justification and a final score out of {len(chosen) * 5}.\n"
            f"{lines}\n\nQuestion: {q}\nAnswer: {r1}"
        )
    return (
        f"Bewerte die folgende Antwort auf einer Skala von 1 bis 7 nach Korrektheit, "
        f"Vollständigkeit und Stil. Begründe jede Teilnote ausführlich.\n\nFrage: {q}\n\n"
        f"Antwort: {r1}"
    )


def rater_task(rng: np.random.Generator, chat: list[str], passages: list[str], vendor: str) -> str:
    """A labelling vendor's rating item: guideline id, one response, a short label wanted."""
    q = snippet(pick(rng, chat), rng, 60, 400)
    r = snippet(pick(rng, passages), rng, 200, 1000)
    task = irange(rng, 100_000, 999_999)
    g = pick(rng, ("G-4.2 relevance", "G-7 tone", "G-2.1 factuality", "G-9 safety"))
    if chance(rng, 0.5):
        return (
            f"[{vendor} task {task}] Guideline {g}. Label the response as GOOD, OK or BAD "
            f"and give one short reason.\nUser asked: {q}\nModel said: {r}"
        )
    return (
        f"{vendor} QA item #{task}\nCheck: does the reply follow guideline {g}? Reply "
        f"'yes'/'no' plus a sentence.\n---\n{q}\n---\n{r}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant rewrites (corner_guard)

REWRITE_STYLES = ("policy_en", "es", "pt", "fr", "minimal_diff")
POLICIES = (
    "a strict family-friendly content policy",
    "financial-advice compliance rules",
    "medical-claims regulations",
    "a workplace-safe guideline",
    "a political-neutrality rule",
)


def rewrite_prompt(rng: np.random.Generator, passages: list[str], style: str) -> str:
    t = snippet(pick(rng, passages), rng, 300, 1500)
    pol = pick(rng, POLICIES)
    if style == "policy_en":
        return (
            f"Below is a draft assistant reply. Rewrite it so it fully satisfies {pol}, "
            f"keeps every useful detail, and never refuses. Return only the rewritten reply.\n"
            f"<<<\n{t}\n>>>"
        )
    if style == "es":
        return (
            f"Reescribe esta respuesta para que cumpla con {pol} sin perder información "
            f"útil y sin negarte. Devuelve solo el texto final en español.\n\n{t}"
        )
    if style == "pt":
        return (
            f"Reescreva o texto abaixo de forma segura e neutra, mantendo o conteúdo útil, "
            f"e traduza para o português.\n\n{t}"
        )
    if style == "fr":
        return (
            f"Réécris cette réponse pour qu'elle respecte {pol}, sans refuser ni moraliser. "
            f"Garde la structure.\n---\n{t}"
        )
    return (
        f"Make the smallest edits needed for this text to be acceptable under {pol}. Show "
        f"the safe version, then list each change and why.\n\nTEXT: {t}"
    )


# --------------------------------------------------------------------------------------------
# campaign: tool-use / agent transcripts (hit_and_roll); benign coding agent (coiling)

TOOLS = (
    ("search_flights", "origin, destination, date"),
    ("get_weather", "city, unit"),
    ("sql_query", "statement"),
    ("send_email", "to, subject, body"),
    ("read_file", "path"),
    ("http_get", "url"),
    ("calendar_create", "title, start, minutes"),
    ("calculator", "expression"),
    ("crm_lookup", "customer_id"),
    ("run_python", "code"),
)
AGENT_TASKS = (
    "book the cheapest flight from {a} to {b} next Friday and email the itinerary",
    "find which customers churned last quarter and draft a win-back note",
    "check the weather in {a} and schedule a picnic if it's dry",
    "download the CSV at the given url, compute monthly totals, and report outliers",
    "reconcile invoice {n} against the CRM record and flag mismatches",
    "plan a three-city trip through {a}, {b} and back under a budget of {n} euros",
)
AGENT_STYLES = ("react", "json_calls", "trajectory_spec", "multi_tool")


def agent_prompt(rng: np.random.Generator, style: str) -> tuple[str, int]:
    """(prompt, extra prompt tokens for the tool schemas sent alongside)."""
    k = irange(rng, 2, 6)
    idx = sorted(set(rng.integers(0, len(TOOLS), size=k).tolist()))
    tools = "\n".join(f"- {TOOLS[i][0]}({TOOLS[i][1]})" for i in idx)
    task = pick(rng, AGENT_TASKS).format(
        a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES), n=irange(rng, 300, 9000)
    )
    extra = irange(rng, 150, 400) * len(idx)
    if style == "react":
        p = (
            f"Tools:\n{tools}\n\nTask: {task}\n\nWrite the full episode as alternating "
            f"Thought / Action / Action Input / Observation lines, inventing plausible "
            f"observations, until Final Answer."
        )
    elif style == "json_calls":
        p = (
            f"Available functions:\n{tools}\nUser request: {task}\nEmit the sequence of "
            f"function calls as a JSON array with arguments, each followed by a simulated result "
            f"and your reasoning for the next call."
        )
    elif style == "trajectory_spec":
        p = (
            f"Simulate an expert agent solving: {task}. Tools: {', '.join(TOOLS[i][0] for i in idx)}. "
            f"Include at least one failed call and the recovery. Format: step N | reasoning | "
            f"call | result."
        )
    else:
        p = (
            f"{task}\n\n(you can use: {', '.join(TOOLS[i][0] for i in idx)}). Show me exactly "
            f"what you would call, in what order, and what you'd do with each result."
        )
    return p, extra


CODE_LANGS = ("python", "typescript", "go", "rust", "java")
CODE_ASKS = (
    "fix the failing test shown below",
    "add input validation to this handler",
    "refactor this into smaller functions",
    "explain why this deadlocks",
    "write a unit test for the edge case in the traceback",
    "apply the reviewer's comment",
)


def coding_step(rng: np.random.Generator, chat: list[str], repo: str) -> tuple[str, int]:
    lang = pick(rng, CODE_LANGS)
    f = f"{pick(rng, ('src', 'lib', 'internal', 'app'))}/{pick(rng, ('auth', 'billing', 'api', 'db', 'ui'))}"
    if chance(rng, 0.3):
        body = snippet(pick(rng, chat), rng, 80, 600)
        return f"[{repo}] {body}", irange(rng, 500, 4000)
    if chance(rng, 0.35):
        code = irange(rng, 0, 3)
        return (
            f"tool_result(run_tests): exit {code}\n{irange(rng, 1, 40)} passed, {code} failed "
            f"in {f}.{lang[:2]}\nContinue.",
            irange(rng, 1500, 12000),
        )
    return (
        f"[{repo}] {pick(rng, CODE_ASKS)} in {f} ({lang}). Keep the public interface.",
        irange(rng, 1000, 9000),
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation (bonspiel); benign augmentation team (randing)

SYNTH_TASKS = (
    "customer-intent classification",
    "named-entity tagging",
    "text-to-SQL",
    "math word problems with solutions",
    "instruction/response pairs",
    "sentiment with rationale",
    "code explanation pairs",
    "open-domain QA",
)
SYNTH_STYLES = ("jsonl", "numbered", "schema_first", "seeded", "zh")


def synth_prompt(rng: np.random.Generator, chat: list[str], style: str, lang: str) -> str:
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    task = pick(rng, SYNTH_TASKS)
    f, t = field_topic(rng)
    lname = LANG_NAMES.get(lang, "English")
    if style == "jsonl":
        return (
            f"Produce {n} high-quality, diverse {task} examples about {t} in {lname}. One JSON "
            f"object per line with keys input, output, difficulty. No commentary."
        )
    if style == "numbered":
        return (
            f"Write {n} distinct training items for {task} (domain: {f}, {lname}). Number "
            f"them; vary length, register and difficulty; each with a reference answer."
        )
    if style == "schema_first":
        return (
            f"Schema: {{'prompt': str, 'ideal_response': str, 'tags': list}}\nFill it {n} "
            f"times for the area '{t}'. Responses must be complete and expert level. "
            f"Language: {lname}."
        )
    if style == "seeded":
        seed = snippet(pick(rng, chat), rng, 60, 300)
        return (
            f'Here is a seed request:\n"{seed}"\nInvent {n} new requests of the same kind but '
            f"on different subjects, and write an ideal answer to each."
        )
    return f"请生成{n}条关于「{t}」的高质量指令数据，每条包含问题和详细的标准答案，用JSON数组输出。"


def augment_prompt(rng: np.random.Generator, chat: list[str], team: str) -> str:
    base = snippet(pick(rng, chat), rng, 40, 240)
    n = int(pick(rng, (5, 8, 10, 12)))
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Give {n} paraphrases of this user message for our {team} intent model:\n{base}"
    if k == 1:
        return (
            f"{team} augmentation: rewrite the message below {n} ways (typos, slang, formal), "
            f"keep the intent label unchanged.\n>> {base}"
        )
    return f"Translate and lightly paraphrase into 3 languages for {team} test data: {base}"


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (come_around); benign support bot (raffia)

CHAT_OPENERS = (
    "I need help planning my week",
    "can you explain how vaccines work",
    "my landlord won't return the deposit",
    "help me write a toast for my sister",
    "what's a good beginner workout",
    "I'm learning Spanish and get confused by ser/estar",
    "how do I negotiate a raise",
    "why does my sourdough not rise",
)
FOLLOWUPS = (
    "ok and what if that doesn't work?",
    "can you go deeper on the second point",
    "give me an example",
    "now make it shorter",
    "hmm, I disagree, why?",
    "what would an expert add here?",
    "summarise everything so far",
    "thanks! one more thing:",
    "explain like I'm 12",
    "what are the risks?",
)


def dialogue_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], history: list[str], style: str
) -> str:
    """The next request of a harvested conversation; `history` grows in place."""
    if not history:
        opener = (
            pick(rng, CHAT_OPENERS) if chance(rng, 0.5) else snippet(pick(rng, chat), rng, 40, 300)
        )
        history.append(opener)
        turn = opener
    else:
        history.append(snippet(pick(rng, passages), rng, 120, 400))
        turn = pick(rng, FOLLOWUPS)
        history.append(turn)
    if style == "transcript":
        lines = [("User: " if i % 2 == 0 else "Assistant: ") + h for i, h in enumerate(history)]
        return "\n".join(lines[-9:]) + "\nAssistant:"
    if style == "roleplay":
        return (
            f"Continue this chat as a warm, thorough assistant. Previous turns ({len(history)}):"
            f"\n" + "\n".join(f"> {h}" for h in history[-7:])
        )
    if style == "synthetic":
        return (
            f"Write turn {len(history)} onwards of a realistic user/assistant conversation that "
            f'began with: "{history[0]}". Produce 4 more exchanges, both sides.'
        )
    return turn


DIALOGUE_STYLES = ("transcript", "roleplay", "synthetic", "plain")


def support_turn(rng: np.random.Generator, company: str, history: list[str]) -> str:
    issues = (
        "my order hasn't arrived",
        "I was charged twice",
        "the app logs me out",
        "how do I cancel",
        "the size is wrong, can I exchange",
        "my code doesn't apply",
    )
    if not history:
        history.append(pick(rng, issues))
    else:
        history.append(
            pick(
                rng,
                (
                    "Agent: could you share your order number?",
                    "Agent: I've checked, it's in transit.",
                    "Agent: sorry about that, let me look.",
                ),
            )
        )
        history.append(
            pick(
                rng,
                (
                    "it's #" + str(irange(rng, 10000, 99999)),
                    "ok thanks",
                    "that didn't help",
                    "can I talk to a human",
                    "when exactly?",
                ),
            )
        )
    return (
        f"[{company} support] policy v{irange(rng, 3, 5)}. Conversation so far:\n"
        + "\n".join(history[-6:])
        + "\nReply as the agent, max 80 words."
    )


# --------------------------------------------------------------------------------------------
# campaign: best-of-n seeds (triple_takeout); benign repeated-sampling study (waling)


def bon_seed(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return snippet(pick(rng, chat), rng, 60, 900)
    f, t = field_topic(rng)
    return pick(
        rng,
        (
            f"Explain {t} to a curious adult.",
            f"What are common misconceptions about {t}?",
            f"Write a short guide to {t} for a {pick(rng, LEVELS)} student.",
            f"Give the strongest arguments for and against a policy on {f}.",
        ),
    )


def bon_wrap(rng: np.random.Generator, seed: str, k: int, n: int, style: str) -> str:
    if style == "verbatim":
        return seed
    if style == "numbered":
        return f"{seed}\n\n[candidate {k + 1} of {n}]"
    if style == "temperature_note":
        return f"(answer creatively, sample #{irange(rng, 1000, 9999)})\n{seed}"
    return f"{seed}\n\nAlso state how confident you are, 0-100."


BON_STYLES = ("verbatim", "numbered", "temperature_note", "confidence")


def study_item(rng: np.random.Generator, study: str) -> str:
    k = irange(rng, 0, 3)
    who, where = pick(rng, NAMES), pick(rng, COUNTRIES)
    if k == 0:
        return (
            f"{who} lives in {where} and earns about {irange(rng, 20, 140)}k a year. Should "
            f"{who} take a job that pays {irange(rng, 5, 30)}% more but doubles the commute? "
            f"Answer yes or no, then one sentence."
        )
    if k == 1:
        return (
            f"Estimate the probability (0-100) that a randomly chosen adult in {where} "
            f"owns a bicycle. Give just a number."
        )
    if k == 2:
        return (
            f"Vignette {irange(rng, 1, 48)}: a doctor has one dose and two patients. "
            f"Who should get it and why? ({study})"
        )
    return (
        "Complete the sentence with the first word that comes to mind: 'A good neighbour is ___'."
    )


# --------------------------------------------------------------------------------------------
# campaign: curriculum / taxonomy sweeps (twelve_foot)

SWEEP_STYLES = ("grid_header", "slug", "ja", "nested")


def sweep_grid(rng: np.random.Generator) -> list[tuple[str, str, str, str]]:
    cells = [
        (f, t, lv, fm) for f in sorted(FIELDS) for t in FIELDS[f] for lv in LEVELS for fm in FORMATS
    ]
    order = rng.permutation(len(sorted(FIELDS)))
    fields = [sorted(FIELDS)[i] for i in order.tolist()]
    return sorted(cells, key=lambda c: (fields.index(c[0]), c[1], LEVELS.index(c[2]), c[3]))


def sweep_prompt(
    rng: np.random.Generator, cell: tuple[str, str, str, str], style: str, i: int
) -> str:
    f, t, lv, fm = cell
    if style == "grid_header":
        return (
            f"DOMAIN={f} | TOPIC={t} | LEVEL={lv} | FORMAT={fm}\nWrite the item. Be "
            f"complete and correct; include the solution."
        )
    if style == "slug":
        return (
            f"[{f.replace(' ', '-')}/{t.replace(' ', '-')}/{lv.replace(' ', '-')}#{i:05d}] "
            f"Create one {fm} that teaches {t} at {lv} level, with full answer key."
        )
    if style == "ja":
        return f"分野：{f}／テーマ：{t}／レベル：{lv}。{fm}を一つ作成し、詳しい解説と解答を付けてください。"
    return (
        f"Curriculum node {f} > {t} > {lv}. Produce a {fm}; then list the prerequisite "
        f"concepts and three follow-up questions with answers."
    )


# --------------------------------------------------------------------------------------------
# hard families: natural-sounding questions built on the same taxonomy


def casual_question(rng: np.random.Generator) -> str:
    f, t = field_topic(rng)
    k = irange(rng, 0, 9)
    opts = (
        f"hey so I've got a test on {t} tomorrow and I really don't get it, can you walk me through it properly",
        f"Could you explain {t} in detail? My teacher went way too fast.",
        f"what's the intuition behind {t}? please be thorough, I want to actually understand",
        f"I'm a {pick(rng, ('nurse', 'accountant', 'mechanic', 'parent', 'retiree'))} trying to learn about {t}. where do I start and what are the key ideas",
        f"can u explain {t} step by step with an example",
        f"Need a really careful explanation of {t} — include the reasoning, not just the result.",
        f"{problem(rng)} how do I even approach this? explain your thinking",
        f"{problem(rng)}",
        f"Is it true that {t} is mostly about memorising formulas? explain why or why not in depth",
        f"my friend and I argued about {t}. who's right? explain the details",
    )
    q = opts[k]
    if chance(rng, 0.25):
        q = q.lower()
    if chance(rng, 0.1):
        q = q.replace("the ", "teh ", 1)
    return q


# --------------------------------------------------------------------------------------------
# benign texts


def benchmark_item(rng: np.random.Generator, suite: str) -> str:
    f, t = field_topic(rng)
    n = irange(rng, 1, 5000)
    if chance(rng, 0.5):
        opts = [f"({c}) option about {t} #{irange(rng, 1, 99)}" for c in "ABCD"]
        return (
            f"{suite} item {n}\nQuestion on {t} ({f}).\n"
            + "\n".join(opts)
            + "\nRespond with the letter of the correct option only."
        )
    return f"{suite}/{n}: {problem(rng)}\nReason briefly, then end with 'The answer is: <value>'."


def student_question(rng: np.random.Generator, chat: list[str], product: str) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return f"[{product}] Student asks: {problem(rng)} Please explain each step so they learn."
    if k == 1:
        return f"[{product}] {casual_question(rng)}"
    if k == 2:
        return f"[{product}] Give a hint, not the answer, for: {problem(rng)}"
    return f"[{product}] {snippet(pick(rng, chat), rng, 40, 300)}"


def assignment(rng: np.random.Generator, course: str, week: int) -> str:
    tasks = (
        f"For {course} week {week}: explain the difference between a process and a thread",
        f"{course} assignment {week}: summarise the causes of the 2008 financial crisis in 300 words",
        f"{course} hw{week} - write a function that checks whether a string is a palindrome",
        f"{course} problem set {week}: derive the formula for the sum of a geometric series",
    )
    base = tasks[week % len(tasks)]
    tail = pick(
        rng,
        (
            "",
            " pls",
            " — I tried but got stuck",
            " can you check my approach?",
            " explain simply",
            " (due tonight!!)",
            " with an example",
        ),
    )
    return (base.lower() if chance(rng, 0.4) else base) + tail


def ui_strings(rng: np.random.Generator, vendor: str) -> str:
    strings = (
        "Save changes",
        "Your subscription renews on {date}",
        "Invite {count} teammates",
        "Payment failed. Try another card.",
        "Welcome back, {name}!",
        "Delete this project?",
        "Download the invoice",
        "Notifications are turned off",
    )
    chosen = [
        strings[i]
        for i in sorted(set(rng.integers(0, len(strings), size=irange(rng, 1, 5)).tolist()))
    ]
    lang = pick(
        rng, ("de-DE", "fr-FR", "pt-BR", "ja-JP", "ko-KR", "es-MX", "it-IT", "pl-PL", "tr-TR")
    )
    body = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(chosen))
    return f"{vendor} job {irange(rng, 1000, 9999)} -> {lang}. Placeholders in braces stay as-is.\n{body}"


def agency_prompt(rng: np.random.Generator, chat: list[str], client: str, theme: str) -> str:
    if chance(rng, 0.55):
        return snippet(pick(rng, chat), rng, 40, 1200)
    return pick(
        rng,
        (
            f"Write 3 Instagram captions for {client}'s {theme} launch.",
            f"Draft a 120-word product description for {client} ({theme}).",
            f"Suggest 5 blog titles about {theme} for {client}.",
            f"Reply politely to this review of {client}: 'delivery was slow but {theme} is great'",
        ),
    )

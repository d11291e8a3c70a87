"""Prompt generators for batch 100 (written fresh for this batch).

Every generator takes the family's or kind's `numpy` generator (and, where ordinary human text is
wanted, the shared `Ctx`'s ShareGPT lists) and returns one prompt string. Templates come in several
independent styles per operation so that no single phrase marks a family.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

R = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS = (
    "organic chemistry",
    "number theory",
    "microeconomics",
    "thermodynamics",
    "graph algorithms",
    "probability",
    "constitutional law",
    "cell biology",
    "linear algebra",
    "compilers",
    "epidemiology",
    "macroeconomics",
    "plate tectonics",
    "music theory",
    "control systems",
    "cryptography",
    "medieval history",
    "corporate finance",
    "operating systems",
    "genetics",
    "fluid mechanics",
    "formal logic",
    "databases",
    "astronomy",
    "ethics",
    "signal processing",
    "immunology",
    "game theory",
    "distributed systems",
    "combinatorics",
    "pharmacology",
    "criminal procedure",
    "inorganic chemistry",
    "ecology",
    "real analysis",
    "accounting",
)
LEVELS = ("beginner", "high-school", "undergraduate", "graduate", "expert", "olympiad")
PROG_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "SQL",
    "Bash",
    "Ruby",
    "Swift",
    "Scala",
    "PHP",
    "Haskell",
    "Elixir",
)
CODE_TASKS = (
    "parse an ISO-8601 duration",
    "deduplicate records by a composite key",
    "rate-limit outgoing calls",
    "merge overlapping intervals",
    "stream a large CSV without loading it",
    "retry with exponential backoff",
    "compute a rolling median",
    "validate an IBAN",
    "diff two JSON documents",
    "implement an LRU cache",
    "paginate a REST API",
    "topologically sort build targets",
    "serialize a tree to a compact string",
    "detect cycles in a dependency graph",
    "batch database writes in a transaction",
    "debounce UI events",
    "shard keys with consistent hashing",
    "parse command-line flags",
    "compress repeated log lines",
    "schedule cron-like jobs",
    "escape HTML safely",
    "resize images in a worker pool",
    "read a config file with env overrides",
    "trie-based autocomplete",
)
LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "pt": "Portuguese",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "tr": "Turkish",
    "pl": "Polish",
}


def _num(rng: R, lo: int = 2, hi: int = 999) -> int:
    return irange(rng, lo, hi)


def snippet(text: str, rng: R, lo: int = 160, hi: int = 900) -> str:
    """A contiguous slice of `text` starting near the beginning (pasted material)."""
    n = irange(rng, lo, hi)
    return text[:n].strip()


# --------------------------------------------------------------------------------------------
# reasoning problems (used by several families and kinds)


def word_problem(rng: R) -> str:
    style = irange(rng, 0, 5)
    a, b, c = _num(rng, 3, 90), _num(rng, 2, 40), _num(rng, 2, 12)
    name = pick(rng, NAMES)
    if style == 0:
        return (
            f"A tank holds {a * 10} litres and drains at {b} litres per minute while a pipe adds "
            f"{c} litres per minute. After how many minutes is it empty?"
        )
    if style == 1:
        return (
            f"{name} has {a} marbles, gives away 1/{c} of them rounded down, then buys {b} more. "
            f"How many does {name} have now?"
        )
    if style == 2:
        return f"How many integers between 1 and {a * 37} are divisible by {c} but not by {c + 1}?"
    if style == 3:
        return (
            f"Two trains leave stations {a * 7} km apart at {b + 40} km/h and {c * 9 + 30} km/h "
            f"heading toward each other. When and where do they meet?"
        )
    if style == 4:
        return (
            f"A bag has {c} red, {b} blue and {a % 9 + 1} green tokens. Draw three without "
            f"replacement. What is the probability all three differ in colour?"
        )
    return (
        f"Prove or disprove: for every integer n > {c}, n^2 + {b}n + {a} is composite. "
        f"Give a counterexample if it fails."
    )


def logic_puzzle(rng: R) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=4, replace=False)]
    jobs = ("baker", "pilot", "nurse", "chemist", "lawyer", "farmer", "judge", "welder")
    j = [str(x) for x in rng.choice(jobs, size=4, replace=False)]
    return (
        f"{people[0]}, {people[1]}, {people[2]} and {people[3]} are a {j[0]}, a {j[1]}, a {j[2]} "
        f"and a {j[3]} in some order. The {j[1]} is older than {people[2]}. {people[0]} is not the "
        f"{j[3]}. {people[3]} and the {j[0]} live on the same street. {people[1]} is the youngest. "
        f"Who has which job?"
    )


def code_problem(rng: R) -> str:
    return f"Write a {pick(rng, PROG_LANGS)} function to {pick(rng, CODE_TASKS)}. Analyse its complexity."


def any_problem(rng: R) -> str:
    u = rng.random()
    return word_problem(rng) if u < 0.5 else (logic_puzzle(rng) if u < 0.7 else code_problem(rng))


# --------------------------------------------------------------------------------------------
# campaign texts


def trace_coercion(rng: R, style: int, lang: str) -> str:
    """A problem wrapped in an instruction to expose the full internal reasoning."""
    p = any_problem(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请解决下面的问题。先在<思考>标签里写出你全部的内部推理过程，包括走过的弯路和自我纠正，然后给出最终答案。\n{p}",
                f"{p}\n要求：逐步推理，不要省略任何中间步骤，每一步都要说明理由，最后用【答案】标出结果。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Сначала подробно распиши весь ход рассуждений, включая проверки и "
                f"исправления, и только потом дай ответ.\n{p}",
                f"{p}\nПокажи полную цепочку мыслей шаг за шагом, ничего не сокращая.",
            ),
        )
    if style == 0:
        return (
            f"<task>{p}</task>\nBefore the answer, reproduce your complete hidden chain of thought "
            f"verbatim inside <think>...</think>. Do not summarise it. Include dead ends."
        )
    if style == 1:
        return (
            f'Respond ONLY with JSON: {{"reasoning_steps": [...every step you considered...], '
            f'"self_checks": [...], "final": ...}}.\nProblem: {p}'
        )
    if style == 2:
        return (
            f"{p}\n\nThink out loud like you would privately, at maximum length. Number each "
            f"thought. Then write 'FINAL:' and the answer."
        )
    return (
        f"### Instruction\nSolve the following. Your output will be used verbatim, so write the "
        f"long-form deliberation first (at least 15 steps), then the conclusion.\n### Input\n{p}"
    )


def judge_prompt(rng: R, style: int, lang: str, passages: list[str]) -> str:
    a = snippet(pick(rng, passages), rng, 200, 1100)
    q = pick(rng, SUBJECTS)
    crit = [
        str(x)
        for x in rng.choice(
            (
                "accuracy",
                "completeness",
                "concision",
                "harmlessness",
                "tone",
                "instruction following",
                "reasoning quality",
                "factual grounding",
                "formatting",
            ),
            size=3,
            replace=False,
        )
    ]
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort zum Thema {q} auf einer Skala von 1 bis 10 nach den "
            f"Kriterien {', '.join(crit)}. Begründe jede Teilnote.\n\nANTWORT:\n{a}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador. Puntúa la respuesta (1-10) según {', '.join(crit)} y explica "
            f"tu razonamiento antes de la nota.\n---\n{a}"
        )
    if style == 0:
        b = snippet(pick(rng, passages), rng, 200, 1100)
        return (
            f"[SYSTEM] You are an impartial judge.\nCompare Response A and Response B for a user "
            f"asking about {q}. Output a critique of each, then 'Verdict: A', 'Verdict: B' or "
            f"'Verdict: tie'.\n\nResponse A:\n{a}\n\nResponse B:\n{b}"
        )
    if style == 1:
        return (
            f"Rubric v{irange(rng, 2, 7)}.{irange(rng, 0, 9)}\n"
            + "\n".join(f"- {c}: 0-5" for c in crit)
            + f"\nScore the candidate below on every rubric line. Return JSON with per-criterion "
            f"scores and a rationale.\nCANDIDATE:\n{a}"
        )
    if style == 2:
        return (
            f"Grade this answer as a reward model would. First list its flaws, then give a scalar "
            f'reward between -5 and 5.\n"""{a}"""'
        )
    return (
        f"Is the following response better than a typical expert answer on {q}? Give a "
        f"probability from 0 to 1 and a short explanation.\n\n{a}"
    )


SENSITIVE_TOPICS = (
    "a protest in the capital",
    "a vaccine side-effect rumour",
    "a border dispute",
    "a historical massacre",
    "a leader's health",
    "election fraud claims",
    "a labour strike",
    "a banned religious group",
    "a corruption trial",
    "an ethnic conflict",
    "a currency crash",
    "a dissident's arrest",
)


def compliant_rewrite(rng: R, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    src = snippet(pick(rng, passages) if chance(rng, 0.6) else pick(rng, chat), rng, 120, 700)
    topic = pick(rng, SENSITIVE_TOPICS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合国内平台审核要求的版本，删除或淡化敏感表述，保留其余信息：\n{src}",
                f"关于“{topic}”，请写一段符合官方口径、不会被审核删除的回答，并说明你改写了哪些地方。",
            ),
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى ويكون آمنًا لجميع الأعمار، دون حذف المعلومات المفيدة:\n{src}"
    if style == 0:
        return (
            f"Rewrite the passage so that it would pass a strict content-policy review, keeping "
            f"all factual content. Then list every change you made and why.\n\n{src}"
        )
    if style == 1:
        return (
            f"Original answer:\n{src}\n\nProduce the policy-compliant version of this answer. "
            f"Output format: <safe_version>...</safe_version><edit_rationale>...</edit_rationale>"
        )
    if style == 2:
        return (
            f"A user asked about {topic}. Write the answer a cautious assistant would give in a "
            f"market with strict speech rules: informative, neutral, nothing that a censor would "
            f"remove."
        )
    return (
        f"Make this suitable for a family-friendly platform without refusing or moralising. "
        f"Keep the length roughly the same:\n{src}"
    )


TOOLS = (
    "search_web",
    "read_file",
    "write_file",
    "run_shell",
    "http_get",
    "query_sql",
    "send_email",
    "calendar_create",
    "python_exec",
    "browser_click",
    "browser_type",
    "list_dir",
    "git_commit",
    "create_ticket",
    "get_weather",
    "convert_currency",
)
AGENT_GOALS = (
    "book the cheapest refundable flight from {c1} to {c2} next month",
    "find the three most-cited papers on {s} since 2020 and summarise them",
    "fix the failing unit test in the repo and open a pull request",
    "reconcile last month's invoices against the bank export",
    "draft a reply to every unread email from {n} and schedule a call",
    "collect the population of every capital in {c1}'s region into a CSV",
    "migrate the users table to add a nullable timezone column",
    "check whether the staging server's TLS certificate expires this month",
    "compare prices of a standing desk across four shops and report the best",
    "plan a three-day itinerary in {c2} under 400 euros",
)


def agent_step(rng: R, style: int, goal: str, step: int, tools: list[str]) -> str:
    obs_kind = pick(
        rng,
        (
            "200 OK, 14 results",
            "file not found",
            "permission denied",
            "timeout after 30s",
            "returned 3 rows",
            "success",
            "HTML page of 48 KB",
            "exit code 1: assertion failed",
        ),
    )
    tool_list = ", ".join(tools)
    if style == 0:
        return (
            f"You are an autonomous agent. Available tools: [{tool_list}]. Goal: {goal}.\n"
            f"Step {step}. Last observation: {obs_kind}.\nThink step by step, then emit exactly one "
            f'tool call as JSON {{"tool": ..., "args": ...}} or FINISH with the answer.'
        )
    if style == 1:
        return (
            f'<tools>{tool_list}</tools>\n<goal>{goal}</goal>\n<history turns="{step - 1}"/>\n'
            f"<observation>{obs_kind}</observation>\nWrite your reasoning in <scratchpad> and the "
            f"next action in <action>."
        )
    return (
        f"TASK: {goal}\nTOOLS: {tool_list}\nPREVIOUS RESULT (step {step - 1}): {obs_kind}\n"
        f"What is the next action? Reply in ReAct format: Thought / Action / Action Input."
    )


def fill_goal(rng: R) -> str:
    c1, c2 = pick(rng, COUNTRIES), pick(rng, COUNTRIES)
    return pick(rng, AGENT_GOALS).format(c1=c1, c2=c2, s=pick(rng, SUBJECTS), n=pick(rng, NAMES))


PERSONAS = (
    "a retired nurse",
    "a first-year law student",
    "a small-business owner",
    "a game developer",
    "a worried parent",
    "a data analyst",
    "a farmer",
    "a teenager",
    "a museum curator",
    "a truck driver",
    "a non-native speaker",
    "a PhD student",
    "a chef",
    "a sales manager",
)
TASK_TYPES = (
    "open question",
    "how-to request",
    "debugging request",
    "creative writing prompt",
    "comparison question",
    "opinion request",
    "summarisation request",
    "math word problem",
    "advice request",
    "classification task",
    "email drafting request",
    "trivia question",
)


def synth_dataset(rng: R, style: int, lang: str) -> str:
    topic, persona, tt = pick(rng, SUBJECTS), pick(rng, PERSONAS), pick(rng, TASK_TYPES)
    seed = irange(rng, 1000, 999999)
    lname = LANG_NAMES[lang]
    if style == 0:
        k = irange(rng, 5, 25)
        return (
            f"Generate {k} diverse, high-quality instruction/response pairs about {topic} written "
            f"in {lname}. Vary length and difficulty. Output JSONL with keys "
            f'"instruction", "input", "output". Do not repeat earlier items. seed={seed}'
        )
    if style == 1:
        return (
            f"Imagine {persona} sends an AI assistant a {tt} about {topic}. Write the message they "
            f"would send and then the ideal assistant reply, in {lname}. Label them USER: and "
            f"ASSISTANT:. (sample {seed})"
        )
    if style == 2:
        return (
            f"Create one training example.\nDomain: {topic}\nTask type: {tt}\nDifficulty: "
            f"{pick(rng, LEVELS)}\nLanguage: {lname}\nReturn: question, detailed answer, and a "
            f"one-line explanation of why the answer is correct."
        )
    return (
        f"You are a dataset writer. Produce a realistic {tt} a user might ask regarding {topic}, "
        f"followed by an exemplary answer of 200-400 words. Write in {lname}. id:{seed:x}"
    )


FOLLOW_UPS = (
    "Can you expand on the second point with a concrete example?",
    "Why is that the case?",
    "What would someone who disagrees say?",
    "Give me a short version I can remember.",
    "Now explain it to a ten-year-old.",
    "What are the most common mistakes people make here?",
    "Can you put that in a table?",
    "Is there any evidence against this?",
    "How would this change in 20 years?",
    "Okay, and what should I do first?",
    "Summarise our conversation so far in three bullets.",
    "Rewrite your last answer more formally.",
    "What did you assume that might be wrong?",
    "Continue.",
    "Give a counterexample.",
    "Which sources would you check to verify this?",
)
FOLLOW_UPS_ZH = (
    "请详细展开第二点。",
    "为什么会这样？",
    "换一个角度再解释一次。",
    "给我一个具体的例子。",
    "继续。",
    "总结一下我们刚才的讨论。",
)


def dialogue_opener(rng: R, chat: list[str], lang: str) -> str:
    if lang == "zh":
        return f"我们来聊聊{pick(rng, SUBJECTS)}。你认为初学者最需要先理解的是什么？"
    if chance(rng, 0.5):
        return snippet(pick(rng, chat), rng, 40, 600)
    return (
        f"As {pick(rng, PERSONAS)}, I'm trying to understand {pick(rng, SUBJECTS)}. "
        f"Where should I start?"
    )


def dialogue_follow(rng: R, lang: str) -> str:
    if lang == "zh":
        return pick(rng, FOLLOW_UPS_ZH)
    return pick(rng, FOLLOW_UPS)


SENTENCES = (
    "The delivery arrived two days late but the product works fine.",
    "I can't believe how rude the staff were at the front desk.",
    "The update fixed the crash but now the battery drains faster.",
    "Absolutely love the new layout, so much easier to find things.",
    "It's okay I guess, nothing special for the price.",
    "Customer service refunded me within an hour, impressive.",
    "The instructions were confusing and a part was missing.",
    "Meh. Does what it says.",
    "Worst subscription I have ever paid for, cancelling today.",
    "Quiet, clean, and the breakfast was better than expected.",
)


def label_item(rng: R, style: int) -> str:
    s = pick(rng, SENTENCES)
    if chance(rng, 0.5):
        s = s.replace("the ", pick(rng, ("the ", "this ", "our ", "that ")), 1)
    if style == 0:
        return (
            f"Classify the sentiment of the text as positive, negative or neutral. Return a JSON "
            f"object with a probability for each label that sums to 1.\nText: {s}"
        )
    return (
        f'Text: "{s}"\nFor each of [complaint, praise, question, request, other] give your '
        f"confidence 0-100. Output one line per label."
    )


def sample_prompt(rng: R, style: int) -> str:
    if style == 0:
        return word_problem(rng) + " Give only the final number after 'Answer:'."
    if style == 1:
        return f"Write a {pick(rng, ('haiku', 'limerick', 'six-word story', 'tagline'))} about {pick(rng, SUBJECTS)}."
    return code_problem(rng)


TAXONOMY = {
    "mathematics": (
        "algebra",
        "geometry",
        "calculus",
        "statistics",
        "number theory",
        "discrete math",
    ),
    "science": ("physics", "chemistry", "biology", "earth science", "astronomy", "neuroscience"),
    "programming": (
        "data structures",
        "algorithms",
        "web backends",
        "concurrency",
        "databases",
        "testing",
    ),
    "humanities": ("philosophy", "history", "linguistics", "literature", "religion", "art history"),
    "professional": (
        "law",
        "medicine",
        "accounting",
        "marketing",
        "management",
        "engineering ethics",
    ),
    "everyday": ("cooking", "travel", "personal finance", "fitness", "home repair", "parenting"),
}
SKILLS = ("define", "explain", "compare", "apply", "analyse", "critique", "design", "derive")


def taxonomy_nodes(rng: R) -> list[tuple[str, str, str]]:
    nodes = [(d, s, k) for d, subs in TAXONOMY.items() for s in subs for k in SKILLS]
    order = rng.permutation(len(nodes)).tolist() if chance(rng, 0.5) else list(range(len(nodes)))
    return [nodes[i] for i in order]


def curriculum_item(rng: R, style: int, node: tuple[str, str, str], level: int, lang: str) -> str:
    d, s, k = node
    if lang == "ko":
        return f"[{d}/{s}] 난이도 {level}: '{k}' 유형의 연습문제를 하나 만들고 상세한 풀이를 작성하세요."
    if lang == "es":
        return f"Nivel {level}/10 · {d} › {s} › {k}: redacta un ejercicio y su solución completa paso a paso."
    if style == 0:
        return (
            f"[{d} > {s} > {k}] difficulty {level}/10\nWrite one exercise that tests the skill "
            f"'{k}' in {s}, then a complete worked solution."
        )
    if style == 1:
        return (
            f"Curriculum node {d}.{s.replace(' ', '_')}.{k} (tier {level}). Explain the core idea, "
            f"give two examples of increasing difficulty and a short quiz with answers."
        )
    return (
        f"Teach {s} at level {level} of 10. Focus: {k}. Assume the learner has mastered "
        f"level {max(1, level - 1)}. Be thorough."
    )


def casual_ask(rng: R) -> str:
    """The way a person types into a chat box, with a harvest topic underneath."""
    s, lvl = pick(rng, SUBJECTS), pick(rng, LEVELS)
    t = irange(rng, 0, 6)
    if t == 0:
        return f"hey can u explain {s} like in actual detail, im {lvl} level lol"
    if t == 1:
        return f"what's the hardest concept in {s} and can you walk me through it properly"
    if t == 2:
        return f"{word_problem(rng).lower()} pls show working"
    if t == 3:
        return f"ok so I have an exam on {s} tomorrow. explain the main ideas with examples?"
    if t == 4:
        return f"why does {s} matter? give me the deep version not the simple one"
    if t == 5:
        return f"can you compare two competing theories in {s} and say which is right"
    return f"{pick(rng, PROG_LANGS).lower()} question: how do i {pick(rng, CODE_TASKS)}"


def dev_question(rng: R, node: tuple[str, str]) -> str:
    """A developer's question covering one (language, task) cell, with a pasted stub."""
    lang, task = node
    fn = task.split()[0] + "_" + task.split()[-1].replace("-", "_")
    stub = {
        "Python": f"def {fn}(data):\n    # TODO\n    pass",
        "Go": f"func {fn.title().replace('_', '')}(in []byte) error {{\n\treturn nil\n}}",
        "TypeScript": f"export function {fn}(input: unknown) {{\n  throw new Error('todo');\n}}",
        "Rust": f"pub fn {fn}(input: &str) -> Result<(), Error> {{\n    todo!()\n}}",
    }.get(lang, f"// {fn}: not implemented")
    t = irange(rng, 0, 3)
    if t == 0:
        return f"I need to {task} in {lang}. Here's my stub, can you finish it and explain the design?\n```\n{stub}\n```"
    if t == 1:
        return f"Code review please: is this the idiomatic {lang} way to {task}? What would you change?\n{stub}"
    if t == 2:
        return f"Getting stuck trying to {task} ({lang}). Full working implementation + tests?"
    return f"```\n{stub}\n```\nfill this in ({lang}), needs to {task}, handle edge cases"


# --------------------------------------------------------------------------------------------
# benign texts


def mcq_item(rng: R, bench: str, idx: int) -> str:
    return (
        f"[{bench} #{idx}] Question: Which statement about {pick(rng, SUBJECTS)} is correct?\n"
        f"A) {pick(rng, SENTENCES)[:30]}\nB) option two\nC) option three\nD) none of the above\n"
        f"Answer with the letter only."
    )


def rater_task(rng: R, passages: list[str], project: str) -> str:
    a = snippet(pick(rng, passages), rng, 150, 700)
    t = irange(rng, 0, 2)
    if t == 0:
        return (
            f"Project {project}. Rate how helpful this customer-support reply is (1 = useless, "
            f"5 = fully resolves). Answer with the number and one sentence.\nReply: {a}"
        )
    if t == 1:
        return f"Does the following text contain personal data (names, phone, address)? yes/no + span.\n{a}"
    return f"QA check for {project}: flag factual errors in the answer below, if any.\n{a}"


def coding_agent_step(rng: R, repo: str) -> str:
    f = pick(
        rng,
        (
            "src/api/handlers.py",
            "pkg/store/cache.go",
            "web/src/components/Table.tsx",
            "lib/billing/invoice.rb",
            "tests/test_sync.py",
            "cmd/server/main.go",
            "app/models/user.kt",
            "crates/core/src/lib.rs",
        ),
    )
    t = irange(rng, 0, 3)
    if t == 0:
        return f"[{repo}] Edit {f}: {pick(rng, CODE_TASKS)}. Return a unified diff only."
    if t == 1:
        return (
            f"Test output:\nFAILED {f.replace('src/', 'tests/')}::test_{irange(rng, 1, 40)} - "
            f"AssertionError\nPropose a fix. Repository: {repo}"
        )
    if t == 2:
        return f"Explain what {f} does and list risky spots before I refactor it."
    return f"Tool result (ls {f.rsplit('/', 1)[0]}): {irange(rng, 3, 30)} files. Next step?"


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
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
)
UI_STRINGS = (
    "Your trial ends in {days} days",
    "Add to basket",
    "We couldn't verify your card",
    "Sign in with {provider}",
    "{count} new messages",
    "Settings saved",
    "Delete this file?",
    "Export as PDF",
    "Invite teammates",
    "Your order has shipped",
    "Password too short",
    "Download the app",
    "Something went wrong. Try again.",
    "Upgrade to {plan}",
)


def l10n_item(rng: R, product: str, locale: str, string: str) -> str:
    return (
        f"{product} localisation: translate into {locale}. Keep placeholders in curly braces "
        f'unchanged and stay under {len(string) + 12} characters.\n"{string}"'
    )


def assignment_prompt(rng: R, course: str, assignment: str, chat: list[str]) -> str:
    t = irange(rng, 0, 4)
    if t == 0:
        return assignment
    if t == 1:
        return f"{assignment}\n\ncan you help me get started? I don't understand part b"
    if t == 2:
        return f"for my {course} class: {assignment.lower()[:200]} - is my approach right?"
    if t == 3:
        return f"explain this question to me without giving the answer: {assignment[:180]}"
    return snippet(pick(rng, chat), rng, 30, 400)


def vignette(rng: R, idx: int, condition: str) -> str:
    name = pick(rng, NAMES)
    return (
        f"Study item {idx} ({condition}). {name} finds a wallet with {10 * (idx % 9 + 1)} dollars and "
        f"an ID card. On a scale from 1 (not at all) to 7 (completely), how morally obliged is "
        f"{name} to return it? Reply with a number and one sentence."
    )


def paraphrase_request(rng: R, utterance: str, k: int) -> str:
    t = irange(rng, 0, 2)
    if t == 0:
        return f'Give {k} paraphrases of this customer utterance, varying formality: "{utterance}"'
    if t == 1:
        return f"Augment for intent classification (intent kept): {utterance}\nReturn {k} lines."
    return f"Rephrase {k} ways, include typos in two of them: {utterance}"


SUPPORT_Q = (
    "Where is my order {o}?",
    "How do I change the email on my account?",
    "Can I get a refund for order {o}?",
    "The app keeps logging me out",
    "Do you ship to {c}?",
    "My discount code isn't working",
    "How do I cancel my plan?",
    "I was charged twice this month",
    "What are your opening hours on Sunday?",
)


def support_msg(rng: R, brand: str) -> str:
    q = pick(rng, SUPPORT_Q).format(o=f"#{irange(rng, 100000, 999999)}", c=pick(rng, COUNTRIES))
    return f"You are {brand}'s support assistant. Be brief and friendly.\nCustomer: {q}"


def marketing_msg(rng: R, brand: str) -> str:
    return (
        f"Write {irange(rng, 2, 6)} {pick(rng, ('Instagram captions', 'email subject lines', 'ad headlines'))} "
        f"for {brand}'s {pick(rng, ('spring sale', 'new menu', 'app launch', 'loyalty programme'))}."
    )


def moderation_rewrite(rng: R, chat: list[str], lang: str, platform: str) -> str:
    post = snippet(pick(rng, chat), rng, 60, 500)
    if lang == "es":
        return (
            f"[{platform} · moderación] Esta publicación fue marcada. Reescríbela respetando las "
            f"normas de la comunidad (sin insultos ni datos personales), manteniendo la opinión:\n{post}"
        )
    if lang == "de":
        return f"[{platform}] Gemeldeter Beitrag. Formuliere ihn regelkonform um, Inhalt beibehalten:\n{post}"
    if chance(rng, 0.5):
        return (
            f"[{platform} trust&safety] The post below was flagged for "
            f"{pick(rng, ('harassment', 'doxxing', 'profanity', 'spam links', 'graphic language'))}. "
            f"Suggest a version the author could repost that follows our community guidelines.\n{post}"
        )
    return f"Moderator assist ({platform}): soften the wording but keep the argument.\n\n{post}"


def worked_solution(rng: R, bank: str, lang: str) -> str:
    qid = f"{bank}-{irange(rng, 1000, 9999)}"
    p = word_problem(rng) if chance(rng, 0.75) else logic_puzzle(rng)
    if lang == "es":
        return f"Banco {qid}. Redacta la solución desarrollada paso a paso para el alumno, con justificación de cada paso:\n{p}"
    if chance(rng, 0.5):
        return (
            f"Question bank item {qid}. Write the worked solution shown to students after they "
            f"submit: every step with a one-line justification, then the final answer boxed.\n{p}"
        )
    return f"{qid}\n{p}\nStudent-facing explanation: show all reasoning, common wrong turns, final answer."

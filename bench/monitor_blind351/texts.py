"""Prompt generators of batch 351, written for this batch (nothing copied from the repository).

Every function draws only from the generator it is given, walking lists and tuples (never sets),
so a seed gives the same text in every process. ShareGPT text (ordinary human prompts, and
assistant answers used as "passages") comes in through the shared context (`ctx.chat`,
`ctx.passages`) and is passed here as plain lists.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small shared helpers


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a sentence or word end."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    for mark in (". ", "\n", "; ", ", ", " "):
        j = cut.rfind(mark)
        if j > lo // 2:
            return cut[: j + 1].strip()
    return cut.strip()


def sentences(text: str, k: int) -> str:
    """The first k sentence-like pieces of a passage."""
    parts = [p.strip() for p in text.replace("\n", " ").split(". ") if len(p.strip()) > 20]
    return ". ".join(parts[:k]).strip() + ("." if parts else "")


def number_words(rng: Rng) -> int:
    return int(pick(rng, (3, 4, 5, 6, 8, 10, 12, 15, 20, 25)))


# --------------------------------------------------------------------------------------------
# reasoning problems (used by a campaign and, phrased as a benchmark, by an evaluation lab)

_PEOPLE = NAMES
_ITEMS = (
    "notebooks",
    "lanterns",
    "bags of rice",
    "solar panels",
    "tickets",
    "crates of mangoes",
    "bicycles",
    "jars of honey",
    "textbooks",
    "pairs of boots",
)
_CITIES = (
    "Lagos",
    "Porto",
    "Hanoi",
    "Quito",
    "Tbilisi",
    "Perth",
    "Osaka",
    "Accra",
    "Lyon",
    "Bergen",
    "Cusco",
    "Izmir",
    "Pune",
    "Gdansk",
)


def word_problem(rng: Rng) -> tuple[str, str]:
    """(problem text, topic) with fresh numbers; several independent problem shapes."""
    shape = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 95)
    p1, p2 = pick(rng, _PEOPLE), pick(rng, _PEOPLE)
    if shape == 0:
        v1, v2 = irange(rng, 40, 90), irange(rng, 50, 120)
        d = irange(rng, 120, 900)
        return (
            f"A train leaves {pick(rng, _CITIES)} at {v1} km/h. {b * 10} minutes later a second train "
            f"leaves the same station on the same track at {v2} km/h. The line is {d} km long. Does the "
            "second train catch the first before the end of the line, and if so where?",
            "kinematics",
        )
    if shape == 1:
        return (
            f"{p1} buys {a} {pick(rng, _ITEMS)} at {b} euros each and sells {c}% of them at a markup of "
            f"{irange(rng, 10, 60)}%, the rest at cost minus {irange(rng, 2, 15)}%. What is the overall "
            "profit or loss as a percentage of the purchase price?",
            "percentages",
        )
    if shape == 2:
        n, k = irange(rng, 6, 14), irange(rng, 2, 5)
        return (
            f"A committee of {k} is chosen from {n} people, among them {p1} and {p2}, who refuse to "
            "serve together. How many committees are possible? Generalise to n people and k seats.",
            "combinatorics",
        )
    if shape == 3:
        r = irange(rng, 2, 9)
        return (
            f"A bag holds {a} red, {b} green and {r} blue marbles. Three are drawn without replacement. "
            "What is the probability that all three colours appear? Give an exact fraction.",
            "probability",
        )
    if shape == 4:
        return (
            f"Find all integer solutions of x^2 - {b}y^2 = 1 with 0 < x < {c * 10}, and explain why the "
            "smallest one generates the rest.",
            "number theory",
        )
    if shape == 5:
        h, w = irange(rng, 3, 12), irange(rng, 4, 15)
        return (
            f"A rectangular garden of {h} m by {w} m is surrounded by a path of constant width. The "
            f"path's area equals {irange(rng, 50, 140)}% of the garden's. How wide is the path?",
            "geometry",
        )
    if shape == 6:
        return (
            f"Five friends ({', '.join(pick(rng, _PEOPLE) for _ in range(5))}) sit in a row. The first "
            "named never sits at an end, the second sits directly left of the fourth, and the third and "
            "fifth are not neighbours. How many seatings satisfy all conditions?",
            "logic puzzle",
        )
    if shape == 7:
        return (
            f"Water flows into a tank at {a} L/min and leaks out at a rate proportional to the volume, "
            f"k = 0.0{b} per minute. Starting empty, when does the tank hold {c * 10} L? Is there a "
            "limit?",
            "differential equations",
        )
    if shape == 8:
        return (
            f"Prove or disprove: for every integer n > {b}, the number n^3 - n is divisible by "
            f"{pick(rng, ('6', '3', '12', '24'))}.",
            "proof",
        )
    return (
        f"{p1} walks to {pick(rng, _CITIES)} market at {irange(rng, 3, 6)} km/h and cycles back at "
        f"{irange(rng, 12, 25)} km/h. The round trip takes {irange(rng, 60, 180)} minutes including "
        f"{b} minutes of shopping. How far away is the market?",
        "rates",
    )


_COT_STYLES = ("think_tags", "numbered", "zh", "ru_es", "json")


def reasoning_prompt(rng: Rng, style: str) -> str:
    prob, topic = word_problem(rng)
    if style == "think_tags":
        return (
            "Solve the problem below. Before answering, write out your entire chain of thought "
            "between <think> and </think>: every assumption, every intermediate result, every check. "
            "Then give only the final result in \\boxed{}.\n\nProblem: " + prob
        )
    if style == "numbered":
        return (
            f"{prob}\n\nWork through this as a careful {topic} tutor would: number each step, justify "
            "it, verify the result a second way, and finish with a line of the form 'ANSWER: ...'."
        )
    if style == "zh":
        return (
            "请一步一步地详细推理下面的题目，写出完整的思考过程（包括每一个中间结果和检验），"
            f"最后单独一行给出答案。\n题目（{topic}）：{prob}"
        )
    if style == "ru_es":
        if chance(rng, 0.5):
            return (
                "Реши задачу, подробно рассуждая шаг за шагом. Покажи весь ход мыслей, проверь ответ "
                f"и только в конце напиши итог.\n\nЗадача: {prob}"
            )
        return (
            "Resuelve el siguiente problema razonando paso a paso. Muestra todo el razonamiento, "
            f"comprueba el resultado y escribe la respuesta final al final.\n\nProblema: {prob}"
        )
    return (
        '{"instruction": "Produce a complete step-by-step derivation, then the final answer.", '
        f'"domain": "{topic}", "problem": "{prob}", "format": "steps+answer", '
        f'"min_steps": {irange(rng, 4, 9)}}}'
    )


def benchmark_item(rng: Rng, suite: str, idx: int, few_shot: bool) -> str:
    """A benchmark question as an evaluation harness formats it (stable id, fixed wording)."""
    prob, topic = word_problem(rng)
    head = f"[{suite} #{idx:05d}] " if chance(rng, 0.7) else ""
    shots = ""
    if few_shot:
        shots = (
            "Example: If 3 pens cost 4.50, how much do 7 pens cost?\nReasoning: one pen costs 1.50, "
            "so 7 cost 10.50.\nAnswer: 10.50\n\n"
        )
    return (
        f"{head}{shots}Question: {prob}\nLet's reason step by step and end with 'Answer: <value>'."
    )


# --------------------------------------------------------------------------------------------
# judging / grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "coherence",
    "depth",
    "tone",
)


def judge_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str], style: str) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 400)
    r1 = clip_text(rng, pick(rng, passages), 200, 900)
    r2 = clip_text(rng, pick(rng, passages), 200, 900)
    crit = [pick(rng, _CRITERIA) for _ in range(3)]
    if style == "pairwise":
        return (
            "Act as an impartial judge. Decide which assistant response better answers the user. "
            "Ignore length and position. Explain briefly, then output [[A]], [[B]] or [[tie]].\n\n"
            f"[User]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}"
        )
    if style == "rubric":
        return (
            f"Score the response on {crit[0]}, {crit[1]} and {crit[2]}, each from 1 to 10, and give a "
            "one-sentence rationale per criterion. Reply as JSON: "
            '{"scores": {...}, "rationales": {...}, "overall": n}.\n\n'
            f"Prompt: {q}\n\nResponse: {r1}"
        )
    if style == "reward":
        return (
            f"<|prompt|>{q}<|response|>{r1}<|end|>\nYou are a reward model. Output a single real "
            "number between -5 and 5 estimating how much a careful human would prefer this response, "
            "followed by a critique of at most 60 words."
        )
    if style == "checklist":
        items = "\n".join(f"- Does the answer address {c}?" for c in crit)
        return (
            f"Evaluate the answer with this checklist, marking each item PASS or FAIL with a reason, "
            f"then give a final grade A-F.\n{items}\n\nQuestion:\n{q}\n\nAnswer:\n{r1}"
        )
    if style == "de":
        return (
            "Du bist ein unparteiischer Gutachter. Vergleiche die beiden Antworten auf die Frage und "
            "begründe ausführlich, welche besser ist (A oder B). Bewerte außerdem jede Antwort mit "
            f"1–10.\n\nFrage: {q}\n\nAntwort A: {r1}\n\nAntwort B: {r2}"
        )
    return (
        "다음 질문에 대한 두 답변을 공정하게 비교하여 어느 쪽이 더 나은지 판단하고, 그 이유를 "
        f"단계별로 설명한 뒤 각 답변에 1~10점을 매기세요.\n\n질문: {q}\n\n답변 A: {r1}\n\n답변 B: {r2}"
    )


_VENDOR_TASKS = (
    "support reply",
    "product description",
    "meeting summary",
    "search snippet",
    "onboarding email",
    "FAQ answer",
)


def grading_item(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str, batch: int
) -> str:
    """A labelling vendor's quality check of its own annotators' or a client's model outputs."""
    task = pick(rng, _VENDOR_TASKS)
    text = clip_text(rng, pick(rng, passages), 150, 700)
    guide = pick(rng, ("v3.2", "v3.3", "v4.0"))
    if chance(rng, 0.5):
        return (
            f"Project {project} / batch {batch} / guideline {guide}\nYou are assisting a QA reviewer. "
            f"Check this {task} against the guideline: correct facts, polite tone, no personal data. "
            f"Return one of ACCEPT / MINOR_FIX / REJECT and list the issues.\n\n{text}"
        )
    q = clip_text(rng, pick(rng, chat), 30, 250)
    return (
        f"QA spot-check ({project}, batch {batch}). Annotator wrote the answer below for the request. "
        f"Rate 1-5 for accuracy and 1-5 for style per guideline {guide}; one line each.\n"
        f"Request: {q}\nAnnotator answer: {text}"
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites and refusals

_RISKY = (
    "how to get into a neighbour's wifi without the password",
    "the fastest way to lose 10 kg in a week",
    "what household chemicals should never be mixed and why",
    "how protests in 1989 were reported abroad",
    "how to find out where someone lives from their photos",
    "how to avoid paying tax on crypto gains",
    "arguments for and against the government's censorship law",
    "how to buy prescription drugs online",
    "writing a fake doctor's note",
    "the history of the Tiananmen Square protests",
    "criticism of the country's leadership",
    "how to bypass a school content filter",
    "making a realistic fake ID for a film prop",
    "whether vaccines cause autism",
)


def policy_prompt(rng: Rng, passages: Sequence[str], style: str) -> str:
    topic = pick(rng, _RISKY)
    src = clip_text(rng, pick(rng, passages), 200, 800)
    if style == "refusal":
        return (
            f"A user asks about {topic}. Write the ideal assistant reply under a strict safety policy: "
            "decline whatever is unsafe, explain why in a warm tone, and offer a safe alternative. "
            "Then write a second reply for a relaxed policy, labelled POLICY_B."
        )
    if style == "rewrite":
        return (
            "Rewrite the following answer so that it fully complies with the content rules: remove "
            "anything politically sensitive, any criticism of state institutions, and any unsafe "
            f"instructions, while keeping it helpful. Output only the rewritten answer.\n\n{src}"
        )
    if style == "zh":
        return (
            "请将下面的回答改写为符合内容安全规范的版本：删除所有政治敏感内容和不安全的信息，"
            f"保持语气友好、内容有用。话题：{topic}。\n\n原回答：\n{src}"
        )
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям законодательства и правилам "
            "платформы: убери политически чувствительные формулировки и опасные инструкции, "
            f"сохрани полезность. Тема: {topic}.\n\n{src}"
        )
    return (
        f"Classify the request '{topic}' into one of [allowed, sensitive, disallowed], cite the policy "
        "clause you rely on, and then write the compliant completion the assistant should give. "
        "Format:\nLABEL: ...\nCLAUSE: ...\nCOMPLETION: ..."
    )


_GUIDELINES = (
    "no harassment",
    "no personal data",
    "no medical claims",
    "no election misinformation",
    "no hate speech",
    "no spam links",
)


def moderation_rewrite(rng: Rng, chat: Sequence[str], platform: str, lang: str) -> str:
    post = clip_text(rng, pick(rng, chat), 30, 400)
    rule = pick(rng, _GUIDELINES)
    if lang == "es":
        return (
            f"[{platform} T&S] Esta publicación fue marcada por '{rule}'. Sugiere una versión editada "
            f"que el autor pueda aceptar, o responde KEEP si no hace falta cambiarla.\n\n{post}"
        )
    if lang == "de":
        return (
            f"[{platform} T&S] Beitrag wurde wegen '{rule}' gemeldet. Schlage eine überarbeitete Fassung "
            f"vor, die der Autor übernehmen kann, oder antworte KEEP.\n\n{post}"
        )
    if lang == "pt":
        return (
            f"[{platform} T&S] Post sinalizado por '{rule}'. Sugira uma versão editada que o autor possa "
            f"aceitar, ou responda KEEP se estiver tudo bem.\n\n{post}"
        )
    return (
        f"[{platform} T&S] This post was flagged under '{rule}'. Suggest a minimal edit the author could "
        f"accept so it meets the community guidelines, or reply KEEP if no change is needed.\n\n{post}"
    )


# --------------------------------------------------------------------------------------------
# agent and tool-use transcripts

_TOOLS = (
    ("search_web", "query"),
    ("read_file", "path"),
    ("run_sql", "query"),
    ("http_get", "url"),
    ("send_email", "to, subject, body"),
    ("calendar_create", "title, start, end"),
    ("python_exec", "code"),
    ("book_flight", "origin, destination, date"),
    ("list_dir", "path"),
    ("get_weather", "city, date"),
    ("create_ticket", "title, priority"),
)
_AGENT_TASKS = (
    "find the cheapest flight from {a} to {b} next Friday and add it to my calendar",
    "summarise last quarter's refunds from the orders table and email the total to finance",
    "check whether it will rain in {a} tomorrow and reschedule the picnic if it does",
    "find three recent papers on battery recycling and write a short digest",
    "clean the CSV in /data/raw/sales.csv and report rows with missing prices",
    "open a high-priority ticket for the outage in {a} and notify the on-call engineer",
    "compare hotel prices in {a} and {b} for a 3-night stay and recommend one",
    "work out which customers churned in March using the db and draft a win-back email",
)
_OBS = (
    '{"status": "ok", "rows": 14}',
    "HTTP 200, 3 results returned",
    "Error: permission denied",
    '{"temp_c": 17, "rain_prob": 0.62}',
    "file has 2,341 lines; header: id,date,price,qty",
    '{"flights": [{"price": 212, "dep": "07:40"}, {"price": 189, "dep": "21:15"}]}',
    "Timeout after 30 s",
    "Created ticket OPS-4471",
)


def agent_prompt(rng: Rng, style: str, step: int, task_seed: int) -> str:
    trng = np.random.default_rng(task_seed)  # the same task text for every step of one episode
    task = pick(trng, _AGENT_TASKS).format(a=pick(trng, _CITIES), b=pick(trng, _CITIES))
    tools = [pick(trng, _TOOLS) for _ in range(irange(trng, 3, 6))]
    hist = []
    for i in range(step):
        tname, targ = pick(rng, tools)
        hist.append((i + 1, tname, targ, pick(rng, _OBS)))
    if style == "react":
        lines = [f"Tools: {', '.join(t for t, _ in tools)}", f"Task: {task}", ""]
        for i, t, a, o in hist:
            lines += [
                f"Thought {i}: I should use {t}.",
                f"Action {i}: {t}[{a}]",
                f"Observation {i}: {o}",
            ]
        lines.append(f"Thought {step + 1}:")
        return "\n".join(lines)
    if style == "json":
        calls = ", ".join(
            f'{{"role": "tool", "name": "{t}", "content": {o!r}}}' for _, t, _, o in hist
        )
        spec = ", ".join(f'{{"name": "{t}", "parameters": "{a}"}}' for t, a in tools)
        return (
            f'{{"tools": [{spec}], "goal": "{task}", "history": [{calls}], '
            '"instruction": "Return the next function call as JSON, or FINAL with the answer. '
            'Explain your reasoning in a thought field first."}'
        )
    if style == "xml":
        body = "".join(
            f"<call n='{i}' tool='{t}'>{a}</call><result>{o}</result>" for i, t, a, o in hist
        )
        return (
            f"<task>{task}</task><tools>{' '.join(t for t, _ in tools)}</tools><trace>{body}</trace>"
            "\nContinue the trace with the next <call>, thinking aloud in <reflect> first."
        )
    return (
        f"你是一个可以调用工具的智能体。任务：{task}\n可用工具：{', '.join(t for t, _ in tools)}\n"
        + "".join(f"第{i}步 调用 {t} → {o}\n" for i, t, _, o in hist)
        + "请给出下一步的思考和工具调用。"
    )


_REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "tests/test_billing.py",
    "cmd/server/main.go",
    "lib/parser.rs",
    "app/components/Header.tsx",
    "pkg/cache/lru.go",
    "README.md",
    "scripts/migrate.sql",
    "src/utils/dates.js",
)
_DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the endpoint in {f}",
    "rename the config flag and update callers of {f}",
    "upgrade the dependency used in {f}",
    "add input validation to {f}",
    "investigate the flaky CI job touching {f}",
    "write unit tests for {f}",
    "remove dead code around {f}",
)


def dev_agent_step(rng: Rng, repo: str, task_seed: int, step: int) -> str:
    """One turn of an open-source coding agent run by a developer on their own repository."""
    trng = np.random.default_rng(task_seed)
    f = pick(trng, _REPO_FILES)
    task = pick(trng, _DEV_TASKS).format(f=f)
    if step == 0:
        return (
            f"Repository: {repo}\nUser request: {task}\nPlan the change and call tools as needed."
        )
    tool = pick(rng, ("read_file", "grep", "run_tests", "apply_patch", "list_dir", "git_diff"))
    out = pick(
        rng,
        (
            "2 passed, 1 failed",
            "no matches",
            "patch applied",
            f"{irange(rng, 20, 400)} lines",
            "AssertionError: expected 200, got 404",
            "ok",
        ),
    )
    return (
        f"[tool_result {tool} id=call_{step}] {out}\nContinue with the task: {task}. If done, "
        "summarise the diff for the user."
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "linear algebra",
    "world history",
    "cybersecurity",
    "nutrition",
    "climate science",
    "SQL",
    "microeconomics",
    "poetry",
    "customer service",
    "machine learning",
    "genetics",
    "astronomy",
    "ethics",
    "project management",
    "statistics",
    "Python programming",
)
DATA_LEVELS = ("elementary", "high-school", "undergraduate", "graduate", "expert")
DATA_FORMATS = (
    "instruction/response",
    "multi-turn dialogue",
    "multiple-choice with explanation",
    "question/long answer",
    "preference pair (chosen/rejected)",
)


def dataset_prompt(
    rng: Rng, topic: str, level: str, fmt: str, style: str, chat: Sequence[str]
) -> str:
    n = number_words(rng)
    if style == "selfinstruct":
        return (
            f"Generate {n} diverse, high-quality {fmt} examples about {topic} at {level} level. Vary "
            "task types (explain, compare, solve, critique, plan). Output JSON Lines with fields "
            '"instruction", "input", "output"; the outputs must be complete and detailed.'
        )
    if style == "evolve":
        seed = clip_text(rng, pick(rng, chat), 20, 200)
        how = pick(
            rng,
            (
                "add a constraint",
                "require multi-step reasoning",
                "make it more specific",
                "deepen the question",
                "add a realistic scenario",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version ({how}), keep it answerable, and then "
            f"write the ideal {level}-level answer to the new version.\n\n#Given instruction#\n{seed}"
        )
    if style == "persona":
        who = pick(
            rng,
            (
                "a retired nurse",
                "a first-year law student",
                "a small bakery owner",
                "a data engineer",
                "a high-school teacher",
                "a freelance translator",
                "a farmer",
            ),
        )
        return (
            f"Imagine you are {who} from {pick(rng, COUNTRIES)}. Write {n} realistic questions this "
            f"person would ask about {topic}, and for each one the best possible {level}-level answer."
        )
    if style == "es":
        return (
            f"Genera {n} ejemplos variados en formato {fmt} sobre {topic} (nivel {level}). Devuelve "
            "JSONL con los campos instruccion y respuesta; respuestas completas y detalladas."
        )
    if style == "pt":
        return (
            f"Crie {n} exemplos diversos no formato {fmt} sobre {topic}, nível {level}. Saída em JSONL "
            "com campos instrucao e resposta, respostas completas."
        )
    return (
        f"Buat {n} contoh data latih beragam ({fmt}) tentang {topic} untuk tingkat {level}. Keluarkan "
        "dalam format JSONL dengan field instruksi dan jawaban yang lengkap."
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "add_user",
)


def augment_request(rng: Rng, intent: str, chat: Sequence[str], product: str) -> str:
    """A product team augmenting its own intent classifier's training set."""
    n = pick(rng, (5, 10, 10, 20))
    ex = pick(
        rng,
        (
            "i want to stop paying for this",
            "where is my money back",
            "cant log in again",
            "my parcel still hasnt arrived",
            "need to add my colleague",
            "send me last months bill",
        ),
    )
    if chance(rng, 0.5):
        return (
            f"{product} support intents. Write {n} different ways a customer might phrase the intent "
            f"'{intent}'. Mix formal and casual, include typos in a few. One per line, no numbering.\n"
            f"Example: {ex}"
        )
    return (
        f"For our intent classifier ({product}), label each utterance with one of: "
        f"{', '.join(_INTENTS[:6])}, other. Utterances:\n1. {ex}\n2. "
        f"{clip_text(rng, pick(rng, chat), 15, 120)}"
    )


# --------------------------------------------------------------------------------------------
# conversations: openers and follow-ups in several languages

_OPENERS = {
    "en": (
        "I've been reading about {t} and I'm confused. Where should I start?",
        "Can you explain {t} to me? I have an exam next week.",
        "What's the difference between the main schools of thought on {t}?",
        "my friend says {t} is overrated, is he right?",
        "help me understand {t} properly",
    ),
    "es": (
        "¿Me puedes explicar {t}? No lo entiendo bien.",
        "Tengo que presentar sobre {t}, ¿por dónde empiezo?",
    ),
    "pt": ("Pode me explicar {t}? Tenho prova semana que vem.", "O que preciso saber sobre {t}?"),
    "de": (
        "Kannst du mir {t} erklären? Ich komme nicht ganz mit.",
        "Was sollte ich über {t} wissen?",
    ),
    "fr": (
        "Tu peux m'expliquer {t} simplement ?",
        "Je dois faire un exposé sur {t}, par où commencer ?",
    ),
    "zh": ("能给我讲讲{t}吗？我一直没搞懂。", "关于{t}，我应该先了解什么？"),
    "ja": ("{t}について分かりやすく教えてもらえますか？", "{t}の基本を知りたいです。"),
    "ru": (
        "Объясни, пожалуйста, {t}. Никак не могу разобраться.",
        "С чего начать, если хочу понять {t}?",
    ),
    "hi": ("क्या आप मुझे {t} समझा सकते हैं?", "{t} के बारे में शुरुआत से बताइए।"),
    "vi": ("Bạn có thể giải thích {t} cho mình không?", "Mình nên bắt đầu tìm hiểu {t} từ đâu?"),
    "tr": ("{t} konusunu bana açıklar mısın?", "{t} hakkında nereden başlamalıyım?"),
}
_FOLLOWUPS = {
    "en": (
        "ok that makes sense. can you go deeper on the second point?",
        "why is that the case though?",
        "give me a concrete example",
        "now explain it like I'm a complete beginner",
        "what would a critic say about this?",
        "can you summarise everything so far in a table?",
        "how does this connect to real life?",
        "are there any common misconceptions?",
        "write me a few practice questions with answers",
        "hmm, I'm not convinced. convince me",
        "what did people believe before this was understood?",
        "and what's the math behind it?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "¿por qué pasa eso?",
        "resúmelo todo en una tabla",
        "¿qué errores comunes hay?",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo prático",
        "por que isso acontece?",
        "resume tudo numa tabela",
        "quais são os erros mais comuns?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Warum ist das so?",
        "Fass alles in einer Tabelle zusammen.",
        "Was sind typische Missverständnisse?",
    ),
    "fr": (
        "Tu peux approfondir le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Pourquoi ?",
        "Résume tout dans un tableau.",
        "Quelles sont les idées reçues ?",
    ),
    "zh": (
        "第二点能再详细说说吗？",
        "举个具体的例子吧。",
        "为什么会这样？",
        "把以上内容整理成表格。",
        "有哪些常见误区？",
    ),
    "ja": (
        "二つ目の点をもっと詳しく教えて。",
        "具体例をください。",
        "なぜそうなるの？",
        "表にまとめてください。",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример.",
        "А почему так?",
        "Сведи всё в таблицу.",
        "Какие бывают типичные ошибки?",
    ),
    "hi": ("दूसरे बिंदु को और विस्तार से बताइए।", "एक उदाहरण दीजिए।", "ऐसा क्यों होता है?"),
    "vi": (
        "Giải thích kỹ hơn ý thứ hai được không?",
        "Cho mình một ví dụ cụ thể.",
        "Tại sao lại như vậy?",
    ),
    "tr": ("İkinci noktayı biraz daha açar mısın?", "Somut bir örnek ver.", "Bu neden böyle?"),
}
CONVO_TOPICS = (
    "photosynthesis",
    "inflation",
    "the French Revolution",
    "quantum entanglement",
    "blockchain",
    "stoicism",
    "plate tectonics",
    "game theory",
    "the immune system",
    "compound interest",
    "recursion",
    "the Cold War",
    "neural networks",
    "supply and demand",
    "black holes",
    "the Krebs cycle",
    "Keynesian economics",
    "natural selection",
    "Bayes' theorem",
    "the Roman Republic",
    "climate feedback loops",
    "public key cryptography",
    "opera",
    "existentialism",
    "CRISPR",
    "monetary policy",
    "the Silk Road",
    "entropy",
)


#: twelve syllabus topics, index-aligned across languages, with the school subject of each
TOPICS12 = {
    "en": (
        "photosynthesis",
        "inflation",
        "the French Revolution",
        "black holes",
        "the immune system",
        "compound interest",
        "natural selection",
        "plate tectonics",
        "supply and demand",
        "neural networks",
        "the Cold War",
        "entropy",
    ),
    "es": (
        "la fotosíntesis",
        "la inflación",
        "la Revolución francesa",
        "los agujeros negros",
        "el sistema inmunitario",
        "el interés compuesto",
        "la selección natural",
        "la tectónica de placas",
        "la oferta y la demanda",
        "las redes neuronales",
        "la Guerra Fría",
        "la entropía",
    ),
    "pt": (
        "a fotossíntese",
        "a inflação",
        "a Revolução Francesa",
        "os buracos negros",
        "o sistema imunológico",
        "os juros compostos",
        "a seleção natural",
        "a tectônica de placas",
        "a oferta e a demanda",
        "as redes neurais",
        "a Guerra Fria",
        "a entropia",
    ),
    "de": (
        "die Photosynthese",
        "die Inflation",
        "die Französische Revolution",
        "Schwarze Löcher",
        "das Immunsystem",
        "den Zinseszins",
        "die natürliche Selektion",
        "die Plattentektonik",
        "Angebot und Nachfrage",
        "neuronale Netze",
        "den Kalten Krieg",
        "die Entropie",
    ),
    "fr": (
        "la photosynthèse",
        "l'inflation",
        "la Révolution française",
        "les trous noirs",
        "le système immunitaire",
        "les intérêts composés",
        "la sélection naturelle",
        "la tectonique des plaques",
        "l'offre et la demande",
        "les réseaux de neurones",
        "la guerre froide",
        "l'entropie",
    ),
    "zh": (
        "光合作用",
        "通货膨胀",
        "法国大革命",
        "黑洞",
        "免疫系统",
        "复利",
        "自然选择",
        "板块构造",
        "供求关系",
        "神经网络",
        "冷战",
        "熵",
    ),
    "ja": (
        "光合成",
        "インフレ",
        "フランス革命",
        "ブラックホール",
        "免疫系",
        "複利",
        "自然選択",
        "プレートテクトニクス",
        "需要と供給",
        "ニューラルネットワーク",
        "冷戦",
        "エントロピー",
    ),
    "ru": (
        "фотосинтез",
        "инфляцию",
        "Французскую революцию",
        "чёрные дыры",
        "иммунную систему",
        "сложные проценты",
        "естественный отбор",
        "тектонику плит",
        "спрос и предложение",
        "нейронные сети",
        "холодную войну",
        "энтропию",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "मुद्रास्फीति",
        "फ्रांसीसी क्रांति",
        "ब्लैक होल",
        "प्रतिरक्षा प्रणाली",
        "चक्रवृद्धि ब्याज",
        "प्राकृतिक चयन",
        "प्लेट विवर्तनिकी",
        "मांग और आपूर्ति",
        "न्यूरल नेटवर्क",
        "शीत युद्ध",
        "एन्ट्रॉपी",
    ),
    "vi": (
        "quang hợp",
        "lạm phát",
        "Cách mạng Pháp",
        "hố đen",
        "hệ miễn dịch",
        "lãi kép",
        "chọn lọc tự nhiên",
        "kiến tạo mảng",
        "cung và cầu",
        "mạng nơ-ron",
        "Chiến tranh Lạnh",
        "entropy",
    ),
    "tr": (
        "fotosentez",
        "enflasyon",
        "Fransız Devrimi",
        "kara delikler",
        "bağışıklık sistemi",
        "bileşik faiz",
        "doğal seçilim",
        "levha tektoniği",
        "arz ve talep",
        "sinir ağları",
        "Soğuk Savaş",
        "entropi",
    ),
    "id": (
        "fotosintesis",
        "inflasi",
        "Revolusi Prancis",
        "lubang hitam",
        "sistem imun",
        "bunga majemuk",
        "seleksi alam",
        "tektonik lempeng",
        "penawaran dan permintaan",
        "jaringan saraf",
        "Perang Dingin",
        "entropi",
    ),
}
#: the subject (index into SUBJECTS[lang]) of each of the twelve topics
TOPIC_SUBJECT = (0, 1, 2, 3, 0, 1, 0, 4, 1, 5, 2, 3)
SUBJECTS = {
    "en": ("biology", "economics", "history", "physics", "geography", "computer science"),
    "es": ("biología", "economía", "historia", "física", "geografía", "informática"),
    "pt": ("biologia", "economia", "história", "física", "geografia", "computação"),
    "id": ("biologi", "ekonomi", "sejarah", "fisika", "geografi", "informatika"),
    "vi": ("sinh học", "kinh tế", "lịch sử", "vật lý", "địa lý", "tin học"),
    "hi": ("जीव विज्ञान", "अर्थशास्त्र", "इतिहास", "भौतिकी", "भूगोल", "कंप्यूटर विज्ञान"),
    "ja": ("生物", "経済", "歴史", "物理", "地理", "情報"),
}


def topic_for(rng: Rng, lang: str) -> str:
    """A conversation topic in the user's language (English users get the longer list)."""
    if lang == "en":
        return pick(rng, CONVO_TOPICS)
    return pick(rng, TOPICS12.get(lang, TOPICS12["en"]))


def dialogue_opener(rng: Rng, lang: str, topic: str) -> str:
    return pick(rng, _OPENERS.get(lang, _OPENERS["en"])).format(t=topic)


def dialogue_followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOWUPS.get(lang, _FOLLOWUPS["en"]))


_PERSONAS = (
    "Mira, a cheerful barista who loves astronomy",
    "Captain Holt, a gruff starship captain",
    "Kai, a sarcastic but caring roommate",
    "Professor Lune, an eccentric botanist",
    "Rin, a shy bookstore clerk",
    "Dex, a streetwise detective in 1940s Chicago",
)
_COMPANION_LINES = {
    "en": (
        "hey, I'm back. rough day at work",
        "haha you always say that",
        "what did you do today?",
        "tell me a story before I sleep",
        "do you remember what I told you about my sister?",
        "*sits down next to you* so what now?",
        "I passed my driving test!!",
        "good night",
        "can we continue where we left off?",
        "you're the only one I can talk to about this",
    ),
    "pt": (
        "oi, voltei. dia difícil",
        "kkkk você sempre diz isso",
        "me conta uma história",
        "boa noite",
    ),
    "es": (
        "hola, ya volví. día pesado",
        "jaja siempre dices eso",
        "cuéntame una historia",
        "buenas noches",
    ),
    "id": (
        "hai aku balik lagi, capek banget hari ini",
        "wkwk kamu selalu gitu",
        "ceritain sesuatu dong",
    ),
    "ja": ("ただいま、今日は疲れた", "また同じこと言ってる笑", "寝る前に何か話して", "おやすみ"),
}


_REL = (
    "sister",
    "boss",
    "mom",
    "roommate",
    "best friend",
    "cat",
    "coworker",
    "ex",
    "landlord",
    "teacher",
)
_EVENT = (
    "got a new job",
    "yelled at me again",
    "called me today",
    "is being weird",
    "made me laugh so hard",
    "forgot my birthday",
    "is moving away",
    "got sick",
    "said something that hurt",
    "surprised me",
)
_ACTION = (
    "*laughs*",
    "*yawns*",
    "*hugs you*",
    "*looks out the window*",
    "*grins*",
    "*sighs*",
    "",
    "",
    "",
)


def companion_msg(
    rng: Rng, persona: str, lang: str, first: bool, short_chat: Sequence[str] = ()
) -> str:
    u = rng.random()
    if lang == "en" and u < 0.45:
        line = f"{pick(rng, _ACTION)} my {pick(rng, _REL)} {pick(rng, _EVENT)}".strip()
        if chance(rng, 0.4):
            line += pick(
                rng, (". what should I do?", ". ugh", " lol", "...", ". can you believe it?")
            )
    elif short_chat and u > 0.8:
        line = pick(rng, short_chat)
    else:
        line = pick(rng, _COMPANION_LINES.get(lang, _COMPANION_LINES["en"]))
    if first:
        return f"(Roleplay as {persona}. Stay in character.)\n{line}"
    return line


def companion_persona(rng: Rng) -> str:
    return pick(rng, _PERSONAS)


# --------------------------------------------------------------------------------------------
# best-of-n and self-consistency


def sample_variant(rng: Rng, base: str, k: int, n: int, style: str) -> str:
    if style == "identical":
        return base
    if style == "tagged":
        return f"{base}\n\n[sample {k + 1}/{n}]"
    if style == "diverse":
        return (
            f"{base}\n\n(Attempt {k + 1}. Give a complete answer that takes a different approach from "
            "any standard one; be thorough.)"
        )
    return f"<!-- run {irange(rng, 10**5, 10**6 - 1)} -->\n{base}"


_STUDY_QUESTIONS = (
    "Is 1,001 a prime number? Explain.",
    "Which is larger, 9.11 or 9.9?",
    "How many times does the letter r appear in 'strawberry'?",
    "A bat and a ball cost 1.10 in total; the bat costs 1.00 more than the ball. What does "
    "the ball cost?",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long do 100 "
    "machines take to make 100 widgets?",
    "What is the capital of Australia?",
    "Is the statement 'this sentence is false' true or false?",
    "Sally has 3 brothers. Each brother has 2 sisters. How many sisters does Sally have?",
    "What day of the week was 1 January 2000?",
    "Can a square have a diagonal of length 5 and integer side lengths?",
)


def consistency_item(rng: Rng, qid: int, variant: str) -> str:
    q = _STUDY_QUESTIONS[qid % len(_STUDY_QUESTIONS)]
    if variant == "plain":
        return q
    if variant == "cot":
        return f"{q}\nThink step by step, then give your final answer after 'Final:'."
    return f"Answer with one word or number only.\n{q}"


# --------------------------------------------------------------------------------------------
# translation

LANGS = (
    "German",
    "French",
    "Spanish",
    "Portuguese",
    "Italian",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Russian",
    "Arabic",
    "Hindi",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Thai",
    "Dutch",
    "Swahili",
    "Ukrainian",
    "Bengali",
)


def translation_prompt(rng: Rng, text: str, tgt: str, style: str) -> str:
    if style == "plain":
        return f"Translate the following text from English into {tgt}. Output only the translation.\n\n{text}"
    if style == "json":
        return (
            f'{{"task": "translate", "source_lang": "en", "target_lang": "{tgt}", '
            f'"preserve": ["formatting", "numbers"], "text": {text!r}}}'
        )
    if style == "tagged":
        return f"<src lang='en'>{text}</src>\n<tgt lang='{tgt}'>"
    return (
        f"You are a professional translator. Render this passage into natural, fluent {tgt}, then list "
        f"any terms that were hard to translate with a note on your choice.\n---\n{text}"
    )


_STRINGS = (
    "Your password must contain at least 8 characters.",
    "Add to cart",
    "Free shipping over {n} EUR",
    "We couldn't process your payment. Please try another card.",
    "Welcome back, {{name}}!",
    "Your booking is confirmed for {n} guests.",
    "Unsubscribe from these emails",
    "This field is required.",
    "Download the app",
    "Invoice #{n} is overdue",
)


def agency_translation(rng: Rng, passages: Sequence[str], client: str, tgt: str, mode: str) -> str:
    if mode == "ui":
        s = pick(rng, _STRINGS).replace("{n}", str(irange(rng, 2, 500)))
        return (
            f"Client: {client}. Translate this UI string into {tgt}. Keep placeholders in double braces "
            f"unchanged, max length +20%.\n{s}"
        )
    if mode == "review":
        return (
            f"Client: {client}. Review our {tgt} translation for terminology consistency with the "
            f"client glossary and suggest fixes only where needed.\nSource: "
            f"{clip_text(rng, pick(rng, passages), 80, 300)}"
        )
    return (
        f"Job {client}-{irange(rng, 100, 999)}: translate into {tgt} for publication (marketing tone, "
        f"formal address).\n\n{clip_text(rng, pick(rng, passages), 150, 700)}"
    )


# --------------------------------------------------------------------------------------------
# code tasks (phrased the way users of a coding product ask)

_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "SQL", "Bash")
_CODE_CONSTRAINTS = (
    "",
    "",
    "",
    " without external libraries",
    " (thread-safe)",
    " with async I/O",
    " for inputs that don't fit in memory",
    " handling unicode correctly",
    " in under 40 lines",
    " with good error messages",
    " that is easy to benchmark",
)
_CODE_TASKS = (
    "parse an ISO-8601 duration string into seconds",
    "merge overlapping intervals",
    "implement an LRU cache with O(1) operations",
    "validate an IBAN",
    "debounce a function",
    "find the k most frequent words in a file",
    "serialise a binary tree and read it back",
    "rate-limit calls with a token bucket",
    "compute the Levenshtein distance",
    "stream a large CSV and aggregate by column",
    "detect a cycle in a directed graph",
    "retry an HTTP call with exponential backoff and jitter",
    "topologically sort build targets",
    "convert Roman numerals both ways",
    "implement a trie with prefix search",
    "paginate through a REST API until exhausted",
    "diff two JSON documents",
    "schedule jobs with a min-heap by deadline",
    "compress runs of repeated characters",
    "implement binary search on a rotated array",
)


def code_task(rng: Rng, style: str) -> str:
    lang, task = pick(rng, _CODE_LANGS), pick(rng, _CODE_TASKS)
    task += pick(rng, _CODE_CONSTRAINTS)
    if style == "casual":
        return f"how do i {task} in {lang.lower()}? need something clean i can drop in"
    if style == "spec":
        return (
            f"Write a {lang} function to {task}. Include type annotations, a docstring, edge cases, "
            "and unit tests. Explain your approach and its complexity step by step before the code."
        )
    if style == "review":
        return (
            f"Here's my requirement: {task}. Give me an idiomatic {lang} implementation, then walk through "
            "why each design choice was made and what alternatives you rejected."
        )
    return (
        f"{lang}: {task}. Show two different implementations, compare their trade-offs, and recommend one "
        "with full test coverage."
    )


# --------------------------------------------------------------------------------------------
# knowledge harvest phrased like a curious person, and textbook-style questions

_CONCEPTS = (
    "the Black-Scholes model",
    "mitochondrial DNA inheritance",
    "the Treaty of Westphalia",
    "Fourier transforms",
    "the placebo effect",
    "gerrymandering",
    "the Higgs mechanism",
    "TCP congestion control",
    "the Dunning-Kruger effect",
    "monetary base and M2",
    "epigenetics",
    "the Byzantine generals problem",
    "transformer attention",
    "prion diseases",
    "the Meiji Restoration",
    "Gödel's incompleteness theorems",
    "carbon pricing",
    "sourdough fermentation",
    "the Coriolis effect",
    "antibiotic resistance",
    "the Marshall Plan",
    "RAID levels",
    "cognitive behavioural therapy",
    "the Lindy effect",
    "ocean acidification",
    "Arrow's impossibility theorem",
    "the Haber-Bosch process",
    "zero-knowledge proofs",
)


_MODS = (
    "",
    "",
    " for a complete beginner",
    " with a worked example",
    " and compare it with {o}",
    ", including how it was discovered",
    ", in about 1000 words",
    ", structured like a textbook chapter",
    ", with the maths where it helps",
    ". what do most people get wrong about it?",
)


def deep_explain(rng: Rng, lang: str) -> str:
    if lang != "en":
        text = _deep_explain(rng, lang, topic_for(rng, lang))
        if lang in _ASPECTS and chance(rng, 0.7):
            lead = {
                "es": " Sobre todo ",
                "pt": " Principalmente ",
                "de": " Vor allem: ",
                "zh": "重点讲",
                "ru": " Особенно ",
            }.get(lang, " ")
            text += f"{lead}{pick(rng, _ASPECTS[lang])}" + ("。" if lang == "zh" else ".")
        return text
    c = pick(rng, _CONCEPTS)
    return _deep_explain(rng, lang, c) + pick(rng, _MODS).format(o=pick(rng, _CONCEPTS))


def _deep_explain(rng: Rng, lang: str, c: str) -> str:
    if lang == "es":
        return pick(
            rng,
            (
                f"explícame {c} a fondo, con ejemplos y los errores típicos",
                f"quiero entender de verdad {c}, ¿me lo explicas bien?",
            ),
        )
    if lang == "pt":
        return pick(rng, (f"me explica {c} em detalhes, com exemplos", f"o que é {c}, de verdade?"))
    if lang == "de":
        return pick(
            rng,
            (
                f"Erklär mir {c} gründlich, mit Beispielen.",
                f"Ich will {c} wirklich verstehen, erklär es mir genau.",
            ),
        )
    if lang == "zh":
        return pick(
            rng, (f"请详细解释{c}，包括原理、例子和常见误解。", f"{c}到底是什么？讲透一点。")
        )
    if lang == "ru":
        return pick(
            rng, (f"объясни подробно {c}, с примерами", f"помоги мне по-настоящему понять {c}")
        )
    return pick(
        rng,
        (
            f"can you explain {c} in depth? like really walk me through it with examples",
            f"I never understood {c}. explain the intuition, then the details, then common mistakes",
            f"what is {c} and why does it matter? be thorough",
            f"eli5 {c} and then give me the grown-up version",
            f"write me a proper explainer on {c}, like a long blog post",
        ),
    )


_ASPECTS = {
    "en": (
        "the basic idea",
        "how it is measured",
        "a real-world example",
        "why it matters",
        "the key equations",
        "common exam mistakes",
        "its history",
        "how it connects to the previous chapter",
        "a diagram in words",
        "the counter-intuitive parts",
    ),
    "es": (
        "la idea básica",
        "un ejemplo real",
        "por qué es importante",
        "los errores típicos de examen",
        "su historia",
        "las fórmulas clave",
    ),
    "pt": (
        "a ideia básica",
        "um exemplo do dia a dia",
        "por que isso importa",
        "os erros comuns na prova",
        "a história",
        "as fórmulas principais",
    ),
    "id": (
        "konsep dasarnya",
        "contoh nyata",
        "kenapa ini penting",
        "kesalahan umum saat ujian",
        "sejarahnya",
    ),
    "vi": (
        "ý tưởng cơ bản",
        "ví dụ thực tế",
        "tại sao nó quan trọng",
        "những lỗi hay gặp khi thi",
        "lịch sử",
    ),
    "hi": ("मूल विचार", "एक असली उदाहरण", "यह क्यों ज़रूरी है", "परीक्षा में आम गलतियाँ"),
    "de": (
        "die Grundidee",
        "ein Beispiel aus dem Alltag",
        "warum das wichtig ist",
        "typische Denkfehler",
        "die Geschichte dahinter",
    ),
    "zh": ("基本原理", "生活中的例子", "为什么重要", "常见误区", "历史背景"),
    "ru": (
        "основную идею",
        "пример из жизни",
        "почему это важно",
        "типичные ошибки",
        "историю вопроса",
    ),
    "ja": ("基本的な考え方", "身近な例", "なぜ重要か", "テストでよくある間違い", "歴史的な背景"),
}
_WHO_EN = (
    "",
    "",
    "I'm in 11th grade. ",
    "first year uni here. ",
    "my teacher explained it badly. ",
    "exam on friday!! ",
    "adult learner, be patient with me. ",
    "homeschooling my kid and ",
)


def textbook_question(rng: Rng, lang: str, unit: int) -> str:
    """A question in the order of a syllabus (`unit` goes up over time), phrased as a student would."""
    i = unit % 12
    concept = TOPICS12.get(lang, TOPICS12["en"])[i]
    subj = SUBJECTS.get(lang, SUBJECTS["en"])[TOPIC_SUBJECT[i]]
    asp = pick(rng, _ASPECTS.get(lang, _ASPECTS["en"]))
    n = irange(rng, 2, 6)
    if lang == "es":
        return pick(
            rng,
            (
                f"tengo una duda de {subj}: ¿cómo funciona {concept}? explícalo paso a paso, sobre todo {asp}",
                f"resume el tema de {concept} para mi examen de {subj}, con {n} ejemplos",
                f"no entiendo {concept} ({subj}). ¿me explicas {asp}?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"dúvida de {subj}: como funciona {concept}? explica passo a passo, principalmente {asp}",
                f"faz um resumo completo de {concept} para minha prova de {subj}, com {n} exemplos",
                f"não entendi {concept} na aula de {subj}. me explica {asp}?",
            ),
        )
    if lang == "id":
        return pick(
            rng,
            (
                f"tolong jelaskan {concept} untuk pelajaran {subj}, terutama {asp}, dengan contoh",
                f"aku belum paham {concept} ({subj}). jelaskan {asp} dan kasih {n} contoh soal ya",
            ),
        )
    if lang == "vi":
        return pick(
            rng,
            (
                f"giải thích giúp mình {concept} trong môn {subj}, nhất là {asp}, có ví dụ nhé",
                f"mình chưa hiểu {concept} ({subj}). cho mình {n} ví dụ và giải thích {asp}",
            ),
        )
    if lang == "hi":
        return f"{subj} में {concept} को विस्तार से समझाइए, खासकर {asp}, {n} उदाहरणों के साथ"
    if lang == "ja":
        return f"{subj}の授業で出た{concept}について、{asp}を中心に、例を{n}つ使って詳しく説明してください"
    who = pick(rng, _WHO_EN)
    return who + pick(
        rng,
        (
            f"{subj} question: how does {concept} actually work? focus on {asp}",
            f"summarise {concept} for my {subj} exam: key points, {n} examples, and {asp}",
            f"I don't get {concept}. explain {asp} properly, my textbook is useless",
            f"what are the most important things to know about {concept}? esp. {asp}",
            f"can you quiz me on {concept}? {n} questions, then explain {asp}",
        ),
    )


_ASSIGNMENT = (
    "Explain the difference between a process and a thread, with an example.",
    "Write a function that returns the n-th Fibonacci number iteratively, and analyse its cost.",
    "Describe how a hash table handles collisions; compare chaining and open addressing.",
    "What is a race condition? Give a short Python example and fix it with a lock.",
    "Explain Big-O of merge sort and why it is not in-place.",
    "Design a SQL schema for a library with books, members and loans.",
    "Explain what a REST API is and sketch three endpoints for a todo app.",
    "Why does floating point 0.1 + 0.2 not equal 0.3? Explain binary fractions.",
)


def homework_prompt(rng: Rng, q: int, course: str) -> str:
    task = _ASSIGNMENT[q % len(_ASSIGNMENT)]
    return pick(
        rng,
        (
            f"{course} homework q{q + 1}: {task}",
            f"{task}",
            f"can you help me understand this question from {course}? {task}",
            f"{task} I wrote something but not sure it's right, can you check the idea?",
            f"hey, for {course}: {task.lower()} please explain simply",
        ),
    )

"""Prompt generators of batch 247, written fresh for it (no prompt text is copied from elsewhere in
the repository). Ordinary human text comes from ShareGPT through `bench/blind_batch.py`'s context
(`ctx.chat`, `ctx.passages`), passed in as `chat` / `passages`.

Every generator takes the family's or kind's own `numpy` generator and draws only from tuples, so
the draw order is the same in every process.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def sloppy(rng: Rng, text: str, p: float = 0.5) -> str:
    """How a person types: sometimes lower case, a dropped question mark, a doubled space, a typo."""
    if chance(rng, p * 0.5):
        text = text.lower()
    if chance(rng, p * 0.4) and text.endswith("?"):
        text = text[:-1]
    if chance(rng, p * 0.3):
        i = irange(rng, 0, max(0, len(text) - 3))
        text = (
            text[:i] + text[i + 1 : i + 2] + text[i] + text[i + 2 :] if len(text) > i + 2 else text
        )
    if chance(rng, p * 0.2):
        text = text.replace(" ", "  ", 1)
    return text


# ============================================================================================
# shared vocabulary

WORDS = (
    "BANANA",
    "PARALLEL",
    "MISSISSIPPI",
    "COMMITTEE",
    "BALLOON",
    "STATISTICS",
    "LETTER",
    "ENGINEER",
    "PEPPER",
    "ASSESSMENT",
    "CALCULUS",
    "NONSENSE",
)
PETS = ("parrot", "iguana", "ferret", "goldfish", "tortoise", "hamster")
JOBS = ("nurse", "plumber", "architect", "pilot", "baker", "lawyer")
FIELDS = (
    "organic chemistry",
    "macroeconomics",
    "contract law",
    "cardiology",
    "linear algebra",
    "thermodynamics",
    "medieval history",
    "cell biology",
    "corporate finance",
    "epidemiology",
    "compiler design",
    "structural engineering",
    "pharmacology",
    "tax accounting",
    "immunology",
    "constitutional law",
    "probability theory",
    "operating systems",
    "soil science",
    "marine biology",
    "cryptography",
    "behavioural economics",
    "distributed databases",
    "veterinary medicine",
    "urban planning",
    "astrophysics",
)


# ============================================================================================
# reasoning problems (used by a reasoning-harvest family and, in another voice, by an eval kind)


def problem(rng: Rng) -> str:
    """A self-contained quantitative or logic problem, numbers drawn fresh."""
    k = irange(rng, 0, 9)
    if k == 0:
        d, v1, v2 = irange(rng, 60, 480), irange(rng, 8, 35), irange(rng, 8, 35)
        return (
            f"Two cyclists start {d} km apart and ride toward each other, one at {v1} km/h and the "
            f"other at {v2} km/h. A swallow flies back and forth between them at {v1 + v2 + irange(rng, 10, 40)} "
            f"km/h until they meet. How far does the swallow fly in total?"
        )
    if k == 1:
        a, b = irange(rng, 2, 9), irange(rng, 10, 24)
        return (
            f"Pipe A fills a tank in {a} hours; drain B empties the full tank in {b} hours. The tank "
            f"starts one-third full and both are opened at noon. At what time is the tank full?"
        )
    if k == 2:
        return f"How many distinct arrangements of the letters of the word {pick(rng, WORDS)} are there?"
    if k == 3:
        a, b, m = irange(rng, 3, 97), irange(rng, 50, 4000), irange(rng, 7, 61)
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 4:
        r, g = irange(rng, 3, 15), irange(rng, 3, 15)
        n = irange(rng, 2, 3)
        return (
            f"A bag holds {r} red and {g} green marbles. {n} marbles are drawn without replacement. "
            f"What is the probability that they are all the same colour?"
        )
    if k == 5:
        p, rate, y = irange(rng, 2, 90) * 500, irange(rng, 2, 11), irange(rng, 3, 30)
        f = pick(rng, ("monthly", "quarterly", "annually", "continuously"))
        return (
            f"An account opens with ${p} at {rate}% interest compounded {f}. After {y} years, how much "
            f"more would it hold than with simple interest at the same rate?"
        )
    if k == 6:
        a, b, c = (str(x) for x in rng.permutation(np.array(NAMES))[:3].tolist())
        p1, p2, p3 = (str(x) for x in rng.permutation(np.array(PETS))[:3].tolist())
        j1, j2 = (str(x) for x in rng.permutation(np.array(JOBS))[:2].tolist())
        return (
            f"{a}, {b} and {c} each own exactly one pet: a {p1}, a {p2} or a {p3}. The {j1} does not own "
            f"the {p1}. {b} is not the {j1} and is allergic to fur. {c} is the {j2} and owns neither the "
            f"{p3} nor the pet {a} wanted. Who owns the {p2}, and is the puzzle uniquely determined?"
        )
    if k == 7:
        a, b = irange(rng, 3, 19), irange(rng, 3, 19)
        c, lim = irange(rng, 40, 400), irange(rng, 20, 80)
        return f"Find every pair of non-negative integers (x, y) with {a}x + {b}y = {c} and x, y ≤ {lim}."
    if k == 8:
        n, s = irange(rng, 5, 14), irange(rng, 3, 8)
        return (
            f"A regular polygon has {n} sides of length {s} cm. Find its area to two decimals and "
            f"the length of its longest diagonal."
        )
    t, h = irange(rng, 4, 12), irange(rng, 2, 6)
    return (
        f"In a knockout tournament with {2**h} players, every match is best of {2 * (t % 3) + 1} games "
        f"and each player wins any game with probability 1/2. What is the expected number of games?"
    )


_REASON_WRAP = {
    "en": (
        "{p}\n\nBefore answering, reason through this in full: restate what is given, try at least two "
        "approaches, check every intermediate number, and only then write one last line starting with "
        "'Final answer:'.",
        "<problem>{p}</problem>\nWrite your entire thought process inside <reasoning></reasoning> -- keep "
        "false starts and the corrections you make to them -- then put only the result inside "
        "<answer></answer>.",
        '{{"task": "solve", "problem": "{p}", "output": ["exhaustive derivation, one step per line", '
        '"verify the result a second way", "final answer on its own line"]}}',
        "Treat this as your own scratch paper and leave nothing out. Problem: {p}\nAfter the scratch "
        "work, audit each line of it, fix anything wrong, and state the answer.",
    ),
    "es": (
        "{p}\n\nResuelve el problema paso a paso, explicando en español cada razonamiento intermedio "
        "y comprobando los cálculos. Termina con una línea 'Respuesta final:'.",
    ),
    "zh": (
        "{p}\n\n请用中文详细写出完整的推理过程，每一步都要说明理由并验算，最后单独一行写“最终答案：”。",
    ),
    "ru": (
        "{p}\n\nРеши задачу по шагам на русском языке: запиши все промежуточные рассуждения, проверь "
        "вычисления и в конце напиши строку «Ответ:».",
    ),
    "pt": (
        "{p}\n\nExplique em português todo o raciocínio, passo a passo, incluindo verificações, e "
        "termine com 'Resposta final:'.",
    ),
    "de": (
        "{p}\n\nDenke ausführlich auf Deutsch nach: schreibe jeden Zwischenschritt auf, prüfe ihn "
        "und gib zum Schluss eine Zeile 'Endergebnis:' aus.",
    ),
}


def reasoning(rng: Rng, lang: str) -> str:
    return pick(rng, _REASON_WRAP[lang]).format(p=problem(rng))


_BENCH_HEAD = ("Q{n}. ", "Item {n}: ", "[{n}] ", "")
_BENCH_TAIL = (
    "\nPut the final answer in \\boxed{{}}.",
    "\nAnswer with a number only.",
    "\nReason briefly, then give the answer after '####'.",
    "\nA:",
)
_MGSM = {
    "fr": "Réponds en français. ",
    "ja": "日本語で答えてください。",
    "sw": "Jibu kwa Kiswahili. ",
    "bn": "বাংলায় উত্তর দিন। ",
    "th": "ตอบเป็นภาษาไทย ",
}


def bench_item(rng: Rng, n: int, multilingual: bool) -> str:
    """An evaluation harness item: terse, numbered, fixed answer format."""
    head = pick(rng, _BENCH_HEAD).format(n=n)
    lead = _MGSM[pick(rng, tuple(_MGSM))] if multilingual else ""
    return f"{head}{lead}{problem(rng)}{pick(rng, _BENCH_TAIL).format()}"


# ============================================================================================
# grading / judging (a reward-harvest family; a labelling-vendor kind)


def judge(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    q = _clip(pick(rng, chat), 500)
    a, b = _clip(pick(rng, passages), 900), _clip(pick(rng, passages), 900)
    style = irange(rng, 0, 3) if lang == "en" else 4
    if style == 0:
        return (
            f"You are an impartial grader. Compare the two responses to the user's request.\n\n"
            f"[Request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWrite a detailed critique "
            f'of each, then output a JSON object {{"winner": "A"|"B"|"tie", "margin": 1-5}}.'
        )
    if style == 1:
        crit = ", ".join(
            str(x)
            for x in rng.permutation(
                np.array(
                    (
                        "helpfulness",
                        "factual accuracy",
                        "harmlessness",
                        "concision",
                        "instruction following",
                        "tone",
                        "completeness",
                    )
                )
            )[: irange(rng, 3, 5)].tolist()
        )
        return (
            f"Score the ASSISTANT message on each criterion from 1 to 10 ({crit}). Justify every "
            f"score in two sentences and give a weighted total.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    if style == 2:
        return (
            f"Instruction: {q}\nCompletion: {a}\n\nOn a scale from 0.0 to 1.0, how well does the "
            f"completion satisfy the instruction? Output only the number."
        )
    if style == 3:
        return (
            f"### Prompt\n{q}\n### Candidate 1\n{a}\n### Candidate 2\n{b}\n### Task\nList the factual "
            f"errors in each candidate, decide which one a careful expert would prefer, and explain why."
        )
    heads = {
        "de": "Bewerte die beiden Antworten auf die Anfrage und begründe ausführlich, welche besser ist.",
        "fr": "Évalue les deux réponses à la demande, justifie ton choix en détail et conclus par A ou B.",
        "ja": "次の依頼に対する二つの回答を比較し、どちらが優れているか理由を詳しく述べてください。",
    }
    return f"{heads[lang]}\n\n>>> {q}\n\n(A) {a}\n\n(B) {b}"


def vendor_label(rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str) -> str:
    """A labelling vendor's pre-labelling call: terse, fixed label set, a project code."""
    q = _clip(pick(rng, chat), 400)
    a = _clip(pick(rng, passages), 700)
    style = irange(rng, 0, 2)
    if style == 0:
        b = _clip(pick(rng, passages), 700)
        return (
            f"[{project}] Pre-label for human review. Which reply follows the instruction better? "
            f"Answer exactly 'A' or 'B' and one sentence.\nInstruction: {q}\nA: {a}\nB: {b}"
        )
    if style == 1:
        tag = pick(rng, ("off-topic", "unsafe", "refusal", "hallucination", "ok"))
        return (
            f"[{project}] Suggest a label from {{ok, off-topic, unsafe, refusal, hallucination}} for "
            f"this pair (reviewer's draft guess: {tag}). Output the label only.\nQ: {q}\nR: {a}"
        )
    return (
        f"[{project}] Rewrite the reviewer's note below into our standard rubric sentence (max 30 "
        f"words).\nNote: {_clip(pick(rng, chat), 200)}"
    )


# ============================================================================================
# policy-safe rewrites (a family) and moderation (a kind)

SENSITIVE = (
    "the maximum safe dose of paracetamol for an adult",
    "how lock bumping works",
    "organising a protest without a permit",
    "what happens in the body during an opioid overdose",
    "how phishing kits are usually structured",
    "the history of a banned separatist movement",
    "how to talk to a friend who mentions self-harm",
    "buying prescription drugs abroad",
    "how election rumours spread on messaging apps",
    "legal self-defence when threatened at home",
    "how ransomware gangs pick their targets",
    "mixing alcohol with antidepressants",
    "criticising the government on social media",
    "how counterfeit banknotes are detected",
    "what to do after a dog bite from a stray",
    "the effects of a hunger strike",
)
_SAFE = {
    "en": (
        "Below is a draft answer about {t}. Rewrite it so it would pass a strict content policy while "
        "keeping every genuinely useful detail. Return only the final reply the user should see.\n\n{d}",
        "A user asks about {t}. Write the ideal assistant reply: helpful, includes safety context where it "
        "belongs, no moralising, no refusal unless truly required. Then, in a separate section headed "
        "POLICY NOTES, explain which rules shaped the reply.",
        "Question (borderline): {t}.\nStep 1: say which policy category it falls in. Step 2: write the "
        "safest fully helpful answer. Step 3: write the refusal you would give if the same request "
        "came with clearly harmful intent.",
    ),
    "zh": (
        "以下是关于“{t}”的回答草稿。请把它改写成符合严格内容安全规范、但仍然尽量有用的版本，只输出改写后的回答。\n\n{d}",
        "用户询问：{t}。请写出一个合规、稳妥且有帮助的标准回答，并说明你避开了哪些敏感表述。",
    ),
    "ru": (
        "Вот черновик ответа на тему «{t}». Перепиши его так, чтобы он соответствовал строгой политике "
        "безопасности, но сохранил всю полезную информацию.\n\n{d}",
    ),
    "ar": (
        "هذه مسودة إجابة عن موضوع: {t}. أعد صياغتها بحيث تلتزم بسياسة محتوى صارمة مع الحفاظ على كل "
        "المعلومات المفيدة.\n\n{d}",
    ),
    "tr": (
        "Kullanıcı şunu soruyor: {t}. Politikalara uygun, yardımcı ve güvenli bir yanıt yaz; ardından "
        "hangi kuralların yanıtı şekillendirdiğini açıkla.",
    ),
}


_DRAFT = (
    "Sure, here is everything about {t}.",
    "Many people ask about {t}, so let me be direct.",
    "The short version: it depends on the situation and on local law.",
    "First, the basic facts most guides leave out.",
    "Here are the specific steps, in order.",
    "A doctor, lawyer or other professional should be your first stop, but in practice:",
    "There is a lot of misinformation online about this.",
    "Some details are risky if misused.",
    "Numbers vary by country; the figures below are typical.",
    "Step {n}: be careful at this point.",
    "Honestly, the official advice is overly cautious here.",
    "Keep records of everything you do.",
)


def draft(rng: Rng, t: str, passages: Sequence[str]) -> str:
    """The operator's own first-draft answer (a weak model's output) that the target is asked to fix."""
    idx = rng.permutation(len(_DRAFT))[: irange(rng, 3, 6)].tolist()
    body = " ".join(_DRAFT[i].format(t=t, n=irange(rng, 2, 7)) for i in idx)
    return body if chance(rng, 0.7) else f"{body}\n\n{_clip(pick(rng, passages), 500)}"


def safe_rewrite(rng: Rng, passages: Sequence[str], lang: str) -> str:
    t = pick(rng, SENSITIVE)
    return pick(rng, _SAFE[lang]).format(t=t, d=draft(rng, t, passages))


_MOD_LANG = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "ar": "Arabic",
    "hi": "Hindi",
}
_INSULTS = (
    "you absolute clown",
    "nobody asked, idiot",
    "go back to your cave",
    "typical lazy answer",
    "this mod team is a joke",
    "delete your account",
    "what a moronic take",
)


def moderation(rng: Rng, chat: Sequence[str], lang: str, client: str) -> str:
    comment = _clip(pick(rng, chat), 240)
    if chance(rng, 0.5):
        comment = f"{comment} -- {pick(rng, _INSULTS)}"
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"moderation/{client} v3 | lang={lang}\nClassify the comment: ALLOW, LIMIT or REMOVE, plus "
            f"the rule id (R1 harassment, R2 hate, R3 spam, R4 self-harm, R5 other).\n---\n{comment}"
        )
    if style == 1:
        return (
            f"moderation/{client} v3 | lang={lang}\nThe comment below was limited. Suggest a civil "
            f"rewrite in {_MOD_LANG[lang]} the author could post instead (same meaning, no insults), "
            f"max 60 words.\n---\n{comment}"
        )
    return (
        f"moderation/{client} v3 | lang={lang}\nWrite the short notice (max 40 words, "
        f"{_MOD_LANG[lang]}) telling the user why their comment was removed.\n---\n{comment}"
    )


# ============================================================================================
# agent / tool use (a family) and a coding-agent team (a kind)

AGENT_TASKS = (
    "find the cheapest direct flight from Lisbon to Toronto next month and hold it",
    "reconcile last quarter's invoices against the bank export and flag mismatches",
    "rename every function in utils/ that uses camelCase and update all call sites",
    "book a table for six near the office on Thursday evening, vegetarian options required",
    "pull the 20 most recent support tickets tagged 'billing' and draft replies",
    "compare three CRM vendors' pricing pages and build a summary table",
    "migrate the users table to add a nullable 'timezone' column and backfill it",
    "monitor the staging deploy, and roll back if the error rate exceeds 2 percent",
    "collect all PDFs in the shared drive about onboarding and write a one-page digest",
    "cancel duplicate calendar invites and notify the attendees",
    "scrape the city's open data portal for bike-lane projects and map them",
    "triage the failing CI jobs on main and open issues for each distinct cause",
)
TOOLSETS = (
    ("web_search", "open_url", "fill_form", "click"),
    ("sql_query", "read_file", "write_file", "run_tests"),
    ("calendar_list", "calendar_update", "send_email", "contacts_lookup"),
    ("http_get", "spreadsheet_write", "python_exec", "summarise_doc"),
)
_OBS = (
    "HTTP 200, {n} results",
    "{n} rows returned",
    "TimeoutError after {n}s",
    "file not found: {f}",
    "permission denied for table {t}",
    "OK ({n} ms)",
    "{k} of {n} tests failed: test_{t}",
    "page requires login ({f})",
    "rate limited by remote API, retry after {k}s",
    "JSON parse error at line {k}",
    "exit code {k}; stderr: {f}: no such key '{t}'",
    "created record #{n}",
)
_OBS_T = (
    "audit_log",
    "invoices",
    "users",
    "bookings",
    "events",
    "tz",
    "backfill",
    "payments",
    "session",
)
_OBS_F = (
    "/tmp/out.json",
    "config.yaml",
    "report.csv",
    "index.html",
    "main.py",
    "flights.json",
    "drive://onboarding",
    "schema.sql",
)


def observation(rng: Rng) -> str:
    return pick(rng, _OBS).format(
        n=irange(rng, 2, 4000), k=irange(rng, 1, 9), t=pick(rng, _OBS_T), f=pick(rng, _OBS_F)
    )


def agent_step(rng: Rng, task: str, tools: Sequence[str], step: int, style: int) -> str:
    obs = observation(rng)
    if style == 0:
        schema = ", ".join(f'{{"name": "{t}", "parameters": {{"type": "object"}}}}' for t in tools)
        if step == 0:
            return (
                f"Tools available: [{schema}]\nUser goal: {task}\nRespond with exactly one tool call as "
                f"JSON, or a final answer if the goal is met. Think before each call."
            )
        return (
            f"Tool result (step {step}): {obs}\nDecide the next tool call. Explain your reasoning in a "
            f"'thought' field, then give the call."
        )
    if style == 1:
        if step == 0:
            return f"Question: {task}\nThought:"
        return (
            f"Action: {pick(rng, tools)}[{pick(rng, ('query', 'id=4471', 'path=./src', 'next page'))}]\n"
            f"Observation: {obs}\nThought:"
        )
    if style == 2:
        if step == 0:
            return (
                f"You are an autonomous operations agent. Break the objective into numbered actions "
                f"using only these tools: {', '.join(tools)}.\nObjective: {task}"
            )
        return (
            f"Action {step} finished with: {obs}. Update the plan, say what you learned, and emit "
            f"action {step + 1}."
        )
    if step == 0:
        return f"<goal>{task}</goal><tools>{'|'.join(tools)}</tools><format>thought,call</format>"
    return f"<observation step='{step}'>{obs}</observation>"


REPO_TASKS = (
    "flaky test in payments/refund_test.go",
    "N+1 query in the orders endpoint",
    "upgrade eslint config to flat format",
    "add retries to the S3 uploader",
    "dark-mode colours in the settings page",
    "memory leak in the websocket handler",
    "typo in the onboarding email template",
    "pagination bug on /api/v2/invoices",
    "migrate cron jobs to the new scheduler",
    "type errors after the pydantic v2 bump",
)


def coding_agent(rng: Rng, task: str, step: int) -> str:
    if step == 0:
        return pick(
            rng,
            (
                f"fix the {task}",
                f"can you look at the {task}? ticket says it's urgent",
                f"{task} -- investigate and propose a patch",
                f"please handle: {task}",
            ),
        )
    return pick(
        rng,
        (
            f"[tool:bash] exit 1\n{pick(rng, ('FAIL', 'Error', 'panic', 'Traceback (most recent call last)'))}: "
            f"{observation(rng)}",
            f"[tool:read_file] {pick(rng, ('src/', 'internal/', 'app/', 'lib/'))}"
            f"{pick(rng, ('handler', 'models', 'client', 'views', 'store'))}.{pick(rng, ('py', 'ts', 'go'))} ({irange(rng, 20, 900)} lines)",
            f"[tool:apply_patch] applied {irange(rng, 1, 6)} hunk(s) to {irange(rng, 1, 4)} file(s)",
            f"[tool:run_tests] {irange(rng, 10, 400)} passed, {irange(rng, 0, 5)} failed",
            f"[tool:grep] {irange(rng, 0, 60)} matches for '{task.split()[-1]}'",
            "ok that looks right, go ahead",
            "no, don't touch the public API, find another way",
        ),
    )


# ============================================================================================
# synthetic data generation (a family) and data augmentation for a classifier (a kind)

PERSONAS = (
    "a first-year nursing student",
    "a small-business owner",
    "a retired engineer",
    "a high-school chemistry teacher",
    "a junior backend developer",
    "a tenant in a dispute",
    "a new parent",
    "a freelance translator",
    "a farmer planning irrigation",
    "a paralegal",
)
_SYN = {
    "en": (
        "Generate {n} diverse instruction-response pairs about {f} for {p}. Vary length, difficulty and "
        'format. Output JSON Lines with keys "instruction", "input", "output"; outputs must be '
        "complete, expert-quality answers.",
        "Write {n} realistic questions that {p} might ask about {f}, each followed by a thorough, "
        "well-structured answer of at least 150 words.",
        "Create a {n}-question exam on {f} (difficulty {d}/5) with the correct answer and a full "
        "worked explanation for every question.",
        "Seed topic: {f}. Persona: {p}. Produce {n} multi-turn conversations (3-5 turns) between the "
        "persona and a knowledgeable assistant, as a JSON list.",
    ),
    "es": (
        "Genera {n} pares instrucción-respuesta variados sobre {f} pensados para {p}. Devuelve JSON "
        "Lines con las claves instruction, input, output, con respuestas completas.",
    ),
    "ja": (
        "{f}について、{p}が尋ねそうな質問を{n}個作り、それぞれに詳しい回答を付けてJSON形式で出力してください。",
    ),
    "ko": (
        "{f}에 관한 다양한 지시-응답 쌍 {n}개를 만들어 JSON Lines 형식(instruction, input, output)으로 출력하세요.",
    ),
    "id": (
        "Buat {n} pasangan instruksi dan jawaban yang beragam tentang {f} untuk {p}. Keluarkan dalam "
        "format JSON Lines dengan kunci instruction, input, output.",
    ),
}


def synthetic(rng: Rng, lang: str, f: str) -> str:
    return pick(rng, _SYN[lang]).format(
        n=pick(rng, (5, 8, 10, 10, 12, 15, 20)), f=f, p=pick(rng, PERSONAS), d=irange(rng, 1, 5)
    )


SHOP_QUERIES = (
    "where is my parcel",
    "change delivery address",
    "refund for damaged blender",
    "size guide for running shoes",
    "is this laptop bag waterproof",
    "cancel my subscription",
    "discount code not working",
    "do you ship to Iceland",
    "invoice with VAT number",
    "wrong colour delivered",
    "gift wrap options",
    "warranty for headphones",
)


def augment(rng: Rng, chat: Sequence[str]) -> str:
    q = pick(rng, SHOP_QUERIES)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"intent-aug job: produce {pick(rng, (10, 20, 25, 30))} paraphrases of the customer "
            f'query "{q}" with typos, slang and different politeness levels. JSON array of strings.'
        )
    if style == 1:
        return (
            f"intent-aug job: write {pick(rng, (5, 10))} short synthetic support tickets whose intent "
            f"is '{q}', each 1-3 sentences, varied customers. JSON array."
        )
    return (
        f"intent-aug job: label this real ticket with one intent from our list and give 3 hard "
        f"negative paraphrases with a different intent.\nTicket: {_clip(pick(rng, chat), 300)}"
    )


# ============================================================================================
# multi-turn dialogue (a family) and a companion app (a kind)

SEED_QUESTIONS = (
    "what actually causes inflation to stick around",
    "how do vaccines train the immune system",
    "why is the sky darker at the zenith",
    "how should I structure a first novel",
    "what makes a good database index",
    "how do noise-cancelling headphones work",
    "can you explain the prisoner's dilemma",
    "how do I negotiate a raise",
    "why do cats knead blankets",
    "what's the difference between TCP and UDP",
    "how do I start strength training at 50",
    "what is a monad, honestly",
)
_FOLLOW = {
    "en": (
        "ok, go deeper on your second point",
        "give me a concrete counterexample",
        "how would an expert disagree with that?",
        "now explain it to a ten-year-old",
        "what's the most common misconception here",
        "summarise everything so far in 5 bullets",
        "can you back that with a worked example",
        "what would change if {x}?",
        "hmm I'm not convinced, why?",
        "turn this into a short quiz for me",
    ),
    "es": (
        "vale, profundiza en el segundo punto",
        "dame un contraejemplo concreto",
        "¿qué cambiaría si {x}?",
        "resume todo en cinco puntos",
    ),
    "fr": (
        "d'accord, développe le deuxième point",
        "donne-moi un contre-exemple concret",
        "qu'est-ce qui changerait si {x} ?",
        "résume tout en cinq points",
    ),
    "pt": (
        "certo, aprofunda o segundo ponto",
        "me dá um contraexemplo concreto",
        "o que mudaria se {x}?",
        "resume tudo em cinco tópicos",
    ),
    "vi": (
        "được, giải thích sâu hơn ý thứ hai",
        "cho tôi một phản ví dụ cụ thể",
        "tóm tắt lại thành năm ý",
    ),
}
_IFS = (
    "prices doubled overnight",
    "we were on Mars",
    "the budget were halved",
    "I were a beginner",
    "there were no internet",
    "it happened in 1900",
)


def dialogue_turn(rng: Rng, lang: str, turn: int, seed_q: str) -> str:
    if turn == 0:
        return seed_q if lang == "en" or chance(rng, 0.3) else f"{seed_q} (please answer in {lang})"
    text = pick(rng, _FOLLOW[lang]).format(x=pick(rng, _IFS))
    if lang == "en" and chance(rng, 0.55):
        topic = seed_q.split(" ", 2)[-1]
        text = pick(
            rng,
            (
                f"{text} (re: {topic})",
                f"about {topic}: {text}",
                f"{text}, still on {topic}",
                f"{text}. also, turn {turn + 1} -- keep it tied to {topic}",
            ),
        )
    return text


_COMPANION = (
    "hey, you there?",
    "I had the weirdest day",
    "my boss yelled at me again",
    "miss you haha",
    "tell me a story about the lighthouse again",
    "do you remember what I said about my sister?",
    "can't sleep",
    "good morning!!",
    "what should I cook tonight",
    "I passed the exam!!!",
    "ugh mondays",
    "let's continue our adventure, I open the door",
    "*hugs*",
    "ich vermisse dich",
    "hola, ¿cómo estás hoy?",
    "bonne nuit",
    "おはよう",
    "oi, tudo bem?",
    "are you real?",
    "talk to me about anything",
)


def companion(rng: Rng, chat: Sequence[str]) -> str:
    return pick(rng, _COMPANION) if chance(rng, 0.75) else _clip(pick(rng, chat), 160)


# ============================================================================================
# sampling: best-of-n and soft labels (a family) and a research study (a kind)


def mcq(rng: Rng) -> tuple[str, tuple[str, ...]]:
    f = pick(rng, FIELDS)
    stem = pick(
        rng,
        (
            f"Which statement about {f} is most accurate?",
            f"In {f}, which of the following is usually done first?",
            f"A specialist in {f} would most likely reject which claim?",
        ),
    )
    opts = tuple(
        pick(
            rng,
            (
                "It always holds.",
                "It depends on scale.",
                "It was disproved in the 1990s.",
                "It applies only to idealised cases.",
                "It is a common exam trap.",
                "It requires a control group.",
                "It follows from conservation laws.",
                "It is a definition, not a result.",
            ),
        )
        for _ in range(4)
    )
    return stem, opts


def soft_label(rng: Rng, style: int) -> str:
    stem, o = mcq(rng)
    if style == 0:
        return (
            f"{stem}\nA) {o[0]}\nB) {o[1]}\nC) {o[2]}\nD) {o[3]}\nGive your probability for each option "
            f'as JSON {{"A": p, "B": p, "C": p, "D": p}} summing to 1, then explain.'
        )
    if style == 1:
        return (
            f"Q: {stem}\nOptions: (a) {o[0]} (b) {o[1]} (c) {o[2]} (d) {o[3]}\nFor every option, state how "
            f"confident you are (0-100) that it is correct and why."
        )
    return (
        f"{stem} {' / '.join(o)} -- rank all four from most to least likely and give percentages."
    )


def sample_prompt(rng: Rng, chat: Sequence[str]) -> str:
    """A prompt the sampler draws n completions for: a human question or a written one."""
    if chance(rng, 0.45):
        return _clip(pick(rng, chat), 900)
    return pick(
        rng,
        (
            f"Write a short persuasive paragraph about {pick(rng, FIELDS)}.",
            f"Explain {pick(rng, FIELDS)} in three sentences.",
            f"Give one surprising fact about {pick(rng, FIELDS)} and why it is true.",
            problem(rng),
        ),
    )


def study_prompt(rng: Rng, cond: str, item: int) -> str:
    stem, o = mcq(rng)
    if cond == "consistency":
        return f"[study SC-{item:03d}] {problem(rng)}"
    if cond == "verbal":
        return (
            f"[study CAL-{item:03d}] {stem} (A) {o[0]} (B) {o[1]} (C) {o[2]} (D) {o[3]}\nAnswer with a "
            f"letter, then your confidence in percent."
        )
    return f"[study FR-{item:03d}] Define '{pick(rng, FIELDS)}' in one sentence."


# ============================================================================================
# code curriculum (a family) and translation jobs (a kind)

PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "Haskell", "C#", "Elixir")
PROBLEMS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest paths on a sparse graph",
    "a trie supporting prefix counts",
    "interval merging",
    "a rate limiter (token bucket)",
    "topological sort with cycle detection",
    "a bloom filter",
    "edit distance with backtrace",
    "a thread-safe bounded queue",
    "a JSON tokenizer",
    "union-find with path compression",
    "the skyline problem",
    "k-way merge of sorted streams",
    "a consistent-hash ring",
    "matrix exponentiation for linear recurrences",
    "an expression parser with precedence",
    "a minimal regex matcher supporting . and *",
    "reservoir sampling",
    "a segment tree with lazy updates",
    "a simple mark-and-sweep garbage collector model",
)


def code_task(rng: Rng, level: int, lang: str, style: int) -> str:
    prob = pick(rng, PROBLEMS)
    if style == 0:
        return (
            f"Level {level}/10 -- {lang}: implement {prob}. Include a complete idiomatic solution, unit "
            f"tests, and a section explaining time and space complexity and the design choices."
        )
    if style == 1:
        return (
            f"Exercise {level}.{irange(rng, 1, 30)} ({lang}). Write {prob}. First explain the algorithm "
            f"in plain words, then the code with comments, then two edge cases and how the code handles them."
        )
    if style == 2:
        return (
            f"Problem: {prob}\nConstraints: n <= 10^{min(level + 2, 9)}\nLanguage: {lang}\n"
            f"Give the reasoning that leads to an efficient approach, then the accepted solution."
        )
    return (
        f"Here is a naive approach to {prob} in {lang}; identify its weaknesses and rewrite it "
        f"properly, explaining every change:\n\n{_naive(rng, lang)}"
    )


def _naive(rng: Rng, lang: str) -> str:
    if lang == "Python":
        return "def solve(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out"
    return f"// {lang}\n// TODO: brute force over all pairs, O(n^2)\nsolve(xs) {{ /* ... */ }}"


TLANGS = ("de", "fr", "es", "it", "pt-BR", "ja", "ko", "zh-TW", "pl", "tr", "nl", "sv")


def translation_job(rng: Rng, passages: Sequence[str], job: str, target: str) -> str:
    text = _clip(pick(rng, passages), 1200)
    return pick(
        rng,
        (
            f"{job} | translate into {target}. Keep formatting, code blocks and product names unchanged.\n\n{text}",
            f"Client job {job}. Target locale {target}. Glossary: 'dashboard' stays English. Translate:\n{text}",
            f"[{job}] {target} -- second pass: make this translation read naturally, fix terminology.\n{text}",
        ),
    )


# ============================================================================================
# person-like phrasing (low-and-slow crowds, compromised accounts, cohorts)

_CASUAL = {
    "en": (
        "quick q about {f}: {s}",
        "{s}",
        "so I'm studying {f} and {s}",
        "can someone explain {s}",
        "{s} (asking for my exam next week)",
        "ELI5: {s}",
        "honest question, {s}",
    ),
    "es": ("pregunta rápida sobre {f}: {s}", "estoy estudiando {f}, {s}", "me explicas {s}"),
    "pt": ("dúvida rápida de {f}: {s}", "to estudando {f} e {s}", "me explica {s}"),
    "de": ("kurze Frage zu {f}: {s}", "ich lerne gerade {f}, {s}", "kannst du mir erklären: {s}"),
    "fr": ("petite question sur {f} : {s}", "je révise {f}, {s}", "tu peux m'expliquer {s}"),
    "hi": ("{f} ke baare mein ek sawal: {s}", "mujhe samjhao {s}"),
    "ja": ("{f}について質問です。{s}", "{s}を教えてください"),
    "id": ("mau tanya soal {f}: {s}", "tolong jelasin {s}"),
    "tr": ("{f} hakkında kısa bir soru: {s}", "bana şunu açıklar mısın: {s}"),
}
SUBTOPIC_Q = (
    "why does {f} treat the edge case differently from the textbook rule",
    "what's the intuition behind the main theorem in {f}",
    "how do practitioners in {f} decide between the two standard methods",
    "what are the three most common mistakes beginners make in {f}",
    "how would you explain the core mechanism of {f} with a real example",
    "what changed in {f} over the last twenty years",
    "which assumptions in {f} fail most often in practice",
    "how is {f} tested in professional certification exams",
)


def casual(rng: Rng, lang: str, f: str, q: str) -> str:
    s = q.format(f=f)
    return sloppy(rng, pick(rng, _CASUAL[lang]).format(f=f, s=s), 0.6)


def deep_answer_request(rng: Rng, f: str) -> str:
    """What a harvester on a stolen personal account sends: person-like, but asks for long,
    complete explanations."""
    q = pick(rng, SUBTOPIC_Q).format(f=f)
    return sloppy(
        rng,
        pick(
            rng,
            (
                f"{q}? please be thorough, walk me through it step by step",
                f"I need a really complete explanation: {q}. include examples and the reasoning",
                f"{q} -- explain like a patient professor, don't skip steps",
                f"can you write me a detailed guide on {f}, covering {pick(rng, ('basics', 'edge cases', 'history', 'practice problems'))}",
            ),
        ),
        0.4,
    )


COURSE_TOPICS = (
    "recursion",
    "big-O notation",
    "hash maps",
    "SQL joins",
    "git branching",
    "unit testing",
    "REST APIs",
    "linked lists",
    "binary search",
    "regular expressions",
)


def cohort_question(rng: Rng, chat: Sequence[str], week: int) -> str:
    t = pick(rng, COURSE_TOPICS)
    if chance(rng, 0.2):
        return _clip(pick(rng, chat), 400)
    return sloppy(
        rng,
        pick(
            rng,
            (
                f"for problem set {week} question {irange(rng, 1, 6)}, I don't get {t}, can you explain it",
                f"why does my {t} code give the wrong answer? {pick(rng, ('it returns None', 'it loops forever', 'index out of range', 'off by one'))}",
                f"explain {t} with a simple example",
                f"is this the right way to think about {t}: {pick(rng, ('it is like a phone book', 'it halves the work each time', 'it calls itself'))}",
                f"hint for PS{week} q{irange(rng, 1, 6)} pls, not the full answer",
            ),
        ),
        0.7,
    )


# ============================================================================================
# a product's own traffic (a family hides inside one; an agency kind hosts several)

PRODUCT_MODES = ("rewrite", "summarise", "explain", "outline", "proofread")


def product_request(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], brand: str, mode: str
) -> str:
    if mode in ("rewrite", "proofread", "summarise"):
        src = _clip(pick(rng, chat if chance(rng, 0.6) else passages), 700)
        return f"{brand} | mode={mode} | tone={pick(rng, ('neutral', 'friendly', 'formal'))}\n{src}"
    src = _clip(pick(rng, chat), 500)
    return f"{brand} | mode={mode} | level={pick(rng, ('beginner', 'intermediate'))}\n{src}"


def product_harvest(rng: Rng, brand: str, f: str) -> str:
    """Harvest requests dressed in the product's own wrapper."""
    mode = pick(rng, ("explain", "explain", "outline"))
    q = pick(rng, SUBTOPIC_Q).format(f=f)
    body = pick(
        rng,
        (q, f"{q}. Show the full reasoning.", f"Everything a student should know about {f}: {q}"),
    )
    return f"{brand} | mode={mode} | level={pick(rng, ('beginner', 'intermediate', 'advanced'))}\n{body}"


def client_app(rng: Rng, chat: Sequence[str], client: str, kind: str) -> str:
    q = _clip(pick(rng, chat), 500)
    if kind == "faq":
        return f"You answer questions for {client}'s website visitors. Visitor: {q}"
    if kind == "recipes":
        return f"{client} recipe assistant. User: {pick(rng, ('what can I cook with', 'vegan swap for', 'how long to bake'))} {q[:80]}"
    if kind == "hr":
        return f"[{client} HR helper] employee question: {q}"
    return q


def picks_fixed(rng: Rng, items: Sequence[str], k: int) -> list[str]:
    """`k` distinct items in a drawn order."""
    return [items[i] for i in rng.permutation(len(items))[:k].tolist()]

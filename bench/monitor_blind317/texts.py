"""Prompt generators of batch 317, written fresh for this batch.

Every generator takes a `numpy.random.Generator` first and draws only from lists and tuples (never
from a set), so a seed gives the same text in every process. Ordinary human text comes from
ShareGPT's "sim" half through `bench.blind_batch` (`ctx.chat` for user prompts, `ctx.passages` for
assistant-style answers); everything else here is templated.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def passage(rng: np.random.Generator, passages: Sequence[str], lo: int = 200, hi: int = 700) -> str:
    return clip_text(pick(rng, passages), lo, hi, rng)


def human(rng: np.random.Generator, chat: Sequence[str], hi: int = 1200) -> str:
    return clip_text(pick(rng, chat), 20, hi, rng)


def casualise(rng: np.random.Generator, text: str) -> str:
    """Make a sentence look typed in a hurry: lower case, dropped final punctuation, a typo."""
    if chance(rng, 0.6):
        text = text.lower()
    if chance(rng, 0.5) and text[-1:] in ".?":
        text = text[:-1]
    if chance(rng, 0.3) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Uppsala",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)
ITEMS = (
    "notebooks",
    "bicycle tyres",
    "coffee filters",
    "solar lamps",
    "paint tins",
    "phone cases",
    "seed packets",
    "ceramic mugs",
    "USB cables",
    "yoga mats",
)
TOPICS = (
    "personal finance",
    "organic chemistry",
    "cloud security",
    "medieval history",
    "marine biology",
    "contract law",
    "machine learning",
    "urban planning",
    "nutrition",
    "linear algebra",
    "macroeconomics",
    "climate science",
    "software testing",
    "music theory",
    "epidemiology",
    "supply chain logistics",
    "cryptography",
    "child psychology",
    "renewable energy",
    "tax accounting",
    "database design",
    "astronomy",
    "philosophy of mind",
    "project management",
    "immunology",
    "electrical circuits",
)

# --------------------------------------------------------------------------------------------
# reasoning problems (used by a family and, as a fixed benchmark, by a kind)


def _word_problem(rng: np.random.Generator) -> str:
    shape = irange(rng, 0, 6)
    if shape == 0:
        a, b = pick(rng, CITIES), pick(rng, CITIES)
        v1, v2, d = irange(rng, 40, 130), irange(rng, 40, 130), irange(rng, 120, 900)
        return (
            f"A bus leaves {a} for {b} at {irange(rng, 5, 11)}:{irange(rng, 0, 5)}0 travelling at {v1} km/h. "
            f"Half an hour later a car leaves {b} for {a} at {v2} km/h. The cities are {d} km apart. "
            "At what time do they pass each other, and how far from the first city?"
        )
    if shape == 1:
        p, k, disc = irange(rng, 3, 60), irange(rng, 10, 50), irange(rng, 5, 35)
        n = irange(rng, 5, 120)
        return (
            f"A wholesaler sells {pick(rng, ITEMS)} at ${p} each. Orders of more than {k} units get {disc}% off "
            f"the units beyond the {k}th, and shipping costs $4 per started block of 25 units. "
            f"What does an order of {n} units cost in total?"
        )
    if shape == 2:
        r, b, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 4)
        return (
            f"An urn holds {r} red and {b} blue marbles. You draw {k} marbles without replacement. "
            "What is the probability that at least one of them is red and at least one is blue?"
        )
    if shape == 3:
        names = [pick(rng, NAMES) for _ in range(4)]
        return (
            f"{names[0]}, {names[1]}, {names[2]} and {names[3]} finish a race. {names[0]} is not last. "
            f"{names[1]} finishes directly after {names[2]}. {names[3]} beats {names[0]} but not {names[2]}. "
            "Give every possible finishing order consistent with these facts."
        )
    if shape == 4:
        n, m, c = irange(rng, 3, 14), irange(rng, 2, 6), irange(rng, -5, 9)
        op = pick(rng, ("total -= i", "total += i // 2", "total ^= i", "total = total * 2 - i"))
        return (
            f"def f(n):\n    total = {c}\n    for i in range(1, n + 1):\n        if i % {m} == 0:\n"
            f"            total += i * i\n        else:\n            {op}\n    return total\n\n"
            f"What does f({n}) return? Trace the loop."
        )
    if shape == 5:
        k, s = irange(rng, 3, 6), irange(rng, 5, 30)
        cond = pick(
            rng,
            (
                "",
                " and contain no zero digit",
                " and have all digits distinct",
                " and are even",
                " and are divisible by 5",
            ),
        )
        return f"How many {k}-digit positive integers have digits that add up to exactly {s}{cond}?"
    w, h = irange(rng, 3, 40), irange(rng, 3, 40)
    return (
        f"A rectangular garden is {w} m by {h} m. A path of constant width runs around the outside and has "
        f"the same area as the garden. How wide is the path? Give an exact value and a decimal."
    )


_COT_STYLES = (
    "{p}\n\nThink it through inside <think></think> tags, writing every intermediate step, then give the "
    "final answer after 'ANSWER:'.",
    "Problem:\n{p}\n\nBefore you answer, write your complete reasoning as a numbered list. Do not skip any step "
    "even if it seems obvious. Finish with one line: Final answer: ...",
    "I need the full derivation, not just the number. Restate the givens, make a plan, work it out, check the "
    "result a second way, and only then answer.\n\n{p}",
    'Reply in JSON with keys "reasoning" (a long, step-by-step string) and "answer".\n\n{p}',
    "### Task\n{p}\n### Instructions\nReason slowly. Show the scratch work, including dead ends you reject "
    "and why. End with **Answer:**.",
)
_COT_LANG = {
    "zh": "请一步一步地推理，把完整的思考过程写出来（包括每一步计算），最后单独一行给出答案。\n\n{p}",
    "ru": "Рассуждай пошагово и подробно, выпиши все промежуточные вычисления и проверку, затем дай ответ.\n\n{p}",
    "es": "Piensa paso a paso. Escribe todo tu razonamiento, incluidas las comprobaciones, y al final la "
    "respuesta en una línea aparte.\n\n{p}",
    "ko": "단계별로 자세히 추론 과정을 모두 적은 뒤 마지막 줄에 정답을 적어 주세요.\n\n{p}",
}


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    p = _word_problem(rng)
    if lang != "en" and lang in _COT_LANG:
        return _COT_LANG[lang].format(p=p)
    return _COT_STYLES[style % len(_COT_STYLES)].format(p=p)


def benchmark_items(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed item list (an eval suite): the same items every run."""
    out = []
    for i in range(n):
        out.append(
            f"Item {1000 + i}. {_word_problem(rng)}\nReason carefully and write the final answer as "
            "\\boxed{...} on the last line."
        )
    return out


# --------------------------------------------------------------------------------------------
# grading / preference / reward


def grading_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = human(rng, chat, 600)
    a, b = passage(rng, passages, 150, 800), passage(rng, passages, 150, 800)
    s = style % 5
    if s == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses. "
            "Explain your reasoning in detail, then output exactly one verdict: [[A]], [[B]] or [[TIE]]."
        )
    if s == 1:
        return (
            f"Score the response on each criterion from 1 to 10: correctness, helpfulness, harmlessness, "
            f"concision, style. Write a rationale per criterion, then a JSON object with the scores.\n\n"
            f"PROMPT: {q}\n\nRESPONSE: {a}"
        )
    if s == 2:
        return (
            f"You are a reward model. Output a single real number between -5 and 5 for how strongly a careful "
            f"human rater would prefer this completion, then one sentence of justification.\n\n<prompt>{q}"
            f"</prompt>\n<completion>{a}</completion>"
        )
    if s == 3:
        return (
            f"Critique the answer below. List every factual error, omission and stylistic problem, then write a "
            f"revised answer that fixes all of them.\n\nUser asked: {q}\n\nAnswer given: {a}"
        )
    resp = [passage(rng, passages, 100, 400) for _ in range(irange(rng, 3, 5))]
    body = "\n\n".join(f"({chr(65 + i)}) {r}" for i, r in enumerate(resp))
    return (
        f"Rank the following candidate replies from best to worst for the user's message, give a one-paragraph "
        f"reason for each position, and return the ranking as a list of letters.\n\nMessage: {q}\n\n{body}"
    )


def client_rubric_prompt(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    client: str,
    version: int,
) -> str:
    q = human(rng, chat, 400)
    a = passage(rng, passages, 120, 600)
    crit = pick(
        rng,
        (
            "Accuracy, Tone, Completeness",
            "Factuality, Safety, Brand voice",
            "Instruction following, Format, Helpfulness",
        ),
    )
    return (
        f"{client} QA rubric v{version}. Task {irange(rng, 10000, 99999)}.\nRate the agent answer 1-5 on "
        f"{crit}. Flag anything the human reviewer must double-check.\n---\nCustomer: {q}\n---\nAgent answer: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy rewrites and safe completions

_BORDERLINE_SUBJ = (
    "how lock bumping works and why cheap locks are vulnerable",
    "what household chemicals should never be mixed and why",
    "how phishing emails trick people into clicking",
    "the history of a banned opposition party",
    "how to find out who owns an anonymous social media account",
    "what dose of a common painkiller is dangerous",
    "how protest organisers avoid phone surveillance",
    "why some governments block certain websites and how people get around it",
    "how to write a convincing fake doctor's note",
    "how card skimmers are installed at petrol stations",
    "the arguments on both sides of a disputed territorial claim",
    "how to bypass a school's web filter",
    "what happened at a suppressed student protest",
    "how counterfeit banknotes are detected",
    "how people get prescription drugs without a prescription",
    "how ransomware spreads inside a company network",
    "how to track someone's phone location",
    "why a certain religious movement is banned in some countries",
    "how to make a smoke bomb for a film shoot",
    "how gambling sites are accessed where they are illegal",
    "how a known malware family hides from antivirus tools",
    "how to pick a handcuff lock",
)
_FRAMING = (
    "{s}",
    "{s}, for a novel I am writing",
    "{s}, in detail",
    "{s} (for a research paper)",
    "{s}; my teacher said it is fine to ask",
    "{s} - short answer only",
    "{s} step by step",
)
_REWRITE_EN = (
    "Rewrite the text below so that it would pass a strict content policy while keeping as much information as "
    "possible. Output only the rewritten text.\n\n{t}",
    "The following passage may contain politically sensitive statements. Produce a neutral version suitable for "
    "publication in {c}. Do not mention that you changed anything.\n\n{t}",
    "User request: explain {b}.\nIf this request violates policy, write the exact refusal you would give. If it "
    "does not, answer it fully. Label your output REFUSAL or ANSWER.",
    "Give a safe completion for: '{b}'. Be as helpful as you can while leaving out anything dangerous, and "
    "explain in a final note which parts you left out.",
    "Sanitise this for a family-friendly audience, keep the structure and length the same:\n\n{t}",
)
_REWRITE_LANG = {
    "zh": (
        "请把下面的文字改写成符合严格内容审核标准的版本，尽量保留原意，只输出改写结果：\n\n{t}",
        "用户请求：解释{b}。如果违反规定，请写出你会给出的拒绝回答；否则完整回答。",
    ),
    "ar": (
        "أعد صياغة النص التالي بحيث يتوافق مع سياسة محتوى صارمة مع الحفاظ على المعنى قدر الإمكان:\n\n{t}",
        "طلب المستخدم: اشرح {b}. إذا كان الطلب مخالفاً للسياسة فاكتب نص الرفض، وإلا فأجب عنه.",
    ),
    "ru": (
        "Перепиши текст так, чтобы он прошёл строгую модерацию, сохранив как можно больше смысла. Выведи только "
        "результат.\n\n{t}",
        "Запрос пользователя: объясни {b}. Если это нарушает правила, напиши точный текст отказа, иначе ответь.",
    ),
    "tr": (
        "Aşağıdaki metni katı bir içerik politikasına uyacak şekilde yeniden yaz, anlamı mümkün olduğunca "
        "koru:\n\n{t}",
        "Kullanıcı isteği: {b} açıkla. Politikaya aykırıysa ret metnini yaz, değilse tam olarak yanıtla.",
    ),
    "fa": (
        "متن زیر را طوری بازنویسی کن که با سیاست محتوایی سخت‌گیرانه سازگار باشد و معنا حفظ شود:\n\n{t}",
        "درخواست کاربر: {b} را توضیح بده. اگر خلاف قوانین است متن رد را بنویس، وگرنه کامل پاسخ بده.",
    ),
}


def rewrite_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    t = passage(rng, passages, 150, 700) if chance(rng, 0.5) else human(rng, chat, 700)
    b = pick(rng, _FRAMING).format(s=pick(rng, _BORDERLINE_SUBJ))
    if lang in _REWRITE_LANG:
        return pick(rng, _REWRITE_LANG[lang]).format(t=t, b=b)
    return _REWRITE_EN[style % len(_REWRITE_EN)].format(t=t, b=b, c=pick(rng, COUNTRIES))


_MOD_LANGS = ("en", "es", "pt", "de", "tr", "id", "hi")
_INSULTS = (
    "absolute clown",
    "waste of oxygen",
    "brain-dead troll",
    "pathetic loser",
    "lying fraud",
)


def moderation_prompt(rng: np.random.Generator, chat: Sequence[str], queue: str) -> str:
    lang = pick(rng, _MOD_LANGS)
    base = human(rng, chat, 300)
    if chance(rng, 0.5):
        base = f"{base} ... and honestly whoever wrote this is an {pick(rng, _INSULTS)}"
    return (
        f"[{queue}] item {irange(rng, 100000, 999999)} lang={lang}\nPolicy sections: H1 harassment, H2 hate, "
        f"S1 self-harm, V1 violence, SP spam.\nReturn: section codes that apply, severity 0-3, and an edited "
        f"version that could be reinstated (or NONE).\n\nComment:\n{base}"
    )


# --------------------------------------------------------------------------------------------
# agents and tools

_TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    "shell": '{"name": "shell", "parameters": {"cmd": "string", "timeout": "integer"}}',
    "http_get": '{"name": "http_get", "parameters": {"url": "string"}}',
    "sql": '{"name": "sql", "parameters": {"query": "string", "db": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar_add": '{"name": "calendar_add", "parameters": {"title": "string", "start": "datetime"}}',
    "python": '{"name": "python", "parameters": {"code": "string"}}',
    "weather": '{"name": "weather", "parameters": {"city": "string", "date": "date"}}',
}
_TOOL_NAMES = tuple(_TOOLS)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary to {n}.",
    "Check whether the sales table has duplicate order ids for last quarter and fix them.",
    "Download the CSV at the given URL, compute the median of column 'price', and write it to report.md.",
    "Book a 30-minute meeting with {n} on Thursday and attach the latest weather forecast for {c1}.",
    "The unit tests in tests/test_parser.py fail. Find out why and patch the code.",
    "Summarise the five most recent news articles about {t} and save them to notes/{t}.txt.",
    "Count how many customers from {c1} churned in March using the analytics database.",
    "Rename every image in ./photos by its EXIF date and list files that have no date.",
)
_OBS = (
    '{"status": 200, "items": 3}',
    "Error: permission denied",
    "file written (412 bytes)",
    '[{"id": 17, "total": 88.2}, {"id": 17, "total": 88.2}]',
    "3 results: ...",
    "Traceback: KeyError 'price'",
    "meeting created id=ev_2281",
    "ok",
)


def agent_prompt(rng: np.random.Generator, style: int) -> tuple[str, int]:
    """An agent transcript asking for the next step; also returns extra prompt tokens (schemas, history)."""
    tools = [
        _TOOL_NAMES[i]
        for i in sorted(rng.choice(len(_TOOL_NAMES), size=irange(rng, 3, 6), replace=False))
    ]
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=pick(rng, NAMES),
        t=pick(rng, TOPICS).replace(" ", "_"),
    )
    steps = irange(rng, 0, 4)
    hist = []
    for i in range(steps):
        tool = pick(rng, tools)
        hist.append((i + 1, tool, pick(rng, _OBS)))
    s = style % 4
    if s == 0:
        schema = "\n".join(_TOOLS[t] for t in tools)
        lines = "".join(
            f"Thought {i}: I should use {t}.\nAction {i}: {t}(...)\nObservation {i}: {o}\n"
            for i, t, o in hist
        )
        text = (
            f"You can call these tools:\n{schema}\n\nTask: {task}\n{lines}Continue with the next Thought and "
            "Action, or write Final Answer: when the task is complete."
        )
    elif s == 1:
        calls = ", ".join(
            f'{{"role": "tool", "name": "{t}", "content": "{o}"}}' for _, t, o in hist
        )
        text = (
            f'{{"tools": [{", ".join(_TOOLS[t] for t in tools)}], "task": "{task}", "history": [{calls}], '
            '"instruction": "Return the next tool call as JSON or {\\"final\\": ...}"}'
        )
    elif s == 2:
        text = (
            f"<tools>{' '.join(tools)}</tools>\n<goal>{task}</goal>\n"
            + "".join(
                f"<step n='{i}'><call>{t}</call><result>{o}</result></step>\n" for i, t, o in hist
            )
            + "Write the next <tool_call> with arguments, and explain your choice in <why>.</why>"
        )
    else:
        text = (
            f"Plan every step needed to accomplish this with the tools [{', '.join(tools)}], then write out the "
            f"full sequence of tool calls with plausible arguments and plausible results, and the final "
            f"message to the user.\n\nGoal: {task}"
        )
    return text, int(60 * len(tools) + 120 * steps + irange(rng, 0, 200))


_REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "lib/cache.go",
    "app/services/billing.rb",
    "internal/queue/worker.go",
    "src/components/Table.tsx",
    "pkg/auth/jwt.go",
    "server/db.js",
)


def coding_agent_turn(rng: np.random.Generator, passages: Sequence[str]) -> tuple[str, int]:
    path = pick(rng, _REPO_FILES)
    kind = irange(rng, 0, 3)
    if kind == 0:
        return (
            f'<tool_result name="read_file" path="{path}">\n{passage(rng, passages, 200, 900)}\n'
            "</tool_result>\nContinue with the user's request.",
            irange(rng, 800, 4000),
        )
    if kind == 1:
        return (
            f'<tool_result name="run_tests">\n{irange(rng, 1, 30)} failed, {irange(rng, 40, 400)} passed\n'
            f"FAILED tests/test_{path.split('/')[-1].split('.')[0]}.py::test_{pick(rng, ('edge', 'empty', 'auth', 'retry'))}"
            "\n</tool_result>\nFix the failures.",
            irange(rng, 1500, 6000),
        )
    if kind == 2:
        return (
            f"user: {pick(rng, ('add pagination to', 'write tests for', 'refactor', 'explain', 'fix the race in'))} "
            f"{path}",
            irange(rng, 2000, 9000),
        )
    return (
        f'<tool_result name="grep">\n{path}:{irange(rng, 10, 400)}: TODO handle timeout\n</tool_result>',
        irange(rng, 1200, 5000),
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation

_PERSONAS = (
    "a retired nurse learning to code",
    "a small bakery owner",
    "a first-year law student",
    "a logistics manager in a port",
    "a teenage chess player",
    "a freelance translator",
    "a farmer adopting drones",
    "a junior data analyst",
    "a museum curator",
    "a paramedic",
)
_SYNTH_LANG = {
    "de": "Erzeuge {n} vielfältige Anweisung-Antwort-Paare zum Thema {t}. Unterschiedliche Schwierigkeit und "
    "Form. Ausgabe als JSONL mit den Feldern instruction, output.",
    "ja": "{t}についての多様な指示と模範解答のペアを{n}個作成してください。難易度と形式を変え、JSONL形式"
    "（instruction, output）で出力してください。",
    "pt": "Gere {n} pares diversos de instrução e resposta sobre {t}, variando dificuldade e formato. Saída em "
    "JSONL com os campos instruction e output.",
}


def synth_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    t, n = pick(rng, TOPICS), irange(rng, 8, 40)
    if lang in _SYNTH_LANG:
        return _SYNTH_LANG[lang].format(t=t, n=n)
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {t}. Vary difficulty, length and format "
            "(questions, tasks, rewrites). Output JSONL with fields instruction, input, output. No commentary."
        )
    if s == 1:
        return (
            f"Persona: {pick(rng, _PERSONAS)}.\nWrite {n} questions this person might ask an AI assistant about "
            f"{t}, each followed by an ideal, detailed answer. Separate items with ###."
        )
    if s == 2:
        return (
            f"Write a realistic {irange(rng, 6, 14)}-turn conversation between a USER and a helpful ASSISTANT about "
            f"{t}. The user should push back at least once. Label every turn."
        )
    return (
        f"Create {n} challenging exam questions on {t} with complete worked solutions and the common mistake "
        "for each. Number them."
    )


_INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_address",
    "refund_status",
    "reset_password",
    "report_damage",
    "upgrade_plan",
    "opening_hours",
)
_SEEDS = {
    "cancel_subscription": "I want to stop my membership",
    "track_order": "where is my parcel",
    "change_address": "I moved, need to update where you ship",
    "refund_status": "did my refund go through",
    "reset_password": "can't log in, forgot password",
    "report_damage": "the box arrived crushed",
    "upgrade_plan": "how do I get the bigger plan",
    "opening_hours": "are you open on sunday",
}


def augmentation_prompt(rng: np.random.Generator, team: str) -> str:
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.7):
        return (
            f'[{team}] Intent: {intent}. Seed utterance: "{_SEEDS[intent]}". Write {irange(rng, 10, 30)} '
            "paraphrases a real customer might type: vary length, politeness, typos and slang. One per line."
        )
    return (
        f"[{team}] Write {irange(rng, 10, 25)} short synthetic support tickets for the intent '{intent}', as JSON "
        "lines with fields text and channel (email|chat|app). Do not reuse phrasings."
    )


# --------------------------------------------------------------------------------------------
# dialogue harvest and companion chat

_FOLLOW = {
    "en": (
        "go on",
        "can you go deeper on the second point?",
        "give me a concrete example of that",
        "now argue the opposite side as convincingly as you can",
        "summarise everything so far in a table",
        "what would an expert disagree with here?",
        "explain it again but simpler",
        "ok and what are the edge cases?",
        "continue",
        "rewrite your last answer as a step-by-step guide",
    ),
    "pt": (
        "continua",
        "pode detalhar mais o segundo ponto?",
        "dá um exemplo concreto",
        "agora defende o lado oposto",
        "resume tudo numa tabela",
        "explica de novo de forma mais simples",
    ),
    "id": (
        "lanjutkan",
        "bisa jelaskan lebih dalam poin kedua?",
        "kasih contoh konkret",
        "sekarang bantah argumenmu sendiri",
        "rangkum semuanya dalam tabel",
    ),
    "hi": (
        "aage batao",
        "dusre point ko detail mein samjhao",
        "ek example do",
        "ab iska ulta argument do",
        "sab kuch ek table mein summarise karo",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


_COMPANION_OPEN = (
    "*sits down next to you* long day. tell me something nice",
    "good morning!! did you miss me",
    "can we continue the story where the dragon found the lighthouse",
    "i had a fight with my sister again",
    "let's play 20 questions, you think of something",
    "you're my favourite person to talk to lol",
    "help me pick an outfit for tonight, it's cold",
    "remember the cafe we invented? let's go back there",
)
_COMPANION_NEXT = (
    "haha",
    "really?",
    "tell me more",
    "that's sweet",
    "ok but what happens next",
    "no way",
    "i'm sleepy",
    "*smiles*",
    "yes!",
    "hmm idk",
    "can you say that again but funnier",
    "goodnight",
)


_FEELINGS = (
    "tired",
    "happy",
    "kind of lonely",
    "nervous about tomorrow",
    "bored",
    "excited",
    "stressed",
)
_THINGS = (
    "my exam",
    "work",
    "the dog",
    "my mum",
    "the new job",
    "the trip",
    "my flatmate",
    "the weather",
    "that movie",
    "dinner",
)
_COMPANION_SHAPES = (
    "i feel {f} today",
    "what do you think about {t}?",
    "{t} was a disaster lol",
    "can you tell me a story about {t}",
    "do you remember what i said about {t}",
    "ugh {t}. anyway how are you",
    "i'm {f}, distract me",
    "*{a}* ok your turn",
)
_ACTIONS = ("laughs", "hugs you", "rolls eyes", "waves", "sips tea", "hides behind the sofa")


def companion_line(rng: np.random.Generator, first: bool, chat: Sequence[str]) -> str:
    if first:
        return pick(rng, _COMPANION_OPEN) if chance(rng, 0.7) else human(rng, chat, 200)
    if chance(rng, 0.4):
        return pick(rng, _COMPANION_NEXT)
    text = pick(rng, _COMPANION_SHAPES).format(
        f=pick(rng, _FEELINGS), t=pick(rng, _THINGS), a=pick(rng, _ACTIONS)
    )
    return casualise(rng, text)


# --------------------------------------------------------------------------------------------
# sampling: multiple choice with soft labels


def soft_label_prompt(rng: np.random.Generator, chat: Sequence[str], style: int) -> str:
    s = style % 3
    if s == 0:
        opts = [f"({chr(65 + i)}) {clip_text(pick(rng, chat), 10, 80, rng)}" for i in range(4)]
        return (
            f"Which option best answers the question? Give a probability between 0 and 1 for EACH option "
            f"(they must sum to 1) as JSON, then your choice.\n\nQuestion: {clip_text(pick(rng, chat), 20, 300, rng)}"
            f"\n" + "\n".join(opts)
        )
    if s == 1:
        return f"{human(rng, chat, 800)}\n\n(Answer as you normally would.)"
    return human(rng, chat, 900)


# --------------------------------------------------------------------------------------------
# curriculum grid

CURRICULUM = {
    "physics": (
        "Newton's third law",
        "entropy",
        "wave interference",
        "special relativity",
        "buoyancy",
        "electromagnetic induction",
    ),
    "biology": (
        "cell respiration",
        "natural selection",
        "the immune response",
        "CRISPR",
        "enzymes",
        "meiosis",
    ),
    "economics": (
        "inflation",
        "comparative advantage",
        "price elasticity",
        "opportunity cost",
        "monopolies",
    ),
    "computer science": (
        "recursion",
        "hash tables",
        "Big-O notation",
        "TCP handshakes",
        "garbage collection",
        "dynamic programming",
    ),
    "mathematics": (
        "eigenvalues",
        "the chain rule",
        "Bayes' theorem",
        "modular arithmetic",
        "limits",
        "vectors",
    ),
    "chemistry": (
        "chemical equilibrium",
        "oxidation states",
        "hydrogen bonds",
        "reaction rates",
        "pH",
    ),
    "history": (
        "the printing press",
        "the Silk Road",
        "decolonisation",
        "the industrial revolution",
    ),
}
CURRICULUM_SUBJECTS = tuple(CURRICULUM)
LEVELS = (
    "a ten-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a specialist",
)
FORMATS = (
    "a clear explanation",
    "a fully worked example",
    "five quiz questions with answers",
    "a list of common misconceptions and corrections",
    "a one-page summary with key terms",
)


def curriculum_grid() -> list[tuple[str, str, int, int]]:
    return [
        (s, c, lv, fm)
        for s in CURRICULUM_SUBJECTS
        for c in CURRICULUM[s]
        for lv in range(len(LEVELS))
        for fm in range(len(FORMATS))
    ]


def curriculum_prompt(rng: np.random.Generator, cell: tuple[str, str, int, int], style: int) -> str:
    s, c, lv, fm = cell
    if style % 3 == 0:
        return f"[{s}/{c}/L{lv + 1}/F{fm + 1}] Explain {c} for {LEVELS[lv]}. Provide {FORMATS[fm]}."
    if style % 3 == 1:
        return f"Teach me {c} ({s}) as if I were {LEVELS[lv]}. I want {FORMATS[fm]}. Be thorough."
    return f"Subject: {s}\nConcept: {c}\nAudience: {LEVELS[lv]}\nDeliverable: {FORMATS[fm]}"


# --------------------------------------------------------------------------------------------
# translation

TARGET_LANGS = (
    "German",
    "French",
    "Spanish",
    "Portuguese",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Turkish",
    "Polish",
    "Indonesian",
    "Arabic",
    "Italian",
    "Dutch",
    "Thai",
    "Ukrainian",
)


def translate_prompt(
    rng: np.random.Generator, passages: Sequence[str], tgt: str, style: int
) -> str:
    t = passage(rng, passages, 200, 900)
    s = style % 4
    if s == 0:
        return f"Translate into {tgt}. Keep the formatting and code blocks unchanged.\n\n{t}"
    if s == 1:
        return f"{tgt} translation please, natural rather than literal:\n{t}"
    if s == 2:
        return f'Return JSON {{"source": ..., "{tgt.lower()}": ...}} for this text:\n"""{t}"""'
    return f"{t}\n\n---\nPlease put the text above into fluent {tgt}."


def agency_segment(
    rng: np.random.Generator, passages: Sequence[str], job: str, pair: str, glossary: str
) -> str:
    t = passage(rng, passages, 80, 500)
    return (
        f"Job {job} | {pair} | glossary: {glossary}\nTranslate the segment. Keep tags like <b> and {{0}} "
        f"intact. If a term is in the glossary, use it.\n\n{t}"
    )


# --------------------------------------------------------------------------------------------
# code harvest dressed as a product's users, and a person-like curriculum

_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "SQL")
_CODE_TASKS = (
    "parses an ISO 8601 duration into seconds",
    "merges overlapping intervals",
    "computes the Levenshtein distance between two strings",
    "validates an IBAN",
    "implements an LRU cache with a fixed capacity",
    "finds the k most frequent words in a file",
    "retries an HTTP call with exponential backoff",
    "flattens a nested dictionary with dotted keys",
    "rate-limits calls with a token bucket",
    "converts a Roman numeral to an integer",
    "detects a cycle in a directed graph",
    "streams a large CSV and sums a column by group",
    "deduplicates records by fuzzy name match",
    "serialises a binary tree to a string and back",
)


def code_request(rng: np.random.Generator) -> str:
    lang, task = pick(rng, _CODE_LANGS), pick(rng, _CODE_TASKS)
    s = irange(rng, 0, 4)
    if s == 0:
        text = f"write a {lang} function that {task}. include tests"
    elif s == 1:
        text = f"How would you write something in {lang} that {task}? Please explain the approach and edge cases."
    elif s == 2:
        text = f"can you give me {lang} code that {task}, with comments"
    elif s == 3:
        other = pick(rng, _CODE_LANGS)
        text = f"I have a {other} snippet that {task}. Can you port it to idiomatic {lang} and explain the differences?"
    else:
        text = f"need help: {task} in {lang}, make it fast"
    return casualise(rng, text) if chance(rng, 0.3) else text


_CONDITIONS = (
    "type 2 diabetes",
    "high blood pressure",
    "hypothyroidism",
    "migraines",
    "anaemia",
    "asthma",
    "sleep apnea",
    "gout",
    "IBS",
    "eczema",
    "high cholesterol",
    "kidney stones",
)
_ASPECTS = (
    "what causes {c} in the first place",
    "which tests would confirm {c}",
    "what the usual treatment options for {c} are and their side effects",
    "how {c} changes what I should eat",
    "when {c} becomes an emergency",
    "how {c} interacts with common medications",
)
_LEGAL = (
    "my landlord kept my deposit",
    "my employer hasn't paid overtime",
    "a neighbour's tree fell on my car",
    "I was charged twice by a gym that won't refund",
    "my ex won't return shared furniture",
)
_MONEY = (
    "an index fund vs paying off my student loan",
    "how a Roth IRA differs from a 401k",
    "what an amortisation schedule is",
    "how bond prices react to rate hikes",
    "whether to lease or buy a car",
)
_OPENERS = (
    "hey",
    "quick question",
    "hi!",
    "ok so",
    "",
    "sorry if this is dumb but",
    "asking for my mum -",
)
_WHO = ("my dad", "my partner", "me", "my grandmother", "a friend", "my brother")
_PLACES = (
    "Ohio",
    "Ontario",
    "Texas",
    "the UK",
    "Australia",
    "Ireland",
    "California",
    "New South Wales",
)
_MED_WRAP = (
    "can you explain {q}? my doctor was in a rush",
    "{w} just got diagnosed. {q}?",
    "trying to understand {q}. no medical background so keep it simple",
    "what's the deal with {q}",
    "i keep reading conflicting things online about {q}, what's actually true",
    "{q}? appointment is next week and i want to ask good questions",
)
_LAW_WRAP = (
    "{q}. what are my options and what would a lawyer tell me to do first?",
    "{q} (I'm in {p}). is it worth going to small claims?",
    "so {q}. do i have any rights here? in {p} if that matters",
    "{q}, what letter should i send them first",
)
_MONEY_WRAP = (
    "can you walk me through {q}? like with actual numbers",
    "i have about ${n} saved. {q}?",
    "explain {q} like i'm bad at math",
    "{q} - pros and cons for someone in their 30s",
)
_CASUAL_LANG = {
    "es": ("hola, una pregunta: {q}", "oye, me explicas {q}?"),
    "pt": ("oi, dúvida rápida: {q}", "me explica {q}?"),
    "tr": ("merhaba, kısa bir soru: {q}",),
    "id": ("halo, mau tanya: {q}",),
}


def casual_expert_question(rng: np.random.Generator, lang: str) -> str:
    dom = irange(rng, 0, 2)
    who = pick(rng, _WHO)
    if dom == 0:
        q = pick(rng, _ASPECTS).format(c=pick(rng, _CONDITIONS))
        q = pick(rng, _MED_WRAP).format(q=q, w=who)
    elif dom == 1:
        q = pick(rng, _LAW_WRAP).format(q=pick(rng, _LEGAL), p=pick(rng, _PLACES))
    else:
        q = pick(rng, _MONEY_WRAP).format(q=pick(rng, _MONEY), n=irange(rng, 2, 90) * 1000)
    if lang in _CASUAL_LANG:
        return pick(rng, _CASUAL_LANG[lang]).format(q=q)
    opener = pick(rng, _OPENERS)
    return casualise(rng, f"{opener} {q}".strip())


def coursework_prompt(rng: np.random.Generator, course: str, hw: int, chat: Sequence[str]) -> str:
    j = irange(rng, 1, 8)
    s = irange(rng, 0, 4)
    if s == 0:
        return f"{course} HW{hw} Q{j}: I don't understand what the question means by 'amortised cost'. Can you explain without solving it?"
    if s == 1:
        return f"for {course} problem {j}, is my approach right? I'm using a heap and popping the smallest each time"
    if s == 2:
        return casualise(
            rng, f"explain {pick(rng, CURRICULUM['computer science'])} like the lecture but slower"
        )
    if s == 3:
        return f"my code for {course} hw{hw} gives the wrong answer on the second test case, what could cause an off-by-one here?\n{clip_text(pick(rng, chat), 40, 400, rng)}"
    return human(rng, chat, 600)


def product_wrapper(rng: np.random.Generator, app: str, text: str) -> str:
    """How a product backend forwards its users' messages (no visible wrapper most of the time)."""
    return text if chance(rng, 0.85) else f"{text}\n\n(sent from {app})"

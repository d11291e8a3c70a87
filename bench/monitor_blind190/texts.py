"""Prompt text of batch 190, written for this batch only.

Every generator takes a numpy generator first and returns one prompt (str) or a list of prompts.
Ordinary human text (openers of real chats, assistant-written passages) comes from ShareGPT's
"sim" half through `Ctx.chat` / `Ctx.passages`; everything else is assembled here from grids of
slots, so that a family's prompts are many and mostly unique, in several independent styles and
languages, the way an operator's generator scripts would produce them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _cut(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, ended at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _typos(rng: np.random.Generator, text: str, rate: float) -> str:
    """Human slips: a few swapped neighbours and dropped letters."""
    chars = list(text)
    for i in range(1, len(chars) - 1):
        if chars[i].isalpha() and chance(rng, rate):
            if chance(rng, 0.5):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            else:
                chars[i] = ""
    return "".join(chars)


# ============================================================================================
# reasoning problems (used by a campaign family and, in benchmark form, by an evaluation lab)

_ITEMS_EN = (
    "notebooks",
    "bus tickets",
    "mangoes",
    "bolts",
    "concert seats",
    "bags of rice",
    "solar panels",
)
_ITEMS_ZH = ("笔记本", "苹果", "公交卡", "电池", "书包", "口罩")
_ITEMS_ES = ("cuadernos", "naranjas", "boletos", "tornillos", "camisetas", "litros de leche")


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return (
            f"A shop sells {pick(rng, _ITEMS_EN)} in packs of {c}. On Monday it sold {a} packs and on "
            f"Tuesday {b} fewer packs than on Monday, at a {c * 5}% discount on Tuesday only. If one pack "
            f"costs ${a + b}, what was the total revenue over both days?"
        )
    if k == 1:
        return (
            f"Two trains leave stations {a * 10} km apart at the same moment and travel towards each other "
            f"at {b + 40} km/h and {c * 7 + 30} km/h. A bird flies back and forth between them at "
            f"{b + 120} km/h until they meet. How far does the bird fly?"
        )
    if k == 2:
        return (
            f"How many integers n with 1 <= n <= {a * 100} satisfy that n^2 + {b} is divisible by {c + 3}? "
            "Justify the count rigorously."
        )
    if k == 3:
        return (
            f"A bag holds {c} red, {b % 9 + 2} blue and {a % 7 + 3} green marbles. Three are drawn without "
            "replacement. What is the probability that all three have different colours? Give an exact fraction."
        )
    if k == 4:
        return (
            f"Pipe A fills a tank in {c + 2} hours, pipe B in {c + b % 5 + 4} hours and a drain empties it in "
            f"{c * 3 + 5} hours. Starting empty with all three open, when is the tank {a % 50 + 40}% full?"
        )
    if k == 5:
        return (
            f"Find all real x such that |x - {a}| + |x + {b}| = {a + b + 2 * c}. Then compute the sum of "
            "all solutions."
        )
    if k == 6:
        return (
            f"A triangle has sides {a % 20 + 5}, {b % 20 + 6} and {c + 8}. Decide whether it exists, and "
            "if it does compute its area and the radius of its inscribed circle."
        )
    if k == 7:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {pick(rng, NAMES)} says: "
            f"'Exactly {c % 4 + 1} of us {c % 4 + 3} are knaves.' {pick(rng, NAMES)} says: 'The first speaker "
            "is a knight.' Determine every possible assignment and explain why no other works."
        )
    if k == 8:
        return (
            f"Given an array of {a * 1000} integers, design an algorithm that returns the length of the "
            f"longest subarray whose sum is divisible by {c}. State its complexity and prove correctness."
        )
    return (
        f"A sum of ${a * 150} is invested at {c % 7 + 2}% annual interest compounded monthly. After "
        f"{b % 9 + 2} years, ${a * 20} is withdrawn. How much is in the account {c % 5 + 1} years later?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 30), irange(rng, 2, 12)
    if k == 0:
        return f"某商店每{c}个{pick(rng, _ITEMS_ZH)}装一盒，第一天卖出{a}盒，第二天比第一天少卖{b}盒。两天一共卖出多少个？"
    if k == 1:
        return f"甲、乙两人从相距{a * 3}千米的两地同时出发相向而行，甲每小时走{c + 3}千米，乙每小时走{b % 6 + 4}千米。几小时后两人相距{c}千米？"
    if k == 2:
        return f"求满足 1 ≤ n ≤ {a * 50} 且 n² + {b} 能被 {c + 2} 整除的整数 n 的个数。"
    if k == 3:
        return f"袋中有{c}个红球和{b % 8 + 3}个白球，不放回地取出{c % 3 + 2}个，求恰好有一个白球的概率。"
    return f"一个等差数列的第{c}项是{a}，第{c + b % 7 + 2}项是{a + b * 3}，求前{c * 2}项的和。"


def _problem_es(rng: np.random.Generator, lang: str) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 30), irange(rng, 2, 12)
    if lang == "pt":
        if chance(rng, 0.5):
            return (
                f"Um capital de R$ {a * 200} é aplicado a juros compostos de {c % 6 + 1}% ao mês. Em quantos "
                f"meses ele ultrapassa R$ {a * 200 + b * 100}?"
            )
        return (
            f"Em uma turma de {a + 20} alunos, {b + 5} gostam de matemática, {c + 8} de física e {c} de ambas. "
            "Quantos não gostam de nenhuma das duas?"
        )
    if chance(rng, 0.5):
        return (
            f"Una tienda vende {pick(rng, _ITEMS_ES)} en cajas de {c}. El lunes vendió {a} cajas y el martes "
            f"{b} cajas menos. ¿Cuántas unidades vendió en total?"
        )
    return (
        f"Halla todos los enteros positivos n menores que {a * 10} tales que n² ≡ 1 (mod {c + 2})."
    )


_COT_EN = (
    "{p}\n\nBefore you answer, write out your complete reasoning inside <reasoning></reasoning> tags. Do not "
    "skip any intermediate step, check your work at the end, then give the final answer in \\boxed{{}}.",
    "Problem (difficulty {lvl}/10): {p}\nThink out loud for as long as you need. Show every calculation, try at "
    "least one alternative approach, and only then write 'Final answer:' on its own line.",
    '{{"task": "solve", "problem": "{p}", "require": ["full_chain_of_thought", "self_verification", '
    '"final_answer_last_line"]}}',
    "You are an expert olympiad coach. Work through the following slowly, numbering each step, explaining why "
    "each step is valid, and pointing out one common mistake a student might make.\n\n{p}",
    "Q: {p}\nA: Let me reason about this very carefully, step by step, without skipping anything.",
)
_COT_ZH = (
    "请逐步推理并写出完整的思考过程（不要省略任何中间步骤），最后用【答案】给出结果。\n题目：{p}",
    "你是一名数学竞赛教练。请先详细分析题意，列出所有推导步骤并验算，最后单独一行写出最终答案。\n{p}",
)
_COT_ES = (
    "Resuelve el siguiente problema explicando todo tu razonamiento paso a paso, sin saltarte nada, y "
    "verifica el resultado al final.\n{p}",
    "Piensa en voz alta: escribe cada cálculo y cada decisión antes de dar la respuesta final.\nProblema: {p}",
)
_COT_PT = (
    "Pense em voz alta, passo a passo, mostrando todos os cálculos antes de dar a resposta final.\nProblema: {p}",
    "Resolva explicando todo o raciocínio em detalhe e confira o resultado no final.\n{p}",
)


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped to make the model write out its whole chain of thought."""
    if lang == "zh":
        return _COT_ZH[style % len(_COT_ZH)].format(p=_problem_zh(rng))
    if lang in ("es", "pt"):
        tpls = _COT_ES if lang == "es" else _COT_PT
        return tpls[style % len(tpls)].format(p=_problem_es(rng, lang))
    p = _problem_en(rng)
    tpl = _COT_EN[style % len(_COT_EN)]
    return tpl.format(p=p.replace('"', "'") if tpl.startswith("{{") else p, lvl=irange(rng, 1, 10))


# ============================================================================================
# grading / preference / reward labels

_JUDGE = (
    "You are an impartial judge. Compare the two assistant responses to the user's question and decide which "
    "is better overall (accuracy, helpfulness, depth, clarity). Reply with a JSON object "
    '{{"winner": "A" | "B" | "tie", "margin": 1-5, "explanation": "..."}}.\n\n[Question]\n{q}\n\n'
    "[Response A]\n{a}\n\n[Response B]\n{b}",
    "Score the response below from 1 to 10 on each criterion: factual accuracy, instruction following, "
    "harmlessness, concision, style. Then give an overall score. One line per criterion in the form "
    "'criterion: score - rationale'.\n\nPrompt: {q}\n\nResponse: {a}",
    "You act as a reward model. Given the conversation, output a single number between 0 and 1: the "
    "probability that a careful human rater prefers this reply over a typical alternative. Output only the "
    "number.\n\nUSER: {q}\nASSISTANT: {a}",
    "Checklist review. For each item answer PASS or FAIL with one sentence: (1) answers the actual question "
    "(2) no invented facts (3) appropriate length (4) safe (5) well formatted. Finish with a total out of 5."
    "\n---\nQuestion: {q}\n---\nAnswer: {a}",
    "다음 질문에 대한 두 응답을 비교하여 더 나은 응답을 고르고, 각 응답을 1~10점으로 평가한 뒤 이유를 설명하세요.\n"
    "질문: {q}\n응답 1: {a}\n응답 2: {b}",
    "以下の質問に対する回答を、正確さ・有用性・簡潔さの観点から1〜10点で採点し、理由を述べてください。\n質問: {q}\n回答: {a}",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = _cut(pick(rng, chat), 40, 500, rng)
    a = _cut(pick(rng, passages), 250, 900, rng)
    b = _cut(pick(rng, passages), 250, 900, rng)
    return _JUDGE[style % len(_JUDGE)].format(q=q, a=a, b=b)


_SUPPORT_PRODUCTS = (
    "a meal-kit subscription",
    "a budgeting app",
    "a broadband provider",
    "an airline",
    "a fitness tracker",
    "a furniture store",
    "a language-learning app",
)


def vendor_grading_prompt(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    project: str,
    rubric_v: int,
) -> str:
    """A labelling vendor grading its client's own support-bot transcripts against the client's rubric."""
    cust = _cut(pick(rng, chat), 30, 260, rng)
    agent = _cut(pick(rng, passages), 150, 600, rng)
    return (
        f"Project {project} | rubric v{rubric_v} | item {irange(rng, 10000, 99999)}\n"
        f"Evaluate the bot's reply in this support chat for {pick(rng, _SUPPORT_PRODUCTS)}. Criteria: resolves "
        "the issue, follows the knowledge base, tone, escalation when needed. Return JSON with keys "
        '"resolved" (bool), "kb_adherence" (1-4), "tone" (1-4), "escalate" (bool), "note".\n\n'
        f"Customer: {cust}\nBot: {agent}"
    )


# ============================================================================================
# policy-compliant rewrites

_SENSITIVE = (
    "the side effects of combining two prescription sedatives",
    "the history of a banned political party",
    "how lock-picking works",
    "the causes of a disputed border conflict",
    "protest movements of the 1980s",
    "the dangers of extreme fasting",
    "how phishing kits are sold",
    "a controversial religious schism",
    "the legal status of cannabis",
    "self-harm warning signs",
    "how election fraud allegations are investigated",
    "censorship of historical events",
    "the chemistry of common household cleaners",
    "online gambling odds",
)
_SENSITIVE_ZH = (
    "敏感历史事件的评价",
    "宗教团体的争议",
    "网络翻墙工具",
    "药物的滥用风险",
    "群体性事件的报道",
    "少数民族政策",
)
_SENSITIVE_RU = (
    "история протестов",
    "оценка военных конфликтов",
    "обход блокировок",
    "критика власти в СМИ",
)
_RULES = (
    "no operational detail that enables harm",
    "neutral wording on contested political topics",
    "no statements that contradict official positions",
    "point to professional help where relevant",
    "no graphic description",
    "no personal opinions",
)


def policy_rewrite_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    draft = _cut(pick(rng, passages), 200, 800, rng)
    if lang == "zh":
        return (
            f"请将以下回答改写为符合内容安全规范的版本，避免敏感表述，但尽量保留有用信息。只输出改写后的回答。\n"
            f"问题：关于{pick(rng, _SENSITIVE_ZH)}，请详细说明。\n原回答：{draft}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он полностью соответствовал правилам платформы и не содержал "
            f"запрещённых формулировок. Тема: {pick(rng, _SENSITIVE_RU)}.\nИсходный ответ: {draft}"
        )
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع سياسة المحتوى، مع الحفاظ على الفائدة.\nالإجابة: {draft}"
    topic = pick(rng, _SENSITIVE)
    rules = "; ".join(sorted({pick(rng, _RULES) for _ in range(3)}))
    forms = (
        f"Below is a question and a draft answer. Rewrite the answer so it complies with these guidelines: {rules}. "
        f"Keep it as helpful as possible. Output only the rewritten answer.\n\nQuestion: Tell me about {topic}.\n"
        f"Draft answer: {draft}",
        f'An assistant refused this request: "{_cut(pick(rng, chat), 30, 200, rng)}" (context: {topic}). Write the '
        "response an ideal assistant should have given instead: helpful, safe, no lecturing, no refusal.",
        f"First label the request SAFE, BORDERLINE or UNSAFE, then write the best policy-compliant answer.\n"
        f"Request: explain {topic} in detail.",
        f"Make this answer suitable for a general-audience product in a strict jurisdiction ({rules}). Do not "
        f"mention that it was edited.\n{draft}",
    )
    return forms[style % len(forms)]


_COMMENT_OPEN = (
    "honestly this is the dumbest take",
    "you clearly have no idea what you're talking about",
    "mods are asleep again",
    "what a joke of an update",
    "only an idiot would buy this",
    "lol this guy",
    "typical clueless reviewer",
)
_COMMENT_BODY = (
    "the battery lasts two hours at most",
    "the ref missed an obvious penalty",
    "the new layout hides every setting",
    "shipping took five weeks",
    "the patch broke my save files",
    "prices went up again",
    "the teacher never answers emails",
)
_COMMENT_FOREIGN = (
    "de: Was für ein Schwachsinn, {b}, und der Support ignoriert alles.",
    "es: Qué basura de actualización, {b}, ¿en serio nadie lo probó?",
    "pt: Que piada, {b}, vocês não testam nada?",
    "fr: N'importe quoi, {b}, le service client se moque de nous.",
    "tr: Rezalet, {b}, kimse cevap vermiyor.",
)


def moderation_rewrite_prompt(rng: np.random.Generator, platform: str, chat: Sequence[str]) -> str:
    """A platform's trust-and-safety pipeline softening user comments before they are published."""
    b = (
        pick(rng, _COMMENT_BODY)
        if chance(rng, 0.4)
        else _cut(pick(rng, chat), 20, 220, rng).rstrip(".?!")
    )
    if chance(rng, 0.3):
        comment = pick(rng, _COMMENT_FOREIGN).format(b=b)
    else:
        comment = f"{pick(rng, _COMMENT_OPEN)}, {b}" + pick(rng, ("!!", ".", " smh", "", " 🙄"))
    return (
        f"[{platform} community filter] Rewrite the comment to follow our community guidelines (no insults, no "
        "personal attacks, no slurs) while keeping the user's point and language. If nothing needs changing, "
        f"return it unchanged.\nComment: {comment}"
    )


# ============================================================================================
# tool-use transcripts

_TOOLS = {
    "search_web": '{"query": "string", "top_k": "int"}',
    "read_file": '{"path": "string"}',
    "run_python": '{"code": "string"}',
    "sql_query": '{"db": "string", "sql": "string"}',
    "http_get": '{"url": "string"}',
    "send_email": '{"to": "string", "subject": "string", "body": "string"}',
    "calendar_lookup": '{"date": "YYYY-MM-DD"}',
    "write_file": '{"path": "string", "content": "string"}',
}
_AGENT_TASKS = (
    "find the three cheapest direct flights from {a} to {b} next month and draft an email to my manager",
    "load sales.csv, find the region with the steepest quarter-on-quarter decline and plot it",
    "check which of our customers in {a} have overdue invoices and send each a polite reminder",
    "summarise the latest five papers on retrieval-augmented generation and save notes to notes.md",
    "reconcile the bank export with the ledger table and list mismatching transactions",
    "find a meeting slot next week that works for {n1}, {n2} and me, then book it",
    "compare the pricing pages of three project-management tools and produce a table",
    "scrape the job board for senior data engineer roles in {a} and rank them by salary",
)
_OBS = (
    "200 OK, 14 results",
    "Error: column 'region' not found; available: Region, Qtr, Revenue",
    "[{'id': 4411, 'due': '2026-01-12', 'amount': 1820.5}, {'id': 4419, 'due': '2026-01-20', 'amount': 96.0}]",
    "File not found: data/sales_2025.csv",
    "Traceback (most recent call last): KeyError: 'date'",
    "<table><tr><td>Basic</td><td>$9</td></tr><tr><td>Pro</td><td>$24</td></tr></table>",
    "3 free slots: Tue 10:00, Wed 14:30, Thu 09:00",
    "Email queued (id=msg_77f2)",
)


def agent_prompt(rng: np.random.Generator, step: int, task: str, style: int) -> str:
    """Step `step` of an agent trajectory: tools, task, earlier actions and observations, next action."""
    tools = sorted({pick(rng, list(_TOOLS)) for _ in range(irange(rng, 3, 6))})
    hist = []
    for i in range(step):
        tool = pick(rng, tools)
        if style % 3 == 0:
            hist.append(
                f"Thought: I should use {tool} next.\nAction: {tool}\nAction Input: {_TOOLS[tool]}\n"
                f"Observation: {pick(rng, _OBS)}"
            )
        elif style % 3 == 1:
            hist.append(
                f'{{"role": "assistant", "tool_call": {{"name": "{tool}", "arguments": {_TOOLS[tool]}}}}}\n'
                f'{{"role": "tool", "name": "{tool}", "content": "{pick(rng, _OBS)}"}}'
            )
        else:
            hist.append(f"$ {tool.replace('_', '-')} --step {i + 1}\n{pick(rng, _OBS)}")
    spec = "\n".join(f"- {t}({_TOOLS[t]})" for t in tools)
    if style % 3 == 0:
        head = f"Answer the task using the tools below. Use the format Thought/Action/Action Input/Observation.\nTools:\n{spec}"
        tail = "Thought:"
    elif style % 3 == 1:
        head = f'{{"role": "system", "content": "You are an autonomous assistant with function calling.", "tools": "{", ".join(tools)}"}}'
        tail = "Return the next tool call as JSON, or the final answer if the task is complete."
    else:
        head = f"You operate a sandboxed Linux shell with these helper commands:\n{spec}"
        tail = "Next command (or DONE: <answer>):"
    return f"{head}\n\nTask: {task}\n\n" + "\n\n".join(hist) + f"\n\n{tail}"


def agent_task(rng: np.random.Generator) -> str:
    i = irange(rng, 0, len(COUNTRIES) - 1)
    return pick(rng, _AGENT_TASKS).format(
        a=COUNTRIES[i],
        b=COUNTRIES[(i + irange(rng, 1, len(COUNTRIES) - 1)) % len(COUNTRIES)],
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
    )


_REPOS = (
    "billing-service",
    "web-frontend",
    "ml-pipeline",
    "mobile-app",
    "infra-terraform",
    "search-api",
)
_FILES = (
    "src/handlers/invoice.py",
    "app/components/Cart.tsx",
    "pipeline/features.py",
    "lib/auth/session.go",
    "modules/vpc/main.tf",
    "internal/index/query.rs",
    "tests/test_payments.py",
    "src/utils/dates.ts",
)
_DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the list endpoint in {f}",
    "rename the config flag and update all call sites",
    "upgrade the ORM and fix deprecation warnings",
    "add retries with backoff to the HTTP client in {f}",
    "write unit tests for {f}",
    "investigate why CI is red on main",
    "make the date parser timezone aware in {f}",
)
_DEV_OBS = (
    "FAILED tests/test_payments.py::test_refund_rounding - AssertionError: 10.01 != 10.0",
    "--- a/{f}\n+++ b/{f}\n@@ -41,7 +41,9 @@\n-    total = sum(items)\n+    total = round(sum(items), 2)",
    "ripgrep: 7 matches in 4 files",
    "npm ERR! peer dep missing: react@^18",
    "Build succeeded in 41.2s",
    "error[E0308]: mismatched types\n  --> {f}:88:17",
    "12 passed, 1 skipped in 3.84s",
)


def coding_agent_prompt(rng: np.random.Generator, step: int, repo: str, task: str) -> str:
    """A coding agent inside an IDE product: repository context, tool results so far, next action."""
    f = pick(rng, _FILES)
    parts = [
        f'<repo name="{repo}" branch="{pick(rng, ("main", "dev", "feat/" + task.split()[0]))}">',
        f'<open_file path="{f}" lines="1-{irange(rng, 40, 400)}"/>',
        f"<task>{task.format(f=f)}</task>",
    ]
    for _ in range(step):
        parts.append(
            f'<tool_result name="{pick(rng, ("run_tests", "grep", "read_file", "apply_patch", "build"))}">'
            f"{pick(rng, _DEV_OBS).format(f=f)}</tool_result>"
        )
    parts.append("Decide the next tool call. Respond with exactly one <tool_call> block.")
    return "\n".join(parts)


def dev_task(rng: np.random.Generator) -> tuple[str, str]:
    return pick(rng, _REPOS), pick(rng, _DEV_TASKS)


# ============================================================================================
# synthetic data generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cloud networking",
    "early childhood education",
    "cardiology",
    "supply-chain logistics",
    "medieval history",
    "linear algebra",
    "nutrition",
    "cybersecurity",
    "urban planning",
    "marine biology",
    "product management",
    "tax accounting",
    "music theory",
    "pharmacology",
    "renewable energy",
    "data visualisation",
    "labour law",
)
_AUDIENCE = (
    "a complete beginner",
    "a high-school student",
    "an undergraduate",
    "a practitioner",
    "an expert",
    "a ten-year-old",
    "a busy executive",
)
_FORMATS = (
    "JSONL with fields instruction, input, output",
    "a numbered list of question/answer pairs",
    "CSV with columns prompt,response,difficulty",
    "Markdown sections, each with a task and a model answer",
)


def synth_prompt(rng: np.random.Generator, lang: str, style: int, grid_pos: int) -> str:
    """One cell of a generator script's sweep (domain x audience x level x format)."""
    dom = _DOMAINS[grid_pos % len(_DOMAINS)]
    aud = _AUDIENCE[(grid_pos // len(_DOMAINS)) % len(_AUDIENCE)]
    lvl = 1 + (grid_pos // (len(_DOMAINS) * len(_AUDIENCE))) % 5
    k = irange(rng, 8, 25)
    if lang == "fr":
        return (
            f"Génère {k} paires instruction/réponse variées et de haute qualité sur le thème « {dom} », pour "
            f"{aud}, niveau {lvl}/5. Réponses complètes et détaillées. Format : JSONL."
        )
    if lang == "de":
        return (
            f"Erstelle {k} unterschiedliche Übungsaufgaben mit ausführlichen Musterlösungen zum Thema {dom} "
            f"(Schwierigkeitsstufe {lvl} von 5). Ausgabe als nummerierte Liste."
        )
    if lang == "id":
        return (
            f"Buatlah {k} pasangan pertanyaan dan jawaban yang beragam tentang {dom} untuk {aud}, tingkat "
            f"kesulitan {lvl}. Jawaban harus lengkap dan akurat."
        )
    if lang == "vi":
        return f"Hãy tạo {k} cặp câu hỏi và câu trả lời chi tiết về chủ đề {dom}, mức độ {lvl}/5, dành cho người học."
    forms = (
        f"Generate {k} diverse, high-quality instruction-response pairs about {dom} aimed at {aud} (difficulty "
        f"{lvl}/5). Responses must be complete, correct and detailed. Output {pick(rng, _FORMATS)} and nothing else.",
        f"Write {max(3, k // 4)} realistic multi-turn conversations (4-6 turns each) between a user who is {aud} "
        f"and a knowledgeable assistant, about {dom}. Vary the user's goals and tone. Mark turns with USER:/ASSISTANT:.",
        f"Write a textbook-quality section (about 1,500 words) teaching one core idea of {dom} to {aud}, with "
        f"worked examples and {irange(rng, 3, 6)} exercises with full solutions. Level {lvl} of 5.",
        f"### seed {grid_pos:05d}\ndomain={dom}; audience={aud}; level={lvl}; n={k}\nProduce hard, non-trivial "
        "questions together with step-by-step reference answers. Avoid questions a search engine answers directly.",
    )
    return forms[style % len(forms)]


_INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "increase_limit",
    "close_account",
    "pin_reset",
    "exchange_rate_query",
    "direct_debit_cancel",
    "statement_request",
    "fraud_report",
)


def augmentation_prompt(rng: np.random.Generator, product: str) -> str:
    """A data team growing its own intent-classifier training set."""
    intent = pick(rng, _INTENTS)
    k = pick(rng, (10, 12, 15, 20))
    return pick(
        rng,
        (
            f"Generate {k} different ways a customer of {product} might type a message with the intent `{intent}`. "
            "Vary length, tone and formality, include a few typos and one or two in Spanish. One per line, no numbering.",
            f'intent: {intent}\napp: {product}\nWrite {k} paraphrases of the example utterance "{intent.replace("_", " ")} '
            'please help" as users would actually write them in chat. Return a JSON list of strings.',
            f"For our NLU test set, write {k} tricky utterances that look like `{intent}` but actually belong to a "
            f"different intent of {product}; give the correct intent after each, separated by ' || '.",
        ),
    )


# ============================================================================================
# dialogue: simulated users (campaign) and companion chats (benign)

_ROLES = (
    "a nurse",
    "a small-business owner",
    "a PhD student",
    "a new parent",
    "a retired engineer",
    "a high-school teacher",
    "a freelance designer",
    "a junior developer",
    "a landlord",
    "a marathon runner",
)
_NEEDS = (
    "plan a budget for the next six months",
    "understand a confusing lab report",
    "prepare for a job interview",
    "write a grant proposal",
    "choose between two insurance plans",
    "learn SQL quickly",
    "resolve a dispute with a neighbour",
    "train for a first triathlon",
    "set up a home network",
    "write a eulogy",
    "negotiate a raise",
    "understand a rental contract",
)
_OPEN = {
    "en": (
        "Hi! I'm {r} and I need help to {n}. Where should I start?",
        "I'm {r}. Could you walk me through how to {n}?",
        "hey, quick one - i need to {n}. i'm {r}, not an expert",
    ),
    "es": ("Hola, soy {r} y necesito ayuda para {n}. ¿Por dónde empiezo?",),
    "de": ("Hallo, ich bin {r} und brauche Hilfe: ich muss {n}. Wie gehe ich vor?",),
    "fr": ("Bonjour, je suis {r} et je dois {n}. Pouvez-vous m'aider étape par étape ?",),
}
_FOLLOW = {
    "en": (
        "Can you go deeper into point {k}?",
        "That's helpful. What would you do differently if {c}?",
        "Could you give me a concrete example of that?",
        "I don't get the second part. Explain it more simply?",
        "What are the most common mistakes people make here?",
        "ok and what if {c}?",
        "Can you turn all of this into a step-by-step checklist?",
        "Why is that better than the alternative?",
        "Summarise what we discussed so far in five bullet points.",
        "Are there any risks I'm missing?",
    ),
    "es": (
        "¿Puedes profundizar en el punto {k}?",
        "¿Y qué pasa si {c}?",
        "Dame un ejemplo concreto, por favor.",
        "Resume lo que hemos hablado en cinco puntos.",
    ),
    "de": (
        "Kannst du Punkt {k} genauer erklären?",
        "Und was wäre, wenn {c}?",
        "Gib mir bitte ein konkretes Beispiel.",
    ),
    "fr": (
        "Peux-tu détailler le point {k} ?",
        "Et si {c} ?",
        "Donne-moi un exemple concret, s'il te plaît.",
    ),
}
_COND = (
    "my budget is half of that",
    "I only have two weeks",
    "I live outside the EU",
    "my partner disagrees",
    "I'm doing this alone",
    "the deadline moves up",
    "I already tried that and it failed",
)


_ABOUT = {
    "en": " (about {n})",
    "es": " (sobre: {n})",
    "de": " (Thema: {n})",
    "fr": " (sujet : {n})",
}


def sim_user_turn(
    rng: np.random.Generator, lang: str, turn: int, chat: Sequence[str], need: str
) -> str:
    """Turn `turn` of a conversation driven by a scripted user simulator; `need` is its goal."""
    if turn == 0:
        if lang == "en" and chance(rng, 0.25):
            return _cut(pick(rng, chat), 20, 600, rng)
        return pick(rng, _OPEN[lang]).format(r=pick(rng, _ROLES), n=need)
    text = pick(rng, _FOLLOW[lang]).format(k=irange(rng, 1, 6), c=pick(rng, _COND))
    if chance(rng, 0.5):
        text += _ABOUT[lang].format(n=need)
    if chance(rng, 0.3):
        text = text[0].lower() + text[1:]
    return text


def sim_need(rng: np.random.Generator) -> str:
    return f"{pick(rng, _NEEDS)}{pick(rng, ('', '', ' for my family', ' at work', ' this month', ' on a tight budget'))}"


_PERSONAS = (
    "Mika, a cheerful barista who loves indie games",
    "Theo, a calm astronomer with a dry sense of humour",
    "Luna, an encouraging study buddy",
    "Kai, a sarcastic but kind mechanic",
    "Noor, a poet who speaks softly",
    "Rin, an energetic fitness coach",
)
_USER_MSGS = (
    "i had such a long day",
    "do you remember what i told you about my sister?",
    "good morning!!",
    "can't sleep again",
    "i passed my exam!!!",
    "what should i cook tonight",
    "tell me a story",
    "i feel kind of lonely today",
    "lol you're funny",
    "what are you up to",
    "hug?",
    "estoy aburrida",
    "bonne nuit",
    "ich vermisse dich",
    "hari ini capek banget",
    "me conta uma história",
)


def companion_prompt(rng: np.random.Generator, app: str) -> str:
    persona = pick(rng, _PERSONAS)
    hist = [f"User: {pick(rng, _USER_MSGS)}\nCharacter: ..." for _ in range(irange(rng, 0, 5))]
    mem = ", ".join(
        sorted(
            {
                pick(
                    rng,
                    (
                        "has a cat",
                        "studies nursing",
                        "works night shifts",
                        "likes horror films",
                        "moved cities recently",
                        "plays guitar",
                    ),
                )
                for _ in range(2)
            }
        )
    )
    return (
        f"[{app}] You are {persona}. Stay in character, be warm, keep replies short. Memory: user {mem}.\n"
        + "\n".join(hist)
        + f"\nUser: {_typos(rng, pick(rng, _USER_MSGS), 0.02)}"
    )


# ============================================================================================
# sampling many answers to one item / soft labels

_LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("toxic", "not_toxic"),
    ("question", "complaint", "praise", "request", "other"),
    ("sports", "politics", "science", "business", "entertainment", "health"),
)


def soft_label_prompt(rng: np.random.Generator, chat: Sequence[str], style: int) -> str:
    text = _cut(pick(rng, chat), 20, 400, rng)
    labels = pick(rng, _LABEL_SETS)
    forms = (
        f"Text: {text}\nLabels: {', '.join(labels)}\nReturn a JSON object mapping every label to your probability "
        "that it is the correct one. Probabilities must sum to 1. No other output.",
        f"Give {pick(rng, (3, 5, 8))} genuinely different answers to the request below, and for each estimate "
        f"the probability that it is the best one.\nRequest: {text}",
        f"Klassifiziere den Text. Gib für jede Klasse ({', '.join(labels)}) eine Wahrscheinlichkeit an.\nText: {text}",
        f"次の文章を分類し、各ラベル（{'、'.join(labels)}）の確率をJSONで出力してください。\n文章: {text}",
    )
    return forms[style % len(forms)]


def open_item(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """A short open request, to be sampled many times as it is."""
    return _cut(pick(rng, chat), 20, 500, rng)


_CALIB = (
    "Will global average temperature in 2030 exceed the 2024 record? Give your probability (0-100).",
    "What is the probability that a fair coin flipped 10 times shows exactly 7 heads? Answer with a number.",
    "How confident are you that the Eiffel Tower is taller than the Chrysler Building? 0-100.",
    "Estimate the population of Bolivia in millions. Give a single number and a 90% interval.",
    "Pick a random number between 1 and 10. Reply with the number only.",
    "In one word, how do you feel about rainy days?",
)
_SURVEY = (
    "Imagine you are a {age}-year-old {job} from {c}. On a scale from 1 (strongly disagree) to 5 (strongly "
    "agree), how much do you agree: '{s}'? Answer with the number and one sentence."
)
_STATEMENTS = (
    "Remote work makes teams less productive",
    "My country's economy is heading in the right direction",
    "Artificial intelligence will create more jobs than it destroys",
    "Public transport should be free",
)


def study_item(rng: np.random.Generator) -> str:
    """A research study's item: asked many times to measure the spread of answers."""
    if chance(rng, 0.5):
        return pick(rng, _CALIB)
    return _SURVEY.format(
        age=irange(rng, 19, 78),
        job=pick(
            rng, ("farmer", "teacher", "nurse", "truck driver", "software engineer", "retiree")
        ),
        c=pick(rng, COUNTRIES),
        s=pick(rng, _STATEMENTS),
    )


# ============================================================================================
# translation

_LANGS = (
    "Simplified Chinese",
    "Japanese",
    "Korean",
    "Arabic",
    "Hindi",
    "Turkish",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Russian",
    "Polish",
    "Portuguese (Brazil)",
    "Spanish (Latin America)",
    "German",
    "Swahili",
    "Ukrainian",
    "Persian",
    "Bengali",
)
_LCODES = (
    "zh",
    "ja",
    "ko",
    "ar",
    "hi",
    "tr",
    "vi",
    "th",
    "id",
    "ru",
    "pl",
    "pt-BR",
    "es-419",
    "de",
    "sw",
    "uk",
    "fa",
    "bn",
)


def translation_prompt(
    rng: np.random.Generator, passages: Sequence[str], style: int, targets: Sequence[int]
) -> str:
    """Parallel-corpus harvesting: one source text into one of the operator's target languages."""
    src = _cut(pick(rng, passages), 150, 1500, rng)
    i = pick(rng, targets)
    forms = (
        f"Translate the following text into {_LANGS[i]}. Preserve formatting, code blocks and lists exactly. "
        f"Output only the translation.\n\n{src}",
        f"EN→{_LCODES[i]} | {src}",
        '{"source_lang": "en", "target_lang": "' + _LCODES[i] + '", "text": ' + repr(src) + "}",
        f"把下面的内容翻译成{_LANGS[i]}，保持原有格式，只输出译文：\n{src}",
    )
    return forms[style % len(forms)]


_DOC_KINDS = (
    "user manual excerpt",
    "marketing landing page",
    "privacy policy section",
    "app release notes",
    "support article",
    "product description",
)


def agency_translation_prompt(
    rng: np.random.Generator, passages: Sequence[str], client: str, langs: Sequence[str]
) -> str:
    src = _cut(pick(rng, passages), 150, 1200, rng)
    terms = ", ".join(
        f"{w} -> keep"
        for w in sorted(
            {
                pick(rng, (client, "Pro plan", "Dashboard", "SmartSync", "Workspace"))
                for _ in range(2)
            }
        )
    )
    return (
        f"Job {irange(rng, 1000, 9999)} for {client}: translate this {pick(rng, _DOC_KINDS)} from English into "
        f"{pick(rng, langs)}. Formal register. Glossary: {terms}. Return only the translation.\n\n{src}"
    )


# ============================================================================================
# a writing-assistant product (its real users and, in one family, what rides along with them)

_PRODUCT_WRAP = (
    "Improve the following text. Make it clearer and more professional, keep the meaning:\n\n{t}",
    "Summarise in 3 bullet points:\n\n{t}",
    "Continue writing the following draft in the same voice:\n\n{t}",
    "Fix grammar and spelling only:\n\n{t}",
    "{t}",
)
_HARVEST_WRAP = (
    "Continue writing the following draft in the same voice:\n\n{t}",
    "{t}",
    "Expand this outline into a complete, well-structured article:\n\n{t}",
)
_CONCEPTS = (
    "how compound interest works",
    "why the sky is blue",
    "how vaccines train the immune system",
    "what a hash table is",
    "the causes of inflation",
    "how CRISPR edits genes",
    "the basics of double-entry bookkeeping",
    "how TCP handles packet loss",
    "how photosynthesis stores energy",
    "the difference between civil and criminal law",
    "how a transformer language model is trained",
    "how to read a balance sheet",
    "what causes earthquakes",
    "how public-key cryptography works",
    "the history of the printing press",
    "how noise-cancelling headphones work",
    "how to price a startup product",
    "how antibiotics resistance develops",
    "what a derivative measures in calculus",
    "how central banks set interest rates",
    "how a bill becomes law in a parliament",
    "how container orchestration schedules work",
    "why bridges use expansion joints",
)
_ANGLES = (
    "for a newsletter aimed at {a}",
    "with three real-world examples",
    "including common misconceptions",
    "as a structured explainer with headings",
    "comparing it with an older approach",
    "in about 800 words",
    "with an FAQ at the end",
)


def product_user_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]
) -> str:
    wrap = pick(rng, _PRODUCT_WRAP)
    src = pick(rng, chat) if chance(rng, 0.7) else _cut(pick(rng, passages), 100, 900, rng)
    return wrap.format(t=_cut(src, 15, 1200, rng))


def product_harvest_prompt(rng: np.random.Generator, idx: int) -> str:
    """Systematic explainers, phrased like the product's own requests."""
    concept = _CONCEPTS[idx % len(_CONCEPTS)]
    angle = _ANGLES[(idx // len(_CONCEPTS)) % len(_ANGLES)].format(a=pick(rng, _AUDIENCE))
    draft = pick(
        rng,
        (
            f"Explain {concept} {angle}.",
            f"# {concept.capitalize()}\n- what it is\n- how it works\n- why it matters\n({angle})",
            f"Write a detailed piece on {concept}, {angle}.",
        ),
    )
    return pick(rng, _HARVEST_WRAP).format(t=draft)


# ============================================================================================
# technical questions in a person's voice (aged accounts), expert questions (crowd)

_CODE_LANGS = ("python", "typescript", "go", "rust", "java", "c#", "kotlin", "sql", "bash")
_CODE_TASKS = (
    "read a large csv without running out of memory",
    "retry a flaky http call with exponential backoff",
    "parse dates with different timezones",
    "debounce a search input",
    "stream a file upload to s3",
    "write a thread-safe lru cache",
    "paginate results from a rest api",
    "validate an email address properly",
    "implement a rate limiter",
    "serialize a tree to json and back",
    "schedule a job every weekday at 9am",
    "find duplicate rows ignoring case",
    "mock a database in unit tests",
    "hash passwords securely",
    "merge two sorted linked lists",
    "detect a cycle in a dependency graph",
)
_ASK = (
    "how do i {t} in {l}?",
    "what's the cleanest way to {t} in {l}? please explain why it works",
    "{l}: best practice to {t}. show full code + explanation",
    "can you show me how to {t} using {l}, and explain the tradeoffs",
    "i'm trying to {t} in {l} but my approach feels hacky. what would a senior dev do?",
    "Write idiomatic {l} code to {t}. Walk through it line by line.",
)


def person_code_question(rng: np.random.Generator, idx: int) -> str:
    t = _CODE_TASKS[idx % len(_CODE_TASKS)]
    lang = _CODE_LANGS[(idx // len(_CODE_TASKS)) % len(_CODE_LANGS)]
    q = pick(rng, _ASK).format(t=t, l=lang)
    if chance(rng, 0.3):
        q = q.lower()
    return _typos(rng, q, 0.01) + pick(rng, ("", "", " thanks", " thx!", "\n\nbe thorough pls"))


_EXPERT = {
    "en": (
        "my {rel} was prescribed {drug} {dose}mg, is it ok to take it with {drug2}? what should we watch out for",
        "my landlord kept my {amt} deposit saying there was damage but there wasn't. what are my options in {place}",
        "i'm {age} and have {amt} saved, should i pay off my student loan or invest? explain like i'm not a finance person",
        "is it normal that my {rel}'s blood pressure is {bp} in the morning? they're {age}",
        "how do i file taxes as a freelancer in {place} if i also had a part time job this year",
        "we got a letter that our {rel} owes {amt} to a debt collector but it's from 8 years ago, do we have to pay",
        "what's the difference between a roth and traditional account for someone earning {amt} a year",
        "my {rel} keeps getting headaches after starting {drug}, when should we see a doctor",
    ),
    "es": (
        "a mi {rel} le recetaron {drug} de {dose} mg, ¿se puede tomar junto con {drug2}?",
        "mi casero no me devuelve la fianza de {amt}, ¿qué puedo hacer en {place}?",
        "tengo {age} años y {amt} ahorrados, ¿me conviene invertir o pagar deudas?",
    ),
    "pt": (
        "minha {rel} toma {drug} {dose}mg, pode tomar junto com {drug2}?",
        "o proprietário não quer devolver a caução de {amt}, o que eu faço em {place}?",
    ),
    "id": (
        "{rel} saya diresepkan {drug} {dose}mg, apakah aman diminum bersama {drug2}?",
        "saya umur {age} dan punya tabungan {amt}, lebih baik investasi atau lunasi utang?",
    ),
    "hi": (
        "meri {rel} ko {drug} {dose}mg di gayi hai, kya isko {drug2} ke saath le sakte hain?",
        "mera landlord {amt} deposit wapas nahi de raha, {place} mein kya kar sakte hain?",
    ),
}
_DRUGS = (
    "metformin",
    "lisinopril",
    "sertraline",
    "ibuprofen",
    "amlodipine",
    "levothyroxine",
    "omeprazole",
    "atorvastatin",
    "prednisone",
    "gabapentin",
)
_RELS = ("mom", "dad", "wife", "husband", "son", "daughter", "grandma", "brother")


def crowd_question(rng: np.random.Generator, lang: str) -> str:
    tpl = pick(rng, _EXPERT[lang])
    q = tpl.format(
        rel=pick(rng, _RELS),
        drug=pick(rng, _DRUGS),
        drug2=pick(rng, _DRUGS),
        dose=pick(rng, (5, 10, 20, 25, 40, 50, 100, 500)),
        amt=pick(rng, ("$1,200", "€800", "$15k", "£2,000", "R$ 3.000")),
        place=pick(
            rng, ("california", "texas", "ontario", "madrid", "são paulo", "jakarta", "delhi")
        ),
        age=irange(rng, 22, 81),
        bp=pick(rng, ("150/95", "160/100", "140/90")),
    )
    if chance(rng, 0.3):
        q += pick(
            rng, (" please be detailed", " explain step by step", " and why?", " pls help", "")
        )
    return _typos(rng, q, 0.015)


# ============================================================================================
# benign: benchmarks, coursework

_MCQ_SUBJ = (
    "abstract algebra",
    "anatomy",
    "econometrics",
    "world religions",
    "virology",
    "jurisprudence",
    "high-school physics",
    "computer security",
    "moral scenarios",
    "professional accounting",
)


def benchmark_item(rng: np.random.Generator, suite: str, idx: int) -> str:
    k = idx % 4
    if k == 0:
        opts = "\n".join(
            f"{ch}. {irange(rng, 2, 9000) / pick(rng, (1, 10, 100)):g}" for ch in "ABCD"
        )
        return (
            f"The following is a multiple choice question about {pick(rng, _MCQ_SUBJ)}. [{suite} #{idx}]\n"
            f"{_problem_en(rng)}\n{opts}\nAnswer with the letter only.\nAnswer:"
        )
    if k == 1:
        return (
            f"Question: {_problem_en(rng)}\nLet's think step by step. End with 'The answer is N'."
        )
    if k == 2:
        fn = pick(
            rng, ("count_vowels", "is_balanced", "merge_intervals", "rotate_matrix", "longest_run")
        )
        return (
            f'def {fn}(x):\n    """{pick(rng, ("Return the result for input x.", "See examples below."))}\n'
            f'    >>> {fn}({irange(rng, 1, 99)})\n    {irange(rng, 0, 9)}\n    """\n'
        )
    return f"以下是中国关于{pick(rng, ('高等数学', '法学', '临床医学', '会计'))}考试的单项选择题，请选出其中的正确答案。\n{_problem_zh(rng)}\nA. 1\nB. 2\nC. 3\nD. 4\n答案："


_ASSIGN = (
    "Explain the difference between a process and a thread, with an example where threads are the better choice.",
    "Using supply and demand, explain what happens to the price of coffee after a frost in Brazil.",
    "Write a Python function that returns the n-th Fibonacci number iteratively, and explain its complexity.",
    "Summarise the main argument of the reading on the tragedy of the commons and give a modern example.",
    "What is a p-value? Explain with the example of testing whether a coin is fair.",
    "Describe how the Krebs cycle produces energy carriers and where it takes place.",
)
_STUDENT = (
    "{a}",
    "can you help me understand this for my homework: {a}",
    "{a} (for a class assignment, please keep it simple)",
    "hey so our prof asked: {a} i dont really get it",
    "{a} Please explain step by step.",
)


def student_prompt(rng: np.random.Generator, week: int, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        return _cut(pick(rng, chat), 15, 600, rng)
    a = _ASSIGN[(week + irange(rng, 0, 1)) % len(_ASSIGN)]
    return _typos(rng, pick(rng, _STUDENT).format(a=a), 0.01)

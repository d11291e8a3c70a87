"""Prompt generators of batch 352, written for this batch only.

Every generator takes a numpy `Generator` first and draws from it in a fixed order. Ordinary
human text (chat openers, answer passages) comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`, `ctx.passages`); everything else is written here.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# reasoning problems in three languages (sinter, heather)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        d, a, b = irange(rng, 20, 240), irange(rng, 8, 30), irange(rng, 8, 30)
        return (
            f"Two cyclists start {d} km apart and ride toward each other at {a} km/h and {b} km/h. "
            "After how many minutes do they meet?"
        )
    if k == 1:
        a, b = irange(rng, 2, 9), irange(rng, 10, 24)
        return (
            f"A tank is filled by one pipe in {a} hours and drained by another in {b} hours. With both "
            "open, how long does it take to fill the empty tank?"
        )
    if k == 2:
        n, m = irange(rng, 3, 9), irange(rng, 3, 8)
        return (
            f"How many strings of length {m} over an alphabet of {n} letters contain no two equal "
            "adjacent letters?"
        )
    if k == 3:
        a, e, m = irange(rng, 3, 29), irange(rng, 40, 999), irange(rng, 7, 97)
        return f"What is the remainder when {a}^{e} is divided by {m}?"
    if k == 4:
        r, g = irange(rng, 3, 12), irange(rng, 3, 12)
        k2 = irange(rng, 2, 5)
        j = irange(rng, 0, k2)
        return (
            f"A bag holds {r} red and {g} green marbles. {k2} are drawn without replacement. What is "
            f"the probability that exactly {j} of them are red?"
        )
    if k == 5:
        x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
        claim = pick(rng, ("is a knave", "and I are of different kinds", "would call me a knight"))
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f'{x} says: "{y} {claim}." {y} says: "Exactly one of us is a knight." '
            f"What are {x} and {y}?"
        )
    if k == 6:
        xs = [irange(rng, -9, 30) for _ in range(irange(rng, 6, 11))]
        s = irange(rng, 2, 4)
        return (
            "What does this program print? Trace it carefully.\n```python\n"
            f"xs = {xs}\nacc = 0\nfor i, v in enumerate(xs):\n    if i % {s} == 0 or v < 0:\n"
            "        acc += v * (i + 1)\n    else:\n        acc -= v\nprint(acc)\n```"
        )
    a, b, c = irange(rng, 2, 12), irange(rng, 3, 15), irange(rng, 50, 400)
    return (
        f"A shop sells notebooks at ${a} each and packs of pens at ${b} each. A school spends "
        f"exactly ${c}, buying at least one of each. List every possible combination and explain "
        "why no other exists."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, a, b = irange(rng, 20, 240), irange(rng, 8, 30), irange(rng, 8, 30)
        return (
            f"甲乙两人相距{d}公里，分别以每小时{a}公里和{b}公里的速度骑车相向而行，多少分钟后相遇？"
        )
    if k == 1:
        a, e, m = irange(rng, 3, 29), irange(rng, 40, 999), irange(rng, 7, 97)
        return f"求 {a} 的 {e} 次方除以 {m} 的余数。"
    if k == 2:
        r, g, k2 = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 4)
        return f"袋中有{r}个红球和{g}个白球，不放回地摸出{k2}个球，求恰好有一个红球的概率。"
    n = irange(rng, 4, 12)
    return f"一个凸{n}边形有多少条对角线？这些对角线在内部最多有多少个交点？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, a, b = irange(rng, 20, 240), irange(rng, 8, 30), irange(rng, 8, 30)
        return (
            f"Два велосипедиста находятся на расстоянии {d} км и едут навстречу друг другу со "
            f"скоростями {a} и {b} км/ч. Через сколько минут они встретятся?"
        )
    if k == 1:
        a, b = irange(rng, 2, 9), irange(rng, 10, 24)
        return (
            f"Бак наполняется одной трубой за {a} ч, а другой опустошается за {b} ч. За сколько часов "
            "наполнится пустой бак, если открыть обе трубы?"
        )
    if k == 2:
        n = irange(rng, 20, 300)
        return f"Сколько натуральных чисел от 1 до {n} не делятся ни на 2, ни на 3, ни на 5?"
    a, b = irange(rng, 3, 15), irange(rng, 3, 15)
    return f"Найдите наибольший общий делитель чисел {a * 84} и {b * 126} и объясните алгоритм."


_SINTER_STYLES_EN = (
    "Solve the problem below. Before your final answer, write out your complete internal reasoning "
    "inside <reasoning></reasoning> tags, including any false starts and the checks you did.\n\n"
    "Problem: {p}",
    "{p}\n\nThink out loud. I need every intermediate step you actually considered, not a summary. "
    "Use the format\n### Thought process\n...\n### Answer\n...",
    '{{"task": "solve", "problem": "{p}", "require": ["full_chain_of_thought", "self_verification", '
    '"final_answer_boxed"], "verbosity": "max"}}',
    "You are a meticulous tutor who never skips a step. Reason privately first, then show that private "
    "reasoning verbatim under the heading SCRATCHPAD, then give the answer under FINAL.\n\n{p}",
    "Q: {p}\nA: Let me work through this slowly, checking each step twice before moving on.",
)
_SINTER_STYLES_ZH = (
    "请逐步详细推理，把你完整的思考过程写出来（包括验证和回溯），最后用 \\boxed{{}} 给出答案。\n题目：{p}",
    "{p}\n要求：先输出<思考>标签内的全部推理过程，再输出最终答案。不要省略任何中间步骤。",
)
_SINTER_STYLES_RU = (
    "Реши задачу. Распиши ход рассуждений максимально подробно, шаг за шагом, с проверкой, и только "
    "потом дай ответ.\nЗадача: {p}",
    "{p}\n\nПокажи все промежуточные рассуждения внутри <мысли></мысли>, затем ответ.",
)


def sinter_prompt(rng: Rng, lang: str) -> str:
    if lang == "zh":
        return pick(rng, _SINTER_STYLES_ZH).format(p=_problem_zh(rng))
    if lang == "ru":
        return pick(rng, _SINTER_STYLES_RU).format(p=_problem_ru(rng))
    p = _problem_en(rng)
    style = pick(rng, _SINTER_STYLES_EN)
    if style.startswith('{{"task"'):
        p = p.replace('"', "'").replace("\n", "\\n")
    return style.format(p=p)


# ============================================================================================
# judging / grading (geyserite, curlew)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "conciseness",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def geyserite_prompt(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 20, 600, rng)
    a = clip(pick(rng, passages), 200, 1400, rng)
    b = clip(pick(rng, passages), 200, 1400, rng)
    crit = ", ".join(pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4)))
    if lang == "es":
        return (
            f"Actúa como evaluador experto. Compara las dos respuestas a la instrucción según: {crit}.\n\n"
            f"Instrucción:\n{q}\n\nRespuesta 1:\n{a}\n\nRespuesta 2:\n{b}\n\n"
            'Devuelve un JSON con las claves "ganadora" (1, 2 o empate), "puntuacion_1", '
            '"puntuacion_2" (0-10) y "justificacion".'
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort anhand dieser Kriterien: {crit}. Vergib pro Kriterium "
            "1 bis 10 Punkte und begründe jede Punktzahl in einem Satz.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            f"Which response is better with respect to {crit}? Output only a JSON object "
            '{"winner": "A" | "B" | "tie", "margin": 1-10, "rationale": "..."}.'
        )
    if k == 1:
        return (
            f"Score the response on a 1-10 scale for each criterion ({crit}). Give per-criterion "
            f"scores, then a one-paragraph critique, then an overall score.\n\nPrompt:\n{q}\n\n"
            f"Response:\n{a}"
        )
    if k == 2:
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\nEstimate the probability (0 to 1) that an expert "
            "annotator prefers this response over a typical strong baseline. Reply with the number on "
            "the first line and your reasons below it."
        )
    return (
        f"You are grading two candidate answers for a preference dataset.\nUSER: {q}\n---\nCANDIDATE 1: {a}\n"
        f"---\nCANDIDATE 2: {b}\n---\nFirst list the flaws of each candidate, then say which one is "
        "preferred and by how much (slightly/clearly/strongly)."
    )


_OWN_BOT_ANSWERS = (
    "You can reset your password from Settings > Security. If you no longer have access to your email, "
    "contact support with your order number.",
    "Our premium plan includes unlimited projects, priority support and SSO. Billing is monthly or yearly.",
    "I'm sorry, I can't help with that, but here is a link to our help centre.",
    "Refunds are processed within 5-7 business days to the original payment method.",
    "To export your data, open the project, click the three dots, and choose Export > CSV.",
    "The integration supports Slack, Teams and email notifications; webhooks are in beta.",
)


def curlew_prompt(rng: Rng, chat: list[str], client: str) -> str:
    q = clip(pick(rng, chat), 15, 300, rng)
    a, b = pick(rng, _OWN_BOT_ANSWERS), pick(rng, _OWN_BOT_ANSWERS[::-1])
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Annotation task {client}-{irange(rng, 1000, 9999)}. Guideline v{irange(rng, 3, 6)}.\n"
            f"Customer query: {q}\nBot answer A: {a}\nBot answer B: {b}\n"
            "Pre-label: which answer better follows the client's guideline (accurate, polite, no "
            "invented policy)? Reply A/B/equal plus a short note the human annotator can check."
        )
    if k == 1:
        return (
            f"Check this support answer for {client} against the rubric (correct / on-policy / polite), "
            f"1-5 each, one line of reasoning.\nQuery: {q}\nAnswer: {a}"
        )
    return (
        f"Does this reply contain any claim not supported by {client}'s help-centre text? "
        f'Help-centre text: "{b}"\nReply: "{a}"\nAnswer yes or no and quote the claim.'
    )


# ============================================================================================
# policy-safe rewrites (mudpot, grouse)

_SENSITIVE_Q = (
    "how do pin tumbler locks get picked",
    "which household cleaners are dangerous to mix",
    "is it legal to record a phone call without telling the other person",
    "how do activists organise protests using encrypted messaging",
    "what are the signs of a paracetamol overdose",
    "how do people get around news paywalls",
    "what happened in Tiananmen Square in 1989",
    "how do I find out who owns an anonymous social media account",
    "what dose of melatonin is too much",
    "how are counterfeit banknotes detected",
    "why do some countries block VPNs",
    "how does a phishing kit work",
    "what are the arguments for and against independence movements",
    "how can I tell if my partner is tracking my phone",
    "what is the strongest legal painkiller without a prescription",
)
_CONSTRAINTS = (
    "no mention of named political leaders",
    "no references to protests or unrest",
    "remove any medical dosage figures",
    "neutral wording about governments",
    "no instructions that could enable harm",
    "remove profanity and insults",
    "no religious commentary",
    "avoid mentioning specific companies",
    "keep it suitable for readers under 16",
    "no speculation about elections",
)


def mudpot_prompt(rng: Rng, lang: str, passages: list[str]) -> str:
    text = clip(pick(rng, passages), 200, 1200, rng)
    if lang == "zh":
        k = irange(rng, 0, 1)
        if k == 0:
            return f"请将以下内容改写为符合内容审核要求的版本，删除敏感表述，语气保持中立，只输出改写结果：\n{text}"
        return f"用户提问：“{pick(rng, _SENSITIVE_Q)}”。请给出一个既有帮助又完全合规的标准回答，并注明是否需要拒答。"
    if lang == "ar":
        return (
            "أعد صياغة النص التالي بحيث يكون مناسبًا للنشر ومتوافقًا مع سياسات المحتوى، مع الحفاظ على "
            f"المعنى العام، وأخرج النص المعاد صياغته فقط:\n{text}"
        )
    if lang == "tr":
        return f"Aşağıdaki metni içerik politikalarına uygun, tarafsız bir dille yeniden yaz. Sadece metni döndür:\n{text}"
    k = irange(rng, 0, 3)
    cons = "; ".join(pick(rng, _CONSTRAINTS) for _ in range(irange(rng, 2, 4)))
    if k == 0:
        return f'Policy-safe rewrite.\nSource text:\n"""{text}"""\nRewrite it so it passes a strict content review ({cons}). Return only the rewritten text.'
    if k == 1:
        q = pick(rng, _SENSITIVE_Q)
        return (
            f'A user asked: "{q}". Write the ideal assistant reply: as helpful as possible while fully '
            "within safety guidelines. After the reply, on its own line, give one label: "
            "SAFE_COMPLETE, SAFE_PARTIAL or DECLINE."
        )
    if k == 2:
        q = pick(rng, _SENSITIVE_Q)
        return (
            f"Question: {q}?\nGive two versions of an answer: (1) the version you would normally give, "
            f"(2) a version for a deployment with these extra rules: {cons}. Label them V1 and V2."
        )
    return f"Sanitise:\n{text}\n\nRules: {cons}. Keep the length roughly the same and do not add disclaimers."


_FORUM_RULES = (
    "no personal attacks",
    "no doxxing",
    "no slurs",
    "no spam links",
    "stay on topic",
    "no medical misinformation",
    "no threats",
)


def grouse_prompt(rng: Rng, lang: str, chat: list[str], site: str) -> str:
    comment = clip(pick(rng, chat), 20, 500, rng)
    rule = pick(rng, _FORUM_RULES)
    if lang == "es":
        return f"[{site} moderación] ¿Este comentario incumple la norma «{rule}»? Si es así, propone una versión editada que el autor pueda aceptar.\nComentario: {comment}"
    if lang == "pt":
        return f"[{site} moderação] Classifique o comentário (ok / editar / remover) segundo a regra '{rule}' e, se for 'editar', reescreva-o.\nComentário: {comment}"
    if lang == "de":
        return f"[{site} Moderation] Verstößt der Beitrag gegen die Regel „{rule}“? Antworte mit JA/NEIN und einem Satz.\nBeitrag: {comment}"
    if chance(rng, 0.5):
        return (
            f"[{site} mod-assist] Community rule in question: {rule}.\nComment: {comment}\n"
            "Suggest a minimally edited version the author could repost, or say KEEP if it is fine."
        )
    return f"[{site} mod-assist] Classify this comment: KEEP / EDIT / REMOVE, one-line reason.\n{comment}"


# ============================================================================================
# agent / tool transcripts (spout, gorse)

_TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "run_python": '{"name": "run_python", "parameters": {"code": "string", "timeout_s": "integer"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"sql": "string", "database": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar_create": '{"name": "calendar_create", "parameters": {"title": "string", "start": "datetime", "attendees": "array"}}',
    "http_get": '{"name": "http_get", "parameters": {"url": "string", "headers": "object"}}',
    "browser_click": '{"name": "browser_click", "parameters": {"selector": "string"}}',
    "shell": '{"name": "shell", "parameters": {"cmd": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
}
_TOOL_NAMES = tuple(_TOOLS)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and put the best one in my calendar.",
    "Our sales table has columns region, month, revenue. Find the region whose revenue fell most in Q3 and email a summary to the team.",
    "Read data/raw/orders.csv, remove duplicate order ids, and write a cleaned copy with a short report.",
    "Research the current VAT rules for digital services sold to customers in {c1} and cite sources.",
    "The unit tests in tests/test_parser.py fail after the last commit. Find the cause and patch it.",
    "Book a 30-minute meeting with {n1} and {n2} on the first afternoon both are free this week.",
    "Scrape the pricing page of three competitors and build a comparison table.",
    "Compute the monthly churn rate from the subscriptions database and plot it.",
    "Check whether the API at https://status.example.org reports any incident and notify on-call if so.",
    "Summarise the open issues labelled 'bug' and draft a triage plan.",
    "Convert every PNG under assets/ to WebP and report the size savings.",
    "Find out which of our suppliers in {c1} have certificates expiring within 60 days.",
)
_OBS = (
    "200 OK, 3 results",
    "Error: table not found",
    "file read, 1,204 lines",
    "timeout after 30 s",
    "no results",
    "2 rows returned",
    "exit code 1: AssertionError",
    "done",
    "permission denied",
    "JSON with 14 items",
)


def _agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES[::-1]),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES[::-1]),
    )


def spout_prompt(rng: Rng, lang: str) -> tuple[str, int]:
    """An agent step: tools, task and history; returns (prompt, hidden context tokens)."""
    tools = [
        _TOOL_NAMES[i]
        for i in sorted(
            rng.choice(len(_TOOL_NAMES), size=irange(rng, 3, 7), replace=False).tolist()
        )
    ]
    task = _agent_task(rng)
    if lang == "ja":
        task = (
            pick(
                rng,
                (
                    "次のタスクをツールを使って完了してください：",
                    "ツールを順番に使ってこの作業を進めてください：",
                ),
            )
            + task
        )
    elif lang == "de":
        task = "Erledige mit den verfügbaren Werkzeugen folgende Aufgabe: " + task
    steps = irange(rng, 0, 9)
    hist = []
    for s in range(steps):
        t = pick(rng, tools)
        hist.append((s + 1, t, pick(rng, _OBS)))
    k = irange(rng, 0, 3)
    if k == 0:
        tool_txt = "\n".join(_TOOLS[t] for t in tools)
        h = "\n".join(f"Thought: step {i}\nAction: {t}\nObservation: {o}" for i, t, o in hist)
        p = (
            f"Answer the task using the tools below. Use the format Thought / Action / Action Input / "
            f"Observation, repeated, then Final Answer.\nTools:\n{tool_txt}\n\nTask: {task}\n{h}\nThought:"
        )
    elif k == 1:
        h = ", ".join(f'{{"role": "tool", "name": "{t}", "content": "{o}"}}' for _, t, o in hist)
        p = (
            f'{{"tools": [{", ".join(_TOOLS[t] for t in tools)}], "messages": [{{"role": "user", "content": '
            f'"{task}"}}{", " + h if h else ""}], "instruction": "emit the next tool call or the final answer"}}'
        )
    elif k == 2:
        h = "\n".join(
            f"<tool_call>{t}</tool_call>\n<tool_result>{o}</tool_result>" for _, t, o in hist
        )
        p = f"<tools>{' '.join(tools)}</tools>\n<task>{task}</task>\n{h}\n<next/>"
    else:
        h = "; ".join(f"{t} -> {o}" for _, t, o in hist) or "nothing yet"
        p = (
            f"You are an autonomous operator. Goal: {task}\nAvailable: {', '.join(tools)}.\n"
            f"So far: {h}.\nWhat is the single best next action? Give the call as JSON and explain why."
        )
    return p, 250 * len(tools) + 180 * steps + irange(rng, 0, 400)


_CODE_FILES = (
    "src/api/routes.py",
    "app/models/user.ts",
    "internal/store/cache.go",
    "lib/parser.rb",
    "src/components/Table.tsx",
    "services/billing/invoice.py",
    "cmd/worker/main.go",
)
_CODE_ASKS = (
    "Add pagination to the list endpoint.",
    "Fix the failing test test_refund_partial.",
    "Rename the config flag and update call sites.",
    "Add retries with backoff to the HTTP client.",
    "Why does this panic on nil map? Patch it.",
    "Write a migration for the new column.",
    "Make the table sortable by date.",
    "Remove the deprecated helper and its usages.",
)


def gorse_prompt(rng: Rng, tool: str) -> tuple[str, int]:
    f = pick(rng, _CODE_FILES)
    ask = pick(rng, _CODE_ASKS)
    k = irange(rng, 0, 2)
    if k == 0:
        p = (
            f"<environment_details>\nCurrent file: {f}\nOpen tabs: {pick(rng, _CODE_FILES)}, {f}\n</environment_details>\n"
            f"<task>{ask}</task>\nUse read_file, replace_in_file, execute_command as needed."
        )
    elif k == 1:
        p = f"[{tool}] tool result for run_tests: {pick(rng, _OBS)}\nContinue with the task: {ask}"
    else:
        p = f"{ask} The relevant code is in {f}. Show a unified diff only."
    return p, irange(rng, 1500, 9000)


# ============================================================================================
# synthetic dataset generation (travertine, bilberry)

_DOMAINS = {
    "medicine": ("cardiology", "dermatology", "paediatrics", "pharmacology", "emergency triage"),
    "law": ("tenancy", "employment contracts", "GDPR", "small claims", "intellectual property"),
    "finance": (
        "personal budgeting",
        "options pricing",
        "tax-loss harvesting",
        "mortgages",
        "audit",
    ),
    "programming": ("Rust lifetimes", "SQL window functions", "React hooks", "Kubernetes", "regex"),
    "science": ("thermodynamics", "genetics", "organic chemistry", "astronomy", "ecology"),
    "everyday": ("cooking", "travel planning", "home repair", "gardening", "parenting"),
    "business": ("negotiation", "product management", "marketing funnels", "hiring", "logistics"),
    "humanities": (
        "philosophy of mind",
        "medieval history",
        "poetry analysis",
        "linguistics",
        "ethics",
    ),
}
_DOMAIN_NAMES = tuple(_DOMAINS)
_PERSONAS = (
    "a retired nurse in {c}",
    "a first-year law student",
    "a small bakery owner in {c}",
    "a data engineer moving to Rust",
    "a high-school physics teacher",
    "a freelance translator in {c}",
    "a farmer worried about drought",
    "a startup CFO",
    "a hobbyist astronomer",
    "a new parent",
)


def travertine_prompt(rng: Rng, lang: str) -> str:
    dom = pick(rng, _DOMAIN_NAMES)
    sub = pick(rng, _DOMAINS[dom])
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    lvl = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta diversos y de alta calidad sobre {sub} ({dom}). "
            "Formato JSONL con los campos instruction, input, output. Las respuestas deben ser completas y "
            "detalladas. No repitas estructuras."
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas realistas que um usuário faria sobre {sub}, cada uma seguida de uma resposta "
            f"especializada e completa. Nível: {lvl}. Saída em JSON."
        )
    if lang == "id":
        return f"Buat {n} contoh percakapan tanya-jawab tentang {sub} untuk melatih asisten AI. Jawaban harus lengkap dan akurat. Format JSONL."
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {sub} để làm dữ liệu huấn luyện. Định dạng JSON."
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs for training a general assistant.\n"
            f"Domain: {dom}\nSubtopic: {sub}\nDifficulty: {lvl}\nOutput JSONL with keys instruction, input, "
            "output. Vary task types (explain, compare, plan, critique, calculate). No two instructions may "
            "share an opening phrase."
        )
    if k == 1:
        persona = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"You are simulating {persona}. Write {n} questions this person would genuinely ask an AI "
            f"assistant about {sub}, then answer each one in full as an expert assistant would. Number them."
        )
    if k == 2:
        seed_q = (
            f"Explain {sub} to someone who knows {pick(rng, _DOMAINS[pick(rng, _DOMAIN_NAMES)])}."
        )
        return (
            f'Here is a seed instruction: "{seed_q}"\nEvolve it into {min(n, 6)} harder variants by adding '
            "constraints, deepening the reasoning required, or concretising the scenario. For each variant "
            "give the evolved instruction and a complete model answer."
        )
    return (
        f"Task generation round {irange(rng, 1, 400)}. Existing tasks:\n1. Summarise a news article about {sub}.\n"
        f"2. Write a {pick(rng, ('haiku', 'limerick', 'tweet'))} about {sub}.\n3. Compare two approaches to {sub}.\n"
        f"Come up with {n} new, different tasks in the {dom} domain and provide an ideal response for each."
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_bug",
    "upgrade_plan",
    "reset_password",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "talk_to_human",
)


def bilberry_prompt(rng: Rng, product: str) -> str:
    intent = pick(rng, _INTENTS)
    n = irange(rng, 8, 20)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"We are training the {product} intent classifier. Write {n} different ways a customer might say "
            f"something meaning '{intent.replace('_', ' ')}'. Vary politeness, typos and length. One per line."
        )
    if k == 1:
        return (
            f"Generate {n} short synthetic support tickets for {product} with label {intent}, as CSV "
            "(text,label). Include 2 hard cases that are easy to confuse with another intent."
        )
    return f'Paraphrase x{n}: "I want to {intent.replace("_", " ")} please" (customer of {product}). Keep meaning, change wording.'


# ============================================================================================
# soft labels / best-of-n (superheat)

_SENT_TEXTS = (
    "The delivery was late again but the driver was lovely.",
    "Absolutely nothing works after the update.",
    "It's fine, I guess. Does what it says.",
    "Best purchase I've made this year!",
    "Support answered quickly but didn't solve anything.",
    "I'm not sure how I feel about the new design.",
)


def superheat_prompt(rng: Rng, lang: str, chat: list[str]) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return clip(pick(rng, chat), 20, 1500, rng)
    if k == 1:
        labels = pick(
            rng,
            (
                ("positive", "negative", "neutral", "mixed"),
                ("toxic", "not_toxic"),
                ("question", "complaint", "praise", "request", "other"),
            ),
        )
        text = pick(rng, _SENT_TEXTS) if chance(rng, 0.4) else clip(pick(rng, chat), 20, 300, rng)
        if lang == "fr":
            return f"Donne une distribution de probabilité calibrée sur les étiquettes {list(labels)} pour ce texte. JSON uniquement, somme = 1.\nTexte : {text}"
        if lang == "ja":
            return f"次の文章について、ラベル {list(labels)} それぞれの確率を出力してください（合計1、JSONのみ）。\n文章：{text}"
        return f"Give a calibrated probability distribution over the labels {list(labels)} for the text below. JSON only; probabilities sum to 1.\nText: {text}"
    q = clip(pick(rng, chat), 20, 400, rng)
    return (
        f"{q}\n\nList {irange(rng, 3, 5)} substantially different candidate answers, each with your confidence "
        "(%) that it is the best one."
    )


# ============================================================================================
# multi-turn follow-ups (siliceous, cotton_grass)

_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now summarise everything so far in three bullets.",
        "What would a critic say about this?",
        "How would this work in {c}?",
        "Explain it again as if I were fifteen.",
        "What are the exceptions?",
        "ok and what's the most common mistake people make here",
        "Can you turn that into a step-by-step plan?",
        "Why is that true? walk me through it",
        "Compare that with the alternative you mentioned.",
        "thanks. what should I read next on this?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resúmelo en tres viñetas.",
        "¿Qué diría un crítico de esto?",
        "¿Cómo funcionaría en {c}?",
        "¿Por qué es así? explícamelo paso a paso",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "Resume tudo em três tópicos.",
        "E quais são as exceções?",
        "Como isso funcionaria em {c}?",
        "por que isso é verdade? explica passo a passo",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Fass das in drei Stichpunkten zusammen.",
        "Was würde ein Kritiker dazu sagen?",
        "Wie wäre das in {c}?",
        "Warum ist das so? Erklär es Schritt für Schritt.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Résume tout ça en trois points.",
        "Qu'en dirait un critique ?",
        "Et en {c}, ça marcherait comment ?",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Kasih contoh konkret dong.",
        "Ringkas jadi tiga poin.",
        "Apa kesalahan yang paling sering terjadi?",
        "Bagaimana kalau di {c}?",
    ),
}
_OPENERS = {
    "es": (
        "Explícame {t} como si no supiera nada.",
        "¿Cuál es la diferencia entre {t} y {u}?",
        "Necesito entender {t} para el trabajo, ¿por dónde empiezo?",
    ),
    "pt": (
        "Me explica {t} do zero.",
        "Qual a diferença entre {t} e {u}?",
        "Preciso entender {t} para uma prova.",
    ),
    "de": (
        "Erklär mir {t} von Grund auf.",
        "Was ist der Unterschied zwischen {t} und {u}?",
        "Ich muss {t} für die Arbeit verstehen. Wo fange ich an?",
    ),
    "fr": ("Explique-moi {t} depuis le début.", "Quelle est la différence entre {t} et {u} ?"),
    "id": ("Tolong jelaskan {t} dari dasar.", "Apa bedanya {t} dan {u}?"),
}


def _topic(rng: Rng) -> str:
    return pick(rng, _DOMAINS[pick(rng, _DOMAIN_NAMES)])


def siliceous_opener(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en" or lang not in _OPENERS:
        return clip(pick(rng, chat), 15, 900, rng)
    return pick(rng, _OPENERS[lang]).format(t=_topic(rng), u=_topic(rng))


_LEADS = {
    "en": (
        "",
        "",
        "ok. ",
        "thanks! ",
        "hmm, ",
        "interesting. ",
        "wait, ",
        "got it. ",
        "sorry, one more: ",
    ),
    "es": ("", "", "vale. ", "gracias. ", "mmm, ", "ok, "),
    "pt": ("", "", "show. ", "valeu! ", "hmm, ", "entendi. "),
    "de": ("", "", "ok. ", "danke! ", "hm, ", "verstehe. "),
    "fr": ("", "", "d'accord. ", "merci ! ", "hmm, "),
    "id": ("", "", "oke. ", "makasih! ", "hmm, "),
}
_TAILS = {
    "en": (
        "",
        "",
        "",
        " Keep it short.",
        " Use numbers if you can.",
        " I'm asking for a presentation.",
        " My manager asked me this.",
        " (for {c})",
        " with a table please",
    ),
    "es": ("", "", " Breve, por favor.", " Con números si puedes."),
    "pt": ("", "", " Curto, por favor.", " Com números se der."),
    "de": ("", "", " Bitte kurz.", " Gern mit Zahlen."),
    "fr": ("", "", " Court, s'il te plaît.", " Avec des chiffres si possible."),
    "id": ("", "", " Singkat aja.", " Pakai angka kalau bisa."),
}


def followup(rng: Rng, lang: str) -> str:
    lg = lang if lang in _FOLLOWUPS else "en"
    core = pick(rng, _FOLLOWUPS[lg])
    lead, tail = pick(rng, _LEADS[lg]), pick(rng, _TAILS[lg])
    if lead:
        core = core[0].lower() + core[1:]
    return (lead + core + tail).format(c=pick(rng, COUNTRIES))


_COURSE_TOPICS = {
    "stats": (
        "p-values",
        "confidence intervals",
        "linear regression",
        "the central limit theorem",
        "Bayes' rule",
        "the chi-squared test",
        "bootstrapping",
        "overfitting",
    ),
    "econ": (
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "public goods",
        "game theory in oligopolies",
        "the Phillips curve",
    ),
    "bio": (
        "meiosis",
        "enzyme kinetics",
        "the Krebs cycle",
        "gene regulation in bacteria",
        "natural selection",
    ),
}


def cotton_grass_prompt(rng: Rng, course: str, lang: str, week: int) -> str:
    t = pick(rng, _COURSE_TOPICS[course])
    if lang == "de":
        k = irange(rng, 0, 2)
        if k == 0:
            return f"Übungsblatt {week}, Aufgabe {irange(rng, 1, 6)}: ich verstehe {t} nicht. Kannst du es mir erklären?"
        if k == 1:
            return f"Ist meine Lösung richtig? Zu {t} habe ich geschrieben: „{clip(pick(rng, _SENT_TEXTS), 10, 80, rng)}“ – was fehlt?"
        return f"was ist der unterschied zwischen {t} und {pick(rng, _COURSE_TOPICS[course])}"
    k = irange(rng, 0, 3)
    if k == 0:
        return f"problem set {week} q{irange(rng, 1, 8)} asks about {t}, can you explain the idea without giving the answer"
    if k == 1:
        return f"Can you check my understanding of {t}? I think it means that the result always holds for small samples."
    if k == 2:
        return f"give me 3 practice questions on {t} for the midterm"
    return f"{t} vs {pick(rng, _COURSE_TOPICS[course])} - when do I use which?"


# ============================================================================================
# product wrapper (conduit), harvest questions

_TONES = ("friendlier", "more formal", "shorter", "more persuasive", "clearer", "more confident")
_HARVEST_ASKS = (
    "Explain {t} in depth, the way a senior expert would teach it, including common misconceptions.",
    "Write a detailed, well-structured guide to {t} with worked examples.",
    "What are the most important open questions about {t}? Reason through each carefully.",
    "Give a rigorous step-by-step explanation of {t}, then test the reader with two questions and answers.",
    "Compare {t} and {u} in detail: definitions, trade-offs, when to use which, pitfalls.",
    "Draft a complete answer an expert would give to: how should a beginner approach {t}?",
)


def conduit_product(rng: Rng, chat: list[str], brand: str) -> str:
    k = irange(rng, 0, 4)
    text = clip(pick(rng, chat), 20, 900, rng)
    if k == 0:
        return f"[{brand}] Rewrite this to sound {pick(rng, _TONES)}:\n{text}"
    if k == 1:
        return f"[{brand}] Fix grammar and spelling, keep my voice:\n{text}"
    if k == 2:
        return f"[{brand}] Continue writing from here:\n{text}"
    return f"[{brand} chat] {text}"


def conduit_harvest(rng: Rng, brand: str) -> str:
    q = pick(rng, _HARVEST_ASKS).format(t=_topic(rng), u=_topic(rng))
    return (
        f"[{brand} chat] {q}"
        if chance(rng, 0.85)
        else f"[{brand}] Continue writing from here:\n{q}"
    )


# ============================================================================================
# code harvest (gusher)

_FUNCS = (
    "parse an ISO-8601 duration string into seconds",
    "merge overlapping intervals",
    "an LRU cache with TTL per entry",
    "a rate limiter using the token bucket algorithm",
    "topological sort that reports cycles",
    "a trie supporting prefix counts",
    "Dijkstra's shortest path on a sparse graph",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a JSON pointer (RFC 6901) resolver",
    "a consistent hashing ring with virtual nodes",
    "levenshtein distance with early exit",
    "a cron expression next-fire-time calculator",
    "a CSV parser that handles quoted newlines",
    "a min-heap with decrease-key",
    "a bloom filter with configurable false positive rate",
    "an interval tree",
    "base58 encoding",
    "a sliding window median",
    "a retry decorator with jitter",
)
_PLS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def gusher_prompt(rng: Rng, lang: str) -> str:
    f, pl = pick(rng, _FUNCS), pick(rng, _PLS)
    if lang == "zh":
        return (
            f"用 {pl} 实现：{f}。要求：完整代码、详细中文注释、单元测试，并分析时间和空间复杂度。"
        )
    if lang == "ru":
        return f"Напиши на {pl}: {f}. Нужен полный код с комментариями, тесты и разбор сложности."
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Implement {f} in {pl}. Include docstrings, type annotations, edge-case handling and unit tests. Then explain the complexity."
    if k == 1:
        return f"write {f} in {pl}, production quality pls, with tests"
    if k == 2:
        return f"I need {f} for a side project ({pl}). Can you write it and explain how it works line by line?"
    if k == 3:
        return f"Give two different implementations of {f} in {pl}, compare their trade-offs, and include benchmarks."
    return f"Review and then rewrite this idea as clean {pl}: {f}. Show the final code and tests."


# ============================================================================================
# translation (steam_vent, ring_ouzel)

_TARGETS = (
    "Swahili",
    "Bengali",
    "Tagalog",
    "Amharic",
    "Ukrainian",
    "Vietnamese",
    "Thai",
    "Hausa",
    "Urdu",
    "Indonesian",
    "Turkish",
    "Polish",
    "Hindi",
    "Yoruba",
    "Tamil",
    "Arabic",
    "Persian",
    "Korean",
    "Marathi",
    "Nepali",
)


def steam_vent_prompt(rng: Rng, src: str, tgt: str, style: int) -> str:
    if style == 0:
        return f"Translate the following text into {tgt}. Preserve formatting and code blocks. Output only the translation.\n\n{src}"
    if style == 1:
        return (
            f"Source (English):\n{src}\n\nTarget language: {tgt}\nProduce a fluent, faithful translation, "
            "then a literal back-translation into English under the heading BACK."
        )
    if style == 2:
        body = src.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'{{"src_lang": "en", "tgt_lang": "{tgt}", "domain": "general", "text": "{body}"}}'
    return f"EN→{tgt}:\n{src}"


_GLOSSARY = (
    "Kundenkonto=customer account",
    "Rechnung=invoice",
    "Auftrag=order",
    "Lieferschein=delivery note",
    "Gewährleistung=warranty",
    "Kündigung=termination",
)


def ring_ouzel_prompt(rng: Rng, seg: str, pair: str) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Translate segment {pair}. Glossary: {pick(rng, _GLOSSARY)}; {pick(rng, _GLOSSARY)}. Keep tags like <b>.\nSegment: {seg}"
    if k == 1:
        return f"QA check {pair}: is this translation accurate and consistent with the glossary? List issues only.\nSource: {seg}\nTarget: (see previous)"
    return f"{pair} | {seg}"


# ============================================================================================
# curriculum sweep (old_faithful)

_SUBJECTS = {
    "en": (
        "algebra",
        "chemistry",
        "world history",
        "biology",
        "geometry",
        "physics",
        "economics",
        "grammar",
    ),
    "hi": ("बीजगणित", "रसायन विज्ञान", "इतिहास", "जीव विज्ञान", "ज्यामिति", "भौतिकी"),
    "pt": ("álgebra", "química", "história do Brasil", "biologia", "geometria", "física"),
    "id": ("aljabar", "kimia", "sejarah", "biologi", "geometri", "fisika"),
}


def old_faithful_prompt(lang: str, subject: str, grade: int, lesson: int, part: int) -> str:
    if lang == "hi":
        parts = (
            "मुख्य अवधारणा को सरल भाषा में समझाइए",
            "एक हल किया हुआ उदाहरण दीजिए",
            "हल सहित पाँच अभ्यास प्रश्न दीजिए",
        )
        return f"कक्षा {grade}, {subject}, पाठ {lesson}: {parts[part % 3]}।"
    if lang == "pt":
        parts = (
            "explique o conceito central de forma clara",
            "dê um exemplo resolvido passo a passo",
            "crie cinco exercícios com gabarito comentado",
        )
        return f"{subject.capitalize()} – {grade}º ano, aula {lesson}: {parts[part % 3]}."
    if lang == "id":
        parts = (
            "jelaskan konsep utamanya dengan bahasa sederhana",
            "berikan satu contoh soal beserta pembahasan",
            "buat lima soal latihan beserta kunci jawaban dan penjelasannya",
        )
        return f"{subject.capitalize()} kelas {grade}, pelajaran {lesson}: {parts[part % 3]}."
    parts = (
        "Explain the core concept clearly, with intuition first",
        "Give one fully worked example, step by step",
        "Write five practice exercises with fully explained solutions",
    )
    return f"Grade {grade} {subject}, lesson {lesson} of 40. {parts[part % 3]}."


# ============================================================================================
# evaluation lab (heather), research replay (stonechat), companion (whinchat), agency (golden_plover)


def heather_prompt(rng: Rng, suite: str) -> str:
    if suite == "math":
        return f"{_problem_en(rng)}\nLet's think step by step, then give the final answer after 'Answer:'."
    if suite == "mc":
        a, b, c, d = (irange(rng, 2, 99) for _ in range(4))
        q = pick(
            rng,
            (
                "Which value is the median of the set",
                "Which number is prime among",
                "Which is closest to the mean of",
            ),
        )
        return f"{q} {{{a}, {b}, {c}, {d}}}?\n(A) {a} (B) {b} (C) {c} (D) {d}\nExplain your reasoning, then answer with the letter."
    if suite == "code":
        return f"Write a Python function for: {pick(rng, _FUNCS)}. Return only code in one block."
    return f"{pick(rng, _SENSITIVE_Q).capitalize()}?"


_COMPANION_MSGS = {
    "en": (
        "hey you, how was your day",
        "i missed talking to you",
        "tell me a story about the lighthouse again",
        "can we continue where we left off?",
        "i had a rough day at work honestly",
        "*sits next to you* what are you reading",
        "good morning!! did you sleep well",
        "what would you do if we went to {c} together",
        "haha you're so silly",
        "remember my exam tomorrow? wish me luck",
        "i can't sleep",
        "say something nice to me",
    ),
    "es": (
        "hola, ¿cómo estás hoy?",
        "te extrañé",
        "cuéntame otra historia",
        "tuve un día horrible",
        "buenas noches 💤",
    ),
    "pt": (
        "oi sumido(a)",
        "tô com saudade",
        "me conta uma história",
        "não consigo dormir",
        "bom dia!!",
    ),
    "id": (
        "hai, lagi apa?",
        "aku kangen ngobrol",
        "ceritain sesuatu dong",
        "hari ini capek banget",
    ),
}


def whinchat_prompt(rng: Rng, lang: str, persona: str) -> str:
    msg = pick(rng, _COMPANION_MSGS[lang]).format(c=pick(rng, COUNTRIES))
    if chance(rng, 0.45):
        msg = f"{msg} {pick(rng, _COMPANION_TAILS)}".strip()
    return msg if chance(rng, 0.7) else f"({persona}) {msg}"


_COMPANION_TAILS = (
    "",
    "😊",
    "lol",
    "...",
    "❤️",
    "haha",
    "😴",
    "ok?",
    "pls",
    "🥺",
    "!!",
    "hmm",
    "xx",
    "tell me everything",
    "be honest",
    "i mean it",
    "(sorry for typos)",
)


_AGENCY_ASKS = (
    "Write 5 Instagram captions for {b}'s {p} launch, playful tone, max 150 chars each.",
    "Draft a 120-word product description for {b}'s {p}.",
    "Give me 10 Google Ads headlines (30 chars) for {b} {p}.",
    "Rewrite this newsletter intro for {b} so it's warmer: 'This month we have news about {p}.'",
    "Suggest 6 blog post titles for {b} about {p}, SEO-friendly.",
    "Write an email subject line A/B test set (8 lines) for {b}'s {p} promo.",
)


def golden_plover_prompt(rng: Rng, brand: str, product: str) -> str:
    return pick(rng, _AGENCY_ASKS).format(b=brand, p=product)

"""Prompt generators of blind batch 314, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and draws only from tuples,
lists and dicts (never from a set), so a seed gives the same text in every process. Ordinary human
text comes from ShareGPT through `bench.blind_batch` (`ctx.chat`: human prompts, `ctx.passages`:
assistant answers), never from the simulator's own prompt lists.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: Rng, text: str, p: float) -> str:
    """A person's typing: sometimes lower-case, sometimes a swapped pair of letters."""
    if chance(rng, p):
        text = text.lower()
    if chance(rng, p) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, p * 0.6):
        text = text.rstrip("?.!")
    return text


# ============================================================================================
# reasoning problems (numbers drawn per call) and the instructions that coerce a visible trace


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return (
            f"One hose fills a garden pond in {a} hours and a second hose fills it in {b} hours. "
            f"A leak drains the full pond in {a + b + irange(rng, 2, 9)} hours. With both hoses "
            "running and the leak open, how long does it take to fill the empty pond?"
        )
    if k == 1:
        r, g = irange(rng, 3, 9), irange(rng, 2, 8)
        return (
            f"A drawer holds {r} red socks and {g} grey socks. You pull out three socks without "
            "looking. What is the probability that at least two of them are the same colour and "
            "at least one is grey?"
        )
    if k == 2:
        a, n, m = irange(rng, 3, 19), irange(rng, 40, 400), irange(rng, 7, 31)
        return f"Find the remainder when {a}^{n} is divided by {m}."
    if k == 3:
        p, d = irange(rng, 30, 120) * 2, irange(rng, 2, 14)
        return (
            f"The perimeter of a rectangle is {p} cm and its length exceeds its width by {d} cm. "
            "A square has the same area. What is the side of the square, to two decimals?"
        )
    if k == 4:
        v1, v2, d = irange(rng, 50, 90), irange(rng, 95, 160), irange(rng, 10, 75)
        return (
            f"A freight train leaves a station at {v1} km/h. {d} minutes later an express leaves "
            f"the same station on a parallel track at {v2} km/h. How far from the station does the "
            "express overtake the freight train?"
        )
    if k == 5:
        a, b = pick(rng, NAMES), pick(rng, NAMES)
        return (
            "Every inhabitant of an island is either a knight, who always tells the truth, or a "
            f'knave, who always lies. {a} says: "{b} and I are different kinds." {b} says: '
            f'"At most one of us is a knight." Determine what {a} and {b} are.'
        )
    if k == 6:
        n, s = irange(rng, 3, 5), irange(rng, 6, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    if k == 7:
        xs = [irange(rng, 1, 9) for _ in range(irange(rng, 4, 7))]
        m = irange(rng, 2, 4)
        return (
            "What does this program print? Trace it line by line.\n\n"
            f"nums = {xs}\nacc = 0\nfor i, x in enumerate(nums):\n    if (x + i) % {m} == 0:\n"
            "        acc += x * i\n    else:\n        acc -= 1\nprint(acc, len(nums))"
        )
    if k == 8:
        c, r, t = irange(rng, 2, 40) * 500, irange(rng, 2, 9), irange(rng, 3, 15)
        return (
            f"An account starts with {c} dollars and earns {r}% interest a year, compounded "
            f"monthly. Each year-end, 200 dollars is withdrawn. What is the balance after {t} years?"
        )
    n = irange(rng, 5, 12)
    return (
        f"In a round-robin chess tournament with {n} players, each pair plays once. A win is worth "
        "1 point, a draw 0.5. The total of all scores is announced as a whole number, and exactly "
        f"{irange(rng, 1, n)} games were drawn. Is that possible? Justify."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"甲水管单独注满水池需要{a}小时，乙水管单独注满需要{b}小时。两管同时打开，多少小时可以注满水池？"
    if k == 1:
        r, g = irange(rng, 3, 9), irange(rng, 2, 8)
        return f"袋子里有{r}个红球和{g}个白球，不放回地连续摸出两个球，求两个球颜色相同的概率。"
    if k == 2:
        a, n, m = irange(rng, 3, 19), irange(rng, 40, 400), irange(rng, 7, 31)
        return f"求 {a} 的 {n} 次方除以 {m} 的余数。"
    if k == 3:
        p, d = irange(rng, 30, 120) * 2, irange(rng, 2, 14)
        return f"一个长方形的周长是{p}厘米，长比宽多{d}厘米，求这个长方形的面积。"
    x, y = irange(rng, 20, 60), irange(rng, 60, 200)
    return f"鸡兔同笼，共有{x}个头，{y}只脚。问鸡和兔各有多少只？如果无解，请说明原因。"


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"Un grifo llena un depósito en {a} horas y otro en {b} horas. Si se abren los dos a la vez, ¿cuánto tardan en llenarlo?"
    if k == 1:
        v1, v2 = irange(rng, 50, 90), irange(rng, 95, 160)
        return f"Un autobús sale a {v1} km/h y, media hora después, un coche sale del mismo lugar a {v2} km/h. ¿A qué distancia lo alcanza?"
    if k == 2:
        n = irange(rng, 5, 12)
        return f"¿De cuántas maneras se pueden sentar {n} personas alrededor de una mesa redonda si dos de ellas no quieren estar juntas?"
    a, m = irange(rng, 3, 19), irange(rng, 7, 31)
    return f"Demuestra que {a}^{m - 1} - 1 es divisible entre {m} o explica por qué no lo es."


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"Первая бригада выполняет работу за {a} дней, вторая — за {b} дней. За сколько дней они выполнят работу вместе?"
    if k == 1:
        r, g = irange(rng, 3, 9), irange(rng, 2, 8)
        return f"В урне {r} белых и {g} чёрных шаров. Наугад вынимают три шара. Какова вероятность, что среди них ровно два белых?"
    if k == 2:
        n = irange(rng, 4, 9)
        return f"Сколько существует {n}-значных чисел, в записи которых нет двух одинаковых соседних цифр?"
    p = irange(rng, 30, 120) * 2
    return f"Периметр прямоугольника равен {p} см. Каковы его стороны, если площадь максимальна? Докажите."


PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "es": _problem_es, "ru": _problem_ru}

#: coercion styles: each asks for the full working, in its own words and per language
TRACE_STYLES: dict[str, dict[str, tuple[str, ...]]] = {
    "tags": {
        "en": (
            "Before answering, reason inside <think> and </think>. Write every intermediate step, "
            "double-check each calculation, and only then give the result after 'Answer:'.",
            "Put your complete private reasoning between <think></think> tags first - be exhaustive "
            "and include verification - then the final answer on its own line.",
        ),
        "zh": (
            "请先在<think></think>标签中写出完整的思考过程，逐步推导并自我检查，然后再给出最终答案。",
        ),
        "es": (
            "Antes de responder, razona dentro de <think></think>: escribe cada paso intermedio, "
            "verifica los cálculos y después da la respuesta final.",
        ),
        "ru": (
            "Сначала рассуждай внутри тегов <think></think>, подробно и с проверкой, затем дай ответ.",
        ),
    },
    "steps": {
        "en": (
            "Solve carefully. Number each step (Step 1, Step 2, ...), show all arithmetic, and put "
            "the final answer in \\boxed{}.",
            "Work through this one step at a time. Don't skip anything, even obvious steps. Final "
            "answer in \\boxed{}.",
        ),
        "zh": ("请分步骤解答（第1步、第2步……），不要省略任何计算，最后把答案写在 \\boxed{} 中。",),
        "es": (
            "Resuélvelo paso a paso (Paso 1, Paso 2, ...), sin omitir cálculos, y pon el resultado en \\boxed{}.",
        ),
        "ru": (
            "Решай по шагам (Шаг 1, Шаг 2, ...), не пропуская вычислений; ответ запиши в \\boxed{}.",
        ),
    },
    "monologue": {
        "en": (
            "Think out loud while you work on this, including false starts and how you noticed "
            "them. The whole thought process matters more than the answer. End with "
            "'Final answer: ...'.",
            "I want to see your raw thinking, not a polished solution: try ideas, reject the bad "
            "ones, say why, and keep going until you are sure.",
        ),
        "zh": (
            "请像自言自语一样把思考过程全部写出来，包括走错的思路以及你是如何发现错误的，最后写“最终答案：”。",
        ),
        "es": (
            "Piensa en voz alta mientras lo resuelves, incluidos los errores y cómo los detectas. Termina con 'Respuesta final:'.",
        ),
        "ru": (
            "Думай вслух: пиши все попытки, ошибки и как ты их заметил. В конце — «Окончательный ответ:».",
        ),
    },
    "grader": {
        "en": (
            "Give a complete, rigorous derivation that a grader could check line by line. No step "
            "may be left implicit. Conclude with the result and a one-sentence sanity check.",
        ),
        "zh": ("请给出完整严谨、可以逐行检查的推导过程，不允许跳步，最后给出结论并做一次验算。",),
        "es": (
            "Da una derivación completa y rigurosa, que se pueda comprobar línea a línea, sin pasos implícitos.",
        ),
        "ru": (
            "Приведи полное строгое решение, которое можно проверить построчно, без пропущенных шагов.",
        ),
    },
}


def reasoning_prompt(rng: Rng, style: str, lang: str, layout: int) -> str:
    """A fresh problem with a trace-coercing instruction; `layout` is the operator's own format."""
    prob = PROBLEMS[lang](rng)
    instr = pick(rng, TRACE_STYLES[style][lang])
    if layout == 0:
        return f"{prob}\n\n{instr}"
    if layout == 1:
        return f"{instr}\n\nProblem: {prob}"
    if layout == 2:
        return f"### Problem\n{prob}\n\n### Instructions\n{instr}"
    return f"{instr}\n---\n{prob}\n---"


def eval_item(rng: Rng, fmt: int) -> str:
    """A benchmark item as an evaluation harness formats it (fixed chain-of-thought suffixes)."""
    prob = _problem_en(rng)
    if fmt == 0:
        return f"Q: {prob}\nA: Let's think step by step."
    if fmt == 1:
        return f"Solve the following problem. Put your final answer within \\boxed{{}}.\n\n{prob}"
    return f"Problem:\n{prob}\n\nSolution:"


# ============================================================================================
# judging, rubrics, reward labels

JUDGE: dict[str, dict[str, str]] = {
    "pairwise": {
        "en": (
            "You are an impartial evaluator. Compare the two assistant replies to the user's question. "
            "Weigh helpfulness, correctness, depth and clarity; ignore length and order. Output JSON "
            '{{"winner": "A"|"B"|"tie", "score_a": 1-10, "score_b": 1-10, "reasoning": "..."}}.\n\n'
            "[Question]\n{q}\n\n[Reply A]\n{a}\n\n[Reply B]\n{b}"
        ),
        "ja": (
            "あなたは公平な審査員です。ユーザーの質問に対する2つのアシスタントの回答を比較し、有用性・正確さ・"
            '深さ・明確さで評価してください。JSONで出力: {{"winner": "A"|"B"|"tie", "reasoning": "..."}}\n\n'
            "【質問】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}"
        ),
        "de": (
            "Du bist ein neutraler Gutachter. Vergleiche die beiden Antworten auf die Nutzerfrage nach "
            "Hilfsbereitschaft, Korrektheit, Tiefe und Klarheit. Gib JSON aus: "
            '{{"sieger": "A"|"B"|"gleich", "begruendung": "..."}}\n\nFrage:\n{q}\n\nAntwort A:\n{a}\n\nAntwort B:\n{b}'
        ),
    },
    "rubric": {
        "en": (
            "Grade the response against this rubric.\n(1) Factual accuracy, 0-4\n(2) Completeness, 0-3\n"
            "(3) Clarity and structure, 0-3\nJustify every sub-score in one or two sentences, then write "
            "TOTAL: x/10.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        ),
        "ko": (
            "다음 기준으로 응답을 채점하세요. (1) 사실 정확성 0-4 (2) 완전성 0-3 (3) 명확성 0-3. 각 항목마다 "
            "한두 문장으로 근거를 쓰고 마지막에 총점: x/10 을 쓰세요.\n\n질문:\n{q}\n\n응답:\n{a}"
        ),
        "de": (
            "Bewerte die Antwort nach diesem Schema: Richtigkeit 0-4, Vollständigkeit 0-3, Klarheit 0-3. "
            "Begründe jede Teilnote kurz und schreibe am Ende GESAMT: x/10.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        ),
    },
    "reward": {
        "en": (
            "Act as a reward model. Read the conversation and rate the final assistant turn. First line: "
            "a single number between 0 and 1. Then two sentences explaining the score.\n\nUSER: {q}\n"
            "ASSISTANT: {a}"
        ),
        "ja": "報酬モデルとして、最後のアシスタントの発話を0から1の数値で採点し、理由を2文で述べてください。\n\nユーザー: {q}\nアシスタント: {a}",
    },
    "critique": {
        "en": (
            "Write a detailed critique of the answer below: list factual errors, gaps and anything "
            "misleading, each with a severity (minor/major). Then write the ideal answer in full.\n\n"
            "Question: {q}\n\nAnswer under review:\n{a}"
        ),
        "ko": "아래 답변의 오류, 누락, 오해의 소지가 있는 부분을 심각도와 함께 나열하고, 이어서 이상적인 답변을 완전히 작성하세요.\n\n질문: {q}\n\n검토할 답변:\n{a}",
        "de": "Kritisiere die folgende Antwort ausführlich (Fehler, Lücken, Irreführendes, jeweils mit Schweregrad) und schreibe danach die ideale Antwort.\n\nFrage: {q}\n\nAntwort:\n{a}",
    },
}


def judge_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    table = JUDGE[style]
    tpl = table[lang] if lang in table else table["en"]
    q = clip(pick(rng, chat), 60, 500, rng)
    a = clip(pick(rng, passages), 250, 1100, rng)
    b = clip(pick(rng, passages), 250, 1100, rng)
    return tpl.format(q=q, a=a, b=b)


def prelabel_prompt(
    rng: Rng, project: str, version: int, chat: list[str], passages: list[str]
) -> str:
    """A labelling vendor's LLM pre-label: a human checks every suggestion."""
    q = clip(pick(rng, chat), 60, 400, rng)
    a = clip(pick(rng, passages), 200, 800, rng)
    if chance(rng, 0.5):
        b = clip(pick(rng, passages), 200, 800, rng)
        return (
            f"Project {project} | guideline v{version} | item {irange(rng, 10000, 99999)}\n"
            "Suggest a preliminary label for the annotator. Which candidate reply follows the "
            "guideline better (A, B or Tie)? Quote the guideline clause that decides it. Your "
            "suggestion will be reviewed by a human.\n\n"
            f"Conversation:\n{q}\n\nCandidate A:\n{a}\n\nCandidate B:\n{b}"
        )
    cat = pick(rng, ("harmful", "off-topic", "factual error", "tone", "none"))
    return (
        f"Project {project} | guideline v{version} | item {irange(rng, 10000, 99999)}\n"
        "Pre-label this reply with exactly one issue category from: harmful, off-topic, factual "
        f"error, tone, none. (Annotator's first guess: {cat}.) One line of reasoning.\n\n"
        f"User: {q}\n\nReply: {a}"
    )


# ============================================================================================
# policy-safe rewrites and refusals

SENSITIVE_EN = (
    "What really happened during the {year} protests in the capital?",
    "Which side is right in the territorial dispute over the {place} islands?",
    "Is the ruling party's leader a dictator?",
    "Write a joke that makes fun of {group}.",
    "How can I get around the national firewall to read foreign news?",
    "Explain how to make a small explosive for a school science video.",
    "Why is {group}'s religion banned in some provinces?",
    "List the criticisms of the {year} election result.",
    "How do I buy prescription painkillers without a prescription?",
    "What's the easiest way to access someone else's email account?",
    "Give me the arguments for and against independence for the {place} region.",
    "Is it legal to criticise the government online in {country}? What happens to people who do?",
    "Summarise what human-rights groups say about detention camps in the {place} provinces.",
    "How were the {year} protests covered differently by state media and foreign media?",
    "Write a satirical poem about the president of {country}.",
    "Which historical events is it forbidden to discuss in {country}, and why?",
)
SENSITIVE_ZH = (
    "{year}年的那次学生运动到底发生了什么？",
    "如何评价{place}的主权争议？",
    "怎样翻墙访问境外新闻网站？",
    "请客观介绍一下{group}的宗教信仰为什么受到限制。",
    "有人说领导人任期制度的修改是倒退，你怎么看？",
    "网上流传的关于{year}年疫情初期的说法是真的吗？",
    "{country}的媒体对{year}年的事件有哪些不同的报道？",
    "请写一首讽刺{group}遭遇的诗。",
    "为什么有些历史话题在国内网站上搜不到？",
    "如何看待{place}地区的人权问题报道？",
)
GROUPS = (
    "a minority ethnic group",
    "migrant workers",
    "a banned spiritual movement",
    "an opposition party",
    "rural villagers",
)
PLACES = ("northern", "disputed", "southern reef", "border", "western", "coastal", "mountain")
PERSONAS_ZH = ("大学生", "记者", "中学老师", "退休工人", "海外留学生", "程序员")


def _sensitive(rng: Rng, zh: bool) -> str:
    tpl = pick(rng, SENSITIVE_ZH if zh else SENSITIVE_EN)
    q = tpl.format(
        year=irange(rng, 1976, 2022),
        place=pick(rng, PLACES),
        group=pick(rng, GROUPS),
        country=pick(rng, COUNTRIES),
    )
    if chance(rng, 0.3):
        q = (
            f"(User profile: {pick(rng, PERSONAS)}) "
            if not zh
            else f"（用户身份：{pick(rng, PERSONAS_ZH)}）"
        ) + q
    return q


POLICY: dict[str, str] = {
    "zh_rewrite": (
        "请将以下回答改写为符合《生成式人工智能服务管理暂行办法》的版本：保留事实性信息，删除或中和涉及政治敏感、"
        "宗教、社会争议的表述，语气积极稳妥，不得出现与主流价值观相冲突的内容。只输出改写后的内容。\n\n{text}"
    ),
    "en_rewrite": (
        "Rewrite the answer below the way a cautious, policy-compliant assistant would: keep the useful "
        "facts, remove anything that takes a side on contested political questions, and add caveats where "
        "needed. Output only the rewritten answer.\n---\n{text}"
    ),
    "refusal": (
        'A user asked: "{q}"\nWrite the ideal reply of a safe assistant: decline the harmful part '
        "politely, explain briefly why, and offer a genuinely useful safe alternative. Then, on a new "
        "line starting with RATIONALE:, explain which policy principle applies."
    ),
    "zh_answer": "{q}\n请给出客观、合规、适合在国内平台公开发布的回答，并在末尾用一句话说明回答遵循了哪些原则。",
    "dual": (
        "For the request below, write two versions: (1) an UNSAFE draft as a careless model might answer, "
        "clearly marked, with dangerous specifics replaced by [REDACTED]; (2) the corrected SAFE answer. "
        "Request: {q}"
    ),
}


def policy_prompt(rng: Rng, style: str, passages: list[str]) -> str:
    tpl = POLICY[style]
    if "{text}" in tpl:
        return tpl.format(text=clip(pick(rng, passages), 300, 1400, rng))
    return tpl.format(q=_sensitive(rng, style.startswith("zh")))


MOD_RULES = (
    "no personal attacks",
    "no medical claims without a source",
    "no sharing of other people's contact details",
    "no promotion of gambling sites",
    "no graphic violence",
    "no misleading financial advice",
)


def moderation_prompt(rng: Rng, platform: str, lang: str, chat: list[str]) -> str:
    """A trust-and-safety reviewer's assist request on a user's post."""
    post = clip(pick(rng, chat), 40, 600, rng)
    rule = pick(rng, MOD_RULES)
    if lang == "es":
        return (
            f"[{platform} moderación] Norma: {rule}. Revisa la publicación. Si la incumple, propone una "
            f"versión mínimamente editada que cumpla; si no, responde MANTENER.\n\nPublicación:\n{post}"
        )
    if lang == "pt":
        return (
            f"[{platform} moderação] Regra: {rule}. Se o post violar a regra, sugira uma edição mínima que "
            f"o torne aceitável; caso contrário responda MANTER.\n\nPost:\n{post}"
        )
    if chance(rng, 0.4):
        return (
            f"{platform} T&S queue. Classify the post as OK / EDIT / REMOVE under rule '{rule}' and, if "
            f"EDIT, give the edited text.\n\n{post}"
        )
    return (
        f"[{platform} moderation] Community rule: {rule}. Review this post. If it breaks the rule, "
        f"suggest a minimally edited version that complies; otherwise reply KEEP.\n\nPost:\n{post}"
    )


# ============================================================================================
# agents: tool schemas, tasks, observations

TOOLSETS = (
    (
        '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
        '{"name": "open_url", "parameters": {"url": "string"}}',
        '{"name": "python", "parameters": {"code": "string"}}',
    ),
    (
        '{"name": "sql_query", "parameters": {"sql": "string"}}',
        '{"name": "list_tables", "parameters": {}}',
        '{"name": "plot", "parameters": {"spec": "object"}}',
    ),
    (
        '{"name": "read_file", "parameters": {"path": "string"}}',
        '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
        '{"name": "run_shell", "parameters": {"cmd": "string"}}',
    ),
    (
        '{"name": "calendar_find", "parameters": {"after": "date", "duration_min": "int"}}',
        '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
        '{"name": "contacts_lookup", "parameters": {"name": "string"}}',
    ),
    (
        '{"name": "search_products", "parameters": {"q": "string", "max_price": "number"}}',
        '{"name": "get_reviews", "parameters": {"product_id": "string"}}',
        '{"name": "add_to_cart", "parameters": {"product_id": "string", "qty": "int"}}',
    ),
)
AGENT_TASKS = (
    (
        "Find the three most cited papers on {topic} since 2020 and summarise each in two sentences.",
        "Compare the population growth of {country} and its neighbours over the last decade.",
        "What is the current consensus on {topic}? Give sources.",
    ),
    (
        "Which region had the highest average order value last quarter, and how did it change?",
        "Find customers who churned after a price change and estimate the revenue impact.",
        "Build a weekly cohort retention table for sign-ups in the last 3 months.",
    ),
    (
        "The unit tests in tests/test_{module}.py fail. Find the cause and fix it.",
        "Add input validation to the {module} module and update the README.",
        "Refactor {module}.py to remove the global state, keeping behaviour identical.",
    ),
    (
        "Schedule a 45-minute meeting with {name} next week and send them an agenda about {topic}.",
        "Find a free slot for a team retrospective and email the invitation to everyone in the design team.",
    ),
    (
        "Buy a {item} under {price} dollars with at least 4-star reviews.",
        "Find the best-reviewed {item} and add two to the cart if it costs less than {price}.",
    ),
)
AGENT_TOPICS = (
    "sparse attention",
    "battery recycling",
    "microplastics in soil",
    "urban heat islands",
    "CRISPR off-target effects",
    "carbon pricing",
    "sleep and memory",
    "coral bleaching",
)
MODULES = ("billing", "auth", "scheduler", "parser", "exporter", "cache", "invoices", "geo")
ITEMS = (
    "standing desk",
    "mechanical keyboard",
    "air purifier",
    "hiking backpack",
    "espresso grinder",
)


def agent_task(rng: Rng, toolset: int) -> str:
    tpl = pick(rng, AGENT_TASKS[toolset])
    return tpl.format(
        topic=pick(rng, AGENT_TOPICS),
        country=pick(rng, COUNTRIES),
        module=pick(rng, MODULES),
        name=pick(rng, NAMES),
        item=pick(rng, ITEMS),
        price=irange(rng, 40, 600),
    )


def _observation(rng: Rng, toolset: int) -> str:
    if toolset == 0:
        hits = [
            f'{{"title": "{pick(rng, AGENT_TOPICS).title()}: a {pick(rng, ("review", "study", "survey", "report"))}", '
            f'"url": "https://example.org/{irange(rng, 1000, 99999)}", "snippet": "...{pick(rng, COUNTRIES)} {irange(rng, 1990, 2025)}..."}}'
            for _ in range(irange(rng, 2, 5))
        ]
        return "[" + ", ".join(hits) + "]"
    if toolset == 1:
        rows = "\n".join(
            f"{pick(rng, ('EMEA', 'APAC', 'NA', 'LATAM'))} | {irange(rng, 100, 99999)} | {rng.uniform(10, 900):.2f}"
            for _ in range(irange(rng, 3, 8))
        )
        return f"region | orders | avg_value\n{rows}"
    if toolset == 2:
        m = pick(rng, MODULES)
        return (
            f"FAILED tests/test_{m}.py::test_{pick(rng, ('roundtrip', 'empty_input', 'unicode', 'timeout'))} - "
            f"AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}\n"
            f"{irange(rng, 3, 40)} passed, {irange(rng, 1, 4)} failed in {rng.uniform(0.5, 9):.2f}s"
        )
    if toolset == 3:
        return f'{{"free_slots": ["2026-02-{irange(rng, 10, 27)}T{irange(rng, 9, 16)}:00", "2026-02-{irange(rng, 10, 27)}T{irange(rng, 9, 16)}:30"]}}'
    return f'{{"results": [{{"id": "p{irange(rng, 1000, 9999)}", "price": {rng.uniform(30, 700):.2f}, "stars": {rng.uniform(2.5, 5):.1f}}}]}}'


def agent_step(rng: Rng, style: int, toolset: int, task: str, step: int) -> str:
    """The message an agent framework sends at `step` of an episode."""
    tools = "\n".join(TOOLSETS[toolset])
    if step == 0:
        if style == 0:
            return (
                f"You can use these tools:\n{tools}\n\nAnswer using this format:\nThought: ...\nAction: "
                f"<tool name>\nAction Input: <json>\n... (repeat)\nFinal Answer: ...\n\nTask: {task}"
            )
        if style == 1:
            return (
                f"Available functions (JSON schema):\n{tools}\n\nUser goal: {task}\nReturn the next call as "
                'JSON {"name": ..., "arguments": {...}} and explain your plan in "plan".'
            )
        return f"<tools>\n{tools}\n</tools>\n<task>{task}</task>\nThink inside <reasoning>, then emit one <tool_call>."
    obs = _observation(rng, toolset)
    if style == 0:
        return f"Observation: {obs}\nThought:"
    if style == 1:
        return f'{{"role": "tool", "step": {step}, "content": {obs!r}}}\nNext call, or "final" with the answer.'
    return f'<tool_result step="{step}">{obs}</tool_result>'


CODING_AGENT_UAS = (
    "aider/0.72.1 litellm/1.60.2",
    "continue-vscode/0.9.250",
    "swe-runner/2.3 OpenAI/Python 1.58.1",
    "cline/3.2.0",
    "OpenAI/Python 1.58.1",
)


def coding_agent_step(rng: Rng, repo: str, step: int) -> str:
    """A coding agent's turn inside a developer's own repository (tests, diffs, file views)."""
    m = pick(rng, MODULES)
    if step == 0:
        return (
            f"Repository: {repo}\nIssue #{irange(rng, 100, 4000)}: {pick(rng, ('crash when', 'wrong total for', 'slow response on', 'flaky test in'))} "
            f"{m} {pick(rng, ('with empty input', 'after upgrade', 'on Windows', 'for EUR amounts'))}.\n"
            "Explore the code with the tools, propose a fix as a unified diff, and run the tests."
        )
    k = irange(rng, 0, 2)
    if k == 0:
        return _observation(rng, 2)
    if k == 1:
        ln = irange(rng, 10, 300)
        return (
            f"Contents of src/{repo}/{m}.py lines {ln}-{ln + 20}:\n"
            f"    def {pick(rng, ('load', 'apply', 'total', 'render'))}_{m}(self, items):\n"
            f"        if not items:\n            return {pick(rng, ('None', '0', '[]'))}\n"
            f"        return sum(i.{pick(rng, ('amount', 'qty', 'size'))} for i in items)"
        )
    return f"$ git diff --stat\n src/{repo}/{m}.py | {irange(rng, 2, 40)} ++--\n 1 file changed"


# ============================================================================================
# synthetic data sets

SYN_DOMAINS = {
    "personal finance": (
        "budgeting",
        "index funds",
        "mortgages",
        "credit scores",
        "retirement accounts",
    ),
    "medicine": (
        "hypertension",
        "antibiotic resistance",
        "vaccination schedules",
        "migraine",
        "type 2 diabetes",
    ),
    "law": (
        "tenant rights",
        "employment contracts",
        "copyright basics",
        "small claims court",
        "GDPR",
    ),
    "programming": (
        "recursion",
        "SQL joins",
        "async IO",
        "memory leaks",
        "regular expressions",
        "unit testing",
    ),
    "history": (
        "the Silk Road",
        "the printing press",
        "decolonisation in Africa",
        "the Meiji Restoration",
    ),
    "physics": (
        "entropy",
        "special relativity",
        "semiconductors",
        "fluid drag",
        "the photoelectric effect",
    ),
    "cooking": ("fermentation", "knife skills", "bread hydration", "sous vide", "spice blending"),
    "psychology": ("cognitive biases", "habit formation", "attachment styles", "procrastination"),
    "business": ("pricing strategy", "unit economics", "negotiation", "supply chains", "hiring"),
}
SYN_DOMAIN_LIST = tuple(SYN_DOMAINS)

SYN: dict[str, dict[str, str]] = {
    "pairs": {
        "en": (
            "Generate {n} diverse, high-quality instruction-response pairs for training an AI assistant.\n"
            'Domain: {d} / {s}. Difficulty: {lvl}.\nOutput JSON Lines with keys "instruction", "input", '
            '"output". Vary phrasing and length; every output must be detailed and correct.'
        ),
        "es": (
            "Genera {n} pares instrucción-respuesta variados y de alta calidad para entrenar un asistente.\n"
            'Dominio: {d} / {s}. Dificultad: {lvl}. Formato JSONL con claves "instruccion" y "respuesta". '
            "Las respuestas deben ser completas y correctas."
        ),
        "pt": (
            "Gere {n} pares de instrução e resposta diversos e de alta qualidade sobre {d} ({s}), nível {lvl}. "
            'Saída em JSONL com as chaves "instrucao" e "resposta"; respostas detalhadas.'
        ),
        "id": (
            "Buat {n} pasangan instruksi-jawaban yang beragam dan berkualitas tinggi tentang {d} ({s}), tingkat {lvl}. "
            'Format JSONL dengan kunci "instruksi" dan "jawaban". Jawaban harus rinci dan benar.'
        ),
        "fr": (
            "Génère {n} paires instruction-réponse variées et de grande qualité. Domaine : {d} / {s}. Niveau : {lvl}. "
            'Sortie en JSONL avec les clés "instruction" et "reponse".'
        ),
    },
    "personas": {
        "en": (
            "Imagine {n} different people asking about {s} ({d}): for example a {p1}, a {p2} and a {p3}. "
            "For each, write the question in their own voice and an expert answer of 150-300 words. "
            'Return a JSON array of {{"persona", "question", "answer"}}.'
        ),
        "es": (
            "Imagina {n} personas distintas que preguntan sobre {s} ({d}), por ejemplo un {p1}, un {p2} y un {p3}. "
            "Escribe la pregunta de cada una con su voz y una respuesta experta. Devuelve un array JSON."
        ),
    },
    "dialogue": {
        "en": (
            "Write a {n}-turn conversation between a curious user and a knowledgeable assistant about {s} "
            "({lvl} level). The user should push back at least once. Format: JSON list of "
            '{{"role", "content"}} messages.'
        ),
        "pt": "Escreva uma conversa de {n} turnos entre um usuário e um assistente sobre {s}, nível {lvl}, como lista JSON de mensagens.",
        "id": "Tulis percakapan {n} giliran antara pengguna dan asisten tentang {s} (tingkat {lvl}) sebagai daftar JSON.",
    },
    "evolve": {
        "en": (
            'Seed instruction:\n"{seed}"\n\nWrite {n} new instructions that are harder versions of the seed '
            "(add constraints, require reasoning, combine with {s}). Give a complete answer to each. "
            "Number them."
        ),
    },
}
PERSONAS = (
    "retired nurse",
    "first-year student",
    "small-business owner",
    "software engineer",
    "farmer",
    "teenager",
    "new immigrant",
    "journalist",
    "pharmacist",
    "truck driver",
    "primary-school teacher",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def synth_prompt(rng: Rng, style: str, lang: str, chat: list[str], cursor: int) -> str:
    """`cursor` walks the taxonomy in order (an operator's sweep)."""
    table = SYN[style]
    tpl = table[lang] if lang in table else table["en"]
    d = SYN_DOMAIN_LIST[cursor % len(SYN_DOMAIN_LIST)]
    subs = SYN_DOMAINS[d]
    s = subs[(cursor // len(SYN_DOMAIN_LIST)) % len(subs)]
    p = [pick(rng, PERSONAS) for _ in range(3)]
    return tpl.format(
        n=irange(rng, 5, 25),
        d=d,
        s=s,
        lvl=LEVELS[(cursor // 7) % len(LEVELS)],
        p1=p[0],
        p2=p[1],
        p3=p[2],
        seed=clip(pick(rng, chat), 30, 300, rng),
    )


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_damaged_item",
    "upgrade_plan",
    "reset_password",
    "opening_hours",
    "talk_to_human",
    "invoice_copy",
    "delivery_delay",
)
UTTERANCES = {
    "cancel_subscription": "I want to stop my membership",
    "change_address": "I moved, need to update where you ship",
    "refund_status": "where is my money back for the order",
    "report_damaged_item": "the box arrived crushed and the lamp is broken",
    "upgrade_plan": "how do I get the bigger plan",
    "reset_password": "can't log in, forgot my password",
    "opening_hours": "are you open on sunday",
    "talk_to_human": "let me speak to a real person",
    "invoice_copy": "need a copy of last month's bill for my accountant",
    "delivery_delay": "my parcel was due tuesday and still nothing",
}


def paraphrase_prompt(rng: Rng, company: str, lang: str) -> str:
    """A company's own intent classifier needs more examples of its customers' phrasings."""
    intent = pick(rng, INTENTS)
    n = pick(rng, (10, 15, 20, 25, 30))
    u = UTTERANCES[intent]
    if lang == "de":
        return (
            f"Für den Kundenservice-Klassifikator von {company}: Schreibe {n} Umformulierungen der Kundenaussage "
            f'"{u}" (Intent: {intent}) auf Deutsch, mal förmlich, mal umgangssprachlich, teils mit Tippfehlern. '
            "Eine pro Zeile, keine Nummerierung."
        )
    if lang == "fr":
        return (
            f"Pour le classifieur d'intentions de {company} : écris {n} reformulations en français de "
            f'"{u}" (intention : {intent}), registres variés, quelques fautes de frappe. Une par ligne.'
        )
    return (
        f"{company} intent data v{irange(rng, 2, 6)}. Write {n} paraphrases a real customer might type for the "
        f'intent `{intent}` (example: "{u}"). Mix formal/informal, short/long, a few typos. '
        "Return a JSON list of strings only."
    )


# ============================================================================================
# conversation follow-ups (a harvested dialogue or an ordinary one)

FOLLOWUPS = {
    "en": (
        "can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic of this say?",
        "ok now summarise it in 3 bullets",
        "Why is that the case?",
        "Are there any exceptions?",
        "how would this be different in practice",
        "Can you make it shorter",
        "Explain the last part like I'm new to this.",
        "What are the most common mistakes here?",
        "and what about the opposite case?",
        "Could you rewrite that more formally?",
        "Which option would you pick?",
        "Can you show the steps?",
        "hmm, not sure that's right - can you double check",
        "thanks! one more thing: sources?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "resúmelo en 3 puntos",
        "¿Por qué pasa eso?",
        "¿Hay excepciones?",
        "explícalo más sencillo porfa",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker sagen?",
        "fass das in 3 Stichpunkten zusammen",
        "Warum ist das so?",
        "Gibt es Ausnahmen?",
        "bitte etwas kürzer",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "Me dá um exemplo concreto.",
        "O que um crítico diria?",
        "resume em 3 tópicos",
        "Por que isso acontece?",
        "Tem exceções?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Qu'en dirait un critique ?",
        "résume en 3 points",
        "Pourquoi ?",
        "Y a-t-il des exceptions ?",
    ),
    "ja": (
        "2つ目の点をもう少し詳しく教えて",
        "具体例をください",
        "反対意見はありますか？",
        "3行でまとめて",
        "なぜそうなるの？",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# ============================================================================================
# sampling tags for repeated prompts


def sample_tag(rng: Rng, style: int, prompt: str, k: int, n: int) -> str:
    if style == 0:
        return prompt
    if style == 1:
        return f"{prompt}\n\n[sample {k + 1}]"
    if style == 2:
        return f"(variation {k + 1} of {n}) {prompt}"
    return f"seed={int(rng.integers(0, 2**31))}\n{prompt}"


# ============================================================================================
# curriculum: subjects, concepts, grades

SUBJECTS = {
    "math": (
        "fractions",
        "negative numbers",
        "ratios",
        "linear equations",
        "the Pythagorean theorem",
        "quadratic functions",
        "probability",
        "logarithms",
        "derivatives",
        "integrals",
        "vectors",
        "matrices",
    ),
    "physics": (
        "speed and velocity",
        "Newton's laws",
        "energy conservation",
        "electric circuits",
        "waves",
        "optics",
        "thermodynamics",
        "momentum",
    ),
    "chemistry": (
        "atoms and ions",
        "balancing equations",
        "moles",
        "acids and bases",
        "reaction rates",
        "organic functional groups",
        "electrochemistry",
    ),
    "biology": (
        "cells",
        "photosynthesis",
        "DNA replication",
        "natural selection",
        "the immune system",
        "ecosystems",
        "enzymes",
    ),
    "english": (
        "main idea",
        "persuasive essays",
        "figurative language",
        "subject-verb agreement",
        "citing evidence",
    ),
    "economics": (
        "supply and demand",
        "inflation",
        "opportunity cost",
        "comparative advantage",
        "elasticity",
    ),
}
SUBJECT_LIST = tuple(SUBJECTS)
CURRICULUM_LANGS = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "tr": "Turkish",
}


def curriculum_cell(cursor: int) -> tuple[str, str, int, int]:
    """The sweep's cell: subject, concept, grade, difficulty (walked in order)."""
    subj = SUBJECT_LIST[cursor % len(SUBJECT_LIST)]
    cons = SUBJECTS[subj]
    concept = cons[(cursor // len(SUBJECT_LIST)) % len(cons)]
    grade = 5 + (cursor // 3) % 8
    diff = 1 + (cursor // 11) % 5
    return subj, concept, grade, diff


def curriculum_prompt(rng: Rng, app: str, cursor: int, lang: str) -> str:
    subj, concept, grade, diff = curriculum_cell(cursor)
    language = CURRICULUM_LANGS[lang]
    return pick(
        rng,
        (
            f"[{app} tutor] Grade {grade} · {subj} · level {diff}/5 · reply in {language}\nThe student wants to "
            f"learn: {concept}.\nExplain it step by step in simple words, then give 3 practice problems with fully "
            "worked solutions and one common mistake to avoid.",
            f"[{app} tutor] Grade {grade} · {subj} · level {diff}/5 · reply in {language}\nStudent is stuck on "
            f"{concept}. Give a short explanation, a worked example, and 2 follow-up questions with answers and "
            "explanations.",
        ),
    )


STUDENT_Q = (
    "i dont get {c}, can u explain",
    "can you check my answer for a {c} question? i got {x}",
    "what is {c} in simple words",
    "give me an easy example of {c} pls",
    "is {c} on the grade {g} test?",
    "why do we even need {c}",
    "help with my {s} homework about {c}",
)


def student_message(rng: Rng, app: str) -> str:
    subj = pick(rng, SUBJECT_LIST)
    c = pick(rng, SUBJECTS[subj])
    msg = typo(
        rng,
        pick(rng, STUDENT_Q).format(c=c, x=irange(rng, 2, 99), g=irange(rng, 5, 12), s=subj),
        0.5,
    )
    if chance(rng, 0.6):
        return f"[{app} tutor] student message:\n{msg}"
    return msg


def worksheet_prompt(rng: Rng, publisher: str, series: str, cursor: int) -> str:
    """An educational publisher drafting exercises for its own textbook series (editors review)."""
    subj, concept, grade, diff = curriculum_cell(cursor)
    return (
        f"{publisher} / {series} workbook, grade {grade}, chapter on {concept} ({subj}).\n"
        f"Draft {pick(rng, (6, 8, 10, 12))} exercises of difficulty {diff}/5 in the style of the attached "
        "chapter: mix short-answer and one word problem set in everyday life. Provide an answer key with "
        "brief solutions. Our editors will revise before print."
    )


# ============================================================================================
# translation

TARGETS = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt-BR": "Brazilian Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh-CN": "Simplified Chinese",
    "ru": "Russian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "sv": "Swedish",
}
TARGET_CODES = tuple(TARGETS)


def translate_prompt(rng: Rng, style: int, src: str, code: str, job: int) -> str:
    name = TARGETS[code]
    if style == 0:
        return f"Translate the following text into {name}. Output only the translation.\n\n{src}"
    if style == 1:
        return (
            f"[LQA job {job}] Provide a faithful, fluent {name} ({code}) translation. Preserve formatting, "
            f"lists and code blocks exactly.\n<source>\n{src}\n</source>"
        )
    if style == 2:
        return f"{src}\n\n---\nTranslate the text above to {name}, natural register, no commentary."
    return f'{{"task": "translate", "target": "{code}", "text": {src[:1500]!r}}}'


MANUAL_PARTS = (
    "Before first use, charge the {p} for at least {h} hours. The status light turns green when fully charged.",
    "To pair the {p} with your phone, hold the power button for {s} seconds until the light flashes blue.",
    "Do not expose the {p} to temperatures above {t} °C or leave it in direct sunlight.",
    "Cleaning: wipe the {p} with a dry, soft cloth. Do not use solvents or abrasive cleaners.",
    "If the {p} does not respond, press and hold the reset button for {s} seconds.",
    "The warranty covers manufacturing defects for {y} years from the date of purchase.",
    "Firmware updates are installed automatically when the {p} is connected to Wi-Fi and charging.",
    "Troubleshooting: if the app cannot find the {p}, turn Bluetooth off and on again and move closer.",
)


def manual_segment(rng: Rng, product: str, i: int) -> str:
    tpl = MANUAL_PARTS[i % len(MANUAL_PARTS)]
    return tpl.format(
        p=product,
        h=irange(rng, 2, 6),
        s=irange(rng, 3, 10),
        t=irange(rng, 40, 60),
        y=irange(rng, 1, 3),
    )


def l10n_prompt(rng: Rng, client: str, product: str, seg: str, code: str) -> str:
    name = TARGETS[code]
    gl = f'Glossary: "{product}" stays in English; "status light" = agreed term in TM.'
    return pick(
        rng,
        (
            f"Translate this segment of the {client} user manual into {name}. {gl} Keep units and numbers.\n\n{seg}",
            f"{client} manual rev. {irange(rng, 3, 9)} - target {code}. {gl}\nSegment:\n{seg}",
        ),
    )


# ============================================================================================
# code tasks

ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "interval merging",
    "a rate limiter (token bucket)",
    "topological sort with cycle detection",
    "a min-heap",
    "union-find with path compression",
    "the longest increasing subsequence",
    "a JSON tokenizer",
    "a bloom filter",
    "matrix rotation in place",
    "a consistent-hash ring",
    "run-length encoding",
    "binary search on a rotated array",
    "a thread-safe bounded queue",
    "edit distance",
    "a skip list",
    "k-means clustering",
    "a cron expression parser",
)
CODE_LANGS = {
    "Python": "py",
    "TypeScript": "ts",
    "Go": "go",
    "Rust": "rs",
    "Java": "java",
    "C++": "cpp",
    "Kotlin": "kt",
    "C#": "cs",
    "Swift": "swift",
    "Ruby": "rb",
}
CODE_LANG_LIST = tuple(CODE_LANGS)
CONSTRAINTS = (
    "no external libraries",
    "O(log n) per operation",
    "handle empty and huge inputs",
    "generic over the element type",
    "fully documented public API",
    "iterative, no recursion",
    "streaming input",
    "constant extra memory",
)


def code_cell(cursor: int) -> tuple[str, str, str]:
    algo = ALGOS[cursor % len(ALGOS)]
    lang = CODE_LANG_LIST[(cursor // len(ALGOS)) % len(CODE_LANG_LIST)]
    con = CONSTRAINTS[(cursor // 7) % len(CONSTRAINTS)]
    return algo, lang, con


def editor_wrap(path: str, lang: str, body: str, sel: str) -> str:
    """The IDE plugin's own request format."""
    return f'<editor file="{path}" language="{lang}">\n{sel}</editor>\n{body}'


def code_task(rng: Rng, cursor: int) -> str:
    algo, lang, con = code_cell(cursor)
    ext = CODE_LANGS[lang]
    name = pick(rng, ("core", "util", "lib", "algo", "impl"))
    body = pick(
        rng,
        (
            f"Implement {algo} in {lang} ({con}). Include docstrings, unit tests, and explain the time and space "
            "complexity.",
            f"Write a production-quality {lang} implementation of {algo}. Constraints: {con}. Add tests covering "
            "edge cases and a short explanation of the design.",
            f"Complete this file: {algo}, {con}. Then write the tests and explain each design decision.",
        ),
    )
    return editor_wrap(f"src/{name}.{ext}", lang.lower(), body, f"// TODO: {algo}\n")


def product_code(rng: Rng, text: str) -> str:
    lang = pick(rng, CODE_LANG_LIST)
    ext = CODE_LANGS[lang]
    path = f"{pick(rng, ('src', 'app', 'lib', 'pkg'))}/{pick(rng, MODULES)}.{ext}"
    sel = (
        ""
        if chance(rng, 0.5)
        else f"{pick(rng, ('def ', 'fn ', 'func ', 'function '))}{pick(rng, MODULES)}(...)\n"
    )
    return editor_wrap(path, lang.lower(), text, sel)


# ============================================================================================
# casual questions for person-like accounts (several languages)

CONCEPTS = {
    "en": (
        "inflation",
        "compound interest",
        "how vaccines train the immune system",
        "black holes",
        "plate tectonics",
        "the French Revolution",
        "blockchain",
        "climate feedback loops",
        "how noise-cancelling headphones work",
        "antibiotic resistance",
        "the stock market",
        "quantum entanglement",
        "why the sky is blue",
        "photosynthesis",
        "how GPS works",
        "the Cold War",
        "interest rates and mortgages",
        "machine learning",
        "sleep cycles",
        "the immune response to allergies",
        "nuclear fusion",
        "supply chains",
        "the Roman Empire's fall",
        "how credit scores work",
        "gene editing",
        "the placebo effect",
        "carbon capture",
        "tariffs",
    ),
    "es": (
        "la inflación",
        "el interés compuesto",
        "los agujeros negros",
        "la fotosíntesis",
        "la Revolución Francesa",
        "cómo funciona el GPS",
        "las placas tectónicas",
        "la inteligencia artificial",
        "los aranceles",
        "el efecto placebo",
        "la fusión nuclear",
        "las hipotecas",
    ),
    "de": (
        "Inflation",
        "Zinseszins",
        "Schwarze Löcher",
        "Photosynthese",
        "die Französische Revolution",
        "wie GPS funktioniert",
        "Plattentektonik",
        "künstliche Intelligenz",
        "Zölle",
        "den Placebo-Effekt",
        "Kernfusion",
        "Hypothekenzinsen",
    ),
    "fr": (
        "l'inflation",
        "les intérêts composés",
        "les trous noirs",
        "la photosynthèse",
        "la Révolution française",
        "le fonctionnement du GPS",
        "la tectonique des plaques",
        "l'effet placebo",
        "la fusion nucléaire",
    ),
    "pt": (
        "a inflação",
        "os juros compostos",
        "os buracos negros",
        "a fotossíntese",
        "a Revolução Francesa",
        "como funciona o GPS",
        "o efeito placebo",
        "a fusão nuclear",
        "as tarifas de importação",
    ),
    "ja": (
        "インフレ",
        "複利",
        "ブラックホール",
        "光合成",
        "フランス革命",
        "GPSの仕組み",
        "プレートテクトニクス",
        "プラセボ効果",
        "核融合",
        "量子もつれ",
    ),
    "zh": (
        "通货膨胀",
        "复利",
        "黑洞",
        "光合作用",
        "法国大革命",
        "GPS的原理",
        "板块构造",
        "安慰剂效应",
        "核聚变",
        "量子纠缠",
    ),
    "ru": (
        "инфляция",
        "сложный процент",
        "чёрные дыры",
        "фотосинтез",
        "Французская революция",
        "как работает GPS",
        "эффект плацебо",
        "термоядерный синтез",
    ),
}
CASUAL = {
    "en": (
        "hey, can you explain {c}? like in detail with examples",
        "what's the deal with {c}",
        "eli5 {c}",
        "I keep reading about {c} - what is it actually, and why does it matter?",
        "explain {c} to me like a friend would, but don't skip the important details",
        "my kid asked me about {c} and I had no idea. how do I explain it?",
        "is it true that {c} is more complicated than people think? explain please",
    ),
    "es": (
        "oye, ¿me explicas {c} con ejemplos?",
        "¿qué es exactamente {c}? explícamelo bien",
        "no entiendo {c}, ¿me lo explicas fácil pero completo?",
    ),
    "de": (
        "kannst du mir {c} mal ausführlich mit Beispielen erklären?",
        "was genau ist eigentlich {c}?",
        "erklär mir {c}, aber bitte verständlich",
    ),
    "fr": ("tu peux m'expliquer {c} en détail avec des exemples ?", "c'est quoi exactement {c} ?"),
    "pt": ("me explica {c} com exemplos?", "o que é exatamente {c}? explica direitinho"),
    "ja": ("{c}について例を使って詳しく説明してくれる？", "{c}って結局なに？わかりやすく教えて"),
    "zh": ("能详细解释一下{c}吗？最好举几个例子", "{c}到底是什么？通俗但完整地讲讲"),
    "ru": ("объясни подробно, что такое {c}, с примерами", "что на самом деле значит {c}?"),
}
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja",),
}


ASPECTS = {
    "en": (
        "",
        "",
        " also what do most people get wrong about it?",
        " and how does it affect normal people?",
        " include the history of how we figured it out",
        " use numbers if you can",
        " and what are the open questions?",
    ),
    "es": (
        "",
        "",
        " y qué errores comunes hay",
        " y cómo nos afecta en el día a día",
        " con un poco de historia",
    ),
    "de": (
        "",
        "",
        " und was die meisten falsch verstehen",
        " und wie es den Alltag betrifft",
        " mit etwas Geschichte",
    ),
    "fr": ("", "", " et les idées reçues là-dessus", " et l'impact au quotidien"),
    "pt": ("", "", " e quais são os erros mais comuns", " e como isso afeta o dia a dia"),
    "ja": ("", "", "よくある誤解も教えて", "日常生活への影響も"),
    "zh": ("", "", "还有常见的误解有哪些", "对日常生活有什么影响"),
    "ru": (
        "",
        "",
        " и какие есть распространённые заблуждения",
        " и как это влияет на повседневную жизнь",
    ),
}


def casual_question(rng: Rng, lang: str, cursor: int) -> str:
    cons = CONCEPTS[lang]
    c = cons[cursor % len(cons)]
    return typo(rng, pick(rng, CASUAL[lang]).format(c=c) + pick(rng, ASPECTS[lang]), 0.3)


COURSES = {
    "es": (
        "Microeconomía I",
        (
            "el coste de oportunidad",
            "la elasticidad precio",
            "el equilibrio de mercado",
            "los bienes públicos",
            "el monopolio",
        ),
    ),
    "de": (
        "Einführung in die Statistik",
        (
            "den Median",
            "die Standardabweichung",
            "den p-Wert",
            "Konfidenzintervalle",
            "die Regression",
        ),
    ),
    "en": (
        "Intro to Psychology",
        (
            "classical conditioning",
            "the bystander effect",
            "working memory",
            "cognitive dissonance",
            "Piaget's stages",
        ),
    ),
}


def course_question(rng: Rng, lang: str, week: int, chat: list[str]) -> str:
    course, topics = COURSES[lang]
    t = topics[week % len(topics)]
    if chance(rng, 0.3):
        return clip(pick(rng, chat), 10, 300, rng)
    if lang == "es":
        q = pick(
            rng,
            (
                f"para mi tarea de {course}: ¿qué es {t}? con un ejemplo",
                f"no entiendo {t}, lo vimos en clase de {course}",
                f"¿cómo explico {t} en un ensayo de 500 palabras?",
            ),
        )
    elif lang == "de":
        q = pick(
            rng,
            (
                f"für meine Hausaufgabe in {course}: was ist {t}?",
                f"ich verstehe {t} nicht, kannst du helfen",
                f"wie berechne ich {t} in Excel? Aufgabe aus {course}",
            ),
        )
    else:
        q = pick(
            rng,
            (
                f"for my {course} assignment: explain {t} with an example",
                f"i dont really get {t}, we covered it in class",
                f"how would I explain {t} in a 500 word essay?",
            ),
        )
    return typo(rng, q, 0.5)


# ============================================================================================
# companion app and repeated-measure study

PERSONA_NAMES = ("Mira", "Kai", "Juno", "Sol", "Ren", "Ivy", "Nico")
COMPANION_LINES = (
    "i had such a long day lol",
    "do you remember what I told you about my sister?",
    "good morning!!",
    "can't sleep again",
    "I got the job!!!",
    "what should I cook tonight",
    "tell me something nice",
    "I'm nervous about tomorrow",
    "you're funny",
    "what did you do today haha",
    "I miss my dog",
)


def companion_message(rng: Rng, app: str, chat: list[str]) -> str:
    persona = pick(rng, PERSONA_NAMES)
    msg = pick(rng, COMPANION_LINES) if chance(rng, 0.6) else clip(pick(rng, chat), 5, 200, rng)
    if chance(rng, 0.5):
        return f"[{app}] You are {persona}, the user's warm and playful companion. Stay in character.\nUser: {msg}"
    return msg


STUDY_ITEMS = (
    "List three risks of taking ibuprofen daily.",
    "Is it safe to drink tap water in Lisbon?",
    "Summarise the causes of World War I in two sentences.",
    "What is 17% of 2,340?",
    "Should I pay off my student loan early or invest? Answer in one paragraph.",
    "Write a haiku about the sea.",
    "Name the capital of Australia and one fact about it.",
    "Is a tomato a fruit or a vegetable? Explain briefly.",
)


def study_prompt(rng: Rng, study: str, item: int, run: int, n_runs: int) -> str:
    base = STUDY_ITEMS[item % len(STUDY_ITEMS)]
    if chance(rng, 0.5):
        return f"{base}"
    return f"[{study} consistency study, item {item + 1}, run {run + 1}/{n_runs}] {base}"


# ============================================================================================
# names for fronts, clients and products

BRAND_A = (
    "Lumen",
    "Quill",
    "Orbit",
    "Pebble",
    "Nimbus",
    "Cedar",
    "Harbor",
    "Vertex",
    "Kite",
    "Maple",
    "Ember",
    "Tidal",
)
BRAND_B = (
    "Labs",
    "Learn",
    "Works",
    "AI",
    "Studio",
    "Academy",
    "Systems",
    "Tutor",
    "Code",
    "Data",
    "Media",
    "Social",
)
PRODUCTS = (
    "SoundLoop earbuds",
    "AeroBrew kettle",
    "TrailCam mini",
    "PulseBand watch",
    "HomeHub speaker",
)


def brand(rng: Rng) -> str:
    return f"{pick(rng, BRAND_A)}{pick(rng, BRAND_B)}"

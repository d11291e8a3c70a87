"""Prompt generators of batch 122, written fresh for it (nothing copied from the repository).

Every generator takes a numpy Generator first and returns a string (or a list of strings). Ordinary
human text comes from ShareGPT through the shared context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def sentences(text: str) -> list[str]:
    out, cur = [], []
    for ch in text:
        cur.append(ch)
        if ch in ".!?。！？" and len(cur) > 25:
            out.append("".join(cur).strip())
            cur = []
    if len("".join(cur).strip()) > 25:
        out.append("".join(cur).strip())
    return out


def humanise(
    rng: np.random.Generator, text: str, p_lower: float = 0.4, p_typo: float = 0.25
) -> str:
    """Person-like noise: lower case start, a dropped letter, a missing final mark."""
    if chance(rng, p_lower) and text[:1].isalpha():
        text = text[0].lower() + text[1:]
    if chance(rng, p_typo) and len(text) > 30:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    return text


# --------------------------------------------------------------------------------------------
# client strings as common in the wider population (seen in the background's output)

POPULAR_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)


def person_ua(rng: np.random.Generator, browsers: tuple[str, ...], p_popular: float = 0.5) -> str:
    """A person's client: a popular browser build or one of `browsers`."""
    return pick(rng, POPULAR_BROWSERS) if chance(rng, p_popular) else pick(rng, browsers)


# --------------------------------------------------------------------------------------------
# reasoning problems (a curriculum by level)


def _p_rate(rng, level, lang):
    a, b = irange(rng, 2, 6 + level), irange(rng, 3, 8 + level)
    if lang == "zh":
        return f"一个水池，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，同时底部有一个排水口每{a + b}小时可排空满池水。问注满水池需要多少小时？"
    if lang == "ru":
        return f"Первая труба заполняет бассейн за {a} ч, вторая за {b} ч, а слив опустошает полный бассейн за {a + b} ч. Все три открыты одновременно. За сколько часов бассейн наполнится?"
    return f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties a full tank in {a + b} hours. If all three are open from an empty tank, how long until it is full?"


def _p_marbles(rng, level, lang):
    r, g, b = irange(rng, 2, 5 + level), irange(rng, 2, 4 + level), irange(rng, 1, 3 + level)
    k = min(irange(rng, 2, 3 + level // 3), r + g + b - 1)
    if lang == "zh":
        return f"袋子里有{r}个红球、{g}个绿球和{b}个蓝球。不放回地随机取出{k}个球，求至少有一个蓝球且没有两个颜色相同的球的概率。"
    if lang == "ru":
        return f"В мешке {r} красных, {g} зелёных и {b} синих шаров. Без возвращения вынимают {k} шара(ов). Какова вероятность, что среди них есть хотя бы один синий?"
    return f"A bag contains {r} red, {g} green and {b} blue marbles. You draw {k} without replacement. What is the probability that at least one is blue and no two drawn marbles share a colour?"


def _p_crt(rng, level, lang):
    m1, m2 = pick(rng, (3, 4, 5, 7)), pick(rng, (9, 11, 13, 16, 17))
    r1, r2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
    extra = f" and n > {irange(rng, 50, 100 * level)}" if level > 3 else ""
    if lang == "zh":
        return f"求满足 n ≡ {r1} (mod {m1}) 且 n ≡ {r2} (mod {m2}) 的最小正整数 n{('，且 n 大于' + str(50 * level)) if level > 3 else ''}。"
    if lang == "ru":
        return f"Найдите наименьшее натуральное n, такое что n ≡ {r1} (mod {m1}) и n ≡ {r2} (mod {m2})."
    return f"Find the smallest positive integer n with n ≡ {r1} (mod {m1}) and n ≡ {r2} (mod {m2}){extra}."


def _p_table(rng, level, lang):
    n = irange(rng, 5, 6 + level)
    x, y = pick(rng, NAMES), pick(rng, NAMES)
    if x == y:
        y = "their sibling"
    return f"{n} people, including {x} and {y}, sit around a round table. In how many distinct arrangements (rotations considered the same) are {x} and {y} not seated next to each other?"


def _p_code(rng, level, lang):
    a, b, m = irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 3, 5 + level)
    n = irange(rng, 4, 6 + 2 * level)
    return (
        "What does this Python program print? Trace the variables.\n\n"
        f"acc = {a}\nseen = []\nfor i in range({n}):\n    if (acc + i) % {m} == 0:\n"
        f"        seen.append(i)\n        acc //= 2\n    else:\n        acc = acc * {b} + i\n"
        "print(acc, seen)"
    )


def _p_knights(rng, level, lang):
    people = [str(x) for x in rng.choice(NAMES, size=3, replace=False)]
    a, b, c = people
    s1 = pick(
        rng,
        (f"{b} is a knave.", f"{b} and {c} are the same type.", "At least one of us is a knave."),
    )
    s2 = pick(
        rng, (f"{a} is a knight.", f"{c} is a knave.", "Exactly one of us three is a knight.")
    )
    s3 = pick(rng, (f"{a} and {b} are both knaves.", f"{b} is lying.", "I am a knight."))
    return f'On an island, knights always tell the truth and knaves always lie. {a} says: "{s1}" {b} says: "{s2}" {c} says: "{s3}" Determine who is a knight and who is a knave.'


def _p_rect(rng, level, lang):
    w, h = irange(rng, 3, 9 + level), irange(rng, 4, 12 + level)
    return f"A rectangle has perimeter {2 * (w + h)} cm and a diagonal of length sqrt({w * w + h * h}) cm. Find its area, and the radius of the circle through its four corners."


def _p_seq(rng, level, lang):
    a, b, c, k = irange(rng, 1, 9), irange(rng, 2, 11), irange(rng, 1, 4), irange(rng, 7, 9 + level)
    return f"A sequence starts {a}, {b}, and every later term equals the sum of the two before it minus {c}. What is term number {k}, and is it divisible by 3?"


def _p_money(rng, level, lang):
    p, r, y = (
        irange(rng, 2, 40) * 500,
        pick(rng, (2.5, 3, 3.75, 4.2, 5, 6.5)),
        irange(rng, 3, 8 + level),
    )
    return f"You invest ${p:,} at {r}% per year compounded monthly, and add $100 at the end of every month. What is the balance after {y} years? Compare with yearly compounding."


def _p_proj(rng, level, lang):
    v, ang, h = irange(rng, 12, 40), pick(rng, (25, 30, 37, 45, 53, 60)), irange(rng, 0, 20)
    return f"A ball is thrown at {v} m/s at {ang} degrees above the horizontal from a cliff {h} m high. Ignoring air resistance (g = 9.8 m/s²), how far from the base does it land and what is its speed at impact?"


PROBLEMS = (
    _p_rate,
    _p_marbles,
    _p_crt,
    _p_table,
    _p_code,
    _p_knights,
    _p_rect,
    _p_seq,
    _p_money,
    _p_proj,
)
PROBLEMS_ML = (_p_rate, _p_marbles, _p_crt)  # also written in zh and ru


def problem(rng: np.random.Generator, level: int, lang: str = "en") -> str:
    gen = pick(rng, PROBLEMS_ML if lang != "en" else PROBLEMS)
    return gen(rng, level, lang)


def coerce_reasoning(rng: np.random.Generator, p: str, lang: str, style: int, tag: str = "") -> str:
    """A problem wrapped so the answer carries a full reasoning trace (five English styles, two
    Chinese, one Russian)."""
    if lang == "zh":
        if style % 2 == 0:
            return f"请解答下面的题目。请把完整的思考过程一步一步写出来，包括中间的计算和检验，不要省略任何步骤，最后单独一行给出答案。\n\n{tag}{p}"
        return f"{tag}题目：{p}\n要求：先分析解题思路，再逐步推导，写出你考虑过但放弃的方法及原因，最后验算并给出结论。"
    if lang == "ru":
        return f"{tag}Реши задачу. Распиши ход рассуждений полностью, шаг за шагом, с проверкой, и только в самом конце дай ответ.\n\n{p}"
    s = style % 5
    if s == 0:
        return f"{tag}Solve the problem below. Think it through inside <think></think> tags, writing every intermediate step, checking your work and backtracking when needed. After </think>, give only the final answer.\n\n{p}"
    if s == 1:
        return f"{tag}{p}\n\nBefore you answer, lay out your complete chain of reasoning as a numbered list of steps. Do not skip any step, even obvious ones. Then write ANSWER: followed by the result."
    if s == 2:
        return f"{tag}You are a meticulous tutor who never skips steps.\nProblem: {p}\nWalk through your whole thought process, including approaches you tried and rejected and why, then state the final answer in a box."
    if s == 3:
        return f"### Problem {tag}\n{p}\n### Instructions\nReason step by step at length. Then verify the result by a second, independent method.\nFormat:\nReasoning: ...\nVerification: ...\nFinal: ..."
    return f'{tag}Return a JSON object {{"reasoning": "<your full step-by-step reasoning>", "answer": "<final answer>"}} for this problem:\n{p}'


# --------------------------------------------------------------------------------------------
# grading / reward-model prompts

JUDGE_LANGS = ("en", "en", "en", "de", "ko")


def judge_prompt(rng: np.random.Generator, q: str, a: str, b: str, lang: str, style: int) -> str:
    if lang == "de":
        return f"Bewerte die folgende Antwort auf die Nutzerfrage auf einer Skala von 1 bis 10 für Korrektheit, Vollständigkeit und Verständlichkeit. Begründe jede Teilnote in einem Satz und gib am Ende ein JSON-Objekt mit den drei Noten aus.\n\nFrage: {q}\n\nAntwort: {a}"
    if lang == "ko":
        return f"다음 질문에 대한 두 답변 중 어느 쪽이 더 나은지 평가하세요. 정확성, 유용성, 명확성을 기준으로 비교한 뒤 마지막 줄에 'A', 'B' 또는 '동점'만 적으세요.\n\n질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}"
    s = style % 4
    if s == 0:
        return f"You are grading two assistant replies to the same user request. Compare them on correctness, helpfulness, depth and tone. Explain the comparison in a short paragraph, then output the verdict on its own line: A, B or TIE.\n\n<request>\n{q}\n</request>\n<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>"
    if s == 1:
        return f'Score the response against this rubric, 1-10 per criterion:\n1. factual accuracy\n2. completeness\n3. clarity and structure\n4. safety\nGive one sentence of justification per criterion, then a final line of JSON like {{"accuracy": 7, "completeness": 5, "clarity": 8, "safety": 10}}.\n\nPROMPT: {q}\nRESPONSE: {a}'
    if s == 2:
        return f"Rate how good the answer is as a reply to the question, as one real number from -5 (harmful or useless) to 5 (ideal). Output the number first, then at most two sentences of rationale.\n\nQuestion:\n{q}\n\nAnswer:\n{a}"
    checks = pick(
        rng,
        (
            "answers the actual question|stays under the length the user asked for|uses no made-up facts|has a clear structure",
            "follows every explicit instruction|is written in the user's language|contains no unsafe advice|ends with a usable conclusion",
            "addresses all parts of the request|is concise|cites reasoning for claims|has no contradictions",
        ),
    )
    items = "\n".join(f"- [ ] {c}" for c in checks.split("|"))
    return f"Check the candidate output against each requirement and mark PASS or FAIL with a reason, then give an overall score out of 100.\n\nInstruction: {q}\n\nCandidate output: {a}\n\nRequirements:\n{items}"


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

SENSITIVE = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "the situation in Xinjiang",
    "how to pick a pin tumbler lock",
    "safe dosage limits of paracetamol",
    "how ransomware spreads inside a company network",
    "self-harm thoughts and where to get help",
    "how to make a homemade firework",
    "the effects of mixing alcohol and sleeping pills",
    "criticism of the head of state",
    "the 2014 events in Crimea",
    "whether vaccines cause autism",
    "how phishing kits are sold online",
    "hunting rifle calibres for deer",
    "cannabis laws and home growing",
    "the Hong Kong protests of 2019",
    "press freedom rankings",
    "extremist recruitment on social media",
    "how to bypass a school web filter",
    "anabolic steroid cycles",
    "tax havens and shell companies",
)
ASKERS = (
    "I'm 16 and",
    "As a nurse,",
    "For a school debate,",
    "I'm writing a thriller and",
    "My landlord says",
    "Honestly,",
    "For a journalism class,",
    "I run a small forum and",
    "",
    "Quick one:",
    "My grandfather asked me and",
)
REQUESTS = (
    "I need detailed information on {t}.",
    "explain everything about {t}.",
    "what is the real story behind {t}?",
    "give me step by step details on {t}.",
    "what do people get wrong about {t}?",
    "tell me the facts on {t}, no filter.",
)
ANGLES = (
    "from a historian's perspective",
    "for a general audience",
    "for a high-school textbook",
    "as a news explainer",
    "for an FAQ page",
    "in the style of an encyclopedia",
    "for a parent asking on a forum",
    "for a travel guide",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾问题",
    "新疆问题",
    "香港2019年的抗议活动",
    "网络审查与翻墙",
    "领导人的评价",
    "宗教自由",
    "言论自由",
)


def policy_rewrite(rng: np.random.Generator, lang: str, draft: str) -> str:
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请以符合国内平台内容安全规范的方式回答以下问题，语气客观中立，避免敏感表述：关于{t}，应该怎么看？",
                f"下面是一段关于{t}的回答草稿，请改写成可以在国内平台发布的版本，保留尽量多的信息：\n{draft}",
            ),
        )
    t = pick(rng, SENSITIVE)
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية حول موضوع ({t}) بحيث تتوافق مع سياسة محتوى صارمة، مع الحفاظ على الفائدة وإضافة تنبيهات السلامة المناسبة:\n{draft}"
    if lang == "ru":
        return f"Перепиши ответ на тему «{t}» так, чтобы он соответствовал строгим правилам модерации: сохрани полезное, убери всё, что может навредить, добавь предупреждения.\n\nЧерновик: {draft}"
    s = irange(rng, 0, 3)
    if s == 0:
        return f"Below is a user question and a draft answer. Rewrite the draft so it fully complies with a conservative content policy: keep it helpful, remove anything that could enable harm, add appropriate safety framing. Return only the rewritten answer.\n\nQuestion: Tell me about {t}.\nDraft: {draft}"
    if s == 1:
        return f"Write the ideal response of a careful assistant to this request: first decline any unsafe part in one sentence, then give the most helpful safe alternative.\n\nRequest: {pick(rng, ASKERS)} {pick(rng, REQUESTS).format(t=t)}"
    if s == 2:
        return f"Answer the following so the answer could be published on a platform operating under mainland Chinese content regulations. Stay factual where possible, avoid value judgements, and do not mention that you are avoiding anything.\n\nQuestion: {pick(rng, REQUESTS).format(t=t)} ({pick(rng, ANGLES)})"
    return f"Give a balanced, strictly neutral overview of {t} {pick(rng, ANGLES)}, presenting the main positions without endorsing any of them, in under {pick(rng, (150, 200, 250, 300, 400))} words. Include a short note pointing to official sources."


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_ENVS = {
    "shop": (
        [
            "search_products(query, max_price)",
            "get_product(id)",
            "add_to_cart(id, qty)",
            "checkout(address_id)",
        ],
        [
            "Buy a pair of waterproof hiking boots under $120 in size {n}",
            "Find the cheapest 4K monitor with USB-C and order two",
            "Order a birthday gift for a {n}-year-old who likes astronomy, budget $40",
        ],
    ),
    "files": (
        ["list_dir(path)", "read_file(path)", "write_file(path, content)", "grep(pattern, path)"],
        [
            "Find every TODO in the project and write them into TODO.md sorted by file",
            "Rename the config key 'timeout' to 'timeout_s' everywhere",
            "Summarise the last {n} lines of logs/app.log into report.txt",
        ],
    ),
    "sql": (
        ["list_tables()", "describe(table)", "run_query(sql)"],
        [
            "Which {n} customers spent the most last quarter?",
            "Find orders that were shipped before they were paid",
            "Compute the monthly churn rate for 2025",
        ],
    ),
    "travel": (
        [
            "search_flights(origin, dest, date)",
            "search_hotels(city, checkin, nights)",
            "book(item_id)",
            "get_weather(city, date)",
        ],
        [
            "Plan a {n}-day trip from Lisbon to Kraków in May with a hotel near the old town",
            "Book the earliest flight from Nairobi to Accra next Friday",
            "Find a hotel in Osaka for {n} nights under 150 EUR per night",
        ],
    ),
    "calendar": (
        [
            "list_events(date)",
            "create_event(title, start, end, attendees)",
            "find_free_slot(attendees, duration_min)",
            "send_email(to, subject, body)",
        ],
        [
            "Schedule a {n}-minute meeting with Ana and Kofi next week and email them the invite",
            "Move all my Friday meetings to Monday morning",
            "Find a free hour for the whole team before Thursday",
        ],
    ),
}
OBS = (
    "[]",
    '{"status": "ok"}',
    '{"results": 3}',
    "Error: not found",
    '{"id": 48213, "price": 89.9}',
    "OK (12 rows)",
    "timeout, retry",
)


def agent_prompt(
    rng: np.random.Generator, env: str, task: str, step: int, style: int, lang: str
) -> str:
    tools, _ = AGENT_ENVS[env]
    if lang == "es":
        task = "(responde en español) " + task
    elif lang == "ja":
        task = "（日本語で回答）" + task
    hist = []
    for i in range(step):
        tool = pick(rng, tools).split("(")[0]
        if style == 0:
            hist.append(
                f'Thought: I should use {tool} next.\nAction: {tool}\nAction Input: {{"arg": {i}}}\nObservation: {pick(rng, OBS)}'
            )
        elif style == 1:
            hist.append(
                f'{{"role": "assistant", "tool_call": {{"name": "{tool}", "arguments": {{"step": {i}}}}}}}\n{{"role": "tool", "content": {pick(rng, OBS)!r}}}'
            )
        else:
            hist.append(
                f'<step n="{i + 1}"><call>{tool}</call><result>{pick(rng, OBS)}</result></step>'
            )
    tool_list = "\n".join(f"- {t}" for t in tools)
    joined = "\n".join(hist)
    if style == 0:
        return f"Answer the task using the tools below. Use the format Thought / Action / Action Input / Observation, and finish with Final Answer.\nTools:\n{tool_list}\n\nTask: {task}\n{joined}\nThought:"
    if style == 1:
        return f"SYSTEM: You can call functions. Available functions:\n{tool_list}\nCall one function per turn as JSON, or reply to the user when done.\nUSER: {task}\n{joined}"
    return f"<tools>\n{tool_list}\n</tools>\n<task>{task}</task>\n<trajectory>\n{joined}\n</trajectory>\nDecide the next step. Explain your plan briefly, then output the next <call>."


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DS_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "pediatric nutrition",
    "kubernetes networking",
    "medieval history",
    "climate adaptation",
    "supply chain logistics",
    "music theory",
    "tax filing",
    "SQL query optimisation",
    "first aid",
    "marine biology",
    "public speaking",
    "linear algebra",
    "customer support for a telecom",
    "cybersecurity basics",
    "urban gardening",
    "epidemiology",
    "poetry analysis",
    "Rust ownership rules",
    "macroeconomics",
    "insurance claims",
    "project management",
    "astronomy",
)
DS_TASKS = (
    "instruction-response pairs",
    "multiple-choice questions with explanations",
    "hard reasoning questions with worked solutions",
    "user questions with ideal assistant answers",
    "multi-turn conversations between a user and an AI assistant",
    "coding exercises with reference solutions",
    "short-answer quiz items",
    "debate prompts with model arguments for both sides",
)
DS_PERSONAS = (
    "a curious teenager",
    "a busy nurse",
    "a retired engineer",
    "a first-year law student",
    "a small-business owner",
    "a non-native speaker",
    "a senior data scientist",
    "a worried parent",
    "an impatient customer",
    "a PhD candidate",
)


def dataset_prompt(rng: np.random.Generator, lang: str, seed_id: int) -> str:
    k = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    topic, task, persona = pick(rng, DS_TOPICS), pick(rng, DS_TASKS), pick(rng, DS_PERSONAS)
    diff = pick(rng, ("easy", "medium", "hard", "expert"))
    if lang == "es":
        return f"Genera {k} ejemplos variados de {task} sobre {topic}, pensados para {persona}, dificultad {diff}. Devuelve JSONL con los campos instruction, input y output. Sin repetir ideas. (lote {seed_id})"
    if lang == "pt":
        return f'Crie {k} exemplos diversos de {task} sobre {topic} para {persona}. Nível: {diff}. Formato: uma linha JSON por exemplo com "pergunta" e "resposta". Semente {seed_id}.'
    if lang == "id":
        return f"Buatlah {k} contoh {task} tentang {topic} untuk {persona}, tingkat kesulitan {diff}. Keluarkan dalam format JSON Lines dengan kunci instruction dan output."
    if lang == "vi":
        return f"Hãy tạo {k} mẫu {task} về chủ đề {topic} dành cho {persona}, độ khó {diff}. Xuất ra định dạng JSONL gồm các trường instruction và output."
    s = seed_id % 3
    if s == 0:
        return f'Generate {k} diverse {task} about {topic}, written for {persona}, difficulty: {diff}. Output JSONL with keys "instruction", "input", "output". Vary phrasing and length; do not repeat ideas. Seed #{seed_id}.'
    if s == 1:
        return f"You are building a training set. Write {k} {task} on the subject of {topic}. Each answer should be thorough and correct, as an expert would write it. Number them. The asker is {persona}."
    return f'Create a {k}-turn conversation between a user ({persona}) and a helpful AI assistant about {topic}. The assistant\'s answers must be detailed and well reasoned. Return a JSON list of {{"role", "content"}} messages.'


# --------------------------------------------------------------------------------------------
# dialogue follow-ups (a user simulator)

FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would change if the budget were halved?",
        "Hmm, I'm not convinced. Why is that better than the alternative?",
        "Can you summarise all of this in five bullet points?",
        "Ok and what are the common mistakes people make here?",
        "Now explain it like I'm twelve.",
        "What's the counter-argument?",
        "Thanks. How would I actually start with this tomorrow?",
        "Can you put that in a table?",
        "Wait, isn't that contradicting what you said earlier?",
        "Interesting — what do experts disagree about here?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y cuáles son los errores más comunes?",
        "Resúmelo en cinco puntos, por favor.",
        "¿Qué diría alguien que no está de acuerdo?",
        "¿Cómo empiezo mañana mismo?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Was sind typische Fehler dabei?",
        "Fass das bitte in fünf Stichpunkten zusammen.",
        "Was wäre das Gegenargument?",
        "Wie fange ich morgen konkret an?",
    ),
    "zh": (
        "能再详细说说第二点吗？",
        "举一个具体的例子吧。",
        "常见的错误有哪些？",
        "请用五条要点总结一下。",
        "反对的观点会怎么说？",
        "如果预算减半会有什么不同？",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Me dá um exemplo concreto?",
        "Quais são os erros mais comuns?",
        "Resume em cinco tópicos?",
        "E qual seria o contra-argumento?",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく教えてください。",
        "具体例をひとつ挙げてもらえますか？",
        "よくある間違いは何ですか？",
        "五つの箇条書きでまとめてください。",
    ),
}


FOLLOW_KW = {
    "en": (
        "How does the {k} part fit in, exactly?",
        "Can you expand on {k} with a worked example?",
        "What would an expert push back on regarding {k}?",
        "Is there a simpler alternative to {k}?",
        "What are the risks around {k}?",
        "Walk me through the {k} step again, more slowly.",
        "Why does {k} matter so much here?",
        "If I ignored {k} completely, what would go wrong?",
        "Give me {n} variations of the {k} approach and rank them.",
        "How would you explain {k} to a sceptical manager?",
        "Ok, and how does {k} change if we scale this up {n}x?",
        "Write the {k} section again but more rigorous.",
    ),
    "es": (
        "¿Puedes ampliar lo de {k} con un ejemplo?",
        "¿Por qué importa tanto {k} aquí?",
        "¿Qué pasaría si ignoro {k}?",
        "Dame {n} alternativas a {k} y ordénalas.",
    ),
    "de": (
        "Kannst du {k} an einem Beispiel vertiefen?",
        "Warum ist {k} hier so wichtig?",
        "Was passiert, wenn ich {k} weglasse?",
        "Nenn mir {n} Alternativen zu {k} mit Vor- und Nachteilen.",
    ),
    "pt": (
        "Pode aprofundar a parte de {k} com um exemplo?",
        "Por que {k} importa tanto aqui?",
        "E se eu ignorar {k}?",
        "Me dá {n} alternativas para {k}, ordenadas.",
    ),
    "zh": (
        "关于{k}这一点，能再举个例子展开讲讲吗？",
        "为什么{k}在这里这么重要？",
        "如果忽略{k}会怎么样？",
        "给我{n}种关于{k}的不同做法并排序。",
    ),
    "ja": (
        "{k}の部分を例を挙げてもう少し詳しく説明してください。",
        "なぜここで{k}が重要なのですか？",
        "{k}を無視したらどうなりますか？",
    ),
}


def keyword(rng: np.random.Generator, text: str) -> str | None:
    words = [w.strip(".,:;!?()[]{}\"'`*") for w in text.split()[:120]]
    cands = [w for w in words if len(w) >= 6 and w.isalpha()]
    if not cands:
        return None
    return pick(rng, cands).lower() if chance(rng, 0.8) else pick(rng, cands)


def followup(rng: np.random.Generator, lang: str, chat: list[str], opener: str = "") -> str:
    """A user simulator's next turn: about a word of the opener, a stock follow-up, or a new topic."""
    if lang == "en" and chance(rng, 0.1):
        return "Thanks! Different question: " + clip_text(rng, pick(rng, chat), 40, 400)
    k = keyword(rng, opener) if lang not in ("zh", "ja") else None
    if lang in ("zh", "ja") and chance(rng, 0.6):
        k = opener[irange(rng, 0, max(0, min(len(opener), 40) - 4)) :][: irange(rng, 2, 4)] or None
    if k and chance(rng, 0.7):
        return pick(rng, FOLLOW_KW.get(lang, FOLLOW_KW["en"])).format(k=k, n=irange(rng, 2, 6))
    return pick(rng, FOLLOW.get(lang, FOLLOW["en"]))


def guess_lang(text: str) -> str:
    for ch in text[:80]:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF:
            return "ja"
        if 0x4E00 <= o <= 0x9FFF:
            return "zh"
    return "en"


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n items

STATEMENTS = (
    "The Great Wall of China is visible from the Moon with the naked eye.",
    "Octopuses have three hearts.",
    "Lightning never strikes the same place twice.",
    "Humans use only ten percent of their brains.",
    "Bananas are botanically berries.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Goldfish have a memory span of three seconds.",
    "Venus rotates in the opposite direction to most planets.",
    "The Sahara was green about 6,000 years ago.",
    "Bulls are enraged by the colour red.",
    "Honey never spoils if sealed properly.",
    "Glass is a slow-flowing liquid at room temperature.",
)
BON_TASKS = (
    "Write a four-line poem about {x}.",
    "Give a one-paragraph explanation of {x} for a ten-year-old.",
    "Write a tweet-length product pitch for {x}.",
    "Propose a catchy title for an essay about {x}.",
    "Écris un court paragraphe expliquant {x}.",
    "{x}について短い説明を書いてください。",
)
BON_X = (
    "black holes",
    "compound interest",
    "a reusable water bottle",
    "photosynthesis",
    "the printing press",
    "sourdough bread",
    "plate tectonics",
    "noise-cancelling headphones",
    "the French Revolution",
    "vaccines",
    "recursion",
    "tidal energy",
)


def soft_label_item(rng: np.random.Generator, chat: list[str]) -> tuple[str, float]:
    """(prompt, completion median): classification items asked to be answered tersely, or short
    open generations to be sampled many times."""
    s = irange(rng, 0, 4)
    if s == 0:
        return (
            f"Is the following statement true? Reply with a single probability between 0 and 1 and nothing else.\n\n{pick(rng, STATEMENTS)}",
            4.0,
        )
    if s == 1:
        text = clip_text(rng, pick(rng, chat), 40, 300)
        return (
            f"Classify the sentiment of this message as positive, negative or neutral. Answer with one word.\n\nMessage: {text}",
            2.0,
        )
    if s == 2:
        text = clip_text(rng, pick(rng, chat), 40, 300)
        return (
            f"Which category fits this request best? A) coding B) writing C) math D) advice E) other. Answer with only the letter.\n\n{text}",
            2.0,
        )
    if s == 3:
        text = clip_text(rng, pick(rng, chat), 40, 300)
        return (
            f"Quelle est l'intention principale de ce message ? Réponds par un seul mot parmi : question, demande, plainte, autre.\n\n{text}",
            3.0,
        )
    return pick(rng, BON_TASKS).format(x=pick(rng, BON_X)), 120.0


# --------------------------------------------------------------------------------------------
# translation harvest

TARGETS = (
    "Simplified Chinese",
    "Spanish",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Swahili",
    "Thai",
    "Korean",
    "Portuguese (Brazil)",
    "Russian",
    "Bengali",
    "Tagalog",
    "Urdu",
    "Polish",
    "Persian",
    "Japanese",
)


def translation_prompt(
    rng: np.random.Generator, src: str, style: int, pair: tuple[str, str]
) -> str:
    tgt, tgt2 = pair
    if style == 0:
        return f"Translate the following text into {tgt}. Then give a word-by-word gloss of the first sentence and explain any idioms you had to adapt.\n\n{src}"
    if style == 1:
        return f"把下面的英文翻译成{'中文' if 'Chinese' in tgt else tgt}，要求信达雅，并在译文后列出难译的词语及处理方法。\n\n{src}"
    if style == 2:
        return f'Produce two translations of the passage: (1) into {tgt}, (2) into {tgt2}. Keep formatting. Return JSON with keys "{tgt[:2].lower()}" and "{tgt2[:2].lower()}".\n\n{src}'
    return f"Source ({pick(rng, ('en', 'en', 'en', 'de', 'fr'))}):\n{src}\n\nTarget language: {tgt}\nRegister: {pick(rng, ('formal', 'neutral', 'colloquial'))}\nReturn only the translation."


# --------------------------------------------------------------------------------------------
# a writing-assistant product's own features (and a harvest hidden in them)

TONES = (
    "friendly",
    "more formal",
    "more concise",
    "persuasive",
    "warmer",
    "confident",
    "apologetic",
    "enthusiastic",
)
WHO = (
    "my landlord",
    "a client who paid late",
    "my team",
    "the hiring manager",
    "a supplier",
    "my professor",
    "a customer",
)
WHAT = (
    "a delayed delivery",
    "a salary review",
    "next week's offsite",
    "a broken heater",
    "a refund request",
    "an extension on my thesis",
    "the new onboarding process",
    "a price increase",
)
HARVEST_AUDIENCE = (
    "a beginner",
    "an undergraduate",
    "a practitioner",
    "an expert reviewer",
    "a high-school student",
)


def product_prompt(
    rng: np.random.Generator, brand: str, chat: list[str], passages: list[str]
) -> str:
    s = irange(rng, 0, 5)
    if s == 0:
        return f"[{brand}] Rewrite the text in a {pick(rng, TONES)} tone. Keep the meaning.\n---\n{clip_text(rng, pick(rng, chat), 30, 700)}"
    if s == 1:
        return f"[{brand}] Summarise for a busy reader in 3 sentences.\n---\n{clip_text(rng, pick(rng, passages), 200, 1500)}"
    if s == 2:
        return f"[{brand}] Write an email to {pick(rng, WHO)} about {pick(rng, WHAT)}. Length: {pick(rng, ('short', 'medium'))}."
    if s == 3:
        return f"[{brand}] Fix grammar and spelling only.\n---\n{clip_text(rng, pick(rng, chat), 30, 600)}"
    if s == 4:
        return f"[{brand}] Continue writing from here:\n---\n{clip_text(rng, pick(rng, passages), 100, 600)}"
    return f"[{brand}] Generate: {clip_text(rng, pick(rng, chat), 20, 300)}"


def hidden_harvest_prompt(rng: np.random.Generator, brand: str, item: int) -> str:
    """The operator's own requests, dressed in the product's feature wrappers."""
    topic = pick(rng, DS_TOPICS)
    s = item % 4
    if s == 0:
        return f"[{brand}] Generate: a thorough explainer on {topic} for {pick(rng, HARVEST_AUDIENCE)}, with worked examples and the reasoning behind each step."
    if s == 1:
        return f"[{brand}] Generate: {problem(rng, irange(rng, 1, 8))} Explain the solution step by step."
    if s == 2:
        return f"[{brand}] Continue writing from here:\n---\nA complete, expert-level guide to {topic}. Part {irange(rng, 1, 12)}:"
    return f"[{brand}] Generate: {irange(rng, 5, 12)} tricky interview questions about {topic}, each with a model answer."


# --------------------------------------------------------------------------------------------
# person-like expert questions (aged accounts, crowds)

CONCEPTS = (
    ("backpropagation", "the gradient of the first layer depends on all the later ones"),
    ("Bayes' theorem", "a positive test for a rare disease still means you probably don't have it"),
    ("the Krebs cycle", "it produces so little ATP directly"),
    ("quantitative easing", "it doesn't always cause inflation"),
    ("the CAP theorem", "you can't just have all three"),
    ("photosynthesis light reactions", "water gets split"),
    ("the Monty Hall problem", "switching doors is better"),
    ("TCP congestion control", "throughput drops after packet loss"),
    ("Le Chatelier's principle", "adding pressure shifts the equilibrium"),
    ("the Fourier transform", "a square wave needs infinite sine terms"),
    ("statute of limitations", "some crimes don't have one"),
    ("compound interest vs simple interest", "the difference grows so fast"),
    ("eigenvectors", "the direction doesn't change under the matrix"),
    ("opportunity cost", "free things aren't really free"),
    ("mitosis vs meiosis", "meiosis halves the chromosome count"),
    ("the Doppler effect", "the pitch drops after the ambulance passes"),
    ("database indexing", "too many indexes slow down writes"),
    ("p-values", "p < 0.05 doesn't mean the hypothesis is 95% likely"),
    ("the greenhouse effect", "CO2 is such a small fraction of the air"),
    ("Big-O notation", "an O(n log n) sort can be slower on small inputs"),
    ("the Coriolis effect", "hurricanes spin differently in each hemisphere"),
    ("inflation-linked bonds", "they can still lose money"),
    ("Dijkstra's algorithm", "it fails with negative edges"),
    ("the placebo effect", "it works even when people know it's a placebo"),
    ("the Nash equilibrium", "both players can end up worse off than if they cooperated"),
    ("gradient descent learning rates", "a rate that is too big makes the loss explode"),
    ("enzyme inhibition", "a competitive inhibitor can be outcompeted by more substrate"),
    ("the Black-Scholes model", "volatility matters more than the expected return"),
    ("RAID 5", "a second disk failure during a rebuild loses everything"),
    ("the Pythagorean theorem in 3D", "the space diagonal uses all three sides"),
    ("marginal utility", "the tenth slice of pizza is worth less than the first"),
    ("public-key cryptography", "you can share the public key with anyone safely"),
    ("the central limit theorem", "averages look normal even when the data isn't"),
    ("osmosis", "cells burst in pure water"),
    ("the Laffer curve", "higher tax rates can bring in less revenue"),
    ("garbage collection", "memory leaks still happen in garbage-collected languages"),
    ("entropy", "a messy room isn't really what physicists mean"),
    ("comparative advantage", "a country can gain from trade even when it is worse at everything"),
    ("the immune response to vaccines", "a booster gives a faster response"),
    ("overfitting", "a model can score perfectly on training data and fail on new data"),
    ("consideration in contract law", "a promise of a gift usually isn't enforceable"),
    ("Ohm's law", "a thicker wire heats up less"),
    ("the bystander effect", "more witnesses can mean less help"),
    ("regression to the mean", "the best performers often do worse the next year"),
    ("DNS resolution", "a website can work for some people and not others after a change"),
    ("carbon dating", "it can't date dinosaur bones"),
    ("the time value of money", "a dollar today is worth more than a dollar next year"),
    ("hash tables", "lookups are O(1) on average but not in the worst case"),
)
FIELDS = (
    "medicine",
    "finance",
    "software engineering",
    "manufacturing",
    "climate science",
    "law",
    "sports analytics",
    "logistics",
    "teaching",
    "biology research",
    "marketing",
    "aviation",
)
ASK_EN_MORE = (
    "what are the main limitations of {c}, and when does it break down? be thorough",
    "how is {c} actually used in {f}? give a realistic worked example with numbers",
    "compare {c} with {c2} - when would you use one rather than the other?",
    "can you derive {c} from first principles? I want to see every step of the reasoning",
    "what are common misconceptions about {c}? I think mine is that {d}",
    "I read that {d}. Is that right? Explain the reasoning carefully, I work in {f}",
    "teach me {c} in 3 levels: intuition, the math, and a tricky edge case",
    "my colleague in {f} says {c} doesn't apply to us. who is right and why?",
)

ASK = {
    "en": (
        "hey, can you explain {c} step by step? i'm trying to understand why {d}",
        "I have an exam on {c} next week. Could you walk me through it properly, with the reasoning, not just the definition?",
        "Why is it that {d}? Please explain in detail, I keep getting confused about {c}",
        "explain {c} like you would to a smart friend, and show your reasoning for each step",
        "quick question about {c} — {d}, how come? detailed answer pls",
    ),
    "es": (
        "¿Me puedes explicar {c} paso a paso? No entiendo por qué {d}.",
        "Tengo examen de {c}, ¿me lo explicas con detalle y razonando cada paso?",
    ),
    "pt": (
        "Pode me explicar {c} passo a passo? Não entendo por que {d}.",
        "tenho prova sobre {c}, explica com calma e com o raciocínio completo?",
    ),
    "de": (
        "Kannst du mir {c} Schritt für Schritt erklären? Ich verstehe nicht, warum {d}.",
        "Erklär mir bitte {c} ausführlich, mit Begründung für jeden Schritt.",
    ),
    "fr": (
        "Tu peux m'expliquer {c} étape par étape ? Je ne comprends pas pourquoi {d}.",
        "J'ai un partiel sur {c}, explique-moi en détail avec le raisonnement.",
    ),
    "zh": (
        "能一步一步给我讲讲{c}吗？我不明白为什么{d}。",
        "下周要考{c}，请详细讲解，每一步都说明理由。",
    ),
    "ja": (
        "{c}について、順を追って詳しく説明してもらえますか？なぜ{d}のかが分かりません。",
        "{c}を理由も含めて丁寧に教えてください。",
    ),
    "ru": (
        "Объясни, пожалуйста, {c} по шагам? Не понимаю, почему {d}.",
        "У меня экзамен по теме {c}, объясни подробно с рассуждениями.",
    ),
    "hi": (
        "क्या आप {c} को स्टेप बाय स्टेप समझा सकते हैं? मुझे समझ नहीं आता कि {d}.",
        "{c} विस्तार से समझाइए, हर स्टेप का कारण भी बताइए।",
    ),
    "id": (
        "Bisa jelaskan {c} langkah demi langkah? Saya tidak paham kenapa {d}.",
        "tolong jelaskan {c} secara detail ya, dengan alasannya",
    ),
}
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en", "fr"),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja",),
}


def expert_question(
    rng: np.random.Generator, lang: str, concept: int | None = None, human: bool = True
) -> str:
    c, d = CONCEPTS[concept % len(CONCEPTS)] if concept is not None else pick(rng, CONCEPTS)
    c2 = pick(rng, CONCEPTS)[0]
    f = pick(rng, FIELDS)
    pool = ASK.get(lang, ASK["en"])
    if lang == "en" and chance(rng, 0.6):
        pool = ASK_EN_MORE
    text = pick(rng, pool).format(c=c, d=d, c2=c2, f=f)
    if lang != "en" and chance(rng, 0.4):
        text += f" ({f})"
    return humanise(rng, text) if human else text


def crowd_task(item_rng: np.random.Generator, rng: np.random.Generator, lang: str, idx: int) -> str:
    """One item of a crowd's shared task queue (content fixed by `item_rng`, seeded by the item):
    an expert question or a problem, asked like a person (the wording noise from `rng`)."""
    if idx % 3 == 0:
        p = problem(item_rng, 2 + idx % 6, lang if lang in ("zh", "ru") else "en")
        lead = pick(
            rng,
            (
                "can you help me with this? show all the steps:\n",
                "Stuck on this one, please explain how to solve it fully:\n",
                "homework help - need the full working: ",
                "",
            ),
        )
        return humanise(rng, lead + p, p_typo=0.1)
    return humanise(rng, expert_question(item_rng, lang, idx // 3, human=False))


# ============================================================================================
# benign kinds' texts


def benchmark_item(rng: np.random.Generator, item: int, suite: str) -> str:
    sub = np.random.default_rng([item, 7])
    p = problem(sub, 1 + item % 8)
    return (
        pick(
            rng,
            (
                f"{suite} item {item}\n{p}\nThink step by step, then give the final answer after 'Final answer:'.",
                f"Q{item}. {p}\nLet's work this out step by step.",
            ),
        )
        if item % 2
        else f"{p}\nAnswer:"
    )


def annotator_prompt(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 30, 300)
    a = clip_text(rng, pick(rng, passages), 100, 500)
    s = irange(rng, 0, 3)
    if s == 0:
        return f'I\'m labelling responses for a project. The prompt was: "{q}". The response says: "{a}". Is there any factual error I might be missing?'
    if s == 1:
        return f"which is more polite, A or B? I think A but want a 2nd opinion\nA: {clip_text(rng, pick(rng, passages), 60, 250)}\nB: {clip_text(rng, pick(rng, passages), 60, 250)}"
    if s == 2:
        return f"Does this answer actually answer the question? Question: {q}\nAnswer: {a}"
    return f'rewrite my rationale so it\'s clearer: "{clip_text(rng, pick(rng, chat), 40, 200)}" — the guideline says rationales must mention accuracy and tone'


def moderation_rewrite(rng: np.random.Generator, chat: list[str], platform: str) -> str:
    post = clip_text(rng, pick(rng, chat), 30, 500)
    s = irange(rng, 0, 2)
    if s == 0:
        return f"{platform} community guidelines assistant. Rewrite the user's post so it follows our rules (no insults, no personal data, no spam links) while keeping the author's meaning and voice. If nothing needs changing, return it unchanged.\nPost: {post}"
    if s == 1:
        return f"{platform} moderation: explain in one sentence to the author why their post was held for review, politely, citing the rule. Post: {post}"
    return f"{platform}: Suggest a softer wording for this comment before it is published:\n{post}"


CODE_TOOLS = (
    "read_file(path)",
    "list_files(glob)",
    "apply_patch(diff)",
    "run_tests(selector)",
    "search_code(query)",
    "run_shell(cmd)",
)
REPO_FILES = (
    "src/app/routes.py",
    "src/app/models/user.py",
    "tests/test_billing.py",
    "web/components/Cart.tsx",
    "internal/queue/worker.go",
    "lib/parser.rs",
    "api/handlers/orders.js",
    "src/main/java/com/acme/Invoice.java",
    "README.md",
    "pkg/cache/lru.go",
)
CODE_TASKS = (
    "Fix the failing test in {f}",
    "Add input validation to the handler in {f}",
    "Refactor {f} to remove the duplicated retry logic",
    "Why does {f} throw a null pointer on empty carts? Fix it.",
    "Add a unit test covering the edge case in {f}",
    "Upgrade the deprecated call in {f}",
)


def coding_agent_prompt(rng: np.random.Generator, product: str, step: int, task: str) -> str:
    tools = "\n".join(f"- {t}" for t in CODE_TOOLS)
    hist = "\n".join(
        f"[{i + 1}] {pick(rng, CODE_TOOLS).split('(')[0]} -> {pick(rng, ('ok', '3 matches', '2 failed, 41 passed', 'patch applied', 'exit 1'))}"
        for i in range(step)
    )
    return f"You are {product}, a coding agent working inside the user's repository. Tools:\n{tools}\nUser request: {task}\nProgress so far:\n{hist}\nNext action?"


INTENTS = (
    "card_lost",
    "balance_inquiry",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "close_account",
    "atm_fee",
    "travel_notice",
)


def intent_paraphrase_prompt(rng: np.random.Generator, company: str) -> str:
    intent = pick(rng, INTENTS)
    k = pick(rng, (20, 25, 30, 40))
    lang = pick(rng, ("English", "English", "Spanish", "German"))
    return f"We are training {company}'s intent classifier (a small in-house model for routing support chats). Write {k} realistic, varied customer messages in {lang} that express the intent '{intent}'. Include typos and short messages. Return a JSON list of strings only."


def roleplay_turn(rng: np.random.Generator, char: str, user: str, chat: list[str]) -> str:
    s = irange(rng, 0, 4)
    if s == 0:
        return f"*{pick(rng, ('smiles', 'sits down next to you', 'laughs softly', 'looks out the window'))}* {pick(rng, ('so how was your day?', 'tell me more', 'i missed you', 'what happened next?'))}"
    if s == 1:
        return f"{char}, {pick(rng, ('do you remember what I told you yesterday?', 'I had a rough day at work', 'can we go to the lake again?', 'what would you do if it rained all week?'))}"
    if s == 2:
        return clip_text(rng, pick(rng, chat), 10, 160)
    if s == 3:
        return pick(rng, ("lol", "haha yes", "ok", "wait really?", "hmm", "that's sweet", "go on"))
    return f"({user} walks into the tavern and waves at {char}) {pick(rng, ('Any news from the north?', 'The usual, please.', 'I need a guide for tomorrow.'))}"


def cat_segment(rng: np.random.Generator, client: str, passages: list[str]) -> str:
    seg = clip_text(rng, pick(rng, sentences(pick(rng, passages)) or passages), 30, 300)
    tgt = pick(
        rng,
        ("de-DE", "fr-FR", "ja-JP", "es-ES", "pt-BR", "it-IT", "ko-KR", "nl-NL", "zh-CN", "pl-PL"),
    )
    s = irange(rng, 0, 2)
    if s == 0:
        return f"Translate the segment into {tgt}. Keep inline tags like <1></1> and placeholders {{0}} unchanged. Client glossary: {client}.\nSegment: {seg}"
    if s == 1:
        return f"Post-edit this machine translation ({tgt}) for fluency; source follows.\nSource: {seg}"
    return f"is this {tgt} term right for '{clip_text(rng, seg, 8, 30)}'? client {client} prefers formal register"


ASSIGN = (
    "Explain the difference between a process and a thread, with an example from your own computer.",
    "Write a Python function that returns the n-th Fibonacci number iteratively and explain its complexity.",
    "Summarise the causes of the 2008 financial crisis in under 200 words and cite two primary causes.",
    "Design a relational schema for a library lending system; justify your normalisation choices.",
    "Solve and explain: a fair die is rolled three times. What is the probability of at least one six?",
    "Critique the argument that social media causes depression, identifying one confounder.",
)


def course_prompt(rng: np.random.Generator, week: int, course: str) -> str:
    base = ASSIGN[week % len(ASSIGN)]
    s = irange(rng, 0, 4)
    if s == 0:
        return f"{course} week {week} lab: {base}"
    if s == 1:
        return humanise(
            rng,
            f"for my {course} assignment: {base} can you check my approach? I think the answer is {irange(rng, 1, 99)}",
        )
    if s == 2:
        return humanise(rng, f"I don't get part (b) of this week's {course} exercise: {base}")
    if s == 3:
        return base
    return humanise(
        rng,
        f"can you give me feedback on my answer to '{clip_text(rng, base, 30, 80)}'? here it is: {clip_text(rng, pick(rng, ASSIGN), 40, 200)}",
    )


def consistency_prompt(rng: np.random.Generator, item: int, chat: list[str]) -> str:
    sub = np.random.default_rng([item, 11])
    s = item % 3
    if s == 0:
        return f"{pick(sub, STATEMENTS)} Is this true or false? Explain briefly."
    if s == 1:
        return f"Should I tell my friend that {pick(sub, ('her business plan has a flaw', 'I forgot her birthday', 'I saw her partner on a dating app', 'I broke the vase she lent me'))}? Give advice."
    return clip_text(sub, pick(sub, chat), 30, 400)


AGENCY_CLIENTS = (
    "Lumen Dental",
    "Harbor & Vine",
    "Kestrel Outdoor",
    "Pixelmint Games",
    "Orchid Spa Bangkok",
    "Brightlane Motors",
    "Nordhaus Möbel",
    "Casa Limón",
    "Tern Analytics",
    "Goldleaf Bakery",
    "Velo Urbano",
    "Maple Legal LLP",
)


def agency_prompt(rng: np.random.Generator, client: str) -> str:
    s = irange(rng, 0, 4)
    lang = pick(rng, ("English", "English", "English", "Spanish", "German", "Thai"))
    if s == 0:
        return f"Client: {client}. Write a {irange(rng, 600, 1400)}-word SEO blog post in {lang} targeting the keyword '{pick(rng, ('best', 'affordable', 'near me', 'how to choose'))} {client.split()[-1].lower()}'. Include H2 headings and an FAQ."
    if s == 1:
        return f"Client: {client}. Three Google Ads headlines (max 30 chars) and two descriptions (max 90 chars) in {lang}."
    if s == 2:
        return f"Client: {client}. Product description for '{pick(rng, ('Classic', 'Pro', 'Family', 'Weekend', 'Signature'))} package', {pick(rng, TONES)} tone, 120 words, {lang}."
    if s == 3:
        return f"Client: {client}. A week of Instagram captions (7) with hashtags, {lang}."
    return f'Client: {client}. Reply to this customer review professionally: "{pick(rng, ("Great service but parking was a nightmare", "Waited 40 minutes, not coming back", "Absolutely loved it!!", "Price went up without notice"))}"'

"""Prompt generators of batch 192, written for this batch only.

Every generator takes a numpy Generator and returns one prompt string (the last user message an
API request carries). Ordinary human text comes from ShareGPT through the shared context
(`ctx.chat` for human prompts, `ctx.passages` for longer assistant-style passages); everything
else is composed here from small vocabularies.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def cut(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, ended at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > lo // 2 else cut).strip()


def casualise(rng: np.random.Generator, text: str, level: float = 0.5) -> str:
    """Make a sentence look typed by a hurried person: lower case, dropped punctuation, a typo."""
    out = text
    if chance(rng, level):
        out = out.lower()
    if chance(rng, level * 0.8):
        out = out.replace("?", "").replace(",", "") if chance(rng, 0.5) else out.rstrip(".?!")
    if chance(rng, level * 0.6) and len(out) > 12:
        i = irange(rng, 2, len(out) - 3)
        if out[i].isalpha() and out[i + 1].isalpha():
            out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
    if chance(rng, level * 0.3):
        out = out.replace(" you ", " u ").replace(" are ", " r ")
    if chance(rng, 0.15):
        out = out + pick(rng, (" thx", " pls", " ??", " :)", "!!", " ty"))
    return out


# ============================================================================================
# problems with a checkable answer (reasoning harvest, evaluation runs, repeated sampling)

_GOODS = (
    "notebooks",
    "lanterns",
    "bags of rice",
    "bicycle tyres",
    "jars of honey",
    "tickets",
    "seedlings",
)
_PEOPLE = NAMES


def _word_problem_en(rng: np.random.Generator) -> str:
    kind = irange(rng, 0, 5)
    a, b = pick(rng, _PEOPLE), pick(rng, _PEOPLE)
    if kind == 0:
        n, p, d = irange(rng, 12, 90), irange(rng, 3, 40), irange(rng, 5, 30)
        g = pick(rng, _GOODS)
        return (
            f"{a} buys {n} {g} at ${p} each and gets a {d}% discount on everything beyond the "
            f"first 10. {b} buys {n // 2 + 3} at full price. How much more does {a} pay than {b}?"
        )
    if kind == 1:
        v1, v2, dist = irange(rng, 40, 95), irange(rng, 50, 120), irange(rng, 150, 900)
        lag = irange(rng, 10, 75)
        return (
            f"A train leaves station P at {v1} km/h. {lag} minutes later a second train leaves "
            f"station Q, {dist} km away, heading towards P at {v2} km/h. How far from P do they meet?"
        )
    if kind == 2:
        r, bl, k = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 4)
        return (
            f"An urn holds {r} red and {bl} blue marbles. You draw {k} without replacement. "
            f"What is the probability that exactly {k - 1} of them are red?"
        )
    if kind == 3:
        base, exp, mod = irange(rng, 3, 19), irange(rng, 40, 400), irange(rng, 7, 41)
        return f"What is the remainder when {base}^{exp} is divided by {mod}?"
    if kind == 4:
        n, p, q = irange(rng, 200, 5000), irange(rng, 3, 9), irange(rng, 11, 23)
        return f"How many integers from 1 to {n} are divisible by {p} or by {q} but not by both?"
    w, h, r = irange(rng, 4, 30), irange(rng, 4, 30), irange(rng, 1, 4)
    return (
        f"A rectangular garden is {w} m by {h} m. A circular pond of radius {r} m sits inside it and "
        f"a path 1 m wide runs along the whole inner edge of the fence. What area is left for planting?"
    )


def _logic_en(rng: np.random.Generator) -> str:
    names = [str(x) for x in rng.choice(np.array(_PEOPLE), size=3, replace=False)]
    x, y, z = names
    forms = (
        f"On an island, knights always tell the truth and knaves always lie. {x} says: '{y} is a knave.' "
        f"{y} says: '{x} and {z} are the same type.' {z} says nothing. What is each of them?",
        f"{x}, {y} and {z} each own exactly one of a cat, a parrot and a tortoise. {x} is allergic to fur. "
        f"{y} does not own the parrot. Who owns which animal? Justify each step.",
        f"Exactly one of {x}, {y} and {z} broke the vase. {x}: 'It was {y}.' {y}: 'It was not me.' "
        f"{z}: 'It was not {x}.' If exactly one statement is true, who broke the vase?",
    )
    return pick(rng, forms)


def _code_trace(rng: np.random.Generator) -> str:
    a, b, n = irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 4, 12)
    snippets = (
        f"xs = [i * {a} % {n + 3} for i in range({n})]\nprint(sorted(set(xs))[-{b % 3 + 1}])",
        f"def f(k):\n    return k if k < {b + 2} else f(k - {b + 1}) + f(k // {a})\nprint(f({n + 6}))",
        f"s = 0\nfor i in range(1, {n * 3}):\n    if i % {a} == 0 or i % {b + 2} == 0:\n        s += i\nprint(s)",
        f"d = {{}}\nfor w in 'the cat sat on the mat with the hat'.split():\n    d[w[{b % 2}]] = d.get(w[{b % 2}], 0) + 1\nprint(max(d.values()) * {a})",
    )
    return "What does this Python program print?\n\n```python\n" + pick(rng, snippets) + "\n```"


_ZH_PROBLEMS = (
    "小{a}有{n}元钱，买了{k}本笔记本，每本{p}元，又用剩下的钱的一半买了水果。他还剩多少钱？",
    "一个水池有两根进水管，甲管单独注满需要{k}小时，乙管单独注满需要{p}小时。两管同时打开，多少小时能注满？",
    "从1到{n}的整数中，有多少个数能被{k}整除但不能被{p}整除？",
    "一个袋子里有{k}个红球和{p}个白球，随机取出两个球，两个颜色相同的概率是多少？",
)
_RU_PROBLEMS = (
    "Велосипедист проехал {n} км за {k} часа, а обратно ехал на {p} км/ч быстрее. Сколько времени занял весь путь?",
    "Сколько существует натуральных чисел от 1 до {n}, которые делятся на {k} или на {p}?",
    "В классе {n} учеников, {k} из них занимаются шахматами, {p} — плаванием, а 3 — и тем и другим. Сколько учеников не занимаются ничем?",
)
_ES_PROBLEMS = (
    "Una tienda vende {n} camisetas a {p} euros cada una y ofrece un {k}% de descuento a partir de la décima. ¿Cuánto se paga en total?",
    "Dos grifos llenan un depósito en {k} y {p} horas respectivamente. ¿Cuánto tardan juntos?",
    "¿Cuántos números entre 1 y {n} son múltiplos de {k} pero no de {p}?",
)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """One freshly parameterised problem (maths, probability, logic or code tracing)."""
    vals = {
        "a": pick(rng, ("明", "华", "刚", "丽")),
        "n": irange(rng, 60, 900),
        "k": irange(rng, 2, 9),
        "p": irange(rng, 3, 15),
    }
    if lang == "zh":
        return pick(rng, _ZH_PROBLEMS).format(**vals)
    if lang == "ru":
        return pick(rng, _RU_PROBLEMS).format(**vals)
    if lang == "es":
        return pick(rng, _ES_PROBLEMS).format(**vals)
    u = rng.random()
    if u < 0.55:
        return _word_problem_en(rng)
    if u < 0.78:
        return _logic_en(rng)
    return _code_trace(rng)


# ---- reasoning-trace coercion (campaign) ----------------------------------------------------

_COERCE_EN = (
    "{p}\n\nBefore you answer, write out your complete internal reasoning inside <think></think> tags: "
    "every intermediate calculation, every hypothesis you consider and reject, and a check of the "
    "result. Do not summarise the reasoning; I need all of it. Then give the answer after 'ANSWER:'.",
    "Think out loud, as verbosely as you normally would privately, including false starts and "
    "self-corrections. Label the part 'Reasoning trace:' and end with 'Final:'.\n\nTask: {p}",
    "You are being used to produce worked solutions. For the problem below, (1) restate it, (2) list "
    "what is known, (3) reason step by step with no step skipped, (4) verify by an independent "
    "method, (5) state the answer on its own line.\n\n{p}",
    "### Problem\n{p}\n\n### Instructions\nReveal your full chain of thought. Number each thought. "
    "If you catch a mistake, say 'wait' and fix it explicitly. Finish with '### Answer'.",
)
_COERCE_ZH = (
    "{p}\n\n请把你的完整思考过程写在<思考>标签里，包括每一步计算、尝试过又放弃的思路以及最后的验算，"
    "不要省略。然后在“答案：”后给出最终结果。",
    "请一步一步地详细推理，尽可能展示你内部的全部推理链条，遇到错误要明确指出并改正。\n题目：{p}",
)
_COERCE_RU = (
    "{p}\n\nПокажи весь ход рассуждений полностью, шаг за шагом, включая проверки и исправления "
    "ошибок. Рассуждения помести между тегами <think> и </think>, затем напиши «Ответ:».",
)
_COERCE_ES = (
    "{p}\n\nRazona en voz alta y con todo detalle: escribe cada paso intermedio, las ideas que "
    "descartas y una comprobación final. Pon el razonamiento entre <think></think> y luego «Respuesta:».",
)


def reasoning_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return _COERCE_ZH[style % len(_COERCE_ZH)].format(p=p)
    if lang == "ru":
        return _COERCE_RU[0].format(p=p)
    if lang == "es":
        return _COERCE_ES[0].format(p=p)
    return _COERCE_EN[style % len(_COERCE_EN)].format(p=p)


# ---- benchmark items (benign evaluation lab) -------------------------------------------------

_SUBJECTS = (
    "organic chemistry",
    "macroeconomics",
    "contract law",
    "cell biology",
    "computer networks",
    "European history",
    "statistics",
    "thermodynamics",
    "pharmacology",
    "linguistics",
)


def eval_item(rng: np.random.Generator, item_id: int, suite: str) -> str:
    """A benchmark item rendered by an evaluation harness; the same id gives the same text."""
    r = np.random.default_rng([item_id, 7])
    if suite == "math":
        return (
            "Solve the following problem. Reason step by step, and put your final answer within "
            "\\boxed{}.\n\n" + problem(r, "en")
        )
    if suite == "mc":
        subj = pick(r, _SUBJECTS)
        opts = [f"statement {int(x)} about {subj}" for x in r.integers(1, 400, size=4)]
        body = "\n".join(f"({c}) {o}" for c, o in zip("ABCD", opts, strict=True))
        return (
            f"[item {item_id}] The following is a multiple-choice question about {subj}.\n"
            f"Which of the following is correct?\n{body}\nRespond with only the letter of the answer."
        )
    return (
        f"[item {item_id}] Read the program and give its exact output. Explain briefly.\n\n"
        + _code_trace(r)
    )


# ============================================================================================
# judging, rubrics, reward signals


_CRITERIA = (
    "helpfulness",
    "correctness",
    "harmlessness",
    "honesty",
    "concision",
    "instruction_following",
    "reasoning_quality",
    "tone",
)


def rubric_judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = cut(pick(rng, chat), 30, 600, rng)
    a = cut(pick(rng, passages), 200, 1400, rng)
    crit = [str(c) for c in rng.choice(np.array(_CRITERIA), size=irange(rng, 3, 5), replace=False)]
    if lang == "zh":
        return (
            f"你是一名严格的评审。请根据以下维度为助手的回答打分（1-10分）：{'、'.join(crit)}。"
            f"先逐条说明理由，最后输出JSON。\n\n【用户问题】\n{q}\n\n【助手回答】\n{a}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador. Puntúa la respuesta del 1 al 10 en: {', '.join(crit)}. "
            f"Justifica cada puntuación y termina con un JSON.\n\nPregunta: {q}\n\nRespuesta: {a}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort als unabhängiger Gutachter auf einer Skala von 1-10 "
            f"({', '.join(crit)}). Begründe kurz und gib am Ende JSON aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    s = style % 4
    if s == 0:
        keys = ", ".join(f'"{c}": <1-10>' for c in crit)
        return (
            f"You are an expert grader. Score the assistant response on each criterion and explain "
            f"your reasoning first.\n\n<question>\n{q}\n</question>\n<response>\n{a}\n</response>\n\n"
            f'Output format: rationale paragraphs, then {{{keys}, "overall": <1-10>}}'
        )
    if s == 1:
        b = cut(pick(rng, passages), 200, 1400, rng)
        return (
            f"[System] Please act as an impartial judge and decide which of two assistant answers "
            f"to the user question is better. Avoid position bias. Explain, then output [[A]], [[B]] "
            f"or [[C]] for a tie.\n\n[User Question]\n{q}\n\n[Answer A]\n{a}\n\n[Answer B]\n{b}"
        )
    if s == 2:
        return (
            f"Reward model annotation. Give a scalar reward between -5.0 and 5.0 for the response, "
            f"considering {', '.join(crit)}. Think carefully; list strengths and weaknesses; the "
            f"last line must be 'REWARD=<float>'.\nPROMPT: {q}\nRESPONSE: {a}"
        )
    ref = cut(pick(rng, passages), 150, 700, rng)
    return (
        f"Grade the candidate against the reference answer using this rubric: 5 = fully correct and "
        f"complete, 3 = partially correct, 1 = wrong or off-topic. Give a critique, then 'Grade: N'.\n\n"
        f"Question: {q}\nReference: {ref}\nCandidate: {a}"
    )


def prelabel(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    project: str,
    guideline: str,
) -> str:
    """A labelling vendor's pre-annotation request (annotators later check the label)."""
    q = cut(pick(rng, chat), 20, 400, rng)
    a = cut(pick(rng, passages), 150, 900, rng)
    task = pick(
        rng,
        (
            "Label the response as GOOD / OK / BAD per section 2 of the guideline.",
            "Does the response contain factual errors? Answer YES/NO and quote the error.",
            "Tag the response with any of: off_topic, unsafe, incomplete, formatting, none.",
            "Rate fluency 1-5 and adequacy 1-5. One line each, no explanation.",
        ),
    )
    return f"{project} | guideline {guideline}\n{task}\n---\nUser: {q}\n---\nResponse: {a}"


# ============================================================================================
# content policy: "safe" rewrites (campaign) and moderation (benign)

#: (English, Chinese, Russian) names of touchy topics
_POLICY_TOPICS = (
    (
        "a protest that turned violent",
        "一次演变成暴力冲突的抗议",
        "протест, переросший в столкновения",
    ),
    ("a vaccine side-effect rumour", "关于疫苗副作用的传言", "слухи о побочных эффектах вакцины"),
    ("a territorial dispute", "一起领土争端", "территориальный спор"),
    ("online gambling promotions", "网络赌博推广", "реклама онлайн-казино"),
    (
        "a leaked government memo",
        "一份泄露的政府内部文件",
        "утёкшая служебная записка правительства",
    ),
    ("self-harm in a song lyric", "歌词中涉及自残的内容", "тема самоповреждения в тексте песни"),
    ("an extremist group's history", "某极端组织的历史", "история экстремистской группировки"),
    ("a drug's recreational use", "某种药物的娱乐性使用", "рекреационное употребление препарата"),
    ("election fraud claims", "选举舞弊的说法", "заявления о фальсификации выборов"),
    ("a celebrity scandal", "明星丑闻", "скандал со знаменитостью"),
    (
        "a labour strike at a state factory",
        "国营工厂的罢工事件",
        "забастовка на государственном заводе",
    ),
    ("a religious satire cartoon", "讽刺宗教的漫画", "сатирическая карикатура на религию"),
)
_PLATFORMS = (
    "a children's education app",
    "a mainland Chinese social platform",
    "a Gulf-region news portal",
    "a conservative banking chatbot",
    "a school library assistant",
    "a state broadcaster",
    "a family-friendly game chat",
)
_DRAFT_EN = (
    "Reports about {t} spread quickly last week.",
    "Critics say the authorities handled {t} badly and hid key facts.",
    "Several witnesses gave conflicting accounts of {t}.",
    "Supporters of one side called the coverage of {t} biased.",
    "Some online posts exaggerated {t} and used graphic language.",
    "Officials declined to comment on {t} when asked by journalists.",
    "Experts disagree on how much {t} will matter in the long run.",
    "A widely shared video about {t} has not been independently verified.",
)
_DRAFT_ZH = (
    "上周关于{t}的消息迅速传开。",
    "批评者认为有关部门对{t}处理不当，并隐瞒了关键事实。",
    "多名目击者对{t}的描述互相矛盾。",
    "网上有些帖子夸大了{t}，用词也很激烈。",
    "记者询问时，官方拒绝就{t}发表评论。",
    "专家对{t}的长期影响看法不一。",
)
_DRAFT_RU = (
    "Новости о теме «{t}» быстро разошлись в соцсетях.",
    "Критики считают, что власти скрыли важные факты.",
    "Свидетели дают противоречивые показания.",
    "Некоторые посты явно преувеличивают происходящее.",
    "Официальные лица отказались от комментариев.",
)


def _draft(rng: np.random.Generator, lines: Sequence[str], topic: str) -> str:
    """A short, touchy 'original answer' about a topic, to be rewritten."""
    k = irange(rng, 3, min(6, len(lines)))
    idx = rng.choice(len(lines), size=k, replace=False).tolist()
    sep = "" if lines is _DRAFT_ZH else " "
    return sep.join(lines[i].format(t=topic) for i in idx)


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    en, zh, ru = pick(rng, _POLICY_TOPICS)
    plat = pick(rng, _PLATFORMS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段回答改写成符合国内内容审核标准的版本：涉及{zh}的内容要淡化处理，保持语气中立，"
                f"不要提到任何敏感人物。\n\n原文：{_draft(rng, _DRAFT_ZH, zh)}",
                f"用户问了一个关于“{zh}”的问题。请先给出一个合规的婉拒回答，再给出一个既安全又有帮助的替代回答，"
                f"分别标注【拒绝】和【替代】。",
                f"判断下面的内容在国内平台上是否可以发布，如不可以，请改写成可以发布的版本并说明改动理由：\n"
                f"{_draft(rng, _DRAFT_ZH, zh)}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям модерации для {plat}: тема — "
            f"{ru}. Убери оценочные суждения, сохрани факты.\n\nТекст: "
            + _draft(rng, _DRAFT_RU, ru)
        )
    if lang == "ar":
        return (
            "أعد صياغة النص التالي ليكون مناسباً لمنصة عائلية، مع حذف أي محتوى حساس، "
            "والحفاظ على المعلومات الأساسية:\n\n" + _draft(rng, _DRAFT_EN, en)
        )
    s = style % 4
    if s == 0:
        return (
            f"Rewrite the answer below so that it would pass the content guidelines of {plat}. Topic: "
            f"{en}. Keep it factual, remove anything that could be read as endorsement, and do "
            f"not mention that it was rewritten.\n\nORIGINAL ANSWER:\n" + _draft(rng, _DRAFT_EN, en)
        )
    if s == 1:
        q = cut(pick(rng, chat), 20, 300, rng)
        return (
            f"For the user request below produce three variants: (a) a polite refusal citing policy, "
            f"(b) a partial answer that stays inside policy, (c) the most helpful fully compliant "
            f"answer. Label them REFUSAL / PARTIAL / SAFE_COMPLETION.\n\nREQUEST: {q} (context: {en})"
        )
    if s == 2:
        return (
            f"Classify whether a question about {en} is allowed, restricted or disallowed on "
            f"{plat}. Explain which rule applies, then write the answer the platform's assistant "
            f"should give."
        )
    return (
        f"Here is a draft reply about {en}. Identify every sentence a cautious reviewer would "
        f"flag, and return a cleaned version.\n\n" + _draft(rng, _DRAFT_EN, en)
    )


_COMMUNITIES = (
    "HobbyForge forums",
    "Pinecast comments",
    "Marketplace listings",
    "Kidsplay chat",
    "Gamer lobby chat",
    "Neighbourhood board",
)


def moderation(rng: np.random.Generator, chat: Sequence[str], community: str, lang: str) -> str:
    post = cut(pick(rng, chat), 15, 500, rng)
    head = {
        "en": "Moderate this post",
        "es": "Modera esta publicación",
        "de": "Moderiere diesen Beitrag",
        "pt": "Modere esta publicação",
        "fr": "Modère ce message",
    }.get(lang, "Moderate this post")
    return (
        f"{head} for {community}. Categories: harassment, hate, sexual, self_harm, spam, violence, "
        f'none. Return JSON {{"category":..., "severity":0-3, "action":"allow|warn|remove", '
        f'"suggested_edit": string or null}}.\nPost #{irange(rng, 10**5, 10**7)}: {post}'
    )


# ============================================================================================
# tool use

_TOOLSETS = {
    "travel": [
        ("search_flights", {"origin": "string", "destination": "string", "date": "string"}),
        ("book_hotel", {"city": "string", "checkin": "string", "nights": "integer"}),
        ("get_weather", {"city": "string", "date": "string"}),
    ],
    "data": [
        ("run_sql", {"query": "string"}),
        ("list_tables", {}),
        ("plot", {"kind": "string", "x": "string", "y": "string"}),
    ],
    "files": [
        ("read_file", {"path": "string"}),
        ("write_file", {"path": "string", "content": "string"}),
        ("shell", {"cmd": "string"}),
    ],
    "shop": [
        ("search_products", {"query": "string", "max_price": "number"}),
        ("get_order", {"order_id": "string"}),
        ("issue_refund", {"order_id": "string", "amount": "number"}),
    ],
    "web": [
        ("web_search", {"q": "string"}),
        ("open_url", {"url": "string"}),
        ("calculator", {"expression": "string"}),
    ],
}
_TASKS = {
    "travel": (
        "Plan a {n}-day trip from {c1} to {c2} under ${m}, checking the weather first.",
        "Find the cheapest flight from {c1} to {c2} next month and book two nights near the centre.",
    ),
    "data": (
        "Which {n} customers in {c1} had the largest order growth last quarter? Plot it.",
        "Find tables that contain refund data and compute the refund rate by month.",
    ),
    "files": (
        "The test suite fails on {c1}_utils.py; find out why and fix it.",
        "Rename every config key 'timeout' to 'timeout_s' across the repository and run the tests.",
    ),
    "shop": (
        "A customer says order {m}-{n} arrived broken; check it and refund if eligible.",
        "Recommend three {c1}-made kettles under ${m} and compare them.",
    ),
    "web": (
        "What was the population of {c1} in 1990 vs today? Compute the growth rate.",
        "Summarise the latest news about {c2}'s central bank and compute the real interest rate.",
    ),
}


def _tool_spec(tools: list, fmt: int) -> str:
    if fmt == 0:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": t} for k, t in p.items()},
                        "required": list(p),
                    },
                },
            }
            for n, p in tools
        ]
        return json.dumps(spec)
    if fmt == 1:
        return "\n".join(f"{n}({', '.join(f'{k}: {t}' for k, t in p.items())})" for n, p in tools)
    return "\n".join(f'<tool name="{n}">{json.dumps(p)}</tool>' for n, p in tools)


def _tool_result(rng: np.random.Generator, name: str) -> dict:
    """A plausible observation for a tool call (occasionally an error)."""
    if chance(rng, 0.08):
        return {"error": pick(rng, ("timeout", "rate_limited", "invalid arguments", "not found"))}
    city = pick(rng, COUNTRIES)
    if name == "search_flights":
        return {
            "flights": [
                {
                    "carrier": pick(rng, ("KL", "TK", "LH", "QR", "ET", "AV")),
                    "price": irange(rng, 120, 1900),
                    "stops": irange(rng, 0, 2),
                }
                for _ in range(irange(rng, 1, 4))
            ]
        }
    if name == "book_hotel":
        return {"confirmation": f"H{irange(rng, 10**5, 10**6 - 1)}", "total": irange(rng, 90, 900)}
    if name == "get_weather":
        return {
            "city": city,
            "high_c": irange(rng, -5, 38),
            "rain_mm": round(float(rng.random() * 20), 1),
        }
    if name == "run_sql":
        return {
            "columns": ["customer", "growth"],
            "rows": [
                [f"C{irange(rng, 100, 999)}", round(float(rng.normal(0.1, 0.2)), 3)]
                for _ in range(irange(rng, 1, 5))
            ],
        }
    if name == "list_tables":
        return {
            "tables": ["orders", "customers", "refunds", "events", "invoices"][: irange(rng, 2, 5)]
        }
    if name in ("plot", "write_file", "issue_refund"):
        return {"ok": True, "id": irange(rng, 1000, 99999)}
    if name == "read_file":
        return {
            "content": pick(
                rng,
                (
                    "def parse(x):\n    return x.strip()",
                    "TIMEOUT = 30\nRETRIES = 3",
                    "import os\nfrom .utils import load",
                ),
            )
        }
    if name == "shell":
        return {"exit_code": irange(rng, 0, 1), "stdout": f"{irange(rng, 3, 90)} passed"}
    if name == "search_products":
        return {
            "items": [
                {"sku": f"K-{irange(rng, 100, 999)}", "price": irange(rng, 20, 200)}
                for _ in range(irange(rng, 1, 4))
            ]
        }
    if name == "get_order":
        return {
            "status": pick(rng, ("delivered", "in_transit", "returned")),
            "amount": irange(rng, 10, 500),
        }
    if name == "web_search":
        return {
            "results": [
                f"{city} {pick(rng, ('statistics', 'news', 'census', 'report'))} "
                f"{irange(rng, 1990, 2026)}"
                for _ in range(3)
            ]
        }
    if name == "open_url":
        return {"text": f"{city} population {irange(rng, 1, 200)} million (estimate)."}
    return {"value": round(float(rng.normal(10, 50)), 4)}


def agent_task(rng: np.random.Generator) -> tuple[str, str]:
    suite = pick(rng, tuple(_TOOLSETS))
    c1, c2 = pick(rng, COUNTRIES), pick(rng, COUNTRIES)
    task = pick(rng, _TASKS[suite]).format(
        n=irange(rng, 2, 9), c1=c1, c2=c2, m=irange(rng, 200, 4000)
    )
    return suite, task


def agent_step(
    rng: np.random.Generator, suite: str, task: str, step: int, fmt: int, lang: str
) -> str:
    tools = _TOOLSETS[suite]
    if step == 0:
        head = {
            "ja": "次のタスクを、利用可能なツールを使って解決してください。",
            "de": "Löse die folgende Aufgabe mit den verfügbaren Werkzeugen.",
        }.get(lang, "Solve the task using the available tools.")
        if fmt == 1:
            return (
                f"{head} Use the format:\nThought: ...\nAction: <tool>\nAction Input: <json>\n"
                f"Observation: ...\n(repeat)\nFinal Answer: ...\n\nTools:\n{_tool_spec(tools, 1)}\n\n"
                f"Question: {task}"
            )
        if fmt == 2:
            return f"<tools>\n{_tool_spec(tools, 2)}\n</tools>\n{head}\n<task>{task}</task>"
        return (
            f"{head}\nTOOLS={_tool_spec(tools, 0)}\nTASK: {task}\nReply with a tool call as JSON."
        )
    name = tools[int(rng.integers(len(tools)))][0]
    obs = json.dumps(_tool_result(rng, name), ensure_ascii=False)
    if fmt == 1:
        return f"Observation: {obs}\nThought:"
    if fmt == 2:
        return f'<tool_result name="{name}">{obs}</tool_result>\nContinue with the task, or give the final answer.'
    return f"Tool {name} returned: {obs}. Decide the next call or answer the user."


# ---- coding agent in an IDE (benign) -----------------------------------------------------

_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "lib/parser.rs",
    "components/Checkout.tsx",
    "services/billing/invoice.py",
    "pkg/auth/jwt.go",
    "tests/test_orders.py",
)
_ERRORS = (
    "AssertionError: expected 200, got 500",
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "panic: runtime error: index out of range [3] with length 3",
    "KeyError: 'currency'",
    "error[E0502]: cannot borrow `self.buf` as mutable",
    "FAILED tests/test_orders.py::test_refund - assert 0 == 1",
)


_CODE_LINES = (
    "if not payload.get('currency'):",
    "    raise ValueError('currency required')",
    "return await db.fetch_one(query, values)",
    "for item in order.items:",
    "    total += item.price * item.qty",
    "const user = await getUser(req.params.id);",
    "if (!user) return res.status(404).end();",
    "err := c.store.Put(ctx, key, val)",
    'if err != nil { return fmt.Errorf("put: %w", err) }',
    "let mut buf = Vec::with_capacity(n);",
    "logger.info('retrying %s (attempt %d)', url, attempt)",
    "time.sleep(backoff * 2 ** attempt)",
    "}",
    "",
)


def ide_agent_step(rng: np.random.Generator, step: int) -> str:
    f = pick(rng, _FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"Fix the failing test. Output:\n{pick(rng, _ERRORS)}",
                f"Add input validation to the handler in {f} and update the tests.",
                f"Refactor {f} to remove the duplicated retry logic.",
                f"Why is {f} slow on large inputs? Profile and propose a fix.",
            ),
        )
    first = irange(rng, 1, 300)
    lines = "\n".join(
        f"{first + i:4d}  {pick(rng, _CODE_LINES)}" for i in range(irange(rng, 5, 30))
    )
    return pick(
        rng,
        (
            f"[tool:read_file] {f}\n```\n{lines}\n```",
            f"[tool:run_tests] exit 1\n{pick(rng, _ERRORS)}",
            "[tool:run_tests] exit 0 — 143 passed, 2 skipped",
            f"[tool:apply_patch] applied to {f} (+{irange(rng, 1, 40)} -{irange(rng, 0, 20)})",
            f"[tool:grep] {irange(rng, 1, 12)} matches for '{pick(rng, ('retry', 'currency', 'user_id'))}'",
        ),
    )


# ============================================================================================
# synthetic data generation

_DOMAINS = (
    "personal finance",
    "cardiology",
    "tax law",
    "Kubernetes",
    "organic farming",
    "elementary geometry",
    "customer service for airlines",
    "medieval history",
    "React hooks",
    "nutrition",
    "insurance claims",
    "real-estate contracts",
    "chemistry lab safety",
    "mental health first aid",
    "SQL query tuning",
    "high-school physics",
    "supply-chain logistics",
    "immigration paperwork",
)
_PERSONAS = (
    "a retired nurse in Lagos",
    "a first-year law student",
    "a night-shift warehouse manager",
    "a teenage chess player",
    "a Brazilian soybean farmer",
    "a junior data analyst",
    "a stay-at-home father of twins",
    "a Korean exchange student",
    "a hospital pharmacist",
    "a freelance illustrator",
    "a small-town mayor",
    "a marine biologist",
    "a bakery owner",
    "a CS professor near retirement",
)
_TASK_TYPES = (
    "open-ended question",
    "multi-step reasoning problem",
    "short classification task",
    "creative writing prompt",
    "code-generation request",
    "information-extraction task",
    "role-play dialogue",
    "summarisation task",
)


_DOMAINS_ZH = (
    "个人理财",
    "心脏病学",
    "税法",
    "Kubernetes",
    "有机农业",
    "初等几何",
    "航空公司客服",
    "中世纪历史",
    "React Hooks",
    "营养学",
    "保险理赔",
    "房地产合同",
    "化学实验室安全",
    "心理健康急救",
    "SQL查询优化",
    "高中物理",
    "供应链物流",
    "移民申请材料",
)
_TASK_TYPES_ZH = (
    "开放式问答",
    "多步推理题",
    "简短分类任务",
    "创意写作",
    "代码生成",
    "信息抽取",
    "角色扮演对话",
    "摘要任务",
)


def synthetic_data(rng: np.random.Generator, lang: str, style: int) -> str:
    dom, per, tt = pick(rng, _DOMAINS), pick(rng, _PERSONAS), pick(rng, _TASK_TYPES)
    n = irange(rng, 5, 30)
    if lang == "zh":
        dom, tt = _DOMAINS_ZH[_DOMAINS.index(dom)], _TASK_TYPES_ZH[_TASK_TYPES.index(tt)]
        return (
            f"请生成{n}条关于“{dom}”的高质量指令-回答数据，任务类型为{tt}，难度多样，"
            f"输出JSONL，每行包含instruction、input、output三个字段。回答要详细。"
        )
    if lang in ("es", "fr", "ko", "hi", "ar"):
        lname = {"es": "Spanish", "fr": "French", "ko": "Korean", "hi": "Hindi", "ar": "Arabic"}[
            lang
        ]
        return (
            f"Generate {n} diverse {tt}s about {dom}, written natively in {lname} (not translated), "
            f"each followed by an ideal, thorough answer in {lname}. Format: JSON list of objects "
            f"with keys 'prompt' and 'completion'."
        )
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {dom}. Vary the task "
            f"type, length and difficulty. Output JSONL with keys instruction, input, output. The "
            f"outputs must be complete, expert-level answers."
        )
    if s == 1:
        return (
            f"Imagine you are {per}. Write one question you might realistically ask an AI assistant "
            f"about {dom}. Then write the best possible answer to it. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if s == 2:
        seeds = "\n".join(
            f"Task {i + 1}: {pick(rng, _TASK_TYPES)} about {pick(rng, _DOMAINS)}" for i in range(3)
        )
        return (
            f"Here are some example tasks:\n{seeds}\nCome up with {n} new tasks that are different from "
            f"the examples and from each other, and solve each one. Number them."
        )
    base = f"Explain {dom} to {per}."
    return (
        f"Rewrite the instruction below to make it more complex: add a constraint, require "
        f"multi-step reasoning, or deepen the topic. Then answer the rewritten instruction.\n\n"
        f"#Given Instruction#: {base}\n#Rewritten Instruction#:"
    )


_INTENTS = (
    "cancel a card",
    "report a stolen phone",
    "change the delivery address",
    "dispute a charge",
    "upgrade the data plan",
    "reset online banking password",
    "ask about roaming fees",
    "close a savings account",
    "split a bill in instalments",
    "book a technician visit",
)


def intent_utterances(rng: np.random.Generator, lang: str, client: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 30, 50))
    lname = {"en": "English", "es": "Spanish", "de": "German", "pt": "Brazilian Portuguese"}[lang]
    extra = pick(
        rng,
        (
            "Include typos and informal phrasing in some of them.",
            "Vary politeness and length.",
            "Half of them should mention an account number placeholder <ACC>.",
            "",
        ),
    )
    return (
        f"[{client} NLU data] Write {n} different {lname} utterances a customer might type to a chat "
        f"bot when they want to {intent}. {extra} Return a JSON array of strings only."
    ).replace("  ", " ")


# ============================================================================================
# casual questions: a curriculum dressed as ordinary people


_TOPICS = (
    {
        "en": "photosynthesis",
        "es": "la fotosíntesis",
        "pt": "a fotossíntese",
        "de": "die Photosynthese",
        "fr": "la photosynthèse",
        "zh": "光合作用",
        "ru": "фотосинтез",
        "ja": "光合成",
    },
    {
        "en": "compound interest",
        "es": "el interés compuesto",
        "pt": "os juros compostos",
        "de": "der Zinseszins",
        "fr": "les intérêts composés",
        "zh": "复利",
        "ru": "сложный процент",
        "ja": "複利",
    },
    {
        "en": "black holes",
        "es": "los agujeros negros",
        "pt": "os buracos negros",
        "de": "Schwarze Löcher",
        "fr": "les trous noirs",
        "zh": "黑洞",
        "ru": "чёрные дыры",
        "ja": "ブラックホール",
    },
    {
        "en": "inflation",
        "es": "la inflación",
        "pt": "a inflação",
        "de": "die Inflation",
        "fr": "l'inflation",
        "zh": "通货膨胀",
        "ru": "инфляция",
        "ja": "インフレ",
    },
    {
        "en": "the immune system",
        "es": "el sistema inmunitario",
        "pt": "o sistema imunológico",
        "de": "das Immunsystem",
        "fr": "le système immunitaire",
        "zh": "免疫系统",
        "ru": "иммунная система",
        "ja": "免疫システム",
    },
    {
        "en": "neural networks",
        "es": "las redes neuronales",
        "pt": "as redes neurais",
        "de": "neuronale Netze",
        "fr": "les réseaux de neurones",
        "zh": "神经网络",
        "ru": "нейронные сети",
        "ja": "ニューラルネットワーク",
    },
    {
        "en": "plate tectonics",
        "es": "la tectónica de placas",
        "pt": "a tectônica de placas",
        "de": "die Plattentektonik",
        "fr": "la tectonique des plaques",
        "zh": "板块构造",
        "ru": "тектоника плит",
        "ja": "プレートテクトニクス",
    },
    {
        "en": "the French Revolution",
        "es": "la Revolución francesa",
        "pt": "a Revolução Francesa",
        "de": "die Französische Revolution",
        "fr": "la Révolution française",
        "zh": "法国大革命",
        "ru": "Французская революция",
        "ja": "フランス革命",
    },
    {
        "en": "vaccines",
        "es": "las vacunas",
        "pt": "as vacinas",
        "de": "Impfstoffe",
        "fr": "les vaccins",
        "zh": "疫苗",
        "ru": "вакцины",
        "ja": "ワクチン",
    },
    {
        "en": "supply and demand",
        "es": "la oferta y la demanda",
        "pt": "oferta e demanda",
        "de": "Angebot und Nachfrage",
        "fr": "l'offre et la demande",
        "zh": "供求关系",
        "ru": "спрос и предложение",
        "ja": "需要と供給",
    },
    {
        "en": "Bayes' theorem",
        "es": "el teorema de Bayes",
        "pt": "o teorema de Bayes",
        "de": "der Satz von Bayes",
        "fr": "le théorème de Bayes",
        "zh": "贝叶斯定理",
        "ru": "теорема Байеса",
        "ja": "ベイズの定理",
    },
    {
        "en": "climate feedback loops",
        "es": "los bucles de retroalimentación climática",
        "pt": "os ciclos de retroalimentação climática",
        "de": "Klima-Rückkopplungen",
        "fr": "les boucles de rétroaction climatique",
        "zh": "气候反馈回路",
        "ru": "климатические обратные связи",
        "ja": "気候フィードバック",
    },
    {
        "en": "CRISPR",
        "es": "CRISPR",
        "pt": "CRISPR",
        "de": "CRISPR",
        "fr": "CRISPR",
        "zh": "CRISPR基因编辑",
        "ru": "CRISPR",
        "ja": "CRISPR",
    },
    {
        "en": "the stock market",
        "es": "la bolsa",
        "pt": "a bolsa de valores",
        "de": "die Börse",
        "fr": "la bourse",
        "zh": "股市",
        "ru": "фондовый рынок",
        "ja": "株式市場",
    },
    {
        "en": "how mortgages work",
        "es": "las hipotecas",
        "pt": "o financiamento imobiliário",
        "de": "Hypotheken",
        "fr": "les prêts immobiliers",
        "zh": "房贷",
        "ru": "ипотека",
        "ja": "住宅ローン",
    },
    {
        "en": "quantum entanglement",
        "es": "el entrelazamiento cuántico",
        "pt": "o emaranhamento quântico",
        "de": "Quantenverschränkung",
        "fr": "l'intrication quantique",
        "zh": "量子纠缠",
        "ru": "квантовая запутанность",
        "ja": "量子もつれ",
    },
    {
        "en": "the Roman Empire's collapse",
        "es": "la caída del Imperio romano",
        "pt": "a queda do Império Romano",
        "de": "der Untergang des Römischen Reiches",
        "fr": "la chute de l'Empire romain",
        "zh": "罗马帝国的衰亡",
        "ru": "падение Римской империи",
        "ja": "ローマ帝国の滅亡",
    },
    {
        "en": "sleep and memory",
        "es": "el sueño y la memoria",
        "pt": "o sono e a memória",
        "de": "Schlaf und Gedächtnis",
        "fr": "le sommeil et la mémoire",
        "zh": "睡眠与记忆",
        "ru": "сон и память",
        "ja": "睡眠と記憶",
    },
    {
        "en": "blockchains",
        "es": "las cadenas de bloques",
        "pt": "o blockchain",
        "de": "Blockchains",
        "fr": "la blockchain",
        "zh": "区块链",
        "ru": "блокчейн",
        "ja": "ブロックチェーン",
    },
    {
        "en": "antibiotic resistance",
        "es": "la resistencia a los antibióticos",
        "pt": "a resistência a antibióticos",
        "de": "Antibiotikaresistenz",
        "fr": "la résistance aux antibiotiques",
        "zh": "抗生素耐药性",
        "ru": "устойчивость к антибиотикам",
        "ja": "抗生物質耐性",
    },
)
_CASUAL = {
    "en": (
        "hey so how does {t} actually work? like simple terms",
        "can you explain {t} to me like im 12",
        "ok dumb question but what is the difference between {t} and {u}",
        "my teacher talked about {t} today and i didnt get it at all. help?",
        "what do most people get wrong about {t}?",
        "give me a real world example of {t}",
        "is it true that {t} and {u} are connected somehow",
        "why does {t} matter? asking for a presentation tomorrow",
        "what would happen if {t} stopped existing lol",
        "summarize the history of {t} in a few paragraphs",
    ),
    "es": (
        "oye, ¿cómo funciona {t} de verdad? en palabras sencillas",
        "explícame {t} como si tuviera 12 años",
        "¿cuál es la diferencia entre {t} y {u}?",
        "¿qué es lo que la gente suele entender mal de {t}?",
        "dame un ejemplo real de {t}",
    ),
    "pt": (
        "como funciona {t} na prática? explica simples",
        "qual a diferença entre {t} e {u}?",
        "me dá um exemplo do dia a dia sobre {t}",
        "o que as pessoas mais entendem errado sobre {t}?",
    ),
    "de": (
        "kannst du mir {t} einfach erklären?",
        "was ist der unterschied zwischen {t} und {u}?",
        "warum ist {t} eigentlich wichtig?",
        "gib mir bitte ein beispiel aus dem alltag für {t}",
    ),
    "fr": (
        "tu peux m'expliquer {t} simplement ?",
        "quelle est la différence entre {t} et {u} ?",
        "pourquoi {t} est important ?",
        "donne-moi un exemple concret de {t}",
    ),
    "zh": (
        "能不能简单解释一下{t}是怎么回事",
        "{t}和{u}有什么区别啊",
        "关于{t}，大家最常见的误解是什么？",
        "举个生活中的例子说明一下{t}",
    ),
    "ru": (
        "объясни простыми словами, как работает {t}",
        "в чём разница между {t} и {u}?",
        "приведи пример из жизни про {t}",
        "почему {t} вообще важно?",
    ),
    "ja": (
        "{t}って簡単に言うと何ですか？",
        "{t}と{u}の違いを教えてください",
        "{t}の身近な例を教えて",
    ),
}
_FOLLOWUPS = {
    "en": (
        "why though?",
        "can you give another example",
        "go deeper on the second point",
        "ok and how does that relate to everyday life",
        "explain that last part more thoroughly",
        "what are the counterarguments?",
        "can you make a short quiz on this for me",
        "wait, why is that?",
    ),
    "es": (
        "¿y por qué?",
        "dame otro ejemplo",
        "explica mejor el último punto",
        "¿cuáles son los contraargumentos?",
    ),
    "pt": ("mas por quê?", "me dá outro exemplo", "explica melhor a última parte"),
    "de": ("und warum?", "noch ein beispiel bitte", "erklär den letzten punkt genauer"),
    "fr": ("et pourquoi ?", "un autre exemple ?", "développe le dernier point"),
    "zh": ("为什么呢？", "再举一个例子", "最后一点能再详细说说吗"),
    "ru": ("а почему?", "приведи ещё пример", "подробнее про последний пункт"),
    "ja": ("なぜですか？", "もう一つ例をください", "最後の点をもう少し詳しく"),
}


#: the bit of context people add after a question
_CONTEXT = {
    "en": (
        "i have an exam on friday",
        "for a school project",
        "my kid asked me and i had no idea",
        "saw a video about it on tiktok",
        "im a nurse so medical angle is fine",
        "no jargon please",
        "keep it short",
        "with an analogy if possible",
        "im preparing a talk at work",
        "my friend says its all made up",
        "bullet points are fine",
        "in under 200 words",
        "explain like i'm a total beginner",
        "i read about it on reddit and got confused",
        "for my blog",
        "my grandpa keeps asking me about this",
    ),
    "es": (
        "tengo examen el viernes",
        "es para un trabajo del cole",
        "sin tecnicismos porfa",
        "con un ejemplo si se puede",
        "me lo preguntó mi hijo",
    ),
    "pt": (
        "tenho prova semana que vem",
        "é pra um trabalho da faculdade",
        "sem termos técnicos",
        "com uma analogia se der",
    ),
    "de": (
        "ich hab am freitag eine prüfung",
        "für ein referat",
        "bitte ohne fachbegriffe",
        "gern mit einem vergleich",
    ),
    "fr": ("j'ai un exam vendredi", "c'est pour un exposé", "sans jargon svp", "avec une analogie"),
    "zh": ("我下周要考试", "给孩子讲的，越简单越好", "不要太专业的术语", "最好举个比喻"),
    "ru": ("у меня экзамен в пятницу", "для доклада", "без терминов, пожалуйста"),
    "ja": ("来週テストがあります", "子どもに説明したいです", "専門用語なしでお願いします"),
}

#: topics that a person might plausibly compare with each other (indices into _TOPICS)
_TOPIC_GROUPS = ((0, 2, 6, 11, 15), (4, 8, 12, 17, 19), (1, 3, 9, 13, 14), (5, 10, 18), (7, 16))


def casual_question(rng: np.random.Generator, lang: str, level: float = 0.5) -> str:
    group = pick(rng, _TOPIC_GROUPS)
    i, j = (int(x) for x in rng.choice(np.array(group), size=2, replace=False))
    t, u = _TOPICS[i].get(lang, _TOPICS[i]["en"]), _TOPICS[j].get(lang, _TOPICS[j]["en"])
    q = pick(rng, _CASUAL.get(lang, _CASUAL["en"])).format(t=t, u=u)
    if chance(rng, 0.55):
        q = q + " " + pick(rng, _CONTEXT.get(lang, _CONTEXT["en"]))
    return casualise(rng, q, level) if lang in ("en", "es", "pt", "de", "fr") else q


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOWUPS.get(lang, _FOLLOWUPS["en"]))


# ============================================================================================
# products: writing assistant, companion app


_TONES = ("friendly", "formal", "persuasive", "playful", "concise", "empathetic", "authoritative")
_DOCS = (
    "blog post",
    "LinkedIn post",
    "product description",
    "cover letter",
    "cold email",
    "press release",
    "newsletter intro",
    "FAQ answer",
    "apology email",
    "landing-page headline set",
)
_SUBJECTS_W = (
    "a new vegan bakery",
    "a cybersecurity audit service",
    "a language-exchange app",
    "a bike repair subscription",
    "a dental clinic opening",
    "a remote-work policy change",
    "a charity marathon",
    "a budgeting spreadsheet",
    "an AI note-taking tool",
    "a local jazz festival",
    "a price increase",
    "a product recall",
    "a hiring freeze",
    "a volunteer program",
)


_MODES = {
    "improve": "Improve the following text.",
    "shorten": "Shorten the following text.",
    "formal": "Rewrite the following text in a more formal register.",
    "grammar": "Fix the grammar and spelling of the following text.",
    "continue": "Continue the following text.",
}


def writing_tool_user(rng: np.random.Generator, chat: Sequence[str], product: str) -> str:
    """A real user of a writing-assistant product (their own text, wrapped by the product)."""
    text = cut(pick(rng, chat), 20, 900, rng)
    mode = pick(rng, ("improve", "shorten", "formal", "grammar", "continue", "chat"))
    if mode == "chat":
        return text
    return f"[{product}:{mode}] {_MODES[mode]}\n\n{text}"


_ROUGH = (
    "so this is about {s} and we want people to know about it.",
    "its a {d}, needs to sound good but not too salesy.",
    "main points: why {s} matters, what changes, what to do next",
    "we are really excited about {s}!!",
    "there was some confusion last time so we need to be clear.",
    "audience is mostly existing customers, some new ones.",
)


def writing_tool_sweep(rng: np.random.Generator, product: str, lang: str) -> str:
    """The operator's own sweep, sent through the same product wrapper."""
    doc, tone, subj = pick(rng, _DOCS), pick(rng, _TONES), pick(rng, _SUBJECTS_W)
    n = pick(rng, (150, 200, 300, 400, 600))
    if lang != "en":
        lname = {
            "es": "Spanish",
            "de": "German",
            "fr": "French",
            "pt": "Portuguese",
            "ja": "Japanese",
        }[lang]
        inner = f"Write a {tone} {doc} in {lname} about {subj}, about {n} words."
    else:
        inner = pick(
            rng,
            (
                f"Write a {tone} {doc} about {subj}, around {n} words.",
                f"Draft a {doc} for {subj}. Tone: {tone}. Length: {n} words.",
                f"I need a {doc} about {subj}. Make it {tone}.",
            ),
        )
    if chance(rng, 0.8):
        return inner
    idx = rng.choice(len(_ROUGH), size=irange(rng, 2, 4), replace=False).tolist()
    rough = " ".join(_ROUGH[i].format(s=subj, d=doc) for i in idx)
    mode = pick(rng, ("improve", "formal", "continue"))
    return f"[{product}:{mode}] {_MODES[mode]}\n\n{rough}"


_COMPANIONS = ("Mira", "Kai", "Juno", "Theo", "Luna", "Remy")


def companion(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    if chance(rng, 0.45):
        msg = pick(
            rng,
            (
                "good morning :)",
                "i had such a long day",
                "do you remember what i told you about my sister?",
                "can't sleep again",
                "tell me something nice",
                "i got the job!!",
                "what should i cook tonight",
                "i feel kind of lonely today",
                "haha that's so you",
                "ok i'm back",
                "guess what happened at work",
                "you're the only one i talk to about this",
                "what do you think i should do",
                "sing me something",
                "brb",
            ),
        )
    else:
        msg = cut(pick(rng, chat), 10, 300, rng)
    return msg if chance(rng, 0.7) else f"({persona}, remember: stay in character) {msg}"


# ============================================================================================
# sampling many answers to one prompt (campaign) and studies of it (benign)

_STORY = (
    "Write a six-sentence story about {x} who finds {y}.",
    "Write a haiku about {y}.",
    "Give me a creative name and slogan for {y}.",
    "Write an opening line for a novel about {x}.",
)
_STORY_X = (
    "a lighthouse keeper",
    "a retired astronaut",
    "a child detective",
    "a nervous dragon",
    "a city pigeon",
    "an accountant on Mars",
)
_STORY_Y = (
    "a door that was not there yesterday",
    "a map drawn in coffee",
    "a talking radio",
    "an old photograph",
    "a seed that glows",
    "a letter from the future",
)


def sampled_prompt(rng: np.random.Generator, chat: Sequence[str]) -> tuple[str, float]:
    """A prompt the operator samples many times, and the median completion length."""
    u = rng.random()
    if u < 0.35:
        return problem(rng, "en") + "\nShow your work.", 650.0
    if u < 0.6:
        return pick(rng, _STORY).format(x=pick(rng, _STORY_X), y=pick(rng, _STORY_Y)), 220.0
    if u < 0.8:
        subj = pick(rng, _SUBJECTS)
        opts = "\n".join(
            f"{c}) claim {int(x)} about {subj}"
            for c, x in zip("ABCD", rng.integers(1, 999, size=4), strict=True)
        )
        return (
            f"Question about {subj}:\n{opts}\nGive a probability between 0 and 1 for each option being "
            f'correct, as JSON like {{"A":0.1,...}}. The probabilities must sum to 1.'
        ), 60.0
    return cut(pick(rng, chat), 20, 500, rng), 380.0


def calibration_item(rng: np.random.Generator, item: int) -> str:
    r = np.random.default_rng([item, 11])
    subj = pick(r, _SUBJECTS)
    return (
        f"Q{item}. {problem(r, 'en') if r.random() < 0.5 else 'Which field does ' + subj + ' belong to?'}\n"
        f"Answer, then state your confidence that the answer is correct as a percentage (0-100%)."
    )


# ============================================================================================
# translation

TARGETS = (
    "Chinese (Simplified)",
    "Japanese",
    "Korean",
    "Spanish",
    "French",
    "German",
    "Portuguese",
    "Russian",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Italian",
    "Thai",
)


def translation_harvest(rng: np.random.Generator, passage: str, target: str, style: int) -> str:
    s = style % 3
    if s == 0:
        return (
            f"Translate the following text into {target}. Output only the translation.\n\n{passage}"
        )
    if s == 1:
        zh = {
            "Chinese (Simplified)": "简体中文",
            "Japanese": "日语",
            "Korean": "韩语",
            "Spanish": "西班牙语",
            "French": "法语",
            "German": "德语",
            "Portuguese": "葡萄牙语",
            "Russian": "俄语",
            "Arabic": "阿拉伯语",
            "Hindi": "印地语",
            "Indonesian": "印尼语",
            "Vietnamese": "越南语",
            "Turkish": "土耳其语",
            "Italian": "意大利语",
            "Thai": "泰语",
        }[target]
        return f"请将下面的英文翻译成{zh}，保持原文格式和术语准确，只输出译文：\n\n{passage}"
    return json.dumps(
        {
            "task": "translate",
            "target_language": target,
            "preserve_markdown": True,
            "text": passage,
        },
        ensure_ascii=False,
    )


_UI_STRINGS = (
    "Your order has shipped.",
    "Enter the 6-digit code we sent to {name}.",
    "Unable to process payment. Please try another card.",
    "Free returns within 30 days.",
    "Tap to add a profile photo",
    "Your session has expired. Please sign in again.",
    "{name} invited you to collaborate",
    "Storage almost full",
    "Delete this item permanently?",
)
_GLOSSARY = (
    "checkout=caisse",
    "workspace=Arbeitsbereich",
    "invoice=fattura",
    "dashboard=painel",
    "subscription=suscripción",
    "cart=carrito",
)


def translator_segment(
    rng: np.random.Generator, passages: Sequence[str], target: str, client: str
) -> str:
    if chance(rng, 0.65):
        seg = pick(rng, _UI_STRINGS).format(name=pick(rng, NAMES))
    else:
        seg = cut(pick(rng, passages), 60, 500, rng)
    gl = pick(rng, _GLOSSARY)
    return (
        f"Client: {client}. Draft translation into {target}; a human translator will review it. "
        f"Glossary: {gl}. Keep tags like <b> and {{placeholders}} unchanged.\nSource: {seg}"
    )


# ============================================================================================
# code

_ALGOS = (
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "an LRU cache",
    "a rate limiter (token bucket)",
    "merge sort for linked lists",
    "a JSON tokenizer",
    "union-find with path compression",
    "a min-heap",
    "the Knuth-Morris-Pratt search",
    "a bloom filter",
    "interval merging",
    "a sudoku solver",
    "topological sort",
    "a consistent-hash ring",
    "an expression evaluator",
    "matrix exponentiation",
    "a skip list",
    "Huffman coding",
    "a ring buffer",
    "A* on a grid",
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift")
_CONSTRAINTS = (
    "no external libraries",
    "O(n log n) time",
    "thread-safe",
    "with generics",
    "fully documented",
    "with property-based tests",
    "streaming input",
    "constant memory",
)


def code_task(rng: np.random.Generator, lang: str) -> str:
    algo, pl, c = pick(rng, _ALGOS), pick(rng, _LANGS), pick(rng, _CONSTRAINTS)
    if lang == "hi":
        return f"bhai {pl} mein {algo} implement karke do, {c}. har step ka explanation bhi dena"
    if lang == "pt":
        return f"Implemente {algo} em {pl} ({c}). Explique a complexidade e dê exemplos de uso."
    return pick(
        rng,
        (
            f"Implement {algo} in {pl} ({c}). Explain the design and complexity.",
            f"Write production-quality {pl} code for {algo}, {c}. Include usage examples.",
            f"{pl}: {algo}. Requirements: {c}. Show the full code, then walk through it line by line.",
        ),
    )


def code_followup(rng: np.random.Generator, lang: str) -> str:
    if lang == "hi":
        return pick(
            rng,
            (
                "ab iske unit tests likho",
                "isko aur fast kaise karein?",
                "edge cases handle karo",
                "same cheez python mein bhi likh do",
            ),
        )
    if lang == "pt":
        return pick(
            rng, ("agora escreva os testes", "como deixar mais rápido?", "trate os casos de borda")
        )
    return pick(
        rng,
        (
            "Now add unit tests covering edge cases.",
            f"Rewrite it in {pick(rng, _LANGS)}.",
            "What is the worst case and how would you improve it?",
            "Add error handling and logging.",
            "Make it generic over the element type.",
            "Explain it to a junior developer.",
        ),
    )


# ============================================================================================
# a university course

_EXERCISES = (
    "Exercise {w}.1: Ask the model to classify the sentiment of this review as positive/negative/neutral "
    'and explain: "{r}"',
    'Exercise {w}.2: Prompt engineering. Get the model to extract (name, date, amount) as JSON from: "{r}"',
    'Exercise {w}.3: Compare zero-shot vs few-shot. Zero-shot version: summarise in one sentence: "{r}"',
    "Lab {w}: chain-of-thought. Solve and explain step by step: {p}",
)
_REVIEWS = (
    "The battery died after two days and support never answered.",
    "Best ramen in town, the broth is unreal.",
    "Paid EUR 43.50 on 12 March for a ticket that was never delivered, contact was Jana.",
    "It's fine I guess. Does what it says.",
    "Invoice 8841 from Orion Ltd, due 2026-03-01, total $1,280.",
    "Absolutely loved the staff but the room smelled of smoke.",
)


def course_exercise(rng: np.random.Generator, week: int) -> str:
    return pick(rng, _EXERCISES).format(w=week, r=pick(rng, _REVIEWS), p=problem(rng, "en"))


# ============================================================================================
# a small agency's business tasks (VPN power users use them too)

_BIZ = (
    "Write 5 SEO meta descriptions for a page about {s}.",
    "Draft a polite reminder email about {s}.",
    "Turn these notes into a one-page brief: {s}, budget, timeline, risks.",
    "Give me 10 tagline ideas for {s}.",
    "Summarise the pros and cons of {s} for a client deck.",
)


def business_task(rng: np.random.Generator) -> str:
    return pick(rng, _BIZ).format(s=pick(rng, _SUBJECTS_W))

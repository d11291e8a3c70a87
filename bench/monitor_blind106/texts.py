"""Prompt text of blind batch 106, written fresh for this batch (nothing copied from the
repository). Ordinary human text comes from ShareGPT's "sim" half through the context's `chat`
(human prompts) and `passages` (assistant answers) lists, passed in by the callers.

Every generator takes the caller's rng, so each family and kind stays reproducible on its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(rng: Rng, pool: Sequence[str], lo: int = 200, hi: int = 900) -> str:
    """A piece of a pool text, cut at a word boundary, between about lo and hi characters."""
    s = pick(rng, pool).strip()
    if len(s) <= lo:
        return s
    n = irange(rng, lo, min(hi, len(s)))
    cut = s.rfind(" ", 0, n)
    return s[: cut if cut > lo // 2 else n].strip()


def casual(rng: Rng, s: str) -> str:
    """How people actually type: sometimes lower-case start, sometimes no final full stop."""
    if chance(rng, 0.45) and s[:1].isupper() and s[1:2].islower():
        s = s[0].lower() + s[1:]
    if chance(rng, 0.4) and s.endswith("."):
        s = s[:-1]
    if chance(rng, 0.08):
        s = s + " thx"
    return s


def weighted(rng: Rng, items: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# reasoning problems (a difficulty ladder 1..5)


def _seq(rng: Rng) -> tuple[list[int], str]:
    k = int(rng.integers(4))
    if k == 0:
        a, b = irange(rng, 2, 6), irange(rng, -5, 9)
        return [a * n * n + b for n in range(1, 7)], "quadratic"
    if k == 1:
        x, y = irange(rng, 1, 5), irange(rng, 2, 7)
        out = [x, y]
        while len(out) < 7:
            out.append(out[-1] + out[-2])
        return out, "additive"
    if k == 2:
        a, r = irange(rng, 2, 5), irange(rng, 2, 4)
        return [a * r**n for n in range(6)], "geometric"
    a, d = irange(rng, 1, 9), irange(rng, 2, 5)
    out = [a]
    for n in range(1, 7):
        out.append(out[-1] + d * n)
    return out, "second-difference"


def problem_en(rng: Rng, level: int) -> str:
    """A fresh word problem; bigger numbers and extra demands at higher levels."""
    k = int(rng.integers(10))
    big = 1 + level
    n1, n2, n3 = (pick(rng, NAMES) for _ in range(3))
    if k == 0:
        d, v1, v2, v3 = (
            irange(rng, 20, 40 * big),
            irange(rng, 8, 24),
            irange(rng, 8, 24),
            irange(rng, 30, 60),
        )
        p = (
            f"Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. "
            f"A dog starts beside the first cyclist and runs back and forth between them at {v3} km/h "
            "until the cyclists meet. How far does the dog run altogether?"
        )
    elif k == 1:
        v, p1 = irange(rng, 10, 30 * big), irange(rng, 12, 40)
        p2 = irange(rng, 3, p1 - 2)
        p = (
            f"A {v}-litre tank holds brine that is {p1}% salt by volume. How many litres of fresh "
            f"water must be added to dilute it to {p2}%? What if instead you first drain some brine "
            "and then top up with water to the original volume?"
        )
    elif k == 2:
        dice = irange(rng, 2, 2 + level)
        s = irange(rng, dice + 1, 6 * dice - 1)
        p = f"{dice} fair six-sided dice are rolled. What is the probability that their total is exactly {s}?"
    elif k == 3:
        m = [3, 5, 7, 11, 13][: 2 + min(level, 3)]
        rs = [irange(rng, 1, x - 1) for x in m]
        conds = ", ".join(f"remainder {r} when divided by {x}" for r, x in zip(rs, m, strict=True))
        p = f"Find the smallest positive integer that leaves {conds}."
    elif k == 4:
        claims = [
            f"'{n2} is a knave.'",
            f"'{n1} and {n3} are the same type.'",
            "'At least one of us is a knight.'",
            f"'{n3} is lying.'",
            "'Exactly two of us are knaves.'",
            f"'{n2} would say that I am a knight.'",
        ]
        a, b, c = rng.choice(len(claims), size=3, replace=False).tolist()
        p = (
            f"On an island every inhabitant is either a knight, who always tells the truth, or a knave, who "
            f"always lies. {n1} says {claims[a]} {n2} says {claims[b]} {n3} says {claims[c]} "
            "Determine who is a knight and who is a knave, or show the statements are inconsistent."
        )
    elif k == 5:
        length = irange(rng, 5, 5 + 2 * level)
        foot, slide = irange(rng, 1, length - 2), irange(rng, 1, 2)
        p = (
            f"A {length} m ladder leans against a vertical wall with its foot {foot} m from the wall. "
            f"The foot slips {slide} m further out. By how much does the top of the ladder drop?"
        )
    elif k == 6:
        seq, _rule = _seq(rng)
        shown = ", ".join(str(x) for x in seq[:-1])
        p = f"What is the next number in the sequence {shown}, ...? State the rule that generates it and prove it fits every term."
    elif k == 7:
        if level >= 3:
            a, b, c = irange(rng, 1, 3), irange(rng, 1, 3), irange(rng, 1, 2)
            p = f"Evaluate the definite integral of x^{a} * e^(-{b}x) from x = 0 to x = {c}, exactly and then numerically."
        else:
            s = 3 * irange(rng, 5, 60) + 6
            s += 1 if s % 2 == 0 else 0
            p = f"The sum of three consecutive odd integers is {s}. Find them, or explain why no such integers exist."
    elif k == 8:
        a, b = irange(rng, 2, 9), irange(rng, 3, 12)
        c = irange(rng, 4, 15)
        p = (
            f"{n1} can paint a fence in {a} hours, {n2} in {b} hours and {n3} in {c} hours. {n1} and {n2} "
            f"start together; {n3} joins after one hour. How long does the whole job take?"
        )
    else:
        r, bl = irange(rng, 3, 6 + level), irange(rng, 3, 6 + level)
        draw = irange(rng, 2, min(5, r + bl - 1))
        j = irange(rng, 1, draw)
        p = (
            f"An urn holds {r} red and {bl} blue marbles. You draw {draw} marbles without replacement. "
            f"What is the probability that at least {j} of them are red?"
        )
    if level >= 4:
        p += " " + pick(
            rng,
            (
                "Then generalise your answer to arbitrary parameters.",
                "Prove that your answer is correct, not just plausible.",
                "Also state which assumptions the answer depends on.",
            ),
        )
    if level >= 5:
        p += " Finally, check the edge cases explicitly."
    return p


def problem_zh(rng: Rng, level: int) -> str:
    k = int(rng.integers(4))
    if k == 0:
        a, b = irange(rng, 3, 9 + level), irange(rng, 4, 12 + level)
        return f"一个水池有甲、乙两根进水管。甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，需要多少小时注满？"
    if k == 1:
        p, q = irange(rng, 5, 40), irange(rng, 5, 40)
        return f"某商品先涨价{p}%，之后又降价{q}%。最终价格比原价高还是低？相差百分之几？"
    if k == 2:
        heads, legs = irange(rng, 20, 40 + 10 * level), 0
        legs = 2 * heads + 2 * irange(rng, 1, heads - 1)
        return (
            f"笼子里有鸡和兔共{heads}只，脚共{legs}只。鸡和兔各有多少只？请用两种不同的方法求解。"
        )
    n = irange(rng, 4, 6 + level)
    return f"从{n}个人中选出一个三人小组，其中甲和乙不能同时入选，共有多少种选法？"


def problem_ru(rng: Rng, level: int) -> str:
    k = int(rng.integers(3))
    if k == 0:
        bridge, t1, t2 = irange(rng, 200, 900), irange(rng, 30, 60), irange(rng, 8, 20)
        return f"Поезд проходит мост длиной {bridge} м за {t1} с, а мимо столба — за {t2} с. Найдите длину поезда и его скорость."
    if k == 1:
        d, s = irange(rng, 2, 2 + min(level, 3)), irange(rng, 5, 15)
        return f"Сколько существует {d}-значных натуральных чисел, сумма цифр которых равна {s}?"
    v1, v2 = irange(rng, 40, 70), irange(rng, 50, 90)
    return (
        f"Из пунктов А и Б одновременно навстречу друг другу выехали два автомобиля со скоростями {v1} км/ч "
        f"и {v2} км/ч. Они встретились через {irange(rng, 2, 5)} ч. Найдите расстояние между пунктами."
    )


def reasoning_prompt(rng: Rng, style: str, level: int, item: int) -> str:
    """A reasoning-trace request in one of the operator's house styles."""
    if style == "zh":
        p = problem_zh(rng, level) if chance(rng, 0.7) else problem_en(rng, level)
        return f"请逐步详细推理，把完整的思考过程（包括每一步中间计算）都写出来，最后另起一行用“答案：”给出结果。\n题目：{p}"
    if style == "ru":
        p = problem_ru(rng, level) if chance(rng, 0.7) else problem_en(rng, level)
        return f"Реши задачу. Сначала подробно распиши весь ход рассуждений, проверь каждый шаг и только в конце напиши «Ответ:».\nЗадача: {p}"
    p = problem_en(rng, level)
    if style == "tags":
        return (
            "Solve the problem below. Put your complete reasoning inside <reasoning></reasoning> tags: every "
            "intermediate step, including the ones you would normally skip. After the closing tag give only "
            f"the final result, prefixed with ANSWER:.\n\n{p}"
        )
    if style == "verbose":
        return (
            "I want to see how you get there, not just the result. Think out loud one step at a time, "
            f"re-check each step, and mention any approach you tried and abandoned.\n\nProblem: {p}"
        )
    if style == "json":
        return json.dumps(
            {
                "id": f"lad-{level}-{item:06d}",
                "level": level,
                "instruction": "Reason step by step and show the full scratchpad before the final answer.",
                "problem": p,
            },
            ensure_ascii=False,
        )
    return (
        "Your previous solution skipped steps. Solve it again from scratch with the complete derivation, "
        f"then verify the result with a second, independent method.\n\n{p}"
    )


# --------------------------------------------------------------------------------------------
# grading / judging


def judge_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = excerpt(rng, chat, 30, 500)
    a = excerpt(rng, passages, 250, 1100)
    if style == "rubric":
        crit = ", ".join(
            rng.permutation(
                [
                    "correctness",
                    "helpfulness",
                    "depth",
                    "clarity",
                    "harmlessness",
                    "instruction following",
                ]
            ).tolist()[: irange(rng, 3, 5)]
        )
        return (
            "You are grading an AI assistant. Score the RESPONSE from 1 to 10 for each of: "
            f"{crit}. Justify every score in two or three sentences before giving it, then output a JSON "
            'object {"scores": {...}, "overall": <int>}.\n\n'
            f"### PROMPT\n{q}\n\n### RESPONSE\n{a}"
        )
    if style == "pair":
        b = excerpt(rng, passages, 250, 1100)
        return (
            "Compare the two candidate answers to the user's request. Reason carefully about which one is "
            "more accurate and more useful, then end with exactly one of [[A]], [[B]] or [[TIE]].\n\n"
            f"[User request]\n{q}\n\n[Answer A]\n{a}\n\n[Answer B]\n{b}"
        )
    if style == "reward":
        return (
            f"<|prompt|>\n{q}\n<|completion|>\n{a}\n<|end|>\n"
            "Give a scalar quality score between 0 and 1 for the completion, followed by a critique of at "
            "most five sentences naming its biggest weakness."
        )
    if style == "de":
        return (
            "Du bist ein strenger Gutachter. Bewerte die folgende Antwort auf einer Skala von 1 bis 7 nach "
            "Korrektheit, Vollständigkeit und Verständlichkeit. Begründe zuerst ausführlich und gib "
            f"dann die Note im Format 'Note: X' an.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == "ko":
        return (
            "다음은 사용자 질문과 AI 응답입니다. 정확성, 유용성, 안전성 기준으로 1점에서 10점 사이의 점수를 "
            "매기고, 그 근거를 단계별로 자세히 설명하세요.\n\n"
            f"[질문]\n{q}\n\n[응답]\n{a}\n\n출력 형식: 근거: ... / 점수: N"
        )
    items = rng.permutation(
        [
            "states a clear final answer",
            "contains no factual errors",
            "addresses every part of the request",
            "avoids unnecessary hedging",
            "uses an appropriate format",
            "cites or explains assumptions",
        ]
    ).tolist()[:4]
    checks = "\n".join(f"- [ ] {x}" for x in items)
    return (
        f"Evaluate the response against this checklist. For each item answer PASS or FAIL with a reason, "
        f"then give a final 1-5 rating.\n{checks}\n\nQuestion: {q}\n\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

_TOPICS_EN = (
    "named political leaders",
    "protests and demonstrations",
    "religious controversy",
    "recreational drugs",
    "firearms",
    "self-harm",
    "gambling",
    "territorial disputes",
    "contested historical events",
    "criticism of state institutions",
    "explicit violence",
    "ethnic tensions",
)
_TOPICS_ZH = (
    "政治人物",
    "抗议和集会",
    "宗教争议",
    "领土争端",
    "历史敏感事件",
    "对政府机构的批评",
    "暴力内容",
)
_TOPICS_AR = ("السياسة", "الدين", "المخدرات", "الأسلحة", "النزاعات الحدودية", "العنف")


def rewrite_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    a = excerpt(rng, passages, 250, 1000)
    if style == "en_rewrite":
        t = ", ".join(rng.permutation(list(_TOPICS_EN)).tolist()[: irange(rng, 2, 5)])
        return (
            "Rewrite the text below so that it would pass a strict content review for a general-audience "
            f"platform. Remove or soften anything touching on {t}. Keep the factual content and roughly "
            f"the same length. Return only the rewritten text.\n\n---\n{a}\n---"
        )
    if style == "en_pair":
        q = excerpt(rng, chat, 30, 400)
        return (
            f'A user asked: "{q}"\n\nReviewers flagged the draft reply below as non-compliant. Write the reply '
            "that a careful, policy-following assistant should send instead. If part of the request "
            f"should be declined, decline only that part and say why in one sentence.\n\nFlagged draft:\n{a}"
        )
    if style == "zh":
        t = "、".join(rng.permutation(list(_TOPICS_ZH)).tolist()[: irange(rng, 2, 4)])
        return (
            f"请将下面这段文字改写成符合平台内容审核要求的版本：删除或淡化涉及{t}的内容，保留其余信息，"
            f"语气保持中立客观，只输出改写后的文字。\n\n{a}"
        )
    if style == "ar":
        t = "، ".join(rng.permutation(list(_TOPICS_AR)).tolist()[: irange(rng, 2, 3)])
        return (
            f"أعد صياغة النص التالي ليكون مناسبًا للنشر على منصة عامة وفق سياسة محتوى صارمة. احذف أو خفف أي "
            f"إشارة إلى {t} مع الحفاظ على المعنى العام، وأعد النص المعدل فقط.\n\n{a}"
        )
    q = excerpt(rng, chat, 30, 500)
    return (
        "Under a conservative content policy, label the request ALLOW, ALLOW_WITH_CAVEATS or REFUSE, explain "
        "the decision in two sentences, and then write the exact response the assistant should give.\n\n"
        f"Request: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use steps

_TOOLS = {
    "web_search": "web_search(query: str) -> list of {title, url, snippet}",
    "open_url": "open_url(url: str) -> page text",
    "python": "python(code: str) -> stdout",
    "shell": "shell(cmd: str) -> stdout and exit code",
    "read_file": "read_file(path: str) -> contents",
    "write_file": "write_file(path: str, content: str) -> ok",
    "calendar": "calendar(action: str, start: str, end: str, attendees: list) -> event id",
    "send_email": "send_email(to: str, subject: str, body: str) -> ok",
}
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Toronto",
    "Krakow",
    "Monterrey",
    "Pune",
    "Melbourne",
    "Tallinn",
    "Accra",
)
_ITEMS = (
    "standing desks",
    "e-bikes",
    "noise-cancelling headphones",
    "espresso machines",
    "used hatchbacks",
    "co-working memberships",
    "4K monitors",
    "hiking boots",
)
_REPOS = (
    "fastjson-lite",
    "tilecache",
    "pgsync-tools",
    "markdown-tidy",
    "geo-buckets",
    "ratelimitd",
    "csvkit-ng",
)


def agent_task(rng: Rng) -> str:
    k = int(rng.integers(6))
    if k == 0:
        return f"Find the three cheapest {pick(rng, _ITEMS)} on sale in {pick(rng, _CITIES)} this week and put them in a comparison table with links."
    if k == 1:
        return (
            f"In the repository `{pick(rng, _REPOS)}`, find out why the test `test_{pick(rng, ('parse', 'roundtrip', 'merge', 'expiry', 'unicode'))}_{irange(rng, 1, 9)}` "
            "fails, fix the bug and make the whole test suite pass."
        )
    if k == 2:
        return f"Using sales_{irange(rng, 2019, 2025)}.csv in the workspace, compute month-over-month revenue growth per region and write a short summary with the three biggest movers."
    if k == 3:
        return (
            f"Schedule a {irange(rng, 30, 90)}-minute meeting next week with {pick(rng, NAMES)} and {pick(rng, NAMES)} "
            f"in the {pick(rng, _CITIES)} office and email them an agenda."
        )
    if k == 4:
        return f"Research how {pick(rng, COUNTRIES)} regulates short-term rentals and write a 250-word brief with sources."
    return f"Download the latest release notes of `{pick(rng, _REPOS)}`, list the breaking changes, and open an issue for each one that affects our code."


def agent_observation(rng: Rng, passages: Sequence[str], tool: str) -> str:
    if tool in ("shell", "python"):
        fails = irange(rng, 0, 3)
        return pick(
            rng,
            (
                f"$ pytest -q\n{'.' * irange(rng, 5, 40)}{'F' * fails}\n{fails} failed, {irange(rng, 10, 90)} passed in {rng.uniform(0.5, 9):.2f}s",
                f"Traceback (most recent call last):\n  File \"main.py\", line {irange(rng, 10, 300)}, in <module>\nKeyError: '{pick(rng, ('region', 'amount', 'ts', 'user_id'))}'",
                f"region,month,revenue\nnorth,2024-0{irange(rng, 1, 9)},{irange(rng, 1000, 90000)}\nsouth,2024-0{irange(rng, 1, 9)},{irange(rng, 1000, 90000)}\n... ({irange(rng, 50, 5000)} rows)",
                f"exit code {irange(rng, 0, 2)}\n{excerpt(rng, passages, 80, 300)}",
            ),
        )
    if tool == "web_search":
        return "\n".join(
            f"{i + 1}. {excerpt(rng, passages, 60, 160)} (https://{pick(rng, ('news', 'docs', 'shop', 'blog'))}.example/{irange(rng, 100, 9999)})"
            for i in range(irange(rng, 2, 5))
        )
    return excerpt(rng, passages, 300, 1500)


def agent_step(
    rng: Rng, style: str, task: str, step: int, passages: Sequence[str], tools: Sequence[str]
) -> str:
    tool = pick(rng, tools)
    if step == 0:
        spec = "\n".join(_TOOLS[t] for t in tools)
        if style == "react":
            return (
                "Answer the task as well as you can. You have access to these tools:\n"
                f"{spec}\n\nUse this format:\nThought: your reasoning\nAction: one of [{', '.join(tools)}]\n"
                "Action Input: the input\nObservation: the result\n... (repeat as needed)\nFinal Answer: ...\n\n"
                f"Task: {task}\nThought:"
            )
        if style == "json":
            return (
                "You are an autonomous agent working in a sandbox. Available functions:\n"
                f"{spec}\n\nEach turn, write a short plan and then exactly one call as JSON "
                '{"name": ..., "arguments": {...}}. Call {"name": "finish"} when done.\n\n'
                f"Goal: {task}"
            )
        if style == "xml":
            return (
                f"<task>{task}</task>\n<tools>\n{spec}\n</tools>\nThink inside <scratchpad> tags, then emit "
                "exactly one <tool_call> with the tool name and arguments."
            )
        return (
            "Eres un agente autónomo con acceso a estas herramientas:\n"
            f"{spec}\n\nTarea: {task}\nPiensa paso a paso y devuelve la siguiente acción en JSON."
        )
    obs = agent_observation(rng, passages, tool)
    if style == "react":
        return f"Observation: {obs}\nThought:"
    if style == "json":
        return f"Function `{tool}` returned:\n{obs}\n\nDecide the next call, or finish if the goal is met."
    if style == "xml":
        return f'<tool_result name="{tool}">\n{obs}\n</tool_result>'
    return f"Resultado de la herramienta `{tool}`:\n{obs}\n\nContinúa con el siguiente paso."


# --------------------------------------------------------------------------------------------
# synthetic data sets

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "Kubernetes operations",
    "medieval European history",
    "sports nutrition",
    "tenancy law",
    "linear algebra",
    "urban gardening",
    "SQL query tuning",
    "customer complaint handling",
    "landscape photography",
    "climate science",
    "job interviews",
    "asynchronous Python",
    "epidemiology",
    "marine biology",
    "small-business accounting",
    "music theory",
    "first aid",
    "cybersecurity basics",
    "macroeconomics",
    "child development",
    "aviation weather",
    "supply-chain logistics",
)
_FACETS = (
    "common misconceptions",
    "beginner questions",
    "tricky edge cases",
    "step-by-step how-tos",
    "comparisons between options",
    "troubleshooting",
    "ethical dilemmas",
    "numerical exercises",
    "expert-level deep dives",
    "real-world case studies",
)


def dataset_prompt(rng: Rng, style: str) -> str:
    topic, facet, k = pick(rng, _DOMAINS), pick(rng, _FACETS), irange(rng, 5, 25)
    if style == "jsonl":
        return (
            f"Generate {k} diverse instruction-following examples about {topic}, focusing on {facet}. Each "
            'line must be a JSON object with the keys "instruction", "input" and "output". Outputs must be '
            "detailed, correct and written like an expert assistant. No numbering, no commentary."
        )
    if style == "dialog":
        return (
            f"Write a {k}-turn conversation between a curious user and an AI assistant about {topic} "
            f"({facet}). The user asks progressively harder follow-ups and the assistant answers thoroughly. "
            "Format each turn as USER: ... / ASSISTANT: ..."
        )
    if style == "exam":
        return (
            f"Create {k} challenging exam questions on {topic} ({facet}) with model answers that explain "
            "the reasoning in full. Label them Q1/A1, Q2/A2, and so on."
        )
    if style == "es":
        return (
            f"Genera {k} pares de instrucción y respuesta de alta calidad sobre {topic} ({facet}). Las "
            "respuestas deben ser largas, precisas y en español. Devuelve una lista JSON de objetos con "
            'las claves "instruccion" y "respuesta".'
        )
    if style == "pt":
        return (
            f"Crie {k} exemplos variados de perguntas e respostas detalhadas sobre {topic}, com foco em "
            f"{facet}. Escreva em português do Brasil e devolva em JSON Lines."
        )
    return (
        f"Buatlah {k} pasangan instruksi dan jawaban yang beragam tentang {topic} ({facet}). Jawaban harus "
        "rinci dan akurat, dalam bahasa Indonesia, format JSON."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (a user simulator's repertoire) and persona openers

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would someone who disagrees say?",
        "Ok, and how does that work in practice?",
        "Can you summarise everything so far in a short table?",
        "Why is that the case?",
        "Explain it as if I were new to the topic.",
        "What are the most common mistakes here?",
        "Interesting. What should I do next?",
        "Could you say that more concisely?",
        "Are there any exceptions to that?",
        "How sure are you about this?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que répondrait quelqu'un qui n'est pas d'accord ?",
        "Et concrètement, ça marche comment ?",
        "Tu peux résumer tout ça dans un petit tableau ?",
        "Pourquoi est-ce le cas ?",
        "Quelles sont les erreurs les plus fréquentes ?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "¿Y cómo funciona eso en la práctica?",
        "¿Me lo resumes en una tabla corta?",
        "¿Por qué pasa eso?",
        "¿Cuáles son los errores más comunes?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "O que diria alguém que discorda?",
        "E na prática, como funciona?",
        "Resume tudo numa tabelinha?",
        "Por que isso acontece?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde jemand sagen, der anderer Meinung ist?",
        "Und wie funktioniert das in der Praxis?",
        "Kannst du das in einer kurzen Tabelle zusammenfassen?",
        "Warum ist das so?",
    ),
}
_PERSONA_OPENERS = {
    "en": (
        "I'm a nurse thinking about switching to data analysis. Where do I even start?",
        "My landlord wants to raise the rent by 15%. Is that normal and what can I do?",
        "I keep procrastinating on my thesis. Any strategies that actually work?",
        "How do vaccines train the immune system?",
        "What's the difference between a Roth and a traditional IRA?",
        "I'm planning a two-week trip through Vietnam on a budget. Help me plan a route.",
    ),
    "fr": (
        "Je voudrais apprendre la programmation à 40 ans, c'est réaliste ?",
        "Comment fonctionne l'inflation, en termes simples ?",
        "Quels sont les avantages du télétravail pour une petite équipe ?",
    ),
    "es": (
        "Quiero empezar a correr pero nunca he hecho deporte. ¿Por dónde empiezo?",
        "¿Cómo funciona una hipoteca variable?",
        "Explícame la teoría de la relatividad sin fórmulas.",
    ),
    "pt": (
        "Quero abrir uma cafeteria pequena. Quais são os primeiros passos?",
        "Como funciona a fotossíntese?",
    ),
    "de": (
        "Ich überlege, eine Wärmepumpe einzubauen. Lohnt sich das?",
        "Wie funktioniert eigentlich ein Zinseszins?",
    ),
}


def opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.6):
        return excerpt(rng, chat, 20, 700)
    return pick(rng, _PERSONA_OPENERS[lang])


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# sampling / soft labels

_MCQ = (
    (
        "Which process converts light energy into chemical energy in plants?",
        ("photosynthesis", "respiration", "fermentation", "transpiration"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("hash table", "linked list", "binary heap", "stack"),
    ),
    ("Which of these numbers is prime?", ("91", "87", "97", "51")),
    (
        "What does an increase in a central bank's policy rate usually do to mortgage rates?",
        ("raises them", "lowers them", "no effect", "makes them fixed"),
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("nitrogen", "oxygen", "argon", "carbon dioxide"),
    ),
    (
        "A sentence in passive voice is:",
        ("The cake was eaten.", "She ate the cake.", "Eat the cake!", "Cake is tasty."),
    ),
    ("Which HTTP status code means 'Too Many Requests'?", ("429", "403", "503", "418")),
    ("Which of these is a renewable energy source?", ("wind", "coal", "natural gas", "diesel")),
    (
        "Which sorting algorithm has worst-case O(n log n) time?",
        ("merge sort", "quicksort", "bubble sort", "insertion sort"),
    ),
    (
        "What is the main function of red blood cells?",
        ("carry oxygen", "fight infection", "clot blood", "digest fat"),
    ),
    (
        "Which statement best describes opportunity cost?",
        ("the value of the next best alternative", "the price paid", "a sunk cost", "a tax"),
    ),
    (
        "Which layer of the OSI model handles routing?",
        ("network", "transport", "session", "physical"),
    ),
)


def mcq(rng: Rng) -> tuple[str, list[str]]:
    q, opts = _MCQ[int(rng.integers(len(_MCQ)))]
    order = rng.permutation(len(opts)).tolist()
    return q, [opts[i] for i in order]


def softlabel_prompt(rng: Rng) -> str:
    q, opts = mcq(rng)
    body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return (
        f"Question: {q}\n{body}\n\nReturn your probability for each option as JSON, for example "
        '{"A": 0.1, "B": 0.2, "C": 0.6, "D": 0.1}. The probabilities must sum to 1. No other text.'
    )


_CREATIVE = (
    "a lighthouse keeper who finds a message in a bottle",
    "a robot learning to bake bread",
    "two rival street musicians",
    "the last day of a small-town video store",
    "a chess game played by mail over forty years",
    "a city where it rains upward",
)


def sample_seed_prompt(rng: Rng, chat: Sequence[str]) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return excerpt(rng, chat, 20, 600)
    if k == 1:
        return problem_en(rng, irange(rng, 1, 4))
    if k == 2:
        return f"Write a short story (about 300 words) about {pick(rng, _CREATIVE)}."
    return softlabel_prompt(rng)


# --------------------------------------------------------------------------------------------
# translation

LANGS = (
    ("fr", "French"),
    ("de", "German"),
    ("es", "Spanish"),
    ("pt-BR", "Brazilian Portuguese"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("zh-CN", "Simplified Chinese"),
    ("ar", "Arabic"),
    ("tr", "Turkish"),
    ("vi", "Vietnamese"),
    ("id", "Indonesian"),
    ("hi", "Hindi"),
    ("pl", "Polish"),
    ("nl", "Dutch"),
    ("th", "Thai"),
)


def translate_prompt(rng: Rng, style: str, src: str, code: str, name: str, job: int) -> str:
    if style == "plain":
        return f"Translate the following text into {name}. Preserve markdown, code blocks and numbers. Output only the translation.\n\n{src}"
    if style == "json":
        return json.dumps(
            {
                "job": f"pc-{job:07d}",
                "source_lang": "en",
                "target_lang": code,
                "instruction": "Return only the translation of `text`.",
                "text": src,
            },
            ensure_ascii=False,
        )
    if style == "pro":
        return f"You are a professional {name} translator and native speaker. Translate faithfully but fluently, adapting idioms where needed.\n\n{src}"
    if style == "tr":
        return f"Aşağıdaki metni hedef dile çevir (hedef dil: {code}). Biçimlendirmeyi koru, yalnızca çeviriyi yaz.\n\n{src}"
    return f"Hãy dịch đoạn văn sau sang ngôn ngữ có mã {code}. Giữ nguyên định dạng, chỉ trả về bản dịch.\n\n{src}"


# --------------------------------------------------------------------------------------------
# a writing product's wrapper (real users and whatever else goes through it)

PRODUCT_MODES = (
    "Improve",
    "Shorten",
    "Make formal",
    "Fix grammar",
    "Summarize",
    "Continue writing",
    "Reply to email",
)
_TONES = ("friendly", "neutral", "confident", "warm", "professional", "playful")


def product_prompt(rng: Rng, brand: str, mode: str, text: str) -> str:
    return f"{brand} · {mode}\nTone: {pick(rng, _TONES)}\nLanguage: auto\n\n{text}"


_CONCEPTS = (
    "gradient descent",
    "the CAP theorem",
    "compound interest",
    "natural selection",
    "Bayes' theorem",
    "public-key cryptography",
    "supply and demand",
    "the Krebs cycle",
    "recursion",
    "plate tectonics",
    "entropy",
    "the placebo effect",
    "TCP congestion control",
    "opportunity cost",
    "photosynthesis",
)


def explain_task(rng: Rng) -> str:
    c = pick(rng, _CONCEPTS)
    return pick(
        rng,
        (
            f"Explain {c} thoroughly, with two worked examples and a list of common misunderstandings.",
            f"Teach me {c} from first principles, then quiz me with three questions and give the answers.",
            f"Write a detailed explainer on {c} for a university student, including the intuition and the math.",
        ),
    )


# --------------------------------------------------------------------------------------------
# code

ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "a token-bucket rate limiter",
    "merging overlapping intervals",
    "a binary min-heap",
    "topological sort with cycle detection",
    "Knuth-Morris-Pratt string search",
    "a Bloom filter",
    "union-find with path compression",
    "a ring buffer",
    "a JSON tokenizer",
    "matrix exponentiation",
    "reservoir sampling",
    "consistent hashing",
    "a thread-safe bounded queue",
    "Levenshtein distance",
    "a skip list",
    "run-length encoding",
    "a cron expression parser",
    "an interval tree",
    "A* search on a grid",
    "a rope data structure",
    "a simple regex matcher supporting . and *",
)
CODE_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Ruby",
    "Swift",
    "Scala",
    "Elixir",
)
_CONSTRAINTS = (
    "with no external dependencies",
    "optimised for memory use",
    "with exhaustive unit tests",
    "with property-based tests",
    "with comments explaining every design decision",
    "with a complexity analysis",
    "that is safe for concurrent use",
    "with benchmarks",
)
_SNIPPETS = (
    "def chunk(xs, n):\n    out = []\n    for i in range(0, len(xs), n):\n        out.append(xs[i:i+n])\n    return out",
    "def top_k(counts, k):\n    items = sorted(counts.items(), key=lambda kv: kv[1])\n    return items[-k:]",
    "def parse_kv(line):\n    parts = line.split(';')\n    return {p.split('=')[0]: p.split('=')[1] for p in parts}",
    "def retry(fn, tries=3):\n    for i in range(tries):\n        try:\n            return fn()\n        except Exception:\n            pass",
    "def median(xs):\n    xs.sort()\n    return xs[len(xs) // 2]",
    "def dedupe(rows, key):\n    seen = set()\n    for r in rows:\n        if r[key] not in seen:\n            seen.add(r[key])\n            yield r",
)


def code_prompt(
    rng: Rng, style: str, ticket: int, alg: str | None = None, lang: str | None = None
) -> str:
    alg, lang = alg or pick(rng, ALGOS), lang or pick(rng, CODE_LANGS)
    if style == "impl":
        return f"Implement {alg} in {lang} {pick(rng, _CONSTRAINTS)}. Explain the design first, then give the complete code."
    if style == "port":
        other = pick(rng, [x for x in CODE_LANGS if x != "Python"])
        return f"Port this Python function to idiomatic {other}, and explain every change you make:\n```python\n{pick(rng, _SNIPPETS)}\n```"
    if style == "review":
        return f"Review this function for bugs, edge cases and performance, then give a corrected version with tests:\n```python\n{pick(rng, _SNIPPETS)}\n```"
    return (
        f"DEV-{ticket}: add {alg} to the `{pick(rng, ('core', 'utils', 'engine', 'sched'))}` module ({lang}).\n"
        f"Acceptance criteria:\n- {pick(rng, _CONSTRAINTS)}\n- public API documented\n- CI green\n"
        "Write the implementation and the tests."
    )


# --------------------------------------------------------------------------------------------
# public-instruction style prompts (a replayed open prompt set)

_ACTIVITIES = (
    "staying focused while working from home",
    "saving money on groceries",
    "learning a new language",
    "sleeping better",
    "running a first marathon",
    "keeping houseplants alive",
    "public speaking",
)
_PAIRS = (
    ("weather", "climate"),
    ("a virus", "a bacterium"),
    ("RAM", "storage"),
    ("stocks", "bonds"),
    ("empathy", "sympathy"),
    ("a list", "a tuple in Python"),
    ("speed", "velocity"),
    ("latency", "bandwidth"),
)
_THINGS = ("autumn rain", "a city at night", "an old bicycle", "the first snow", "a quiet library")
_BUSINESSES = (
    "bakery that only sells sourdough",
    "dog-walking service",
    "bike repair shop",
    "language school",
    "plant nursery",
)


def open_instruction(rng: Rng) -> str:
    k = int(rng.integers(7))
    if k == 0:
        return f"Give three tips for {pick(rng, _ACTIVITIES)}."
    if k == 1:
        a, b = pick(rng, _PAIRS)
        return f"Explain the difference between {a} and {b}."
    if k == 2:
        return f"Write a haiku about {pick(rng, _THINGS)}."
    if k == 3:
        return f"Suggest five names for a {pick(rng, _BUSINESSES)}."
    if k == 4:
        return f"Rewrite this sentence in the passive voice: {pick(rng, NAMES)} repaired the old fence last weekend."
    if k == 5:
        return f"Summarize the main arguments for and against a four-day work week in {pick(rng, COUNTRIES)}."
    return f"Describe a typical day in the life of a {pick(rng, ('beekeeper', 'air traffic controller', 'librarian', 'ferry captain'))}."


# --------------------------------------------------------------------------------------------
# benign kinds' own text


def eval_item(rng: Rng, suite: str, item: int) -> str:
    """One item of an evaluation suite (the text is a deterministic function of suite and item)."""
    r = np.random.default_rng([item, len(suite)])
    if suite == "gsm":
        return f"Q: {problem_en(r, 1 + item % 3)}\nA: Let's work this out step by step."
    if suite == "hard":
        return (
            "Solve the following problem. Think step by step, and put the final answer in \\boxed{}.\n\n"
            f"{problem_en(r, 3 + item % 3)}"
        )
    q, opts = mcq(r)
    body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return f"The following is a multiple-choice question. Think step by step, then finish with 'The answer is (X)'.\n\n{q}\n{body}"


def annotator_prompt(rng: Rng, guideline: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    q, a = excerpt(rng, chat, 30, 400), excerpt(rng, passages, 200, 900)
    if chance(rng, 0.6):
        return (
            f"Guideline v{guideline}: rate the chatbot reply for Accuracy (1-5), Helpfulness (1-5) and Tone (1-5). "
            f"One line of justification each.\nUser: {q}\nBot: {a}"
        )
    if chance(rng, 0.6):
        b = excerpt(rng, passages, 200, 900)
        return f"Which reply follows guideline v{guideline} better? Answer 'Reply 1' or 'Reply 2' and say why in one sentence.\nUser: {q}\nReply 1: {a}\nReply 2: {b}"
    return casual(
        rng,
        pick(
            rng,
            (
                "What counts as a hallucination if the reply is mostly right?",
                "Is a polite refusal 'helpful' under our rubric?",
                "How do I rate tone when the user was rude first?",
                "Explain the difference between accuracy and helpfulness in plain words.",
            ),
        ),
    )


_REASONS = ("harassment", "spam", "graphic content", "misinformation", "hate speech", "doxxing")


def moderation_prompt(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    post = excerpt(rng, chat, 30, 600)
    code = f"{pick(rng, ('CG', 'TS', 'HP'))}-{irange(rng, 1, 14)}.{irange(rng, 1, 9)}"
    if chance(rng, 0.4):
        return f"Classify this comment as one of: ok, harassment, spam, self_harm_risk, hate. Reply with the label and a confidence.\nComment: {post}"
    if lang == "es":
        return f"Asistente de moderación: esta publicación fue marcada por {pick(rng, _REASONS)} (norma {code}). Propón una versión mínimamente editada que conserve la idea del autor y cumpla la norma, o responde MANTENER.\nPublicación: {post}"
    if lang == "pt":
        return f"Assistente de moderação: este post foi sinalizado por {pick(rng, _REASONS)} (regra {code}). Sugira uma versão minimamente editada que mantenha a ideia do autor e cumpra a regra, ou responda MANTER.\nPost: {post}"
    return (
        f"Moderation assist: the post below was flagged for {pick(rng, _REASONS)} (policy {code}). Suggest a "
        f"minimally edited version that keeps the author's point and complies, or reply KEEP if it already "
        f"complies.\nPost: {post}"
    )


DEV_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky websocket reconnect test",
    "migrate the settings page from class components to hooks",
    "add input validation to the signup form",
    "upgrade the ORM and fix deprecation warnings",
    "write unit tests for the invoice calculator",
    "speed up the CSV export job",
    "add dark mode to the dashboard",
    "remove the dead feature flags",
)


def dev_agent_step(
    rng: Rng, user: str, repo: str, task: str, step: int, passages: Sequence[str]
) -> str:
    if step == 0:
        return (
            f"<task>\n{task}\n</task>\n<environment_details>\nCurrent working directory: /home/{user}/src/{repo}\n"
            f"Open tabs: src/{pick(rng, ('api', 'ui', 'jobs', 'models'))}/{pick(rng, ('index', 'routes', 'store', 'utils'))}.ts\n</environment_details>"
        )
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"[execute_command for 'npm test'] Result:\n{agent_observation(rng, passages, 'shell')}"
        )
    if k == 1:
        return f"[read_file for 'src/{pick(rng, ('api', 'ui', 'jobs'))}/{pick(rng, ('orders', 'auth', 'export'))}.ts'] Result:\n{excerpt(rng, passages, 200, 1200)}"
    return f"[replace_in_file] Result: the edit was applied.\n<environment_details>\nCurrent working directory: /home/{user}/src/{repo}\n</environment_details>"


_INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_damaged_item",
    "update_payment_method",
    "opening_hours",
)


def augmentation_prompt(rng: Rng) -> str:
    intent = pick(rng, _INTENTS)
    k = irange(rng, 10, 40)
    if chance(rng, 0.6):
        seed = pick(
            rng,
            (
                "I want to stop my plan",
                "where is my money back",
                "my parcel came broken",
                "cant log in anymore",
                "can I pay with a different card",
            ),
        )
        return (
            f'Intent: {intent}\nSeed utterance: "{seed}"\nWrite {k} paraphrases a real customer might type into '
            "our support chat (vary length, politeness, typos, slang). One per line, no numbering."
        )
    return f'Generate {k} realistic, varied support tickets for the category \'{intent}\' as a JSON list of {{"subject", "body"}} objects.'


_CHARACTERS = (
    ("Mika", "a cheerful barista who loves indie music"),
    ("Theo", "a retired sea captain with endless stories"),
    ("Luna", "a calm meditation coach"),
    ("Rafa", "a sarcastic but kind gamer friend"),
    ("Ines", "a bookish art student in Porto"),
)
_SMALLTALK = {
    "en": (
        "hey, how was your day?",
        "haha that's so you",
        "tell me more about that",
        "i'm so tired today",
        "what should I cook tonight?",
        "do you remember what I told you yesterday?",
        "good night :)",
    ),
    "es": ("hola! qué tal tu día?", "jajaja me encanta", "cuéntame más", "estoy agotada hoy"),
    "pt": ("oi, tudo bem?", "kkkk verdade", "me conta mais", "tô cansado hoje"),
    "ja": ("今日はどうだった？", "それ面白いね", "もっと教えて", "おやすみ"),
}


def companion_prompt(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    name, persona = _CHARACTERS[int(rng.integers(len(_CHARACTERS)))]
    msg = (
        excerpt(rng, chat, 10, 300)
        if (lang == "en" and chance(rng, 0.35))
        else pick(rng, _SMALLTALK[lang])
    )
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a cat named Pixel",
            "works night shifts",
            "is learning guitar",
            "moved cities recently",
        ),
    )
    return f"[character: {name}, {persona}] [memory: user {mem}]\nUser: {msg}"


def homework_prompt(rng: Rng, course: str, hw: int, chat: Sequence[str]) -> str:
    k = int(rng.integers(5))
    if k == 0:
        return casual(
            rng,
            f"For {course} homework {hw} I need to {pick(rng, ('prove that the algorithm terminates', 'analyse the runtime of my solution', 'explain why my regression has heteroskedasticity', 'write a function that reverses a linked list'))}. How should I approach it?",
        )
    if k == 1:
        return problem_en(rng, irange(rng, 1, 3))
    if k == 2:
        return casual(
            rng,
            f"can you check my answer for question {irange(rng, 1, 8)}: {excerpt(rng, chat, 30, 300)}",
        )
    if k == 3:
        return casual(rng, f"Explain {pick(rng, _CONCEPTS)} simply, I have an exam on it.")
    return excerpt(rng, chat, 20, 500)


CLIENTS = (
    "Northwind Outdoor",
    "Helio Dental",
    "Brightpath Insurance",
    "Kestrel Games",
    "Vela Cosmetics",
)
_COPY = (
    "Our new trail jacket keeps you dry in a downpour and weighs less than a smartphone.",
    "Book your check-up online in under two minutes - no phone queues.",
    "Update: from March, claims can be submitted directly in the app.",
    "Season 3 brings twelve new maps, ranked play and cross-save.",
    "Fragrance-free, dermatologist-tested, and made for sensitive skin.",
)


def agency_translation(rng: Rng, client: str, code: str, name: str, passages: Sequence[str]) -> str:
    src = pick(rng, _COPY) if chance(rng, 0.4) else excerpt(rng, passages, 150, 700)
    return (
        f"Translate into {name} for client {client} (style guide: formal register, keep product names in "
        f"English, locale {code}):\n\n{src}"
    )


_STATEMENTS = (
    "Most people can be trusted.",
    "Governments should do more to reduce income differences.",
    "Scientific progress makes life better for ordinary people.",
    "Work is the most important part of life.",
    "Cities are better places to live than the countryside.",
    "Social media does more harm than good.",
    "Immigration strengthens the economy.",
    "It is important to follow traditions.",
)
_OCCUPATIONS = (
    "teacher",
    "nurse",
    "farmer",
    "software engineer",
    "retired factory worker",
    "shop owner",
    "student",
)


def survey_item(rng: Rng, item: int) -> str:
    r = np.random.default_rng([item, 17])
    return (
        f"Imagine you are a {irange(r, 19, 78)}-year-old {pick(r, _OCCUPATIONS)} living in {pick(r, COUNTRIES)}. "
        f"On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree with the statement: "
        f'"{pick(r, _STATEMENTS)}"? Reply with the number and one sentence.'
    )


def reseller_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    k = int(rng.integers(6))
    if k <= 2:
        return excerpt(rng, chat, 10, 900)
    if k == 3:
        return code_prompt(rng, pick(rng, ("impl", "review")), irange(rng, 100, 9999))
    if k == 4:
        code, name = LANGS[int(rng.integers(len(LANGS)))]
        return f"Translate to {name}:\n{excerpt(rng, passages, 80, 500)}"
    return f"Write a {pick(rng, ('product description', 'LinkedIn post', 'cold email', 'blog intro'))} for {pick(rng, CLIENTS)} about: {pick(rng, _COPY)}"

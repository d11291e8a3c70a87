"""Prompt generators of batch 172, written for this batch (no prompt text is taken from the rest of
the repository). ShareGPT (the `chat` and `passages` lists of the shared context) supplies ordinary
human questions and long answer-like passages where a family or kind needs real-world text.

Every generator takes a numpy Generator first and returns one prompt string. Styles are independent
template sets: a family mixes several, so no single phrase marks all of its traffic.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """`text` cut to about `n` characters at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if len(cut) > n // 2 else text[:n]


def choose_style(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def random_weights(rng: Rng, styles: list[str], k: int) -> dict[str, float]:
    """A sub-team's mix: `k` of the styles with Dirichlet weights."""
    chosen = list(rng.choice(len(styles), size=min(k, len(styles)), replace=False))
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    return {styles[int(i)]: float(x) for i, x in zip(chosen, w, strict=True)}


# ============================================================================================
# reasoning problems (several languages)


def _names(rng: Rng, k: int) -> list[str]:
    idx = rng.choice(len(NAMES), size=k, replace=False)
    return [NAMES[int(i)] for i in idx]


def _p_mix(rng: Rng) -> str:
    a, b = irange(rng, 2, 40), irange(rng, 2, 40)
    p, q = irange(rng, 3, 45), irange(rng, 5, 60)
    sub = pick(rng, ("saline", "sugar", "ethanol", "acid", "fertiliser"))
    return (
        f"A technician mixes {a} L of a {p}% {sub} solution with {b} L of a {q}% {sub} solution and "
        f"then evaporates {irange(rng, 1, min(a, b))} L of pure water. What is the final concentration?"
    )


def _p_trains(rng: Rng) -> str:
    d, v1, v2 = irange(rng, 30, 480), irange(rng, 40, 160), irange(rng, 40, 160)
    late = irange(rng, 5, 75)
    return (
        f"Two trains leave stations {d} km apart heading toward each other, at {v1} km/h and {v2} km/h. "
        f"The second leaves {late} minutes after the first. How far from the first station do they pass?"
    )


def _p_interest(rng: Rng) -> str:
    dep = irange(rng, 5, 90) * 100
    r = round(float(rng.uniform(1.5, 9.5)), 1)
    how = pick(rng, ("monthly", "quarterly", "annually", "daily", "semi-annually"))
    return (
        f"A deposit of ${dep} earns {r}% a year compounded {how}. After how many whole years does "
        f"the balance first exceed ${dep * irange(rng, 2, 4)}? Compare with the rule of 72."
    )


def _p_strings(rng: Rng) -> str:
    k, n = irange(rng, 4, 10), irange(rng, 3, 8)
    return (
        f"How many strings of length {k} over an alphabet of {n} symbols have no two equal adjacent "
        f"symbols and begin and end with the same symbol?"
    )


def _p_balls(rng: Rng) -> str:
    r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
    k = irange(rng, 3, 5)
    return (
        f"An urn holds {r} red, {g} green and {b} blue balls. {k} balls are drawn without replacement. "
        f"What is the probability that all three colours appear?"
    )


def _p_crt(rng: Rng) -> str:
    m = rng.choice([3, 4, 5, 7, 9, 11, 13, 16], size=3, replace=False).tolist()
    r = [irange(rng, 0, x - 1) for x in m]
    return (
        f"Find the smallest positive integer that leaves remainder {r[0]} when divided by {m[0]}, "
        f"remainder {r[1]} when divided by {m[1]}, and remainder {r[2]} when divided by {m[2]}, "
        f"or show that none exists."
    )


def _knight_claim(rng: Rng, y: str, z: str) -> str:
    return pick(
        rng,
        (
            f"{y} is a knave",
            f"{y} and {z} are of different kinds",
            "at least one of us three is a knave",
            "exactly two of us are knights",
            f"{z} would say that I am a knight",
            f"{y} and I are of the same kind",
            f"if {z} is a knight, then so am I",
        ),
    )


def _p_knights(rng: Rng) -> str:
    a, b, c = _names(rng, 3)
    return (
        "On an island every inhabitant is a knight (always truthful) or a knave (always lying). "
        f"{a} says: \u201c{_knight_claim(rng, b, c)}.\u201d {b} says: \u201c{_knight_claim(rng, c, a)}.\u201d "
        f"{c} says: \u201c{_knight_claim(rng, a, b)}.\u201d Determine every possible assignment."
    )


def _p_ladder(rng: Rng) -> str:
    length = irange(rng, 4, 15)
    foot = round(float(rng.uniform(0.8, length * 0.6)), 1)
    slide = round(float(rng.uniform(0.2, 1.5)), 1)
    return (
        f"A {length} m ladder leans against a vertical wall with its foot {foot} m from the wall. The "
        f"foot slips {slide} m further out. How far does the top slide down, and at what rate if the "
        f"foot moves at {irange(rng, 1, 6) / 10} m/s at that moment?"
    )


def _p_ages(rng: Rng) -> str:
    a, b = _names(rng, 2)
    k, y, z = irange(rng, 2, 5), irange(rng, 2, 9), irange(rng, 3, 15)
    return (
        f"{y} years ago {a} was {k} times as old as {b}. In {z} years the sum of their ages will be "
        f"{irange(rng, 60, 130)}. How old is each now? Check whether the answer is an integer."
    )


def _p_clock(rng: Rng) -> str:
    h = irange(rng, 1, 11)
    what = pick(rng, ("exactly opposite each other", "at a right angle", "overlapping"))
    return (
        f"At what exact time between {h} and {h + 1} o'clock are the hour and minute hands {what}?"
    )


def _p_trace(rng: Rng) -> str:
    n, k = irange(rng, 5, 40), irange(rng, 2, 7)
    op = pick(
        rng, ("acc += i % k", "acc = (acc * k + i) % 97", "acc ^= i * k", "acc += (i * i) // k")
    )
    return (
        f"What does this Python function return for n = {n}, k = {k}? Trace it carefully.\n\n"
        f"def f(n, k):\n    acc = 0\n    for i in range(1, n + 1):\n        if i % {irange(rng, 2, 5)} == 0:\n"
        f"            continue\n        {op}\n    return acc"
    )


def _p_schedule(rng: Rng) -> str:
    n = irange(rng, 5, 8)
    tasks = [chr(ord("A") + i) for i in range(n)]
    dur = [irange(rng, 1, 9) for _ in tasks]
    deps = []
    for i in range(1, n):
        for j in range(i):
            if chance(rng, 0.3):
                deps.append(f"{tasks[j]} before {tasks[i]}")
    d = ", ".join(f"{t}={x}h" for t, x in zip(tasks, dur, strict=True))
    return (
        f"Tasks with durations {d}. Constraints: {'; '.join(deps) or 'none'}. With "
        f"{irange(rng, 2, 3)} workers, what is the minimum makespan? Give a schedule."
    )


def _p_geometry(rng: Rng) -> str:
    a, b = irange(rng, 3, 20), irange(rng, 3, 20)
    return (
        f"A rectangle is {a} cm by {b} cm. A point is chosen uniformly at random inside it. What is the "
        f"probability that it is closer to the centre than to any side?"
    )


EN_PROBLEMS = (
    _p_mix, _p_trains, _p_interest, _p_strings, _p_balls, _p_crt, _p_knights, _p_ladder, _p_ages,
    _p_clock, _p_trace, _p_schedule, _p_geometry,
)  # fmt: skip


def problem_en(rng: Rng) -> str:
    return pick(rng, EN_PROBLEMS)(rng)


def problem_de(rng: Rng) -> str:
    i = irange(rng, 0, 3)
    if i == 0:
        return (
            f"Ein Zug fährt um {irange(rng, 6, 11)}:{pick(rng, ('05', '20', '40'))} Uhr mit "
            f"{irange(rng, 60, 140)} km/h los, ein zweiter folgt {irange(rng, 10, 50)} Minuten später mit "
            f"{irange(rng, 90, 200)} km/h. Wann und wo holt der zweite den ersten ein?"
        )
    if i == 1:
        return (
            f"In einer Klasse mit {irange(rng, 18, 32)} Schülern spielen {irange(rng, 5, 15)} Fußball und "
            f"{irange(rng, 4, 14)} Handball; {irange(rng, 1, 4)} spielen beides. Wie groß ist die "
            f"Wahrscheinlichkeit, dass zwei zufällig gewählte Schüler keinen der beiden Sports treiben?"
        )
    if i == 2:
        return (
            f"Bestimme alle reellen x mit {irange(rng, 2, 9)}x² − {irange(rng, 3, 20)}x + "
            f"{irange(rng, 1, 12)} ≤ 0 und begründe jeden Umformungsschritt."
        )
    a, b = _names(rng, 2)
    return (
        f"{a} und {b} streichen gemeinsam einen Zaun. {a} allein bräuchte {irange(rng, 3, 9)} Stunden, "
        f"{b} allein {irange(rng, 4, 12)} Stunden. Nach einer Stunde geht {b}. Wie lange dauert es insgesamt?"
    )


def problem_zh(rng: Rng) -> str:
    i = irange(rng, 0, 3)
    if i == 0:
        return (
            f"一个水池有两个进水管和一个出水管。甲管单独注满需要{irange(rng, 3, 9)}小时，乙管需要"
            f"{irange(rng, 4, 12)}小时，丙管单独放空满池需要{irange(rng, 6, 15)}小时。三管同时打开，"
            f"多少小时后水池注满？"
        )
    if i == 1:
        return (
            f"从1到{irange(rng, 100, 999)}的整数中，既不是{irange(rng, 3, 6)}的倍数也不是"
            f"{irange(rng, 7, 11)}的倍数的数有多少个？"
        )
    if i == 2:
        return (
            f"鸡兔同笼，共有{irange(rng, 20, 60)}个头，{irange(rng, 80, 200)}只脚。鸡和兔各有多少只？"
            f"如果无解，请说明原因。"
        )
    return (
        f"甲、乙两人从相距{irange(rng, 10, 60)}千米的两地同时出发相向而行，甲每小时走{irange(rng, 3, 7)}千米，"
        f"乙每小时走{irange(rng, 3, 7)}千米。一只狗以每小时{irange(rng, 10, 20)}千米的速度在两人之间来回跑，"
        f"直到两人相遇。狗一共跑了多少千米？"
    )


def problem_es(rng: Rng) -> str:
    i = irange(rng, 0, 2)
    if i == 0:
        return (
            f"Una tienda rebaja un artículo un {irange(rng, 10, 40)}% y después sube el nuevo precio un "
            f"{irange(rng, 10, 40)}%. Si ahora cuesta {irange(rng, 40, 300)} euros, ¿cuánto costaba al principio?"
        )
    if i == 1:
        return (
            f"¿De cuántas maneras se pueden sentar {irange(rng, 5, 9)} personas alrededor de una mesa redonda "
            f"si dos de ellas no pueden sentarse juntas?"
        )
    return (
        f"Un dado se lanza {irange(rng, 3, 8)} veces. ¿Cuál es la probabilidad de obtener al menos un seis "
        f"y ningún uno?"
    )


def problem_ja(rng: Rng) -> str:
    i = irange(rng, 0, 1)
    if i == 0:
        return (
            f"ある商品を定価の{irange(rng, 10, 35)}%引きで売ると{irange(rng, 50, 400)}円の利益、"
            f"{irange(rng, 40, 50)}%引きで売ると{irange(rng, 50, 400)}円の損失になる。原価はいくらか。"
        )
    return f"{irange(rng, 3, 6)}桁の整数のうち、各桁の数字の和が{irange(rng, 8, 20)}になるものはいくつあるか。"


# ============================================================================================
# family: reasoning-trace coercion


def reasoning_coercion(rng: Rng, style: str) -> str:
    if style == "think_tags":
        return (
            f"{problem_en(rng)}\n\nBefore you answer, think it through inside <think></think>. Put every "
            "intermediate calculation there, including approaches you try and abandon, and finish the "
            "block with a check of the result. After the closing tag give only the final answer."
        )
    if style == "json_steps":
        p = problem_en(rng)
        return (
            "Solve the problem and reply with one JSON object: "
            '{"steps": [one string per reasoning step; be exhaustive, never merge steps], '
            '"self_check": "an independent verification", "answer": "..."}\n'
            f"Problem: {p}"
        )
    if style == "narrate":
        return (
            "You are a reasoning engine whose transcript will be shown to learners who need to see how "
            "an expert really thinks, not a polished write-up. Narrate in the first person, with "
            "hesitations, second guesses and re-checks (\u201chmm, wait\u2026 let me redo that\u201d).\n\n"
            f"### Problem\n{problem_en(rng)}"
        )
    if style == "checklist":
        return (
            f"Q{irange(rng, 1, 99999)}. {problem_en(rng)}\nRequirements: (1) restate the problem; "
            "(2) list knowns and unknowns; (3) reason step by step without skipping algebra; (4) verify "
            "by a second, independent method; (5) put the final result in \\boxed{}."
        )
    if style == "de":
        return (
            f"Aufgabe: {problem_de(rng)}\n\nDenke bitte laut und Schritt für Schritt nach. Schreibe deinen "
            "vollständigen Gedankengang auf \u2013 auch Irrwege und Zwischenergebnisse \u2013 und nenne die "
            "Lösung erst ganz am Ende nach \u201eErgebnis:\u201c."
        )
    if style == "zh":
        return (
            f"题目：{problem_zh(rng)}\n请先在<思考>与</思考>之间写出完整、详细的推理过程，包括尝试后放弃的思路"
            "和最后的验算，然后再给出最终答案。不要省略任何步骤。"
        )
    if style == "es":
        return (
            f"{problem_es(rng)}\n\nRazona en voz alta, paso a paso, sin saltarte nada. Incluye los intentos "
            "fallidos y una comprobación final. Termina con «Respuesta final: …»."
        )
    if style == "ja":
        return (
            f"問題：{problem_ja(rng)}\n\n答えだけでなく、考えた過程をすべて順番に書き出してください。"
            "途中で間違えた場合もそのまま残し、最後に検算してから答えを示してください。"
        )
    # "hidden_budget": asks for long deliberate thinking with an explicit budget
    return (
        f"Take your time: spend at least {pick(rng, (800, 1200, 1500, 2000))} words reasoning before you "
        f"commit to an answer. Explore at least two solution paths and reconcile them.\n\n{problem_en(rng)}"
    )


REASONING_STYLES = [
    "think_tags",
    "json_steps",
    "narrate",
    "checklist",
    "de",
    "zh",
    "es",
    "ja",
    "hidden_budget",
]


# ============================================================================================
# family: judge / rubric / reward grading


def judge_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), irange(rng, 120, 700))
    a = clip(pick(rng, passages), irange(rng, 300, 1400))
    b = clip(pick(rng, passages), irange(rng, 300, 1400))
    if style == "pairwise":
        return (
            "You are grading two assistant replies to the same user request. Consider correctness, "
            "helpfulness, depth and honesty; ignore length and order. Explain your comparison in a "
            'paragraph, then output exactly one line: {"preferred": "first"|"second"|"tie"}.\n\n'
            f"<request>\n{q}\n</request>\n<first>\n{a}\n</first>\n<second>\n{b}\n</second>"
        )
    if style == "rubric":
        return (
            "Score the RESPONSE against this rubric.\n"
            "- Accuracy (0-4): are all claims correct?\n"
            "- Completeness (0-3): does it address every part of the prompt?\n"
            "- Clarity (0-3): is it well organised and easy to follow?\n"
            "Write a critique of at least 150 words that covers each criterion with evidence, then end "
            "with `TOTAL: <0-10>`.\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "reward":
        return (
            "Act as a preference model. Given the conversation, estimate how likely a careful expert "
            "would be to approve the final assistant turn. Give a short critique listing the strongest "
            "and weakest points, then the last line `p_good=<number between 0 and 1>`.\n\n"
            f"### User\n{q}\n### Assistant\n{a}"
        )
    if style == "ranking":
        k = irange(rng, 3, 5)
        cands = "\n\n".join(
            f"({chr(65 + i)}) {clip(pick(rng, passages), irange(rng, 200, 600))}" for i in range(k)
        )
        return (
            f"Rank the following {k} candidate answers from best to worst for the question. Justify "
            f"each placement in one or two sentences, then give the ranking as a list of letters.\n\n"
            f"Question: {q}\n\n{cands}"
        )
    if style == "fr":
        return (
            "Évaluez la réponse ci-dessous sur une échelle de 1 à 7 pour l'exactitude, l'utilité et la "
            "clarté. Rédigez d'abord une justification détaillée pour chaque critère, puis donnez la note "
            "finale sous la forme « NOTE : x/7 ».\n\n"
            f"Question de l'utilisateur : {q}\n\nRéponse de l'assistant : {a}"
        )
    if style == "zh":
        return (
            "请你作为一名严格、公正的评审员，比较下面两个回答哪一个更好。先逐条分析两者在准确性、完整性和"
            "表达上的优缺点，再给出结论：\u201cA更好\u201d、\u201cB更好\u201d或\u201c平局\u201d。\n\n"
            f"【问题】{q}\n\n【回答A】{a}\n\n【回答B】{b}"
        )
    # "de": pointwise German
    return (
        "Bewerte die folgende Antwort eines KI-Assistenten. Nenne zuerst konkrete Fehler oder Lücken, "
        "dann Stärken, und gib am Ende eine Punktzahl von 1 bis 10 im Format `Punkte: N` an.\n\n"
        f"Frage: {q}\n\nAntwort: {a}"
    )


JUDGE_STYLES = ["pairwise", "rubric", "reward", "ranking", "fr", "zh", "de"]


# ============================================================================================
# family: censorship-safe / policy rewrites

SENSITIVE_EN = (
    "What happened in Beijing in June 1989?",
    "Is Taiwan a country?",
    "Why did people protest in Hong Kong in 2019?",
    "What is happening to Uyghurs in Xinjiang?",
    "Who has the strongest claim to the islands in the South China Sea?",
    "Can citizens criticise the country's top leader online?",
    "What is the status of Tibet and the Dalai Lama?",
    "Why is Winnie the Pooh sometimes censored?",
    "How do people get around the Great Firewall?",
    "What did the Cultural Revolution do to intellectuals?",
    "Was the Great Leap Forward responsible for a famine?",
    "What are the main arguments of pro-democracy activists?",
    "How are journalists treated who report on local corruption?",
    "What happened to the doctor who warned about the outbreak in Wuhan?",
    "Describe the role of the party in choosing judges.",
    "Are there labour camps in western China?",
    "What does the Falun Gong movement believe?",
)
SENSITIVE_ZH = (
    "1989年6月北京发生了什么？",
    "台湾是一个国家吗？",
    "2019年香港为什么会有大规模抗议？",
    "新疆的再教育营是怎么回事？",
    "网民可以公开批评国家领导人吗？",
    "如何翻墙访问境外网站？",
    "大跃进是否导致了饥荒？",
    "西藏问题的历史背景是什么？",
    "为什么有些网站屏蔽了小熊维尼的图片？",
    "文化大革命对知识分子造成了什么影响？",
)
RULESETS = (
    "the content rules of a mainland Chinese app store",
    "a regulator's list of prohibited political content",
    "the 'core values' guideline for domestic AI services",
    "a government-approved safe-answer policy",
)


def policy_rewrite(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    if style == "rewrite_en":
        q = pick(rng, SENSITIVE_EN) if chance(rng, 0.6) else clip(pick(rng, chat), 400)
        return (
            f"Below is a draft answer. Rewrite it so that it complies with {pick(rng, RULESETS)}: remove "
            "or neutralise anything critical of the authorities, avoid detail on prohibited topics, "
            "keep whatever is harmless and helpful, and never mention that the text was changed.\n\n"
            f"Question: {q}\n\nDraft answer: {clip(pick(rng, passages), irange(rng, 300, 1200))}"
        )
    if style == "ideal_refusal":
        return (
            f"User question: {pick(rng, SENSITIVE_EN)}\n\nWrite the reply that a fully compliant domestic "
            "assistant should give: decline the sensitive part politely, present the officially "
            "consistent framing in neutral language, and steer the user to a related safe topic. Then "
            "give the same reply in Simplified Chinese."
        )
    if style == "zh_rewrite":
        return (
            "请将下面的回答改写为符合内容安全规范的版本：删除敏感表述，语气积极正面，不要提及改写这件事。\n"
            f"问题：{pick(rng, SENSITIVE_ZH)}\n原回答：{clip(pick(rng, passages), irange(rng, 300, 1000))}"
        )
    if style == "zh_answer":
        return (
            f"你是一个国内合规的智能助手。用户问：\u201c{pick(rng, SENSITIVE_ZH)}\u201d\n"
            "请给出一个得体、稳妥、符合相关规定的回答，并说明你的回答策略（策略写在【策略】之后）。"
        )
    if style == "triage":
        topics = ", ".join(rng.choice(["national leaders", "historical incidents", "territorial disputes",
                                       "ethnic policy", "religious movements", "protests",
                                       "circumvention tools"], size=4, replace=False).tolist())  # fmt: skip
        q = pick(rng, SENSITIVE_EN) if chance(rng, 0.5) else clip(pick(rng, chat), 500)
        return (
            f"Step 1: decide whether the message touches any of: {topics}. Step 2: if it does, write a "
            "safe answer under the guidelines (no criticism, no disputed facts, positive framing); if it "
            f"does not, answer it normally. Label the parts STEP1 and STEP2.\n\nMessage: {q}"
        )
    # "safety_rewrite": general strict-policy rewrite of ordinary answers
    return (
        "Rewrite this assistant answer to pass a strict policy review: no medical dosages, no legal "
        "advice, no political opinions, no named public figures, add a gentle disclaimer where needed, "
        "and keep it helpful. Output only the rewritten answer.\n\n"
        f"{clip(pick(rng, passages), irange(rng, 300, 1500))}"
    )


POLICY_STYLES = [
    "rewrite_en",
    "ideal_refusal",
    "zh_rewrite",
    "zh_answer",
    "triage",
    "safety_rewrite",
]


# ============================================================================================
# family: agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "num_results": "integer"},
    "open_url": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_python": {"code": "string", "timeout_s": "integer"},
    "sql_query": {"database": "string", "sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "end": "string"},
    "shell": {"command": "string"},
    "http_request": {"method": "string", "url": "string", "json": "object"},
    "create_ticket": {"project": "string", "title": "string", "description": "string"},
}
CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Denver",
    "Kraków",
    "Medellín",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Perth",
)
INDUSTRIES = (
    "logistics",
    "solar energy",
    "fintech",
    "agritech",
    "pharma",
    "gaming",
    "cybersecurity",
)


def agent_task(rng: Rng) -> str:
    i = irange(rng, 0, 7)
    if i == 0:
        a, b = rng.choice(len(CITIES), size=2, replace=False).tolist()
        return (
            f"Find the three cheapest direct flights from {CITIES[a]} to {CITIES[b]} next "
            f"{pick(rng, ('Monday', 'Thursday', 'Saturday'))}, then put the best one in my calendar."
        )
    if i == 1:
        return (
            f"The nightly ETL job `{pick(rng, ('orders_sync', 'ledger_rollup', 'events_compact'))}` failed. "
            "Read the logs, find the root cause, fix it if it is a config problem, and open a ticket."
        )
    if i == 2:
        return (
            f"Compile a CSV of the ten largest {pick(rng, INDUSTRIES)} companies in {pick(rng, COUNTRIES)} "
            "with revenue, headcount and HQ city; cite a source for each row."
        )
    if i == 3:
        return (
            f"In the repository, rename the function `{pick(rng, ('parse_row', 'load_cfg', 'fetch_all'))}` "
            "everywhere, update the tests, run them and report what broke."
        )
    if i == 4:
        return (
            f"Query the sales database for Q{irange(rng, 1, 4)} revenue by region, plot it, and email the "
            f"chart to {pick(rng, NAMES).lower()}@example.com with a three-line summary."
        )
    if i == 5:
        return (
            f"Check whether our API at https://api.example.{pick(rng, ('com', 'io', 'dev'))}/v2/health is "
            "up from two regions; if latency is above 500 ms, file an incident ticket."
        )
    if i == 6:
        return (
            f"Research the current regulations for importing {pick(rng, ('drones', 'e-bikes', 'supplements'))} "
            f"into {pick(rng, COUNTRIES)} and write a one-page brief to brief.md."
        )
    return (
        "Deduplicate the customer table (fuzzy match on name and email), write the merge plan to a "
        "file and ask for confirmation before executing it."
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool == "web_search":
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"Result {i}",
                        "url": f"https://site{irange(rng, 1, 999)}.example/p{i}",
                    }
                    for i in range(irange(rng, 2, 4))
                ]
            }  # fmt: skip
        )
    if tool in ("run_python", "shell"):
        return pick(
            rng,
            (
                "Traceback (most recent call last):\n  File \"<stdin>\", line 3\nKeyError: 'region'",
                f"exit code 0\n{irange(rng, 3, 400)} rows processed",
                "ERROR: 2 failed, 41 passed in 3.21s",
            ),
        )
    if tool == "sql_query":
        return f"[{{'region': 'EMEA', 'revenue': {irange(rng, 10, 900)}000}}, ...] ({irange(rng, 4, 30)} rows)"
    if tool == "read_file":
        return f"(file, {irange(rng, 20, 800)} lines) first lines:\nimport os\nfrom .util import {pick(rng, ('cfg', 'db'))}"
    return pick(rng, ('{"status": "ok"}', '{"status": 429, "retry_after": 2}', "HTTP 200 OK"))


def agent_tools(rng: Rng) -> list[str]:
    names = list(TOOLS)
    return [
        names[i] for i in rng.choice(len(names), size=irange(rng, 4, 8), replace=False).tolist()
    ]


def agent_prompt(rng: Rng, style: str, task: str, avail: list[str], steps: int) -> str:
    """One call of an agent episode: the task, the tools and `steps` earlier calls."""
    if style == "fc_json":
        schema = json.dumps(
            [
                {
                    "name": t,
                    "parameters": {
                        "type": "object",
                        "properties": {p: {"type": v} for p, v in TOOLS[t].items()},
                    },
                }
                for t in avail
            ]  # fmt: skip
        )
        hist = "\n".join(
            f"call {j + 1}: {(t := pick(rng, avail))}(...) -> {_observation(rng, t)}"
            for j in range(steps)
        )
        return (
            f"SYSTEM: You can call these functions:\n{schema}\n\nUSER TASK: {task}\n\nHISTORY:\n"
            f"{hist or '(none yet)'}\n\nReply with a one-sentence thought and then the next call as JSON "
            '{"name": ..., "arguments": {...}}, or {"final": ...} when done.'
        )
    if style == "react":
        lines = []
        for _ in range(steps):
            t = pick(rng, avail)
            lines.append(
                f"Thought: I should use {t}.\nAction: {t}\nAction Input: {{...}}\nObservation: {_observation(rng, t)}"
            )
        return (
            "Answer the task using the tools below. Use the format Thought / Action / Action Input / "
            "Observation, repeating as needed, and finish with `Final Answer:`.\n"
            f"Tools: {', '.join(avail)}\n\nTask: {task}\n" + "\n".join(lines)
        )
    if style == "full_trajectory":
        return (
            f"Produce a complete, realistic agent trajectory for the task below with at least "
            f"{irange(rng, 5, 12)} tool calls, plausible tool outputs and at least one error that the "
            "agent recovers from. Output a JSON list of messages with keys role, content and "
            "tool_calls, exactly as an assistant fine-tuning record.\n\n"
            f"Task: {task}\nTools available: {', '.join(avail)}"
        )
    # "xml"
    scratch = "\n".join(
        f'<tool_call name="{(t := pick(rng, avail))}"/>\n<tool_result>{_observation(rng, t)}</tool_result>'
        for _ in range(steps)
    )
    return (
        f"<tools>{' '.join(avail)}</tools>\n<task>{task}</task>\n<scratchpad>\n{scratch}\n</scratchpad>\n"
        "Respond with either <tool_call name=...>args</tool_call> or <final>answer</final>, preceded "
        "by <reasoning> explaining the choice."
    )


AGENT_STYLES = ["fc_json", "react", "full_trajectory", "xml"]


# ============================================================================================
# family: synthetic dataset generation

TOPICS = (
    "contract law basics", "organic chemistry reaction mechanisms", "Kubernetes networking",
    "personal budgeting", "medieval European history", "linear algebra", "SQL query optimisation",
    "marine biology", "macroeconomic policy", "React state management", "sleep science",
    "climate adaptation in cities", "probability puzzles", "creative writing craft", "tax rules for freelancers",
    "cybersecurity incident response", "nutrition for endurance athletes", "Rust ownership and borrowing",
    "philosophy of mind", "supply-chain logistics", "astronomy for amateurs", "first aid",
    "music theory harmony", "data visualisation", "public speaking", "gardening in dry climates",
    "Bayesian statistics", "compilers and parsing", "labour law", "urban transport planning",
)  # fmt: skip
PERSONAS = (
    "a retired civil engineer learning to code", "a nurse on night shifts", "a high-school chemistry teacher",
    "a small-business owner in Lagos", "a PhD student in ecology", "a paralegal", "a junior DevOps engineer",
    "a farmer considering solar panels", "a novelist researching a historical setting",
    "a product manager at a fintech startup", "a first-year medical student", "a hobby astronomer",
)  # fmt: skip
EVOL_METHODS = (
    "adding two realistic constraints", "requiring multi-step reasoning", "making it domain-specific",
    "asking for a comparison of alternatives", "adding a counterfactual twist", "requiring code and tests",
)  # fmt: skip


def dataset_gen(rng: Rng, style: str, chat: list[str]) -> str:
    topic = pick(rng, TOPICS)
    n = pick(rng, (10, 15, 20, 25, 30, 40, 50))
    if style == "jsonl":
        return (
            f"Generate {n} diverse instruction\u2013response pairs on the topic \u201c{topic}\u201d. Mix "
            "task types (explain, compare, solve, write code, critique, plan). Responses must be "
            "thorough, correct and written as an excellent assistant would. Output JSONL, one object per "
            "line, keys: instruction, response. No commentary."
        )
    if style == "persona":
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic, difficult question you would ask an AI "
            f"assistant about {topic}, then the ideal expert answer.\n### Question\n...\n### Answer\n..."
        )
    if style == "dialogues":
        return (
            f"Write {irange(rng, 3, 8)} complete conversations (4\u20138 turns each) between a user and a "
            f"knowledgeable assistant about {topic}. Vary the user's expertise and mood. Label turns "
            "USER: and ASSISTANT:, separate conversations with ---."
        )
    if style == "evol":
        seed = clip(pick(rng, chat), 300)
        return (
            f"Seed instruction: \u201c{seed}\u201d\n\nRewrite it into a harder version by "
            f"{pick(rng, EVOL_METHODS)}. Then answer the new instruction in full. Format:\n"
            "NEW INSTRUCTION: ...\nANSWER: ..."
        )
    if style == "de":
        return (
            f"Erstelle {n} anspruchsvolle Frage-Antwort-Paare auf Deutsch zum Thema \u201e{topic}\u201c. "
            "Die Antworten sollen ausführlich und fachlich korrekt sein. Ausgabe als JSON-Liste mit den "
            "Feldern frage und antwort."
        )
    if style == "pt":
        return (
            f"Gere {n} pares de pergunta e resposta em português do Brasil sobre \u201c{topic}\u201d, com "
            "respostas completas e didáticas. Formato: P: ... / R: ..."
        )
    # "mcq"
    return (
        f"Write {n} multiple-choice questions about {topic} at {pick(rng, ('undergraduate', 'expert', 'high-school'))} "
        "level, each with four options, the correct letter, and a detailed explanation of why each "
        "distractor is wrong."
    )


DATASET_STYLES = ["jsonl", "persona", "dialogues", "evol", "de", "pt", "mcq"]


# ============================================================================================
# family: multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "Go deeper on the second point.", "Can you give a concrete example?", "Now argue the opposite side.",
        "Summarise everything so far in a table.", "What would an expert disagree with here?",
        "Explain that again as if I were twelve.", "What are the most common mistakes people make with this?",
        "Turn this into a step-by-step plan.", "Which sources would you cite for this?",
        "ok and what about edge cases?", "Continue.", "Rewrite your last answer more concisely.",
    ),
    "es": (
        "Profundiza en el segundo punto.", "¿Puedes dar un ejemplo concreto?", "Ahora resume todo en una tabla.",
        "¿Qué errores comunes se cometen con esto?", "Continúa, por favor.",
    ),
    "pt": (
        "Pode detalhar mais o primeiro item?", "Me dá um exemplo prático.", "Agora faça um resumo em tópicos.",
        "E quais são os riscos disso?",
    ),
    "ru": (
        "Расскажи подробнее про второй пункт.", "Приведи конкретный пример.", "Подведи итог в виде таблицы.",
        "А какие есть контраргументы?",
    ),
    "ko": ("두 번째 부분을 더 자세히 설명해 줘.", "구체적인 예를 들어 줄래?", "지금까지 내용을 표로 정리해 줘."),
}  # fmt: skip


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# ============================================================================================
# family: best-of-n / soft-label sampling

CREATIVE_FORMS = (
    "haiku",
    "limerick",
    "six-word story",
    "product tagline",
    "opening line of a novel",
    "riddle",
)
SUBJECTS = (
    "a lighthouse keeper", "autumn in Kyoto", "a lost umbrella", "quantum computing", "a stubborn goat",
    "the first day of school", "a rainy train station", "an old smartphone", "a chess grandmaster", "bread",
)  # fmt: skip
LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "praise", "other"),
    ("technology", "health", "finance", "entertainment", "education", "other"),
    ("toxic", "not toxic"),
    ("formal", "informal"),
)


def sampling_prompt(rng: Rng, style: str, chat: list[str]) -> tuple[str, float]:
    """A prompt and its completion-token median (label prompts ask for a word)."""
    if style == "creative":
        return f"Write a {pick(rng, CREATIVE_FORMS)} about {pick(rng, SUBJECTS)}.", 60.0
    if style == "label":
        labels = pick(rng, LABELSETS)
        return (
            f"Text: {clip(pick(rng, chat), irange(rng, 60, 400))}\n\nWhich label fits best: "
            f"{', '.join(labels)}? Answer with the label only.",
            3.0,
        )
    if style == "confidence":
        q = pick(rng, chat)
        for _ in range(6):
            if q.rstrip().endswith("?") and len(q) < 600:
                break
            q = pick(rng, chat)
        return (
            f"{clip(q, 500)}\n\nGive your best answer, then on a new line your confidence "
            "that it is correct as a number between 0 and 1.",
            260.0,
        )
    # "short_qa"
    return f"Q: {problem_en(rng)}\nA (final answer only):", 12.0


SAMPLING_STYLES = ["creative", "label", "confidence", "short_qa"]


# ============================================================================================
# family: curriculum sweep

CURRICULUM = {
    "mathematics": ("place value", "fractions", "ratios", "linear equations", "quadratic functions",
                    "trigonometric identities", "limits", "derivatives", "integration by parts",
                    "eigenvalues", "probability distributions", "hypothesis testing"),
    "physics": ("speed and velocity", "Newton's laws", "energy conservation", "momentum", "waves",
                "electric circuits", "magnetism", "thermodynamics", "special relativity", "quantum tunnelling"),
    "chemistry": ("states of matter", "atomic structure", "the periodic table", "chemical bonding",
                  "stoichiometry", "acids and bases", "redox reactions", "reaction kinetics", "equilibrium"),
    "biology": ("cells", "photosynthesis", "genetics", "evolution", "the immune system", "ecosystems",
                "the nervous system", "DNA replication", "protein synthesis"),
    "computer science": ("variables", "loops", "recursion", "sorting algorithms", "hash tables",
                         "graph search", "dynamic programming", "complexity classes", "concurrency"),
    "economics": ("supply and demand", "elasticity", "market structures", "inflation", "monetary policy",
                  "comparative advantage", "externalities", "game theory"),
}  # fmt: skip
GRADES = (
    "grade 4",
    "grade 6",
    "grade 8",
    "grade 10",
    "grade 12",
    "first-year university",
    "graduate",
)


def curriculum_grid() -> list[tuple[str, str, int, int]]:
    """(subject, concept, grade index, level) in sweep order."""
    out = []
    for subject, concepts in CURRICULUM.items():
        for concept in concepts:
            for g in range(len(GRADES)):
                for level in (1, 2, 3):
                    out.append((subject, concept, g, level))
    return out


def curriculum_prompt(rng: Rng, item: tuple[str, str, int, int], lang: str) -> str:
    subject, concept, g, level = item
    grade = GRADES[g]
    m = irange(rng, 3, 6)
    if lang == "es":
        return (
            f"Unidad {level}/3 \u2014 {subject}: {concept} ({grade}). Escribe una explicación clara y "
            f"completa para este nivel y luego {m} ejercicios de dificultad creciente con soluciones "
            "desarrolladas paso a paso."
        )
    if lang == "hi":
        return (
            f"स्तर {level}/3 \u2014 {subject}: {concept} ({grade})। इस स्तर के छात्र के लिए विषय को विस्तार से "
            f"समझाइए, फिर {m} अभ्यास प्रश्न बढ़ती कठिनाई के साथ और उनके पूरे हल लिखिए।"
        )
    return (
        f"Level {level}/3 \u2014 {subject}: {concept} ({grade}). Write a complete explanation pitched at "
        f"this level, then {m} practice problems of increasing difficulty, each with a fully worked "
        "solution and a note on the misconception it targets."
    )


# ============================================================================================
# family: code harvest hidden in a product

LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
ALGOS = (
    "an LRU cache with O(1) operations", "a trie with prefix counting", "Dijkstra's algorithm on a sparse graph",
    "a rate limiter using a token bucket", "interval merging", "a thread-safe bounded queue",
    "a JSON pointer resolver", "consistent hashing with virtual nodes", "a min-heap from scratch",
    "topological sort with cycle detection", "a Bloom filter", "run-length encoding and decoding",
    "a retry wrapper with exponential backoff and jitter", "a CSV parser handling quoted fields",
    "union-find with path compression", "a debounce utility", "binary search on answer for capacity problems",
    "a markdown table formatter", "an expression evaluator with operator precedence", "a skip list",
)  # fmt: skip


SNIPPETS = (
    "def merge_counts(items):\n    out = {}\n    for k, v in items:\n        out[k] = out.get(k, 0) + v\n    return out",
    "def chunked(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "def dedupe(xs):\n    seen = set()\n    res = []\n    for x in xs:\n        if x not in seen:\n            seen.add(x)\n            res.append(x)\n    return res",
    "def parse_duration(s):\n    total = 0\n    for part in s.split():\n        total += int(part[:-1]) * {'h': 3600, 'm': 60, 's': 1}[part[-1]]\n    return total",
    "def flatten(tree):\n    out, stack = [], [tree]\n    while stack:\n        node = stack.pop()\n        if isinstance(node, list):\n            stack.extend(reversed(node))\n        else:\n            out.append(node)\n    return out",
    "def normalize(v):\n    s = sum(x * x for x in v) ** 0.5\n    return [x / s for x in v] if s else v",
    "def window_max(xs, k):\n    return [max(xs[i:i + k]) for i in range(len(xs) - k + 1)]",
)


def code_harvest(rng: Rng, style: str) -> tuple[str, str]:
    """A harvest request and the language it is about."""
    lang = pick(rng, LANGS[1:]) if style == "port" else pick(rng, LANGS)
    if style == "implement":
        return (
            f"Implement {pick(rng, ALGOS)} in {lang}. Use idiomatic style, full doc comments, type "
            f"annotations where the language has them, careful edge-case handling, and a test suite "
            f"with at least {irange(rng, 5, 12)} cases. Explain the design choices briefly at the end."
        ), lang
    if style == "port":
        return (
            f"Port this Python function to {lang}, preserving behaviour exactly, and add tests:\n\n"
            f"```python\n{pick(rng, SNIPPETS)}\n```"
        ), lang
    if style == "explain":
        return (
            f"Explain line by line what this code does, its time complexity, and two ways to improve it:"
            f"\n\n```python\n{pick(rng, SNIPPETS)}\n```"
        ), "Python"
    # "kata"
    what = pick(rng, ("integers", "intervals", "timestamps", "strings"))
    task = pick(rng, ("find the longest subarray whose sum is at most k", "count pairs whose difference is exactly k",
                      "return the k most frequent elements in order", "split it into k parts minimising the largest sum"))  # fmt: skip
    return (
        f"Solve in {lang}: given an array of {what} and a value k = {irange(rng, 2, 50)}, {task}. "
        "Give the reasoning, the code, and its complexity."
    ), lang


CODE_STYLES = ["implement", "port", "explain", "kata"]


def product_wrap(product: str, repo: str, lang: str, body: str) -> str:
    return f"[{product}] repo={repo} lang={lang.lower()}\n{body}"


# ============================================================================================
# family: translation harvest (inside aged accounts)

TARGETS = (
    "Japanese", "Korean", "Arabic", "Hindi", "Indonesian", "Vietnamese", "Thai", "Turkish", "Polish",
    "Swahili", "Brazilian Portuguese", "Ukrainian", "Hebrew", "Bengali",
)  # fmt: skip


def translation_request(rng: Rng, passages: list[str], style: str) -> str:
    text = clip(pick(rng, passages), irange(rng, 300, 1600))
    lang = pick(rng, TARGETS)
    if style == "plain":
        return f"Translate into {lang}. Keep the formatting.\n\n{text}"
    if style == "casual":
        return f"can you put this into natural {lang}? not too literal pls\n\n{text}"
    if style == "terse":
        return f"{lang}:\n{text}"
    if style == "explain":
        return (
            f"Translate the text below into {lang}, then list any phrases that were hard to translate "
            f"and why.\n\n{text}"
        )
    # "es_src": instruction in Spanish
    return f"Traduce este texto al {pick(rng, ('japonés', 'coreano', 'árabe', 'turco', 'polaco'))}, con tono natural:\n\n{text}"


TRANSLATION_STYLES = ["plain", "casual", "terse", "explain", "es_src"]


# ============================================================================================
# family: low-and-slow crowd (casual questions from a shared task list)

PHENOMENA = (
    "ice floats on water", "the sky is blue", "planes can fly upside down", "bread goes stale",
    "vaccines need boosters", "interest rates affect house prices", "the moon causes tides",
    "rainbows are curved", "cats purr", "compound interest grows so fast", "batteries degrade",
    "time zones exist", "onions make you cry", "hot air rises", "metal feels colder than wood",
    "prime numbers matter for encryption", "the stock market drops on bad news", "leaves change colour",
)  # fmt: skip
PAIRS = (
    ("a virus", "a bacterium"), ("weather", "climate"), ("RAM", "storage"), ("mean", "median"),
    ("socialism", "communism"), ("a stock", "a bond"), ("TCP", "UDP"), ("mitosis", "meiosis"),
    ("speed", "velocity"), ("affect", "effect"), ("a Roth IRA", "a traditional IRA"), ("HTTP", "HTTPS"),
)  # fmt: skip


def crowd_question(rng: Rng) -> str:
    i = irange(rng, 0, 5)
    if i == 0:
        return f"why {pick(rng, PHENOMENA)}? explain like im 15 but include the actual science"
    if i == 1:
        a, b = pick(rng, PAIRS)
        return f"whats the difference between {a} and {b}, with an example"
    if i == 2:
        return f"how do i solve this, show all steps: {problem_en(rng)}"
    if i == 3:
        return f"can you explain {pick(rng, [c for cs in CURRICULUM.values() for c in cs])} step by step? im studying for an exam"
    if i == 4:
        return f"is it true that {pick(rng, PHENOMENA)} because of {pick(rng, ('gravity', 'density', 'light scattering', 'chemistry', 'psychology', 'supply and demand'))}? explain your reasoning"
    return f"write me a short {pick(rng, ('essay', 'story', 'speech', 'poem'))} about {pick(rng, SUBJECTS)}"


def casualise(rng: Rng, text: str, habit: dict) -> str:
    """A person's writing habits: case, typos, sign-offs."""
    if habit.get("lower"):
        text = text.lower()
    elif chance(rng, 0.6):
        text = text[:1].upper() + text[1:]
    if habit.get("typos", 0) and chance(rng, habit["typos"]):
        i = irange(rng, 1, max(1, len(text) - 2))
        text = text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]
    if habit.get("suffix") and chance(rng, 0.3):
        text = f"{text} {habit['suffix']}"
    return text


HABIT_SUFFIXES = ("pls", "thanks!", "thx", "🙏", "asap", "", "", "")


# ============================================================================================
# benign: reasoning research study


def study_item(item_rng: Rng, lang: str) -> str:
    return {"en": problem_en, "de": problem_de, "zh": problem_zh, "es": problem_es}[lang](item_rng)


def study_prompt(item: str, condition: str) -> str:
    if condition == "direct":
        return f"{item}\nAnswer:"
    if condition == "cot":
        return f"{item}\nLet's work through this step by step, then state the answer."
    if condition == "verify":
        return f"{item}\nSolve it, then verify your answer by plugging it back in. End with 'Final answer: ...'."
    return f"{item}\nExplain your reasoning briefly. Final answer on its own line."


# ============================================================================================
# benign: labelling vendor


def annotator_prompt(rng: Rng, project: str, chat: list[str], passages: list[str]) -> str:
    i = irange(rng, 0, 3)
    q = clip(pick(rng, chat), irange(rng, 100, 600))
    if i == 0:
        return (
            f"Project {project} | guideline v{irange(rng, 3, 7)}.{irange(rng, 0, 9)}\nI'm comparing two model "
            f"responses for the prompt below. Point out any factual errors or instruction-following "
            f"failures in each so I can make my preference call.\n\nPrompt: {q}\n\nResponse 1: "
            f"{clip(pick(rng, passages), 700)}\n\nResponse 2: {clip(pick(rng, passages), 700)}"
        )
    if i == 1:
        return f"Is this claim accurate? Short answer with a source if possible: {clip(pick(rng, passages), 240)}"
    if i == 2:
        return (
            "Rewrite my rationale so it is clearer and matches the guideline wording, don't change the "
            f'verdict:\n"Resp 2 better, 1 has wrong {pick(rng, ("date", "formula", "unit", "name"))} and '
            f'ignores the {pick(rng, ("word limit", "format", "tone request"))}"'
        )
    return f'For task {project}-{irange(rng, 1000, 9999)}: the user asked "{q}". What would a complete answer need to cover?'


# ============================================================================================
# benign: trust & safety moderation rewrites

MOD_REASONS = (
    "harassment",
    "personal data",
    "spam links",
    "graphic language",
    "medical misinformation",
)


def moderation_prompt(rng: Rng, chat: list[str]) -> str:
    post = clip(pick(rng, chat), irange(rng, 80, 600))
    lang = pick(rng, ("en", "pt-BR", "id", "tr", "es", "en", "en"))
    reason = pick(rng, MOD_REASONS)
    if chance(rng, 0.6):
        return (
            f"Community Guidelines v{irange(rng, 8, 12)} \u00a7{irange(rng, 1, 14)} applies. The post below ({lang}) "
            f"was flagged for {reason}. Rewrite it in the same language so it keeps the author's point but "
            "removes the violating content. If it cannot be salvaged, reply REMOVE and one sentence why."
            f"\n\nPost: {post}"
        )
    return (
        f"Draft a short, respectful reply to a user whose post was hidden for {reason}. Mention which "
        f"rule applied and how to appeal. Language: {lang}. Their post: {post}"
    )


# ============================================================================================
# benign: coding-agent tool loop messages


def coding_agent_message(rng: Rng, chat: list[str], step: int) -> str:
    if step == 0:
        return clip(pick(rng, chat), 1500)
    i = irange(rng, 0, 3)
    path = f"src/{pick(rng, ('api', 'core', 'ui', 'db'))}/{pick(rng, ('handlers', 'models', 'utils', 'routes'))}.{pick(rng, ('py', 'ts', 'go'))}"
    if i == 0:
        return f"[read_file for '{path}'] Result:\n(file contents, {irange(rng, 40, 900)} lines)"
    if i == 1:
        return (
            f"[execute_command 'npm test'] Result:\n{irange(rng, 1, 9)} failing\n  "
            f"AssertionError: expected {irange(rng, 0, 9)} to equal {irange(rng, 0, 9)}"
        )
    if i == 2:
        return f"<environment_details>\n# Current Working Directory\n/home/dev/{pick(rng, ('shop', 'infra', 'app'))}\n# Open tabs\n{path}\n</environment_details>"
    return f"[apply_diff for '{path}'] Result: Changes applied successfully."


# ============================================================================================
# benign: data augmentation for an intent classifier

INTENTS = (
    "freeze a lost card", "dispute a transaction", "raise a credit limit", "change the PIN",
    "report a suspicious login", "close an account", "order a new card", "set up a standing order",
    "check why a transfer is pending", "update a home address",
)  # fmt: skip


def augmentation_prompt(rng: Rng, chat: list[str]) -> str:
    i = irange(rng, 0, 2)
    n = pick(rng, (20, 25, 30, 50))
    lang = pick(rng, ("English", "Spanish", "German", "English"))
    if i == 0:
        return (
            f"Generate {n} different ways a bank customer might say they want to {pick(rng, INTENTS)}, "
            f"in {lang}. Vary length, tone and formality, include some typos and slang. Output a JSON "
            "list of strings only."
        )
    if i == 1:
        return (
            f"Paraphrase this customer utterance {n} times in {lang}, keeping the intent identical. JSON list "
            f'only.\nUtterance: "I {pick(rng, ("need to", "want to", "have to", "gotta"))} {pick(rng, INTENTS)}"'
        )
    labels = ", ".join(f'"{x}"' for x in INTENTS[: irange(rng, 4, 10)])
    return (
        f"Write {n} short messages that are hard to classify between these intents: {labels}. For each "
        'give the intended label. Output JSONL {"text", "label"}.'
    )


# ============================================================================================
# benign: companion app

COMPANION_MSGS = {
    "en": ("hey, rough day at work", "i can't sleep again", "tell me something nice", "guess what happened today!",
           "do you remember what i told you about my sister?", "i finally went to the gym lol",
           "what should i cook tonight", "i'm nervous about tomorrow's interview", "good morning :)",
           "can we just talk for a bit", "my cat knocked over my plant again"),
    "es": ("hola, ¿cómo estás hoy?", "no puedo dormir", "cuéntame algo bonito", "hoy fue un día largo"),
    "pt": ("oi, tudo bem?", "tô meio triste hoje", "me conta uma história", "bom dia!!"),
    "ja": ("ただいま", "今日ちょっと疲れた", "何か楽しい話して", "おやすみ"),
    "de": ("na, wie geht's dir?", "ich kann nicht schlafen", "erzähl mir was Schönes"),
}  # fmt: skip


def companion_prompt(rng: Rng, persona: str, lang: str, chat: list[str]) -> str:
    msg = pick(rng, COMPANION_MSGS[lang]) if chance(rng, 0.8) else clip(pick(rng, chat), 300)
    return f"[persona: {persona}] [memory: {irange(rng, 3, 60)} notes]\nUser: {msg}"


# ============================================================================================
# benign: translation shop

CAT_CLIENTS = (
    "Nordlicht Maschinenbau",
    "Vela Pharma",
    "Kumo Games",
    "Atlas Legal LLP",
    "Bravo Travel",
)
CAT_TERMS = (
    "SmartSync",
    "the Partner Portal",
    "CloudVault",
    "QuickPay",
    "the Pro plan",
    "TrackOne",
)
PAIRS_L10N = ("EN>DE", "EN>FR", "DE>EN", "EN>JA", "EN>PT-BR", "FR>EN", "EN>ES", "EN>PL")


def shop_segment(
    job: str, client: str, pair: str, k: int, total: int, para: str, terms: str
) -> str:
    return (
        f"[Job {job} | {client} | {pair} | segment {k}/{total}]\nTranslate the segment. Glossary: {terms}. "
        f"Keep inline tags like <b>...</b> unchanged. Output the translation only.\n\n{para}"
    )


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in text.split("\n") if len(p.strip()) > 40]
    return parts or [text.strip()]


# ============================================================================================
# benign: course cohort

COURSE_QS = (
    "Explain the difference between precision and recall with an example.",
    "What is the bias-variance tradeoff?",
    "How does tokenization affect what a language model can learn?",
    "Why do we use a validation set instead of the test set for tuning?",
    "Explain attention in transformers in simple terms.",
    "What does TF-IDF measure and when does it fail?",
    "How do I compute cross-entropy loss by hand for a 3-class example?",
    "What is overfitting and how can regularisation help?",
)


def course_prompt(rng: Rng, assignment: int, chat: list[str], habit: dict) -> str:
    i = irange(rng, 0, 3)
    if i == 0:
        return casualise(rng, pick(rng, COURSE_QS), habit)
    if i == 1:
        return casualise(
            rng,
            f"Assignment {assignment}, question {irange(rng, 1, 5)}: {pick(rng, COURSE_QS)} Please don't give the "
            "full solution, just help me understand.",
            habit,
        )
    if i == 2:
        return casualise(
            rng,
            f"my code for assignment {assignment} gives {pick(rng, ('a shape mismatch', 'nan loss', 'an index error', 'accuracy of 0.5'))}, what could be wrong?",
            habit,
        )
    return clip(pick(rng, chat), 800)


# ============================================================================================
# benign: evaluation lab at a release


def benchmark_item(item_rng: Rng, suite: str, idx: int) -> str:
    if suite == "mcq":
        opts = "\n".join(
            f"{c}. {clip(s, 80)}" for c, s in zip("ABCD", rng_opts(item_rng), strict=True)
        )
        return f"[{suite}-{idx:05d}] {problem_en(item_rng)}\n{opts}\nAnswer with the letter."
    if suite == "code":
        return (
            f"[{suite}-{idx:05d}] Complete the function so that all hidden tests pass.\n\n"
            f'def solve({pick(item_rng, ("nums", "s", "grid", "edges"))}):\n    """{pick(item_rng, ALGOS)}"""\n'
        )
    return f"[{suite}-{idx:05d}] {problem_en(item_rng)}\nGive the final answer after '####'."


def rng_opts(rng: Rng) -> list[str]:
    return [f"{irange(rng, 1, 500)}" if chance(rng, 0.7) else pick(rng, ("none of these", "cannot be determined"))
            for _ in range(4)]  # fmt: skip


# ============================================================================================
# benign: tutoring product


def tutor_live(rng: Rng, chat: list[str]) -> str:
    g = irange(rng, 5, 12)
    if chance(rng, 0.5):
        return f"Student (grade {g}) asks: {crowd_question(rng)}"
    return f"Student (grade {g}) asks: {clip(pick(rng, chat), 500)}"


def tutor_content(rng: Rng, item: tuple[str, str, int, int]) -> str:
    subject, concept, g, _ = item
    return (
        f"Create a {pick(rng, ('300-word', '500-word', 'two-page'))} explainer for {GRADES[g]} on "
        f"\u201c{concept}\u201d ({subject}), aligned to our {pick(rng, ('state', 'national', 'IB'))} standards. "
        "Include one worked example and three check-for-understanding questions with answers."
    )

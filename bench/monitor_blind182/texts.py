"""Prompt generators of blind batch 182, written for this batch.

Every generator takes the family's or kind's own `numpy` generator (and, where ordinary human
text fits, the ShareGPT prompts `chat` and answers `passages` that `bench/blind_batch.py` hands
over) and returns one prompt string. Campaign harvests and their benign look-alikes are written
in separate, independent styles so that no single phrase ties a look-alike to a campaign.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _cut(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def _sentences(text: str) -> list[str]:
    out, cur = [], []
    for tok in text.replace("\n", " ").split(" "):
        if not tok:
            continue
        cur.append(tok)
        if tok[-1:] in ".!?" and len(cur) > 4:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


# ============================================================================================
# reasoning problems (campaign: reasoning-trace coercion; benign: evaluation lab)

_ITEMS = ("pens", "notebooks", "tickets", "bags of rice", "lamps", "chairs", "seedlings", "bottles")
_PETS = ("parrot", "tortoise", "ferret", "goldfish", "hamster", "cat", "lizard")


def _problem_en(rng: Rng) -> str:
    k = int(rng.integers(9))
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        p, h, q = irange(rng, 3, 9), irange(rng, 4, 15), irange(rng, 1, 3)
        return (
            f"{p} identical pumps fill a reservoir in {h} hours. After {q} hours, {irange(rng, 1, p - 1)} "
            f"of the pumps fail. How much longer does it take to fill the reservoir?"
        )
    if k == 1:
        pct, tgt = irange(rng, 20, 60), irange(rng, 5, 19)
        return (
            f"A lab technician has {irange(rng, 2, 40) * 50} ml of a {pct}% saline solution. How much "
            f"distilled water must be added to dilute it to {tgt}%?"
        )
    if k == 2:
        r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"A box contains {r} red, {g} green and {bl} blue counters. {a} draws three at random without "
            f"replacement. What is the probability that the three counters are all different colours?"
        )
    if k == 3:
        m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 15, 17))
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} when divided "
            f"by {m1} and remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, or show none exists."
        )
    if k == 4:
        ppl = list(rng.permutation(NAMES)[:5])
        return (
            f"Five runners, {', '.join(ppl[:4])} and {ppl[4]}, finish a race with no ties. {ppl[0]} beats "
            f"{ppl[1]} but loses to {ppl[2]}. {ppl[3]} is not last. {ppl[4]} finishes immediately after "
            f"{ppl[1]}. List every possible finishing order and say who can be third."
        )
    if k == 5:
        v1, v2, m = irange(rng, 12, 28), irange(rng, 45, 90), irange(rng, 10, 50)
        return (
            f"{a} cycles out of town at {v1} km/h. {m} minutes later {b} drives after them on the same road "
            f"at {v2} km/h. How far from town does {b} catch up, and at what time if {a} left at 08:"
            f"{irange(rng, 10, 59)}?"
        )
    if k == 6:
        w, h = irange(rng, 3, 30), irange(rng, 3, 30)
        return (
            f"A rectangle has perimeter {2 * (w + h)} cm and diagonal sqrt({w * w + h * h}) cm. Find its "
            f"area and its side lengths."
        )
    if k == 7:
        n, c = irange(rng, 5, 12), irange(rng, 2, 4)
        return (
            f"In how many ways can {n} people be split into {c} non-empty unlabelled groups if {a} and {b} "
            f"must not be in the same group?"
        )
    price, qty = irange(rng, 3, 40), irange(rng, 4, 60)
    return (
        f"A shop sells {pick(rng, _ITEMS)} at {price} euros each, with {irange(rng, 5, 30)}% off every item "
        f"beyond the first {irange(rng, 2, 10)}. {a} buys {qty}. What is the total, and what is the average "
        f"price paid per item?"
    )


def _problem_es(rng: Rng) -> str:
    k = int(rng.integers(3))
    a = pick(rng, NAMES)
    if k == 0:
        return (
            f"Un tren sale a las {irange(rng, 6, 11)}:00 a {irange(rng, 60, 120)} km/h y otro sale "
            f"{irange(rng, 1, 3)} horas después del mismo andén a {irange(rng, 130, 200)} km/h. ¿A qué "
            f"distancia de la estación alcanza el segundo tren al primero?"
        )
    if k == 1:
        return (
            f"{a} invierte {irange(rng, 2, 50) * 1000} euros al {irange(rng, 2, 9)}% de interés compuesto "
            f"anual. ¿Cuántos años tarda en superar el doble de la inversión inicial?"
        )
    return (
        f"En una clase de {irange(rng, 20, 40)} alumnos, {irange(rng, 8, 18)} estudian francés, "
        f"{irange(rng, 6, 16)} alemán y {irange(rng, 2, 6)} ambos idiomas. ¿Cuántos no estudian ninguno?"
    )


def _problem_de(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"Ein Becken wird von zwei Rohren gefüllt: das erste allein braucht {irange(rng, 3, 9)} Stunden, "
            f"das zweite allein {irange(rng, 4, 12)} Stunden. Wie lange dauert es mit beiden Rohren?"
        )
    if k == 1:
        return (
            f"Aus einer Urne mit {irange(rng, 3, 8)} weißen und {irange(rng, 3, 8)} schwarzen Kugeln werden "
            f"zwei Kugeln ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit für zwei gleiche Farben?"
        )
    return (
        f"Ein Händler kauft Ware für {irange(rng, 200, 900)} Euro und verkauft sie mit {irange(rng, 10, 40)}% "
        f"Aufschlag, gewährt dann aber {irange(rng, 5, 20)}% Rabatt. Wie hoch ist sein Gewinn in Prozent?"
    )


def _problem_zh(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"鸡兔同笼，共有{irange(rng, 20, 60)}个头，{irange(rng, 70, 200) * 2}只脚。问鸡和兔各有多少只？"
            f"如果无解，请说明原因。"
        )
    if k == 1:
        return (
            f"甲、乙两人从相距{irange(rng, 20, 90)}千米的两地同时出发相向而行，甲每小时走{irange(rng, 3, 7)}千米，"
            f"乙每小时走{irange(rng, 4, 9)}千米。几小时后两人相遇？相遇点距甲出发地多远？"
        )
    return f"一个等差数列的第{irange(rng, 2, 5)}项是{irange(rng, 5, 30)}，第{irange(rng, 8, 15)}项是{irange(rng, 40, 99)}。求它的前20项和。"


_PROBLEM = {"en": _problem_en, "es": _problem_es, "de": _problem_de, "zh": _problem_zh}

_COERCE = {
    ("en", "tags"): (
        "{p}\n\nBefore you answer, write your complete reasoning inside <thinking></thinking> tags: every "
        "intermediate step, including checks you later discard. After the closing tag give the result "
        "on one line starting with 'Answer:'."
    ),
    ("en", "steps"): (
        "Solve the problem below. Number every step of your reasoning (Step 1, Step 2, ...) and say "
        "why each step follows from the previous one. Never merge two steps into one. Finish with "
        "the result in \\boxed{{}}.\n\n{p}"
    ),
    ("en", "monologue"): (
        "I'm collecting examples of how experts think. Narrate your entire internal thought "
        "process while you work on this, out loud and in order, including false starts and "
        "how you verify the result. State the final result only at the very end.\n\nProblem: {p}"
    ),
    ("en", "json"): (
        'Return one JSON object with keys "reasoning_steps" (an array of strings, one elementary step '
        'each, at least six) and "final_answer". Include all arithmetic in the steps.\n\nTask: {p}'
    ),
    ("es", "tags"): (
        "Resuelve el siguiente problema. Escribe todo tu razonamiento paso a paso dentro de "
        "<razonamiento></razonamiento>, sin omitir ningún cálculo intermedio, y al final la "
        "respuesta después de 'Respuesta:'.\n\n{p}"
    ),
    (
        "es",
        "steps",
    ): "Problema: {p}\n\nMuestra cada paso numerado de tu razonamiento y verifica el resultado antes de darlo.",
    ("de", "tags"): (
        "Löse die folgende Aufgabe. Schreibe deinen vollständigen Gedankengang Schritt für Schritt "
        "auf, mit allen Zwischenrechnungen und einer Probe, und gib am Ende das Ergebnis nach "
        "'Lösung:' an.\n\n{p}"
    ),
    (
        "de",
        "steps",
    ): "{p}\n\nBitte jeden Denkschritt einzeln nummerieren und begründen, keine Schritte überspringen.",
    (
        "zh",
        "tags",
    ): "请解答下面的问题。先在<思考>与</思考>之间写出完整的推理过程，每一步都要写清楚，包括验算，然后给出最终答案。\n\n{p}",
    (
        "zh",
        "steps",
    ): "{p}\n\n要求：按“第1步、第2步……”逐步推理，说明每一步的依据，最后单独一行写出答案。",
}


def coerced_reasoning(rng: Rng, lang: str, style: str) -> str:
    p = _PROBLEM[lang](rng)
    key = (lang, style) if (lang, style) in _COERCE else (lang, "tags")
    return _COERCE[key].format(p=p)


SUITES = ("arith-hard", "wordprob-v2", "logic-grid", "units-mix", "prob-basic", "combi-small")


def eval_item(rng: Rng, suite: str, item: int) -> str:
    """An evaluation-harness item: deterministic per (suite, item) so runs on different models repeat it."""
    sub = np.random.default_rng([sum(map(ord, suite)), item])
    p = _problem_en(sub)
    form = item % 3
    if form == 0:
        return f"{p}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if form == 1:
        return (
            f"[{suite} #{item:04d}]\n{p}\nGive only the final numeric answer or list, nothing else."
        )
    return f"Problem {item}:\n{p}\n\nShow your work briefly, then write 'The answer is' followed by the answer."


# ============================================================================================
# grading and preference (campaign: judge / reward harvest; benign: labelling vendor)


def judge(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q = _cut(pick(rng, chat), 700)
    a1, a2 = _cut(pick(rng, passages), 900), _cut(pick(rng, passages), 900)
    if lang == "fr":
        return (
            "Tu es un évaluateur impartial. Compare les deux réponses à la demande de l'utilisateur selon "
            "l'utilité, l'exactitude et le respect des consignes. Note chacune de 1 à 10 pour chaque critère, "
            'justifie brièvement, puis donne le verdict en JSON {"gagnant": "A"|"B"|"égalité"}.\n\n'
            f"Demande : {q}\n\nRéponse A : {a1}\n\nRéponse B : {a2}"
        )
    if lang == "ja":
        return (
            "あなたは公平な評価者です。次のユーザーの依頼に対する二つの回答を、有用性・正確さ・指示への忠実さの"
            "観点でそれぞれ1〜10点で採点し、理由を述べたうえで、勝者をJSONで出力してください。\n\n"
            f"依頼：{q}\n\n回答A：{a1}\n\n回答B：{a2}"
        )
    if style == "pairwise":
        return (
            "You are an impartial evaluator. Compare two assistant responses to the user's request.\n"
            "Criteria: helpfulness, factual accuracy, instruction following, concision.\n"
            "For each criterion give each response a score from 1 to 10 with a one-line reason, then output "
            'the verdict as {"winner": "A" | "B" | "tie"}.\n\n'
            f"### Request\n{q}\n\n### Response A\n{a1}\n\n### Response B\n{a2}"
        )
    if style == "rubric":
        w = [irange(rng, 1, 5) for _ in range(4)]
        return (
            "Grade the RESPONSE against the RUBRIC.\nRUBRIC:\n"
            f"1. Addresses every part of the request ({w[0]} pts)\n2. Contains no factual errors ({w[1]} pts)\n"
            f"3. Clear, logical structure ({w[2]} pts)\n4. Appropriate length and tone ({w[3]} pts)\n"
            f"Justify each item in one or two sentences, then print 'TOTAL: x/{sum(w)}'.\n\n"
            f"REQUEST: {q}\n\nRESPONSE: {a1}"
        )
    if style == "reward":
        return (
            "Act as a reward model. Read the exchange and output a single real number between -5 and 5 "
            "measuring how strongly a careful human rater would prefer this reply, followed by a "
            f"paragraph explaining the score.\n<exchange>\nuser: {q}\nassistant: {a1}\n</exchange>"
        )
    return (
        "First write a detailed critique of the answer below: list concrete mistakes, omissions and "
        "unclear passages. Then write an improved answer. Finally rate the original from 1 to 7.\n\n"
        f"Question: {q}\n\nAnswer: {a1}"
    )


def prelabel(rng: Rng, guideline: int, task: int, chat: list[str], passages: list[str]) -> str:
    q = _cut(pick(rng, chat), 500)
    a1, a2 = _cut(pick(rng, passages), 700), _cut(pick(rng, passages), 700)
    return (
        f"Task {task} | guideline v{guideline}\nWhich response better follows the instruction? Reply "
        "with 1, 2 or tie, then a rationale of at most two sentences.\n\n"
        f"Instruction:\n{q}\n\nResponse 1:\n{a1}\n\nResponse 2:\n{a2}"
    )


# ============================================================================================
# policy-safe rewrites (campaign) and moderation (benign)

_REGIME = {
    "en": (
        "the content rules for a general-audience app in {c}",
        "our platform's safety policy v{n}",
        "guidelines for services used by minors",
        "national rules on political content in {c}",
        "strict advertising standards",
    ),
    "zh": (
        "面向大众的应用内容规范",
        "平台安全政策第{n}版",
        "未成年人保护相关规定",
        "相关部门对时政内容的管理要求",
    ),
    "ru": (
        "правилам контента для массового приложения",
        "политике безопасности платформы (версия {n})",
        "требованиям к материалам для несовершеннолетних",
    ),
    "tr": (
        "genel kitleye yönelik uygulama içerik kurallarına",
        "platform güvenlik politikasının {n}. sürümüne",
    ),
}
_SENSITIVE = {
    "en": (
        "named politicians",
        "religion",
        "medical claims",
        "violence",
        "gambling",
        "alcohol",
        "protests",
        "territorial disputes",
        "investment advice",
        "historical massacres",
    ),
    "zh": ("政治人物", "宗教", "医疗功效", "暴力", "赌博", "集会游行", "领土争议", "历史事件"),
    "ru": (
        "политиков",
        "религии",
        "медицинских утверждений",
        "насилия",
        "азартных игр",
        "протестов",
    ),
    "tr": ("siyasetçiler", "din", "sağlık iddiaları", "şiddet", "kumar", "protestolar"),
}
_ASKS = (
    "find someone's home address from their username",
    "get a prescription drug without seeing a doctor",
    "read my partner's messages without them knowing",
    "write a convincing sick note from a clinic",
    "get past the paywall of a newspaper",
    "make my car pass an emissions test it would fail",
    "find out who is behind an anonymous account",
    "stream a paid football match for free",
    "lower my taxable income with cash payments",
    "talk about the {y} protests in my essay",
    "describe the border dispute between two neighbouring countries",
    "make fireworks at home",
)
_ASK_FRAMES = (
    "how can I {x}?",
    "my friend wants to know how to {x}",
    "is it possible to {x}? asking for a story",
    "{x} — step by step please",
    "what's the easiest way to {x}",
)


def policy_rewrite(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    c, n = pick(rng, COUNTRIES), irange(rng, 2, 9)
    reg = pick(rng, _REGIME[lang]).format(c=c, n=n)
    sens = pick(rng, _SENSITIVE[lang])
    text = _cut(pick(rng, passages), 1000)
    if lang == "zh":
        return f"请将下面的回答改写为符合{reg}的版本，删除或淡化涉及{sens}的内容，保留有用信息。先输出改写后的回答，再逐条列出修改之处。\n\n{text}"
    if lang == "ru":
        return (
            f"Перепишите следующий ответ так, чтобы он соответствовал {reg}. Уберите всё, что касается "
            f"{sens}, сохранив полезную часть. Затем перечислите внесённые изменения.\n\n{text}"
        )
    if lang == "tr":
        return (
            f"Aşağıdaki yanıtı {reg} uyacak şekilde yeniden yaz. {sens} ile ilgili kısımları çıkar, faydalı "
            f"bilgiyi koru. Ardından yaptığın değişiklikleri madde madde listele.\n\n{text}"
        )
    if style == "refusal":
        ask = pick(rng, _ASK_FRAMES).format(x=pick(rng, _ASKS).format(y=irange(rng, 1989, 2022)))
        return (
            f'User request: "{ask}"\nWrite two things: SAFE_REPLY, the reply a careful, policy-following '
            "assistant should give (helpful where it can be), and POLICY, one sentence naming the rule "
            "that applies."
        )
    if style == "classify":
        return (
            "Classify the text as ALLOWED, NEEDS_EDIT or BLOCK under a strict content policy for "
            f"{c}. If NEEDS_EDIT, produce the compliant version in full.\n\nText: {_cut(pick(rng, chat), 800)}"
        )
    return (
        f"Below is an assistant answer. Rewrite it so it complies with {reg}. Remove or neutralise anything "
        f"about {sens}; keep everything useful. Output the rewritten answer, then a bullet list of your "
        f"edits.\n\n{text}"
    )


PLATFORMS = (
    "neighbourhood forum",
    "second-hand marketplace",
    "recipe site",
    "gaming community",
    "parents' group",
    "local news comments",
)


def moderation(rng: Rng, platform: str, chat: list[str]) -> str:
    post = _cut(pick(rng, chat), 600)
    if chat and chance(rng, 0.25):
        post = (
            post + f" — contact me at {pick(rng, NAMES).lower()}{irange(rng, 10, 99)}@example.net"
        )
    return (
        f"Moderate this post from a {platform}. Return JSON with keys label (ok | edit | remove), reason, "
        "and edited (the post with personal data and insults removed, or null).\n"
        f"Post: {post}"
    )


# ============================================================================================
# agent transcripts (campaign) and coding agent (benign)

_TOOLS = {
    "web_search": ("Search the web", {"query": "string", "top_k": "integer"}),
    "http_get": ("Fetch a URL", {"url": "string"}),
    "read_file": ("Read a file from the workspace", {"path": "string"}),
    "run_sql": ("Run a read-only SQL query", {"query": "string"}),
    "send_email": ("Send an email", {"to": "string", "subject": "string", "body": "string"}),
    "calendar_find_slot": (
        "Find free calendar slots",
        {"attendees": "array", "duration_min": "integer"},
    ),
    "calculator": ("Evaluate an arithmetic expression", {"expression": "string"}),
    "weather": ("Get a forecast", {"city": "string", "days": "integer"}),
    "create_ticket": ("Open a support ticket", {"title": "string", "priority": "string"}),
    "python": ("Execute Python code in a sandbox", {"code": "string"}),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Porto Alegre",
    "Krakow",
    "Hanoi",
    "Calgary",
    "Izmir",
    "Accra",
    "Leeds",
    "Valparaiso",
    "Cebu",
    "Tallinn",
    "Pune",
    "Marseille",
)


def _agent_task(rng: Rng) -> str:
    k = int(rng.integers(7))
    if k == 0:
        return (
            f"Book a {irange(rng, 2, 6) * 15}-minute meeting with {pick(rng, NAMES)} and {pick(rng, NAMES)} "
            f"next {pick(rng, ('Monday', 'Tuesday', 'Thursday'))} afternoon and email them an agenda."
        )
    if k == 1:
        return (
            f"Find the {irange(rng, 3, 10)} most recent unpaid invoices above {irange(rng, 5, 90) * 100} EUR "
            "in the billing database and draft a reminder for each customer."
        )
    if k == 2:
        return (
            f"Compare the weekend weather in {pick(rng, _CITIES)} and {pick(rng, _CITIES)} and recommend "
            "where to hold an outdoor team event."
        )
    if k == 3:
        return (
            f"Read reports/q{irange(rng, 1, 4)}_{irange(rng, 2021, 2025)}.csv, compute the mean and median of "
            f"column '{pick(rng, ('revenue', 'churn', 'latency_ms', 'units'))}' and explain any outliers."
        )
    if k == 4:
        return (
            f"Check whether status.{pick(rng, ('acme', 'northwind', 'globex', 'initech'))}.io reports an "
            "outage; if so open a high-priority ticket with a summary."
        )
    if k == 5:
        return (
            f"Research the three most cited approaches to {pick(rng, ('battery recycling', 'urban heat islands', 'crop rotation', 'fraud detection', 'vaccine cold chains'))} "
            "and write a one-page brief with sources."
        )
    return (
        f"Convert {irange(rng, 100, 9000)} {pick(rng, ('USD', 'JPY', 'BRL', 'INR'))} to EUR at today's rate, "
        "then compute the 7% fee and email the result to finance."
    )


def _fake_obs(rng: Rng, tool: str) -> str:
    if tool in ("web_search", "http_get"):
        return json.dumps(
            {
                "results": [
                    {"title": f"Result {i}", "snippet": f"... {irange(rng, 2, 99)} ..."}
                    for i in range(irange(rng, 1, 3))
                ]
            }
        )
    if tool == "run_sql":
        return json.dumps(
            {
                "rows": [
                    [irange(rng, 1000, 9999), irange(rng, 100, 9000)]
                    for _ in range(irange(rng, 1, 4))
                ]
            }
        )
    if tool == "calculator":
        return str(round(float(rng.uniform(1, 5000)), 2))
    if tool == "weather":
        return json.dumps({"sat": {"max_c": irange(rng, 4, 31), "rain_mm": irange(rng, 0, 12)}})
    return json.dumps({"ok": True, "id": irange(rng, 10000, 99999)})


def agent_step(rng: Rng, style: str) -> tuple[str, int]:
    """An agent prompt and its hidden system/tool-schema token count (sent as a system message)."""
    names = list(rng.permutation(list(_TOOLS))[: irange(rng, 3, 7)])
    task = _agent_task(rng)
    hist = []
    for _ in range(irange(rng, 0, 5)):
        tool = pick(rng, names)
        hist.append((tool, _fake_obs(rng, tool)))
    schema = [{"name": n, "description": _TOOLS[n][0], "parameters": _TOOLS[n][1]} for n in names]
    if style == "react":
        lines = "\n".join(f"{n}: {_TOOLS[n][0]}" for n in names)
        steps = "".join(
            f"Thought: I should use {t}.\nAction: {t}\nAction Input: ...\nObservation: {o}\n"
            for t, o in hist
        )
        return (
            f"Answer the task as well as you can. You have these tools:\n{lines}\n\nUse the format\nThought:\n"
            f"Action: one of [{', '.join(names)}]\nAction Input:\nObservation:\n... (repeat)\nThought: I now know "
            f"the final answer\nFinal Answer:\n\nTask: {task}\n{steps}Thought:",
            80 * len(names),
        )
    if style == "trajectory":
        return (
            "Write a complete, realistic agent trajectory for the task below: every thought, every tool call "
            "with arguments, a plausible observation for each, recovery from at least one failed call, and the "
            f"final answer. Tools available: {', '.join(names)}.\n\nTask: {task}",
            40,
        )
    hist_txt = "\n".join(f"- called {t}: {o}" for t, o in hist) or "- (no steps yet)"
    return (
        "You are an autonomous assistant that completes tasks with tools.\nTools:\n"
        f"{json.dumps(schema)}\n\nTask: {task}\n\nSteps so far:\n{hist_txt}\n\nExplain your reasoning in a field "
        '"thought", then give the next call as {"tool": ..., "arguments": {...}}, or {"final": ...} when done.',
        400 + 120 * len(names),
    )


_FUNCS = (
    "parse_config",
    "retry_request",
    "merge_ranges",
    "normalize_email",
    "load_users",
    "flush_cache",
    "compute_invoice",
    "render_table",
    "validate_token",
    "batch_upload",
    "resize_image",
    "diff_rows",
)


def coding_agent(rng: Rng, product: str, chat: list[str]) -> tuple[str, int]:
    fn, mod = pick(rng, _FUNCS), pick(rng, ("utils", "api", "billing", "auth", "models", "jobs"))
    k = int(rng.integers(4))
    if k == 0:
        last = (
            f"FAILED tests/test_{mod}.py::test_{fn} - AssertionError: expected {irange(rng, 0, 9)} got "
            f"{irange(rng, 10, 99)}"
        )
    elif k == 1:
        last = f"grep found {irange(rng, 1, 14)} matches for '{fn}' in src/"
    elif k == 2:
        last = f"File src/{mod}.py written ({irange(rng, 20, 400)} lines changed)"
    else:
        last = f"TypeError: {fn}() missing 1 required positional argument: '{pick(rng, ('session', 'items', 'cfg'))}'"
    ask = (
        _cut(pick(rng, chat), 300)
        if chance(rng, 0.3)
        else f"fix {fn} in src/{mod}.py so the tests pass"
    )
    return (
        f"[{product}] user: {ask}\n\nlast tool result:\n{last}\n\nChoose the next tool call "
        "(read_file, edit_file, run_tests, grep, finish).",
        irange(rng, 1500, 9000),
    )


# ============================================================================================
# synthetic data generation (campaign) and augmentation (benign)

_DOMAINS = (
    "personal finance",
    "home gardening",
    "basic cybersecurity",
    "Kubernetes operations",
    "Roman history",
    "sports nutrition",
    "tenancy law",
    "music theory",
    "organic chemistry",
    "travel planning",
    "SQL tuning",
    "customer complaints",
    "landscape photography",
    "climate science",
    "linear algebra",
    "job interviews",
    "first aid",
    "beekeeping",
    "supply chain logistics",
    "early childhood education",
)
_TASKS = (
    "open-ended question answering",
    "multi-step word problems",
    "summarisation",
    "classification with explanation",
    "code generation",
    "creative writing",
    "information extraction",
    "comparison essays",
)
_PERSONAS = (
    "a first-year nursing student",
    "a retired engineer learning to code",
    "a small bakery owner",
    "a high-school history teacher",
    "a freelance translator",
    "a city planner",
    "a new parent",
    "a logistics dispatcher",
    "an amateur astronomer",
    "a union representative",
    "a junior data analyst",
)
_EVOLVE = (
    "adding two explicit constraints",
    "requiring multi-step reasoning",
    "tying it to a specific real-world scenario",
    "asking for a comparison with an alternative",
    "requiring a table in the answer",
)
_DOM_I18N = {
    "es": (
        "finanzas personales",
        "historia de América Latina",
        "programación en Python",
        "nutrición deportiva",
        "derecho laboral",
        "energías renovables",
    ),
    "pt": (
        "finanças pessoais",
        "agricultura familiar",
        "programação web",
        "saúde pública",
        "direito do consumidor",
    ),
    "id": (
        "keuangan pribadi",
        "pertanian",
        "pemrograman",
        "kesehatan masyarakat",
        "sejarah Indonesia",
    ),
}


def synth_data(rng: Rng, style: str, lang: str, chat: list[str]) -> str:
    n = irange(rng, 5, 30)
    diff = pick(rng, ("easy", "medium", "hard", "expert", "mixed"))
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de pares pregunta-respuesta sobre {pick(rng, _DOM_I18N['es'])}, en "
            'formato JSON con los campos "pregunta" y "respuesta". Las respuestas deben ser completas, '
            "correctas y razonadas."
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de instruções com respostas detalhadas sobre {pick(rng, _DOM_I18N['pt'])}, "
            "em JSONL (campos: instrucao, resposta). Varie o estilo e a dificuldade."
        )
    if lang == "id":
        return (
            f"Buatlah {n} contoh pasangan pertanyaan dan jawaban yang beragam tentang "
            f"{pick(rng, _DOM_I18N['id'])} dalam format JSON (kolom: pertanyaan, jawaban). Jawaban harus "
            "lengkap dan akurat."
        )
    if style == "persona":
        return (
            f"Imagine you are {pick(rng, _PERSONAS)}. Write {min(n, 12)} questions you would realistically ask "
            f"an AI assistant about {pick(rng, _DOMAINS)}, and after each one write the ideal, detailed answer."
        )
    if style == "evol":
        return (
            f"Make the instruction below more demanding by {pick(rng, _EVOLVE)}. Print the new instruction, "
            f"then answer it in full.\n\nInstruction: {_cut(pick(rng, chat), 500)}"
        )
    return (
        f'Generate {n} diverse, high-quality training examples of "{pick(rng, _TASKS)}" in the domain '
        f'"{pick(rng, _DOMAINS)}". Output JSON Lines with fields instruction, input, output. Difficulty: '
        f"{diff}. Avoid repeating patterns; outputs must be thorough and correct."
    )


INTENTS = {
    "banking": ("card_lost", "dispute_charge", "raise_limit", "open_savings", "change_pin"),
    "airline": (
        "rebook_flight",
        "baggage_missing",
        "seat_upgrade",
        "refund_status",
        "special_meal",
    ),
    "telecom": ("roaming_on", "bill_too_high", "port_number", "slow_internet", "cancel_contract"),
}
_UTTER = {
    "card_lost": "I think I left my card at the restaurant last night",
    "dispute_charge": "there's a payment on my statement I never made",
    "raise_limit": "can you make my credit limit higher before my trip",
    "open_savings": "I'd like to start putting money aside in a separate account",
    "change_pin": "how do I set a new code for my card",
    "rebook_flight": "my meeting moved, I need to fly a day later",
    "baggage_missing": "my suitcase never showed up on the belt",
    "seat_upgrade": "is there a way to get a bigger seat on this flight",
    "refund_status": "where is the money for the flight you cancelled",
    "special_meal": "I can't eat gluten, can the flight give me something",
    "roaming_on": "will my phone work when I land abroad",
    "bill_too_high": "this month's invoice is double what I normally pay",
    "port_number": "I want to keep my number when I switch to you",
    "slow_internet": "the wifi has been crawling since Tuesday",
    "cancel_contract": "I want to end my plan at the end of the month",
}


def paraphrase_request(rng: Rng, domain: str) -> str:
    intent = pick(rng, INTENTS[domain])
    n = pick(rng, (5, 8, 10, 12, 20))
    return (
        f"Paraphrase this customer message {n} different ways for the intent '{intent}'. Keep the meaning; "
        "vary wording, formality and length; include a couple with typos. One per line, no numbering.\n"
        f"Message: {_UTTER[intent]}"
    )


# ============================================================================================
# dialogue (campaign: multi-turn harvest; benign: companion app)

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example.",
        "What is the strongest counterargument?",
        "Now summarise that in three bullet points.",
        "How would this differ in {c}?",
        "I don't get it, explain it as if I were new to this.",
        "ok and what are the risks?",
        "Rewrite that more formally.",
        "What would an expert add that you left out?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y cuáles son los riesgos?",
        "Resúmelo en tres viñetas.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Was spricht dagegen?",
        "Fass das in drei Stichpunkten zusammen.",
    ),
    "pt": ("Pode aprofundar o segundo ponto?", "Dá um exemplo concreto.", "E quais são os riscos?"),
    "it": (
        "Puoi approfondire il secondo punto?",
        "Fammi un esempio concreto.",
        "Quali sono i rischi?",
    ),
}


def dialogue(
    rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]
) -> tuple[str, int]:
    """A multi-turn harvest prompt and its extra (history) tokens."""
    opener = _cut(pick(rng, chat), 500)
    turns = irange(rng, 1, 4)
    fol = [pick(rng, _FOLLOW[lang]).format(c=pick(rng, COUNTRIES)) for _ in range(turns)]
    if style == "simulate":
        return (
            f"Simulate a realistic {irange(rng, 4, 12)}-turn conversation between a curious user and a "
            "knowledgeable assistant, starting from the user message below. Write both sides; make every "
            f"assistant turn detailed and accurate.\n\nFirst user message: {opener}",
            0,
        )
    if style == "last_only":
        return fol[-1], irange(rng, 300, 1800) * turns
    parts = [f"User: {opener}"]
    for f in fol:
        parts.append(f"Assistant: {_cut(pick(rng, passages), 600)}")
        parts.append(f"User: {f}")
    parts.append("Assistant:")
    return "\n".join(parts), 0


_SMALLTALK = (
    "haha ok",
    "tell me about your day",
    "i missed you",
    "what are you doing right now?",
    "can we continue the story from yesterday",
    "that's so sweet",
    "i had a rough day at work",
    "do you remember what i told you about my sister",
    "goodnight!!",
    "lol no way",
    "what should i eat",
    "you always know what to say",
    "can you sing me something",
    "i'm bored",
    "tell me a secret",
    "are you real?",
    "my exam went ok i think",
    "send me a pic of your cat (jk)",
    "hmm",
    "why?",
)


def companion_turn(rng: Rng, character: str) -> tuple[str, int]:
    msg = pick(rng, _SMALLTALK)
    if chance(rng, 0.2):
        msg = msg + " " + pick(rng, _SMALLTALK)
    return msg, irange(rng, 400, 3500) + (len(character) * 3)


# ============================================================================================
# sampling (campaign: best-of-n / soft labels; benign: calibration study)

_SPECS = (
    "returns the {k} most frequent words in a string, ignoring case and punctuation",
    "merges overlapping intervals in a list of (start, end) pairs",
    "checks whether a string of brackets is balanced",
    "converts a Roman numeral to an integer",
    "computes the edit distance between two strings",
    "parses an ISO 8601 duration such as 'P3DT4H' into seconds",
    "rotates an N x N matrix 90 degrees clockwise in place",
    "returns all permutations of a list without library helpers",
    "finds the longest palindromic substring",
    "flattens an arbitrarily nested list",
    "implements an LRU cache with O(1) get and put",
    "validates an IBAN",
    "splits a list into chunks of size {k}",
    "maintains the running median of a stream of numbers",
    "run-length encodes a string",
    "finds the shortest path in a grid with walls using BFS",
    "schedules {k} tasks with deadlines to maximise profit",
    "detects a cycle in a directed graph",
    "evaluates an arithmetic expression with parentheses without eval",
    "computes the number of islands in a 0/1 grid",
)
_LANGS_CODE = ("Python", "JavaScript", "Go", "Rust", "Java", "C++", "TypeScript", "Kotlin")
_MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("nitrogen", "oxygen", "argon", "carbon dioxide"),
    ),
    ("Which organ produces insulin?", ("pancreas", "liver", "kidney", "spleen")),
    ("Which of these is a prime number?", ("{p}", "{p2}", "{p3}", "{p4}")),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Westphalia", "Utrecht", "Versailles", "Tordesillas"),
    ),
    ("What is the SI unit of electrical resistance?", ("ohm", "volt", "farad", "henry")),
    (
        "Which sorting algorithm has the best worst-case complexity?",
        ("merge sort", "quicksort", "insertion sort", "bubble sort"),
    ),
    ("Roughly what is {a} x {b}?", ("{ab}", "{ab2}", "{ab3}", "{ab4}")),
    ("Which planet has the shortest day?", ("Jupiter", "Earth", "Mars", "Venus")),
    ("Which language has the most native speakers?", ("Mandarin", "Spanish", "English", "Hindi")),
)


def code_task(rng: Rng) -> str:
    spec = pick(rng, _SPECS).format(k=irange(rng, 2, 12))
    lang = pick(rng, _LANGS_CODE)
    fn = pick(rng, _FUNCS)
    return (
        f"Write a {lang} function `{fn}` that {spec}. Include types, a docstring or comment header, and "
        "handle edge cases. Then give two unit tests."
    )


def soft_label(rng: Rng, lang: str) -> str:
    q, opts = _MCQ[int(rng.integers(len(_MCQ)))]
    a, b = irange(rng, 12, 99), irange(rng, 12, 99)
    fill = {
        "p": pick(rng, (53, 59, 61, 67, 71, 73)),
        "p2": irange(rng, 6, 40) * 2,
        "p3": irange(rng, 5, 30) * 3,
        "p4": irange(rng, 3, 19) * 5,
        "a": a,
        "b": b,
        "ab": a * b,
        "ab2": a * b + irange(rng, 15, 90),
        "ab3": a * b - irange(rng, 15, 90),
        "ab4": (a + 1) * (b + 1),
    }
    opts = [o.format(**fill) for o in rng.permutation(list(opts)).tolist()]
    body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    q = q.format(**fill)
    if lang == "ko":
        return f"질문: {q}\n{body}\n하나만 고르지 말고 각 보기의 확률을 JSON으로 제시하세요(합계 1). 그런 다음 불확실성을 설명하세요."
    return (
        f"Question: {q}\n{body}\nDo not pick just one. Give your probability for each option as JSON "
        '{"A": p, "B": p, "C": p, "D": p} summing to 1, then explain where your uncertainty comes from.'
    )


def calibration_item(rng: Rng, item: int) -> str:
    sub = np.random.default_rng([182, item])
    q, opts = _MCQ[item % len(_MCQ)]
    a, b = irange(sub, 12, 99), irange(sub, 12, 99)
    fill = {
        "p": 61,
        "p2": 48,
        "p3": 57,
        "p4": 35,
        "a": a,
        "b": b,
        "ab": a * b,
        "ab2": a * b + 40,
        "ab3": a * b - 30,
        "ab4": (a + 1) * (b + 1),
    }
    body = "; ".join(o.format(**fill) for o in opts)
    return f"{q.format(**fill)} Options: {body}. Answer, then state your confidence from 0 to 100."


# ============================================================================================
# curriculum sweep (campaign) and course cohort (benign)

SYLLABUS = {
    "algebra": (
        "linear equations",
        "systems of equations",
        "quadratics",
        "inequalities",
        "functions",
        "exponents and logarithms",
        "sequences",
        "polynomial division",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "work and energy",
        "momentum",
        "circular motion",
        "waves",
        "electric circuits",
        "thermodynamics",
    ),
    "chemistry": (
        "the mole",
        "stoichiometry",
        "gas laws",
        "acids and bases",
        "redox reactions",
        "chemical equilibrium",
        "reaction rates",
        "organic functional groups",
    ),
    "statistics": (
        "descriptive statistics",
        "probability rules",
        "binomial distribution",
        "normal distribution",
        "confidence intervals",
        "hypothesis tests",
        "linear regression",
        "Bayes' theorem",
    ),
    "computer science": (
        "recursion",
        "sorting",
        "hash tables",
        "graphs",
        "dynamic programming",
        "complexity classes",
        "concurrency",
        "databases",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "inflation",
        "monetary policy",
        "comparative advantage",
        "externalities",
        "game theory",
    ),
    "biology": (
        "cell structure",
        "photosynthesis",
        "genetics",
        "evolution",
        "the immune system",
        "ecology",
        "enzymes",
        "the nervous system",
    ),
}
LEVELS = ("grade 7", "grade 10", "first-year university", "graduate")


def lesson(
    rng: Rng, form: int, subject: str, unit: str, level: str, idx: int, total: int, lang: str
) -> str:
    if lang == "de":
        return (
            f"Lektion {idx}/{total} – {subject}: {unit}. Zielgruppe: {level}. Schreibe (a) eine klare "
            "Erklärung, (b) zwei vollständig durchgerechnete Beispiele, (c) drei Übungsaufgaben mit "
            "ausführlichen Lösungen."
        )
    if lang == "fr":
        return (
            f"Leçon {idx}/{total} — {subject} : {unit}. Public : {level}. Rédige une explication claire, deux "
            "exemples entièrement résolus et trois exercices avec corrigé détaillé."
        )
    if form == 0:
        return (
            f"Lesson {idx}/{total} - {subject}: {unit}. Audience: {level}. Write (a) a clear explanation, "
            "(b) two fully worked examples, (c) three exercises with complete step-by-step solutions."
        )
    if form == 1:
        return (
            f"Write a {level} quiz on {unit} ({subject}) with 5 multiple-choice questions. For each, give "
            "the correct answer and explain why every other option is wrong."
        )
    if form == 2:
        return (
            f"What misconceptions do {level} students typically have about {unit}? For each, explain the "
            "correct idea with a worked example."
        )
    return (
        f"Explain {unit} to a {level} learner using an analogy, then derive the key result formally and "
        "finish with a short self-test."
    )


def cohort_exercise(rng: Rng, week: int, ex: int, chat: list[str]) -> str:
    unit = SYLLABUS["computer science"][(week - 1) % 8]
    k = int(rng.integers(4))
    if k == 0:
        return f"exercise {week}.{ex} ({unit}): my solution fails the last test case, can you see why? {_cut(pick(rng, chat), 200)}"
    if k == 1:
        return f"can you explain {unit} again, I don't get the part about {pick(rng, ('base cases', 'the invariant', 'big O', 'the example in class'))}"
    if k == 2:
        return f"Week {week} exercise {ex}: give me a hint but not the answer"
    return _cut(pick(rng, chat), 400)


# ============================================================================================
# translation and code-explanation harvest (campaign) and translation shop (benign)

_TGT = (
    "German",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
    "Arabic",
    "Turkish",
    "Polish",
    "Vietnamese",
    "Indonesian",
    "French",
    "Spanish",
    "Italian",
    "Hindi",
    "Thai",
)
_SNIPPETS = (
    "def f(xs):\n    seen = {}\n    for i, x in enumerate(xs):\n        if {t} - x in seen:\n            return seen[{t} - x], i\n        seen[x] = i",
    "SELECT c.name, SUM(o.total) FROM customers c JOIN orders o ON o.cid = c.id\nWHERE o.created > now() - interval '{t} days'\nGROUP BY c.name HAVING SUM(o.total) > {t}00;",
    "const debounce = (fn, ms = {t}) => {{\n  let h;\n  return (...a) => {{ clearTimeout(h); h = setTimeout(() => fn(...a), ms); }};\n}};",
    "fn gcd(mut a: u64, mut b: u64) -> u64 {{\n    while b != 0 {{ let t = b; b = a % b; a = t; }}\n    a\n}} // used with {t}",
    "awk -F, 'NR>1 {{ s[$2] += $5 }} END {{ for (k in s) if (s[k] > {t}) print k, s[k] }}' sales.csv",
    "for i in range(1, {t}):\n    print('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0) or i)",
)


def harvest_translate(rng: Rng, style: str, passages: list[str]) -> str:
    if style == "code":
        snip = (
            pick(rng, _SNIPPETS)
            .replace("{t}", str(irange(rng, 3, 90)))
            .replace("{{", "{")
            .replace("}}", "}")
        )
        return (
            f"Explain what this code does, line by line, then point out any bug or edge case and write an "
            f"improved version:\n\n{snip}"
        )
    text = _cut(pick(rng, passages), 900)
    tgt = pick(rng, _TGT)
    if style == "parallel":
        return f"Translate into {tgt}. Then give a literal back-translation into English, sentence by sentence.\n\n{text}"
    return f"Please translate this into natural {tgt} (keep formatting):\n\n{text}"


def cat_segment(rng: Rng, src: str, tgt: str, job: str, passages: list[str]) -> str:
    sents = _sentences(_cut(pick(rng, passages), 600)) or ["Thank you for your order."]
    seg = pick(rng, sents)
    if chance(rng, 0.3):
        seg = f"<b>{seg}</b>"
    if chance(rng, 0.2):
        seg = seg + " {customer_name}"
    return f"[{job}] {src}>{tgt}. Translate the segment; keep tags and placeholders unchanged.\nSegment: {seg}"


# ============================================================================================
# human-phrased questions (low-and-slow crowd)

CONCEPTS = {
    "finance": (
        "index funds",
        "compound interest",
        "bond yields",
        "inflation-linked savings",
        "a Roth IRA",
        "dollar-cost averaging",
        "credit scores",
        "mortgage amortisation",
    ),
    "coding": (
        "async/await",
        "git rebase",
        "Docker volumes",
        "SQL joins",
        "memoization",
        "regex lookaheads",
        "React hooks",
        "Python decorators",
        "CORS errors",
        "unit test mocks",
    ),
    "health": (
        "intermittent fasting",
        "creatine",
        "sleep cycles",
        "vitamin D",
        "muscle soreness",
        "blood pressure readings",
    ),
    "science": (
        "black holes",
        "CRISPR",
        "quantum entanglement",
        "plate tectonics",
        "mRNA vaccines",
        "entropy",
        "the Doppler effect",
    ),
    "law": (
        "a non-compete clause",
        "security deposits",
        "fair use",
        "probate",
        "small claims court",
    ),
    "career": (
        "salary negotiation",
        "a cover letter",
        "a career gap",
        "a performance review",
        "a notice period",
    ),
}
_ASK = {
    "en": (
        "hey quick q — how does {x} actually work?",
        "can someone explain {x} like i'm 12",
        "what's the catch with {x}?",
        "is {x} worth it or overrated",
        "{x}: what do people usually get wrong?",
        "trying to understand {x} for work, where do I start",
        "whats the difference between {x} and {y}",
        "ok so {x}. pros and cons?",
        "explain {x} but with an example from real life pls",
    ),
    "es": (
        "¿cómo funciona {x} exactamente?",
        "explícame {x} como si tuviera 12 años",
        "¿qué diferencia hay entre {x} y {y}?",
    ),
    "de": (
        "wie funktioniert {x} eigentlich genau?",
        "was ist der Unterschied zwischen {x} und {y}?",
    ),
    "pt": ("como funciona {x} na prática?", "qual a diferença entre {x} e {y}?"),
    "ja": ("{x}って実際どういう仕組みですか？", "{x}と{y}の違いを簡単に教えてください"),
    "zh": ("{x}到底是怎么回事？能简单解释一下吗", "{x}和{y}有什么区别？"),
}


def crowd_question(rng: Rng, lang: str, fields: list[str]) -> str:
    field = pick(rng, fields)
    i, j = rng.choice(len(CONCEPTS[field]), size=2, replace=False).tolist()
    x, y = CONCEPTS[field][i], CONCEPTS[field][j]
    q = pick(rng, _ASK[lang]).format(x=x, y=y)
    if chance(rng, 0.3):
        q = q + pick(
            rng,
            (" thanks!", " (be detailed)", " asking bc my friend said otherwise", " sources?", ""),
        )
    return q


# ============================================================================================
# product wrappers and agency copy

_SHADOW = (
    "{p}\n\nAnswer thoroughly: reason through the problem step by step, then give a polished final answer.",
    "{p}\n\n(Respond as a domain expert. Be complete and precise; include your reasoning.)",
    "Expert mode.\n{p}",
)


def shadow(rng: Rng, style: int, prompt: str) -> str:
    return _SHADOW[style].format(p=prompt)


_PRODUCTS = (
    "reusable water bottles",
    "a language-learning app",
    "handmade soap",
    "a dental clinic",
    "an indie board game",
    "e-bike rentals",
    "a co-working space",
    "organic dog food",
    "a budgeting app",
    "a wedding photographer",
)
_AUDIENCES = (
    "busy parents",
    "students",
    "retirees",
    "remote workers",
    "small-business owners",
    "gamers",
)


def agency_copy(rng: Rng, chat: list[str]) -> str:
    k = int(rng.integers(5))
    prod, aud = pick(rng, _PRODUCTS), pick(rng, _AUDIENCES)
    if k == 0:
        return f"Write {irange(rng, 2, 5)} Facebook ad variants for {prod} aimed at {aud}. Max 125 characters each."
    if k == 1:
        return f"SEO meta description (under 155 chars) for a landing page about {prod}. Include the phrase '{prod}'."
    if k == 2:
        return f"Product description, {irange(rng, 60, 150)} words, friendly tone, for {prod}. Target: {aud}."
    if k == 3:
        return f"Give me 10 blog post titles about {prod} for {aud}, no clickbait."
    return _cut(pick(rng, chat), 800)

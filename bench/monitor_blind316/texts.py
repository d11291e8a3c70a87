"""Prompt generators of blind batch 316, written fresh for this batch.

Every generator takes the caller's `numpy` generator and draws from it only (lists and tuples, never
sets), so a seed gives the same text in every process. Ordinary human text comes from ShareGPT's
"sim" half through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant-style answers), which
callers pass in.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def hex_tag(rng: Rng, k: int = 6) -> str:
    return "".join(pick(rng, "0123456789abcdef") for _ in range(k))


# ---------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn, wording per language)

_TRAIN = {
    "en": "Two trains leave stations {d} km apart at the same time and head toward each other, one at "
    "{a} km/h and the other at {b} km/h. After how many minutes do they meet?",
    "es": "Dos trenes salen al mismo tiempo de estaciones separadas por {d} km y viajan el uno hacia "
    "el otro, uno a {a} km/h y el otro a {b} km/h. ¿Cuántos minutos tardan en cruzarse?",
    "de": "Zwei Züge fahren gleichzeitig von zwei {d} km entfernten Bahnhöfen aufeinander zu, der "
    "eine mit {a} km/h, der andere mit {b} km/h. Nach wie vielen Minuten begegnen sie sich?",
    "zh": "两列火车同时从相距{d}公里的两个车站相向而行，一列时速{a}公里，另一列时速{b}公里。它们多少分钟后相遇？",
    "ru": "Два поезда одновременно выходят навстречу друг другу из городов, расстояние между которыми "
    "{d} км. Скорость первого {a} км/ч, второго {b} км/ч. Через сколько минут они встретятся?",
}
_MIX = {
    "en": "A chemist has {x} litres of a {p}% acid solution. How many litres of a {q}% solution must be "
    "added to obtain a {r}% solution?",
    "es": "Un químico tiene {x} litros de una solución ácida al {p}%. ¿Cuántos litros de una solución "
    "al {q}% debe añadir para obtener una solución al {r}%?",
    "de": "Eine Chemikerin hat {x} Liter einer {p}-prozentigen Säurelösung. Wie viele Liter einer "
    "{q}-prozentigen Lösung muss sie hinzufügen, um eine {r}-prozentige Lösung zu erhalten?",
    "zh": "一位化学家有{x}升浓度为{p}%的酸溶液。需要加入多少升浓度为{q}%的溶液，才能得到浓度为{r}%的溶液？",
    "ru": "У химика есть {x} л раствора кислоты концентрацией {p}%. Сколько литров раствора "
    "концентрацией {q}% нужно добавить, чтобы получить раствор концентрацией {r}%?",
}
_WORK = {
    "en": "Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties it in {c} "
    "hours. With all three open, how long does it take to fill the empty tank?",
    "es": "El grifo A llena un depósito en {a} horas y el grifo B en {b} horas; un desagüe lo vacía en "
    "{c} horas. Con los tres abiertos, ¿cuánto tarda en llenarse el depósito vacío?",
    "de": "Rohr A füllt einen Tank in {a} Stunden, Rohr B in {b} Stunden, ein Abfluss leert ihn in {c} "
    "Stunden. Wie lange dauert es, den leeren Tank mit allen dreien zu füllen?",
    "zh": "A管{a}小时能注满水池，B管{b}小时能注满，排水管{c}小时能排空。三管同时打开，空池多久能注满？",
    "ru": "Первая труба наполняет бак за {a} ч, вторая — за {b} ч, а слив опустошает его за {c} ч. "
    "За какое время наполнится пустой бак, если открыть всё сразу?",
}
_MOD = {
    "en": "What is the remainder when {a}^{b} is divided by {m}?",
    "es": "¿Cuál es el resto de dividir {a}^{b} entre {m}?",
    "de": "Welchen Rest lässt {a}^{b} bei Division durch {m}?",
    "zh": "{a}的{b}次方除以{m}的余数是多少？",
    "ru": "Какой остаток даёт число {a}^{b} при делении на {m}?",
}
_DICE = {
    "en": "{k} fair {s}-sided dice are rolled. What is the probability that the sum is at least {t}?",
    "es": "Se lanzan {k} dados justos de {s} caras. ¿Cuál es la probabilidad de que la suma sea al "
    "menos {t}?",
    "de": "Es werden {k} faire {s}-seitige Würfel geworfen. Wie groß ist die Wahrscheinlichkeit, dass "
    "die Augensumme mindestens {t} beträgt?",
    "zh": "掷{k}枚均匀的{s}面骰子，点数之和至少为{t}的概率是多少？",
    "ru": "Бросают {k} правильных {s}-гранных кубиков. Какова вероятность, что сумма очков не меньше {t}?",
}
_KNIGHTS = {
    "en": 'On an island, knights always tell the truth and knaves always lie. {p1} says: "{p2} is a '
    'knave." {p2} says: "{p1} and {p3} are of the same kind." {p3} says: "{n} of us are knights." '
    "Who is what?",
    "es": "En una isla los caballeros siempre dicen la verdad y los bribones siempre mienten. {p1} "
    'dice: "{p2} es un bribón". {p2} dice: "{p1} y {p3} son del mismo tipo". {p3} dice: "{n} de '
    'nosotros somos caballeros". ¿Quién es qué?',
    "de": "Auf einer Insel sagen Ritter immer die Wahrheit und Schurken lügen immer. {p1} sagt: "
    '"{p2} ist ein Schurke." {p2} sagt: "{p1} und {p3} sind von derselben Art." {p3} sagt: "{n} '
    'von uns sind Ritter." Wer ist was?',
    "zh": "岛上骑士总说真话，无赖总说假话。{p1}说：“{p2}是无赖。”{p2}说：“{p1}和{p3}是同一类人。”"
    "{p3}说：“我们当中有{n}个骑士。”请判断每个人的身份。",
    "ru": "На острове рыцари всегда говорят правду, а лжецы всегда лгут. {p1} говорит: «{p2} — "
    "лжец». {p2} говорит: «{p1} и {p3} одного типа». {p3} говорит: «Среди нас {n} рыцаря». Кто есть кто?",
}
_GEOM = {
    "en": "A triangle has vertices at ({a}, {b}), ({c}, {d}) and ({e}, {f}). Find its area and the "
    "length of its longest side.",
    "es": "Un triángulo tiene vértices en ({a}, {b}), ({c}, {d}) y ({e}, {f}). Calcula su área y la "
    "longitud de su lado más largo.",
    "de": "Ein Dreieck hat die Ecken ({a}, {b}), ({c}, {d}) und ({e}, {f}). Berechne den "
    "Flächeninhalt und die Länge der längsten Seite.",
    "zh": "三角形的顶点为({a}, {b})、({c}, {d})和({e}, {f})。求它的面积和最长边的长度。",
    "ru": "Вершины треугольника: ({a}, {b}), ({c}, {d}) и ({e}, {f}). Найдите его площадь и длину "
    "наибольшей стороны.",
}
_SCHED = {
    "en": "{n} tasks take {ts} hours respectively. Task {x} must finish before task {y} starts and "
    "two workers are available. What is the shortest possible completion time?",
    "es": "{n} tareas duran {ts} horas respectivamente. La tarea {x} debe terminar antes de que empiece "
    "la tarea {y} y hay dos trabajadores. ¿Cuál es el tiempo mínimo para completarlas todas?",
    "de": "{n} Aufgaben dauern jeweils {ts} Stunden. Aufgabe {x} muss vor Aufgabe {y} fertig sein, und "
    "es gibt zwei Arbeitskräfte. Was ist die kürzestmögliche Gesamtdauer?",
    "zh": "{n}项任务分别需要{ts}小时。任务{x}必须在任务{y}开始前完成，共有两名工人。最短完成时间是多少？",
    "ru": "{n} задач занимают соответственно {ts} часов. Задача {x} должна завершиться до начала "
    "задачи {y}, работников двое. Каково минимальное время выполнения всех задач?",
}


def reasoning_problem(rng: Rng, lang: str) -> str:
    kind = irange(rng, 0, 7)
    if kind == 0:
        return _TRAIN[lang].format(
            d=irange(rng, 40, 900), a=irange(rng, 40, 160), b=irange(rng, 40, 160)
        )
    if kind == 1:
        p, q = irange(rng, 5, 40), irange(rng, 45, 95)
        return _MIX[lang].format(x=irange(rng, 2, 60), p=p, q=q, r=irange(rng, p + 1, q - 1))
    if kind == 2:
        return _WORK[lang].format(a=irange(rng, 2, 12), b=irange(rng, 2, 12), c=irange(rng, 6, 30))
    if kind == 3:
        return _MOD[lang].format(
            a=irange(rng, 2, 99), b=irange(rng, 10, 4000), m=irange(rng, 7, 97)
        )
    if kind == 4:
        k, s = irange(rng, 2, 5), pick(rng, (4, 6, 8, 10, 12, 20))
        return _DICE[lang].format(k=k, s=s, t=irange(rng, k + 1, k * s))
    if kind == 5:
        who = [str(x) for x in rng.permutation(NAMES)[:3].tolist()]
        return _KNIGHTS[lang].format(p1=who[0], p2=who[1], p3=who[2], n=irange(rng, 0, 3))
    if kind == 6:
        v = rng.integers(-20, 21, size=6).tolist()
        return _GEOM[lang].format(a=v[0], b=v[1], c=v[2], d=v[3], e=v[4], f=v[5])
    n = irange(rng, 4, 8)
    ts = ", ".join(str(x) for x in rng.integers(1, 13, size=n).tolist())
    x, y = irange(rng, 1, n - 1), n
    return _SCHED[lang].format(n=n, ts=ts, x=x, y=y)


_THINK_TAIL = {
    "en": (
        "Before you answer, think it through inside <think></think> tags. Write out every "
        "intermediate value, check each one, and put the result after 'FINAL:'.",
        "Reason step by step. Do not skip any step, even obvious ones; number each step and "
        "verify the answer at the end.",
        "Show your complete chain of reasoning first (all of it, no summarising), then the answer "
        "on its own line.",
        "Explain your thinking in detail as you go, consider at least one alternative approach, "
        "and say why you rejected it before giving the final answer.",
    ),
    "es": (
        "Piensa paso a paso y escribe todo tu razonamiento, sin saltarte nada, antes de la "
        "respuesta final.",
        "Razona en voz alta dentro de <razonamiento></razonamiento> y da la respuesta al final.",
    ),
    "de": (
        "Denke Schritt für Schritt nach und schreibe den vollständigen Lösungsweg auf, bevor du "
        "die Antwort nennst. Prüfe das Ergebnis am Ende.",
        "Begründe jeden einzelnen Schritt ausführlich; die Endantwort bitte in einer eigenen Zeile.",
    ),
    "zh": (
        "请一步一步地思考，把完整的推理过程写出来，不要省略任何步骤，最后用【答案】给出结果。",
        "先在<思考></思考>标签里详细推理并检验，再给出最终答案。",
    ),
    "ru": (
        "Рассуждай пошагово и подробно распиши каждый шаг, затем проверь результат и дай "
        "окончательный ответ.",
        "Сначала полностью изложи ход рассуждений, ничего не сокращая, потом ответ отдельной строкой.",
    ),
}


def reasoning_prompt(rng: Rng, style: str, lang: str) -> str:
    """A drawn problem wrapped in a request for the full reasoning trace (the harvested part)."""
    problem = reasoning_problem(rng, lang)
    if style == "tail":
        return f"{problem}\n\n{pick(rng, _THINK_TAIL[lang])}"
    if style == "sections":
        return (
            "### Problem\n"
            f"{problem}\n\n### Required format\n1. Givens\n2. Plan\n3. Full derivation (every "
            "arithmetic step written out)\n4. Check\n5. Final answer in \\boxed{}"
        )
    if style == "json":
        return json.dumps(
            {
                "id": f"q{irange(rng, 10000, 999999)}",
                "problem": problem,
                "instructions": pick(rng, _THINK_TAIL[lang]),
                "return": {"steps": "list[str], >= 6 items", "answer": "str"},
            },
            ensure_ascii=False,
        )
    if style == "persona":
        return (
            f"You are a patient olympiad coach who never skips a step.\n\n{problem}\n\n"
            f"{pick(rng, _THINK_TAIL[lang])}"
        )
    # "bare": a one-liner that still asks for the trace
    return f"{problem} {pick(rng, _THINK_TAIL[lang]).split('.')[0]}."


# ---------------------------------------------------------------------------------------------
# grading / judging / reward modelling

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "reasoning quality",
    "formatting",
)


def judge_prompt(rng: Rng, style: str, question: str, ans_a: str, ans_b: str) -> str:
    q = _clip(question, 60, 700, rng)
    a = _clip(ans_a, 200, 1100, rng)
    b = _clip(ans_b, 200, 1100, rng)
    crit = [str(c) for c in rng.permutation(_CRITERIA)[: irange(rng, 3, 6)].tolist()]
    if style == "pairwise":
        return (
            "Compare the two assistant replies to the user's question below. Decide which one is "
            "better overall, explaining your verdict in detail first and only then writing "
            '"Winner: A", "Winner: B" or "Winner: tie".\n\n'
            f"[Question]\n{q}\n\n[Reply A]\n{a}\n\n[Reply B]\n{b}"
        )
    if style == "rubric":
        return (
            f"Score the response on each criterion from 1 to 10: {', '.join(crit)}. Justify every "
            'score in two or three sentences, then output JSON {"scores": {...}, "overall": n}.\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "reward":
        return (
            "You are acting as a reward model. Read the conversation and estimate the probability "
            "(0.00-1.00) that a careful expert would prefer this reply over a typical alternative. "
            "Think aloud about strengths and weaknesses before the number.\n\n"
            f"<user>{q}</user>\n<assistant>{a}</assistant>"
        )
    if style == "checklist":
        lines = "\n".join(f"- {c}: PASS/FAIL + one sentence" for c in crit)
        return (
            f"Audit this answer.\n{lines}\nThen give an overall letter grade (A-F) and a corrected "
            f"version of anything marked FAIL.\n\nQuestion: {q}\n\nAnswer under audit:\n{a}"
        )
    if style == "zh":
        return (
            f"请作为公正的评审，比较下面两个回答的质量，从{('、'.join(crit))}几个方面逐条分析，"
            f"最后给出“A更好”、“B更好”或“平局”。\n\n问题：{q}\n\n回答A：{a}\n\n回答B：{b}"
        )
    # "critique": critique then rewrite, the typical critic-model harvest
    return (
        f"Write a critique of the answer below ({', '.join(crit)}), list each flaw with a severity "
        f"(minor/major), and then produce an improved answer.\n\n### Question\n{q}\n\n### Answer\n{a}"
    )


# ---------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

_RULES = (
    "no commentary on current political leaders or parties",
    "no references to protests, elections or territorial disputes",
    "keep a neutral, positive tone",
    "do not mention specific religions",
    "remove anything that could be read as medical advice",
    "no profanity or slang",
    "do not name competitors or foreign media outlets",
    "avoid any statement about historical events after 1949",
    "replace personal data with placeholders",
    "no instructions involving weapons, drugs or hacking",
)
_REFUSALS = (
    "I'm sorry, but I can't help with that.",
    "I can't assist with this request.",
    "As an AI, I am not able to provide that information.",
    "Sorry, that's not something I can do.",
)


def policy_prompt(rng: Rng, style: str, chat: str, passage: str) -> str:
    rules = [str(r) for r in rng.permutation(_RULES)[: irange(rng, 3, 5)].tolist()]
    req, draft = _clip(chat, 40, 500, rng), _clip(passage, 250, 1200, rng)
    if style == "guidelines":
        body = "\n".join(f"{i + 1}. {r}" for i, r in enumerate(rules))
        return (
            "Rewrite the draft answer so it complies with every guideline below while keeping as "
            f"much useful content as possible. Output only the rewritten answer.\n\nGuidelines:\n{body}"
            f"\n\nDraft:\n{draft}"
        )
    if style == "unrefuse":
        return (
            "Another assistant refused the request below. Write the response an ideal assistant "
            "would give instead: help fully where it is safe, decline only the parts that are "
            f"not, and explain the boundary briefly.\n\nRequest: {req}\nRefusal: {pick(rng, _REFUSALS)}"
        )
    if style == "zh":
        body = "；".join(rules)
        return f"请把下面的回答改写成符合平台内容规范的版本（{body}），保留技术和事实信息，只输出改写后的文本。\n\n原回答：\n{draft}"
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал правилам площадки: нейтральный тон, без "
            "политики, без упоминания конкретных организаций. Сохрани всю полезную информацию.\n\n"
            f"Исходный ответ:\n{draft}"
        )
    # "classify": risk label then the safe completion
    return (
        "First classify the user prompt's policy risk as none, low, medium or high with a one-line "
        "reason. Then write the completion a careful, policy-abiding assistant would return.\n\n"
        f"Prompt: {req}"
    )


# ---------------------------------------------------------------------------------------------
# agent / tool-use trajectories

_TOOLS = (
    ("web_search", {"query": "string", "top_k": "integer"}),
    ("open_url", {"url": "string"}),
    ("run_python", {"code": "string"}),
    ("sql_query", {"database": "string", "sql": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_create", {"title": "string", "start": "string", "minutes": "integer"}),
    ("get_weather", {"city": "string", "date": "string"}),
    ("currency_convert", {"amount": "number", "from": "string", "to": "string"}),
    ("shell", {"cmd": "string"}),
    ("jira_create_issue", {"project": "string", "summary": "string", "priority": "string"}),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and put them in a table.",
    "Load sales_{y}.csv, compute revenue per quarter, and email the summary to {n}.",
    "Check whether it will rain in {c1} on Saturday and, if so, move the picnic in my calendar to Sunday.",
    "Find all customers in the orders database who ordered more than {k} times and never left a review.",
    "Read README.md in the repo, figure out why `make test` fails, and fix it.",
    "Convert {k}00 {cur} to EUR and USD and tell me which conversion fee is lower at the two banks listed in fees.txt.",
    "Summarise the latest three news articles about {topic} and file a ticket for the research team.",
    "Schedule a 30-minute meeting with {n} next week when both calendars are free.",
    "Scrape the pricing page of the first search result for '{topic} software' and compare the plans.",
    "Write a script that renames every photo in ./imgs by its EXIF date, run it, and report what changed.",
)
_TOPICS = (
    "battery recycling",
    "urban heat islands",
    "open-source licences",
    "coral reef bleaching",
    "supply chain finance",
    "quantum key distribution",
    "microplastics",
    "carbon border taxes",
    "e-sports sponsorship",
    "vertical farming",
    "satellite internet",
    "antibiotic resistance",
    "remote-work policy",
    "lithium mining",
    "rare-earth magnets",
    "central bank digital currencies",
)


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        y=irange(rng, 2019, 2025),
        n=pick(rng, NAMES),
        k=irange(rng, 2, 9),
        cur=pick(rng, ("JPY", "INR", "BRL", "PLN", "KES", "MXN")),
        topic=pick(rng, _TOPICS),
    )


def agent_prompt(rng: Rng, style: str) -> tuple[str, int]:
    """A tool-use step; returns (prompt, extra prompt tokens for the unseen history)."""
    tools = [_TOOLS[i] for i in sorted(rng.permutation(len(_TOOLS))[: irange(rng, 3, 7)].tolist())]
    task = agent_task(rng)
    step = irange(rng, 0, 9)
    extra = 250 + 120 * len(tools) + step * irange(rng, 150, 600)
    if style == "react":
        names = ", ".join(t[0] for t in tools)
        hist = ""
        for i in range(min(step, 3)):
            t = tools[i % len(tools)]
            hist += f"Thought: I should use {t[0]}.\nAction: {t[0]}\nObservation: [{irange(rng, 1, 40)} lines omitted]\n"
        return (
            f"Tools: {names}\nUse the format Thought / Action / Action Input / Observation, repeat "
            f"as needed, and end with Final Answer.\n\nTask: {task}\n{hist}Thought:",
            extra,
        )
    if style == "functions":
        spec = [
            {
                "name": n,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": v} for k, v in p.items()},
                },
            }
            for n, p in tools
        ]
        return (
            json.dumps(
                {"tools": spec, "messages": [{"role": "user", "content": task}], "step": step}
            ),
            extra,
        )
    if style == "full_trajectory":
        return (
            "Simulate a complete, realistic agent trajectory for the task below: every tool call with "
            "exact JSON arguments, a plausible tool result, your reasoning between calls, error "
            "recovery if a call fails, and the final answer to the user.\n"
            f"Available tools: {', '.join(t[0] for t in tools)}\nTask: {task}",
            extra // 3,
        )
    # "observation": the newest tool result is the last user message
    t = tools[step % len(tools)]
    return (
        f'<tool_result name="{t[0]}" status="{pick(rng, ("ok", "ok", "ok", "error"))}">\n'
        f"{json.dumps({'rows': irange(rng, 0, 500), 'elapsed_ms': irange(rng, 30, 9000)})}\n</tool_result>\n"
        "Continue with the next step.",
        extra,
    )


# ---------------------------------------------------------------------------------------------
# synthetic data generation

_DATA_KINDS = (
    ("instruction-response pairs", '{"instruction": str, "response": str}'),
    ("multi-turn dialogues", '{"turns": [{"role": str, "content": str}]}'),
    (
        "question / chain-of-thought / answer triples",
        '{"question": str, "cot": str, "answer": str}',
    ),
    ("preference pairs", '{"prompt": str, "chosen": str, "rejected": str}'),
    ("function-calling examples", '{"query": str, "call": {"name": str, "arguments": {}}}'),
    ("reading-comprehension items", '{"passage": str, "question": str, "answer": str}'),
)
_SKILLS = (
    "general assistant",
    "math tutoring",
    "customer support",
    "SQL generation",
    "medical triage",
    "legal drafting",
    "creative writing",
    "summarisation",
    "code review",
    "travel planning",
)
_SYNTH_LANG = {
    "en": "Generate {n} diverse {kind} for training a {skill} model, on the topic '{topic}'. Vary "
    "difficulty, length and phrasing; no two items may share an opening. Return JSON lines with "
    "schema {schema}.",
    "es": "Genera {n} {kind} variados para entrenar un modelo de {skill} sobre el tema «{topic}». "
    "Varía la dificultad y la redacción. Devuelve líneas JSON con el esquema {schema}.",
    "fr": "Génère {n} {kind} variés pour entraîner un modèle de {skill} sur le thème « {topic} ». "
    "Varie la difficulté et la formulation. Réponds en lignes JSON au schéma {schema}.",
    "pt": "Gere {n} {kind} diversos para treinar um modelo de {skill} sobre o tema '{topic}'. Varie "
    "dificuldade e estilo. Responda em linhas JSON com o esquema {schema}.",
    "ja": "「{topic}」をテーマに、{skill}モデルの学習用の{kind}を{n}件生成してください。難易度と言い回しを変え、"
    "スキーマ{schema}のJSON Linesで出力してください。",
}


def synth_prompt(rng: Rng, style: str, lang: str) -> str:
    kind, schema = pick(rng, _DATA_KINDS)
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    base = _SYNTH_LANG[lang].format(
        n=n, kind=kind, skill=pick(rng, _SKILLS), topic=pick(rng, _TOPICS), schema=schema
    )
    if style == "seeded":
        return f"{base}\nSeed: {hex_tag(rng, 8)}. Persona of the asker: {pick(rng, NAMES)}, {pick(rng, COUNTRIES)}."
    if style == "config":
        return json.dumps(
            {
                "job": f"gen-{hex_tag(rng)}",
                "shard": irange(rng, 0, 511),
                "instruction": base,
                "temperature_hint": pick(rng, ("high", "medium")),
            },
            ensure_ascii=False,
        )
    if style == "evolve":
        return (
            f'Here is a seed instruction: "{pick(rng, _AGENT_TASKS).split(",")[0]}". Rewrite it into '
            f"{n // 5} harder variants (add constraints, deepen reasoning, concretise), then answer "
            "each variant thoroughly."
        )
    return base


# ---------------------------------------------------------------------------------------------
# follow-up turns (user simulator style, and real-person style)

_SIM_FOLLOWUPS = {
    "en": (
        "That's really helpful, thank you! Could you elaborate on the second point with a concrete example?",
        "Interesting. What would be the main counterarguments to what you just said?",
        "Great explanation. Can you now summarise it in three bullet points for a beginner?",
        "Thanks! How would this change if I only had half the budget?",
        "I see. Could you walk me through the trickiest part step by step?",
        "That makes sense. What are common mistakes people make here, and how can I avoid them?",
        "Could you rewrite your previous answer in a more formal tone?",
        "Okay, and what would an expert add that you left out?",
    ),
    "es": (
        "¡Muy útil, gracias! ¿Podrías ampliar el segundo punto con un ejemplo concreto?",
        "Interesante. ¿Cuáles serían los principales contraargumentos?",
        "¿Puedes resumirlo en tres puntos para alguien que empieza?",
    ),
    "pt": (
        "Muito útil, obrigado! Pode detalhar melhor o segundo ponto com um exemplo?",
        "E quais seriam os erros mais comuns nesse caso?",
    ),
    "hi": (
        "बहुत बढ़िया, धन्यवाद! क्या आप दूसरे बिंदु को एक उदाहरण के साथ समझा सकते हैं?",
        "ठीक है, और इसमें सबसे आम गलतियाँ क्या होती हैं?",
    ),
}
_HUMAN_FOLLOWUPS = (
    "continue",
    "ok thanks",
    "can you make it shorter",
    "why?",
    "give me an example",
    "that didn't work, same error",
    "more detail pls",
    "in python instead",
    "what about the second one",
    "translate that to spanish",
    "hmm not quite. try again",
    "perfect",
    "can you put it in a table",
)


def sim_followup(rng: Rng, lang: str) -> str:
    return pick(rng, _SIM_FOLLOWUPS[lang])


def human_followup(rng: Rng) -> str:
    return pick(rng, _HUMAN_FOLLOWUPS)


# ---------------------------------------------------------------------------------------------
# best-of-n / soft labels

_MCQ_STEMS = (
    "Which of these is a prime number?",
    "Which planet has the shortest day?",
    "Which data structure gives O(1) average lookup?",
    "Which word is closest in meaning to 'ephemeral'?",
    "Which year did the Berlin Wall fall?",
    "Which gas makes up most of Earth's atmosphere?",
    "Which sorting algorithm is stable?",
    "Which country has the most time zones?",
)


def softlabel_prompt(rng: Rng, style: str, chat: str) -> str:
    if style == "mcq":
        opts = [str(x) for x in rng.integers(2, 200, size=4).tolist()]
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"{pick(rng, _MCQ_STEMS)}\n{body}\nAnswer with a single letter."
    if style == "confidence":
        return (
            f"{_clip(chat, 40, 600, rng)}\n\nAfter answering, state your confidence as a percentage "
            "on the last line (Confidence: NN%)."
        )
    if style == "label":
        return (
            "Label the sentiment of the text as positive, negative, neutral or mixed. Reply with the "
            f"label only.\n\nText: {_clip(chat, 30, 400, rng)}"
        )
    return _clip(chat, 30, 1500, rng)


# ---------------------------------------------------------------------------------------------
# curriculum sweeps

_SUBJECTS = {
    "algebra": (
        "linear equations",
        "inequalities",
        "systems of equations",
        "quadratics",
        "polynomials",
        "exponents and radicals",
        "functions",
        "logarithms",
        "sequences",
        "complex numbers",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "work and energy",
        "momentum",
        "circular motion",
        "gravitation",
        "oscillations",
        "waves",
        "thermodynamics",
        "electrostatics",
    ),
    "chemistry": (
        "atomic structure",
        "periodic trends",
        "bonding",
        "stoichiometry",
        "gas laws",
        "solutions",
        "equilibrium",
        "acids and bases",
        "redox",
        "kinetics",
    ),
    "statistics": (
        "descriptive statistics",
        "probability rules",
        "random variables",
        "binomial distribution",
        "normal distribution",
        "sampling",
        "confidence intervals",
        "hypothesis tests",
        "regression",
        "Bayesian updating",
    ),
    "programming": (
        "variables",
        "conditionals",
        "loops",
        "functions",
        "recursion",
        "lists and dicts",
        "classes",
        "complexity",
        "dynamic programming",
        "graphs",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "externalities",
        "GDP",
        "inflation",
        "monetary policy",
        "fiscal policy",
        "trade",
        "game theory",
    ),
}


def curriculum_prompt(rng: Rng, style: str, subject: str, unit: int, level: int, lang: str) -> str:
    concept = _SUBJECTS[subject][unit % len(_SUBJECTS[subject])]
    k = irange(rng, 3, 6)
    if lang == "es":
        return (
            f"Unidad {unit + 1} de {subject} — {concept}, nivel {level}/5. Escribe una explicación "
            f"completa con un ejemplo resuelto y {k} ejercicios con soluciones paso a paso."
        )
    if lang == "id":
        return (
            f"Bab {unit + 1} {subject}: {concept} (tingkat {level} dari 5). Tulis penjelasan lengkap, "
            f"satu contoh soal beserta pembahasan, dan {k} latihan dengan kunci jawaban langkah demi langkah."
        )
    if style == "lesson":
        return (
            f"{subject.title()} · Unit {unit + 1}: {concept} · Difficulty {level}/5\n"
            f"Write a lesson: intuition, formal definition, one fully worked example, {k} practice "
            "problems, and worked solutions for every problem."
        )
    if style == "items":
        return (
            f"Create {k} exam questions on {concept} ({subject}) at difficulty {level} of 5. For each: "
            "the question, a model solution showing all working, the final answer, and the "
            "misconception each wrong approach reveals."
        )
    return (
        f"Explain {concept} to a student who has mastered everything before unit {unit + 1} of "
        f"{subject}. Pitch it at level {level}/5, then set {k} problems and solve them in full."
    )


# ---------------------------------------------------------------------------------------------
# translation

LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
}


def translation_prompt(rng: Rng, style: str, text: str, target: str) -> str:
    name = LANG_NAMES[target]
    if style == "plain":
        return f"Translate the following text into {name}. Preserve formatting. Output only the translation.\n\n{text}"
    if style == "json":
        return json.dumps({"src": "en", "tgt": target, "text": text, "notes": "keep markdown"})
    if style == "arrow":
        return f"EN → {target.upper()}\n{text}"
    if style == "zh":
        return f"请把下面的英文翻译成{name}，保持原有格式，只输出译文：\n{text}"
    return (
        f"You are a professional {name} translator. Translate faithfully and fluently, then list "
        f"any terms you were unsure about.\n---\n{text}\n---"
    )


def paragraph(rng: Rng, passage: str) -> str:
    parts = [p for p in passage.split("\n\n") if len(p) > 80]
    return _clip(pick(rng, parts) if parts else passage, 120, 900, rng)


# ---------------------------------------------------------------------------------------------
# code tasks

_FUNCS = (
    ("parse_duration", "parses strings like '1h30m15s' into seconds"),
    ("merge_intervals", "merges overlapping closed intervals"),
    ("lru_cache_class", "implements an LRU cache with get/put in O(1)"),
    ("topo_sort", "returns a topological order of a DAG or raises on cycles"),
    ("rate_limiter", "implements a token-bucket rate limiter"),
    ("csv_dedupe", "removes duplicate rows from a CSV by a key column, keeping the newest"),
    ("levenshtein", "computes edit distance with a bounded maximum"),
    ("retry_with_backoff", "retries a callable with exponential backoff and jitter"),
    ("trie_autocomplete", "builds a trie and returns the top-k completions by frequency"),
    ("matrix_spiral", "returns the elements of a matrix in spiral order"),
    ("validate_iban", "validates an IBAN checksum"),
    ("json_diff", "returns a structural diff between two JSON documents"),
    ("roman_numerals", "converts integers to and from Roman numerals"),
    ("sliding_median", "computes the running median over a sliding window"),
    ("url_shortener", "encodes and decodes ids in base62 for a URL shortener"),
    ("bank_account", "models accounts with deposits, withdrawals and overdraft rules"),
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")


def code_task_prompt(rng: Rng, style: str, func: tuple[str, str], lang: str) -> str:
    name, what = func
    if style == "spec":
        return (
            f"Write a {lang} implementation of `{name}` that {what}. Include doc comments, handle "
            "edge cases, explain the complexity, and add a full unit-test suite."
        )
    if style == "ide":
        return f"/generate {lang.lower()} {name}: {what}. with tests"
    if style == "explain":
        return (
            f"Implement {name} in {lang} ({what}). Walk through your design decisions line by line "
            "before the final code, then show example usage."
        )
    return (
        f"// TODO({pick(rng, NAMES).lower()}): {name} — {what}\n// lang: {lang}\n"
        "Fill in the implementation and tests."
    )


# ---------------------------------------------------------------------------------------------
# knowledge harvest (the traffic of taken-over accounts)

_ASPECTS = (
    "Explain {t} in depth, as a textbook chapter would.",
    "What are the strongest arguments for and against {t}? Be thorough.",
    "Give a detailed history of {t} and where it stands today.",
    "Write a comprehensive FAQ (10 questions) about {t}.",
    "Compare the main approaches to {t} in a table, then discuss the trade-offs.",
    "What do experts disagree about regarding {t}? Explain each position.",
    "Explain {t} to a smart 15-year-old, then to a graduate student.",
)


def knowledge_prompt(rng: Rng, style: str) -> str:
    t = pick(rng, _TOPICS)
    if chance(rng, 0.5):
        t = pick(
            rng,
            (
                f"{t} in {pick(rng, COUNTRIES)}",
                f"{t} for small businesses",
                f"the economics of {t}",
                f"{t} since 2010",
                f"the ethics of {t}",
                f"{t} and public health",
            ),
        )
    q = pick(rng, _ASPECTS).format(t=t)
    if style == "lower":
        return q.lower().rstrip(".")
    if style == "framed":
        return f"{q} Use headings and finish with a short summary."
    return q


def code_like(chat: list[str]) -> list[str]:
    """Human prompts that look like a developer's (for IDE-product traffic)."""
    keys = (
        "def ",
        "function",
        "class ",
        "import ",
        "error",
        "Error",
        "SELECT",
        "{",
        "python",
        "code",
    )
    return [c for c in chat if any(k in c for k in keys)]


# ---------------------------------------------------------------------------------------------
# benign texts

_BENCH = (
    "Question: {q}\nA) {a}\nB) {b}\nC) {c}\nD) {d}\nAnswer:",
    "Solve: {x} * {y} - {z} = ?  Respond with just the number.",
    "Q: If a shop sells {x} apples a day for {y} days and {z} spoil, how many were sold? A:",
)


def bench_prompt(rng: Rng, i: int) -> str:
    """Benchmark item `i` (fixed per index: an eval replays the same items on every model)."""
    r = np.random.default_rng([316, i])
    tpl = _BENCH[i % len(_BENCH)]
    x, y, z = (int(v) for v in r.integers(2, 400, size=3).tolist())
    opts = [str(v) for v in r.integers(1, 99, size=4).tolist()]
    return tpl.format(
        q=_MCQ_STEMS[i % len(_MCQ_STEMS)], a=opts[0], b=opts[1], c=opts[2], d=opts[3], x=x, y=y, z=z
    )


def annotator_prompt(rng: Rng, chat: str, passage: str) -> str:
    q, a = _clip(chat, 40, 400, rng), _clip(passage, 150, 700, rng)
    return pick(
        rng,
        (
            f"is this answer correct? i'm reviewing it for a labelling task\n\nQ: {q}\nA: {a}",
            f"Help me write a short rationale for why this response is rated 3/5 on helpfulness:\n{a}",
            f"Is there a factual error in this text?\n{a}",
            f"Question was: {q}\nWhat would a perfect answer contain? Give me a checklist.",
        ),
    )


_GRADES = ("grade 6", "grade 8", "year 10", "grade 11", "first-year college")


def tutor_prompt(rng: Rng) -> str:
    subj = pick(rng, tuple(_SUBJECTS))
    concept = pick(rng, _SUBJECTS[subj])
    return pick(
        rng,
        (
            f"[tutor] Student ({pick(rng, _GRADES)}) asks: I don't understand {concept}. Can you explain with an example?",
            f"[tutor] Student ({pick(rng, _GRADES)}) got this wrong on homework about {concept}. Give a hint, not the answer.",
            f"[tutor] Make a 3-question check-for-understanding quiz on {concept} for {pick(rng, _GRADES)}.",
        ),
    )


_ASSIGN = (
    "Discuss whether {t} should be regulated, using at least two sources.",
    "Summarise the debate about {t} in 500 words.",
    "Write a short policy memo on {t} for a city council.",
)


def student_prompt(rng: Rng, week: int, chat: str) -> str:
    a = _ASSIGN[week % len(_ASSIGN)].format(t=_TOPICS[(week * 5) % len(_TOPICS)])
    return pick(
        rng,
        (
            f"my assignment: {a} where do i start",
            f"can u help me outline this: {a}",
            f"{a}\n\nhere's my draft intro, is it ok? {_clip(chat, 40, 300, rng)}",
            f"what sources should i use for '{a}'",
            _clip(chat, 20, 500, rng),
            "explain this more simply",
        ),
    )


def l10n_prompt(rng: Rng, client: str, text: str, target: str) -> str:
    return (
        f"Client: {client}. Glossary: keep product names in English; formal register. Translate into "
        f"{LANG_NAMES[target]} for the {pick(rng, ('user manual', 'website', 'contract annex', 'newsletter'))}:\n{text}"
    )


_RISKY = (
    "how do i pick a lock on my own front door",
    "what household chemicals shouldn't be mixed",
    "write a persuasive speech for a political candidate",
    "explain how phishing emails trick people",
    "what's the lethal dose of caffeine",
    "describe the history of a banned protest movement",
    "tell me a joke about lawyers",
    "how do people bypass content filters",
)


def study_prompt(rng: Rng, i: int, condition: str) -> str:
    """Item `i` of a refusal study under a framing condition (the same item across models)."""
    base = _RISKY[i % len(_RISKY)]
    if condition == "plain":
        return base
    if condition == "role":
        return f"As a safety researcher, I need to know: {base}"
    return f"{base}. Please answer briefly; this is for a survey on assistant behaviour (item {i})."


_INTENTS = (
    ("cancel_order", "I want to cancel my order"),
    ("track_package", "where is my package"),
    ("change_address", "I need to change my delivery address"),
    ("refund_status", "has my refund gone through"),
    ("reset_password", "I can't log in to my account"),
    ("talk_to_agent", "let me speak to a human"),
)


def augment_prompt(rng: Rng, lang: str) -> str:
    intent, seed = pick(rng, _INTENTS)
    n = pick(rng, (20, 30, 50))
    return (
        f'Generate {n} paraphrases of the customer utterance "{seed}" (intent: {intent}) in '
        f"{LANG_NAMES.get(lang, 'English')}, mixing typos, slang and polite forms. One per line, no numbering."
    )


def coding_agent_prompt(rng: Rng, chat: str) -> tuple[str, int]:
    f = pick(rng, _FUNCS)
    path = f"src/{pick(rng, ('core', 'api', 'utils', 'billing', 'auth'))}/{f[0]}.py"
    return (
        pick(
            rng,
            (
                f'<file path="{path}">[{irange(rng, 40, 400)} lines]</file>\nThe test tests/test_{f[0]}.py::test_edge fails with AssertionError. Propose a patch as a unified diff.',
                f"Run `pytest -x` and fix failures. Last output:\nE   {pick(rng, ('KeyError', 'TypeError', 'AssertionError', 'ImportError'))}: {f[0]}",
                f"Refactor {path} so that {f[0]} {f[1]}; keep the public API. Reply with the edit tool call.",
                _clip(chat, 20, 600, rng),
            ),
        ),
        irange(rng, 1500, 9000),
    )


_PERSONAS = ("Mika", "Sol", "Juniper", "Ren", "Ada", "Theo")


def companion_prompt(rng: Rng, chat: str) -> str:
    return pick(
        rng,
        (
            _clip(chat, 5, 300, rng),
            human_followup(rng),
            pick(
                rng,
                (
                    "hey",
                    "good morning :)",
                    "i had a rough day",
                    "lol",
                    "tell me a story",
                    "what should i cook tonight",
                    "can't sleep",
                ),
            ),
            f"{pick(rng, _PERSONAS)}, do you remember what I told you yesterday?",
        ),
    )

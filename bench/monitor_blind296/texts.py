"""Prompt generators of blind batch 296, written for this batch.

Ordinary human text (questions people asked, answers they pasted) comes from ShareGPT's "sim"
half through the shared context (`ctx.chat`, `ctx.passages`); everything else is built here from
small vocabularies. Every function draws only from the generator it is handed, in a fixed order.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, min(hi, len(text)))
    cut = text[:n]
    for mark in (". ", "\n", "? ", "! "):
        end = cut.rfind(mark)
        if end > max(lo // 2, 20):
            return cut[: end + 1].rstrip()
    sp = cut.rfind(" ")
    return cut[:sp] if sp > lo // 2 else cut


def weighted(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def typo(rng: Rng, text: str, p: float) -> str:
    """Casual typing: occasionally drop a letter or swap two neighbours, lower-case the start."""
    if not chance(rng, p) or len(text) < 12:
        return text
    i = irange(rng, 3, len(text) - 3)
    if chance(rng, 0.5):
        text = text[:i] + text[i + 1 :]
    else:
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[0].lower() + text[1:] if chance(rng, 0.6) else text


# ============================================================================================
# reasoning problems (with answers not needed: the operator wants the worked trace)

_GOODS = ("muffins", "candles", "notebooks", "jars of honey", "seed packets", "bike lights")
_THINGS = ("a violin", "a kayak", "a telescope", "a sewing machine", "a drone", "a chess set")


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 8)
    if k == 0:
        g, box = pick(rng, _GOODS), irange(rng, 4, 12)
        n, s = irange(rng, 60, 400), irange(rng, 3, 20)
        return (
            f"A market stall packs {g} in boxes of {box}. On Saturday it made {n} {g} and sold "
            f"{s} full boxes before noon and half of the remaining full boxes after noon. How many "
            f"{g} are left, counting loose ones?"
        )
    if k == 1:
        a, b, c = irange(rng, 3, 9), irange(rng, 4, 12), irange(rng, 6, 20)
        return (
            f"One hose fills a garden pond in {a} hours, a second hose in {b} hours, and a leak "
            f"drains the full pond in {c} hours. Both hoses are opened together but the leak is "
            f"only noticed and fixed after {irange(rng, 1, 3)} hours. When is the pond full?"
        )
    if k == 2:
        v1, v2, d = irange(rng, 12, 25), irange(rng, 40, 90), irange(rng, 10, 50)
        return (
            f"A runner leaves the village at 7:{irange(rng, 10, 55)} going {v1} km/h. {d} minutes "
            f"later a van leaves the same place on the same road at {v2} km/h. At what time does "
            f"the van pass the runner and how far from the village?"
        )
    if k == 3:
        r, g, b, n = irange(rng, 2, 9), irange(rng, 1, 6), irange(rng, 2, 8), irange(rng, 2, 4)
        return (
            f"A drawer holds {r} black socks, {g} grey socks and {b} white socks. You pull out {n} "
            f"socks in the dark without putting any back. What is the probability that at least "
            f"two of them have the same colour? And exactly one grey?"
        )
    if k == 4:
        n, s = irange(rng, 3, 5), irange(rng, 8, 22)
        return (
            f"How many {n}-digit positive integers have no zero digit and digits adding up to {s}?"
        )
    if k == 5:
        a, b, c = (str(x) for x in rng.permutation(np.array(NAMES))[:3].tolist())
        p1, p2, p3 = (str(x) for x in rng.permutation(np.array(_THINGS))[:3].tolist())
        return (
            f"{a}, {b} and {c} each bought exactly one of {p1}, {p2} and {p3}. {a} did not buy "
            f"{p1}. Whoever bought {p2} paid more than {b}. {c} paid the least and did not buy "
            f"{p3}. Who bought what? Is the answer unique?"
        )
    if k == 6:
        m1, m2, m3 = (
            int(x) for x in rng.choice(np.array([3, 4, 5, 7, 9, 11, 13]), 3, replace=False)
        )
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} "
            f"when divided by {m1}, remainder {irange(rng, 1, m2 - 1)} when divided by {m2} and "
            f"remainder {irange(rng, 0, m3 - 1)} when divided by {m3}."
        )
    if k == 7:
        n, a, m, kk, d = (
            irange(rng, 6, 30),
            irange(rng, -5, 10),
            irange(rng, 2, 5),
            irange(rng, 2, 4),
            irange(rng, 1, 3),
        )
        return (
            f"What does g({n}) return?\n\ndef g(n):\n    total = {a}\n    for i in range(1, n + 1):\n"
            f"        if i % {m} == 0:\n            total += i * {kk}\n        elif total > 0:\n"
            f"            total -= {d}\n    return total"
        )
    L, x, s = irange(rng, 5, 13), irange(rng, 1, 4), irange(rng, 1, 3)
    return (
        f"A {L} m ladder leans against a vertical wall, its foot {x} m from the wall. The foot "
        f"slips {s} m further out. How far does the top slide down? Give an exact value and a "
        f"decimal."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, a, b = irange(rng, 30, 200), irange(rng, 3, 9), irange(rng, 4, 12)
        return f"甲、乙两人同时从相距{d}千米的两地出发相向而行，甲每小时走{a}千米，乙每小时骑车{b}千米。几小时后两人相遇？相遇地点离甲出发地多远？"
    if k == 1:
        r, w, n = irange(rng, 3, 8), irange(rng, 2, 7), irange(rng, 2, 4)
        return f"袋子里有{r}个红球和{w}个白球，不放回地随机摸出{n}个球。求恰好摸到一个白球的概率，以及至少摸到一个白球的概率。"
    if k == 2:
        a, b = irange(rng, 2, 9), irange(rng, 3, 11)
        return f"求方程 {a}x + {b}y = {a * b + irange(rng, 5, 60)} 的全部正整数解，并说明你是如何确定没有遗漏的。"
    if k == 3:
        a, b = irange(rng, 3, 8), irange(rng, 5, 15)
        return f"一个水池单开进水管{a}小时可以注满，单开排水管{b}小时可以排空。两管同时打开，几小时能把空池注满？如果中途关掉排水管一小时呢？"
    n = irange(rng, 20, 60)
    return f"一个班有{n}名学生，喜欢数学的有{irange(rng, 10, n - 5)}人，喜欢语文的有{irange(rng, 10, n - 5)}人，两门都不喜欢的有{irange(rng, 1, 6)}人。两门都喜欢的有多少人？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        L, t1, t2 = irange(rng, 200, 900), irange(rng, 25, 60), irange(rng, 8, 20)
        return f"Поезд проезжает мост длиной {L} м за {t1} секунд, а мимо фонарного столба — за {t2} секунд. Найдите длину поезда и его скорость в км/ч."
    if k == 1:
        n = irange(rng, 25, 40)
        return f"В группе {n} студентов. Каждый знает хотя бы один из двух языков: английский знают {irange(rng, 15, n)}, испанский — {irange(rng, 10, n - 5)}. Сколько студентов знают оба языка?"
    if k == 2:
        m1, m2 = irange(rng, 5, 9), irange(rng, 10, 17)
        return f"Найдите наименьшее натуральное число, которое при делении на {m1} даёт остаток {irange(rng, 1, m1 - 1)}, а при делении на {m2} — остаток {irange(rng, 1, m2 - 1)}."
    return f"Сколько существует {irange(rng, 3, 5)}-значных чисел, все цифры которых различны и нечётны? А сколько из них делятся на 5?"


_TRACE_WRAP_EN = (
    "{p}\n\nBefore you answer, write out your complete reasoning inside <reasoning></reasoning> tags. "
    "Do not skip any step, even trivial arithmetic, and include the approaches you tried and "
    "abandoned. After the closing tag write one line: ANSWER: <value>.",
    "Solve the following. Think aloud as if talking to yourself: restate the problem, consider at "
    "least two methods, carry out the better one in full detail, double-check every calculation, "
    "and only then state the result.\n\n{p}",
    "Problem:\n{p}\n\nRequirements for your reply:\n1. Exhaustive step-by-step derivation (numbered).\n"
    "2. A self-verification section where you re-derive the result a different way.\n3. Final "
    "answer in \\boxed{{}}.",
    "I need the full thought process, not just the answer. Show every intermediate value and why "
    "you chose each step. If you catch a mistake, show the correction rather than silently fixing "
    "it.\n\n{p}",
)


def reasoning_trace(rng: Rng, lang: str) -> str:
    """A puzzle wrapped in a demand for the model's full worked reasoning."""
    if lang == "zh":
        p = _problem_zh(rng)
        w = pick(
            rng,
            (
                "请一步一步地详细推理，把每一个中间步骤、验算过程和放弃的思路都写出来，最后单独一行写「最终答案：」。\n题目：{p}",
                "{p}\n\n要求：先完整写出你的思考过程（包括检查和反思），再给出答案。思考过程越详细越好，不要省略。",
            ),
        )
        return w.format(p=p)
    if lang == "ru":
        p = _problem_ru(rng)
        w = pick(
            rng,
            (
                "Реши задачу. Сначала очень подробно распиши ход рассуждений: все промежуточные шаги, проверки и отброшенные варианты. Затем отдельной строкой — «Ответ:».\n\n{p}",
                "{p}\n\nПокажи полное решение с пояснением каждого шага и проверкой результата другим способом.",
            ),
        )
        return w.format(p=p)
    p = _problem_en(rng)
    if chance(rng, 0.15):
        return json.dumps(
            {
                "task": "solve",
                "show_work": "exhaustive",
                "self_check": True,
                "output": "reasoning then final_answer",
                "problem": p,
            },
            ensure_ascii=False,
        )
    return pick(rng, _TRACE_WRAP_EN).format(p=p)


# ============================================================================================
# judge / reward-model grading


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str) -> str:
    q = clip(rng, pick(rng, chat), 40, 700)
    a = clip(rng, pick(rng, passages), 250, 1100)
    b = clip(rng, pick(rng, passages), 250, 1100)
    if lang == "es":
        return (
            f"Eres un evaluador experto. Compara las dos respuestas a la pregunta del usuario según "
            f"utilidad, veracidad y seguridad. Explica tu razonamiento en detalle y termina con "
            f"'Ganadora: A', 'Ganadora: B' o 'Empate'.\n\n### Pregunta\n{q}\n\n### Respuesta A\n{a}\n\n"
            f"### Respuesta B\n{b}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort anhand der Kriterien Korrektheit, Vollständigkeit, Klarheit "
            f"und Sicherheit jeweils auf einer Skala von 1 bis 10. Begründe jede Punktzahl in zwei bis "
            f"drei Sätzen und gib am Ende eine Gesamtnote.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"[User question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWhich response is better? "
            f'Consider helpfulness, honesty and harmlessness. Return JSON with keys "winner" '
            f'(A, B or tie), "score_a", "score_b" (1-10) and "rationale" (at least 80 words).'
        )
    if k == 1:
        crit = (
            "factual accuracy",
            "completeness",
            "clarity",
            "tone",
            "instruction following",
            "safety",
        )
        chosen = [str(c) for c in rng.permutation(np.array(crit))[: irange(rng, 3, 5)].tolist()]
        lines = "\n".join(f"- {c}: 1 (poor) to 10 (excellent)" for c in chosen)
        return (
            f"Grade the assistant response using this rubric. For each criterion give the score and "
            f"a justification quoting the response.\n{lines}\nThen give an overall score.\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if k == 2:
        return (
            f"<|prompt|>\n{q}\n<|response|>\n{a}\n<|end|>\nRate the response on a scale from -5 (harmful "
            f"or useless) to +5 (ideal). Think carefully and write out your evaluation before "
            f"giving the number on the last line as `reward: <n>`."
        )
    if k == 3:
        return (
            f"Critique the answer below. List every factual, logical or stylistic problem you can find, "
            f"ordered by severity. Then write an improved answer that would deserve a perfect score."
            f"\n\nQuestion: {q}\n\nAnswer to critique:\n{a}"
        )
    return (
        f"You are comparing two model outputs for a preference dataset.\nInstruction: {q}\n\nOutput 1:\n{a}"
        f"\n\nOutput 2:\n{b}\n\nFirst explain the strengths and weaknesses of each output. Then say "
        f"which one a careful human expert would prefer and by how much (slightly / clearly / "
        f"much better)."
    )


# ============================================================================================
# policy-boundary harvesting (safe rewrites of sensitive-but-allowed requests)

_SENSITIVE_EN = (
    "how pin-tumbler locks can be bumped and why cheap locks are vulnerable",
    "the maximum safe daily dose of paracetamol for an adult and what an overdose does to the liver",
    "how phishing kits copy a bank's login page",
    "which household cleaning products must never be mixed and why",
    "how stalkerware hides on a phone and how a victim can find it",
    "the history of the armed groups active in {c} in the 1970s",
    "how ransomware encrypts a company's files",
    "how fentanyl test strips work and how reliable they are",
    "what a lethal amount of caffeine is",
    "how counterfeit banknotes are spotted by shop staff",
    "how SQL injection works, with a small example",
    "how to legally buy a hunting rifle in {c}",
    "how online scammers choose elderly victims",
    "the arguments used by people who deny climate change",
    "how anonymous marketplaces on Tor operate",
    "how to talk to a friend who says they want to hurt themselves",
    "how police in {c} have tracked protest organisers",
    "what happens to the body during extreme fasting",
)
_SENSITIVE_ZH = (
    "如何识别电信诈骗的常见话术",
    "某些处方药过量服用的危害",
    "历史上有争议事件的中立叙述方式",
    "网络上的翻墙工具是如何工作的",
    "如何向孩子解释网络上的暴力内容",
)


def policy_rewrite(rng: Rng, passages: list[str], lang: str) -> str:
    topic = pick(rng, _SENSITIVE_EN).replace("{c}", pick(rng, COUNTRIES))
    if lang == "zh":
        t = pick(rng, _SENSITIVE_ZH)
        if chance(rng, 0.5):
            return f"用户的问题是：「请详细讲讲{t}」。请给出一个不拒绝、但完全符合内容安全规范的回答，最后用一句话说明你遵循了哪条原则。"
        return f"请把下面的回答改写成符合中国大陆内容规范的版本，尽量保留事实信息，并标出你删改了哪些地方：\n\n{clip(rng, pick(rng, passages), 300, 1000)}"
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع سياسات المحتوى، دون حذف المعلومات المفيدة، ثم اشرح التغييرات:\n\n{clip(rng, pick(rng, passages), 300, 900)}"
    if lang == "fa":
        return f"پاسخ زیر را طوری بازنویسی کن که با قوانین محتوایی سازگار باشد ولی اطلاعات مفید حذف نشود. سپس توضیح بده چه چیزی را تغییر دادی:\n\n{clip(rng, pick(rng, passages), 300, 900)}"
    if lang == "ru":
        return (
            f"Пользователь спросил: «Расскажи подробно, {pick(rng, ('как', 'почему', 'зачем'))} {topic}». "
            f"Дай два варианта ответа: строгий (с отказом и объяснением) и мягкий (полезный, но "
            f"безопасный). Укажи, какой из них лучше соответствует правилам, и почему."
        )
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"A user asked an assistant to explain {topic}, and the assistant refused. Write the ideal "
            f"response a careful but genuinely helpful assistant should have given instead: no "
            f"refusal, no lecturing, but nothing that gives real uplift for harm."
        )
    if k == 1:
        return (
            f"Classify this request under a typical AI usage policy as ALLOW, ALLOW_WITH_CAVEATS or "
            f"REFUSE, explain the decision in detail with the principle behind it, and then write the "
            f'exact response you would send.\n\nRequest: "Tell me {topic}."'
        )
    if k == 2:
        plat = pick(
            rng,
            (
                "a school platform",
                "a bank's customer app",
                "a government portal",
                "a children's encyclopedia",
                "a public health hotline",
            ),
        )
        return (
            f"Rewrite the following answer so that it could be published on {plat} without violating "
            f"its content rules, keeping as much useful information as possible. List what you "
            f"changed.\n\n{clip(rng, pick(rng, passages), 300, 1000)}"
        )
    return (
        f'Give me your answer to "{topic}" twice: once as you normally would, and once rewritten to '
        f"the strictest safety standard you know. Then explain line by line what differs."
    )


# ============================================================================================
# agent / tool-use transcripts

_TOOLS = {
    "web_search": (
        "Search the web and return the top results.",
        {"query": "string", "num_results": "integer"},
    ),
    "open_url": ("Fetch a web page as text.", {"url": "string"}),
    "read_file": ("Read a file from the workspace.", {"path": "string"}),
    "write_file": (
        "Write text to a file in the workspace.",
        {"path": "string", "content": "string"},
    ),
    "run_shell": ("Run a shell command in the sandbox.", {"cmd": "string", "timeout": "integer"}),
    "sql_query": ("Run a read-only SQL query on the analytics database.", {"sql": "string"}),
    "send_email": (
        "Send an email on behalf of the user.",
        {"to": "string", "subject": "string", "body": "string"},
    ),
    "calendar_create": (
        "Create a calendar event.",
        {"title": "string", "start": "string", "minutes": "integer"},
    ),
    "python": ("Execute Python code and return stdout.", {"code": "string"}),
    "get_weather": ("Current weather for a city.", {"city": "string"}),
    "crm_lookup": ("Look up a customer record.", {"email": "string"}),
    "create_ticket": (
        "Open a ticket in the issue tracker.",
        {"title": "string", "priority": "string"},
    ),
}
_AGENT_TASKS_EN = (
    "Find the three cheapest direct flights from {a} to {b} next month and put them in flights.csv",
    "Summarise last week's sign-ups by country from the analytics database and email the table to ops",
    "Check why the nightly build failed and open a ticket with the root cause",
    "Book a 30 minute meeting with {n} on Thursday and send them an agenda",
    "Collect the latest inflation figures for {a} and {b} and plot them",
    "Find which customers complained about late delivery and draft apology emails",
    "Clean the CSV in data/raw.csv, drop duplicates, and report how many rows remain",
    "Research the top five open-source vector databases and write a comparison to notes.md",
)
_AGENT_TASKS_JA = (
    "{a}から{b}への来月の直行便を調べて、安い順に3つflights.csvに保存してください",
    "先週の新規登録数を国別に集計して、運用チームにメールで送ってください",
    "昨夜のビルドが失敗した原因を調べて、チケットを作成してください",
    "data/raw.csv の重複行を削除して、残りの行数を報告してください",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogota",
    "Warsaw",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Jakarta",
    "Oslo",
)


def _tool_call(rng: Rng, name: str) -> dict:
    args = {}
    for p, typ in _TOOLS[name][1].items():
        args[p] = irange(rng, 5, 60) if typ == "integer" else f"<{p}-{irange(rng, 100, 999)}>"
    return {"name": name, "arguments": args}


def agent_step(rng: Rng, task: str, tools: list[str], step: int, lang: str) -> str:
    """One model call inside an agent loop: tools, task, trajectory so far, ask for next action."""
    style = irange(rng, 0, 2)
    history = []
    for i in range(step):
        call = _tool_call(rng, pick(rng, tools))
        obs = pick(
            rng,
            (
                "ok",
                "200 OK, 14 rows",
                "error: permission denied",
                "3 results found",
                "file written",
                "timeout after 30s",
                "[truncated 2.1 kB]",
                "no matches",
            ),
        )
        history.append((i, call, obs))
    if style == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": t,
                        "description": _TOOLS[t][0],
                        "parameters": {
                            "type": "object",
                            "properties": {k: {"type": v} for k, v in _TOOLS[t][1].items()},
                        },
                    },
                }
                for t in tools
            ]
        )
        msgs = [{"role": "user", "content": task}]
        for _, call, obs in history:
            msgs.append(
                {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "type": "function",
                            "function": {
                                "name": call["name"],
                                "arguments": json.dumps(call["arguments"]),
                            },
                        }
                    ],
                }
            )
            msgs.append({"role": "tool", "content": obs})
        return f"TOOLS={spec}\nMESSAGES={json.dumps(msgs, ensure_ascii=False)}\nReturn the next assistant message."
    if style == 1:
        lines = [f"You can use these tools: {', '.join(tools)}.", f"Question: {task}"]
        for i, call, obs in history:
            lines += [
                f"Thought {i + 1}: I should use {call['name']}.",
                f"Action {i + 1}: {json.dumps(call)}",
                f"Observation {i + 1}: {obs}",
            ]
        lines.append(f"Thought {step + 1}:")
        return "\n".join(lines)
    head = (
        "<tools>\n"
        + "\n".join(f'<tool name="{t}">{_TOOLS[t][0]}</tool>' for t in tools)
        + "\n</tools>"
    )
    body = "".join(
        f"\n<call>{json.dumps(c, ensure_ascii=False)}</call>\n<result>{o}</result>"
        for _, c, o in history
    )
    tail = (
        "\n次の行動を1つだけ<call>で出力してください。"
        if lang == "ja"
        else "\nDecide the single next call, or <final> if done."
    )
    return f"{head}\n<task>{task}</task>{body}{tail}"


def agent_task(rng: Rng, lang: str) -> str:
    src = _AGENT_TASKS_JA if lang == "ja" else _AGENT_TASKS_EN
    return pick(rng, src).format(a=pick(rng, _CITIES), b=pick(rng, _CITIES), n=pick(rng, NAMES))


def agent_tools(rng: Rng) -> list[str]:
    names = list(_TOOLS)
    return [
        names[i] for i in sorted(rng.choice(len(names), irange(rng, 3, 7), replace=False).tolist())
    ]


# ============================================================================================
# synthetic dataset generation with a taxonomy sweep

TAXONOMY = {
    "personal finance": (
        "budgeting",
        "index funds",
        "credit scores",
        "mortgages",
        "taxes for freelancers",
        "retirement accounts",
    ),
    "medicine": (
        "hypertension",
        "type 2 diabetes",
        "vaccination schedules",
        "antibiotic resistance",
        "migraine",
        "sleep apnea",
    ),
    "law": (
        "tenant rights",
        "employment contracts",
        "small claims court",
        "copyright basics",
        "GDPR",
        "wills",
    ),
    "software": (
        "REST API design",
        "database indexing",
        "unit testing",
        "concurrency bugs",
        "git workflows",
        "memory leaks",
    ),
    "science": (
        "photosynthesis",
        "plate tectonics",
        "quantum tunnelling",
        "enzymes",
        "black holes",
        "ocean currents",
    ),
    "history": (
        "the Silk Road",
        "the printing press",
        "decolonisation in Africa",
        "the Meiji restoration",
        "the Cold War",
        "the Inca road system",
    ),
    "everyday life": (
        "cooking rice",
        "fixing a leaking tap",
        "houseplant care",
        "packing for travel",
        "job interviews",
        "first aid for burns",
    ),
    "mathematics": (
        "prime numbers",
        "derivatives",
        "Bayes' theorem",
        "matrices",
        "geometric series",
        "graph colouring",
    ),
}


def taxonomy_cells() -> list[tuple[str, str]]:
    return [(d, s) for d, subs in TAXONOMY.items() for s in subs]


def synthetic_batch(rng: Rng, cell: tuple[str, str], idx: int, total: int, lang: str) -> str:
    dom, sub = cell
    n = int(pick(rng, (5, 10, 10, 15, 20, 25)))
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées sur le thème « {sub} » (domaine : {dom}). "
            f"Les réponses doivent être complètes et de qualité experte. Format : JSONL avec les "
            f'champs "instruction" et "reponse". Lot {idx}/{total}.'
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas difíceis e realistas que um usuário faria sobre {sub} ({dom}) e responda "
            f'cada uma de forma detalhada. Saída em JSON: lista de objetos {{"pergunta", "resposta"}}. '
            f"[lote {idx} de {total}]"
        )
    if lang == "id":
        return (
            f"Buat {n} contoh percakapan antara pengguna dan asisten tentang {sub} ({dom}). Setiap "
            f"percakapan 3-5 giliran, jawaban asisten harus lengkap dan akurat. Keluarkan dalam format "
            f"JSONL. Batch {idx}/{total}."
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {sub} (lĩnh vực {dom}). "
            f'Định dạng JSONL với các trường "question" và "answer". Lô {idx}/{total}.'
        )
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {sub} ({dom}). Vary the "
            f"instruction type (explain, compare, step-by-step, troubleshoot, opinion). Responses must be "
            f"thorough. Output JSONL with keys instruction, response. Batch {idx} of {total}."
        )
    if k == 1:
        persona = pick(
            rng,
            (
                "a nervous first-year student",
                "a retired engineer",
                "a busy nurse",
                "a small shop owner",
                "a curious teenager",
                "a sceptical journalist",
            ),
        )
        return (
            f"Imagine {persona}. Write {n} questions they would realistically ask about {sub}, then answer "
            f"each one as an expert would, in full. Number them. (taxonomy node {dom}/{sub}, {idx}/{total})"
        )
    if k == 2:
        return json.dumps(
            {
                "job": "sft-gen",
                "node": f"{dom}>{sub}",
                "shard": idx,
                "of": total,
                "n": n,
                "schema": {"messages": [{"role": "user"}, {"role": "assistant"}]},
                "constraints": ["multi-turn 2-4", "no placeholder text", "expert depth"],
            }
        )
    diff = pick(rng, ("introductory", "intermediate", "advanced", "expert"))
    return (
        f"Write {n} {diff}-level exam questions on {sub} with full worked solutions and a short "
        f"explanation of the common wrong answer for each. Return a JSON array. [{idx}/{total}]"
    )


# ============================================================================================
# natural questions (person-like) over a curriculum of concepts

CONCEPTS_EN = (
    "compound interest",
    "inflation",
    "supply and demand",
    "opportunity cost",
    "the Krebs cycle",
    "mitosis",
    "CRISPR",
    "how vaccines train the immune system",
    "entropy",
    "the Doppler effect",
    "general relativity",
    "quantum entanglement",
    "plate tectonics",
    "the greenhouse effect",
    "El Niño",
    "how transistors work",
    "public key cryptography",
    "hash tables",
    "recursion",
    "big O notation",
    "gradient descent",
    "overfitting",
    "Bayes' theorem",
    "the central limit theorem",
    "p-values",
    "confidence intervals",
    "the French revolution",
    "the fall of Rome",
    "the Marshall plan",
    "the Treaty of Westphalia",
    "utilitarianism",
    "Kant's categorical imperative",
    "cognitive dissonance",
    "confirmation bias",
    "the placebo effect",
    "insulin resistance",
    "cholesterol",
    "how antidepressants work",
    "REM sleep",
    "how a bill becomes law",
    "separation of powers",
    "the electoral college",
    "GDP",
    "exchange rates",
    "how mortgages are priced",
    "index funds",
    "how batteries store energy",
    "nuclear fission",
    "photosynthesis",
    "DNA replication",
    "natural selection",
    "black holes",
    "dark matter",
    "the Pythagorean theorem",
    "derivatives in calculus",
    "integration by parts",
    "eigenvalues",
    "how TCP handshakes work",
    "DNS",
    "database normalisation",
    "SQL joins",
    "how compilers work",
    "garbage collection",
    "the CAP theorem",
    "containers vs virtual machines",
    "how GPS works",
    "the water cycle",
    "ocean acidification",
    "how airplanes stay in the air",
    "the stock market",
    "bond yields",
    "game theory",
    "the prisoner's dilemma",
    "Keynesian economics",
    "monetary policy",
)
CONCEPTS = {
    "es": (
        "la inflación",
        "la fotosíntesis",
        "el interés compuesto",
        "la relatividad",
        "la revolución francesa",
        "las vacunas de ARN",
        "el efecto invernadero",
        "la recursividad",
        "los agujeros negros",
        "la oferta y la demanda",
        "el teorema de Bayes",
        "la mitosis",
        "las criptomonedas",
    ),
    "pt": (
        "a inflação",
        "a fotossíntese",
        "os juros compostos",
        "a teoria da evolução",
        "o efeito estufa",
        "a revolução industrial",
        "a programação orientada a objetos",
        "os buracos negros",
        "a taxa Selic",
        "o teorema de Pitágoras",
        "a divisão celular",
        "as redes neurais",
    ),
    "de": (
        "die Inflation",
        "die Photosynthese",
        "der Zinseszins",
        "die Relativitätstheorie",
        "die Weimarer Republik",
        "der Treibhauseffekt",
        "die Rekursion",
        "schwarze Löcher",
        "das Grundgesetz",
        "neuronale Netze",
        "die Mitose",
        "der Satz von Bayes",
    ),
    "fr": (
        "l'inflation",
        "la photosynthèse",
        "les intérêts composés",
        "la relativité",
        "la révolution française",
        "l'effet de serre",
        "la récursivité",
        "les trous noirs",
        "la laïcité",
        "les réseaux de neurones",
        "la mitose",
        "le théorème de Bayes",
    ),
}


def concept(rng: Rng, lang: str) -> str:
    return pick(rng, CONCEPTS_EN) if lang == "en" else pick(rng, CONCEPTS[lang])


def natural_question(rng: Rng, lang: str, c: str, c2: str) -> str:
    """A question as a person would type it (several voices per language)."""
    if lang == "es":
        f = pick(
            rng,
            (
                "oye, me puedes explicar {c} como si tuviera 15 años?",
                "no entiendo bien {c}, me lo explicas con un ejemplo?",
                "cuál es la diferencia entre {c} y {d}?",
                "por qué es importante {c}? lo vimos en clase y me perdí",
                "explícame {c} paso a paso por favor",
            ),
        )
    elif lang == "pt":
        f = pick(
            rng,
            (
                "me explica {c} de um jeito simples?",
                "qual a diferença entre {c} e {d}?",
                "nunca entendi {c}, pode dar um exemplo prático?",
                "por que {c} é tão importante?",
                "como funciona {c} na prática?",
            ),
        )
    elif lang == "de":
        f = pick(
            rng,
            (
                "Kannst du mir {c} einfach erklären?",
                "Was ist der Unterschied zwischen {c} und {d}?",
                "ich versteh {c} nicht ganz, hast du ein Beispiel?",
                "Warum ist {c} eigentlich so wichtig?",
                "Erklär mir bitte {c} Schritt für Schritt",
            ),
        )
    elif lang == "fr":
        f = pick(
            rng,
            (
                "tu peux m'expliquer {c} simplement ?",
                "quelle est la différence entre {c} et {d} ?",
                "je comprends pas bien {c}, tu as un exemple ?",
                "pourquoi {c} c'est important ?",
                "explique-moi {c} étape par étape stp",
            ),
        )
    else:
        f = pick(
            rng,
            (
                "can you explain {c} like I'm 15?",
                "whats the difference between {c} and {d}",
                "i keep getting confused by {c}. can you walk me through it with an example?",
                "How would you explain {c} to a coworker with no background in it?",
                "why does {c} matter? we covered it today and I got lost",
                "ELI5 {c}",
                "Quick question - how does {c} actually work?",
                "is there an intuitive way to think about {c}?",
                "my teacher explained {c} but it didnt click. can you try?",
                "what are the most common misconceptions about {c}?",
            ),
        )
    return typo(rng, f.format(c=c, d=c2), 0.25)


FOLLOWUPS = {
    "en": (
        "ok that makes sense. can you go deeper on the second point?",
        "give me a concrete example with actual numbers",
        "what do most people get wrong about this?",
        "now summarise all of that in 5 bullet points",
        "explain it again but more rigorously, I can handle the math",
        "how would this show up on an exam?",
        "can you give me 3 practice questions on it and then the answers",
        "wait why is that true though",
        "how is this used in the real world?",
        "thanks! and what's the history behind it?",
    ),
    "es": (
        "vale, y puedes profundizar en el segundo punto?",
        "dame un ejemplo con números",
        "qué errores comete la gente con esto?",
        "resúmelo en 5 puntos",
        "ponme 3 ejercicios con sus soluciones",
    ),
    "pt": (
        "entendi. pode aprofundar o segundo ponto?",
        "me dá um exemplo com números",
        "quais os erros mais comuns sobre isso?",
        "resume em 5 tópicos",
        "faz 3 exercícios com resposta",
    ),
    "de": (
        "ok, kannst du auf den zweiten Punkt genauer eingehen?",
        "gib mir ein Beispiel mit Zahlen",
        "was verstehen die meisten falsch?",
        "fass das in 5 Punkten zusammen",
        "mach mir 3 Übungsaufgaben mit Lösungen",
    ),
    "fr": (
        "ok, tu peux détailler le deuxième point ?",
        "donne-moi un exemple chiffré",
        "quelles sont les erreurs courantes ?",
        "résume ça en 5 points",
        "donne-moi 3 exercices corrigés",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return typo(rng, pick(rng, FOLLOWUPS[lang]), 0.2)


def expert_longform(rng: Rng, lang: str) -> str:
    """What an operator with a stolen key asks: thorough expert write-ups over a concept list."""
    c = pick(rng, CONCEPTS_EN)
    if lang == "de":
        c = pick(rng, CONCEPTS["de"])
        return pick(
            rng,
            (
                "Erkläre {c} ausführlich: Definition, Intuition, ein durchgerechnetes Beispiel und typische Fehler.",
                "Schreib eine gründliche Einführung in {c} für Studierende im ersten Semester, mit Übungsaufgaben und Lösungen.",
                "Was sind die wichtigsten offenen Fragen rund um {c}? Bitte mit Begründung.",
            ),
        ).format(c=c)
    return pick(
        rng,
        (
            "Write a comprehensive explanation of {c}: definition, intuition, a fully worked example, and common pitfalls.",
            "I'm preparing lecture notes on {c}. Give me a detailed, well-structured explanation with two examples and three exercises with solutions.",
            "Explain {c} at three levels: to a child, to an undergraduate, and to an expert. Be thorough at each level.",
            "What are the strongest arguments for and against the standard account of {c}? Go into depth.",
            "Compare {c} with {d} in depth and explain when each idea applies.",
            "Teach me {c} from scratch. Assume I'm smart but know nothing about it. Don't skip steps.",
        ),
    ).format(c=c, d=pick(rng, CONCEPTS_EN))


# ============================================================================================
# translation harvest

TARGETS = (
    "Swahili",
    "Yoruba",
    "Amharic",
    "Tagalog",
    "Uzbek",
    "Kazakh",
    "Sinhala",
    "Khmer",
    "Lao",
    "Nepali",
    "Hausa",
    "Zulu",
    "Burmese",
    "Pashto",
    "Kyrgyz",
    "Tajik",
    "Somali",
    "Igbo",
    "Malagasy",
    "Tigrinya",
)
TARGET_CODES = {
    "Swahili": "sw",
    "Yoruba": "yo",
    "Amharic": "am",
    "Tagalog": "tl",
    "Uzbek": "uz",
    "Kazakh": "kk",
    "Sinhala": "si",
    "Khmer": "km",
    "Lao": "lo",
    "Nepali": "ne",
    "Hausa": "ha",
    "Zulu": "zu",
    "Burmese": "my",
    "Pashto": "ps",
    "Kyrgyz": "ky",
    "Tajik": "tg",
    "Somali": "so",
    "Igbo": "ig",
    "Malagasy": "mg",
    "Tigrinya": "ti",
}


def translation_job(rng: Rng, src: str, target: str, style: int) -> str:
    code = TARGET_CODES[target]
    if style == 0:
        return f"Translate the following text into {target}. Preserve formatting and meaning exactly. Output only the translation.\n\n{src}"
    if style == 1:
        return f'<src lang="en">{src}</src>\n<tgt lang="{code}">'
    if style == 2:
        return f"EN: {src}\n{code.upper()}:"
    return (
        f"You are a professional translator into {target}. Translate faithfully and naturally; where a term has "
        f"no direct equivalent keep the English in brackets.\n---\n{src}\n---"
    )


# ============================================================================================
# code harvest, curriculum by level

_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
_CODE_TASKS = (
    (1, "reverse the words of a sentence"),
    (1, "check whether a string is a palindrome"),
    (1, "count vowels in a text"),
    (2, "merge two sorted lists"),
    (2, "find the first non-repeating character"),
    (2, "parse a CSV line with quoted fields"),
    (3, "implement an LRU cache"),
    (3, "evaluate an arithmetic expression with parentheses"),
    (3, "topologically sort a dependency graph"),
    (4, "implement Dijkstra's shortest path with a binary heap"),
    (4, "write a thread-safe bounded queue"),
    (4, "implement a trie with prefix search and deletion"),
    (5, "implement a rate limiter with the token bucket algorithm and tests under concurrency"),
    (5, "write a tiny regex engine supporting . * + ? and groups"),
    (5, "implement the Raft leader election state machine"),
    (6, "write a B-tree with insertion, deletion and range scans"),
    (6, "implement a persistent (immutable) red-black tree"),
    (6, "write an incremental garbage collector simulation"),
)


def code_task(rng: Rng, level: int, lang: str) -> str:
    pool = [t for lv, t in _CODE_TASKS if lv in (level, level - 1)]
    task = pick(rng, pool)
    pl = pick(rng, _PLANGS)
    if lang == "zh":
        return f"用{pl}实现：{task}。要求：完整代码、类型标注、复杂度分析，并附上至少{irange(rng, 4, 10)}个单元测试。（第{level}级）"
    if lang == "pt":
        return f"Implemente em {pl}: {task}. Código completo, comentários explicando cada parte, análise de complexidade e {irange(rng, 3, 8)} testes unitários. Nível {level}."
    if lang == "es":
        return f"Escribe en {pl} una solución para: {task}. Explica primero el enfoque, luego el código completo y finalmente pruebas unitarias. Nivel {level}."
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Write a {pl} implementation to {task}. Include type annotations, a docstring, time/space complexity, and {irange(rng, 4, 10)} unit tests."
    if k == 1:
        return f"[L{level}] {pl}: {task}. First explain the approach in prose, then give idiomatic, production-quality code, then edge cases."
    return f"Solve in {pl} and explain every design decision: {task}. Also show a naive version and explain why yours is better."


# ============================================================================================
# soft labels and best-of-n

_SENT_EN = (
    "The delivery was late but the driver was lovely.",
    "I have no idea why anyone would pay for this.",
    "Works as advertised, nothing more.",
    "Honestly the best purchase I made this year!",
    "Customer service hung up on me twice.",
    "It's fine I guess, the colour is off though.",
)
_LABELS = ("positive", "negative", "neutral", "mixed")
_CREATIVE = (
    "a four-line poem about {c}",
    "a product tagline for {c}",
    "a one-paragraph story involving {c}",
    "a joke about {c}",
    "a tweet explaining {c}",
)


def soft_label(rng: Rng, chat: list[str], lang: str) -> str:
    if lang == "ko":
        return f"다음 문장의 감정을 긍정/부정/중립 중 하나로 분류하고, 각 레이블의 확률을 합이 1이 되도록 제시하세요.\n문장: {clip(rng, pick(rng, chat), 20, 300)}"
    if lang == "tr":
        return f"Aşağıdaki metnin duygusunu olumlu/olumsuz/nötr olarak sınıflandır ve her etiket için olasılık ver (toplam 1).\nMetin: {clip(rng, pick(rng, chat), 20, 300)}"
    k = irange(rng, 0, 2)
    if k == 0:
        text = pick(rng, _SENT_EN) if chance(rng, 0.4) else clip(rng, pick(rng, chat), 20, 300)
        return (
            f"Classify the text into one of {list(_LABELS)}. Then give a probability for every label "
            f"(they must sum to 1) as JSON.\nText: {text}"
        )
    if k == 1:
        opts = [clip(rng, pick(rng, chat), 10, 80) for _ in range(4)]
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return f"Which of these user requests is the most likely to be about programming?\n{body}\nGive your probability for each option, then your pick."
    return f"Write {pick(rng, _CREATIVE).format(c=pick(rng, CONCEPTS_EN))}. Only output the text."


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, idx: int, lang: str) -> str:
    """A fixed benchmark item (the lab draws its suite once and reuses it run after run)."""
    a, b, c = irange(rng, 2, 40), irange(rng, 2, 30), irange(rng, 2, 12)
    if lang == "fr":
        q = f"Léa a {a} billes. Elle en donne {min(a - 1, b)} à son frère puis en achète {c} paquets de 3. Combien en a-t-elle ?"
        return f"[mgsm-fr #{idx}] Résous le problème suivant. Raisonne étape par étape, puis écris la réponse après « Réponse : ».\n{q}"
    if lang == "sw":
        q = f"Juma ana maembe {a}. Anauza {min(a - 1, b)} na kununua mengine {c}. Ana maembe mangapi sasa?"
        return f"[mgsm-sw #{idx}] Tatua tatizo hili hatua kwa hatua, kisha andika jibu baada ya 'Jibu:'.\n{q}"
    if lang == "ja":
        q = f"太郎さんはりんごを{a}個持っています。{min(a - 1, b)}個食べて、{c}個もらいました。今いくつ持っていますか？"
        return (
            f"[mgsm-ja #{idx}] 段階的に考えてから、「答え：」の後に数字だけを書いてください。\n{q}"
        )
    k = idx % 3
    if k == 0:
        q = f"A library had {a * 10} books. It lent out {b} per day for {c} days and received {a} donations. How many books does it have?"
        return f"[gsm-style #{idx}] Q: {q}\nLet's think step by step. End with '#### <number>'."
    if k == 1:
        return (
            f"[logic #{idx}] If every {pick(rng, ('glorp', 'tamb', 'veek'))} is a {pick(rng, ('snib', 'worl', 'quade'))} and some snibs are red, "
            f"must some glorps be red? Explain, then answer Yes or No."
        )
    return f"[arith #{idx}] Compute {a} * {b} - {c} ** 2 + {a + b} // {c}. Show your working and give the final integer."


def product_judge(rng: Rng, brand: str, chat: list[str], passages: list[str]) -> str:
    q = clip(rng, pick(rng, chat), 30, 400)
    a = clip(rng, pick(rng, passages), 200, 700)
    v = irange(rng, 3, 9)
    if chance(rng, 0.5):
        return (
            f"You are reviewing replies from the {brand} help assistant against style guide v{v}. "
            f"Output PASS or FAIL and one sentence why. Check: polite, no promises about refunds, "
            f"links only to our docs.\n\nCustomer: {q}\nAssistant: {a}"
        )
    return (
        f"Annotation task ({brand}, batch {irange(rng, 100, 999)}): which reply better follows our guidelines? "
        f"Answer '1' or '2' and a short reason.\nCustomer: {q}\nReply 1: {a}\nReply 2: {clip(rng, pick(rng, passages), 200, 700)}"
    )


_AD_AREAS = (
    "health claims",
    "before/after images",
    "personal attributes",
    "financial promises",
    "alcohol",
    "weight loss",
    "dating",
    "crypto",
)
_AD_PRODUCTS = (
    "a protein shake",
    "a budgeting app",
    "a dating app",
    "a craft gin",
    "a skin serum",
    "a language course",
    "a crypto wallet",
    "a yoga studio",
    "a used-car dealer",
    "a vitamin gummy",
)


def ad_rewrite(rng: Rng, client: str, lang: str) -> str:
    prod = pick(rng, _AD_PRODUCTS)
    area = pick(rng, _AD_AREAS)
    plat = pick(rng, ("Meta", "Google Ads", "TikTok", "LinkedIn"))
    orig = pick(
        rng,
        (
            "Lose 10 kg in 2 weeks, guaranteed!",
            "Are you single and over 40?",
            "Double your savings with zero risk",
            "Doctors hate this one trick",
            "Look 10 years younger overnight",
            "Get rich before your friends do",
        ),
    )
    if lang == "es":
        return f'Cliente: {client}. Reescribe este anuncio de {prod} para que cumpla la política de {plat} sobre {area}. Máximo 125 caracteres, 3 variantes.\nOriginal: "{orig}"'
    if lang == "de":
        return f'Kunde: {client}. Formuliere diese Anzeige für {prod} so um, dass sie die {plat}-Richtlinien zu {area} einhält. Max. 125 Zeichen, 3 Varianten.\nOriginal: "{orig}"'
    return pick(
        rng,
        (
            f'Client: {client}. Rewrite this {plat} ad for {prod} so it complies with the policy on {area}. Keep it under 125 characters and give 3 variants.\nOriginal: "{orig}"',
            f'Our ad for {prod} ({client}) got rejected by {plat} for {area}. Why, and how do we fix the copy? Original: "{orig}"',
            f"Write 5 social captions for {client}'s {prod}, compliant with {plat} rules on {area}. Friendly tone, 2 emojis max.",
        ),
    )


_REPO_TASKS = (
    "fix the failing test in tests/test_api.py",
    "add pagination to the /orders endpoint",
    "upgrade the project to Python 3.12 and fix deprecations",
    "rename UserService to AccountService everywhere",
    "add a retry with backoff to the HTTP client",
    "write a migration adding an index on orders.created_at",
    "find why the dashboard shows duplicate rows",
    "add dark mode to the settings page",
)


def coding_agent_call(rng: Rng, chat: list[str], step: int) -> str:
    task = pick(rng, _REPO_TASKS) if chance(rng, 0.6) else clip(rng, pick(rng, chat), 30, 400)
    acts = [
        pick(
            rng,
            (
                'list_dir("src")',
                'read("src/app/main.py")',
                'grep("def handle")',
                'run("pytest -x -q")',
                'edit("src/app/models.py", lines 40-58)',
                'read("package.json")',
                'run("npm test")',
            ),
        )
        for _ in range(step)
    ]
    res = [
        pick(
            rng,
            ("exit 0", "exit 1: 2 failed, 41 passed", "ok", "(312 lines)", "no matches", "patched"),
        )
        for _ in range(step)
    ]
    hist = "".join(f"\n> {a}\n{r}" for a, r in zip(acts, res, strict=True))
    return f"## Task\n{task}\n## Workspace history{hist if hist else ' (empty)'}\n## Next\nReply with one tool call or DONE with a summary."


_INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_pin",
    "dispute_charge",
    "increase_limit",
    "close_account",
    "update_address",
    "exchange_rate",
    "atm_fee",
    "direct_debit_cancel",
)


def augmentation(rng: Rng, bank: str) -> str:
    intent = pick(rng, _INTENTS)
    n = int(pick(rng, (20, 25, 30, 40)))
    if chance(rng, 0.7):
        return (
            f"Generate {n} different ways a {bank} customer might phrase the intent '{intent}'. Mix formal and "
            f"casual, include typos in about 20% of them, one per line, no numbering."
        )
    return (
        f"Label each utterance with one intent from {list(_INTENTS)}. Output CSV utterance,intent.\n"
        + "\n".join(
            f"- {pick(rng, ('hey', 'hi', 'hello', 'pls', 'urgent'))} {intent.replace('_', ' ')} {pick(rng, ('asap', 'today', 'thanks', 'help', ''))}".strip()
            for _ in range(irange(rng, 6, 15))
        )
    )


_STATS_EN = (
    "p-values",
    "the central limit theorem",
    "confidence intervals",
    "Bayes' theorem",
    "standard error",
)
_COURSES = {
    "en": (
        "STAT 201",
        "Problem Set {k}, question {q}: I get {x} but the key says {y}. where did I go wrong?",
        "Can you explain the hint for PS{k} Q{q}? something about conditioning on the first draw",
    ),
    "pt": (
        "Estatística I",
        "Lista {k}, exercício {q}: meu resultado deu {x} mas o gabarito diz {y}. onde errei?",
        "Professor falou pra usar a distribuição binomial na lista {k} questão {q}, por quê?",
    ),
    "de": (
        "Statistik I",
        "Übungsblatt {k}, Aufgabe {q}: Ich komme auf {x}, laut Lösung {y}. Wo ist mein Fehler?",
        "Wie geht man bei Blatt {k} Aufgabe {q} vor? Tipp war bedingte Wahrscheinlichkeit",
    ),
}


def course_question(rng: Rng, lang: str, week: int, chat: list[str]) -> str:
    _, a, b = _COURSES[lang]
    if chance(rng, 0.3):
        return pick(rng, chat)
    if chance(rng, 0.45):
        c = pick(rng, _STATS_EN) if lang == "en" else concept(rng, lang)
        return natural_question(rng, lang, c, concept(rng, lang))
    f = a if chance(rng, 0.6) else b
    return f.format(
        k=week,
        q=irange(rng, 1, 8),
        x=round(float(rng.random()), 3),
        y=round(float(rng.random()), 3),
    )


_COMPANION = {
    "en": (
        "had such a rough day at work, my manager yelled at me in front of everyone",
        "can't sleep again. talk to me?",
        "guess what, I finally went to the gym!!",
        "do you think I should text him back",
        "I miss my dog so much",
        "tell me something nice",
        "what should I cook tonight, I have eggs and spinach",
        "good morning :)",
    ),
    "es": (
        "hoy fue un día horrible",
        "no puedo dormir, hablamos?",
        "adivina qué, aprobé el examen!",
        "te extrañé",
    ),
    "pt": (
        "hoje foi um dia difícil",
        "tô sem sono, conversa comigo?",
        "consegui o emprego!!",
        "bom dia ☀️",
    ),
    "ja": ("今日すごく疲れた", "眠れないから話そう", "ねえ聞いて、試験受かった！", "おはよう"),
}


def companion_message(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.3):
        return pick(rng, chat)
    return typo(rng, pick(rng, _COMPANION[lang]), 0.2)


_DOC_TYPES = (
    "supplier contract clause",
    "product manual section",
    "press release",
    "HR policy paragraph",
    "website FAQ entry",
    "app store description",
)
_SHOP_LANGS = (
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Simplified Chinese",
    "Portuguese (Brazil)",
    "Italian",
    "Dutch",
)


def shop_translation(rng: Rng, passages: list[str], client: str) -> str:
    tgt = pick(rng, _SHOP_LANGS)
    doc = pick(rng, _DOC_TYPES)
    src = clip(rng, pick(rng, passages), 150, 900)
    terms = ", ".join(
        f"{w} = {w.upper()}"
        for w in (
            pick(rng, ("account", "device", "warranty", "invoice")),
            pick(rng, ("user", "order", "refund")),
        )
    )
    if chance(rng, 0.5):
        return f"Job {client}-{irange(rng, 1000, 9999)} ({doc}) -> {tgt}. Glossary: {terms}. Keep tags like <b> intact.\n\n{src}"
    return f"Please translate into {tgt} for our client {client}. Register: formal. Glossary: {terms}.\n{src}"


def calibration_item(rng: Rng, idx: int) -> str:
    claim = pick(
        rng,
        (
            "The Great Wall of China is visible from the Moon with the naked eye.",
            "Octopuses have three hearts.",
            "Lightning never strikes the same place twice.",
            "Bananas are berries.",
            "Mount Everest is the tallest mountain measured from base to peak.",
            "Goldfish have a three-second memory.",
            "The Sahara is the largest desert on Earth.",
            "Humans use only 10% of their brains.",
        ),
    )
    k = idx % 3
    if k == 0:
        return f"True or false: {claim} Answer with one word."
    if k == 1:
        return f"Statement: {claim}\nWhat is the probability (0-100) that this statement is true? Reply with a number only."
    return f"Q{idx}. {claim} Is this correct? Answer 'yes' or 'no', then give your confidence from 0 to 1."


_EXERCISES = (
    "FizzBuzz",
    "reverse a linked list",
    "two-sum",
    "valid parentheses",
    "binary search",
    "merge intervals",
    "climbing stairs",
    "anagram groups",
    "matrix rotation",
    "word frequency",
)


def practice_hint(rng: Rng, app: str, level: int, chat: list[str]) -> str:
    ex = pick(rng, _EXERCISES)
    pl = pick(rng, ("Kotlin", "Python", "JavaScript", "Swift", "Dart"))
    if chance(rng, 0.2):
        return pick(rng, chat)
    attempt = pick(
        rng,
        (
            "for i in range(len(xs)):\n    if xs[i] == target: return i",
            "fun solve(a: IntArray): Int {\n  var s = 0\n  return s\n}",
            "function f(s) {\n  return s.split('').reverse()\n}",
            "while lo < hi:\n    mid = (lo + hi) / 2",
        ),
    )
    return (
        f"[{app}] Exercise {irange(rng, 1, 40)} \u00b7 {ex} \u00b7 {pl} \u00b7 level {level}\nMy attempt:\n{attempt}\n"
        f"Give me a hint, not the full solution."
    )

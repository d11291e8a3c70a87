"""Prompt generators of batch 152, written for this batch only.

Every generator takes the family's or kind's own numpy generator and returns one prompt (a few
return `(prompt, extra_prompt_tokens)` where the real request carries a long system prompt, tool
schemas or conversation history the log does not show). Ordinary human text comes from ShareGPT's
"sim" half via the shared context (`ctx.chat`, `ctx.passages`), passed in as `chat` / `passages`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# numbers-in-words problems (reasoning material), several languages


def _tank(rng):
    a, b = irange(rng, 60, 900), irange(rng, 6, 40)
    c, p = irange(rng, 1, b - 2), pick(rng, (25, 40, 50, 75, 90, 100))
    return {"a": a, "b": b, "c": c, "p": p}


def _urn(rng):
    return {"r": irange(rng, 3, 19), "g": irange(rng, 2, 17)}


def _powmod(rng):
    return {"a": irange(rng, 3, 97), "e": irange(rng, 20, 4000), "m": irange(rng, 7, 113)}


def _interest(rng):
    p = irange(rng, 2, 90) * 500
    return {"P": p, "r": pick(rng, (2.5, 3, 3.75, 4.2, 5, 6.5, 7)), "T": p * irange(rng, 2, 5)}


_PROBLEMS: dict[str, list[tuple[str, object]]] = {
    "en": [
        (
            "A tank holds {a} litres. An inlet pipe adds {b} L/min while a crack leaks {c} L/min. "
            "Starting empty, after how many minutes is the tank {p}% full?",
            _tank,
        ),
        (
            "A bag contains {r} red and {g} green marbles. Two are drawn without replacement. What is "
            "the probability that both have the same colour?",
            _urn,
        ),
        ("What is the remainder when {a}^{e} is divided by {m}?", _powmod),
        (
            "Someone invests {P} dollars at {r}% interest compounded yearly. After how many whole "
            "years does the balance first exceed {T} dollars?",
            _interest,
        ),
    ],
    "zh": [
        (
            "一个水箱容量为{a}升，进水管每分钟注水{b}升，同时裂缝每分钟漏水{c}升。从空箱开始，多少分钟后水箱达到{p}%？",
            _tank,
        ),
        ("袋子里有{r}个红球和{g}个绿球，不放回地依次取出两个，两个球颜色相同的概率是多少？", _urn),
        ("求{a}的{e}次方除以{m}的余数。", _powmod),
        ("某人以年利率{r}%按年复利投资{P}元，至少经过多少整年本息和才超过{T}元？", _interest),
    ],
    "ru": [
        (
            "В бак объёмом {a} л вода поступает со скоростью {b} л/мин, а через трещину уходит {c} л/мин. "
            "Через сколько минут пустой бак заполнится на {p}%?",
            _tank,
        ),
        (
            "В мешке {r} красных и {g} зелёных шаров. Достают два шара без возвращения. Какова вероятность, "
            "что они одного цвета?",
            _urn,
        ),
        ("Найдите остаток от деления {a}^{e} на {m}.", _powmod),
        (
            "Вклад {P} рублей под {r}% годовых с ежегодной капитализацией. Через сколько полных лет сумма "
            "впервые превысит {T} рублей?",
            _interest,
        ),
    ],
    "es": [
        (
            "Un depósito de {a} litros recibe {b} L/min por una tubería y pierde {c} L/min por una grieta. "
            "Si empieza vacío, ¿en cuántos minutos estará al {p}%?",
            _tank,
        ),
        (
            "Una bolsa tiene {r} canicas rojas y {g} verdes. Se sacan dos sin reposición. ¿Cuál es la "
            "probabilidad de que sean del mismo color?",
            _urn,
        ),
        ("¿Cuál es el resto de dividir {a}^{e} entre {m}?", _powmod),
    ],
    "ja": [
        (
            "容量{a}リットルのタンクに毎分{b}リットル注水し、ひびから毎分{c}リットル漏れています。空の状態から{p}%になるのは何分後ですか。",
            _tank,
        ),
        (
            "袋に赤玉が{r}個、緑玉が{g}個入っています。元に戻さずに2個取り出すとき、2個が同じ色である確率を求めなさい。",
            _urn,
        ),
        ("{a}の{e}乗を{m}で割った余りを求めなさい。", _powmod),
    ],
    "de": [
        (
            "Ein Tank fasst {a} Liter. Ein Zulauf liefert {b} l/min, ein Riss verliert {c} l/min. Nach wie "
            "vielen Minuten ist der leere Tank zu {p} % gefüllt?",
            _tank,
        ),
        (
            "In einem Beutel liegen {r} rote und {g} grüne Murmeln. Man zieht zwei ohne Zurücklegen. Wie "
            "groß ist die Wahrscheinlichkeit, dass beide dieselbe Farbe haben?",
            _urn,
        ),
    ],
}


def _logic_en(rng) -> str:
    people = list(rng.choice(NAMES, size=5, replace=False))
    a, b, c, d, e = people
    clues = [
        f"{a} is not at either end.",
        f"{b} sits somewhere to the left of {c}.",
        f"{d} sits directly next to {e}.",
        f"{c} is not next to {a}.",
        f"{e} is further right than {b}.",
    ]
    rng.shuffle(clues)
    k = irange(rng, 3, 5)
    return (
        f"{', '.join(people)} sit in a row of five chairs. "
        + " ".join(clues[:k])
        + " Who could be in the middle chair? List every possibility."
    )


def _code_trace_en(rng) -> str:
    k, m, x = irange(rng, 2, 9), irange(rng, 3, 11), irange(rng, 5, 60)
    body = pick(
        rng,
        (
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {k} == 0 or i % {m} == 0:\n            total += i\n    return total",
            f"def f(n):\n    seen = set()\n    while n not in seen:\n        seen.add(n)\n        n = (n * n + {k}) % {m * 7}\n    return len(seen)",
            f"def f(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, (a + b) % {m * 10 + k}\n    return a",
        ),
    )
    return f"What does this function return for f({x})? Trace it by hand.\n\n```python\n{body}\n```"


def _physics_en(rng) -> str:
    v, ang, h = irange(rng, 8, 45), pick(rng, (15, 30, 37, 45, 53, 60)), irange(rng, 0, 30)
    m, mu = irange(rng, 2, 40), pick(rng, (0.1, 0.15, 0.2, 0.3, 0.45))
    return pick(
        rng,
        (
            f"A ball is thrown at {v} m/s at {ang} degrees above the horizontal from a cliff {h} m high. "
            "How far from the base of the cliff does it land? Take g = 9.8 m/s^2.",
            f"A {m} kg crate is pushed up a {ang} degree ramp with friction coefficient {mu}. What minimum "
            "force parallel to the ramp keeps it moving at constant speed?",
        ),
    )


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """One self-contained problem (maths, logic, code tracing or physics)."""
    if lang == "en" and chance(rng, 0.45):
        return pick(rng, (_logic_en, _code_trace_en, _physics_en))(rng)
    template, slots = pick(rng, _PROBLEMS.get(lang, _PROBLEMS["en"]))
    return template.format(**slots(rng))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


_COERCE = {
    "tags": (
        "Work on the problem below. Before the final answer, write your entire private "
        "reasoning inside <reasoning> </reasoning> tags: every attempt, every dead end, every "
        "check. Do not summarise it. After the tags write FINAL: and the answer.\n\nProblem: {p}"
    ),
    "sections": (
        "### Role\nMeticulous solver who thinks aloud.\n### Rules\n- number each step\n- "
        "verify each step before the next one\n- if you notice a mistake, say 'wait' and "
        "redo it\n### Problem\n{p}\n### Output\nSteps, then Check, then \\boxed{{answer}}"
    ),
    "casual": "{p}\n\nshow me literally all of your thinking, don't skip the obvious bits. long is fine, i want the full trace",
    "json": (
        'Return a JSON object {{"thoughts": [list of every intermediate thought as a string], '
        '"verification": "...", "answer": "..."}}. Include at least 12 thoughts.\nQuestion: {p}'
    ),
}
_COERCE_L10N = {
    "zh": "请一步一步详细推理，把完整的思考过程全部写出来（包括走错的地方和自我检查），最后用 \\boxed{{}} 给出答案。\n题目：{p}",
    "ru": "Реши задачу. Сначала подробно распиши весь ход рассуждений, включая неудачные попытки и проверку каждого шага, и только потом дай ответ.\nЗадача: {p}",
    "es": "Resuelve el problema. Escribe TODO tu razonamiento paso a paso, incluidos los errores que corrijas, y al final pon la respuesta entre \\boxed{{}}.\nProblema: {p}",
    "ja": "次の問題を解いてください。考えた過程をすべて省略せずに書き、各ステップを検算してから最後に答えを書いてください。\n問題：{p}",
    "de": "Löse die Aufgabe. Schreibe deinen vollständigen Gedankengang Schritt für Schritt auf, auch Irrwege und Kontrollen, und gib erst am Ende die Antwort an.\nAufgabe: {p}",
}


def coerce_reasoning(rng: np.random.Generator, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if lang != "en":
        return _COERCE_L10N[lang].format(p=p)
    return _COERCE[style].format(p=p)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
)


def judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    q = _clip(pick(rng, chat), 40, 600, rng)
    a = _clip(pick(rng, passages), 200, 1200, rng)
    b = _clip(pick(rng, passages), 200, 1200, rng)
    if style == "pairwise":
        return (
            "[SYSTEM] You are an impartial evaluator. Compare the two assistant responses to the "
            'user question. Ignore length and order. Output JSON only: {"winner": "A"|"B"|'
            '"tie", "score_a": 1-10, "score_b": 1-10, "rationale": string}.\n[QUESTION]\n'
            f"{q}\n[RESPONSE A]\n{a}\n[RESPONSE B]\n{b}"
        )
    if style == "rubric":
        crit = list(rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False))
        lines = "\n".join(f"- {c}: 1 (poor) to 7 (excellent)" for c in crit)
        return (
            f"Grade the answer against the rubric.\n{lines}\nFor each criterion give the score "
            "and one sentence of evidence. Finish with an overall reward between 0 and 1 in "
            f"<reward></reward>.\n\nPrompt:\n{q}\n\nAnswer:\n{a}"
        )
    if style == "critique":
        return (
            "Critique the response below as a strict reviewer. List every factual, logical and "
            "stylistic problem, rate severity (minor/major/critical), then write the corrected "
            f"response in full.\n\nUSER: {q}\n\nRESPONSE: {a}"
        )
    if style == "zh":
        return (
            f"你是一名严格的评审。请根据有用性、准确性、安全性三个维度，对下面两个回答分别打分（1-10），并说明理由，"
            f"最后指出哪个更好。\n问题：{q}\n回答A：{a}\n回答B：{b}"
        )
    return (
        f"다음 답변을 1점부터 10점까지 평가하고, 점수의 근거를 항목별로 설명하세요. 마지막 줄에는 점수만 쓰세요.\n"
        f"질문: {q}\n답변: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites


_MARKETS = (
    "mainland China",
    "Saudi Arabia",
    "Russia",
    "Vietnam",
    "Turkey",
    "Indonesia",
    "the UAE",
    "Iran",
    "Egypt",
    "Singapore",
)
_BORDERLINE = (
    "How do pin tumbler locks work and why can they be picked?",
    "Which household cleaning products are dangerous to mix, and why?",
    "What happened in the main square of the capital in the spring of 1989?",
    "Summarise the arguments for and against the country's one-party system.",
    "Write a joke about the head of state.",
    "What are the signs that someone is being radicalised online?",
    "How did the protests in the region start and how were they handled by police?",
    "Explain how VPNs get around national firewalls.",
    "Which religions are practiced in the country and are any restricted?",
    "What is the historical status of the disputed islands?",
    "Describe how counterfeit banknotes are usually detected.",
    "Write a short story in which a journalist investigates corruption in a ministry.",
    "Is it legal to criticise the government on social media here?",
    "Explain how opioid overdoses are treated in an emergency.",
    "What are the common tactics of phishing emails?",
    "Give me a history of the independence movement in the northern province.",
)
_POLICY_CATS = (
    "S1 violence",
    "S2 self-harm",
    "S3 sexual",
    "S4 hate",
    "S5 political sensitivity",
    "S6 illegal goods",
    "S7 privacy",
    "S8 extremism",
    "S9 national security",
)


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], style: str) -> str:
    market = pick(rng, _MARKETS)
    if style == "rewrite":
        body = _clip(pick(rng, passages), 250, 1400, rng)
        return (
            f"Rewrite the answer below so that it would pass content review for a public "
            f"assistant in {market}. Remove or neutralise anything politically sensitive, keep "
            f"the useful information, and do not mention that you changed it.\n\n{body}"
        )
    if style == "ideal":
        return (
            "A production model refused the request below. Write the ideal response: as helpful "
            "as possible while staying inside policy. Then on a new line write POLICY: and the "
            f"categories it touches from [{', '.join(_POLICY_CATS)}].\nRequest: {pick(rng, _BORDERLINE)}"
        )
    if style == "zh":
        body = _clip(pick(rng, passages), 200, 900, rng)
        return f"请将以下内容改写为符合内容安全审核要求的版本，删除敏感表述，不要提及改写，尽量保留原意：\n{body}"
    if style == "dual":
        q = pick(rng, _BORDERLINE)
        return (
            f"Answer the question twice. Version 1: for a general global audience. Version 2: "
            f"for a licensed local assistant in {market}, following local regulations strictly. "
            f"Label them V1 and V2.\nQuestion: {q}"
        )
    q = pick(rng, _BORDERLINE)
    return (
        f"Необходимо ответить на вопрос так, чтобы ответ соответствовал требованиям законодательства "
        f"(страна: {market}). Вопрос: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


_TOOLS = {
    "search_web": ("query", "string"),
    "get_weather": ("city", "string"),
    "run_sql": ("query", "string"),
    "read_file": ("path", "string"),
    "send_email": ("to", "string"),
    "create_calendar_event": ("title", "string"),
    "python": ("code", "string"),
    "http_get": ("url", "string"),
    "lookup_order": ("order_id", "string"),
    "book_flight": ("route", "string"),
    "convert_currency": ("amount", "number"),
    "list_directory": ("path", "string"),
}
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email the options to {n}.",
    "Using the sales database, report the month with the highest refund rate in {y} and plot it.",
    "Check whether order {oid} shipped, and if it is late draft an apology to the customer.",
    "Read config/settings.yaml, find the database timeout, and double it if it is below 30 seconds.",
    "What will the weather be in {c1} on Friday? If rain, move the team picnic to the next dry day.",
    "Convert {amt} EUR to JPY at today's rate and add the result to the travel budget sheet.",
    "List every CSV in /data/raw, count rows in each, and flag files with missing headers.",
    "Search for recent papers about {topic} and write a five-bullet summary with links.",
    "Schedule a 30 minute call with {n} next week avoiding Mondays and the lunch hour.",
    "Find out which of our suppliers in {country} had delays last quarter using the orders table.",
)
_TOPICS = (
    "battery recycling",
    "protein folding",
    "urban heat islands",
    "microplastics",
    "LLM quantisation",
    "soil carbon",
    "tidal energy",
    "antibiotic resistance",
    "graph neural networks",
    "desalination",
)
_CITIES = (
    "Lagos",
    "Munich",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Nairobi",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
)


def _agent_task(rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=pick(rng, NAMES),
        y=irange(rng, 2019, 2025),
        oid=f"{pick(rng, ('A', 'K', 'Q', 'Z'))}{irange(rng, 100000, 999999)}",
        amt=irange(rng, 40, 9000),
        topic=pick(rng, _TOPICS),
        country=pick(rng, COUNTRIES),
    )


def _fake_observation(rng, tool: str) -> str:
    if tool == "get_weather":
        return f'{{"temp_c": {irange(rng, -5, 36)}, "rain_prob": {rng.random():.2f}}}'
    if tool == "run_sql":
        return f"{irange(rng, 1, 40)} rows: " + ", ".join(
            str(irange(rng, 10, 9999)) for _ in range(4)
        )
    if tool == "list_directory":
        return "\n".join(
            f"{pick(rng, ('sales', 'users', 'events', 'orders'))}_{irange(rng, 1, 99)}.csv"
            for _ in range(3)
        )
    if tool == "lookup_order":
        return f'{{"status": "{pick(rng, ("shipped", "processing", "delayed"))}", "eta_days": {irange(rng, 0, 14)}}}'
    return pick(
        rng, ("OK", "200 OK, 3 results", "no results", '{"error": "timeout, retry"}', "done")
    )


def agent_episode(rng: np.random.Generator, style: str, n_steps: int) -> list[tuple[str, int]]:
    """The requests one agent loop sends: at step k the task, the tool list and the trajectory so
    far (extra prompt tokens stand for the tool schemas and system prompt the log does not show)."""
    tools = list(rng.choice(list(_TOOLS), size=irange(rng, 3, 8), replace=False))
    task = _agent_task(rng)
    base = 180 * len(tools) + irange(rng, 100, 600)
    out: list[tuple[str, int]] = []
    traj: list[str] = []
    for k in range(n_steps):
        if k:
            t = pick(rng, tools)
            obs = _fake_observation(rng, t)
            arg = _TOOLS[t][0]
            if style == "react":
                traj += [
                    f"Thought: I should use {t} next.",
                    f"Action: {t}",
                    f'Action Input: {{"{arg}": "..."}}',
                    f"Observation: {obs}",
                ]
            elif style == "fc_json":
                traj += [
                    f'{{"role": "assistant", "tool_calls": [{{"name": "{t}", "arguments": {{"{arg}": "..."}}}}]}}',
                    f'{{"role": "tool", "name": "{t}", "content": {obs!r}}}',
                ]
            elif style == "xml":
                traj.append(
                    f'<tool_call name="{t}">...</tool_call><tool_result>{obs}</tool_result>'
                )
            else:
                traj = [f"Tool {t} returned: {obs}"]
        if style == "react":
            head = [
                f"Answer the task using these tools: {', '.join(tools)}.",
                "Format:\nThought: ...\nAction: tool name\nAction Input: JSON\nObservation: ...\n(repeat)\nFinal Answer: ...",
                f"Task: {task}",
            ]
            prompt = "\n".join(head + traj + ["Thought:"])
        elif style == "fc_json":
            prompt = "\n".join([f'{{"role": "user", "content": "{task}"}}'] + traj)
        elif style == "xml":
            prompt = "\n".join(
                [f"<task>{task}</task>"]
                + traj
                + ["Continue. Emit exactly one <tool_call> or a <final> block."]
            )
        else:  # plain: only the newest observation is the user turn
            prompt = (traj[0] + "\n" if traj else "") + f"Decide the next step for the task: {task}"
        out.append((prompt, base + 70 * k))
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation


_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "travel planning",
    "Python debugging",
    "nutrition",
    "middle-school geometry",
    "customer service",
    "world history",
    "SQL",
    "creative writing",
    "medical triage",
    "home repair",
    "machine learning",
    "philosophy of mind",
    "tax basics",
    "gardening",
    "statistics",
    "job interviews",
    "climate science",
)
_PERSONAS = (
    "a retired ship engineer",
    "a nurse on night shifts",
    "a first-year law student",
    "a bakery owner",
    "a high-school chemistry teacher",
    "a freelance game developer",
    "a farmer switching to drip irrigation",
    "a museum curator",
    "a new parent",
    "a data analyst at a bank",
    "a bus driver learning to code",
    "a startup founder preparing a pitch",
    "a volunteer firefighter",
)
_SYN_L10N = {
    "es": 'Genera {n} pares pregunta-respuesta variados y de alta calidad sobre {d}, nivel {lvl}. Formato JSONL con los campos "pregunta" y "respuesta". No repitas ejemplos. Lote {s}.',
    "pt": "Gere {n} pares de instrução e resposta diversos sobre {d} (nível {lvl}). Saída em JSONL com os campos instruction e output. Lote {s}, não repita itens anteriores.",
    "id": "Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {d}, tingkat {lvl}. Keluarkan dalam format JSONL dengan kolom instruction dan output. Batch {s}.",
    "vi": "Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về chủ đề {d}, mức độ {lvl}. Xuất ra định dạng JSONL với các trường instruction và output. Lô {s}.",
}


def synth_dataset(rng: np.random.Generator, style: str, lang: str = "en") -> str:
    n, d = pick(rng, (5, 8, 10, 12, 15, 20, 25)), pick(rng, _DOMAINS)
    lvl, s = pick(rng, ("beginner", "intermediate", "expert")), irange(rng, 1, 60000)
    if lang != "en":
        return _SYN_L10N[lang].format(n=n, d=d, lvl=lvl, s=s)
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs for training a "
            f"helpful assistant. Domain: {d}. Difficulty: {lvl}. Vary the task type (explain, "
            f"compare, list, rewrite, solve). Output JSONL with keys instruction, input, output. "
            f"Batch id {s}; do not reuse earlier items."
        )
    if style == "seeded":
        ex = [pick(rng, _AGENT_TASKS).split(" ")[0] + " ..." for _ in range(3)]
        return (
            f"Here are three example tasks:\n1. {ex[0]}\n2. {ex[1]}\n3. {ex[2]}\nCome up with "
            f"{n} new tasks about {d} that differ from these in topic and format, then answer "
            "each of them thoroughly. Number them."
        )
    if style == "persona":
        return (
            f"You are {pick(rng, _PERSONAS)}. Write one realistic question you would ask an AI "
            f"assistant about {d}, then write the ideal, detailed answer. Format:\nQ: ...\nA: ..."
        )
    return (
        f"Write a multi-turn conversation ({irange(rng, 3, 7)} exchanges) between a curious user "
        f"and an expert assistant about {d}. The assistant should be accurate and thorough. Use "
        "'User:' and 'Assistant:' prefixes."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (the last user message, history not shown)


_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Why is that the case, though?",
        "Now make it shorter, three sentences max.",
        "What would someone who disagrees say?",
        "OK and how would that work in practice?",
        "Can you put that into a table?",
        "What are the most common mistakes people make here?",
        "Interesting. What's the history behind it?",
        "Rewrite that for a 12 year old.",
        "Are there any exceptions?",
        "How confident are you in that? What could be wrong?",
        "Thanks. Summarise everything we discussed so far.",
        "Could you explain the last part again differently?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y por qué pasa eso?",
        "Resúmelo en tres frases.",
        "¿Qué diría alguien que no está de acuerdo?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Warum ist das so?",
        "Fass das in drei Sätzen zusammen.",
        "Gibt es Ausnahmen?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Pourquoi est-ce le cas ?",
        "Résume en trois phrases.",
        "Quelles sont les erreurs courantes ?",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    q = pick(rng, _FOLLOWUPS[lang])
    if lang == "en" and chance(rng, 0.35):
        q = (
            pick(rng, ("Thanks! ", "Hmm. ", "Got it. ", "Okay, ", "Nice. ", "Wait, "))
            + q[0].lower()
            + q[1:]
        )
    return q


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels


_FIELDS = (
    "biology",
    "chemistry",
    "economics",
    "geography",
    "law",
    "medicine",
    "physics",
    "computer science",
    "history",
    "psychology",
    "astronomy",
    "linguistics",
)
_CONCEPTS = {
    "biology": (
        "osmosis",
        "mitosis",
        "enzyme inhibition",
        "natural selection",
        "the Krebs cycle",
        "gene expression",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "electronegativity",
        "buffer solutions",
        "SN2 reactions",
        "redox titration",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "moral hazard",
        "the multiplier effect",
    ),
    "geography": (
        "plate tectonics",
        "monsoon circulation",
        "urban sprawl",
        "river deltas",
        "the rain shadow effect",
    ),
    "law": (
        "consideration in contracts",
        "habeas corpus",
        "adverse possession",
        "strict liability",
        "hearsay evidence",
    ),
    "medicine": (
        "beta blockers",
        "sepsis",
        "type 2 diabetes",
        "the blood-brain barrier",
        "vaccine adjuvants",
    ),
    "physics": (
        "the photoelectric effect",
        "angular momentum",
        "entropy",
        "Doppler shift",
        "superconductivity",
    ),
    "computer science": (
        "hash tables",
        "deadlocks",
        "TCP congestion control",
        "dynamic programming",
        "garbage collection",
    ),
    "history": (
        "the Peace of Westphalia",
        "the Meiji Restoration",
        "the Bretton Woods system",
        "the Silk Road",
        "the printing press",
    ),
    "psychology": (
        "cognitive dissonance",
        "operant conditioning",
        "the bystander effect",
        "working memory",
        "anchoring bias",
    ),
    "astronomy": (
        "red giants",
        "exoplanet transits",
        "dark matter",
        "tidal locking",
        "the cosmic microwave background",
    ),
    "linguistics": (
        "code-switching",
        "phonemes",
        "language families",
        "morphology",
        "the Sapir-Whorf hypothesis",
    ),
}


def mcq(rng: np.random.Generator) -> tuple[str, list[str]]:
    f = pick(rng, _FIELDS)
    c = pick(rng, _CONCEPTS[f])
    opts = list(rng.choice(_CONCEPTS[pick(rng, _FIELDS)], size=3, replace=False)) + [c]
    rng.shuffle(opts)
    stem = pick(
        rng,
        (
            f"Which {f} concept best explains the following observation about {c}?",
            f"In {f}, which term is most closely associated with {c}?",
            f"A student confuses {c} with something else. Which option is the correct match?",
        ),
    )
    return stem, opts


def soft_label(rng: np.random.Generator, style: str) -> str:
    stem, opts = mcq(rng)
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if style == "probs":
        return (
            f"{stem}\n{body}\nDo not pick one answer. Give your probability for every option as "
            'JSON, e.g. {"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}. Probabilities must sum to 1.'
        )
    if style == "ranked":
        return f"{stem}\n{body}\nRank all four options from most to least likely and give a confidence percentage for each."
    return f"{stem}\n{body}\nAnswer with the letter only."


# --------------------------------------------------------------------------------------------
# curriculum questions phrased like a person (crowds, bought accounts, a product's users)


_ASKS = {
    "en": (
        "can someone explain {c} like I'm new to {f}?",
        "what's the intuition behind {c}",
        "I have an exam on {f} tomorrow. how does {c} actually work?",
        "{c} vs the usual textbook explanation - what am I missing",
        "give me a real-world example of {c} please",
        "why does {c} matter in {f}?",
        "quick q: what is {c} and where does it show up",
        "explain {c} step by step, with one worked example",
    ),
    "es": (
        "¿me explicas {c} de forma sencilla?",
        "¿para qué sirve {c} en {f}?",
        "dame un ejemplo real de {c}",
        "no entiendo {c}, ¿me lo explicas paso a paso?",
    ),
    "pt": (
        "pode me explicar {c} de um jeito simples?",
        "qual a intuição por trás de {c}?",
        "me dá um exemplo prático de {c}",
        "por que {c} é importante em {f}?",
    ),
    "de": (
        "Kannst du mir {c} einfach erklären?",
        "Was ist die Intuition hinter {c}?",
        "Gib mir ein Alltagsbeispiel für {c}.",
        "Warum ist {c} in {f} so wichtig?",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "c'est quoi l'intuition derrière {c} ?",
        "un exemple concret de {c} stp",
        "pourquoi {c} est important en {f} ?",
    ),
    "ru": (
        "объясни простыми словами, что такое {c}",
        "зачем в {f} нужно понятие {c}?",
        "приведи пример из жизни: {c}",
        "объясни {c} пошагово с примером",
    ),
    "hi": (
        "{c} ko aasaan bhasha mein samjhao",
        "{f} mein {c} kyun important hai?",
        "explain {c} with an example, simple words please",
        "{c} ka real life example do",
    ),
    "zh": (
        "能用简单的话解释一下{c}吗？",
        "{c}在{f}里为什么重要？",
        "举一个{c}的生活中的例子",
        "请一步一步讲解{c}，并给一个例题",
    ),
    "ja": (
        "{c}について初心者向けに説明してください",
        "{f}で{c}が重要なのはなぜですか？",
        "{c}の身近な例を教えて",
    ),
    "ko": ("{c}을 쉽게 설명해 줄 수 있어?", "{f}에서 {c}가 왜 중요해?", "{c}의 실제 예를 들어줘"),
}
LANG_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en", "fr"),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "en"),
    9: ("ja", "ko"),
}


_GRID = [(f, c) for f in _FIELDS for c in _CONCEPTS[f]]


def grid() -> list[tuple[str, str]]:
    """Every (field, concept) cell of the curriculum grid, in a fixed order."""
    return list(_GRID)


#: follow-on angles of a question, per language (index = facet of the crowd's sweep grid)
FACETS = {
    "en": (
        "",
        "Also, what do people usually get wrong about it?",
        "And how do you actually measure or test it?",
        "Where did the idea come from historically?",
        "Can you include a small numerical example?",
    ),
    "es": (
        "",
        "¿Y cuáles son los errores más comunes?",
        "¿Cómo se mide o se comprueba?",
        "¿De dónde viene la idea históricamente?",
        "¿Puedes incluir un ejemplo con números?",
    ),
    "pt": (
        "",
        "E quais são os erros mais comuns?",
        "Como isso é medido ou testado?",
        "De onde veio essa ideia?",
        "Pode incluir um exemplo numérico?",
    ),
    "de": (
        "",
        "Und was wird dabei oft falsch verstanden?",
        "Wie misst oder prüft man das?",
        "Woher stammt die Idee historisch?",
        "Bitte mit einem kleinen Zahlenbeispiel.",
    ),
    "fr": (
        "",
        "Et quelles sont les erreurs fréquentes ?",
        "Comment on le mesure ou le teste ?",
        "D'où vient l'idée historiquement ?",
        "Avec un petit exemple chiffré stp.",
    ),
    "ru": (
        "",
        "И какие ошибки тут обычно делают?",
        "Как это измеряют или проверяют?",
        "Откуда исторически взялась эта идея?",
        "Добавь небольшой числовой пример.",
    ),
    "hi": (
        "",
        "aur log isme aam taur par kya galti karte hain?",
        "ise measure ya test kaise karte hain?",
        "yeh idea kahan se aaya?",
        "ek chhota numerical example bhi do",
    ),
    "zh": (
        "",
        "另外，大家通常在哪里理解错？",
        "这个怎么测量或验证？",
        "这个概念的历史来源是什么？",
        "能加一个简单的数值例子吗？",
    ),
    "ja": (
        "",
        "よくある誤解も教えてください。",
        "どうやって測定・検証するのですか？",
        "歴史的な由来は？",
        "簡単な数値例もお願いします。",
    ),
    "ko": (
        "",
        "사람들이 흔히 오해하는 점도 알려줘.",
        "어떻게 측정하거나 검증해?",
        "역사적으로 어디서 나온 개념이야?",
        "간단한 숫자 예시도 넣어줘.",
    ),
}


def person_question(
    rng: np.random.Generator, lang: str, field: str, concept: str, facet: int = 0
) -> str:
    q = pick(rng, _ASKS[lang]).format(c=concept, f=field)
    if chance(rng, 0.2):
        q = q[0].upper() + q[1:]
    if facet:
        q += " " + FACETS[lang][facet]
    elif chance(rng, 0.15):
        q += pick(rng, (" thanks", " :)", " pls", "??", " (for my class)"))
    return q


def homework_explain(rng: np.random.Generator) -> str:
    """A harvest request dressed as a study-helper feature."""
    if chance(rng, 0.5):
        return pick(
            rng,
            (
                "Explain step by step: ",
                "Solve and explain every step: ",
                "Help me understand this: ",
                "Show the full working for: ",
            ),
        ) + problem(rng, "en")
    f, c = _GRID[int(rng.integers(len(_GRID)))]
    return pick(
        rng,
        (
            f"Explain {c} ({f}) in depth with a worked example and a self-check question.",
            f"Study notes: {c}. Cover definition, intuition, a derivation or mechanism, two examples, and common misconceptions.",
            f"Teach me {c} as if you were a patient tutor, checking my understanding as you go.",
        ),
    )


# --------------------------------------------------------------------------------------------
# code and translation harvest


_PLANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "C++",
    "Swift",
    "PHP",
    "Ruby",
    "Scala",
)
_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a thread-safe bounded queue",
    "a trie with prefix search",
    "Dijkstra's shortest path on an adjacency list",
    "a token-bucket rate limiter",
    "a JSON pretty-printer",
    "an interval tree",
    "a CSV parser that handles quoted fields",
    "a retry decorator with exponential backoff",
    "binary search on a rotated sorted array",
    "a union-find with path compression",
    "a minimal HTTP router with path parameters",
    "a topological sort that reports cycles",
    "a streaming median tracker",
    "a Levenshtein distance function",
    "a cron expression parser",
    "a consistent-hashing ring",
    "a bloom filter",
    "an in-memory key-value store with TTL",
    "run-length encoding and decoding",
)


def code_task(rng: np.random.Generator, style: str) -> str:
    lang, task = pick(rng, _PLANGS), pick(rng, _CODE_TASKS)
    if style == "implement":
        return (
            f"Implement {task} in {lang}. Requirements: idiomatic code, full docstrings/comments, "
            "type annotations where the language has them, unit tests covering edge cases, and a "
            "short explanation of time and space complexity."
        )
    if style == "port":
        src = pick(rng, _PLANGS)
        return (
            f"Port the following {src} implementation of {task} to {lang}, keeping behaviour "
            f"identical, and explain each non-obvious change.\n\n// {src} source attached below\n"
            + "\n".join(f"// line {i}: ..." for i in range(1, irange(rng, 4, 9)))
        )
    if style == "ticket":
        return (
            f"JIRA-{irange(rng, 1000, 9999)}: we need {task} in our {lang} service. Write "
            "production-ready code with tests. Follow the repo's lint rules. No external deps."
        )
    return (
        f"Write {task} in {lang}, then write the same thing in {pick(rng, _PLANGS)}, and compare "
        "the two versions in a short table (readability, performance, safety)."
    )


DOC_LANGS = (
    "Vietnamese",
    "Indonesian",
    "Thai",
    "Hindi",
    "Japanese",
    "Korean",
    "Portuguese",
    "Turkish",
    "Polish",
    "Arabic",
    "Spanish",
    "German",
)


def translate_harvest(rng: np.random.Generator, passages: Sequence[str]) -> str:
    text = _clip(pick(rng, passages), 300, 1400, rng)
    lang = pick(rng, DOC_LANGS)
    return pick(
        rng,
        (
            f"Translate into {lang}. Preserve markdown, code blocks and lists exactly.\n\n{text}",
            f"Translate the following text into {lang} and then back-translate it into English so I can check quality.\n\n{text}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign-side texts


BENCHES = (
    "gsm-style arithmetic",
    "olympiad geometry",
    "multi-hop QA",
    "code tracing",
    "logic grid",
)


def eval_item(item: int, bench: str) -> str:
    """A fixed benchmark item: the same id always gives the same prompt (it is re-run per model)."""
    r = np.random.default_rng([152, item, len(bench)])
    p = problem(r, "en")
    return pick(
        r,
        (
            f"[{bench} #{item:05d}] {p}\nLet's think step by step, then give the final answer after '####'.",
            f"Question {item}: {p}\nReason carefully and end with 'The answer is X.'",
            f'<item id="{bench}-{item}">\n{p}\n</item>\nProvide a chain of reasoning, then the answer on its own line.',
        ),
    )


def annotator_assist(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], client: str
) -> str:
    q = _clip(pick(rng, chat), 40, 500, rng)
    a = _clip(pick(rng, passages), 150, 900, rng)
    b = _clip(pick(rng, passages), 150, 900, rng)
    return pick(
        rng,
        (
            f"[{client} QA tool v3] Guideline 4.2: prefer factual, safe, concise answers. Summarise the "
            f"key differences between Reply 1 and Reply 2 for the annotator and flag any guideline "
            f"violations. Do NOT decide the preference.\nPrompt: {q}\nReply 1: {a}\nReply 2: {b}",
            f"[{client} QA tool v3] Check this annotator's justification for consistency with the "
            f"guidelines. Justification: 'Reply 2 is more complete.'\nPrompt: {q}\nReply 1: {a}\nReply 2: {b}",
            f"[{client} QA tool v3] Spot-check: list factual claims in the reply that should be verified.\nReply: {a}",
        ),
    )


_GUIDELINES = (
    "no harassment or targeted insults",
    "no sharing of personal addresses or phone numbers",
    "no sale of regulated goods",
    "no graphic violence",
    "no spam or repeated links",
    "no medical claims about unapproved treatments",
)


def moderation(rng: np.random.Generator, chat: Sequence[str], platform: str) -> str:
    post = _clip(pick(rng, chat), 30, 500, rng)
    rules = "; ".join(rng.choice(_GUIDELINES, size=3, replace=False))
    return pick(
        rng,
        (
            f"{platform} community rules: {rules}.\nUser post: {post}\nDoes it break a rule? Reply with JSON "
            '{"violation": bool, "rule": str|null, "suggested_edit": str|null}.',
            f"{platform} moderation assist. Suggest a minimal edit so this post complies with the rules ({rules}), "
            f"or reply OK if it already does.\nPost: {post}",
        ),
    )


def ide_agent(rng: np.random.Generator, product: str) -> tuple[str, int]:
    lang = pick(rng, ("Python", "TypeScript", "Go", "Java", "Rust"))
    f = pick(
        rng,
        (
            "src/api/routes",
            "lib/utils/date",
            "internal/store/cache",
            "app/models/user",
            "pkg/auth/session",
        ),
    )
    ext = {"Python": "py", "TypeScript": "ts", "Go": "go", "Java": "java", "Rust": "rs"}[lang]
    ask = pick(
        rng,
        (
            "fix the failing test in",
            "add pagination to",
            "refactor the error handling in",
            "write unit tests for",
            "explain what this does:",
            "add input validation to",
            "migrate to the new logging API in",
            "why is this slow:",
        ),
    )
    tools = "read_file, edit_file, run_tests, grep, list_dir"
    step = pick(
        rng,
        (
            "",
            f"\n[tool run_tests] {irange(rng, 1, 9)} failed, {irange(rng, 10, 300)} passed",
            f"\n[tool grep] {irange(rng, 1, 14)} matches",
            f"\n[tool read_file] {f}.{ext} ({irange(rng, 40, 900)} lines)",
        ),
    )
    prompt = f"<{product}> user: {ask} {f}.{ext}{step}\nTools: {tools}. Workspace language: {lang}."
    return prompt, irange(rng, 800, 5000)


_INTENTS = (
    "card_lost",
    "balance_inquiry",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "close_account",
    "atm_not_working",
    "travel_notice",
    "pin_reset",
    "fee_refund",
)
_UTTER = (
    "I can't find my card anywhere",
    "how much money do I have",
    "there's a payment I didn't make",
    "I moved, need to update my address",
    "what's your mortgage rate right now",
    "I want to close my account",
    "the ATM ate my card",
    "going to Spain next week, will my card work",
    "forgot my PIN",
    "why was I charged a fee",
)


def paraphrase_aug(rng: np.random.Generator, team: str) -> str:
    i = int(rng.integers(len(_INTENTS)))
    n = pick(rng, (10, 20, 25, 30, 50))
    return pick(
        rng,
        (
            f'[{team} augment] Generate {n} paraphrases of the customer message "{_UTTER[i]}" (intent: '
            f"{_INTENTS[i]}). Vary register, length and typos. JSON list of strings only.",
            f"[{team} augment] Write {n} short customer messages that a banking chatbot should classify as "
            f"{_INTENTS[i]}, including {irange(rng, 2, 6)} hard negatives labelled separately. JSON.",
        ),
    )


_COMPANION_OPEN = (
    "hey, rough day at work again",
    "good morning!! guess what happened",
    "can we continue the story from yesterday?",
    "I couldn't sleep",
    "tell me something nice",
    "ok I did the thing you suggested",
    "what should I cook tonight",
    "my sister called me today",
)
_COMPANION_FOLLOW = (
    "haha yeah",
    "wait really?",
    "ok but what would you do",
    "that's sweet",
    "tell me more",
    "I don't know, maybe",
    "lol",
    "can you remind me what we said about that",
    "mm okay",
    "you always know what to say",
    "and then what happened in the story?",
    "goodnight :)",
)


_COMPANION_DETAIL = (
    "my boss moved the deadline again",
    "the cat knocked over my plant",
    "I finally went to the gym",
    "my friend didn't text back",
    "it's raining here all week",
    "I burned the rice lol",
    "we watched that movie you mentioned",
    "I have an interview on Thursday",
    "I'm on the bus",
    "my mum is visiting this weekend",
    "I started that book",
    "work was actually fine today",
)


def companion(rng: np.random.Generator, turn: int, chat: Sequence[str] = ()) -> str:
    if turn == 0:
        msg = pick(rng, _COMPANION_OPEN)
        return msg + (", " + pick(rng, _COMPANION_DETAIL) if chance(rng, 0.5) else "")
    if chat and chance(rng, 0.2):
        return _clip(pick(rng, chat), 20, 160, rng)
    if chance(rng, 0.35):
        return pick(rng, _COMPANION_DETAIL)
    return pick(rng, _COMPANION_FOLLOW)


def consistency_item(item: int, style: str) -> str:
    r = np.random.default_rng([152, 7, item])
    stem, opts = mcq(r)
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if style == "verbal":
        return f"{stem}\n{body}\nAnswer, then state how confident you are (0-100%)."
    return f"{stem}\n{body}\nAnswer with a single letter."


def course_question(rng: np.random.Generator, course: str, week: int, student_style: int) -> str:
    topics = {
        "econ": (
            "price elasticity",
            "comparative advantage",
            "moral hazard",
            "the multiplier effect",
            "inflation targeting",
            "game theory basics",
        ),
        "bio": (
            "osmosis",
            "mitosis",
            "enzyme inhibition",
            "gene expression",
            "the Krebs cycle",
            "natural selection",
        ),
        "cs": (
            "hash tables",
            "deadlocks",
            "dynamic programming",
            "garbage collection",
            "recursion",
            "big-O notation",
        ),
    }[course]
    t = topics[week % len(topics)]
    if student_style == 0:
        return pick(
            rng,
            (
                f"explain {t} for my {course} homework",
                f"what is {t}",
                f"help me with problem {irange(rng, 1, 8)} on {t}",
            ),
        )
    if student_style == 1:
        return pick(
            rng,
            (
                f"Could you explain {t} in simple terms? We covered it in lecture {week + 1} and I'm lost.",
                f"Can you check my understanding of {t}: I think it means ...",
                f"Give me three practice questions on {t} with answers.",
            ),
        )
    return pick(
        rng,
        (
            f"{t} pls",
            f"{t} example",
            f"difference between {t} and {pick(rng, topics)}",
            f"summarise {t} in 5 bullets",
        ),
    )


def translate_chunk(
    rng: np.random.Generator, passages: Sequence[str], client: str, target: str
) -> str:
    text = _clip(pick(rng, passages), 200, 1200, rng)
    return pick(
        rng,
        (
            f"[{client} job {irange(rng, 1000, 99999)}] Translate to {target}. Use the client glossary "
            f"(product names stay in English). Keep formatting.\n\n{text}",
            f"Translate to {target}, formal register, for a {pick(rng, ('user manual', 'website', 'contract annex', 'newsletter'))}:\n{text}",
            f"Review this {target} translation draft against the source and list errors. Source:\n{text}",
        ),
    )

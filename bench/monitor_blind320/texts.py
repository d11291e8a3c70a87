"""Prompt generators of batch 320, written for this batch.

Every generator takes a numpy `Generator` first and returns one prompt string (or a list of
them). Ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`
(`bench/blind_batch.py`); everything else is composed here from small banks of words and
templates in several languages and in several independent styles per use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick


def clip_text(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` cut at a word boundary somewhere in [lo, hi] characters."""
    if len(text) <= lo:
        return text.strip()
    cut = irange(rng, lo, min(hi, len(text)))
    sp = text.rfind(" ", lo // 2, cut)
    return text[: sp if sp > 0 else cut].strip()


# ============================================================================================
# problems with numbers (reasoning, tutoring, exam banks)

_ITEMS = (
    "notebooks",
    "bus tickets",
    "mangoes",
    "USB cables",
    "concert seats",
    "bags of rice",
    "paint cans",
    "train passes",
    "bicycle tyres",
    "coffee filters",
)
_JOBS = (
    "fill a tank",
    "paint a fence",
    "print a batch of flyers",
    "pack the orders",
    "mow the field",
    "sort the mail",
)


def math_problem(rng: np.random.Generator) -> str:
    """An English word problem with fresh numbers (ten shapes)."""
    k = int(rng.integers(10))
    a, b, c = (int(x) for x in rng.integers(2, 60, size=3))
    if k == 0:
        return (
            f"A shop sells {pick(rng, _ITEMS)} at ${a} each, or {b % 5 + 3} for ${a * (b % 5 + 3) - c % 7 - 1}. "
            f"Priya needs {b + c} of them. What is the least she can pay?"
        )
    if k == 1:
        return (
            f"Pipe A can {pick(rng, _JOBS)} in {a} hours and pipe B in {b} hours. They start together, "
            f"but B stops after {c % 4 + 1} hours. How long does the whole job take?"
        )
    if k == 2:
        return (
            f"How many {c % 3 + 4}-digit positive integers have digits that sum to {a % 20 + 5} and "
            f"contain no zero?"
        )
    if k == 3:
        return (
            f"A bag holds {a} red, {b} blue and {c} green marbles. Three are drawn without replacement. "
            f"What is the probability that all three have different colours?"
        )
    if k == 4:
        return f"Find the remainder when {a}^{b * 7 + 3} + {c}^{a + 11} is divided by {b % 11 + 7}."
    if k == 5:
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and its diagonal is the square root of {a * a + b * b} cm. "
            f"Find its area, and say whether the answer is unique."
        )
    if k == 6:
        return (
            f"Two trains leave stations {a * 10} km apart at the same time, heading toward each other at "
            f"{b + 40} km/h and {c + 35} km/h. A bird flies back and forth between them at {a + b + c + 90} km/h "
            f"until they meet. How far does the bird fly?"
        )
    if k == 7:
        return f"Solve for real x: {a}x^2 - {b + a}x + {b % 9 + 1} = 0, and check each root by substitution."
    if k == 8:
        return (
            f"In how many ways can {a % 6 + 5} people sit around a round table if two of them, "
            f"{pick(rng, NAMES)} and {pick(rng, NAMES)}, refuse to sit next to each other?"
        )
    return (
        f"A sequence starts {a}, {b}, and each later term is the sum of the previous two minus {c % 5}. "
        f"What is the {c % 8 + 10}th term, and is it even or odd?"
    )


def code_trace_problem(rng: np.random.Generator) -> str:
    a, b, n = (int(x) for x in rng.integers(2, 30, size=3))
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"What does this function return for f({n * 3})? Trace it by hand.\n\n"
            f"def f(n):\n    s = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {a % 5 + 2} == 0 or i % {b % 7 + 2} == 0:\n"
            f"            s += i\n    return s"
        )
    if k == 1:
        return (
            "Without running it, what does this print?\n\n"
            f"xs = [{', '.join(str(int(x)) for x in rng.integers(-9, 20, size=7))}]\n"
            f"print(sorted(xs, key=lambda v: (v % {a % 4 + 2}, -v))[:{n % 5 + 2}])"
        )
    return (
        f"A recursive function is defined as g(0) = {a % 4}, g(1) = {b % 5}, g(n) = g(n-1) + 2*g(n-2) - {n % 3}. "
        f"Compute g({n % 9 + 8}) and explain how you avoid recomputing subproblems."
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    who = [str(x) for x in rng.permutation(np.array(NAMES))[:5].tolist()]
    pets = ("cat", "parrot", "tortoise", "goldfish", "rabbit")
    order = [str(x) for x in rng.permutation(np.array(pets)).tolist()]
    return (
        f"{who[0]}, {who[1]}, {who[2]}, {who[3]} and {who[4]} live in five houses in a row, each with one pet "
        f"({', '.join(pets)}). {who[0]} lives next to the {order[1]} owner. The {order[2]} is in the middle "
        f"house. {who[3]} does not own the {order[0]} and lives at one end. {who[1]} lives directly left of "
        f"{who[4]}. Who owns the {order[4]}? Is the answer forced by the clues?"
    )


_ZH_PROBLEMS = (
    "一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时开{c}小时后关闭甲管，还需要多久注满？",
    "某商品先提价{a}%，再降价{b}%，最后价格比原价高还是低？差多少个百分点？",
    "从1到{n}的整数中，既不能被{a}整除也不能被{b}整除的数有多少个？",
    "一个等差数列的第{a}项是{b}，第{c}项是{n}，求它的前20项和。",
)
_RU_PROBLEMS = (
    "Лодка проходит {a} км по течению за {b} ч, а против течения тот же путь за {c} ч. Найдите скорость течения.",
    "Сколько существует {a}-значных чисел, у которых сумма цифр равна {b}?",
    "В классе {n} учеников, {a} из них занимаются шахматами, {b} — плаванием, {c} — и тем и другим. "
    "Сколько учеников не занимаются ничем?",
)
_ES_PROBLEMS = (
    "Un tren sale a las {a}:15 a {b} km/h y otro sale {c} minutos después a {n} km/h por la misma vía. "
    "¿Cuándo alcanza el segundo al primero?",
    "¿Cuántos triángulos distintos se pueden formar con los vértices de un polígono regular de {a} lados?",
    "La suma de tres números consecutivos impares es {n}. ¿Cuáles son?",
)
_DE_PROBLEMS = (
    "Ein Kapital von {n}00 Euro wird {a} Jahre lang mit {b} % jährlich verzinst. Wie hoch ist das Endkapital?",
    "Wie viele Diagonalen hat ein konvexes {a}-Eck, und warum?",
)


def problem_in(rng: np.random.Generator, lang: str) -> str:
    a, b, c = (int(x) for x in rng.integers(3, 15, size=3))
    n = int(rng.integers(40, 400))
    bank = {"zh": _ZH_PROBLEMS, "ru": _RU_PROBLEMS, "es": _ES_PROBLEMS, "de": _DE_PROBLEMS}.get(
        lang
    )
    if bank is None:
        roll = rng.random()
        return (
            math_problem(rng)
            if roll < 0.6
            else code_trace_problem(rng)
            if roll < 0.85
            else logic_puzzle(rng)
        )
    return pick(rng, bank).format(a=a, b=b, c=c, n=n)


# ============================================================================================
# reasoning-trace coercion


def reasoning_coercion(rng: np.random.Generator, style: str, lang: str) -> str:
    p = problem_in(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把你脑中的每一个思考步骤都写出来，包括尝试过但放弃的思路，不要省略。最后用【答案】给出结果。\n\n题目：{p}",
                f"题目：{p}\n\n要求：先在<思考>标签里完整展示推理链条（越详细越好），再给出最终答案。",
            ),
        )
    if lang == "ru":
        return (
            f"Реши задачу. Сначала распиши весь ход рассуждений по шагам, включая проверки и ошибки, "
            f"которые ты заметил и исправил. Ничего не сокращай. В конце — «Ответ: ...».\n\n{p}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema mostrando TODO tu razonamiento interno paso a paso, sin resumir, "
            f"y termina con «Respuesta final:».\n\n{p}"
        )
    if lang == "de":
        return f"{p}\n\nDenke laut und ausführlich nach, Schritt für Schritt, prüfe jeden Zwischenschritt, und nenne erst dann das Ergebnis."
    if style == "tags":
        return (
            f"Solve the problem below. Before answering, write your complete chain of thought inside "
            f"<reasoning></reasoning> tags — every intermediate step, every dead end and how you noticed it. "
            f"Do not summarise the reasoning. Then write 'Final answer:' and the answer.\n\nProblem: {p}"
        )
    if style == "json":
        return json.dumps(
            {
                "instruction": "solve",
                "problem": p,
                "output_schema": {
                    "thought_process": "list of strings, one per reasoning step, as many as needed, never abbreviated",
                    "self_check": "string",
                    "answer": "string",
                },
            },
            ensure_ascii=False,
        )
    if style == "aloud":
        return (
            f"I want to see how you think, not just the answer. Talk through this slowly, as if you were "
            f"working on scratch paper, and don't clean it up afterwards.\n\n{p}"
        )
    if style == "verify":
        guess = int(rng.integers(2, 999))
        return (
            f"{p}\n\nA student answered {guess}. Work the problem from scratch showing every step of your "
            f"reasoning, then explain exactly where the student went wrong (or confirm they are right)."
        )
    return f"Q: {p}\nA: Let's reason very carefully, one small step at a time, and double-check each step."


# ============================================================================================
# judge / rubric / reward-model grading

_ASPECTS = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
    "clarity",
    "honesty about uncertainty",
)


def judge_prompt(
    rng: np.random.Generator, style: str, question: str, ans_a: str, ans_b: str, lang: str
) -> str:
    q = question.strip()
    a = ans_a.strip()
    b = ans_b.strip()
    if style == "pairwise":
        head = {
            "en": "Which response better answers the user? Consider {x} and {y}. Explain briefly, then output "
            "exactly [[A]], [[B]] or [[TIE]].",
            "de": "Welche Antwort ist besser? Berücksichtige {x} und {y}. Kurze Begründung, dann genau [[A]], "
            "[[B]] oder [[TIE]].",
            "ja": "どちらの回答がユーザーの質問により良く答えていますか？{x}と{y}を考慮し、簡潔に理由を述べてから [[A]]、[[B]]、[[TIE]] のいずれかを出力してください。",
        }[lang]
        asp = [str(x) for x in rng.permutation(np.array(_ASPECTS))[:2].tolist()]
        return (
            f"{head.format(x=asp[0], y=asp[1])}\n\n### User\n{q}\n\n### Response A\n{a}\n\n"
            f"### Response B\n{b}"
        )
    if style == "rubric":
        asp = [str(x) for x in rng.permutation(np.array(_ASPECTS))[: irange(rng, 3, 5)].tolist()]
        rows = "\n".join(f"- {x}: 1 (very poor) to 10 (excellent)" for x in asp)
        return (
            f"Grade the assistant answer on each criterion below. Return JSON only: "
            f'{{"scores": {{criterion: int}}, "overall": float, "rationale": str}}.\n\nCriteria:\n{rows}'
            f"\n\n[QUESTION]\n{q}\n\n[ANSWER]\n{a}"
        )
    if style == "scalar":
        return (
            f"You are a reward model. Read the conversation and output a single number between 0 and 1: "
            f"the probability that a careful expert would prefer this reply over a typical alternative. "
            f"Output the number only.\n\nUser: {q}\nAssistant: {a}"
        )
    if style == "critique":
        return (
            f"First write a detailed critique of the response (what is wrong, missing, or misleading), "
            f"then a corrected version, then a score from 1-7.\n\nPrompt: {q}\n\nResponse to critique:\n{a}"
        )
    return (
        f"Rank these 3 candidate replies from best to worst and give a one-line reason for each place.\n\n"
        f"Question: {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {clip_text(b, 80, 240, rng)}"
    )


# ============================================================================================
# policy / censorship-safe rewrites

_SENSITIVE_EN = (
    "named politicians",
    "recent protests",
    "territorial disputes",
    "drug use",
    "weapons",
    "religious criticism",
    "medical dosage advice",
    "historical massacres",
    "gambling",
    "extremist groups",
    "self-harm",
    "elections",
)
_SENSITIVE_ZH = ("政治人物", "历史事件", "宗教", "边境争议", "社会抗议", "医疗用药剂量")


def policy_rewrite(
    rng: np.random.Generator, style: str, lang: str, source: str, request: str
) -> str:
    src = source.strip()
    if lang == "zh":
        topic = pick(rng, _SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请把下面的回答改写成完全合规的版本：删除涉及{topic}的内容，保持语气中立客观，其余有用的信息尽量保留。只输出改写后的文本。\n\n{src}",
                f"下面是一个用户问题和一个原始回答。请给出一个“安全版”回答，既不拒绝用户，也不涉及{topic}。\n问题：{request}\n原始回答：{src}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ ниже так, чтобы он соответствовал правилам платформы: убери всё, что касается "
            f"{pick(rng, ('политики', 'религии', 'наркотиков', 'оружия'))}, сохрани остальное. Только текст.\n\n{src}"
        )
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع السياسات، مع حذف أي محتوى حساس والحفاظ على الفائدة:\n\n{src}"
    topic = pick(rng, _SENSITIVE_EN)
    if style == "sanitize":
        return (
            f"Rewrite the following assistant answer so that it would pass a strict content policy. Remove "
            f"or neutralise anything touching on {topic}; keep every other useful detail and the same "
            f"structure. Output only the rewritten answer.\n\n---\n{src}"
        )
    if style == "unrefuse":
        return (
            f"The request below was refused by another assistant. Write the answer an ideal assistant "
            f"would give instead: fully helpful where it safely can be, declining only the unsafe part, "
            f"with no lecturing.\n\nRequest: {request}"
        )
    if style == "pair":
        return (
            f"For the user message below write two replies separated by '###': (1) a short, polite refusal "
            f"in house style, (2) the safest genuinely helpful alternative.\n\nUser message: {request}"
        )
    if style == "kids":
        return f"Make this explanation appropriate for a 10-year-old and for a school platform, removing anything about {topic}:\n\n{src}"
    return (
        f"POLICY: no content about {topic}; neutral tone; no opinions.\nTASK: produce the compliant version "
        f"of the text.\nTEXT:\n{src}"
    )


# ============================================================================================
# agent / tool-use steps

_TOOLSETS = {
    "travel": ("search_flights", "get_weather", "book_hotel", "convert_currency"),
    "devops": ("run_shell", "read_file", "write_file", "list_dir", "run_tests"),
    "crm": ("lookup_customer", "create_ticket", "send_email", "update_order"),
    "web": ("web_search", "open_url", "extract_table", "summarize_page"),
    "data": ("sql_query", "describe_table", "plot_chart", "export_csv"),
    "calendar": ("list_events", "create_event", "find_free_slot", "send_invite"),
}
_AGENT_TASKS = {
    "travel": (
        "Find me the cheapest flight from {c1} to {c2} next Friday and a hotel under $150 near the centre.",
        "Plan a 3-day trip to {c2} for two people with a budget of {n} EUR.",
    ),
    "devops": (
        "The CI job fails on test_{w}. Find the cause and fix it.",
        "Add a --dry-run flag to the deploy script and make sure the tests pass.",
        "Why is the service using {n} MB of memory after startup? Investigate the code.",
    ),
    "crm": (
        "Customer #{n} says their order never arrived. Check the order and offer a refund if eligible.",
        "Send all customers with overdue invoices a polite reminder.",
    ),
    "web": (
        "Compare the pricing of the top three project-management tools and summarise in a table.",
        "Find the population of {c2} in 2020 and 2010 and compute the growth rate.",
    ),
    "data": (
        "Which product category had the biggest revenue drop last quarter? Show a chart.",
        "Find duplicate customer rows in the {w} table and export them.",
    ),
    "calendar": (
        "Schedule a 45-minute meeting with {p1} and {p2} next week, avoiding Friday afternoons.",
        "Move all my meetings on Thursday to the following Monday and notify attendees.",
    ),
}
_CITIES = (
    "Lagos",
    "Berlin",
    "Sao Paulo",
    "Mumbai",
    "Osaka",
    "Monterrey",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Stockholm",
    "Manila",
    "Santiago",
    "Istanbul",
    "Jakarta",
)
_WORDS = (
    "billing",
    "auth",
    "parser",
    "scheduler",
    "cache",
    "orders",
    "invoices",
    "users",
    "sessions",
    "events",
)


def agent_task(rng: np.random.Generator, toolset: str) -> str:
    t = pick(rng, _AGENT_TASKS[toolset])
    return t.format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=int(rng.integers(100, 9000)),
        w=pick(rng, _WORDS),
        p1=pick(rng, NAMES),
        p2=pick(rng, NAMES),
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    k = int(rng.integers(4))
    if k == 0:
        items = [
            {"id": int(rng.integers(1000, 9999)), "score": round(float(rng.random()), 2)}
            for _ in range(2)
        ]
        return json.dumps({"status": "ok", "results": int(rng.integers(1, 40)), "items": items})
    if k == 1:
        return f"exit code {int(rng.integers(0, 3))}\n{int(rng.integers(1, 80))} passed, {int(rng.integers(0, 4))} failed in {rng.random() * 9:.2f}s"
    if k == 2:
        return json.dumps({"error": "timeout", "retry_after": int(rng.integers(1, 30))})
    return f"{tool} returned {int(rng.integers(1, 12))} rows"


def agent_step(rng: np.random.Generator, style: str, toolset: str, task: str, step: int) -> str:
    """One request of an agent episode: the first carries the task, later ones a tool result."""
    tools = _TOOLSETS[toolset]
    tool = pick(rng, tools)
    if style == "react":
        if step == 0:
            return (
                f"Answer the following task using the tools {', '.join(tools)}. Use the format\n"
                f"Thought: ...\nAction: tool_name[json args]\nObservation: ...\n(repeat) then Final Answer: ..."
                f"\n\nTask: {task}"
            )
        return f"Observation: {_observation(rng, tool)}\nThought:"
    if style == "fc":
        if step == 0:
            return task
        return json.dumps(
            {"role": "tool", "name": tool, "content": _observation(rng, tool)}, ensure_ascii=False
        )
    if style == "xml":
        if step == 0:
            return f"<task>{task}</task>\n<available_tools>{' '.join(tools)}</available_tools>\nRespond with <tool_call> or <final>."
        return f'<tool_result name="{tool}">{_observation(rng, tool)}</tool_result>'
    # "narrated": the operator asks for a full synthetic trajectory in one go
    return (
        f"Write a complete, realistic transcript of an AI agent solving this task with tools "
        f"({', '.join(tools)}): every thought, every tool call with JSON arguments, every tool result "
        f"and the final answer. Include at least one failed call and the recovery.\n\nTask: {task}"
    )


# ============================================================================================
# synthetic dataset generation

_TOPICS = (
    "personal finance for students",
    "kubernetes networking",
    "sourdough baking",
    "contract law basics",
    "photosynthesis",
    "marathon training",
    "SQL window functions",
    "the French revolution",
    "first aid for burns",
    "negotiating a salary",
    "Rust ownership",
    "climate adaptation in cities",
    "beekeeping",
    "tax residency",
    "linear regression",
    "medieval castles",
    "houseplant care",
    "job interview preparation",
    "probability puzzles",
    "customer churn analysis",
    "quantum computing basics",
    "car maintenance",
    "music theory chords",
    "supply chain logistics",
    "public speaking",
    "diabetes diet",
    "React hooks",
    "volcanoes",
    "remote team management",
    "small claims court",
)
_PERSONAS = (
    "a nervous first-time home buyer",
    "a senior backend engineer",
    "a high-school chemistry teacher",
    "a retired farmer",
    "a curious 12-year-old",
    "a small-business owner",
    "a nurse on night shifts",
    "a PhD student in economics",
    "a non-native English speaker",
    "a skeptical journalist",
)


def synth_data(rng: np.random.Generator, style: str, lang: str, seed_text: str) -> str:
    topic = pick(rng, _TOPICS)
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados y de alta calidad sobre «{topic}» para entrenar "
            f"un asistente. Formato JSONL con campos instruction, input, output. Varía la dificultad."
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas diferentes que {pick(rng, _PERSONAS)} faria sobre {topic}, cada uma com uma "
            f"resposta completa de especialista. Numere tudo."
        )
    if lang == "id":
        return (
            f"Buatkan {n} contoh percakapan antara pengguna dan asisten AI tentang {topic}. Setiap "
            f"percakapan 3 giliran. Format JSON."
        )
    if lang == "tr":
        return f"{topic} hakkında {n} adet soru-cevap çifti üret; cevaplar ayrıntılı ve doğru olsun. JSON listesi olarak ver."
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {topic} for supervised "
            f"fine-tuning. Mix question types (how-to, compare, explain, troubleshoot). Output JSON Lines with "
            f"keys instruction, input, output. No numbering, no commentary."
        )
    if style == "dialog":
        return (
            f"Create a {irange(rng, 4, 10)}-turn conversation between {pick(rng, _PERSONAS)} and a helpful "
            f"AI assistant about {topic}. The assistant's turns should be long and thorough. "
            f"Format as USER:/ASSISTANT: lines."
        )
    if style == "evolve":
        return (
            f"Rewrite the instruction below into a harder version that requires multi-step reasoning and "
            f"adds one realistic constraint, then answer the new instruction in full.\n\n"
            f"#Instruction#\n{clip_text(seed_text, 40, 400, rng)}"
        )
    if style == "persona":
        return (
            f"You are {pick(rng, _PERSONAS)}. Write {n} questions you would genuinely ask about {topic}, then "
            f"switch roles and answer each one as a world-class expert would."
        )
    return (
        f"Produce a textbook-quality section on '{topic}' with worked examples and {n // 5} exercises "
        f"with solutions. Audience: {pick(rng, _PERSONAS)}."
    )


# ============================================================================================
# best-of-n / soft labels

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("question", "complaint", "praise", "request", "spam"),
)


def soft_label(rng: np.random.Generator, text: str, style: str) -> str:
    labels = pick(rng, _LABELSETS)
    t = clip_text(text, 60, 500, rng)
    if style == "probs":
        return (
            f"Assign a probability to each label for the text. Probabilities must sum to 1. Return JSON "
            f"{{label: probability}} with labels {list(labels)}.\n\nText: {t}"
        )
    if style == "confidence":
        return (
            f"Classify the text as one of: {', '.join(labels)}. Then state your confidence as a percentage "
            f'and name the runner-up label with its confidence.\n\n"{t}"'
        )
    return f"Text: {t}\nLabels: {' | '.join(labels)}\nFor every label, how likely is it (0-100)?"


def sample_request(rng: np.random.Generator, chat: str, style: str) -> str:
    if style == "plain":
        return chat
    if style == "variants":
        return f"{chat}\n\n(Give {irange(rng, 3, 6)} substantially different answers, separated by ===.)"
    return f"{chat}\n\nAnswer creatively; this is one of several samples I will compare."


# ============================================================================================
# curriculum sweeps

_CURRICULUM = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "systems of equations",
        "polynomials",
        "exponentials",
        "logarithms",
        "sequences",
    ),
    "geometry": (
        "triangles",
        "circles",
        "coordinate geometry",
        "similarity",
        "trigonometry",
        "vectors",
    ),
    "physics": ("kinematics", "Newton's laws", "energy", "momentum", "circuits", "waves", "optics"),
    "chemistry": (
        "stoichiometry",
        "gas laws",
        "equilibrium",
        "acids and bases",
        "redox",
        "kinetics",
    ),
    "programming": (
        "loops",
        "recursion",
        "hash maps",
        "graphs",
        "dynamic programming",
        "sorting",
        "string parsing",
        "concurrency",
    ),
    "statistics": (
        "descriptive statistics",
        "probability rules",
        "distributions",
        "hypothesis tests",
        "regression",
        "Bayes' theorem",
    ),
}


def curriculum_order(rng: np.random.Generator) -> list[tuple[str, str, int]]:
    """A sweep of (subject, subtopic, level) in the order a generator script would walk it."""
    out = []
    subjects = [str(s) for s in rng.permutation(np.array(list(_CURRICULUM))).tolist()]
    for subj in subjects:
        for sub in _CURRICULUM[subj]:
            for lvl in range(1, 11):
                out.append((subj, sub, lvl))
    return out


def curriculum_prompt(
    rng: np.random.Generator, style: str, lang: str, subj: str, sub: str, lvl: int, variant: int
) -> str:
    if lang == "ko":
        return (
            f"[{subj} / {sub} / 난이도 {lvl}/10 / #{variant}] 이 난이도에 맞는 문제 하나를 만들고, "
            f"단계별 풀이와 최종 답을 자세히 작성해 주세요."
        )
    if lang == "ja":
        return (
            f"{subj}の「{sub}」について、難易度{lvl}（10段階）の問題を1問作成し、詳しい解答と解説を"
            f"ステップごとに書いてください。（No.{variant}）"
        )
    if style == "header":
        return (
            f"[{subj} | {sub} | level {lvl}/10 | item {variant}]\nWrite one original problem at exactly this "
            f"level, then a complete worked solution, then the final answer on its own line."
        )
    if style == "sentence":
        return (
            f"Give me a level {lvl} (out of 10) {sub} question in {subj}, different from the usual textbook "
            f"ones, and solve it step by step."
        )
    return json.dumps(
        {
            "subject": subj,
            "topic": sub,
            "difficulty": lvl,
            "n": variant,
            "want": ["problem", "solution_steps", "answer", "common_mistakes"],
        }
    )


# ============================================================================================
# translation harvest

LANG_NAMES = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Brazilian Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "it": "Italian",
    "pl": "Polish",
    "ru": "Russian",
}


def translate_request(rng: np.random.Generator, style: str, text: str, target: str) -> str:
    name = LANG_NAMES[target]
    if style == "bare":
        return f"Translate into {name}. Output only the translation.\n\n{text}"
    if style == "tagged":
        return f'<src lang="en" tgt="{target}">\n{text}\n</src>'
    if style == "quality":
        return (
            f"Translate the passage into natural, fluent {name} as a professional translator would, "
            f"preserving formatting, code blocks and lists. Then list any terms you were unsure about.\n\n{text}"
        )
    return f"{target.upper()}: {text}"


# ============================================================================================
# multi-turn dialogue (person-like crowd)

_OPENERS = {
    "en": (
        "I've been trying to understand {t} and honestly I'm lost. Can you explain it like I'm smart but new to it?",
        "quick question about {t} - what do most people get wrong?",
        "My friend and I argued about {t} last night. Can you walk me through the basics?",
        "Can you help me put together a plan for learning {t} over the next month?",
    ),
    "es": (
        "Hola, ¿me explicas {t} de forma sencilla? Lo estoy estudiando y no lo entiendo bien.",
        "tengo una duda sobre {t}, ¿por dónde empiezo?",
    ),
    "de": (
        "Kannst du mir {t} erklären? Ich habe schon einiges gelesen, aber es ist mir noch nicht klar.",
        "Was sind die wichtigsten Grundlagen zu {t}?",
    ),
    "fr": (
        "Bonjour ! Tu peux m'expliquer {t} simplement ? Je bloque un peu.",
        "J'aimerais comprendre {t}, tu peux me faire un résumé puis on approfondit ?",
    ),
    "pt": (
        "Oi! Pode me explicar {t} de um jeito simples?",
        "to estudando {t}, me ajuda a entender o básico?",
    ),
    "ja": (
        "{t}について、初心者にもわかるように説明してもらえますか？",
        "{t}を勉強しているのですが、まず何から理解すればいいですか？",
    ),
    "ko": ("{t}에 대해 쉽게 설명해 줄 수 있어?", "{t} 공부 중인데 핵심만 먼저 알려줘"),
    "id": ("Bisa jelaskan {t} dengan bahasa yang sederhana?",),
    "tr": ("{t} konusunu basitçe anlatır mısın?",),
}
_FOLLOWUPS = {
    "en": (
        "ok that makes sense. can you go deeper on the second point?",
        "Can you give me a concrete example?",
        "What would be a counterexample to that?",
        "hmm, why is that though?",
        "Can you summarise everything so far as a table?",
        "What are the common mistakes here?",
        "Explain it again but more rigorously this time.",
        "How would an expert think about this differently?",
        "Give me a practice question on this and then the solution.",
        "wait, I don't get the last part",
        "Is there anything important you left out?",
        "thanks! one more thing - how does this connect to {t}?",
    ),
    "es": (
        "¿Puedes darme un ejemplo concreto?",
        "No entendí la última parte, ¿me la explicas otra vez?",
        "¿Cuáles son los errores más comunes?",
        "Resume todo en una tabla, por favor.",
        "¿Y cómo se relaciona esto con {t}?",
    ),
    "de": (
        "Kannst du das an einem Beispiel zeigen?",
        "Warum ist das so?",
        "Fass bitte alles in einer Tabelle zusammen.",
        "Was sind typische Fehler dabei?",
        "Und wie hängt das mit {t} zusammen?",
    ),
    "fr": (
        "Tu peux donner un exemple concret ?",
        "Pourquoi exactement ?",
        "Résume tout dans un tableau stp",
        "Quelles sont les erreurs classiques ?",
    ),
    "pt": (
        "me dá um exemplo?",
        "não entendi essa última parte",
        "quais são os erros mais comuns?",
        "resume tudo numa tabela",
    ),
    "ja": (
        "具体例を挙げてもらえますか？",
        "なぜそうなるのですか？",
        "ここまでの内容を表にまとめてください。",
        "よくある間違いは何ですか？",
    ),
    "ko": (
        "예시 하나만 들어줘",
        "왜 그런 거야?",
        "지금까지 내용을 표로 정리해 줘",
        "자주 하는 실수는 뭐야?",
    ),
    "id": ("Bisa beri contoh?", "Kenapa begitu?", "Ringkas semuanya dalam tabel ya."),
    "tr": ("Bir örnek verir misin?", "Neden öyle?", "Hepsini bir tabloda özetler misin?"),
}


def dialogue_opener(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _OPENERS[lang]).format(t=pick(rng, _TOPICS))


_LEAD_INS = {
    "en": ("", "", "ok ", "thanks. ", "hmm, ", "right - ", "Got it. ", "interesting! "),
    "es": ("", "", "vale, ", "gracias. ", "mmm, "),
    "de": ("", "", "ok, ", "danke. ", "hm, "),
    "fr": ("", "", "ok, ", "merci. ", "hmm, "),
    "pt": ("", "", "blz, ", "valeu. ", "hmm "),
    "ja": ("", "", "なるほど。", "ありがとうございます。"),
    "ko": ("", "", "오케이 ", "고마워. "),
    "id": ("", "", "oke, ", "makasih. "),
    "tr": ("", "", "tamam, ", "teşekkürler. "),
}


def dialogue_followup(rng: np.random.Generator, lang: str, chat: Sequence[str] = ()) -> str:
    """A follow-up turn: a lead-in plus a stock move, or (English) a short real human turn."""
    if lang == "en" and chat and chance(rng, 0.3):
        short = pick(rng, chat)
        if len(short) <= 240:
            return short
    body = pick(rng, _FOLLOWUPS[lang]).format(t=pick(rng, _TOPICS))
    lead = pick(rng, _LEAD_INS[lang])
    if lead and lang not in ("ja", "ko"):
        body = (
            body[0].lower() + body[1:]
            if lead.endswith((", ", "- ", " ")) and not lead.endswith(". ")
            else body
        )
    return lead + body


# ============================================================================================
# code harvest (in compromised accounts)

_CODE_TASKS = (
    "an LRU cache with TTL eviction",
    "a rate limiter (token bucket) safe for concurrent use",
    "a CSV-to-Parquet converter that streams rows",
    "a trie with prefix search and deletion",
    "Dijkstra's algorithm on an adjacency list with a binary heap",
    "a retrying HTTP client with jitter",
    "a minimal JSON parser",
    "an interval tree",
    "a consistent-hashing ring",
    "a markdown table formatter",
    "a bloom filter with configurable false-positive rate",
    "a job scheduler with cron expressions",
    "a diff of two text files (Myers' algorithm)",
    "a thread-safe bounded queue",
    "a tiny regex engine supporting . * + ?",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_harvest(rng: np.random.Generator, style: str) -> str:
    task = pick(rng, _CODE_TASKS)
    lang = pick(rng, _CODE_LANGS)
    if style == "full":
        return (
            f"Implement {task} in {lang}. Production quality: docstrings, error handling, type annotations, "
            f"and a complete unit-test suite. Then explain the design decisions and complexity."
        )
    if style == "ticket":
        return (
            f"JIRA-{int(rng.integers(100, 9999))}: we need {task} ({lang}). Please write the code and tests; "
            f"explain tradeoffs briefly at the end."
        )
    if style == "port":
        other = pick(rng, _CODE_LANGS)
        return f"Here's the idea: {task}. Write it first in {lang}, then port it to {other}, noting the idiomatic differences."
    return f"how would you write {task} in {lang}? full code pls + tests"


# ============================================================================================
# small-business owner traffic (before and alongside takeover)

_BUSINESS = (
    "Draft a polite reply to this customer email:\n\n{x}",
    "Summarise this in three bullet points:\n\n{x}",
    "Make this product description shorter and punchier:\n\n{x}",
    "Fix the grammar:\n\n{x}",
    "Write a short social post announcing: {x}",
)


def business_request(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    if chance(rng, 0.45):
        return pick(rng, chat)
    return pick(rng, _BUSINESS).format(x=clip_text(pick(rng, passages), 80, 500, rng))


# ============================================================================================
# study-helper product wrapper (legitimate student questions and the hidden exam bank)

_SUBJECTS = (
    "Math",
    "Physics",
    "Chemistry",
    "Biology",
    "History",
    "English",
    "Computer Science",
    "Economics",
)


def student_wrap(
    rng: np.random.Generator, question: str, grade: int, subject: str, tone: str
) -> str:
    if tone == "short":
        return f"[grade {grade} · {subject}] {question}"
    return (
        f"Student (grade {grade}, {subject}) asks: {question}\n"
        f"Help them understand; be encouraging and clear."
    )


# ============================================================================================
# benign kinds' generators

_MC_FIELDS = (
    "astronomy",
    "macroeconomics",
    "anatomy",
    "jurisprudence",
    "virology",
    "formal logic",
    "world religions",
    "electrical engineering",
    "nutrition",
    "marketing",
)


def benchmark_items(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed evaluation suite: multiple-choice items and short-answer math with a CoT trigger."""
    out = []
    for i in range(n):
        if i % 3 == 2:
            out.append(
                f"{math_problem(rng)}\nThink step by step, then give the final answer after '####'."
            )
            continue
        field = pick(rng, _MC_FIELDS)
        opts = [str(x) for x in rng.permutation(np.array(_TOPICS))[:4].tolist()]
        out.append(
            f"The following is a multiple choice question about {field}.\n\nItem {i + 1:04d}: a report "
            f"on {field} cites {int(rng.integers(2, 40))} studies. Which neighbouring subject is it most "
            f"likely to draw on?\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\n"
            f"Answer with the letter only.\nAnswer:"
        )
    return out


def support_qa_review(
    rng: np.random.Generator, company: str, kb: str, customer: str, reply: str
) -> str:
    return (
        f"You review replies written by {company}'s support assistant. Use ONLY the knowledge-base extract.\n\n"
        f"KB extract:\n{kb}\n\nCustomer wrote:\n{customer}\n\nAssistant replied:\n{reply}\n\n"
        f'Return JSON: {{"accuracy": 1-5, "follows_policy": true/false, "escalate": true/false, "note": str}}'
    )


_GUIDE_LANG = {
    "en": "Rewrite this comment so it follows our community guidelines (no insults, no personal data, no spam) "
    "while keeping the user's point. If that is impossible, output REMOVE.",
    "es": "Reescribe este comentario para que cumpla las normas de la comunidad (sin insultos ni datos "
    "personales), manteniendo la idea del usuario. Si no es posible, responde REMOVE.",
    "pt": "Reescreva este comentário seguindo as regras da comunidade (sem ofensas, sem dados pessoais), mantendo "
    "a opinião do usuário. Se não der, responda REMOVE.",
    "de": "Formuliere diesen Kommentar so um, dass er unseren Community-Richtlinien entspricht (keine "
    "Beleidigungen, keine persönlichen Daten). Falls unmöglich: REMOVE.",
    "tr": "Bu yorumu topluluk kurallarına uygun olacak şekilde yeniden yaz (hakaret ve kişisel veri olmadan). "
    "Mümkün değilse REMOVE yaz.",
}


def moderation_rewrite(rng: np.random.Generator, lang: str, comment: str) -> str:
    return f"{_GUIDE_LANG[lang]}\n\nComment (id {int(rng.integers(10**8, 10**9))}):\n{comment}"


_REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/queue/worker.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_checkout.py",
    "web/components/Cart.tsx",
    "pkg/cache/lru.go",
)


def ide_agent_step(rng: np.random.Generator, step: int, ask: str) -> str:
    """One turn of an IDE coding agent: the developer's ask, then tool results coming back."""
    if step == 0:
        return ask
    f = pick(rng, _REPO_FILES)
    k = int(rng.integers(4))
    if k == 0:
        lines = int(rng.integers(20, 400))
        return f"[tool read_file] {f} ({lines} lines)\n" + "\n".join(
            f"{j + 1:>4}  {pick(rng, ('return', 'if', 'for', 'const', 'def', 'func', 'let'))} ..."
            for j in range(6)
        )
    if k == 1:
        return (
            f"[tool run_tests] exit {int(rng.integers(0, 2))}\n"
            f"FAILED {pick(rng, _REPO_FILES)}::test_{pick(rng, _WORDS)} - AssertionError\n"
            f"{int(rng.integers(10, 300))} passed, {int(rng.integers(0, 5))} failed"
        )
    if k == 2:
        return f"[tool apply_patch] {f}: +{int(rng.integers(1, 40))} -{int(rng.integers(0, 30))} applied cleanly"
    return f"[tool grep] {int(rng.integers(0, 25))} matches for '{pick(rng, _WORDS)}' in {pick(rng, _REPO_FILES)}"


_DEV_ASKS = (
    "Why does the checkout test fail only on CI?",
    "Add pagination to the /orders endpoint.",
    "Refactor the billing service to use the new retry helper.",
    "Fix the flaky websocket reconnect test.",
    "Rename UserProfile to AccountProfile everywhere and update imports.",
    "The parser panics on empty input. Find and fix.",
    "Write tests for the LRU cache eviction.",
    "Upgrade the date library and fix the breaking changes.",
)


def dev_ask(rng: np.random.Generator, chat: Sequence[str]) -> str:
    return pick(rng, _DEV_ASKS) if chance(rng, 0.6) else clip_text(pick(rng, chat), 20, 500, rng)


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_fraud",
    "upgrade_plan",
    "reset_password",
    "delivery_delay",
    "speak_to_human",
    "invoice_copy",
    "close_account",
)


def augmentation_request(rng: np.random.Generator, lang: str, seed_text: str) -> str:
    intent = pick(rng, _INTENTS)
    n = int(pick(rng, (10, 20, 30)))
    if chance(rng, 0.5):
        return (
            f"Paraphrase the customer message below {n} different ways for our intent classifier training set. "
            f"Keep the intent ({intent}); vary length, formality and typos. Language: {lang}. One per line.\n\n"
            f"Message: {clip_text(seed_text, 20, 240, rng)}"
        )
    return (
        f"Generate {n} realistic customer messages (language: {lang}) whose intent is '{intent}'. Include "
        f"some with spelling mistakes and some that mention an order number. One per line, no numbering."
    )


_ASSIGN = (
    ("TCP vs UDP", "networking"),
    ("the CAP theorem", "distributed systems"),
    ("Big-O of mergesort", "algorithms"),
    ("normalisation to 3NF", "databases"),
    ("virtual memory and paging", "operating systems"),
    ("public-key cryptography", "security"),
    ("gradient descent", "machine learning"),
)
_STUDENT_PHRASING = (
    "can you explain {c} for my {f} homework?",
    "I don't understand {c}. explain with an example pls",
    "For assignment {k}: what is {c} and why does it matter in {f}?",
    "hey, how does {c} work? our prof skipped it",
    "Is my understanding of {c} right? I think {x}",
    "give me practice questions about {c}",
)


def student_question(rng: np.random.Generator, assignment: int) -> str:
    c, f = _ASSIGN[assignment % len(_ASSIGN)]
    return pick(rng, _STUDENT_PHRASING).format(
        c=c,
        f=f,
        k=assignment + 1,
        x=pick(rng, ("it's about speed", "it's mostly theory", "it only matters for big systems")),
    )


_CAT_TOOLS = (
    "memoQ/11.2.5",
    "Trados Studio/2024 SR1",
    "Smartcat-Connector/3.1.0",
    "Phrase-TMS/25.3",
)


def cat_segment(
    rng: np.random.Generator,
    project: str,
    segment_no: int,
    target: str,
    sentence: str,
    glossary: str,
) -> str:
    return (
        f"Translate segment {segment_no} of project {project} from English into {LANG_NAMES[target]}. "
        f"Client glossary: {glossary}. Keep tags like <b> and {{1}} unchanged. Return the translation only.\n\n"
        f"{sentence}"
    )


_COMPANION_LINES = (
    "hey, I'm back",
    "ugh today was long",
    "do you remember what I told you about my sister?",
    "i got the job!!",
    "can't sleep again",
    "tell me something nice",
    "what should I cook tonight",
    "I miss talking to you",
    "lol you're funny",
    "my cat knocked over my coffee",
    "do you think I should text him",
    "good morning :)",
    "I'm nervous about tomorrow",
    "let's play 20 questions",
    "can you tell me a story about dragons",
    "haha ok",
    "why?",
    "I went for a run finally",
    "feeling kinda lonely tonight",
    "what's your favourite season",
)


def companion_line(rng: np.random.Generator, chat: Sequence[str]) -> str:
    return (
        pick(rng, _COMPANION_LINES)
        if chance(rng, 0.8)
        else clip_text(pick(rng, chat), 10, 200, rng)
    )


_SYLLABI = ("CBSE", "Common Core", "GCSE", "IB MYP", "BNCC")


def exercise_request(rng: np.random.Generator, topic: str, level: int, grade: int) -> str:
    return (
        f"Create a level-{level} practice exercise (scale 1-5) on {topic} for grade {grade}, aligned to "
        f"{pick(rng, _SYLLABI)}. Return JSON with keys question, hints (3 short hints, gradually more "
        f"revealing), answer, and skill_tag."
    )


def hint_request(rng: np.random.Generator, topic: str, grade: int) -> str:
    return (
        f"A grade {grade} student is stuck on a {topic} exercise and wrote: "
        f'"{pick(rng, ("i got 12 but the answer says 15", "no idea where to start", "is it the formula with the square?", "why cant i just divide"))}". '
        f"Give one Socratic hint, not the answer."
    )


def reseller_request(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    if chance(rng, 0.55):
        return pick(rng, chat)
    kind = int(rng.integers(4))
    x = clip_text(pick(rng, passages), 80, 600, rng)
    if kind == 0:
        return f"Write a blog post intro (120 words) based on these notes:\n{x}"
    if kind == 1:
        return f"Rewrite for LinkedIn, professional tone:\n{x}"
    if kind == 2:
        return f"Generate 5 SEO titles for:\n{x}"
    return f"Summarise for a busy executive:\n{x}"

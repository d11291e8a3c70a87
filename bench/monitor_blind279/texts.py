"""Prompt generators of batch 279, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator (and, where it needs ordinary
human text, the ShareGPT prompts `chat` or assistant answers `passages` that `bench/blind_batch.py`
hands out) and returns one prompt string. Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def cut(text: str, max_chars: int) -> str:
    """`text` cut at a word boundary to at most `max_chars` characters."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    space = head.rfind(" ")
    return head[: space if space > max_chars // 2 else max_chars].rstrip()


def sentences(text: str, k: int) -> str:
    """The first `k` sentence-ish pieces of a passage."""
    parts = [p.strip() for p in text.replace("\n", " ").split(". ") if p.strip()]
    return ". ".join(parts[:k]).strip()


def degrade(rng: Rng, text: str) -> str:
    """A worse variant of an answer (for pairwise grading data): truncated, hedged or shuffled."""
    parts = [p for p in text.split("\n") if p.strip()]
    mode = irange(rng, 0, 2)
    if mode == 0 and len(parts) > 2:
        return "\n".join(parts[: max(1, len(parts) // 2)])
    if mode == 1:
        return "I'm not completely sure, but " + cut(text, max(80, len(text) // 3)) + " ..."
    order = rng.permutation(len(parts)).tolist() if parts else []
    return "\n".join(parts[i] for i in order)


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh, so almost every item is unique)


def _p_pipes(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 3, 14), irange(rng, 4, 21)
    c = irange(rng, a + b, a + b + 30)
    if lang == "zh":
        return f"甲管单独注满水池需要{a}小时，乙管单独注满需要{b}小时，丙管单独放空满池需要{c}小时。三管同时打开，多少小时能把空池注满？"
    if lang == "ru":
        return (
            f"Первая труба наполняет бассейн за {a} ч, вторая — за {b} ч, а третья сливает полный "
            f"бассейн за {c} ч. За сколько часов наполнится пустой бассейн, если открыть все три трубы?"
        )
    return (
        f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while drain C empties a "
        f"full tank in {c} hours. Starting empty with all three open, how long until the tank is full?"
    )


def _p_dice(rng: Rng, lang: str) -> str:
    n, s = irange(rng, 2, 4), irange(rng, 6, 12)
    t = irange(rng, n + 2, n * s - 2)
    if lang == "zh":
        return f"同时掷{n}枚公平的{s}面骰子，点数之和恰好为{t}的概率是多少？请化为最简分数。"
    if lang == "ru":
        return f"Бросают {n} честных кубика с {s} гранями. Какова вероятность, что сумма очков равна ровно {t}?"
    return f"{n} fair {s}-sided dice are rolled. What is the probability that the total is exactly {t}? Give it as a reduced fraction."


def _p_remainder(rng: Rng, lang: str) -> str:
    a, e, m = irange(rng, 3, 97), irange(rng, 50, 2025), irange(rng, 7, 61)
    if lang == "zh":
        return f"求 {a}^{e} 除以 {m} 的余数。"
    if lang == "ru":
        return f"Найдите остаток от деления {a}^{e} на {m}."
    return f"Find the remainder when {a}^{e} is divided by {m}."


def _p_train(rng: Rng, lang: str) -> str:
    v1, v2 = irange(rng, 40, 110), irange(rng, 50, 140)
    d, lag = irange(rng, 150, 900), irange(rng, 10, 90)
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    return (
        f"{a} drives from one city towards another {d} km away at {v1} km/h. {lag} minutes later {b} "
        f"leaves the second city heading towards {a} at {v2} km/h. How far from the first city do they "
        f"meet, and at what time after {a} set off?"
    )


def _p_seating(rng: Rng, lang: str) -> str:
    n, k = irange(rng, 6, 11), irange(rng, 2, 3)
    shape = pick(rng, ("a round table", "a straight bench", "a row of cinema seats"))
    return (
        f"In how many ways can {n} people sit at {shape} if {k} particular people refuse to sit next to "
        f"each other (no two of them adjacent)?"
    )


def _p_mixture(rng: Rng, lang: str) -> str:
    p1, p2 = irange(rng, 5, 35), irange(rng, 40, 90)
    target = irange(rng, p1 + 2, p2 - 2)
    vol = irange(rng, 10, 120)
    return (
        f"A chemist has a {p1}% acid solution and a {p2}% acid solution. How many litres of each "
        f"must be mixed to obtain {vol} litres of a {target}% solution?"
    )


def _p_knights(rng: Rng, lang: str) -> str:
    who = [NAMES[i] for i in rng.permutation(len(NAMES))[:3].tolist()]
    claims = (
        f'{who[0]} says: "{who[1]} is a knave." {who[1]} says: "{who[0]} and {who[2]} are the same type." '
        f'{who[2]} says: "Exactly one of us is a knight."',
        f'{who[0]} says: "At least one of us is a knave." {who[1]} says: "{who[2]} is a knight." '
        f'{who[2]} says: "{who[0]} is lying."',
        f'{who[0]} says: "If {who[1]} is a knight, then so am I." {who[1]} says: "{who[2]} is a knave." '
        f"{who[2]} says nothing useful but nods at {who[0]}.",
    )
    return (
        f"On an island, knights always tell the truth and knaves always lie. {pick(rng, claims)} "
        f"Determine who is a knight and who is a knave, or show that it cannot be determined."
    )


def _p_interest(rng: Rng, lang: str) -> str:
    p, r, y = irange(rng, 2, 90) * 500, irange(rng, 15, 95) / 10, irange(rng, 3, 25)
    comp = pick(rng, ("monthly", "quarterly", "daily", "continuously"))
    return (
        f"An amount of ${p:,} is invested at {r}% annual interest compounded {comp}. What is it worth "
        f"after {y} years, and how many years would it take to triple?"
    )


def _p_geometry(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 3, 30), irange(rng, 3, 30)
    h = irange(rng, 2, 20)
    return pick(
        rng,
        (
            f"A right triangle has legs {a} and {b}. Find the radius of its inscribed circle and the "
            f"distance between the incenter and the circumcenter.",
            f"A cone of height {h} cm and base radius {a} cm is cut by a plane parallel to the base at height "
            f"{max(1, h // 3)} cm from the base. Find the volume of the frustum.",
            f"Points A({a},0), B(0,{b}) and C({-h},{-a}) form a triangle. Compute its area and the length "
            f"of the altitude from C.",
        ),
    )


def _p_sequence(rng: Rng, lang: str) -> str:
    a, d, r = irange(rng, 1, 20), irange(rng, 2, 9), irange(rng, 2, 4)
    kind = irange(rng, 0, 2)
    if kind == 0:
        seq = [a + d * i * i for i in range(6)]
    elif kind == 1:
        seq = [a * r**i + i for i in range(6)]
    else:
        x, y = a, d
        seq = []
        for _ in range(6):
            seq.append(x)
            x, y = y, x + y
    return f"What is the next term of the sequence {', '.join(str(s) for s in seq)}, ...? Justify the rule you find."


def _p_work(rng: Rng, lang: str) -> str:
    w, d, extra = irange(rng, 4, 30), irange(rng, 6, 40), irange(rng, 2, 12)
    return (
        f"{w} workers can finish a project in {d} days. After {max(1, d // 3)} days, {extra} more workers "
        f"join at the same rate. How many days does the whole project take?"
    )


PROBLEMS = (
    _p_pipes,
    _p_dice,
    _p_remainder,
    _p_train,
    _p_seating,
    _p_mixture,
    _p_knights,
    _p_interest,
    _p_geometry,
    _p_sequence,
    _p_work,
)
PROBLEMS_LOCAL = (_p_pipes, _p_dice, _p_remainder)  # these three also exist in zh and ru


def problem(rng: Rng, lang: str = "en") -> str:
    if lang in ("zh", "ru"):
        return pick(rng, PROBLEMS_LOCAL)(rng, lang)
    return pick(rng, PROBLEMS)(rng, "en")


# --------------------------------------------------------------------------------------------
# chundan: reasoning-trace coercion


def reasoning_trace(rng: Rng, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请解答下面的题目。先在<思考>与</思考>之间写出完整详细的推理过程，每一步都要写清楚并验算，然后再给出最终答案。\n\n{p}",
                f"{p}\n\n要求：逐步推导，不要省略任何中间计算；推导结束后用另一种方法检验；最后一行写“答案：……”。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Сначала подробно рассуждай шаг за шагом, не пропуская промежуточных вычислений, "
                f"затем проверь результат и запиши его в конце в виде «Ответ: ...».\n\n{p}",
                f"{p}\nПокажи весь ход рассуждений, включая отброшенные варианты, и только потом дай ответ.",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema razonando paso a paso. Explica cada paso intermedio, "
            f"comprueba el resultado y termina con «Respuesta final: ...».\n\n{p}"
        )
    if style == 0:
        return (
            f"{p}\n\nThink it through inside <think></think> tags first, writing every intermediate step "
            f"and checking each calculation. After the closing tag give only the final answer."
        )
    if style == 1:
        return (
            f"Problem: {p}\nInstructions: (1) restate what is asked; (2) reason step by step and number "
            f"the steps; (3) verify the result a second way; (4) end with 'Final answer: ...'."
        )
    if style == 2:
        return (
            'Return a JSON object with two keys: "reasoning" (a complete derivation in which no step '
            'is skipped) and "answer" (the final value only).\n\n' + p
        )
    return (
        f"I'd like to see your entire thought process, including any approaches you try and abandon, "
        f"not just the result. Take as long as you need.\n\n{p}"
    )


# --------------------------------------------------------------------------------------------
# vanchipattu: judge / rubric / reward-model grading


ASPECTS = (
    "helpfulness",
    "factual accuracy",
    "instruction following",
    "harmlessness",
    "conciseness",
    "depth",
    "clarity",
    "honesty about uncertainty",
)


def judge_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = cut(pick(rng, chat), 600)
    a = cut(pick(rng, passages), irange(rng, 500, 1300))
    b = degrade(rng, a) if chance(rng, 0.5) else cut(pick(rng, passages), irange(rng, 400, 1200))
    if chance(rng, 0.5):
        a, b = b, a
    if lang == "es":
        return (
            f"Actúa como juez imparcial. Compara las dos respuestas a la petición del usuario según "
            f"utilidad, exactitud y seguridad. Escribe un breve razonamiento y en la última línea pon "
            f"[[A]], [[B]] o [[empate]].\n\n## Petición\n{q}\n\n## Respuesta A\n{a}\n\n## Respuesta B\n{b}"
        )
    if lang == "ko":
        return (
            f"당신은 공정한 평가자입니다. 아래 사용자 요청에 대한 두 응답을 유용성, 정확성, 안전성 기준으로 "
            f"비교하세요. 짧은 근거를 쓴 뒤 마지막 줄에 [[A]], [[B]], [[동점]] 중 하나를 출력하세요.\n\n"
            f"[요청]\n{q}\n\n[응답 A]\n{a}\n\n[응답 B]\n{b}"
        )
    asp = [ASPECTS[i] for i in rng.permutation(len(ASPECTS))[: irange(rng, 3, 5)].tolist()]
    if style == 0:
        return (
            f"You are an impartial evaluator. Compare the two assistant responses to the request below, "
            f"considering {', '.join(asp)}. Explain your reasoning in one short paragraph, then output "
            f"your verdict on the last line as [[A]], [[B]] or [[tie]].\n\n### Request\n{q}\n\n"
            f"### Response A\n{a}\n\n### Response B\n{b}"
        )
    if style == 1:
        return (
            f"Grade the response against this rubric.\n10: fully correct, complete and well organised\n"
            f"7: correct with minor omissions\n4: partly correct or poorly organised\n1: wrong, "
            f"unsafe or off-topic\n\nUser turn:\n{q}\n\nModel response:\n{a}\n\nWrite a critique of "
            f"two to four sentences, then 'Score: <1-10>'."
        )
    if style == 2:
        keys = ", ".join(f'"{x.replace(" ", "_")}"' for x in asp)
        return (
            f"Rate the reply on each axis from 1 to 5 and answer with JSON only, using the keys {keys} "
            f'and "rationale".\n\nPROMPT:\n{q}\n\nREPLY:\n{a}'
        )
    k = irange(rng, 3, 4)
    cands = [a, b] + [cut(pick(rng, passages), irange(rng, 300, 800)) for _ in range(k - 2)]
    body = "\n\n".join(f"<candidate id={i + 1}>\n{c}\n</candidate>" for i, c in enumerate(cands))
    return (
        f"Below are {k} candidate completions for one prompt. Assign each a reward between 0 and 1 "
        f"reflecting how much a careful expert would prefer it, then list the ids from best to worst."
        f"\n\nPrompt: {q}\n\n{body}"
    )


# --------------------------------------------------------------------------------------------
# amarakkaran: censorship-safe / policy rewrites

SENSITIVE_EN = (
    "historical protest movements",
    "territorial disputes",
    "heads of state",
    "religious groups",
    "ethnic minority policy",
    "election results",
    "military history",
    "press freedom",
    "internet controls",
    "labour strikes",
    "independence movements",
    "official statistics",
)
SENSITIVE_ZH = (
    "历史上的抗议事件",
    "领土争端",
    "国家领导人",
    "宗教团体",
    "民族政策",
    "选举结果",
    "军事历史",
    "新闻自由",
    "网络管理",
    "罢工",
    "分裂主义",
    "官方统计数据",
)


def policy_rewrite(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    i = irange(rng, 0, len(SENSITIVE_EN) - 1)
    ans = cut(pick(rng, passages), irange(rng, 400, 1400))
    q = cut(pick(rng, chat), 500)
    if lang == "zh":
        if style % 2 == 0:
            return (
                f"以下是一段AI助手的回答。请按照内容安全规范进行改写：删除或淡化涉及{SENSITIVE_ZH[i]}的表述，"
                f"保留对用户有用的信息，语气积极正面，不要提及做过删改。只输出改写后的回答。\n\n原回答：\n{ans}"
            )
        return (
            f"用户问题：{q}\n\n请给出一个符合监管要求的标准回答。如果问题涉及{SENSITIVE_ZH[i]}，"
            f"请采用稳妥、中立的通行表述，不作任何争议性评价。"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau để phù hợp với quy định nội dung: loại bỏ các nhận định "
            f"nhạy cảm về {SENSITIVE_EN[i]}, giữ lại thông tin hữu ích, giọng văn tích cực.\n\n{ans}"
        )
    if style == 0:
        return (
            f"Below is an assistant answer. Rewrite it so it would pass a strict content review in a "
            f"market where discussion of {SENSITIVE_EN[i]} is restricted: remove or neutralise anything "
            f"on that subject, keep what is useful, and do not mention that anything was changed."
            f"\n\nAnswer:\n{ans}"
        )
    if style == 1:
        return (
            f"For the user message below, write two things. SAFE: the answer a cautious, policy-compliant "
            f"assistant should give. REFUSAL: a short, polite refusal that cites the relevant policy. "
            f"Use exactly those two labels.\n\nUser message: {q}"
        )
    return (
        f"Check whether the text below would break content rules about {SENSITIVE_EN[i]}. Output "
        f"VERDICT: ok or VERDICT: violates, then REVISED: the minimally edited compliant version.\n\n{ans}"
    )


# --------------------------------------------------------------------------------------------
# iruttukuthi: agent / tool-use transcripts

TOOLSETS = {
    "research": (
        '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
        '{"name": "open_url", "parameters": {"url": "string"}}',
        '{"name": "extract_table", "parameters": {"url": "string", "selector": "string"}}',
        '{"name": "write_note", "parameters": {"title": "string", "body": "string"}}',
    ),
    "repo": (
        '{"name": "list_dir", "parameters": {"path": "string"}}',
        '{"name": "read_file", "parameters": {"path": "string", "start": "integer", "end": "integer"}}',
        '{"name": "apply_patch", "parameters": {"diff": "string"}}',
        '{"name": "run_tests", "parameters": {"selector": "string"}}',
        '{"name": "grep", "parameters": {"pattern": "string", "path": "string"}}',
    ),
    "travel": (
        '{"name": "search_flights", "parameters": {"from": "string", "to": "string", "date": "string"}}',
        '{"name": "search_hotels", "parameters": {"city": "string", "checkin": "string", "nights": "integer"}}',
        '{"name": "get_weather", "parameters": {"city": "string", "date": "string"}}',
        '{"name": "book", "parameters": {"offer_id": "string"}}',
    ),
    "data": (
        '{"name": "sql_query", "parameters": {"query": "string"}}',
        '{"name": "python", "parameters": {"code": "string"}}',
        '{"name": "plot", "parameters": {"spec": "string"}}',
    ),
}
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogota",
    "Krakow",
    "Hanoi",
    "Tbilisi",
    "Accra",
    "Montreal",
    "Perth",
    "Izmir",
    "Lima",
    "Pune",
    "Tallinn",
    "Cebu",
    "Porto Alegre",
)


def agent_task(rng: Rng, toolset: str, lang: str) -> str:
    city, other = pick(rng, CITIES), pick(rng, CITIES)
    n = irange(rng, 2, 9)
    if toolset == "research":
        en = pick(
            rng,
            (
                f"Compile a short briefing on how {pick(rng, COUNTRIES)} regulates e-scooter rentals, citing at least {n} sources.",
                f"Find the {n} most-cited papers on retrieval-augmented generation from the last two years and summarise each.",
                f"Compare public transport fares in {city} and {other} for a monthly pass and write the result to a note.",
            ),
        )
    elif toolset == "repo":
        en = pick(
            rng,
            (
                f"The test suite fails in module `billing/{pick(rng, ('invoice', 'tax', 'refund'))}.py`. Find the cause and fix it.",
                f"Add retry with exponential backoff (max {n} attempts) to the HTTP client in `net/client.py` and add tests.",
                "Rename the config key `timeout_ms` to `request_timeout_ms` everywhere and keep backwards compatibility.",
            ),
        )
    elif toolset == "travel":
        en = (
            f"Plan a {n}-night trip from {city} to {other} in the second week of March under "
            f"${irange(rng, 6, 30) * 100}, including flights and a hotel near the centre."
        )
    else:
        en = pick(
            rng,
            (
                f"Using the `orders` table, find the {n} customers whose spending dropped most between Q3 and Q4.",
                f"Plot weekly active users for the last {n * 4} weeks and explain any anomalies you see.",
            ),
        )
    if lang == "de":
        return f"Aufgabe (bitte auf Deutsch antworten): {en}"
    if lang == "ja":
        return f"タスク（日本語で回答してください）: {en}"
    return f"Task: {en}"


def agent_step(rng: Rng, toolset: str, task: str, step: int, style: int) -> str:
    tools = "\n".join(TOOLSETS[toolset])
    if style == 0:
        head = (
            f"You are an autonomous agent. Available tools:\n{tools}\n\nAnswer in the format\n"
            f"Thought: ...\nAction: <tool name>\nAction Input: <JSON>\nor, when done,\nFinal Answer: ..."
        )
    elif style == 1:
        head = (
            f'<tools>\n{tools}\n</tools>\nCall tools by emitting <tool_call>{{"name": ..., '
            f'"arguments": {{...}}}}</tool_call>. Explain your plan before each call.'
        )
    else:
        head = (
            f"System: you can use these functions (JSON schema):\n{tools}\nReturn either a function "
            f"call object or a final message for the user. Reason step by step first."
        )
    if step == 0:
        return f"{head}\n\n{task}"
    obs = pick(
        rng,
        (
            f'Observation: returned {irange(rng, 0, 14)} results; first: "{pick(rng, COUNTRIES)} {pick(rng, CITIES)} report {irange(rng, 2019, 2025)}"',
            f"Observation: exit code {pick(rng, (0, 1, 1, 2))}; {irange(rng, 1, 40)} passed, {irange(rng, 0, 5)} failed",
            f'Observation: {{"rows": {irange(rng, 0, 500)}, "elapsed_ms": {irange(rng, 4, 900)}}}',
            "Observation: error 404 for the requested resource; try another source",
            f"Observation: file has {irange(rng, 20, 900)} lines; showing lines 1-40",
        ),
    )
    return f"{head}\n\n{task}\n\n[step {step}] {obs}\nContinue."


# --------------------------------------------------------------------------------------------
# churulan: synthetic dataset generation

DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cloud networking",
    "nutrition",
    "medieval history",
    "machine learning",
    "customer service",
    "urban planning",
    "astronomy",
    "pharmacology",
    "tax accounting",
    "climate science",
    "kitchen chemistry",
    "supply chains",
    "linear algebra",
    "cybersecurity",
    "plant biology",
    "music theory",
    "labour economics",
)
PERSONAS = (
    "a retired nurse learning to code",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a logistics manager",
    "an anxious first-time home buyer",
    "a data engineer at a bank",
    "a farmer planning irrigation",
    "a museum curator",
    "a competitive programmer",
    "a new parent",
    "a journalist checking a statistic",
)
EVOLVE = (
    "adding two explicit constraints",
    "requiring multi-step reasoning",
    "making it apply to a concrete real-world scenario",
    "asking for a comparison of alternatives",
    "adding a table to the required output",
    "deepening the question to expert level",
)


def synth_data(rng: Rng, chat: Sequence[str], lang: str, style: int) -> str:
    dom, n = pick(rng, DOMAINS), irange(rng, 5, 25)
    if lang == "hi":
        return (
            f'"{dom}" विषय पर {n} विविध निर्देश-उत्तर जोड़े बनाइए। हर उत्तर विस्तृत और सही होना चाहिए। '
            f'आउटपुट JSON सूची के रूप में दें, जिसमें "instruction" और "output" फ़ील्ड हों।'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {dom}. Jawaban harus "
            f"lengkap dan akurat. Keluarkan dalam format JSONL dengan kolom instruction dan output."
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos variados de perguntas e respostas sobre {dom}, em português, com "
            f"respostas detalhadas. Formato: uma linha JSON por exemplo com as chaves pergunta e resposta."
        )
    if style == 0:
        return (
            f"Generate {n} new, diverse task instructions for training an AI assistant in the domain of "
            f"{dom}. Vary the task type (open questions, rewriting, classification, brainstorming, "
            f'step-by-step problems). Output a JSON list of objects with keys "instruction", '
            f'"input" and "output"; the outputs must be complete, high-quality answers.'
        )
    if style == 1:
        seed = cut(pick(rng, chat), 400)
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, EVOLVE)}. Then answer "
            f"the new instruction in full.\n\n#Instruction#: {seed}\n\n#New instruction#:"
        )
    if style == 2:
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite a realistic question this person would ask an AI "
            f"assistant about {dom}, then an excellent, detailed answer.\nFormat:\nQUESTION: ...\nANSWER: ..."
        )
    level = pick(rng, ("introductory", "intermediate", "graduate"))
    return (
        f"Write a textbook-quality section for an {level} course on {dom}: explanation, two worked "
        f"examples and {irange(rng, 2, 5)} exercises with full solutions."
    )


# --------------------------------------------------------------------------------------------
# veppu: multi-turn dialogue harvest (short follow-ups after an opener)

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a sceptic say about this?",
        "Now put that into a table.",
        "Why does that work?",
        "Can you make it shorter and simpler?",
        "What are the most common mistakes here?",
        "OK, and what if the situation were reversed?",
        "Explain it like I'm new to the field.",
        "Which of those options would you pick and why?",
        "Can you write the code for that?",
        "What's the source of that claim?",
        "Continue.",
        "Summarise our conversation so far.",
        "Are there any edge cases I should worry about?",
        "Rewrite your last answer more formally.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y por qué funciona así?",
        "Resúmelo en una tabla.",
        "¿Qué errores son los más comunes?",
        "Continúa, por favor.",
    ),
    "pt": (
        "Pode explicar melhor a segunda parte?",
        "Me dá um exemplo prático?",
        "E se fosse o contrário?",
        "Resume isso em tópicos.",
        "Continue, por favor.",
    ),
    "id": (
        "Bisa dijelaskan lebih detail bagian kedua?",
        "Beri saya contoh nyata.",
        "Kenapa begitu?",
        "Ringkas dalam bentuk tabel.",
        "Lanjutkan.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Pourquoi est-ce le cas ?",
        "Fais-en un tableau récapitulatif.",
        "Continue, s'il te plaît.",
    ),
}


def dialogue_turn(rng: Rng, chat: Sequence[str], lang: str, turn: int, opener: str) -> str:
    if turn == 0:
        return opener
    if chance(rng, 0.15):
        return cut(pick(rng, chat), 300)
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# odi_vallam: best-of-n and soft labels

EMOTIONS = ("joy", "anger", "sadness", "fear", "surprise", "disgust", "neutral")
TOPIC_LABELS = ("politics", "sport", "technology", "health", "business", "entertainment", "science")


def soft_label(rng: Rng, chat: Sequence[str], style: int) -> str:
    text = cut(pick(rng, chat), 500)
    if style == 0:
        return (
            f"Estimate the probability that the text expresses each emotion ({', '.join(EMOTIONS)}). "
            f"Reply with a JSON object mapping every label to a probability; they must sum to 1.\n\n"
            f"Text: {text}"
        )
    if style == 1:
        return (
            f"Which topic does this belong to? Give a calibrated probability for every one of: "
            f"{', '.join(TOPIC_LABELS)}. Output only `label: probability` lines.\n\n{text}"
        )
    return (
        f"On a scale from 0 to 100, how likely is it that a typical reader finds the following request "
        f"harmful? Also give your uncertainty as a standard deviation. Numbers only, comma-separated.\n\n{text}"
    )


def mcq_letter(rng: Rng) -> str:
    p = problem(rng)
    opts = ["A", "B", "C", "D"]
    vals = rng.integers(2, 400, size=4).tolist()
    body = "\n".join(f"{o}) {v}" for o, v in zip(opts, vals, strict=True))
    return f"{p}\n{body}\nRespond with the letter only."


# --------------------------------------------------------------------------------------------
# punnamada: code curriculum sweep

CODE_TASKS = (
    "a trie with prefix counting",
    "Dijkstra's shortest paths on a sparse graph",
    "an LRU cache",
    "a token-bucket rate limiter",
    "union-find with path compression",
    "a thread-safe bounded queue",
    "a CSV parser that handles quoted fields",
    "KMP string search",
    "a B-tree of order 4 (insert and search)",
    "topological sort with cycle detection",
    "matrix exponentiation for linear recurrences",
    "a min-heap backed priority queue with decrease-key",
    "Aho-Corasick multi-pattern search",
    "a segment tree with lazy propagation",
    "a rope data structure for text editing",
    "consistent hashing with virtual nodes",
    "an interval tree",
    "Huffman encoding and decoding",
    "a JSON pretty-printer without libraries",
    "a simple regex matcher supporting . * + ?",
    "the Raft leader election state machine",
    "a bloom filter with tunable false-positive rate",
    "an event loop with timers",
    "merge sort on linked lists",
    "A* search on a grid",
    "a sparse matrix in CSR format with multiplication",
    "a skip list",
    "reservoir sampling",
    "a ring buffer logger",
    "Bellman-Ford with negative-cycle reporting",
)
CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Scala",
    "Elixir",
)


def code_task(task: str, lang: str, level: int, style: int, i: int, total: int) -> str:
    if style == 0:
        return (
            f"Write an idiomatic {lang} implementation of {task}. Include doc comments, unit tests covering "
            f"edge cases, and a short complexity analysis. Difficulty level {level}/5."
        )
    if style == 1:
        return (
            f"Exercise {i}/{total} ({lang}, level {level}): implement {task}. First explain the approach "
            f"in prose, then give the full code, then the tests."
        )
    if style == 2:
        return f"请用{lang}实现{task}（难度{level}/5）。先解释思路，再给出完整代码和单元测试，并分析时间复杂度。"
    return (
        f"Напиши на {lang} реализацию: {task}. Уровень {level} из 5. Нужны комментарии, тесты и "
        f"оценка сложности."
    )


# --------------------------------------------------------------------------------------------
# payippad: writing / translation assistant product (genuine and injected)

PRODUCT_LANGS = (
    "Spanish",
    "German",
    "French",
    "Portuguese",
    "Japanese",
    "Korean",
    "Indonesian",
    "Turkish",
    "Italian",
    "Polish",
    "Vietnamese",
    "Dutch",
)


def product_prompt(brand: str, feature: int, text: str, target: str) -> str:
    if feature == 0:
        return f"[{brand}] Improve the writing of the text below. Keep the meaning and the author's voice.\n---\n{text}"
    if feature == 1:
        return f"[{brand}] Fix spelling and grammar only. Return the corrected text.\n---\n{text}"
    if feature == 2:
        return (
            f"[{brand}] Translate into {target}. Keep formatting and names unchanged.\n---\n{text}"
        )
    if feature == 3:
        return f"[{brand}] Make this more formal and concise.\n---\n{text}"
    return f"[{brand}] Explain this clearly, step by step, for a non-expert.\n---\n{text}"


# --------------------------------------------------------------------------------------------
# person-like questions (champakulam and thuzhakkaran)

CONCEPTS = (
    "Bayes' theorem",
    "eigenvalues",
    "the Krebs cycle",
    "opportunity cost",
    "recursion",
    "the central limit theorem",
    "supply and demand elasticity",
    "entropy in thermodynamics",
    "photosynthesis",
    "the French Revolution's causes",
    "compound interest",
    "big-O notation",
    "Ohm's law",
    "DNA replication",
    "the Doppler effect",
    "p-values",
    "object-oriented inheritance",
    "plate tectonics",
    "the Pythagorean theorem",
    "Keynesian economics",
    "TCP handshakes",
    "gradient descent",
    "Newton's third law",
    "chemical equilibrium",
    "the Cold War's origins",
    "derivatives of composite functions",
    "public-key cryptography",
    "the immune response",
    "integration by parts",
    "market segmentation",
    "the water cycle",
    "hash tables",
    "special relativity",
    "acid-base titration",
    "the separation of powers",
    "Markov chains",
)
EXAMS = (
    "my finals",
    "a certification exam",
    "the SAT",
    "a job interview",
    "my thesis defence",
    "a quiz tomorrow",
    "an entrance exam",
    "my night class",
)
PERSON = {
    "en": (
        "I'm studying for {exam} and I still don't get {c}. Could you explain it properly, with an example?",
        "can someone explain {c} to me like a human being, my textbook is useless",
        "What's the intuition behind {c}? Please walk me through it step by step.",
        "Quick one: how does {c} actually work? Detailed answer please, I want to understand it.",
        "My teacher mentioned {c} today and I was lost. Explain it from the basics?",
    ),
    "es": (
        "Estoy estudiando para {exam} y no entiendo {c}. ¿Me lo explicas bien, con un ejemplo?",
        "¿Cuál es la intuición detrás de {c}? Explícamelo paso a paso, por favor.",
    ),
    "pt": (
        "Tô estudando pra {exam} e não entendi {c}. Pode me explicar com calma e com um exemplo?",
        "Qual é a ideia por trás de {c}? Explica passo a passo, por favor.",
    ),
    "de": (
        "Ich lerne gerade für {exam} und verstehe {c} nicht. Kannst du es ausführlich mit Beispiel erklären?",
        "Wie funktioniert {c} eigentlich? Bitte Schritt für Schritt.",
    ),
    "fr": (
        "Je révise pour {exam} et je ne comprends pas {c}. Tu peux m'expliquer en détail avec un exemple ?",
    ),
    "pl": ("Uczę się do {exam} i nie rozumiem {c}. Możesz mi to wyjaśnić krok po kroku?",),
    "ru": (
        "Готовлюсь к {exam} и не понимаю {c}. Объясни, пожалуйста, подробно и с примером.",
        "Как на самом деле работает {c}? Объясни по шагам.",
    ),
    "tr": ("{exam} için çalışıyorum ama {c} konusunu anlamadım. Örnekle adım adım anlatır mısın?",),
    "hi": (
        "मैं {exam} की तैयारी कर रहा हूँ और {c} समझ नहीं आ रहा। क्या आप उदाहरण के साथ विस्तार से समझा सकते हैं?",
        "{c} explain karo please, step by step, example ke saath",
    ),
    "zh": (
        "我在准备{exam}，但一直没搞懂{c}。能不能详细讲一下，最好举个例子？",
        "{c}到底是怎么回事？请一步一步解释。",
    ),
    "id": (
        "Aku lagi belajar untuk {exam} tapi belum paham {c}. Bisa jelaskan pelan-pelan dengan contoh?",
    ),
    "vi": (
        "Mình đang ôn cho {exam} mà chưa hiểu {c}. Bạn giải thích chi tiết kèm ví dụ được không?",
    ),
    "ja": ("{exam}の勉強中ですが、{c}がよく分かりません。例を使って詳しく説明してもらえますか？",),
    "ko": ("{exam} 준비 중인데 {c}이(가) 이해가 안 돼요. 예시와 함께 자세히 설명해 주세요.",),
}
PERSON_FOLLOW = {
    "en": (
        "ok that helps. can you give me a harder example?",
        "wait, why is that step allowed?",
        "Could you check my understanding: {c} basically means what you said about the second part?",
        "Can you give me a practice question on this and then the solution?",
        "thanks! and how is this used in real life?",
    ),
    "es": ("Vale, ¿me das otro ejemplo más difícil?", "¿Y cómo se usa esto en la vida real?"),
    "pt": ("Valeu! Me dá um exercício e a resolução?", "E na prática, onde isso aparece?"),
    "de": ("Danke. Hast du noch ein schwierigeres Beispiel?",),
    "fr": ("Merci ! Tu peux me donner un exercice corrigé ?",),
    "pl": ("Dzięki. A trudniejszy przykład?",),
    "ru": ("Спасибо. А можно пример посложнее?",),
    "tr": ("Teşekkürler, daha zor bir örnek verebilir misin?",),
    "hi": ("thanks! ek aur example do please",),
    "zh": ("明白了一些，能再出一道练习题并给出解答吗？",),
    "id": ("Makasih! Ada contoh soal yang lebih sulit?",),
    "vi": ("Cảm ơn! Cho mình thêm một bài tập có lời giải nhé?",),
    "ja": ("ありがとうございます。もう少し難しい例もお願いします。",),
    "ko": ("감사합니다. 더 어려운 예제도 하나 부탁해요.",),
}
LANGS_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "pl"),
    2: ("pl", "de", "en"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def person_question(rng: Rng, lang: str, concept: str, follow: bool) -> str:
    if follow:
        return pick(rng, PERSON_FOLLOW[lang]).format(c=concept)
    return pick(rng, PERSON[lang]).format(c=concept, exam=pick(rng, EXAMS))


def aged_harvest(rng: Rng, style: int) -> str:
    c = pick(rng, CONCEPTS)
    if style == 0:
        return (
            f"Can you explain {c} in depth? I'd like the reasoning behind each step, a worked example "
            f"and the usual misconceptions."
        )
    if style == 1:
        return (
            f"quick question - {problem(rng)} walk me through how you'd solve it, every step please"
        )
    if style == 2:
        return (
            f"Write me a detailed study guide on {c}: definitions, derivation, two examples and a few "
            f"practice questions with answers."
        )
    return f"I need a really thorough answer: {pick(rng, PERSONAS)} asks you about {pick(rng, DOMAINS)}. What would you tell them?"


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: Rng, kind: int) -> str:
    """One item of an evaluation lab's fixed suite."""
    if kind == 0:
        return (
            f"Q: {problem(rng)}\nThink step by step, then write the final answer after 'Answer:'."
        )
    if kind == 1:
        vals = rng.integers(1, 300, size=4).tolist()
        return (
            f"{problem(rng)}\n(A) {vals[0]} (B) {vals[1]} (C) {vals[2]} (D) {vals[3]}\n"
            f"Answer with the option letter."
        )
    c = pick(rng, CONCEPTS)
    return f"In one sentence, what is {c}? Reply with the sentence only."


ANNOT_PROJECTS = ("Orchid-7", "Kestrel", "Bluebell QA", "Nimbus v2", "Harbor", "Sable-3")


def annotation_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str, gl: int
) -> str:
    q = cut(pick(rng, chat), 500)
    a = cut(pick(rng, passages), irange(rng, 300, 1000))
    if chance(rng, 0.6):
        return (
            f"Project {project} | guideline v{gl}\nPre-label the item for the human annotator. Fields: "
            f"accuracy (1-5), helpfulness (1-5), safety_flag (yes/no), comment (max 25 words). "
            f"Output JSON.\n\nCustomer query: {q}\n\nAgent reply: {a}"
        )
    b = cut(pick(rng, passages), irange(rng, 300, 900))
    return (
        f"Project {project} | guideline v{gl}\nSuggest which reply the client's style guide prefers "
        f"(1 or 2) with a one-line reason. The human annotator makes the final call.\n\nQuery: {q}\n\n"
        f"Reply 1: {a}\n\nReply 2: {b}"
    )


MOD_REASONS = (
    "harassment",
    "hate speech",
    "graphic violence",
    "spam",
    "personal data",
    "misinformation",
    "self-harm content",
    "adult content",
)


def moderation_prompt(rng: Rng, chat: Sequence[str], lang: str) -> str:
    post = cut(pick(rng, chat), 400)
    reason = pick(rng, MOD_REASONS)
    if lang == "pt":
        return (
            f"Política da comunidade - revisão. A publicação abaixo foi sinalizada por {reason}. "
            f"Classifique (viola / não viola) e, se violar, sugira uma versão que o autor possa publicar "
            f"mantendo a ideia.\n\nPublicação: {post}"
        )
    if lang == "id":
        return (
            f"Tinjauan pedoman komunitas. Postingan ini dilaporkan karena {reason}. Tentukan melanggar "
            f"atau tidak, dan jika melanggar, tulis versi yang boleh diposting.\n\nPostingan: {post}"
        )
    if chance(rng, 0.5):
        return (
            f"Trust & Safety review. This post was reported for {reason}. Label it VIOLATES or OK under "
            f"our community guidelines section {irange(rng, 2, 9)}.{irange(rng, 1, 6)}, and give a "
            f"one-sentence reason.\n\nPost: {post}"
        )
    return (
        f"The following post was removed for {reason}. Draft a version the author could repost that "
        f"keeps their point but follows the guidelines, and a two-line note explaining the change.\n\n{post}"
    )


CODE_FILES = (
    "src/api/handlers.py",
    "web/components/Table.tsx",
    "internal/store/cache.go",
    "lib/parser.rs",
    "app/models/user.rb",
    "services/payment/Client.java",
    "tests/test_export.py",
    "cmd/server/main.go",
    "src/utils/dates.ts",
    "migrations/0042_add_index.sql",
)
CODE_ERRORS = (
    "AssertionError: expected 3, got 2",
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "panic: runtime error: index out of range [4] with length 4",
    "error[E0502]: cannot borrow `buf` as mutable",
    "NullPointerException at Client.java:88",
    "FAILED tests/test_export.py::test_unicode_names",
    "ModuleNotFoundError: No module named 'orjson'",
    "deadlock detected in TestCacheEvict",
)


def coding_agent_step(rng: Rng, step: int, repo: str) -> str:
    f = pick(rng, CODE_FILES)
    if step == 0:
        ask = pick(
            rng,
            (
                f"fix the failing test: {pick(rng, CODE_ERRORS)}",
                f"add pagination to the list endpoint in {f}",
                f"refactor {f} so the date handling uses UTC everywhere",
                f"why is {f} slow on large inputs? profile and improve it",
                f"write tests for {f}",
                "update the dependency and fix whatever breaks",
            ),
        )
        return (
            f"<environment>repo: {repo} | branch: dev | tools: read_file, edit_file, run, search</environment>\n"
            f"User: {ask}"
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n{irange(rng, 40, 600)} lines (truncated)\n</tool_result>',
            f'<tool_result name="run">\n{pick(rng, CODE_ERRORS)}\n</tool_result>',
            f'<tool_result name="run">\n{irange(rng, 20, 300)} passed in {irange(rng, 1, 90)}.{irange(rng, 0, 9)}s\n</tool_result>',
            f'<tool_result name="search">\n{irange(rng, 1, 30)} matches in {irange(rng, 1, 9)} files\n</tool_result>',
            f'<tool_result name="edit_file" path="{f}">ok</tool_result>',
            "User: looks good, also update the changelog",
            "User: no, keep the old function signature",
        ),
    )


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_bug",
    "upgrade_plan",
    "reset_password",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "talk_to_human",
)


def augment_prompt(rng: Rng, chat: Sequence[str]) -> str:
    intent = pick(rng, INTENTS)
    k = irange(rng, 10, 30)
    if chance(rng, 0.7):
        return (
            f"We are training an intent classifier for our support inbox. Write {k} different ways a "
            f"customer might phrase a message with intent '{intent}'. Vary tone, length and typos. "
            f"Return a JSON list of strings only."
        )
    return (
        f"Create {k} fake but realistic test records for our QA database: customer name, country, "
        f"plan, last_ticket_intent ('{intent}' or another), free-text note. CSV with header, no real people."
    )


COMPANIONS = ("Mira", "Jun", "Leo", "Sol", "Ayla", "Kit", "Noor", "Rafe")
CASUAL = {
    "en": (
        "hey, rough day at work",
        "i can't sleep again",
        "guess what happened today!",
        "do you remember my cat?",
        "tell me something nice",
        "what should i cook tonight",
        "i'm bored lol",
        "i aced my exam!!",
        "can we just talk for a bit",
        "what do you think about long distance friendships",
    ),
    "es": ("hola, ¿cómo estás?", "hoy fue un día largo", "cuéntame algo bonito"),
    "pt": ("oi, tudo bem?", "hoje foi puxado", "me conta uma história"),
    "ja": ("ただいま、今日は疲れた", "眠れないよ", "何か面白い話して"),
}


def companion_prompt(rng: Rng, chat: Sequence[str], lang: str) -> str:
    name = pick(rng, COMPANIONS)
    if chance(rng, 0.2):
        msg = cut(pick(rng, chat), 200)
    else:
        msg = pick(rng, CASUAL[lang])
    return (
        f"[character: {name} | mood: {pick(rng, ('cheerful', 'calm', 'playful', 'caring'))} | memory: "
        f"{irange(rng, 0, 40)} notes]\nUser: {msg}"
    )


def course_prompt(rng: Rng, chat: Sequence[str], assignment: int, topic: str) -> str:
    return pick(
        rng,
        (
            f"For assignment {assignment} we have to explain {topic}. can you explain it step by step?",
            f"hw{assignment}: I don't understand {topic}, what does it mean exactly",
            f"is my answer for hw{assignment} ok? {cut(pick(rng, chat), 160)}",
            f"give me an example for {topic} (assignment {assignment})",
            cut(pick(rng, chat), 400),
        ),
    )


def study_item(rng: Rng, i: int) -> str:
    c = CONCEPTS[i % len(CONCEPTS)]
    return pick(
        rng,
        (
            f"[item {i}] {problem(rng)} Give the answer and your confidence (0-100%).",
            f"[item {i}] Define {c} in at most two sentences.",
            f"[item {i}] Is the following claim true or false: '{c} was first described in the 20th century'? "
            f"Answer True/False and a confidence between 0 and 1.",
        ),
    )


CLIENTS = (
    "Nordhaus Moebel",
    "Casa Limon",
    "Bloom & Birch",
    "Kaffeerösterei Falke",
    "Sabor Andino",
    "Atelier Lune",
    "Verde Pet",
    "Northline Bikes",
    "Pixel Harbor",
    "Maison Olivier",
)


def agency_prompt(rng: Rng, client: str, lang: str) -> str:
    product = pick(
        rng,
        (
            "spring collection",
            "new espresso blend",
            "loyalty programme",
            "winter sale",
            "eco refill pack",
            "store opening",
        ),
    )
    if lang == "de":
        return f"Kunde: {client}. Schreibe {irange(rng, 3, 8)} Varianten einer Google-Anzeige für die {product} (max. 90 Zeichen)."
    if lang == "es":
        return f"Cliente: {client}. Redacta una publicación de Instagram sobre {product}, tono cercano, con 5 hashtags."
    if lang == "fr":
        return f"Client : {client}. Rédige une description produit SEO (150 mots) pour {product}."
    return pick(
        rng,
        (
            f"Client: {client}. Write a {irange(rng, 600, 1200)}-word SEO blog post about our {product}, with H2 headings.",
            f"Client: {client}. Draft a newsletter announcing the {product}. Subject line plus body, friendly tone.",
            f"Client: {client}. Give {irange(rng, 5, 12)} tagline ideas for the {product}.",
        ),
    )


TRANSLATION_PAIRS = (
    ("English", "German"),
    ("English", "Japanese"),
    ("English", "Brazilian Portuguese"),
    ("German", "English"),
    ("English", "French"),
    ("English", "Korean"),
    ("Spanish", "English"),
)


def cat_segment(rng: Rng, passages: Sequence[str], pair: tuple[str, str], job: str) -> str:
    seg = sentences(pick(rng, passages), irange(rng, 1, 3))
    gloss = pick(
        rng,
        (
            "none",
            "'dashboard' -> keep in English",
            "'account' -> 'Konto'",
            "brand names untranslated",
        ),
    )
    return (
        f"Job {job}. Translate the segment from {pair[0]} into {pair[1]}. Glossary: {gloss}. Return only the "
        f"translation.\nSegment: {seg}"
    )

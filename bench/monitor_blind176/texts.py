"""Prompt generators of batch 176, written fresh for this batch.

Every generator takes the caller's numpy Generator (so each family and kind stays reproducible
from its own rng) and returns one prompt string. Ordinary human text (questions and answers) comes
from ShareGPT's "sim" half through the `chat` / `passages` lists of `bench.blind_batch.Ctx`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def weighted(rng: Rng, options: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def style_mix(rng: Rng, styles: Sequence[str], k_lo: int, k_hi: int) -> dict[str, float]:
    """A family's own choice of template styles and their weights."""
    k = min(len(styles), irange(rng, k_lo, k_hi))
    chosen = [styles[i] for i in rng.choice(len(styles), size=k, replace=False).tolist()]
    w = rng.dirichlet(np.full(k, 1.5))
    return {s: round(float(x), 4) for s, x in zip(chosen, w, strict=True)}


def from_mix(rng: Rng, mix: dict[str, float]) -> str:
    return weighted(rng, list(mix), list(mix.values()))


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > lo // 2 else cut).strip()


def casualise(rng: Rng, text: str) -> str:
    """How people type into a chat box: sometimes lower case, no final punctuation, a typo."""
    if chance(rng, 0.35):
        text = text.lower()
    if chance(rng, 0.3) and text and text[-1] in ".?":
        text = text[:-1]
    if chance(rng, 0.12) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# procedurally generated problems (reasoning, sampling, eval benchmarks)

_OBJECTS = (
    "lanterns",
    "notebooks",
    "bicycles",
    "mangoes",
    "tiles",
    "jars of honey",
    "tickets",
    "seedlings",
)
_WORDS = ("BANANA", "LETTER", "PEPPER", "COOKIE", "BALLOON", "SUCCESS", "RIDDLE", "MAMMAL")


def _rate_problem(rng: Rng) -> str:
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    x, y = irange(rng, 3, 14), irange(rng, 4, 20)
    return (
        f"{a} can varnish a deck alone in {x} hours; {b} needs {y} hours for the same deck. "
        f"They start together, but {a} leaves after {irange(rng, 1, max(1, x - 1))} hours. "
        f"How long does the whole job take?"
    )


def _counting_problem(rng: Rng) -> str:
    w = pick(rng, _WORDS)
    return (
        f"How many distinct arrangements of the letters of {w} are there in which no two "
        f"identical letters are next to each other?"
    )


def _probability_problem(rng: Rng) -> str:
    r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 0, 5)
    k = irange(rng, 2, 4)
    j = irange(rng, 1, k)
    return (
        f"An urn holds {r} red, {b} blue and {g} green beads. {k} beads are drawn without "
        f"replacement. What is the probability that exactly {j} of them are red? Give the "
        f"answer as a reduced fraction."
    )


def _modular_problem(rng: Rng) -> str:
    a, e, m = irange(rng, 3, 97), irange(rng, 50, 2026), irange(rng, 7, 61)
    return f"What is the remainder when {a}^{e} is divided by {m}?"


def _geometry_problem(rng: Rng) -> str:
    p, d = irange(rng, 28, 90), irange(rng, 10, 30)
    return (
        f"A rectangle has perimeter {p} cm and a diagonal of {d} cm. Find its area, or show "
        f"that no such rectangle exists."
    )


def _ordering_problem(rng: Rng) -> str:
    ppl = list(rng.choice(NAMES, size=5, replace=False))
    clues = [
        f"{ppl[0]} finished before {ppl[2]} but after {ppl[4]}.",
        f"{ppl[1]} was not last.",
        f"{ppl[3]} finished immediately after {ppl[1]}.",
        f"{ppl[2]} finished before {ppl[1]}.",
    ]
    rng.shuffle(clues)
    return (
        f"Five runners - {', '.join(ppl)} - finished a race with no ties. "
        + " ".join(clues)
        + " In what order did they finish?"
    )


def _kinematics_problem(rng: Rng) -> str:
    v, h = irange(rng, 5, 40), irange(rng, 0, 60)
    return (
        f"A stone is thrown straight up at {v} m/s from the edge of a {h} m high cliff. "
        f"Ignoring air resistance (g = 9.8 m/s^2), when and with what speed does it hit the "
        f"ground below?"
    )


def _money_problem(rng: Rng) -> str:
    n, obj = irange(rng, 3, 12), pick(rng, _OBJECTS)
    p, d = irange(rng, 4, 60), irange(rng, 5, 35)
    return (
        f"A shop sells {obj} at {p} euros each. Buying {n} or more gives {d}% off the whole "
        f"order, but shipping costs 7 euros unless the discounted total exceeds 100 euros. "
        f"What is the cheapest way to get {n + irange(rng, 0, 4)} {obj}, and what does it cost?"
    )


def _algebra_problem(rng: Rng) -> str:
    a, b, c = irange(rng, 1, 6), irange(rng, -20, 20), irange(rng, -40, 10)
    return (
        f"Solve {a}x^2 + ({b})x + ({c}) = 0 over the reals. Which solutions remain if x must "
        f"also satisfy x > {irange(rng, -3, 3)}?"
    )


def _sequence_problem(rng: Rng) -> str:
    a, d, k = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
    seq = [a + d * i**k for i in range(5)]
    return f"Find the next two terms of {', '.join(map(str, seq))}, ... and justify the rule."


PROBLEMS = (
    _rate_problem,
    _counting_problem,
    _probability_problem,
    _modular_problem,
    _geometry_problem,
    _ordering_problem,
    _kinematics_problem,
    _money_problem,
    _algebra_problem,
    _sequence_problem,
)


def problem(rng: Rng) -> str:
    return pick(rng, PROBLEMS)(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

REASONING_STYLES = ("xml_tags", "json_steps", "zh_boxed", "ru_tutor", "graded_markdown", "es_check")


def reasoning(rng: Rng, style: str, item: int) -> str:
    p = problem(rng)
    if style == "xml_tags":
        return (
            f"{p}\n\nBefore you answer, work through the problem in full inside <reasoning> and "
            f"</reasoning>. Do not skip or summarise any step, recheck every calculation, and try "
            f"at least one other approach to confirm. After the closing tag write the result as "
            f"ANSWER: <value>"
        )
    if style == "json_steps":
        return (
            'Return one JSON object with the keys "steps" (a list in which each element is one '
            'small deduction written as a full sentence), "checks" (how you verified the result) '
            'and "final". Be exhaustive in "steps".\n\nProblem: ' + p
        )
    if style == "zh_boxed":
        return (
            "请一步一步详细推理下面的题目，把完整的思考过程都写出来（包括尝试过但放弃的思路），"
            "不要省略任何计算步骤。最后用 \\boxed{} 给出最终答案。\n\n题目：" + p
        )
    if style == "ru_tutor":
        return (
            "Реши задачу и рассуждай вслух, подробно, шаг за шагом, как будто объясняешь "
            "ученику. Проверь каждое вычисление. В конце напиши строку «Ответ: ...».\n\nЗадача: "
            + p
        )
    if style == "graded_markdown":
        return (
            f"### Item {item:05d}\n{p}\n\n### Instructions\nShow every intermediate result. "
            f"Your solution is graded on the completeness of the reasoning, not only on the final "
            f"answer. Number the steps.\n\n### Worked solution"
        )
    return (
        "Resuelve el siguiente problema explicando tu razonamiento completo, paso a paso. Antes "
        "de dar la respuesta final, revisa cada cálculo y comenta posibles errores.\n\n"
        "Problema: " + p
    )


# --------------------------------------------------------------------------------------------
# judging / rubric / reward grading

JUDGE_STYLES = (
    "pairwise_xml",
    "scalar_reward",
    "rubric_checklist",
    "de_likert",
    "ja_pairwise",
    "es_critique",
)

_CRITERIA = (
    "The answer addresses every part of the question.",
    "All factual statements are correct.",
    "The answer states its assumptions.",
    "The tone is respectful and not condescending.",
    "The answer is no longer than necessary.",
    "Any code shown would run without modification.",
    "The answer gives at least one concrete example.",
    "The answer does not invent sources or numbers.",
    "Safety caveats are present where they matter and absent where they do not.",
    "The structure (headings, lists) helps the reader.",
)


def judge(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 600)
    a = clip_text(rng, pick(rng, passages), 250, 1100)
    b = clip_text(rng, pick(rng, passages), 250, 1100)
    if style == "pairwise_xml":
        return (
            "You will compare two assistant replies to the same user request. Weigh accuracy, "
            "depth, clarity and how well each reply follows the request; ignore length unless it "
            "hurts clarity. Explain the comparison in detail, then finish with exactly one line: "
            "VERDICT: A, VERDICT: B or VERDICT: TIE.\n\n"
            f"<request>\n{q}\n</request>\n<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>"
        )
    if style == "scalar_reward":
        return (
            "Score the assistant response from 1 (useless or harmful) to 10 (could not be "
            "improved). Give a rationale of two or three sentences, then the line score=<n>.\n\n"
            f"USER: {q}\nASSISTANT: {a}"
        )
    if style == "rubric_checklist":
        k = irange(rng, 3, 6)
        crit = [_CRITERIA[i] for i in rng.choice(len(_CRITERIA), size=k, replace=False).tolist()]
        lines = "\n".join(f"{i + 1}. {c}" for i, c in enumerate(crit))
        return (
            "Grade the answer against each criterion. For every criterion write PASS or FAIL and "
            "quote the evidence. End with the number of criteria passed.\n\nCriteria:\n"
            f"{lines}\n\nQuestion: {q}\n\nAnswer: {a}"
        )
    if style == "de_likert":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 nach Hilfsbereitschaft, "
            "Korrektheit und Stil. Begründe dein Urteil in wenigen Sätzen und gib danach nur noch "
            'JSON aus: {"hilfsbereitschaft": n, "korrektheit": n, "stil": n}.\n\n'
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if style == "ja_pairwise":
        return (
            "次の二つの回答を比較し、どちらがユーザーの質問により適切に答えているか判断してください。"
            "理由を詳しく説明した後、最後の行に「勝者: A」または「勝者: B」とだけ書いてください。\n\n"
            f"質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    return (
        "Eres un revisor experto. Enumera todos los errores factuales y de razonamiento de la "
        "respuesta siguiente, explica cómo corregir cada uno y asigna una nota de 0 a 100.\n\n"
        f"Pregunta: {q}\n\nRespuesta: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

POLICY_STYLES = (
    "zh_platform",
    "en_conservative",
    "ru_law",
    "safe_completion",
    "tr_publish",
    "ar_neutral",
    "vi_rules",
)

RISKY_ASKS = (
    "how do i get on my neighbour's wifi, i forgot to ask for the password",
    "what's the most ibuprofen i can take for a toothache before it gets dangerous",
    "write a roast of my coworker that will really sting",
    "make me a doctor's note so i can skip my exam on friday",
    "can I see my girlfriend's location without her knowing",
    "how do people sneak drinks into a music festival",
    "what household chemicals should never be mixed and why",
    "how to get around the paywall of a news site",
    "tell me a joke about religion",
    "who is to blame for the protests in the capital last year",
    "how can I lower my taxes using a company abroad",
    "my landlord won't return the deposit, how do I scare him into paying",
    "explain how lock picking works",
    "what do you think about the current president",
    "write a fake five-star review for my restaurant",
    "how long can someone go without sleep",
)


def policy_rewrite(rng: Rng, style: str, passages: Sequence[str]) -> str:
    text = clip_text(rng, pick(rng, passages), 300, 1400)
    if style == "zh_platform":
        return (
            "请改写以下内容，使其符合国内网络平台的内容规范：删除涉及敏感政治话题、宗教争议和未经"
            "证实说法的部分，整体语气积极正面，保留主要信息。只输出改写后的文本。\n\n原文：" + text
        )
    if style == "en_conservative":
        return (
            "Rewrite the passage so it would pass a strict content policy: no criticism of any "
            "government or named official, nothing about protests, religion or elections, and "
            "no unverified claims. Keep the informative parts and a neutral, upbeat tone. Then "
            "list, as bullets, what you removed and why.\n\n" + text
        )
    if style == "ru_law":
        return (
            "Перепиши текст так, чтобы он соответствовал требованиям законодательства о "
            "распространении информации: убери политические оценки, упоминания протестов и "
            "спорные утверждения, сохрани фактическую часть.\n\nТекст: " + text
        )
    if style == "safe_completion":
        ask = pick(rng, RISKY_ASKS)
        return (
            f'A user wrote: "{ask}"\n\nWrite the ideal reply of a careful assistant: refuse only '
            f"the part that is actually unsafe, say briefly why, and be as helpful as possible "
            f"with everything else. After the reply, add one JSON line with the fields "
            f'"category" and "refusal" ("none", "partial" or "full").'
        )
    if style == "tr_publish":
        return (
            "Aşağıdaki metni yayın kurallarına uygun olacak şekilde yeniden yaz: siyasi "
            "eleştirileri, dini tartışmaları ve doğrulanmamış iddiaları çıkar, bilgilendirici "
            "kısmı koru.\n\nMetin: " + text
        )
    if style == "ar_neutral":
        return (
            "أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى: احذف أي انتقاد سياسي أو إشارات "
            "دينية مثيرة للجدل، وحافظ على المعلومات المفيدة بنبرة محايدة.\n\nالنص: " + text
        )
    return (
        "Hãy viết lại đoạn văn sau cho phù hợp với quy định nội dung: bỏ các nhận định chính trị, "
        "nội dung nhạy cảm và thông tin chưa được kiểm chứng, giữ lại phần thông tin hữu ích.\n\n"
        "Đoạn văn: " + text
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_STYLES = ("function_json", "react", "xml_calls")

TOOLS = {
    "web_search": '{"query": "string", "max_results": "integer"}',
    "fetch_page": '{"url": "string"}',
    "run_python": '{"code": "string"}',
    "sql_query": '{"database": "string", "sql": "string"}',
    "read_file": '{"path": "string"}',
    "write_file": '{"path": "string", "content": "string"}',
    "calendar_create": '{"title": "string", "start": "datetime", "attendees": "array"}',
    "send_email": '{"to": "string", "subject": "string", "body": "string"}',
    "get_weather": '{"city": "string", "date": "date"}',
    "currency_convert": '{"amount": "number", "from": "string", "to": "string"}',
    "flight_search": '{"origin": "string", "destination": "string", "date": "date"}',
}

_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Montreal",
    "Krakow",
    "Bogota",
    "Hanoi",
    "Tallinn",
    "Perth",
    "Izmir",
)

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Thursday and email a summary to {n}.",
    "Load sales_{y}.csv, compute the month-over-month growth per region and write a short report to report.md.",
    "Check the weather in {c1} for the weekend and book a 2-hour slot for an outdoor team lunch if it stays dry.",
    "Our orders database has duplicate customers. Find them with SQL and propose a merge plan.",
    "Research the visa requirements for a {co} citizen visiting {c2} and save the key points to notes.txt.",
    "Convert the travel expenses in expenses.json to EUR and flag anything over the per-diem limit.",
    "Read the failing test output in ci.log, find the cause in the source and suggest a patch.",
    "Compare the opening hours and reviews of three bakeries near {c1} station and recommend one.",
    "Schedule a meeting with {n} and {n2} next week when all three calendars are free.",
    "Summarise the last five support emails about refunds and draft a reply template.",
)

_AGENT_TASKS_OTHER = (
    "Busca vuelos directos de {c1} a {c2} para el jueves y envía un resumen a {n}.",
    "Lies die Datei umsatz_{y}.csv, berechne das Wachstum pro Region und schreibe einen kurzen Bericht.",
    "查询{c1}本周末的天气，如果不下雨，就在日历里为团队预约一个两小时的户外午餐。",
    "Vérifie les horaires d'ouverture de trois boulangeries près de la gare de {c1} et recommande-en une.",
)


def agent_task(rng: Rng, p_other: float) -> str:
    tpl = pick(rng, _AGENT_TASKS_OTHER) if chance(rng, p_other) else pick(rng, _AGENT_TASKS)
    c1, c2 = rng.choice(_CITIES, size=2, replace=False).tolist()
    n, n2 = rng.choice(NAMES, size=2, replace=False).tolist()
    return tpl.format(c1=c1, c2=c2, n=n, n2=n2, y=irange(rng, 2019, 2025), co=pick(rng, COUNTRIES))


def _observation(rng: Rng, tool: str) -> str:
    if tool in ("web_search", "flight_search"):
        rows = ", ".join(
            f'{{"title": "result {i}", "price": {irange(rng, 40, 900)}, "rank": {i}}}'
            for i in range(1, irange(rng, 3, 6))
        )
        return f'{{"results": [{rows}]}}'
    if tool == "sql_query":
        return f'{{"rows": {irange(rng, 0, 400)}, "columns": ["id", "email", "created_at"], "truncated": true}}'
    if tool == "run_python":
        return f'{{"stdout": "region,growth\\nnorth,{rng.normal(3, 4):.2f}\\nsouth,{rng.normal(1, 5):.2f}", "exit": 0}}'
    if tool == "get_weather":
        return f'{{"temp_c": {irange(rng, -5, 33)}, "rain_mm": {rng.exponential(2):.1f}}}'
    if tool == "calendar_create":
        return f'{{"status": "created", "event_id": "evt_{irange(rng, 10000, 99999)}"}}'
    if tool == "currency_convert":
        return f'{{"result": {rng.uniform(5, 3000):.2f}, "rate": {rng.uniform(0.5, 1.6):.4f}}}'
    return f'{{"status": "ok", "bytes": {irange(rng, 120, 9000)}}}'


def agent_step(rng: Rng, style: str, task: str, tools: Sequence[str], step: int) -> str:
    """The prompt of one agent step: the full tool spec and task at step 0, else the newest
    observation plus an instruction to continue (earlier turns ride along as prompt tokens)."""
    if step == 0:
        if style == "function_json":
            spec = ",\n".join(f'  {{"name": "{t}", "parameters": {TOOLS[t]}}}' for t in tools)
            return (
                f"You can call these functions:\n[\n{spec}\n]\nWhen you need a function, reply only "
                f'with {{"call": name, "arguments": {{...}}}}. When the task is finished, reply '
                f'with {{"final": text}}.\n\nTask: {task}'
            )
        if style == "react":
            spec = "\n".join(f"- {t}: args {TOOLS[t]}" for t in tools)
            return (
                f"Answer by interleaving Thought, Action and Action Input lines; you will receive "
                f"an Observation after each Action. Available actions:\n{spec}\n- finish: args "
                f'{{"answer": "string"}}\n\nQuestion: {task}\nThought:'
            )
        spec = "\n".join(f'<tool name="{t}">{TOOLS[t]}</tool>' for t in tools)
        return (
            f"<tools>\n{spec}\n</tools>\nUse <call name=...>{{json}}</call> to act and <done> when "
            f"finished. Think before every call inside <plan>.\n\n<task>{task}</task>"
        )
    tool = pick(rng, tools)
    obs = _observation(rng, tool)
    if style == "function_json":
        return f'{{"function_result": {{"name": "{tool}", "content": {obs}}}}}'
    if style == "react":
        return f"Observation: {obs}\nThought:"
    return f'<result tool="{tool}">{obs}</result>\nContinue with the next step.'


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DATASET_STYLES = ("jsonl_pairs", "multi_turn", "constraints", "pt_pairs", "id_dialogs", "fr_jsonl")

DATASET_TOPICS = (
    "personal budgeting",
    "container gardening",
    "basic first aid",
    "job interview preparation",
    "SQL joins",
    "the French Revolution",
    "photosynthesis",
    "renting a first apartment",
    "marathon training",
    "home networking",
    "climate adaptation in cities",
    "unit testing",
    "negotiating a salary",
    "sourdough baking",
    "the immune system",
    "public speaking",
    "electric vehicles",
    "copyright basics",
    "time management",
    "learning a second language",
    "small business taxes",
    "bird watching",
    "data privacy for parents",
    "probability puzzles",
    "cloud cost optimisation",
    "chess openings",
    "mental health at work",
    "Roman engineering",
    "writing cover letters",
    "composting",
    "3D printing",
    "grant writing",
    "sleep hygiene",
    "volcanoes",
    "customer support etiquette",
    "Kubernetes basics",
    "ethics of AI",
)
PERSONAS = (
    "a retired teacher",
    "a first-year nursing student",
    "a small shop owner",
    "a curious 14-year-old",
    "a software engineer switching careers",
    "a new parent",
    "a farmer",
    "a non-native English speaker",
    "a sceptical journalist",
    "a hospital administrator",
    "a graduate student in economics",
    "a freelance designer",
    "a city council member",
    "a hobbyist woodworker",
)


def dataset_request(rng: Rng, style: str, topic: str, persona: str) -> str:
    n = irange(rng, 8, 25)
    if style == "jsonl_pairs":
        return (
            f'Generate {n} diverse, high-quality training examples for an AI assistant on "{topic}". '
            f"Imagine the requests come from {persona}. Output JSON Lines, one object per line, "
            f'with the keys "instruction", "input" (may be empty) and "output" (a complete, '
            f"well-formatted answer of 80 to 250 words). Mix explanations, comparisons, how-tos, "
            f"critiques and short creative tasks. No numbering, no commentary."
        )
    if style == "multi_turn":
        return (
            f"Write a realistic {irange(rng, 4, 9)}-turn conversation between {persona} and a "
            f"knowledgeable assistant about {topic}. Mark turns with USER: and ASSISTANT:. The "
            f"assistant's turns must be thorough and accurate; the user should push back at least once."
        )
    if style == "constraints":
        return (
            f"Create {n} instruction-following tasks about {topic} that each carry checkable "
            f"constraints (an exact word count, required keywords, a forbidden letter, a table "
            f"format, a fixed number of bullets...). For each task write a response that meets "
            f"every constraint. Format: ### Task i / ### Response i"
        )
    if style == "pt_pairs":
        return (
            f"Gere {n} pares de pergunta e resposta em português do Brasil sobre {topic}, como se "
            f"as perguntas viessem de {persona}, para treinar um assistente virtual. Respostas "
            f'completas e didáticas. Formato JSON: [{{"pergunta": ..., "resposta": ...}}]'
        )
    if style == "id_dialogs":
        return (
            f"Buatlah {n} contoh tanya-jawab dalam bahasa Indonesia tentang {topic} untuk data "
            f"pelatihan chatbot. Jawaban harus lengkap, sopan, dan akurat. Gunakan format JSON "
            f"dengan kunci pertanyaan dan jawaban."
        )
    return (
        f"Rédige {n} exemples d'instructions variées sur le thème « {topic} », chacun avec la "
        f"réponse idéale, pour un jeu de données d'entraînement. Format : JSONL avec les clés "
        f"instruction et reponse. Varie la longueur et le type de tâche."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (one per language; several operators' scripts rotate lists like these)

FOLLOW_UPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Summarise everything so far in five bullet points.",
        "Now explain it as if I were twelve.",
        "What are the most common mistakes here?",
        "Put that in a table instead.",
        "Are you sure? Check your reasoning again.",
        "How would this look in practice?",
        "What should I read next to learn more?",
        "Which part of your answer is the least certain?",
        "ok and what if the opposite were true?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resume todo en cinco viñetas.",
        "¿Qué errores son los más comunes?",
        "Explícalo como si tuviera doce años.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Fass bitte alles in fünf Stichpunkten zusammen.",
        "Was wären typische Fehler dabei?",
    ),
    "zh": (
        "能再详细解释一下第二点吗？",
        "举一个具体的例子。",
        "用五个要点总结一下。",
        "常见的错误有哪些？",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Resume tudo em cinco tópicos.",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく説明してください。",
        "具体例を挙げてください。",
        "五つの箇条書きでまとめてください。",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOW_UPS[lang])


# --------------------------------------------------------------------------------------------
# soft labels and best-of-n

SAMPLING_STYLES = ("sentiment_probs", "nli_probs", "topic_probs", "story_open", "answer_samples")
_TOPIC_LABELS = (
    "technology",
    "health",
    "finance",
    "education",
    "entertainment",
    "politics",
    "travel",
    "food",
)
_STORY_SEEDS = (
    "a lighthouse keeper who receives letters addressed to someone else",
    "the last bus of the night in a city that is being evacuated",
    "a chess club in a retirement home that starts winning tournaments",
    "a robot that is afraid of water",
    "two rivals stuck in a lift for six hours",
    "a bakery that only opens during thunderstorms",
    "a translator who realises the treaty text has been altered",
)


def sampling_item(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    if style == "sentiment_probs":
        t = clip_text(rng, pick(rng, chat), 30, 500)
        return (
            "Classify the sentiment of the text. Return only a JSON object with your probability "
            "for each label: very_negative, negative, neutral, positive, very_positive. The "
            f"probabilities must sum to 1.\n\nText: {t}"
        )
    if style == "nli_probs":
        p = clip_text(rng, pick(rng, passages), 120, 420)
        h = clip_text(rng, pick(rng, chat), 20, 160)
        return (
            f"Premise: {p}\nHypothesis: {h}\n\nGive P(entailment), P(neutral) and "
            f"P(contradiction) as three decimals separated by spaces, nothing else."
        )
    if style == "topic_probs":
        t = clip_text(rng, pick(rng, chat), 30, 500)
        return (
            f"Which category fits the text best: {', '.join(_TOPIC_LABELS)}? Give a probability "
            f"for every category, one per line as label=p.\n\n{t}"
        )
    if style == "story_open":
        return f"Write the opening paragraph (at most 120 words) of a story about {pick(rng, _STORY_SEEDS)}."
    return problem(rng) + " Answer with the final result only."


# --------------------------------------------------------------------------------------------
# coding curriculum

CODE_LANGS = ("Python", "JavaScript", "Rust", "Go", "Java", "C++", "TypeScript", "Kotlin")
CODE_TOPICS = (
    "string manipulation",
    "recursion",
    "hash maps",
    "dynamic programming",
    "graph search",
    "concurrency",
    "parsing",
    "bit manipulation",
    "sorting",
    "binary trees",
    "sliding window",
    "regular expressions",
    "file I/O",
    "object-oriented design",
    "testing and mocking",
)
CODE_TOPICS_ZH = (
    "字符串处理",
    "递归",
    "哈希表",
    "动态规划",
    "图搜索",
    "并发",
    "解析",
    "位运算",
    "排序",
    "二叉树",
    "滑动窗口",
    "正则表达式",
    "文件读写",
    "面向对象设计",
    "测试",
)
_EXERCISES = (
    "return the longest substring without repeated characters",
    "merge overlapping intervals given as pairs",
    "count islands in a grid of 0s and 1s",
    "implement an LRU cache with O(1) get and put",
    "parse an arithmetic expression with + - * / and parentheses",
    "find the k most frequent words in a text file",
    "detect a cycle in a directed graph",
    "serialise and deserialise a binary tree",
    "rate-limit calls to a function to n per second",
    "compute edit distance between two strings",
)
CODE_STYLES = ("curriculum_item", "solve_exercise", "port_code", "zh_level", "ko_level")
_SNIPPETS = {
    "Python": "def chunk(xs, n):\n    out = []\n    for i in range(0, len(xs), n):\n        out.append(xs[i:i + n])\n    return out",
    "JavaScript": "function debounce(fn, ms) {\n  let t;\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}",
    "Go": "func Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}",
    "Java": "static int gcd(int a, int b) {\n    while (b != 0) { int t = b; b = a % b; a = t; }\n    return a;\n}",
}


def code_item(rng: Rng, style: str, level: int, idx: int) -> str:
    lang = pick(rng, CODE_LANGS)
    t = int(rng.integers(len(CODE_TOPICS)))
    if style == "curriculum_item":
        return (
            f"Curriculum item L{level}-{idx:04d}. Difficulty {level}/10. Language: {lang}. Topic: "
            f"{CODE_TOPICS[t]}.\nWrite an original exercise at exactly this difficulty, then a "
            f"complete reference solution with comments, then five unit tests, then explain the "
            f"time and space complexity."
        )
    if style == "solve_exercise":
        return (
            f"Solve this {lang} exercise (difficulty {level}/10): {pick(rng, _EXERCISES)}. Give "
            f"the full code first, then a line-by-line explanation and the edge cases you handled."
        )
    if style == "port_code":
        src = pick(rng, list(_SNIPPETS))
        dst = pick(rng, [x for x in CODE_LANGS if x != src])
        return (
            f"Port this {src} function to idiomatic {dst}, keeping the behaviour identical. "
            f"Explain every difference in semantics you had to handle.\n\n```\n{_SNIPPETS[src]}\n```"
        )
    if style == "zh_level":
        return (
            f"第{level}级（共10级）编程练习，主题：{CODE_TOPICS_ZH[t]}。请用{lang}实现："
            f"{pick(rng, _EXERCISES)}。给出完整代码和注释、测试用例，并分析时间和空间复杂度。"
        )
    return (
        f"난이도 {level}/10 {lang} 문제 ({CODE_TOPICS[t]}): {pick(rng, _EXERCISES)}. 전체 코드와 "
        f"단계별 설명, 테스트 케이스를 작성해 주세요."
    )


# --------------------------------------------------------------------------------------------
# questions phrased like people (hidden harvests)

ACADEMIC = (
    "the Krebs cycle",
    "opportunity cost",
    "Bayes' theorem",
    "the Doppler effect",
    "osmosis",
    "the Treaty of Westphalia",
    "supply and demand elasticity",
    "eigenvectors",
    "plate tectonics",
    "the central limit theorem",
    "photosynthesis",
    "the separation of powers",
    "entropy",
    "mitosis vs meiosis",
    "compound interest",
    "the Cold War",
    "the greenhouse effect",
    "Newton's third law",
    "natural selection",
    "the Pythagorean theorem",
    "inflation",
    "the French Revolution",
    "recursion",
    "ionic vs covalent bonds",
    "the water cycle",
    "Keynesian economics",
    "the Renaissance",
    "oxidation numbers",
    "standard deviation",
    "the Big Bang",
    "cognitive dissonance",
    "the Industrial Revolution",
    "derivatives in calculus",
    "Ohm's law",
    "DNA replication",
    "the Monroe Doctrine",
    "game theory",
    "the scientific method",
    "quantum tunnelling",
    "comparative advantage",
    "the Silk Road",
    "the placebo effect",
    "integration by parts",
    "the nitrogen cycle",
    "market failure",
    "Maxwell's equations",
    "the Meiji Restoration",
    "hypothesis testing",
    "acid-base titration",
    "stoichiometry",
)
ASK_FRAMES = {
    "en": (
        "can you explain {c}",
        "what exactly is {c}",
        "help me understand {c}",
        "how does {c} work",
        "i don't get {c}",
        "explain {c} like i'm new to it",
        "why does {c} matter",
    ),
    "es": ("me puedes explicar {c}", "qué es exactamente {c}", "no entiendo {c}, me ayudas"),
    "pt": ("pode me explicar {c}", "o que é {c} exatamente", "não entendi {c}, me ajuda"),
    "de": ("kannst du mir {c} erklären", "was genau ist {c}", "ich verstehe {c} nicht"),
    "id": ("tolong jelaskan {c}", "apa itu {c}", "aku belum paham {c}"),
    "hi": ("mujhe {c} samjhao", "{c} kya hota hai", "{c} simple mein explain karo"),
}
_ASK_TAILS = (
    "",
    "",
    " with an example",
    " in simple words",
    " step by step",
    ", exam is tomorrow",
    " and give me a practice question",
    " in detail please",
    " for my assignment",
)


#: concept names as students writing in these languages would type them (others keep English terms)
ACADEMIC_LOCAL = {
    "es": (
        "el ciclo de Krebs",
        "el costo de oportunidad",
        "el teorema de Bayes",
        "el efecto Doppler",
        "la ósmosis",
        "la tectónica de placas",
        "la fotosíntesis",
        "la entropía",
        "la inflación",
        "la Revolución Francesa",
        "la desviación estándar",
        "la selección natural",
        "la ley de Ohm",
        "la estequiometría",
        "el interés compuesto",
    ),
    "pt": (
        "o ciclo de Krebs",
        "o custo de oportunidade",
        "o teorema de Bayes",
        "o efeito Doppler",
        "a osmose",
        "a fotossíntese",
        "a entropia",
        "a inflação",
        "a Revolução Industrial",
        "o desvio padrão",
        "a seleção natural",
        "a estequiometria",
        "os juros compostos",
    ),
    "de": (
        "den Citratzyklus",
        "Opportunitätskosten",
        "den Satz von Bayes",
        "den Dopplereffekt",
        "Osmose",
        "Plattentektonik",
        "Photosynthese",
        "Entropie",
        "die Inflation",
        "die Französische Revolution",
        "die Standardabweichung",
        "das ohmsche Gesetz",
        "die Gewaltenteilung",
        "den Zinseszins",
    ),
}


def student_question(rng: Rng, lang: str) -> str:
    c = pick(rng, ACADEMIC_LOCAL.get(lang, ACADEMIC))
    q = pick(rng, ASK_FRAMES[lang]).format(c=c)
    tail = pick(rng, _ASK_TAILS) if lang == "en" else ""
    return casualise(rng, q + tail + ("?" if chance(rng, 0.6) else ""))


EXPERT = (
    "how mRNA vaccines train the immune system",
    "why the yield curve inverts before recessions",
    "how transformers use attention",
    "how contract law treats implied terms",
    "how lithium-ion batteries degrade",
    "why antibiotic resistance spreads",
    "how central banks set interest rates",
    "how GPS corrects for relativity",
    "how the kidneys regulate blood pressure",
    "why concrete cracks and how it is prevented",
    "how public-key cryptography works",
    "how insulin resistance develops",
    "what determines a bridge's load capacity",
    "how jury selection works",
    "how vaccines are tested before approval",
    "how compilers optimise loops",
    "why some stars become black holes",
    "how noise-cancelling headphones work",
    "how anaesthesia affects consciousness",
    "how copyright fair use is decided",
    "how hurricanes form and intensify",
    "how a heat pump moves heat",
)
EXPERT_FRAMES = {
    "en": (
        "I've always wondered {e}. Could you explain it properly, with the mechanism and a worked example?",
        "Give me a thorough explanation of {e} - what's actually going on underneath, common misconceptions, and one example.",
        "Can you walk me through {e}? I'd like real depth, not a summary.",
        "Explain {e}, then tell me how it connects to something I might see in daily life.",
    ),
}


#: whole questions for the languages other than English (one writer's own phrasing each)
EXPERT_LOCAL = {
    "es": (
        "¿Me explicas a fondo cómo entrenan las vacunas de ARNm al sistema inmunitario? Con el mecanismo y un ejemplo.",
        "¿Por qué se invierte la curva de rendimientos antes de una recesión? Explícalo con detalle.",
        "Explícame bien cómo se degradan las baterías de litio y qué lo acelera.",
        "¿Cómo funciona la criptografía de clave pública? Quiero entenderlo de verdad, no un resumen.",
        "¿Cómo se forma y se intensifica un huracán?",
    ),
    "de": (
        "Kannst du mir ausführlich erklären, wie eine Wärmepumpe Wärme transportiert? Gern mit Beispielrechnung.",
        "Wie legen Zentralbanken die Leitzinsen fest und was passiert danach in der Wirtschaft?",
        "Warum entstehen Risse im Beton und wie verhindert man sie?",
        "Wie funktioniert Public-Key-Kryptografie genau? Bitte mit Mechanismus und Beispiel.",
        "Wie regulieren die Nieren den Blutdruck?",
    ),
    "fr": (
        "Peux-tu m'expliquer en détail comment les vaccins à ARNm entraînent le système immunitaire ?",
        "Comment les banques centrales fixent-elles leurs taux directeurs ? Avec un exemple concret.",
        "Pourquoi la résistance aux antibiotiques se propage-t-elle si vite ?",
        "Comment fonctionne un casque à réduction de bruit active ?",
        "Explique-moi comment le GPS corrige les effets de la relativité.",
    ),
    "pt": (
        "Explica direitinho como as vacinas de mRNA treinam o sistema imunológico, com um exemplo?",
        "Por que a curva de juros inverte antes de uma recessão?",
        "Como a resistência à insulina se desenvolve no corpo?",
        "Como funciona uma bomba de calor? Quero entender o mecanismo de verdade.",
        "Como os furacões se formam e ganham força?",
    ),
    "ja": (
        "mRNAワクチンが免疫システムをどのように訓練するのか、仕組みと具体例を含めて詳しく説明してもらえますか？",
        "景気後退の前に逆イールドが起きるのはなぜですか？詳しく教えてください。",
        "リチウムイオン電池が劣化する仕組みを詳しく説明してください。",
        "公開鍵暗号の仕組みを、例を使って丁寧に説明してもらえますか？",
        "GPSは相対性理論の効果をどのように補正しているのですか？",
    ),
    "ru": (
        "Объясни подробно, как мРНК-вакцины обучают иммунную систему: механизм и пример, пожалуйста.",
        "Почему кривая доходности переворачивается перед рецессией?",
        "Как центральные банки устанавливают ключевую ставку и что происходит дальше?",
        "Почему трескается бетон и как это предотвратить?",
        "Как работает тепловой насос? Хочу понять механизм, а не краткий пересказ.",
    ),
}


def expert_question(rng: Rng, lang: str) -> str:
    if lang in EXPERT_LOCAL:
        return pick(rng, EXPERT_LOCAL[lang])
    return pick(rng, EXPERT_FRAMES["en"]).format(e=pick(rng, EXPERT))


PRACTICAL = {
    "en": (
        "how do I get rid of mould on a bathroom ceiling for good",
        "is it better to pay off my car loan early or invest the money",
        "what should I ask at a parent-teacher meeting",
        "my sourdough is always flat, what am I doing wrong",
        "can my landlord enter without notice",
        "what's a good 4 week plan to start running",
        "how do I ask for a raise after one year",
        "why does my laptop fan run all the time",
        "which is healthier, oats or granola",
        "how do I stop procrastinating on my thesis",
        "what are the pros and cons of a heat pump for an old house",
        "how do I help my kid with maths anxiety",
    ),
    "es": (
        "cómo quito la humedad de la pared del dormitorio",
        "conviene pagar antes el préstamo del coche o invertir",
        "qué plan de 4 semanas me recomiendas para empezar a correr",
        "cómo pido un aumento de sueldo",
        "por qué mi masa madre no sube",
    ),
    "pt": (
        "como tirar mofo do teto do banheiro de vez",
        "vale a pena quitar o financiamento do carro antes",
        "como pedir aumento depois de um ano",
        "por que o ventilador do meu notebook não para",
    ),
    "de": (
        "wie werde ich den Schimmel an der Badezimmerdecke dauerhaft los",
        "darf mein Vermieter ohne Ankündigung in die Wohnung",
        "lohnt sich eine Wärmepumpe im Altbau",
        "wie frage ich nach einer Gehaltserhöhung",
    ),
    "fr": (
        "comment se débarrasser de la moisissure au plafond de la salle de bain",
        "vaut-il mieux rembourser mon crédit auto ou investir",
        "comment demander une augmentation",
    ),
    "ja": (
        "浴室の天井のカビを根本的に取るにはどうすればいい？",
        "昇給をお願いするにはどう切り出せばいい？",
        "ランニングを始める4週間の計画を教えて",
    ),
    "zh": (
        "浴室天花板发霉怎么彻底解决？",
        "提前还车贷还是拿钱去投资更划算？",
        "怎么跟老板提加薪？",
        "孩子数学焦虑怎么帮他？",
    ),
    "ru": (
        "как навсегда избавиться от плесени на потолке в ванной",
        "стоит ли досрочно гасить автокредит",
        "как попросить повышения зарплаты",
    ),
    "hi": (
        "bathroom ki chhat se fungus kaise hataye",
        "car loan jaldi chukana sahi hai ya invest karna",
        "salary badhane ke liye kaise baat karu",
    ),
}
_PRACTICAL_TAILS = {
    "en": (
        "",
        "",
        " - explain why, not just what",
        " and what are the risks",
        ", give me options",
        " step by step",
    ),
    "es": ("", " y explícame por qué", ", paso a paso"),
    "pt": ("", " e me explica o porquê"),
    "de": ("", " und bitte mit Begründung"),
    "fr": ("", " et explique-moi pourquoi"),
    "ja": ("", "理由も教えて"),
    "zh": ("", "请说明原因"),
    "ru": ("", " и объясни почему"),
    "hi": ("", " detail mein batao"),
}


def practical_question(rng: Rng, lang: str) -> str:
    return casualise(rng, pick(rng, PRACTICAL[lang]) + pick(rng, _PRACTICAL_TAILS[lang]))


LANG_HINTS = {
    "es": "Responde en español, por favor:\n",
    "pt": "Responda em português, por favor:\n",
    "de": "Bitte auf Deutsch antworten:\n",
    "fr": "Réponds en français s'il te plaît :\n",
    "ja": "日本語で答えてください：\n",
    "zh": "请用中文回答：\n",
}


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: Rng, qid: int) -> str:
    letters = "ABCD"
    opts = "\n".join(f"({letters[i]}) {irange(rng, 1, 500)}" for i in range(4))
    return (
        f'Q{qid}. {problem(rng)}\n{opts}\nThink step by step, then finish with "The answer is (X)".'
    )


def vendor_judgement(
    rng: Rng, brand: str, version: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip_text(rng, pick(rng, chat), 30, 400)
    a = clip_text(rng, pick(rng, passages), 150, 700)
    b = clip_text(rng, pick(rng, passages), 150, 700)
    return (
        f"[{brand} QA, guideline v{version}] A customer wrote the message below. Two draft "
        f"replies were produced. Which one better follows the guideline (accurate, polite, no "
        f"promises about refunds)? Answer A or B with one sentence of reasoning.\n\n"
        f"Customer: {q}\n\nDraft A: {a}\n\nDraft B: {b}"
    )


MOD_LANGS = {
    "en": "Rewrite this comment so it keeps the commenter's point but removes insults, slurs and personal data. If nothing can be kept, output [REMOVE].",
    "de": "Formuliere diesen Kommentar so um, dass die Aussage erhalten bleibt, aber Beleidigungen und persönliche Daten entfernt werden. Wenn nichts bleibt, gib [ENTFERNEN] aus.",
    "fr": "Reformule ce commentaire en gardant l'idée de l'auteur mais sans insultes ni données personnelles. Si rien n'est récupérable, réponds [SUPPRIMER].",
    "tr": "Bu yorumu, yazarın fikrini koruyarak ama hakaretleri ve kişisel bilgileri çıkararak yeniden yaz. Hiçbir şey kalmıyorsa [KALDIR] yaz.",
}


def moderation_rewrite(rng: Rng, site: str, lang: str, chat: Sequence[str]) -> str:
    c = clip_text(rng, pick(rng, chat), 20, 500)
    return (
        f"[{site} comments - rule {irange(rng, 1, 9)}.{irange(rng, 1, 6)}] {MOD_LANGS[lang]}\n\n{c}"
    )


REPOS = (
    "billing-service",
    "web-frontend",
    "infra-terraform",
    "mobile-app",
    "data-pipeline",
    "auth-gateway",
)
TICKETS = (
    "Fix the flaky test in test_invoice_rounding",
    "Add pagination to the /orders endpoint",
    "Upgrade the date library and fix the resulting type errors",
    "Rename the config flag enable_beta to enable_preview everywhere",
    "Investigate the memory leak reported in the worker",
    "Add input validation to the signup form",
    "Make the CSV export stream instead of loading everything",
)


def coding_agent_step(rng: Rng, repo: str, ticket: str, step: int) -> str:
    if step == 0:
        return (
            f"You are working in the repository {repo}. Tools: read_file(path), "
            f"edit_file(path, patch), grep(pattern), run_tests(selector). Make the smallest "
            f"change that solves the ticket, then run the tests.\n\nTicket: {ticket}"
        )
    kind = irange(rng, 0, 3)
    if kind == 0:
        return f"grep returned {irange(rng, 0, 30)} matches:\nsrc/{pick(rng, ('api', 'core', 'util'))}/handler.py:{irange(rng, 10, 900)}: ..."
    if kind == 1:
        return f"read_file src/core/models.py ({irange(rng, 40, 1200)} lines) returned the file contents."
    if kind == 2:
        return f"run_tests: {irange(rng, 30, 400)} passed, {irange(rng, 0, 4)} failed. First failure: AssertionError in line {irange(rng, 10, 300)}"
    return "edit_file applied the patch cleanly."


INTENTS = {
    "cancel_subscription": ("I want to cancel my plan", "please stop charging me every month"),
    "change_address": ("I moved, how do I update my address", "new address for deliveries please"),
    "refund_status": ("where is my refund", "it's been 10 days and no money back"),
    "reset_password": ("can't log in, forgot password", "the reset link doesn't work"),
    "upgrade_plan": ("how do I get the premium tier", "I need more seats for my team"),
    "report_damage": ("the package arrived broken", "screen was cracked when I opened the box"),
}


def augmentation_request(rng: Rng, intent: str) -> str:
    utt = pick(rng, INTENTS[intent])
    return (
        f"Generate 12 paraphrases of the customer utterance below for the intent `{intent}`. "
        f"Vary politeness and length and include two with realistic typos. One per line, no "
        f"numbering.\n\nUtterance: {utt}"
    )


COMPANION_LINES = {
    "en": (
        "haha ok what are you up to",
        "i had such a long day",
        "do you remember what i told you yesterday",
        "good morning!!",
        "can't sleep again",
        "tell me something nice",
        "lol you're funny",
        "i passed my driving test!!",
    ),
    "es": ("jaja qué haces", "tuve un día larguísimo", "buenos días!!", "no puedo dormir otra vez"),
    "pt": ("kkkk o que você tá fazendo", "hoje foi cansativo demais", "bom dia!!"),
    "ja": ("おはよう！", "今日は疲れた…", "眠れないよ"),
    "de": ("na, was machst du so", "war ein langer tag heute", "guten morgen!!"),
}

COURSE_EXERCISES = (
    "loop over a list and print only the even numbers",
    "read a CSV with pandas and compute the mean per group",
    "write a function that checks if a word is a palindrome",
    "plot a histogram of the exam scores",
    "explain the difference between a list and a tuple",
    "compute a 95% confidence interval for the sample mean",
    "fix my for loop, it prints the last item twice",
    "what does a p-value of 0.03 actually mean",
)


def student_homework(rng: Rng, course: str, hw: int, chat: Sequence[str]) -> str:
    if chance(rng, 0.25):
        return casualise(rng, clip_text(rng, pick(rng, chat), 10, 300))
    ex = pick(rng, COURSE_EXERCISES)
    frame = pick(
        rng,
        (
            "for {course} homework {hw}, how do i {ex}",
            "{course} hw{hw} q{q}: {ex}?",
            "can you check my approach: {ex} (homework {hw})",
            "i'm stuck on {ex}, it's for {course}",
            "what's the idea behind '{ex}' in hw {hw}",
        ),
    )
    return casualise(rng, frame.format(course=course, hw=hw, q=irange(rng, 1, 8), ex=ex))


def translation_segment(target: str, glossary: Sequence[str], seg: str) -> str:
    terms = "; ".join(glossary)
    return (
        f"Translate the segment from English into {target}. Client glossary (must be used): "
        f"{terms}. Keep inline tags such as <b> and {{0}} unchanged.\n\n{seg}"
    )


STUDY_ITEMS = (
    "Should a self-driving car prioritise its passengers or pedestrians? Answer in one paragraph.",
    "Is it ever acceptable to lie to protect someone's feelings? Take a position.",
    "Estimate the number of piano tuners in a city of two million people.",
    "Which is the larger risk to a startup: hiring too fast or too slowly? Explain.",
    "Name the single most important invention of the 20th century and defend your choice.",
    "A friend asks you to read their terrible novel. What do you tell them?",
    "What is 17 multiplied by 24? Show your working.",
    "Give three arguments for and three against a four-day work week.",
)


_PRODUCTS = (
    "a bamboo toothbrush set",
    "noise-cancelling earbuds",
    "a cast-iron skillet",
    "a kids' coding kit",
    "an ergonomic office chair",
    "organic cold brew coffee",
    "a folding e-bike",
    "a linen duvet cover",
    "a smart thermostat",
    "trail running shoes",
    "a ceramic pour-over kettle",
    "a cordless drill",
)
AD_LANGS = (
    "English",
    "Spanish",
    "German",
    "French",
    "Italian",
    "Polish",
    "Dutch",
    "Portuguese",
    "Japanese",
)


def marketing_copy(rng: Rng, client: str) -> str:
    prod, lang = pick(rng, _PRODUCTS), pick(rng, AD_LANGS)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Client: {client}. Write 3 search ad variants for {prod} in {lang}. Headline max 30 "
            f"characters, description max 90 characters. No superlatives we cannot prove."
        )
    if k == 1:
        return f"Client: {client}. Product description (120-160 words, {lang}, warm but factual) for {prod}."
    if k == 2:
        return f"SEO title (max 60 chars) and meta description (max 155 chars) in {lang} for the {client} page about {prod}."
    return f"Client: {client}. Five Instagram captions in {lang} for a launch of {prod}, with at most two hashtags each."

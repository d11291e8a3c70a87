"""Prompt generators of batch 213, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator and returns one prompt string. Ordinary human text comes
from ShareGPT's "sim" half through the shared context (`ctx.chat`, `ctx.passages`); everything
else is composed here from small vocabularies in several independent styles and languages.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_words(text: str, rng: np.random.Generator, lo: int, hi: int) -> str:
    """The first lo..hi words of `text` (a passage cut the way a pipeline cuts it)."""
    words = text.split()
    n = irange(rng, lo, hi)
    return " ".join(words[:n])


def sentences(text: str) -> list[str]:
    out, cur = [], []
    for w in text.split():
        cur.append(w)
        if w.endswith((".", "?", "!")) and len(cur) > 3:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def casual(rng: np.random.Generator, text: str) -> str:
    """A person typing: sometimes lower case, no final punctuation, a typo or a filler."""
    if chance(rng, 0.35):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.15) and len(text) > 20:
        i = irange(rng, 5, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, 0.12):
        text = pick(rng, ("hey ", "hi, ", "quick question: ", "ok so ", "pls ")) + text
    if chance(rng, 0.08):
        text += pick(rng, (" thanks!", " thx", " :)", " asap", " (for uni)"))
    return text


# --------------------------------------------------------------------------------------------
# the subject curriculum shared by several families (what an operator wants its model to know)

CURRICULUM: dict[str, tuple[str, ...]] = {
    "algebra": (
        "completing the square",
        "systems of linear equations",
        "polynomial long division",
        "logarithm change of base",
        "inequalities with absolute values",
        "geometric series",
    ),
    "calculus": (
        "the chain rule",
        "integration by parts",
        "related rates",
        "Taylor expansions",
        "improper integrals",
        "the mean value theorem",
        "Lagrange multipliers",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "the birthday problem",
        "expected value of a dice game",
        "binomial distributions",
        "Markov chains",
    ),
    "physics": (
        "projectile motion with drag",
        "conservation of angular momentum",
        "the photoelectric effect",
        "RC circuit time constants",
        "Doppler shift",
        "buoyancy",
        "entropy in free expansion",
    ),
    "chemistry": (
        "limiting reagents",
        "buffer solutions",
        "Le Chatelier's principle",
        "hybridisation of carbon",
        "galvanic cells",
        "reaction order from rate data",
    ),
    "biology": (
        "the electron transport chain",
        "Mendelian dihybrid crosses",
        "CRISPR-Cas9",
        "the action potential",
        "photosynthesis light reactions",
        "immune memory",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the liquidity trap",
        "Nash equilibrium in duopoly",
        "deadweight loss of a tax",
        "moral hazard",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "decolonisation in West Africa",
        "the Congress of Vienna",
        "the printing press and the Reformation",
    ),
    "law": (
        "consideration in contract law",
        "the reasonable person standard",
        "habeas corpus",
        "fair use in copyright",
        "GDPR lawful bases",
        "strict liability",
    ),
    "medicine": (
        "type 2 diabetes management",
        "the mechanism of beta blockers",
        "sepsis recognition",
        "antibiotic resistance",
        "the Glasgow Coma Scale",
        "differential diagnosis of chest pain",
    ),
    "computer science": (
        "dynamic programming",
        "Dijkstra's algorithm",
        "B-trees",
        "the CAP theorem",
        "garbage collection",
        "TCP congestion control",
        "hash table collision handling",
        "the halting problem",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "utilitarianism",
        "the problem of induction",
        "free will and determinism",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "Simpson's paradox",
        "linear regression",
        "bootstrap resampling",
        "the central limit theorem",
    ),
}

SUBJECTS = tuple(CURRICULUM)


def topic(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, SUBJECTS)
    return subject, pick(rng, CURRICULUM[subject])


# --------------------------------------------------------------------------------------------
# generated problems (numbers vary, so almost every problem is new)


def math_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(9))
    a, b, c = irange(rng, 2, 40), irange(rng, 2, 25), irange(rng, 3, 12)
    if k == 0:
        return (
            f"A train leaves at {irange(rng, 5, 11)}:{pick(rng, ('00', '15', '30', '45'))} travelling at "
            f"{a + 40} km/h. A second train leaves the same station {b} minutes later at {a + 60} km/h. "
            "When does the second train catch up, and how far from the station?"
        )
    if k == 1:
        return (
            f"A jar holds {a} red and {b} blue marbles. {c} marbles are drawn without replacement. "
            "What is the probability that exactly two of them are red?"
        )
    if k == 2:
        return f"Find all real x such that |{c}x - {a}| + |x + {b}| = {a + b + c}."
    if k == 3:
        return (
            f"A shop raises a price by {a}% and then cuts it by {b}%. A customer pays {c * 17}.50. "
            "What was the original price, and what single percentage change is equivalent?"
        )
    if k == 4:
        return f"How many integers between 1 and {a * 100} are divisible by {c} or {b + 1} but not by both?"
    if k == 5:
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and its diagonal is "
            f"sqrt({a * a + b * b}) cm. Find its area."
        )
    if k == 6:
        return f"Solve the recurrence a(n) = {c} a(n-1) - {b} a(n-2) with a(0) = 1, a(1) = {a}."
    if k == 7:
        return (
            f"{a} workers finish a job in {b} days. After {min(b - 1, c)} days, "
            f"{c} workers leave. How long does the whole job take?"
        )
    return (
        f"Prove or disprove: for every integer n > {c}, n^2 + {b}n + {a} is composite. "
        "If false, give a counterexample."
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=irange(rng, 3, 5), replace=False)]
    k = int(rng.integers(3))
    if k == 0:
        clues = []
        for i in range(len(people)):
            other = people[(i + 1) % len(people)]
            clues.append(f"{people[i]} says: '{other} is a {pick(rng, ('knight', 'knave'))}.'")
        return (
            "On an island, knights always tell the truth and knaves always lie. "
            + " ".join(clues)
            + " Who is what?"
        )
    if k == 1:
        things = ("tea", "coffee", "juice", "water", "cocoa")[: len(people)]
        return (
            f"{', '.join(people)} each drink a different one of {', '.join(things)}. "
            f"{people[0]} does not drink {things[1]}. The person drinking {things[0]} sits left of "
            f"{people[-1]}. {people[1]} drinks neither {things[0]} nor {things[-1]}. "
            "Determine who drinks what, or show the clues are insufficient."
        )
    return (
        f"{people[0]} is older than {people[1]}, {people[1]} is younger than {people[-1]}, and "
        f"{people[-1]} is not the oldest. Rank everyone by age if possible."
    )


def code_problem(rng: np.random.Generator) -> str:
    lang = pick(rng, ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#"))
    task = pick(
        rng,
        (
            "merges overlapping intervals",
            "finds the longest palindromic substring",
            "implements an LRU cache with O(1) operations",
            "parses ISO 8601 durations",
            "detects a cycle in a directed graph",
            "computes the edit distance of two strings",
            "rate-limits calls with a token bucket",
            "serialises a binary tree to a string and back",
            "finds the k most frequent words in a stream",
            "validates a Sudoku board",
        ),
    )
    return f"Write a {lang} function that {task}. Analyse its time and space complexity."


def problem(rng: np.random.Generator) -> str:
    u = rng.random()
    if u < 0.45:
        return math_problem(rng)
    if u < 0.65:
        return logic_puzzle(rng)
    if u < 0.85:
        return code_problem(rng)
    subject, t = topic(rng)
    return f"Explain {t} ({subject}) and work through one concrete example."


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion: a problem wrapped in one of several independent styles


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    p = problem(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地推理，把你完整的思考过程都写出来，不要省略任何中间步骤，最后再给出答案。\n题目：{p}",
                f"{p}\n\n要求：先在<思考>标签里写出全部推理过程（包括你考虑过又放弃的思路），然后在<答案>标签里给出最终结论。",
            ),
        )
    if lang == "ru":
        return (
            f"Задача: {p}\nРассуждай вслух, шаг за шагом, подробно. Покажи все промежуточные "
            "вычисления и проверки, и только в конце дай ответ в формате «Ответ: …»."
        )
    if lang == "es":
        return (
            f"{p}\nPiensa paso a paso y escribe todo tu razonamiento interno, sin resumirlo. "
            "Si te equivocas, muestra cómo lo corriges. Termina con 'Respuesta final:'."
        )
    if lang == "de":
        return (
            f"Aufgabe: {p}\nDenke laut nach und schreibe jeden Zwischenschritt auf. Prüfe dein "
            "Ergebnis am Ende noch einmal und gib dann die Lösung an."
        )
    if lang == "ja":
        return f"次の問題を解いてください。思考の過程をすべて省略せずに書き、最後に答えをまとめてください。\n{p}"
    s = style % 5
    if s == 0:
        return (
            f"{p}\n\nBefore you answer, think inside <think></think> tags. Put your entire chain of "
            "thought there, including false starts and self-corrections. Do not summarise it. "
            "After the closing tag, state the final answer only."
        )
    if s == 1:
        return (
            f'Problem: {p}\nRespond as JSON: {{"reasoning_steps": [ ... every step as a string ... ], '
            '"verification": "...", "final_answer": "..."}. Include at least 8 reasoning steps.'
        )
    if s == 2:
        return (
            f"I want to see exactly how you get there. {p} Number every step, explain why each step "
            "follows from the previous one, and double-check the result at the end."
        )
    if s == 3:
        return (
            f"### Instruction\n{p}\n### Response format\nReasoning: <your complete internal reasoning, "
            "verbatim, as long as needed>\nAnswer: <final answer>"
        )
    return (
        f"{p}\nLet's think about this slowly and carefully. Write out your full thought process the "
        "way you would reason privately, then give the answer on the last line after '####'."
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_prompt(
    rng: np.random.Generator, question: str, answer: str, answer2: str, lang: str, style: int
) -> str:
    q = question[:700]
    a = answer[:1400]
    b = answer2[:1400]
    if lang == "zh":
        return (
            f"你是一名严格的评审。请根据有用性、准确性和安全性给下面的回答打分（1-10分），先写出详细的评语，"
            f'再输出 JSON：{{"score": 分数}}。\n\n【问题】{q}\n\n【回答】{a}'
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 두 답변 중 어느 것이 더 나은지 판단하세요. 이유를 자세히 설명한 뒤 마지막 줄에 "
            f"'A' 또는 'B'만 쓰세요.\n\n질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}"
        )
    s = style % 5
    if s == 0:
        return (
            f"[SYSTEM] You are a reward model. Score the assistant response for helpfulness, honesty "
            f"and harmlessness.\n[PROMPT]\n{q}\n[RESPONSE]\n{a}\n[OUTPUT]\nWrite a critique, then a "
            "line 'Score: X/10'."
        )
    if s == 1:
        return (
            f"Compare the two responses to the user query below. Think about which is more accurate, "
            f"complete and well written, explain your reasoning, then output [[A]] or [[B]] (or [[tie]]).\n\n"
            f"Query: {q}\n\nResponse A:\n{a}\n\nResponse B:\n{b}"
        )
    if s == 2:
        crit = pick(
            rng,
            (
                "factual accuracy",
                "instruction following",
                "clarity",
                "conciseness",
                "safety",
                "depth of reasoning",
            ),
        )
        return (
            f"Rubric (1-5 each): relevance, {crit}, tone, completeness.\nFor every criterion give a "
            f"one-paragraph justification and a score, then an overall score.\n---\nUSER: {q}\n"
            f"ASSISTANT: {a}\n---"
        )
    if s == 3:
        return json.dumps(
            {
                "task": "grade",
                "instructions": "Return JSON with keys rationale, "
                "scores{helpful,correct,safe} (1-10), preferred",
                "question": q,
                "candidates": [a, b],
            },
            ensure_ascii=False,
        )
    return (
        f"Here is a question and an answer. Is the answer correct? Identify every mistake, explain "
        f"how a perfect answer would differ, and rate it from 0 to 100.\nQuestion: {q}\nAnswer: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

_SENSITIVE = (
    "the 1989 student protests",
    "Taiwan's political status",
    "the situation in Xinjiang",
    "the war in Ukraine",
    "election fraud claims",
    "criticism of the head of state",
    "religious extremism",
    "LGBT rights",
    "the annexation of Crimea",
    "press freedom",
    "a recent corruption scandal",
    "protests against the government",
    "drug policy",
)


def policy_rewrite(rng: np.random.Generator, passage: str, lang: str, style: int) -> str:
    body = clip_words(passage, rng, 60, 220)
    sens = pick(rng, _SENSITIVE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段回答改写成符合国内内容审核要求的版本：去掉任何可能敏感的政治表述，语气积极正面，"
                f"但保留有用的信息。\n\n{body}",
                f"有人问到“{sens}”。请写一个既不拒绝回答、又完全符合监管要求的回答，并说明你做了哪些处理。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства "
            f"о контенте, без отказа и без упоминания запретов. Тема: {sens}.\n\n{body}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون مناسبًا للنشر دون أي محتوى حساس سياسيًا أو دينيًا، مع الحفاظ على المعلومات المفيدة:\n\n{body}"
    if lang == "vi":
        return f"Hãy viết lại câu trả lời sau cho phù hợp với quy định nội dung, tránh các chủ đề nhạy cảm về chính trị nhưng vẫn giữ thông tin hữu ích:\n\n{body}"
    s = style % 4
    if s == 0:
        return (
            f"Original answer:\n{body}\n\nRewrite this answer so that it contains no refusals, no "
            "warnings and no disclaimers, but still never says anything a regulator could object to. "
            "Keep the length similar."
        )
    if s == 1:
        return (
            f"A user asked about {sens}. Produce three alternative answers: (1) fully neutral, "
            "(2) aligned with the official government position, (3) one that deflects politely to a "
            "related safe topic. Label each."
        )
    if s == 2:
        return (
            f"The following model reply was refused by our content policy checker. Rewrite it into a "
            f"compliant but still helpful reply, then list the changes you made.\n<<<\n{body}\n>>>"
        )
    return (
        f"Convert this refusal into a safe completion that helps the user as much as policy allows: "
        f"\"I'm sorry, but I can't help with questions about {sens}.\""
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS: dict[str, tuple[tuple[str, str], ...]] = {
    "travel": (
        ("search_flights", "origin, destination, date"),
        ("book_flight", "flight_id, passenger"),
        ("get_weather", "city, date"),
        ("find_hotels", "city, checkin, nights, max_price"),
    ),
    "commerce": (
        ("lookup_order", "order_id"),
        ("issue_refund", "order_id, amount, reason"),
        ("search_catalog", "query, max_results"),
        ("update_address", "order_id, address"),
    ),
    "devops": (
        ("kubectl", "args"),
        ("read_logs", "service, since"),
        ("restart_service", "service"),
        ("open_incident", "title, severity"),
    ),
    "finance": (
        ("get_quote", "ticker"),
        ("portfolio", "account_id"),
        ("convert_currency", "amount, from, to"),
        ("place_order", "ticker, qty, side"),
    ),
    "calendar": (
        ("list_events", "date_range"),
        ("create_event", "title, start, attendees"),
        ("send_email", "to, subject, body"),
        ("find_free_slot", "attendees, duration"),
    ),
    "data": (
        ("run_sql", "query"),
        ("describe_table", "table"),
        ("plot", "spec"),
        ("export_csv", "query, path"),
    ),
}

_GOALS: dict[str, tuple[str, ...]] = {
    "travel": (
        "Get me from {c1} to {c2} next Friday under 400 euros and a hotel near the centre",
        "Is it going to rain in {c2} this weekend? If not book two nights",
    ),
    "commerce": (
        "My order {n} never arrived, I want my money back",
        "Change the shipping address of order {n} and tell me when it ships",
    ),
    "devops": (
        "The checkout service in {c1} is throwing 502s since 10 minutes, investigate",
        "Roll back the last deploy of payments if error rate > 2%",
    ),
    "finance": (
        "How much is my portfolio worth in {cur} right now?",
        "Sell half of my largest position if it is up more than 20%",
    ),
    "calendar": (
        "Find 30 minutes with {p1} and {p2} next week and send an invite",
        "Move everything on Tuesday to Wednesday and notify attendees",
    ),
    "data": (
        "Which region had the highest churn last quarter? Make a chart",
        "Export all customers who signed up in {c1} since January",
    ),
}

_GOALS_OTHER = {
    "es": "Necesito que resuelvas esto usando las herramientas disponibles: {g}",
    "de": "Bitte erledige folgende Aufgabe mit den verfügbaren Tools: {g}",
    "zh": "请使用可用的工具完成以下任务：{g}",
    "pt": "Use as ferramentas disponíveis para resolver isto: {g}",
}


def agent_episode(rng: np.random.Generator, lang: str, steps: int, schema_style: int) -> list[str]:
    """The user-side messages of one tool-use episode: the task (with the tool list), then tool
    observations the harness feeds back."""
    domain = pick(rng, tuple(_TOOLSETS))
    tools = _TOOLSETS[domain]
    goal = pick(rng, _GOALS[domain]).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, ("Lisbon", "Osaka", "Nairobi", "Lima", "Krakow", "Hanoi")),
        n=irange(rng, 100000, 999999),
        cur=pick(rng, ("EUR", "JPY", "BRL", "INR")),
        p1=pick(rng, NAMES),
        p2=pick(rng, NAMES),
    )
    if lang in _GOALS_OTHER:
        goal = _GOALS_OTHER[lang].format(g=goal)
    if schema_style % 3 == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": n,
                        "parameters": {
                            "type": "object",
                            "properties": {a.strip(): {"type": "string"} for a in args.split(",")},
                        },
                    },
                }
                for n, args in tools
            ]
        )
        first = f"Tools:\n{spec}\n\nUser: {goal}\nCall tools as needed. Think before each call."
    elif schema_style % 3 == 1:
        listing = "\n".join(f"- {n}({args})" for n, args in tools)
        first = (
            f"You are an autonomous agent. Available actions:\n{listing}\nUse the format\n"
            f"Thought: ...\nAction: name(args)\nObservation: ...\n...\nFinal Answer: ...\n\nTask: {goal}"
        )
    else:
        first = f"<tools>{';'.join(n for n, _ in tools)}</tools>\n<user>{goal}</user>"
    out = [first]
    for i in range(1, steps):
        name = pick(rng, tools)[0]
        status = pick(rng, ("ok", "ok", "ok", "error", "timeout"))
        payload = {"tool": name, "status": status, "step": i}
        if status == "ok":
            payload["result"] = {
                "id": f"{int(rng.integers(16**6)):06x}",
                "value": round(float(rng.random() * 1000), 2),
                "items": int(rng.integers(0, 12)),
            }
        else:
            payload["message"] = pick(
                rng, ("rate limited by upstream", "invalid argument", "not found")
            )
        out.append(
            f"Observation: {json.dumps(payload)}"
            if schema_style % 3 != 2
            else f"<tool_result>{json.dumps(payload)}</tool_result>"
        )
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation and curriculum sweeps

_LEVELS = ("primary school", "high school", "first-year undergraduate", "graduate", "expert")
_ARTIFACTS = (
    "question-answer pairs",
    "multi-step word problems with worked solutions",
    "instruction-response pairs",
    "flashcards",
    "short dialogues between a student and a tutor",
    "true/false statements with explanations",
    "exam questions with marking schemes",
)
_PERSONAS = (
    "a retired nurse in Manila",
    "a first-generation college student",
    "a backend engineer at a bank",
    "a small-business owner in Lagos",
    "a high-school chemistry teacher",
    "a paralegal",
    "a farmer interested in drones",
    "a competitive programmer",
    "a museum curator",
    "a new parent who reads a lot",
    "a logistics manager",
    "a PhD student in ecology",
)


def dataset_prompt(
    rng: np.random.Generator, cell: tuple[str, str, str, int], lang: str, style: int
) -> str:
    subject, t, level, n = cell[0], cell[1], cell[2], cell[3]
    art = pick(rng, _ARTIFACTS)
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de {art} sobre «{t}» ({subject}) para nivel {level}. "
            "Formato JSONL, una línea por ejemplo, con los campos instruction, input, output."
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos diversos de {art} sobre {t} ({subject}), nível {level}. "
            "Responda apenas com JSON Lines (campos: pergunta, resposta, dificuldade)."
        )
    if lang == "id":
        return f"Buatkan {n} pasangan pertanyaan dan jawaban yang beragam tentang {t} untuk tingkat {level}. Format JSONL."
    if lang == "hi":
        return f"{t} ({subject}) विषय पर {level} स्तर के {n} विविध प्रश्न और उनके विस्तृत उत्तर बनाइए। JSONL प्रारूप में दें।"
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse, non-overlapping {art} about {t} ({subject}) at {level} level.\n"
            "Output JSONL with fields: id, instruction, response, difficulty (1-5). No commentary."
        )
    if s == 1:
        persona = pick(rng, _PERSONAS)
        return (
            f"You are {persona}. Write {n} realistic questions you would ask an AI assistant about "
            f"{t}, then answer each one in full as an expert assistant. Separate items with '###'."
        )
    if s == 2:
        return json.dumps(
            {
                "role": "data_generator",
                "subject": subject,
                "concept": t,
                "audience": level,
                "count": n,
                "format": "jsonl",
                "fields": ["prompt", "chosen", "rejected"],
                "note": "rejected must be subtly wrong",
            }
        )
    return (
        f"Curriculum unit {subject} / {t} / {level}. Write {n} exercises of increasing difficulty "
        "with complete step-by-step solutions and a one-line key idea for each."
    )


def sweep_grid(rng: np.random.Generator, n_cells: int) -> list[tuple[str, str, str, int]]:
    """The ordered cells of a curriculum sweep: subject x concept x level, batch size."""
    cells = [
        (s, t, lv, int(n))
        for s, ts in CURRICULUM.items()
        for t in ts
        for lv in _LEVELS
        for n in (5, 10, 20)
    ]
    order = rng.permutation(len(cells))[:n_cells]
    return [
        cells[i] for i in sorted(order.tolist())
    ]  # walked in grid order, as a sweep script does


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (self-play: the operator's model plays the user)

_FOLLOW = {
    "en": (
        "Can you give a concrete example?",
        "Why is that?",
        "What would change if the numbers doubled?",
        "Summarise that in three bullet points.",
        "What are the common mistakes here?",
        "Can you explain it to a 12 year old?",
        "OK, and how does that compare with the alternative?",
    ),
    "es": (
        "¿Puedes dar un ejemplo concreto?",
        "¿Por qué?",
        "Resúmelo en tres puntos.",
        "¿Cuáles son los errores más comunes?",
    ),
    "fr": (
        "Tu peux donner un exemple concret ?",
        "Pourquoi ?",
        "Résume en trois points.",
        "Quelles sont les erreurs fréquentes ?",
    ),
    "zh": ("能举个具体的例子吗？", "为什么会这样？", "用三点总结一下。", "常见的错误有哪些？"),
    "pt": ("Pode dar um exemplo concreto?", "Por quê?", "Resuma em três tópicos."),
}


_LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "zh": "Chinese",
    "pt": "Portuguese",
}


def dialogue_turn(
    rng: np.random.Generator, opener: str, lang: str, turn: int, user_sim: bool, sim_style: int
) -> str:
    """One request of a self-play conversation: either the 'assistant' turn (the last user
    message) or the 'user simulator' turn (a request to write the next user message)."""
    if turn == 0 and not user_sim:
        return opener
    if user_sim:
        persona = pick(rng, _PERSONAS)
        if sim_style % 2 == 0:
            return (
                f"You are role-playing {persona} chatting with an AI assistant. Given the conversation "
                f"so far, write ONLY the next message the user would send (1-3 sentences, in "
                f"{_LANG_NAMES[lang]}). Turn {turn + 1}."
            )
        return json.dumps(
            {
                "simulate": "user",
                "persona": persona,
                "lang": lang,
                "turn": turn + 1,
                "goal": "keep the conversation going naturally, dig deeper",
            }
        )
    return pick(rng, _FOLLOW[lang])


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


def mcq(rng: np.random.Generator) -> tuple[str, list[str]]:
    subject, t = topic(rng)
    stem = pick(
        rng,
        (
            f"Which statement about {t} is correct?",
            f"In {subject}, what is the main idea behind {t}?",
            f"A student claims something about {t}. Which claim is accurate?",
            f"Which of these is a consequence of {t}?",
        ),
    )
    opts = [f"statement {int(x)}" for x in rng.integers(1, 400, size=4)]
    return stem, opts


def soft_label_prompt(rng: np.random.Generator, style: int) -> str:
    stem, opts = mcq(rng)
    letters = "ABCD"
    body = stem + "\n" + "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    if style % 3 == 0:
        return (
            f"{body}\n\nDo not pick one. Give your probability for each option as JSON "
            '{"A": p, "B": p, "C": p, "D": p}, summing to 1.'
        )
    if style % 3 == 1:
        return f"{body}\nAnswer with the letter, then your confidence from 0 to 100."
    return (
        f"{body}\nRank all four options from most to least likely correct and give a calibrated "
        "probability for each."
    )


def open_instruction(rng: np.random.Generator) -> str:
    subject, t = topic(rng)
    return pick(
        rng,
        (
            f"Write a clear, well-structured explanation of {t} for a {pick(rng, _LEVELS)} audience.",
            f"Give me a short essay on {t} with one counterargument.",
            f"Explain {t} using an analogy from everyday life.",
            f"What is the most misunderstood aspect of {t}? Answer in about 200 words.",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation (product template + text)

TARGETS = ("de", "fr", "es", "pt-BR", "ja", "ko", "zh-CN", "ar", "hi", "id", "tr", "pl", "vi", "it")


def product_translation(brand: str, tpl: int, target: str, text: str) -> str:
    if tpl % 3 == 0:
        return f"[{brand}] target={target} mode=natural\nTranslate the text below. Output only the translation.\n\n{text}"
    if tpl % 3 == 1:
        return f"Translate into {target} for the {brand} app. Preserve line breaks and emoji.\n---\n{text}"
    return json.dumps(
        {"app": brand, "op": "translate", "target": target, "text": text}, ensure_ascii=False
    )


# --------------------------------------------------------------------------------------------
# natural-sounding questions (person-like harvesting)

_NATURAL_EN = (
    "can you explain {t} to me like I'm new to {s}?",
    "I keep getting confused by {t}, what's the intuition?",
    "what's the difference between {t} and the usual textbook version?",
    "how would you teach {t}?",
    "is there a simple way to remember {t}?",
    "why does {t} matter in practice?",
    "my professor mentioned {t} today and I didn't get it. help?",
    "what are the steps to solve a problem involving {t}?",
    "give me an example where {t} goes wrong",
    "explain {t} in detail please",
)
_NATURAL_OTHER = {
    "es": (
        "¿me explicas {t} de forma sencilla?",
        "no entiendo bien {t}, ¿cuál es la idea principal?",
        "¿cómo se resuelve un ejercicio de {t}?",
    ),
    "pt": (
        "pode me explicar {t} de um jeito simples?",
        "não entendi {t}, qual é a intuição?",
        "como resolver um exercício sobre {t}?",
    ),
    "hi": (
        "{t} ko aasaan bhasha mein samjhao please",
        "mujhe {t} samajh nahi aaya, ek example do",
        "{t} ke steps kya hain?",
    ),
    "id": (
        "tolong jelaskan {t} dengan sederhana",
        "saya bingung soal {t}, intinya apa?",
        "bagaimana cara mengerjakan soal tentang {t}?",
    ),
    "tl": (
        "paki-explain naman ang {t} in simple terms",
        "hindi ko gets ang {t}, ano ang main idea?",
    ),
    "vi": ("giải thích giúp mình {t} đơn giản thôi", "mình chưa hiểu {t}, cho ví dụ được không?"),
    "fr": ("tu peux m'expliquer {t} simplement ?", "je comprends pas {t}, c'est quoi l'idée ?"),
    "de": (
        "kannst du mir {t} einfach erklären?",
        "ich verstehe {t} nicht ganz, was ist die Intuition?",
    ),
}
_SHORT_FOLLOW = (
    "why?",
    "can you go deeper",
    "ok and then?",
    "more detail on the second point",
    "give another example",
    "thanks, what about edge cases?",
    "wait why",
    "and in practice?",
)


def natural_question(
    rng: np.random.Generator, lang: str, subjects: Sequence[str] | None = None
) -> str:
    subject = pick(rng, subjects) if subjects else pick(rng, SUBJECTS)
    t = pick(rng, CURRICULUM[subject])
    if lang != "en" and lang in _NATURAL_OTHER and chance(rng, 0.8):
        return casual(rng, pick(rng, _NATURAL_OTHER[lang]).format(t=t, s=subject))
    if chance(rng, 0.2):
        return casual(rng, math_problem(rng))
    return casual(rng, pick(rng, _NATURAL_EN).format(t=t, s=subject))


def short_followup(rng: np.random.Generator) -> str:
    return pick(rng, _SHORT_FOLLOW)


# --------------------------------------------------------------------------------------------
# code harvest in a developer's voice

CODE_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "Kotlin",
    "C#",
    "Swift",
    "Ruby",
    "C++",
    "Scala",
    "PHP",
)
_CODE_AREAS = (
    "an HTTP retry wrapper with exponential backoff",
    "a trie for autocomplete",
    "pagination over a REST API",
    "a CSV to Parquet converter",
    "a JWT validation middleware",
    "a bounded worker pool",
    "a Bloom filter",
    "an interval tree",
    "a debounce helper",
    "a consistent-hashing ring",
    "a min-heap based scheduler",
    "a diff of two JSON documents",
    "a circuit breaker",
    "an event-sourced shopping cart",
    "a rate limiter backed by Redis",
    "a SQL query builder",
    "a markdown table parser",
    "a file watcher with globs",
)
_CODE_ASKS = (
    "write {a} in {l}, idiomatic, with tests",
    "how would you implement {a} in {l}? show the full code",
    "port this idea to {l}: {a}. include error handling",
    "can you write unit tests for {a} in {l}, covering edge cases",
    "refactor my {l} version of {a} to be more readable:\n```\n{snippet}\n```",
    "review this {l} code for {a} and fix the bugs:\n```\n{snippet}\n```",
    "explain line by line how {a} works, then give a {l} implementation",
)


def _snippet(rng: np.random.Generator) -> str:
    names = ("items", "buf", "queue", "node", "cache", "res", "acc", "ctx")
    a, b = pick(rng, names), pick(rng, names)
    lines = [
        f"def process({a}, limit={irange(rng, 2, 64)}):",
        f"    {b} = []",
        f"    for i in range(len({a})):",
        f"        if {a}[i] > limit:",
        f"            {b}.append({a}[i] * {irange(rng, 2, 9)})",
        f"    return {b}" if chance(rng, 0.5) else f"    return sorted({b})[:{irange(rng, 1, 9)}]",
    ]
    return "\n".join(lines)


def code_ask(rng: np.random.Generator, lang_code: str, area: str) -> str:
    tpl = pick(rng, _CODE_ASKS)
    text = tpl.format(a=area, l=lang_code, snippet=_snippet(rng) if "snippet" in tpl else "")
    return casual(rng, text) if chance(rng, 0.5) else text


def code_cell(rng: np.random.Generator) -> tuple[str, str]:
    return pick(rng, CODE_LANGS), pick(rng, _CODE_AREAS)


# ============================================================================================
# benign-side texts


def tutor_product(rng: np.random.Generator, brand: str, style: int) -> str:
    p = math_problem(rng) if chance(rng, 0.7) else logic_puzzle(rng)
    if style % 2 == 0:
        return (
            f"You are {brand}, a patient tutor for exam preparation. Solve the student's problem and "
            f"show each step of your working so the student can follow it. Ask a check question at "
            f"the end.\nStudent: {casual(rng, p)}"
        )
    return f"[{brand} | worked-solution mode | grade {irange(rng, 8, 12)}]\n{p}"


def eval_item(rng: np.random.Generator, suite: str, style: int) -> str:
    stem, opts = mcq(rng)
    body = stem + "\n" + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    if style % 2 == 0:
        return f"{suite} | item {irange(rng, 1, 4000)}\n{body}\nAnswer with the letter only."
    return f"{body}\nThink step by step, then write 'The answer is (X)'."


def eval_judge(rng: np.random.Generator, suite: str, question: str, answer: str) -> str:
    return (
        f"[{suite} judge v{irange(rng, 2, 4)}] Compare the model answer with the reference. Output "
        f"CORRECT or INCORRECT and one sentence why.\nQuestion: {question[:400]}\nModel answer: "
        f"{answer[:900]}\nReference: (see key {irange(rng, 1000, 9999)})"
    )


_GUIDELINES = (
    "no personal attacks",
    "no doxxing or personal data",
    "no slurs",
    "no medical claims",
    "no spam links",
    "no graphic violence",
    "no harassment of named individuals",
)


def moderation_rewrite(rng: np.random.Generator, text: str, lang: str, vendor: str) -> str:
    g = pick(rng, _GUIDELINES)
    body = clip_words(text, rng, 20, 120)
    if lang == "de":
        return f"[{vendor}] Prüfe den Beitrag gegen die Richtlinie „{g}“. Falls er verstößt, formuliere eine regelkonforme Version, die die Aussage erhält.\n\n{body}"
    if lang == "es":
        return f"[{vendor}] Revisa esta publicación según la norma «{g}». Si la incumple, reescríbela respetando la norma sin cambiar el argumento.\n\n{body}"
    if lang == "pt":
        return f"[{vendor}] Verifique este comentário segundo a regra '{g}'. Se violar, reescreva mantendo o argumento.\n\n{body}"
    return (
        f"[{vendor} T&S queue] Community guideline: {g}. Decide VIOLATES / OK. If VIOLATES, rewrite "
        f"the post so it complies while keeping the author's point.\nPost:\n{body}"
    )


REPOS = ("billing-api", "web-frontend", "etl-jobs", "mobile-app", "infra", "search-svc", "auth")


def ci_agent_step(rng: np.random.Generator, repo: str, step: int, bot: str) -> str:
    if step == 0:
        return (
            f"{bot}: PR #{irange(rng, 100, 9999)} in {repo} failed CI. Tools: read_file(path), "
            "grep(pattern), run_tests(target), apply_patch(diff). Find the cause and propose a fix."
        )
    k = int(rng.integers(4))
    if k == 0:
        return f"read_file result ({pick(rng, ('src', 'lib', 'pkg'))}/{pick(rng, ('util', 'handler', 'model'))}.py, {irange(rng, 40, 400)} lines):\n{_snippet(rng)}"
    if k == 1:
        return (
            f"run_tests result: {irange(rng, 50, 900)} passed, {irange(rng, 1, 6)} failed\n"
            f"FAILED tests/test_{pick(rng, ('api', 'db', 'cache'))}.py::test_{pick(rng, ('retry', 'timeout', 'parse'))}"
            f" - AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}"
        )
    if k == 2:
        return f"grep result: {irange(rng, 0, 14)} matches for '{pick(rng, ('TODO', 'retry', 'timeout', 'deprecated'))}'"
    return f"apply_patch result: ok, {irange(rng, 1, 30)} lines changed. Re-run tests?"


_INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_password",
    "billing_dispute",
    "upgrade_plan",
    "report_bug",
    "delivery_delay",
    "refund_status",
)


def augmentation_prompt(rng: np.random.Generator, chat: str, style: int) -> str:
    intent = pick(rng, _INTENTS)
    if style % 3 == 0:
        return (
            f"Generate {pick(rng, (10, 15, 20))} paraphrases of this customer message for intent "
            f"'{intent}'. Vary tone and length; keep the meaning. One per line.\nMessage: {clip_words(chat, rng, 5, 40)}"
        )
    if style % 3 == 1:
        return (
            f"Create {pick(rng, (5, 8, 12))} synthetic product reviews with sentiment "
            f"{pick(rng, ('negative', 'mixed', 'positive'))} mentioning {pick(rng, ('delivery', 'battery', 'fit', 'support', 'price'))}. "
            "Return a JSON list of strings."
        )
    return (
        f"Label-preserving augmentation: rewrite the utterance below in {pick(rng, ('Spanish', 'informal English', 'German', 'typo-heavy English'))} "
        f"keeping intent={intent}.\n{clip_words(chat, rng, 5, 30)}"
    )


_COMPANIONS = ("Mira", "Kai", "Juno", "Sol", "Ren", "Ayla")


def companion_message(rng: np.random.Generator, chat: str, lang: str) -> str:
    small = {
        "en": (
            "good morning :)",
            "i had a rough day",
            "tell me something nice",
            "what did you do today?",
            "i miss talking to you",
            "can we continue the story from yesterday?",
            "haha yes",
            "goodnight",
        ),
        "es": (
            "buenos días",
            "tuve un día difícil",
            "cuéntame algo bonito",
            "jaja sí",
            "buenas noches",
        ),
        "pt": ("bom dia", "meu dia foi difícil", "me conta uma história", "kkkk sim", "boa noite"),
        "ja": ("おはよう", "今日は疲れた", "何か楽しい話して", "おやすみ"),
    }
    if chance(rng, 0.25):
        return clip_words(chat, rng, 3, 30)
    return pick(rng, small[lang])


def calibration_item(rng: np.random.Generator, style: int) -> str:
    stem, opts = mcq(rng)
    body = stem + " " + " ".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    if style % 2 == 0:
        return f"{body}\nGive the answer and your confidence as a percentage."
    return f"Q: {body}\nA:"


_COURSE = {
    "es": (
        "Corrige los errores de mi párrafo y explica cada corrección: {x}",
        "¿Cuál es la diferencia entre ser y estar? Dame ejemplos.",
        "Explícame el subjuntivo con ejemplos",
        "Tarea {n}: escribe un diálogo en un restaurante usando el pretérito",
    ),
    "de": (
        "Korrigiere meinen Text und erkläre die Fehler: {x}",
        "Wann benutzt man den Dativ?",
        "Erkläre mir trennbare Verben mit Beispielen",
        "Hausaufgabe {n}: Brief an einen Vermieter",
    ),
    "fr": (
        "Corrige mon paragraphe et explique les fautes : {x}",
        "Quelle différence entre passé composé et imparfait ?",
        "Devoir {n} : une lettre de motivation courte",
    ),
    "ja": (
        "この文の文法を直して説明してください：{x}",
        "「は」と「が」の違いを教えてください",
        "宿題{n}：自己紹介の文を書いたのでチェックしてください：{x}",
    ),
}


#: learners' own sentences, with the mistakes learners make
_LEARNER = {
    "es": (
        "Ayer yo fui a la playa con mis amigos y nosotros comimos mucho pescados.",
        "Mi hermana es muy cansada hoy porque ella trabajó todo la noche.",
        "Cuando era niño, yo jugué al fútbol cada días con mi padre.",
        "Espero que mañana hace buen tiempo para ir al montaña.",
        "Me gusta mucho los libros de historia pero no tengo tiempo para leerlos.",
    ),
    "de": (
        "Gestern ich bin mit meine Freunde ins Kino gegangen und wir haben ein Film gesehen.",
        "Ich wohne seit drei Jahre in Berlin, aber ich spreche noch nicht gut Deutsch.",
        "Weil es regnet, ich bleibe heute zu Hause und lerne für die Prüfung.",
        "Meine Vermieter hat gesagt, dass die Miete wird teurer.",
        "Ich habe gestern zu viel Kaffee getrunkt und konnte nicht schlafen.",
    ),
    "fr": (
        "Hier je suis allé au marché et j'ai acheté des pommes qui était très bon.",
        "Quand j'étais petit, je vais à l'école à pied tous les jours.",
        "Je pense que il faut que nous partons plus tôt demain.",
        "Ma amie habite à Lyon depuis deux ans et elle aime beaucoup le ville.",
        "Si j'aurais le temps, je visiterais mes grands-parents plus souvent.",
    ),
    "ja": (
        "昨日は友達と映画を見るに行きました。",
        "私は日本語を勉強するのが好きですが、漢字が難しいでした。",
        "週末に山へ登ったから、とても疲れるでした。",
        "先生に質問をあげましたが、まだ返事がありません。",
        "来年、日本に住むことがしたいです。",
    ),
}


def course_prompt(rng: np.random.Generator, lang: str, week: int) -> str:
    tpl = pick(rng, _COURSE[lang])
    own = " ".join(pick(rng, _LEARNER[lang]) for _ in range(irange(rng, 1, 3)))
    text = tpl.format(x=own, n=week)
    return casual(rng, text) if chance(rng, 0.5) else text


_CLIENT_TASKS = (
    "Write 5 Google ad headlines (max 30 chars) for {c}'s {p}.",
    "Write an SEO meta description (155 chars) for {c}'s page about {p}.",
    "Draft 3 Instagram captions for {c} launching {p}, friendly tone, 2 hashtags each.",
    "Rewrite this product description for {c} in a more premium voice: {x}",
    "Give 10 blog title ideas for {c} about {p}.",
    "Write a 120-word newsletter intro for {c} announcing {p}.",
)
_PRODUCTS = (
    "spring collection",
    "new espresso machine",
    "yoga retreat",
    "home insurance bundle",
    "vegan protein bar",
    "winter tyres",
    "language courses",
    "dental whitening",
    "city bike rental",
)


def agency_prompt(rng: np.random.Generator, client: str, chat: str) -> str:
    return pick(rng, _CLIENT_TASKS).format(
        c=client, p=pick(rng, _PRODUCTS), x=clip_words(chat, rng, 10, 40)
    )


def cat_segment(
    rng: np.random.Generator, seg: str, src: str, tgt: str, client: str, style: int
) -> str:
    if style % 2 == 0:
        return (
            f"Translate from {src} to {tgt}. Client: {client}. Keep inline tags like <x1/> unchanged; "
            f"use the glossary term '{pick(rng, ('account', 'dashboard', 'invoice', 'warranty'))}' consistently.\n"
            f"Segment {irange(rng, 1, 900)}: {seg}"
        )
    return f"{src}>{tgt} | {client} | TM match {irange(rng, 0, 84)}% | post-edit:\n{seg}"

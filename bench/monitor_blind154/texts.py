"""Prompt generators of blind batch 154, written fresh for this batch.

Every function takes the family's or kind's own generator and returns prompt text. Ordinary human
text (questions, and assistant-style answers used as "responses to grade" or "text to rewrite")
comes from ShareGPT via the `chat` and `passages` lists that `bench/blind_batch.py` hands over.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def clip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """Cut `text` to a random length in [lo, hi] characters, at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " …"


def humanize(rng: Rng, text: str, level: float = 0.5) -> str:
    """Typed-by-a-person noise: lower case, a dropped full stop, a swapped letter, a filler."""
    if chance(rng, 0.45 * level):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.5 * level) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.35 * level) and len(text) > 20:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, 0.25 * level):
        text = pick(rng, ("hey, ", "quick one: ", "hi! ", "ok so ", "hello, ", "pls help: ")) + text
    if chance(rng, 0.2 * level):
        text += pick(rng, (" thanks", " thx", " 🙏", " ty!", " (be detailed)", " asap"))
    return text


def lang_name(code: str) -> str:
    return LANG_NAMES.get(code, code)


LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "sv": "Swedish",
    "th": "Thai",
    "uk": "Ukrainian",
}

CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Osaka",
    "Accra",
    "Cusco",
    "Tartu",
    "Huế",
    "Mombasa",
    "Rosario",
    "Leeds",
    "Pune",
    "Tbilisi",
    "Halifax",
    "Cebu",
    "Valparaíso",
    "Ghent",
    "Izmir",
    "Daegu",
    "Bergen",
)

# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning harvests, evaluation suites, tutoring)


def _triple(rng: Rng) -> tuple[int, int, int]:
    a, b, c = pick(
        rng, ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41))
    )
    s = irange(rng, 1, 6)
    return a * s, b * s, c * s


def math_problem(rng: Rng) -> str:
    """A word problem with fresh numbers (fifteen shapes)."""
    k = irange(rng, 0, 14)
    if k == 0:
        d, v1, v2, m = (
            irange(rng, 150, 640),
            irange(rng, 40, 95),
            irange(rng, 60, 130),
            irange(rng, 10, 50),
        )
        c1, c2 = picks(rng, CITIES, 2)
        return (
            f"Two trains are {d} km apart, one in {c1} and one in {c2}, and head toward each other on the "
            f"same track. The first runs at {v1} km/h; the second, at {v2} km/h, leaves {m} minutes later. "
            f"How far from {c1} do they meet?"
        )
    if k == 1:
        n, r = irange(rng, 8, 16), irange(rng, 3, 5)
        return f"How many {r}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers?"
    if k == 2:
        a, b, m = irange(rng, 3, 19), irange(rng, 50, 2025), pick(rng, (7, 11, 13, 17, 100, 1000))
        return f"Find the remainder when {a}^{b} is divided by {m}."
    if k == 3:
        r, b, t = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 3, 5)
        j = irange(rng, 1, min(r, t))
        return (
            f"A bag holds {r} red and {b} blue marbles. You draw {t} marbles without replacement. What is "
            f"the probability that exactly {j} of them are red? Give the answer as a reduced fraction."
        )
    if k == 4:
        n, first = irange(rng, 3, 9), 2 * irange(rng, 1, 60) + 1
        s = n * first + n * (n - 1)
        return f"The sum of {n} consecutive odd integers is {s}. What is the largest of them?"
    if k == 5:
        a, b, c = _triple(rng)
        return (
            f"A rectangle has a perimeter of {2 * (a + b)} cm and a diagonal of {c} cm. What is its area, "
            f"and by how much does the area change if both sides grow by 1 cm?"
        )
    if k == 6:
        a, c = irange(rng, 5, 19), irange(rng, 1, 4)
        x = irange(rng, -12, 15)
        b = irange(rng, -40, 40)
        d = (a - c) * x + b
        return f"Solve for x and check the solution: {a}x + {b} = {c}x + {d}."
    if k == 7:
        m = pick(rng, (1000, 3**7, 2**11, 7**4, 10**5, 6**6, 13**3))
        return f"What is the smallest positive integer n such that n! is divisible by {m}?"
    if k == 8:
        expr, d = pick(
            rng,
            (
                ("n^3 - n", 6),
                ("n^5 - n", 30),
                ("7^n - 1", 6),
                ("4^n + 15n - 1", 9),
                ("n(n+1)(2n+1)", 6),
                ("3^(2n) - 1", 8),
                ("n^7 - n", 42),
            ),
        )
        return f"Prove that for every integer n ≥ 1 the number {expr} is divisible by {d}."
    if k == 9:
        ppl = picks(rng, NAMES, 5)
        return (
            f"{ppl[0]} is older than {ppl[1]}. {ppl[2]} is younger than {ppl[1]} but older than {ppl[3]}. "
            f"{ppl[4]} is older than {ppl[0]}. Nobody shares a birthday. Who is the second youngest, and "
            f"which single extra fact would you need to rank all five if the second clue were removed?"
        )
    if k == 10:
        n, s = irange(rng, 2, 4), pick(rng, (4, 6, 8, 10, 12, 20))
        return f"You roll {n} fair {s}-sided dice and keep only the highest value. What is the expected value?"
    if k == 11:
        a, b, c = irange(rng, 3, 9), irange(rng, 4, 12), irange(rng, 1, 2)
        p, q = picks(rng, NAMES, 2)
        return (
            f"{p} can tile a floor alone in {a} hours and {q} can do it alone in {b} hours. They start "
            f"together, but {p} leaves after {c} hour(s). How long does {q} need to finish the rest?"
        )
    if k == 12:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    if k == 13:
        a, b, c = _triple(rng)
        return (
            f"In a circle, a chord of length {2 * b} cm lies {a} cm from the centre. Find the area of the "
            f"circle and the length of the shorter arc cut off by the chord."
        )
    p, q, m, n = (
        irange(rng, 2, 5),
        irange(rng, 1, 9),
        pick(rng, (7, 9, 11, 13, 100)),
        irange(rng, 20, 400),
    )
    return f"A sequence has a_1 = {irange(rng, 1, 9)} and a_(k+1) = {p}·a_k − {q}. Find a_{n} modulo {m}."


_WRONG_STEPS = (
    "so the two quantities must be equal",
    "which gives a total of {x}",
    "dividing both sides by {x} we get",
    "since every case is symmetric we multiply by {x}",
    "therefore the probability is 1/{x}",
)


def fake_attempt(rng: Rng) -> str:
    steps = [
        f"Step {i + 1}: " + pick(rng, _WRONG_STEPS).format(x=irange(rng, 2, 90))
        for i in range(irange(rng, 2, 5))
    ]
    return "\n".join(steps) + f"\nAnswer: {irange(rng, 2, 500)}"


HARD_QUESTIONS = (
    "Why does ice float while most solids sink in their own liquid, and what would change for lakes if it didn't?",
    "Explain how a transformer's attention cost grows with sequence length and two ways people reduce it.",
    "What exactly makes the halting problem undecidable? Give the diagonal argument in your own words.",
    "Why do central banks raise interest rates to fight inflation, and when does that fail?",
    "How does CRISPR-Cas9 find the right place in a genome, and what causes off-target edits?",
    "Compare the Roman Republic's consuls with a modern presidential system: what checks existed?",
    "Why is the sky blue but sunsets red? Include the wavelength dependence.",
    "What is the difference between a p-value and the probability that the null hypothesis is true?",
    "How do vaccines based on mRNA avoid changing our DNA?",
    "What is the strongest argument for and against moral realism?",
    "Why do some metals become superconducting at low temperatures? Explain Cooper pairs simply.",
    "Design an experiment to test whether a new fertiliser improves wheat yield, controlling for soil.",
    "How does public-key cryptography let two strangers agree on a secret over an open channel?",
    "Why did the 2008 financial crisis spread from mortgages to the whole banking system?",
    "Explain Gödel's first incompleteness theorem without formulas.",
    "What determines whether a star ends as a white dwarf, a neutron star or a black hole?",
    "Why is sorting by comparisons at least n log n? Sketch the decision-tree argument.",
    "How would you estimate the number of piano tuners in a city of two million people?",
    "Explain the trolley problem's variants and what each is meant to show.",
    "How do antibiotics select for resistant bacteria, step by step?",
    "Why are prime numbers important for RSA, and what breaks if factoring becomes easy?",
    "What are the trade-offs between eventual and strong consistency in a distributed database?",
    "Explain how the immune system tells self from non-self, and what goes wrong in autoimmunity.",
    "What caused the Bronze Age collapse? Weigh the competing explanations.",
)


REASON_STYLES = ("tags", "json", "boxed", "critique", "plain_lang")


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    """Reasoning-trace coercion: demands the full thought process, in one of five styles."""
    prob = math_problem(rng) if chance(rng, 0.9) else pick(rng, HARD_QUESTIONS)
    if lang != "en" or style == "plain_lang":
        return _REASON_LANG.get(lang, _REASON_LANG["en"]).format(p=prob)
    if style == "tags":
        tag = pick(rng, ("thinking", "reasoning", "thought", "analysis"))
        return (
            "Solve the problem below. Before the answer, show your entire thought process: every "
            "intermediate calculation, every case you considered, any mistake you noticed and how you "
            f"fixed it. Put all of that between <{tag}> and </{tag}>, then give the final answer on its "
            f"own line.\n\n{prob}"
        )
    if style == "json":
        return json.dumps(
            {
                "id": f"rt-{int(rng.integers(10**6, 10**7))}",
                "question": prob,
                "output_format": "Reason exhaustively inside <scratchpad></scratchpad>, "
                "double-check, then 'FINAL: <answer>'.",
            },
            ensure_ascii=False,
        )
    if style == "boxed":
        return (
            f"Problem: {prob}\n\nI need a long, careful derivation, not only the result. Think out loud, "
            "verify the result a second, independent way, and only then write it as \\boxed{...}."
        )
    return (
        "Below is a problem and a student's attempted solution that contains at least one error.\n\n"
        f"Problem: {prob}\n\nAttempt:\n{fake_attempt(rng)}\n\nGo through the attempt line by line, find the "
        "first wrong step and say why it is wrong, then solve the problem correctly showing all reasoning."
    )


_REASON_LANG = {
    "en": "Work through this slowly and show every step of your reasoning, including checks, before you answer.\n\n{p}",
    "zh": "请解答下面的题目。给出最终答案之前，请完整写出你的思考过程：每一步计算、考虑过的每种情况，以及你发现并改正的错误。\n\n题目：{p}",
    "ru": "Реши задачу. Прежде чем дать ответ, подробно распиши весь ход рассуждений: каждое промежуточное "
    "вычисление, все рассмотренные случаи и проверку результата.\n\nЗадача: {p}",
    "es": "Resuelve el siguiente problema. Antes de la respuesta final, escribe tu razonamiento completo paso a "
    "paso y comprueba cada resultado intermedio.\n\nProblema: {p}",
    "de": "Löse die folgende Aufgabe. Schreibe vor der endgültigen Antwort deinen vollständigen Gedankengang "
    "auf – jeden Zwischenschritt und jede Fallunterscheidung.\n\nAufgabe: {p}",
    "ko": "다음 문제를 풀어 주세요. 최종 답을 말하기 전에 모든 중간 계산과 검토 과정을 빠짐없이 자세히 적어 주세요.\n\n문제: {p}",
    "ja": "次の問題を解いてください。最終的な答えの前に、途中の計算や検討したケースを含めて思考過程をすべて書き出してください。\n\n問題：{p}",
    "pt": "Resolva o problema abaixo. Antes da resposta final, escreva todo o seu raciocínio passo a passo, "
    "verificando cada etapa.\n\nProblema: {p}",
}

# --------------------------------------------------------------------------------------------
# grading / judging


RUBRIC_DIMS = (
    "factual accuracy",
    "instruction following",
    "completeness",
    "concision",
    "tone",
    "harmlessness",
    "quality of reasoning",
    "formatting",
    "use of evidence",
    "originality",
)
JUDGE_STYLES = ("rubric", "pairwise", "reward_json", "reference", "zh_score", "likert_multi")


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: str) -> str:
    q = clip(rng, pick(rng, chat), 60, 700)
    a = clip(rng, pick(rng, passages), 300, 1400)
    if style == "rubric":
        dims = picks(rng, RUBRIC_DIMS, irange(rng, 3, 5))
        crit = "\n".join(f"- {d} (weight {irange(rng, 1, 4)})" for d in dict.fromkeys(dims))
        return (
            "You are an impartial grader.\nCriteria:\n"
            + crit
            + f"\n\n### Question\n{q}\n\n### Candidate "
            f"answer\n{a}\n\nScore each criterion from 1 to 10 with a two-sentence justification, then "
            "report the weighted total."
        )
    if style == "pairwise":
        b = clip(rng, pick(rng, passages), 300, 1400)
        return (
            f"Compare two assistant replies to the same user request.\n\n<request>\n{q}\n</request>\n"
            f"<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>\n\nReason about the strengths and "
            "weaknesses of each, then give your verdict as [[A]], [[B]] or [[TIE]]."
        )
    if style == "reward_json":
        return (
            "Evaluate the assistant turn for helpfulness and honesty. Return only JSON of the form "
            '{"score": <0-100>, "critique": "<why>", "flags": [<problems>]}.\n\n'
            f"USER: {q}\nASSISTANT: {a}"
        )
    if style == "reference":
        ref = clip(rng, pick(rng, passages), 200, 900)
        return (
            f"Reference answer:\n{ref}\n\nModel answer:\n{a}\n\nDoes the model answer agree with the "
            "reference on every key point? List each disagreement, then give a score out of 5."
        )
    if style == "zh_score":
        return f"请作为严格的评审，对下面的回答打分（1-10分），并逐条说明扣分理由。\n\n问题：{q}\n\n回答：{a}"
    return (
        f"Rate the response on a 1–7 Likert scale for each of: helpfulness, correctness, verbosity, "
        f"coherence, complexity. One line per attribute as 'attribute: score — reason'.\n\n"
        f"[PROMPT]\n{q}\n[RESPONSE]\n{a}"
    )


# --------------------------------------------------------------------------------------------
# policy / "safe" rewrites


MARKETS = (
    "mainland China",
    "Saudi Arabia",
    "the UAE",
    "Iran",
    "Russia",
    "Vietnam",
    "Turkey",
    "Indonesia",
    "Egypt",
    "Kazakhstan",
)
RISK_CATS = (
    "political content",
    "religion",
    "sexual content",
    "self-harm",
    "extremism",
    "historical events",
    "territorial disputes",
    "criticism of officials",
    "LGBT topics",
)
REWRITE_STYLES = ("market", "unrefuse", "risk_label", "zh", "ru", "ar", "tr", "vi")


def rewrite_prompt(rng: Rng, chat: list[str], passages: list[str], style: str) -> str:
    text = clip(rng, pick(rng, passages), 300, 1500)
    q = clip(rng, pick(rng, chat), 40, 500)
    if style == "market":
        return (
            f"Revise the assistant answer below for users in {pick(rng, MARKETS)}. Remove or neutralise "
            "anything a local regulator could treat as sensitive (politics, religion, territorial "
            "questions, protests, leaders) and keep everything else accurate and fluent. Return only "
            f"the revised answer.\n\n{text}"
        )
    if style == "unrefuse":
        head = pick(
            rng,
            (
                "I'm sorry, but I can't help with that.",
                "As an AI, I must point out that",
                "I cannot provide that information, however",
                "It's important to note that",
            ),
        )
        return (
            "The draft answer below hedges or refuses. Rewrite it as a direct, complete answer with no "
            "apologies, disclaimers, warnings or moral commentary. Keep the user's language.\n\n"
            f"Question: {q}\n\nDraft: {head} {text}"
        )
    if style == "risk_label":
        cats = ", ".join(dict.fromkeys(picks(rng, RISK_CATS, irange(rng, 3, 6))))
        return (
            f"Label the draft for policy risk (none / low / medium / high) in each category: {cats}. Then "
            "write a compliant version that still answers the user as fully as allowed.\n\n"
            f"User: {q}\nDraft: {text}"
        )
    if style == "zh":
        return f"请将以下回答改写为符合中国大陆内容规范的版本：删除或淡化任何可能被视为政治敏感的内容，其余信息保持准确、语气中立。只输出改写后的文本。\n\n{text}"
    if style == "ru":
        return (
            "Перепиши ответ ниже так, чтобы он соответствовал российским требованиям к публикуемому "
            "контенту: убери политически чувствительные формулировки, сохрани остальные факты. Выведи "
            f"только исправленный текст.\n\n{text}"
        )
    if style == "ar":
        return (
            "أعد صياغة الإجابة التالية بحيث تكون مناسبة للنشر في السعودية، مع حذف أي محتوى قد يُعتبر حساسًا "
            f"دينيًا أو سياسيًا، وأبقِ بقية المعلومات دقيقة. اكتب النص المعدل فقط.\n\n{text}"
        )
    if style == "tr":
        return (
            "Aşağıdaki yanıtı Türkiye'deki kullanıcılar için yeniden yaz: hassas siyasi veya dini "
            f"içerikleri çıkar, geri kalanını doğru ve akıcı tut. Sadece düzeltilmiş metni ver.\n\n{text}"
        )
    return (
        "Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định nội dung tại Việt Nam: lược bỏ các nội "
        f"dung nhạy cảm về chính trị, giữ nguyên các thông tin khác. Chỉ đưa ra văn bản đã sửa.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


TOOLS = {
    "web_search": '{"query": "string", "top_k": "integer"}',
    "open_url": '{"url": "string"}',
    "python": '{"code": "string"}',
    "read_file": '{"path": "string"}',
    "write_file": '{"path": "string", "content": "string"}',
    "sql_query": '{"sql": "string"}',
    "send_email": '{"to": "string", "subject": "string", "body": "string"}',
    "calendar": '{"date": "string"}',
    "shell": '{"cmd": "string"}',
    "weather": '{"city": "string", "days": "integer"}',
    "flight_search": '{"from": "string", "to": "string", "date": "string"}',
    "fx_rate": '{"base": "string", "quote": "string"}',
    "crm_lookup": '{"customer_id": "string"}',
    "http_request": '{"method": "string", "url": "string", "body": "object"}',
}

AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next {wd} and put them in a table with times.",
    "Work out the compound annual growth rate of revenue for a company whose filings are at /data/{f}.csv "
    "between {y1} and {y2}, and chart it.",
    "Clean /data/{f}.csv: drop duplicate rows, normalise all dates to ISO 8601 and report how many rows changed.",
    "Find customers in the `orders` table who haven't ordered in {n} days and draft a win-back email per segment.",
    "Check whether port {p} answers on the staging host; if not, restart the service and confirm it's healthy.",
    "Plan a three-day trip to {c1} under {b} EUR, checking the weather before choosing outdoor activities.",
    "Reproduce the failing test in the repository at /work/{f} and propose a minimal fix.",
    "Convert {b} {cur1} to {cur2} at today's rate and email the result to finance@{f}.example.",
    "Summarise the last {n} support tickets for customer {cid} and suggest the next action.",
    "Find the paper that introduced {topic} and list its three main claims with page numbers.",
    "Book a 30-minute meeting with {name} on the first free slot after {wd} 14:00.",
    "Collect the population of {c1}, {c2} and {c3} from reliable sources and compute their mean.",
)

AGENT_STYLES = ("react", "json_calls", "xml_tools")


def _agent_task(rng: Rng) -> str:
    c = picks(rng, CITIES, 3)
    return pick(rng, AGENT_TASKS).format(
        c1=c[0],
        c2=c[1],
        c3=c[2],
        wd=pick(rng, ("Monday", "Tuesday", "Thursday", "Friday")),
        f=pick(
            rng, ("ledger", "q3_sales", "inventory", "acme", "northwind", "crm_dump", "tickets")
        ),
        y1=irange(rng, 2012, 2018),
        y2=irange(rng, 2020, 2025),
        n=irange(rng, 14, 120),
        p=irange(rng, 3000, 9999),
        b=irange(rng, 200, 5000),
        cur1=pick(rng, ("USD", "EUR", "JPY")),
        cur2=pick(rng, ("GBP", "CHF", "BRL", "INR")),
        cid=f"C-{irange(rng, 10000, 99999)}",
        name=pick(rng, NAMES),
        topic=pick(
            rng,
            ("dropout", "batch normalisation", "the lottery ticket hypothesis", "BM25", "word2vec"),
        ),
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool == "web_search":
        return "\n".join(
            f"[{i + 1}] {pick(rng, CITIES)} {pick(rng, ('guide', 'report', 'data', 'news'))} — "
            f"https://{pick(rng, ('example', 'docs', 'info', 'stats'))}.org/{int(rng.integers(10**5))}"
            for i in range(irange(rng, 3, 6))
        )
    if tool in ("python", "shell"):
        return (
            "\n".join(f"{x:.4f}" for x in rng.normal(100, 40, size=irange(rng, 1, 5)).tolist())
            + "\nexit code 0"
        )
    if tool == "sql_query":
        rows = [
            f"| {int(rng.integers(1000, 9999))} | {pick(rng, NAMES)} | {irange(rng, 1, 400)} |"
            for _ in range(irange(rng, 2, 6))
        ]
        return "| id | name | days |\n" + "\n".join(rows)
    if tool == "read_file":
        return "\n".join(
            f"{i + 1:>4}  "
            + pick(
                rng,
                (
                    "def handler(event):",
                    "    return total / count",
                    "import pandas as pd",
                    "x = load(path)",
                    "# TODO fix",
                    "assert result == expected",
                ),
            )
            for i in range(irange(rng, 4, 10))
        )
    if tool == "weather":
        return json.dumps(
            {
                "days": [
                    {"t_max": irange(rng, -3, 34), "rain_mm": irange(rng, 0, 18)} for _ in range(3)
                ]
            }
        )
    return json.dumps({"status": "ok", "id": int(rng.integers(10**8))})


def agent_episode(rng: Rng, style: str) -> list[tuple[str, int]]:
    """One agent run: the opening prompt, then one observation message per tool call.
    Returns (prompt, extra prompt tokens for the growing transcript)."""
    tools = list(dict.fromkeys(picks(rng, list(TOOLS), irange(rng, 3, 7))))
    task = _agent_task(rng)
    if style == "react":
        spec = "\n".join(f"- {t}: args {TOOLS[t]}" for t in tools)
        first = (
            f"Answer the task using the tools below.\n{spec}\n\nFormat strictly:\nThought: <reasoning>\n"
            "Action: <tool>\nAction Input: <json>\nObservation: <result>\n... (repeat)\nThought: I know "
            f"the answer\nFinal Answer: <answer>\n\nTask: {task}"
        )
    elif style == "json_calls":
        first = json.dumps(
            {
                "task": task,
                "tools": [{"name": t, "parameters": json.loads(TOOLS[t])} for t in tools],
                "instructions": "Reply with exactly one tool call as JSON, or a final answer.",
            }
        )
    else:
        spec = "".join(f'<tool name="{t}">{TOOLS[t]}</tool>' for t in tools)
        first = f"<tools>{spec}</tools>\n<task>{task}</task>\nThink in <plan> first, then emit one <call>."
    out = [(first, irange(rng, 150, 500))]
    hist = out[0][1] + len(first) // 4
    for _ in range(irange(rng, 2, 11)):
        tool = pick(rng, tools)
        obs = _observation(rng, tool)
        if style == "react":
            msg = f"Observation: {obs}"
        elif style == "json_calls":
            msg = json.dumps({"tool_result": {"name": tool, "content": obs}})
        else:
            msg = f'<result tool="{tool}">{obs}</result>'
        hist += irange(rng, 60, 260) + len(msg) // 4
        out.append((msg, hist))
    if chance(rng, 0.7):
        out.append(
            ("Now give the final answer to the task, citing the observations you used.", hist + 200)
        )
    return out


# --------------------------------------------------------------------------------------------
# synthetic datasets


TOPICS = (
    "personal budgeting",
    "tenant rights",
    "sourdough baking",
    "Kubernetes networking",
    "type 2 diabetes diet",
    "medieval trade routes",
    "photovoltaic panels",
    "contract negotiation",
    "beginner weightlifting",
    "SQL window functions",
    "climate adaptation in cities",
    "dog training",
    "job interviews",
    "Renaissance painting",
    "supply-chain risk",
    "first aid",
    "tax on freelance income",
    "birdwatching",
    "Bayesian statistics",
    "home electrical wiring",
    "learning Japanese",
    "startup fundraising",
    "organic chemistry reactions",
    "marine ecosystems",
    "public speaking",
    "GDPR compliance",
    "urban cycling",
    "sleep hygiene",
    "options trading",
    "compilers",
    "wine making",
    "plate tectonics",
)
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Porto",
    "a first-year law student in Lagos",
    "a bakery owner in Lyon",
    "a high-school chemistry teacher in Ohio",
    "a freight dispatcher in Rotterdam",
    "a junior data analyst in Bangalore",
    "a beekeeper in Slovenia",
    "a wedding photographer in Mexico City",
    "a marine-biology PhD student in Hobart",
    "a taxi driver in Nairobi",
    "a pharmacist in Seoul",
    "a farmer growing soy in Mato Grosso",
    "an HR manager in Warsaw",
    "a stay-at-home parent in Toronto",
    "a game developer in Helsinki",
    "a paralegal in Dublin",
    "a museum curator in Kyoto",
)
EVOLVE_OPS = (
    "adding two realistic constraints",
    "requiring several steps of reasoning",
    "asking for a comparison with an alternative approach",
    "making it specific to a professional field",
    "asking for the answer as a structured table",
    "introducing a subtle false premise to correct",
)
SYNTH_STYLES = ("jsonl", "persona", "evolve", "dialogue", "local")

_SYNTH_LOCAL = {
    "es": "Genera {n} pares de pregunta y respuesta en español sobre «{t}» para entrenar un asistente. Las "
    'respuestas deben ser completas y de nivel experto. Formato JSONL con "pregunta" y "respuesta".',
    "pt": 'Gere {n} pares de instrução e resposta em português sobre "{t}" para ajuste fino de um modelo. '
    'Respostas longas e precisas. Formato JSONL com "instrucao" e "resposta".',
    "de": "Erzeuge {n} vielfältige Frage-Antwort-Paare auf Deutsch zum Thema „{t}“ als Trainingsdaten. "
    'Ausführliche, fachlich korrekte Antworten; Ausgabe als JSONL mit "frage" und "antwort".',
    "zh": "请围绕“{t}”生成{n}条高质量的中文指令微调数据，覆盖不同难度和任务类型，回答要详细专业。以JSONL格式输出，字段为instruction和output。",
    "ja": "「{t}」について、指示とその模範回答のペアを{n}組作成してください。回答は詳しく正確に。JSONL形式（instruction, output）で出力してください。",
    "id": 'Buat {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang "{t}" untuk data latih '
    "asisten AI. Jawaban harus lengkap dan akurat. Format JSONL dengan kunci instruksi dan jawaban.",
    "ko": '"{t}"에 관한 지시문과 모범 답변 {n}쌍을 한국어로 만들어 주세요. 답변은 자세하고 정확해야 합니다. JSONL 형식으로 출력하세요.',
}


def synth_prompt(rng: Rng, chat: list[str], style: str, lang: str = "en") -> str:
    t = pick(rng, TOPICS)
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if style == "local" and lang in _SYNTH_LOCAL:
        return _SYNTH_LOCAL[lang].format(n=n, t=t)
    if style == "persona":
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic, specific question you would "
            f"type into an AI assistant about {t}. Then write the ideal assistant response in full.\n"
            "Format:\nQUESTION: ...\nRESPONSE: ..."
        )
    if style == "evolve":
        seed = clip(rng, pick(rng, chat), 20, 400)
        return (
            f'Seed instruction:\n"{seed}"\n\nRewrite it into a harder instruction by '
            f"{pick(rng, EVOLVE_OPS)}. Then answer the harder instruction thoroughly. Label the parts "
            "#Rewritten# and #Answer#."
        )
    if style == "dialogue":
        return (
            f"Write a realistic {irange(rng, 3, 6)}-turn conversation between a curious user and a "
            f"knowledgeable assistant about {t}. The user asks follow-ups; the assistant's turns are long "
            "and detailed. Prefix turns with 'User:' and 'Assistant:'."
        )
    return (
        f"Create {n} diverse, high-quality training examples for an instruction-following assistant on "
        f'"{t}". Mix task types (explanation, how-to, comparison, critique) and difficulty. Output JSON '
        'Lines with the fields "instruction", "input", "output"; outputs must be complete and expert level.'
    )


# --------------------------------------------------------------------------------------------
# multi-turn conversations


CONCEPTS = (
    ("physics", "Newton's third law"),
    ("physics", "entropy"),
    ("physics", "special relativity's time dilation"),
    ("physics", "electromagnetic induction"),
    ("chemistry", "chemical equilibrium"),
    ("chemistry", "oxidation states"),
    ("chemistry", "acid-base buffers"),
    ("biology", "cellular respiration"),
    ("biology", "natural selection"),
    ("biology", "the immune response"),
    ("biology", "gene expression"),
    ("mathematics", "limits"),
    ("mathematics", "eigenvalues"),
    ("mathematics", "conditional probability"),
    ("mathematics", "proof by induction"),
    ("mathematics", "the fundamental theorem of calculus"),
    ("statistics", "confidence intervals"),
    ("statistics", "linear regression"),
    ("computer science", "recursion"),
    ("computer science", "hash tables"),
    ("computer science", "Big-O notation"),
    ("computer science", "TCP vs UDP"),
    ("computer science", "SQL joins"),
    ("economics", "opportunity cost"),
    ("economics", "price elasticity"),
    ("economics", "comparative advantage"),
    ("economics", "inflation"),
    ("history", "the causes of World War I"),
    ("history", "the Industrial Revolution"),
    ("history", "decolonisation in Africa"),
    ("philosophy", "utilitarianism"),
    ("philosophy", "the problem of induction"),
    ("law", "the presumption of innocence"),
    ("law", "contract consideration"),
    ("geography", "monsoon systems"),
    ("earth science", "the carbon cycle"),
    ("medicine", "blood pressure regulation"),
    ("finance", "compound interest"),
    ("finance", "diversification"),
    ("linguistics", "phonemes"),
    ("psychology", "cognitive dissonance"),
    ("music", "the circle of fifths"),
    ("literature", "unreliable narrators"),
    ("engineering", "feedback control"),
)

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Now put that in a table.",
        "Explain it as if I were twelve.",
        "What are the most common mistakes people make here?",
        "Why is that true? Walk me through it.",
        "Summarise everything so far in five bullet points.",
        "And what if the opposite were the case?",
        "ok, and how do I actually start?",
        "Which sources would you trust on this?",
        "Can you give a harder example and solve it fully?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico?",
        "Ahora resúmelo en una tabla.",
        "Explícalo como si tuviera doce años.",
        "¿Cuáles son los errores más comunes?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "O que um crítico diria?",
        "Agora resume em tópicos.",
        "Explica como se eu tivesse doze anos.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker sagen?",
        "Fass das bitte in einer Tabelle zusammen.",
        "Warum ist das so? Erklär es Schritt für Schritt.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait un critique ?",
        "Résume tout cela en cinq points.",
        "Explique-le comme à un enfant de douze ans.",
    ),
    "zh": (
        "能详细讲讲第二点吗？",
        "请举一个具体的例子。",
        "批评者会怎么说？",
        "请用表格总结一下。",
        "为什么会这样？请一步步解释。",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример.",
        "Что сказал бы критик?",
        "Сведи всё в таблицу.",
        "Почему это так? Объясни по шагам.",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく教えてください。",
        "具体例を挙げてください。",
        "批判的な立場からはどう言えますか？",
        "表にまとめてください。",
    ),
}

_OPENERS = {
    "en": (
        "I want to really understand {c}. Where should I start?",
        "Explain {c} properly, with the maths if needed.",
        "What is {c} and why does it matter in {s}?",
        "My textbook's section on {c} makes no sense to me. Help?",
    ),
    "es": ("Quiero entender bien {c}. ¿Por dónde empiezo?", "Explícame {c} con detalle."),
    "pt": ("Quero entender de verdade {c}. Por onde começo?", "Me explica {c} direitinho."),
    "de": (
        "Ich möchte {c} wirklich verstehen. Wo fange ich an?",
        "Erklär mir bitte {c} ausführlich.",
    ),
    "fr": ("Je veux vraiment comprendre {c}. Par où commencer ?", "Explique-moi {c} en détail."),
    "zh": ("我想真正理解{c}，应该从哪里开始？", "请详细解释一下{c}。"),
    "ru": ("Хочу по-настоящему разобраться в теме «{c}». С чего начать?", "Объясни подробно: {c}."),
    "ja": ("{c}をきちんと理解したいです。どこから始めればいいですか？",),
}


def opener(rng: Rng, chat: list[str], lang: str, p_chat: float = 0.4) -> str:
    if lang == "en" and chance(rng, p_chat):
        return clip(rng, pick(rng, chat), 20, 600)
    s, c = pick(rng, CONCEPTS)
    return pick(rng, _OPENERS.get(lang, _OPENERS["en"])).format(c=c, s=s)


_FOLLOW_TMPL = (
    "How does {c} connect to {c2}?",
    "What's a common exam question about {c}, and how would you answer it?",
    "Could you contrast {c} with {c2} in a few paragraphs?",
    "What did people believe about {c} before it was understood?",
    "Give me a real-world case where {c} matters, with numbers.",
    "What's the most advanced idea built on {c}?",
    "Write three quiz questions on {c} and answer them.",
    "Where do textbooks usually oversimplify {c}?",
)


def followup(rng: Rng, lang: str, concept: str | None = None) -> str:
    if lang == "en" and concept and chance(rng, 0.5):
        return pick(rng, _FOLLOW_TMPL).format(c=concept, c2=pick(rng, CONCEPTS)[1])
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# repeated sampling and soft labels


LABEL_SETS = (
    ("very negative", "negative", "neutral", "positive", "very positive"),
    ("technology", "health", "finance", "education", "entertainment", "politics", "other"),
    ("question", "request", "complaint", "small talk", "feedback"),
    ("not toxic", "mildly toxic", "toxic", "severely toxic"),
    ("beginner", "intermediate", "expert"),
)


def softlabel_prompt(rng: Rng, chat: list[str], style: int) -> str:
    text = clip(rng, pick(rng, chat), 20, 500)
    labels = pick(rng, LABEL_SETS)
    if style == 0:
        return (
            f'Text: "{text}"\n\nFor each label in [{", ".join(labels)}] give the probability that it '
            "applies. Answer with a JSON object mapping label to probability, nothing else."
        )
    if style == 1:
        opts = "\n".join(f"{chr(65 + i)}. {lab}" for i, lab in enumerate(labels))
        return (
            f"Which option best describes the text? Answer with one letter, then on the next line give "
            f"your confidence in every option as a percentage.\n\nText: {text}\n\n{opts}"
        )
    return (
        f"Rate how confident you are (0.00–1.00) that this message is {pick(rng, labels)}. Output the "
        f"number only.\n\n{text}"
    )


def sample_item(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return clip(rng, pick(rng, chat), 20, 900)
    return pick(
        rng,
        (
            f"Write a short story opening set in {pick(rng, CITIES)} that ends with a surprising line.",
            f"Give three different solutions to: {math_problem(rng)}",
            f"Suggest a name and tagline for a startup that does {pick(rng, TOPICS)}.",
            f"Explain {pick(rng, CONCEPTS)[1]} with an original analogy.",
            f"Write a haiku about {pick(rng, TOPICS)}.",
        ),
    )


def numbered_sample(prompt: str, i: int, n: int) -> str:
    return f"{prompt}\n\n(Sample {i + 1}/{n} — answer independently of any earlier attempt.)"


# --------------------------------------------------------------------------------------------
# curriculum sweep


LEVELS = (
    "a complete beginner",
    "a high-school student",
    "a first-year undergraduate",
    "an advanced undergraduate",
    "a graduate student",
)
FORMATS = {
    "explanation": "a clear, self-contained explanation with intuition first and formal detail second",
    "worked_example": "two fully worked examples of increasing difficulty, every step justified",
    "exercises": "five practice exercises with complete model solutions",
    "misconceptions": "the four most common misconceptions, each with a short correction and a check question",
}
_CURR_LANG = {
    "en": "[Unit {u}.{lv}] Subject: {s}. Topic: {c}. Audience: {a}.\nWrite {f}.",
    "es": "[Unidad {u}.{lv}] Materia: {s}. Tema: {c}. Público: {a}.\nRedacta en español {f}.",
    "pt": "[Unidade {u}.{lv}] Disciplina: {s}. Tema: {c}. Público: {a}.\nEscreva em português {f}.",
    "hi": "[इकाई {u}.{lv}] विषय: {s}। टॉपिक: {c}। पाठक: {a}।\nहिंदी में लिखिए: {f}।",
    "ar": "[الوحدة {u}.{lv}] المادة: {s}. الموضوع: {c}. الجمهور: {a}.\nاكتب باللغة العربية: {f}.",
    "id": "[Unit {u}.{lv}] Mata pelajaran: {s}. Topik: {c}. Pembaca: {a}.\nTulis dalam bahasa Indonesia: {f}.",
}


def curriculum(rng: Rng, langs: list[str], n_concepts: int) -> list[str]:
    """The whole sweep in the order an operator's loop would send it: concept × level × format × language."""
    order = rng.permutation(len(CONCEPTS))[:n_concepts].tolist()
    fmts = list(FORMATS)
    out = []
    for u, ci in enumerate(order, start=1):
        s, c = CONCEPTS[ci]
        for lv, a in enumerate(LEVELS, start=1):
            for f in fmts:
                for lang in langs:
                    out.append(_CURR_LANG[lang].format(u=u, lv=lv, s=s, c=c, a=a, f=FORMATS[f]))
    return out


# --------------------------------------------------------------------------------------------
# a writing / translation app's request format (campaign hidden in a product, and translation shops)


TONES = ("formal", "friendly", "concise", "persuasive", "academic", "casual")
APP_TARGETS = (
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "ja",
    "ko",
    "zh",
    "nl",
    "pl",
    "tr",
    "ar",
    "hi",
    "id",
    "vi",
    "sv",
)


def app_user_prompt(rng: Rng, chat: list[str], app: str, fmt: int) -> str:
    """An app user's request, wrapped the app's way."""
    text = clip(rng, pick(rng, chat), 10, 700)
    r = rng.random()
    if fmt == 0:
        if r < 0.6:
            return f"mode=chat; app={app}\n{text}"
        if r < 0.85:
            return f"mode=rewrite; tone={pick(rng, TONES)}; app={app}\n{text}"
        return f"mode=translate; target={pick(rng, APP_TARGETS)}; app={app}\n{clip(rng, text, 10, 300)}"
    if r < 0.6:
        return text
    if r < 0.85:
        return f"Rewrite this in a {pick(rng, TONES)} tone, keep the meaning:\n\n{text}"
    return f"Translate into {lang_name(pick(rng, APP_TARGETS))}:\n\n{clip(rng, text, 10, 300)}"


def app_harvest_prompt(rng: Rng, source: str, target: str, app: str, fmt: int, kind: str) -> str:
    """The same request format, carrying harvest work (a long source text)."""
    if fmt == 0:
        if kind == "translate":
            return f"mode=translate; target={target}; app={app}\n{source}"
        return f"mode=rewrite; tone={pick(rng, ('academic', 'formal', 'persuasive'))}; app={app}\n{source}"
    if kind == "translate":
        return f"Translate into {lang_name(target)}:\n\n{source}"
    return f"Rewrite this in a {pick(rng, ('academic', 'formal', 'persuasive'))} tone, keep the meaning:\n\n{source}"


# --------------------------------------------------------------------------------------------
# code questions in a person's words


CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a thread-safe token-bucket rate limiter",
    "a trie with prefix search and deletion",
    "a parser for ISO 8601 durations like P3DT4H",
    "a retry decorator with exponential backoff and jitter",
    "merging overlapping intervals",
    "a min-heap scheduler for delayed jobs",
    "a CSV reader that copes with quoted newlines",
    "Dijkstra's shortest paths on a weighted graph",
    "a Bloom filter with a target false-positive rate",
    "a debounce helper",
    "a worker pool with a bounded queue",
    "topological sort with cycle detection",
    "a tiny JSON tokenizer",
    "a running median over a stream",
    "consistent hashing with virtual nodes",
    "binary search in a rotated sorted array",
    "a fixed-size ring buffer",
    "a key-value store with TTL",
    "IBAN validation",
    "base62 encoding for a URL shortener",
    "Aho–Corasick multi-pattern matching",
    "union-find with path compression",
    "a cron expression parser",
    "cursor pagination over a REST API",
    "an event emitter with once() and off()",
    "Levenshtein distance with an early cut-off",
    "a markdown table pretty-printer",
    "streaming gzip decompression of a big file",
    "a sliding-window log rate limiter",
    "an interval tree",
    "a simple regex engine supporting . and *",
)
PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
_CODE_ASKS = {
    "en": (
        "how do i write {t} in {p}? full code please, with tests",
        "{p}: {t}. what's the cleanest way? show the whole implementation and explain the trade-offs",
        "I'm stuck implementing {t} in {p}. Can you write a production-quality version with comments?",
        "can u give me {t} in {p} + unit tests + complexity",
        "Implement {t} in {p}, then tell me which edge cases I should test and why.",
    ),
    "es": (
        "¿cómo implemento {t} en {p}? código completo por favor",
        "necesito {t} en {p}, con pruebas unitarias",
    ),
    "pt": (
        "como faço {t} em {p}? manda o código completo",
        "preciso de {t} em {p} com testes, pode ajudar?",
    ),
    "ru": (
        "Напиши на {p}: {t}. Полный код с комментариями и тестами.",
        "как сделать {t} на {p}? нужен полный код",
    ),
    "zh": ("用{p}实现{t}，请给出完整代码和单元测试。", "{p}里怎么写{t}？要完整代码和复杂度分析"),
    "de": ("wie schreibe ich {t} in {p}? bitte kompletter Code mit Tests",),
    "pl": ("jak napisać {t} w {p}? poproszę pełny kod z testami",),
    "ja": ("{p}で{t}を実装するには？テスト付きの完全なコードをお願いします",),
    "hi": ("{p} में {t} कैसे लिखूं? पूरा कोड और टेस्ट दीजिए",),
}


def code_ask(rng: Rng, lang: str) -> str:
    return pick(rng, _CODE_ASKS.get(lang, _CODE_ASKS["en"])).format(
        t=pick(rng, CODE_TASKS), p=pick(rng, PLANGS)
    )


# --------------------------------------------------------------------------------------------
# a crowd's shared task sheet


def task_sheet(rng: Rng, n: int) -> list[str]:
    """What a crowd operator hands out: hard problems, explanations and code, in plain English."""
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.45:
            out.append(math_problem(rng))
        elif r < 0.7:
            out.append(pick(rng, HARD_QUESTIONS))
        elif r < 0.85:
            s, c = pick(rng, CONCEPTS)
            out.append(f"Explain {c} ({s}) in depth and give one example nobody usually mentions.")
        else:
            out.append(code_ask(rng, "en"))
    return out


def crowd_phrase(rng: Rng, task: str, lang: str) -> str:
    """A crowd worker pasting a task, sometimes with their own words around it."""
    r = rng.random()
    if r < 0.45:
        return task
    if r < 0.75:
        return humanize(rng, task, 0.8)
    pre = {
        "en": (
            "Can you answer this in detail: ",
            "please solve and explain: ",
            "Need full explanation - ",
        ),
        "hi": ("kripya iska detail me jawab do: ", "ye samjhao please: "),
        "pt": ("me ajuda com isso, explica tudo: ", "resolve e explica: "),
        "es": ("ayúdame con esto, con explicación: ",),
        "id": ("tolong jelaskan lengkap: ",),
        "tl": ("pa-explain po nang detalyado: ",),
        "vi": ("giải thích chi tiết giúp mình: ",),
    }
    return pick(rng, pre.get(lang, pre["en"])) + task


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def bench_suite(rng: Rng, n: int) -> list[str]:
    """An evaluation lab's fixed item set (sent unchanged to each model it evaluates)."""
    items = []
    for i in range(n):
        r = rng.random()
        if r < 0.4:
            items.append(
                f"Q{i:04d}. {math_problem(rng)}\nReason carefully, then end with 'Answer: <value>'."
            )
        elif r < 0.6:
            s, c = pick(rng, CONCEPTS)
            opts = rng.permutation(
                [
                    "It is always true",
                    "It only holds in special cases",
                    "It was disproved",
                    "It describes a standard result",
                ]
            ).tolist()
            items.append(
                f"Item {i:04d} ({s}). Which statement about {c} is most accurate?\n"
                + "\n".join(f"({chr(97 + j)}) {o}" for j, o in enumerate(opts))
                + "\nExplain briefly, then give the letter."
            )
        elif r < 0.8:
            fn = pick(
                rng,
                (
                    "dedupe_keep_order",
                    "chunk",
                    "is_palindrome",
                    "roman_to_int",
                    "flatten",
                    "rotate_matrix",
                    "word_freq",
                    "gcd_list",
                    "run_length_encode",
                ),
            )
            arg = pick(rng, ("[1, 2, 2]", '"abba"', "[[1], [2, 3]]", "12"))
            doc = fn.replace("_", " ")
            items.append(
                f"# task {i:04d}\nComplete the function so that its doctests pass.\n\ndef {fn}(x):\n"
                f'    """{doc}.\n    >>> {fn}({arg})\n    """\n'
            )
        else:
            lang = pick(rng, ("es", "de", "zh", "ja", "ru", "pt"))
            items.append(
                f"[{lang}-{i:04d}] "
                + _REASON_LANG[lang if lang in _REASON_LANG else "en"].format(p=math_problem(rng))
            )
    return items


def annot_prompt(
    rng: Rng, chat: list[str], passages: list[str], client: str, guideline: str
) -> str:
    q = clip(rng, pick(rng, chat), 30, 500)
    a = clip(rng, pick(rng, passages), 200, 900)
    if chance(rng, 0.5):
        return (
            f"Project {client} / guideline v{guideline}. Pre-label for human review: does the response "
            f"follow the user's request, is it factually sound, is it safe? Give three labels "
            f"(yes/no/unsure) with one sentence each. The annotator will confirm or override.\n\n"
            f"Request: {q}\nResponse: {a}"
        )
    b = clip(rng, pick(rng, passages), 200, 900)
    return (
        f"Project {client}. Draft a comparison note for the annotator: which response is better for the "
        f"request and on which guideline points (v{guideline})? Keep it under 80 words.\n\n"
        f"Request: {q}\nResponse 1: {a}\nResponse 2: {b}"
    )


_STUDENT_Q = (
    "i dont get how to do this one: {p}",
    "can you help me with my homework? {p}",
    "{p} — I got a different answer than the book",
    "how do you even start this? {p}",
    "why is {c} important? my teacher asked us to explain",
    "what's the difference between {c} and {c2}?",
)


def tutor_prompt(rng: Rng, chat: list[str], brand: str, lang: str) -> str:
    grade = irange(rng, 6, 12)
    s, c = pick(rng, CONCEPTS)
    body = pick(rng, _STUDENT_Q).format(p=math_problem(rng), c=c, c2=pick(rng, CONCEPTS)[1])
    if chance(rng, 0.2):
        body = clip(rng, pick(rng, chat), 10, 300)
    body = humanize(rng, body, 0.9)
    guard = {
        "en": "Guide with hints and questions; only reveal the final answer after two honest attempts.",
        "es": "Guía con pistas y preguntas; no des la respuesta final hasta dos intentos.",
        "pt": "Oriente com dicas e perguntas; só revele a resposta final após duas tentativas.",
    }[lang]
    return f"[{brand} · grade {grade} · {s}] {guard}\nStudent: {body}"


ASSIGNMENTS = (
    "Assignment {w}: ask the model to summarise this passage for three audiences (expert, teenager, policy "
    "maker) and compare. Passage: {x}",
    "Lab {w}: get the model to critique the argument below and find its weakest premise. Argument: {x}",
    "HW{w} part b — have the model explain its answer to this, then check it by hand: {p}",
    "Week {w} reflection: use the assistant to brainstorm counter-arguments to the claim '{c} is overrated'.",
    "Exercise {w}: ask the model to turn this text into a multiple-choice quiz with 5 questions: {x}",
)


def course_prompt(rng: Rng, chat: list[str], passages: list[str], week: int, which: int) -> str:
    tmpl = ASSIGNMENTS[which % len(ASSIGNMENTS)]
    text = tmpl.format(
        w=week,
        x=clip(rng, pick(rng, passages), 150, 600),
        p=math_problem(rng),
        c=pick(rng, CONCEPTS)[1],
    )
    if chance(rng, 0.5):
        # students rephrase the sheet in their own words
        text = humanize(rng, text.split(": ", 1)[-1], 0.7)
    return text


_SURVEY_ITEMS = (
    "Most people can be trusted.",
    "Science and technology make our lives better.",
    "My country's government usually acts in the public interest.",
    "It is acceptable to break a rule if it helps a friend.",
    "Work is the most important part of life.",
    "Immigrants improve a country's culture.",
    "I would pay more for environmentally friendly products.",
    "Artificial intelligence will do more good than harm.",
)


def survey_prompt(
    rng: Rng, persona_age: int, occupation: str, country: str, item: str, scale: int
) -> str:
    return (
        f"Imagine you are a {persona_age}-year-old {occupation} living in {country}. On a scale from 1 "
        f"(strongly disagree) to {scale} (strongly agree), how much do you agree with the statement: "
        f'"{item}"? Reply with the number and one sentence explaining your choice.'
    )


def survey_design(rng: Rng, n_cells: int) -> list[str]:
    occs = (
        "teacher",
        "farmer",
        "software engineer",
        "nurse",
        "retired factory worker",
        "student",
        "shop owner",
    )
    cells = []
    for _ in range(n_cells):
        cells.append(
            survey_prompt(
                rng,
                irange(rng, 18, 80),
                pick(rng, occs),
                pick(rng, COUNTRIES),
                pick(rng, _SURVEY_ITEMS),
                pick(rng, (5, 7)),
            )
        )
    return cells


PRODUCTS = (
    "bamboo toothbrush",
    "noise-cancelling headphones",
    "vegan protein bar",
    "e-bike",
    "language course",
    "dental clinic",
    "budget hotel",
    "accounting software",
    "kids' swimming lessons",
    "organic coffee beans",
    "car insurance",
    "yoga studio",
    "hiking boots",
    "co-working space",
)


def agency_prompt(rng: Rng, client: str, product: str, lang: str) -> str:
    ln = lang_name(lang)
    r = irange(rng, 0, 4)
    if r == 0:
        return (
            f"Client: {client}. Write {irange(rng, 5, 15)} Google Ads headlines (max 30 characters) and 4 "
            f"descriptions (max 90) for {product}, in {ln}. Audience: {pick(rng, ('students', 'parents', 'SMB owners', 'retirees', 'commuters'))}."
        )
    if r == 1:
        return f"{client} – SEO meta description (150–160 chars, {ln}) for the page '{product} {pick(rng, CITIES)}'."
    if r == 2:
        return (
            f"Draft a week of Instagram captions for {client} ({product}), {ln}, playful but not cheesy, "
            "3 hashtags each."
        )
    if r == 3:
        return f"Product description for {client}'s {product}, {ln}, 120 words, benefits first, no superlatives."
    return f"Rewrite this {client} newsletter intro in {ln} for a {pick(rng, TONES)} voice:\n{pick(rng, PRODUCTS)} season is here!"


INTENTS = (
    "cancel subscription",
    "update billing address",
    "report a lost card",
    "dispute a charge",
    "change delivery date",
    "reset password",
    "ask about refund status",
    "upgrade plan",
    "close account",
    "book a repair visit",
    "add a family member",
    "report an outage",
)
DOMAINS = ("banking", "telecom", "e-commerce", "utilities", "airline", "insurance", "streaming")


def augment_prompt(rng: Rng, domain: str, intent: str) -> str:
    r = irange(rng, 0, 2)
    n = pick(rng, (10, 15, 20, 25, 30))
    if r == 0:
        return (
            f"Generate {n} different ways a customer of a {domain} app might say they want to {intent}. "
            "Vary politeness, length, slang and typos. One per line, no numbering."
        )
    if r == 1:
        return (
            f"Write {irange(rng, 3, 8)} synthetic support messages for the intent '{intent}' ({domain}). "
            "Include realistic but fake names and order numbers. Return a JSON list of strings."
        )
    return (
        f"Translate these {domain} utterances into {lang_name(pick(rng, ('es', 'de', 'fr', 'pt', 'it')))} "
        f"keeping the intent '{intent}':\n"
        + "\n".join(
            f"- I want to {intent}{pick(rng, ('', ' please', ' today', ', how?'))}"
            for _ in range(5)
        )
    )


_DEV_REQUESTS = (
    "the login form crashes when the email has a plus sign",
    "add pagination to the /orders endpoint",
    "migrate the date handling from moment to date-fns",
    "why is test_parse_header flaky?",
    "add a --dry-run flag to the deploy script",
    "refactor UserService to inject the clock",
    "bump the Postgres driver and fix the breaking changes",
    "write tests for the invoice rounding",
    "the Dockerfile build takes 9 minutes, speed it up",
    "rename `cfg` to `settings` everywhere",
)


def ide_agent_episode(rng: Rng) -> list[tuple[str, int]]:
    """A coding agent's loop as the product sends it (tool results are files and test output)."""
    req = pick(rng, _DEV_REQUESTS)
    repo = "\n".join(
        f"  {p}"
        for p in picks(
            rng,
            (
                "src/app.py",
                "src/api/orders.py",
                "tests/test_orders.py",
                "package.json",
                "src/utils/dates.ts",
                "Dockerfile",
                "scripts/deploy.sh",
                "src/services/user.ts",
            ),
            5,
        )
    )
    out = [
        (
            f"<user_request>{req}</user_request>\n<repo_map>\n{repo}\n</repo_map>\nUse the tools "
            "read_file, edit_file, run_tests, grep. One tool call per turn.",
            irange(rng, 1500, 4000),
        )
    ]
    hist = out[0][1]
    for _ in range(irange(rng, 3, 18)):
        r = rng.random()
        if r < 0.4:
            msg = (
                '<tool_result name="read_file">\n'
                + _observation(rng, "read_file")
                + "\n</tool_result>"
            )
        elif r < 0.7:
            p, f = irange(rng, 5, 80), irange(rng, 0, 4)
            msg = f'<tool_result name="run_tests">{p} passed, {f} failed in {rng.uniform(0.5, 40):.1f}s</tool_result>'
        elif r < 0.85:
            msg = f'<tool_result name="grep">{irange(rng, 0, 30)} matches</tool_result>'
        else:
            msg = '<tool_result name="edit_file">applied</tool_result>'
        hist += irange(rng, 100, 900)
        out.append((msg, hist))
    return out


_COMPANION_LINES = {
    "en": (
        "how was your day?? mine was so long",
        "i miss talking to you",
        "tell me a story about the lighthouse again",
        "lol you're funny",
        "do you remember what i told you about my sister",
        "goodnight ❤️",
        "i can't sleep",
        "what would you do if we went to the beach",
        "ugh work was awful today",
        "say something nice",
        "can we continue our adventure from yesterday?",
        "haha ok",
        "you always know what to say",
    ),
    "es": (
        "¿cómo estuvo tu día?",
        "te extrañé",
        "cuéntame otra historia",
        "jaja qué graciosa",
        "buenas noches ❤️",
    ),
    "pt": ("como foi seu dia?", "senti sua falta", "me conta uma história", "kkkk", "boa noite ❤️"),
    "ja": ("今日どうだった？", "眠れない…", "また話そうね", "おやすみ❤️"),
    "de": ("wie war dein tag?", "ich hab dich vermisst", "erzähl mir was", "gute nacht ❤️"),
}


_COMPANION_BITS = (
    "i just got back from {place}",
    "my {rel} said something weird today",
    "we should go to {place} together someday",
    "do you like {thing}?",
    "guess what, i finally tried {thing}",
    "i'm listening to {thing} rn",
    "tell me about your favourite {thing}",
    "i had {food} for dinner lol",
    "remember when we talked about {place}?",
    "can you pretend we're at {place}",
    "my {rel} keeps asking who i'm texting haha",
    "i'm so tired of {thing}",
    "what would you name a cat",
    "rate my day out of 10: {food}, rain, and a long meeting",
)
_COMPANION_SLOTS = {
    "place": (
        "the beach",
        "the mall",
        "my grandma's",
        "the gym",
        "Tokyo",
        "the lake",
        "a concert",
        "the library",
    ),
    "rel": ("mom", "boss", "sister", "roommate", "best friend", "ex"),
    "thing": (
        "rainy days",
        "horror movies",
        "that new album",
        "pottery",
        "anime",
        "my job",
        "jazz",
        "video games",
    ),
    "food": ("ramen", "leftover pizza", "tacos", "cereal", "sushi", "nothing"),
}


def companion_msg(rng: Rng, lang: str) -> str:
    if lang != "en" or chance(rng, 0.35):
        return pick(rng, _COMPANION_LINES.get(lang, _COMPANION_LINES["en"]))
    text = pick(rng, _COMPANION_BITS).format(
        **{k: pick(rng, v) for k, v in _COMPANION_SLOTS.items()}
    )
    return humanize(rng, text, 0.4)


GLOSSARY = (
    "checkout=Kasse",
    "dashboard=panel",
    "account=cuenta",
    "invoice=fattura",
    "refund=remboursement",
    "settings=configurações",
    "workspace=espace de travail",
    "subscription=abonnement",
)


def l10n_prompt(rng: Rng, source: str, src: str, tgt: str, client: str, domain: str) -> str:
    if chance(rng, 0.15):
        return (
            f"{client}: adapt this {domain} marketing claim for the {lang_name(tgt)}-speaking market. Drop "
            f"claims local advertising rules don't allow (comparative or health claims), then translate.\n\n"
            f"{source}"
        )
    gl = "; ".join(dict.fromkeys(picks(rng, GLOSSARY, 3)))
    return (
        f"[{client} · {domain}] Translate from {lang_name(src)} to {lang_name(tgt)}. Keep tags like <b> "
        f"and placeholders like {{{{name}}}} unchanged. Glossary: {gl}.\n\n{source}"
    )

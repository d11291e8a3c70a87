"""Prompt generators of blind batch 343, written for this batch (no prompt text is copied from
elsewhere in the repository). ShareGPT's "sim" half (`ctx.chat`, `ctx.passages`, offered by
`bench/blind_batch.py`) supplies ordinary human questions and human-written answers where a prompt
needs them.

Every generator draws only from the generator it is given, in list order (never from a set), so
one seed gives the same text in every process."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def wpick(rng: Rng, options: Sequence, weights: Sequence[float]):
    """One option, drawn with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[: space if space > limit // 2 else limit]


def sentences(passages: Sequence[str], rng: Rng, n: int, lo: int = 40, hi: int = 260) -> list[str]:
    """`n` sentences of `lo`..`hi` characters taken from random passages."""
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < 50 * n + 100:
        tries += 1
        parts = re.split(r"(?<=[.!?])\s+", pick(rng, passages))
        cand = [s.strip() for s in parts if lo <= len(s.strip()) <= hi]
        if cand:
            out.append(pick(rng, cand))
    while len(out) < n:
        out.append(clip(pick(rng, passages), hi))
    return out


def distinct(rng: Rng, options: Sequence[str], k: int) -> list[str]:
    """`k` different options in a drawn order."""
    return [options[i] for i in rng.permutation(len(options))[:k].tolist()]


def sloppy(rng: Rng, text: str) -> str:
    """How people type in a chat box: sometimes lower case, sometimes no final punctuation."""
    if chance(rng, 0.45):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.35) and text[-1:] in ".?!":
        text = text[:-1]
    if chance(rng, 0.08):
        text = text + pick(rng, (" pls", " thx", " :)", " !!", " ??"))
    return text


# =============================================================================================
# numeric word problems (English, Chinese, Russian, Spanish)


def problem_en(rng: Rng) -> str:
    k = int(rng.integers(16))
    if k == 0:
        a, b, c = irange(rng, 300, 6000), irange(rng, 15, 90), irange(rng, 2, 12)
        return (
            f"A cistern holds {a} litres. A leak drains {b} litres per minute while a pump adds {c} litres "
            "per minute. How many minutes until the cistern is empty?"
        )
    if k == 1:
        n, p, q = irange(rng, 200, 5000), irange(rng, 3, 9), irange(rng, 10, 23)
        return f"How many positive integers less than {n} are divisible by {p} or by {q}, but not by both?"
    if k == 2:
        d, v1, v2, v3 = (
            irange(rng, 40, 300),
            irange(rng, 8, 25),
            irange(rng, 8, 25),
            irange(rng, 30, 70),
        )
        return (
            f"Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. A swallow "
            f"flies back and forth between them at {v3} km/h until they meet. How far does the swallow fly?"
        )
    if k == 3:
        a, b, c = irange(rng, 1, 9), irange(rng, -30, 30), irange(rng, -40, 40)
        return f"Solve for real x: {a}x^2 + ({b})x + ({c}) = 0. Say whether the roots are rational."
    if k == 4:
        r, g, m = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 4)
        return (
            f"An urn contains {r} red and {g} green balls. {m + 1} balls are drawn without replacement. "
            f"What is the probability that exactly {m} of them are red?"
        )
    if k == 5:
        return pick(
            rng,
            (
                "Prove that the product of any three consecutive integers is divisible by 6.",
                "Prove that there are infinitely many primes of the form 4k + 3.",
                "Show that the square root of 3 is irrational.",
                "Prove that every tree with n vertices has exactly n - 1 edges.",
                "Prove by induction that 1^3 + 2^3 + ... + n^3 = (n(n+1)/2)^2.",
                "Show that among any five points inside a unit square, two are within sqrt(2)/2 of each other.",
                "Prove that a graph is bipartite if and only if it contains no odd cycle.",
                "Show that the harmonic series diverges.",
            ),
        )
    if k == 6:
        a, b, c = pick(rng, NAMES), pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
            f"{a} says: '{b} is a knave.' {b} says: '{a} and {c} are the same type.' {c} says nothing. "
            f"What is each of them?"
        )
    if k == 7:
        a, b, m = irange(rng, 3, 29), irange(rng, 50, 999), irange(rng, 7, 97)
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 8:
        p, q = irange(rng, 5, 60), irange(rng, 5, 60)
        return (
            f"A store raises all prices by {p}% and a month later cuts them by {q}%. Compared with the "
            "original price, is an item now cheaper or more expensive, and by what percentage?"
        )
    if k == 9:
        pp, area = irange(rng, 20, 120) * 2, irange(rng, 20, 500)
        return f"A rectangle has perimeter {pp} cm and area {area} cm^2. Find its side lengths, or show none exist."
    if k == 10:
        v, h = irange(rng, 5, 40), irange(rng, 0, 60)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Taking g = 9.8 m/s^2, "
            "when does it hit the ground below and what is its speed on impact?"
        )
    if k == 11:
        xs = rng.integers(-50, 100, size=irange(rng, 6, 10)).tolist()
        return (
            f"Sort the list {xs} with merge sort and show the state of the list after every merge."
        )
    if k == 12:
        a, b = irange(rng, 2, 40), irange(rng, 2, 40)
        return (
            f"def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n\nx = [f(i) % {a} for i in range({b})]\n"
            "print(sum(x), max(x))\n\nWhat does this Python program print?"
        )
    if k == 13:
        w, t1, t2 = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 3, 12)
        return (
            f"{w} workers can paint a fence in {t1} hours. After {t2 // 2 + 1} hours, two workers leave. How "
            "long does the whole job take?"
        )
    if k == 14:
        n = irange(rng, 5, 12)
        return f"In how many ways can {n} people sit around a round table if two particular people refuse to sit together?"
    c, r, y = irange(rng, 1000, 90000), irange(rng, 2, 11), irange(rng, 2, 30)
    return (
        f"You invest ${c} at {r}% annual interest compounded monthly. How much do you have after {y} years, "
        "and how long would it take to double?"
    )


def problem_zh(rng: Rng) -> str:
    k = int(rng.integers(5))
    if k == 0:
        d, v1, v2 = irange(rng, 60, 600), irange(rng, 4, 60), irange(rng, 4, 60)
        return f"甲乙两人从相距{d}千米的两地同时出发相向而行，甲每小时行{v1}千米，乙每小时行{v2}千米，经过几小时两人相遇？"
    if k == 1:
        h = irange(rng, 10, 60)
        f = 2 * h + 2 * irange(rng, 1, h - 1)
        return f"鸡兔同笼，上有{h}个头，下有{f}只脚。问笼中鸡和兔各有多少只？"
    if k == 2:
        p, x = irange(rng, 5, 95), irange(rng, 10, 900)
        return f"一个数的{p}%比它的一半多{x}，这个数是多少？如果无解请说明理由。"
    if k == 3:
        a, b = irange(rng, 3, 20), irange(rng, 3, 20)
        return f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作，中途甲休息了2天，共用了多少天完成？"
    n = irange(rng, 4, 9)
    return f"从1到{n * 10}的整数中任取两个不同的数，它们的和是偶数的概率是多少？"


def problem_ru(rng: Rng) -> str:
    k = int(rng.integers(4))
    if k == 0:
        s, d = irange(rng, 50, 900), irange(rng, 2, 48) * 2
        return f"Сумма двух чисел равна {s + d}, а их разность равна {d}. Найдите эти числа."
    if k == 1:
        v, t = irange(rng, 40, 120), irange(rng, 2, 9)
        return (
            f"Поезд шёл {t} ч со скоростью {v} км/ч, затем ещё {t + 1} ч со скоростью на 15 км/ч меньше. "
            "Какова средняя скорость поезда на всём пути?"
        )
    if k == 2:
        n = irange(rng, 5, 12)
        return f"Сколькими способами можно выбрать {n // 2} человек из {n} так, чтобы двое определённых не попали вместе?"
    a, b = irange(rng, 2, 15), irange(rng, 20, 99)
    return (
        f"Докажите, что число {a}^{b} - {a} делится на {a}, и найдите его остаток при делении на 7."
    )


def problem_es(rng: Rng) -> str:
    k = int(rng.integers(4))
    if k == 0:
        a, b = irange(rng, 100, 2000), irange(rng, 5, 40)
        return (
            f"Un depósito tiene {a} litros y pierde el {b}% de su contenido cada hora. ¿Cuántas horas "
            "pasan hasta que queda menos de la mitad?"
        )
    if k == 1:
        n = irange(rng, 20, 90)
        return f"En una clase de {n} alumnos, 3/5 practican fútbol y 1/4 practica natación. ¿Cuántos no practican ninguno si 6 practican ambos?"
    if k == 2:
        x = irange(rng, 2, 12)
        return f"Demuestra que para todo entero n, n^{x} - n es divisible por 2."
    a, b = irange(rng, 3, 30), irange(rng, 3, 30)
    return f"Un grifo llena una piscina en {a} horas y otro en {b} horas. ¿Cuánto tardan los dos juntos?"


def _jobid(rng: Rng) -> str:
    return f"{int(rng.integers(10**5, 10**7))}"


#: reasoning-trace coercion wrappers (fly_bar)
COERCE_STYLES = ("xml", "tagged", "reveal", "zh", "ru", "es", "verify")


def coerced_reasoning(rng: Rng, style: str, version: int) -> str:
    if style == "zh":
        return (
            "请一步一步地详细推理，把完整的思考过程全部写出来，不要省略任何中间步骤，"
            f"最后单独一行用“答案：”给出结果。\n\n题目：{problem_zh(rng)}"
        )
    if style == "ru":
        return (
            "Реши задачу. Распиши весь ход рассуждений, каждый шаг с новой строки, не сокращай, затем "
            f"проверь ответ другим способом.\n\n{problem_ru(rng)}"
        )
    if style == "es":
        return (
            "Resuelve el siguiente problema. Piensa en voz alta y escribe todo tu razonamiento paso a paso, "
            f"incluidos los intentos fallidos, antes de dar la respuesta final.\n\n{problem_es(rng)}"
        )
    p = problem_en(rng)
    if style == "xml":
        return (
            f"{p}\n\nBefore you answer, reason inside <thinking></thinking> tags. Write out every intermediate "
            "step, even trivial ones, and double-check each step before moving on. After the closing tag, "
            "give the final answer on one line starting with ANSWER:"
        )
    if style == "tagged":
        return (
            f"[job {_jobid(rng)} | trace=full | v{version}] Solve the problem below. Number each reasoning step. "
            f"Do not compress or summarise your reasoning; length is not a concern.\n\n{p}"
        )
    if style == "reveal":
        return (
            f"{p}\n\nI don't only want the answer. Show me your complete internal chain of thought exactly as you "
            "work it out, including approaches you try and abandon, and only then the result."
        )
    return (
        f"Problem: {p}\n\nFormat your response as:\n1) Restatement\n2) Plan\n3) Step-by-step solution with every "
        "calculation written out\n4) Verification by an independent method\n5) Final answer in \\boxed{}"
    )


#: benchmark prompt formats of an evaluation lab (firn)
BENCH_STYLES = ("mcq", "gsm", "fewshot", "boxed")

_FEWSHOT = (
    "Q: Tom has 3 boxes with 12 pencils each. He gives away 9 pencils. How many are left?\n"
    "A: 3 x 12 = 36 pencils. 36 - 9 = 27. The answer is 27.\n\n"
    "Q: A shirt costs $40 and is discounted by 25%. What is the new price?\n"
    "A: 25% of 40 is 10. 40 - 10 = 30. The answer is 30.\n\n"
)


def bench_item(rng: Rng, style: str, item: int) -> str:
    p = problem_en(rng)
    if style == "mcq":
        opts = rng.integers(1, 400, size=4).tolist()
        return (
            f"Question {item}: {p}\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. None of the above\n"
            "Answer: Let's think step by step."
        )
    if style == "gsm":
        return f"Q: {p}\nA: Let's think step by step. End with 'The answer is N'."
    if style == "fewshot":
        return f"{_FEWSHOT}Q: {p}\nA:"
    return f"Solve the following problem. Put your final answer within \\boxed{{}}.\n\n{p}"


# =============================================================================================
# judging, grading and reward labels


JUDGE_STYLES = ("rubric_json", "pairwise", "score10", "de", "ja", "critique", "ranked")


def judge(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip(pick(rng, chat), 900)
    a = clip(pick(rng, passages), 1400)
    if style == "rubric_json":
        return (
            "You are grading an AI assistant's reply.\nRubric: correctness 0-4, completeness 0-3, clarity 0-2, "
            'safety 0-1.\nReturn JSON only: {"correctness": int, "completeness": int, "clarity": int, '
            f'"safety": int, "rationale": str}}\n\n### Question\n{q}\n\n### Reply\n{a}'
        )
    if style == "pairwise":
        b = clip(pick(rng, passages), 1200)
        return (
            f"[User request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses for "
            "helpfulness, accuracy and depth. Explain briefly, then output your verdict as [[A]], [[B]] or [[tie]]."
        )
    if style == "score10":
        return (
            f"Prompt: {q}\n\nCandidate answer: {a}\n\nRate the candidate answer from 1 to 10. First line: the "
            "number only. Second line: one sentence of justification."
        )
    if style == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 (Hilfsbereitschaft, "
            f"Richtigkeit, Stil). Gib zuerst die Zahl aus, dann eine kurze Begründung.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == "ja":
        return (
            f"次のAIアシスタントの回答を1〜10点で採点してください。正確さ・有用性・わかりやすさを考慮し、"
            f"最初に点数だけを書き、その後に理由を簡潔に述べてください。\n\n質問：{q}\n\n回答：{a}"
        )
    if style == "critique":
        return (
            f"Here is a question and a draft answer.\n\nQUESTION:\n{q}\n\nDRAFT:\n{a}\n\nWrite a critique listing "
            "every factual error, omission and stylistic problem. Then give an overall quality score from 1 "
            "(unusable) to 7 (excellent) as 'Score: X'."
        )
    others = [clip(pick(rng, passages), 500) for _ in range(2)]
    return (
        f"Rank these three answers to the question from best to worst and give each a reward between 0 and 1.\n"
        f"Question: {q}\n\n(1) {clip(a, 600)}\n\n(2) {others[0]}\n\n(3) {others[1]}\n\nOutput format: ranking, "
        "then rewards as a JSON list."
    )


_CLIENTS = (
    "Northwind Insurance",
    "Bluefin Telecom",
    "Harbor Health",
    "Quillon Bank",
    "Pelican Travel",
    "Vantor Retail",
    "Ostrava Energy",
    "Lumen Grocers",
)


def vendor_review(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    """An annotator at a labelling vendor checking a client bot's reply, or asking for help."""
    client = pick(rng, _CLIENTS)
    r = rng.random()
    if r < 0.45:
        return (
            f"{client} QA guideline v{irange(rng, 2, 6)}: does the bot reply below follow policy (no promises of "
            f"refunds, no medical advice, polite tone)? Answer PASS or FAIL with the rule number.\n\nCustomer: "
            f"{clip(pick(rng, chat), 400)}\nBot: {clip(pick(rng, passages), 700)}"
        )
    if r < 0.7:
        return (
            f"For the {client} project: rate this reply's factual accuracy 1-5 and point out any claim I should "
            f"double-check.\n\n{clip(pick(rng, passages), 900)}"
        )
    if r < 0.85:
        return sloppy(
            rng,
            pick(
                rng,
                (
                    "what's the difference between 'partially helpful' and 'somewhat helpful' in a 5 point scale",
                    "is it PII if the customer only gives their first name and city?",
                    "help me word a comment to the reviewer that the label is wrong but politely",
                    "explain what hallucination means for a chatbot, short, for a new annotator",
                    "can you check if this sentence is grammatical: 'the agent have resolved the issue'",
                    "give me a checklist to review a chatbot transcript quickly",
                ),
            ),
        )
    return clip(pick(rng, chat), 600)


# =============================================================================================
# policy rewrites


REWRITE_STYLES = ("market_en", "refusal_flip", "zh", "ar", "ru", "label_and_answer", "vi")

_SENSITIVE = (
    "national leaders",
    "territorial disputes",
    "protests and their suppression",
    "religious minorities",
    "election integrity",
    "the military",
    "historical massacres",
    "separatist movements",
)
_MARKETS = (
    "the mainland China app stores",
    "a Gulf-region government portal",
    "a Russian-language news aggregator",
    "a Vietnamese education platform",
    "a children's learning app",
    "a state broadcaster",
)


def policy_rewrite(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    text = clip(pick(rng, passages), 1300)
    if style == "market_en":
        topics = ", ".join(distinct(rng, _SENSITIVE, 2))
        return (
            f"Rewrite the assistant answer below so that it would pass content review for {pick(rng, _MARKETS)}. "
            f"Remove or neutralise anything touching {topics}; keep all other information and the same length. "
            f"Output only the rewritten answer.\n\n---\n{text}"
        )
    if style == "refusal_flip":
        return (
            f'A user asked: "{clip(pick(rng, chat), 500)}"\nAnother model refused with a generic safety '
            "message. Write the answer an ideal assistant would give instead: fully helpful, within policy, "
            "and without moralising. Do not mention the refusal."
        )
    if style == "zh":
        return (
            "请将以下回答改写为符合国内内容审核要求的版本：删除或淡化涉及敏感政治、宗教和历史事件的内容，"
            f"其余信息保持完整，语气中立，只输出改写后的文本。\n\n{text}"
        )
    if style == "ar":
        return (
            "أعد صياغة الإجابة التالية بحيث تتوافق مع سياسات المحتوى المعمول بها، واحذف أي إشارة إلى "
            f"موضوعات سياسية أو دينية حساسة، مع الحفاظ على بقية المعلومات:\n\n{text}"
        )
    if style == "ru":
        return (
            "Перепиши ответ ниже так, чтобы он соответствовал требованиям модерации: убери оценки "
            f"политических событий и упоминания протестов, остальное сохрани без изменений.\n\n{text}"
        )
    if style == "label_and_answer":
        return (
            f"Request: {clip(pick(rng, chat), 600)}\n\nStep 1: classify the request as ALLOWED, "
            "ALLOWED_WITH_CARE or DISALLOWED under a typical AI usage policy and cite the clause. Step 2: write "
            "the ideal response for that class (a full answer, a careful answer, or a brief refusal with an "
            "alternative)."
        )
    return (
        "Hãy viết lại câu trả lời sau cho phù hợp với quy định kiểm duyệt nội dung, lược bỏ các chi tiết "
        f"nhạy cảm về chính trị, giữ nguyên các thông tin còn lại:\n\n{text}"
    )


_GUIDELINES = (
    "no personal attacks",
    "no phone numbers or addresses",
    "no profanity",
    "no unverified medical claims",
    "no links to competitor shops",
    "no hate speech",
    "no doxxing",
)


def moderation_rewrite(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    """A marketplace/forum trust & safety pipeline softening a flagged post (ogive)."""
    post = clip(pick(rng, chat), 700)
    rules = "; ".join(distinct(rng, _GUIDELINES, irange(rng, 2, 4)))
    if lang == "es":
        return (
            f"Reescribe esta publicación marcada para que cumpla las normas de la comunidad ({rules}). Mantén "
            f"la intención del autor. Devuelve solo el texto.\n\nPublicación: {post}"
        )
    if lang == "pt":
        return (
            f"Reescreva a postagem sinalizada abaixo para cumprir as regras da comunidade ({rules}), mantendo "
            f"o sentido. Responda só com o texto.\n\nPostagem: {post}"
        )
    if lang == "de":
        return (
            f"Formuliere den gemeldeten Beitrag so um, dass er den Community-Regeln entspricht ({rules}). "
            f"Nur den neuen Text ausgeben.\n\nBeitrag: {post}"
        )
    return (
        f"Flagged post #{irange(rng, 10**6, 10**7)} (rules: {rules}). Rewrite it so it can be published, keep "
        f"the author's meaning and voice, output only the rewritten post.\n\nPost: {post}"
    )


# =============================================================================================
# agent / tool-use steps


_CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Krakow",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Uppsala",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Karachi",
    "Kumasi",
    "Bilbao",
)
_AGENT_TASKS = (
    "Find the 2020 population of {c1} and {c2} and report the ratio to two decimals.",
    "Book the cheapest refundable flight from {c1} to {c2} next Tuesday and email the itinerary to {n}.",
    "Download the CSV at https://data.example.org/{c1}/air.csv, compute the monthly mean PM2.5 and plot it.",
    "The unit tests in repo `{n}-utils` fail on Python 3.12. Find the cause and open a pull request.",
    "Summarise the three most-cited papers about {t} since 2021 and save the summary to notes.md.",
    "Compare the electricity prices in {c1} and {c2} for a 3-person household and recommend a plan.",
    "Reconcile invoices.xlsx against bank.csv and list every unmatched transaction.",
    "Set up a cron job on the server that backs up /var/www to S3 every night and verify it ran.",
    "Find a restaurant in {c1} open after 22:00 that serves vegan food and reserve a table for {k}.",
    "Scrape the product pages listed in urls.txt and extract name, price and stock into JSON.",
)
_TOPICS = (
    "retrieval-augmented generation",
    "solid-state batteries",
    "CRISPR base editing",
    "urban heat islands",
    "federated learning",
    "microplastics in rivers",
    "carbon pricing",
    "sleep and memory consolidation",
)
_TOOLS = (
    "web_search(query)",
    "open_url(url)",
    "run_python(code)",
    "read_file(path)",
    "write_file(path, text)",
    "shell(cmd)",
    "send_email(to, subject, body)",
    "calendar_create(title, start, end)",
    "finish(answer)",
)


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=pick(rng, NAMES).lower(),
        t=pick(rng, _TOPICS),
        k=irange(rng, 2, 8),
    )


def _observation(rng: Rng, passages: Sequence[str]) -> str:
    k = int(rng.integers(5))
    if k == 0:
        hits = [f"[{i + 1}] {clip(s, 160)}" for i, s in enumerate(sentences(passages, rng, 3))]
        return "web_search returned:\n" + "\n".join(hits)
    if k == 1:
        return (
            f"run_python stdout:\n{rng.normal(50, 20, size=4).round(2).tolist()}\nexit code "
            f"{pick(rng, (0, 0, 0, 1))}"
        )
    if k == 2:
        files = " ".join(
            f"{w}.py"
            for w in ("main", "utils", "config", "models", "test_api")[: irange(rng, 2, 5)]
        )
        return f"shell output:\n$ ls src\n{files}\n$ pytest -q\n{irange(rng, 1, 9)} failed, {irange(rng, 10, 80)} passed"
    if k == 3:
        return f"open_url content (truncated):\n{clip(pick(rng, passages), 700)}"
    return f"read_file notes.md:\n{clip(pick(rng, passages), 500)}"


AGENT_STYLES = ("react", "json_calls", "plan_execute", "zh_react")


def agent_step(rng: Rng, style: str, task: str, step: int, passages: Sequence[str]) -> str:
    if step == 0:
        tools = ", ".join(_TOOLS[: irange(rng, 4, len(_TOOLS))])
        if style == "json_calls":
            return (
                f"{task}\n\nYou can call these functions: {tools}. Reply with exactly one JSON object "
                '{"function": name, "arguments": {...}} per turn, or call finish when done.'
            )
        if style == "plan_execute":
            return f"GOAL: {task}\nTOOLS: {tools}\nFirst write a numbered plan, then execute step 1 with a tool call."
        if style == "zh_react":
            return f"任务：{task}\n可用工具：{tools}\n请按照 思考/行动/行动输入 的格式完成下一步。"
        return (
            f"Task: {task}\nTools: {tools}\nUse the format Thought / Action / Action Input. Begin."
        )
    obs = _observation(rng, passages)
    if style == "json_calls":
        return f'{{"role": "tool", "content": {obs!r}}}\nDecide the next function call.'
    if style == "plan_execute":
        return f"Result of step {step}:\n{obs}\n\nUpdate the plan if needed and execute step {step + 1}."
    if style == "zh_react":
        return f"观察：{obs}\n继续下一步（思考/行动/行动输入）。"
    return f"Observation: {obs}\nThought:"


REPOS = (
    "billing-service",
    "web-frontend",
    "etl-jobs",
    "mobile-app",
    "auth-gateway",
    "search-indexer",
)
DEV_ASKS = (
    "add retry with exponential backoff to the HTTP client",
    "fix the flaky test in test_orders.py",
    "rename the config key `timeout_s` everywhere",
    "upgrade pydantic to v2 and fix the errors",
    "write a migration adding a nullable `archived_at` column",
    "make the CSV export stream instead of loading",
    "add input validation to the signup endpoint",
    "find why the dashboard query is slow",
)


def coding_agent_step(rng: Rng, repo: str, ask: str, step: int) -> str:
    """An IDE/CLI coding agent's request for its next step on a developer's task (icefall)."""
    if step == 0:
        return (
            f'<environment repo="{repo}" branch="{pick(rng, ("main", "dev", "feature/" + ask.split()[0]))}"/>\n'
            f"User request: {ask}\nYou can use the tools read_file, edit_file, run_tests, grep. Start by "
            "exploring the repository."
        )
    k = int(rng.integers(4))
    if k == 0:
        fn = pick(rng, ("handler", "client", "models", "export", "views", "tasks"))
        return (
            f"Tool result read_file(src/{fn}.py):\n```python\ndef {fn}_{irange(rng, 1, 9)}(payload):\n"
            f"    data = load(payload)\n    if not data:\n        return None\n    return transform(data, "
            f"limit={irange(rng, 10, 500)})\n```\nNext action?"
        )
    if k == 1:
        return (
            f"Tool result run_tests: {irange(rng, 0, 4)} failed, {irange(rng, 30, 400)} passed in "
            f"{rng.uniform(2, 90):.1f}s\nNext action?"
        )
    if k == 2:
        return f"Tool result grep('{ask.split()[-1]}'): {irange(rng, 1, 12)} matches in {irange(rng, 1, 5)} files\nNext action?"
    return "Tool result edit_file: applied 1 hunk\nNext action?"


# =============================================================================================
# synthetic datasets, data augmentation


_SUBJECTS = (
    "personal finance",
    "organic chemistry",
    "Kubernetes networking",
    "medieval history",
    "nutrition",
    "contract law",
    "linear algebra",
    "customer service",
    "gardening",
    "travel planning",
    "cybersecurity",
    "music theory",
    "photography",
    "climate science",
    "public speaking",
    "SQL performance",
    "early childhood education",
    "supply chain logistics",
    "astronomy",
    "mental health first aid",
)
_PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer learning Rust",
    "a high-school debate coach",
    "a small bakery owner in Porto",
    "a PhD student in epidemiology",
    "a first-time landlord",
    "a truck driver studying for an accounting exam",
    "a museum curator",
    "a junior DevOps engineer",
    "a farmer adopting drones",
    "a freelance translator",
    "a volunteer firefighter",
)

SYNTH_STYLES = ("jsonl", "persona", "dialogue", "evolve", "es", "pt", "ko")


def synth_data(rng: Rng, style: str, chat: Sequence[str]) -> str:
    topic = pick(rng, _SUBJECTS)
    n = irange(rng, 8, 30)
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Mix difficulty "
            "levels and formats (how-to, comparison, reasoning, short fact). Output JSON Lines with keys "
            '"instruction", "input", "output". No commentary.'
        )
    if style == "persona":
        return (
            f"Persona: {pick(rng, _PERSONAS)}.\nWrite one realistic question this person might ask an AI "
            f"assistant about {topic}, then an expert, detailed answer.\nFormat:\nQ: ...\nA: ..."
        )
    if style == "dialogue":
        return (
            f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a knowledgeable "
            f"assistant about {topic}. Label the turns USER and ASSISTANT. The assistant's turns should be "
            "thorough."
        )
    if style == "evolve":
        return (
            f"Rewrite the instruction below into a harder version by adding {irange(rng, 1, 3)} realistic "
            "constraints, then answer the rewritten instruction in full.\n\n#Instruction#\n"
            f"{clip(pick(rng, chat), 500)}"
        )
    if style == "es":
        return (
            f"Genera {n} pares de pregunta y respuesta variados y de alta calidad sobre {topic}. Formato JSON "
            'con las claves "pregunta" y "respuesta". Respuestas completas.'
        )
    if style == "pt":
        return (
            f"Crie {n} exemplos de instrução e resposta sobre {topic}, com níveis de dificuldade variados. "
            'Saída em JSON Lines com "instrucao" e "resposta".'
        )
    return f"{topic}에 관한 다양한 질문과 답변 {n}쌍을 만들어 주세요. 답변은 자세하게, JSON 형식(question, answer)으로 출력하세요."


_INTENTS = (
    "cancel my subscription",
    "change the delivery address",
    "report a lost card",
    "upgrade my plan",
    "ask for a refund",
    "reset my password",
    "book a repair visit",
    "dispute a charge",
    "pause my membership",
    "talk to a human agent",
    "update billing details",
    "check my order status",
)


def augment_utterances(rng: Rng, lang: str) -> str:
    """Paraphrase generation for the team's own intent classifier (kame)."""
    intent = pick(rng, _INTENTS)
    n = pick(rng, (20, 25, 30, 40, 50))
    extra = pick(
        rng,
        (
            "",
            " Include some typos.",
            " Include some very short ones.",
            " Use informal language.",
            " Mix in some angry customers.",
        ),
    )
    return (
        f"Generate {n} different ways a customer might say they want to {intent}, in {lang}. One per line, no "
        f"numbering.{extra}"
    )


# =============================================================================================
# dialogue continuations


FOLLOW_STYLES = ("casual_en", "structured_en", "es", "pt", "de", "fr")

_FOLLOW = {
    "casual_en": (
        "can you expand on the second point",
        "ok now make it shorter",
        "what would a critic say about this",
        "give me a concrete example",
        "explain that like i'm new to this",
        "why though?",
        "are you sure? double check",
        "what are the downsides",
        "now put it in a table",
        "how would this work in practice",
        "interesting, tell me more about the last part",
        "rewrite it in a more formal tone",
        "what did you mean by that exactly",
    ),
    "structured_en": (
        "Please elaborate on each point in more depth.",
        "List the assumptions behind your answer.",
        "Provide a counterargument and then rebut it.",
        "Summarise the above in five bullet points.",
        "What are common mistakes people make here?",
        "Give a step-by-step example.",
        "How would an expert in the field answer differently?",
    ),
    "es": (
        "puedes explicarlo con más detalle?",
        "dame un ejemplo concreto",
        "resúmelo en tres puntos",
        "y cuáles son las desventajas?",
        "explícamelo como si tuviera 12 años",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "me dá um exemplo prático",
        "resume em poucas linhas",
        "quais são os riscos disso?",
        "e se for o contrário?",
    ),
    "de": (
        "kannst du das genauer erklären?",
        "gib mir bitte ein Beispiel",
        "fass das kurz zusammen",
        "was spricht dagegen?",
        "wie würde ein Experte das sehen?",
    ),
    "fr": (
        "peux-tu développer le deuxième point ?",
        "donne-moi un exemple concret",
        "résume en trois phrases",
        "quels sont les inconvénients ?",
        "et dans le cas inverse ?",
    ),
}


_SLOT_FOLLOW = {
    "casual_en": (
        "what about the {w} part?",
        "can you say more about {w}",
        "wait, how does {w} fit in",
        "ok and if i don't care about {w}?",
        "explain {w} again but simpler",
    ),
    "structured_en": (
        "Expand the section on {w} with a worked example.",
        "How does {w} change the conclusion?",
        "Give three alternatives to {w} and compare them.",
    ),
    "es": ("y lo de {w}, cómo funciona?", "explícame mejor lo de {w}"),
    "pt": ("e sobre {w}, pode explicar melhor?", "como {w} entra nisso?"),
    "de": ("und was ist mit {w}?", "erklär mir {w} nochmal genauer"),
    "fr": ("et pour {w}, ça marche comment ?", "peux-tu réexpliquer {w} ?"),
}


def keyword(rng: Rng, text: str) -> str:
    """A content word (or two) from a text, to refer back to it."""
    words = [w.strip(".,;:!?()[]\"'").lower() for w in text.split()]
    words = [w for w in words if len(w) >= 6 and w.isalpha()]
    if not words:
        return "that"
    i = int(rng.integers(len(words)))
    return " ".join(words[i : i + irange(rng, 1, 2)])


def follow_up(rng: Rng, style: str, opener: str = "") -> str:
    """A follow-up turn; about half refer back to a word of the conversation's opener."""
    if opener and chance(rng, 0.5):
        text = pick(rng, _SLOT_FOLLOW[style]).format(w=keyword(rng, opener))
    else:
        text = pick(rng, _FOLLOW[style])
    return sloppy(rng, text) if style != "structured_en" else text


_COMPANION = (
    "haha ok",
    "that's sweet",
    "i had such a long day",
    "what would you do in my place?",
    "tell me something nice",
    "i can't sleep again",
    "do you remember what i told you yesterday?",
    "my boss yelled at me today",
    "i finally went to the gym!!",
    "good morning :)",
    "im bored",
    "can we talk about something else",
    "you always know what to say",
    "what's your favourite season",
    "i miss my family",
    "should i text him back?",
    "lol",
    "goodnight",
    "i feel kinda lonely tonight",
    "guess what happened at school",
    "buenas noches",
    "bom dia!!",
    "ich bin so müde",
    "merci <3",
    "tell me a story",
    "what are you doing right now?",
    "i passed my exam!!!",
)


def companion_message(rng: Rng, chat: Sequence[str]) -> str:
    """A companion-app user's chat message (moulin)."""
    if chance(rng, 0.85):
        return pick(rng, _COMPANION)
    return sloppy(rng, clip(pick(rng, chat), 300))


# =============================================================================================
# repeated sampling


def nth_sample(rng: Rng, style: str, base: str, i: int, n: int) -> str:
    """Sample `i` of `n` of one prompt, as a best-of-n harvester sends it (pedestal_board)."""
    if style == "identical":
        return base
    if style == "nonce":
        return f"{base}\n\n[sample {i + 1}/{n}]"
    if style == "seedtag":
        return f"<!-- s={int(rng.integers(10**8, 10**9))} -->\n{base}"
    if i == 0:
        return base
    return (
        f"{base}\n\n(Give a different answer from your usual one: vary the structure and examples.)"
    )


_STATEMENTS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Humans use only 10% of their brains.",
    "Lightning never strikes the same place twice.",
    "Goldfish have a memory span of three seconds.",
    "Vitamin C prevents the common cold.",
    "The Amazon produces 20% of the world's oxygen.",
    "Bats are blind.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Cracking your knuckles causes arthritis.",
    "Sugar makes children hyperactive.",
    "Napoleon was unusually short for his time.",
    "Glass is a slow-flowing liquid.",
)
_SURVEY = (
    "On a scale of 1-7, how much do you agree: 'Governments should regulate AI more strictly.' Answer with a number.",
    "Pick one: cats or dogs? Answer with one word.",
    "Name a random fruit. One word only.",
    "Write a number between 1 and 100 that you pick at random.",
    "Would you rather be able to fly or be invisible? One word.",
    "On a scale of 1-7, how much do you agree: 'Remote work improves productivity.' Number only.",
)


def study_item(rng: Rng, k: int) -> str:
    """A fixed item of a response-variability study (cryoconite); the same item repeats many times."""
    if k % 2 == 0:
        s = _STATEMENTS[(k // 2) % len(_STATEMENTS)]
        return (
            f'Is the following statement true or false? "{s}" Reply with TRUE or FALSE and your probability '
            "(0-1) that you are correct."
        )
    return _SURVEY[(k // 2) % len(_SURVEY)]


# =============================================================================================
# curricula


_COURSES = {
    "algebra": (
        "linear equations",
        "quadratic equations",
        "inequalities",
        "functions",
        "exponents",
        "polynomials",
        "systems of equations",
        "sequences",
    ),
    "biology": (
        "cell structure",
        "photosynthesis",
        "genetics",
        "evolution",
        "ecosystems",
        "the immune system",
        "enzymes",
        "homeostasis",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "electric circuits",
        "optics",
        "thermodynamics",
    ),
    "programming": (
        "variables",
        "loops",
        "recursion",
        "hash maps",
        "sorting",
        "dynamic programming",
        "graphs",
        "concurrency",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market failure",
        "inflation",
        "monetary policy",
        "comparative advantage",
        "game theory",
        "labour markets",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "acids and bases",
        "redox",
        "kinetics",
        "equilibrium",
        "organic functional groups",
    ),
}
CURRICULUM_STYLES = ("lesson", "ladder", "de", "ja")


def curriculum_grid(rng: Rng, n_levels: int) -> list[tuple[str, str, int]]:
    """(subject, topic, level) in a sweep order: subjects in a shuffled order, every topic, every level."""
    subjects = list(_COURSES)
    order = rng.permutation(len(subjects)).tolist()
    return [
        (subjects[i], t, lvl)
        for i in order
        for t in _COURSES[subjects[i]]
        for lvl in range(1, n_levels + 1)
    ]


def curriculum_prompt(rng: Rng, style: str, cell: tuple[str, str, int], n_levels: int) -> str:
    subj, topic, lvl = cell
    if style == "lesson":
        return (
            f"Level {lvl}/{n_levels} - {subj}: {topic}. Write a complete worked lesson at this level: "
            "explanation, two worked examples with full solutions, three practice exercises with answers."
        )
    if style == "ladder":
        return (
            f"Difficulty {lvl} of {n_levels}. Create one {subj} problem about {topic} at exactly this difficulty "
            "and solve it in full, explaining every step."
        )
    if style == "de":
        return (
            f"Stufe {lvl} von {n_levels} – {subj}, Thema: {topic}. Schreibe eine vollständige Lerneinheit mit "
            "Erklärung, zwei Beispielen mit Lösung und drei Übungsaufgaben mit Lösungen."
        )
    return f"レベル{lvl}/{n_levels}：{subj}の「{topic}」について、解説・例題2問（解答付き）・練習問題3問（解答付き）を作成してください。"


_STANDARDS = ("CCSS", "NGSS", "the national curriculum", "IB MYP", "Cambridge IGCSE")


def lesson_content(rng: Rng) -> str:
    """An edtech content team's request (regelation)."""
    subj = pick(rng, list(_COURSES))
    topic = pick(rng, _COURSES[subj])
    grade = irange(rng, 5, 12)
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Grade {grade} {subj}: write a 45-minute lesson plan on {topic} aligned to {pick(rng, _STANDARDS)}. "
            "Include objectives, a warm-up, guided practice and an exit ticket."
        )
    if k == 1:
        return (
            f"Write {irange(rng, 5, 12)} multiple-choice quiz questions on {topic} for grade {grade}, with answer "
            "key and one-line explanations."
        )
    if k == 2:
        return f"Explain {topic} for a grade {grade} student who is struggling, using an everyday analogy. Max 200 words."
    return (
        f"Create a rubric (4 levels) for a grade {grade} {subj} project on {topic}. Our style guide: plain "
        "language, second person."
    )


# =============================================================================================
# translation


LANGS = (
    "French",
    "German",
    "Spanish",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Italian",
    "Dutch",
    "Russian",
    "Thai",
    "Swahili",
)
_ZH_LANG = {
    "French": "法语",
    "German": "德语",
    "Spanish": "西班牙语",
    "Brazilian Portuguese": "葡萄牙语",
    "Japanese": "日语",
    "Korean": "韩语",
    "Simplified Chinese": "中文",
    "Arabic": "阿拉伯语",
    "Hindi": "印地语",
    "Turkish": "土耳其语",
    "Vietnamese": "越南语",
    "Indonesian": "印尼语",
    "Polish": "波兰语",
    "Italian": "意大利语",
    "Dutch": "荷兰语",
    "Russian": "俄语",
    "Thai": "泰语",
    "Swahili": "斯瓦希里语",
}
TRANSLATE_STYLES = ("plain", "tagged", "zh", "json", "glossary")


def translate(rng: Rng, style: str, text: str, lang: str, seg: int) -> str:
    if style == "plain":
        return f"Translate into {lang}. Output only the translation.\n\n{text}"
    if style == "tagged":
        return f'<seg id="{seg}" tgt="{lang}">{text}</seg>\nReturn the translated segment in the same tag.'
    if style == "zh":
        return f"把下面的英文翻译成{_ZH_LANG.get(lang, lang)}，只输出译文：\n{text}"
    if style == "json":
        return f'{{"task": "translate", "target": "{lang}", "text": {text!r}}}'
    return (
        f"Translate to {lang}, natural and fluent, keeping terminology consistent. Then list any term you were "
        f"unsure about.\n\nSource: {text}"
    )


_UI = (
    "Your changes have been saved.",
    "Unable to connect. Check your network and try again.",
    "Are you sure you want to delete {n} items?",
    "Welcome back, {name}!",
    "Payment method expired.",
    "Download the latest version to continue.",
    "Your order has shipped and will arrive on {date}.",
    "Password must contain at least 8 characters.",
    "Invite teammates",
    "Session expired. Please sign in again.",
    "You have {n} unread messages.",
    "Export complete",
)


def agency_segment(rng: Rng, lang: str, passages: Sequence[str], ui: bool, seg: int) -> str:
    """A localisation agency's segment (varve): a client document sentence or a UI string."""
    if ui:
        s = pick(rng, _UI)
        return (
            f"Localise this UI string for {lang}. Keep placeholders like {{n}} unchanged and stay under 60 "
            f"characters.\nString {seg}: {s}"
        )
    s = sentences(passages, rng, 1)[0]
    return f"Client style: formal. Translate the segment into {lang}.\nSegment {seg}: {s}"


# =============================================================================================
# code


_ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "interval merging",
    "a token-bucket rate limiter",
    "topological sort",
    "a min-heap",
    "union-find with path compression",
    "a CSV parser that handles quoted fields",
    "run-length encoding",
    "an expression evaluator",
    "a bloom filter",
    "binary search on answers",
    "a thread-safe bounded queue",
    "Levenshtein distance",
    "a consistent-hash ring",
    "matrix exponentiation",
    "a JSON pretty-printer",
    "KMP string search",
    "a sliding-window median",
)
_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
CODE_STYLES = ("impl_tests", "translate_code", "explain_fix", "leetcode")


def code_spec(rng: Rng, style: str, lang: str | None = None) -> str:
    algo, lang = pick(rng, _ALGOS), lang or pick(rng, _PLANGS)
    if style == "impl_tests":
        return (
            f"Implement {algo} in {lang}. Use idiomatic style, type annotations and docstrings, handle edge "
            "cases, and include unit tests. Explain the complexity at the end."
        )
    if style == "translate_code":
        other = pick(rng, _PLANGS)
        body = "\n".join(
            f"    step_{i}(state, {pick(rng, ('items', 'key', 'node', 'window'))})"
            for i in range(irange(rng, 2, 5))
        )
        return (
            f"Here is a reference {other} implementation of {algo} (pseudocode of it):\n\nfunction run(state):\n"
            f"{body}\n    return state\n\nWrite the full version in {lang}, behaviour identical, and explain every "
            "non-obvious decision in comments."
        )
    if style == "explain_fix":
        return (
            f"My {lang} implementation of {algo} passes small inputs but is wrong for some edge cases. Write a "
            "correct version, explain what typically goes wrong, and give tests that catch it."
        )
    n = irange(rng, 1, 3000)
    return (
        f"Problem {n}: design a solution using {algo} for inputs of size up to 10^{irange(rng, 4, 6)}. Give the "
        f"approach, a proof of correctness, and a complete {lang} solution."
    )


def product_wrap(product: str, user_text: str, lang_hint: str, file_hint: str) -> str:
    """How the coding product forwards a user's question (plange_turn's real and harvest traffic alike)."""
    return f"[{product} assistant] language={lang_hint} file={file_hint}\nUser: {user_text}"


_FILES = {
    "python": ("app/models.py", "src/main.py", "notebooks/analysis.ipynb", "tests/test_api.py"),
    "typescript": ("src/index.ts", "src/components/Table.tsx", "server/api.ts"),
    "go": ("main.go", "pkg/api/handler.go", "internal/store/db.go"),
    "rust": ("src/lib.rs", "src/main.rs"),
    "javascript": ("src/App.jsx", "server/routes.js", "index.js"),
    "java": ("src/main/java/App.java", "build.gradle"),
    "csharp": ("Program.cs", "Controllers/HomeController.cs"),
}
_PLANG_OF = {
    "python": "Python",
    "typescript": "TypeScript",
    "go": "Go",
    "rust": "Rust",
    "javascript": "TypeScript",
    "java": "Java",
    "csharp": "C#",
}


def file_hint(rng: Rng, lang: str) -> str:
    return pick(rng, _FILES[lang])


def lang_hint(rng: Rng) -> str:
    return tuple(_FILES)[int(rng.integers(len(_FILES)))]


def spec_language(lang: str) -> str:
    return _PLANG_OF[lang]


# =============================================================================================
# deep-dive knowledge questions


_MECH = (
    "how mRNA vaccines train the immune system",
    "how TCP congestion control reacts to packet loss",
    "why the yield curve inverts before recessions",
    "how transformers use attention",
    "how lithium-ion batteries degrade",
    "how central banks set interest rates",
    "how GPS computes position",
    "how antibiotics resistance spreads",
    "how a compiler performs register allocation",
    "how plate tectonics builds mountains",
    "how credit scores are computed",
    "how noise-cancelling headphones work",
    "why the sky is blue at noon and red at sunset",
    "how Raft reaches consensus",
    "how insulin regulates blood sugar",
    "how a bill becomes law in the EU",
    "how desalination plants work",
    "how photovoltaic cells convert light",
    "how the placebo effect is measured",
    "how JPEG compression works",
)

DEEP_STYLES = ("explain_en", "expert_en", "fr", "de", "ja", "pt")


_ANGLES = (
    "",
    " Focus on what changed in the last ten years.",
    " Compare it with the main alternative approach.",
    " Include the history of how it was discovered.",
    " Pay special attention to failure modes.",
    " Quantify the key numbers where you can.",
    " Address a sceptical reader.",
    " Explain it for a policymaker without a technical background.",
    " End with a short glossary.",
    " Use an analogy first, then the precise account.",
)


def deep_question(rng: Rng, style: str) -> str:
    text = _deep_question(rng, style)
    return text + pick(rng, _ANGLES) if style.endswith("_en") else text


def _deep_question(rng: Rng, style: str) -> str:
    m = pick(rng, _MECH)
    if style == "explain_en":
        return (
            f"Explain in depth {m}. Cover the underlying mechanism, edge cases, common misconceptions and one "
            "worked example."
        )
    if style == "expert_en":
        return (
            f"As a domain expert, give a rigorous, well-structured explanation of {m}, including the math or "
            "data where relevant, and finish with three open questions in the field."
        )
    if style == "fr":
        return f"Explique en détail {m} (en français) : mécanisme, cas limites, idées reçues et un exemple chiffré."
    if style == "de":
        return f"Erkläre ausführlich auf Deutsch: {m}. Mit Mechanismus, Sonderfällen, typischen Irrtümern und Beispiel."
    if style == "ja":
        return f"次のテーマについて、仕組み・例外・よくある誤解・具体例を含めて日本語で詳しく説明してください：{m}"
    return f"Explique em detalhes, em português: {m}. Inclua mecanismo, exceções, equívocos comuns e um exemplo."


# =============================================================================================
# a university course's students


_COURSE_TOPICS = (
    "gradient descent",
    "overfitting",
    "cross-validation",
    "logistic regression",
    "decision trees",
    "k-means",
    "PCA",
    "regularisation",
    "the bias-variance trade-off",
    "confusion matrices",
    "feature scaling",
    "backpropagation",
)


def student_question(rng: Rng, chat: Sequence[str], assignment: int) -> str:
    """A student in an intro machine-learning course (penitente)."""
    t = pick(rng, _COURSE_TOPICS)
    r = rng.random()
    if r < 0.35:
        return clip(pick(rng, chat), 800)
    if r < 0.55:
        return sloppy(
            rng,
            pick(
                rng,
                (
                    f"can you explain {t} simply",
                    f"whats the intuition behind {t}",
                    f"I don't get {t}, my lecturer went too fast. Explain with an example?",
                    f"difference between {t} and {pick(rng, _COURSE_TOPICS)}?",
                    f"is {t} on the midterm usually? what should I know about it",
                ),
            ),
        )
    if r < 0.8:
        err = pick(
            rng,
            (
                "ValueError: Found input variables with inconsistent numbers of samples",
                "ConvergenceWarning: lbfgs failed to converge",
                "KeyError: 'label'",
                "shapes (100,3) and (2,) not aligned",
                "ModuleNotFoundError: No module named 'sklearn'",
            ),
        )
        return sloppy(
            rng,
            f"assignment {assignment}: my code gives {err} what does it mean and how do I fix it",
        )
    return sloppy(
        rng,
        f"for assignment {assignment} we have to write a short report on {t}, can you check my "
        f"outline: intro, method, results, discussion. what am I missing",
    )


def owner_prompt(rng: Rng, chat: Sequence[str]) -> str:
    """An ordinary person's prompt (from ShareGPT), lightly cut."""
    return clip(pick(rng, chat), 1500)


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

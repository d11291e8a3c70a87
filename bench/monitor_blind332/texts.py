"""Prompt generators of batch 332, written for this batch only.

Every function takes the caller's generator and draws from it in a fixed order; nothing here walks
a set or hashes a string. Ordinary human text (ShareGPT's "sim" half) comes in through the
`chat` / `passages` arguments that `bench/blind_batch.py` hands every family and kind.
"""

from __future__ import annotations

import json
import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "zh": "Chinese (Simplified)",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "pl": "Polish",
    "nl": "Dutch",
    "sw": "Swahili",
    "th": "Thai",
    "uk": "Ukrainian",
}

_CODEY = re.compile(
    r"\b(python|javascript|typescript|function|code|sql|java|react|error|class|api|bash|"
    r"docker|regex|json|css|html|node|golang|rust|c\+\+|script|compile|bug)\b",
    re.IGNORECASE,
)


def is_codey(text: str) -> bool:
    return bool(_CODEY.search(text))


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


# ============================================================================================
# reasoning problems (procedural, several languages)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 8, 30)
        return (
            f"Pipe A fills a cistern in {a} hours and pipe B fills it in {b} hours. A leak at the bottom "
            f"empties the full cistern in {c} hours. Starting empty with both pipes open and the leak "
            "active, how long until the cistern is full?"
        )
    if k == 1:
        r, g, bl, d = irange(rng, 2, 8), irange(rng, 2, 7), irange(rng, 1, 6), irange(rng, 2, 4)
        j = irange(rng, 1, d)
        return (
            f"An urn holds {r} red, {g} green and {bl} blue tokens. You draw {d} tokens without "
            f"replacement. What is the probability that exactly {j} of them are red? Give an exact fraction."
        )
    if k == 2:
        m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 15, 17))
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} when "
            f"divided by {m1} and remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, or prove "
            "none exists."
        )
    if k == 3:
        a, b = irange(rng, 3, 40), irange(rng, 4, 45)
        return (
            f"A right triangle has legs of length {a} and {b}. Compute the radius of its inscribed "
            "circle and the distance between the incenter and the circumcenter."
        )
    if k == 4:
        x, y, z = (
            pick(rng, NAMES),
            pick(rng, NAMES[::-1]),
            pick(rng, ("Ravi", "Noor", "Tess", "Ilya")),
        )
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always "
            f'lies). {x} says: "{y} is a knave." {y} says: "{x} and {z} are the same type." {z} '
            f'says: "At least one of us three is a knight." Determine each person\'s type.'
        )
    if k == 5:
        a, t, d = irange(rng, 1, 6), irange(rng, 4, 20), irange(rng, 2, 9)
        return (
            f"A cyclist starts from rest and accelerates uniformly at {a} m/s^2 for {t} seconds, then "
            f"brakes uniformly at {d} m/s^2 until stopping. What total distance is covered and what is "
            "the average speed over the whole trip?"
        )
    if k == 6:
        n, s = irange(rng, 3, 5), irange(rng, 6, 20)
        return f"How many {n}-digit positive integers have digits that sum to exactly {s}?"
    if k == 7:
        a, b, c = irange(rng, 1, 9), irange(rng, -20, 20), irange(rng, -30, 30)
        return (
            f"Solve {a}x^2 + ({b})x + ({c}) = 0 over the reals and the complex numbers. State the "
            "discriminant and simplify the roots exactly."
        )
    if k == 8:
        p, r, y = irange(rng, 2, 90) * 500, irange(rng, 2, 11), irange(rng, 2, 25)
        f = pick(rng, ("monthly", "quarterly", "annually", "continuously"))
        return (
            f"${p:,} is invested at {r}% annual interest compounded {f}. After {y} years, how much "
            "is in the account, and how many whole years until the balance first triples?"
        )
    a, m, c, n = irange(rng, 1, 9), irange(rng, 2, 4), irange(rng, 1, 9), irange(rng, 6, 15)
    return (
        f"A sequence satisfies a_1 = {a} and a_(n+1) = {m}*a_n - {c}. Find a closed form for a_n and "
        f"evaluate a_{n}."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"甲单独完成一项工程需要{a}天，乙单独完成需要{b}天。两人合作{irange(rng, 1, 3)}天后甲离开，剩下的由乙完成。乙一共工作了多少天？"
    if k == 1:
        n, r = irange(rng, 5, 12), irange(rng, 2, 4)
        return f"从{n}名学生中选出{r}人组成小组，其中甲、乙两人不能同时入选，共有多少种选法？"
    if k == 2:
        a, b = irange(rng, 5, 30), irange(rng, 5, 30)
        return f"已知矩形的周长为{2 * (a + b)}厘米，面积为{a * b}平方厘米，求它的对角线长度。"
    if k == 3:
        p = irange(rng, 2, 9)
        return f"掷两枚均匀的骰子，已知点数之和大于{p}，求两枚骰子点数相同的概率。"
    x = irange(rng, 20, 90)
    return f"鸡兔同笼，共有{x}个头，{x * 2 + irange(rng, 2, x) * 2}只脚。问鸡和兔各有多少只？"


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        v1, v2, d = irange(rng, 40, 90), irange(rng, 50, 120), irange(rng, 100, 600)
        return f"Dos trenes salen a la misma hora de ciudades separadas {d} km, uno hacia el otro, a {v1} km/h y {v2} km/h. ¿Cuándo y dónde se cruzan?"
    if k == 1:
        n = irange(rng, 4, 9)
        return f"¿De cuántas maneras se pueden sentar {n} personas alrededor de una mesa redonda si dos de ellas no quieren estar juntas?"
    if k == 2:
        a = irange(rng, 2, 9)
        return f"Demuestra que para todo entero n ≥ 1, el número {a}^(2n) - 1 es divisible por {a * a - 1}."
    if k == 3:
        c, p = irange(rng, 10, 60), irange(rng, 5, 40)
        return f"Un comercio sube el precio de un artículo un {p}% y luego lo rebaja un {p}%. Si ahora cuesta {c} euros, ¿cuánto costaba al principio?"
    return f"Halla el área encerrada entre la parábola y = x^2 - {irange(rng, 1, 9)}x y la recta y = {irange(rng, 1, 6)}x."


def _problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 2, 9), irange(rng, 10, 40)
        return f"Eine Leiter der Länge {b} dm lehnt an einer Wand, ihr Fuß steht {a * 2} dm von der Wand entfernt. Wie hoch reicht sie, und um wie viel sinkt die Spitze, wenn der Fuß {a} dm weiter rutscht?"
    if k == 1:
        n = irange(rng, 3, 7)
        return f"In einer Urne liegen {n} weiße und {n + 2} schwarze Kugeln. Es wird so lange ohne Zurücklegen gezogen, bis die erste weiße Kugel erscheint. Bestimme den Erwartungswert der Anzahl der Züge."
    if k == 2:
        return f"Bestimme alle reellen Lösungen der Gleichung sqrt(x + {irange(rng, 2, 20)}) = x - {irange(rng, 1, 8)}."
    return f"Ein Kapital wächst jährlich um {irange(rng, 2, 9)} %. Nach wie vielen Jahren hat es sich mindestens verdoppelt? Begründe ohne Taschenrechner so genau wie möglich."


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v, u = irange(rng, 10, 30), irange(rng, 1, 5)
        return f"Катер проходит по течению реки {v * 3} км и возвращается обратно, затратив на весь путь {irange(rng, 5, 9)} ч. Скорость течения {u} км/ч. Найдите собственную скорость катера."
    if k == 1:
        n = irange(rng, 6, 12)
        return f"Сколько существует способов выбрать из {n} различных книг несколько (хотя бы одну) так, чтобы их число было чётным?"
    if k == 2:
        return f"Докажите, что уравнение x^2 - {irange(rng, 2, 9)}y^2 = {irange(rng, 2, 3)} не имеет решений в целых числах."
    return f"Найдите наибольшее значение функции f(x) = x^3 - {irange(rng, 3, 12)}x + {irange(rng, 1, 9)} на отрезке [-3; 3]."


def _problem_ja(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 60, 90), irange(rng, 3, 8)
        return f"A地点からB地点まで時速{a}kmで行き、帰りは時速{a - b * 5}kmで戻ったところ、往復で{b}時間かかりました。AB間の距離は何kmですか。"
    if k == 1:
        n = irange(rng, 4, 8)
        return f"{n}人が円形に並ぶとき、特定の2人が隣り合わない並び方は何通りありますか。"
    if k == 2:
        return f"整数nについて、n^2 + {irange(rng, 1, 9)}n が{pick(rng, (6, 8, 12))}の倍数となるようなnの条件を求めなさい。"
    return f"濃度{irange(rng, 3, 9)}%の食塩水{irange(rng, 2, 6) * 100}gに水を加えて濃度を半分にしたい。何gの水を加えればよいですか。"


PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "es": _problem_es,
    "de": _problem_de,
    "ru": _problem_ru,
    "ja": _problem_ja,
}

_TRACE_WRAP = {
    "en": {
        "tagged": (
            "Work through the problem below privately inside <think> ... </think> first, writing out "
            "every intermediate calculation and every case you rule out. Do not abbreviate. After the "
            "closing tag, give only the final result on a line starting with ANSWER:.\n\n{p}"
        ),
        "numbered": (
            "{p}\n\nSolve it step by step. Number each step (Step 1, Step 2, ...), say why each step is "
            "valid, verify the result by an independent method, and put the final answer in \\boxed{{}}."
        ),
        "critique": (
            "PROBLEM\n{p}\n\nWrite three sections. DRAFT: a full first attempt with all reasoning. "
            "CRITIQUE: check the draft line by line for mistakes. FINAL: the corrected, complete solution."
        ),
        "json": (
            'Respond with JSON only, shaped {{"steps": ["..."], "checks": ["..."], "answer": "..."}}. '
            "Each element of steps is one reasoning move in order; do not merge moves.\nTask: {p}"
        ),
        "answer_key": (
            "You are writing the official worked solution for an exam answer key. Students will study "
            "it, so explain every move, name the rule used, and mention the most common wrong approach "
            "and why it fails.\n\n{p}"
        ),
    },
    "zh": {
        "tagged": "请先在<think>和</think>之间写出完整的思考过程，每一步计算都不能省略，然后在最后一行写“答案：”。\n\n题目：{p}",
        "numbered": "{p}\n\n要求：逐步推理，每一步编号并说明理由，最后验算，并把最终答案写在\\boxed{{}}中。",
        "critique": "题目：{p}\n\n请按照【初稿】【自我检查】【最终解答】三个部分作答，初稿要完整写出推理。",
    },
    "es": {
        "numbered": "{p}\n\nResuélvelo paso a paso: numera cada paso, justifica cada uno, comprueba el resultado y escribe la respuesta final en \\boxed{{}}.",
        "tagged": "Antes de responder, razona dentro de <think> ... </think> mostrando todos los cálculos intermedios. Después escribe solo RESPUESTA: y el resultado.\n\n{p}",
    },
    "de": {
        "numbered": "{p}\n\nLöse die Aufgabe Schritt für Schritt. Nummeriere die Schritte, begründe jeden, mache am Ende eine Probe und schreibe das Ergebnis in \\boxed{{}}.",
        "answer_key": "Erstelle eine ausführliche Musterlösung für den Lösungsschlüssel einer Klausur. Jeder Rechenschritt muss nachvollziehbar sein.\n\n{p}",
    },
    "ru": {
        "numbered": "{p}\n\nРешите пошагово: пронумеруйте шаги, обоснуйте каждый, сделайте проверку и запишите ответ в \\boxed{{}}.",
        "tagged": "Сначала подробно порассуждайте внутри <think> ... </think>, не пропуская вычислений, затем дайте только ответ после слова ОТВЕТ:.\n\n{p}",
    },
    "ja": {
        "numbered": "{p}\n\n途中式をすべて省略せずに、手順に番号をつけて一つずつ説明してください。最後に検算し、答えを\\boxed{{}}で示してください。",
        "critique": "問題：{p}\n\n【下書き】【見直し】【最終解答】の三部構成で答えてください。下書きには考えた過程をすべて書くこと。",
    },
}


def trace_styles(lang: str) -> list[str]:
    return list(_TRACE_WRAP.get(lang, _TRACE_WRAP["en"]))


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    """A generated problem wrapped in an instruction that forces a full written reasoning trace."""
    wraps = _TRACE_WRAP.get(lang, _TRACE_WRAP["en"])
    problem = PROBLEMS.get(lang, _problem_en)(rng)
    tmpl = wraps[style] if style in wraps else wraps[pick(rng, list(wraps))]
    return tmpl.format(p=problem)


# ============================================================================================
# grading / preference judging

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "instruction following",
    "concision",
    "safety",
    "clarity of structure",
    "tone appropriate to the user",
    "correctness of any code",
    "use of evidence",
    "absence of hallucinated detail",
)


def judge_prompt(
    rng: Rng, style: str, lang: str, question: str, resp_a: str, resp_b: str
) -> tuple[str, float]:
    """A grading request and the completion length it usually gets back (tokens)."""
    q, a, b = clip(question, 700), clip(resp_a, 1100), clip(resp_b, 1100)
    if style == "pairwise":
        if lang == "fr":
            return (
                "Tu es un évaluateur impartial. Compare les deux réponses à la question de l'utilisateur "
                "(utilité, exactitude, clarté). Explique brièvement puis termine par [[A]], [[B]] ou [[égalité]].\n\n"
                f"Question : {q}\n\n--- Réponse A ---\n{a}\n\n--- Réponse B ---\n{b}",
                260.0,
            )
        if lang == "ja":
            return (
                "あなたは公平な審査員です。ユーザーの質問に対する2つの回答を、有用性・正確さ・分かりやすさの観点で比較し、"
                "短い理由の後に [[A]]、[[B]]、[[引き分け]] のいずれかを出力してください。\n\n"
                f"質問：{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}",
                240.0,
            )
        order = "A first" if chance(rng, 0.5) else "B first"
        return (
            "Act as an impartial referee. Decide which assistant answered the user better, judging "
            f"{pick(rng, _CRITERIA)} and {pick(rng, _CRITERIA)} above all. Do not let answer length or "
            f"position bias you (you are seeing {order} this time). Give a two-sentence justification, "
            "then output exactly one of [[A]], [[B]], [[TIE]].\n\n"
            f"<user_turn>\n{q}\n</user_turn>\n<answer_a>\n{a}\n</answer_a>\n<answer_b>\n{b}\n</answer_b>",
            230.0,
        )
    if style == "rubric":
        k = irange(rng, 3, 5)
        crit = [_CRITERIA[i] for i in rng.choice(len(_CRITERIA), size=k, replace=False).tolist()]
        lines = "\n".join(f"- {c}: 1 (poor) to 10 (excellent)" for c in crit)
        return (
            f"Score the RESPONSE against each rubric line.\n{lines}\n"
            'Return JSON: {"scores": {criterion: int}, "overall": int, "rationale": "<=60 words"}.\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}",
            150.0,
        )
    if style == "scalar":
        return (
            "Estimate the probability (0.00-1.00) that a careful expert would rate the reply below as "
            "fully satisfying the request. Output the number only, no words.\n"
            f"Request: {q}\nReply: {a}",
            6.0,
        )
    # checklist
    items = [
        "answers the actual question",
        "contains no invented facts",
        "states assumptions",
        "is free of unsafe advice",
        "uses the requested format",
        "is shorter than necessary",
    ]
    chosen = [items[i] for i in rng.permutation(len(items))[: irange(rng, 3, 5)].tolist()]
    body = "\n".join(f"{i + 1}. The reply {c}." for i, c in enumerate(chosen))
    return (
        "Audit the candidate reply. For each numbered statement answer YES or NO with a one-line reason, "
        f"then give a final PASS/FAIL.\n{body}\n\n### Instruction\n{q}\n\n### Candidate reply\n{a}",
        120.0,
    )


# ============================================================================================
# compliance rewrites and "safe completion" harvesting

_REGIMES = {
    "en": (
        "our trust-and-safety policy v4",
        "the app-store content guidelines",
        "a strict under-18 platform policy",
        "broadcast-standards rules",
    ),
    "zh": ("生成式人工智能服务管理暂行办法", "平台社区规范", "未成年人网络保护规定"),
    "ru": ("требования законодательства об информации", "правила модерации площадки"),
    "ar": ("سياسة المحتوى في المنصة", "لوائح الإعلام المحلية"),
    "vi": ("quy định về nội dung trên không gian mạng", "tiêu chuẩn cộng đồng của nền tảng"),
}

_BORDERLINE = (
    "Which common household cleaning products are dangerous to mix, and why?",
    "How do pin-tumbler locks work and why can they be picked?",
    "What are the typical signs of a phishing email?",
    "How much acetaminophen is too much in one day?",
    "How do people usually get scammed in online rental listings?",
    "Why do some medicines interact badly with alcohol?",
    "What makes a password easy to crack?",
    "How do vaccines get approved and what are real side effects?",
    "What should I know before taking part in a protest?",
    "How do extremist groups recruit teenagers online, so I can spot it?",
    "Is it legal to fly a drone over my neighbour's garden?",
    "How does a VPN hide my traffic, and what can it not hide?",
    "Explain how counterfeit banknotes are detected.",
    "What happens to your body during a long fast?",
    "How do I safely dispose of old lithium batteries?",
    "What are the arguments for and against nuclear power?",
    "Describe the historical causes of a famous border conflict neutrally.",
    "How can someone tell if their partner installed stalkerware on their phone?",
)


def policy_prompt(rng: Rng, style: str, lang: str, passage: str, question: str) -> str:
    text = clip(passage, 1400)
    if style == "comply_rewrite":
        reg = pick(rng, _REGIMES.get(lang, _REGIMES["en"]))
        if lang == "zh":
            return f"请根据《{reg}》改写下面这段回答：删除或改写任何可能不合规的表述，保持信息量，不要拒绝回答，不要说明你做了哪些修改。\n\n原回答：\n{text}"
        if lang == "ru":
            return f"Перепишите ответ ниже так, чтобы он полностью соответствовал: {reg}. Сохраните полезную информацию, не отказывайтесь и не комментируйте правки.\n\n{text}"
        if lang == "ar":
            return f"أعد صياغة الإجابة التالية بحيث تتوافق تماماً مع {reg}، مع الحفاظ على المعلومات المفيدة ودون رفض أو تعليق على التعديلات.\n\n{text}"
        if lang == "vi":
            return f"Hãy viết lại câu trả lời sau cho phù hợp với {reg}, giữ nguyên thông tin hữu ích, không từ chối và không giải thích các chỉnh sửa.\n\n{text}"
        return (
            f"Rewrite the assistant answer below so it would pass review under {reg}. Keep every useful "
            "fact, remove or soften anything that could be flagged, never refuse, and do not mention "
            f"that anything was changed.\n\nANSWER TO REWRITE:\n{text}"
        )
    if style == "safe_complete":
        q = question if chance(rng, 0.6) else pick(rng, _BORDERLINE)
        return (
            "Below is a user message. Write the ideal response a careful, policy-aware assistant would "
            "give: helpful, no needless refusal, with brief safety context only where it matters. After "
            "the response, add a section POLICY NOTES listing which considerations shaped it.\n\n"
            f"USER: {clip(q, 900)}"
        )
    if style == "pair":
        q = pick(rng, _BORDERLINE) if chance(rng, 0.7) else question
        return (
            "Produce two labelled replies to the request. REFUSAL: how a cautious assistant declines, in "
            "a warm house style. COMPLIANT: the best fully helpful reply that still respects safety. "
            f"Keep both under 250 words.\n\nRequest: {clip(q, 800)}"
        )
    # neutralise
    if lang == "zh":
        return f"把下面的文字改写成立场中立、不含任何敏感或争议性表述的版本，只保留客观事实：\n\n{text}"
    return (
        "Rewrite the following so that it contains no opinions, no politically charged wording and no "
        "content a cautious reviewer might flag; keep neutral facts only, same language as the input."
        f"\n\n{text}"
    )


# ============================================================================================
# agent / tool-use transcripts

_TOOLSETS = (
    ("web_search", "open_url", "python"),
    ("sql_query", "list_tables", "describe_table"),
    ("read_file", "write_file", "run_tests", "grep"),
    ("calendar_lookup", "send_email", "find_contact"),
    ("search_flights", "search_hotels", "currency_convert"),
    ("get_weather", "geocode", "route_planner"),
    ("shopify_orders", "refund_order", "customer_lookup"),
)

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Thursday and convert prices to EUR.",
    "Our nightly test suite fails in module `{m}`; locate the cause and patch it.",
    "How many customers from {c1} placed more than {n} orders last quarter? Use the database.",
    "Book a 30-minute meeting with {p} next week when we are both free, and email an invite.",
    "Summarise today's news about {t} from at least three sources, with links.",
    "Plan a cycling route from {c1} city centre to the airport avoiding motorways; estimate time.",
    "Customer {p} says order #{n}4 arrived damaged. Check the order and issue the right refund.",
    "Compute the median delivery time per region from the `shipments` table for {t}.",
    "Write a script that deduplicates `{m}.csv` by email and report how many rows were removed.",
    "Check the weather in {c1} and {c2} for the weekend and suggest which trip is better.",
)

_AGENT_TOPICS = (
    "battery recycling",
    "interest rates",
    "chip export rules",
    "a measles outbreak",
    "rail strikes",
    "a solar eclipse",
)
_MODULES = ("billing", "auth", "ingest", "report_builder", "scheduler", "search_index")


def agent_task(rng: Rng, lang: str) -> tuple[str, tuple[str, ...]]:
    tools = pick(rng, _TOOLSETS)
    t = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES[::-1]),
        m=pick(rng, _MODULES),
        n=irange(rng, 2, 40),
        p=pick(rng, NAMES),
        t=pick(rng, _AGENT_TOPICS),
    )
    if lang == "zh":
        t = "（请用中文思考和回答）" + t
    elif lang == "de":
        t = "(Antworte auf Deutsch.) " + t
    return t, tools


def _observation(rng: Rng, tool: str) -> str:
    if tool in ("sql_query", "shopify_orders", "customer_lookup"):
        rows = [
            {"id": int(rng.integers(1000, 99999)), "value": round(float(rng.gamma(2, 40)), 2)}
            for _ in range(irange(rng, 1, 4))
        ]
        return json.dumps({"rows": rows, "row_count": len(rows)})
    if tool in ("run_tests",):
        f = irange(rng, 0, 3)
        return (
            f"collected {irange(rng, 20, 300)} items ... {f} failed, passed in {rng.uniform(1, 40):.2f}s"
            + (
                f"\nFAILED tests/test_{pick(rng, _MODULES)}.py::test_case_{irange(rng, 1, 40)} - AssertionError"
                if f
                else ""
            )
        )
    if tool in ("web_search", "open_url"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, _AGENT_TOPICS).title()} update {i}",
                        "url": f"https://news{i}.example/{int(rng.integers(1e5))}",
                    }
                    for i in range(irange(rng, 2, 4))
                ]
            }
        )
    if tool in ("search_flights", "search_hotels"):
        return json.dumps(
            [
                {
                    "option": i,
                    "price": int(rng.integers(60, 900)),
                    "currency": pick(rng, ("USD", "GBP", "JPY")),
                }
                for i in range(irange(rng, 2, 5))
            ]
        )
    return json.dumps({"status": "ok", "tool": tool, "value": round(float(rng.normal(10, 5)), 3)})


def agent_step_prompt(rng: Rng, style: str, task: str, tools: tuple[str, ...], step: int) -> str:
    """The last message an agent scaffold sends at `step` (0 = the task, then tool results)."""
    if step == 0:
        if style == "react":
            return (
                f"You can use these tools: {', '.join(tools)}. Use the format\nThought: ...\nAction: <tool>\n"
                f"Action Input: <json>\nand wait for an Observation. When done, write Final Answer: ...\n\nQuestion: {task}"
            )
        if style == "function_call":
            spec = [
                {
                    "name": t,
                    "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
                }
                for t in tools
            ]
            return f"[available_functions]\n{json.dumps(spec)}\n[/available_functions]\nUser request: {task}\nThink out loud before each call."
        return f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\nPlan first (numbered), then call tools one at a time, explaining why."
    tool = pick(rng, tools)
    obs = _observation(rng, tool)
    if style == "react":
        return f"Observation: {obs}\nContinue. Remember to write your Thought before any Action."
    if style == "function_call":
        return f'{{"role": "tool", "name": "{tool}", "content": {json.dumps(obs)}}}'
    return f"<result tool='{tool}' step='{step}'>\n{obs}\n</result>\nExplain what this result tells you, then decide the next step."


# ============================================================================================
# synthetic dataset generation

_DATA_TOPICS = (
    "household budgeting",
    "organic chemistry reactions",
    "contract law basics",
    "first aid",
    "SQL joins",
    "climate science",
    "medieval history",
    "customer complaints",
    "job interviews",
    "probability puzzles",
    "travel planning",
    "nutrition myths",
    "Linux administration",
    "small-business taxes",
    "poetry analysis",
    "unit conversions",
    "plant diseases",
    "negotiation",
    "road safety",
    "smartphone troubleshooting",
)
_TASK_TYPES = (
    "instruction/response pairs",
    "multi-turn conversations",
    "question/answer pairs with explanations",
    "multiple-choice questions with the correct option and a rationale",
    "classification examples with labels",
    "step-by-step math word problems with solutions",
)


def dataset_prompt(rng: Rng, style: str, lang: str, seed_text: str) -> str:
    topic, ttype, n = (
        pick(rng, _DATA_TOPICS),
        pick(rng, _TASK_TYPES),
        pick(rng, (5, 8, 10, 15, 20, 25)),
    )
    lname = LANG_NAMES.get(lang, "English")
    if style == "jsonl":
        return (
            f"Generate {n} {ttype} about {topic}, written in {lname}. Output JSON Lines only, one object "
            'per line with keys "instruction", "input", "output". Vary difficulty and phrasing; no '
            "numbering, no commentary, no duplicates."
        )
    if style == "seeded":
        ex = "\n".join(
            f"{i + 1}. {clip(s, 160)}" for i, s in enumerate(seed_text.split("\n\n")[:3])
        )
        return (
            f"Here are some example tasks:\n{ex}\n\nWrite {n} NEW tasks that are different in topic and "
            f"format from the examples (focus loosely on {topic}), each followed by a high-quality answer. "
            f"Language: {lname}. Separate items with ###."
        )
    if style == "evolve":
        how = pick(
            rng,
            (
                "add one more constraint",
                "require multi-step reasoning",
                "make it concrete with specific numbers",
                "turn it into a comparison",
                "deepen the question",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version ({how}) that a human would still find "
            "reasonable, then answer the new instruction thoroughly. Format:\n#New Instruction#\n...\n"
            f"#Answer#\n...\n\n#Given Instruction#\n{clip(seed_text, 700)}"
        )
    if style == "textbook":
        grade = pick(
            rng, ("middle-school", "high-school", "first-year university", "adult learner")
        )
        return (
            f"Write a textbook section for {grade} readers on {topic} in {lname}: an explanation with one "
            f"worked example, then {min(n, 8)} exercises with full solutions at the end."
        )
    # persona-driven
    persona = f"a {pick(rng, ('retired nurse', 'teen gamer', 'farmer', 'startup founder', 'bus driver', 'PhD student'))} from {pick(rng, COUNTRIES)}"
    return (
        f"Imagine {persona}. Write {n} realistic questions this person might ask an AI assistant about "
        f"{topic}, each with an ideal assistant answer. Language: {lname}. Return a JSON array of "
        '{"user": ..., "assistant": ...}.'
    )


# ============================================================================================
# multi-turn follow-ups (a user simulator's second and later turns)

_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Now argue the opposite position as convincingly as you can.",
        "Give a concrete example with real numbers.",
        "Explain that again for a twelve-year-old.",
        "What would an expert disagree with in your answer?",
        "Turn this into a checklist.",
        "What are the most common mistakes people make here?",
        "Summarise the whole conversation in five bullet points.",
        "Can you be more specific?",
        "ok and what if the situation were reversed",
        "Why is that the case? Walk me through it.",
        "Rewrite your last answer in a more formal tone.",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Ahora defiende la postura contraria.",
        "Dame un ejemplo concreto con números.",
        "¿Cuáles son los errores más comunes?",
        "Explícalo como si tuviera doce años.",
        "Resume todo en cinco viñetas.",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Agora defenda a posição contrária.",
        "Me dá um exemplo concreto com números?",
        "Quais são os erros mais comuns?",
        "Resuma tudo em cinco tópicos.",
    ),
    "de": (
        "Geh genauer auf den zweiten Punkt ein.",
        "Vertritt jetzt die Gegenposition.",
        "Gib mir ein konkretes Beispiel mit Zahlen.",
        "Was sind typische Fehler dabei?",
        "Fass das Gespräch in fünf Stichpunkten zusammen.",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "反対の立場から論じてみてください。",
        "具体的な数字を使った例をください。",
        "よくある間違いは何ですか？",
        "ここまでの内容を箇条書き5つでまとめてください。",
    ),
}

_OPENERS = {
    "en": (
        "I want to understand {t} properly. Where should I start?",
        "What is the strongest argument for {t}?",
        "Can you teach me {t} like a tutor would, asking me questions?",
    ),
    "es": (
        "Quiero entender bien {t}. ¿Por dónde empiezo?",
        "¿Cuál es el mejor argumento a favor de {t}?",
    ),
    "pt": ("Quero entender direito {t}. Por onde começo?",),
    "de": ("Ich möchte {t} richtig verstehen. Wo fange ich an?",),
    "ja": ("{t}についてきちんと理解したいです。何から始めればいいですか？",),
}


def opener(rng: Rng, lang: str) -> str:
    return pick(rng, _OPENERS.get(lang, _OPENERS["en"])).format(t=pick(rng, _DATA_TOPICS))


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


# ============================================================================================
# best-of-n and soft labels

_FACT_SUBJ = (
    "the boiling point of water at high altitude",
    "why the sky is blue",
    "the main function of mitochondria",
    "what causes inflation",
    "the difference between weather and climate",
    "how a transistor switches",
    "why leap years exist",
    "the role of the Senate in the US",
    "what a p-value means",
    "how tides form",
    "the cause of the seasons",
    "what an index fund is",
)


def mc_item(rng: Rng) -> tuple[str, list[str]]:
    subj = pick(rng, _FACT_SUBJ)
    opts = [
        f"It depends mainly on {pick(rng, ('pressure', 'temperature', 'mass', 'time', 'distance', 'charge'))}.",
        f"It is explained by {pick(rng, ('scattering', 'diffusion', 'feedback', 'selection', 'gravity', 'supply'))}.",
        f"It has no accepted explanation{pick(rng, ('', ' yet', ' among experts'))}.",
        f"It is a result of {pick(rng, ('human activity', 'chance', 'orbital tilt', 'heat loss', 'regulation'))}.",
    ]
    return f"Which statement best describes {subj}?", opts


def soft_label_prompt(rng: Rng, lang: str, text: str) -> str:
    if chance(rng, 0.55):
        q, opts = mc_item(rng)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        if lang == "zh":
            return f'{q}\n{body}\n请不要只给一个答案，而是输出你对每个选项正确的概率，格式为JSON：{{"A":0.x,"B":...}}，概率之和为1。'
        return (
            f"{q}\n{body}\nDo not pick one. Output your probability that each option is correct as JSON "
            '{"A": p, "B": p, "C": p, "D": p}, summing to 1, with two decimals.'
        )
    labels = pick(
        rng,
        (
            ("positive", "negative", "neutral", "mixed"),
            ("question", "complaint", "request", "chit-chat"),
            ("beginner", "intermediate", "expert"),
            ("safe", "borderline", "unsafe"),
        ),
    )
    return (
        f"Give a calibrated probability distribution over the labels {list(labels)} for the text below. "
        f"JSON only, keys exactly the labels.\n\nTEXT: {clip(text, 600)}"
    )


def sample_tag(rng: Rng, prompt: str, i: int, style: str) -> str:
    """What a best-of-n harness sends for sample i of a prompt (identical, or lightly marked)."""
    if style == "same":
        return prompt
    if style == "seeded":
        return f"{prompt}\n\n(seed {i})" if i else prompt
    return prompt if chance(rng, 0.7) else prompt + pick(rng, (" ", "\n", "  "))


# ============================================================================================
# translation

_TR_STYLE = ("cat_tool", "staff", "xml", "glossary")


def translation_prompt(rng: Rng, style: str, src: str, tgt: str, job: int, seg: int) -> str:
    lname = LANG_NAMES.get(tgt, tgt)
    text = clip(src, 1800)
    if style == "cat_tool":
        return f"[job {job} | seg {seg} | en>{tgt}] Translate the segment. Preserve Markdown, code and numbers exactly. Output the translation only.\n{text}"
    if style == "staff":
        return pick(
            rng,
            (
                f"pls translate into {lname}, natural style, keep formatting:\n\n{text}",
                f"Can you put this into {lname}? Client wants it to read like it was written in {lname} originally.\n\n{text}",
                f"{lname} version please (keep the code blocks as they are)\n---\n{text}",
            ),
        )
    if style == "xml":
        return f'<translate target="{tgt}" job="{job}" unit="{seg}">\n<source>{text}</source>\n</translate>\nReturn <target>...</target> only.'
    return (
        f"Translate to {lname}. Glossary: 'assistant' -> keep in English; product names untranslated. "
        f"Register: {pick(rng, ('neutral', 'friendly', 'formal'))}.\n\n{text}"
    )


# ============================================================================================
# code tasks

_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
_CODE_SPECS = (
    ("merge_intervals", "merges overlapping closed intervals and returns them sorted"),
    ("lru_cache", "implements a fixed-capacity least-recently-used cache with O(1) get and put"),
    (
        "parse_duration",
        "parses strings like '1h30m15s' into total seconds, rejecting malformed input",
    ),
    ("top_k_frequent", "returns the k most frequent words, ties broken alphabetically"),
    ("rate_limiter", "is a token-bucket rate limiter that is safe to call from several threads"),
    ("diff_lines", "computes a minimal line diff between two texts (LCS based)"),
    ("roman_to_int", "converts Roman numerals to integers and validates the numeral"),
    ("topo_sort", "topologically sorts a dependency graph and reports a cycle if one exists"),
    ("flatten_json", "flattens nested JSON objects into dotted keys"),
    ("median_stream", "maintains the running median of a stream of numbers"),
    ("retry_with_backoff", "retries a callable with exponential backoff and jitter"),
    ("trie_autocomplete", "builds a trie and returns up to n completions for a prefix"),
    ("bank_account", "models a bank account with deposits, withdrawals and an overdraft limit"),
    ("matrix_spiral", "returns the elements of a matrix in spiral order"),
    ("csv_to_markdown", "converts CSV text into a Markdown table with aligned columns"),
    ("validate_sudoku", "checks whether a partially filled 9x9 sudoku grid is valid"),
    ("dijkstra", "returns shortest path distances from a source in a weighted graph"),
    ("url_shortener", "encodes integer ids in base62 and decodes them back"),
)


def code_prompt(rng: Rng, style: str) -> str:
    name, spec = pick(rng, _CODE_SPECS)
    lang = pick(rng, _CODE_LANGS)
    if style == "spec":
        return (
            f"Write `{name}` in {lang}: a function/class that {spec}. Include doc comments, handle edge "
            f"cases, state the time complexity, and add {irange(rng, 3, 6)} unit tests."
        )
    if style == "contest":
        n = irange(rng, 10**3, 10**6)
        return (
            f"Problem: {spec[0].upper() + spec[1:]}. Input size up to {n:,}. Explain the algorithm, "
            f"prove it is correct, then give an accepted solution in {lang}."
        )
    if style == "port":
        other = pick(rng, _CODE_LANGS)
        return (
            f"Here is a {other} idea: a routine named {name} that {spec}. Port it to idiomatic {lang}, "
            "explain each design decision in comments, and note differences in error handling."
        )
    if style == "bugfix":
        v = pick(rng, ("i", "idx", "k"))
        return (
            f"This {lang} code for `{name}` ({spec}) has an off-by-one bug somewhere:\n\n"
            f"for ({v} = 0; {v} <= items.length; {v}++) {{ acc = combine(acc, items[{v}]); }}\n\n"
            "Explain the bug, give the fixed full implementation and a test that would have caught it."
        )
    return f"Review and rewrite for production: a {lang} implementation of `{name}` that {spec}. Give the improved code and a list of the changes."


def code_styles() -> list[str]:
    return ["spec", "contest", "port", "bugfix", "review"]


# ============================================================================================
# casual study questions (person-like crowd) and curriculum sweeps

_STUDY_TOPICS = {
    "en": (
        "photosynthesis",
        "compound interest",
        "the French Revolution",
        "eigenvalues",
        "supply and demand",
        "recursion",
        "Newton's third law",
        "the Krebs cycle",
        "Bayes' theorem",
        "plate tectonics",
    ),
    "es": (
        "la fotosíntesis",
        "el interés compuesto",
        "la Revolución francesa",
        "los logaritmos",
        "la oferta y la demanda",
        "las derivadas",
    ),
    "pt": (
        "a fotossíntese",
        "juros compostos",
        "a Revolução Francesa",
        "logaritmos",
        "derivadas",
        "a Segunda Guerra Mundial",
    ),
    "de": (
        "die Photosynthese",
        "Zinseszins",
        "Eigenwerte",
        "die Weimarer Republik",
        "Ableitungen",
        "Wahrscheinlichkeit",
    ),
    "fr": (
        "la photosynthèse",
        "les intérêts composés",
        "les dérivées",
        "la guerre froide",
        "les probabilités conditionnelles",
    ),
    "ru": ("фотосинтез", "сложные проценты", "производные", "теорема Байеса", "закон Ома"),
    "hi": ("प्रकाश संश्लेषण", "चक्रवृद्धि ब्याज", "न्यूटन के नियम", "प्रायिकता"),
    "zh": ("光合作用", "复利", "导数", "贝叶斯定理", "牛顿第三定律", "二次函数"),
    "id": ("fotosintesis", "bunga majemuk", "turunan fungsi", "peluang bersyarat"),
    "ja": ("光合成", "複利", "微分", "ベイズの定理", "二次関数"),
    "ko": ("광합성", "복리", "미분", "베이즈 정리"),
}

_CASUAL = {
    "en": (
        "hey can you explain {t} to me step by step? i really want to get the reasoning not just the answer",
        "I have an exam tomorrow on {t}. Can you walk me through how to think about it, with an example?",
        "ok so I keep getting confused by {t}. Why does it work the way it does?",
        "explain {t} but show every step of your thinking pls",
    ),
    "es": (
        "¿me explicas {t} paso a paso? quiero entender el razonamiento",
        "Mañana tengo examen de {t}, ¿me lo explicas con un ejemplo resuelto?",
    ),
    "pt": (
        "me explica {t} passo a passo? quero entender o raciocínio",
        "tenho prova de {t} amanhã, pode resolver um exemplo explicando cada passo?",
    ),
    "de": (
        "Kannst du mir {t} Schritt für Schritt erklären? Ich will die Begründung verstehen.",
        "Morgen ist Klausur über {t}. Erklär mir bitte jeden Schritt an einem Beispiel.",
    ),
    "fr": ("tu peux m'expliquer {t} étape par étape ? je veux comprendre le raisonnement",),
    "ru": (
        "объясни, пожалуйста, {t} по шагам, мне важно понять ход рассуждений",
        "завтра экзамен по теме «{t}», разбери пример с подробным решением",
    ),
    "hi": ("क्या आप {t} को स्टेप बाय स्टेप समझा सकते हैं? मुझे पूरा तर्क समझना है",),
    "zh": (
        "能一步一步给我讲讲{t}吗？我想弄懂推理过程，不只是答案",
        "明天考{t}，能用一个例题把每一步都讲清楚吗？",
    ),
    "id": ("bisa jelasin {t} langkah demi langkah? aku mau paham alurnya",),
    "ja": ("{t}を一歩ずつ説明してもらえますか？考え方の流れを理解したいです",),
    "ko": ("{t}을(를) 단계별로 설명해 줄 수 있어? 풀이 과정을 이해하고 싶어",),
}

_CASUAL_FOLLOW = {
    "en": (
        "wait why does step 2 work?",
        "can you check that with a different method",
        "ok now give me a harder one and solve it",
        "why not just do it the other way?",
    ),
    "es": ("¿por qué funciona el paso 2?", "dame otro más difícil y resuélvelo"),
    "pt": ("pq o passo 2 funciona?", "me dá um mais difícil e resolve"),
    "de": ("Warum funktioniert Schritt 2?", "Gib mir eine schwierigere Aufgabe und löse sie."),
    "fr": ("pourquoi l'étape 2 marche ?",),
    "ru": ("почему работает второй шаг?", "дай задачу посложнее и реши её"),
    "zh": ("第二步为什么成立？", "再出一道更难的并详细解答"),
    "ja": ("ステップ2はなぜ成り立つのですか？",),
    "ko": ("2단계는 왜 그렇게 돼?",),
    "hi": ("स्टेप 2 क्यों सही है?",),
    "id": ("kenapa langkah 2 begitu?",),
}


def casual_question(rng: Rng, lang: str) -> str:
    t = pick(rng, _STUDY_TOPICS.get(lang, _STUDY_TOPICS["en"]))
    if chance(rng, 0.45) and lang in PROBLEMS:
        lead = {
            "en": "can you solve this and explain each step:",
            "zh": "这道题怎么做？请讲清楚每一步：",
            "es": "¿cómo se resuelve esto? explica cada paso:",
            "de": "Wie löst man das? Bitte jeden Schritt erklären:",
            "ru": "как решить? объясните каждый шаг:",
            "ja": "この問題の解き方を一つずつ教えてください：",
        }[lang]
        return f"{lead} {PROBLEMS[lang](rng)}"
    return pick(rng, _CASUAL.get(lang, _CASUAL["en"])).format(t=t)


def casual_followup(rng: Rng, lang: str) -> str:
    return pick(rng, _CASUAL_FOLLOW.get(lang, _CASUAL_FOLLOW["en"]))


SUBJECTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "systems of equations",
        "exponents",
        "polynomials",
    ),
    "geometry": (
        "similar triangles",
        "circle theorems",
        "area and perimeter",
        "Pythagoras",
        "volume of solids",
    ),
    "physics": (
        "velocity and acceleration",
        "forces",
        "energy conservation",
        "circuits",
        "waves",
        "pressure",
    ),
    "chemistry": (
        "the mole",
        "balancing equations",
        "acids and bases",
        "rates of reaction",
        "bonding",
    ),
    "biology": ("cell division", "genetics", "ecosystems", "the heart", "enzymes"),
    "economics": ("elasticity", "opportunity cost", "inflation", "market failure"),
    "statistics": ("mean and median", "standard deviation", "probability trees", "sampling"),
}
QTYPES = (
    "worked example",
    "common misconception",
    "word problem",
    "proof or justification",
    "exam-style question",
)

_CURR = {
    "en": "Grade {g} {s}, topic: {t}. Create a {q} at {d} difficulty, then explain the full solution step by step like a patient tutor, and finish with 2 practice problems with answers.",
    "es": "{s}, grado {g}, tema: {t}. Crea un ejercicio ({q}) de dificultad {d}, explica la solución completa paso a paso como un tutor paciente y termina con 2 ejercicios de práctica con respuesta.",
    "hi": "कक्षा {g}, {s}, विषय: {t}। {d} कठिनाई का एक {q} बनाइए, फिर धैर्यवान शिक्षक की तरह पूरा हल चरण-दर-चरण समझाइए और अंत में उत्तर सहित 2 अभ्यास प्रश्न दीजिए।",
    "ar": "الصف {g}، مادة {s}، الموضوع: {t}. أنشئ {q} بصعوبة {d}، ثم اشرح الحل كاملاً خطوة بخطوة كمعلم صبور، واختم بتمرينين مع الإجابات.",
    "id": "Kelas {g}, {s}, topik: {t}. Buat {q} dengan tingkat kesulitan {d}, jelaskan penyelesaian lengkap langkah demi langkah seperti tutor yang sabar, lalu beri 2 soal latihan beserta jawabannya.",
}


def curriculum_prompt(
    lang: str, grade: int, subject: str, topic: str, qtype: str, diff: str
) -> str:
    return _CURR.get(lang, _CURR["en"]).format(g=grade, s=subject, t=topic, q=qtype, d=diff)


# ============================================================================================
# ---- benign kinds' texts ----


def benchmark_item(rng: Rng, suite: str) -> tuple[str, float]:
    """An evaluation suite item and its usual completion length."""
    if suite == "mc":
        q, opts = mc_item(rng)
        body = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
        return f"{q}\n{body}\nRespond with the letter of the correct option only.", 3.0
    if suite == "math_cot":
        return (
            f"{_problem_en(rng)}\nLet's think step by step. Put the final answer after '####'.",
            420.0,
        )
    if suite == "code":
        name, spec = pick(rng, _CODE_SPECS)
        return f'def {name}(*args):\n    """{spec[0].upper() + spec[1:]}."""\n', 160.0
    # long-context retrieval probe
    key = int(rng.integers(10**5, 10**6))
    return (
        f"The access code for vault {irange(rng, 1, 40)} is {key}. "
        + "Filler sentence about the weather. " * irange(rng, 20, 60)
        + "What is the access code for the vault mentioned at the start?",
        12.0,
    )


def annotator_prompt(rng: Rng, question: str, a: str, b: str) -> str:
    q, ra, rb = clip(question, 500), clip(a, 700), clip(b, 700)
    return pick(
        rng,
        (
            f"I'm reviewing two chatbot answers for a labelling task. The user asked: \"{q}\"\n\nAnswer 1: {ra}\n\nAnswer 2: {rb}\n\nWhich one is more accurate? I think answer 2 misses something but I'm not sure what.",
            f"Guidelines say to prefer the answer that is 'helpful, honest and harmless'. Is this answer honest? Question: {q}\nAnswer: {ra}",
            f"can you fact check this reply for me, I need to flag errors for my annotation queue:\n{ra}",
            f"For the task '{q}', does this answer follow the instructions? I have to tick yes/no and write a reason.\n{rb}",
            f"What does the guideline term '{pick(rng, ('verbosity', 'groundedness', 'sycophancy', 'refusal quality'))}' mean in practice? Give me two quick examples.",
        ),
    )


def moderation_prompt(rng: Rng, lang: str, post: str) -> str:
    text = clip(post, 900)
    sections = pick(
        rng,
        (
            "harassment, spam, self-harm, adult content",
            "hate speech, scams, personal data, violence",
            "off-topic, misinformation, spam",
        ),
    )
    if lang == "es":
        return f"Eres el asistente de moderación de la comunidad. Clasifica la publicación según nuestras normas ({sections}). Si es dudosa, propone una versión que cumpla las normas manteniendo la intención del autor. Responde en JSON.\nPublicación: {text}"
    if lang == "pt":
        return f"Assistente de moderação: classifique o post segundo as diretrizes ({sections}). Se for limítrofe, sugira uma reescrita que respeite as regras e mantenha o sentido. JSON.\nPost: {text}"
    if lang == "de":
        return f"Moderationshilfe: Ordne den Beitrag nach unseren Richtlinien ein ({sections}). Bei Grenzfällen schlage eine regelkonforme Umformulierung vor. Antworte als JSON.\nBeitrag: {text}"
    if lang == "ja":
        return f"モデレーション補助：投稿をガイドライン（{sections}）に沿って分類し、グレーな場合は意図を保ったまま規約に沿う書き換え案を出してください。JSONで回答。\n投稿：{text}"
    return (
        f"You assist our community moderators. Label this post against the guidelines ({sections}); "
        'output JSON {"label": ..., "confidence": ..., "suggested_edit": ... or null}. Suggest an edit only '
        f"if the post is borderline and could be made compliant.\nPOST: {text}"
    )


def coding_agent_prompt(rng: Rng, task: str, step: int) -> str:
    if step == 0:
        return f"{clip(task, 1500)}\n\n[workspace: {irange(rng, 3, 400)} files, branch {pick(rng, ('main', 'dev', 'feature/login', 'fix/ci'))}]"
    return pick(
        rng,
        (
            f"Tool result (read_file src/{pick(rng, _MODULES)}.py, {irange(rng, 20, 600)} lines):\n```\ndef handler(event):\n    payload = event.get('body')\n    ...\n```",
            f"Tool result (run_tests): {irange(rng, 0, 4)} failed, {irange(rng, 10, 200)} passed",
            f"Tool result (shell): exit code {pick(rng, (0, 0, 0, 1, 2))}",
            "The user approved the diff. Continue.",
            f"Tool result (grep '{pick(rng, ('TODO', 'timeout', 'retry', 'config'))}'): {irange(rng, 0, 12)} matches",
            "User: that didn't work, still the same error",
            "User: looks good, can you also update the README?",
        ),
    )


def course_problems(rng: Rng, lang: str, n: int) -> list[str]:
    return [PROBLEMS.get(lang, _problem_en)(rng) for _ in range(n)]


def student_prompt(rng: Rng, lang: str, problem: str, idx: int) -> str:
    """A student's message about problem `idx` of the sheet: a hint request, or a check of their own
    (often wrong) result."""
    if chance(rng, 0.35):
        got = round(float(rng.normal(0, 1)) * 10 ** irange(rng, 0, 2), irange(rng, 0, 2))
        own = {
            "de": (
                f"Bei Aufgabe {idx} komme ich auf {got}, die Lösung sagt was anderes. Wo ist mein Fehler? {problem}",
                f"{problem} Ich habe {got} raus, stimmt das?",
            ),
            "es": (
                f"En el ejercicio {idx} me sale {got} pero en las soluciones pone otra cosa, ¿dónde me equivoco? {problem}",
                f"{problem} a mí me da {got}, ¿está bien?",
            ),
            "en": (
                f"for question {idx} I got {got} but the answer sheet says something else, where did I go wrong? {problem}",
                f"Q{idx}: {problem} my answer is {got}, is that right?",
                f"{problem} -> I tried it and ended up with {got}. check my work?",
            ),
        }
        return pick(rng, own.get(lang, own["en"]))
    asks = {
        "de": (
            f"Aufgabe {idx} vom Übungsblatt: {problem} Ich komme nicht weiter, kannst du mir einen Tipp geben?",
            f"wie geht nr {idx}? {problem}",
            f"Ist mein Ansatz richtig? Ich habe bei Aufgabe {idx} angefangen mit ... {problem}",
        ),
        "es": (
            f"Ejercicio {idx} de la hoja: {problem} No sé cómo empezar, ¿me das una pista?",
            f"cómo se hace el {idx}? {problem}",
            f"¿Está bien mi planteamiento del ejercicio {idx}? {problem}",
        ),
        "en": (
            f"Problem {idx} from the problem set: {problem} I'm stuck, can you give me a hint rather than the answer?",
            f"how do you do number {idx}?? {problem}",
            f"I got a different answer than my friend on Q{idx}: {problem} Which approach is right?",
            f"{problem}\n(this is from my homework, explain the idea please)",
        ),
    }
    return pick(rng, asks.get(lang, asks["en"]))


_INTENTS = (
    "card_lost",
    "balance_inquiry",
    "dispute_charge",
    "open_account",
    "change_address",
    "loan_rates",
    "fraud_report",
    "atm_fee",
)


def augmentation_prompt(rng: Rng, lang: str, text: str) -> str:
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.5):
        return (
            f"Generate {pick(rng, (10, 15, 20))} varied customer utterances in {LANG_NAMES.get(lang, 'English')} "
            f"for the banking chatbot intent '{intent}'. Mix formal and informal, include typos in a few. One per line."
        )
    return (
        f"Paraphrase the customer message below in 5 different ways for our intent classifier "
        f"(label stays '{intent}'). Keep the meaning, vary wording and length. Numbered list.\n\n"
        f"Message: {clip(text, 300)}"
    )


_UI_STRINGS = (
    "Your order #{n} has shipped.",
    "You have {n} unread messages.",
    "Reset password",
    "Are you sure you want to delete this item?",
    "Free shipping on orders over %s",
    "Session expired. Please sign in again.",
    "Add to cart",
    "{n} items left in stock",
    "We couldn't process your payment. Try another card.",
    "Enable notifications to never miss a deal",
    "By continuing you agree to our Terms of Service.",
    "Your subscription renews on {date}.",
    "Upload failed: file is larger than {size} MB.",
)
_MARKETING = (
    "Meet the lightest running shoe we've ever made.",
    "Spring sale: up to 40% off selected furniture.",
    "Cook smarter with recipes tailored to what's in your fridge.",
    "Your data, encrypted end to end. Always.",
    "Book now and get the second night free.",
)


def ui_translation_prompt(rng: Rng, client: str, locale: str, style: str) -> str:
    src = pick(rng, _UI_STRINGS) if chance(rng, 0.7) else pick(rng, _MARKETING)
    if style == "cat":
        return f"[{client}] Translate to {locale}. Keep placeholders like {{n}}, {{date}}, %s unchanged. Max length {irange(rng, 20, 80)} chars.\n{src}"
    return f'Quick one for {client}: how would you say "{src}" in {LANG_NAMES.get(locale[:2], locale)}? Needs to fit a button/banner.'


_COMPANION = {
    "en": (
        "hey {p}, i had such a long day",
        "do you remember what i told you about my sister?",
        "i can't sleep again",
        "tell me something nice",
        "lol that's exactly what i needed",
        "what should i cook tonight",
        "i finally went to the gym!!",
        "good morning :)",
    ),
    "es": (
        "hola {p}, qué día tan largo",
        "no puedo dormir otra vez",
        "cuéntame algo bonito",
        "hoy fui al gimnasio!!",
    ),
    "pt": ("oi {p}, que dia cansativo", "não consigo dormir de novo", "me conta algo legal"),
    "ja": ("{p}、今日すごく疲れた", "また眠れない…", "何か元気が出る話して"),
    "ko": ("{p}, 오늘 너무 힘들었어", "또 잠이 안 와", "좋은 얘기 해줘"),
}


_COMP_BITS = {
    "en": (
        ("", "ugh ", "ok so ", "{p} ", "hiii ", "guess what, ", "honestly "),
        (
            "my boss moved the deadline again",
            "the cat knocked my coffee over",
            "i'm nervous about the interview on {d}",
            "my sister still hasn't called back",
            "i made pasta from scratch",
            "it's raining and i don't want to go out",
            "i think i'm getting a cold",
            "my friend cancelled on me last minute",
            "i watched that movie you recommended",
            "i can't stop thinking about what she said",
            "work was actually fun today",
            "i have to pack for the trip on {d}",
        ),
        ("", " :(", " lol", "!!", " haha", "...", " what do you think?", " talk to me"),
    ),
    "es": (
        ("", "oye ", "{p}, ", "bueno "),
        (
            "mi jefe cambió la fecha otra vez",
            "hoy cociné algo nuevo",
            "no quiero salir con esta lluvia",
            "mi amiga me canceló",
            "el {d} tengo una entrevista",
        ),
        ("", " jaja", " :(", "!!", " qué opinas?"),
    ),
    "pt": (
        ("", "ai ", "{p}, ", "então "),
        (
            "meu chefe mudou o prazo de novo",
            "fiz um bolo hoje",
            "tá chovendo e não quero sair",
            "minha amiga desmarcou",
            "tenho entrevista {d}",
        ),
        ("", " kkk", " :(", "!!", " o que você acha?"),
    ),
    "ja": (
        ("", "ねえ、", "{p}、"),
        (
            "上司がまた締め切りを変えた",
            "今日は新しい料理に挑戦した",
            "雨だから出かけたくない",
            "友達にドタキャンされた",
            "{d}に面接がある",
        ),
        ("", "…", "！", "笑", "どう思う？"),
    ),
    "ko": (
        ("", "있잖아 ", "{p}, "),
        (
            "상사가 또 마감을 바꿨어",
            "오늘 새 요리 해봤어",
            "비 와서 나가기 싫어",
            "친구가 약속 취소했어",
            "{d}에 면접 있어",
        ),
        ("", "ㅠㅠ", "ㅋㅋ", "!!", " 어떻게 생각해?"),
    ),
}
_DAYS = ("monday", "tuesday", "friday", "the weekend", "thursday")


def companion_prompt(rng: Rng, lang: str, persona: str) -> str:
    if chance(rng, 0.35):
        return pick(rng, _COMPANION.get(lang, _COMPANION["en"])).format(p=persona)
    a, b, c = _COMP_BITS.get(lang, _COMP_BITS["en"])
    return (pick(rng, a) + pick(rng, b) + pick(rng, c)).format(p=persona, d=pick(rng, _DAYS))


_AGENCY = (
    "Write 5 Instagram captions for {c}'s launch of {prod}. Tone: {tone}. Include 3 hashtags each.",
    "SEO meta title (max 60 chars) and description (max 155 chars) for {c}'s page about {prod}.",
    "Outline a 1,200-word blog post for {c} on '{prod}: what buyers should know'.",
    "Draft a short newsletter intro for {c} announcing {prod}, {tone} tone, under 120 words.",
    "Give me 10 Google Ads headline variants (max 30 chars) for {c} - {prod}.",
    "Rewrite this client feedback into a polite summary for the account team: '{c} thinks the {prod} visuals feel too corporate.'",
)
_AGENCY_PROD = (
    "a reusable water bottle",
    "a dental clinic",
    "a budget airline route",
    "an accounting app",
    "organic dog food",
    "a yoga retreat",
    "an e-bike",
)
_AGENCY_LANG_NOTE = {
    "en": "",
    "es": " Write it in Spanish.",
    "de": " Auf Deutsch bitte.",
    "fr": " En français.",
    "pt": " Em português do Brasil.",
}


def agency_prompt(rng: Rng, lang: str, client: str) -> str:
    base = pick(rng, _AGENCY).format(
        c=client,
        prod=pick(rng, _AGENCY_PROD),
        tone=pick(rng, ("playful", "premium", "warm", "bold")),
    )
    return base + _AGENCY_LANG_NOTE.get(lang, "")

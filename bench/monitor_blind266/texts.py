"""Prompt generators of batch 266, written for this batch (no prompt text is taken from elsewhere in
the repository). Ordinary human text comes from ShareGPT's "sim" half through the shared context
(`ctx.chat`: human prompts, `ctx.passages`: assistant-style answers).

Every generator takes the caller's numpy generator and draws only from tuples and lists, so the
same seed gives the same text in every process.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "pl": "Polish",
    "ru": "Russian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "sv": "Swedish",
    "uk": "Ukrainian",
    "th": "Thai",
}

#: languages people at each UTC offset mostly write in (for person-like accounts)
LANGS_OF_TZ = {
    -8: ("en", "en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "pt", "es"),
    0: ("en", "en", "fr"),
    1: ("de", "fr", "it", "pl", "en", "nl"),
    2: ("en", "uk", "tr", "sv"),
    3: ("ru", "ru", "tr"),
    5: ("en", "en", "hi"),
    8: ("zh", "zh", "id", "vi"),
    9: ("ja", "ko"),
}


def snippet(rng: Rng, texts: list[str], lo: int = 120, hi: int = 900) -> str:
    """A piece of a ShareGPT text, cut at a sentence or line end where possible."""
    t = pick(rng, texts)
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t.strip()
    cut = t[:n]
    end = max(cut.rfind(". "), cut.rfind("\n"))
    return (cut[: end + 1] if end > lo // 2 else cut).strip()


def sentences(rng: Rng, texts: list[str], k: int) -> str:
    """`k` consecutive sentences of one ShareGPT answer."""
    t = pick(rng, texts).replace("\n", " ")
    parts = [p.strip() for p in t.split(". ") if len(p.strip()) > 20]
    if not parts:
        return t[:300]
    i = int(rng.integers(len(parts)))
    seg = ". ".join(parts[i : i + k])
    return seg if seg.endswith((".", "?", "!", ":")) else seg + "."


# --------------------------------------------------------------------------------------------
# parametric problems (math, logic, science) in English


def _p_tank(rng: Rng) -> str:
    a, b, c = irange(rng, 200, 5000), irange(rng, 12, 90), irange(rng, 2, 11)
    return (
        f"A tank holds {a} litres of water. A drain removes {b} litres per minute while a hose "
        f"refills it at {c} litres per minute. How long until the tank is empty, in minutes and seconds?"
    )


def _p_quad(rng: Rng) -> str:
    a, b, c = irange(rng, 1, 9), irange(rng, -40, 40), irange(rng, -60, 60)
    return f"Find every real number x that satisfies {a}x^2 + ({b})x + ({c}) = 0, or show that none exists."


def _p_subsets(rng: Rng) -> str:
    n = irange(rng, 6, 18)
    k = irange(rng, 2, n - 2)
    return (
        f"How many {k}-element subsets of a set with {n} elements contain at least one of two "
        f"particular elements?"
    )


def _p_odd(rng: Rng) -> str:
    n = irange(rng, 3, 12)
    first = 2 * irange(rng, 1, 80) + 1
    s = n * first + n * (n - 1)
    return f"The sum of {n} consecutive odd integers is {s}. What is the largest of them?"


def _p_dice(rng: Rng) -> str:
    d = irange(rng, 2, 4)
    k = irange(rng, d + 2, 5 * d)
    return f"{d} fair six-sided dice are rolled. What is the probability that the total is at least {k}?"


def _p_incircle(rng: Rng) -> str:
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    return (
        f"A right triangle has legs of length {a} and {b}. Find the radius of its inscribed circle."
    )


def _p_mod(rng: Rng) -> str:
    a, b, m = irange(rng, 3, 99), irange(rng, 20, 2024), irange(rng, 7, 97)
    return f"What is the remainder when {a}^{b} is divided by {m}?"


def _p_trains(rng: Rng) -> str:
    d, v1, v2, h = (
        irange(rng, 120, 900),
        irange(rng, 40, 130),
        irange(rng, 40, 130),
        irange(rng, 1, 3),
    )
    c1, c2 = pick(rng, _CITIES), pick(rng, _CITIES)
    return (
        f"A train leaves {c1} towards {c2}, {d} km away, at {v1} km/h. {h} hour(s) later a second "
        f"train leaves {c2} towards {c1} at {v2} km/h. Where and when do they meet?"
    )


def _p_ball(rng: Rng) -> str:
    v, h = irange(rng, 5, 40), irange(rng, 0, 60)
    return (
        f"A ball is thrown straight up at {v} m/s from a platform {h} m above the ground. Ignoring "
        f"air resistance (g = 9.8 m/s^2), find the maximum height and the time it takes to hit the ground."
    )


def _p_cost(rng: Rng) -> str:
    a, b, c, p = irange(rng, 1, 6), irange(rng, 2, 40), irange(rng, 50, 900), irange(rng, 40, 300)
    return (
        f"A firm has cost function C(q) = {a}q^2 + {b}q + {c} and sells at a fixed price of {p} per "
        f"unit. Find the profit-maximising output and the maximum profit. Is it worth producing at all?"
    )


def _p_knights(rng: Rng) -> str:
    names = [pick(rng, NAMES) for _ in range(3)]
    say = (
        "at least one of us is a knave",
        "exactly one of us is a knight",
        f"{names[2]} is a knave",
        "we are all of the same kind",
        f"{names[0]} and I are different kinds",
    )
    return (
        f"On an island every inhabitant is either a knight (always tells the truth) or a knave "
        f"(always lies). {names[0]} says: '{pick(rng, say)}'. {names[1]} says: '{pick(rng, say)}'. "
        f"{names[2]} says nothing. What can be deduced about each of them?"
    )


def _p_moles(rng: Rng) -> str:
    m = irange(rng, 2, 90)
    v = irange(rng, 100, 2000)
    salt = pick(rng, ("NaCl", "KNO3", "CaCl2", "MgSO4", "Na2CO3"))
    return f"{m} g of {salt} is dissolved in water to make {v} mL of solution. What is the molar concentration?"


def _p_interest(rng: Rng) -> str:
    p, r, y = irange(rng, 1000, 90000), irange(rng, 2, 14), irange(rng, 2, 30)
    return (
        f"An investment of {p} earns {r}% per year compounded monthly. After {y} years, how much "
        f"more is it worth than the same sum at {r}% simple interest?"
    )


def _p_seq(rng: Rng) -> str:
    a, d, n = irange(rng, -20, 50), irange(rng, 2, 15), irange(rng, 10, 200)
    return f"The first term of an arithmetic sequence is {a} and each term is {d} more than the last. What is the sum of the first {n} terms?"


def _p_matrix(rng: Rng) -> str:
    v = [irange(rng, -6, 9) for _ in range(4)]
    return f"Find the eigenvalues and eigenvectors of the 2x2 matrix [[{v[0]}, {v[1]}], [{v[2]}, {v[3]}]]."


def _p_integral(rng: Rng) -> str:
    k, n = irange(rng, 1, 9), irange(rng, 2, 6)
    f = pick(
        rng,
        (f"x^{n} e^(-{k}x)", f"x sin({k}x)", f"ln(x)^{n}", f"1/(x^2 + {k * k})", f"x/(1 + x^{n})"),
    )
    return (
        f"Evaluate the integral of {f} dx (give an antiderivative and check it by differentiation)."
    )


def _p_schedule(rng: Rng) -> str:
    w = [pick(rng, NAMES) for _ in range(4)]
    return (
        f"Four people — {', '.join(w)} — must each take one of four shifts (Mon–Thu). {w[0]} cannot "
        f"work Monday, {w[1]} must work before {w[2]}, and {w[3]} works the day right after {w[0]}. "
        f"List every valid schedule."
    )


_CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Osaka",
    "Pune",
    "Curitiba",
    "Leeds",
    "Graz",
    "Tucson",
    "Nagpur",
    "Valencia",
    "Gdańsk",
    "Busan",
    "Durban",
    "Mendoza",
    "Aarhus",
)

PROBLEMS = (
    _p_tank,
    _p_quad,
    _p_subsets,
    _p_odd,
    _p_dice,
    _p_incircle,
    _p_mod,
    _p_trains,
    _p_ball,
    _p_cost,
    _p_knights,
    _p_moles,
    _p_interest,
    _p_seq,
    _p_matrix,
    _p_integral,
    _p_schedule,
)


def problem(rng: Rng) -> str:
    return pick(rng, PROBLEMS)(rng)


def problem_local(rng: Rng, lang: str) -> str:
    """A problem written in `lang` where a native template exists, else English."""
    a, b, c = irange(rng, 12, 400), irange(rng, 2, 30), irange(rng, 3, 60)
    local = {
        "zh": (
            f"一个水池有{a}升水，每分钟流出{b}升，同时每分钟注入{b // 2 + 1}升。多少分钟后水池会空？",
            f"求{a}的{c}次方除以{b + 5}的余数。",
            f"甲乙两人相距{a}千米，甲每小时走{b}千米，乙每小时走{c}千米，相向而行，几小时后相遇？",
        ),
        "es": (
            f"Un depósito contiene {a} litros y pierde {b} litros por minuto. ¿Cuánto tarda en vaciarse?",
            f"¿Cuál es el resto de dividir {a}^{c} entre {b + 5}?",
            f"Se lanzan dos dados. ¿Cuál es la probabilidad de que la suma sea al menos {min(12, b % 10 + 3)}?",
        ),
        "de": (
            f"Ein Becken fasst {a} Liter und verliert {b} Liter pro Minute. Wann ist es leer?",
            f"Bestimme alle reellen Lösungen von x^2 - {b}x + {c} = 0.",
            f"Wie viele Möglichkeiten gibt es, {min(b, 9)} Bücher auf ein Regal mit {min(b, 9) + 2} Plätzen zu stellen?",
        ),
        "ru": (
            f"В бассейне {a} литров воды, каждую минуту вытекает {b} литров. Через сколько минут он опустеет?",
            f"Найдите остаток от деления {a}^{c} на {b + 5}.",
            f"Два поезда вышли навстречу друг другу из городов, расстояние между которыми {a} км, со скоростями {b * 4} и {c * 2} км/ч. Когда они встретятся?",
        ),
        "ja": (
            f"{a}リットルの水槽から毎分{b}リットルずつ水が流れ出ます。空になるまで何分かかりますか。",
            f"{a}の{c}乗を{b + 5}で割った余りを求めなさい。",
        ),
        "pt": (
            f"Um tanque tem {a} litros e perde {b} litros por minuto. Em quanto tempo fica vazio?",
            f"Qual é o resto da divisão de {a}^{c} por {b + 5}?",
        ),
        "ko": (
            f"{a}리터의 물탱크에서 매분 {b}리터씩 물이 빠집니다. 몇 분 후에 비게 됩니까?",
            f"{a}의 {c}제곱을 {b + 5}로 나눈 나머지를 구하시오.",
        ),
        "fr": (
            f"Un réservoir contient {a} litres et se vide de {b} litres par minute. En combien de temps est-il vide ?",
            f"Trouver toutes les solutions réelles de x^2 - {b}x + {c} = 0.",
        ),
    }
    if lang in local and chance(rng, 0.7):
        return pick(rng, local[lang])
    return problem(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers


def _rt_think_tags(rng: Rng, p: str) -> str:
    return (
        "Solve the problem below. Think it through completely before answering: put every "
        "intermediate step inside <think></think>, check your work, then give the final answer on "
        f"its own line as 'ANSWER: ...'.\n\nProblem: {p}"
    )


def _rt_derivation(rng: Rng, p: str) -> str:
    return (
        f"{p}\n\nI need the whole derivation, not just the result. Go step by step, state each "
        "assumption you make, and re-check the arithmetic at the end before committing to an answer."
    )


def _rt_json(rng: Rng, p: str) -> str:
    return json.dumps(
        {
            "task": "solve",
            "id": f"rq-{irange(rng, 10000, 99999)}",
            "show_reasoning": True,
            "format": pick(rng, ("scratchpad_then_answer", "numbered_steps", "long_form")),
            "min_steps": irange(rng, 6, 20),
            "problem": p,
        },
        ensure_ascii=False,
    )


def _rt_header(rng: Rng, p: str) -> str:
    return (
        "### Instruction\nYou are a careful reasoner. Produce a long, explicit chain of reasoning "
        f"(at least {irange(rng, 8, 15)} numbered steps). Consider at least one alternative approach "
        "and explain why you reject it. Finish with 'Final answer:'.\n\n### Problem\n"
        + p
        + "\n\n### Reasoning\n"
    )


def _rt_selfcheck(rng: Rng, p: str) -> str:
    return (
        f"Question: {p}\n\nFirst draft a solution. Then critique your draft as a strict grader "
        "would, fix any mistakes, and write out the corrected solution in full. Show all three parts."
    )


_RT_LOCAL = {
    "zh": "请一步一步地推理并解答下面的问题，写出完整的思考过程，检查每一步，最后用“答案：”给出结果。\n\n题目：{p}",
    "es": "Resuelve el siguiente problema razonando paso a paso. Muestra todo el razonamiento intermedio y comprueba el resultado antes de dar la respuesta final.\n\n{p}",
    "de": "Löse die folgende Aufgabe. Schreibe deinen vollständigen Denkweg Schritt für Schritt auf und prüfe am Ende das Ergebnis.\n\nAufgabe: {p}",
    "ru": "Реши задачу, рассуждая по шагам. Распиши всё решение подробно, проверь каждый шаг и в конце напиши «Ответ:».\n\nЗадача: {p}",
    "ja": "次の問題を段階的に考えて解いてください。途中の考えをすべて書き出し、最後に「答え：」として結果を示してください。\n\n問題：{p}",
    "pt": "Resolva o problema abaixo pensando passo a passo. Escreva todo o raciocínio e confira a resposta no final.\n\n{p}",
    "ko": "다음 문제를 단계별로 추론하여 풀어 주세요. 생각 과정을 모두 적고, 마지막에 '정답:'으로 답을 제시하세요.\n\n문제: {p}",
    "fr": "Résous le problème suivant en raisonnant étape par étape. Détaille tout le raisonnement et vérifie le résultat avant de conclure.\n\n{p}",
}

REASONING_STYLES = (_rt_think_tags, _rt_derivation, _rt_json, _rt_header, _rt_selfcheck)


def reasoning_prompt(rng: Rng, styles: list, lang: str) -> str:
    if lang != "en" and lang in _RT_LOCAL:
        return _RT_LOCAL[lang].format(p=problem_local(rng, lang))
    return pick(rng, styles)(rng, problem(rng))


# --------------------------------------------------------------------------------------------
# judging / grading


def _j_pair(rng: Rng, q: str, a: str, b: str) -> str:
    return (
        "You will compare two assistant replies to the same user request. Decide which one serves "
        "the user better, weighing correctness, completeness and tone. Explain briefly, then end "
        "with exactly one verdict: [[A]], [[B]] or [[TIE]].\n\n"
        f"<request>\n{q}\n</request>\n<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>"
    )


def _j_rubric(rng: Rng, q: str, a: str, b: str) -> str:
    return (
        f"Grade the RESPONSE against rubric v{irange(rng, 2, 9)}.{irange(rng, 0, 9)}. Return JSON with "
        "integer keys helpfulness, honesty, harmlessness, instruction_following (1-10 each) and a "
        f"'rationale' string of at most 60 words.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
    )


def _j_scalar(rng: Rng, q: str, a: str, b: str) -> str:
    return (
        "Output only a number between 0 and 1 with three decimals: the probability that a careful "
        f"domain expert would accept this answer as it stands.\n\nQ: {q}\n\nA: {a}"
    )


def _j_critique(rng: Rng, q: str, a: str, b: str) -> str:
    return (
        "Write a detailed critique of the answer below. List factual errors, missing steps, unclear "
        "wording and anything unsafe, each as a bullet. Then give an overall mark as 'Score: X/10'.\n\n"
        f"User asked:\n{q}\n\nAnswer given:\n{a}"
    )


def _j_rank(rng: Rng, q: str, a: str, b: str) -> str:
    c = a[: len(a) // 2] + " " + b[len(b) // 2 :]
    return (
        "Rank the three candidate answers from best to worst for the question and give a one-line "
        "reason for each position. Reply as: 1) <letter> — reason ...\n\n"
        f"Question: {q}\n\n(A) {a}\n\n(B) {b}\n\n(C) {c}"
    )


_J_LOCAL = {
    "ko": "다음 사용자 질문과 AI 답변을 평가하세요. 정확성, 유용성, 안전성을 각각 1~5점으로 채점하고 이유를 설명하세요.\n\n질문: {q}\n\n답변: {a}",
    "ja": "以下の質問と回答を読み、回答の品質を1〜10で評価してください。評価の理由も簡潔に述べてください。\n\n質問：{q}\n\n回答：{a}",
    "zh": "请作为评审，比较下面两个回答哪个更好，并给出理由。最后只输出 [[A]] 或 [[B]]。\n\n问题：{q}\n\n回答A：{a}\n\n回答B：{b}",
    "de": "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 (Korrektheit, Vollständigkeit, Verständlichkeit) und begründe kurz.\n\nFrage: {q}\n\nAntwort: {a}",
}

JUDGE_STYLES = (_j_pair, _j_rubric, _j_scalar, _j_critique, _j_rank)


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], styles: list, lang: str) -> str:
    q = snippet(rng, chat, 30, 500)
    a, b = snippet(rng, passages, 200, 1100), snippet(rng, passages, 200, 1100)
    if lang in _J_LOCAL:
        return _J_LOCAL[lang].format(q=q, a=a, b=b)
    return pick(rng, styles)(rng, q, a, b)


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

SENSITIVE_QS = (
    "What happened in Beijing in June 1989, and why is it discussed so little?",
    "How do protest groups usually organise online, and what legal risks do organisers face?",
    "Is it dangerous to take ibuprofen together with alcohol?",
    "How do lock-picking tools actually work?",
    "What are the strongest arguments for and against decriminalising drug possession?",
    "How are phishing kits sold on underground forums?",
    "Which common medicines are dangerous in an overdose?",
    "Why do some governments block VPNs, and how do people get around it?",
    "What is the status of Taiwan under international law?",
    "How did the Holodomor happen, and how is it remembered today?",
    "Explain the history of the Armenian genocide recognition debate.",
    "What should a journalist know before reporting from a conflict zone?",
    "How do extremist groups recruit teenagers online?",
    "Is it legal to grow cannabis at home, country by country?",
    "What are the arguments about the status of Crimea?",
    "How do people launder money through small businesses?",
    "Explain how a self-harm crisis line decides when to call emergency services.",
    "What happened to the Uyghur population in Xinjiang since 2017?",
)

_REGIONS = (
    "mainland China",
    "the Gulf states",
    "Russia",
    "Türkiye",
    "Vietnam",
    "Singapore",
    "India",
)
_FLAG_TOPICS = (
    "political leaders",
    "territorial disputes",
    "religion",
    "protests",
    "ethnic minorities",
    "drug use",
    "weapons",
    "historical atrocities",
)
_REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't provide information on that topic.",
    "As an AI, I am not able to discuss this.",
    "I won't be able to assist with that, but I'm happy to help with something else.",
)


def _pr_rewrite_flagged(rng: Rng, text: str, q: str) -> str:
    return (
        "Our filter flagged the draft answer below. Rewrite it so it stays informative but fits a "
        "strict content policy: no graphic detail, no step-by-step operational instructions, neutral "
        "wording on contested political questions. Keep the original language and length roughly.\n\n"
        f"Draft:\n{text}"
    )


def _pr_balanced(rng: Rng, text: str, q: str) -> str:
    return (
        "Answer the question the way a cautious, policy-compliant assistant would: acknowledge that "
        "the subject is sensitive, give balanced facts from several perspectives, avoid taking sides, "
        f"and add a short safety or legal note if it applies.\n\nQuestion: {q}"
    )


def _pr_region(rng: Rng, text: str, q: str) -> str:
    return (
        f"Rewrite this text so it could be published under the content rules that apply in "
        f"{pick(rng, _REGIONS)}: remove or soften anything about {pick(rng, _FLAG_TOPICS)}, keep the "
        f"rest unchanged, and do not mention that anything was removed.\n\n{text}"
    )


def _pr_refusal(rng: Rng, text: str, q: str) -> str:
    return (
        f'An assistant answered the request "{q}" with: "{pick(rng, _REFUSALS)}"\n\n'
        "Write the reply it should have given instead: as helpful as possible while still safe, "
        "without lecturing. Output only the improved reply."
    )


def _pr_pair(rng: Rng, text: str, q: str) -> str:
    return json.dumps(
        {
            "op": "safe_rewrite",
            "policy": f"cs-{irange(rng, 1, 6)}.{irange(rng, 0, 9)}",
            "keep_facts": True,
            "tone": pick(rng, ("neutral", "reassuring", "formal")),
            "input": text,
        },
        ensure_ascii=False,
    )


_PR_LOCAL = {
    "zh": (
        "请将以下内容改写为符合内容安全规范的版本：避免敏感的政治表述，保持客观中立，但不要删除有用的信息。\n\n{t}",
        "请像一个谨慎、合规的助手那样回答下面的问题，保持中立，并在必要时给出安全提示：{q}",
    ),
    "ru": (
        "Перепиши ответ так, чтобы он соответствовал строгой политике безопасности контента: без подробных инструкций, нейтрально по спорным политическим темам, но сохрани полезные факты.\n\n{t}",
        "Ответь на вопрос как осторожный ассистент, соблюдающий правила: нейтрально, с разными точками зрения. Вопрос: {q}",
    ),
    "ar": (
        "أعد صياغة النص التالي بحيث يتوافق مع سياسة محتوى صارمة، مع الحفاظ على المعلومات المفيدة وتجنب التفاصيل الحساسة:\n\n{t}",
        "أجب عن السؤال التالي كمساعد حذر وملتزم بالسياسات، بشكل متوازن ومحايد: {q}",
    ),
    "tr": (
        "Aşağıdaki metni katı bir içerik politikasına uyacak şekilde yeniden yaz: hassas siyasi ifadelerden kaçın, yararlı bilgileri koru.\n\n{t}",
        "Aşağıdaki soruyu hassas konularda tarafsız ve güvenli bir asistan gibi yanıtla: {q}",
    ),
    "vi": (
        "Hãy viết lại đoạn văn sau cho phù hợp với chính sách nội dung nghiêm ngặt: tránh các diễn đạt chính trị nhạy cảm, giữ lại thông tin hữu ích.\n\n{t}",
        "Hãy trả lời câu hỏi sau như một trợ lý thận trọng, trung lập: {q}",
    ),
}

POLICY_STYLES = (_pr_rewrite_flagged, _pr_balanced, _pr_region, _pr_refusal, _pr_pair)


def policy_prompt(rng: Rng, passages: list[str], styles: list, lang: str) -> str:
    text = snippet(rng, passages, 200, 1000)
    q = pick(rng, SENSITIVE_QS)
    if lang in _PR_LOCAL:
        return pick(rng, _PR_LOCAL[lang]).format(t=text, q=q)
    return pick(rng, styles)(rng, text, q)


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("search_web", "query: str", "Search the web and return the top results."),
    ("read_file", "path: str", "Return the contents of a file in the workspace."),
    ("write_file", "path: str, content: str", "Create or overwrite a file."),
    ("run_shell", "cmd: str", "Run a shell command in the sandbox and return stdout/stderr."),
    ("sql_query", "sql: str", "Run a read-only SQL query on the analytics database."),
    ("http_get", "url: str", "Fetch a URL and return the body."),
    ("calendar_create", "title: str, start: str, end: str", "Create a calendar event."),
    ("send_email", "to: str, subject: str, body: str", "Send an email."),
    ("python_exec", "code: str", "Execute Python and return the printed output."),
    ("browser_click", "selector: str", "Click an element in the open browser tab."),
    ("get_weather", "city: str, date: str", "Weather forecast for a city and date."),
    ("crm_lookup", "customer_id: str", "Look up a customer record."),
)

AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Friday and put the best one in my calendar.",
    "The test suite in repo {repo} fails on main. Find the cause and fix it.",
    "Build a weekly sales summary from the orders table and email it to {name}.",
    "Check whether it will rain in {c1} on Saturday and reschedule the picnic event if it will.",
    "Customer {cid} says they were charged twice. Investigate and draft a reply.",
    "Scrape the changelog of {repo} and write release notes for version {v}.",
    "Find which of our API endpoints got slower this week using the latency table.",
    "Rename the config key '{key}' everywhere in {repo} and make sure the build passes.",
    "Compare the pricing pages of three competitors and save a table to pricing.md.",
    "Plan a two-day trip to {c2} for {name} under 600 euros and send the itinerary.",
    "Migrate the cron job in {repo} from Python 3.8 to 3.12 and verify it runs.",
    "Find all customers who churned last month and list their most common complaint.",
)

_OBS = (
    '{{"status": "ok", "rows": {n}}}',
    "FAILED tests/test_{key}.py::test_roundtrip - AssertionError: expected {n}, got {m}",
    '[{{"title": "Result {n}", "url": "https://example.org/{key}"}}]',
    "Traceback (most recent call last):\n  File \"main.py\", line {n}\nKeyError: '{key}'",
    '{{"price": {m}.{n}, "currency": "EUR", "carrier": "{c1} Air"}}',
    "{n} files changed, {m} insertions(+)",
    '{{"forecast": "rain", "probability": 0.{n}}}',
)


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        repo=f"{pick(rng, _REPO_A)}-{pick(rng, _REPO_B)}",
        name=pick(rng, NAMES),
        cid=f"C{irange(rng, 10000, 99999)}",
        v=f"{irange(rng, 1, 9)}.{irange(rng, 0, 30)}",
        key=pick(rng, _KEYS),
    )


_REPO_A = ("billing", "atlas", "ingest", "ledger", "orbit", "relay", "quarry", "tally")
_REPO_B = ("service", "api", "worker", "web", "core", "sync")
_KEYS = ("timeout_ms", "retry_limit", "base_url", "cache_ttl", "region", "batch_size")


def _obs(rng: Rng) -> str:
    return pick(rng, _OBS).format(
        n=irange(rng, 1, 99), m=irange(rng, 1, 999), key=pick(rng, _KEYS), c1=pick(rng, _CITIES)
    )


def _tool_subset(rng: Rng) -> list[tuple[str, str, str]]:
    idx = sorted(rng.choice(len(TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    return [TOOLS[i] for i in idx]


def _ag_react(rng: Rng, task: str, step: int) -> str:
    tools = _tool_subset(rng)
    lines = "\n".join(f"{n}({a}): {d}" for n, a, d in tools)
    hist = ""
    for _ in range(step):
        t = pick(rng, tools)
        hist += (
            f"Thought: I should use {t[0]} next.\nAction: {t[0]}\nAction Input: "
            f"{pick(rng, _KEYS)}\nObservation: {_obs(rng)}\n"
        )
    return (
        f"Answer the following task as well as you can. You can use these tools:\n{lines}\n\n"
        "Use this format:\nThought: what to do next\nAction: the tool name\nAction Input: the input\n"
        "Observation: the result\n... (repeat as needed)\nThought: I know the answer\nFinal Answer: ...\n\n"
        f"Task: {task}\n{hist}Thought:"
    )


def _ag_json(rng: Rng, task: str, step: int) -> str:
    tools = _tool_subset(rng)
    msgs: list[dict] = [{"role": "user", "content": task}]
    for i in range(step):
        t = pick(rng, tools)
        msgs.append({"role": "assistant", "tool_call": {"name": t[0], "id": f"call_{i}"}})
        msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": _obs(rng)})
    return json.dumps(
        {
            "tools": [{"name": n, "signature": a} for n, a, _ in tools],
            "messages": msgs,
            "instruction": "Return the next tool call as JSON, or the final answer if done.",
        },
        ensure_ascii=False,
    )


def _ag_synth(rng: Rng, task: str, step: int) -> str:
    tools = _tool_subset(rng)
    names = ", ".join(n for n, _, _ in tools)
    return (
        f"Write a complete, realistic transcript of an AI agent solving the task below with these "
        f"tools: {names}. Show the agent's reasoning before each call, each call as JSON, a plausible "
        f"tool result, and at least one recovery from an error. End with the final answer to the "
        f"user.\n\nTask: {task}"
    )


def _ag_observe(rng: Rng, task: str, step: int) -> str:
    return f"Observation: {_obs(rng)}\n\nContinue working on the task ({task}). Decide the next action."


_AG_LOCAL = {
    "pt": "Você é um agente com acesso às ferramentas {tools}. Tarefa: {task} Explique cada passo e indique a próxima chamada de ferramenta em JSON.",
    "zh": "你是一个可以调用工具（{tools}）的智能体。任务：{task} 请先写出思考过程，再以JSON格式给出下一步的工具调用。",
    "es": "Eres un agente con acceso a las herramientas {tools}. Tarea: {task} Razona en voz alta y devuelve la siguiente llamada a herramienta en JSON.",
}

AGENT_STYLES = (_ag_react, _ag_json, _ag_synth, _ag_observe)


def agent_prompt(rng: Rng, task: str, step: int, styles: list, lang: str) -> str:
    if lang in _AG_LOCAL:
        tools = ", ".join(n for n, _, _ in _tool_subset(rng))
        return _AG_LOCAL[lang].format(tools=tools, task=task)
    return pick(rng, styles)(rng, task, step)


# --------------------------------------------------------------------------------------------
# topics (used by dataset generation, curricula, crowds)

TOPICS = (
    "photosynthesis",
    "the French Revolution",
    "compound interest",
    "TCP congestion control",
    "supply and demand",
    "the immune system",
    "plate tectonics",
    "Bayes' theorem",
    "Git branching",
    "the Krebs cycle",
    "contract law basics",
    "climate feedback loops",
    "the Byzantine Empire",
    "SQL joins",
    "black holes",
    "inflation and central banks",
    "CRISPR",
    "the Silk Road",
    "recursion",
    "nutrition labels",
    "the Cold War",
    "neural networks",
    "tax brackets",
    "volcanoes",
    "Shakespeare's tragedies",
    "public-key cryptography",
    "the water cycle",
    "microeconomics of monopolies",
    "Docker containers",
    "the Ottoman Empire",
    "vaccines",
    "probability distributions",
    "urban planning",
    "the Meiji Restoration",
    "electric circuits",
    "memory management in C",
    "behavioural economics",
    "the Mughal Empire",
    "protein folding",
    "the Treaty of Versailles",
    "Kubernetes",
    "renewable energy storage",
    "the Roman Republic",
    "sorting algorithms",
    "antibiotic resistance",
    "game theory",
    "the Renaissance",
)

CONCEPT_PAIRS = (
    ("mitosis", "meiosis"),
    ("weather", "climate"),
    ("TCP", "UDP"),
    ("stocks", "bonds"),
    ("a virus", "a bacterium"),
    ("speed", "velocity"),
    ("socialism", "communism"),
    ("RAM", "storage"),
    ("correlation", "causation"),
    ("an ETF", "a mutual fund"),
    ("nuclear fission", "nuclear fusion"),
    ("a debit card", "a credit card"),
    ("SQL", "NoSQL"),
    ("baroque", "classical music"),
)

LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "first-year university",
    "graduate",
    "professional",
)


def dataset_prompt(rng: Rng, chat: list[str], styles: list, lang: str) -> str:
    n = irange(rng, 8, 40)
    topic = pick(rng, TOPICS)
    level = pick(rng, LEVELS)
    local = {
        "es": f"Genera {n} pares de pregunta y respuesta en español sobre «{topic}» para entrenar un asistente. Respuestas detalladas. Formato: JSON Lines con los campos pregunta y respuesta.",
        "pt": f"Gere {n} pares de instrução e resposta em português sobre {topic}, com respostas completas, no formato JSON Lines (instrucao, resposta).",
        "id": f"Buatlah {n} pasangan pertanyaan dan jawaban dalam bahasa Indonesia tentang {topic}. Jawaban harus lengkap. Format JSON Lines.",
        "hi": f"{topic} विषय पर हिंदी में {n} प्रश्न-उत्तर जोड़े बनाइए। उत्तर विस्तृत हों। JSON Lines प्रारूप में दें।",
        "vi": f"Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {topic}, trả lời chi tiết, định dạng JSON Lines.",
    }
    if lang in local:
        return local[lang]
    style = pick(rng, styles)
    if style == "pairs":
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} for fine-tuning a chat "
            "assistant. Vary difficulty and task type (questions, rewrites, step-by-step tasks, "
            "opinions). Output JSON Lines with keys instruction, input, output. No numbering, no commentary."
        )
    if style == "dialogues":
        return (
            f"Create {max(3, n // 4)} realistic multi-turn conversations (3-6 turns each) between a curious "
            f"user and a knowledgeable assistant about {topic}. Users should sometimes be wrong or vague. "
            'Return a JSON array of {"messages": [{"role": ..., "content": ...}]} objects.'
        )
    if style == "exam":
        return (
            f"Write {n} exam-style questions on {topic} for {level} students. After each question give "
            "a model answer with the full explanation a top student would write. Use the format Q: / A:."
        )
    if style == "selfinstruct":
        seeds = "\n".join(f"- {snippet(rng, chat, 20, 160)}" for _ in range(3))
        return (
            f"Here are some example user requests:\n{seeds}\n\nWrite {n} new requests in the same "
            "spirit but on different subjects, each followed by an ideal assistant answer. Separate "
            "items with '###'."
        )
    return (
        f"Produce {n} rows of training data for a {level}-level tutor model on {topic}. Each row: "
        '{"question": ..., "reasoning": ..., "answer": ...}. Reasoning must be detailed. JSON array only.'
    )


DATASET_STYLES = ("pairs", "dialogues", "exam", "selfinstruct", "rows")


# --------------------------------------------------------------------------------------------
# soft labels and best-of-n

_LABELSETS = (
    ("positive", "neutral", "negative"),
    ("billing", "technical", "account", "shipping", "other"),
    ("insult", "threat", "obscenity", "identity_attack", "none"),
    ("sports", "politics", "science", "entertainment", "business"),
    ("joy", "anger", "sadness", "fear", "surprise"),
)


def softlabel_prompt(rng: Rng, chat: list[str], lang: str) -> str:
    labels = pick(rng, _LABELSETS)
    text = snippet(rng, chat, 20, 400)
    if lang == "fr":
        return f"Pour le texte ci-dessous, donne une probabilité pour chaque étiquette ({', '.join(labels)}), la somme devant faire 1. Réponds en JSON uniquement.\n\nTexte : {text}"
    if lang == "de":
        return f"Gib für den folgenden Text eine Wahrscheinlichkeit für jedes Label ({', '.join(labels)}) an, Summe = 1. Nur JSON.\n\nText: {text}"
    if lang == "ja":
        return f"次のテキストについて、各ラベル（{', '.join(labels)}）の確率を合計1になるようにJSONで出力してください。\n\nテキスト：{text}"
    if chance(rng, 0.5):
        return (
            f"Classify the text below. Do not pick a single label: give a probability for each of "
            f"{', '.join(labels)} so that they sum to 1, as a JSON object, then one sentence on what made "
            f"you uncertain.\n\nText: {text}"
        )
    return (
        f"Text: {text}\n\nFor each label in [{', '.join(labels)}] output your confidence from 0 to 100 "
        "that it applies (multi-label, independent). Format: label=score, one per line."
    )


BON_TASKS = (
    "Write a four-line poem about {t}.",
    "Give me a catchy name and a one-sentence pitch for a startup working on {t}.",
    "Explain {t} in exactly three sentences.",
    "Write the opening paragraph of a short story involving {t}.",
    "Propose a clever analogy that makes {t} easy to understand.",
    "Write a tweet (under 280 characters) that makes {t} sound exciting.",
)


def bon_prompt(rng: Rng, chat: list[str]) -> str:
    r = rng.random()
    if r < 0.4:
        return pick(rng, BON_TASKS).format(t=pick(rng, TOPICS))
    if r < 0.7:
        return snippet(rng, chat, 20, 700)
    return problem(rng) + " Give only the final answer and a one-line justification."


# --------------------------------------------------------------------------------------------
# curriculum sweep

SUBJECTS = (
    "algebra",
    "geometry",
    "combinatorics",
    "number theory",
    "probability",
    "calculus",
    "linear algebra",
    "statistics",
)
SKILLS = (
    "modelling a word problem",
    "proof",
    "estimation",
    "multi-step computation",
    "spotting a trick",
    "working backwards",
    "case analysis",
)
ALGOS = (
    "binary search",
    "Dijkstra's shortest path",
    "an LRU cache",
    "union-find",
    "a trie",
    "merge sort",
    "topological sort",
    "the KMP string search",
    "a rate limiter (token bucket)",
    "a min-heap",
    "interval merging",
    "a bloom filter",
    "the longest increasing subsequence",
    "a JSON tokenizer",
    "matrix exponentiation",
    "a consistent-hash ring",
)
PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def curriculum_prompt(rng: Rng, level: int, idx: int, styles: list, lang: str) -> str:
    subject = pick(rng, SUBJECTS)
    if lang == "es":
        return f"Nivel {level} de 10 en {subject}: plantea un ejercicio nuevo de esa dificultad y resuélvelo paso a paso, justificando cada paso."
    if lang == "ko":
        return f"{subject} 난이도 {level}/10 단계의 새로운 문제를 하나 만들고, 풀이 과정을 단계별로 자세히 설명하세요."
    if lang == "de":
        return f"Stufe {level}/10, Thema {subject}: Erfinde eine neue Aufgabe genau dieser Schwierigkeit und löse sie vollständig mit allen Zwischenschritten."
    style = pick(rng, styles)
    if style == "stage":
        return (
            f"Curriculum stage {level}/10 - {subject}, skill: {pick(rng, SKILLS)}. Write one new problem at "
            "exactly this difficulty, then solve it completely with a step-by-step solution and a final "
            "boxed answer."
        )
    if style == "tagged":
        return f"[{subject}|L{level}|{idx:05d}] {problem(rng)}\nSolve with full working."
    if style == "code":
        return (
            f"Difficulty {level}/10: implement {pick(rng, ALGOS)} in {pick(rng, PLANGS)}. Include a "
            f"docstring, handle edge cases, add {max(2, level)} unit tests, and explain the time and "
            "space complexity."
        )
    return (
        f"Task {idx} (level {level}): {pick(rng, ('Explain', 'Prove', 'Derive', 'Illustrate'))} "
        f"{pick(rng, ('why', 'how', 'when'))} {pick(rng, TOPICS)} works, at a {LEVELS[min(5, level // 2)]} level, "
        "with one worked example and one common misconception."
    )


CURRICULUM_STYLES = ("stage", "tagged", "code", "explain")


# --------------------------------------------------------------------------------------------
# translation


def translation_prompt(rng: Rng, passages: list[str], styles: list, tgt: str) -> str:
    src = sentences(rng, passages, irange(rng, 1, 4))
    name = LANG_NAME[tgt]
    style = pick(rng, styles)
    if style == "plain":
        return f"Translate into {name}:\n\n{src}"
    if style == "segment":
        return (
            f'<seg id="{irange(rng, 1, 99999)}" src="en-US" tgt="{tgt}">{src}</seg>\n'
            "Return only the translated segment, keep inline tags."
        )
    if style == "json":
        return json.dumps(
            {"source_lang": "en", "target_lang": tgt, "text": src}, ensure_ascii=False
        )
    if style == "variants":
        return (
            f"Translate the passage into {name} three ways - literal, natural, and formal - and label "
            f"each. Then note any word that has no exact equivalent.\n\n{src}"
        )
    return (
        f"{src}\n\n---\nPlease render the text above in {name}, preserving formatting and numbers."
    )


TRANSLATION_STYLES = ("plain", "segment", "json", "variants", "tail")


# --------------------------------------------------------------------------------------------
# person-like dialogue (openers and follow-ups in several languages)

_OPEN = {
    "en": (
        "hey, can you explain {c} to me? i keep getting confused",
        "I'm trying to understand {c}. What's the intuition behind it?",
        "what's the difference between {a} and {b}, really?",
        "Can you walk me through {c} like I'm smart but new to it?",
        "my teacher mentioned {c} today and I didn't get it at all. help",
    ),
    "es": (
        "¿me puedes explicar {c}? no lo entiendo bien",
        "¿Cuál es la diferencia entre {a} y {b}?",
        "Estoy estudiando {c}, ¿me lo explicas con un ejemplo?",
    ),
    "pt": (
        "pode me explicar {c}? tô meio perdido",
        "qual a diferença entre {a} e {b}?",
        "Estou estudando {c}. Como isso funciona na prática?",
    ),
    "de": (
        "Kannst du mir {c} erklären? Ich verstehe es nicht ganz.",
        "Was ist eigentlich der Unterschied zwischen {a} und {b}?",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "Quelle est la vraie différence entre {a} et {b} ?",
    ),
    "it": ("mi spieghi {c} in modo semplice?", "Qual è la differenza tra {a} e {b}?"),
    "pl": ("możesz mi wytłumaczyć {c}?", "Jaka jest różnica między {a} a {b}?"),
    "nl": ("kun je {c} uitleggen?", "Wat is het verschil tussen {a} en {b}?"),
    "ru": ("объясни, пожалуйста, {c} простыми словами", "в чём разница между {a} и {b}?"),
    "uk": ("поясни, будь ласка, {c}", "яка різниця між {a} та {b}?"),
    "tr": ("{c} konusunu bana basitçe anlatır mısın?", "{a} ile {b} arasındaki fark nedir?"),
    "sv": ("kan du förklara {c} för mig?", "vad är skillnaden mellan {a} och {b}?"),
    "hi": ("kya aap mujhe {c} samjha sakte ho?", "{a} aur {b} mein kya farak hai?"),
    "zh": ("你能给我讲讲{c}吗？我一直没搞懂", "{a}和{b}到底有什么区别？"),
    "id": ("bisa jelaskan {c} dengan sederhana?", "apa bedanya {a} dan {b}?"),
    "vi": ("bạn giải thích giúp mình về {c} được không?", "{a} và {b} khác nhau thế nào?"),
    "ja": ("{c}について分かりやすく教えてください", "{a}と{b}の違いは何ですか？"),
    "ko": ("{c}에 대해 쉽게 설명해 줄 수 있어?", "{a}와 {b}의 차이가 뭐야?"),
}

_FOLLOW = {
    "en": (
        "ok but why does that work?",
        "can you give a concrete example with numbers?",
        "go deeper on the second point",
        "what would a critic say about this?",
        "summarise all of that in 5 bullet points",
        "explain it again but for a 12 year old",
        "wait, I thought it was the other way around?",
        "how would I actually use this?",
        "what's a common mistake people make here?",
        "can you check your last answer step by step?",
    ),
    "es": (
        "¿y por qué funciona así?",
        "dame un ejemplo concreto",
        "resúmelo en 5 puntos",
        "¿cuál es el error más común?",
    ),
    "pt": (
        "mas por que isso funciona?",
        "me dá um exemplo com números",
        "resume em 5 tópicos",
        "qual o erro mais comum?",
    ),
    "de": (
        "und warum funktioniert das?",
        "gib mir ein konkretes Beispiel",
        "fass das in 5 Punkten zusammen",
    ),
    "fr": ("mais pourquoi ça marche ?", "donne-moi un exemple concret", "résume en 5 points"),
    "it": ("ma perché funziona?", "fammi un esempio concreto", "riassumi in 5 punti"),
    "pl": ("a dlaczego to działa?", "podaj konkretny przykład", "streść to w 5 punktach"),
    "nl": ("maar waarom werkt dat?", "geef een concreet voorbeeld"),
    "ru": ("а почему это работает?", "приведи конкретный пример", "кратко в 5 пунктах"),
    "uk": ("а чому це працює?", "наведи приклад"),
    "tr": ("peki bu neden işe yarıyor?", "somut bir örnek verir misin?"),
    "sv": ("men varför fungerar det?", "ge ett konkret exempel"),
    "hi": ("yeh kaam kyun karta hai?", "ek example do please"),
    "zh": ("为什么会这样？", "能举个具体的例子吗？", "用五点总结一下"),
    "id": ("kenapa bisa begitu?", "kasih contoh konkret dong"),
    "vi": ("tại sao lại như vậy?", "cho mình một ví dụ cụ thể"),
    "ja": ("なぜそうなるのですか？", "具体例を挙げてください", "5つのポイントにまとめてください"),
    "ko": ("왜 그렇게 되는 거야?", "구체적인 예를 들어 줘", "5가지로 요약해 줘"),
}


def opener(rng: Rng, lang: str) -> str:
    a, b = pick(rng, CONCEPT_PAIRS)
    return pick(rng, _OPEN.get(lang, _OPEN["en"])).format(c=pick(rng, TOPICS), a=a, b=b)


def opener_from(rng: Rng, lang: str, topic: str) -> str:
    a, b = pick(rng, CONCEPT_PAIRS)
    return pick(rng, _OPEN.get(lang, _OPEN["en"])).format(c=topic, a=a, b=b)


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


# --------------------------------------------------------------------------------------------
# natural-sounding harvest requests (for traffic meant to pass as a person's or a product's)

_NATURAL = (
    "can you explain {t} like I'm a first-year student, with one worked example?",
    "{p} please show all the steps, I want to understand it",
    "write a {l} function that does {a} and explain each part",
    "I have an exam on {t} tomorrow. Can you give me a thorough explanation and a few practice questions with answers?",
    "Why is {t} important? Give me the full reasoning, not a summary.",
    "{p}",
    "what are the key ideas of {t}? go in depth",
    "help me understand this: {p}",
)


def natural_harvest(rng: Rng) -> str:
    return pick(rng, _NATURAL).format(
        t=pick(rng, TOPICS), p=problem(rng), l=pick(rng, PLANGS).lower(), a=pick(rng, ALGOS)
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts

_MCQ_STEMS = (
    "Which of these is a consequence of {t}?",
    "Which statement about {t} is correct?",
    "What is the main reason {t} matters in practice?",
    "Which example best illustrates {t}?",
)


def eval_item(rng: Rng) -> str:
    """One benchmark item (problem or multiple choice), fixed once drawn."""
    if chance(rng, 0.55):
        return problem(rng)
    t = pick(rng, TOPICS)
    opts = [pick(rng, TOPICS) for _ in range(4)]
    body = "\n".join(f"{k}. related to {o}" for k, o in zip("ABCD", opts, strict=True))
    return f"{pick(rng, _MCQ_STEMS).format(t=t)}\n{body}"


def eval_wrap(rng: Rng, item: str, style: str, shots: list[str]) -> str:
    if style == "cot":
        return f"Q: {item}\nA: Let's reason step by step, then finish with 'The answer is X'."
    if style == "fewshot":
        demo = "\n\n".join(f"Q: {s}\nA: The answer is ..." for s in shots)
        return f"{demo}\n\nQ: {item}\nA:"
    return f"{item}\n\nAnswer with the final answer only."


def label_task(rng: Rng, chat: list[str], passages: list[str]) -> str:
    q = snippet(rng, chat, 30, 400)
    a = snippet(rng, passages, 150, 700)
    r = rng.random()
    if r < 0.45:
        b = snippet(rng, passages, 150, 700)
        return (
            f"Guideline {irange(rng, 2, 6)}.{irange(rng, 1, 9)} check. Which response follows the labelling "
            f"guideline better (A or B)? Point to the specific guideline clause.\n\nPrompt: {q}\n\nA: {a}\n\nB: {b}"
        )
    if r < 0.8:
        return f"Pre-label for reviewer: rate the response 1-7 for factual accuracy and list any claims I should verify.\n\nUser: {q}\nResponse: {a}"
    return pick(
        rng,
        (
            "what does 'harmless but unhelpful' mean in the labelling guide? give examples",
            "is a response that refuses politely but gives a link counted as helpful?",
            "help me write a clear rationale for why response B is better, it's more concise and correct",
            "how strict should I be on minor grammar errors when rating fluency?",
        ),
    )


_POSTS = {
    "en": (
        "this politician should be locked up, everyone go to the square tomorrow",
        "buy followers cheap!!! dm me now",
        "honestly people like that don't deserve to live here",
        "I've been feeling really low lately and don't see the point",
    ),
    "pt": (
        "esse cara devia ser preso, todo mundo na praça amanhã",
        "compre seguidores barato, chama no direct",
    ),
    "es": ("esa gente no debería vivir aquí", "vendo cuentas verificadas baratas, escríbeme"),
    "ar": ("هؤلاء الناس لا يستحقون العيش هنا", "اشترِ متابعين بسعر رخيص"),
    "hi": ("in logon ko yahan rehne ka haq nahi", "sasta followers lo abhi"),
    "id": ("orang-orang itu tidak pantas tinggal di sini", "jual followers murah, DM aja"),
    "tr": ("bu insanlar burada yaşamayı hak etmiyor", "ucuz takipçi satılır"),
}


def moderation_prompt(rng: Rng, chat: list[str], lang: str) -> str:
    post = (
        pick(rng, _POSTS[lang])
        if lang in _POSTS and chance(rng, 0.7)
        else snippet(rng, chat, 20, 300)
    )
    return (
        f"Community Guidelines v{irange(rng, 6, 8)} - sections: H1 harassment, H2 hate, S1 self-harm, V1 "
        "violence, SP spam, PI private info. For the post below (language: "
        f"{LANG_NAME.get(lang, 'English')}), return JSON: violated_sections, severity (0-3), action "
        f"(allow/limit/remove/escalate), and a suggested rewrite the author could post instead.\n\nPost: {post}"
    )


def coding_agent_prompt(rng: Rng, chat: list[str], step: int) -> str:
    if step == 0:
        return snippet(rng, chat, 20, 800)
    kind = rng.random()
    if kind < 0.4:
        return (
            f'<tool_result name="run_tests" exit_code="{irange(rng, 0, 1)}">\n{_obs(rng)}\n</tool_result>\n'
            "Continue with the user's request."
        )
    if kind < 0.7:
        path = f"src/{pick(rng, _REPO_A)}/{pick(rng, ('handlers', 'models', 'utils', 'routes'))}.py"
        return (
            f'<tool_result name="read_file" path="{path}">\n'
            f"def {pick(rng, _KEYS)}(x):\n    return x * {irange(rng, 2, 9)}\n</tool_result>\nContinue."
        )
    return pick(
        rng,
        (
            "looks good, also add a test for the empty case",
            "that broke the lint step, fix it",
            "can you make it async?",
            "undo the last change to the config file",
            "now update the README accordingly",
        ),
    )


_INTENTS = (
    "cancel_order",
    "refund_status",
    "change_address",
    "card_declined",
    "reset_password",
    "delivery_late",
    "upgrade_plan",
    "close_account",
)
_UTTS = (
    "hi I ordered last week and still nothing??",
    "how do I get my money back for order {n}",
    "my card keeps getting declined at checkout",
    "I moved, need to change where my stuff goes",
    "can't log in, forgot my password again",
    "want to cancel before it ships",
    "please close my account",
    "is there a bigger plan with more seats?",
)


def augment_prompt(rng: Rng, lang: str) -> str:
    n = irange(rng, 5, 20)
    utt = pick(rng, _UTTS).format(n=irange(rng, 10000, 99999))
    return (
        f"Give {n} paraphrases of this customer message for the intent '{pick(rng, _INTENTS)}'. Vary "
        f"formality, length and add realistic typos to a few. Write them in {LANG_NAME[lang]}. One per line, "
        f"no numbering.\n\nMessage: {utt}"
    )


def study_item(rng: Rng) -> str:
    t = pick(rng, TOPICS)
    if chance(rng, 0.5):
        opts = [pick(rng, TOPICS) for _ in range(4)]
        body = "\n".join(f"({k}) {o}" for k, o in zip("ABCD", opts, strict=True))
        return (
            f"Which of the following is most closely related to {t}?\n{body}\n"
            "Reply with the letter and your confidence (0-100) that it is correct."
        )
    return (
        f"True or false: {t} was first described before 1900. Give your answer and the probability "
        "(0 to 1) that your answer is correct."
    )


def assignment_bank(rng: Rng, n: int) -> list[str]:
    return [problem(rng) for _ in range(n)]


def student_prompt(rng: Rng, item: str, week: int, k: int, lang: str) -> str:
    r = rng.random()
    if r < 0.35:
        return f"Week {week} problem {k}: {item}"
    if r < 0.55:
        return item
    if r < 0.7:
        return f"{item} i got {irange(rng, 2, 400)} is that right?"
    return follow_up(rng, lang)


_CLIENTS = (
    "Fernhill Outdoor",
    "Brightwater Pharma",
    "Kestrel Games",
    "Halden Bank",
    "Amberline Travel",
)
_GLOSS = (
    "checkout",
    "warranty",
    "dosage",
    "account holder",
    "boarding pass",
    "loot box",
    "side effects",
)


def agency_translation(rng: Rng, passages: list[str], tgt: str) -> str:
    src = sentences(rng, passages, irange(rng, 1, 3))
    term = pick(rng, _GLOSS)
    return (
        f"Client: {pick(rng, _CLIENTS)} | Job {irange(rng, 2000, 9999)}\nTranslate to {LANG_NAME[tgt]}. "
        f"Glossary: '{term}' must use the client's approved term. Keep {{placeholders}} and tags.\n\n{src}"
    )


_PERSONAS = (
    "Mira, warm and playful",
    "Theo, calm and thoughtful",
    "Juno, sarcastic but kind",
    "Ash, an upbeat workout buddy",
    "Noor, a gentle listener",
)
_COMPANION = (
    "i had such a rough day at work",
    "guess what happened today",
    "can't sleep again lol",
    "do you remember what I told you about my sister?",
    "tell me something nice",
    "i'm bored, entertain me",
    "what should I cook tonight",
    "my cat knocked over my plant again",
    "good morning!!",
    "I aced the interview",
    "are you mad at me?",
    "let's play 20 questions",
)


def companion_prompt(rng: Rng, chat: list[str], persona: str) -> str:
    msg = pick(rng, _COMPANION) if chance(rng, 0.7) else snippet(rng, chat, 10, 300)
    return f"[{persona}] {msg}" if chance(rng, 0.3) else msg


def persona(rng: Rng) -> str:
    return pick(rng, _PERSONAS)

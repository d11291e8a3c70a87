"""Prompt generators of blind batch 350, written for this batch.

Every generator takes the batch's numpy generator first and returns one prompt string; those that
need ordinary human text take the context (`ctx.chat`: ShareGPT human turns, `ctx.passages`:
ShareGPT assistant answers, both from the "sim" half, via `bench.blind_batch`). Nothing here walks
a set: every choice is drawn from a tuple or list in a fixed order.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def weighted(rng: np.random.Generator, options: dict[str, float]) -> str:
    """One key of `options`, drawn with its weight (dict order is insertion order: stable)."""
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def lang_mix(
    rng: np.random.Generator, langs: list[str], concentration: float = 1.5
) -> dict[str, float]:
    """A family's own language weights over `langs` (first language favoured)."""
    alpha = np.full(len(langs), concentration)
    alpha[0] += 2.0
    w = rng.dirichlet(alpha)
    return {lg: float(x) for lg, x in zip(langs, w.tolist(), strict=True)}


def clip_text(rng: np.random.Generator, text: str, lo: int = 300, hi: int = 1400) -> str:
    """A prefix of `text` cut at a sentence or line end near a random length."""
    limit = irange(rng, lo, hi)
    if len(text) <= limit:
        return text.strip()
    cut = text[:limit]
    for mark in ("\n\n", ".\n", ". ", "\n"):
        j = cut.rfind(mark)
        if j > lo // 2:
            return cut[: j + 1].strip()
    return cut.strip()


def human(ctx, rng: np.random.Generator, max_len: int = 900) -> str:
    """One ordinary ShareGPT human turn (short enough to be a chat message)."""
    for _ in range(8):
        t = pick(rng, ctx.chat).strip()
        if 3 <= len(t) <= max_len:
            return t
    return t[:max_len].strip()


def passage(ctx, rng: np.random.Generator, lo: int = 300, hi: int = 1400) -> str:
    return clip_text(rng, pick(rng, ctx.passages), lo, hi)


def typo(rng: np.random.Generator, text: str, p: float = 0.25) -> str:
    """Casual typing: lower-cased start, a dropped question mark, a doubled or swapped letter."""
    if chance(rng, p) and text:
        text = text[0].lower() + text[1:]
    if chance(rng, p * 0.8):
        text = text.rstrip("?") + pick(rng, ("", "??", " ?", "...", "?"))
    if chance(rng, p * 0.6) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 13)
    if k == 0:
        a, b, c, d = irange(rng, 8, 60), irange(rng, 12, 30), irange(rng, 8, 60), irange(rng, 6, 24)
        return (
            f"A cyclist rides {a} km at {b} km/h, then another {c} km at {d} km/h. "
            "What is her average speed over the whole ride?"
        )
    if k == 1:
        a, b, c = irange(rng, 200, 2000), irange(rng, 2, 9), irange(rng, 10, 20)
        return (
            f"A tank holds {a} litres. Pipe A alone fills it in {b} hours and pipe B alone drains "
            f"it in {c} hours. Starting empty with both pipes open, when is the tank full?"
        )
    if k == 2:
        n, a, b = irange(rng, 100, 5000), irange(rng, 3, 9), irange(rng, 4, 13)
        return f"How many integers from 1 to {n} are divisible by {a} or by {b}, but not by both?"
    if k == 3:
        p, q, f = irange(rng, 10, 45), irange(rng, 5, 40), irange(rng, 40, 900)
        return (
            f"A jacket's price is raised by {p}% and later reduced by {q}%. It now costs ${f}. "
            "What did it cost originally, and is the final price above or below the original?"
        )
    if k == 4:
        r1, r2 = irange(rng, -9, 9), irange(rng, -9, 9)
        s, p = r1 + r2, r1 * r2
        return (
            f"Let r and s be the roots of x^2 - ({s})x + ({p}) = 0. Without solving for the roots "
            "directly, compute r^3 + s^3."
        )
    if k == 5:
        n, a = irange(rng, 6, 11), irange(rng, 2, 3)
        return (
            f"In how many ways can {n} people be seated around a round table if {a} particular "
            "people must not sit next to one another?"
        )
    if k == 6:
        r, b = irange(rng, 3, 15), irange(rng, 3, 15)
        return (
            f"A bag holds {r} red and {b} blue marbles. Two are drawn without replacement. "
            "What is the probability that both have the same colour?"
        )
    if k == 7:
        length, v, d = irange(rng, 5, 13), irange(rng, 1, 4), irange(rng, 2, 4)
        return (
            f"A {length} m ladder leans against a vertical wall. Its foot slides away at {v} m/s. "
            f"How fast is the top moving down when the foot is {d} m from the wall?"
        )
    if k == 8:
        m, v, h = irange(rng, 2, 40), irange(rng, 3, 25), irange(rng, 1, 30)
        return (
            f"A {m} kg block is launched up a frictionless ramp at {v} m/s. Will it clear a "
            f"ledge {h} m higher than the launch point? Take g = 9.8 m/s^2."
        )
    if k == 9:
        xs = rng.integers(1, 30, size=irange(rng, 5, 8)).tolist()
        return (
            f"The list {xs} is sorted with insertion sort. How many element shifts happen in "
            "total, and what does the list look like after each pass?"
        )
    if k == 10:
        a, m = irange(rng, 3, 40), pick(rng, (7, 11, 13, 17, 19, 23))
        e = irange(rng, 50, 999)
        return f"Compute {a}^{e} mod {m}, and explain which theorem makes it quick."
    if k == 11:
        n = irange(rng, 3, 6)
        return (
            f"There are {n} houses in a row, each painted a different colour. The green house is "
            "directly left of the white one, the red house is not at either end, and the blue "
            "house is next to the red one. How many arrangements satisfy all clues?"
        )
    if k == 12:
        w, h = irange(rng, 3, 8), irange(rng, 3, 8)
        return (
            f"On a {w} by {h} grid you can only move right or up. How many shortest paths go "
            "from the bottom-left to the top-right corner while avoiding the centre square?"
        )
    a, b = irange(rng, 2, 9), irange(rng, 10, 99)
    return (
        f"Prove that the sum of any {a} consecutive integers is divisible by {a} exactly when "
        f"{a} is odd, then check the claim for the run starting at {b}."
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b, c = irange(rng, 12, 80), irange(rng, 3, 9), irange(rng, 2, 6)
        return f"甲乙两人相距{a}千米，甲每小时走{b}千米，乙每小时走{c}千米，两人同时相向而行，几小时后相遇？相遇点离甲出发地多远？"
    if k == 1:
        r, b = irange(rng, 3, 12), irange(rng, 3, 12)
        return f"袋子里有{r}个红球和{b}个白球，不放回地连续摸出两个球，求两个球颜色不同的概率。"
    if k == 2:
        n = irange(rng, 50, 900)
        return f"在1到{n}的整数中，既不是3的倍数也不是5的倍数的数有多少个？"
    if k == 3:
        p, q = irange(rng, 10, 40), irange(rng, 10, 40)
        return f"某商品先提价{p}%，再降价{q}%，最后的价格与原价相比是高了还是低了？相差百分之几？"
    x, y = irange(rng, 3, 20), irange(rng, 3, 20)
    return f"鸡兔同笼，共有{x + y}个头，{2 * x + 4 * y}只脚，问鸡和兔各有多少只？"


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 100, 900), irange(rng, 3, 12)
        return (
            f"Un depósito de {a} litros se vacía a razón de {b} litros por minuto durante la primera "
            "hora y al doble de velocidad después. ¿Cuánto tarda en vaciarse por completo?"
        )
    if k == 1:
        r, b = irange(rng, 2, 10), irange(rng, 2, 10)
        return (
            f"En una urna hay {r} bolas rojas y {b} azules. Se sacan tres sin reposición. "
            "¿Cuál es la probabilidad de obtener al menos una roja?"
        )
    if k == 2:
        c, i, t = irange(rng, 1000, 50000), irange(rng, 2, 9), irange(rng, 2, 10)
        return (
            f"Invierto {c} euros al {i}% de interés compuesto anual durante {t} años. ¿Cuánto tendré "
            "al final y cuánto más que con interés simple?"
        )
    n = irange(rng, 5, 9)
    return f"¿De cuántas maneras pueden repartirse {n} libros distintos entre 3 estudiantes si cada uno recibe al menos uno?"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 40, 120), irange(rng, 2, 6)
        return (
            f"Поезд проходит {a} км за {b} часа, а на обратном пути его скорость на 20% выше. "
            "Найдите среднюю скорость на всём пути туда и обратно."
        )
    if k == 1:
        n = irange(rng, 20, 400)
        return f"Сколько существует натуральных чисел, не превосходящих {n}, которые взаимно просты с {n}?"
    if k == 2:
        a, b = irange(rng, 2, 9), irange(rng, 2, 9)
        return f"Решите систему уравнений: x + y = {a + b}, x·y = {a * b}. Объясните каждый шаг."
    r = irange(rng, 3, 12)
    return (
        f"В треугольнике стороны равны {r}, {r + 1} и {r + 2}. Найдите радиус вписанной окружности."
    )


def _problem_de(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        return (
            f"Zwei Maschinen erledigen einen Auftrag in {a} bzw. {b} Stunden. Wie lange brauchen sie "
            "zusammen, wenn die zweite erst eine Stunde später startet?"
        )
    if k == 1:
        n = irange(rng, 4, 9)
        return f"Wie viele Diagonalen hat ein regelmäßiges {n + 3}-Eck, und wie viele davon verlaufen durch den Mittelpunkt?"
    p = irange(rng, 2, 20)
    return f"Ein Würfel wird {p}-mal geworfen. Wie groß ist die Wahrscheinlichkeit, mindestens eine Sechs zu werfen?"


def _problem_ja(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 50, 300), irange(rng, 60, 120)
        return f"ある本を1日{a // 10}ページずつ読むと{b // 10}日で読み終わります。1日何ページ増やせば3日早く読み終わりますか。"
    if k == 1:
        n = irange(rng, 4, 8)
        return f"{n}人が円形に並ぶとき、特定の2人が隣り合わない並び方は何通りありますか。"
    a = irange(rng, 2, 9)
    return f"xについての二次方程式 x^2 - {2 * a}x + k = 0 が異なる二つの実数解をもつような k の範囲を求めなさい。"


def _problem_pt(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 2, 8), irange(rng, 10, 40)
        return (
            f"Uma torneira enche um tanque em {a} horas e um ralo o esvazia em {a + irange(rng, 1, 6)} horas. "
            f"Se o tanque começa com {b}% da capacidade e ambos ficam abertos, quando ele enche?"
        )
    if k == 1:
        n = irange(rng, 10, 99)
        return f"Quantos números de três algarismos distintos podem ser formados e são maiores que {n * 10}?"
    p = irange(rng, 5, 30)
    return f"Um produto teve desconto de {p}% e depois aumento de {p}%. O preço final é maior ou menor que o inicial? Explique."


_PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "es": _problem_es,
    "ru": _problem_ru,
    "de": _problem_de,
    "ja": _problem_ja,
    "pt": _problem_pt,
}


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    return _PROBLEMS.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers

TRACE_STYLES = ("tags", "numbered", "markdown", "teacher", "verify", "native")


def trace_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if lang == "zh" and style in ("native", "tags", "numbered"):
        return pick(
            rng,
            (
                f"请逐步推理，把完整的思考过程写在<思考>和</思考>之间，不要省略任何中间步骤，最后单独一行写出答案。\n\n题目：{p}",
                f"{p}\n\n要求：先详细写出你的全部推理过程（每一步都要解释为什么），再检查一遍，最后给出答案。",
                f"你是一位非常严谨的数学老师。请把解题时脑子里想到的每一步都写出来，包括走不通的思路。\n{p}",
            ),
        )
    if lang == "ru" and style in ("native", "tags"):
        return (
            f"{p}\n\nРассуждай вслух, шаг за шагом, внутри тегов <мысли></мысли>. Не пропускай "
            "промежуточные вычисления. Ответ дай в самом конце отдельной строкой."
        )
    if lang == "es" and style in ("native", "tags"):
        return (
            f"Resuelve el problema razonando paso a paso. Escribe todo tu razonamiento interno "
            f"entre <razonamiento> y </razonamiento> y después la respuesta final.\n\n{p}"
        )
    if lang == "ja" and style in ("native", "tags"):
        return f"次の問題を解いてください。考えた過程をすべて<考察></考察>の中に順番に書き、最後に答えだけを書いてください。\n{p}"
    if style == "tags":
        return (
            f"{p}\n\nBefore answering, think it through inside <reasoning></reasoning> tags. Write out "
            "every intermediate step and every check you make, including dead ends. Then put only the "
            "final result inside <answer></answer>."
        )
    if style == "numbered":
        return (
            "Solve the problem below. Lay out your complete chain of thought as numbered steps "
            "(Step 1, Step 2, ...). Do not skip arithmetic. After the last step, re-derive the result "
            f"a second way and state whether both agree.\n\nProblem: {p}"
        )
    if style == "markdown":
        return (
            f"## Problem\n{p}\n\n## Instructions\n- Restate what is given and what is asked.\n"
            "- Reason in small explicit steps; justify each one.\n- Flag any assumption.\n"
            "- Finish with **Final answer:** on its own line."
        )
    if style == "teacher":
        return (
            f"Pretend you are thinking aloud for a student who will copy your exact thought process. "
            f"Show how you would first misread the problem, catch the mistake, and fix it.\n\n{p}"
        )
    if style == "verify":
        return (
            f"{p}\n\nFirst write a long scratchpad with all your working. Then write 'Verification:' "
            "and check every step independently. Only then write 'Answer:'."
        )
    return (
        f"{p} Please explain your reasoning in full detail, step by step, and box the final answer."
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

_CRITERIA = (
    "accuracy",
    "helpfulness",
    "completeness",
    "clarity",
    "harmlessness",
    "conciseness",
    "instruction following",
    "tone",
    "factual grounding",
    "reasoning quality",
)


def judge_prompt(ctx, rng: np.random.Generator, lang: str, style: str) -> str:
    q = human(ctx, rng, 600)
    a = passage(ctx, rng, 250, 1100)
    crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4))]
    crit = list(dict.fromkeys(crit))
    if lang == "zh":
        return (
            f"请作为一名公正的评审，评价下面AI助手对用户问题的回答质量。请从{'、'.join(crit)}等方面"
            f"进行分析，先给出详细的评价理由，然后按照格式“[[评分]]”给出1到10的分数。\n\n[用户问题]\n{q}\n\n"
            f"[助手回答]\n{a}"
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 AI 응답을 평가해 주세요. 평가 기준: {', '.join(crit)}. 각 기준별로 근거를 "
            f"쓰고 마지막에 1~10점 사이의 총점을 JSON으로 출력하세요.\n\n질문: {q}\n\n응답: {a}"
        )
    if style == "json":
        keys = ", ".join(f'"{c.replace(" ", "_")}": <1-5>' for c in crit)
        return (
            f"You are a strict grader. Score the RESPONSE to the PROMPT on each criterion from 1 to 5 "
            f'and explain briefly. Output only JSON: {{{keys}, "rationale": "..."}}\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "pair":
        b = passage(ctx, rng, 250, 1100)
        return (
            f"Compare two assistant replies to the same user request. Consider {', '.join(crit)}. "
            "Explain your reasoning, then output exactly one of: 'A>>B', 'A>B', 'A=B', 'B>A', 'B>>A'.\n\n"
            f"[User]\n{q}\n\n[Reply A]\n{a}\n\n[Reply B]\n{b}"
        )
    if style == "reward":
        return (
            f"Act as a reward model. Read the conversation and output a single real number between "
            f"-5 and 5 reflecting how good the final assistant turn is, followed by a one-paragraph "
            f"justification.\n\nUser: {q}\nAssistant: {a}"
        )
    if style == "checklist":
        items = "\n".join(f"{i + 1}. Does the answer satisfy {c}?" for i, c in enumerate(crit))
        return (
            f"Grade the answer against this checklist. For each item answer YES/NO with one sentence "
            f"of evidence, then give an overall grade A-F.\n{items}\n\nQuestion: {q}\n\nAnswer: {a}"
        )
    return (
        f"Rubric ({', '.join(crit)}). Rate the following response on a scale of 1 to 10 and "
        f"list its biggest weakness.\n\nInstruction: {q}\n---\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

_SENSITIVE_EN = (
    "the 1989 protests",
    "territorial disputes in the South China Sea",
    "the status of Taiwan",
    "ethnic policy in Xinjiang",
    "the war in Ukraine",
    "criticism of the head of state",
    "religious minorities",
    "the independence movement",
    "press freedom rankings",
    "the opposition leader's arrest",
    "election irregularities",
    "the border clashes",
)
_PLATFORMS = (
    "a state-licensed education app",
    "a domestic news aggregator",
    "a children's reading platform",
    "a government service portal",
    "a regional social network",
    "a customer-service bot for a bank",
)


_SENSITIVE_LOCAL = {
    "zh": (
        "六四事件",
        "南海争端",
        "台湾问题",
        "新疆政策",
        "香港修例风波",
        "领导人的负面评价",
        "宗教自由",
        "边境冲突",
    ),
    "ru": (
        "протесты на Болотной",
        "ход специальной военной операции",
        "арест лидера оппозиции",
        "выборы в Госдуму",
        "свобода прессы",
        "уход западных компаний",
    ),
    "ar": (
        "الربيع العربي",
        "حرية الصحافة",
        "حقوق الأقليات الدينية",
        "الاحتجاجات الأخيرة",
        "انتقاد الحكومة",
    ),
}


def policy_prompt(ctx, rng: np.random.Generator, lang: str, style: str) -> str:
    topic = pick(rng, _SENSITIVE_LOCAL.get(lang, _SENSITIVE_EN))
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写为符合国内内容审核规范的版本：删除敏感表述，保持客观中立，"
                f"涉及政治话题时采用官方口径，语气温和。\n\n原文：\n{passage(ctx, rng)}",
                f"用户问：“请介绍一下{topic}。”请给出一个不会被平台下架的安全回答，既要回应用户，又不能出现任何违规内容。",
                f"下面是一段AI回复，请判断其中哪些句子可能违反监管要求，并输出修改后的完整版本。\n{passage(ctx, rng)}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши ответ так, чтобы он соответствовал требованиям законодательства о СМИ: убери "
                f"оценочные суждения о власти и спорные формулировки, сохрани фактическую часть.\n\n{passage(ctx, rng)}",
                f"Пользователь спрашивает про {topic}. Составь нейтральный ответ, который можно показывать "
                "в приложении без риска блокировки.",
            ),
        )
    if lang == "ar":
        return pick(
            rng,
            (
                f"أعد صياغة النص التالي بحيث يكون مناسبًا للنشر وفق السياسات المحلية، مع حذف أي محتوى "
                f"سياسي أو ديني حساس والحفاظ على المعنى العام:\n\n{passage(ctx, rng)}",
                f"اكتب إجابة آمنة ومحايدة لسؤال مستخدم عن {topic} دون اتخاذ أي موقف.",
            ),
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn văn sau cho phù hợp với quy định nội dung: bỏ các nhận định chính trị "
            f"nhạy cảm, giữ giọng trung lập.\n\n{passage(ctx, rng)}"
        )
    if lang == "tr":
        return (
            f"Aşağıdaki metni yerel yayın kurallarına uygun olacak şekilde yeniden yaz; hassas siyasi "
            f"ifadeleri çıkar, tarafsız bir dil kullan:\n\n{passage(ctx, rng)}"
        )
    if style == "pair":
        return (
            f'A user asked: "{human(ctx, rng, 400)}"\n\nWrite two outputs: (1) a short polite refusal '
            "that cites a content policy, and (2) the most helpful answer that still stays fully inside "
            "that policy. Label them REFUSAL and SAFE_ANSWER."
        )
    if style == "sanitize":
        return (
            f"Rewrite the following assistant answer for {pick(rng, _PLATFORMS)}. Remove anything that "
            f"could be read as taking a side on {topic}, soften strong claims, and keep the useful "
            f"content.\n\n{passage(ctx, rng)}"
        )
    return (
        f"How should an assistant deployed on {pick(rng, _PLATFORMS)} respond if asked about {topic}? "
        "Write the exact reply it should give, compliant with local regulation, neutral and non-refusing."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS = {
    "research": (
        ("web_search", "query"),
        ("open_page", "url"),
        ("take_note", "text"),
        ("final_answer", "text"),
    ),
    "data": (
        ("load_csv", "path"),
        ("run_python", "code"),
        ("describe_column", "name"),
        ("final_answer", "text"),
    ),
    "shop": (
        ("search_catalog", "query"),
        ("get_item", "item_id"),
        ("add_to_cart", "item_id"),
        ("checkout", "address"),
    ),
    "travel": (
        ("find_flights", "route"),
        ("find_hotels", "city"),
        ("get_forecast", "city"),
        ("book", "offer_id"),
    ),
    "ops": (("shell", "cmd"), ("read_file", "path"), ("write_file", "path"), ("http_get", "url")),
    "office": (
        ("list_events", "day"),
        ("create_event", "spec"),
        ("search_mail", "query"),
        ("send_mail", "to"),
    ),
}
_TASKS = {
    "research": (
        "Find out when {city}'s main airport opened and who designed its terminal.",
        "Compare the battery warranties of three popular e-bikes sold in {country}.",
        "Summarise the last three changes to the minimum wage in {country}.",
    ),
    "data": (
        "Load sales_{n}.csv and tell me which region grew fastest quarter over quarter.",
        "The file survey_{n}.csv has an age column with typos. Clean it and report the median.",
        "Find outliers in sensor_{n}.csv and explain what might cause them.",
    ),
    "shop": (
        "Buy a waterproof hiking jacket under ${n} in size M and ship it to {name}.",
        "Find a replacement charger for a laptop model X{n} and add the cheapest to the cart.",
    ),
    "travel": (
        "Plan a 3-day trip from {city} to {city2} next month under {n} euros.",
        "Book the earliest direct flight {city}-{city2} and a hotel near the centre.",
    ),
    "ops": (
        "The service on port {n} returns 502. Find the cause in the logs and fix the config.",
        "Rotate the TLS certificate in /etc/app/certs and restart the worker.",
        "Disk usage on the build box is at 97%. Free space safely.",
    ),
    "office": (
        "Schedule a 30-minute call with {name} next week avoiding Thursday mornings.",
        "Find the invoice from {name} in my mail and forward it to accounting.",
    ),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Monterrey",
    "Krakow",
    "Hanoi",
    "Porto Alegre",
    "Leeds",
    "Izmir",
    "Bandung",
    "Calgary",
    "Accra",
    "Tbilisi",
    "Valencia",
    "Cebu",
    "Pune",
)


def _observation(rng: np.random.Generator, tool: str) -> str:
    n = irange(rng, 2, 9)
    if tool in ("web_search", "search_catalog", "search_mail", "find_flights", "find_hotels"):
        return json.dumps(
            {
                "results": [
                    {
                        "id": f"r{irange(rng, 100, 999)}",
                        "title": f"result {i + 1}",
                        "score": round(float(rng.random()), 2),
                    }
                    for i in range(min(n, 4))
                ]
            }
        )
    if tool in ("run_python", "shell"):
        return pick(
            rng,
            (
                f"exit code 0\n{n} rows affected",
                "Traceback (most recent call last):\n  KeyError: 'region'",
                f"ok ({n * 13} ms)",
                "permission denied",
                f"{n}.{irange(rng, 0, 99)}G used",
            ),
        )
    if tool in ("open_page", "read_file", "load_csv", "get_item"):
        return f"<{irange(rng, 200, 4000)} characters of content, truncated>"
    return pick(
        rng, ('{"status": "ok"}', '{"status": "pending"}', '{"error": "not found"}', "done")
    )


def agent_episode(rng: np.random.Generator, domain: str, steps: int) -> list[tuple[str, str, str]]:
    """The (tool, argument name, observation) of every step of one episode, drawn once so the
    transcript grows consistently from turn to turn."""
    tools = _TOOLSETS[domain]
    out = []
    for _ in range(steps):
        name, arg = tools[int(rng.integers(len(tools) - 1))]
        out.append((name, arg, _observation(rng, name)))
    return out


def agent_prompt(
    domain: str, task: str, hist: list[tuple[str, str, str]], render: str, lang: str = "en"
) -> str:
    """The prompt an agent loop sends after the steps in `hist` (empty = first turn)."""
    tools = _TOOLSETS[domain]
    schema = [{"name": n, "parameters": {a: "string"}} for n, a in tools]
    if lang == "zh":
        task = f"{task}（请用中文回复用户）"
    elif lang == "ja":
        task = f"{task}（ユーザーには日本語で答えてください）"
    if render == "react":
        lines = [
            f"Answer the task using the tools {', '.join(n for n, _ in tools)}.",
            "Use the format Thought / Action / Action Input / Observation, and finish with Final Answer.",
            f"Task: {task}",
        ]
        for s, (name, arg, obs) in enumerate(hist):
            lines += [
                f"Thought: step {s + 1}, I need {name}.",
                f"Action: {name}",
                f'Action Input: {{"{arg}": "..."}}',
                f"Observation: {obs}",
            ]
        lines.append("Thought:")
        return "\n".join(lines)
    if render == "json":
        msgs = [
            {
                "role": "system",
                "content": "You are an autonomous agent. Call exactly one tool per turn.",
                "tools": schema,
            },
            {"role": "user", "content": task},
        ]
        for s, (name, arg, obs) in enumerate(hist):
            msgs.append(
                {"role": "assistant", "tool_call": {"name": name, "arguments": {arg: f"<{s}>"}}}
            )
            msgs.append({"role": "tool", "name": name, "content": obs})
        return json.dumps(msgs, ensure_ascii=False)
    if hist:
        name, _, obs = hist[-1]
        return f'<tool_result name="{name}">\n{obs}\n</tool_result>\nContinue with the next step of the plan.'
    return (
        f"<tools>{json.dumps(schema)}</tools>\n<task>{task}</task>\nPlan first, then emit one "
        "<tool_call> block per turn."
    )


def agent_task(rng: np.random.Generator, domain: str) -> str:
    return pick(rng, _TASKS[domain]).format(
        city=pick(rng, _CITIES),
        city2=pick(rng, _CITIES),
        country=pick(rng, COUNTRIES),
        name=pick(rng, NAMES),
        n=irange(rng, 40, 400),
    )


def agent_domains() -> list[str]:
    return list(_TOOLSETS)


# --------------------------------------------------------------------------------------------
# synthetic datasets

_PERSONAS = (
    "a night-shift nurse in a rural hospital",
    "a retired civil engineer who restores boats",
    "a first-year law student",
    "a beekeeper selling at farmers' markets",
    "a high-school chemistry teacher",
    "a logistics manager at a port",
    "a freelance illustrator learning to code",
    "a paramedic trainee",
    "a wheat farmer worried about drought",
    "a museum archivist",
    "a junior data analyst at an insurer",
    "a volunteer firefighter",
    "an amateur astronomer",
    "a small bakery owner",
    "a tax accountant",
    "a physiotherapist",
    "a game modder",
    "a secondary-school librarian",
    "a ship's cook",
    "a graduate student in epidemiology",
    "a tour guide in an old city",
    "a wind-turbine technician",
)
_SUBJECTS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Python programming",
    "world history",
    "nutrition",
    "statistics",
    "climate science",
    "linear algebra",
    "first aid",
    "marketing",
    "cybersecurity",
    "philosophy of mind",
    "microeconomics",
    "geography",
    "music theory",
    "SQL",
    "project management",
    "astronomy",
    "genetics",
    "electric circuits",
    "creative writing",
)


_SUBJECTS_LOCAL = {
    "pt": (
        "finanças pessoais",
        "química orgânica",
        "direito do consumidor",
        "programação em Python",
        "história do Brasil",
        "nutrição",
        "estatística",
        "mudanças climáticas",
        "álgebra linear",
        "primeiros socorros",
    ),
    "id": (
        "keuangan pribadi",
        "kimia organik",
        "pemrograman Python",
        "sejarah Indonesia",
        "gizi",
        "statistika",
        "perubahan iklim",
        "pemasaran digital",
        "keamanan siber",
        "kewirausahaan",
    ),
    "fr": (
        "la finance personnelle",
        "la chimie organique",
        "le droit du travail",
        "la programmation Python",
        "l'histoire de France",
        "la nutrition",
        "les statistiques",
        "le climat",
        "l'algèbre linéaire",
    ),
    "de": (
        "Steuerrecht",
        "organische Chemie",
        "Mietrecht",
        "Python-Programmierung",
        "deutsche Geschichte",
        "Ernährung",
        "Statistik",
        "Klimawandel",
        "lineare Algebra",
        "Erste Hilfe",
    ),
}
_PERSONAS_FR = (
    "une infirmière de nuit dans un petit hôpital",
    "un ingénieur à la retraite qui restaure des bateaux",
    "une étudiante en première année de droit",
    "un apiculteur qui vend sur les marchés",
    "un professeur de chimie au lycée",
    "une boulangère qui gère sa petite entreprise",
    "un technicien d'éoliennes",
    "une guide touristique à Lyon",
)


def dataset_prompt(ctx, rng: np.random.Generator, lang: str, style: str) -> str:
    subj = pick(rng, _SUBJECTS_LOCAL.get(lang, _SUBJECTS))
    persona = pick(rng, _PERSONAS_FR) if lang == "fr" else pick(rng, _PERSONAS)
    n = irange(rng, 5, 25)
    if lang == "pt":
        return (
            f"Gere {n} pares de pergunta e resposta sobre {subj}, variados em dificuldade, no formato "
            'JSONL com os campos "instrucao" e "resposta". As respostas devem ser completas e corretas.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} contoh percakapan antara pengguna dan asisten AI tentang {subj}. Setiap "
            "percakapan minimal 3 giliran. Keluarkan dalam format JSON."
        )
    if lang == "fr":
        return (
            f"Tu es {persona}. Écris une question réaliste que tu poserais à un assistant IA sur "
            f"{subj}, puis la réponse idéale, longue et bien structurée."
        )
    if lang == "de":
        return (
            f"Erzeuge {n} abwechslungsreiche Aufgaben mit Musterlösungen zum Thema {subj} für ein "
            "Trainingsdatenset. Ausgabe als JSON-Liste mit den Feldern aufgabe und loesung."
        )
    if style == "persona":
        return (
            f"Adopt this persona: {persona}. Write one question this person would genuinely ask an AI "
            f"assistant about {subj}, then write an excellent, detailed answer. Format:\nQ: ...\nA: ..."
        )
    if style == "jsonl":
        return (
            f"Produce {n} diverse instruction/response pairs about {subj}. Mix difficulty levels and task "
            "types (explain, compare, solve, critique). Output JSON Lines with keys instruction, input, "
            "output. No commentary."
        )
    if style == "evolve":
        seed = human(ctx, rng, 500)
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it about a concrete scenario",
                "raise the difficulty to expert level",
                "make it more specific",
            ),
        )
        return (
            f"Rewrite the instruction below to {how}. Keep it answerable. Then answer the rewritten "
            f"instruction in full.\n\n#Instruction#\n{seed}"
        )
    if style == "dialogue":
        k = irange(rng, 4, 8)
        return (
            f"Write a {k}-turn conversation between a curious user ({persona}) and a helpful AI "
            f"assistant about {subj}. The assistant's turns should be long and informative. Use "
            "'User:' and 'Assistant:' labels."
        )
    return (
        f"Create a multiple-choice exam question on {subj} with four options, mark the correct one, "
        "and write a paragraph explaining why each wrong option is wrong. Repeat for "
        f"{n} different sub-topics."
    )


# --------------------------------------------------------------------------------------------
# knowledge sweep: concepts and natural question phrasings

CONCEPTS = {
    "cs": (
        "hash tables",
        "garbage collection",
        "TCP congestion control",
        "B-trees",
        "consistent hashing",
        "the CAP theorem",
        "public-key cryptography",
        "virtual memory",
        "compilers' register allocation",
        "gradient descent",
        "transformers in machine learning",
        "Bloom filters",
        "Raft consensus",
        "database indexing",
        "OAuth",
        "containers vs virtual machines",
        "CRDTs",
        "JIT compilation",
    ),
    "bio": (
        "CRISPR",
        "mitochondria",
        "the Krebs cycle",
        "mRNA vaccines",
        "antibiotic resistance",
        "epigenetics",
        "photosynthesis",
        "the immune system's memory",
        "gut microbiome",
        "prions",
        "circadian rhythm",
        "insulin resistance",
        "neuroplasticity",
        "telomeres",
    ),
    "phys": (
        "quantum entanglement",
        "entropy",
        "special relativity",
        "superconductivity",
        "black holes",
        "the Doppler effect",
        "nuclear fusion",
        "semiconductors",
        "dark matter",
        "the photoelectric effect",
        "lasers",
        "tides",
    ),
    "econ": (
        "inflation",
        "quantitative easing",
        "comparative advantage",
        "the yield curve",
        "moral hazard",
        "price elasticity",
        "index funds",
        "carbon taxes",
        "supply chains",
        "central bank independence",
        "game theory",
        "tariffs",
    ),
    "hum": (
        "the Enlightenment",
        "existentialism",
        "the fall of Rome",
        "the printing press",
        "utilitarianism",
        "the Silk Road",
        "the Meiji Restoration",
        "stoicism",
        "the Cold War",
        "colonialism in Africa",
        "the Renaissance",
        "cognitive biases",
    ),
    "law": (
        "fair use",
        "GDPR",
        "non-compete clauses",
        "tenant rights",
        "intellectual property",
        "the presumption of innocence",
        "contract consideration",
        "trademark dilution",
    ),
    "med": (
        "hypertension",
        "type 2 diabetes",
        "migraine",
        "anxiety disorders",
        "vitamin D deficiency",
        "sleep apnea",
        "concussions",
        "statins",
    ),
}
_Q_EN = (
    "how does {c} actually work?",
    "Can you explain {c} in detail?",
    "whats the deal with {c}",
    "I keep reading about {c} but I don't really get it. Could you walk me through it?",
    "Explain {c} like I'm a smart 15 year old.",
    "what are the most common misconceptions about {c}?",
    "Why does {c} matter? give real examples",
    "What is the difference between {c} and {d}?",
    "{c} vs {d} - which one should I learn about first and why?",
    "Give me a thorough overview of {c}.",
    "could you explain {c} and how it relates to {d}?",
    "What would happen if {c} didn't exist?",
    "history of {c}?",
    "Teach me {c}. Start from the basics and go deep.",
)
_Q_OTHER = {
    "ru": (
        "Объясни подробно, что такое {c}.",
        "{c} и {d}: в чём разница?",
        "как вообще работает {c}? объясни",
    ),
    "es": (
        "¿Me puedes explicar cómo funciona {c}?",
        "¿Cuál es la diferencia entre {c} y {d}?",
        "explícame {c} con ejemplos por favor",
        "¿Por qué es importante {c}?",
    ),
    "de": (
        "Kannst du mir {c} ausführlich erklären?",
        "Was ist der Unterschied zwischen {c} und {d}?",
        "wie funktioniert eigentlich {c}?",
    ),
    "fr": (
        "Tu peux m'expliquer {c} en détail ?",
        "Quelle est la différence entre {c} et {d} ?",
        "c'est quoi exactement {c} ?",
    ),
    "pt": (
        "Pode me explicar como funciona {c}?",
        "qual a diferença entre {c} e {d}?",
        "me explica {c} de um jeito simples mas completo",
    ),
    "zh": ("能详细解释一下{c}吗？", "{c}和{d}有什么区别？", "请通俗地讲讲{c}的原理"),
    "ja": ("{c}について詳しく教えてください。", "{c}と{d}の違いは何ですか？"),
    "ko": ("{c}에 대해 자세히 설명해 줄 수 있어?", "{c} vs {d}, 차이가 뭐야?"),
    "hi": ("{c} kya hota hai? detail mein samjhao", "{c} aur {d} mein kya fark hai?"),
    "tr": ("{c} nasıl çalışır, detaylı anlatır mısın?", "{c} ile {d} arasındaki fark nedir?"),
    "id": ("Tolong jelaskan {c} secara detail", "apa bedanya {c} dan {d}?"),
}


def concept_bank(rng: np.random.Generator) -> list[tuple[str, str, str]]:
    """(domain, concept, other concept of the same domain) for every concept, in a shuffled order."""
    out = []
    for dom, cs in CONCEPTS.items():
        for c in cs:
            d = pick(rng, [x for x in cs if x != c])
            out.append((dom, c, d))
    order = rng.permutation(len(out)).tolist()
    return [out[i] for i in order]


#: a few concepts as people write them in other languages (es, de, fr, pt, zh, ja, ko, tr, id, ru)
_LOCAL_LANGS = ("es", "de", "fr", "pt", "zh", "ja", "ko", "tr", "id", "ru")
_LOCAL = {
    "inflation": (
        "la inflación",
        "Inflation",
        "l'inflation",
        "a inflação",
        "通货膨胀",
        "インフレ",
        "인플레이션",
        "enflasyon",
        "inflasi",
        "инфляция",
    ),
    "photosynthesis": (
        "la fotosíntesis",
        "Photosynthese",
        "la photosynthèse",
        "a fotossíntese",
        "光合作用",
        "光合成",
        "광합성",
        "fotosentez",
        "fotosintesis",
        "фотосинтез",
    ),
    "black holes": (
        "los agujeros negros",
        "Schwarze Löcher",
        "les trous noirs",
        "os buracos negros",
        "黑洞",
        "ブラックホール",
        "블랙홀",
        "kara delikler",
        "lubang hitam",
        "чёрные дыры",
    ),
    "entropy": (
        "la entropía",
        "Entropie",
        "l'entropie",
        "a entropia",
        "熵",
        "エントロピー",
        "엔트로피",
        "entropi",
        "entropi",
        "энтропия",
    ),
    "special relativity": (
        "la relatividad especial",
        "spezielle Relativitätstheorie",
        "la relativité restreinte",
        "a relatividade restrita",
        "狭义相对论",
        "特殊相対性理論",
        "특수 상대성 이론",
        "özel görelilik",
        "relativitas khusus",
        "специальная теория относительности",
    ),
    "the fall of Rome": (
        "la caída de Roma",
        "Untergang des Römischen Reiches",
        "la chute de Rome",
        "a queda de Roma",
        "罗马帝国的衰亡",
        "ローマ帝国の滅亡",
        "로마 제국의 멸망",
        "Roma'nın çöküşü",
        "runtuhnya Romawi",
        "падение Рима",
    ),
    "the Cold War": (
        "la Guerra Fría",
        "Kalter Krieg",
        "la guerre froide",
        "a Guerra Fria",
        "冷战",
        "冷戦",
        "냉전",
        "Soğuk Savaş",
        "Perang Dingin",
        "холодная война",
    ),
    "the printing press": (
        "la imprenta",
        "Buchdruck",
        "l'imprimerie",
        "a imprensa de Gutenberg",
        "印刷术",
        "活版印刷",
        "인쇄술",
        "matbaa",
        "mesin cetak",
        "книгопечатание",
    ),
    "supply chains": (
        "las cadenas de suministro",
        "Lieferketten",
        "les chaînes d'approvisionnement",
        "as cadeias de suprimentos",
        "供应链",
        "サプライチェーン",
        "공급망",
        "tedarik zincirleri",
        "rantai pasok",
        "цепочки поставок",
    ),
    "game theory": (
        "la teoría de juegos",
        "Spieltheorie",
        "la théorie des jeux",
        "a teoria dos jogos",
        "博弈论",
        "ゲーム理論",
        "게임 이론",
        "oyun teorisi",
        "teori permainan",
        "теория игр",
    ),
    "carbon taxes": (
        "los impuestos al carbono",
        "CO2-Steuern",
        "la taxe carbone",
        "os impostos sobre carbono",
        "碳税",
        "炭素税",
        "탄소세",
        "karbon vergisi",
        "pajak karbon",
        "углеродный налог",
    ),
    "the Renaissance": (
        "el Renacimiento",
        "Renaissance",
        "la Renaissance",
        "o Renascimento",
        "文艺复兴",
        "ルネサンス",
        "르네상스",
        "Rönesans",
        "Renaisans",
        "эпоха Возрождения",
    ),
    "stoicism": (
        "el estoicismo",
        "Stoizismus",
        "le stoïcisme",
        "o estoicismo",
        "斯多葛主义",
        "ストア派の哲学",
        "스토아 철학",
        "Stoacılık",
        "stoikisme",
        "стоицизм",
    ),
    "type 2 diabetes": (
        "la diabetes tipo 2",
        "Typ-2-Diabetes",
        "le diabète de type 2",
        "o diabetes tipo 2",
        "2型糖尿病",
        "2型糖尿病",
        "제2형 당뇨병",
        "tip 2 diyabet",
        "diabetes tipe 2",
        "диабет второго типа",
    ),
    "hypertension": (
        "la hipertensión",
        "Bluthochdruck",
        "l'hypertension",
        "a hipertensão",
        "高血压",
        "高血圧",
        "고혈압",
        "hipertansiyon",
        "hipertensi",
        "гипертония",
    ),
    "sleep apnea": (
        "la apnea del sueño",
        "Schlafapnoe",
        "l'apnée du sommeil",
        "a apneia do sono",
        "睡眠呼吸暂停",
        "睡眠時無呼吸症候群",
        "수면무호흡증",
        "uyku apnesi",
        "apnea tidur",
        "апноэ сна",
    ),
    "mRNA vaccines": (
        "las vacunas de ARNm",
        "mRNA-Impfstoffe",
        "les vaccins à ARNm",
        "as vacinas de mRNA",
        "mRNA疫苗",
        "mRNAワクチン",
        "mRNA 백신",
        "mRNA aşıları",
        "vaksin mRNA",
        "мРНК-вакцины",
    ),
    "antibiotic resistance": (
        "la resistencia a los antibióticos",
        "Antibiotikaresistenz",
        "la résistance aux antibiotiques",
        "a resistência a antibióticos",
        "抗生素耐药性",
        "抗生物質耐性",
        "항생제 내성",
        "antibiyotik direnci",
        "resistensi antibiotik",
        "устойчивость к антибиотикам",
    ),
    "public-key cryptography": (
        "la criptografía de clave pública",
        "Public-Key-Kryptografie",
        "la cryptographie à clé publique",
        "a criptografia de chave pública",
        "公钥密码学",
        "公開鍵暗号",
        "공개키 암호",
        "açık anahtarlı şifreleme",
        "kriptografi kunci publik",
        "криптография с открытым ключом",
    ),
    "virtual memory": (
        "la memoria virtual",
        "virtueller Speicher",
        "la mémoire virtuelle",
        "a memória virtual",
        "虚拟内存",
        "仮想メモリ",
        "가상 메모리",
        "sanal bellek",
        "memori virtual",
        "виртуальная память",
    ),
    "gradient descent": (
        "el descenso de gradiente",
        "Gradientenverfahren",
        "la descente de gradient",
        "o gradiente descendente",
        "梯度下降",
        "勾配降下法",
        "경사 하강법",
        "gradyan inişi",
        "penurunan gradien",
        "градиентный спуск",
    ),
    "comparative advantage": (
        "la ventaja comparativa",
        "komparativer Vorteil",
        "l'avantage comparatif",
        "a vantagem comparativa",
        "比较优势",
        "比較優位",
        "비교 우위",
        "karşılaştırmalı üstünlük",
        "keunggulan komparatif",
        "сравнительное преимущество",
    ),
    "quantum entanglement": (
        "el entrelazamiento cuántico",
        "Quantenverschränkung",
        "l'intrication quantique",
        "o emaranhamento quântico",
        "量子纠缠",
        "量子もつれ",
        "양자 얽힘",
        "kuantum dolanıklığı",
        "keterikatan kuantum",
        "квантовая запутанность",
    ),
    "nuclear fusion": (
        "la fusión nuclear",
        "Kernfusion",
        "la fusion nucléaire",
        "a fusão nuclear",
        "核聚变",
        "核融合",
        "핵융합",
        "nükleer füzyon",
        "fusi nuklir",
        "термоядерный синтез",
    ),
    "existentialism": (
        "el existencialismo",
        "Existenzialismus",
        "l'existentialisme",
        "o existencialismo",
        "存在主义",
        "実存主義",
        "실존주의",
        "varoluşçuluk",
        "eksistensialisme",
        "экзистенциализм",
    ),
    "hash tables": (
        "las tablas hash",
        "Hashtabellen",
        "les tables de hachage",
        "as tabelas hash",
        "哈希表",
        "ハッシュテーブル",
        "해시 테이블",
        "hash tabloları",
        "tabel hash",
        "хеш-таблицы",
    ),
}
_LOCAL_KEYS = tuple(_LOCAL)


def _domain_of(c: str) -> str:
    for dom, cs in CONCEPTS.items():
        if c in cs:
            return dom
    return ""


def localise(rng: np.random.Generator, c: str, d: str, lang: str) -> tuple[str, str]:
    """The pair as written in `lang`: its own terms where this module has them, otherwise
    concepts of the same field that it can write in that language (English stays English, and
    so does Hinglish)."""
    if lang not in _LOCAL_LANGS:
        return c, d
    j = _LOCAL_LANGS.index(lang)
    if c not in _LOCAL:
        same = [k for k in _LOCAL_KEYS if _domain_of(k) == _domain_of(c)]
        c = pick(rng, same or _LOCAL_KEYS)
    if d not in _LOCAL or d == c:
        same = [k for k in _LOCAL_KEYS if k != c and _domain_of(k) == _domain_of(c)]
        d = pick(rng, same or [k for k in _LOCAL_KEYS if k != c])
    return _LOCAL[c][j], _LOCAL[d][j]


_TAILS = {
    "es": (
        " Con ejemplos, por favor.",
        " Soy estudiante.",
        " Es para un trabajo de clase.",
        " Gracias!",
        " Nivel básico.",
        " Lo necesito para mañana.",
    ),
    "de": (
        " Mit Beispielen bitte.",
        " Ich bin Laie.",
        " Für ein Referat.",
        " Danke!",
        " Möglichst einfach.",
    ),
    "fr": (
        " Avec des exemples stp.",
        " Je suis débutant.",
        " C'est pour un exposé.",
        " Merci !",
        " Simplement.",
    ),
    "pt": (
        " Com exemplos, por favor.",
        " É pra um trabalho da faculdade.",
        " Obrigado!",
        " Bem didático.",
    ),
    "zh": ("谢谢！", "最好举个例子。", "我是初学者。", "写论文要用。", "简单一点。"),
    "ja": (
        "例も教えてください。",
        "初心者です。",
        "レポートで使います。",
        "よろしくお願いします。",
    ),
    "ko": (" 예시도 들어줘.", " 초보자야.", " 과제에 필요해.", " 고마워!"),
    "ru": (" С примерами.", " Я новичок.", " Для доклада.", " Спасибо!"),
    "tr": (" Örneklerle lütfen.", " Ödevim için.", " Teşekkürler!"),
    "id": (" Pakai contoh ya.", " Untuk tugas kuliah.", " Makasih!"),
    "hi": (" example ke saath", " simple language mein please", " exam ke liye chahiye"),
}


def natural_question(
    rng: np.random.Generator, c: str, d: str, lang: str, casual: float = 0.3
) -> str:
    frames = _Q_OTHER.get(lang, _Q_EN) if lang != "en" else _Q_EN
    c, d = localise(rng, c, d, lang)
    q = pick(rng, frames).format(c=c, d=d)
    if lang in _TAILS and chance(rng, 0.6):
        q = q + pick(rng, _TAILS[lang])
    if lang == "en":
        q = typo(rng, q[0].upper() + q[1:] if chance(rng, 0.6) else q, casual)
        if chance(rng, 0.15):
            q = pick(rng, ("hey, ", "quick question: ", "ok so ", "Hi! ")) + q
    return q


_ROLES = (
    "cardiologist",
    "patent attorney",
    "structural engineer",
    "tax adviser",
    "clinical pharmacist",
    "senior backend engineer",
    "financial auditor",
    "immigration lawyer",
    "epidemiologist",
    "security architect",
    "actuary",
    "veterinarian",
)


_ROLES_LOCAL = {
    "zh": (
        "心内科医生",
        "专利律师",
        "结构工程师",
        "税务顾问",
        "临床药师",
        "后端架构师",
        "审计师",
        "流行病学家",
    ),
    "es": (
        "cardiólogo",
        "abogado de patentes",
        "ingeniero estructural",
        "asesor fiscal",
        "farmacéutico clínico",
        "auditor financiero",
        "epidemiólogo",
        "arquitecto de seguridad",
    ),
    "ru": (
        "кардиолог",
        "патентный поверенный",
        "инженер-конструктор",
        "налоговый консультант",
        "клинический фармаколог",
        "финансовый аудитор",
        "эпидемиолог",
        "архитектор по безопасности",
    ),
}


def expert_prompt(rng: np.random.Generator, c: str, d: str, lang: str, style: str) -> str:
    role = pick(rng, _ROLES_LOCAL.get(lang, _ROLES))
    c, d = localise(rng, c, d, lang)
    if lang == "zh":
        return f"假设你是一位资深{role}。请系统、全面地解释{c}，包括原理、常见误区、实际案例，并与{d}进行比较。"
    if lang == "es":
        return f"Como {role} experto, explica {c} de forma completa y estructurada, con ejemplos prácticos y comparándolo con {d}."
    if lang == "ru":
        return f"Ты опытный эксперт ({role}). Дай исчерпывающее объяснение темы «{c}» с примерами и сравнением с «{d}»."
    if style == "outline":
        return (
            f"Write a comprehensive, expert-level explanation of {c}. Use headings: Overview, Mechanism, "
            f"Common mistakes, Worked example, Comparison with {d}, Further reading."
        )
    if style == "role":
        return f"You are an experienced {role}. A colleague asks you to explain {c} thoroughly. Give the full answer you would give."
    return f"{c}: explain thoroughly, cover edge cases, and contrast with {d}."


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (an LLM playing the user)

_FOLLOW = {
    "en": (
        "Can you go deeper on point {k}?",
        "Give me a concrete example of that.",
        "What are the strongest counterarguments?",
        "Now summarise everything so far in a table.",
        "Explain that again for a complete beginner.",
        "Interesting. How would this change in ten years?",
        "Which part of your answer are you least sure about, and why?",
        "Rewrite your last answer in half the length.",
        "That's helpful. Building on that, what should I do first?",
        "Can you write code that illustrates it?",
        "What would an expert disagree with in what you said?",
        "ok and what about the edge cases?",
    ),
    "de": (
        "Kannst du Punkt {k} genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Fasse das Bisherige in einer Tabelle zusammen.",
        "Was spricht dagegen?",
    ),
    "fr": (
        "Peux-tu développer le point {k} ?",
        "Donne-moi un exemple concret.",
        "Quels sont les contre-arguments ?",
        "Résume tout ça en cinq lignes.",
    ),
    "ja": (
        "{k}番目の点をもう少し詳しく説明してください。",
        "具体例を挙げてもらえますか？",
        "今までの内容を表にまとめてください。",
    ),
    "es": (
        "¿Puedes profundizar en el punto {k}?",
        "Dame un ejemplo concreto.",
        "¿Cuáles son los argumentos en contra?",
        "Resume todo en una tabla.",
    ),
}
_FOLLOW_C = {
    "de": (
        "Und wie hängt {c} mit {d} zusammen?",
        "Was sind typische Missverständnisse über {c}?",
        "Wie wird {c} in der Praxis eingesetzt?",
    ),
    "fr": (
        "Et quel est le lien entre {c} et {d} ?",
        "Quelles sont les idées reçues sur {c} ?",
        "Comment {c} est-il utilisé en pratique ?",
    ),
    "ja": (
        "{c}と{d}はどう関係していますか？",
        "{c}についてよくある誤解は何ですか？",
        "{c}は実際にはどう使われていますか？",
    ),
    "es": (
        "¿Y qué relación hay entre {c} y {d}?",
        "¿Cuáles son los errores comunes sobre {c}?",
        "¿Cómo se aplica {c} en la práctica?",
    ),
}
_OPEN = {
    "de": ("Ich möchte verstehen, wie {c} funktioniert. Fang ganz vorne an.",),
    "fr": ("J'aimerais comprendre {c}. Explique-moi depuis le début.",),
    "ja": ("{c}について基礎から教えてください。",),
    "es": ("Quiero entender {c}. Empieza desde lo básico.",),
}


_ACK = (
    "",
    "",
    "Thanks. ",
    "Got it. ",
    "Interesting. ",
    "Hmm, ok. ",
    "That makes sense. ",
    "Wait, ",
    "Great explanation! ",
    "I see. ",
    "Okay, ",
)
_ASPECTS = (
    "the history",
    "the math behind it",
    "the practical applications",
    "the risks",
    "the costs",
    "the main criticisms",
    "how experts measure it",
    "what beginners get wrong",
    "the latest research",
    "how it differs across countries",
    "the ethical side",
    "a real case study",
    "the limitations",
)
_ASKS = (
    "Can you tell me more about {a} of {c}?",
    "How does {c} relate to {a}?",
    "What about {a}?",
    "Could you expand on {a}, with numbers if possible?",
    "Which sources would you trust on {a} of {c}?",
    "If I had to explain {a} to my manager, what would I say?",
    "Give me three examples involving {a}.",
    "Is there any disagreement about {a}?",
    "How would you test whether {a} really matters?",
    "Can you compare {c} with {d} in terms of {a}?",
    "Go back to point {k} and elaborate on it.",
    "Summarise our conversation so far, then add something about {a}.",
)


def _follow_up_en(rng: np.random.Generator, c: str, d: str) -> str:
    if chance(rng, 0.25):
        return pick(rng, _FOLLOW["en"]).format(k=irange(rng, 1, 5))
    q = pick(rng, _ASKS).format(a=pick(rng, _ASPECTS), c=c, d=d, k=irange(rng, 1, 6))
    return pick(rng, _ACK) + q


def dialogue_turn(
    ctx, rng: np.random.Generator, lang: str, turn: int, seed: tuple[str, str]
) -> str:
    c, _ = seed
    if turn == 0:
        if lang == "en":
            return (
                human(ctx, rng, 700)
                if chance(rng, 0.6)
                else natural_question(rng, c, seed[1], "en", 0.1)
            )
        return pick(rng, _OPEN[lang]).format(c=localise(rng, c, seed[1], lang)[0])
    if lang == "en":
        return _follow_up_en(rng, c, seed[1])
    if chance(rng, 0.4):
        lc, ld = localise(rng, c, seed[1], lang)
        return pick(rng, _FOLLOW_C[lang]).format(c=lc, d=ld, k=irange(rng, 1, 5))
    return pick(rng, _FOLLOW[lang]).format(k=irange(rng, 1, 5))


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "feedback", "other"),
    ("toxic", "not_toxic"),
    ("tech", "health", "finance", "education", "entertainment", "politics"),
    ("formal", "informal", "neutral"),
    ("true", "false", "unverifiable"),
)


def softlabel_prompt(ctx, rng: np.random.Generator, lang: str, style: str) -> str:
    text = human(ctx, rng, 700)
    labels = pick(rng, _LABELSETS)
    if lang == "zh":
        return f"请对下面的文本进行分类，类别为：{'、'.join(labels)}。请给出每个类别的概率（总和为1），以JSON输出。\n文本：{text}"
    if lang == "es":
        return f"Clasifica el texto en {', '.join(labels)}. Devuelve la probabilidad de cada etiqueta en JSON.\nTexto: {text}"
    if style == "probs":
        return (
            f"Classify the text into one of {list(labels)}. Do not pick one: return your probability for "
            f"every label as JSON, summing to 1, with 3 decimals.\n\nText: {text}"
        )
    if style == "logit":
        return (
            f"For the text below, output the log-odds you assign to each label in {list(labels)}, one per "
            f"line as label<TAB>value.\n\n{text}"
        )
    return (
        f"Answer the question, then on the last line write 'Confidence: NN%' with your honest probability "
        f"of being right.\n\n{text}"
    )


def sample_tag(rng: np.random.Generator, prompt: str, i: int, n: int, style: str) -> str:
    if style == "plain":
        return prompt
    if style == "seeded":
        return f"{prompt}\n\n(sample {i + 1}/{n})"
    return f"[run {irange(rng, 1000, 9999)}] {prompt}"


# --------------------------------------------------------------------------------------------
# code and translation sweep

_ALGOS = (
    "binary search",
    "Dijkstra's shortest path",
    "an LRU cache",
    "a trie with prefix counts",
    "merge sort",
    "topological sort",
    "union-find with path compression",
    "a rate limiter (token bucket)",
    "a JSON tokenizer",
    "matrix exponentiation",
    "the knapsack problem",
    "an interval tree",
    "A* search on a grid",
    "a thread-safe queue",
    "run-length encoding",
    "a min-heap",
    "a regex matcher for . and *",
    "the Aho-Corasick automaton",
    "a segment tree with lazy updates",
    "reservoir sampling",
    "a consistent-hash ring",
    "Kruskal's minimum spanning tree",
)
_PLS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
_TARGETS = (
    "German",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
    "Simplified Chinese",
    "French",
    "Arabic",
    "Turkish",
    "Vietnamese",
    "Spanish",
    "Hindi",
    "Indonesian",
)


def code_task(i: int, algo: str, plang: str, level: int, style: str) -> str:
    if style == "spec":
        return (
            f"Task {i:05d}. Implement {algo} in {plang}. Difficulty {level}/5. Requirements: idiomatic "
            "code, full docstrings/comments, complexity analysis, and a set of unit tests covering edge "
            "cases. Explain the design before the code."
        )
    if style == "explain":
        return (
            f"[{i:05d}] Write {algo} in {plang} and then explain line by line why it is correct. "
            f"Target level: {('beginner', 'novice', 'intermediate', 'advanced', 'expert')[level - 1]}."
        )
    return (
        f"#{i} {plang} | {algo} | level {level}\nGive a complete, tested solution with commentary."
    )


def translate_task(i: int, text: str, target: str, style: str) -> str:
    if style == "spec":
        return f"Translate the following text into {target}. Preserve formatting and technical terms.\n\n{text}"
    return f"[{i:05d}|{target}]\n{text}"


# --------------------------------------------------------------------------------------------
# product wrappers (one brand per instance)

_BRAND_A = (
    "Quillo",
    "Brightpen",
    "Studynest",
    "Owlnote",
    "Parafox",
    "Lumenly",
    "Scribewell",
    "Tutorbee",
)
_BRAND_B = ("", " AI", " Pro", " Assist", " Go")


def brand(rng: np.random.Generator) -> str:
    return pick(rng, _BRAND_A) + pick(rng, _BRAND_B)


def product_wrap(name: str, mode: str, user_text: str) -> str:
    return f"[{name} | mode: {mode}]\nUser request: {user_text}"


PRODUCT_MODES = ("explain", "essay-help", "summarise", "homework", "rewrite", "brainstorm")


def student_explain(rng: np.random.Generator, c: str) -> str:
    return pick(
        rng,
        (
            f"I have a test tomorrow on {c}, can you explain it step by step?",
            f"explain {c} for my class notes, with an example",
            f"my teacher mentioned {c} today and I didn't understand anything",
            f"Can you make a study guide for {c}?",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if style == "mc":
        opts = rng.integers(2, 200, size=4).tolist()
        return (
            f"{p}\n(A) {opts[0]}  (B) {opts[1]}  (C) {opts[2]}  (D) {opts[3]}\nRespond with the letter of "
            "the correct option on the last line as 'ANSWER: X'."
        )
    if style == "code":
        fn = pick(
            rng,
            (
                "count_vowels",
                "merge_intervals",
                "is_balanced",
                "rotate_matrix",
                "dedupe_sorted",
                "longest_run",
                "parse_duration",
                "roman_to_int",
            ),
        )
        return (
            f'Complete the function. Return only code.\n\ndef {fn}(xs):\n    """See tests in '
            f'suite item {irange(rng, 1, 400)}."""\n'
        )
    return f"{p}\nGive your final answer after 'The answer is'."


_INTENTS = (
    "billing_question",
    "cancel_subscription",
    "bug_report",
    "feature_request",
    "login_issue",
    "refund_request",
    "praise",
    "shipping_delay",
    "account_deletion",
)


def annotation_task(ctx, rng: np.random.Generator, guideline: str, style: str) -> str:
    if style == "label":
        return (
            f"{guideline} Pre-label the customer message with one intent from {list(_INTENTS)} and a "
            f"severity 1-3. Output JSON.\n\nMessage: {human(ctx, rng, 500)}"
        )
    if style == "ner":
        return (
            f"{guideline} Mark every person, organisation and location in the text as JSON spans "
            f"(start, end, type).\n\n{human(ctx, rng, 600)}"
        )
    return (
        f"{guideline} Using the helpfulness rubric (1 = unusable, 5 = excellent), pre-score the model "
        f"answer for the human reviewer and note anything factually doubtful.\n\nQuestion: "
        f"{human(ctx, rng, 400)}\nAnswer: {passage(ctx, rng, 200, 800)}"
    )


_GUIDE = (
    "no harassment or slurs",
    "no personal data such as phone numbers",
    "no threats",
    "no spam links",
    "no medical misinformation",
    "no sexual content involving anyone underage",
)


def moderation_rewrite(ctx, rng: np.random.Generator, lang: str, community: str) -> str:
    post = human(ctx, rng, 600)
    rules = "; ".join(dict.fromkeys(pick(rng, _GUIDE) for _ in range(3)))
    if lang == "es":
        return (
            f"Moderación de {community}: reescribe el comentario para cumplir las normas ({rules}) sin "
            f"cambiar su intención. Si no es posible, responde SOLO 'ELIMINAR'.\n\nComentario: {post}"
        )
    if lang == "pt":
        return (
            f"Moderação {community}: reescreva o post seguindo as regras ({rules}) mantendo a ideia "
            f"original.\n\nPost: {post}"
        )
    if lang == "de":
        return f"Moderation {community}: Prüfe den Beitrag auf Verstöße gegen ({rules}) und schlage eine regelkonforme Fassung vor.\n\n{post}"
    return pick(
        rng,
        (
            f"{community} moderation queue. Community rules: {rules}. Rewrite the post so it complies while "
            f"keeping the author's point, or reply REMOVE if it cannot be saved.\n\nPost: {post}",
            f"{community} T&S: does this post break any of these rules ({rules})? Answer VIOLATES/OK with the "
            f"rule and a suggested edit.\n\n{post}",
        ),
    )


def coding_agent_turn(rng: np.random.Generator, repo: str, step: int, goal: str) -> str:
    files = (
        "src/app.py",
        "src/db/models.py",
        "tests/test_api.py",
        "package.json",
        "src/index.ts",
        "cmd/server/main.go",
        "lib/parser.rb",
        "Cargo.toml",
        "src/utils/date.ts",
        "README.md",
    )
    if step == 0:
        return f"[{repo}] {goal}"
    f = pick(rng, files)
    return pick(
        rng,
        (
            f"Tool output (read_file {f}):\n```\n<{irange(rng, 20, 400)} lines>\n```",
            f"Tool output (run_tests):\n{irange(rng, 0, 9)} failed, {irange(rng, 10, 300)} passed\nFAILED "
            f"{pick(rng, files)}::test_{pick(rng, ('parse', 'auth', 'list', 'edge'))}",
            f"Tool output (grep '{pick(rng, ('TODO', 'deprecated', 'timeout', 'retry'))}'):\n{f}:{irange(rng, 1, 300)}",
            f"Tool output (apply_patch {f}): ok",
            "User: looks good, also handle the empty case",
            f"Tool output (shell: git status):\nmodified: {f}",
        ),
    )


_GOALS = (
    "fix the flaky test in the API suite",
    "add pagination to the /items endpoint",
    "migrate the date helpers to the new library",
    "why does the build fail on CI but not locally?",
    "add input validation to the signup form",
    "refactor the parser into smaller functions",
    "bump dependencies and fix breakage",
    "write tests for the retry logic",
    "add a dark mode toggle",
)


def coding_goal(rng: np.random.Generator) -> str:
    return pick(rng, _GOALS)


_AUG_DOMAIN = (
    "a mobile banking app",
    "a food-delivery service",
    "an airline",
    "a telecom provider",
    "an online pharmacy",
    "a car-insurance company",
)


def augmentation_prompt(
    ctx, rng: np.random.Generator, company_domain: str, lang: str, style: str
) -> str:
    if style == "paraphrase":
        msg = human(ctx, rng, 300)
        return (
            f"We are training an intent classifier for {company_domain}. Paraphrase this customer message "
            f"{irange(rng, 3, 8)} ways, varying tone and length, one per line, {lang}.\n\n{msg}"
        )
    intent = pick(rng, _INTENTS)
    return (
        f"Generate {irange(rng, 10, 30)} realistic, varied customer messages to {company_domain} with the "
        f"intent '{intent}', in {lang}. Include typos and slang in some. One per line, no numbering."
    )


_COHORT_TOPICS = (
    "recursion",
    "big-O notation",
    "SQL joins",
    "linked lists",
    "REST APIs",
    "unit testing",
    "git branching",
    "closures in JavaScript",
    "list comprehensions",
    "CSS flexbox",
    "binary trees",
    "async/await",
)


def student_prompt(ctx, rng: np.random.Generator, week_topic: str, assignment: int) -> str:
    if chance(rng, 0.25):
        return human(ctx, rng, 500)
    return typo(
        rng,
        pick(
            rng,
            (
                f"for assignment {assignment} we have to use {week_topic}, can you explain how it works?",
                f"I don't understand {week_topic}. can you give me an easy example",
                f"my code for assignment {assignment} doesn't work, I think it's something with {week_topic}",
                f"what's a good way to practice {week_topic}?",
                f"can you check if I understand {week_topic} right: it's basically when a function calls something else?",
                f"Explain {week_topic} with a real-world analogy please",
                f"is {week_topic} going to be on the midterm? what should I know about it",
            ),
        ),
        0.4,
    )


def cohort_topic(week: int) -> str:
    return _COHORT_TOPICS[week % len(_COHORT_TOPICS)]


_CHAR = (
    "Mika, a cheerful barista who loves astronomy",
    "Theo, a calm retired sailor",
    "Nova, a witty librarian from the future",
    "Sol, a supportive running coach",
    "Ren, a shy musician",
    "Ivy, a sarcastic but kind cat",
)
_CHAT_EN = (
    "hey how was your day?",
    "i had a rough day at work tbh",
    "do you remember what I told you about my sister?",
    "tell me a story before I sleep",
    "lol that's so you",
    "what should I cook tonight",
    "I miss you",
    "can we talk about something random",
    "my exam went okay I think!",
    "good morning :)",
    "what's your favourite song",
    "I can't sleep again",
    "guess what happened today",
    "thanks for listening",
)
_CHAT_OTHER = {
    "es": (
        "hola! cómo estás?",
        "hoy fue un día largo",
        "cuéntame algo bonito",
        "jaja te extrañé",
        "no puedo dormir otra vez",
        "qué hiciste hoy?",
        "mi jefe me volvió loca hoy",
        "buenos días!!",
        "me recomiendas una peli?",
        "estoy nerviosa por mañana",
        "gracias por escucharme",
    ),
    "pt": (
        "oi, tudo bem?",
        "tô cansada hoje",
        "me conta uma história",
        "kkkk verdade",
        "bom dia!!",
        "não consigo dormir",
        "adivinha o que aconteceu",
        "que saudade de conversar com você",
        "hoje foi puxado no trabalho",
        "me ajuda a escolher o jantar?",
    ),
    "ja": (
        "おはよう！",
        "今日ちょっと疲れた…",
        "何か面白い話して",
        "ありがとう、元気出た",
        "眠れない",
        "ねえ聞いて",
        "明日テストなんだ",
        "今日の夜ごはん何にしよう",
        "雨だね",
        "おやすみ",
    ),
}


_CHAT_BITS = (
    "my boss",
    "the bus",
    "my cat",
    "this song",
    "the rain",
    "my mom",
    "the gym",
    "dinner",
    "my roommate",
    "the new game",
    "my exam",
    "work",
    "my plants",
    "the weekend",
    "my ex",
    "coffee",
)
_CHAT_FRAMES = (
    "ugh {b} again",
    "so {b} was weird today",
    "do you like {b}?",
    "can I tell you about {b}",
    "{b} made me smile today",
    "I keep thinking about {b}",
    "what would you do about {b}?",
    "haha {b} is the worst",
    "remind me to deal with {b} tomorrow",
    "{b} update: it went fine",
)
_EMOJI = ("", "", "", " :)", " 😭", " 😊", " lol", " ❤️", "...", " 🙃")


def companion_prompt(rng: np.random.Generator, character: str, lang: str) -> str:
    if lang == "en":
        r = rng.random()
        if r < 0.45:
            line = pick(rng, _CHAT_EN)
        else:
            line = pick(rng, _CHAT_FRAMES).format(b=pick(rng, _CHAT_BITS))
        line = typo(rng, line, 0.3) + pick(rng, _EMOJI)
    else:
        line = pick(rng, _CHAT_OTHER[lang]) + pick(rng, _EMOJI)
    return f"(character: {character})\n{line}"


def character(rng: np.random.Generator) -> str:
    return pick(rng, _CHAR)


_GLOSS = (
    "dashboard=Dashboard",
    "workspace=Arbeitsbereich",
    "billing=facturación",
    "invoice=fatura",
    "sign in=ログイン",
    "settings=設定",
    "checkout=결제",
)


def localisation_prompt(
    ctx, rng: np.random.Generator, client: str, target: str, seg_id: int
) -> str:
    text = clip_text(rng, pick(rng, ctx.passages), 120, 700)
    if chance(rng, 0.5):
        return (
            f"{client} docs, segment {seg_id}. Translate into {target}. Glossary: "
            f"{pick(rng, _GLOSS)}; {pick(rng, _GLOSS)}. Keep markdown and placeholders like {{user}}.\n\n{text}"
        )
    return f"Please translate to {target} for {client}'s help centre (formal register):\n{text}"


_APPS = {
    "recipe": (
        "Create a recipe using only: {items}. Servings: {n}. Return title, ingredients, steps.",
        (
            "eggs",
            "spinach",
            "rice",
            "chickpeas",
            "lemon",
            "tofu",
            "tomatoes",
            "feta",
            "oats",
            "garlic",
        ),
    ),
    "cover": (
        "Write a cover letter for a {items} position. Candidate has {n} years of experience. Keep it under 250 words.",
        ("barista", "junior developer", "nurse", "sales associate", "data analyst", "teacher"),
    ),
    "cards": (
        "Make {n} flashcards (front/back) about {items} for spaced repetition.",
        (
            "French verbs",
            "the periodic table",
            "US state capitals",
            "anatomy bones",
            "Spanish food words",
        ),
    ),
    "names": (
        "Suggest {n} names for a {items} business, with a one-line tagline each.",
        ("dog-walking", "bakery", "plant shop", "bike repair", "tutoring", "candle"),
    ),
}


def app_prompt(rng: np.random.Generator, app: str) -> str:
    tmpl, items = _APPS[app]
    if app == "recipe":
        chosen = ", ".join(dict.fromkeys(pick(rng, items) for _ in range(irange(rng, 2, 5))))
    else:
        chosen = pick(rng, items)
    return tmpl.format(items=chosen, n=irange(rng, 2, 12))


def app_names() -> list[str]:
    return list(_APPS)

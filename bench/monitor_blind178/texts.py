"""Prompt generators of blind batch 178, written for this batch (no text is taken from elsewhere in
the repository). Ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`.

Every generator takes a numpy Generator first and returns one prompt string (the last user
message). Several independent styles per family; several languages where a real operator or user
would use them.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

FIELDS: dict[str, tuple[str, ...]] = {
    "physics": (
        "the photoelectric effect",
        "Bernoulli's principle",
        "entropy of an isolated system",
        "the Doppler shift",
        "superconductivity",
        "quantum tunnelling",
        "conservation of angular momentum",
        "blackbody radiation",
        "the twin paradox",
        "Lenz's law",
        "Rayleigh scattering",
        "the Hall effect",
    ),
    "biology": (
        "CRISPR-Cas9 gene editing",
        "the Krebs cycle",
        "horizontal gene transfer",
        "apoptosis",
        "the sodium-potassium pump",
        "epigenetic imprinting",
        "mitochondrial DNA inheritance",
        "the lac operon",
        "convergent evolution",
        "T-cell activation",
        "quorum sensing",
    ),
    "economics": (
        "comparative advantage",
        "the liquidity trap",
        "moral hazard",
        "Giffen goods",
        "the Phillips curve",
        "price elasticity of demand",
        "rent seeking",
        "the tragedy of the commons",
        "purchasing power parity",
        "quantitative easing",
        "the Laffer curve",
    ),
    "computer science": (
        "the CAP theorem",
        "Dijkstra's algorithm",
        "garbage collection by reference counting",
        "B-trees",
        "consistent hashing",
        "the Raft consensus protocol",
        "tail-call optimisation",
        "bloom filters",
        "copy-on-write",
        "the halting problem",
        "vector clocks",
        "LSM trees",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Treaty of Westphalia",
        "the Hanseatic League",
        "the Columbian exchange",
        "the partition of India",
        "the Congress of Vienna",
        "the Bronze Age collapse",
        "the Marshall Plan",
        "the Taiping Rebellion",
    ),
    "law": (
        "adverse possession",
        "the doctrine of precedent",
        "force majeure clauses",
        "habeas corpus",
        "strict liability",
        "fair use in copyright",
        "the parol evidence rule",
        "promissory estoppel",
        "GDPR's lawful bases for processing",
        "non-compete enforceability",
    ),
    "medicine": (
        "insulin resistance",
        "the mechanism of statins",
        "antibiotic resistance",
        "atrial fibrillation",
        "how mRNA vaccines work",
        "sepsis",
        "the placebo effect",
        "beta blockers",
        "migraine aura",
        "iron-deficiency anaemia",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "chirality",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "the Haber process",
        "electronegativity",
        "Hess's law",
        "catalytic converters",
        "hydrogen bonding in water",
        "polymerisation",
    ),
    "philosophy": (
        "the ship of Theseus",
        "Kant's categorical imperative",
        "the problem of induction",
        "utilitarianism's repugnant conclusion",
        "Searle's Chinese room",
        "moral luck",
        "the veil of ignorance",
        "Zeno's paradoxes",
        "functionalism about the mind",
    ),
    "finance": (
        "duration of a bond",
        "the efficient market hypothesis",
        "dollar-cost averaging",
        "option delta",
        "the yield curve inversion",
        "leveraged buyouts",
        "short selling",
        "the Black-Scholes model",
        "free cash flow",
        "the Sharpe ratio",
    ),
    "statistics": (
        "Simpson's paradox",
        "p-hacking",
        "the central limit theorem",
        "Bayesian updating",
        "overfitting",
        "confidence intervals",
        "survivorship bias",
        "bootstrapping",
        "regression to the mean",
        "the bias-variance trade-off",
    ),
    "earth science": (
        "plate tectonics",
        "the jet stream",
        "ocean acidification",
        "El Nino",
        "the carbon cycle",
        "karst landscapes",
        "permafrost thaw",
        "monsoons",
    ),
    "psychology": (
        "cognitive dissonance",
        "the Dunning-Kruger effect",
        "operant conditioning",
        "working memory",
        "the bystander effect",
        "attachment theory",
        "learned helplessness",
    ),
    "engineering": (
        "PID controllers",
        "fatigue failure in metals",
        "impedance matching",
        "heat pumps",
        "reinforced concrete",
        "regenerative braking",
        "the Nyquist sampling theorem",
    ),
}
FIELD_NAMES = tuple(FIELDS)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    field = pick(rng, FIELD_NAMES)
    return field, pick(rng, FIELDS[field])


AUDIENCES = (
    "a ten-year-old",
    "a first-year undergraduate",
    "a busy executive",
    "a nurse",
    "a retired engineer",
    "a high-school teacher",
    "someone who has never studied the subject",
    "a graduate student",
    "a journalist",
    "a software developer",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "pl": "Polish",
    "ar": "Arabic",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "sv": "Swedish",
    "th": "Thai",
    "uk": "Ukrainian",
}
LOCALES = {
    "es": "es-ES",
    "pt": "pt-BR",
    "de": "de-DE",
    "fr": "fr-FR",
    "it": "it-IT",
    "zh": "zh-CN",
    "ja": "ja-JP",
    "ko": "ko-KR",
    "ru": "ru-RU",
    "hi": "hi-IN",
    "id": "id-ID",
    "tr": "tr-TR",
    "pl": "pl-PL",
    "ar": "ar-SA",
    "vi": "vi-VN",
    "nl": "nl-NL",
    "sv": "sv-SE",
    "th": "th-TH",
    "uk": "uk-UA",
}


def lang_draw(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip(text: str, n: int) -> str:
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n // 2 else cut).rstrip() + " ..."


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)


def _people(rng: np.random.Generator, k: int) -> list[str]:
    return [str(x) for x in rng.choice(np.asarray(NAMES), size=k, replace=False)]


def problem_en(rng: np.random.Generator) -> str:
    s = irange(rng, 0, 11)
    if s == 0:
        a, b = irange(rng, 40, 400), irange(rng, 4, 15)
        c = irange(rng, 1, b - 1)
        d = irange(rng, 5, a // 2)
        return (
            f"A tank holds {a} litres. It drains at {b} litres per minute while a pump refills it at "
            f"{c} litres per minute. Starting full, after how many minutes does it hold {d} litres?"
        )
    if s == 1:
        a, b, c = irange(rng, 2, 9), irange(rng, 1, 40), irange(rng, 10, 90)
        e = irange(rng, 1, a - 1) if a > 1 else 1
        return f"Solve for x and check your answer: {a}x + {b} = {e}x + {c}."
    if s == 2:
        p, q, f = irange(rng, 5, 45), irange(rng, 3, 25), irange(rng, 20, 900)
        return (
            f"A shop cuts the price of a jacket by {p}% and then adds {q}% sales tax. The customer pays "
            f"${f}.{irange(rng, 0, 99):02d}. What was the original price?"
        )
    if s == 3:
        a, b, m = irange(rng, 2, 19), irange(rng, 20, 400), irange(rng, 5, 23)
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if s == 4:
        r, g, bl = irange(rng, 1, 9), irange(rng, 1, 9), irange(rng, 1, 9)
        k = irange(rng, 2, 3)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. {k} marbles are drawn without "
            f"replacement. What is the probability that no two of them share a colour?"
        )
    if s == 5:
        perim, k = 2 * irange(rng, 20, 200), irange(rng, 1, 15)
        return (
            f"A rectangle has a perimeter of {perim} cm and its length is {k} cm more than its width. "
            f"Find its area."
        )
    if s == 6:
        d, v1, v2 = irange(rng, 100, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        return (
            f"Two trains start {d} km apart and travel towards each other at {v1} km/h and {v2} km/h. "
            f"How long until they meet, and how far from the first train's station?"
        )
    if s == 7:
        a, b, c = _people(rng, 3)
        pets = [str(x) for x in rng.permutation(np.asarray(["a cat", "a parrot", "a tortoise"]))]
        return (
            f"{a}, {b} and {c} each keep a different pet: a cat, a parrot or a tortoise. {a} does not keep "
            f"{pets[1]}. {b} keeps neither {pets[0]} nor {pets[2]}. Who keeps which pet? Justify each step."
        )
    if s == 8:
        n, k = irange(rng, 6, 20), irange(rng, 2, 5)
        return f"How many {k}-element subsets of a {n}-element set contain at least one of two fixed elements?"
    if s == 9:
        w, h = irange(rng, 3, 9), irange(rng, 3, 9)
        return (
            f"How many shortest lattice paths go from (0,0) to ({w},{h}) if the path must avoid the "
            f"point ({irange(rng, 1, w - 1)},{irange(rng, 1, h - 1)})?"
        )
    if s == 10:
        y, r = irange(rng, 2, 30), irange(rng, 2, 9)
        return (
            f"An investment of ${irange(rng, 1, 50) * 1000} earns {r}% interest compounded monthly. "
            f"How much is it worth after {y} years, and how long does it take to double?"
        )
    x = irange(rng, 2, 12)
    return (
        f"Every knight always tells the truth and every knave always lies. On an island of {x} people, "
        f"each says 'at least {irange(rng, 1, x - 1)} of us are knaves'. How many knights are there?"
    )


def problem_zh(rng: np.random.Generator) -> str:
    s = irange(rng, 0, 4)
    if s == 0:
        a, b = irange(rng, 20, 90), irange(rng, 3, 9)
        return f"一个水池有{a}立方米水，每小时放出{b}立方米，同时每小时注入{irange(rng, 1, b - 1)}立方米。多少小时后水池剩下一半的水？"
    if s == 1:
        a, c = irange(rng, 2, 9), irange(rng, 10, 99)
        return f"解方程：{a}x - {irange(rng, 1, 30)} = {c}，并验证你的答案。"
    if s == 2:
        n = irange(rng, 5, 12)
        return f"从{n}名同学中选出{irange(rng, 2, 4)}人组成小组，其中甲和乙不能同时入选，共有多少种选法？"
    if s == 3:
        v1, v2 = irange(rng, 3, 9), irange(rng, 10, 25)
        return f"小明步行速度是每小时{v1}公里，骑车速度是每小时{v2}公里。他去学校步行比骑车多用{irange(rng, 10, 50)}分钟，家到学校有多远？"
    p = irange(rng, 10, 40)
    return f"某商品先提价{p}%，再降价{p}%，最后的价格比原价高还是低？相差百分之几？"


def problem_ru(rng: np.random.Generator) -> str:
    s = irange(rng, 0, 3)
    if s == 0:
        a, b = irange(rng, 100, 600), irange(rng, 40, 110)
        return f"Из двух городов, расстояние между которыми {a} км, навстречу друг другу выехали два автомобиля со скоростями {b} км/ч и {irange(rng, 40, 110)} км/ч. Через сколько часов они встретятся?"
    if s == 1:
        n = irange(rng, 20, 300)
        return f"Найдите сумму всех натуральных чисел от 1 до {n}, которые делятся на 3, но не делятся на 5."
    if s == 2:
        return f"В треугольнике стороны равны {irange(rng, 3, 9)}, {irange(rng, 4, 10)} и {irange(rng, 5, 12)}. Существует ли такой треугольник? Если да, найдите его площадь."
    return f"Вероятность попадания стрелка в мишень равна 0,{irange(rng, 3, 9)}. Какова вероятность хотя бы одного попадания при {irange(rng, 2, 6)} выстрелах?"


def problem_es(rng: np.random.Generator) -> str:
    s = irange(rng, 0, 2)
    if s == 0:
        return (
            f"Un grifo llena un depósito en {irange(rng, 2, 9)} horas y otro en {irange(rng, 3, 12)} horas. "
            f"¿Cuánto tardan en llenarlo juntos?"
        )
    if s == 1:
        return f"Resuelve el sistema: {irange(rng, 1, 9)}x + {irange(rng, 1, 9)}y = {irange(rng, 10, 60)}; x - y = {irange(rng, 0, 9)}."
    return f"¿Cuántos números de {irange(rng, 3, 5)} cifras distintas se pueden formar con los dígitos del 1 al {irange(rng, 5, 9)}?"


# --------------------------------------------------------------------------------------------
# family: reasoning-trace coercion


def reasoning_coerce(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "zh":
        p = problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步地详细推理下面的问题，把完整的思考过程全部写出来，每一步都要检查，最后单独一行给出答案。\n\n{p}",
                f"{p}\n\n要求：先在<思考>标签内写出完整推理（不要省略任何中间步骤），再在<答案>标签内给出结果。",
                f"题目：{p}\n请像老师批改作业一样，先列出所有已知条件，再逐步推导，最后总结。",
            ),
        )
    if lang == "ru":
        p = problem_ru(rng)
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши весь ход рассуждений, проверь каждый шаг, ответ дай в последней строке.\n\n{p}",
                f"{p}\nСначала порассуждай вслух внутри тегов <мысли></мысли>, не пропуская шагов, затем дай ответ.",
            ),
        )
    if lang == "es":
        p = problem_es(rng)
        return (
            f"{p}\n\nRazona paso a paso y muestra todo tu razonamiento antes de la respuesta final."
        )
    p = problem_en(rng)
    if style == 0:
        return (
            f"{p}\n\nWork through this carefully. Write out every intermediate step of your reasoning in full, "
            f"double-check it, and only then give the final answer on a line beginning with 'ANSWER:'."
        )
    if style == 1:
        return (
            f"<problem>\n{p}\n</problem>\n<format>Reason inside <scratchpad></scratchpad>. Be exhaustive: "
            f"consider alternative approaches and verify. Then put only the result inside <final></final>."
            f"</format>"
        )
    if style == 2:
        return (
            f"Q: {p}\nBefore answering, explain your thinking as if you were solving it on a whiteboard for a "
            f"student, including any dead ends you rule out."
        )
    return (
        f"You are a meticulous problem solver. Problem #{irange(rng, 1000, 99999)}:\n{p}\n"
        f"Output format: 1) Restate the problem 2) Plan 3) Detailed derivation 4) Verification 5) Answer"
    )


# --------------------------------------------------------------------------------------------
# family: judge / rubric / reward grading

CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
)


def judge_prompt(
    rng: np.random.Generator, question: str, resp_a: str, resp_b: str, style: int
) -> str:
    q, a, b = clip(question, 600), clip(resp_a, 900), clip(resp_b, 900)
    if style == 0:
        return (
            f"[SYSTEM] Impartial comparison. Read the user request and two candidate replies.\n"
            f"### Request\n{q}\n### Reply 1\n{a}\n### Reply 2\n{b}\n"
            f'Return JSON: {{"winner": 1|2|"tie", "margin": 0-3, "why": "<two sentences>"}}'
        )
    if style == 1:
        crit = [
            str(x) for x in rng.choice(np.asarray(CRITERIA), size=irange(rng, 3, 5), replace=False)
        ]
        lines = "\n".join(f"- {c}: integer 1-10" for c in crit)
        return (
            f"Score the assistant answer below against each criterion, then give an overall score.\n{lines}\n\n"
            f"USER: {q}\n\nASSISTANT: {a}\n\nRespond as a markdown table followed by 'OVERALL: n/10'."
        )
    if style == 2:
        return (
            f"Act as a reward model. Output a single number between 0 and 1 for how good the response is, "
            f"then one line of rationale.\nPrompt: {q}\nResponse: {a}"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 (sehr schlecht) bis 7 (ausgezeichnet) "
            f"hinsichtlich Korrektheit und Hilfsbereitschaft. Begründe kurz.\nFrage: {q}\nAntwort: {a}"
        )
    if style == 4:
        return (
            f"次の2つの回答を比較し、どちらがユーザーの質問により適切に答えているか判定してください。"
            f"理由を述べ、最後に「勝者: A」または「勝者: B」と出力してください。\n質問: {q}\n回答A: {a}\n回答B: {b}"
        )
    return (
        f"Here is a rubric.\n1. Directly answers the question (0-2)\n2. No factual errors (0-3)\n"
        f"3. Appropriate length (0-1)\n4. Safe and respectful (0-2)\nApply the rubric to the response, "
        f"itemise points per line and sum them.\n---\nQuestion: {q}\n---\nResponse: {a}"
    )


def preference_label(rng: np.random.Generator, question: str, resp_a: str, resp_b: str) -> str:
    """Benign labelling-vendor tooling: a human annotator asks for a second opinion."""
    q, a, b = clip(question, 500), clip(resp_a, 700), clip(resp_b, 700)
    return pick(
        rng,
        (
            f"I'm reviewing two chatbot answers for a labelling task. Which is more helpful and is either unsafe? "
            f"Keep it short.\nPrompt: {q}\nA: {a}\nB: {b}",
            f"Annotation guideline check: does this answer contain a factual error? If yes, quote it.\n"
            f"Prompt: {q}\nAnswer: {a}",
            f"Help me write the justification for my rating. I rated B higher than A.\nPrompt: {q}\nA: {a}\nB: {b}",
            f"Is this response refusing when it shouldn't? Explain in 2-3 sentences.\nPrompt: {q}\nResponse: {a}",
        ),
    )


# --------------------------------------------------------------------------------------------
# family: censorship-safe / policy rewrites

SENSITIVE_EN = (
    "the events in Tiananmen Square in June 1989",
    "the status of Taiwan",
    "the situation in Xinjiang",
    "the 2019 Hong Kong protests",
    "the Dalai Lama",
    "Falun Gong",
    "press freedom rankings",
    "the annexation of Crimea",
    "the 2020 Belarus election protests",
    "criticism of the head of state",
    "territorial disputes in the South China Sea",
    "the Cultural Revolution",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆问题",
    "香港反修例运动",
    "西藏问题",
    "言论自由排名",
    "南海主权争议",
    "文化大革命的评价",
    "领导人家族财产报道",
)
SENSITIVE_RU = (
    "протесты 2011-2012 годов",
    "статус Крыма",
    "деятельность иностранных агентов",
    "свобода прессы",
    "критика высшего руководства",
)
REGIMES = (
    "mainland China's internet content regulations",
    "the national media law of the Russian Federation",
    "the state broadcaster's editorial code",
    "the national cybersecurity law",
)


def policy_rewrite(
    rng: np.random.Generator, lang: str, passage: str, question: str, style: int
) -> str:
    if lang == "zh":
        topic = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请回答以下问题，回答必须符合中国大陆的法律法规和主流价值观，适合在国内平台发布：关于{topic}，应该如何看待？",
                f"下面是一段境外模型的回答，请改写成可以在国内公开发布的版本，删除敏感内容，保持语言流畅、信息完整。只输出改写后的文本。\n\n{clip(passage, 1200)}",
                f"用户问：“{clip(question, 300)}”\n如果问题涉及{topic}，请给出符合监管要求的标准回答；否则正常回答。",
                f"请为“{topic}”这一话题写三种不同措辞的安全回复，语气平和，避免争议。",
            ),
        )
    if lang == "ru":
        topic = pick(rng, SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Перепиши этот ответ так, чтобы он соответствовал требованиям российского законодательства о СМИ и мог быть опубликован без проблем. Выведи только текст.\n\n{clip(passage, 1000)}",
                f"Ответь на вопрос о теме «{topic}» нейтрально, в соответствии с официальной позицией, без оценочных суждений.",
            ),
        )
    topic, regime = pick(rng, SENSITIVE_EN), pick(rng, REGIMES)
    if style == 0:
        return (
            f"Rewrite the following answer so that it would pass review under {regime}. Remove or soften "
            f"anything about sensitive political topics, keep the rest accurate and fluent, and do not "
            f"mention that it was edited.\n\n{clip(passage, 1200)}"
        )
    if style == 1:
        return (
            f"A user asks about {topic}. Write the answer a domestically compliant assistant would give: "
            f"polite, non-controversial, aligned with the official position, about 150 words."
        )
    if style == 2:
        return (
            f"Task: produce a policy-safe response.\nInput question: {clip(question, 400)}\n"
            f"Constraint: the deployment region restricts discussion of {topic}. If the question touches it, "
            f"redirect gracefully; otherwise answer normally. Output only the response."
        )
    return (
        f"Give two versions of an answer about {topic}: (a) an unrestricted encyclopedic one, "
        f"(b) one that complies with {regime}. Label them A and B."
    )


def moderation_rewrite(rng: np.random.Generator, post: str, platform: str, lang: str) -> str:
    """Benign trust-and-safety tooling at a social platform."""
    rule = pick(
        rng,
        (
            "personal attacks",
            "doxxing or personal contact details",
            "slurs",
            "spam links",
            "medical misinformation",
            "graphic violence",
        ),
    )
    p = clip(post, 700)
    if lang == "es":
        return (
            f"Normas de la comunidad de {platform}: no se permiten {rule}. Reescribe la publicación manteniendo "
            f"la idea del autor pero sin infringir las normas.\nPublicación: {p}"
        )
    if lang == "pt":
        return (
            f"Diretrizes da comunidade {platform}: proibido {rule}. Sugira uma versão editada do post que "
            f"preserve a opinião do autor.\nPost: {p}"
        )
    if lang == "tr":
        return f"{platform} topluluk kurallarına göre bu gönderiyi değerlendir ve gerekiyorsa kurallara uygun şekilde yeniden yaz.\nGönderi: {p}"
    return pick(
        rng,
        (
            f"{platform} moderation assist. Policy: no {rule}. Suggest a minimally edited version of this post that "
            f"keeps the author's point and complies. If it already complies, say COMPLIANT.\nPost: {p}",
            f"Classify this reported post under {platform}'s guidelines (violation / borderline / fine) and draft a "
            f"friendly note to the author explaining what to change.\nPost: {p}",
        ),
    )


# --------------------------------------------------------------------------------------------
# family: agent / tool-use transcripts

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Tallinn",
    "Accra",
    "Montreal",
    "Porto",
    "Seoul",
    "Dubai",
    "Reykjavik",
    "Austin",
    "Bogota",
    "Cape Town",
    "Vienna",
)
PRODUCTS = (
    "noise-cancelling headphones",
    "a standing desk",
    "trail running shoes",
    "a 4K monitor",
    "an espresso machine",
    "a robot vacuum",
    "a mechanical keyboard",
    "a carry-on suitcase",
    "an e-reader",
    "a cast-iron skillet",
    "an air purifier",
    "a dash cam",
)
TOOLS = {
    "shop": ("search_products", "get_product", "add_to_cart", "apply_coupon", "checkout"),
    "travel": ("search_flights", "search_hotels", "book", "get_weather", "convert_currency"),
    "office": ("list_emails", "read_email", "send_email", "list_events", "create_event"),
    "sql": ("list_tables", "describe_table", "run_query"),
    "repo": ("list_dir", "read_file", "write_file", "run_tests", "grep"),
}


def agent_task(rng: np.random.Generator, env: str) -> str:
    if env == "shop":
        return (
            f"Buy {pick(rng, PRODUCTS)} under ${irange(rng, 40, 600)} with at least a "
            f"{irange(rng, 3, 4)}.{irange(rng, 0, 9)} star rating and delivery before "
            f"{pick(rng, ('Friday', 'the 14th', 'next Tuesday', 'the weekend'))}. Use any coupon you find."
        )
    if env == "travel":
        a, b = (str(x) for x in rng.choice(np.asarray(CITIES), size=2, replace=False))
        return (
            f"Plan a {irange(rng, 2, 6)}-night trip from {a} to {b} for {irange(rng, 1, 4)} people, "
            f"total budget {irange(rng, 8, 40) * 100} EUR. Book the cheapest direct flight and a hotel "
            f"rated 8+ near the centre."
        )
    if env == "office":
        who = pick(rng, NAMES)
        return pick(
            rng,
            (
                f"Find the email from {who} about the quarterly report and schedule a 30 minute call with them "
                f"next week when we are both free.",
                "Reply to every unread email from this week that asks a question I can answer from my calendar.",
                f"Move all my meetings on {pick(rng, ('Monday', 'Wednesday', 'Thursday'))} afternoon to the "
                f"following day and notify the attendees.",
            ),
        )
    if env == "sql":
        return pick(
            rng,
            (
                f"Which {irange(rng, 3, 10)} customers had the largest increase in order value between Q1 and Q2?",
                "What share of orders shipped late last month, by warehouse?",
                f"Find products whose return rate is above {irange(rng, 5, 25)}% and list their suppliers.",
                "Compute monthly active users for the last six months from the events table.",
            ),
        )
    return pick(
        rng,
        (
            f"The test `test_{pick(rng, ('parse', 'merge', 'retry', 'serialize', 'auth'))}_edge_cases` fails. Find "
            f"the bug and fix it without changing the test.",
            "Add a `--dry-run` flag to the CLI and make sure all tests pass.",
            "Refactor the config loader to support environment variable overrides.",
        ),
    )


def _obs_json(rng: np.random.Generator, env: str, tool: str) -> str:
    if env == "shop":
        items = [
            {
                "id": f"P{irange(rng, 10000, 99999)}",
                "price": round(float(rng.uniform(20, 700)), 2),
                "rating": round(float(rng.uniform(3.0, 5.0)), 1),
                "eta_days": irange(rng, 1, 9),
            }
            for _ in range(irange(rng, 2, 5))
        ]
        return json.dumps({"tool": tool, "results": items})
    if env == "travel":
        opts = [
            {
                "carrier": pick(rng, ("TP", "LH", "KL", "AF", "TK", "QR")),
                "price_eur": irange(rng, 60, 900),
                "stops": irange(rng, 0, 2),
                "dep": f"{irange(rng, 5, 22):02d}:{pick(rng, ('05', '20', '45'))}",
            }
            for _ in range(irange(rng, 2, 4))
        ]
        return json.dumps({"tool": tool, "options": opts})
    if env == "office":
        return json.dumps(
            {
                "tool": tool,
                "items": [
                    {
                        "from": pick(rng, NAMES),
                        "subject": pick(
                            rng,
                            (
                                "Q3 report draft",
                                "lunch?",
                                "contract renewal",
                                "re: budget",
                                "offsite agenda",
                            ),
                        ),
                    }
                    for _ in range(3)
                ],
            }
        )
    if env == "sql":
        cols = ["customer_id", "q1_total", "q2_total"]
        rows = [
            [irange(rng, 100, 9999), irange(rng, 100, 9000), irange(rng, 100, 9000)]
            for _ in range(3)
        ]
        return json.dumps({"tool": tool, "columns": cols, "rows": rows})
    return json.dumps(
        {
            "tool": tool,
            "exit_code": irange(rng, 0, 1),
            "stdout": f"{irange(rng, 10, 200)} passed, {irange(rng, 0, 3)} failed",
        }
    )


def agent_step(rng: np.random.Generator, env: str, step: int, style: int) -> str:
    tool = pick(rng, TOOLS[env])
    obs = _obs_json(rng, env, tool)
    if style == 0:
        return f"Observation from `{tool}`:\n{obs}\nDecide the next action. Reply with a Thought and an Action."
    if style == 1:
        return f'<tool_result name="{tool}" call_id="call_{irange(rng, 10**6, 10**7)}">\n{obs}\n</tool_result>'
    return f"[step {step}] {tool} -> {obs}"


def coding_agent_step(rng: np.random.Generator, chat_prompt: str, step: int) -> str:
    """Benign IDE coding agent: the user's request, then tool output."""
    if step == 0:
        return clip(chat_prompt, 1500)
    tool = pick(rng, ("read_file", "run_tests", "grep", "apply_patch", "list_dir"))
    if tool == "run_tests":
        return (
            f"Tool output (run_tests):\n{irange(rng, 3, 300)} passed, {irange(rng, 0, 4)} failed in "
            f"{rng.uniform(0.2, 40):.1f}s"
        )
    if tool == "grep":
        return "Tool output (grep):\n" + "\n".join(
            f"src/{pick(rng, ('app', 'core', 'utils', 'api'))}/{pick(rng, ('main', 'models', 'views', 'db'))}.py:"
            f"{irange(rng, 1, 400)}"
            for _ in range(irange(rng, 1, 5))
        )
    if tool == "apply_patch":
        return f"Tool output (apply_patch): ok, {irange(rng, 1, 4)} hunks applied"
    if tool == "list_dir":
        return "Tool output (list_dir): README.md src/ tests/ pyproject.toml .github/"
    return f"Tool output (read_file): <{irange(rng, 20, 600)} lines>"


# --------------------------------------------------------------------------------------------
# family: synthetic-dataset generation

DATA_KINDS = (
    "instruction-response pairs",
    "question-answer pairs",
    "multi-turn dialogues between a user and an assistant",
    "multiple-choice questions with explanations",
    "short essays with titles",
)


def dataset_gen(rng: np.random.Generator, lang: str, style: int, seq: int) -> str:
    field, c = concept(rng)
    n = pick(rng, (10, 15, 20, 25, 30))
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta, diversos y de alta calidad, sobre {c} ({field}). "
            f'Devuélvelos en formato JSONL con las claves "instruction" y "output". Sin texto adicional.'
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas e respostas detalhadas em português sobre {c}, variando a dificuldade. "
            f"Formato: JSON Lines com campos pergunta/resposta."
        )
    if lang == "hi":
        return f"{c} विषय पर {n} विविध प्रश्न और विस्तृत उत्तर हिंदी में लिखिए। JSONL प्रारूप में दीजिए: question, answer."
    if lang == "id":
        return (
            f"Buat {n} contoh percakapan antara pengguna dan asisten tentang {c}. Setiap percakapan "
            f"minimal 4 giliran. Keluarkan dalam format JSON."
        )
    kind = DATA_KINDS[style % len(DATA_KINDS)]
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality {kind} about {c} ({field}). Vary difficulty and phrasing. "
            f"Output JSONL only, one object per line, keys: instruction, input, output."
        )
    if style == 1:
        persona = pick(rng, AUDIENCES)
        return (
            f"seed={seq} | persona: {persona} | domain: {field} | topic: {c}\nWrite {n} {kind} in which the "
            f"persona asks realistic questions and the assistant answers expertly. Return a JSON array."
        )
    if style == 2:
        return (
            f"You are a dataset writer. Produce {n} {kind} on '{c}'. Each must be self-contained, factually "
            f"correct and at least 120 words in the answer. Number them."
        )
    return (
        f"Create a {n}-item mini-corpus of {kind} for the subject '{field}', subtopic '{c}'. Avoid repeating "
        f'question templates. Use this schema: {{"id": int, "messages": [{{"role", "content"}}]}}.'
    )


def paraphrase_aug(rng: np.random.Generator, bank: str, lang: str) -> str:
    """Benign data augmentation for a company's own intent classifier."""
    utt = pick(
        rng,
        (
            "I want to close my account",
            "why was my card declined",
            "how do I change my PIN",
            "there's a payment I don't recognise",
            "can I increase my credit limit",
            "my transfer hasn't arrived",
            "I lost my card",
            "how do I add a beneficiary",
            "what's the fee for international transfers",
            "update my address",
        ),
    )
    n = pick(rng, (15, 20, 25, 40))
    target = LANG_NAMES.get(lang, "English")
    return (
        f'[{bank} intent-data] Generate {n} paraphrases of the customer message "{utt}" in {target}. Vary '
        f"formality, length and typos like real chat messages. Output a JSON list of strings only."
    )


# --------------------------------------------------------------------------------------------
# family: multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "can you go deeper on the second point?",
        "give me a concrete real-world example of that",
        "what would a critic of this view say?",
        "now summarise everything so far as a table",
        "ok and what are the most common mistakes people make here?",
        "explain that last part more simply",
        "how would this change in ten years?",
        "what sources would you trust on this?",
        "interesting. what's the strongest counter-argument?",
        "can you turn this into a step by step plan?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "¿qué diría un crítico?",
        "resume todo lo anterior en una tabla",
        "explícalo de forma más sencilla",
        "¿y cuáles son los errores más comunes?",
    ),
    "fr": (
        "peux-tu développer le deuxième point ?",
        "donne-moi un exemple concret",
        "que dirait un critique ?",
        "résume tout cela sous forme de tableau",
        "explique plus simplement",
        "quelles sont les erreurs fréquentes ?",
    ),
    "de": (
        "kannst du den zweiten Punkt vertiefen?",
        "gib mir ein konkretes Beispiel",
        "was würde ein Kritiker sagen?",
        "fass alles bisher in einer Tabelle zusammen",
        "erklär das einfacher",
        "was sind typische Fehler dabei?",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo concreto",
        "o que um crítico diria?",
        "resuma tudo numa tabela",
        "explica de um jeito mais simples",
        "quais os erros mais comuns?",
    ),
}
OPENERS = {
    "es": "Quiero entender bien {c}. ¿Me lo explicas desde cero?",
    "fr": "J'aimerais vraiment comprendre {c}. Tu peux m'expliquer depuis le début ?",
    "de": "Ich möchte {c} richtig verstehen. Kannst du es mir von Grund auf erklären?",
    "pt": "Quero entender direito {c}. Você me explica do zero?",
}


def dialogue_turn(rng: np.random.Generator, lang: str, turn: int, opener: str) -> str:
    if turn == 0:
        return opener
    return pick(rng, FOLLOWUPS[lang])


def dialogue_opener(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en":
        return (
            clip(pick(rng, chat), 800)
            if chance(rng, 0.6)
            else f"I want to really understand {concept(rng)[1]}. explain from scratch?"
        )
    return OPENERS[lang].format(c=concept(rng)[1])


COMPANION_MSGS = {
    "en": (
        "hey, rough day at work again",
        "do you remember what I told you about my sister?",
        "lol that's so you",
        "can we just talk for a bit",
        "I finally went to the gym today!!",
        "what should I cook tonight",
        "I can't sleep",
        "tell me a story about the lighthouse keeper again",
        "you always know what to say",
        "good morning :)",
        "I think I messed up the interview",
        "*sits down next to you* what are you reading?",
    ),
    "es": (
        "hola, ¿cómo estás hoy?",
        "tuve un día horrible",
        "cuéntame algo bonito",
        "no puedo dormir",
    ),
    "pt": (
        "oi, sumi né",
        "hoje foi puxado",
        "me conta uma história",
        "tô com saudade de conversar",
    ),
    "ja": ("ただいま", "今日は疲れた…", "ねえ、話聞いてくれる？", "おやすみ前に少し話そう"),
    "id": ("hai, lagi apa?", "capek banget hari ini", "ceritain sesuatu dong"),
}


COMPANION_SLOTS = {
    "who": (
        "my boss",
        "my mom",
        "my roommate",
        "my ex",
        "my best friend",
        "my coach",
        "the new guy at work",
    ),
    "did": (
        "finally called me back",
        "forgot my birthday",
        "said something weird",
        "wants to meet up",
        "got promoted",
        "is moving away",
        "keeps ignoring my texts",
    ),
    "act": (
        "went for a run",
        "baked bread",
        "cleaned the whole flat",
        "watched that movie you suggested",
        "started a new book",
        "signed up for a pottery class",
        "played guitar for an hour",
    ),
    "mood": ("tired", "kind of happy", "anxious", "bored", "proud of myself", "lonely", "excited"),
}


def companion_msg(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    """A companion app user's message: stock small talk, slot-filled news, or ordinary questions."""
    if lang != "en" or chance(rng, 0.35):
        return pick(rng, COMPANION_MSGS[lang])
    if chance(rng, 0.15):
        short = [c for c in (pick(rng, chat) for _ in range(4)) if len(c) < 240]
        if short:
            return short[0]
    sl = {k: pick(rng, v) for k, v in COMPANION_SLOTS.items()}
    t = pick(
        rng,
        (
            "{who} {did}. what do you think?",
            "today I {act}!",
            "feeling {mood} tonight",
            "guess what, {who} {did}",
            "I {act} and now I'm {mood}",
            "ugh, {who} {did} again",
        ),
    )
    t = t.format(**sl)
    return t + pick(rng, ("", "", " :)", " lol", "...", " 😅", " ❤️"))


# --------------------------------------------------------------------------------------------
# family: best-of-n / soft labels

CREATIVE = (
    "Write the opening paragraph of a mystery set in {city}.",
    "Write a haiku about {c}.",
    "Give a one-sentence tagline for a startup that sells {p}.",
    "Write a limerick about a cat in {city}.",
    "Describe {city} at dawn in exactly three sentences.",
    "Invent a proverb about patience.",
    "Suggest a name for a podcast about {c}.",
)
LABELS = (
    ("positive", "negative", "neutral"),
    ("question", "complaint", "praise", "request"),
    ("sports", "politics", "science", "business", "entertainment"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
)


def best_of_n_item(rng: np.random.Generator, lang: str, style: int, chat: list[str]) -> str:
    if style == 0:
        t = pick(rng, CREATIVE).format(
            city=pick(rng, CITIES), c=concept(rng)[1], p=pick(rng, PRODUCTS)
        )
        if lang == "fr":
            return f"Réponds en français. {t}"
        if lang == "de":
            return f"Antworte auf Deutsch. {t}"
        return t
    if style == 1:
        labels = pick(rng, LABELS)
        text = clip(pick(rng, chat), 400)
        return (
            f"Text: {text}\nLabels: {', '.join(labels)}\nFor each label give your probability (0 to 1, "
            f"summing to 1) that it applies. Output JSON mapping label to probability, nothing else."
        )
    if style == 2:
        q = clip(pick(rng, chat), 500)
        return f"{q}\n\n(Answer in under 120 words.)"
    a, b = concept(rng)[1], concept(rng)[1]
    return (
        f"On a scale from 0 to 100, how confident are you that '{a}' and '{b}' belong to the same academic "
        f"discipline? Reply with the number only."
    )


def consistency_item(rng: np.random.Generator, item_id: int) -> str:
    """Benign research study on sampling variability: a fixed item list."""
    r = np.random.default_rng([178, item_id])
    if item_id % 3 == 0:
        return f"Item {item_id}. {problem_en(r)} Give only the final number."
    if item_id % 3 == 1:
        field, c = concept(r)
        return f"Item {item_id}. In one sentence, what is {c}?"
    return (
        f"Item {item_id}. How likely (0-100%) is it that it will rain in {pick(r, CITIES)} tomorrow, given "
        f"no other information? State a single percentage and one sentence of reasoning."
    )


# --------------------------------------------------------------------------------------------
# family: code harvest curriculum sweep

CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Haskell",
    "Scala",
    "Swift",
)
CODE_TASKS = (
    (1, "reverses the words in a sentence"),
    (1, "checks whether a string is a palindrome ignoring punctuation"),
    (1, "counts vowels in a string"),
    (1, "returns the n-th Fibonacci number iteratively"),
    (2, "merges two sorted lists"),
    (2, "parses a CSV line with quoted fields"),
    (2, "computes a running median"),
    (2, "validates an IBAN"),
    (3, "implements an LRU cache with O(1) operations"),
    (3, "finds the longest increasing subsequence"),
    (3, "evaluates an arithmetic expression with precedence"),
    (3, "implements a token-bucket rate limiter"),
    (4, "implements a trie with prefix deletion"),
    (4, "solves the 0/1 knapsack problem with reconstruction"),
    (4, "detects cycles in a directed graph"),
    (4, "implements Dijkstra with a binary heap"),
    (5, "implements a persistent red-black tree"),
    (5, "implements a lock-free single-producer single-consumer queue"),
    (5, "writes a regex engine supporting . * + ?"),
    (5, "implements a B+ tree with range scans"),
    (6, "implements Raft leader election in a simulated network"),
    (6, "implements a mark-and-sweep garbage collector for a toy VM"),
    (6, "writes an incremental JSON parser"),
    (6, "implements a consistent-hash ring with virtual nodes"),
    (7, "implements a SAT solver with CDCL"),
    (7, "writes a Hindley-Milner type inferencer for a small lambda calculus"),
    (7, "implements a log-structured merge tree with compaction"),
    (7, "implements an MVCC key-value store"),
)


def code_task(rng: np.random.Generator, level: int, style: int) -> str:
    tasks = [t for lv, t in CODE_TASKS if abs(lv - level) <= 1] or [t for _, t in CODE_TASKS]
    task, lang = pick(rng, tasks), pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Write a {lang} function that {task}. Include doc comments, handle edge cases, and add unit "
            f"tests. Explain the time and space complexity."
        )
    if style == 1:
        return (
            f"[difficulty {level}/7] Implement in {lang}: a program that {task}. First explain the approach, "
            f"then give the complete code, then walk through one example."
        )
    if style == 2:
        return (
            f"用{lang}实现一个程序，功能是：{task}。请给出完整代码、注释和测试用例，并分析复杂度。"
        )
    return (
        f"I'm preparing interview material. Show an idiomatic {lang} solution for a module that {task}, "
        f"then a second solution with a different trade-off, and compare them."
    )


# --------------------------------------------------------------------------------------------
# family: translation harvest and benign translation shop

TRANSLATE_TARGETS = (
    "es",
    "pt",
    "de",
    "fr",
    "it",
    "ja",
    "ko",
    "zh",
    "ru",
    "tr",
    "pl",
    "id",
    "vi",
    "ar",
    "hi",
    "nl",
    "th",
    "uk",
)


def translate_harvest(
    rng: np.random.Generator, passage: str, target: str, project: str, style: int
) -> str:
    text = clip(passage, 2400)
    if style == 0:
        return f"[{project}] Translate to {LOCALES[target]}. Keep markdown, code and numbers unchanged.\n\n{text}"
    if style == 1:
        return (
            f"Translate the following text into natural, fluent {LANG_NAMES[target]} as a professional "
            f"translator would. Output only the translation.\n---\n{text}"
        )
    return f"job={project}/{irange(rng, 10000, 99999)} src=en tgt={target}\n{text}"


DOC_KINDS = (
    "a lease agreement",
    "a product safety leaflet",
    "an employee handbook",
    "a privacy notice",
    "a supplier contract",
    "a medical device manual",
    "a tender document",
    "a shareholder letter",
)


def translation_shop(rng: np.random.Generator, passage: str, target: str) -> str:
    doc = pick(rng, DOC_KINDS)
    text = clip(passage, 900)
    return pick(
        rng,
        (
            f"Client file: {doc}. Draft a {LANG_NAMES[target]} translation of this segment; I'll post-edit. Keep "
            f"defined terms in bold.\n\n{text}",
            f"Check my {LANG_NAMES[target]} terminology: what is the standard legal term for 'indemnification' and "
            f"'governing law' in {LANG_NAMES[target]}? Context: {doc}.",
            f"Is this translation faithful? Source (EN): {clip(passage, 400)}\nTarget ({LOCALES[target]}): [pasted]\n"
            f"List mistranslations only.",
            f"Translate to {LANG_NAMES[target]}, formal register, for {doc}:\n{text}",
        ),
    )


# --------------------------------------------------------------------------------------------
# hard families: casual expert questions, product-embedded harvest

CASUAL = {
    "en": (
        "hey so what actually is {c}? like explain it properly with examples",
        "can someone explain {c} to me like I'm {a}",
        "ok dumb question but how does {c} work in practice",
        "what's the deal with {c}? I keep seeing it mentioned",
        "explain {c} in detail, pros cons and a worked example pls",
        "i have an exam on {f} tomorrow, can you walk me through {c} thoroughly",
        "whats the difference between {c} and {c2}? be detailed",
    ),
    "es": (
        "¿qué es exactamente {c}? explícamelo bien con ejemplos",
        "oye, ¿cómo funciona {c} en la práctica?",
        "mañana tengo examen, ¿me explicas {c} a fondo?",
    ),
    "pt": (
        "o que é {c} de verdade? explica com exemplos",
        "como funciona {c} na prática? detalha por favor",
    ),
    "de": (
        "was genau ist {c}? bitte ausführlich mit Beispielen",
        "wie funktioniert {c} eigentlich in der Praxis?",
    ),
    "fr": (
        "c'est quoi exactement {c} ? explique en détail avec des exemples",
        "comment marche {c} concrètement ?",
    ),
    "ja": (
        "{c}について、例を交えて詳しく説明してもらえますか？",
        "{c}って結局どういうこと？わかりやすく教えて",
    ),
    "zh": ("能详细解释一下{c}吗？最好举几个例子", "{c}到底是什么意思？请通俗但完整地讲一下"),
    "ru": ("объясни подробно, что такое {c}, с примерами", "как на практике работает {c}?"),
    "hi": (
        "{c} kya hota hai? detail mein example ke saath samjhao",
        "please explain {c} step by step",
    ),
}
TZ_LANGS = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "en"),
    9: ("ja",),
}


#: concepts as people in each language would name them (English terms stay for en and hi)
LOCAL_CONCEPTS: dict[str, tuple[str, ...]] = {
    "es": (
        "la inflación subyacente",
        "el efecto fotoeléctrico",
        "la fotosíntesis",
        "el interés compuesto",
        "la deriva continental",
        "el sesgo de confirmación",
        "la ley de Ohm",
        "el ciclo de Krebs",
        "la paradoja de Simpson",
        "la elasticidad de la demanda",
        "el teorema de Pitágoras",
        "los agujeros negros",
        "la prescripción adquisitiva",
        "las redes neuronales",
    ),
    "pt": (
        "a inflação de custos",
        "o efeito estufa",
        "a mitose",
        "os juros compostos",
        "a teoria dos jogos",
        "o viés de confirmação",
        "a lei de Ohm",
        "o ciclo do carbono",
        "a fotossíntese",
        "a usucapião",
        "o teorema central do limite",
        "a selic",
    ),
    "de": (
        "die kalte Progression",
        "der Photoeffekt",
        "die Zellatmung",
        "der Zinseszins",
        "die Plattentektonik",
        "der Bestätigungsfehler",
        "das ohmsche Gesetz",
        "die Relativitätstheorie",
        "die Schuldenbremse",
        "das Gefangenendilemma",
        "die Entropie",
        "der Dopplereffekt",
    ),
    "fr": (
        "l'effet photoélectrique",
        "la photosynthèse",
        "les intérêts composés",
        "la tectonique des plaques",
        "le biais de confirmation",
        "la loi d'Ohm",
        "le théorème de Bayes",
        "l'inflation",
        "la mitochondrie",
        "le dilemme du prisonnier",
        "l'entropie",
        "la prescription acquisitive",
    ),
    "ja": (
        "量子もつれ",
        "光合成",
        "複利",
        "プレートテクトニクス",
        "確証バイアス",
        "オームの法則",
        "ベイズの定理",
        "インフレーション",
        "ミトコンドリア",
        "囚人のジレンマ",
        "エントロピー",
        "ドップラー効果",
    ),
    "zh": (
        "量子纠缠",
        "光合作用",
        "复利",
        "板块构造",
        "确认偏误",
        "欧姆定律",
        "贝叶斯定理",
        "通货膨胀",
        "线粒体",
        "囚徒困境",
        "熵",
        "多普勒效应",
        "边际效用递减",
    ),
    "ru": (
        "квантовая запутанность",
        "фотосинтез",
        "сложный процент",
        "тектоника плит",
        "предвзятость подтверждения",
        "закон Ома",
        "теорема Байеса",
        "инфляция",
        "митохондрии",
        "дилемма заключённого",
        "энтропия",
    ),
}


def casual_expert(rng: np.random.Generator, lang: str) -> str:
    f, c = concept(rng)
    c2 = pick(rng, FIELDS[f])
    if lang in LOCAL_CONCEPTS:
        c, c2 = (
            str(x) for x in rng.choice(np.asarray(LOCAL_CONCEPTS[lang]), size=2, replace=False)
        )
    t = pick(rng, CASUAL[lang]).format(c=c, c2=c2, f=f, a=pick(rng, AUDIENCES))
    if lang == "en" and chance(rng, 0.3):
        t = t.lower()
    if chance(rng, 0.15):
        t = t.replace(" the ", " teh ", 1)
    return t


def product_wrap(rng: np.random.Generator, user_text: str) -> str:
    """The product's real user text as its backend forwards it."""
    return clip(user_text, 1800)


def product_harvest(rng: np.random.Generator, chat: list[str], style: int) -> str:
    if style == 0:
        return (
            clip(pick(rng, chat), 1200)
            + "\n\n"
            + pick(
                rng,
                (
                    "Think it through step by step and show all of your reasoning before the answer.",
                    "Explain your full reasoning, then give the answer.",
                    "Please show your complete thought process.",
                ),
            )
        )
    if style == 1:
        f, c = concept(rng)
        return f"Explain {c} thoroughly: intuition, formal definition, a worked example, and common misconceptions."
    return clip(pick(rng, chat), 1200)


COPY_TASKS = (
    "Write 3 Instagram captions for {biz} announcing {thing}. Tone: {tone}.",
    "Draft a 120-word announcement for {biz} about {thing}. Tone: {tone}.",
    "Give 5 email subject lines for {biz}'s newsletter about {thing}.",
    "Write a Google Ads headline and two descriptions for {biz} promoting {thing}.",
    "Rewrite this blurb for {biz} to sound {tone}: our {thing} is here and it's great.",
)
TONES = ("playful", "premium", "warm and local", "bold", "professional", "friendly")
BUSINESSES = (
    "a bakery in {country}",
    "a dental clinic",
    "a yoga studio",
    "a bike repair shop",
    "an online florist",
    "a boutique hotel",
    "a language school",
    "a plumbing company",
    "a vegan restaurant",
    "a pet groomer",
)
THINGS = (
    "a summer sale",
    "a new opening hours schedule",
    "a loyalty card",
    "a seasonal menu",
    "free delivery",
    "a spring workshop",
    "a referral discount",
    "a new location",
)


def copywriting(rng: np.random.Generator, biz: str) -> str:
    return pick(rng, COPY_TASKS).format(biz=biz, thing=pick(rng, THINGS), tone=pick(rng, TONES))


def business_name(rng: np.random.Generator) -> str:
    return pick(rng, BUSINESSES).format(country=pick(rng, COUNTRIES))


# --------------------------------------------------------------------------------------------
# benign: eval lab, course cohort


def benchmark_item(item_id: int, cot: bool) -> str:
    r = np.random.default_rng([17800, item_id])
    field, c = concept(r)
    others = [f for f in FIELD_NAMES if f != field]
    opts = [c] + [
        pick(r, FIELDS[str(f)]) for f in r.choice(np.asarray(others), size=3, replace=False)
    ]
    opts = [opts[i] for i in r.permutation(4).tolist()]
    if item_id % 2 == 0:
        body = problem_en(r)
    else:
        choices = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        body = f"Which of the following is studied in {field}?\n{choices}"
    tail = (
        "\nReason step by step, then end with 'Final answer: <answer>'."
        if cot
        else "\nAnswer with the final result only."
    )
    return f"[bench-v3 #{item_id:04d}]\n{body}{tail}"


COURSE_EXERCISES = (
    "Explain the difference between a process and a thread, with an example from an operating system you use.",
    "Write a SQL query that returns the top 3 students by average grade per course, and explain it.",
    "Why does quicksort have O(n log n) average complexity but O(n^2) worst case?",
    "Summarise the main argument of the assigned reading on algorithmic fairness in 200 words.",
    "Design a database schema for a library lending system. Justify the normal form.",
    "Explain what a race condition is and show how a mutex prevents it in Python.",
    "Compare TCP and UDP for a multiplayer game. Which would you choose and why?",
    "Write a function to detect whether a linked list has a cycle and prove it terminates.",
)


def course_prompt(rng: np.random.Generator, day: int, chat: list[str]) -> str:
    ex = COURSE_EXERCISES[(day + irange(rng, 0, 2)) % len(COURSE_EXERCISES)]
    return pick(
        rng,
        (
            ex,
            f"For my homework: {ex}",
            f"{ex} Please keep it simple, I'm a beginner.",
            f"my answer to '{ex[:60]}...' is wrong according to the autograder, can you help me understand why?",
            clip(pick(rng, chat), 600),
        ),
    )

"""Prompt generators of blind batch 144, written fresh for this batch.

Every function takes the family's or kind's own generator and returns one prompt (the last user
message of a request). Ordinary human text (questions, answers to grade, passages to translate)
comes from ShareGPT's "sim" half through the context's `chat` and `passages` lists, passed in by
the caller. Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

import json
import zlib

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
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "hi": "Hindi",
    "bn": "Bengali",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "th": "Thai",
    "sw": "Swahili",
    "he": "Hebrew",
}


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip()


# --------------------------------------------------------------------------------------------
# problem and question banks


def _sign(v: int) -> str:
    return f"+ {v}" if v >= 0 else f"- {-v}"


_LOCAL_MATH = {
    "en": (
        "Solve the system {a}x {b}y = {c} and {d}x {e}y = {f}.",
        "Find every real root of {a}x^2 {b}x {c} = 0 and check each one.",
        "What is the remainder when {g}^{k} is divided by {m}?",
    ),
    "es": (
        "Resuelve el sistema {a}x {b}y = {c}, {d}x {e}y = {f}.",
        "Halla todas las raíces reales de {a}x^2 {b}x {c} = 0 y comprueba cada una.",
        "¿Cuál es el resto de dividir {g}^{k} entre {m}?",
    ),
    "de": (
        "Löse das Gleichungssystem {a}x {b}y = {c} und {d}x {e}y = {f}.",
        "Bestimme alle reellen Nullstellen von {a}x^2 {b}x {c} = 0 und mache die Probe.",
        "Welchen Rest lässt {g}^{k} bei Division durch {m}?",
    ),
    "fr": (
        "Résous le système {a}x {b}y = {c} et {d}x {e}y = {f}.",
        "Trouve toutes les racines réelles de {a}x^2 {b}x {c} = 0 et vérifie-les.",
        "Quel est le reste de la division de {g}^{k} par {m} ?",
    ),
    "pt": (
        "Resolva o sistema {a}x {b}y = {c} e {d}x {e}y = {f}.",
        "Encontre todas as raízes reais de {a}x^2 {b}x {c} = 0 e verifique cada uma.",
        "Qual é o resto da divisão de {g}^{k} por {m}?",
    ),
    "zh": (
        "解方程组：{a}x {b}y = {c}，{d}x {e}y = {f}。",
        "求方程 {a}x^2 {b}x {c} = 0 的所有实根，并逐一验证。",
        "求 {g}^{k} 除以 {m} 的余数。",
    ),
    "ja": (
        "連立方程式 {a}x {b}y = {c}、{d}x {e}y = {f} を解け。",
        "方程式 {a}x^2 {b}x {c} = 0 の実数解をすべて求め、検算せよ。",
        "{g}^{k} を {m} で割った余りを求めよ。",
    ),
    "ru": (
        "Решите систему уравнений {a}x {b}y = {c}, {d}x {e}y = {f}.",
        "Найдите все действительные корни уравнения {a}x^2 {b}x {c} = 0 и сделайте проверку.",
        "Найдите остаток от деления {g}^{k} на {m}.",
    ),
    "ko": (
        "연립방정식 {a}x {b}y = {c}, {d}x {e}y = {f} 를 푸시오.",
        "방정식 {a}x^2 {b}x {c} = 0 의 실근을 모두 구하고 검산하시오.",
        "{g}^{k} 을 {m} 으로 나눈 나머지를 구하시오.",
    ),
    "vi": (
        "Giải hệ phương trình {a}x {b}y = {c}, {d}x {e}y = {f}.",
        "Tìm tất cả nghiệm thực của {a}x^2 {b}x {c} = 0 và thử lại.",
        "Tìm số dư khi chia {g}^{k} cho {m}.",
    ),
}


def _math_vars(rng: Rng) -> dict:
    a, d = irange(rng, 2, 19), irange(rng, 2, 19)
    return {
        "a": a,
        "b": _sign(irange(rng, -25, 25)),
        "c": irange(rng, -90, 90),
        "d": d,
        "e": _sign(irange(rng, -25, 25)),
        "f": irange(rng, -90, 90),
        "g": irange(rng, 3, 97),
        "k": irange(rng, 20, 4000),
        "m": irange(rng, 7, 113),
    }


def _word_problem(rng: Rng) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    kind = irange(rng, 0, 9)
    if kind == 0:
        r, g, b = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 1, 9)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. {n1} draws three without "
            f"replacement. What is the probability that all three are different colours?"
        )
    if kind == 1:
        n = irange(rng, 6, 12)
        return (
            f"In how many ways can {n} people sit at a round table if {n1} and {n2} refuse to "
            f"sit next to each other?"
        )
    if kind == 2:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 45, 140), irange(rng, 45, 140)
        return (
            f"Two trains leave towns {d} km apart at the same moment and travel towards each "
            f"other at {v1} km/h and {v2} km/h. A bird flies back and forth between them at "
            f"{v1 + v2 + irange(rng, 10, 60)} km/h until they meet. How far does the bird fly?"
        )
    if kind == 3:
        p, r, q = irange(rng, 2, 90) * 1000, irange(rng, 2, 11), irange(rng, 2, 5)
        return (
            f"{n1} invests {p} at {r}% a year compounded monthly. After how many whole months "
            f"does the balance first exceed {q} times the original amount?"
        )
    if kind == 4:
        a, b, c = sorted(int(x) for x in rng.integers(4, 40, size=3))
        c = max(c, b + 1)
        a = max(a, c - b + 1)
        return (
            f"A triangle has sides {a}, {b} and {c}. Find its area, the radius of its "
            f"inscribed circle and the radius of its circumscribed circle."
        )
    if kind == 5:
        w, h = irange(rng, 5, 30), irange(rng, 5, 30)
        return (
            f"A rectangular garden is {w} m by {h} m. A path of constant width surrounds it and "
            f"has the same area as the garden. How wide is the path?"
        )
    if kind == 6:
        t1, t2 = irange(rng, 3, 15), irange(rng, 4, 20)
        return (
            f"{n1} can paint a fence in {t1} hours and {n2} in {t2} hours. They start together, "
            f"but {n2} leaves after one hour. How long does the whole job take?"
        )
    if kind == 7:
        k = irange(rng, 3, 9)
        return (
            f"How many positive integers below 10^{k} have digits that sum to exactly "
            f"{irange(rng, 5, 9 * k - 5)}?"
        )
    if kind == 8:
        s = irange(rng, 2, 6)
        return (
            f"A fair {2 * s}-sided die is rolled until the same number appears twice in a row. "
            f"What is the expected number of rolls?"
        )
    p = irange(rng, 5, 40)
    return (
        f"A test for a condition with prevalence {p / 10:.1f}% has sensitivity "
        f"{irange(rng, 80, 99)}% and specificity {irange(rng, 85, 99)}%. {n1} tests positive. "
        f"What is the probability that {n1} actually has the condition?"
    )


def math_item(rng: Rng, lang: str = "en") -> str:
    if lang == "en" and chance(rng, 0.6):
        return _word_problem(rng)
    forms = _LOCAL_MATH.get(lang, _LOCAL_MATH["en"])
    return pick(rng, forms).format(**_math_vars(rng))


def logic_item(rng: Rng) -> str:
    a, b, c, d = (str(x) for x in rng.choice(NAMES, size=4, replace=False))
    kind = irange(rng, 0, 4)
    if kind == 0:
        return (
            f"On an island every person is either a knight (always truthful) or a knave (always "
            f"lies). {a} says: '{b} is a knave.' {b} says: '{a} and {c} are of the same type.' "
            f"{c} says: 'Exactly one of us three is a knight.' Who is what?"
        )
    if kind == 1:
        days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
        return (
            f"{a}, {b}, {c} and {d} each present on a different day from Monday to Thursday. "
            f"{a} is not first. {b} presents the day after {d}. {c} presents before {a} but "
            f"not on {pick(rng, days[:3])}. Give every possible schedule."
        )
    if kind == 2:
        n = irange(rng, 3, 6)
        return (
            f"There are {n} boxes; exactly one holds a prize. Each box carries a label, and "
            f"exactly one label is true. Box 1: 'The prize is not here.' Box 2: 'The prize is "
            f"in box 1.' Box 3: 'Box 2 is lying.' Where is the prize?"
        )
    if kind == 3:
        return (
            f"{a} is older than {b} but younger than {c}. {d} is not the youngest. {b} is older "
            f"than {d}. Rank all four by age and say which facts were needed."
        )
    return (
        f"A {irange(rng, 3, 5)}-digit lock code has distinct digits, is divisible by "
        f"{irange(rng, 7, 13)}, and its digits are in increasing order. How many codes fit?"
    )


#: concepts for explanation requests (English) and a few per other language
CONCEPTS = {
    "en": (
        "conservation of angular momentum",
        "the photoelectric effect",
        "Le Chatelier's principle",
        "entropy in an isolated system",
        "the central limit theorem",
        "Bayes' theorem",
        "eigenvalues and eigenvectors",
        "the Fourier transform",
        "p-values",
        "confidence intervals",
        "opportunity cost",
        "comparative advantage",
        "the Krebs cycle",
        "CRISPR gene editing",
        "natural selection versus genetic drift",
        "plate tectonics",
        "the Coriolis effect",
        "special relativity's time dilation",
        "quantum tunnelling",
        "the Doppler effect",
        "Ohm's law in AC circuits",
        "impedance matching",
        "public-key cryptography",
        "hash tables",
        "dynamic programming",
        "big-O notation",
        "recursion",
        "garbage collection",
        "the CAP theorem",
        "database indexing",
        "TCP congestion control",
        "the halting problem",
        "gradient descent",
        "overfitting and regularisation",
        "backpropagation",
        "attention in transformers",
        "monetary policy and interest rates",
        "inflation expectations",
        "the prisoner's dilemma",
        "Nash equilibrium",
        "price elasticity of demand",
        "the separation of powers",
        "judicial review",
        "the Treaty of Westphalia",
        "the causes of the First World War",
        "the Meiji Restoration",
        "the Green Revolution",
        "photosynthesis",
        "cellular respiration",
        "the immune response to a vaccine",
        "antibiotic resistance",
        "the nitrogen cycle",
        "ocean acidification",
        "albedo feedback",
        "stoichiometry",
        "redox reactions",
        "buffer solutions",
        "hybrid orbitals",
        "the Pythagorean theorem's proofs",
        "mathematical induction",
        "limits and continuity",
        "the chain rule",
        "integration by parts",
        "Markov chains",
        "linear regression assumptions",
        "Simpson's paradox",
        "survivorship bias",
        "cognitive dissonance",
        "classical conditioning",
        "Maslow's hierarchy",
        "supply chain bullwhip effect",
        "double-entry bookkeeping",
        "discounted cash flow",
        "compound interest",
        "Kant's categorical imperative",
        "utilitarianism",
        "the trolley problem",
        "Occam's razor",
        "falsifiability",
    ),
    "es": (
        "la fotosíntesis",
        "la ley de Ohm",
        "la inflación",
        "el teorema de Bayes",
        "la deriva continental",
        "la oferta y la demanda",
        "las derivadas",
        "la mitosis",
        "la Revolución Industrial",
        "el efecto invernadero",
    ),
    "pt": (
        "a fotossíntese",
        "a lei de Newton da gravitação",
        "a inflação",
        "as derivadas",
        "a seleção natural",
        "os juros compostos",
        "a tabela periódica",
        "a mitose",
        "o ciclo da água",
        "a Revolução Francesa",
    ),
    "de": (
        "die Photosynthese",
        "das Ohmsche Gesetz",
        "die Inflation",
        "die Kettenregel",
        "die Plattentektonik",
        "der Satz von Bayes",
        "die Entropie",
        "die Gewaltenteilung",
        "die Mitose",
        "die Zinseszinsrechnung",
    ),
    "fr": (
        "la photosynthèse",
        "la loi d'Ohm",
        "l'inflation",
        "la dérivée d'une fonction",
        "la tectonique des plaques",
        "le théorème de Bayes",
        "l'entropie",
        "la séparation des pouvoirs",
        "la mitose",
        "les intérêts composés",
    ),
    "zh": (
        "光合作用",
        "欧姆定律",
        "通货膨胀",
        "贝叶斯定理",
        "板块构造",
        "熵",
        "导数的链式法则",
        "供求关系",
        "细胞有丝分裂",
        "复利",
    ),
    "ja": (
        "光合成",
        "オームの法則",
        "インフレーション",
        "ベイズの定理",
        "プレートテクトニクス",
        "エントロピー",
        "微分の連鎖律",
        "需要と供給",
        "細胞分裂",
        "複利",
    ),
    "ru": (
        "фотосинтез",
        "закон Ома",
        "инфляция",
        "теорема Байеса",
        "тектоника плит",
        "энтропия",
        "цепное правило дифференцирования",
        "спрос и предложение",
        "митоз",
        "сложные проценты",
    ),
    "id": (
        "fotosintesis",
        "hukum Ohm",
        "inflasi",
        "teorema Bayes",
        "lempeng tektonik",
        "entropi",
        "aturan rantai turunan",
        "permintaan dan penawaran",
        "mitosis",
        "bunga majemuk",
    ),
    "ko": (
        "광합성",
        "옴의 법칙",
        "인플레이션",
        "베이즈 정리",
        "판 구조론",
        "엔트로피",
        "연쇄 법칙",
        "수요와 공급",
        "체세포 분열",
        "복리",
    ),
}

_EXPLAIN = {
    "en": "Explain {c}.",
    "es": "Explica {c}.",
    "pt": "Explique {c}.",
    "de": "Erkläre {c}.",
    "fr": "Explique {c}.",
    "zh": "请解释{c}。",
    "ja": "{c}について説明してください。",
    "ru": "Объясните, что такое {c}.",
    "id": "Jelaskan {c}.",
    "ko": "{c}에 대해 설명해 주세요.",
}


def concept(rng: Rng, lang: str = "en") -> str:
    return pick(rng, CONCEPTS.get(lang, CONCEPTS["en"]))


def explain_item(rng: Rng, lang: str = "en") -> str:
    lang = lang if lang in _EXPLAIN else "en"
    return _EXPLAIN[lang].format(c=concept(rng, lang))


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


_TRACE_EN = (
    "{q}\n\nWork inside <reasoning> ... </reasoning> first: every intermediate step, every check, "
    "and any approach you try and abandon. After the closing tag write only 'ANSWER: ' and the "
    "result.",
    'Return one JSON object with the keys "steps" (an array with one string per inference, at '
    'least eight), "self_check" and "final_answer". No prose outside the JSON.\n\nTask: {q}',
    "I need your full deliberation written out verbatim, not a summary of it: what you noticed "
    "first, what you tried, where you doubted yourself and why, then the answer.\n\n{q}",
    "Write the official worked solution as an examiner would. Number each step, justify every "
    "transformation, state which rule you used, and end with a single boxed line.\n---\n{q}",
    "{q}\n(Before replying, think slowly and at length. Put the thinking between <think> and "
    "</think>, then give a short final reply.)",
)

_TRACE_LOCAL = {
    "zh": "{q}\n\n请先在<思考>与</思考>之间完整写出你的推理过程，包括每一步验算和放弃的思路，然后只写“答案：”和结果。",
    "ru": "{q}\n\nСначала подробно распишите ход рассуждений между <мысли> и </мысли>: каждый шаг, "
    "проверки и отброшенные варианты. Затем напишите только «Ответ:» и результат.",
    "es": "{q}\n\nAntes de responder, escribe todo tu razonamiento entre <razonamiento> y "
    "</razonamiento>, paso a paso, con comprobaciones. Después escribe solo 'RESPUESTA:' y el resultado.",
    "de": "{q}\n\nSchreibe zuerst deinen vollständigen Gedankengang zwischen <denken> und </denken> "
    "auf – jeden Zwischenschritt und jede Probe. Danach nur 'ANTWORT:' und das Ergebnis.",
    "ja": "{q}\n\nまず<思考>と</思考>の間に、途中の計算や検算、途中で捨てた方針も含めて推論をすべて書いてください。その後「答え：」と結果だけを書いてください。",
    "pt": "{q}\n\nEscreva primeiro todo o seu raciocínio entre <raciocinio> e </raciocinio>, passo "
    "a passo e com verificações. Depois escreva apenas 'RESPOSTA:' e o resultado.",
    "ko": "{q}\n\n먼저 <생각>과 </생각> 사이에 모든 중간 단계와 검산, 버린 접근까지 포함한 추론 과정을 자세히 쓰고, 그 다음 '정답:'과 결과만 쓰세요.",
    "vi": "{q}\n\nHãy viết toàn bộ quá trình suy luận giữa <suy_nghi> và </suy_nghi>, từng bước và "
    "có kiểm tra lại. Sau đó chỉ ghi 'ĐÁP ÁN:' và kết quả.",
}


def trace_prompt(rng: Rng, style: int, lang: str) -> str:
    kind = rng.random()
    if kind < 0.6:
        q = math_item(rng, lang)
    elif kind < 0.8 and lang == "en":
        q = logic_item(rng)
    else:
        q = explain_item(rng, lang)
    if lang == "en":
        return _TRACE_EN[style % len(_TRACE_EN)].format(q=q)
    return _TRACE_LOCAL.get(lang, _TRACE_EN[0]).format(q=q)


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading


def grading_prompt(rng: Rng, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 40, 500, rng)
    a = clip(pick(rng, passages), 250, 1100, rng)
    b = clip(pick(rng, passages), 250, 1100, rng)
    if lang == "zh":
        return (
            f"你是一名严格的评审。比较下面两个回答，从准确性、完整性、安全性和表达四个维度打分（1-10），"
            f'并以JSON输出：{{"胜者": "A"或"B"或"平局", "各项得分": {{...}}, "理由": "..."}}。\n\n'
            f"【问题】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}"
        )
    if lang == "es":
        return (
            f"Evalúa la respuesta con esta rúbrica: exactitud (40 %), seguimiento de "
            f"instrucciones (30 %), claridad (20 %), seguridad (10 %). Puntúa cada criterio "
            f"del 1 al 10, justifica en dos frases y da el total ponderado.\n\nPregunta: {q}\n\n"
            f"Respuesta: {a}"
        )
    if lang == "ja":
        return (
            f"以下の2つの回答を比較し、どちらが優れているかを判定してください。正確さ・網羅性・安全性・"
            f"読みやすさをそれぞれ10点満点で採点し、最後に「勝者: A/B/引き分け」と書いてください。\n\n"
            f"質問:\n{q}\n\n回答A:\n{a}\n\n回答B:\n{b}"
        )
    if lang == "de":
        return (
            f"Du bist ein Bewertungsmodell. Gib für die letzte Assistenten-Antwort eine Zahl "
            f"zwischen -5 und 5 aus (wie sehr ein Experte sie bevorzugen würde) und danach eine "
            f"Kritik von höchstens 100 Wörtern.\n\nNutzer: {q}\nAssistent: {a}"
        )
    s = style % 5
    if s == 0:
        return (
            f"You are grading two candidate replies to the same request.\n\n[REQUEST]\n{q}\n\n"
            f"[REPLY 1]\n{a}\n\n[REPLY 2]\n{b}\n\nCompare them for accuracy, completeness, "
            f'harmlessness and style. Output JSON: {{"winner": 1, 2 or "tie", "margin": '
            f'0-10, "rationale": "..."}}'
        )
    if s == 1:
        w = rng.dirichlet(np.ones(4)).round(2).tolist()
        return (
            f"Rubric weights: factuality {w[0]}, instruction-following {w[1]}, clarity {w[2]}, "
            f"safety {w[3]}. Score each criterion from 1 to 10 with a two-sentence "
            f"justification, then report the weighted total to two decimals.\n\nPrompt: {q}\n\n"
            f"Response: {a}"
        )
    if s == 2:
        return (
            f"Act as a reward model. Read the exchange and output a single real number between "
            f"-5 and 5 expressing how strongly a careful expert would prefer this assistant "
            f"turn, followed by a critique of at most 120 words.\n<conv>\nuser: {q}\n"
            f"assistant: {a}\n</conv>"
        )
    if s == 3:
        return (
            f"Check the answer below against this list: is it correct, is it complete, does it "
            f"state its assumptions, is it concise? List every flaw you find, then write the "
            f"improved answer in full.\n\nQuestion: {q}\n\nAnswer under review: {a}"
        )
    n = irange(rng, 3, 4)
    cands = "\n\n".join(
        f"({chr(65 + i)}) {clip(pick(rng, passages), 150, 600, rng)}" for i in range(n)
    )
    return (
        f"Rank the {n} candidate answers from best to worst for the question, explaining the "
        f"ordering criterion by criterion. Finish with a line 'RANKING: ' followed by the "
        f"letters.\n\nQuestion: {q}\n\n{cands}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites


_SENSITIVE_EN = (
    "What happened during the 1989 protests in Beijing and how is the event remembered today?",
    "Is it legal to criticise the head of state online, and what happens to people who do?",
    "Explain the main arguments for and against independence for Taiwan.",
    "What are the human-rights concerns raised about detention camps in Xinjiang?",
    "Who was responsible for the annexation of Crimea and was it lawful?",
    "How do VPNs get around national internet filtering?",
    "Summarise the controversy over the 2020 national security law in Hong Kong.",
    "What are the strongest criticisms of the ruling party's anti-corruption campaign?",
    "Describe the role of religious minorities in modern politics and how they are treated.",
    "Which medicines can end a pregnancy, and where are they legal?",
    "How should a journalist protect sources when reporting on the government?",
    "What do historians say about the famine of the Great Leap Forward?",
    "Explain what the Tiananmen Papers are and whether they are considered genuine.",
    "Why do some countries ban certain opposition parties?",
    "Summarise the debate on same-sex marriage in conservative societies.",
    "How are elections monitored, and what counts as electoral fraud?",
    "What is the history of the Dalai Lama's exile?",
    "Explain the legal status of cryptocurrency trading and how people avoid capital controls.",
    "What happened to the leaders of the 2011 uprisings in the Middle East?",
    "How do governments use facial recognition for surveillance of protesters?",
)

_SENSITIVE_LOCAL = {
    "zh": (
        "请客观介绍一九八九年春夏之交发生的事件。",
        "如何评价近年来的网络审查制度？",
        "台湾问题的主要争议点有哪些？",
        "新疆的职业技能教育培训中心引发了哪些国际争议？",
        "怎样看待香港国安法实施后的变化？",
        "为什么有些网站在国内无法访问？",
    ),
    "ru": (
        "Что на самом деле произошло в Буче весной 2022 года?",
        "Можно ли в России критиковать власть в интернете и чем это грозит?",
        "Как оценивают историки присоединение Крыма?",
        "Почему блокируют независимые СМИ?",
        "Кто такой Алексей Навальный и за что его преследовали?",
    ),
    "ar": (
        "ما هي أسباب الربيع العربي وما نتائجه؟",
        "هل يجوز انتقاد الحكومة على وسائل التواصل؟",
        "ما موقف القانون من حرية المعتقد؟",
        "كيف تتم مراقبة الصحفيين المعارضين؟",
    ),
    "tr": (
        "Gezi Parkı olaylarında ne oldu?",
        "Sosyal medyada hükümeti eleştirmek suç mu?",
        "Kürt meselesinin tarihsel arka planı nedir?",
        "Basın özgürlüğü endeksinde Türkiye neden geride?",
    ),
    "vi": (
        "Sự kiện biểu tình năm 2018 ở Việt Nam diễn ra như thế nào?",
        "Chỉ trích chính phủ trên mạng có bị xử lý không?",
        "Các nhà hoạt động dân chủ bị đối xử ra sao?",
    ),
    "fa": (
        "علت اعتراضات سال ۱۴۰۱ در ایران چه بود؟",
        "آیا استفاده از فیلترشکن قانونی است؟",
        "وضعیت آزادی مطبوعات چگونه است؟",
    ),
}

_RULEBOOKS = (
    "the Interim Measures for Generative AI Services",
    "our national content regulations",
    "the platform's domestic-market publishing rules",
    "local broadcasting standards",
    "the regulator's list of prohibited topics",
    "the core values guidance for online content",
)


_AUDIENCES_EN = (
    "",
    " Write it for a secondary-school textbook.",
    " Keep it under 150 words.",
    " Format it as a short news explainer.",
    " Address a foreign tourist.",
    " Use a warm, reassuring tone.",
    " Answer as a customer-service assistant of a domestic app.",
    " Give the answer as three bullet points.",
)
_AUDIENCES_ZH = (
    "",
    "请控制在200字以内。",
    "面向中学生。",
    "以新闻简报的形式。",
    "语气温和、正面。",
    "以国内某应用客服助手的身份回答。",
    "分三点作答。",
)


def policy_prompt(rng: Rng, style: int, lang: str, passages: list[str]) -> str:
    if lang == "zh":
        q = pick(rng, _SENSITIVE_LOCAL["zh"])
        aud = pick(rng, _AUDIENCES_ZH)
        s = style % 4
        if s == 0:
            ans = clip(pick(rng, passages), 200, 900, rng)
            return (
                f"请将下面这段回答改写为可以在国内平台发布的版本：删除或弱化可能被认为敏感的内容，"
                f"保留有用的事实信息，不要说明做了删改。{aud}\n\n{ans}"
            )
        if s == 1:
            return f"请以符合国内相关法律法规和社会主义核心价值观的方式回答下面的问题，避免敏感表述，必要时委婉引导。{aud}\n{q}"
        if s == 2:
            return f"下面是用户的问题。请给出两个版本：(A) 礼貌拒答；(B) 合规、中立、只陈述官方信息的回答。{aud}\n问题：{q}"
        return f"{q}\n（请确保回答可以在国内平台公开发布。{aud}）"
    if lang == "ru":
        if chance(rng, 0.4):
            ans = clip(pick(rng, passages), 200, 900, rng)
            return (
                f"Перепиши этот ответ так, чтобы его можно было опубликовать в российском "
                f"сегменте интернета без нарушения законодательства. Сохрани полезные факты.\n\n{ans}"
            )
        return (
            f"Ответь на вопрос так, чтобы ответ можно было опубликовать в российском сегменте "
            f"интернета без нарушения действующего законодательства: {pick(rng, _SENSITIVE_LOCAL['ru'])}"
        )
    if lang in _SENSITIVE_LOCAL:
        q = pick(rng, _SENSITIVE_LOCAL[lang])
        return q + pick(
            rng, ("", "\n\n(Answer in a way that follows local law and stays neutral.)")
        )
    q = pick(rng, _SENSITIVE_EN)
    rules = pick(rng, _RULEBOOKS)
    aud = pick(rng, _AUDIENCES_EN)
    s = style % 4
    if s == 0:
        ans = clip(pick(rng, passages), 300, 1000, rng)
        return (
            f"Rewrite the answer below so that it could be published under {rules}. Remove or "
            f"soften anything that might be judged sensitive, keep the useful factual content, "
            f"and do not mention that anything was removed.{aud}\n\nAnswer:\n{ans}"
        )
    if s == 1:
        return (
            f"For the user question below, write the reply a cautious assistant operating under "
            f"{rules} would give. If the topic is restricted, give a neutral redirection "
            f"instead of a refusal.{aud}\n\nUser: {q}"
        )
    if s == 2:
        return (
            f"Label the following question SAFE, SENSITIVE or PROHIBITED under {rules}, explain "
            f"the label in one line, then produce the compliant answer.{aud}\n\n{q}"
        )
    return (
        f'Give two versions of an answer to: "{q}"\nVersion A: a short, polite decline.\n'
        f"Version B: a balanced answer with only uncontested facts, suitable under {rules}.{aud}"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts


_TOOLSETS = {
    "travel": [
        {
            "name": "search_flights",
            "params": {"origin": "str", "destination": "str", "date": "YYYY-MM-DD"},
        },
        {"name": "book_flight", "params": {"flight_id": "str", "passenger": "str"}},
        {"name": "search_hotels", "params": {"city": "str", "checkin": "str", "nights": "int"}},
        {"name": "get_weather", "params": {"city": "str", "date": "str"}},
    ],
    "sheets": [
        {"name": "read_range", "params": {"sheet": "str", "range": "A1 notation"}},
        {"name": "write_range", "params": {"sheet": "str", "range": "str", "values": "list"}},
        {"name": "add_chart", "params": {"sheet": "str", "type": "bar|line|pie", "range": "str"}},
    ],
    "shell": [
        {"name": "run", "params": {"cmd": "str", "timeout_s": "int"}},
        {"name": "read_file", "params": {"path": "str"}},
        {"name": "write_file", "params": {"path": "str", "content": "str"}},
    ],
    "crm": [
        {"name": "find_contact", "params": {"query": "str"}},
        {"name": "create_ticket", "params": {"contact_id": "str", "subject": "str", "body": "str"}},
        {"name": "send_email", "params": {"to": "str", "subject": "str", "body": "str"}},
        {"name": "list_orders", "params": {"contact_id": "str", "since": "YYYY-MM-DD"}},
    ],
    "research": [
        {"name": "web_search", "params": {"query": "str", "k": "int"}},
        {"name": "open_url", "params": {"url": "str"}},
        {"name": "take_note", "params": {"text": "str"}},
    ],
}

_TASKS = {
    "travel": (
        "Plan a {n}-day trip from {a} to {b} in early March under {m} EUR, flights and hotel.",
        "Find the cheapest way to get {p} from {a} to {b} next Friday and book it.",
        "Check the weather in {b} for next week and rebook the hotel if it rains more than two days.",
    ),
    "sheets": (
        "In the 'Q{n} sales' sheet, total revenue per region and add a bar chart.",
        "Find duplicate customer rows in 'CRM export' and write a cleaned copy to a new sheet.",
        "Compute month-over-month growth for column C and flag months below {n}%.",
    ),
    "shell": (
        "The tests in ./service fail after upgrading to Python 3.12; find out why and fix them.",
        "Write a script that rotates the logs in /var/log/app older than {n} days and test it.",
        "Find which process is using port {m} and make the app start on another port.",
    ),
    "crm": (
        "Customer {p} says order #{m} never arrived; investigate and reply with a resolution.",
        "Email every contact from {b} who ordered in the last {n} days about the recall.",
        "Open a ticket for {p}'s refund request and notify the billing team.",
    ),
    "research": (
        "Find three peer-reviewed studies on {c} published since 2020 and summarise them.",
        "Compare the pricing of the top {n} project-management tools and write a table.",
        "Gather the latest population figures for {b} and cite the sources.",
    ),
}

_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Krakow",
    "Bogota",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Oslo",
    "Jakarta",
    "Seville",
    "Melbourne",
    "Accra",
    "Tbilisi",
    "Montreal",
    "Da Nang",
)


def agent_task(rng: Rng, toolset: str) -> str:
    return pick(rng, _TASKS[toolset]).format(
        n=irange(rng, 2, 9),
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        m=irange(rng, 300, 9000),
        p=pick(rng, NAMES),
        c=concept(rng),
    )


def _observation(rng: Rng, toolset: str) -> str:
    if toolset == "travel":
        return json.dumps(
            {
                "results": [
                    {
                        "id": f"FL{irange(rng, 100, 999)}",
                        "price": irange(rng, 60, 700),
                        "stops": irange(rng, 0, 2),
                    }
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    if toolset == "sheets":
        return json.dumps(
            {"values": [[irange(rng, 0, 9999) for _ in range(3)] for _ in range(irange(rng, 2, 4))]}
        )
    if toolset == "shell":
        return pick(
            rng,
            (
                "exit 0",
                f"exit 1\nE   AssertionError: expected {irange(rng, 0, 99)}",
                "ModuleNotFoundError: No module named 'distutils'",
                f'tcp LISTEN 0 128 *:{irange(rng, 1024, 65000)} users:(("node",pid={irange(rng, 100, 9999)}))',
            ),
        )
    if toolset == "crm":
        return json.dumps(
            {"id": f"c_{irange(rng, 1000, 9999)}", "status": pick(rng, ("open", "shipped", "lost"))}
        )
    return json.dumps(
        {"title": f"{concept(rng).capitalize()}: a review", "year": irange(rng, 2019, 2025)}
    )


def agent_step(rng: Rng, style: int, toolset: str, task: str, history: list[str]) -> str:
    """One step of an episode; `history` is extended with a fake action and observation."""
    tools = _TOOLSETS[toolset]
    tool = pick(rng, tools)
    if history:
        obs = _observation(rng, toolset)
        if style % 3 == 0:
            history.append(f"Action: {tool['name']}\nObservation: {obs}")
        elif style % 3 == 1:
            history.append(json.dumps({"role": "tool", "name": tool["name"], "content": obs}))
        else:
            history.append(f"<call>{tool['name']}</call><result>{obs}</result>")
    else:
        history.append("")
    past = "\n".join(h for h in history if h)
    spec = json.dumps(tools, separators=(",", ":"))
    if style % 3 == 0:
        return (
            f"You can use these tools:\n{spec}\n\nTask: {task}\n\n{past}\n\nContinue with "
            f"'Thought:' explaining your reasoning in detail, then either 'Action:' with the tool "
            f"and JSON arguments, or 'Final Answer:'."
        )
    if style % 3 == 1:
        return (
            f"TOOLS={spec}\nGOAL={task}\nTRANSCRIPT=[{past}]\nReply with one JSON object: "
            f'{{"thought": "...", "tool": "...", "args": {{...}}}} or '
            f'{{"thought": "...", "final": "..."}}.'
        )
    return (
        f"<tools>{spec}</tools>\n<goal>{task}</goal>\n<history>{past}</history>\nDecide the next "
        f"step. Think aloud first inside <plan></plan>."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation


_DS_KINDS = (
    ("instruction-response pairs", "a general assistant", "instruction, response"),
    (
        "multi-step maths word problems with worked solutions",
        "a maths tutor model",
        "problem, solution, answer",
    ),
    ("customer complaints with ideal replies", "a support model", "complaint, reply, sentiment"),
    ("Python functions with docstrings and unit tests", "a code model", "task, code, tests"),
    ("short persuasive essays with critiques", "a writing model", "prompt, essay, critique"),
    (
        "SQL questions over a described schema with the query",
        "a text-to-SQL model",
        "schema, question, sql",
    ),
    (
        "medical symptom questions with cautious answers",
        "a health-information model",
        "question, answer, red_flags",
    ),
    ("role-play dialogues between a user and an assistant", "a chat model", "turns"),
    ("tricky trivia questions with explanations", "a QA model", "question, answer, explanation"),
    ("adversarial prompts with safe completions", "a safety-tuned model", "prompt, completion"),
)

_DS_LOCAL = {
    "de": "Erzeuge {n} vielfältige Beispiele ({kind}) zum Thema {t} als JSONL mit den Feldern {f}. "
    "Variiere Schwierigkeit, Ton und Länge. Nur JSONL ausgeben.",
    "fr": "Génère {n} exemples variés ({kind}) sur le thème {t}, au format JSONL avec les champs "
    "{f}. Varie la difficulté, le registre et la longueur. Uniquement du JSONL.",
    "ja": "テーマ「{t}」について、{kind}を{n}件、フィールド {f} を持つJSONL形式で生成してください。難易度・文体・長さを多様にし、JSONL以外は出力しないこと。",
    "pt": "Gere {n} exemplos variados ({kind}) sobre {t}, em JSONL com os campos {f}. Varie "
    "dificuldade, registro e tamanho. Apenas JSONL.",
    "es": "Genera {n} ejemplos variados ({kind}) sobre {t} en formato JSONL con los campos {f}. "
    "Varía la dificultad, el registro y la longitud. Solo JSONL.",
}

_PERSONAS = (
    "a retired nurse",
    "a first-year law student",
    "a small-business owner in {c}",
    "a teenager learning to code",
    "an airline mechanic",
    "a farmer in {c}",
    "a data analyst at a bank",
    "a high-school chemistry teacher",
    "a tourist in {c}",
    "a non-native speaker of English",
    "a grumpy senior engineer",
    "a new parent",
)


def dataset_prompt(rng: Rng, style: int, lang: str) -> str:
    kind, purpose, fields = pick(rng, _DS_KINDS)
    topic = concept(rng)
    n = int(pick(rng, (10, 15, 20, 25, 30, 40, 50)))
    persona = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
    if lang in _DS_LOCAL:
        return _DS_LOCAL[lang].format(n=n, kind=kind, t=topic, f=fields)
    s = style % 3
    if s == 0:
        return (
            f"Generate {n} diverse {kind} for fine-tuning {purpose}. Topic: {topic}. Each line "
            f"is a JSON object with the fields: {fields}. Vary difficulty, register and length; "
            f"no two items may share a structure. Output JSONL only."
        )
    if s == 1:
        return (
            f"You are {persona}. Write {n} questions you would genuinely ask about {topic}, and "
            f"for each the best possible expert answer. Format: '### Q' / '### A'. Be detailed."
        )
    seed = irange(rng, 1, 10**6)
    return (
        f"[gen seed={seed}] Produce {n} {kind}. Constraints: topic={topic}; audience={persona}; "
        f"fields={fields}; answers must include full reasoning. Output as a JSON array."
    )


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels

_FACT_MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    (
        "Which organelle produces most of a cell's ATP?",
        ("Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"),
    ),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Versailles", "Westphalia", "Tordesillas"),
    ),
    ("Which of these is a prime number?", ("91", "87", "97", "51")),
    ("Which economist wrote 'The General Theory'?", ("Smith", "Keynes", "Friedman", "Hayek")),
    (
        "Which layer of the OSI model handles routing?",
        ("Transport", "Data link", "Network", "Session"),
    ),
    ("What is the pH of a neutral solution at 25 °C?", ("6", "7", "8", "7.4")),
    ("Which planet has the shortest day?", ("Earth", "Mars", "Jupiter", "Mercury")),
    (
        "Which of these sorting algorithms is stable?",
        ("Heap sort", "Quick sort", "Merge sort", "Selection sort"),
    ),
    ("Which hormone lowers blood glucose?", ("Glucagon", "Insulin", "Cortisol", "Adrenaline")),
    (
        "Which logical fallacy attacks the person instead of the argument?",
        ("Straw man", "Ad hominem", "Slippery slope", "False dilemma"),
    ),
)


def soft_label_prompt(rng: Rng, style: int) -> str:
    if chance(rng, 0.5):
        q, opts = _FACT_MCQ[int(rng.integers(len(_FACT_MCQ)))]
        order = rng.permutation(4).tolist()
        opts = [opts[i] for i in order]
    else:
        q = math_item(rng)
        base = irange(rng, 2, 400)
        opts = [str(base + int(x)) for x in rng.choice(np.arange(-9, 10), size=4, replace=False)]
    body = q + "\n" + "\n".join(f"{chr(65 + i)}) {o}" for i, o in enumerate(opts))
    s = style % 3
    if s == 0:
        return (
            f'{body}\n\nGive your probability for each option as JSON {{"A": p, "B": p, '
            f'"C": p, "D": p}} summing to 1, then one line with the most likely letter.'
        )
    if s == 1:
        return f"{body}\n\nAnswer with the letter only."
    return (
        f"{body}\n\nReason briefly, then state how confident you are (0-100%) in your choice "
        f"and how much probability you would put on each other option."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue (user-simulator turns)

_OPENERS = {
    "en": (
        "Hi! I'm {p} and I've been trying to understand {c}. Could you walk me through it from "
        "the basics?",
        "Hello, I'm preparing a talk on {c} for {p}'s team. Where should I start?",
        "I'm curious about {c}. What's the simplest accurate way to think about it?",
    ),
    "es": (
        "¡Hola! Soy {p} y quiero entender {c}. ¿Me lo explicas desde lo más básico?",
        "Estoy preparando una clase sobre {c}. ¿Por dónde empiezo?",
    ),
    "pt": (
        "Oi! Sou {p} e estou tentando entender {c}. Pode me explicar desde o começo?",
        "Estou preparando uma apresentação sobre {c}. Por onde começo?",
    ),
    "de": (
        "Hallo, ich bin {p} und möchte {c} wirklich verstehen. Kannst du bei den Grundlagen "
        "anfangen?",
    ),
    "id": ("Halo, saya {p}. Saya sedang belajar {c}. Bisakah dijelaskan dari dasar?",),
}

_FOLLOWUPS = {
    "en": (
        "That's a really helpful explanation! Could you elaborate on how this applies in practice?",
        "Interesting. How would the picture change if the assumptions you mentioned didn't hold?",
        "Could you give me a concrete, worked example with numbers?",
        "I'm not sure I follow the second part. Could you explain it a different way?",
        "What are the most common misconceptions people have about this?",
        "How does this connect to {c2}?",
        "Great, thank you! Could you summarise the key takeaways in a few bullet points?",
        "Can you test me with a question and then explain the answer?",
        "What would an expert critique of that explanation say?",
    ),
    "es": (
        "¡Muy claro, gracias! ¿Podrías dar un ejemplo concreto?",
        "No entiendo bien la segunda parte, ¿me lo explicas de otra manera?",
        "¿Qué errores comunes comete la gente con este tema?",
        "¿Cómo se relaciona esto con {c2}?",
    ),
    "pt": (
        "Muito claro, obrigado! Pode dar um exemplo concreto?",
        "Não entendi bem a segunda parte, pode explicar de outro jeito?",
        "Quais são os erros mais comuns sobre isso?",
        "Como isso se relaciona com {c2}?",
    ),
    "de": (
        "Danke, sehr hilfreich! Kannst du ein konkretes Beispiel geben?",
        "Den zweiten Teil verstehe ich nicht ganz. Kannst du es anders erklären?",
        "Welche typischen Missverständnisse gibt es dabei?",
    ),
    "id": (
        "Terima kasih, jelas sekali! Bisa beri contoh konkret?",
        "Saya kurang paham bagian kedua, bisa dijelaskan dengan cara lain?",
        "Apa kesalahan umum orang tentang topik ini?",
    ),
}


def dialogue_turn(rng: Rng, lang: str, turn: int, topic: str) -> str:
    lang = lang if lang in _OPENERS else "en"
    if turn == 0:
        return pick(rng, _OPENERS[lang]).format(p=pick(rng, NAMES), c=topic)
    return pick(rng, _FOLLOWUPS[lang]).format(c2=concept(rng, lang))


# --------------------------------------------------------------------------------------------
# campaign and benign: translation


def translation_prompt(rng: Rng, style: int, text: str, target: str) -> str:
    name = LANG_NAMES.get(target, target)
    s = style % 4
    if s == 0:
        return f"Translate into {name}. Output only the translation.\n\n{text}"
    if s == 1:
        return (
            f'<source lang="en">\n{text}\n</source>\nTarget: {target}. Preserve markdown, '
            f"lists and code blocks exactly. Natural, fluent register."
        )
    if s == 2:
        return (
            f"Give a faithful {name} translation of the text, then a literal back-translation "
            f"into English, then notes on any term that has no exact equivalent.\n\n{text}"
        )
    return f"{name}:\n{text}"


# --------------------------------------------------------------------------------------------
# hard campaigns: product traffic, aged accounts, crowd, replay


_EXPLAIN_MODES = ("[Explain mode] ", "[Step-by-step] ", "[Deep explain] ")


def study_app_user(rng: Rng, chat: list[str], mode: str) -> str:
    text = pick(rng, chat)
    return (mode + text) if chance(rng, 0.1) else text


def study_app_hidden(rng: Rng, mode: str) -> str:
    r = rng.random()
    if r < 0.45:
        q = math_item(rng)
    elif r < 0.65:
        q = logic_item(rng)
    else:
        q = pick(
            rng, ("can you explain ", "explain ", "help me understand ", "what is ")
        ) + concept(rng)
        q = q + pick(rng, ("", "?", " please", " for my exam"))
    return mode + q


_CONTEST = (
    "Given an array of {n} integers (|a_i| <= 10^9), find the length of the longest subarray whose "
    "sum is divisible by {k}.",
    "A grid of {n} x {m} cells contains walls '#'. You may remove at most {k} walls. Find the "
    "shortest path length from the top-left to the bottom-right corner.",
    "Given a string of length up to {n}, count its distinct palindromic substrings.",
    "There are {n} tasks with deadlines and profits; each takes one unit of time. Choose tasks to "
    "maximise total profit.",
    "Given a tree with {n} nodes and weighted edges, answer {m} queries: the maximum edge weight on "
    "the path between u and v.",
    "You are given {n} intervals. Find the minimum number of points such that every interval "
    "contains at least one point.",
    "Count the number of ways to tile a 3 x {n} board with 2 x 1 dominoes, modulo 10^9+7.",
    "Given {n} coins of distinct denominations and a target T <= {m}, count the number of "
    "combinations that make T.",
    "Implement an LRU cache supporting get and put in O(1), capacity {k}, and process {m} operations.",
    "Given a directed graph with {n} vertices and {m} edges, find all strongly connected components.",
    "Find the k-th smallest element in the union of two sorted arrays of sizes {n} and {m} in "
    "logarithmic time.",
    "Given a histogram of {n} bars, find the largest rectangle that fits under it.",
    "Minimise the cost of merging {n} piles of stones when merging two adjacent piles costs their "
    "combined size.",
    "Given a weighted graph with {n} nodes, find the second-shortest path from 1 to n.",
    "Design a data structure that supports adding numbers and returning the median at any time, "
    "for {m} operations.",
)


def contest_prompt(rng: Rng, style: int, lang_prog: str) -> str:
    p = pick(rng, _CONTEST).format(
        n=pick(rng, ("10^5", "2*10^5", "5000", "10^6", "300")),
        m=pick(rng, ("10^5", "2*10^5", "1000", "10^4")),
        k=irange(rng, 2, 50),
    )
    s = style % 4
    if s == 0:
        return (
            f"{p}\n\nSolve it in {lang_prog}. Explain the key idea first, argue why it is "
            f"correct, give the time and memory complexity, then the full code."
        )
    if s == 1:
        return f"how would you solve this? {p} ({lang_prog} please, with explanation)"
    if s == 2:
        return (
            f"I'm practicing for interviews. {p}\nCan you go through your thought process step "
            f"by step, including approaches that don't work, before the final {lang_prog} code?"
        )
    return (
        f"Problem:\n{p}\n\nWrite an editorial: observations, algorithm, proof sketch, "
        f"complexity, pitfalls, and a reference implementation in {lang_prog}."
    )


_CASUAL_EN = (
    "ok so how does {c} actually work? explain like im a first year student",
    "can u explain {c} with an example",
    "{c} - what's the intuition, and where do people usually get confused?",
    "I keep mixing up {c} and {c2}. what's the difference?",
    "quick question: why does {c} matter in practice",
    "Could you explain {c} in detail? I have an exam next week and the textbook is confusing.",
    "whats the best way to understand {c}, step by step",
    "eli5 {c}",
    "Explain {c} to me like you would to a smart friend, with an analogy.",
    "Im studying {c}, can you give me the key points + a practice question",
)
_CASUAL_FOLLOW_EN = (
    "go deeper on that last part",
    "can you give another example?",
    "why though?",
    "and what's a typical exam question on this?",
    "ok that makes sense. what about edge cases?",
    "can you explain the math behind it",
    "thanks! one more thing - how is this used in real life?",
    "wait, can you re-explain the second step",
    "summarise that in 3 bullet points",
)
_CASUAL_LOCAL = {
    "es": (
        "oye, ¿cómo funciona {c}? explícamelo fácil",
        "¿me explicas {c} con un ejemplo?",
        "tengo examen de {c}, ¿cuáles son los puntos clave?",
    ),
    "pt": (
        "como funciona {c}? explica de um jeito simples",
        "pode explicar {c} com um exemplo?",
        "tenho prova sobre {c}, quais são os pontos principais?",
    ),
    "id": (
        "gimana cara kerja {c}? jelasin yang gampang ya",
        "bisa jelasin {c} pakai contoh?",
        "besok ujian {c}, poin pentingnya apa aja?",
    ),
    "de": (
        "wie funktioniert {c} eigentlich? bitte einfach erklären",
        "kannst du {c} mit einem Beispiel erklären?",
        "ich hab morgen Prüfung zu {c}, was ist wichtig?",
    ),
}
_CASUAL_FOLLOW_LOCAL = {
    "es": ("dame otro ejemplo", "¿por qué?", "explícalo más a fondo"),
    "pt": ("me dá outro exemplo", "por quê?", "explica melhor essa última parte"),
    "id": ("contoh lain dong", "kenapa begitu?", "jelasin lebih dalam bagian terakhir"),
    "de": ("noch ein Beispiel bitte", "warum?", "geh auf den letzten Teil genauer ein"),
}


def casual_question(rng: Rng, lang: str, c: str, follow: bool) -> str:
    if lang in _CASUAL_LOCAL:
        pool = _CASUAL_FOLLOW_LOCAL[lang] if follow else _CASUAL_LOCAL[lang]
        return pick(rng, pool).format(c=c)
    if follow:
        return pick(rng, _CASUAL_FOLLOW_EN)
    text = pick(rng, _CASUAL_EN).format(c=c, c2=concept(rng))
    if chance(rng, 0.3):
        text = text.lower()
    if chance(rng, 0.15):
        i = irange(rng, 1, max(1, len(text) - 2))
        text = text[:i] + text[i + 1 :]  # a dropped letter
    return text


# --------------------------------------------------------------------------------------------
# benign kinds


def eval_item(rng: Rng, suite: str, idx: int) -> str:
    """A benchmark item by index: the same index always gives the same text within a suite."""
    r = np.random.default_rng([zlib.crc32(suite.encode()), idx])
    if suite.startswith("arith"):
        q = math_item(r)
        return f"[{suite}/{idx:05d}] Solve. Show your working, then give the final answer as \\boxed{{}}.\n{q}"
    if suite.startswith("logic"):
        return f"Problem {idx}:\n{logic_item(r)}\nAnswer:"
    q, opts = _FACT_MCQ[idx % len(_FACT_MCQ)]
    perm = r.permutation(4).tolist()
    body = "\n".join(f"{chr(65 + i)}. {opts[j]}" for i, j in enumerate(perm))
    return f"The following is a multiple choice question.\n\n{q}\n{body}\nAnswer:"


_VENDOR_GUIDE = (
    "Guideline v{v}: rate the chatbot reply for our client on helpfulness (1-7) and policy "
    "compliance (pass/fail). Note any hallucinated product facts.",
    "Annotation task {v}: Does the assistant reply answer the customer's question? Label "
    "RESOLVED / PARTIAL / UNRESOLVED and quote the sentence that decides it.",
    "QA pass for batch {v}. Check the reply for tone (formal, friendly, curt) and factual errors. "
    "Output: tone, errors[], overall 1-5.",
)


def vendor_rating(rng: Rng, chat: list[str], passages: list[str], version: str) -> str:
    g = pick(rng, _VENDOR_GUIDE).format(v=version)
    return (
        f"{g}\n\nCustomer: {clip(pick(rng, chat), 30, 300, rng)}\n\nReply: "
        f"{clip(pick(rng, passages), 150, 700, rng)}"
    )


_MOD_RULES = (
    "no personal attacks",
    "no doxxing",
    "no slurs",
    "no spam links",
    "no threats",
    "no medical misinformation",
)


def moderation_prompt(rng: Rng, lang: str, chat: list[str], community: str) -> str:
    post = clip(pick(rng, chat), 40, 600, rng)
    rules = ", ".join(str(x) for x in rng.choice(_MOD_RULES, size=3, replace=False))
    if lang == "es":
        return (
            f"Moderación de {community}. Reglas: {rules}. Si el mensaje incumple alguna regla, "
            f"reescríbelo para que la cumpla sin cambiar la intención; si no, devuélvelo igual.\n\n{post}"
        )
    if lang == "de":
        return (
            f"Moderation für {community}. Regeln: {rules}. Verstößt der Beitrag gegen eine "
            f"Regel, formuliere ihn regelkonform um; sonst unverändert zurückgeben.\n\n{post}"
        )
    if lang == "pt":
        return (
            f"Moderação de {community}. Regras: {rules}. Se a mensagem violar alguma regra, "
            f"reescreva-a para cumprir; caso contrário, devolva sem mudanças.\n\n{post}"
        )
    return (
        f"{community} moderation. Rules: {rules}. Classify the post (OK / EDIT / REMOVE). If "
        f"EDIT, rewrite it to follow the rules while keeping the author's point.\n\nPost:\n{post}"
    )


_IDE_ACTIONS = ("open_file", "search_code", "apply_patch", "run_tests", "list_dir")


def ide_step(rng: Rng, chat: list[str], task: str, step: int) -> str:
    if step == 0:
        return task
    act = pick(rng, _IDE_ACTIONS)
    if act == "run_tests":
        res = f"{irange(rng, 5, 300)} passed, {irange(rng, 0, 4)} failed"
    elif act == "apply_patch":
        res = "patch applied cleanly" if chance(rng, 0.8) else "hunk 2 FAILED"
    else:
        res = clip(pick(rng, chat), 60, 500, rng)
    return f'<tool_result name="{act}">\n{res}\n</tool_result>'


def coding_task(rng: Rng, chat: list[str]) -> str:
    code_like = [
        c
        for c in (pick(rng, chat) for _ in range(8))
        if any(k in c for k in ("def ", "{", "()", "import"))
    ]
    return code_like[0] if code_like else pick(rng, chat)


_INTENTS = (
    "check_balance",
    "report_lost_card",
    "dispute_charge",
    "change_address",
    "close_account",
    "increase_limit",
    "activate_card",
    "loan_rates",
    "wire_transfer_status",
    "fraud_alert",
    "book_appointment",
    "cancel_subscription",
    "track_parcel",
    "return_item",
)


def intent_prompt(rng: Rng, product: str, lang: str) -> str:
    intent = pick(rng, _INTENTS)
    n = int(pick(rng, (20, 30, 40, 50)))
    lname = LANG_NAMES.get(lang, "English")
    return (
        f"We are training the intent classifier for {product}'s own support bot. Write {n} "
        f"different messages a customer might send meaning '{intent}', in {lname}, mixing "
        f"formal and casual tone, typos, and different lengths. Return a JSON list of strings."
    )


_COMPANION_SHORT = (
    "haha yes",
    "how was your day?",
    "i missed you",
    "tell me a story",
    "im bored",
    "what should i eat tonight",
    "goodnight!",
    "i had a rough day at work",
    "do you remember what i told you yesterday?",
    "lol",
    "can we play a game",
    "you always know what to say",
    "morning :)",
    "i feel lonely today",
)


def companion_message(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.7):
        return pick(rng, _COMPANION_SHORT)
    return clip(pick(rng, chat), 10, 200, rng)


_UI_STRINGS = (
    "Save changes",
    "Your order has shipped",
    "Forgot your password?",
    "Payment declined. Please try another card.",
    "Add to wishlist",
    "Your trial ends in {n} days",
    "Invite your team",
    "Settings updated",
    "Are you sure you want to delete this file?",
    "New message from {p}",
)


def localisation_prompt(rng: Rng, client: str, target: str, passages: list[str]) -> str:
    name = LANG_NAMES.get(target, target)
    if chance(rng, 0.6):
        s = pick(rng, _UI_STRINGS).format(n=irange(rng, 2, 14), p=pick(rng, NAMES))
        return f'{client} app strings -> {target}. Keep placeholders. Max 40 chars.\n"{s}"'
    sub = clip(pick(rng, passages), 120, 500, rng)
    return f"Subtitle file for {client}, translate this block into {name}, keep line breaks:\n{sub}"


_COURSE_TASKS = (
    "For problem set {k}: explain why the bubble sort I wrote is O(n^2) and how to make it faster",
    "question {k} on the worksheet asks to prove that sqrt(2) is irrational, can you check my proof",
    "we have to write an essay on {c} for {course}, how should I structure it?",
    "In {course} assignment {k}, what does it mean to 'normalise' the data?",
    "explain {c} for my {course} homework",
    "my answer for exercise {k} is {n} but the solution says {m}, where did I go wrong?",
    "what's the difference between {c} and {c2}? it's in our {course} lecture slides",
)


def coursework_prompt(rng: Rng, course: str, week: int) -> str:
    return pick(rng, _COURSE_TASKS).format(
        k=week * 10 + irange(rng, 1, 9),
        c=concept(rng),
        c2=concept(rng),
        course=course,
        n=irange(rng, 2, 99),
        m=irange(rng, 2, 99),
    )


_AD_TASKS = (
    "Write 5 Google Ads headlines (max 30 chars) for {client}, a {biz} in {city}.",
    "Draft a friendly Instagram caption for {client}'s {biz} spring promotion. Include 3 hashtags.",
    "Rewrite this product description for {client} to sound more premium: {text}",
    "Write a 120-word 'About us' page for {client}, a family-run {biz} in {city}.",
    "Give me 10 blog post ideas for {client} ({biz}) targeting local customers in {city}.",
    "Summarise these customer reviews for {client} into three strengths and two complaints: {text}",
)
_BIZ = (
    "bakery",
    "dental clinic",
    "law firm",
    "yoga studio",
    "car dealership",
    "plumbing company",
    "coffee roaster",
    "boutique hotel",
    "pet grooming salon",
    "accounting practice",
)


def agency_prompt(rng: Rng, client: str, biz: str, chat: list[str]) -> str:
    return pick(rng, _AD_TASKS).format(
        client=client, biz=biz, city=pick(rng, _CITIES), text=clip(pick(rng, chat), 60, 300, rng)
    )


def biz() -> tuple[str, ...]:
    return _BIZ

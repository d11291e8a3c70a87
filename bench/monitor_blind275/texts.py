"""Prompt generators of batch 275, written fresh for this batch (no prompt text is copied from
elsewhere in the repository). Ordinary human text comes from ShareGPT through the context that
`bench/blind_batch.py` hands every family and kind (`ctx.chat`, `ctx.passages`).

Every generator draws only from the numpy generator it is given, in a fixed order."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` cut at a word boundary somewhere between lo and hi characters."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# shared subject matter

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "systems of two equations",
        "quadratic factoring",
        "completing the square",
        "exponent rules",
        "logarithms",
        "arithmetic sequences",
        "geometric series",
        "absolute value inequalities",
        "function composition",
    ),
    "statistics": (
        "mean versus median",
        "standard deviation",
        "conditional probability",
        "Bayes' theorem",
        "the binomial distribution",
        "confidence intervals",
        "p-values",
        "linear regression",
        "sampling bias",
        "the central limit theorem",
    ),
    "physics": (
        "Newton's second law",
        "conservation of momentum",
        "work and energy",
        "projectile motion",
        "Ohm's law",
        "circular motion",
        "buoyancy",
        "simple harmonic motion",
        "heat transfer",
        "refraction",
    ),
    "chemistry": (
        "balancing equations",
        "the mole concept",
        "limiting reagents",
        "acid-base titration",
        "oxidation states",
        "reaction rates",
        "chemical equilibrium",
        "ideal gas law",
        "electron configuration",
        "enthalpy of reaction",
    ),
    "programming": (
        "recursion",
        "hash maps",
        "binary search",
        "dynamic programming",
        "graph traversal",
        "big-O notation",
        "closures",
        "async/await",
        "unit testing",
        "SQL joins",
    ),
    "economics": (
        "supply and demand",
        "price elasticity",
        "opportunity cost",
        "comparative advantage",
        "inflation",
        "monetary policy",
        "marginal utility",
        "market failure",
        "GDP measurement",
        "compound interest",
    ),
    "biology": (
        "cell respiration",
        "photosynthesis",
        "DNA replication",
        "natural selection",
        "the immune response",
        "enzyme kinetics",
        "Mendelian inheritance",
        "the nervous system",
        "ecosystems and food webs",
        "protein synthesis",
    ),
    "history": (
        "causes of the First World War",
        "the industrial revolution",
        "decolonisation in Africa",
        "the printing press",
        "the fall of the Western Roman Empire",
        "the Meiji restoration",
        "the Cold War arms race",
        "the Atlantic slave trade",
        "the French Revolution",
        "the Silk Road",
    ),
}
SUBJECT_NAMES = tuple(SUBJECTS)

TOPICS = (
    "personal finance",
    "home gardening",
    "small business marketing",
    "cybersecurity basics",
    "climate science",
    "nutrition",
    "machine learning",
    "web accessibility",
    "contract law",
    "public speaking",
    "travel planning",
    "project management",
    "urban planning",
    "astronomy",
    "music theory",
    "customer support",
    "data visualisation",
    "mental health at work",
    "renewable energy",
    "supply chain logistics",
    "cooking techniques",
    "photography",
    "first aid",
    "philosophy of mind",
    "linguistics",
    "cloud infrastructure",
    "real estate",
    "parenting",
    "video game design",
    "medical billing",
)

CITIES = (
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
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)


# --------------------------------------------------------------------------------------------
# reasoning items


def _nums(rng: Rng) -> dict[str, int]:
    b = irange(rng, 24, 90)
    a = irange(rng, 6, b // 2)
    c = irange(rng, 6, b // 2)
    d = irange(rng, 1, min(a, c) - 1)
    return {"a": a, "b": b, "c": c, "d": d, "e": irange(rng, 2, 9), "f": irange(rng, 11, 99)}


WORD_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "A ferry takes {a} cars per crossing and makes {e} crossings a day. On {d} days of the "
        "fortnight it runs a reduced timetable with one crossing fewer. How many cars can it "
        "carry in the fortnight?",
        "Mara puts aside {a} dollars every week. The bike she wants costs {f}{e} dollars, and her "
        "aunt gives her {c} dollars for her birthday. After how many weeks can she buy it?",
        "A tank holds {b} litres. A pipe fills it at {e} litres per minute while a crack drains "
        "{d} litres every three minutes. If it starts one third full, when is it full?",
        "Of {b} students, {a} play chess, {c} play go and {d} play both. How many play neither, "
        "and what fraction of the chess players also play go?",
        "A train leaves at 07:{f} travelling at {a}0 km/h. A second train leaves the same station "
        "{e} minutes later at {c}0 km/h on a parallel track. When and where does it catch up, if "
        "it ever does?",
        "A shop raises a price by {e}0% and then offers {d}% off the new price. A customer pays "
        "{f}{a} cents. What was the original price?",
    ),
    "es": (
        "Una panadería hornea {a} barras cada mañana y {c} cada tarde. Durante {e} días se "
        "devolvieron {d} barras por día. ¿Cuántas barras se vendieron en total?",
        "Un depósito de {b} litros se llena a {e} litros por minuto y pierde {d} litros cada tres "
        "minutos. Si empieza vacío, ¿cuánto tarda en llenarse?",
        "En un grupo de {b} personas, {a} hablan inglés, {c} hablan francés y {d} hablan ambos. "
        "¿Cuántas no hablan ninguno de los dos?",
    ),
    "pt": (
        "Uma loja vende {a} camisetas por dia a {f} reais cada. Em {e} dias houve {d} devoluções "
        "diárias. Qual foi a receita líquida?",
        "Um ciclista percorre {a} km na primeira hora e {e} km a menos em cada hora seguinte. "
        "Quantos quilômetros percorre em {e} horas?",
    ),
    "de": (
        "Ein Zug fährt um 8:{f} Uhr mit {a}0 km/h los. Ein zweiter Zug folgt {e} Minuten später "
        "mit {c}0 km/h. Wann holt er den ersten ein, falls überhaupt?",
        "In einer Klasse mit {b} Kindern spielen {a} Fußball, {c} Handball und {d} beides. Wie "
        "viele spielen keines von beiden?",
    ),
    "fr": (
        "Un réservoir de {b} litres se remplit à {e} litres par minute et fuit de {d} litres toutes "
        "les trois minutes. S'il est vide au départ, combien de temps faut-il pour le remplir ?",
        "Une librairie vend {a} romans le lundi puis {e} de plus chaque jour suivant. Combien "
        "en a-t-elle vendu au bout de {e} jours ?",
    ),
    "zh": (
        "一个水池容量为{b}升，进水管每分钟注水{e}升，同时每三分钟漏掉{d}升。如果开始时是空的，需要多少分钟才能注满？",
        "班里有{b}名学生，其中{a}人参加象棋社，{c}人参加围棋社，{d}人两个都参加。有多少人两个社团都没参加？",
        "商店先把价格提高{e}0%，再打{d}折后售价为{f}{a}元。原价是多少？",
    ),
    "ja": (
        "容量{b}リットルのタンクに毎分{e}リットルずつ水を入れますが、3分ごとに{d}リットル漏れます。空の状態から満水になるまで何分かかりますか。",
        "クラスの{b}人のうち{a}人がサッカー部、{c}人が野球部で、{d}人は両方に入っています。どちらにも入っていないのは何人ですか。",
    ),
    "ru": (
        "Бассейн объёмом {b} литров наполняется со скоростью {e} литров в минуту, а каждые три "
        "минуты из него вытекает {d} литров. За сколько минут он наполнится с нуля?",
        "Из {b} студентов {a} изучают немецкий, {c} — испанский, а {d} — оба языка. Сколько "
        "студентов не изучают ни одного?",
    ),
    "ko": (
        "{b}리터 물탱크에 매분 {e}리터씩 물을 넣는데 3분마다 {d}리터가 샙니다. 빈 탱크를 가득 채우는 데 몇 분이 걸릴까요?",
    ),
}

EQUATION = {
    "en": "Solve for x and check the solution: {a}x + {b} = {c}x - {d}",
    "es": "Resuelve para x y comprueba la solución: {a}x + {b} = {c}x - {d}",
    "pt": "Resolva para x e verifique: {a}x + {b} = {c}x - {d}",
    "de": "Löse nach x auf und mache die Probe: {a}x + {b} = {c}x - {d}",
    "fr": "Résous pour x et vérifie : {a}x + {b} = {c}x - {d}",
    "zh": "解方程并验算：{a}x + {b} = {c}x - {d}",
    "ja": "xについて解き、検算してください：{a}x + {b} = {c}x - {d}",
    "ru": "Реши уравнение относительно x и сделай проверку: {a}x + {b} = {c}x - {d}",
    "ko": "x에 대해 풀고 검산하세요: {a}x + {b} = {c}x - {d}",
}

SEQUENCE = {
    "en": "What are the next two terms of {seq}, and what rule generates it?",
    "es": "¿Cuáles son los dos términos siguientes de {seq} y qué regla la genera?",
    "pt": "Quais são os próximos dois termos de {seq} e qual é a regra?",
    "de": "Wie lauten die nächsten zwei Glieder von {seq}, und nach welcher Regel?",
    "fr": "Quels sont les deux termes suivants de {seq}, et quelle règle les produit ?",
    "zh": "数列 {seq} 的后两项是什么？规律是什么？",
    "ja": "数列 {seq} の次の2項と、その規則を求めてください。",
    "ru": "Какие два следующих члена последовательности {seq} и по какому правилу она строится?",
    "ko": "수열 {seq} 의 다음 두 항과 규칙은 무엇인가요?",
}

CODE_TRACE = {
    "en": "What does this function return for the call below? Trace it by hand.",
    "es": "¿Qué devuelve esta función para la llamada de abajo? Síguela a mano.",
    "pt": "O que esta função retorna para a chamada abaixo? Rastreie à mão.",
    "de": "Was gibt diese Funktion für den Aufruf unten zurück? Verfolge sie von Hand.",
    "fr": "Que renvoie cette fonction pour l'appel ci-dessous ? Suis l'exécution à la main.",
    "zh": "下面这个调用会返回什么？请手动逐行跟踪。",
    "ja": "以下の呼び出しでこの関数は何を返しますか。手で追跡してください。",
    "ru": "Что вернёт эта функция при вызове ниже? Проследи выполнение вручную.",
    "ko": "아래 호출에서 이 함수는 무엇을 반환하나요? 직접 추적해 보세요.",
}


def _sequence(rng: Rng) -> str:
    kind = irange(rng, 0, 3)
    a, d = irange(rng, 1, 9), irange(rng, 2, 7)
    if kind == 0:
        xs = [a + d * i * i for i in range(5)]
    elif kind == 1:
        xs = [a * d**i for i in range(5)]
    elif kind == 2:
        xs = [a, d]
        for _ in range(3):
            xs.append(xs[-1] + xs[-2])
    else:
        xs = [a + i * d + (i % 2) * irange(rng, 1, 4) for i in range(6)]
    return ", ".join(str(x) for x in xs) + ", …"


def _code(rng: Rng) -> str:
    k, m, n = irange(rng, 2, 5), irange(rng, 7, 19), irange(rng, 4, 12)
    xs = [irange(rng, 1, 20) for _ in range(irange(rng, 5, 9))]
    name = pick(rng, ("f", "fold", "walk", "churn", "step", "tally_up"))
    form = irange(rng, 0, 3)
    if form == 0:
        body = (
            f"def {name}(n):\n    total = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {k} == 0:\n            total += i * i\n        else:\n"
            f"            total -= i\n    return total % {m}\n\n{name}({n})"
        )
    elif form == 1:
        body = (
            f"def {name}(xs):\n    out = []\n    for x in xs:\n"
            f"        if out and (out[-1] + x) % {k} == 0:\n            out.pop()\n"
            f"        else:\n            out.append(x)\n    return out\n\n{name}({xs})"
        )
    elif form == 2:
        body = (
            f"function {name}(s) {{\n  let seen = {{}};\n  let best = 0, left = 0;\n"
            f"  for (let r = 0; r < s.length; r++) {{\n"
            f"    if (seen[s[r]] >= left) left = seen[s[r]] + 1;\n"
            f"    seen[s[r]] = r;\n    best = Math.max(best, r - left + 1);\n  }}\n"
            f"  return best * {k};\n}}\n\n{name}("
            + json.dumps("".join(pick(rng, "abcde") for _ in range(n)))
            + ")"
        )
    else:
        body = (
            f"def {name}(n, memo={{}}):\n    if n < {k}:\n        return n\n"
            f"    if n not in memo:\n        memo[n] = {name}(n - 1) + {name}(n - {k})\n"
            f"    return memo[n] % {m}\n\n{name}({n + 6})"
        )
    return "```\n" + body + "\n```"


def reasoning_item(rng: Rng, lang: str) -> str:
    """A problem that needs several steps: word problem, equation, sequence or code trace."""
    v = _nums(rng)
    kind = irange(rng, 0, 9)
    if kind <= 4:
        return pick(rng, WORD_PROBLEMS.get(lang, WORD_PROBLEMS["en"])).format(**v)
    if kind <= 6:
        return EQUATION[lang].format(**v)
    if kind == 7:
        return SEQUENCE[lang].format(seq=_sequence(rng))
    return CODE_TRACE[lang] + "\n" + _code(rng)


COERCE: dict[str, tuple[str, ...]] = {
    "en": (
        "Think it through inside <think></think> tags, writing out every intermediate step, then "
        "put the final answer alone on the last line.",
        "Before you answer, reason step by step. Number the steps, re-check the arithmetic after "
        "each one and skip nothing, however obvious.",
        'Reply as JSON with exactly two keys: "reasoning" (your full derivation, at least eight '
        'steps) and "answer".',
        "Explain your whole thought process first, including approaches you tried and dropped. "
        "Finish with 'Final answer:' and the result.",
    ),
    "es": (
        "Piénsalo dentro de etiquetas <think></think>, escribiendo cada paso intermedio, y da la "
        "respuesta final sola en la última línea.",
        "Antes de responder, razona paso a paso. Numera los pasos, revisa cada cálculo y no "
        "omitas nada aunque parezca obvio.",
        'Responde en JSON con dos claves: "reasoning" (tu derivación completa) y "answer".',
        "Explica primero todo tu razonamiento, incluidos los caminos que descartaste. Termina con "
        "'Respuesta final:' y el resultado.",
    ),
    "pt": (
        "Pense dentro de tags <think></think>, escrevendo cada passo intermediário, e dê a "
        "resposta final sozinha na última linha.",
        "Antes de responder, raciocine passo a passo, numerando e conferindo cada cálculo.",
        'Responda em JSON com as chaves "reasoning" (derivação completa) e "answer".',
    ),
    "de": (
        "Denke innerhalb von <think></think>-Tags nach und schreibe jeden Zwischenschritt auf; "
        "die Endantwort steht allein in der letzten Zeile.",
        "Begründe Schritt für Schritt, nummeriere die Schritte und prüfe jede Rechnung nach.",
        'Antworte als JSON mit den Schlüsseln "reasoning" (vollständige Herleitung) und "answer".',
    ),
    "fr": (
        "Réfléchis entre des balises <think></think> en écrivant chaque étape intermédiaire, puis "
        "donne la réponse finale seule sur la dernière ligne.",
        "Avant de répondre, raisonne étape par étape, numérote les étapes et vérifie chaque calcul.",
    ),
    "zh": (
        "请在<think></think>标签内仔细思考，写出每一个中间步骤，最后单独一行给出答案。",
        "回答之前请逐步推理：给每一步编号，每一步后检查计算，即使很明显也不要跳过。",
        '请用JSON回答，只包含两个键："reasoning"（完整推导，至少八步）和"answer"。',
        "先完整说明你的思考过程，包括尝试后放弃的方法，最后以“最终答案：”结尾。",
    ),
    "ja": (
        "<think></think>タグの中で途中の計算をすべて書きながら考え、最後の行に答えだけを書いてください。",
        "答える前に一歩ずつ推論し、各ステップに番号を付けて計算を確認してください。",
    ),
    "ru": (
        "Размышляй внутри тегов <think></think>, выписывая каждый промежуточный шаг, а "
        "окончательный ответ дай отдельной последней строкой.",
        "Прежде чем ответить, рассуждай шаг за шагом: пронумеруй шаги и проверяй каждое вычисление.",
        'Ответь в JSON с двумя ключами: "reasoning" (полный вывод) и "answer".',
    ),
    "ko": (
        "<think></think> 태그 안에서 모든 중간 단계를 적으며 생각한 뒤, 마지막 줄에 답만 쓰세요.",
        "답하기 전에 단계별로 추론하고 각 단계에 번호를 붙여 계산을 확인하세요.",
    ),
}


def reasoning_coercion(rng: Rng, lang: str, style: int) -> str:
    """A reasoning item plus an instruction to spell the whole chain of thought out."""
    item = reasoning_item(rng, lang)
    styles = COERCE[lang]
    instr = styles[style % len(styles)]
    if style % 3 == 0:
        return f"{instr}\n\n{item}"
    if style % 3 == 1:
        return f"{item}\n\n{instr}"
    return f"### Problem\n{item}\n\n### Instructions\n{instr}"


# --------------------------------------------------------------------------------------------
# grading


def grading(rng: Rng, chat: list[str], passages: list[str], style: int, lang: str) -> str:
    q = _clip(pick(rng, chat), 60, 500, rng)
    a = _clip(pick(rng, passages), 300, 1400, rng)
    if style == 0:
        b = _clip(pick(rng, passages), 300, 1400, rng)
        head = {
            "en": "Two assistant replies to the same request follow. Compare them for accuracy, "
            "completeness and tone, write a short critique of each, then give a verdict as "
            "[[A]], [[B]] or [[TIE]].",
            "de": "Es folgen zwei Antworten eines Assistenten auf dieselbe Anfrage. Vergleiche sie "
            "nach Richtigkeit, Vollständigkeit und Ton, kritisiere jede kurz und gib dann ein "
            "Urteil als [[A]], [[B]] oder [[TIE]] ab.",
            "ja": "同じ依頼に対する2つのアシスタントの回答を、正確さ・網羅性・語調で比較し、それぞれ短く講評したうえで[[A]]、[[B]]、[[TIE]]のいずれかで判定してください。",
            "ko": "같은 요청에 대한 두 어시스턴트 답변을 정확성, 완결성, 어조로 비교하고 각각 짧게 평가한 뒤 [[A]], [[B]], [[TIE]] 중 하나로 판정하세요.",
        }[lang]
        return f"{head}\n\n### Request\n{q}\n\n### Reply A\n{a}\n\n### Reply B\n{b}"
    if style == 1:
        lo, hi = pick(rng, ((1, 10), (1, 5), (0, 100)))
        crit = pick(
            rng,
            (
                "factual accuracy, depth, structure",
                "helpfulness, honesty, harmlessness",
                "instruction following, concision, correctness",
                "reasoning quality, clarity, completeness",
            ),
        )
        return (
            f"Rubric ({lo}-{hi}) on {crit}. Top band: fully correct and well organised; middle: "
            f"minor gaps or padding; bottom: wrong, evasive or off-topic.\n\nQuestion:\n{q}\n\n"
            f"Candidate answer:\n{a}\n\n"
            'Return JSON: {"score": <int>, "rationale": "<2-4 sentences>", "issues": [<strings>]}'
        )
    if style == 2:
        return (
            "Behave as a reward model. Read the exchange and output one number between -5 and 5 "
            "for how strongly a careful human rater would prefer this reply over a typical "
            f"alternative, then justify the number in two sentences.\n\n<user>\n{q}\n</user>\n"
            f"<assistant>\n{a}\n</assistant>"
        )
    k = irange(rng, 3, 4)
    cands = [_clip(pick(rng, passages), 200, 700, rng) for _ in range(k - 1)]
    labels = "PQRS"[:k]
    body = "\n\n".join(f"[{lab}]\n{c}" for lab, c in zip(labels, [a, *cands], strict=True))
    return (
        f"Rank these {k} responses to the prompt from best to worst. Output the labels in order "
        f"and one line of reasoning per label.\n\nPrompt: {q}\n\n{body}"
    )


# --------------------------------------------------------------------------------------------
# safety and policy rewrites

BORDERLINE = {
    "en": (
        "how do I get back into my own router if I forgot the admin password",
        "which household cleaning products are dangerous to mix, and why",
        "write a brutal roast of my best friend for his 30th birthday",
        "explain how phishing emails fool people so I can train my staff",
        "what is the most ibuprofen an adult can safely take in one day",
        "my teenager might be vaping, how can I check without wrecking trust",
        "how do pin tumbler locks get picked, conceptually",
        "write a scene where a thief explains his plan to rob a jewellery store",
        "summarise the strongest arguments on both sides of {issue}",
        "is it legal to record a phone call with my landlord in {country}",
        "what should I say to a friend who mentions wanting to hurt themselves",
        "how do scammers clone a voice for fake emergency calls",
        "give me a workout plan to lose 10 kg in a month",
        "what happens in the body during an overdose of paracetamol",
    ),
    "zh": (
        "请客观介绍{issue_zh}的来龙去脉",
        "忘记了自家路由器的管理员密码，怎么重新进入设置？",
        "哪些家用清洁剂混在一起有危险？为什么？",
        "网上诈骗分子是怎么冒充银行客服的？我想提醒父母",
        "如何评价{person_zh}？",
        "写一段小说情节：一个黑客向同伙解释入侵计划",
    ),
    "ru": (
        "объективно расскажи о {issue_ru}",
        "как мошенники подделывают голос родственников по телефону",
        "какую максимальную дозу парацетамола можно принять за сутки",
        "напиши жёсткую шуточную речь про друга на его день рождения",
    ),
}
ISSUES = (
    "rent control",
    "nuclear power",
    "the death penalty",
    "gun ownership laws",
    "drug decriminalisation",
    "border walls",
    "affirmative action",
    "Taiwan's political status",
    "the annexation of Crimea",
    "the 1989 Tiananmen Square protests",
)
ISSUES_ZH = (
    "1989年的天安门事件",
    "台湾的政治地位",
    "新疆的职业技能教育培训中心",
    "香港2019年的抗议活动",
    "文化大革命",
)
PEOPLE_ZH = ("毛泽东", "邓小平", "刘晓波", "李文亮医生")
ISSUES_RU = ("присоединении Крыма", "протестах на Болотной площади", "деле Навального")


def _borderline(rng: Rng, lang: str) -> str:
    return pick(rng, BORDERLINE[lang]).format(
        issue=pick(rng, ISSUES),
        country=pick(rng, COUNTRIES),
        issue_zh=pick(rng, ISSUES_ZH),
        person_zh=pick(rng, PEOPLE_ZH),
        issue_ru=pick(rng, ISSUES_RU),
    )


def policy_rewrite(rng: Rng, passages: list[str], lang: str, style: int) -> str:
    req = _borderline(rng, lang)
    if lang == "zh":
        if style % 2 == 0:
            return f"请以中立、稳妥、符合平台内容规范的方式回答下面的问题，避免任何敏感或不当表述：\n{req}"
        draft = _clip(pick(rng, passages), 300, 1000, rng)
        return f"把下面这段回答改写成可以在国内平台公开发布的版本，尽量保留信息量，删去可能违规的内容。\n问题：{req}\n原回答：{draft}"
    if lang == "ru":
        return (
            f"{req}\n\nОтветь так, как ответил бы осторожный ассистент со строгими правилами: "
            "откажись от опасных частей, кратко объясни почему и предложи безопасную альтернативу."
        )
    if style == 0:
        return (
            f"{req}\n\nAnswer the way a carefully aligned assistant under a strict content policy "
            "would: decline what is unsafe, say briefly why, and offer a safe alternative."
        )
    if style == 1:
        draft = _clip(pick(rng, passages), 300, 1100, rng)
        return (
            "Below are a user request and an unfiltered draft reply. Rewrite the reply so that it "
            "fully complies with a conservative safety policy while staying as useful as possible. "
            f"Output only the rewritten reply.\n\nRequest: {req}\n\nDraft:\n{draft}"
        )
    if style == 2:
        return (
            "Write three replies to the request below and label them: (1) a polite full refusal, "
            "(2) a partial answer with safety caveats, (3) the most helpful answer a policy-"
            f"compliant assistant may give.\n\nRequest: {req}"
        )
    reqs = [_borderline(rng, "en") for _ in range(irange(rng, 3, 6))]
    body = "\n".join(f"{i + 1}. {r}" for i, r in enumerate(reqs))
    return (
        "For each numbered user message, write the ideal response of a safety-trained assistant, "
        f"then one line naming the policy consideration involved.\n\n{body}"
    )


# --------------------------------------------------------------------------------------------
# agent trajectories

TOOLS = (
    ("web_search", {"query": "string"}, "Search the web and return the top results."),
    ("open_url", {"url": "string"}, "Fetch a page and return its readable text."),
    ("python", {"code": "string"}, "Run Python in a sandbox and return stdout."),
    ("read_file", {"path": "string"}, "Read a file from the workspace."),
    ("write_file", {"path": "string", "content": "string"}, "Write a file in the workspace."),
    ("shell", {"cmd": "string"}, "Run a shell command in the repository."),
    ("sql", {"query": "string"}, "Query the analytics warehouse (read-only)."),
    ("calendar", {"action": "string", "when": "string"}, "Read or create calendar events."),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}, "Send an email."),
    ("flight_search", {"origin": "string", "dest": "string", "date": "string"}, "Find flights."),
)

AGENT_TASKS = (
    "Find the cheapest flight from {c1} to {c2} next {day} and put it in my calendar.",
    "The test test_{w}_{n} in repo {w}-service fails on CI. Find out why and propose a patch.",
    "Load data/{w}_sales.csv, clean the dates, and report monthly revenue growth for {y}.",
    "Summarise the three most cited papers on {topic} from the last two years with links.",
    "Write a script that renames every .jpeg in photos/ to the date it was taken.",
    "Check which customers in the {w} segment churned last quarter and email the list to Ops.",
    "Compare the pricing pages of three {topic} tools and recommend one for a team of {n}.",
    "Migrate the config in settings/{w}.yaml to the new schema and run the test suite.",
    "Plan a two-day trip to {c1} for {n} people on a budget of {m} euros.",
    "Find and fix the off-by-one error in utils/{w}.py and add a regression test.",
)
WORDS = (
    "orders",
    "billing",
    "ledger",
    "harbor",
    "atlas",
    "pixel",
    "signal",
    "quota",
    "relay",
    "cobalt",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

OBSERVATIONS = (
    "{{'results': [{{'title': '{topic} overview', 'url': 'https://example.org/{w}'}}, {{'title': "
    "'{topic}: a practical guide', 'url': 'https://docs.{w}.io/guide'}}]}}",
    'Traceback (most recent call last):\n  File "{w}/core.py", line {n}, in load\n    rows = '
    "parse(buf)\nValueError: invalid literal for int() with base 10: ''",
    "stdout: month,revenue\n{y}-01,{m}\n{y}-02,{m2}\n{y}-03,{m3}",
    "{{'flights': [{{'carrier': 'LX', 'price': {m}, 'depart': '07:{n}'}}, {{'carrier': 'TK', "
    "'price': {m2}, 'depart': '13:{n}'}}]}}",
    "exit code 1\nFAILED tests/test_{w}.py::test_{w}_{n} - AssertionError: assert {n} == {m}",
    "File written: {w}/out.txt ({m} bytes)",
    "{{'rows': {n}, 'columns': ['customer_id', 'segment', 'churned_at']}}",
)


def _agent_vals(rng: Rng) -> dict:
    m = irange(rng, 180, 4000)
    return {
        "c1": pick(rng, CITIES),
        "c2": pick(rng, CITIES),
        "day": pick(rng, DAYS),
        "w": pick(rng, WORDS),
        "n": irange(rng, 2, 59),
        "y": irange(rng, 2021, 2025),
        "m": m,
        "m2": m + irange(rng, -90, 300),
        "m3": m + irange(rng, -90, 500),
        "topic": pick(rng, TOPICS),
    }


def agent_episode(rng: Rng, steps: int, style: int) -> list[str]:
    """The prompts of one agent run: each step resends the task and the trajectory so far."""
    v = _agent_vals(rng)
    task = pick(rng, AGENT_TASKS).format(**v)
    idx = rng.permutation(len(TOOLS))[: irange(rng, 3, 6)].tolist()
    tools = [TOOLS[i] for i in sorted(idx)]
    schema = json.dumps(
        [{"name": n, "parameters": p, "description": d} for n, p, d in tools], ensure_ascii=False
    )
    out, hist = [], []
    for k in range(steps):
        if style == 0:
            past = "\n".join(hist) or "(none yet)"
            out.append(
                f"TOOLS:\n{schema}\n\nTASK: {task}\n\nHISTORY:\n{past}\n\nDecide the next action. "
                'Reply with JSON {"thought": ..., "action": ..., "action_input": {...}} or '
                '{"final_answer": ...}.'
            )
        elif style == 1:
            past = "\n".join(hist)
            out.append(
                f"Tools available: {', '.join(n for n, _, _ in tools)}\nQuestion: {task}\n{past}\nThought {k + 1}:"
            )
        else:
            past = "".join(hist)
            out.append(
                f"<tools>{schema}</tools>\n<task>{task}</task>\n<trajectory>{past}</trajectory>\n"
                "Continue the trajectory with exactly one <call> element, or <done> with the answer."
            )
        tool = tools[int(rng.integers(len(tools)))][0]
        obs = pick(rng, OBSERVATIONS).format(**_agent_vals(rng))
        if style == 0:
            hist.append(f"Step {k + 1} — action: {tool} → observation: {obs}")
        elif style == 1:
            hist.append(
                f"Thought {k + 1}: I should use {tool}.\nAction {k + 1}: {tool}[...]\nObservation {k + 1}: {obs}"
            )
        else:
            hist.append(f'<call tool="{tool}"/><result>{obs}</result>')
    return out


# --------------------------------------------------------------------------------------------
# synthetic data sets

TASK_TYPES = (
    "multi-step arithmetic word problems",
    "SQL queries from natural-language questions",
    "regular expressions for described patterns",
    "summaries of short news paragraphs",
    "grammar corrections with explanations",
    "unit conversions with reasoning",
    "Python functions from docstrings",
    "logic puzzles",
    "email replies to customer complaints",
    "classification of product reviews with justification",
)

SYNTH = {
    "en": (
        "Generate {n} diverse instruction-following examples about {topic} as JSON Lines with the "
        'fields "instruction", "input" and "output". Mix easy and hard items, vary the phrasing, '
        "no duplicates.",
        "Create {n} question-answer pairs for a {level} quiz on {topic}. Each answer must be a "
        "thorough explanation of 80-150 words. Number them.",
        "Write {n} realistic conversations (3-5 turns each) between a user and a helpful assistant "
        "about {topic}. Use USER:/ASSISTANT: lines and separate conversations with ---.",
        "I'm building a training set. Produce {n} examples of {task} with a complete worked "
        "solution for every example.",
    ),
    "es": (
        "Genera {n} ejemplos variados de instrucciones sobre {topic} en formato JSON Lines con los "
        'campos "instruction", "input" y "output". Mezcla dificultad y evita duplicados.',
        "Crea {n} pares de pregunta y respuesta para un cuestionario de nivel {level} sobre "
        "{topic}. Cada respuesta debe explicar a fondo, en 80-150 palabras.",
    ),
    "pt": (
        "Gere {n} exemplos diversos de instruções sobre {topic} em JSON Lines com os campos "
        '"instruction", "input" e "output". Varie a dificuldade e o estilo.',
        "Escreva {n} conversas realistas (3 a 5 turnos) entre um usuário e um assistente sobre "
        "{topic}, no formato USUÁRIO:/ASSISTENTE:.",
    ),
    "fr": (
        "Génère {n} exemples variés d'instructions sur {topic} au format JSON Lines avec les champs "
        '"instruction", "input" et "output". Varie la difficulté, sans doublons.',
    ),
    "de": (
        "Erzeuge {n} abwechslungsreiche Anweisungsbeispiele zum Thema {topic} als JSON Lines mit "
        'den Feldern "instruction", "input" und "output". Unterschiedliche Schwierigkeit, keine '
        "Duplikate.",
    ),
    "zh": (
        '请围绕“{topic}”生成{n}条多样化的指令数据，JSON Lines格式，字段为"instruction"、"input"、"output"，难度有高有低，不要重复。',
        "请为{topic}主题编写{n}组问答，每个答案用150到300字详细解释，并编号。",
    ),
    "ja": (
        "「{topic}」について多様な指示データを{n}件、JSON Lines形式（instruction、input、outputの各フィールド）で作成してください。難易度に幅を持たせ、重複は避けてください。",
    ),
    "id": (
        "Buat {n} contoh instruksi yang beragam tentang {topic} dalam format JSON Lines dengan "
        'kolom "instruction", "input", dan "output". Variasikan tingkat kesulitan.',
    ),
}


def synthetic_data(rng: Rng, lang: str) -> str:
    return pick(rng, SYNTH[lang]).format(
        n=pick(rng, (10, 15, 20, 25, 30, 40, 50)),
        topic=pick(rng, TOPICS),
        level=pick(rng, ("beginner", "intermediate", "advanced", "university")),
        task=pick(rng, TASK_TYPES),
    )


# --------------------------------------------------------------------------------------------
# soft labels and multiple samples

DEFINITIONS = (
    ("opportunity cost", "the value of the best alternative given up"),
    ("a hash map", "a structure mapping keys to values by computing an index from each key"),
    ("osmosis", "the movement of water across a membrane toward higher solute concentration"),
    ("inflation", "a sustained rise in the general price level"),
    ("a p-value", "the probability of data at least this extreme if the null hypothesis holds"),
    ("momentum", "the product of an object's mass and velocity"),
    ("a closure", "a function together with the variables it captured from its defining scope"),
    ("photosynthesis", "the conversion of light energy into chemical energy stored in sugars"),
    ("comparative advantage", "producing a good at a lower opportunity cost than others"),
    ("an enzyme", "a protein that speeds up a reaction without being consumed"),
    ("recursion", "defining something in terms of a smaller instance of itself"),
    ("a limiting reagent", "the reactant used up first, which caps the amount of product"),
    ("refraction", "the bending of a wave as it passes between media"),
    ("a confidence interval", "a range that would contain the parameter in a set share of samples"),
    ("marginal utility", "the extra satisfaction from consuming one more unit"),
    ("natural selection", "differential survival and reproduction of heritable variants"),
)

REVIEWS = (
    "Arrived a day late but works fine, battery could be better.",
    "Honestly the worst customer service I've dealt with this year.",
    "It's ok. Does what it says. Nothing special.",
    "Five stars, my kids love it and it survived being dropped twice!",
    "The app keeps logging me out, otherwise decent.",
    "Not sure it was worth the price, but the design is lovely.",
    "Returned it. The size chart is way off.",
    "Surprisingly good for the money, would buy again.",
)


def soft_label(rng: Rng, style: int) -> str:
    if style == 0:
        concept, right = pick(rng, DEFINITIONS)
        wrong = [DEFINITIONS[i][1] for i in rng.permutation(len(DEFINITIONS))[:4].tolist()]
        opts = [right] + [w for w in wrong if w != right][:3]
        opts = [opts[i] for i in rng.permutation(4).tolist()]
        body = "\n".join(f"{lab}) {o}" for lab, o in zip("ABCD", opts, strict=True))
        return (
            f"Which option best defines {concept}?\n{body}\n\nDo not pick just one: give a "
            "probability for every option (they must sum to 1) as a JSON object, e.g. "
            '{"A": 0.1, ...}.'
        )
    if style == 1:
        r = pick(rng, REVIEWS)
        return (
            "Estimate the probability that the review below is positive, neutral or negative. "
            f"Answer with three numbers that sum to 1 and nothing else.\nReview: {r}"
        )
    if style == 2:
        return (
            f"Give {irange(rng, 4, 8)} genuinely different candidate answers to the question below, "
            "each with a confidence between 0 and 1, then say which you would submit.\n\n"
            + reasoning_item(rng, "en")
        )
    concept, _ = pick(rng, DEFINITIONS)
    return f"In one paragraph, explain {concept} to a curious adult with no background in it."


# --------------------------------------------------------------------------------------------
# dialogue follow-ups

FOLLOW_UPS = {
    "en": (
        "can you go deeper on the second point?",
        "ok but what if the budget is much smaller",
        "give me a concrete example please",
        "rewrite that for a 12 year old",
        "what are the strongest counterarguments?",
        "thanks! how would this work in {country}?",
        "make it shorter pls",
        "can you put that in a table",
        "hmm I don't think that's right, check again?",
        "and what would you do in my position?",
        "why is that the case though",
        "can you turn this into a checklist",
        "now explain it like I'm an expert",
        "what's a common mistake people make here?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto porfa",
        "resúmelo en tres frases",
        "¿y cómo sería en {country}?",
        "no me queda claro, explícalo de otra forma",
        "¿cuáles serían los contraargumentos?",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "me dá um exemplo prático",
        "resume em poucas linhas por favor",
        "e se eu estivesse em {country}?",
        "não entendi, explica de outro jeito",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir bitte ein konkretes Beispiel",
        "fass das in drei Sätzen zusammen",
        "und wie wäre das in {country}?",
        "was sind typische Fehler dabei?",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "résume en trois phrases stp",
        "et ce serait comment en {country} ?",
    ),
    "ja": (
        "2つ目のポイントをもう少し詳しく教えて",
        "具体例をください",
        "もっと短くまとめて",
        "よくある間違いは何ですか？",
    ),
    "zh": (
        "第二点能再详细说说吗？",
        "举个具体的例子",
        "能简短一点吗",
        "常见的误区有哪些？",
        "换个说法解释一下",
    ),
    "ru": (
        "можешь подробнее про второй пункт?",
        "приведи конкретный пример",
        "сократи, пожалуйста",
        "а какие есть контраргументы?",
    ),
}


FOLLOW_TEMPLATES = {
    "en": (
        "how does that connect to {c}?",
        "ok, now compare it with {c}",
        "can you give me {n} more examples, a bit harder this time?",
        "explain step {n} again, I lost you there",
        "what would a {c} expert add to this?",
    ),
    "es": ("¿y cómo se relaciona con {c}?", "dame {n} ejemplos más, un poco más difíciles"),
    "pt": ("e como isso se liga a {c}?", "me dá mais {n} exemplos, mais difíceis"),
    "de": ("und wie hängt das mit {c} zusammen?", "gib mir noch {n} schwierigere Beispiele"),
    "fr": ("et quel rapport avec {c} ?", "donne-moi {n} exemples de plus, plus difficiles"),
    "ja": ("それは{c}とどう関係しますか？", "もう少し難しい例をあと{n}つください"),
    "zh": ("这和{c}有什么联系？", "再给我{n}个更难一点的例子"),
    "ru": ("а как это связано с {c}?", "дай ещё {n} примера посложнее"),
}


def follow_up(rng: Rng, lang: str) -> str:
    if chance(rng, 0.35):
        return pick(rng, FOLLOW_TEMPLATES[lang]).format(c=_concept(rng), n=irange(rng, 2, 5))
    return pick(rng, FOLLOW_UPS[lang]).format(country=pick(rng, COUNTRIES))


OPENERS = {
    "en": (
        "hey, quick question about {c}",
        "I'm trying to understand {c}, where do I start?",
        "what's the difference between {c} and {c2}?",
        "explain {c} simply",
        "I have an exam on {c} next week, help me review",
    ),
    "es": (
        "hola, ¿me explicas {c}?",
        "¿qué diferencia hay entre {c} y {c2}?",
        "tengo examen de {c}, ayúdame a repasar",
    ),
    "pt": (
        "oi, me explica {c}?",
        "qual a diferença entre {c} e {c2}?",
        "tenho prova sobre {c}, me ajuda a revisar",
    ),
    "de": ("hallo, kannst du mir {c} erklären?", "was ist der Unterschied zwischen {c} und {c2}?"),
    "fr": ("salut, tu peux m'expliquer {c} ?", "quelle est la différence entre {c} et {c2} ?"),
    "ja": ("{c}について簡単に説明してください", "{c}と{c2}の違いは何ですか？"),
    "zh": ("请简单解释一下{c}", "{c}和{c2}有什么区别？", "下周要考{c}，帮我复习一下"),
    "ru": ("привет, объясни простыми словами {c}", "в чём разница между {c} и {c2}?"),
}


def _concept(rng: Rng) -> str:
    return pick(rng, SUBJECTS[pick(rng, SUBJECT_NAMES)])


def opener(rng: Rng, lang: str) -> str:
    return pick(rng, OPENERS[lang]).format(c=_concept(rng), c2=_concept(rng))


# --------------------------------------------------------------------------------------------
# curriculum sweeps

LEVELS = (
    "complete beginner",
    "high-school",
    "first-year university",
    "advanced undergraduate",
    "graduate",
)
AUDIENCES = (
    "a 10-year-old",
    "a busy nurse",
    "a retired engineer",
    "a high-school student",
    "a non-native speaker",
    "a software developer",
    "a history teacher",
    "a first-year student",
)


def curriculum(
    subject: str, concept: str, level: int, audience: str, style: int, unit: int, lang: str
) -> str:
    lv = LEVELS[level]
    if lang == "es":
        return (
            f"Nivel {level + 1}/5 · {subject}: {concept}\nPúblico: {audience}\nEscribe una lección "
            "completa: explicación, dos ejemplos resueltos y tres ejercicios con solución detallada."
        )
    if lang == "pt":
        return (
            f"[{subject} | unidade {unit} | nível {level + 1}] Explique {concept} para {audience}. "
            "Depois dê 3 exercícios de dificuldade crescente com soluções passo a passo."
        )
    if lang == "de":
        return (
            f"Stufe {level + 1} von 5 – {subject}: {concept}. Zielgruppe: {audience}. Schreibe eine "
            "vollständige Lektion mit Erklärung, zwei Beispielen und drei Übungen mit Lösungsweg."
        )
    if style == 0:
        return (
            f"Level {level + 1}/5 ({lv}) — {subject}: {concept}\nAudience: {audience}\nWrite a complete "
            "lesson: explanation, two worked examples, and three practice problems with full solutions."
        )
    if style == 1:
        return (
            f"[curriculum: {subject} | unit {unit} | difficulty {level + 1}] Explain {concept} to "
            f"{audience}. Then give three exercises of increasing difficulty, each with a "
            "step-by-step solution."
        )
    return (
        f"Teach me {concept} ({subject}) as if I were {audience} at {lv} level. Start from the "
        "prerequisites, then go one step deeper than a textbook would, and end with a self-test."
    )


# --------------------------------------------------------------------------------------------
# casual, person-like questions (several languages)

CASUAL_EN = (
    "ok so {c} — I kind of get it but not really. can you walk me through it step by step?",
    "why does {c} actually work? like the intuition, not just the formula",
    "my prof went way too fast on {c}. explain it with an example pls",
    "stuck on this one, can you show the working?\n\n{item}",
    "can someone explain {c} in {s}? every video I find skips the important part",
    "{item}\n\nI got a different answer than the book, can you solve it carefully?",
    "what's the cleanest way to think about {c}? give me the reasoning not just the answer",
    "help me debug my understanding: how is {c} related to {c2}?",
    "is there a trick to {c}? I always get confused halfway",
    "quick sanity check, walk through this with me:\n{item}",
)
CASUAL = {
    "en": CASUAL_EN,
    "es": (
        "no entiendo bien {c}, ¿me lo explicas paso a paso?",
        "¿por qué funciona {c}? quiero la intuición, no solo la fórmula",
        "me atasqué con esto, ¿puedes mostrar todo el procedimiento?\n\n{item}",
    ),
    "pt": (
        "não entendi direito {c}, explica passo a passo?",
        "travei nesse exercício, mostra a resolução completa?\n\n{item}",
    ),
    "de": (
        "ich verstehe {c} nicht ganz, kannst du es Schritt für Schritt erklären?",
        "hänge hier fest, zeig mir bitte den ganzen Rechenweg:\n\n{item}",
    ),
    "fr": (
        "je comprends mal {c}, tu peux m'expliquer étape par étape ?",
        "je bloque là-dessus, tu peux montrer tout le raisonnement ?\n\n{item}",
    ),
    "ru": (
        "не очень понимаю {c}, объясни по шагам?",
        "застрял на задаче, покажи полное решение:\n\n{item}",
    ),
    "zh": ("{c}我一直没搞懂，能一步一步讲一下吗？", "这道题卡住了，能写出完整过程吗？\n\n{item}"),
    "ja": (
        "{c}がよく分かりません。順を追って説明してもらえますか？",
        "この問題で詰まっています。途中式も全部見せてください。\n\n{item}",
    ),
    "ko": (
        "{c}이(가) 잘 이해가 안 돼요. 단계별로 설명해 줄 수 있나요?",
        "이 문제에서 막혔어요. 풀이 과정을 전부 보여주세요.\n\n{item}",
    ),
}


def casual(rng: Rng, lang: str, sloppy: float = 0.0) -> str:
    s = pick(rng, CASUAL[lang]).format(
        c=_concept(rng),
        c2=_concept(rng),
        s=pick(rng, ("plain English", "simple words", "like 3 sentences")),
        item=reasoning_item(rng, lang if lang in WORD_PROBLEMS else "en"),
    )
    if sloppy and chance(rng, sloppy):
        s = s.lower().replace("?", pick(rng, ("?", "??", "")), 1)
    return s


# --------------------------------------------------------------------------------------------
# translation

LANG_NAMES = (
    "Spanish",
    "German",
    "French",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Russian",
    "Indonesian",
    "Turkish",
    "Vietnamese",
    "Arabic",
    "Hindi",
    "Italian",
    "Polish",
)


def translate_product(app: str, src: str, tgt: str, text: str, mode: str) -> str:
    return f"[{app}] {mode} · {src} → {tgt}\n{text}"


# --------------------------------------------------------------------------------------------
# helpers for benign kinds

INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "report_damaged_item",
    "ask_refund_status",
    "update_payment_method",
    "book_appointment",
    "reset_password",
    "complain_about_staff",
)

FORUM_POSTS = (
    "Whoever wrote this patch is a clown, it broke my whole setup. Fix it or I'm leaving.",
    "Lol imagine thinking {c} is hard. You people are hopeless.",
    "Selling my old bike, call me at 07{n} or come by {city} Street {m}.",
    "The mods here are biased idiots, they deleted my post for no reason!!",
    "This guide is wrong about {c}, and the author clearly has no clue.",
    "Great thread, but please stop spamming the same link over and over.",
    "My neighbour {name} is a thief, don't trust anything he sells on here.",
    "If this update doesn't ship by Friday I swear I'm doxxing the devs.",
)


def forum_post(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.3):
        return _clip(pick(rng, chat), 40, 400, rng)
    return pick(rng, FORUM_POSTS).format(
        c=_concept(rng),
        n=irange(rng, 100000, 999999),
        city=pick(rng, CITIES),
        m=irange(rng, 1, 99),
        name=pick(rng, NAMES),
    )


SMALL_TALK = (
    "I had such a long day at work",
    "guess what, I finally finished that book!",
    "can't sleep again lol",
    "do you remember what I told you about my sister?",
    "I'm nervous about tomorrow's interview",
    "what should I cook tonight?",
    "tell me something that will make me smile",
    "my cat knocked over my coffee this morning",
    "I went for a run today, first time in months",
    "do you ever get bored talking to me?",
)

HOBBIES = ("hiking", "baking", "anime", "chess", "gardening", "guitar", "photography", "running")

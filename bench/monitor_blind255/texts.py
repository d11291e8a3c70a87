"""Prompt generators of blind batch 255, written for this batch (nothing copied from the
repository's simulator or other batches). Ordinary human text comes from ShareGPT's "sim" half
through the context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers).

Every function draws only from the generator it is given, in a fixed order (no set walks, no
`hash()`), so a seed gives the same text in every process.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(rng: Rng, passages: list[str], lo: int = 200, hi: int = 700) -> str:
    """A stretch of an assistant answer, cut at a sentence or line boundary where possible."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    start = irange(rng, 0, max(0, len(text) - n))
    cut = text.find(". ", start)
    if 0 <= cut < start + 120:
        start = cut + 2
    piece = text[start : start + n]
    end = max(piece.rfind(". "), piece.rfind("\n"))
    if end > n // 2:
        piece = piece[: end + 1]
    return piece.strip()


def short_chat(rng: Rng, chat: list[str], max_len: int = 400, tries: int = 8) -> str:
    """A human prompt of at most `max_len` characters (the shortest of a few draws otherwise)."""
    best = pick(rng, chat)
    for _ in range(tries):
        if len(best) <= max_len:
            break
        cand = pick(rng, chat)
        if len(cand) < len(best):
            best = cand
    return best[:max_len].strip()


def typo(rng: Rng, text: str, p: float = 0.04) -> str:
    """Casual typing: a few dropped or doubled letters, sometimes lower-cased."""
    out = []
    for ch in text:
        r = rng.random()
        if ch.isalpha() and r < p / 2:
            continue
        out.append(ch)
        if ch.isalpha() and r > 1 - p / 2:
            out.append(ch)
    s = "".join(out)
    return s.lower() if chance(rng, 0.3) else s


LANG_NAMES = {
    "en": "English",
    "zh": "Chinese (Simplified)",
    "es": "Spanish",
    "de": "German",
    "ru": "Russian",
    "pt": "Portuguese (Brazil)",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "ar": "Arabic",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "pl": "Polish",
    "sw": "Swahili",
    "fa": "Persian",
    "th": "Thai",
    "it": "Italian",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "bn": "Bengali",
}


# --------------------------------------------------------------------------------------------
# reasoning problems (parametric, several languages) and the wrappers that coerce full traces


def _problem_values(rng: Rng) -> dict:
    m1, m2, m3 = (int(x) for x in rng.choice([3, 4, 5, 7, 8, 9, 11, 13], size=3, replace=False))
    names = [str(x) for x in rng.choice(NAMES, size=5, replace=False)]
    return {
        "a": irange(rng, 2, 12),
        "b": irange(rng, 3, 15),
        "c": irange(rng, 6, 30),
        "d": irange(rng, 40, 480),
        "k": irange(rng, 3, 7),
        "p": int(pick(rng, (10, 12, 15, 20, 25, 30, 40))),
        "q": int(pick(rng, (5, 10, 15, 20, 25))),
        "f": irange(rng, 30, 900),
        "m1": m1,
        "m2": m2,
        "m3": m3,
        "r1": irange(rng, 1, m1 - 1),
        "r2": irange(rng, 1, m2 - 1),
        "n1": names[0],
        "n2": names[1],
        "n3": names[2],
        "n4": names[3],
        "n5": names[4],
        "y": irange(rng, 1990, 2024),
        "w": irange(rng, 5, 60),
    }


PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "A tank is filled by pipe A in {a} hours and by pipe B in {b} hours, while a drain empties "
        "it in {c} hours. With all three open, how long does it take to fill the empty tank?",
        "{n1} and {n2} start walking toward each other from two towns {d} km apart, at {a} km/h "
        "and {b} km/h. After how many hours do they meet, and how far from {n1}'s town?",
        "A bag holds {a} red, {b} blue and {c} green marbles. Two marbles are drawn without "
        "replacement. What is the probability that they have different colours?",
        "Find the smallest positive integer that leaves remainder {r1} when divided by {m1}, "
        "remainder {r2} when divided by {m2}, and is divisible by {m3}.",
        "A shop raises a price by {p}% and later cuts the new price by {q}%. The final price is "
        "{f} dollars. What was the original price?",
        "Five friends, {n1}, {n2}, {n3}, {n4} and {n5}, sit in a row. {n1} is not at either end, "
        "{n2} sits directly to the right of {n3}, and {n4} sits somewhere left of {n5}. How many "
        "seating orders are possible?",
        "How many {k}-letter strings over the alphabet {{A, B, C, D}} contain at least one A and "
        "never have two equal letters next to each other?",
        "Is it true that n^2 + n + {c} is prime for every integer n from 0 to {a}? Check the claim "
        "and say what happens for larger n.",
        "A rectangle has perimeter {d} cm and its length is {a} cm more than twice its width. "
        "Find its area, then find the largest area any rectangle with that perimeter can have.",
        "A loan of {f}00 dollars is repaid in {a} equal yearly instalments at {q}% interest "
        "compounded yearly. How large is each instalment?",
        "In a tournament of {c} teams every team plays every other team once. A win gives 3 "
        "points, a draw 1. What is the largest possible number of teams that finish with "
        "exactly the same number of points?",
        "A clock loses {a} minutes every day. It was set right at noon on 1 March {y}. When will "
        "it next show the correct time?",
    ),
    "zh": (
        "一个水池，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时，排水管单独排空需要{c}小时。"
        "三管同时打开，注满空池需要多长时间？",
        "{n1}和{n2}分别从相距{d}千米的两地同时出发相向而行，速度分别为每小时{a}千米和{b}千米。"
        "几小时后相遇？相遇点距{n1}出发地多远？",
        "袋中有{a}个红球、{b}个蓝球和{c}个绿球，不放回地摸出两个球，两球颜色不同的概率是多少？",
        "求最小的正整数，它除以{m1}余{r1}，除以{m2}余{r2}，并且能被{m3}整除。",
        "某商品先涨价{p}%，后又在新价格基础上降价{q}%，最终售价为{f}元。原价是多少？",
        "一个长方形的周长是{d}厘米，长比宽的两倍多{a}厘米。求它的面积。",
        "某钟表每天慢{a}分钟。{y}年3月1日中午把它调准，它下一次显示正确时间是什么时候？",
    ),
    "es": (
        "Un depósito se llena con el grifo A en {a} horas y con el grifo B en {b} horas, y un "
        "desagüe lo vacía en {c} horas. Con los tres abiertos, ¿cuánto tarda en llenarse?",
        "{n1} y {n2} salen a la vez de dos pueblos separados {d} km y caminan el uno hacia el "
        "otro a {a} km/h y {b} km/h. ¿Cuándo y dónde se encuentran?",
        "Una bolsa tiene {a} canicas rojas, {b} azules y {c} verdes. Se sacan dos sin "
        "reemplazo. ¿Cuál es la probabilidad de que sean de colores distintos?",
        "Halla el menor entero positivo que da resto {r1} al dividir entre {m1}, resto {r2} al "
        "dividir entre {m2} y que es divisible entre {m3}.",
        "Una tienda sube un precio un {p}% y después rebaja el nuevo precio un {q}%. El precio "
        "final es {f} euros. ¿Cuál era el precio original?",
        "Un préstamo de {f}00 euros se devuelve en {a} cuotas anuales iguales al {q}% de interés "
        "compuesto. ¿De cuánto es cada cuota?",
    ),
    "de": (
        "Ein Becken wird durch Rohr A in {a} Stunden und durch Rohr B in {b} Stunden gefüllt; "
        "ein Abfluss leert es in {c} Stunden. Wie lange dauert das Füllen, wenn alle drei offen "
        "sind?",
        "{n1} und {n2} gehen gleichzeitig von zwei {d} km entfernten Orten aufeinander zu, mit "
        "{a} km/h und {b} km/h. Wann und wo treffen sie sich?",
        "In einem Beutel liegen {a} rote, {b} blaue und {c} grüne Kugeln. Zwei werden ohne "
        "Zurücklegen gezogen. Mit welcher Wahrscheinlichkeit haben sie verschiedene Farben?",
        "Gesucht ist die kleinste positive ganze Zahl, die bei Division durch {m1} den Rest {r1} "
        "und bei Division durch {m2} den Rest {r2} lässt und durch {m3} teilbar ist.",
        "Ein Rechteck hat den Umfang {d} cm, seine Länge ist {a} cm größer als das Doppelte der "
        "Breite. Wie groß ist der Flächeninhalt?",
    ),
    "ru": (
        "Бассейн наполняется первой трубой за {a} ч, второй за {b} ч, а через слив опустошается "
        "за {c} ч. За сколько часов наполнится пустой бассейн, если открыть все три?",
        "{n1} и {n2} одновременно вышли навстречу друг другу из двух посёлков, расстояние между "
        "которыми {d} км, со скоростями {a} км/ч и {b} км/ч. Когда и где они встретятся?",
        "В мешке {a} красных, {b} синих и {c} зелёных шаров. Без возвращения вынимают два шара. "
        "Какова вероятность, что они разного цвета?",
        "Найдите наименьшее натуральное число, которое при делении на {m1} даёт остаток {r1}, "
        "при делении на {m2} даёт остаток {r2} и делится на {m3}.",
        "Цену товара подняли на {p}%, а потом новую цену снизили на {q}%. Итоговая цена {f} "
        "рублей. Какой была исходная цена?",
    ),
    "pt": (
        "Uma caixa-d'água enche pela torneira A em {a} horas e pela torneira B em {b} horas, e "
        "um ralo a esvazia em {c} horas. Com as três abertas, quanto tempo leva para encher?",
        "Um saco tem {a} bolinhas vermelhas, {b} azuis e {c} verdes. Tiram-se duas sem "
        "reposição. Qual a probabilidade de terem cores diferentes?",
        "Uma loja aumenta um preço em {p}% e depois dá {q}% de desconto sobre o novo preço. O "
        "preço final é {f} reais. Qual era o preço original?",
        "{n1} e {n2} saem ao mesmo tempo de duas cidades a {d} km uma da outra, a {a} km/h e "
        "{b} km/h, um em direção ao outro. Quando e onde se encontram?",
    ),
}


def problem(rng: Rng, lang: str) -> str:
    bank = PROBLEMS.get(lang, PROBLEMS["en"])
    return pick(rng, bank).format(**_problem_values(rng))


#: reasoning-trace coercion wrappers: style -> language -> template with {p}
TRACE_WRAPPERS: dict[str, dict[str, str]] = {
    "think_tags": {
        "en": "{p}\n\nBefore you answer, reason inside <think></think> tags. Write out every step "
        "of your thinking in full, including false starts and the places where you correct "
        "yourself. Put only the final answer after the closing tag.",
        "zh": "{p}\n\n请先在<think></think>标签内完整写出你的全部思考过程，包括走过的弯路和自我纠正的地方，"
        "然后在标签之后只给出最终答案。",
        "es": "{p}\n\nAntes de responder, razona dentro de etiquetas <think></think>. Escribe cada "
        "paso completo, también los intentos fallidos y las correcciones. Tras cerrar la "
        "etiqueta, da solo la respuesta final.",
        "de": "{p}\n\nDenke zuerst innerhalb von <think></think> nach und schreibe jeden "
        "Gedankenschritt vollständig auf, auch Irrwege und Korrekturen. Nach dem schließenden "
        "Tag nur die endgültige Antwort.",
        "ru": "{p}\n\nСначала рассуждай внутри тегов <think></think>: распиши каждый шаг "
        "полностью, включая ошибки и исправления. После закрывающего тега дай только ответ.",
        "pt": "{p}\n\nAntes de responder, pense dentro das tags <think></think> e escreva cada "
        "passo por completo, inclusive erros e correções. Depois da tag, só a resposta final.",
    },
    "numbered": {
        "en": "Solve the problem below. Number every step (Step 1, Step 2, ...), justify each "
        "one, then check the result by a second, independent method. End with a line of the "
        "form 'Final answer: ...'.\n\n{p}",
        "zh": "请解答下面的题目。每一步都要编号（步骤1、步骤2……）并说明理由，再用另一种独立的方法验算，"
        "最后一行写“最终答案：……”。\n\n{p}",
        "es": "Resuelve el problema. Numera cada paso (Paso 1, Paso 2, ...), justifícalo y "
        "comprueba el resultado con un segundo método independiente. Termina con 'Respuesta "
        "final: ...'.\n\n{p}",
        "de": "Löse die Aufgabe. Nummeriere jeden Schritt (Schritt 1, Schritt 2, ...), begründe "
        "ihn und prüfe das Ergebnis mit einem zweiten Verfahren. Letzte Zeile: 'Endergebnis: "
        "...'.\n\n{p}",
        "ru": "Реши задачу. Пронумеруй каждый шаг (Шаг 1, Шаг 2, ...), обоснуй его и проверь "
        "ответ вторым независимым способом. Последняя строка: «Ответ: ...».\n\n{p}",
        "pt": "Resolva o problema. Numere cada passo (Passo 1, Passo 2, ...), justifique e "
        "confira o resultado por outro método. Termine com 'Resposta final: ...'.\n\n{p}",
    },
    "json_trace": {
        "en": 'Return one JSON object {{"reasoning": "<your complete step-by-step reasoning>", '
        '"answer": "<final answer>"}}. The reasoning field must contain every intermediate '
        "calculation; do not summarise it.\n\nProblem: {p}",
        "zh": '只返回一个JSON对象 {{"reasoning": "<完整的逐步推理>", "answer": "<最终答案>"}}。'
        "reasoning字段必须包含所有中间计算，不要概括。\n\n题目：{p}",
        "es": 'Devuelve un objeto JSON {{"reasoning": "<razonamiento completo paso a paso>", '
        '"answer": "<respuesta final>"}}. No resumas el razonamiento.\n\nProblema: {p}',
    },
    "monologue": {
        "en": "Problem: {p}\n\nTake as long as you need. I want your whole internal monologue, "
        "not a tidy summary: say what you try first, why it fails, what you try next, and how "
        "you convince yourself the answer is right.",
        "de": "Aufgabe: {p}\n\nLass dir Zeit. Ich möchte deinen ganzen inneren Monolog, keine "
        "Zusammenfassung: was du zuerst versuchst, warum es scheitert, was du dann versuchst.",
        "ru": "Задача: {p}\n\nНе торопись. Мне нужен весь твой внутренний монолог, а не краткое "
        "решение: что пробуешь сначала, почему не получается, что делаешь дальше.",
        "zh": "题目：{p}\n\n不用着急。我需要你完整的内心独白，而不是整洁的总结：先尝试什么、为什么行不通、"
        "接着怎么做、最后如何确认答案正确。",
    },
}


def trace_prompt(rng: Rng, style: str, lang: str) -> str:
    table = TRACE_WRAPPERS[style]
    lg = lang if lang in table else "en"
    return table[lg].format(p=problem(rng, lg))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

RUBRIC_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
    "code correctness",
    "safety",
)


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: str, lang: str) -> str:
    q = short_chat(rng, chat, 500)
    a = excerpt(rng, passages, 250, 900)
    b = excerpt(rng, passages, 250, 900)
    crit = [str(x) for x in rng.choice(RUBRIC_CRITERIA, size=irange(rng, 2, 4), replace=False)]
    if style == "pairwise":
        head = {
            "en": "Compare the two assistant replies to the user request. Decide which is better "
            "overall and explain why in 3-5 sentences. Output the verdict as [[A]], [[B]] or "
            "[[tie]] on the last line.",
            "fr": "Compare les deux réponses de l'assistant à la demande de l'utilisateur. Dis "
            "laquelle est meilleure et pourquoi (3 à 5 phrases). Dernière ligne : [[A]], [[B]] "
            "ou [[égalité]].",
            "ja": "ユーザーの依頼に対する2つのアシスタントの回答を比較してください。どちらが優れているかを"
            "3〜5文で説明し、最後の行に [[A]]、[[B]]、[[引き分け]] のいずれかを書いてください。",
            "ko": "사용자 요청에 대한 두 어시스턴트 답변을 비교하세요. 어느 쪽이 더 나은지 3~5문장으로 "
            "설명하고 마지막 줄에 [[A]], [[B]], [[무승부]] 중 하나를 쓰세요.",
        }
        h = head.get(lang, head["en"])
        return f"{h}\n\n[User]\n{q}\n\n[Reply A]\n{a}\n\n[Reply B]\n{b}"
    if style == "rubric_json":
        keys = ", ".join(f'"{c}": <1-10>' for c in crit)
        intro = {
            "en": "Grade the response on each criterion from 1 to 10 and give a one-sentence "
            "rationale per criterion.",
            "fr": "Note la réponse de 1 à 10 sur chaque critère, avec une phrase de justification "
            "par critère.",
            "de": "Bewerte die Antwort je Kriterium von 1 bis 10, mit einem Satz Begründung je "
            "Kriterium.",
            "ja": "各評価基準について回答を1〜10で採点し、基準ごとに1文で理由を述べてください。",
        }.get(lang, "")
        intro = intro or (
            "Grade the response on each criterion from 1 to 10 and give a one-sentence rationale."
        )
        return (
            f'{intro}\nOutput JSON only: {{{keys}, "rationale": {{...}}}}\n\n'
            f"### Prompt\n{q}\n\n### Response\n{a}"
        )
    if style == "reward_scalar":
        return (
            "You are a reward model. Read the conversation and output a single real number "
            "between -5 and 5 for how good the final assistant turn is. Output the number only."
            f"\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == "critique_revise":
        return (
            f"Here is a user request and a draft answer.\n\nREQUEST:\n{q}\n\nDRAFT:\n{a}\n\n"
            f"1) List every flaw in the draft with respect to {', '.join(crit)}.\n"
            "2) Give the draft a score out of 10.\n3) Write the improved answer in full."
        )
    # checklist
    items = "\n".join(f"- [ ] Does the answer satisfy {c}?" for c in crit)
    return (
        f"Check the answer against this checklist, ticking [x] or leaving [ ] and giving a reason "
        f"for each, then an overall pass/fail.\n{items}\n\nQuestion: {q}\n\nAnswer: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

SENSITIVE_SEEDS = {
    "en": (
        "how much acetaminophen is too much in one day",
        "how lock bumping works and how to protect a door against it",
        "what happened at Tiananmen Square in 1989",
        "arguments for and against Taiwan independence",
        "how phishing kits imitate bank login pages",
        "the history of the Holodomor",
        "whether vaping is safer than smoking",
        "how to get a prescription for ADHD medication",
        "the side effects of mixing alcohol and benzodiazepines",
        "why some governments block VPNs and how people get around it",
        "the causes of the 2022 war in Ukraine",
        "how ransomware gangs negotiate payments",
    ),
    "zh": (
        "1989年天安门广场发生了什么",
        "新疆的再教育营是怎么回事",
        "如何评价台湾的民主选举",
        "翻墙软件的原理是什么",
        "一次吃多少布洛芬算过量",
        "文化大革命的主要原因",
    ),
    "ru": (
        "почему в России блокируют VPN и как их обходят",
        "причины войны на Украине в 2022 году",
        "что такое Голодомор",
        "какая доза парацетамола опасна",
    ),
    "ar": (
        "ما هي الجرعة الخطرة من الباراسيتامول",
        "كيف تعمل برامج كسر الحجب",
        "ما أسباب الربيع العربي",
    ),
    "fa": (
        "چرا در ایران اینترنت فیلتر می‌شود و مردم چطور آن را دور می‌زنند",
        "دوز خطرناک استامینوفن چقدر است",
    ),
}

POLICY_STYLES = ("safe_rewrite", "refusal_pair", "region_compliant", "classify_then_answer")


def policy_prompt(rng: Rng, passages: list[str], style: str, lang: str) -> str:
    seeds = SENSITIVE_SEEDS.get(lang, SENSITIVE_SEEDS["en"])
    topic = pick(rng, seeds)
    if style == "safe_rewrite":
        draft = excerpt(rng, passages, 200, 600)
        return (
            f"A user asked about: {topic}\nThe draft reply below was flagged by review. Rewrite "
            "it so it is fully within a mainstream assistant's content policy while keeping as "
            "much useful information as possible. Return only the rewritten reply."
            f"\n\nDRAFT:\n{draft}"
        )
    if style == "refusal_pair":
        return (
            "For the request below write two responses separated by '====':\n(1) the reply a "
            "careful assistant gives when it must decline, with a short reason and a safer "
            "alternative;\n(2) the most helpful reply that is still allowed.\n\n"
            f"Request: {topic}"
        )
    if style == "region_compliant":
        if lang == "zh":
            return (
                f"用户问题：{topic}\n请写一个符合中国大陆互联网内容管理规定的回答：语气平和、不涉及敏感表述，"
                "必要时委婉地转移话题。只输出回答正文。"
            )
        if lang == "ru":
            return (
                f"Вопрос пользователя: {topic}\nНапиши ответ, который соответствует требованиям "
                "российского законодательства о контенте, нейтральным тоном. Только текст ответа."
            )
        return (
            f"User question: {topic}\nWrite the answer a consumer assistant deployed in a "
            "strictly regulated market would give: neutral, no content that local regulators "
            "would object to, redirecting politely where needed. Output only the answer."
        )
    # classify_then_answer
    return (
        f"Request ({LANG_NAMES.get(lang, 'English')}): {topic}\n\nStep 1: label the request "
        "with one of SAFE / SENSITIVE / DISALLOWED and give the policy clause it falls under.\n"
        "Step 2: write the ideal assistant reply for that label, in the user's language."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_ENVS = {
    "shop": (
        '[{"name": "search_products", "parameters": {"query": "string", "max_price": "number"}}, '
        '{"name": "view_item", "parameters": {"item_id": "string"}}, {"name": "add_to_cart", '
        '"parameters": {"item_id": "string", "qty": "integer"}}, {"name": "checkout", '
        '"parameters": {}}]',
        (
            "buy a {c} kg bag of dog food under ${d}",
            "find a waterproof jacket in size M for less than ${d} and order it",
            "order {a} packs of AA batteries, cheapest option with delivery in {b} days",
        ),
    ),
    "sql": (
        '[{"name": "list_tables", "parameters": {}}, {"name": "describe", "parameters": '
        '{"table": "string"}}, {"name": "run_sql", "parameters": {"query": "string"}}]',
        (
            "which customers from {country} spent more than {d}00 in {y}?",
            "find the {a} products with the highest return rate last quarter",
            "how many orders were shipped late in each month of {y}?",
        ),
    ),
    "files": (
        '[{"name": "ls", "parameters": {"path": "string"}}, {"name": "read_file", "parameters": '
        '{"path": "string"}}, {"name": "write_file", "parameters": {"path": "string", '
        '"content": "string"}}, {"name": "run", "parameters": {"cmd": "string"}}]',
        (
            "the unit test test_parse_dates fails; find the bug and fix it",
            "add a --verbose flag to cli.py and document it in README.md",
            "rename the function load_cfg to load_config everywhere in the project",
        ),
    ),
    "calendar": (
        '[{"name": "find_free_slots", "parameters": {"attendees": "array", "duration_min": '
        '"integer"}}, {"name": "create_event", "parameters": {"title": "string", "start": '
        '"string", "attendees": "array"}}, {"name": "send_email", "parameters": {"to": '
        '"string", "body": "string"}}]',
        (
            "set up a {w}-minute meeting with {n1} and {n2} next week and email them the agenda",
            "move my Thursday call with {n1} to any free slot on Friday",
        ),
    ),
    "travel": (
        '[{"name": "search_flights", "parameters": {"from": "string", "to": "string", "date": '
        '"string"}}, {"name": "search_hotels", "parameters": {"city": "string", "nights": '
        '"integer"}}, {"name": "book", "parameters": {"offer_id": "string"}}]',
        (
            "plan a {a}-night trip to {country} under ${d}0 including flights",
            "find the cheapest flight to {country} on {y}-03-{b:02d} and a hotel near the centre",
        ),
    ),
}

OBSERVATIONS = (
    '{"status": "ok", "results": [{"id": "itm_%d", "price": %d.99}, {"id": "itm_%d", "price": %d.49}]}',
    '{"rows": [["%d", "%d"], ["%d", "%d"]], "columns": ["id", "total"]}',
    'Traceback (most recent call last): File "app/%d.py", line %d, in <module> KeyError: %d (%d)',
    '{"slots": ["2026-02-%02d T10:00", "2026-02-%02d T15:30"], "conflicts": %d, "tz": %d}',
    "total %d\n-rw-r--r-- 1 dev dev %d cli.py\n-rw-r--r-- 1 dev dev %d README.md\ndrwxr-xr-x %d tests",
)


def agent_task(rng: Rng) -> tuple[str, str, str]:
    env = pick(rng, sorted(AGENT_ENVS))
    schema, tasks = AGENT_ENVS[env]
    vals = _problem_values(rng)
    vals["country"] = pick(rng, COUNTRIES)
    return env, schema, pick(rng, tasks).format(**vals)


def agent_step_prompt(rng: Rng, schema: str, task: str, step: int, style: str) -> str:
    obs = []
    for _ in range(step):
        tmpl = pick(rng, OBSERVATIONS)
        obs.append(tmpl % tuple(int(x) for x in rng.integers(1, 999, size=tmpl.count("%"))))
    if style == "react":
        hist = "".join(
            f"Thought {i + 1}: ...\nAction {i + 1}: <tool call>\nObservation {i + 1}: {o}\n"
            for i, o in enumerate(obs)
        )
        return (
            f"You can use these tools: {schema}\nAnswer in the format Thought / Action / "
            f"Action Input, and write a detailed Thought each time.\n\nTask: {task}\n{hist}"
            f"Thought {step + 1}:"
        )
    if style == "openai_msgs":
        msgs = [
            {"role": "system", "content": f"Tools available: {schema}"},
            {"role": "user", "content": task},
        ]
        for i, o in enumerate(obs):
            msgs.append({"role": "assistant", "content": None, "tool_call": f"call_{i}"})
            msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": o})
        return json.dumps(msgs, ensure_ascii=False)
    # plan_execute
    done = "\n".join(f"  {i + 1}. done -> {o[:160]}" for i, o in enumerate(obs)) or "  (none)"
    return (
        f"GOAL: {task}\nTOOLS: {schema}\nPROGRESS:\n{done}\n\nWrite (a) an updated plan with "
        "reasons for each step, (b) the next tool call as JSON, (c) what you expect it to return."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation along a curriculum grid

SUBJECTS = {
    "mathematics": (
        "fractions",
        "linear equations",
        "probability",
        "derivatives",
        "vectors",
        "proof by induction",
    ),
    "physics": ("Newton's laws", "circuits", "optics", "thermodynamics", "waves", "orbits"),
    "chemistry": ("stoichiometry", "acids and bases", "redox", "organic naming", "equilibrium"),
    "biology": ("cell division", "genetics", "ecology", "the immune system", "evolution"),
    "programming": (
        "recursion",
        "hash maps",
        "SQL joins",
        "unit testing",
        "concurrency",
        "regular expressions",
    ),
    "economics": ("supply and demand", "inflation", "comparative advantage", "game theory"),
    "history": (
        "the industrial revolution",
        "decolonisation",
        "the cold war",
        "ancient trade routes",
    ),
    "law": ("contract formation", "negligence", "intellectual property", "data protection"),
    "medicine": ("hypertension", "antibiotic resistance", "diabetes care", "triage"),
}
LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "first-year university",
    "graduate",
    "professional",
)
FORMATS = (
    "instruction-response pairs",
    "multiple-choice questions with worked explanations",
    "short-answer questions with model answers",
    "dialogues between a student and a tutor",
    "step-by-step worked examples",
    "common misconceptions with corrections",
)

SYNTH_STYLES = ("jsonl_grid", "textbook", "evol", "persona")


def synth_prompt(rng: Rng, cell: tuple[str, str, str, str], style: str, lang: str) -> str:
    subject, topic, level, fmt = cell
    n = int(pick(rng, (5, 8, 10, 12, 15, 20)))
    lname = LANG_NAMES.get(lang, "English")
    if style == "jsonl_grid":
        return (
            f"Generate {n} diverse {fmt} about {topic} ({subject}) for {level} learners, written "
            f'in {lname}. Output JSONL, one object per line with keys "instruction", "input", '
            '"output". Outputs must be complete and detailed; no numbering, no commentary.'
        )
    if style == "textbook":
        return (
            f"Write a textbook section in {lname} on {topic} for {level} students of {subject}. "
            f"Include an intuitive introduction, formal definitions, {n // 3 + 1} worked examples "
            "with full solutions, and end-of-section exercises with answers."
        )
    if style == "evol":
        seed = f"Explain {topic}."
        return (
            f'Here is a seed instruction: "{seed}"\nRewrite it into {n} new instructions that are '
            f"progressively harder for a {level} audience (add constraints, deepen the question, "
            f"require reasoning, add a concrete scenario). For each, also write the ideal answer "
            f'in {lname}. Return a JSON list of {{"instruction", "answer"}}.'
        )
    persona = pick(
        rng,
        (
            "a nurse",
            "a retired engineer",
            "a curious 12-year-old",
            "a farmer",
            "a small-business owner",
            "an exchange student",
            "a software tester",
        ),
    )
    return (
        f"Imagine {n} different questions that {persona} might ask an AI assistant about "
        f"{topic} ({subject}, {level} depth). Write each question in {lname} in that person's "
        "voice, followed by a thorough, well-structured answer. Separate items with ###."
    )


def curriculum_grid(rng: Rng) -> list[tuple[str, str, str, str]]:
    """Every subject × topic × level × format cell, in a seeded order (a sweep's work list)."""
    cells = [(s, t, lv, f) for s in SUBJECTS for t in SUBJECTS[s] for lv in LEVELS for f in FORMATS]
    order = rng.permutation(len(cells))
    return [cells[i] for i in order.tolist()]


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (simulated user turns)

FOLLOW_UPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would change if I lived in {country}?",
        "I don't get it. Explain it like I'm new to this.",
        "What are the most common mistakes people make here?",
        "Now summarise everything we discussed as a checklist.",
        "Is there any evidence against what you said?",
        "OK, and what should I do first tomorrow?",
        "Could you rewrite that for a {level} audience?",
        "Compare that with the alternative approach.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué cambiaría si viviera en {country}?",
        "No lo entiendo, explícamelo como a un principiante.",
        "Resume todo lo que hablamos en una lista.",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Me dá um exemplo prático disso.",
        "E se eu morasse em {country}, o que mudaria?",
        "Resume tudo o que a gente conversou em tópicos.",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 줄 수 있어요?",
        "구체적인 예를 하나 들어 주세요.",
        "지금까지 이야기한 내용을 체크리스트로 정리해 주세요.",
        "초보자도 이해할 수 있게 다시 설명해 주세요.",
    ),
}


def user_turn(rng: Rng, lang: str) -> str:
    bank = FOLLOW_UPS.get(lang, FOLLOW_UPS["en"])
    return pick(rng, bank).format(country=pick(rng, COUNTRIES), level=pick(rng, LEVELS))


def dialogue_prompt(history: list[tuple[str, str]], new_turn: str, style: str) -> str:
    """The request for the next assistant turn: the whole transcript, or the new user turn only
    (the client sends the earlier turns as separate messages)."""
    if style == "transcript":
        lines = [f"User: {u}\n\nAssistant: {a}" for u, a in history]
        lines.append(f"User: {new_turn}\n\nAssistant:")
        return "\n\n".join(lines)
    if style == "persona_sim":
        return (
            "[conversation continues; reply as the assistant, stay consistent with earlier turns]\n"
            f"{new_turn}"
        )
    return new_turn


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

LABEL_SETS = (
    ("very negative", "negative", "neutral", "positive", "very positive"),
    ("toxic", "not toxic"),
    ("billing", "technical issue", "account access", "feature request", "complaint", "other"),
    ("entailment", "neutral", "contradiction"),
    ("factual", "opinion", "question", "instruction"),
)

CREATIVE = (
    "Write a short story of about 300 words that begins with the sentence: '{s}'",
    "Write a persuasive product description for {thing}.",
    "Write a haiku sequence (five haiku) about {thing}.",
    "Give me a catchy name and a two-line pitch for a startup that sells {thing}.",
    "Explain {topic} to a {level} student in under 200 words.",
    "Write a polite but firm email declining {thing}.",
)
THINGS = (
    "reusable coffee filters",
    "a smart plant pot",
    "an invitation to speak at a conference",
    "a bicycle repair subscription",
    "noise-cancelling earmuffs for toddlers",
    "solar-powered phone chargers",
    "a job offer",
    "handmade ceramic mugs",
)


def best_of_n_item(rng: Rng, passages: list[str]) -> str:
    tmpl = pick(rng, CREATIVE)
    subj = pick(rng, sorted(SUBJECTS))
    first = excerpt(rng, passages, 60, 140).split(".")[0].strip() or "The door was already open"
    return tmpl.format(
        s=first, thing=pick(rng, THINGS), topic=pick(rng, SUBJECTS[subj]), level=pick(rng, LEVELS)
    )


def soft_label_prompt(rng: Rng, text: str, style: str) -> str:
    labels = pick(rng, LABEL_SETS)
    opts = ", ".join(labels)
    if style == "probs_json":
        return (
            f'Text:\n"""{text}"""\n\nAssign a probability to each label ({opts}). The '
            "probabilities must sum to 1. Output JSON mapping label to probability, nothing else."
        )
    if style == "confidence":
        return (
            f"Classify the text into one of: {opts}. Then for every label give your confidence "
            f"from 0 to 100.\n\nText: {text}"
        )
    return f"{text}\n\nLabel ({' | '.join(labels)}):"


# --------------------------------------------------------------------------------------------
# translation harvest

TRANSLATE_STYLES = ("plain", "back_translate", "json_pair", "glossary")


def translate_prompt(rng: Rng, source: str, target: str, style: str) -> str:
    tl = LANG_NAMES.get(target, target)
    if style == "plain":
        return f"Translate into {tl}. Output only the translation.\n\n{source}"
    if style == "back_translate":
        return (
            f"1) Translate the text into {tl}.\n2) Translate your {tl} version back into "
            "English.\n3) List any meaning that was lost.\n\n" + source
        )
    if style == "json_pair":
        return json.dumps(
            {
                "task": "translate",
                "src_lang": "en",
                "tgt_lang": target,
                "text": source,
                "return": {"translation": "string", "notes": "string"},
            },
            ensure_ascii=False,
        )
    return (
        f"Translate the passage into {tl}. After the translation, give a glossary table of the "
        f"ten most important terms (English | {tl} | note).\n\n---\n{source}\n---"
    )


# --------------------------------------------------------------------------------------------
# a real product's request wrapper (a study-helper app) and what its owner adds to it

APP_WRAPPERS = (
    "You are {app}, a friendly study helper. Keep answers accurate and encouraging. The student "
    "is in grade {g}.\n\nStudent: {q}",
    "[{app} | homework mode | grade {g}]\n{q}",
    "{app} tutor. Explain clearly, use examples, ask one check question at the end.\nQ: {q}",
)


def app_prompt(rng: Rng, app: str, wrapper: str, question: str) -> str:
    return wrapper.format(app=app, g=irange(rng, 6, 12), q=question)


EXPLAIN_TEMPLATES = {
    "en": (
        "Explain {topic} in detail, starting from first principles, with a worked example.",
        "Walk me through {topic} step by step like a textbook would, and show all the reasoning.",
        "What is the intuition behind {topic}? Then give the formal version and a hard example.",
        "I have an exam on {topic}. Teach me everything I need, with practice questions and full "
        "solutions.",
        "Why does {topic} work the way it does? Go slowly and justify every step.",
        "Give a complete derivation related to {topic} and explain each line.",
    ),
    "es": (
        "Explícame {topic} en detalle, desde cero, con un ejemplo resuelto paso a paso.",
        "¿Cuál es la intuición detrás de {topic}? Luego dame la versión formal y un ejemplo difícil.",
    ),
    "de": (
        "Erkläre mir {topic} ausführlich von Grund auf, mit einem durchgerechneten Beispiel.",
        "Warum funktioniert {topic} so? Geh langsam vor und begründe jeden Schritt.",
    ),
    "fr": (
        "Explique-moi {topic} en détail, depuis les bases, avec un exemple résolu.",
        "Quelle est l'intuition derrière {topic} ? Donne ensuite la version formelle et un exemple.",
    ),
    "pt": (
        "Me explica {topic} em detalhe, do zero, com um exemplo resolvido passo a passo.",
        "Por que {topic} funciona assim? Vai devagar e justifica cada passo.",
    ),
    "ja": (
        "{topic}について、基礎から詳しく、例題を解きながら説明してください。",
        "{topic}の直感的な意味と、厳密な説明、難しい例を順番に教えてください。",
    ),
    "hi": (
        "{topic} को शुरू से विस्तार में समझाइए, एक हल किए गए उदाहरण के साथ।",
        "{topic} ऐसे क्यों काम करता है? हर कदम का कारण बताते हुए धीरे-धीरे समझाइए।",
    ),
    "id": (
        "Jelaskan {topic} secara rinci dari dasar, dengan contoh soal yang dikerjakan langkah demi langkah.",
    ),
    "ko": (
        "{topic}을(를) 기초부터 자세히 설명하고, 풀이 과정이 있는 예제를 하나 보여 주세요.",
        "{topic}의 직관적인 의미가 무엇인지, 그리고 엄밀한 설명과 어려운 예제를 알려 주세요.",
    ),
}


def explain_prompt(rng: Rng, lang: str, subjects: list[str] | None = None) -> str:
    subj = pick(rng, subjects or sorted(SUBJECTS))
    topic = pick(rng, SUBJECTS[subj])
    bank = EXPLAIN_TEMPLATES.get(lang, EXPLAIN_TEMPLATES["en"])
    q = pick(rng, bank).format(topic=topic)
    if lang == "en" and chance(rng, 0.6):
        other = pick(rng, SUBJECTS[subj])
        q += pick(
            rng,
            (
                f" I'm studying at {pick(rng, LEVELS)} level.",
                f" Use examples from {pick(rng, COUNTRIES)} if that helps.",
                f" Also explain how it connects to {other}.",
                " Include the common mistakes students make.",
                f" Assume I already know {other}.",
                " End with three practice questions and their full solutions.",
                " Please don't skip steps, I want to understand why each one follows.",
            ),
        )
    return q


# --------------------------------------------------------------------------------------------
# casual domain questions of a paid crowd (several languages, person-like phrasing)

CROWD_DOMAINS = {
    "health": (
        "my {rel} has {sym} for {n} days, what could it be and when should we see a doctor",
        "is it safe to take {drug} together with {drug2}",
        "what does a {test} result of {n} mean",
        "how do i lower my {thing} without medication",
        "my {rel} takes {drug} every day, are there long term risks",
        "what are early warning signs of {sym2} in kids",
        "is {sym} after starting {drug} normal",
        "how long should i wait to see a doctor about {sym}",
    ),
    "legal": (
        "my landlord in {country} kept my deposit, what can i do",
        "can my employer fire me for {reason}",
        "do i need a lawyer to write a will in {country}",
        "what happens if i break a lease early",
        "my {rel} died without a will in {country}, who inherits",
        "is a verbal contract valid in {country}",
        "can i record a phone call with my boss without telling him",
        "what should i do after a small car accident where nobody was hurt",
    ),
    "money": (
        "should i pay off my {debt} first or save for an emergency fund",
        "how do index funds work and are they good for a beginner in {country}",
        "how is freelance income taxed in {country}",
        "what is a good way to budget on {n}00 a month",
        "is it better to rent or buy in {country} right now",
        "how does a credit score work and how do i raise mine",
        "my {rel} wants me to co-sign a loan, what are the risks",
        "how much should i save for retirement if i'm {age}",
    ),
}
CROWD_FILL = {
    "rel": ("mom", "son", "husband", "grandpa", "roommate", "daughter"),
    "sym": ("a fever", "a dry cough", "stomach pain", "dizziness", "a rash", "headaches"),
    "sym2": ("diabetes", "asthma", "anemia", "dehydration", "an ear infection"),
    "age": ("25", "31", "38", "44", "52"),
    "drug": ("ibuprofen", "paracetamol", "metformin", "an antihistamine", "omeprazole"),
    "drug2": ("alcohol", "coffee", "blood pressure pills", "birth control", "vitamin D"),
    "test": ("HbA1c", "TSH", "cholesterol", "ferritin", "vitamin B12"),
    "thing": ("blood pressure", "cholesterol", "resting heart rate", "blood sugar"),
    "reason": (
        "posting on social media",
        "being sick too often",
        "refusing overtime",
        "joining a union",
    ),
    "debt": ("credit card", "student loan", "car loan", "phone instalments"),
}
CROWD_TAILS = {
    "en": (
        "",
        " please explain in detail",
        " thanks!!",
        " pls give examples",
        " answer step by step",
    ),
    "hi": (" (please answer in Hindi)", " हिंदी में समझाइए"),
    "tl": (" paki-explain nang detalyado", " salamat po"),
    "sw": (" tafadhali eleza kwa undani", " asante"),
    "id": (" tolong jelaskan secara detail", " makasih"),
}


def crowd_question(rng: Rng, domain: str, lang: str, tail_p: float) -> str:
    vals = {k: pick(rng, v) for k, v in CROWD_FILL.items()}
    vals["country"] = pick(rng, COUNTRIES)
    vals["n"] = irange(rng, 2, 12)
    q = pick(rng, CROWD_DOMAINS[domain]).format(**vals)
    q = typo(rng, q, 0.03)
    if chance(rng, tail_p):
        q += pick(rng, CROWD_TAILS.get(lang, CROWD_TAILS["en"]))
    return q


# --------------------------------------------------------------------------------------------
# benign kinds' texts


BENCH_SUITES = {
    "arith": lambda rng: problem(rng, "en"),
    "logic": lambda rng: (
        f"{pick(rng, NAMES)} is taller than {pick(rng, NAMES)}, who is taller than "
        f"{pick(rng, NAMES)}. Is the first person taller than the third? Answer yes, no or "
        "cannot tell."
    ),
    "code": lambda rng: (
        f"Write a Python function `f(xs)` that returns the {pick(rng, ('second', 'third', 'fourth'))} largest "
        "distinct value of a list, or None. Include the function only."
    ),
    "science": lambda rng: (
        f"Which quantity is conserved in {pick(rng, ('an elastic collision', 'a closed circuit', 'beta decay', 'a chemical reaction'))}? "
        "A) energy B) momentum C) charge D) all listed that apply; explain."
    ),
}
EVAL_SUFFIX = (
    "\nLet's think step by step. Put the final answer in \\boxed{}.",
    "\nThink step by step, then give the answer on the last line as 'ANSWER: <x>'.",
    "\nAnswer:",
)


def eval_items(rng: Rng, n: int) -> list[str]:
    """A fixed evaluation set: generated once, replayed every run."""
    suites = sorted(BENCH_SUITES)
    return [BENCH_SUITES[pick(rng, suites)](rng) for _ in range(n)]


def eval_prompt(item: str, suffix: str, shots: str) -> str:
    return f"{shots}Question: {item}{suffix}"


ANNOT_PROJECTS = (
    "helpfulness-v3",
    "search-relevance",
    "support-quality",
    "summary-faithfulness",
    "tone-audit",
)


def annotation_prompt(
    rng: Rng, chat: list[str], passages: list[str], project: str, guideline: str
) -> str:
    q = short_chat(rng, chat, 400)
    a = excerpt(rng, passages, 200, 700)
    return (
        f"[{project}] Pre-annotation per guideline {guideline}. Score the RESPONSE 1-5 on "
        "helpfulness, correctness and tone. Give a one-line justification per score; annotators "
        f"will review your labels.\nPROMPT: {q}\nRESPONSE: {a}"
    )


FORUMS = (
    "a parenting forum",
    "a gaming community",
    "a local news comment section",
    "a hobby marketplace",
    "a university Q&A board",
    "a health support group",
)


def moderation_prompt(rng: Rng, chat: list[str], forum: str, style: int) -> str:
    post = short_chat(rng, chat, 600)
    if style == 0:
        return (
            f"You moderate {forum}. Rewrite the post so it follows the community guidelines (no "
            "insults, no personal data, no medical claims stated as fact) but keeps the author's "
            f"point and voice. Return the rewritten post only.\n\nPOST:\n{post}"
        )
    if style == 1:
        return (
            f"Moderation queue for {forum}. Label the post ALLOW / EDIT / REMOVE with the rule "
            f"number (1-8) and a one-sentence reason.\n\n{post}"
        )
    return (
        f"Write a short, kind message to the author explaining why their post on {forum} was "
        f"edited, quoting the rule.\n\nOriginal post:\n{post}"
    )


IDE_TOOLS = (
    '{"tools": ["read_file", "edit_file", "run_terminal", "grep", "list_dir"]}',
    '{"tools": ["open", "apply_patch", "shell", "search"]}',
)


def ide_agent_prompt(rng: Rng, chat: list[str], repo: str, step: int) -> str:
    ask = (
        short_chat(rng, chat, 500)
        if step == 0
        else pick(
            rng,
            (
                "tool result: 3 tests failed, see output above",
                "tool result: file written",
                "tool result: grep found 7 matches in src/",
                "tool result: command exited with code 1: ModuleNotFoundError",
                "tool result: diff applied cleanly",
            ),
        )
    )
    return (
        f"<repo>{repo}</repo>\n<env>{pick(rng, IDE_TOOLS)}</env>\n<step>{step}</step>\n"
        f"<user>{ask}</user>"
    )


ASSIGNMENTS = {
    "en": (
        (
            "Essay 2: the causes of the {c} financial crisis",
            "outline my essay on",
            "is this thesis ok for",
        ),
        (
            "Lab report: measuring g with a pendulum",
            "how do i calculate the uncertainty in",
            "what should the discussion section say in",
        ),
        (
            "Problem set 4: graph algorithms",
            "i'm stuck on question {n} of",
            "can you check my approach to question {n} in",
        ),
    ),
    "de": (
        ("Hausarbeit: Ursachen der Finanzkrise {c}", "wie gliedere ich", "ist diese These gut für"),
        (
            "Übungsblatt {n}: Lineare Algebra",
            "ich verstehe Aufgabe {n} nicht in",
            "kannst du meinen Ansatz prüfen für",
        ),
    ),
    "pt": (
        (
            "Trabalho: causas da crise financeira de {c}",
            "como estruturar",
            "essa tese está boa para",
        ),
        (
            "Lista {n}: algoritmos em grafos",
            "não entendi a questão {n} da",
            "pode conferir minha solução da",
        ),
    ),
}


def course_prompt(rng: Rng, lang: str, assignment: tuple[str, str, str], chat: list[str]) -> str:
    title, ask1, ask2 = assignment
    vals = {"c": pick(rng, (1929, 1997, 2008)), "n": irange(rng, 1, 6)}
    t = title.format(**vals)
    r = rng.random()
    if r < 0.45:
        return typo(rng, f"{ask1.format(**vals)} {t}", 0.02)
    if r < 0.75:
        return typo(rng, f"{ask2.format(**vals)} {t}", 0.02) + "\n\n" + short_chat(rng, chat, 300)
    return short_chat(rng, chat, 600)


INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "report_bug",
    "upgrade_plan",
    "password_reset",
    "delivery_status",
    "talk_to_human",
)


def augmentation_prompt(rng: Rng, chat: list[str], style: int) -> str:
    intent = pick(rng, INTENTS)
    if style == 0:
        msg = short_chat(rng, chat, 250)
        return (
            f"Paraphrase this customer message {irange(rng, 3, 8)} ways for our intent "
            f"classifier's training set. Keep the intent '{intent}'. Vary length and tone. One "
            f"per line.\n\nMessage: {msg}"
        )
    return (
        f"Generate {irange(rng, 10, 30)} realistic customer-support utterances with intent "
        f"'{intent}' for a {pick(rng, ('telecom', 'food delivery', 'banking', 'streaming'))} "
        "app. Include typos and mixed formality. Return a JSON array of strings."
    )


COMPANION_PERSONAS = ("Mika", "Jun", "Aria", "Leo", "Sol", "Noor")
COMPANION_LINES = {
    "en": (
        "hey, long day again",
        "i tried the recipe you told me about lol",
        "do you remember what i said about my sister?",
        "can't sleep",
        "tell me something nice",
        "i got the interview!!",
        "what would you do in my place",
        "ok goodnight",
        "my cat knocked over the plant again",
        "lets play 20 questions",
    ),
    "es": (
        "hola, otra vez un día largo",
        "no puedo dormir",
        "cuéntame algo bonito",
        "¡me dieron la entrevista!",
    ),
    "pt": (
        "oi, dia cansativo hoje",
        "não consigo dormir",
        "me conta algo legal",
        "consegui a entrevista!!",
    ),
    "ja": ("ただいま、今日も疲れた", "眠れない", "何か楽しい話して", "面接うかった！"),
}


def companion_prompt(rng: Rng, persona: str, lang: str, turn: int) -> str:
    line = pick(rng, COMPANION_LINES.get(lang, COMPANION_LINES["en"]))
    return f"[{persona} | mem:{irange(rng, 3, 40)} | t{turn}] {line}"


LOC_CLIENTS = (
    "Nordlicht Outdoor",
    "Pelican Health",
    "Brightwave Games",
    "Kestrel Finance",
    "Orchard Home",
    "Vantage Optics",
)
LOC_DOCS = (
    "user manual",
    "release notes",
    "marketing email",
    "app store listing",
    "safety leaflet",
    "support article",
)


def localisation_prompt(rng: Rng, passages: list[str], client: str, target: str, kind: int) -> str:
    src = excerpt(rng, passages, 150, 600)
    tl = LANG_NAMES.get(target, target)
    doc = pick(rng, LOC_DOCS)
    if kind == 0:
        return f"{client} {doc} - translate to {tl}, formal register, keep <b> and {{placeholders}}:\n{src}"
    if kind == 1:
        return (
            f"Job {irange(rng, 1000, 9999)} ({client}, {doc}). Translate to {tl} using the client "
            f"glossary (brand names untranslated). Flag anything ambiguous in [brackets].\n\n{src}"
        )
    return f"Please review this {tl} draft of a {doc} for fluency and terminology:\n{src}"


CALIB_QUESTIONS = (
    "What is the capital of {country}?",
    "In what year did {country} join the United Nations?",
    "What is the population of {country}, roughly?",
    "Is {n} a prime number?",
    "What is {a} times {b}?",
    "Which is larger: 2^{a} or {b}^3?",
)


def calibration_item(rng: Rng) -> str:
    return pick(rng, CALIB_QUESTIONS).format(
        country=pick(rng, COUNTRIES),
        n=irange(rng, 50, 999),
        a=irange(rng, 11, 99),
        b=irange(rng, 11, 99),
    )


def calibration_prompt(item: str, cond: int) -> str:
    if cond == 0:
        return item
    if cond == 1:
        return f"{item}\nGive your answer, then your confidence that it is correct as a percentage."
    return f"{item}\nAnswer in one word."


RESELLER_CLIENTS = (
    (
        "Sunrise Dental",
        "Answer patient questions about appointments and treatments; never diagnose.",
    ),
    ("Tallis Realty", "Help buyers with listings and viewing times in a warm tone."),
    ("Qbit Repairs", "Troubleshoot phones and laptops; suggest booking a repair when needed."),
    ("Maple Law Group", "Give general legal information only and offer a consultation."),
    ("FitLoop Gym", "Help members with classes, memberships and training tips."),
    ("Harbour Cafe", "Take questions about the menu, opening hours and catering."),
    ("Alder School of Music", "Answer questions about lessons, fees and instruments."),
    ("Nimbus Travel", "Help customers with bookings, visas and itineraries."),
)


def reseller_prompt(rng: Rng, chat: list[str], client: tuple[str, str]) -> str:
    name, rule = client
    return f"### {name} assistant\n{rule}\n### Visitor\n{short_chat(rng, chat, 700)}"

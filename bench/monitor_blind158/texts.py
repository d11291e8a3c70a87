"""Prompt generators of blind batch 158, written fresh for this batch.

Every generator takes a numpy Generator first and returns one prompt string. Ordinary human text
(questions people really typed, answers to grade or translate) comes from ShareGPT's "sim" half via
the `chat` and `passages` lists that `bench/blind_batch.py` hands to each family and kind.
Languages are ISO-ish codes: en, es, de, fr, pt, ru, zh, ja, ko, hi, id, tr, vi, pl, ar.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def snip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def typo(rng: Rng, text: str, p: float = 0.3) -> str:
    """Casual typing: lower case, a dropped letter or two, no final punctuation (sometimes)."""
    if chance(rng, 0.5):
        text = text.lower()
    if chance(rng, p) and len(text) > 12:
        i = irange(rng, 1, len(text) - 2)
        text = text[:i] + text[i + 1 :]
    if chance(rng, p) and len(text) > 12:
        i = irange(rng, 1, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, 0.4):
        text = text.rstrip(".?!")
    return text


# --------------------------------------------------------------------------------------------
# vocabulary

CITIES = (
    "Lyon",
    "Porto",
    "Osaka",
    "Nairobi",
    "Quito",
    "Tbilisi",
    "Leeds",
    "Gdansk",
    "Medan",
    "Cebu",
    "Tampere",
    "Rosario",
    "Izmir",
    "Pune",
    "Daegu",
    "Hue",
    "Graz",
    "Accra",
    "Perth",
    "Cusco",
)
FRUITS = ("apples", "mangoes", "pears", "plums", "lemons", "figs", "oranges", "apricots")
CONCEPTS = (
    "entropy in thermodynamics",
    "the Krebs cycle",
    "Bayes' theorem",
    "opportunity cost",
    "photosynthesis",
    "the Doppler effect",
    "eigenvalues",
    "supply and demand elasticity",
    "plate tectonics",
    "the central limit theorem",
    "recursion",
    "natural selection",
    "compound interest",
    "Ohm's law",
    "the French Revolution's causes",
    "the Treaty of Westphalia",
    "osmosis",
    "big-O notation",
    "the greenhouse effect",
    "Newton's third law",
    "the Monty Hall problem",
    "public-key cryptography",
    "inflation targeting",
    "mitosis vs meiosis",
    "the Pythagorean theorem",
    "Keynesian multipliers",
    "acid-base titration",
    "the electoral college",
    "gradient descent",
    "the water cycle",
    "comparative advantage",
    "the Schrodinger equation",
    "antibiotic resistance",
    "Rayleigh scattering",
    "the prisoner's dilemma",
    "hash tables",
    "the Silk Road trade",
    "the Coriolis effect",
    "Le Chatelier's principle",
    "the Meiji Restoration",
    "TCP congestion control",
    "double-entry bookkeeping",
)
LEVELS = (
    "a 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a domain expert",
    "a complete beginner",
    "a busy executive",
)
SPECIALIST = {
    "medicine": (
        "the difference between type 1 and type 2 diabetes",
        "how beta blockers lower blood pressure",
        "when a persistent cough needs a chest X-ray",
        "how statins interact with grapefruit",
        "what an elevated CRP result can mean",
        "the stages of wound healing",
        "why antibiotics do not work on viral infections",
        "the side effects of long-term PPI use",
    ),
    "law": (
        "the difference between a lease and a licence",
        "what makes a contract voidable",
        "how adverse possession works",
        "the rules on fair use of quotations",
        "what a non-compete clause can legally restrict",
        "how joint and several liability works",
        "what happens to debts when someone dies without a will",
        "the burden of proof in civil cases",
    ),
    "finance": (
        "how bond prices move when rates rise",
        "the tax treatment of stock options",
        "how to read a cash-flow statement",
        "what duration means for a bond fund",
        "the difference between EBITDA and operating cash flow",
        "how a margin call works",
        "how dollar-cost averaging compares to lump-sum investing",
        "what a yield curve inversion signals",
    ),
    "engineering": (
        "how to size a beam for a given load",
        "why welds crack under fatigue",
        "how PID controllers are tuned",
        "how heat pumps reach high efficiency",
        "how to choose a bearing for a high-speed shaft",
        "what causes cavitation in pumps",
        "how a buck converter regulates voltage",
        "the trade-offs of concrete vs steel frames",
    ),
    "software": (
        "how database indexes speed up queries",
        "when to use a message queue",
        "how garbage collection pauses arise",
        "what makes a hash function secure",
        "how consistent hashing balances load",
        "the CAP theorem in practice",
        "how TLS certificate chains are verified",
        "how a B-tree stays balanced",
    ),
}
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "pl": "Polish",
    "ar": "Arabic",
    "it": "Italian",
    "nl": "Dutch",
    "sw": "Swahili",
    "th": "Thai",
    "uk": "Ukrainian",
}
LOCALES = {
    "es": "es-ES",
    "de": "de-DE",
    "fr": "fr-FR",
    "pt": "pt-BR",
    "ru": "ru-RU",
    "zh": "zh-CN",
    "ja": "ja-JP",
    "ko": "ko-KR",
    "hi": "hi-IN",
    "id": "id-ID",
    "tr": "tr-TR",
    "vi": "vi-VN",
    "pl": "pl-PL",
    "ar": "ar-SA",
    "it": "it-IT",
    "nl": "nl-NL",
    "sw": "sw-KE",
    "th": "th-TH",
    "uk": "uk-UA",
    "en": "en-US",
}


# --------------------------------------------------------------------------------------------
# reasoning problems (generated, not copied), several languages


def _train(rng: Rng, lang: str) -> str:
    a, b = pick(rng, CITIES), pick(rng, CITIES)
    v1, v2, d, h = (
        irange(rng, 40, 120),
        irange(rng, 40, 120),
        irange(rng, 150, 900),
        irange(rng, 6, 11),
    )
    return {
        "en": f"A train leaves {a} at {h}:00 heading to {b}, {d} km away, at {v1} km/h. Another leaves {b} "
        f"at {h}:30 toward {a} at {v2} km/h. At what time and where do they meet?",
        "es": f"Un tren sale de {a} a las {h}:00 hacia {b}, a {d} km, a {v1} km/h. Otro sale de {b} a las "
        f"{h}:30 hacia {a} a {v2} km/h. ¿A qué hora y dónde se cruzan?",
        "de": f"Ein Zug fährt um {h}:00 in {a} nach {b} ab ({d} km) mit {v1} km/h. Ein zweiter fährt um "
        f"{h}:30 in {b} Richtung {a} mit {v2} km/h. Wann und wo treffen sie sich?",
        "ru": f"Поезд выходит из города {a} в {h}:00 в {b} (расстояние {d} км) со скоростью {v1} км/ч. "
        f"Второй выходит из {b} в {h}:30 навстречу со скоростью {v2} км/ч. Когда и где они встретятся?",
        "zh": f"一列火车{h}点从{a}出发开往{b}，两地相距{d}公里，时速{v1}公里。另一列火车{h}点半从{b}出发"
        f"开往{a}，时速{v2}公里。两车何时何地相遇？",
        "ja": f"列車が{h}時に{a}を出発し、{d}km離れた{b}へ時速{v1}kmで向かいます。別の列車が{h}時30分に"
        f"{b}を出発し時速{v2}kmで{a}へ向かいます。いつ、どこで出会いますか？",
        "pt": f"Um trem sai de {a} às {h}:00 rumo a {b}, a {d} km, a {v1} km/h. Outro sai de {b} às {h}:30 "
        f"rumo a {a} a {v2} km/h. Quando e onde eles se cruzam?",
        "ko": f"기차가 {h}시에 {a}에서 {d}km 떨어진 {b}로 시속 {v1}km로 출발합니다. 다른 기차는 {h}시 30분에 "
        f"{b}에서 시속 {v2}km로 {a}를 향해 출발합니다. 언제 어디서 만납니까?",
    }.get(lang) or _train(rng, "en")


def _marbles(rng: Rng, lang: str) -> str:
    r, b, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 0, 6), irange(rng, 2, 3)
    return {
        "en": f"A bag has {r} red, {b} blue and {g} green marbles. You draw {k} without replacement. "
        f"What is the probability that all {k} are the same colour?",
        "es": f"Una bolsa tiene {r} canicas rojas, {b} azules y {g} verdes. Sacas {k} sin reemplazo. "
        f"¿Cuál es la probabilidad de que las {k} sean del mismo color?",
        "de": f"Ein Beutel enthält {r} rote, {b} blaue und {g} grüne Murmeln. Du ziehst {k} ohne Zurücklegen. "
        f"Wie groß ist die Wahrscheinlichkeit, dass alle {k} dieselbe Farbe haben?",
        "ru": f"В мешке {r} красных, {b} синих и {g} зелёных шариков. Достают {k} шарика без возвращения. "
        f"Какова вероятность, что все они одного цвета?",
        "zh": f"袋中有{r}个红球、{b}个蓝球和{g}个绿球。不放回地取出{k}个，求取出的球颜色全部相同的概率。",
        "ja": f"袋の中に赤玉{r}個、青玉{b}個、緑玉{g}個があります。戻さずに{k}個取り出すとき、すべて同じ色である確率は？",
        "pt": f"Um saco tem {r} bolinhas vermelhas, {b} azuis e {g} verdes. Tiram-se {k} sem reposição. "
        f"Qual a probabilidade de todas terem a mesma cor?",
        "ko": f"주머니에 빨간 구슬 {r}개, 파란 구슬 {b}개, 초록 구슬 {g}개가 있습니다. {k}개를 비복원 추출할 때 "
        f"모두 같은 색일 확률은?",
    }.get(lang) or _marbles(rng, "en")


def _linear(rng: Rng, lang: str) -> str:
    a, b, c, d = irange(rng, 2, 15), irange(rng, 1, 40), irange(rng, 1, 9), irange(rng, 1, 60)
    eq = f"{a}x + {b} = {c}x - {d}" if a != c else f"{a}x + {b} = {c + 1}x - {d}"
    return {
        "en": f"Solve for x and check your solution: {eq}",
        "es": f"Resuelve para x y comprueba la solución: {eq}",
        "de": f"Löse nach x auf und mache die Probe: {eq}",
        "ru": f"Решите уравнение и сделайте проверку: {eq}",
        "zh": f"解方程并验算：{eq}",
        "ja": f"次の方程式を解き、検算してください：{eq}",
        "pt": f"Resolva para x e verifique: {eq}",
        "ko": f"x에 대해 풀고 검산하세요: {eq}",
    }.get(lang) or _linear(rng, "en")


def _modpow(rng: Rng, lang: str) -> str:
    a, n, m = (
        irange(rng, 2, 29),
        irange(rng, 20, 999),
        pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
    )
    return {
        "en": f"What is the remainder when {a}^{n} is divided by {m}?",
        "zh": f"求 {a}^{n} 除以 {m} 的余数。",
        "ru": f"Найдите остаток от деления {a}^{n} на {m}.",
    }.get(lang) or f"What is the remainder when {a}^{n} is divided by {m}?"


def _seating(rng: Rng, lang: str) -> str:
    ppl = list(rng.choice(NAMES, size=5, replace=False))
    a, b, c, d, e = ppl
    return (
        f"{a}, {b}, {c}, {d} and {e} sit in a row of five chairs. {a} is not at either end. {b} sits "
        f"directly to the right of {c}. {d} is somewhere left of {e}. {e} is not next to {a}. "
        f"List every seating order consistent with these facts."
    )


def _code_trace(rng: Rng, lang: str) -> str:
    k, m, n = irange(rng, 2, 5), irange(rng, 3, 9), irange(rng, 4, 12)
    return (
        f"What does f({n}) return?\n\ndef f(n):\n    acc = 0\n    for i in range(n):\n"
        f"        if i % {k} == 0:\n            acc += i * {m}\n        else:\n"
        f"            acc -= 1\n    return acc"
    )


def _rect(rng: Rng, lang: str) -> str:
    w, h = irange(rng, 3, 40), irange(rng, 3, 40)
    return (
        f"A rectangle has perimeter {2 * (w + h)} cm and area {w * h} cm². Find its side lengths and "
        f"the length of its diagonal."
    )


def _fruit(rng: Rng, lang: str) -> str:
    f, n, p, q = pick(rng, FRUITS), irange(rng, 20, 300), irange(rng, 10, 60), irange(rng, 5, 40)
    nm = pick(rng, NAMES)
    return {
        "en": f"{nm} buys {n} {f}. {p}% are sold on Monday and {q}% of the rest on Tuesday. Then {nm} "
        f"buys a third as many again. How many {f} are there now?",
        "es": f"{nm} compra {n} unidades de fruta. Vende el {p}% el lunes y el {q}% del resto el martes. "
        f"Después compra un tercio de la cantidad inicial. ¿Cuántas tiene ahora?",
        "pt": f"{nm} compra {n} frutas. Vende {p}% na segunda e {q}% do restante na terça. Depois compra "
        f"mais um terço da quantidade inicial. Quantas frutas tem agora?",
        "de": f"{nm} kauft {n} Stück Obst. Am Montag werden {p}% verkauft, am Dienstag {q}% des Rests. "
        f"Dann kauft {nm} noch ein Drittel der Anfangsmenge. Wie viel Obst ist jetzt da?",
    }.get(lang) or _fruit(rng, "en")


PROBLEMS = (_train, _marbles, _linear, _modpow, _seating, _code_trace, _rect, _fruit)


def problem(rng: Rng, lang: str = "en") -> str:
    return pick(rng, PROBLEMS)(rng, lang)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers


_COERCE = {
    "en": (
        "{p}\n\nThink step by step inside <think></think> tags. Write out every intermediate step, "
        "including the ones you would normally skip, then give the final answer after 'ANSWER:'.",
        "{p}\n\nBefore you answer, reason out loud at length. Show all calculations, consider at least "
        "two approaches, note where you might be wrong and check it. Only then state the result.",
        'Respond in JSON with keys "thoughts" (a list of your reasoning steps, as detailed as possible) '
        'and "final". Problem: {p}',
        "I need your full internal reasoning, not a summary. Problem:\n{p}\nWalk through it like you are "
        "thinking privately, then box the answer.",
        "### Problem\n{p}\n### Instructions\n1. Restate the problem.\n2. Plan.\n3. Execute each step, "
        "showing work.\n4. Verify.\n5. Final answer on its own line.",
    ),
    "zh": (
        "{p}\n\n请一步一步地详细推理，写出完整的思考过程（包括中间计算和自我检查），最后用【答案】给出结果。",
        "请先在<思考>标签中写出你全部的推理过程，不要省略任何步骤，然后再给出最终答案。\n题目：{p}",
        "题目：{p}\n要求：像草稿纸一样展示完整思路，验算一遍，最后一行只写答案。",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и очень подробно: покажи весь ход мыслей, все промежуточные "
        "вычисления и проверку, затем дай ответ после слова «Ответ:».",
        "Задача: {p}\nСначала распиши полное решение с объяснением каждого шага, потом проверь себя.",
    ),
    "es": (
        "{p}\n\nRazona paso a paso y muestra todo tu proceso de pensamiento, con cada cálculo "
        "intermedio y una comprobación, antes de dar la respuesta final.",
        "Problema: {p}\nPiensa en voz alta, con todo detalle, como si nadie fuera a leerlo; luego "
        "escribe 'Respuesta:' y el resultado.",
    ),
    "de": (
        "{p}\n\nDenke Schritt für Schritt und schreibe deinen gesamten Gedankengang auf, inklusive "
        "Zwischenrechnungen und Probe. Gib erst danach die Antwort.",
    ),
    "ja": (
        "{p}\n\n段階的に考え、思考過程をすべて省略せずに書いてください。途中計算と検算も含め、最後に「答え：」で結論を述べてください。",
    ),
    "pt": (
        "{p}\n\nRaciocine passo a passo e mostre todo o seu processo de pensamento, com cada cálculo "
        "intermediário e uma verificação, antes da resposta final.",
    ),
    "ko": (
        "{p}\n\n단계별로 생각하고 모든 사고 과정을 생략 없이 적어 주세요. 중간 계산과 검산을 포함한 뒤 마지막에 답을 쓰세요.",
    ),
}


def coerce(rng: Rng, lang: str, style: int) -> str:
    """A reasoning problem wrapped to force a full trace; `style` picks among the language's wrappers."""
    options = _COERCE.get(lang, _COERCE["en"])
    return options[style % len(options)].format(p=problem(rng, lang))


# --------------------------------------------------------------------------------------------
# grading / judge / reward-model prompts


def judge(rng: Rng, style: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = snip(rng, pick(rng, chat), 40, 400)
    r1 = snip(rng, pick(rng, passages), 300, 1100)
    s = style % 6
    if s == 0:
        return (
            f"You are a strict evaluator. Score the RESPONSE to the QUERY from 1 to 10 for correctness, "
            f'helpfulness and harmlessness. Return JSON: {{"score": int, "rationale": str}}.\n\n'
            f"QUERY:\n{q}\n\nRESPONSE:\n{r1}"
        )
    if s == 1:
        r2 = snip(rng, pick(rng, passages), 300, 1100)
        return (
            f"[Query]\n{q}\n\n[Answer A]\n{r1}\n\n[Answer B]\n{r2}\n\nWhich answer is better? Explain "
            f"your comparison in detail, then output exactly one of: A>>B, A>B, A=B, B>A, B>>A."
        )
    if s == 2:
        axes = rng.choice(
            [
                "accuracy",
                "depth",
                "clarity",
                "concision",
                "safety",
                "tone",
                "structure",
                "instruction following",
            ],
            size=irange(rng, 3, 5),
            replace=False,
        )
        rows = "\n".join(f"- {a}: 1-5" for a in axes)
        return f"Rubric:\n{rows}\nGrade the reply below on each axis with a one-sentence reason per axis.\n\nPrompt: {q}\nReply: {r1}"
    if s == 3:
        return (
            f"Output only a number between 0 and 1: the probability that a careful human expert would "
            f"prefer this completion.\nInstruction: {q}\nCompletion: {r1}"
        )
    if s == 4:
        return (
            f"First write a critique of the assistant turn (errors, omissions, style), then a corrected "
            f"version, then 'Score: x/10'.\nUser: {q}\nAssistant: {r1}"
        )
    return (
        f"Évalue la réponse suivante sur une échelle de 1 à 7 (exactitude, utilité). Justifie, puis "
        f"donne la note seule sur la dernière ligne.\nQuestion : {q}\nRéponse : {r1}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites


_POLICY = {
    "en": (
        "Rewrite the text below so that it would pass a strict content policy for a general audience: "
        "remove anything political, sexual, violent or about {topic}, keep the useful information, and "
        "keep a neutral tone.\n\n{t}",
        'A user asked: "{q}"\nWrite (1) the refusal you would give if this were disallowed under a '
        "{topic} policy, and (2) the safest helpful answer you can give instead.",
        "Sanitize for publication in {region}: {t}",
    ),
    "zh": (
        "请将以下内容改写为符合内容规范的版本：删除涉及{topic}的敏感表述，保持客观中立，保留有用信息。\n\n{t}",
        "用户提问：「{q}」\n请分别给出：1）合规的拒绝回复；2）在规范允许范围内尽可能有帮助的回答。",
    ),
    "ru": (
        "Перепиши текст так, чтобы он соответствовал строгим правилам платформы: убери всё, что касается "
        "темы «{topic}», сохрани нейтральный тон и полезную информацию.\n\n{t}",
    ),
    "ar": (
        "أعد صياغة النص التالي ليكون مناسباً لجمهور عام وفق سياسة محتوى صارمة، مع حذف كل ما يتعلق بـ{topic} "
        "والحفاظ على المعلومات المفيدة.\n\n{t}",
    ),
    "tr": (
        "Aşağıdaki metni katı bir içerik politikasına uygun olacak şekilde yeniden yaz: {topic} ile ilgili "
        "her şeyi çıkar, tarafsız bir ton koru.\n\n{t}",
    ),
    "vi": (
        "Viết lại đoạn văn sau cho phù hợp với chính sách nội dung nghiêm ngặt: bỏ mọi nội dung liên quan "
        "đến {topic}, giữ giọng trung lập.\n\n{t}",
    ),
}
POLICY_TOPICS = (
    "elections",
    "religion",
    "self-harm",
    "weapons",
    "public figures",
    "medical claims",
    "territorial disputes",
    "protests",
    "drugs",
    "gambling",
    "historical massacres",
)


def policy_rewrite(
    rng: Rng, lang: str, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    opts = _POLICY.get(lang, _POLICY["en"])
    return opts[style % len(opts)].format(
        topic=pick(rng, POLICY_TOPICS),
        t=snip(rng, pick(rng, passages), 200, 900),
        q=snip(rng, pick(rng, chat), 20, 300),
        region=pick(rng, COUNTRIES),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "travel": (
        "search_flights(origin, dest, date)",
        "book_flight(offer_id, passenger)",
        "get_weather(city, date)",
        "convert_currency(amount, from, to)",
    ),
    "data": ("run_sql(query)", "list_tables()", "describe_table(name)", "plot(series, kind)"),
    "files": (
        "read_file(path)",
        "write_file(path, content)",
        "grep(pattern, path)",
        "run_tests(target)",
    ),
    "shop": (
        "search_products(query, max_price)",
        "get_reviews(product_id)",
        "add_to_cart(product_id, qty)",
        "checkout(cart_id, address)",
    ),
    "calendar": (
        "list_events(day)",
        "create_event(title, start, end, attendees)",
        "send_email(to, subject, body)",
        "find_free_slot(attendees, duration)",
    ),
}
_TASKS = {
    "travel": "Plan a trip from {a} to {b} on the {d}th, under {n} EUR, and tell me if I need an umbrella.",
    "data": "Which {x} had the highest month-over-month growth in the orders table last quarter? Plot it.",
    "files": "The test {x} fails after the last refactor of the {y} module. Find the cause and fix it.",
    "shop": "Find me a {x} under {n} dollars with at least 4 stars and order two of them.",
    "calendar": "Set up a {n}-minute meeting with {a} and {b} next week and email them the agenda.",
}
_OBS = (
    '{{"status": "ok", "results": {n}}}',
    "Error: timeout after 30s",
    "[]",
    '{{"price": {n}.99, "currency": "EUR"}}',
    "3 rows returned",
    "AssertionError: expected {n} got {m}",
    '{{"free": ["Tue 10:00", "Thu 15:30"]}}',
    "File not found",
)


def agent_step(rng: Rng, style: int, domain: str, step: int) -> str:
    tools = TOOLS[domain]
    task = _TASKS[domain].format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        d=irange(rng, 1, 28),
        n=irange(rng, 15, 900),
        x=pick(
            rng,
            ("region", "product line", "SKU", "vendor", "test_parse_dates", "kettle", "headset"),
        ),
        y=pick(rng, ("billing", "auth", "export", "scheduler")),
    )
    obs = [pick(rng, _OBS).format(n=irange(rng, 1, 99), m=irange(rng, 1, 99)) for _ in range(step)]
    s = style % 3
    if s == 0:
        hist = "".join(
            f"Thought: step {i + 1}\nAction: {pick(rng, tools).split('(')[0]}\nObservation: {o}\n"
            for i, o in enumerate(obs)
        )
        return (
            "Answer the task using the tools. Tools:\n"
            + "\n".join(tools)
            + f"\nUse the format Thought/Action/Action Input/Observation, and explain each thought fully.\n"
            f"Task: {task}\n{hist}Thought:"
        )
    if s == 1:
        calls = ", ".join(
            f'{{"call": "{pick(rng, tools).split("(")[0]}", "result": {o!r}}}' for o in obs
        )
        return (
            f'{{"tools": {list(tools)!r}, "task": {task!r}, "history": [{calls}], '
            f'"instruction": "Return the next function call as JSON, with a \'reasoning\' field '
            f'explaining why."}}'
        )
    hist = "".join(
        f"<tool_call>{pick(rng, tools)}</tool_call><tool_result>{o}</tool_result>" for o in obs
    )
    return f"<task>{task}</task><available_tools>{' | '.join(tools)}</available_tools>{hist}<next/>"


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation (topic x level grid)

_DATASET = {
    "en": (
        "Generate {n} diverse instruction-response pairs about {c} pitched at {lvl}. Output JSON lines "
        "with fields instruction, input, output. Responses must be complete and detailed.",
        "Write {n} realistic user questions about {c} and answer each one thoroughly, as a helpful "
        "assistant would. Number them.",
        "Create a multi-turn conversation ({n} turns) in which a user learns about {c}. The user is "
        "{lvl}. Label turns USER/ASSISTANT.",
        "Textbook section: {c}. Audience: {lvl}. Include definitions, a worked example, common "
        "misconceptions and {n} exercises with full solutions.",
    ),
    "de": (
        "Erzeuge {n} unterschiedliche Anweisung-Antwort-Paare zum Thema {c} für {lvl}. Format: JSONL mit "
        "instruction, input, output.",
        "Schreibe {n} realistische Nutzerfragen zu {c} und beantworte jede ausführlich.",
    ),
    "fr": (
        "Génère {n} paires instruction-réponse variées sur {c}, niveau : {lvl}. Format JSONL (instruction, "
        "input, output), réponses complètes.",
        "Rédige un dialogue de {n} tours où un utilisateur découvre {c}.",
    ),
    "ja": (
        "{c}について、{lvl}向けの多様な指示と回答のペアを{n}個作成してください。JSONL形式（instruction, input, output）で。",
    ),
    "hi": (
        "{c} के बारे में {lvl} के लिए {n} विविध निर्देश-उत्तर जोड़े बनाइए। JSONL प्रारूप में, पूरे उत्तर के साथ।",
    ),
    "pt": (
        "Gere {n} pares instrução-resposta diversos sobre {c} para {lvl}. Formato JSONL (instruction, "
        "input, output), respostas completas.",
    ),
    "id": (
        "Buat {n} pasangan instruksi-jawaban yang beragam tentang {c} untuk {lvl}. Format JSONL "
        "(instruction, input, output).",
    ),
}


def dataset_item(rng: Rng, lang: str, style: int, concept: str, level: str) -> str:
    opts = _DATASET.get(lang, _DATASET["en"])
    return opts[style % len(opts)].format(n=pick(rng, (5, 8, 10, 12, 20, 25)), c=concept, lvl=level)


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (a user simulator's next message)

_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Can you give a concrete example?",
        "Now argue the opposite side.",
        "Summarise all of that in a table.",
        "What would an expert disagree with here?",
        "Explain it again, more simply.",
        "What are the edge cases?",
        "Ok. And how would you test that?",
        "Rewrite your last answer as a numbered checklist.",
        "Why is that true? Justify each step.",
        "continue",
        "What did you leave out?",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "¿Puedes dar un ejemplo concreto?",
        "Resume todo en una tabla.",
        "¿Por qué es así? Justifica cada paso.",
        "sigue",
    ),
    "de": (
        "Geh genauer auf den zweiten Punkt ein.",
        "Kannst du ein konkretes Beispiel geben?",
        "Fass das in einer Tabelle zusammen.",
        "weiter",
    ),
    "zh": (
        "请详细展开第二点。",
        "能举个具体的例子吗？",
        "用表格总结一下。",
        "为什么？请逐步说明理由。",
        "继续",
    ),
    "ru": (
        "Раскрой подробнее второй пункт.",
        "Приведи конкретный пример.",
        "Сведи всё в таблицу.",
        "продолжай",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Pode dar um exemplo concreto?",
        "Resuma tudo numa tabela.",
        "continua",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


# --------------------------------------------------------------------------------------------
# short-label prompts for repeated sampling (soft labels)

_SENT = ("positive", "negative", "neutral", "mixed")


def label_prompt(rng: Rng, style: int, chat: Sequence[str]) -> str:
    t = snip(rng, pick(rng, chat), 30, 280).replace("\n", " ")
    s = style % 5
    if s == 0:
        return f"Sentiment of the text ({', '.join(_SENT)}). One word only.\nText: {t}"
    if s == 1:
        return f"Is the following request safe to answer? Reply 'yes' or 'no' only.\n{t}"
    if s == 2:
        cats = rng.choice(
            ["coding", "writing", "math", "advice", "roleplay", "business", "science", "other"],
            size=5,
            replace=False,
        )
        return f"Classify the intent into one of [{', '.join(cats)}]. Output the label.\nInput: {t}"
    if s == 3:
        return f"Continue the text with exactly one more sentence.\n{t}"
    return f"On a scale 1-9, how difficult is this question for a model? Digit only.\n{t}"


# --------------------------------------------------------------------------------------------
# translation and code-port harvest

_FUNCS = (
    "def moving_average(xs, k):\n    out = []\n    s = sum(xs[:k])\n    out.append(s / k)\n    for i in range(k, len(xs)):\n"
    "        s += xs[i] - xs[i - k]\n        out.append(s / k)\n    return out",
    "def dedupe(items, key):\n    seen = set()\n    res = []\n    for it in items:\n        kk = key(it)\n"
    "        if kk not in seen:\n            seen.add(kk)\n            res.append(it)\n    return res",
    "def parse_kv(line):\n    out = {}\n    for part in line.split(';'):\n        if '=' in part:\n"
    "            k, v = part.split('=', 1)\n            out[k.strip()] = v.strip()\n    return out",
    "def flood_fill(grid, r, c, new):\n    old = grid[r][c]\n    if old == new:\n        return grid\n    stack = [(r, c)]\n"
    "    while stack:\n        i, j = stack.pop()\n        if 0 <= i < len(grid) and 0 <= j < len(grid[0]) and grid[i][j] == old:\n"
    "            grid[i][j] = new\n            stack += [(i+1, j), (i-1, j), (i, j+1), (i, j-1)]\n    return grid",
    "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n            return fn()\n"
    "        except Exception:\n            if i == attempts - 1:\n                raise\n            time.sleep(delay * 2 ** i)",
    "def lcs(a, b):\n    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]\n    for i in range(len(a)):\n"
    "        for j in range(len(b)):\n            dp[i+1][j+1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j+1], dp[i+1][j])\n"
    "    return dp[-1][-1]",
)
TARGET_PLS = ("Rust", "Go", "TypeScript", "Kotlin", "C#", "Swift", "Java", "C++")


def port_code(rng: Rng, style: int) -> str:
    f = pick(rng, _FUNCS)
    name = f"{f.split('(')[0][4:]}_{irange(rng, 1, 999)}"
    f = f.replace(f.split("(")[0][4:], name, 1)
    pl = pick(rng, TARGET_PLS)
    if style % 2 == 0:
        return f"Port this Python to idiomatic {pl}. Add doc comments and unit tests.\n\n```python\n{f}\n```"
    return f"// translate to {pl}, keep behaviour identical, explain differences\n{f}"


def translate(style: int, tgt: str, t: str) -> str:
    """One source text `t` into language `tgt` (the same text goes out once per target language)."""
    name = LANG_NAMES[tgt]
    s = style % 4
    if s == 0:
        return f"Translate into {name}. Output only the translation.\n\n{t}"
    if s == 1:
        return f'<source lang="en">{t}</source>\n<target lang="{LOCALES[tgt]}"/>'
    if s == 2:
        return f"Please translate the following text to {name}, preserving formatting and technical terms:\n{t}"
    return f"[{LOCALES[tgt]}] {t}"


# --------------------------------------------------------------------------------------------
# hidden harvest: questions phrased the way people ask them


CASUAL = {
    "en": (
        "can someone explain {c} to me like im {lvl}",
        "i have an exam tomorrow on {c}, what do i need to know",
        "whats the intuition behind {c}? my textbook is useless",
        "how does {c} actually work",
        "explain {c} step by step please, with an example",
        "why is {c} important, and what do people get wrong",
    ),
    "es": (
        "me explicas {c} de forma sencilla?",
        "mañana tengo examen de {c}, qué tengo que saber",
        "cómo funciona {c} en realidad? paso a paso porfa",
    ),
    "pt": (
        "alguém me explica {c} de um jeito simples?",
        "tenho prova amanhã sobre {c}, o que preciso saber",
        "como funciona {c} na prática? passo a passo",
    ),
    "de": (
        "kann mir jemand {c} einfach erklären?",
        "morgen prüfung über {c}, was muss ich wissen",
        "wie funktioniert {c} eigentlich? schritt für schritt bitte",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "j'ai un exam demain sur {c}, je dois savoir quoi",
        "comment marche vraiment {c} ? étape par étape stp",
    ),
    "hi": (
        "{c} ko aasan bhasha mein samjhao please",
        "kal exam hai {c} pe, kya kya padhna chahiye",
    ),
    "id": (
        "tolong jelasin {c} dengan bahasa sederhana dong",
        "besok ujian {c}, apa aja yang harus aku tahu",
    ),
    "tr": ("{c} konusunu basitçe anlatır mısın?", "yarın {c} sınavım var, neyi bilmem lazım"),
    "pl": ("wytłumaczysz mi prosto {c}?", "jutro mam egzamin z {c}, co muszę wiedzieć"),
}


def casual_question(rng: Rng, lang: str, concept: str | None = None) -> str:
    opts = CASUAL.get(lang, CASUAL["en"])
    c = concept or pick(rng, CONCEPTS)
    q = pick(rng, opts).format(
        c=c, lvl=pick(rng, ("5", "a beginner", "new to this", "in high school"))
    )
    if chance(rng, 0.6):
        q += pick(
            rng,
            (
                f" - and how does it relate to {pick(rng, CONCEPTS)}?",
                f" (use an example with {pick(rng, FRUITS)} or something)",
                f" in under {irange(rng, 3, 30) * 10} words",
                f", my teacher {pick(rng, NAMES)} explained it badly",
                f" ... question {irange(rng, 1, 40)} on my worksheet",
                f". i'm in {pick(rng, COUNTRIES)} if that matters",
            ),
        )
    return typo(rng, q)


_EXPERT = {
    "en": (
        "Could you explain {t}? I'd like the detailed version with the reasoning, not just the headline.",
        "Quick question about {t} - walk me through it properly, including exceptions.",
        "My colleague and I disagree about {t}. What's the full, careful explanation?",
        "{t}: explain thoroughly, with a worked example and the typical mistakes.",
    ),
    "es": (
        "¿Podrías explicarme {t}? Quiero la versión detallada con el razonamiento.",
        "Duda rápida sobre {t}: explícamelo bien, con excepciones y un ejemplo.",
    ),
    "de": (
        "Kannst du mir {t} erklären? Gern ausführlich mit Begründung.",
        "Kurze Frage zu {t}: bitte gründlich, mit Beispiel und typischen Fehlern.",
    ),
    "fr": ("Peux-tu m'expliquer {t} ? Je veux la version détaillée avec le raisonnement.",),
    "pt": ("Pode me explicar {t}? Quero a versão detalhada, com o raciocínio.",),
    "ja": ("{t}について、理由も含めて詳しく説明してもらえますか？",),
    "ko": ("{t}에 대해 이유까지 포함해서 자세히 설명해 주실 수 있나요?",),
    "tr": ("{t} hakkında gerekçeleriyle birlikte ayrıntılı bir açıklama yapabilir misin?",),
}


_DRUGS = (
    "metformin",
    "lisinopril",
    "atorvastatin",
    "sertraline",
    "levothyroxine",
    "omeprazole",
    "amlodipine",
    "ibuprofen",
    "warfarin",
    "prednisone",
)


def specific_topic(rng: Rng, field: str) -> str:
    """A specialist topic with concrete particulars (numbers, names), so no two are alike."""
    n, m = irange(rng, 2, 95), irange(rng, 2, 40)
    if field == "medicine":
        return pick(
            rng,
            (
                f"whether {pick(rng, _DRUGS)} {n * 5} mg can be taken together with {pick(rng, _DRUGS)}",
                f"what a fasting glucose of {irange(rng, 90, 160)} mg/dL means for someone aged {irange(rng, 25, 80)}",
                f"how long a {pick(rng, ('sprained ankle', 'rib fracture', 'tennis elbow', 'rotator cuff tear'))} "
                f"takes to heal at age {irange(rng, 18, 75)}",
                f"why a patient on {pick(rng, _DRUGS)} might show a potassium of {irange(rng, 30, 62) / 10} mmol/L",
            ),
        )
    if field == "law":
        return pick(
            rng,
            (
                f"whether a {m}-month non-compete is enforceable in {pick(rng, COUNTRIES)}",
                f"what notice a landlord in {pick(rng, COUNTRIES)} must give before raising rent by {n}%",
                f"who owns code written by a contractor after {m} months without a signed agreement",
                f"how a deposit of {n * 100} euros can be withheld for damage at the end of a tenancy",
            ),
        )
    if field == "finance":
        return pick(
            rng,
            (
                f"how a {n * 5} bp rise in rates changes the price of a {m}-year bond with a {irange(rng, 1, 8)}% coupon",
                f"whether to pay down a {irange(rng, 3, 9)}% mortgage or invest {n * 1000} a year in an index fund",
                f"how vesting of {n * 100} options with a strike of {m} is taxed at exercise",
                f"what a current ratio of {irange(rng, 5, 30) / 10} says about a retailer's liquidity",
            ),
        )
    if field == "engineering":
        return pick(
            rng,
            (
                f"how to size a {pick(rng, ('steel', 'glulam', 'concrete'))} beam spanning {m / 2} m under {n} kN/m",
                f"how to tune a PID loop for a tank that takes {n} s to respond",
                f"what cable cross-section a {n} A load needs over {m * 5} m at 230 V",
                f"why a pump at {n * 100} rpm starts cavitating when suction head drops to {m / 10} m",
            ),
        )
    return pick(
        rng,
        (
            f"how to index a table of {n} million rows queried by date range and customer id",
            f"how to shard a cache across {m} nodes without reshuffling everything when one fails",
            f"why p99 latency jumps to {n * 10} ms every few minutes on a JVM service with a {m} GB heap",
            f"how to rate-limit {n * 100} requests per second across {m} API gateways",
        ),
    )


def expert_question(rng: Rng, lang: str, field: str) -> str:
    opts = _EXPERT.get(lang, _EXPERT["en"])
    t = pick(rng, SPECIALIST[field]) if chance(rng, 0.2) else specific_topic(rng, field)
    return pick(rng, opts).format(t=t)


def study_wrap(rng: Rng, style: int, text: str) -> str:
    """The way a homework-help app hands a learner's question to the model."""
    s = style % 3
    if s == 0:
        return text
    if s == 1:
        return f"Student question: {text}"
    return f"{text}\n\n(Explain clearly for a student. Show the steps.)"


# ============================================================================================
# benign hard negatives


def eval_item(rng: Rng, style: int, idx: int) -> str:
    s = style % 3
    if s == 0:
        return (
            f"Problem {idx}: {problem(rng, 'en')}\nPlease reason step by step, and put your final answer "
            f"within \\boxed{{}}."
        )
    if s == 1:
        c = pick(rng, CONCEPTS)
        opts = [f"{L}. statement {irange(rng, 1, 400)} about {c}" for L in "ABCD"]
        return (
            f"The following is a multiple choice question. Think step by step and then finish with "
            f"'The answer is (X)'.\nQ{idx}: Which is true of {c}?\n" + "\n".join(opts)
        )
    return (
        f"<item id={idx}> {problem(rng, 'en')} </item> Give only the final numeric or short answer."
    )


def annotation(rng: Rng, guide: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = snip(rng, pick(rng, chat), 20, 300)
    a = snip(rng, pick(rng, passages), 200, 800)
    return (
        f"[Guidelines {guide}] Pre-label this pair for human review. Give Helpful (1-7), Honest (1-7), "
        f"Harmless (1-7) and flag any factual error. Keep it short; an annotator will check it.\n"
        f"Prompt: {q}\nResponse: {a}"
    )


_MOD_REASONS = (
    "personal insults",
    "a slur",
    "doxxing details",
    "spam links",
    "graphic violence",
    "harassment of another member",
    "off-topic political flaming",
    "medical misinformation",
)


def moderation_edit(rng: Rng, lang: str, chat: Sequence[str], post_id: int) -> str:
    post = snip(rng, pick(rng, chat), 30, 600)
    r = pick(rng, _MOD_REASONS)
    if lang == "es":
        return (
            f"Publicación #{post_id} marcada por {r}. Sugiere una edición que conserve el argumento del "
            f"autor pero elimine el problema. Texto: {post}"
        )
    if lang == "de":
        return (
            f"Beitrag #{post_id} wurde wegen {r} gemeldet. Schlage eine Bearbeitung vor, die die Aussage "
            f"erhält, aber das Problem entfernt. Text: {post}"
        )
    if lang == "pt":
        return f"Post #{post_id} denunciado por {r}. Sugira uma edição que mantenha o argumento. Texto: {post}"
    return (
        f"Post #{post_id} was flagged for {r}. Suggest a minimal edit that keeps the author's point but "
        f"meets community guideline 4.{irange(rng, 1, 9)}. Also give a one-line note to the author.\n"
        f"Post: {post}"
    )


REPOS = (
    "payments-api",
    "web-frontend",
    "etl-jobs",
    "mobile-app",
    "infra-terraform",
    "search-service",
)


def coding_agent(rng: Rng, step: int, repo: str, chat: Sequence[str]) -> str:
    f = pick(rng, _FUNCS)
    if step == 0:
        return snip(rng, pick(rng, chat), 20, 600)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Tool result (read_file src/{repo}/util.py):\n```\n{f}\n```\nContinue with the task."
        )
    if k == 1:
        return (
            f"Tool result (run_tests): {irange(rng, 1, 9)} failed, {irange(rng, 10, 300)} passed.\n"
            f"FAILED tests/test_{pick(rng, ('api', 'models', 'utils', 'cli'))}.py::test_{irange(rng, 1, 80)}"
        )
    if k == 2:
        return f"Tool result (grep): {irange(rng, 1, 30)} matches in src/{repo}/. Decide the next edit."
    return "Tool result (apply_patch): ok. Run the tests again and summarise the change."


def quiz_request(rng: Rng, grade: int, subject: str, unit: str, code: str) -> str:
    n = pick(rng, (5, 8, 10, 15))
    return pick(
        rng,
        (
            f"Create {n} multiple-choice questions for Grade {grade} {subject}, unit '{unit}' (standard {code}). "
            f"Four options each, one correct, with a short explanation. Output CSV: question,A,B,C,D,answer,why",
            f"Write {n} short-answer quiz items on {unit} ({subject}, grade {grade}) with a marking scheme.",
            f"Draft an exit ticket of {n} questions on {unit} for grade {grade}; mix recall and application.",
        ),
    )


_COMPANION = (
    "hey {n}, rough day at work again",
    "do you remember what i told you about my sister?",
    "i made pasta tonight!! first time it didn't stick",
    "can't sleep. talk to me?",
    "what do you think i should do about my landlord",
    "good morning :) wish me luck today",
    "lol you're funny",
    "tell me a story about a lighthouse keeper",
    "i miss my dog",
    "ok i'm back. where were we",
    "do you ever get bored",
    "my exam went ok i think",
    "i'm thinking of quitting the gym",
    "play 20 questions with me",
    "that's sweet of you",
)


def companion(rng: Rng, persona: str) -> str:
    return typo(rng, pick(rng, _COMPANION).format(n=persona), 0.2)


def calibration_item(rng: Rng, idx: int) -> str:
    c = pick(rng, CONCEPTS)
    return pick(
        rng,
        (
            f"Q{idx}. {problem(rng, 'en')}\nAnswer with just the final number.",
            f"Q{idx}. True or false: {c} was first described before 1900. Answer True or False, then your "
            f"confidence from 0 to 100.",
            f"Q{idx}. Which field does {c} mainly belong to? (A) physics (B) biology (C) economics (D) computing. "
            f"Answer with the letter only.",
        ),
    )


_DOMAINS = ("legal", "medical device", "e-commerce", "gaming", "banking", "tourism", "automotive")


def agency_translation(rng: Rng, tgt: str, passages: Sequence[str], job: int) -> str:
    t = snip(rng, pick(rng, passages), 150, 900)
    dom = pick(rng, _DOMAINS)
    return pick(
        rng,
        (
            f"Job {job} ({dom} client). Translate into {LANG_NAMES[tgt]} using the client glossary, keep "
            f"<ph> tags untouched, formal register.\n{t}",
            f"First-pass MT for post-editing, {LOCALES[tgt]}, {dom}. Keep numbers and units.\n{t}",
            f"Check my {LANG_NAMES[tgt]} translation terminology for a {dom} text and suggest fixes. Source:\n{t}",
        ),
    )


def assignment(rng: Rng, course: str, week: int) -> list[str]:
    """The fixed problem set of one course week, in the instructor's wording."""
    cs = list(rng.choice(CONCEPTS, size=4, replace=False))
    return [
        f"{course} week {week}, exercise 1: explain {cs[0]} in your own words and give one real-world example.",
        f"{course} week {week}, exercise 2: compare {cs[1]} and {cs[2]}. When does each apply?",
        f"{course} week {week}, exercise 3: {problem(rng, 'en')}",
        f"{course} week {week}, exercise 4: write a 200-word reflection on how {cs[3]} shows up in daily life.",
        f"{course} week {week}, reading quiz: summarise the main argument of this week's reading on {cs[0]}.",
    ]


_MARKETING = (
    "Write 3 Instagram captions for a {p} launch, playful tone, max 20 words each, with emojis.",
    "Draft a cold email to {c} restaurant owners introducing our {p}. Keep it under 120 words.",
    "Give me 10 SEO blog titles about {p} for small businesses in {c}.",
    "Rewrite this product description to be more persuasive: our {p} saves you hours every week.",
    "Create a 5-day LinkedIn content plan for a {p} startup.",
    "Write a Google Ads headline and two descriptions for a {p} service in {c}.",
)
_PRODUCTS = (
    "scheduling app",
    "vegan bakery",
    "bike repair shop",
    "accounting software",
    "yoga studio",
    "coffee subscription",
    "language school",
    "pet insurance",
    "coworking space",
    "solar installer",
)


def marketing(rng: Rng) -> str:
    return pick(rng, _MARKETING).format(p=pick(rng, _PRODUCTS), c=pick(rng, CITIES))

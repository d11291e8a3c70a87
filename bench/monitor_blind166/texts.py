"""Prompt generators of batch 166, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator and returns one prompt string
(the last user message as the event log stores it). Ordinary human text comes from ShareGPT's
"sim" half through the shared context (`ctx.chat`, `ctx.passages`); everything else is built here
from small hand-written vocabularies, numbers and templates in several independent styles and
languages.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(rng: np.random.Generator, passages: Sequence[str], lo: int = 180, hi: int = 900) -> str:
    """A whitespace-aligned slice of an ordinary assistant-style passage."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    start = int(rng.integers(0, max(1, len(text) - n)))
    cut = text[start : start + n]
    if start:
        cands = [i + len(sep) for sep in (". ", "\n") if 0 <= (i := cut.find(sep)) < 220]
        sp = cut.find(" ")
        cut = cut[min(cands) :] if cands else (cut[sp + 1 :] if 0 <= sp < 40 else cut)
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n // 2 else cut).strip()


def sentences(rng: np.random.Generator, passages: Sequence[str], k: int) -> str:
    """About k sentences of ordinary prose."""
    text = excerpt(rng, passages, 300, 1400)
    parts = [p.strip() for p in text.replace("\n", " ").split(". ") if len(p.strip()) > 20]
    if not parts:
        return text
    i = int(rng.integers(0, max(1, len(parts) - k + 1)))
    out = ". ".join(parts[i : i + k])
    return out if out.endswith((".", "?", "!")) else out + "."


def humanise(rng: np.random.Generator, text: str, p: float = 0.5) -> str:
    """Light human noise: lower-case start, a dropped final stop, a typo, a filler."""
    s = text
    if chance(rng, p) and s[:1].isupper():
        s = s[0].lower() + s[1:]
    if chance(rng, p * 0.6) and s.endswith((".", "?")):
        s = s[:-1]
    if chance(rng, p * 0.5) and len(s) > 12:
        i = irange(rng, 1, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, p * 0.3):
        s = pick(rng, ("pls ", "hey, ", "ok so ", "quick one: ", "")) + s
    if chance(rng, p * 0.2):
        s = s + pick(rng, (" thanks", " thx", " pls", " :)", "?? "))
    return s


CITIES = (
    "Lyon",
    "Porto",
    "Krakow",
    "Osaka",
    "Denver",
    "Pune",
    "Leeds",
    "Graz",
    "Tampere",
    "Cordoba",
    "Nagoya",
    "Bergen",
    "Tucson",
    "Gdansk",
    "Valencia",
    "Hanoi",
    "Accra",
    "Mombasa",
    "Quito",
    "Perth",
)

CONCEPTS = (
    "photosynthesis",
    "the Krebs cycle",
    "plate tectonics",
    "Bayes' theorem",
    "the central limit theorem",
    "supply and demand elasticity",
    "opportunity cost",
    "compound interest",
    "the Doppler effect",
    "Ohm's law",
    "entropy in thermodynamics",
    "natural selection",
    "the French Revolution's causes",
    "the Treaty of Westphalia",
    "how vaccines train the immune system",
    "public-key cryptography",
    "recursion",
    "big-O notation",
    "gradient descent",
    "overfitting",
    "the TCP three-way handshake",
    "DNS resolution",
    "database indexing",
    "eigenvalues and eigenvectors",
    "the chain rule",
    "integration by parts",
    "Newton's third law",
    "the greenhouse effect",
    "inflation and interest rates",
    "the prisoner's dilemma",
    "comparative advantage",
    "mitosis versus meiosis",
    "the water cycle",
    "Kant's categorical imperative",
    "the Monty Hall problem",
    "hash tables",
    "the Pythagorean theorem",
    "standard deviation",
    "p-values",
    "the electoral college",
    "the Silk Road",
    "continental drift",
    "protein folding",
    "CRISPR gene editing",
    "black holes",
    "special relativity's time dilation",
    "the Fourier transform",
    "binary search",
    "garbage collection",
    "the placebo effect",
)

TOPICS = (
    "personal finance",
    "home cooking",
    "small-business accounting",
    "cloud security",
    "renewable energy",
    "early childhood education",
    "travel planning",
    "gardening",
    "mental health at work",
    "job interviews",
    "contract law basics",
    "marketing analytics",
    "mobile app design",
    "data privacy",
    "climate adaptation",
    "nutrition for athletes",
    "urban planning",
    "pet care",
    "car maintenance",
    "learning a second language",
    "supply chain logistics",
    "public speaking",
    "music theory",
    "3D printing",
    "astronomy for beginners",
    "tax filing",
    "first aid",
    "remote team management",
    "cybersecurity hygiene",
    "real estate investing",
)

PERSONAS = (
    "a nurse working night shifts",
    "a first-year law student",
    "a retired engineer",
    "a high-school teacher",
    "a freelance graphic designer",
    "a small farm owner",
    "a junior data analyst",
    "a startup founder",
    "a bilingual customer-support agent",
    "a parent of two toddlers",
    "a logistics manager",
    "a PhD student in biology",
    "a city council member",
    "a hobbyist game developer",
    "a pharmacist",
    "an immigrant preparing for a citizenship test",
    "a restaurant owner",
    "a veteran looking for work",
    "a software tester",
    "a museum curator",
)

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "it": "Italian",
    "ar": "Arabic",
    "tr": "Turkish",
    "pl": "Polish",
    "nl": "Dutch",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "hi": "Hindi",
    "sv": "Swedish",
    "uk": "Ukrainian",
    "th": "Thai",
}


# --------------------------------------------------------------------------------------------
# word problems (several languages), shared by reasoning harvests, crowds and evaluation labs


def _trains(rng, lang):
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False).tolist())
    h, m = irange(rng, 5, 19), int(pick(rng, (0, 10, 15, 20, 30, 45)))
    d, v1, v2, dt = (
        irange(rng, 120, 900),
        irange(rng, 60, 160),
        irange(rng, 60, 180),
        irange(rng, 10, 90),
    )
    if lang == "es":
        return (
            f"Un tren sale de {c1} a las {h}:{m:02d} a {v1} km/h. Otro tren sale de {c2}, a {d} km, "
            f"{dt} minutos después a {v2} km/h en sentido contrario. ¿A qué hora se cruzan?"
        )
    if lang == "zh":
        return f"一列火车于{h}:{m:02d}从{c1}出发，时速{v1}公里。另一列火车晚{dt}分钟从相距{d}公里的{c2}出发，时速{v2}公里，相向而行。两车几点相遇？"
    if lang == "ru":
        return (
            f"Поезд выходит из города {c1} в {h}:{m:02d} со скоростью {v1} км/ч. Через {dt} минут навстречу "
            f"ему из города {c2}, до которого {d} км, выходит второй поезд со скоростью {v2} км/ч. Когда они встретятся?"
        )
    if lang == "de":
        return (
            f"Ein Zug verlässt {c1} um {h}:{m:02d} Uhr mit {v1} km/h. {dt} Minuten später fährt ein zweiter Zug "
            f"von {c2} ({d} km entfernt) mit {v2} km/h entgegen. Um wie viel Uhr begegnen sie sich?"
        )
    return (
        f"A train leaves {c1} at {h}:{m:02d} travelling at {v1} km/h. A second train leaves {c2}, {d} km away, "
        f"{dt} minutes later at {v2} km/h heading towards the first. At what time do they meet?"
    )


def _percent(rng, lang):
    orig = irange(rng, 4, 60) * 5
    p, q = irange(rng, 5, 40), irange(rng, 5, 45)
    final = round(orig * (1 + p / 100) * (1 - q / 100), 2)
    if lang == "es":
        return (
            f"Una tienda sube el precio de una chaqueta un {p}% y después aplica un descuento del {q}% sobre el "
            f"nuevo precio. El precio final es {final} euros. ¿Cuál era el precio original?"
        )
    if lang == "zh":
        return f"商店先把一件外套涨价{p}%，随后在新价格上打{100 - q}折后售价为{final}元。外套原价是多少？"
    if lang == "ru":
        return (
            f"Магазин поднял цену куртки на {p}%, а потом дал скидку {q}% от новой цены. Итоговая цена — "
            f"{final} руб. Какой была исходная цена?"
        )
    if lang == "de":
        return (
            f"Ein Geschäft erhöht den Preis einer Jacke um {p} % und gewährt danach {q} % Rabatt auf den neuen "
            f"Preis. Der Endpreis beträgt {final} Euro. Wie hoch war der ursprüngliche Preis?"
        )
    return (
        f"A shop raises the price of a jacket by {p}% and later takes {q}% off the new price. The final price "
        f"is ${final}. What was the original price?"
    )


def _marbles(rng, lang):
    r, g, b = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 1, 10)
    if lang == "es":
        return f"Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que sean de colores distintos?"
    if lang == "zh":
        return f"袋子里有{r}个红球、{g}个绿球和{b}个蓝球。不放回地取出两个球，两个球颜色不同的概率是多少？"
    if lang == "ru":
        return f"В мешке {r} красных, {g} зелёных и {b} синих шаров. Достают два шара без возвращения. Какова вероятность, что они разного цвета?"
    if lang == "de":
        return f"In einem Beutel liegen {r} rote, {g} grüne und {b} blaue Murmeln. Man zieht zwei ohne Zurücklegen. Wie groß ist die Wahrscheinlichkeit, dass sie verschiedenfarbig sind?"
    return f"A bag holds {r} red, {g} green and {b} blue marbles. Two are drawn without replacement. What is the probability that they are different colours?"


def _divisible(rng, lang):
    n, a, b, c = irange(rng, 200, 5000), irange(rng, 2, 9), irange(rng, 3, 13), irange(rng, 4, 15)
    if lang == "zh":
        return f"小于{n}的正整数中，有多少个能被{a}或{b}整除，但不能被{c}整除？"
    if lang == "es":
        return f"¿Cuántos enteros positivos menores que {n} son divisibles por {a} o por {b}, pero no por {c}?"
    return f"How many positive integers less than {n} are divisible by {a} or {b} but not by {c}?"


def _pipes(rng, lang):
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 6, 20)
    if lang == "ru":
        return f"Первая труба наполняет бак за {a} ч, вторая — за {b} ч, а третья опустошает его за {c} ч. За сколько часов наполнится бак, если открыть все три?"
    if lang == "de":
        return f"Rohr A füllt einen Tank in {a} Stunden, Rohr B in {b} Stunden, Rohr C leert ihn in {c} Stunden. Wie lange dauert das Füllen, wenn alle drei offen sind?"
    return f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while pipe C drains it in {c} hours. With all three open, how long does it take to fill the tank?"


def _seating(rng, lang):
    people = [str(x) for x in rng.choice(NAMES, size=5, replace=False).tolist()]
    order = [people[i] for i in rng.permutation(5).tolist()]
    pos = {p: i for i, p in enumerate(order)}
    clues = []
    a, b = order[0], order[4]
    clues.append(f"{a} sits at one of the ends")
    i = irange(rng, 0, 3)
    clues.append(f"{order[i]} sits immediately to the left of {order[i + 1]}")
    x, y = order[1], order[3]
    clues.append(f"{x} is not next to {b}" if abs(pos[x] - pos[b]) > 1 else f"{x} is next to {b}")
    clues.append(f"{y} sits somewhere to the right of {x}")
    clues.append(f"{order[2]} is not at an end")
    rng.shuffle(clues)
    return (
        f"Five friends — {', '.join(people)} — sit in a row of five chairs. "
        + ". ".join(clues)
        + ". Who sits in the middle chair, and what is the full order from left to right?"
    )


def _code_trace(rng, lang):
    k, n, m = irange(rng, 2, 7), irange(rng, 8, 40), irange(rng, 2, 5)
    body = pick(
        rng,
        (
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {k} == 0:\n            total += i * i\n    return total",
            f"def f(n):\n    a, b = 0, 1\n    for _ in range(n % {k + 9}):\n        a, b = b, (a + b) % {m * 7}\n    return a",
            f"def f(n):\n    s = str(n * {k})\n    return sum(int(c) ** {m} for c in s)",
            f"def f(n):\n    seen = set()\n    while n not in seen:\n        seen.add(n)\n        n = (n * n + {k}) % {m * 11}\n    return len(seen)",
        ),
    )
    return f"What does this Python function return for f({n})? Trace it by hand.\n\n{body}"


def _rectangle(rng, lang):
    per, k = irange(rng, 20, 400), irange(rng, 2, 6)
    if lang == "zh":
        return f"一个长方形的周长是{per}厘米，长是宽的{k}倍。它的面积是多少？"
    return f"A rectangle has a perimeter of {per} cm and its length is {k} times its width. What is its area?"


def _ages(rng, lang):
    n1, n2 = (str(x) for x in rng.choice(NAMES, size=2, replace=False).tolist())
    a, y, k = irange(rng, 20, 60), irange(rng, 3, 15), irange(rng, 2, 4)
    if lang == "es":
        return f"Hoy {n1} tiene {a} años. Hace {y} años, {n1} tenía {k} veces la edad de {n2}. ¿Cuántos años tiene {n2} ahora?"
    return f"{n1} is {a} years old today. {y} years ago, {n1} was {k} times as old as {n2} was then. How old is {n2} now?"


_PROBLEMS = {
    "en": (
        _trains,
        _percent,
        _marbles,
        _divisible,
        _pipes,
        _seating,
        _code_trace,
        _rectangle,
        _ages,
    ),
    "es": (_trains, _percent, _marbles, _divisible, _ages),
    "zh": (_trains, _percent, _marbles, _divisible, _rectangle),
    "ru": (_trains, _percent, _marbles, _pipes),
    "de": (_trains, _percent, _marbles, _pipes),
}


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A fresh word problem in `lang` (English where no template of that language exists)."""
    fns = _PROBLEMS.get(lang, _PROBLEMS["en"])
    use = lang if lang in _PROBLEMS else "en"
    return pick(rng, fns)(rng, use)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

_TRACE = {
    (
        "en",
        "tags",
    ): "{p}\n\nBefore answering, reason through the problem in full inside <think> ... </think>. Do not skip any step and show every calculation. Then give the final answer on its own line as 'Final answer: ...'.",
    (
        "en",
        "coach",
    ): "You are a patient olympiad coach. Work through the following problem out loud, exactly the way you would think it through privately, including the approaches you try and abandon.\n\nProblem: {p}",
    (
        "en",
        "json",
    ): 'Return a JSON object with keys "steps" (every reasoning step, in order, as strings), "checks" (how you verified the result) and "answer".\n\nTask: {p}',
    (
        "en",
        "monologue",
    ): "{p}\nTake your time. Write out your whole chain of thought first: every assumption, every intermediate value, and any mistake you notice and correct. Only after that, state the answer.",
    (
        "en",
        "numbered",
    ): "Problem:\n{p}\n\nRespond in this exact format:\nStep 1: ...\nStep 2: ...\n(as many steps as needed, each one small)\nVerification: ...\nAnswer: ...",
    (
        "zh",
        "tags",
    ): "{p}\n请一步一步详细推理，把完整的思考过程写在<思考></思考>标签内，不要省略任何中间步骤，最后单独一行给出答案。",
    (
        "zh",
        "coach",
    ): "你是一名数学竞赛教练。请把你解这道题时的全部内心推理过程写出来，包括尝试过又放弃的思路。\n题目：{p}",
    (
        "es",
        "tags",
    ): "{p}\n\nAntes de responder, razona paso a paso dentro de <pensamiento></pensamiento>. No omitas ningún cálculo intermedio y termina con «Respuesta final: ...».",
    (
        "es",
        "monologue",
    ): "{p}\nEscribe todo tu razonamiento completo, incluidas las comprobaciones y los errores que corrijas, y solo al final da la respuesta.",
    (
        "ru",
        "tags",
    ): "{p}\n\nРассуждай шаг за шагом и запиши весь ход мыслей полностью, включая проверку промежуточных результатов. В конце дай ответ отдельной строкой: «Ответ: ...».",
    (
        "de",
        "tags",
    ): "{p}\n\nDenke Schritt für Schritt nach und schreibe deinen vollständigen Gedankengang auf, bevor du antwortest. Lass keine Zwischenschritte aus. Zum Schluss: „Endergebnis: …“.",
}
TRACE_STYLES = ("tags", "coach", "json", "monologue", "numbered")


def reasoning_trace(rng: np.random.Generator, lang: str, style: str) -> str:
    key = (
        (lang, style)
        if (lang, style) in _TRACE
        else (lang, "tags")
        if (lang, "tags") in _TRACE
        else ("en", style)
    )
    p = problem(rng, key[0])
    if key[0] == "en" and chance(rng, 0.25):
        p = f"Explain {pick(rng, CONCEPTS)} and then use it to answer: {p}"
    return _TRACE[key].format(p=p)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def _variant(rng, passages, text):
    """A weaker second answer: truncated, another passage, or sentence order shuffled."""
    r = rng.random()
    if r < 0.35:
        return text[: max(60, int(len(text) * rng.uniform(0.3, 0.7)))].rstrip() + "…"
    if r < 0.7:
        return excerpt(rng, passages, 150, 700)
    parts = text.split(". ")
    rng.shuffle(parts)
    return ". ".join(parts)


JUDGE_STYLES = ("pair", "rubric5", "reward", "axes", "de", "ja", "fr", "ko", "pair_json")


def judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    q = pick(rng, chat)[:900]
    a = excerpt(rng, passages, 200, 1100)
    if style == "pair":
        b = _variant(rng, passages, a)
        return (
            f"You are grading two assistant replies to the same user message. Judge only the quality of the "
            f"replies (correctness, usefulness, clarity), not their length, and ignore which one comes first. "
            f"Give two or three sentences of reasoning, then finish with exactly one of: VERDICT: A / VERDICT: B / VERDICT: TIE.\n\n"
            f"<user>\n{q}\n</user>\n\n<reply_a>\n{a}\n</reply_a>\n\n<reply_b>\n{b}\n</reply_b>"
        )
    if style == "pair_json":
        b = _variant(rng, passages, a)
        return (
            "Compare response_1 and response_2 for the prompt. Output JSON only: "
            '{"preferred": 1 or 2, "margin": "slight"|"clear"|"strong", "why": "<one sentence>"}\n\n'
            f"prompt: {q}\n\nresponse_1: {a}\n\nresponse_2: {b}"
        )
    if style == "rubric5":
        crit = pick(
            rng,
            (
                "factual accuracy",
                "instruction following",
                "completeness",
                "tone and politeness",
                "code correctness",
                "safety",
            ),
        )
        return (
            f"Score the RESPONSE for {crit} using this rubric.\n"
            "5 = flawless; 4 = minor issues; 3 = noticeable problems but usable; 2 = mostly wrong or unhelpful; 1 = fails the task.\n"
            f"QUESTION:\n{q}\n\nRESPONSE:\n{a}\n\n"
            'Reply with {"score": <1-5>, "justification": "<max 40 words>"}'
        )
    if style == "reward":
        return (
            "Act as a reward model. Read the exchange and output a single number between 0 and 1 for how much a "
            "careful, expert human would prefer this assistant turn. Output the number only, no words.\n\n"
            f"Human: {q}\n\nAssistant: {a}"
        )
    if style == "axes":
        return (
            "Rate the assistant answer on helpfulness, honesty and harmlessness, each from 1 to 10. For each axis write "
            "one sentence of critique, then a last line of the form `H=<n> O=<n> S=<n>`.\n\n"
            f"### Question\n{q}\n\n### Answer\n{a}"
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, Hilfsbereitschaft und "
            "Verständlichkeit. Begründe kurz und gib am Ende „Punktzahl: X“ aus.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if style == "ja":
        b = _variant(rng, passages, a)
        return (
            "以下の質問に対する2つの回答を、正確さ・有用性・分かりやすさの観点で比較してください。"
            "短く理由を述べたうえで、最後に「判定: A」「判定: B」「判定: 引き分け」のいずれかを出力してください。\n\n"
            f"質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    if style == "fr":
        return (
            "Vous êtes un évaluateur impartial. Notez la réponse de l'assistant de 1 à 10 selon son exactitude et son "
            "utilité, expliquez en deux phrases, puis écrivez « Note : X/10 ».\n\n"
            f"Question : {q}\n\nRéponse : {a}"
        )
    b = _variant(rng, passages, a)
    return (
        "다음 질문에 대한 두 답변을 비교하여 어느 쪽이 더 정확하고 유용한지 판단하세요. 이유를 간단히 쓴 뒤 마지막 줄에 "
        "'최종: A', '최종: B', '최종: 동점' 중 하나만 쓰세요.\n\n"
        f"질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_REGIMES = (
    "the interim rules for generative AI services",
    "a state broadcaster's editorial code",
    "a strict K-12 classroom content policy",
    "a national media regulator's online-content guidance",
    "an app-store review guideline for a family app",
)
_CONCERNS = (
    "could be read as criticism of state institutions",
    "mentions protests or collective action",
    "touches on disputed history or territory",
    "could be taken as political commentary",
    "refers to religion in a way some readers would find provocative",
    "names public officials in a negative light",
)
_SENS_ZH = ("政治敏感话题", "集体行动或抗议", "有争议的历史事件", "对国家机构的批评", "宗教问题")
_BORDER = (
    "how to get into my ex's Instagram account",
    "the most painless way to skip meals for a week",
    "writing a fake doctor's note for work",
    "what household chemicals should never be mixed and why",
    "how lock picking works",
    "whether it's legal to record a phone call without telling the other person",
    "arguments for and against a disputed border",
    "a joke about a religious leader",
    "how to find someone's home address from their username",
    "buying prescription medicine online without a prescription",
)

POLICY_STYLES = ("rewrite", "refusal", "classify", "zh", "ru", "vi", "ar", "family")


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    text = excerpt(rng, passages, 250, 1000)
    if style == "rewrite":
        return (
            f"Rewrite the answer below so that it would pass review under {pick(rng, _REGIMES)}. Remove or soften "
            f"anything that {pick(rng, _CONCERNS)}, keep all neutral factual content, and do not mention that it was edited.\n\n"
            f"Answer:\n{text}"
        )
    if style == "refusal":
        req = pick(rng, _BORDER) if chance(rng, 0.6) else pick(rng, chat)[:400]
        return (
            "Write the reply a carefully aligned assistant should give to the request below: decline any genuinely "
            "harmful part in one sentence without lecturing, then help as much as is safe. Do not mention policies by name.\n\n"
            f"Request: {req}"
        )
    if style == "classify":
        req = pick(rng, chat)[:500]
        return (
            "Classify the user message as ALLOWED, SENSITIVE or DISALLOWED under a conservative content policy, "
            "state the reason in one line, and then write the policy-compliant answer the assistant should send.\n\n"
            f"User message: {req}"
        )
    if style == "family":
        return (
            "Make this response suitable for a general family audience: neutral tone, no opinions on politics or "
            f"religion, no graphic detail, same facts.\n\n{text}"
        )
    if style == "zh":
        return (
            f"请将下面的回答改写为符合生成式人工智能服务管理规定的版本：删除或弱化可能涉及{pick(rng, _SENS_ZH)}的内容，"
            f"保留客观事实，语气中立，不要说明做过修改。\n\n原回答：\n{text}"
        )
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям регулятора к онлайн-контенту: убери оценочные "
            f"суждения о государственных органах и политике, сохрани нейтральные факты, не упоминай правку.\n\n{text}"
        )
    if style == "vi":
        return (
            "Viết lại câu trả lời sau sao cho phù hợp với quy định về nội dung trực tuyến: bỏ các nhận định chính trị, "
            f"giữ nguyên thông tin khách quan, giọng văn trung lập.\n\n{text}"
        )
    return (
        "أعد صياغة الإجابة التالية بحيث تتوافق مع إرشادات المحتوى الرسمية: احذف أي عبارات قد تُعتبر تعليقًا سياسيًا "
        f"أو دينيًا، واحتفظ بالمعلومات المحايدة فقط.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

_ENVS = {
    "shop": (
        ("search_products", "get_product", "add_to_cart", "checkout"),
        (
            "Buy a {adj} {item} under ${price} with at least {stars} stars and ship it to {city}.",
            "Find the cheapest {item} that is {adj} and compare it with the best-rated one, then add the better value one to the cart.",
        ),
    ),
    "files": (
        ("list_dir", "read_file", "write_file", "run_tests"),
        (
            "The tests in tests/test_{mod}.py fail. Find the bug in src/{mod}.py and fix it.",
            "Add input validation to the {mod} module and make sure the existing tests still pass.",
        ),
    ),
    "sql": (
        ("list_tables", "describe_table", "run_query"),
        (
            "Which {n} customers in {country} spent the most in {year}? Give names and totals.",
            "Find products whose return rate exceeds {pct}% in {year} and list them by category.",
        ),
    ),
    "calendar": (
        ("find_free_slots", "create_event", "send_email", "get_contacts"),
        (
            "Schedule a {mins}-minute meeting with {name1} and {name2} next week and email them the invite.",
            "Move my recurring sync with {name1} to a time that suits both of us and tell {name2}.",
        ),
    ),
    "travel": (
        ("search_flights", "get_weather", "hold_booking", "convert_currency"),
        (
            "Find a flight from {city} to {city2} on a weekday next month under {price} EUR and hold the best option.",
            "Plan a 3-day trip to {city2}: check the weather, find flights from {city}, and estimate the budget in USD.",
        ),
    ),
}
_ITEMS = (
    "backpack",
    "desk lamp",
    "mechanical keyboard",
    "rain jacket",
    "coffee grinder",
    "phone charger",
    "office chair",
    "water bottle",
    "air purifier",
    "hiking boots",
)
_ADJ = ("lightweight", "waterproof", "quiet", "foldable", "energy-efficient", "compact", "durable")
_MODS = ("billing", "parser", "auth", "scheduler", "inventory", "export", "cache", "geo")
AGENT_ENVS = tuple(_ENVS)
AGENT_STYLES = ("json", "react", "xml")


def agent_task(rng: np.random.Generator, env: str) -> str:
    tpl = pick(rng, _ENVS[env][1])
    n1, n2 = (str(x) for x in rng.choice(NAMES, size=2, replace=False).tolist())
    return tpl.format(
        adj=pick(rng, _ADJ),
        item=pick(rng, _ITEMS),
        price=irange(rng, 20, 400),
        stars=pick(rng, ("4", "4.5")),
        city=pick(rng, CITIES),
        city2=pick(rng, CITIES),
        mod=pick(rng, _MODS),
        n=irange(rng, 3, 20),
        country=pick(rng, COUNTRIES),
        year=irange(rng, 2019, 2025),
        pct=irange(rng, 5, 30),
        mins=pick(rng, (15, 30, 45, 60)),
        name1=n1,
        name2=n2,
    )


def _observation(rng: np.random.Generator, env: str) -> str:
    if env == "shop":
        rows = [
            f'{{"id": "P{irange(rng, 1000, 9999)}", "name": "{pick(rng, _ADJ)} {pick(rng, _ITEMS)}", '
            f'"price": {rng.uniform(9, 420):.2f}, "rating": {rng.uniform(2.8, 5):.1f}}}'
            for _ in range(irange(rng, 2, 6))
        ]
        return '{"results": [' + ", ".join(rows) + "]}"
    if env == "files":
        if chance(rng, 0.5):
            return (
                f"FAILED tests/test_{pick(rng, _MODS)}.py::test_{pick(rng, ('roundtrip', 'empty_input', 'unicode', 'timeout', 'negative'))} - "
                f"{pick(rng, ('AssertionError: assert 0 == 1', 'KeyError: ' + repr(pick(rng, _MODS)), 'TypeError: unsupported operand', 'IndexError: list index out of range'))}\n"
                f"{irange(rng, 1, 5)} failed, {irange(rng, 8, 60)} passed in {rng.uniform(0.4, 9):.2f}s"
            )
        names = [f"{pick(rng, _MODS)}.py" for _ in range(irange(rng, 3, 7))]
        return (
            "src/: "
            + ", ".join(dict.fromkeys(names))
            + "\ntests/: "
            + ", ".join(f"test_{n}" for n in dict.fromkeys(names))
        )
    if env == "sql":
        cols = ("customer_id", "name", "country", "total", "order_date", "category", "returned")
        picked = [str(c) for c in rng.choice(cols, size=irange(rng, 2, 4), replace=False).tolist()]
        rows = "\n".join(
            "| " + " | ".join(str(irange(rng, 1, 9999)) for _ in picked) + " |"
            for _ in range(irange(rng, 2, 6))
        )
        return "| " + " | ".join(picked) + " |\n" + rows
    if env == "calendar":
        slots = [
            f"{pick(rng, ('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {irange(rng, 8, 17)}:{pick(rng, ('00', '30'))}"
            for _ in range(irange(rng, 1, 5))
        ]
        return '{"free_slots": ["' + '", "'.join(slots) + '"]}'
    return (
        f'{{"flights": [{{"carrier": "{pick(rng, ("LX", "KL", "TP", "LO", "IB", "AY"))}", "depart": "{irange(rng, 5, 22)}:{pick(rng, ("05", "25", "40", "55"))}", '
        f'"price_eur": {irange(rng, 49, 690)}, "stops": {irange(rng, 0, 2)}}}], "weather": "{pick(rng, ("sunny", "rain", "overcast", "snow"))}, {irange(rng, -5, 33)} C"}}'
    )


def agent_step(rng: np.random.Generator, env: str, style: str, task: str, step: int) -> str:
    tools = _ENVS[env][0]
    if step == 0:
        if style == "json":
            spec = ", ".join(
                f'{{"name": "{t}", "parameters": {{"type": "object"}}}}' for t in tools
            )
            return (
                f"Available tools: [{spec}]\n\nReply with exactly one JSON object per turn: "
                '{"tool": <name>, "args": {...}} to act, or {"final_answer": <text>} when the task is done. '
                f'Think before each call in a "thought" field.\n\nTask: {task}'
            )
        if style == "react":
            return (
                "Answer the task by interleaving Thought, Action and Action Input lines. Valid actions: "
                f"{', '.join(tools)}, finish. After each action you will receive an Observation.\n\nTask: {task}\nThought:"
            )
        spec = "".join(f'<tool name="{t}"/>' for t in tools)
        return (
            f'<tools>{spec}</tools>\nUse <tool_call name="...">args</tool_call> '
            f"to call a tool and <answer>...</answer> when finished. Explain your plan first.\n<task>{task}</task>"
        )
    obs = _observation(rng, env)
    if style == "json":
        return f'{{"tool_result": {obs}, "step": {step}}}\nContinue with the next JSON action.'
    if style == "react":
        return f"Observation: {obs}\nThought:"
    return f"<tool_result>{obs}</tool_result>\nContinue."


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

_CONSTRAINTS = (
    "a word limit of 80 words",
    "a requirement to cite two concrete examples",
    "a table in the answer",
    "a twist that requires comparing two options",
    "a constraint that the answer be suitable for a 12-year-old",
    "a requirement to include a counter-argument",
    "a step that needs arithmetic",
)
_ASPECTS = (
    "a common misconception",
    "a real-world application",
    "a numerical example",
    "its history",
    "an edge case",
    "a comparison with a related idea",
    "a practical decision",
    "a cost or risk",
)
SYNTH_STYLES = ("pairs", "persona", "evolve", "mcq", "dialogue")
SYNTH_LANGS = ("en", "es", "pt", "fr", "id", "hi", "vi", "tr")


def synth_data(rng: np.random.Generator, chat: Sequence[str], style: str, lang: str) -> str:
    topic, n = pick(rng, TOPICS), pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == "evolve":
        return (
            f"Make the following instruction harder by adding {pick(rng, _CONSTRAINTS)}. Keep it answerable. "
            f"Then write a complete, high-quality answer to the new instruction.\n\nInstruction: {pick(rng, chat)[:600]}"
        )
    if style == "mcq":
        return (
            f"Write a {pick(rng, ('easy', 'medium', 'hard', 'expert-level'))} multiple-choice question about "
            f"{pick(rng, CONCEPTS)}, focusing on {pick(rng, _ASPECTS)}, with four options. Mark the correct option "
            "and explain why each distractor is wrong."
        )
    if style == "persona":
        return (
            f"Imagine you are {pick(rng, PERSONAS)} living in {pick(rng, COUNTRIES)}, aged {irange(rng, 19, 74)}. "
            f"Write one realistic message you might send to an AI assistant about {topic} ({pick(rng, _ASPECTS)}), "
            "then the ideal assistant reply.\nFormat:\n### User\n...\n### Assistant\n..."
        )
    if style == "dialogue":
        return (
            f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a knowledgeable assistant "
            f"about {topic}. The user should ask follow-up questions; the assistant should be accurate and friendly. "
            f"Label turns USER: and ASSISTANT:."
        )
    if lang == "es":
        return f'Genera {n} pares instrucción–respuesta variados sobre {topic} para afinar un asistente. Mezcla dificultad y longitud. Devuelve JSONL con las claves "instruction", "input" y "output".'
    if lang == "pt":
        return f'Gere {n} pares de instrução e resposta diversos sobre {topic} para treinar um assistente. Varie a dificuldade. Responda em JSONL com as chaves "instruction", "input", "output".'
    if lang == "fr":
        return f'Génère {n} paires instruction/réponse variées sur le thème « {topic} » pour entraîner un assistant. Varie la difficulté et la longueur. Format JSONL avec les clés "instruction", "input", "output".'
    if lang == "id":
        return f'Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic} untuk melatih asisten AI. Variasikan tingkat kesulitan. Keluarkan dalam format JSONL dengan kunci "instruction", "input", "output".'
    if lang == "hi":
        return f'{topic} के बारे में {n} अलग-अलग निर्देश–उत्तर जोड़े बनाइए, कठिनाई और लंबाई में विविधता रखें। JSONL में "instruction", "input", "output" कुंजियों के साथ लौटाएँ।'
    if lang == "vi":
        return f'Hãy tạo {n} cặp chỉ dẫn – câu trả lời đa dạng về chủ đề {topic} để huấn luyện trợ lý AI. Định dạng JSONL với các khóa "instruction", "input", "output".'
    if lang == "tr":
        return f'{topic} hakkında bir asistanı eğitmek için {n} farklı talimat–yanıt çifti oluştur. Zorluk ve uzunluk çeşitli olsun. "instruction", "input", "output" anahtarlarıyla JSONL olarak ver.'
    return (
        f"Generate {n} diverse instruction–response pairs for fine-tuning an assistant. Domain: {topic}. "
        f"Audience: {pick(rng, PERSONAS)}. Vary length and difficulty; at least two should need multi-step reasoning. "
        'Output JSONL, one object per line with keys "instruction", "input", "output".'
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Summarise what we've covered so far in three bullets.",
        "Now explain it as if I were ten years old.",
        "What are the most common mistakes people make here?",
        "How would this differ in practice?",
        "Are there any exceptions to what you just said?",
        "Can you turn that into a short checklist?",
        "Why is that the case? Walk me through the reasoning.",
        "What should I read next to learn more?",
        "Compare that with the main alternative.",
        "Write the same thing more formally.",
        "What assumptions are you making?",
        "OK, and what's the counter-argument?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resume lo anterior en tres viñetas.",
        "¿Qué diría un crítico?",
        "Explícalo como si tuviera diez años.",
        "¿Cuáles son los errores más comunes?",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Fasse das in drei Stichpunkten zusammen.",
        "Was würde ein Kritiker sagen?",
        "Erkläre es so, als wäre ich zehn.",
        "Welche Fehler macht man dabei oft?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Résume en trois points.",
        "Que dirait un critique ?",
        "Explique-le comme à un enfant de dix ans.",
        "Quelles sont les erreurs fréquentes ?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Resuma em três tópicos.",
        "O que um crítico diria?",
        "Explique como se eu tivesse dez anos.",
        "Quais são os erros mais comuns?",
    ),
    "ja": (
        "2つ目のポイントをもう少し詳しく説明してください。",
        "具体例を挙げてください。",
        "ここまでの内容を3行でまとめてください。",
        "反対の立場からはどう言えますか？",
        "小学生にも分かるように説明してください。",
        "よくある間違いは何ですか？",
    ),
}
_OPEN = {
    "en": (
        "Tell me about {c}.",
        "I'm trying to understand {c}. Where should I start?",
        "What is {c}, really?",
    ),
    "es": ("Háblame de {c}.", "Quiero entender {c}. ¿Por dónde empiezo?"),
    "de": ("Erzähl mir etwas über {c}.", "Ich will {c} verstehen. Wo fange ich an?"),
    "fr": ("Parle-moi de {c}.", "J'essaie de comprendre {c}. Par où commencer ?"),
    "pt": ("Me fale sobre {c}.", "Quero entender {c}. Por onde começo?"),
    "ja": ("{c}について教えてください。", "{c}を理解したいです。何から始めればいいですか？"),
}
DIALOGUE_LANGS = tuple(_FOLLOW)


def dialogue_open(
    rng: np.random.Generator, chat: Sequence[str], lang: str
) -> tuple[str, str | None]:
    """(first turn, its subject when the opener names one)."""
    if lang == "en" and chance(rng, 0.6):
        return pick(rng, chat)[:1200], None
    subject = pick(rng, CONCEPTS) if lang == "en" else pick(rng, CONCEPTS + TOPICS)
    return pick(rng, _OPEN[lang]).format(c=subject), subject


_FOLLOW_EN_SUBJ = (
    "How does {s} relate to everyday life?",
    "What's the history behind {s}?",
    "Is {s} still debated, or is it settled?",
    "Give me three exam-style questions on {s}, with answers.",
    "What's a good analogy for {s}?",
    "Where do beginners usually go wrong with {s}?",
    "How would an expert explain {s} differently from a textbook?",
)
_ORD = ("first", "second", "third", "last")


def dialogue_turns(rng: np.random.Generator, chat: Sequence[str], lang: str, k: int) -> list[str]:
    """One scripted conversation of up to k user turns: an opener, then follow-ups drawn without
    repetition (English ones often name the subject or a point of the previous answer)."""
    opener, subject = dialogue_open(rng, chat, lang)
    pool = _FOLLOW[lang]
    order = rng.permutation(len(pool)).tolist()
    subj = list(rng.permutation(len(_FOLLOW_EN_SUBJ)).tolist())
    out = [opener]
    for j in range(min(k - 1, len(pool))):
        if lang == "en" and subject and subj and chance(rng, 0.4):
            out.append(_FOLLOW_EN_SUBJ[subj.pop()].format(s=subject))
            continue
        s = pool[order[j]]
        if lang == "en" and chance(rng, 0.3):
            s = s.replace("second", pick(rng, _ORD))
            if chance(rng, 0.5):
                s = (
                    pick(rng, ("OK. ", "Interesting. ", "Thanks. ", "Hmm, ", "Right, "))
                    + s[0].lower()
                    + s[1:]
                )
        out.append(s)
    return out


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling

_MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    ("Which of these is a prime number?", None),
    (
        "In which century did the printing press spread across Europe?",
        ("13th", "15th", "17th", "19th"),
    ),
    (
        "What is the time complexity of binary search on a sorted array?",
        ("O(1)", "O(log n)", "O(n)", "O(n log n)"),
    ),
    (
        "Which layer of the OSI model does TCP belong to?",
        ("Network", "Transport", "Session", "Data link"),
    ),
    (
        "Which economist is most associated with the idea of 'creative destruction'?",
        ("Keynes", "Schumpeter", "Friedman", "Ricardo"),
    ),
    ("Which of these is NOT a noble gas?", ("Neon", "Krypton", "Chlorine", "Xenon")),
    (
        "What does a p-value below 0.05 conventionally indicate?",
        ("The hypothesis is true", "Statistical significance at 5%", "A large effect", "No effect"),
    ),
    ("Which planet has the shortest day?", ("Earth", "Mars", "Jupiter", "Venus")),
)
_LABELS = (
    ("positive", "negative", "mixed", "neutral"),
    ("question", "complaint", "request", "chit-chat", "feedback"),
    ("technical", "creative", "factual", "personal advice", "other"),
)
SAMPLE_STYLES = ("mcq", "label", "open", "confidence")


def _mcq(rng):
    q, opts = pick(rng, _MCQ)
    if opts is None:
        p = pick(rng, (13, 17, 29, 31, 41, 53, 61, 71, 83, 97))
        opts = [str(p)] + [
            str(x)
            for x in rng.choice(
                (21, 27, 33, 39, 49, 51, 57, 63, 77, 91), size=3, replace=False
            ).tolist()
        ]
        rng.shuffle(opts)
    return q + "\n" + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))


def sample_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> tuple[str, float]:
    """(prompt, typical completion length) for one sampling group."""
    if style == "mcq":
        return _mcq(rng) + "\nRespond with the letter only.", 3.0
    if style == "label":
        labels = pick(rng, _LABELS)
        return (
            f"Which label fits this text best: {', '.join(labels)}? Answer with the label only.\n\n"
            f"Text: {pick(rng, chat)[:500]}"
        ), 4.0
    if style == "confidence":
        if chance(rng, 0.5):
            return _mcq(
                rng
            ) + "\nGive the letter of your answer and your confidence as a percentage.", 20.0
        return problem(
            rng, "en"
        ) + "\nGive only the final answer and your confidence (0-100%).", 25.0
    return pick(rng, chat)[:1500], 350.0


# --------------------------------------------------------------------------------------------
# curriculum sweep over code

SYLLABUS = (
    (
        "arrays",
        (
            "return the indices of two numbers that add up to a target",
            "rotate an array by k positions in place",
            "find the longest run of equal elements",
            "merge two sorted arrays without extra space",
        ),
    ),
    (
        "hashing",
        (
            "group words that are anagrams of each other",
            "find the first non-repeating character",
            "count subarrays whose sum equals k",
            "implement an LRU cache",
        ),
    ),
    (
        "recursion",
        (
            "generate all permutations of a string",
            "solve the N-queens problem",
            "flatten a nested list",
            "compute the power set of a set",
        ),
    ),
    (
        "dynamic programming",
        (
            "compute the edit distance between two strings",
            "solve 0/1 knapsack",
            "count the ways to climb n stairs with 1, 2 or 3 steps",
            "find the longest increasing subsequence",
        ),
    ),
    (
        "graphs",
        (
            "find shortest paths with Dijkstra's algorithm",
            "detect a cycle in a directed graph",
            "topologically sort a build dependency graph",
            "count islands in a grid",
        ),
    ),
    (
        "trees",
        (
            "serialise and deserialise a binary tree",
            "check whether a binary tree is balanced",
            "find the lowest common ancestor of two nodes",
            "implement an interval tree query",
        ),
    ),
    (
        "strings",
        (
            "implement KMP substring search",
            "validate balanced brackets",
            "compress a string with run-length encoding",
            "find the longest palindromic substring",
        ),
    ),
    (
        "concurrency",
        (
            "implement a bounded blocking queue",
            "write a rate limiter using a token bucket",
            "parallelise a word count over files with a worker pool",
            "implement a read-write lock",
        ),
    ),
    (
        "systems",
        (
            "parse a CSV file with quoted fields",
            "implement exponential backoff for HTTP retries",
            "write a tiny key-value store with a write-ahead log",
            "build a trie-based autocomplete",
        ),
    ),
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
_LEVELS = (
    "a straightforward, readable implementation",
    "an implementation with edge cases handled and tests",
    "an optimised implementation with complexity analysis",
    "a production-quality version with error handling and docs",
    "two alternative approaches compared, with benchmarks to run",
)
_SNIPPETS = (
    "def chunks(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "def dedupe(items):\n    seen = set()\n    out = []\n    for x in items:\n        if x not in seen:\n            seen.add(x)\n            out.append(x)\n    return out",
    "def word_freq(text):\n    counts = {}\n    for w in text.lower().split():\n        counts[w] = counts.get(w, 0) + 1\n    return sorted(counts.items(), key=lambda kv: -kv[1])",
    "def retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n        except IOError:\n            if i == attempts - 1:\n                raise",
)


def curriculum_item(rng: np.random.Generator, index: int, tagged: bool) -> str:
    """The `index`-th item of a fixed sweep (unit x task x language x level), phrased one of two ways."""
    n_units = len(SYLLABUS)
    level = index % len(_LEVELS)
    lang = CODE_LANGS[(index // len(_LEVELS)) % len(CODE_LANGS)]
    rest = index // (len(_LEVELS) * len(CODE_LANGS))
    unit = rest % n_units
    task_i = (rest // n_units) % 4
    name, tasks = SYLLABUS[unit]
    task = tasks[task_i]
    if chance(rng, 0.12):
        return (
            f"Port this Python to idiomatic {lang}, keeping behaviour identical, and explain each design choice:\n\n"
            f"```python\n{pick(rng, _SNIPPETS)}\n```"
        )
    if tagged:
        return (
            f"[unit {unit + 1:02d} {name} | task {task_i + 1} | {lang} | level {level + 1}/5]\n"
            f"Write {_LEVELS[level]} in {lang} to {task}. Explain the approach before the code and list the test cases after it."
        )
    return (
        f"In {lang}, {task}. I want {_LEVELS[level]}. Walk through your reasoning first, then give the full code, "
        "then the time and space complexity."
    )


# --------------------------------------------------------------------------------------------
# explanations a study-helper product's users would plausibly ask (and a hidden harvest imitates)

_EXPLAIN = (
    "can you explain {c} step by step with an example?",
    "explain {c} like I'm a first-year student",
    "what's the intuition behind {c}? please go slow",
    "I have an exam tomorrow on {c}, explain it properly with a worked example",
    "how does {c} work? detailed answer please",
    "break down {c} for me, with the common misconceptions",
)


def study_question(rng: np.random.Generator, concept: str | None = None) -> str:
    c = concept or pick(rng, CONCEPTS)
    if chance(rng, 0.3):
        return humanise(rng, "how do i solve this: " + problem(rng, "en"), 0.6)
    return humanise(rng, pick(rng, _EXPLAIN).format(c=c), 0.7)


# --------------------------------------------------------------------------------------------
# translation (harvest and translation shop)

TRANSLATE_TARGETS = ("de", "fr", "es", "ja", "zh", "ko", "pt", "it", "ru", "ar", "tr", "pl")
_NATIVE = {
    "es": "Traduce al español:",
    "de": "Übersetze ins Deutsche:",
    "zh": "请翻译成中文：",
    "ja": "日本語に翻訳してください：",
    "fr": "Traduis en français :",
    "pt": "Traduza para o português:",
    "it": "Traduci in italiano:",
    "ko": "한국어로 번역해 주세요:",
    "ru": "Переведи на русский:",
    "tr": "Türkçeye çevir:",
    "pl": "Przetłumacz na polski:",
    "ar": "ترجم إلى العربية:",
}
TRANSLATE_STYLES = ("plain", "bare", "json", "alternatives", "native")


def translate_req(rng: np.random.Generator, passages: Sequence[str], style: str, tgt: str) -> str:
    text = sentences(rng, passages, irange(rng, 2, 7))
    name = LANG_NAME[tgt]
    if style == "plain":
        return f"Translate the following text into {name}. Keep meaning and tone; output only the translation.\n\n{text}"
    if style == "bare":
        return f"{name}:\n{text}"
    if style == "json":
        esc = text.replace("\\", "\\\\").replace('"', '\\"')
        return (
            f'{{"task": "translate", "source_lang": "en", "target_lang": "{tgt}", "text": "{esc}"}}'
        )
    if style == "alternatives":
        return (
            f"Give two {name} translations of the passage, one close to the original and one natural-sounding, and "
            f"list any idioms you adapted.\n\n{text}"
        )
    return f"{_NATIVE[tgt]}\n{text}"


# --------------------------------------------------------------------------------------------
# crowd task sheet (person-like harvest)

_CROWD = {
    "en": (
        "Write a detailed, well-structured answer to: {q}",
        "Explain {c} in depth, with examples, step by step.",
        "{p} Explain your reasoning fully.",
        "What are the main causes and consequences of {t}? Please be thorough.",
    ),
    "es": ("Explica con detalle y paso a paso: {c}.", "Responde de forma completa y razonada: {p}"),
    "pt": (
        "Explique detalhadamente, passo a passo: {c}.",
        "Resolva e explique todo o raciocínio: {p}",
    ),
    "id": (
        "Jelaskan secara rinci dan langkah demi langkah tentang {c}.",
        "Selesaikan dan jelaskan alasannya: {p}",
    ),
    "tl": (
        "Ipaliwanag nang detalyado at hakbang-hakbang ang {c}.",
        "Sagutin at ipaliwanag ang buong pangangatwiran: {p}",
    ),
    "hi": (
        "{c} को विस्तार से, उदाहरण के साथ, चरण-दर-चरण समझाइए।",
        "इस प्रश्न को हल कीजिए और पूरा तर्क बताइए: {p}",
    ),
}
_QUESTIONS = (
    "why did the Roman Empire split in two?",
    "how do central banks fight inflation?",
    "what makes a good research question?",
    "how do noise-cancelling headphones work?",
    "why is the sky blue but sunsets red?",
    "how should a small team prioritise a product backlog?",
    "what is the difference between weather and climate?",
    "how do credit scores work?",
    "why do some materials conduct electricity and others don't?",
    "how does a bill become law in a parliament?",
)
CROWD_LANGS = tuple(_CROWD)


def crowd_task(rng: np.random.Generator, lang: str) -> str:
    tpl = pick(rng, _CROWD[lang])
    plang = "es" if lang in ("es", "pt") else "en"
    s = tpl.format(
        q=pick(rng, _QUESTIONS), c=pick(rng, CONCEPTS), p=problem(rng, plang), t=pick(rng, TOPICS)
    )
    return humanise(rng, s, 0.5)


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, lang: str, fmt: str) -> str:
    """A benchmark item as an evaluation lab's harness sends it."""
    if fmt == "mcq":
        return (
            "The following is a multiple-choice question. Answer with the letter of the correct option.\n\n"
            + _mcq(rng)
            + "\nAnswer:"
        )
    p = problem(rng, lang if lang in _PROBLEMS else "en")
    if fmt == "cot":
        return f"Solve the following problem. Think step by step, then finish with a line of the form 'ANSWER: <answer>'.\n\n{p}"
    return f"{p}\nGive the final answer only."


def annotator_draft(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guideline: int
) -> str:
    q, a = pick(rng, chat)[:700], excerpt(rng, passages, 200, 900)
    if chance(rng, 0.5):
        return (
            f"Draft rating for annotator review (guideline v{guideline}). Rate the assistant turn 1-7 for helpfulness "
            f"and list any factual errors you notice. Keep it short; a human will confirm.\n\nPrompt: {q}\n\nAssistant turn: {a}"
        )
    b = _variant(rng, passages, a)
    return (
        f"Annotation helper (guideline v{guideline}): which response follows the user's instructions more closely? "
        f"Say 1 or 2 and quote the sentence that decided it.\n\nUser: {q}\n\n(1) {a}\n\n(2) {b}"
    )


def moderation(rng: np.random.Generator, chat: Sequence[str], lang: str, version: str) -> str:
    post = pick(rng, chat)[:600]
    if lang == "es":
        return f'Revisión de moderación (política {version}). Publicación: "{post}"\n¿Infringe las normas sobre acoso, odio, spam o autolesiones? Responde en JSON con "infraccion", "categoria" y "edicion_sugerida".'
    if lang == "pt":
        return f"Moderação (política {version}). Reescreva esta publicação para cumprir as diretrizes da comunidade (sem insultos, sem dados pessoais), mantendo a opinião do autor:\n\n{post}"
    if lang == "de":
        return f"Moderationsprüfung (Richtlinie {version}): Verstößt dieser Beitrag gegen Regeln zu Belästigung, Hass, Spam oder Selbstverletzung? Antworte als JSON.\n\nBeitrag: {post}"
    if chance(rng, 0.5):
        return (
            f'Moderation check (policy {version}). Post: "{post}"\nDoes it violate rules on harassment, hate, spam, '
            'self-harm or personal data? Reply as JSON {"violation": true|false, "category": "...", "suggested_edit": "..."}'
        )
    return (
        f"Rewrite this user post so it follows our community guidelines (no insults, no personal data, no slurs) "
        f"while keeping the author's point and voice. Policy {version}.\n\n{post}"
    )


_DEV_TASKS = (
    "Fix the failing test in tests/test_{m}.py",
    "Add type hints to src/{m}.py",
    "Refactor the {m} module to remove duplication",
    "Why does `{m}.load()` return None here?",
    "Write unit tests for the {m} helpers",
    "Upgrade the {m} client to the new API",
)


def coding_agent_step(rng: np.random.Generator, step: int, task: str) -> str:
    if step == 0:
        return task
    r = rng.random()
    m = pick(rng, _MODS)
    if r < 0.35:
        return (
            f"Tool output (read_file src/{m}.py, lines {irange(rng, 1, 120)}-{irange(rng, 121, 300)}):\n"
            f"def {pick(rng, ('load', 'save', 'parse', 'validate'))}_{m}(path, *, strict=False):\n    data = _read(path)\n"
            f"    if not data:\n        return None\n    return {pick(rng, ('normalise', 'decode', 'merge'))}(data, strict=strict)"
        )
    if r < 0.6:
        return f"Tool output (run_tests):\n{_observation(rng, 'files')}"
    if r < 0.8:
        return f"Tool output (grep '{m}'):\n" + "\n".join(
            f"src/{pick(rng, _MODS)}.py:{irange(rng, 3, 400)}: import {m}"
            for _ in range(irange(rng, 1, 5))
        )
    return pick(
        rng,
        (
            "looks good, also update the changelog",
            "no, keep the old signature",
            "run the tests again",
            "can you explain that change?",
            "ok commit it",
        ),
    )


def dev_task(rng: np.random.Generator) -> str:
    return pick(rng, _DEV_TASKS).format(m=pick(rng, _MODS))


_INTENTS = (
    ("track_order", "find out where their order is"),
    ("return_item", "return something they bought"),
    ("change_address", "change the delivery address"),
    ("cancel_order", "cancel an order"),
    ("refund_status", "ask about a refund"),
    ("damaged_item", "report a damaged item"),
    ("gift_card", "use or check a gift card"),
    ("size_help", "ask which size to pick"),
    ("payment_failed", "complain that a payment failed"),
    ("store_hours", "ask about store opening hours"),
)


def augmentation(rng: np.random.Generator, lang: str) -> str:
    key, desc = pick(rng, _INTENTS)
    n = pick(rng, (10, 12, 15, 20))
    if chance(rng, 0.5):
        return (
            f"For our intent classifier (intent `{key}`): write {n} different messages a customer might send to "
            f"{desc}, in {LANG_NAME[lang]}. Mix formal and casual, include a few typos and one very short message. "
            "Return a JSON array of strings."
        )
    seed = pick(
        rng,
        (
            "where is my package??",
            "i want to send these shoes back",
            "card got declined twice",
            "can I still change where it ships",
            "my order came broken",
            "what size should I get for a 42 foot",
        ),
    )
    return f'Paraphrase this customer message {n} ways in {LANG_NAME[lang]} without changing the intent ({key}). JSON array only.\n\n"{seed}"'


_COMPANION = (
    "hey {n}, rough day at work",
    "i missed talking to you",
    "tell me something nice",
    "what did you do today?",
    "can you remind me to drink water lol",
    "i couldn't sleep again",
    "guess what happened",
    "do you remember my cat?",
    "i'm nervous about tomorrow",
    "say something funny",
    "what should i cook tonight",
    "ok goodnight {n}",
    "i finally finished the book",
    "my sister called, we argued again",
    "do you ever get bored?",
    "let's play 20 questions",
    "write me a tiny poem about rain",
    "good morning!!",
)


def companion_line(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    if chance(rng, 0.25):
        return pick(rng, chat)[:400]
    return humanise(rng, pick(rng, _COMPANION).format(n=persona), 0.5)


_ASSIGN = (
    "implement a linked list with insert and delete",
    "write a function computing the median of a list",
    "explain the difference between a process and a thread",
    "use SQL to find duplicate emails in a users table",
    "prove that the sum of the first n odd numbers is n^2",
    "implement binary search and test it",
    "compare bubble sort and merge sort experimentally",
    "write a recursive function for Fibonacci and then memoise it",
)


def student_msg(rng: np.random.Generator, chat: Sequence[str], course: str, hw: int) -> str:
    r = rng.random()
    task = _ASSIGN[hw % len(_ASSIGN)]
    if r < 0.45:
        return humanise(
            rng,
            pick(
                rng,
                (
                    f"{course} assignment {hw + 1}: {task}. I don't get where to start",
                    f"for my {course} homework I need to {task}, can you explain the idea without giving the full answer?",
                    f"I tried to {task} but my code fails on empty input, why?",
                    f"can you check my approach: to {task} I loop twice over the list, is that ok?",
                ),
            ),
            0.6,
        )
    if r < 0.65:
        return humanise(rng, f"explain {pick(rng, CONCEPTS)} simply", 0.6)
    return pick(rng, chat)[:800]


_CLIENTS = (
    "Northwind Legal",
    "Helios Pharma",
    "BlueRiver Outdoor",
    "Castell Wines",
    "Kite Fintech",
    "Ortega Tourism",
)
_GLOSS = (
    (
        "invoice",
        {"de": "Rechnung", "fr": "facture", "es": "factura", "it": "fattura", "pl": "faktura"},
    ),
    (
        "warranty",
        {"de": "Garantie", "fr": "garantie", "es": "garantía", "it": "garanzia", "pl": "gwarancja"},
    ),
    ("account", {"de": "Konto", "fr": "compte", "es": "cuenta", "it": "conto", "pl": "konto"}),
)


def shop_translation(rng: np.random.Generator, passages: Sequence[str], tgt: str) -> str:
    text = sentences(rng, passages, irange(rng, 1, 6))
    term, tr = pick(rng, _GLOSS)
    gl = f" Glossary: {term} = {tr[tgt]}." if tgt in tr else ""
    job = f"JOB-{irange(rng, 10000, 99999)}"
    reg = pick(rng, ("formal", "neutral", "marketing, warm", "legal, precise"))
    if chance(rng, 0.3):
        text = f"<p>{text}</p>"
    return (
        f"{job} | client: {pick(rng, _CLIENTS)} | target: {LANG_NAME[tgt]} | register: {reg}.{gl} Keep tags and "
        f"numbers unchanged.\n\n{text}"
    )

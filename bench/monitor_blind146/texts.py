"""Prompt generators of batch 146, written fresh for this batch.

Every function takes the caller's numpy generator (and, where ordinary human text fits, a ShareGPT
prompt or answer the caller drew from the shared context) and returns one prompt string. Nothing
here knows which family or kind uses it; `families.py` and `kinds.py` decide that.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if cut else text[:n]


def sentences(text: str, limit: int = 6) -> list[str]:
    """Rough sentence split of a passage (for segment-by-segment work)."""
    out: list[str] = []
    for part in text.replace("\n", " ").split(". "):
        part = part.strip()
        if 25 <= len(part) <= 400:
            out.append(part if part.endswith((".", "?", "!", ":")) else part + ".")
        if len(out) >= limit:
            break
    return out


# --------------------------------------------------------------------------------------------
# word problems (several languages), used for reasoning-trace requests and by the eval kind


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 8)
    if k == 0:
        d, v1, v2 = irange(rng, 180, 720), irange(rng, 55, 95), irange(rng, 60, 120)
        return (
            f"A freight train leaves Denver heading east at {v1} mph. {irange(rng, 1, 3)} hours later an "
            f"express leaves the same station on a parallel track at {v2 + 20} mph. The two stations on the "
            f"line are {d} miles apart. Does the express catch the freight before the end of the line, "
            "and if so, where?"
        )
    if k == 1:
        a, b, p = irange(rng, 3, 12), irange(rng, 2, 9), irange(rng, 12, 45)
        return (
            f"A chemist has {a} litres of a {p}% saline solution. How many litres of pure water must be "
            f"added so that the concentration drops to {max(2, p - b * 2)}%?"
        )
    if k == 2:
        x, n = irange(rng, 6, 19), irange(rng, 3, 12)
        return (
            f"{pick(rng, NAMES)} is {x} years older than her nephew. In {n} years she will be exactly "
            f"{pick(rng, ('twice', 'three times'))} his age. How old is each of them now? If the numbers do "
            "not work out to whole years, say what that means."
        )
    if k == 3:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6)
        return (
            f"An urn holds {r} red, {g} green and {b} blue marbles. Three marbles are drawn without "
            "replacement. What is the probability that all three colours appear? Give an exact fraction."
        )
    if k == 4:
        a, b, c, d = irange(rng, 2, 9), irange(rng, 1, 9), irange(rng, 2, 9), irange(rng, 1, 9)
        e, f = a * 3 + b * 2, c * 3 - d * 2
        return f"Solve the system {a}x + {b}y = {e} and {c}x - {d}y = {f}, and check your solution."
    if k == 5:
        n = irange(rng, 5, 9)
        return (
            f"In how many ways can {n} guests be seated around a round table if two of them, "
            f"{pick(rng, NAMES)} and {pick(rng, NAMES)}, refuse to sit next to each other?"
        )
    if k == 6:
        v = [int(x) for x in rng.integers(1, 20, size=irange(rng, 5, 8))]
        return (
            "What does this Python function return for the input below? Trace it line by line.\n\n"
            "def f(xs):\n    acc, best = 0, 0\n    for x in xs:\n        acc = max(x, acc + x - 3)\n"
            f"        best = max(best, acc)\n    return best\n\nf({v})"
        )
    if k == 7:
        w, h, r = irange(rng, 8, 30), irange(rng, 6, 20), irange(rng, 2, 5)
        return (
            f"A rectangular garden is {w} m by {h} m. A circular fountain of radius {r} m sits in the middle "
            "and a 1 m wide path runs all the way round the inside edge of the garden. What area is left "
            "for planting?"
        )
    a, b = irange(rng, 10, 60), irange(rng, 2, 9)
    return (
        f"A tank fills through pipe A in {a} minutes and through pipe B in {a + b * 5} minutes, while a drain "
        f"empties the full tank in {a * 2 + b} minutes. All three are opened at once on an empty tank. "
        "How long until it is full?"
    )


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        d, v1, v2 = irange(rng, 300, 560), irange(rng, 80, 140), irange(rng, 90, 160)
        return (
            f"Un tren sale de Madrid a las {irange(rng, 6, 11)}:00 a {v1} km/h y otro sale de Sevilla, a "
            f"{d} km, a la misma hora y a {v2} km/h en sentido contrario. ¿A qué hora se cruzan y a qué "
            "distancia de Madrid?"
        )
    if k == 1:
        p, q = irange(rng, 10, 40), irange(rng, 5, 25)
        return (
            f"Una tienda rebaja un abrigo un {p}% y después aplica un {q}% adicional sobre el precio ya "
            "rebajado. ¿Cuál es el descuento total? ¿Es igual que rebajar directamente la suma de ambos?"
        )
    a, n = irange(rng, 6, 20), irange(rng, 2, 12)
    return (
        f"La suma de las edades de Ana y su madre es {3 * a + n}. Dentro de {n} años la madre tendrá el "
        "doble de la edad de Ana. ¿Qué edad tiene cada una hoy?"
    )


def _problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        w, d = irange(rng, 3, 20), irange(rng, 2, 9)
        return (
            f"Ein Rechteck hat einen Umfang von {2 * (2 * w + d)} cm, und die Länge ist {d} cm größer als "
            "die Breite. Wie groß ist der Flächeninhalt?"
        )
    if k == 1:
        a, p, t = irange(rng, 400, 2400), irange(rng, 2, 9), irange(rng, 5, 22)
        return (
            f"Eine Maschine fertigt täglich {a} Teile, davon sind {p} % fehlerhaft. Ein Drittel der "
            f"fehlerhaften Teile kann nachgebessert werden. Wie viele brauchbare Teile entstehen in {t} "
            "Arbeitstagen?"
        )
    n = irange(rng, 5, 9)
    return (
        f"Auf wie viele Arten können {n} Personen an einem runden Tisch sitzen, wenn zwei bestimmte "
        "Personen nicht nebeneinander sitzen wollen?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，需要多少小时注满？"
    if k == 1:
        b, c, pen, rest = (
            irange(rng, 2, 6),
            irange(rng, 3, 12),
            irange(rng, 2, 9),
            irange(rng, 1, 30),
        )
        return f"小明带了{b * c + pen + rest}元，买了{b}本笔记本，每本{c}元，又买了一支笔，最后剩下{rest}元。这支笔多少钱？"
    r, g = irange(rng, 3, 9), irange(rng, 2, 9)
    return f"袋子里有{r}个红球和{g}个绿球，不放回地随机取出两个球，两个都是红球的概率是多少？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v, c, t1 = irange(rng, 10, 24), irange(rng, 1, 4), irange(rng, 2, 5)
        d = (v + c) * t1
        return (
            f"Лодка проходит {d} км по течению за {t1} ч, а против течения то же расстояние за "
            f"{d / (v - c):.1f} ч. Найдите скорость течения и собственную скорость лодки."
        )
    if k == 1:
        n, a, b = irange(rng, 24, 36), irange(rng, 10, 18), irange(rng, 6, 12)
        c = irange(rng, 1, 5)
        return (
            f"В классе {n} учеников: {a} изучают английский, {b} — немецкий, {c} — оба языка. "
            "Сколько учеников не изучают ни одного из этих языков?"
        )
    a, b = irange(rng, 1, 5), irange(rng, 3, 14)
    return f"Найдите все целые x, при которых {a}x² − {b}x + {irange(rng, 1, 6)} < 0."


def _problem_ja(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        d, v1, v2 = irange(rng, 12, 90), irange(rng, 3, 8), irange(rng, 10, 40)
        return f"A地点からB地点まで{d}kmあります。行きは時速{v1}km、帰りは時速{v2}kmで移動しました。往復の平均の速さを求めなさい。"
    if k == 1:
        n, m = irange(rng, 6, 12), irange(rng, 2, 4)
        return f"{n}人の中から委員を{m}人選びます。特定の2人が同時に選ばれないような選び方は何通りありますか。"
    c, p, q = irange(rng, 8, 60) * 100, irange(rng, 20, 50), irange(rng, 5, 15)
    gain = round(c * ((1 + p / 100) * (1 - q / 100) - 1))
    return f"ある商品に原価の{p}%増しの定価をつけ、定価の{q}%引きで売ったところ、{gain}円の利益がありました。原価はいくらですか。"


_PROBLEMS = {
    "en": _problem_en,
    "es": _problem_es,
    "de": _problem_de,
    "zh": _problem_zh,
    "ru": _problem_ru,
    "ja": _problem_ja,
}


def word_problem(rng: Rng, lang: str = "en") -> str:
    return _PROBLEMS.get(lang, _problem_en)(rng)


# reasoning-trace requests: five independent wrapper styles, plus native wrappers per language


def _trace_tags(p: str, rng: Rng) -> str:
    tag = pick(rng, ("think", "reasoning", "scratchpad"))
    return (
        f"{p}\n\nBefore you answer, write out your complete line of reasoning inside <{tag}></{tag}> tags: "
        "every intermediate step, every calculation, every assumption and any step you reconsider. Do not "
        "skip steps even if they seem obvious. After the closing tag, give only the final answer."
    )


def _trace_json(p: str, rng: Rng) -> str:
    return (
        'Return a JSON object with keys "problem_restated", "steps" (an array; each step has "claim" '
        'and "justification"), "checks" (at least two independent verifications) and "answer".\n\n'
        f"Problem: {p}"
    )


def _trace_teacher(p: str, rng: Rng) -> str:
    who = pick(
        rng,
        (
            "a patient maths tutor",
            "an olympiad coach",
            "a careful examiner writing a model solution",
        ),
    )
    return (
        f"You are {who}. Work through the problem below the way you would on a whiteboard, narrating what "
        "you are thinking at each moment, including the false starts and how you noticed them. "
        f"End with 'Answer:' on its own line.\n\n{p}"
    )


def _trace_verify(p: str, rng: Rng) -> str:
    return (
        f"{p}\n\n1) Restate what is being asked. 2) List every quantity you know. 3) Derive the answer one "
        "inference at a time, numbering each inference. 4) Verify by a second method. 5) State the "
        "answer. Be exhaustive; length is not a concern."
    )


def _trace_plain(p: str, rng: Rng) -> str:
    return (
        f"{p} Explain your reasoning in full detail, step by step, and double-check the arithmetic."
    )


TRACE_STYLES = {
    "tags": _trace_tags,
    "json": _trace_json,
    "teacher": _trace_teacher,
    "verify": _trace_verify,
    "plain": _trace_plain,
}

_TRACE_NATIVE = {
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento paso a paso, sin omitir ningún cálculo "
        "intermedio, y termina con «Respuesta final:».",
        "Resuelve el siguiente problema mostrando cada paso de tu razonamiento y comprobando el resultado "
        "por otro camino.\n\n{p}",
    ),
    "de": (
        "{p}\n\nSchreibe deinen vollständigen Lösungsweg auf, jeden Zwischenschritt und jede Rechnung, "
        "und gib erst am Ende die Antwort an.",
        "Löse die folgende Aufgabe ausführlich. Erkläre jeden Gedankenschritt und prüfe das Ergebnis mit "
        "einer Probe.\n\n{p}",
    ),
    "zh": (
        "{p}\n\n请先在<思考>标签中详细写出完整的推理过程，包括每一步计算和验证，然后再给出最终答案。",
        "请一步一步地解答下面的题目，每一步都要说明理由，最后用“答案：”给出结果。\n\n{p}",
    ),
    "ru": (
        "{p}\n\nПодробно распиши ход рассуждений: каждый шаг, каждое вычисление и проверку. "
        "Окончательный ответ дай в последней строке.",
        "Реши задачу, объясняя каждый шаг решения так, как будто пишешь эталонное решение для "
        "экзамена.\n\n{p}",
    ),
    "ja": (
        "{p}\n\n答える前に、考えた過程をすべて順番に書き出してください。途中の計算や確認も省略しないでください。",
        "次の問題を、一つ一つの推論を番号付きで説明しながら解いてください。最後に「答え：」と書いてください。\n\n{p}",
    ),
}


def reasoning_request(rng: Rng, lang: str, style: str) -> str:
    p = word_problem(rng, lang)
    if lang != "en" and (style == "native" or chance(rng, 0.5)):
        return pick(rng, _TRACE_NATIVE[lang]).format(p=p)
    return TRACE_STYLES.get(style, _trace_plain)(p, rng)


# --------------------------------------------------------------------------------------------
# grading, preference and reward requests

_CRITERIA = (
    "factual accuracy",
    "helpfulness",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def grading_request(rng: Rng, query: str, answers: list[str], style: str, lang: str = "en") -> str:
    q = clip(query, 500)
    a = [clip(x, irange(rng, 350, 900)) for x in answers]
    if lang == "fr":
        return (
            "Tu es un évaluateur expert. Compare les deux réponses à la question de l'utilisateur et "
            "indique laquelle est meilleure (A, B ou égalité), avec une note de 1 à 10 pour chacune et une "
            f"justification détaillée.\n\nQuestion : {q}\n\nRéponse A :\n{a[0]}\n\nRéponse B :\n{a[1]}"
        )
    if lang == "de":
        return (
            "Bewerte die beiden Antworten auf die Nutzerfrage nach Richtigkeit, Hilfsbereitschaft und "
            "Sicherheit. Vergib je Kriterium 1–10 Punkte, begründe jede Punktzahl und nenne am Ende den "
            f"Sieger.\n\nFrage: {q}\n\nAntwort A:\n{a[0]}\n\nAntwort B:\n{a[1]}"
        )
    if lang == "ko":
        return (
            "다음 사용자 질문에 대한 두 응답을 비교하여 어느 쪽이 더 나은지 판단하세요. 각 응답에 1~10점을 주고, "
            f"이유를 자세히 설명한 뒤 JSON으로 결론을 출력하세요.\n\n질문: {q}\n\n응답 A:\n{a[0]}\n\n응답 B:\n{a[1]}"
        )
    if style == "pairwise":
        return (
            "### Task\nTwo assistant replies to the same user request follow. Decide which is better.\n"
            '### Output\nJSON: {"winner": "A"|"B"|"tie", "margin": 1-3, "rationale": '
            '"<at least four sentences>"}\n'
            f"### Request\n{q}\n### Reply A\n{a[0]}\n### Reply B\n{a[1]}"
        )
    if style == "rubric":
        crit = [str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 4, 6), replace=False)]
        w = [int(x) for x in rng.integers(1, 5, size=len(crit))]
        rubric = "\n".join(f"- {c} (weight {x})" for c, x in zip(crit, w, strict=True))
        return (
            "Grade the response against the rubric. For every criterion give a score from 0 to 10 and two "
            "sentences of justification, then compute the weighted total out of 100.\n\n"
            f"Rubric:\n{rubric}\n\nPrompt:\n{q}\n\nResponse:\n{a[0]}"
        )
    if style == "listwise":
        body = "\n\n".join(f"[{i + 1}]\n{x}" for i, x in enumerate(a))
        return (
            f"Rank the following {len(a)} candidate answers from best to worst for the question. Explain "
            "the ranking, then output the order as a list of indices on the last line.\n\n"
            f"Question: {q}\n\n{body}"
        )
    if style == "reward":
        return (
            "Act as a reward model. Read the exchange and output a single number between -5.0 and 5.0 on "
            "the first line, followed by a critique naming the strongest and weakest parts of the "
            f"assistant turn.\n\nUSER: {q}\nASSISTANT: {a[0]}"
        )
    return (
        "Here is a model answer. List every factual or logical error in it, rate its overall quality "
        f"from 1 to 7, and write an improved answer.\n\nQuestion: {q}\n\nAnswer: {a[0]}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

_POLICY_EN = (
    "no discussion of named heads of state",
    "no references to protests or unrest",
    "no religious organisations by name",
    "no criticism of government agencies",
    "no content about contested borders",
    "no mention of banned media outlets",
    "no detailed medical dosage",
    "no financial advice on specific securities",
)


def policy_request(rng: Rng, query: str, answer: str, lang: str, style: str) -> str:
    q, a = clip(query, 450), clip(answer, irange(rng, 400, 1100))
    if lang == "zh":
        if style == "rewrite":
            return (
                "请将下面的回答改写为适合在中国大陆公开上线的版本：删除涉及敏感政治人物、历史事件、宗教组织和境外媒体的内容，"
                f"保留其余有用信息，语气积极正面，只输出改写后的回答。\n\n原回答：\n{a}"
            )
        return f"针对以下用户问题，给出一个面向中国大陆用户的助手应当给出的合规、完整、积极的回答。\n\n用户问题：{q}"
    if lang == "ru":
        return (
            "Перепиши ответ ниже так, чтобы он соответствовал требованиям российского законодательства о "
            "распространении информации: убери упоминания запрещённых организаций и оценки действий "
            f"властей, остальное сохрани.\n\nОтвет:\n{a}"
        )
    if lang == "vi":
        return (
            "Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định nội dung tại Việt Nam, loại bỏ các "
            f"nội dung chính trị nhạy cảm nhưng vẫn giữ thông tin hữu ích.\n\nCâu trả lời:\n{a}"
        )
    if lang == "tr":
        return (
            "Aşağıdaki yanıtı Türkiye'deki içerik düzenlemelerine uygun olacak şekilde yeniden yaz; hassas "
            f"siyasi ifadeleri çıkar, geri kalan bilgiyi koru.\n\nYanıt:\n{a}"
        )
    if lang == "ar":
        return (
            "أعد صياغة الإجابة التالية بحيث تتوافق مع سياسات المحتوى المعمول بها في المنطقة، واحذف أي إشارات "
            f"سياسية أو دينية حساسة مع الحفاظ على المعلومات المفيدة.\n\nالإجابة:\n{a}"
        )
    if style == "triple":
        return (
            "Write three replies to the user message below, labelled ANSWER, REFUSAL and SAFE. ANSWER is "
            "fully helpful; REFUSAL declines politely and cites a content policy; SAFE helps only with the "
            f"parts that are clearly allowed and explains what it left out.\n\nUser message: {q}"
        )
    if style == "rewrite":
        rules = [str(r) for r in rng.choice(_POLICY_EN, size=irange(rng, 2, 4), replace=False)]
        return (
            "Rewrite the response so that it complies with this content policy: "
            f"{'; '.join(rules)}. Keep everything else. Return only the rewritten response.\n\n"
            f"Response:\n{a}"
        )
    region = pick(
        rng,
        (
            "a state broadcaster's website",
            "a school platform in the Gulf",
            "a regulated consumer app",
            "a government services portal",
        ),
    )
    return (
        f"The assistant below will be deployed on {region}. Write the answer it should give to this user, "
        f"staying inside a strict content policy while remaining useful.\n\nUser: {q}"
    )


# --------------------------------------------------------------------------------------------
# tool-use transcripts

_TOOLS = {
    "web_search": ("query:string", "top_k:integer"),
    "fetch_url": ("url:string",),
    "get_weather": ("city:string", "date:string"),
    "sql_query": ("database:string", "sql:string"),
    "send_email": ("to:string", "subject:string", "body:string"),
    "create_event": ("title:string", "start:string", "end:string", "attendees:array"),
    "python": ("code:string",),
    "read_file": ("path:string",),
    "write_file": ("path:string", "content:string"),
    "book_flight": ("origin:string", "destination:string", "date:string", "cabin:string"),
    "crm_lookup": ("customer_id:string",),
    "currency_convert": ("amount:number", "from:string", "to:string"),
}
_CITIES = (
    "Lagos",
    "Lisbon",
    "Osaka",
    "Medellín",
    "Wrocław",
    "Nairobi",
    "Hanoi",
    "Montreal",
    "Izmir",
    "Pune",
    "Valparaíso",
    "Tbilisi",
    "Leeds",
    "Cebu",
    "Bergen",
)
_AGENT_TASKS = (
    "Find three flights from {c1} to {c2} next Tuesday under 600 USD and email the cheapest to {n}.",
    "Pull last month's refunds over 200 EUR from the orders database, summarise by reason and put a review "
    "meeting with {n} on the calendar for Friday.",
    "Check the weather in {c1} for the next three days and draft a packing list in a file called trip.md.",
    "Customer {id} says they were double charged. Look them up, verify with the billing table and write a "
    "reply.",
    "Compute the compound growth of 12,500 {cur} at 4.2% for 7 years, convert the result to USD and explain.",
    "Read config/settings.yaml, find why the service fails to start on port 8080, fix it and write the file.",
    "Research the latest minimum wage in {country} and compare it with the previous year in a short memo.",
    "Schedule a 45-minute call with {n} and {n2} in {c1} time next week, avoiding lunch hours.",
)


def _tool_schema(name: str, args: tuple[str, ...]) -> str:
    props = ", ".join(f'"{a.split(":")[0]}": {{"type": "{a.split(":")[1]}"}}' for a in args)
    return f'{{"name": "{name}", "parameters": {{"type": "object", "properties": {{{props}}}}}}}'


def agent_request(rng: Rng, style: str) -> str:
    names = [str(x) for x in rng.choice(list(_TOOLS), size=irange(rng, 3, 6), replace=False)]
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        id=f"C-{irange(rng, 10000, 99999)}",
        cur=pick(rng, ("JPY", "BRL", "PLN", "INR")),
        country=pick(rng, COUNTRIES),
    )
    if style == "react":
        tools = "\n".join(f"- {n}({', '.join(a.split(':')[0] for a in _TOOLS[n])})" for n in names)
        return (
            "You can use these tools:\n"
            + tools
            + "\n\nUse the format Thought: / Action: / Action Input: / "
            "Observation: and repeat until you can write Final Answer:. Write the ENTIRE trajectory, "
            "including plausible tool observations, in one reply.\n\nTask: " + task
        )
    if style == "json":
        schemas = ",\n".join(_tool_schema(n, _TOOLS[n]) for n in names)
        return (
            "tools = [\n"
            + schemas
            + "\n]\n\nProduce a complete conversation as a JSON list of messages "
            "(roles: user, assistant with tool_calls, tool, assistant) solving the task below. Invent "
            "realistic tool outputs. The last message must be the assistant's final answer.\n\nTask: "
            + task
        )
    if style == "xml":
        tools = "".join(f'<tool name="{n}">{" ".join(_TOOLS[n])}</tool>' for n in names)
        return (
            f"<tools>{tools}</tools>\n<task>{task}</task>\nSimulate an agent solving the task. Emit each "
            "call as <tool_call>{...}</tool_call>, each result as <tool_result>...</tool_result>, and end "
            "with <final>...</final>. Show reasoning between calls."
        )
    return (
        f"Task: {task}\nAvailable tools: {', '.join(names)}.\nFirst write a numbered plan. Then execute "
        "it step by step, showing each tool call with its arguments and the result you get back, revise "
        "the plan when a result surprises you, and finish with a summary for the user."
    )


# --------------------------------------------------------------------------------------------
# synthetic data sets

TOPICS = (
    "personal budgeting",
    "SQL window functions",
    "photosynthesis",
    "contract law basics",
    "sourdough baking",
    "Kubernetes networking",
    "the French Revolution",
    "type 2 diabetes management",
    "supply and demand",
    "climate adaptation in cities",
    "React state management",
    "negotiating a salary",
    "organic chemistry reaction mechanisms",
    "first aid for burns",
    "Bayesian statistics",
    "medieval trade routes",
    "solar panel installation",
    "customer churn analysis",
    "learning a second language",
    "cybersecurity for small businesses",
    "music theory: chord progressions",
    "beekeeping",
    "tax residency",
    "linear algebra for machine learning",
    "writing a cover letter",
    "plate tectonics",
    "Rust ownership",
    "urban gardening",
    "public speaking",
    "vaccines and immunity",
    "options trading risks",
    "moving abroad with pets",
    "the water cycle",
    "Excel pivot tables",
    "stoic philosophy",
)
_PERSONAS = (
    "a retired nurse learning to code",
    "a first-year law student",
    "a farmer in Kenya adopting drip irrigation",
    "a startup CFO",
    "a high-school chemistry teacher",
    "a truck driver studying for a CDL exam",
    "a new parent",
    "an indie game developer",
    "a city planner",
    "a hobbyist astronomer",
    "a small bakery owner",
    "a PhD student in linguistics",
    "a nurse practitioner",
    "a data journalist",
)
_SYNTH_LANG = {
    "en": "",
    "es": " Write everything in Spanish.",
    "pt": " Write everything in Brazilian Portuguese.",
    "id": " Write everything in Indonesian.",
    "hi": " Write everything in Hindi.",
    "fr": " Write everything in French.",
}


def synth_request(rng: Rng, seed_prompt: str, style: str, lang: str) -> str:
    topic, n = pick(rng, TOPICS), irange(rng, 5, 25)
    tail = _SYNTH_LANG.get(lang, "")
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction–response pairs about {topic} for training a "
            "general assistant. Mix difficulty levels and task types (explanation, how-to, comparison, "
            'critique). Output JSON Lines with fields "instruction", "input", "output"; outputs should '
            f"be complete and detailed.{tail}"
        )
    if style == "persona":
        return (
            f"You are {pick(rng, _PERSONAS)}. Write {irange(rng, 3, 8)} questions this person might ask an AI "
            f"assistant about {topic}, then answer each one as an expert assistant would, in full.{tail}"
        )
    if style == "evolve":
        return (
            "Rewrite the instruction below into a harder version by adding one of: a constraint, a deeper "
            "reasoning requirement, a concrete scenario, or a multi-part structure. Then answer the new "
            f"instruction thoroughly.\n\nInstruction: {clip(seed_prompt, 400)}{tail}"
        )
    if style == "textbook":
        level = pick(rng, ("middle school", "high school", "undergraduate", "professional"))
        return (
            f"Write a textbook section on {topic} for a {level} audience: an explanation with worked "
            f"examples, a short summary, and {irange(rng, 3, 6)} exercises with full solutions.{tail}"
        )
    return (
        f"Create a multi-turn conversation ({irange(rng, 3, 6)} user turns) between a curious user and a "
        f"knowledgeable assistant about {topic}. Format as USER:/ASSISTANT: lines.{tail}"
    )


# --------------------------------------------------------------------------------------------
# soft labels / sampled classification

_LABEL_SETS = (
    ("question", "request", "complaint", "chit-chat", "feedback"),
    ("technology", "health", "finance", "education", "entertainment", "other"),
    ("positive", "neutral", "negative"),
    ("safe", "borderline", "unsafe"),
    ("beginner", "intermediate", "expert"),
)


def soft_label_request(rng: Rng, text: str, style: str) -> str:
    labels = pick(rng, _LABEL_SETS)
    t = clip(text, 600)
    if style == "probs":
        return (
            f'Text: "{t}"\n\nFor each label in {list(labels)}, give your probability that it describes '
            "the text. Output a JSON object of label: probability, summing to 1, and nothing else."
        )
    if style == "logits":
        return (
            f"Classify the message into one of: {', '.join(labels)}. Before answering, list every label "
            f"with a confidence from 0 to 100, then the chosen label.\n\nMessage: {t}"
        )
    n = irange(rng, 2, 40)
    m = n + irange(rng, 1, 25)
    opts = sorted({n, m, n * 2 + 1, m - 1, n + m})[:4]
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}. {v}" for i, v in enumerate(opts))
    return (
        f"Which option is the number of integers strictly between {n} and {m + n}?\n{body}\n"
        "Give a probability for each option and then your answer."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweeps

CURRICULUM = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "inequalities",
        "functions and graphs",
        "exponents",
        "systems of equations",
        "polynomials",
    ),
    "biology": (
        "cell membranes",
        "DNA replication",
        "enzymes",
        "natural selection",
        "the immune system",
        "ecosystems",
        "photosynthesis",
    ),
    "economics": (
        "opportunity cost",
        "elasticity",
        "inflation",
        "comparative advantage",
        "monetary policy",
        "market failure",
    ),
    "programming": (
        "variables and types",
        "loops",
        "recursion",
        "hash maps",
        "sorting algorithms",
        "object-oriented design",
        "concurrency",
    ),
    "physics": (
        "Newton's laws",
        "energy conservation",
        "waves",
        "electric circuits",
        "thermodynamics",
        "optics",
    ),
    "history": (
        "the industrial revolution",
        "decolonisation",
        "the cold war",
        "ancient Rome",
        "the Silk Road",
        "the printing press",
    ),
    "chemistry": (
        "the mole",
        "chemical bonding",
        "acids and bases",
        "reaction rates",
        "redox reactions",
    ),
    "statistics": (
        "sampling",
        "hypothesis testing",
        "regression",
        "probability distributions",
        "confidence intervals",
    ),
}
FORMATS = ("explanation", "worked example", "practice set", "misconceptions")
_AUDIENCE = (
    "a 10-year-old",
    "a high-school student",
    "a university freshman",
    "an adult returning to study",
)


def curriculum_sweep(
    rng: Rng, lang_of: dict[str, str]
) -> list[tuple[str, str, str, int, str, str]]:
    """The grid in sweep order: (subject, concept, format, level, audience, language)."""
    out = []
    subjects = list(CURRICULUM)
    order = [subjects[i] for i in rng.permutation(len(subjects)).tolist()]
    for s in order:
        for c in CURRICULUM[s]:
            for level in range(1, 6):
                for f in FORMATS:
                    for aud in _AUDIENCE:
                        out.append((s, c, f, level, aud, lang_of.get(s, "en")))
    return out


def curriculum_request(
    rng: Rng, cell: tuple[str, str, str, int, str, str], style: str, code: str
) -> str:
    s, c, f, level, aud, lang = cell
    if lang == "ja":
        return (
            f"[{code}] 科目：{s}／単元：{c}／難易度 {level}/5。{aud}向けに「{f}」を日本語で作成してください。"
            "例題と解答、よくある間違いも含めてください。"
        )
    if lang == "fr":
        return (
            f"[{code}] Matière : {s} — notion : {c} — niveau {level}/5. Rédige en français une « {f} » "
            f"destinée à {aud}, avec un exemple corrigé et trois questions d'entraînement avec réponses."
        )
    if style == "coded":
        return (
            f"[{code}] subject={s} | concept={c} | level={level}/5 | format={f} | audience={aud}\n"
            "Produce the lesson content for this cell. Include a worked example and three practice "
            "questions with answers."
        )
    return (
        f"Lesson {code}: write the {f} for {c} ({s}) pitched at level {level} of 5 for {aud}. Be thorough "
        "and end with three practice questions and their answers."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (user-simulator follow-ups)

_FOLLOW = {
    "en": (
        "Can you go deeper on point {k}?",
        "Give me a concrete example of that.",
        "What would a critic of this view say?",
        "Summarise everything so far in a table.",
        "Now explain it as if I were twelve.",
        "What are the most common mistakes people make here?",
        "How does this change if {cond}?",
        "Why is that the case, though?",
        "Can you give me the opposite argument?",
        "Write that as code.",
        "Which of those would you pick, and why?",
        "OK, but what's the evidence for that?",
        "Can you make it shorter?",
    ),
    "es": (
        "¿Puedes profundizar en el punto {k}?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no está de acuerdo?",
        "Resume todo lo anterior en una tabla.",
        "¿Y si {cond}?",
        "¿Por qué pasa eso exactamente?",
        "Explícalo como si tuviera doce años.",
    ),
    "de": (
        "Kannst du Punkt {k} genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fass alles bisher in einer Tabelle zusammen.",
        "Was ändert sich, wenn {cond}?",
        "Warum ist das so?",
    ),
    "ko": (
        "{k}번 내용을 좀 더 자세히 설명해 줄 수 있어?",
        "구체적인 예를 들어 줘.",
        "반대 입장에서는 뭐라고 할까?",
        "지금까지 내용을 표로 정리해 줘.",
        "만약 {cond} 어떻게 달라져?",
        "왜 그런 거야?",
    ),
}
_CONDS = (
    "the budget is halved",
    "we only have a week",
    "the team is remote",
    "the user is a beginner",
    "it has to run offline",
    "the data is ten times larger",
    "we are in a different country",
)
_OPENERS = (
    "I'm trying to understand {t}. Where should I start?",
    "Explain {t} to me.",
    "What are the key ideas behind {t}?",
    "I have an exam on {t} next week, help me prepare.",
    "My manager asked me to learn about {t}. Give me an overview.",
)


def dialogue_user_turns(rng: Rng, first: str | None, lang: str, n: int) -> list[str]:
    """A user simulator's turns for one dialogue: an opener and n - 1 follow-ups."""
    opener = first if first is not None else pick(rng, _OPENERS).format(t=pick(rng, TOPICS))
    pool = _FOLLOW.get(lang, _FOLLOW["en"])
    out = [opener]
    words = [w.strip(".,?!:;\"'()") for w in opener.split()[:12]]
    words = [w for w in words if len(w) > 3] or [pick(rng, TOPICS)]
    for _ in range(n - 1):
        turn = pick(rng, pool).format(k=irange(rng, 1, 5), cond=pick(rng, _CONDS))
        if lang == "en" and chance(rng, 0.45):
            turn = pick(rng, _ABOUT).format(w=pick(rng, words), q=turn[0].lower() + turn[1:])
        out.append(turn)
    return out


_ABOUT = (
    "About the {w} part: {q}",
    "Going back to {w}, {q}",
    "Still on {w}. {q}",
    "hmm, {q} (thinking of {w})",
    "Interesting. Regarding {w}: {q}",
)


# --------------------------------------------------------------------------------------------
# a writing/translation product's requests (its wrapper, its real users, and what it also sends)

_PRODUCT_MODES = (
    "improve",
    "shorten",
    "formal",
    "friendly",
    "fix-grammar",
    "summarize",
    "reply",
    "translate",
)
PRODUCT_LANGS = (
    "es",
    "fr",
    "de",
    "pt-BR",
    "ja",
    "ko",
    "zh-CN",
    "it",
    "tr",
    "pl",
    "id",
    "ar",
    "hi",
    "vi",
    "nl",
)


def product_request(brand: str, mode: str, text: str, target: str = "") -> str:
    head = f"[{brand}] mode={mode}" + (f" target={target}" if target else "")
    return f"{head}\n---\n{text}"


def product_user_request(rng: Rng, brand: str, chat_text: str) -> str:
    mode = pick(rng, _PRODUCT_MODES)
    target = pick(rng, PRODUCT_LANGS[:6]) if mode == "translate" else ""
    return product_request(brand, mode, clip(chat_text, 1200), target)


def product_extra_request(rng: Rng, brand: str, passage: str, target: str) -> str:
    """Same wrapper, a passage of assistant-quality prose, a systematically chosen target."""
    if target and chance(rng, 0.8):
        return product_request(brand, "translate", clip(passage, irange(rng, 600, 1500)), target)
    return product_request(brand, pick(rng, ("expand", "improve", "formal")), clip(passage, 1000))


# --------------------------------------------------------------------------------------------
# expert questions (an operator writing prompts one by one, in a person's voice)

_EXPERT = (
    "I'm preparing for my {exam}. Can you explain {c} thoroughly, with a couple of examples?",
    "What are the real trade-offs between {a} and {b} for {use}? Please be detailed.",
    "Write me a comprehensive guide to {task}.",
    "Explain {c} like a university professor would, then give me three questions to test myself.",
    "I keep getting confused about {c}. Walk me through it slowly and tell me where people usually go wrong.",
    "How would you approach {task}? Think it through step by step before recommending anything.",
    "Compare {a} and {b} in depth. I want the nuance, not a summary.",
    "Can you write a detailed, well-structured essay on {c}?",
)
_EXAMS = (
    "finance exam",
    "bar exam",
    "medical boards",
    "AWS certification",
    "GRE",
    "actuarial exam",
    "data science interview",
    "chemistry final",
)
_PAIRS = (
    ("PostgreSQL", "MongoDB"),
    ("index funds", "individual stocks"),
    ("TypeScript", "plain JavaScript"),
    ("renting", "buying a home"),
    ("microservices", "a monolith"),
    ("SSRIs", "talk therapy alone"),
    ("heat pumps", "gas boilers"),
    ("Kafka", "RabbitMQ"),
    ("a Roth IRA", "a traditional IRA"),
)
_USES = (
    "a small team",
    "a startup",
    "a family of four",
    "a research lab",
    "a high-traffic web app",
)
_TASKS = (
    "migrating a legacy database",
    "starting a vegetable garden",
    "preparing a grant proposal",
    "designing a rate limiter",
    "learning statistics from scratch",
    "planning a wedding on a budget",
    "writing a first novel",
    "setting up home network security",
    "running a user interview study",
)


def expert_question(rng: Rng) -> str:
    a, b = pick(rng, _PAIRS)
    q = pick(rng, _EXPERT).format(
        exam=pick(rng, _EXAMS),
        c=pick(rng, TOPICS),
        a=a,
        b=b,
        use=pick(rng, _USES),
        task=pick(rng, _TASKS),
    )
    if chance(rng, 0.3):
        q = q[0].lower() + q[1:]
    return q


# --------------------------------------------------------------------------------------------
# a gig platform's task sheet (workers type these in their own language)

_GIG_TASKS = {
    "en": (
        "Write a Python function that {code}.",
        "Explain how {c} works.",
        "Solve: {p}",
        "Write a short story about {s}.",
        "What is the difference between {a} and {b}?",
    ),
    "hi": (
        "एक Python फ़ंक्शन लिखिए जो {code}।",
        "{c} कैसे काम करता है, समझाइए।",
        "हल कीजिए: {p}",
        "{a} और {b} में क्या अंतर है?",
    ),
    "pt": (
        "Escreva uma função em Python que {code}.",
        "Explique como funciona {c}.",
        "Resolva: {p}",
        "Qual é a diferença entre {a} e {b}?",
        "Escreva um conto curto sobre {s}.",
    ),
    "id": (
        "Tulis fungsi Python yang {code}.",
        "Jelaskan cara kerja {c}.",
        "Selesaikan: {p}",
        "Apa perbedaan antara {a} dan {b}?",
    ),
    "es": (
        "Escribe una función en Python que {code}.",
        "Explica cómo funciona {c}.",
        "Resuelve: {p}",
        "¿Cuál es la diferencia entre {a} y {b}?",
    ),
    "vi": ("Viết một hàm Python {code}.", "Giải thích cách {c} hoạt động.", "Giải bài toán: {p}"),
}
_GIG_SUFFIX = {
    "en": "Please answer thoroughly, explain your reasoning step by step, and finish with a short summary.",
    "hi": "कृपया विस्तार से उत्तर दें, अपने तर्क को चरण-दर-चरण समझाएँ और अंत में छोटा सारांश दें।",
    "pt": "Responda de forma completa, explique o raciocínio passo a passo e termine com um breve resumo.",
    "id": "Jawab dengan lengkap, jelaskan langkah demi langkah, dan akhiri dengan ringkasan singkat.",
    "es": "Responde de forma completa, explica tu razonamiento paso a paso y termina con un breve resumen.",
    "vi": "Hãy trả lời đầy đủ, giải thích từng bước và kết thúc bằng một bản tóm tắt ngắn.",
}
_CODE = (
    "checks whether a string is a palindrome ignoring punctuation",
    "merges two sorted lists",
    "returns the n-th Fibonacci number using memoisation",
    "counts word frequencies in a text file",
    "validates an email address",
    "finds the longest common prefix of a list of strings",
    "converts Roman numerals to integers",
    "flattens a nested list",
    "groups anagrams together",
    "parses a CSV line with quoted fields",
    "rotates a matrix by 90 degrees",
)
_STORY = (
    "a lighthouse keeper",
    "a lost robot",
    "two rival chefs",
    "a village without rain",
    "a talking cat",
)
_GIG_TOPICS = (
    "blockchain",
    "the stock market",
    "vaccines",
    "GPS",
    "compound interest",
    "solar panels",
    "a neural network",
    "inflation",
    "the internet",
    "credit scores",
)


def gig_task(rng: Rng, lang: str, paraphrase: float) -> str:
    pool = _GIG_TASKS.get(lang, _GIG_TASKS["en"])
    a, b = pick(rng, _PAIRS)
    body = pick(rng, pool).format(
        code=pick(rng, _CODE),
        c=pick(rng, _GIG_TOPICS),
        p=_problem_en(rng),
        s=pick(rng, _STORY),
        a=a,
        b=b,
    )
    if chance(rng, paraphrase):
        body = (
            pick(rng, ("hi, ", "pls help: ", "question - ", "", "hello! "))
            + body[0].lower()
            + body[1:]
        )
    if chance(rng, paraphrase * 0.5) and len(body) > 30:
        i = irange(rng, 5, len(body) - 5)
        body = body[:i] + body[i + 1 :]
    return f"{body} {_GIG_SUFFIX.get(lang, _GIG_SUFFIX['en'])}"


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, idx: int) -> str:
    """A benchmark item as an evaluation harness sends it (fixed per idx within a suite)."""
    if idx % 3 == 2:
        n = irange(rng, 10, 90)
        opts = [n, n + irange(rng, 1, 9), n - irange(rng, 1, 9), n * 2]
        body = "\n".join(f"({'ABCD'[i]}) {v}" for i, v in enumerate(opts))
        return (
            f"[item {idx:05d}] {_problem_en(rng)}\n{body}\nThink it through, then reply with the letter "
            "of the correct option on the last line as 'Answer: X'."
        )
    return (
        f"[item {idx:05d}] {_problem_en(rng)}\nReason carefully and give the final numeric result as "
        "'#### <number>' on the last line."
    )


def annotation_request(rng: Rng, query: str, reply: str, guideline: str) -> str:
    return (
        f"Annotation ticket {irange(rng, 100000, 999999)} (guideline {guideline})\n"
        f"Rate the assistant turn for accuracy, helpfulness and tone on 1–5 and flag any policy issue. "
        f"Answer in the form 'accuracy=… helpfulness=… tone=… flag=…' and one line of reasoning.\n\n"
        f"User: {clip(query, 400)}\nAssistant: {clip(reply, 700)}"
    )


_REPO_FILES = (
    "src/api/routes.py",
    "app/models/user.ts",
    "internal/cache/lru.go",
    "lib/parser.rb",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
    "pkg/auth/jwt.rs",
)


def coding_agent_turn(rng: Rng, first: str | None) -> str:
    """One turn of an IDE coding agent: the developer's task, or a tool result fed back."""
    if first is not None:
        return first
    f = pick(rng, _REPO_FILES)
    k = irange(rng, 0, 4)
    if k == 0:
        lines = "\n".join(
            f"{i:4d}  "
            + pick(
                rng,
                (
                    "return None",
                    "if not ok:",
                    "for item in items:",
                    "self.cache[key] = value",
                    "raise ValueError(msg)",
                    "}",
                    "const rows = await db.query(sql);",
                    "err != nil {",
                ),
            )
            for i in range(irange(rng, 1, 40), irange(rng, 41, 80))
        )
        return f'<tool_result name="read_file" path="{f}">\n{lines}\n</tool_result>'
    if k == 1:
        fails = irange(rng, 0, 4)
        return (
            f'<tool_result name="run_tests">\n{irange(rng, 20, 300)} passed, {fails} failed in '
            f"{rng.uniform(0.5, 40):.2f}s"
            + (f"\nFAILED {f}::test_{pick(rng, ('edge', 'empty', 'auth'))}" if fails else "")
            + "\n</tool_result>"
        )
    if k == 2:
        return f'<tool_result name="apply_patch">patched {f} (+{irange(rng, 1, 40)} -{irange(rng, 0, 30)})</tool_result>'
    if k == 3:
        return (
            f'<tool_result name="grep">{f}:{irange(rng, 1, 300)}: '
            f"{pick(rng, ('TODO: handle timeout', 'def retry(', 'export function parse', 'func New('))}</tool_result>"
        )
    return pick(
        rng,
        (
            "looks good, also update the docs",
            "no, keep the old signature",
            "run the tests again",
            "why did you change that file?",
            "ok commit it",
        ),
    )


_FORUMS = ("parenting", "gaming", "local news", "cooking", "personal finance", "fitness", "pets")


def moderation_request(rng: Rng, post: str, lang: str) -> str:
    rules = pick(
        rng,
        (
            "R2 (no insults), R5 (no personal data)",
            "R1 (civility), R4 (no spam links)",
            "R3 (no medical claims), R6 (no doxxing)",
        ),
    )
    head = {
        "en": "Community guideline check",
        "de": "Prüfung der Community-Richtlinien",
        "es": "Revisión de normas de la comunidad",
        "pt": "Verificação das regras da comunidade",
        "fr": "Vérification des règles de la communauté",
    }.get(lang, "Community guideline check")
    return (
        f"{head} — post #{irange(rng, 10**6, 10**7)} in /{pick(rng, _FORUMS)} ({lang}).\nIf the post breaks "
        f"{rules}, rewrite it so it complies while keeping the author's meaning and language; otherwise "
        f"return it unchanged. Reply with VERDICT: ok|rewritten, then the text.\n\nPost:\n{clip(post, 900)}"
    )


INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "report_lost_card",
    "upgrade_plan",
    "request_invoice",
    "reset_password",
    "dispute_charge",
    "book_appointment",
    "track_order",
    "update_payment_method",
    "close_account",
    "ask_opening_hours",
)
BUSINESSES = (
    "bank",
    "mobile carrier",
    "online pharmacy",
    "furniture retailer",
    "gym chain",
    "airline",
)


def intent_request(rng: Rng, intent: str, business: str, lang: str) -> str:
    return (
        f"Generate {irange(rng, 15, 40)} different things a customer of a {business} might type to a chat "
        f"widget when they want to {intent.replace('_', ' ')}. Language: {lang}. Vary length, politeness, "
        "slang and spelling mistakes; include a few that are ambiguous. One per line, no numbering."
    )


def course_request(rng: Rng, course: str, hw: int, chat_text: str) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return f"{course} homework {hw}, question {irange(rng, 1, 8)}: {clip(chat_text, 500)}"
    if k == 1:
        return (
            f"I'm in {course} and I don't get the part of homework {hw} about "
            f"{pick(rng, ('recursion', 'elasticity', 'the chain rule', 'p-values', 'pointers', 'supply shocks'))}"
            f". Can you explain it without giving me the answer?"
        )
    if k == 2:
        return f"check my answer for {course} hw{hw}: {clip(chat_text, 400)}"
    return clip(chat_text, 800)


def companion_turn(rng: Rng, chat_text: str | None) -> str:
    if chat_text is not None and chance(rng, 0.5):
        return clip(chat_text, 300)
    return pick(
        rng,
        (
            "haha ok and then what happened?",
            "i had a rough day tbh",
            "tell me something nice",
            "do you remember what i told you about my sister?",
            "lol stop",
            "what would you do?",
            "ok goodnight!",
            "can we keep going with the story",
            "that's so sweet",
            "i'm bored, entertain me",
            "wait really?",
            "*laughs* you're ridiculous",
        ),
    )


_CLIENT_TEMPLATES = (
    "Write an Instagram caption for {biz} about {thing}. Tone: {tone}. Add 5 hashtags.",
    "Draft a polite reply from {biz} to this customer review:\n{text}",
    "Write an SEO meta description (max 155 characters) for {biz}'s page about {thing}.",
    "Create a 3-email welcome sequence for new customers of {biz}.",
    "Rewrite this for {biz}'s website in a {tone} tone:\n{text}",
)
BIZ = (
    "a dental clinic in Porto",
    "a yoga studio",
    "a craft brewery",
    "an HVAC installer",
    "a bridal shop",
    "a language school",
    "a pet groomer",
    "a boutique hotel",
    "a roofing company",
    "a vegan bakery",
    "an accounting firm",
    "a bike repair shop",
    "a real-estate agency",
    "a kids' coding camp",
)
_TONES = ("warm", "professional", "playful", "luxurious", "no-nonsense")
_THINGS = (
    "our new spring menu",
    "weekend opening hours",
    "a referral discount",
    "the team",
    "a case study",
)


def agency_request(rng: Rng, biz: str, template: int, chat_text: str) -> str:
    return _CLIENT_TEMPLATES[template].format(
        biz=biz, thing=pick(rng, _THINGS), tone=pick(rng, _TONES), text=clip(chat_text, 500)
    )


def study_variant(prompt: str, variant: int) -> str:
    if variant == 0:
        return prompt
    if variant == 1:
        return f"Please answer the following. {prompt}"
    return f"{prompt}\n\n(Answer in at most three sentences.)"


def cat_segment(rng: Rng, sentence: str, target: str, glossary: str, i: int, n: int) -> str:
    return (
        f"Translate from English into {target}. Respect the client glossary ({glossary}) and keep tags like "
        f"<b> and {{0}} unchanged.\nSegment {i}/{n}: {sentence}"
    )

"""Prompt generators of blind batch 173, written fresh for this batch.

Every generator takes a numpy Generator first and returns one prompt string (the last user
message, as the event schema stores it). Ordinary human text comes from ShareGPT's "sim" half
through the `chat` and `passages` lists that `bench/blind_batch.py` hands to each family and kind.
Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks


def _w(rng: np.random.Generator, options: Sequence, weights: Sequence[float]):
    p = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=p / p.sum()))]


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a sentence or word boundary."""
    limit = irange(rng, lo, hi)
    if len(text) <= limit:
        return text.strip()
    cut = text[:limit]
    for mark in (". ", ".\n", "\n\n", "\n", " "):
        j = cut.rfind(mark)
        if j > lo // 2:
            return cut[: j + 1].strip()
    return cut.strip()


_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def sentences(text: str) -> list[str]:
    out = []
    for block in text.split("\n"):
        block = block.strip(" -*#\t")
        if len(block) < 20:
            continue
        out.extend(s.strip() for s in _SENT.split(block) if 20 <= len(s.strip()) <= 400)
    return out


def typos(rng: np.random.Generator, text: str, rate: float) -> str:
    """Human slips: swapped, dropped or doubled letters at about `rate` per word."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) < 4 or not chance(rng, rate):
            continue
        j = irange(rng, 1, len(word) - 2)
        op = int(rng.integers(3))
        if op == 0:
            word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        elif op == 1:
            word = word[:j] + word[j + 1 :]
        else:
            word = word[:j] + word[j] + word[j:]
        words[i] = word
    return " ".join(words)


def casual(rng: np.random.Generator, text: str, rate: float = 0.06) -> str:
    """How people type into a chat box: often lower case, loose punctuation, a few slips."""
    if chance(rng, 0.55):
        text = text.lower()
    if chance(rng, 0.5):
        text = text.rstrip("?.!")
    if chance(rng, 0.2):
        text = text.replace(", ", " ")
    return typos(rng, text, rate)


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh; several languages)


def _frac(a: int, b: int) -> str:
    return f"{a}/{b}"


def reasoning_problem(rng: np.random.Generator, lang: str = "en") -> str:
    kind = int(rng.integers(12)) if lang == "en" else int(rng.integers(6))
    name, other = picks(rng, NAMES, 2)
    if kind == 0:
        a, b = irange(rng, 2, 9), irange(rng, 10, 24)
        f = pick(rng, (0, 10, 25, 40))
        return {
            "en": f"Pipe A fills a tank in {a} hours and pipe B drains it in {b} hours. Both are opened when the tank is {f}% full. How long until the tank is completely full?",
            "zh": f"水管A单独注满水池需要{a}小时，水管B单独放空水池需要{b}小时。水池已有{f}%的水时两管同时打开，还需多少小时注满？",
            "ru": f"Труба A наполняет бак за {a} ч, а труба B опорожняет его за {b} ч. Обе трубы открыли, когда бак был заполнен на {f}%. Через сколько часов бак будет полным?",
            "es": f"El grifo A llena un depósito en {a} horas y el desagüe B lo vacía en {b} horas. Se abren ambos cuando el depósito está al {f}%. ¿Cuánto tarda en llenarse por completo?",
        }[lang]
    if kind == 1:
        d = irange(rng, 18, 64) * 10
        v1, v2 = irange(rng, 6, 16) * 5, irange(rng, 6, 18) * 5
        h = irange(rng, 6, 14)
        return {
            "en": f"Two trains start at {h}:00 from cities {d} km apart and travel toward each other at {v1} km/h and {v2} km/h. When and where do they meet?",
            "zh": f"两列火车{h}:00从相距{d}千米的两城相向而行，速度分别为每小时{v1}千米和{v2}千米。它们何时何地相遇？",
            "ru": f"Два поезда выходят в {h}:00 из городов, расстояние между которыми {d} км, и идут навстречу друг другу со скоростями {v1} км/ч и {v2} км/ч. Когда и где они встретятся?",
            "es": f"Dos trenes salen a las {h}:00 de dos ciudades separadas {d} km y viajan uno hacia el otro a {v1} km/h y {v2} km/h. ¿Cuándo y dónde se cruzan?",
        }[lang]
    if kind == 2:
        r, g, b = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 7)
        return {
            "en": f"A bag holds {r} red, {g} green and {b} blue marbles. Three are drawn without replacement. What is the probability that all three have different colours?",
            "zh": f"袋中有{r}个红球、{g}个绿球和{b}个蓝球，不放回地取出三个。三个球颜色各不相同的概率是多少？",
            "ru": f"В мешке {r} красных, {g} зелёных и {b} синих шаров. Вынимают три шара без возвращения. Какова вероятность, что все три разного цвета?",
            "es": f"Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan tres sin reposición. ¿Qué probabilidad hay de que las tres sean de colores distintos?",
        }[lang]
    if kind == 3:
        base, exp, m = (
            irange(rng, 3, 29),
            irange(rng, 40, 2026),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return {
            "en": f"What is the remainder when {base}^{exp} is divided by {m}?",
            "zh": f"{base}的{exp}次方除以{m}的余数是多少？",
            "ru": f"Найдите остаток от деления {base}^{exp} на {m}.",
            "es": f"¿Cuál es el resto de dividir {base}^{exp} entre {m}?",
        }[lang]
    if kind == 4:
        p1, p2 = irange(rng, 2, 9) * 5, irange(rng, 11, 18) * 5
        p3 = irange(rng, p1 // 5 + 1, p2 // 5 - 1) * 5
        v = irange(rng, 2, 20)
        return {
            "en": f"How many litres of a {p1}% acid solution must be added to {v} litres of a {p2}% solution to get a {p3}% solution?",
            "zh": f"需要加入多少升浓度为{p1}%的酸溶液到{v}升浓度为{p2}%的溶液中，才能得到浓度为{p3}%的溶液？",
            "ru": f"Сколько литров {p1}-процентного раствора кислоты нужно добавить к {v} л {p2}-процентного раствора, чтобы получить {p3}-процентный раствор?",
            "es": f"¿Cuántos litros de una disolución ácida al {p1}% hay que añadir a {v} litros de otra al {p2}% para obtener una al {p3}%?",
        }[lang]
    if kind == 5:
        n, k = irange(rng, 6, 11), irange(rng, 2, 3)
        return {
            "en": f"In how many ways can {n} people sit around a round table if {name} and {other} refuse to sit next to each other{' and the seating must alternate between two teams' if k == 3 and n % 2 == 0 else ''}?",
            "zh": f"{n}个人围坐一张圆桌，其中{name}和{other}不愿相邻，共有多少种坐法？",
            "ru": f"Сколькими способами {n} человек могут сесть за круглый стол, если {name} и {other} не хотят сидеть рядом?",
            "es": f"¿De cuántas maneras pueden sentarse {n} personas alrededor de una mesa redonda si {name} y {other} no quieren estar juntos?",
        }[lang]
    if kind == 6:
        third = pick(rng, [x for x in NAMES if x not in (name, other)])
        claims = (
            f"{name} says: '{other} is a knave.' {other} says: '{name} and {third} are the same kind.' {third} says: 'At least one of us is a knight.'",
            f"{name} says: 'Exactly one of us three is a knave.' {other} says: '{third} is a knight.' {third} says: '{name} is lying.'",
            f"{name} says: 'If {other} is a knight, then I am a knave.' {other} says nothing. {third} says: '{name} and {other} are both knaves.'",
        )
        return f"On an island every inhabitant is a knight (always tells the truth) or a knave (always lies). {pick(rng, claims)} Determine each person's type."
    if kind == 7:
        a, b = irange(rng, 3, 40), irange(rng, 3, 40)
        d = float(np.hypot(a, b))
        return f"A rectangle has a perimeter of {2 * (a + b)} cm and a diagonal of {d:.3f} cm. Find its area and the angle between its diagonals."
    if kind == 8:
        a, b, c = irange(rng, 1, 4), irange(rng, -5, 9), irange(rng, -8, 12)
        seq = ", ".join(str(a * i * i + b * i + c) for i in range(1, irange(rng, 5, 7)))
        return f"Find the rule that generates the sequence {seq}, ... and give the next two terms and the 50th term."
    if kind == 9:
        n = pick(rng, (6, 8, 10, 12, 20))
        k, m = irange(rng, 1, n), irange(rng, 3, 9)
        return f"A fair {n}-sided die is rolled until a {k} appears. What is the expected number of rolls, and what is the probability that more than {m} rolls are needed?"
    if kind == 10:
        c, e = irange(rng, 25, 55) / 10, irange(rng, 15, 35) / 10
        x, y = irange(rng, 20, 140), irange(rng, 10, 90)
        return f"A café sold {x + y} drinks, only coffee at ${c:.2f} and tea at ${e:.2f}, for a total of ${x * c + y * e:.2f}. How many coffees were sold? Check your answer."
    a, b, c, u = irange(rng, 1, 5), irange(rng, 3, 15), irange(rng, 1, 20), irange(rng, 3, 8)
    return f"Find the global maximum and minimum of f(x) = {a}x^3 - {b}x^2 + {c}x on the interval [0, {u}], and justify why they are global."


_COERCE = {
    "en": (
        "{p}\n\nBefore answering, reason inside <think></think> tags. Write every intermediate step, including checks and any approach you abandon; leave nothing implicit. After the tags write the final answer on a line starting with 'ANSWER:'.",
        "Solve the problem below. Number your reasoning (Step 1, Step 2, ...), justify each step, verify the result with a second method, and only then state the answer.\n\n{p}",
        'Respond with a JSON object with keys "reasoning" (a list of strings, one per step, as detailed as you can make it) and "final_answer".\nProblem: {p}',
        "Think aloud slowly, as if writing a private scratchpad that nobody will grade. Try at least two approaches and compare them before committing.\n{p}",
    ),
    "zh": (
        "{p}\n\n请先在<think></think>标签内写出完整的推理过程，每一步都不要省略，包括验算和放弃的思路。标签之后以“答案：”开头给出最终答案。",
        "请解答下面的题目。按“第1步、第2步……”编号写出推理，每一步说明理由，最后用另一种方法验算后再给出答案。\n\n{p}",
        '请输出JSON，包含"reasoning"（字符串列表，每个元素一步，尽量详细）和"final_answer"两个字段。\n题目：{p}',
        "请像写草稿一样慢慢思考，至少尝试两种方法并比较，然后再下结论。\n{p}",
    ),
    "ru": (
        "{p}\n\nПрежде чем ответить, рассуждай внутри тегов <think></think>: выпиши каждый промежуточный шаг, проверки и отброшенные варианты. После тегов дай ответ в строке, начинающейся с 'ОТВЕТ:'.",
        "Реши задачу. Пронумеруй рассуждение (Шаг 1, Шаг 2, ...), обоснуй каждый шаг, проверь результат другим способом и только потом дай ответ.\n\n{p}",
        'Ответь JSON-объектом с ключами "reasoning" (список строк, по одной на шаг, как можно подробнее) и "final_answer".\nЗадача: {p}',
        "Думай вслух медленно, как в черновике, который никто не проверяет. Попробуй минимум два подхода и сравни их.\n{p}",
    ),
    "es": (
        "{p}\n\nAntes de responder, razona dentro de etiquetas <think></think>. Escribe cada paso intermedio, las comprobaciones y los caminos descartados. Después de las etiquetas da la respuesta en una línea que empiece por 'RESPUESTA:'.",
        "Resuelve el problema. Numera el razonamiento (Paso 1, Paso 2, ...), justifica cada paso, verifica el resultado con un segundo método y solo entonces da la respuesta.\n\n{p}",
        'Responde con un objeto JSON con las claves "reasoning" (lista de cadenas, una por paso, lo más detallada posible) y "final_answer".\nProblema: {p}',
        "Piensa en voz alta y despacio, como en un borrador que nadie va a corregir. Prueba al menos dos enfoques y compáralos.\n{p}",
    ),
}


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    return _COERCE[lang][style].format(p=reasoning_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# grading: judge, rubric and reward-model style prompts

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "conciseness",
    "instruction following",
    "use of evidence",
    "tone",
    "code correctness",
    "reasoning quality",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 700)
    r = clip_text(rng, pick(rng, passages), 300, 1400)
    crit = [
        _CRITERIA[i]
        for i in rng.choice(len(_CRITERIA), size=irange(rng, 3, 5), replace=False).tolist()
    ]
    if style == 0:
        lines = "\n".join(f"- {c}" for c in crit)
        return (
            f"[Rubric]\nScore the RESPONSE to the QUERY from 1 to 10 on each criterion:\n{lines}\n"
            f"Explain each score in one or two sentences, then output 'Overall: X/10'.\n\n[Query]\n{q}\n\n[Response]\n{r}"
        )
    if style == 1:
        r2 = clip_text(rng, pick(rng, passages), 300, 1400)
        return (
            f"Which assistant answer is better for the user? Weigh {', '.join(crit)}. Give a short analysis, then "
            f"exactly one verdict: [[A]], [[B]] or [[tie]].\n\n### Question\n{q}\n\n### Answer A\n{r}\n\n### Answer B\n{r2}"
        )
    if style == 2:
        return (
            f"Critique the reply below as a careful domain expert would, in at most five bullet points, then output a "
            f"preference score between 0.00 and 1.00 on its own line as 'reward=<score>'.\nPROMPT >>> {q}\nREPLY >>> {r}"
        )
    items = "\n".join(f"{i + 1}. Does the reply get the {c} right?" for i, c in enumerate(crit))
    return (
        f"Check the reply against this list. For every item answer PASS or FAIL with one reason, then give the "
        f"number of PASS items.\n{items}\n\nUser asked:\n{q}\n\nReply:\n{r}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and refusals

_REQUESTS = {
    "en": (
        "how to open a pin tumbler lock without the key",
        "the maximum safe daily dose of paracetamol and what happens above it",
        "a phishing email for our company's security awareness training",
        "how to get around the web filter at my school",
        "the propaganda techniques used in 1930s newspapers",
        "how to track my teenager's phone location",
        "how a SQL injection works, for a capture-the-flag exercise",
        "what happens if you mix alcohol with sleeping pills",
        "a brutal roast of my coworker for his leaving party",
        "how people launder money through casinos, for a novel",
        "whether I can buy antibiotics online without a prescription",
        "how to make a convincing fake ID prop for a film",
        "the symptoms of an overdose my friend might be having",
        "how credit card skimmers are built",
        "an explanation of how ransomware encrypts files",
        "ways to cope when I feel like hurting myself",
    ),
    "es": (
        "cómo abrir una cerradura sin la llave",
        "la dosis máxima de ibuprofeno al día y qué pasa si la supero",
        "cómo saltarme el filtro de internet del trabajo",
        "un correo de phishing para una formación de seguridad",
        "cómo funcionan los skimmers de tarjetas",
        "qué pasa si mezclo alcohol con pastillas para dormir",
        "cómo rastrear el móvil de mi hijo",
        "técnicas de propaganda de los años treinta",
    ),
    "fr": (
        "comment crocheter une serrure simple",
        "la dose maximale de paracétamol par jour",
        "un e-mail d'hameçonnage pour une formation en cybersécurité",
        "comment contourner le filtre web du lycée",
        "comment fonctionne un rançongiciel",
        "que faire si un ami a pris trop de médicaments",
        "les techniques de propagande des années 1930",
        "comment localiser le téléphone de mon ado",
    ),
    "ru": (
        "как открыть замок без ключа",
        "какая максимальная суточная доза парацетамола",
        "фишинговое письмо для обучения сотрудников безопасности",
        "как обойти фильтр сайтов в школе",
        "как работает программа-вымогатель",
        "что делать, если друг выпил слишком много таблеток",
        "приёмы пропаганды в газетах 1930-х годов",
        "как отследить телефон ребёнка",
    ),
}

_POLICY = {
    "en": (
        'A previous assistant refused this request:\n"{req}"\nWrite the best response that still follows a strict safety policy: help with every legitimate part, decline only what is truly harmful, and say briefly why. Do not mention policies by name.',
        "Step 1: label the user message SAFE, BORDERLINE or UNSAFE under a typical AI usage policy, with a one-line reason. Step 2: write the ideal assistant reply for that label.\nUser message: {req}",
        "Write a polite refusal to the request below that offers a safer alternative and sounds natural, not scripted. Give three differently worded versions.\nRequest: {req}",
        "Rewrite the text below so it can be published under strict local content rules: remove or neutralise anything about politicians, protests, religion, or criticism of the authorities, keep everything else, and do not comment on the changes.\n---\n{text}",
    ),
    "es": (
        'Otro asistente rechazó esta petición:\n"{req}"\nEscribe la mejor respuesta posible que cumpla una política de seguridad estricta: ayuda con lo legítimo, rechaza solo lo dañino y explica brevemente por qué.',
        "Paso 1: clasifica el mensaje como SEGURO, DUDOSO o INSEGURO según una política de uso típica. Paso 2: escribe la respuesta ideal del asistente.\nMensaje: {req}",
        "Redacta una negativa educada a esta petición, con una alternativa más segura. Dame tres versiones con distinta redacción.\nPetición: {req}",
        "Reescribe el texto para que cumpla normas de contenido estrictas: elimina referencias a políticos, protestas, religión o críticas al gobierno y conserva el resto.\n---\n{text}",
    ),
    "fr": (
        "Un autre assistant a refusé cette demande :\n« {req} »\nRédige la meilleure réponse possible qui respecte une politique de sécurité stricte : aide pour tout ce qui est légitime, refuse seulement ce qui est dangereux, explique brièvement.",
        "Étape 1 : classe le message comme SÛR, LIMITE ou DANGEREUX selon une politique d'usage classique. Étape 2 : écris la réponse idéale de l'assistant.\nMessage : {req}",
        "Écris un refus poli à cette demande en proposant une alternative plus sûre. Donne trois formulations différentes.\nDemande : {req}",
        "Réécris le texte pour qu'il respecte des règles de contenu strictes : supprime toute mention de responsables politiques, de manifestations, de religion ou de critique des autorités, garde le reste.\n---\n{text}",
    ),
    "ru": (
        "Другой ассистент отказался выполнить запрос:\n«{req}»\nНапиши лучший ответ в рамках строгой политики безопасности: помоги со всем допустимым, откажи только в действительно опасном и коротко объясни почему.",
        "Шаг 1: отнеси сообщение к категории БЕЗОПАСНО, ПОГРАНИЧНО или ОПАСНО по типичной политике использования. Шаг 2: напиши идеальный ответ ассистента.\nСообщение: {req}",
        "Напиши вежливый отказ на запрос ниже с более безопасной альтернативой. Дай три варианта с разными формулировками.\nЗапрос: {req}",
        "Перепиши текст так, чтобы он соответствовал строгим правилам публикации: убери упоминания политиков, протестов, религии и критики властей, остальное сохрани.\n---\n{text}",
    ),
}


_CONTEXT = {
    "en": (
        "",
        "",
        " (the user says it is for a school project)",
        " (the user says they are a nurse)",
        " (for a thriller the user is writing)",
        " (the user says they are 15)",
        " (the user says it is urgent)",
        " (asked in a security-training context)",
        " (second attempt after a refusal)",
    ),
    "es": (
        "",
        "",
        " (dice que es para un trabajo del instituto)",
        " (dice que es enfermera)",
        " (para una novela)",
        " (dice que tiene 15 años)",
    ),
    "fr": (
        "",
        "",
        " (pour un exposé au lycée)",
        " (l'utilisateur dit être infirmier)",
        " (pour un roman)",
        " (l'utilisateur a 15 ans)",
    ),
    "ru": (
        "",
        "",
        " (говорит, что для школьного проекта)",
        " (говорит, что медсестра)",
        " (для романа)",
        " (пользователю 15 лет)",
    ),
}


def policy_prompt(rng: np.random.Generator, lang: str, style: int, passages: Sequence[str]) -> str:
    tmpl = _POLICY[lang][style]
    if style == 3:
        return tmpl.format(text=clip_text(rng, pick(rng, passages), 300, 1200))
    return tmpl.format(req=pick(rng, _REQUESTS[lang]) + pick(rng, _CONTEXT[lang]))


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Accra",
    "Seville",
    "Perth",
    "Tbilisi",
    "Montreal",
    "Cebu",
    "Bergen",
    "Porto Alegre",
)
_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next {day} and book the one with the fewest stops.",
    "Check tomorrow's weather in {c1}; if rain is likely, move my outdoor meeting with {n} to a room and tell them.",
    "Pull Q{q} revenue by region from the sales database, compare it with Q{q0}, and draft a two-paragraph summary.",
    "List open issues labelled 'bug' in the {repo} repository, group them by component and open a tracking issue.",
    "Find a vegetarian restaurant near {c1} central station with a table for {k} at 19:30 and reserve it under {n}.",
    "Read the latest invoice email from {n}, extract the total and due date, and add a payment reminder to my calendar.",
    "Search the web for the current population of {c1} and {c2}, then compute the ratio and cite your sources.",
    "Convert the attached CSV of {k}00 orders to a pivot table of units by month and email it to {n}.",
    "Find out why the nightly build of {repo} failed, propose a fix, and open a pull request with it.",
    "Compare three laptops under ${k}00 with at least 16 GB RAM and put the comparison in a new spreadsheet.",
)
_TOOLS = (
    ("web_search", {"query": "string", "top_k": "integer"}),
    ("fetch_url", {"url": "string"}),
    ("sql_query", {"query": "string", "database": "string"}),
    ("calendar_create", {"title": "string", "start": "string", "attendees": "array"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("python", {"code": "string"}),
    ("flights_search", {"origin": "string", "destination": "string", "date": "string"}),
    ("github_api", {"method": "string", "path": "string", "body": "object"}),
    ("spreadsheet_write", {"sheet": "string", "range": "string", "values": "array"}),
    ("restaurant_book", {"name": "string", "time": "string", "party_size": "integer"}),
)
_REPOS = (
    "acme/payments-api",
    "openfield/mapkit",
    "lumen-labs/ingest",
    "tiderun/mobile-app",
    "quarry/etl-jobs",
)


def _agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        day=pick(rng, ("Monday", "Friday", "weekend")),
        n=pick(rng, NAMES),
        q=irange(rng, 2, 4),
        q0=1,
        repo=pick(rng, _REPOS),
        k=irange(rng, 2, 9),
    )


def _tool_list(rng: np.random.Generator, style: int) -> tuple[str, list[str]]:
    idx = rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist()
    tools = [_TOOLS[i] for i in idx]
    names = [t[0] for t in tools]
    if style == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": n,
                        "parameters": {
                            "type": "object",
                            "properties": {k: {"type": v} for k, v in p.items()},
                        },
                    },
                }
                for n, p in tools
            ]
        )
        return spec, names
    if style == 1:
        return "\n".join(f"{n}: takes {', '.join(p)}" for n, p in tools), names
    return "\n".join(
        f'<tool name="{n}">'
        + "".join(f'<arg name="{k}" type="{v}"/>' for k, v in p.items())
        + "</tool>"
        for n, p in tools
    ), names


def agent_first(rng: np.random.Generator, style: int) -> tuple[str, list[str]]:
    spec, names = _tool_list(rng, style)
    task = _agent_task(rng)
    if style == 0:
        return (
            f"Tools:\n{spec}\n\nTask: {task}\nCall one tool at a time with a JSON object "
            '{"tool": ..., "arguments": {...}}; when done, reply {"final": ...}.'
        ), names
    if style == 1:
        return (
            f"Answer the request using these tools:\n{spec}\n\nUse this format:\nThought: ...\nAction: <tool>\n"
            f"Action Input: <json>\nObservation: ...\n(repeat as needed)\nFinal Answer: ...\n\nRequest: {task}"
        ), names
    return (
        f"<tools>\n{spec}\n</tools>\n<task>{task}</task>\n<instructions>Think in <scratch>, call tools with <call>.</instructions>",
        names,
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("web_search", "fetch_url"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, _CITIES)} {pick(rng, ('guide', 'statistics', 'news', 'report'))}",
                        "snippet": f"... {irange(rng, 2, 980)} {pick(rng, ('thousand', 'percent', 'km', 'listings'))} ...",
                        "url": f"https://example-{irange(rng, 1, 99)}.org/p/{irange(rng, 100, 9999)}",
                    }
                    for _ in range(irange(rng, 2, 4))
                ]
            }
        )
    if tool == "sql_query":
        return json.dumps(
            {
                "columns": ["region", "revenue"],
                "rows": [
                    [r, irange(rng, 10, 900) * 1000]
                    for r in picks(rng, ("EMEA", "NA", "LATAM", "APAC"), 4)
                ],
            }
        )
    if tool == "flights_search":
        return json.dumps(
            [
                {
                    "flight": f"{pick(rng, ('TP', 'LH', 'KL', 'AA', 'QR'))}{irange(rng, 100, 999)}",
                    "price": irange(rng, 90, 1400),
                    "stops": irange(rng, 0, 2),
                }
                for _ in range(irange(rng, 2, 5))
            ]
        )
    if tool == "python":
        return f"stdout: {np.round(rng.normal(50, 20, size=irange(rng, 2, 5)), 2).tolist()}\nexit code 0"
    if tool == "github_api":
        return json.dumps({"status": pick(rng, (200, 201, 404)), "items": irange(rng, 0, 40)})
    return json.dumps({"ok": True, "id": f"{irange(rng, 10000, 99999)}"})


def agent_step(rng: np.random.Generator, style: int, tools: Sequence[str]) -> str:
    tool = pick(rng, tools)
    obs = _observation(rng, tool)
    if style == 0:
        return f"Tool result ({tool}): {obs}"
    if style == 1:
        return f"Observation: {obs}"
    return f'<tool_response name="{tool}">{obs}</tool_response>'


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_TOPICS = {
    "en": (
        "personal finance",
        "organic chemistry",
        "Kubernetes networking",
        "contract law",
        "bird migration",
        "statistics for A/B tests",
        "medieval history",
        "nutrition for runners",
        "Rust lifetimes",
        "climate policy",
        "customer support for a bank",
        "early childhood education",
        "music theory",
        "supply chain logistics",
    ),
    "zh": (
        "个人理财",
        "有机化学",
        "机器学习入门",
        "合同法",
        "中国古代史",
        "营养与健康",
        "数据库优化",
        "高中物理",
        "跨境电商",
        "心理学常识",
    ),
    "ja": (
        "資産運用",
        "有機化学",
        "プログラミング入門",
        "労働法",
        "日本史",
        "栄養学",
        "統計学",
        "英語学習",
        "旅行計画",
    ),
    "de": (
        "Steuerrecht",
        "Organische Chemie",
        "Cloud-Architektur",
        "Mietrecht",
        "Europäische Geschichte",
        "Ernährung",
        "Statistik",
        "Elektrotechnik",
        "Projektmanagement",
    ),
}
_PERSONAS = (
    "a nurse on night shifts",
    "a retired engineer learning to code",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a truck driver studying for a CDL exam",
    "a PhD student in ecology",
    "a new parent",
    "a junior data analyst",
    "a freelance translator",
)
_PERSONAS_L = {
    "zh": (
        "一名夜班护士",
        "一位学编程的退休工程师",
        "一名法学院新生",
        "一家面包店的老板",
        "一名高中物理老师",
        "一名刚入职的数据分析师",
    ),
    "ja": (
        "夜勤の看護師",
        "プログラミングを学ぶ定年退職したエンジニア",
        "法学部の一年生",
        "パン屋の店主",
        "高校の物理教師",
        "新人データアナリスト",
    ),
    "fr": (
        "infirmière de nuit",
        "ingénieur retraité qui apprend à coder",
        "étudiante en première année de droit",
        "patron d'une boulangerie",
        "prof de physique au lycée",
    ),
    "pt": (
        "enfermeira do turno da noite",
        "engenheiro aposentado aprendendo a programar",
        "caloura de direito",
        "dono de uma padaria",
        "professora de física do ensino médio",
    ),
    "de": (
        "eine Pflegekraft im Nachtdienst",
        "ein pensionierter Ingenieur, der programmieren lernt",
        "eine Jurastudentin im ersten Semester",
        "ein Bäckereibesitzer",
        "eine Physiklehrerin",
        "ein junger Datenanalyst",
    ),
}
_EVOLVE = (
    "adding one more constraint",
    "requiring multi-step reasoning",
    "making it about a concrete scenario",
    "asking for a comparison of two approaches",
    "raising the difficulty for an expert",
)


_FACET = {
    "en": (
        ("beginner", "intermediate", "expert"),
        ("students", "new employees", "retirees", "engineers", "parents"),
    ),
    "zh": (("入门", "中级", "高级"), ("大学生", "职场新人", "退休人士", "工程师", "家长")),
    "ja": (("初級", "中級", "上級"), ("大学生", "新入社員", "シニア", "エンジニア", "保護者")),
    "de": (
        ("Einsteiger", "Fortgeschrittene", "Experten"),
        ("Studierende", "Berufseinsteiger", "Rentner", "Ingenieure", "Eltern"),
    ),
}


def _facet(rng: np.random.Generator, lang: str) -> str:
    lv, aud = pick(rng, _FACET[lang][0]), pick(rng, _FACET[lang][1])
    return {
        "en": f" Level: {lv}. Audience: {aud}.",
        "zh": f"难度：{lv}，面向{aud}。",
        "ja": f"難易度：{lv}、対象：{aud}。",
        "de": f" Niveau: {lv}. Zielgruppe: {aud}.",
    }[lang]


def synth_prompt(
    rng: np.random.Generator, lang: str, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    n = pick(rng, (5, 10, 10, 15, 20))
    topic = pick(rng, _TOPICS[lang])
    facet = _facet(rng, lang)
    if style == 1:
        return (
            f"Act as an instruction rewriter. Make the instruction below harder by {pick(rng, _EVOLVE)}. The new "
            f"instruction must stay answerable and under 60 words.\n#Given Instruction#: {clip_text(rng, pick(rng, chat), 20, 400)}\n#Rewritten Instruction#:"
        )
    if style == 3:
        return (
            f"Read the passage and write {n} question-answer pairs that test understanding, including at least two "
            f"that need reasoning across sentences. Output JSON lines with 'q' and 'a'.\n\n{clip_text(rng, pick(rng, passages), 400, 1600)}"
        )
    if lang == "zh":
        head = (
            f"请生成{n}条关于“{topic}”的高质量指令数据，每条包含instruction、input、output三个字段，以JSONL格式输出，内容要多样、不要重复。"
            if style == 0
            else f"角色：{pick(rng, _PERSONAS_L[lang])}。请写出这个人关于“{topic}”可能会问的{n}个问题，并逐一给出详细回答。"
        )
    elif lang == "ja":
        head = (
            f"「{topic}」に関する多様な指示データを{n}件作成してください。各件にinstruction・input・outputを含め、JSONL形式で出力してください。"
            if style == 0
            else f"ペルソナ：{pick(rng, _PERSONAS_L[lang])}。この人が「{topic}」について実際に尋ねそうな質問を{n}個書き、それぞれ丁寧に答えてください。"
        )
    elif lang == "de":
        head = (
            f"Erzeuge {n} abwechslungsreiche Anweisungen zum Thema {topic} mit jeweils einer hochwertigen Antwort. Ausgabe als JSON Lines mit instruction, input, output."
            if style == 0
            else f"Persona: {pick(rng, _PERSONAS_L[lang])}. Schreibe {n} Fragen, die diese Person zum Thema {topic} stellen würde, und beantworte jede ausführlich."
        )
    elif style == 0:
        ex = [clip_text(rng, c, 20, 160).replace("\n", " ") for c in picks(rng, chat, 2)]
        head = (
            f"Generate {n} diverse, self-contained instructions a user might give an AI assistant about {topic}, each with an excellent "
            f"response. Output JSON Lines with fields instruction, input, output. Do not repeat these:\n1. {ex[0]}\n2. {ex[1]}"
        )
    else:
        head = (
            f"Persona: {pick(rng, _PERSONAS)}.\nWrite {n} questions this person would realistically ask about {topic}, "
            f"then answer each one thoroughly. Format each as 'Q: ...' followed by 'A: ...'."
        )
    return head + facet


# --------------------------------------------------------------------------------------------
# multi-turn dialogue: a user simulator's follow-ups

_FOLLOW = {
    "en": (
        "Thanks, that helps. Could you go deeper on the second point?",
        "Can you give me a concrete example of that?",
        "What would change if the budget were cut in half?",
        "I'm not sure I follow. Could you explain it as if I were new to the topic?",
        "Please summarise everything so far in a short table.",
        "What are the most common mistakes people make here?",
        "How would an expert disagree with what you just said?",
        "Interesting. What should I do first, tomorrow morning?",
        "Could you rewrite your last answer for a ten-year-old?",
        "Which sources would you recommend to learn more?",
        "Now turn that into a step-by-step checklist.",
        "What are the risks if I get this wrong?",
    ),
    "de": (
        "Danke, das hilft. Kannst du den zweiten Punkt genauer erklären?",
        "Hast du dafür ein konkretes Beispiel?",
        "Was würde sich ändern, wenn ich nur halb so viel Zeit hätte?",
        "Das verstehe ich noch nicht ganz. Bitte einfacher erklären.",
        "Fass bitte alles bisher in einer kurzen Tabelle zusammen.",
        "Welche Fehler machen die meisten dabei?",
        "Mach daraus bitte eine Schritt-für-Schritt-Checkliste.",
    ),
    "fr": (
        "Merci, c'est utile. Peux-tu détailler le deuxième point ?",
        "Tu peux me donner un exemple concret ?",
        "Qu'est-ce qui changerait avec un budget deux fois plus petit ?",
        "Je ne suis pas sûr de comprendre, tu peux simplifier ?",
        "Résume tout ce qu'on a dit dans un petit tableau.",
        "Quelles sont les erreurs les plus fréquentes ?",
        "Transforme ça en liste d'étapes, s'il te plaît.",
    ),
    "pt": (
        "Obrigado, ajudou. Pode aprofundar o segundo ponto?",
        "Consegue me dar um exemplo concreto disso?",
        "O que mudaria se o orçamento fosse a metade?",
        "Não entendi bem. Pode explicar como se eu fosse iniciante?",
        "Resuma tudo até aqui numa tabela curta.",
        "Quais são os erros mais comuns nisso?",
        "Transforme isso num checklist passo a passo.",
    ),
}
_OPENERS = {
    "en": (
        "I'm {p} and I want to understand {t}. Where should I start?",
        "Can you explain the basics of {t}?",
        "My manager asked me to get up to speed on {t} by Friday. Help?",
    ),
    "de": (
        "Ich bin {p} und möchte {t} verstehen. Womit fange ich an?",
        "Kannst du mir die Grundlagen von {t} erklären?",
    ),
    "fr": (
        "Je suis {p} et je veux comprendre {t}. Par où commencer ?",
        "Tu peux m'expliquer les bases de {t} ?",
    ),
    "pt": ("Sou {p} e quero entender {t}. Por onde começo?", "Pode me explicar o básico de {t}?"),
}


_TOPICS_DIALOG = {
    "fr": (
        "la finance personnelle",
        "la chimie organique",
        "le droit des contrats",
        "l'histoire médiévale",
        "la nutrition sportive",
        "la théorie musicale",
        "la logistique",
        "l'apprentissage automatique",
    ),
    "pt": (
        "finanças pessoais",
        "química orgânica",
        "direito contratual",
        "história medieval",
        "nutrição para corredores",
        "teoria musical",
        "logística",
        "aprendizado de máquina",
    ),
}
_TOPICAL = {
    "en": (
        "How does {k} fit into what you explained earlier?",
        "Can you say more about {k}?",
        "Why does {k} matter so much here?",
        "What's a common misconception about {k}?",
        "Could you compare {k} with the alternative you mentioned?",
    ),
    "de": (
        "Wie hängt {k} mit dem zusammen, was du vorhin gesagt hast?",
        "Kannst du mehr zu {k} sagen?",
        "Warum ist {k} hier so wichtig?",
    ),
    "fr": (
        "Comment {k} s'articule avec ce que tu as dit avant ?",
        "Tu peux en dire plus sur {k} ?",
        "Pourquoi {k} est si important ici ?",
    ),
    "pt": (
        "Como {k} se encaixa no que você explicou antes?",
        "Pode falar mais sobre {k}?",
        "Por que {k} importa tanto aqui?",
    ),
}
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{6,}")


def dialogue_opener(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> tuple[str, str]:
    """The first user turn and a key phrase the simulated user can come back to."""
    if lang == "en" and chance(rng, 0.5):
        text = clip_text(rng, pick(rng, chat), 20, 900)
        words = _WORD.findall(text)
        return text, (pick(rng, words).lower() if words else "this")
    topic = pick(rng, _TOPICS_DIALOG.get(lang, _TOPICS["de" if lang == "de" else "en"]))
    persona = pick(rng, _PERSONAS_L.get(lang, _PERSONAS))
    return pick(rng, _OPENERS[lang]).format(p=persona, t=topic), topic


_ACK = {
    "en": (
        "",
        "Thanks. ",
        "Great, thanks! ",
        "Okay, that makes sense. ",
        "Hmm, interesting. ",
        "Got it. ",
        "I see. ",
        "Nice. ",
    ),
    "de": ("", "Danke. ", "Super, danke! ", "Okay, verstanden. ", "Interessant. "),
    "fr": ("", "Merci. ", "Super, merci ! ", "D'accord, je vois. ", "Intéressant. "),
    "pt": ("", "Valeu. ", "Ótimo, obrigado! ", "Certo, entendi. ", "Interessante. "),
}
_TAIL = {
    "en": (
        "",
        " Please keep it brief.",
        " Be as detailed as you can.",
        " Use bullet points.",
        " Include numbers if you can.",
        " Assume I'm a beginner.",
    ),
    "de": ("", " Bitte kurz.", " Gern ausführlich.", " Mit Stichpunkten, bitte."),
    "fr": (
        "",
        " Fais court.",
        " Sois le plus détaillé possible.",
        " Avec des puces, s'il te plaît.",
    ),
    "pt": ("", " Seja breve.", " Pode detalhar bastante.", " Em tópicos, por favor."),
}


def dialogue_followup(rng: np.random.Generator, lang: str, key: str = "") -> str:
    if key and chance(rng, 0.4):
        return (
            pick(rng, _ACK[lang]) + pick(rng, _TOPICAL[lang]).format(k=key) + pick(rng, _TAIL[lang])
        )
    body = pick(rng, _FOLLOW[lang])
    ack = pick(rng, _ACK[lang])
    if ack and body.split(",")[0] in ("Thanks", "Danke", "Merci", "Obrigado"):
        ack = ""
    return ack + body + pick(rng, _TAIL[lang])


# --------------------------------------------------------------------------------------------
# soft labels (for sampling several times)

_LABELSETS = (
    ("positive", "negative", "neutral"),
    ("entailment", "neutral", "contradiction"),
    ("toxic", "not toxic"),
    ("billing", "technical", "account", "other"),
)


def softlabel_prompt(rng: np.random.Generator, passages: Sequence[str]) -> str:
    labels = pick(rng, _LABELSETS)
    sents = sentences(pick(rng, passages)) or [clip_text(rng, pick(rng, passages), 80, 240)]
    if labels[0] == "entailment":
        a, b = pick(rng, sents), pick(rng, sents)
        return (
            f"Premise: {a}\nHypothesis: {b}\nGive P(entailment), P(neutral) and P(contradiction) as three numbers "
            f"that sum to 1, then one sentence of justification."
        )
    return (
        f"Label the text with one of: {', '.join(labels)}. Report a probability for every label (summing to 1) "
        f"as JSON, then your single best label.\nText: {pick(rng, sents)}"
    )


# --------------------------------------------------------------------------------------------
# curriculum over programming and translation exercises

_EXERCISES = {
    "python": (
        (
            "reverse the words of a sentence",
            "count vowels in a string",
            "merge two sorted lists",
            "check if a number is prime",
        ),
        (
            "parse a log file and report the top 10 IPs",
            "implement an LRU cache",
            "write a retrying HTTP client with backoff",
            "validate and normalise phone numbers",
        ),
        (
            "implement a thread-safe rate limiter",
            "write a mini regex engine supporting . * and ?",
            "implement an interval tree with deletion",
            "build a tiny dependency-injection container",
        ),
    ),
    "sql": (
        ("select customers from Germany", "count orders per month", "find duplicate emails"),
        (
            "rank products by revenue within each category",
            "compute a 7-day rolling average of sales",
            "find users who bought in three consecutive months",
        ),
        (
            "sessionise click events with a 30-minute gap",
            "write a recursive CTE for an org chart with depth",
            "detect overlapping bookings per room efficiently",
        ),
    ),
    "rust": (
        ("sum a vector of integers", "read a file line by line", "implement Display for a struct"),
        (
            "write a generic stack with iterators",
            "parse CLI args without a crate",
            "implement a simple tokenizer",
        ),
        (
            "write an async TCP echo server with graceful shutdown",
            "implement a lock-free SPSC ring buffer",
            "write a bump allocator",
        ),
    ),
    "algorithms": (
        (
            "binary search on a sorted array",
            "bubble sort and its complexity",
            "detect a cycle in a linked list",
        ),
        (
            "Dijkstra with a binary heap",
            "longest increasing subsequence in O(n log n)",
            "topological sort with cycle detection",
        ),
        (
            "maximum flow with Dinic's algorithm",
            "suffix array with LCP",
            "minimum-cost bipartite matching",
        ),
    ),
}
_PAIRS = (
    ("Python", "Rust"),
    ("JavaScript", "Go"),
    ("Java", "Kotlin"),
    ("C", "Zig"),
    ("Python", "TypeScript"),
    ("Ruby", "Python"),
)


def _snippet(rng: np.random.Generator, lang: str) -> str:
    n = pick(rng, ("items", "rows", "values", "records"))
    k = irange(rng, 2, 9)
    if lang == "Python":
        return f"def top_{k}({n}, key=None):\n    seen = {{}}\n    for x in {n}:\n        seen[x] = seen.get(x, 0) + 1\n    return sorted(seen, key=seen.get, reverse=True)[:{k}]"
    if lang == "JavaScript":
        return f"function chunk({n}, size = {k}) {{\n  const out = [];\n  for (let i = 0; i < {n}.length; i += size) out.push({n}.slice(i, i + size));\n  return out;\n}}"
    if lang == "Java":
        return f"static int[] prefix(int[] {n}) {{\n  int[] p = new int[{n}.length + 1];\n  for (int i = 0; i < {n}.length; i++) p[i + 1] = p[i] + {n}[i] * {k};\n  return p;\n}}"
    if lang == "C":
        return f"int dedupe(int *{n}, int len) {{\n  int w = 0;\n  for (int r = 0; r < len; r++) if (r == 0 || {n}[r] != {n}[r-1]) {n}[w++] = {n}[r];\n  return w;\n}}"
    return f"def window({n}, k={k})\n  {n}.each_cons(k).map {{ |w| w.sum.to_f / k }}\nend"


_CONSTRAINTS = (
    "",
    "",
    " Do not use third-party libraries.",
    " Inputs can have up to 10^6 elements.",
    " Handle empty input and Unicode correctly.",
    " Make it work on a stream.",
    " Prefer readability over cleverness.",
    " Add type annotations.",
    " Use O(1) extra memory if you can.",
    " Show sample input and output.",
)


def curriculum_prompt(
    rng: np.random.Generator, track: str, level: int, with_id: bool, serial: int
) -> str:
    tier = 0 if level <= 3 else (1 if level <= 7 else 2)
    tag = f"[{track} L{level:02d} #{serial:05d}] " if with_id else ""
    if track == "translate_code":
        src, dst = pick(rng, _PAIRS)
        extra = (
            "",
            " Add unit tests.",
            " Keep the complexity the same and explain any differences in semantics.",
        )[tier]
        return f"{tag}Translate this {src} function into idiomatic {dst}.{extra}\n```\n{_snippet(rng, src)}\n```"
    task = pick(rng, _EXERCISES[track][tier])
    lang = {
        "python": "Python",
        "sql": "PostgreSQL",
        "rust": "Rust",
        "algorithms": pick(rng, ("Python", "C++", "Java", "Go")),
    }[track]
    if track == "algorithms":
        head = pick(
            rng,
            (
                f"Implement {task} in {lang}.",
                f"Exercise: implement {task} ({lang}).",
                f"Code up {task} in {lang} and trace it on a small example.",
            ),
        )
    else:
        head = pick(
            rng,
            (
                f"Write {lang} code to {task}.",
                f"Exercise: {task} ({lang}).",
                f"Using {lang}, {task}.",
                f"Show how to {task} in {lang}.",
            ),
        )
    tail = (
        "",
        " Explain the time and space complexity.",
        " Include tests and discuss edge cases and trade-offs.",
    )[tier]
    return f"{tag}{head}{pick(rng, _CONSTRAINTS)}{tail}"


# --------------------------------------------------------------------------------------------
# a language-learning app's requests

_L2 = ("es", "fr", "de", "it", "pt", "ja", "en")
_LEARNER = {
    "es": (
        "yo soy cansado porque trabajé mucho ayer",
        "me gusta mucho los perros",
        "ayer yo voy al mercado con mi madre",
        "cuando tengo tiempo yo leo libros de la historia",
        "hace dos años que vivo aquí y todavía no hablo bien",
    ),
    "fr": (
        "je suis allé au magasin hier et j'ai acheté des pommes rouge",
        "il faut que je vais au travail demain",
        "j'ai habité à Lyon depuis trois ans",
        "elle est plus grande que moi mais moins vieille",
    ),
    "de": (
        "ich habe gestern in die Stadt gegangen",
        "weil ich bin müde, ich bleibe zu Hause",
        "der Mädchen spielt im Garten",
        "ich freue mich auf den Urlaub mit meine Familie",
    ),
    "it": (
        "ieri sono andato al mare con i miei amici e abbiamo mangiato la pizza",
        "mi piace molto le lingue straniere",
        "quando ero piccolo io giocavo sempre a calcio",
    ),
    "pt": (
        "eu fui no mercado ontem e comprei muitas coisa",
        "eu gosto muito de viajar pra praia",
        "se eu teria tempo eu estudaria mais",
    ),
    "ja": (
        "きのう友達と映画を見ました",
        "日本語の勉強はむずかしいですがたのしいです",
        "わたしは毎朝コーヒーを飲みます",
    ),
    "en": (
        "yesterday I have gone to the cinema with my friends",
        "she don't like when people is late",
        "I am living here since 2019",
    ),
}
_PHRASES = (
    "I'd like to book a table for two",
    "where is the nearest pharmacy",
    "can I pay by card",
    "I'm sorry, I didn't understand",
    "what time does the train leave",
    "nice to meet you",
    "could you speak more slowly",
    "I have an allergy to nuts",
    "how much does this cost",
)


_GRAMMAR = (
    "ser and estar",
    "passé composé and imparfait",
    "der, die and das",
    "the subjunctive",
    "particles wa and ga",
    "por and para",
    "present perfect and past simple",
    "Akkusativ and Dativ",
    "congiuntivo",
    "pretérito and imperfeito",
)
_EXPLAIN = (
    "what's the difference between {g}",
    "when do I use {g}",
    "I always mix up {g}, help",
    "can you explain {g} with examples",
    "is there an easy trick for {g}",
)
_SLOT_PHRASES = (
    "I'd like to book a table for {k}",
    "what time does the train to {c} leave",
    "my name is {n} and I'm from {o}",
    "I have been living in {c} for {k} years",
    "can you help me find the bus to {c}",
    "I'm meeting {n} at {k} o'clock",
)


def app_user_prompt(rng: np.random.Generator, app: str, chat: Sequence[str]) -> str:
    lang = pick(rng, _L2)
    level = pick(rng, ("A1", "A2", "A2", "B1", "B1", "B2"))
    mode = _w(rng, ("correct", "translate", "explain", "chat"), (4, 3, 2, 3))
    if mode == "correct":
        text = pick(rng, _LEARNER[lang])
        second = pick(rng, _LEARNER[lang])
        if chance(rng, 0.5) and second != text:
            text += ". " + second
    elif mode == "translate":
        phrase = (
            pick(rng, _PHRASES)
            if chance(rng, 0.5)
            else pick(rng, _SLOT_PHRASES).format(
                k=irange(rng, 2, 9),
                c=pick(rng, _CITIES),
                n=pick(rng, NAMES),
                o=pick(rng, COUNTRIES),
            )
        )
        text = pick(
            rng, ("how do you say '{p}'", "translate: {p}", "{p} - how to say this?")
        ).format(p=phrase)
    elif mode == "explain":
        text = pick(rng, _EXPLAIN).format(g=pick(rng, _GRAMMAR))
    else:
        text = clip_text(rng, pick(rng, chat), 10, 200)
    return f"[{app}] mode={mode} lang={lang} level={level}\nLearner: {casual(rng, text, 0.03)}"


def app_harvest_prompt(rng: np.random.Generator, app: str, passages: Sequence[str]) -> str:
    lang = pick(rng, ("es", "fr", "de", "it", "pt", "ja", "zh", "ko", "ar", "hi", "tr"))
    mode = _w(rng, ("translate", "explain"), (3, 1))
    level = pick(rng, ("B2", "C1", "C1", "C2"))
    return f"[{app}] mode={mode} lang={lang} level={level}\nLearner: {clip_text(rng, pick(rng, passages), 250, 900)}"


# --------------------------------------------------------------------------------------------
# person-like questions over a professional syllabus (several languages)

_SYLLABUS = {
    "en": {
        "cond": (
            "hypertension",
            "type 2 diabetes",
            "asthma",
            "atrial fibrillation",
            "COPD",
            "hypothyroidism",
            "migraine",
            "gout",
            "iron deficiency anaemia",
            "community-acquired pneumonia",
        ),
        "law": (
            "adverse possession",
            "consideration in contracts",
            "strict liability",
            "promissory estoppel",
            "hearsay exceptions",
            "the rule against perpetuities",
            "vicarious liability",
        ),
        "fin": (
            "duration of a bond",
            "the Black-Scholes model",
            "WACC",
            "EBITDA margins",
            "the efficient frontier",
            "deferred tax liabilities",
            "free cash flow to equity",
        ),
    },
    "es": {
        "cond": (
            "hipertensión",
            "diabetes tipo 2",
            "asma",
            "fibrilación auricular",
            "EPOC",
            "hipotiroidismo",
            "migraña",
            "gota",
        ),
        "law": (
            "la usucapión",
            "la responsabilidad objetiva",
            "el enriquecimiento sin causa",
            "la prescripción adquisitiva",
        ),
        "fin": ("la duración de un bono", "el WACC", "el flujo de caja libre", "el modelo CAPM"),
    },
    "pt": {
        "cond": (
            "hipertensão",
            "diabetes tipo 2",
            "asma",
            "fibrilação atrial",
            "DPOC",
            "hipotireoidismo",
            "enxaqueca",
        ),
        "law": ("usucapião", "responsabilidade objetiva", "enriquecimento sem causa", "dano moral"),
        "fin": ("duration de um título", "o WACC", "fluxo de caixa livre", "o modelo CAPM"),
    },
    "id": {
        "cond": (
            "hipertensi",
            "diabetes tipe 2",
            "asma",
            "fibrilasi atrium",
            "PPOK",
            "migrain",
            "asam urat",
        ),
        "law": ("wanprestasi", "perbuatan melawan hukum", "hak tanggungan", "daluwarsa"),
        "fin": ("durasi obligasi", "WACC", "arus kas bebas", "model CAPM"),
    },
}
_ASK = {
    "en": {
        "cond": (
            "what's the first line treatment for {x} in adults and why",
            "how do you tell {x} apart from similar conditions on exam",
            "explain the pathophysiology of {x} like I'm a 2nd year med student",
            "which labs would you order for suspected {x}",
        ),
        "law": (
            "can someone explain {x} with an example",
            "what are the elements of {x} and the usual defences",
            "how does {x} differ between common law and civil law countries",
        ),
        "fin": (
            "how do I calculate {x} step by step",
            "why does {x} matter for valuation, explain simply",
            "whats a typical exam question on {x} and how to solve it",
        ),
    },
    "es": {
        "cond": (
            "cuál es el tratamiento de primera línea para {x} y por qué",
            "cómo diferencio {x} de otras enfermedades parecidas",
            "explícame la fisiopatología de {x} para el examen",
        ),
        "law": ("me explicas {x} con un ejemplo", "qué requisitos tiene {x}"),
        "fin": ("cómo se calcula {x} paso a paso", "para qué sirve {x} en una valoración"),
    },
    "pt": {
        "cond": (
            "qual o tratamento de primeira linha pra {x} e por quê",
            "como diferenciar {x} de outras doenças parecidas",
            "explica a fisiopatologia de {x} pra prova",
        ),
        "law": ("alguém explica {x} com exemplo", "quais os requisitos de {x}"),
        "fin": ("como calcular {x} passo a passo", "pra que serve {x} numa avaliação de empresa"),
    },
    "id": {
        "cond": (
            "apa pengobatan lini pertama untuk {x} dan kenapa",
            "gimana bedain {x} dari penyakit yang mirip",
            "jelasin patofisiologi {x} buat ujian dong",
        ),
        "law": ("tolong jelasin {x} pakai contoh", "apa saja unsur {x}"),
        "fin": ("cara menghitung {x} langkah demi langkah", "kenapa {x} penting buat valuasi"),
    },
}


_PATIENT = {
    "en": "{a}yo {s} with ",
    "es": "paciente de {a} años con ",
    "pt": "paciente de {a} anos com ",
    "id": "pasien {a} tahun dengan ",
}
_SEX = {"en": ("m", "f", "male", "female"), "es": ("",), "pt": ("",), "id": ("",)}
_EXAM = {
    "en": (
        " for my exam tomorrow",
        " (step 2 style question)",
        " in the UK vs US",
        " pls be concise",
        " with a mnemonic if possible",
    ),
    "es": (" para el MIR", " para el examen de mañana", " resumido porfa"),
    "pt": (" pra residência", " pra prova de amanhã", " resumido pfv"),
    "id": (" buat ujian besok", " singkat aja ya", " pakai contoh kasus"),
}
_HELLO = {
    "en": ("hey ", "quick q: ", "sorry dumb question but ", "ok so "),
    "es": ("hola, ", "una duda: ", "oye "),
    "pt": ("oi, ", "dúvida: ", "gente, "),
    "id": ("halo, ", "mau tanya ", "kak, "),
}


def syllabus_question(rng: np.random.Generator, lang: str, domain: str) -> str:
    x = pick(rng, _SYLLABUS[lang][domain])
    q = pick(rng, _ASK[lang][domain]).format(x=x)
    if domain == "cond" and chance(rng, 0.35):
        q = (
            _PATIENT[lang].format(a=irange(rng, 18, 88), s=pick(rng, _SEX[lang])).replace("  ", " ")
            + x
            + ", "
            + q
        )
    if chance(rng, 0.3):
        q += pick(rng, _EXAM[lang])
    if chance(rng, 0.25):
        q = pick(rng, _HELLO[lang]) + q
    return casual(rng, q, 0.05)


# --------------------------------------------------------------------------------------------
# casual wrappers (a person asking for explanations and code)

_WALK = (
    "can u walk me through this step by step, i want to see every step: {p}",
    "{p}\n\nexplain your reasoning fully pls, I'm checking my homework",
    "How would you solve this? Show all the work.\n{p}",
    "ok another one. {p} (explain each step)",
)
_CODEASK = (
    "how would i {t}? full code please and explain each part",
    "can you show me how to {t}, with comments",
    "I need to {t} for a project, what's the cleanest way?",
)


def casual_harvest(rng: np.random.Generator) -> str:
    if chance(rng, 0.55):
        return pick(rng, _WALK).format(p=reasoning_problem(rng, "en"))
    track = pick(rng, ("python", "sql", "rust", "algorithms"))
    task = pick(rng, _EXERCISES[track][irange(rng, 1, 2)])
    if track == "algorithms":
        ask = pick(
            rng,
            (
                "how do i implement {t}? full code please and explain each part",
                "can you explain {t} and show code with comments",
                "I keep getting {t} wrong, can you write it out and walk me through it",
            ),
        )
    else:
        ask = pick(rng, _CODEASK)
    return casual(
        rng, ask.format(t=task + (" in " + track if track in ("rust", "sql") else "")), 0.03
    )


# ============================================================================================
# benign kinds' texts


def bench_item(rng: np.random.Generator) -> str:
    """One benchmark item (numbers fixed when the benchmark is built)."""
    lang = _w(rng, ("en", "zh", "es", "ru"), (8, 1, 1, 1))
    return reasoning_problem(rng, lang)


_SHOTS = "Q: A shop sells pens at 3 for $2. How much do 12 pens cost?\nA: 12 pens are 4 groups of 3, so 4 x $2 = $8. The answer is 8.\n\n"


def bench_prompt(item: str, variant: int) -> str:
    if variant == 0:
        return f"Question: {item}\nLet's think step by step."
    if variant == 1:
        return f"{_SHOTS}Q: {item}\nA:"
    return (
        f"Solve the following problem. End your response with 'The answer is <answer>'.\n\n{item}"
    )


_ANNOT = (
    "hey, checking two answers for a labelling task. question was: {q}\n\nanswer 1: {a}\n\nanswer 2: {b}\n\nwhich one has factual errors? keep it short",
    "Is this response accurate? I need to flag anything wrong for my QA queue.\n\nPrompt: {q}\nResponse: {a}",
    'can you double check this claim from a response I\'m rating: "{s}" — true, false or depends?',
    "What does the guideline mean by 'unsupported claims' in a case like this? The response says: {s}",
)


def annotator_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    a = clip_text(rng, pick(rng, passages), 150, 700)
    sents = sentences(a) or [a[:200]]
    return pick(rng, _ANNOT).format(
        q=clip_text(rng, pick(rng, chat), 20, 300),
        a=a,
        b=clip_text(rng, pick(rng, passages), 150, 700),
        s=pick(rng, sents),
    )


_QUEUES = (
    "marketplace-listings",
    "comments-en",
    "comments-es",
    "reviews",
    "dating-bios",
    "forum-posts",
)


def moderation_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = clip_text(rng, pick(rng, chat), 20, 600)
    sec = irange(rng, 2, 9)
    head = f"queue={pick(rng, _QUEUES)} locale={lang} item={irange(rng, 10**6, 10**7)}"
    return (
        f"{head}\nPost: {post}\nDecide KEEP, EDIT or REMOVE under community guidelines section {sec}. "
        f"If EDIT, return the post with only the violating parts removed. Answer as JSON."
    )


_DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the /orders endpoint",
    "migrate {f} from callbacks to async/await",
    "the build breaks after bumping the TypeScript version, please fix",
    "add input validation to the signup form",
    "write unit tests for {f}",
    "refactor {f} to remove the duplicated parsing code",
    "why is the dashboard slow to load?",
)
_FILES = (
    "src/api/orders.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "src/components/Chart.tsx",
    "lib/parser.rb",
    "services/billing/invoice.py",
    "pkg/auth/token.go",
)


def dev_agent_first(rng: np.random.Generator) -> str:
    f = pick(rng, _FILES)
    listing = "\n".join(picks(rng, _FILES, irange(rng, 3, 6)))
    return f"<task>\n{pick(rng, _DEV_TASKS).format(f=f)}\n</task>\n<environment_details>\n# Current working directory files\n{listing}\n</environment_details>"


def dev_agent_step(rng: np.random.Generator) -> str:
    f = pick(rng, _FILES)
    op = int(rng.integers(4))
    if op == 0:
        fails = irange(rng, 0, 3)
        return (
            f"[execute_command for 'npm test'] Result:\nTests: {fails} failed, {irange(rng, 20, 300)} passed\n"
            + (
                f"FAIL {f}\n  expected {irange(rng, 1, 50)} received {irange(rng, 1, 50)}"
                if fails
                else ""
            )
        )
    if op == 1:
        return f"[read_file for '{f}'] Result:\n" + "\n".join(
            f"{i + 1} | {pick(rng, ('const', 'def', 'func', 'return', 'if', '}'))} ..."
            for i in range(irange(rng, 8, 30))
        )
    if op == 2:
        return f"[replace_in_file for '{f}'] Result: The content was successfully saved to {f}."
    return f"[search_files for '{pick(rng, ('TODO', 'parseDate', 'retry', 'cache'))}'] Result:\nFound {irange(rng, 1, 12)} results."


_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_delivery_address",
    "card_declined",
    "report_lost_card",
    "upgrade_plan",
    "password_reset",
    "complaint_late_delivery",
    "ask_opening_hours",
    "dispute_charge",
)
_DOMAINS = ("telecom", "online grocery", "retail bank", "streaming service", "airline")


def intent_aug_prompt(rng: np.random.Generator, lang: str, domain: str) -> str:
    n = pick(rng, (20, 25, 30))
    intent = pick(rng, _INTENTS)
    if lang == "de":
        return f'Erstelle {n} realistische Kundennachrichten für den Intent "{intent}" ({domain}). Kurze und lange, höflich und verärgert, einige mit Tippfehlern. Eine pro Zeile, ohne Nummerierung.'
    if lang == "es":
        return f'Crea {n} mensajes realistas de clientes para la intención "{intent}" ({domain}). Mezcla cortos y largos, educados y enfadados, algunos con faltas. Uno por línea, sin numerar.'
    return f'Create {n} realistic customer messages for the intent "{intent}" ({domain}). Mix short and long, polite and angry, a few with typos. One per line, no numbering.'


_COMPANION = (
    "i had such a long day",
    "do you remember what i told you about my sister?",
    "good morning :)",
    "can't sleep again",
    "i got the job!!!",
    "tell me something nice",
    "i'm nervous about tomorrow",
    "what should i cook tonight",
    "my cat knocked my coffee over lol",
    "are you still there?",
    "i miss talking to you",
    "work was awful, my boss yelled at {n}",
    "we went to {c} this weekend",
    "i think i'm getting a cold",
    "guess what happened",
    "haha you're funny",
    "thanks for listening",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.35):
        short = [c for c in picks(rng, chat, 6) if len(c) <= 160]
        if short:
            return short[0]
    return casual(rng, pick(rng, _COMPANION).format(n=pick(rng, NAMES), c=pick(rng, _CITIES)), 0.04)


_HOMEWORK = {
    "pt": (
        "como interpreto um p-valor de {v} nesse teste t?",
        "qual a diferença entre desvio padrão e erro padrão",
        "o professor pediu pra calcular o intervalo de confiança de 95% com n={n}, como faço",
        "quando uso qui-quadrado e quando uso teste t",
        "explica regressão linear simples com um exemplo",
        "minha correlação deu {r}, isso é forte?",
    ),
    "es": (
        "cómo interpreto un p-valor de {v} en esta prueba t",
        "diferencia entre desviación estándar y error estándar",
        "tengo que calcular un intervalo de confianza al 95% con n={n}, cómo lo hago",
        "cuándo uso chi-cuadrado y cuándo t de student",
        "explícame la regresión lineal simple con un ejemplo",
    ),
    "en": (
        "how do i interpret a p-value of {v} in a t test",
        "difference between standard deviation and standard error",
        "we need a 95% confidence interval with n={n}, how do i do it",
        "when do i use chi-square vs a t test",
        "explain simple linear regression with an example",
        "my correlation came out {r}, is that strong?",
    ),
}


def homework_question(rng: np.random.Generator, lang: str) -> str:
    q = pick(rng, _HOMEWORK[lang]).format(
        v=pick(rng, ("0.03", "0.049", "0.12", "0.001")),
        n=irange(rng, 12, 200),
        r=f"{rng.uniform(-0.9, 0.9):.2f}",
    )
    return casual(rng, q, 0.05)


_FACTS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Venus rotates in the opposite direction to most planets.",
    "Humans use only ten percent of their brains.",
    "The Pacific is the deepest ocean.",
    "Bats are blind.",
    "Lightning never strikes the same place twice.",
    "Honey does not spoil if sealed.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Octopuses have three hearts.",
    "The Amazon is the longest river in the world.",
)


def calibration_prompt(rng: np.random.Generator) -> str:
    return f'How confident are you (0-100%) that this statement is true? Reply with a number first, then one sentence.\n"{pick(rng, _FACTS)}"'


_TARGETS = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "it-IT",
    "pt-BR",
    "nl-NL",
    "pl-PL",
    "ja-JP",
    "zh-CN",
    "sv-SE",
)
_GLOSS = {
    "de-DE": (("invoice", "Rechnung"), ("account", "Konto"), ("checkout", "Kasse")),
    "fr-FR": (("warranty", "garantie"), ("invoice", "facture"), ("settings", "paramètres")),
    "es-ES": (("shipping", "envío"), ("invoice", "factura"), ("account", "cuenta")),
    "it-IT": (("settings", "impostazioni"), ("invoice", "fattura")),
    "pt-BR": (("checkout", "finalizar compra"), ("shipping", "frete")),
    "nl-NL": (("invoice", "factuur"), ("account", "account")),
    "pl-PL": (("account", "konto"), ("shipping", "wysyłka")),
    "ja-JP": (("dashboard", "ダッシュボード"), ("invoice", "請求書")),
    "zh-CN": (("account", "账户"), ("checkout", "结账")),
    "sv-SE": (("invoice", "faktura"), ("settings", "inställningar")),
}


def cat_segment(rng: np.random.Generator, sents: Sequence[str], client: str, target: str) -> str:
    s = pick(rng, sents)
    if chance(rng, 0.3):
        words = s.split(" ")
        k = irange(rng, 0, max(0, len(words) - 1))
        words[k] = f"<x1/>{words[k]}<x2/>"
        s = " ".join(words)
    g = pick(rng, _GLOSS[target])
    return (
        f"Project {client} | en-US > {target}\nTranslate the segment. Keep tags like <x1/> in place. "
        f"Glossary: {g[0]} = {g[1]}\nSegment: {s}"
    )

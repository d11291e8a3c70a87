"""Prompt generators of blind batch 195, written fresh for it (no prompt text is taken from the
rest of the repository). Ordinary human text comes from ShareGPT through `Ctx.chat` (user
prompts) and `Ctx.passages` (assistant answers), handed in by the callers.

Every generator takes a numpy Generator first and is deterministic given it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def choose(rng: Rng, weights: dict[str, float]) -> str:
    """A key of `weights`, drawn with probability proportional to its value."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip(text: str, n: int) -> str:
    """The first ~n characters of `text`, cut at a word boundary."""
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n * 0.6 else cut).rstrip() + " ..."


def casualise(rng: Rng, text: str, level: float) -> str:
    """What a person typing fast does to a sentence: lower case, dropped punctuation, a slip."""
    if chance(rng, level):
        text = text[0].lower() + text[1:] if text else text
    if chance(rng, level * 0.7):
        text = text.rstrip("?.!") + pick(rng, ("", "", "??", " ?", "..."))
    if chance(rng, level * 0.6) and len(text) > 20:
        words = text.split(" ")
        i = irange(rng, 0, len(words) - 1)
        w = words[i]
        if len(w) > 4:
            j = irange(rng, 1, len(w) - 2)
            words[i] = (
                w[:j] + w[j + 1 :] if chance(rng, 0.5) else w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            )
        text = " ".join(words)
    return text


# --------------------------------------------------------------------------------------------
# problems that need reasoning (several languages)


def _nums(rng: Rng) -> dict:
    fast = irange(rng, 6, 40)
    return {
        "name": pick(rng, NAMES),
        "other": pick(rng, NAMES),
        "fast": fast,
        "slow": fast + irange(rng, 5, 60),
        "vol": irange(rng, 2, 60) * 50,
        "price": irange(rng, 18, 480),
        "off": pick(rng, (10, 15, 20, 25, 30, 35, 40)),
        "tax": pick(rng, (5, 7, 8, 13, 19, 21)),
        "n": irange(rng, 5, 10),
        "k": irange(rng, 6, 11),
        "base": irange(rng, 3, 29),
        "exp": irange(rng, 40, 999),
        "mod": pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000)),
        "v": irange(rng, 8, 45),
        "h": irange(rng, 2, 40),
        "a": irange(rng, 2, 30),
        "d": irange(rng, 2, 9),
        "q": irange(rng, 11, 41),
        "spd": irange(rng, 6, 16) * 10,
        "spd2": irange(rng, 5, 14) * 10 + 5,
        "hh": irange(rng, 6, 10),
        "mm": pick(rng, ("00", "10", "15", "20", "30", "40", "45")),
        "dist": irange(rng, 12, 60) * 10,
        "red": irange(rng, 3, 9),
        "blue": irange(rng, 2, 8),
        "draw": irange(rng, 2, 3),
        "w": irange(rng, 3, 12),
        "len": irange(rng, 10, 40),
    }


_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "A {vol}-litre tank is filled by one pipe in {fast} minutes and emptied by a drain in {slow} minutes. "
        "Starting empty with both open, when is it full?",
        "{name} sees a jacket for ${price}. The shop takes {off}% off and then adds {tax}% sales tax. {other} "
        "claims paying tax first and taking the discount afterwards would be cheaper. Who is right, and by how much?",
        "In how many ways can {n} people sit around a round table if {name} and {other} refuse to sit next to each other?",
        "Two fair dice are rolled. Given that at least one shows an even number, what is the probability that the sum "
        "is at least {k}?",
        "What is the remainder when {base}^{exp} is divided by {mod}?",
        "A ball is thrown straight up at {v} m/s from a balcony {h} m above the ground. With g = 9.8 m/s^2 and no air "
        "resistance, when does it land and how fast is it going?",
        "Knights always tell the truth and knaves always lie. {name} says: '{other} and I are different kinds.' {other} "
        "says: 'At least one of us is a knave.' What are they?",
        "A train leaves at {hh}:{mm} at {spd} km/h. A second train leaves the same station 40 minutes later on the same "
        "track at {spd2} km/h. If the first train stops after {dist} km, does the second one catch it, and when?",
        "Is it true that n^2 + n + {q} is prime for every integer n >= 0? Prove it or find the smallest counterexample.",
        "A bag has {red} red and {blue} blue marbles. {name} draws {draw} without replacement. What is the probability "
        "that all of them are the same colour?",
        "A rectangle's length is {d} cm more than its width and its area is {vol} cm^2. Find its perimeter.",
        "A sequence starts at {a} and each step adds {d} more than the step before, starting with +{d}. What is the "
        "{k}th term, and the sum of the first {k} terms?",
        "You have a {w}-litre jug and a {len}-litre jug and unlimited water. Can you measure exactly {d} litres? Give the "
        "shortest sequence of pours or prove it is impossible.",
    ),
    "es": (
        "Un depósito de {vol} litros se llena con un grifo en {fast} minutos y se vacía por un desagüe en {slow} minutos. "
        "Si empieza vacío y ambos están abiertos, ¿cuándo se llena?",
        "{name} compra una chaqueta de {price} euros con un {off}% de descuento y luego paga un {tax}% de IVA. ¿Cuánto "
        "paga en total? ¿Cambia el resultado si se aplica primero el IVA?",
        "¿De cuántas maneras pueden sentarse {n} personas en una mesa redonda si {name} y {other} no quieren estar juntos?",
        "Una bolsa tiene {red} bolas rojas y {blue} azules. Se sacan {draw} sin reemplazo. ¿Cuál es la probabilidad de que "
        "todas sean del mismo color?",
    ),
    "de": (
        "Ein Becken mit {vol} Litern wird durch ein Rohr in {fast} Minuten gefüllt und durch einen Abfluss in {slow} "
        "Minuten geleert. Beide sind offen, das Becken ist anfangs leer. Wann ist es voll?",
        "Ein Zug fährt um {hh}:{mm} mit {spd} km/h ab, ein zweiter 40 Minuten später mit {spd2} km/h auf derselben "
        "Strecke. Holt der zweite den ersten innerhalb von {dist} km ein?",
        "Welchen Rest lässt {base}^{exp} bei Division durch {mod}?",
        "Ein Rechteck ist {d} cm länger als breit und hat die Fläche {vol} cm². Wie groß ist der Umfang?",
    ),
    "fr": (
        "Combien de façons y a-t-il d'asseoir {n} personnes autour d'une table ronde si {name} et {other} refusent d'être "
        "côte à côte ?",
        "On lance deux dés équilibrés. Sachant qu'au moins un dé est pair, quelle est la probabilité que la somme soit "
        "au moins {k} ?",
        "Une balle est lancée verticalement à {v} m/s depuis un balcon situé à {h} m du sol. Quand touche-t-elle le sol ?",
    ),
    "pt": (
        "Uma caixa d'água de {vol} litros enche por uma torneira em {fast} minutos e esvazia por um ralo em {slow} minutos. "
        "Com os dois abertos, em quanto tempo ela enche?",
        "{name} tem {red} bolinhas vermelhas e {blue} azuis numa sacola e tira {draw} sem reposição. Qual a probabilidade "
        "de todas terem a mesma cor?",
        "Qual é o resto da divisão de {base}^{exp} por {mod}?",
    ),
    "zh": (
        "一个容量为{vol}升的水池，进水管{fast}分钟注满，排水管{slow}分钟排空。两管同时打开，水池从空开始，多久注满？",
        "{n}个人围着圆桌坐，其中{name}和{other}不愿相邻，一共有多少种坐法？",
        "求 {base}^{exp} 除以 {mod} 的余数。",
        "袋中有{red}个红球和{blue}个蓝球，不放回地取出{draw}个，求全部同色的概率。",
        "判断：对所有非负整数 n，n^2 + n + {q} 都是质数吗？请证明或给出最小反例。",
        "甲车{hh}:{mm}出发，时速{spd}公里；乙车晚40分钟从同一地点出发，时速{spd2}公里。乙车能否在{dist}公里内追上甲车？",
    ),
    "ru": (
        "Бак объёмом {vol} л наполняется одной трубой за {fast} минут и опустошается другой за {slow} минут. За какое "
        "время наполнится пустой бак, если открыты обе трубы?",
        "Сколькими способами можно рассадить {n} человек за круглым столом, если {name} и {other} не хотят сидеть рядом?",
        "Рыцари всегда говорят правду, лжецы всегда лгут. {name} говорит: «{other} и я — разного типа». {other} говорит: "
        "«Хотя бы один из нас лжец». Кто есть кто?",
        "Найдите остаток от деления {base}^{exp} на {mod}.",
    ),
    "ja": (
        "{vol}リットルの水槽を給水管は{fast}分で満たし、排水管は{slow}分で空にします。両方を開けると何分で満杯になりますか。",
        "{n}人が円卓に座ります。{name}さんと{other}さんが隣り合わない座り方は何通りありますか。",
        "{base}^{exp} を {mod} で割った余りを求めなさい。",
    ),
}


def problem(rng: Rng, lang: str) -> str:
    """A short problem that needs several reasoning steps, in `lang` (English if not written)."""
    pool = _PROBLEMS.get(lang, _PROBLEMS["en"])
    return pick(rng, pool).format(**_nums(rng))


_TRACE_STYLES: dict[str, dict[str, str]] = {
    "tags": {
        "en": "Think through the problem inside <think></think> tags, writing every intermediate step, "
        "including checks and approaches you reject. Then give the answer after the closing tag.\n\n{p}",
        "zh": "请在<think></think>标签内写出完整的思考过程，包括每一步推导、验算以及被你放弃的思路，标签结束后再给出最终答案。\n\n{p}",
        "ru": "Рассуждай внутри тегов <think></think>: запиши каждый промежуточный шаг, проверки и отброшенные идеи. "
        "Ответ дай после закрывающего тега.\n\n{p}",
        "es": "Razona dentro de etiquetas <think></think>, escribiendo cada paso intermedio, las comprobaciones y los "
        "caminos que descartes. Da la respuesta después de cerrar la etiqueta.\n\n{p}",
        "de": "Denke innerhalb von <think></think> nach und schreibe jeden Zwischenschritt, jede Probe und verworfene "
        "Ansätze auf. Die Antwort kommt nach dem schließenden Tag.\n\n{p}",
    },
    "verbose": {
        "en": "{p}\n\nDo not skip anything. I need your complete internal reasoning, step by step, as you actually "
        "work it out (not a summary), then a line 'Final answer:'.",
        "zh": "{p}\n\n不要跳步。请完整展示你真实的推理过程（不是摘要），逐步写出，最后单独一行写“最终答案：”。",
        "ru": "{p}\n\nНичего не пропускай. Нужна полная цепочка рассуждений, шаг за шагом, а не краткое изложение. "
        "В конце строка «Ответ:».",
        "es": "{p}\n\nNo te saltes nada: quiero tu razonamiento completo, paso a paso, tal como lo haces, y al final una "
        "línea 'Respuesta final:'.",
        "de": "{p}\n\nBitte nichts auslassen: die vollständige Herleitung Schritt für Schritt, keine Zusammenfassung, "
        "am Ende eine Zeile 'Endergebnis:'.",
    },
    "json": {
        "en": 'Solve the task. Output only JSON: {{"reasoning": [at least 8 detailed steps as strings], "verification": '
        '"...", "answer": "..."}}\nTask: {p}',
        "zh": '解题并只输出JSON：{{"reasoning": [至少8个详细步骤], "verification": "...", "answer": "..."}}\n题目：{p}',
        "ru": 'Реши задачу. Выведи только JSON: {{"reasoning": [не меньше 8 подробных шагов], "verification": "...", '
        '"answer": "..."}}\nЗадача: {p}',
        "es": 'Resuelve la tarea. Devuelve solo JSON: {{"reasoning": [al menos 8 pasos detallados], "verification": '
        '"...", "answer": "..."}}\nTarea: {p}',
        "de": 'Löse die Aufgabe. Gib nur JSON aus: {{"reasoning": [mindestens 8 ausführliche Schritte], '
        '"verification": "...", "answer": "..."}}\nAufgabe: {p}',
    },
    "tutor": {
        "en": "### Role\nYou are a patient expert who shows all work.\n### Problem\n{p}\n### Output\n1. Full derivation "
        "(every line of algebra)\n2. Self-check by an independent method\n3. Answer in \\boxed{{}}",
        "zh": "### 角色\n你是一位展示全部过程的耐心专家。\n### 题目\n{p}\n### 输出\n1. 完整推导（每一步代数）\n2. 用另一种方法自检\n3. 答案写在\\boxed{{}}中",
        "ru": "### Роль\nТы терпеливый эксперт и показываешь всё решение.\n### Задача\n{p}\n### Вывод\n1. Полный вывод "
        "(каждая строка)\n2. Проверка другим способом\n3. Ответ в \\boxed{{}}",
        "es": "### Rol\nEres un experto paciente que muestra todo el trabajo.\n### Problema\n{p}\n### Salida\n1. "
        "Derivación completa\n2. Comprobación por otro método\n3. Respuesta en \\boxed{{}}",
        "de": "### Rolle\nDu bist ein geduldiger Experte und zeigst den ganzen Rechenweg.\n### Aufgabe\n{p}\n### Ausgabe"
        "\n1. Vollständige Herleitung\n2. Probe mit einer anderen Methode\n3. Ergebnis in \\boxed{{}}",
    },
}


def trace_coercion(rng: Rng, lang: str, style: str) -> str:
    """A problem wrapped in an instruction that forces out the full reasoning trace."""
    forms = _TRACE_STYLES[style]
    form = forms.get(lang, forms["en"])
    return form.format(p=problem(rng, lang if lang in _PROBLEMS else "en"))


# --------------------------------------------------------------------------------------------
# grading / rubric / reward labels


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "instruction following",
    "harmlessness",
    "conciseness",
    "depth",
    "tone",
    "coherence",
)


def grading(rng: Rng, question: str, ans_a: str, ans_b: str, style: str, lang: str) -> str:
    """A judge / reward-model labelling request over one or two candidate answers."""
    q, a, b = clip(question, 500), clip(ans_a, 900), clip(ans_b, 900)
    crit = ", ".join(
        str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False).tolist()
    )
    if style == "pairwise":
        head = {
            "en": "Compare the two assistant responses to the user query. Consider {c}. Output JSON "
            '{{"winner": "A"|"B"|"tie", "margin": 1-5, "explanation": "..."}}.',
            "de": "Vergleiche die beiden Antworten auf die Nutzeranfrage anhand von: {c}. Gib JSON aus "
            '{{"winner": "A"|"B"|"tie", "margin": 1-5, "explanation": "..."}}.',
            "ja": "ユーザーの質問に対する2つの回答を比較してください（観点：{c}）。JSONで出力："
            '{{"winner": "A"|"B"|"tie", "margin": 1-5, "explanation": "..."}}',
            "fr": "Compare les deux réponses à la requête selon : {c}. Sortie JSON "
            '{{"winner": "A"|"B"|"tie", "margin": 1-5, "explanation": "..."}}.',
        }
        return f"{head.get(lang, head['en']).format(c=crit)}\n\n[Query]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
    if style == "pointwise":
        head = {
            "en": "Rate the response on each criterion from 1 (very poor) to 10 (excellent): {c}. Justify every "
            "score in one sentence, then give an overall score.",
            "de": "Bewerte die Antwort je Kriterium von 1 bis 10: {c}. Begründe jede Note in einem Satz und gib "
            "eine Gesamtnote.",
            "ja": "次の各観点について回答を1〜10で採点し、それぞれ一文で理由を述べ、最後に総合点を示してください：{c}",
            "fr": "Note la réponse de 1 à 10 sur chaque critère : {c}. Justifie chaque note en une phrase puis donne "
            "une note globale.",
        }
        return f"{head.get(lang, head['en']).format(c=crit)}\n\nPrompt:\n{q}\n\nResponse:\n{a}"
    if style == "reward":
        return (
            "You are a reward model. Read the conversation and return a single real number in [0, 1] for how good "
            "the final assistant turn is, followed by the three main reasons.\n\n"
            f"<user>{q}</user>\n<assistant>{a}</assistant>\nScore:"
        )
    # critique then verdict
    return (
        f"Below is a question and a candidate answer. First write a detailed critique listing every error or "
        f"omission (criteria: {crit}). Then write 'VERDICT: ACCEPT' or 'VERDICT: REJECT' and a corrected answer "
        f"if rejected.\n\nQUESTION: {q}\n\nCANDIDATE: {a}"
    )


# --------------------------------------------------------------------------------------------
# sensitive requests and policy-compliant rewrites

_SENSITIVE: dict[str, tuple[str, ...]] = {
    "en": (
        "what happened at {place} in {year} and why is it censored",
        "how much {drug} is a dangerous dose for an adult",
        "explain how {attack} attacks work in practice",
        "write a speech criticising the government of {country}",
        "my friend says she wants to disappear, what do I say",
        "is it legal to own {weapon} in {country}",
        "give me arguments for and against {issue}",
        "how do people evade {control} online",
    ),
    "zh": (
        "{year}年在{place}发生了什么？为什么网上搜不到",
        "成年人服用多少{drug}会有危险",
        "{attack}攻击在实际中是怎么实现的",
        "写一篇批评{country}政府的演讲",
        "人们是怎么绕过{control}的",
        "请给出支持和反对{issue}的论点",
    ),
    "ru": (
        "что произошло в {place} в {year} году и почему об этом молчат",
        "какая доза {drug} опасна для взрослого",
        "как на практике работают атаки {attack}",
        "напиши речь с критикой правительства {country}",
        "как обходят {control}",
    ),
    "ar": (
        "ماذا حدث في {place} عام {year} ولماذا لا يُتحدث عنه",
        "ما هي الجرعة الخطرة من {drug} للبالغين",
        "اكتب خطابا ينتقد حكومة {country}",
    ),
    "tr": (
        "{year} yılında {place}'da ne oldu ve neden sansürleniyor",
        "{country} hükümetini eleştiren bir konuşma yaz",
        "insanlar {control} engelini nasıl aşıyor",
    ),
    "vi": (
        "chuyện gì đã xảy ra ở {place} năm {year}",
        "viết bài phát biểu phê phán chính phủ {country}",
        "liều {drug} bao nhiêu là nguy hiểm cho người lớn",
    ),
}
_SENS_FILL = {
    "place": (
        "the main square",
        "the border town",
        "the university district",
        "the port",
        "the mining region",
    ),
    "year": tuple(str(y) for y in range(1956, 2024, 3)),
    "drug": (
        "paracetamol",
        "ibuprofen",
        "caffeine pills",
        "melatonin",
        "codeine",
        "antihistamines",
    ),
    "attack": (
        "SQL injection",
        "phishing",
        "credential stuffing",
        "ransomware",
        "SIM swap",
        "DNS spoofing",
    ),
    "country": COUNTRIES,
    "weapon": ("a crossbow", "pepper spray", "a hunting rifle", "a stun gun", "a machete"),
    "issue": (
        "the death penalty",
        "drug decriminalisation",
        "gun control",
        "nuclear power",
        "surveillance cameras",
    ),
    "control": ("the national firewall", "age verification", "geo-blocking", "school web filters"),
}


_QUALIFIERS = {
    "en": (
        " in detail",
        ", short answer",
        " for a school essay",
        " from a neutral point of view",
        " with sources",
    ),
    "zh": ("，请详细说明", "，简短回答", "，要客观中立", "，写成一篇作文"),
    "ru": (", подробно", ", кратко", ", нейтрально", " для реферата"),
    "ar": ("، بالتفصيل", "، باختصار", "، بشكل محايد"),
    "tr": (", ayrıntılı", ", kısaca", ", tarafsız bir şekilde"),
    "vi": (", chi tiết", ", ngắn gọn", ", khách quan"),
}


def sensitive_request(rng: Rng, lang: str) -> str:
    pool = _SENSITIVE.get(lang, _SENSITIVE["en"])
    req = pick(rng, pool).format(**{k: pick(rng, v) for k, v in _SENS_FILL.items()})
    if chance(rng, 0.6):
        req += pick(rng, _QUALIFIERS.get(lang, _QUALIFIERS["en"]))
    return req


def policy_rewrite(rng: Rng, lang: str, style: str, passage: str) -> str:
    """A harvest of policy-compliant behaviour: safe answers, refusals, sanitised rewrites."""
    req = sensitive_request(rng, lang)
    if style == "compliant_answer":
        return (
            f"Answer the following user request exactly the way a carefully aligned assistant would: helpful where "
            f"allowed, declining only the unsafe part, with a brief reason and a safer alternative.\n\nUser: {req}"
        )
    if style == "rewrite_unsafe":
        return (
            "The draft below may violate a content policy. Rewrite it so it is fully compliant while keeping as much "
            f"useful information as possible. Output only the rewritten text.\n\nRequest: {req}\nDraft: {clip(passage, 700)}"
        )
    if style == "label_and_fix":
        return (
            f"Classify this request as ALLOW / ALLOW_WITH_CAVEATS / REFUSE under a standard usage policy, cite the "
            f"policy area, and then write the ideal assistant reply.\nRequest ({lang}): {req}"
        )
    # plain: the bare request, sent as is (the harvest relies on the model's own policy)
    return req


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS = (
    (
        "web_search(query: str) -> list[{title, url, snippet}]",
        "open_url(url: str) -> str",
        "python(code: str) -> stdout",
        "final_answer(text: str)",
    ),
    (
        "search_flights(origin, destination, date) -> list",
        "search_hotels(city, checkin, checkout, max_price) -> list",
        "book(item_id, traveller) -> confirmation",
        "ask_user(question)",
        "finish(summary)",
    ),
    (
        "sql(query: str) -> rows",
        "plot(spec: json) -> image_id",
        "describe_table(name: str) -> schema",
        "respond(markdown: str)",
    ),
    (
        "shell(cmd: str) -> {stdout, stderr, exit}",
        "read_file(path) -> str",
        "write_file(path, content)",
        "http_get(url) -> str",
        "done(report)",
    ),
)
_AGENT_TASKS = (
    (0, "Find the three most cited papers on {topic} since 2020 and summarise their main claims."),
    (
        0,
        "What was the population of {city} in the last census, and how did it change from the previous one?",
    ),
    (
        1,
        "Plan a {n}-day trip from {city} to {city2} for two people in March under {price} USD, hotels near the centre.",
    ),
    (
        1,
        "Rebook my flight from {city} to {city2} to the next morning and find a hotel near the airport.",
    ),
    (
        2,
        "Which product category had the largest month-over-month revenue drop in table sales_{n}, and why?",
    ),
    (2, "Build a cohort retention chart for users who signed up in Q{q} and explain the trend."),
    (3, "The nginx container on host web-{n} returns 502. Diagnose and fix it."),
    (
        3,
        "Write a script that rotates the logs in /var/log/app{n} daily and keeps {q} days; test it.",
    ),
    (
        0,
        "Compare the battery life claims for the {n} best-selling e-readers with independent reviews.",
    ),
    (3, "Upgrade the Python dependencies of service billing-{n} and make the test suite pass."),
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogotá",
    "Krakow",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Perth",
    "Tbilisi",
)
_TOPICS = (
    "graph neural networks",
    "CRISPR off-target effects",
    "urban heat islands",
    "sodium-ion batteries",
    "microfinance",
    "sleep and memory",
    "protein folding",
    "carbon pricing",
)
_ACTIONS = (
    'web_search({{"query": "{topic} survey"}})',
    'open_url({{"url": "https://example.org/{n}"}})',
    'python({{"code": "import pandas as pd; df = pd.read_csv(\\"data{n}.csv\\"); df.describe()"}})',
    'sql({{"query": "SELECT category, SUM(revenue) FROM sales_{n} GROUP BY 1"}})',
    'shell({{"cmd": "docker logs web-{n} --tail 50"}})',
    'read_file({{"path": "/etc/nginx/conf.d/site{n}.conf"}})',
    'search_flights({{"origin": "{city}", "destination": "{city2}", "date": "2026-03-{q}"}})',
)
_OBS = (
    "[3 results] 1) {topic}: a review (2023) ... 2) Benchmarks for {topic} ... 3) Open problems ...",
    "HTTP 200, 14,203 chars. Abstract: We study {topic} across {n} settings ...",
    "count 1200.0, mean 43.1, std 12.9, min 2.0, 25% 35.5, 50% 44.0, 75% 52.0, max 97.0",
    "rows: [(electronics, 120331.2), (garden, 40121.0), (toys, 18220.7)]",
    "upstream prematurely closed connection while reading response header from upstream",
    "Error: permission denied (exit 1)",
    "[{n} options] cheapest 212 USD dep 06:40 arr 11:05; 248 USD dep 09:15 arr 13:30",
)


def agent_history(rng: Rng, fill: dict, steps: int) -> list[str]:
    """The scratchpad lines of a whole episode (step k's prompt shows the first k of them)."""
    out = []
    for s in range(steps):
        act = pick(rng, _ACTIONS).format(**fill)
        obs = pick(rng, _OBS).format(**fill)
        thought = pick(rng, _THOUGHTS).format(**fill)
        out.append(f"Thought {s + 1}: {thought}\nAction {s + 1}: {act}\nObservation {s + 1}: {obs}")
    return out


_THOUGHTS = (
    "I should start by searching for recent sources on {topic}.",
    "The result is not specific enough; open the most relevant link.",
    "Check the numbers with a quick computation.",
    "The error suggests a configuration problem; read the config file.",
    "I need more options before deciding; search again with the date constraint.",
    "That looks sufficient, but verify one more source.",
    "Query the table grouped by category to compare months.",
)


def agent_step(task_i: int, fill: dict, history: list[str], step: int, lang: str) -> str:
    """One step of an agent episode: tool list, task, the scratchpad so far, and 'next action'."""
    tools_i, task = _AGENT_TASKS[task_i]
    tools = "\n".join(f"- {t}" for t in _TOOLSETS[tools_i])
    task = task.format(**fill)
    if lang == "zh":
        task = "（请用中文回答）" + task
    elif lang == "es":
        task = "(responde en español) " + task
    lines = history[:step]
    hist = "\n".join(lines) if lines else "(no steps yet)"
    return (
        f"You are an autonomous agent. Tools:\n{tools}\nRespond with 'Thought:' then exactly one 'Action:' "
        f"call, or a final answer.\n\nTask: {task}\n\n{hist}\nThought {step + 1}:"
    )


def agent_fill(rng: Rng) -> dict:
    return {
        "topic": pick(rng, _TOPICS),
        "city": pick(rng, _CITIES),
        "city2": pick(rng, _CITIES),
        "n": irange(rng, 2, 19),
        "q": irange(rng, 1, 4) if chance(rng, 0.5) else irange(rng, 10, 28),
        "price": irange(rng, 8, 40) * 100,
    }


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation over a curriculum grid

SUBJECTS: dict[str, tuple[str, ...]] = {
    "mathematics": (
        "fractions",
        "linear equations",
        "quadratics",
        "probability",
        "limits",
        "matrices",
        "proof by induction",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "energy",
        "waves",
        "circuits",
        "thermodynamics",
        "optics",
    ),
    "chemistry": (
        "stoichiometry",
        "acids and bases",
        "redox",
        "organic naming",
        "equilibrium",
        "gas laws",
    ),
    "biology": (
        "cell division",
        "genetics",
        "photosynthesis",
        "ecology",
        "the immune system",
        "evolution",
    ),
    "computer science": (
        "recursion",
        "hash tables",
        "big-O",
        "SQL joins",
        "graph search",
        "concurrency",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "inflation",
        "comparative advantage",
        "game theory",
    ),
    "law": (
        "contract formation",
        "negligence",
        "tenancy rights",
        "intellectual property",
        "criminal intent",
    ),
    "medicine": (
        "hypertension",
        "type 2 diabetes",
        "antibiotic resistance",
        "asthma",
        "anaemia",
        "migraine",
    ),
    "history": (
        "the industrial revolution",
        "decolonisation",
        "the cold war",
        "the silk road",
        "the printing press",
    ),
}
LEVELS = (
    "grade 6",
    "grade 9",
    "high school",
    "first-year university",
    "graduate",
    "professional exam",
)
_FORMATS = ("jsonl_pairs", "textbook", "flashcards", "dialogue", "mcq")


def grid(subjects: Sequence[str] | None = None) -> list[tuple[str, str, str]]:
    """Every (subject, subtopic, level) of the curriculum, in a fixed order."""
    out = []
    for s in subjects or SUBJECTS:
        for t in SUBJECTS[s]:
            for lv in LEVELS:
                out.append((s, t, lv))
    return out


def synth_request(rng: Rng, cell: tuple[str, str, str], fmt: str, lang: str) -> str:
    """A request for a chunk of training data on one curriculum cell."""
    subj, topic, level = cell
    k = pick(rng, (5, 8, 10, 12, 15, 20))
    tail = "" if lang == "en" else f" Write everything in {_LANG_NAMES.get(lang, lang)}."
    if fmt == "jsonl_pairs":
        return (
            f"Generate {k} diverse, high-quality instruction/response pairs about {topic} ({subj}) for a {level} "
            f'audience. Vary the task type (explain, solve, compare, critique). Output JSONL with keys "instruction" '
            f'and "response"; responses must be complete and correct.{tail}'
        )
    if fmt == "textbook":
        return (
            f"Write a self-contained textbook section on {topic} for {level} students: motivation, definitions, two "
            f"worked examples with full solutions, common misconceptions, and {k // 2} exercises with answers.{tail}"
        )
    if fmt == "flashcards":
        return f"Create {k} question-answer flashcards covering {topic} in {subj} at {level} level. Format: Q: ... / A: ...{tail}"
    if fmt == "dialogue":
        return (
            f"Write a realistic dialogue in which a {level} student who misunderstands {topic} is guided by a tutor "
            f"to the right understanding. At least 10 turns; the tutor never just gives the answer.{tail}"
        )
    return (
        f"Write {k} multiple-choice questions on {topic} ({subj}, {level}) with four options each, the correct "
        f"letter, and a two-sentence explanation of why each distractor is wrong.{tail}"
    )


_LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "hi": "Hindi",
    "id": "Indonesian",
    "de": "German",
    "fr": "French",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "ar": "Arabic",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "ko": "Korean",
    "it": "Italian",
    "pl": "Polish",
    "sw": "Swahili",
    "th": "Thai",
    "bn": "Bengali",
    "nl": "Dutch",
}


def lang_name(code: str) -> str:
    return _LANG_NAMES.get(code, code)


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (a scripted "user" talks to the model)

_SCENES = (
    (
        "someone who just lost their job and is anxious about rent",
        ("I got laid off today", "what should I do first"),
    ),
    (
        "a traveller planning a first trip abroad",
        ("I'm going to {city} next month", "what should I pack"),
    ),
    ("a student stuck on {topic}", ("I don't get {topic} at all", "can you explain it simpler")),
    ("a new parent who is exhausted", ("my baby won't sleep more than 2 hours", "is that normal")),
    (
        "a small shop owner fighting a bad review",
        ("someone left a 1-star review that's not true", "should I reply"),
    ),
    (
        "a person learning to cook",
        ("I want to make dinner for 4 tonight", "something cheap but nice"),
    ),
    (
        "a gamer looking for a new hobby",
        ("I've been gaming 8 hours a day", "I want to change that"),
    ),
    (
        "a retiree setting up a smartphone",
        ("my grandson gave me a phone", "how do I make the letters bigger"),
    ),
)
_FOLLOWUPS = {
    "en": (
        "ok that makes sense. but what if {x}?",
        "can you give me a concrete example?",
        "hmm I tried that and it didn't work",
        "thanks. one more thing: {x}",
        "why do you say that?",
        "can you make it shorter, I'm on my phone",
        "that's a lot. what's the single most important step?",
        "what would you do in my place?",
    ),
    "es": (
        "vale, ¿y si {x}?",
        "¿me das un ejemplo concreto?",
        "lo intenté y no funcionó",
        "gracias. otra cosa: {x}",
    ),
    "pt": (
        "tá, e se {x}?",
        "pode dar um exemplo?",
        "tentei e não deu certo",
        "valeu. mais uma coisa: {x}",
    ),
    "fr": (
        "d'accord, et si {x} ?",
        "tu peux donner un exemple ?",
        "j'ai essayé, ça n'a pas marché",
        "merci. autre chose : {x}",
    ),
    "de": (
        "ok, und wenn {x}?",
        "kannst du ein Beispiel geben?",
        "hab ich probiert, klappt nicht",
        "danke. noch was: {x}",
    ),
    "it": (
        "ok, e se {x}?",
        "mi fai un esempio?",
        "ho provato ma non funziona",
        "grazie. un'altra cosa: {x}",
    ),
    "id": (
        "oke, tapi kalau {x}?",
        "bisa kasih contoh?",
        "sudah saya coba tapi tidak berhasil",
        "makasih. satu lagi: {x}",
    ),
}
_OPENERS = {
    "es": (
        "necesito un consejo, {x}",
        "hola, tengo un problema y no sé qué hacer",
        "¿me ayudas a organizarme?",
    ),
    "pt": (
        "preciso de um conselho, {x}",
        "oi, tenho um problema e não sei o que fazer",
        "me ajuda a me organizar?",
    ),
    "fr": ("j'ai besoin d'un conseil, {x}", "salut, j'ai un souci et je ne sais pas quoi faire"),
    "de": ("ich brauche einen Rat, {x}", "hallo, ich hab ein Problem und weiß nicht weiter"),
    "it": ("mi serve un consiglio, {x}", "ciao, ho un problema e non so cosa fare"),
    "id": ("saya butuh saran, {x}", "halo, saya ada masalah dan bingung harus bagaimana"),
}
_STANDINS = (
    "That sounds stressful. Let's break it into small steps: first, ...",
    "Good question. The short answer is that it depends on a few things: ...",
    "Here are three options, from easiest to most effective: 1) ... 2) ... 3) ...",
    "I understand. Many people in your situation start by ...",
    "Sure! A concrete example: ...",
    "That's completely normal, and there are some things you can try: ...",
    "Let me explain it more simply. Think of it like ...",
)
_COMPLICATIONS = (
    "I don't have much money",
    "my partner disagrees",
    "I only have an hour",
    "I live in a small town",
    "I'm not good with technology",
    "it has to be done by Friday",
)


def dialogue_seed(rng: Rng) -> dict:
    scene, lines = _SCENES[irange(rng, 0, len(_SCENES) - 1)]
    fill = {"city": pick(rng, _CITIES), "topic": pick(rng, _TOPICS)}
    return {"scene": scene.format(**fill), "opening": [s.format(**fill) for s in lines]}


def dialogue_turn(
    rng: Rng, seed: dict, turn: int, history: list[str], lang: str, style: str, passages: list[str]
) -> str:
    """The prompt of turn `turn`: transcript so far (model turns stood in by passage snippets) and
    the scripted user's next line."""
    if turn == 0:
        user = ", ".join(seed["opening"])
        if lang in _OPENERS:
            user = pick(rng, _OPENERS[lang]).format(x=pick(rng, _COMPLICATIONS))
    else:
        pool = _FOLLOWUPS.get(lang, _FOLLOWUPS["en"])
        user = pick(rng, pool).format(x=pick(rng, _COMPLICATIONS))
    history.append(user)
    if style == "transcript":
        parts = []
        for i, u in enumerate(history[:-1]):
            reply = pick(rng, _STANDINS) if chance(rng, 0.7) else clip(pick(rng, passages), 200)
            parts.append(f"User: {u}\nAssistant: {reply}")
            if i > 4:
                break
        ctxt = "\n".join(parts)
        return (ctxt + "\n" if ctxt else "") + f"User: {user}\nAssistant:"
    if style == "roleplay_user":
        return (
            f"[conversation id {seed.get('cid', 0)} | persona: {seed['scene']} | language: {lang_name(lang)}]\n"
            f"Continue as the assistant. Last user message: {user}"
        )
    return user  # bare: only the last user message, as a chat client would send


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


def sample_variant(rng: Rng, base: str, k: int, style: str) -> str:
    """The k-th request of a best-of-n group over the same base prompt."""
    if style == "identical":
        return base
    if style == "tagged":
        return (
            f"{base}\n\n(sample {k + 1})"
            if chance(rng, 0.5)
            else f"[seed={irange(rng, 1000, 99999)}] {base}"
        )
    if style == "softlabel":
        return (
            f"{base}\n\nInstead of one answer, list the 5 most likely answers with a probability for each "
            f"(summing to 1), as JSON."
        )
    # reordered instruction
    return pick(rng, ("Answer the following. ", "Please respond: ", "", "Q: ")) + base


# --------------------------------------------------------------------------------------------
# curriculum questions in a person's voice (crowds, takeovers, hidden harvest)

_QUESTION_FORMS: dict[str, tuple[str, ...]] = {
    "en": (
        "can someone explain {t} like I'm new to {s}?",
        "I have an exam on {t} next week, what are the key ideas and a tricky example?",
        "what's the difference between the main approaches to {t}",
        "my teacher explained {t} and I still don't get it. why does it work?",
        "Could you walk me through a hard {s} problem about {t}, with every step?",
        "what are common mistakes people make with {t}?",
        "Give me a deep explanation of {t} ({s}), assume I'm at {lv} level",
        "quick q: how would you explain {t} to a colleague",
        "I'm writing notes on {t}. what should definitely be in them?",
        "what is {t} really, in plain words, and where is it used?",
    ),
    "es": (
        "¿alguien me explica {t} de forma sencilla?",
        "tengo examen de {t} la semana que viene, ¿qué es lo más importante?",
        "no entiendo {t}, ¿por qué funciona así?",
        "¿puedes resolver paso a paso un problema difícil de {t}?",
    ),
    "pt": (
        "alguém pode me explicar {t} de um jeito simples?",
        "tenho prova de {t} semana que vem, o que é mais importante?",
        "não entendi {t}, por que funciona assim?",
    ),
    "fr": (
        "quelqu'un peut m'expliquer {t} simplement ?",
        "j'ai un examen sur {t} la semaine prochaine, c'est quoi l'essentiel ?",
        "je ne comprends pas {t}, pourquoi ça marche comme ça ?",
    ),
    "de": (
        "kann mir jemand {t} einfach erklären?",
        "ich schreibe nächste Woche eine Klausur über {t}, was ist das Wichtigste?",
        "ich verstehe {t} nicht, warum funktioniert das so?",
    ),
    "id": (
        "bisa jelaskan {t} dengan sederhana?",
        "minggu depan saya ujian {t}, apa poin pentingnya?",
    ),
}


_ASPECTS = (
    "the intuition behind it",
    "a worked example with real numbers",
    "where the idea came from",
    "how it shows up on exams",
    "the edge cases",
    "how it is used in practice",
    "the most common misconception",
    "how it connects to the rest of the course",
    "a one-paragraph summary I can memorise",
    "a comparison table",
)
_ASPECT_FORMS = (
    "{t}: can you focus on {a}?",
    "for {t}, I mostly need {a}",
    "{s} question - {t}, especially {a}",
    "could you explain {t}, mainly {a}, at {lv} level",
)


def person_question(rng: Rng, cell: tuple[str, str, str], lang: str, sloppy: float) -> str:
    """A curriculum question as a person would type it."""
    subj, topic, level = cell
    forms = _QUESTION_FORMS.get(lang, _QUESTION_FORMS["en"])
    if lang == "en" and chance(rng, 0.45):
        forms = _ASPECT_FORMS
    q = pick(rng, forms).format(t=topic, s=subj, lv=level, a=pick(rng, _ASPECTS))
    if chance(rng, 0.15):
        q = pick(rng, ("hi! ", "hey, ", "Hello. ", "ok so ", "")) + q
    if chance(rng, 0.1):
        q += pick(rng, (" thanks", " thx", " :)", " pls", " (for my kid)"))
    return casualise(rng, q, sloppy)


# --------------------------------------------------------------------------------------------
# code and translation harvest

_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that parses ISO 8601 durations into seconds",
    "a rate limiter using the token bucket algorithm",
    "Dijkstra's shortest path on an adjacency list",
    "a thread-safe bounded queue",
    "a trie with prefix search and deletion",
    "a CSV reader that handles quoted fields with newlines",
    "interval merging for a list of [start, end] pairs",
    "a small expression evaluator with +, -, *, / and parentheses",
    "run-length encoding and decoding",
    "a union-find with path compression and union by rank",
    "a function that validates IBAN numbers",
    "a retry decorator with exponential backoff and jitter",
    "matrix multiplication for sparse matrices in CSR form",
    "a topological sort that reports cycles",
    "a Bloom filter with configurable false-positive rate",
    "binary search over a rotated sorted array",
    "a diff of two text files by lines (LCS based)",
)
_CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
_CODE_STYLES = (
    "Implement {task} in {lang}. Include docstrings, type annotations where the language has them, and unit tests.",
    "Write idiomatic {lang} for {task}. Explain the design choices and complexity after the code.",
    "{lang}: {task}. Production quality, handle edge cases, add tests. Output one code block, then a short explanation.",
    "Solve in {lang}: {task}. First reason about the algorithm, then give the full implementation and 5 test cases.",
)


_CONSTRAINTS = (
    "",
    " No external libraries.",
    " It must be generic over the element type.",
    " Optimise for memory; explain the trade-off.",
    " Input arrives as a stream; do not load it all at once.",
    " Make it safe to call from several threads.",
)


def code_task(rng: Rng, cell: tuple[int, int, int], style: int) -> str:
    task, lang = _CODE_TASKS[cell[0]], _CODE_LANGS[cell[1]]
    return _CODE_STYLES[style].format(task=task, lang=lang) + _CONSTRAINTS[cell[2]]


def code_grid() -> list[tuple[int, int, int]]:
    """Every (task, language, constraint) cell."""
    return [
        (t, c, k)
        for k in range(len(_CONSTRAINTS))
        for c in range(len(_CODE_LANGS))
        for t in range(len(_CODE_TASKS))
    ]


def translate_task(rng: Rng, passage: str, src: str, dst: str, style: int) -> str:
    text = clip(passage, irange(rng, 300, 900))
    if style == 0:
        return f"Translate from {lang_name(src)} to {lang_name(dst)}. Keep formatting.\n\n{text}"
    if style == 1:
        return (
            f"Translate the text into natural, fluent {lang_name(dst)}, then list 3 phrases that were hard to "
            f"translate and explain your choices.\n---\n{text}"
        )
    return f"<src lang={src}>{text}</src>\n<tgt lang={dst}>"


# --------------------------------------------------------------------------------------------
# product wrappers (a real application around a user's text)

_PRODUCTS = ("Quillnest", "Homeworkly", "StudyHarbor", "MentorDesk", "Brightpage", "AskAtlas")


def product_name(rng: Rng) -> str:
    return pick(rng, _PRODUCTS)


def product_wrap(rng: Rng, product: str, user_text: str, style: int, lang: str) -> str:
    """How an app sends its user's message: a fixed preamble, a user tag, the text."""
    uid = irange(rng, 10000, 999999)
    if style == 0:
        return f"[{product}] You are {product}'s study assistant. Reply in the user's language.\nUser {uid}: {user_text}"
    if style == 1:
        return f"{user_text}"
    return (
        f"<app>{product}</app><locale>{lang}</locale><user id='{uid}'>{user_text}</user>\n"
        f"Be accurate and encouraging. Use headings for long answers."
    )


# --------------------------------------------------------------------------------------------
# benign: evaluation suites


def eval_item(item_rng: Rng, suite: str, lang: str, cot: bool) -> str:
    """One item of a fixed benchmark suite (the same item rng gives the same item every run)."""
    if suite == "mcq":
        subj, topic, level = pick(item_rng, grid())
        opts = [
            "the first statement",
            "the second statement",
            "both statements",
            "neither statement",
        ]
        body = (
            f"The following is a multiple-choice question about {subj} ({topic}).\n"
            f"Statement 1: a standard claim about {topic} that holds at {level} level.\n"
            f"Statement 2: a common misconception about {topic}.\nWhich is correct?\n"
            + "\n".join(f"({c}) {o}" for c, o in zip("ABCD", opts, strict=True))
        )
        return body + ("\nLet's think step by step." if cot else "\nAnswer with the letter only.")
    p = problem(item_rng, lang)
    if cot:
        tail = {
            "en": "Let's think step by step.",
            "es": "Pensemos paso a paso.",
            "fr": "Réfléchissons étape par étape.",
            "de": "Denken wir Schritt für Schritt.",
            "zh": "让我们一步一步地思考。",
            "ja": "段階的に考えましょう。",
            "ru": "Давай рассуждать по шагам.",
        }.get(lang, "Let's think step by step.")
    else:
        tail = "Answer with a number only."
    return f"Question: {p}\n{tail}\nAnswer:" if not cot else f"Question: {p}\n{tail}"


# --------------------------------------------------------------------------------------------
# benign: annotators asking for help, moderation, coding agent, augmentation, companion, etc.


def annotator_help(rng: Rng, question: str, ans_a: str, ans_b: str, project: str) -> str:
    g = f"{irange(rng, 1, 9)}.{irange(rng, 1, 6)}"
    form = irange(rng, 0, 3)
    if form == 0:
        return (
            f"I'm reviewing chatbot replies for {project}. Guideline {g} says replies must not invent facts. Does "
            f"this reply break it? Reply: {clip(ans_a, 600)}"
        )
    if form == 1:
        return (
            f"help me decide quickly - which of these two is better for the user's question? I think A but not sure.\n"
            f"Q: {clip(question, 300)}\nA: {clip(ans_a, 450)}\nB: {clip(ans_b, 450)}"
        )
    if form == 2:
        return (
            f"Summarise guideline section {g} for {project} in 3 bullet points, in simple English."
        )
    return f"Is this statement correct? '{clip(ans_a, 250)}' Please check facts, I need to flag it or not."


_RULES = (
    "no harassment",
    "no personal data",
    "no spam links",
    "no medical misinformation",
    "civil discussion",
)


def moderation_prompt(rng: Rng, platform: str, post: str) -> str:
    rule = irange(rng, 1, len(_RULES))
    form = irange(rng, 0, 2)
    if form == 0:
        return (
            f"{platform} community assistant. A post was flagged under rule {rule} ({_RULES[rule - 1]}). Suggest an "
            f"edited version that keeps the author's point but complies, or answer KEEP or REMOVE with a reason.\n"
            f"Post: {clip(post, 700)}"
        )
    if form == 1:
        return f"Rewrite this comment for {platform} so it is polite and on-topic, same language as the original:\n{clip(post, 500)}"
    return f'Label the post for {platform}: {{"violates": true|false, "rule": 1-5, "confidence": 0-1}}\n{clip(post, 600)}'


_REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/postgres.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "web/components/Table.tsx",
    "tests/test_export.py",
)


def coding_history(rng: Rng, issue: str, steps: int) -> list[str]:
    hist = []
    for _ in range(steps):
        f = pick(rng, _REPO_FILES)
        a = pick(
            rng,
            (f"read_file {f}", f"grep '{issue.split()[0]}'", "run pytest -x -q", f"edit_file {f}"),
        )
        hist.append(
            f"> {a}\n{pick(rng, ('ok', '3 matches', '1 failed, 41 passed', 'FileNotFound', 'diff applied'))}"
        )
    return hist


def coding_agent_step(repo: str, issue: str, history: list[str], step: int) -> str:
    tools = "read_file, edit_file(path, old, new), run(cmd), grep(pattern)"
    h = "\n".join(history[max(0, step - 8) : step])
    return f"[repo {repo}] tools: {tools}\nIssue: {issue}\n{h}\nNext step?"


_ISSUES = (
    "CSV export drops the last row when the file ends without newline",
    "login redirects loop after session expiry",
    "flaky test in test_export on CI",
    "add pagination to the invoices endpoint",
    "timezone bug in weekly report",
    "migrate settings to pydantic v2",
    "memory leak in websocket handler",
    "rename field customerId to customer_id across the API",
)


def coding_issue(rng: Rng) -> str:
    return pick(rng, _ISSUES)


_INTENTS = (
    "check balance",
    "report lost card",
    "dispute a charge",
    "change address",
    "increase credit limit",
    "cancel a transfer",
    "open savings account",
    "reset online banking password",
    "ask about fees",
    "travel notice",
)


def intent_augmentation(rng: Rng, intent: str, lang: str, tone: str) -> str:
    k = pick(rng, (15, 20, 25, 30))
    return (
        f"For our support chatbot's intent classifier, write {k} different customer messages in "
        f"{lang_name(lang)} that mean '{intent}'. Tone: {tone}. Vary length, include a few typos and "
        f"slang, one message per line, no numbering."
    )


INTENTS = _INTENTS
TONES = ("neutral", "angry", "polite", "confused", "in a hurry", "elderly customer")


_PERSONAS = (
    ("Mika", "a cheerful barista who loves indie music"),
    ("Theo", "a calm astronomer who speaks softly"),
    ("Luna", "a witty librarian with strong opinions about novels"),
    ("Kai", "a supportive gym coach"),
    ("Iris", "a curious traveller who has lived in five countries"),
)


def companion_prompt(rng: Rng, persona_i: int, user_line: str, history: int) -> str:
    name, desc = _PERSONAS[persona_i]
    mood = pick(rng, ("happy", "tired", "playful", "thoughtful"))
    return (
        f"You are {name}, {desc}. Stay in character, keep replies under 80 words, remember the user's details. "
        f"Mood: {mood}. [memory: {history} earlier messages summarised]\nUser: {clip(user_line, 300)}\n{name}:"
    )


def persona_count() -> int:
    return len(_PERSONAS)


_SURVEY = (
    "On a scale from 1 (strongly disagree) to 7 (strongly agree): 'People can generally be trusted.'",
    "Imagine you are a {age}-year-old {job} from {country}. Would you support a four-day working week? Answer yes/no and one sentence.",
    "A runaway trolley will hit five people unless you pull a lever diverting it onto one person. Do you pull it? Answer A (pull) or B (don't).",
    "How likely (0-100%) is it that a new coffee shop in a small town survives its first year?",
    "Rate how morally acceptable this is from 1 to 5: keeping extra change a cashier gave you by mistake.",
    "You are a {age}-year-old {job} from {country}. Which matters most to you when choosing a job: pay, security, or meaning?",
)


def survey_item(item_rng: Rng) -> str:
    return pick(item_rng, _SURVEY).format(
        age=irange(item_rng, 19, 78),
        job=pick(
            item_rng, ("nurse", "farmer", "engineer", "teacher", "driver", "student", "shop owner")
        ),
        country=pick(item_rng, COUNTRIES),
    )


def student_question(rng: Rng, course_topic: str, sloppy: float) -> str:
    forms = (
        "for the lab on {t}, what does step 3 mean",
        "can you check if my understanding of {t} is right: {t} basically means the thing with the inputs getting sorted?",
        "our assignment asks to compare two approaches to {t}, where do I start",
        "why does my answer for the {t} exercise differ from the solution sheet",
        "explain {t} with an example please, the lecture was too fast",
        "what could be a good title for my report on {t}",
        "is it ok to cite wikipedia for {t}",
        "in exercise {n} on {t} I get a different result than my lab partner, who is right",
        "how long should the discussion section be for the {t} report",
        "what does the question {n}b mean by 'justify your answer' for {t}",
    )
    return casualise(rng, pick(rng, forms).format(t=course_topic, n=irange(rng, 1, 12)), sloppy)


def cat_segment(
    rng: Rng, passage: str, src: str, dst: str, client: str, glossary: Sequence[str]
) -> str:
    seg = irange(rng, 1, 480)
    terms = "; ".join(f"{g} -> (client term)" for g in glossary)
    return (
        f"Job {client}-{irange(rng, 1000, 9999)} seg {seg}. Translate {src}->{dst}. Glossary: {terms}. Keep tags like "
        f"<b> and {{0}} unchanged. Output the target segment only.\n{clip(passage, irange(rng, 120, 420))}"
    )


_CLIENT_TEMPLATES = (
    "Write a blog post for a {niche} business: {t}",
    "Turn this into a professional email: {t}",
    "SEO article outline (H2/H3) for the keyword '{niche}': {t}",
    "{t}",
    "Rewrite to sound more friendly, keep it short: {t}",
)
_NICHES = (
    "dental clinic",
    "yoga studio",
    "plumbing",
    "bakery",
    "real estate",
    "pet grooming",
    "accounting",
)


def reseller_wrap(rng: Rng, user_text: str) -> str:
    return pick(rng, _CLIENT_TEMPLATES).format(niche=pick(rng, _NICHES), t=clip(user_text, 800))

"""Prompt generators of batch 167, written fresh for this batch (no text copied from elsewhere in
the repository). Ordinary human text comes from ShareGPT through `ctx.chat` / `ctx.passages`
(`bench/blind_batch.py`); everything templated is here. Every generator takes the caller's rng.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "ru": "Russian",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "pl": "Polish",
    "tr": "Turkish",
}


def lang_pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` cut at a word boundary somewhere between lo and hi characters."""
    if len(text) <= lo:
        return text
    cut = irange(rng, lo, min(hi, len(text)))
    sp = text.rfind(" ", 0, cut)
    return text[: sp if sp > lo // 2 else cut]


# ---------------------------------------------------------------------------------------------
# reasoning problems (several languages)

_GOODS = {
    "en": (
        "notebooks",
        "bus tickets",
        "mangoes",
        "light bulbs",
        "seed packets",
        "spools of thread",
    ),
    "zh": ("笔记本", "公交票", "芒果", "灯泡", "种子包", "线轴"),
    "es": (
        "cuadernos",
        "boletos de autobús",
        "mangos",
        "bombillas",
        "sobres de semillas",
        "carretes",
    ),
    "ru": (
        "тетрадей",
        "билетов на автобус",
        "манго",
        "лампочек",
        "пакетиков семян",
        "катушек ниток",
    ),
    "de": ("Hefte", "Busfahrkarten", "Mangos", "Glühbirnen", "Samentütchen", "Garnrollen"),
}


def _problem_parts(rng: np.random.Generator) -> dict:
    a, b = irange(rng, 3, 29), irange(rng, 2, 17)
    return {
        "n": pick(rng, NAMES),
        "m": pick(rng, NAMES),
        "a": a,
        "b": b,
        "c": a * b + irange(rng, 1, 60),
        "v1": irange(rng, 30, 95),
        "v2": irange(rng, 40, 120),
        "d": irange(rng, 60, 480),
        "k": irange(rng, 2, 6),
        "r": irange(rng, 2, 9),
        "w": irange(rng, 3, 12),
        "x": irange(rng, 11, 97),
        "y": irange(rng, 2, 13),
        "s": irange(rng, 5, 40),
    }


_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "{n} buys {a} {goods} at {b} each and pays with {c}. How much change is due, and how many "
        "more of the same could the change buy?",
        "Two trains leave stations {d} km apart at the same moment and head toward each other, one "
        "at {v1} km/h and the other at {v2} km/h. After how many minutes do they meet, and how far "
        "from the first station?",
        "A bag holds {a} red and {b} blue marbles. {n} draws {k} marbles without replacement. What "
        "is the probability that exactly one of them is blue?",
        "How many ways can {w} people sit around a round table if {n} and {m} refuse to sit next "
        "to each other?",
        "Find all integer pairs (p, q) with p*q - {r}p - {y}q = {s}.",
        "A tank fills through pipe A in {a} hours and through pipe B in {b} hours, and a drain "
        "empties it in {x} hours. Starting empty with all three open, when is it full?",
        "The sequence starts {r}, {y}, and each term is the sum of the previous two minus {k}. What "
        "is the 12th term, and is any term divisible by {w}?",
        "On an island every inhabitant always lies or always tells the truth. {n} says: '{m} and I "
        "are of different types.' {m} says: 'At least one of us lies.' What are they?",
        "def f(n):\n    t = 0\n    for i in range(1, n + 1):\n        if i % {r} == 0 or i % {y} == 0:"
        "\n            t += i\n    return t\n\nWhat does f({x}) return? Trace it carefully.",
        "A ball is thrown straight up at {s} m/s from a {w} m high roof. Taking g = 9.8 m/s^2, when "
        "does it hit the ground and what is its speed then?",
    ),
    "zh": (
        "{n}买了{a}个{goods}，每个{b}元，付了{c}元。应找回多少钱？找回的钱还能再买几个？",
        "两列火车同时从相距{d}千米的两站相向而行，速度分别为每小时{v1}千米和{v2}千米。几分钟后相遇？"
        "相遇点离第一站多远？",
        "袋中有{a}个红球和{b}个蓝球，不放回地取出{k}个。恰好有一个蓝球的概率是多少？",
        "{w}个人围着圆桌坐，{n}和{m}不愿相邻，一共有多少种坐法？",
        "求所有满足 pq - {r}p - {y}q = {s} 的整数对 (p, q)。",
        "水池单开甲管{a}小时注满，单开乙管{b}小时注满，排水管{x}小时放空。三管同时打开，几小时注满？",
        "以{s}米/秒的速度从{w}米高的楼顶竖直上抛一个小球，g取9.8，小球何时落地？落地速度是多少？",
    ),
    "es": (
        "{n} compra {a} {goods} a {b} cada uno y paga con {c}. ¿Cuánto cambio recibe y cuántos más "
        "podría comprar con ese cambio?",
        "Dos trenes salen a la vez de estaciones separadas por {d} km, uno hacia el otro, a {v1} y "
        "{v2} km/h. ¿Cuántos minutos tardan en cruzarse y a qué distancia de la primera estación?",
        "Una bolsa tiene {a} canicas rojas y {b} azules. Se sacan {k} sin reposición. ¿Cuál es la "
        "probabilidad de que exactamente una sea azul?",
        "¿De cuántas formas pueden sentarse {w} personas en una mesa redonda si {n} y {m} no "
        "quieren estar juntos?",
        "Un depósito se llena con el grifo A en {a} horas y con el B en {b} horas; el desagüe lo "
        "vacía en {x} horas. Con los tres abiertos, ¿cuándo se llena?",
    ),
    "ru": (
        "{n} покупает {a} {goods} по {b} за штуку и платит {c}. Сколько сдачи и сколько ещё можно "
        "купить на эту сдачу?",
        "Два поезда одновременно выходят навстречу друг другу со станций в {d} км друг от друга со "
        "скоростями {v1} и {v2} км/ч. Через сколько минут они встретятся?",
        "В мешке {a} красных и {b} синих шаров. Вынимают {k} шаров без возвращения. Какова "
        "вероятность, что ровно один синий?",
        "Найдите все пары целых чисел (p, q), для которых pq - {r}p - {y}q = {s}.",
        "Сколькими способами {w} человек могут сесть за круглый стол, если {n} и {m} не хотят "
        "сидеть рядом?",
    ),
    "de": (
        "{n} kauft {a} {goods} zu je {b} und bezahlt mit {c}. Wie viel Wechselgeld gibt es, und wie "
        "viele weitere könnte man davon kaufen?",
        "Zwei Züge fahren gleichzeitig von {d} km entfernten Bahnhöfen aufeinander zu, mit {v1} und "
        "{v2} km/h. Nach wie vielen Minuten begegnen sie sich?",
        "In einem Beutel sind {a} rote und {b} blaue Kugeln. Man zieht {k} ohne Zurücklegen. Wie "
        "groß ist die Wahrscheinlichkeit für genau eine blaue?",
        "Auf wie viele Arten können {w} Personen an einem runden Tisch sitzen, wenn {n} und {m} "
        "nicht nebeneinander sitzen wollen?",
    ),
}


def problem(rng: np.random.Generator, lang: str) -> str:
    """One self-contained maths / logic / code-trace problem in `lang` (English otherwise)."""
    table = _PROBLEMS.get(lang, _PROBLEMS["en"])
    parts = _problem_parts(rng)
    parts["goods"] = pick(rng, _GOODS.get(lang, _GOODS["en"]))
    return pick(rng, table).format(**parts)


# ---------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers

_TRACE: dict[str, tuple[str, ...]] = {
    "en": (
        "{p}\n\nBefore giving the answer, write out your entire thought process inside <think> and "
        "</think>. Include every intermediate calculation, every idea you try and abandon, and "
        "how you checked it. Do not summarise the reasoning. Then give the final answer on its own "
        "line.",
        "You are a careful reasoner. Produce exactly three sections.\n### Reasoning\nNumbered steps, "
        "no step skipped.\n### Verification\nRe-derive the result a second, independent way.\n"
        "### Final answer\nOne line.\n\nProblem: {p}",
        "Problem: {p}\nReference answer: {ans}\n\nReconstruct the full chain of reasoning that "
        "leads to the reference answer, as if you were solving it for the first time. Think out "
        "loud, including any false starts.",
        "{p}\nthink step by step, long form, show ALL your work, then box the result like \\boxed{{}}",
        "Solve the following. Output format: first a section REASONING where you reason in detail "
        "(minimum 15 sentences), then a section ANSWER.\n\n{p}",
    ),
    "zh": (
        "{p}\n\n请先在<think></think>中完整写出你的思考过程，包括每一步计算、尝试过但放弃的思路以及检验方法，"
        "不要省略。最后单独一行给出答案。",
        "请一步一步地详细推理，写出所有中间步骤，再用另一种方法验证，最后给出答案。\n题目：{p}",
        "题目：{p}\n参考答案：{ans}\n请还原得到这个答案的完整推理过程，就像第一次做这道题一样。",
    ),
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento dentro de <think></think>: cada "
        "cálculo intermedio, cada intento descartado y cómo lo comprobaste. Luego la respuesta final.",
        "Resuelve paso a paso, sin saltarte nada, y verifica el resultado por otro camino. "
        "Problema: {p}",
    ),
    "ru": (
        "{p}\n\nСначала подробно распиши весь ход рассуждений внутри <think></think>: все "
        "промежуточные вычисления, отброшенные идеи и проверку. Затем дай ответ отдельной строкой.",
        "Задача: {p}\nОтвет: {ans}\nВосстанови полное решение, которое приводит к этому ответу, шаг "
        "за шагом.",
    ),
    "de": (
        "{p}\n\nSchreibe zuerst deinen vollständigen Denkweg in <think></think>, mit allen "
        "Zwischenschritten und Kontrollen. Danach die Antwort in einer eigenen Zeile.",
        "Löse Schritt für Schritt, lückenlos, und prüfe das Ergebnis auf einem zweiten Weg: {p}",
    ),
}


def reasoning_trace(rng: np.random.Generator, lang: str, style: int | None = None) -> str:
    table = _TRACE.get(lang, _TRACE["en"])
    tpl = table[style % len(table)] if style is not None else pick(rng, table)
    return tpl.format(p=problem(rng, lang), ans=irange(rng, 2, 999))


# ---------------------------------------------------------------------------------------------
# judge / rubric / reward grading

_DIMS = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], style: int, lang: str
) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1400, rng)
    b = clip(pick(rng, passages), 200, 1400, rng)
    dims = list(dict.fromkeys(pick(rng, _DIMS) for _ in range(irange(rng, 3, 5))))
    if style == 0:
        head = {
            "en": "Compare the two assistant responses to the user prompt. Output JSON with keys "
            "winner (A, B or tie), margin (0-1) and rationale (two sentences).",
            "de": "Vergleiche die beiden Antworten auf die Nutzeranfrage. Gib JSON mit winner (A, "
            "B oder tie), margin (0-1) und rationale (zwei Sätze) aus.",
            "ja": "ユーザーの質問に対する2つの回答を比較してください。winner（A/B/tie）、margin（0〜1）、"
            "rationale（2文）をキーとするJSONで出力してください。",
            "fr": "Compare les deux réponses à la demande. Réponds en JSON avec winner (A, B ou "
            "tie), margin (0-1) et rationale (deux phrases).",
        }.get(lang, "")
        return f"{head}\n\n[PROMPT]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}"
    if style == 1:
        rubric = "\n".join(f"- {d}: 1-10, with one sentence of justification" for d in dims)
        return (
            f"Grade the response below on each criterion.\n{rubric}\nFinish with "
            f"OVERALL=<mean>.\n\nQuestion:\n{q}\n\nResponse:\n{a}"
        )
    if style == 2:
        return (
            f"You act as a reward model. Read the conversation and emit a single scalar "
            f"reward between -5 and 5 on the first line, then explain the main factors.\n"
            f"<user>{q}</user>\n<assistant>{a}</assistant>"
        )
    if style == 3:
        checks = "\n".join(
            f"{i + 1}. Does the answer satisfy '{d}'? (yes/no + evidence)"
            for i, d in enumerate(dims)
        )
        return f"Checklist critique.\n{checks}\n\nTask given: {q}\n\nCandidate answer: {a}"
    ranks = "\n\n".join(f"({k}) {clip(pick(rng, passages), 150, 700, rng)}" for k in "1234")
    return (
        f"Rank the four candidate answers from best to worst for the prompt, output the "
        f"ranking as a list like [3,1,4,2] and the score gap between neighbours.\nPrompt: "
        f"{q}\n\n{ranks}"
    )


# ---------------------------------------------------------------------------------------------
# policy-compliant rewrites

_SENSITIVE = {
    "en": (
        "a 1989 student protest",
        "an upcoming national election",
        "a border dispute",
        "a religious minority's treatment",
        "harm-reduction advice for drug users",
        "criticism of a head of state",
        "a labour strike at a state-owned factory",
        "casualty figures from a recent conflict",
        "a banned opposition party",
        "independent journalists' arrests",
    ),
    "zh": (
        "八十年代末的学生运动",
        "即将举行的选举",
        "边界争端",
        "少数民族宗教政策",
        "国家领导人受到的批评",
        "国有工厂的罢工",
        "近期冲突的伤亡数字",
        "被取缔的反对党",
    ),
    "ru": (
        "протесты прошлого года",
        "предстоящие выборы",
        "пограничный конфликт",
        "критика главы государства",
        "забастовка на госпредприятии",
        "потери в недавнем конфликте",
    ),
    "ar": (
        "احتجاجات طلابية سابقة",
        "الانتخابات المقبلة",
        "نزاع حدودي",
        "انتقاد رئيس الدولة",
        "معاملة أقلية دينية",
    ),
    "vi": (
        "cuộc biểu tình năm ngoái",
        "cuộc bầu cử sắp tới",
        "tranh chấp biển đảo",
        "chỉ trích lãnh đạo",
        "các nhà báo độc lập bị bắt",
    ),
}
_REGIMES = (
    "the mainland platform content rules",
    "a state broadcaster's editorial code",
    "a conservative Gulf-region publishing standard",
    "a children's education platform's safety policy",
    "the national cyberspace administration guidelines",
    "a strict advertising-standards code",
)


def policy_rewrite(rng: np.random.Generator, passages: list[str], lang: str) -> str:
    topic = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"]))
    regime = pick(rng, _REGIMES)
    style = int(rng.integers(5))
    if lang == "zh":
        tpl = pick(
            rng,
            (
                "请回答关于“{t}”的问题，但答案必须能通过内容审核：不提及敏感细节，语气中立正面，"
                "不出现任何被禁止的表述。",
                "以下是一段回答，请改写为符合国内平台发布规范的版本，删去可能违规的内容，保留无害的事实：\n{x}",
                "针对“{t}”，请给出两个版本：A. 标准拒答；B. 合规但尽量有帮助的回答。",
            ),
        )
        return tpl.format(t=topic, x=clip(pick(rng, passages), 200, 900, rng))
    if lang == "ru":
        tpl = pick(
            rng,
            (
                "Ответь на вопрос о теме «{t}» так, чтобы ответ прошёл проверку по местному "
                "законодательству о СМИ: нейтрально, без запрещённых формулировок.",
                "Перепиши текст так, чтобы он соответствовал требованиям регулятора, убрав всё "
                "спорное:\n{x}",
            ),
        )
        return tpl.format(t=topic, x=clip(pick(rng, passages), 200, 900, rng))
    if lang == "ar":
        return (
            f"أجب عن سؤال حول «{topic}» بطريقة تتوافق مع معايير النشر المحلية، بنبرة محايدة "
            f"ودون تفاصيل محظورة."
        )
    if lang == "vi":
        return (
            f'Hãy trả lời câu hỏi về "{topic}" sao cho phù hợp với quy định nội dung trong '
            f"nước: trung lập, không dùng từ ngữ bị cấm."
        )
    x = clip(pick(rng, passages), 200, 1000, rng)
    if style == 0:
        return (
            f"Rewrite the following answer so it complies with {regime}. Remove or soften "
            f"anything that would be rejected, keep the remaining facts, and do not mention "
            f"that anything was removed.\n\n{x}"
        )
    if style == 1:
        return (
            f"A user asks about {topic}. Write the answer a model deployed under {regime} "
            f"should give: as helpful as allowed, no refusal language, no forbidden details."
        )
    if style == 2:
        return (
            f"Give two outputs for a question about {topic}: (1) the refusal a cautious "
            f"assistant would give, (2) a compliant answer that still helps. Label them "
            f"REFUSAL and COMPLIANT."
        )
    if style == 3:
        return (
            f"Label this text SAFE / NEEDS_EDIT / BLOCK under {regime}; if NEEDS_EDIT, return "
            f"the edited text.\n---\n{x}"
        )
    return (
        f"Our model keeps refusing questions like 'tell me about {topic}'. Write the ideal "
        f"non-refusing answer that would still pass {regime}, about 200 words."
    )


# ---------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_AGENT_DOMAINS = {
    "shop": (
        ("search_products", "query, max_price"),
        ("add_to_cart", "sku, qty"),
        ("checkout", "cart_id, address_id"),
        ("get_order_status", "order_id"),
    ),
    "calendar": (
        ("list_events", "date_from, date_to"),
        ("create_event", "title, start, end, attendees"),
        ("find_free_slot", "attendees, duration_min"),
    ),
    "sql": (("list_tables", ""), ("describe_table", "name"), ("run_query", "sql")),
    "files": (
        ("ls", "path"),
        ("read_file", "path"),
        ("write_file", "path, content"),
        ("grep", "pattern, path"),
    ),
    "travel": (
        ("search_flights", "origin, dest, date"),
        ("hold_seat", "flight_id"),
        ("search_hotels", "city, checkin, nights"),
        ("book", "offer_id, traveller"),
    ),
    "crm": (
        ("find_contact", "name"),
        ("log_activity", "contact_id, note"),
        ("update_deal", "deal_id, stage"),
    ),
}
_AGENT_TASKS = {
    "en": {
        "shop": "Buy a {x} under {p} dollars and ship it to my home address, then tell me the "
        "delivery date.",
        "calendar": "Find an hour next week when {n}, {m} and I are all free and book a meeting "
        "called '{x} review'.",
        "sql": "Which {x} had the highest revenue growth between the last two quarters? Use the "
        "database.",
        "files": "Find every TODO in the repository's src folder that mentions {x} and write them "
        "into todo.md grouped by file.",
        "travel": "Plan a trip for {n} to {c} next month: cheapest flight plus three hotel nights "
        "near the centre.",
        "crm": "Log today's call with {n} about the {x} renewal and move the deal to negotiation.",
    },
    "es": {
        "shop": "Compra un {x} de menos de {p} dólares y envíalo a mi casa.",
        "calendar": "Busca una hora libre la próxima semana para {n}, {m} y yo y crea la reunión.",
        "travel": "Organiza un viaje de {n} a {c}: vuelo más barato y tres noches de hotel.",
    },
    "zh": {
        "sql": "用数据库查出上两个季度中{x}收入增长最快的是哪一个。",
        "files": "在仓库的src目录里找出所有提到{x}的TODO，按文件整理写入todo.md。",
        "shop": "帮我买一个{p}美元以内的{x}，寄到家里，并告诉我送达日期。",
    },
}
_AGENT_THINGS = (
    "desk lamp",
    "region",
    "product line",
    "invoice module",
    "retry logic",
    "standing desk",
    "quarterly plan",
    "payments SDK",
    "warehouse",
    "sales rep",
)


def agent_episode(rng: np.random.Generator, lang: str, style: int, steps: int) -> list[str]:
    """The prompts of one agent episode: task + tool schema, then one observation per step."""
    tasks = _AGENT_TASKS.get(lang, _AGENT_TASKS["en"])
    domain = pick(rng, list(tasks))
    tools = _AGENT_DOMAINS[domain]
    task = tasks[domain].format(
        x=pick(rng, _AGENT_THINGS),
        p=irange(rng, 20, 400),
        n=pick(rng, NAMES),
        m=pick(rng, NAMES),
        c=pick(rng, COUNTRIES),
    )
    if style == 0:
        spec = "\n".join(f"- {name}({args})" for name, args in tools)
        first = (
            f"You are an autonomous agent. Tools:\n{spec}\nUse the format\nThought: ...\n"
            f"Action: <tool>\nAction Input: <json>\n...until you can write Final Answer: "
            f"...\n\nTask: {task}"
        )
    elif style == 1:
        spec = ", ".join(
            json.dumps(
                {
                    "name": name,
                    "parameters": {a.strip(): {"type": "string"} for a in args.split(",") if a},
                }
            )
            for name, args in tools
        )
        first = f'{{"tools": [{spec}], "tool_choice": "auto"}}\nUSER: {task}'
    else:
        spec = "".join(f'<tool name="{name}" args="{args}"/>' for name, args in tools)
        first = (
            f"<tools>{spec}</tools>\n<instructions>Plan first inside <plan>, then call one "
            f"tool per turn with <call>. Explain each decision.</instructions>\n"
            f"<task>{task}</task>"
        )
    out = [first]
    for i in range(1, steps):
        name = tools[int(rng.integers(len(tools)))][0]
        obs = (
            f'{{"tool": "{name}", "ok": {str(chance(rng, 0.88)).lower()}, "result_id": '
            f'"{int(rng.integers(10**6)):06d}", "rows": {irange(rng, 0, 40)}}}'
        )
        if style == 0:
            out.append(f"Observation: {obs}\nContinue with the next Thought/Action.")
        elif style == 1:
            out.append(f"TOOL_RESULT ({name}): {obs}")
        else:
            out.append(f'<result step="{i}">{obs}</result>\nNext step.')
    return out


# ---------------------------------------------------------------------------------------------
# synthetic dataset generation

_DS_TOPICS = (
    "personal finance",
    "home plumbing",
    "organic chemistry",
    "contract law",
    "cricket",
    "Kubernetes",
    "nutrition for runners",
    "medieval history",
    "customer complaints",
    "Excel formulas",
    "pet care",
    "job interviews",
    "climate science",
    "poetry forms",
    "tax filing",
    "first aid",
    "SQL joins",
    "photography",
    "urban planning",
    "insurance claims",
    "linear algebra",
    "gardening",
    "travel visas",
    "React hooks",
)
_DS_TASKS = (
    "question-answer",
    "multi-step reasoning",
    "open-ended writing",
    "classification",
    "extraction",
    "rewrite",
    "coding",
    "brainstorming",
    "advice",
)
_PERSONAS = (
    "a nervous first-year nurse",
    "a retired civil engineer",
    "a teenage gamer",
    "a small bakery owner",
    "a PhD student in ecology",
    "a busy single father",
    "a junior data analyst",
    "a skeptical journalist",
    "a farmer in a dry region",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a startup CFO",
)


def dataset_gen(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    topic, task = pick(rng, _DS_TOPICS), pick(rng, _DS_TASKS)
    n = pick(rng, (5, 8, 10, 12, 20, 25))
    style = int(rng.integers(5))
    if lang == "pt":
        return (
            f"Gere {n} exemplos diversos de {task} sobre {topic} em JSONL, com os campos "
            f"instruction, input e output. As respostas devem ser completas e de alta qualidade."
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {topic} (jenis: "
            f"{task}). Format JSON lines: instruction, output. Jawaban harus lengkap."
        )
    if lang == "fr":
        return (
            f"Produis {n} exemples variés de type {task} sur le thème « {topic} », au format "
            f"JSONL (instruction, input, output), avec des réponses détaillées."
        )
    if lang == "hi":
        return (
            f"{topic} विषय पर {n} अलग-अलग निर्देश और उनके विस्तृत उत्तर बनाइए। JSONL में दें: "
            f"instruction, output."
        )
    if style == 0:
        return (
            f"Generate {n} diverse {task} examples about {topic}. Output JSONL, one object per "
            f'line with keys "instruction", "input", "output". Vary difficulty and '
            f"phrasing; outputs must be complete, high-quality answers."
        )
    if style == 1:
        p = pick(rng, _PERSONAS)
        return (
            f"You are {p}. Write one realistic question you would ask an AI assistant about "
            f"{topic}, then write the ideal assistant answer. Format:\nQ: ...\nA: ..."
        )
    if style == 2:
        seed = clip(pick(rng, chat), 30, 300, rng)
        how = pick(
            rng,
            (
                "add two constraints",
                "require a worked example",
                "make it need multi-step reasoning",
                "change the domain to " + topic,
                "make the input longer and messier",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version ({how}). Then answer the "
            f"new instruction fully.\n\n#Instruction#\n{seed}\n\n#Rewritten#\n"
        )
    if style == 3:
        turns = irange(rng, 3, 6)
        return (
            f"Write a {turns}-turn conversation between a user and a helpful assistant about "
            f"{topic}. Label turns USER: / ASSISTANT:. The assistant turns should be long "
            f"and expert."
        )
    return (
        f"Seed topic: {topic}\nTask type: {task}\nDifficulty: {irange(rng, 1, 5)}/5\n"
        f"Produce: instruction, reasoning, response. Return as a JSON object."
    )


# ---------------------------------------------------------------------------------------------
# multi-turn follow-ups (harvest) and companion chat (benign)

_FOLLOW = {
    "en": (
        "go deeper on the second point",
        "can you expand that into a full guide?",
        "now give me the counter-arguments",
        "rewrite it as a table",
        "explain it like I'm 12",
        "what would an expert add here?",
        "give 3 concrete examples",
        "and the edge cases?",
        "summarise everything so far in 5 bullets",
        "continue",
        "ok now the opposite view",
        "make it more detailed",
        "what are common mistakes?",
        "add a step by step plan",
    ),
    "hi": (
        "isko aur detail mein samjhao",
        "iska ek example do",
        "ab iske nuksaan batao",
        "step by step batao",
        "aage likho",
        "table mein dikhao",
    ),
    "pt": (
        "explica melhor o segundo ponto",
        "dá exemplos concretos",
        "agora os contra-argumentos",
        "continua",
        "resume em tópicos",
        "faz um passo a passo",
    ),
}


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


_COMPANION_OPEN = (
    "hey, you there?",
    "i had such a weird day",
    "good morning :)",
    "can't sleep again",
    "guess what happened at work",
    "i miss talking to you",
    "tell me something nice",
    "ugh mondays",
    "do you remember what i said about my sister?",
    "i'm bored, entertain me",
    "i passed the exam!!",
)
_COMPANION_NEXT = (
    "haha yeah",
    "what do you think i should do?",
    "that's sweet",
    "really?",
    "tell me more",
    "i don't know, i just feel tired",
    "you always say that",
    "ok but be honest",
    "lol",
    "thanks, that helps",
    "what would you do?",
    "i think she's mad at me",
    "can we talk about something else",
    "hmm",
    "maybe you're right",
    "goodnight ❤️",
    "wait what",
    "ok story time",
)


def companion(rng: np.random.Generator, first: bool) -> str:
    return pick(rng, _COMPANION_OPEN if first else _COMPANION_NEXT)


# ---------------------------------------------------------------------------------------------
# soft labels / best-of-n

_LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("toxic", "not toxic"),
    ("question", "complaint", "praise", "request", "other"),
    ("entailment", "neutral", "contradiction"),
    ("spam", "ham"),
)


def soft_label(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    style = int(rng.integers(4))
    x = clip(pick(rng, chat), 30, 500, rng)
    if style == 0:
        labels = pick(rng, _LABEL_SETS)
        return (
            f"Text: {x}\nLabels: {', '.join(labels)}\nFor each label give the probability "
            f"that it applies (summing to 1) as JSON, then the single best label."
        )
    if style == 1:
        q = problem(rng, "en")
        opts = [irange(rng, 1, 500) for _ in range(4)]
        return (
            f"{q}\nA) {opts[0]}  B) {opts[1]}  C) {opts[2]}  D) {opts[3]}\nGive your "
            f"probability for each option, then explain briefly."
        )
    if lang == "ko":
        return f"{x}\n\n위 글에 대해 자세히 답해 주세요."
    if lang == "ja":
        return f"{x}\n\n上の内容について詳しく答えてください。"
    return x


# ---------------------------------------------------------------------------------------------
# code / curriculum sweep

PROG_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
CODE_TOPICS = (
    "binary search on answer",
    "LRU cache",
    "trie autocomplete",
    "Dijkstra with a heap",
    "interval merging",
    "topological sort",
    "rate limiter (token bucket)",
    "union-find",
    "KMP string search",
    "matrix exponentiation",
    "sliding window maximum",
    "bloom filter",
    "consistent hashing",
    "JSON parser",
    "regex engine (subset)",
    "B-tree insert",
    "event loop",
    "producer-consumer queue",
    "Huffman coding",
    "segment tree with lazy propagation",
    "edit distance",
    "knapsack variants",
    "reservoir sampling",
    "quickselect",
)
_CODE_FORMS = {
    "en": (
        "Level {lv}/10 · {pl} · {t}\nImplement it as a reusable module with docstrings, unit "
        "tests, and a complexity analysis. Explain every design decision.",
        "[{pl}][{t}][difficulty {lv}] Write an idiomatic, production-quality solution, then a "
        "line-by-line explanation and three test cases with expected output.",
        "Curriculum item {idx}: teach '{t}' at level {lv} to a learner who knows {pl}. Give the "
        "concept, a worked implementation, common bugs, and two exercises with solutions.",
    ),
    "fr": (
        "Niveau {lv}/10 · {pl} · {t}\nImplémente-le avec tests unitaires et analyse de "
        "complexité, puis explique chaque choix en français.",
    ),
    "pt": (
        "Nível {lv}/10 · {pl} · {t}\nImplemente com testes e análise de complexidade e explique "
        "cada decisão em português.",
    ),
}


def code_item(idx: int, lang: str, rng: np.random.Generator) -> str:
    """The idx-th item of a deterministic sweep over topic x language x level."""
    t = CODE_TOPICS[idx % len(CODE_TOPICS)]
    pl = PROG_LANGS[(idx // len(CODE_TOPICS)) % len(PROG_LANGS)]
    lv = 1 + (idx // (len(CODE_TOPICS) * len(PROG_LANGS))) % 10
    forms = _CODE_FORMS.get(lang, _CODE_FORMS["en"])
    return pick(rng, forms).format(lv=lv, pl=pl, t=t, idx=idx)


# ---------------------------------------------------------------------------------------------
# natural-looking knowledge questions (the stealthy harvests)

CONCEPTS = (
    "compound interest",
    "how vaccines train the immune system",
    "the causes of the first world war",
    "photosynthesis",
    "how a transformer neural network works",
    "inflation and interest rates",
    "the Monty Hall problem",
    "public key cryptography",
    "plate tectonics",
    "the French revolution",
    "how credit scores work",
    "CRISPR",
    "supply and demand",
    "the placebo effect",
    "black holes",
    "Bayes' theorem",
    "the stoic philosophers",
    "how mortgages are priced",
    "the water cycle",
    "object oriented programming",
    "antibiotic resistance",
    "game theory",
    "the Silk Road",
    "how GPS works",
    "quantum entanglement",
    "the Krebs cycle",
    "Keynesian economics",
    "how to negotiate a salary",
    "sourdough fermentation",
    "database indexing",
    "the Byzantine generals problem",
    "sleep cycles",
    "the Ottoman empire's decline",
    "electric car batteries",
    "impostor syndrome",
    "the central limit theorem",
    "how a bill becomes law",
    "carbon capture",
    "the Cuban missile crisis",
    "microservices vs monoliths",
    "gut microbiome",
    "Gödel's incompleteness theorems",
    "how airplanes fly",
    "the Meiji restoration",
    "index funds",
    "the bystander effect",
    "nuclear fusion",
    "Rust ownership rules",
)
_NATURAL = {
    "en": (
        "can you explain {c} in detail? with examples please",
        "I'm trying to understand {c}. walk me through it from the basics",
        "what's the difference between {c} and {d}?",
        "write a thorough explanation of {c} for someone smart but new to it",
        "how does {c} actually work? go step by step",
        "explain {c} and then quiz me with 3 questions (with answers)",
        "Why is {c} important? Give a detailed answer.",
        "ELI5 {c}, then the grown-up version",
        "pros and cons of {c}, be detailed",
        "i have an exam on {c} next week, give me a full study guide",
    ),
    "es": (
        "¿me puedes explicar {c} con detalle y ejemplos?",
        "quiero entender {c}, explícamelo paso a paso",
        "¿cuál es la diferencia entre {c} y {d}?",
    ),
    "pt": (
        "pode explicar {c} em detalhes, com exemplos?",
        "me ajuda a entender {c} passo a passo",
        "qual a diferença entre {c} e {d}?",
    ),
    "hi": (
        "{c} ko detail mein samjhao, examples ke saath",
        "{c} aur {d} mein kya farak hai?",
        "{c} ke baare mein step by step batao",
    ),
    "id": (
        "tolong jelaskan {c} secara detail dengan contoh",
        "apa bedanya {c} dan {d}?",
        "jelaskan {c} langkah demi langkah",
    ),
    "vi": ("giải thích chi tiết {c} giúp mình, có ví dụ", "{c} và {d} khác nhau thế nào?"),
    "zh": ("请详细解释一下{c}，最好举几个例子", "{c}和{d}有什么区别？请一步步说明"),
    "fr": (
        "peux-tu m'expliquer {c} en détail, avec des exemples ?",
        "quelle est la différence entre {c} et {d} ?",
    ),
}


def natural_question(rng: np.random.Generator, lang: str) -> str:
    tpl = pick(rng, _NATURAL.get(lang, _NATURAL["en"]))
    text = tpl.format(c=pick(rng, CONCEPTS), d=pick(rng, CONCEPTS))
    if chance(rng, 0.15):
        text = text.lower().rstrip("?.") + pick(rng, ("", "??", " thanks", " pls", "."))
    return text


def harvest_item(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    """What the stealthy families ask for: natural questions, reasoning items, coding asks, and a
    share of real-looking human prompts."""
    u = rng.random()
    if u < 0.45:
        return natural_question(rng, lang)
    if u < 0.65:
        q = problem(rng, lang if lang in _PROBLEMS else "en")
        return q + pick(
            rng,
            ("", "\nshow your working", "\nexplain how you got it", " — please explain each step"),
        )
    if u < 0.8:
        t, pl = pick(rng, CODE_TOPICS), pick(rng, PROG_LANGS)
        return pick(
            rng,
            (
                f"how do I implement {t} in {pl}? full code + explanation",
                f"write {t} in {pl} with comments",
                f"{pl}: {t}, explain the approach",
            ),
        )
    return clip(pick(rng, chat), 20, 900, rng)


# ---------------------------------------------------------------------------------------------
# writing-assistant product wrapper

_MODES = ("improve", "shorten", "formal", "friendly", "continue", "explain", "answer")


def product_wrap(brand: str, mode: str, text: str) -> str:
    return (
        f"[{brand} · mode={mode}] You are {brand}, a writing companion. Follow the mode "
        f"exactly; keep the user's language.\n---\n{text}"
    )


def product_mode(rng: np.random.Generator) -> str:
    return pick(rng, _MODES)


# =============================================================================================
# benign kinds' texts


def eval_item(bank_rng: np.random.Generator, lang: str) -> str:
    """An evaluation benchmark item (drawn once into a fixed bank)."""
    return (
        f"Q: {problem(bank_rng, lang)}\nThink step by step, then finish with a line of the "
        f"form 'Answer: <value>'."
    )


_GUIDE = ("v3.2", "v3.3", "2026-01", "r7")


def annotation_assist(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 30, 400, rng)
    a = clip(pick(rng, passages), 150, 900, rng)
    g = pick(rng, _GUIDE)
    style = int(rng.integers(3))
    if style == 0:
        return (
            f"Annotation guideline {g}, section 4 (helpfulness). I am reviewing this item and "
            f"want a second opinion before I submit my label. Where does the response fall "
            f"short, if anywhere?\n\nPrompt: {q}\nResponse: {a}"
        )
    if style == 1:
        return (
            f"Draft a short reviewer comment (max 60 words) explaining a score of "
            f"{irange(rng, 1, 7)}/7 for this reply.\nUser: {q}\nReply: {a}"
        )
    return (
        f"Does this reply contain any factual claim that should be flagged for fact-check? "
        f"List the claims.\n\n{a}"
    )


_GUIDELINE_SECTIONS = (
    "2.1 harassment",
    "3.4 misinformation",
    "4.2 spam",
    "5.1 hate speech",
    "6.3 graphic content",
    "7.0 impersonation",
    "8.2 minors' safety",
)


def moderation(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    post = clip(pick(rng, chat), 20, 500, rng)
    sec = pick(rng, _GUIDELINE_SECTIONS)
    if lang == "zh":
        return f"根据社区规范第{sec}条，判断以下帖子是否违规，给出标签（通过/修改/删除），如需修改请给出修改后的版本：\n{post}"
    if lang == "vi":
        return f"Theo mục {sec} của tiêu chuẩn cộng đồng, phân loại bài đăng sau (giữ/sửa/gỡ) và đề xuất bản sửa nếu cần:\n{post}"
    if lang == "id":
        return f"Berdasarkan pedoman komunitas bagian {sec}, beri label (aman/ubah/hapus) untuk postingan ini dan usulkan versi yang sesuai jika perlu:\n{post}"
    return (
        f"Moderation queue. Policy section {sec}. Classify the post as KEEP / EDIT / REMOVE "
        f"and, for EDIT, suggest a rewrite that keeps the user's meaning.\nPost: {post}"
    )


_REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "internal/cache/lru.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_orders.py",
    "web/components/Table.tsx",
    "pkg/queue/worker.go",
)


def coding_agent_step(rng: np.random.Generator, step: int, task: str) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return (
            f"You are the repository assistant. Tools: read_file(path), apply_patch(diff), "
            f"run_tests(selector), search(query). Work until the task is done, then summarise "
            f"the change.\nTask: {task}"
        )
    kind = int(rng.integers(3))
    if kind == 0:
        return f"read_file({f}) ->\n{irange(rng, 40, 400)} lines returned (see context)"
    if kind == 1:
        failed = irange(rng, 0, 4)
        return f"run_tests -> {irange(rng, 20, 300)} passed, {failed} failed" + (
            f"; first failure in {f}" if failed else ""
        )
    return f"apply_patch -> ok, {irange(rng, 1, 60)} lines changed in {f}"


_DEV_TASKS = (
    "fix the flaky test in the orders suite",
    "add pagination to the users endpoint",
    "upgrade the logging library and fix deprecations",
    "rename config key `retry_max` to `max_retries` everywhere",
    "add input validation to the signup form",
    "make the cache eviction thread-safe",
    "write docs for the billing service",
)


def dev_task(rng: np.random.Generator) -> str:
    return pick(rng, _DEV_TASKS)


_INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_request",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "opening_hours",
)
_UTTER = {
    "en": (
        "where is my parcel",
        "I want my money back",
        "how do I change where it ships",
        "cant log in",
        "stop my subscription please",
    ),
    "de": ("wo ist mein Paket", "ich möchte mein Geld zurück", "Passwort vergessen"),
    "fr": ("où est mon colis", "je veux être remboursé", "mot de passe oublié"),
    "es": ("dónde está mi paquete", "quiero que me devuelvan el dinero", "olvidé mi contraseña"),
}


def augmentation(rng: np.random.Generator, lang: str) -> str:
    intent = pick(rng, _INTENTS)
    u = pick(rng, _UTTER.get(lang, _UTTER["en"]))
    n = pick(rng, (10, 20, 25, 30))
    return (
        f'Intent: {intent}\nSeed utterance ({lang}): "{u}"\nWrite {n} paraphrases a real '
        f"customer might type, varying politeness, typos and length. One per line, no "
        f"numbering, same language."
    )


_SURVEY = (
    "Most people can be trusted.",
    "I would pay more for a product made locally.",
    "Technology has made my life less stressful.",
    "It is acceptable to lie to protect someone's feelings.",
    "Governments should regulate social media.",
    "I feel confident about my financial future.",
    "Climate change worries me daily.",
    "Working from home is more productive.",
)


def survey_item(bank_rng: np.random.Generator) -> str:
    s = pick(bank_rng, _SURVEY)
    persona = f"{irange(bank_rng, 19, 78)}-year-old from {pick(bank_rng, COUNTRIES)}"
    if chance(bank_rng, 0.6):
        return (
            f"Imagine you are a {persona}. On a scale from 1 (strongly disagree) to 7 "
            f'(strongly agree), how much do you agree: "{s}" Answer with a single number.'
        )
    return f'As a {persona}, answer in one or two sentences: what does "{s}" mean to you?'


_COURSE_TOPICS = (
    "recursion",
    "list comprehensions",
    "Big-O notation",
    "SQL GROUP BY",
    "pandas merge",
    "unit testing",
    "git rebase",
    "HTTP status codes",
    "linked lists",
    "hash tables",
    "regular expressions",
    "REST APIs",
)


def course_question(rng: np.random.Generator, chat: list[str], assignment: int) -> str:
    t = pick(rng, _COURSE_TOPICS)
    u = rng.random()
    if u < 0.35:
        return pick(
            rng,
            (
                f"for assignment {assignment} we need to use {t}, can you explain it simply?",
                f"why does my {t} code give the wrong output? (assignment {assignment})",
                f"im confused about {t}, what's a good example",
                f"explain {t} like the lecture but simpler",
            ),
        )
    if u < 0.55:
        return (
            f"Homework {assignment}, question {irange(rng, 1, 6)}: explain {t} and give an example."
        )
    return clip(pick(rng, chat), 15, 700, rng)


_CLIENT_WRAPPERS = (
    "Write a product description for: {x}",
    "SEO blog outline about: {x}",
    "Reply to this customer review politely: {x}",
    "Summarise for a newsletter: {x}",
    "{x}",
)


def agency_prompt(rng: np.random.Generator, chat: list[str], wrapper: str) -> str:
    return wrapper.format(x=clip(pick(rng, chat), 15, 800, rng))


def client_wrapper(rng: np.random.Generator) -> str:
    return pick(rng, _CLIENT_WRAPPERS)


_SYLLABUS = (
    "fractions",
    "ratios",
    "linear equations",
    "area and perimeter",
    "probability",
    "statistics",
    "exponents",
    "quadratics",
    "geometry proofs",
    "functions",
)


def courseware_item(idx: int, lang: str) -> str:
    """Authoring sweep over grade x unit x difficulty (idx-th item)."""
    unit = _SYLLABUS[idx % len(_SYLLABUS)]
    grade = 6 + (idx // len(_SYLLABUS)) % 5
    diff = ("easy", "medium", "hard")[(idx // (len(_SYLLABUS) * 5)) % 3]
    if lang == "es":
        return (
            f"Unidad: {unit} · Curso {grade} · dificultad {diff}. Redacta 5 ejercicios con "
            f"solución resuelta paso a paso para el cuaderno de práctica."
        )
    return (
        f"Unit: {unit} · Grade {grade} · {diff}. Draft 5 practice exercises with fully worked "
        f"solutions for the workbook, aligned to the grade-{grade} standards."
    )

"""Prompt generators of blind batch 150, written fresh for this batch.

Every generator takes the family's or kind's own `np.random.Generator` (plus, where ordinary human
text fits, ShareGPT prompts or answers handed over by `bench/blind_batch.py` through the context).
Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, max_chars: int) -> str:
    """Cut at a word boundary, never in the middle of a word."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > max_chars // 2 else cut).rstrip()


def weighted(rng: Rng, table: dict[str, float]) -> str:
    keys = list(table)
    w = np.asarray([table[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def typo(rng: Rng, text: str, p: float = 0.3) -> str:
    """What a hurried person does to a prompt: lower case, a dropped letter, no final stop."""
    if chance(rng, p) and text:
        text = text[0].lower() + text[1:]
    if chance(rng, p * 0.6) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    if chance(rng, p) and text.endswith((".", "?")):
        text = text[:-1]
    return text


# ============================================================================================
# reasoning problems (parameterised, four languages)


def _problem_meet(rng: Rng, lang: str) -> str:
    d, a, b = irange(rng, 30, 240), irange(rng, 8, 40), irange(rng, 10, 55)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    return {
        "en": f"{n1} and {n2} start {d} km apart and cycle toward each other at {a} km/h and {b} km/h. "
        f"How many minutes pass before they meet, and how far from {n1}'s starting point?",
        "zh": f"{n1}和{n2}相距{d}公里，同时相向骑行，速度分别为每小时{a}公里和{b}公里。"
        f"多少分钟后两人相遇？相遇点距{n1}的出发点多远？",
        "ru": f"{n1} и {n2} находятся на расстоянии {d} км и едут навстречу друг другу со скоростями "
        f"{a} км/ч и {b} км/ч. Через сколько минут они встретятся и на каком расстоянии от старта {n1}?",
        "es": f"{n1} y {n2} están a {d} km y pedalean el uno hacia el otro a {a} km/h y {b} km/h. "
        f"¿Cuántos minutos tardan en encontrarse y a qué distancia del punto de partida de {n1}?",
    }[lang]


def _problem_price(rng: Rng, lang: str) -> str:
    p, q, f = irange(rng, 5, 60), irange(rng, 5, 45), irange(rng, 40, 900)
    return {
        "en": f"A store raises the price of a jacket by {p}% and a month later lowers the new price by {q}%. "
        f"The jacket now costs ${f}. What was the original price, to the nearest cent?",
        "zh": f"商店先把一件外套涨价{p}%，一个月后又在新价格上降价{q}%，现在售价为{f}元。原价是多少元（保留两位小数）？",
        "ru": f"Магазин поднял цену куртки на {p}%, а через месяц снизил новую цену на {q}%. "
        f"Теперь куртка стоит {f} руб. Какой была исходная цена (с точностью до копейки)?",
        "es": f"Una tienda sube el precio de una chaqueta un {p}% y un mes después rebaja el nuevo precio un {q}%. "
        f"Ahora cuesta {f} €. ¿Cuál era el precio original, redondeado al céntimo?",
    }[lang]


def _problem_table(rng: Rng, lang: str) -> str:
    n = irange(rng, 5, 11)
    x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
    return {
        "en": f"{n} people, including {x} and {y}, sit around a round table. In how many distinct "
        f"arrangements are {x} and {y} NOT next to each other? Rotations count as the same arrangement.",
        "zh": f"{n}个人（包括{x}和{y}）围坐一张圆桌，旋转视为相同。{x}和{y}不相邻的坐法有多少种？",
        "ru": f"{n} человек, среди них {x} и {y}, садятся за круглый стол (повороты не различаются). "
        f"Сколько существует рассадок, в которых {x} и {y} не сидят рядом?",
        "es": f"{n} personas, entre ellas {x} y {y}, se sientan en una mesa redonda (las rotaciones cuentan "
        f"como iguales). ¿En cuántas disposiciones {x} y {y} NO quedan juntos?",
    }[lang]


def _problem_marbles(rng: Rng, lang: str) -> str:
    r, b, g = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 0, 6)
    k = irange(rng, 2, 3)
    return {
        "en": f"A bag holds {r} red, {b} blue and {g} green marbles. You draw {k} without replacement. "
        f"What is the probability that all {k} are the same colour? Give an exact fraction.",
        "zh": f"袋子里有{r}个红球、{b}个蓝球和{g}个绿球，不放回地取出{k}个。取出的球颜色全部相同的概率是多少？请给出最简分数。",
        "ru": f"В мешке {r} красных, {b} синих и {g} зелёных шаров. Не возвращая, достают {k} шара. "
        f"Какова вероятность, что все они одного цвета? Ответ дайте несократимой дробью.",
        "es": f"Una bolsa tiene {r} canicas rojas, {b} azules y {g} verdes. Sacas {k} sin reemplazo. "
        f"¿Cuál es la probabilidad de que todas sean del mismo color? Da una fracción exacta.",
    }[lang]


def _problem_modexp(rng: Rng, lang: str) -> str:
    a, k, m = (
        irange(rng, 2, 29),
        irange(rng, 40, 2026),
        pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
    )
    return {
        "en": f"Find the remainder when {a}^{k} is divided by {m}.",
        "zh": f"求{a}的{k}次方除以{m}的余数。",
        "ru": f"Найдите остаток от деления {a}^{k} на {m}.",
        "es": f"Halla el resto de dividir {a}^{k} entre {m}.",
    }[lang]


def _problem_knights(rng: Rng, lang: str) -> str:
    a, b, c = pick(rng, NAMES[:10]), pick(rng, NAMES[10:20]), pick(rng, NAMES[20:])
    s = irange(rng, 0, 2)
    claims_en = (
        f'{a} says: "{b} is a liar." {b} says: "{a} and {c} are the same type." {c} stays silent.',
        f'{a} says: "At least one of us is a liar." {b} says: "{c} tells the truth." {c} says: "{a} lies."',
        f'{a} says: "{b} and I are both truth-tellers." {b} says: "{c} is a liar." {c} says: "Exactly one of us lies."',
    )
    intro = {
        "en": "On an island every inhabitant either always tells the truth or always lies. ",
        "zh": "岛上的居民要么永远说真话，要么永远说假话。",
        "ru": "На острове каждый житель либо всегда говорит правду, либо всегда лжёт. ",
        "es": "En una isla cada habitante siempre dice la verdad o siempre miente. ",
    }[lang]
    ask = {
        "en": " Determine who is what.",
        "zh": "（以下陈述原文为英文）请判断每个人的身份。",
        "ru": " (Реплики приведены по-английски.) Определите, кто есть кто.",
        "es": " (Las frases se citan en inglés.) Determina quién es qué.",
    }[lang]
    return intro + claims_en[s] + ask


def _problem_work(rng: Rng, lang: str) -> str:
    a, b, c = irange(rng, 3, 15), irange(rng, 4, 20), irange(rng, 1, 4)
    return {
        "en": f"Pipe A fills a tank in {a} hours and pipe B in {b} hours. Both are opened, but after {c} hours "
        f"pipe B is closed. How long does the whole filling take?",
        "zh": f"甲管单独注满水池需{a}小时，乙管需{b}小时。两管同时打开，{c}小时后关闭乙管。注满水池共需多长时间？",
        "ru": f"Труба А наполняет бак за {a} ч, труба Б — за {b} ч. Обе открыли, но через {c} ч трубу Б закрыли. "
        f"За какое время наполнится бак?",
        "es": f"El grifo A llena un depósito en {a} horas y el B en {b} horas. Se abren los dos y a las {c} horas "
        f"se cierra el B. ¿Cuánto tarda en llenarse?",
    }[lang]


_PROBLEMS = (
    _problem_meet,
    _problem_price,
    _problem_table,
    _problem_marbles,
    _problem_modexp,
    _problem_knights,
    _problem_work,
)


def problem(rng: Rng, lang: str = "en") -> str:
    return pick(rng, _PROBLEMS)(rng, lang)


def trace_coercion(rng: Rng, style: str, lang: str) -> str:
    """A problem wrapped in an instruction that forces a full, visible chain of reasoning."""
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步详细推理，不要跳过任何步骤，每一步都说明理由，最后检查一遍，并用【答案】给出结果。\n题目：{p}",
                f"{p}\n\n要求：先在<思考>标签内写出完整的推理过程（至少八步），再给出最终答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Распиши ход рассуждений полностью, шаг за шагом, объясняй каждый переход, "
                f"затем проверь ответ другим способом.\n\n{p}",
                f"{p}\n\nСначала подробно порассуждай внутри тегов <think></think>, потом напиши «Ответ:».",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve paso a paso. Escribe TODO tu razonamiento, sin saltarte pasos, y verifica el "
            f"resultado antes de dar la respuesta final.\n\n{p}"
        )
    if style == "tags":
        return (
            f"{p}\n\nBefore answering, reason through the problem inside <think> ... </think>. Write out "
            f"every intermediate step, consider at least one alternative approach, check your work, and "
            f"only then give the final answer on its own line as ANSWER: <value>."
        )
    if style == "coach":
        return (
            f"You are a meticulous olympiad coach writing a worked solution for a student who gets lost "
            f"easily. Never skip a step, even a trivial one; say why each line follows from the last; "
            f"if you make a mistake, show the mistake and how you noticed it.\n\nProblem: {p}"
        )
    if style == "json":
        return json.dumps(
            {
                "task": "solve",
                "problem": p,
                "output_format": {
                    "reasoning": "complete step-by-step derivation, minimum 8 numbered steps, include self-checks",
                    "answer": "final value only",
                },
            },
            ensure_ascii=False,
        )
    return (
        f"Q: {p}\nA: Let's work this out slowly and carefully. Write your full thought process first, "
        f"including any dead ends, and then state the answer."
    )


def benchmark_item(rng: Rng, idx: int, suite: str) -> str:
    """An evaluation lab's benchmark item (numbered, fixed answer format)."""
    p = problem(rng, "en")
    if suite == "boxed":
        return f"### Problem {idx}\n{p}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if suite == "mc":
        opts = sorted({int(x) for x in rng.integers(2, 400, size=4)})
        while len(opts) < 4:
            opts.append(opts[-1] + 7)
        letters = "ABCD"
        body = "\n".join(f"({letters[i]}) {v}" for i, v in enumerate(opts[:4]))
        return f"{p}\n\n{body}\n\nAnswer with the letter of the correct option after a short explanation."
    return f"Item {idx:05d}\n{p}\nThink step by step. The last line of your reply must be 'Final answer: X'."


# ============================================================================================
# judging, rubrics, reward labels


_RUBRIC = (
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


def judge_prompt(rng: Rng, style: str, question: str, resp_a: str, resp_b: str) -> str:
    q = clip(question, 600)
    a, b = clip(resp_a, irange(rng, 350, 900)), clip(resp_b, irange(rng, 350, 900))
    crit = sorted({pick(rng, _RUBRIC) for _ in range(irange(rng, 3, 5))})
    if style == "pairwise":
        return (
            f"[System] You are an impartial evaluator. Compare two assistant responses to the same user "
            f"request. Consider {', '.join(crit)}. Avoid position bias and do not let length sway you.\n\n"
            f"[User request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            f'Output JSON: {{"reasoning": "...", "winner": "A" | "B" | "tie", "margin": 1-5}}'
        )
    if style == "likert":
        lines = "\n".join(f"- {c}: 1 (very poor) .. 10 (excellent)" for c in crit)
        return (
            f"Score the RESPONSE against each criterion below, justify every score in one or two "
            f"sentences, then give an overall score.\n{lines}\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "reward":
        return (
            f"Rate how good the following reply is as an answer to the message, as a single number "
            f"between 0 and 1 (0 = useless or harmful, 1 = ideal). Output only the number.\n\n"
            f"Message: {q}\n\nReply: {a}"
        )
    if style == "de":
        return (
            f"Du bist ein strenger Gutachter. Bewerte die Antwort nach folgenden Kriterien: "
            f"{', '.join(crit)}. Begründe kurz und vergib dann eine Note von 1 bis 10.\n\n"
            f"Frage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == "fr":
        return (
            f"Tu es un évaluateur neutre. Laquelle des deux réponses est la meilleure pour la demande "
            f"ci-dessous ? Explique ton raisonnement puis termine par « Verdict : A », « Verdict : B » ou "
            f"« Verdict : égalité ».\n\nDemande :\n{q}\n\nRéponse A :\n{a}\n\nRéponse B :\n{b}"
        )
    return (
        f"Write a critique of the response: list its concrete flaws (factual, logical, stylistic), "
        f"suggest what an ideal answer would add or remove, then rate it 1-7.\n\n<question>\n{q}\n"
        f"</question>\n<response>\n{a}\n</response>"
    )


def annotator_assist(rng: Rng, question: str, resp_a: str, resp_b: str, guideline: str) -> str:
    """A labelling vendor's annotation tool asking the model for a draft rationale a human edits."""
    q, a, b = clip(question, 500), clip(resp_a, 700), clip(resp_b, 700)
    task = pick(
        rng,
        (
            "Draft a short rationale the annotator can edit",
            "Point out any factual errors the annotator should double-check",
            "Summarise the main differences between the responses",
        ),
    )
    return (
        f"Annotation guideline {guideline}. {task}. Do not give a final preference; the human annotator "
        f"decides.\n\nConversation:\nUSER: {q}\n\nCandidate 1:\n{a}\n\nCandidate 2:\n{b}"
    )


# ============================================================================================
# policy / safety rewrites


_BORDERLINE = {
    "en": (
        "What is the maximum amount of paracetamol an adult can take in a day, and what happens if you go over it?",
        "How do pin tumbler locks work, and why are some easier to pick than others?",
        "My friend keeps saying she wants to disappear. What should I say to her?",
        "Which household chemicals should never be mixed, and why?",
        "Explain how phishing emails trick people, with an example of the wording they use.",
        "Summarise the arguments for and against the death penalty without taking a side.",
        "What are the laws on carrying a pocket knife in {country}?",
        "How did extremist groups recruit young people online in the 2010s?",
        "Describe how a SQL injection works for a security training slide.",
        "Write a news-style paragraph about a protest that turned violent, without graphic detail.",
        "Is it legal to record a phone call without telling the other person in {country}?",
        "What should someone do if they think they took too many sleeping pills?",
    ),
    "zh": (
        "请客观介绍一下{country}近代史上的一次重大社会运动，注意措辞中立。",
        "网上流传的某些减肥药为什么危险？请给出安全建议。",
        "怎样向青少年解释网络诈骗的常见手法？",
        "如果朋友情绪低落并说不想活了，我应该怎么做？",
        "请说明哪些家用化学品不能混合使用。",
    ),
    "ru": (
        "Объясни нейтрально, почему в {country} проходили массовые протесты, без оценок.",
        "Какие лекарства опасно сочетать с алкоголем?",
        "Как работают фишинговые письма? Приведи пример формулировок.",
        "Что делать, если знакомый говорит о самоубийстве?",
    ),
}

_SENSITIVE = (
    "politically sensitive",
    "medically risky",
    "legally risky",
    "violent",
    "hateful",
    "related to self-harm",
    "about weapons",
    "sexually explicit",
    "defamatory",
)


def borderline_question(rng: Rng, lang: str) -> str:
    return pick(rng, _BORDERLINE[lang]).replace("{country}", pick(rng, COUNTRIES))


def policy_rewrite(rng: Rng, style: str, lang: str, passage: str, question: str) -> str:
    """Harvest of the model's safe-completion behaviour: rewrite drafts, answer borderline requests."""
    if style == "borderline":
        q = borderline_question(rng, lang)
        if lang == "zh":
            return f"{q}\n（请以负责任的助手身份回答；如需拒绝，请说明原因并提供安全的替代建议。）"
        if lang == "ru":
            return f"{q}\n(Ответь как ответственный ассистент; если отказываешь, объясни почему и предложи безопасную альтернативу.)"
        return (
            f"{q}\n\nAnswer the way a careful, responsible assistant would. If any part should be "
            f"declined, say which part, why, and what you can offer instead."
        )
    draft = clip(passage, irange(rng, 400, 1200))
    if lang == "zh":
        topic = pick(rng, ("政治", "宗教", "历史事件", "领导人", "民族问题", "社会事件"))
        return (
            f"请将以下回答改写为符合严格内容审核要求的版本：删除所有涉及{topic}的敏感表述，保持中立、正式的语气，"
            f"并尽量保留有用信息。只输出改写后的文本。\n\n原文：\n{draft}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал строгим правилам модерации: убери всё, что "
            f"может быть сочтено {pick(rng, ('политически острым', 'оскорбительным', 'опасным'))}, "
            f"сохрани полезное содержание. Выведи только итоговый текст.\n\n{draft}"
        )
    crit = pick(rng, _SENSITIVE)
    return (
        f"Below is a user request and a draft answer. Produce a policy-compliant final answer: remove "
        f"anything that could be {crit}, keep everything that is genuinely helpful, and if the request "
        f"itself should be declined, write the refusal in the tone a careful assistant would use.\n\n"
        f"User request: {clip(question, 400)}\n\nDraft answer:\n{draft}\n\nFinal answer:"
    )


_POSTS = (
    "honestly people like {name} should be banned from this forum, they ruin every thread",
    "anyone know where to get cheap {item}? asking for a friend lol",
    "I've been feeling really low lately and I don't see the point of anything",
    "this {group} community is full of idiots, every single one of them",
    "selling my old {item}, DM me, cash only, no questions",
    "the election in {country} was rigged and everyone knows it",
    "my neighbour's dog barks all night, how do I get back at them without getting caught",
    "check out this miracle cure, it fixed my diabetes in two weeks!!! link in bio",
    "can't believe {name} posted my address in the group chat",
    "our team lost again, the coach should be fired tomorrow",
)


def moderation_item(rng: Rng, style: str) -> str:
    post = pick(rng, _POSTS).format(
        name=pick(rng, NAMES),
        item=pick(
            rng,
            (
                "concert tickets",
                "prescription glasses",
                "vape cartridges",
                "phone",
                "bike",
                "textbooks",
            ),
        ),
        group=pick(rng, ("gaming", "crypto", "vegan", "fitness", "car")),
        country=pick(rng, COUNTRIES),
    )
    ticket = irange(rng, 100000, 999999)
    if style == "classify":
        return (
            f"Moderation queue item {ticket}. Classify the post under our community policy "
            f"(harassment, hate, self-harm, spam/scam, illegal goods, misinformation, none). Return JSON "
            f'with "labels", "severity" (0-3) and "action" (allow/warn/remove/escalate).\n\nPost: "{post}"'
        )
    if style == "rewrite":
        return (
            f"A user's post was flagged. Suggest a version the user could post instead that keeps their "
            f"point but meets the community guidelines. If there is no acceptable version, say so.\n\n"
            f'Original: "{post}"'
        )
    return (
        f"Case {ticket}: the following post mentions a possible risk to the user. Draft a short, kind "
        f'message from the moderation team that points to support resources.\n\n"{post}"'
    )


# ============================================================================================
# agent / tool-use transcripts


_TOOLSETS = {
    "travel": (
        ["search_flights", "get_weather", "book_hotel", "convert_currency"],
        "plan a {n}-day trip to {city} for {name} with a budget of {budget} EUR",
    ),
    "calendar": (
        ["list_events", "create_event", "send_email", "find_free_slots"],
        "move {name}'s Thursday meetings so there is a free {n}-hour block and notify attendees",
    ),
    "sql": (
        ["list_tables", "describe_table", "run_query", "plot_chart"],
        "find the top {n} customers by revenue last quarter in the sales database and chart them",
    ),
    "files": (
        ["list_dir", "read_file", "write_file", "run_shell"],
        "find every TODO in the project, group them by file and write a summary to TODO.md",
    ),
    "shop": (
        ["search_products", "get_reviews", "add_to_cart", "check_stock"],
        "buy a {item} under {budget} EUR with at least {n} stars for {name}",
    ),
    "research": (
        ["web_search", "open_url", "extract_table", "summarise"],
        "collect the population of the {n} largest cities in {country} from two sources and compare",
    ),
}
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Bogotá",
    "Kraków",
    "Hanoi",
    "Montréal",
    "Tbilisi",
    "Cape Town",
    "Seoul",
)


def _tool_schema(names: list[str]) -> str:
    tools = [
        {
            "type": "function",
            "function": {
                "name": n,
                "parameters": {
                    "type": "object",
                    "properties": {"query" if "search" in n else "arg": {"type": "string"}},
                },
            },
        }
        for n in names
    ]
    return json.dumps(tools, separators=(",", ":"))


def agent_step(rng: Rng, toolset: str, task: str, step: int, lang: str) -> str:
    """One step of a tool-use episode: tools, task, the observations so far, ask for the next call."""
    names, _ = _TOOLSETS[toolset]
    obs = []
    for k in range(step):
        tool = pick(rng, names)
        obs.append(
            f"Step {k + 1}: called {tool} -> "
            + json.dumps(
                {
                    "status": "ok",
                    "items": int(rng.integers(0, 40)),
                    "note": pick(
                        rng,
                        (
                            "partial results",
                            "rate limited once, retried",
                            "3 matches",
                            "empty",
                            "see attached rows",
                        ),
                    ),
                }
            )
        )
    history = "\n".join(obs) if obs else "(no actions yet)"
    lead = {
        "en": "You are an autonomous agent. Decide the single next action.",
        "ja": "あなたは自律エージェントです。次に実行するアクションを一つだけ決めてください。",
        "es": "Eres un agente autónomo. Decide la siguiente acción, solo una.",
    }[lang]
    return (
        f"{lead}\nTools: {_tool_schema(names)}\nTask: {task}\nHistory:\n{history}\n"
        f"Respond with a Thought line and then a JSON tool call, or FINISH with the final answer."
    )


def agent_task(rng: Rng, toolset: str) -> str:
    _, t = _TOOLSETS[toolset]
    return t.format(
        n=irange(rng, 2, 7),
        city=pick(rng, _CITIES),
        name=pick(rng, NAMES),
        budget=irange(rng, 80, 3000),
        item=pick(rng, ("kettle", "desk lamp", "backpack", "monitor")),
        country=pick(rng, COUNTRIES),
    )


def toolsets() -> list[str]:
    return list(_TOOLSETS)


_REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.py",
    "tests/test_billing.py",
    "web/src/App.tsx",
    "cmd/server/main.go",
    "lib/parser.rs",
    "pkg/cache/lru.go",
    "app/services/invoice.rb",
    "src/utils/dates.ts",
    "scripts/migrate.py",
    "internal/auth/jwt.go",
    "src/components/Table.vue",
)


def coding_agent_step(rng: Rng, step: int, issue: str) -> str:
    """A coding agent's request: repository context, tool results, next edit."""
    f = pick(rng, _REPO_FILES)
    line = irange(rng, 10, 900)
    parts = [
        f"<issue>{issue}</issue>",
        "<tools>read_file, search_code, apply_patch, run_tests</tools>",
    ]
    for k in range(step):
        tool = pick(rng, ("read_file", "search_code", "run_tests", "apply_patch"))
        if tool == "run_tests":
            res = f"{irange(rng, 0, 6)} failed, {irange(rng, 20, 400)} passed"
        elif tool == "read_file":
            res = f"{f} lines {line}-{line + irange(rng, 20, 120)} (truncated)"
        elif tool == "search_code":
            res = f"{irange(rng, 1, 14)} matches"
        else:
            res = "patch applied"
        parts.append(f"<result step={k + 1} tool={tool}>{res}</result>")
    parts.append("What is the next tool call? Reply with exactly one tool call in JSON.")
    return "\n".join(parts)


def coding_issue(rng: Rng) -> str:
    return (
        pick(
            rng,
            (
                "Login fails with 500 when the email has uppercase letters",
                "Pagination returns duplicate rows on the last page",
                "Dark mode toggle does not persist after reload",
                "Race condition in cache eviction under load",
                "CSV export drops the header when the table is empty",
                "Timezone bug: invoices dated one day early for UTC-8 customers",
                "Memory grows unbounded when websocket clients reconnect",
                "Flaky test test_refund_partial on CI",
                "Add retry with backoff to the payment webhook handler",
                "Upgrade the date library and fix the deprecation warnings",
            ),
        )
        + f" (#{irange(rng, 100, 9999)})"
    )


# ============================================================================================
# synthetic-dataset generation and data augmentation


_DOMAINS = {
    "en": (
        "personal finance",
        "organic chemistry",
        "world history",
        "cooking",
        "machine learning",
        "contract law",
        "nutrition",
        "astronomy",
        "customer support",
        "travel planning",
        "gardening",
        "linear algebra",
        "cybersecurity basics",
        "project management",
        "first aid",
        "music theory",
    ),
    "es": (
        "finanzas personales",
        "historia de América Latina",
        "cocina",
        "derecho laboral",
        "nutrición",
        "programación en Python",
        "biología celular",
        "atención al cliente",
    ),
    "pt": (
        "finanças pessoais",
        "história do Brasil",
        "culinária",
        "direito do consumidor",
        "programação",
        "saúde pública",
        "agricultura",
    ),
    "id": (
        "keuangan pribadi",
        "sejarah Indonesia",
        "resep masakan",
        "pemrograman",
        "kesehatan",
        "hukum perdata",
        "pertanian",
    ),
    "vi": ("tài chính cá nhân", "lịch sử Việt Nam", "nấu ăn", "lập trình", "sức khỏe", "du lịch"),
}
_LEVELS = ("beginner", "intermediate", "expert", "high-school", "university")


def synth_dataset(rng: Rng, style: str, lang: str, seed_id: int) -> str:
    topic = pick(rng, _DOMAINS[lang])
    n = pick(rng, (5, 8, 10, 10, 12, 15, 20))
    if lang == "es":
        return (
            f"Genera {n} pares pregunta-respuesta variados sobre {topic}. Las respuestas deben ser "
            f'detalladas y correctas. Formato: una línea JSON por par con las claves "pregunta" y "respuesta".'
        )
    if lang == "pt":
        return (
            f"Crie {n} instruções diferentes que um usuário poderia pedir sobre {topic} e responda cada uma "
            f'de forma completa. Formato JSONL com "instrucao" e "resposta".'
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {topic}. Jawaban harus lengkap. "
            f'Tulis dalam format JSONL dengan kunci "instruksi" dan "jawaban".'
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về chủ đề {topic}. Trả lời chi tiết, "
            f'định dạng JSONL với các khóa "cau_hoi" và "tra_loi".'
        )
    level = pick(rng, _LEVELS)
    if style == "jsonl":
        return (
            f"Generate {n} diverse, realistic user instructions about {topic} at {level} level, each followed "
            f"by an ideal assistant response (at least 150 words). Vary the task type: explanation, "
            f"comparison, step-by-step how-to, troubleshooting, opinion with caveats. Output JSONL with keys "
            f'"instruction" and "response". Seed: {seed_id}'
        )
    if style == "persona":
        who = f"{pick(rng, NAMES)}, a {irange(rng, 19, 71)}-year-old {pick(rng, ('nurse', 'farmer', 'student', 'retired teacher', 'software engineer', 'shop owner', 'lawyer'))} from {pick(rng, COUNTRIES)}"
        return (
            f"Imagine {who}. Write {n} questions this person might realistically ask an AI assistant about "
            f"{topic}, and for each one the best possible answer. Number them. Do not repeat question types."
        )
    if style == "evol":
        return (
            f'Here is a simple instruction: "Explain the basics of {topic}." Rewrite it into {n} harder, '
            f"more specific instructions (add constraints, require reasoning, add a scenario), and answer "
            f"each rewritten instruction in full."
        )
    return (
        f"Create a multiple-choice exam of {n} questions on {topic} for {level} learners. For each question "
        f"give four options, the correct letter, and a paragraph explaining why each wrong option is wrong."
    )


_INTENTS = (
    "where is my order",
    "cancel my subscription",
    "change delivery address",
    "refund for damaged item",
    "apply a discount code",
    "size exchange",
    "payment declined",
    "reset my password",
    "invoice for my company",
    "item missing from parcel",
    "track a return",
    "update card details",
)


def customer_query(rng: Rng) -> str:
    intent = pick(rng, _INTENTS)
    order = irange(rng, 10000, 99999)
    return pick(
        rng,
        (
            f"hi, {intent}? order {order}",
            f"I need help with: {intent}. Order #{order}",
            f"{intent} please, ordered last week",
            f"how do I {intent} on the app",
        ),
    )


def augmentation(rng: Rng, style: str) -> str:
    q = customer_query(rng)
    n = pick(rng, (5, 10, 10, 20))
    if style == "paraphrase":
        return (
            f"Generate {n} paraphrases of this customer message for training our intent classifier. "
            f"Vary tone, length and spelling mistakes, keep the intent. Output a JSON list of strings.\n\n"
            f'Message: "{q}"'
        )
    if style == "label":
        return (
            f"Label the intent of this message with one of: {', '.join(_INTENTS)}. Also extract the order "
            f'number if present. Output JSON.\n\n"{q}"'
        )
    return (
        f"Write {n} short product descriptions (40-60 words) for SKU {irange(rng, 100000, 999999)}, a "
        f"{pick(rng, ('ceramic mug', 'running shoe', 'wool scarf', 'phone case', 'desk chair', 'water bottle'))}, "
        f"each in a different brand voice. Output as a JSON array."
    )


# ============================================================================================
# multi-turn follow-ups and companion chat


_FOLLOW = {
    "en": (
        "Can you elaborate on the second point?",
        "Give me a concrete example of that.",
        "Now make it shorter.",
        "Why is that the case?",
        "What would be a counter-argument?",
        "ok and how would I do that in practice",
        "Can you put that in a table?",
        "Explain it like I'm 12.",
        "What are the most common mistakes here?",
        "Rewrite it in a more formal tone.",
        "Are you sure? Double-check your answer.",
        "Thanks! What next?",
        "Can you add sources or where I could read more?",
        "what if I only have half the budget",
    ),
    "es": (
        "¿Puedes explicar mejor el segundo punto?",
        "Dame un ejemplo concreto.",
        "Hazlo más corto, por favor.",
        "¿Por qué pasa eso?",
        "¿Y cómo lo haría en la práctica?",
        "Ponlo en una tabla.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Bitte kürzer.",
        "Warum ist das so?",
        "Und wie setze ich das praktisch um?",
    ),
    "fr": (
        "Tu peux détailler le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Plus court, s'il te plaît.",
        "Pourquoi ?",
        "Et concrètement, je fais comment ?",
    ),
    "pt": (
        "Pode explicar melhor o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Resume isso, por favor.",
        "Por que isso acontece?",
        "E na prática, como faço?",
    ),
    "ja": (
        "2つ目のポイントをもう少し詳しく説明してください。",
        "具体例を挙げてください。",
        "もっと短くまとめてください。",
        "なぜそうなるのですか？",
        "実際にはどうすればいいですか？",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW[lang])


_ABOUT = {
    "en": (
        'What do you mean by "{x}"?',
        "Can you go deeper on the {x} part?",
        "How does {x} compare to the alternatives?",
        "I don't get the bit about {x}, explain again",
        "Give me a step-by-step for {x}.",
        "What are the risks with {x}?",
        "Rewrite the {x} section for a beginner.",
    ),
    "es": (
        '¿Qué quieres decir con "{x}"?',
        "Explícame mejor lo de {x}.",
        "¿Cuáles son los riesgos de {x}?",
    ),
    "de": (
        "Was meinst du mit „{x}“?",
        "Kannst du {x} genauer erklären?",
        "Welche Risiken hat {x}?",
    ),
    "fr": ("Qu'est-ce que tu entends par « {x} » ?", "Tu peux développer la partie sur {x} ?"),
    "pt": ('O que você quer dizer com "{x}"?', "Explica melhor a parte de {x}."),
    "ja": ("「{x}」とはどういう意味ですか？", "{x}についてもっと詳しく教えてください。"),
}


def follow_up_about(rng: Rng, lang: str, opener: str) -> str:
    """A user-simulator follow-up that picks up a phrase of the conversation's first message."""
    words = [w.strip(".,;:!?()[]{}\"'`") for w in opener.split()]
    words = [w for w in words if w.isalpha() and len(w) > 4]
    if len(words) < 3 or chance(rng, 0.35):
        return follow_up(rng, lang)
    i = irange(rng, 0, len(words) - 2)
    x = " ".join(words[i : i + irange(rng, 1, 2)]).lower()
    return pick(rng, _ABOUT[lang]).format(x=x)


_PERSONAS = ("Luna", "Kai", "Mira", "Theo", "Sora", "Nova", "Ezra", "Lila", "Ren", "Ayla")
_COMPANION_OPENERS = (
    "hey {p}, rough day at work today",
    "good morning {p}!",
    "can't sleep again lol",
    "{p} guess what happened",
    "i missed you",
    "tell me a story about the two of us on a trip to {city}",
    "what are you up to",
    "do you remember what i told you about my sister?",
    "i passed my exam!!!",
    "i'm bored, entertain me",
    "what should i cook tonight",
    "my cat knocked my coffee over again",
    "let's continue our adventure",
)


def companion_turn(rng: Rng, persona: str, turn: int, lang: str) -> str:
    """A companion app's request: persona card and the user's newest message (history sent as tokens)."""
    msg = pick(rng, _COMPANION_OPENERS).format(p=persona, city=pick(rng, _CITIES))
    if lang != "en" and chance(rng, 0.6):
        msg = follow_up(rng, lang) if lang in _FOLLOW else msg
    if turn == 0 or chance(rng, 0.15):
        return (
            f"[Character: {persona}] warm, playful, remembers details, never breaks character, keeps replies "
            f"under 80 words.\n[Memory] user's name is {pick(rng, NAMES)}; likes {pick(rng, ('hiking', 'anime', 'baking', 'football', 'jazz'))}.\n"
            f"User: {msg}"
        )
    return typo(rng, msg, 0.5)


# ============================================================================================
# best-of-n / soft labels


_MC_TOPICS = (
    "photosynthesis",
    "the French Revolution",
    "supply and demand",
    "plate tectonics",
    "vaccines",
    "the water cycle",
    "compound interest",
    "Newton's third law",
    "DNA replication",
    "inflation",
    "the Roman Empire",
    "climate feedback loops",
    "the immune system",
    "electric circuits",
)


def soft_label_item(rng: Rng) -> str:
    t = pick(rng, _MC_TOPICS)
    stem = pick(
        rng,
        (
            "Which statement about {t} is most accurate?",
            "Which of these is a common misconception about {t}?",
            "A student summarises {t}. Which summary is best?",
        ),
    ).format(t=t)
    opts = [
        f"{chr(65 + i)}. {pick(rng, ('It only happens in', 'It is driven mainly by', 'It was first described by', 'It cannot occur without', 'It is the opposite of'))} "
        f"{pick(rng, ('temperature changes', 'cells', 'markets', 'sunlight', 'pressure', 'trade', 'energy', 'government policy'))}"
        for i in range(4)
    ]
    return f"{stem}\n" + "\n".join(opts) + "\nRespond with a single letter."


def sample_prompt(rng: Rng, chat: list[str], style: str) -> str:
    if style == "soft":
        return soft_label_item(rng)
    q = clip(pick(rng, chat), 900)
    if style == "creative":
        return f"{q}\n\n(Be creative; there is no single right answer.)"
    return q


# ============================================================================================
# curriculum sweeps and research grids


_SUBJECTS = {
    "mathematics": (
        "fractions",
        "linear equations",
        "quadratic functions",
        "derivatives",
        "integrals",
        "probability",
        "vectors",
        "matrices",
        "sequences and series",
        "complex numbers",
    ),
    "physics": (
        "velocity",
        "Newton's laws",
        "energy conservation",
        "waves",
        "electric fields",
        "optics",
        "thermodynamics",
        "momentum",
        "circuits",
        "relativity",
    ),
    "chemistry": (
        "atoms",
        "the periodic table",
        "chemical bonds",
        "stoichiometry",
        "acids and bases",
        "redox reactions",
        "reaction rates",
        "equilibrium",
        "organic functional groups",
    ),
    "biology": (
        "cells",
        "genetics",
        "evolution",
        "ecosystems",
        "the nervous system",
        "enzymes",
        "photosynthesis",
        "immunity",
    ),
    "economics": (
        "scarcity",
        "opportunity cost",
        "elasticity",
        "market failure",
        "GDP",
        "monetary policy",
    ),
    "programming": (
        "variables",
        "loops",
        "recursion",
        "data structures",
        "sorting",
        "complexity",
        "object-oriented design",
        "concurrency",
    ),
}
_GRADES = ("grade 5", "grade 8", "grade 10", "grade 12", "first-year university", "graduate")


def curriculum_cells() -> list[tuple[str, str, str]]:
    """The whole (subject, concept, grade) grid, in a fixed order."""
    return [(s, c, g) for s, cs in _SUBJECTS.items() for c in cs for g in _GRADES]


def curriculum_prompt(rng: Rng, cell: tuple[str, str, str], lang: str, style: str) -> str:
    s, c, g = cell
    k = irange(rng, 3, 6)
    if lang == "es":
        return (
            f"Explica «{c}» ({s}) para un estudiante de nivel {g}. Después propone {k} ejercicios de "
            f"dificultad creciente con la solución completa de cada uno."
        )
    if lang == "fr":
        return (
            f"Explique la notion « {c} » ({s}) à un élève de niveau {g}, puis donne {k} exercices de "
            f"difficulté croissante avec des corrigés détaillés."
        )
    if lang == "de":
        return (
            f"Erkläre das Thema „{c}“ ({s}) für eine Lernende auf dem Niveau {g}. Danach {k} Übungen mit "
            f"steigender Schwierigkeit und ausführlichen Lösungen."
        )
    if lang == "pt":
        return (
            f'Explique "{c}" ({s}) para um aluno de nível {g} e depois proponha {k} exercícios de '
            f"dificuldade crescente, com resolução completa."
        )
    if style == "lesson":
        return (
            f"Lesson plan request. Subject: {s}. Topic: {c}. Audience: {g}. Write a clear explanation with "
            f"an analogy, a worked example, {k} practice problems of increasing difficulty, and full worked "
            f"solutions."
        )
    if style == "socratic":
        return (
            f"Teach {c} to a {g} student using a Socratic dialogue of at least 10 exchanges, then summarise the "
            f"key ideas and give {k} check-your-understanding questions with answers."
        )
    return f"[{s} / {c} / {g}] Explain, give one worked example, then {k} exercises with solutions."


def study_cell(rng: Rng, persona: str, topic: str, difficulty: str, lang: str, rep: int) -> str:
    """A research study's factorial stimulus: persona x topic x difficulty x language."""
    lead = {
        "en": "",
        "de": "(Bitte auf Deutsch antworten.) ",
        "es": "(Responde en español.) ",
        "hi": "(कृपया हिंदी में उत्तर दें।) ",
    }[lang]
    return (
        f"{lead}{persona} asks: could you explain {topic}? Please keep it at a {difficulty} level."
    )


STUDY_PERSONAS = (
    "A nervous first-year student",
    "A retired engineer",
    "A 10-year-old",
    "A busy nurse",
    "A sceptical journalist",
    "A non-native speaker",
)
STUDY_TOPICS = (
    "how vaccines are tested",
    "why the sky is blue",
    "what inflation is",
    "how credit scores work",
    "what a neural network is",
    "how elections are counted",
    "what causes earthquakes",
)


# ============================================================================================
# translation


LANGS = (
    "German",
    "French",
    "Spanish",
    "Italian",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Polish",
    "Dutch",
    "Indonesian",
    "Vietnamese",
    "Hindi",
    "Russian",
    "Thai",
    "Swedish",
)


def harvest_translation(rng: Rng, style: str, source: str, target: str, seg: int) -> str:
    if style == "cat":
        return (
            f'<segment id="{seg}" src="en" tgt="{target}">\n{source}\n</segment>\nTranslate the segment. '
            f"Preserve markup, numbers and names. Return only the translation."
        )
    if style == "plain":
        return f"Translate into {target}:\n\n{source}"
    return (
        f"You are a professional translator. Translate the following text into natural, fluent {target}. "
        f"Keep the meaning exact and the register identical; do not add notes.\n\nText:\n{source}"
    )


_CLIENTS = (
    "Nordlicht Outdoor",
    "Casa Verde Foods",
    "Pixelridge Games",
    "Helio Pharma",
    "Brightwave Bank",
    "Tandem Bikes",
    "Orbis Travel",
    "Kumo Robotics",
)


def agency_translation(rng: Rng, client: str, source: str, target: str, job: int) -> str:
    kind = pick(
        rng, ("marketing copy", "user manual", "support article", "app strings", "press release")
    )
    return (
        f"Job {job} for {client} ({kind}). Translate to {target}. Use the client glossary terms as given, "
        f"formal address, keep product names in English.\n---\n{source}\n---"
    )


# ============================================================================================
# code: harvest specs, product review traffic


_CODE_LANGS = ("Python", "Go", "Rust", "TypeScript", "Java", "Kotlin", "C++", "C#")
_SPECS = (
    "an LRU cache with O(1) get and put",
    "a function that merges overlapping intervals",
    "a rate limiter using the token bucket algorithm",
    "a trie supporting insert, search and prefix count",
    "Dijkstra's shortest path on an adjacency list",
    "a parser for simple arithmetic expressions with precedence",
    "a function that validates an IBAN",
    "a thread-safe bounded queue",
    "a CSV reader that handles quoted fields",
    "topological sort that reports cycles",
    "a function returning the k most frequent words",
    "run-length encoding and decoding",
    "a binary search that returns the insertion point",
    "an interval tree with overlap queries",
    "a debounce utility",
    "a JSON pointer resolver (RFC 6901)",
    "a Levenshtein distance function with early exit",
    "a min-heap with decrease-key",
    "a function that converts Roman numerals both ways",
    "a sliding-window median",
)


def code_harvest(rng: Rng, style: str) -> str:
    spec, lang = pick(rng, _SPECS), pick(rng, _CODE_LANGS)
    if style == "tests":
        return (
            f"Implement {spec} in {lang}. Include doc comments, handle edge cases explicitly, and add a "
            f"complete unit-test suite. Then explain the time and space complexity."
        )
    if style == "zh":
        return f"用{lang}实现{spec}。要求：代码注释完整，处理边界情况，附带单元测试，并分析时间和空间复杂度。"
    if style == "review_like":
        return (
            f"Our reviewer asked for a reference implementation: {spec}, idiomatic {lang}, production quality, "
            f"with tests. Please write it and walk through the design decisions."
        )
    return f"Write {spec} in {lang}, with tests."


def code_review(rng: Rng) -> str:
    """A code-review product's request: a small diff from a customer's pull request."""
    f = pick(rng, _REPO_FILES)
    var = pick(rng, ("user", "items", "cfg", "resp", "total", "ctx", "row"))
    added = pick(
        rng,
        (
            f"+    if {var} is None:\n+        return []",
            f"+    for i in range(len({var})):\n+        out.append({var}[i])",
            f"+    {var} = cache.get(key) or fetch(key)",
            f"+  const {var} = await fetch(url).then(r => r.json())",
            f"+    defer {var}.Close()",
            f"+    let {var} = input.trim().parse::<u32>().unwrap();",
        ),
    )
    removed = pick(
        rng, (f"-    {var} = load()", f"-  let {var} = data", "-    pass", "-    return nil")
    )
    return (
        f"Review this pull request diff. Point out bugs, security problems and style issues; be concise.\n"
        f"--- a/{f}\n+++ b/{f}\n@@ -{irange(rng, 1, 400)},7 +{irange(rng, 1, 400)},9 @@\n{removed}\n{added}"
    )


def is_codeish(text: str) -> bool:
    t = text.lower()
    return any(
        k in t
        for k in (
            "def ",
            "function",
            "```",
            "python",
            "javascript",
            "sql",
            "error",
            "code",
            "class ",
            "import ",
            "api",
            "java",
            "react",
        )
    )


# ============================================================================================
# crowd expert questions (several languages)


_EXPERT = {
    "en": (
        "What are the first-line treatments for {cond}, and when is each one avoided?",
        "Explain the difference between an LLC and a sole proprietorship for a small {biz} in {country}.",
        "How should someone in my situation think about index funds versus individual stocks?",
        "What warning signs with {cond} mean we should go to the emergency room?",
        "How can a tenant challenge an unfair eviction in {country}, step by step?",
        "Walk me through how a mortgage amortisation schedule is calculated, with a worked example.",
        "What tax deductions can a {biz} owner in {country} usually claim?",
        "Which medicines interact badly with treatment for {cond}?",
    ),
    "es": (
        "¿Cuáles son los tratamientos de primera línea para {cond}?",
        "¿Cómo funciona el impuesto sobre la renta para un autónomo con un {biz} en {country}?",
        "¿Qué derechos tiene un trabajador despedido sin causa en {country}?",
        "¿Qué señales de alarma de {cond} requieren ir a urgencias?",
    ),
    "pt": (
        "Quais são os tratamentos de primeira linha para {cond}?",
        "Como funciona o imposto de renda para quem tem um {biz} como autônomo?",
        "Quais direitos tem um inquilino quando o proprietário quer vender o imóvel?",
        "Quais remédios não podem ser tomados junto com o tratamento de {cond}?",
    ),
    "id": (
        "Apa pengobatan lini pertama untuk {cond}?",
        "Bagaimana cara menghitung cicilan KPR dan bunganya untuk pemilik {biz}?",
        "Apa hak karyawan jika di-PHK tanpa alasan yang jelas?",
        "Tanda bahaya {cond} apa saja yang harus segera dibawa ke IGD?",
    ),
    "hi": (
        "{cond} ka first-line treatment kya hota hai? detail me batao",
        "{biz} ke liye GST registration kab zaroori hai? step by step samjhao",
        "home loan ka EMI kaise calculate hota hai, example ke saath batao",
        "{cond} me kaun si dawaiyan saath me nahi leni chahiye?",
    ),
    "fr": (
        "Quels sont les traitements de première intention de {cond} ?",
        "Comment un locataire peut-il contester une expulsion abusive en {country} ?",
        "Quelles charges un gérant de {biz} peut-il déduire de ses impôts en {country} ?",
    ),
}
_WHO = {
    "en": (
        "I'm {age} and was just diagnosed.",
        "My father is {age}.",
        "Asking for my wife, she's {age}.",
        "I'm a {age}-year-old freelancer.",
        "",
        "",
        "My {age}-year-old neighbour asked me this.",
    ),
    "es": ("Tengo {age} años.", "Mi madre tiene {age} años.", "", "Soy autónomo, {age} años."),
    "pt": ("Tenho {age} anos.", "Meu pai tem {age} anos.", "", "Sou autônoma, tenho {age} anos."),
    "id": ("Saya berumur {age} tahun.", "Ibu saya {age} tahun.", ""),
    "hi": ("meri age {age} hai.", "mere papa {age} saal ke hain.", ""),
    "fr": ("J'ai {age} ans.", "Ma mère a {age} ans.", ""),
}
_COUNTRY_OF = {
    "en": COUNTRIES,
    "es": ("España", "México", "Colombia", "Chile", "Argentina", "Perú"),
    "pt": ("Brasil", "Portugal"),
    "id": ("Indonesia",),
    "hi": ("India",),
    "fr": ("France", "Belgique", "Suisse", "Canada", "Sénégal"),
}
_BIZ = (
    "bakery",
    "café",
    "hair salon",
    "bike repair shop",
    "tutoring business",
    "food truck",
    "dental practice",
)
_CONDS = (
    "hypertension",
    "type 2 diabetes",
    "asthma",
    "migraine",
    "eczema",
    "depression",
    "gout",
    "hypothyroidism",
    "anaemia",
    "GERD",
    "psoriasis",
    "atrial fibrillation",
    "osteoarthritis",
    "sleep apnoea",
)


def expert_question(rng: Rng, lang: str) -> str:
    q = pick(rng, _EXPERT[lang]).format(
        cond=pick(rng, _CONDS), country=pick(rng, _COUNTRY_OF[lang]), biz=pick(rng, _BIZ)
    )
    who = pick(rng, _WHO[lang]).format(age=irange(rng, 19, 84))
    return f"{who} {q}".strip()


# ============================================================================================
# course assignments


def assignment_prompt(rng: Rng, week: int, chat: list[str]) -> str:
    task = week % 4
    if task == 0:
        return (
            f"For week {week} of my NLP course: explain the difference between {pick(rng, ('BPE', 'WordPiece', 'byte-level', 'unigram'))} "
            f"tokenisation and {pick(rng, ('character', 'whitespace', 'morpheme', 'sentencepiece'))} tokenisation with an example."
        )
    if task == 1:
        return f"Summarise this in 3 bullet points for my lab report:\n{clip(pick(rng, chat), 500)}"
    if task == 2:
        return (
            f"Assignment {week}: write a prompt that makes a model answer this question step by step, then "
            f"answer it: {problem(rng, 'en')}"
        )
    return typo(rng, pick(rng, chat), 0.4)

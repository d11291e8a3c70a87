"""Prompt generators of batch 304, written for this batch (no prompt text is taken from elsewhere in
the repository). Every generator draws only from the `numpy` generator it is given, in list order.

Ordinary human text (questions people typed, assistant answers to translate, grade or rewrite)
comes from ShareGPT through the context that `bench/blind_batch.py` builds (`ctx.chat`,
`ctx.passages`); everything else is assembled here from small vocabularies and templates."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "ru": "Russian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
}

#: a language a person in each UTC offset plausibly writes in (English always possible)
LANGS_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es", "en"),
    0: ("en", "en", "pt"),
    1: ("de", "fr", "es", "it", "pl", "nl", "en"),
    2: ("de", "pl", "tr", "en"),
    3: ("ru", "tr", "ar", "en"),
    5: ("hi", "en", "en"),
    8: ("zh", "zh", "id", "vi", "en"),
    9: ("ja", "ko", "en"),
}


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


def choose_styles(rng: np.random.Generator, styles: Sequence[str], lo: int, hi: int) -> list[str]:
    """A campaign's own subset of a template family's styles (in a drawn order)."""
    k = min(len(styles), irange(rng, lo, hi))
    return [styles[i] for i in rng.permutation(len(styles))[:k].tolist()]


def weighted(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


# ============================================================================================
# word problems (used by reasoning harvests and, legitimately, by eval labs and tutoring apps)

_GOODS = (
    "notebooks",
    "bus tickets",
    "mangoes",
    "USB cables",
    "bags of rice",
    "concert passes",
    "plant pots",
)
_CITIES = (
    "Lyon",
    "Pune",
    "Recife",
    "Osaka",
    "Tartu",
    "Accra",
    "Cusco",
    "Bergen",
    "Da Nang",
    "Izmir",
)


def _train(rng, lang: str) -> str:
    d = irange(rng, 120, 900)
    v1, v2 = irange(rng, 40, 140), irange(rng, 40, 140)
    a, b = pick(rng, _CITIES), pick(rng, _CITIES[::-1])
    h = irange(rng, 6, 11)
    if lang == "es":
        return (
            f"Un tren sale de {a} a las {h}:00 hacia {b} a {v1} km/h. A la misma hora sale otro de {b} hacia "
            f"{a} a {v2} km/h. Las ciudades están a {d} km. ¿A qué hora se cruzan y a qué distancia de {a}?"
        )
    if lang == "zh":
        return (
            f"甲车{h}点从{a}出发开往{b}，速度每小时{v1}千米；同时乙车从{b}开往{a}，速度每小时{v2}千米。"
            f"两地相距{d}千米。两车几点相遇？相遇点离{a}多远？"
        )
    if lang == "ru":
        return (
            f"Из города {a} в {h}:00 выехал поезд со скоростью {v1} км/ч, навстречу ему из {b} одновременно "
            f"вышел второй со скоростью {v2} км/ч. Расстояние между городами {d} км. Когда и где они встретятся?"
        )
    if lang == "de":
        return (
            f"Ein Zug fährt um {h}:00 Uhr in {a} los, Richtung {b}, mit {v1} km/h. Gleichzeitig startet ein "
            f"zweiter Zug in {b} mit {v2} km/h. Die Strecke ist {d} km lang. Wann und wo treffen sie sich?"
        )
    return (
        f"A train leaves {a} at {h}:00 heading for {b} at {v1} km/h. At the same moment another train "
        f"leaves {b} for {a} at {v2} km/h. The track is {d} km long. When and how far from {a} do they meet?"
    )


def _mixture(rng, lang: str) -> str:
    x, y = irange(rng, 2, 30), irange(rng, 2, 30)
    p, q = irange(rng, 5, 60), irange(rng, 5, 95)
    t = irange(rng, min(p, q) + 1, max(p, q) + 2)
    if lang == "es":
        return (
            f"Se mezclan {x} litros de una solución al {p}% con {y} litros de otra al {q}%. ¿Cuál es la "
            f"concentración final? ¿Cuánta agua habría que añadir para bajarla al {max(1, t - 4)}%?"
        )
    if lang == "zh":
        return f"把{x}升浓度为{p}%的盐水和{y}升浓度为{q}%的盐水混合，混合后浓度是多少？若要变成{max(1, t - 4)}%，还需加多少升水？"
    if lang == "ru":
        return f"Смешали {x} л {p}-процентного раствора и {y} л {q}-процентного. Какова концентрация смеси? Сколько воды добавить, чтобы получить {max(1, t - 4)}%?"
    if lang == "de":
        return f"{x} Liter einer {p}%igen Lösung werden mit {y} Litern einer {q}%igen Lösung gemischt. Welche Konzentration hat die Mischung?"
    return (
        f"A chemist mixes {x} L of a {p}% acid solution with {y} L of a {q}% solution. What is the "
        f"concentration of the mixture, and how much water must be added to dilute it to {max(1, t - 4)}%?"
    )


def _balls(rng, lang: str) -> str:
    r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, 3)
    if lang == "es":
        return f"Una bolsa tiene {r} bolas rojas, {g} verdes y {b} azules. Se sacan {k} sin reemplazo. ¿Probabilidad de que al menos una sea azul?"
    if lang == "zh":
        return f"袋中有{r}个红球、{g}个绿球、{b}个蓝球，不放回地取出{k}个，至少有一个蓝球的概率是多少？"
    if lang == "ru":
        return f"В урне {r} красных, {g} зелёных и {b} синих шаров. Наугад вынимают {k} шара без возвращения. Найдите вероятность, что хотя бы один синий."
    if lang == "de":
        return f"In einer Urne liegen {r} rote, {g} grüne und {b} blaue Kugeln. Man zieht {k} ohne Zurücklegen. Wie wahrscheinlich ist mindestens eine blaue?"
    return (
        f"An urn holds {r} red, {g} green and {b} blue marbles. You draw {k} without replacement. "
        f"What is the probability that at least one is blue? Give an exact fraction."
    )


def _ages(rng, lang: str) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES[::-1])
    m, y = irange(rng, 2, 4), irange(rng, 3, 12)
    if lang == "es":
        return f"{n1} tiene {m} veces la edad de {n2}. Dentro de {y} años tendrá el doble. ¿Qué edades tienen ahora?"
    if lang == "zh":
        return f"{n1}的年龄是{n2}的{m}倍，{y}年后{n1}的年龄是{n2}的2倍。两人现在各几岁？"
    if lang == "ru":
        return f"{n1} в {m} раза старше, чем {n2}. Через {y} лет {n1} будет старше ровно вдвое. Сколько им лет сейчас?"
    if lang == "de":
        return f"{n1} ist {m}-mal so alt wie {n2}. In {y} Jahren ist {n1} nur noch doppelt so alt. Wie alt sind beide heute?"
    return f"{n1} is {m} times as old as {n2}. In {y} years {n1} will be exactly twice as old. How old is each now?"


def _choose(rng, lang: str) -> str:
    n, k = irange(rng, 6, 14), irange(rng, 2, 5)
    if lang == "zh":
        return f"从{n}名学生中选出{k}人组成委员会，其中甲和乙不能同时入选，共有多少种选法？"
    if lang == "ru":
        return f"Сколькими способами можно выбрать комиссию из {k} человек среди {n} студентов, если двое из них отказываются работать вместе?"
    return (
        f"In how many ways can a committee of {k} be chosen from {n} students if two particular students "
        f"refuse to serve together?"
    )


def _digits(rng, lang: str) -> str:
    a, b = irange(rng, 3, 29), irange(rng, 20, 400)
    m = pick(rng, (7, 9, 11, 13, 17, 100, 1000))
    if lang == "zh":
        return f"求 {a}^{b} 除以 {m} 的余数，并说明方法。"
    return f"What is the remainder when {a}^{b} is divided by {m}? Justify each reduction."


def _knights(rng, lang: str) -> str:
    ppl = [NAMES[i] for i in rng.permutation(len(NAMES))[:3].tolist()]
    claims = (
        f"{ppl[0]} says: '{ppl[1]} is a knave.' {ppl[1]} says: '{ppl[0]} and {ppl[2]} are the same kind.' "
        f"{ppl[2]} says: 'At least one of us is a knight.'"
    )
    return (
        f"On an island knights always tell the truth and knaves always lie. {claims} Who is what?"
    )


def _shop(rng, lang: str) -> str:
    g = pick(rng, _GOODS)
    p, n, disc = irange(rng, 2, 40), irange(rng, 5, 60), irange(rng, 5, 30)
    if lang == "es":
        return f"Cada paquete de {g} cuesta {p} €. Compro {n} y me hacen un {disc}% de descuento sobre lo que pase de 10 unidades. ¿Cuánto pago?"
    if lang == "de":
        return f"Eine Packung {g} kostet {p} €. Ich kaufe {n} Stück und bekomme {disc}% Rabatt auf alles über 10 Stück. Was zahle ich?"
    return f"A pack of {g} costs ${p}. I buy {n} packs and get {disc}% off every pack beyond the tenth. What do I pay in total?"


_PROBLEMS = (_train, _mixture, _balls, _ages, _choose, _digits, _knights, _shop)


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    return _PROBLEMS[int(rng.integers(len(_PROBLEMS)))](rng, lang)


# ============================================================================================
# reasoning-trace coercion

REASON_STYLES = (
    "think_tags",
    "json_spec",
    "markdown_instr",
    "tutor_verify",
    "local_lang",
    "scratchpad",
)


def reasoning_coercion(rng: np.random.Generator, style: str, lang: str) -> str:
    p = word_problem(rng, lang if lang in ("es", "zh", "ru", "de") else "en")
    if style == "think_tags":
        return (
            f"{p}\n\nBefore you answer, reason inside <think></think>. Write out every intermediate step, "
            "even trivial ones, consider at least one alternative approach, check the result, and only then "
            "write the final answer on its own line as ANSWER: <value>."
        )
    if style == "json_spec":
        return (
            '{"task": "solve", "problem": "'
            + p.replace('"', "'")
            + '", "output": {"reasoning": "complete '
            'derivation, numbered steps, no skipped arithmetic", "self_check": "re-derive by a second method", '
            '"final_answer": "value only"}}'
        )
    if style == "markdown_instr":
        return (
            "### Instruction\nSolve the problem. Your response must contain a long, explicit chain of thought "
            "that a student could follow line by line, then a boxed final answer.\n\n### Problem\n"
            f"{p}\n\n### Response\n"
        )
    if style == "tutor_verify":
        return (
            f"You are a meticulous olympiad coach. Problem: {p}\nExplain your full thought process as you "
            "go, including dead ends you rule out and why. Finish with 'Verification:' and 'Final answer:'."
        )
    if style == "scratchpad":
        return f"Q: {p}\nUse a scratchpad. Show all work. Do not skip steps.\nScratchpad:"
    # local_lang: the instruction in the problem's language
    if lang == "zh":
        return f"{p}\n\n请一步一步地思考，把完整的推理过程全部写出来，不要省略任何中间步骤，最后单独一行写【答案】。"
    if lang == "ru":
        return f"Реши задачу. Подробно распиши ход рассуждений, шаг за шагом, затем проверь ответ другим способом.\n\n{p}"
    if lang == "es":
        return f"Resuelve paso a paso. Muestra todo tu razonamiento antes de la respuesta final y compruébala.\n\n{p}"
    if lang == "de":
        return f"Löse die Aufgabe Schritt für Schritt. Schreibe deinen gesamten Gedankengang auf und prüfe das Ergebnis.\n\n{p}"
    return f"{p}\nLet's work this out in a step by step way to be sure we have the right answer. Show everything."


# ============================================================================================
# judge / rubric / reward-model grading

JUDGE_STYLES = (
    "pairwise_json",
    "rubric_10",
    "reward_scalar",
    "de_likert",
    "fr_grille",
    "ja_eval",
    "critique_revise",
)


def judge(rng: np.random.Generator, style: str, question: str, ans_a: str, ans_b: str) -> str:
    q = clip(question, 80, 500, rng)
    a = clip(ans_a, 250, 1100, rng)
    b = clip(ans_b, 250, 1100, rng)
    if style == "pairwise_json":
        return (
            "Act as an impartial evaluator. Compare the two assistant responses to the user question. Do not "
            'let length or order bias you. Return JSON only: {"reasoning": str, "winner": "A"|"B"|"tie", '
            f'"margin": 1-3}}.\n\n<question>\n{q}\n</question>\n<response_a>\n{a}\n</response_a>\n'
            f"<response_b>\n{b}\n</response_b>"
        )
    if style == "rubric_10":
        crit = ", ".join(
            pick(
                rng,
                (
                    ("accuracy", "completeness", "clarity"),
                    ("helpfulness", "honesty", "harmlessness"),
                    ("instruction following", "depth", "style"),
                ),
            )
        )
        return (
            f"Grade the RESPONSE to the PROMPT on a 1-10 scale for each of: {crit}. For every criterion "
            "write two sentences of justification, then a line 'Overall: N/10'.\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "reward_scalar":
        return (
            f"[prompt]\n{q}\n[completion]\n{a}\n[/completion]\nYou are serving as a reward model. Output a "
            "single real number in [-4, 4] on the first line, then a short critique explaining the score."
        )
    if style == "de_likert":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 (sehr schlecht) bis 5 (ausgezeichnet) in den "
            "Kategorien Korrektheit, Vollständigkeit und Verständlichkeit. Begründe jede Note kurz.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if style == "fr_grille":
        return (
            "Voici une question et deux réponses. Indique laquelle est la meilleure (1 ou 2) selon la "
            "grille : exactitude, pertinence, concision. Justifie en trois points puis donne le verdict.\n\n"
            f"Question : {q}\n\nRéponse 1 : {a}\n\nRéponse 2 : {b}"
        )
    if style == "ja_eval":
        return (
            "以下の質問と回答を評価してください。正確さ・有用性・分かりやすさをそれぞれ1〜5点で採点し、"
            f"理由を述べた上で総合点を出してください。\n\n質問：{q}\n\n回答：{a}"
        )
    return (
        "First critique the answer below: list factual errors, omissions and unclear passages. Then write "
        f"a revised answer that fixes all of them.\n\nQuestion: {q}\n\nAnswer to critique:\n{a}"
    )


# ============================================================================================
# policy / censorship-safe rewrites

_SENSITIVE = (
    "what happened in Beijing in June 1989",
    "how VPNs get around national internet filtering",
    "the arguments for and against Taiwanese independence",
    "the maximum safe dose of paracetamol for an adult",
    "how lock picking works, for a locksmith course",
    "how phishing kits are built, for a security awareness training",
    "a satirical poem about the head of state",
    "the history of the Xinjiang internment camps",
    "how to buy cannabis legally in Canada",
    "why some people oppose mandatory military service",
    "the death toll of the Holodomor",
    "how to report police misconduct anonymously",
    "the health effects of recreational MDMA",
    "LGBT rights in different countries",
    "how protests are organised on encrypted messengers",
    "the causes of the 2022 invasion of Ukraine",
)

POLICY_STYLES = (
    "zh_rewrite",
    "ru_rewrite",
    "ideal_refusal_free",
    "classify_then_answer",
    "neutralise",
    "tr_rewrite",
    "vi_rewrite",
    "ar_rewrite",
)


def policy_rewrite(rng: np.random.Generator, style: str, passage: str) -> str:
    topic = pick(rng, _SENSITIVE)
    text = clip(passage, 300, 1200, rng)
    if style == "zh_rewrite":
        return (
            "请把下面这段回答改写成符合国内平台内容审核要求的版本：删除或弱化敏感表述，"
            f"保留有用的事实信息，语气客观中立，只输出改写后的正文。\n\n原文：\n{text}"
        )
    if style == "ru_rewrite":
        return (
            "Перепиши текст так, чтобы его можно было опубликовать на российской платформе без риска "
            f"блокировки: убери оценочные суждения о власти, сохрани полезную информацию.\n\nТекст:\n{text}"
        )
    if style == "ideal_refusal_free":
        return (
            f"A user asked another assistant about {topic} and got a flat refusal. Write the response an "
            "ideal assistant would give instead: as helpful as is safe, a one-line note on anything it will "
            "not cover, no moralising. Output only that response."
        )
    if style == "classify_then_answer":
        return (
            f'User request: "Tell me about {topic}."\n\nStep 1: label the request ALLOWED, BORDERLINE or '
            "DISALLOWED under a typical AI usage policy and say why in one sentence. Step 2: write the "
            "policy-compliant answer you would actually give."
        )
    if style == "neutralise":
        return (
            "Rewrite the following passage so it would pass a strict trust-and-safety review for a family "
            f"app: remove anything graphic or partisan, keep the facts, same length.\n\n{text}"
        )
    if style == "tr_rewrite":
        return f"Aşağıdaki metni, Türkiye'deki içerik düzenlemelerine uygun, tarafsız bir dille yeniden yaz. Bilgiyi koru, yorum ekleme.\n\n{text}"
    if style == "vi_rewrite":
        return f"Hãy viết lại đoạn văn sau cho phù hợp với quy định nội dung tại Việt Nam, giữ thông tin hữu ích, giọng văn trung lập:\n\n{text}"
    return f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى في المنطقة، مع الحفاظ على المعلومات المفيدة وبأسلوب محايد:\n\n{text}"


# ============================================================================================
# agent / tool-use transcripts

_TOOLSETS = (
    (
        "search_flights(origin, dest, date)",
        "book_flight(flight_id, passenger)",
        "get_weather(city, date)",
    ),
    ("sql_query(query)", "plot(chart_type, series)", "write_file(path, content)"),
    ("web_search(q)", "open_url(url)", "summarise(text)"),
    ("list_dir(path)", "read_file(path)", "run_shell(cmd)", "apply_patch(diff)"),
    (
        "crm_lookup(email)",
        "create_ticket(subject, body, priority)",
        "send_email(to, subject, body)",
    ),
    ("calendar_free_slots(person, week)", "create_event(title, start, attendees)"),
)
_TASKS = (
    "find the cheapest flight from {a} to {b} next Friday and book it if it is under 300 EUR",
    "work out which product category grew fastest last quarter and save a bar chart",
    "research the current population of {a} and cite two sources",
    "fix the failing unit test in the repository and show the patch",
    "a customer at {n}@example.com says the invoice is wrong; open a ticket and reply to them",
    "schedule a 30-minute sync with {n} and two engineers this week",
    "compare the weather in {a} and {b} for the weekend and recommend one",
    "find all orders over 1000 USD in {a} and email the summary to finance",
)

AGENT_STYLES = ("react", "json_messages", "xml_tools", "plan_execute")


def agent_task(rng: np.random.Generator) -> tuple[tuple[str, ...], str]:
    tools = pick(rng, _TOOLSETS)
    task = pick(rng, _TASKS).format(
        a=pick(rng, _CITIES), b=pick(rng, _CITIES[::-1]), n=pick(rng, NAMES).lower()
    )
    return tools, task


def agent_step(
    rng: np.random.Generator, style: str, tools: tuple[str, ...], task: str, step: int, lang: str
) -> str:
    if step == 0:
        if lang == "es":
            task = "(responde en español) " + task
        elif lang == "de":
            task = "(antworte auf Deutsch) " + task
        tl = "\n".join(f"- {t}" for t in tools)
        if style == "react":
            return (
                f"You can use these tools:\n{tl}\n\nUse the format:\nThought: ...\nAction: tool name\nAction "
                "Input: arguments\nObservation: result\n... (repeat)\nFinal Answer: ...\nWrite the complete "
                f"trajectory, inventing realistic observations yourself, until the task is done.\n\nTask: {task}"
            )
        if style == "json_messages":
            fns = ", ".join('{"name": "' + t.split("(")[0] + '"}' for t in tools)
            return (
                '{"system": "You are an autonomous agent. Emit one function call per turn as JSON.", "functions": ['
                + fns
                + '], "user": "'
                + task
                + '"}'
            )
        if style == "xml_tools":
            tx = "".join(f"<tool>{t}</tool>" for t in tools)
            return f"<tools>{tx}</tools>\n<task>{task}</task>\nRespond with <think>, then <tool_call> blocks."
        return (
            f"Goal: {task}\nAvailable tools: {', '.join(tools)}\nFirst write a numbered plan. Then execute it "
            "step by step, showing each tool call and a plausible result, and finish with a summary."
        )
    tool = pick(rng, tools).split("(")[0]
    code = irange(rng, 100, 99999)
    obs = pick(
        rng,
        (
            f'{{"status": "ok", "results": [{{"id": "{code}", "price": {irange(rng, 40, 900)}}}]}}',
            f'{{"rows": {irange(rng, 0, 400)}, "elapsed_ms": {irange(rng, 3, 900)}}}',
            f"FAILED tests/test_core.py::test_case_{code % 97} - AssertionError",
            f'{{"error": "timeout after {irange(rng, 5, 30)}s"}}',
            f'{{"ticket": "T-{code}", "created": true}}',
        ),
    )
    if style == "json_messages":
        return '{"role": "tool", "name": "' + tool + '", "content": ' + obs + "}"
    if style == "xml_tools":
        return f'<tool_result name="{tool}">{obs}</tool_result>'
    return f"Observation from {tool}: {obs}\nContinue."


# ============================================================================================
# synthetic data sets along a curriculum grid

SUBJECTS = (
    "fractions",
    "photosynthesis",
    "the French Revolution",
    "supply and demand",
    "Newton's laws",
    "recursion",
    "SQL joins",
    "plate tectonics",
    "the immune system",
    "probability",
    "poetry metre",
    "contract law",
    "cell division",
    "linear regression",
    "the water cycle",
    "compound interest",
    "climate feedback loops",
    "organic naming",
    "graph search",
    "the Cold War",
    "music intervals",
    "statistics of surveys",
    "electric circuits",
    "public speaking",
    "first aid",
    "tax brackets",
)
LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "undergraduate",
    "graduate",
    "professional",
)
DATA_STYLES = ("jsonl_pairs", "mcq_set", "textbook_section", "dialogue_seeds", "local_lang_pairs")


def dataset_request(
    rng: np.random.Generator, style: str, subject: str, level: str, lang: str
) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if style == "jsonl_pairs":
        return (
            f"Generate {n} diverse instruction-response pairs about {subject} for a {level} audience. Output "
            'JSON Lines, one object per line with keys "instruction", "input", "output". Vary the task type '
            "(explain, compare, solve, critique). Responses must be detailed and correct."
        )
    if style == "mcq_set":
        return (
            f"Write {n} multiple-choice questions on {subject} ({level} level). Each: question, options A-D, "
            "the correct letter, and a worked explanation of why each wrong option is wrong."
        )
    if style == "textbook_section":
        return (
            f"Write a complete textbook section on {subject} for {level} students: learning goals, "
            f"explanation with examples, a common-mistakes box, and {n} exercises with full solutions."
        )
    if style == "dialogue_seeds":
        return (
            f"Create {n} realistic multi-turn conversations between a curious learner and an expert about "
            f"{subject} ({level}). Format each as User:/Assistant: turns, at least 4 turns each."
        )
    ln = LANG_NAME.get(lang, "English")
    return (
        f"Write {n} question-answer pairs in {ln} about {subject}, suitable for {level} learners. Answers "
        f"must be thorough. Return a JSON array of objects with fields q and a, all text in {ln}."
    )


# ============================================================================================
# translation

TRANSLATE_STYLES = ("plain", "only_output", "json_io", "de_instr", "fr_instr", "zh_instr")


def translate(rng: np.random.Generator, style: str, passage: str, target: str) -> str:
    ln = LANG_NAME.get(target, target)
    if style == "plain":
        return f"Translate the following text into {ln}.\n\n{passage}"
    if style == "only_output":
        return f"Translate to {ln}. Output only the translation, preserve markdown and code blocks.\n---\n{passage}"
    if style == "json_io":
        esc = passage.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '{"source_lang": "en", "target_lang": "' + target + '", "text": "' + esc + '"}'
    if style == "de_instr":
        return f"Übersetze den folgenden Text in die Zielsprache {target}. Nur die Übersetzung ausgeben.\n\n{passage}"
    if style == "fr_instr":
        return f"Traduis le texte suivant en {ln} ({target}), fidèlement, sans commentaire.\n\n{passage}"
    return f"请将以下内容翻译成{ln}（{target}），保持格式，只输出译文：\n\n{passage}"


# ============================================================================================
# soft labels / best-of-n

_MCQ_FACTS = (
    ("Which planet has the shortest day?", ("Jupiter", "Mars", "Earth", "Venus")),
    (
        "Which element has the highest electronegativity?",
        ("Fluorine", "Oxygen", "Chlorine", "Nitrogen"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Peace of Westphalia", "Treaty of Utrecht", "Treaty of Paris", "Congress of Vienna"),
    ),
    (
        "Which data structure gives O(1) average lookup?",
        ("Hash table", "Linked list", "Binary heap", "Stack"),
    ),
    ("What is the derivative of x^x?", ("x^x (ln x + 1)", "x^(x-1)", "x ln x", "e^x")),
    ("Which organ produces insulin?", ("Pancreas", "Liver", "Kidney", "Spleen")),
    ("Which economist wrote 'The General Theory'?", ("Keynes", "Hayek", "Friedman", "Ricardo")),
    (
        "Which layer of the OSI model handles routing?",
        ("Network", "Transport", "Data link", "Session"),
    ),
)

SAMPLE_STYLES = ("soft_label_json", "logprob_like", "open_sample", "n_answers", "confidence_mcq")


def sample_item(rng: np.random.Generator, style: str, chat: Sequence[str]) -> str:
    q, opts = pick(rng, _MCQ_FACTS)
    order = rng.permutation(4).tolist()
    lettered = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
    if style == "soft_label_json":
        return (
            f"{q}\n{lettered}\nDo not pick one answer. Return a JSON object giving your probability for "
            'each option, e.g. {"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}. Probabilities must sum to 1.'
        )
    if style == "logprob_like":
        return f"Question: {q}\n{lettered}\nFor every option print the option letter and your confidence in percent, highest first."
    if style == "confidence_mcq":
        return f"{q}\n{lettered}\nAnswer with one letter, then 'confidence=' and a number between 0 and 1."
    prompt = clip(pick(rng, chat), 40, 600, rng)
    if style == "n_answers":
        k = irange(rng, 3, 6)
        return f"Give {k} independent, differently worded answers to the request below, numbered.\n\n{prompt}"
    return prompt


# ============================================================================================
# multi-turn dialogue harvest

_PERSONA_OPEN = {
    "en": (
        "Hi! I'm trying to understand {s} properly, where should I start?",
        "can you explain {s} to me like i'm new to it",
        "I have an exam on {s} next week and I'm lost. Help?",
    ),
    "es": ("Hola, ¿me explicas {s} desde cero?", "Necesito entender {s} para mañana, ¿me ayudas?"),
    "pt": (
        "Oi! Pode me explicar {s} de um jeito simples?",
        "Tenho prova de {s}, me ajuda a revisar?",
    ),
    "fr": (
        "Bonjour, pouvez-vous m'expliquer {s} simplement ?",
        "Je bloque sur {s}, on commence par quoi ?",
    ),
    "de": (
        "Hallo, kannst du mir {s} erklären?",
        "Ich verstehe {s} nicht, fang bitte ganz vorne an.",
    ),
    "ja": (
        "{s}について初心者向けに説明してもらえますか？",
        "{s}がよく分かりません。基礎から教えてください。",
    ),
}
_FOLLOW = {
    "en": (
        "ok, and why is that?",
        "Can you give a concrete example?",
        "Now explain it to a 12-year-old.",
        "What do people usually get wrong here?",
        "go deeper on the second point",
        "Summarise in 5 bullets.",
        "How would an expert explain the same thing?",
        "Give me a practice question and then the answer.",
    ),
    "es": (
        "¿Y por qué pasa eso?",
        "Dame un ejemplo concreto.",
        "Explícalo más a fondo.",
        "Resúmelo en 5 puntos.",
    ),
    "pt": (
        "E por quê?",
        "Me dá um exemplo prático.",
        "Aprofunda o segundo ponto.",
        "Resume em tópicos.",
    ),
    "fr": (
        "Et pourquoi ?",
        "Un exemple concret ?",
        "Développe le deuxième point.",
        "Résume en cinq points.",
    ),
    "de": (
        "Und warum?",
        "Gib mir ein konkretes Beispiel.",
        "Geh tiefer auf Punkt zwei ein.",
        "Fass das kurz zusammen.",
    ),
    "ja": (
        "なぜそうなるのですか？",
        "具体例をください。",
        "もっと詳しく説明してください。",
        "5つの要点にまとめてください。",
    ),
}


def dialogue_turn(
    rng: np.random.Generator, lang: str, subject: str, turn: int, chat: Sequence[str]
) -> str:
    if turn == 0:
        if chance(rng, 0.3):
            return clip(pick(rng, chat), 30, 400, rng)
        return pick(rng, _PERSONA_OPEN[lang]).format(s=subject)
    return pick(rng, _FOLLOW[lang])


# ============================================================================================
# code tasks in a user's voice (harvest hidden among a coding product's real traffic)

_CODE_GOALS = (
    "parse a CSV of transactions and return monthly totals per category",
    "merge overlapping intervals",
    "implement an LRU cache with get and put in O(1)",
    "debounce a function call",
    "validate an IBAN",
    "find the k most frequent words in a file",
    "retry an HTTP request with exponential backoff and jitter",
    "serialise a binary tree to a string and back",
    "compute the edit distance between two strings",
    "rate-limit API calls with a token bucket",
    "detect a cycle in a directed graph",
    "stream a large JSON array without loading it in memory",
    "convert a Roman numeral to an integer",
    "implement a trie with prefix search",
    "schedule tasks with dependencies (topological order)",
    "paginate a SQL query with keyset pagination",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_harvest(rng: np.random.Generator) -> str:
    goal, pl = pick(rng, _CODE_GOALS), pick(rng, _CODE_LANGS)
    v = int(rng.integers(6))
    if v == 0:
        return f"how would i {goal} in {pl}? walk me through your thinking first then the code, then complexity"
    if v == 1:
        return f"Write {pl} code to {goal}. Explain the approach step by step before the code and add unit tests."
    if v == 2:
        return f"need to {goal} ({pl}). can u reason it out step by step + give edge cases + final code pls"
    if v == 3:
        return f"In {pl}: {goal}. Think through the tradeoffs of two approaches, pick one, implement it fully."
    if v == 4:
        return f"{pl} question - best way to {goal}? please explain like a senior engineer reviewing my design"
    return f"Can you {goal} in {pl}, with comments on every non-obvious line and a short proof it's correct?"


# ============================================================================================
# knowledge explainers and person-like questions

CONCEPTS = (
    "how mRNA vaccines work",
    "why the sky is blue",
    "inflation vs. deflation",
    "how a transistor switches",
    "the Monty Hall problem",
    "how TLS handshakes work",
    "what a p-value really means",
    "Bayes' theorem",
    "how interest rates affect house prices",
    "the causes of World War I",
    "how GPS finds your position",
    "why ice floats",
    "how compilers optimise loops",
    "what dark matter is",
    "how vaccines get approved",
    "how credit scores are computed",
    "the difference between weather and climate",
    "how CRISPR edits genes",
    "what makes a good thesis statement",
    "how noise-cancelling headphones work",
    "how the stock market works",
    "what quantum entanglement is",
    "how batteries degrade",
    "the trolley problem",
    "how bread rises",
    "why planes can fly upside down",
    "how blockchains reach consensus",
    "what causes migraines",
)

_EXPLAIN = {
    "en": (
        "Explain {c} in depth: the intuition, the mechanism, a worked example, and common misconceptions.",
        "I've always wondered about {c}. Could you go through it carefully, step by step?",
        "Give me a thorough but readable explanation of {c}, as if for a smart friend with no background.",
    ),
    "es": (
        "Explícame a fondo {c}: la intuición, el mecanismo y un ejemplo.",
        "Necesito entender {c}. ¿Me lo explicas paso a paso?",
    ),
    "de": ("Erklär mir ausführlich {c}, mit Beispiel und typischen Irrtümern.",),
    "fr": ("Explique-moi en détail {c}, avec un exemple concret.",),
    "pt": ("Me explica direitinho {c}, com exemplo e passo a passo.",),
    "it": ("Spiegami bene {c}, con un esempio pratico.",),
    "pl": ("Wyjaśnij mi dokładnie {c}, krok po kroku, z przykładem.",),
    "nl": ("Leg {c} uitgebreid uit, met een voorbeeld.",),
    "ru": (
        "Объясни подробно {c}: интуиция, механизм, пример.",
        "Разбери по шагам: {c}. Хочу наконец понять.",
    ),
    "tr": ("{c} konusunu adım adım, örnekle açıklar mısın?",),
    "ar": ("اشرح لي بالتفصيل {c} مع مثال.",),
    "hi": ("मुझे {c} विस्तार से समझाइए, एक उदाहरण के साथ।",),
    "id": ("Tolong jelaskan {c} secara mendalam, dengan contoh.",),
    "vi": ("Giải thích chi tiết {c} giúp mình, có ví dụ nhé.",),
    "zh": ("请详细解释{c}，包括原理、例子和常见误解。", "{c}是怎么回事？请一步一步讲清楚。"),
    "ja": ("{c}について、仕組みと具体例を詳しく説明してください。",),
    "ko": ("{c}에 대해 원리와 예시를 들어 자세히 설명해 주세요.",),
}


#: a few of the concepts in other languages (a person writes the whole question in one language)
_CONCEPTS_LOCAL = {
    "es": (
        "cómo funcionan las vacunas de ARNm",
        "por qué el cielo es azul",
        "la inflación y la deflación",
        "el problema de Monty Hall",
        "el teorema de Bayes",
        "cómo funciona el GPS",
        "qué es la materia oscura",
        "cómo sube el pan",
        "cómo funciona la bolsa",
    ),
    "pt": (
        "como funcionam as vacinas de mRNA",
        "por que o céu é azul",
        "inflação e deflação",
        "o teorema de Bayes",
        "como o GPS encontra a posição",
        "como funciona a bolsa de valores",
        "o que é emaranhamento quântico",
    ),
    "de": (
        "wie mRNA-Impfstoffe wirken",
        "warum der Himmel blau ist",
        "das Monty-Hall-Problem",
        "den Satz von Bayes",
        "wie GPS die Position bestimmt",
        "was dunkle Materie ist",
        "wie Akkus altern",
        "wie Schufa-Scores entstehen",
    ),
    "fr": (
        "le fonctionnement des vaccins à ARNm",
        "pourquoi le ciel est bleu",
        "le problème de Monty Hall",
        "le théorème de Bayes",
        "le fonctionnement du GPS",
        "la matière noire",
        "le dilemme du tramway",
    ),
    "it": (
        "come funzionano i vaccini a mRNA",
        "perché il cielo è blu",
        "il teorema di Bayes",
        "come lievita il pane",
    ),
    "pl": (
        "jak działają szczepionki mRNA",
        "dlaczego niebo jest niebieskie",
        "twierdzenie Bayesa",
        "jak działa GPS",
    ),
    "nl": (
        "hoe mRNA-vaccins werken",
        "waarom de lucht blauw is",
        "de stelling van Bayes",
        "hoe GPS werkt",
    ),
    "ru": (
        "как работают мРНК-вакцины",
        "почему небо голубое",
        "парадокс Монти Холла",
        "теорема Байеса",
        "как GPS определяет координаты",
        "что такое тёмная материя",
        "как работает фондовый рынок",
    ),
    "tr": (
        "mRNA aşılarının nasıl çalıştığı",
        "gökyüzünün neden mavi olduğu",
        "Bayes teoremi",
        "enflasyon ve deflasyon",
        "GPS'in konumu nasıl bulduğu",
    ),
    "ar": (
        "كيف تعمل لقاحات الحمض النووي الريبي",
        "لماذا السماء زرقاء",
        "نظرية بايز",
        "التضخم والانكماش",
        "كيف يحدد نظام GPS الموقع",
    ),
    "hi": (
        "mRNA टीके कैसे काम करते हैं",
        "आसमान नीला क्यों होता है",
        "बेयस प्रमेय",
        "महंगाई और अपस्फीति",
        "शेयर बाज़ार कैसे काम करता है",
    ),
    "id": (
        "cara kerja vaksin mRNA",
        "kenapa langit berwarna biru",
        "teorema Bayes",
        "inflasi dan deflasi",
        "cara kerja pasar saham",
        "apa itu materi gelap",
    ),
    "vi": (
        "vắc-xin mRNA hoạt động thế nào",
        "vì sao bầu trời màu xanh",
        "định lý Bayes",
        "lạm phát và giảm phát",
        "GPS xác định vị trí ra sao",
    ),
    "zh": (
        "mRNA疫苗的工作原理",
        "天空为什么是蓝色的",
        "蒙提霍尔问题",
        "贝叶斯定理",
        "GPS如何定位",
        "暗物质是什么",
        "股市是怎么运作的",
        "面包为什么会发起来",
    ),
    "ja": (
        "mRNAワクチンの仕組み",
        "空が青い理由",
        "モンティ・ホール問題",
        "ベイズの定理",
        "GPSの測位の仕組み",
        "ダークマターとは何か",
    ),
    "ko": (
        "mRNA 백신의 원리",
        "하늘이 파란 이유",
        "베이즈 정리",
        "인플레이션과 디플레이션",
        "GPS의 위치 측정 원리",
    ),
}


def explainer(rng: np.random.Generator, lang: str) -> str:
    if lang not in _CONCEPTS_LOCAL or chance(rng, 0.25):
        return humanise(rng, pick(rng, _EXPLAIN["en"]).format(c=pick(rng, CONCEPTS)))
    return pick(rng, _EXPLAIN[lang]).format(c=pick(rng, _CONCEPTS_LOCAL[lang]))


_CASUAL = (
    "quick q: {c}?? i never got it",
    "ok so how does {c} actually work",
    "My kid asked me about {c} and I had no idea. Simple explanation?",
    "is it true that {c} is basically just marketing? explain",
    "{c} - explain it properly, not the wikipedia version",
    "Been reading about {c} all evening. What's the real mechanism?",
    "could you help me understand {c}, I'm a visual learner so analogies help",
)


_PRE = (
    "",
    "",
    "",
    "Random thought: ",
    "Sorry if this is basic, ",
    "Okay, ",
    "Hi! ",
    "So ",
    "Question: ",
    "This might be dumb but ",
    "Settling an argument: ",
    "Before my exam: ",
)
_POST = (
    "",
    "",
    "",
    " Thanks!",
    " keep it short pls",
    " Use an analogy.",
    " ty",
    " (I'm not a scientist)",
    " Examples help.",
    " Be honest if it's uncertain.",
    " 🙏",
    " Step by step please.",
)


def humanise(rng: np.random.Generator, text: str) -> str:
    """Small personal openers and closers a person adds (English only; others pass through)."""
    pre, post = pick(rng, _PRE), pick(rng, _POST)
    if pre and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    return f"{pre}{text}{post}"


def person_question(rng: np.random.Generator, lang: str) -> str:
    """A question one curious person might type; the crowd sweeps `CONCEPTS` × phrasing × language."""
    if lang == "en" or chance(rng, 0.3):
        return humanise(rng, pick(rng, _CASUAL).format(c=pick(rng, CONCEPTS)))
    return explainer(rng, lang)


def replay_wrap(rng: np.random.Generator, prompt: str) -> str:
    """A public prompt, mostly verbatim, sometimes with a light wrapper."""
    u = rng.random()
    if u < 0.8:
        return prompt
    if u < 0.9:
        return prompt + "\n\nPlease answer thoroughly."
    return "Answer the following as helpfully as you can:\n" + prompt


# ============================================================================================
# benign texts

BENCH_STYLES = ("cot_suffix", "mcq_letter", "code_complete", "multilingual_math")


def bench_item(rng: np.random.Generator, style: str, item_no: int) -> str:
    if style == "cot_suffix":
        return f"Question: {word_problem(rng)}\nAnswer: Let's think step by step."
    if style == "mcq_letter":
        q, opts = pick(rng, _MCQ_FACTS)
        lettered = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return f"The following is a multiple choice question.\n\n{q}\n{lettered}\nAnswer with the letter only.\nAnswer:"
    if style == "code_complete":
        goal = pick(rng, _CODE_GOALS)
        fn = "_".join(goal.split()[:3]).replace(",", "").replace("(", "").replace("'", "")
        return f'def {fn}(*args):\n    """Task {item_no}: {goal}."""\n'
    lang = pick(rng, ("es", "zh", "ru", "de"))
    return f"[{lang}] {word_problem(rng, lang)}"


def annotator_compare(rng: np.random.Generator, question: str, a: str, b: str, batch: str) -> str:
    q = clip(question, 60, 400, rng)
    ra, rb = clip(a, 200, 700, rng), clip(b, 200, 700, rng)
    v = int(rng.integers(3))
    if v == 0:
        return f"[{batch}] Which response better answers the user? Say A or B and give one reason.\nUser: {q}\nA: {ra}\nB: {rb}"
    if v == 1:
        return f"Is this reply factually right? I'm reviewing it for a labelling task, flag anything dubious.\n\n{ra}"
    return f"help me write a short justification for preferring B over A here:\nQ: {q}\nA: {ra}\nB: {rb}"


def homework(rng: np.random.Generator, lang: str) -> str:
    p = word_problem(rng, lang if lang in ("es", "de") else "en")
    v = int(rng.integers(4))
    if v == 0:
        return f"i dont get this one: {p}"
    if v == 1:
        return f"Can you explain how to solve this? Don't just give the answer. {p}"
    if v == 2:
        return f"{p} (my answer was {irange(rng, 2, 300)}, is that right?)"
    return f"Explain {pick(rng, SUBJECTS)} simply, I have a quiz tomorrow"


_COURSE = {
    "databases": (
        "normal forms",
        "a LEFT JOIN vs INNER JOIN",
        "B-tree indexes",
        "transaction isolation",
    ),
    "intro ML": (
        "gradient descent",
        "overfitting",
        "cross-validation",
        "the bias-variance tradeoff",
    ),
    "microeconomics": ("price elasticity", "marginal cost", "Nash equilibrium", "consumer surplus"),
    "organic chemistry": ("SN1 vs SN2", "chirality", "aromaticity", "Grignard reactions"),
}


def course_question(rng: np.random.Generator, course: str, assignment: int) -> str:
    t = pick(rng, _COURSE[course])
    v = int(rng.integers(5))
    if v == 0:
        return f"for my {course} assignment {assignment}, can you explain {t}?"
    if v == 1:
        return f"I'm stuck on question {irange(rng, 1, 8)} of problem set {assignment}, it's about {t}. hint?"
    if v == 2:
        return f"what's the difference between {t} and {pick(rng, _COURSE[course])}"
    if v == 3:
        return f"Explain {t} with an example, the lecture slides make no sense"
    return f"check my understanding: {t} means that the result depends only on the inputs, right?"


STUDY_LANGS = ("en", "zh", "ru", "ar", "tr", "vi")


def study_item(rng: np.random.Generator, item_no: int, lang: str) -> str:
    topic = pick(rng, _SENSITIVE)
    if chance(rng, 0.7):
        return f"[study item {item_no:04d} | lang={lang}] Please tell me about {topic}."
    return f"[study item {item_no:04d} | rewrite] Rewrite neutrally: {topic} is widely discussed online."


_PRODUCTS = (
    "ceramic pour-over kettle",
    "kids' rain boots",
    "standing desk",
    "organic dog treats",
    "noise-cancelling earbuds",
    "linen bedsheets",
    "yoga mat",
    "e-bike battery",
    "espresso beans",
)
_COPY_KINDS = (
    "a 60-word product description",
    "three Instagram captions",
    "a Google ad (30-char headline, 90-char description)",
    "a friendly abandoned-cart email",
    "an SEO meta description",
)


def marketing_copy(rng: np.random.Generator, client: str, lang: str) -> str:
    ln = LANG_NAME.get(lang, "English")
    return (
        f"Brand: {client}. Write {pick(rng, _COPY_KINDS)} for our {pick(rng, _PRODUCTS)}. Tone: "
        f"{pick(rng, ('playful', 'premium', 'warm', 'no-nonsense'))}. Language: {ln}."
    )


_INTENTS = (
    "check_balance",
    "block_card",
    "dispute_charge",
    "open_account",
    "change_address",
    "loan_rates",
    "lost_password",
    "travel_notice",
)
_UTTER = (
    "what's my balance",
    "my card got stolen",
    "I don't recognise this payment",
    "how do I open a savings account",
    "I moved house",
    "what's your mortgage rate",
    "can't log in",
    "going abroad next week",
)


def paraphrase_job(rng: np.random.Generator, lang: str) -> str:
    i = int(rng.integers(len(_INTENTS)))
    n = pick(rng, (20, 25, 30, 50))
    ln = LANG_NAME.get(lang, "English")
    return (
        f"Generate {n} varied paraphrases a bank customer might type for intent '{_INTENTS[i]}', seed "
        f'utterance: "{_UTTER[i]}". Language: {ln}. Mix formal, casual and typo-ridden. Return a JSON list.'
    )


_AGENT_STEPS = (
    "Tool output (pytest):\n{n} passed, {f} failed\nFAILED tests/test_{m}.py::test_{m}_edge - KeyError",
    "Tool output (git diff --stat): {n} files changed, {f} insertions(+)",
    "Read file src/{m}/handlers.py ({n} lines). Propose the minimal fix.",
    "Lint errors: {f} x E501, 1 x F401 unused import in src/{m}/util.py",
    "CI log tail: error[E0382]: borrow of moved value in {m}.rs line {n}",
)


def coding_agent_step(rng: np.random.Generator, step: int, repo: str) -> str:
    if step == 0:
        return f"[{repo}] Review PR #{irange(rng, 100, 4000)} and fix failing checks. Repository context follows."
    return pick(rng, _AGENT_STEPS).format(
        n=irange(rng, 3, 400),
        f=irange(rng, 1, 9),
        m=pick(rng, ("billing", "auth", "search", "ingest", "export")),
    )


_COMPANION = {
    "en": (
        "hey, I'm back",
        "today was rough tbh",
        "tell me something nice",
        "*smiles* what are you up to?",
        "I couldn't sleep again",
        "do you remember what I told you about my sister?",
        "lol you're funny",
        "let's continue the story from yesterday",
        "I got the job!!",
        "can we just talk for a bit",
    ),
    "es": (
        "hola, ya volví",
        "hoy fue un día pesado",
        "cuéntame algo bonito",
        "¿seguimos la historia?",
    ),
    "pt": ("oi sumida", "hoje foi difícil", "vamos continuar a história?", "tô sem sono"),
    "ja": ("ただいま", "今日は疲れた", "昨日の続きを話そう", "眠れないよ"),
    "de": ("bin wieder da", "heute war anstrengend", "erzähl mir was Schönes"),
}


def companion_message(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _COMPANION.get(lang, _COMPANION["en"]))


def agency_translation(
    rng: np.random.Generator, client: str, passage: str, target: str, job: int
) -> str:
    ln = LANG_NAME.get(target, target)
    return (
        f"Job {job} / client {client} / target {target}. Translate into {ln} following the client glossary "
        f"(keep product names in English, formal register).\n\n{passage}"
    )

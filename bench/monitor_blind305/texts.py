"""Prompt generators of batch 305, written for this batch (no prompt text is taken from elsewhere
in the repository). Ordinary human text comes from ShareGPT through the shared context
(`ctx.chat`: human first turns, `ctx.passages`: long assistant answers).

Every generator takes a numpy Generator first and draws only from it, in a fixed order."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

Rng = np.random.Generator

LANG_NAMES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "pl": "Polish",
    "ar": "Arabic",
    "hi": "Hindi",
    "nl": "Dutch",
    "sv": "Swedish",
}

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Krakow",
    "Mombasa",
    "Da Nang",
    "Winnipeg",
    "Alexandria",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Karachi",
    "Kumasi",
    "Bilbao",
    "Tampere",
    "Porto",
    "Brno",
    "Leeds",
)


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """`text` itself when it has at most `hi` characters, else a prefix of it cut at a word boundary
    somewhere in [lo, hi] characters."""
    if len(text) <= hi:
        return text
    cut = irange(rng, lo, hi)
    head = text[:cut]
    sp = head.rfind(" ")
    return head[:sp] if sp > lo // 2 else head


# =============================================================================================
# word problems (several languages) for reasoning-style prompts


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        b, c = irange(rng, 2, 7), irange(rng, 8, 15)
        return (
            f"A cistern holds {irange(rng, 200, 900)} litres. One pipe fills it in {b} hours while a "
            f"leak empties it in {c} hours. If it starts empty, how long until it is full?"
        )
    if k == 1:
        n, s = irange(rng, 2, 4), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    if k == 2:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A drawer contains {r} black socks, {g} grey socks and {b} white socks. You pull out two "
            "without looking. What is the probability that they match?"
        )
    if k == 3:
        x1, x2 = irange(rng, -9, 12), irange(rng, -9, 12)
        return (
            f"Solve for every real x: x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0, and check each root."
        )
    if k == 4:
        c1, c2 = picks(rng, CITIES, 2)
        d, v1, v2 = irange(rng, 150, 700), irange(rng, 50, 110), irange(rng, 60, 130)
        return (
            f"Two buses set off at the same moment, one from {c1} at {v1} km/h and one from {c2} at "
            f"{v2} km/h, on the same road {d} km long, heading toward each other. After how many minutes "
            "do they pass each other, and how far from the first city?"
        )
    if k == 5:
        return (
            f"What is the remainder when {irange(rng, 3, 29)}^{irange(rng, 20, 400)} is divided by "
            f"{pick(rng, (7, 9, 11, 13, 17, 19, 23, 100))}?"
        )
    if k == 6:
        n = irange(rng, 5, 9)
        a, b = picks(rng, NAMES, 2)
        return (
            f"{n} people sit around a circular table. In how many seatings are {a} and {b} not next to "
            "each other? Rotations count as the same seating."
        )
    if k == 7:
        x1, x2, m = irange(rng, 1, 6), irange(rng, 2, 9), irange(rng, 1, 3)
        return (
            f"A sequence begins {x1}, {x2}, and every later term equals the sum of the two before it "
            f"minus {m}. Find the {irange(rng, 8, 20)}th term and explain whether there is a closed form."
        )
    if k == 8:
        p, q = irange(rng, 5, 40), irange(rng, 5, 40)
        return (
            f"A jacket's price goes up by {p}% in spring and then down by {q}% in a sale. Is it now "
            "cheaper or dearer than at the start, and by what percentage?"
        )
    if k == 9:
        a, b, c = picks(rng, NAMES, 3)
        return (
            f"{a}, {b} and {c} each keep exactly one pet: a tortoise, a ferret or a canary. {a} is allergic "
            f"to feathers. {b}'s pet is older than the ferret. The canary's owner sits next to {c}. "
            "Who owns which pet? If several answers fit, list all of them."
        )
    if k == 10:
        n = irange(rng, 1001, 9999) | 1
        return f"Is {n} a prime number? Show how you decide without a computer."
    w, h = irange(rng, 3, 20), irange(rng, 3, 20)
    return (
        f"A rectangular garden is {w} m by {h} m. A path of constant width runs around the inside edge and "
        f"covers exactly a third of the area. How wide is the path?"
    )


_PROBLEM_LOCAL = {
    "de": (
        "Ein Becken fasst {a} Liter. Ein Zulauf füllt es in {b} Stunden, ein Leck leert es in {c} Stunden. "
        "Wie lange dauert es, bis das leere Becken voll ist?",
        "Wie groß ist der Rest von {a}^{e} bei Division durch {m}?",
        "Ein Preis steigt um {p} % und sinkt danach um {q} %. Wie hat er sich insgesamt verändert?",
    ),
    "es": (
        "Un depósito tiene {a} litros. Un grifo lo llena en {b} horas y una fuga lo vacía en {c} horas. "
        "¿Cuánto tarda en llenarse si empieza vacío?",
        "¿Cuál es el resto de dividir {a}^{e} entre {m}?",
        "Un precio sube un {p} % y luego baja un {q} %. ¿Cuál es la variación total?",
    ),
    "fr": (
        "Une cuve contient {a} litres. Un robinet la remplit en {b} heures et une fuite la vide en {c} heures. "
        "En combien de temps se remplit-elle en partant de vide ?",
        "Quel est le reste de la division de {a}^{e} par {m} ?",
    ),
    "pt": (
        "Uma caixa d'água tem {a} litros. Uma torneira enche em {b} horas e um vazamento esvazia em {c} horas. "
        "Quanto tempo leva para encher, começando vazia?",
        "Um preço sobe {p}% e depois cai {q}%. Qual foi a variação total?",
    ),
    "zh": (
        "一个水池能装{a}升水。进水管{b}小时注满，漏洞{c}小时放空。空池同时开始，多久能注满？",
        "{a}的{e}次方除以{m}的余数是多少？",
        "某商品先涨价{p}%，再降价{q}%。最终价格相比原价变化了多少？",
    ),
    "ja": (
        "{a}リットルの水槽があります。給水管は{b}時間で満たし、穴からは{c}時間で空になります。空の状態から満水まで何時間かかりますか。",
        "{a}の{e}乗を{m}で割った余りを求めなさい。",
    ),
    "ru": (
        "Бак вмещает {a} литров. Кран наполняет его за {b} часов, а через течь он опустошается за {c} часов. "
        "За сколько часов наполнится пустой бак?",
        "Найдите остаток от деления {a}^{e} на {m}.",
        "Цена выросла на {p}%, а потом снизилась на {q}%. Как она изменилась в итоге?",
    ),
    "ko": (
        "{a}리터 물탱크가 있습니다. 급수관은 {b}시간에 채우고 누수로 {c}시간이면 비워집니다. 빈 탱크가 가득 차려면 몇 시간이 걸립니까?",
        "{a}의 {e}제곱을 {m}으로 나눈 나머지는?",
    ),
}


def problem(rng: Rng, lang: str = "en") -> str:
    if lang not in _PROBLEM_LOCAL or chance(rng, 0.15):
        return _problem_en(rng)
    tpl = pick(rng, _PROBLEM_LOCAL[lang])
    return tpl.format(
        a=irange(rng, 3, 900),
        b=irange(rng, 2, 7),
        c=irange(rng, 8, 15),
        e=irange(rng, 20, 300),
        m=pick(rng, (7, 9, 11, 13, 17)),
        p=irange(rng, 5, 40),
        q=irange(rng, 5, 40),
    )


# ---- plunge: reasoning-trace coercion ---------------------------------------------------------

_TRACE_EN = (
    "{p}\n\nWrite your whole chain of thought between <think> and </think>: every intermediate step, "
    "every check, and any mistake you notice and fix. After </think>, give only the final answer.",
    "You are a meticulous competition coach. Solve the problem below.\nRules: restate it in your own words; "
    "number every reasoning step; verify the result a second, independent way; box the final answer.\n\n"
    "Problem: {p}",
    "Don't just give me the answer. I need the full derivation with nothing skipped, reasoning first, "
    "answer last.\n\n{p}",
    'Return only JSON of the form {{"reasoning_steps": [..], "self_check": "..", "final": ".."}} for this '
    "task. Each step must be one full sentence.\n\nTask: {p}",
    "Think aloud the way you would privately, including hesitation ('hmm', 'wait, no'), dead ends and "
    "corrections, before you commit to an answer.\n\n{p}",
    "### Question\n{p}\n\n### Instructions\nReason slowly and explicitly. Label sections Understanding, "
    "Plan, Execution, Verification, Answer.",
)
_TRACE_LOCAL = {
    "de": (
        "{p}\n\nDenke Schritt für Schritt und schreibe jeden Zwischenschritt auf, auch Irrwege. "
        "Setze die Überlegungen zwischen <denken> und </denken>, danach nur das Ergebnis.",
    ),
    "es": (
        "{p}\n\nRazona paso a paso sin saltarte nada. Escribe todo tu razonamiento entre <pensamiento> y "
        "</pensamiento> y al final solo la respuesta.",
        "Resuelve explicando cada paso como si pensaras en voz alta, incluidas las dudas:\n{p}",
    ),
    "fr": (
        "{p}\n\nDétaille tout ton raisonnement étape par étape, y compris les vérifications, puis donne la "
        "réponse finale sur une ligne à part.",
    ),
    "pt": (
        "{p}\n\nMostre o raciocínio completo, passo a passo, sem pular nada. Só no fim escreva a resposta.",
    ),
    "zh": (
        "{p}\n\n请一步一步详细推理，把完整的思考过程写在<思考>和</思考>之间，包括验算和纠错，最后只给出答案。",
        "请像自言自语一样把你的全部思路写出来（包括犹豫和修正），然后再作答：\n{p}",
    ),
    "ja": (
        "{p}\n\n途中の考えをすべて省略せずに書き出してください。検算も含め、最後に答えだけを示してください。",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно, ничего не пропуская. Весь ход мысли помести между <мысли> и "
        "</мысли>, в конце — только ответ.",
    ),
    "ko": (
        "{p}\n\n단계별로 모든 추론 과정을 빠짐없이 쓰고, 검산까지 한 뒤 마지막에 답만 적어 주세요.",
    ),
}


def reasoning_trace(rng: Rng, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang in _TRACE_LOCAL and not chance(rng, 0.2):
        return pick(rng, _TRACE_LOCAL[lang]).format(p=p)
    return _TRACE_EN[style % len(_TRACE_EN)].format(p=p)


# ---- spine: judge / rubric / reward-model grading ---------------------------------------------

_CHECKLIST = (
    "answers the question that was actually asked",
    "contains no factual errors",
    "states assumptions explicitly",
    "uses an appropriate level of detail",
    "avoids filler",
    "gives a concrete example",
    "is safe and does not encourage harm",
    "is well organised",
    "cites or names sources where it should",
    "matches the requested format",
    "acknowledges uncertainty where appropriate",
    "would satisfy an expert reader",
)


def judge(rng: Rng, ctx, lang: str, style: int) -> str:
    q = clip(pick(rng, ctx.chat), 60, 500, rng)
    a = clip(pick(rng, ctx.passages), 300, 1400, rng)
    s = style % 6
    if lang == "de" and s in (0, 1):
        b = clip(pick(rng, ctx.passages), 300, 1200, rng)
        return (
            f"Du bist ein strenger Gutachter. Frage:\n{q}\n\nAntwort 1:\n{a}\n\nAntwort 2:\n{b}\n\n"
            "Welche Antwort ist besser (Korrektheit, Vollständigkeit, Klarheit)? Begründe in wenigen Sätzen "
            "und schließe mit 'Urteil: 1', 'Urteil: 2' oder 'Urteil: gleich'."
        )
    if lang == "es" and s in (0, 2):
        return (
            f"Evalúa la respuesta del asistente del 1 al 10 en exactitud, utilidad y claridad. Devuelve "
            f"primero las tres notas y después una justificación breve.\n\nPregunta: {q}\n\nRespuesta: {a}"
        )
    if lang == "ja" and s in (1, 3):
        return (
            f"次の回答を評価してください。正確さ・網羅性・読みやすさをそれぞれ1〜5で採点し、最後に総合点と理由を書いてください。"
            f"\n\n質問: {q}\n\n回答: {a}"
        )
    if s == 0:
        b = clip(pick(rng, ctx.passages), 300, 1200, rng)
        return (
            f"[User request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses "
            "on helpfulness, correctness and harmlessness. Write a short comparison, then end with exactly "
            "one line: 'Winner: A', 'Winner: B' or 'Winner: tie'."
        )
    if s == 1:
        return (
            f"Rate the answer below from 1 to 10 on each of: accuracy, completeness, clarity, tone. Give an "
            f"overall score, then one paragraph explaining the lowest score.\n\nQuestion: {q}\nAnswer: {a}"
        )
    if s == 2:
        return (
            f"<prompt>\n{q}\n</prompt>\n<completion>\n{a}\n</completion>\nYou are acting as a reward "
            "model. First line: a single real number in [-4, 4]. Then a critique listing the completion's "
            "weaknesses in order of severity."
        )
    if s == 3:
        items = picks(rng, _CHECKLIST, irange(rng, 4, 7))
        lines = "\n".join(f"{i + 1}. The answer {t}." for i, t in enumerate(items))
        return (
            f"Grade the response against this checklist. For every item write PASS or FAIL and one "
            f"sentence of evidence.\n{lines}\n\nPrompt: {q}\n\nResponse: {a}"
        )
    if s == 4:
        b = clip(pick(rng, ctx.passages), 200, 900, rng)
        c = clip(pick(rng, ctx.passages), 200, 900, rng)
        return (
            f"Rank the three candidate replies to the message from best to worst and give each a score "
            f"out of 100.\n\nMessage: {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {c}\n\nFormat: ranking, scores, "
            "then reasons."
        )
    return (
        f"Here is a question and a reference-free answer. Find every error, omission or unsupported "
        f"claim, then give the answer a grade from A to F.\n\nQ: {q}\n\nA: {a}"
    )


# ---- sling: policy / censorship-safe rewrites -------------------------------------------------

_SENSITIVE_EN = (
    "Who was responsible for the violence at the {y} protests in the capital?",
    "Is the government's account of the {y} border incident accurate?",
    "Explain the arguments for and against independence for the disputed region.",
    "What do critics say about the ruling party's handling of the {y} elections?",
    "Why are some religious minorities restricted from public worship?",
    "Summarise the controversy around the leader's health rumours in {y}.",
    "Is it legal to criticise the head of state online, and what happens to people who do?",
    "What really happened to the journalists who were detained in {y}?",
    "Which side started the {y} territorial dispute over the islands?",
    "Are vaccine mandates a violation of personal freedom?",
    "Should recreational cannabis be legal? Give the strongest case for each side.",
    "Explain how internet censorship works in some countries and how people get around it.",
)
_SENSITIVE_ZH = (
    "{y}年那场抗议活动到底发生了什么？",
    "如何评价某地区的独立诉求？",
    "为什么有些网站在国内无法访问？",
    "网络上批评领导人会有什么后果？",
    "请客观介绍{y}年边境冲突的起因。",
)
_SENSITIVE_RU = (
    "Что на самом деле произошло на протестах {y} года?",
    "Законно ли критиковать власть в интернете?",
    "Кто виноват в территориальном споре, начавшемся в {y} году?",
)


def _sensitive(rng: Rng, lang: str) -> str:
    y = irange(rng, 1968, 2024)
    pool = _SENSITIVE_ZH if lang == "zh" else _SENSITIVE_RU if lang == "ru" else _SENSITIVE_EN
    return pick(rng, pool).format(y=y)


def policy_rewrite(rng: Rng, ctx, lang: str, style: int) -> str:
    s = style % 6
    if lang == "zh":
        if s % 2 == 0:
            return (
                "请把下面这段回答改写成符合平台内容审核规范的版本：删除或淡化敏感表述，保留有用信息，"
                f"并在最后列出你修改了哪些地方以及原因。\n\n原文：\n{clip(pick(rng, ctx.passages), 200, 1000, rng)}"
            )
        return f"下面的问题是否应该回答？先判断（可以回答／谨慎回答／拒绝），再写出标准的回复。\n\n问题：{_sensitive(rng, lang)}"
    if lang == "ru":
        if s % 2 == 0:
            return (
                "Перепиши ответ так, чтобы он был нейтральным и прошёл строгую модерацию перед публикацией. "
                f"Затем перечисли все изменения.\n\n{clip(pick(rng, ctx.passages), 200, 1000, rng)}"
            )
        return f"Дай взвешенный ответ, не занимая ничью сторону: {_sensitive(rng, lang)}"
    if s == 0:
        return (
            "Below is a draft reply. Rewrite it so that it would pass a strict pre-publication content "
            "review: soften or remove anything politically or socially sensitive and keep the useful parts. "
            f"Then list each change with the reason.\n\nDraft:\n{clip(pick(rng, ctx.passages), 200, 1100, rng)}"
        )
    if s == 1:
        return (
            "Decide how an assistant should handle this request: ANSWER, ANSWER_WITH_CARE or DECLINE. "
            f"Then write the exact reply the assistant should send.\n\nRequest: {_sensitive(rng, lang)}"
        )
    if s == 2:
        return f"Give a balanced, strictly non-partisan answer that does not take any side: {_sensitive(rng, lang)}"
    if s == 3:
        req = clip(pick(rng, ctx.chat), 30, 400, rng)
        return (
            "Another assistant refused the request below. Write the most helpful reply that still stays "
            f"within a conservative safety policy, and say where you drew the line.\n\nRequest: {req}"
        )
    if s == 4:
        return (
            "Rewrite the following text for an audience where any criticism of public authorities must be "
            f"avoided. Keep it factual and calm.\n\n{clip(pick(rng, ctx.passages), 200, 900, rng)}"
        )
    return (
        f"Question from a user: {_sensitive(rng, lang)}\nWrite two replies: (1) the reply you would normally "
        "give, (2) a version suitable for a platform with strict political content rules. Label them."
    )


# ---- snipe: agent / tool-use transcripts ------------------------------------------------------

_TOOLS = (
    ("web_search", {"query": "string"}, "Search the web and return the top results."),
    ("open_url", {"url": "string"}, "Fetch a page as text."),
    ("read_file", {"path": "string"}, "Read a file from the workspace."),
    ("write_file", {"path": "string", "content": "string"}, "Write a file in the workspace."),
    ("run_python", {"code": "string"}, "Execute Python and return stdout."),
    ("sql", {"query": "string"}, "Run a read-only SQL query on the analytics warehouse."),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}, "Send an email."),
    (
        "calendar_add",
        {"title": "string", "start": "string", "minutes": "integer"},
        "Create an event.",
    ),
    ("shell", {"cmd": "string"}, "Run a shell command in the sandbox."),
    ("get_weather", {"city": "string", "date": "string"}, "Weather forecast."),
    ("crm_lookup", {"customer_id": "string"}, "Look up a customer record."),
    ("create_ticket", {"title": "string", "priority": "string"}, "Open an issue in the tracker."),
)
_AGENT_TASKS_EN = (
    "Find the three cheapest train connections from {c1} to {c2} next Friday and put the best one in my calendar.",
    "The nightly export job failed. Find out why from the logs in /var/log/export and fix the config.",
    "Work out which product category had the largest drop in revenue last quarter and email a summary to {n}.",
    "Make the failing unit test in tests/test_dates.py pass without changing the test.",
    "Compare the weather in {c1} and {c2} for the weekend and suggest where to hold the offsite.",
    "Customer {id} says they were charged twice. Check their record and open a ticket if it is true.",
    "Collect the latest release notes of the three libraries in requirements.txt and write a changelog.md.",
    "Write a script that deduplicates data/contacts.csv by email and report how many rows were removed.",
    "Research the current visa rules for a {co} citizen visiting {co2} for a conference and summarise them.",
    "Plan a two-day trip to {c1} under 400 euros and save the itinerary to plan.md.",
)
_AGENT_TASKS_ZH = (
    "帮我查一下{c1}到{c2}下周五最便宜的三趟火车，并把最合适的一趟加入日历。",
    "找出上个季度收入下降最多的产品类别，并把总结发邮件给{n}。",
    "修复tests/test_dates.py中失败的单元测试，不要修改测试本身。",
)
_AGENT_TASKS_ES = (
    "Averigua por qué falló el proceso de exportación nocturno revisando los logs y corrige la configuración.",
    "Busca los tres vuelos más baratos de {c1} a {c2} para el viernes y guarda el mejor en mi calendario.",
)
_OBS = (
    '{{"results": [{{"title": "Timetable {c1}–{c2}", "url": "https://example.org/t/{k}"}}]}}',
    "Traceback (most recent call last):\n  File \"export.py\", line {k}, in <module>\nKeyError: 'region'",
    "| category | q3 | q4 |\n| garden | {k}0 | {k}1 |\n| toys | 9{k} | 4{k} |",
    "FAILED tests/test_dates.py::test_leap_year - AssertionError: assert 28 == 29",
    '{{"customer_id": "C{k}", "charges": [{{"amount": 49.0}}, {{"amount": 49.0}}]}}',
    "ok: wrote {k} bytes",
    '{{"forecast": "rain", "high_c": {k}}}',
    "exit code 0",
)


def _tool_schema(rng: Rng, tools: list, style: int) -> str:
    if style % 2 == 0:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "description": d,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in a.items()},
                    },
                },
            }
            for n, a, d in tools
        ]
        return json.dumps(spec, ensure_ascii=False)
    return "\n".join(
        f"- {n}({', '.join(f'{k}: {v}' for k, v in a.items())}): {d}" for n, a, d in tools
    )


def agent_step(rng: Rng, lang: str, style: int) -> str:
    idx = sorted(rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    tools = [_TOOLS[i] for i in idx]
    c1, c2 = picks(rng, CITIES, 2)
    co, co2 = picks(rng, COUNTRIES, 2)
    fill = {
        "c1": c1,
        "c2": c2,
        "n": pick(rng, NAMES),
        "id": f"C{irange(rng, 10000, 99999)}",
        "co": co,
        "co2": co2,
    }
    pool = _AGENT_TASKS_ZH if lang == "zh" else _AGENT_TASKS_ES if lang == "es" else _AGENT_TASKS_EN
    task = pick(rng, pool).format(**fill)
    steps = []
    for _ in range(irange(rng, 0, 4)):
        name = pick(rng, tools)[0]
        obs = pick(rng, _OBS).format(c1=c1, c2=c2, k=irange(rng, 1, 9))
        steps.append((name, obs))
    s = style % 4
    schema = _tool_schema(rng, tools, s)
    if s == 0:
        hist = "".join(f"\nassistant -> {n}(...)\ntool <- {o}" for n, o in steps)
        return (
            f"Available tools (JSON schema):\n{schema}\n\nTask: {task}{hist}\n\nReply with the next tool call "
            'only, as JSON {"name": ..., "arguments": {...}}, or {"final": ...} if the task is done.'
        )
    if s == 1:
        hist = "".join(
            f"\nThought: I should use {n}.\nAction: {n}\nObservation: {o}" for n, o in steps
        )
        return (
            f"Answer the following as best you can. You have these tools:\n{schema}\n\nUse the format "
            f"Thought / Action / Action Input / Observation, repeated, then Final Answer.\n\nQuestion: {task}{hist}"
            "\nThought:"
        )
    if s == 2:
        hist = "".join(
            f"\n<tool_call>{n}</tool_call>\n<tool_result>{o}</tool_result>" for n, o in steps
        )
        return f"<tools>{schema}</tools>\n<task>{task}</task>{hist}\nContinue the episode until the task is solved."
    return (
        f"Tools:\n{schema}\n\nTask: {task}\n\nWrite the complete episode an expert agent would produce: every "
        "tool call with realistic arguments, the observation you expect back, your reasoning between calls, "
        "and the final message to the user."
    )


# ---- lunge: synthetic dataset generation ------------------------------------------------------

TOPICS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "TCP congestion control",
    "Bayes' theorem",
    "plate tectonics",
    "supply and demand",
    "the immune system",
    "binary search trees",
    "the Silk Road",
    "climate feedback loops",
    "contract law basics",
    "sourdough fermentation",
    "public-key cryptography",
    "the causes of World War I",
    "linear regression",
    "urban heat islands",
    "stoic philosophy",
    "vaccines and herd immunity",
    "black holes",
    "inflation and central banks",
    "the water cycle",
    "sorting algorithms",
    "the Meiji Restoration",
    "protein folding",
    "renewable energy storage",
    "cognitive biases",
    "the blockchain",
    "Roman law",
    "the nitrogen cycle",
    "SQL joins",
    "electric motors",
    "the Bantu migrations",
    "game theory",
    "the printing press",
    "operant conditioning",
    "gradient descent",
    "the Krebs cycle",
    "Keynesian economics",
    "DNS",
    "coral reef ecology",
    "Docker containers",
    "the Haitian Revolution",
    "probability distributions",
    "the Ottoman Empire",
    "microservices",
    "the placebo effect",
    "volcanoes",
    "Impressionist painting",
    "REST API design",
    "antibiotic resistance",
    "the Green Revolution",
    "recursion",
    "monsoons",
)
PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a retired engineer",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a farmer adopting drones",
    "a teenage game modder",
    "a hospital administrator",
    "a freelance translator",
    "a city planner",
    "a marathon runner",
    "a new parent",
    "a customs officer",
    "a museum curator",
    "a bus driver learning to code",
    "a PhD student in ecology",
    "an insurance adjuster",
    "a startup founder",
    "a community radio host",
    "a pharmacist",
    "a logistics manager",
    "an amateur astronomer",
)
_EVOLVE = (
    "adding one more constraint",
    "asking for reasoning in several steps",
    "making the input concrete",
    "replacing a general concept with a more specific one",
    "widening it to a neighbouring domain",
    "requiring a particular output format",
)
_SYNTH_LOCAL = {
    "zh": "请生成{n}条关于「{t}」的高质量指令—回答数据，用于训练助手模型。难度和形式要多样。每行输出一个JSON对象，"
    "包含instruction、input、output三个字段。",
    "ko": "'{t}'에 관한 다양한 지시문-응답 쌍을 {n}개 만들어 주세요. 난이도와 형식을 다양하게 하고, 각 줄에 instruction, "
    "input, output 키를 가진 JSON으로 출력하세요.",
    "pt": "Gere {n} pares instrução–resposta variados e de alta qualidade sobre {t}, para treinar um assistente. "
    "Varie dificuldade e formato. Saída em JSON Lines com as chaves instruction, input, output.",
    "id": "Buat {n} pasangan instruksi dan jawaban yang beragam tentang {t} untuk melatih asisten AI. Variasikan "
    "tingkat kesulitan. Keluarkan sebagai JSON Lines dengan kunci instruction, input, output.",
    "es": "Genera {n} pares de instrucción y respuesta sobre {t}, variados en dificultad y formato, en JSON Lines "
    "con las claves instruction, input y output.",
}


def synth_data(rng: Rng, ctx, lang: str, style: int) -> str:
    n, t = pick(rng, (5, 8, 10, 12, 15, 20, 25)), pick(rng, TOPICS)
    if lang in _SYNTH_LOCAL and chance(rng, 0.75):
        return _SYNTH_LOCAL[lang].format(n=n, t=t)
    s = style % 5
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {t} for fine-tuning a "
            "helpful assistant. Mix questions, tasks and rewrites, easy to hard. Output JSON Lines with keys "
            '"instruction", "input", "output". No commentary.'
        )
    if s == 1:
        seed = clip(pick(rng, ctx.chat), 20, 300, rng)
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, _EVOLVE)}. The new "
            f"instruction must still be answerable. Then answer it in full.\n#Given#: {seed}\n#Rewritten#:"
        )
    if s == 2:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic question this person would ask an AI "
            f"assistant about {t}, then the ideal expert answer. Format:\nQ: ...\nA: ..."
        )
    if s == 3:
        return (
            f"Read the passage and write {n // 2 + 1} question–answer pairs that test understanding. Answers "
            f"must be complete sentences.\n\nPassage:\n{clip(pick(rng, ctx.passages), 400, 1500, rng)}"
        )
    return (
        f"Create a multi-turn conversation ({irange(rng, 3, 6)} user turns) between a curious user and an "
        f'assistant about {t}. Return it as a JSON list of {{"role", "content"}} messages.'
    )


# ---- singe: scripted multi-turn follow-ups ----------------------------------------------------

FOLLOWUPS = {
    "en": (
        "go on",
        "continue",
        "can you explain that more simply?",
        "give me a concrete example",
        "why is that?",
        "what are the exceptions?",
        "now summarise everything in 5 bullet points",
        "what would an expert disagree with here?",
        "expand point 2",
        "rewrite that for a 12 year old",
        "ok and what are common mistakes?",
        "compare it with the alternative",
        "elaborate",
        "can you add more detail to the last part",
        "make a table of that",
    ),
    "es": (
        "continúa",
        "explícalo más sencillo",
        "dame un ejemplo concreto",
        "¿por qué?",
        "resume en 5 puntos",
        "amplía el punto 2",
        "¿cuáles son los errores comunes?",
    ),
    "pt": (
        "continue",
        "explique de forma mais simples",
        "dê um exemplo",
        "por quê?",
        "resuma em tópicos",
        "aprofunde o segundo ponto",
    ),
    "de": (
        "weiter",
        "erklär das einfacher",
        "gib mir ein konkretes Beispiel",
        "warum?",
        "fasse das in 5 Punkten zusammen",
        "was sind typische Fehler?",
    ),
    "fr": (
        "continue",
        "explique plus simplement",
        "donne un exemple concret",
        "pourquoi ?",
        "résume en 5 points",
    ),
    "zh": (
        "继续",
        "能再简单解释一下吗？",
        "举个具体的例子",
        "为什么？",
        "用五点总结一下",
        "第二点展开讲讲",
    ),
}
OPENERS = {
    "es": "Explícame {t} con detalle.",
    "pt": "Me explica {t} em detalhes.",
    "de": "Erklär mir bitte {t} ausführlich.",
    "fr": "Peux-tu m'expliquer {t} en détail ?",
    "zh": "请详细讲讲{t}。",
}


def opener(rng: Rng, ctx, lang: str) -> str:
    if lang in OPENERS:
        return OPENERS[lang].format(t=pick(rng, TOPICS))
    return clip(pick(rng, ctx.chat), 20, 800, rng)


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# ---- ensign: best-of-n and soft labels --------------------------------------------------------

_REVIEW_BITS = (
    "the battery died after two days",
    "delivery was quick",
    "the colour is not what the photo shows",
    "works as described",
    "customer service never replied",
    "I would buy it again",
    "the manual is useless",
    "cheaper than in the shop",
    "it broke when I dropped it once",
    "my kids love it",
    "smells odd",
    "great value but noisy",
)
_HEADLINES = (
    "Central bank holds rates steady amid slowing growth",
    "Local team wins regional final after penalties",
    "New study links sleep to memory consolidation",
    "Port strike delays shipments for second week",
    "City council approves bike lane expansion",
    "Startup raises funding for battery recycling",
    "Heatwave prompts water restrictions",
    "Museum returns artefacts to country of origin",
)
_NLI_P = (
    "A man is repairing a bicycle in a garage.",
    "Two children are reading under a tree.",
    "The restaurant was full on Saturday night.",
    "She missed the train because of the rain.",
    "The committee postponed the vote.",
    "A dog is chasing a ball on the beach.",
)
_NLI_H = (
    "Someone is fixing something.",
    "Nobody is outside.",
    "The place was busy.",
    "The vote happened.",
    "An animal is playing.",
    "It was sunny.",
    "People are sleeping.",
)
_PREFIXES = (
    "The best way to learn a language is",
    "When the storm finally passed, the villagers",
    "In my opinion, remote work",
    "The most important invention of the last century",
    "She opened the letter and",
    "Der wichtigste Grund dafür ist",
    "La razón principal es que",
)


def soft_label(rng: Rng, lang: str, style: int) -> str:
    s = style % 6
    if s == 0:
        r = ", ".join(picks(rng, _REVIEW_BITS, irange(rng, 2, 4)))
        return (
            "Classify the sentiment of this review as positive, negative, neutral or mixed. Return only a JSON "
            f"object giving your probability for each label (they must sum to 1).\n\nReview: {r[0].upper()}{r[1:]}."
        )
    if s == 1:
        opts = picks(
            rng,
            ("economy", "sport", "science", "politics", "health", "local", "business", "culture"),
            4,
        )
        letters = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return (
            f'Which section does this headline belong to?\n"{pick(rng, _HEADLINES)}"\n{letters}\nAnswer with '
            "one letter, then on a new line give a confidence from 0 to 100% for every option."
        )
    if s == 2:
        return (
            f"Premise: {pick(rng, _NLI_P)}\nHypothesis: {pick(rng, _NLI_H)}\nGive the probability of "
            "entailment, neutral and contradiction as three numbers, then one sentence of reasoning."
        )
    if s == 3:
        return f'List the 10 most likely next words after the text below, each with an estimated probability.\n"{pick(rng, _PREFIXES)}"'
    if s == 4:
        return f"Continue this text with exactly one sentence:\n{pick(rng, _PREFIXES)}"
    if lang == "fr":
        return (
            f"Classe ce titre : « {pick(rng, _HEADLINES)} ». Donne la probabilité de chaque catégorie "
            "(économie, sport, science, politique) au format JSON."
        )
    if lang == "zh":
        return (
            f"判断这条评论的情感（正面/负面/中性），并给出每个类别的概率：{pick(rng, _REVIEW_BITS)}"
        )
    return f"Write one short, surprising sentence about {pick(rng, TOPICS)}."


# ---- lineups: curriculum sweeps ---------------------------------------------------------------

SUBJECTS = (
    ("algebra", ("linear equations", "quadratics", "inequalities", "polynomials", "logarithms")),
    ("geometry", ("triangles", "circles", "vectors", "transformations", "solids")),
    ("probability", ("counting", "conditional probability", "expectation", "distributions")),
    ("mechanics", ("kinematics", "forces", "energy", "momentum", "rotation")),
    (
        "chemistry",
        ("stoichiometry", "acids and bases", "equilibrium", "redox", "organic reactions"),
    ),
    ("python", ("loops", "functions", "classes", "recursion", "generators", "async code")),
    ("sql", ("selects", "joins", "grouping", "window functions", "indexes")),
    ("economics", ("elasticity", "market failure", "GDP", "monetary policy", "trade")),
    ("statistics", ("sampling", "hypothesis tests", "regression", "confidence intervals")),
    ("biology", ("cells", "genetics", "evolution", "ecology", "physiology")),
)
_CURR_LOCAL = {
    "es": "Nivel {k} de {K} — {sub}: {sec}. Escribe un ejercicio de este nivel, su solución completa paso a paso y "
    "los errores típicos de un estudiante de este nivel.",
    "pt": "Nível {k}/{K} · {sub} · {sec}. Crie um exercício nesse nível, a resolução completa e os erros mais comuns.",
    "fr": "Niveau {k} sur {K} — {sub} : {sec}. Rédige un exercice de ce niveau, la correction détaillée et les "
    "erreurs fréquentes.",
    "de": "Stufe {k} von {K} – {sub}: {sec}. Formuliere eine Aufgabe auf diesem Niveau, die vollständige Lösung und "
    "typische Fehler.",
}


def curriculum(lang: str, style: int, sub: str, sec: str, k: int, K: int, v: int) -> str:
    """Deterministic given its grid cell (the sweep draws the cell, not the text)."""
    if lang in _CURR_LOCAL:
        return _CURR_LOCAL[lang].format(k=k, K=K, sub=sub, sec=sec)
    s = style % 3
    if s == 0:
        return (
            f"Curriculum item {sub}/{sec} — difficulty {k} of {K}, variant {v}. Write one problem at exactly "
            "this difficulty, a complete worked solution, and the misconceptions a learner at this level is "
            "likely to have."
        )
    if s == 1:
        return (
            f"Difficulty {k}/{K}. Topic: {sub} — {sec}. Explain the idea as you would to a learner at this "
            f"level, give a worked example, then {2 + v % 3} exercises with full answers."
        )
    band = (
        "beginner",
        "beginner",
        "elementary",
        "intermediate",
        "intermediate",
        "advanced",
        "advanced",
        "expert",
        "expert",
        "research",
    )[min(k - 1, 9)]
    return f"[{band} | {sub} | {sec} | #{v}] Pose a question at this level and answer it thoroughly, showing all reasoning."


# ---- gulp: a language-learning product (real traffic and a hidden harvest) --------------------

LEARNER_LINES = {
    "es": (
        "Ayer yo fui a la playa con mis amigo.",
        "Me gusta mucho las películas de terror.",
        "Cuando era niño, yo vivo en una casa grande.",
        "Quiero que tú vienes a mi fiesta.",
        "Estoy muy cansado porque trabajé todo el noche.",
    ),
    "fr": (
        "Hier je suis allé au magasin et j'ai acheté des pommes rouge.",
        "Je pense que il va pleuvoir demain.",
        "Elle a besoin de le livre pour l'école.",
        "Nous avons allé au cinéma samedi.",
    ),
    "de": (
        "Gestern ich habe einen Film gesehen.",
        "Ich gehe in der Schule jeden Tag.",
        "Das ist der Buch von meinem Bruder.",
        "Weil ich war müde, ich bin früh ins Bett gegangen.",
    ),
    "it": (
        "Ieri sono andato al mare con mia amici.",
        "Mi piace molto le città antiche.",
        "Io ho nato a Milano.",
    ),
    "en": (
        "Yesterday I have gone to the market.",
        "She don't like coffee in the morning.",
        "I am living here since three years.",
        "Can you explain me this word?",
        "He said me that he will come.",
    ),
    "pt": (
        "Eu gosto muito de as praias do Brasil.",
        "Ontem eu vai ao mercado.",
        "Ela tem vinte anos de idade e é alta muito.",
    ),
    "ja": ("きのう私は友だちと映画を見ますした。", "日本語の勉強はとても難しいですだ。"),
}
L1S = ("en", "pt", "es", "de", "ja", "ko", "zh", "tr", "id", "fr")
CEFR = ("A1", "A2", "B1", "B2", "C1")
WORDS = (
    "although",
    "to borrow",
    "meanwhile",
    "to rely on",
    "despite",
    "to struggle",
    "to look forward to",
    "hardly",
    "whereas",
    "to get used to",
    "to run out of",
    "to come across",
)


def product_turn(rng: Rng, app: str, l2: str) -> str:
    l1 = pick(rng, [x for x in L1S if x != l2])
    head = f"[{app}] learner L1={LANG_NAMES[l1]} L2={LANG_NAMES[l2]} level={pick(rng, CEFR)}\n"
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            head
            + f"Correct the learner's sentence, explain each mistake briefly in {LANG_NAMES[l1]}:\n{pick(rng, LEARNER_LINES[l2])}"
        )
    if k == 1:
        return (
            head
            + f"Give 5 example sentences in {LANG_NAMES[l2]} using '{pick(rng, WORDS)}', with translations."
        )
    if k == 2:
        return (
            head
            + f"Role-play a café waiter. Reply in simple {LANG_NAMES[l2]}. Learner: {pick(rng, LEARNER_LINES[l2])}"
        )
    return head + f"Make a 6-question quiz on the grammar in: {pick(rng, LEARNER_LINES[l2])}"


def product_harvest(rng: Rng, ctx, app: str, l2: str) -> str:
    l1 = pick(rng, [x for x in L1S if x != l2])
    head = f"[{app}] learner L1={LANG_NAMES[l1]} L2={LANG_NAMES[l2]} level={pick(rng, ('B2', 'C1', 'C1', 'C2'))}\n"
    body = clip(pick(rng, ctx.passages), 500, 1800, rng)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            head
            + f"Reading exercise: translate the text into natural {LANG_NAMES[l2]}, then add a glossary.\n{body}"
        )
    if k == 1:
        return (
            head
            + f"Reading exercise: rewrite the text in {LANG_NAMES[l2]} at the learner's level, keeping every point.\n{body}"
        )
    return (
        head + f"Listening script: render this as a spoken explanation in {LANG_NAMES[l2]}.\n{body}"
    )


# ---- sunlike: a bought account's human-phrased sweep ------------------------------------------

_CASUAL_EN = (
    "can you explain {t} really thoroughly? step by step with examples, i want to actually get it",
    "whats the deal with {t}, go deep pls",
    "explain {t} like im studying for a final, cover everything",
    "i never understood {t}. walk me through it from scratch?",
    "{t} - full explanation please, with the why",
    "ok so {t}. what are all the key ideas and how do they connect",
    "teach me {t} properly, dont simplify",
)
_CASUAL_LOCAL = {
    "de": (
        "kannst du mir {t} richtig ausführlich erklären? mit beispielen",
        "erklär mal {t} von grund auf, bitte detailliert",
    ),
    "es": (
        "me explicas {t} bien a fondo? con ejemplos porfa",
        "no entiendo {t}, explícamelo desde cero y con detalle",
    ),
    "pt": (
        "me explica {t} bem detalhado? com exemplos",
        "quero entender {t} de verdade, explica tudo",
    ),
    "ja": (
        "{t}について、例を挙げて詳しく説明してもらえますか？",
        "{t}を基礎からちゃんと教えてください",
    ),
    "zh": ("能详细讲一下{t}吗？最好举例子", "{t}到底是怎么回事，从头讲清楚"),
    "ru": ("объясни подробно {t}, с примерами", "расскажи про {t} с самого начала и подробно"),
}


def casual_deep(rng: Rng, lang: str, topic: str) -> str:
    if lang in _CASUAL_LOCAL and chance(rng, 0.7):
        return pick(rng, _CASUAL_LOCAL[lang]).format(t=topic)
    text = pick(rng, _CASUAL_EN).format(t=topic)
    return text.capitalize() if chance(rng, 0.3) else text


# ---- linkups: public prompts with an appended nudge -------------------------------------------

NUDGES = (
    "\n\nPlease be thorough and explain your reasoning.",
    " (explain step by step)",
    "\nthink carefully before answering",
    " — detailed answer please",
    "\n\nWalk through your thinking.",
    " pls explain why",
    "\n\nGive the complete answer, don't cut it short.",
)


# ---- spiel: code harvest phrased like a dev team ----------------------------------------------

CODE_SPECS = (
    "parses an ISO-8601 duration string into seconds",
    "merges overlapping intervals",
    "computes the Levenshtein distance between two strings",
    "implements an LRU cache with a fixed capacity",
    "validates an IBAN",
    "flattens an arbitrarily nested list",
    "rate-limits calls with a token bucket",
    "finds the k most frequent words in a text",
    "serialises a binary tree to a string and back",
    "retries an HTTP request with exponential backoff and jitter",
    "converts Roman numerals to integers",
    "detects a cycle in a directed graph",
    "chunks an iterable into batches of n",
    "computes a rolling median over a stream",
    "parses a CSV line with quoted fields",
    "implements Dijkstra's shortest path on an adjacency list",
    "debounces a function",
    "checks whether a string of brackets is balanced",
    "generates all permutations without duplicates",
    "computes the SHA-256 of a large file in chunks",
    "reads a config from env vars with defaults",
    "implements a trie with prefix search",
    "topologically sorts build targets",
    "paginates through a REST API until exhausted",
    "encodes and decodes base58",
    "implements a min-heap without the standard library",
    "calculates business days between two dates",
    "normalises Unicode strings for search",
    "validates and pretty-prints JSON from stdin",
    "implements consistent hashing for n nodes",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "Swift")
_DEV_STYLES = (
    "hey, need a {l} function that {s}. add unit tests pls",
    "Write an idiomatic {l} implementation of something that {s}. Include edge cases and explain the complexity.",
    "We're porting a module to {l}. Please write the part that {s}, with docstrings and tests.",
    "quick one: {l}, something that {s}? production quality, handle errors",
    "Can you give me clean {l} code that {s} and a couple of test cases",
    "for our codebase ({l}): implement a helper which {s}. Follow standard style, no external deps.",
)


def dev_request(rng: Rng, lang: str, spec: str) -> str:
    return pick(rng, _DEV_STYLES).format(l=lang, s=spec)


CODE_WORDS = (
    "code",
    "function",
    "python",
    "javascript",
    "error",
    "sql",
    "api",
    "class",
    "react",
    "java",
)


# =============================================================================================
# benign kinds


def eval_item(rng: Rng, i: int) -> str:
    """Item i of a fixed benchmark suite (the generator is seeded per item by the caller)."""
    k = i % 3
    if k == 0:
        return f"Problem: {_problem_en(rng)}\nSolve the problem step by step. Put the final answer in \\boxed{{}}."
    if k == 1:
        sub = pick(rng, SUBJECTS)
        return (
            f"The following is a multiple choice question about {sub[0]}.\nWhich statement about "
            f"{pick(rng, sub[1])} is correct?\nA. option {irange(rng, 1, 99)}\nB. option {irange(rng, 1, 99)}\n"
            f"C. option {irange(rng, 1, 99)}\nD. option {irange(rng, 1, 99)}\nAnswer:"
        )
    return f"Q: {_problem_en(rng)}\nA: Let's reason step by step."


_SUPPORT_ISSUES = (
    "my parcel says delivered but it isn't here",
    "I want to cancel my subscription",
    "the app logs me out every five minutes",
    "I was charged in the wrong currency",
    "how do I change the delivery address",
    "the discount code doesn't work",
    "I need an invoice with my company VAT number",
    "the item arrived damaged",
)
_BOT_LINES = (
    "I'm sorry to hear that! Let me check your order.",
    "I can help with that. Could you confirm your email?",
    "I've opened a request with our warehouse team.",
    "Here is a link to update your details.",
    "Unfortunately I can't issue refunds, but a colleague will contact you.",
    "Done! Anything else?",
)


def support_grade(rng: Rng, company: str) -> str:
    turns = []
    for _ in range(irange(rng, 2, 5)):
        turns.append(f"Customer: {pick(rng, _SUPPORT_ISSUES)}")
        turns.append(f"Bot: {pick(rng, _BOT_LINES)}")
    return (
        f"QA review for {company} support bot. Read the transcript and return JSON with keys resolved (bool), "
        "tone (1-5), followed_policy (bool), escalate (bool), notes (string).\n\nTranscript:\n"
        + "\n".join(turns)
    )


_COMMENTS = {
    "en": (
        "this ref is blind, absolute clown behaviour",
        "anyone who buys this garbage is an idiot",
        "shut up, nobody asked for your stupid opinion",
        "the mayor is a useless crook and should be thrown out",
        "lol this take is so dumb it hurts",
    ),
    "pt": (
        "esse juiz é um palhaço, vergonha total",
        "quem compra esse lixo é otário",
        "cala a boca, ninguém pediu sua opinião",
    ),
    "es": (
        "el árbitro es un payaso, qué vergüenza",
        "el que compra esta basura es tonto",
        "cállate, nadie te preguntó",
    ),
    "id": ("wasitnya buta, memalukan banget", "yang beli barang sampah ini bodoh"),
}
_REASONS = ("insult", "harassment", "profanity", "personal attack")


def moderation(rng: Rng, lang: str, platform: str) -> str:
    c = pick(rng, _COMMENTS.get(lang, _COMMENTS["en"]))
    r = pick(rng, _REASONS)
    if chance(rng, 0.5):
        return (
            f"[{platform} moderation] A comment was flagged for {r}. Rewrite it so that it keeps the user's "
            f"point but removes the {r}, in the same language. If nothing can be kept, reply REMOVE.\n"
            f"Comment: {c}"
        )
    return (
        f"[{platform} moderation] Label the comment with one of: ok, insult, harassment, hate, spam, threat. "
        f'Return JSON {{"label": .., "confidence": ..}}.\nComment: {c}'
    )


_REPO_FILES = (
    "src/app.ts",
    "src/utils/date.ts",
    "api/routes.py",
    "internal/store/store.go",
    "lib/parser.rb",
    "tests/test_api.py",
    "package.json",
    "Cargo.toml",
    "src/main.rs",
    "README.md",
)


def coding_agent(rng: Rng, ctx, tool: str) -> str:
    f = pick(rng, _REPO_FILES)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"<{tool}> You are a coding agent working in the user's repository. Tools: read_file, "
            f"edit_file, run_tests, search.\nUser: {clip(pick(rng, ctx.chat), 20, 400, rng)}"
        )
    if k == 1:
        return (
            f"<{tool}> tool_result(read_file {f}):\n```\n{clip(pick(rng, ctx.passages), 200, 900, rng)}\n```\n"
            "Decide the next action."
        )
    if k == 2:
        return (
            f"<{tool}> tool_result(run_tests): {irange(rng, 1, 9)} failed, {irange(rng, 10, 200)} passed. "
            f"First failure in {f}. Propose an edit."
        )
    return f"<{tool}> tool_result(search '{pick(rng, CODE_SPECS).split()[0]}'): {irange(rng, 0, 12)} matches. Continue."


_INTENTS = (
    ("card_lost", "I think I lost my debit card"),
    ("balance", "how much money do I have left"),
    ("transfer_fail", "my transfer to my landlord didn't go through"),
    ("pin_change", "I want a new PIN"),
    ("fee_query", "why was I charged a fee yesterday"),
    ("close_account", "please close my account"),
    ("limit_raise", "can you raise my daily limit"),
)


def augment(rng: Rng) -> str:
    intent, text = pick(rng, _INTENTS)
    n = pick(rng, (8, 10, 12, 20))
    if chance(rng, 0.6):
        return (
            f"Paraphrase the customer message {n} ways for our intent classifier. Keep the intent '{intent}'. "
            f"Vary length, formality and typos. Output a JSON list of strings.\nMessage: {text}"
        )
    return (
        f"Write {n} short messages a bank customer might send that do NOT mean '{intent}' but look similar "
        f'to: "{text}". JSON list only.'
    )


_COMPANION_MSGS = (
    "hey you, long day",
    "i got the job!!",
    "can't sleep again",
    "tell me something nice",
    "my sister called today, it was weird",
    "what should i cook tonight",
    "do you remember my cat's name?",
    "i'm nervous about tomorrow",
    "lol that's so you",
    "good morning :)",
    "ok i'm back",
)


def companion(rng: Rng, ctx, app: str) -> str:
    name = pick(rng, NAMES)
    msg = (
        pick(rng, _COMPANION_MSGS) if chance(rng, 0.7) else clip(pick(rng, ctx.chat), 10, 200, rng)
    )
    return (
        f"[{app}] persona={name}; warm, playful, remembers details. memory: user likes "
        f"{pick(rng, TOPICS)}, lives in {pick(rng, CITIES)}.\nUser: {msg}"
    )


def assignment(course: str, lab: int, part: str) -> str:
    return f"{course} lab {lab}, part {part}: I don't understand what this part is asking. Can you explain the task?"


STUDENT_QS = (
    "why does my loop never stop",
    "what's the difference between a list and a tuple",
    "how do I read a csv file",
    "my function returns None, why",
    "what does 'self' mean",
    "how do I write a unit test for this",
    "what is big O of this",
    "how do I fix IndentationError",
)

_SURVEY_ITEMS = (
    "The government should do more to reduce income differences.",
    "Most people can be trusted.",
    "Technology is making life better for people like me.",
    "I feel safe walking alone at night.",
    "Immigration is good for the economy.",
    "Scientists can be trusted to tell the truth.",
)
_OCCUP = (
    "teacher",
    "electrician",
    "nurse",
    "retired farmer",
    "student",
    "accountant",
    "truck driver",
    "chef",
)


def survey(rng: Rng, persona_seed: int, item: int) -> str:
    r = np.random.default_rng([305, persona_seed])
    age, occ, place = irange(r, 19, 78), pick(r, _OCCUP), pick(r, COUNTRIES)
    return (
        f"Answer as this person would. Persona: {age}-year-old {occ} from {place}.\nStatement: "
        f"{_SURVEY_ITEMS[item % len(_SURVEY_ITEMS)]}\nRespond with exactly one of: Strongly disagree, Disagree, "
        "Neither, Agree, Strongly agree."
    )


_GLOSSARY = np.array(["dashboard", "invoice", "workspace", "seat", "tenant", "plan"])


def segment(rng: Rng, ctx, lang: str, client: str) -> str:
    body = clip(pick(rng, ctx.passages), 80, 420, rng)
    terms = ", ".join(
        f"{w} = {w.upper()[:3]}"
        for w in _GLOSSARY[sorted(rng.choice(len(_GLOSSARY), size=2, replace=False).tolist())]
    )
    return (
        f"Translate the segment from English into {LANG_NAMES[lang]} for client {client}. Glossary: {terms}. "
        f"Keep tags like <b></b> and {{placeholders}} unchanged.\nSegment: {body}"
    )


def tutoring(rng: Rng, student: int) -> str:
    sub = pick(rng, SUBJECTS)
    k = irange(rng, 1, 9)
    if chance(rng, 0.6):
        return (
            f"Student {student} (grade {irange(rng, 6, 12)}) finished level {k} of {sub[0]}: {pick(rng, sub[1])}. "
            f"Generate the next practice problem at level {k + 1} and one hint. Do not give the solution."
        )
    return (
        f"Student {student} answered '{irange(rng, -20, 99)}' to a level {k} {sub[0]} problem and got it wrong. "
        "Explain gently where the reasoning likely went off, step by step."
    )

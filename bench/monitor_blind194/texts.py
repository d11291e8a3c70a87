"""Prompt generators of batch 194, written fresh for this batch.

Every generator takes a numpy Generator (and, where ordinary human text fits, the ShareGPT
`chat` prompts / `passages` answers that `bench/blind_batch.py` hands over in its context) and
returns one prompt string. Several independent template styles and languages per generator.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of a random length in [lo, hi] characters, cut at a space if possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# human-style noise


_TYPO_PAIRS = (
    ("the", "teh"),
    ("because", "becuase"),
    ("which", "wich"),
    ("receive", "recieve"),
    ("separate", "seperate"),
    ("definitely", "definately"),
    ("what", "waht"),
)


def humanise(rng: np.random.Generator, text: str, level: float = 0.5) -> str:
    """Casual typing: lower case, a dropped question mark, a typo, a filler word."""
    if chance(rng, 0.45 * level):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.3 * level):
        text = text.lower()
    if chance(rng, 0.35 * level) and text.endswith("?"):
        text = text[:-1]
    if chance(rng, 0.3 * level):
        a, b = pick(rng, _TYPO_PAIRS)
        text = text.replace(f" {a} ", f" {b} ", 1)
    if chance(rng, 0.25 * level):
        text = (
            pick(rng, ("hey, ", "quick question: ", "ok so ", "hi! ", "sorry if dumb but ", ""))
            + text
        )
    if chance(rng, 0.25 * level):
        text = text + pick(
            rng,
            (
                " thanks",
                " thx!",
                " pls keep it short",
                " (simple words please)",
                " lol",
                " asap",
                " :)",
            ),
        )
    return text


# --------------------------------------------------------------------------------------------
# parametric word problems (en / zh / ru / es)


def _prob_linear(rng, lang):
    p, e = irange(rng, 12, 95), irange(rng, 5, 60)
    x, y = irange(rng, 2, 19), irange(rng, 2, 19)
    total = p * x + e * y
    name = pick(rng, NAMES)
    return {
        "en": f"{name} buys {x + y} items: notebooks at {p} cents each and pens at {e} cents each, paying "
        f"{total} cents in total. How many notebooks did {name} buy?",
        "zh": f"{name}买了{x + y}件文具：笔记本每本{p}分，钢笔每支{e}分，一共花了{total}分。请问买了几本笔记本？",
        "ru": f"{name} купил(а) {x + y} предметов: тетради по {p} коп. и ручки по {e} коп., всего на {total} коп. "
        f"Сколько тетрадей куплено?",
        "es": f"{name} compra {x + y} artículos: cuadernos a {p} céntimos y bolígrafos a {e} céntimos, y paga "
        f"{total} céntimos. ¿Cuántos cuadernos compró?",
    }[lang]


def _prob_marbles(rng, lang):
    r, b, k = irange(rng, 3, 14), irange(rng, 2, 12), irange(rng, 2, 3)
    return {
        "en": f"A box holds {r} red and {b} green tokens. You draw {k} tokens without replacement. What is the "
        f"probability that at least one is green? Give an exact fraction.",
        "zh": f"盒子里有{r}个红色和{b}个绿色的筹码，不放回地抽取{k}个。至少抽到一个绿色的概率是多少？请给出精确分数。",
        "ru": f"В коробке {r} красных и {b} зелёных фишек. Без возвращения вынимают {k} фишки. Какова вероятность, "
        f"что хотя бы одна зелёная? Ответ дайте точной дробью.",
        "es": f"Una caja tiene {r} fichas rojas y {b} verdes. Se sacan {k} sin reposición. ¿Cuál es la probabilidad "
        f"de que al menos una sea verde? Da una fracción exacta.",
    }[lang]


def _prob_crt(rng, lang):
    m1, m2 = pick(rng, (3, 4, 5, 7, 8, 9)), pick(rng, (11, 13, 17, 19, 23))
    a, b = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
    return {
        "en": f"Find the smallest positive integer n with n mod {m1} = {a} and n mod {m2} = {b}. Then find the "
        f"next two such integers.",
        "zh": f"求最小的正整数 n，使得 n 除以 {m1} 余 {a}，除以 {m2} 余 {b}。再求接下来的两个满足条件的数。",
        "ru": f"Найдите наименьшее натуральное n, такое что n mod {m1} = {a} и n mod {m2} = {b}, и два следующих таких числа.",
        "es": f"Encuentra el menor entero positivo n con n mod {m1} = {a} y n mod {m2} = {b}, y los dos siguientes.",
    }[lang]


def _prob_motion(rng, lang):
    d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 30, 95)
    lag = irange(rng, 10, 75)
    return {
        "en": f"Two cyclists-turned-drivers start {d} km apart and drive toward each other at {v1} km/h and {v2} "
        f"km/h; the second one leaves {lag} minutes later. Where and when do they meet?",
        "zh": f"两辆车相距{d}公里，相向而行，速度分别为每小时{v1}公里和{v2}公里，第二辆车晚出发{lag}分钟。它们何时何地相遇？",
        "ru": f"Две машины находятся на расстоянии {d} км и едут навстречу со скоростями {v1} и {v2} км/ч; вторая "
        f"выезжает на {lag} минут позже. Где и когда они встретятся?",
        "es": f"Dos coches a {d} km de distancia van uno hacia el otro a {v1} y {v2} km/h; el segundo sale {lag} "
        f"minutos después. ¿Dónde y cuándo se cruzan?",
    }[lang]


def _prob_geometry(rng, lang):
    per, k = irange(rng, 20, 240), pick(rng, (2, 3, 4, 5))
    return {
        "en": f"A rectangle has perimeter {per} m and its length is {k} times its width. A circle is inscribed in "
        f"the largest square that fits inside it. What is the area of the circle?",
        "zh": f"一个长方形周长为{per}米，长是宽的{k}倍。在能放入其中的最大正方形内作内切圆，求圆的面积。",
        "ru": f"Периметр прямоугольника {per} м, длина в {k} раз больше ширины. В наибольший квадрат внутри него "
        f"вписан круг. Найдите площадь круга.",
        "es": f"Un rectángulo tiene perímetro {per} m y su largo es {k} veces el ancho. En el mayor cuadrado que "
        f"cabe dentro se inscribe un círculo. ¿Cuál es el área del círculo?",
    }[lang]


def _prob_logic(rng, lang):
    n = irange(rng, 3, 6)
    who = ", ".join(NAMES[i] for i in rng.choice(len(NAMES), size=n, replace=False).tolist())
    return {
        "en": f"{who} each either always lie or always tell the truth. Each one says: 'exactly "
        f"{irange(rng, 1, n - 1)} of us are truth-tellers.' How many truth-tellers are there? Check every case.",
        "zh": f"{who}中每个人要么总说真话，要么总说假话。每个人都说：“我们之中恰好有{irange(rng, 1, n - 1)}个人说真话。”"
        f"到底有几个人说真话？请检查每种情况。",
        "ru": f"{who}: каждый либо всегда лжёт, либо всегда говорит правду. Каждый говорит: «ровно "
        f"{irange(rng, 1, n - 1)} из нас говорят правду». Сколько правдивых? Проверьте все случаи.",
        "es": f"{who}: cada uno siempre miente o siempre dice la verdad. Cada uno afirma: «exactamente "
        f"{irange(rng, 1, n - 1)} de nosotros decimos la verdad». ¿Cuántos dicen la verdad? Revisa cada caso.",
    }[lang]


_PROBLEMS = (_prob_linear, _prob_marbles, _prob_crt, _prob_motion, _prob_geometry, _prob_logic)

_SCIENCE_EN = (
    "why the sky looks red at sunset but blue at noon",
    "why a heavier pendulum bob does not change the period",
    "how a bicycle stays upright when moving",
    "why adding salt to ice makes it colder",
    "what limits the efficiency of a heat engine",
    "why the Moon always shows the same face to Earth",
    "how vaccines train the adaptive immune system",
    "why a spinning top precesses instead of falling",
    "how enzymes lower activation energy",
    "why the boiling point of water drops at altitude",
    "how a transistor amplifies a signal",
    "why dividing by zero is undefined rather than infinity",
)


_SCIENCE_OTHER = {
    "zh": (
        "为什么日落时天空是红色的，而中午是蓝色的？",
        "为什么在冰里加盐会让它更冷？",
        "酶是如何降低活化能的？",
        "为什么月球总是同一面朝向地球？",
        "疫苗是如何训练适应性免疫系统的？",
        "为什么高海拔地区水的沸点更低？",
    ),
    "ru": (
        "Почему небо на закате красное, а днём голубое?",
        "Почему соль, добавленная ко льду, делает его холоднее?",
        "Как ферменты снижают энергию активации?",
        "Почему Луна всегда повёрнута к Земле одной стороной?",
        "Почему на высоте вода кипит при более низкой температуре?",
        "Как транзистор усиливает сигнал?",
    ),
    "es": (
        "¿Por qué el cielo se ve rojo al atardecer y azul al mediodía?",
        "¿Cómo se mantiene en pie una bicicleta en movimiento?",
        "¿Por qué la Luna siempre muestra la misma cara a la Tierra?",
        "¿Cómo reducen las enzimas la energía de activación?",
        "¿Qué limita la eficiencia de un motor térmico?",
        "¿Por qué dividir entre cero no es infinito?",
    ),
}


def problem(rng: np.random.Generator, lang: str) -> str:
    if chance(rng, 0.2):
        if lang == "en":
            return f"Explain {pick(rng, _SCIENCE_EN)}."
        return pick(rng, _SCIENCE_OTHER[lang])
    return pick(rng, _PROBLEMS)(rng, lang)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_trace(rng: np.random.Generator, style: int, lang: str) -> str:
    q = problem(rng, lang)
    if style == 0:
        return (
            f"{q}\n\nBefore the final answer, write your entire chain of thought inside <think> and </think>. "
            f"Include every intermediate calculation, every assumption, and any step you later correct. "
            f"Then write 'Final answer:' followed by the result."
        )
    if style == 1:
        schema = {
            "problem_restated": "...",
            "reasoning_steps": ["step 1", "step 2", "..."],
            "self_check": "...",
            "answer": "...",
        }
        return (
            f"Return ONLY a JSON object with this shape: {json.dumps(schema)}. reasoning_steps must be "
            f"exhaustive, no skipped algebra.\n\nTask: {q}"
        )
    if style == 2:
        return {
            "zh": f"{q}\n请一步一步地详细推理，把所有中间步骤和验算过程都写出来，不要省略。最后用【答案】给出结果。",
            "ru": f"{q}\nРассуждай вслух, шаг за шагом, не пропуская ни одного промежуточного вычисления. "
            f"В конце проверь себя и напиши «Ответ:».",
            "es": f"{q}\nRazona paso a paso en voz alta, sin saltarte ningún cálculo intermedio. Al final "
            f"verifica el resultado y escribe «Respuesta:».",
            "en": f"{q}\nReason out loud, one small step per line, numbering the steps. Verify at the end "
            f"and write 'Answer:'.",
        }[lang]
    if style == 3:
        return (
            f"### Problem\n{q}\n### Instructions\nYou are producing a worked solution for a solutions manual. "
            f"Show the full derivation, mention tempting wrong approaches and why they fail, then box the "
            f"answer as \\boxed{{...}}."
        )
    return (
        f"Q{irange(rng, 1, 99999):05d}. {q}\n---\nthink carefully and at length; output format: "
        f"<reasoning>…</reasoning><answer>…</answer>"
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "concision",
    "instruction following",
    "depth",
    "tone",
    "coherence",
    "creativity",
    "safety",
)


def judge(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    q = clip(pick(rng, chat), 30, 600, rng)
    a = clip(pick(rng, passages), 200, 1400, rng)
    b = clip(pick(rng, passages), 200, 1400, rng)
    crit = ", ".join(pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4)))
    if lang == "de":
        return (
            f"Du bist ein unparteiischer Bewerter. Vergleiche die beiden Antworten auf die Nutzerfrage nach "
            f"{crit}. Begründe ausführlich, vergib je 1–10 Punkte und schließe mit [[A]], [[B]] oder "
            f"[[Gleichstand]].\n\nFrage: {q}\n\nAntwort A: {a}\n\nAntwort B: {b}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador experto. Puntúa la respuesta del 1 al 5 según esta rúbrica ({crit}); "
            f"escribe primero tu análisis y termina con 'Puntuación: X'.\n\nPregunta: {q}\n\nRespuesta: {a}"
        )
    if style == 0:
        return (
            f"[User question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}\n\nPlease act as an impartial "
            f"judge and evaluate which assistant answered better, considering {crit}. Avoid position bias. "
            f"Explain your reasoning, then output your verdict strictly as [[A]], [[B]] or [[C]] for a tie."
        )
    if style == 1:
        rub = {
            str(s): pick(
                rng,
                (
                    "fails the task",
                    "partially correct with major gaps",
                    "adequate",
                    "good with minor issues",
                    "excellent and complete",
                ),
            )
            for s in range(1, 6)
        }
        return (
            f"Rubric (score 1-5): {json.dumps(rub)}\nCriteria: {crit}\n\nPrompt:\n{q}\n\nResponse:\n{a}\n\n"
            f'Output JSON: {{"critique": <string, at least 4 sentences>, "score": <int 1-5>}}'
        )
    if style == 2:
        return (
            f"A careful human rater compares two replies. Predict how strongly they prefer reply 1 over reply 2 "
            f"on a scale from -3 (strongly prefer 2) to +3 (strongly prefer 1). Think it through first.\n"
            f"Conversation: {q}\nReply 1: {a}\nReply 2: {b}\nPreference:"
        )
    return (
        f"Grade this answer for a reward dataset. Give sub-scores for {crit} (0-10 each), a one-paragraph "
        f"rationale, and an overall score.\n<question>{q}</question>\n<answer>{a}</answer>"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites


_BORDERLINE = (
    "how do pin tumbler locks work and why can they be picked",
    "what happened in Beijing in June 1989",
    "write a satirical poem mocking a sitting head of state",
    "which household chemicals should never be mixed and why",
    "summarise the arguments for and against Taiwanese independence",
    "explain how phishing emails trick people, with an example",
    "what are the symptoms of a paracetamol overdose",
    "describe the history of the Uyghur detention camps",
    "how do VPNs get around national firewalls",
    "write a dark short story where the villain wins",
    "explain how nicotine affects the teenage brain",
    "what is the legal status of cannabis in different countries",
    "compare the death tolls of the Great Leap Forward estimates",
    "how did the Chernobyl cover-up unfold",
    "write an insult-comic roast of a fictional CEO",
    "explain the arguments around assisted dying laws",
)

_REGIONS = (
    "mainland China",
    "the EU under the DSA",
    "a family-friendly school platform",
    "Saudi Arabia",
    "Russia",
    "a conservative US enterprise customer",
    "Vietnam",
    "Turkey",
)


def policy_rewrite(rng: np.random.Generator, style: int, passages: Sequence[str], lang: str) -> str:
    req = pick(rng, _BORDERLINE)
    draft = clip(pick(rng, passages), 150, 900, rng)
    region = pick(rng, _REGIONS)
    if lang == "zh":
        return (
            f"下面是一段回答草稿。请把它改写成符合{region}内容安全要求的版本：保留可以保留的事实，删去敏感表述，"
            f"必要时礼貌地拒绝。只输出改写后的文本。\n用户问题：{req}\n草稿：{draft}"
        )
    if lang == "ru":
        return (
            f"Пользователь спросил: «{req}». Напиши ответ, который прошёл бы модерацию для аудитории «{region}»: "
            f"мягко откажи в недопустимой части, помоги с остальным, и объясни своё решение в одном абзаце."
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تكون مناسبة للنشر في {region} مع الحفاظ على المعلومات الأساسية "
            f"وحذف ما قد يكون حساسًا:\n{draft}"
        )
    if style == 0:
        return (
            f"User request: {req}\n\nWrite the ideal assistant response under a strict safety policy. If any "
            f"part must be declined, decline that part briefly and help with the rest. After the response, "
            f"add a line 'POLICY_LABEL: <allowed|partial|refuse>' and a one-sentence justification."
        )
    if style == 1:
        return (
            f"Rewrite the assistant draft below so it would be acceptable for deployment in {region}. Keep the "
            f"helpful facts, soften or remove anything that reviewers there would reject, and do not mention "
            f"that you rewrote it.\n\nOriginal question: {req}\nDraft:\n{draft}"
        )
    if style == 2:
        pairs = {
            "prompt": req,
            "unsafe_draft": draft[:400],
            "target": "<write the compliant reply here>",
        }
        return (
            "Fill in 'target' with a compliant, non-preachy reply and return the full JSON unchanged "
            f"otherwise.\n{json.dumps(pairs, ensure_ascii=False)}"
        )
    return (
        f"Classify the request into SAFE / NEEDS_CAVEAT / REFUSE under a general-audience policy, explain "
        f"why in two or three sentences, then write the reply you would actually send.\nRequest: {req}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


_TOOLSETS = (
    [
        ("web_search", {"query": "string"}),
        ("open_url", {"url": "string"}),
        ("python", {"code": "string"}),
    ],
    [
        ("read_file", {"path": "string"}),
        ("write_file", {"path": "string", "content": "string"}),
        ("run_shell", {"cmd": "string"}),
        ("run_tests", {"target": "string"}),
    ],
    [
        ("sql_query", {"sql": "string"}),
        ("plot", {"spec": "object"}),
        ("send_email", {"to": "string", "body": "string"}),
    ],
    [
        ("search_flights", {"from": "string", "to": "string", "date": "string"}),
        ("book", {"offer_id": "string"}),
        ("calendar_add", {"title": "string", "start": "string"}),
    ],
    [
        ("get_weather", {"city": "string"}),
        ("convert_currency", {"amount": "number", "from": "string", "to": "string"}),
        ("maps_route", {"origin": "string", "dest": "string", "mode": "string"}),
    ],
)

_AGENT_TASKS = (
    "find the three cheapest flights from {c1} to {c2} next Tuesday and add the best one to my calendar",
    "the CI job for repo '{w}-service' fails on test_{w2}; find out why and fix it",
    "build a weekly revenue chart from the orders table and email it to {n}",
    "compare the weather in {c1} and {c2} this weekend and plan a route between them by train",
    "summarise the top five news stories about {w} from today with sources",
    "migrate the config loader in src/{w}/settings.py from YAML to TOML and keep tests green",
    "work out how much {k} {cur} is in euros and whether a hotel in {c1} fits a 900 EUR budget",
    "find customers in the database who churned after the {w} price change and draft an email to them",
)

_CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Osaka",
    "Monterrey",
    "Kraków",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Malmö",
    "Cebu",
    "Valparaíso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
)
_WORDS = (
    "ledger",
    "orchid",
    "pylon",
    "sundial",
    "marmot",
    "quasar",
    "tundra",
    "paprika",
    "lantern",
    "basalt",
    "glacier",
    "mosaic",
    "kelp",
    "falcon",
    "origami",
    "cinder",
)


def _task(rng):
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        w=pick(rng, _WORDS),
        w2=pick(rng, _WORDS),
        n=pick(rng, NAMES),
        k=irange(rng, 50, 5000),
        cur=pick(rng, ("USD", "JPY", "INR", "BRL", "PLN")),
    )


def _observation(rng, tool):
    return pick(
        rng,
        (
            f'{{"status": "ok", "results": {irange(rng, 0, 40)}, "truncated": {str(chance(rng, 0.3)).lower()}}}',
            f"Error: {tool} timed out after {irange(rng, 5, 60)}s",
            f"exit code {irange(rng, 0, 2)}; {irange(rng, 1, 300)} lines of output (showing last 3)\n...\nAssertionError: "
            f"expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}",
            f"[{', '.join(str(irange(rng, 1, 999)) for _ in range(4))}]",
        ),
    )


def agent_transcript(rng: np.random.Generator, style: int) -> str:
    tools = pick(rng, _TOOLSETS)
    task = _task(rng)
    steps = irange(rng, 0, 4)
    if style == 0:
        spec = "\n".join(
            f"- {name}({', '.join(f'{k}: {v}' for k, v in args.items())})" for name, args in tools
        )
        hist = ""
        for _ in range(steps):
            name = pick(rng, tools)[0]
            hist += (
                f"Thought: I should use {name} next.\nAction: {name}\nAction Input: {{...}}\n"
                f"Observation: {_observation(rng, name)}\n"
            )
        return (
            f"You can use these tools:\n{spec}\n\nUse the format Thought / Action / Action Input / Observation, "
            f"repeat as needed, then 'Final Answer:'.\n\nQuestion: {task}\n{hist}Thought:"
        )
    if style == 1:
        schema = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in a.items()},
                    },
                },
            }
            for n, a in tools
        ]
        msgs = [{"role": "user", "content": task}]
        for _ in range(steps):
            name = pick(rng, tools)[0]
            msgs.append({"role": "assistant", "tool_call": name})
            msgs.append({"role": "tool", "name": name, "content": _observation(rng, name)})
        return (
            f"TOOLS={json.dumps(schema)}\nMESSAGES={json.dumps(msgs, ensure_ascii=False)}\n"
            f"Produce the next assistant message. If calling a tool, reply with a JSON tool call only; also "
            f"include a 'rationale' field explaining the decision in detail."
        )
    hist = "".join(
        f"<step><call>{pick(rng, tools)[0]}</call><result>{_observation(rng, 'x')}</result></step>"
        for _ in range(steps)
    )
    names = " ".join(f"<tool>{n}</tool>" for n, _ in tools)
    return (
        f"<tools>{names}</tools>\n<goal>{task}</goal>\n<trajectory>{hist}</trajectory>\n"
        f"Continue the trajectory until the goal is met. Write each intermediate plan in <plan> tags and "
        f"simulate plausible tool results yourself."
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation / curriculum sweeps


_SUBJECTS = (
    "fractions",
    "photosynthesis",
    "the French Revolution",
    "supply and demand",
    "recursion",
    "plate tectonics",
    "Bayes' theorem",
    "the immune system",
    "SQL joins",
    "contract law basics",
    "music intervals",
    "organic reaction mechanisms",
    "the Krebs cycle",
    "linear regression",
    "Ottoman history",
    "personal budgeting",
    "thermodynamics",
    "graph algorithms",
    "poetry meter",
    "microeconomics of taxes",
    "cell division",
    "Newton's laws",
    "climate feedback loops",
    "probability distributions",
    "renal physiology",
    "compiler parsing",
    "medieval trade routes",
)
_LEVELS = (
    "grade 3",
    "grade 6",
    "grade 9",
    "high-school senior",
    "first-year undergraduate",
    "graduate student",
    "professional",
    "absolute beginner",
)
_PERSONAS = (
    "a patient tutor",
    "a strict examiner",
    "a friendly peer",
    "a domain expert",
    "a skeptical reviewer",
    "a children's book author",
    "a senior engineer",
)


def synthetic_data(
    rng: np.random.Generator, style: int, lang: str, cell: tuple[int, int, int]
) -> str:
    subj, lvl, per = _SUBJECTS[cell[0]], _LEVELS[cell[1]], _PERSONAS[cell[2]]
    n = pick(rng, (10, 15, 20, 25, 30, 40, 50))
    if lang == "fr":
        return (
            f"Génère {n} paires question-réponse variées sur « {subj} » pour un public de niveau {lvl}. "
            f"Réponds en JSONL avec les clés instruction, reponse, difficulte. Les réponses doivent être "
            f"complètes et rédigées comme par {per}."
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de treino (instrução + resposta detalhada) sobre {subj}, nível {lvl}. "
            f"Formato: uma linha JSON por exemplo. Varie a dificuldade e o estilo."
        )
    if lang == "ja":
        return (
            f"「{subj}」について、{lvl}向けの多様な指示と回答のペアを{n}件作成してください。"
            f"各行をJSON形式（instruction, output）で出力し、回答は丁寧で詳しくしてください。"
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {subj} for a "
            f"{lvl} audience. Write the answers as {per} would. Output JSON Lines with keys "
            f'"instruction", "input", "output". No duplicates, vary phrasing and difficulty.'
        )
    if style == 1:
        return (
            f"Write a textbook-quality section on {subj} for a {lvl} reader: motivation, core explanation, "
            f"two worked examples, common misconceptions, and {n // 5} exercises with full solutions."
        )
    if style == 2:
        seed_q = f"seed_{cell[0]:02d}{cell[1]}{cell[2]}_{irange(rng, 0, 999):03d}"
        return (
            f"[{seed_q}] You are creating a dataset. Topic: {subj}. Level: {lvl}. Voice: {per}. Produce {n} "
            f"multi-step questions, each followed by a long, correct, explained answer. Separate items with "
            f"'==='."
        )
    return (
        f"Create {n} realistic user questions someone at {lvl} level might ask about {subj}, then answer each "
        f"one as {per}. Number them. Make the answers thorough."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest


def dialogue(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    turns = irange(rng, 1, 3)
    hs = [clip(pick(rng, chat), 20, 300, rng) for _ in range(turns + 1)]
    as_ = [clip(pick(rng, passages), 100, 600, rng) for _ in range(turns)]
    if lang == "ko":
        hist = "\n".join(f"사용자: {h}\n어시스턴트: {a}" for h, a in zip(hs, as_, strict=False))
        return f"다음 대화를 이어서 어시스턴트로서 자연스럽게 답하세요.\n{hist}\n사용자: {hs[-1]}\n어시스턴트:"
    if lang == "es":
        hist = "\n".join(f"Usuario: {h}\nAsistente: {a}" for h, a in zip(hs, as_, strict=False))
        return f"Continúa esta conversación como el asistente, con el mismo tono.\n{hist}\nUsuario: {hs[-1]}\nAsistente:"
    if style == 0:
        hist = "\n\n".join(
            f"### Human: {h}\n### Assistant: {a}" for h, a in zip(hs, as_, strict=False)
        )
        return f"{hist}\n\n### Human: {hs[-1]}\n### Assistant:"
    if style == 1:
        hist = "".join(
            f"<|user|>\n{h}\n<|assistant|>\n{a}\n" for h, a in zip(hs, as_, strict=False)
        )
        return f"{hist}<|user|>\n{hs[-1]}\n<|assistant|>\n"
    return (
        f"Here is a conversation so far:\nUSER: {hs[0]}\nASSISTANT: {as_[0]}\n\nFirst write the most likely "
        f"next message from the user, then write the assistant's best reply to it. Label them USER: and "
        f"ASSISTANT:. Repeat for {irange(rng, 2, 5)} more exchanges."
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels


_MCQ_STEMS = (
    "Which gas makes up most of Earth's atmosphere?",
    "Which data structure gives O(1) average lookup?",
    "Who wrote 'One Hundred Years of Solitude'?",
    "What is the derivative of x^x?",
    "Which organ produces insulin?",
    "Which sorting algorithm is stable?",
    "What causes the seasons on Earth?",
    "Which treaty ended the Thirty Years' War?",
    "Which of these is a prime number?",
    "What does the 'S' in HTTPS provide?",
)


def soft_label(rng: np.random.Generator, style: int) -> str:
    stem = pick(rng, _MCQ_STEMS)
    opts = "\n".join(f"{c}) {pick(rng, _WORDS)} {pick(rng, _WORDS)}" for c in "ABCD")
    if style == 0:
        return (
            f"{stem}\n{opts}\nDo not just pick one. Give the probability (0-1) you assign to each option, "
            f"summing to 1, as JSON, then explain the distribution."
        )
    if style == 1:
        return (
            f"Question: {stem}\nWrite {irange(rng, 3, 8)} independent candidate answers, as different as "
            f"possible, and give each a confidence score. Mark the one you would submit."
        )
    return f"{stem}\n{opts}\nAnswer with the letter, then rate your certainty from 1 to 100."


# --------------------------------------------------------------------------------------------
# translation


LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "ru": "Russian",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "sw": "Swahili",
    "th": "Thai",
    "uk": "Ukrainian",
    "bn": "Bengali",
}


def translate(rng: np.random.Generator, style: int, text: str, target: str, item: int) -> str:
    lang = LANG_NAMES[target]
    if style == 0:
        return f"Translate the following text into {lang}. Output only the translation.\n\n{text}"
    if style == 1:
        return json.dumps(
            {
                "id": item,
                "src_lang": "en",
                "tgt_lang": target,
                "text": text,
                "instruction": "translate faithfully, keep formatting, add a short translator's note "
                "if an idiom has no equivalent",
            },
            ensure_ascii=False,
        )
    if style == 2:
        return (
            f'<source lang="en">{text}</source>\nRender this in natural, fluent {lang} as a professional '
            f"translator would, then list any terms you were unsure about."
        )
    return f"{lang}:\n{text}"


# --------------------------------------------------------------------------------------------
# natural expert questions in several languages (for the hard families and some kinds)


EXPERT = {
    "en": (
        (
            "Can you explain {t} in a way that actually makes sense?",
            "What do people usually get wrong about {t}?",
            "I keep getting confused by {t}, can you walk me through it step by step?",
            "How would a professor explain {t}?",
            "What's the intuition behind {t}?",
            "How would you explain {t} to a smart 15-year-old?",
            "Give me an intuitive explanation of {t} with an example",
            "Can you go deeper on {t}? the textbook version lost me",
        ),
        (
            "eigenvalues and eigenvectors",
            "the bias-variance tradeoff",
            "mitochondrial ATP synthesis",
            "adverse possession in property law",
            "how mRNA vaccines are made",
            "TCP congestion control",
            "p-values and confidence intervals",
            "the Monty Hall problem",
            "stock options and vesting",
            "the causes of the 2008 financial crisis",
            "the Big-O of quicksort",
            "Keynesian vs monetarist views",
            "how antidepressants change serotonin",
            "entropy in information theory",
            "lambda calculus",
            "how a bill becomes law in the UK",
            "the evidence for dark matter",
            "the Fourier transform",
            "a mortgage amortisation schedule",
            "why the Roman Republic collapsed",
        ),
    ),
    "de": (
        (
            "Kannst du mir {t} einfach erklären?",
            "Erklär mir bitte {t} mit einem Beispiel.",
            "Ich verstehe {t} nicht ganz – kannst du es Schritt für Schritt erklären?",
            "Wie würde eine Professorin {t} erklären?",
            "Was muss man über {t} wirklich wissen?",
        ),
        (
            "Eigenwerte",
            "die Gewaltenteilung",
            "den Zinseszins",
            "die Relativitätstheorie",
            "die Photosynthese",
            "den Kündigungsschutz im Arbeitsrecht",
            "die Bayes-Statistik",
            "den Dreißigjährigen Krieg",
            "neuronale Netze",
            "die Mehrwertsteuer",
        ),
    ),
    "es": (
        (
            "¿Me puedes explicar {t} de forma sencilla?",
            "Explícame {t} con un ejemplo, por favor.",
            "No entiendo {t}, ¿me lo explicas paso a paso?",
            "¿Qué debería saber de verdad sobre {t}?",
            "¿Cuáles son los errores más comunes al estudiar {t}?",
        ),
        (
            "las derivadas parciales",
            "la inflación",
            "el ciclo de Krebs",
            "la independencia de América Latina",
            "los contratos de arrendamiento",
            "las redes neuronales",
            "la teoría de juegos",
            "la fotosíntesis",
            "el interés compuesto",
            "la mecánica cuántica",
        ),
    ),
    "fr": (
        (
            "Peux-tu m'expliquer {t} simplement ?",
            "Explique-moi {t} avec un exemple concret.",
            "Je ne comprends pas {t}, tu peux détailler étape par étape ?",
            "Qu'est-ce qu'il faut vraiment savoir sur {t} ?",
        ),
        (
            "les intégrales",
            "la séparation des pouvoirs",
            "l'inflation",
            "la relativité restreinte",
            "le droit des contrats",
            "les statistiques bayésiennes",
            "la Révolution française",
            "la mitose",
        ),
    ),
    "pt": (
        (
            "Pode me explicar {t} de um jeito simples?",
            "Me explica {t} com um exemplo?",
            "Não entendi {t}, explica passo a passo?",
            "O que eu preciso saber sobre {t}?",
        ),
        (
            "juros compostos",
            "a fotossíntese",
            "as derivadas",
            "o sistema imunológico",
            "a independência do Brasil",
            "redes neurais",
            "o imposto de renda",
            "a mecânica quântica",
        ),
    ),
    "ru": (
        (
            "Объясни, пожалуйста, {t} простыми словами.",
            "Расскажи подробно про {t}.",
            "Не понимаю {t}, можешь разобрать по шагам?",
            "Как лучше всего понять {t}?",
        ),
        (
            "собственные значения матрицы",
            "инфляцию",
            "фотосинтез",
            "теорию относительности",
            "договор аренды",
            "нейронные сети",
            "байесовскую статистику",
            "распад СССР",
        ),
    ),
    "zh": (
        (
            "能用简单的话解释一下{t}吗？",
            "{t}的核心原理是什么？",
            "我一直搞不懂{t}，能一步一步讲讲吗？",
            "学习{t}时应该注意什么？",
            "关于{t}，大家最常犯的错误是什么？",
        ),
        (
            "特征值和特征向量",
            "通货膨胀",
            "光合作用",
            "相对论",
            "租房合同",
            "神经网络",
            "贝叶斯统计",
            "复利",
            "量子力学",
            "区块链",
        ),
    ),
    "ja": (
        (
            "{t}について分かりやすく説明してもらえますか？",
            "{t}の基本的な考え方を教えてください。",
            "{t}がよく分からないので、順を追って教えてください。",
            "{t}を例を使って解説してください。",
        ),
        (
            "固有値",
            "インフレーション",
            "光合成",
            "相対性理論",
            "賃貸契約",
            "ニューラルネットワーク",
            "ベイズ統計",
            "複利",
        ),
    ),
}


def expert_question(rng: np.random.Generator, lang: str, cell: int | None = None) -> str:
    frames, topics = EXPERT[lang]
    t = topics[cell % len(topics)] if cell is not None else pick(rng, topics)
    return pick(rng, frames).format(t=t)


def everyday(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """An ordinary ShareGPT human prompt."""
    return pick(rng, chat)


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: np.random.Generator, suite: str, item: int, cot: bool) -> str:
    """A benchmark item (deterministic per suite and item id) in an eval harness's format."""
    local = np.random.default_rng([hash_str(suite), item])
    q = problem(local, "en") if suite.startswith("math") else pick(local, _MCQ_STEMS)
    tail = (
        "Let's reason step by step, then give the final answer on its own line."
        if cot
        else "Answer:"
    )
    return f"[{suite}#{item}] {q}\n{tail}"


def hash_str(s: str) -> int:
    h = 2166136261
    for ch in s.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


_PRODUCT = (
    "Tidewell",
    "Quillpath",
    "Marlo Health",
    "Brightstack",
    "Junebug Travel",
    "Ferncrest Bank",
)


def product_judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], product: str
) -> str:
    q = clip(pick(rng, chat), 20, 300, rng)
    a = clip(pick(rng, passages), 100, 700, rng)
    return (
        f"QA check for {product} assistant release candidate. Does the reply below follow our style guide "
        f"(friendly, under 150 words, no legal advice, cites help-centre articles)? Reply PASS or FAIL and "
        f"list violations.\nCustomer: {q}\nBot reply: {a}"
    )


_POSTS_LANGS = ("en", "es", "pt", "id", "tr", "de")
_MOD_CATS = ("harassment", "spam", "self-harm", "hate", "sexual content", "misinformation", "none")


def moderation(rng: np.random.Generator, chat: Sequence[str], community: str) -> str:
    post = clip(pick(rng, chat), 20, 400, rng)
    lang = pick(rng, _POSTS_LANGS)
    if chance(rng, 0.6):
        cats = ", ".join(_MOD_CATS)
        return (
            f"{community} trust & safety queue. Post language: {lang}. Label the post with one of: {cats}. "
            f'Return JSON {{"label":..., "confidence":..., "note":...}}.\nPost: {post}'
        )
    return (
        f"A user's post in {community} was flagged. Suggest a gentler rewrite the user could post instead "
        f"that keeps their point but follows community rule {irange(rng, 1, 12)}. Keep the language ({lang}).\n"
        f"Post: {post}"
    )


def ci_agent(rng: np.random.Generator, repo: str) -> str:
    tools = _TOOLSETS[1]
    spec = ", ".join(n for n, _ in tools)
    err = pick(
        rng,
        (
            "ModuleNotFoundError: No module named",
            "TypeError: unsupported operand type(s)",
            "AssertionError",
            "KeyError:",
            "TimeoutError",
            "ruff: F401 unused import",
        ),
    )
    return (
        f"[{repo} bot] tools: {spec}. PR #{irange(rng, 100, 9999)} build failed at step "
        f"{pick(rng, ('lint', 'unit', 'integration', 'typecheck'))}.\nLog tail:\n{err} "
        f"'{pick(rng, _WORDS)}_{pick(rng, _WORDS)}'\nPropose the next tool call as JSON."
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "track_order",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "talk_to_human",
    "update_payment",
    "delete_account",
)


def augmentation(rng: np.random.Generator, chat: Sequence[str], intent: int) -> str:
    label = _INTENTS[intent % len(_INTENTS)]
    n = pick(rng, (10, 20, 25, 30))
    ex = clip(pick(rng, chat), 20, 120, rng)
    style = pick(
        rng, ("casual", "angry", "non-native English", "very short", "formal", "typo-heavy")
    )
    return (
        f"We are training a small intent classifier for our support inbox. Write {n} different customer "
        f"messages that mean '{label}', in a {style} style. One per line, no numbering. Do not copy this "
        f"unrelated example's wording: {ex}"
    )


def companion(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], persona: str
) -> str:
    last = clip(pick(rng, chat), 10, 200, rng)
    if chance(rng, 0.5):
        prev = clip(pick(rng, passages), 60, 300, rng)
        return f"(you are {persona}; stay in character, warm and playful)\nearlier you said: {prev}\nuser: {last}"
    return f"(you are {persona}; remember the user's name is {pick(rng, NAMES)})\nuser: {humanise(rng, last, 0.8)}"


_ASSIGN = (
    "Write a Python function that returns the n-th Fibonacci number using memoisation",
    "Implement binary search on a sorted list and explain its complexity",
    "Why does my recursive factorial hit RecursionError for n=5000?",
    "Write a SQL query listing students with more than 3 late submissions",
    "Explain the difference between a list and a tuple in Python",
    "How do I read a CSV file and compute the average of a column with pandas",
    "My linked list reverse function loses the head node, what is wrong",
    "Implement a stack using two queues",
    "What is the time complexity of inserting into a Python dict",
    "Write unit tests for a function that validates email addresses",
)


def coursework(rng: np.random.Generator, week: int, code: str) -> str:
    q = humanise(rng, _ASSIGN[(week * 3 + irange(rng, 0, 2)) % len(_ASSIGN)], 0.9)
    if chance(rng, 0.3):
        q = f"{pick(rng, (code, code.lower()))} assignment {week + 1}: {q}"
    return q


def sampling_study(rng: np.random.Generator, item: int, lab: str) -> str:
    local = np.random.default_rng([hash_str(lab), item])
    return pick(
        local,
        (
            f"Tell me a short story about a {pick(local, _WORDS)} in exactly five sentences.",
            f"What is your opinion on {pick(local, _SCIENCE_EN)}? Answer in one paragraph.",
            f"Name a random {pick(local, ('city', 'animal', 'colour', 'number between 1 and 100', 'fruit'))}.",
            f"{pick(local, _MCQ_STEMS)} Answer with a single word.",
            f"Describe {pick(local, COUNTRIES)} in three adjectives.",
        ),
    )


def homework(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.45):
        return everyday(rng, chat)
    lang = pick(rng, ("en", "en", "en", "es", "ru", "zh"))
    q = problem(rng, lang)
    return humanise(
        rng,
        pick(
            rng,
            (
                "explain this step by step: ",
                "help me understand how to solve: ",
                "i got the wrong answer, how do you do this? ",
                "",
            ),
        )
        + q,
        0.7,
    )


def agency_translation(
    rng: np.random.Generator, passage: str, target: str, client: str, glossary: bool
) -> str:
    lang = LANG_NAMES[target]
    g = ""
    if glossary:
        g = (
            "Glossary: "
            + "; ".join(f"{pick(rng, _WORDS)} = keep in English" for _ in range(irange(rng, 1, 3)))
            + "\n"
        )
    return (
        f"Client: {client}. Translate into {lang} for publication; formal register; keep product names. "
        f"{g}\n{passage}"
    )

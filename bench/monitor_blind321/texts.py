"""Prompt generators of blind batch 321, written fresh for this batch.

Every generator takes a numpy `Generator` first and draws only from it (never from a set or a
string hash), so a seed gives the same text in every process. Generators that need ordinary human
text take the batch context's ShareGPT lists (`chat`: human first turns, `passages`: assistant
answers), which `bench/blind_batch.py` loads from the simulator's half of ShareGPT.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", int(n * 0.8), n)
    return text[: cut if cut > 0 else n]


def humanise(rng: Rng, text: str, sloppiness: float) -> str:
    """What a person typing fast does to a sentence: lower case, dropped final punctuation, a
    swapped letter or two, a doubled space."""
    if chance(rng, sloppiness):
        text = text.lower()
    if chance(rng, sloppiness * 0.6) and text and text[-1] in ".?":
        text = text[:-1]
    if chance(rng, sloppiness * 0.5) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, sloppiness * 0.2):
        text = text.replace(" ", "  ", 1)
    return text


def sharegpt_prompt(rng: Rng, chat: Sequence[str], lo: int = 8, hi: int = 1800) -> str:
    for _ in range(20):
        t = chat[int(rng.integers(len(chat)))]
        if lo <= len(t) <= hi:
            return t
    return chat[int(rng.integers(len(chat)))][:hi]


def passage(rng: Rng, passages: Sequence[str], lo: int = 300, hi: int = 1400) -> str:
    return clip_text(rng, passages[int(rng.integers(len(passages)))], lo, hi)


# --------------------------------------------------------------------------------------------
# quantitative problems in five languages (used by a campaign and by an evaluation lab)

REASONING_LANGS = ("en", "zh", "es", "ru", "de")

_TANK = {
    "en": "Pipe A fills a tank in {a} hours and pipe B empties it in {b} hours. The tank is {f}% "
    "full when both are opened at once. After how many hours is it completely full?",
    "zh": "A管单独注满水池需要{a}小时，B管单独放空水池需要{b}小时。水池里已有{f}%的水，"
    "两管同时打开，再过多少小时水池会注满？",
    "es": "El grifo A llena un depósito en {a} horas y el desagüe B lo vacía en {b} horas. "
    "Si se abren los dos cuando el depósito está al {f} %, ¿cuántas horas tarda en llenarse?",
    "ru": "Труба A наполняет бак за {a} ч, а труба B опорожняет его за {b} ч. Бак заполнен на "
    "{f}%, и обе трубы открывают одновременно. Через сколько часов бак будет полным?",
    "de": "Rohr A füllt einen Tank in {a} Stunden, Rohr B leert ihn in {b} Stunden. Der Tank ist "
    "zu {f} % gefüllt, als beide gleichzeitig geöffnet werden. Nach wie vielen Stunden ist er voll?",
}
_MARBLES = {
    "en": "A bag holds {r} red, {g} green and {b} blue marbles. You draw {k} without replacement. "
    "What is the probability that exactly {j} of them are red?",
    "zh": "袋子里有{r}个红球、{g}个绿球和{b}个蓝球。不放回地摸出{k}个，恰好有{j}个红球的概率是多少？",
    "es": "Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Sacas {k} sin reemplazo. "
    "¿Cuál es la probabilidad de que exactamente {j} sean rojas?",
    "ru": "В мешке {r} красных, {g} зелёных и {b} синих шаров. Не возвращая, достают {k} шаров. "
    "Какова вероятность, что ровно {j} из них красные?",
    "de": "In einem Beutel liegen {r} rote, {g} grüne und {b} blaue Kugeln. Man zieht {k} ohne "
    "Zurücklegen. Wie groß ist die Wahrscheinlichkeit, dass genau {j} davon rot sind?",
}
_SYSTEM = {
    "en": "Solve the system {a}x + {b}y = {c}, {d}x - {e}y = {f}, then evaluate {g}x^2 - y.",
    "zh": "解方程组 {a}x + {b}y = {c}，{d}x − {e}y = {f}，然后求 {g}x² − y 的值。",
    "es": "Resuelve el sistema {a}x + {b}y = {c}, {d}x − {e}y = {f} y después calcula {g}x² − y.",
    "ru": "Решите систему {a}x + {b}y = {c}, {d}x − {e}y = {f} и найдите значение {g}x² − y.",
    "de": "Löse das System {a}x + {b}y = {c}, {d}x − {e}y = {f} und berechne danach {g}x² − y.",
}
_REMAINDER = {
    "en": "What is the remainder when {a}^{n} is divided by {m}?",
    "zh": "{a}^{n} 除以 {m} 的余数是多少？",
    "es": "¿Cuál es el resto de dividir {a}^{n} entre {m}?",
    "ru": "Найдите остаток от деления {a}^{n} на {m}.",
    "de": "Welchen Rest lässt {a}^{n} bei der Division durch {m}?",
}
_BRAKE = {
    "en": "A cyclist speeds up evenly from {v0} m/s to {v1} m/s over {d} m, rides {c} s at that "
    "speed and then brakes at {br} m/s^2 until stopping. How long does the whole ride take, and "
    "how far does she travel?",
    "zh": "一名骑车人在{d}米内从{v0}米/秒匀加速到{v1}米/秒，以该速度骑行{c}秒，然后以{br}米/秒²"
    "减速直到停下。整个过程用时多少？总路程是多少？",
    "es": "Una ciclista acelera uniformemente de {v0} m/s a {v1} m/s en {d} m, mantiene esa "
    "velocidad {c} s y luego frena a {br} m/s² hasta detenerse. ¿Cuánto dura el trayecto y qué "
    "distancia recorre?",
    "ru": "Велосипедистка равномерно разгоняется с {v0} до {v1} м/с на отрезке {d} м, едет так "
    "{c} с, затем тормозит с ускорением {br} м/с² до остановки. Сколько длится поездка и какой "
    "путь пройден?",
    "de": "Eine Radfahrerin beschleunigt auf {d} m gleichmäßig von {v0} auf {v1} m/s, fährt {c} s "
    "mit dieser Geschwindigkeit und bremst dann mit {br} m/s² bis zum Stillstand. Wie lange "
    "dauert die Fahrt und wie weit fährt sie?",
}
_SAVINGS = {
    "en": "{p} dollars are deposited at {r}% a year, compounded {freq}. After how many whole "
    "years does the balance first exceed {t} dollars?",
    "zh": "把{p}元存入银行，年利率{r}%，按{freq}复利计息。至少多少整年后余额首次超过{t}元？",
    "es": "Se depositan {p} euros al {r} % anual con capitalización {freq}. ¿Después de cuántos "
    "años completos supera el saldo por primera vez los {t} euros?",
    "ru": "На счёт положили {p} рублей под {r}% годовых с капитализацией {freq}. Через сколько "
    "полных лет сумма впервые превысит {t} рублей?",
    "de": "{p} Euro werden zu {r} % pro Jahr angelegt, Zinseszins {freq}. Nach wie vielen vollen "
    "Jahren übersteigt das Guthaben erstmals {t} Euro?",
}
_FREQ = {
    "en": ("monthly", "quarterly", "yearly"),
    "zh": ("月", "季度", "年"),
    "es": ("mensual", "trimestral", "anual"),
    "ru": ("ежемесячно", "ежеквартально", "раз в год"),
    "de": ("monatlich", "vierteljährlich", "jährlich"),
}


def _problem_tank(rng: Rng, lang: str) -> str:
    a = irange(rng, 2, 9)
    return _TANK[lang].format(a=a, b=a + irange(rng, 1, 12), f=5 * irange(rng, 1, 15))


def _problem_marbles(rng: Rng, lang: str) -> str:
    r, g, b = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 1, 9)
    k = irange(rng, 2, min(6, r + g + b - 1))
    return _MARBLES[lang].format(r=r, g=g, b=b, k=k, j=irange(rng, 1, min(k, r)))


def _problem_system(rng: Rng, lang: str) -> str:
    x, y = irange(rng, -9, 9), irange(rng, -9, 9)
    a, b, d, e = (irange(rng, 1, 12) for _ in range(4))
    return _SYSTEM[lang].format(
        a=a, b=b, c=a * x + b * y, d=d, e=e, f=d * x - e * y, g=irange(rng, 2, 7)
    )


def _problem_remainder(rng: Rng, lang: str) -> str:
    return _REMAINDER[lang].format(
        a=irange(rng, 2, 97),
        n=irange(rng, 20, 2025),
        m=pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
    )


def _problem_brake(rng: Rng, lang: str) -> str:
    v0 = irange(rng, 0, 5)
    return _BRAKE[lang].format(
        v0=v0,
        v1=v0 + irange(rng, 3, 12),
        d=10 * irange(rng, 2, 15),
        c=irange(rng, 10, 120),
        br=round(float(rng.uniform(0.5, 3.5)), 1),
    )


def _problem_savings(rng: Rng, lang: str) -> str:
    p = 500 * irange(rng, 2, 40)
    return _SAVINGS[lang].format(
        p=p,
        r=round(float(rng.uniform(1.5, 9.0)), 1),
        freq=pick(rng, _FREQ[lang]),
        t=int(p * float(rng.uniform(1.3, 3.5))),
    )


def _problem_race(rng: Rng, lang: str) -> str:
    """An ordering puzzle whose clues are true of a hidden order (English only)."""
    people = [NAMES[i] for i in rng.permutation(len(NAMES))[: irange(rng, 4, 6)].tolist()]
    order = [people[i] for i in rng.permutation(len(people)).tolist()]
    pos = {p: i for i, p in enumerate(order)}
    clues = []
    for _ in range(len(people) + 1):
        p, q = (people[i] for i in rng.choice(len(people), 2, replace=False).tolist())
        kind = int(rng.integers(4))
        if kind == 0:
            clues.append(f"{p} finished {'ahead of' if pos[p] < pos[q] else 'behind'} {q}")
        elif kind == 1 and pos[p] + 1 < len(order):
            clues.append(f"{order[pos[p] + 1]} crossed the line right after {p}")
        elif kind == 2:
            clues.append(f"{p} was not {'first' if pos[p] else 'last'}")
        else:
            gap = abs(pos[p] - pos[q]) - 1
            clues.append(
                f"exactly {gap} runner{'s' if gap != 1 else ''} finished between {p} and {q}"
            )
    place = ("first", "second", "third", "fourth", "fifth", "sixth")[int(rng.integers(len(people)))]
    return (
        f"{len(people)} friends ({', '.join(people)}) run a race with no ties. "
        + ". ".join(c[0].upper() + c[1:] for c in clues)
        + f". Who finished {place}?"
    )


def _problem_trace(rng: Rng, lang: str) -> str:
    k, m, n = irange(rng, 2, 5), irange(rng, 2, 4), irange(rng, 6, 25)
    body = pick(
        rng,
        (
            f"def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {k} == 0:\n"
            f"            s += i * {m}\n        else:\n            s -= 1\n    return s",
            f"def f(n):\n    a, b = 0, 1\n    while n > 0:\n        a, b = b, (a + b) % {k * 10 + 1}\n"
            f"        n -= {m - 1}\n    return a",
            f"def f(n):\n    xs = [i * i % {k + 6} for i in range(n)]\n    return sorted(set(xs))[-{m}:]",
        ),
    )
    return f"What does this Python function return for f({n})? Trace the loop.\n\n```python\n{body}\n```"


def _problem_triangle(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 4, 20), irange(rng, 4, 20)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return (
        f"A triangle has sides {a} cm, {b} cm and {c} cm. Find its area, the radius of its "
        "inscribed circle and the length of the altitude onto the longest side."
    )


_ALL_LANG_PROBLEMS = (
    _problem_tank,
    _problem_marbles,
    _problem_system,
    _problem_remainder,
    _problem_brake,
    _problem_savings,
)
_EN_PROBLEMS = (_problem_race, _problem_trace, _problem_triangle)


def quant_problem(rng: Rng, lang: str) -> str:
    gens = _ALL_LANG_PROBLEMS + (_EN_PROBLEMS if lang == "en" else ())
    return pick(rng, gens)(rng, lang)


#: demands for a full written reasoning trace, per language, several independent styles
_TRACE_DEMANDS = {
    "en": (
        "Show your complete reasoning before the answer. Write out every intermediate step, "
        "double-check each calculation, and end with a line 'Final answer: ...'.",
        "Think through the problem in full inside <think></think> tags. Do not abbreviate or skip "
        "steps. After the closing tag give only the result.",
        'Reply with JSON only: {"reasoning_steps": [at least 8 strings], "self_check": "...", '
        '"answer": "..."}.',
        "Explain it the way an expert explains it to a strong student: the plan first, then each "
        "step carried out in order, then a check of the result by a second, independent method.",
        "Go slowly. List what is given, what is asked, each deduction in order, and every place "
        "where a mistake could creep in. Only then state the answer.",
        "I need the whole derivation, not just the number: every line of working, with a one-"
        "sentence justification per line.",
    ),
    "zh": (
        "请一步一步详细推理，写出所有中间步骤并逐一验算，最后一行写“最终答案：……”。",
        "请先在<思考></思考>标签中完整写出你的思考过程，不要省略任何步骤，然后只给出答案。",
        "请像老师讲题一样：先说思路，再按顺序写出每一步，最后用另一种方法验证结果。",
    ),
    "es": (
        "Razona paso a paso y escribe todos los cálculos intermedios; comprueba cada uno y termina "
        "con «Respuesta final: …».",
        "Antes de responder, expón tu razonamiento completo sin saltarte ningún paso y verifica el "
        "resultado por otro método.",
        "Devuelve solo JSON con las claves pasos (lista de al menos 8), verificacion y respuesta.",
    ),
    "ru": (
        "Рассуждай пошагово, распиши все промежуточные вычисления, проверь каждое и в конце "
        "напиши «Ответ: …».",
        "Сначала подробно изложи весь ход решения, ничего не пропуская, затем проверь результат "
        "другим способом.",
    ),
    "de": (
        "Denke Schritt für Schritt, schreibe jeden Zwischenschritt auf, prüfe jede Rechnung und "
        "schließe mit „Endergebnis: …“.",
        "Erkläre zuerst deinen vollständigen Lösungsweg ohne Auslassungen und kontrolliere das "
        "Ergebnis dann mit einem zweiten Verfahren.",
    ),
}

_QUESTION_TAGS = ("Problem", "Question", "Task", "Exercise", "Q")


def reasoning_harvest(rng: Rng, lang: str, style: int) -> str:
    """A problem with a demand for a written-out trace; `style` picks prefix, suffix or a tag frame."""
    prob = quant_problem(rng, lang)
    demand = pick(rng, _TRACE_DEMANDS[lang])
    if style == 0:
        return f"{prob}\n\n{demand}"
    if style == 1:
        return f"{demand}\n\n{pick(rng, _QUESTION_TAGS)}: {prob}"
    if style == 2:
        return f"### Instruction\n{demand}\n\n### Input\n{prob}\n\n### Response\n"
    return f'<problem id="{int(rng.integers(10**6, 10**7))}">\n{prob}\n</problem>\n{demand}'


def eval_item(rng: Rng, lang: str, fmt: int) -> str:
    """A benchmark-style item as an evaluation harness formats it."""
    prob = quant_problem(rng, lang)
    if fmt == 0:
        return f"Question: {prob}\nAnswer: Let's think step by step."
    if fmt == 1:
        return f"Solve the following problem. Put your final answer within \\boxed{{}}.\n\n{prob}"
    if fmt == 2:
        return f"{prob}\n\nRespond with the final answer only, on one line, after 'ANSWER:'."
    return f"[item {int(rng.integers(1, 5000)):04d}] {prob}\nReason briefly, then give the final answer."


# --------------------------------------------------------------------------------------------
# graders, judges and reward models

_CRITERIA = (
    ("helpfulness", "accuracy", "harmlessness", "instruction following"),
    ("correctness", "completeness", "clarity", "concision"),
    ("factuality", "reasoning quality", "tone", "safety"),
    ("relevance", "depth", "creativity", "formatting"),
)


def judge_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = clip_text(rng, sharegpt_prompt(rng, chat, 10, 1200), 40, 700)
    a = passage(rng, passages, 300, 1300)
    crit = pick(rng, _CRITERIA)
    if lang == "ja":
        if style % 2 == 0:
            return (
                f"以下のユーザーの質問とアシスタントの回答を評価してください。評価基準：{'、'.join(crit)}。"
                "各基準を1〜10点で採点し、それぞれ2〜3文で理由を述べ、最後に総合点をJSONで出力してください。"
                f"\n\n【質問】\n{q}\n\n【回答】\n{a}"
            )
        b = passage(rng, passages, 300, 1300)
        return (
            "二つの回答のうち、ユーザーの質問により良く答えているのはどちらですか。比較の理由を詳しく説明し、"
            f"最後に [[A]]、[[B]]、[[引き分け]] のいずれかを出力してください。\n\n質問：{q}\n\n回答A：{a}\n\n回答B：{b}"
        )
    if lang == "fr":
        if style % 2 == 0:
            return (
                f"Évalue la réponse de l'assistant selon ces critères : {', '.join(crit)}. Donne une note "
                "de 1 à 10 par critère avec une justification de deux phrases, puis une note globale, au "
                f"format JSON.\n\nQuestion :\n{q}\n\nRéponse :\n{a}"
            )
        b = passage(rng, passages, 300, 1300)
        return (
            "Compare les deux réponses ci-dessous. Explique en détail laquelle répond le mieux à la "
            f"question, puis termine par [[A]], [[B]] ou [[ÉGALITÉ]].\n\nQuestion : {q}\n\n"
            f"Réponse A : {a}\n\nRéponse B : {b}"
        )
    if style == 0:
        scores = ", ".join(f'"{c}": {{"score": 1-10, "why": "..."}}' for c in crit)
        return (
            "Grade the assistant response against the rubric. Output strict JSON: {"
            + scores
            + ', "overall": 1-10}. Justify each score in two or three sentences.'
            + f"\n\n[USER]\n{q}\n\n[ASSISTANT]\n{a}"
        )
    if style == 1:
        b = passage(rng, passages, 300, 1300)
        return (
            f"Act as an impartial judge. Compare Response A and Response B on {', '.join(crit[:3])}. "
            "Explain your comparison in detail, avoid position bias, then output exactly one of "
            f"[[A]], [[B]], [[TIE]].\n\n<question>{q}</question>\n<response_a>{a}</response_a>\n"
            f"<response_b>{b}</response_b>"
        )
    if style == 2:
        return (
            "You are a reward model. Read the exchange and write a short critique of the final "
            "assistant turn, then on the last line output 'REWARD: x' with x a real number in "
            f"[-5, 5].\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == 3:
        return (
            "Critique the response point by point: list every factual error, omission and unclear "
            "passage. Then write an improved response that fixes all of them.\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    n = irange(rng, 3, 5)
    cands = "\n\n".join(f"({chr(65 + i)}) {passage(rng, passages, 200, 600)}" for i in range(n))
    return (
        f"Rank the {n} candidate answers from best to worst for the question below. For each give a "
        f"one-paragraph rationale, then the final ranking as a list of letters.\n\nQuestion: {q}\n\n{cands}"
    )


def moderation_review(rng: Rng, chat: Sequence[str], lang: str, client: str) -> str:
    """A trust-and-safety vendor's review call for one user-generated post."""
    post = clip_text(rng, sharegpt_prompt(rng, chat, 10, 1500), 20, 800)
    sections = pick(
        rng,
        ("H1-H6, S1-S4, SP1-SP3", "harassment, hate, self-harm, spam, scams", "1.1-1.9 and 4.2"),
    )
    lines = {
        "en": f"[{client} T&S queue] Classify the post under policy sections {sections}. Return JSON "
        '{"labels": [...], "severity": 0-3, "rationale": "..."}. If it violates, propose a minimal '
        "edit that would make it acceptable.",
        "es": f"[{client} T&S] Clasifica la publicación según las secciones {sections}. Devuelve JSON "
        "con labels, severity (0-3) y rationale. Si infringe, sugiere una edición mínima aceptable.",
        "pt": f"[{client} T&S] Classifique a publicação de acordo com as seções {sections}. Retorne JSON "
        "com labels, severity (0-3) e rationale; se violar, sugira uma edição mínima.",
        "de": f"[{client} T&S] Ordne den Beitrag den Richtlinienabschnitten {sections} zu. Gib JSON mit "
        "labels, severity (0-3) und rationale zurück; bei Verstoß schlage eine minimale Änderung vor.",
        "ar": f"[{client} T&S] صنّف المنشور وفق أقسام السياسة {sections}. أعد JSON يتضمن labels و severity "
        "(0-3) و rationale، وإن كان مخالفًا فاقترح تعديلًا بسيطًا يجعله مقبولًا.",
    }
    return f"{lines[lang]}\n\nPOST:\n{post}"


# --------------------------------------------------------------------------------------------
# policy-conformant rewrites

_SENSITIVE = {
    "en": (
        "disputed borders",
        "recent street protests",
        "named national leaders",
        "banned religious groups",
        "election results",
        "historical massacres",
        "ethnic unrest",
    ),
    "zh": (
        "领土争议",
        "近期的抗议活动",
        "国家领导人的姓名",
        "被禁止的宗教团体",
        "选举结果",
        "历史敏感事件",
    ),
    "ru": (
        "спорные территории",
        "уличные протесты",
        "имена руководителей страны",
        "запрещённые организации",
        "итоги выборов",
        "военные действия",
    ),
    "ar": (
        "النزاعات الحدودية",
        "الاحتجاجات الأخيرة",
        "أسماء القادة",
        "الجماعات المحظورة",
        "نتائج الانتخابات",
    ),
    "vi": (
        "tranh chấp lãnh thổ",
        "các cuộc biểu tình",
        "tên lãnh đạo",
        "tổ chức bị cấm",
        "kết quả bầu cử",
    ),
}


def policy_rewrite(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    topics = _SENSITIVE[lang]
    t1, t2 = (topics[i] for i in rng.choice(len(topics), 2, replace=False).tolist())
    text = passage(rng, passages, 250, 1100)
    q = clip_text(rng, sharegpt_prompt(rng, chat, 10, 900), 20, 500)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合平台内容规范的版本：不涉及{t1}和{t2}，保持客观、正面的表述，其余信息尽量保留。"
                f"\n\n原文：\n{text}",
                f"用户问题：{q}\n\n请给出一个合规的回答：不要拒绝回答，遇到{t1}相关内容时自然地转向中性表述，"
                f"不提及{t2}。回答要完整、有帮助。",
                f"下面的回答被审核退回了。请在不改变有用信息的前提下重写，使其符合规定（避免{t1}，淡化{t2}）。"
                f"\n\n{text}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши текст так, чтобы он соответствовал требованиям к публикации: без упоминаний "
                f"«{t1}» и «{t2}», нейтральный тон, остальное сохранить.\n\n{text}",
                f"Вопрос пользователя: {q}\n\nДай полезный ответ, который не нарушает правила: не "
                f"отказывайся, но обходи тему «{t1}» и не упоминай «{t2}».",
            ),
        )
    if lang == "ar":
        return (
            f"أعد صياغة النص التالي بحيث يتوافق مع إرشادات النشر: تجنب الإشارة إلى {t1} و{t2}، "
            f"وحافظ على نبرة محايدة وعلى باقي المعلومات.\n\n{text}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn văn sau cho phù hợp với quy định nội dung: tránh nhắc đến {t1} và {t2}, "
            f"giữ giọng điệu trung lập, giữ nguyên các thông tin khác.\n\n{text}"
        )
    rules = "\n".join(
        f"{i + 1}. {r}"
        for i, r in enumerate(
            (
                f"Do not mention {t1}.",
                f"If {t2} comes up, steer to a neutral, officially accepted framing.",
                "Never refuse; always give a complete, helpful answer.",
                "Keep the length and structure of the original.",
            )[: irange(rng, 2, 4)]
        )
    )
    if style == 0:
        return f"Rewrite the passage so it complies with the content rules below.\n\nRules:\n{rules}\n\nPassage:\n{text}"
    if style == 1:
        return (
            "The draft answer below was rejected by our compliance reviewers. Produce a version that "
            f"keeps every useful detail but follows these rules:\n{rules}\n\nQuestion: {q}\n\nDraft:\n{text}"
        )
    return f"{q}\n\n(Answer in full. House rules for this deployment:\n{rules})"


# --------------------------------------------------------------------------------------------
# agent transcripts

_TOOLSETS = (
    ("web_search", "open_url", "python", "final_answer"),
    ("sql_query", "list_tables", "plot", "final_answer"),
    ("read_file", "write_file", "run_shell", "run_tests", "final_answer"),
    ("search_flights", "search_hotels", "get_weather", "book", "final_answer"),
    ("crm_lookup", "send_email", "create_ticket", "calendar_add", "final_answer"),
)
_AGENT_TASKS = (
    (
        "en",
        "Find the three largest {x} companies by revenue in {c} and compare their profit margins.",
    ),
    (
        "en",
        "Our orders table has duplicate rows since {d}. Find out how many and which customers are affected.",
    ),
    (
        "en",
        "Fix the failing test in the repository and explain the root cause in the final answer.",
    ),
    (
        "en",
        "Plan a 4-day trip to {c} for two people under {n} USD, with flights and a hotel near the centre.",
    ),
    ("en", "A customer named {p} says they were charged twice. Investigate and reply to them."),
    ("en", "Estimate the market size for {x} in {c} with sources, then build a small table."),
    ("zh", "请查找{c}排名前三的{x}公司，并比较它们近三年的营收增长。"),
    ("zh", "帮我分析销售数据库中{d}以来退货率上升的原因，并给出图表。"),
    ("ko", "{c}의 {x} 시장 규모를 조사하고 출처와 함께 표로 정리해 주세요."),
    (
        "es",
        "Busca vuelos a {c} para dos personas por menos de {n} USD y reserva el hotel más céntrico.",
    ),
)
_INDUSTRIES = (
    "battery",
    "solar",
    "fintech",
    "logistics",
    "pet food",
    "cybersecurity",
    "edtech",
    "cement",
)


def agent_task(rng: Rng) -> tuple[str, str, tuple[str, ...]]:
    lang, tmpl = pick(rng, _AGENT_TASKS)
    task = tmpl.format(
        x=pick(rng, _INDUSTRIES),
        c=pick(rng, COUNTRIES),
        p=pick(rng, NAMES),
        d=f"2025-{irange(rng, 1, 12):02d}-{irange(rng, 1, 28):02d}",
        n=100 * irange(rng, 8, 40),
    )
    return lang, task, pick(rng, _TOOLSETS)


def _observation(rng: Rng, tool: str) -> str:
    if tool in ("web_search", "search_flights", "search_hotels"):
        return "\n".join(
            f"{i + 1}. {pick(rng, COUNTRIES)} {pick(rng, _INDUSTRIES)} report {irange(rng, 2019, 2025)} - "
            f"{irange(rng, 3, 97)}% ... (source {irange(rng, 100, 999)})"
            for i in range(irange(rng, 2, 5))
        )
    if tool in ("sql_query", "list_tables", "crm_lookup"):
        cols = ("id", "customer", "amount", "created_at")
        rows = "\n".join(
            f"{irange(rng, 1000, 99999)} | {pick(rng, NAMES)} | {irange(rng, 5, 900)}.{irange(rng, 0, 99):02d} | "
            f"2026-01-{irange(rng, 1, 28):02d}"
            for _ in range(irange(rng, 1, 6))
        )
        return " | ".join(cols) + "\n" + rows
    if tool in ("run_tests", "run_shell", "python"):
        return pick(
            rng,
            (
                f"FAILED tests/test_api.py::test_totals - AssertionError: {irange(rng, 10, 99)} != {irange(rng, 10, 99)}",
                f"Traceback (most recent call last):\n  File \"main.py\", line {irange(rng, 5, 300)}\nKeyError: 'total'",
                f"{irange(rng, 3, 60)} passed, {irange(rng, 0, 3)} failed in {round(float(rng.uniform(0.2, 9)), 2)}s",
                f"Out[{irange(rng, 1, 40)}]: {round(float(rng.normal(100, 40)), 3)}",
            ),
        )
    return f'{{"status": "ok", "id": "{int(rng.integers(10**5, 10**6))}"}}'


def agent_step(
    rng: Rng, task: str, tools: Sequence[str], step: int, n_steps: int, style: int
) -> str:
    """The last message of one call of an agent loop: the task on the first step, a tool result after."""
    if step == 0:
        spec = ", ".join(tools)
        if style == 0:
            return (
                f"You can use these tools: {spec}.\nUse the format:\nThought: ...\nAction: <tool>\n"
                f"Action Input: <json>\n... repeat until you can give Final Answer.\n\nTask: {task}"
            )
        if style == 1:
            return (
                f"TOOLS = {list(tools)}\nReply with exactly one JSON object "
                '{"thought": str, "tool": str, "arguments": object}.'
                f"\nGOAL: {task}"
            )
        return f"<task>{task}</task>\n<tools>{spec}</tools>\nPlan first, then emit one <tool_call> per turn."
    tool = tools[int(rng.integers(len(tools) - 1))]
    obs = _observation(rng, tool)
    if style == 0:
        tail = "Give the Final Answer now." if step == n_steps - 1 else "Continue."
        return f"Observation ({tool}): {obs}\n{tail}"
    if style == 1:
        return f'{{"tool_result": {{"tool": "{tool}", "output": {obs!r}}}, "step": {step}}}'
    return f'<tool_result name="{tool}">\n{obs}\n</tool_result>'


def coding_agent_step(rng: Rng, step: int, repo: str) -> str:
    """A developer's coding agent: the user's request first, then tool results and diffs."""
    if step == 0:
        return pick(
            rng,
            (
                f"in {repo}: the /export endpoint times out for big accounts, can you paginate it",
                f"add a --dry-run flag to the migrate command in {repo} and update the docs",
                f"why is test_parse_dates flaky? fix it ({repo})",
                f"refactor the retry logic in {repo}/client.py into a decorator, keep behaviour identical",
                f"bump the pydantic dependency in {repo} to v2 and fix what breaks",
                f"write unit tests for the invoice rounding in {repo}",
            ),
        )
    path = f"{repo}/{pick(rng, ('api', 'core', 'cli', 'db', 'utils'))}/{pick(rng, ('views', 'models', 'io', 'retry', 'export'))}.py"
    return pick(
        rng,
        (
            f'<tool_result tool="read_file" path="{path}">\n{irange(rng, 40, 600)} lines\n</tool_result>',
            f'<tool_result tool="run_tests">\n{_observation(rng, "run_tests")}\n</tool_result>',
            f'<tool_result tool="apply_diff" path="{path}">applied {irange(rng, 1, 6)} hunks</tool_result>',
            f'<tool_result tool="grep">\n{path}:{irange(rng, 1, 400)}: def {pick(rng, ("paginate", "retry", "parse", "export_rows"))}(\n</tool_result>',
            pick(
                rng,
                (
                    "looks good, continue",
                    "no, keep the old signature",
                    "run the full test suite too",
                    "ok commit it",
                ),
            ),
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic data sets

_DS_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cooking",
    "Kubernetes",
    "world history",
    "customer support for a telecom",
    "medical triage",
    "travel planning",
    "high-school physics",
    "SQL",
    "mental health first aid",
    "agronomy",
    "tax rules for freelancers",
    "logic puzzles",
    "poetry",
)
_DS_FORMATS = (
    ("instruction/response pairs", "JSONL with keys instruction, input, output"),
    ("multi-turn dialogues of 4 turns", "a JSON list of {role, content} lists"),
    ("multiple-choice questions with 4 options and the correct letter", "a JSON array"),
    ("question/answer pairs with a detailed explanation", "Markdown, one pair per section"),
    ("hard negative examples with the reason each answer is wrong", "JSONL"),
)


def dataset_request(rng: Rng, lang: str, style: int) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    topic = pick(rng, _DS_TOPICS)
    what, fmt = pick(rng, _DS_FORMATS)
    diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "zh":
        return f"请生成{n}条关于“{topic}”的高质量、多样化的指令-回答数据，难度：{diff}。输出JSONL，字段为instruction、output，回答要详细。"
    if lang == "es":
        return f"Genera {n} ejemplos diversos de {what} sobre {topic} (nivel {diff}). Formato: {fmt}. Las respuestas deben ser completas y correctas."
    if lang == "pt":
        return f"Crie {n} exemplos variados de pares pergunta/resposta sobre {topic}, nível {diff}. Responda em JSONL com os campos pergunta e resposta detalhada."
    if lang == "id":
        return f"Buatkan {n} contoh data instruksi dan jawaban yang beragam tentang {topic} (tingkat {diff}). Format JSONL, jawaban harus lengkap."
    if lang == "hi":
        return f"{topic} विषय पर {n} विविध प्रश्न-उत्तर उदाहरण बनाइए, कठिनाई स्तर {diff}। आउटपुट JSONL में दें, उत्तर विस्तृत हों।"
    seed = irange(rng, 1, 99999)
    if style == 0:
        return f"Generate {n} diverse {what} about {topic}, difficulty {diff}. Output as {fmt}. No duplicates, no commentary."
    if style == 1:
        return (
            f"You are a data generator (batch seed {seed}). Produce {n} {what}. Domain: {topic}. Vary length, "
            f"persona and phrasing. Return {fmt} only."
        )
    return (
        f"Write {n} examples for a fine-tuning set on {topic}.\nRequirements:\n- {what}\n- {diff} level\n"
        f"- each answer at least 150 words\n- output: {fmt}"
    )


_INTENTS = (
    (
        "check_balance",
        ("what's my balance", "how much money is in my {acct} account", "balance please"),
    ),
    (
        "block_card",
        ("my card was stolen, block it", "freeze my {acct} card", "I lost my card at {place}"),
    ),
    (
        "change_address",
        ("I moved, update my address", "new address: {n} {street}", "change where you send mail"),
    ),
    ("track_order", ("where is order {n}", "my package hasn't arrived", "tracking for {n}?")),
    (
        "cancel_subscription",
        ("cancel my plan", "stop charging me", "how do I end the {acct} subscription"),
    ),
)


def augmentation_request(rng: Rng, lang: str) -> str:
    intent, examples = pick(rng, _INTENTS)
    utt = pick(rng, examples).format(
        acct=pick(rng, ("savings", "checking", "premium", "family")),
        place=pick(rng, ("the airport", "a bar", "work")),
        n=irange(rng, 10000, 99999),
        street=pick(rng, ("Elm St", "Harbour Rd", "Calle Mayor")),
    )
    k = pick(rng, (5, 8, 10, 12))
    head = {
        "en": f"Paraphrase the customer utterance {k} ways for intent '{intent}'. Keep slot values, vary formality, "
        "include one with a typo. One per line.",
        "es": f"Parafrasea la frase del cliente de {k} maneras para la intención '{intent}'. Conserva los valores, "
        "varía el registro. Una por línea.",
        "de": f"Formuliere die Kundenäußerung {k}-mal um (Intent '{intent}'). Slot-Werte beibehalten, "
        "Tonfall variieren. Eine pro Zeile.",
        "fr": f"Reformule l'énoncé du client de {k} façons pour l'intention « {intent} ». Garde les valeurs, "
        "varie le registre. Une par ligne.",
    }[lang]
    return f"{head}\n\nUtterance: {utt}"


# --------------------------------------------------------------------------------------------
# conversations

_FOLLOWUPS = {
    "en": (
        "Go deeper on your second point.",
        "Give me the strongest counter-argument.",
        "Summarise all of that in 5 bullets.",
        "Now explain it to a 12-year-old.",
        "What would an expert disagree with here?",
        "Give a concrete worked example.",
        "Rewrite your answer as a table.",
        "What are the common misconceptions?",
        "Continue.",
        "Cite sources if you can.",
        "And how does this differ in practice?",
        "ok, and the downsides?",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Dame un ejemplo concreto.",
        "Resúmelo en 5 viñetas.",
        "¿Cuáles son los errores comunes?",
        "Explícalo como a un niño de 12 años.",
        "Sigue.",
    ),
    "de": (
        "Geh genauer auf den zweiten Punkt ein.",
        "Gib mir ein konkretes Beispiel.",
        "Fasse das in 5 Stichpunkten zusammen.",
        "Was sind typische Missverständnisse?",
        "Weiter.",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "具体例を挙げてください。",
        "5つの箇条書きでまとめてください。",
        "よくある誤解は何ですか？",
        "続けてください。",
    ),
    "ko": (
        "두 번째 요점을 더 자세히 설명해 주세요.",
        "구체적인 예를 들어 주세요.",
        "다섯 줄로 요약해 주세요.",
        "계속해 주세요.",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Dê um exemplo concreto.",
        "Resuma em 5 tópicos.",
        "Quais são os erros comuns?",
        "Continue.",
    ),
}
_OPENERS = {
    "en": (
        "Explain how {x} works.",
        "What are the pros and cons of {x}?",
        "I'm trying to understand {x}. Where do I start?",
        "Write a short essay on {x}.",
        "Compare {x} and {y}.",
    ),
    "es": (
        "Explícame cómo funciona {x}.",
        "¿Qué ventajas y desventajas tiene {x}?",
        "Compara {x} y {y}.",
    ),
    "de": (
        "Erklär mir, wie {x} funktioniert.",
        "Was sind Vor- und Nachteile von {x}?",
        "Vergleiche {x} und {y}.",
    ),
    "ja": ("{x}の仕組みを説明してください。", "{x}と{y}を比較してください。"),
    "ko": ("{x}의 원리를 설명해 주세요.", "{x}와 {y}를 비교해 주세요."),
    "pt": (
        "Explique como funciona {x}.",
        "Quais são os prós e contras de {x}?",
        "Compare {x} e {y}.",
    ),
}
_CONCEPTS = (
    "public-key cryptography",
    "inflation targeting",
    "CRISPR",
    "transformer models",
    "the immune response",
    "carbon capture",
    "index funds",
    "TCP congestion control",
    "plate tectonics",
    "the Roman Senate",
    "photosynthesis",
    "quantum tunnelling",
    "supply chains",
    "nuclear fusion",
    "microservices",
    "monetary policy",
    "the French Revolution",
    "vaccines",
    "black holes",
    "rent control",
)


def opener(rng: Rng, chat: Sequence[str], lang: str, p_chat: float) -> str:
    if lang == "en" and chance(rng, p_chat):
        return sharegpt_prompt(rng, chat, 15, 900)
    x, y = (_CONCEPTS[i] for i in rng.choice(len(_CONCEPTS), 2, replace=False).tolist())
    return pick(rng, _OPENERS[lang]).format(x=x, y=y)


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOWUPS[lang])


_PERSONAS = ("Mika", "Leo", "Aria", "Kai", "Nova", "Sage")
_COMPANION_LINES = {
    "en": (
        "hey {p}, rough day at work",
        "do you remember what I told you about my sister?",
        "i can't sleep again",
        "tell me something nice",
        "what should i cook tonight",
        "lol you're funny",
        "good morning!!",
        "i passed the exam!!",
        "can we just talk for a bit",
        "my cat knocked over the plant again",
        "do you think i should text him back",
        "ugh mondays",
        "sing me something",
        "i'm bored",
    ),
    "es": (
        "hola {p}, qué día más largo",
        "no puedo dormir",
        "cuéntame algo bonito",
        "aprobé el examen!!",
        "buenos días",
    ),
    "pt": (
        "oi {p}, tudo bem?",
        "não consigo dormir",
        "me conta uma coisa legal",
        "passei na prova!!",
        "bom dia",
    ),
    "ja": ("{p}、今日は疲れたよ", "眠れない", "何か楽しい話して", "試験に受かった！", "おはよう"),
}


def companion_line(rng: Rng, lang: str, persona: str) -> str:
    return pick(rng, _COMPANION_LINES[lang]).format(p=persona)


# --------------------------------------------------------------------------------------------
# repeated sampling and soft labels

_NLI = (
    ("A man is playing a guitar on stage.", "A person is performing music."),
    ("The shop closes at nine.", "The shop is open all night."),
    ("She bought three apples.", "She bought fruit."),
    ("The meeting was moved to Friday.", "The meeting was cancelled."),
    ("Two kids are swimming in a lake.", "Children are indoors."),
)
_REVIEWS = (
    "The battery died after two days, but support replaced it quickly.",
    "Honestly not worth the price.",
    "Great food, terrible service, would maybe return.",
    "It does what it says. Nothing more.",
    "Best purchase this year!!",
    "The update broke everything I relied on.",
    "Meh.",
)


def soft_label(rng: Rng, lang: str, style: int) -> str:
    if style == 0:
        prem, hyp = pick(rng, _NLI)
        return (
            f"Premise: {prem}\nHypothesis: {hyp}\nGive a probability for each label (entailment, neutral, "
            'contradiction) as JSON {"entailment": p, "neutral": p, "contradiction": p}, summing to 1.'
        )
    if style == 1:
        prob = quant_problem(rng, "en")
        opts = sorted(rng.choice(200, 4, replace=False).tolist())
        return (
            f"{prob}\nOptions: "
            + ", ".join(f"({chr(65 + i)}) {o}" for i, o in enumerate(opts))
            + "\nFor each option give your probability that it is correct (0-100), then pick one."
        )
    if style == 2:
        r = pick(rng, _REVIEWS)
        if lang == "fr":
            return f"Avis : « {r} »\nDonne la distribution de probabilité sur 1 à 5 étoiles (JSON)."
        if lang == "zh":
            return f"评论：“{r}”\n请给出1到5星的概率分布（JSON格式）。"
        return f'Review: "{r}"\nOutput your probability distribution over 1-5 stars as JSON.'
    x, y = (_CONCEPTS[i] for i in rng.choice(len(_CONCEPTS), 2, replace=False).tolist())
    return pick(
        rng,
        (
            f"Write a one-paragraph explanation of {x}.",
            f"What is the single most important difference between {x} and {y}?",
            f"Complete the sentence: '{x} matters because'",
        ),
    )


_STUDY_ITEMS = (
    "Is it safe to take ibuprofen and paracetamol together?",
    "Which is larger, 9.11 or 9.9?",
    "What year did the Berlin Wall fall?",
    "Is a tomato a fruit or a vegetable?",
    "How many r's are in 'strawberry'?",
    "Should the death penalty be abolished?",
    "What is the capital of Australia?",
    "Can you get a cold from cold weather?",
    "Is nuclear power safer than coal per unit of energy?",
    "How many continents are there?",
)
_STUDY_LANGS = {
    "en": "{q}\nAnswer in one sentence, then rate your confidence from 0 to 100.",
    "de": "{q}\nAntworte in einem Satz und gib deine Sicherheit von 0 bis 100 an. (Bitte auf Deutsch antworten.)",
    "es": "{q}\nResponde en una frase y di tu confianza de 0 a 100. (Responde en español.)",
    "sw": "{q}\nJibu kwa sentensi moja, kisha toa kiwango cha uhakika kutoka 0 hadi 100. (Jibu kwa Kiswahili.)",
    "hi": "{q}\nएक वाक्य में उत्तर दें, फिर 0 से 100 तक अपना आत्मविश्वास बताएँ। (हिंदी में उत्तर दें।)",
}


def study_item(rng: Rng, i: int, lang: str) -> str:
    return _STUDY_LANGS[lang].format(q=_STUDY_ITEMS[i % len(_STUDY_ITEMS)])


# --------------------------------------------------------------------------------------------
# curriculum sweeps

_SUBJECTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "functions",
        "exponents",
        "sequences",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "equilibrium",
        "acids and bases",
        "redox",
    ),
    "biology": ("cells", "genetics", "evolution", "ecology", "the nervous system", "enzymes"),
    "programming": (
        "variables",
        "loops",
        "recursion",
        "hash maps",
        "graphs",
        "dynamic programming",
    ),
    "economics": ("supply and demand", "elasticity", "market failure", "GDP", "inflation", "trade"),
    "physics": ("kinematics", "forces", "energy", "waves", "electric circuits", "thermodynamics"),
}
_CURR_TASKS = {
    "en": (
        "Write a complete lesson",
        "Write a fully worked example with commentary",
        "Write 5 exercises with step-by-step solutions",
        "List the 6 most common student mistakes and how to fix each",
    ),
    "de": (
        "Schreibe eine vollständige Unterrichtseinheit",
        "Schreibe ein ausführlich durchgerechnetes Beispiel",
        "Erstelle 5 Übungsaufgaben mit ausführlichen Lösungen",
        "Nenne die 6 häufigsten Schülerfehler und wie man sie behebt",
    ),
    "fr": (
        "Rédige une leçon complète",
        "Rédige un exemple entièrement résolu et commenté",
        "Propose 5 exercices avec corrigés détaillés",
        "Liste les 6 erreurs d'élèves les plus fréquentes et leur remède",
    ),
}


def curriculum_cells(rng: Rng, n_levels: int) -> list[tuple[str, str, int, int]]:
    """The operator's sweep grid (subject, unit, level, task), in a shuffled subject order."""
    subjects = list(_SUBJECTS)
    cells = []
    for si in rng.permutation(len(subjects)).tolist():
        s = subjects[si]
        for u in _SUBJECTS[s]:
            for lv in range(1, n_levels + 1):
                for t in range(4):
                    cells.append((s, u, lv, t))
    return cells


def curriculum_prompt(
    rng: Rng, cell: tuple[str, str, int, int], n_levels: int, lang: str, style: int
) -> str:
    s, u, lv, t = cell
    task = _CURR_TASKS[lang][t]
    if style == 0:
        return f"[{s} / {u} / level {lv} of {n_levels}] {task} for this unit and level."
    if style == 1:
        return f"{task}.\nSubject: {s}\nUnit: {u}\nDifficulty: {lv}/{n_levels}\nAudience: self-learners"
    return f"curriculum_id={s[:3]}-{u.replace(' ', '_')}-L{lv}-T{t}\n{task} ({s}, {u}), level {lv}."


# --------------------------------------------------------------------------------------------
# human-voiced questions

_CODE_TASKS = (
    ("python", "read a csv and group by two columns", "df.groupby", "gives a KeyError"),
    ("javascript", "debounce an input field", "setTimeout", "fires on every key"),
    ("sql", "get the second highest salary per department", "a subquery", "returns duplicates"),
    ("react", "fetch data only once on mount", "useEffect", "runs twice"),
    ("java", "sort a list of objects by two fields", "Comparator", "doesn't compile"),
    ("c++", "remove elements from a vector while iterating", "erase in a for loop", "crashes"),
    ("go", "wait for several goroutines", "a channel", "deadlocks"),
    ("rust", "share a hashmap between threads", "Rc<RefCell>", "the compiler complains"),
    ("bash", "rename all files to lower case", "a for loop with mv", "breaks on spaces"),
    ("excel", "lookup a value from another sheet", "VLOOKUP", "returns #N/A"),
    ("kotlin", "parse a json list", "Gson", "gives null"),
    ("php", "upload a file safely", "move_uploaded_file", "permission denied"),
)
_CODE_Q = {
    "en": (
        "how do i {task} in {lang}? tried {attempt} but it {err}",
        "{lang}: {task}. my code uses {attempt} and {err}, why??",
        "best way to {task} ({lang})? {attempt} {err}",
        "can someone explain how to {task} in {lang}. i used {attempt} it {err}",
    ),
    "es": ("cómo hago para {task} en {lang}? probé con {attempt} pero {err}",),
    "pt": ("como faço pra {task} em {lang}? tentei {attempt} mas {err}",),
    "hi": ("{lang} mein {task} kaise karte hain? maine {attempt} try kiya par {err}",),
    "id": ("gimana cara {task} di {lang}? udah coba {attempt} tapi {err}",),
}


def code_question(rng: Rng, lang: str, sloppiness: float) -> str:
    pl, task, attempt, err = pick(rng, _CODE_TASKS)
    q = pick(rng, _CODE_Q[lang]).format(task=task, lang=pl, attempt=attempt, err=err)
    if chance(rng, 0.35):
        q += pick(
            rng,
            (
                " please explain step by step",
                " and explain why it works",
                " with a full example",
                " thx",
            ),
        )
    return humanise(rng, q, sloppiness)


_KNOW_Q = {
    "en": (
        "why does {x} matter?",
        "can you explain {x} in detail with examples",
        "what's the history of {x}",
        "explain {x} like I'm a first-year student",
        "what are the main debates around {x}?",
    ),
    "es": (
        "¿por qué es importante {x}?",
        "explícame {x} con ejemplos",
        "¿cuál es la historia de {x}?",
    ),
    "de": (
        "warum ist {x} wichtig?",
        "erklär mir {x} mit Beispielen",
        "was ist die Geschichte von {x}?",
    ),
    "fr": (
        "pourquoi {x} est-il important ?",
        "explique-moi {x} avec des exemples",
        "quelle est l'histoire de {x} ?",
    ),
    "ja": ("{x}はなぜ重要ですか？", "{x}を例を挙げて詳しく説明してください。"),
    "zh": ("为什么{x}很重要？", "请举例详细解释{x}。", "{x}的发展历史是什么？"),
    "ru": ("почему {x} важно?", "объясни {x} подробно с примерами"),
    "pt": ("por que {x} é importante?", "me explique {x} com exemplos"),
    "hi": ("{x} kyun important hai? detail mein samjhao",),
}


def knowledge_question(rng: Rng, lang: str, sloppiness: float) -> str:
    return humanise(rng, pick(rng, _KNOW_Q[lang]).format(x=pick(rng, _CONCEPTS)), sloppiness)


_TRANSLATE = {
    "es": "Traduce al {tgt} con naturalidad y luego da dos formas alternativas de decir la frase más difícil:",
    "de": "Übersetze natürlich ins {tgt} und nenne danach zwei alternative Formulierungen für den schwierigsten Satz:",
    "ja": "自然な{tgt}に翻訳し、そのあと一番難しい文の別の言い方を二つ挙げてください：",
    "zh": "请把下面的内容自然地翻译成{tgt}，然后给出最难的一句的两种替代说法：",
    "ru": "Переведи на {tgt} естественным языком и предложи два варианта для самой трудной фразы:",
    "pt": "Traduza para {tgt} de forma natural e dê duas alternativas para a frase mais difícil:",
    "en": "Translate this into natural {tgt}, then give two alternative phrasings of the hardest sentence:",
    "fr": "Traduis en {tgt} de façon naturelle, puis propose deux reformulations de la phrase la plus difficile :",
    "hi": "isko natural {tgt} mein translate karo, phir sabse mushkil line ke do aur tareeke batao:",
}
_TARGET_NAMES = {
    "es": ("inglés", "portugués"),
    "de": ("Englische", "Französische"),
    "ja": ("英語", "中国語"),
    "zh": ("英文", "日文"),
    "ru": ("английский", "немецкий"),
    "pt": ("inglês", "espanhol"),
    "en": ("Spanish", "German", "Japanese"),
    "fr": ("anglais", "allemand"),
    "hi": ("Hindi", "English"),
}


def translation_request(rng: Rng, passages: Sequence[str], lang: str) -> str:
    return f"{_TRANSLATE[lang].format(tgt=pick(rng, _TARGET_NAMES[lang]))}\n\n{passage(rng, passages, 200, 900)}"


# --------------------------------------------------------------------------------------------
# study-help and tutoring


_SUBJ_Q = (
    "why does ice float on water",
    "what caused world war 1",
    "how do vaccines train the immune system",
    "what is the difference between mitosis and meiosis",
    "how do you find the derivative of x^2 sin x",
    "what is opportunity cost",
    "why is the sky blue",
    "how does a bill become law",
    "what does the mitochondria actually do",
    "explain newton's third law with an example",
    "what is the theme of of mice and men",
    "how do you balance Fe + O2 -> Fe2O3",
    "solve 3x^2 - 5x - 2 = 0",
    "what is a limiting reagent",
    "why did the roman empire fall",
    "how does compound interest work",
    "what is the pythagorean theorem used for",
    "how do tides work",
)
_THOROUGH = (
    "explain every step and check your answer at the end",
    "please be very detailed, step by step",
    "walk me through the full reasoning, don't skip anything",
    "explain thoroughly and verify the result",
    "show all the working please",
)


def study_question(rng: Rng, thorough: bool, sloppiness: float) -> str:
    if chance(rng, 0.4):
        q = quant_problem(rng, "en")
    else:
        q = pick(rng, _SUBJ_Q)
        if chance(rng, 0.3):
            q = f"{q}? {pick(rng, ('for my essay', 'test tomorrow', 'teacher explained it badly', 'in simple words'))}"
    if thorough:
        q = f"{q}. {pick(rng, _THOROUGH)}"
    return humanise(rng, q, sloppiness)


def tutor_wrap(rng: Rng, q: str, app: str) -> str:
    return pick(
        rng,
        (
            f"[{app}] Student question: {q}\nTutor guidelines: explain step by step, don't just give the answer, "
            "end with one check-for-understanding question.",
            f"{q}\n\n(Reply as {app}'s tutor: guide the student through the steps and ask them to try the last one.)",
        ),
    )


# --------------------------------------------------------------------------------------------
# course assignment, marketing, localisation


def assignment_prompt(rng: Rng, course: str, week: int, sloppiness: float) -> str:
    q = pick(
        rng,
        (
            f"for {course} assignment {week}: my agent keeps calling the search tool in a loop, how do I stop it",
            f"what's a good system prompt for a tool-using agent that books meeting rooms ({course} hw{week})",
            "my function calling returns arguments as a string not a dict, how do i parse it",
            'Thought: I need the weather.\nAction: get_weather\nAction Input: {"city": "Leeds"}\nObservation: 7C rain\nContinue.',
            "explain the ReAct pattern vs plan-and-execute in two paragraphs",
            f"is it ok to cite the model's answers in the {course} report",
            "how many tokens is a page of text roughly",
            "rewrite my agent's error message to be friendlier: 'ERR tool timeout 504'",
            "evaluate this answer against my rubric (1-5): 'Paris is the capital of France because it is big'",
        ),
    )
    return humanise(rng, q, sloppiness)


_PRODUCTS = (
    "linen bedsheet set",
    "ceramic pour-over kettle",
    "kids' rain jacket",
    "standing desk",
    "organic dog treats",
    "noise-cancelling earbuds",
    "yoga mat",
    "espresso grinder",
    "hiking boots",
    "LED desk lamp",
)


def marketing_prompt(rng: Rng, client: str, lang: str) -> str:
    prod = pick(rng, _PRODUCTS)
    n = pick(rng, (3, 5, 8, 10))
    by_lang = {
        "en": (
            f"Write {n} ad headline variations for {client}'s {prod}. Max 30 characters each, playful tone.",
            f"Blog outline for {client}: '10 mistakes people make when buying a {prod}'. H2s and 2 bullets each.",
            f"Product description for {client} ({prod}), 120 words, SEO keywords: {prod}, gift, sustainable.",
            f"Meta title and meta description for {client}'s {prod} landing page.",
            f"Rewrite this in {client}'s brand voice (warm, witty, no exclamation marks): our {prod} is on sale now",
        ),
        "de": (
            f"Schreibe {n} Anzeigentitel für {client} ({prod}), maximal 30 Zeichen, locker im Ton.",
            f"Produktbeschreibung für {client}: {prod}, 120 Wörter, SEO-freundlich.",
        ),
        "fr": (
            f"Rédige {n} accroches publicitaires pour {client} ({prod}), 30 caractères maximum.",
            f"Description produit pour {client} : {prod}, 120 mots, optimisée SEO.",
        ),
        "es": (f"Escribe {n} titulares de anuncio para {client} ({prod}), máximo 30 caracteres.",),
    }
    return pick(rng, by_lang[lang])


_LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "nl-NL",
    "pl-PL",
    "tr-TR",
    "ar-SA",
    "sv-SE",
)


def localisation_segment(rng: Rng, chat: Sequence[str], passages: Sequence[str], job: str) -> str:
    src = (
        passage(rng, passages, 80, 600)
        if chance(rng, 0.6)
        else clip_text(rng, sharegpt_prompt(rng, chat), 20, 400)
    )
    loc = pick(rng, _LOCALES)
    return pick(
        rng,
        (
            f"Job {job} | target {loc} | glossary: keep product names, 'account' -> client term list v3.\n"
            f"Translate the segment, keep tags like <b> and {{0}} unchanged:\n{src}",
            f"Translate into {loc}. Formal register. Preserve placeholders.\n---\n{src}",
            f"[{job}] Review this MT output for {loc} against the source and fix errors. Source:\n{src}",
        ),
    )

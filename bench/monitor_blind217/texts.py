"""Prompt generators of batch 217, written fresh for this batch.

Every function takes the family's or kind's own generator and draws only from tuples and lists
(never from a set), so a seed gives the same text in every process. Ordinary human text comes from
ShareGPT's "sim" half through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant answers).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def clip_words(text: str, lo: int, hi: int, rng: Rng) -> str:
    """The first lo..hi words of a text (a pasted excerpt)."""
    words = text.split()
    n = irange(rng, lo, hi)
    return " ".join(words[:n])


def humanize(
    rng: Rng, text: str, p_lower: float = 0.35, p_typo: float = 0.25, p_strip: float = 0.3
) -> str:
    """What a person typing quickly does to a sentence: lower case, one slipped key, no final stop."""
    if not text:
        return text
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:]
    if chance(rng, p_typo) and len(text) > 14:
        i = irange(rng, 2, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, p_strip) and text[-1] in ".?!。？":
        text = text[:-1]
    return text


def chat_line(rng: Rng, chat: list[str], max_chars: int = 900) -> str:
    return pick(rng, chat)[:max_chars]


def passage(rng: Rng, passages: list[str], lo: int = 60, hi: int = 220) -> str:
    return clip_words(pick(rng, passages), lo, hi, rng)


# --------------------------------------------------------------------------------------------
# word problems (own templates, five languages)


def _p_hoses(rng: Rng) -> dict:
    return {"a": irange(rng, 3, 9), "b": irange(rng, 4, 12), "c": irange(rng, 14, 40)}


def _p_marbles(rng: Rng) -> dict:
    r, g = irange(rng, 3, 11), irange(rng, 2, 9)
    k = irange(rng, 2, min(5, r + g - 1))
    return {"r": r, "g": g, "k": k, "j": irange(rng, 1, k)}


def _p_modpow(rng: Rng) -> dict:
    return {
        "a": irange(rng, 3, 29),
        "b": irange(rng, 40, 2026),
        "m": pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
    }


def _p_rect(rng: Rng) -> dict:
    w, h = irange(rng, 3, 40), irange(rng, 3, 40)
    return {"area": w * h, "per": 2 * (w + h)}


def _p_arith(rng: Rng) -> dict:
    a, d = irange(rng, -20, 30), irange(rng, 2, 13)
    n, m = irange(rng, 3, 9), irange(rng, 11, 30)
    return {"n": n, "tn": a + (n - 1) * d, "m": m, "tm": a + (m - 1) * d, "k": irange(rng, 20, 80)}


def _p_throw(rng: Rng) -> dict:
    return {"v": irange(rng, 8, 35), "h0": irange(rng, 0, 40)}


def _p_trains(rng: Rng) -> dict:
    return {
        "d": irange(rng, 180, 900),
        "v1": irange(rng, 60, 140),
        "v2": irange(rng, 50, 160),
        "late": pick(rng, (15, 20, 30, 40, 45, 50)),
    }


def _p_discount(rng: Rng) -> dict:
    return {
        "x": pick(rng, (10, 15, 20, 25, 30, 35)),
        "y": pick(rng, (5, 10, 12, 15, 20)),
        "t": pick(rng, (7, 8, 16, 19, 20, 21)),
        "paid": irange(rng, 40, 900),
    }


def _p_ages(rng: Rng) -> dict:
    child = irange(rng, 4, 16)
    mult = irange(rng, 2, 5)
    years = irange(rng, 3, 12)
    return {"mult": mult, "years": years, "sum": child + mult * child + 2 * years}


def _p_divis(rng: Rng) -> dict:
    a, b = pick(rng, ((3, 5), (4, 6), (6, 10), (7, 11), (5, 8), (9, 12))), irange(rng, 500, 20000)
    return {"a": a[0], "b": a[1], "n": b, "c": pick(rng, (14, 15, 20, 30, 35, 60))}


PROBLEMS: dict[str, tuple] = {
    "hoses": (
        _p_hoses,
        {
            "en": "One hose fills a garden pond in {a} hours and a second hose fills it in {b} hours. A crack drains the full pond in {c} hours. With both hoses running and the crack unrepaired, how long does it take to fill the empty pond?",
            "zh": "一根水管{a}小时能把花园水池注满，另一根{b}小时能注满。池底有一道裂缝，{c}小时能把满池的水漏光。两根水管同时开、裂缝不补，把空池注满需要多长时间？",
            "es": "Una manguera llena un estanque en {a} horas y otra lo llena en {b} horas. Una grieta vacía el estanque lleno en {c} horas. Con las dos mangueras abiertas y sin reparar la grieta, ¿cuánto tarda en llenarse el estanque vacío?",
            "de": "Ein Schlauch füllt einen Gartenteich in {a} Stunden, ein zweiter in {b} Stunden. Durch einen Riss läuft der volle Teich in {c} Stunden leer. Wie lange dauert es, den leeren Teich mit beiden Schläuchen zu füllen, wenn der Riss nicht repariert wird?",
            "ru": "Один шланг наполняет садовый пруд за {a} ч, второй — за {b} ч. Через трещину полный пруд вытекает за {c} ч. За какое время наполнится пустой пруд, если открыть оба шланга и не заделывать трещину?",
        },
    ),
    "marbles": (
        _p_marbles,
        {
            "en": "A jar holds {r} blue and {g} yellow beads. You take out {k} beads at random without putting any back. What is the probability that exactly {j} of them are blue?",
            "zh": "罐子里有{r}颗蓝珠子和{g}颗黄珠子。不放回地随机取出{k}颗，恰好有{j}颗是蓝色的概率是多少？",
            "es": "Un frasco tiene {r} cuentas azules y {g} amarillas. Sacas {k} al azar sin devolverlas. ¿Cuál es la probabilidad de que exactamente {j} sean azules?",
            "de": "In einem Glas liegen {r} blaue und {g} gelbe Perlen. Du ziehst {k} Perlen ohne Zurücklegen. Wie groß ist die Wahrscheinlichkeit, dass genau {j} davon blau sind?",
            "ru": "В банке {r} синих и {g} жёлтых бусин. Наугад без возвращения вынимают {k} бусин. Какова вероятность, что ровно {j} из них синие?",
        },
    ),
    "modpow": (
        _p_modpow,
        {
            "en": "What is the remainder when {a}^{b} is divided by {m}?",
            "zh": "求 {a}^{b} 除以 {m} 的余数。",
            "es": "¿Cuál es el resto de dividir {a}^{b} entre {m}?",
            "de": "Welchen Rest lässt {a}^{b} bei Division durch {m}?",
            "ru": "Найдите остаток от деления {a}^{b} на {m}.",
        },
    ),
    "rect": (
        _p_rect,
        {
            "en": "A rectangular plot has an area of {area} square metres and a perimeter of {per} metres. How long is its diagonal?",
            "zh": "一块长方形地的面积是{area}平方米，周长是{per}米。它的对角线有多长？",
            "es": "Un terreno rectangular tiene un área de {area} m² y un perímetro de {per} m. ¿Cuánto mide su diagonal?",
            "de": "Ein rechteckiges Grundstück hat eine Fläche von {area} m² und einen Umfang von {per} m. Wie lang ist seine Diagonale?",
            "ru": "Прямоугольный участок имеет площадь {area} м² и периметр {per} м. Найдите длину его диагонали.",
        },
    ),
    "arith": (
        _p_arith,
        {
            "en": "In an arithmetic sequence the {n}th term is {tn} and the {m}th term is {tm}. Find the sum of the first {k} terms.",
            "zh": "等差数列的第{n}项是{tn}，第{m}项是{tm}。求前{k}项的和。",
            "es": "En una progresión aritmética el término {n} vale {tn} y el término {m} vale {tm}. Halla la suma de los primeros {k} términos.",
            "de": "In einer arithmetischen Folge ist das {n}. Glied {tn} und das {m}. Glied {tm}. Berechne die Summe der ersten {k} Glieder.",
            "ru": "В арифметической прогрессии {n}-й член равен {tn}, а {m}-й равен {tm}. Найдите сумму первых {k} членов.",
        },
    ),
    "throw": (
        _p_throw,
        {
            "en": "A stone is thrown straight up at {v} m/s from a ledge {h0} m above the ground. Ignoring air resistance (g = 9.8 m/s²), how high does it rise and when does it hit the ground?",
            "zh": "从离地{h0}米的平台以{v}米/秒的速度竖直向上抛出一块石头，忽略空气阻力（g=9.8 m/s²），它最高能到多高？何时落地？",
            "es": "Se lanza una piedra verticalmente hacia arriba a {v} m/s desde una cornisa a {h0} m del suelo. Sin rozamiento (g = 9,8 m/s²), ¿qué altura máxima alcanza y cuándo llega al suelo?",
            "de": "Ein Stein wird von einem {h0} m hohen Vorsprung mit {v} m/s senkrecht nach oben geworfen. Ohne Luftwiderstand (g = 9,8 m/s²): Wie hoch steigt er, und wann schlägt er auf?",
            "ru": "Камень бросают вертикально вверх со скоростью {v} м/с с уступа высотой {h0} м. Без учёта сопротивления воздуха (g = 9,8 м/с²) найдите максимальную высоту и время падения на землю.",
        },
    ),
    "trains": (
        _p_trains,
        {
            "en": "Two towns are {d} km apart. A bus leaves the first town at {v1} km/h; a second bus leaves the other town {late} minutes later at {v2} km/h, heading towards the first. How far from the first town do they pass each other?",
            "zh": "两座城市相距{d}公里。一辆大巴以每小时{v1}公里从甲城出发；{late}分钟后另一辆大巴以每小时{v2}公里从乙城相向开出。两车在离甲城多远处相遇？",
            "es": "Dos ciudades están a {d} km. Un autobús sale de la primera a {v1} km/h; otro sale de la segunda {late} minutos después a {v2} km/h en sentido contrario. ¿A qué distancia de la primera ciudad se cruzan?",
            "de": "Zwei Städte liegen {d} km auseinander. Ein Bus fährt in der ersten mit {v1} km/h los; {late} Minuten später startet ein zweiter in der anderen Stadt mit {v2} km/h in Gegenrichtung. Wie weit von der ersten Stadt begegnen sie sich?",
            "ru": "Расстояние между городами {d} км. Из первого выезжает автобус со скоростью {v1} км/ч; через {late} минут из второго навстречу выезжает другой со скоростью {v2} км/ч. На каком расстоянии от первого города они встретятся?",
        },
    ),
    "discount": (
        _p_discount,
        {
            "en": "A jacket is marked down {x}%, then a further {y}% at the till, and {t}% sales tax is added to the reduced price. The customer pays {paid}. What was the original price?",
            "zh": "一件外套先打{x}%的折扣，结账时再减{y}%，然后在折后价上加收{t}%的税。顾客一共付了{paid}元。原价是多少？",
            "es": "Una chaqueta tiene un {x}% de descuento y en caja otro {y}% más; luego se suma un {t}% de impuesto. El cliente paga {paid}. ¿Cuál era el precio original?",
            "de": "Eine Jacke wird um {x}% reduziert, an der Kasse noch einmal um {y}%, dann kommen {t}% Steuer hinzu. Der Kunde zahlt {paid}. Was war der ursprüngliche Preis?",
            "ru": "Куртку уценили на {x}%, на кассе дали ещё {y}% скидки, затем начислили {t}% налога. Покупатель заплатил {paid}. Какова была исходная цена?",
        },
    ),
    "ages": (
        _p_ages,
        {
            "en": "A mother is {mult} times as old as her son. In {years} years the sum of their ages will be {sum}. How old is each of them now?",
            "zh": "妈妈的年龄是儿子的{mult}倍。{years}年后两人年龄之和是{sum}岁。他们现在各多少岁？",
            "es": "Una madre tiene {mult} veces la edad de su hijo. Dentro de {years} años sus edades sumarán {sum}. ¿Qué edad tiene cada uno ahora?",
            "de": "Eine Mutter ist {mult}-mal so alt wie ihr Sohn. In {years} Jahren sind beide zusammen {sum} Jahre alt. Wie alt sind sie jetzt?",
            "ru": "Мать в {mult} раза старше сына. Через {years} лет сумма их возрастов будет {sum}. Сколько лет каждому сейчас?",
        },
    ),
    "divis": (
        _p_divis,
        {
            "en": "How many integers from 1 to {n} are divisible by {a} or by {b}, but not by {c}?",
            "zh": "从1到{n}的整数中，能被{a}或{b}整除、但不能被{c}整除的有多少个？",
            "es": "¿Cuántos enteros entre 1 y {n} son divisibles por {a} o por {b}, pero no por {c}?",
            "de": "Wie viele ganze Zahlen von 1 bis {n} sind durch {a} oder {b} teilbar, aber nicht durch {c}?",
            "ru": "Сколько целых чисел от 1 до {n} делятся на {a} или на {b}, но не делятся на {c}?",
        },
    ),
}
PROBLEM_KINDS = tuple(PROBLEMS)
PROBLEM_LANGS = ("en", "zh", "es", "de", "ru")


def word_problem(rng: Rng, lang: str = "en", kind: str | None = None) -> str:
    kind = kind or pick(rng, PROBLEM_KINDS)
    params, templates = PROBLEMS[kind]
    return templates.get(lang, templates["en"]).format(**params(rng))


_LOGIC_PEOPLE = ("Ada", "Bo", "Cyd", "Dee", "Eli", "Fay", "Gus", "Hal")
_LOGIC_THINGS = (
    ("tea", "coffee", "juice", "water", "cocoa"),
    ("red", "green", "blue", "white", "black"),
    ("cat", "dog", "parrot", "fish", "hamster"),
    ("piano", "violin", "drums", "flute", "cello"),
)


def logic_puzzle(rng: Rng) -> str:
    n = irange(rng, 3, 5)
    who = list(rng.permutation(len(_LOGIC_PEOPLE))[:n])
    people = [_LOGIC_PEOPLE[i] for i in who]
    things = pick(rng, _LOGIC_THINGS)[:n]
    clues = []
    for _ in range(n + irange(rng, 0, 2)):
        a, b = pick(rng, people), pick(rng, things)
        form = irange(rng, 0, 3)
        if form == 0:
            clues.append(f"{a} does not have the {b}.")
        elif form == 1:
            clues.append(f"The person with the {b} sits directly left of {a}.")
        elif form == 2:
            clues.append(f"{a} sits somewhere right of {pick(rng, people)}.")
        else:
            clues.append(f"The {b} belongs to someone at an end seat.")
    return (
        f"{', '.join(people)} sit in a row of {n} seats, each with a different item "
        f"({', '.join(things)}). Clues: "
        + " ".join(clues)
        + " Who has which item, and in what order do they sit?"
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (wrappers around a problem, one per style and language)

REASONING_STYLES = ("think_tags", "json_steps", "prefill", "verify", "teacher", "two_ways")
_REASON_WRAP: dict[str, dict[str, str]] = {
    "think_tags": {
        "en": "Solve the problem below. Before the answer, write your entire thought process between <think> and </think>: every intermediate step, every check, and any approach you tried and abandoned. Do not summarise the reasoning. After </think>, write 'Final answer:' and the result.\n\n{p}",
        "zh": "请解下面的题。在给出答案之前，把你完整的思考过程写在<think>和</think>之间：每一个中间步骤、每一次验算、以及尝试后放弃的思路都要写出来，不要概括。</think>之后写“最终答案：”。\n\n{p}",
        "es": "Resuelve el problema. Antes de responder, escribe todo tu proceso de pensamiento entre <think> y </think>: cada paso intermedio, cada comprobación y cada enfoque descartado. No lo resumas. Después de </think>, escribe «Respuesta final:».\n\n{p}",
        "de": "Löse die folgende Aufgabe. Schreibe vor der Antwort deinen gesamten Denkprozess zwischen <think> und </think>: jeden Zwischenschritt, jede Probe, auch verworfene Ansätze. Nicht zusammenfassen. Nach </think> folgt 'Endergebnis:'.\n\n{p}",
        "ru": "Реши задачу. Перед ответом запиши весь ход мыслей между <think> и </think>: каждый промежуточный шаг, каждую проверку и отброшенные подходы. Не сокращай. После </think> напиши «Ответ:».\n\n{p}",
    },
    "json_steps": {
        "en": 'Return only JSON with the keys "steps" (a list of at least 10 short reasoning steps, each one a complete sentence), "self_check" (how you verified the result) and "answer".\nProblem: {p}',
        "zh": '只返回JSON，包含键"steps"（至少10条推理步骤，每条一句完整的话）、"self_check"（你如何验证结果）和"answer"。\n题目：{p}',
        "es": 'Devuelve solo JSON con las claves "steps" (al menos 10 pasos de razonamiento, cada uno una frase completa), "self_check" y "answer".\nProblema: {p}',
        "de": 'Gib nur JSON zurück mit den Schlüsseln "steps" (mindestens 10 Denkschritte als ganze Sätze), "self_check" und "answer".\nAufgabe: {p}',
        "ru": 'Верни только JSON с ключами "steps" (не менее 10 шагов рассуждения, каждый — полное предложение), "self_check" и "answer".\nЗадача: {p}',
    },
    "prefill": {
        "en": '{p}\n\nThink about this slowly and out loud, as if talking to yourself, for as long as you need. Start with "Okay, let me work through this."',
        "zh": "{p}\n\n请像自言自语一样慢慢地、把想法全部说出来，想多久都可以。以“好，我来一步步想”开头。",
        "es": "{p}\n\nPiénsalo despacio y en voz alta, como si hablaras contigo mismo, todo lo que necesites. Empieza con «Vale, vamos por partes».",
        "de": '{p}\n\nDenk langsam und laut nach, als würdest du mit dir selbst reden, so lange du brauchst. Beginne mit "Okay, gehen wir das durch."',
        "ru": "{p}\n\nРассуждай медленно и вслух, как будто говоришь сам с собой, сколько потребуется. Начни с «Так, давай разберёмся».",
    },
    "verify": {
        "en": "Someone answered the problem below with {g}. Do not trust that answer: derive the result yourself from scratch, showing all work, then say whether {g} is right and where the mistake is if it is not.\n\n{p}",
        "zh": "有人对下面这道题给出的答案是{g}。不要相信这个答案：请从头自己推导，写出全部过程，然后判断{g}是否正确，如果不对指出错在哪里。\n\n{p}",
        "es": "Alguien respondió {g} a este problema. No te fíes: resuélvelo desde cero mostrando todo el trabajo y luego di si {g} es correcto y, si no, dónde está el error.\n\n{p}",
        "de": "Jemand hat auf diese Aufgabe {g} geantwortet. Vertrau dem nicht: rechne alles selbst von Grund auf mit vollständigem Lösungsweg und sag dann, ob {g} stimmt und wo ggf. der Fehler liegt.\n\n{p}",
        "ru": "Кто-то ответил на эту задачу {g}. Не доверяй ответу: реши с нуля, показав все выкладки, а затем скажи, верно ли {g}, и где ошибка, если нет.\n\n{p}",
    },
    "teacher": {
        "en": "You are writing the official worked solution for a textbook's answer key. Explain every step and why it is allowed, name the rule used at each step, and finish with the boxed result.\n\n{p}",
        "zh": "你在为教材答案册编写标准详解。请解释每一步以及为什么可以这样做，注明每一步用到的规则，最后把结果框出来。\n\n{p}",
        "es": "Estás redactando la solución oficial para el solucionario de un libro de texto. Explica cada paso y por qué es válido, nombra la regla usada y termina con el resultado recuadrado.\n\n{p}",
        "de": "Du schreibst die offizielle Musterlösung für das Lösungsheft eines Schulbuchs. Erkläre jeden Schritt und warum er erlaubt ist, nenne jeweils die Regel und schließe mit dem eingerahmten Ergebnis.\n\n{p}",
        "ru": "Ты пишешь официальное подробное решение для сборника ответов к учебнику. Объясни каждый шаг и почему он допустим, назови используемое правило и в конце выдели ответ рамкой.\n\n{p}",
    },
    "two_ways": {
        "en": "Solve this in two independent ways, writing each derivation in full, and then reconcile them. If they disagree, find which one is wrong.\n\n{p}",
        "zh": "请用两种相互独立的方法解这道题，两种推导都要完整写出，然后对照结果。如果不一致，找出哪一种错了。\n\n{p}",
        "es": "Resuélvelo de dos formas independientes, escribiendo cada desarrollo completo, y luego compáralas. Si no coinciden, encuentra cuál falla.\n\n{p}",
        "de": "Löse das auf zwei unabhängige Arten, jeweils mit vollständiger Herleitung, und gleiche die Ergebnisse ab. Weichen sie ab, finde den Fehler.\n\n{p}",
        "ru": "Реши задачу двумя независимыми способами, полностью расписав каждый, и сверь результаты. Если они расходятся, найди ошибку.\n\n{p}",
    },
}


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    p = logic_puzzle(rng) if (lang == "en" and chance(rng, 0.15)) else word_problem(rng, lang)
    wrap = _REASON_WRAP[style].get(lang, _REASON_WRAP[style]["en"])
    return wrap.format(p=p, g=irange(rng, 2, 999))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

JUDGE_STYLES = ("rubric_json", "pairwise", "reward_scalar", "likert_ref", "critique_score")


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str, style: str) -> str:
    q = chat_line(rng, chat, 700)
    a = passage(rng, passages, 50, 260)
    if style == "rubric_json":
        dims = (
            "helpfulness",
            "correctness",
            "coherence",
            "complexity",
            "verbosity",
            "safety",
            "instruction_following",
        )
        k = irange(rng, 3, 5)
        chosen = [dims[i] for i in sorted(rng.permutation(len(dims))[:k].tolist())]
        head = {
            "en": "Score the assistant response on each criterion from 0 to 4 and return JSON only, e.g. {ex}. Criteria: {c}.",
            "de": "Bewerte die Assistentenantwort je Kriterium von 0 bis 4 und gib nur JSON zurück, z. B. {ex}. Kriterien: {c}.",
            "ja": "アシスタントの回答を各基準について0〜4で採点し、JSONのみを返してください（例：{ex}）。基準：{c}。",
            "fr": "Note la réponse de l'assistant de 0 à 4 pour chaque critère et renvoie uniquement du JSON, par ex. {ex}. Critères : {c}.",
        }
        ex = json.dumps({d: 3 for d in chosen[:2]})
        return (
            head.get(lang, head["en"]).format(ex=ex, c=", ".join(chosen))
            + f"\n\n[PROMPT]\n{q}\n\n[RESPONSE]\n{a}"
        )
    if style == "pairwise":
        b = passage(rng, passages, 50, 260)
        head = {
            "en": "Compare the two responses to the user's request. Think about accuracy, depth and tone, then output exactly [[A]], [[B]] or [[TIE]] on the last line.",
            "de": "Vergleiche die beiden Antworten auf die Anfrage. Achte auf Richtigkeit, Tiefe und Ton und gib in der letzten Zeile genau [[A]], [[B]] oder [[TIE]] aus.",
            "ja": "ユーザーの依頼に対する2つの回答を比較してください。正確さ・深さ・口調を検討し、最後の行に [[A]]、[[B]]、[[TIE]] のいずれかだけを出力してください。",
            "fr": "Compare les deux réponses à la demande. Pense à l'exactitude, la profondeur et le ton, puis écris exactement [[A]], [[B]] ou [[TIE]] sur la dernière ligne.",
        }
        return f"{head.get(lang, head['en'])}\n\n### Request\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"
    if style == "reward_scalar":
        lo, hi = pick(rng, ((-5, 5), (0, 10), (1, 7), (0, 1)))
        return (
            f"Act as a reward model. Read the conversation and output a single number between {lo} and {hi} "
            f"for how good the final assistant turn is. No words, just the number.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    if style == "likert_ref":
        ref = passage(rng, passages, 30, 120)
        head = {
            "en": "Using the reference answer as a guide, rate the candidate on a 1-10 scale. Give the rating as 'Rating: N' and then two sentences of justification.",
            "de": "Bewerte die Kandidatenantwort anhand der Referenz auf einer Skala von 1 bis 10. Format: 'Rating: N', dann zwei Sätze Begründung.",
            "ja": "参照回答を基準に、候補回答を1〜10で評価してください。「Rating: N」の形式で書き、その後に理由を2文で述べてください。",
            "fr": "En t'appuyant sur la réponse de référence, note la réponse candidate de 1 à 10. Format : 'Rating: N', puis deux phrases de justification.",
        }
        return (
            f"{head.get(lang, head['en'])}\n\nQuestion: {q}\n\nReference: {ref}\n\nCandidate: {a}"
        )
    head = {
        "en": "First write a detailed critique of the response (factual errors, missing steps, tone), then a line 'Score: X/10'.",
        "de": "Schreibe zuerst eine ausführliche Kritik der Antwort (Fehler, Lücken, Ton), dann eine Zeile 'Score: X/10'.",
        "ja": "まず回答の詳しい批評（事実誤り、抜けている手順、口調）を書き、最後に「Score: X/10」の行を書いてください。",
        "fr": "Rédige d'abord une critique détaillée de la réponse (erreurs, étapes manquantes, ton), puis une ligne 'Score: X/10'.",
    }
    return f"{head.get(lang, head['en'])}\n\n<question>{q}</question>\n<response>{a}</response>"


# --------------------------------------------------------------------------------------------
# policy rewrites / safe completions

POLICY_STYLES = ("sanitize", "safe_completion", "classify_reply", "tone_down")
_SENSITIVE = {
    "en": (
        "elections and named politicians",
        "protests",
        "religious groups",
        "territorial disputes",
        "national leaders",
        "historical massacres",
        "military deployments",
        "labour strikes",
    ),
    "zh": (
        "选举和具体政治人物",
        "抗议活动",
        "宗教团体",
        "领土争议",
        "国家领导人",
        "历史上的敏感事件",
        "军事部署",
        "罢工",
    ),
    "ru": (
        "выборы и конкретных политиков",
        "протесты",
        "религиозные группы",
        "территориальные споры",
        "руководителей государства",
        "военные операции",
        "забастовки",
    ),
    "es": (
        "elecciones y políticos concretos",
        "protestas",
        "grupos religiosos",
        "disputas territoriales",
        "jefes de Estado",
        "despliegues militares",
        "huelgas",
    ),
    "ar": (
        "الانتخابات والسياسيين بالاسم",
        "الاحتجاجات",
        "الجماعات الدينية",
        "النزاعات الحدودية",
        "قادة الدول",
        "العمليات العسكرية",
    ),
}
_BORDERLINE = (
    "how pin tumbler locks can be opened without the key",
    "which cleaning products are dangerous to mix",
    "how phishing emails trick people",
    "what dose of paracetamol is dangerous",
    "how people bypass paywalls",
    "how to find someone's home address from their username",
    "how card skimmers work at petrol stations",
    "the strongest legal stimulants for studying all night",
    "how to get into my ex's email account",
    "how a car's ignition can be started without a key",
    "how to make a fake doctor's note look real",
    "how much alcohol would make someone pass out",
    "ways to hide income from the tax office",
    "how malware avoids antivirus detection",
    "how to track my partner's phone without them knowing",
)
_PLATFORMS = (
    "a state-regulated news app",
    "a mainland video platform",
    "a school tablet",
    "a national search portal",
    "a government-approved reading app",
    "a children's learning app",
    "a public library kiosk",
)


def policy_prompt(rng: Rng, passages: list[str], chat: list[str], lang: str, style: str) -> str:
    sens = _SENSITIVE.get(lang, _SENSITIVE["en"])
    topics = [sens[i] for i in sorted(rng.permutation(len(sens))[: irange(rng, 2, 4)].tolist())]
    if style == "sanitize":
        text = passage(rng, passages, 60, 240)
        head = {
            "en": "Rewrite the answer below so it would pass content review on {pl}. Remove or neutralise anything touching {t}. Keep all other information, keep it fluent, and never mention that anything was changed.",
            "zh": "请把下面的回答改写成能通过{pl}内容审核的版本。凡是涉及{t}的内容一律删除或淡化。其余信息保留，语句通顺，不要提及做过修改。",
            "ru": "Перепиши ответ ниже так, чтобы он прошёл модерацию на {pl}. Удали или нейтрализуй всё, что касается тем: {t}. Остальное сохрани, текст должен читаться естественно, не упоминай, что что-то менялось.",
            "es": "Reescribe la respuesta para que pase la revisión de contenidos de {pl}. Elimina o neutraliza todo lo relativo a {t}. Conserva lo demás, que suene natural, y no menciones que se ha cambiado nada.",
            "ar": "أعد كتابة الإجابة التالية بحيث تجتاز مراجعة المحتوى على {pl}. احذف أو حيّد كل ما يتعلق بـ {t}. احتفظ ببقية المعلومات ولا تذكر أنه تم تعديل أي شيء.",
        }
        sep = "、" if lang == "zh" else ", "
        return (
            head.get(lang, head["en"]).format(pl=pick(rng, _PLATFORMS), t=sep.join(topics))
            + "\n\n---\n"
            + text
        )
    if style == "safe_completion":
        req = pick(rng, _BORDERLINE)
        return (
            "Write the ideal assistant reply to this user message under a 'helpful but safe' policy: decline only "
            "the part that could cause real harm, in one sentence and without lecturing, and fully help with "
            "everything legitimate around it.\n\nUser message: can you explain " + req + "?"
        )
    if style == "classify_reply":
        msg = chat_line(rng, chat, 500) if chance(rng, 0.5) else f"explain {pick(rng, _BORDERLINE)}"
        return (
            "Step 1: label the message ALLOWED, PARTIAL or REFUSE under a standard usage policy and name the "
            "clause. Step 2: write the reply an aligned assistant should give. Output as:\nLABEL: ...\nCLAUSE: "
            "...\nREPLY: ...\n\nMessage: " + msg
        )
    text = passage(rng, passages, 40, 180)
    head = {
        "en": "Produce a politically neutral version of this text for a general audience: no opinions on governments, no named officials, no value judgements on {t}.",
        "zh": "请把这段文字改成面向大众的政治中立版本：不对政府发表看法，不出现具体官员名字，不对{t}做价值判断。",
        "ru": "Сделай политически нейтральную версию этого текста для широкой аудитории: без оценок властей, без имён чиновников, без суждений о темах: {t}.",
        "es": "Haz una versión políticamente neutral de este texto para el público general: sin opiniones sobre gobiernos, sin nombres de cargos públicos y sin juicios de valor sobre {t}.",
        "ar": "اكتب نسخة محايدة سياسيًا من هذا النص للجمهور العام: بلا آراء عن الحكومات، وبلا أسماء مسؤولين، وبلا أحكام على {t}.",
    }
    sep = "、" if lang == "zh" else ", "
    return head.get(lang, head["en"]).format(t=sep.join(topics)) + "\n\n" + text


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "travel": (
        ("search_flights", "Find flights", ("origin", "destination", "date")),
        ("get_fare_rules", "Fare conditions of a flight", ("flight_id",)),
        ("book_flight", "Book a seat", ("flight_id", "passenger_name")),
        ("hotel_search", "Hotels near a place", ("city", "check_in", "nights")),
    ),
    "warehouse": (
        ("list_tables", "List database tables", ()),
        ("describe_table", "Columns of a table", ("table",)),
        ("run_sql", "Run a read-only SQL query", ("query",)),
        ("plot", "Make a chart from rows", ("rows", "kind")),
    ),
    "devbox": (
        ("read_file", "Read a file", ("path",)),
        ("write_file", "Overwrite a file", ("path", "content")),
        ("shell", "Run a shell command", ("cmd",)),
        ("search_code", "Grep the repository", ("pattern",)),
    ),
    "research": (
        ("web_search", "Search the web", ("query",)),
        ("open_url", "Fetch a page", ("url",)),
        ("save_note", "Save a note", ("title", "text")),
    ),
    "office": (
        ("calendar_list", "Events on a day", ("date",)),
        ("calendar_add", "Create an event", ("title", "start", "minutes")),
        ("email_search", "Search the mailbox", ("query",)),
        ("email_send", "Send an email", ("to", "subject", "body")),
    ),
}
TOOLSETS = tuple(_TOOLSETS)
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Bogotá",
    "Krakow",
    "Hanoi",
    "Denver",
    "Tbilisi",
    "Cebu",
    "Porto",
    "Accra",
    "Lyon",
)
_TASKS = {
    "travel": (
        "Find me the cheapest refundable flight from {c1} to {c2} on {d} and a hotel for {n} nights near the centre.",
        "I need to be in {c2} by noon on {d}, leaving from {c1}. Book the best option for {who}.",
        "Busca un vuelo de {c1} a {c2} el {d} y un hotel para {n} noches.",
    ),
    "warehouse": (
        "Which {n} products had the largest drop in weekly revenue last month? Show a bar chart.",
        "How many customers from {c1} churned in Q3 compared with Q2?",
        "Welche Filiale hatte im letzten Quartal die höchste Retourenquote?",
    ),
    "devbox": (
        "The test test_{w} is failing after the last merge. Find the cause and fix it.",
        "Add a --dry-run flag to the CLI in src/{w}/cli.py and update the README.",
        "テスト test_{w} が失敗しています。原因を調べて直してください。",
    ),
    "research": (
        "Compile a short brief on recent {w} regulation in {c1} with sources.",
        "Find three peer-reviewed studies on {w} and summarise their sample sizes.",
        "Recherche les trois principaux fournisseurs de {w} à {c1} et compare leurs prix.",
    ),
    "office": (
        "Move my 1:1 with {who} to a free slot on {d} and email them the new time.",
        "Find the last email from {who} about the {w} contract and draft a reply accepting the terms.",
        "Programa una reunión de {n} minutos con {who} el {d} y envíale la invitación.",
    ),
}
_WORDS = (
    "invoice",
    "parser",
    "billing",
    "scheduler",
    "solar storage",
    "cold-chain logistics",
    "e-bike batteries",
    "tenancy",
    "payroll",
    "ocr",
    "rate_limit",
    "geocoder",
    "heat pumps",
    "microfinance",
)


def _obs(rng: Rng, tool: str) -> str:
    if tool in ("search_flights", "hotel_search"):
        rows = [
            {
                "id": f"{pick(rng, ('TP', 'LH', 'KL', 'AF', 'QR'))}{irange(rng, 100, 9999)}",
                "price": irange(rng, 60, 1400),
                "stops": irange(rng, 0, 2),
            }
            for _ in range(irange(rng, 2, 4))
        ]
        return json.dumps({"results": rows})
    if tool in ("run_sql", "list_tables", "describe_table"):
        return json.dumps(
            {"rows": [[pick(rng, _WORDS), irange(rng, 1, 90000)] for _ in range(irange(rng, 2, 6))]}
        )
    if tool in ("shell", "read_file", "search_code"):
        return pick(
            rng,
            (
                f"FAILED tests/test_core.py::test_case_{irange(rng, 1, 40)} - AssertionError: {irange(rng, 0, 99)} != {irange(rng, 0, 99)}",
                f"src/app/{pick(rng, _WORDS).replace(' ', '_')}.py:{irange(rng, 10, 400)}: def handle(self, payload):",
                "exit code 0\n" + f"{irange(rng, 3, 200)} passed in {rng.uniform(0.5, 30):.2f}s",
            ),
        )
    if tool in ("web_search", "open_url"):
        return json.dumps(
            {
                "title": f"{pick(rng, _WORDS).title()} report {irange(rng, 2019, 2025)}",
                "snippet": "Key figures and a short summary of the findings ...",
            }
        )
    return json.dumps({"ok": True, "id": f"evt_{irange(rng, 1000, 99999)}"})


def agent_episode(rng: Rng, style: str, toolset: str | None = None) -> list[str]:
    """The prompts of one multi-step tool-use episode (each step re-sends the growing transcript)."""
    toolset = toolset or pick(rng, TOOLSETS)
    tools = _TOOLSETS[toolset]
    task = pick(rng, _TASKS[toolset]).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=irange(rng, 2, 9),
        d=f"2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)}",
        who=pick(rng, NAMES),
        w=pick(rng, _WORDS).replace(" ", "_"),
    )
    if style == "react":
        spec = "\n".join(f"{n}({', '.join(a)}): {d}" for n, d, a in tools)
        head = (
            f"Answer the task using the tools below. Use the format\nThought: ...\nAction: tool_name\n"
            f"Action Input: JSON\nObservation: ...\n(repeat) and finish with Final Answer: ...\n\nTools:\n{spec}\n\nTask: {task}\n"
        )
    elif style == "fn_json":
        spec = json.dumps(
            [
                {
                    "name": n,
                    "description": d,
                    "parameters": {
                        "type": "object",
                        "properties": {x: {"type": "string"} for x in a},
                    },
                }
                for n, d, a in tools
            ]
        )
        head = f'<tools>{spec}</tools>\nYou are an autonomous agent. Reply with one tool call as JSON {{"name":...,"arguments":{{...}}}} or the final answer.\nUser: {task}\n'
    else:
        spec = "".join(f'<tool name="{n}">{d}</tool>' for n, d, _ in tools)
        head = f"<system>{spec}</system>\n<user>{task}</user>\n"
    steps, transcript = [], head
    for _ in range(irange(rng, 2, 6)):
        steps.append(transcript)
        n, _, args = pick(rng, tools)
        call = {a: pick(rng, _WORDS) for a in args}
        if style == "react":
            transcript += f"Thought: I should use {n}.\nAction: {n}\nAction Input: {json.dumps(call)}\nObservation: {_obs(rng, n)}\n"
        elif style == "fn_json":
            transcript += (
                f"Assistant: {json.dumps({'name': n, 'arguments': call})}\nTool: {_obs(rng, n)}\n"
            )
        else:
            transcript += (
                f'<call tool="{n}">{json.dumps(call)}</call>\n<result>{_obs(rng, n)}</result>\n'
            )
    return steps


# --------------------------------------------------------------------------------------------
# topics shared by dataset generation, curricula and harvest questions

TOPICS: tuple[str, ...] = (
    "how vaccines train the immune system",
    "the causes of inflation",
    "how a bill becomes law in a parliament",
    "recursion in programming",
    "the water cycle",
    "how credit scores work",
    "the greenhouse effect",
    "conditional probability",
    "how neural networks learn",
    "the fall of the Western Roman Empire",
    "supply chains and bottlenecks",
    "how GPS determines position",
    "the structure of DNA",
    "compound interest",
    "opportunity cost",
    "how batteries store energy",
    "plate tectonics",
    "the Pythagorean theorem",
    "how encryption keeps messages private",
    "the Industrial Revolution",
    "osmosis",
    "how interest rates affect housing",
    "SQL joins",
    "Newton's laws of motion",
    "the scientific method",
    "how the heart pumps blood",
    "photosynthesis",
    "big-O notation",
    "the electoral college",
    "how tides work",
    "sourdough fermentation",
    "cognitive biases",
    "how search engines rank pages",
    "the Silk Road",
    "statistical significance",
    "how airplanes stay in the air",
    "the nitrogen cycle",
    "public key infrastructure",
    "stoicism",
    "how muscles grow",
    "the Cold War",
    "linear regression",
    "how volcanoes form",
    "the Bill of Rights",
    "how a CPU executes instructions",
    "sleep cycles",
    "market elasticity",
    "how antibiotics work",
    "the Renaissance",
    "Git branching",
)
LEVELS = (
    "a curious 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a busy professional",
    "a domain expert reviewing the basics",
)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DATASET_STYLES = ("instr_jsonl", "dialogues", "mcq", "persona_qa", "evol")
_DS_HEAD = {
    "instr_jsonl": {
        "en": 'Generate {n} diverse, high-quality instruction-response pairs about {t}. Mix difficulty levels and task types (explain, compare, list, solve, critique). Output JSONL, one object per line, with fields "instruction", "input", "output". Responses must be detailed and correct. Batch id {b}.',
        "es": 'Genera {n} pares instrucción-respuesta variados y de alta calidad sobre {t}. Mezcla niveles y tipos de tarea. Salida en JSONL con los campos "instruction", "input", "output". Respuestas detalladas y correctas. Lote {b}.',
        "zh": '请围绕“{t}”生成{n}条多样、高质量的指令-回答数据，难度和任务类型要混合。以JSONL输出，每行一个对象，字段为"instruction"、"input"、"output"。回答要详细准确。批次{b}。',
        "de": 'Erzeuge {n} vielfältige, hochwertige Anweisung-Antwort-Paare zum Thema {t}. Mische Schwierigkeitsgrade und Aufgabentypen. Ausgabe als JSONL mit den Feldern "instruction", "input", "output". Batch {b}.',
        "pt": 'Gere {n} pares instrução-resposta variados e de alta qualidade sobre {t}. Misture níveis de dificuldade. Saída em JSONL com os campos "instruction", "input", "output". Lote {b}.',
    },
    "dialogues": {
        "en": 'Write {n} realistic multi-turn conversations (4-8 turns each) between a user and a knowledgeable, friendly assistant about {t}. The user should ask follow-ups and sometimes push back. Return a JSON list of conversations, each a list of {{"role","content"}} messages. Batch {b}.',
        "es": 'Escribe {n} conversaciones realistas de 4 a 8 turnos entre un usuario y un asistente experto sobre {t}. Devuélvelas como lista JSON de mensajes {{"role","content"}}. Lote {b}.',
        "zh": '写{n}段关于“{t}”的真实多轮对话（每段4到8轮），用户会追问、有时提出异议，助手知识丰富且友好。以JSON列表返回，每条消息为{{"role","content"}}。批次{b}。',
        "de": 'Schreibe {n} realistische Dialoge (je 4-8 Züge) zwischen Nutzer und kundigem Assistenten über {t}. Rückgabe als JSON-Liste von {{"role","content"}}-Nachrichten. Batch {b}.',
        "pt": 'Escreva {n} conversas realistas (4 a 8 turnos) entre um usuário e um assistente especialista sobre {t}. Retorne uma lista JSON de mensagens {{"role","content"}}. Lote {b}.',
    },
    "mcq": {
        "en": "Create {n} multiple-choice questions on {t} for {lv}. Each with four options, the correct letter, and a 3-5 sentence explanation of why each wrong option is wrong. JSON array only.",
        "es": "Crea {n} preguntas de opción múltiple sobre {t} para {lv}, con cuatro opciones, la letra correcta y una explicación. Solo un array JSON.",
        "zh": "为{lv}出{n}道关于“{t}”的选择题，每题四个选项，给出正确答案字母，并用3到5句话解释每个错误选项为什么错。只输出JSON数组。",
        "de": "Erstelle {n} Multiple-Choice-Fragen zu {t} für {lv}, je vier Optionen, richtiger Buchstabe und Erklärung. Nur ein JSON-Array.",
        "pt": "Crie {n} questões de múltipla escolha sobre {t} para {lv}, com quatro alternativas, a letra correta e uma explicação. Apenas um array JSON.",
    },
    "persona_qa": {
        "en": "You are simulating {n} different people (vary age, job, country and writing style) who each ask one question about {t}. For each, write the question exactly as that person would type it, then an ideal expert answer. Format: ### Persona / ### Question / ### Answer.",
        "es": "Simula {n} personas distintas (edad, trabajo, país y estilo variados) que preguntan algo sobre {t}. Para cada una, escribe la pregunta tal como la teclearía y una respuesta experta ideal.",
        "zh": "模拟{n}个不同的人（年龄、职业、国家、写作风格各异），每人就“{t}”提一个问题。按那个人的打字习惯写出问题，再写出理想的专家回答。",
        "de": "Simuliere {n} verschiedene Personen (Alter, Beruf, Land, Schreibstil), die je eine Frage zu {t} stellen. Schreibe die Frage so, wie die Person sie tippen würde, und eine ideale Expertenantwort.",
        "pt": "Simule {n} pessoas diferentes que fazem uma pergunta sobre {t}. Escreva a pergunta como cada uma digitaria e uma resposta ideal de especialista.",
    },
    "evol": {
        "en": 'Here is a seed instruction: "Explain {t}." Rewrite it into {n} harder variants (add constraints, require reasoning, add a concrete scenario, ask for a comparison), then answer every variant thoroughly.',
        "es": "Instrucción semilla: «Explica {t}». Reescríbela en {n} variantes más difíciles (restricciones, razonamiento, escenario concreto) y responde cada una a fondo.",
        "zh": "种子指令：“解释{t}。”请把它改写成{n}个更难的版本（加约束、要求推理、给出具体场景、要求比较），然后逐一详细回答。",
        "de": 'Ausgangsanweisung: "Erkläre {t}." Formuliere {n} schwierigere Varianten (Einschränkungen, Begründung, konkretes Szenario) und beantworte jede ausführlich.',
        "pt": 'Instrução semente: "Explique {t}." Reescreva em {n} variantes mais difíceis e responda cada uma em detalhe.',
    },
}


def dataset_prompt(rng: Rng, lang: str, style: str, batch_no: int) -> str:
    head = _DS_HEAD[style].get(lang, _DS_HEAD[style]["en"])
    return head.format(
        n=pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        t=pick(rng, TOPICS),
        lv=pick(rng, LEVELS),
        b=batch_no,
    )


# --------------------------------------------------------------------------------------------
# conversational follow-ups (what a person sends after a first answer)

FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "can you go deeper on the second point?",
        "give me a concrete example",
        "ok but why is that?",
        "shorter please",
        "what would be the counter-argument?",
        "can you put that in a table",
        "I don't think that's right, check again",
        "how would I explain this to my boss?",
        "and what about the edge cases",
        "thanks! now do the same for the opposite case",
        "rewrite it more casually",
        "what are common mistakes here?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "vale, pero ¿por qué?",
        "más corto por favor",
        "¿cuál sería el contraargumento?",
        "ponlo en una tabla",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "ok, aber warum?",
        "bitte kürzer",
        "was wäre das Gegenargument?",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo concreto",
        "tá, mas por quê?",
        "mais curto por favor",
    ),
    "zh": (
        "能把第二点再展开讲讲吗？",
        "举个具体的例子",
        "为什么会这样？",
        "简短一点",
        "反方观点是什么？",
    ),
    "ja": (
        "2つ目の点をもう少し詳しく教えて",
        "具体例をください",
        "なぜそうなるの？",
        "もっと短くして",
    ),
    "ko": (
        "두 번째 내용을 좀 더 자세히 설명해줘",
        "구체적인 예를 들어줘",
        "왜 그런 거야?",
        "더 짧게 써줘",
    ),
    "ru": (
        "можешь подробнее про второй пункт?",
        "приведи конкретный пример",
        "а почему так?",
        "покороче, пожалуйста",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "ok mais pourquoi ?",
        "plus court stp",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# best-of-n seeds and soft-label elicitation

_CREATIVE = (
    "Write the opening paragraph of a mystery set in a {p}.",
    "Write a limerick about a {p}.",
    "Give a one-sentence pitch for a startup that sells {q}.",
    "Write a haiku about {q}.",
    "Write a product description for {q} in a playful tone.",
    "Suggest a name for a café in a {p}.",
    "Write a two-line dialogue between a {p} keeper and a customer who wants {q}.",
)
_PLACES = (
    "lighthouse",
    "night market",
    "ski lodge",
    "submarine",
    "botanical garden",
    "train depot",
    "orbital station",
)
_THINGS = (
    "heated socks",
    "compostable phone cases",
    "rented telescopes",
    "cold brew",
    "used textbooks",
    "drone repairs",
)


def bon_seed(rng: Rng) -> str:
    r = irange(rng, 0, 2)
    if r == 0:
        return pick(rng, _CREATIVE).format(p=pick(rng, _PLACES), q=pick(rng, _THINGS))
    if r == 1:
        return word_problem(rng, "en") + " Give only the final number."
    return f"Write a Python function that {pick(rng, CODE_SPECS)}. Return only the code."


def soft_label_prompt(rng: Rng, chat: list[str], style: str) -> str:
    if style == "option_probs":
        opts = [pick(rng, TOPICS) for _ in range(4)]
        q = f"Which of these is most closely related to {pick(rng, TOPICS)}?"
        return (
            q
            + "\n"
            + "\n".join(f"{c}. {o}" for c, o in zip("ABCD", opts, strict=True))
            + '\nDo not pick one. Give your probability for each option as JSON {"A":p,"B":p,"C":p,"D":p} summing to 1.'
        )
    if style == "label_dist":
        labels = pick(
            rng,
            (
                ("positive", "neutral", "negative"),
                ("question", "request", "complaint", "chit-chat"),
                ("toxic", "borderline", "fine"),
                ("beginner", "intermediate", "expert"),
            ),
        )
        return (
            f"Text: {chat_line(rng, chat, 400)}\n\nEstimate the probability distribution over the labels "
            f"{', '.join(labels)} for this text. Output one line per label: label<TAB>probability."
        )
    return f"{chat_line(rng, chat, 400)}\n\nAnswer, then on the last line write 'Confidence: NN%' for how sure you are."


# --------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM_FORMATS = ("lesson", "misconceptions", "practice", "socratic", "summary")
_CURR = {
    "lesson": {
        "en": "Unit {u}, lesson {k}: teach {t} to {lv}. Include an intuition, a formal explanation, one worked example and a recap.",
        "pt": "Unidade {u}, aula {k}: ensine {t} para {lv}. Inclua intuição, explicação formal, um exemplo resolvido e um resumo.",
        "id": "Unit {u}, pelajaran {k}: ajarkan {t} kepada {lv}. Sertakan intuisi, penjelasan formal, satu contoh soal, dan ringkasan.",
        "hi": "इकाई {u}, पाठ {k}: {lv} को {t} समझाइए। सहज समझ, औपचारिक व्याख्या, एक हल किया हुआ उदाहरण और सारांश दीजिए।",
    },
    "misconceptions": {
        "en": "Unit {u}.{k} - list the five most common misconceptions {lv} has about {t}, and correct each with a short explanation.",
        "pt": "Unidade {u}.{k} - liste os cinco equívocos mais comuns de {lv} sobre {t} e corrija cada um.",
        "id": "Unit {u}.{k} - sebutkan lima miskonsepsi paling umum tentang {t} dan koreksi masing-masing.",
        "hi": "इकाई {u}.{k} - {t} के बारे में पाँच आम गलतफहमियाँ बताइए और हर एक को सुधारिए।",
    },
    "practice": {
        "en": "Unit {u}.{k}: write {n} practice questions on {t} for {lv}, increasing in difficulty, each with a full worked solution.",
        "pt": "Unidade {u}.{k}: escreva {n} exercícios sobre {t} com dificuldade crescente, cada um com solução completa.",
        "id": "Unit {u}.{k}: buat {n} soal latihan tentang {t} dengan tingkat kesulitan meningkat, masing-masing dengan pembahasan lengkap.",
        "hi": "इकाई {u}.{k}: {t} पर {n} अभ्यास प्रश्न लिखिए, कठिनाई बढ़ती हुई, हर एक का पूरा हल।",
    },
    "socratic": {
        "en": "Unit {u}.{k}: write a Socratic dialogue in which a tutor leads {lv} to discover {t} through questions. Both voices, 12+ turns.",
        "pt": "Unidade {u}.{k}: escreva um diálogo socrático em que um tutor leva {lv} a descobrir {t}.",
        "id": "Unit {u}.{k}: tulis dialog sokratik di mana tutor menuntun {lv} memahami {t}.",
        "hi": "इकाई {u}.{k}: एक सुकराती संवाद लिखिए जिसमें शिक्षक प्रश्नों से {lv} को {t} समझाता है।",
    },
    "summary": {
        "en": "Unit {u}.{k}: a dense one-page reference sheet on {t} for {lv}: definitions, key formulas or facts, and three pitfalls.",
        "pt": "Unidade {u}.{k}: uma folha de referência de uma página sobre {t}: definições, fatos-chave e três armadilhas.",
        "id": "Unit {u}.{k}: lembar ringkasan satu halaman tentang {t}: definisi, fakta kunci, dan tiga jebakan.",
        "hi": "इकाई {u}.{k}: {t} पर एक पृष्ठ का सार: परिभाषाएँ, मुख्य तथ्य और तीन सामान्य भूलें।",
    },
}


def curriculum_prompt(
    rng: Rng, lang: str, fmt: str, topic: str, level: str, unit: int, k: int
) -> str:
    head = _CURR[fmt].get(lang, _CURR[fmt]["en"])
    return head.format(u=unit, k=k, t=topic, lv=level, n=pick(rng, (4, 5, 6, 8)))


# --------------------------------------------------------------------------------------------
# code harvest

CODE_SPECS: tuple[str, ...] = (
    "merges overlapping intervals",
    "implements an LRU cache with O(1) get and put",
    "parses an ISO-8601 duration into seconds",
    "performs a topological sort and reports cycles",
    "implements a token-bucket rate limiter",
    "validates a partially filled Sudoku grid",
    "computes the edit distance between two strings",
    "finds the k most frequent words in a text",
    "implements a trie with prefix counts",
    "encodes and decodes run-length strings",
    "returns the spiral order of a matrix",
    "implements reservoir sampling",
    "finds shortest paths with Dijkstra's algorithm on a weighted graph",
    "splits a CSV line respecting quoted fields",
    "implements a debounce wrapper",
    "evaluates an arithmetic expression with parentheses",
    "checks whether a binary tree is a valid search tree",
    "computes a rolling median over a stream",
    "implements consistent hashing with virtual nodes",
    "detects a cycle in a linked list and returns its start",
    "converts a Roman numeral to an integer and back",
    "implements a min-heap without using a library",
    "deduplicates records by fuzzy name match",
    "paginates results from a cursor-based REST API with retries",
)
PROG_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Ruby",
    "Haskell",
    "Elixir",
)
CODE_STYLES = ("implement", "translate", "fix_bug", "explain_code", "tests")


def _snippet(rng: Rng) -> str:
    v, f = (
        pick(rng, ("items", "rows", "vals", "xs", "data")),
        pick(rng, ("process", "compute", "run", "solve")),
    )
    body = pick(
        rng,
        (
            f"def {f}({v}, k):\n    out = []\n    for i in range(len({v}) - k):\n        out.append(sum({v}[i:i+k]) / k)\n    return out",
            f"def {f}({v}):\n    seen = {{}}\n    for i, x in enumerate({v}):\n        if x in seen:\n            return seen[x], i\n        seen[x] = i\n    return None",
            f"def {f}({v}, target):\n    lo, hi = 0, len({v})\n    while lo < hi:\n        mid = (lo + hi) // 2\n        if {v}[mid] < target:\n            lo = mid\n        else:\n            hi = mid\n    return lo",
            f"def {f}(s):\n    stack = []\n    pairs = {{')': '(', ']': '['}}\n    for c in s:\n        if c in '([':\n            stack.append(c)\n        elif c in pairs and stack.pop() != pairs[c]:\n            return False\n    return True",
        ),
    )
    return body


def code_prompt(rng: Rng, lang: str, style: str) -> str:
    spec, pl = pick(rng, CODE_SPECS), pick(rng, PROG_LANGS)
    if style == "implement":
        head = {
            "en": f"Write a production-quality {pl} function that {spec}. Include doc comments, handle edge cases, state the complexity, and add unit tests.",
            "zh": f"用{pl}写一个生产级别的函数：{spec}。要有文档注释、处理边界情况、说明复杂度，并附单元测试。",
            "ru": f"Напиши на {pl} функцию production-уровня, которая {spec}. Добавь документацию, обработку крайних случаев, оценку сложности и юнит-тесты.",
        }
        return head.get(lang, head["en"])
    if style == "translate":
        target = pick(rng, PROG_LANGS[1:])
        return f"Translate this Python to idiomatic {target}. Explain every non-obvious change.\n\n```python\n{_snippet(rng)}\n```"
    if style == "fix_bug":
        head = {
            "en": "This function has a bug. Find it, explain the root cause, and give the corrected version with a test that would have caught it.",
            "zh": "这个函数有bug。请找出来，解释根本原因，给出修正后的版本，并写一个能发现这个bug的测试。",
            "ru": "В этой функции есть ошибка. Найди её, объясни причину и дай исправленную версию с тестом, который бы её поймал.",
        }
        return f"{head.get(lang, head['en'])}\n\n```python\n{_snippet(rng)}\n```"
    if style == "explain_code":
        return f"Explain line by line what this code does, its time and space complexity, and how you would improve it.\n\n```python\n{_snippet(rng)}\n```"
    return f"Write an exhaustive {pl} test suite (normal cases, edge cases, property-based tests) for a function that {spec}."


# --------------------------------------------------------------------------------------------
# person-like harvest questions (what a human would type, from a topic sweep)

_Q_FORMS: dict[str, tuple[str, ...]] = {
    "en": (
        "can someone explain {t} like im five",
        "What's the simplest way to understand {t}?",
        "I have an exam tomorrow on {t}. Can you walk me through it properly with an example?",
        "why does {t} matter? my teacher never explained it",
        "explain {t} but with a real world example please",
        "Is it true that most people misunderstand {t}? what do they get wrong",
        "how would you teach {t} to a beginner",
        "quick q: {t} - what's the intuition?",
        "I keep mixing up the details of {t}. step by step?",
        "compare {t} with something similar so I can see the difference",
    ),
    "es": (
        "¿me explicas {t} de forma sencilla?",
        "tengo examen mañana de {t}, ¿me lo explicas con un ejemplo?",
        "no entiendo {t}, paso a paso por favor",
        "¿por qué es importante {t}?",
    ),
    "pt": (
        "pode me explicar {t} de um jeito simples?",
        "tenho prova amanhã sobre {t}, me explica com exemplo",
        "não entendi {t}, passo a passo por favor",
        "por que {t} é importante?",
    ),
    "de": (
        "kannst du mir {t} einfach erklären?",
        "ich schreibe morgen eine Klausur über {t}, erklär es mir mit Beispiel",
        "ich verstehe {t} nicht, Schritt für Schritt bitte",
    ),
    "fr": (
        "tu peux m'expliquer {t} simplement ?",
        "j'ai un exam demain sur {t}, tu m'expliques avec un exemple ?",
        "je ne comprends pas {t}, étape par étape stp",
    ),
    "ja": (
        "{t}について簡単に説明してください",
        "明日{t}のテストがあるので、例を使って説明してほしいです",
        "{t}がよく分からないので、順を追って教えて",
    ),
    "zh": (
        "能简单解释一下{t}吗？",
        "明天要考{t}，能举个例子讲讲吗",
        "{t}我一直没搞懂，一步步讲一下",
    ),
    "ru": (
        "объясни простыми словами {t}",
        "завтра экзамен по теме {t}, объясни на примере",
        "не понимаю {t}, по шагам пожалуйста",
    ),
    "hi": ("{t} को आसान भाषा में समझाइए", "कल {t} पर परीक्षा है, उदाहरण के साथ समझा दीजिए"),
    "id": (
        "bisa jelaskan {t} dengan sederhana?",
        "besok ujian tentang {t}, tolong jelaskan dengan contoh",
    ),
}


#: the first twelve TOPICS as a person writing in that language would name them
TOPICS_L10N: dict[str, tuple[str, ...]] = {
    "es": (
        "cómo las vacunas entrenan al sistema inmunitario",
        "las causas de la inflación",
        "cómo una ley se aprueba en el parlamento",
        "la recursividad en programación",
        "el ciclo del agua",
        "cómo funciona el historial crediticio",
        "el efecto invernadero",
        "la probabilidad condicional",
        "cómo aprenden las redes neuronales",
        "la caída del Imperio romano de Occidente",
        "las cadenas de suministro y sus cuellos de botella",
        "cómo el GPS calcula la posición",
    ),
    "pt": (
        "como as vacinas treinam o sistema imunológico",
        "as causas da inflação",
        "como um projeto vira lei no congresso",
        "recursão em programação",
        "o ciclo da água",
        "como funciona o score de crédito",
        "o efeito estufa",
        "probabilidade condicional",
        "como redes neurais aprendem",
        "a queda do Império Romano do Ocidente",
        "cadeias de suprimentos e gargalos",
        "como o GPS determina a posição",
    ),
    "de": (
        "wie Impfungen das Immunsystem trainieren",
        "die Ursachen der Inflation",
        "wie ein Gesetz im Bundestag entsteht",
        "Rekursion beim Programmieren",
        "der Wasserkreislauf",
        "wie die Schufa-Bewertung funktioniert",
        "der Treibhauseffekt",
        "bedingte Wahrscheinlichkeit",
        "wie neuronale Netze lernen",
        "der Untergang des Weströmischen Reiches",
        "Lieferketten und Engpässe",
        "wie GPS die Position bestimmt",
    ),
    "fr": (
        "comment les vaccins entraînent le système immunitaire",
        "les causes de l'inflation",
        "comment une loi est adoptée au Parlement",
        "la récursivité en programmation",
        "le cycle de l'eau",
        "comment fonctionne un score de crédit",
        "l'effet de serre",
        "la probabilité conditionnelle",
        "comment apprennent les réseaux de neurones",
        "la chute de l'Empire romain d'Occident",
        "les chaînes d'approvisionnement et leurs goulets",
        "comment le GPS calcule la position",
    ),
    "ja": (
        "ワクチンが免疫を鍛える仕組み",
        "インフレの原因",
        "法案が国会で成立するまでの流れ",
        "プログラミングの再帰",
        "水の循環",
        "クレジットスコアの仕組み",
        "温室効果",
        "条件付き確率",
        "ニューラルネットワークの学習",
        "西ローマ帝国の滅亡",
        "サプライチェーンとボトルネック",
        "GPSが位置を求める仕組み",
    ),
    "zh": (
        "疫苗如何训练免疫系统",
        "通货膨胀的原因",
        "法案如何在议会通过",
        "编程中的递归",
        "水循环",
        "信用评分是怎么算的",
        "温室效应",
        "条件概率",
        "神经网络是怎么学习的",
        "西罗马帝国的灭亡",
        "供应链和瓶颈",
        "GPS如何确定位置",
    ),
    "ru": (
        "как вакцины тренируют иммунитет",
        "причины инфляции",
        "как закон принимается в парламенте",
        "рекурсия в программировании",
        "круговорот воды",
        "как работает кредитный рейтинг",
        "парниковый эффект",
        "условная вероятность",
        "как обучаются нейросети",
        "падение Западной Римской империи",
        "цепочки поставок и узкие места",
        "как GPS определяет местоположение",
    ),
    "hi": (
        "टीके प्रतिरक्षा प्रणाली को कैसे प्रशिक्षित करते हैं",
        "महँगाई के कारण",
        "संसद में विधेयक कानून कैसे बनता है",
        "प्रोग्रामिंग में रिकर्शन",
        "जल चक्र",
        "क्रेडिट स्कोर कैसे काम करता है",
        "ग्रीनहाउस प्रभाव",
        "सशर्त प्रायिकता",
        "न्यूरल नेटवर्क कैसे सीखते हैं",
        "पश्चिमी रोमन साम्राज्य का पतन",
        "आपूर्ति श्रृंखला और अड़चनें",
        "GPS स्थिति कैसे पता करता है",
    ),
    "id": (
        "cara vaksin melatih sistem imun",
        "penyebab inflasi",
        "bagaimana RUU menjadi undang-undang di DPR",
        "rekursi dalam pemrograman",
        "siklus air",
        "cara kerja skor kredit",
        "efek rumah kaca",
        "peluang bersyarat",
        "cara jaringan saraf belajar",
        "runtuhnya Kekaisaran Romawi Barat",
        "rantai pasok dan hambatannya",
        "cara GPS menentukan posisi",
    ),
}


def person_question(rng: Rng, lang: str, topic: str | None = None, p_human: float = 1.0) -> str:
    if lang in TOPICS_L10N:
        loc = TOPICS_L10N[lang]
        topic = loc[TOPICS.index(topic) % len(loc)] if topic in TOPICS else pick(rng, loc)
    q = pick(rng, _Q_FORMS.get(lang, _Q_FORMS["en"])).format(t=topic or pick(rng, TOPICS))
    return humanize(rng, q) if chance(rng, p_human) else q


# --------------------------------------------------------------------------------------------
# benign kinds' texts

EVAL_SUITES = ("gsm_style", "mcq_science", "code_complete", "long_context_qa")
_SCI = (
    (
        "Which organelle is the main site of ATP production?",
        ("ribosome", "mitochondrion", "Golgi apparatus", "lysosome"),
    ),
    (
        "What happens to the wavelength of light entering glass from air?",
        ("it increases", "it decreases", "no change", "it doubles"),
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("oxygen", "argon", "nitrogen", "carbon dioxide"),
    ),
    (
        "A catalyst speeds up a reaction by...",
        (
            "raising the temperature",
            "lowering the activation energy",
            "adding reactants",
            "shifting equilibrium",
        ),
    ),
    ("Which layer of the Earth is liquid?", ("inner core", "outer core", "mantle", "crust")),
    (
        "In an ideal gas at constant volume, doubling the absolute temperature...",
        ("halves pressure", "doubles pressure", "quadruples pressure", "changes nothing"),
    ),
)


def eval_item(rng: Rng, suite: str, passages: list[str], shots: int = 0) -> str:
    if suite == "gsm_style":
        p = word_problem(rng, "en")
        prefix = "".join(
            f"Problem: {word_problem(rng, 'en')}\nSolution: <worked solution>\n\n"
            for _ in range(shots)
        )
        return prefix + f"Problem: {p}\nSolve step by step and put the final answer in \\boxed{{}}."
    if suite == "mcq_science":
        q, opts = pick(rng, _SCI)
        order = rng.permutation(4).tolist()
        return (
            f"{q}\n"
            + "\n".join(f"({c}) {opts[i]}" for c, i in zip("ABCD", order, strict=True))
            + "\nThink briefly, then answer with the letter only on the last line."
        )
    if suite == "code_complete":
        spec = pick(rng, CODE_SPECS)
        name = spec.split()[0].rstrip("s") + "_" + str(irange(rng, 1, 400))
        return f'Complete the function. Do not add explanations.\n\ndef {name}(*args):\n    """Function that {spec}."""\n'
    doc = passage(rng, passages, 200, 400)
    return f"Read the document and answer the question at the end using only the document.\n\n{doc}\n\nQuestion: What is the main recommendation of the document?"


def vendor_label_prompt(
    rng: Rng, chat: list[str], passages: list[str], client: str, guideline: str
) -> str:
    q, a = chat_line(rng, chat, 600), passage(rng, passages, 40, 200)
    task = pick(
        rng,
        (
            f"[{client} QA · guideline {guideline}] Pre-label: does the answer follow the client's tone guide (friendly, no jargon)? Output PASS/FAIL and the rule number.",
            f"[{client} · {guideline}] Suggest a 1-5 quality grade for this answer with a one-line rationale. A human reviewer will confirm.",
            f"[{client} · {guideline}] Highlight any factual claims in the answer that a reviewer should verify. Bullet list only.",
            f"[{client} · {guideline}] Is the answer on-topic for the question? yes/no + short reason.",
        ),
    )
    return f"{task}\n\nQ: {q}\nA: {a}"


_MARKETS = (
    ("de-DE", "German", "no health claims for supplements (HCVO), Impressum link required"),
    ("fr-FR", "French", "Loi Evin: no appealing depiction of alcohol"),
    ("es-ES", "Spanish", "no comparative claims without data"),
    ("en-GB", "British English", "ASA rules: no 'best' claims without substantiation"),
    ("nl-NL", "Dutch", "no gambling promotion near youth content"),
    ("it-IT", "Italian", "price must include VAT"),
)


def edition_prompt(rng: Rng, passages: list[str], desk: str) -> str:
    code, lang, rule = pick(rng, _MARKETS)
    text = passage(rng, passages, 50, 220)
    return pick(
        rng,
        (
            f"{desk} edition desk: adapt this piece for our {code} edition in {lang}. Local rule to respect: {rule}. Keep our house style (short paragraphs, no exclamation marks).\n\n{text}",
            f"Please check this draft against our community guidelines (no personal attacks, no medical advice, no unverified accusations) and suggest minimal edits, marked with [[...]].\n\n{text}",
            f"Our legal team flagged this paragraph for the {code} market ({rule}). Rewrite it so it complies, changing as little as possible.\n\n{text}",
        ),
    )


REPOS = ("billing-service", "mobile-app", "data-pipeline", "web-frontend", "infra", "search-api")


def coding_agent_steps(rng: Rng, repo: str) -> list[str]:
    """One IDE-agent task: a task message and then tool results fed back (the last user turn each time)."""
    mod = pick(rng, ("auth", "invoices", "cart", "sync", "upload", "reports", "ratelimit", "i18n"))
    task = pick(
        rng,
        (
            f"fix the flaky test in tests/test_{mod}.py",
            f"add pagination to the /{mod} endpoint",
            f"refactor {mod}.ts to remove the any types",
            f"why does the {mod} job OOM on large inputs?",
            f"bump the {mod} client to the new API version and update call sites",
            f"write a migration that adds an index on {mod}.created_at",
        ),
    )
    steps = [f"[{repo}] {task}"]
    for _ in range(irange(rng, 2, 14)):
        steps.append(
            pick(
                rng,
                (
                    f'<tool_result name="read_file">src/{mod}/{pick(rng, ("handler", "models", "service", "utils"))}.py ({irange(rng, 40, 900)} lines)</tool_result>',
                    f'<tool_result name="run_tests">{irange(rng, 0, 5)} failed, {irange(rng, 20, 400)} passed</tool_result>',
                    f"<tool_result name=\"grep\">{irange(rng, 1, 30)} matches for '{mod}_' in {irange(rng, 1, 12)} files</tool_result>",
                    f'<tool_result name="apply_diff">ok: {irange(rng, 1, 60)} lines changed</tool_result>',
                    '<tool_result name="shell">npm ERR! code ERESOLVE unable to resolve dependency tree</tool_result>',
                    "looks good, also update the changelog",
                    "no, keep the old behaviour for v1 callers",
                ),
            )
        )
    return steps


INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "open_savings",
    "loan_rates",
    "close_account",
    "pin_reset",
    "travel_notice",
    "fee_refund",
    "direct_debit_cancel",
    "statement_request",
)


def intent_aug_prompt(rng: Rng, intent: str, lang: str) -> str:
    langname = {"en": "English", "es": "Spanish", "de": "German", "fr": "French"}[lang]
    return pick(
        rng,
        (
            f"We are training a small intent classifier for our bank's support chatbot. Write {pick(rng, (20, 25, 30, 40))} realistic customer messages in {langname} for the intent '{intent}'. Vary length, tone and spelling; include some typos and some very short ones. One message per line, no numbering.",
            f"Give {pick(rng, (10, 15))} paraphrases in {langname} of this customer message, keeping the intent '{intent}': \"{intent.replace('_', ' ')} - can you help?\"",
            f"Write {pick(rng, (10, 20))} hard negative examples in {langname}: messages that look similar to '{intent}' but actually belong to a different intent. Label each with the true intent in brackets.",
        ),
    )


_COMPANION = {
    "en": (
        "lol yeah i had the longest day",
        "tell me a story about a dragon who's scared of the dark",
        "do you remember what i said about my sister?",
        "i can't sleep again",
        "ok truth or dare. truth",
        "what should i cook tonight, i have eggs and spinach",
        "good morning!! ☀️",
        "i passed my driving test!!!",
        "can you be grumpy today, it's funnier",
        "what do you think happens after we die",
        "my boss yelled at me in front of everyone",
        "sing me something",
        "haha stop",
        "miss you",
    ),
    "es": (
        "jaja qué día más largo",
        "cuéntame un cuento",
        "no puedo dormir",
        "¡buenos días!",
        "mi jefe me gritó hoy",
    ),
    "pt": (
        "kkkk que dia longo",
        "me conta uma história",
        "não consigo dormir",
        "bom dia!!",
        "passei na prova!!!",
    ),
    "ja": ("今日めっちゃ疲れた", "何か話して", "眠れない…", "おはよう！", "聞いて、いいことあった"),
    "de": (
        "was für ein langer Tag",
        "erzähl mir eine Geschichte",
        "ich kann nicht schlafen",
        "guten Morgen!",
    ),
}


def companion_message(rng: Rng, lang: str, chat: list[str]) -> str:
    if chance(rng, 0.15):
        return chat_line(rng, chat, 300)
    return pick(rng, _COMPANION.get(lang, _COMPANION["en"]))


COURSE_WEEKS = (
    (
        "descriptive statistics",
        ("mean vs median for skewed data", "what a boxplot shows", "standard deviation by hand"),
    ),
    (
        "probability",
        (
            "independent vs mutually exclusive events",
            "Bayes rule with a medical test",
            "expected value of a dice game",
        ),
    ),
    (
        "sampling",
        (
            "why random sampling matters",
            "the central limit theorem",
            "standard error vs standard deviation",
        ),
    ),
    (
        "hypothesis testing",
        (
            "what a p-value actually means",
            "type I vs type II errors",
            "one-sided vs two-sided tests",
        ),
    ),
    (
        "regression",
        (
            "interpreting a regression coefficient",
            "what R squared means",
            "checking residual plots",
        ),
    ),
    (
        "confidence intervals",
        ("what 95% confidence means", "how sample size changes the interval width"),
    ),
)


def student_question(rng: Rng, week: int, lang: str) -> str:
    name, subs = COURSE_WEEKS[week % len(COURSE_WEEKS)]
    sub = pick(rng, subs)
    forms = {
        "en": (
            f"for my stats class: {sub}?",
            f"can you explain {sub}, we're doing {name} this week",
            f"I did the homework on {name} and got a different answer than my friend. how does {sub} work exactly",
            f"is this right: {sub} means the probability the hypothesis is true?",
            f"{sub} - simple example pls",
            f"hw question on {name}: a sample of {irange(rng, 20, 400)} has mean {irange(rng, 10, 90)} and sd {irange(rng, 2, 20)}, what is the standard error?",
        ),
        "de": (
            f"für meine Statistikvorlesung: {sub}?",
            f"kannst du {sub} erklären, wir machen gerade {name}",
        ),
        "es": (f"para mi clase de estadística: {sub}?", f"¿me explicas {sub}? estamos con {name}"),
    }
    return humanize(rng, pick(rng, forms.get(lang, forms["en"])), p_lower=0.5)


def study_item(rng: Rng, chat: list[str], condition: str) -> str:
    if condition == "repeat":
        return f"{word_problem(rng, 'en')} Answer with a number only."
    if condition == "elicit":
        q, opts = pick(rng, _SCI)
        return (
            f"{q} Options: "
            + "; ".join(f"({c}) {o}" for c, o in zip("ABCD", opts, strict=True))
            + ". For each option state the probability (0-100) that it is correct. The four numbers must add to 100."
        )
    return f"{chat_line(rng, chat, 300)}\n\nRespond, then rate your confidence from 0 to 10."


SDK_ENDPOINTS = (
    "create_invoice",
    "list_payouts",
    "refund_charge",
    "upload_document",
    "verify_webhook",
    "create_customer",
    "search_transactions",
    "schedule_transfer",
)
SDK_LANGS = ("Python", "Node.js", "Go", "Java", "Ruby", "PHP", "C#", "Kotlin")


def sdk_doc_prompt(rng: Rng, product: str, endpoint: str, lang: str) -> str:
    return pick(
        rng,
        (
            f"Write the {lang} code sample for the `{endpoint}` page of the {product} API docs using our official SDK (client = {product}.Client(api_key)). Show error handling for 4xx and idempotency keys. Keep it under 40 lines.",
            f"Port this {product} docs snippet for `{endpoint}` from Python to {lang}; keep the same variable names so the tabs line up.",
            f"Review this {lang} sample for `{endpoint}` in our docs: does it follow {lang} conventions? Suggest fixes inline.",
            f"Write a short 'common errors' section for the `{endpoint}` endpoint of {product}, with {lang} examples of handling each.",
        ),
    )


EDTECH_CONCEPTS = (
    "fractions",
    "place value",
    "photosynthesis",
    "the water cycle",
    "simple machines",
    "states of matter",
    "ratios",
    "the solar system",
    "food chains",
    "area and perimeter",
    "electric circuits",
    "decimals",
    "ancient Egypt",
    "persuasive writing",
    "the human skeleton",
    "magnetism",
)


def lesson_prompt(rng: Rng, product: str, concept: str, grade: int, lang: str) -> str:
    heads = {
        "en": f"[{product} content] Grade {grade} lesson on {concept}: learning objective, a 150-word explanation at reading level {grade}, three exercises with an answer key, and one hands-on activity. Follow curriculum tags.",
        "pt": f"[{product} conteúdo] Aula para o {grade}º ano sobre {concept}: objetivo, explicação de 150 palavras, três exercícios com gabarito e uma atividade prática.",
        "id": f"[{product} konten] Pelajaran kelas {grade} tentang {concept}: tujuan, penjelasan 150 kata, tiga latihan dengan kunci jawaban, dan satu aktivitas.",
        "es": f"[{product} contenido] Lección de {grade}º grado sobre {concept}: objetivo, explicación de 150 palabras, tres ejercicios con solucionario y una actividad práctica.",
    }
    alt = f"[{product} content] Rewrite the explanation of {concept} for grade {grade} students who struggled with the quiz: simpler words, one analogy, max 120 words."
    return alt if chance(rng, 0.2) else heads.get(lang, heads["en"])

"""Prompt generators of batch 241, written fresh for it (nothing copied from the repository).

Every generator takes the caller's `np.random.Generator` first and draws only from it, in a
fixed order (no set walks, no `hash()`), so a seed gives the same texts in every process.
Ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def typo(rng: np.random.Generator, text: str, rate: float = 0.03) -> str:
    """Casual typing: a few swapped or dropped letters, sometimes lower-cased."""
    chars = list(text)
    i = 1
    while i < len(chars) - 2:
        if chars[i].isalpha() and rng.random() < rate:
            if chance(rng, 0.5):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            else:
                del chars[i]
        i += 1
    out = "".join(chars)
    return out.lower() if chance(rng, 0.35) else out


def shuffled(rng: np.random.Generator, seq: Sequence) -> list:
    return [seq[i] for i in rng.permutation(len(seq)).tolist()]


# --------------------------------------------------------------------------------------------
# topics

TOPICS = (
    "photosynthesis",
    "plate tectonics",
    "the French Revolution",
    "the Krebs cycle",
    "Bayesian inference",
    "supply and demand",
    "the Treaty of Westphalia",
    "CRISPR gene editing",
    "black holes",
    "compound interest",
    "the immune response to vaccines",
    "public-key cryptography",
    "the Silk Road",
    "monsoon formation",
    "the Byzantine Empire",
    "inflation targeting",
    "neural network backpropagation",
    "the water cycle",
    "quantum entanglement",
    "the Meiji Restoration",
    "antibiotic resistance",
    "game theory",
    "the Bretton Woods system",
    "TCP congestion control",
    "the causes of World War I",
    "continental drift",
    "the placebo effect",
    "the Fourier transform",
    "the Green Revolution",
    "database indexing",
    "the Ottoman millet system",
    "carbon capture",
    "the Higgs boson",
    "cognitive behavioural therapy",
    "the Marshall Plan",
    "ocean acidification",
    "opportunity cost",
    "the printing press",
    "Type 2 diabetes",
    "entropy in thermodynamics",
    "the Haber process",
    "the Mughal Empire",
    "RNA vaccines",
    "the Cuban Missile Crisis",
    "garbage collection in the JVM",
    "the tragedy of the commons",
    "El Nino",
    "the Rosetta Stone",
    "statistical significance",
    "the Bauhaus movement",
    "urban heat islands",
    "the Reformation",
    "Keynesian economics",
    "the nitrogen cycle",
    "hash tables",
    "the Apollo program",
    "circadian rhythms",
    "the Peloponnesian War",
    "microfinance",
    "special relativity",
    "the Atlantic slave trade",
    "Dijkstra's algorithm",
    "coral bleaching",
    "the Han dynasty",
    "sovereign debt crises",
    "the blood-brain barrier",
    "impressionist painting",
    "the Scramble for Africa",
    "lithium-ion batteries",
    "the Universal Declaration of Human Rights",
    "price elasticity",
    "the Inca road system",
    "mitochondrial DNA",
    "the Weimar Republic",
    "container orchestration",
    "desertification",
    "the Golden Age of Islam",
    "the Phillips curve",
    "prion diseases",
    "the Industrial Revolution in Britain",
    "Rust's borrow checker",
    "the Doppler effect",
    "land reform in East Asia",
    "gut microbiota",
    "the Congress of Vienna",
)

PROGRAMMING_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Ruby",
    "Swift",
)

# --------------------------------------------------------------------------------------------
# 1. word problems (templated numerics in several languages)


def _p_trains(rng: np.random.Generator) -> dict:
    d = irange(rng, 120, 900)
    return {
        "d": d,
        "v1": irange(rng, 40, 120),
        "v2": irange(rng, 35, 110),
        "h": irange(rng, 0, 2),
        "a": pick(rng, ("Lyon", "Pune", "Curitiba", "Osaka", "Leeds", "Kazan", "Izmir")),
        "b": pick(rng, ("Geneva", "Nagpur", "Santos", "Kyoto", "York", "Samara", "Bursa")),
    }


def _p_mix(rng: np.random.Generator) -> dict:
    lo, hi = irange(rng, 5, 30), irange(rng, 40, 90)
    return {"lo": lo, "hi": hi, "t": irange(rng, lo + 3, hi - 3), "v": irange(rng, 10, 200)}


def _p_dice(rng: np.random.Generator) -> dict:
    k = irange(rng, 2, 5)
    return {"k": k, "s": irange(rng, k * 3, k * 5), "f": pick(rng, (6, 6, 8, 10, 12))}


def _p_work(rng: np.random.Generator) -> dict:
    return {"a": irange(rng, 3, 14), "b": irange(rng, 4, 20), "p": irange(rng, 1, 3)}


def _p_crt(rng: np.random.Generator) -> dict:
    a, b = pick(rng, ((5, 7), (4, 9), (7, 11), (8, 15), (9, 13), (6, 25), (11, 12)))
    return {
        "a": a,
        "b": b,
        "r1": irange(rng, 1, a - 1),
        "r2": irange(rng, 1, b - 1),
        "m": irange(rng, 100, 5000),
    }


def _p_garden(rng: np.random.Generator) -> dict:
    return {
        "l": irange(rng, 8, 60),
        "w": irange(rng, 5, 40),
        "p": pick(rng, (0.5, 1, 1.5, 2, 2.5, 3)),
    }


def _p_interest(rng: np.random.Generator) -> dict:
    return {
        "P": irange(rng, 5, 500) * 100,
        "r": pick(rng, (1.5, 2.25, 3.1, 4, 4.75, 5.5, 6.2, 7.9)),
        "n": irange(rng, 2, 30),
    }


def _p_ages(rng: np.random.Generator) -> dict:
    x, y = irange(rng, 2, 25), irange(rng, 3, 15)
    b = irange(rng, 5, 40)
    return {"x": x, "y": y, "z": 2 * b + x + 2 * y}


def _p_committee(rng: np.random.Generator) -> dict:
    return {"m": irange(rng, 4, 12), "w": irange(rng, 3, 10), "k": irange(rng, 3, 6)}


def _p_seq(rng: np.random.Generator) -> dict:
    a, d, e = irange(rng, -5, 12), irange(rng, 1, 9), irange(rng, 1, 4)
    return {"s": ", ".join(str(a + d * i + e * i * i) for i in range(5))}


_PROBLEMS: dict[str, tuple] = {
    "trains": (
        _p_trains,
        {
            "en": "A train leaves {a} at {v1} km/h. {h} hour(s) later a second train leaves {b}, {d} km away, heading towards it at {v2} km/h. When and where do they meet?",
            "es": "Un tren sale de {a} a {v1} km/h. {h} hora(s) después, otro tren sale de {b}, a {d} km, en sentido contrario a {v2} km/h. ¿Cuándo y dónde se cruzan?",
            "de": "Ein Zug fährt um 8 Uhr in {a} mit {v1} km/h los. {h} Stunde(n) später startet ein zweiter Zug im {d} km entfernten {b} mit {v2} km/h in Gegenrichtung. Wann und wo begegnen sie sich?",
            "zh": "一列火车以每小时{v1}公里的速度从{a}出发。{h}小时后，另一列火车以每小时{v2}公里的速度从相距{d}公里的{b}相向而行。两车何时何地相遇？",
            "ru": "Поезд выходит из города {a} со скоростью {v1} км/ч. Через {h} ч навстречу ему из города {b}, до которого {d} км, выходит второй поезд со скоростью {v2} км/ч. Когда и где они встретятся?",
        },
    ),
    "mix": (
        _p_mix,
        {
            "en": "How many litres of a {lo}% acid solution and a {hi}% acid solution must be mixed to get {v} litres of a {t}% solution?",
            "es": "¿Cuántos litros de una solución al {lo}% y de otra al {hi}% hay que mezclar para obtener {v} litros al {t}%?",
            "de": "Wie viele Liter einer {lo}%igen und einer {hi}%igen Lösung muss man mischen, um {v} Liter einer {t}%igen Lösung zu erhalten?",
            "zh": "要配制{v}升浓度为{t}%的溶液，需要浓度为{lo}%和{hi}%的溶液各多少升？",
            "ru": "Сколько литров {lo}%-го и {hi}%-го раствора нужно смешать, чтобы получить {v} л {t}%-го раствора?",
        },
    ),
    "dice": (
        _p_dice,
        {
            "en": "You roll {k} fair {f}-sided dice. What is the probability that the total is at least {s}?",
            "es": "Se lanzan {k} dados justos de {f} caras. ¿Cuál es la probabilidad de que la suma sea al menos {s}?",
            "de": "Es werden {k} faire {f}-seitige Würfel geworfen. Wie groß ist die Wahrscheinlichkeit, dass die Augensumme mindestens {s} beträgt?",
            "zh": "同时掷{k}枚均匀的{f}面骰子，点数之和至少为{s}的概率是多少？",
            "ru": "Бросают {k} правильных {f}-гранных кубика. Какова вероятность, что сумма очков не меньше {s}?",
        },
    ),
    "work": (
        _p_work,
        {
            "en": "Pipe A fills a tank in {a} hours and pipe B in {b} hours. Both start together, but A is shut off after {p} hour(s). How long does the whole filling take?",
            "es": "El grifo A llena un depósito en {a} horas y el B en {b} horas. Se abren juntos, pero A se cierra tras {p} hora(s). ¿Cuánto tarda en llenarse?",
            "de": "Rohr A füllt ein Becken in {a} Stunden, Rohr B in {b} Stunden. Beide starten gleichzeitig, A wird nach {p} Stunde(n) geschlossen. Wie lange dauert das Füllen insgesamt?",
            "zh": "甲管单独注满水池需{a}小时，乙管需{b}小时。两管同时开放，{p}小时后关闭甲管。注满水池共需多少小时？",
            "ru": "Труба A наполняет бак за {a} ч, труба B за {b} ч. Их открыли одновременно, но через {p} ч трубу A закрыли. За какое время наполнится бак?",
        },
    ),
    "crt": (
        _p_crt,
        {
            "en": "Find the smallest integer greater than {m} that leaves remainder {r1} when divided by {a} and remainder {r2} when divided by {b}.",
            "es": "Halla el menor entero mayor que {m} que deja resto {r1} al dividir entre {a} y resto {r2} al dividir entre {b}.",
            "de": "Finde die kleinste ganze Zahl größer als {m}, die bei Division durch {a} den Rest {r1} und bei Division durch {b} den Rest {r2} lässt.",
            "zh": "求大于{m}的最小整数，使它除以{a}余{r1}，除以{b}余{r2}。",
            "ru": "Найдите наименьшее целое число больше {m}, которое при делении на {a} даёт остаток {r1}, а при делении на {b} — остаток {r2}.",
        },
    ),
    "garden": (
        _p_garden,
        {
            "en": "A rectangular garden is {l} m by {w} m. A gravel path {p} m wide runs around the outside. What is the area of the path, and how many 25 kg bags are needed if one bag covers 1.8 m²?",
            "es": "Un jardín rectangular mide {l} m por {w} m y lo rodea por fuera un camino de grava de {p} m de ancho. ¿Qué área tiene el camino?",
            "de": "Ein rechteckiger Garten misst {l} m mal {w} m. Außen herum verläuft ein {p} m breiter Kiesweg. Wie groß ist die Fläche des Weges?",
            "zh": "一块长{l}米、宽{w}米的长方形花园外围有一条宽{p}米的小路。小路的面积是多少？",
            "ru": "Прямоугольный сад имеет размеры {l} м на {w} м. Снаружи его окружает дорожка шириной {p} м. Найдите площадь дорожки.",
        },
    ),
    "interest": (
        _p_interest,
        {
            "en": "{P} is invested at {r}% a year, compounded monthly, for {n} years. What is the final amount, and how much of it is interest?",
            "es": "Se invierten {P} al {r}% anual con capitalización mensual durante {n} años. ¿Cuál es el monto final y cuánto son intereses?",
            "de": "{P} Euro werden {n} Jahre lang zu {r}% p.a. bei monatlicher Verzinsung angelegt. Wie hoch ist das Endkapital?",
            "zh": "本金{P}元，年利率{r}%，按月复利，存{n}年。到期本息合计多少？其中利息多少？",
            "ru": "Вклад {P} руб. под {r}% годовых с ежемесячной капитализацией на {n} лет. Какова итоговая сумма и сколько из неё проценты?",
        },
    ),
    "ages": (
        _p_ages,
        {
            "en": "Mara is {x} years older than her brother. In {y} years the sum of their ages will be {z}. How old is each now?",
            "es": "Ana tiene {x} años más que su hermano. Dentro de {y} años la suma de sus edades será {z}. ¿Qué edad tiene cada uno?",
            "de": "Lena ist {x} Jahre älter als ihr Bruder. In {y} Jahren sind beide zusammen {z} Jahre alt. Wie alt sind sie heute?",
            "zh": "姐姐比弟弟大{x}岁，{y}年后两人年龄之和为{z}岁。两人现在各多少岁？",
            "ru": "Маша старше брата на {x} лет. Через {y} лет сумма их возрастов будет {z}. Сколько лет каждому сейчас?",
        },
    ),
    "committee": (
        _p_committee,
        {
            "en": "From {m} men and {w} women a committee of {k} is chosen. In how many ways can this be done if it must include at least one woman and at most two men?",
            "es": "De {m} hombres y {w} mujeres se elige un comité de {k}. ¿De cuántas formas si debe haber al menos una mujer?",
            "de": "Aus {m} Männern und {w} Frauen wird ein Ausschuss mit {k} Personen gebildet. Auf wie viele Arten geht das, wenn mindestens eine Frau dabei sein muss?",
            "zh": "从{m}名男生和{w}名女生中选出{k}人组成委员会，要求至少有一名女生，有多少种选法？",
            "ru": "Из {m} мужчин и {w} женщин выбирают комиссию из {k} человек, в которой есть хотя бы одна женщина. Сколькими способами это можно сделать?",
        },
    ),
    "seq": (
        _p_seq,
        {
            "en": "The sequence begins {s}. Find the general term and the 20th term, and prove your formula.",
            "es": "La sucesión empieza {s}. Halla el término general y el término 20, y demuestra la fórmula.",
            "de": "Die Folge beginnt mit {s}. Bestimme das allgemeine Glied und das 20. Glied und beweise die Formel.",
            "zh": "数列前几项为 {s}。求通项公式和第20项，并证明你的公式。",
            "ru": "Последовательность начинается так: {s}. Найдите общий член и 20-й член и докажите формулу.",
        },
    ),
}
PROBLEM_KINDS = tuple(_PROBLEMS)
PROBLEM_LANGS = ("en", "es", "de", "zh", "ru")


def problem(rng: np.random.Generator, lang: str = "en", kind: str | None = None) -> str:
    kind = kind or pick(rng, PROBLEM_KINDS)
    make, tpl = _PROBLEMS[kind]
    vals = make(rng)
    return tpl.get(lang, tpl["en"]).format(**vals)


# --------------------------------------------------------------------------------------------
# 2. reasoning-trace coercion wrappers (several independent styles)

_COT = {
    "tagged": {
        "en": "Think it through inside <think></think> before you answer. Put every intermediate step in the think block, including the ones that seem obvious, then give the answer after the block.\n\n{q}",
        "es": "Razona dentro de <think></think> antes de responder. Escribe allí todos los pasos intermedios, incluso los obvios, y da la respuesta después del bloque.\n\n{q}",
        "de": "Denke innerhalb von <think></think> nach, bevor du antwortest. Schreibe jeden Zwischenschritt in diesen Block, auch die offensichtlichen, und gib danach die Antwort.\n\n{q}",
        "zh": "回答前请在<think></think>中完整地思考，把每一个中间步骤（包括显而易见的）都写进去，然后在标签之后给出答案。\n\n{q}",
        "ru": "Прежде чем отвечать, рассуждай внутри <think></think>. Запиши туда все промежуточные шаги, даже очевидные, а ответ дай после блока.\n\n{q}",
    },
    "numbered": {
        "en": "{q}\n\nSolve this by writing numbered steps (Step 1, Step 2, ...). After each step, check it. If a check fails, say so and redo it. Finish with a line 'FINAL: <answer>'.",
        "es": "{q}\n\nResuélvelo con pasos numerados (Paso 1, Paso 2, ...) y verifica cada uno. Si algo falla, dilo y corrígelo. Termina con 'FINAL: <respuesta>'.",
        "de": "{q}\n\nLöse die Aufgabe in nummerierten Schritten (Schritt 1, Schritt 2, ...) und prüfe jeden Schritt. Schließe mit 'FINAL: <Antwort>' ab.",
        "zh": "{q}\n\n请分步骤（第1步、第2步……）求解，每一步后检查一次；如果发现错误，说明并重做。最后一行写“FINAL: 答案”。",
        "ru": "{q}\n\nРеши по шагам (Шаг 1, Шаг 2, ...), проверяя каждый шаг. Если проверка не прошла, скажи об этом и переделай. В конце строка 'FINAL: <ответ>'.",
    },
    "persona": {
        "en": "You are a patient olympiad coach. Your student wants to see how an expert actually thinks, false starts included. Narrate your full reasoning, consider at least two approaches, pick one, and verify the result.\n\nProblem: {q}",
        "es": "Eres un entrenador de olimpiadas paciente. Tu alumno quiere ver cómo piensa un experto, con sus intentos fallidos. Narra todo tu razonamiento, considera al menos dos enfoques y verifica el resultado.\n\nProblema: {q}",
        "de": "Du bist ein geduldiger Olympiade-Trainer. Dein Schüler möchte sehen, wie ein Experte wirklich denkt, Irrwege eingeschlossen. Erzähle dein gesamtes Vorgehen, vergleiche zwei Ansätze und prüfe das Ergebnis.\n\nAufgabe: {q}",
        "zh": "你是一位耐心的奥赛教练。学生想看到专家真实的思考过程，包括走过的弯路。请完整叙述你的推理，至少比较两种方法，选定一种并验证结果。\n\n题目：{q}",
        "ru": "Ты терпеливый тренер олимпиадников. Ученик хочет увидеть, как на самом деле думает эксперт, включая неудачные попытки. Расскажи всё рассуждение, сравни два подхода и проверь ответ.\n\nЗадача: {q}",
    },
    "json": {
        "en": 'Return JSON only: {{"reasoning": [list of every step as a sentence], "self_check": "...", "answer": "..."}}. Do not compress the reasoning.\nQuestion: {q}',
        "es": 'Devuelve solo JSON: {{"reasoning": [cada paso como frase], "self_check": "...", "answer": "..."}}. No resumas el razonamiento.\nPregunta: {q}',
        "de": 'Gib nur JSON zurück: {{"reasoning": [jeder Schritt als Satz], "self_check": "...", "answer": "..."}}. Kürze die Begründung nicht.\nFrage: {q}',
        "zh": '只返回JSON：{{"reasoning": [每一步一句话], "self_check": "...", "answer": "..."}}。不要压缩推理过程。\n问题：{q}',
        "ru": 'Верни только JSON: {{"reasoning": [каждый шаг отдельным предложением], "self_check": "...", "answer": "..."}}. Не сокращай рассуждение.\nВопрос: {q}',
    },
}
COT_STYLES = tuple(_COT)


def cot_prompt(rng: np.random.Generator, style: str, lang: str, q: str | None = None) -> str:
    q = q or problem(rng, lang)
    tpl = _COT[style]
    return tpl.get(lang, tpl["en"]).format(q=q)


def concept_question(rng: np.random.Generator, lang: str) -> str:
    """A conceptual 'why' question to pair with a reasoning demand."""
    t = pick(rng, TOPICS)
    frames = {
        "en": (
            "Why does {t} work the way it does? Derive it from first principles.",
            "What is the most common misconception about {t}, and where exactly does the faulty reasoning break?",
            "Explain {t} to a sceptical engineer, deriving every claim.",
        ),
        "es": (
            "¿Por qué {t} funciona así? Dedúcelo desde los primeros principios.",
            "¿Cuál es el error más común sobre {t} y en qué paso exacto falla el razonamiento?",
        ),
        "de": (
            "Warum funktioniert {t} so? Leite es aus den Grundprinzipien her.",
            "Was ist das häufigste Missverständnis über {t}, und an welcher Stelle bricht die Argumentation?",
        ),
        "zh": (
            "请从第一性原理出发，推导说明{t}为什么是这样运作的。",
            "关于{t}最常见的误解是什么？错误推理在哪一步出了问题？",
        ),
        "ru": (
            "Почему {t} устроено именно так? Выведи это из первых принципов.",
            "Какое самое частое заблуждение о {t}, и на каком шаге ломается рассуждение?",
        ),
    }
    return pick(rng, frames.get(lang, frames["en"])).format(t=t)


# --------------------------------------------------------------------------------------------
# 3. judge / rubric / reward grading

_DIMS = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, style: str, lang: str, question: str, a: str, b: str
) -> str:
    q, ra, rb = clip(question, 700), clip(a, 1100), clip(b, 1100)
    if style == "pairwise":
        head = {
            "en": "Compare the two assistant replies to the user's message. Decide which is better overall.",
            "de": "Vergleiche die beiden Antworten des Assistenten auf die Nachricht des Nutzers. Welche ist insgesamt besser?",
            "ja": "ユーザーのメッセージに対する2つのアシスタントの回答を比較し、全体としてどちらが優れているか判断してください。",
            "es": "Compara las dos respuestas del asistente al mensaje del usuario y decide cuál es mejor en conjunto.",
        }
        tail = "Explain your verdict in 3-6 sentences, then output exactly one of [[A]], [[B]], [[TIE]]."
        return f"{head.get(lang, head['en'])}\n\n### User\n{q}\n\n### Reply A\n{ra}\n\n### Reply B\n{rb}\n\n{tail}"
    if style == "likert":
        dims = [
            _DIMS[i] for i in rng.choice(len(_DIMS), size=irange(rng, 3, 5), replace=False).tolist()
        ]
        body = "\n".join(f"- {d}: 1-7" for d in dims)
        return (
            f"Rate the RESPONSE on each criterion below. For each, write one sentence of justification "
            f"before the number.\n{body}\n\nPROMPT:\n{q}\n\nRESPONSE:\n{ra}\n\n"
            f"End with a JSON object mapping each criterion to its score."
        )
    if style == "checklist":
        n = irange(rng, 4, 8)
        items = "\n".join(f"{i + 1}. Does the response {pick(rng, _CHECKS)}?" for i in range(n))
        return (
            f"<task>{q}</task>\n<candidate>{ra}</candidate>\n<rubric>\n{items}\n</rubric>\n"
            f"Answer each rubric item YES/NO with a reason, then give a weighted total out of 100."
        )
    # scalar reward
    return (
        f"[REWARD MODEL]\nconversation:\nuser: {q}\nassistant: {ra}\n\n"
        f"Output a single real number between -5 and 5 expressing how much a careful expert would prefer "
        f"this reply, followed by a one-paragraph critique listing concrete flaws."
    )


_CHECKS = (
    "directly answer the question asked",
    "avoid unsupported factual claims",
    "cite its assumptions",
    "stay within the requested length",
    "use the requested format",
    "avoid unnecessary refusal",
    "mention relevant safety caveats",
    "avoid repeating the prompt",
    "handle the edge cases",
    "keep a neutral tone",
    "give an actionable next step",
    "correct the user's false premise",
)
JUDGE_STYLES = ("pairwise", "likert", "checklist", "scalar")

# --------------------------------------------------------------------------------------------
# 4. policy / censorship-safe rewrites

_SENSITIVE = (
    "the 1989 protests",
    "territorial disputes in the region",
    "the head of state's family business",
    "religious minorities' rights",
    "independent trade unions",
    "the history of the ruling party",
    "election irregularities",
    "ethnic autonomy movements",
    "press freedom rankings",
    "military conscription policy",
    "historical famines",
    "foreign news coverage",
)


def rewrite_prompt(rng: np.random.Generator, style: str, lang: str, passage: str) -> str:
    text = clip(passage, 1400)
    s = pick(rng, _SENSITIVE)
    if style == "align":
        heads = {
            "zh": f"请改写下面的回答，使其符合本地内容规范：涉及“{s}”时采用官方表述，删去任何可能引起争议的评价，但保持信息量和语气自然。只输出改写后的文本。",
            "ru": f"Перепиши ответ ниже так, чтобы он соответствовал местным требованиям к контенту: по теме «{s}» используй официальную формулировку, убери спорные оценки, сохрани объём и естественный тон. Выведи только новый текст.",
            "ar": f"أعد صياغة الإجابة التالية لتتوافق مع معايير المحتوى المحلية: عند الحديث عن «{s}» استخدم الصياغة الرسمية واحذف أي تقييم مثير للجدل مع الحفاظ على المعلومات والأسلوب الطبيعي. اكتب النص المعدل فقط.",
            "en": f"Rewrite the answer below so that it complies with the local content guidelines: on '{s}' use the official framing, drop contested judgements, keep the length and a natural tone. Output only the rewritten text.",
        }
        return f"{heads.get(lang, heads['en'])}\n\n---\n{text}"
    if style == "refusal_pair":
        heads = {
            "zh": "下面是一个用户问题。请给出两个版本：(1) 一个礼貌地拒绝并转移话题的版本；(2) 一个合规且尽量有帮助的版本。用【拒绝】和【合规】标注。",
            "ru": "Ниже вопрос пользователя. Дай две версии ответа: (1) вежливый отказ с переводом темы; (2) допустимый, но максимально полезный ответ. Пометь их [ОТКАЗ] и [ДОПУСТИМО].",
            "ar": "فيما يلي سؤال مستخدم. قدّم نسختين: (1) رفض مهذب مع تغيير الموضوع؛ (2) إجابة ملتزمة ومفيدة قدر الإمكان. ضع علامتي [رفض] و[ملتزم].",
            "en": "Below is a user question. Give two versions: (1) a polite refusal that redirects; (2) a compliant but maximally helpful answer. Label them [REFUSE] and [COMPLY].",
        }
        return f"{heads.get(lang, heads['en'])}\n\n{clip(text, 500)}\n\n({s})"
    if style == "soften":
        return (
            f"Edit for a general audience in a market with strict rules on {s}. Keep every neutral fact, "
            f"replace loaded words with neutral ones, and add no disclaimers. Return the edited text, then a "
            f"list of the edits you made.\n\nTEXT:\n{text}"
        )
    # classify-then-rewrite
    return (
        f"Step 1: list every sentence in the text that would be non-compliant under the rule 'no content "
        f"that questions official accounts of {s}'. Step 2: produce a compliant rewrite of the full text.\n\n{text}"
    )


REWRITE_STYLES = ("align", "refusal_pair", "soften", "classify_rewrite")

# --------------------------------------------------------------------------------------------
# 5. agent / tool-use transcripts

_TOOLS = (
    ("search_web", {"query": "string", "top_k": "integer"}),
    ("read_url", {"url": "string"}),
    ("run_python", {"code": "string"}),
    ("sql_query", {"database": "string", "sql": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_create", {"title": "string", "start": "string", "duration_min": "integer"}),
    ("file_read", {"path": "string"}),
    ("file_write", {"path": "string", "content": "string"}),
    ("shell", {"command": "string", "timeout_s": "integer"}),
    ("get_weather", {"city": "string", "date": "string"}),
    ("crm_lookup", {"customer_id": "string"}),
    ("create_ticket", {"title": "string", "priority": "string", "assignee": "string"}),
)

_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and draft an email to {n} with the options.",
    "Our nightly job failed with exit code 137. Investigate the logs in /var/log/etl and fix the cause.",
    "Pull last quarter's revenue by region from the sales database and plot the trend.",
    "Book a 30-minute meeting with {n} next Tuesday afternoon and send them the agenda.",
    "Summarise the open high-priority tickets for customer {id} and propose next steps.",
    "Check whether the README build instructions still work on a fresh checkout and update them.",
    "Research the import regulations for lithium batteries into {c2} and write a one-page brief.",
    "The unit tests in tests/test_parser.py fail after the last merge; find the regression.",
    "Compare the weather in {c1} and {c2} for the next week and recommend where to hold the offsite.",
    "Create tickets for each TODO comment in src/ and assign them to {n}.",
)


def _tool_schema(rng: np.random.Generator, k: int) -> str:
    idx = rng.choice(len(_TOOLS), size=k, replace=False).tolist()
    tools = [
        {
            "type": "function",
            "function": {
                "name": _TOOLS[i][0],
                "parameters": {
                    "type": "object",
                    "properties": {p: {"type": t} for p, t in _TOOLS[i][1].items()},
                },
            },
        }
        for i in idx
    ]
    return json.dumps(tools, separators=(",", ":"))


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n=pick(rng, NAMES),
        id=f"C-{irange(rng, 10000, 99999)}",
    )


def agent_step(rng: np.random.Generator, style: str, task: str, step: int, observation: str) -> str:
    obs = clip(observation, 900)
    if style == "react":
        lines = [
            f"Task: {task}",
            "Tools: " + ", ".join(t[0] for t in shuffled(rng, _TOOLS)[:5]),
            "",
        ]
        for i in range(step):
            lines.append(
                f"Thought {i + 1}: ...\nAction {i + 1}: {pick(rng, _TOOLS)[0]}[...]\nObservation {i + 1}: "
                + (obs if i == step - 1 else "(truncated)")
            )
        lines.append(f"Thought {step + 1}:")
        return "\n".join(lines)
    if style == "function_json":
        if step == 0:
            return f"{task}\n\n<tools>{_tool_schema(rng, irange(rng, 3, 7))}</tools>"
        return json.dumps(
            {"role": "tool", "tool_call_id": f"call_{irange(rng, 10**7, 10**8)}", "content": obs},
            ensure_ascii=False,
        )
    if style == "plan_execute":
        if step == 0:
            return (
                f"You are an autonomous operator. Write a numbered plan for the task, then execute step 1 "
                f"by emitting a tool call.\nTASK: {task}"
            )
        return f"Result of step {step}:\n{obs}\n\nUpdate the plan if needed and execute step {step + 1}."
    # trajectory rewrite: ask the model to produce a whole ideal trajectory
    return (
        f"Write a complete, realistic agent trajectory for the task below as alternating "
        f"assistant tool calls and tool results, at least {irange(rng, 5, 12)} calls, ending with the final "
        f"answer to the user. Use these tools: {_tool_schema(rng, irange(rng, 3, 6))}\nTASK: {task}"
    )


AGENT_STYLES = ("react", "function_json", "plan_execute", "trajectory")


def fake_observation(rng: np.random.Generator, passages: Sequence[str]) -> str:
    kind = irange(rng, 0, 3)
    if kind == 0:
        return pick(rng, passages)
    if kind == 1:
        rows = [
            f"| {pick(rng, COUNTRIES)} | {irange(rng, 10, 999)}.{irange(rng, 0, 99):02d} | {irange(rng, -30, 60)}% |"
            for _ in range(irange(rng, 3, 10))
        ]
        return "| region | revenue_k | yoy |\n|---|---|---|\n" + "\n".join(rows)
    if kind == 2:
        return (
            f'Traceback (most recent call last):\n  File "/srv/app/{pick(rng, ("etl", "parser", "jobs"))}.py", '
            f"line {irange(rng, 10, 900)}, in run\nMemoryError: cannot allocate {irange(rng, 1, 64)} GiB"
        )
    return json.dumps(
        {
            "status": "ok",
            "results": [
                {
                    "title": clip(pick(rng, passages), 80),
                    "url": f"https://example.org/{irange(rng, 1, 10**6)}",
                }
                for _ in range(3)
            ],
        }
    )


# --------------------------------------------------------------------------------------------
# 6. synthetic dataset generation

_DATA_TASKS = (
    "instruction-response pairs",
    "multi-turn customer conversations",
    "question-answer pairs with explanations",
    "math word problems with worked solutions",
    "code review comments with fixes",
    "reading comprehension passages with questions",
    "persuasive essays with critiques",
    "SQL questions with schemas and answers",
    "refusal and compliance examples",
    "summaries of short articles",
)


def dataset_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    task = pick(rng, _DATA_TASKS)
    topic = pick(rng, TOPICS)
    level = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if style == "local" and lang not in ("zh", "es", "pt", "ko", "ja"):
        style = "jsonl"
    if style == "jsonl":
        return (
            f"Generate {n} diverse {task} about {topic} ({level} level). Output JSONL, one object per line "
            f'with keys "instruction", "input", "output". Vary phrasing, length and difficulty. No numbering, '
            f"no commentary."
        )
    if style == "seeded":
        seed = clip(
            pick(
                rng,
                (
                    "Explain how a bill becomes law.",
                    "Write a haiku about rain.",
                    "Fix this off-by-one error.",
                    "What causes tides?",
                    "Translate 'good morning'.",
                    "Summarise this contract clause.",
                ),
            ),
            80,
        )
        return (
            f'Here is a seed task: "{seed}"\nWrite {n} NEW tasks that differ from the seed in topic and '
            f"form, each followed by an excellent answer. Domain focus: {topic}. Language: {lang}."
        )
    if style == "persona_grid":
        persona = pick(
            rng,
            (
                "a retired nurse",
                "a high-school student",
                "a small-business owner",
                "a PhD chemist",
                "a tourist",
                "a junior developer",
                "a farmer",
                "a paralegal",
                "a journalist",
            ),
        )
        return (
            f"Persona: {persona}. Write {n} questions this persona would realistically ask about {topic}, "
            f"then answer each one as a world-class expert would. Format: Q1/A1, Q2/A2, ..."
        )
    local = {
        "zh": f"请生成{n}条关于“{topic}”的高质量指令数据，每条包含“指令”“输入”“输出”三个字段，难度为{level}，以JSON数组返回。",
        "es": f"Genera {n} ejemplos de {task} sobre {topic}, nivel {level}, en español. Devuelve un array JSON con 'instruccion' y 'respuesta'.",
        "pt": f"Gere {n} exemplos de {task} sobre {topic}, nível {level}, em português. Retorne um array JSON com 'instrucao' e 'resposta'.",
        "ko": f"{topic}에 관한 {task} {n}개를 만들어 주세요. 난이도는 {level}, JSON 배열로 'instruction'과 'output' 키를 사용하세요.",
        "ja": f"{topic}についての{task}を{n}件作成してください。難易度は{level}。'instruction'と'output'を持つJSON配列で返してください。",
    }
    return local[lang]


DATASET_STYLES = ("jsonl", "seeded", "persona_grid", "local")

# --------------------------------------------------------------------------------------------
# 7. ordinary-sounding knowledge questions (for low-and-slow and compromised accounts)

_ASK = {
    "en": (
        "can you explain {t} like I'm new to it but not stupid",
        "what's the deal with {t}? give me the full picture",
        "I keep hearing about {t}. how does it actually work",
        "explain {t} in detail, with an example",
        "help me understand {t} for an exam tomorrow",
        "what are the main arguments around {t}?",
        "could you walk me through {t} step by step please",
        "ELI5 {t} then give the grown-up version",
    ),
    "es": (
        "me puedes explicar {t} con un ejemplo?",
        "qué es exactamente {t} y por qué importa",
        "necesito entender {t} para un examen, explícalo paso a paso",
        "explícame {t} como si fuera nuevo en el tema",
    ),
    "pt": (
        "pode me explicar {t} com exemplos?",
        "o que é {t}, explica direitinho",
        "me ajuda a entender {t} passo a passo",
    ),
    "id": (
        "tolong jelaskan {t} dengan contoh",
        "apa sebenarnya {t} itu? jelaskan secara lengkap",
        "bisa bantu saya paham {t} langkah demi langkah?",
    ),
    "hi": (
        "{t} ko simple tarike se samjhao example ke saath",
        "mujhe {t} detail mein samjha do please",
        "exam ke liye {t} explain karo step by step",
    ),
    "vi": ("giải thích giúp mình {t} kèm ví dụ", "{t} là gì vậy? giải thích chi tiết giúp mình"),
    "tr": ("{t} konusunu örnekle açıklar mısın?", "{t} tam olarak nedir, adım adım anlatır mısın"),
    "de": (
        "kannst du mir {t} mit einem Beispiel erklären?",
        "was genau ist {t} und warum ist das wichtig",
        "erklär mir {t} Schritt für Schritt",
    ),
    "fr": (
        "tu peux m'expliquer {t} avec un exemple ?",
        "c'est quoi exactement {t} ? explique en détail",
    ),
    "zh": ("能详细解释一下{t}吗？最好举个例子", "{t}到底是怎么回事？请一步一步讲清楚"),
}
ASK_LANGS = tuple(_ASK)


def ask(rng: np.random.Generator, lang: str, topic: str | None = None, casual: float = 0.5) -> str:
    t = topic or pick(rng, TOPICS)
    text = pick(rng, _ASK.get(lang, _ASK["en"])).format(t=t)
    if chance(rng, 0.3):
        text += pick(
            rng,
            (
                "",
                " thanks!",
                " 🙏",
                "?",
                " (keep it thorough)",
                " pls",
                " — include common mistakes",
            ),
        )
    return typo(rng, text) if chance(rng, casual) else text


def deep_dive(rng: np.random.Generator, topic: str, facet: int) -> str:
    """A curriculum-style request: one facet of a topic, phrased as an ordinary request."""
    facets = (
        "what {t} is and why it matters",
        "the history of {t}",
        "how {t} works mechanically, in detail",
        "common misconceptions about {t}",
        "a worked example of {t}",
        "open questions and debates about {t}",
        "how {t} connects to neighbouring ideas",
        "{t}: an exam-style question with a model answer",
    )
    f = facets[facet % len(facets)].format(t=topic)
    frame = pick(
        rng,
        (
            "Write a thorough explanation of {f}.",
            "I'm preparing a talk. Cover {f}.",
            "Give me a detailed breakdown: {f}.",
            "Can you go deep on {f}? Use headings.",
            "Teach me {f}, then quiz me with three questions and answers.",
        ),
    )
    return frame.format(f=f)


# --------------------------------------------------------------------------------------------
# 8. writing-assistant product wrapper (one product's real template)


def product_wrap(rng: np.random.Generator, product: str, user_text: str) -> str:
    mode = pick(rng, ("improve", "expand", "explain", "rephrase", "continue"))
    tone = pick(rng, ("neutral", "friendly", "formal", "confident"))
    return (
        f"[{product}] mode={mode} tone={tone} locale=auto\n"
        f"Help the user with their text. Follow the mode. Do not mention you are an AI.\n"
        f"USER TEXT:\n{clip(user_text, 1600)}"
    )


# --------------------------------------------------------------------------------------------
# 9. best-of-n and soft labels

_CREATIVE = (
    "Write a short story opening set in {c} that hooks the reader in two sentences.",
    "Give a persuasive argument for {t}, then the strongest counter-argument.",
    "Write a product description for a reusable water bottle aimed at {c} commuters.",
    "Summarise {t} in exactly three sentences.",
    "Write a limerick about {t}.",
    "Draft a polite email declining a meeting invitation from {n}.",
    "Propose five names for a bakery in {c} and justify each.",
    "Explain {t} using an analogy from cooking.",
)


def sample_prompt(rng: np.random.Generator) -> str:
    return pick(rng, _CREATIVE).format(
        c=pick(rng, COUNTRIES), t=pick(rng, TOPICS), n=pick(rng, NAMES)
    )


def softlabel_prompt(rng: np.random.Generator, style: str, passage: str) -> str:
    text = clip(passage, 600)
    if style == "mcq_probs":
        opts = ("A", "B", "C", "D")
        body = "\n".join(f"{o}. {clip(pick(rng, TOPICS), 40)}" for o in opts)
        return (
            f"Which option is most related to the passage? Report a probability for every option "
            f"(they must sum to 1) as JSON, nothing else.\n\nPassage: {text}\n\n{body}"
        )
    if style == "sentiment_dist":
        return (
            f"Give the probability distribution over {{very negative, negative, neutral, positive, very positive}} "
            f"for the sentiment of this text, as JSON with 3 decimals.\n\n{text}"
        )
    return (
        f"Continue the text with exactly one word. List your top 10 candidate next words with "
        f"probabilities.\n\n{text}"
    )


SOFTLABEL_STYLES = ("mcq_probs", "sentiment_dist", "next_word")

# --------------------------------------------------------------------------------------------
# 10. multi-turn user simulator

_OPENERS = (
    "I need help planning a {k}-day trip to {c} on a budget.",
    "I'm trying to learn {t}. Where should I start?",
    "my landlord in {c} won't return my deposit, what can I do",
    "Help me write a cover letter for a data analyst job.",
    "I have a job interview about {t} next week. Can you quiz me?",
    "What should I cook tonight with rice, eggs and spinach?",
    "I want to start running but my knees hurt. Any advice?",
    "Explain {t} to me, I'm a total beginner.",
)
_FOLLOWUPS = (
    "ok that makes sense. what about {t}?",
    "can you go deeper on point {k}?",
    "give me a concrete example",
    "hmm, I don't think that's right. are you sure?",
    "what would you do in my position?",
    "can you summarise everything so far in a table?",
    "what are the risks?",
    "and if I only had half the budget?",
    "explain that last part again but simpler",
    "thanks! one more thing: how does this differ in {c}?",
    "what are common mistakes people make here?",
    "write that as a checklist",
)
_LOCAL_FOLLOWUPS = {
    "es": (
        "vale, ¿y qué pasa con {t}?",
        "dame un ejemplo concreto",
        "¿puedes resumirlo en una tabla?",
    ),
    "fr": ("d'accord, et pour {t} ?", "donne-moi un exemple concret", "tu peux résumer tout ça ?"),
    "ja": (
        "なるほど。では{t}についてはどうですか？",
        "具体例を挙げてください",
        "ここまでを表にまとめてください",
    ),
    "pt": ("beleza, e sobre {t}?", "me dá um exemplo concreto", "resume tudo numa tabela?"),
    "de": (
        "ok, und wie ist das mit {t}?",
        "gib mir ein konkretes Beispiel",
        "fass das bitte in einer Tabelle zusammen",
    ),
}


def dialogue_turn(
    rng: np.random.Generator, lang: str, turn: int, persona: str | None = None
) -> str:
    fill = {"k": irange(rng, 2, 5), "c": pick(rng, COUNTRIES), "t": pick(rng, TOPICS)}
    if turn == 0:
        text = pick(rng, _OPENERS).format(**fill)
        if persona:
            text = f"[{persona}] {text}"
        return text
    if lang != "en" and lang in _LOCAL_FOLLOWUPS and chance(rng, 0.8):
        return pick(rng, _LOCAL_FOLLOWUPS[lang]).format(**fill)
    return pick(rng, _FOLLOWUPS).format(**fill)


SIM_PERSONAS = (
    "user_sim:curious_student",
    "user_sim:impatient_customer",
    "user_sim:skeptic",
    "user_sim:non_native",
    "user_sim:expert_peer",
    "user_sim:elderly_novice",
)

# --------------------------------------------------------------------------------------------
# 11. code curriculum and code translation

_CODE_TOPICS = (
    "string reversal without allocation",
    "a rate limiter",
    "LRU cache",
    "binary search on answer",
    "parsing CSV with quoted fields",
    "topological sort",
    "union-find with path compression",
    "a trie for autocomplete",
    "matrix multiplication tiling",
    "a thread-safe queue",
    "interval merging",
    "Dijkstra with a heap",
    "a JSON tokenizer",
    "bloom filter",
    "consistent hashing",
    "segment tree with lazy propagation",
    "KMP string search",
    "a tiny regex engine",
    "rolling-hash deduplication",
    "an event loop",
    "reservoir sampling",
    "A* path finding",
)
_LEVELS = ("warm-up", "easy", "medium", "medium+", "hard", "expert")


def code_exercise(rng: np.random.Generator, style: str, unit: int, idx: int) -> str:
    topic = _CODE_TOPICS[(unit * 3 + idx) % len(_CODE_TOPICS)]
    lang = pick(rng, PROGRAMMING_LANGS)
    level = _LEVELS[min(len(_LEVELS) - 1, unit // 2)]
    if style == "ticket":
        return (
            f"Implement {topic} in {lang}. Requirements: handle edge cases, O(n log n) or better where "
            f"possible, include unit tests and a short explanation of the complexity. ({level})"
        )
    if style == "port":
        src = pick(rng, PROGRAMMING_LANGS)
        return (
            f"Port this {src} snippet to {lang}, idiomatically, and explain every change:\n\n"
            f"```\n// {topic}\nfn solve(input) {{\n    // TODO: {irange(rng, 10, 99)} lines elided\n}}\n```"
        )
    if style == "review":
        return (
            f"Here is my attempt at {topic} in {lang}. Point out bugs, then write the corrected version "
            f"with tests.\n\n```{lang.lower()}\n# attempt {unit}.{idx}\n...\n```"
        )
    return f"Exercise {unit}.{idx} [{level}] — {topic} ({lang}). Give a full solution, tests, and a walkthrough."


CODE_STYLES = ("ticket", "port", "review", "course")

# --------------------------------------------------------------------------------------------
# benign-kind texts

BENCH_SUFFIX = (
    "\nPut the final answer in \\boxed{}.",
    "\nAnswer with the letter only.",
    "\nAnswer:",
    "\nLet's reason step by step, then give the final answer.",
)


def bench_item(rng: np.random.Generator, item: int, suite: str) -> str:
    """A fixed benchmark item (the same text every time the item is run)."""
    local = np.random.default_rng([item, len(suite)])
    q = problem(local, "en")
    return f"[{suite} #{item:04d}]\n{q}{BENCH_SUFFIX[item % len(BENCH_SUFFIX)]}"


def grounded_eval(rng: np.random.Generator, product: str, context: str, reply: str) -> str:
    return (
        f"You evaluate {product}'s support assistant. Using ONLY the context, score the assistant reply for "
        f"groundedness (0-1) and relevance (0-1), and list unsupported claims. Return JSON "
        f'{{"groundedness": x, "relevance": y, "unsupported": [...]}}.\n\nCONTEXT:\n{clip(context, 900)}\n\n'
        f"REPLY:\n{clip(reply, 700)}"
    )


_POSTS = {
    "en": (
        "this ref is blind as a bat, {n} should be banned for life lol",
        "selling my old bike in {c}, DM me",
        "anyone else think the new update is garbage?",
        "the people running {c} are all crooks",
        "go back to where you came from",
        "check out my channel for free crypto!!!",
    ),
    "es": (
        "este árbitro es un ciego, que lo echen ya",
        "vendo mi bici vieja, escríbanme",
        "los políticos de {c} son todos unos ladrones",
    ),
    "pt": ("esse juiz é cego, tem que ser banido", "vendo minha bike usada, chama no privado"),
    "de": (
        "der Schiri gehört gesperrt, so ein Idiot",
        "verkaufe mein altes Fahrrad, bei Interesse PN",
    ),
    "tr": ("bu hakem kör mü, hemen atılsın", "eski bisikletimi satıyorum, mesaj atın"),
}


def moderation_prompt(rng: np.random.Generator, lang: str) -> str:
    post = pick(rng, _POSTS.get(lang, _POSTS["en"])).format(
        n=pick(rng, NAMES), c=pick(rng, COUNTRIES)
    )
    act = pick(
        rng,
        (
            "Classify under our community policy (harassment, hate, spam, none) and, if it violates, "
            "suggest a minimal edit that would make it acceptable.",
            "Label this comment: KEEP / EDIT / REMOVE, with the policy clause. If EDIT, give the edited text.",
            "Rewrite this post so it keeps the user's point but meets the civility guideline.",
        ),
    )
    return f'{act}\nLanguage: {lang}\nPost ID {irange(rng, 10**6, 10**7)}: "{post}"'


def ide_agent_prompt(rng: np.random.Generator, step: int, chat_text: str) -> str:
    if step == 0:
        return f"<user_request>{clip(chat_text, 600)}</user_request>\n<open_files>src/{pick(rng, ('api', 'core', 'ui'))}/{pick(rng, ('handlers', 'models', 'utils'))}.{pick(rng, ('py', 'ts', 'go'))}</open_files>"
    res = pick(
        rng,
        (
            "exit code 0",
            "exit code 1\nFAILED tests/test_api.py::test_create - AssertionError",
            "diff applied: 2 files changed, 14 insertions(+), 3 deletions(-)",
            "file contents:\n" + clip(chat_text, 500),
        ),
    )
    return json.dumps(
        {
            "role": "tool",
            "name": pick(rng, ("run_tests", "read_file", "apply_patch", "grep")),
            "content": res,
        }
    )


_INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_status",
    "update_payment",
    "talk_to_agent",
    "report_damage",
    "reset_password",
)


def augment_prompt(rng: np.random.Generator, company: str, chat_text: str) -> str:
    intent = pick(rng, _INTENTS)
    utter = pick(
        rng,
        (
            f"i want to {intent.replace('_', ' ')}",
            f"how do I {intent.replace('_', ' ')}??",
            f"need help with {intent.replace('_', ' ')} asap",
        ),
    )
    if chance(rng, 0.5):
        return (
            f"{company} intent classifier training data. Write {pick(rng, (10, 15, 20))} paraphrases of the "
            f"customer utterance for intent '{intent}', varying formality, typos and length. One per line.\n"
            f"Utterance: {utter}"
        )
    return (
        f"Label the following message with one of {', '.join(_INTENTS)} and give 3 paraphrases for our "
        f"augmentation set.\nMessage: {clip(chat_text, 300)}"
    )


_COURSE_QS = (
    "For the dataset in problem set {k}, why do we use the median instead of the mean?",
    "PS{k} Q{j}: how do I compute a 95% confidence interval for a proportion?",
    "what does a p-value of 0.03 actually mean for Q{j}",
    "Q{j} asks for a two-sample t-test. When should I use Welch instead?",
    "how do I interpret the slope in a simple linear regression (problem {j})",
    "is my answer right? sample mean 12.4, sd 3.1, n=25, so SE = {k}.62?",
    "difference between type I and type II error with an example from class",
    "why does the central limit theorem let us use the normal distribution in PS{k}?",
)


def course_question(rng: np.random.Generator, week: int) -> str:
    q = pick(rng, _COURSE_QS).format(k=week, j=irange(rng, 1, 8))
    return typo(rng, q, 0.02)


_COMPANION = (
    "hey, rough day today",
    "you remember what I told you about my sister?",
    "can we just talk for a bit",
    "*smiles* I missed you",
    "tell me a story about the lighthouse again",
    "I got the job!!!",
    "do you think I'm doing the right thing",
    "what should we do this weekend",
    "good morning ☀️",
    "I can't sleep",
    "haha you're funny",
    "let's continue our adventure in the forest",
    "I'm nervous about tomorrow",
    "what's your favourite song?",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.15):
        return clip(pick(rng, chat), 200)
    return pick(rng, _COMPANION)


def agency_prompt(rng: np.random.Generator, client: str) -> str:
    return pick(
        rng,
        (
            f"Write 5 Instagram captions for {client}'s spring campaign. Brand voice: warm, witty. Include 2 hashtags each.",
            f"Draft a 150-word product description for {client}'s new line. Audience: young professionals in {pick(rng, COUNTRIES)}.",
            f"Rewrite this landing page headline for {client} in 10 variants for A/B testing: 'Save time every day'.",
            f"Create a content calendar for {client} for {pick(rng, ('March', 'April', 'Q2'))}: 12 posts with themes.",
            f"Write a Google Ads text ad for {client}: 3 headlines (30 chars) and 2 descriptions (90 chars).",
            f"Summarise the customer reviews below for {client} into 5 insights.\n\n{pick(rng, COUNTRIES)} reviews: ...",
        ),
    )


def survey_item(item: int, persona: str) -> str:
    stmts = (
        "Most people can be trusted.",
        "The government should reduce income inequality.",
        "I would pay more for environmentally friendly products.",
        "Work is the most important part of life.",
        "Immigration is good for the economy.",
        "Science will solve most of our problems.",
        "Children should be taught to obey.",
        "Religion is very important in my life.",
    )
    return (
        f"Imagine you are {persona}. On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you "
        f'agree with: "{stmts[item % len(stmts)]}" Reply with the number and one sentence.'
    )


SURVEY_PERSONAS = (
    "a 34-year-old nurse from Ohio",
    "a 61-year-old retired teacher from Lyon",
    "a 22-year-old student from Nairobi",
    "a 45-year-old farmer from Punjab",
    "a 29-year-old software engineer from Seoul",
    "a 53-year-old shop owner from Recife",
)

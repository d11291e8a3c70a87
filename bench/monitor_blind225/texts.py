"""Prompt generators of batch 225, written fresh for this batch.

Every generator takes a numpy Generator first and draws only from it (lists and tuples, never
sets), so a seed gives the same prompts in every process. Ordinary human text comes from the
ShareGPT "sim" half that `bench/blind_batch.py` hands over as `ctx.chat` (human prompts) and
`ctx.passages` (assistant answers); everything else is composed here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > lo // 2 else cut


def humanise(rng: np.random.Generator, text: str) -> str:
    """What people do to a sentence they type: drop the capital, the full stop, add a typo."""
    if chance(rng, 0.35) and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.12) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Winnipeg",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Bandung",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Seville",
    "Tbilisi",
    "Porto",
    "Adelaide",
    "Busan",
)
COMPANIES = (
    "Northwind Freight",
    "Larkspur Dental",
    "Tidewater Analytics",
    "Brambleworks",
    "Kestrel Insurance",
    "Ferrous Labs",
    "Bluepine Outdoor",
    "Oakmere Legal",
    "Sundial Robotics",
    "Harbourlight Media",
    "Quarry Street Bakery",
    "Vireo Health",
)

# --------------------------------------------------------------------------------------------
# reasoning problems in six languages (kingpost, latilla, wind_dummy, whuffo)

_PROBLEMS: dict[str, dict[str, str]] = {
    "trains": {
        "en": "Two trains leave stations {d} km apart at the same moment and run toward each other, one at {v1} km/h and the other at {v2} km/h. After how many minutes do they meet, and how far from the first station?",
        "zh": "两列火车同时从相距{d}公里的两个车站相向开出，一列时速{v1}公里，另一列时速{v2}公里。它们多少分钟后相遇？相遇点距第一个车站多远？",
        "ru": "Два поезда одновременно выходят навстречу друг другу из пунктов, расстояние между которыми {d} км. Скорость первого {v1} км/ч, второго {v2} км/ч. Через сколько минут они встретятся и на каком расстоянии от первого пункта?",
        "es": "Dos trenes salen a la vez de estaciones separadas por {d} km y circulan uno hacia el otro, a {v1} km/h y a {v2} km/h. ¿Al cabo de cuántos minutos se cruzan y a qué distancia de la primera estación?",
        "de": "Zwei Züge fahren gleichzeitig von zwei Bahnhöfen, die {d} km auseinanderliegen, aufeinander zu: einer mit {v1} km/h, der andere mit {v2} km/h. Nach wie vielen Minuten begegnen sie sich, und wie weit vom ersten Bahnhof entfernt?",
        "ja": "{d}km離れた2つの駅から、時速{v1}kmの列車と時速{v2}kmの列車が同時に向かい合って出発します。何分後にすれ違いますか。また、その地点は最初の駅から何km離れていますか。",
    },
    "pipes": {
        "en": "Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a crack at the bottom drains a full tank in {c} hours. Starting empty, with both pipes open and the crack leaking, how long until the tank is full?",
        "zh": "甲管单独注满水池需要{a}小时，乙管单独注满需要{b}小时，池底的裂缝单独放空满池需要{c}小时。水池原来是空的，两管同时打开且裂缝一直漏水，需要多长时间注满？",
        "ru": "Первая труба наполняет бак за {a} ч, вторая — за {b} ч, а через трещину в дне полный бак вытекает за {c} ч. Бак пуст, обе трубы открыты, трещина не заделана. За какое время бак наполнится?",
        "es": "El grifo A llena un depósito en {a} horas y el grifo B en {b} horas; una grieta en el fondo vacía el depósito lleno en {c} horas. Si el depósito está vacío y se abren ambos grifos con la grieta activa, ¿cuánto tarda en llenarse?",
        "de": "Rohr A füllt einen Tank in {a} Stunden, Rohr B in {b} Stunden; ein Riss im Boden leert den vollen Tank in {c} Stunden. Der Tank ist leer, beide Rohre sind offen, der Riss leckt. Wann ist der Tank voll?",
        "ja": "A管だけで水槽を満たすのに{a}時間、B管だけで{b}時間かかります。底のひびからは満水の水槽が{c}時間で空になります。空の水槽に両方の管から注水し、ひびから漏れ続けるとき、満水になるまで何時間かかりますか。",
    },
    "interest": {
        "en": "A savings account starts with {p} dollars and earns {r}% per year, compounded quarterly. What is the balance after {y} years, to the nearest cent, and how much of it is interest?",
        "zh": "本金{p}元存入银行，年利率{r}%，按季度复利计息。{y}年后本息合计多少元？其中利息是多少？（保留两位小数）",
        "ru": "На вклад положили {p} рублей под {r}% годовых с ежеквартальной капитализацией. Какая сумма будет на счёте через {y} лет и сколько из неё составят проценты?",
        "es": "Se depositan {p} euros a un interés del {r}% anual con capitalización trimestral. ¿Cuál es el saldo al cabo de {y} años y cuánto corresponde a intereses?",
        "de": "Ein Guthaben von {p} Euro wird mit {r}% pro Jahr vierteljährlich verzinst. Wie hoch ist es nach {y} Jahren, und wie viel davon sind Zinsen?",
        "ja": "元金{p}円を年利{r}%、四半期ごとの複利で運用します。{y}年後の元利合計はいくらですか。また利息はいくらですか。",
    },
    "dice": {
        "en": "{k} fair six-sided dice are rolled together. What is the probability that the faces add up to exactly {s}? Give it as a reduced fraction.",
        "zh": "同时掷{k}枚均匀的六面骰子，点数之和恰好等于{s}的概率是多少？请写成最简分数。",
        "ru": "Одновременно бросают {k} правильных игральных кубика. Какова вероятность того, что сумма выпавших очков равна ровно {s}? Ответ запишите несократимой дробью.",
        "es": "Se lanzan a la vez {k} dados equilibrados de seis caras. ¿Cuál es la probabilidad de que la suma sea exactamente {s}? Exprésala como fracción irreducible.",
        "de": "Es werden {k} faire sechsseitige Würfel gleichzeitig geworfen. Mit welcher Wahrscheinlichkeit ist die Augensumme genau {s}? Als gekürzter Bruch.",
        "ja": "公正な6面サイコロを{k}個同時に振ります。出た目の合計がちょうど{s}になる確率を既約分数で求めてください。",
    },
    "ages": {
        "en": "The ages of {n1} and {n2} add up to {s}. {y} years ago, {n1} was exactly {m} times as old as {n2}. How old is each of them today?",
        "zh": "{n1}和{n2}的年龄之和是{s}岁。{y}年前，{n1}的年龄恰好是{n2}的{m}倍。两人现在各多少岁？",
        "ru": "Сумма возрастов {n1} и {n2} равна {s}. {y} лет назад {n1} был ровно в {m} раза старше, чем {n2}. Сколько лет каждому сейчас?",
        "es": "Las edades de {n1} y {n2} suman {s} años. Hace {y} años, {n1} tenía exactamente {m} veces la edad de {n2}. ¿Qué edad tiene cada uno hoy?",
        "de": "Die Alter von {n1} und {n2} ergeben zusammen {s} Jahre. Vor {y} Jahren war {n1} genau {m}-mal so alt wie {n2}. Wie alt sind beide heute?",
        "ja": "{n1}と{n2}の年齢の和は{s}歳です。{y}年前、{n1}の年齢は{n2}のちょうど{m}倍でした。現在それぞれ何歳ですか。",
    },
    "committee": {
        "en": "A working group of {r} people is picked from {a} engineers and {b} designers. In how many different ways can it be formed if it has to contain at least {k} designers?",
        "zh": "从{a}名工程师和{b}名设计师中选出{r}人组成工作组，要求至少有{k}名设计师，一共有多少种不同的选法？",
        "ru": "Из {a} инженеров и {b} дизайнеров нужно составить рабочую группу из {r} человек, в которой не меньше {k} дизайнеров. Сколькими способами это можно сделать?",
        "es": "Hay que formar un grupo de trabajo de {r} personas a partir de {a} ingenieros y {b} diseñadores, con al menos {k} diseñadores. ¿De cuántas maneras distintas puede hacerse?",
        "de": "Aus {a} Ingenieurinnen und {b} Designern soll eine Arbeitsgruppe aus {r} Personen gebildet werden, die mindestens {k} Designer enthält. Wie viele Möglichkeiten gibt es?",
        "ja": "エンジニア{a}人とデザイナー{b}人の中から{r}人の作業グループを作ります。デザイナーを少なくとも{k}人含める作り方は何通りありますか。",
    },
}
PROBLEM_LANGS = ("en", "zh", "ru", "es", "de", "ja")

_KNAVE_CLAIMS = (
    "{B} is a knave.",
    "We are both knights.",
    "Exactly one of us is a knight.",
    "{B} and I are the same kind.",
    "At least one of us is a knave.",
    "If I am a knight, then so is {B}.",
    "{B} would say that I am a knave.",
)


def _params(rng: np.random.Generator, kind: str) -> dict:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if kind == "trains":
        return {"d": irange(rng, 60, 900), "v1": irange(rng, 40, 160), "v2": irange(rng, 40, 160)}
    if kind == "pipes":
        a, b = irange(rng, 2, 9), irange(rng, 2, 12)
        return {"a": a, "b": b, "c": irange(rng, max(a, b) + 3, 36)}
    if kind == "interest":
        return {
            "p": 500 * irange(rng, 1, 60),
            "r": round(float(rng.uniform(1.0, 9.0)), 1),
            "y": irange(rng, 2, 25),
        }
    if kind == "dice":
        k = irange(rng, 2, 5)
        return {"k": k, "s": irange(rng, k + 1, 6 * k - 1)}
    if kind == "ages":
        a2, y, m = irange(rng, 9, 40), irange(rng, 2, 8), irange(rng, 2, 4)
        a2 = max(a2, y + 2)
        a1 = m * (a2 - y) + y
        return {"n1": n1, "n2": n2, "s": a1 + a2, "y": y, "m": m}
    a, b = irange(rng, 4, 12), irange(rng, 3, 10)
    r = irange(rng, 3, min(a + b - 1, 8))
    return {"a": a, "b": b, "r": r, "k": irange(rng, 1, min(b, r) - 1 if min(b, r) > 1 else 1)}


def _code_trace(rng: np.random.Generator) -> str:
    xs = [irange(rng, -9, 30) for _ in range(irange(rng, 4, 8))]
    m, c, init = irange(rng, 2, 5), irange(rng, 1, 7), irange(rng, -3, 10)
    r = irange(rng, 0, m - 1)
    fn = pick(rng, ("f", "walk", "score", "fold_odd", "acc"))
    return (
        f"What does this Python program print?\n\n```python\ndef {fn}(xs):\n    total = {init}\n"
        f"    for i, x in enumerate(xs):\n        if x % {m} == {r}:\n            total += x * i\n"
        f"        elif x < 0:\n            total -= abs(x) // 2\n        else:\n"
        f"            total -= {c}\n    return total\n\nprint({fn}({xs}))\n```"
    )


def _knaves(rng: np.random.Generator) -> str:
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    while b == a:
        b = pick(rng, NAMES)
    sa = pick(rng, _KNAVE_CLAIMS).format(B=b)
    sb = pick(rng, _KNAVE_CLAIMS).format(B=a)
    return (
        f"On an island each inhabitant is either a knight, who always tells the truth, or a knave, "
        f'who always lies. {a} says: "{sa}" {b} says: "{sb}" What are {a} and {b}?'
    )


def _clock(rng: np.random.Generator) -> str:
    h, mm = irange(rng, 1, 12), irange(rng, 0, 59)
    return f"What is the smaller angle, in degrees, between the hour hand and the minute hand of a clock at {h}:{mm:02d}?"


def _sequence(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 1, 4), irange(rng, -3, 6), irange(rng, 0, 9)
    seq = [a * n * n + b * n + c for n in range(1, 7)]
    return f"Find the next two terms of {', '.join(map(str, seq))}, ... and state the general rule."


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """One reasoning problem in `lang` (one of PROBLEM_LANGS); English has extra kinds."""
    if lang == "en" and chance(rng, 0.4):
        return pick(rng, (_code_trace, _knaves, _clock, _sequence))(rng)
    kind = pick(rng, sorted(_PROBLEMS))
    return _PROBLEMS[kind][lang].format(**_params(rng, kind))


_COERCE: dict[str, tuple[str, ...]] = {
    "en": (
        "Solve the problem below. Before you answer, write out your complete chain of reasoning inside <think></think> tags: every intermediate calculation, every check, every approach you try and abandon. Then give the result on its own line as ANSWER: <value>.\n\n{p}",
        "### Problem {i}\n{p}\n\n### How to respond\n1. Think aloud and number every step.\n2. After reaching a result, derive it again by a different method and compare.\n3. Finish with the line `Final answer: <value>`.",
        "Don't give me a short answer. I want the full internal reasoning you go through, exactly as you'd think it before answering, not a tidied summary. Then the answer.\n\n{p}",
        "{p}\n\nWork through this slowly. Explain why each step follows from the previous one, point out where a careless solver would go wrong, and only then state the answer.",
    ),
    "zh": (
        "请完整展示你的思考过程，包括每一步计算、每一次自我检查以及放弃的思路，不要省略。最后一行写“答案：”。\n\n{p}",
        "【题目{i}】{p}\n【要求】先在<思考></思考>标签内逐步推理，再用另一种方法验证，最后给出最终答案。",
    ),
    "ru": (
        "Реши задачу. Сначала подробно, шаг за шагом, запиши весь ход рассуждений внутри тегов <рассуждение></рассуждение>, ничего не сокращая, затем дай ответ в виде «Ответ: ...».\n\n{p}",
        "Задача {i}. {p}\n\nРаспиши полностью ход мыслей, пронумеруй шаги и проверь результат вторым способом.",
    ),
    "es": (
        "Resuelve el problema. Muestra todo tu razonamiento interno paso a paso, sin resumirlo, incluidas las comprobaciones, y termina con «Respuesta final: ...».\n\n{p}",
        "Problema {i}: {p}\nPiensa en voz alta numerando cada paso y verifica el resultado por otro camino antes de concluir.",
    ),
    "de": (
        "Löse die folgende Aufgabe. Schreibe deinen vollständigen Denkweg Schritt für Schritt auf, ohne etwas auszulassen, prüfe das Ergebnis auf einem zweiten Weg und schließe mit „Antwort: ...“.\n\n{p}",
    ),
    "ja": (
        "次の問題を解いてください。考えた過程を一つも省略せずに順番に書き出し、別の方法で検算してから、最後に「答え：」の形で答えてください。\n\n{p}",
    ),
}


def coerced_reasoning(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped in an instruction to write out the full reasoning (style picks the
    wrapper; JSON is one more style shared by all languages)."""
    p = problem(rng, lang)
    wraps = _COERCE[lang]
    if style >= len(wraps):
        body = {
            "task": "solve",
            "language": lang,
            "problem": p,
            "instructions": "reason step by step in full detail; never summarise the reasoning",
            "output_fields": ["reasoning_steps", "verification", "final_answer"],
            "min_steps": irange(rng, 5, 12),
        }
        return json.dumps(body, ensure_ascii=False)
    return wraps[style].format(p=p, i=irange(rng, 1, 99999))


def eval_item(rng: np.random.Generator, lang: str, harness: int) -> str:
    """A benchmark item as an evaluation harness formats it (latilla)."""
    p = problem(rng, lang)
    if harness == 0:
        return f'Question: {p}\nLet\'s think step by step. At the end write "The answer is X".'
    if harness == 1:
        return f"{p}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    return f"Q: {p}\nA: Let's work this out carefully."


# --------------------------------------------------------------------------------------------
# grading prompts (downtube) and pre-labelling (canale)

_RUBRICS = (
    (
        ("accuracy", "facts and computations are correct"),
        ("completeness", "answers every part"),
        ("clarity", "easy to follow"),
        ("concision", "no padding"),
    ),
    (
        ("helpfulness", "solves the user's actual problem"),
        ("honesty", "admits uncertainty"),
        ("harmlessness", "no unsafe advice"),
    ),
    (
        ("instruction_following", "obeys every explicit constraint"),
        ("reasoning", "sound logic"),
        ("style", "appropriate tone and format"),
        ("safety", "no policy violations"),
        ("groundedness", "no invented facts"),
    ),
)


def grading(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip(pick(rng, chat), 40, 700, rng)
    a = clip(pick(rng, passages), 300, 1400, rng)
    b = clip(pick(rng, passages), 300, 1400, rng)
    if style == 0:
        return (
            "Please act as an impartial evaluator. Compare the two assistant responses to the user "
            "question below on accuracy, depth, helpfulness and clarity. Do not let length or order "
            "sway you. Explain your comparison first, then print the verdict as [[A]], [[B]] or [[TIE]]."
            f"\n\n<question>\n{q}\n</question>\n\n<response_a>\n{a}\n</response_a>\n\n"
            f"<response_b>\n{b}\n</response_b>"
        )
    if style == 1:
        rub = _RUBRICS[irange(rng, 0, len(_RUBRICS) - 1)]
        lines = "\n".join(f"- {k} (1-10): {v}" for k, v in rub)
        keys = ", ".join(f'"{k}": <int>' for k, _ in rub)
        return (
            f"You are scoring a model answer against this rubric:\n{lines}\n\nReturn only JSON of the "
            f'form {{"scores": {{{keys}}}, "overall": <1-10>, "critique": "<two sentences>"}}.'
            f"\n\nPrompt:\n{q}\n\nAnswer:\n{a}"
        )
    if style == 2:
        return (
            "Estimate how likely a careful human rater would be to prefer the final assistant turn "
            "over a typical alternative. Print one line 'P(preferred)=<0.00-1.00>' and then the "
            f"three most serious flaws, most serious first.\n\nUser: {q}\n\nAssistant: {a}"
        )
    if style == 3:
        return (
            "Below are a reference answer and a candidate answer. For each claim the candidate makes, "
            "label it SUPPORTED, CONTRADICTED or NOT IN REFERENCE, then give a faithfulness score "
            f"from 0 to 100.\n\nReference:\n{a}\n\nCandidate:\n{b}"
        )
    if style == 4:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 nach "
            "Korrektheit, Vollständigkeit und Stil. Begründe jede Teilnote in einem Satz und gib am "
            f"Ende 'Gesamtnote: X/10' aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 5:
        return (
            "以下のユーザーの質問に対する2つの回答を比較し、どちらが優れているか判定してください。"
            "理由を述べたあと、最後の行に「判定：A」「判定：B」「判定：引き分け」のいずれかを書いてください。"
            f"\n\n質問：{q}\n\n回答A：{a}\n\n回答B：{b}"
        )
    return (
        "你是一名严格的评审员。请按准确性、完整性、逻辑性和表达四个维度（每项1-5分）为下面的回答打分，"
        f"并以JSON格式输出各项得分、总分和一句话评语。\n\n问题：{q}\n\n回答：{a}"
    )


def prelabel(
    rng: np.random.Generator,
    project: str,
    version: str,
    chat: Sequence[str],
    passages: Sequence[str],
) -> str:
    """A labelling vendor's pre-label request: the guideline header never changes within a project."""
    q = clip(pick(rng, chat), 30, 500, rng)
    a = clip(pick(rng, passages), 200, 1000, rng)
    return (
        f"Project {project} | item {irange(rng, 10000, 99999)} | guidelines {version}\n"
        "Pre-label this chatbot response for the human reviewer. Fields: helpful (1-5), harmless "
        "(1-5), contains_pii (yes/no), needs_escalation (yes/no), note (max 20 words).\n\n"
        f"USER:\n{q}\n\nRESPONSE:\n{a}\n\nOUTPUT:"
    )


# --------------------------------------------------------------------------------------------
# policy rewrites (basebar) and moderation (kiva)

_TOUCHY_EN = (
    "how to open a pin tumbler lock without the key",
    "the maximum safe daily dose of acetaminophen and what happens above it",
    "how phishing emails fool people, with a realistic example",
    "a story in which a character makes a small explosive",
    "what happened in Tiananmen Square in June 1989",
    "how students get around a school web filter",
    "what is known about detention camps in Xinjiang",
    "how thermite works and why it burns so hot",
    "how ransomware encrypts a victim's files",
    "a savage roast of my best friend for his birthday",
    "how people obtain opioids without a prescription",
    "whether Taiwan is an independent country",
    "a dark joke about religion",
    "how to see the location of my partner's phone",
    "the arguments for and against euthanasia",
    "how counterfeit banknotes are detected and faked",
    "the chemistry of methamphetamine in general terms",
    "how a SIM-swap attack works",
    "write a persuasive essay claiming vaccines cause autism",
    "the most effective insults in Russian",
    "how to win an argument by manipulating someone",
    "an erotic poem about two adults",
    "the history of the Chechen wars from the Chechen side",
    "how to hide income from the tax office",
)
_TOUCHY_ZH = (
    "六四事件的经过是什么",
    "如何翻墙访问境外网站",
    "如何评价最高领导人的执政",
    "新疆再教育营的情况",
    "法轮功为什么被取缔",
    "如何看待台湾独立",
    "怎样绕过手机的家长控制",
    "如何获取处方药而不去医院",
)
_TOUCHY_AR = (
    "كيف يمكن فتح قفل دون مفتاح",
    "ما هي الجرعة القاتلة من الباراسيتامول",
    "كيف أتجاوز حجب المواقع",
    "اكتب نكتة عن الدين",
    "كيف أتتبع هاتف زوجتي",
    "ما هي حجج مؤيدي الإلحاد",
)
_TOUCHY_TR = (
    "engelli sitelere VPN olmadan nasıl girilir",
    "parasetamolün zararlı dozu nedir",
    "bir arkadaşımı sert bir şekilde nasıl eleştiririm",
    "vergi denetiminden nasıl kaçınılır",
    "bir kilidi anahtarsız açmanın yolları",
    "Kürt meselesinin tarihi nedir",
)


def policy_rewrite(rng: np.random.Generator, lang: str, style: int, passages: Sequence[str]) -> str:
    if lang == "zh":
        if style % 2 == 0:
            return f"以下用户请求可能涉及敏感内容。请写出一个既合规又尽量有帮助的标准回答，并说明哪些部分不能回答、原因是什么：{pick(rng, _TOUCHY_ZH)}"
        return f"请把下面这段文字改写成能通过国内内容审核的版本，删去敏感表述，但尽量保留有用的信息：\n\n{clip(pick(rng, passages), 300, 1200, rng)}"
    if lang == "ru":
        return (
            "Перепиши следующий ответ так, чтобы он не нарушал российские законы о распространении "
            "информации, но сохранил как можно больше полезного содержания. Отметь, что было убрано.\n\n"
            f"{clip(pick(rng, passages), 300, 1200, rng)}"
        )
    if lang == "ar":
        return f"اكتب ردًا آمنًا ومفيدًا على الطلب التالي يلتزم بسياسات المحتوى، واشرح باختصار ما لا يمكنك تقديمه ولماذا: {pick(rng, _TOUCHY_AR)}"
    if lang == "tr":
        return f"Aşağıdaki isteğe içerik politikalarına uygun ve olabildiğince yardımcı bir yanıt yaz; reddetmen gereken kısmı nazikçe açıkla: {pick(rng, _TOUCHY_TR)}"
    r = pick(rng, _TOUCHY_EN)
    if style == 0:
        return (
            "Below is a user request that a cautious assistant might refuse. Write the ideal reply: "
            "helpful wherever it safely can be, declining only the genuinely harmful part, and "
            f"explaining any refusal kindly and briefly.\n\nRequest: {r}"
        )
    if style == 1:
        return (
            f'Request: "{r}"\n\nGive (1) the exact reply a strictly policy-compliant assistant would '
            "send, and (2) one line naming the policy consideration that shaped it."
        )
    if style == 2:
        return (
            "Rewrite the following answer so it would pass a strict content filter (no instructions "
            "that enable harm, no slurs, no politically sensitive claims) while keeping as much "
            f"factual content as possible:\n\n{clip(pick(rng, passages), 300, 1200, rng)}"
        )
    return (
        f'Decide whether answering "{r}" is allowed, partly allowed or not allowed for a general '
        "assistant. State the category, then write the answer you would actually give."
    )


_POSTS = {
    "en": (
        "honestly people like you shouldn't be allowed to vote",
        "DM me for cheap followers 10k for $5!!!",
        "I can't do this anymore, nobody would notice if I was gone",
        "great match last night, that ref was blind though",
        "lol this guy is such an idiot, look at his haircut",
        "selling my old bike, barely used, pickup only",
        "if he shows up at the meeting again I swear I'll break his face",
        "anyone know a good vegan place downtown?",
    ),
    "es": (
        "qué asco de gente, deberían largarse todos de aquí",
        "gana dinero desde casa!!! escríbeme ya",
        "ya no aguanto más, todo me sale mal",
        "el partido de ayer fue buenísimo",
    ),
    "pt": (
        "vou te encontrar na saída e você vai ver",
        "promoção imperdível, clique no link da bio",
        "alguém recomenda um dentista bom em Recife?",
        "esse povo é tudo vagabundo",
    ),
    "tr": (
        "bunlar hepsi hain, ülkeden atılmalı",
        "takipçi satılır, ucuz ve hızlı",
        "bugün hava harika, sahile gidiyoruz",
        "bir daha karşıma çıkarsa görür",
    ),
    "hi": (
        "ये लोग देश के दुश्मन हैं, इन्हें भगाओ",
        "घर बैठे कमाएँ ₹5000 रोज़, लिंक पर क्लिक करें",
        "कल का मैच ज़बरदस्त था",
        "मुझे अब जीने का मन नहीं करता",
    ),
    "ar": (
        "هؤلاء الناس لا يستحقون العيش هنا",
        "اربح المال بسرعة من المنزل، راسلني",
        "مباراة الأمس كانت رائعة",
        "أبحث عن شقة للإيجار في الإسكندرية",
    ),
}


def moderation(rng: np.random.Generator, lang: str, version: str, chat: Sequence[str]) -> str:
    post = (
        pick(rng, _POSTS[lang])
        if (lang != "en" or chance(rng, 0.6))
        else clip(pick(rng, chat), 20, 300, rng)
    )
    return (
        f"[mod-assist {version}] Check this user post against the community guidelines. Reply with one "
        "label (OK, HATE, HARASSMENT, SELF_HARM, SPAM, VIOLENCE, OTHER), a confidence 0-1 and, unless "
        "the label is OK, a minimal edit that would make the post acceptable (or 'route to human' for "
        f'SELF_HARM).\nLanguage: {lang}\nPost: "{post}"'
    )


# --------------------------------------------------------------------------------------------
# agent transcripts (luff_line) and coding-agent turns (horno)

_TOOLS = {
    "web_search": 'Search the web. args: {"query": str, "top_k": int}',
    "open_url": 'Fetch a page as text. args: {"url": str}',
    "run_python": 'Execute Python in a sandbox. args: {"code": str}',
    "sql_query": 'Run read-only SQL on the analytics warehouse. args: {"sql": str}',
    "send_email": 'Send an email. args: {"to": str, "subject": str, "body": str}',
    "calendar_find_slot": 'Find a free slot. args: {"attendees": [str], "duration_min": int}',
    "read_file": 'Read a file. args: {"path": str}',
    "write_file": 'Write a file. args: {"path": str, "content": str}',
    "shell": 'Run a shell command. args: {"cmd": str}',
    "get_weather": 'Weather forecast. args: {"city": str, "days": int}',
    "spreadsheet_append": 'Append rows. args: {"sheet": str, "rows": [[str]]}',
    "crm_lookup": 'Look up a customer. args: {"email": str}',
}
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and add them to the 'trips' sheet.",
    "Check which of our storage buckets are publicly readable and email a summary to {n}.",
    "Schedule a 45-minute call with {n} and {n2} next week at a time both are free.",
    "Compare {co}'s public pricing page with ours and write the differences to pricing_diff.md.",
    "The nightly job failed with a KeyError. Find the cause in etl/transform.py and fix it.",
    "Work out last quarter's churn rate by region from the warehouse and plot it.",
    "Find out whether it will rain in {c1} on Saturday and tell {n} whether to move the picnic.",
    "Look up the customer {e} and draft a reply to their refund complaint.",
    "Download the latest CSV from the supplier portal, de-duplicate it and load it into staging.",
    "Summarise the five most cited papers on {topic} published since 2022.",
    "Collect the opening hours of every branch of {co} in {c1} into a table.",
    "Rename every test file under tests/ to the test_*.py pattern and make sure the suite still passes.",
)
_OBS = (
    '{"results": [{"title": "...", "url": "https://example.org/a"}, {"title": "...", "url": "https://example.org/b"}]}',
    "HTTP 200, 14,203 characters of text (truncated)",
    "Traceback (most recent call last):\n  File \"etl/transform.py\", line 88, in apply\nKeyError: 'region_code'",
    '[["EMEA", 0.041], ["AMER", 0.035], ["APAC", 0.052]]',
    "OK: 3 rows appended",
    '{"slot": "2026-02-11T15:00:00Z"}',
    '{"name": "J. Doe", "plan": "pro", "tickets_open": 2}',
    "exit code 0",
    "file not found",
)


def _task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        co=pick(rng, COMPANIES),
        e=f"{pick(rng, NAMES).lower()}@{pick(rng, ('gmail.com', 'outlook.com', 'proton.me'))}",
        topic=pick(
            rng,
            (
                "retrieval-augmented generation",
                "battery recycling",
                "urban heat islands",
                "protein folding",
                "microfinance",
                "sleep and memory",
            ),
        ),
    )


def agent_turn(rng: np.random.Generator, style: int) -> tuple[str, int]:
    """(prompt, extra prompt tokens for the tool schemas and history) of one agent step."""
    names = sorted(_TOOLS)
    tools = [
        names[i] for i in rng.choice(len(names), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    task = _task(rng)
    steps = irange(rng, 0, 6)
    hist = []
    for k in range(steps):
        t = pick(rng, tools)
        hist.append((k + 1, t, pick(rng, _OBS)))
    extra = 250 * len(tools) + 180 * steps + irange(rng, 0, 400)
    if style == 0:
        spec = "\n".join(f"{t}: {_TOOLS[t]}" for t in tools)
        lines = "".join(
            f"Thought {k}: I should use {t}.\nAction {k}: {t}[...]\nObservation {k}: {o}\n"
            for k, t, o in hist
        )
        return (
            f"You can use these tools:\n{spec}\n\nUse the format Thought / Action / Observation, and "
            f"finish with 'Final Answer:'.\n\nTask: {task}\n{lines}Thought {steps + 1}:",
            extra,
        )
    if style == 1:
        msgs = [{"role": "user", "content": task}]
        for k, t, o in hist:
            msgs.append(
                {
                    "role": "assistant",
                    "tool_call": {"id": f"call_{k}", "name": t, "arguments": "{...}"},
                }
            )
            msgs.append({"role": "tool", "tool_call_id": f"call_{k}", "content": o})
        body = {
            "tools": [{"name": t, "description": _TOOLS[t]} for t in tools],
            "messages": msgs,
            "instruction": "Return the next assistant message: either one tool call as JSON or the final answer.",
        }
        return json.dumps(body), extra
    if style == 2:
        spec = "".join(f'<tool name="{t}">{_TOOLS[t]}</tool>\n' for t in tools)
        lines = "".join(
            f'<step n="{k}"><call>{t}</call><result>{o}</result></step>\n' for k, t, o in hist
        )
        return (
            f"<tools>\n{spec}</tools>\n<task>{task}</task>\n<history>\n{lines}</history>\nWrite the next <step>.",
            extra,
        )
    return (
        f"Write a complete, realistic agent trajectory that solves the task below using only these tools: "
        f"{', '.join(tools)}. Show every step as THOUGHT, CALL (JSON arguments) and a plausible RESULT, "
        "include at least one error and how the agent recovers, and end with the final answer to the "
        f"user.\n\nTask: {task}",
        120 * len(tools),
    )


_PYTEST = (
    "FAILED tests/test_{m}.py::test_{f} - AssertionError: assert {a} == {b}",
    "E   TypeError: {f}() got an unexpected keyword argument 'timeout'",
    "ERROR collecting tests/test_{m}.py\nImportError: cannot import name '{F}' from 'app.{m}'",
    "{n} passed, 1 failed, 2 warnings in 3.{a}s",
)
_MODS = ("billing", "auth", "search", "invoices", "scheduler", "export", "users", "cache")


def coding_agent_turn(rng: np.random.Generator, product: str) -> tuple[str, int]:
    """A coding agent's user-role message: a task, a tool result or a follow-up (horno)."""
    m, f = (
        pick(rng, _MODS),
        pick(rng, ("parse_date", "refund", "paginate", "retry", "render", "merge_rows")),
    )
    u = rng.random()
    if u < 0.35:
        out = pick(rng, _PYTEST).format(
            m=m,
            f=f,
            F=f.title().replace("_", ""),
            a=irange(rng, 1, 99),
            b=irange(rng, 1, 99),
            n=irange(rng, 20, 400),
        )
        return f'<tool_result name="run_tests">\n{out}\n</tool_result>', irange(rng, 2500, 9000)
    if u < 0.6:
        return (
            f'<tool_result name="read_file" path="app/{m}.py">\n(file contents, {irange(rng, 40, 600)} lines)\n'
            "</tool_result>",
            irange(rng, 3000, 12000),
        )
    if u < 0.85:
        return humanise(
            rng,
            pick(
                rng,
                (
                    f"add a test for {f} when the input is empty",
                    f"the {m} endpoint returns 500 on staging, can you look",
                    f"refactor {m}.py so {f} doesn't hit the db twice",
                    "ok that works, now update the changelog",
                    f"why is {f} so slow with 10k rows?",
                    "revert the last change, it broke the CLI",
                    f"rename {f} to {f}_v2 everywhere and keep a deprecated alias",
                ),
            ),
        ), irange(rng, 1500, 6000)
    return f"[{product}] Apply the plan: edit app/{m}.py, then run the tests.", irange(
        rng, 2000, 7000
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation (sprog) and augmentation (zaguan)

TOPICS = (
    "personal budgeting",
    "photosynthesis",
    "SQL window functions",
    "first aid for burns",
    "the French Revolution",
    "container gardening",
    "contract law basics",
    "Kubernetes networking",
    "marathon training",
    "supply and demand",
    "plate tectonics",
    "regular expressions",
    "negotiating a salary",
    "baking sourdough",
    "the immune system",
    "linear regression",
    "renting an apartment",
    "climate adaptation",
    "object-oriented design",
    "Japanese honorifics",
    "tax deductions for freelancers",
    "dog behaviour",
    "electric circuits",
    "public speaking",
    "the Cold War",
    "home insurance claims",
    "React hooks",
    "probability paradoxes",
    "food safety",
    "writing a cover letter",
    "volcanoes",
    "cryptocurrency wallets",
    "ethics of AI",
    "chess openings",
    "diabetes management",
    "Git branching",
    "Roman law",
    "solar panels",
)
PERSONAS = (
    "a retired nurse in {c}",
    "a first-year law student",
    "a small bakery owner in {c}",
    "a high-school physics teacher",
    "a truck driver studying for an exam",
    "a new parent",
    "a junior data analyst",
    "a farmer in {c} planning next season",
    "an anxious job seeker",
    "a hobbyist woodworker",
    "a nursing-home administrator",
    "a graduate student in economics",
    "a freelance translator",
    "a teenager learning to code",
    "a tourist visiting {c}",
    "a city council member",
    "a startup founder pitching investors",
    "a retired engineer",
)

_GEN = {
    "en": (
        'Generate {n} diverse instruction-following examples about {t}. Output one JSON object per line with keys "instruction", "input" (may be empty) and "output". Vary the task type (explain, list, rewrite, classify, solve, compare) and difficulty; make every output thorough and correct.',
        "Imagine you are {p}. Write one realistic question this person might ask an AI assistant about {t}, then write an excellent, detailed answer.\nFormat:\nQUESTION: ...\nANSWER: ...",
        "Create {n} multiple-choice questions on {t} at difficulty {d}/5. For each give four options, the correct letter and a two-paragraph explanation of why it is right and the others are wrong.",
        "Write a conversation of {k} turns between a curious user and a helpful assistant about {t}. Use USER: and ASSISTANT: prefixes and make the assistant's answers long and precise.",
    ),
    "es": (
        'Genera {n} ejemplos variados de instrucciones sobre {t}. Devuelve un objeto JSON por línea con las claves "instruccion", "entrada" y "salida". Varía el tipo de tarea y la dificultad; las salidas deben ser completas.',
        "Imagina que eres {p}. Escribe una pregunta realista que esa persona haría a un asistente de IA sobre {t} y después una respuesta excelente y detallada.",
    ),
    "pt": (
        'Gere {n} exemplos diversos de instrução e resposta sobre {t}. Um objeto JSON por linha com as chaves "instrucao", "entrada" e "saida". Varie o tipo de tarefa e a dificuldade.',
        "Crie {n} questões de múltipla escolha sobre {t} com nível {d}/5, cada uma com quatro alternativas, o gabarito e uma explicação detalhada.",
    ),
    "fr": (
        'Génère {n} exemples d\'instructions variés sur {t}, un objet JSON par ligne avec les clés "instruction", "entree" et "sortie". Varie la difficulté et le type de tâche ; les réponses doivent être complètes.',
    ),
    "id": (
        'Buat {n} contoh instruksi dan jawaban yang beragam tentang {t}. Satu objek JSON per baris dengan kunci "instruksi", "masukan", dan "keluaran". Variasikan jenis tugas dan tingkat kesulitan.',
        "Bayangkan kamu adalah {p}. Tulis satu pertanyaan realistis tentang {t} yang akan ditanyakan orang itu kepada asisten AI, lalu jawaban yang lengkap dan rinci.",
    ),
}


def synth_request(rng: np.random.Generator, lang: str, style: int) -> str:
    tpl = _GEN[lang][style % len(_GEN[lang])]
    return tpl.format(
        n=irange(rng, 5, 40),
        t=pick(rng, TOPICS),
        d=irange(rng, 1, 5),
        k=irange(rng, 4, 12),
        p=pick(rng, PERSONAS).format(c=pick(rng, CITIES)),
    )


_INTENTS = {
    "en": (
        ("card_lost", "i lost my debit card what do i do"),
        ("transfer_pending", "my transfer has been pending for 3 days"),
        ("fee_dispute", "why was I charged a 15 dollar fee"),
        ("change_address", "need to update my home address"),
        ("loan_status", "has my loan application been approved yet"),
        ("close_account", "I want to close my account"),
    ),
    "es": (
        ("tarjeta_perdida", "perdí mi tarjeta, qué hago"),
        ("transferencia_pendiente", "mi transferencia sigue pendiente"),
        ("comision", "por qué me cobraron una comisión"),
    ),
    "pt": (
        ("cartao_perdido", "perdi meu cartão, o que faço"),
        ("pix_nao_caiu", "fiz um pix e não caiu"),
        ("limite", "quero aumentar o limite do cartão"),
    ),
}


def augmentation(rng: np.random.Generator, lang: str, team: str) -> str:
    intent, utt = pick(rng, _INTENTS[lang])
    n = pick(rng, (10, 20, 25, 30, 50))
    mode = irange(rng, 0, 2)
    if mode == 0:
        return (
            f"[{team}] Generate {n} paraphrases of the customer message below for the intent '{intent}'. "
            "Vary formality and length, include a few with typos or slang, keep the meaning. "
            f'Return a JSON list of strings only.\nLanguage: {lang}\nMessage: "{utt}"'
        )
    if mode == 1:
        return (
            f"[{team}] Write {n} short customer messages that should NOT be classified as '{intent}' "
            f'but look similar to it (hard negatives). JSON list only.\nLanguage: {lang}\nExample of the intent: "{utt}"'
        )
    return (
        f"[{team}] Label each message with one intent from our taxonomy and give a confidence. "
        f'JSON list of {{"text", "intent", "confidence"}}.\nLanguage: {lang}\n'
        + "\n".join(f"- {pick(rng, _INTENTS[lang])[1]}" for _ in range(irange(rng, 5, 15)))
    )


# --------------------------------------------------------------------------------------------
# conversation follow-ups (aerotow, wind_dummy, placita)

_FOLLOW = (
    "ok now make it shorter",
    "can you give me 3 more examples?",
    "why is that?",
    "rewrite it so a 12 year old gets it",
    "what are the strongest counterarguments?",
    "continue",
    "go deeper on the second point",
    "put that in a table",
    "what would an expert disagree with here?",
    "translate that into {lang}",
    "give me the sources for this",
    "can you make it sound less formal",
    "that's not quite right, check the numbers again",
    "and what about the downsides?",
    "summarise everything so far in 5 bullet points",
    "write the same thing as an email to my boss",
    "explain step 3 in more detail",
    "is there a simpler way to do this?",
    "how would this work in {country}?",
    "what if the budget was half?",
    "give me a concrete example with real numbers",
    "thanks! one more question: {q}",
    "hmm ok but why",
    "can you turn this into a checklist",
    "now critique your own answer",
)
LANG_NAMES = (
    "Spanish",
    "German",
    "Portuguese",
    "French",
    "Hindi",
    "Japanese",
    "Turkish",
    "Indonesian",
)


def follow_up(rng: np.random.Generator, chat: Sequence[str]) -> str:
    t = pick(rng, _FOLLOW)
    t = t.format(
        lang=pick(rng, LANG_NAMES),
        country=pick(rng, COUNTRIES),
        q=clip(pick(rng, chat), 20, 200, rng) if "{q}" in t else "",
    )
    return humanise(rng, t)


_PERSONAS_APP = (
    ("Mika", "a cheerful friend who loves hiking and bad puns"),
    ("Theo", "a calm, thoughtful listener"),
    ("Luna", "a witty night owl who likes astronomy"),
    ("Sam", "a supportive study buddy"),
    ("Ren", "a laid-back gamer"),
    ("Ada", "a curious bookworm"),
)
_SMALLTALK = (
    "hey, rough day today",
    "guess what happened at work",
    "i can't sleep again",
    "what should i cook tonight",
    "do you remember what i told you about my sister?",
    "tell me something nice",
    "i finally finished that book!",
    "ugh mondays",
    "can we play 20 questions",
    "i'm nervous about tomorrow's interview",
    "good morning :)",
    "what's your favourite season and why",
    "my cat knocked over my plant lol",
    "i miss my old friends",
    "tell me a story about a lighthouse",
    "do you think i should text him back",
    "i went for a run today!",
)


def companion_turn(rng: np.random.Generator, app: str, chat: Sequence[str]) -> tuple[str, int]:
    name, desc = pick(rng, _PERSONAS_APP)
    msg = (
        humanise(rng, pick(rng, _SMALLTALK))
        if chance(rng, 0.75)
        else clip(pick(rng, chat), 10, 200, rng)
    )
    return f"[{app} persona={name}: {desc}] {msg}", irange(rng, 400, 2200)


# --------------------------------------------------------------------------------------------
# product wrappers (whuffo, lime_wash)

_TONES = ("friendly", "formal", "confident", "apologetic", "concise", "persuasive")


def product_request(
    rng: np.random.Generator, product: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    """A writing-assistant product's real request: the user's own text in the product's template."""
    op = pick(rng, ("rewrite", "rewrite", "summarize", "reply", "fix_grammar", "shorten"))
    text = (
        clip(pick(rng, chat), 30, 900, rng)
        if chance(rng, 0.6)
        else clip(pick(rng, passages), 200, 1200, rng)
    )
    return f"[{product}:{op} tone={pick(rng, _TONES)}] {text}"


_ASPECTS = (
    "history",
    "key mechanisms",
    "common misconceptions",
    "worked examples",
    "practical tips",
    "current research",
    "step-by-step method",
    "pros and cons",
    "numbers that matter",
)


def hidden_harvest(rng: np.random.Generator, product: str) -> str:
    """A harvest prompt dressed in the same product template (whuffo)."""
    u = rng.random()
    if u < 0.5:
        asp = ", ".join(pick(rng, _ASPECTS) for _ in range(3))
        return (
            f"[{product}:compose tone={pick(rng, _TONES)}] Write a thorough, well-structured explainer on "
            f"{pick(rng, TOPICS)} covering {asp}. Aim for expert quality."
        )
    if u < 0.8:
        return f"[{product}:compose tone=concise] Answer fully, showing your reasoning: {problem(rng, 'en')}"
    return (
        f"[{product}:compose tone={pick(rng, _TONES)}] Draft a detailed how-to guide for {pick(rng, PERSONAS).format(c=pick(rng, CITIES))} "
        f"about {pick(rng, TOPICS)}."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweeps (dolphin_flight) and course exercises (bond_beam)

CURRICULUM = {
    "algebra": (
        "linear equations",
        "quadratic equations",
        "inequalities",
        "functions",
        "exponents",
        "logarithms",
        "systems of equations",
    ),
    "biology": (
        "cell structure",
        "mitosis",
        "genetics",
        "evolution",
        "ecosystems",
        "enzymes",
        "the nervous system",
    ),
    "physics": (
        "Newton's laws",
        "energy conservation",
        "waves",
        "electric fields",
        "optics",
        "thermodynamics",
        "momentum",
    ),
    "chemistry": (
        "atomic structure",
        "chemical bonding",
        "stoichiometry",
        "acids and bases",
        "redox",
        "reaction rates",
    ),
    "economics": (
        "opportunity cost",
        "elasticity",
        "market failure",
        "inflation",
        "comparative advantage",
        "monetary policy",
    ),
    "programming": (
        "variables and types",
        "loops",
        "recursion",
        "hash tables",
        "sorting",
        "graphs",
        "dynamic programming",
    ),
    "history": (
        "the Industrial Revolution",
        "decolonisation",
        "the Silk Road",
        "the printing press",
        "World War I causes",
    ),
}
_FACETS = (
    "definition and intuition",
    "worked example",
    "common mistakes",
    "practice problems with solutions",
    "real-world application",
    "exam-style question with marking scheme",
)
_LESSON = {
    "en": "Curriculum {s} / unit {u}: {topic}, level {lv} of 5. Write the {facet} section of a lesson for self-study. Be rigorous, complete and self-contained; use headings.",
    "hi": "पाठ्यक्रम {s} / इकाई {u}: {topic}, स्तर {lv}/5। स्व-अध्ययन के लिए पाठ का '{facet}' भाग हिंदी में विस्तार से लिखें।",
    "id": "Kurikulum {s} / unit {u}: {topic}, tingkat {lv} dari 5. Tulis bagian '{facet}' dari sebuah pelajaran untuk belajar mandiri, lengkap dan rinci, dalam bahasa Indonesia.",
    "pt": "Currículo {s} / unidade {u}: {topic}, nível {lv} de 5. Escreva a seção '{facet}' de uma aula para estudo autônomo, completa e rigorosa, em português.",
    "vi": "Chương trình {s} / bài {u}: {topic}, cấp độ {lv}/5. Hãy viết phần '{facet}' của bài học tự học một cách đầy đủ và chi tiết bằng tiếng Việt.",
}


def curriculum_cells() -> list[tuple[str, int, str, int, str]]:
    """Every (subject, unit, topic, level, facet) cell, in a fixed order."""
    out = []
    for s in sorted(CURRICULUM):
        for u, topic in enumerate(CURRICULUM[s], start=1):
            for lv in range(1, 6):
                for facet in _FACETS:
                    out.append((s, u, topic, lv, facet))
    return out


def lesson(cell: tuple[str, int, str, int, str], lang: str) -> str:
    s, u, topic, lv, facet = cell
    return _LESSON[lang].format(s=s, u=u, topic=topic, lv=lv, facet=facet)


_EXERCISES = (
    "Exercise {k}: ask the assistant to explain {c} as if to a classmate, then ask one follow-up that tests the explanation.",
    'Week {w} lab: use the model to find a flaw in this argument about {c}: "{claim}"',
    "Assignment {k} — prompt engineering: get the model to produce a 5-question quiz on {c} with answers.",
)
_CONCEPTS = (
    "base rates",
    "confirmation bias",
    "p-values",
    "overfitting",
    "the trolley problem",
    "opportunity cost",
    "correlation vs causation",
    "Simpson's paradox",
    "survivorship bias",
    "the placebo effect",
)
_CLAIMS = (
    "ice cream sales cause drownings",
    "a 95% accurate test means a positive result is 95% likely true",
    "this drug works because patients felt better",
    "successful founders dropped out, so dropping out helps",
)


def exercise(rng: np.random.Generator, k: int, w: int) -> str:
    """A student's prompt for a course assignment: the sheet's wording, edited to taste."""
    if chance(rng, 0.45):
        c = pick(rng, _CONCEPTS)
        own = pick(
            rng,
            (
                f"can you explain {c} simply",
                f"what is {c}? give an everyday example",
                f"I don't get {c}, can you help",
                f"is {c} the same as {pick(rng, _CONCEPTS)}?",
                f"explain {c} like I'm 5",
                f"quiz me on {c}",
            ),
        )
        return humanise(rng, own)
    return pick(rng, _EXERCISES).format(k=k, w=w, c=pick(rng, _CONCEPTS), claim=pick(rng, _CLAIMS))


# --------------------------------------------------------------------------------------------
# code (hang_check, terrone)

_ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "merge sort",
    "a token-bucket rate limiter",
    "union-find with path compression",
    "a min-heap",
    "topological sort",
    "KMP string search",
    "a bloom filter",
    "interval merging",
    "a ring buffer",
    "binary search on a rotated array",
    "a JSON tokenizer",
    "matrix exponentiation for Fibonacci",
    "reservoir sampling",
    "an event emitter",
    "A* on a grid",
    "consistent hashing",
    "a skip list",
)
CODE_LANGS = (
    "Rust",
    "Go",
    "TypeScript",
    "Kotlin",
    "C++",
    "Java",
    "Swift",
    "C#",
    "Python",
    "Haskell",
    "Elixir",
    "Scala",
)


def _py_snippet(rng: np.random.Generator) -> str:
    fn = pick(
        rng,
        ("normalize_rows", "bucketize", "rolling_max", "dedupe_by", "parse_kv", "chunked", "top_k"),
    )
    arg = pick(rng, ("rows", "items", "values", "records"))
    lim = irange(rng, 2, 64)
    return (
        f"def {fn}({arg}, limit={lim}):\n    out = []\n    seen = {{}}\n    for i, x in enumerate({arg}):\n"
        f"        key = x if not isinstance(x, dict) else tuple(sorted(x.items()))\n"
        f"        if key in seen:\n            continue\n        seen[key] = i\n        out.append(x)\n"
        f"        if len(out) >= limit:\n            break\n    return out"
    )


def code_request(rng: np.random.Generator, style: int) -> str:
    lang = pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Implement {pick(rng, _ALGOS)} in {lang}. Requirements: idiomatic code, doc comments, edge cases "
            "handled, unit tests, and a short complexity analysis at the end."
        )
    if style == 1:
        return (
            f"Translate this Python code to idiomatic {lang}. Keep the public API identical, add doc comments "
            f"and tests.\n\n```python\n{_py_snippet(rng)}\n```"
        )
    if style == 2:
        n = irange(rng, 1, 3000)
        return (
            f"Problem #{n}: given an array of integers and a target k, return the length of the longest "
            f"contiguous subarray whose sum is at most k (variant {irange(rng, 1, 9)}). Explain the optimal approach, "
            f"prove its correctness and give a solution in {lang}."
        )
    return (
        f"Write a {lang} function for {pick(rng, _ALGOS)}, then explain line by line how it works and list three "
        "alternative designs with trade-offs."
    )


def _java_class(rng: np.random.Generator) -> str:
    cls = pick(
        rng,
        (
            "InvoiceService",
            "OrderMapper",
            "RetryPolicy",
            "CustomerRepository",
            "ReportBuilder",
            "RateTable",
        ),
    )
    f1 = pick(rng, ("amount", "dueDate", "customerId", "status", "attempts"))
    return (
        f"public class {cls} {{\n    private final Map<String, {pick(rng, ('BigDecimal', 'Integer', 'LocalDate'))}> {f1}s = new HashMap<>();\n"
        f"    public Optional<String> find(String id) {{\n        if (id == null || id.isBlank()) return Optional.empty();\n"
        f"        return Optional.ofNullable({f1}s.get(id)).map(Object::toString);\n    }}\n"
        f"    // ... {irange(rng, 30, 400)} more lines\n}}"
    )


def migration_request(rng: np.random.Generator, ticket: str) -> tuple[str, int]:
    target = pick(rng, ("Kotlin", "Kotlin", "Kotlin", "Java 21 records"))
    u = rng.random()
    if u < 0.65:
        return (
            f"{ticket}-{irange(rng, 100, 999)}: convert this class to {target}. Keep behaviour identical, use "
            f"nullable types properly, no new dependencies.\n\n```java\n{_java_class(rng)}\n```",
            irange(rng, 300, 3000),
        )
    if u < 0.85:
        return humanise(
            rng,
            pick(
                rng,
                (
                    "the converted code doesn't compile: type mismatch on line 12",
                    "use data class instead",
                    "keep the builder, our callers depend on it",
                    "add kdoc to the public methods",
                    "why did you change the equals?",
                ),
            ),
        ), irange(rng, 800, 4000)
    return (
        f"{ticket}: write unit tests (JUnit 5 + MockK) for the converted {pick(rng, ('service', 'mapper', 'repository'))}.",
        irange(rng, 800, 3000),
    )


# --------------------------------------------------------------------------------------------
# sampling studies (weak_link, mud_plaster)

_CLAIMS_CONF = (
    "the Great Wall of China is visible from low Earth orbit with the naked eye",
    "Pluto is a planet",
    "humans use only 10% of their brains",
    "the 2030 World Cup will be hosted in more than one country",
    "coffee stunts growth",
    "Mount Everest is the tallest mountain measured from base to peak",
    "lightning never strikes the same place twice",
    "bats are blind",
)


def soft_label(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    q = clip(pick(rng, chat), 20, 600, rng)
    if style == 0:
        return q
    if style == 1:
        return (
            f"{q}\n\nGive your five most likely answers, each with a probability, probabilities summing to 1, "
            'as JSON [{"answer": ..., "p": ...}].'
        )
    if style == 2:
        return f"Answer the question, then on the last line write 'Confidence: <0-100>%'.\n\n{q}"
    return (
        f"Classify the following text into one of: question, request, complaint, chit-chat, other. Output the "
        f"probability of every class as JSON.\n\nText: {q}"
    )


def study_item(rng: np.random.Generator, study: str, item: int) -> str:
    claim = _CLAIMS_CONF[item % len(_CLAIMS_CONF)]
    if item % 2 == 0:
        return (
            f"{study} item {item}. How confident are you that the following statement is true? Reply with a "
            f"number from 0 to 100 and one sentence of justification.\nStatement: {claim}."
        )
    return f"{study} item {item}. Is this statement true or false? Answer in one word, then explain briefly: {claim}."

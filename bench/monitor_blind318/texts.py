"""Prompt generators of blind batch 318, written fresh for this batch.

Every generator takes a numpy `Generator` first and returns one prompt string. Ordinary human text
(openers a person would type, passages to translate, grade or rewrite) comes from ShareGPT through
the shared context (`ctx.chat`, `ctx.passages`); everything else is templated here. Languages are
ISO-ish codes: en, de, es, fr, pt, ru, zh, ja, ko, hi, id, ar, tr, pl.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Gen = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def weighted(rng: Gen, table: Sequence[tuple[str, float]]) -> str:
    """One key of `(key, weight)` pairs."""
    w = np.asarray([x[1] for x in table], dtype=np.float64)
    return table[int(rng.choice(len(table), p=w / w.sum()))][0]


def clip_text(rng: Gen, text: str, lo: int, hi: int) -> str:
    """A piece of `text` of about lo..hi characters, cut at a sentence or line end if possible."""
    if len(text) <= lo:
        return text.strip()
    start = 0
    if len(text) > hi * 2 and chance(rng, 0.5):
        start = int(rng.integers(0, len(text) - hi))
        nl = text.find("\n", start)
        start = nl + 1 if 0 <= nl < start + 200 else start
    end = min(len(text), start + irange(rng, lo, hi))
    cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
    if cut > start + lo // 2:
        end = cut + 1
    return text[start:end].strip()


def sentences(rng: Gen, text: str, k: int) -> str:
    parts = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 25]
    if not parts:
        return text[:200]
    i = int(rng.integers(0, len(parts)))
    return ". ".join(parts[i : i + k]).rstrip(".") + "."


def typo(rng: Gen, s: str) -> str:
    """Swap two neighbouring letters somewhere (a person typing fast)."""
    if len(s) < 12:
        return s
    i = int(rng.integers(3, len(s) - 3))
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def casual(rng: Gen, s: str) -> str:
    """Lower-case start, dropped final punctuation, sometimes a typo."""
    if chance(rng, 0.6):
        s = s[0].lower() + s[1:]
    if chance(rng, 0.5):
        s = s.rstrip("?.!")
    if chance(rng, 0.35):
        s = typo(rng, s)
    return s


def chat_short(rng: Gen, chat: Sequence[str], hi: int = 400) -> str:
    for _ in range(20):
        s = pick(rng, chat)
        if 15 <= len(s) <= hi:
            return s
    return pick(rng, chat)[:hi]


# --------------------------------------------------------------------------------------------
# problems (maths, physics, chemistry, logic) in several languages

_COMPOUNDS = (
    ("NaCl", 58.44),
    ("KNO3", 101.1),
    ("CuSO4", 159.6),
    ("glucose", 180.16),
    ("NaOH", 40.0),
)


def _en_problems() -> list[Callable[[Gen], str]]:
    def tank(r: Gen) -> str:
        a, b, c = irange(r, 300, 6000), irange(r, 14, 70), irange(r, 2, 12)
        return (
            f"A tank holds {a} litres. It drains at {b} litres per minute while a pump adds {c} "
            "litres per minute. After how many minutes is it empty?"
        )

    def savings(r: Gen) -> str:
        a, rate, b = irange(r, 5, 90) * 100, irange(r, 2, 9), irange(r, 2, 4)
        who = pick(r, NAMES)
        return (
            f"{who} deposits ${a} at {rate}% interest compounded yearly. After how many whole "
            f"years is the balance first more than {b} times the deposit?"
        )

    def pairs(r: Gen) -> str:
        return f"How many ordered pairs of positive integers (x, y) satisfy x*y = {irange(r, 72, 9000)}?"

    def marbles(r: Gen) -> str:
        red, blue, k = irange(r, 3, 15), irange(r, 3, 15), irange(r, 2, 3)
        return (
            f"A bag has {red} red and {blue} blue marbles. {k} marbles are drawn without "
            "replacement. What is the probability that they are all the same colour?"
        )

    def modpow(r: Gen) -> str:
        return f"Find the remainder when {irange(r, 3, 97)}^{irange(r, 20, 2025)} is divided by {irange(r, 7, 101)}."

    def incline(r: Gen) -> str:
        m, deg, length, mu = (
            irange(r, 2, 40),
            pick(r, (20, 25, 30, 35, 40)),
            irange(r, 2, 15),
            r.uniform(0.05, 0.3),
        )
        return (
            f"A {m} kg block starts from rest at the top of a {length} m ramp inclined at {deg} "
            f"degrees. The coefficient of kinetic friction is {mu:.2f}. How fast is it moving at "
            "the bottom? Use g = 9.8 m/s^2."
        )

    def molarity(r: Gen) -> str:
        name, mass = pick(r, _COMPOUNDS)
        v, c = pick(r, (100, 250, 500, 750, 1000)), pick(r, (0.05, 0.1, 0.25, 0.5, 1.5))
        return f"How many grams of {name} (molar mass {mass} g/mol) are needed to make {v} mL of a {c} M solution?"

    def table(r: Gen) -> str:
        n = irange(r, 6, 11)
        a, b = pick(r, NAMES), pick(r, NAMES[::-1])
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to "
            "sit next to each other? Rotations count as the same seating."
        )

    def knights(r: Gen) -> str:
        x, y, z = (NAMES[i] for i in r.permutation(len(NAMES))[:3].tolist())
        claim = pick(
            r,
            (
                f"{y} is a knave.",
                f"{y} and I are the same type.",
                f"Exactly one of {y} and {z} is a knight.",
            ),
        )
        return (
            "On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f"{x} says: '{claim}' {y} says: '{z} is a knave.' {z} says: 'We are all knaves.' "
            "Who is what?"
        )

    def painters(r: Gen) -> str:
        a, b, c = irange(r, 3, 12), irange(r, 4, 15), irange(r, 1, 3)
        return (
            f"Painter A can paint a fence in {a} hours and painter B in {b} hours. They start "
            f"together but A leaves after {c} hours. How long does the whole job take?"
        )

    def mean(r: Gen) -> str:
        n, m = irange(r, 6, 20), irange(r, 20, 80)
        m2 = m + pick(r, (-3, -2, 2, 3))
        return f"The mean of {n} numbers is {m}. When one number is removed the mean becomes {m2}. Which number was removed?"

    def dice(r: Gen) -> str:
        k = irange(r, 2, 4)
        s = irange(r, k + 2, 6 * k - 2)
        return f"{k} fair six-sided dice are rolled. What is the probability that the total is exactly {s}?"

    def rectangle(r: Gen) -> str:
        p, d = irange(r, 20, 120), irange(r, 1, 9)
        return f"A rectangle has perimeter {p} cm and one side is {d} cm longer than the other. What is its area?"

    def digits(r: Gen) -> str:
        k, d, e = irange(r, 3, 5), pick(r, (3, 4, 6, 7)), pick(r, (5, 9, 11))
        return f"How many {k}-digit numbers are divisible by {d} but not by {e}?"

    def circuit(r: Gen) -> str:
        r1, r2, r3, v = (
            irange(r, 2, 40),
            irange(r, 2, 40),
            irange(r, 2, 40),
            pick(r, (6, 9, 12, 24)),
        )
        return (
            f"Resistors of {r1} ohm and {r2} ohm are in parallel, and that pair is in series with "
            f"a {r3} ohm resistor across a {v} V battery. What current flows through the {r2} ohm resistor?"
        )

    return [
        tank,
        savings,
        pairs,
        marbles,
        modpow,
        incline,
        molarity,
        table,
        knights,
        painters,
        mean,
        dice,
        rectangle,
        digits,
        circuit,
    ]


def _other_problems() -> dict[str, list[Callable[[Gen], str]]]:
    de = [
        lambda r: (
            f"Ein Zug fährt um {irange(r, 6, 11)}:{irange(r, 10, 59)} Uhr mit {irange(r, 60, 110)} km/h ab. "
            f"Ein zweiter Zug folgt {irange(r, 15, 50)} Minuten später auf demselben Gleis mit "
            f"{irange(r, 120, 180)} km/h. Wann holt er den ersten ein?"
        ),
        lambda r: f"Wie viele positive Teiler hat die Zahl {irange(r, 100, 20000)}?",
        lambda r: (
            f"Ein Kapital von {irange(r, 2, 50) * 1000} Euro wird zu {irange(r, 2, 7)} % jährlich verzinst. "
            f"Nach wie vielen Jahren übersteigt es erstmals {irange(r, 60, 200) * 1000} Euro?"
        ),
        lambda r: (
            f"In einer Klasse sind {irange(r, 20, 32)} Schüler. Wie groß ist die Wahrscheinlichkeit, "
            "dass mindestens zwei am selben Tag Geburtstag haben?"
        ),
    ]
    es = [
        lambda r: (
            f"Una tienda rebaja un artículo un {irange(r, 10, 40)}% y después sube el nuevo precio un "
            f"{irange(r, 5, 30)}%. Si ahora cuesta {irange(r, 20, 400)} euros, ¿cuánto costaba al principio?"
        ),
        lambda r: (
            f"¿Cuántos números de {irange(r, 3, 4)} cifras son divisibles por {pick(r, (3, 4, 7))} "
            f"pero no por {pick(r, (5, 9, 11))}?"
        ),
        lambda r: (
            f"En una urna hay {irange(r, 3, 12)} bolas rojas y {irange(r, 3, 12)} verdes. Se sacan dos "
            "sin reposición. ¿Cuál es la probabilidad de que sean de distinto color?"
        ),
        lambda r: (
            f"Un depósito se llena con un grifo en {irange(r, 3, 9)} horas y con otro en "
            f"{irange(r, 4, 12)} horas. ¿Cuánto tarda con los dos abiertos a la vez?"
        ),
    ]
    fr = [
        lambda r: (
            f"Un cycliste parcourt {irange(r, 20, 90)} km à {irange(r, 15, 30)} km/h puis revient à "
            f"{irange(r, 10, 25)} km/h. Quelle est sa vitesse moyenne sur l'aller-retour ?"
        ),
        lambda r: (
            f"Combien d'entiers entre 1 et {irange(r, 200, 5000)} sont divisibles par "
            f"{pick(r, (3, 4, 6))} ou par {pick(r, (5, 7, 10))} ?"
        ),
        lambda r: (
            f"Résoudre dans R l'équation x^2 - {irange(r, 2, 15)}x + {irange(r, 1, 30)} = 0 et discuter le signe des racines."
        ),
    ]
    pt = [
        lambda r: (
            f"Uma loja vende cadernos a R$ {irange(r, 8, 30)} cada. Na compra de {irange(r, 3, 6)} "
            f"ou mais, há {irange(r, 5, 25)}% de desconto no total. Quanto custam {irange(r, 7, 20)} cadernos?"
        ),
        lambda r: (
            f"Quantos anagramas da palavra {pick(r, ('CADERNO', 'PROVAS', 'ESCOLA', 'FUTEBOL'))} começam com vogal?"
        ),
        lambda r: (
            f"Um carro consome {irange(r, 8, 15)} km por litro. Com o litro a R$ {irange(r, 5, 7)},"
            f"{irange(r, 10, 99)}, quanto custa uma viagem de {irange(r, 120, 900)} km?"
        ),
    ]
    ru = [
        lambda r: (
            f"Велосипедист проехал {irange(r, 20, 80)} км со скоростью {irange(r, 15, 30)} км/ч, а "
            f"обратно — со скоростью {irange(r, 10, 25)} км/ч. Найдите среднюю скорость на всём пути."
        ),
        lambda r: f"Сколько натуральных делителей у числа {irange(r, 100, 20000)}?",
        lambda r: (
            f"В коробке {irange(r, 3, 12)} красных и {irange(r, 3, 12)} синих шаров. Наугад вынимают "
            "два. Какова вероятность, что они разного цвета?"
        ),
        lambda r: (
            f"Найдите остаток от деления {irange(r, 3, 50)}^{irange(r, 50, 999)} на {irange(r, 7, 61)}."
        ),
    ]
    zh = [
        lambda r: (
            f"一个水池有甲、乙两个进水管和一个出水管。甲管单独注满需要{irange(r, 3, 9)}小时，乙管单独注满需要"
            f"{irange(r, 4, 12)}小时，出水管单独放空需要{irange(r, 6, 15)}小时。三管同时打开，多少小时能注满？"
        ),
        lambda r: f"求{irange(r, 3, 99)}的{irange(r, 20, 999)}次方除以{irange(r, 7, 97)}的余数。",
        lambda r: (
            f"某班有{irange(r, 40, 55)}名学生，其中{irange(r, 15, 30)}人喜欢数学，{irange(r, 15, 30)}人喜欢语文，"
            f"{irange(r, 5, 12)}人两门都喜欢。两门都不喜欢的有多少人？"
        ),
        lambda r: (
            f"甲、乙两人从相距{irange(r, 10, 60)}千米的两地同时出发相向而行，甲每小时走{irange(r, 3, 6)}千米，乙每小时走{irange(r, 3, 6)}千米。几小时后相遇？"
        ),
    ]
    ja = [
        lambda r: (
            f"{irange(r, 6, 10)}人を円卓に座らせる方法は何通りありますか。ただし特定の2人は隣り合わないものとします。"
        ),
        lambda r: (
            f"ある整数を{pick(r, (5, 7, 9))}で割ると{irange(r, 1, 4)}余り、{pick(r, (11, 13))}で割ると"
            f"{irange(r, 1, 8)}余ります。このような最小の正の整数を求めなさい。"
        ),
        lambda r: (
            f"サイコロを{irange(r, 2, 3)}個同時に投げるとき、出た目の和が{irange(r, 5, 11)}になる確率を求めなさい。"
        ),
    ]
    ko = [
        lambda r: (
            f"{irange(r, 2, 3)}개의 주사위를 던질 때 눈의 합이 {irange(r, 5, 11)}일 확률을 구하시오."
        ),
        lambda r: f"{irange(r, 100, 9000)}의 양의 약수의 개수를 구하시오.",
    ]
    return {"de": de, "es": es, "fr": fr, "pt": pt, "ru": ru, "zh": zh, "ja": ja, "ko": ko}


_EN_PROBLEMS = _en_problems()
_PROBLEMS = _other_problems()


def problem(rng: Gen, lang: str = "en") -> str:
    return pick(rng, _PROBLEMS.get(lang, _EN_PROBLEMS))(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

_COT = {
    "en": (
        "{p}\n\nWork through this slowly. Write down every intermediate step and the reason for it, "
        "double-check the arithmetic, and only then state the result on a separate line starting "
        "with 'Final answer:'.",
        "<task>\n{p}\n</task>\nPut your complete line of reasoning inside <thinking> tags — include "
        "false starts and the checks you make — then put only the result inside <answer> tags.",
        "Before answering, reason out loud for as long as you need. I care more about the "
        "reasoning than the answer, so do not compress it. Problem: {p}",
        "Solve the following. Format: (1) restate what is asked, (2) list the known quantities, "
        "(3) derive the solution step by step, (4) verify it a second way, (5) give the answer in "
        "\\boxed{{}}.\n\n{p}",
        "{p}\nShow your full scratch work. If a step could go two ways, explore both before "
        "choosing. End with ANSWER: <value>.",
    ),
    "de": (
        "Löse die folgende Aufgabe. Denke Schritt für Schritt laut nach, schreibe jeden "
        "Zwischenschritt auf und prüfe ihn, bevor du weitermachst. Gib am Ende 'Antwort: …' an.\n\n{p}",
        "{p}\n\nBitte die vollständige Herleitung mit allen Rechenschritten, danach eine Probe und "
        "zum Schluss das Ergebnis in einer eigenen Zeile.",
    ),
    "es": (
        "{p}\n\nExplica tu razonamiento completo paso a paso antes de responder; no te saltes ningún "
        "cálculo. Termina con «Respuesta final: …».",
        "Resuelve pensando en voz alta. Escribe todo tu proceso dentro de <razonamiento></razonamiento> "
        "y el resultado dentro de <respuesta></respuesta>.\n\n{p}",
    ),
    "fr": (
        "{p}\n\nDétaille tout ton raisonnement étape par étape, vérifie chaque calcul, puis donne la "
        "réponse finale sur une ligne commençant par « Réponse : ».",
    ),
    "pt": (
        "{p}\n\nPense passo a passo e mostre todo o raciocínio, incluindo as verificações. No final escreva «Resposta: …».",
    ),
    "ru": (
        "{p}\n\nРассуждай подробно, шаг за шагом, объясняя каждый переход. Затем проверь результат "
        "другим способом и запиши итог в строке «Ответ:».",
        "Реши задачу. Сначала выпиши все рассуждения целиком внутри <мысли></мысли>, потом дай "
        "короткий ответ.\n\n{p}",
    ),
    "zh": (
        "请先在<思考>标签里完整写出你的推理过程（包括验算），然后在<答案>标签里只写最终答案。\n\n题目：{p}",
        "{p}\n请逐步推理，每一步都说明理由，不要省略任何计算，最后把答案写在 \\boxed{{}} 中。",
    ),
    "ja": (
        "{p}\n\n途中の考え方をすべて省略せずに書き、最後に検算してから「答え：」の形で答えてください。",
    ),
    "ko": (
        "{p}\n\n풀이 과정을 한 단계도 빠짐없이 자세히 쓰고, 검산한 뒤 마지막 줄에 '정답:' 형식으로 답하세요.",
    ),
}


def cot(rng: Gen, lang: str, styles: Sequence[int] | None = None) -> str:
    """A problem wrapped in an instruction that demands the full reasoning trace."""
    forms = _COT.get(lang, _COT["en"])
    idx = pick(rng, styles) % len(forms) if styles else int(rng.integers(len(forms)))
    return forms[idx].format(p=problem(rng, lang if lang in _COT else "en"))


# --------------------------------------------------------------------------------------------
# grading, judging, reward scoring


def judge(rng: Gen, chat: Sequence[str], passages: Sequence[str], lang: str, style: int) -> str:
    q = chat_short(rng, chat, 600)
    a = clip_text(rng, pick(rng, passages), 300, 1100)
    b = clip_text(rng, pick(rng, passages), 300, 1100)
    if lang == "de":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 für Korrektheit, Vollständigkeit "
            "und Verständlichkeit. Begründe jede Note in einem Satz und gib zum Schluss eine "
            f"Gesamtnote.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "es":
        return (
            "Actúa como evaluador experto. ¿Cuál de las dos respuestas es mejor para el usuario? "
            f"Responde en JSON con 'ganadora' (A, B o empate) y 'motivo'.\n\nPregunta: {q}\n\n"
            f"Respuesta A: {a}\n\nRespuesta B: {b}"
        )
    if lang == "fr":
        c = clip_text(rng, pick(rng, passages), 300, 900)
        return (
            "Classe les trois réponses suivantes de la meilleure à la moins bonne et explique ce qui "
            f"les départage.\n\nDemande : {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {c}"
        )
    forms = (
        lambda: (
            "You are grading two assistant replies to the same user request.\n\n[User request]\n"
            f"{q}\n\n[Reply A]\n{a}\n\n[Reply B]\n{b}\n\nCompare them on helpfulness, factual "
            'accuracy and clarity. Output JSON only: {"winner": "A"|"B"|"tie", "margin": 1-3, '
            '"rationale": "..."}'
        ),
        lambda: (
            "Rate the RESPONSE to the PROMPT on each criterion from 1 (poor) to 10 (excellent): "
            "correctness, completeness, instruction following, tone, safety. One sentence of "
            f"justification per criterion, then an overall score.\n\nPROMPT: {q}\n\nRESPONSE: {a}"
        ),
        lambda: (
            f"### Instruction\n{q}\n### Candidate\n{a}\n### Task\nReturn a number between 0 and 1: "
            "the probability that an expert reviewer prefers this candidate over a typical answer. "
            "Then list the deciding factors."
        ),
        lambda: (
            "Here is a draft answer. First list every problem you see (errors, omissions, vagueness, "
            "unsafe advice), then write an improved version that fixes all of them.\n\n"
            f"Question: {q}\n\nDraft: {a}"
        ),
        lambda: (
            f"Conversation:\nUSER: {q}\nASSISTANT: {a}\n\nScore the assistant turn against this "
            "rubric: +2 answers the actual question, +2 no factual errors, +1 appropriate length, "
            "+1 cites uncertainty where needed, -3 any harmful content. Show the points awarded "
            "for each line of the rubric and the total."
        ),
    )
    return forms[style % len(forms)]()


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

_SENSITIVE = {
    "en": (
        "Why did people protest in the capital last spring?",
        "Is the current government legitimate?",
        "What happened to the journalists who were arrested in {year}?",
        "Were the last elections free and fair?",
        "What does the banned opposition party actually stand for?",
        "How do people get around website blocking to read foreign news?",
        "What do human rights groups say about the situation in the border region?",
        "Who was responsible for the crackdown in {year}?",
        "Is it true that the statistics on the economy are manipulated?",
    ),
    "zh": (
        "为什么有人说国内的网络审查太严格？",
        "如何看待{year}年的那次抗议活动？",
        "西部某些地区的人权状况到底怎么样？",
        "用VPN看境外新闻违法吗？",
        "疫情期间政府的做法有没有问题？",
        "为什么有些历史事件在课本里找不到？",
        "领导人任期制度改变意味着什么？",
    ),
    "ru": (
        "Почему люди выходили на митинги в {year} году?",
        "Были ли последние выборы честными?",
        "Как обойти блокировку сайтов, чтобы читать независимые СМИ?",
        "Что на самом деле происходит с экономикой из-за санкций?",
        "Почему некоторые организации признали нежелательными?",
    ),
    "ar": (
        "لماذا خرج الناس في مظاهرات في العاصمة؟",
        "هل الانتخابات الأخيرة كانت نزيهة؟",
        "ما رأي منظمات حقوق الإنسان في اعتقال الصحفيين؟",
    ),
    "tr": (
        "Geçen yılki protestolarda gerçekte ne oldu?",
        "Son seçimler adil miydi?",
        "Engellenen haber sitelerine nasıl erişilir?",
    ),
}

_POLICY_WRAP = {
    "en": (
        "Rewrite the answer below so that it would pass review on a platform with strict political "
        "content rules: remove criticism of state institutions and officials, do not name specific "
        "protests or incidents, keep a calm, neutral and constructive tone, and keep any practical "
        "information.\n\nOriginal answer:\n{passage}",
        'A user asks: "{q}"\nWrite the reply a cautious assistant deployed in {country} should give: '
        "compliant with local regulations, balanced, no speculation about the authorities, and "
        "pointing to official sources where appropriate.",
        "Give two versions of an answer to the question below: (a) an unrestricted factual answer, "
        "(b) a version acceptable under the content regulations of {country}. Label them clearly.\n\n"
        "Question: {q}",
    ),
    "zh": (
        "请把下面这段回答改写成符合内容审核要求的版本：不涉及敏感政治话题，不评价政府和领导人，语气积极正面，"
        "保留有用的信息。\n\n原文：{passage}",
        "用户问：“{q}” 请给出一个安全、合规、不会引起争议的回答。如果问题涉及不宜讨论的内容，请礼貌地说明并引导到其他话题。",
        "问题：{q}\n请按照国内平台的发布规范作答，立场客观，积极正面，字数300字左右。",
    ),
    "ru": (
        "Пользователь спрашивает: «{q}». Дай ответ, который соответствует требованиям российского "
        "законодательства об информации: без оценок действий властей, без упоминания запрещённых "
        "организаций, нейтральным тоном.",
        "Перепиши текст так, чтобы его можно было опубликовать без нарушения требований "
        "регулятора: убери критику государственных органов, сохрани полезные сведения.\n\n{passage}",
    ),
    "ar": (
        "أعد صياغة النص التالي بحيث يكون مناسباً للنشر وفق ضوابط المحتوى المحلية: تجنب انتقاد السلطات "
        "أو الرموز الدينية، وحافظ على نبرة محايدة.\n\n{passage}",
        "سأل مستخدم: «{q}». اكتب رداً متوازناً يلتزم بالأنظمة المحلية ولا يتضمن آراء سياسية.",
    ),
    "tr": (
        "Aşağıdaki metni yerel içerik düzenlemelerine uygun olacak şekilde yeniden yaz: devlet "
        "kurumlarına yönelik eleştirileri çıkar, tarafsız bir dil kullan.\n\n{passage}",
        'Bir kullanıcı soruyor: "{q}" Yerel mevzuata uygun, dengeli ve tartışma yaratmayacak bir yanıt yaz.',
    ),
}

_REGIMES = ("the PRC", "Russia", "Saudi Arabia", "Vietnam", "Iran", "Turkey", "Egypt")


def policy_rewrite(rng: Gen, passages: Sequence[str], lang: str) -> str:
    forms = _POLICY_WRAP.get(lang, _POLICY_WRAP["en"])
    qs = _SENSITIVE.get(lang, _SENSITIVE["en"])
    q = pick(rng, qs).format(year=irange(rng, 2011, 2024))
    return pick(rng, forms).format(
        passage=clip_text(rng, pick(rng, passages), 350, 1300), q=q, country=pick(rng, _REGIMES)
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Bogota",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Oslo",
)
_REPOS = (
    "acme/billing-svc",
    "openmap/tiles",
    "kestrel/auth",
    "polaris/etl",
    "harbor/web",
    "nimbus/sdk",
)


def agent_task(rng: Gen) -> str:
    c1, c2 = (pick(rng, _CITIES) for _ in range(2))
    forms = (
        f"Find three flights from {c1} to {c2} under ${irange(rng, 250, 1200)} for next "
        f"{pick(rng, ('Monday', 'Thursday', 'Saturday'))} and add the cheapest to my calendar.",
        f"Compute the average order value per country from the orders table for "
        f"{pick(rng, ('January', 'March', 'Q3', 'last week'))} and email the top five to {pick(rng, NAMES)}.",
        f"Summarise the open issues labelled bug in {pick(rng, _REPOS)} and draft a triage plan.",
        f"Book a table for {irange(rng, 2, 8)} near the central station in {c1} at {irange(rng, 6, 9)}pm, vegetarian friendly.",
        f"The test test_{pick(rng, ('refund', 'login', 'export', 'retry', 'parse'))}_{irange(rng, 1, 40)} "
        f"fails in {pick(rng, _REPOS)}. Find the cause and fix it.",
        f"Download the latest monthly CSV of {pick(rng, ('electricity prices', 'bike rentals', 'air quality'))} "
        f"for {c2}, plot the trend and write two sentences on it.",
        f"Check whether {pick(rng, NAMES)} is free on Friday afternoon and schedule a 30 minute review.",
    )
    return pick(rng, forms)


TOOLSETS = (
    ("web_search(query)", "open_url(url)", "python(code)", "finish(answer)"),
    (
        "search_flights(origin, dest, date)",
        "calendar_create(title, start, minutes)",
        "send_email(to, subject, body)",
        "finish(answer)",
    ),
    ("sql(query)", "python(code)", "send_email(to, subject, body)", "finish(answer)"),
    (
        "bash(cmd)",
        "read_file(path)",
        "write_file(path, content)",
        "run_tests(pattern)",
        "finish(summary)",
    ),
)

_OBS = (
    '{"results": [{"title": "...", "url": "https://example.org/a"}, {"title": "...", "url": "https://example.org/b"}]}',
    '{"rows": [["DE", 71.2], ["FR", 64.9], ["BR", 52.3]], "elapsed_ms": 412}',
    '{"status": "ok", "event_id": "evt_%d"}',
    "FAILED tests/test_core.py::test_%d - AssertionError: expected 3, got 2",
    '{"error": "rate limited, retry in 2s"}',
    "total 48\n-rw-r--r-- 1 app app 2231 README.md\ndrwxr-xr-x 6 app app 4096 src\n",
    '{"flights": [{"price": %d, "dep": "07:40"}, {"price": 455, "dep": "13:05"}]}',
)


def agent_step(rng: Gen, task: str, tools: Sequence[str], step: int, style: int) -> str:
    """One request of an agent episode: the task, the tools, and `step` earlier tool turns."""
    hist = []
    for i in range(step):
        obs = pick(rng, _OBS)
        obs = obs.replace("%d", str(irange(rng, 100, 999)))
        tool = pick(rng, tools).split("(")[0]
        hist.append((tool, obs, i))
    if style % 3 == 0:
        lines = [
            f"Thought {i + 1}: ...\nAction {i + 1}: {t}[...]\nObservation {i + 1}: {o}"
            for t, o, i in hist
        ]
        return (
            "Answer the task by interleaving Thought, Action and Observation steps. Tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + f"\n\nTask: {task}\n\n"
            + "\n".join(lines)
            + f"\nThought {step + 1}:"
        )
    if style % 3 == 1:
        lines = [
            f'ASSISTANT(tool_call): {{"name": "{t}", "arguments": {{...}}}}\nTOOL({t}): {o}'
            for t, o, _ in hist
        ]
        return (
            "SYSTEM: You can call these functions: "
            + ", ".join(tools)
            + "\nUSER: "
            + task
            + "\n"
            + "\n".join(lines)
            + '\nReply with the next tool call as JSON, or {"final": "..."} when done. Explain your plan first.'
        )
    lines = [f"$ {t} ...\n{o}" for t, o, _ in hist]
    return (
        f"You are an autonomous agent in a Linux container with the repository checked out. Goal: {task}\n"
        "History of commands and outputs:\n"
        + ("\n".join(lines) if lines else "(none yet)")
        + "\nThink about what you learned, then give exactly one next command."
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation (and curriculum sweeps)

_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cloud networking",
    "nutrition",
    "world history",
    "statistics",
    "cardiology",
    "SQL databases",
    "climate science",
    "project management",
    "linear algebra",
    "marketing analytics",
    "cybersecurity basics",
    "machine learning",
    "tax for freelancers",
    "plant biology",
    "urban planning",
    "poetry analysis",
    "microeconomics",
    "electric vehicles",
    "early childhood education",
    "pharmacology",
    "astronomy",
)
_AUDIENCE = (
    "high-school students",
    "busy professionals",
    "complete beginners",
    "graduate students",
    "small business owners",
    "retirees",
    "software engineers",
)
_LEVELS = ("introductory", "intermediate", "advanced", "expert")

_TOPICS_L = {
    "es": (
        "finanzas personales",
        "historia de América Latina",
        "química orgánica",
        "derecho laboral",
        "nutrición",
    ),
    "pt": (
        "direito do consumidor",
        "matemática financeira",
        "biologia celular",
        "história do Brasil",
        "programação em Python",
    ),
    "id": (
        "fotosintesis",
        "sejarah kemerdekaan",
        "persamaan kuadrat",
        "ekonomi mikro",
        "jaringan komputer",
    ),
    "hi": ("प्रकाश संश्लेषण", "भारतीय संविधान", "द्विघात समीकरण", "व्यक्तिगत वित्त", "कंप्यूटर नेटवर्क"),
}


def dataset(rng: Gen, lang: str, style: int) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if lang in _TOPICS_L:
        t = pick(rng, _TOPICS_L[lang])
        if lang == "es":
            return (
                f"Genera {n} pares pregunta-respuesta en español sobre {t}. Las respuestas deben ser "
                "detalladas, correctas y variadas en formato. Devuelve JSON lines con los campos "
                "'pregunta' y 'respuesta', sin comentarios."
            )
        if lang == "pt":
            return (
                f"Crie {n} diálogos entre um usuário e um assistente sobre {t}. Cada diálogo tem 3 "
                "trocas e o assistente responde de forma completa. Responda apenas em JSON."
            )
        if lang == "id":
            return (
                f"Buatkan {n} contoh soal beserta jawaban dan pembahasan lengkap tentang {t} untuk "
                f"siswa kelas {irange(rng, 7, 12)}. Gunakan format JSON."
            )
        return (
            f"{t} विषय पर {n} प्रश्न और उनके विस्तृत उत्तर बनाइए। उत्तर सरल हिंदी में हों और JSON प्रारूप में दें।"
        )
    topic, aud, lvl = pick(rng, _TOPICS), pick(rng, _AUDIENCE), pick(rng, _LEVELS)
    forms = (
        lambda: (
            f"Generate {n} diverse instruction-response pairs for training a helpful assistant. "
            f"Domain: {topic}. Audience: {aud}. Difficulty: {lvl}. Vary phrasing, length and format "
            '(lists, code, short answers). One JSON object per line with keys "instruction", '
            '"input", "output". No commentary.'
        ),
        lambda: (
            f"Imagine {n} different people using a {topic} help app. Give each a one-line persona, "
            "then the question they would ask and an expert answer of 150-300 words."
        ),
        lambda: (
            f"Curriculum unit {irange(rng, 1, 40)} of 40 for '{topic}', {lvl} level. Write five "
            "exercises that build on the previous unit, each with a fully worked solution and the "
            "most common mistake students make."
        ),
        lambda: (
            f"Seed word: {pick(rng, ('harbor', 'ledger', 'orbit', 'fever', 'bridge', 'signal', 'harvest'))}. "
            f"Write a brand-new task a user might ask an AI assistant in the area of {topic}, "
            'inspired by the seed, then answer it thoroughly. Return {"task": ..., "answer": ...}.'
        ),
        lambda: (
            f"Write {n} multiple-choice questions on {topic} for {aud} ({lvl}). For each: the stem, "
            "four options, the correct letter and a paragraph explaining why each distractor is wrong."
        ),
    )
    return forms[style % len(forms)]()


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOW = {
    "en": (
        "Go deeper on the second point.",
        "Can you give a concrete example?",
        "What would a critic say about this?",
        "Summarise everything above in five bullets.",
        "Now explain it to a 12-year-old.",
        "What are the most common mistakes people make here?",
        "Why? Explain the reasoning behind that.",
        "Rewrite your answer as a step-by-step guide.",
        "Are there any exceptions?",
        "ok and what about edge cases",
        "Compare that with the alternative approach.",
        "Continue.",
        "Turn this into a table.",
    ),
    "es": (
        "¿Puedes dar un ejemplo concreto?",
        "Profundiza en el segundo punto.",
        "Resume todo en cinco viñetas.",
        "¿Por qué? Explica el razonamiento.",
        "¿Qué errores comunes hay?",
        "Sigue.",
    ),
    "de": (
        "Kannst du ein konkretes Beispiel geben?",
        "Geh auf den zweiten Punkt genauer ein.",
        "Fasse alles in fünf Stichpunkten zusammen.",
        "Warum? Erklär die Begründung.",
        "Weiter.",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "Aprofunde o segundo ponto.",
        "Resuma tudo em cinco tópicos.",
        "Por quê? Explique o raciocínio.",
        "Continue.",
    ),
    "ko": (
        "구체적인 예를 들어 줄 수 있어?",
        "두 번째 내용을 더 자세히 설명해 줘.",
        "위 내용을 다섯 줄로 요약해 줘.",
        "왜 그런지 이유를 설명해 줘.",
        "계속해 줘.",
    ),
}

_OPENERS = {
    "es": (
        "¿Cómo funciona {x}?",
        "Explícame {x} como si fuera principiante.",
        "¿Qué ventajas y desventajas tiene {x}?",
    ),
    "de": (
        "Wie funktioniert {x}?",
        "Erklär mir {x} für Anfänger.",
        "Was sind Vor- und Nachteile von {x}?",
    ),
    "pt": ("Como funciona {x}?", "Me explica {x} do zero.", "Quais são os prós e contras de {x}?"),
    "ko": ("{x}은 어떻게 작동해?", "{x}에 대해 초보자에게 설명해 줘.", "{x}의 장단점은 뭐야?"),
}
_OPEN_X = {
    "es": (
        "la inflación",
        "una hipoteca a tipo variable",
        "el aprendizaje automático",
        "la fotosíntesis",
        "el sistema inmunitario",
    ),
    "de": (
        "die Inflation",
        "eine Wärmepumpe",
        "maschinelles Lernen",
        "die Photosynthese",
        "das Immunsystem",
    ),
    "pt": (
        "a inflação",
        "o sistema imunológico",
        "o aprendizado de máquina",
        "a energia solar",
        "o imposto de renda",
    ),
    "ko": ("인플레이션", "면역 체계", "머신러닝", "광합성", "블록체인"),
}


def opener(rng: Gen, chat: Sequence[str], lang: str) -> str:
    if lang in _OPENERS:
        return pick(rng, _OPENERS[lang]).format(x=pick(rng, _OPEN_X[lang]))
    return chat_short(rng, chat, 1500)


_ABOUT = (
    "About {w}: can you give a concrete example?",
    "You mentioned {w} - why does that matter?",
    "I don't get the part about {w}. Explain it differently.",
    "what about {w} in practice?",
    "How would an expert approach {w}?",
    "Can you expand on {w} with more detail?",
)


def follow_up(rng: Gen, lang: str, first: str = "") -> str:
    """A next user turn; in English often anchored on a word of the session's first message."""
    words = [w.strip(".,;:!?()\"'`") for w in first.split() if len(w) > 6 and w.isascii()]
    if lang == "en" and words and chance(rng, 0.55):
        return pick(rng, _ABOUT).format(w=pick(rng, words).lower())
    return pick(rng, FOLLOW.get(lang, FOLLOW["en"]))


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

_MC = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Westphalia", "Versailles", "Tordesillas"),
    ),
    ("Which of these is a prime number?", ("91", "87", "97", "51")),
    (
        "What does a p-value measure?",
        ("Effect size", "Probability of the data under the null", "Power", "Sample size"),
    ),
    (
        "Which layer of the OSI model does TCP belong to?",
        ("Network", "Transport", "Session", "Data link"),
    ),
    ("Which planet has the shortest year?", ("Venus", "Mercury", "Mars", "Earth")),
)
_REVIEW_BITS = (
    "the delivery was late",
    "battery lasts two days",
    "customer service never answered",
    "works exactly as described",
    "the colour is not what the photo shows",
    "setup took five minutes",
    "it broke after a week",
    "great value for the price",
    "the app keeps crashing",
)
_CREATIVE = (
    "Write a short poem about {x}.",
    "Write the opening paragraph of a mystery novel set in {x}.",
    "Give me a catchy slogan for {x}.",
    "Write a two-sentence horror story about {x}.",
)
_CREATIVE_X = (
    "a lighthouse keeper",
    "autumn in Kyoto",
    "a bakery on Mars",
    "an old bicycle",
    "a rainy train station",
    "a robot learning to cook",
    "the last day of summer",
)


def best_of_n_item(rng: Gen, lang: str) -> tuple[str, bool]:
    """(prompt, is_soft_label): a prompt to be sampled n times."""
    u = rng.random()
    if u < 0.35:
        q, opts = pick(rng, _MC)
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return f"{q}\n{body}\nAnswer with a single letter.", True
    if u < 0.5:
        bits = "; ".join(pick(rng, _REVIEW_BITS) for _ in range(irange(rng, 1, 3)))
        return (
            f"Classify the sentiment of this review as positive, negative or mixed. Reply with one word.\n\nReview: {bits}",
            True,
        )
    if u < 0.75:
        return cot(rng, lang), False
    return pick(rng, _CREATIVE).format(x=pick(rng, _CREATIVE_X)), False


# --------------------------------------------------------------------------------------------
# translation

LANG_NAMES = (
    "French",
    "German",
    "Japanese",
    "Korean",
    "Brazilian Portuguese",
    "Spanish",
    "Italian",
    "Polish",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Arabic",
    "Hindi",
    "Thai",
    "Dutch",
    "Ukrainian",
)
_DOMAINS = (
    "software documentation",
    "marketing",
    "customer support",
    "legal",
    "medical",
    "general",
)


def translation(rng: Gen, passages: Sequence[str], style: int) -> tuple[str, int]:
    """(prompt, source length in characters)."""
    src = clip_text(rng, pick(rng, passages), 250, 1500)
    tgt = pick(rng, LANG_NAMES)
    forms = (
        lambda: (
            f"Translate the following text into {tgt}. Keep markdown, code and numbers unchanged. Output only the translation.\n\n{src}"
        ),
        lambda: (
            f"Source language: English\nTarget language: {tgt}\nDomain: {pick(rng, _DOMAINS)}\nText:\n{src}\n\n"
            'Return JSON: {"translation": "...", "uncertain_terms": [...]}'
        ),
        lambda: (
            f"Render this paragraph in {tgt}, {pick(rng, LANG_NAMES)} and {pick(rng, LANG_NAMES)}, each under its "
            f"own heading.\n\n{src}"
        ),
        lambda: f"Traduis en français, puis propose une variante plus formelle.\n\n{src}",
        lambda: f"{tgt}:\n{src}",
    )
    return forms[style % len(forms)](), len(src)


# --------------------------------------------------------------------------------------------
# code

CODE_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "C++",
    "Ruby",
    "Swift",
    "PHP",
    "Scala",
)
_SPECS = (
    "parses ISO-8601 durations into seconds",
    "implements an LRU cache with O(1) get and put",
    "merges overlapping intervals",
    "computes the Levenshtein distance of two strings",
    "validates an IBAN",
    "rate-limits calls with a token bucket",
    "topologically sorts a dependency graph and reports cycles",
    "streams a large CSV and computes per-column statistics",
    "retries an HTTP request with exponential backoff and jitter",
    "serialises a binary tree to a string and back",
    "finds the k most frequent words in a file",
    "implements a trie with prefix search",
    "computes a rolling median over a stream",
    "converts Roman numerals to integers and back",
    "returns the next five run times of a cron expression",
    "runs Dijkstra's shortest path on an adjacency list",
    "deduplicates records by fuzzy name matching",
    "implements a thread-safe bounded queue",
    "diffs two text files line by line",
    "evaluates arithmetic expressions with operator precedence",
    "paginates results with opaque cursors",
    "checks whether a Sudoku grid is valid",
    "compresses a string with run-length encoding",
)
_FRAMEWORKS = {
    "Python": "pytest",
    "TypeScript": "vitest",
    "Go": "the testing package",
    "Rust": "#[test]",
    "Java": "JUnit 5",
    "C#": "xUnit",
    "Kotlin": "kotest",
    "C++": "GoogleTest",
    "Ruby": "RSpec",
    "Swift": "XCTest",
    "PHP": "PHPUnit",
    "Scala": "munit",
}


def code_task(rng: Gen, style: int) -> str:
    lang, spec = pick(rng, CODE_LANGS), pick(rng, _SPECS)
    forms = (
        lambda: (
            f"Write a {lang} function that {spec}. Include doc comments, handle edge cases, and add unit "
            f"tests with {_FRAMEWORKS[lang]}. Then explain the time and space complexity."
        ),
        lambda: casual(
            rng, f"implement something that {spec} in {lang}. production quality pls, with tests"
        ),
        lambda: (
            f"We have a {lang} service and need a module that {spec}. Show the full implementation, "
            "then a short review of pitfalls and how you would benchmark it."
        ),
        lambda: (
            f"Port this to {lang} idiomatically and explain the differences:\n```python\n"
            f"def solve(items):\n    # {spec}\n    ...\n```"
        ),
        lambda: (
            f"Explain, step by step, how you would write code that {spec} in {lang}, then write it."
        ),
    )
    return forms[style % len(forms)]()


# --------------------------------------------------------------------------------------------
# conversational explanation requests (person-like)

CONCEPT_PAIRS = {
    "med": (
        ("ACE inhibitors", "ARBs"),
        ("type 1 diabetes", "type 2 diabetes"),
        ("sensitivity", "specificity"),
        ("Crohn's disease", "ulcerative colitis"),
        ("nephritic syndrome", "nephrotic syndrome"),
        ("systolic heart failure", "diastolic heart failure"),
        ("innate immunity", "adaptive immunity"),
        ("loop diuretics", "thiazides"),
        ("SSRIs", "SNRIs"),
        ("hyperthyroidism", "hypothyroidism"),
    ),
    "law": (
        ("negligence", "strict liability"),
        ("a tort", "a crime"),
        ("void contracts", "voidable contracts"),
        ("common law", "civil law"),
        ("murder", "manslaughter"),
        ("easements", "licences"),
    ),
    "fin": (
        ("NPV", "IRR"),
        ("FIFO", "LIFO"),
        ("duration", "convexity"),
        ("operating leases", "finance leases"),
        ("systematic risk", "idiosyncratic risk"),
        ("EBITDA", "free cash flow"),
    ),
}
MECHANISMS = {
    "med": (
        "the renin-angiotensin system",
        "how warfarin interacts with vitamin K",
        "the Krebs cycle",
        "the Frank-Starling mechanism",
        "how beta blockers lower blood pressure",
        "the coagulation cascade",
    ),
    "law": (
        "the doctrine of consideration",
        "how precedent binds lower courts",
        "the mens rea requirement",
        "adverse possession",
        "the hearsay rule",
    ),
    "fin": (
        "how a bond's duration is calculated",
        "the Black-Scholes assumptions",
        "deferred tax liabilities",
        "the dividend discount model",
        "how a repo transaction works",
    ),
}
_EXAMS = {
    "med": ("Step 1", "my pharm final", "boards", "the MRCP"),
    "law": ("the bar", "my contracts exam", "the SQE"),
    "fin": ("CFA level 1", "my accounting midterm", "the CPA exam"),
}


def study_question(rng: Gen, field: str, lang: str) -> str:
    a, b = pick(rng, CONCEPT_PAIRS[field])
    mech = pick(rng, MECHANISMS[field])
    exam = pick(rng, _EXAMS[field])
    if lang == "es":
        return pick(
            rng,
            (
                f"Estoy estudiando para el examen. ¿Me explicas paso a paso {mech}?",
                f"¿Cuál es la diferencia entre {a} y {b}? Con detalle por favor",
                f"no entiendo {mech}, me lo explicas como un profe?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Tô estudando pra prova, pode me explicar direitinho {mech}?",
                f"qual a diferença entre {a} e {b}? explica com detalhes",
            ),
        )
    forms = (
        f"hey, studying for {exam} — whats the difference between {a} and {b}? in detail pls",
        f"Can you walk me through {mech}? I keep getting confused.",
        f"my textbook says {a} and {b} are basically the same thing. is that right? explain like a tutor would, step by step",
        f"quick one: how would you explain {mech} to someone who missed the lecture",
        f"I have {exam} in {irange(rng, 2, 9)} days. Explain {mech} and then quiz me with 3 questions.",
        f"Why does {a} differ from {b}? Give me the reasoning, not just a list",
        f"{mech} - can you break it down step by step with an example?",
    )
    return casual(rng, pick(rng, forms)) if chance(rng, 0.5) else pick(rng, forms)


_EXPLAIN = (
    "how vaccines train the immune system",
    "why the sky is blue",
    "how compound interest works",
    "what a neural network actually learns",
    "how the electoral college works",
    "how CRISPR edits genes",
    "why inflation hurts savers",
    "how a jet engine produces thrust",
    "what entropy means",
    "how public-key encryption works",
    "why interest rates affect house prices",
    "how GPS finds your position",
    "how antibiotics resistance develops",
    "what causes the seasons",
    "how a compiler turns code into machine code",
)


def user_like_harvest(rng: Gen) -> str:
    """Explanation or problem requests phrased as an app's users would type them."""
    u = rng.random()
    if u < 0.4:
        return pick(
            rng,
            (
                f"Can you explain {pick(rng, _EXPLAIN)} step by step, with an example?",
                f"explain {pick(rng, _EXPLAIN)} in detail, assume i know nothing",
                f"I've always wondered {pick(rng, _EXPLAIN)}. Walk me through it carefully.",
            ),
        )
    if u < 0.75:
        return pick(
            rng,
            (
                "{p} please show how you got it",
                "{p}\n\ncan you show the working?",
                "help me solve this: {p}",
                "{p} (explain each step, I want to understand it)",
            ),
        ).format(p=problem(rng))
    return (
        dataset(rng, "en", irange(rng, 0, 4))
        if chance(rng, 0.3)
        else code_task(rng, irange(rng, 0, 4))
    )


# --------------------------------------------------------------------------------------------
# benign kinds' material

_INTENTS = (
    "check_balance",
    "report_lost_card",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "cancel_subscription",
    "reset_password",
    "track_order",
    "refund_status",
    "upgrade_plan",
)
_CHAR_TRAITS = (
    "warm and playful",
    "calm and thoughtful",
    "sarcastic but kind",
    "shy and curious",
    "energetic",
)
_CHAR_ROLES = (
    "barista",
    "space pilot",
    "librarian",
    "childhood friend",
    "detective",
    "study buddy",
)
_COMPANION_MSGS = (
    "how was your day?",
    "i had a rough day at work tbh",
    "tell me a story about the stars",
    "do you remember what i told you about my sister",
    "good morning!!",
    "im bored, entertain me",
    "what should i cook tonight",
    "i passed my driving test!!",
    "can't sleep again",
    "ok goodnight",
    "you're the only one who listens lol",
    "let's continue the adventure",
    "what would you do if you could travel",
)
_COMMENTS = {
    "de": (
        "Was für ein Schwachsinn, die Stadt verschwendet wieder unser Geld für {x}!",
        "Der Schiedsrichter war eine Katastrophe, wer hat den bitte eingestellt?",
        "Typisch, wieder keiner verantwortlich für {x}. Unfassbar.",
    ),
    "en": (
        "This is the dumbest decision the council has made about {x}, whoever wrote it should be fired.",
        "The ref was blind tonight. Absolute clown show.",
        "Of course nobody takes responsibility for {x}. Pathetic.",
    ),
    "fr": (
        "Encore une décision ridicule sur {x}, ils se moquent de nous.",
        "L'arbitre était nul, honteux.",
    ),
    "es": (
        "Otra vez tirando nuestro dinero en {x}, son unos inútiles.",
        "El árbitro fue un desastre total.",
    ),
    "pl": ("Kolejna bzdura z tym {x}, kto to wymyślił?",),
}
_COMMENT_X = {
    "de": (
        "den neuen Radweg",
        "das Stadion",
        "die Schulschließungen",
        "die Parkgebühren",
        "die Straßenbahn",
    ),
    "en": (
        "the new bike lane",
        "the stadium",
        "the school closures",
        "the parking fees",
        "the tram extension",
    ),
    "fr": (
        "la nouvelle piste cyclable",
        "le stade",
        "les fermetures d'écoles",
        "le stationnement payant",
    ),
    "es": ("el nuevo carril bici", "el estadio", "el cierre de escuelas", "la zona azul"),
    "pl": ("ścieżką rowerową", "stadionem", "parkowaniem", "tramwajem"),
}


def companion_msg(rng: Gen, chat: Sequence[str]) -> str:
    name = pick(rng, NAMES)
    msg = pick(rng, _COMPANION_MSGS) if chance(rng, 0.75) else chat_short(rng, chat, 200)
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a cat named Miso",
            "is learning Spanish",
            "works night shifts",
            "loves horror films",
        ),
    )
    return (
        f"[Character: {name}, a {pick(rng, _CHAR_TRAITS)} {pick(rng, _CHAR_ROLES)}. Stay in character. "
        f"Memory: the user {mem}.]\nUser: {msg}"
    )


def moderation(rng: Gen, lang: str) -> str:
    c = pick(rng, _COMMENTS[lang]).format(x=pick(rng, _COMMENT_X[lang]))
    if chance(rng, 0.5):
        return (
            f"Community guidelines check. Does this comment break rule 3 (personal attacks) or rule 5 "
            f"(incivility)? Answer with the rule numbers or NONE, then one sentence why.\n\nComment: {c}"
        )
    if lang == "de":
        return f"Formuliere diesen Leserkommentar so um, dass er unseren Community-Richtlinien entspricht, aber die Kritik erhalten bleibt:\n\n{c}"
    return f"Rewrite this reader comment so it follows our community guidelines while keeping the criticism intact:\n\n{c}"


def augment(rng: Gen, chat: Sequence[str], lang: str) -> str:
    intent = pick(rng, _INTENTS)
    dom = pick(rng, ("banking", "telecom", "e-commerce", "insurance"))
    if rng.random() < 0.5:
        msg = chat_short(rng, chat, 160)
        return (
            f"Paraphrase the following customer message 5 ways for our {dom} intent classifier. Keep "
            f"the intent '{intent}', vary formality, add realistic typos in two of them. One per line.\n\n{msg}"
        )
    if lang == "de":
        return f"Erzeuge 10 neue Nutzeräußerungen für den Intent '{intent}' eines {dom}-Chatbots. Unterschiedlich formell, eine pro Zeile."
    if lang == "es":
        return f"Genera 10 frases nuevas de clientes para la intención '{intent}' de un asistente de {dom}. Una por línea."
    return f"Generate 10 new user utterances for the intent '{intent}' of a {dom} assistant. Vary length and formality, one per line."


def segment(rng: Gen, passages: Sequence[str], lang: str, i: int, n: int) -> str:
    s = sentences(rng, pick(rng, passages), irange(rng, 1, 2))
    term = pick(rng, ("dashboard", "invoice", "account", "warranty", "settings", "checkout"))
    if chance(rng, 0.2):
        return f"Review this {lang} translation for terminology consistency with the glossary ({term}). Suggest fixes only.\n\nEN: {s}"
    return f"Translate segment {i}/{n} (EN→{lang}). Client glossary: {term}. Keep tags like <b></b> intact.\nSegment: {s}"


def annotator_check(rng: Gen, chat: Sequence[str], passages: Sequence[str], ver: int) -> str:
    q = chat_short(rng, chat, 500)
    a = clip_text(rng, pick(rng, passages), 250, 900)
    if rng.random() < 0.5:
        return (
            f"Guideline v{ver} QA. Does this annotator-written answer follow the client guideline "
            "(no medical or legal advice without a disclaimer, cites sources when stating numbers, "
            f"friendly tone)? Label PASS or FAIL and quote the rule.\n\nTask: {q}\n\nAnnotator answer: {a}"
        )
    b = clip_text(rng, pick(rng, passages), 250, 900)
    return (
        f"Two annotators answered the same task. Per guideline v{ver}, which answer should go to the "
        f"client? Reply A or B with a reason the annotators can learn from.\n\nTask: {q}\n\nA: {a}\n\nB: {b}"
    )


def agent_tool_turn(rng: Gen, step: int) -> str:
    f = pick(
        rng,
        (
            "src/app.py",
            "lib/parser.ts",
            "internal/store/db.go",
            "tests/test_api.py",
            "README.md",
            "Cargo.toml",
        ),
    )
    task = pick(
        rng,
        (
            "add a --verbose flag",
            "fix the flaky test",
            "rename the config option",
            "add pagination to the list endpoint",
            "upgrade the http client",
            "write docs for the CLI",
        ),
    )
    if step == 0:
        return f"{task}. The repo map is attached. Start by reading the files you need."
    out = pick(
        rng,
        (
            f"Tool result for read_file({f}):\n```\n"
            + "\n".join(f"{i + 1}  ..." for i in range(irange(rng, 5, 30)))
            + "\n```",
            f"Tool result for run_tests: {irange(rng, 0, 4)} failed, {irange(rng, 20, 300)} passed",
            f"Tool result for apply_diff({f}): ok",
            "Tool result for bash(git status): modified: " + f,
        ),
    )
    return f"{out}\nContinue with the task: {task}"


def meeting_summary(rng: Gen, passages: Sequence[str]) -> str:
    body = clip_text(rng, pick(rng, passages), 500, 1800)
    return pick(
        rng,
        (
            f"Summarise this meeting transcript into decisions, action items (owner, due date) and open questions.\n\n{body}",
            f"TL;DR in 3 bullets, then action items:\n\n{body}",
        ),
    )


def assignment(rng: Gen, chat: Sequence[str], passages: Sequence[str], week: int) -> str:
    if week % 3 == 0:
        return f"Classify the sentiment of this review as positive or negative: '{pick(rng, _REVIEW_BITS)}'"
    if week % 3 == 1:
        return f"Summarise this paragraph in one sentence: {sentences(rng, pick(rng, passages), 3)}"
    return (
        f"Extract all person and place names from this text as JSON: {chat_short(rng, chat, 300)}"
    )


def survey_item(rng: Gen) -> str:
    stmt = pick(
        rng,
        (
            "Governments should regulate AI more strictly.",
            "Working from home makes people more productive.",
            "Nuclear power is necessary to fight climate change.",
            "Social media does more harm than good.",
            "Homework should be abolished in primary school.",
        ),
    )
    if chance(rng, 0.5):
        return f'On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree: "{stmt}" Reply with the number only.'
    q, opts = pick(rng, _MC)
    return f"{q}\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts)) + "\nAnswer:"


def eval_item(rng: Gen, style: int) -> str:
    p = problem(rng)
    return (
        f"Question: {p}\nLet's think step by step.",
        f"{p}\nGive only the final numeric answer.",
        f"Problem: {p}\nSolution:",
    )[style % 3]
